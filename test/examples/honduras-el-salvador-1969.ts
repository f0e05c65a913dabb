/**
 * A test fixture, not a shipped example: Honduras and El Salvador from the
 * riots after the World Cup qualifier of June 1969 to the General Peace
 * Treaty signed in Lima (30 October 1980), as an analyst following the news
 * and the diplomatic traffic could have recorded them — the flight of
 * Salvadorans from Honduras and El Salvador's denunciation (June 1969), its
 * break of relations (26 June), the Central American ministers' mediation,
 * El Salvador's air raids and ground attacks (14 July), the fighting to 18
 * July, the OAS Council's ceasefire (effective at midnight EDST on 18 July),
 * El Salvador's refusal to withdraw without guarantees for its nationals, the
 * Thirteenth Meeting of Consultation of Foreign Ministers and its threat of
 * measures under the Rio Treaty, the withdrawal (early August), the border
 * Honduras kept closed to Salvadoran goods, the San José agreement on a
 * demilitarised zone (4 June 1970), the talks of 1973, the border clashes of
 * July 1976, the Guatemala ceasefire and the Managua pull-back (July – August
 * 1976), and the mediation that led to the treaty. Escalation model v2 was
 * never tuned on it: it is the case the model is held to in
 * honduras-el-salvador-1969.spec.ts, against the calls an analyst makes from
 * DOMAIN.md §5b alone.
 *
 * The parties are Honduras and El Salvador. Mediators: the Organization of
 * American States (its Council acting as Organ of Consultation, its
 * Committee of Seven, its observers and the Meeting of Foreign Ministers are
 * recorded as one actor, `oas`), the foreign ministers of Guatemala,
 * Nicaragua and Costa Rica (one actor: they mediated together in 1969 and
 * were the guarantors of the San José agreement), and José Luis Bustamante y
 * Rivero, the former president of Peru who mediated the treaty.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source.
 *
 * Grading as in examples/README.md: B = an established outlet, or a
 * government's own contemporary record of what it saw (the Office of the
 * Historian's Foreign Relations of the United States, the State Department
 * cables); C = a copy of a magazine on an archive site, a mirror of a
 * treaty's text; 1 = an act or text confirmed by those who made it (a treaty,
 * the minutes both ministers signed); 2 = several sources agree or one
 * established source reports it; 3 = one side's claim, or what a source gives
 * as a proposal or an indication only.
 *
 * Dates of sources: contemporary documents are dated by their own date,
 * whatever the date of the copy read (the cables by their date-time group,
 * TIME by its issue). FRUS documents that carry no date in what was read are
 * given a lower bound from their own content, stated as such: document 641
 * (the break of relations "on the evening of June 26") 27 June 1969; 642
 * (its approval initialled on 9 July) 9 July; 644 (the air raids "at
 * approximately 1800 hours July 14", nothing after midnight) 15 July; 645 (a
 * meeting with the OAS committee the same day; overtaken on 18 July) 17 July;
 * 651 (written after the 96-hour deadline of 22 July, before the Foreign
 * Ministers met) 23 July; 652 (after the Ministers' resolutions) 31 July; 653
 * (after the withdrawal of early August, which it reports done) 6 August
 * 1969; the telegram of the Embassy in Honduras on the observers (a
 * conversation of 31 December 1980) 1 January 1981. The treaty's text (a
 * mirror of the UN Treaty Series translation) is dated by its signature.
 *
 * Judgement calls, recorded as an analyst would:
 * - The negotiation is opened at the anti-Salvadoran riots that swept
 *   Honduras from 16 June 1969. The land-reform expulsions of Salvadoran
 *   settlers from April 1969 and the three matches (8, 15 and 27 June) are in
 *   the record only through the contemporary documents' account of the riots
 *   and the flight (about 10,000 Salvadorans by 27 June): no dated source read
 *   gives the expulsions a day, and mobs are not a party's forces. Honduras's
 *   own break of relations (27 June) is in undated secondary pages only and is
 *   not recorded.
 * - El Salvador's break of relations (26 June) is its statement, with CAMEO
 *   161 (reduce or break diplomatic relations), as other cases record it.
 *   Border incidents before 14 July (Honduras's claim of 12 July) are in
 *   undated pages only and are not recorded.
 * - Places are written one way each: "Tegucigalpa" for the raids on the
 *   capital and its airport (Toncontín), "the Salvadoran–Honduran border" for
 *   the ground fighting along the frontier (the contemporary sources read name
 *   no town: "several border points", "two points along the ill-defined
 *   border"), "Salvadoran port city" for the Honduran raid the first reports
 *   gave (TIME: El Salvador's biggest oil refinery was damaged). The raids on
 *   about eight Honduran airfields are described in the Tegucigalpa raid.
 * - The war's toll is TIME's estimate of 25 July (about 2,000 soldiers and
 *   civilians dead, mostly Hondurans, in five days), recorded as a
 *   casualty report over 14–18 July, not as a day's toll; later figures (up to
 *   6,000 killed, AP 1999) are not recorded. The fighting of 16–17 July is
 *   recorded from the National Security Council's report of 17 July (the
 *   Hondurans "sustaining heavy losses"), without a count. Press reports of
 *   fighting on 18 July, "not confirmed by official channels", are not
 *   recorded.
 * - The ceasefire is the OAS Council's, accepted by both governments and in
 *   effect from midnight EDST on 18 July (04:00 UTC on the 19th), recorded as
 *   indefinite: the 96 hours were the time given for the withdrawal (a CIA
 *   cable speaks of the ceasefire "expiring" with them, but El Salvador said
 *   it would not resume hostilities and none were reported). The reports of
 *   further Salvadoran advances after it are "indications" only: recorded as
 *   El Salvador's force posture, graded 3, not as a violation.
 * - The OAS Council's call for withdrawal within 96 hours is the mediator's
 *   demand; El Salvador's conditions for withdrawing (21 July) are its demand
 *   on Honduras. The Thirteenth Meeting of Consultation's threat is recorded
 *   as the OAS's ultimatum to El Salvador (a third party's, not the pair's):
 *   its text was not read; the Embassy's telegram (document 651) gives what
 *   the ministers were urged to declare ("any defiance would be met by
 *   appropriate measures under Article 8" of the Rio Treaty, its sanctions)
 *   and is graded 3 for it; document 652 reports the resolutions accepted and
 *   the Salvadoran withdrawal that followed. The withdrawal's end is dated
 *   "early August" (approximate, 3 August); it complies with the ultimatum.
 * - Honduras's block on Salvadoran goods and traffic through its territory
 *   (document 653: Honduras "continues to block the transit of Salvadoran
 *   goods") is a border closed against El Salvador, dated by the month of the
 *   withdrawal (August 1969). No source read dates its end: the treaty of
 *   1980 restored relations (Christian Science Monitor: a step toward
 *   reviving the Common Market), but no reopening is recorded.
 * - The San José agreement of 4 June 1970 (a security zone, guarantors Costa
 *   Rica, Guatemala and Nicaragua) is known from the cables of 1976, which say
 *   most of its terms were never fulfilled; it is recorded as signed (being
 *   applied), backdated, when the analyst reads of it in July 1976.
 * - The clashes of July 1976 are the State Department's "several shooting
 *   frays last week" (its memorandum of 24 July: the week of 12–18 July),
 *   recorded as one clash on 15 July (approximate) that El Salvador raised
 *   before the OAS (its foreign minister on 19 July), graded 3; no toll is
 *   given. The clashes of 29 July and 1 August in a later dataset's narrative
 *   are not in a contemporary source read and are not recorded.
 * - The treaty text agreed through Bustamante's mediation (Christian Science
 *   Monitor, 20 October 1980) is recorded as an agreement `text-agreed`,
 *   signed in Lima on 30 October 1980. The Washington agreement of 6 October
 *   1976 that adopted the mediation is known from the treaty's preamble and is
 *   recorded, backdated, with the treaty.
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'honduras-el-salvador-1969';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 1969);
/** A recordedAt on a given day (the case spans eleven years). */
const rec = (day: string, time: string): string => `${day}T${time}:00Z`;

const HONDURAS: Actor = { id: 'honduras', name: 'Honduras', kind: 'state', aliases: ['Tegucigalpa'] };
const EL_SALVADOR: Actor = { id: 'el-salvador', name: 'El Salvador', kind: 'state', aliases: ['San Salvador'] };
const OAS: Actor = {
  id: 'oas',
  name: 'Organization of American States',
  kind: 'international-organisation',
  aliases: ['OAS', 'OAS Council', 'Committee of Seven', 'Meeting of Consultation of Ministers of Foreign Affairs'],
};
const CA_MINISTERS: Actor = {
  id: 'central-american-ministers',
  name: 'Foreign ministers of Guatemala, Nicaragua and Costa Rica',
  kind: 'mediator',
  aliases: ['Central American foreign ministers', 'guarantors of the San José agreement'],
};
const BUSTAMANTE: Actor = {
  id: 'bustamante-y-rivero',
  name: 'José Luis Bustamante y Rivero',
  kind: 'individual',
  aliases: ['former President of Peru'],
};

const ES_GOVERNMENT: Person = { name: 'Government of El Salvador (communiqué)', actorId: 'el-salvador' };
const GALINDO_POHL: Person = {
  name: 'Reynaldo Galindo Pohl',
  title: "El Salvador's negotiator",
  actorId: 'el-salvador',
};
const BORGONOVO: Person = {
  name: 'Mauricio Borgonovo Pohl',
  title: 'Foreign Minister of El Salvador',
  actorId: 'el-salvador',
};
const PALMA: Person = { name: 'Roberto Palma Gálvez', title: 'Foreign Minister of Honduras', actorId: 'honduras' };
const ELVIR_SIERRA: Person = {
  name: 'César Elvir Sierra',
  title: 'Foreign Minister of Honduras',
  actorId: 'honduras',
};
const MIRO: Person = { name: 'Gen. Luis María Miró', title: 'Chief of the OAS military observers', actorId: 'oas' };
const AGUDELO: Person = {
  name: 'Col. Luis Horacio Agudelo Ríos',
  title: 'Chief of the OAS military observers',
  actorId: 'oas',
};

const FRUS = 'Office of the Historian, US Department of State (FRUS 1969–1976, vol. E-10)';
const frus = (n: number): string => `https://history.state.gov/historicaldocuments/frus1969-76ve10/d${n}`;

const S = {
  frus641: source(
    'Memorandum From Kissinger to President Nixon: Honduran-Salvadoran Relations (document 641)',
    FRUS,
    frus(641),
    '1969-06-27',
    'B',
    2,
  ),
  frus642: source(
    'Memorandum From Kissinger to President Nixon: El Salvador-Honduras Dispute (document 642)',
    FRUS,
    frus(642),
    '1969-07-09',
    'B',
    2,
  ),
  frus644: source(
    'Memorandum From Kissinger to President Nixon: El Salvador-Honduras Conflict (document 644)',
    FRUS,
    frus(644),
    '1969-07-15',
    'B',
    2,
  ),
  frus645: source(
    'Memorandum From Viron P. Vaky to Kissinger: Status Report—El Salvador-Honduras Conflict (document 645)',
    FRUS,
    frus(645),
    '1969-07-17',
    'B',
    2,
  ),
  frus647: source(
    'Memorandum From Kissinger to President Nixon: Status Report—El Salvador-Honduras Conflict (document 647)',
    FRUS,
    frus(647),
    '1969-07-18',
    'B',
    2,
  ),
  frus648: source(
    'Memorandum From Viron P. Vaky to Kissinger: El Salvador-Honduras Conflict—Current Situation and Prospects (document 648)',
    FRUS,
    frus(648),
    '1969-07-22',
    'B',
    2,
  ),
  frus649: source(
    'Central Intelligence Agency Information Cable TDCS 314/10866-69: El Salvador/Honduras (document 649)',
    FRUS,
    frus(649),
    '1969-07-22',
    'B',
    2,
  ),
  frus651: source(
    'Telegram 1727 From the Embassy in El Salvador to the Department of State (document 651)',
    FRUS,
    frus(651),
    '1969-07-23',
    'B',
    2,
  ),
  frus652: source(
    'Telegram 127303 From the Department of State to the Embassies in Honduras and El Salvador: Aftermath of Honduran-Salvadoran Conflict (document 652)',
    FRUS,
    frus(652),
    '1969-07-31',
    'B',
    2,
  ),
  frus653: source(
    'Memorandum From Eliot to Kissinger: Honduras-El Salvador Conflict: Status and Prospects (document 653)',
    FRUS,
    frus(653),
    '1969-08-06',
    'B',
    2,
  ),
  time0725: source(
    'A Population Explosion (TIME, 25 July 1969)',
    'TIME (archive copy)',
    'http://softbeam.net/txt/time/Time1969/1969-07-25/901119.html',
    '1969-07-25',
    'C',
    2,
  ),
  state1973Aug: source(
    'Honduras/El Salvador—Foreign Ministers Reach Accord on Formal Talks (STATE 167465)',
    'US Department of State cable (WikiLeaks PlusD)',
    'https://theworldtomorrow.wikileaks.org/plusd/cables/1973STATE167465_b.html',
    '1973-08-23',
    'B',
    1,
  ),
  state1973Dec: source(
    'Honduras-Salvador Dispute: Committee of Seven Meets (STATE 247775)',
    'US Department of State cable (WikiLeaks PlusD)',
    'https://search.wikileaks.org/plusd/cables/1973STATE247775_b.html',
    '1973-12-20',
    'B',
    2,
  ),
  state1976Jul23: source(
    'Committee of Seven Meeting July 22 (STATE 182723)',
    'US Department of State cable (WikiLeaks PlusD)',
    'https://theworldtomorrow.wikileaks.org/plusd/cables/1976STATE182723_b.html',
    '1976-07-23',
    'B',
    2,
  ),
  state1976Jul24: source(
    'Briefing Memorandum: El Salvador/Honduras Conflict Back in the OAS (STATE 184122)',
    'US Department of State cable (WikiLeaks PlusD)',
    'https://theworldtomorrow.wikileaks.org/plusd/cables/1976STATE184122.html',
    '1976-07-24',
    'B',
    2,
  ),
  guatemala1976Jul30: source(
    'Agreement Reached on Salvadorean-Honduran Cease Fire (GUATEMALA 5397)',
    'US Embassy Guatemala cable (WikiLeaks PlusD)',
    'https://theworldtomorrow.wikileaks.org/plusd/cables/1976GUATEM05397_b.html',
    '1976-07-30',
    'B',
    2,
  ),
  teguci1976Jul30: source(
    'Guatemala Meeting Declaration (TEGUCIGALPA 3694)',
    'US Embassy Tegucigalpa cable (WikiLeaks PlusD)',
    'https://theworldtomorrow.wikileaks.org/plusd/cables/1976TEGUCI03694.html',
    '1976-07-30',
    'B',
    2,
  ),
  usun1976Aug6: source(
    'Letter From the OAS Secretary General to the UN Secretary General (USUN 3136)',
    'US Mission to the UN cable (WikiLeaks PlusD)',
    'https://search.wikileaks.org/plusd/cables/1976USUNN03136_b.html',
    '1976-08-06',
    'B',
    1,
  ),
  teguci1976Aug13: source(
    'Informal Translation of Agreement and Protocol of Managua (TEGUCIGALPA 3964)',
    'US Embassy Tegucigalpa cable (WikiLeaks PlusD)',
    'https://search.wikileaks.org/plusd/cables/1976TEGUCI03964.html',
    '1976-08-13',
    'B',
    1,
  ),
  state1976Aug16: source(
    'Third Meeting of Consultation on Honduras-El Salvador Border Dispute (STATE 203490)',
    'US Department of State cable (WikiLeaks PlusD)',
    'https://theworldtomorrow.wikileaks.org/plusd/cables/1976STATE203490_b.html',
    '1976-08-16',
    'B',
    2,
  ),
  state1978Jun1: source(
    'El Salvador/Honduras Military Observers (STATE 139232)',
    'US Department of State cable (WikiLeaks PlusD)',
    'https://wikileaks.org/plusd/cables/1978STATE139232_d.html',
    '1978-06-01',
    'B',
    2,
  ),
  csmOct20: source(
    'El Salvador, Honduras OK border pact, renewed ties',
    'The Christian Science Monitor',
    'https://www.csmonitor.com/1980/1020/102021.html',
    '1980-10-20',
    'B',
    2,
  ),
  treaty: source(
    'General Peace Treaty between the Republics of El Salvador and Honduras (UN Treaty Series translation)',
    'Equipo Nizkor (mirror of the text)',
    'http://www.derechos.org/intlaw/doc/hndslv2.html',
    '1980-10-30',
    'C',
    1,
  ),
  frus1981: source(
    'Telegram From the Embassy in Honduras to the Department of State: Support for El Salvador/Honduras Border Observers (FRUS 1977–1980, vol. XV, document 362)',
    'Office of the Historian, US Department of State',
    'https://history.state.gov/historicaldocuments/frus1977-80v15/d362',
    '1981-01-01',
    'B',
    2,
  ),
};

const D = {
  withdraw: 'oas-withdraw-1969',
  guarantees: 'el-salvador-guarantees-1969',
};
const R = {
  mfm: 'oas-13th-meeting-of-consultation-1969',
  washington73: 'washington-ministers-1973-08',
  mexico73: 'mexico-talks-1973-12',
  guatemala76: 'guatemala-ministers-1976-07',
  managua76: 'managua-chiefs-of-staff-1976-08',
};
const A = {
  sanJose: 'san-jose-agreement-1970',
  rules73: 'washington-ground-rules-1973',
  guatemala76: 'guatemala-final-act-1976',
  managua76: 'managua-agreement-1976',
  washington76: 'washington-mediation-agreement-1976',
  treaty: 'general-peace-treaty-1980',
};
const C = { oas69: 'oas-ceasefire-1969-07-18', guatemala76: 'guatemala-ceasefire-1976-07-29' };
const U = { mfm: 'oas-mfm-withdrawal-1969' };
const O = {
  guatemala76: 'guatemala-final-act-1976-07-29',
  managua76: 'managua-1976-08-12',
  rules73: 'washington-1973-08-21',
};
const BORDER = 'Salvadoran–Honduran border';

const events = [
  // ===== June – early July 1969: the riots, the flight, the break of relations =====
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '1969-06-16', recordedAt: rec('1969-07-10', '09:00') },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Honduras – El Salvador, the Football War and the OAS, 1969–80',
      subject:
        'From the anti-Salvadoran riots in Honduras after the World Cup qualifier in San Salvador (June 1969), the break of relations and the war of July 1969, through the OAS ceasefire, the withdrawal, the closed border and the demilitarised zone, to the mediation that led to the General Peace Treaty (Lima, 1980)',
      parties: [HONDURAS, EL_SALVADOR],
      mediators: [OAS, CA_MINISTERS],
    },
    [S.frus641, S.frus642],
    {
      note: 'Opened at the riots of 16 June; the Salvadoran settlers expelled under the land reform and the 300,000 Salvadorans living in Honduras are behind them.',
    },
  ),
  ev(
    'StatementMade',
    'stmt-es-iahrc',
    { occurredAt: '1969-06-24', precision: 'approximate', recordedAt: rec('1969-07-10', '09:05') },
    {
      speaker: ES_GOVERNMENT,
      audience: 'honduras',
      tone: 'accusation',
      summary:
        'El Salvador denounces Honduras to the Inter-American Commission on Human Rights: it holds the Honduran government responsible for the conditions that forced its nationals to flee (about 10,000 since 17 June, after the anti-Salvadoran riots).',
    },
    [S.frus641],
  ),
  ev(
    'StatementMade',
    'stmt-es-break',
    { occurredAt: '1969-06-26', recordedAt: rec('1969-07-10', '09:10') },
    {
      speaker: ES_GOVERNMENT,
      audience: 'honduras',
      tone: 'accusation',
      summary:
        'El Salvador breaks diplomatic relations with Honduras in the evening, charging that Honduras has committed "genocide" against Salvadoran emigrants.',
    },
    [S.frus641],
    { cameo: '161', note: 'Breaking off diplomatic relations (CAMEO 161).' },
  ),
  ev(
    'MediationAction',
    'med-ca-ministers',
    { occurredAt: '1969-07-09', precision: 'approximate', recordedAt: rec('1969-07-10', '09:15') },
    {
      mediator: 'central-american-ministers',
      action: 'offered',
      summary:
        'The foreign ministers of Guatemala, Nicaragua and Costa Rica try to mediate; El Salvador is intransigent under pressure from hawkish young officers, and the mediators have a hard time getting the two together.',
    },
    [S.frus642],
  ),
  // ===== 14–18 July 1969: the war =====
  ev(
    'IncidentReported',
    'inc-raids-jul14',
    { occurredAt: '1969-07-15T00:00:00Z', precision: 'approximate', recordedAt: rec('1969-07-15', '18:00') },
    {
      incidentId: 'salvadoran-raids-1969-07-14',
      kind: 'airstrike',
      perpetrator: 'el-salvador',
      against: 'honduras',
      place: 'Tegucigalpa',
      description:
        'El Salvador opens air attacks on Honduras at about 18:00 on 14 July: some eight Honduran airfields strafed or bombed, Toncontín at Tegucigalpa among them. Only a few casualties reported so far.',
    },
    [S.frus644],
  ),
  ev(
    'IncidentReported',
    'inc-ground-jul14',
    { occurredAt: '1969-07-15T00:00:00Z', precision: 'approximate', recordedAt: rec('1969-07-15', '18:05') },
    {
      incidentId: 'salvadoran-ground-attacks-1969-07-14',
      kind: 'clash',
      perpetrator: 'el-salvador',
      against: 'honduras',
      place: BORDER,
      description:
        'Ground attacks at several border points with mortar and small-arms fire; reports of Salvadoran troops entering Honduran territory are not yet confirmed.',
    },
    [S.frus644],
  ),
  ev(
    'IncidentReported',
    'inc-honduran-raid-jul14',
    { occurredAt: '1969-07-15T03:00:00Z', precision: 'approximate', recordedAt: rec('1969-07-15', '18:10') },
    {
      incidentId: 'honduran-raid-1969-07-14',
      kind: 'airstrike',
      perpetrator: 'honduras',
      against: 'el-salvador',
      place: 'Salvadoran port city',
      description: 'A Honduran air strike on a port city in El Salvador is reported the first night.',
    },
    [S.frus644],
  ),
  ev(
    'MediationAction',
    'med-oas-committee',
    { occurredAt: '1969-07-15T03:00:00Z', precision: 'approximate', recordedAt: rec('1969-07-15', '18:15') },
    {
      mediator: 'oas',
      action: 'requested-pause',
      summary:
        'The OAS Council, meeting under the Rio Treaty the evening of 14 July, names a seven-member committee (Nicaragua, Guatemala, Costa Rica, Ecuador, the Dominican Republic, Argentina, the United States) to go to the scene; its chairman calls on both governments to cease fire.',
    },
    [S.frus644],
  ),
  ev(
    'IncidentReported',
    'inc-fighting-jul16-17',
    { occurredAt: '1969-07-17', precision: 'approximate', recordedAt: rec('1969-07-17', '20:00') },
    {
      incidentId: 'ground-fighting-1969-07-16-17',
      kind: 'clash',
      perpetrator: 'el-salvador',
      against: 'honduras',
      place: BORDER,
      description:
        'The Salvadoran offensive goes on: the Hondurans are low in ammunition, sustaining heavy losses and demoralised; the Salvadorans, heady with their successes, stall on meeting the OAS committee to arrange a ceasefire.',
    },
    [S.frus645],
  ),
  // ===== The OAS ceasefire and El Salvador's conditions =====
  ev(
    'DemandTabled',
    'dem-oas-withdraw',
    { occurredAt: '1969-07-18T20:00:00Z', precision: 'approximate', recordedAt: rec('1969-07-19', '12:00') },
    {
      demandId: D.withdraw,
      by: 'oas',
      addressedTo: ['el-salvador'],
      text: 'Withdraw from the occupied territories within 96 hours of the ceasefire (OAS Council resolution, with the grounding of both air forces, guarantees for each country’s nationals in the other, and an end to inflammatory campaigns).',
      category: 'territorial',
    },
    [S.frus647],
  ),
  ev(
    'CeasefireDeclared',
    'cf-oas-jul18',
    { occurredAt: '1969-07-19T04:00:00Z', recordedAt: rec('1969-07-19', '12:05') },
    {
      ceasefireId: C.oas69,
      parties: ['honduras', 'el-salvador'],
      scope:
        'The OAS Council’s ceasefire, accepted by both governments through its Special Committee, in effect at midnight EDST on 18 July; OAS observers to monitor compliance',
      coverage: 'all-hostilities',
      duration: 'indefinite',
      mediatedBy: ['oas'],
    },
    [S.frus647],
    {
      note: 'At the end of the Council session the Salvadoran delegate said his delegation could not accept resolutions that treated both sides as equals; the ceasefire went into effect.',
    },
  ),
  ev(
    'PositionTaken',
    'pos-es-withdraw-conditional',
    { occurredAt: '1969-07-18', recordedAt: rec('1969-07-19', '12:10') },
    {
      demandId: D.withdraw,
      actorId: 'el-salvador',
      stance: 'conditional',
      conditions: 'Satisfactory and effective guarantees for the Salvadorans in Honduras before any withdrawal.',
    },
    [S.frus647],
  ),
  ev(
    'PositionTaken',
    'pos-hn-accepts',
    { occurredAt: '1969-07-21', precision: 'approximate', recordedAt: rec('1969-07-22', '20:00') },
    {
      demandId: D.withdraw,
      actorId: 'honduras',
      stance: 'accepted',
      conditions: 'Honduras accepts the OAS resolutions unconditionally; the Council thanks it for doing so.',
    },
    [S.frus648],
  ),
  ev(
    'IncidentReported',
    'inc-es-posture-jul21',
    { occurredAt: '1969-07-21', precision: 'approximate', recordedAt: rec('1969-07-22', '20:05') },
    {
      incidentId: 'salvadoran-occupation-1969-07',
      kind: 'force-posture',
      perpetrator: 'el-salvador',
      against: 'honduras',
      place: BORDER,
      description:
        'Salvadoran troops hold the Honduran territory they took; there are indications they have made further advances since the ceasefire. OAS observer teams deploy to the front. Both countries seek weapons abroad (El Salvador three more combat aircraft).',
    },
    [graded(S.frus648, 3)],
  ),
  ev(
    'DemandTabled',
    'dem-es-guarantees',
    { occurredAt: '1969-07-22T04:00:00Z', precision: 'approximate', recordedAt: rec('1969-07-22', '20:10') },
    {
      demandId: D.guarantees,
      by: 'el-salvador',
      addressedTo: ['honduras'],
      text: 'Before its troops withdraw: an effective system, guaranteed by the international organisations, for the safety of the some 300,000 Salvadorans living in Honduras; reparations for the crimes against Salvadorans in Honduras; punishment of those responsible.',
      category: 'humanitarian',
    },
    [S.frus649, S.frus648],
  ),
  ev(
    'StatementMade',
    'stmt-es-no-resume',
    { occurredAt: '1969-07-22T04:00:00Z', precision: 'approximate', recordedAt: rec('1969-07-22', '20:15') },
    {
      speaker: ES_GOVERNMENT,
      audience: 'oas',
      tone: 'neutral',
      summary:
        'In the document of conditions it hands the OAS committee, El Salvador says its troops will not re-initiate hostilities when the 96 hours run out; they will remain in position.',
    },
    [S.frus649],
  ),
  ev(
    'IncidentReported',
    'inc-war-toll',
    { occurredAt: '1969-07-18', precision: 'approximate', recordedAt: rec('1969-07-26', '10:00') },
    {
      incidentId: 'war-toll-1969-07',
      kind: 'casualty-report',
      perpetrator: 'el-salvador',
      against: 'honduras',
      period: { from: '1969-07-14', to: '1969-07-18' },
      fatalities: { min: 2000, max: 2000 },
      description:
        'After five days of fighting an estimated 2,000 soldiers and civilians, mostly Hondurans, are reported dead (TIME). Salvadoran troops pushed into Honduras at two points along the border; Honduran bombs damaged El Salvador’s biggest oil refinery; the Inter-American Highway was closed down by the fighting.',
    },
    [S.time0725],
  ),
  // ===== The Thirteenth Meeting of Consultation, the threat, the withdrawal =====
  ev(
    'TalksRoundOpened',
    'round-mfm-opened',
    { occurredAt: '1969-07-26', precision: 'approximate', recordedAt: rec('1969-08-01', '10:00') },
    {
      roundId: R.mfm,
      label: 'Thirteenth Meeting of Consultation of Ministers of Foreign Affairs (OAS)',
      venue: 'Washington',
      format: 'formal',
      hosts: ['oas'],
    },
    [S.frus651, S.frus652],
    { note: 'Convened because the Salvadoran troops had not withdrawn by the Council’s deadline.' },
  ),
  ev(
    'UltimatumIssued',
    'ult-mfm',
    { occurredAt: '1969-07-29', precision: 'approximate', recordedAt: rec('1969-08-01', '10:05') },
    {
      ultimatumId: U.mfm,
      by: 'oas',
      to: ['el-salvador'],
      demandIds: [D.withdraw],
      consequences:
        'Defiance of the withdrawal to be met by appropriate measures under Article 8 of the Rio Treaty (sanctions, up to an inter-American force).',
      channel: 'Resolution of the Thirteenth Meeting of Consultation',
    },
    [graded(S.frus651, 3), S.frus652],
    { note: "The mediator's ultimatum to one party; its wording is the Embassy's proposal (see the header)." },
  ),
  ev(
    'PositionTaken',
    'pos-es-withdraw-accepts',
    { occurredAt: '1969-07-30', precision: 'approximate', recordedAt: rec('1969-08-01', '10:10') },
    {
      demandId: D.withdraw,
      actorId: 'el-salvador',
      stance: 'accepted',
      conditions: 'With the Ministers’ “guarantees” for its nationals living in Honduras.',
    },
    [S.frus652],
  ),
  ev(
    'TalksRoundConcluded',
    'round-mfm-concluded',
    { occurredAt: '1969-07-30', precision: 'approximate', recordedAt: rec('1969-08-01', '10:15') },
    {
      roundId: R.mfm,
      outcome: 'progress',
      summary:
        'A conciliatory "political" settlement acceptable to both: El Salvador withdraws, the Ministers give guarantees for the nationals of each in the other; a special committee stays to ease tensions. The Meeting stays in session.',
    },
    [S.frus652],
  ),
  ev(
    'UltimatumResolved',
    'ult-mfm-complied',
    { occurredAt: '1969-08-03', precision: 'approximate', recordedAt: rec('1969-08-07', '10:00') },
    {
      ultimatumId: U.mfm,
      resolution: 'complied',
      summary:
        'The Salvadoran troops leave Honduras in early August; through demobilisation and withdrawal El Salvador removes all army troops from the border. Prisoners of war are exchanged.',
    },
    [S.frus653, S.frus652],
  ),
  ev(
    'IncidentReported',
    'inc-hn-border-closure',
    { occurredAt: '1969-08', recordedAt: rec('1969-08-07', '10:05') },
    {
      incidentId: 'honduran-transit-block-1969',
      kind: 'border-closure',
      perpetrator: 'honduras',
      against: 'el-salvador',
      place: BORDER,
      description:
        'Honduras continues to block the transit of Salvadoran goods through its territory (the Inter-American Highway, El Salvador’s land route to Nicaragua and Costa Rica); the flow of Salvadorans out of Honduras goes on.',
    },
    [S.frus653],
  ),
  // ===== 1973: the ground rules, the Mexico talks =====
  ev(
    'TalksRoundOpened',
    'round-washington73-opened',
    { occurredAt: '1973-08-20', recordedAt: rec('1973-08-23', '12:00') },
    {
      roundId: R.washington73,
      label: 'Foreign ministers Batres and Borgonovo with the OAS Committee of Seven',
      venue: 'Washington',
      format: 'formal',
      hosts: ['oas'],
    },
    [S.state1973Aug],
  ),
  ev(
    'TalksRoundConcluded',
    'round-washington73-concluded',
    { occurredAt: '1973-08-21', recordedAt: rec('1973-08-23', '12:05') },
    {
      roundId: R.washington73,
      outcome: 'agreement',
      summary:
        'The two ministers present agreed ground rules for negotiating a general treaty, incorporated in the minutes of the two-day meeting, which they and the committee sign; they ask the Organ of Consultation to stay in session.',
    },
    [S.state1973Aug],
    { occurrence: O.rules73 },
  ),
  ev(
    'AgreementReached',
    'agr-rules73',
    { occurredAt: '1973-08-21', recordedAt: rec('1973-08-23', '12:10') },
    {
      agreementId: A.rules73,
      kind: 'framework',
      provisions: [
        'To negotiate, sign and submit for ratification a general treaty that, taking into account the resolutions of the Thirteenth Meeting of Consultation of 27 October 1969, settles the differences between the two countries',
      ],
      signatories: ['honduras', 'el-salvador'],
      textPublic: true,
      roundId: R.washington73,
    },
    [S.state1973Aug],
    { occurrence: O.rules73 },
  ),
  ev(
    'TalksRoundOpened',
    'round-mexico73-opened',
    { occurredAt: '1973-12-10', recordedAt: rec('1973-12-20', '16:00') },
    {
      roundId: R.mexico73,
      label: 'Bilateral talks on a general treaty, Mexico',
      venue: 'Mexico',
      format: 'formal',
    },
    [S.state1973Dec],
  ),
  ev(
    'TalksRoundConcluded',
    'round-mexico73-concluded',
    { occurredAt: '1973-12-10T23:00:00Z', precision: 'approximate', recordedAt: rec('1973-12-20', '16:05') },
    {
      roundId: R.mexico73,
      outcome: 'collapsed',
      summary:
        'The talks effectively end when Honduras declares that continuing them depends on dealing at once with the border question; El Salvador came with a draft treaty covering all the differences. A meeting on 14 December only agrees a press release.',
    },
    [S.state1973Dec],
  ),
  ev(
    'StatementMade',
    'stmt-galindo-dec19',
    { occurredAt: '1973-12-19', recordedAt: rec('1973-12-20', '16:10') },
    {
      speaker: GALINDO_POHL,
      audience: 'oas',
      tone: 'critical',
      summary:
        'Reports to the OAS Committee of Seven on the impasse: Honduras wanted the boundary taken up right away, El Salvador all the differences together with the boundary.',
    },
    [S.state1973Dec],
  ),
  // ===== July – August 1976: the clashes, the Guatemala ceasefire, the Managua pull-back =====
  ev(
    'AgreementReached',
    'agr-san-jose-1970',
    { occurredAt: '1970-06-04', recordedAt: rec('1976-07-24', '10:00') },
    {
      agreementId: A.sanJose,
      kind: 'partial',
      provisions: [
        'A safety zone for peace-keeping purposes: demilitarised zones along the frontier, limits on the troops and armament in each sector (land, air, sea)',
        'Costa Rica, Guatemala and Nicaragua the guarantors of its terms',
      ],
      signatories: ['honduras', 'el-salvador'],
      textPublic: true,
      status: 'signed',
    },
    [S.state1976Jul24],
    { note: 'Known from the cables of 1976: "most of which have never been fulfilled".' },
  ),
  ev(
    'IncidentReported',
    'inc-frays-jul76',
    { occurredAt: '1976-07-15', precision: 'approximate', recordedAt: rec('1976-07-24', '10:05') },
    {
      incidentId: 'border-frays-1976-07',
      kind: 'clash',
      perpetrator: 'honduras',
      allegedBy: 'el-salvador',
      against: 'el-salvador',
      place: BORDER,
      description:
        'Several shooting frays along the border in the week of 12–18 July, after weeks of incidents that raise fears of a repeat of the 1969 war; El Salvador takes them to the OAS.',
    },
    [graded(S.state1976Jul24, 3)],
  ),
  ev(
    'StatementMade',
    'stmt-borgonovo-jul19',
    { occurredAt: '1976-07-19', recordedAt: rec('1976-07-24', '10:10') },
    {
      speaker: BORGONOVO,
      audience: 'oas',
      tone: 'critical',
      summary:
        'Before the OAS Committee of Seven: El Salvador has asked the guarantor states of the San José agreement to take immediate action to end the border violence; it does not ask the OAS to act.',
    },
    [S.state1976Jul24, S.state1976Jul23],
  ),
  ev(
    'StatementMade',
    'stmt-palma-jul21',
    { occurredAt: '1976-07-21', recordedAt: rec('1976-07-24', '10:15') },
    {
      speaker: PALMA,
      audience: 'oas',
      tone: 'critical',
      summary:
        'Cables the OAS asking the Committee of Seven to send a team to investigate the incidents on the border.',
    },
    [S.state1976Jul23, S.state1976Jul24],
  ),
  ev(
    'MediationAction',
    'med-oas-jul22',
    { occurredAt: '1976-07-22', recordedAt: rec('1976-07-24', '10:20') },
    {
      mediator: 'oas',
      action: 'requested-pause',
      summary:
        'The Committee of Seven, told of a grave situation and the failure so far of the guarantors’ efforts, decides to send a message to both foreign ministers and forms a subcommittee to keep the situation from worsening.',
    },
    [S.state1976Jul23],
  ),
  ev(
    'TalksRoundOpened',
    'round-guatemala76-opened',
    { occurredAt: '1976-07-29', recordedAt: rec('1976-07-30', '20:00') },
    {
      roundId: R.guatemala76,
      label: 'Central American foreign ministers and chiefs of staff, Guatemala City',
      venue: 'Guatemala City',
      format: 'formal',
      hosts: ['central-american-ministers'],
    },
    [S.guatemala1976Jul30, S.teguci1976Jul30],
  ),
  ev(
    'TalksRoundConcluded',
    'round-guatemala76-concluded',
    { occurredAt: '1976-07-30T02:00:00Z', recordedAt: rec('1976-07-30', '20:05') },
    {
      roundId: R.guatemala76,
      outcome: 'agreement',
      summary:
        'After extended discussions the Final Act is signed at 20:00: an immediate ceasefire, OAS observers asked for, a secure pacified zone as the San José agreement provides.',
    },
    [S.guatemala1976Jul30],
    { occurrence: O.guatemala76 },
  ),
  ev(
    'AgreementReached',
    'agr-guatemala76',
    { occurredAt: '1976-07-30T02:00:00Z', recordedAt: rec('1976-07-30', '20:10') },
    {
      agreementId: A.guatemala76,
      kind: 'ceasefire',
      provisions: [
        'An immediate and absolute ceasefire of the military forces, paramilitary forces and armed civilians of both',
        'Pending the OAS observers, two commissions (the Guatemalan and Nicaraguan military attachés and a Costa Rican police officer) supervise the ceasefire',
        'OAS military observers asked for to supervise the mutual withdrawal of forces',
        'A secure pacified zone to be set up at once, in accordance with the San José agreement',
      ],
      signatories: ['honduras', 'el-salvador'],
      textPublic: true,
      roundId: R.guatemala76,
    },
    [S.guatemala1976Jul30, S.teguci1976Jul30],
    { occurrence: O.guatemala76 },
  ),
  ev(
    'CeasefireDeclared',
    'cf-guatemala76',
    { occurredAt: '1976-07-30T02:00:00Z', recordedAt: rec('1976-07-30', '20:15') },
    {
      ceasefireId: C.guatemala76,
      parties: ['honduras', 'el-salvador'],
      scope:
        'The immediate and absolute ceasefire of the Final Act of Guatemala, supervised by the attachés until OAS observers arrive',
      coverage: 'all-hostilities',
      duration: 'indefinite',
      mediatedBy: ['central-american-ministers'],
    },
    [S.guatemala1976Jul30, S.teguci1976Jul30],
    { occurrence: O.guatemala76 },
  ),
  ev(
    'MediationAction',
    'med-oas-observers-jul31',
    { occurredAt: '1976-07-31', recordedAt: rec('1976-08-07', '10:00') },
    {
      mediator: 'oas',
      action: 'proposed',
      summary:
        'The Thirteenth Meeting of Consultation authorises its commission to appoint military observers to supervise the withdrawal of troops and the safety zone of the San José agreement, as the guarantors asked.',
    },
    [S.usun1976Aug6],
  ),
  ev(
    'TalksRoundOpened',
    'round-managua76-opened',
    { occurredAt: '1976-08-12', recordedAt: rec('1976-08-14', '10:00') },
    {
      roundId: R.managua76,
      label: 'Chiefs of staff of both armies with the OAS military observers, Managua',
      venue: 'Managua',
      format: 'technical',
      hosts: ['oas'],
    },
    [S.teguci1976Aug13],
  ),
  ev(
    'TalksRoundConcluded',
    'round-managua76-concluded',
    { occurredAt: '1976-08-12', recordedAt: rec('1976-08-14', '10:05') },
    {
      roundId: R.managua76,
      outcome: 'agreement',
      summary:
        'The Agreement and Protocol of Managua, signed by Lt. Col. César Elvir Sierra and Gen. Armando Leonidas Rojas with Gen. Miró.',
    },
    [S.teguci1976Aug13],
    { occurrence: O.managua76 },
  ),
  ev(
    'AgreementReached',
    'agr-managua76',
    { occurredAt: '1976-08-12', recordedAt: rec('1976-08-14', '10:10') },
    {
      agreementId: A.managua76,
      kind: 'partial',
      provisions: [
        'The San José agreement of 4 June 1970 strictly enforced: the security force troops placed as it sets out (land, air and maritime sectors), the maximum troops and the armament it allows',
        'The final demarcation line is outside the observers’ mandate; special commissions urged to study it',
      ],
      signatories: ['honduras', 'el-salvador'],
      textPublic: true,
      roundId: R.managua76,
    },
    [S.teguci1976Aug13],
    { occurrence: O.managua76 },
  ),
  ev(
    'StatementMade',
    'stmt-miro-aug16',
    { occurredAt: '1976-08-16', recordedAt: rec('1976-08-17', '10:00') },
    {
      speaker: MIRO,
      audience: 'oas',
      tone: 'neutral',
      summary:
        'Both governments have complied with the Managua agreement: regular and paramilitary forces are disengaged in the zones where incidents were most frequent; the larger issues remain.',
    },
    [S.state1976Aug16],
  ),
  // ===== 1978: the observers' report =====
  ev(
    'StatementMade',
    'stmt-agudelo-may30',
    { occurredAt: '1978-05-30', recordedAt: rec('1978-06-02', '10:00') },
    {
      speaker: AGUDELO,
      audience: 'oas',
      tone: 'neutral',
      summary:
        'Few border incidents in the disputed territory; cooperation between the two governments, especially at all levels of the military chain of command, is extremely good — though some of the good feeling has gone since the unsuccessful mediation session in Lima.',
    },
    [S.state1978Jun1],
  ),
  // ===== 1980: the treaty =====
  ev(
    'ActorRegistered',
    'actor-bustamante',
    { occurredAt: '1980-10-20', recordedAt: rec('1980-10-20', '18:00') },
    { actor: BUSTAMANTE, role: 'mediator' },
    [S.csmOct20],
  ),
  ev(
    'AgreementReached',
    'agr-treaty-text',
    { occurredAt: '1980-10-20', precision: 'approximate', recordedAt: rec('1980-10-20', '18:05') },
    {
      agreementId: A.treaty,
      kind: 'comprehensive',
      provisions: [
        'Settles the longstanding border dispute and restores diplomatic relations between the two countries',
        'Worked out through the mediation of José Luis Bustamante y Rivero; to be signed in Lima on 30 October',
      ],
      signatories: ['honduras', 'el-salvador'],
      textPublic: false,
      status: 'text-agreed',
    },
    [S.csmOct20],
  ),
  ev(
    'AgreementReached',
    'agr-washington76',
    { occurredAt: '1976-10-06', recordedAt: rec('1980-10-31', '12:00') },
    {
      agreementId: A.washington76,
      kind: 'framework',
      provisions: ['A mediation procedure adopted by the two governments (the Agreement signed in Washington, D.C.)'],
      signatories: ['honduras', 'el-salvador'],
      textPublic: true,
    },
    [S.treaty],
    { note: 'Known from the preamble of the General Peace Treaty.' },
  ),
  ev(
    'AgreementStatusChanged',
    'agr-treaty-signed',
    { occurredAt: '1980-10-30', recordedAt: rec('1980-10-31', '12:05') },
    {
      agreementId: A.treaty,
      status: 'signed',
      reason:
        'Signed in Lima by Fidel Chávez Mena, Foreign Minister of El Salvador, and Col. César Elvir Sierra, Foreign Minister of Honduras: the two governments reaffirm that peace is indispensable to their coexistence, in pursuance of the Washington agreement of 1976, thanking Bustamante y Rivero for his mediation.',
    },
    [S.treaty],
  ),
  ev(
    'StatementMade',
    'stmt-elvir-observers',
    { occurredAt: '1980-12-31', recordedAt: rec('1981-01-02', '12:00') },
    {
      speaker: ELVIR_SIERRA,
      audience: 'el-salvador',
      tone: 'conciliatory',
      summary:
        'Confirms the joint decision of Honduras and El Salvador to ask for a six-month extension of the OAS observers, whom both governments find of vital importance as a neutral presence on the frontier; where the border is defined, the two will patrol their own areas.',
    },
    [S.frus1981],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'honduras-el-salvador-1969.jsonl',
  logEnd: '1981-02-01T00:00:00Z',
  events,
};

export default definition;
