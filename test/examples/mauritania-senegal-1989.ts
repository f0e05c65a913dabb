/**
 * A test fixture, not a shipped example: Mauritania and Senegal from the
 * shooting at Diawara on the Senegal River (9 April 1989) to the reopening of
 * their border (2 May 1992) and the calm after, as an analyst following the
 * news could have recorded them — the Mauritanian border guards' fire on
 * Senegalese villagers (two killed, thirteen taken hostage), Senegal's
 * minister's "trop c'est trop", the pogroms of late April in Nouakchott and
 * Nouadhibou and the killings of Mauritanians in Dakar, the troops reinforced
 * along the river, the repatriation agreed between Diouf and Taya and the
 * airlift flown by France, Morocco, Spain and Algeria, Mauritania's expulsion
 * of tens of thousands of black Mauritanians and Senegalese into Senegal,
 * Senegal's warning and Mauritania's talk of war, the Bamako meetings under
 * Mali's mediation, the OAU committee and Mubarak's visits, the expulsion of
 * Senegal's ambassador and the break of relations (21 August 1989) with the
 * border closed, the fighting at Kanel at the end of December 1989, the
 * Cairo meeting of February 1990, Nouakchott's charge that Senegal backed a
 * coup attempt, the agreement of 18 July 1991, the restoration of relations
 * (23 April 1992) and the reopening of the border. Escalation model v2 was
 * never tuned on it: it is the case the model is held to in
 * mauritania-senegal-1989.spec.ts, against the calls an analyst makes from
 * DOMAIN.md §5b alone.
 *
 * The parties are Mauritania and Senegal. Mediators: the OAU (its chairman in
 * 1989–90 was Egypt's President Mubarak, recorded as a person speaking for the
 * OAU, not as Egypt) and Mali (President Moussa Traoré's conciliation
 * meetings in Bamako). Third parties: France and Morocco (the airlift of
 * April–May 1989) and the European Community (its support for the OAU
 * mediation). Guinea-Bissau and the UNHCR are not registered: no source read
 * gives either an act in this case (see the judgement calls).
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source.
 *
 * Grading as in examples/README.md: A = the document itself (the European
 * Community's communiqué in the French foreign ministry's bulletin); B = an
 * established outlet, wire copy or its archive copy (AP, the Los Angeles
 * Times, The Press/NZPA-Reuter, the Christian Science Monitor, TIME, La
 * Stampa/ANSA, taz/dpa, Le Soleil, Human Rights Watch's world reports); C = an
 * encyclopedia page or its copy, a chronicle or a retrospective in the
 * regional press (Wikipedia mirrors, Universalis, OnWar, SeneNews, Seneweb,
 * Ndarinfo, Dakaractu, WikiSenegal, El Janoub); D = a partisan site (FLAM's);
 * 1 = confirmed by both sides; 2 = several sources agree or one established
 * source reports it; 3 = one side's claim, or a count or date the sources
 * disagree on.
 *
 * Dates of sources: contemporary reports by their own date; pages that carry
 * no date of their own (encyclopedia pages and their copies, chronicles,
 * anniversary pieces whose day is not shown) are given the day after the
 * development they are cited for, a lower bound, as the other historical
 * cases do. La Stampa's page is dated 7 January 1990 from its archive id (the
 * seventh issue of 1990).
 *
 * Judgement calls, recorded as an analyst would:
 * - Diawara, 9 April 1989: Mauritanian border guards fired on Senegalese
 *   Soninke farmers on the island of Doundé Khoré, off the Senegalese village
 *   of Diawara, killing two, wounding three and taking thirteen hostage to
 *   Sélibaby (Le Soleil). Recorded as `lethal-force` by Mauritania against
 *   Senegal: border guards firing on the other's nationals, not fire between
 *   the two forces, nor on the other's territory by any source's account.
 * - The riots and killings of late April 1989 were the work of mobs in both
 *   capitals (and Nouadhibou), not of either party's forces: Senegal's army
 *   protected the Mauritanians gathered at the Dakar fairground, Mauritania
 *   imposed a curfew. They are recorded as two `casualty-report`s with no
 *   perpetrator (Dakar: 38 by the Reuter count of 30 April to 100 by FLAM's;
 *   Nouakchott and Nouadhibou: 150–200 by FLAM's count, "more than 200" by the
 *   Monitor's), so that no party is read as having killed them. The
 *   governments' own acts are what the pair did: Diouf's condemnation of the
 *   treatment of Senegalese in Mauritania, Senegal's warning that it reserves
 *   the right to retaliate if Mauritanian security forces took part, the
 *   expulsions and the talk of war.
 * - Senegal's warning is dated Friday 28 April 1989: TIME's "on Friday" is
 *   the day the Los Angeles Times dates the Dakar killings.
 * - The expulsions: Mauritania stripped black Mauritanians (and Senegalese
 *   residents) of their papers and sent them across the river into Senegal
 *   from 29 April to 8 May 1989 (FLAM's dates; 40,000–50,000 by Human Rights
 *   Watch's count). Recorded, as the Venezuela – Colombia 2015 case records
 *   deportations, as `non-lethal-force` by Mauritania against Senegal with
 *   CAMEO 174 (expel or deport), dated to the first day. The repatriation of
 *   each other's nationals, agreed by telephone between Diouf and Taya (28
 *   April), is an agreement, and the airlift that carried it out the third
 *   parties' support.
 * - The expulsions went on after 8 May as a steady stream (the Christian
 *   Science Monitor of 27 June: 15,000 on the Senegalese bank by the UNHCR's
 *   tally), recorded once more on that day; no dated source of July or August
 *   1989 was found.
 * - Mauritania's interior minister said his country "is prepared for war ...
 *   if Senegal starts it" "the other day" before 3 June 1989 (LA Times),
 *   dated approximately to 31 May and recorded as a military threat (a threat
 *   of war, if conditional); the recall of Mauritania's ambassador "last week"
 *   is dated approximately to 26 May.
 * - The border: no source read gives the day it was closed. The sources say
 *   the land border stayed shut from the crisis until 2 May 1992 (Ndarinfo),
 *   the April 1992 communiqué leaving it "to be opened at a later date" (Le
 *   Soleil), and that the break of 21 August 1989 cut "all diplomatic,
 *   political and commercial relations" (El Janoub). It is recorded closed by
 *   each party against the other on 21 August 1989, `approximate`, one
 *   occurrence, graded 3; and reopened by each on 2 May 1992, one occurrence.
 * - The break of relations: Mauritania expelled Senegal's ambassador on 20
 *   August and Senegal broke relations the next day, giving Mauritania's
 *   diplomats 24 hours (dpa); Universalis gives the 21st, the AP the 22nd. Both
 *   are statements with CAMEO 161, as in the other cases.
 * - The armed action: the brief's "artillery exchanges of January 1990" were
 *   not found in any source read. What was found is Dakar's account (ANSA, in
 *   La Stampa) of two Senegalese soldiers killed by Mauritanian grenade fire
 *   near Kanel on 27 December 1989 (Nouakchott: killed "by mistake while
 *   handling sophisticated weapons") and of fighting between the two armies
 *   at Kanel from 28 to 31 December (two Senegalese soldiers and a civilian
 *   killed, and "more than ten" Mauritanian soldiers by Dakar's claim, recorded
 *   as 3–14). The fighting is recorded at its start (28 December, with the
 *   toll) and its end (31 December, without one), both `approximate`, and
 *   with Mauritania as perpetrator only to give them a direction, as the
 *   Thailand – Laos 1987 case does. One place, written one way: "Kanel,
 *   Matam department (Senegal)". Not tens killed, and one place: not heavy.
 * - The talks: the Bamako meetings of 17 May and 3 June 1989 under Mali's
 *   mediation did not end the crisis (SeneNews; Dakaractu: "not conclusive"):
 *   concluded without progress. The Cairo meeting of 14 February 1990
 *   between Mubarak and the two foreign ministers is known from the European
 *   Community's communiqué of 20 April, which calls on the parties "once
 *   again" to negotiate; OnWar says the OAU's mediation failed in 1990:
 *   concluded without progress, graded 3. No dated talks of 1991 were found.
 * - The agreement of 18 July 1991: Wikipedia (a mirror) and OnWar say a
 *   treaty was signed on that day on Senegalese President Diouf's initiative,
 *   by which the two agreed to reopen the border and end the skirmishes. The
 *   brief's account (brokered by Guinea-Bissau's President Vieira and signed
 *   in Guinea-Bissau) was not found in any source read: the agreement is
 *   recorded without venue or mediator, `signed`. Relations were restored on
 *   23 April 1992 by the joint communiqué signed in Dakar by the two foreign
 *   ministers, Mohamed Abderrahmane Ould Meine and Djibo Kâ, after a two-day
 *   visit (Le Soleil), recorded as a round concluded with an agreement, in
 *   force.
 * - Nouakchott's charge that Senegal backed the coup attempt it announced in
 *   late 1990 is dated by month (November 1990): Human Rights Watch gives the
 *   arrests from November 1990 and the charge without a day.
 * - The calm after: no incident between the two was found between the
 *   reopening and the end of 1992 (Human Rights Watch's report on 1992 speaks
 *   of abuses inside Mauritania, not between the two states). Nothing is
 *   recorded for it; the 2007 return of the refugees under the UNHCR is
 *   outside the case.
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, retrospectiveClock, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'mauritania-senegal-1989';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 1989);
/** Recorded retrospectively on 6 December 2026, one minute apart, in log order. */
const when = retrospectiveClock('2026-12-06T16:00:00Z');

const MAURITANIA: Actor = {
  id: 'mauritania',
  name: 'Mauritania',
  kind: 'state',
  aliases: ['Nouakchott', 'Islamic Republic of Mauritania'],
};
const SENEGAL: Actor = { id: 'senegal', name: 'Senegal', kind: 'state', aliases: ['Dakar', 'Republic of Senegal'] };
const OAU: Actor = {
  id: 'oau',
  name: 'Organisation of African Unity',
  kind: 'international-organisation',
  aliases: ['OAU', 'OUA'],
};
const MALI: Actor = { id: 'mali', name: 'Mali', kind: 'state', aliases: ['Bamako'] };
const FRANCE: Actor = { id: 'france', name: 'France', kind: 'state', aliases: ['Paris'] };
const MOROCCO: Actor = { id: 'morocco', name: 'Morocco', kind: 'state', aliases: ['Rabat'] };
const EC: Actor = {
  id: 'european-community',
  name: 'European Community (the Twelve)',
  kind: 'international-organisation',
  aliases: ['EEC', 'CEE', 'the Twelve'],
};

const DIOUF: Person = { name: 'Abdou Diouf', title: 'President of Senegal', actorId: 'senegal' };
const SONKO: Person = { name: 'André Sonko', title: 'Interior Minister of Senegal', actorId: 'senegal' };
const SENEGAL_GOV: Person = { name: 'Government of Senegal', actorId: 'senegal' };
const MAURITANIA_GOV: Person = { name: 'Government of Mauritania', actorId: 'mauritania' };
const ABDELLAHI: Person = {
  name: 'Djibril Ould Abdellahi',
  title: 'Interior Minister of Mauritania',
  actorId: 'mauritania',
};
const MUBARAK: Person = {
  name: 'Hosni Mubarak',
  title: 'President of Egypt, chairman of the OAU',
  actorId: 'oau',
};

const S = {
  soleil2016: source(
    'Aux frontières du bon voisinage…',
    'Le Soleil (Dakar)',
    'http://www.lesoleil.sn/component/k2/item/54929-aux-frontieres-du-bon-voisinage.html',
    '2016-09-07',
    'B',
    2,
  ),
  seneweb: source(
    'Éphémérides : 23 avril 1992, reprise des relations diplomatiques entre le Sénégal et la Mauritanie',
    'Seneweb',
    'https://www.seneweb.com/news/Diplomatie/ephemerides-23-avril-1992-reprise-des-re_n_153405.html',
    '1992-04-24',
    'C',
    2,
  ),
  lat0426: source(
    'The World - News from April 26, 1989',
    'Los Angeles Times (archive copy)',
    'https://stats.nohib.com/archives/la-xpm-1989-04-26-mn-1741-story.html',
    '1989-04-26',
    'B',
    2,
  ),
  lat0429: source(
    'Enraged Senegalese Kill 20 Mauritanians in Dakar',
    'Los Angeles Times (archive copy)',
    'http://161.35.110.226/archives/la-xpm-1989-04-29-mn-1674-story.html',
    '1989-04-29',
    'B',
    2,
  ),
  press0501: source(
    'Day of rage and looting in Dakar',
    'The Press (Christchurch), NZPA-Reuter',
    'https://paperspast.natlib.govt.nz/newspapers/CHP19890501.2.62.5',
    '1989-05-01',
    'B',
    2,
  ),
  csm0503: source(
    'Economic Tensions Fuel Flare-up. Senegal-Mauritania Clashes',
    'Christian Science Monitor',
    'https://www.csmonitor.com/1989/0503/oloot.html',
    '1989-05-03',
    'B',
    2,
  ),
  time0508: source(
    'World Notes: Mauritania',
    'TIME (archive copy)',
    'http://softbeam.net/txt/time/Time1989/1989-05-08/957632.html',
    '1989-05-08',
    'B',
    2,
  ),
  flam: source(
    'Trait d’union et lieu de confrontation : le fleuve Sénégal',
    'FLAM (Forces de libération africaines de Mauritanie)',
    'https://flam-mauritanie.org/trait-dunion-et-lieu-de-confrontation-le-fleuve-senegal/',
    '1989-05-09',
    'D',
    3,
  ),
  hrw1989: source(
    'Human Rights Watch World Report 1989 – Mauritania',
    'Human Rights Watch (Refworld)',
    'http://www.refworld.org/category,COI,HRW,,MRT,467bb4931e,0.html',
    '1990-01-01',
    'B',
    2,
  ),
  senenews: source(
    'Aujourd’hui, 21 août 1989 : Le Sénégal rompt ses relations diplomatiques avec la Mauritanie',
    'SeneNews',
    'https://senenews.com/actualites/aujourdhui-21-aout-1989-le-senegal-rompt-ses-relations-diplomatiques-avec-la-mauritanie_283204.html',
    '1989-08-22',
    'C',
    2,
  ),
  dakaractu: source(
    '33 ans après la crise diplomatique sénégalo-mauritanienne de 1989 : l’exploitation des ressources naturelles, gaz de paix',
    'Dakaractu',
    'https://www.dakaractu.com/33-ans-apres-la-crise-diplomatique-Senegalo-Mauritanienne-de-1989-L-exploitation-des-ressources-naturelles-gaz-de-paix_a217211.html',
    '1989-06-04',
    'C',
    2,
  ),
  csm0627: source(
    'Aid Officials, Refugees Say Mauritania is Expelling Citizens',
    'Christian Science Monitor',
    'https://www.csmonitor.com/1989/0627/omaur.html',
    '1989-06-27',
    'B',
    2,
  ),
  lat0603: source(
    'In Senegal and Mauritania, Ethnic Conflict Rages Amid Talk of War',
    'Los Angeles Times',
    'https://latimes.com/archives/la-xpm-1989-06-03-mn-831-story.html',
    '1989-06-03',
    'B',
    2,
  ),
  ap0908: source(
    'Mubarak Ends Diplomatic Visit to Senegal, Mauritania',
    'Associated Press',
    'https://www.apnews.com/3ad11456ef665a34196c78acd6811fbb',
    '1989-09-08',
    'B',
    2,
  ),
  taz: source(
    'Senegal bricht mit Mauretanien',
    'taz (dpa)',
    'https://taz.de/Senegal-bricht-mit-Mauretanien/!1801039',
    '1989-08-22',
    'B',
    2,
  ),
  universalis: source(
    '19-21 août 1989. Sénégal - Gambie - Mauritanie. Désaccords du Sénégal avec ses voisins',
    'Encyclopædia Universalis',
    'https://universalis.fr/evenement/19-21-aout-1989-senegal-gambie-mauritanie-desaccords-du-senegal-avec-ses-voisins',
    '1989-08-24',
    'C',
    2,
  ),
  eljanoub: source(
    '23 أبريل 1992: فتح الحدود البرية بين موريتانيا والسنغال',
    'El Janoub',
    'https://eljanoub.com/node/6358',
    '1989-08-22',
    'C',
    3,
  ),
  ndarinfo: source(
    'ÉVÉNEMENT 89 : 30 ans après le conflit sénégalo-mauritanien, « Gaz de paix »',
    'Ndarinfo',
    'https://www.ndarinfo.com/EVENEMENT-89-30-ans-apres-le-conflit-senegalo-mauritanien-Gaz-de-paix-_a25235.html',
    '2019-04-21',
    'C',
    2,
  ),
  stampa0107: source(
    'Riesplode in Senegal la guerra dei pascoli',
    'La Stampa (ANSA)',
    'http://www.archiviolastampa.it/component/option,com_lastampa/task,search/Itemid,3/action,detail/id,0891_01_1990_0007_0003_24933464/',
    '1990-01-07',
    'B',
    3,
  ),
  ec0420: source(
    'Communiqué des pays de la CEE, en date du 20 avril 1990, sur le règlement du différend entre le Sénégal et la Mauritanie',
    'Vie publique (Bulletin d’information du ministère des affaires étrangères)',
    'https://www.vie-publique.fr/discours/128202-communique-des-pays-de-la-cee-en-date-du-20-avril-1990-sur-le-reglemen',
    '1990-04-20',
    'A',
    2,
  ),
  onwar: source(
    'Senegalese-Mauritanian Border War 1989–1991',
    'OnWar.com',
    'https://onwar.com/data/senegalmauritania1989.html',
    '1991-07-19',
    'C',
    2,
  ),
  wp: source(
    'Mauritania–Senegal Border War',
    'Wikipedia (mirror)',
    'http://the-uncensored-wiki.com:20061/m/a/u/Mauritania-Senegal_Border_War_d705.html',
    '1991-07-19',
    'C',
    2,
  ),
  hrw1991: source(
    'Human Rights Watch World Report 1992 – Mauritania (events of 1991)',
    'Human Rights Watch',
    'https://www.hrw.org/reports/1992/WR92/AFW-05.htm',
    '1992-01-01',
    'B',
    2,
  ),
};

const P = {
  diawara: 'Doundé Khoré island, off Diawara (Senegal River)',
  kanel: 'Kanel, Matam department (Senegal)',
  river: 'Senegal River border',
};
const R = {
  bamako1: 'bamako-1989-05-17',
  bamako2: 'bamako-1989-06-03',
  cairo: 'cairo-1990-02-14',
  dakar: 'dakar-1992-04',
};
const A = { repatriation: 'repatriation-1989-04-28', accord: 'accord-1991-07-18', relations: 'relations-1992-04-23' };

const events = [
  // ===== April 1989: Diawara, the riots, the repatriation =====
  ev(
    'NegotiationOpened',
    'opened',
    when('1989-04-09'),
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Mauritania – Senegal, the border crisis, 1989–92',
      subject:
        'From the shooting at Diawara on the Senegal River and the riots and killings in both capitals (April 1989), through the repatriations, Mauritania’s expulsions of black Mauritanians, the break of relations and the closed border, the fighting on the river and the mediation of Mali and the OAU, to the agreement of July 1991, the restoration of relations and the reopening of the border (April–May 1992)',
      parties: [MAURITANIA, SENEGAL],
      mediators: [OAU, MALI],
    },
    [S.soleil2016],
  ),
  ev(
    'IncidentReported',
    'inc-diawara',
    when('1989-04-09'),
    {
      incidentId: 'diawara-1989-04-09',
      kind: 'lethal-force',
      perpetrator: 'mauritania',
      allegedBy: 'senegal',
      against: 'senegal',
      target: 'Senegalese Soninke farmers of Diawara',
      place: P.diawara,
      fatalities: { min: 2, max: 2 },
      injured: { min: 3, max: 3 },
      description:
        'In a dispute between Mauritanian Fulani herders and Senegalese Soninke farmers, Mauritanian border guards open fire on the people of Diawara: two Senegalese killed, three wounded and thirteen taken hostage to Sélibaby (later freed).',
    },
    [S.soleil2016, S.csm0503],
  ),
  ev(
    'StatementMade',
    'stmt-sonko',
    when('1989-04-17'),
    {
      speaker: SONKO,
      audience: 'mauritania',
      tone: 'accusation',
      summary:
        'Senegal’s interior minister says in Le Soleil that "enough is enough" over the Diawara shooting; a parliamentary commission of inquiry is set up, to Nouakchott’s displeasure.',
      quote: 'Trop c’est trop',
    },
    [S.seneweb],
  ),
  ev(
    'IncidentReported',
    'inc-troops-mauritania',
    when('1989-04-25', 'approximate'),
    {
      incidentId: 'troops-reinforced-mauritania-1989-04',
      kind: 'force-posture',
      perpetrator: 'mauritania',
      against: 'senegal',
      place: P.river,
      description:
        'As gangs in Nouakchott sack Senegalese shops (a dusk-to-dawn curfew is imposed) and the army is called out in Dakar, Mauritania reinforces its troops along the Senegal River border.',
    },
    [S.lat0426],
    { occurrence: 'troops-reinforced-1989-04' },
  ),
  ev(
    'IncidentReported',
    'inc-troops-senegal',
    when('1989-04-25', 'approximate'),
    {
      incidentId: 'troops-reinforced-senegal-1989-04',
      kind: 'force-posture',
      perpetrator: 'senegal',
      against: 'mauritania',
      place: P.river,
      description: 'Senegal reinforces its troops along the Senegal River border.',
    },
    [S.lat0426],
    { occurrence: 'troops-reinforced-1989-04' },
  ),
  ev(
    'IncidentReported',
    'inc-toll-nouakchott',
    when('1989-04-28', 'approximate'),
    {
      incidentId: 'toll-nouakchott-1989-04',
      kind: 'casualty-report',
      target: 'Senegalese and black Africans living in Mauritania',
      place: 'Nouakchott and Nouadhibou (Mauritania)',
      period: { from: '1989-04-24', to: '1989-04-28' },
      fatalities: { min: 150, max: 200 },
      description:
        'Mobs in Nouakchott and other Mauritanian towns attack the Senegalese living there: 150–200 killed in Nouakchott by FLAM’s count ("more than 200 dead and hundreds wounded" in Mauritania, the Christian Science Monitor); bodies of the victims are flown home mutilated. The killers are mobs; Senegal says Mauritanian security forces may have been involved.',
    },
    [S.flam, graded(S.csm0503, 3)],
  ),
  ev(
    'IncidentReported',
    'inc-toll-dakar',
    when('1989-04-30', 'approximate'),
    {
      incidentId: 'toll-dakar-1989-04',
      kind: 'casualty-report',
      target: 'Mauritanians (Moors) living in Senegal',
      place: 'Dakar and other Senegalese towns',
      period: { from: '1989-04-21', to: '1989-04-30' },
      fatalities: { min: 38, max: 100 },
      description:
        'Senegalese mobs loot and burn Mauritanian shops and kill Mauritanians in Dakar, at least 20 on 28 April alone after survivors of the Nouakchott violence are flown home: 38 dead by the Reuter count of 30 April, 60 by the official figure (Seneweb), 50–100 by FLAM’s. Senegal declares a state of emergency and a curfew in Dakar; its army protects the Mauritanians gathered at the fairground.',
    },
    [S.press0501, S.lat0429, graded(S.flam, 3)],
  ),
  ev(
    'AgreementReached',
    'agr-repatriation',
    when('1989-04-28'),
    {
      agreementId: A.repatriation,
      kind: 'partial',
      provisions: ['Each country repatriates the other’s nationals, early, as a precaution against further bloodshed'],
      signatories: ['mauritania', 'senegal'],
      textPublic: false,
    },
    [S.press0501, S.hrw1989],
    { note: 'Agreed by Diouf and Taya in a telephone conversation on Friday 28 April (Diouf’s broadcast address).' },
  ),
  ev(
    'StatementMade',
    'stmt-senegal-warning',
    when('1989-04-28'),
    {
      speaker: SENEGAL_GOV,
      audience: 'mauritania',
      tone: 'threat',
      summary:
        'As returning Senegalese tell of atrocities in Nouakchott, the Senegalese government warns that if Mauritanian security forces are proved to have been involved in the killings, Senegal reserves the right to retaliate.',
    },
    [S.time0508],
  ),
  ev('ActorRegistered', 'actor-france', when('1989-04-29'), { actor: FRANCE, role: 'third-party' }, [S.press0501], {
    note: 'One of the countries flying refugees between Senegal and Mauritania.',
  }),
  ev('ActorRegistered', 'actor-morocco', when('1989-04-29'), { actor: MOROCCO, role: 'third-party' }, [S.press0501], {
    note: 'One of the countries flying refugees between Senegal and Mauritania.',
  }),
  ev(
    'ThirdPartyEngagement',
    'eng-france-airlift',
    when('1989-04-29', 'approximate'),
    {
      actorId: 'france',
      counterparts: ['senegal', 'mauritania'],
      kind: 'support',
      summary:
        'France, with Spain, sends aircraft to shuttle refugees between Senegal and Mauritania: the airlift that carries some 170,000 Mauritanians home and 70,000 Senegalese back (SeneNews).',
    },
    [S.press0501, graded(S.senenews, 3)],
  ),
  ev(
    'ThirdPartyEngagement',
    'eng-morocco-airlift',
    when('1989-04-29', 'approximate'),
    {
      actorId: 'morocco',
      counterparts: ['senegal', 'mauritania'],
      kind: 'support',
      summary: 'Morocco, with Algeria, flies refugees between the two countries in the airlift.',
    },
    [S.press0501, graded(S.senenews, 3)],
  ),
  ev(
    'IncidentReported',
    'inc-expulsions',
    when('1989-04-29', 'approximate'),
    {
      incidentId: 'expulsions-1989-04-29',
      kind: 'non-lethal-force',
      perpetrator: 'mauritania',
      against: 'senegal',
      target: 'Black Mauritanians (Peul, Wolof, Soninke, Bambara) and Senegalese living in Mauritania',
      place: P.river,
      description:
        'Mauritania strips black Mauritanians of their identity papers and expels them across the river into Senegal, with the Senegalese living in Mauritania, from 29 April to 8 May (FLAM: 25,000–45,000; Human Rights Watch: 40,000–50,000 black Mauritanians since April, most of them in camps in northern Senegal).',
    },
    [S.hrw1989, S.flam],
    { cameo: '174', note: 'Expel or deport (CAMEO 174); not armed action, coercion.' },
  ),
  ev(
    'StatementMade',
    'stmt-diouf-condemns',
    when('1989-04-29', 'approximate'),
    {
      speaker: DIOUF,
      audience: 'mauritania',
      tone: 'accusation',
      summary:
        'In a broadcast address Diouf strongly condemns "the inhuman and degrading treatment" inflicted on Senegalese in Mauritania, but appeals for an end to revenge, which would put at risk the Senegalese still in Mauritania.',
      quote: 'the inhuman and degrading treatment',
    },
    [S.press0501],
  ),
  // ===== May – June 1989: Bamako, the recall, the talk of war =====
  ev(
    'TalksRoundOpened',
    'round-bamako1-opened',
    when('1989-05-17'),
    {
      roundId: R.bamako1,
      label: 'Conciliation meeting in Bamako (Mali)',
      venue: 'Bamako',
      hosts: ['mali'],
      format: 'formal',
    },
    [graded(S.senenews, 3), S.dakaractu],
  ),
  ev(
    'TalksRoundConcluded',
    'round-bamako1-concluded',
    when('1989-05-17'),
    {
      roundId: R.bamako1,
      outcome: 'no-progress',
      summary: 'President Moussa Traoré’s mediation: the crisis goes on; the mediation is not conclusive.',
    },
    [graded(S.senenews, 3), S.dakaractu],
  ),
  ev(
    'StatementMade',
    'stmt-mauritania-recall',
    when('1989-05-26', 'approximate'),
    {
      speaker: MAURITANIA_GOV,
      audience: 'senegal',
      tone: 'critical',
      summary: 'Mauritania recalls its ambassador from Dakar; a few junior diplomats stay.',
    },
    [S.lat0603],
    { cameo: '161', note: 'Recall of the ambassador (CAMEO 161, reduce diplomatic relations).' },
  ),
  ev(
    'StatementMade',
    'stmt-abdellahi-war',
    when('1989-05-31', 'approximate'),
    {
      speaker: ABDELLAHI,
      audience: 'senegal',
      tone: 'military-threat',
      summary:
        'With the two armies poised on opposite banks of the Senegal River, Mauritania’s interior minister warns that Mauritania is prepared for war if Senegal starts it.',
      quote: 'Mauritania is prepared for war … if Senegal starts it',
    },
    [S.lat0603],
  ),
  ev(
    'StatementMade',
    'stmt-diouf-no-war',
    when('1989-06-01', 'approximate'),
    {
      speaker: DIOUF,
      audience: 'press',
      tone: 'conciliatory',
      summary: 'The next day Diouf tells a press conference in Dakar that Senegal does not want war.',
      quote: 'There are problems, serious problems, but we do not want war, and I don’t think they do, either.',
    },
    [S.lat0603],
  ),
  ev(
    'TalksRoundOpened',
    'round-bamako2-opened',
    when('1989-06-03'),
    {
      roundId: R.bamako2,
      label: 'Second conciliation meeting in Bamako (Mali)',
      venue: 'Bamako',
      hosts: ['mali'],
      format: 'formal',
    },
    [graded(S.senenews, 3)],
  ),
  ev(
    'TalksRoundConcluded',
    'round-bamako2-concluded',
    when('1989-06-03'),
    { roundId: R.bamako2, outcome: 'no-progress', summary: 'The crisis goes on, with new political stakes.' },
    [graded(S.senenews, 3)],
  ),
  ev(
    'IncidentReported',
    'inc-expulsions-june',
    when('1989-06-27', 'approximate'),
    {
      incidentId: 'expulsions-1989-06-27',
      kind: 'non-lethal-force',
      perpetrator: 'mauritania',
      allegedBy: 'senegal',
      against: 'senegal',
      target: 'Black Mauritanian citizens',
      place: P.river,
      description:
        'A steady stream of black Mauritanians, forced out, goes on crossing the river into Senegal: some 15,000 on the Senegalese bank by the UNHCR’s tally. "This anarchy of expulsions must stop," says the administrator of Ndioum; Mauritania’s chargé d’affaires in Dakar denies any forced expulsion.',
    },
    [S.csm0627],
    {
      cameo: '174',
      note: 'Expel or deport (CAMEO 174), as reported on 27 June: the flow since early May, not a new wave.',
    },
  ),
  ev(
    'MediationAction',
    'med-oau-committee',
    when('1989-07', 'month'),
    {
      mediator: 'oau',
      action: 'offered',
      summary:
        'The OAU forms a committee of the foreign ministers of Egypt, Niger, Nigeria, Togo, Tunisia and Zimbabwe to study the conflict.',
    },
    [S.ap0908],
  ),
  // ===== August – September 1989: the break, the closed border, Mubarak =====
  ev(
    'StatementMade',
    'stmt-mauritania-expels-ambassador',
    when('1989-08-20'),
    {
      speaker: MAURITANIA_GOV,
      audience: 'senegal',
      tone: 'critical',
      summary: 'Mauritania expels the Senegalese ambassador in Nouakchott.',
    },
    [S.taz],
    { cameo: '161', note: 'The ambassador expelled (CAMEO 161, reduce diplomatic relations).' },
  ),
  ev(
    'StatementMade',
    'stmt-senegal-breaks',
    when('1989-08-21'),
    {
      speaker: SENEGAL_GOV,
      audience: 'mauritania',
      tone: 'critical',
      summary:
        'Senegal breaks diplomatic relations with Mauritania and gives the Mauritanian diplomats in Dakar 24 hours to leave, in answer to the expulsion of its ambassador.',
    },
    [S.taz, S.universalis],
    { cameo: '161', note: 'Breaking off diplomatic relations (CAMEO 161).' },
  ),
  ev(
    'IncidentReported',
    'inc-border-closed-mauritania',
    when('1989-08-21', 'approximate'),
    {
      incidentId: 'border-closed-mauritania-1989-08',
      kind: 'border-closure',
      perpetrator: 'mauritania',
      against: 'senegal',
      place: P.river,
      description:
        'With the break, Mauritania keeps the land border with Senegal shut: diplomatic, political and commercial relations are cut; the border stays closed until 2 May 1992.',
    },
    [graded(S.eljanoub, 3), graded(S.wp, 3)],
    { occurrence: 'border-closed-1989-08-21' },
  ),
  ev(
    'IncidentReported',
    'inc-border-closed-senegal',
    when('1989-08-21', 'approximate'),
    {
      incidentId: 'border-closed-senegal-1989-08',
      kind: 'border-closure',
      perpetrator: 'senegal',
      against: 'mauritania',
      place: P.river,
      description: 'Senegal, likewise, keeps its side of the land border shut to Mauritania.',
    },
    [graded(S.eljanoub, 3), graded(S.wp, 3)],
    { occurrence: 'border-closed-1989-08-21' },
  ),
  ev(
    'MediationAction',
    'med-mubarak-visit',
    when('1989-09-06'),
    {
      mediator: 'oau',
      action: 'visited',
      summary:
        'Mubarak, as OAU chairman, flies to Nouakchott for talks with Col. Taya and on to Dakar for an overnight visit with Diouf (6–7 September).',
    },
    [S.ap0908],
  ),
  ev(
    'StatementMade',
    'stmt-mubarak',
    when('1989-09-07'),
    {
      speaker: MUBARAK,
      audience: 'press',
      tone: 'neutral',
      summary:
        'Leaving Dakar, Mubarak promises further efforts: a panel of OAU ministers will meet on 5 October at the United Nations to study the problems behind the conflict.',
      quote: 'There are points that need to be discussed',
    },
    [S.ap0908],
  ),
  // ===== December 1989: Kanel =====
  ev(
    'IncidentReported',
    'inc-kanel-grenades',
    when('1989-12-27', 'approximate'),
    {
      incidentId: 'kanel-grenades-1989-12-27',
      kind: 'clash',
      perpetrator: 'mauritania',
      allegedBy: 'senegal',
      against: 'senegal',
      target: 'Senegalese soldiers',
      place: P.kanel,
      fatalities: { min: 2, max: 2 },
      description:
        'Mauritanian soldiers kill two Senegalese soldiers with grenade launchers (Dakar’s sources); Nouakchott says the two were killed "by mistake while handling sophisticated weapons".',
    },
    [S.stampa0107],
  ),
  ev(
    'IncidentReported',
    'inc-kanel-fighting',
    when('1989-12-28', 'approximate'),
    {
      incidentId: 'kanel-fighting-1989-12-28',
      kind: 'clash',
      perpetrator: 'mauritania',
      allegedBy: 'senegal',
      against: 'senegal',
      place: P.kanel,
      fatalities: { min: 3, max: 14 },
      description:
        'Soldiers of the Senegalese and Mauritanian armies fight at the border village of Kanel from 28 to 31 December: two Senegalese soldiers and a civilian killed, and "more than ten" Mauritanian soldiers by an official source in Dakar (recorded with Mauritania as perpetrator only to give it a direction).',
    },
    [S.stampa0107],
  ),
  ev(
    'IncidentReported',
    'inc-kanel-fighting-end',
    when('1989-12-31', 'approximate'),
    {
      incidentId: 'kanel-fighting-1989-12-31',
      kind: 'clash',
      perpetrator: 'mauritania',
      allegedBy: 'senegal',
      against: 'senegal',
      place: P.kanel,
      description:
        'The fighting at Kanel goes on to 31 December, its last reported day (its toll is recorded with its start).',
    },
    [S.stampa0107],
  ),
  ev(
    'StatementMade',
    'stmt-senegal-provocations',
    when('1990-01-06', 'approximate'),
    {
      speaker: SENEGAL_GOV,
      audience: 'mauritania',
      tone: 'accusation',
      summary:
        'An official source in Dakar reports the Kanel fighting; official circles voice "concern" at Mauritania’s "repeated provocations", while Diouf’s policy of cooling the hostilities draws growing criticism.',
      quote: 'ripetute provocazioni',
    },
    [S.stampa0107],
  ),
  // ===== 1990: Cairo, the Twelve, the coup charge =====
  ev(
    'TalksRoundOpened',
    'round-cairo-opened',
    when('1990-02-14'),
    {
      roundId: R.cairo,
      label: 'Mubarak with the foreign ministers of Senegal and Mauritania in Cairo',
      venue: 'Cairo',
      hosts: ['oau'],
      format: 'formal',
    },
    [graded(S.ec0420, 2, 'B')],
  ),
  ev(
    'TalksRoundConcluded',
    'round-cairo-concluded',
    when('1990-02-14'),
    {
      roundId: R.cairo,
      outcome: 'no-progress',
      summary:
        'No settlement: two months later the Twelve call on the parties "once again" to negotiate; the OAU’s attempts to mediate fail in 1990 (OnWar).',
    },
    [graded(S.ec0420, 3, 'B'), graded(S.onwar, 3)],
  ),
  ev('ActorRegistered', 'actor-ec', when('1990-04-20'), { actor: EC, role: 'third-party' }, [S.ec0420]),
  ev(
    'ThirdPartyEngagement',
    'eng-ec-communique',
    when('1990-04-20'),
    {
      actorId: 'european-community',
      counterparts: ['senegal', 'mauritania'],
      kind: 'support',
      summary:
        'The Twelve remain concerned at the dispute, call on both parties once again to negotiate a political settlement, and support Mubarak’s mediation as OAU chairman.',
    },
    [S.ec0420],
  ),
  ev(
    'StatementMade',
    'stmt-mauritania-coup-charge',
    when('1990-11', 'month'),
    {
      speaker: MAURITANIA_GOV,
      audience: 'senegal',
      tone: 'accusation',
      summary:
        'Mauritania’s authorities say an alleged coup attempt by members of the black community was backed by Senegal; one to three thousand black Mauritanians are arrested from November.',
    },
    [S.hrw1991],
  ),
  // ===== July 1991: the agreement =====
  ev(
    'AgreementReached',
    'agr-accord',
    when('1991-07-18'),
    {
      agreementId: A.accord,
      kind: 'framework',
      provisions: ['The border between Mauritania and Senegal to be reopened', 'An end to the skirmishes'],
      signatories: ['mauritania', 'senegal'],
      textPublic: false,
      status: 'signed',
    },
    [S.wp, S.onwar],
    {
      note: 'Signed on Senegalese President Diouf’s initiative (Wikipedia, OnWar); no source read names a venue or a broker.',
    },
  ),
  // ===== April – May 1992: relations restored, the border reopened =====
  ev(
    'TalksRoundOpened',
    'round-dakar-opened',
    when('1992-04-22', 'approximate'),
    {
      roundId: R.dakar,
      label: 'Mauritanian foreign minister’s two-day visit to Dakar',
      venue: 'Dakar',
      format: 'formal',
      delegations: [
        {
          actorId: 'mauritania',
          head: {
            name: 'Mohamed Abderrahmane Ould Meine',
            title: 'Foreign Minister of Mauritania',
            actorId: 'mauritania',
          },
        },
        { actorId: 'senegal', head: { name: 'Djibo Kâ', title: 'Foreign Minister of Senegal', actorId: 'senegal' } },
      ],
    },
    [S.soleil2016],
  ),
  ev(
    'TalksRoundConcluded',
    'round-dakar-concluded',
    when('1992-04-23'),
    {
      roundId: R.dakar,
      outcome: 'agreement',
      summary: 'A joint communiqué restores diplomatic relations, broken since 21 August 1989.',
      nextSteps: 'Ambassadors to be named; air and postal links restored; the land borders opened at a later date.',
    },
    [S.soleil2016, S.seneweb],
    { occurrence: 'relations-restored-1992-04-23' },
  ),
  ev(
    'AgreementReached',
    'agr-relations',
    when('1992-04-23'),
    {
      agreementId: A.relations,
      kind: 'partial',
      provisions: [
        'Diplomatic relations restored; each country reopens its embassy and names an ambassador',
        'Air and postal links restored',
        'The land borders opened at a later date, on terms to be set as soon as possible',
      ],
      signatories: ['mauritania', 'senegal'],
      textPublic: true,
      roundId: R.dakar,
      status: 'in-force',
    },
    [S.soleil2016, S.seneweb],
    { occurrence: 'relations-restored-1992-04-23' },
  ),
  ev(
    'IncidentReported',
    'inc-border-reopened-mauritania',
    when('1992-05-02'),
    {
      incidentId: 'border-reopened-mauritania-1992-05-02',
      kind: 'border-reopening',
      perpetrator: 'mauritania',
      against: 'senegal',
      place: P.river,
      description: 'The land border between Mauritania and Senegal is reopened, after nearly three years.',
    },
    [S.ndarinfo],
    { occurrence: 'border-reopened-1992-05-02' },
  ),
  ev(
    'IncidentReported',
    'inc-border-reopened-senegal',
    when('1992-05-02'),
    {
      incidentId: 'border-reopened-senegal-1992-05-02',
      kind: 'border-reopening',
      perpetrator: 'senegal',
      against: 'mauritania',
      place: P.river,
      description: 'Senegal’s side of the land border is reopened the same day.',
    },
    [S.ndarinfo],
    { occurrence: 'border-reopened-1992-05-02' },
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'mauritania-senegal-1989.jsonl',
  logEnd: '2026-12-06T18:00:00Z',
  events,
};

export default definition;
