/**
 * A test fixture, not a shipped example: Angola and South Africa from the SADF's intervention against FAPLA's
 * offensive on Mavinga (the Lomba River battles of September – October 1987) through the siege of Cuito Cuanavale
 * (October 1987 – March 1988), the quadripartite talks under US mediation (London, Cairo, New York, Geneva), the
 * fighting at Techipa and the Cuban air strike on Calueque (27 June 1988), the fourteen principles (20 July), the
 * ceasefire declared on 8 August, the SADF's withdrawal (completed 30 August), the Brazzaville protocol (13 December)
 * and the New York accords (22 December 1988), to the start of the Cuban withdrawal (10 January 1989) and SWAPO's
 * incursion into Namibia on 1 April 1989. Escalation model v2 was never tuned on it: it is the case the model is held
 * to in angola-south-africa-1988.spec.ts, against the calls an analyst makes from DOMAIN.md §5b alone.
 *
 * The parties are Angola (President dos Santos; FAPLA) and South Africa (P. W. Botha, Pik Botha, Magnus Malan; the
 * SADF). The mediator is the United States (Chester Crocker). Third parties: Cuba (its forces in Angola), UNITA
 * (Savimbi, South Africa's ally), SWAPO (the Namibian movement South Africa fights); the Soviet Union is an observer.
 *
 * Recorded after the fact from sources read all at once (`retrospectiveClock`): each development is dated when it
 * happened and recorded in December 2026, so every source, contemporary or not, precedes its recording.
 *
 * Grading as in examples/README.md: A = the text of an agreement (the Wilson Center's copy of the principles); B = an
 * established outlet (AP, the Los Angeles Times, the Chicago Tribune, Time, the Mail & Guardian); C = an encyclopedia,
 * a mirror or a history site (Wikipedia, South African History Online, sadf.info, a Sentinel Projects page, an
 * excerpt of Bridgland's book); 2 = several sources agree or one established source reports it; 3 = one side's
 * claim, or a date or count the sources disagree on.
 *
 * Dates of sources: contemporary reports by their own date; web pages that give none (Wikipedia, its mirrors, history
 * sites, the Wilson Center's copy) by the year they were revised or posted, as far as the page shows it (the first of
 * January of that year), and an academic article by its year.
 *
 * Judgement calls, recorded as an analyst would:
 * - Cuba's forces fought beside FAPLA from late 1987. Cuban acts are recorded as a third party's (perpetrator
 *   `cuba`) unless the source gives them as the Angolan government's: the air strike on Calueque dam (27 June 1988,
 *   Cuban-piloted MiG-23s, 11–12 South African soldiers killed) is Cuba's; the ground fighting near Techipa the same
 *   day is Angola's, since Time gives it as "a government force" attacking a South African garrison (Luanda's count
 *   of ten Angolans killed is of that force).
 * - The fighting at Techipa is recorded as each side's part, as the sources give it: the government force's attack on
 *   the South African garrison (no toll of its own: Pretoria's 12 dead are the Calueque dead, Luanda's 26 South
 *   Africans are in the text), and the South African fire that killed 10 (Luanda's count of Angolans) to 300
 *   (Pretoria's count of Angolans and Cubans).
 * - South Africa's forces held ground in southern Angola throughout: Malan confirmed "a limited presence" on 3 October
 *   1987 (the first such admission). Recorded as an `occupation` by South Africa of "southern Angola" from that day
 *   (the fighting is recorded as clashes besides), ended by the SADF's `withdrawal` from "southern Angola" completed
 *   on 30 August 1988 ("As of this moment, we are out of Angola").
 * - The battles: the Lomba River battles of 9 and 13 September and 3 October 1987 (dates from Wikipedia, graded 3 for
 *   13 September, which only the encyclopedia gives); the SADF's shelling of Cuito Cuanavale from 14 October (an older
 *   revision of the same article); the six attacks on the Cuito Cuanavale bridgehead between 13 January and 23 March
 *   1988, recorded on the days the press or the encyclopedia dates (13 January, 14 February, 20 February, 25 and 29
 *   February, 23 March). One place, written one way: "Cuito Cuanavale" for the town, the bridgehead and the Tumpo
 *   positions east of the river; "Lomba River" for the battles of 1987.
 * - Scale (`major`): the battle of 3 October 1987 on the Lomba, "the decisive 3 October battle with 47 Brigade"
 *   (Bridgland, extract in the Sunday Times), in which FAPLA's offensive "was decisively repelled" (Wikipedia); and
 *   the attack of 14 February 1988 east of Cuito Cuanavale, "the offensive/battle of 14 February 1988" (Oosthuizen,
 *   Scientia Militaria), in which both sides "suffered heavy losses" (Angola, in the Los Angeles Times). No source read
 *   names an offensive or a full-scale battle for the other attacks on Cuito Cuanavale (13 January, 25 and 29
 *   February, 23 March: "attacks", "a 15-hour battle"); the Angolan
 *   spokesman's "sharp battles under way in several places" (22 February 1988) is his statement, not an act with a
 *   place, and is recorded as a statement.
 * - The three South African soldiers killed "in an artillery bombardment" over the weekend of 20–21 February 1988:
 *   the source gives no place; recorded without one.
 * - The siege between 14 October 1987 and 13 January 1988 is known only as a siege: no source read dates an act in
 *   those weeks, and none is recorded. The South African dead "since the Angolan conflict escalated last November"
 *   (at least three dozen by 16 February 1988) are one casualty count over that period.
 * - The shelling of Cuito Cuanavale a month after the last infantry battle (200 shells in three hours, seen by a BBC
 *   correspondent) is dated approximately to 23 April 1988 (the Mail & Guardian's "a month later").
 * - The ceasefire: the three governments declared it in Pretoria, Luanda and Havana on 8 August 1988 "from the moment
 *   of the release of this statement" after the Geneva talks (2–5 August, the Geneva protocol). The formal
 *   cessation of hostilities signed at Ruacana on 22 August is recorded as a continuation of that ceasefire.
 * - The fourteen principles (New York, 11–13 July; approved by the three governments on 20 July) are a `framework`
 *   agreement; the Brazzaville protocol (13 December) a `framework` signed; the New York accords (22 December) the
 *   `comprehensive` agreement, signed.
 * - SWAPO's incursion into Namibia on 1 April 1989 and the fighting with South African forces are recorded as South
 *   Africa's clashes with SWAPO (a third party), not with Angola: the fighting was in northern Namibia.
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, retrospectiveClock, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'angola-south-africa-1988';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 2026);
const when = retrospectiveClock('2026-12-06T10:00:00Z');

const ANGOLA: Actor = {
  id: 'angola',
  name: 'Angola',
  kind: 'state',
  aliases: ["People's Republic of Angola", 'Luanda', 'FAPLA', 'MPLA government'],
};
const SOUTH_AFRICA: Actor = {
  id: 'south-africa',
  name: 'South Africa',
  kind: 'state',
  aliases: ['Republic of South Africa', 'Pretoria', 'SADF', 'South African Defence Force'],
};
const USA: Actor = { id: 'united-states', name: 'United States', kind: 'state', aliases: ['Washington'] };
const CUBA: Actor = { id: 'cuba', name: 'Cuba', kind: 'state', aliases: ['Havana', 'FAR'] };
const UNITA: Actor = {
  id: 'unita',
  name: 'UNITA',
  kind: 'armed-group',
  aliases: ['National Union for the Total Independence of Angola', 'FALA'],
};
const SWAPO: Actor = {
  id: 'swapo',
  name: 'SWAPO',
  kind: 'armed-group',
  aliases: ["South West Africa People's Organisation", 'PLAN'],
};
const USSR: Actor = { id: 'soviet-union', name: 'Soviet Union', kind: 'state', aliases: ['USSR', 'Moscow'] };

const MALAN: Person = { name: 'Magnus Malan', title: 'Minister of Defence of South Africa', actorId: 'south-africa' };
const PIK: Person = { name: 'R. F. (Pik) Botha', title: 'Foreign Minister of South Africa', actorId: 'south-africa' };
const PW: Person = { name: 'P. W. Botha', title: 'State President of South Africa', actorId: 'south-africa' };
const SADF: Person = { name: 'South African Defence Force headquarters', actorId: 'south-africa' };
const GLEESON: Person = { name: 'Lt. Gen. Ian Gleeson', title: 'SADF chief of staff', actorId: 'south-africa' };
const ANGOLA_SPOKESMAN: Person = { name: 'Angolan government spokesman', actorId: 'angola' };
const DOS_SANTOS: Person = { name: 'José Eduardo dos Santos', title: 'President of Angola', actorId: 'angola' };

const WP_CUITO = 'https://en.wikipedia.org/wiki/Battle_of_Cuito_Cuanavale';
const S = {
  wpCuito: source('Battle of Cuito Cuanavale', 'Wikipedia', WP_CUITO, '2024-01-01', 'C', 2),
  wpCuitoOld: source(
    'Battle of Cuito Cuanavale (revision of 7 January 2011)',
    'Wikipedia (archived revision)',
    'https://talk.dob.jp/enwiki/w/index.php?oldid=406557897&title=Battle_of_Cuito_Cuanavale',
    '2011-01-07',
    'C',
    2,
  ),
  bridgland: source(
    'Extract: Cuito Cuanavale: 12 Months of War that Transformed a Continent, by Fred Bridgland',
    'Sunday Times (TimesLIVE)',
    'https://www.timeslive.co.za/sunday-times/books/non-fiction/2019-01-09-extract--cuito-cuanavale-12-months-of-war-that-transformed-a-continent-by-fred-bridgland/',
    '2019-01-09',
    'C',
    2,
  ),
  ap0909: source(
    'U.S. Envoy Arrives in Luanda for New Round of Regional Peace Talks',
    'Associated Press',
    'https://www.apnews.com/a616f91c97d96f447788c549bac10c26',
    '1987-09-09',
    'B',
    2,
  ),
  lat1004: source(
    'South Africa Confirms That Its Troops Are Stationed in Angola',
    'Los Angeles Times',
    'https://www.latimes.com/archives/la-xpm-1987-10-04-mn-32977-story.html',
    '1987-10-04',
    'B',
    2,
  ),
  ap1112: source(
    'UNITA Claims Biggest Victory Ever Over Government Forces',
    'Associated Press',
    'https://www.apnews.com/5895ca8401c100e4f9b069678cf0861e',
    '1987-11-12',
    'B',
    2,
  ),
  lat0217: source(
    'The World: Angola, S. Africa Battling',
    'Los Angeles Times',
    'https://www.latimes.com/archives/la-xpm-1988-02-17-mn-29231-story.html',
    '1988-02-17',
    'B',
    2,
  ),
  lat0223: source(
    'S. Africa Fighter Downed in Angola Raid: Pretoria Reports 3 Soldiers Killed; Luanda Tells of Heavy Combat',
    'Los Angeles Times',
    'https://www.latimes.com/archives/la-xpm-1988-02-23-mn-44742-story.html',
    '1988-02-23',
    'B',
    2,
  ),
  nyAccordsWiki: source(
    'New York Accords',
    'Wikipedia (mirror)',
    'http://the-uncensored-wiki.com:20082/articles/n/e/w/New_York_Accords_9401.html',
    '2008-01-01',
    'C',
    3,
  ),
  mg2022: source(
    'The battle over Cuito Cuanavale still rages',
    'Mail & Guardian',
    'https://mg.co.za/opinion/2022-02-25-the-battle-over-cuito-cuanavale-still-rages/',
    '2022-02-25',
    'B',
    2,
  ),
  oosthuizenHooper: source(
    'The South African Defence Force and Operation Hooper, Southeast Angola, December 1987 to March 1988',
    'Scientia Militaria (AJOL), G. J. J. Oosthuizen',
    'https://www.ajol.info/index.php/smsajms/article/view/109904',
    '2014-01-01',
    'B',
    2,
  ),
  ap0429: source(
    'Peace Conference Will Consider Angola and South-West Africa',
    'Associated Press',
    'https://www.apnews.com/da97bcfd7bac9e3dae2e37aece193288',
    '1988-04-29',
    'B',
    2,
  ),
  lat0503: source(
    'Talks on Angola Pullout Begin',
    'Los Angeles Times',
    'http://ukobiw.net./archives/la-xpm-1988-05-03-mn-2225-story.html',
    '1988-05-03',
    'B',
    2,
  ),
  saho0503: source(
    'Negotiations between SA, Cuba and Angola start in London',
    'South African History Online',
    'http://www.sahistory.org.za/dated-event/negotiations-between-sa-cuba-and-angola-start-london',
    '2011-03-16',
    'C',
    2,
  ),
  time0516: source(
    'World Notes: Diplomacy',
    'Time',
    'http://softbeam.net/txt/time/Time1988/1988-05-16/967419.html',
    '1988-05-16',
    'B',
    2,
  ),
  cairoMinutes: source(
    'Summary minutes of a meeting between the Republic of South Africa, an Angolan/Cuban delegation and the United States of America as mediator: Cairo, June 24 - 25, 1988',
    'Aluka / Digital Imaging South Africa (docslib copy)',
    'https://docslib.org/doc/7424147/summary-minutes-of-a-meeting-between-the-republic-of-south',
    '1988-06-25',
    'B',
    2,
  ),
  time0711: source(
    'World Notes: Angola',
    'Time',
    'http://softbeam.net/txt/time/Time1988/1988-07-11/967895.html',
    '1988-07-11',
    'B',
    2,
  ),
  sentinelCalueque: source(
    'Calueque Dam Bomb Damage (27th June 1988)',
    'Sentinel Projects',
    'https://sadf.sentinelprojects.com/vicar/calueque.html',
    '2002-07-13',
    'C',
    2,
  ),
  time0725: source(
    'World Notes: Angola',
    'Time',
    'http://softbeam.net/txt/time/Time1988/1988-07-25/967993.html',
    '1988-07-25',
    'B',
    2,
  ),
  principles: source(
    "Agreement between Angola, Cuba and South Africa, 'Principles for a Peaceful Settlement in Southwestern Africa'",
    'Wilson Center Digital Archive',
    'https://wilson-center-digital-archive.dvincitest.com/document/agreement-between-angola-cuba-and-south-africa-principles-peaceful-settlement-southwestern',
    '2020-01-01',
    'A',
    1,
  ),
  lat0808: source(
    'S. African, Cuban, Angolan Forces Declare Cease-Fire',
    'Los Angeles Times (Reuters)',
    'https://www.latimes.com/archives/la-xpm-1988-08-08-mn-227-story.html',
    '1988-08-08',
    'B',
    1,
  ),
  ct0809: source(
    'Immediate Cease-fire Declared In Angola',
    'Chicago Tribune',
    'http://articles.chicagotribune.com/1988-08-09/news/8801210484_1_cuban-troop-withdrawal-cuban-forces-south-africa',
    '1988-08-09',
    'B',
    2,
  ),
  lat0811: source(
    'The World - News from Aug. 11, 1988',
    'Los Angeles Times',
    'https://arstechnica.netblogpro.com/archives/la-xpm-1988-08-11-mn-272-story.html',
    '1988-08-11',
    'B',
    2,
  ),
  sadfPeace: source(
    'Peace Talks - Vrede Samesprekings (1988)',
    'sadf.info',
    'https://sadf.info/SWATF%20Peace%20Talks.html',
    '2010-01-01',
    'C',
    2,
  ),
  lat0830: source(
    'Last S. Africans Out of Angola',
    'Los Angeles Times',
    'http://ukobiw.net./archives/la-xpm-1988-08-30-mn-1490-story.html',
    '1988-08-30',
    'B',
    2,
  ),
  lat1214: source(
    'Pact for Angola Pullout, Namibia Freedom Signed',
    'Los Angeles Times',
    'http://articles.latimes.com/1988-12-14/news/mn-343_1_south-africa',
    '1988-12-14',
    'B',
    2,
  ),
  sahoAccords: source(
    'South Africa, Cuba and Angola Sign formal peace agreement, allowing Namibian independence from South Africa',
    'South African History Online',
    'https://sahistory.org.za/dated-event/south-africa-cuba-and-angola-sign-formal-peace-agreement-allowing-namibian-independence',
    '2011-01-01',
    'C',
    2,
  ),
  wpTripartite: source(
    'Tripartite Accord (1988)',
    'Wikipedia',
    'https://en.wikipedia.org/wiki/Tripartite_Accord_(1988)',
    '2024-01-01',
    'C',
    1,
  ),
  lat890111: source(
    'Cuban Troops Start Pullout From Angola',
    'Los Angeles Times',
    'https://www.latimes.com/archives/la-xpm-1989-01-11-mn-212-story.html',
    '1989-01-11',
    'B',
    2,
  ),
  ct890403: source(
    'S. Africa Resumes Fight In Namibia',
    'Chicago Tribune',
    'http://articles.chicagotribune.com/1989-04-03/news/8903310812_1_swapo-fighters-angola-namibia-border-south-africa',
    '1989-04-03',
    'B',
    2,
  ),
};

const P = { lomba: 'Lomba River', cuito: 'Cuito Cuanavale', south: 'southern Angola', techipa: 'Techipa' };
const R = { london: 'london-1988-05', cairo: 'cairo-1988-06', newYork: 'new-york-1988-07', geneva: 'geneva-1988-08' };
const D = { sadfOut: 'sadf-withdrawal-from-angola' };
const A = {
  principles: 'principles-1988-07-20',
  geneva: 'geneva-protocol-1988-08-05',
  brazzaville: 'brazzaville-protocol-1988-12-13',
  newYork: 'new-york-accords-1988-12-22',
};
const CF = { august: 'ceasefire-1988-08-08' };

const events = [
  // ===== September – November 1987: the Lomba River, the SADF's intervention =====
  ev(
    'NegotiationOpened',
    'opened',
    when('1987-09-08'),
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Angola – South Africa, Cuito Cuanavale and the New York accords, 1987–89',
      subject:
        "The SADF's intervention against FAPLA's offensive on Mavinga, the siege of Cuito Cuanavale, the talks of Angola, Cuba and South Africa under US mediation on South Africa's withdrawal from Angola, Namibia's independence under Resolution 435 and the Cuban withdrawal, the ceasefire and the accords of December 1988",
      parties: [ANGOLA, SOUTH_AFRICA],
      mediators: [USA],
    },
    [S.ap0909],
  ),
  ev('ActorRegistered', 'actor-cuba', when('1987-09-08'), { actor: CUBA, role: 'third-party' }, [S.wpCuito], {
    note: "Angola's ally: its forces in Angola fought beside FAPLA from late 1987; a delegation at the talks from May 1988.",
  }),
  ev('ActorRegistered', 'actor-unita', when('1987-09-08'), { actor: UNITA, role: 'third-party' }, [S.wpCuito], {
    note: "The rebel movement FAPLA's offensive was aimed at (Mavinga, Jamba); South Africa's ally.",
  }),
  ev('ActorRegistered', 'actor-swapo', when('1987-09-08'), { actor: SWAPO, role: 'third-party' }, [S.lat1004], {
    note: 'The Namibian movement fighting South African rule in Namibia from bases in Angola.',
  }),
  ev('ActorRegistered', 'actor-ussr', when('1987-09-08'), { actor: USSR, role: 'observer' }, [S.ap0429], {
    note: "FAPLA's arms supplier; its deputy foreign minister Adamishin followed the talks from the wings.",
  }),
  ev(
    'MediationAction',
    'crocker-luanda',
    when('1987-09-08'),
    {
      mediator: 'united-states',
      action: 'visited',
      summary:
        'Assistant Secretary of State Chester Crocker arrives in Luanda, unannounced, for talks aimed at a regional settlement; Angola offers the withdrawal of Cuban troops against the withdrawal of South African troops from southern Angola and Namibia.',
    },
    [S.ap0909],
  ),
  ev(
    'IncidentReported',
    'inc-lomba-0909',
    when('1987-09-09'),
    {
      incidentId: 'lomba-1987-09-09',
      kind: 'clash',
      perpetrator: 'south-africa',
      against: 'angola',
      place: P.lomba,
      description:
        "The first of the battles at the Lomba River: the SADF, intervening on UNITA's behalf, stops FAPLA's brigades advancing on Mavinga.",
    },
    [S.wpCuitoOld],
  ),
  ev(
    'IncidentReported',
    'inc-lomba-0913',
    when('1987-09-13'),
    {
      incidentId: 'lomba-1987-09-13',
      kind: 'clash',
      perpetrator: 'south-africa',
      against: 'angola',
      place: P.lomba,
      description: "The SADF engages FAPLA's 21 Brigade trying to cross the Lomba.",
    },
    [graded(S.wpCuito, 3)],
  ),
  ev(
    'StatementMade',
    'stmt-malan-presence',
    when('1987-10-03'),
    {
      speaker: MALAN,
      audience: 'angola',
      tone: 'critical',
      summary:
        'Malan confirms, apparently for the first time, that South Africa keeps troops in Angola, "a limited presence", because the Angolan army protects SWAPO and the ANC.',
      quote: 'a limited presence',
    },
    [S.lat1004],
  ),
  ev(
    'IncidentReported',
    'inc-occupation',
    when('1987-10-03'),
    {
      incidentId: 'sadf-in-southern-angola',
      kind: 'occupation',
      perpetrator: 'south-africa',
      against: 'angola',
      place: P.south,
      description:
        'South African forces are stationed in southern Angola ("a limited presence", Malan): held until the withdrawal of August 1988. The fighting is recorded as clashes besides.',
    },
    [S.lat1004],
  ),
  ev(
    'IncidentReported',
    'inc-lomba-1003',
    when('1987-10-03'),
    {
      incidentId: 'lomba-1987-10-03',
      kind: 'clash',
      perpetrator: 'south-africa',
      against: 'angola',
      place: P.lomba,
      scale: 'major',
      description:
        'The decisive battle on the Lomba: the SADF destroys FAPLA\'s 47 Brigade ("the decisive 3 October battle with 47 Brigade", Bridgland); FAPLA\'s offensive is "decisively repelled" and falls back on Cuito Cuanavale.',
    },
    [S.bridgland, S.wpCuitoOld],
  ),
  ev(
    'IncidentReported',
    'inc-cuito-shelling-1014',
    when('1987-10-14'),
    {
      incidentId: 'cuito-shelling-1987-10-14',
      kind: 'shelling',
      perpetrator: 'south-africa',
      against: 'angola',
      place: P.cuito,
      description: 'The SADF and UNITA begin the siege of Cuito Cuanavale, shelling it with long-range artillery.',
    },
    [S.wpCuitoOld],
  ),
  ev(
    'StatementMade',
    'stmt-sadf-intervention',
    when('1987-11-11'),
    {
      speaker: SADF,
      audience: 'angola',
      tone: 'warning',
      summary:
        "South Africa acknowledges for the first time that its forces intervened on UNITA's behalf against a force including Cuban and Soviet troops; Malan says that without them UNITA would have been defeated.",
    },
    [S.ap1112],
  ),
  // ===== January – March 1988: the attacks on Cuito Cuanavale =====
  ev(
    'IncidentReported',
    'inc-cuito-0113',
    when('1988-01-13'),
    {
      incidentId: 'cuito-attack-1988-01-13',
      kind: 'clash',
      perpetrator: 'south-africa',
      against: 'angola',
      place: P.cuito,
      description: 'The first of six South African attempts to break the FAPLA–Cuban defences of Cuito Cuanavale.',
    },
    [S.wpCuitoOld, S.oosthuizenHooper],
  ),
  ev(
    'IncidentReported',
    'inc-cuito-0214',
    when('1988-02-14'),
    {
      incidentId: 'cuito-battle-1988-02-14',
      kind: 'clash',
      perpetrator: 'south-africa',
      against: 'angola',
      place: P.cuito,
      scale: 'major',
      description:
        'The SADF–UNITA "offensive/battle of 14 February 1988" (Oosthuizen) east of Cuito Cuanavale: Angola says its forces are battling South African troops near the town and both sides have suffered heavy losses; South Africa says four of its soldiers were killed over the weekend.',
    },
    [S.lat0217, S.oosthuizenHooper],
  ),
  ev(
    'IncidentReported',
    'inc-toll-sa',
    when('1988-02-16'),
    {
      incidentId: 'toll-sadf-1987-11-to-1988-02',
      kind: 'casualty-report',
      perpetrator: 'angola',
      against: 'south-africa',
      period: { from: '1987-11-01', to: '1988-02-16' },
      fatalities: { min: 36, max: 36 },
      description:
        'At least three dozen South African soldiers killed since the Angolan conflict escalated in November (four of them over the weekend of 13–14 February).',
    },
    [S.lat0217],
  ),
  ev(
    'IncidentReported',
    'inc-airstrike-0220',
    when('1988-02-20'),
    {
      incidentId: 'sa-airstrike-cuito-1988-02-20',
      kind: 'airstrike',
      perpetrator: 'south-africa',
      against: 'angola',
      place: P.cuito,
      description: 'A South African fighter-bomber attacks Angolan units around Cuito Cuanavale in support of UNITA.',
    },
    [S.lat0223],
  ),
  ev(
    'IncidentReported',
    'inc-shootdown-0220',
    when('1988-02-20'),
    {
      incidentId: 'sa-fighter-downed-1988-02-20',
      kind: 'clash',
      perpetrator: 'angola',
      against: 'south-africa',
      place: P.cuito,
      description: 'Angolan ground fire shoots down the South African fighter-bomber; the pilot is missing.',
    },
    [S.lat0223],
  ),
  ev(
    'IncidentReported',
    'inc-bombardment-0221',
    when('1988-02-21', 'approximate'),
    {
      incidentId: 'bombardment-sa-dead-1988-02',
      kind: 'shelling',
      perpetrator: 'angola',
      against: 'south-africa',
      fatalities: { min: 3, max: 3 },
      description:
        'Three South African soldiers killed in an artillery bombardment over the weekend (Pretoria); no place given.',
    },
    [S.lat0223],
  ),
  ev(
    'StatementMade',
    'stmt-angola-heavy',
    when('1988-02-22'),
    {
      speaker: ANGOLA_SPOKESMAN,
      audience: 'south-africa',
      tone: 'accusation',
      summary:
        'Angola says South Africa has more than 9,000 troops in southern Angola and that the fighting is heavy "across virtually the whole of southern Angola", with sharp battles under way in several places.',
      quote: "It's bitter, it's brutal, it's tough.",
    },
    [S.lat0223],
  ),
  ev(
    'IncidentReported',
    'inc-cuito-0225',
    when('1988-02-25'),
    {
      incidentId: 'cuito-tumpo-1988-02-25',
      kind: 'clash',
      perpetrator: 'south-africa',
      against: 'angola',
      place: P.cuito,
      description:
        'A South African and UNITA attack on the FAPLA positions at the Tumpo, east of Cuito Cuanavale, is repelled.',
    },
    [S.wpCuito, S.oosthuizenHooper],
  ),
  ev(
    'IncidentReported',
    'inc-cuito-0229',
    when('1988-02-29'),
    {
      incidentId: 'cuito-tumpo-1988-02-29',
      kind: 'clash',
      perpetrator: 'south-africa',
      against: 'angola',
      place: P.cuito,
      description: 'A second attack on the Tumpo positions east of Cuito Cuanavale is repelled.',
    },
    [graded(S.wpCuito, 3)],
  ),
  ev(
    'IncidentReported',
    'inc-cuito-0323',
    when('1988-03-23'),
    {
      incidentId: 'cuito-tumpo-1988-03-23',
      kind: 'clash',
      perpetrator: 'south-africa',
      against: 'angola',
      place: P.cuito,
      description:
        'The last South African attack on the Cuito Cuanavale bridgehead: South Africa and UNITA fall back after a 15-hour battle.',
    },
    [S.wpCuito, S.nyAccordsWiki],
  ),
  ev(
    'IncidentReported',
    'inc-cuito-shelling-0423',
    when('1988-04-23', 'approximate'),
    {
      incidentId: 'cuito-shelling-1988-04',
      kind: 'shelling',
      perpetrator: 'south-africa',
      against: 'angola',
      place: P.cuito,
      description:
        'A month after the last infantry battle, a BBC correspondent sees 200 South African shells fall on the town in three hours.',
    },
    [S.mg2022],
  ),
  // ===== May – July 1988: the talks, Techipa and Calueque, the principles =====
  ev(
    'TalksRoundScheduled',
    'round-london-scheduled',
    when('1988-04-29'),
    {
      roundId: R.london,
      label: 'London talks',
      venue: 'London',
      format: 'formal',
      hosts: ['united-states'],
      plannedFor: '1988-05-03',
    },
    [S.ap0429],
  ),
  ev(
    'TalksRoundOpened',
    'round-london-opened',
    when('1988-05-03'),
    { roundId: R.london, venue: 'London', hosts: ['united-states'] },
    [S.lat0503, S.saho0503],
  ),
  ev(
    'DemandTabled',
    'demand-cuban-withdrawal',
    when('1988-05-03'),
    {
      demandId: 'cuban-withdrawal',
      by: 'south-africa',
      addressedTo: ['angola'],
      text: 'A timetable for the withdrawal of the Cuban troops from Angola, linked to Namibia’s independence',
      category: 'security',
    },
    [S.ap0429, S.time0516],
  ),
  ev(
    'DemandTabled',
    'demand-sa-withdrawal',
    when('1988-05-03'),
    {
      demandId: 'sa-withdrawal-and-435',
      by: 'angola',
      addressedTo: ['south-africa'],
      text: "South Africa withdraws its soldiers from Angola and abides by Resolution 435 on Namibia's independence",
      category: 'security',
    },
    [S.time0516],
  ),
  ev(
    'TalksRoundConcluded',
    'round-london-concluded',
    when('1988-05-04'),
    {
      roundId: R.london,
      outcome: 'progress',
      summary:
        'A tentative step: the first meeting of the four, on a Cuban–Angolan proposal to withdraw the Cuban troops over four years against South Africa’s withdrawal and Namibia’s independence.',
    },
    [S.time0516],
  ),
  ev(
    'TalksRoundOpened',
    'round-cairo-opened',
    when('1988-06-24'),
    { roundId: R.cairo, label: 'Cairo talks', venue: 'Cairo', format: 'formal', hosts: ['united-states'] },
    [S.cairoMinutes],
  ),
  ev(
    'TalksRoundConcluded',
    'round-cairo-concluded',
    when('1988-06-25'),
    {
      roundId: R.cairo,
      outcome: 'progress',
      summary: 'Pik Botha says progress was made on future talks on the withdrawal of Cuban and South African troops.',
    },
    [S.time0711, S.cairoMinutes],
  ),
  ev(
    'IncidentReported',
    'inc-techipa-angola',
    when('1988-06-27'),
    {
      incidentId: 'techipa-attack-1988-06-27',
      kind: 'clash',
      perpetrator: 'angola',
      against: 'south-africa',
      place: P.techipa,
      description:
        'The day after the Cairo talks, "a government force attacked a South African garrison" (Time): new fighting near Techipa and the Calueque dam. Luanda says 26 South Africans were killed; Pretoria gives 12 (the dead of the air strike on the dam, recorded as Cuba’s).',
    },
    [S.time0711],
  ),
  ev(
    'IncidentReported',
    'inc-techipa-sa',
    when('1988-06-27'),
    {
      incidentId: 'techipa-sa-fire-1988-06-27',
      kind: 'clash',
      perpetrator: 'south-africa',
      against: 'angola',
      place: P.techipa,
      fatalities: { min: 10, max: 300 },
      description:
        'South African forces repel the attack: Pretoria says 300 Angolans and Cubans were killed; Luanda that ten Angolans were.',
    },
    [graded(S.time0711, 3)],
  ),
  ev(
    'IncidentReported',
    'inc-calueque',
    when('1988-06-27'),
    {
      incidentId: 'calueque-airstrike-1988-06-27',
      kind: 'airstrike',
      perpetrator: 'cuba',
      against: 'south-africa',
      place: 'Calueque dam',
      fatalities: { min: 11, max: 12 },
      description:
        'Cuban-piloted MiG-23s bomb the Calueque dam and the South African post there, killing 11–12 South African soldiers.',
    },
    [S.sentinelCalueque],
  ),
  ev(
    'TalksRoundOpened',
    'round-ny-opened',
    when('1988-07-11'),
    {
      roundId: R.newYork,
      label: 'New York talks (Governors Island)',
      venue: 'Governors Island, New York',
      format: 'formal',
      hosts: ['united-states'],
    },
    [S.time0725],
  ),
  ev(
    'TalksRoundConcluded',
    'round-ny-concluded',
    when('1988-07-13'),
    {
      roundId: R.newYork,
      outcome: 'agreement',
      summary: 'The three delegations agree a document of principles for a settlement, to go to their governments.',
      nextSteps: 'Approval by the governments; talks on the timetables.',
    },
    [S.time0725],
  ),
  ev(
    'AgreementReached',
    'agr-principles',
    when('1988-07-20'),
    {
      agreementId: A.principles,
      kind: 'framework',
      provisions: [
        'Implementation of Resolution 435/78 on a date to be recommended to the Secretary-General',
        "Angola and South Africa cooperate toward Namibia's independence through free and fair elections",
        'Redeployment toward the north and the staged and total withdrawal of Cuban troops, verified by the Security Council',
        'Respect for sovereignty and the inviolability of borders; non-interference; abstention from the threat and use of force',
      ],
      signatories: ['angola', 'cuba', 'south-africa'],
      textPublic: true,
      roundId: R.newYork,
    },
    [S.principles, S.time0725],
  ),
  // ===== August 1988: Geneva, the ceasefire, the withdrawal =====
  ev(
    'TalksRoundOpened',
    'round-geneva-opened',
    when('1988-08-02'),
    { roundId: R.geneva, label: 'Geneva talks', venue: 'Geneva', format: 'formal', hosts: ['united-states'] },
    [S.sadfPeace],
  ),
  ev(
    'TalksRoundConcluded',
    'round-geneva-concluded',
    when('1988-08-05'),
    {
      roundId: R.geneva,
      outcome: 'agreement',
      summary:
        'The Geneva protocol: a cessation of hostilities, the withdrawal of South African forces from Angola by 1 September, Resolution 435 from 1 November.',
    },
    [S.lat0808, S.sadfPeace],
    { occurrence: 'geneva-protocol-1988-08-05' },
  ),
  ev(
    'AgreementReached',
    'agr-geneva',
    when('1988-08-05'),
    {
      agreementId: A.geneva,
      kind: 'ceasefire',
      provisions: [
        'A cessation of hostilities',
        'South African forces withdrawn from Angola by 1 September 1988',
        'Implementation of Resolution 435 recommended from 1 November 1988',
        'A timetable for the Cuban withdrawal agreed by 1 September',
      ],
      signatories: ['angola', 'cuba', 'south-africa'],
      textPublic: false,
      roundId: R.geneva,
    },
    [S.lat0808, S.sadfPeace],
    { occurrence: 'geneva-protocol-1988-08-05' },
  ),
  ev(
    'CeasefireDeclared',
    'cf-august',
    when('1988-08-08'),
    {
      ceasefireId: CF.august,
      parties: ['angola', 'south-africa', 'cuba'],
      scope:
        'A cessation of hostilities between the forces of the three in Angola and Namibia, from the release of the joint statement',
      duration: 'indefinite',
      mediatedBy: ['united-states'],
    },
    [S.lat0808, S.ct0809],
  ),
  ev(
    'StatementMade',
    'stmt-pik-first-step',
    when('1988-08-08'),
    {
      speaker: PIK,
      audience: 'press',
      tone: 'conciliatory',
      summary:
        'Pik Botha: "The cease-fire is now in effect"; South Africa begins withdrawing on Wednesday and will be out by 1 September.',
      quote:
        'This will be the first step in a very long and arduous road to the establishment of stability in this important region of Africa',
    },
    [S.ct0809],
  ),
  ev(
    'StatementMade',
    'stmt-sa-withdrawal-begins',
    when('1988-08-10'),
    {
      speaker: SADF,
      audience: 'angola',
      tone: 'neutral',
      summary: 'About 2,000 South African soldiers begin withdrawing from Angola, the first phase of the peace plan.',
    },
    [S.lat0811],
  ),
  ev(
    'CeasefireExtended',
    'cf-ruacana',
    when('1988-08-22'),
    {
      ceasefireId: CF.august,
      duration: 'indefinite',
      terms:
        'At Ruacana, military representatives of South Africa and a joint Cuban–Angolan delegation sign a formal agreement on the cessation of hostilities; a joint military monitoring commission (agreed on 16 August) oversees the withdrawal.',
    },
    [S.sadfPeace],
  ),
  ev(
    'IncidentReported',
    'inc-withdrawal',
    when('1988-08-30'),
    {
      incidentId: D.sadfOut,
      kind: 'withdrawal',
      perpetrator: 'south-africa',
      against: 'angola',
      place: P.south,
      description:
        'The last South African troops cross into Namibia: "As of this moment, we are out of Angola" (Lt. Gen. Ian Gleeson).',
    },
    [S.lat0830],
  ),
  ev(
    'StatementMade',
    'stmt-gleeson',
    when('1988-08-30'),
    {
      speaker: GLEESON,
      audience: 'angola',
      tone: 'neutral',
      summary: 'Nearly 1,000 soldiers cross into Namibia during the day, under the regional peace accord.',
      quote: 'As of this moment, we are out of Angola',
    },
    [S.lat0830],
  ),
  // ===== December 1988 – April 1989: the accords and their implementation =====
  ev(
    'AgreementReached',
    'agr-brazzaville',
    when('1988-12-13'),
    {
      agreementId: A.brazzaville,
      kind: 'framework',
      provisions: [
        'The withdrawal of the approximately 50,000 Cuban troops over 27 months',
        'Resolution 435 implemented from 1 April 1989',
        'The accords signed in New York on 22 December',
      ],
      signatories: ['angola', 'cuba', 'south-africa'],
      textPublic: true,
      status: 'signed',
    },
    [S.lat1214],
  ),
  ev(
    'StatementMade',
    'stmt-crocker-brazzaville',
    when('1988-12-13'),
    {
      speaker: {
        name: 'Chester A. Crocker',
        title: 'US Assistant Secretary of State for African Affairs',
        actorId: 'united-states',
      },
      audience: 'press',
      tone: 'conciliatory',
      summary: 'The mediator calls the Brazzaville protocol the end of a sad chapter in Africa’s modern history.',
      quote: "This is the end of a sad chapter in Africa's modern history",
    },
    [S.lat1214],
  ),
  ev(
    'AgreementReached',
    'agr-new-york',
    when('1988-12-22'),
    {
      agreementId: A.newYork,
      kind: 'comprehensive',
      provisions: [
        'Resolution 435 implemented from 1 April 1989 (Namibia’s independence)',
        'The staged and total withdrawal of the Cuban troops under the Angola–Cuba agreement, verified by the UN',
        'Non-interference and abstention from the threat or use of force; the exchange of prisoners of war',
      ],
      signatories: ['angola', 'cuba', 'south-africa'],
      textPublic: true,
      status: 'signed',
    },
    [S.sahoAccords, S.wpTripartite],
  ),
  ev(
    'StatementMade',
    'stmt-pw-new-era',
    when('1988-12-22'),
    {
      speaker: PW,
      audience: 'angola',
      tone: 'conciliatory',
      summary: 'P. W. Botha proclaims a new era: South Africa wants to be accepted by its African neighbours.',
      quote: 'A new era has begun.... We want to be accepted by our African brothers. We need each other.',
    },
    [S.sahoAccords],
  ),
  ev(
    'StatementMade',
    'stmt-dos-santos-farewell',
    when('1989-01-10'),
    {
      speaker: DOS_SANTOS,
      audience: 'cuba',
      tone: 'conciliatory',
      summary:
        'The first 450 Cuban soldiers leave Luanda, counted by UN observers, the first concrete step in implementing the accord; dos Santos bids them farewell.',
      quote: 'You have fulfilled your mission with honor and glory',
    },
    [S.lat890111],
  ),
  ev(
    'IncidentReported',
    'inc-swapo-incursion',
    when('1989-04-02'),
    {
      incidentId: 'swapo-incursion-1989-04',
      kind: 'clash',
      perpetrator: 'south-africa',
      against: 'swapo',
      place: 'northern Namibia',
      fatalities: { min: 156, max: 156 },
      description:
        'As Resolution 435 takes effect, SWAPO guerrillas cross from Angola into northern Namibia; South African units back in action kill 156 of them by 2 April (police), with 22 South African dead.',
    },
    [S.ct890403],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'angola-south-africa-1988.jsonl',
  logEnd: '2026-12-07T00:00:00Z',
  events,
};

export default definition;
