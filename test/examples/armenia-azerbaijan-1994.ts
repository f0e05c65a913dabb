/**
 * A test fixture, not a shipped example: Armenia and Azerbaijan in the last
 * year of the first Karabakh war, 1993–94, as an analyst following the news
 * could have recorded them — the Armenian offensive into Kelbajar (31 March –
 * 3 April 1993) and the attack on Fizuli, the ceasefire Russia's defence
 * minister Pavel Grachev brokered at Sochi (from noon on 9 April), the
 * Security Council's resolution 822 (30 April), the battle for Aghdam (from
 * 12 June) and its fall (23 July), the three-day truce from 26 July and
 * resolution 853, the offensive on Fizuli and Jabrayil (17–23 August), the
 * ceasefire Russia brokered in the autumn (resolution 874) and its breach in
 * the advance to the Iranian border and the fall of Zangilan (late October;
 * resolution 884), Azerbaijan's winter offensive (Operation Kalbajar, from 15
 * December; Horadiz retaken in the first week of January 1994), the battle for
 * the Omar pass (12–18 February), the protocol of the defence ministers in
 * Moscow (18 February), the fighting of the spring towards Terter and in
 * Aghdam district, the Bishkek Protocol (5 May, the parliament speakers), the
 * ceasefire signed by the defence ministers and in force from 00:01 on 12 May,
 * its confirmation in Moscow (16 May), and the CSCE's Budapest summit (6
 * December 1994). Separate from the later armenia-azerbaijan fixtures (2016,
 * 2020, 2022, 2025), which record nothing of this period: the 2016 fixture
 * names the 1994 ceasefire only as the one in force at its start. Escalation
 * model v2 was never tuned on it: it is the case the model is held to in
 * armenia-azerbaijan-1994.spec.ts, against the calls an analyst makes from
 * DOMAIN.md §5b alone.
 *
 * The parties are Armenia and Azerbaijan (President Abulfaz Elchibey until
 * June 1993, then Heydar Aliyev, elected president on 3 October 1993).
 * Mediators: Russia (Grachev; Vladimir Kazimirov, the president's envoy) and
 * the CSCE Minsk Group (its chairman; co-chairmen from the Budapest summit).
 * Third parties: the Nagorno-Karabakh Armenian authorities and their forces
 * (`nagorno-karabakh`), the UN Security Council and Iran.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source.
 *
 * Grading as in examples/README.md: B = an established outlet (AP, Reuters,
 * the Los Angeles Times, the Christian Science Monitor, the Baltimore Sun,
 * the Orlando Sentinel) or the CSCE's own text; C = an encyclopedia, a copy of
 * a newspaper story on an archive or partisan site (Caucasus Record, the
 * Armenian Club, a book quoting the New York Times), an explainer or
 * anniversary piece from one side's press (karabakh99, insightkarabakh,
 * allinnet, realkarabakh, azhumanrights/APA, PanARMENIAN, Mediamax) or a
 * university's archive note (USC Institute of Armenian Studies); 1 = the
 * CSCE's summit document for what it decided; 2 = several sources agree or one
 * established source reports it; 3 = one side's claim, or a count or date the
 * sources disagree on.
 *
 * Dates of sources: contemporary reports by their own date. Reference pages
 * written later (Wikipedia, explainer and anniversary pieces, memoir-based
 * notes, a book) are given a lower bound from their content: the day of the
 * development they are cited for, as the Thailand – Laos fixture does for
 * Wikipedia, so that the analyst is taken to have known it on its day from
 * the press those pages summarise.
 *
 * Judgement calls, recorded as an analyst would:
 * - The Karabakh forces. Most contemporary reports read (AP, Reuters, the Los
 *   Angeles Times, the New York Times, the Guardian, the Baltimore Sun) speak
 *   of "Armenian forces" or "Armenian troops", and the encyclopedia lists
 *   Armenian army units beside the Karabakh ones in each battle (Operation
 *   Kalbajar: the 555th Vardenis regiment). Armenia's government said it had
 *   no control over the enclave's commanders (recorded as its statement).
 *   The rule: an act is Armenia's where a source read names Armenian forces
 *   or Armenian units in it; it is the Karabakh side's (`nagorno-karabakh`, a
 *   third party) only where every source read names the Karabakh forces
 *   alone — the heights of Gyulistan–Talish taken on 10 April 1994
 *   (realkarabakh: "the NKR armed forces"), and the Karabakh Armenians'
 *   charge that Azerbaijan broke the autumn ceasefire. Ceasefires and
 *   agreements the Karabakh commander signed bind it with the two parties.
 * - Scale (`major`) is marked only where a source calls the act an
 *   offensive or a battle: the Kelbajar offensive (AP: "Armenia began an
 *   offensive"; LA Times: "the offensive was one of the biggest Armenian
 *   victories"), the battle for Aghdam (encyclopedia: "Battle of Aghdam",
 *   HRW's "offensive against Aghdam"; NYT: "continuing offensive"), the
 *   attack on Fizuli and Jabrayil (CSM: "since the offensive began"; Baltimore
 *   Sun: "a massive Armenian offensive"), Zangilan (de Waal: "a joint
 *   offensive from Armenia and Nagorny Karabakh"), Operation Kalbajar
 *   (encyclopedia: "a military offensive"), the battle for the Omar pass
 *   (allinnet: "the battle for the Omar Pass") and the spring advance (USC:
 *   "Armenians went on the offensive in the spring"). Not the attack on
 *   Fizuli of 5 April 1993 ("a major Armenian attack", no offensive named),
 *   the retaking of Horadiz (AP: "the first significant advance"), the
 *   shelling of Aghdam of 4 July, the advance to the Iranian border of late
 *   October (the Independent: "the latest Armenian advance"), the air strikes
 *   of February–March 1994 or the counter-attack of 2–5 May 1994.
 * - One place, written one way: the district (Kelbajar, Fizuli, Aghdam,
 *   Jabrayil, Lachin, Zangilan, Terter) for every act in it, whatever town
 *   or pass the source names (Horadiz is in Fizuli district; the Omar pass in
 *   Kelbajar district); Kafan is in Armenia.
 * - Ground taken in fire is recorded as the armed action that took it. No
 *   `occupation` is recorded for the districts held afterwards: the catalogue's
 *   occupation is ground taken or held with no fire, and the ground here was
 *   taken in battle; after 12 May 1994 the lines are those the ceasefire froze
 *   (its text asks only for a pullback to be agreed). The Security Council's
 *   demands that the "occupying forces" withdraw are recorded as its
 *   statements.
 * - Azerbaijan's blockade of Armenia (the New York Times, 7 April 1993:
 *   "During the fighting, Azerbaijan has imposed an economic blockade on
 *   Armenia") is a border closed against the other party, in force when the
 *   case opens; its start lies before the case and no source read dates it,
 *   nor its end within 1994. Recorded once, dated approximately to the
 *   opening. Turkey's embargo on aid transiting to Armenia (LA Times, 4 April
 *   1993) is a third country's and not recorded.
 * - The Sochi ceasefire (agreed 8 April 1993, from noon Moscow time on 9
 *   April, 08:00 UTC) has no dated breach in the sources read; it is ended
 *   (`collapsed`) when the battle for Aghdam begins, on 12 June (the date the
 *   encyclopedia gives the battle), an analyst's reading.
 * - The three-day truce from 26 July 1993, agreed after Aliyev's contacts with
 *   the Karabakh leaders and the Minsk Group's officials ("agreed upon by both
 *   governments"), binds the three sides; it collapsed "within days": ended on
 *   29 July, its term, approximately.
 * - The autumn ceasefire: resolution 874 (14 October 1993) calls on the
 *   parties to observe "the ceasefire established as a result of the direct
 *   contacts undertaken with the assistance of the Government of the Russian
 *   Federation". No source read dates its start: it is recorded as in force
 *   on 14 October (approximate). Its breach is recorded from the Independent
 *   (28 October: "in the last few days the Armenians have broken a ceasefire
 *   agreement and advanced south … reaching Azerbaijan's border with Iran"),
 *   dated 25 October, approximate, with the Karabakh side's counter-charge;
 *   the ceasefire is ended (`collapsed`) with it, as resolution 884 reads it
 *   ("violations of the established ceasefire … resulted in the resumption
 *   of hostilities"). The fall of Zangilan ("late October", de Waal) is dated
 *   30 October, approximate. Iran's troops moved to the border (resolution
 *   884) are recorded as Iran's force posture, a third party's.
 * - The winter offensive: recorded at its launch (15 December 1993), at the
 *   retaking of Horadiz ("this week", AP, 7 January 1994: dated 5 January,
 *   approximate) and at the crossing of the Murov range ("by mid-January",
 *   dated 15 January, approximate). The AP's 500 Armenian soldiers killed
 *   "over the past month" is Azerbaijan's claim, recorded as a count over the
 *   month (`casualty-report`), graded 3. The encyclopedia's totals for the
 *   operation (about 4,000 Azerbaijani and 2,000 Armenian servicemen killed)
 *   are in the text of the battle of the Omar pass, not added as acts.
 * - The battle for the Omar pass is recorded on each day its source dates:
 *   the counter-attack (12 February), the road and part of the pass taken
 *   (13–14 February, dated the 14th), the two brigades surrounded (15
 *   February) and the whole district taken (18 February). It was first
 *   recorded as one act on the 12th with the later days only in its text;
 *   split after the first run (see the spec), as the source dates them and
 *   as an analyst following the battle would have recorded it.
 * - The Moscow protocol of 18 February 1994 (the defence ministers with
 *   Grachev and the Karabakh commander) agreed measures to cease hostilities
 *   and pull troops back, but was not applied (ArmInfo: "an uncompromising
 *   attitude of the parties"): an agreement `text-agreed`, no ceasefire.
 * - The air strikes of February–March 1994 on Armenian forces in Aghdam and
 *   Terter (APA) are dated by month only (March), one act per district. The
 *   spring advance towards Terter and Barda ("throughout April", USC) is dated
 *   by month (April). No source read gives a dated act between 5 May and the
 *   ceasefire (USC's account of 7 May is cut off in the copy read): the record
 *   is thinner than the fighting in the last week of the war.
 * - The Bishkek Protocol (5 May 1994): signed by the speakers of Armenia's
 *   parliament and of Karabakh's; Azerbaijan's speaker, Rasul Guliyev, signed
 *   on 8 May (APA): recorded `text-agreed` on 5 May and `signed` on 8 May.
 *   The ceasefire agreement: signed by Azerbaijan's defence minister Mamedov in
 *   Baku on 9 May, Armenia's Sargsyan in Yerevan on 10 May and the Karabakh
 *   commander Babayan on 11 May, in force from 00:01 on 12 May (20:01 UTC on
 *   11 May); recorded as reached on 9 May (`text-agreed`), in force on 12 May,
 *   and the ceasefire dated when it took effect, indefinite, mediated by
 *   Russia.
 * - The first weeks and months: no breach of the ceasefire is dated in the
 *   sources read (ArmInfo: "it is followed in general since then, though
 *   skirmishes and other incidents often take place on the contact line",
 *   undated); none is recorded. The Moscow meeting of 16 May (the defence
 *   ministers and Grachev) confirmed the ceasefire (recorded as its
 *   restatement); Azerbaijan's minister left without signing the document on
 *   the pullback (PanARMENIAN). The Budapest summit (6 December 1994) welcomed
 *   the parties' confirmation of the ceasefire and decided on co-chairmen and
 *   a CSCE peacekeeping force.
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'armenia-azerbaijan-1994';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 1994);
/** A recordedAt on a given day (the case spans two years). */
const rec = (day: string, time: string): string => `${day}T${time}:00Z`;

const ARMENIA: Actor = { id: 'armenia', name: 'Armenia', kind: 'state', aliases: ['Yerevan', 'Armenian forces'] };
const AZERBAIJAN: Actor = { id: 'azerbaijan', name: 'Azerbaijan', kind: 'state', aliases: ['Baku', 'Azeri forces'] };
const RUSSIA: Actor = { id: 'russia', name: 'Russia', kind: 'state', aliases: ['Russian Federation', 'Moscow'] };
const MINSK_GROUP: Actor = {
  id: 'csce-minsk-group',
  name: 'CSCE Minsk Group',
  kind: 'international-organisation',
  aliases: ['Minsk Conference', 'CSCE', 'OSCE Minsk Group'],
};
const KARABAKH: Actor = {
  id: 'nagorno-karabakh',
  name: 'Nagorno-Karabakh Armenian authorities and forces',
  kind: 'de-facto-authority',
  aliases: ['Nagorno-Karabakh Republic', 'NKR Defence Army', 'Karabakh Armenians', 'Artsakh'],
};
const UNSC: Actor = {
  id: 'un-security-council',
  name: 'UN Security Council',
  kind: 'international-organisation',
  aliases: ['Security Council'],
};
const IRAN: Actor = { id: 'iran', name: 'Iran', kind: 'state', aliases: ['Tehran'] };

const UN_SC: Person = { name: 'UN Security Council', actorId: 'un-security-council' };
const ALBRIGHT: Person = {
  name: 'Madeleine Albright',
  title: 'President of the Security Council (United States)',
  actorId: 'un-security-council',
};
const GASSIMOV: Person = { name: 'Tofig Gassimov', title: 'Foreign Minister of Azerbaijan', actorId: 'azerbaijan' };
const ARMENIAN_GOV: Person = { name: 'Government of Armenia', actorId: 'armenia' };
const ALIYEV: Person = { name: 'Heydar Aliyev', title: 'President of Azerbaijan', actorId: 'azerbaijan' };
const NKR_OFFICIALS: Person = { name: 'Officials of Nagorno-Karabakh', actorId: 'nagorno-karabakh' };
const CSCE_SUMMIT: Person = {
  name: 'CSCE summit, Budapest (the participating States)',
  actorId: 'csce-minsk-group',
};

/** A reference page written later, dated by the development it is cited for (see the header). */
const ref =
  (title: string, publisher: string, url: string, reliability: 'B' | 'C', credibility: 2 | 3) => (day: string) =>
    source(title, publisher, url, day, reliability, credibility);

const W = {
  r822: ref(
    'United Nations Security Council Resolution 822',
    'Wikipedia',
    'https://en.wikipedia.org/wiki/United_Nations_Security_Council_Resolution_822',
    'C',
    2,
  ),
  aghdam: ref('Battle of Aghdam', 'Wikipedia', 'https://en.wikipedia.org/wiki/Battle_of_Aghdam', 'C', 2),
  summer: ref('1993 Summer Offensives', 'Wikipedia', 'https://en.wikipedia.org/wiki/1993_Summer_Offensives', 'C', 2),
  r874: ref(
    'What is UN Security Council Resolution 874, adopted on October 14, 1993, about?',
    'karabakh99 (Azerbaijani explainer site)',
    'https://karabakh99.com/2020/10/30/what-is-un-security-council-resolution-874-adopted-on-october-14-1993-about/',
    'C',
    2,
  ),
  r884: ref(
    'United Nations Security Council Resolution 884',
    'Wikipedia',
    'https://en.wikipedia.org/wiki/United_Nations_Security_Council_Resolution_884',
    'C',
    2,
  ),
  dewaal: ref(
    'Black Garden: Armenia and Azerbaijan through Peace and War (Thomas de Waal), chapter "September 1993 – May 1994: Exhaustion"',
    'hozir.org (copy of the book)',
    'http://hozir.org/black-garden--armenia-and-azerbaijan-through-peace-and-war/hozir.org/black-garden--armenia-and-azerbaijan-through-peace-and-war.html?page=49',
    'C',
    2,
  ),
  kalbajar: ref('Operation Kalbajar', 'Wikipedia', 'https://en.wikipedia.org/wiki/Operation_Kalbajar', 'C', 2),
  omar: ref(
    'The battle of Omar pass',
    'allinnet.info (Armenian outlet)',
    'https://allinnet.info/history/the-battle-of-omar-pass/',
    'C',
    3,
  ),
  arminfo: ref(
    '16 years passed since armistice in Nagorno Karabakh conflict zone (ArmInfo, 12 May 2010)',
    'Armenian Club (copy)',
    'https://armenianclub.com/2010/05/13/16-years-passed-since-armistice-in-nagorno-karabakh-conflict-zone',
    'C',
    2,
  ),
  apa: ref(
    '21 years pass since declaration of ceasefire between Azerbaijan and Armenia (APA)',
    'azhumanrights.az',
    'https://azhumanrights.az/21-years-pass-since-declaration-of-ceasefire-between-azerbaijan-and-armenia/?lang=en',
    'C',
    3,
  ),
  usc: ref(
    'From the Archives: The May 1994 Cease-Fire and How It Came About',
    'USC Dornsife Institute of Armenian Studies',
    'https://armenian.usc.edu/from-the-archives-the-may-1994-cease-fire-and-how-it-came-about/',
    'C',
    2,
  ),
  realkarabakh: ref('1994', 'realkarabakh.com (Armenian site)', 'http://realkarabakh.com/en/1994/', 'C', 3),
  mediamax: ref(
    'Karabakh cease-fire "mainly due to the balance of forces" – separatist minister (Mediamax, 12 May 2004)',
    'Armenian Club (copy)',
    'https://www.armenianclub.com/2004/05/12/karabakh-cease-fire-mainly-due-to-the-balance-of-forces-separati/',
    'C',
    2,
  ),
  ceasefireText: ref(
    'Cease-fire Agreement (unofficial translation, from V. Kazimirov, "Mir Karabakhu", 2009)',
    'karabakhfacts.com',
    'https://karabakhfacts.com/cease-fire-agreement/',
    'C',
    2,
  ),
  panarmenian: ref(
    '14 years of cease-fire in the Karabakh conflict zone',
    'PanARMENIAN.Net',
    'http://panarmenian.net/eng/politics/details/42664',
    'C',
    2,
  ),
};

const S = {
  ap930402: source(
    'Azerbaijani Town Reportedly Falls to Armenian Troops',
    'Los Angeles Times (Associated Press), archive copy',
    'http://stats.nohib.com./archives/la-xpm-1993-04-02-mn-18162-story.html',
    '1993-04-02',
    'B',
    2,
  ),
  lat930404: source(
    'Armenia Forces Seize Key City in Azerbaijan',
    'Los Angeles Times',
    'https://www.latimes.com/archives/la-xpm-1993-04-04-mn-19160-story.html',
    '1993-04-04',
    'B',
    2,
  ),
  ap930405: source(
    'Armenia firms up land seizure',
    'Roanoke Times (Associated Press)',
    'https://scholar.lib.vt.edu/VA-news/ROA-Times/issues/1993/rt9304/930405/04050029.htm',
    '1993-04-05',
    'B',
    2,
  ),
  os930406: source(
    'Azeri Officials Say Armenians Are Turned Back',
    'Orlando Sentinel',
    'http://articles.orlandosentinel.com/1993-04-06/news/9304050680_1_azerbaijan-armenians-fizuli',
    '1993-04-06',
    'B',
    3,
  ),
  nyt930407: source(
    'Attacks in Caucasus Bring New Tide of Refugees',
    'The New York Times (copy on Caucasus Record)',
    'https://caucasusrecord.com/?p=158',
    '1993-04-07',
    'C',
    2,
  ),
  reu930409: source(
    'Armenia, Azerbaijan Agree to Truce in Fight Over Karabakh',
    'Los Angeles Times (Reuters)',
    'https://www.latimes.com/archives/la-xpm-1993-04-09-mn-21018-story.html',
    '1993-04-09',
    'B',
    2,
  ),
  nyt930725: source(
    'The New York Times, 25 July 1993, quoted in "The roots of Karabakh", chapter 26',
    'therootsofkarabakh.com',
    'http://therootsofkarabakh.com/2010/04/07/chapter-26-the-reasons-of-azerbaijani-defeat-2/7/',
    '1993-07-25',
    'C',
    2,
  ),
  gu930820: source(
    'Armenians seize another Azerbaijani town (Jonathan Steele, the Guardian)',
    'The Guardian (copy on Caucasus Record)',
    'https://caucasusrecord.com/?p=442',
    '1993-08-20',
    'C',
    2,
  ),
  nyt930824: source(
    'Caucasus City Falls to Armenian Forces',
    'The New York Times (copy on Caucasus Record)',
    'https://caucasusrecord.com/media-archive/caucausus-city-falls-to-armenian-forces',
    '1993-08-24',
    'C',
    2,
  ),
  csm930825: source(
    'As a Key Azeri City Falls, War Threatens to Widen',
    'The Christian Science Monitor',
    'https://www.csmonitor.com/1993/0825/25013.html',
    '1993-08-25',
    'B',
    2,
  ),
  bs930826: source(
    'Armenian offensive spurs flood of refugees to Iran',
    'The Baltimore Sun',
    'https://www.baltimoresun.com/news/bs-xpm-1993-08-26-1993238012-story.html',
    '1993-08-26',
    'B',
    2,
  ),
  ind931028: source(
    'Hundreds of Azeri refugees feared drowned fleeing Armenian advance',
    'The Independent (copy on Caucasus Record)',
    'https://caucasusrecord.com/?p=164',
    '1993-10-28',
    'C',
    2,
  ),
  ap940107: source(
    'Azerbaijan Reports First Victory in Months',
    'Associated Press',
    'https://www.apnews.com/2494271f74310b03b6fb03a22c800fe9',
    '1994-01-07',
    'B',
    2,
  ),
  budapest: source(
    'CSCE Budapest Document 1994, Towards a Genuine Partnership in a New Era, II. Regional Issues',
    'University of Minnesota Human Rights Library (CSCE text, DOC.RC/1/95)',
    'http://www1.umn.edu/humanrts/osce/new/Regional-Issues.html',
    '1994-12-21',
    'B',
    1,
  ),
};

const P = {
  kelbajar: 'Kelbajar district',
  fizuli: 'Fizuli district',
  aghdam: 'Aghdam district',
  jabrayil: 'Jabrayil district',
  lachin: 'Lachin district',
  zangilan: 'Zangilan district',
  terter: 'Terter district',
  kafan: 'Kafan (Armenia)',
  talish: 'Talish (Martakert)',
};
const CF = {
  sochi: 'sochi-ceasefire-1993-04-09',
  july: 'three-day-truce-1993-07-26',
  autumn: 'russian-brokered-ceasefire-1993-autumn',
  may: 'ceasefire-1994-05-12',
};
const A = {
  moscowFeb: 'moscow-protocol-1994-02-18',
  bishkek: 'bishkek-protocol-1994-05-05',
  may: 'ceasefire-agreement-1994-05',
};
const R = { moscowFeb: 'moscow-defence-ministers-1994-02', moscowMay: 'moscow-defence-ministers-1994-05-16' };
const BOUND = ['armenia', 'azerbaijan', 'nagorno-karabakh'];

const events = [
  // ===== March – April 1993: Kelbajar, Fizuli, the Sochi ceasefire, resolution 822 =====
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '1993-03-31', recordedAt: rec('1993-04-02', '12:00') },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Armenia – Azerbaijan, the last year of the Karabakh war and the 1994 ceasefire',
      subject:
        'The war over Nagorno-Karabakh and the Azerbaijani districts around it from the Kelbajar offensive (March–April 1993) to the ceasefire of 12 May 1994 and the CSCE Budapest summit (December 1994), with the ceasefires brokered by Russia and the CSCE Minsk Group',
      parties: [ARMENIA, AZERBAIJAN],
      mediators: [RUSSIA, MINSK_GROUP],
    },
    [S.ap930402],
  ),
  ev(
    'ActorRegistered',
    'actor-karabakh',
    { occurredAt: '1993-03-31', recordedAt: rec('1993-04-02', '12:01') },
    { actor: KARABAKH, role: 'third-party' },
    [S.ap930402],
    {
      note: 'The Karabakh Armenian authorities and their forces: their acts are recorded as Armenia’s where a source names Armenian forces in them (see the header).',
    },
  ),
  ev(
    'ActorRegistered',
    'actor-unsc',
    { occurredAt: '1993-03-31', recordedAt: rec('1993-04-02', '12:02') },
    { actor: UNSC, role: 'third-party' },
    [S.ap930402],
    { note: 'Azerbaijan accuses the United Nations of neglecting the war (AP).' },
  ),
  ev(
    'IncidentReported',
    'inc-kelbajar-offensive',
    { occurredAt: '1993-03-31', recordedAt: rec('1993-04-02', '12:05') },
    {
      incidentId: 'kelbajar-offensive-1993-03-31',
      kind: 'clash',
      perpetrator: 'armenia',
      against: 'azerbaijan',
      place: P.kelbajar,
      scale: 'major',
      description:
        'Armenia begins an offensive into Azerbaijan on Wednesday; on Thursday Armenian and Nagorno-Karabakh troops drive to within a mile of the town of Kelbajar, buildings burn and thousands try to flee into the mountains (AP).',
    },
    [S.ap930402],
  ),
  ev(
    'IncidentReported',
    'inc-kelbajar-falls',
    { occurredAt: '1993-04-03', recordedAt: rec('1993-04-04', '12:00') },
    {
      incidentId: 'kelbajar-falls-1993-04-03',
      kind: 'clash',
      perpetrator: 'armenia',
      against: 'azerbaijan',
      place: P.kelbajar,
      scale: 'major',
      fatalities: { min: 140, max: 290 },
      description:
        'Armenian forces seize the town and district of Kelbajar after four days of shelling, nearly 10% of Azerbaijan’s territory; "the offensive was one of the biggest Armenian victories". The two sides report 140 combatants killed in four days; Azerbaijan’s defence ministry says at least 150 civilians were killed by artillery fire or by exposure in the evacuation over the mountain pass.',
    },
    [S.lat930404],
  ),
  ev(
    'StatementMade',
    'stmt-gassimov-geneva',
    { occurredAt: '1993-04-03', recordedAt: rec('1993-04-04', '12:05') },
    {
      speaker: GASSIMOV,
      audience: 'armenia',
      tone: 'warning',
      summary:
        'The attack disrupts the peace talks in Geneva among the United States, Russia, Turkey, Azerbaijan and Armenia; Azerbaijan’s foreign minister says they cannot go on unless Armenian forces withdraw from Kelbajar. President Elchibey declares a 60-day state of emergency and orders men aged 18 to 27 to report for duty.',
    },
    [S.lat930404],
  ),
  ev(
    'StatementMade',
    'stmt-az-russian-troops',
    { occurredAt: '1993-04-04', recordedAt: rec('1993-04-05', '12:00') },
    {
      speaker: { name: 'Iskander Gamidov', title: 'Interior Minister of Azerbaijan', actorId: 'azerbaijan' },
      audience: 'armenia',
      tone: 'accusation',
      summary:
        'As Armenian troops consolidate their control of the Kelbajar region, Azerbaijan’s interior minister charges that the attack was aided by Russian army troops based in Armenia; the foreign ministry asks the United Nations to consider sanctions against Armenia.',
    },
    [S.ap930405],
  ),
  ev(
    'IncidentReported',
    'inc-fizuli-attack',
    { occurredAt: '1993-04-05', recordedAt: rec('1993-04-06', '12:00') },
    {
      incidentId: 'fizuli-attack-1993-04-05',
      kind: 'clash',
      perpetrator: 'armenia',
      against: 'azerbaijan',
      allegedBy: 'azerbaijan',
      place: P.fizuli,
      fatalities: { min: 30, max: 30 },
      description:
        'Azerbaijan says it repulsed a major Armenian attack on the southern town of Fizuli that threatened to cut the country in two; Azeri officials say about 30 soldiers were killed. No confirmation from the Armenians.',
    },
    [S.os930406],
  ),
  ev(
    'IncidentReported',
    'inc-border-closed',
    { occurredAt: '1993-03-31', precision: 'approximate', recordedAt: rec('1993-04-07', '12:00') },
    {
      incidentId: 'azerbaijan-blockade-of-armenia',
      kind: 'border-closure',
      perpetrator: 'azerbaijan',
      against: 'armenia',
      description:
        'Azerbaijan’s economic blockade of Armenia is in force (the New York Times: "During the fighting, Azerbaijan has imposed an economic blockade on Armenia"); imposed before the case opens, dated approximately to the opening.',
    },
    [S.nyt930407],
  ),
  ev(
    'MediationAction',
    'med-grachev-sochi',
    { occurredAt: '1993-04-08', recordedAt: rec('1993-04-09', '10:00') },
    {
      mediator: 'russia',
      action: 'proposed',
      summary:
        'Russian Defence Minister Pavel Grachev mediates between representatives of Armenia and Azerbaijan at Sochi, during Russia’s talks with Georgia on Abkhazia; they agree a ceasefire from noon on Friday, to be followed by talks between the prime ministers.',
    },
    [S.reu930409],
    { occurrence: 'sochi-ceasefire-agreed-1993-04-08' },
  ),
  ev(
    'CeasefireDeclared',
    'cf-sochi',
    { occurredAt: '1993-04-09T08:00:00Z', recordedAt: rec('1993-04-09', '10:05') },
    {
      ceasefireId: CF.sochi,
      parties: ['armenia', 'azerbaijan'],
      scope: 'The Karabakh conflict, from noon (Moscow time) on 9 April 1993, agreed at Sochi on the 8th',
      duration: 'indefinite',
      mediatedBy: ['russia'],
    },
    [S.reu930409],
    { note: 'Agreed on the 8th; dated when it took effect.' },
  ),
  ev(
    'StatementMade',
    'stmt-unsc-822',
    { occurredAt: '1993-04-30', recordedAt: rec('1993-05-01', '12:00') },
    {
      speaker: UN_SC,
      audience: 'armenia',
      tone: 'critical',
      summary:
        'Resolution 822, adopted unanimously: concern at the escalation of armed hostilities; demands the immediate cessation of hostilities and the immediate withdrawal of all occupying forces from the Kelbajar district and other recently occupied areas of Azerbaijan.',
    },
    [W.r822('1993-04-30')],
  ),
  // ===== June – July 1993: Aghdam, the three-day truce, resolution 853 =====
  ev(
    'CeasefireEnded',
    'cf-sochi-ended',
    { occurredAt: '1993-06-12', precision: 'approximate', recordedAt: rec('1993-07-25', '12:00') },
    {
      ceasefireId: CF.sochi,
      reason: 'collapsed',
      summary: 'The battle for Aghdam begins (the encyclopedia dates it 12 June – 23 July 1993).',
    },
    [W.aghdam('1993-06-12')],
    { note: 'An analyst’s reading: no source read dates a breach of the Sochi ceasefire before the battle.' },
  ),
  ev(
    'IncidentReported',
    'inc-aghdam-battle',
    { occurredAt: '1993-06-12', precision: 'approximate', recordedAt: rec('1993-07-25', '12:05') },
    {
      incidentId: 'battle-of-aghdam-begins-1993-06-12',
      kind: 'clash',
      perpetrator: 'armenia',
      against: 'azerbaijan',
      place: P.aghdam,
      scale: 'major',
      description:
        'The battle of Aghdam begins: Armenian and Karabakh forces (some 6,000 troops) against the Azerbaijani garrison of the town, a main staging area for attacks and artillery strikes on Karabakh; HRW speaks of "their offensive against Aghdam".',
    },
    [W.aghdam('1993-06-12')],
  ),
  ev(
    'IncidentReported',
    'inc-aghdam-shelling',
    { occurredAt: '1993-07-04', recordedAt: rec('1993-07-25', '12:10') },
    {
      incidentId: 'aghdam-shelling-1993-07-04',
      kind: 'shelling',
      perpetrator: 'armenia',
      against: 'azerbaijan',
      place: P.aghdam,
      description:
        'Armenian forces begin an artillery bombardment of the city of Aghdam; as the civilians evacuate, so do the soldiers.',
    },
    [W.summer('1993-07-04')],
  ),
  ev(
    'IncidentReported',
    'inc-aghdam-falls',
    { occurredAt: '1993-07-23', recordedAt: rec('1993-07-25', '12:15') },
    {
      incidentId: 'aghdam-falls-1993-07-23',
      kind: 'clash',
      perpetrator: 'armenia',
      against: 'azerbaijan',
      place: P.aghdam,
      scale: 'major',
      description:
        'Armenian forces overrun Aghdam, six miles east of Nagorno-Karabakh, in house-to-house fighting; Azerbaijani soldiers flee, saying they were outgunned and outnumbered in the battle for the city. Some 120,000 civilians leave the region.',
    },
    [S.nyt930725, W.aghdam('1993-07-23')],
  ),
  ev(
    'IncidentReported',
    'inc-beyond-aghdam',
    { occurredAt: '1993-07-24', recordedAt: rec('1993-07-25', '12:20') },
    {
      incidentId: 'beyond-aghdam-1993-07-24',
      kind: 'clash',
      perpetrator: 'armenia',
      against: 'azerbaijan',
      allegedBy: 'azerbaijan',
      place: P.aghdam,
      scale: 'major',
      fatalities: { min: 200, max: 200 },
      civilianFatalities: { min: 200, max: 200 },
      description:
        'Azerbaijan’s defence ministry reports Armenian units continuing their offensive, advancing several miles beyond Aghdam, with more than 200 civilians dead and widespread destruction.',
    },
    [graded(S.nyt930725, 3)],
  ),
  ev(
    'IncidentReported',
    'inc-fizuli-july',
    { occurredAt: '1993-07-24', recordedAt: rec('1993-07-25', '12:25') },
    {
      incidentId: 'fizuli-attacked-1993-07-24',
      kind: 'clash',
      perpetrator: 'armenia',
      against: 'azerbaijan',
      place: P.fizuli,
      description: 'Armenians are also reported to be attacking Fizuli, an Azerbaijani town south of Aghdam.',
    },
    [S.nyt930725],
  ),
  ev(
    'MediationAction',
    'med-minsk-july',
    { occurredAt: '1993-07-26', precision: 'approximate', recordedAt: rec('1993-07-27', '12:00') },
    {
      mediator: 'csce-minsk-group',
      action: 'requested-pause',
      summary:
        'Facing a military collapse, Aliyev turns to the Karabakh leaders and the Minsk Group’s officials; a three-day truce is agreed.',
    },
    [W.summer('1993-07-26')],
  ),
  ev(
    'CeasefireDeclared',
    'cf-july',
    { occurredAt: '1993-07-26', recordedAt: rec('1993-07-27', '12:05') },
    {
      ceasefireId: CF.july,
      parties: BOUND,
      scope: 'A three-day truce from 26 July 1993',
      duration: 'temporary',
      until: '1993-07-29',
      mediatedBy: ['csce-minsk-group'],
    },
    [W.summer('1993-07-26')],
    {
      note: '"Agreed upon by both governments" (the encyclopedia), after Aliyev’s contacts with the Karabakh leaders.',
    },
  ),
  ev(
    'StatementMade',
    'stmt-unsc-853',
    { occurredAt: '1993-07-29', recordedAt: rec('1993-07-30', '12:00') },
    {
      speaker: UN_SC,
      audience: 'armenia',
      tone: 'critical',
      summary:
        'Resolution 853 condemns the seizure of the district of Aghdam and the offensive, and reaffirms the demands of resolution 822: a halt to hostilities and the withdrawal of the occupying forces.',
    },
    [W.summer('1993-07-29')],
  ),
  ev(
    'StatementMade',
    'stmt-armenia-no-control',
    { occurredAt: '1993-07-29', precision: 'approximate', recordedAt: rec('1993-07-30', '12:05') },
    {
      speaker: ARMENIAN_GOV,
      audience: 'un-security-council',
      tone: 'neutral',
      summary:
        'Despite the calls to halt the advance, Armenia’s government says it has no control over the enclave’s military leaders to call off the offensive.',
    },
    [W.summer('1993-07-29')],
  ),
  ev(
    'CeasefireEnded',
    'cf-july-ended',
    { occurredAt: '1993-07-29', precision: 'approximate', recordedAt: rec('1993-08-02', '12:00') },
    {
      ceasefireId: CF.july,
      reason: 'collapsed',
      summary: 'Within days the truce collapses and both sides resume fighting.',
    },
    [W.summer('1993-07-29')],
  ),
  // ===== August 1993: Fizuli and Jabrayil =====
  ev(
    'IncidentReported',
    'inc-lachin-villages',
    { occurredAt: '1993-08-19', precision: 'approximate', recordedAt: rec('1993-08-20', '12:10') },
    {
      incidentId: 'lachin-south-villages-1993-08',
      kind: 'clash',
      perpetrator: 'armenia',
      against: 'azerbaijan',
      place: P.lachin,
      description: 'Other Armenian forces move south from Lachin and capture five villages.',
    },
    [S.gu930820],
  ),
  ev(
    'IncidentReported',
    'inc-kafan-bombing',
    { occurredAt: '1993-08-18', recordedAt: rec('1993-08-20', '12:15') },
    {
      incidentId: 'kafan-bombing-alleged-1993-08-18',
      kind: 'airstrike',
      perpetrator: 'azerbaijan',
      against: 'armenia',
      allegedBy: 'armenia',
      place: P.kafan,
      description:
        'Reports from Armenia say Azerbaijani planes bombed the Armenian town of Kafan on Wednesday; Azerbaijan’s defence ministry denies it as "disinformation designed to distract world attention from Armenian aggression".',
    },
    [graded(S.gu930820, 3)],
  ),
  ev(
    'StatementMade',
    'stmt-unsc-albright',
    { occurredAt: '1993-08-19', recordedAt: rec('1993-08-20', '12:20') },
    {
      speaker: ALBRIGHT,
      audience: 'armenia',
      tone: 'critical',
      summary:
        'A Security Council statement calls for the immediate, full and unconditional withdrawal from the Fizuli district, Kelbajar, Aghdam and other newly occupied areas of Azerbaijan and an end to arms supplies, and urges the Armenian government to use all its influence to secure it.',
    },
    [S.gu930820],
  ),
  ev(
    'IncidentReported',
    'inc-fizuli-offensive',
    { occurredAt: '1993-08-17', recordedAt: rec('1993-08-25', '11:00') },
    {
      incidentId: 'fizuli-offensive-1993-08-17',
      kind: 'clash',
      perpetrator: 'armenia',
      against: 'azerbaijan',
      place: P.fizuli,
      scale: 'major',
      description:
        'Armenian forces attack Fizuli, south of the enclave; tens of thousands of Azeris flee "since the offensive began" on 17 August (CSM). Armenian forces go round the town to the east and south-east; armoured columns push towards Horadiz, six miles from the Iranian border.',
    },
    [S.csm930825, S.gu930820],
  ),
  ev(
    'IncidentReported',
    'inc-fizuli-falls',
    { occurredAt: '1993-08-23', recordedAt: rec('1993-08-25', '11:05') },
    {
      incidentId: 'fizuli-falls-1993-08-23',
      kind: 'clash',
      perpetrator: 'armenia',
      against: 'azerbaijan',
      place: P.fizuli,
      scale: 'major',
      description:
        'Azerbaijan’s defence ministry acknowledges that its forces were forced to withdraw from Fizuli under continued Armenian pressure; the Armenian advance halts less than 10 miles from the Iranian border.',
    },
    [S.nyt930824, S.csm930825],
  ),
  ev(
    'ActorRegistered',
    'actor-iran',
    { occurredAt: '1993-08-25', recordedAt: rec('1993-08-25', '12:00') },
    { actor: IRAN, role: 'third-party' },
    [S.csm930825],
    {
      note: 'Refugees flee towards the Iranian border; relief workers fear Iran could be drawn into the war (CSM, Baltimore Sun).',
    },
  ),
  ev(
    'IncidentReported',
    'inc-jabrayil',
    { occurredAt: '1993-08-18', recordedAt: rec('1993-08-26', '11:55') },
    {
      incidentId: 'jabrayil-falls-1993-08-18',
      kind: 'clash',
      perpetrator: 'armenia',
      against: 'azerbaijan',
      place: P.jabrayil,
      scale: 'major',
      description:
        'Armenian forces capture Jebrail (Jabrayil) on Wednesday night after four days of fighting (Azerbaijani defence ministry), part of "a massive Armenian offensive in southwestern Azerbaijan" (Baltimore Sun).',
    },
    [S.gu930820, S.bs930826],
  ),
  ev(
    'StatementMade',
    'stmt-nkr-demilitarise',
    { occurredAt: '1993-08-25', precision: 'approximate', recordedAt: rec('1993-08-26', '12:00') },
    {
      speaker: NKR_OFFICIALS,
      audience: 'azerbaijan',
      tone: 'critical',
      summary:
        'Officials in Nagorno-Karabakh say the areas under attack have been used to launch attacks on their villages and that their only goal is to demilitarise them.',
    },
    [S.bs930826],
  ),
  ev(
    'StatementMade',
    'stmt-guseinov-refugees',
    { occurredAt: '1993-08-25', precision: 'approximate', recordedAt: rec('1993-08-26', '12:05') },
    {
      speaker: { name: 'Rafael D. Guseinov', title: 'Azerbaijan’s representative in Moscow', actorId: 'azerbaijan' },
      audience: 'armenia',
      tone: 'accusation',
      summary:
        'Azerbaijan charges that the Armenians are driving refugees across the Iranian border on purpose, to gain territory and to aggravate the situation in Azerbaijan.',
    },
    [S.bs930826],
  ),
  // ===== October – November 1993: the autumn ceasefire broken, Zangilan, resolutions 874 and 884 =====
  ev(
    'CeasefireDeclared',
    'cf-autumn',
    { occurredAt: '1993-10-14', precision: 'approximate', recordedAt: rec('1993-10-15', '12:00') },
    {
      ceasefireId: CF.autumn,
      parties: BOUND,
      scope:
        'The ceasefire established through the direct contacts undertaken with the assistance of the Government of the Russian Federation, in support of the CSCE Minsk Group (in force on 14 October 1993; its start is not dated by the sources read)',
      duration: 'indefinite',
      mediatedBy: ['russia', 'csce-minsk-group'],
    },
    [W.r874('1993-10-14')],
  ),
  ev(
    'StatementMade',
    'stmt-unsc-874',
    { occurredAt: '1993-10-14', recordedAt: rec('1993-10-15', '12:05') },
    {
      speaker: UN_SC,
      audience: 'armenia',
      tone: 'neutral',
      summary:
        'Resolution 874 calls on the parties to observe the ceasefire established with Russia’s assistance and for the immediate implementation of the Minsk Group’s adjusted timetable, including the withdrawal of forces from recently occupied territories and the removal of all obstacles to communications and transport.',
    },
    [W.r874('1993-10-14')],
  ),
  ev(
    'IncidentReported',
    'inc-advance-iran-border',
    { occurredAt: '1993-10-25', precision: 'approximate', recordedAt: rec('1993-10-28', '12:00') },
    {
      incidentId: 'advance-to-iranian-border-1993-10',
      kind: 'clash',
      perpetrator: 'armenia',
      against: 'azerbaijan',
      place: P.fizuli,
      description:
        'In the last few days the Armenians have broken a ceasefire agreement and advanced south from Nagorno-Karabakh, reaching Azerbaijan’s border with Iran and cutting off a swath of south-west Azerbaijan; the new front line is at Horadiz. Hundreds of civilians probably drowned in the Aras fleeing the advance (the head of the UN mission in Baku).',
    },
    [S.ind931028],
    { occurrence: 'autumn-ceasefire-broken-1993-10' },
  ),
  ev(
    'CeasefireViolationReported',
    'cfv-autumn-az',
    { occurredAt: '1993-10-25', precision: 'approximate', recordedAt: rec('1993-10-28', '12:05') },
    {
      ceasefireId: CF.autumn,
      allegedBy: 'azerbaijan',
      against: 'armenia',
      description: 'Azerbaijan: the Armenian attack south to the Iranian border breaks the ceasefire.',
    },
    [S.ind931028],
    { occurrence: 'autumn-ceasefire-broken-1993-10' },
  ),
  ev(
    'CeasefireViolationReported',
    'cfv-autumn-nkr',
    { occurredAt: '1993-10-25', precision: 'approximate', recordedAt: rec('1993-10-28', '12:10') },
    {
      ceasefireId: CF.autumn,
      allegedBy: 'nagorno-karabakh',
      against: 'azerbaijan',
      description:
        'The Karabakh Armenians claim it was the Azeris who broke the latest ceasefire (no evidence, says the Independent).',
    },
    [graded(S.ind931028, 3)],
    { occurrence: 'autumn-ceasefire-broken-1993-10' },
  ),
  ev(
    'CeasefireEnded',
    'cf-autumn-ended',
    { occurredAt: '1993-10-25', precision: 'approximate', recordedAt: rec('1993-10-28', '12:15') },
    {
      ceasefireId: CF.autumn,
      reason: 'collapsed',
      summary:
        'Hostilities resume with the Armenian advance to the Iranian border (resolution 884: the violations "resulted in the resumption of hostilities").',
    },
    [S.ind931028],
    { occurrence: 'autumn-ceasefire-broken-1993-10' },
  ),
  ev(
    'StatementMade',
    'stmt-aliyev-unsc',
    { occurredAt: '1993-10-27', precision: 'approximate', recordedAt: rec('1993-10-28', '12:20') },
    {
      speaker: ALIYEV,
      audience: 'un-security-council',
      tone: 'accusation',
      summary: 'Aliyev appeals to the UN Security Council to hold an emergency session to condemn the Armenian attack.',
    },
    [S.ind931028],
  ),
  ev(
    'IncidentReported',
    'inc-zangilan',
    { occurredAt: '1993-10-30', precision: 'approximate', recordedAt: rec('1993-11-10', '12:00') },
    {
      incidentId: 'zangilan-overrun-1993-10',
      kind: 'clash',
      perpetrator: 'armenia',
      against: 'azerbaijan',
      place: P.zangilan,
      scale: 'major',
      description:
        'In late October a joint offensive from Armenia and Nagorny Karabakh overruns the Zangilan region, where some thirty thousand people were trapped in a pocket against the Iranian border; Aliyev later says it was surrendered for the loss of 27 soldiers.',
    },
    [W.dewaal('1993-10-30')],
  ),
  ev(
    'IncidentReported',
    'inc-iran-troops',
    { occurredAt: '1993-11-01', precision: 'approximate', recordedAt: rec('1993-11-13', '12:00') },
    {
      incidentId: 'iran-troops-border-1993-11',
      kind: 'force-posture',
      perpetrator: 'iran',
      place: 'Azerbaijani–Iranian border (Aras)',
      description:
        'Fighting at the Azerbaijani–Iranian border leads Iranian troops to be moved to the border region; the Security Council asks other states to refrain from interfering.',
    },
    [W.r884('1993-11-12')],
  ),
  ev(
    'StatementMade',
    'stmt-unsc-884',
    { occurredAt: '1993-11-12', recordedAt: rec('1993-11-13', '12:05') },
    {
      speaker: UN_SC,
      audience: 'armenia',
      tone: 'critical',
      summary:
        'Resolution 884 condemns the recent violations of the ceasefire, in particular the occupation of the Zangilan district and the city of Horadiz, attacks on civilians and bombardments of Azerbaijan; calls on Armenia’s government to use its influence on the Karabakh Armenians; demands the immediate cessation of hostilities and the unilateral withdrawal of the occupying forces from Zangilan and Horadiz.',
    },
    [W.r884('1993-11-12')],
  ),
  // ===== December 1993 – February 1994: Azerbaijan's winter offensive, the Omar pass, the Moscow protocol =====
  ev(
    'IncidentReported',
    'inc-kalbajar-op',
    { occurredAt: '1993-12-15', recordedAt: rec('1993-12-20', '12:00') },
    {
      incidentId: 'operation-kalbajar-1993-12-15',
      kind: 'clash',
      perpetrator: 'azerbaijan',
      against: 'armenia',
      place: P.kelbajar,
      scale: 'major',
      description:
        'Azerbaijan launches a military offensive to recapture the Kelbajar district (Operation Kalbajar), with over three thousand soldiers of the 701st brigade, in high altitudes and harsh winter conditions, against Armenian army and Karabakh forces.',
    },
    [W.kalbajar('1993-12-15')],
  ),
  ev(
    'IncidentReported',
    'inc-horadiz',
    { occurredAt: '1994-01-05', precision: 'approximate', recordedAt: rec('1994-01-07', '12:00') },
    {
      incidentId: 'horadiz-retaken-1994-01',
      kind: 'clash',
      perpetrator: 'azerbaijan',
      against: 'armenia',
      allegedBy: 'azerbaijan',
      place: P.fizuli,
      description:
        'Azerbaijani troops push Armenian forces out of several villages near Nagorno-Karabakh "this week", the first significant advance by Azerbaijan in months: three villages of the Fizuli region, 25 miles of the Iranian border and the railway junction of Goradiz (Horadiz) retaken; the retreating Armenians leave tanks, guns and howitzers behind (defence ministry).',
    },
    [S.ap940107],
  ),
  ev(
    'IncidentReported',
    'inc-month-toll',
    { occurredAt: '1994-01-07', recordedAt: rec('1994-01-07', '12:05') },
    {
      incidentId: 'armenian-losses-month-1994-01-07',
      kind: 'casualty-report',
      perpetrator: 'azerbaijan',
      against: 'armenia',
      allegedBy: 'azerbaijan',
      period: { from: '1993-12-07', to: '1994-01-07' },
      fatalities: { min: 500, max: 500 },
      description:
        'Over the past month the Armenian side has lost 500 soldiers and 32 tanks, Azerbaijan’s defence ministry says; it does not give its own losses.',
    },
    [graded(S.ap940107, 3)],
  ),
  ev(
    'IncidentReported',
    'inc-murov',
    { occurredAt: '1994-01-15', precision: 'approximate', recordedAt: rec('1994-01-20', '12:00') },
    {
      incidentId: 'murov-range-crossed-1994-01',
      kind: 'clash',
      perpetrator: 'azerbaijan',
      against: 'armenia',
      place: P.kelbajar,
      scale: 'major',
      description:
        'After back-and-forth action, the Azerbaijani offensive passes over the Murov range by mid-January 1994 and cuts the Vardenis–Martakert road.',
    },
    [W.kalbajar('1994-01-15')],
  ),
  ev(
    'IncidentReported',
    'inc-omar-pass',
    { occurredAt: '1994-02-12', recordedAt: rec('1994-02-19', '12:00') },
    {
      incidentId: 'omar-pass-counteroffensive-1994-02-12',
      kind: 'clash',
      perpetrator: 'armenia',
      against: 'azerbaijan',
      place: P.kelbajar,
      scale: 'major',
      description:
        'The battle for the Omar pass: in severe winter and heavy snowfall the Armenian side (the NKR Defence Army, says allinnet; Armenian army units fought in the operation, says the encyclopedia) counter-attacks in the highlands of Kelbajar, breaks through the Azerbaijani defences on the first day and cuts the Kelbajar grouping of the Azerbaijani army.',
    },
    [W.omar('1994-02-12'), W.kalbajar('1994-02-12')],
  ),
  ev(
    'IncidentReported',
    'inc-omar-pass-road',
    { occurredAt: '1994-02-14', recordedAt: rec('1994-02-19', '12:01') },
    {
      incidentId: 'omar-pass-road-1994-02-14',
      kind: 'clash',
      perpetrator: 'armenia',
      against: 'azerbaijan',
      place: P.kelbajar,
      scale: 'major',
      description:
        'The battle for the Omar pass goes on: on 13 and 14 February the road from the pass to Kelbajar, part of the pass itself and the Ganja–Kelbajar supply route are taken under Armenian control (dated to the 14th).',
    },
    [W.omar('1994-02-14')],
  ),
  ev(
    'IncidentReported',
    'inc-omar-pass-encircled',
    { occurredAt: '1994-02-15', recordedAt: rec('1994-02-19', '12:02') },
    {
      incidentId: 'omar-pass-encirclement-1994-02-15',
      kind: 'clash',
      perpetrator: 'armenia',
      against: 'azerbaijan',
      place: P.kelbajar,
      scale: 'major',
      description:
        'Armenian units take the road between Yanshakh, Gamyshly and Chaply and surround the Azerbaijani 130th and 701st brigades; those breaking out north are met by Grad rocket fire.',
    },
    [W.omar('1994-02-15')],
  ),
  ev(
    'IncidentReported',
    'inc-omar-pass-end',
    { occurredAt: '1994-02-18', recordedAt: rec('1994-02-19', '12:05') },
    {
      incidentId: 'omar-pass-taken-1994-02-18',
      kind: 'clash',
      perpetrator: 'armenia',
      against: 'azerbaijan',
      place: P.kelbajar,
      scale: 'major',
      description:
        'The northern sector of the front, with the Omar pass and the whole of Kelbajar district, is back under Armenian control; Azerbaijan’s 4th army corps is smashed (allinnet: 5–6 thousand Azerbaijani soldiers killed, frozen, missing or captured). The encyclopedia’s totals for the whole operation: about 4,000 Azerbaijani servicemen killed and 1,337 dead of frostbite, about 2,000 Armenian servicemen killed. Kept in the text, not as the toll of this act: the counts are of the whole operation, not of one day.',
    },
    [graded(W.omar('1994-02-18'), 3), graded(W.kalbajar('1994-02-18'), 3)],
  ),
  ev(
    'TalksRoundOpened',
    'round-moscow-feb-opened',
    { occurredAt: '1994-02-18', recordedAt: rec('1994-02-19', '12:10') },
    {
      roundId: R.moscowFeb,
      label: 'Defence ministers of Russia, Armenia and Azerbaijan with the Karabakh army command, Moscow',
      venue: 'Moscow',
      format: 'formal',
      hosts: ['russia'],
    },
    [W.arminfo('1994-02-18')],
  ),
  ev(
    'TalksRoundConcluded',
    'round-moscow-feb-concluded',
    { occurredAt: '1994-02-18', recordedAt: rec('1994-02-19', '12:15') },
    {
      roundId: R.moscowFeb,
      outcome: 'agreement',
      summary:
        'The defence ministers of Russia (Grachev), Armenia and Azerbaijan and a representative of the Karabakh army command agree a protocol of measures to cease military action, including a pullback of troops from the contact line.',
    },
    [W.arminfo('1994-02-18')],
    { occurrence: 'moscow-protocol-1994-02-18' },
  ),
  ev(
    'AgreementReached',
    'agr-moscow-feb',
    { occurredAt: '1994-02-18', recordedAt: rec('1994-02-19', '12:20') },
    {
      agreementId: A.moscowFeb,
      kind: 'ceasefire',
      provisions: ['Measures to cease military action', 'Withdrawal of troops from the contact line'],
      signatories: BOUND,
      textPublic: false,
      roundId: R.moscowFeb,
      status: 'text-agreed',
    },
    [W.arminfo('1994-02-18')],
    {
      occurrence: 'moscow-protocol-1994-02-18',
      note: 'Not applied: "an uncompromising attitude of the parties" (ArmInfo); the ceasefire of May is "based on the Protocol of 18 February 1994" (its text).',
    },
  ),
  // ===== March – May 1994: the air strikes, the spring offensive, Bishkek, the ceasefire =====
  ev(
    'IncidentReported',
    'inc-air-aghdam',
    { occurredAt: '1994-03', recordedAt: rec('1994-04-01', '12:00') },
    {
      incidentId: 'air-strikes-aghdam-1994-03',
      kind: 'airstrike',
      perpetrator: 'azerbaijan',
      against: 'armenia',
      place: P.aghdam,
      description:
        'Azerbaijani air forces strike the Armenian forces in Aghdam (February–March 1994), after attacks towards Aghdam–Terter that do not give the expected result.',
    },
    [W.apa('1994-03-01')],
  ),
  ev(
    'IncidentReported',
    'inc-air-terter',
    { occurredAt: '1994-03', recordedAt: rec('1994-04-01', '12:05') },
    {
      incidentId: 'air-strikes-terter-1994-03',
      kind: 'airstrike',
      perpetrator: 'azerbaijan',
      against: 'armenia',
      place: P.terter,
      description: 'Azerbaijani air forces strike the Armenian forces in Terter (February–March 1994).',
    },
    [W.apa('1994-03-01')],
  ),
  ev(
    'IncidentReported',
    'inc-talish',
    { occurredAt: '1994-04-10', recordedAt: rec('1994-04-11', '12:00') },
    {
      incidentId: 'gyulistan-talish-heights-1994-04-10',
      kind: 'clash',
      perpetrator: 'nagorno-karabakh',
      against: 'azerbaijan',
      place: P.talish,
      description:
        'In a counter-offensive on the north-eastern front the NKR armed forces take a number of strategic heights in the Gyulistan–Talish region; by mid-April they retake the Armenian villages of Talish, Chailu, Mataghis and Levonarkh.',
    },
    [W.realkarabakh('1994-04-10')],
  ),
  ev(
    'IncidentReported',
    'inc-spring-offensive',
    { occurredAt: '1994-04', recordedAt: rec('1994-05-01', '12:00') },
    {
      incidentId: 'spring-offensive-terter-1994-04',
      kind: 'clash',
      perpetrator: 'armenia',
      against: 'azerbaijan',
      place: P.terter,
      scale: 'major',
      description:
        'After beating back the Azerbaijani winter offensive, the Armenians go on the offensive in the spring: throughout April 1994 Armenian forces advance towards the towns of Terter and Barda.',
    },
    [W.usc('1994-04-01')],
  ),
  ev(
    'IncidentReported',
    'inc-aghdam-counterattack',
    { occurredAt: '1994-05-02', precision: 'approximate', recordedAt: rec('1994-05-06', '12:00') },
    {
      incidentId: 'aghdam-counterattack-1994-05',
      kind: 'clash',
      perpetrator: 'azerbaijan',
      against: 'armenia',
      place: P.aghdam,
      description:
        'From 2 to 5 May 1994 Azerbaijani forces counter-attack and partly reverse the Armenian advance in Aghdam district (the Azerbaijani historian Mamed Velimamedov, cited by USC).',
    },
    [W.usc('1994-05-02')],
  ),
  ev(
    'StatementMade',
    'stmt-guliyev-critical',
    { occurredAt: '1994-05-02', recordedAt: rec('1994-05-06', '12:05') },
    {
      speaker: { name: 'Rasul Guliyev', title: 'Speaker of the Milli Majlis of Azerbaijan', actorId: 'azerbaijan' },
      audience: 'domestic audience',
      tone: 'neutral',
      summary:
        'Azerbaijan’s parliament speaker visits the front at Barda, judges Azerbaijan’s position "critical" and reports to Aliyev that a ceasefire is needed.',
    },
    [W.usc('1994-05-02')],
  ),
  ev(
    'AgreementReached',
    'agr-bishkek',
    { occurredAt: '1994-05-05', recordedAt: rec('1994-05-06', '12:10') },
    {
      agreementId: A.bishkek,
      kind: 'framework',
      provisions: [
        'A call to cease fire in the Karabakh conflict zone',
        'Signed by the heads of the parliaments of Armenia, Azerbaijan and Nagorno-Karabakh under the auspices of the CIS Inter-Parliamentary Assembly',
      ],
      signatories: BOUND,
      textPublic: true,
      status: 'text-agreed',
    },
    [W.mediamax('1994-05-05')],
  ),
  ev(
    'MediationAction',
    'med-kazimirov-draft',
    { occurredAt: '1994-05-05', recordedAt: rec('1994-05-06', '12:15') },
    {
      mediator: 'russia',
      action: 'proposed',
      summary:
        'On the basis of the Bishkek Protocol, Vladimir Kazimirov, the Russian president’s envoy, draws up a ceasefire agreement for the parties to sign.',
    },
    [W.mediamax('1994-05-05')],
  ),
  ev(
    'AgreementStatusChanged',
    'agr-bishkek-signed',
    { occurredAt: '1994-05-08', recordedAt: rec('1994-05-09', '12:00') },
    {
      agreementId: A.bishkek,
      status: 'signed',
      by: 'azerbaijan',
      reason: 'Azerbaijan’s parliament speaker Rasul Guliyev signs, with Kazimirov present (APA).',
    },
    [W.apa('1994-05-08')],
  ),
  ev(
    'AgreementReached',
    'agr-may',
    { occurredAt: '1994-05-09', recordedAt: rec('1994-05-12', '06:00') },
    {
      agreementId: A.may,
      kind: 'ceasefire',
      provisions: [
        'A full ceasefire and cessation of hostilities from 00:01 on 12 May 1994; orders to the units by 11 May',
        'An urgent meeting of the defence ministers in Moscow to agree the lines of the troops’ pullback and prepare international observers',
        'An agreement on the cessation of the armed conflict to be concluded by 22 May',
      ],
      signatories: BOUND,
      textPublic: true,
      status: 'text-agreed',
    },
    [W.ceasefireText('1994-05-09')],
    {
      note: 'Signed by Azerbaijan’s defence minister Mamedov in Baku on 9 May, Armenia’s Sargsyan in Yerevan on 10 May and the Karabakh commander Babayan in Stepanakert on 11 May.',
    },
  ),
  ev(
    'CeasefireDeclared',
    'cf-may',
    { occurredAt: '1994-05-11T20:01:00Z', recordedAt: rec('1994-05-12', '06:05') },
    {
      ceasefireId: CF.may,
      parties: BOUND,
      scope:
        'A full ceasefire and cessation of hostilities in the Karabakh conflict zone, from 00:01 local time on 12 May 1994',
      duration: 'indefinite',
      mediatedBy: ['russia'],
    },
    [W.ceasefireText('1994-05-12')],
    { occurrence: 'ceasefire-in-force-1994-05-12' },
  ),
  ev(
    'AgreementStatusChanged',
    'agr-may-in-force',
    { occurredAt: '1994-05-11T20:01:00Z', recordedAt: rec('1994-05-12', '06:10') },
    {
      agreementId: A.may,
      status: 'in-force',
      reason: 'The ceasefire takes effect at midnight on 12 May, the mediator having received the three signed texts.',
    },
    [W.mediamax('1994-05-12')],
    { occurrence: 'ceasefire-in-force-1994-05-12' },
  ),
  ev(
    'TalksRoundOpened',
    'round-moscow-may-opened',
    { occurredAt: '1994-05-16', recordedAt: rec('1994-05-17', '12:00') },
    {
      roundId: R.moscowMay,
      label: 'Defence ministers of Armenia and Azerbaijan and the Karabakh army commander, with Grachev, Moscow',
      venue: 'Moscow',
      format: 'formal',
      hosts: ['russia'],
    },
    [W.panarmenian('1994-05-16')],
  ),
  ev(
    'TalksRoundConcluded',
    'round-moscow-may-concluded',
    { occurredAt: '1994-05-16', recordedAt: rec('1994-05-17', '12:05') },
    {
      roundId: R.moscowMay,
      outcome: 'progress',
      summary:
        'The ceasefire reached earlier is confirmed; a document on implementing the protocol of 18 February (pullback of the troops, a buffer zone) is signed by Grachev, Sargsyan and Babayan; Azerbaijan’s Mamedov, urgently called to Baku, does not sign it there.',
    },
    [W.panarmenian('1994-05-16')],
    { occurrence: 'ceasefire-confirmed-moscow-1994-05-16' },
  ),
  ev(
    'CeasefireExtended',
    'cf-may-confirmed',
    { occurredAt: '1994-05-16', recordedAt: rec('1994-05-17', '12:10') },
    {
      ceasefireId: CF.may,
      duration: 'indefinite',
      terms: 'Confirmed by the defence ministers and the Karabakh commander at the Moscow meeting with Grachev',
    },
    [W.panarmenian('1994-05-16')],
    { occurrence: 'ceasefire-confirmed-moscow-1994-05-16' },
  ),
  // ===== December 1994: the Budapest summit =====
  ev(
    'StatementMade',
    'stmt-budapest',
    { occurredAt: '1994-12-06', recordedAt: rec('1994-12-22', '12:00') },
    {
      speaker: CSCE_SUMMIT,
      audience: 'armenia, azerbaijan',
      tone: 'conciliatory',
      summary:
        'The participating States welcome the parties’ confirmation of the ceasefire agreed on 12 May 1994 through Russia’s mediation with the Minsk Group, call for intensified substantive talks including direct contacts, and confirm their commitment to the Security Council’s resolutions.',
    },
    [S.budapest],
  ),
  ev(
    'MediationAction',
    'med-budapest',
    { occurredAt: '1994-12-06', recordedAt: rec('1994-12-22', '12:05') },
    {
      mediator: 'csce-minsk-group',
      action: 'proposed',
      summary:
        'The summit directs the Chairman-in-Office to name co-chairmen of the Minsk Conference, harmonising Russia’s and the Minsk Group’s mediation into a single effort, and declares the CSCE’s readiness to deploy a multinational peacekeeping force once an agreement on the cessation of the armed conflict is reached.',
    },
    [S.budapest],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'armenia-azerbaijan-1994.jsonl',
  logEnd: '1994-12-31T00:00:00Z',
  events,
};

export default definition;
