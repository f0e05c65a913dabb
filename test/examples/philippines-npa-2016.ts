/**
 * A test fixture, not a shipped example: the peace talks between the Philippines' government (Duterte; the peace
 * panel under Silvestre Bello III, the presidential adviser on the peace process Jesus Dureza) and the CPP-NPA-NDF
 * (Jose Maria Sison, the NDF panel under Fidel Agcaoili) as an analyst following the news could have recorded them,
 * from the exploratory meeting in Oslo (14–15 June 2016) and Duterte's inauguration through his ceasefire of the
 * State of the Nation Address, lifted after an ultimatum (25–30 July 2016), the unilateral ceasefires each side
 * declared for the Oslo round (the government's from 21 August, the CPP-NPA's from 21 and then 28 August), the
 * rounds of Oslo (August, October 2016) and Rome (January 2017), the NPA's lifting of its ceasefire (1 February 2017)
 * and the government's end of its own (3 February), Duterte ending the talks (4 February), their resumption agreed in
 * Utrecht (11 March), the fourth round at Noordwijk and its Agreement on an Interim Joint Ceasefire (5 April), the
 * fifth round cancelled after martial law in Mindanao and the CPP's order to intensify attacks (May 2017), the
 * backchannel talks cancelled after the Arakan and Palawan ambushes (19 July), the Talakag ambush (9 November), the
 * termination of the talks by Proclamation 360 (23 November) and the designation of the CPP-NPA as a terrorist
 * organisation by Proclamation 374 (5 December 2017). Norway is the third-party facilitator. Escalation model v2 was
 * never tuned on it: it is the case the model is held to in philippines-npa-2016.spec.ts, against the calls an
 * analyst makes from DOMAIN.md §5b alone.
 *
 * What it tests: unilateral ceasefires on each side, declared separately and never merged into an agreed one (each
 * recorded with its one party); talks collapsing and resuming; attacks on soldiers and police by a party that is an
 * armed group (the NPA's ambushes are armed action between the pair, `clash`, never a third party's
 * `militant-attack`); an agreement on a joint ceasefire whose text is signed but which never takes effect; a
 * termination of the talks and a designation as terrorists.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration file's coverage do not change. Built and
 * checked with the same builder as the shipped cases (examples/case-builder.ts): every event replays through `decide`
 * and cites a dated, graded public source.
 *
 * Grading as in examples/README.md: B = established outlet (Reuters, Inquirer, Rappler, CNN Philippines, MindaNews,
 * Manila Times, BusinessWorld), C = smaller outlet, partisan outlet (Bulatlat, the NDFP's own sites), aggregator or
 * mirror; 1 = an on-record statement or act confirmed by the actor itself (joint statements, proclamations, the
 * parties' own declarations), 2 = several outlets agree or one established outlet reports it, 3 = one side's
 * unverified claim about the other.
 *
 * Judgement calls, recorded as an analyst would:
 * - The CPP-NPA-NDF is one actor (`cpp-npa-ndf`, an armed group): the NDF negotiates for the CPP and its army, the
 *   NPA. Its ambushes of soldiers, militiamen (CAFGU) and police are `clash` by `cpp-npa-ndf` against `philippines`,
 *   as the army or police allege them.
 * - The ceasefires are unilateral: each is a `CeasefireDeclared` with its one declaring party. Duterte's of 25 July
 *   2016 ended `collapsed` on 30 July, when he lifted it after his ultimatum lapsed. The government's of 21 August
 *   (indefinite) ended `collapsed` on 3 February 2017 (effective about 15:00 local by the AFP chief). The CPP-NPA's
 *   seven-day ceasefire of 21–27 August is `superseded` by its indefinite one from 28 August, which the NPA lifted on
 *   1 February 2017: the NDF said the termination took effect at 23:59 on 10 February, but its units ambushed soldiers
 *   at Manay and Malaybalay that afternoon; recorded `collapsed` on 1 February (10:00 local), the day it was lifted,
 *   with the NDF's date in its summary.
 * - The Oslo joint statement of 26 August 2016 is an agreement of kind `framework` (the resumption of formal talks,
 *   JASIG reinstated, releases, a timeline), not a ceasefire agreement: its ceasefire clause is each side's pledge of
 *   its own indefinite unilateral ceasefire, which the record holds as those declarations.
 * - The Agreement on an Interim Joint Ceasefire (5 April 2017) is kind `ceasefire`, status `text-agreed`: signed as an
 *   agreement "to forge" a joint ceasefire that would take effect only once guidelines and ground rules were signed,
 *   which never happened ("there is no ceasefire yet", the NDF's Wilma Tiamzon). It is not recorded as implemented.
 * - The Makilala firefight of 21 January 2017 (one rebel dead) is known from the NDF's account (the AFP and PNP
 *   attacked an NPA encampment) and an Inquirer report of 1 February: a `clash` by the Philippines against the
 *   CPP-NPA-NDF, with the NDF's report of it as a breach of the government's ceasefire (one occurrence), graded 3.
 * - Duterte's "go back to your camps, clean your rifles and be ready to fight" (3 February 2017) is a
 *   `military-threat`; the CPP's order to the NPA to intensify its offensives against martial law (24 May 2017, as the
 *   NDF restated it on 25 May) is a `military-threat` by the CPP-NPA-NDF.
 * - Talks ended and resumed: Duterte ending the talks (4 February 2017) is `TalksSuspended`; the Utrecht backchannel
 *   agreement (11 March) `TalksResumed`; the fifth round, scheduled for 27 May at Noordwijk, `TalksRoundCancelled` by
 *   the government; the backchannel talks cancelled on 19 July `TalksSuspended`; Proclamation 360 (23 November)
 *   `TalksSuspended` — not `NegotiationClosed`, since informal meetings resumed in 2018. The designation of the
 *   CPP-NPA as a terrorist organisation (Proclamation 374, 5 December) is the government's `accusation`.
 * - Left out for want of a dated source or of time: the NPA's captives taken and released during the ceasefire, the
 *   prisoners of war held in February 2017, Duterte's conditions for the fourth round (March 2017), clashes between
 *   the army and the NPA from April to mid-July and from August to October 2017 (none found with a day), and the
 *   "six soldiers and an officer" Duterte said were killed in the first days of February beyond the two ambushes
 *   recorded.
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'philippines-ndf-talks-2016';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 2016);

const PHILIPPINES: Actor = {
  id: 'philippines',
  name: 'Philippines (government)',
  kind: 'state',
  aliases: ['GRP', 'GPH', 'Government of the Republic of the Philippines', 'AFP', 'PNP', 'Duterte administration'],
};
const NDF: Actor = {
  id: 'cpp-npa-ndf',
  name: "Communist Party of the Philippines – New People's Army – National Democratic Front",
  kind: 'armed-group',
  aliases: ['CPP-NPA-NDF', 'NDFP', 'NDF', 'CPP', 'NPA', "New People's Army"],
};
const NORWAY: Actor = { id: 'norway', name: 'Norway', kind: 'state', aliases: ['Royal Norwegian Government'] };

const DUTERTE: Person = { name: 'Rodrigo Duterte', title: 'President of the Philippines', actorId: 'philippines' };
const ROQUE: Person = { name: 'Harry Roque', title: 'Presidential Spokesperson', actorId: 'philippines' };
const ABELLA: Person = { name: 'Ernesto Abella', title: 'Presidential Spokesperson', actorId: 'philippines' };
const AGCAOILI: Person = {
  name: 'Fidel Agcaoili',
  title: 'Chair of the NDFP negotiating panel',
  actorId: 'cpp-npa-ndf',
};
const NDF_PANEL: Person = { name: 'NDFP negotiating panel (statement)', actorId: 'cpp-npa-ndf' };

const rec = (date: string, time: string): string => `${date}T${time}:00Z`;

const ROUND = {
  oslo0: 'oslo-2016-06',
  oslo1: 'oslo-2016-08',
  oslo2: 'oslo-2016-10',
  rome3: 'rome-2017-01',
  noordwijk4: 'noordwijk-2017-04',
  noordwijk5: 'noordwijk-2017-05',
};
const CF = {
  sona: 'grp-sona-2016-07',
  grp: 'grp-unilateral-2016-08',
  cpp7: 'cpp-npa-7day-2016-08',
  cpp: 'cpp-npa-indefinite-2016-08',
};
const O = {
  osloAgreement: 'oslo-joint-statement-2016-08-26',
  interimCeasefire: 'interim-joint-ceasefire-2017-04-05',
  makilala: 'makilala-2017-01-21',
};

const S = {
  cnnJun16: source(
    'Duterte gov’t, NDF set peace talks for July',
    'CNN Philippines',
    'https://www.cnnphilippines.com/news/2016/06/16/GPH-NDF-peace-talks-set-for-July.html',
    '2016-06-16',
    'B',
    1,
  ),
  vovJul31: source(
    'Philippine President willing to negotiate with rebel group',
    'VOV (Voice of Vietnam)',
    'https://english.vov.vn/en/world/philippine-president-willing-to-negotiate-with-rebel-group-326949.vov',
    '2016-07-31',
    'C',
    2,
  ),
  bulatlatAug20: source(
    'GRP reciprocates, declares indefinite ceasefire',
    'Bulatlat',
    'http://bulatlat.com/main/2016/08/20/grp-reciprocates-declare-indefinite-ceasefire/comment-page-1/',
    '2016-08-20',
    'C',
    1,
  ),
  mindanewsAug20: source(
    'CPP declares unilateral ceasefire, orders release of two captives',
    'MindaNews',
    'https://mindanews.com/peace-process/2016/08/cpp-declares-unilateral-ceasefire-orders-release-of-two-captives/',
    '2016-08-20',
    'B',
    1,
  ),
  rapplerAug26: source(
    'PH, NDF to resume talks, silence guns',
    'Rappler',
    'https://www.rappler.com/nation/144282-philippines-cpp-sign-agreement/',
    '2016-08-26',
    'B',
    1,
  ),
  katehonAug26: source(
    'Philippine goverment signs truce with Communists',
    'Katehon',
    'https://katehon.com/en/news/philippine-goverment-signs-truce-communists',
    '2016-08-26',
    'C',
    2,
  ),
  justpeaceOct9: source(
    'GRP-NDFP Joint Statement, signed during the October 6-9 peace talks',
    'JustPeace.ph',
    'http://justpeace.ph/grp-ndfp-joint-statement-signed-during-the-october-6-9-peace-talks/',
    '2016-10-09',
    'C',
    1,
  ),
  pnaJan27: source(
    'GRP, NDFP conclude 3rd peace talks in Rome; commit to move the process',
    'Philippine News Agency (via retiredanalyst.blogspot.com)',
    'http://retiredanalyst.blogspot.com/2017/01/grp-ndfp-conclude-3rd-peace-talks-in.html',
    '2017-01-27',
    'C',
    1,
  ),
  inquirerFeb1: source(
    'DND: Gov’t to continue ceasefire with NPA',
    'Philippine Daily Inquirer',
    'http://newsinfo.inquirer.net/867222/dnd-govt-to-continue-ceasefire-with-npa',
    '2017-02-01',
    'B',
    2,
  ),
  panaynewsFeb1: source(
    'Reds end ceasefire amid unfulfilled Rody promises',
    'Panay News',
    'http://www.panaynews.net/reds-end-ceasefire-amid-unfulfilled-rody-promises/',
    '2017-02-01',
    'C',
    1,
  ),
  rapplerFeb1: source(
    'Young army officer killed hours after NPA ends ceasefire',
    'Rappler',
    'http://www.rappler.com/nation/160214-young-army-officer-killed-hours-after-npa-ends-ceasefire',
    '2017-02-01',
    'B',
    2,
  ),
  ndfpFeb2: source(
    'CPP and NPA unilateral interim ceasefire shall effectively end at 11:59 pm of 10 February 2017',
    'NDFP Media Office',
    'https://ndfp.info/cpp-npa-unilateral-interim-ceasefire-shall-effectively-end-1159-pm-10-february-2017/',
    '2017-02-02',
    'C',
    1,
  ),
  mindanewsFeb3: source(
    '3 soldiers killed in Bukidnon clash',
    'MindaNews',
    'http://www.mindanews.com/top-stories/2017/02/3-soldiers-killed-in-bukidnon-clash/',
    '2017-02-03',
    'B',
    2,
  ),
  inquirerFeb3: source(
    'Duterte lifts ceasefire with NPA',
    'Philippine Daily Inquirer',
    'http://newsinfo.inquirer.net/867966/duterte-lifts-ceasefire-with-npa',
    '2017-02-03',
    'B',
    1,
  ),
  reutersFeb3: source(
    'Philippines to lift ceasefire with communist rebels',
    'Reuters',
    'http://uk.reuters.com/article/philippines-rebels-idUKL4N1FO1PK',
    '2017-02-03',
    'B',
    1,
  ),
  supremeconsultFeb5: source(
    'Duterte Cancels Peace Talks with Communists, Calls Reds Terrorists',
    'Supreme Consult',
    'https://supremeconsult.org/2017/02/05/duterte-cancels-peace-talks-with-communists-calls-reds-terrorists/',
    '2017-02-05',
    'C',
    2,
  ),
  davaotodayFeb6: source(
    'Duterte calls CPP-NPA-NDF terrorist',
    'Davao Today',
    'https://davaotoday.com/politics/duterte-calls-cpp-npa-ndf-terrorist/',
    '2017-02-06',
    'C',
    1,
  ),
  hatawMar13: source(
    'GPH-NDFP peace talks tuloy na',
    'Hataw Tabloid',
    'http://www.hatawtabloid.com/2017/03/13/gph-ndfp-peacetalks-tuloy-na/',
    '2017-03-13',
    'C',
    1,
  ),
  ndfpMar31: source(
    'NDFP willing to be flexible regarding bilateral ceasefire',
    'NDFP Media Office',
    'https://humanrights.ndfp.org/ndfp-willing-flexible-regarding-bilateral-ceasefire/',
    '2017-03-31',
    'C',
    1,
  ),
  bulatlatApr6: source(
    'NDFP, GRP sign interim joint ceasefire agreement',
    'Bulatlat (Kodao Productions)',
    'http://bulatlat.com/main/2017/04/06/ndfp-grp-sign-interim-joint-ceasefire-agreement/',
    '2017-04-06',
    'C',
    1,
  ),
  inquirerApr6: source(
    'Palace welcomes deal on interim ceasefire between gov’t, NDF',
    'Philippine Daily Inquirer',
    'http://newsinfo.inquirer.net/887062/palace-welcomes-deal-on-interim-ceasefire-between-govt-ndf',
    '2017-04-06',
    'B',
    1,
  ),
  kodaoApr6: source(
    'GRP-NDFP closes successful round of talks with CASER advancements',
    'Kodao Productions',
    'https://kodao.org/grp-ndfp-closes-succesful-round-of-talks-with-caser-advancements/',
    '2017-04-06',
    'C',
    1,
  ),
  mindanewsMay25: source(
    'NDFP: Martial law to affect GRP-NDFP peace talks',
    'MindaNews',
    'https://www.mindanews.com/top-stories/2017/05/ndfp-martial-law-to-affect-grp-ndfp-peace-talks/',
    '2017-05-25',
    'B',
    1,
  ),
  ndfpMay26: source(
    'Statement of the NDFP panel on the NPA as a target of martial law',
    'NDFP',
    'https://ndfp.info/statement-ndfp-panel-npa-target-martial-law/',
    '2017-05-26',
    'C',
    1,
  ),
  mindanewsJun2: source(
    'NDFP asks gov’t to resume talks',
    'MindaNews',
    'http://www.mindanews.com/peace-process/2017/06/ndfp-asks-govt-to-resume-talks/',
    '2017-06-02',
    'B',
    1,
  ),
  inquirerJul20: source(
    'Duterte: No talks with Reds if they continue attacks',
    'Philippine Daily Inquirer',
    'https://newsinfo.inquirer.net/?p=915406',
    '2017-07-20',
    'B',
    1,
  ),
  cebuJul20: source(
    'Malacañang cancels talks with Reds',
    'Cebu Daily News',
    'http://cebudailynews.inquirer.net/140188/malacanang-cancels-talks-reds',
    '2017-07-20',
    'B',
    2,
  ),
  hatawJul20: source(
    'Peace talks bumagsak kasunod ng NPA ambush sa PSG, Marines',
    'Hataw Tabloid',
    'https://hatawtabloid.com/2017/07/20/peace-talks-bumagsak-kasunod-ng-npa-ambush-sa-psg-marines',
    '2017-07-20',
    'C',
    2,
  ),
  inquirerNov10: source(
    'Baby killed, Lanao del Sur police chief hurt in Bukidnon ambush',
    'Philippine Daily Inquirer',
    'http://newsinfo.inquirer.net/944406/baby-killed-lanao-del-sur-police-chief-hurt-in-bukidnon-ambush',
    '2017-11-10',
    'B',
    2,
  ),
  manilatimesNov12: source(
    'Troops pursue gunmen in Bukidnon ambush',
    'The Manila Times',
    'http://www.manilatimes.net/troops-pursue-gunmen-bukidnon-ambush/362232/',
    '2017-11-12',
    'B',
    2,
  ),
  rapplerNov23: source(
    'Duterte formally ends peace talks with communists',
    'Rappler',
    'https://www.rappler.com/nation/189387-duterte-formally-ends-peace-talks-communists',
    '2017-11-23',
    'B',
    1,
  ),
  cnnNov24: source(
    'Duterte formally ends talks with Reds',
    'CNN Philippines',
    'https://cnnphilippines.com/news/2017/11/24/Duterte-formally-ends-talks-with-CPP-NPA-NDFP.html',
    '2017-11-24',
    'B',
    1,
  ),
  bworldNov25: source(
    'Termination of talks with Reds now official with proclamation',
    'BusinessWorld',
    'https://www.bworldonline.com/editors-picks/2017/11/25/82607/termination-talks-reds-now-official-proclamation',
    '2017-11-25',
    'B',
    1,
  ),
  rapplerDec5: source(
    'Duterte signs proclamation declaring CPP-NPA a terrorist group',
    'Rappler',
    'https://www.rappler.com/nation/190457-duterte-proclamation-communist-party-philippines-new-peoples-army-terrorist-group',
    '2017-12-05',
    'B',
    1,
  ),
  cnnDec5: source(
    'President Duterte declares the communist party and its armed wing a terrorist organization',
    'CNN Philippines',
    'https://www.cnnphilippines.com:443/news/2017/12/05/CPP-NPA-terrorist-Duterte.html',
    '2017-12-05',
    'B',
    1,
  ),
  lawyerlyDec5: source(
    'Proclamation No. 374, December 05, 2017',
    'Lawyerly',
    'https://dev.lawyerly.ph/laws/view/80243',
    '2017-12-05',
    'C',
    1,
  ),
};

const events = [
  // ===== June – August 2016: Oslo, the SONA ceasefire and its ultimatum, the unilateral ceasefires =====
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '2016-06-14', recordedAt: rec('2016-06-16', '12:00') },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Philippines – CPP-NPA-NDF peace talks, 2016–2017',
      subject:
        'The formal peace negotiations between the Duterte government and the National Democratic Front, stalled since 2011: an accelerated timeline for social, economic, political and constitutional reforms and the end of hostilities, JASIG, the release of political prisoners, an interim ceasefire',
      parties: [PHILIPPINES, NDF],
      mediators: [NORWAY],
    },
    [S.cnnJun16],
    { note: 'Norway (special envoy Elisabeth Slåttum) is third-party facilitator since 2001.' },
  ),
  ev(
    'TalksRoundOpened',
    'round-oslo0-open',
    { occurredAt: '2016-06-14', recordedAt: rec('2016-06-16', '12:05') },
    {
      roundId: ROUND.oslo0,
      label: 'Exploratory talks, Oslo',
      format: 'informal',
      venue: 'Oslo',
      hosts: ['norway'],
    },
    [S.cnnJun16],
  ),
  ev(
    'TalksRoundConcluded',
    'round-oslo0-concluded',
    { occurredAt: '2016-06-15', recordedAt: rec('2016-06-16', '12:10') },
    {
      roundId: ROUND.oslo0,
      outcome: 'progress',
      summary:
        "Joint statement of the incoming government's envoys (Dureza, Bello) and the NDF (Sison, Jalandoni): formal talks to resume in July in Oslo on the affirmation of previous agreements, an accelerated process, JASIG, the release of prisoners and an interim ceasefire.",
    },
    [S.cnnJun16],
  ),
  ev(
    'CeasefireDeclared',
    'cf-sona',
    { occurredAt: '2016-07-25', recordedAt: rec('2016-07-31', '12:00') },
    {
      ceasefireId: CF.sona,
      parties: ['philippines'],
      scope:
        'Unilateral: declared by Duterte in his State of the Nation Address, effective immediately; the CPP-NPA-NDF is asked to reciprocate',
      duration: 'indefinite',
    },
    [S.vovJul31],
  ),
  ev(
    'IncidentReported',
    'inc-kapalong',
    { occurredAt: '2016-07-27', recordedAt: rec('2016-07-31', '12:05') },
    {
      incidentId: 'kapalong-2016-07-27',
      kind: 'clash',
      perpetrator: 'cpp-npa-ndf',
      allegedBy: 'philippines',
      against: 'philippines',
      target: 'Government militiamen (CAFGU)',
      place: 'Kapalong, Davao del Norte',
      fatalities: { min: 1, max: 1 },
      injured: { min: 4, max: 4 },
      description: 'NPA guerrillas attack militiamen: one CAFGU member killed, four injured.',
    },
    [S.vovJul31],
  ),
  ev(
    'UltimatumIssued',
    'ult-jul29',
    { occurredAt: '2016-07-29', recordedAt: rec('2016-07-31', '12:10') },
    {
      ultimatumId: 'reciprocate-ceasefire-2016-07',
      by: 'philippines',
      to: ['cpp-npa-ndf'],
      demandIds: [],
      deadline: '2016-07-30T09:00:00Z',
      consequences: 'The government lifts its unilateral ceasefire.',
    },
    [S.vovJul31],
    { note: 'Duterte gives the CPP-NPA-NDF 24 hours, until 5 p.m. on 30 July, to declare a ceasefire of its own.' },
  ),
  ev(
    'UltimatumResolved',
    'ult-jul29-enforced',
    { occurredAt: '2016-07-30T11:00:00Z', recordedAt: rec('2016-07-31', '12:15') },
    {
      ultimatumId: 'reciprocate-ceasefire-2016-07',
      resolution: 'enforced',
      summary: 'No reciprocal ceasefire by the deadline; Duterte lifts his at 7 p.m.',
    },
    [S.vovJul31],
  ),
  ev(
    'CeasefireEnded',
    'cf-sona-ended',
    { occurredAt: '2016-07-30T11:00:00Z', recordedAt: rec('2016-07-31', '12:20') },
    {
      ceasefireId: CF.sona,
      reason: 'collapsed',
      summary: 'Lifted by Duterte two hours after his deadline; security forces on high alert to resume operations.',
    },
    [S.vovJul31],
  ),
  ev(
    'IncidentReported',
    'inc-compostela',
    { occurredAt: '2016-08-05', recordedAt: rec('2016-08-20', '12:00') },
    {
      incidentId: 'compostela-valley-2016-08-05',
      kind: 'clash',
      perpetrator: 'cpp-npa-ndf',
      allegedBy: 'philippines',
      against: 'philippines',
      target: 'Army soldiers',
      place: 'Compostela Valley',
      fatalities: { min: 4, max: 4 },
      description: 'Four soldiers killed in Compostela Valley; Duterte blames NPA landmines.',
    },
    [S.mindanewsAug20],
  ),
  ev(
    'StatementMade',
    'stmt-duterte-aug7',
    { occurredAt: '2016-08-07', recordedAt: rec('2016-08-20', '12:05') },
    {
      speaker: DUTERTE,
      audience: 'cpp-npa-ndf',
      tone: 'warning',
      summary:
        'At the wake of the four soldiers killed on 5 August, warns he will call off the talks if the CPP-NPA-NDF does not stop using landmines.',
    },
    [S.mindanewsAug20],
  ),
  ev(
    'CeasefireDeclared',
    'cf-cpp7',
    { occurredAt: '2016-08-20T16:00:00Z', recordedAt: rec('2016-08-20', '18:00') },
    {
      ceasefireId: CF.cpp7,
      parties: ['cpp-npa-ndf'],
      scope:
        "Unilateral: the CPP orders the NPA and the people's militia to cease offensive operations for seven days, 00:01 on 21 August to 23:59 on 27 August, for the Oslo talks",
      duration: 'temporary',
      until: '2016-08-27T15:59:00Z',
    },
    [S.mindanewsAug20],
    { note: 'Announced on 20 August; open to a longer ceasefire once all political prisoners are released.' },
  ),
  ev(
    'CeasefireDeclared',
    'cf-grp',
    { occurredAt: '2016-08-20T16:00:00Z', recordedAt: rec('2016-08-20', '18:05') },
    {
      ceasefireId: CF.grp,
      parties: ['philippines'],
      scope:
        'Unilateral: the government restores its ceasefire with the CPP-NPA-NDF from midnight of 21 August, the AFP\'s and PNP\'s operational guidelines restored, "for as long as necessary"',
      duration: 'indefinite',
    },
    [S.bulatlatAug20],
    { note: "Dureza's announcement; it reciprocates the CPP's seven-day ceasefire." },
  ),
  ev(
    'TalksRoundOpened',
    'round-oslo1-open',
    { occurredAt: '2016-08-22', recordedAt: rec('2016-08-26', '18:00') },
    {
      roundId: ROUND.oslo1,
      label: 'First round of formal talks, Oslo',
      format: 'formal',
      venue: 'Holmenkollen Park Hotel, Oslo',
      hosts: ['norway'],
      delegations: [
        {
          actorId: 'philippines',
          head: { name: 'Silvestre Bello III', title: 'Chair of the GRP panel', actorId: 'philippines' },
        },
        { actorId: 'cpp-npa-ndf', head: AGCAOILI },
      ],
    },
    [S.rapplerAug26],
  ),
  ev(
    'AgreementReached',
    'agr-oslo',
    { occurredAt: '2016-08-26', recordedAt: rec('2016-08-26', '18:05') },
    {
      agreementId: 'oslo-joint-statement-2016',
      kind: 'framework',
      provisions: [
        'Formal talks resumed; previous agreements (The Hague Joint Declaration, JASIG, CARHRIHL) reaffirmed',
        'JASIG list reconstituted; the GRP panel to recommend an amnesty for listed prisoners',
        'An accelerated timeline for the social, economic, political and constitutional reforms and the end of hostilities',
        'The CPP-NPA to declare an indefinite unilateral ceasefire upon the end of its current one; a bilateral ceasefire to be discussed within 60 days',
      ],
      signatories: ['philippines', 'cpp-npa-ndf'],
      textPublic: true,
      roundId: ROUND.oslo1,
      status: 'signed',
    },
    [S.rapplerAug26, S.katehonAug26],
    { occurrence: O.osloAgreement },
  ),
  ev(
    'TalksRoundConcluded',
    'round-oslo1-concluded',
    { occurredAt: '2016-08-26', recordedAt: rec('2016-08-26', '18:10') },
    {
      roundId: ROUND.oslo1,
      outcome: 'agreement',
      summary: 'The first round closes with the joint statement on the resumption of formal talks.',
      nextSteps: 'Next round in Oslo from 8 October.',
    },
    [S.rapplerAug26, S.katehonAug26],
    { occurrence: O.osloAgreement },
  ),
  ev(
    'CeasefireEnded',
    'cf-cpp7-ended',
    { occurredAt: '2016-08-27T15:59:00Z', recordedAt: rec('2016-08-28', '12:00') },
    { ceasefireId: CF.cpp7, reason: 'superseded', summary: 'Replaced without a gap by the indefinite ceasefire.' },
    [S.rapplerAug26],
  ),
  ev(
    'CeasefireDeclared',
    'cf-cpp',
    { occurredAt: '2016-08-27T16:00:00Z', recordedAt: rec('2016-08-28', '12:05') },
    {
      ceasefireId: CF.cpp,
      parties: ['cpp-npa-ndf'],
      scope:
        "Unilateral: the CPP's indefinite ceasefire order to the NPA and the people's militia from 28 August, as pledged in the Oslo joint statement",
      duration: 'indefinite',
    },
    [S.rapplerAug26],
  ),
  // ===== October 2016 – January 2017: Oslo and Rome under two unilateral ceasefires =====
  ev(
    'TalksRoundOpened',
    'round-oslo2-open',
    { occurredAt: '2016-10-06', recordedAt: rec('2016-10-09', '18:00') },
    { roundId: ROUND.oslo2, label: 'Second round, Oslo', format: 'formal', venue: 'Oslo', hosts: ['norway'] },
    [S.justpeaceOct9],
  ),
  ev(
    'TalksRoundConcluded',
    'round-oslo2-concluded',
    { occurredAt: '2016-10-09', recordedAt: rec('2016-10-09', '18:05') },
    {
      roundId: ROUND.oslo2,
      outcome: 'progress',
      summary:
        'Joint statement: releases and an amnesty proclamation pledged; the reciprocal working committees agree common outlines on socio-economic reforms, political and constitutional reforms and the end of hostilities.',
      nextSteps: 'Third round in the third week of January 2017.',
    },
    [S.justpeaceOct9],
  ),
  ev(
    'TalksRoundOpened',
    'round-rome3-open',
    { occurredAt: '2017-01-19', recordedAt: rec('2017-01-27', '12:00') },
    { roundId: ROUND.rome3, label: 'Third round, Rome', format: 'formal', venue: 'Rome', hosts: ['norway'] },
    [S.pnaJan27],
  ),
  ev(
    'TalksRoundConcluded',
    'round-rome3-concluded',
    { occurredAt: '2017-01-25', recordedAt: rec('2017-01-27', '12:05') },
    {
      roundId: ROUND.rome3,
      outcome: 'progress',
      summary:
        'No bilateral ceasefire sealed; the NDF receives the GRP draft interim bilateral cessation of hostilities; guidelines for the Joint Monitoring Committee signed; releases to be processed.',
      nextSteps: 'Ceasefire committees in Utrecht, 22–27 February; fourth round in Oslo in April.',
    },
    [S.pnaJan27],
  ),
  // ===== February – March 2017: the ceasefires lifted, the talks ended and resumed =====
  ev(
    'IncidentReported',
    'inc-makilala',
    { occurredAt: '2017-01-21', recordedAt: rec('2017-02-01', '12:00') },
    {
      incidentId: 'makilala-2017-01-21',
      kind: 'clash',
      perpetrator: 'philippines',
      allegedBy: 'cpp-npa-ndf',
      against: 'cpp-npa-ndf',
      target: 'An NPA encampment',
      place: 'Makilala, North Cotabato',
      fatalities: { min: 1, max: 1 },
      description: 'Firefight in which one rebel is killed; the NDF says the AFP and PNP attacked its encampment.',
    },
    [S.inquirerFeb1],
    { occurrence: O.makilala },
  ),
  ev(
    'CeasefireViolationReported',
    'cfv-makilala',
    { occurredAt: '2017-01-21', recordedAt: rec('2017-02-01', '12:05') },
    {
      ceasefireId: CF.grp,
      allegedBy: 'cpp-npa-ndf',
      against: 'philippines',
      casualties: { min: 1, max: 1 },
      description:
        "The NDF: the AFP and PNP attacked an NPA encampment at Makilala in breach of the government's ceasefire.",
    },
    [S.inquirerFeb1],
    { occurrence: O.makilala },
  ),
  ev(
    'CeasefireEnded',
    'cf-cpp-ended',
    { occurredAt: '2017-02-01T02:00:00Z', recordedAt: rec('2017-02-01', '12:10') },
    {
      ceasefireId: CF.cpp,
      reason: 'collapsed',
      summary:
        'The CPP-NPA terminates its unilateral ceasefire (spokesman Jorge Madlos): political prisoners not released, the military encroaching on its areas. The NDF says the termination takes effect at 23:59 on 10 February; it still supports the talks.',
    },
    [S.panaynewsFeb1, S.inquirerFeb1],
  ),
  ev(
    'IncidentReported',
    'inc-manay',
    { occurredAt: '2017-02-01T05:45:00Z', recordedAt: rec('2017-02-01', '12:15') },
    {
      incidentId: 'manay-2017-02-01',
      kind: 'clash',
      perpetrator: 'cpp-npa-ndf',
      allegedBy: 'philippines',
      against: 'philippines',
      target: '67th Infantry Battalion soldiers and police checking extortion complaints',
      place: 'Lambog, Manay, Davao Oriental',
      fatalities: { min: 1, max: 1 },
      description: 'An army second lieutenant killed in an NPA ambush hours after the NPA ended its ceasefire.',
    },
    [S.rapplerFeb1],
  ),
  ev(
    'IncidentReported',
    'inc-malaybalay',
    { occurredAt: '2017-02-01T09:00:00Z', recordedAt: rec('2017-02-03', '06:00') },
    {
      incidentId: 'malaybalay-2017-02-01',
      kind: 'clash',
      perpetrator: 'cpp-npa-ndf',
      allegedBy: 'philippines',
      against: 'philippines',
      target: '8th Infantry Battalion soldiers on motorcycles',
      place: 'Kibalabag, Malaybalay City, Bukidnon',
      fatalities: { min: 3, max: 3 },
      description:
        'Three soldiers killed by an NPA unit as they returned to their village post; the NPA says they drew their pistols and its guerrillas fired in self-defence.',
    },
    [S.mindanewsFeb3],
    { note: 'About 5 p.m. local on 1 February.' },
  ),
  ev(
    'CeasefireEnded',
    'cf-grp-ended',
    { occurredAt: '2017-02-03T07:00:00Z', recordedAt: rec('2017-02-03', '12:00') },
    {
      ceasefireId: CF.grp,
      reason: 'collapsed',
      summary:
        'Duterte lifts the government ceasefire in a speech at M’lang, North Cotabato ("no more ceasefire"), effective about 3 p.m. by the AFP chief, after soldiers were killed in 48 hours.',
    },
    [S.inquirerFeb3, S.reutersFeb3],
  ),
  ev(
    'StatementMade',
    'stmt-duterte-feb3',
    { occurredAt: '2017-02-03T07:00:00Z', recordedAt: rec('2017-02-03', '12:05') },
    {
      speaker: DUTERTE,
      audience: 'cpp-npa-ndf',
      tone: 'military-threat',
      summary:
        'Orders the soldiers back to their camps to prepare to fight; the demands for 400 prisoners are unreasonable.',
      quote: 'Go back to your camps, clean your rifles and be ready to fight.',
    },
    [S.inquirerFeb3],
  ),
  ev(
    'TalksSuspended',
    'suspended-feb4',
    { occurredAt: '2017-02-04', recordedAt: rec('2017-02-05', '12:00') },
    {
      by: 'philippines',
      reason:
        'Duterte cancels the peace talks with the communists, seeing no improvement, and demands that the freed NDF consultants return to jail.',
    },
    [S.supremeconsultFeb5],
  ),
  ev(
    'StatementMade',
    'stmt-duterte-feb5',
    { occurredAt: '2017-02-05', recordedAt: rec('2017-02-06', '12:00') },
    {
      speaker: DUTERTE,
      audience: 'cpp-npa-ndf',
      tone: 'threat',
      summary:
        'At the wake of the soldiers killed at Malaybalay: "From now on I will consider the CPP-NPA-NDF a terrorist group"; tells soldiers to prepare for a long fight.',
    },
    [S.davaotodayFeb6],
  ),
  ev(
    'TalksResumed',
    'resumed-mar11',
    { occurredAt: '2017-03-11', recordedAt: rec('2017-03-13', '12:00') },
    {
      by: 'philippines',
      reason:
        'Backchannel talks in Utrecht (10–11 March): formal talks to resume; an interim bilateral ceasefire to be drafted; both sides to restore their unilateral ceasefires before the fourth round in April.',
    },
    [S.hatawMar13],
  ),
  ev(
    'StatementMade',
    'stmt-ndf-mar31',
    { occurredAt: '2017-03-31', recordedAt: rec('2017-03-31', '18:00') },
    {
      speaker: AGCAOILI,
      audience: 'philippines',
      tone: 'critical',
      summary:
        "The GRP's last-minute announcement not to restore its unilateral ceasefire departs from the 11 March agreement; the NDF is willing to be flexible and discuss a bilateral ceasefire.",
    },
    [S.ndfpMar31],
  ),
  // ===== April – May 2017: Noordwijk, the interim joint ceasefire, martial law, the fifth round cancelled =====
  ev(
    'TalksRoundOpened',
    'round-noordwijk4-open',
    { occurredAt: '2017-04-03', recordedAt: rec('2017-04-06', '12:00') },
    {
      roundId: ROUND.noordwijk4,
      label: 'Fourth round, Noordwijk aan Zee',
      format: 'formal',
      venue: 'Noordwijk aan Zee, the Netherlands',
      hosts: ['norway'],
    },
    [S.bulatlatApr6],
  ),
  ev(
    'AgreementReached',
    'agr-interim-ceasefire',
    { occurredAt: '2017-04-05', recordedAt: rec('2017-04-06', '12:05') },
    {
      agreementId: 'interim-joint-ceasefire-2017',
      kind: 'ceasefire',
      provisions: [
        'An interim joint ceasefire, in effect once its guidelines and ground rules are signed, until a permanent ceasefire under a Comprehensive Agreement on End of Hostilities and Disposition of Forces',
        'The ceasefire committees to meet between rounds to formulate the guidelines and ground rules',
      ],
      signatories: ['philippines', 'cpp-npa-ndf'],
      textPublic: true,
      roundId: ROUND.noordwijk4,
      status: 'text-agreed',
    },
    [S.bulatlatApr6, S.inquirerApr6],
    {
      occurrence: O.interimCeasefire,
      note: 'Signed before the Norwegian facilitator as an agreement to forge a joint ceasefire; "there is no ceasefire yet" (NDF consultant Wilma Tiamzon): recorded as its text agreed, not in force.',
    },
  ),
  ev(
    'TalksRoundConcluded',
    'round-noordwijk4-concluded',
    { occurredAt: '2017-04-06', recordedAt: rec('2017-04-06', '12:10') },
    {
      roundId: ROUND.noordwijk4,
      outcome: 'agreement',
      summary:
        'The fourth round closes with the interim joint ceasefire agreement, advances on agrarian reform (free land distribution) and commitments on releases.',
      nextSteps: 'Fifth round at Noordwijk, 27 May – 1 June.',
    },
    [S.kodaoApr6, S.bulatlatApr6],
    { occurrence: O.interimCeasefire },
  ),
  ev(
    'TalksRoundScheduled',
    'round-noordwijk5-scheduled',
    { occurredAt: '2017-04-06', recordedAt: rec('2017-04-06', '12:15') },
    {
      roundId: ROUND.noordwijk5,
      label: 'Fifth round, Noordwijk aan Zee',
      venue: 'Noordwijk aan Zee, the Netherlands',
      format: 'formal',
      hosts: ['norway'],
      plannedFor: '2017-05-27',
    },
    [S.kodaoApr6],
  ),
  ev(
    'StatementMade',
    'stmt-cpp-intensify',
    { occurredAt: '2017-05-24', recordedAt: rec('2017-05-25', '12:00') },
    {
      speaker: NDF_PANEL,
      audience: 'philippines',
      tone: 'military-threat',
      summary:
        'After martial law is declared in Mindanao (23 May), the CPP orders the NPA to intensify its offensives; the NDF says it is imperative for the NPA "to take action to oppose and fight it".',
    },
    [S.mindanewsMay25],
  ),
  ev(
    'TalksRoundCancelled',
    'round-noordwijk5-cancelled',
    { occurredAt: '2017-05-27', recordedAt: rec('2017-06-02', '12:00') },
    {
      roundId: ROUND.noordwijk5,
      reason:
        "The government withdraws from the fifth round, citing the CPP's call to intensify attacks against martial law; it questions the CPP-NPA-NDF's sincerity.",
    },
    [S.mindanewsJun2, S.ndfpMay26],
  ),
  ev(
    'StatementMade',
    'stmt-abella-may27',
    { occurredAt: '2017-05-27', recordedAt: rec('2017-06-02', '12:05') },
    {
      speaker: ABELLA,
      audience: 'cpp-npa-ndf',
      tone: 'accusation',
      summary:
        'The government will not proceed with the fifth round given the CPP\'s announcement to intensify attacks: "We question the sincerity of the CPP/NPA/NDFP."',
    },
    [S.mindanewsJun2],
  ),
  // ===== July – December 2017: backchannel cancelled, Talakag, termination, designation =====
  ev(
    'StatementMade',
    'stmt-duterte-jul18',
    { occurredAt: '2017-07-18T14:00:00Z', recordedAt: rec('2017-07-20', '06:00') },
    {
      speaker: DUTERTE,
      audience: 'cpp-npa-ndf',
      tone: 'warning',
      summary:
        'Directs the government panel not to resume formal talks unless the NPA stops its attacks on government troops in Mindanao and its extortion.',
    },
    [S.inquirerJul20],
  ),
  ev(
    'IncidentReported',
    'inc-arakan',
    { occurredAt: '2017-07-18T22:16:00Z', recordedAt: rec('2017-07-20', '06:05') },
    {
      incidentId: 'arakan-2017-07-19',
      kind: 'clash',
      perpetrator: 'cpp-npa-ndf',
      allegedBy: 'philippines',
      against: 'philippines',
      target: 'Presidential Security Group personnel in two vehicles',
      place: 'Katipunan, Arakan, North Cotabato',
      fatalities: { min: 1, max: 1 },
      injured: { min: 4, max: 5 },
      description:
        'NPA fighters at a checkpoint fire on a PSG convoy; one militiaman (or civilian) killed, four or five PSG personnel wounded. The NPA admits the checkpoint.',
    },
    [S.inquirerJul20, S.cebuJul20],
    { note: '6:16 a.m. local on 19 July.' },
  ),
  ev(
    'IncidentReported',
    'inc-palawan',
    { occurredAt: '2017-07-19', recordedAt: rec('2017-07-20', '06:10') },
    {
      incidentId: 'roxas-palawan-2017-07-19',
      kind: 'clash',
      perpetrator: 'cpp-npa-ndf',
      allegedBy: 'philippines',
      against: 'philippines',
      target: 'Marines of Marine Battalion Landing Team 12',
      place: 'Magara, Roxas, Palawan',
      fatalities: { min: 2, max: 2 },
      description: 'Two Marines shot dead in an ambush by suspected NPA rebels after going to market.',
    },
    [S.hatawJul20],
  ),
  ev(
    'TalksSuspended',
    'suspended-jul19',
    { occurredAt: '2017-07-19T09:00:00Z', recordedAt: rec('2017-07-20', '06:15') },
    {
      by: 'philippines',
      reason:
        'Dureza cancels the backchannel talks set for the next days in Europe "due to recent developments involving attacks done by the NPAs".',
    },
    [S.cebuJul20, S.inquirerJul20],
  ),
  ev(
    'IncidentReported',
    'inc-talakag',
    { occurredAt: '2017-11-09T09:30:00Z', recordedAt: rec('2017-11-12', '12:00') },
    {
      incidentId: 'talakag-2017-11-09',
      kind: 'clash',
      perpetrator: 'cpp-npa-ndf',
      allegedBy: 'philippines',
      against: 'philippines',
      target: 'Police patrol vehicle of Bumbaran (Amai Manabilang), Lanao del Sur, and a civilian car behind it',
      place: 'Tikalaan, Talakag, Bukidnon',
      fatalities: { min: 2, max: 2 },
      injured: { min: 4, max: 6 },
      description:
        'About 20 suspected NPA rebels ambush a police patrol: SPO3 Arnel Carillo and a four-month-old baby in the car behind killed; the police chief, officers and civilians wounded.',
    },
    [S.inquirerNov10, S.manilatimesNov12],
  ),
  ev(
    'TalksSuspended',
    'terminated-nov23',
    { occurredAt: '2017-11-23T08:00:00Z', recordedAt: rec('2017-11-25', '12:00') },
    {
      by: 'philippines',
      reason:
        'Proclamation 360: the peace negotiations with the NDF-CPP-NPA terminated, for its "acts of violence and hostilities"; OPAPP and the panel to cancel all talks and meetings.',
    },
    [S.rapplerNov23, S.cnnNov24, S.bworldNov25],
  ),
  ev(
    'StatementMade',
    'stmt-roque-nov23',
    { occurredAt: '2017-11-23T15:00:00Z', recordedAt: rec('2017-11-25', '12:05') },
    {
      speaker: ROQUE,
      audience: 'cpp-npa-ndf',
      tone: 'accusation',
      summary:
        'The NDF-CPP-NPA "has engaged in acts of violence and hostilities" and failed to show sincerity in genuine negotiations.',
    },
    [S.rapplerNov23],
  ),
  ev(
    'StatementMade',
    'stmt-designation-dec5',
    { occurredAt: '2017-12-05', recordedAt: rec('2017-12-05', '18:00') },
    {
      speaker: DUTERTE,
      audience: 'cpp-npa-ndf',
      tone: 'accusation',
      summary:
        'Proclamation 374 designates the CPP-NPA a terrorist organisation under RA 10168; the justice secretary to petition a court to confirm it.',
    },
    [S.rapplerDec5, S.cnnDec5, S.lawyerlyDec5],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'philippines-npa-2016.jsonl',
  logEnd: '2017-12-31T00:00:00Z',
  events,
};

export default definition;
