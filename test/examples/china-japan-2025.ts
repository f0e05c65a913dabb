/**
 * A test fixture, not a shipped example: China and Japan after Prime Minister
 * Sanae Takaichi's answer in the Diet (7 November 2025) that a Chinese attack
 * on Taiwan involving warships could be a "survival-threatening situation"
 * allowing Japan's collective self-defence, to her words of 20 February 2026
 * after her election landslide — as an analyst following the news could have
 * recorded it: the Chinese consul general in Osaka Xue Jian's post about
 * cutting off "that dirty neck" (8 November) and Japan's protest; Takaichi's
 * refusal to retract (10 November); the summoning of Japan's ambassador in
 * Beijing (13 November) with China's demand that she retract, and of China's
 * ambassador in Tokyo (14 November); the defence ministry's "crushing defeat"
 * (14 November); the advisories against travel (14 November) and study (16
 * November) in Japan, the airlines' refunds; the suspended releases of
 * Japanese films (17 November) and of seafood imports (19 November); a drone
 * near Yonaguni (15 November) and the coast guard in the waters of the
 * Senkaku (Diaoyu) Islands (16 November, 2 December); the directors-general's
 * talks in Beijing (18 November), ending without progress; China's letters to
 * the UN Secretary-General (21 November, saying China would exercise its right
 * of self-defence if Japan intervened militarily; 1 December) and Japan's
 * (24 November); the fire-control radar locks of the Liaoning's J-15s on
 * Japanese F-15s (6 December); the Chinese and Russian bombers towards
 * Shikoku (9 December); the ban on dual-use exports to Japan (6 January 2026);
 * China's words after Japan's election (9 February) and Wang Yi's at Munich
 * (14 February). Escalation model v2 was never tuned on it: it is the case the
 * model is held to in china-japan-2025.spec.ts, against the calls an analyst
 * makes from DOMAIN.md §5b alone.
 *
 * A separate negotiation from china-japan-2012.ts (the Senkaku dispute of
 * 2012–18): none of its events is recorded again here.
 *
 * What it tests that the other cases did not: a crisis between two states
 * made of words and economic pressure — a threat to behead a prime minister
 * from a consul general, a defence ministry's and a UN letter's threats of
 * force if Japan intervenes over Taiwan, a demand to retract refused, advisories
 * against travel and study, import and export bans, films withheld — with the
 * coast guard and the navy's aircraft pressing around it, and talks that meet
 * and make no progress without collapsing. No shot is fired between the two.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source.
 *
 * Grading as in examples/README.md: B = established outlet, national news
 * agency (Jiji via nippon.com, Kyodo, Xinhua via People's Daily, Yomiuri,
 * Asahi) or wire copy (Reuters, AFP) in an established outlet; C = smaller
 * outlet, aggregator or mirror of a wire or agency story (Devdiscourse, Malay
 * Mail, MENAFN, WION, Stratnews Global, China Scope); 2 = an on-record act or
 * statement several outlets agree on, or one established outlet reports; 3 =
 * one side's unverified claim about the other. No A grade: no government
 * document is cited directly.
 *
 * Judgement calls, recorded as an analyst would:
 * - The pair is China and Japan (the parties). Taiwan (the subject of the
 *   remark), the United States (its ambassador's words on Xue's post) and the
 *   UN Secretary-General (to whom both sides wrote) are third parties; nobody
 *   mediated. South Korea and Russia are named in descriptions only (the
 *   bombers of 9 December), not registered: nothing they did is recorded.
 * - Takaichi's answer of 7 November is her statement to the Diet, tone
 *   `warning`: it says when Japan could use force (a Chinese attack on Taiwan
 *   with warships), not a threat to attack China. China calls it "the first
 *   time Japan has issued a threat of force against China" (Fu Cong's letter);
 *   that reading is China's and is in its statements, not in hers.
 * - Xue Jian's post of 8 November ("that dirty neck ... must be cut off
 *   without a moment's hesitation. Are you ready?") is a `threat` by a Chinese
 *   official against Japan's prime minister, not `military-threat`: it names no
 *   state force and no war. Japan read it as a threat to its leader; the US
 *   ambassador said it "threatened Takaichi and the Japanese people".
 * - Sun Weidong's words on summoning the ambassador (13 November: Japan "must
 *   take full responsibility" if it does not retract; "anyone who dares to
 *   interfere ... will surely be dealt a heavy blow") are a `threat` naming no
 *   force. China's demand that Takaichi retract is a `DemandTabled` (13
 *   November), not an ultimatum: no deadline and no named consequence. Japan's
 *   refusal is Kihara's statement of 14 November that the position is
 *   unchanged (`rejected`); Takaichi had refused the opposition's call to
 *   retract on 10 November.
 * - The defence ministry's statement of 14 November (if Japan uses force in a
 *   Taiwan contingency it will "suffer a crushing defeat" and "pay a heavy
 *   price") and Fu Cong's letter of 21 November (if Japan intervenes by force
 *   it is aggression and China "will resolutely exercise the right of
 *   self-defence") are `military-threat`: threats of force against Japan's
 *   forces, conditional on Japan's act. Wang Yi's words at Munich (14
 *   February: Japan risks "self-destruction" if it strays again) are a
 *   `warning`: they name no force of China's. Fu Cong's second letter (1
 *   December), as reported, repeats the demand and the accusations without the
 *   threat: `accusation`.
 * - The travel and study advisories, the films withheld, the seafood
 *   suspension and the dual-use export ban have no development type of their
 *   own: each is the Chinese body's statement announcing it, with CAMEO 163
 *   (embargo, boycott or sanctions), as japan-south-korea-2018.ts records trade
 *   measures. They are not border closures: people and goods still cross
 *   (flights ran, the advisory was "not a ban"). The films were withheld by
 *   their state importer and distributor (China Film Group), as China Film
 *   News reported, recorded as China's act. The airlines' refunds are in the
 *   advisory's description.
 * - The coast guard's "rights enforcement patrol" in the islands' territorial
 *   sea (16 November) and its ships' approach to a Japanese fishing boat there
 *   (2 December: "control measures" and a "warning expulsion" by China's
 *   account; Japan's coast guard says it shielded the boat until they left) are
 *   `force-posture` of China against Japan: ships asserting a claim, no force
 *   used on Japanese ships or people — as china-japan-2012.ts records the
 *   entries. The drone between Yonaguni and Taiwan (15 November), the radar
 *   locks of 6 December (as Japan alleges them; China denies) and the bombers'
 *   flight with Russia's towards Shikoku (9 December, Japan's "coercive action")
 *   are `force-posture` too: no weapon fired, nobody harmed.
 * - Places are written one way: "Senkaku (Diaoyu) Islands"; "Yonaguni";
 *   "Pacific southeast of Okinawa"; "Pacific off Shikoku".
 * - Rounds: the directors-general Masaaki Kanai and Liu Jinsong (Beijing, 18
 *   November), `no-progress`: Japan explained that its position was
 *   unchanged, China kept its demand, the Chinese media's pictures of the
 *   meeting became a grievance of their own; nothing was agreed, and neither
 *   side broke the talks off. No leaders' meeting was held at the G20 (China
 *   said so on 17 November).
 * - Left out, for want of a dated report from an outlet that could be graded,
 *   or as not between the two governments: the drone of 24 November (one
 *   blog); the PLA Daily's "sea of fire" (known here only from a social-media
 *   quote); the coast guard's entries between those recorded (so days with
 *   nothing recorded are not days without ships); China's drills around Taiwan
 *   in late December (China – Taiwan); the pandas' return (January 2026);
 *   Japan's election of 8 February 2026 (domestic).
 */
import type { Actor, NegotiationEvent, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'china-japan-taiwan-remarks-2025';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 2025);
/** A recordedAt on a given day, UTC (the case runs into 2026). */
const rec = (day: string, time = '12:00'): string => `${day}T${time}:00Z`;

const CHINA: Actor = {
  id: 'china',
  name: "People's Republic of China",
  kind: 'state',
  aliases: ['China', 'Beijing', 'PRC', 'China Coast Guard', 'PLA'],
};
const JAPAN: Actor = {
  id: 'japan',
  name: 'Japan',
  kind: 'state',
  aliases: ['Tokyo', 'Government of Japan', 'Japan Coast Guard', 'Self-Defense Forces', 'SDF'],
};
const TAIWAN: Actor = { id: 'taiwan', name: 'Taiwan (Republic of China)', kind: 'state', aliases: ['Taipei'] };
const USA: Actor = { id: 'united-states', name: 'United States', kind: 'state', aliases: ['US', 'Washington'] };
const UNSG: Actor = {
  id: 'un-secretary-general',
  name: 'Secretary-General of the United Nations',
  kind: 'international-organisation',
  aliases: ['António Guterres', 'UN Secretary-General'],
};

const TAKAICHI: Person = { name: 'Sanae Takaichi', title: 'Prime Minister of Japan', actorId: 'japan' };
const KIHARA: Person = { name: 'Minoru Kihara', title: 'Chief Cabinet Secretary of Japan', actorId: 'japan' };
const FUNAKOSHI: Person = {
  name: 'Takehiro Funakoshi',
  title: 'Vice Minister for Foreign Affairs of Japan',
  actorId: 'japan',
};
const KANAI: Person = {
  name: 'Masaaki Kanai',
  title: 'Director-General, Asian and Oceanian Affairs Bureau, Ministry of Foreign Affairs of Japan',
  actorId: 'japan',
};
const KOIZUMI: Person = { name: 'Shinjiro Koizumi', title: 'Defence Minister of Japan', actorId: 'japan' };
const YAMAZAKI: Person = {
  name: 'Kazuyuki Yamazaki',
  title: 'Permanent Representative of Japan to the United Nations',
  actorId: 'japan',
};
const XUE: Person = { name: 'Xue Jian', title: 'Consul General of China in Osaka', actorId: 'china' };
const SUN: Person = { name: 'Sun Weidong', title: 'Vice Foreign Minister of China', actorId: 'china' };
const CN_MND: Person = { name: 'Ministry of National Defence of China (spokesperson)', actorId: 'china' };
const CN_MFA: Person = {
  name: 'Ministry of Foreign Affairs of China and its embassy in Japan (notice)',
  actorId: 'china',
};
const CN_MOE: Person = { name: 'Ministry of Education of China (study alert)', actorId: 'china' };
const CN_FILM: Person = {
  name: 'China Film Group and Chinese distributors (as reported by China Film News)',
  actorId: 'china',
};
const MAO: Person = { name: 'Mao Ning', title: 'Spokesperson, Ministry of Foreign Affairs of China', actorId: 'china' };
const LIN: Person = { name: 'Lin Jian', title: 'Spokesperson, Ministry of Foreign Affairs of China', actorId: 'china' };
const CN_GOV: Person = { name: 'Government of China (notice through diplomatic channels)', actorId: 'china' };
const FU: Person = {
  name: 'Fu Cong',
  title: 'Permanent Representative of China to the United Nations',
  actorId: 'china',
};
const LIU: Person = {
  name: 'Liu Jinsong',
  title: 'Director-General, Department of Asian Affairs, Ministry of Foreign Affairs of China',
  actorId: 'china',
};
const CCG: Person = { name: 'Liu Dejun', title: 'Spokesperson, China Coast Guard', actorId: 'china' };
const PLAN: Person = { name: 'PLA Navy (spokesperson)', actorId: 'china' };
const MOFCOM: Person = { name: 'Ministry of Commerce of China (announcement)', actorId: 'china' };
const WANG: Person = { name: 'Wang Yi', title: 'Foreign Minister of China', actorId: 'china' };
const GLASS: Person = { name: 'George Glass', title: 'US Ambassador to Japan', actorId: 'united-states' };

const S = {
  yomiuriNov10: source(
    "Takaichi Reflects on 'Survival-Threatening Situation' Comments; 'I Should Refrain from Making Explicit Remarks'",
    'The Japan News (Yomiuri Shimbun)',
    'https://japannews.yomiuri.co.jp/politics/politics-government/20251110-291855/',
    '2025-11-10',
    'B',
    2,
  ),
  nationNov11: source(
    'Takaichi declines to withdraw remark over Taiwan contingency',
    'The Nation (Thailand) (Yomiuri)',
    'https://www.nationthailand.com/blogs/news/world/40058046',
    '2025-11-11',
    'C',
    2,
  ),
  stratnewsNov10: source(
    "Japan protests Chinese diplomat's 'extremely inappropriate' post on Takaichi",
    'StratNews Global (Reuters)',
    'https://stratnewsglobal.com/?p=123336',
    '2025-11-10',
    'C',
    2,
  ),
  chinascopeNov10: source(
    "Chinese Consul General's post on Takaichi ignites diplomatic dispute",
    'China Scope (Radio France Internationale)',
    'https://chinascope.org/archives/39512',
    '2025-11-10',
    'C',
    2,
  ),
  yomiuriNov14: source(
    'China Summons Japanese Ambassador, Demands Takaichi Retract Remarks on Taiwan Contingency',
    'The Japan News (Yomiuri Shimbun)',
    'https://japannews.yomiuri.co.jp/world/asia-pacific/20251114-292584/',
    '2025-11-14',
    'B',
    2,
  ),
  peopleNov14: source(
    'China summons Japanese ambassador, makes serious démarches over erroneous remarks of Japanese Prime Minister regarding China',
    "People's Daily Online (Xinhua)",
    'http://en.people.cn/n3/2025/1114/c90000-20390264.html',
    '2025-11-14',
    'B',
    2,
  ),
  jijiNov14: source(
    "China Protests to Japan over Takaichi's Remark on Taiwan",
    'nippon.com (Jiji Press)',
    "https://www.nippon.com/en/news/yjj2025111400867/china-protests-to-japan-over-takaichi's-remark-on-taiwan.html",
    '2025-11-14',
    'B',
    2,
  ),
  adnkronosNov14: source(
    "China Protests to Japan over Takaichi's Remark on Taiwan",
    'Adnkronos (Jiji Press)',
    'https://english.adnkronos.com/2025/11/14/china-protests-to-japan-over-takaichis-remark-on-taiwan-2',
    '2025-11-14',
    'C',
    2,
  ),
  news18Nov15: source(
    'Chinese airlines begin refunding Japan flights after Beijing warns citizens against travel',
    'Topology Pro (News18)',
    'https://topologypro.one/chinese-airlines-begin-refunding-japan-flights-after-beijing-warns-citizens-against-travel-599801.html',
    '2025-11-15',
    'C',
    2,
  ),
  chinanewsNov22: source(
    "Fu Cong sends letter to UN Secretary-General on Japanese Prime Minister Takaichi's wrong words and deeds",
    'China News Online',
    'https://de.china-news-online.com/lang/English/505145.html',
    '2025-11-22',
    'C',
    2,
  ),
  menafnNov15: source(
    'Japan summons China’s ambassador following controversial comments',
    'MENAFN',
    'https://menafn.com/1110348580/Japan-summons-Chinas-ambassador-following-controversial-comments',
    '2025-11-15',
    'C',
    2,
  ),
  aljazeeraNov15: source(
    'China issues travel warning for Japan over threats to intervene in Taiwan',
    'The Daily World Bulletin (Al Jazeera)',
    'https://thedailyworldbulletin.com/china-issues-travel-warning-for-japan-over-threats-to-intervene-in-taiwan',
    '2025-11-15',
    'C',
    2,
  ),
  wionNov15: source(
    'After China asks citizens to avoid travelling to Japan, airlines offer full refunds by Dec 31',
    'WION (AFP)',
    'https://www.wionews.com/world/after-china-asks-citizens-to-avoid-travelling-to-japan-airlines-offer-full-refunds-by-dec-31-details-here-1763207805354',
    '2025-11-15',
    'C',
    2,
  ),
  devdiscourseNov16: source(
    'Tensions Rise: China Coast Guard Patrols Disputed Senkaku Waters',
    'Devdiscourse (Reuters)',
    'https://www.devdiscourse.com/article/law-order/3699518-tensions-rise-china-coast-guard-patrols-disputed-senkaku-waters',
    '2025-11-16',
    'C',
    2,
  ),
  lbcNov17: source(
    'Japan says scrambled aircraft after suspected Chinese drone near Taiwan',
    'LBCI (AFP)',
    'https://www.lbcgroup.tv/news/world-news/890466/japan-says-scrambled-aircraft-after-suspected-chinese-drone-near-taiwa/en',
    '2025-11-17',
    'C',
    2,
  ),
  jijiNov17g20: source(
    'Chinese Premier Not to Meet with Takaichi at G-20 Summit',
    'nippon.com (Jiji Press)',
    'https://www.nippon.com/en/news/yjj2025111700502/chinese-premier-not-to-meet-with-takaichi-at-g-20-summit.html',
    '2025-11-17',
    'B',
    2,
  ),
  jijiNov17films: source(
    'Japanese Movie Releases Reportedly Postponed in China',
    'nippon.com (Jiji Press)',
    'https://www.nippon.com/en/news/yjj2025111700701/japanese-movie-releases-reportedly-postponed-in-china.html',
    '2025-11-17',
    'B',
    2,
  ),
  ecnsNov18: source(
    'Japanese film releases suspended amid market assessment',
    'ECNS (China News Service)',
    'http://www.ecns.cn/news/politics/2025-11-18/detail-ihexemqz9465783.shtml',
    '2025-11-18',
    'B',
    2,
  ),
  dcboeeNov16: source(
    'China sends coast guard to Senkaku waters; warns students in Japan',
    'dcboee.us (Reuters copy)',
    'http://dcboee.us/?p=3746',
    '2025-11-16',
    'C',
    2,
  ),
  peopleNov18: source(
    'China does not accept unjustified representation by Japan over coast guard patrol: spokesperson',
    "People's Daily Online (Xinhua)",
    'http://en.people.cn/n3/2025/1118/c90000-20392064.html',
    '2025-11-18',
    'B',
    2,
  ),
  jijiNov18: source(
    "Japanese, Chinese Diplomats Meet over Takaichi's Remark",
    'nippon.com (Jiji Press)',
    "https://www.nippon.com/en/news/yjj2025111800118/japanese-chinese-diplomats-meet-over-takaichi's-remark.html",
    '2025-11-18',
    'B',
    2,
  ),
  asahiNov19: source(
    "Chinese media's images of 'diplomatic superiority' exacerbate Japan-China feud",
    'The Asahi Shimbun',
    'https://ajw-origin.potaufeu.asahi.com/ajw/articles/16167599',
    '2025-11-19',
    'B',
    2,
  ),
  joongangNov19: source(
    'China to halt Japanese seafood imports as tensions show no signs of easing',
    'Korea JoongAng Daily (Kyodo)',
    'https://koreajoongangdaily.joins.com/news/2025-11-19/world/world/China-to-halt-Japanese-seafood-imports-as-tensions-show-no-signs-of-easing/2458101',
    '2025-11-19',
    'B',
    2,
  ),
  malaymailNov19: source(
    'Hold the sushi: China bans Japanese seafood as diplomatic dispute deepens',
    'Malay Mail (Reuters)',
    'https://www.malaymail.com/news/world/2025/11/19/hold-the-sushi-china-bans-japanese-seafood-as-diplomatic-dispute-deepens/198956',
    '2025-11-19',
    'C',
    2,
  ),
  yomiuriNov21: source(
    "Takaichi: Survival-Threatening Situation to Be Determined on 'Case-By-Case Basis'",
    'The Japan News (Yomiuri Shimbun)',
    'https://japannews.yomiuri.co.jp/politics/politics-government/20251121-294125/',
    '2025-11-21',
    'B',
    2,
  ),
  peopleNov22: source(
    "China sends letter to UN chief expressing position on Japanese PM's erroneous remarks",
    "People's Daily Online (Xinhua)",
    'http://en.people.cn/n3/2025/1122/c90000-20393829.html',
    '2025-11-22',
    'B',
    2,
  ),
  jijiNov22: source(
    "China Sends U.N. Chief Letter over Japan PM's Taiwan Remarks",
    'nippon.com (Jiji Press)',
    "https://www.nippon.com/en/news/yjj2025112200314/china-sends-u-n-chief-letter-over-japan-pm's-taiwan-remarks.html",
    '2025-11-22',
    'B',
    2,
  ),
  jijiDec2: source(
    'China Envoy Sends U.N. Chief Another Letter on Takaichi Remarks',
    'nippon.com (Jiji Press)',
    'https://www.nippon.com/en/news/yjj2025120200236/china-envoy-sends-u-n-chief-another-letter-on-takaichi-remarks.html',
    '2025-12-02',
    'B',
    2,
  ),
  hurriyetDec2: source(
    'China, Japan in fresh incident around disputed islands',
    'Hürriyet Daily News (AFP)',
    'https://www.hurriyetdailynews.com/china-japan-in-fresh-incident-around-disputed-islands-216369',
    '2025-12-02',
    'B',
    2,
  ),
  peopleDec2: source(
    "Japanese fishing vessel expelled after illegally entering territorial waters of China's Diaoyu Dao",
    "People's Daily Online (Xinhua)",
    'http://en.people.cn/n3/2025/1202/c90000-20397400.html',
    '2025-12-02',
    'B',
    2,
  ),
  yomiuriDec7: source(
    'Chinese Fighter Jet Directed Radar on to ASDF F-15 Jet over International Waters; Japan Protested China',
    'The Japan News (Yomiuri Shimbun)',
    'https://japannews.yomiuri.co.jp/politics/defense-security/20251207-296966/',
    '2025-12-07',
    'B',
    2,
  ),
  cnaDec8: source(
    'Japan summons China envoy over fighter jet incident',
    'CNA (AFP)',
    'https://www.channelnewsasia.com/east-asia/japan-summons-china-envoy-fighter-jet-incident-5567006',
    '2025-12-08',
    'B',
    2,
  ),
  aerotimeDec8: source(
    'Japan protests Chinese J-15 radar targeting of F-15s near Okinawa',
    'AeroTime',
    'https://www.aerotime.aero/articles/japan-protests-chinese-j-15-radar-targeting-of-f-15s-near-okinawa',
    '2025-12-08',
    'C',
    2,
  ),
  jijiDec10: source(
    "China, Russia Bombers Fly Together off Japan's Shikoku for 1st Time",
    'nippon.com (Jiji Press)',
    "https://www.nippon.com/en/news/yjj2025121000546/china-russia-bombers-fly-together-off-japan's-shikoku-for-1st-time.html",
    '2025-12-10',
    'B',
    2,
  ),
  independentDec10: source(
    'Fighter jets respond to joint Russia-China air patrol',
    'The Independent',
    'https://www.the-independent.com/bulletin/news/russia-china-patrol-japan-south-korea-b2881521.html',
    '2025-12-10',
    'B',
    2,
  ),
  devdiscourseJan6: source(
    'China Restricts Dual-Use Exports to Japan Amid Taiwan Tensions',
    'Devdiscourse (Reuters)',
    'https://www.devdiscourse.com/article/science-environment/3751014-china-restricts-dual-use-exports-to-japan-amid-taiwan-tensions',
    '2026-01-06',
    'C',
    2,
  ),
  cnaJan7: source(
    'Japan urges China to drop controls on dual-use exports',
    'CNA (AFP)',
    'https://www.channelnewsasia.com/east-asia/japan-urges-china-drop-controls-dual-use-exports-5829036',
    '2026-01-07',
    'B',
    2,
  ),
  jijiJan7: source(
    'Japan Urges China to Revoke Dual-Use Goods Export Ban',
    'nippon.com (Jiji Press)',
    'https://www.nippon.com/en/news/yjj2026010700242/japan-urges-china-to-revoke-dual-use-goods-export-ban.html',
    '2026-01-07',
    'B',
    2,
  ),
  devdiscourseFeb9: source(
    'China-Japan Relations: Tensions Amid Political Changes',
    'Devdiscourse (Reuters)',
    'https://www.devdiscourse.com/article/law-order/3797928-china-japan-relations-tensions-amid-political-changes',
    '2026-02-09',
    'C',
    2,
  ),
  jijiFeb14: source(
    "China's Foreign Minister Raps Japan at Security Conference",
    'nippon.com (Jiji Press)',
    "https://www.nippon.com/en/news/yjj2026021400370/china's-foreign-minister-raps-japan-at-security-conference.html",
    '2026-02-14',
    'B',
    2,
  ),
  caixinFeb15: source(
    "China's Top Diplomat Warns Japan of 'Self-Destruction' if It Gambles on Taiwan",
    'Caixin Global',
    'https://www.caixinglobal.com/2026-02-15/chinas-top-diplomat-warns-japan-of-self-destruction-if-it-gambles-on-taiwan-102414934.html',
    '2026-02-15',
    'B',
    2,
  ),
  afpFeb20: source(
    "Japan's Takaichi says China seeks to change status quo 'with force or coercion'",
    'Sino Daily (AFP)',
    'http://www.sinodaily.com/afp/260220060209.q5q2l5im.html',
    '2026-02-20',
    'C',
    2,
  ),
};

/** Round ids. */
const R = { kanaiLiu: 'kanai-liu-beijing-2025-11-18' } as const;
/** Demand ids. */
const D = {
  retract: 'retract-taiwan-remarks',
  xuePost: 'act-on-consul-general-post',
  radar: 'prevent-radar-lock-recurrence',
  dualUse: 'withdraw-dual-use-export-ban',
} as const;

const events: NegotiationEvent[] = [
  // --- 7–10 November: the remark, the consul general's post ---
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '2025-11-07', recordedAt: rec('2025-11-10', '09:00') },
    {
      negotiationId: NEGOTIATION_ID,
      title: "China – Japan: Takaichi's Taiwan remarks and China's pressure, 2025–26",
      subject:
        "The crisis between China and Japan after Prime Minister Sanae Takaichi told the Diet (7 November 2025) that a Chinese attack on Taiwan with warships could be a survival-threatening situation allowing collective self-defence: the consul general's post, the summonses, China's demand that she retract, the travel and study advisories, the seafood, film and dual-use export measures, the coast guard and the aircraft around Japan's southwestern islands, the directors-general's talks, the letters to the UN Secretary-General, and China's words after Japan's election of February 2026.",
      parties: [CHINA, JAPAN],
      mediators: [],
    },
    [S.yomiuriNov10],
  ),
  ev(
    'ActorRegistered',
    'actor-taiwan',
    { occurredAt: '2025-11-07', recordedAt: rec('2025-11-10', '09:05') },
    { actor: TAIWAN, role: 'third-party' },
    [S.yomiuriNov10],
    { note: 'The subject of the remark; not a party to the dispute between Beijing and Tokyo.' },
  ),
  ev(
    'StatementMade',
    'stmt-takaichi-nov7',
    { occurredAt: '2025-11-07', recordedAt: rec('2025-11-10', '09:10') },
    {
      speaker: TAKAICHI,
      audience: 'House of Representatives Budget Committee',
      tone: 'warning',
      summary:
        'Asked about a Taiwan contingency, the prime minister says that a Chinese blockade of Taiwan by sea, with warships and the use of force, could constitute a survival-threatening situation as defined by the security legislation — the condition under which Japan may exercise collective self-defence. Her predecessors had left the question open.',
    },
    [S.yomiuriNov10],
  ),
  ev(
    'StatementMade',
    'stmt-xue-nov8',
    { occurredAt: '2025-11-08', recordedAt: rec('2025-11-10', '09:15') },
    {
      speaker: XUE,
      audience: 'japan',
      tone: 'threat',
      summary:
        'Sharing an Asahi Shimbun report of the remark on X, the consul general writes that "that dirty neck" which has lunged in must be cut off "without a moment\'s hesitation. Are you ready?" The post is deleted after Japan\'s complaint; he posts again that "a Taiwan contingency is a Japan contingency" is a path to death chosen by "foolish" Japanese politicians.',
      quote: "We have no choice but to cut off that dirty neck that has lunged at us without a moment's hesitation.",
    },
    [S.stratnewsNov10, S.chinascopeNov10],
    { note: 'A threat against the prime minister by a Chinese official; it names no state force (see the header).' },
  ),
  ev(
    'StatementMade',
    'stmt-kihara-nov10',
    { occurredAt: '2025-11-10', recordedAt: rec('2025-11-10', '12:00') },
    {
      speaker: KIHARA,
      audience: 'china',
      tone: 'accusation',
      summary:
        'The post is "extremely inappropriate" for a diplomat; the foreign ministry (Kanai, to the Chinese embassy, on 9 November) and the embassy in Beijing have lodged a strong protest and demanded its deletion; Xue has made "multiple inappropriate statements" before.',
    },
    [S.stratnewsNov10, S.chinascopeNov10],
  ),
  ev(
    'DemandTabled',
    'demand-xue',
    { occurredAt: '2025-11-09', recordedAt: rec('2025-11-10', '12:05') },
    {
      demandId: D.xuePost,
      by: 'japan',
      addressedTo: ['china'],
      text: "China deletes the consul general's post and takes appropriate action over it.",
      category: 'political',
    },
    [S.stratnewsNov10, S.chinascopeNov10],
  ),
  ev(
    'ActorRegistered',
    'actor-us',
    { occurredAt: '2025-11-10', recordedAt: rec('2025-11-10', '12:10') },
    { actor: USA, role: 'third-party' },
    [S.stratnewsNov10],
  ),
  ev(
    'StatementMade',
    'stmt-glass-nov10',
    { occurredAt: '2025-11-10', recordedAt: rec('2025-11-10', '12:15') },
    {
      speaker: GLASS,
      audience: 'china',
      tone: 'critical',
      summary:
        'Sharing the deleted post, the US ambassador says Xue "threatened Takaichi and the Japanese people": "The mask slips – again."',
    },
    [S.stratnewsNov10],
  ),
  ev(
    'StatementMade',
    'stmt-takaichi-nov10',
    { occurredAt: '2025-11-10', recordedAt: rec('2025-11-11', '09:00') },
    {
      speaker: TAKAICHI,
      audience: 'House of Representatives Budget Committee',
      tone: 'neutral',
      summary:
        'Asked by the opposition to withdraw the remark: "I remarked in line with the government\'s conventional position, so I will not retract it"; she will refrain from explicit remarks on specific scenarios.',
    },
    [S.yomiuriNov10, S.nationNov11],
  ),
  // --- 13–16 November: the summonses, the threats, the advisories ---
  ev(
    'DemandTabled',
    'demand-retract',
    { occurredAt: '2025-11-13', recordedAt: rec('2025-11-14', '06:05') },
    {
      demandId: D.retract,
      by: 'china',
      addressedTo: ['japan'],
      text: 'Prime Minister Takaichi retracts her remarks on a Taiwan contingency.',
      category: 'political',
    },
    [S.yomiuriNov14, S.jijiNov14],
  ),
  ev(
    'StatementMade',
    'stmt-mnd-nov14',
    { occurredAt: '2025-11-14', recordedAt: rec('2025-11-14', '09:00') },
    {
      speaker: CN_MND,
      audience: 'japan',
      tone: 'military-threat',
      summary:
        'If Japan uses force in a contingency involving Taiwan, it will only "suffer a crushing defeat" and "pay a heavy price".',
    },
    [S.jijiNov14, S.adnkronosNov14],
  ),
  ev(
    'PositionTaken',
    'pos-japan-retract',
    { occurredAt: '2025-11-14', recordedAt: rec('2025-11-14', '09:05') },
    {
      demandId: D.retract,
      actorId: 'japan',
      stance: 'rejected',
      speaker: KIHARA,
      conditions:
        "The government's stance on Taiwan is as stated in the 1972 joint statement and has not changed; the prime minister has said she will not retract the remark.",
    },
    [S.adnkronosNov14, S.nationNov11],
  ),
  ev(
    'StatementMade',
    'stmt-funakoshi-nov14',
    { occurredAt: '2025-11-14', recordedAt: rec('2025-11-15', '09:00') },
    {
      speaker: FUNAKOSHI,
      audience: 'china',
      tone: 'accusation',
      summary:
        'The vice minister summons Ambassador Wu Jianghao with a "strong protest regarding the highly inappropriate remarks" of Xue and again demands that China take appropriate action; Wu states China\'s position and Funakoshi rebuts it.',
    },
    [S.menafnNov15],
  ),
  ev(
    'StatementMade',
    'stmt-sun-nov13',
    { occurredAt: '2025-11-13', recordedAt: rec('2025-11-15', '09:02') },
    {
      speaker: SUN,
      audience: 'japan',
      tone: 'threat',
      summary:
        'Summoning Ambassador Kenji Kanasugi, the vice minister makes "serious démarches": the remark would destroy the political foundation of relations, the 1.4 billion Chinese "will never forgive it", Japan "must take full responsibility" if it does not retract, and anyone who dares to interfere in China\'s reunification "in any form" will be dealt a heavy blow. Kanasugi explains Japan\'s position and protests Xue\'s post.',
    },
    [S.peopleNov14, S.yomiuriNov14, S.jijiNov14, S.news18Nov15],
  ),
  ev(
    'StatementMade',
    'stmt-advisory-nov14',
    { occurredAt: '2025-11-14', recordedAt: rec('2025-11-15', '09:05') },
    {
      speaker: CN_MFA,
      audience: 'japan',
      tone: 'accusation',
      summary:
        'Late on 14 November: Japanese leaders\' "blatantly provocative remarks" on Taiwan have severely damaged the atmosphere for exchanges and pose "significant risks to the personal safety and lives of Chinese citizens in Japan"; the ministry, embassy and consulates remind citizens "to avoid travelling to Japan in the near future". On 15 November Air China, China Southern, China Eastern and other airlines offer free refunds and changes on Japan flights to 31 December.',
    },
    [S.aljazeeraNov15, S.wionNov15],
    {
      cameo: '163',
      note: 'A travel advisory against the other party (CAMEO 163, boycott); not a border closure: flights run.',
    },
  ),
  ev(
    'StatementMade',
    'stmt-kihara-nov15',
    { occurredAt: '2025-11-15', recordedAt: rec('2025-11-15', '09:10') },
    {
      speaker: KIHARA,
      audience: 'china',
      tone: 'critical',
      summary:
        'Beijing\'s call on its citizens is "inconsistent with the promotion of a strategic and mutually beneficial relationship".',
    },
    [S.aljazeeraNov15],
  ),
  ev(
    'IncidentReported',
    'inc-drone-nov15',
    { occurredAt: '2025-11-15', recordedAt: rec('2025-11-17', '09:00') },
    {
      incidentId: 'drone-yonaguni-2025-11-15',
      kind: 'force-posture',
      perpetrator: 'china',
      allegedBy: 'japan',
      against: 'japan',
      target: 'airspace near Yonaguni, Japan’s southernmost island',
      place: 'Yonaguni',
      description:
        'A drone "believed to be of Chinese origin" flies between Yonaguni and Taiwan; fighters of the Air Self-Defense Force\'s Southwest Air Defense Command scramble (defence ministry on X). No airspace violation or harm reported.',
    },
    [S.lbcNov17],
  ),
  ev(
    'IncidentReported',
    'inc-ccg-nov16',
    { occurredAt: '2025-11-16', recordedAt: rec('2025-11-17', '09:05') },
    {
      incidentId: 'ccg-patrol-2025-11-16',
      kind: 'force-posture',
      perpetrator: 'china',
      against: 'japan',
      target: 'territorial sea of the islands',
      place: 'Senkaku (Diaoyu) Islands',
      description:
        'A formation of China Coast Guard ships passes through the waters of the islands on a "rights enforcement patrol", which the coast guard calls lawful; no contact with Japanese ships is reported.',
    },
    [S.devdiscourseNov16],
  ),
  ev(
    'StatementMade',
    'stmt-moe-nov16',
    { occurredAt: '2025-11-16', recordedAt: rec('2025-11-17', '09:10') },
    {
      speaker: CN_MOE,
      audience: 'japan',
      tone: 'accusation',
      summary:
        'The education ministry advises students to "carefully reconsider" studying in Japan, citing the security environment, and tells those there to watch the local situation closely. Not a ban.',
    },
    [S.dcboeeNov16],
    { cameo: '163', note: 'A study advisory against the other party (CAMEO 163, boycott).' },
  ),
  // --- 17–19 November: the films, the talks, the seafood ---
  ev(
    'StatementMade',
    'stmt-mao-nov17',
    { occurredAt: '2025-11-17', recordedAt: rec('2025-11-17', '12:00') },
    {
      speaker: MAO,
      audience: 'japan',
      tone: 'critical',
      summary:
        'No meeting between Premier Li Qiang and Takaichi has been arranged at the G20 in Johannesburg; the spokesperson criticises the remark and demands that Takaichi withdraw it.',
    },
    [S.jijiNov17g20],
    { cameo: '160' },
  ),
  ev(
    'StatementMade',
    'stmt-films-nov17',
    { occurredAt: '2025-11-17', recordedAt: rec('2025-11-18', '09:00') },
    {
      speaker: CN_FILM,
      audience: 'japan',
      tone: 'critical',
      summary:
        'The releases of "Crayon Shin-chan the Movie" (due 6 December) and "Cells at Work!" (due 22 November) are postponed, a "prudent decision" after assessing the market and Chinese audiences\' sentiment since the remark; no new dates.',
    },
    [S.jijiNov17films, S.ecnsNov18],
    {
      cameo: '163',
      note: "Withheld by their state importer and distributors (China Film Group), recorded as China's act.",
    },
  ),
  ev(
    'StatementMade',
    'stmt-mao-nov18',
    { occurredAt: '2025-11-18', recordedAt: rec('2025-11-18', '12:00') },
    {
      speaker: MAO,
      audience: 'japan',
      tone: 'accusation',
      summary:
        "Diaoyu Dao is China's inherent territory: China does not accept Japan's representations over the patrol of 16 November, when four coast guard ships entered the waters and Kihara announced a stern protest.",
    },
    [S.peopleNov18],
  ),
  ev(
    'TalksRoundOpened',
    'round-kanai-liu-opened',
    { occurredAt: '2025-11-18', recordedAt: rec('2025-11-19', '09:00') },
    {
      roundId: R.kanaiLiu,
      label: 'Directors-general Masaaki Kanai and Liu Jinsong (Beijing)',
      format: 'formal',
      venue: 'Ministry of Foreign Affairs of China, Beijing',
      delegations: [
        { actorId: 'japan', head: KANAI },
        { actorId: 'china', head: LIU },
      ],
    },
    [S.jijiNov18, S.asahiNov19],
    { note: 'Arranged before the crisis; it became a meeting on the remark. Kanai arrived on 17 November.' },
  ),
  ev(
    'TalksRoundConcluded',
    'round-kanai-liu-concluded',
    { occurredAt: '2025-11-18', recordedAt: rec('2025-11-19', '09:05') },
    {
      roundId: R.kanaiLiu,
      outcome: 'no-progress',
      summary:
        "Kanai explains that the remark does not change Japan's position and seeks the withdrawal of the travel advisory; Liu keeps China's position. Nothing is agreed; Chinese television then shows Liu, hands in pockets, 'lecturing' Kanai, and Tokyo complains of press arrangements made without coordination.",
    },
    [S.jijiNov18, S.asahiNov19],
  ),
  ev(
    'StatementMade',
    'stmt-seafood-nov19',
    { occurredAt: '2025-11-19', recordedAt: rec('2025-11-19', '12:00') },
    {
      speaker: CN_GOV,
      audience: 'japan',
      tone: 'accusation',
      summary:
        'China tells Japan through diplomatic channels that it suspends imports of Japanese seafood, citing the need to monitor the treated water released from Fukushima — less than two weeks after the first shipment in more than two years.',
    },
    [S.joongangNov19, S.malaymailNov19],
    { cameo: '163', note: 'An import suspension against the other party (CAMEO 163).' },
  ),
  ev(
    'StatementMade',
    'stmt-kihara-nov19',
    { occurredAt: '2025-11-19', recordedAt: rec('2025-11-19', '12:05') },
    {
      speaker: KIHARA,
      audience: 'china',
      tone: 'critical',
      summary:
        'Japan has raised the press arrangements of the Beijing talks, made "without coordination"; it pursues dialogue to de-escalate, with "no change in our policy".',
    },
    [S.asahiNov19],
  ),
  // --- 21 November – 2 December: the letters, the islands ---
  ev(
    'ActorRegistered',
    'actor-unsg',
    { occurredAt: '2025-11-21', recordedAt: rec('2025-11-22', '09:00') },
    { actor: UNSG, role: 'third-party' },
    [S.peopleNov22],
    { note: "The addressee of both sides' letters; no act of its own is recorded." },
  ),
  ev(
    'StatementMade',
    'stmt-fu-nov21',
    { occurredAt: '2025-11-21', recordedAt: rec('2025-11-22', '09:05') },
    {
      speaker: FU,
      audience: 'japan',
      tone: 'military-threat',
      summary:
        'In a letter to Secretary-General Guterres, to be circulated as a General Assembly document: the remarks are "the first time Japan has issued a threat of force against China"; Japan refuses to retract; if Japan dares to intervene in the Taiwan Strait situation with force, "it will constitute an act of aggression", and China "will resolutely exercise the right of self-defense conferred by the United Nations Charter and international law".',
    },
    [S.peopleNov22, S.jijiNov22, S.chinanewsNov22],
  ),
  ev(
    'StatementMade',
    'stmt-takaichi-nov21',
    { occurredAt: '2025-11-21', recordedAt: rec('2025-11-22', '09:10') },
    {
      speaker: TAKAICHI,
      audience: 'china',
      tone: 'conciliatory',
      summary:
        'A survival-threatening situation is judged case by case; "there is absolutely no change in our policy" of a strategic, mutually beneficial and "constructive and stable" relationship with China. She does not say whether she will retract.',
    },
    [S.yomiuriNov21],
  ),
  ev(
    'StatementMade',
    'stmt-yamazaki-nov24',
    { occurredAt: '2025-11-24', recordedAt: rec('2025-12-02', '09:00') },
    {
      speaker: YAMAZAKI,
      audience: 'china',
      tone: 'critical',
      summary: "Japan's ambassador writes to the Secretary-General rebutting the arguments of Fu Cong's letter.",
    },
    [S.jijiDec2],
  ),
  ev(
    'StatementMade',
    'stmt-fu-dec1',
    { occurredAt: '2025-12-01', recordedAt: rec('2025-12-02', '09:05') },
    {
      speaker: FU,
      audience: 'japan',
      tone: 'accusation',
      summary:
        'A second letter to the Secretary-General: Yamazaki\'s letter makes "unreasonable arguments", dodges the key issues and "groundlessly" accuses China; Takaichi\'s words have damaged the political foundation of relations and she should "immediately retract" them.',
    },
    [S.jijiDec2],
  ),
  ev(
    'IncidentReported',
    'inc-ccg-dec2',
    { occurredAt: '2025-12-02', recordedAt: rec('2025-12-02', '12:00') },
    {
      incidentId: 'ccg-fishing-boat-2025-12-02',
      kind: 'force-posture',
      perpetrator: 'china',
      against: 'japan',
      target: 'a Japanese fishing boat in the territorial sea of the islands',
      place: 'Senkaku (Diaoyu) Islands',
      description:
        'Two China Coast Guard ships enter the territorial sea in the early hours and sail towards a Japanese fishing boat; China says they took "necessary control measures" and drove it away, Japan that its coast guard ordered them out and kept with the boat until they left a few hours later. No contact, no one harmed.',
    },
    [S.hurriyetDec2, S.peopleDec2],
  ),
  ev(
    'StatementMade',
    'stmt-ccg-dec2',
    { occurredAt: '2025-12-02', recordedAt: rec('2025-12-02', '12:05') },
    {
      speaker: CCG,
      audience: 'japan',
      tone: 'accusation',
      summary:
        'The Japanese boat "illegally entered" China\'s territorial waters; Japan must "immediately cease all acts of infringement and provocation"; the coast guard will go on with its law enforcement there.',
    },
    [S.peopleDec2],
  ),
  // --- 6–10 December: the radar locks, the bombers ---
  ev(
    'IncidentReported',
    'inc-radar-dec6',
    { occurredAt: '2025-12-06T07:32:00Z', recordedAt: rec('2025-12-07', '06:00') },
    {
      incidentId: 'radar-lock-2025-12-06',
      kind: 'force-posture',
      perpetrator: 'china',
      allegedBy: 'japan',
      against: 'japan',
      target: 'Air Self-Defense Force F-15s shadowing the Liaoning group',
      place: 'Pacific southeast of Okinawa',
      description:
        'J-15 fighters from the carrier Liaoning intermittently direct their fire-control radar at an F-15 from 16:32 to 16:35 and at another from 18:37 to 19:08 local time, over international waters; no weapon fired, nobody hurt. Japan protests the same day through diplomatic and defence channels.',
    },
    [S.yomiuriDec7],
  ),
  ev(
    'StatementMade',
    'stmt-koizumi-dec7',
    { occurredAt: '2025-12-07', recordedAt: rec('2025-12-07', '06:05') },
    {
      speaker: KOIZUMI,
      audience: 'china',
      tone: 'accusation',
      summary:
        'At an emergency press conference: the radar illumination is a "dangerous act" beyond what safe flight needs, "extremely regrettable"; Japan has protested through diplomatic and defence channels.',
    },
    [S.yomiuriDec7],
  ),
  ev(
    'StatementMade',
    'stmt-funakoshi-dec7',
    { occurredAt: '2025-12-07', recordedAt: rec('2025-12-08', '09:00') },
    {
      speaker: FUNAKOSHI,
      audience: 'china',
      tone: 'accusation',
      summary:
        'Summoning Ambassador Wu Jianghao: "a strong protest that such dangerous acts are extremely regrettable"; China must ensure they do not recur.',
    },
    [S.cnaDec8],
  ),
  ev(
    'DemandTabled',
    'demand-radar',
    { occurredAt: '2025-12-07', recordedAt: rec('2025-12-08', '09:05') },
    {
      demandId: D.radar,
      by: 'japan',
      addressedTo: ['china'],
      text: "China ensures that its aircraft do not again direct fire-control radar at Japan's aircraft.",
      category: 'security',
    },
    [S.cnaDec8],
  ),
  ev(
    'PositionTaken',
    'pos-china-radar',
    { occurredAt: '2025-12-07', recordedAt: rec('2025-12-08', '09:10') },
    {
      demandId: D.radar,
      actorId: 'china',
      stance: 'rejected',
      speaker: PLAN,
      conditions:
        'Japan\'s claim is "completely inconsistent with the facts"; its aircraft repeatedly approached and disrupted the carrier group\'s announced training.',
    },
    [S.cnaDec8, S.aerotimeDec8],
  ),
  ev(
    'IncidentReported',
    'inc-bombers-dec9',
    { occurredAt: '2025-12-09', recordedAt: rec('2025-12-10', '09:00') },
    {
      incidentId: 'bombers-shikoku-2025-12-09',
      kind: 'force-posture',
      perpetrator: 'china',
      against: 'japan',
      target: 'the approaches to Japan',
      place: 'Pacific off Shikoku',
      description:
        'Two Chinese H-6 bombers join two Russian Tu-95s over the East China Sea and fly together between Okinawa and Miyako to the Pacific off Shikoku and back, escorted by Chinese J-16s — the first such joint flight towards Shikoku; Japan scrambles fighters. No airspace violated.',
    },
    [S.jijiDec10, S.independentDec10],
  ),
  ev(
    'StatementMade',
    'stmt-kihara-dec10',
    { occurredAt: '2025-12-10', recordedAt: rec('2025-12-10', '09:05') },
    {
      speaker: KIHARA,
      audience: 'china',
      tone: 'accusation',
      summary:
        'The joint flight "should be taken as a coercive action against Japan"; Japan has conveyed its "grave national security concern" to Beijing and Moscow.',
    },
    [S.jijiDec10],
  ),
  // --- January–February 2026 ---
  ev(
    'StatementMade',
    'stmt-mofcom-jan6',
    { occurredAt: '2026-01-06', recordedAt: rec('2026-01-07', '09:00') },
    {
      speaker: MOFCOM,
      audience: 'japan',
      tone: 'accusation',
      summary:
        'Effective immediately, exports of all dual-use items to Japanese military users, for military purposes or for any use that could enhance Japan\'s military capabilities are banned, and transfers of Chinese-origin items to Japan from any country are liable; a spokesperson cites the Japanese leader\'s remarks "implying the possibility of armed intervention in the Taiwan Strait".',
    },
    [S.devdiscourseJan6, S.cnaJan7],
    { cameo: '163', note: 'An export ban against the other party (CAMEO 163).' },
  ),
  ev(
    'StatementMade',
    'stmt-kanai-jan6',
    { occurredAt: '2026-01-06', recordedAt: rec('2026-01-07', '09:05') },
    {
      speaker: KANAI,
      audience: 'china',
      tone: 'accusation',
      summary:
        'To Shi Yong, deputy chief of mission of the Chinese embassy, hours after the announcement: the measures target only Japan and "deviate significantly from international practice", are "absolutely unacceptable and deeply regrettable"; Japan demands their withdrawal.',
    },
    [S.cnaJan7, S.jijiJan7],
  ),
  ev(
    'DemandTabled',
    'demand-dual-use',
    { occurredAt: '2026-01-06', recordedAt: rec('2026-01-07', '09:10') },
    {
      demandId: D.dualUse,
      by: 'japan',
      addressedTo: ['china'],
      text: 'China withdraws its ban on exports of dual-use items to Japan.',
      category: 'economic',
    },
    [S.cnaJan7, S.jijiJan7],
  ),
  ev(
    'StatementMade',
    'stmt-lin-feb9',
    { occurredAt: '2026-02-09', recordedAt: rec('2026-02-09', '12:00') },
    {
      speaker: LIN,
      audience: 'japan',
      tone: 'critical',
      summary:
        "After the ruling coalition's election victory of 8 February: China's policy towards Japan is unchanged, and Takaichi should retract her remarks on Taiwan.",
    },
    [S.devdiscourseFeb9],
  ),
  ev(
    'StatementMade',
    'stmt-wang-feb14',
    { occurredAt: '2026-02-14', recordedAt: rec('2026-02-15', '09:00') },
    {
      speaker: WANG,
      audience: 'japan',
      tone: 'warning',
      summary:
        'At the Munich Security Conference: the remark directly violates China\'s territorial sovereignty and is "absolutely unacceptable"; Japan still harbours ambitions over Taiwan and "the ghost of militarism" haunts it; if it strays again it courts "self-destruction".',
    },
    [S.jijiFeb14, S.caixinFeb15],
  ),
  ev(
    'StatementMade',
    'stmt-takaichi-feb20',
    { occurredAt: '2026-02-20', recordedAt: rec('2026-02-20', '12:00') },
    {
      speaker: TAKAICHI,
      audience: 'china',
      tone: 'critical',
      summary:
        'To the Diet: China is "intensifying its attempts to unilaterally change the status quo by force or coercion" in the East and South China Seas; Japan still seeks a "constructive and stable" relationship and will keep communicating and respond calmly.',
    },
    [S.afpFeb20],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'china-japan-2025.jsonl',
  logEnd: '2026-03-01T00:00:00Z',
  events,
};

export default definition;
