/**
 * A test fixture, not a shipped example: the dispute between Japan and South
 * Korea from the Korean Supreme Court's forced-labour ruling against Nippon
 * Steel (30 October 2018) to the settlement of 2023, as an analyst following
 * the news could have recorded it — Japan's protest and demand; the radar
 * lock-on (20 December 2018), Japan's demand for an apology, the defence
 * consultations in Singapore that Japan broke off (21 January 2019) and the
 * patrol-plane fly-by Seoul called a provocation (23 January); Japan's request
 * for consultations (9 January) and arbitration (20 May, 19 June) under the
 * 1965 Claims Agreement, Seoul's counter-proposal and its refusal; Japan's
 * export controls on three chemicals (in force 4 July 2019) and the removal of
 * South Korea from its white list (2 August, in force 28 August); Moon's
 * warnings and Seoul's own white-list removal (12 August); the Beijing meeting
 * of the foreign ministers; Seoul's notice to end GSOMIA (22–23 August) and
 * the suspension of that notice hours before expiry (22 November); the WTO
 * complaint (11 September), suspended and resumed (June 2020); the
 * export-control dialogue (16 December 2019) and the Abe–Moon summit in
 * Chengdu (24 December); the friction of 2021 (the comfort-women ruling, the
 * Fukushima water); the Yoon–Kishida meetings of 2022; the compensation plan
 * (6 March 2023), the Tokyo summit (16 March), the lifting of the export
 * controls and the withdrawal of the WTO complaint (23 March), Seoul's
 * protest over Japanese textbooks (28 March), the two white lists restored
 * (24 April; 27 June, in force 21 July) and Kishida in Seoul (7 May).
 * Escalation model v2 was never tuned on it: it is the case the model is held
 * to in japan-south-korea-2018.spec.ts, against the calls an analyst makes
 * from DOMAIN.md §5b alone.
 *
 * What it tests that the other cases did not: a dispute between two allies of
 * the United States with no force at all — demands, trade measures, an
 * intelligence agreement threatened and kept, one military incident without
 * harm — whether the model keeps it at 2–3 and never reads hostilities, and
 * when it returns to 1 after the 2023 settlement.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source.
 *
 * Grading as in examples/README.md: B = established outlet, national news
 * agency (Yonhap, Kyodo, Jiji) or wire copy (AP, AFP, Reuters); C = smaller
 * outlet, aggregator or mirror of a wire or agency story; 2 = an on-record
 * statement or act several outlets agree on, or one established outlet
 * reports; 3 = one side's unverified claim about the other.
 *
 * Judgement calls, recorded as an analyst would:
 * - The pair is Japan and South Korea (the parties). The United States is
 *   registered when it first acts in the dispute (Pompeo urging dialogue, 22
 *   August 2019) as a mediator: it pressed both to keep GSOMIA and to talk,
 *   and the December 2019 export-control dialogue took place "thanks to
 *   mediation by the United States" (Jiji). China hosted the Chengdu summit
 *   and is not an actor of the dispute.
 * - The Supreme Court's ruling is not a government's act: it is recorded
 *   through Japan's protest and demand the same day. The other rulings
 *   (Mitsubishi, November 2018), the asset seizures and the comfort-women
 *   ruling of January 2021 are recorded the same way, through the protests.
 * - The radar lock-on (20 December 2018) is a `force-posture` of South Korea
 *   against Japan, as Japan alleges it (South Korea denies using its
 *   fire-control radar): a targeting radar directed at an aircraft, no weapon
 *   fired, no one harmed — a show of force, not force used on the other's
 *   people (so not `non-lethal-force`, which is water cannon, ramming, lasers).
 *   The fly-by of 23 January 2019 near Ieodo is a `force-posture` of Japan
 *   against South Korea, as Seoul alleges it (Japan says the plane flew at
 *   more than twice the height Seoul gives). Seoul's earlier complaints of low
 *   flights (20 December, 18 and 22 January) are in that statement's text.
 *   Both acts are recorded at one place written one way ("Sea of Japan (East
 *   Sea)" for the first; "East China Sea, near Ieodo" for the second).
 * - Seoul's warning that its military "will strongly respond based on our
 *   response rules" if the flights recur is a `warning` (CAMEO 130), not a
 *   threat of war: a rule of engagement for one kind of encounter, no force
 *   threatened against Japan as such.
 * - The defence consultations on the radar incident (Singapore, 14 January
 *   2019) are a round, concluded `collapsed` on 21 January, when Japan's
 *   defence ministry issued its "final statement" and declared that "it has
 *   become difficult to continue to hold consultations".
 * - Japan's requests under the 1965 Claims Agreement (consultations, 9
 *   January 2019; an arbitration panel, 20 May; a panel chosen by third
 *   countries, 19 June, due 18 July) are demands with the treaty's own
 *   30-day periods, not ultimatums: their consequence is the treaty's next
 *   step, no sanction was announced with them. South Korea let the first
 *   periods pass without an answer (no position recorded), counter-proposed
 *   the "1+1" fund on 19 June (Japan rejected it the same day), and rejected
 *   the panel by the 18 July deadline (Moon: the deadline is arbitrary).
 * - Trade measures have no development type of their own: each is recorded
 *   once, as the government announcing or applying it, with CAMEO 163 (impose
 *   embargo, boycott or sanctions) — Japan's controls on the three chemicals
 *   on the day they took effect (4 July 2019; announced 1 July), the removal
 *   of South Korea from Japan's white list on the day of the cabinet's
 *   decision (2 August; in force 28 August), Seoul's removal of Japan from its
 *   own on the day it was announced (12 August; in force 18 September). They
 *   are not border closures: goods still crossed under licence, and Japan
 *   issued licences from August. Their lifting is recorded the same way, with
 *   CAMEO 085 (ease economic sanctions). The Korean consumers' boycott is not
 *   a government's act and is not recorded.
 * - The WTO complaint (11 September 2019) and its resumption (2 June 2020) are
 *   Seoul's statements with CAMEO 115 (bring lawsuit against).
 * - GSOMIA (signed 23 November 2016) is recorded as an agreement of kind
 *   `partial` when it enters the dispute. Seoul's decision of 22 August 2019 is
 *   its statement; the notice delivered on 23 August is South Korea's
 *   `withdrawn` (the pact would have expired at midnight on 22 November). On
 *   22 November Seoul suspended the effect of the notice "on the condition
 *   that the agreement can be terminated at any time": the pact stayed in
 *   force and applied, so its status is `in-force` again, the condition in
 *   the reason. Yoon's "complete normalisation" of March 2023 is a statement.
 * - Meetings: the foreign ministers near Beijing (21 August 2019, no
 *   substantive agreement: `no-progress`); the export-control dialogue (16
 *   December 2019, "mutual understanding" improved, next round agreed:
 *   `progress`); the Abe–Moon summit in Chengdu (24 December 2019, the first
 *   formal one in 15 months: `progress` — the sources say the two began to
 *   patch up ties, nothing was agreed); Yoon and Kishida in New York (21
 *   September 2022, `informal`) and Phnom Penh (13 November 2022); the Tokyo
 *   summit (16 March 2023) with the agreement on export controls reached at
 *   the policy dialogue that week (kind `partial`: Japan lifts the controls on
 *   the three materials, Seoul withdraws its WTO complaint, the white lists to
 *   be discussed; shuttle diplomacy and the security dialogue resumed), one
 *   occurrence with the round; Kishida in Seoul (7 May 2023).
 * - The compensation plan of 6 March 2023 is South Korea's answer to Japan's
 *   demand of 2018 (`accepted`: the rulings to be paid by a Korean foundation,
 *   not the Japanese firms), with Park Jin's and Kishida's statements.
 * - Seoul's protest over the Japanese textbooks (28 March 2023: the Japanese
 *   chargé summoned, "strongly protest … unjust claims over Dokdo") is an
 *   accusation like the others: recorded although it fell in the thaw.
 * - Left out for want of a dated source found in time, or as not between the
 *   two governments: the Mitsubishi rulings and the asset seizures themselves,
 *   the dissolution of the 2015 comfort-women foundation (November 2018), the
 *   working-level meeting of 12 July 2019, the Bangkok meeting of 1 August
 *   2019, the export-control dialogue of March 2020, the WTO panel's
 *   establishment (a WTO act), the annual Takeshima Day and Yasukuni protests,
 *   the Sado mine nomination (2022), the Camp David summit (August 2023).
 *   Days with nothing recorded are not days with nothing said.
 */
import type { Actor, NegotiationEvent, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'japan-south-korea-2018';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 2018);
/** A recordedAt on a given day, UTC (the case runs over five years). */
const rec = (day: string, time = '12:00'): string => `${day}T${time}:00Z`;

const JAPAN: Actor = { id: 'japan', name: 'Japan', kind: 'state', aliases: ['Tokyo', 'Government of Japan'] };
const KOREA: Actor = {
  id: 'south-korea',
  name: 'Republic of Korea',
  kind: 'state',
  aliases: ['South Korea', 'ROK', 'Seoul'],
};
const USA: Actor = { id: 'united-states', name: 'United States', kind: 'state', aliases: ['US', 'Washington'] };

const ABE: Person = { name: 'Shinzo Abe', title: 'Prime Minister of Japan', actorId: 'japan' };
const KONO: Person = { name: 'Taro Kono', title: 'Foreign Minister of Japan', actorId: 'japan' };
const AKIBA: Person = { name: 'Takeo Akiba', title: 'Vice Foreign Minister of Japan', actorId: 'japan' };
const IWAYA: Person = { name: 'Takeshi Iwaya', title: 'Defence Minister of Japan', actorId: 'japan' };
const JP_MOD: Person = { name: 'Ministry of Defense of Japan (statement)', actorId: 'japan' };
const METI: Person = { name: 'Ministry of Economy, Trade and Industry of Japan', actorId: 'japan' };
const JP_CABINET: Person = { name: 'Cabinet of Japan (decision)', actorId: 'japan' };
const KISHIDA: Person = { name: 'Fumio Kishida', title: 'Prime Minister of Japan', actorId: 'japan' };
const MOON: Person = { name: 'Moon Jae-in', title: 'President of South Korea', actorId: 'south-korea' };
const YOON: Person = { name: 'Yoon Suk Yeol', title: 'President of South Korea', actorId: 'south-korea' };
const KR_MND: Person = { name: 'Ministry of National Defense of South Korea', actorId: 'south-korea' };
const SUH_WOOK: Person = {
  name: 'Suh Wook',
  title: 'Chief Director of Operations, Joint Chiefs of Staff of South Korea',
  actorId: 'south-korea',
};
const KIM_YOU_GEUN: Person = {
  name: 'Kim You-geun',
  title: 'Deputy Director of the National Security Office of South Korea',
  actorId: 'south-korea',
};
const HONG: Person = { name: 'Hong Nam-ki', title: 'Finance Minister of South Korea', actorId: 'south-korea' };
const SUNG: Person = { name: 'Sung Yun-mo', title: 'Trade Minister of South Korea', actorId: 'south-korea' };
const YOO: Person = { name: 'Yoo Myung-hee', title: 'Trade Minister of South Korea', actorId: 'south-korea' };
const MOTIE: Person = { name: 'Ministry of Trade, Industry and Energy of South Korea', actorId: 'south-korea' };
const CHOI: Person = {
  name: 'Choi Jong-moon',
  title: 'Second Vice Foreign Minister of South Korea',
  actorId: 'south-korea',
};
const CHO: Person = {
  name: 'Cho Hyun-dong',
  title: 'First Vice Foreign Minister of South Korea',
  actorId: 'south-korea',
};
const PARK_JIN: Person = { name: 'Park Jin', title: 'Foreign Minister of South Korea', actorId: 'south-korea' };

const S = {
  rapplerOct30: source(
    'Japan denounces South Korean court ruling on wartime forced labor',
    'Rappler (AFP)',
    'https://rappler.com/world/asia-pacific/japan-denounces-south-korean-court-ruling-on-wartime-forced-labor',
    '2018-10-30',
    'B',
    2,
  ),
  comoxNov1: source(
    'S Korean Supreme Court orders Nippon Steel to compensate wartime forced laborers',
    'HQ Comox Valley',
    'http://hqcomoxvalley.com/2018/11/s-korean-supreme-court-orders-nippon-steel-to-compensate/',
    '2018-11-01',
    'C',
    2,
  ),
  dongaDec24: source(
    'Japan protests S. Korean destroyer targeting Japanese patrol plane',
    'The Dong-A Ilbo',
    'https://www.donga.com/en/article/all/20181224/1588023/1',
    '2018-12-24',
    'B',
    2,
  ),
  japantimesJan9: source(
    'Japan to seek talks with South Korea over assets seizure in forced labor cases',
    'The Japan Times (Kyodo)',
    'https://www.japantimes.co.jp/news/2019/01/09/national/politics-diplomacy/japan-seek-talks-south-korea-assets-seizure-forced-labor-cases/',
    '2019-01-09',
    'B',
    2,
  ),
  chosunJan10: source(
    'Japan protests court ruling to seize Nippon Steel assets',
    'The Chosun Ilbo',
    'https://english.chosun.com/site/data/html_dir/2019/01/10/2019011001537.html',
    '2019-01-10',
    'B',
    2,
  ),
  asianewsJan15: source(
    'No breakthrough in South Korea-Japan military talks',
    'Asia News Network (The Straits Times)',
    'https://asianews.network/no-breakthrough-in-south-korea-japan-military-talks',
    '2019-01-15',
    'B',
    2,
  ),
  sputnikJan23: source(
    'Japanese Patrol Plane Flies Close to S Korean Warship in Korea Strait - Reports',
    'GlobalSecurity.org (Sputnik)',
    'https://www.globalsecurity.org/military/library/news/2019/01/mil-190123-sputnik08.htm',
    '2019-01-23',
    'C',
    2,
  ),
  kbsJan23: source(
    'Japanese Plane Makes Another Low-Altitude Flight Toward S. Korean Ship',
    'Defense-Aerospace.com (KBS)',
    'http://www.defense-aerospace.com/articles-view/release/3/199298/korea-says-japanese-plane-again-buzzes-korean-warship.html',
    '2019-01-23',
    'C',
    2,
  ),
  apJan23: source(
    'Seoul accuses Japanese patrol plane of threatening flight',
    'National Post (AP)',
    'https://nationalpost.com/pmn/news-pmn/seoul-accuses-japanese-patrol-plane-of-threatening-flight',
    '2019-01-23',
    'B',
    2,
  ),
  asiatodayJan24: source(
    'S. Korea condemns Japanese patrol plane’s ‘provocative’ close-range flight',
    'Asia Today',
    'http://en.asiatoday.co.kr/view.php?key=20190124000921386',
    '2019-01-24',
    'C',
    2,
  ),
  koreatimesJan24: source(
    "South Korea Strongly Denounces Japanese Aircraft's 'Buzzing' Destroyer",
    'Defense-Aerospace.com (The Korea Times)',
    'http://www.defense-aerospace.com/articles-view/release/3/199338/korea-warns-of-retaliation-as-spat-with-japan-heats-up.html',
    '2019-01-24',
    'C',
    2,
  ),
  haniMay21: source(
    'Japan requests formation of arbitration committee for forced labor ruling',
    'The Hankyoreh',
    'http://english.hani.co.kr/arti/english_edition/e_international/894766.html',
    '2019-05-21',
    'B',
    2,
  ),
  japantimesJun19: source(
    'Japan requests South Korea take next step in arbitration process over wartime labor row',
    'The Japan Times (Kyodo)',
    'https://www.japantimes.co.jp/news/2019/06/19/national/japan-requests-south-korea-take-next-step-arbitration-process-wartime-labor-row/',
    '2019-06-19',
    'B',
    2,
  ),
  manilaJun19: source(
    'South Korea urged to pick third country for wartime labor arbitration',
    'The Daily Manila Shimbun (Jiji Press)',
    'https://manila-stv.ph/japan_news/south-korea-urged-to-pick-third-country-for-wartime-labor-arbitration.html',
    '2019-06-19',
    'C',
    2,
  ),
  yomiuriJul4: source(
    'Japan invokes export controls against S. Korea',
    'Fluoride Action Network (The Japan News, Yomiuri Shimbun)',
    'https://fluoridealert.org/news/japan-invokes-export-controls-against-s-korea/',
    '2019-07-04',
    'C',
    2,
  ),
  japantimesJul5: source(
    'Get Japan-South Korea diplomacy back on track',
    'The Japan Times (editorial)',
    'https://www.japantimes.co.jp/opinion/2019/07/05/editorials/get-japan-south-korea-diplomacy-back-track/',
    '2019-07-05',
    'B',
    2,
  ),
  manilaJul8: source(
    'Moon hints at retaliation against Japan’s export controls',
    'The Daily Manila Shimbun (Jiji Press)',
    'https://manila-stv.ph/japan_news/moon-hints-at-retaliation-against-japans-export-controls.html',
    '2019-07-08',
    'C',
    2,
  ),
  hankyorehJul10: source(
    'Moon sends a warning to Japan regarding export controls',
    'Pan Pacific Agency (The Hankyoreh)',
    'https://panpacificagency.com/news/korea/07/10/moon-sends-a-warning-to-japan-regarding-export-controls/',
    '2019-07-10',
    'C',
    2,
  ),
  yonhapJul15: source(
    '(LEAD) Moon warns Japan about adverse effects from trade pressure on S. Korea',
    'Yonhap News Agency',
    'https://m-en.yna.co.kr/view/AEN20190715005251315',
    '2019-07-15',
    'B',
    2,
  ),
  koreaheraldJul19: source(
    "Japan calls South Korea's rejection of arbitration offer 'very regrettable'",
    'The Korea Herald (Yonhap)',
    'https://www.koreaherald.com/view.php?ud=20190719000270',
    '2019-07-19',
    'B',
    2,
  ),
  sputnikJul19: source(
    "Japan Protests Seoul's Rejection of Tokyo's Forced Labor Arbitration Panel Proposal",
    'UrduPoint (Sputnik)',
    'https://www.urdupoint.com/en/world/japan-protests-seouls-rejection-of-tokyos-f-673020.html',
    '2019-07-19',
    'C',
    2,
  ),
  taiwannewsAug2: source(
    "Japan's cabinet approves removal of S. Korea from 'white list'",
    'Taiwan News',
    'https://www.taiwannews.com.tw/en/news/3757309',
    '2019-08-02',
    'B',
    2,
  ),
  yonhapAug2: source(
    'Moon warns Japan of grim consequences of export curbs against S. Korea',
    'OANA (Yonhap)',
    'https://oananews.org/content/news/general/moon-warns-japan-grim-consequences-export-curbs-against-s-korea',
    '2019-08-02',
    'B',
    2,
  ),
  ibtimesAug2: source(
    "South Korea President Moon pledges action against Japan's 'unfair' trade move",
    'International Business Times Singapore (Reuters)',
    'https://www.ibtimes.sg/south-korea-president-moon-pledges-action-against-japans-unfair-trade-move-31950',
    '2019-08-02',
    'C',
    2,
  ),
  cgtnAug2: source(
    "S. Korea to remove Japan from export 'white list'",
    'CGTN (AFP)',
    'https://news.cgtn.com/news/2019-08-02/S-Korea-to-remove-Japan-from-export-white-list-finance-minister-IPukG5I3lK/index.html',
    '2019-08-02',
    'C',
    2,
  ),
  hinduAug12: source(
    'South Korea to remove Japan from preferred trade list',
    'The Hindu (AP)',
    'https://www.thehindu.com/news/international/south-korea-to-remove-japan-from-preferred-trade-list/article28996213.ece',
    '2019-08-12',
    'B',
    2,
  ),
  yonhapAug22: source(
    'S. Korea to scrap military info-sharing pact with Japan: Cheong Wa Dae',
    'Yonhap News Agency',
    'https://en.yna.co.kr/view/AEN20190822011700315',
    '2019-08-22',
    'B',
    2,
  ),
  dailystarAug23: source(
    'S Korea scraps intel-sharing pact with Japan amid row',
    'The Daily Star (Reuters)',
    'https://images.thedailystar.net/asia/news/s-korea-scraps-intel-sharing-pact-japan-amid-row-1789252',
    '2019-08-23',
    'B',
    2,
  ),
  scmpAug23: source(
    'Japan says South Korea fails to understand North Korea threat with ending of intelligence pact',
    'South China Morning Post',
    'https://www.scmp.com/news/asia/east-asia/article/3024106/japan-says-south-korea-fails-understand-north-korea-threat',
    '2019-08-23',
    'B',
    2,
  ),
  hurriyetAug23: source(
    'South Korea to scrap military intel-sharing pact with Japan',
    'Hürriyet Daily News (AFP)',
    'https://www.hurriyetdailynews.com/south-korea-to-scrap-military-intel-sharing-pact-with-japan-145988',
    '2019-08-23',
    'B',
    2,
  ),
  kbsAug28: source(
    "Japan's removal of S.Korea from whitelist",
    'KBS News',
    'http://news.kbs.co.kr/news/view.do?ncd=4271844',
    '2019-08-28',
    'B',
    2,
  ),
  dongaAug28: source(
    "Japan to remove S. Korea from its 'white list' from Wednesday",
    'The Dong-A Ilbo',
    'https://www.donga.com/en/article/all/20190828/1830629/1',
    '2019-08-28',
    'B',
    2,
  ),
  deccanSep11: source(
    "Seoul planning WTO complaint over Japan's export curbs",
    'Deccan Herald',
    'https://www.deccanherald.com/international/world-news-politics/seoul-planning-wto-complaint-over-japans-export-curbs-760597.html',
    '2019-09-11',
    'B',
    2,
  ),
  gkpSep13: source(
    'Trade Ministry to file WTO complaint over Japan’s export restrictions',
    'Global Korean Post',
    'https://globalkorean.ca/news/3894/',
    '2019-09-13',
    'C',
    2,
  ),
  yonhapNov22: source(
    "(LEAD) S. Korea decides to 'conditionally' suspend termination of Seoul-Tokyo military pact",
    'Yonhap News Agency',
    'https://m-en.yna.co.kr/view/AEN20191122008800315',
    '2019-11-22',
    'B',
    2,
  ),
  xinhuaNov22: source(
    'S.Korea decides to suspend termination of GSOMIA with Japan',
    'China.org.cn (Xinhua)',
    'http://www.china.org.cn/world/Off_the_Wire/2019-11/22/content_75436882.htm',
    '2019-11-22',
    'C',
    2,
  ),
  arirangNov23: source(
    'S. Korea to temporarily suspend decision to withdraw from GSOMIA',
    'Arirang News',
    'http://www.arirang.com/News/News_View.asp?nseq=247794',
    '2019-11-23',
    'B',
    2,
  ),
  japantimesDec16: source(
    'Japan and South Korea hold first export control talks in over three years',
    'The Japan Times',
    'https://www.japantimes.co.jp/news/2019/12/16/business/japan-south-korea-export-controls/',
    '2019-12-16',
    'B',
    2,
  ),
  nnaDec17: source(
    'Japan, South Korea improve "mutual understanding" on export controls',
    'NNA Business News (Kyodo)',
    'https://english.nna.jp/articles/3270',
    '2019-12-17',
    'B',
    2,
  ),
  yonhapDec20: source(
    '(LEAD) Moon to hold bilateral summit with Abe in China on Tuesday : Cheong Wa Dae',
    'Yonhap News Agency',
    'https://en.yna.co.kr/view/AEN20191220003800315',
    '2019-12-20',
    'B',
    2,
  ),
  rtDec24: source(
    'Abe, Moon meet after worst period of tension between S. Korea & Japan in decades',
    'RT (Reuters)',
    'https://www.rt.com/newsline/476730-korea-japan-china-us/',
    '2019-12-24',
    'C',
    2,
  ),
  kbsJun3: source(
    "Korea to address Japan's trade curbs at WTO",
    'KBS News',
    'http://news.kbs.co.kr/news/view.do?ncd=4461740',
    '2020-06-03',
    'B',
    2,
  ),
  kbsJun15: source(
    "Japan Expresses Regret over S. Korea's Resumption of WTO Dispute Settlement Proceedings",
    'KBS World',
    'http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=154245',
    '2020-06-19',
    'B',
    2,
  ),
  thestarJan9: source(
    "Tokyo angered after S. Korea court orders Japan to compensate 'comfort women'",
    'The Star (Reuters)',
    'https://www.thestar.com.my/aseanplus/aseanplus-news/2021/01/09/tokyo-angered-after-s-korea-court-orders-japan-to-compensate-039comfort-women039',
    '2021-01-09',
    'B',
    2,
  ),
  yonhapApr13: source(
    'Foreign ministry calls in Japanese ambassador over decision to release Fukushima water into sea',
    'Yonhap News Agency',
    'https://en.yna.co.kr/view/AEN20210413007100325',
    '2021-04-13',
    'B',
    2,
  ),
  dnbApr13: source(
    'South Korea Summons Japanese Envoy over Planned Release of Irradiated Fukushima Water',
    'Daily News Brief',
    'https://dailynewsbrief.com/news/south-korea-summons-japanese-envoy-over-planned-release-of-irradiated-fukushima-water-2/',
    '2021-04-13',
    'C',
    2,
  ),
  nmfNov12: source(
    'Yoon, Japan’s Kishida to hold summit in Cambodia',
    'News Media Focus (Yonhap)',
    'https://newsmediafocus.com/yoon-japans-kishida-to-hold-summit-in-cambodia/',
    '2022-11-12',
    'C',
    2,
  ),
  yonhapNov13: source(
    "Yoon, Japan's Kishida condemn N.K. missile launches, agree to continue talks on disputes",
    'Yonhap News Agency',
    'https://en.yna.co.kr/view/AEN20221113001700315',
    '2022-11-13',
    'B',
    2,
  ),
  yonhapMar6: source(
    'S. Korea formally proposes compensating forced labor victims through public foundation',
    'Yonhap News Agency',
    'https://m-en.yna.co.kr/view/AEN20230306001753325',
    '2023-03-06',
    'B',
    2,
  ),
  sabahMar6: source(
    'South Korea to compensate victims of Japan forced labor feud',
    'Daily Sabah (AFP)',
    'https://www.dailysabah.com/business/economy/south-korea-to-compensate-victims-of-japan-forced-laborfeud',
    '2023-03-06',
    'B',
    2,
  ),
  blnMar6: source(
    'South Korea and Japan could settle a very old quarrel',
    'Breaking Latest News',
    'https://www.breakinglatest.news/world/south-korea-and-japan-could-settle-a-very-old-quarrel/',
    '2023-03-06',
    'C',
    2,
  ),
  apMar16: source(
    'Seoul: Japan agreed to lift export controls on South Korea',
    'Medicine Hat News (AP)',
    'https://medicinehatnews.com/business/2023/03/16/seoul-japan-agreed-to-lift-export-controls-on-south-korea',
    '2023-03-16',
    'B',
    2,
  ),
  yonhapMar16: source(
    '(2nd LD) S. Korea withdraws WTO complaint about Japan’s export curb',
    'Korea News Gazette (Yonhap)',
    'https://www.koreanewsgazette.com/2nd-ld-s-korea-withdraws-wto-complaint-about-japans-export-curb/',
    '2023-03-16',
    'C',
    2,
  ),
  abcMar17: source(
    'Japan and South Korea renew ties at Tokyo summit',
    'ABC News (Australia)',
    'https://www.abc.net.au/news/2023-03-17/japan-and-south-korea-renew-ties-at-tokyo-summit/102108392',
    '2023-03-17',
    'B',
    2,
  ),
  reutersMar17: source(
    'Factbox-What Japan, South Korea leaders achieved at first working meeting in 12 years',
    'Best Market Info (Reuters)',
    'http://bestmarketinfo.com/factbox-what-japan-south-korea-leaders-achieved-at-first-working-meeting-in-12-years/',
    '2023-03-17',
    'C',
    2,
  ),
  jijiMar21: source(
    "Yoon Unveils Plan to Restore Japan's White-List Status",
    'The Japan News (Jiji Press)',
    'https://japannews.yomiuri.co.jp/world/asia-pacific/20230321-98743',
    '2023-03-21',
    'B',
    2,
  ),
  news1Mar23: source(
    "Government withdraws Japan's WTO complaint over 'export restrictions'… Administrative notice of 'white list restoration'",
    'News Rebeat (News1)',
    'https://newsrebeat.com/world-news/154233.html',
    '2023-03-23',
    'C',
    2,
  ),
  japantimesMar28: source(
    'South Korea protests Japanese textbook descriptions, summons senior diplomat',
    'The Japan Times',
    'https://www.japantimes.co.jp/news/2023/03/28/national/japan-south-korea-textbook-protests/',
    '2023-03-28',
    'B',
    2,
  ),
  asiaeMar28: source(
    'Ministry of Foreign Affairs Summons Acting Japanese Ambassador to Korea',
    'The Asia Business Daily',
    'https://cm.asiae.co.kr/en/article/2023032817140675753',
    '2023-03-28',
    'C',
    2,
  ),
  koreaheraldApr28: source(
    "Japan begins process to put S. Korea back on export 'white list'",
    'The Korea Herald (Yonhap)',
    'https://www.koreaherald.com/view.php?ud=20230428000625',
    '2023-04-28',
    'B',
    2,
  ),
  trtMay7: source(
    'Japan PM Kishida in South Korea to mend ties amid North Korea threat',
    'TRT World (AFP)',
    'https://www.trtworld.com/article/13143270',
    '2023-05-07',
    'B',
    2,
  ),
  koreaproMay8: source(
    'Japanese Prime Minister Fumio Kishida arrives in South Korea for two-day visit',
    'Korea Pro',
    'https://koreapro.org/2023/05/japanese-prime-minister-fumio-kishida-arrives-in-south-korea-for-two-day-visit/',
    '2023-05-08',
    'C',
    2,
  ),
  yonhapJun27: source(
    '(LEAD) Japan to put S. Korea back on preferential trade partner list after 4 years',
    'Yonhap News Agency',
    'https://en.yna.co.kr/view/AEN20230627002251320',
    '2023-06-27',
    'B',
    2,
  ),
  koreaheraldJun27: source(
    "Japan puts Korea back on 'white list'",
    'The Korea Herald',
    'https://www.koreaherald.com/view.php?ud=20230627000584',
    '2023-06-27',
    'B',
    2,
  ),
};

/** Demand ids. */
const D = {
  remedyRuling: 'remedy-forced-labour-rulings',
  radarApology: 'radar-acknowledge-and-prevent',
  consultations: 'claims-agreement-consultations',
  arbitration: 'claims-agreement-arbitration',
  oneplusone: 'joint-fund-1-plus-1',
  liftControls: 'withdraw-export-controls',
} as const;

/** Round ids. */
const R = {
  radar: 'radar-consultations-2019-01',
  beijing: 'foreign-ministers-beijing-2019-08',
  exportDialogue: 'export-control-dialogue-2019-12',
  chengdu: 'abe-moon-chengdu-2019-12',
  newYork: 'yoon-kishida-new-york-2022-09',
  phnomPenh: 'yoon-kishida-phnom-penh-2022-11',
  tokyo: 'yoon-kishida-tokyo-2023-03',
  seoul: 'kishida-yoon-seoul-2023-05',
} as const;

const GSOMIA = 'gsomia-2016';
const EXPORT_DEAL = 'export-controls-deal-2023';

/** Occurrence keys. */
const O = {
  tokyo: 'tokyo-summit-2023-03-16',
  lifted: 'export-curbs-lifted-2023-03-23',
} as const;

const events: readonly NegotiationEvent[] = [
  // ===== October – December 2018: the ruling, Japan's protest, the radar lock-on =====
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '2018-10-30', recordedAt: rec('2018-10-30', '12:00') },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Japan – South Korea: forced labour, export controls and GSOMIA, 2018–23',
      subject:
        "The dispute between Japan and South Korea opened by the Korean Supreme Court's forced-labour rulings against Japanese firms: Japan's protests and its requests under the 1965 Claims Agreement, the radar and patrol-plane incidents, Japan's export controls and the two white-list removals, Seoul's notice to end GSOMIA, the WTO complaint, and the settlement of 2023.",
      parties: [JAPAN, KOREA],
      mediators: [],
    },
    [S.rapplerOct30],
  ),
  ev(
    'StatementMade',
    'stmt-abe-kono-oct30',
    { occurredAt: '2018-10-30', recordedAt: rec('2018-11-01', '12:05') },
    {
      speaker: KONO,
      audience: 'south-korea',
      tone: 'accusation',
      summary:
        "After the Supreme Court in Seoul ordered Nippon Steel & Sumitomo Metal to pay four former forced labourers 100 million won each: the ruling breaches the 1965 Claims Agreement, which settled such claims 'completely and finally'; Japan will weigh every option, including the International Court of Justice, unless Seoul acts at once. Abe in the Diet: 'an unbelievable judgement from the perspective of international law'.",
    },
    [S.rapplerOct30, S.comoxNov1],
  ),
  ev(
    'DemandTabled',
    'dem-remedy-ruling',
    { occurredAt: '2018-10-30', recordedAt: rec('2018-11-01', '12:10') },
    {
      demandId: D.remedyRuling,
      by: 'japan',
      addressedTo: ['south-korea'],
      text: 'South Korea takes appropriate measures at once to remedy the Supreme Court rulings, compensation having been settled completely and finally by the 1965 Claims Agreement, so that Japanese companies do not pay.',
      category: 'political',
    },
    [S.rapplerOct30, S.comoxNov1],
  ),
  ev(
    'IncidentReported',
    'inc-radar-dec20',
    { occurredAt: '2018-12-20T06:00:00Z', precision: 'approximate', recordedAt: rec('2018-12-24', '10:00') },
    {
      incidentId: 'radar-lock-on-2018-12-20',
      kind: 'force-posture',
      perpetrator: 'south-korea',
      allegedBy: 'japan',
      against: 'japan',
      target: 'A Japan Maritime Self-Defense Force P-1 patrol aircraft',
      place: 'Sea of Japan (East Sea)',
      description:
        "Japan says the South Korean destroyer Gwanggaeto the Great locked its fire-control radar on a JMSDF P-1 patrol plane off the Noto Peninsula around 3 p.m., several times over minutes, and did not answer the crew's radio call; South Korea says the destroyer was rescuing a drifting North Korean boat and did not aim its fire-control radar at the plane. No weapon fired, no one harmed.",
    },
    [S.dongaDec24],
  ),
  ev(
    'StatementMade',
    'stmt-jp-mod-dec22',
    { occurredAt: '2018-12-22', recordedAt: rec('2018-12-24', '10:05') },
    {
      speaker: JP_MOD,
      audience: 'south-korea',
      tone: 'accusation',
      summary:
        "Japan protests for the third day: the lock-on was deliberate, fire-control radars 'are not suited for wide-range searches', and Seoul's account of a rescue does not explain it.",
    },
    [S.dongaDec24],
  ),
  ev(
    'DemandTabled',
    'dem-radar-apology',
    { occurredAt: '2018-12-23', recordedAt: rec('2018-12-24', '10:10') },
    {
      demandId: D.radarApology,
      by: 'japan',
      addressedTo: ['south-korea'],
      text: 'South Korea acknowledges that its destroyer directed its fire-control radar at the Japanese patrol plane, apologises and prevents a recurrence.',
      category: 'security',
    },
    [S.dongaDec24],
  ),
  ev(
    'PositionTaken',
    'pos-kr-radar-dec24',
    { occurredAt: '2018-12-24', precision: 'approximate', recordedAt: rec('2018-12-24', '10:15') },
    {
      demandId: D.radarApology,
      actorId: 'south-korea',
      stance: 'rejected',
      speaker: KR_MND,
      conditions:
        'Seoul says Tokyo misunderstood a rescue operation and that the patrol plane flew threateningly low over the destroyer; it asks Japan for an apology instead.',
    },
    [S.dongaDec24],
  ),
  // ===== January 2019: consultations asked for, the radar talks broken off, the fly-by =====
  ev(
    'StatementMade',
    'stmt-akiba-jan9',
    { occurredAt: '2019-01-09', recordedAt: rec('2019-01-10', '10:00') },
    {
      speaker: AKIBA,
      audience: 'south-korea',
      tone: 'accusation',
      summary:
        "After a Korean court approved the seizure of Nippon Steel's shares in its joint venture with POSCO, Akiba summons Ambassador Lee Su-hoon to protest and asks for consultations under the 1965 agreement; Suga: 'extremely regrettable', the situation 'violates international law'.",
    },
    [S.japantimesJan9, S.chosunJan10],
  ),
  ev(
    'DemandTabled',
    'dem-consultations',
    { occurredAt: '2019-01-09', recordedAt: rec('2019-01-10', '10:05') },
    {
      demandId: D.consultations,
      by: 'japan',
      addressedTo: ['south-korea'],
      text: 'Diplomatic consultations under Article III of the 1965 Claims Agreement on the dispute over its interpretation and implementation.',
      category: 'procedural',
    },
    [S.japantimesJan9, S.chosunJan10],
  ),
  ev(
    'TalksRoundOpened',
    'round-radar-opened',
    { occurredAt: '2019-01-14', recordedAt: rec('2019-01-15', '10:00') },
    {
      roundId: R.radar,
      label: 'Defence consultations on the radar incident (Singapore)',
      format: 'technical',
      venue: 'Singapore (the two embassies)',
    },
    [S.asianewsJan15],
  ),
  ev(
    'TalksRoundConcluded',
    'round-radar-concluded',
    { occurredAt: '2019-01-21', recordedAt: rec('2019-01-23', '10:00') },
    {
      roundId: R.radar,
      outcome: 'collapsed',
      summary:
        "The Singapore meeting of 14 January narrowed nothing; on 21 January Japan's defence ministry issues its 'final opinion' on the incident, with an audio file, and says it will suspend the consultations, South Korea refusing an objective determination of the facts.",
    },
    [S.sputnikJan23, S.asianewsJan15],
  ),
  ev(
    'IncidentReported',
    'inc-flyby-jan23',
    { occurredAt: '2019-01-23T05:03:00Z', recordedAt: rec('2019-01-23', '12:00') },
    {
      incidentId: 'patrol-plane-fly-by-2019-01-23',
      kind: 'force-posture',
      perpetrator: 'japan',
      allegedBy: 'south-korea',
      against: 'south-korea',
      target: 'The South Korean destroyer Dae Jo-yeong',
      place: 'East China Sea, near Ieodo',
      description:
        'South Korea says a JMSDF P-3 patrol plane flew 60–70 metres above the sea and 540 metres from the destroyer after identifying it; Japan says it flew at more than twice that height. No one harmed.',
    },
    [S.apJan23, S.kbsJan23],
  ),
  ev(
    'StatementMade',
    'stmt-suh-wook-jan23',
    { occurredAt: '2019-01-23', recordedAt: rec('2019-01-24', '10:00') },
    {
      speaker: SUH_WOOK,
      audience: 'japan',
      tone: 'warning',
      summary:
        "The low-altitude flight is 'a clear provocation' against the ship of a friendly country, the third since December (18 and 22 January), after the December flight over the Gwanggaeto; Seoul 'cannot help but doubt Japan's intent' and condemns it; the military summons Japan's defence attaché.",
      quote: 'If such activity repeats again, our military will strongly respond based on our response rules.',
    },
    [S.asiatodayJan24, S.koreatimesJan24],
  ),
  ev(
    'StatementMade',
    'stmt-iwaya-jan23',
    { occurredAt: '2019-01-23', recordedAt: rec('2019-01-24', '10:05') },
    {
      speaker: IWAYA,
      audience: 'south-korea',
      tone: 'critical',
      summary:
        'Japan denies the allegation: the plane flew more than twice as high as Seoul says; Japan calls it "very inappropriate" for Seoul to speak of self-defence measures against an ally.',
    },
    [S.apJan23, S.koreatimesJan24],
  ),
  // ===== May – July 2019: arbitration, the export controls =====
  ev(
    'DemandTabled',
    'dem-arbitration',
    { occurredAt: '2019-05-20', recordedAt: rec('2019-05-21', '10:00') },
    {
      demandId: D.arbitration,
      by: 'japan',
      addressedTo: ['south-korea'],
      text: 'An arbitration panel under Article III of the 1965 Claims Agreement: each country names a member within 30 days, and a third-country member is agreed within 30 more.',
      category: 'procedural',
    },
    [S.haniMay21],
    { note: 'Japan says Seoul declined the consultations it had asked for on 9 January, four months before.' },
  ),
  ev(
    'DemandAmended',
    'dem-arbitration-jun19',
    { occurredAt: '2019-06-19', recordedAt: rec('2019-06-19', '12:00') },
    {
      demandId: D.arbitration,
      text: 'An arbitration panel whose three members are chosen by third countries (Article III of the 1965 Claims Agreement), South Korea to choose its third country within 30 days.',
      reason: 'South Korea named no member by the 18 June deadline.',
    },
    [S.manilaJun19, S.japantimesJun19],
  ),
  ev(
    'DemandTabled',
    'dem-one-plus-one',
    { occurredAt: '2019-06-19', recordedAt: rec('2019-06-19', '12:05') },
    {
      demandId: D.oneplusone,
      by: 'south-korea',
      addressedTo: ['japan'],
      text: 'Diplomatic talks on the rulings, on condition that Japanese companies, with Korean ones, contribute to compensating the victims of forced labour.',
      category: 'economic',
    },
    [S.japantimesJun19],
  ),
  ev(
    'PositionTaken',
    'pos-jp-one-plus-one',
    { occurredAt: '2019-06-19', recordedAt: rec('2019-06-19', '12:10') },
    {
      demandId: D.oneplusone,
      actorId: 'japan',
      stance: 'rejected',
      conditions: 'Tokyo quickly said it rejects the offer.',
    },
    [S.japantimesJun19],
  ),
  ev(
    'StatementMade',
    'stmt-japan-controls-jul4',
    { occurredAt: '2019-07-04', recordedAt: rec('2019-07-05', '12:00') },
    {
      speaker: METI,
      audience: 'south-korea',
      tone: 'accusation',
      summary:
        "Japan's tighter export controls on fluorinated polyimide, resist and hydrogen fluoride to South Korea take effect: each shipment now needs a licence, screened in about 90 days (announced on 1 July, on grounds of security and lost trust). Seoul sees retaliation for the rulings.",
    },
    [S.yomiuriJul4, S.japantimesJul5],
    { cameo: '163', note: 'A trade measure against South Korea, recorded as the ministry applying it (CAMEO 163).' },
  ),
  ev(
    'StatementMade',
    'stmt-moon-jul8',
    { occurredAt: '2019-07-08', recordedAt: rec('2019-07-10', '10:00') },
    {
      speaker: MOON,
      audience: 'japan',
      tone: 'warning',
      summary:
        "A vicious cycle of action and reaction is not desirable for either country, but Seoul 'will have no choice but to take the necessary measures' if Korean companies suffer harm; he asks Japan to withdraw the measures and hold sincere talks.",
    },
    [S.manilaJul8, S.hankyorehJul10],
  ),
  ev(
    'DemandTabled',
    'dem-lift-controls',
    { occurredAt: '2019-07-08', recordedAt: rec('2019-07-10', '10:05') },
    {
      demandId: D.liftControls,
      by: 'south-korea',
      addressedTo: ['japan'],
      text: 'Japan withdraws its export controls on South Korea and holds sincere talks.',
      category: 'economic',
    },
    [S.manilaJul8, S.hankyorehJul10],
  ),
  ev(
    'StatementMade',
    'stmt-moon-jul15',
    { occurredAt: '2019-07-15', recordedAt: rec('2019-07-15', '12:00') },
    {
      speaker: MOON,
      audience: 'japan',
      tone: 'warning',
      summary:
        "Japan's restrictions seek to block South Korea's growth and 'will never succeed'; its claim that dual-use materials leak is 'a grave challenge'; South Korea will overcome it.",
      quote: 'I warn in advance that the Japanese economy will suffer bigger damage in the end.',
    },
    [S.yonhapJul15],
  ),
  ev(
    'PositionTaken',
    'pos-kr-arbitration-jul18',
    { occurredAt: '2019-07-18', precision: 'approximate', recordedAt: rec('2019-07-19', '10:00') },
    {
      demandId: D.arbitration,
      actorId: 'south-korea',
      stance: 'rejected',
      speaker: MOON,
      conditions:
        'The panel is unacceptable and the deadline arbitrary; the issue should be settled by diplomatic talks, and the government cannot intervene in civil litigation.',
    },
    [S.koreaheraldJul19, S.sputnikJul19],
  ),
  ev(
    'StatementMade',
    'stmt-kono-jul19',
    { occurredAt: '2019-07-19', recordedAt: rec('2019-07-19', '10:05') },
    {
      speaker: KONO,
      audience: 'south-korea',
      tone: 'accusation',
      summary: "Kono summons Ambassador Nam Gwan-pyo: Seoul's rejection of the panel is 'very regrettable'.",
      quote: 'It is problematic that Seoul is leaving the situation of violating the international law as it stands.',
    },
    [S.koreaheraldJul19, S.sputnikJul19],
  ),
  // ===== August 2019: the white lists, GSOMIA =====
  ev(
    'StatementMade',
    'stmt-japan-whitelist-aug2',
    { occurredAt: '2019-08-02', recordedAt: rec('2019-08-02', '12:00') },
    {
      speaker: JP_CABINET,
      audience: 'south-korea',
      tone: 'accusation',
      summary:
        "Japan's cabinet removes South Korea from its 'white list' of countries with simplified export procedures, in force on 28 August: some 1,100 dual-use items will need individual licences; Japan cites problems in South Korea's export controls that touch national security.",
    },
    [S.taiwannewsAug2],
    {
      cameo: '163',
      note: 'A trade measure against South Korea, recorded as the decision (CAMEO 163); in force 28 August.',
    },
  ),
  ev(
    'StatementMade',
    'stmt-moon-aug2',
    { occurredAt: '2019-08-02', recordedAt: rec('2019-08-02', '18:00') },
    {
      speaker: MOON,
      audience: 'japan',
      tone: 'threat',
      summary:
        "At an emergency cabinet meeting broadcast live: the decision is 'very reckless' and 'selfish', clear unjust economic retaliation; Japan will be fully responsible for what follows; Seoul will take corresponding measures resolutely — 'We won't be defeated by Japan again'. Japan should withdraw its measures and come to dialogue.",
      quote: 'If Japan deliberately strikes our economy, it will have to endure huge damage.',
    },
    [S.yonhapAug2, S.ibtimesAug2],
  ),
  ev(
    'StatementMade',
    'stmt-hong-aug2',
    { occurredAt: '2019-08-02', recordedAt: rec('2019-08-02', '18:05') },
    {
      speaker: HONG,
      audience: 'japan',
      tone: 'accusation',
      summary:
        "Japan's decision 'fundamentally destroys the relations of trust and cooperation'; Seoul protests and urges Tokyo to withdraw its 'vengeful trade measures' at once, and will remove Japan from its own white list.",
    },
    [S.cgtnAug2],
  ),
  ev(
    'StatementMade',
    'stmt-sung-whitelist-aug12',
    { occurredAt: '2019-08-12', recordedAt: rec('2019-08-12', '12:00') },
    {
      speaker: SUNG,
      audience: 'japan',
      tone: 'critical',
      summary:
        "South Korea removes Japan from its list of 29 countries with preferential export treatment, because Japan 'has failed to uphold international principles' in its export controls; in force in September.",
    },
    [S.hinduAug12],
    {
      cameo: '163',
      note: 'A trade measure against Japan, recorded as its announcement (CAMEO 163); in force 18 September.',
    },
  ),
  ev(
    'TalksRoundOpened',
    'round-beijing-opened',
    { occurredAt: '2019-08-21', recordedAt: rec('2019-08-23', '09:00') },
    {
      roundId: R.beijing,
      label: 'The foreign ministers, Kono and Kang, near Beijing',
      format: 'informal',
      venue: 'outside Beijing (China–Japan–South Korea foreign ministers’ meeting)',
    },
    [S.dailystarAug23],
  ),
  ev(
    'TalksRoundConcluded',
    'round-beijing-concluded',
    { occurredAt: '2019-08-21', recordedAt: rec('2019-08-23', '09:05') },
    {
      roundId: R.beijing,
      outcome: 'no-progress',
      summary: 'They promised to keep talking but reached no substantive agreement.',
    },
    [S.dailystarAug23],
  ),
  ev(
    'StatementMade',
    'stmt-kim-gsomia-aug22',
    { occurredAt: '2019-08-22', recordedAt: rec('2019-08-23', '09:10') },
    {
      speaker: KIM_YOU_GEUN,
      audience: 'japan',
      tone: 'accusation',
      summary:
        "After the National Security Council, with Moon's approval: Seoul will not extend GSOMIA. By removing South Korea from its export white list on security grounds without evidence, Japan created a 'grave change' in the conditions of security cooperation; keeping the pact 'does not serve our national interest'. Tokyo will be notified before the 24 August deadline.",
    },
    [S.yonhapAug22, S.dailystarAug23],
  ),
  ev(
    'AgreementReached',
    'agr-gsomia-2016',
    { occurredAt: '2016-11-23', recordedAt: rec('2019-08-23', '09:15') },
    {
      agreementId: GSOMIA,
      kind: 'partial',
      provisions: [
        'Japan and South Korea exchange and protect classified military information, on North Korea’s missile and nuclear activities among others',
        'Renewed automatically each year unless a party gives notice 90 days before it expires',
      ],
      signatories: ['japan', 'south-korea'],
      textPublic: true,
    },
    [S.dailystarAug23],
    {
      note: 'The General Security of Military Information Agreement, signed in November 2016 under US pressure; recorded when it entered the dispute.',
    },
  ),
  ev(
    'AgreementStatusChanged',
    'agr-gsomia-withdrawn',
    { occurredAt: '2019-08-23', recordedAt: rec('2019-08-23', '09:20') },
    {
      agreementId: GSOMIA,
      status: 'withdrawn',
      by: 'south-korea',
      reason:
        'Seoul delivers its notice to terminate the pact through diplomatic channels; it would expire at midnight on 22 November.',
    },
    [S.scmpAug23, S.dailystarAug23],
  ),
  ev(
    'StatementMade',
    'stmt-kono-aug22',
    { occurredAt: '2019-08-22', recordedAt: rec('2019-08-23', '09:25') },
    {
      speaker: KONO,
      audience: 'south-korea',
      tone: 'accusation',
      summary:
        "Japan 'strongly' protests: the decision is 'extremely regrettable' and 'a complete misjudgment' of the regional security environment; Abe: Seoul fails to understand the North Korean threat and must keep its promises on forced labour.",
    },
    [S.hurriyetAug23, S.scmpAug23],
  ),
  ev(
    'ActorRegistered',
    'actor-usa',
    { occurredAt: '2019-08-22', recordedAt: rec('2019-08-23', '09:30') },
    { actor: USA, role: 'mediator' },
    [S.hurriyetAug23],
  ),
  ev(
    'MediationAction',
    'med-pompeo-aug22',
    { occurredAt: '2019-08-22', recordedAt: rec('2019-08-23', '09:35') },
    {
      mediator: 'united-states',
      action: 'requested-resumption',
      summary:
        "Pompeo is 'disappointed' by Seoul's decision, has spoken to his South Korean counterpart and urges both sides to 'continue to have dialogue' and put the relationship 'back in exactly the right place'.",
    },
    [S.hurriyetAug23],
  ),
  ev(
    'PositionTaken',
    'pos-jp-lift-controls-aug27',
    { occurredAt: '2019-08-27', recordedAt: rec('2019-08-28', '10:00') },
    {
      demandId: D.liftControls,
      actorId: 'japan',
      stance: 'rejected',
      speaker: KONO,
      conditions:
        "On the eve of the white-list removal taking effect, Tokyo rejects Prime Minister Lee Nak-yon's offer to reconsider GSOMIA if Japan withdraws its export measures: 'a completely different story' (Kono), 'a separate matter' (Iwaya); Seko: Japan will uphold the controls.",
    },
    [S.kbsAug28, S.dongaAug28],
  ),
  // ===== September – December 2019: the WTO, GSOMIA kept, the dialogue =====
  ev(
    'StatementMade',
    'stmt-yoo-wto-sep11',
    { occurredAt: '2019-09-11', recordedAt: rec('2019-09-13', '10:00') },
    {
      speaker: YOO,
      audience: 'japan',
      tone: 'accusation',
      summary:
        "South Korea files a WTO complaint over Japan's export controls on the three materials, 'so that political misuse of trade shall not recur': a politically motivated, discriminatory measure in breach of WTO rules.",
    },
    [S.deccanSep11, S.gkpSep13],
    { cameo: '115', note: 'A complaint to the WTO: bring lawsuit against (CAMEO 115).' },
  ),
  ev(
    'AgreementStatusChanged',
    'agr-gsomia-kept',
    { occurredAt: '2019-11-22T09:00:00Z', recordedAt: rec('2019-11-23', '10:00') },
    {
      agreementId: GSOMIA,
      status: 'in-force',
      reason:
        "Six hours before expiry Seoul suspends the effect of its notice of 23 August 'on the condition that the agreement can be terminated at any time', to which Japan expressed understanding; the pact stays in force.",
    },
    [S.yonhapNov22, S.xinhuaNov22, S.arirangNov23],
  ),
  ev(
    'StatementMade',
    'stmt-kim-nov22',
    { occurredAt: '2019-11-22T09:00:00Z', recordedAt: rec('2019-11-23', '10:05') },
    {
      speaker: KIM_YOU_GEUN,
      audience: 'japan',
      tone: 'conciliatory',
      summary:
        'Seoul also suspends its WTO complaint while the export-control talks go on normally; the two sides agree to resume working-level talks on export controls. Japan keeps the white-list removal and the licences on the three materials for now; Abe calls it a strategic decision.',
    },
    [S.yonhapNov22, S.arirangNov23],
  ),
  ev(
    'TalksRoundOpened',
    'round-export-dialogue-opened',
    { occurredAt: '2019-12-16', recordedAt: rec('2019-12-17', '10:00') },
    {
      roundId: R.exportDialogue,
      label: 'Export-control policy dialogue (director-general level), the first since June 2016',
      format: 'technical',
      venue: 'Tokyo',
    },
    [S.japantimesDec16, S.nnaDec17],
    {
      note: 'Jiji (February 2020) says the December 2019 meeting took place thanks to mediation by the United States.',
    },
  ),
  ev(
    'TalksRoundConcluded',
    'round-export-dialogue-concluded',
    { occurredAt: '2019-12-16', recordedAt: rec('2019-12-17', '10:05') },
    {
      roundId: R.exportDialogue,
      outcome: 'progress',
      summary:
        'About ten hours: "mutual understanding" of the two export-control systems improved, no decision on easing Japan\'s controls; the next round to be held in Seoul at an early date.',
    },
    [S.japantimesDec16, S.nnaDec17],
  ),
  ev(
    'TalksRoundOpened',
    'round-chengdu-opened',
    { occurredAt: '2019-12-24', recordedAt: rec('2019-12-24', '18:00') },
    {
      roundId: R.chengdu,
      label: 'Abe and Moon in Chengdu, the first formal summit in 15 months',
      format: 'formal',
      venue: 'Chengdu (on the margins of the China–Japan–South Korea summit)',
      delegations: [
        { actorId: 'japan', head: ABE },
        { actorId: 'south-korea', head: MOON },
      ],
    },
    [S.yonhapDec20, S.rtDec24],
  ),
  ev(
    'TalksRoundConcluded',
    'round-chengdu-concluded',
    { occurredAt: '2019-12-24', recordedAt: rec('2019-12-24', '18:05') },
    {
      roundId: R.chengdu,
      outcome: 'progress',
      summary:
        'A chance for the two leaders to begin patching up ties after the worst tension in decades; nothing agreed.',
    },
    [S.rtDec24],
  ),
  // ===== 2020 – 2022: low-level friction =====
  ev(
    'StatementMade',
    'stmt-motie-wto-jun2',
    { occurredAt: '2020-06-02', recordedAt: rec('2020-06-03', '10:00') },
    {
      speaker: MOTIE,
      audience: 'japan',
      tone: 'accusation',
      summary:
        "Seoul resumes its WTO complaint: Japan did not say by the end of May whether it would lift the curbs, although the three issues it raised have been solved; 'this is not a normal dialogue'. A panel is to be requested.",
    },
    [S.kbsJun3],
    { cameo: '115', note: 'The WTO complaint resumed (CAMEO 115).' },
  ),
  ev(
    'StatementMade',
    'stmt-meti-jun18',
    { occurredAt: '2020-06-18', recordedAt: rec('2020-06-19', '10:00') },
    {
      speaker: METI,
      audience: 'south-korea',
      tone: 'critical',
      summary:
        "A senior METI official expresses great regret at Seoul's request for a WTO panel, a 'unilateral' act that could make the earlier talks useless; the controls are needed for security and consistent with WTO rules.",
    },
    [S.kbsJun15],
  ),
  ev(
    'StatementMade',
    'stmt-akiba-jan8-2021',
    { occurredAt: '2021-01-08', recordedAt: rec('2021-01-09', '10:00') },
    {
      speaker: AKIBA,
      audience: 'south-korea',
      tone: 'accusation',
      summary:
        "After the Seoul Central District Court orders Japan to pay 12 former 'comfort women' 100 million won each, Akiba summons Ambassador Nam Gwan-pyo to lodge an 'extremely strong protest'; Suga: Japan cannot accept the ruling; Kato: 'unacceptable'.",
    },
    [S.thestarJan9],
  ),
  ev(
    'StatementMade',
    'stmt-choi-apr13-2021',
    { occurredAt: '2021-04-13', recordedAt: rec('2021-04-13', '18:00') },
    {
      speaker: CHOI,
      audience: 'japan',
      tone: 'accusation',
      summary:
        "Seoul summons Ambassador Koichi Aiboshi over Japan's decision to release the Fukushima water into the sea: a decision that 'can never be accepted', taken unilaterally without sufficient consultation with its closest neighbour.",
    },
    [S.yonhapApr13, S.dnbApr13],
  ),
  ev(
    'TalksRoundOpened',
    'round-new-york-opened',
    { occurredAt: '2022-09-21', recordedAt: rec('2022-11-12', '12:00') },
    {
      roundId: R.newYork,
      label: 'Yoon and Kishida in New York, the first one-on-one talks since December 2019',
      format: 'informal',
      venue: 'New York (UN General Assembly)',
      delegations: [
        { actorId: 'south-korea', head: YOON },
        { actorId: 'japan', head: KISHIDA },
      ],
    },
    [S.nmfNov12],
  ),
  ev(
    'TalksRoundConcluded',
    'round-new-york-concluded',
    { occurredAt: '2022-09-21', recordedAt: rec('2022-11-12', '12:05') },
    {
      roundId: R.newYork,
      outcome: 'progress',
      summary: 'They agreed on the need to improve relations by resolving pending issues.',
    },
    [S.nmfNov12],
  ),
  ev(
    'TalksRoundOpened',
    'round-phnom-penh-opened',
    { occurredAt: '2022-11-13', recordedAt: rec('2022-11-13', '12:00') },
    {
      roundId: R.phnomPenh,
      label: 'Yoon and Kishida in Phnom Penh',
      format: 'formal',
      venue: 'Phnom Penh (ASEAN summits)',
      delegations: [
        { actorId: 'south-korea', head: YOON },
        { actorId: 'japan', head: KISHIDA },
      ],
    },
    [S.yonhapNov13],
  ),
  ev(
    'TalksRoundConcluded',
    'round-phnom-penh-concluded',
    { occurredAt: '2022-11-13', recordedAt: rec('2022-11-13', '12:05') },
    {
      roundId: R.phnomPenh,
      outcome: 'progress',
      summary:
        'They condemn North Korea’s missile launches and agree to continue discussions for a swift resolution of the pending issues, welcoming the recovery of exchanges.',
    },
    [S.yonhapNov13],
  ),
  // ===== March – July 2023: the settlement =====
  ev(
    'PositionTaken',
    'pos-kr-remedy-mar6',
    { occurredAt: '2023-03-06', recordedAt: rec('2023-03-06', '12:00') },
    {
      demandId: D.remedyRuling,
      actorId: 'south-korea',
      stance: 'accepted',
      speaker: PARK_JIN,
      conditions:
        'The Foundation for Victims of Forced Mobilization by Imperial Japan will pay the plaintiffs of the three 2018 cases, funded by donations from Korean companies, instead of the Japanese firms; Seoul hopes for Japan\'s "sincere response".',
      quote: 'The soured South Korea-Japan relations should no longer be neglected.',
    },
    [S.yonhapMar6, S.sabahMar6],
  ),
  ev(
    'StatementMade',
    'stmt-kishida-mar6',
    { occurredAt: '2023-03-06', recordedAt: rec('2023-03-06', '12:05') },
    {
      speaker: KISHIDA,
      audience: 'south-korea',
      tone: 'conciliatory',
      summary:
        'Kishida welcomes the plan as a sign of a return to a healthy relationship; Japanese companies and individuals are free to donate to the foundation.',
    },
    [S.blnMar6, S.sabahMar6],
  ),
  ev(
    'TalksRoundOpened',
    'round-tokyo-opened',
    { occurredAt: '2023-03-16', recordedAt: rec('2023-03-17', '10:00') },
    {
      roundId: R.tokyo,
      label: 'Yoon in Tokyo, the first bilateral visit of a Korean president in 12 years',
      format: 'formal',
      venue: 'Tokyo (Prime Minister’s Office)',
      delegations: [
        { actorId: 'south-korea', head: YOON },
        { actorId: 'japan', head: KISHIDA },
      ],
    },
    [S.abcMar17, S.apMar16],
    { occurrence: O.tokyo },
  ),
  ev(
    'TalksRoundConcluded',
    'round-tokyo-concluded',
    { occurredAt: '2023-03-16', recordedAt: rec('2023-03-17', '10:05') },
    {
      roundId: R.tokyo,
      outcome: 'agreement',
      summary:
        "Kishida: 'a big step'; regular visits of the leaders resumed, the security dialogue and vice-ministerial strategic talks restarted, an economic-security dialogue set up; the export-control agreement reached at the policy dialogue that week announced.",
    },
    [S.abcMar17, S.reutersMar17],
    { occurrence: O.tokyo },
  ),
  ev(
    'AgreementReached',
    'agr-export-deal',
    { occurredAt: '2023-03-16', recordedAt: rec('2023-03-17', '10:10') },
    {
      agreementId: EXPORT_DEAL,
      kind: 'partial',
      provisions: [
        'Japan lifts its 2019 export restrictions on fluorinated polyimide, resist and hydrogen fluoride to South Korea, having confirmed the effectiveness of South Korea’s export controls',
        'South Korea withdraws its WTO complaint against those restrictions',
        'The two continue talks on restoring each other to their white lists',
      ],
      signatories: ['japan', 'south-korea'],
      textPublic: false,
      roundId: R.tokyo,
    },
    [S.apMar16, S.yonhapMar16, S.reutersMar17],
    { occurrence: O.tokyo },
  ),
  ev(
    'PositionTaken',
    'pos-jp-lift-controls-mar16',
    { occurredAt: '2023-03-16', recordedAt: rec('2023-03-17', '10:15') },
    {
      demandId: D.liftControls,
      actorId: 'japan',
      stance: 'accepted',
      conditions: 'In return for the withdrawal of the WTO complaint; the white list still to be discussed.',
    },
    [S.apMar16, S.yonhapMar16],
    { occurrence: O.tokyo },
  ),
  ev(
    'StatementMade',
    'stmt-yoon-mar21',
    { occurredAt: '2023-03-21', recordedAt: rec('2023-03-21', '12:00') },
    {
      speaker: YOON,
      audience: 'japan',
      tone: 'conciliatory',
      summary:
        "Yoon tells his cabinet he will have the trade minister start restoring Japan to South Korea's white list; Seoul informs Tokyo the same day that GSOMIA is fully normalised. Japan has already expressed regret and apology for history 'on dozens of occasions'.",
    },
    [S.jijiMar21],
  ),
  ev(
    'StatementMade',
    'stmt-meti-lifted-mar23',
    { occurredAt: '2023-03-23', recordedAt: rec('2023-03-23', '12:00') },
    {
      speaker: METI,
      audience: 'south-korea',
      tone: 'conciliatory',
      summary:
        'Japan lifts its export restrictions on hydrogen fluoride, fluorinated polyimide and photoresist to South Korea.',
    },
    [S.news1Mar23],
    { cameo: '085', occurrence: O.lifted, note: 'The 2019 measure lifted: ease economic sanctions (CAMEO 085).' },
  ),
  ev(
    'StatementMade',
    'stmt-motie-wto-withdrawn-mar23',
    { occurredAt: '2023-03-23', recordedAt: rec('2023-03-23', '12:05') },
    {
      speaker: MOTIE,
      audience: 'japan',
      tone: 'conciliatory',
      summary:
        "Seoul withdraws its WTO complaint the same day and gives notice of the amendment restoring Japan to its white list (20 days' notice).",
    },
    [S.news1Mar23],
    { occurrence: O.lifted },
  ),
  ev(
    'StatementMade',
    'stmt-cho-textbooks-mar28',
    { occurredAt: '2023-03-28', recordedAt: rec('2023-03-28', '12:00') },
    {
      speaker: CHO,
      audience: 'japan',
      tone: 'accusation',
      summary:
        "Seoul summons the Japanese chargé d'affaires, Naoki Kumagai, to protest Japan's approval of elementary-school textbooks that omit the coercion of wartime mobilisation and contain 'unjust claims over Dokdo'; 'deep regret'.",
    },
    [S.japantimesMar28, S.asiaeMar28],
  ),
  ev(
    'StatementMade',
    'stmt-motie-whitelist-apr24',
    { occurredAt: '2023-04-24', precision: 'approximate', recordedAt: rec('2023-04-28', '12:00') },
    {
      speaker: MOTIE,
      audience: 'japan',
      tone: 'conciliatory',
      summary:
        'South Korea puts Japan back on its white list; on 28 April Japan begins its own procedure to restore South Korea, which Seoul welcomes.',
    },
    [S.koreaheraldApr28],
    { cameo: '085', note: 'The 2019 measure lifted (CAMEO 085); "earlier this week" in the report of 28 April.' },
  ),
  ev(
    'TalksRoundOpened',
    'round-seoul-opened',
    { occurredAt: '2023-05-07', recordedAt: rec('2023-05-08', '10:00') },
    {
      roundId: R.seoul,
      label: 'Kishida in Seoul: shuttle diplomacy resumed',
      format: 'formal',
      venue: 'Seoul (presidential office)',
      delegations: [
        { actorId: 'japan', head: KISHIDA },
        { actorId: 'south-korea', head: YOON },
      ],
    },
    [S.trtMay7, S.koreaproMay8],
  ),
  ev(
    'TalksRoundConcluded',
    'round-seoul-concluded',
    { occurredAt: '2023-05-07', recordedAt: rec('2023-05-08', '10:05') },
    {
      roundId: R.seoul,
      outcome: 'progress',
      summary:
        "Kishida expresses remorse for the 'horrendous damage and pain' of colonial rule; Korean experts to inspect the Fukushima release plan; cooperation on security, high technology and North Korea.",
    },
    [S.koreaproMay8],
  ),
  ev(
    'StatementMade',
    'stmt-japan-whitelist-jun27',
    { occurredAt: '2023-06-27', recordedAt: rec('2023-06-27', '12:00') },
    {
      speaker: JP_CABINET,
      audience: 'south-korea',
      tone: 'conciliatory',
      summary:
        "Japan's cabinet puts South Korea back on its white list ('Group A'), in force on 21 July; Seoul: 'For the first time in four years, all export restrictions between the countries have been lifted.'",
    },
    [S.yonhapJun27, S.koreaheraldJun27],
    { cameo: '085', note: 'The 2019 removal undone (CAMEO 085); in force 21 July.' },
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'japan-south-korea-2018.jsonl',
  logEnd: '2023-08-01T00:00:00Z',
  events,
};

export default definition;
