/**
 * A test fixture, not a shipped example: India and China over the Line of
 * Actual Control (LAC) in eastern Ladakh, from the face-offs at Pangong Tso
 * and Naku La (May 2020) to the Pangong disengagement (February 2021) and the
 * talks after it (March 2021), as an analyst following the news could have
 * recorded it. Escalation model v2 was never tuned on it: it is the case the
 * model is held to in india-china-2020.spec.ts, against the calls an analyst
 * makes from DOMAIN.md §5b alone.
 *
 * What it tests that the other cases did not: deadly force without firearms
 * (the Galwan Valley clash of 15 June 2020, fought with clubs, rods, stones
 * and fists, 20 Indian soldiers killed and 4 Chinese by China's later
 * account), shots fired in the air with nobody hit (7–8 September 2020, the
 * first on the LAC in 45 years), disengagement agreements as agreements
 * being implemented, and long months of talks (corps commanders, diplomats,
 * ministers) with few incidents. No mediator: every round is bilateral.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source.
 *
 * Titles are the pages' headlines where the stored copy shows one, else the
 * headline its address spells out.
 *
 * Grading as in examples/README.md: B = established outlet or wire copy (PTI,
 * AP, Reuters through the outlets that carry them; NDTV, The Hindu, Hindustan
 * Times, India Today, Deccan Herald, Mint, Zee News, Global Times for China's
 * official statements); C = smaller, partisan or aggregator outlets (Republic
 * World, Latestly, Free Press Journal, Orissa Post, OneIndia, Epoch Times,
 * NetIndian, Arunachal Times, New Delhi Times, Al-Masdar). 1 = an on-record
 * statement or joint statement both sides issued or confirmed; 2 = an
 * on-record statement of one side, or a fact several outlets agree on; 3 = one
 * side's unverified claim or unnamed sources about the other.
 *
 * Judgement calls, recorded as an analyst would:
 * - The Galwan Valley clash (night of 15–16 June 2020) is a `clash`, armed
 *   action in §5b's sense, not `non-lethal-force`. The two armies' own troops
 *   fought for hours, hand to hand, with iron-studded rods, clubs, sticks and
 *   stones; 20 Indian soldiers died (17 of them of their wounds in the cold);
 *   China acknowledged four dead eight months later, and TASS put China's dead
 *   at 45. §5b's armed action is "armed force between the parties' own forces
 *   … clashes"; the catalogue's `non-lethal-force` is force "short of weapons
 *   fire" of the kind that does not kill (water cannon, ramming, tear gas).
 *   Clubs and rods are weapons, the force was lethal, and tens were killed:
 *   that no firearm was used (a 1996 agreement bars them within 2 km of the
 *   LAC) changes the weapon, not what happened. The fatalities are recorded as
 *   the 20 Indian dead reported on 16–17 June, corrected on 19 February 2021
 *   to 24 (China's 4 added) – 65 (TASS's 45 Chinese).
 * - The face-offs of 5–6 May (Pangong Tso) and 9 May (Naku La) and the
 *   "minor face-off" at Naku La on 20 January 2021 were fist-fights and
 *   stone-throwing with injuries and no deaths: `non-lethal-force`, force used
 *   on the other party's soldiers short of armed action — coercion by §5b.
 *   The perpetrator is China as India's officials and sources allege it (PLA
 *   patrols said to be transgressing), against India; the Army itself said
 *   "aggressive behaviour … on both sides".
 * - The shots of 7 September (Mukhpari, south bank of Pangong) and of about 8
 *   September (the Finger 3–4 ridge, north bank: 100–200 rounds) were fired
 *   in the air, each side blaming the other; nobody was hit. They are not
 *   armed action in §5b's sense (nobody fired at the other's forces: no clash,
 *   strike or shelling) but the use of firearms to intimidate the other's
 *   troops at a few hundred metres: coercion, an attack blamed on the other
 *   party. The catalogue has no kind for warning shots. They are recorded as
 *   `non-lethal-force` (the kind read as force between the two short of armed
 *   action), with a note; the kind's definition says "short of weapons fire",
 *   which these were not: a gap in the catalogue, reported with the case.
 * - The pre-emptive moves of 29–31 August on the south bank of Pangong (each
 *   side occupying heights; India says the PLA tried to change the status quo;
 *   the Army's officer said "no violent clash as such") are `force-posture`.
 *   Later reports of warning shots on 29 and 31 August (unnamed sources, 16
 *   September) are in the description, not an incident of their own.
 * - The disengagement understandings (6 June, 5 July, the Pangong agreement
 *   put into effect from 10 February 2021) and the Moscow five-point
 *   consensus (10 September) and the sixth round's measures (21 September)
 *   are agreements (`partial`, the consensus `framework`), not ceasefires:
 *   nobody was shooting, and none of them is called one. Their implementation
 *   (the Galwan pullback from 6 July, the Pangong pullback of 10–19 February)
 *   is recorded as the statements that report it, as the catalogue has no
 *   type for an agreement's implementation.
 * - India's bans on Chinese apps (29 June, 2 September) are economic measures
 *   against China recorded as the ministry announcing them (CAMEO 163, impose
 *   embargo/sanctions); no incident kind fits.
 * - Ministers' telephone calls (17 June, 5 July, 25 February) are recorded as
 *   informal rounds, since they are where the two negotiated.
 * - Left out for want of a dated report in the sources searched: the face-offs
 *   in the Galwan Valley in May, the events at Gogra, Hot Springs and Depsang,
 *   the Indian app bans of 24 November, and the PLA soldier held and returned
 *   in January 2021; General Rawat's remark of 6 November that border
 *   confrontations spiralling into a larger conflict "cannot be discounted"
 *   (a general assessment to a domestic audience, met only in passing in the
 *   sources used). Days with nothing recorded are not days with nothing done.
 */
import type { Actor, NegotiationEvent, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'india-china-lac-2020';
const { ev, at, idOf } = caseKit(NEGOTIATION_ID, 'test-analyst', 2020);
/** A recordedAt in 2021, UTC. */
const at21 = (day: string, time: string): string => `2021-${day}T${time}:00Z`;

const INDIA: Actor = {
  id: 'india',
  name: 'India',
  kind: 'state',
  aliases: ['New Delhi', 'Indian Army', 'Ministry of External Affairs', 'MEA'],
};
const CHINA: Actor = {
  id: 'china',
  name: "People's Republic of China",
  kind: 'state',
  aliases: ['China', 'Beijing', "People's Liberation Army", 'PLA'],
};

const SRIVASTAVA: Person = {
  name: 'Anurag Srivastava',
  title: 'Spokesperson, Ministry of External Affairs of India',
  actorId: 'india',
};
const ZHAO: Person = {
  name: 'Zhao Lijian',
  title: 'Spokesperson, Ministry of Foreign Affairs of China',
  actorId: 'china',
};
const HUA: Person = {
  name: 'Hua Chunying',
  title: 'Spokesperson, Ministry of Foreign Affairs of China',
  actorId: 'china',
};
const WANG_WENBIN: Person = {
  name: 'Wang Wenbin',
  title: 'Spokesperson, Ministry of Foreign Affairs of China',
  actorId: 'china',
};
const JAISHANKAR: Person = { name: 'S. Jaishankar', title: 'External Affairs Minister of India', actorId: 'india' };
const WANG_YI: Person = {
  name: 'Wang Yi',
  title: 'State Councillor and Foreign Minister of China',
  actorId: 'china',
};
const DOVAL: Person = { name: 'Ajit Doval', title: 'National Security Adviser of India', actorId: 'india' };
const MODI: Person = { name: 'Narendra Modi', title: 'Prime Minister of India', actorId: 'india' };
const RAJNATH: Person = { name: 'Rajnath Singh', title: 'Defence Minister of India', actorId: 'india' };
const WEI: Person = { name: 'Wei Fenghe', title: 'Minister of National Defence of China', actorId: 'china' };
const HARINDER: Person = { name: 'Lt Gen Harinder Singh', title: 'Commander, 14 Corps, Indian Army', actorId: 'india' };
const MENON: Person = { name: 'Lt Gen P.G.K. Menon', title: 'Commander, 14 Corps, Indian Army', actorId: 'india' };
const LIU: Person = {
  name: 'Maj Gen Liu Lin',
  title: 'Commander, South Xinjiang Military District, PLA',
  actorId: 'china',
};
const ANAND: Person = { name: 'Col Aman Anand', title: 'Spokesperson, Indian Army', actorId: 'india' };
const INDIAN_SOURCES: Person = { name: 'Indian Army and defence officials (unnamed)', actorId: 'india' };
const MEITY: Person = { name: 'Ministry of Electronics and Information Technology of India', actorId: 'india' };
const ZHANG: Person = {
  name: 'Col Zhang Shuili',
  title: 'Spokesperson, Western Theatre Command of the PLA',
  actorId: 'china',
};
const CN_MFA: Person = { name: 'Ministry of Foreign Affairs of China (statement)', actorId: 'china' };
const INDIA_GOVT: Person = { name: 'Government of India (statement)', actorId: 'india' };
const WU: Person = {
  name: 'Sr Col Wu Qian',
  title: 'Spokesperson, Ministry of National Defence of China',
  actorId: 'china',
};

const R = {
  diplomats: 'diplomats-video-2020-06-05',
  corps1: 'corps-commanders-1',
  fmCall: 'fm-call-2020-06-17',
  corps2: 'corps-commanders-2',
  corps3: 'corps-commanders-3',
  srCall: 'sr-call-2020-07-05',
  wmcc18: 'wmcc-18',
  defence: 'defence-ministers-moscow-2020-09-04',
  moscow: 'foreign-ministers-moscow-2020-09-10',
  corps6: 'corps-commanders-6',
  corps7: 'corps-commanders-7',
  corps8: 'corps-commanders-8',
  wmcc20: 'wmcc-20',
  corps9: 'corps-commanders-9',
  corps10: 'corps-commanders-10',
  fmCall2: 'fm-call-2021-02-25',
  wmcc21: 'wmcc-21',
} as const;

const CLUBS =
  'Force used on the other side’s soldiers short of armed action (fists, stones, no deaths): see the header.';
const WARNING_SHOTS =
  'Shots fired in the air, at nobody: not armed action by §5b, coercion. The catalogue has no kind for warning shots; `non-lethal-force` is the nearest (see the header).';

const S = {
  hansMay10: source(
    'Indian, Chinese troops clash near Naku La in Sikkim sector',
    'The Hans India (PTI)',
    'https://www.thehansindia.com/news/national/indian-chinese-troops-clash-near-naku-la-in-sikkim-sector-621712',
    '2020-05-10',
    'B',
    2,
  ),
  thenewsMay11: source(
    'China, India troops clash on border in Sikkim sector',
    'The News International',
    'https://www.thenews.com.pk/print/657237-china-india-troops-clash-on-border-in-sikkim-sector',
    '2020-05-11',
    'B',
    2,
  ),
  ndtMay18: source(
    'Indian and Chinese troops clash on border',
    'New Delhi Times',
    'https://www.newdelhitimes.com/indian-and-chinese-troops-clash-on-border/',
    '2020-05-18',
    'C',
    3,
  ),
  almasdarMay20: source(
    'Indian army blocking Chinese military along border: report',
    'Al-Masdar News (Sputnik)',
    'https://www.almasdarnews.com/article/indian-army-blocking-chinese-military-along-border-report/',
    '2020-05-20',
    'C',
    2,
  ),
  ndtvMay21: source(
    'China Hindering Normal Patrolling Along Line Of Actual Control: Centre',
    'NDTV',
    'https://www.ndtv.com/india-news/china-hindering-indias-normal-patrolling-along-line-of-actual-control-centre-2232886',
    '2020-05-21',
    'B',
    2,
  ),
  indiatodayMay22: source(
    'China creating hindrance in patrolling along LAC, says India amid talks',
    'India Today (Mail Today)',
    'https://www.indiatoday.in/mail-today/story/china-creating-hindrance-in-patrolling-along-lac-says-india-amid-talks-1680601-2020-05-22',
    '2020-05-22',
    'B',
    2,
  ),
  zeeJun6: source(
    'India, China Army commanders to meet today to resolve border standoff',
    'Zee News',
    'https://zeenews.india.com/india/india-china-army-commanders-to-meet-today-to-resolve-border-standoff-2288233.html',
    '2020-06-06',
    'B',
    2,
  ),
  firstpostJun7: source(
    'India-China LAC standoff: Military commanders of both nations have agreed to peacefully resolve situation, says MEA',
    'Firstpost',
    'https://www.firstpost.com/india/india-china-lac-standoff-military-commanders-of-both-nations-have-agreed-to-peacefully-resolve-situation-says-mea-8457871.html',
    '2020-06-07',
    'B',
    2,
  ),
  htJun16: source(
    "20 Indian soldiers killed in Ladakh border clash with China's PLA: official",
    'Hindustan Times',
    'https://www.hindustantimes.com/india-news/20-indian-soldiers-killed-in-ladakh-border-clash-with-china-s-pla-official/story-WibnYn8pOvhNomLVoUIizM.html',
    '2020-06-16',
    'B',
    2,
  ),
  yahooJun17: source(
    'Chinese media on India-China face-off in Ladakh',
    'Yahoo News India',
    'https://in.news.yahoo.com/chinese-media-india-china-face-off-ladakh-075922176.html',
    '2020-06-17',
    'B',
    2,
  ),
  deccanheraldJun17: source(
    'India-China border: Tracing events that lead to the violence',
    'Deccan Herald',
    'https://www.deccanherald.com/national/india-china-border-tracing-events-that-lead-to-the-violence-850703.html',
    '2020-06-17',
    'B',
    2,
  ),
  zeeJun17: source(
    'Premeditated action by China led to violence, EAM S Jaishankar tells Chinese FM on phone',
    'Zee News',
    'https://zeenews.india.com/india/premeditated-action-by-china-led-to-violence-eam-s-jaishankar-tells-chinese-fm-on-phone-2290461.html',
    '2020-06-17',
    'B',
    2,
  ),
  orissapostJun17: source(
    'Chinese Foreign Minister calls S Jaishankar, both sides agree to cool down',
    'Orissa Post',
    'https://www.orissapost.com/chinese-foreign-minister-calls-s-jaishankar-both-sides-agree-to-cool-down/',
    '2020-06-17',
    'C',
    1,
  ),
  deccanheraldJun22: source(
    'Indian, Chinese Corps Commanders hold meeting on border tension',
    'Deccan Herald',
    'https://www.deccanherald.com/national/north-and-central/indian-chinese-corps-commanders-hold-meeting-on-border-tension-852345.html',
    '2020-06-22',
    'B',
    2,
  ),
  republicJun23: source(
    'Mutual consensus to disengage discussed at India-China Corps Commanders talks',
    'Republic World',
    'https://www.republicworld.com/india-news/law-and-order/mutual-consensus-to-disengage-discussed-at-india-china-corps-coas-leh.html',
    '2020-06-23',
    'C',
    2,
  ),
  cnaJun29: source(
    "India bans 59 Chinese mobile apps over 'security' concerns",
    'CNA',
    'https://www.channelnewsasia.com/news/business/india-bans-59-chinese-mobile-apps-over-security-concerns-12882644',
    '2020-06-29',
    'B',
    1,
  ),
  republicJul1: source(
    'India and China emphasize on speedy de-escalation: sources',
    'Republic World',
    'https://www.republicworld.com/india-news/general-news/india-and-china-emphasize-on-speedy-de-escalation-sources.html',
    '2020-07-01',
    'C',
    2,
  ),
  moneycontrolJul6: source(
    'Before Galwan pullback, NSA Ajit Doval spoke for 2 hours with Chinese Foreign Minister on the phone',
    'Moneycontrol',
    'https://www.moneycontrol.com/news/india/before-galwan-pullback-nsa-ajit-doval-spoke-for-2-hours-with-chinese-foreign-minister-on-the-phone-5513221.html',
    '2020-07-06',
    'B',
    1,
  ),
  thehinduJul6: source(
    "Disengagement statement follows Doval's Sunday call to Wang",
    'The Hindu',
    'https://www.thehindu.com/news/national/disengagement-statement-follows-dovals-sunday-call-to-wang/article32002927.ece/amp/',
    '2020-07-06',
    'B',
    1,
  ),
  latestlyJul6: source(
    "NSA Ajit Doval holds talks with China's Foreign Minister Wang Yi amid tensions at Ladakh border",
    'Latestly (ANI)',
    'https://www.latestly.com/india/news/nsa-ajit-doval-holds-talks-with-chinas-foreign-minister-wang-yi-amid-tensions-at-ladakh-border-reports-1870133.html',
    '2020-07-06',
    'C',
    2,
  ),
  republicAug20: source(
    'India and China hold 5th WMCC meet since faceoff, agree to resolve outstanding issues',
    'Republic World',
    'https://www.republicworld.com/india-news/general-news/india-and-china-hold-5th-wmcc-meet-since-faceoff-agree-to-resolve-outst.html',
    '2020-08-20',
    'C',
    2,
  ),
  deccanheraldAug31: source(
    'Chinese troops carry out provocative military movement: Indian Army',
    'Deccan Herald',
    'https://www.deccanherald.com/national/chinese-troops-carry-out-provocative-military-movement-indian-army-880362.html',
    '2020-08-31',
    'B',
    2,
  ),
  news18Aug31: source(
    'By thwarting PLA troops in southern bank of Pangong lake, Army averts repeat of north bank transgression',
    'News18',
    'https://www.news18.com/news/india/by-thrwarting-pla-troops-in-southern-bank-of-pangong-lake-army-averts-repeat-of-north-bank-transgression-2835469.html',
    '2020-08-31',
    'B',
    2,
  ),
  scrollSep2: source(
    'PUBG among 118 Chinese apps banned by India amid fresh border tensions',
    'Scroll.in',
    'https://scroll.in/latest/972048/pubg-among-118-chinese-apps-banned-by-india-amid-fresh-border-tensions',
    '2020-09-02',
    'B',
    1,
  ),
  indiatodaySep5: source(
    'India-China standoff: Meeting between Rajnath Singh, Chinese counterpart ends after 2 hours 20 minutes',
    'India Today',
    'https://www.indiatoday.in/india/story/india-china-standoff-meeting-between-rajnath-singh-chinese-counterpart-ends-after-2-hours-20-minutes-1718786-2020-09-05',
    '2020-09-05',
    'B',
    2,
  ),
  epochSep8: source(
    'Shots Fired on India-China Border for First Time in 45 Years',
    'The Epoch Times',
    'https://www.theepochtimes.com/shots-fired-on-india-china-border-for-first-time-in-45-years_3491921.html',
    '2020-09-08',
    'C',
    2,
  ),
  indiatodaySep8: source(
    'Warning shots fired in Ladakh, China blames India (live updates)',
    'India Today',
    'https://www.indiatoday.in/india/story/india-china-ladakh-live-updates-border-clash-news-pangong-tso-firing-chinese-soldiers-1719633-2020-09-08',
    '2020-09-08',
    'B',
    2,
  ),
  fpjSep8: source(
    'Fresh skirmish between Indian and Chinese troops at LAC in eastern Ladakh',
    'The Free Press Journal',
    'https://www.freepressjournal.in/india/fresh-skirmish-between-indian-and-chinese-troops-at-lac-in-eastern-ladakh',
    '2020-09-08',
    'C',
    2,
  ),
  indianexpressSep11: source(
    'India-China border dispute: Jaishankar, Wang Yi agreement on Ladakh LAC de-escalation',
    'The Indian Express',
    'https://indianexpress.com/article/india/india-china-border-dispute-jaishankar-wang-yi-agreement-ladakh-lac-deescalation-statement-6591472/',
    '2020-09-11',
    'B',
    1,
  ),
  globaltimesSep11: source(
    'China, India reach 5-point consensus to de-escalate border tension',
    'Global Times',
    'https://globaltimes.cn/content/1200575.shtml',
    '2020-09-11',
    'B',
    1,
  ),
  oneindiaSep16: source(
    'Bursts of bullets fired in the air near Finger 4 before Indo-China talks at Moscow',
    'OneIndia',
    'https://www.oneindia.com/india/bursts-of-bullets-fired-in-the-air-near-finger-4-before-indo-china-talks-at-moscow-3149668.html',
    '2020-09-16',
    'C',
    3,
  ),
  fpjSep16: source(
    'Indian and Chinese soldiers fired 100-200 rounds of warning shots on north bank of Pangong Lake: report',
    'The Free Press Journal',
    'https://www.freepressjournal.in/india/indian-and-chinese-soldiers-fired-100-200-rounds-of-warning-shots-on-north-bank-of-pangong-lake-report',
    '2020-09-16',
    'C',
    3,
  ),
  indiatodaySep16: source(
    'China again attempts to close in on Indian positions, warning shots fired in Ladakh',
    'India Today',
    'https://www.indiatoday.in/india/story/china-again-attempts-to-close-in-on-indian-positions-warning-shots-fired-in-ladakh-1722230-2020-09-16',
    '2020-09-16',
    'B',
    3,
  ),
  financialexpressSep22: source(
    'Border standoff: India and China announce slew of measures to reduce tensions in eastern Ladakh',
    'Financial Express',
    'https://www.financialexpress.com/defence/border-standoff-india-and-china-announce-slew-of-measures-to-reduce-tensions-in-eastern-ladakh/2089408/',
    '2020-09-22',
    'B',
    1,
  ),
  republicOct13: source(
    'China releases statement on 7th Corps Commander-level talks; key focus on disengagement',
    'Republic World',
    'https://republicworld.com/amp/world-news/china-releases-statement-on-7th-corps-commander-level-talks-key-focus',
    '2020-10-13',
    'C',
    1,
  ),
  thehinduNov8: source(
    'Ladakh standoff | Eighth Corps Commander talks were candid, constructive, says India-China joint statement',
    'The Hindu',
    'https://www.thehindu.com/news/national/no-progress-in-india-china-corps-commander-talks/article33051490.ece',
    '2020-11-08',
    'B',
    1,
  ),
  orissapostDec31: source(
    '9th round of India-China talks on Ladakh standoff on the anvil',
    'Orissa Post',
    'https://www.orissapost.com/9th-round-of-india-china-talks-on-ladakh-standoff-on-the-anvil/',
    '2020-12-31',
    'C',
    2,
  ),
  greaterkashmirJan25: source(
    'Minor face-off in Sikkim',
    'Greater Kashmir',
    'https://www.greaterkashmir.com/news/national-2/minor-face-off-in-sikkim/',
    '2021-01-25',
    'B',
    2,
  ),
  livemintJan25: source(
    'Border row: India, China engaged in fresh clashes',
    'Mint',
    'https://www.livemint.com/news/india/border-row-india-china-engaged-in-fresh-clashes-11611570970287.html',
    '2021-01-25',
    'B',
    2,
  ),
  pressreaderJan26: source(
    'India, China faced off in Naku La last week',
    'The Free Press Journal (PressReader)',
    'https://www.pressreader.com/india/the-free-press-journal/20210126/281556588491125',
    '2021-01-26',
    'C',
    2,
  ),
  arunachaltimesJan26: source(
    'India, China agree to push for early disengagement',
    'The Arunachal Times',
    'https://arunachaltimes.in/index.php/2021/01/26/india-china-agree-to-push-for-early-disengagement/',
    '2021-01-26',
    'C',
    1,
  ),
  zeeFeb10: source(
    'Chinese, Indian border troops start disengagement at Pangong lake in eastern Ladakh: Chinese Defence Ministry',
    'Zee News',
    'https://zeenews.india.com/india/chinese-indian-border-troops-start-disengagement-at-pangong-lake-in-eastern-ladakh-chinese-defence-ministry-2341030.html',
    '2021-02-10',
    'B',
    2,
  ),
  yahooFeb10: source(
    'Chinese, Indian border troops start disengagement in eastern Ladakh: Chinese defence ministry',
    'Yahoo News India (PTI)',
    'https://in.news.yahoo.com/chinese-indian-border-troops-start-142502678.html',
    '2021-02-10',
    'B',
    2,
  ),
  livemintFeb11: source(
    'Agreement reached with China for disengagement along Pangong Lake: Rajnath Singh',
    'Mint',
    'https://www.livemint.com/news/india/live-rajnath-singh-to-make-a-statement-on-eastern-ladakh-situation-soon-11613018246370.html',
    '2021-02-11',
    'B',
    1,
  ),
  gulftimesFeb11: source(
    'Agreement reached with China on disengagement at disputed areas: India',
    'Gulf Times',
    'https://gulf-times.com/story/684467/agreement-reached-with-china-on-disengagement-at-disputed-areas-india',
    '2021-02-11',
    'B',
    1,
  ),
  thehinduFeb19: source(
    'India, China complete disengagement at Pangong Tso',
    'The Hindu',
    'https://www.thehindu.com/news/national/india-china-complete-disengagement-at-pangong-tso/article33877842.ece/amp/',
    '2021-02-19',
    'B',
    2,
  ),
  arkansasFeb20: source(
    'China says it lost 4 soldiers in June clash',
    'Arkansas Democrat-Gazette (AP)',
    'https://www.arkansasonline.com/news/2021/feb/20/china-says-it-lost-4-soldiers-in-june-clash/',
    '2021-02-20',
    'B',
    1,
  ),
  republicFeb19: source(
    'What took China 8 months to admit casualties in Galwan clash with India: Maj Gaurav Arya',
    'Republic World',
    'https://www.republicworld.com/personality/the-major-speaks/what-took-china-8-months-to-admit-casualties-in-galwan-clash-with-india-maj-gaurav-arya.html',
    '2021-02-19',
    'C',
    3,
  ),
  ndtvFeb21: source(
    'India-China Military Talks End, Next Phase Of Disengagement Discussed',
    'NDTV',
    'https://www.ndtv.com/india-news/india-china-military-talks-round-10-end-next-phase-of-disengagement-discussed-2375165',
    '2021-02-21',
    'B',
    1,
  ),
  news18Feb26: source(
    'Bilateral ties impacted severely over last year, Jaishankar tells Chinese foreign min during 75-minute phone call',
    'News18',
    'https://www.news18.com/news/india/bilateral-ties-impacted-severely-over-last-year-jaishankar-tells-chinese-foreign-min-during-75-minute-phone-call-3475712.html',
    '2021-02-26',
    'B',
    1,
  ),
  indiatvFeb26: source(
    'India, China review LAC disengagement, agree to establish hotline',
    'India TV',
    'https://www.indiatvnews.com/news/india/india-china-review-lac-disengagement-agree-to-establish-hotline-687442',
    '2021-02-26',
    'B',
    1,
  ),
  netindianMar13: source(
    'India, China hold 21st meeting of Working Mechanism for Consultation & Coordination on Border Affairs',
    'NetIndian',
    'https://www.netindian.in/news/national/external-affairs/india-china-hold-21st-meeting-of-working-mechanism-for-consultation-coordination-on-border-affairs',
    '2021-03-13',
    'C',
    1,
  ),
};

const events = [
  // ===== May 2020: the face-offs, the build-up =====
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '2020-05-05', recordedAt: at('05-11', '12:00') },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'India – China talks on the Line of Actual Control in eastern Ladakh, 2020–21',
      subject:
        'The military standoff along the LAC in eastern Ladakh (Pangong Tso, Galwan, Gogra – Hot Springs, Depsang) and Sikkim from May 2020, and the military and diplomatic talks on disengagement and de-escalation.',
      parties: [INDIA, CHINA],
      mediators: [],
    },
    [S.hansMay10, S.thenewsMay11],
    {
      note: 'Dated to the first face-off the case covers (Pangong Tso, night of 5–6 May); recorded when it was reported.',
    },
  ),
  ev(
    'IncidentReported',
    'inc-nakula-2020-05-09',
    { occurredAt: '2020-05-09', recordedAt: at('05-11', '12:05') },
    {
      incidentId: 'naku-la-face-off-2020-05-09',
      kind: 'non-lethal-force',
      perpetrator: 'china',
      allegedBy: 'india',
      against: 'india',
      target: 'Indian Army troops',
      place: 'Naku La, north Sikkim',
      injured: { min: 10, max: 11 },
      description:
        'About 150 soldiers in a "fierce face-off" exchange punches near Naku La; at least ten injured on both sides (four Indian and seven Chinese by one account). The troops disengaged after dialogue at the local level. Indian sources say the Indian troops blocked a PLA patrol.',
    },
    [S.hansMay10, S.thenewsMay11],
    { note: CLUBS },
  ),
  ev(
    'IncidentReported',
    'inc-pangong-2020-05-05',
    { occurredAt: '2020-05-05', recordedAt: at('05-18', '12:00') },
    {
      incidentId: 'pangong-face-off-2020-05-05',
      kind: 'non-lethal-force',
      perpetrator: 'china',
      allegedBy: 'india',
      against: 'india',
      target: 'Indian Army troops and patrols',
      place: 'North bank of Pangong Tso (Finger 5 to Finger 8), eastern Ladakh',
      description:
        'An extended scuffle of some 200 soldiers, with fists and stones, through the night of 5–6 May, ended by a meeting of local commanders; a number of soldiers on both sides injured (two Indian officers, a colonel and a major, among them by Indian sources). Both sides bring in reinforcements. The Army speaks of "aggressive behaviour" on both sides; India says the PLA was transgressing.',
    },
    [S.thenewsMay11, S.ndtMay18],
    { note: CLUBS },
  ),
  ev(
    'StatementMade',
    'stmt-zhao-may19',
    { occurredAt: '2020-05-20', recordedAt: at('05-20', '12:00') },
    {
      speaker: CN_MFA,
      audience: 'india',
      tone: 'accusation',
      summary:
        'India is obstructing the normal patrols and operations of Chinese border troops (the ministry, answering the Hindustan Times on the build-up after the face-offs).',
    },
    [S.almasdarMay20],
  ),
  ev(
    'IncidentReported',
    'inc-buildup-2020-05',
    { occurredAt: '2020-05-20', precision: 'approximate', recordedAt: at('05-22', '09:00') },
    {
      incidentId: 'ladakh-buildup-2020-05',
      kind: 'force-posture',
      perpetrator: 'china',
      allegedBy: 'india',
      against: 'india',
      target: 'Indian patrols along the LAC',
      place: 'Pangong Tso, Galwan Valley and north Sikkim',
      description:
        'Major military build-up by both sides in the days after the face-offs: the PLA reinforces around Pangong Tso and pitches tents near the Galwan river; Chinese helicopters fly near the LAC and Indian fighters patrol; India reinforces in turn. Local commanders meet at least three times without result. No force used.',
    },
    [S.indiatodayMay22, S.ndtvMay21],
    { note: 'The reports (21–22 May) give the build-up as of "the last few days": dated approximately.' },
  ),
  ev(
    'StatementMade',
    'stmt-srivastava-may21',
    { occurredAt: '2020-05-21', recordedAt: at('05-22', '09:05') },
    {
      speaker: SRIVASTAVA,
      audience: 'china',
      tone: 'accusation',
      summary:
        "Indian troops did not cross the LAC in the western sector or Sikkim; it is the Chinese side that has recently undertaken activity hindering India's normal patrolling patterns. India is committed to peace and to its sovereignty and security.",
      quote:
        "In fact, it is Chinese side that has recently undertaken activity hindering India's normal patrolling patterns.",
    },
    [S.ndtvMay21, S.indiatodayMay22],
  ),
  // ===== June 2020: the first corps commanders' talks, Galwan =====
  ev(
    'TalksRoundOpened',
    'round-diplomats-opened',
    { occurredAt: '2020-06-05', recordedAt: at('06-06', '09:00') },
    {
      roundId: R.diplomats,
      label: 'Video conference of the MEA Joint Secretary (East Asia) and the Chinese MFA Director General',
      format: 'informal',
    },
    [S.zeeJun6],
  ),
  ev(
    'TalksRoundConcluded',
    'round-diplomats-concluded',
    { occurredAt: '2020-06-05', recordedAt: at('06-06', '09:05') },
    {
      roundId: R.diplomats,
      outcome: 'progress',
      summary:
        'Both sides agreed to handle their differences through peaceful discussion, respecting each other’s sensitivities, and not allow them to become disputes.',
    },
    [S.zeeJun6],
  ),
  ev(
    'TalksRoundOpened',
    'round-corps1-opened',
    { occurredAt: '2020-06-06', recordedAt: at('06-07', '12:00') },
    {
      roundId: R.corps1,
      label: "First corps commanders' meeting",
      format: 'formal',
      venue: 'Chushul – Moldo border personnel meeting point',
      delegations: [
        { actorId: 'india', head: HARINDER },
        { actorId: 'china', head: LIU },
      ],
    },
    [S.firstpostJun7],
  ),
  ev(
    'TalksRoundConcluded',
    'round-corps1-concluded',
    { occurredAt: '2020-06-06', recordedAt: at('06-07', '12:05') },
    {
      roundId: R.corps1,
      outcome: 'agreement',
      summary:
        'Held "in a cordial and positive atmosphere"; both sides agreed to resolve the situation peacefully in accordance with the bilateral agreements and the leaders\' agreement that peace on the border is essential to the relationship.',
      nextSteps: 'Continue the military and diplomatic engagements.',
    },
    [S.firstpostJun7],
  ),
  ev(
    'StatementMade',
    'stmt-srivastava-jun16',
    { occurredAt: '2020-06-16', recordedAt: at('06-16', '18:05') },
    {
      speaker: SRIVASTAVA,
      audience: 'china',
      tone: 'accusation',
      summary:
        'The violent face-off in the Galwan Valley took place because the Chinese side departed from the consensus to respect the LAC and attempted to unilaterally change the status quo; both sides suffered casualties that could have been avoided had the agreement of the senior commanders been followed.',
    },
    [S.htJun16],
  ),
  ev(
    'AgreementReached',
    'agr-corps1',
    { occurredAt: '2020-06-06', recordedAt: at('06-17', '08:50') },
    {
      agreementId: 'disengagement-understanding-2020-06-06',
      kind: 'partial',
      provisions: [
        'Resolve the situation in the border areas peacefully, in accordance with the bilateral agreements',
        'Disengagement at the face-off sites (in the Galwan Valley the PLA to return to its post 1.5 km east of Patrolling Point 14), implemented by the local commanders',
      ],
      signatories: ['india', 'china'],
      textPublic: false,
      roundId: R.corps1,
    },
    [S.deccanheraldJun17, S.firstpostJun7],
    {
      note: "Recorded on 17 June, when the reports of the Galwan clash gave its disengagement provision (Deccan Herald) and the ministers referred to 'the understanding that was reached by the Senior Commanders on 6th June'.",
    },
  ),
  ev(
    'IncidentReported',
    'inc-galwan',
    { occurredAt: '2020-06-15', recordedAt: at('06-17', '08:55') },
    {
      incidentId: 'galwan-clash-2020-06-15',
      kind: 'clash',
      perpetrator: 'china',
      allegedBy: 'india',
      against: 'india',
      target: 'Indian Army troops (16 Bihar) verifying the PLA’s pullback',
      place: 'Patrolling Point 14, Galwan Valley, eastern Ladakh',
      fatalities: { min: 20, max: 20 },
      description:
        'A fight of several hours from the evening of 15 June between about 50 Indian soldiers, then their reinforcements, and some 300 PLA soldiers over a Chinese post on the Indian side of the LAC, hand to hand with iron-studded rods, sticks, clubs and stones; no firearms. 20 Indian soldiers killed, among them the commanding officer, Col B. Santosh Babu (17 of them died of their wounds in the sub-zero cold); several Indian soldiers briefly held. China had casualties but gave no number. The first deaths on the LAC since 1975. India: the Chinese side tried to change the status quo unilaterally; China: Indian troops crossed the line twice and attacked.',
    },
    [S.htJun16, S.deccanheraldJun17],
    { note: 'Armed action by §5b, with weapons other than firearms: see the header.' },
  ),
  ev(
    'StatementMade',
    'stmt-zhao-jun16',
    { occurredAt: '2020-06-16', recordedAt: at('06-17', '09:00') },
    {
      speaker: CN_MFA,
      audience: 'india',
      tone: 'accusation',
      summary:
        'Indian troops seriously violated the consensus of the two sides by illegally crossing the border twice and carrying out provocative attacks on Chinese soldiers, resulting in serious physical clashes.',
    },
    [S.yahooJun17],
  ),
  ev(
    'TalksRoundOpened',
    'round-fmcall-opened',
    { occurredAt: '2020-06-17', recordedAt: at('06-17', '18:00') },
    {
      roundId: R.fmCall,
      label: 'Telephone call of the foreign ministers',
      format: 'informal',
      delegations: [
        { actorId: 'india', head: JAISHANKAR },
        { actorId: 'china', head: WANG_YI },
      ],
    },
    [S.zeeJun17, S.orissapostJun17],
  ),
  ev(
    'StatementMade',
    'stmt-jaishankar-jun17',
    { occurredAt: '2020-06-17', recordedAt: at('06-17', '18:05') },
    {
      speaker: JAISHANKAR,
      audience: 'china',
      tone: 'accusation',
      summary:
        'India protests in the strongest terms: the Chinese side took pre-meditated and planned action that was directly responsible for the violence and casualties; this unprecedented development will have a serious impact on the relationship, and China must reassess its actions and take corrective steps.',
      quote:
        'What happened in Galwan was premeditated and planned action by China which was responsible for the sequence of events.',
    },
    [S.zeeJun17],
  ),
  ev(
    'TalksRoundConcluded',
    'round-fmcall-concluded',
    { occurredAt: '2020-06-17', recordedAt: at('06-17', '18:10') },
    {
      roundId: R.fmCall,
      outcome: 'progress',
      summary:
        'The ministers agreed that the overall situation would be handled in a responsible manner, that both sides would implement the disengagement understanding of 6 June sincerely, that neither would take any action to escalate matters, and to cool down the situation on the ground as soon as possible.',
    },
    [S.zeeJun17, S.orissapostJun17],
  ),
  ev(
    'StatementMade',
    'stmt-modi-jun17',
    { occurredAt: '2020-06-17', precision: 'approximate', recordedAt: at('06-22', '09:00') },
    {
      speaker: MODI,
      audience: 'china',
      tone: 'warning',
      summary:
        'The sacrifice of the soldiers will not be in vain: India wants peace, but if provoked it is capable of giving a befitting reply.',
      quote: 'India wants peace but if provoked, India is capable of giving a befitting reply.',
    },
    [S.deccanheraldJun22],
    { note: 'The report (22 June) does not date the message: placed at his address after the clash, approximately.' },
  ),
  ev(
    'TalksRoundOpened',
    'round-corps2-opened',
    { occurredAt: '2020-06-22', recordedAt: at('06-23', '09:00') },
    {
      roundId: R.corps2,
      label: "Second corps commanders' meeting",
      format: 'formal',
      venue: 'Moldo (Chushul), on the Chinese side of the LAC',
      delegations: [
        { actorId: 'india', head: HARINDER },
        { actorId: 'china', head: LIU },
      ],
    },
    [S.deccanheraldJun22, S.republicJun23],
  ),
  ev(
    'DemandTabled',
    'demand-status-quo-ante',
    { occurredAt: '2020-06-22', recordedAt: at('06-23', '09:05') },
    {
      demandId: 'status-quo-ante-april-2020',
      by: 'india',
      addressedTo: ['china'],
      text: 'Restore the status quo of April 2020 along the LAC in eastern Ladakh: remove the additional build-up in the Galwan and Pangong Tso areas.',
      category: 'territorial',
    },
    [S.republicJun23],
  ),
  ev(
    'TalksRoundConcluded',
    'round-corps2-concluded',
    { occurredAt: '2020-06-22', recordedAt: at('06-23', '09:10') },
    {
      roundId: R.corps2,
      outcome: 'progress',
      summary:
        'Eleven and a half hours, "cordial, positive and constructive"; a mutual consensus to disengage, and the modalities of disengagement from all the friction areas in eastern Ladakh discussed, to be taken forward by both sides.',
    },
    [S.republicJun23],
  ),
  ev(
    'StatementMade',
    'stmt-meity-jun29',
    { occurredAt: '2020-06-29', recordedAt: at('06-29', '18:00') },
    {
      speaker: MEITY,
      audience: 'china',
      tone: 'critical',
      summary:
        'India bans 59 mobile apps, almost all Chinese (TikTok, WeChat, UC Browser among them), as "prejudicial to sovereignty and integrity of India, defence of India, security of state and public order", weeks after the Galwan clash.',
    },
    [S.cnaJun29],
    { cameo: '163', note: 'An economic measure against China, recorded as the ministry announcing it (CAMEO 163).' },
  ),
  ev(
    'TalksRoundOpened',
    'round-corps3-opened',
    { occurredAt: '2020-06-30', recordedAt: at('07-01', '09:00') },
    {
      roundId: R.corps3,
      label: "Third corps commanders' meeting",
      format: 'formal',
      venue: 'Chushul, on the Indian side of the LAC',
      delegations: [
        { actorId: 'india', head: HARINDER },
        { actorId: 'china', head: LIU },
      ],
    },
    [S.republicJul1],
  ),
  ev(
    'TalksRoundConcluded',
    'round-corps3-concluded',
    { occurredAt: '2020-06-30', recordedAt: at('07-01', '09:05') },
    {
      roundId: R.corps3,
      outcome: 'progress',
      summary:
        'Businesslike; both sides stressed an expeditious, phased and stepwise de-escalation as the priority, in line with the ministers’ call of 17 June; more meetings to follow.',
    },
    [S.republicJul1],
  ),
  // ===== July 2020: the Special Representatives, the Galwan pullback =====
  ev(
    'TalksRoundOpened',
    'round-srcall-opened',
    { occurredAt: '2020-07-05', recordedAt: at('07-06', '12:00') },
    {
      roundId: R.srCall,
      label: 'Telephone call of the Special Representatives on the boundary question',
      format: 'informal',
      delegations: [
        { actorId: 'india', head: DOVAL },
        { actorId: 'china', head: WANG_YI },
      ],
    },
    [S.moneycontrolJul6, S.thehinduJul6],
  ),
  ev(
    'TalksRoundConcluded',
    'round-srcall-concluded',
    { occurredAt: '2020-07-05', recordedAt: at('07-06', '12:05') },
    {
      roundId: R.srCall,
      outcome: 'agreement',
      summary:
        'A two-hour "frank and in-depth" conversation: complete disengagement along the LAC at the earliest, the ongoing disengagement to be completed expeditiously, phased and stepwise de-escalation.',
      nextSteps: 'Diplomatic and military officials to continue their discussions, including in the WMCC.',
    },
    [S.moneycontrolJul6, S.thehinduJul6],
  ),
  ev(
    'AgreementReached',
    'agr-srcall',
    { occurredAt: '2020-07-05', recordedAt: at('07-06', '12:10') },
    {
      agreementId: 'special-representatives-disengagement-2020-07-05',
      kind: 'partial',
      provisions: [
        'Ensure at the earliest complete disengagement of the troops along the LAC and de-escalation from the border areas',
        'Complete the ongoing disengagement process along the LAC expeditiously; phased and stepwise de-escalation',
        'Strictly respect and observe the LAC; no unilateral action to alter the status quo; work together to avoid incidents',
      ],
      signatories: ['india', 'china'],
      textPublic: false,
      roundId: R.srCall,
    },
    [S.moneycontrolJul6, S.thehinduJul6],
    { note: 'Known from both foreign ministries’ readouts of the call; no text signed.' },
  ),
  ev(
    'StatementMade',
    'stmt-army-jul6',
    { occurredAt: '2020-07-06', recordedAt: at('07-06', '18:00') },
    {
      speaker: INDIAN_SOURCES,
      audience: 'domestic audience',
      tone: 'neutral',
      summary:
        'China has begun to de-escalate: the PLA has moved its tents and troops back 1–2 km in the Galwan Valley.',
    },
    [S.latestlyJul6],
    {
      note: 'The agreement of 5 July being implemented: the catalogue has no type for it, so the report of it is recorded.',
    },
  ),
  // ===== August 2020: diplomats, the south bank of Pangong =====
  ev(
    'TalksRoundOpened',
    'round-wmcc18-opened',
    { occurredAt: '2020-08-20', recordedAt: at('08-20', '18:00') },
    {
      roundId: R.wmcc18,
      label:
        '18th meeting of the Working Mechanism for Consultation and Coordination on India–China Border Affairs (WMCC)',
      format: 'technical',
    },
    [S.republicAug20],
  ),
  ev(
    'TalksRoundConcluded',
    'round-wmcc18-concluded',
    { occurredAt: '2020-08-20', recordedAt: at('08-20', '18:05') },
    {
      roundId: R.wmcc18,
      outcome: 'progress',
      summary:
        'In-depth exchange on the situation; both reaffirmed the agreements of the foreign ministers and the Special Representatives and agreed to keep working towards complete disengagement and to resolve the outstanding issues speedily.',
    },
    [S.republicAug20],
  ),
  ev(
    'IncidentReported',
    'inc-south-bank-2020-08-29',
    { occurredAt: '2020-08-29', recordedAt: at('08-31', '12:00') },
    {
      incidentId: 'pangong-south-bank-2020-08-29',
      kind: 'force-posture',
      perpetrator: 'china',
      allegedBy: 'india',
      against: 'india',
      target: 'Heights on the south bank of Pangong Tso held or claimed by India',
      place: 'South bank of Pangong Tso (Chushul sub-sector), eastern Ladakh',
      description:
        'On the night of 29–30 August PLA troops carry out "provocative military movements to change the status quo" (the Indian Army); Indian troops pre-empt them and occupy dominating heights. An Army officer: no violent clash as such, no injuries or casualties. A brigade commanders\' flag meeting follows at Chushul.',
    },
    [S.deccanheraldAug31, S.news18Aug31],
  ),
  ev(
    'StatementMade',
    'stmt-anand-aug31',
    { occurredAt: '2020-08-31', recordedAt: at('08-31', '12:05') },
    {
      speaker: ANAND,
      audience: 'china',
      tone: 'accusation',
      summary:
        'PLA troops violated the previous consensus of the military and diplomatic engagements and carried out provocative military movements to change the status quo; Indian troops pre-empted them. The Army is committed to peace through dialogue, and equally determined to protect its territorial integrity.',
    },
    [S.deccanheraldAug31],
  ),
  ev(
    'StatementMade',
    'stmt-meity-sep2',
    { occurredAt: '2020-09-02', recordedAt: at('09-02', '18:00') },
    {
      speaker: MEITY,
      audience: 'china',
      tone: 'critical',
      summary:
        'India blocks 118 more mobile apps, most of them Chinese (PUBG Mobile among them), as prejudicial to its sovereignty, defence and security, a day after the MEA accused China of further provocative manoeuvres on the LAC.',
    },
    [S.scrollSep2],
    { cameo: '163', note: 'An economic measure against China, recorded as the ministry announcing it (CAMEO 163).' },
  ),
  // ===== September 2020: Moscow, shots in the air =====
  ev(
    'TalksRoundOpened',
    'round-defence-opened',
    { occurredAt: '2020-09-04', recordedAt: at('09-05', '09:00') },
    {
      roundId: R.defence,
      label: 'Meeting of the defence ministers on the sidelines of the SCO, Moscow',
      format: 'formal',
      venue: 'Moscow',
      delegations: [
        { actorId: 'india', head: RAJNATH },
        { actorId: 'china', head: WEI },
      ],
    },
    [S.indiatodaySep5],
  ),
  ev(
    'TalksRoundConcluded',
    'round-defence-concluded',
    { occurredAt: '2020-09-04', recordedAt: at('09-05', '09:05') },
    {
      roundId: R.defence,
      outcome: 'no-progress',
      summary: 'Two hours and twenty minutes; each side set out its position on the LAC; no agreement announced.',
    },
    [S.indiatodaySep5],
  ),
  ev(
    'IncidentReported',
    'inc-mukhpari-2020-09-07',
    { occurredAt: '2020-09-07', recordedAt: at('09-08', '12:00') },
    {
      incidentId: 'mukhpari-shots-2020-09-07',
      kind: 'non-lethal-force',
      perpetrator: 'china',
      allegedBy: 'india',
      against: 'india',
      target: 'An Indian forward position on the Mukhpari heights',
      place: 'Mukhpari, near Rezang La, south bank of Pangong Tso (Chushul sub-sector)',
      description:
        'PLA troops try to close in on an Indian forward position and, when dissuaded, fire a few rounds in the air "to intimidate own troops" (Indian Army); China says Indian troops crossed the LAC at Shenpao mountain and fired warning shots at its patrol. Nobody hit. The first shots on the LAC in 45 years.',
    },
    [S.epochSep8, S.indiatodaySep8],
    { note: WARNING_SHOTS },
  ),
  ev(
    'StatementMade',
    'stmt-zhang-sep8',
    { occurredAt: '2020-09-07', recordedAt: at('09-08', '12:05') },
    {
      speaker: ZHANG,
      audience: 'india',
      tone: 'accusation',
      summary:
        'The Indian army again illegally crossed the LAC at Shenpao mountain on the south bank of Pangong Tso and "blatantly fired threats" at Chinese border patrol personnel who approached to make representations; Chinese troops were forced to take countermeasures. A serious military provocation of a very bad nature: India must immediately stop its dangerous actions.',
    },
    [S.epochSep8, S.fpjSep8],
  ),
  ev(
    'StatementMade',
    'stmt-army-sep8',
    { occurredAt: '2020-09-08', recordedAt: at('09-08', '12:10') },
    {
      speaker: INDIA_GOVT,
      audience: 'china',
      tone: 'accusation',
      summary:
        'It was the PLA that tried to close in on an Indian forward position and, when dissuaded, fired a few rounds in the air to intimidate Indian troops; at no stage has the Indian Army crossed the LAC or used any aggressive means, including firing.',
      quote: 'PLA troops fired a few rounds in the air in an attempt to intimidate own troops.',
    },
    [S.epochSep8],
  ),
  ev(
    'TalksRoundOpened',
    'round-moscow-opened',
    { occurredAt: '2020-09-10', recordedAt: at('09-11', '09:00') },
    {
      roundId: R.moscow,
      label: 'Meeting of the foreign ministers on the sidelines of the SCO, Moscow',
      format: 'formal',
      venue: 'Moscow',
      delegations: [
        { actorId: 'india', head: JAISHANKAR },
        { actorId: 'china', head: WANG_YI },
      ],
    },
    [S.indianexpressSep11, S.globaltimesSep11],
  ),
  ev(
    'DemandTabled',
    'demand-withdraw-trespassing',
    { occurredAt: '2020-09-10', recordedAt: at('09-11', '09:05') },
    {
      demandId: 'stop-firing-withdraw-trespassing-personnel',
      by: 'china',
      addressedTo: ['india'],
      text: 'Stop firing, provocations and all dangerous acts that violate the commitments, and withdraw all trespassing personnel and equipment.',
      category: 'territorial',
    },
    [S.globaltimesSep11],
  ),
  ev(
    'TalksRoundConcluded',
    'round-moscow-concluded',
    { occurredAt: '2020-09-10', recordedAt: at('09-11', '09:10') },
    {
      roundId: R.moscow,
      outcome: 'agreement',
      summary:
        'Two and a half hours, "frank and constructive"; a joint press statement of five points: the border troops to continue their dialogue, quickly disengage, maintain proper distance and ease tensions.',
      nextSteps:
        'Continue dialogue through the Special Representatives and the WMCC; conclude new confidence-building measures as the situation eases.',
    },
    [S.indianexpressSep11, S.globaltimesSep11],
  ),
  ev(
    'AgreementReached',
    'agr-moscow',
    { occurredAt: '2020-09-10', recordedAt: at('09-11', '09:15') },
    {
      agreementId: 'moscow-five-point-consensus-2020-09-10',
      kind: 'framework',
      provisions: [
        'Take guidance from the leaders’ consensus, including not allowing differences to become disputes',
        'The current situation is in the interest of neither side: the border troops to continue their dialogue, quickly disengage, maintain proper distance and ease tensions',
        'Abide by all existing agreements and protocols on the boundary, maintain peace and tranquillity, avoid any action that could escalate matters',
        'Continue dialogue through the Special Representatives mechanism and the WMCC',
        'As the situation eases, expedite work on new confidence-building measures',
      ],
      signatories: ['india', 'china'],
      textPublic: true,
      roundId: R.moscow,
    },
    [S.indianexpressSep11, S.globaltimesSep11],
  ),
  ev(
    'StatementMade',
    'stmt-rajnath-sep15',
    { occurredAt: '2020-09-15', recordedAt: at('09-16', '12:05') },
    {
      speaker: RAJNATH,
      audience: 'china',
      tone: 'accusation',
      summary:
        'In Parliament: China has amassed troops and armaments along the LAC and in depth since April; the violent conduct of its troops violates all the agreed norms; in Galwan the Indian forces inflicted heavy casualties on the Chinese side. India wants peace and will keep talking, and let no one doubt its resolve to defend its borders.',
    },
    [S.oneindiaSep16, S.indiatodaySep16],
  ),
  ev(
    'IncidentReported',
    'inc-finger4-2020-09-08',
    { occurredAt: '2020-09-08', precision: 'approximate', recordedAt: at('09-16', '12:10') },
    {
      incidentId: 'finger-3-4-shots-2020-09-08',
      kind: 'non-lethal-force',
      perpetrator: 'china',
      allegedBy: 'india',
      against: 'india',
      target: 'Indian troops moving onto the heights near Finger 3',
      place: 'Ridgeline where Fingers 3 and 4 meet, north bank of Pangong Tso',
      description:
        'As Indian troops move to occupy heights overlooking PLA positions and the PLA moves to hold the ground between Fingers 3 and 4, the two sides fire 100–200 rounds in the air some 300 m apart (unnamed Indian officials, reported 16 September); "warning shots fired by both sides" after the PLA tried to close in on Indian positions (India Today). Nobody hit. Neither side has spoken of it officially.',
    },
    [S.fpjSep16, S.oneindiaSep16, S.indiatodaySep16],
    { note: `${WARNING_SHOTS} Dated from the reports ("before the Moscow meeting", "on 8 September"): approximate.` },
  ),
  ev(
    'TalksRoundOpened',
    'round-corps6-opened',
    { occurredAt: '2020-09-21', recordedAt: at('09-22', '18:00') },
    {
      roundId: R.corps6,
      label: "Sixth corps commanders' meeting",
      format: 'formal',
      venue: 'Moldo (Chushul), on the Chinese side of the LAC',
      delegations: [
        { actorId: 'india', head: HARINDER },
        { actorId: 'china', head: LIU },
      ],
    },
    [S.financialexpressSep22],
  ),
  ev(
    'TalksRoundConcluded',
    'round-corps6-concluded',
    { occurredAt: '2020-09-21', recordedAt: at('09-22', '18:05') },
    {
      roundId: R.corps6,
      outcome: 'agreement',
      summary:
        'About 14 hours; a joint press release: implement the leaders’ consensus, strengthen communication on the ground, stop sending more troops to the frontline, refrain from changing the situation on the ground unilaterally.',
      nextSteps: 'Hold the seventh round as soon as possible.',
    },
    [S.financialexpressSep22],
  ),
  ev(
    'AgreementReached',
    'agr-corps6',
    { occurredAt: '2020-09-21', recordedAt: at('09-22', '18:10') },
    {
      agreementId: 'corps-commanders-6-measures-2020-09-21',
      kind: 'partial',
      provisions: [
        'Earnestly implement the important consensus reached by the leaders of the two countries',
        'Strengthen communication on the ground; avoid misunderstandings and misjudgements',
        'Stop sending more troops to the frontline',
        'Refrain from unilaterally changing the situation on the ground; avoid any action that may complicate the situation',
      ],
      signatories: ['india', 'china'],
      textPublic: true,
      roundId: R.corps6,
    },
    [S.financialexpressSep22],
  ),
  // ===== October 2020 – January 2021: the winter rounds =====
  ev(
    'TalksRoundOpened',
    'round-corps7-opened',
    { occurredAt: '2020-10-12', recordedAt: at('10-13', '18:00') },
    {
      roundId: R.corps7,
      label: "Seventh corps commanders' meeting",
      format: 'formal',
      venue: 'Chushul, on the Indian side of the LAC',
      delegations: [
        { actorId: 'india', head: HARINDER },
        { actorId: 'china', head: LIU },
      ],
    },
    [S.republicOct13],
  ),
  ev(
    'TalksRoundConcluded',
    'round-corps7-concluded',
    { occurredAt: '2020-10-12', recordedAt: at('10-13', '18:05') },
    {
      roundId: R.corps7,
      outcome: 'progress',
      summary:
        '"Positive, constructive", enhancing each side’s understanding of the other’s position on disengagement; agreed to arrive at a mutually acceptable solution for disengagement as early as possible and not to turn differences into disputes.',
    },
    [S.republicOct13],
  ),
  ev(
    'TalksRoundOpened',
    'round-corps8-opened',
    { occurredAt: '2020-11-06', recordedAt: at('11-08', '12:00') },
    {
      roundId: R.corps8,
      label: "Eighth corps commanders' meeting",
      format: 'formal',
      venue: 'Chushul, on the Indian side of the LAC',
      delegations: [
        { actorId: 'india', head: MENON },
        { actorId: 'china', head: LIU },
      ],
    },
    [S.thehinduNov8],
  ),
  ev(
    'TalksRoundConcluded',
    'round-corps8-concluded',
    { occurredAt: '2020-11-06', recordedAt: at('11-08', '12:05') },
    {
      roundId: R.corps8,
      outcome: 'progress',
      summary:
        '"Candid, in-depth and constructive" on disengagement; the frontline troops to exercise restraint and avoid misunderstanding and miscalculation; no breakthrough, and the standoff set to go on into the winter.',
      nextSteps: 'Another round soon.',
    },
    [S.thehinduNov8],
  ),
  ev(
    'TalksRoundOpened',
    'round-wmcc20-opened',
    { occurredAt: '2020-12-18', recordedAt: at('12-31', '12:00') },
    {
      roundId: R.wmcc20,
      label: 'WMCC meeting of 18 December',
      format: 'technical',
    },
    [S.orissapostDec31],
  ),
  ev(
    'TalksRoundConcluded',
    'round-wmcc20-concluded',
    { occurredAt: '2020-12-18', recordedAt: at('12-31', '12:05') },
    {
      roundId: R.wmcc20,
      outcome: 'progress',
      summary:
        'Agreed to keep working towards complete disengagement at all friction points and to hold the next military round at an early date. China’s defence ministry (31 December): the situation in the border areas is generally stable.',
    },
    [S.orissapostDec31],
  ),
  ev(
    'IncidentReported',
    'inc-nakula-2021-01-20',
    { occurredAt: '2021-01-20', recordedAt: at21('01-25', '18:00') },
    {
      incidentId: 'naku-la-face-off-2021-01-20',
      kind: 'non-lethal-force',
      perpetrator: 'china',
      allegedBy: 'india',
      against: 'india',
      target: 'Indian Army troops',
      place: 'Naku La, north Sikkim',
      description:
        'A physical brawl when Indian troops stop a Chinese patrol trying to cross to the Indian side (people familiar with it); minor injuries on both sides. The Army calls it "a minor face-off … resolved by local commanders as per established protocols". Both sides bring in more troops.',
    },
    [S.greaterkashmirJan25, S.livemintJan25],
    { note: CLUBS },
  ),
  ev(
    'TalksRoundOpened',
    'round-corps9-opened',
    { occurredAt: '2021-01-24', recordedAt: at21('01-26', '08:50') },
    {
      roundId: R.corps9,
      label: "Ninth corps commanders' meeting",
      format: 'formal',
      venue: 'Moldo (Chushul), on the Chinese side of the LAC',
      delegations: [
        { actorId: 'india', head: MENON },
        { actorId: 'china', head: LIU },
      ],
    },
    [S.arunachaltimesJan26],
  ),
  ev(
    'TalksRoundConcluded',
    'round-corps9-concluded',
    { occurredAt: '2021-01-25', recordedAt: at21('01-26', '08:55') },
    {
      roundId: R.corps9,
      outcome: 'progress',
      summary:
        'Sixteen hours, to 02:30 on the 25th; "positive, practical and constructive": agreed to push for an early disengagement of the frontline troops and to keep the frontline troops restrained.',
      nextSteps: 'The tenth round at an early date.',
    },
    [S.arunachaltimesJan26],
  ),
  ev(
    'StatementMade',
    'stmt-zhao-jan25',
    { occurredAt: '2021-01-25', recordedAt: at21('01-26', '09:00') },
    {
      speaker: ZHAO,
      audience: 'india',
      tone: 'neutral',
      summary:
        'No information to offer on the Naku La incident; China’s border troops are committed to peace and tranquillity, and India should work in the same direction and refrain from actions that might escalate or complicate the situation.',
    },
    [S.pressreaderJan26],
  ),
  // ===== February – March 2021: the Pangong disengagement =====
  ev(
    'StatementMade',
    'stmt-wu-feb10',
    { occurredAt: '2021-02-10', recordedAt: at21('02-10', '18:00') },
    {
      speaker: WU,
      audience: 'domestic audience',
      tone: 'neutral',
      summary:
        'The Chinese and Indian frontline troops on the south and north banks of Pangong Tso start a synchronised and organised disengagement from today, according to the consensus of the ninth corps commanders’ round.',
    },
    [S.zeeFeb10],
  ),
  ev(
    'AgreementReached',
    'agr-pangong',
    { occurredAt: '2021-02-10', recordedAt: at21('02-11', '09:00') },
    {
      agreementId: 'pangong-disengagement-2021-02',
      kind: 'partial',
      provisions: [
        'Both sides cease their forward deployments on the north and south banks of Pangong Tso in a phased, coordinated and verified manner',
        'North bank: China keeps its troops east of Finger 8, India at its permanent base (Dhan Singh Thapa post) near Finger 3',
        'South bank: similar pullback by both sides',
        'Structures built by either side since April 2020 on both banks removed and the landforms restored',
        'A temporary moratorium on military activities, including patrolling, in the disputed area of the north bank until agreed in further talks',
      ],
      signatories: ['india', 'china'],
      textPublic: false,
      roundId: R.corps9,
    },
    [S.livemintFeb11, S.gulftimesFeb11, S.zeeFeb10],
    {
      note: "Reached in the ninth round's consensus and put into effect from 10 February; its terms as India's Defence Minister gave them in Parliament on 11 February.",
    },
  ),
  ev(
    'StatementMade',
    'stmt-rajnath-feb11',
    { occurredAt: '2021-02-11', recordedAt: at21('02-11', '09:05') },
    {
      speaker: RAJNATH,
      audience: 'domestic audience',
      tone: 'neutral',
      summary:
        'Sustained talks with China have led to an agreement on disengagement on the north and south banks of Pangong Lake, which began yesterday; India has conceded nothing; some outstanding issues of deployment and patrolling at other points of the LAC remain, to be taken up in the next round.',
      quote: 'I want to assure this House that in these talks we have not conceded anything.',
    },
    [S.livemintFeb11, S.gulftimesFeb11],
  ),
  ev(
    'StatementMade',
    'stmt-official-feb19',
    { occurredAt: '2021-02-19', recordedAt: at21('02-19', '12:00') },
    {
      speaker: INDIAN_SOURCES,
      audience: 'domestic audience',
      tone: 'neutral',
      summary:
        'Disengagement on the north and south banks of Pangong Tso is fully complete as agreed and jointly verified by both sides; the tenth corps commanders’ round will be held tomorrow on the other friction points.',
    },
    [S.thehinduFeb19],
    { note: 'The agreement being implemented: recorded as the report of it.' },
  ),
  ev(
    'EventCorrected',
    'corr-galwan-toll',
    { occurredAt: '2021-02-19', recordedAt: at21('02-20', '09:00') },
    {
      eventId: idOf('inc-galwan'),
      changes: { data: { fatalities: { min: 24, max: 65 } } },
      reason:
        "China acknowledges four of its soldiers killed in the Galwan clash (PLA Daily, Central Military Commission, 19 February): 24 dead at least. TASS (10 February) put China's dead at 45: 65 at most.",
    },
    [S.arkansasFeb20, S.republicFeb19],
  ),
  ev(
    'StatementMade',
    'stmt-hua-feb19',
    { occurredAt: '2021-02-19', recordedAt: at21('02-20', '09:05') },
    {
      speaker: HUA,
      audience: 'india',
      tone: 'accusation',
      summary:
        'China honours four soldiers killed and a colonel wounded at Galwan; its account of the clash was published, the spokesperson says, so that the world understands "the truth and the right and wrong of the incident" — that the fault was India\'s.',
    },
    [S.arkansasFeb20],
  ),
  ev(
    'TalksRoundOpened',
    'round-corps10-opened',
    { occurredAt: '2021-02-20', recordedAt: at21('02-21', '12:00') },
    {
      roundId: R.corps10,
      label: "Tenth corps commanders' meeting",
      format: 'formal',
      venue: 'Moldo (Chushul), on the Chinese side of the LAC',
      delegations: [
        { actorId: 'india', head: MENON },
        { actorId: 'china', head: LIU },
      ],
    },
    [S.ndtvFeb21],
  ),
  ev(
    'TalksRoundConcluded',
    'round-corps10-concluded',
    { occurredAt: '2021-02-21', recordedAt: at21('02-21', '12:05') },
    {
      roundId: R.corps10,
      outcome: 'progress',
      summary:
        'Sixteen hours, to 02:00 on the 21st; the two sides "positively appraised the smooth completion of disengagement of frontline troops in the Pangong Lake area", a good basis for the other issues (Gogra, Hot Springs, Depsang), and agreed to stabilise and control the situation on the ground.',
    },
    [S.ndtvFeb21],
  ),
  ev(
    'TalksRoundOpened',
    'round-fmcall2-opened',
    { occurredAt: '2021-02-25', recordedAt: at21('02-26', '12:00') },
    {
      roundId: R.fmCall2,
      label: 'Telephone call of the foreign ministers',
      format: 'informal',
      delegations: [
        { actorId: 'india', head: JAISHANKAR },
        { actorId: 'china', head: WANG_YI },
      ],
    },
    [S.news18Feb26, S.indiatvFeb26],
  ),
  ev(
    'TalksRoundConcluded',
    'round-fmcall2-concluded',
    { occurredAt: '2021-02-25', recordedAt: at21('02-26', '12:05') },
    {
      roundId: R.fmCall2,
      outcome: 'progress',
      summary:
        'Seventy-five minutes: both noted the completed disengagement at Pangong Tso; Jaishankar asked that the remaining issues be resolved quickly, after which broader de-escalation could follow, and warned that "disturbance of peace and tranquillity, including by violence, will inevitably have a damaging impact on the relationship"; Wang Yi spoke of consolidating the outcomes. They agreed to set up a hotline between the ministers.',
    },
    [S.news18Feb26, S.indiatvFeb26],
  ),
  ev(
    'TalksRoundOpened',
    'round-wmcc21-opened',
    { occurredAt: '2021-03-12', recordedAt: at21('03-13', '09:00') },
    {
      roundId: R.wmcc21,
      label: '21st meeting of the WMCC',
      format: 'technical',
    },
    [S.netindianMar13],
  ),
  ev(
    'TalksRoundConcluded',
    'round-wmcc21-concluded',
    { occurredAt: '2021-03-12', recordedAt: at21('03-13', '09:05') },
    {
      roundId: R.wmcc21,
      outcome: 'progress',
      summary:
        'The completed disengagement at Pangong gives a good basis to resolve the remaining issues; the Moscow agreement and the ministers’ call to keep guiding the work; in the interim both sides to maintain stability on the ground and prevent any untoward incident.',
      nextSteps: 'The eleventh round of the senior commanders’ meeting at an early date.',
    },
    [S.netindianMar13],
  ),
  ev(
    'StatementMade',
    'stmt-wangwenbin-feb10',
    { occurredAt: '2021-02-10', recordedAt: at21('03-13', '09:10') },
    {
      speaker: WANG_WENBIN,
      audience: 'india',
      tone: 'conciliatory',
      summary:
        'Under the consensus of the Moscow meeting and the ninth round, the frontline troops began a simultaneous and planned disengagement at Pangong Lake; China hopes India will meet it halfway and ensure the smooth implementation of the disengagement.',
    },
    [S.yahooFeb10],
    { note: 'Recorded late, from a report of the same day as the defence ministry’s announcement.' },
  ),
];

/** Every incident is one of the pair's acts on the other: no third party takes part in this case. */
function pairProblems(evs: readonly NegotiationEvent[]): string[] {
  return evs.flatMap((e) => {
    if (e.type !== 'IncidentReported') return [];
    const { perpetrator, against } = e.data;
    const pair = ['india', 'china'];
    return perpetrator !== undefined && against !== undefined && pair.includes(perpetrator) && pair.includes(against)
      ? []
      : [`incident ${e.data.incidentId}: not an act of one party on the other`];
  });
}

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'india-china-2020.jsonl',
  logEnd: '2021-04-01T00:00:00Z',
  events,
  checks: pairProblems,
};

export default definition;
