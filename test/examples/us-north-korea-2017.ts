/**
 * A test fixture, not a shipped example: the United States and North Korea
 * from the North's first intercontinental missile test (4 July 2017) through
 * "fire and fury", the Guam plan, the missile over Japan, the sixth nuclear
 * test and the speeches of September 2017, the thaw of 2018 (the invitation
 * carried by South Korea, the summit cancelled by Trump's letter and
 * reinstated, the Singapore joint statement and what was done under it), the
 * stalled talks, Hanoi ending without agreement, the launches of 2019, the
 * meeting at the DMZ, the working-level talks at Stockholm breaking down and
 * the North's year-end deadline (the "Christmas gift"), as an analyst
 * following the news could have recorded it. Escalation model v2 was never
 * tuned on it: it is the case the model is held to in
 * us-north-korea-2017.spec.ts, against the calls an analyst makes from
 * DOMAIN.md §5b alone.
 *
 * What it tests that the other cases did not: a crisis with threats of war on
 * both sides and no armed action at all (no shot was fired between the two in
 * the whole case); missile and nuclear tests aimed at nobody, or flying over a
 * third party (Japan); a summit declaration with vague terms that is
 * nevertheless acted on; a summit cancelled and then held; talks that end
 * without agreement (Hanoi) and talks that break down (Stockholm); and a
 * year-end ultimatum. The parties are the United States and North Korea;
 * South Korea, Japan and China are third parties (South Korea carried Kim's
 * invitation in March 2018 and is a mediator from then), Sweden hosted the
 * Stockholm talks and is a mediator from October 2019.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source.
 *
 * Grading as in examples/README.md: B = established outlet or wire copy
 * (Reuters, AP, AFP, Yonhap, Xinhua, CNN and NPR through the outlets that
 * carry them; RFE/RL, The Independent, The Week, NK News, KBS, Korea Herald,
 * Politico, TIME, UPI, VOA, The Diplomat); C = smaller outlet, aggregator,
 * partisan or mirror (Al-Alam, Myanmar International TV, Eagle News, Sri Lanka
 * Mirror, Roya News, Daily Excelsior, The Daily Wire, Yeni Şafak,
 * Defense-Aerospace, InterAksyon, VINnews, American Military News, Missile
 * Defense Advocacy Alliance, Sentinel Assam, Daily Mirror copies); 1 = an act
 * or text both sides confirm (the Singapore statement signed, the summit and
 * the DMZ meeting held, the exercises suspended by both allies); 2 = on-record
 * statements and facts several outlets agree on; 3 = one side's unverified
 * account.
 *
 * Judgement calls, recorded as an analyst would:
 * - The North's missile and nuclear tests (the two Hwasong-14 launches of
 *   July 2017, the short-range launches of 26 August 2017 and of 2019, the
 *   Hwasong-12 over Hokkaido on 29 August, the sixth nuclear test on 3
 *   September, the Hwasong-15 on 29 November 2017, the submarine-launched
 *   missile of 2 October 2019, the engine test at Sohae on 7 December 2019)
 *   are `force-posture`: shows of force, perpetrator North Korea, with no
 *   `against`. None was fired at the United States, its forces or its
 *   territory; the missile over Japan flew over a third party and fell into
 *   the Pacific, harming no one (so no `harmed`). Each is recorded at its
 *   launch site (place), one way each. What the North said it meant — "a
 *   meaningful prelude to containing Guam" (30 August 2017) — is recorded
 *   as the statement that said it, a threat, not as a property of the test.
 * - Threats are `military-threat` statements when they threaten force:
 *   Trump's "fire and fury" and "locked and loaded", the Guam plan of the
 *   Korean People's Army, "totally destroy North Korea", Kim's "tame with
 *   fire", Ri Yong Ho's right to shoot down US bombers, Haley's "utterly
 *   destroyed", Choe Son Hui's "nuclear-to-nuclear showdown", the line of
 *   Trump's letter on US nuclear capabilities "so massive and powerful that I
 *   pray to God they will never have to be used", Trump's "if we have to, we
 *   will do it" (December 2019) and Kim's "shocking actual action" (31
 *   December 2019). Kim's putting the Guam plan on hold (15 August 2017) is a
 *   `warning`: it holds the launch back and says it will be decided by what
 *   the United States does next. Kim's speech of 12 April 2019 (the North
 *   will wait "till the end of this year" for the United States to bring a
 *   new approach) tables a demand and is a `warning`, not an ultimatum: it
 *   gives a time limit but no consequence beyond a lost opportunity. The
 *   ultimatum is recorded when the consequence was stated: Ri Thae Song's
 *   statement of 3 December 2019 ("the year-end time limit the DPRK set for
 *   the U.S.", "it is entirely up to the U.S. what Christmas gift it will
 *   select to get"). A later Foreign Ministry statement of April 2019 warning
 *   of "an undesired consequence" was found only on a partisan site and is
 *   left out. The ultimatum is recorded `lapsed` on 1 January 2020, when Kim's
 *   report to the party plenum declared the North no longer bound by its
 *   moratorium and promised "a new strategic weapon": the time ran out with
 *   nothing done by either side.
 * - The Singapore joint statement (12 June 2018) is a `framework` agreement,
 *   signed, text public: new relations, a lasting peace regime, the North's
 *   commitment to work towards the complete denuclearisation of the
 *   peninsula, the recovery of remains. Its terms are vague, but it was acted
 *   on: the allies suspended the August exercise (18–19 June 2018) and ended
 *   Key Resolve and Foal Eagle (2 March 2019), the North returned 55 sets of
 *   remains (27 July 2018) and kept its moratorium on nuclear and
 *   intercontinental missile tests until the end of 2019. No party suspended
 *   or withdrew from it in the case, so no status change is recorded.
 * - The summit first planned for 12 June 2018 (announced 10 May, recorded on
 *   24 May with the cancellation) and the summit reinstated on 1 June are two
 *   rounds: a cancelled round cannot be rescheduled. Trump's letter of 24 May
 *   is one occurrence: the round cancelled and the threat in it share an
 *   `occurrence` key.
 * - Hanoi (27–28 February 2019) concluded with `no-progress`: it ended early
 *   and without agreement, but neither side broke off the talks (both said
 *   they would keep talking). Stockholm (5 October 2019) concluded
 *   `collapsed`: the North's chief negotiator said the talks "broke down" and
 *   did not return two weeks later as Sweden proposed; the State Department's
 *   account ("good discussions") is in the summary. The meeting at the DMZ
 *   (30 June 2019) is a round, `informal`, concluded with `progress` (teams to
 *   resume working-level talks).
 * - Trump's postponing of Pompeo's trip (24 August 2018) is a `critical`
 *   statement: no round had been scheduled, and he sent Kim his "warmest
 *   regards". Pompeo's talks in Pyongyang (6–7 July 2018) are recorded only
 *   through the North's Foreign Ministry's statement on them (`accusation`:
 *   "gangster-like" demands).
 * - Left out for want of time or of a dated report in the sources searched:
 *   the words exchanged from October to mid-November 2017 (Trump's "calm
 *   before the storm" and "only one thing will work"), the North's relisting
 *   as a state sponsor of terrorism (20 November 2017), the inter-Korean
 *   track (a third party's talks with one of the pair), the working-level
 *   contacts of autumn 2018, Kim's New Year speech of 2019, most of the
 *   launches of 2019 (only 4 and 9 May, 25 July and 2 October are recorded)
 *   and the second test at Sohae (13 December 2019). Days with nothing
 *   recorded are not days with nothing said.
 * - Where a page shows no date, its published date is read from its content
 *   (the day it reports) and set no earlier than that day; titles not shown on
 *   the stored copy are the page's lead in short.
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'us-north-korea-2017';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 2017);
/** A recordedAt on a given day, UTC (the case runs over three years). */
const rec = (day: string, time = '12:00'): string => `${day}T${time}:00Z`;

const USA: Actor = {
  id: 'united-states',
  name: 'United States of America',
  kind: 'state',
  aliases: ['United States', 'US', 'Washington'],
};
const NORTH: Actor = {
  id: 'north-korea',
  name: "Democratic People's Republic of Korea",
  kind: 'state',
  aliases: ['North Korea', 'DPRK', 'Pyongyang'],
};
const SOUTH: Actor = {
  id: 'south-korea',
  name: 'Republic of Korea',
  kind: 'state',
  aliases: ['South Korea', 'ROK', 'Seoul'],
};
const JAPAN: Actor = { id: 'japan', name: 'Japan', kind: 'state', aliases: ['Tokyo'] };
const CHINA: Actor = { id: 'china', name: "People's Republic of China", kind: 'state', aliases: ['China', 'Beijing'] };
const SWEDEN: Actor = { id: 'sweden', name: 'Sweden', kind: 'state', aliases: ['Stockholm'] };

const TRUMP: Person = { name: 'Donald Trump', title: 'President of the United States', actorId: 'united-states' };
const HALEY: Person = {
  name: 'Nikki Haley',
  title: 'United States Ambassador to the United Nations',
  actorId: 'united-states',
};
const SANDERS: Person = { name: 'Sarah Sanders', title: 'White House Press Secretary', actorId: 'united-states' };
const PENTAGON: Person = {
  name: 'Dana W. White',
  title: 'Chief Pentagon spokesperson',
  actorId: 'united-states',
};
const DOD: Person = { name: 'United States Department of Defense (statement)', actorId: 'united-states' };
const KIM: Person = { name: 'Kim Jong Un', title: 'Leader of North Korea', actorId: 'north-korea' };
const KPA_SF: Person = {
  name: "Strategic Force of the Korean People's Army (spokesman)",
  actorId: 'north-korea',
};
const KIM_RAK_GYOM: Person = {
  name: 'Kim Rak Gyom',
  title: "Commander of the Strategic Force of the Korean People's Army",
  actorId: 'north-korea',
};
const RI_YONG_HO: Person = { name: 'Ri Yong Ho', title: 'Foreign Minister of North Korea', actorId: 'north-korea' };
const CHOE: Person = {
  name: 'Choe Son Hui',
  title: 'Vice Foreign Minister of North Korea',
  actorId: 'north-korea',
};
const NK_FM: Person = { name: 'Foreign Ministry of North Korea (spokesman)', actorId: 'north-korea' };
const KIM_MYONG_GIL: Person = {
  name: 'Kim Myong Gil',
  title: "North Korea's chief negotiator at Stockholm",
  actorId: 'north-korea',
};

const S = {
  indianexpressJul5: source(
    'North Korea missile launch: Kim Jong Un says ICBM a gift to "American bastards"',
    'The Indian Express (AFP)',
    'http://indianexpress.com/article/world/north-korea-missile-launch-kim-jong-un-says-icbm-a-gift-to-american-bastards-4736207/',
    '2017-07-05',
    'B',
    2,
  ),
  firstpostJul5: source(
    "North Korea's Kim Jong-Un says intercontinental ballistic missile a gift to 'American b*stards'",
    'Firstpost (AFP)',
    'https://www.firstpost.com/world/north-koreas-kim-jong-un-says-intercontinental-ballistic-missile-a-gift-to-american-bastards-3777115.html',
    '2017-07-05',
    'B',
    2,
  ),
  tassJul29: source(
    'DPRK announces 2nd successful test of Hwasong 14 missile',
    'TASS',
    'http://tass.com/world/958257',
    '2017-07-29',
    'B',
    2,
  ),
  middayJul29: source(
    'North Korea confirms test firing second intercontinental ballistic missile',
    'Mid-day (IANS)',
    'https://www.mid-day.com/amp/news/world-news/article/north-korea-confirms-test-firing-second-intercontinental-ballistic-missile-18463159',
    '2017-07-29',
    'C',
    2,
  ),
  businessmirrorAug9: source(
    "Trump threatens 'fire and fury' vs North Korea if it endangers US",
    'BusinessMirror (AP)',
    'http://businessmirror.com.ph/trump-threatens-fire-and-fury-vs-north-korea-if-it-endangers-us/',
    '2017-08-09',
    'B',
    2,
  ),
  albanianAug9: source(
    "North Korea Vows Strikes on US as Trump Warns of 'Fire and Fury'",
    'Albanian Daily News (CNN)',
    'http://albaniannews.com/index.php?idm=14708&mod=2',
    '2017-08-09',
    'C',
    2,
  ),
  alalamAug9: source(
    'North Korea Says Seriously Considering Plan to Strike Guam: KCNA',
    'Al-Alam (Reuters)',
    'https://en.alalam.ir/news/2004290',
    '2017-08-09',
    'C',
    2,
  ),
  myanmarAug9: source(
    'North Korea says seriously considering plan to strike Guam - KCNA',
    'Myanmar International TV',
    'http://www.myanmarinternational.tv/news/north-korea-says-seriously-considering-plan-strike-guam-kcna',
    '2017-08-09',
    'C',
    2,
  ),
  kdvrAug10: source(
    'North Korea: Guam strike plan will be ready within days',
    'KDVR (CNN)',
    'https://kdvr.com/2017/08/10/north-korea-guam-strike-plan-will-be-ready-within-days/',
    '2017-08-10',
    'B',
    2,
  ),
  eaglenewsAug10: source(
    'N. Korea ready for missile strike near Guam by mid-August: KCNA',
    'Eagle News (Reuters)',
    'https://eaglenews.ph/n-korea-ready-for-missile-strike-near-guam-by-mid-august-kcna',
    '2017-08-10',
    'C',
    2,
  ),
  rferlAug11: source(
    "Trump Says Military Option Against North Korea 'Locked And Loaded'",
    'Radio Free Europe/Radio Liberty',
    'https://www.rferl.org/a/trump-north-korea-locked-loaded/28671582.html',
    '2017-08-11',
    'B',
    2,
  ),
  bostonglobeAug11: source(
    "Trump says military is 'locked and loaded' and North Korea will 'regret' threats",
    'The Boston Globe (New York Times)',
    'https://www.bostonglobe.com/news/world/2017/08/11/trump-says-military-locked-and-loaded-and-north-korea-will-regret-threats/CVe3iQIrGGZC393eVVAxIJ/story.html',
    '2017-08-11',
    'B',
    2,
  ),
  ibtimesAug15: source(
    "Kim Jong-un puts North Korea's Guam strike on hold, says will watch US actions",
    'International Business Times UK',
    'https://www.ibtimes.co.uk/kim-jong-un-puts-north-koreas-guam-strike-hold-says-will-watch-us-actions-1635020',
    '2017-08-15',
    'B',
    2,
  ),
  yenisafakAug15: source(
    'North Korea delays plan to fire missiles toward Guam',
    'Yeni Şafak (AFP)',
    'https://yenisafak.com/en/world/north-korea-delays-plan-to-fire-missiles-toward-guam-2779447',
    '2017-08-15',
    'C',
    2,
  ),
  rferlAug26: source(
    'North Korea Fires Short-Range Ballistic Missiles Into Sea Of Japan',
    'Radio Free Europe/Radio Liberty (AP, Reuters)',
    'https://rferl.org/amp/north-korea-missiles-sea-japan/28698055.html',
    '2017-08-26',
    'B',
    2,
  ),
  defaeroAug26: source(
    'North Korea Fires Three Short-Range Ballistic Missiles into Sea',
    'Defense-Aerospace (British Forces News)',
    'http://www.defense-aerospace.com/cgi-bin/client/modele.pl?shop=dae&modele=release&prod=186274&cat=3',
    '2017-08-26',
    'C',
    2,
  ),
  timesofmaltaAug29: source(
    'North Korea fires missile over Japan',
    'Times of Malta (Reuters)',
    'https://www.timesofmalta.com/articles/view/20170829/world/north-korea-fires-missile-over-japan.656751',
    '2017-08-29',
    'B',
    2,
  ),
  srilankamirrorAug29: source(
    'N. Korean missile fired over Japan',
    'Sri Lanka Mirror',
    'https://srilankamirror.com/world/4631-n-korean-missile-fired-over-japan',
    '2017-08-29',
    'C',
    2,
  ),
  independentAug30: source(
    "North Korean leader Kim Jong-un says missile test over Japan is 'first step to containing Guam'",
    'The Independent',
    'https://www.independent.co.uk/news/world/asia/north-korea-missile-test-japan-kim-jong-un-guam-a7919306.html',
    '2017-08-30',
    'B',
    2,
  ),
  livemintAug30: source(
    "North Korea's Kim Jong Un says missile over Japan was prelude to containing Guam",
    'Livemint (Bloomberg)',
    'http://www.livemint.com/Politics/M1gIyC4PlnPJRB4gbYeeML/North-Koreas-Kim-Jong-Un-says-missile-over-Japan-was-prelu.html',
    '2017-08-30',
    'B',
    2,
  ),
  channel4Sep3: source(
    'North Korea claims hydrogen bomb test',
    'Channel 4 News',
    'https://www.channel4.com/news/north-korea-claims-hydrogen-bomb-test',
    '2017-09-03',
    'B',
    2,
  ),
  excelsiorSep3: source(
    'N Korea tests hydrogen bomb',
    'Daily Excelsior (agencies)',
    'https://dailyexcelsior.com/n-korea-tests-hydrogen-bomb',
    '2017-09-03',
    'C',
    2,
  ),
  royaSep3: source(
    'North Korea conducts sixth nuclear test since 2006',
    'Roya News',
    'https://en.royanews.tv/news/11385/2017-09-03',
    '2017-09-03',
    'C',
    2,
  ),
  fox13Sep19: source(
    "Trump to UN: 'Rocket Man is on a suicide mission'",
    'Fox 13 Salt Lake City (CNN)',
    'https://www.fox13now.com/2017/09/19/trump-to-un-rocket-man-is-on-a-suicide-mission',
    '2017-09-19',
    'B',
    1,
  ),
  euronewsSep19: source(
    "Trump at UN: US may have to 'totally destroy North Korea'",
    'Euronews',
    'https://www.euronews.com/2017/09/19/live-trump-gives-his-first-speech-to-un-general-assembly',
    '2017-09-19',
    'B',
    1,
  ),
  theweekSep21: source(
    "Kim Jong Un hits back at Trump, threatening to 'tame the mentally deranged U.S. dotard with fire'",
    'The Week',
    'https://theweek.com/speedreads/726181/kim-jong-un-hits-back-trump-threatening-tame-mentally-deranged-dotard-fire',
    '2017-09-21',
    'B',
    2,
  ),
  buzzfeedSep21: source(
    'Kim Jong Un Just Called Trump A Mentally Deranged "Dotard" And Threatened The US',
    'BuzzFeed News',
    'https://www.buzzfeednews.com/article/claudiakoerner/kim-jong-un-just-called-trump-a-mentally-deranged-dotard',
    '2017-09-21',
    'B',
    2,
  ),
  kbsSep26: source(
    'Korea Utara tuduh AS umumkan perang, ancam tembak jatuh pembom AS',
    'KBS World (Indonesian service)',
    'http://world.kbs.co.kr/service/news_view.htm?Seq_Code=47412&lang=i',
    '2017-09-26',
    'B',
    2,
  ),
  dailywireSep25: source(
    "North Korea: We'll Shoot Down American Bombers Outside Our Airspace",
    'The Daily Wire',
    'https://www.dailywire.com/news/north-korea-well-shoot-down-american-bombers-hank-berrien',
    '2017-09-25',
    'C',
    2,
  ),
  nknewsNov29: source(
    'North Korea announces first test of Hwasong-15 ICBM',
    'NK News',
    'https://www.nknews.org/2017/11/north-korea-announces-first-test-of-hwasong-15-icbm/',
    '2017-11-29',
    'B',
    2,
  ),
  nationaldawnNov29: source(
    'North Korea successfully tests Hwasong-15 missile',
    'The National Dawn',
    'http://thenationaldawn.com/north-korea-successfully-tests-hwasong-15-missile/',
    '2017-11-29',
    'C',
    2,
  ),
  independentNov29: source(
    "North Korea latest: US says 'if war comes, the regime will be utterly destroyed'",
    'The Independent',
    'https://www.independent.co.uk/news/world/north-korea-latest-us-trump-un-nikki-haley-demands-world-cuts-ties-news-a8083481.html',
    '2017-11-29',
    'B',
    1,
  ),
  radiofardaNov30: source(
    "U.S. Warns North Korea Will Be 'Utterly Destroyed' If Its 'Aggression' Leads To War",
    'Radio Farda (RFE/RL)',
    'https://en.radiofarda.com/a/trump-north-korea-major-sanctions-nuclear-missile-test/28887808.html',
    '2017-11-30',
    'B',
    1,
  ),
  japantodayJan1: source(
    'Kim says US should know North Korean nuclear force a reality',
    'Japan Today (AP)',
    'https://japantoday.com/category/world/kim-says-us-should-know-north-korean-nuclear-force-a-reality',
    '2018-01-01',
    'B',
    2,
  ),
  wnepJan2: source(
    "Trump to Kim Jong Un: My nuclear button is 'much bigger' and 'more powerful'",
    'WNEP (CNN)',
    'https://wnep.com/2018/01/02/trump-to-kim-jong-un-my-nuclear-button-is-much-bigger-and-more-powerful/',
    '2018-01-02',
    'B',
    2,
  ),
  interaksyonJan3: source(
    "'My (nuke) button's bigger than yours' – Trump on boast of North Korea's Kim",
    'InterAksyon (Reuters)',
    'http://www.interaksyon.com/breaking-news/2018/01/03/115369/my-nuke-buttons-bigger-than-yours-trump-on-boast-of-north-koreas-kim/',
    '2018-01-03',
    'C',
    2,
  ),
  nprMar8: source(
    'Kim Jong Un Extends Invite To President Trump, South Korean Officials Say',
    'NPR',
    'https://www.npr.org/2018/03/08/592137603/kim-jong-un-extends-invite-to-president-trump-south-korean-officials-say',
    '2018-03-08',
    'B',
    2,
  ),
  timeMar9: source(
    "Read the Full Statement on President Trump's Acceptance of Kim Jong Un's Invitation",
    'TIME',
    'http://time.com/5192550/kim-jong-un-donald-trump-full-statement/',
    '2018-03-09',
    'B',
    1,
  ),
  upiApr20: source(
    'North Korea announces freeze on nuclear, missile tests',
    'UPI (Yonhap)',
    'https://www.upi.com/Top_News/World-News/2018/04/20/North-Korea-announces-freeze-on-nuclear-missile-tests/3641524262546/',
    '2018-04-20',
    'B',
    2,
  ),
  globaltimesApr21: source(
    'DPRK to suspend nuclear, ICBM tests from April 21',
    'Global Times (Xinhua)',
    'http://www.globaltimes.cn/content/1099013.shtml',
    '2018-04-21',
    'B',
    2,
  ),
  fox13memphisMay24: source(
    "Trump meeting with North Korea's Kim Jong Un canceled due to 'open hostility'",
    'FOX13 Memphis',
    'https://www.fox13memphis.com/news/breaking-news/trump-meeting-with-north-koreas-kim-jong-un-canceled-due-to-open-hostility/755752046',
    '2018-05-24',
    'B',
    2,
  ),
  ktvqMay24: source(
    "North Korea warns of nuclear showdown, calls Pence 'political dummy'",
    'KTVQ (CNN)',
    'https://www.ktvq.com/news/2018/05/24/north-korea-warns-of-nuclear-showdown-calls-pence-political-dummy/',
    '2018-05-24',
    'B',
    2,
  ),
  fortuneMay24: source(
    "Mike Pence As a 'Political Dummy:' How U.S.-North Korea Talks Reverted to Name-Calling and Nuclear Threats",
    'Fortune',
    'https://fortune.com/2018/05/24/north-korea-pence-political-dummy-us-talks/',
    '2018-05-24',
    'B',
    2,
  ),
  efeMay24: source(
    'Trump cancels US-North Korea summit',
    'EFE',
    'https://www.efe.com/efe/english/portada/trump-cancels-us-north-korea-summit/50000260-3626547',
    '2018-05-24',
    'B',
    1,
  ),
  standardspeakerMay24: source(
    'Trump cancels summit with North Korea',
    'Standard-Speaker (AP)',
    'http://standardspeaker.com/news/trump-cancels-summit-with-north-korea-1.2341173',
    '2018-05-24',
    'B',
    1,
  ),
  suntimesJun1: source(
    'Trump: North Korea summit to go ahead June 12 as planned',
    'Chicago Sun-Times (AP)',
    'https://chicago.suntimes.com/news/donald-trump-north-korea-summit/',
    '2018-06-01',
    'B',
    1,
  ),
  kutJun1: source(
    'President Trump: Summit With Kim Jong Un Is On For June 12',
    'KUT (NPR)',
    'https://www.kut.org/post/top-north-korean-official-visits-president-trump-white-house',
    '2018-06-01',
    'B',
    1,
  ),
  nzheraldJun12: source(
    "What's in the document: Donald Trump and Kim Jong Un commit to working toward complete denuclearisation",
    'New Zealand Herald (AP)',
    'https://nzherald.co.nz/world/whats-in-the-document-donald-trump-and-kim-jong-un-commit-to-working-toward-complete-denuclearisation/NVUIESAXT6JTZC2VZCKMF66RNE',
    '2018-06-12',
    'B',
    1,
  ),
  cgtnJun12: source(
    "Trump hails summit with Kim, reveals end to 'war games'",
    'CGTN',
    'https://news.cgtn.com/news/3d3d674e7a63444d78457a6333566d54/index.html',
    '2018-06-12',
    'B',
    2,
  ),
  politicoJun19: source(
    'Pentagon suspends Korea wargame planning for August',
    'Politico Europe',
    'https://www.politico.eu/article/pentagon-suspends-korea-wargame-planning-for-august-north-korea-donald-trump/',
    '2018-06-19',
    'B',
    1,
  ),
  kbsJun19: source(
    'S. Korea, US Suspend Ulchi Freedom Guardian Exercise',
    'KBS World',
    'http://world.kbs.co.kr/english/news/news_In_detail.htm?No=137129',
    '2018-06-19',
    'B',
    1,
  ),
  dailybeastJul7: source(
    "North Korea Calls Pompeo's Visit 'Deeply Regrettable'",
    'The Daily Beast',
    'http://blog.thedailybeast.com/north-korea-calls-pompeos-visit-regrettable',
    '2018-07-07',
    'B',
    2,
  ),
  theweekJul8: source(
    'Mike Pompeo insists his awkward North Korea trip was fruitful',
    'The Week',
    'https://theweek.com/speedreads/783669/mike-pompeo-insists-awkward-north-korea-trip-fruitful',
    '2018-07-08',
    'B',
    2,
  ),
  suntimesJul27: source(
    'Plane said to carry war remains lands at US base',
    'Chicago Sun-Times (AP)',
    'https://chicago.suntimes.com/news/us-war-remains-donald-trump-kim-jong-un-north-korea-soldiers/',
    '2018-07-27',
    'B',
    1,
  ),
  koreaheraldJul27: source(
    'N. Korea transfers remains of US soldiers killed in Korean War: White House',
    'The Korea Herald (Yonhap)',
    'http://www.koreaherald.com/view.php?ud=20180727000391',
    '2018-07-27',
    'B',
    1,
  ),
  timeAug24: source(
    'President Trump Wants to Delay His North Korea Trip',
    'TIME (AP)',
    'http://time.com/5377671/trump-north-korea-trip-delayed/',
    '2018-08-24',
    'B',
    1,
  ),
  scmpAug25: source(
    "Trump directs US Secretary of State Mike Pompeo to delay North Korea trip, saying 'we are not making sufficient progress'",
    'South China Morning Post (AP)',
    'https://www.scmp.com/news/asia/east-asia/article/2161302/trump-directs-us-secretary-state-mike-pompeo-delay-north-korea',
    '2018-08-25',
    'B',
    1,
  ),
  news24Feb28: source(
    'Trump, Kim summit ends without reaching a deal - White House',
    'News24 (AP)',
    'https://www.news24.com/World/News/trump-kim-summit-ends-without-reaching-a-deal-white-house-20190228',
    '2019-02-28',
    'B',
    1,
  ),
  politicoFeb28: source(
    'Trump-Kim summit unexpectedly cut short',
    'Politico Europe',
    'https://www.politico.eu/article/trump-kim-summit-unexpectedly-cut-short/',
    '2019-02-28',
    'B',
    1,
  ),
  ctvMar3: source(
    'South Korea, U.S. end spring military drills in hopes of restoring diplomacy with North',
    'CTV News (AP)',
    'https://www.ctvnews.ca/world/south-korea-u-s-end-spring-military-drills-in-hopes-of-restoring-diplomacy-with-north-1.4320103',
    '2019-03-03',
    'B',
    1,
  ),
  inquirerMar3: source(
    'US, South Korea to end key joint military exercises',
    'Philippine Daily Inquirer (AFP)',
    'https://newsinfo.inquirer.net/1091487/us-south-korea-to-end-key-joint-military-exercises',
    '2019-03-03',
    'B',
    1,
  ),
  atlanticMar16: source(
    'North Korea Warns It May End Nuclear Talks With the U.S.',
    'The Atlantic',
    'https://www.theatlantic.com/politics/archive/2019/03/north-korea-warns-it-may-end-nuclear-talks-us/585115/',
    '2019-03-16',
    'B',
    2,
  ),
  nknewsApr15: source(
    'Towards a "new path"? Five questions after Kim Jong Un\'s speech to the 14th SPA',
    'NK News',
    'https://www.nknews.org/2019/04/towards-a-new-path-five-questions-after-kim-jong-uns-speech-to-the-14th-spa/',
    '2019-04-15',
    'B',
    2,
  ),
  mdaaApr15: source(
    "North Korean Leader: Third US Summit Depends on Whether US Can Make 'Bold Decision'",
    'Missile Defense Advocacy Alliance (The Diplomat)',
    'https://missiledefenseadvocacy.org/other-news/north-korean-leader-third-us-summit-depends-on-whether-us-can-make-bold-decision/',
    '2019-04-15',
    'C',
    2,
  ),
  wjhlMay4: source(
    'North Korea fires several short-range missiles',
    'WJHL (AP)',
    'https://www.wjhl.com/news/national/north-korea-fires-several-short-range-missiles/1977365182',
    '2019-05-04',
    'B',
    2,
  ),
  yonhapMay9: source(
    '(4th LD) N. Korea fires two short-range missiles: JCS',
    'Yonhap',
    'https://en.yna.co.kr/view/AEN20190509009653325?section=national/defense',
    '2019-05-09',
    'B',
    2,
  ),
  cnnJun30: source(
    'DMZ: Donald Trump steps into North Korea with Kim Jong Un',
    'CNN',
    'https://edition.cnn.com/politics/live-news/trump-dmz-kim-live-intl-hnk/h_7c89c85737f16f7da758bcc1319c8b87',
    '2019-06-30',
    'B',
    1,
  ),
  newtimesJun30: source(
    'Trump steps into North Korea, agrees with Kim to resume talks',
    'The New Times (New York Times)',
    'http://www.newtimes.co.rw/article/167717/News/trump-steps-into-north-korea-agrees-with-kim-to-resume-talks/amp',
    '2019-06-30',
    'C',
    1,
  ),
  nnaJul25: source(
    'N. Korea launches 2 short-range ballistic missiles: Japan source',
    'NNA (Kyodo)',
    'https://english.nna.jp/articles/1166',
    '2019-07-25',
    'B',
    2,
  ),
  tvnzOct6: source(
    "North Korea decries breakdown of talks US says were 'good'",
    'TVNZ (AP)',
    'https://www.tvnz.co.nz/one-news/world/north-korea-decries-breakdown-talks-us-says-were-good',
    '2019-10-06',
    'B',
    2,
  ),
  vinnewsOct5: source(
    "North Korea Decries Breakdown Of Talks US Says Were 'Good'",
    'VINnews (AP)',
    'https://vosizneias.com/2019/10/05/north-korea-decries-breakdown-of-talks-us-says-were-good/',
    '2019-10-05',
    'C',
    2,
  ),
  dailybeastOct6: source(
    'U.S. Delegation Disputes Claims That Nuclear Talks With North Korea Broke Down',
    'The Daily Beast (AP)',
    'https://www.thedailybeast.com/us-delegation-disputes-claims-that-nuclear-talks-with-north-korea-broke-down',
    '2019-10-06',
    'B',
    2,
  ),
  upiDec3: source(
    "North Korea warns U.S. with 'Christmas gift' message",
    'UPI',
    'https://www.upi.com/Top_News/World-News/2019/12/03/North-Korea-warns-US-with-Christmas-gift-message/5231575377953/',
    '2019-12-03',
    'B',
    2,
  ),
  diplomatDec3: source(
    "North Korean Official: Up to United States What 'Christmas Gift' It Receives",
    'The Diplomat',
    'https://thediplomat.com/2019/12/north-korean-official-up-to-united-states-what-christmas-gift-it-receives/',
    '2019-12-03',
    'B',
    2,
  ),
  koreaheraldDec4: source(
    'Trump hints US may use military force against NK if necessary',
    'The Korea Herald (Yonhap)',
    'https://koreaherald.com/view.php?ud=20191204000077',
    '2019-12-04',
    'B',
    2,
  ),
  amnDec4: source(
    "Trump revives threat of force against North Korea's 'Rocket Man'",
    'American Military News (Bloomberg)',
    'https://americanmilitarynews.com/2019/12/trump-revives-threat-of-force-against-north-koreas-rocket-man/',
    '2019-12-04',
    'C',
    2,
  ),
  yonhapDec8: source(
    "N. Korea says it has conducted 'very important test' at satellite launch site",
    'Yonhap',
    'https://m-en.yna.co.kr/view/AEN20191208000800315',
    '2019-12-08',
    'B',
    2,
  ),
  voaDec8: source(
    "North Korea Reports 'Very Important Test' at Rocket Launch Site",
    'VOA (AP)',
    'https://www.voanews.com/east-asia-pacific/north-korea-reports-very-important-test-rocket-launch-site',
    '2019-12-08',
    'B',
    2,
  ),
  wcbeJan1: source(
    'Kim Jong Un Says North Korea No Longer Bound By Testing Moratorium',
    'WCBE (NPR)',
    'https://www.wcbe.org/post/kim-jong-un-says-north-korea-no-longer-bound-testing-moratorium',
    '2020-01-01',
    'B',
    2,
  ),
  asiaoneJan1: source(
    "North Korea's Kim Jong Un declares end to moratoriums on nuclear and ballistic missile tests",
    'AsiaOne (AFP, Reuters)',
    'https://www.asiaone.com/asia/north-koreas-kim-jong-un-declares-end-moratoriums-nuclear-and-ballistic-missile-tests',
    '2020-01-01',
    'B',
    2,
  ),
};

const R = {
  singaporePlan: 'singapore-summit-2018-first-plan',
  singapore: 'singapore-summit-2018',
  hanoi: 'hanoi-summit-2019',
  dmz: 'panmunjom-meeting-2019',
  stockholm: 'stockholm-working-level-2019',
};
const A = { singapore: 'singapore-joint-statement-2018' };
const D = { newApproach: 'us-new-calculation-2019' };
const U = { yearEnd: 'year-end-deadline-2019' };

const events = [
  // ===== July – September 2017: the missiles, "fire and fury", Guam =====
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '2017-07-04', recordedAt: rec('2017-07-05', '06:00') },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'United States – North Korea, 2017–19',
      subject:
        "The North's nuclear and missile programme between the United States and North Korea: from the first intercontinental missile test (July 2017) and the threats of war of 2017, through the Singapore summit (June 2018) and Hanoi (February 2019), to the Stockholm talks breaking down and the North's year-end deadline (December 2019)",
      parties: [USA, NORTH],
      mediators: [],
    },
    [S.indianexpressJul5],
    { note: "Dated to the North's first ICBM test, the first development the case covers." },
  ),
  ev(
    'ActorRegistered',
    'actor-south-korea',
    { occurredAt: '2017-07-04', recordedAt: rec('2017-07-05', '06:01') },
    { actor: SOUTH, role: 'third-party' },
    [S.indianexpressJul5],
  ),
  ev(
    'ActorRegistered',
    'actor-japan',
    { occurredAt: '2017-07-04', recordedAt: rec('2017-07-05', '06:02') },
    { actor: JAPAN, role: 'third-party' },
    [S.indianexpressJul5],
  ),
  ev(
    'ActorRegistered',
    'actor-china',
    { occurredAt: '2017-07-04', recordedAt: rec('2017-07-05', '06:03') },
    { actor: CHINA, role: 'third-party' },
    [S.indianexpressJul5],
  ),
  ev(
    'IncidentReported',
    'inc-icbm-jul4',
    { occurredAt: '2017-07-04', recordedAt: rec('2017-07-05', '06:05') },
    {
      incidentId: 'hwasong-14-2017-07-04',
      kind: 'force-posture',
      perpetrator: 'north-korea',
      target: 'The sea (Japan’s exclusive economic zone)',
      place: 'Banghyon, North Pyongan',
      description:
        'The North\'s first intercontinental ballistic missile, a Hwasong-14, flies 39 minutes on a lofted path into Japan\'s exclusive economic zone; experts say it could reach Alaska. Kim, overseeing it, calls it a "gift" to the "American bastards" on their Independence Day and orders more "gift packages"; Trump: "Does this guy have anything better to do with his life?"',
    },
    [S.indianexpressJul5, S.firstpostJul5],
  ),
  ev(
    'IncidentReported',
    'inc-icbm-jul28',
    { occurredAt: '2017-07-28', recordedAt: rec('2017-07-29', '09:00') },
    {
      incidentId: 'hwasong-14-2017-07-28',
      kind: 'force-posture',
      perpetrator: 'north-korea',
      target: 'The sea (the East Sea)',
      place: 'Jagang province',
      description:
        'A second Hwasong-14 test late at night: 47 minutes, 998 km, an apogee of 3,725 km; the North says it proves the whole US mainland is within range.',
    },
    [S.tassJul29, S.middayJul29],
  ),
  ev(
    'StatementMade',
    'stmt-kim-jul29',
    { occurredAt: '2017-07-29', recordedAt: rec('2017-07-29', '09:05') },
    {
      speaker: KIM,
      audience: 'united-states',
      tone: 'warning',
      summary:
        'The second test is "a stern warning" to the United States; the North\'s nuclear programme can be neither replaced nor wound up.',
    },
    [S.tassJul29],
  ),
  ev(
    'StatementMade',
    'stmt-trump-fire-fury',
    { occurredAt: '2017-08-08T19:00:00Z', recordedAt: rec('2017-08-09', '06:00') },
    {
      speaker: TRUMP,
      audience: 'north-korea',
      tone: 'military-threat',
      summary:
        'At Bedminster, after reports that the North can fit a miniaturised warhead on its missiles and its threat of "physical action" over the new UN sanctions: further threats will be met with "fire and fury like the world has never seen".',
      quote:
        'North Korea best not make any more threats to the United States. They will be met with fire and fury like the world has never seen.',
    },
    [S.businessmirrorAug9, S.albanianAug9],
  ),
  ev(
    'StatementMade',
    'stmt-kpa-guam-plan',
    { occurredAt: '2017-08-09', recordedAt: rec('2017-08-09', '12:00') },
    {
      speaker: KPA_SF,
      audience: 'united-states',
      tone: 'military-threat',
      summary:
        'The Strategic Force is "carefully examining" an operational plan for "an enveloping fire" at the areas around Guam with Hwasong-12 missiles, to contain the US bases there (Andersen Air Force Base); it would be put into practice once Kim decides. Another army spokesman: any US "preventive war" will meet an all-out war wiping out the US mainland.',
    },
    [S.alalamAug9, S.myanmarAug9],
  ),
  ev(
    'StatementMade',
    'stmt-kim-rak-gyom-guam',
    { occurredAt: '2017-08-10', recordedAt: rec('2017-08-10', '09:00') },
    {
      speaker: KIM_RAK_GYOM,
      audience: 'united-states',
      tone: 'military-threat',
      summary:
        'The plan will be ready by mid-August for Kim\'s order: four Hwasong-12 missiles over Shimane, Hiroshima and Kochi, to land 30–40 km from Guam after 3,356.7 km and 1,065 seconds. "Fire and fury" is "a load of nonsense"; "only absolute force can work on" Trump.',
      quote: 'Sound dialogue is not possible with such a guy bereft of reason and only absolute force can work on him.',
    },
    [S.kdvrAug10, S.eaglenewsAug10],
  ),
  ev(
    'StatementMade',
    'stmt-trump-locked-loaded',
    { occurredAt: '2017-08-11T11:29:00Z', recordedAt: rec('2017-08-11', '18:00') },
    {
      speaker: TRUMP,
      audience: 'north-korea',
      tone: 'military-threat',
      summary:
        'On Twitter, then to reporters: military solutions are "locked and loaded, should North Korea act unwisely"; if Kim "does anything with respect to Guam or anyplace else that\'s an American territory or an American ally, he will truly regret it, and he will regret it fast".',
      quote: 'Military solutions are now fully in place, locked and loaded, should North Korea act unwisely.',
    },
    [S.rferlAug11, S.bostonglobeAug11],
  ),
  ev(
    'StatementMade',
    'stmt-kim-guam-hold',
    { occurredAt: '2017-08-15', recordedAt: rec('2017-08-15', '09:00') },
    {
      speaker: KIM,
      audience: 'united-states',
      tone: 'warning',
      summary:
        'Briefed on the Guam plan by the Strategic Force, Kim will "watch a little more the foolish and stupid conduct of the Yankees" before deciding; if they persist in "extremely dangerous reckless actions" the North will make "an important decision as it already declared". To defuse tension the US must "make a proper option first and show it through action".',
    },
    [S.ibtimesAug15, S.yenisafakAug15],
  ),
  ev(
    'IncidentReported',
    'inc-srbm-aug26',
    { occurredAt: '2017-08-26', recordedAt: rec('2017-08-26', '12:00') },
    {
      incidentId: 'short-range-2017-08-26',
      kind: 'force-posture',
      perpetrator: 'north-korea',
      target: 'The sea off its east coast (Sea of Japan)',
      place: 'Kangwon province',
      description:
        'Three short-range ballistic missiles (or large rockets) during the US–South Korean Ulchi Freedom Guardian exercise: two flew about 250 km into the sea, one blew up at once. US Pacific Command: no threat to Guam or North America; Japan: no threat to its safety.',
    },
    [S.rferlAug26, S.defaeroAug26],
  ),
  ev(
    'IncidentReported',
    'inc-hwasong12-japan',
    { occurredAt: '2017-08-28T21:00:00Z', recordedAt: rec('2017-08-29', '06:00') },
    {
      incidentId: 'hwasong-12-over-japan-2017-08-29',
      kind: 'force-posture',
      perpetrator: 'north-korea',
      target: 'The Pacific, over Hokkaido',
      place: 'Sunan, Pyongyang',
      description:
        "An intermediate-range missile (Hwasong-12) fired from near Pyongyang at dawn flies over Hokkaido and falls into the Pacific about 1,180 km east of it; Japan's J-Alert tells residents to take cover, Tokyo does not try to shoot it down. The first North Korean ballistic missile over Japan since 2009; nobody hurt.",
    },
    [S.timesofmaltaAug29, S.srilankamirrorAug29],
  ),
  ev(
    'StatementMade',
    'stmt-kcna-prelude-guam',
    { occurredAt: '2017-08-30', recordedAt: rec('2017-08-30', '12:00') },
    {
      speaker: KIM,
      audience: 'united-states',
      tone: 'military-threat',
      summary:
        'Per KCNA, Kim oversaw the launch and called it "a meaningful prelude to containing Guam" and the first step of the army\'s operations in the Pacific; more ballistic launches "with the Pacific as a target" are to follow; he will watch the US before deciding further action.',
    },
    [S.independentAug30, S.livemintAug30],
  ),
  ev(
    'IncidentReported',
    'inc-nuclear-test',
    { occurredAt: '2017-09-03T03:30:00Z', recordedAt: rec('2017-09-04', '09:00') },
    {
      incidentId: 'nuclear-test-2017-09-03',
      kind: 'force-posture',
      perpetrator: 'north-korea',
      target: 'Underground test site',
      place: 'Punggye-ri',
      description:
        'The sixth and most powerful nuclear test: the North says a two-stage thermonuclear weapon for an ICBM; a magnitude 6.3 tremor (USGS), an estimated 50–60 kilotons (Seoul). Condemned by Japan, South Korea and China.',
    },
    [S.channel4Sep3, S.excelsiorSep3, S.royaSep3],
  ),
  ev(
    'StatementMade',
    'stmt-trump-un',
    { occurredAt: '2017-09-19T14:30:00Z', recordedAt: rec('2017-09-19', '18:00') },
    {
      speaker: TRUMP,
      audience: 'north-korea',
      tone: 'military-threat',
      summary:
        'To the UN General Assembly: if forced to defend itself or its allies, the United States "will have no choice but to totally destroy North Korea"; "Rocket Man is on a suicide mission for himself and for his regime".',
      quote:
        'The United States has great strength and patience, but if it is forced to defend itself or its allies, we will have no choice but to totally destroy North Korea.',
    },
    [S.fox13Sep19, S.euronewsSep19],
  ),
  ev(
    'StatementMade',
    'stmt-kim-dotard',
    { occurredAt: '2017-09-21', recordedAt: rec('2017-09-22', '09:00') },
    {
      speaker: KIM,
      audience: 'united-states',
      tone: 'military-threat',
      summary:
        'A rare personal statement: Trump\'s speech was "the most ferocious declaration of a war in history"; the North will consider "a corresponding, highest level of hard-line countermeasure in history"; Trump will "pay dearly". Ri Yong Ho adds it could be "the most powerful detonation of an H-bomb in the Pacific".',
      quote: 'I will surely and definitely tame the mentally deranged U.S. dotard with fire.',
    },
    [S.theweekSep21, S.buzzfeedSep21],
  ),
  ev(
    'StatementMade',
    'stmt-ri-bombers',
    { occurredAt: '2017-09-25', recordedAt: rec('2017-09-26', '09:00') },
    {
      speaker: RI_YONG_HO,
      audience: 'united-states',
      tone: 'military-threat',
      summary:
        'In New York, after Trump\'s tweet that the North\'s leaders "won\'t be around much longer" and US bombers flying off its east coast: the United States has declared war, so the North has every right to countermeasures, "including the right to shoot down United States strategic bombers even when they are not yet inside the airspace border of our country".',
    },
    [S.kbsSep26, S.dailywireSep25],
  ),
  // ===== November 2017 – January 2018: the Hwasong-15 and the buttons =====
  ev(
    'IncidentReported',
    'inc-hwasong15',
    { occurredAt: '2017-11-28T18:17:00Z', recordedAt: rec('2017-11-29', '09:00') },
    {
      incidentId: 'hwasong-15-2017-11-29',
      kind: 'force-posture',
      perpetrator: 'north-korea',
      target: "The sea (Japan's exclusive economic zone)",
      place: 'Pyongsong, South Pyongan',
      description:
        'A new ICBM, the Hwasong-15, flies 53 minutes to an altitude of about 4,475 km and lands in the sea near Japan, ending 10 weeks without a test; the North says it can strike the whole US mainland and that Kim has "completed the state nuclear force".',
    },
    [S.nknewsNov29, S.nationaldawnNov29],
  ),
  ev(
    'StatementMade',
    'stmt-haley-utterly',
    { occurredAt: '2017-11-29T22:00:00Z', recordedAt: rec('2017-11-30', '06:00') },
    {
      speaker: HALEY,
      audience: 'north-korea',
      tone: 'military-threat',
      summary:
        'At the emergency Security Council meeting: the test "brings the world closer to war"; the US does not seek war, but "if war comes, make no mistake, the North Korean regime will be utterly destroyed"; all nations should cut ties with the North, China its oil.',
      quote: 'And if war comes, make no mistake, the North Korean regime will be utterly destroyed.',
    },
    [S.independentNov29, S.radiofardaNov30],
  ),
  ev(
    'StatementMade',
    'stmt-kim-button',
    { occurredAt: '2018-01-01', recordedAt: rec('2018-01-02', '12:00') },
    {
      speaker: KIM,
      audience: 'united-states',
      tone: 'military-threat',
      summary:
        'New Year address: "The entire mainland of the US is within the range of our nuclear weapons and the nuclear button is always on the desk of my office. They should accurately be aware that this is not a threat but a reality." (The same speech offers the South a delegation to the Winter Olympics.)',
    },
    [S.japantodayJan1, S.wnepJan2],
  ),
  ev(
    'StatementMade',
    'stmt-trump-button',
    { occurredAt: '2018-01-02', recordedAt: rec('2018-01-03', '06:00') },
    {
      speaker: TRUMP,
      audience: 'north-korea',
      tone: 'military-threat',
      summary:
        'On Twitter, answering Kim: "I too have a Nuclear Button, but it is a much bigger & more powerful one than his, and my Button works!"',
    },
    [S.wnepJan2, S.interaksyonJan3],
  ),
  // ===== March – June 2018: the invitation, the cancelled summit, Singapore =====
  ev(
    'ActorRegistered',
    'actor-south-korea-mediator',
    { occurredAt: '2018-03-08', recordedAt: rec('2018-03-09', '06:00') },
    { actor: SOUTH, role: 'mediator' },
    [S.nprMar8],
    { note: "From the day its national security adviser carried Kim's invitation to the White House." },
  ),
  ev(
    'MediationAction',
    'med-chung-invitation',
    { occurredAt: '2018-03-08T23:00:00Z', recordedAt: rec('2018-03-09', '06:05') },
    {
      mediator: 'south-korea',
      action: 'proposed',
      summary:
        'Chung Eui-yong, back from Pyongyang, briefs Trump and announces at the White House that Kim is "eager" to meet Trump "as soon as possible", is committed to denuclearisation and will refrain from nuclear and missile tests; Trump will meet him "by May".',
    },
    [S.nprMar8, S.timeMar9],
    { occurrence: 'invitation-accepted-2018-03-08' },
  ),
  ev(
    'StatementMade',
    'stmt-sanders-accept',
    { occurredAt: '2018-03-08T23:30:00Z', recordedAt: rec('2018-03-09', '06:10') },
    {
      speaker: SANDERS,
      audience: 'north-korea',
      tone: 'conciliatory',
      summary:
        'The White House: Trump "will accept the invitation to meet with Kim Jong Un at a place and time to be determined"; sanctions and maximum pressure remain until then.',
    },
    [S.timeMar9, S.nprMar8],
    { occurrence: 'invitation-accepted-2018-03-08' },
  ),
  ev(
    'StatementMade',
    'stmt-kim-moratorium',
    { occurredAt: '2018-04-20', recordedAt: rec('2018-04-21', '06:00') },
    {
      speaker: KIM,
      audience: 'united-states',
      tone: 'conciliatory',
      summary:
        'The party plenum decides: from 21 April no more nuclear tests or ICBM launches, and the northern nuclear test site will be dismantled "to transparently guarantee the discontinuance of the nuclear test".',
    },
    [S.upiApr20, S.globaltimesApr21],
  ),
  ev(
    'TalksRoundScheduled',
    'singapore-plan-scheduled',
    { occurredAt: '2018-05-10', recordedAt: rec('2018-05-24', '14:00') },
    {
      roundId: R.singaporePlan,
      label: 'Trump–Kim summit in Singapore (as first announced)',
      format: 'formal',
      venue: 'Singapore',
      plannedFor: '2018-06-12',
    },
    [S.fox13memphisMay24],
    { note: 'Announced by Trump on Twitter on 10 May; recorded with its cancellation.' },
  ),
  ev(
    'StatementMade',
    'stmt-choe-showdown',
    { occurredAt: '2018-05-24', recordedAt: rec('2018-05-24', '14:05') },
    {
      speaker: CHOE,
      audience: 'united-states',
      tone: 'military-threat',
      summary:
        'Answering Pence\'s "this will only end like the Libyan model ended if Kim Jong Un doesn\'t make a deal": he is a "political dummy"; she would advise the leadership to reconsider the summit; the North will not beg for dialogue.',
      quote:
        'Whether the U.S. will meet us at a meeting room or encounter us at nuclear-to-nuclear showdown is entirely dependent upon the decision and behavior of the United States.',
    },
    [S.ktvqMay24, S.fortuneMay24],
  ),
  ev(
    'TalksRoundCancelled',
    'singapore-plan-cancelled',
    { occurredAt: '2018-05-24T13:30:00Z', recordedAt: rec('2018-05-24', '18:00') },
    {
      roundId: R.singaporePlan,
      reason:
        'Trump\'s letter to Kim: "based on the tremendous anger and open hostility displayed in your most recent statement, I feel it is inappropriate, at this time, to have this long-planned meeting"; Kim should "not hesitate to call me or write" if he changes his mind.',
    },
    [S.efeMay24, S.standardspeakerMay24, S.fox13memphisMay24],
    { occurrence: 'trump-letter-2018-05-24' },
  ),
  ev(
    'StatementMade',
    'stmt-trump-letter',
    { occurredAt: '2018-05-24T13:30:00Z', recordedAt: rec('2018-05-24', '18:05') },
    {
      speaker: TRUMP,
      audience: 'north-korea',
      tone: 'military-threat',
      summary:
        'In the letter cancelling the summit: "You talk about your nuclear capabilities, but ours are so massive and powerful that I pray to God they will never have to be used."',
    },
    [S.standardspeakerMay24, S.efeMay24],
    { occurrence: 'trump-letter-2018-05-24' },
  ),
  ev(
    'TalksRoundScheduled',
    'singapore-scheduled',
    { occurredAt: '2018-06-01T19:00:00Z', recordedAt: rec('2018-06-02', '06:00') },
    {
      roundId: R.singapore,
      label: 'Trump–Kim summit in Singapore',
      format: 'formal',
      venue: 'Capella Hotel, Sentosa, Singapore',
      plannedFor: '2018-06-12',
    },
    [S.suntimesJun1, S.kutJun1],
    { occurrence: 'summit-reinstated-2018-06-01' },
  ),
  ev(
    'StatementMade',
    'stmt-trump-back-on',
    { occurredAt: '2018-06-01T19:00:00Z', recordedAt: rec('2018-06-02', '06:05') },
    {
      speaker: TRUMP,
      audience: 'north-korea',
      tone: 'conciliatory',
      summary:
        'After an hour with Kim Yong Chol in the Oval Office and a letter from Kim: "We\'ll be meeting on June 12th in Singapore"; "it will be a beginning"; he no longer wants to use the term "maximum pressure".',
    },
    [S.kutJun1, S.suntimesJun1],
    { occurrence: 'summit-reinstated-2018-06-01' },
  ),
  ev(
    'TalksRoundOpened',
    'singapore-opened',
    { occurredAt: '2018-06-12T01:00:00Z', recordedAt: rec('2018-06-12', '12:00') },
    {
      roundId: R.singapore,
      delegations: [
        { actorId: 'united-states', head: TRUMP },
        { actorId: 'north-korea', head: KIM },
      ],
    },
    [S.nzheraldJun12, S.cgtnJun12],
    { occurrence: 'singapore-summit-2018' },
  ),
  ev(
    'TalksRoundConcluded',
    'singapore-concluded',
    { occurredAt: '2018-06-12T06:00:00Z', recordedAt: rec('2018-06-12', '12:05') },
    {
      roundId: R.singapore,
      outcome: 'agreement',
      summary:
        'The first summit of a sitting US president with a North Korean leader ends with a joint statement; at his news conference Trump announces the US will stop the "war games" with South Korea ("provocative", "inappropriate") while sanctions stay, and that Kim is destroying a missile engine test site.',
      nextSteps: 'Follow-on negotiations led by Pompeo and a North Korean official "at the earliest possible date".',
    },
    [S.nzheraldJun12, S.cgtnJun12],
    { occurrence: 'singapore-summit-2018' },
  ),
  ev(
    'AgreementReached',
    'agr-singapore',
    { occurredAt: '2018-06-12T06:00:00Z', recordedAt: rec('2018-06-12', '12:10') },
    {
      agreementId: A.singapore,
      kind: 'framework',
      provisions: [
        'The US and the DPRK commit to establish new US–DPRK relations',
        'The two will join efforts to build a lasting and stable peace regime on the Korean peninsula',
        'Reaffirming the Panmunjom Declaration, the DPRK commits to work towards the complete denuclearisation of the Korean peninsula',
        'The two commit to recovering POW/MIA remains, with the immediate repatriation of those already identified',
        'Trump commits to provide security guarantees to the DPRK',
      ],
      signatories: ['united-states', 'north-korea'],
      textPublic: true,
      roundId: R.singapore,
      status: 'signed',
    },
    [S.nzheraldJun12, S.cgtnJun12],
    { occurrence: 'singapore-summit-2018' },
  ),
  ev(
    'StatementMade',
    'stmt-pentagon-ufg',
    { occurredAt: '2018-06-18', recordedAt: rec('2018-06-19', '09:00') },
    {
      speaker: PENTAGON,
      audience: 'north-korea',
      tone: 'conciliatory',
      summary:
        '"Consistent with President Trump\'s commitment" and in concert with South Korea, the US military has suspended all planning for Ulchi Freedom Guardian, the August exercise; Seoul confirms the next day.',
    },
    [S.politicoJun19, S.kbsJun19],
    { note: "A step of the Singapore statement's implementation; the catalogue has no type for it." },
  ),
  // ===== July 2018 – February 2019: remains, stalled talks, Hanoi =====
  ev(
    'StatementMade',
    'stmt-nkfm-gangster',
    { occurredAt: '2018-07-07', recordedAt: rec('2018-07-08', '06:00') },
    {
      speaker: NK_FM,
      audience: 'united-states',
      tone: 'accusation',
      summary:
        'After Pompeo\'s two days of talks in Pyongyang (6–7 July) with Kim Yong Chol: his visit was "regrettable"; the US came with "unilateral and gangster-like demand for denuclearization" against the spirit of Singapore, which "might rattle our willingness for denuclearization"; the North still trusts Trump. Pompeo: "if those requests were gangster-like, the world is a gangster".',
    },
    [S.dailybeastJul7, S.theweekJul8],
  ),
  ev(
    'StatementMade',
    'stmt-wh-remains',
    { occurredAt: '2018-07-27T02:00:00Z', recordedAt: rec('2018-07-27', '06:00') },
    {
      speaker: SANDERS,
      audience: 'north-korea',
      tone: 'conciliatory',
      summary:
        'A US Air Force C-17 brings the remains of about 55 US soldiers of the Korean War from Wonsan to Osan: "the Chairman is fulfilling part of the commitment he made to the President"; "we are encouraged by North Korea\'s actions and the momentum for positive change". Trump thanks Kim.',
    },
    [S.koreaheraldJul27, S.suntimesJul27],
    { note: "A step of the Singapore statement's implementation (its fourth point)." },
  ),
  ev(
    'StatementMade',
    'stmt-trump-pompeo-trip',
    { occurredAt: '2018-08-24', recordedAt: rec('2018-08-25', '06:00') },
    {
      speaker: TRUMP,
      audience: 'north-korea',
      tone: 'critical',
      summary:
        'He has asked Pompeo not to go to North Korea next week, "because I feel we are not making sufficient progress with respect to the denuclearization of the Korean Peninsula", blaming China; Pompeo will go "in the near future"; "my warmest regards and respect to Chairman Kim".',
    },
    [S.timeAug24, S.scmpAug25],
  ),
  ev(
    'TalksRoundOpened',
    'hanoi-opened',
    { occurredAt: '2019-02-27', recordedAt: rec('2019-02-28', '06:00') },
    {
      roundId: R.hanoi,
      label: 'Second Trump–Kim summit, Hanoi (27–28 February)',
      format: 'formal',
      venue: 'Sofitel Legend Metropole, Hanoi',
      delegations: [
        { actorId: 'united-states', head: TRUMP },
        { actorId: 'north-korea', head: KIM },
      ],
    },
    [S.news24Feb28, S.politicoFeb28],
  ),
  ev(
    'TalksRoundConcluded',
    'hanoi-concluded',
    { occurredAt: '2019-02-28T06:00:00Z', recordedAt: rec('2019-02-28', '09:00') },
    {
      roundId: R.hanoi,
      outcome: 'no-progress',
      summary:
        'Cut short without agreement: the working lunch and the signing ceremony are cancelled. Trump: the North wanted the sanctions lifted in full for closing part of its nuclear sites, "sometimes you have to walk"; both sides say they will keep talking and the relationship stays good.',
    },
    [S.news24Feb28, S.politicoFeb28],
  ),
  ev(
    'StatementMade',
    'stmt-dod-key-resolve',
    { occurredAt: '2019-03-02', recordedAt: rec('2019-03-03', '06:00') },
    {
      speaker: DOD,
      audience: 'north-korea',
      tone: 'conciliatory',
      summary:
        'Shanahan and Jeong Kyeong-doo "decided to conclude the Key Resolve and Foal Eagle series of exercises", replaced by smaller command-post drills, to back the diplomacy towards the complete denuclearisation of the peninsula.',
    },
    [S.ctvMar3, S.inquirerMar3],
    { note: "A step of the Singapore statement's implementation; the catalogue has no type for it." },
  ),
  ev(
    'StatementMade',
    'stmt-choe-mar15',
    { occurredAt: '2019-03-15', recordedAt: rec('2019-03-16', '09:00') },
    {
      speaker: CHOE,
      audience: 'united-states',
      tone: 'warning',
      summary:
        'In Pyongyang: Pompeo and Bolton poisoned Hanoi with "gangster-like" demands; the North has no intention to yield to US demands and is considering suspending the talks, and Kim may reconsider the moratorium on nuclear and missile tests.',
    },
    [S.atlanticMar16],
  ),
  // ===== April – December 2019: the deadline, the launches, the DMZ, Stockholm =====
  ev(
    'DemandTabled',
    'demand-new-approach',
    { occurredAt: '2019-04-12', recordedAt: rec('2019-04-15', '09:00') },
    {
      demandId: D.newApproach,
      by: 'north-korea',
      addressedTo: ['united-states'],
      text: 'Put aside the current "method of calculation" (denuclearisation first, sanctions until then) and come to a third summit with a new one, by the end of 2019.',
      category: 'political',
    },
    [S.nknewsApr15, S.mdaaApr15],
  ),
  ev(
    'StatementMade',
    'stmt-kim-spa',
    { occurredAt: '2019-04-12', recordedAt: rec('2019-04-15', '09:05') },
    {
      speaker: KIM,
      audience: 'united-states',
      tone: 'warning',
      summary:
        'To the Supreme People\'s Assembly: a third summit only if the US comes with "a certain methodology that can be shared with us"; "we will wait for a bold decision from the U.S. with patience till the end of this year, but I think it will definitely be difficult to get such a good opportunity as the previous summit".',
    },
    [S.nknewsApr15, S.mdaaApr15],
  ),
  ev(
    'IncidentReported',
    'inc-launch-may4',
    { occurredAt: '2019-05-04', recordedAt: rec('2019-05-04', '12:00') },
    {
      incidentId: 'short-range-2019-05-04',
      kind: 'force-posture',
      perpetrator: 'north-korea',
      target: 'The sea off its east coast (East Sea)',
      place: 'Wonsan',
      description:
        "Several short-range projectiles fired into the sea under Kim's supervision, flying up to 200 km: the first launch in 17 months. The North calls it regular training.",
    },
    [S.wjhlMay4],
  ),
  ev(
    'IncidentReported',
    'inc-launch-may9',
    { occurredAt: '2019-05-09', recordedAt: rec('2019-05-09', '12:00') },
    {
      incidentId: 'short-range-2019-05-09',
      kind: 'force-posture',
      perpetrator: 'north-korea',
      target: 'The sea off its east coast (East Sea)',
      place: 'Kusong',
      description: 'Two short-range missiles fired eastwards, flying 420 and 270 km into the sea.',
    },
    [S.yonhapMay9],
  ),
  ev(
    'TalksRoundOpened',
    'dmz-opened',
    { occurredAt: '2019-06-30T06:45:00Z', recordedAt: rec('2019-06-30', '12:00') },
    {
      roundId: R.dmz,
      label: 'Trump–Kim meeting at Panmunjom (DMZ)',
      format: 'informal',
      venue: 'Freedom House, Panmunjom',
      hosts: ['south-korea'],
      delegations: [
        { actorId: 'united-states', head: TRUMP },
        { actorId: 'north-korea', head: KIM },
      ],
    },
    [S.cnnJun30, S.newtimesJun30],
    { occurrence: 'dmz-meeting-2019-06-30' },
  ),
  ev(
    'TalksRoundConcluded',
    'dmz-concluded',
    { occurredAt: '2019-06-30T07:45:00Z', recordedAt: rec('2019-06-30', '12:05') },
    {
      roundId: R.dmz,
      outcome: 'progress',
      summary:
        'Trump steps across the line into the North, the first sitting president to do so; after about an hour in Freedom House the two agree that each will name a team (Biegun for the US) to restart working-level talks within weeks; Trump invites Kim to the White House.',
      nextSteps: 'Working-level talks in two to three weeks.',
    },
    [S.cnnJun30, S.newtimesJun30],
    { occurrence: 'dmz-meeting-2019-06-30' },
  ),
  ev(
    'IncidentReported',
    'inc-launch-jul25',
    { occurredAt: '2019-07-25', recordedAt: rec('2019-07-25', '12:00') },
    {
      incidentId: 'short-range-2019-07-25',
      kind: 'force-posture',
      perpetrator: 'north-korea',
      target: 'The sea off its east coast (East Sea)',
      place: 'Hodo peninsula',
      description: 'Two short-range ballistic missiles, one flying about 430 km, into the sea.',
    },
    [S.nnaJul25],
  ),
  ev(
    'IncidentReported',
    'inc-slbm-oct2',
    { occurredAt: '2019-10-02', recordedAt: rec('2019-10-06', '06:00') },
    {
      incidentId: 'pukguksong-3-2019-10-02',
      kind: 'force-posture',
      perpetrator: 'north-korea',
      target: "The sea (Japan's exclusive economic zone)",
      place: 'Wonsan Bay',
      description:
        "A new submarine-launched ballistic missile (Pukguksong-3, fired from an underwater platform) falls inside Japan's exclusive economic zone, three days before the Stockholm talks.",
    },
    [S.vinnewsOct5],
  ),
  ev(
    'ActorRegistered',
    'actor-sweden',
    { occurredAt: '2019-10-05', recordedAt: rec('2019-10-06', '06:01') },
    { actor: SWEDEN, role: 'mediator' },
    [S.vinnewsOct5],
    { note: 'Sweden hosted the working-level talks and invited both delegations back.' },
  ),
  ev(
    'TalksRoundOpened',
    'stockholm-opened',
    { occurredAt: '2019-10-05T07:00:00Z', recordedAt: rec('2019-10-06', '06:02') },
    {
      roundId: R.stockholm,
      label: 'Working-level talks at Stockholm (Biegun – Kim Myong Gil)',
      format: 'technical',
      venue: 'Villa Elfvik Strand, Lidingö',
      hosts: ['sweden'],
    },
    [S.vinnewsOct5, S.tvnzOct6],
  ),
  ev(
    'TalksRoundConcluded',
    'stockholm-concluded',
    { occurredAt: '2019-10-05T16:00:00Z', recordedAt: rec('2019-10-06', '06:03') },
    {
      roundId: R.stockholm,
      outcome: 'collapsed',
      summary:
        'The first talks since Hanoi: the North\'s negotiator says they "broke down" because the US came "empty-handed"; the State Department calls them "good discussions" over eight and a half hours in which it "previewed a number of new initiatives", and accepts Sweden\'s invitation to return in two weeks.',
    },
    [S.vinnewsOct5, S.tvnzOct6, S.dailybeastOct6],
    { occurrence: 'stockholm-breakdown-2019-10-05' },
  ),
  ev(
    'StatementMade',
    'stmt-kim-myong-gil',
    { occurredAt: '2019-10-05T16:30:00Z', recordedAt: rec('2019-10-06', '06:04') },
    {
      speaker: KIM_MYONG_GIL,
      audience: 'united-states',
      tone: 'accusation',
      summary:
        'Outside the North\'s embassy: the talks "have not fulfilled our expectations and broke down", "entirely because the U.S. has not discarded its old stance and attitude"; the US came with "an empty hand".',
      quote:
        'The negotiations have not fulfilled our expectation and finally broke off. I am very displeased about it.',
    },
    [S.vinnewsOct5, S.dailybeastOct6],
    { occurrence: 'stockholm-breakdown-2019-10-05' },
  ),
  ev(
    'MediationAction',
    'med-sweden-return',
    { occurredAt: '2019-10-05T18:00:00Z', recordedAt: rec('2019-10-06', '06:05') },
    {
      mediator: 'sweden',
      action: 'proposed',
      summary:
        'Sweden invites both delegations back to Stockholm in two weeks; the US accepts, the North does not come.',
    },
    [S.tvnzOct6],
  ),
  ev(
    'UltimatumIssued',
    'ult-christmas-gift',
    { occurredAt: '2019-12-03', recordedAt: rec('2019-12-03', '12:00') },
    {
      ultimatumId: U.yearEnd,
      by: 'north-korea',
      to: ['united-states'],
      demandIds: [D.newApproach],
      deadline: '2019-12-31',
      consequences:
        '"Drawing nearer is the year-end time limit the DPRK set for the U.S."; the dialogue the US touts is "a foolish trick" to buy time for its election; "what is left to be done now is the U.S. option and it is entirely up to the U.S. what Christmas gift it will select to get" — read as the end of the North\'s restraint (its moratorium on nuclear and long-range missile tests).',
      channel: 'Statement by Vice Foreign Minister Ri Thae Song (KCNA)',
    },
    [S.upiDec3, S.diplomatDec3],
  ),
  ev(
    'StatementMade',
    'stmt-trump-dec3',
    { occurredAt: '2019-12-03', recordedAt: rec('2019-12-04', '06:00') },
    {
      speaker: TRUMP,
      audience: 'north-korea',
      tone: 'military-threat',
      summary:
        "In London at the NATO meeting: he still trusts Kim, but \"he definitely likes sending rockets up, doesn't he? That's why I call him Rocket Man\"; the US has \"the most powerful military we've ever had ... hopefully, we don't have to use it, but if we do, we'll use it. If we have to, we'll do it.\"",
    },
    [S.koreaheraldDec4, S.amnDec4],
  ),
  ev(
    'IncidentReported',
    'inc-sohae-dec7',
    { occurredAt: '2019-12-07', recordedAt: rec('2019-12-08', '09:00') },
    {
      incidentId: 'sohae-test-2019-12-07',
      kind: 'force-posture',
      perpetrator: 'north-korea',
      target: 'Ground test stand',
      place: 'Sohae Satellite Launching Ground',
      description:
        'A "very important test" at the long-range rocket site (a ground engine test, no launch), which "will have an important effect on changing the strategic position of the DPRK once again in the near future".',
    },
    [S.yonhapDec8, S.voaDec8],
  ),
  ev(
    'StatementMade',
    'stmt-kim-plenum',
    { occurredAt: '2019-12-31', recordedAt: rec('2020-01-01', '06:00') },
    {
      speaker: KIM,
      audience: 'united-states',
      tone: 'military-threat',
      summary:
        'To the party plenum (28–31 December, reported 1 January): the US has kept up drills, arms sales and sanctions and drags out the talks; "there is no ground for us to get unilaterally bound to the commitment any longer"; the North will "shift to a shocking actual action" to make the US pay for its people\'s pains; "the world will witness a new strategic weapon to be possessed by the DPRK in the near future".',
    },
    [S.wcbeJan1, S.asiaoneJan1],
  ),
  ev(
    'UltimatumResolved',
    'ult-christmas-gift-lapsed',
    { occurredAt: '2020-01-01', recordedAt: rec('2020-01-01', '06:05') },
    {
      ultimatumId: U.yearEnd,
      resolution: 'lapsed',
      summary:
        'The year-end time limit passed with no new US offer and no "Christmas gift" fired; Kim declares the North no longer bound by its moratorium and promises a new strategic weapon, stopping short of breaking off the talks.',
    },
    [S.wcbeJan1, S.asiaoneJan1],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'us-north-korea-2017.jsonl',
  logEnd: '2020-01-10T00:00:00Z',
  events,
};

export default definition;
