/**
 * A test fixture, not a shipped example: Uganda and Kenya in 1976, from Idi
 * Amin's claim to western Kenya (14 February) to the end of the year, as an
 * analyst could have recorded them from the press and the US embassy's
 * published cables, after the fact — Amin's claim to Kenya up to about 30 km
 * from Nairobi and his veiled threats to take it by force, Kenya's answer two
 * days later that it would not part with "a single inch", its troops and
 * armoured carriers sent to the border and Kenyatta's threat to block
 * Uganda's imports through Mombasa (February); the Israeli raid on Entebbe
 * (3–4 July), whose planes refuelled at Nairobi, and Amin's reservation of
 * "the right to retaliate"; the killing of Kenyans in Uganda by Ugandan
 * soldiers, the Ugandan build-up on the border and Radio Uganda's cry that
 * Uganda is "being invaded by Kenyans"; the halting of Uganda's fuel trucks
 * by Kenyan border guards (the blockade); Kenya's conditions, Amin's promise
 * that his troops would never invade, the OAU's mediator and Britain's break
 * with Uganda (end of July); Amin's warning of "desperate action" and his cut
 * of the power Uganda supplies to western Kenya; the talks in Nairobi (4–6
 * August), the memorandum of understanding signed by the two presidents,
 * the end of the blockade; the joint committee's communiqué (22 September),
 * Amin's charge that Kenya holds Uganda's trucks and the first meeting of
 * the OAU commission that supervises the memorandum (23 November).
 * Escalation model v2 was never tuned on it: it is the case the model is held
 * to in uganda-kenya-1976.spec.ts, against the calls an analyst makes from
 * DOMAIN.md §5b alone.
 *
 * The pair is Uganda and Kenya. The OAU (its Secretary-General, William
 * Eteki Mboumoua) is the mediator; Israel (the raid), the United Kingdom (its
 * break with Uganda) and Tanzania (proposed by Uganda as an observer, refused
 * by Kenya) are third parties.
 *
 * How the acts are recorded, by §5b and the catalogue:
 * - Amin's claim is a statement, not an act of force: no troops crossed, no
 *   ground was taken. Its tone is `military-threat` (CAMEO 138, a threat of
 *   military force): Time writes that he "made veiled threats to take it by
 *   force" (first recorded as `threat`; corrected after the first run, see
 *   the spec). Kenyatta's threat to block Uganda's imports through Mombasa
 *   is a threat of an economic measure: `threat`.
 * - Amin's warning of "desperate action" (end of July) is `military-threat`:
 *   Time puts it after "days of dark hints that he might launch an attack
 *   across his border with Kenya" (also first recorded as `threat`). His
 *   reservation of "the right to retaliate in whatever way possible" (6
 *   July) names no force: `threat`.
 * - The Entebbe raid is Israel's armed action against Uganda (a third
 *   party's, not armed action between the pair); Kenya's letting the Israeli
 *   planes refuel at Nairobi is Kenya's `support` to Israel
 *   (ThirdPartyEngagement). Amin's blame of Kenya for it is laid in his
 *   statement (`blames`).
 * - The killing of Kenyans in Uganda by Ugandan soldiers is Uganda's
 *   `lethal-force` on Kenya's people: force that kills outside fighting
 *   between the two forces, not armed action.
 * - The build-up on the border is Uganda's `force-posture`, as Kenya
 *   alleged it; Kenya's troops of February are Kenya's.
 * - The blockade: Kenyan border guards halted the Uganda-bound fuel trucks
 *   (upwards of 300 stopped, Time); a later, undated retelling (Face2Face
 *   Africa, not cited for lack of a date) calls it "the closure of the
 *   border". People still crossed (Time, 26 July:
 *   "nationals of both countries moved freely"), but Uganda's goods and fuel
 *   did not: it is recorded as Kenya's `border-closure` against Uganda, at
 *   one place written one way (the Kenya–Uganda border at Malaba, the
 *   crossing of the road and rail from Mombasa), a lasting condition ended
 *   by Kenya's `border-reopening`. A hostile economic measure that shut the
 *   crossing to the other's trade is a border closed against it, as §5b
 *   means; a measure that only slowed it would be a statement (cameo 163).
 * - Amin's cut of the electric power Uganda supplies to western Kenya is an
 *   economic measure recorded as his government's statement (`warning`,
 *   CAMEO 163), as the Benin – Niger 2023 case records an oil embargo.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source. Recorded after the fact
 * (a retrospective clock, one minute per development).
 *
 * Grading as in examples/README.md: A = a government's own record (the US
 * embassy in Nairobi's cables, published by WikiLeaks' PlusD); B = an
 * established outlet or wire copy (Time, The Press of Christchurch carrying
 * NZPA-Reuter); C = a later retelling, a forum copy or a Wikipedia copy
 * (Daily Nation copy on JamiiForums, a Q&A copy of Wikipedia); 1 = confirmed by the actor, 2 = several sources agree or one
 * established source reports it, 3 = one side's claim, or a date or count
 * the sources do not give exactly.
 *
 * Judgement calls, recorded as an analyst would:
 * - Amin's claim is dated 14 February 1976 (his speech at the Lotuturu
 *   scheme, Daily Nation copy; reported by the Voice of Uganda on the 16th).
 *   Kenya's "single inch" statement is dated two days later (16 February,
 *   `approximate`: a Wikipedia copy gives "two days later"). Kenya's troops
 *   and Kenyatta's threat to block the imports through Mombasa are known
 *   only by the month (February 1976). Kenyatta's speech at the Uhuru Park
 *   rally and Amin's word that he meant no war are known only from an
 *   undated article (The Citizen): not recorded.
 * - Amin's "reserves the right to retaliate" follows the raid "right after"
 *   (Time): dated 6 July, `approximate`.
 * - The killings: Time (9 August) writes that "several hundred Kenyans
 *   living in Uganda were reported murdered"; Kenya's Foreign Minister
 *   wrote to the UN of a "systematic and indiscriminate massacre". Recorded
 *   as one `lethal-force` of 200–999 killed over the weeks after the raid,
 *   dated 12 July (`approximate`: no day is given), graded 3 (Kenya's
 *   account; no count was verified).
 * - The Ugandan build-up (Voice of Kenya: "a massive buildup on the Ugandan
 *   side") and Radio Uganda's "we are being invaded by Kenyans" are dated 17
 *   July (`approximate`, from Time's issue of 26 July).
 * - The blockade is dated 15 July (`approximate`): Time puts it after the
 *   killings were reported; Rwanda had received no petrol "for more than
 *   three weeks" by 28 July (Reuter). Its end: the memorandum provides for
 *   the "resumption of normal inter-state commerce" and the port authorities
 *   honour it (the embassy's cables of 9 August and 24 November); no source
 *   read gives the day the trucks moved again: dated 9 August,
 *   `approximate`, graded 3. Kenya's demand that Uganda pay for its fuel in
 *   hard currency is in no source read: not recorded.
 * - Amin's appeal to the UN and the OAU warning that the blockade "may force
 *   Uganda to resort to desperate action", and his cut of the power to
 *   western Kenya, are "last week" in Time's issue of 9 August: dated 30 July,
 *   `approximate`.
 * - The memorandum: the negotiating teams agreed it in Nairobi on 6 August
 *   after three days of talks; the two presidents signed it (the cable of 9
 *   August). The signing is dated 7 August (Nakuru), `approximate`: the
 *   cable read does not give the day. It is recorded as a comprehensive
 *   agreement (troops withdrawn from the border, an end to threats and
 *   hostile broadcasts, debts settled, commerce resumed, an OAU commission to
 *   supervise it), `text-agreed` on the 6th and `signed` on the 7th. The
 *   withdrawal of the troops it provides for is not dated by any source
 *   read: not recorded.
 * - The US Navy's visits to Mombasa (December 1976) are known only from
 *   undated retellings: not recorded.
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, retrospectiveClock, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'uganda-kenya-1976';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 1976);
const when = retrospectiveClock('2026-12-07T05:00:00Z');

/** The crossing Kenya shut to Uganda's goods, recorded one way (§5b counts places as recorded). */
const BORDER = 'Kenya–Uganda border at Malaba';

const UGANDA: Actor = { id: 'uganda', name: 'Uganda', kind: 'state', aliases: ['Kampala', 'Amin'] };
const KENYA: Actor = { id: 'kenya', name: 'Kenya', kind: 'state', aliases: ['Nairobi', 'Kenyatta'] };
const OAU: Actor = {
  id: 'oau',
  name: 'Organisation of African Unity',
  kind: 'international-organisation',
  aliases: ['OAU'],
};
const ISRAEL: Actor = { id: 'israel', name: 'Israel', kind: 'state', aliases: ['Jerusalem', 'IDF'] };
const UK: Actor = { id: 'united-kingdom', name: 'United Kingdom', kind: 'state', aliases: ['Britain', 'London'] };
const TANZANIA: Actor = { id: 'tanzania', name: 'Tanzania', kind: 'state', aliases: ['Dar es Salaam', 'Nyerere'] };

const AMIN: Person = { name: 'Idi Amin', title: 'President of Uganda', actorId: 'uganda' };
const UGANDA_GOV: Person = { name: 'Government of Uganda', actorId: 'uganda' };
const RADIO_UGANDA: Person = { name: 'Radio Uganda (state radio)', actorId: 'uganda' };
const KENYA_GOV: Person = { name: 'Government of Kenya', actorId: 'kenya' };
const KENYATTA: Person = { name: 'Jomo Kenyatta', title: 'President of Kenya', actorId: 'kenya' };
const WAIYAKI: Person = { name: 'Munyua Waiyaki', title: 'Foreign Minister of Kenya', actorId: 'kenya' };
const GITUMA: Person = {
  name: 'John Gituma',
  title: 'Deputy Director General, East African Harbours Corporation',
  actorId: 'kenya',
};
const UK_GOV: Person = { name: 'Government of the United Kingdom', actorId: 'united-kingdom' };

const S = {
  nationFeb14: source(
    'The day Idi Amin wanted to annex western Kenya (Daily Nation)',
    'JamiiForums (Daily Nation copy)',
    'https://www.jamiiforums.com/threads/the-day-idi-amin-wanted-to-annex-western-kenya.171924/',
    '2007-11-22',
    'C',
    2,
  ),
  wikiCopy: source(
    'Idi Amin (Wikipedia, quoted)',
    'Fedest (copy of Wikipedia)',
    'https://fedest.com/question/20070509165042AAqOL68',
    '2007-05-09',
    'C',
    3,
  ),
  timeJul26: source(
    'War of Words over a Tense Border',
    'Time',
    'http://softbeam.net/txt/time/Time1976/1976-07-26/914382.html',
    '1976-07-26',
    'B',
    2,
  ),
  timeAug9: source(
    'Gas War',
    'Time',
    'http://20.210.105.67/txt/time/Time1976/1976-08-09/914487.html',
    '1976-08-09',
    'B',
    2,
  ),
  reuterJul29: source(
    'Uganda, Kenyans ready for talks',
    'The Press, Christchurch (NZPA-Reuter)',
    'https://paperspast.natlib.govt.nz/newspapers/CHP19760729.2.67.1',
    '1976-07-29',
    'B',
    2,
  ),
  cableJul22: source(
    'GOK views on problems with Uganda (Nairobi 7641)',
    'US Embassy Nairobi cable (WikiLeaks PlusD)',
    'https://search.wikileaks.org/plusd/cables/1976NAIROB07641.html',
    '1976-07-22',
    'A',
    2,
  ),
  cableAug3: source(
    'Kenya-Uganda talks (Nairobi 8112)',
    'US Embassy Nairobi cable (WikiLeaks PlusD)',
    'https://theworldtomorrow.wikileaks.org/plusd/cables/1976NAIROB08112_b.html',
    '1976-08-03',
    'A',
    2,
  ),
  cableAug9: source(
    'Kenya and Uganda reach agreement to normalize relations (Nairobi 8377)',
    'US Embassy Nairobi cable (WikiLeaks PlusD)',
    'https://theworldtomorrow.wikileaks.org/plusd/cables/1976NAIROB08377_b.html',
    '1976-08-09',
    'A',
    2,
  ),
  cableSep24: source(
    'Kenya/Uganda joint communique (Nairobi 10429)',
    'US Embassy Nairobi cable (WikiLeaks PlusD)',
    'https://theworldtomorrow.wikileaks.org/plusd/cables/1976NAIROB10429_b.html',
    '1976-09-24',
    'A',
    2,
  ),
  cableNov24: source(
    'Harbor official denies Kenya holding Uganda military trucks (Nairobi 13160)',
    'US Embassy Nairobi cable (WikiLeaks PlusD)',
    'https://theworldtomorrow.wikileaks.org/plusd/cables/1976NAIROB13160.html',
    '1976-11-24',
    'A',
    2,
  ),
};

const events = [
  ev(
    'NegotiationOpened',
    'opened',
    when('1976-02-14'),
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Uganda – Kenya, 1976',
      subject:
        "The crisis between Uganda and Kenya in 1976: Amin's claim to western Kenya, Kenya's answer, Kenya's part in the Entebbe raid and Amin's reprisals against Kenyans, the troops on the border, Kenya's blockade of Uganda's fuel and goods, the OAU's mediation and the memorandum of understanding of August 1976.",
      parties: [UGANDA, KENYA],
      mediators: [OAU],
    },
    [S.nationFeb14],
  ),
  ev('ActorRegistered', 'actor-israel', when('1976-02-14'), { actor: ISRAEL, role: 'third-party' }, [S.timeJul26]),
  ev('ActorRegistered', 'actor-uk', when('1976-02-14'), { actor: UK, role: 'third-party' }, [S.timeAug9]),
  ev('ActorRegistered', 'actor-tanzania', when('1976-02-14'), { actor: TANZANIA, role: 'third-party' }, [S.cableAug3]),
  ev(
    'StatementMade',
    'stmt-amin-claim',
    when('1976-02-14'),
    {
      speaker: AMIN,
      audience: 'kenya',
      tone: 'military-threat',
      summary:
        "Opening the Lotuturu self-help scheme in East Acholi, Amin tells Ugandans their 'past geography': Uganda's borders run beyond Juba and Torit in the Sudan and take in all of western Kenya up to about 30 km from Nairobi (Turkana, the Rift Valley and Nyanza districts up to Naivasha); every Ugandan is to buy a pamphlet on the borders. Time: he made 'veiled threats to take it by force'.",
    },
    [S.nationFeb14, S.timeAug9],
  ),
  ev(
    'DemandTabled',
    'dem-amin-territory',
    when('1976-02-14'),
    {
      demandId: 'uganda-western-kenya',
      by: 'uganda',
      addressedTo: ['kenya'],
      text: 'The districts of western Kenya up to about 30 km from Nairobi, Uganda before the colonial redrawing of the border, are to be returned to Uganda.',
      category: 'territorial',
    },
    [S.nationFeb14],
  ),
  ev(
    'StatementMade',
    'stmt-kenya-single-inch',
    when('1976-02-16', 'approximate'),
    {
      speaker: KENYA_GOV,
      audience: 'uganda',
      tone: 'warning',
      summary: 'Two days after the claim, Kenya answers in a stern statement that it will not part with "a single inch" of its territory.',
    },
    [S.wikiCopy],
  ),
  ev(
    'IncidentReported',
    'inc-kenya-troops-feb',
    when('1976-02'),
    {
      incidentId: 'kenya-troops-1976-02',
      kind: 'force-posture',
      perpetrator: 'kenya',
      against: 'uganda',
      target: 'The Ugandan border',
      place: BORDER,
      description:
        'Kenyatta sends troops and armoured personnel carriers to defensive positions along the border with Uganda; crowds greet them at Malaba, where Amin is burnt in effigy; anti-Amin rallies across the country.',
    },
    [S.wikiCopy],
  ),
  ev(
    'StatementMade',
    'stmt-kenyatta-mombasa',
    when('1976-02'),
    {
      speaker: KENYATTA,
      audience: 'uganda',
      tone: 'threat',
      summary: "Kenyatta threatens to block Uganda's imports through the port of Mombasa; Amin backs down on the claim.",
    },
    [S.nationFeb14],
    { note: 'A threat of an economic measure (the supply route), not of force: `threat`, not `military-threat`.' },
  ),
  ev(
    'IncidentReported',
    'inc-entebbe-raid',
    when('1976-07-04'),
    {
      incidentId: 'entebbe-raid-1976-07-04',
      kind: 'clash',
      perpetrator: 'israel',
      against: 'uganda',
      target: 'Ugandan troops at Entebbe airport and the hijackers holding the hostages',
      place: 'Entebbe airport',
      description:
        "Israeli commandos raid Uganda's Entebbe airport on the night of 3–4 July and free more than 100 hostages of the hijacked Air France airliner; Ugandan MiGs are destroyed on the tarmac. The Israeli planes refuel at Nairobi on the way home.",
    },
    [S.reuterJul29, S.timeJul26],
    { note: "A third party's armed action against Uganda, not armed action between the pair." },
  ),
  ev(
    'ThirdPartyEngagement',
    'eng-kenya-refuel',
    when('1976-07-04'),
    {
      actorId: 'kenya',
      counterparts: ['israel'],
      kind: 'support',
      summary: 'Kenya lets the Israeli planes of the Entebbe raid refuel at Nairobi on their way home.',
    },
    [S.reuterJul29, S.timeJul26, S.timeAug9],
  ),
  ev(
    'StatementMade',
    'stmt-amin-retaliate',
    when('1976-07-06', 'approximate'),
    {
      speaker: AMIN,
      audience: 'kenya',
      tone: 'threat',
      summary:
        'Amin turns on Kenya for letting the Israeli planes refuel at Nairobi: Uganda "reserves the right to retaliate in whatever way possible".',
      blames: { incidentId: 'entebbe-raid-1976-07-04', on: 'kenya' },
    },
    [S.timeJul26],
  ),
  ev(
    'IncidentReported',
    'inc-kenyans-killed',
    when('1976-07-12', 'approximate'),
    {
      incidentId: 'kenyans-killed-1976-07',
      kind: 'lethal-force',
      perpetrator: 'uganda',
      allegedBy: 'kenya',
      against: 'kenya',
      target: 'Kenyans living in Uganda',
      place: 'Uganda',
      fatalities: { min: 200, max: 999 },
      civilianFatalities: { min: 200, max: 999 },
      description:
        'Hundreds of Kenyans flee Uganda with tales of extortion, beatings and killings of their countrymen by Ugandan soldiers after the raid; "several hundred Kenyans living in Uganda were reported murdered in retaliation" (Time).',
    },
    [graded(S.timeJul26, 3), graded(S.timeAug9, 3)],
  ),
  ev(
    'IncidentReported',
    'inc-kenya-blockade',
    when('1976-07-15', 'approximate'),
    {
      incidentId: 'kenya-blockade-1976-07',
      kind: 'border-closure',
      perpetrator: 'kenya',
      against: 'uganda',
      target: "Uganda's fuel and goods in transit from Mombasa",
      place: BORDER,
      description:
        'Kenyan border guards begin halting the Uganda-bound fuel trucks (upwards of 300 stopped by early August); Uganda runs out of petrol and bans private driving; Rwanda, supplied through Kenya and Uganda, has had no petrol for three weeks by 28 July. People still cross the border.',
    },
    [graded(S.timeAug9, 3), S.reuterJul29],
  ),
  ev(
    'StatementMade',
    'stmt-waiyaki-un',
    when('1976-07-15', 'approximate'),
    {
      speaker: WAIYAKI,
      audience: 'uganda',
      tone: 'accusation',
      summary:
        'In a letter to the UN, Waiyaki accuses Kampala of the "systematic and indiscriminate massacre of Kenyan citizens", some 5,000 of whom remain in Uganda.',
    },
    [S.timeJul26],
  ),
  ev(
    'IncidentReported',
    'inc-uganda-buildup',
    when('1976-07-17', 'approximate'),
    {
      incidentId: 'uganda-buildup-1976-07',
      kind: 'force-posture',
      perpetrator: 'uganda',
      allegedBy: 'kenya',
      against: 'kenya',
      target: 'The Kenyan border',
      place: BORDER,
      description:
        'The Voice of Kenya reports "a massive buildup on the Ugandan side, with instructions to strike at a moment\'s notice"; Kenya says Ugandan forces are massing on the border.',
    },
    [S.timeJul26, S.reuterJul29],
  ),
  ev(
    'StatementMade',
    'stmt-radio-uganda-invaded',
    when('1976-07-17', 'approximate'),
    {
      speaker: RADIO_UGANDA,
      audience: 'kenya',
      tone: 'accusation',
      summary:
        '"We are being invaded by Kenyans": Radio Uganda says Amin is in control and Ugandans "should be prepared to give blood". The Voice of Kenya calls it "ridiculous".',
    },
    [S.timeJul26],
  ),
  ev(
    'StatementMade',
    'stmt-amin-letter',
    when('1976-07-20'),
    {
      speaker: AMIN,
      audience: 'kenya',
      tone: 'accusation',
      summary:
        "Amin writes to Kenyatta (copied to Nyerere, the OAU, the UN Secretary-General and the non-aligned chairman) on Kenya's treatment of Uganda; Kenya releases it to the press and Kenyatta does not reply.",
    },
    [S.cableJul22],
  ),
  ev(
    'ThirdPartyEngagement',
    'eng-kenya-reassures',
    when('1976-07-21', 'approximate'),
    {
      actorId: 'kenya',
      counterparts: ['uganda'],
      kind: 'outreach',
      summary:
        "Kenyatta calls in the ambassadors of Sudan, Zambia and Rwanda to reassure them of Kenya's good intentions in its quarrel with Uganda; Kenya's officials credit the US ships and patrol aircraft in the Indian Ocean with deterring Amin.",
    },
    [S.cableJul22],
    { note: "Kenya's diplomacy around the quarrel, towards Uganda's other neighbours: no act towards Uganda itself." },
  ),
  ev(
    'StatementMade',
    'stmt-amin-never-invade',
    when('1976-07-27'),
    {
      speaker: AMIN,
      audience: 'kenya',
      tone: 'conciliatory',
      summary: 'Amin says his troops will never invade Kenya, "not one inch" of its territory.',
    },
    [S.reuterJul29, S.timeAug9],
  ),
  ev(
    'DemandTabled',
    'dem-kenya-conditions',
    when('1976-07-28'),
    {
      demandId: 'kenya-conditions',
      by: 'kenya',
      addressedTo: ['uganda'],
      text: "Drop the claims to Kenya's territory, stop the killing and abuse of Kenyans in Uganda, remove the troops from the border area, and stop holding the goods of Rwanda, Burundi, Sudan and Zaire in transit through Uganda.",
      category: 'security',
    },
    [S.reuterJul29, S.cableAug3],
  ),
  ev(
    'MediationAction',
    'med-oau-eteki',
    when('1976-07-28'),
    {
      mediator: 'oau',
      action: 'offered',
      summary:
        'Both governments accept the mediation of the OAU Secretary-General, William Eteki Mboumoua, who is expected to visit the two capitals at once.',
    },
    [S.reuterJul29],
  ),
  ev(
    'StatementMade',
    'stmt-uk-breaks',
    when('1976-07-28', 'approximate'),
    {
      speaker: UK_GOV,
      audience: 'uganda',
      tone: 'critical',
      summary:
        'Britain breaks diplomatic relations with Uganda after Amin fails to explain the apparent murder of the hostage Dora Bloch and expels two British diplomats.',
    },
    [S.timeAug9],
    { note: "A third party's act towards Uganda, not Kenya's." },
  ),
  ev(
    'StatementMade',
    'stmt-amin-desperate',
    when('1976-07-30', 'approximate'),
    {
      speaker: AMIN,
      audience: 'kenya',
      tone: 'military-threat',
      summary:
        'After "days of dark hints that he might launch an attack across his border with Kenya" (Time), Amin appeals to the UN and the OAU against the blockade, which he warns "may force Uganda to resort to desperate action".',
    },
    [S.timeAug9],
  ),
  ev(
    'StatementMade',
    'stmt-amin-power-cut',
    when('1976-07-30', 'approximate'),
    {
      speaker: UGANDA_GOV,
      audience: 'kenya',
      tone: 'warning',
      summary: 'Uganda cuts off the electric power it supplies to parts of western Kenya.',
    },
    [S.timeAug9],
    { cameo: '163', note: 'An economic measure against the other party (CAMEO 163), recorded as a statement.' },
  ),
  ev(
    'TalksRoundScheduled',
    'round-nairobi-scheduled',
    when('1976-08-03'),
    {
      roundId: 'nairobi-1976-08',
      label: 'Kenya–Uganda talks on normalising relations, Nairobi',
      venue: 'Nairobi',
      plannedFor: '1976-08-04',
    },
    [S.cableAug3],
    { note: 'The initiative came from Uganda before the OAU became involved (Waiyaki to the US ambassador, 3 August).' },
  ),
  ev(
    'TalksRoundOpened',
    'round-nairobi-open',
    when('1976-08-04'),
    {
      roundId: 'nairobi-1976-08',
      venue: 'Nairobi',
    },
    [S.cableAug3, S.cableAug9],
    { note: 'Kenya refused Uganda\'s proposal that Tanzania attend as an observer (Waiyaki, 3 August).' },
  ),
  ev(
    'TalksRoundConcluded',
    'round-nairobi-concluded',
    when('1976-08-06'),
    {
      roundId: 'nairobi-1976-08',
      outcome: 'agreement',
      summary: 'The negotiating teams agree a memorandum of understanding after three days of talks.',
    },
    [S.cableAug9],
  ),
  ev(
    'AgreementReached',
    'agr-mou',
    when('1976-08-06'),
    {
      agreementId: 'kenya-uganda-mou-1976',
      kind: 'comprehensive',
      provisions: [
        'Withdrawal of troops from the border areas',
        'Cessation of threats and hostile public statements; no hostile broadcasts in official mass media',
        'Refrain from the threat or use of force; end the state of belligerency',
        'Mutual settlement of debts; a Kenyan–Ugandan commission to certify claims',
        'Resumption of normal inter-state commerce',
        'A commission of Burundi, Rwanda, Zaire, Sudan, Ethiopia and Zambia, with the OAU Secretary-General, to supervise it',
      ],
      signatories: ['kenya', 'uganda'],
      textPublic: true,
      roundId: 'nairobi-1976-08',
      status: 'text-agreed',
    },
    [S.cableAug9],
  ),
  ev(
    'AgreementStatusChanged',
    'agr-mou-signed',
    when('1976-08-07', 'approximate'),
    {
      agreementId: 'kenya-uganda-mou-1976',
      status: 'signed',
      reason: 'Presidents Kenyatta and Amin sign the memorandum of understanding.',
    },
    [S.cableAug9],
  ),
  ev(
    'IncidentReported',
    'inc-kenya-blockade-lifted',
    when('1976-08-09', 'approximate'),
    {
      incidentId: 'kenya-blockade-lifted-1976-08',
      kind: 'border-reopening',
      perpetrator: 'kenya',
      against: 'uganda',
      place: BORDER,
      description:
        "Under the memorandum's provision for the resumption of normal inter-state commerce, Uganda's goods move through Kenya again; by November the port authorities say they have been honouring it and hold no Uganda-bound goods.",
    },
    [graded(S.cableAug9, 3), graded(S.cableNov24, 3)],
  ),
  ev(
    'TalksRoundOpened',
    'round-committee-open',
    when('1976-09-20'),
    {
      roundId: 'joint-committee-1976-09',
      label: 'Kenya–Uganda joint committee on claims, first meeting, Nairobi',
      venue: 'Nairobi',
    },
    [S.cableSep24],
  ),
  ev(
    'TalksRoundConcluded',
    'round-committee-concluded',
    when('1976-09-22'),
    {
      roundId: 'joint-committee-1976-09',
      outcome: 'progress',
      summary:
        'Joint communiqué: both sides satisfied with the progress in carrying out the memorandum; compensation for loss of life and property to be paid as it provides.',
    },
    [S.cableSep24],
  ),
  ev(
    'StatementMade',
    'stmt-uganda-no-claim',
    when('1976-09-22'),
    {
      speaker: UGANDA_GOV,
      audience: 'kenya',
      tone: 'conciliatory',
      summary: 'Uganda reaffirms in the joint communiqué that it has no claim over any part of Kenyan territory.',
    },
    [S.cableSep24],
  ),
  ev(
    'DemandWithdrawn',
    'dem-amin-territory-withdrawn',
    when('1976-09-22'),
    { demandId: 'uganda-western-kenya', reason: 'Uganda reaffirms it has no claim over any part of Kenyan territory.' },
    [S.cableSep24],
  ),
  ev(
    'StatementMade',
    'stmt-amin-trucks',
    when('1976-11-22', 'approximate'),
    {
      speaker: AMIN,
      audience: 'kenya',
      tone: 'accusation',
      summary:
        'Radio Kampala quotes Amin: 112 British-made Bedford troop-carrier trucks for Uganda have been lying in Mombasa since April; they are for carrying goods, not for aggression.',
    },
    [S.cableNov24],
  ),
  ev(
    'StatementMade',
    'stmt-gituma-denial',
    when('1976-11-23'),
    {
      speaker: GITUMA,
      audience: 'uganda',
      tone: 'neutral',
      summary:
        'The harbours corporation denies that any goods bound for Uganda are held in Mombasa; the port has honoured the August memorandum.',
    },
    [S.cableNov24],
  ),
  ev(
    'ThirdPartyEngagement',
    'eng-oau-commission',
    when('1976-11-23'),
    {
      actorId: 'oau',
      counterparts: ['kenya', 'uganda'],
      kind: 'meeting',
      summary:
        'The six-nation OAU commission that supervises the Kenya–Uganda memorandum of understanding holds its first meeting in Addis Ababa.',
    },
    [S.cableNov24],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'uganda-kenya-1976.jsonl',
  logEnd: '2026-12-07T06:00:00Z',
  events,
};

export default definition;
