/**
 * A test fixture, not a shipped example: Georgia and the Abkhaz separatist
 * authorities from the Georgian troops' entry into Abkhazia (14 August 1992)
 * to the CIS peacekeepers on the Inguri and the Abkhaz constitution of late
 * 1994, as an analyst reading the record after the fact could have recorded
 * them — the fighting at Okhurei and in Sukhumi and the ceasefire of 15
 * August, the Georgian landing at Gagra, the Moscow agreement of 3
 * September 1992 (ceasefire from 5 September) and the shelling at Eshera the
 * Abkhaz side says broke it, the fall of Gagra (1–6 October 1992), the Abkhaz
 * offensives on Sukhumi of January, March and July 1993, the ceasefire of 20
 * May 1993 and the Sochi agreement of 27 July 1993 (in force the next day),
 * the pull-back of forces from the front under it and the Abkhaz charge of
 * Georgian shelling at Shroma, the Abkhaz offensive of 16 September 1993 that
 * broke it and the fall of Sukhumi (27 September) and of Ochamchire (30
 * September), the Geneva talks under the UN (the memorandum of 1 December
 * 1993, the communiqué of 13 January 1994, the declaration of 4 April 1994),
 * the Moscow agreement on a ceasefire and separation of forces (14 May 1994),
 * the CIS (Russian) peacekeepers' deployment (June 1994) and the Abkhaz
 * constitution of 26 November 1994. Escalation model v2 was never tuned on
 * it: it is the case the model is held to in georgia-abkhazia-1993.spec.ts,
 * against the calls an analyst makes from DOMAIN.md §5b alone.
 *
 * The parties are Georgia (Eduard Shevardnadze's State Council; the National
 * Guard) and the Abkhaz separatist authorities (Vladislav Ardzinba). Russia
 * is a mediator from the opening (it brokered the Moscow, Sochi and 1994
 * agreements); the United Nations from the appointment of its special envoy
 * Edouard Brunner (11 May 1993). The Confederation of Mountain Peoples of the
 * Caucasus (the North Caucasian volunteers) is a third party: its volunteers
 * fought under the Abkhaz command (Basayev was the Abkhaz deputy defence
 * minister on the Gagra front), so the acts recorded are the Abkhaz side's,
 * and nothing is recorded as the Confederation's own. The CIS is a third
 * party (its peacekeeping force, June 1994). Separate from
 * georgia-russia-2006, georgia-russia-2008 and georgia-south-ossetia-2004:
 * nothing of those cases is recorded here.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source. Recorded after the fact,
 * from sources read all at once (`retrospectiveClock`).
 *
 * Grading as in examples/README.md: B = an established outlet or wire copy
 * (AP, Reuters in The Independent, the Los Angeles Times, Oxford University
 * Press, the PA-X peace agreements database of the University of Edinburgh);
 * C = an encyclopedia, a chronicle, a copy of a text on another site, a
 * party's press or a later retrospective (Wikipedia, Encyclopædia
 * Universalis, the University of Central Arkansas conflict summaries, Facts
 * On File on docslib, agenda.ge, abkhazworld, the aheku.net chronicle);
 * 2 = several sources agree or one established source reports it; 3 = one
 * side's claim, or a date or count the sources disagree on.
 *
 * Dates of sources: contemporary reports by their own date; retrospectives by
 * theirs. Encyclopedias, chronicles and copies of agreement texts that carry
 * no date of their own are given a lower bound from their content: the day of
 * the development they are cited for.
 *
 * Judgement calls, recorded as an analyst would:
 * - Places, one way each: "Sukhumi" for every act on the city and its Gumista
 *   front (the January, March, July and September offensives, the battle in
 *   the city in August 1992); "Okhurei, Ochamchire district" for the first
 *   ambush; "Gagra"; "Eshera"; "Shroma"; "Ochamchire" for the fall of
 *   Ochamchire and Tkvarcheli on 30 September 1993 (Facts On File gives both
 *   the same day and no separate act).
 * - The CMPC volunteers' and the Russian forces' part in the Abkhaz
 *   offensives (the Battle of Sukhumi lists the Russian 345th airborne
 *   regiment; Georgia blames Russia) is not recorded as a Russian act: the
 *   sources give no dated act of Russia's own between the pair; Georgia's
 *   charges against Russia are recorded as its statements.
 * - Scale (`scale: 'major'`), only where the source names an offensive or a
 *   battle: the fall of Gagra (Wikipedia, "the Battle of Gagra"; "the Abkhaz
 *   offensive"), the January offensive ("the January offensive operation to
 *   liberate Sukhum", abkhazworld), the March offensive (Wikipedia, "March
 *   Offensive"), the July offensive (Universalis, "une gigantesque offensive
 *   en direction de Soukhoumi"), the September offensive ("launched their
 *   offensive on Sukhumi", Wikipedia's Battle of Sukhumi; "12 days of fierce
 *   fighting", the Los Angeles Times) and the fall of Sukhumi on 27 September.
 *   Not the August 1992 fighting, the Gagra landing, the Eshera shelling or
 *   the fall of Ochamchire: no source read calls them so.
 * - The August 1992 fighting in Sukhumi: Reuters (The Independent, 16 August)
 *   gives "at least 20 people" killed in three days; recorded on the clash of
 *   14 August as 20 killed. The ceasefire "agreed on Saturday" (15 August) is
 *   recorded as the source gives it, a ceasefire between the two, with no
 *   limit of area or weapons (the forces' withdrawal from the centre of
 *   Sukhumi is said in its scope). No source read says when it
 *   ended: the Abkhaz chronicle has Georgian troops take control of Sukhumi on
 *   18 August, recorded as the ceasefire's collapse that day (graded 3). The
 *   taking of Sukhumi and Gagra is not recorded as an `occupation`: Georgia's
 *   forces were in its own (internationally recognised) province, and the
 *   taking came with fire, recorded as the clashes.
 * - The Moscow ceasefire of 3 September 1992 took effect "from 12.00h of 5
 *   September" (Moscow time, UTC+4 that summer): 08:00 UTC. The Abkhaz
 *   chronicle's shelling of Eshera at 12:10 that day is the Abkhaz side's
 *   claim (graded 3). The ceasefire ended when "the parties resumed military
 *   hostilities on October 1, 1992" (UCA), the first day of the Gagra attack.
 * - Tolls: Gagra — 42 Georgians killed (Georgian claim) to 300 (Russian
 *   claim), 117 Abkhaz (Abkhaz claim), recorded as counts over 1–6 October;
 *   January 1993 — 37 Abkhaz fighters killed (an Abkhaz retrospective; its
 *   claim of 150 Georgians killed and wounded is not recorded); March 1993 —
 *   222 Abkhaz killed (Abkhaz claim) and 107 Georgians (Georgian claim),
 *   recorded as 222–329 on the act; July 1993 — "1,000+ civilian and soldier
 *   deaths throughout the first week" (Wikipedia), a count over 2–8 July;
 *   September 1993 — 500 Georgian soldiers killed and 2,000 wounded over
 *   16–27 September (Wikipedia), a count. All graded 3.
 * - The July offensive: Universalis dates it from 2 July (Wikipedia: 1–27
 *   July), the Georgian repulse on 12 July, and the government forces "again
 *   in a bad position" on 27 July, the day of the Sochi agreement: a last
 *   clash is recorded that day (approximate, graded 3). The May ceasefire
 *   (agreed for 20 May at the Yeltsin–Shevardnadze accord of 14 May; the
 *   Sochi text "resumes the regime of cease-fire … agreed on 20 May") is
 *   recorded as declared on 20 May and collapsed on 2 July.
 * - The Sochi ceasefire took effect "from 12.00h of 28 July 1993" (Moscow
 *   time, UTC+4): 08:00 UTC. The pull-back under it is recorded from the AP
 *   (16 August): both sides' soldiers "trickling away from the front line …
 *   over the weekend", the bulk "pulled back 12 miles"; Wikipedia's Battle of
 *   Sukhumi: the Georgians had "withdrawn most of their military equipment
 *   from the city". Recorded as a `withdrawal` by each side dated 15 August
 *   (approximate). The Abkhaz charge that Georgian forces shelled Shroma
 *   "late Sunday" (15 August), denied by Georgia, is recorded as a shelling
 *   alleged by the Abkhaz side and its violation report (one occurrence).
 * - The Geneva memorandum of 1 December 1993 commits the parties "not to use
 *   force or threat of force for the period of negotiations": recorded as a
 *   ceasefire until the talks conclude, superseded by the "strict formal
 *   ceasefire" of the declaration of 4 April 1994, which the Moscow agreement
 *   of 14 May "formalizes" (recorded as that ceasefire extended). The third
 *   round (Geneva 22–25 February, New York 7–9 March, Moscow 29–31 March) is
 *   recorded as one round concluded with the declaration.
 * - The CIS force: the Los Angeles Times (28 June 1994) has a Russian company
 *   enter Gali on Saturday 25 June; fire on it the day before is by unknown
 *   gunmen and the looting around Gali by Cossack and North Caucasian
 *   mercenaries: not recorded as the pair's acts.
 * - The Abkhaz constitution of 26 November 1994 (Oxford Constitutions:
 *   "The Republic of Abkhazia (Apsny) is a sovereign …") is recorded as the
 *   Supreme Council's statement, tone critical. No dated Georgian reaction was
 *   read.
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, retrospectiveClock, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'georgia-abkhazia-1993';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 1993);
const when = retrospectiveClock('2026-12-07T05:00:00Z');

const GEORGIA: Actor = {
  id: 'georgia',
  name: 'Georgia',
  kind: 'state',
  aliases: ['Tbilisi', 'Republic of Georgia', 'State Council of Georgia'],
};
const ABKHAZIA: Actor = {
  id: 'abkhazia',
  name: 'Abkhaz separatist authorities',
  kind: 'de-facto-authority',
  aliases: ['Abkhazia', 'Republic of Abkhazia', 'Apsny', 'Supreme Council of Abkhazia', 'Gudauta'],
};
const RUSSIA: Actor = { id: 'russia', name: 'Russian Federation', kind: 'state', aliases: ['Russia', 'Moscow'] };
const UN: Actor = { id: 'un', name: 'United Nations', kind: 'international-organisation', aliases: ['UN', 'UNOMIG'] };
const CMPC: Actor = {
  id: 'cmpc',
  name: 'Confederation of Mountain Peoples of the Caucasus',
  kind: 'armed-group',
  aliases: ['CMPC', 'North Caucasian volunteers'],
};
const CIS: Actor = {
  id: 'cis',
  name: 'Commonwealth of Independent States',
  kind: 'international-organisation',
  aliases: ['CIS', 'CIS peacekeeping force'],
};

const SHEVARDNADZE: Person = {
  name: 'Eduard Shevardnadze',
  title: 'Chairman of the State Council (head of state) of Georgia',
  actorId: 'georgia',
};
const KARKARASHVILI: Person = {
  name: 'Giorgi Karkarashvili',
  title: 'Commander of the Georgian forces in Abkhazia',
  actorId: 'georgia',
};
const ABLOTIA: Person = {
  name: 'Gocha Ablotia',
  title: 'Spokesman for the Georgian troops in Abkhazia',
  actorId: 'georgia',
};
const ARDZINBA: Person = {
  name: 'Vladislav Ardzinba',
  title: 'Chairman of the Supreme Council of Abkhazia',
  actorId: 'abkhazia',
};
const LADARIYA: Person = { name: 'Aida Ladariya', title: 'Abkhaz spokeswoman', actorId: 'abkhazia' };
const ABKHAZ_MISSION: Person = { name: 'Abkhaz mission in Moscow', actorId: 'abkhazia' };
const SUPREME_COUNCIL: Person = { name: 'Supreme Council of Abkhazia', actorId: 'abkhazia' };
const IOSELIANI: Person = { name: 'Jaba Ioseliani', title: 'Head of the Georgian delegation', actorId: 'georgia' };
const JINJOLIA: Person = { name: 'Sokrat Jinjolia', title: 'Head of the Abkhaz delegation', actorId: 'abkhazia' };

/** Encyclopedias, chronicles and copies of texts with no date of their own: dated by the development (see the header). */
const undated =
  (title: string, publisher: string, url: string, reliability: 'B' | 'C', credibility: 2 | 3) => (day: string) =>
    source(title, publisher, url, day, reliability, credibility);

const wpTimeline = undated(
  'Timeline of the War in Abkhazia (1992–1993)',
  'Wikipedia',
  'https://en.wikipedia.org/wiki/Timeline_of_the_War_in_Abkhazia_(1992%E2%80%931993)',
  'C',
  2,
);
const chronicle = undated(
  'A Short Chronicle of Events of the 1992-93 Georgian-Abkhazian War',
  'aheku.net (an Abkhaz-side chronicle)',
  'https://aheku.net/articles/english/abkhazia/1274',
  'C',
  3,
);
const wpGagra = undated(
  'Battle of Gagra (October 1992)',
  'Wikipedia',
  'https://en.wikipedia.org/wiki/Battle_of_Gagra_(October_1992)',
  'C',
  2,
);
const wsGagra = undated(
  'Battle of Gagra',
  'WikiSum (summary of Wikipedia)',
  'https://wikisum.wiki/wiki/Battle_of_Gagra',
  'C',
  2,
);
const uca = undated(
  '39. Georgia/Abkhazia (1990-present)',
  'University of Central Arkansas, Dynamic Analysis of Dispute Management project',
  'https://uca.edu/politicalscience/dadm-project/europerussiacentral-asia-region/georgiaabkhazia-1990-present',
  'C',
  2,
);
const rrcMoscow1992 = undated(
  'Final document of the Moscow meeting (3 September 1992)',
  'rrc.ge (copy of the text)',
  'http://rrc.ge/law/dok_1992_09_03_e.htm?lawid=388&lng_3=en',
  'C',
  2,
);
const wpMarch = undated(
  'March Offensive (1993)',
  'Wikipedia',
  'https://en.wikipedia.org/wiki/March_Offensive_(1993)',
  'C',
  2,
);
const wpJuly = undated(
  'July Offensive (War in Abkhazia)',
  'Wikipedia',
  'https://en.wikipedia.org/wiki/July_Offensive_(War_in_Abkhazia)',
  'C',
  2,
);
const universalis = undated(
  '2-27 juillet 1993. Géorgie. Accord entre le gouvernement et les séparatistes abkhazes sous l’égide de Moscou',
  'Encyclopædia Universalis',
  'https://www.universalis.fr/evenement/2-27-juillet-1993-accord-entre-le-gouvernement-et-les-separatistes-abkhazes-sous-l-egide-de-moscou/',
  'C',
  2,
);
const paxSochiText = undated(
  'Agreement on a ceasefire in Abkhazia and arrangements to monitor its observance (PA-X text)',
  'docslib (copy of the PA-X text)',
  'https://docslib.org/doc/3838297/pa-x-peace-agreements-database',
  'C',
  2,
);
const paxSochi = undated(
  'Agreement on a Ceasefire in Abkhazia and Arrangements to Monitor its Observance (Sochi Agreement)',
  'PA-X Peace Agreements Database, University of Edinburgh',
  'https://pax.peaceagreements.org/agreements/249',
  'B',
  2,
);
const wpSukhumi = undated(
  'Battle of Sukhumi (September 1993)',
  'Wikipedia',
  'https://en.wikipedia.org/wiki/Battle_of_Sukhumi_(September_1993)',
  'C',
  2,
);
const paxMoU = undated(
  'Memorandum of understanding between the Georgian and Abkhaz sides at the negotiations held in Geneva',
  'PA-X Peace Agreements Database, University of Edinburgh',
  'https://pax.peaceagreements.org/agreements/12',
  'B',
  2,
);
const rrcCommunique = undated(
  'Communiqué on the second round of negotiations between the Georgian and Abkhaz sides (13 January 1994)',
  'rrc.ge (copy of the text)',
  'http://rrc.ge/law/kom_1994_01_13_e.htm?lawid=416&lng_3=en',
  'C',
  2,
);
const paxDeclaration = undated(
  'Declaration on Measures of a Political Settlement of the Georgia-Abkhaz Conflict',
  'PA-X Peace Agreements Database, University of Edinburgh',
  'https://pax.peaceagreements.org/agreements/361',
  'B',
  2,
);
const rrcMoscow1994 = undated(
  'Agreement on a Cease-fire and Separation of Forces (14 May 1994)',
  'rrc.ge (copy of the text)',
  'http://www.rrc.ge/law/agrm_1994_05_14_e.htm?lawid=428&lng_3=en',
  'C',
  2,
);
const wpMoscow1994 = undated(
  'Agreement on a Cease-fire and Separation of Forces',
  'Wikipedia (IPFS mirror)',
  'https://en-wikipedia--on--ipfs-org.ipns.dweb.link/wiki/Agreement_on_a_Cease-fire_and_Separation_of_Forces',
  'C',
  2,
);
const oupConstitution = undated(
  'Constitution of the Republic of Abkhazia: November 26, 1994',
  'Oxford Constitutions (Oxford University Press)',
  'http://oxcon.ouplaw.com/oxlaw/search;jsessionid=F792C0ED6398192B0F8B30B4C498B84A?ajSpecific=acdafd4b-704a-465d-b0b8-f257f5ee7a87',
  'B',
  2,
);

const S = {
  ind920816: source(
    '20 killed in Georgian separatist fighting',
    'The Independent (Reuters, Oleg Shchedrov)',
    'https://www.independent.co.uk/news/world/europe/20-killed-in-georgian-separatist-fighting-1540838.html',
    '1992-08-16',
    'B',
    2,
  ),
  ind920904: source(
    'Peace agreed in Caucasus conflict',
    'The Independent',
    'https://www.independent.co.uk/news/world/europe/peace-agreed-in-caucasus-conflict-1549200.html',
    '1992-09-04',
    'B',
    2,
  ),
  abkhazworld2023: source(
    '30th Anniversary of the January 1993 Offensive for the Liberation of Sukhum',
    'abkhazworld.com',
    'https://abkhazworld.com/aw/conflict/2101-30th-anniversary-of-the-january-1993-offensive-for-the-liberation-of-sukhum',
    '2023-01-05',
    'C',
    3,
  ),
  agenda2014: source(
    '21 years since the fall of Sokhumi',
    'Agenda.ge',
    'http://agenda.ge/en/news/2014/2228',
    '2014-09-27',
    'C',
    2,
  ),
  lat930515: source(
    'Russia, Georgia in Accord, Urge Abkhazia Truce',
    'Los Angeles Times',
    'https://www.latimes.com/archives/la-xpm-1993-05-15-mn-35565-story.html',
    '1993-05-15',
    'B',
    2,
  ),
  ap930816: source(
    'Abkhazia Accuses Georgia of Violating Cease-Fire, Deadline Extended',
    'Associated Press',
    'https://www.apnews.com/49a6dc7ec3bec455367b5d556d1cdbc1',
    '1993-08-16',
    'B',
    2,
  ),
  lat930928: source(
    'Georgian City Seized by Rebels; Leader in Hiding',
    'Los Angeles Times',
    'https://www.latimes.com/archives/la-xpm-1993-09-28-mn-39882-story.html',
    '1993-09-28',
    'B',
    2,
  ),
  ap930928: source(
    'Rebels drive Shevardnadze into hiding (Roanoke Times)',
    'Associated Press (Roanoke Times)',
    'https://scholar.lib.vt.edu/VA-news/ROA-Times/issues/1993/rt9309/930928/09280086.htm',
    '1993-09-28',
    'B',
    2,
  ),
  lat930929: source(
    'Georgian Leader Flees Fallen City of Sukhumi',
    'Los Angeles Times',
    'https://www.latimes.com/archives/la-xpm-1993-09-29-mn-40316-story.html',
    '1993-09-29',
    'B',
    2,
  ),
  fof931007: source(
    'Separatists Seize Most of Georgia’s Abkhazia Region (Facts On File, 7 October 1993)',
    'Facts On File (docslib copy)',
    'https://docslib.org/doc/5114137/facts-on-file-news-services',
    '1993-10-07',
    'C',
    2,
  ),
  ind931202: source(
    'Georgians sign peace deal',
    'The Independent (Reuters)',
    'http://www.independent.co.uk/news/world/georgians-sign-peace-deal-1464807.html',
    '1993-12-02',
    'B',
    2,
  ),
  lat940628: source(
    'Russian Troops in New Role as Abkhazia Peacekeepers',
    'Los Angeles Times',
    'https://www.latimes.com/archives/la-xpm-1994-06-28-mn-9599-story.html',
    '1994-06-28',
    'B',
    2,
  ),
};

/** Places, recorded one way each (§5b counts places as recorded). */
const P = {
  okhurei: 'Okhurei, Ochamchire district',
  sukhumi: 'Sukhumi',
  gagra: 'Gagra',
  eshera: 'Eshera',
  shroma: 'Shroma',
  ochamchire: 'Ochamchire',
};
const CF = {
  sukhumi1992: 'cf-sukhumi-1992-08-15',
  moscow1992: 'cf-moscow-1992-09-05',
  may1993: 'cf-1993-05-20',
  sochi: 'cf-sochi-1993-07-28',
  geneva: 'cf-geneva-memorandum-1993-12-01',
  formal1994: 'cf-formal-1994-04-04',
};
const A = {
  moscow1992: 'moscow-final-document-1992-09-03',
  sochi: 'sochi-agreement-1993-07-27',
  mou: 'geneva-memorandum-1993-12-01',
  declaration: 'moscow-declaration-1994-04-04',
  moscow1994: 'moscow-agreement-1994-05-14',
};
const R = { geneva1: 'geneva-round-1', geneva2: 'geneva-round-2', round3: 'round-3-geneva-new-york-moscow' };

const events = [
  // ===== August 1992: the Georgian troops enter Abkhazia =====
  ev(
    'NegotiationOpened',
    'opened',
    when('1992-08-14'),
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Georgia – Abkhazia, the war and the ceasefires, 1992–94',
      subject:
        'The war over Abkhazia from the entry of Georgia’s troops (14 August 1992) to the fall of Sukhumi (27 September 1993); the Moscow agreement of September 1992, the Sochi ceasefire of July 1993 and their collapse; the UN-led Geneva talks, the Moscow agreement on a ceasefire and separation of forces (14 May 1994) and the CIS peacekeepers',
      parties: [GEORGIA, ABKHAZIA],
      mediators: [RUSSIA],
    },
    [S.agenda2014, wpTimeline('1992-08-14')],
  ),
  ev(
    'IncidentReported',
    'inc-okhurei',
    when('1992-08-14'),
    {
      incidentId: 'abkhaz-okhurei-1992-08-14',
      kind: 'clash',
      perpetrator: 'abkhazia',
      against: 'georgia',
      place: P.okhurei,
      description:
        'Georgian forces sent into Abkhazia to guard the Sochi–Inguri railway are confronted by the Abkhaz guard near Okhurei in Ochamchire district: the Abkhaz militia fires on the police escort; further ambushes at Agudzera and Machara destroy Georgian armoured carriers.',
    },
    [S.agenda2014, wpTimeline('1992-08-14')],
  ),
  ev(
    'IncidentReported',
    'inc-sukhumi-1992',
    when('1992-08-14'),
    {
      incidentId: 'georgia-sukhumi-1992-08-14',
      kind: 'clash',
      perpetrator: 'georgia',
      against: 'abkhazia',
      place: P.sukhumi,
      fatalities: { min: 20, max: 20 },
      description:
        'Georgian troops move into Sukhumi; three days of fighting between Georgians and Abkhazians turn the resort into a battleground; at least 20 people are killed and residents flee by sea.',
    },
    [S.ind920816, chronicle('1992-08-14')],
  ),
  ev(
    'CeasefireDeclared',
    'cf-sukhumi-1992',
    when('1992-08-15'),
    {
      ceasefireId: CF.sukhumi1992,
      parties: ['georgia', 'abkhazia'],
      scope:
        'Agreed between the Georgian and Abkhaz leaders on Saturday 15 August; they withdraw their forces from the centre of Sukhumi',
      duration: 'indefinite',
    },
    [S.ind920816],
    { note: 'Reuters, 16 August: "sporadic gunfire rang out despite a ceasefire agreed on Saturday".' },
  ),
  ev(
    'CeasefireEnded',
    'cf-sukhumi-1992-ended',
    when('1992-08-18'),
    {
      ceasefireId: CF.sukhumi1992,
      reason: 'collapsed',
      summary:
        'Georgian troops take control of Sukhumi and remove the Abkhaz state flag from the Government House; the Abkhaz leadership withdraws to Gudauta.',
    },
    [chronicle('1992-08-18')],
  ),
  ev(
    'ActorRegistered',
    'actor-cmpc',
    when('1992-08-18'),
    { actor: CMPC, role: 'third-party' },
    [chronicle('1992-08-18')],
    {
      note: 'Its parliament, meeting in Grozny, resolves to dispatch volunteer fighters to Abkhazia; they fight under the Abkhaz command.',
    },
  ),
  ev(
    'IncidentReported',
    'inc-gagra-landing',
    when('1992-08-19'),
    {
      incidentId: 'georgia-gagra-landing-1992-08-19',
      kind: 'clash',
      perpetrator: 'georgia',
      against: 'abkhazia',
      place: P.gagra,
      description:
        'In an amphibious operation Georgian forces take control of Gagra from the Abkhaz militia, to push south against the Abkhaz enclave around Gudauta.',
    },
    [chronicle('1992-08-19'), wpGagra('1992-08-19')],
  ),
  ev(
    'StatementMade',
    'stmt-karkarashvili',
    when('1992-08-24'),
    {
      speaker: KARKARASHVILI,
      audience: 'abkhazia',
      tone: 'military-threat',
      summary:
        'On television the commander of the Georgian forces says he would sacrifice 100,000 Georgians to kill all 97,000 Abkhazians, if that is what it takes to keep Georgia’s borders inviolate.',
    },
    [chronicle('1992-08-24')],
  ),
  // ===== September 1992: the Moscow agreement =====
  ev(
    'AgreementReached',
    'agr-moscow-1992',
    when('1992-09-03'),
    {
      agreementId: A.moscow1992,
      kind: 'ceasefire',
      provisions: [
        'The territorial integrity of Georgia is to be secured',
        'All armed formations observe a ceasefire from 12:00 on 5 September 1992 and refrain from offensive actions before it',
        'A commission of Georgia (including Abkhazia) and Russia monitors the ceasefire and the disarming, disbanding and withdrawal of illegal armed formations',
        'The Georgian forces are redeployed and kept in the conflict zone at the agreed level; prisoners exchanged, refugees returned, the legal authorities of Abkhazia resume their work',
      ],
      signatories: ['georgia', 'abkhazia', 'russia'],
      textPublic: true,
    },
    [rrcMoscow1992('1992-09-03'), S.ind920904],
    { note: 'Yeltsin told Ardzinba he could not leave without agreeing to the ceasefire (The Independent).' },
  ),
  ev(
    'CeasefireDeclared',
    'cf-moscow-1992',
    when('1992-09-05T08:00:00Z'),
    {
      ceasefireId: CF.moscow1992,
      parties: ['georgia', 'abkhazia'],
      scope: 'All armed formations in the conflict, from 12:00 on 5 September 1992 (the Moscow agreement)',
      duration: 'indefinite',
      mediatedBy: ['russia'],
    },
    [rrcMoscow1992('1992-09-05'), chronicle('1992-09-05')],
  ),
  ev(
    'IncidentReported',
    'inc-eshera',
    when('1992-09-05'),
    {
      incidentId: 'georgia-eshera-shelling-1992-09-05',
      kind: 'shelling',
      perpetrator: 'georgia',
      allegedBy: 'abkhazia',
      against: 'abkhazia',
      place: P.eshera,
      description:
        'By the Abkhaz account, ten minutes after the ceasefire began Georgian artillery shells Abkhaz strongholds in the village of Eshera, and at 22:30 Georgian fighters renew the offensive.',
    },
    [chronicle('1992-09-05')],
    { occurrence: 'eshera-1992-09-05' },
  ),
  ev(
    'CeasefireViolationReported',
    'viol-eshera',
    when('1992-09-05'),
    {
      ceasefireId: CF.moscow1992,
      allegedBy: 'abkhazia',
      against: 'georgia',
      description: 'The Georgian shelling of Eshera at 12:10, ten minutes into the ceasefire (Abkhaz account).',
    },
    [chronicle('1992-09-05')],
    { occurrence: 'eshera-1992-09-05' },
  ),
  // ===== October 1992: Gagra =====
  ev(
    'IncidentReported',
    'inc-gagra-attack',
    when('1992-10-01'),
    {
      incidentId: 'abkhaz-gagra-1992-10-01',
      kind: 'clash',
      perpetrator: 'abkhazia',
      against: 'georgia',
      place: P.gagra,
      scale: 'major',
      description:
        'The Battle of Gagra: Abkhaz forces and North Caucasian volunteers under Shamil Basayev (the Abkhaz deputy defence minister for the Gagra front) attack at 17:00, take the village of Kolkhida (Psakhara) and advance on the town in a surprise attack on the undermanned Georgian garrison.',
    },
    [wpGagra('1992-10-01'), wsGagra('1992-10-01'), chronicle('1992-10-01')],
  ),
  ev(
    'CeasefireEnded',
    'cf-moscow-1992-ended',
    when('1992-10-01'),
    {
      ceasefireId: CF.moscow1992,
      reason: 'collapsed',
      summary: 'The parties resume military hostilities with the Abkhaz attack on Gagra.',
    },
    [uca('1992-10-01')],
  ),
  ev(
    'IncidentReported',
    'inc-gagra-falls',
    when('1992-10-06'),
    {
      incidentId: 'abkhaz-gagra-1992-10-06',
      kind: 'clash',
      perpetrator: 'abkhazia',
      against: 'georgia',
      place: P.gagra,
      scale: 'major',
      description:
        'The Georgian 13th battalion and special units, losing a fight with a second group advancing from the forests, retreat in full: Georgian troops are expelled from Gagra and its environs.',
    },
    [wpGagra('1992-10-06'), chronicle('1992-10-06')],
  ),
  ev(
    'IncidentReported',
    'toll-gagra-georgian',
    when('1992-10-06', 'approximate'),
    {
      incidentId: 'toll-gagra-georgian-1992-10',
      kind: 'casualty-report',
      perpetrator: 'abkhazia',
      against: 'georgia',
      period: { from: '1992-10-01', to: '1992-10-06' },
      fatalities: { min: 42, max: 300 },
      description:
        'Georgian losses at Gagra: 42 killed and 47 captured by the Georgian count, 300 killed by the Russian count; 429 Georgian civilians by the Georgian claim, not included.',
    },
    [graded(wpGagra('1992-10-06'), 3)],
  ),
  ev(
    'IncidentReported',
    'toll-gagra-abkhaz',
    when('1992-10-06', 'approximate'),
    {
      incidentId: 'toll-gagra-abkhaz-1992-10',
      kind: 'casualty-report',
      perpetrator: 'georgia',
      against: 'abkhazia',
      period: { from: '1992-10-01', to: '1992-10-06' },
      fatalities: { min: 117, max: 117 },
      description: 'Abkhaz and allied losses at Gagra: 117 killed (Abkhaz count).',
    },
    [graded(wpGagra('1992-10-06'), 3)],
  ),
  // ===== 1993: the offensives on Sukhumi =====
  ev(
    'StatementMade',
    'stmt-shevardnadze-un',
    when('1993-01-05'),
    {
      speaker: SHEVARDNADZE,
      audience: 'the United Nations',
      tone: 'neutral',
      summary: 'Shevardnadze asks the United Nations to deploy a peacekeeping mission in Abkhazia.',
    },
    [uca('1993-01-05')],
  ),
  ev(
    'IncidentReported',
    'inc-january-offensive',
    when('1993-01-05'),
    {
      incidentId: 'abkhaz-january-offensive-1993-01-05',
      kind: 'clash',
      perpetrator: 'abkhazia',
      against: 'georgia',
      place: P.sukhumi,
      scale: 'major',
      fatalities: { min: 37, max: 37 },
      injured: { min: 100, max: 100 },
      description:
        'The January offensive: the Abkhaz army attempts to storm Sukhumi across the Gumista under intense fire and is repulsed; 37 Abkhaz fighters are killed and more than 100 injured (Abkhaz count).',
    },
    [S.abkhazworld2023],
  ),
  ev(
    'IncidentReported',
    'inc-march-offensive',
    when('1993-03-16'),
    {
      incidentId: 'abkhaz-march-offensive-1993-03-16',
      kind: 'clash',
      perpetrator: 'abkhazia',
      against: 'georgia',
      place: P.sukhumi,
      scale: 'major',
      fatalities: { min: 222, max: 329 },
      description:
        'The March Offensive (Battle of the Gumista): in the night of 15–16 March, after air and artillery strikes, Abkhaz forces cross the Gumista along 8 km towards Sukhumi; the Georgian line is restored by the evening of the 16th. 222 Abkhaz killed (Abkhaz count), 107 Georgians killed (Georgian count).',
    },
    [graded(wpMarch('1993-03-16'), 3)],
  ),
  ev('ActorRegistered', 'actor-un', when('1993-05-11'), { actor: UN, role: 'mediator' }, [uca('1993-05-11')], {
    note: 'Secretary-General Boutros-Ghali appoints Edouard Brunner of Switzerland as special envoy.',
  }),
  ev(
    'MediationAction',
    'med-yeltsin-accord',
    when('1993-05-14'),
    {
      mediator: 'russia',
      action: 'proposed',
      summary:
        'Yeltsin and Shevardnadze, meeting in the Kremlin, call for an internationally supervised ceasefire in Abkhazia by Thursday 20 May, the withdrawal of heavy military hardware by the Russian army, the Georgians and the Abkhaz, and a halt to military flights; the war has killed more than 2,000 people in nine months.',
    },
    [S.lat930515],
  ),
  ev(
    'CeasefireDeclared',
    'cf-may-1993',
    when('1993-05-20'),
    {
      ceasefireId: CF.may1993,
      parties: ['georgia', 'abkhazia'],
      scope: 'A ceasefire and non-resumption of hostilities, agreed for 20 May 1993',
      duration: 'indefinite',
      mediatedBy: ['russia'],
    },
    [paxSochiText('1993-07-27'), S.lat930515],
    { note: 'Known from the Sochi text, which "resumes the regime of cease-fire … agreed on 20 May of this year".' },
  ),
  ev(
    'IncidentReported',
    'inc-july-offensive',
    when('1993-07-02'),
    {
      incidentId: 'abkhaz-july-offensive-1993-07-02',
      kind: 'clash',
      perpetrator: 'abkhazia',
      against: 'georgia',
      place: P.sukhumi,
      scale: 'major',
      description:
        'The July offensive: the separatists launch "a gigantic offensive towards Sukhumi", a frontal assault on the Gumista front with a landing from the sea in the Georgian rear, and take the heights north of the city (Shroma, Guma, Akhalsheni).',
    },
    [universalis('1993-07-02'), wpJuly('1993-07-02')],
  ),
  ev(
    'CeasefireEnded',
    'cf-may-1993-ended',
    when('1993-07-02'),
    { ceasefireId: CF.may1993, reason: 'collapsed', summary: 'Broken by the Abkhaz offensive towards Sukhumi.' },
    [universalis('1993-07-02')],
  ),
  ev(
    'IncidentReported',
    'toll-july-first-week',
    when('1993-07-08', 'approximate'),
    {
      incidentId: 'toll-july-offensive-1993-07',
      kind: 'casualty-report',
      perpetrator: 'abkhazia',
      against: 'georgia',
      period: { from: '1993-07-02', to: '1993-07-08' },
      fatalities: { min: 1000, max: 1000 },
      description:
        '"1,000+ civilian and soldier deaths throughout the first week of the offensive" on the Georgian side.',
    },
    [graded(wpJuly('1993-07-08'), 3)],
  ),
  ev(
    'StatementMade',
    'stmt-martial-law',
    when('1993-07-07'),
    {
      speaker: SHEVARDNADZE,
      audience: 'abkhazia',
      tone: 'warning',
      summary: 'Shevardnadze decrees martial law on the territory of Abkhazia.',
    },
    [universalis('1993-07-07')],
  ),
  ev(
    'MediationAction',
    'med-unsc-observers',
    when('1993-07-09'),
    {
      mediator: 'un',
      action: 'offered',
      summary:
        'The Security Council decides unanimously to send some fifty military observers to Georgia once a ceasefire is established in Abkhazia.',
    },
    [universalis('1993-07-09')],
  ),
  ev(
    'IncidentReported',
    'inc-july-repulse',
    when('1993-07-12'),
    {
      incidentId: 'georgia-july-repulse-1993-07-12',
      kind: 'clash',
      perpetrator: 'georgia',
      against: 'abkhazia',
      place: P.sukhumi,
      description: 'Georgian forces repel the Abkhaz offensive.',
    },
    [universalis('1993-07-12')],
  ),
  ev(
    'IncidentReported',
    'inc-july-last',
    when('1993-07-27', 'approximate'),
    {
      incidentId: 'abkhaz-sukhumi-1993-07-27',
      kind: 'clash',
      perpetrator: 'abkhazia',
      against: 'georgia',
      place: P.sukhumi,
      description:
        'The fighting north of Sukhumi goes on to the day of the Sochi agreement, the government forces "again in a bad position" (Universalis; Wikipedia dates the offensive 1–27 July).',
    },
    [graded(universalis('1993-07-27'), 3), graded(wpJuly('1993-07-27'), 3)],
  ),
  // ===== 27 July 1993: the Sochi agreement =====
  ev(
    'AgreementReached',
    'agr-sochi',
    when('1993-07-27'),
    {
      agreementId: A.sochi,
      kind: 'ceasefire',
      provisions: [
        'The ceasefire agreed on 20 May resumes from 12:00 on 28 July 1993; no aviation, artillery or naval vessels; no new forces, mobilisation or deliveries of equipment to the conflict zone',
        'Georgian-Abkhaz-Russian interim monitoring groups from 29 July; international observers invited',
        'Withdrawal of the belligerents from the conflict zone within fifteen days; demilitarisation of the zone',
        'The legal authorities of Abkhazia return to Sukhumi; refugees return; negotiations resume at once',
      ],
      signatories: ['georgia', 'abkhazia', 'russia'],
      textPublic: true,
      status: 'signed',
    },
    [paxSochi('1993-07-27'), paxSochiText('1993-07-27'), universalis('1993-07-27')],
    { note: 'Signed by Vakhtang Goguadze (Georgia), Sokrat Jinjolia (Abkhazia) and Andrei Kozyrev (Russia).' },
  ),
  ev(
    'CeasefireDeclared',
    'cf-sochi',
    when('1993-07-28T08:00:00Z'),
    {
      ceasefireId: CF.sochi,
      parties: ['georgia', 'abkhazia'],
      scope: 'Abkhazia, from 12:00 on 28 July 1993 (the Sochi agreement)',
      duration: 'indefinite',
      mediatedBy: ['russia'],
    },
    [paxSochiText('1993-07-28')],
  ),
  ev(
    'IncidentReported',
    'inc-georgian-pullback',
    when('1993-08-15', 'approximate'),
    {
      incidentId: 'georgia-pullback-1993-08',
      kind: 'withdrawal',
      perpetrator: 'georgia',
      against: 'abkhazia',
      place: P.sukhumi,
      description:
        'Under the Sochi agreement Georgian soldiers trickle away from the front line over the weekend, the bulk pulling back 12 miles with observer groups deployed at the front; the Georgians withdraw most of their military equipment, tanks and heavy artillery from Sukhumi.',
    },
    [S.ap930816, wpSukhumi('1993-08-15')],
  ),
  ev(
    'IncidentReported',
    'inc-abkhaz-pullback',
    when('1993-08-15', 'approximate'),
    {
      incidentId: 'abkhaz-pullback-1993-08',
      kind: 'withdrawal',
      perpetrator: 'abkhazia',
      against: 'georgia',
      place: P.sukhumi,
      description:
        'Abkhaz soldiers too begin to pull back from the front line over the weekend (ITAR-Tass via the AP).',
    },
    [S.ap930816],
  ),
  ev(
    'IncidentReported',
    'inc-shroma',
    when('1993-08-15'),
    {
      incidentId: 'georgia-shroma-shelling-1993-08-15',
      kind: 'shelling',
      perpetrator: 'georgia',
      allegedBy: 'abkhazia',
      against: 'abkhazia',
      place: P.shroma,
      description:
        'The Abkhaz legislature’s press service says Georgian forces shelled Shroma late on Sunday and Abkhaz troops returned fire; Georgia says the night was quiet.',
    },
    [graded(S.ap930816, 3)],
    { occurrence: 'shroma-1993-08-15' },
  ),
  ev(
    'CeasefireViolationReported',
    'viol-shroma',
    when('1993-08-15'),
    {
      ceasefireId: CF.sochi,
      allegedBy: 'abkhazia',
      against: 'georgia',
      description:
        'The Georgian shelling of Shroma, in violation of the peace plan (Abkhaz account, denied by Georgia).',
    },
    [graded(S.ap930816, 3)],
    { occurrence: 'shroma-1993-08-15' },
  ),
  ev(
    'StatementMade',
    'stmt-ardzinba-suspends',
    when('1993-08-16', 'approximate'),
    {
      speaker: ARDZINBA,
      audience: 'georgia',
      tone: 'accusation',
      summary:
        'Ardzinba says he is suspending the withdrawal of the Abkhaz volunteers from the region because of Georgian violations of the withdrawal timetable (Russia’s Shoigu says no suspension was ordered).',
    },
    [S.ap930816],
  ),
  ev(
    'StatementMade',
    'stmt-ablotia-denies',
    when('1993-08-16'),
    {
      speaker: ABLOTIA,
      audience: 'abkhazia',
      tone: 'neutral',
      summary:
        'The night was quiet and the Georgian troops have not violated the withdrawal timetable; the deadline for both sides to pull back is extended to 20 August.',
    },
    [S.ap930816],
  ),
  ev(
    'MediationAction',
    'med-unomig',
    when('1993-08-24'),
    {
      mediator: 'un',
      action: 'offered',
      summary:
        'The Security Council establishes the UN Observer Mission in Georgia (UNOMIG) to verify the Sochi ceasefire.',
    },
    [uca('1993-08-24')],
  ),
  // ===== September 1993: the offensive and the fall of Sukhumi =====
  ev(
    'IncidentReported',
    'inc-september-offensive',
    when('1993-09-16'),
    {
      incidentId: 'abkhaz-september-offensive-1993-09-16',
      kind: 'clash',
      perpetrator: 'abkhazia',
      against: 'georgia',
      place: P.sukhumi,
      scale: 'major',
      description:
        'The September offensive: the separatists, aided by the Russian base, launch their offensive on Sukhumi, which the Georgians had stripped of heavy weapons under the ceasefire; caught by surprise, the city is almost encircled and cut off from the rest of Georgia.',
    },
    [wpSukhumi('1993-09-16'), S.agenda2014, S.fof931007],
    { occurrence: 'september-offensive-1993-09-16' },
  ),
  ev(
    'CeasefireViolationReported',
    'viol-september',
    when('1993-09-16'),
    {
      ceasefireId: CF.sochi,
      allegedBy: 'georgia',
      against: 'abkhazia',
      description: 'The Abkhaz attack on Sukhumi breaks the seven-week Sochi ceasefire.',
    },
    [S.lat930929, S.agenda2014],
    { occurrence: 'september-offensive-1993-09-16' },
  ),
  ev(
    'CeasefireEnded',
    'cf-sochi-ended',
    when('1993-09-16'),
    { ceasefireId: CF.sochi, reason: 'collapsed', summary: 'Broken by the Abkhaz offensive on Sukhumi.' },
    [S.lat930929, wpSukhumi('1993-09-16')],
    { occurrence: 'september-offensive-1993-09-16' },
  ),
  ev(
    'IncidentReported',
    'inc-sukhumi-falls',
    when('1993-09-27'),
    {
      incidentId: 'abkhaz-sukhumi-falls-1993-09-27',
      kind: 'clash',
      perpetrator: 'abkhazia',
      against: 'georgia',
      place: P.sukhumi,
      scale: 'major',
      description:
        'After 12 days of fierce fighting Abkhaz forces fight their way to the city centre and raise their flag over city hall; Sukhumi, the government’s last stronghold in the province, falls; the head of the pro-Georgian government of Abkhazia, Zhiuli Shartava, and the mayor are captured and shot. Shevardnadze, who had vowed to defend the city, flees.',
    },
    [S.lat930928, S.ap930928, wpSukhumi('1993-09-27')],
  ),
  ev(
    'IncidentReported',
    'toll-sukhumi',
    when('1993-09-27', 'approximate'),
    {
      incidentId: 'toll-sukhumi-georgian-1993-09',
      kind: 'casualty-report',
      perpetrator: 'abkhazia',
      against: 'georgia',
      period: { from: '1993-09-16', to: '1993-09-27' },
      fatalities: { min: 500, max: 500 },
      injured: { min: 2000, max: 2000 },
      description: 'Georgian losses in the Battle of Sukhumi: 500 soldiers killed and 2,000 wounded.',
    },
    [graded(wpSukhumi('1993-09-27'), 3)],
  ),
  ev(
    'StatementMade',
    'stmt-ladariya',
    when('1993-09-27'),
    {
      speaker: LADARIYA,
      audience: 'georgia',
      tone: 'accusation',
      summary:
        'The Abkhaz side offers Shevardnadze safe passage out ("We don’t want his life") but calls him a butcher of his own people who deceived the world.',
      quote: 'now everyone can plainly see that he is a butcher of his own people',
    },
    [S.lat930928],
  ),
  ev(
    'StatementMade',
    'stmt-shevardnadze-russia',
    when('1993-09-28'),
    {
      speaker: SHEVARDNADZE,
      audience: 'russia',
      tone: 'accusation',
      summary:
        'Back in Tbilisi, Shevardnadze says the plan to occupy Sukhumi was masterminded at Russian headquarters, that he feels betrayed in the July ceasefire, and that the victors are executing scores of pro-Georgian officials and citizens; "We have been brought to our knees." Sukhumi will be recaptured, he pledges, though perhaps not in his lifetime.',
      quote: 'The plan to occupy Sukhumi was masterminded at Russian headquarters',
    },
    [S.lat930929],
  ),
  ev(
    'IncidentReported',
    'inc-ochamchire',
    when('1993-09-30'),
    {
      incidentId: 'abkhaz-ochamchire-1993-09-30',
      kind: 'clash',
      perpetrator: 'abkhazia',
      against: 'georgia',
      place: P.ochamchire,
      description:
        'The secessionists capture the coastal town of Ochamchire and Tkvarcheli inland; the government forces are expelled from the territory, tens of thousands of refugees in flight.',
    },
    [S.fof931007],
  ),
  ev(
    'IncidentReported',
    'inc-georgian-expelled',
    when('1993-10-01'),
    {
      incidentId: 'georgia-expelled-1993-10-01',
      kind: 'withdrawal',
      perpetrator: 'georgia',
      against: 'abkhazia',
      place: 'Abkhazia (to the Inguri)',
      description: 'The Georgian government forces are driven out of Abkhazia behind the Inguri.',
    },
    [S.fof931007, S.agenda2014],
  ),
  ev(
    'StatementMade',
    'stmt-liberated',
    when('1993-10-01'),
    {
      speaker: ABKHAZ_MISSION,
      audience: 'georgia',
      tone: 'critical',
      summary: 'The territory of Abkhazia has been completely liberated from Georgian occupiers.',
      quote: 'The territory of Abkhazia has been completely liberated from Georgian occupiers.',
    },
    [S.fof931007],
  ),
  // ===== The Geneva talks under the UN =====
  ev(
    'TalksRoundOpened',
    'round-geneva-1-opened',
    when('1993-11-30'),
    {
      roundId: R.geneva1,
      label: 'Geneva, first round',
      venue: 'Geneva',
      format: 'formal',
      hosts: ['un', 'russia'],
      delegations: [
        { actorId: 'georgia', head: IOSELIANI },
        { actorId: 'abkhazia', head: JINJOLIA },
      ],
    },
    [S.ind931202, paxMoU('1993-11-30')],
    { note: 'Two days of UN-mediated talks (Reuters), Brunner chairing, Russia (Pastukhov) and the CSCE present.' },
  ),
  ev(
    'TalksRoundConcluded',
    'round-geneva-1-concluded',
    when('1993-12-01'),
    { roundId: R.geneva1, outcome: 'agreement', summary: 'An eight-point memorandum of understanding.' },
    [S.ind931202, paxMoU('1993-12-01')],
    { occurrence: 'geneva-memorandum-1993-12-01' },
  ),
  ev(
    'AgreementReached',
    'agr-mou',
    when('1993-12-01'),
    {
      agreementId: A.mou,
      kind: 'framework',
      provisions: [
        'No use of force or threat of force against each other for the period of negotiations',
        'More international observers and a peacekeeping force; the UN is invited to send one',
        'Exchange of prisoners of war before 20 December; urgent search for the missing',
        'Conditions for the return of refugees and of their land and property; a group of experts on the political status of Abkhazia; the next round’s date',
      ],
      signatories: ['georgia', 'abkhazia'],
      textPublic: true,
      roundId: R.geneva1,
      status: 'signed',
    },
    [paxMoU('1993-12-01'), S.ind931202],
    { occurrence: 'geneva-memorandum-1993-12-01' },
  ),
  ev(
    'CeasefireDeclared',
    'cf-geneva',
    when('1993-12-01'),
    {
      ceasefireId: CF.geneva,
      parties: ['georgia', 'abkhazia'],
      scope: 'No use of force or threat of force against each other for the period of negotiations (the memorandum)',
      duration: 'until-talks-conclude',
      mediatedBy: ['un', 'russia'],
    },
    [paxMoU('1993-12-01')],
    { occurrence: 'geneva-memorandum-1993-12-01' },
  ),
  ev(
    'TalksRoundOpened',
    'round-geneva-2-opened',
    when('1994-01-11'),
    {
      roundId: R.geneva2,
      label: 'Geneva, second round',
      venue: 'Geneva',
      format: 'formal',
      hosts: ['un', 'russia'],
      delegations: [
        { actorId: 'georgia', head: IOSELIANI },
        { actorId: 'abkhazia', head: JINJOLIA },
      ],
    },
    [rrcCommunique('1994-01-11')],
  ),
  ev(
    'TalksRoundConcluded',
    'round-geneva-2-concluded',
    when('1994-01-13'),
    {
      roundId: R.geneva2,
      outcome: 'progress',
      summary:
        'The memorandum is for the most part being implemented: prisoners exchanged "all for all", UNHCR’s first visit, more observers. The parties reaffirm the non-use of force, ask for a peacekeeping operation with a Russian contingent and an expanded UNOMIG mandate, and agree to begin the phased return of refugees.',
    },
    [rrcCommunique('1994-01-13')],
  ),
  ev(
    'TalksRoundOpened',
    'round-3-opened',
    when('1994-02-22'),
    {
      roundId: R.round3,
      label: 'Third round (Geneva, New York, Moscow)',
      venue: 'Geneva',
      format: 'formal',
      hosts: ['un', 'russia'],
    },
    [paxDeclaration('1994-02-22')],
    { note: 'Geneva 22–25 February, New York 7–9 March, Moscow 29–31 March 1994.' },
  ),
  ev(
    'TalksRoundConcluded',
    'round-3-concluded',
    when('1994-04-04'),
    { roundId: R.round3, outcome: 'agreement', summary: 'The declaration on measures for a political settlement.' },
    [paxDeclaration('1994-04-04')],
    { occurrence: 'declaration-1994-04-04' },
  ),
  ev(
    'AgreementReached',
    'agr-declaration',
    when('1994-04-04'),
    {
      agreementId: A.declaration,
      kind: 'framework',
      provisions: [
        'A strict formal ceasefire from this date; the non-use of force or threat of force reaffirmed',
        'A quadripartite agreement (with Russia and UNHCR) on the voluntary return of refugees and displaced persons, to begin with the deployment of a peacekeeping force',
        'The request for a peacekeeping operation with a Russian contingent and an expanded UNOMIG mandate reaffirmed',
        'Abkhazia has its own constitution, legislation and state symbols; powers for joint action in foreign policy, customs, ecology and human rights',
      ],
      signatories: ['georgia', 'abkhazia'],
      textPublic: true,
      roundId: R.round3,
      status: 'signed',
    },
    [paxDeclaration('1994-04-04')],
    { occurrence: 'declaration-1994-04-04' },
  ),
  ev(
    'CeasefireDeclared',
    'cf-formal-1994',
    when('1994-04-04'),
    {
      ceasefireId: CF.formal1994,
      parties: ['georgia', 'abkhazia'],
      scope: 'A strict formal ceasefire from 4 April 1994 (the declaration)',
      duration: 'indefinite',
      mediatedBy: ['un', 'russia'],
    },
    [paxDeclaration('1994-04-04')],
    { occurrence: 'declaration-1994-04-04' },
  ),
  ev(
    'CeasefireEnded',
    'cf-geneva-superseded',
    when('1994-04-04'),
    { ceasefireId: CF.geneva, reason: 'superseded', summary: 'Superseded by the formal ceasefire of the declaration.' },
    [paxDeclaration('1994-04-04')],
    { occurrence: 'declaration-1994-04-04' },
  ),
  // ===== May–June 1994: separation of forces and peacekeepers =====
  ev(
    'AgreementReached',
    'agr-moscow-1994',
    when('1994-05-14'),
    {
      agreementId: A.moscow1994,
      kind: 'ceasefire',
      provisions: [
        'The ceasefire on land, at sea and in the air scrupulously observed; no military action against each other',
        'A security zone with no armed forces or heavy military equipment, and a restricted-weapons zone on either side',
        'A CIS peacekeeping force and UN military observers deployed in the security zone to monitor compliance',
        'Heavy equipment withdrawn from the zones and stored under UN observation',
      ],
      signatories: ['georgia', 'abkhazia'],
      textPublic: true,
      status: 'signed',
    },
    [rrcMoscow1994('1994-05-14'), wpMoscow1994('1994-05-14')],
    { note: 'Witnessed by the UN, Russia and the CSCE; welcomed in Security Council resolution 934.' },
  ),
  ev(
    'CeasefireExtended',
    'cf-formal-1994-formalised',
    when('1994-05-14'),
    {
      ceasefireId: CF.formal1994,
      terms:
        'Formalised by the Moscow agreement on a ceasefire and separation of forces (security zone, CIS peacekeepers).',
    },
    [rrcMoscow1994('1994-05-14')],
  ),
  ev('ActorRegistered', 'actor-cis', when('1994-06-25'), { actor: CIS, role: 'third-party' }, [S.lat940628], {
    note: 'Its peacekeeping force (Russian troops) monitors the Moscow agreement with UNOMIG.',
  }),
  ev(
    'ThirdPartyEngagement',
    'tpe-peacekeepers',
    when('1994-06-25'),
    {
      actorId: 'russia',
      counterparts: ['georgia', 'abkhazia'],
      kind: 'support',
      summary:
        'Russian troops deploy, 3,000 strong under CIS auspices, to patrol the security zone along the Inguri; a company of the 97th parachute regiment enters Gali, welcomed by Russia’s deputy foreign minister Pastukhov: "The return of refugees must begin."',
    },
    [S.lat940628],
  ),
  // ===== November 1994: the constitution =====
  ev(
    'StatementMade',
    'stmt-constitution',
    when('1994-11-26'),
    {
      speaker: SUPREME_COUNCIL,
      audience: 'georgia',
      tone: 'critical',
      summary:
        'The Supreme Council of Abkhazia adopts a constitution proclaiming the Republic of Abkhazia (Apsny) a sovereign state.',
      quote: 'The Republic of Abkhazia (Apsny) is a sovereign',
    },
    [oupConstitution('1994-11-26')],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'georgia-abkhazia-1993.jsonl',
  logEnd: '2026-12-08T00:00:00Z',
  events,
};

export default definition;
