/**
 * A test fixture, not a shipped example: Greece and Turkey from the Evros
 * border crisis of February–March 2020 to the meetings of 2024, as an
 * analyst following the news could have recorded it. Escalation model v2 was
 * never tuned on it: it is the case the model is held to in
 * greece-turkey-2020.spec.ts, against the calls an analyst makes from
 * DOMAIN.md §5b alone.
 *
 * What it tests that the other cases did not: two NATO allies that never
 * fire on each other, yet pass through every level short of armed action —
 * a border crossing closed against the other and tear gas across the fence
 * (2020), a naval stand-off with a collision of frigates and threats of war
 * (August 2020, September 2022), a 1995 casus belli restated, exploratory
 * talks resumed (January 2021), airspace violations and mock dogfights, the
 * earthquake of February 2023 and the Athens Declaration of December 2023,
 * implemented through 2024. The parties are Greece and Turkey; nobody
 * mediates (Germany's and NATO's efforts of 2020 are not recorded).
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source.
 *
 * Grading as in examples/README.md: B = established outlet or wire copy
 * (Reuters, AP, AFP, Anadolu through the outlets that carry them;
 * Kathimerini, BBC, DW, Hürriyet Daily News, the Greek government's and
 * foreign ministry's own pages); C = smaller outlet, aggregator, partisan or
 * mirror (Proto Thema, Greek City Times, Keep Talking Greece, Greek Herald,
 * blogs copying a wire); 1 = an act or statement both sides confirm
 * (the rounds held, the Athens Declaration); 2 = on-record statements and
 * facts several outlets agree on; 3 = one side's unverified account.
 *
 * Judgement calls, recorded as an analyst would:
 * - Greece's closure of the Kastanies crossing (28 February 2020) is a
 *   `border-closure` by Greece against Turkey: it was closed against the
 *   migrants Turkey said it would no longer hold back, as a measure against
 *   Turkey's move (Athens called it an "asymmetrical threat"). It lasted
 *   until 1 July 2020, when Greece reopened it with six other crossings;
 *   Covid-19 kept it shut from mid-March as well, and the sources do not
 *   separate the two reasons. Turkey's own closure of its crossings for
 *   Covid-19 (18 March) is against no one and is not recorded.
 * - Tear gas at the border: Turkish police firing it at Greek forces (6 and
 *   7 March, the Greek government's account, Turkey answering that it
 *   responded to Greek tear gas) is `non-lethal-force` by Turkey against
 *   Greece. Greek police firing it at the migrants on the Turkish side (29
 *   February) is recorded as `non-lethal-force` by Greece aimed at the
 *   migrants, with no `against`: they are not Turkey's forces or people.
 *   Escalation v2 reads non-lethal force with no `against` as aimed at the
 *   other party (the catalogue's "tear gas at a border"), so its reason on 2
 *   March names Greek force against Turkey; the gas did fall on Turkish soil
 *   at Pazarkule and Turkey protested it, and the level is the closure's
 *   either way. Left as recorded (see the spec).
 *   Turkey's claim that Greek forces shot migrants dead, denied by Athens,
 *   is its accusation (a statement), not an incident.
 * - The collision of the frigates Limnos and Kemal Reis (12 August 2020) is
 *   `non-lethal-force`, as sideswiping and ramming are in the South China
 *   Sea case: the Greek account is that the Turkish frigate cut across the
 *   Limnos's path to drive it off; Erdoğan called it a Greek attack that
 *   "got its first answer". Nobody fired; nobody was hurt. Recorded once,
 *   as Greece's account (perpetrator Turkey), Turkey's version in the text.
 * - The Oruç Reis surveys under naval escort, NAVTEXes and counter-NAVTEXes,
 *   exercises, airspace violations and mock dogfights are `force-posture`
 *   (shows of force, no force used). The counts of violations in a day are
 *   in the text only.
 * - Turkey's 1995 casus belli (the parliament's resolution that extending
 *   Greek territorial waters in the Aegean beyond six miles is a cause of
 *   war) is not recorded as an ultimatum: it demands no act by a deadline
 *   and was issued before the case. Each time a minister restated it to
 *   Greece (29 August 2020, 22 January 2021, 29 December 2022) it is a
 *   `military-threat` statement. Erdoğan's "you will pay a high price" (13
 *   and 14 August 2020) and "we may come suddenly one night" (3 and 6
 *   September, 6 October 2022) are `military-threat` statements too.
 * - Erdoğan's "Mitsotakis no longer exists for me" and the cancelled High-Level
 *   Cooperation Council (23 May 2022) are a statement (`accusation`); the
 *   exploratory talks were not declared over, and no round is recorded as
 *   collapsed.
 * - The Athens Declaration on Friendly Relations and Good-Neighbourliness (7
 *   December 2023) is an agreement of kind `framework`, `signed`, text
 *   public; it says itself that it is not binding in international law. It
 *   is recorded once with the 5th High-Level Cooperation Council that
 *   adopted it (one `occurrence`). The memorandum on disaster management
 *   signed in Ankara (13 May 2024) is a `partial` agreement.
 * - Greece's help after the earthquake of 6 February 2023 is recorded as
 *   what the two ministers said (conciliatory statements) and Dendias's
 *   visit to Hatay with Çavuşoğlu as an informal meeting; the catalogue has
 *   no type for aid.
 * - Where a page shows no date, its published date is read from its
 *   content — the weekday it names for the event, its dateline, or (for
 *   Kathimerini's note of the crossings reopening, Monday 29 June 2020) the
 *   case figures it quotes — and set no earlier than the day it reports.
 * - Left out for want of a dated report in the sources searched, or for
 *   time: the Mitsotakis–Erdoğan lunch in Istanbul (13 March 2022), the
 *   rounds of exploratory talks after the 62nd, the S-300 radar-lock
 *   dispute of August 2022 beyond Erdoğan's words, Erdoğan's "Tayfun"
 *   missile remark (December 2022), the airspace violations of 2021 and of
 *   most days of 2022, and the rounds of the positive agenda and the
 *   confidence-building measures beyond those the sources name. The record
 *   is thinner than the Aegean: days with nothing recorded are not days
 *   with nothing done.
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'greece-turkey-2020';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 2020);
/** A recordedAt on a given day, UTC (the case runs over five years). */
const rec = (day: string, time = '12:00'): string => `${day}T${time}:00Z`;

const GREECE: Actor = {
  id: 'greece',
  name: 'Hellenic Republic',
  kind: 'state',
  aliases: ['Greece', 'Athens', 'Hellenic Navy'],
};
const TURKEY: Actor = {
  id: 'turkey',
  name: 'Republic of Türkiye',
  kind: 'state',
  aliases: ['Turkey', 'Türkiye', 'Ankara', 'Turkish Navy'],
};

const MITSOTAKIS: Person = { name: 'Kyriakos Mitsotakis', title: 'Prime Minister of Greece', actorId: 'greece' };
const PETSAS: Person = { name: 'Stelios Petsas', title: 'Spokesman of the Greek government', actorId: 'greece' };
const DENDIAS: Person = { name: 'Nikos Dendias', title: 'Foreign Minister of Greece', actorId: 'greece' };
const GERAPETRITIS: Person = {
  name: 'George Gerapetritis',
  title: 'Foreign Minister of Greece',
  actorId: 'greece',
};
const ERDOGAN: Person = { name: 'Recep Tayyip Erdoğan', title: 'President of Turkey', actorId: 'turkey' };
const CAVUSOGLU: Person = { name: 'Mevlüt Çavuşoğlu', title: 'Foreign Minister of Turkey', actorId: 'turkey' };
const SOYLU: Person = { name: 'Süleyman Soylu', title: 'Interior Minister of Turkey', actorId: 'turkey' };
const AKAR: Person = { name: 'Hulusi Akar', title: 'Defence Minister of Turkey', actorId: 'turkey' };
const TR_MOD: Person = { name: 'Ministry of National Defence of Turkey (statement)', actorId: 'turkey' };
const FIDAN: Person = { name: 'Hakan Fidan', title: 'Foreign Minister of Turkey', actorId: 'turkey' };
const APOSTOLIDIS: Person = {
  name: 'Pavlos Apostolidis',
  title: 'Ambassador, head of the Greek delegation to the exploratory talks',
  actorId: 'greece',
};
const ONAL: Person = { name: 'Sedat Önal', title: 'Deputy Foreign Minister of Turkey', actorId: 'turkey' };

const S = {
  b92Feb28: source(
    'Greece closes border with Turkey: They will not enter the country',
    'B92 (Tanjug, ANA)',
    'https://www.b92.net/eng/news/world.php?yyyy=2020&mm=02&dd=28&nav_id=108034',
    '2020-02-28',
    'C',
    2,
  ),
  hurriyetFeb29: source(
    'Greek police fire teargas on migrants at Turkish border',
    'Hürriyet Daily News (Reuters)',
    'https://www.hurriyetdailynews.com/greek-police-fire-teargas-on-migrants-at-turkish-border-152560',
    '2020-02-29',
    'B',
    2,
  ),
  dwFeb29: source(
    'Greek police fire tear gas at migrants on Turkish border',
    'Deutsche Welle',
    'https://www.dw.com/en/greek-police-fire-tear-gas-at-migrants-on-turkish-border/a-52582096',
    '2020-02-29',
    'B',
    2,
  ),
  bbcMar1: source(
    'Greece suspends asylum applications as migrants seek to leave Turkey',
    'BBC News',
    'https://feeds.bbci.co.uk/news/world-europe-51695468',
    '2020-03-01',
    'B',
    2,
  ),
  naftemporikiMar1: source(
    "Athens points to 'asymmetrical threat' by Ankara's 'open border' decision; no asylum requests to be taken for a month",
    'Naftemporiki',
    'https://ctrl.naftemporiki.gr/story/1567618/athens-points-to-asymmetrical-threat-by-ankaras-open-border-decision-no-asylum-requests-to-be-taken-for-a-month',
    '2020-03-01',
    'B',
    2,
  ),
  newarabMar6: source(
    'Turkey fires tear gas at Greek border guards as refugee standoff continues',
    'The New Arab (Reuters)',
    'https://newarab.com/english/news/2020/3/6/turkey-fires-tear-gas-at-greek-border-guards',
    '2020-03-06',
    'B',
    3,
  ),
  ekathimeriniMar7: source(
    'Clashes erupt again at border crossing',
    'Kathimerini English Edition',
    'https://www.ekathimerini.com/news/250350/clashes-erupt-again-at-border-crossing/',
    '2020-03-07',
    'B',
    3,
  ),
  trtMar12: source(
    'Refugee Crisis: Greek border police fire tear gas at migrants',
    'TRT World',
    'https://www.trtworld.com:443/video/12826025',
    '2020-03-12',
    'B',
    2,
  ),
  infomigrantsMar27: source(
    'Turkey removes some 6,000 migrants from Greek border: interior minister',
    'InfoMigrants',
    'https://www.infomigrants.net/en/post/23756/turkey-removes-some-6000-migrants-from-greek-border-interior-minister',
    '2020-03-27',
    'B',
    2,
  ),
  ekathimeriniJun29: source(
    'Greece to open seven border crossings with Balkan countries, Turkey',
    'Kathimerini English Edition',
    'https://www.ekathimerini.com/news/254178/greece-to-open-seven-border-crossings-with-balkan-countries-turkey/',
    '2020-06-29',
    'B',
    2,
  ),
  ekathimeriniAug10: source(
    'Turkish Defense Ministry releases images of Oruc Reis escorted by naval units',
    'Kathimerini English Edition',
    'https://www.ekathimerini.com/255698/article/ekathimerini/news/turkish-defense-ministry-releases-images-of-oruc-reis-escorted-by-naval-units',
    '2020-08-10',
    'B',
    2,
  ),
  protothemaAug10: source(
    'Turkish survey vessel Oruc Reis enters 20 nautical miles into Greek continental shelf',
    'Proto Thema (English edition)',
    'https://en.protothema.gr/2020/08/10/turkish-survey-vessel-oruc-reis-enters-20-nautical-miles-into-greek-continental-shelf',
    '2020-08-10',
    'C',
    2,
  ),
  ekathimeriniAug13: source(
    "Erdogan says Greece attacked Oruc Reis, 'got their first answer today'",
    'Kathimerini English Edition (Reuters)',
    'https://www.ekathimerini.com/news/255834/erdogan-says-greece-attacked-oruc-reis-got-their-first-answer-today/',
    '2020-08-13',
    'B',
    2,
  ),
  incyprusAug14: source(
    'Erdogan warns Turkey will retaliate if Greece attacks Oruc Reis in East Med',
    'In-Cyprus (Philenews, Reuters)',
    'https://in-cyprus.philenews.com/news/international/erdogan-warns-turkey-will-retaliate-if-greece-attacks-oruc-reis-in-east-med/',
    '2020-08-14',
    'B',
    2,
  ),
  ekathimeriniAug18: source(
    'Defense minister congratulates frigate captain, confirming Greek-Turkish ship collision',
    'Kathimerini English Edition (Reuters)',
    'https://www.ekathimerini.com/news/255962/defense-minister-congratulates-frigate-captain-confirming-greek-turkish-ship-collision/',
    '2020-08-18',
    'B',
    2,
  ),
  independentpressAug30: source(
    "Turkey warns Greece 'this could cause war', says Turkish FM",
    'Independent Press (Anadolu)',
    'https://independentpress.cc/turkey-warns-greece-this-could-cause-war-says-turkish-fm/2020/08/30',
    '2020-08-30',
    'C',
    2,
  ),
  hurriyetSep13: source(
    "Turkey's Oruç Reis survey vessel returns to Antalya, easing tension in east Med",
    'Hürriyet Daily News (Reuters)',
    'https://www.hurriyetdailynews.com/turkeys-oruc-reis-survey-vessel-returns-to-antalya-easing-tension-in-east-med-158229',
    '2020-09-13',
    'B',
    2,
  ),
  greekheraldSep13: source(
    'Turkish gas exploration ship leaves the east Mediterranean',
    'The Greek Herald (AP)',
    'https://greekherald.com.au/news/greece/turkish-gas-exploration-ship-leaves-the-east-mediterranean',
    '2020-09-14',
    'C',
    2,
  ),
  ekathimeriniOct11: source(
    'Turkish research vessel sent out again',
    'Kathimerini English Edition',
    'https://www.ekathimerini.com/257953/article/ekathimerini/news/turkish-research-vessel-sent-out-again',
    '2020-10-11',
    'B',
    2,
  ),
  gctOct22: source(
    "Turkey extends Oruç Reis' activities until October 27",
    'Greek City Times',
    'https://greekcitytimes.com/2020/10/22/oruc-reis-october-27/',
    '2020-10-22',
    'C',
    2,
  ),
  protothemaNov1: source(
    'Turkey announced a new Navtex',
    'Proto Thema (English edition)',
    'http://en.protothema.gr/turkey-announced-a-new-navtex/',
    '2020-11-01',
    'C',
    2,
  ),
  nationalpostJan11: source(
    'Turkey, Greece to resume suspended talks over disputed waters on Jan. 25',
    'National Post (Reuters)',
    'https://nationalpost.com/pmn/news-pmn/turkey-greece-to-resume-suspended-talks-over-disputed-waters-on-jan-25',
    '2021-01-11',
    'B',
    1,
  ),
  ktgJan23: source(
    'Turkey threatens Greece with "casus belli" if it extends Aegean territorial waters',
    'Keep Talking Greece',
    'https://www.keeptalkinggreece.com/2021/01/23/turkey-casus-belli-greece-threats-cavusoglu/',
    '2021-01-23',
    'C',
    2,
  ),
  reutersJan25: source(
    'Greece, Turkey to hold new round of exploratory talks in Athens: Greek state TV',
    'Reuters',
    'https://www.reuters.com/article/turkey-greece-talks-int/greece-turkey-to-hold-new-round-of-exploratory-talks-in-athens-greek-state-tv-idUSKBN29U1KC',
    '2021-01-25',
    'B',
    1,
  ),
  energypressMar10: source(
    'Greece and Turkey to resume exploratory talks on March 16 in Athens',
    'Energypress (ANA-MPA)',
    'https://energypress.eu/greece-and-turkey-to-resume-exploratory-talks-on-march-16-in-athens/',
    '2021-03-10',
    'C',
    1,
  ),
  ekathimeriniMar16: source(
    'Greek-Turkish exploratory talks get under way in Athens',
    'Kathimerini English Edition',
    'https://www.ekathimerini.com/news/1157166/greek-turkish-exploratory-talks-get-under-way-in-athens/',
    '2021-03-16',
    'B',
    1,
  ),
  incyprusMar17: source(
    'Greece and Turkey agree to continue exploratory talks in Istanbul',
    'In-Cyprus (Philenews, Reuters)',
    'https://in-cyprus.philenews.com/greece-and-turkey-agree-to-continue-exploratory-talks-in-istanbul/',
    '2021-03-17',
    'B',
    1,
  ),
  devdiscourseMay23: source(
    "Turkey's Erdogan says Greek PM Mitsotakis no longer exists for him",
    'Devdiscourse (Reuters)',
    'https://www.devdiscourse.com/article/politics/2047919-turkeys-erdogan-says-greek-pm-mitsotakis-no-longer-exists-for-him',
    '2022-05-23',
    'B',
    2,
  ),
  gctJul30: source(
    'Fifty Turkish airspace violations since Friday morning',
    'Greek City Times',
    'https://greekcitytimes.com/2022/07/30/fifty-turkish-airspace-violations-since-friday-morning/',
    '2022-07-30',
    'C',
    3,
  ),
  apSep3: source(
    'Turkish leader Erdogan ups rhetoric on Greece amid tensions',
    'Dayton Daily News (AP)',
    'https://www.daytondailynews.com/nation-world/turkish-leader-erdogan-ups-rhetoric-on-greece-amid-tensions/CFT73SDFMVAKTCGIBRKFXACSUA/',
    '2022-09-03',
    'B',
    2,
  ),
  ekathimeriniSep7: source(
    'Erdogan on seemingly irreversible course',
    'Kathimerini English Edition',
    'https://www.ekathimerini.com/news/1192675/erdogan-on-seemingly-irreversible-course/',
    '2022-09-07',
    'B',
    2,
  ),
  cnsSep7: source(
    "Turkey's Erdogan Repeats Veiled Threats Against Longstanding Rival (and NATO Ally) Greece",
    'CNSNews.com',
    'https://cnsnews.com/article/international/patrick-goodenough/turkeys-erdogan-repeats-veiled-threats-against',
    '2022-09-07',
    'C',
    2,
  ),
  tovimaOct8: source(
    "Erdogan's indirect threats to Athens for war",
    'To Vima (English edition)',
    'https://www.tovima.gr/2022/10/08/international/erdogans-indirect-threats-to-athens-for-war/',
    '2022-10-08',
    'B',
    2,
  ),
  ekathimeriniDec29: source(
    "Cavusoglu warns that threat of war over Greece's territorial waters still in effect",
    'Kathimerini English Edition',
    'https://www.ekathimerini.com/news/1201220/cavusoglu-warns-that-threat-of-war-over-greeces-territorial-waters-still-in-effect/',
    '2022-12-29',
    'B',
    2,
  ),
  arouraiosFeb6: source(
    'Dendias calls Cavusoglu after the earthquake (Dendias on Twitter, 6 February 2023)',
    'Arouraios',
    'https://arouraios.gr/?p=1989480',
    '2023-02-06',
    'C',
    2,
  ),
  ekathimeriniFeb12: source(
    'FM meets with Turkish counterpart in Adana',
    'Kathimerini English Edition (AMNA)',
    'https://www.ekathimerini.com/news/1204562/fm-meets-with-turkish-counterpart-in-adana/',
    '2023-02-12',
    'B',
    1,
  ),
  greekheraldFeb12: source(
    "Greece's Foreign Minister visits earthquake-stricken areas of Turkey",
    'The Greek Herald',
    'https://greekherald.com.au/news/greeces-foreign-minister-visits-earthquake-stricken-areas-of-turkey/',
    '2023-02-12',
    'C',
    1,
  ),
  pmJul11: source(
    "Prime Minister Kyriakos Mitsotakis' Doorstep Statement upon his arrival at the NATO Summit in Vilnius",
    'Prime Minister of Greece (primeminister.gr)',
    'https://www.primeminister.gr/en/2023/07/11/32151',
    '2023-07-11',
    'A',
    2,
  ),
  istanbulpostJul12: source(
    'Turkish President Erdogan meets Greek Prime Minister Mitsotakis at NATO summit',
    'The Istanbul Post (Anadolu)',
    'https://theistanbulpost.com/turkish-president-erdogan-meets-greek-prime-minister-mitsotakis-at-nato-summit/amp/',
    '2023-07-12',
    'C',
    1,
  ),
  devdiscourseDec7: source(
    'Greece signs good neighbourly accord with Turkey- Greek PM',
    'Devdiscourse (Reuters)',
    'https://www.devdiscourse.com/article/politics/2738393-greece-signs-good-neighbourly-accord-with-turkey--greek-pm',
    '2023-12-07',
    'B',
    1,
  ),
  miaDec7: source(
    'Turkish, Greek leaders ink friendship declaration in rare Athens meet',
    'MIA (dpa)',
    'https://mia.mk/en/story/turkish-greek-leaders-ink-friendship-declaration-in-rare-athens-meet',
    '2023-12-07',
    'B',
    1,
  ),
  abnaseDec7: source(
    "Greece and Türkiye sign 'Athens Declaration', pledging to refrain from actions that create tension & to amicably resolve disputes",
    'Abnase (AMNA)',
    'https://abnase.com/greece-and-turkiye-sign-athens-declaration-pledging-to-refrain-from-actions-that-create-tension-to-amicably-resolve-disputes/',
    '2023-12-07',
    'C',
    1,
  ),
  islamabadpostDec8: source(
    "Mitsotakis, Erdogan sign 'Athens Declaration on Friendly Relations and Good-Neighborliness' (full text)",
    'Islamabad Post',
    'https://islamabadpost.com.pk/mitsotakis-erdogan-sign-athens-declaration-on-friendly-relations-and-good-neighborliness',
    '2023-12-08',
    'C',
    1,
  ),
  greekheraldApr19: source(
    'Mitsotakis to meet Erdogan on May 13 in Ankara',
    'The Greek Herald (Kathimerini)',
    'https://greekherald.com.au/?p=129993',
    '2024-04-19',
    'C',
    2,
  ),
  ekathimeriniApr19: source(
    "Erdogan sees upcoming meeting with Mitsotakis as 'important stage'",
    'Kathimerini English Edition',
    'https://www.ekathimerini.com/news/1236868/erdogan-sees-upcoming-meeting-with-mitsotakis-as-important-stage/',
    '2024-04-19',
    'B',
    2,
  ),
  thetimesMay14: source(
    'Mitsotakis and Erdogan Meet for Bilateral Discussion in Turkish Capital',
    'The Times of Greece',
    'https://thetimes.gr/mitsotakis-and-erdogan-meet-for-bilateral-discussion-in-turkish-capital/',
    '2024-05-14',
    'C',
    1,
  ),
  neoskosmosJul12: source(
    'Mitsotakis and Erdoğan agree on mutual benefits of maintaining calm bilateral relations',
    'Neos Kosmos',
    'https://neoskosmos.com/en/2024/07/12/news/mitsotakis-and-erdogan-agree-on-mutual-benefits-of-maintaining-calm-bilateral-relations',
    '2024-07-12',
    'C',
    1,
  ),
  mfaNov8: source(
    "Minister of Foreign Affairs George Gerapetritis' statements following his meeting with the Minister of Foreign Affairs of the Republic of Türkiye, Hakan Fidan (Athens, 08.11.2024)",
    'Ministry of Foreign Affairs of Greece (mfa.gr)',
    'https://mfa.gr/en/minister-of-foreign-affairs-george-gerapetritis-statements-following-his-meeting-with-the-minister-of-foreign-affairs-of-the-republic-of-turkiye-hakan-fidan-athens-08-11-2024',
    '2024-11-08',
    'A',
    1,
  ),
};

const R = {
  explor61: 'exploratory-61',
  explor62: 'exploratory-62',
  hatay: 'dendias-cavusoglu-hatay-2023',
  vilnius: 'vilnius-2023',
  hlcc5: 'hlcc-5-athens-2023',
  ankara: 'ankara-2024',
  washington: 'washington-2024',
  fidanAthens: 'fidan-athens-2024',
};

const events = [
  // ===== February – March 2020: Evros =====
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '2020-02-28', recordedAt: rec('2020-02-28', '18:00') },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Greece – Turkey, 2020–24',
      subject:
        "The two NATO allies' disputes (the Evros land border and migration, maritime zones and the continental shelf in the Aegean and the Eastern Mediterranean, airspace, the islands' status) from the Evros crisis of 2020 through the exploratory talks to the Athens Declaration of December 2023 and its implementation",
      parties: [GREECE, TURKEY],
      mediators: [],
    },
    [S.b92Feb28],
    { note: 'Dated to the closure of the Kastanies crossing, the first development the case covers.' },
  ),
  ev(
    'IncidentReported',
    'inc-kastanies-closed',
    { occurredAt: '2020-02-28', recordedAt: rec('2020-02-28', '18:05') },
    {
      incidentId: 'kastanies-crossing-closed-2020',
      kind: 'border-closure',
      perpetrator: 'greece',
      against: 'turkey',
      place: 'Kastanies – Pazarkule crossing, Evros',
      description:
        'Greece closes its land crossing at Kastanies and reinforces the Evros border with police and army after Turkey says it will no longer stop migrants from reaching Europe (following the killing of 33 Turkish soldiers in Idlib). "They will not enter the country," a Greek official says.',
    },
    [S.b92Feb28],
  ),
  ev(
    'IncidentReported',
    'inc-greek-teargas-feb29',
    { occurredAt: '2020-02-29', recordedAt: rec('2020-02-29', '16:00') },
    {
      incidentId: 'greek-tear-gas-kastanies-2020-02-29',
      kind: 'non-lethal-force',
      perpetrator: 'greece',
      target: 'Migrants massed on the Turkish side of the Kastanies crossing',
      place: 'Kastanies – Pazarkule, Evros',
      description:
        'Greek riot police fire tear gas at several thousand migrants trying to cross from the Turkish side, some throwing stones; Greece says it stopped 4,000 attempts to cross in 24 hours. Erdoğan says 18,000 migrants have crossed into Europe.',
    },
    [S.hurriyetFeb29, S.dwFeb29],
  ),
  ev(
    'StatementMade',
    'stmt-petsas-mar1',
    { occurredAt: '2020-03-01', recordedAt: rec('2020-03-01', '22:00') },
    {
      speaker: PETSAS,
      audience: 'turkey',
      tone: 'accusation',
      summary:
        "Turkey directs and encourages the attempt to enter Greece illegally and acts as a 'people trafficker': an asymmetrical threat to Greece's national security. Greece suspends asylum applications for a month and raises deterrence at its borders to the maximum.",
    },
    [S.naftemporikiMar1, S.bbcMar1],
  ),
  ev(
    'StatementMade',
    'stmt-soylu-mar5',
    { occurredAt: '2020-03-05', recordedAt: rec('2020-03-06', '12:00') },
    {
      speaker: SOYLU,
      audience: 'greece',
      tone: 'accusation',
      summary:
        'Greece is firing tear gas at Turkey and at its border police stations, and Turkey responds; Turkey deploys 1,000 police to stop Greece pushing migrants back and will take Greece to the European Court of Human Rights. Ankara says Greek forces shot migrants dead, which Athens denies.',
      quote:
        'Greece is firing tear gas at us, they are firing tear gas at our police stations at the border. We are responding to that.',
    },
    [S.newarabMar6],
  ),
  ev(
    'IncidentReported',
    'inc-turkish-teargas-mar6',
    { occurredAt: '2020-03-06', recordedAt: rec('2020-03-06', '12:05') },
    {
      incidentId: 'turkish-tear-gas-kastanies-2020-03-06',
      kind: 'non-lethal-force',
      perpetrator: 'turkey',
      allegedBy: 'greece',
      against: 'greece',
      target: 'Greek border guards',
      place: 'Kastanies – Pazarkule, Evros',
      description:
        'Volleys of tear gas are fired from the Turkish side of the fence at Greek border guards after Greek forces use a water cannon on the crowd. A Greek official: the attacks are by Turkish police, coordinated by drones, to intimidate and to help migrants cross. Turkey says it answers Greek tear gas.',
    },
    [S.newarabMar6],
  ),
  ev(
    'IncidentReported',
    'inc-turkish-teargas-mar7',
    { occurredAt: '2020-03-07', recordedAt: rec('2020-03-07', '16:00') },
    {
      incidentId: 'turkish-tear-gas-kastanies-2020-03-07',
      kind: 'non-lethal-force',
      perpetrator: 'turkey',
      allegedBy: 'greece',
      against: 'greece',
      target: 'Greek police and army at the crossing',
      place: 'Kastanies – Pazarkule, Evros',
      description:
        "Clashes again at Kastanies: Greek police use tear gas to push the migrants back; Turkish police throw tear gas at Greek police. The Greek government's handout: 'Attacks with tear gas towards Greek forces at the Kastanies border crossing and around it', with photographs of Turkish security personnel forming up before the incident.",
    },
    [S.ekathimeriniMar7],
  ),
  ev(
    'StatementMade',
    'stmt-turkey-summons-mar12',
    { occurredAt: '2020-03-12', precision: 'approximate', recordedAt: rec('2020-03-12', '18:00') },
    {
      speaker: CAVUSOGLU,
      audience: 'greece',
      tone: 'accusation',
      summary:
        "Turkey's foreign minister summons the Greek ambassador over Greece's conduct at the border, where Turkey says Greek border guards use weapons against refugees.",
    },
    [S.trtMar12],
    { note: 'The report (12 March) does not date the summons: placed on the day of the report, approximately.' },
  ),
  ev(
    'StatementMade',
    'stmt-mitsotakis-mar27',
    { occurredAt: '2020-03-27', recordedAt: rec('2020-03-27', '18:00') },
    {
      speaker: MITSOTAKIS,
      audience: 'domestic audience',
      tone: 'neutral',
      summary:
        'Turkey has removed some 6,000 migrants from the border to cities inside the country (its interior ministry: a Covid-19 measure). Mitsotakis: the makeshift camp at the Evros border has been dismantled and those who were there have moved away. Soylu: Turkey will not stop those who want to cross once the pandemic is over.',
    },
    [S.infomigrantsMar27],
  ),
  ev(
    'IncidentReported',
    'inc-kastanies-reopened',
    { occurredAt: '2020-07-01', recordedAt: rec('2020-07-01', '09:00') },
    {
      incidentId: 'kastanies-crossing-reopened-2020',
      kind: 'border-reopening',
      perpetrator: 'greece',
      against: 'turkey',
      place: 'Kastanies – Pazarkule crossing, Evros',
      description:
        'Greece reopens seven of its fourteen northern land crossings, Kastanies and Kipi on the Turkish border among them, as part of its reopening after the Covid-19 lockdown (government spokesman Petsas). Kastanies had been shut since 28 February.',
    },
    [S.ekathimeriniJun29],
    { note: 'Announced on 29 June for Wednesday 1 July; recorded on the day it took effect.' },
  ),
  // ===== August – November 2020: the Oruç Reis =====
  ev(
    'IncidentReported',
    'inc-oruc-reis-aug10',
    { occurredAt: '2020-08-10', recordedAt: rec('2020-08-10', '18:00') },
    {
      incidentId: 'oruc-reis-survey-2020-08',
      kind: 'force-posture',
      perpetrator: 'turkey',
      allegedBy: 'greece',
      against: 'greece',
      target: 'The continental shelf Greece claims south of Kastellorizo',
      place: 'Eastern Mediterranean, between Cyprus, Crete and Kastellorizo',
      description:
        "Under a NAVTEX to 23 August, Turkey's seismic survey ship Oruç Reis, with the Ataman and Cengiz Han, sails about 20 nautical miles into the continental shelf Greece claims, escorted by five to seven Turkish warships. Greek warships shadow it and radio every 15 minutes that it must leave. No force is used.",
    },
    [S.ekathimeriniAug10, S.protothemaAug10],
  ),
  ev(
    'StatementMade',
    'stmt-tr-mod-aug10',
    { occurredAt: '2020-08-10', recordedAt: rec('2020-08-10', '18:05') },
    {
      speaker: TR_MOD,
      audience: 'greece',
      tone: 'warning',
      summary:
        'The Turkish navy escorts and protects the Oruç Reis in Turkey\'s maritime jurisdiction areas; the armed forces "have taken all necessary measures" to protect Turkey\'s rights.',
    },
    [S.ekathimeriniAug10],
  ),
  ev(
    'DemandTabled',
    'dem-oruc-reis-leave',
    { occurredAt: '2020-08-10', recordedAt: rec('2020-08-10', '18:10') },
    {
      demandId: 'oruc-reis-leave-greek-shelf',
      by: 'greece',
      addressedTo: ['turkey'],
      text: 'The Oruç Reis and its escorts leave the Greek continental shelf.',
      category: 'territorial',
    },
    [S.protothemaAug10],
  ),
  ev(
    'StatementMade',
    'stmt-erdogan-aug13',
    { occurredAt: '2020-08-13', recordedAt: rec('2020-08-13', '18:00') },
    {
      speaker: ERDOGAN,
      audience: 'greece',
      tone: 'military-threat',
      summary:
        'Any attack on the Oruç Reis will incur a high price, and Greece "got their first answer today" (read as a reference to the collision).',
      quote:
        'We said that if you attack our Oruc Reis you will pay a high price, and they got their first answer today.',
    },
    [S.ekathimeriniAug13],
  ),
  ev(
    'StatementMade',
    'stmt-erdogan-aug14',
    { occurredAt: '2020-08-14', recordedAt: rec('2020-08-14', '18:00') },
    {
      speaker: ERDOGAN,
      audience: 'greece',
      tone: 'military-threat',
      summary:
        'The Kemal Reis "gave the necessary response" to an attack by Greek ships; Turkey will retaliate against any attack on the Oruç Reis, which continues its mission to 23 August.',
      quote: 'If this continues, they will receive their answer in kind.',
    },
    [S.incyprusAug14],
  ),
  ev(
    'IncidentReported',
    'inc-limnos-kemal-reis',
    { occurredAt: '2020-08-12', recordedAt: rec('2020-08-18', '18:00') },
    {
      incidentId: 'limnos-kemal-reis-collision-2020-08-12',
      kind: 'non-lethal-force',
      perpetrator: 'turkey',
      allegedBy: 'greece',
      against: 'greece',
      target: 'The Greek frigate Limnos, shadowing the Oruç Reis',
      place: 'Eastern Mediterranean, between Crete and Cyprus',
      description:
        "The Turkish frigate Kemal Reis, escorting the Oruç Reis, comes into the path of the Greek frigate Limnos; the Limnos turns to avoid a head-on collision and its bow strikes the Turkish frigate's stern (a Greek defence source to Reuters). Greece confirms the collision on 18 August, when its defence minister congratulates the Limnos's captain. Erdoğan calls it a Greek attack that 'got its first answer'. Nobody hurt; the Kemal Reis's stern is holed.",
    },
    [S.ekathimeriniAug18],
    {
      note: 'Recorded when Greece confirmed it: before 18 August the collision was an unconfirmed report in the Turkish press.',
    },
  ),
  ev(
    'StatementMade',
    'stmt-cavusoglu-aug29',
    { occurredAt: '2020-08-29', recordedAt: rec('2020-08-30', '10:00') },
    {
      speaker: CAVUSOGLU,
      audience: 'greece',
      tone: 'military-threat',
      summary:
        "After Mitsotakis announces a bill to extend Greek territorial waters in the Ionian to 12 miles, Çavuşoğlu warns that Greece cannot extend them to 12 miles (in the Aegean): the Turkish parliament's 1995 decision is valid.",
      quote:
        'They cannot extend it to 12 miles. The decision taken by our Assembly years ago is valid. This could cause war.',
    },
    [S.independentpressAug30],
  ),
  ev(
    'StatementMade',
    'stmt-mitsotakis-sep13',
    { occurredAt: '2020-09-13', recordedAt: rec('2020-09-14', '09:00') },
    {
      speaker: MITSOTAKIS,
      audience: 'turkey',
      tone: 'conciliatory',
      summary:
        "The Oruç Reis has returned to Antalya after its NAVTEX expired: a positive first step; Greece wants to talk with Turkey in a climate without provocations (an EU sanctions list remains an option). Turkey's defence minister Akar: a scheduled return, not giving up Turkey's rights.",
      quote: 'The return of the Oruc Reis is a positive first step, I hope there will be continuity.',
    },
    [S.hurriyetSep13, S.greekheraldSep13],
  ),
  ev(
    'PositionTaken',
    'pos-turkey-oruc-reis',
    { occurredAt: '2020-09-13', recordedAt: rec('2020-09-14', '09:05') },
    {
      demandId: 'oruc-reis-leave-greek-shelf',
      actorId: 'turkey',
      stance: 'rejected',
      quote: 'There will be planned movements backwards and forwards.',
      speaker: AKAR,
    },
    [S.greekheraldSep13],
  ),
  ev(
    'IncidentReported',
    'inc-oruc-reis-oct12',
    { occurredAt: '2020-10-12', recordedAt: rec('2020-10-12', '09:00') },
    {
      incidentId: 'oruc-reis-survey-2020-10',
      kind: 'force-posture',
      perpetrator: 'turkey',
      allegedBy: 'greece',
      against: 'greece',
      target: 'The continental shelf Greece claims around Kastellorizo and Rhodes',
      place: 'Eastern Mediterranean, south of Kastellorizo',
      description:
        'Turkey sends the Oruç Reis out again under a NAVTEX for 12–22 October, in an area that includes the continental shelf Greece claims around Kastellorizo; Kathimerini: it calls into question the planned exploratory talks.',
    },
    [S.ekathimeriniOct11],
    { note: 'The NAVTEX was issued on 11 October; the survey ran from 12 October.' },
  ),
  ev(
    'IncidentReported',
    'inc-navtex-oct20',
    { occurredAt: '2020-10-20', recordedAt: rec('2020-10-22', '12:00') },
    {
      incidentId: 'navtex-exercises-2020-10-20',
      kind: 'force-posture',
      perpetrator: 'turkey',
      allegedBy: 'greece',
      against: 'greece',
      place: 'Off Kastellorizo; the northern Aegean (Agios Efstratios, Limnos)',
      description:
        'The Oruç Reis comes within 9 nautical miles of Kastellorizo; Greek warships take positions around it, on high alert. Greece issues NAVTEXes for firing exercises near Agios Efstratios and Limnos and Turkey answers with two of its own. Turkey extends the survey to 27 October.',
    },
    [S.gctOct22],
  ),
  ev(
    'IncidentReported',
    'inc-navtex-nov1',
    { occurredAt: '2020-11-01', recordedAt: rec('2020-11-01', '12:00') },
    {
      incidentId: 'oruc-reis-survey-2020-11',
      kind: 'force-posture',
      perpetrator: 'turkey',
      allegedBy: 'greece',
      against: 'greece',
      place: '16 nautical miles from Rhodes, 50 from Kastellorizo',
      description:
        'A day after Mitsotakis and Erdoğan spoke by telephone following the Samos–İzmir earthquake, Turkey issues a new NAVTEX for the Oruç Reis, 1–14 November. Turkey had cancelled a NAVTEX for 28 October as a gesture of goodwill.',
    },
    [S.protothemaNov1],
  ),
  // ===== 2021: the exploratory talks resume =====
  ev(
    'TalksRoundScheduled',
    'explor61-scheduled',
    { occurredAt: '2021-01-11', recordedAt: rec('2021-01-11', '20:00') },
    {
      roundId: R.explor61,
      label: '61st round of the exploratory talks',
      format: 'informal',
      venue: 'Istanbul',
      hosts: ['turkey'],
      plannedFor: '2021-01-25',
    },
    [S.nationalpostJan11],
    { note: 'Announced by both foreign ministries; 60 rounds were held from 2002 to March 2016.' },
  ),
  ev(
    'StatementMade',
    'stmt-cavusoglu-jan22',
    { occurredAt: '2021-01-22', recordedAt: rec('2021-01-23', '10:00') },
    {
      speaker: CAVUSOGLU,
      audience: 'greece',
      tone: 'military-threat',
      summary:
        "Three days before the talks resume, after Greece's parliament extends its territorial waters in the Ionian to 12 miles and Mitsotakis reserves the right to do so south and east of Crete: Turkey's position on the Aegean's territorial waters, and the Turkish parliament's casus belli decision, have not changed.",
      quote: 'Nor has the decision taken by the Turkish Parliament changed.',
    },
    [S.ktgJan23],
  ),
  ev(
    'TalksRoundOpened',
    'explor61-opened',
    { occurredAt: '2021-01-25', recordedAt: rec('2021-01-25', '18:00') },
    {
      roundId: R.explor61,
      delegations: [
        { actorId: 'greece', head: APOSTOLIDIS },
        { actorId: 'turkey', head: ONAL },
      ],
    },
    [S.reutersJan25],
  ),
  ev(
    'TalksRoundConcluded',
    'explor61-concluded',
    { occurredAt: '2021-01-25', recordedAt: rec('2021-01-25', '18:05') },
    {
      roundId: R.explor61,
      outcome: 'adjourned',
      summary: 'The talks resume after a five-year hiatus and last a few hours; no details given.',
      nextSteps: 'Another round in Athens.',
    },
    [S.reutersJan25],
  ),
  ev(
    'TalksRoundOpened',
    'explor62-opened',
    { occurredAt: '2021-03-16', recordedAt: rec('2021-03-16', '12:00') },
    {
      roundId: R.explor62,
      label: '62nd round of the exploratory talks',
      format: 'informal',
      venue: 'Athens',
      hosts: ['greece'],
      delegations: [
        { actorId: 'greece', head: APOSTOLIDIS },
        { actorId: 'turkey', head: ONAL },
      ],
    },
    [S.ekathimeriniMar16, S.energypressMar10],
  ),
  ev(
    'TalksRoundConcluded',
    'explor62-concluded',
    { occurredAt: '2021-03-16', recordedAt: rec('2021-03-17', '09:00') },
    {
      roundId: R.explor62,
      outcome: 'adjourned',
      summary:
        'Nearly four hours of talks; the two sides agree to hold another round in Istanbul; political consultations between the foreign ministries follow on 17 March.',
      nextSteps: 'A further round in Istanbul.',
    },
    [S.incyprusMar17],
  ),
  // ===== 2022: the threats =====
  ev(
    'StatementMade',
    'stmt-erdogan-may23',
    { occurredAt: '2022-05-23', recordedAt: rec('2022-05-23', '20:00') },
    {
      speaker: ERDOGAN,
      audience: 'greece',
      tone: 'accusation',
      summary:
        "After Mitsotakis urged the US Congress against arms sales to Turkey, Erdoğan says Mitsotakis broke their agreement not to involve third countries, 'no longer exists' for him, and that the High-Level Strategic Council planned for this year will not meet. Greece: 'We won't get into a counter argument.'",
      quote: 'He no longer exists for me. I will never agree to meet with him.',
    },
    [S.devdiscourseMay23],
  ),
  ev(
    'IncidentReported',
    'inc-airspace-jul29',
    { occurredAt: '2022-07-29', recordedAt: rec('2022-07-30', '12:00') },
    {
      incidentId: 'airspace-violations-2022-07-29',
      kind: 'force-posture',
      perpetrator: 'turkey',
      allegedBy: 'greece',
      against: 'greece',
      target: 'Greek national airspace',
      place: 'North-eastern, central and south-eastern Aegean',
      description:
        'Greek defence staff: 50 violations of Greek airspace by Turkish aircraft (four F-16s, two F-4s, two drones) since the morning of 29 July, with two mock dogfights with Greek aircraft; all intercepted.',
    },
    [S.gctJul30],
  ),
  ev(
    'StatementMade',
    'stmt-erdogan-sep3',
    { occurredAt: '2022-09-03', recordedAt: rec('2022-09-03', '20:00') },
    {
      speaker: ERDOGAN,
      audience: 'greece',
      tone: 'military-threat',
      summary:
        "In Samsun, Erdoğan accuses Greece of 'occupying' the demilitarised Aegean islands and of harassing Turkish jets (the S-300 radar lock Turkey alleges and Greece denies): Turkey will do what is necessary when the time comes; 'Don't forget Izmir'.",
      quote:
        "You occupying the islands doesn't bind us. When the time comes, we'll do what's necessary. As we say, we may come down suddenly one night. Look at history, if you go further, the price will be heavy.",
    },
    [S.apSep3],
  ),
  ev(
    'StatementMade',
    'stmt-erdogan-sep6',
    { occurredAt: '2022-09-06', recordedAt: rec('2022-09-07', '09:00') },
    {
      speaker: ERDOGAN,
      audience: 'greece',
      tone: 'military-threat',
      summary:
        'In Bosnia, Erdoğan repeats the threat twice in a day: the islands have bases, and if the "illegal threats" continue, Turkey\'s patience will run out and the necessary things will be done.',
      quote: 'When we say that we can come suddenly at night it means that we can come suddenly one night.',
    },
    [S.ekathimeriniSep7, S.cnsSep7],
  ),
  ev(
    'StatementMade',
    'stmt-dendias-sep6',
    { occurredAt: '2022-09-06', recordedAt: rec('2022-09-07', '09:05') },
    {
      speaker: DENDIAS,
      audience: 'turkey',
      tone: 'critical',
      summary:
        "Erdoğan's comments are reprehensible; Greece is not deterred and rejects 'neo-Ottoman bullying'. Mitsotakis: threats that amount to a challenge to Greek sovereignty are unacceptable.",
      quote: 'We are not deterred. Nor are we afraid.',
    },
    [S.cnsSep7, S.ekathimeriniSep7],
  ),
  ev(
    'StatementMade',
    'stmt-erdogan-oct6',
    { occurredAt: '2022-10-06', recordedAt: rec('2022-10-08', '10:00') },
    {
      speaker: ERDOGAN,
      audience: 'greece',
      tone: 'military-threat',
      summary:
        "At the European Political Community summit in Prague, asked whether he really means to attack Greece, Erdoğan does not rule it out and blames Greek 'provocations'.",
      quote:
        "No matter which country bothers us or attacks us, our answer to them is 'one night we will come suddenly'.",
    },
    [S.tovimaOct8],
    { note: 'The summit was on 6 October; the report (8 October) does not give the hour.' },
  ),
  ev(
    'StatementMade',
    'stmt-cavusoglu-dec29',
    { occurredAt: '2022-12-29', recordedAt: rec('2022-12-29', '18:00') },
    {
      speaker: CAVUSOGLU,
      audience: 'greece',
      tone: 'military-threat',
      summary:
        "At his year-end briefing, on reports that Greece will extend its territorial waters to 12 miles around Crete: the parliament's 1995 casus belli decision is clear and still in effect; he also blames Greece for the halt of the exploratory talks.",
      quote: 'Do not start adventures that you know will have a bad end.',
    },
    [S.ekathimeriniDec29],
  ),
  // ===== 2023: the earthquake and the Athens Declaration =====
  ev(
    'StatementMade',
    'stmt-dendias-feb6',
    { occurredAt: '2023-02-06', recordedAt: rec('2023-02-06', '18:00') },
    {
      speaker: DENDIAS,
      audience: 'turkey',
      tone: 'conciliatory',
      summary:
        "After the earthquake in southern Turkey, Dendias calls Çavuşoğlu, conveys condolences and offers Greece's immediate help with the rescue; Greek rescue teams and aid are sent.",
    },
    [S.arouraiosFeb6],
  ),
  ev(
    'TalksRoundOpened',
    'hatay-opened',
    { occurredAt: '2023-02-12', recordedAt: rec('2023-02-12', '16:00') },
    {
      roundId: R.hatay,
      label: 'Dendias and Çavuşoğlu in the earthquake zone (Adana, Hatay)',
      format: 'informal',
      venue: 'Adana and Antakya, Hatay',
      hosts: ['turkey'],
      delegations: [
        { actorId: 'greece', head: DENDIAS },
        { actorId: 'turkey', head: CAVUSOGLU },
      ],
    },
    [S.ekathimeriniFeb12],
  ),
  ev(
    'StatementMade',
    'stmt-cavusoglu-feb12',
    { occurredAt: '2023-02-12', recordedAt: rec('2023-02-12', '16:05') },
    {
      speaker: CAVUSOGLU,
      audience: 'greece',
      tone: 'conciliatory',
      summary:
        'Çavuşoğlu thanks Greece, its government and people for their solidarity and the Greek rescue teams; good-neighbourly relations show in difficult days. Dendias: Greece will do everything to support Turkey, bilaterally and in the EU.',
      quote: 'We must make efforts to improve our relations.',
    },
    [S.greekheraldFeb12],
  ),
  ev(
    'TalksRoundConcluded',
    'hatay-concluded',
    { occurredAt: '2023-02-12', recordedAt: rec('2023-02-12', '16:10') },
    {
      roundId: R.hatay,
      outcome: 'progress',
      summary:
        'The two ministers agree that "we do not need to wait for natural disasters to improve our relations"; further Greek help is examined.',
    },
    [S.greekheraldFeb12, S.ekathimeriniFeb12],
  ),
  ev(
    'TalksRoundScheduled',
    'vilnius-scheduled',
    { occurredAt: '2023-07-11', recordedAt: rec('2023-07-11', '12:00') },
    {
      roundId: R.vilnius,
      label: 'Mitsotakis – Erdoğan meeting at the NATO summit, Vilnius',
      format: 'informal',
      venue: 'Vilnius',
      plannedFor: '2023-07-12',
    },
    [S.pmJul11],
  ),
  ev(
    'StatementMade',
    'stmt-mitsotakis-jul11',
    { occurredAt: '2023-07-11', recordedAt: rec('2023-07-11', '12:05') },
    {
      speaker: MITSOTAKIS,
      audience: 'turkey',
      tone: 'conciliatory',
      summary:
        'Both leaders, with a strong popular mandate after their elections, can take a first step to restart Greek–Turkish relations and draw up a road map towards delimiting the continental shelf and the EEZ; a positive climate has been forged in recent months.',
      quote: 'We are not condemned to live with Turkey in a constant climate of tension.',
    },
    [S.pmJul11],
  ),
  ev(
    'TalksRoundOpened',
    'vilnius-opened',
    { occurredAt: '2023-07-12', recordedAt: rec('2023-07-12', '18:00') },
    {
      roundId: R.vilnius,
      delegations: [
        { actorId: 'greece', head: MITSOTAKIS },
        { actorId: 'turkey', head: ERDOGAN, members: [FIDAN] },
      ],
    },
    [S.istanbulpostJul12],
  ),
  ev(
    'TalksRoundConcluded',
    'vilnius-concluded',
    { occurredAt: '2023-07-12', recordedAt: rec('2023-07-12', '18:05') },
    {
      roundId: R.vilnius,
      outcome: 'progress',
      summary:
        'A closed-door meeting with delegations, the first since both leaders were re-elected: the restart Mitsotakis sought. What it agreed (the three axes of political dialogue, positive agenda and confidence-building measures) was named publicly only in the Athens Declaration.',
    },
    [S.istanbulpostJul12],
  ),
  ev(
    'TalksRoundOpened',
    'hlcc5-opened',
    { occurredAt: '2023-12-07', recordedAt: rec('2023-12-07', '20:05') },
    {
      roundId: R.hlcc5,
      label: '5th High-Level Cooperation Council, Athens',
      format: 'formal',
      venue: 'Athens',
      hosts: ['greece'],
      delegations: [
        { actorId: 'greece', head: MITSOTAKIS },
        { actorId: 'turkey', head: ERDOGAN },
      ],
    },
    [S.devdiscourseDec7, S.miaDec7],
    { occurrence: 'athens-declaration-2023' },
  ),
  ev(
    'AgreementReached',
    'agr-athens-declaration',
    { occurredAt: '2023-12-07', recordedAt: rec('2023-12-07', '20:10') },
    {
      agreementId: 'athens-declaration-2023',
      kind: 'framework',
      provisions: [
        "Friendly relations and good-neighbourliness; a spirit of solidarity without prejudice to either side's legal positions",
        'Three axes of dialogue: political dialogue (including the exploratory talks), the positive agenda within the enhanced Joint Action Plan, confidence-building measures',
        'Refrain from any statement, initiative or action that undermines the letter and spirit of the declaration or endangers peace and stability in the region',
        'Seek to resolve any dispute amicably, by direct consultations or other agreed means under the UN Charter',
        'Exchange of visits at every level; the High-Level Cooperation Council to meet regularly',
        'Not an international agreement binding on the parties; no provision produces legal rights or obligations',
      ],
      signatories: ['greece', 'turkey'],
      textPublic: true,
      roundId: R.hlcc5,
      status: 'signed',
    },
    [S.devdiscourseDec7, S.abnaseDec7, S.miaDec7],
    { occurrence: 'athens-declaration-2023' },
  ),
  ev(
    'TalksRoundConcluded',
    'hlcc5-concluded',
    { occurredAt: '2023-12-07', recordedAt: rec('2023-12-08', '09:00') },
    {
      roundId: R.hlcc5,
      outcome: 'agreement',
      summary:
        'The Athens Declaration on Friendly Relations and Good-Neighbourliness is signed; cooperation agreed in trade, tourism, energy, migration and technology. Erdoğan: "There is no problem that can not be solved between us"; the Aegean to become "a sea of peace and cooperation".',
      nextSteps: 'Mitsotakis to visit Ankara in the spring of 2024.',
    },
    [S.miaDec7, S.islamabadpostDec8],
    { occurrence: 'athens-declaration-2023' },
  ),
  // ===== 2024: the declaration implemented =====
  ev(
    'StatementMade',
    'stmt-mitsotakis-apr18',
    { occurredAt: '2024-04-18', recordedAt: rec('2024-04-19', '10:00') },
    {
      speaker: MITSOTAKIS,
      audience: 'turkey',
      tone: 'critical',
      summary:
        "Turkey's reaction to Greece's announcement of marine parks in the Aegean and the Ionian is 'completely unjustified'; Greece exercises its sovereign rights under the law of the sea. He will meet Erdoğan in Ankara on 13 May.",
    },
    [S.greekheraldApr19],
  ),
  ev(
    'StatementMade',
    'stmt-erdogan-apr19',
    { occurredAt: '2024-04-19', recordedAt: rec('2024-04-19', '16:00') },
    {
      speaker: ERDOGAN,
      audience: 'greece',
      tone: 'conciliatory',
      summary:
        "Mitsotakis's visit is a return visit and an important stage in the relationship: the two will discuss how to put relations in a better position.",
    },
    [S.ekathimeriniApr19],
  ),
  ev(
    'TalksRoundOpened',
    'ankara-opened',
    { occurredAt: '2024-05-13', recordedAt: rec('2024-05-14', '09:00') },
    {
      roundId: R.ankara,
      label: 'Mitsotakis in Ankara (return visit)',
      format: 'formal',
      venue: 'Ankara',
      hosts: ['turkey'],
      delegations: [
        { actorId: 'greece', head: MITSOTAKIS },
        { actorId: 'turkey', head: ERDOGAN },
      ],
    },
    [S.thetimesMay14],
    { occurrence: 'ankara-visit-2024' },
  ),
  ev(
    'AgreementReached',
    'agr-disaster-mou',
    { occurredAt: '2024-05-13', recordedAt: rec('2024-05-14', '09:05') },
    {
      agreementId: 'disaster-management-mou-2024',
      kind: 'partial',
      provisions: ['Cooperation in disaster and emergency management (memorandum of understanding)'],
      signatories: ['greece', 'turkey'],
      textPublic: false,
      roundId: R.ankara,
      status: 'signed',
    },
    [S.thetimesMay14],
    { occurrence: 'ankara-visit-2024' },
  ),
  ev(
    'TalksRoundConcluded',
    'ankara-concluded',
    { occurredAt: '2024-05-13', recordedAt: rec('2024-05-14', '09:10') },
    {
      roundId: R.ankara,
      outcome: 'progress',
      summary:
        'The fourth leaders\' meeting in ten months: "a very productive, frank and constructive conversation" (Erdoğan); the channels kept open as the Athens Declaration recorded; bilateral trade to reach 10 billion dollars, a joint business council; disagreements on maritime zones and Cyprus remain.',
    },
    [S.thetimesMay14],
    { occurrence: 'ankara-visit-2024' },
  ),
  ev(
    'TalksRoundOpened',
    'washington-opened',
    { occurredAt: '2024-07-11', recordedAt: rec('2024-07-12', '09:00') },
    {
      roundId: R.washington,
      label: 'Mitsotakis – Erdoğan meeting at the NATO summit, Washington',
      format: 'informal',
      venue: 'Washington',
      delegations: [
        { actorId: 'greece', head: MITSOTAKIS },
        { actorId: 'turkey', head: ERDOGAN },
      ],
    },
    [S.neoskosmosJul12],
  ),
  ev(
    'TalksRoundConcluded',
    'washington-concluded',
    { occurredAt: '2024-07-11', recordedAt: rec('2024-07-12', '09:05') },
    {
      roundId: R.washington,
      outcome: 'progress',
      summary:
        'The leaders review relations since Ankara and agree on the benefits of keeping a calm atmosphere; cooperation against irregular migration; aim to double trade.',
      nextSteps: 'Meet again in New York in September, at the UN General Assembly.',
    },
    [S.neoskosmosJul12],
  ),
  ev(
    'TalksRoundOpened',
    'fidan-athens-opened',
    { occurredAt: '2024-11-08', recordedAt: rec('2024-11-08', '18:00') },
    {
      roundId: R.fidanAthens,
      label: 'Fidan in Athens (foreign ministers)',
      format: 'formal',
      venue: 'Athens',
      hosts: ['greece'],
      delegations: [
        { actorId: 'greece', head: GERAPETRITIS },
        { actorId: 'turkey', head: FIDAN },
      ],
    },
    [S.mfaNov8],
  ),
  ev(
    'TalksRoundConcluded',
    'fidan-athens-concluded',
    { occurredAt: '2024-11-08', recordedAt: rec('2024-11-08', '18:05') },
    {
      roundId: R.fidanAthens,
      outcome: 'progress',
      summary:
        'Gerapetritis: in 16 months the leaders met six times, the Council met in Athens, two rounds of political dialogue and of the positive agenda and three meetings on confidence-building measures were held (the last two days ago); "difficult moments", but a direct and honest channel that prevented escalation.',
      nextSteps:
        'The next round of political dialogue and positive agenda in Athens on 2–3 December; the next High-Level Cooperation Council in Ankara.',
    },
    [S.mfaNov8],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'greece-turkey-2020.jsonl',
  logEnd: '2024-11-30T00:00:00Z',
  events,
};

export default definition;
