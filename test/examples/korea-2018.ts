/**
 * A test fixture, not a shipped example: North Korea and South Korea from Kim
 * Jong Un's New Year speech of 1 January 2018 to the killing of a South Korean
 * fisheries official at sea and Kim's apology (September 2020), as an analyst
 * following the news could have recorded it. Escalation model v2 was never
 * tuned on it: it is the case the model is held to in korea-2018.spec.ts,
 * against the calls an analyst makes from DOMAIN.md §5b alone.
 *
 * What it tests that the other cases did not: a long cooperative stretch
 * (the Olympic arrangements, the Panmunjom Declaration, the Comprehensive
 * Military Agreement and the liaison office at Kaesong, implemented through
 * 2018), the talks of a third party (the United States) failing at Hanoi, the
 * North's short-range missile tests of 2019–20, then the slide from
 * cooperation into coercion without fighting (Kim Yo Jong's ultimatum over
 * the leaflets, the hotlines cut, the liaison office blown up, the army's
 * plans announced and then suspended by Kim, June 2020), and a killing at sea
 * followed by an apology. The parties are North Korea and South Korea; nobody
 * mediates between them.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source.
 *
 * Grading as in examples/README.md: B = established outlet or wire copy
 * (Reuters, AP, AFP, Yonhap, Kyodo, Xinhua through the outlets that carry
 * them; KBS, Korea Herald, Al Jazeera, BBC, SCMP, Chosun, Dong-A); C =
 * smaller outlet, aggregator, partisan or mirror (Sputnik, RT, Santiago
 * Times, Extra.ie, Manila Shimbun, Korean Youth English News, Upnewsinfo);
 * 1 = an act or text both sides confirm (the declarations signed, the
 * liaison office opened, the North's own letter on the shooting); 2 =
 * on-record statements and facts several outlets agree on; 3 = one side's
 * unverified account.
 *
 * Judgement calls, recorded as an analyst would:
 * - The Olympic arrangements of 17 January 2018 (the North's delegation, the
 *   joint women's ice hockey team, the joint march under the unification
 *   flag) are an agreement of kind `partial`, carried out at the Games. The
 *   catalogue has no status for an agreement fulfilled: when the Games closed
 *   (25 February 2018) it is recorded `terminated`, with that reason, so that
 *   it is not read as still being implemented in 2020. The talks of 9 January
 *   that led to it concluded with `progress` (a joint statement of intent).
 * - The Panmunjom Declaration (27 April 2018) is a `framework` agreement,
 *   signed, text public; the Comprehensive Military Agreement (19 September
 *   2018, the defence ministers' annex to the Pyongyang summit: buffer zones,
 *   eleven guard posts each withdrawn, no drills near the line) is a
 *   `partial` agreement, signed, text public. The Pyongyang Joint Declaration
 *   of the same day is in the round's summary. Their implementation (the
 *   liaison office opened on 14 September 2018, the guard posts blown up on
 *   20 November, the joint verification on 12 December) is recorded as the
 *   statements that report it, the catalogue having no type for it.
 * - The Hanoi summit (28 February 2019) is the United States' talks with the
 *   North, a third party's: a `ThirdPartyEngagement`, not a round of these
 *   talks.
 * - The North's short-range missile and rocket launches (4 and 9 May, 25 and
 *   31 July, 16 August 2019; 2 March 2020) fell into the sea off its own
 *   east coast; the South's military and Japan said they threatened no one
 *   directly. They are `force-posture` (shows of force, no force used on the
 *   South), with no `against`: not armed action, not aimed at the other
 *   party. Only the launches the calls turn on, and a few of the rest, are
 *   recorded; there were more in 2019.
 * - Kim Yo Jong's statement of 4 June 2020 is an ultimatum: it demands that
 *   the South stop the defectors' leaflets (a law against them), on pain of
 *   the North's withdrawal from Kaesong, the closing of the liaison office and
 *   the scrapping of the military agreement, with no deadline. The South's
 *   answer the same day (it was preparing a law to ban the leaflets) is
 *   `accepted-in-principle`. The ultimatum is `enforced` on 16 June, when the
 *   office was destroyed.
 * - Cutting every line between the two (9 June 2020, the North calling the
 *   South "the enemy" and saying it sees no need to sit face to face) is
 *   `TalksSuspended` by the North: the end of all contact, not a border
 *   closure (no crossing was open: the border was shut to people and goods
 *   long before, and the office empty since January for Covid-19).
 * - The demolition of the joint liaison office (16 June 2020, 14:49 KST):
 *   the building stood on the North's side, in Kaesong, but was built,
 *   equipped and staffed by the South as much as by the North, and the South
 *   paid for it. Blowing it up is force used by the North on the South's
 *   property, blamed on it (the North announced it), with no one hurt and no
 *   weapon fired at the South's forces or territory: not armed action in
 *   §5b's sense (not force between the parties' forces, not on the other's
 *   territory). It is recorded as `non-lethal-force` by North Korea against
 *   South Korea (the catalogue's kind for force on the other party short of
 *   armed action), place "Kaesong". The same day the Panmunjom Declaration
 *   is recorded `suspended` by the North: the office it set up destroyed,
 *   every line it restored cut, dialogue declared over.
 * - The General Staff's statements of 16 and 17 June 2020 (troops back into
 *   Kaesong and Mount Kumgang, the withdrawn guard posts restored, artillery
 *   reinforced and exercises resumed near the line) are `military-threat`
 *   statements, as is Kim Yo Jong's of 13 June (the "next action against the
 *   enemy" entrusted to the army). On 17 June the Comprehensive Military
 *   Agreement is recorded `suspended` by the North: the measures announced
 *   undo its provisions one by one (Yonhap: "an apparent move to abolish"
 *   it). Kim suspended the plans on 23 June (reported 24 June); no source
 *   says the North returned to the agreement, so its status is left
 *   suspended. The suspension of the plans is a `neutral` statement: it
 *   withdraws no threat in words and offers nothing. The loudspeakers put up
 *   and taken down again are left out.
 * - The killing of the fisheries official (22 September 2020): North Korean
 *   troops shot an unarmed South Korean official adrift in the North's
 *   waters near Yeonpyeong and burned the float (the South says the body).
 *   Not armed action in §5b's sense: no force between the parties' forces,
 *   nothing on the South's territory. It is lethal force by the North's
 *   troops on a South Korean official, blamed on the North by the South (and
 *   admitted by the North's letter of 25 September). It is recorded as
 *   `lethal-force`, the catalogue's kind for force that killed outside
 *   fighting between the two (first recorded as `non-lethal-force`, the only
 *   kind for force short of armed action then: the gap this case reported
 *   added the kind). Kim's apology (25 September) is a
 *   `conciliatory` statement; the South's demands (the truth, punishment,
 *   an apology, measures against a recurrence) are a demand tabled.
 * - Where a page shows no date, its published date is read from its content
 *   (the day it reports) and set no earlier than that day.
 * - Left out for want of a dated report in the sources searched, or for
 *   time: the hotline reopened on 3 January 2018, the North's military parade
 *   of 8 February 2018, the envoys' visits of March 2018, the North's staff
 *   leaving the liaison office for three days in March 2019, Kim's order to
 *   remove the South's buildings at Mount Kumgang (October 2019), most of the
 *   launches of 2019 and 2020, the loudspeakers of June 2020 and the North's
 *   warning about the South's search vessels (27 September 2020). The record
 *   is thinner than the peninsula: days with nothing recorded are not days
 *   with nothing done.
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'korea-2018';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 2018);
/** A recordedAt on a given day, UTC (the case runs over three years). */
const rec = (day: string, time = '12:00'): string => `${day}T${time}:00Z`;

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
const USA: Actor = {
  id: 'united-states',
  name: 'United States of America',
  kind: 'state',
  aliases: ['United States', 'Washington'],
};

const KIM_JONG_UN: Person = { name: 'Kim Jong Un', title: 'Leader of North Korea', actorId: 'north-korea' };
const KIM_YO_JONG: Person = {
  name: 'Kim Yo Jong',
  title: 'First vice department director, Central Committee of the Workers’ Party of Korea',
  actorId: 'north-korea',
};
const RI_SON_GWON: Person = {
  name: 'Ri Son Gwon',
  title: 'Chairman of the Committee for the Peaceful Reunification of the Country',
  actorId: 'north-korea',
};
const CPRK: Person = {
  name: 'Committee for the Peaceful Reunification of the Country (spokesperson)',
  actorId: 'north-korea',
};
const KPA_GS: Person = { name: "General Staff of the Korean People's Army (spokesman)", actorId: 'north-korea' };
const KCNA_NK: Person = { name: 'Korean Central News Agency (government announcement)', actorId: 'north-korea' };
const MOON: Person = { name: 'Moon Jae-in', title: 'President of South Korea', actorId: 'south-korea' };
const CHO: Person = { name: 'Cho Myoung-gyon', title: 'Unification Minister of South Korea', actorId: 'south-korea' };
const YOH: Person = {
  name: 'Yoh Sang-key',
  title: 'Spokesperson of the Unification Ministry of South Korea',
  actorId: 'south-korea',
};
const ROK_MND: Person = { name: 'Ministry of National Defense of South Korea (statement)', actorId: 'south-korea' };
const SUH_CHOO_SUK: Person = {
  name: 'Suh Choo-suk',
  title: 'Deputy director of the National Security Office, South Korea',
  actorId: 'south-korea',
};

const S = {
  japantodayJan1: source(
    'Kim says US should know North Korean nuclear force a reality',
    'Japan Today (AP)',
    'https://japantoday.com/category/world/kim-says-us-should-know-north-korean-nuclear-force-a-reality',
    '2018-01-01',
    'B',
    2,
  ),
  huffpostJan1: source(
    "Kim Jong-Un says he has a 'nuclear button' on his desk but offers olive branch to South Korea",
    'HuffPost UK (Reuters)',
    'https://huffingtonpost.co.uk/amp/entry/kim-jong-un-nuclear-button_uk_5a4a10e0e4b0b0e5a7a7b9b4',
    '2018-01-01',
    'B',
    2,
  ),
  jpostJan2: source(
    'S.Korea offers high-ranking govt talks with N.Korea on Jan. 9',
    'Jerusalem Post (Reuters)',
    'http://www.jpost.com/Breaking-News/Korea-offers-high-ranking-govt-talks-with-NKorea-on-Jan-9-522615',
    '2018-01-02',
    'B',
    2,
  ),
  reutersJan9: source(
    'N.Korea, S.Korea agree to hold military talks: joint statement',
    'Reuters',
    'https://in.reuters.com/article/northkorea-southkorea-talks-military/nkorea-skorea-agree-to-hold-military-talks-joint-statement-idINKBN1EY1BB',
    '2018-01-09',
    'B',
    1,
  ),
  cnaJan17: source(
    'Koreas to form unified ice hockey team, march together in Winter Olympics',
    'Channel NewsAsia (Reuters)',
    'https://www.channelnewsasia.com/news/sport/koreas-to-form-unified-ice-hockey-team--march-together-in-winter-olympics-9870394',
    '2018-01-17',
    'B',
    1,
  ),
  ajuFeb9: source(
    '[OLY] Winter Olympics kicks off with joint march by two Koreas',
    'Aju Business Daily (Yonhap)',
    'http://m.en.ajunews.com/view/20180209222806199',
    '2018-02-09',
    'B',
    1,
  ),
  santiagoFeb10: source(
    'North and South Korea parade together at Winter Games 2018',
    'Santiago Times (MercoPress)',
    'https://santiagotimes.cl/2018/02/10/north-and-south-korea-parade-together-at-winter-games-2018/',
    '2018-02-10',
    'C',
    2,
  ),
  koreaheraldFeb25: source(
    'Two Koreas march separately, then together, at PyeongChang closing ceremony',
    'Korea Herald (Yonhap)',
    'http://www.koreaherald.com/view.php?ud=20180225000315',
    '2018-02-25',
    'B',
    1,
  ),
  denverpostFeb25: source(
    'Pyeongchang Winter Olympics closing ceremony',
    'Denver Post (AP)',
    'https://www.denverpost.com/2018/02/25/pyeongchang-winter-olympics-closing-ceremony/',
    '2018-02-25',
    'B',
    2,
  ),
  ahramApr27: source(
    'North, South Korea agree to goal of complete denuclearisation',
    'Ahram Online (Reuters)',
    'https://english.ahram.org.eg/NewsContent/2/9/298416/World/International/North,-South-Korea-agree-to-goal-of-complete-denuc.aspx',
    '2018-04-27',
    'B',
    1,
  ),
  rodongApr28: source(
    'Kim Jong Un, Moon Jae In Sign "Panmunjom Declaration"',
    'Rodong Sinmun',
    'http://www.rodong.rep.kp/en/index.php?strPageID=SF01_02_01&newsID=2018-04-28-0011',
    '2018-04-28',
    'C',
    1,
  ),
  chosunMay28: source(
    'Leaders of 2 Koreas in Surprise Summit at Border',
    'Chosun Ilbo (English edition)',
    'https://english.chosun.com/site/data/html_dir/2018/05/28/2018052800599.html',
    '2018-05-28',
    'B',
    1,
  ),
  rtSep14: source(
    'North and South Korea open joint liaison office in Kaesong',
    'RT (AFP)',
    'https://www.rt.com/newsline/438448-korea-open-liaison-office/',
    '2018-09-14',
    'C',
    1,
  ),
  koreaheraldSep15: source(
    'N. Korea reports opening of inter-Korean liaison office',
    'Korea Herald (Yonhap)',
    'http://www.koreaherald.com/view.php?ud=20180915000044',
    '2018-09-15',
    'B',
    1,
  ),
  koreaheraldSep19: source(
    'Two Koreas agree to set buffer zones, withdraw guard posts',
    'Korea Herald (Yonhap)',
    'http://www.koreaherald.com/view.php?ud=20180919000471',
    '2018-09-19',
    'B',
    1,
  ),
  kbsSep19: source(
    'Koreas sign military agreement to reduce tensions',
    'KBS World',
    'http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=139460',
    '2018-09-19',
    'B',
    1,
  ),
  globaltimesNov20: source(
    'DPRK destroys 10 guard posts in DMZ: Seoul',
    'Global Times (Xinhua)',
    'http://www.globaltimes.cn/content/1128223.shtml',
    '2018-11-20',
    'B',
    2,
  ),
  koreaheraldDec12: source(
    'Koreas begin verifying withdrawal of DMZ guard posts',
    'Korea Herald (Yonhap)',
    'http://www.koreaherald.com/view.php?ud=20181212000119',
    '2018-12-12',
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
  manilaMay10: source(
    'N. Korea fires suspected Short-Range Missiles',
    'The Daily Manila Shimbun (Jiji Press)',
    'https://manila-stv.ph/japan_news/n-korea-fires-suspected-short-range-missiles.html',
    '2019-05-10',
    'C',
    2,
  ),
  nnaJul25: source(
    'N. Korea launches 2 short-range ballistic missiles: Japan source',
    'NNA (Kyodo)',
    'https://english.nna.jp/articles/1166',
    '2019-07-25',
    'B',
    2,
  ),
  trendJul31: source(
    'North Korea fires short-range ballistic missiles: South Korean military',
    'Trend News Agency (Reuters)',
    'https://en.trend.az/world/3098436.html',
    '2019-07-31',
    'C',
    2,
  ),
  yonhapAug16: source(
    'N. Korea says it has no intention to talk with S. Korea',
    'Yonhap',
    'https://en.yna.co.kr/view/AEN20190816000400325',
    '2019-08-16',
    'B',
    2,
  ),
  kbsAug16: source(
    "N. Korea Responds Negatively to Pres. Moon's Liberation Day Speech",
    'KBS World',
    'http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=147445',
    '2019-08-16',
    'B',
    2,
  ),
  kyenMar30: source(
    'Kim Jong-un Fires Third Projectile in March',
    'Korean Youth English News',
    'http://kyen.kr/news/view.php?idx=3089',
    '2020-03-30',
    'C',
    2,
  ),
  xinhuaJun4: source(
    'DPRK warns S. Korea against sending anti-Pyongyang leaflets',
    'North Korea Times (Xinhua)',
    'https://www.northkoreatimes.com/news/265336444/dprk-warns-s-korea-against-sending-anti-pyongyang-leaflets',
    '2020-06-04',
    'B',
    2,
  ),
  scmpJun4: source(
    'North Korea threatens to abandon military agreement with the South over leaflets criticising Kim Jong-un',
    'South China Morning Post (AFP)',
    'https://www.scmp.com/news/asia/east-asia/article/3087488/north-korea-threatens-abandon-military-agreement-south-over',
    '2020-06-04',
    'B',
    2,
  ),
  upnewsJun4: source(
    'North Korea lashes out at the United States, saying China is dwarfing it',
    'Upnewsinfo (New York Times copy)',
    'https://upnewsinfo.com/2020/06/04/north-korea-lashes-out-at-the-united-states-saying-china-is-dwarfing-it/',
    '2020-06-04',
    'C',
    2,
  ),
  yonhapJun9: source(
    'N. Korea to cut off all inter-Korean communication lines at noon',
    'Yonhap',
    'https://m-en.yna.co.kr/view/AEN20200609000500325',
    '2020-06-09',
    'B',
    1,
  ),
  kbsJun9: source(
    'N. Korea to cut off all inter-Korean communication lines',
    'KBS World',
    'http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=153978',
    '2020-06-09',
    'B',
    1,
  ),
  diplomatJun13: source(
    'North Korea warns that inter-Korean liaison office may be collapsed',
    'The Diplomat',
    'https://thediplomat.com./2020/06/north-korea-warns-that-inter-korean-liaison-office-may-be-collapsed',
    '2020-06-13',
    'B',
    2,
  ),
  dailybeastJun16: source(
    'North Korea Blows Up Joint Liaison Office, Says South',
    'The Daily Beast',
    'https://www.thedailybeast.com/north-korea-blows-up-joint-liaison-office-says-south',
    '2020-06-16',
    'B',
    1,
  ),
  bbcJun16: source(
    "N Korea 'blows up liaison office in S Korea'",
    'BBC News',
    'https://www.bbc.co.uk/news/av/world-asia-53060787/n-korea-blows-up-liaison-office-in-s-korea',
    '2020-06-16',
    'B',
    1,
  ),
  yeshivaJun16: source(
    'North Korean military set to advance into demilitarized zone: report',
    'The Yeshiva World (Yonhap)',
    'https://www.theyeshivaworld.com/news/general/1872760/north-korean-military-set-to-advance-into-demilitarized-zone-report.html',
    '2020-06-16',
    'C',
    2,
  ),
  yonhapJun17: source(
    "N. Korea's army to renter Kaesong, Mount Kumgang areas",
    'Yonhap',
    'https://m-en.yna.co.kr/view/AEN20200617000500325',
    '2020-06-17',
    'B',
    2,
  ),
  xinhuaJun17: source(
    'DPRK army to redeploy soldiers to Kaesong, Mount Kumgang areas',
    "People's Daily Online (Xinhua)",
    'http://en.people.cn/n3/2020/0617/c90000-9701394.html',
    '2020-06-17',
    'B',
    2,
  ),
  yonhapJun24: source(
    'N. Korean leader suspends military action plans against S. Korea',
    'Yonhap',
    'https://m-en.yna.co.kr/view/AEN20200624000600325',
    '2020-06-24',
    'B',
    2,
  ),
  aljazeeraJun24: source(
    "North Korea's Kim suspends plans for military action against South",
    'Al Jazeera (Reuters)',
    'https://www.aljazeera.com/news/2020/06/korea-kim-suspends-plans-military-action-south-200624004316030.html',
    '2020-06-24',
    'B',
    2,
  ),
  newsdiarySep24: source(
    'South Korea confirms missing official killed by North Korea',
    'News Diary Online (dpa)',
    'https://newsdiaryonline.com/repeat-pls-south-korea-confirms-missing-official-killed-by-north-korea-report/',
    '2020-09-24',
    'C',
    2,
  ),
  yonhapSep24: source(
    "(LEAD) Unification ministry strongly condemns N. Korea's killing of S. Korean as 'inhumane act'",
    'Yonhap',
    'https://m-en.yna.co.kr/view/AEN20200924007551325',
    '2020-09-24',
    'B',
    2,
  ),
  yonhapSep24b: source(
    'Cheong Wa Dae strongly condemns N. Korea for shooting S. Korean national to death',
    'Yonhap',
    'https://m-en.yna.co.kr/view/AEN20200924008751315',
    '2020-09-24',
    'B',
    2,
  ),
  kbsSep25: source(
    'Kim Jong-un apologizes for shooting death of S. Korean official',
    'KBS World',
    'http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=156538',
    '2020-09-25',
    'B',
    1,
  ),
  thejournalSep25: source(
    "Kim Jong Un apologises for 'disgraceful' shooting of South Korean fisheries official",
    'TheJournal.ie (AFP)',
    'https://www.thejournal.ie/kim-jong-un-north-korea-apology-shooting-south-korea-official-5214320-Sep2020/',
    '2020-09-25',
    'B',
    1,
  ),
  hurriyetSep25: source(
    "North Korea's Kim apologizes over shooting death",
    'Hürriyet Daily News (AP)',
    'https://www.hurriyetdailynews.com/north-koreas-kim-apologizes-over-shooting-death-158571',
    '2020-09-25',
    'B',
    1,
  ),
};

const R = {
  jan9: 'panmunjom-high-level-2018-01-09',
  jan17: 'panmunjom-olympics-2018-01-17',
  summit1: 'panmunjom-summit-2018-04-27',
  summit2: 'panmunjom-summit-2018-05-26',
  pyongyang: 'pyongyang-summit-2018-09',
};
const A = {
  olympics: 'pyeongchang-olympics-arrangements-2018',
  panmunjom: 'panmunjom-declaration-2018',
  military: 'comprehensive-military-agreement-2018',
};

const events = [
  // ===== January – February 2018: the Olympic thaw =====
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '2018-01-01', recordedAt: rec('2018-01-01', '18:00') },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'North Korea – South Korea, 2018–20',
      subject:
        'Relations between the two Koreas from the Olympic thaw of 2018 (the Panmunjom and Pyongyang summits, the military agreement, the liaison office at Kaesong) through the stalled talks after Hanoi to the North cutting the lines and blowing up the liaison office (June 2020) and the killing of a South Korean official at sea (September 2020)',
      parties: [NORTH, SOUTH],
      mediators: [],
    },
    [S.japantodayJan1],
    { note: "Dated to Kim Jong Un's New Year speech, the first development the case covers." },
  ),
  ev(
    'StatementMade',
    'stmt-kim-newyear',
    { occurredAt: '2018-01-01', recordedAt: rec('2018-01-01', '18:05') },
    {
      speaker: KIM_JONG_UN,
      audience: 'south-korea',
      tone: 'conciliatory',
      summary:
        'New Year address: the North may send a delegation to the Pyeongchang Winter Olympics and officials of the two Koreas "may urgently meet"; "we should melt the frozen North-South relations" and lower military tension. The "nuclear button" on his desk is addressed to the United States; he repeats the demand that the South stop its joint exercises with the US.',
      quote: 'We should melt the frozen North-South relations.',
    },
    [S.japantodayJan1, S.huffpostJan1],
  ),
  ev(
    'StatementMade',
    'stmt-cho-jan2',
    { occurredAt: '2018-01-02', recordedAt: rec('2018-01-02', '12:00') },
    {
      speaker: CHO,
      audience: 'north-korea',
      tone: 'conciliatory',
      summary:
        "South Korea offers high-level government talks at Panmunjom on 9 January, on the North's delegation to the Games and the improvement of relations.",
    },
    [S.jpostJan2],
  ),
  ev(
    'TalksRoundOpened',
    'jan9-opened',
    { occurredAt: '2018-01-09', recordedAt: rec('2018-01-09', '12:00') },
    {
      roundId: R.jan9,
      label: 'High-level talks at Panmunjom (first formal talks in two years)',
      format: 'formal',
      venue: 'Peace House, Panmunjom',
      delegations: [
        { actorId: 'south-korea', head: CHO },
        { actorId: 'north-korea', head: RI_SON_GWON },
      ],
    },
    [S.reutersJan9],
    { occurrence: 'panmunjom-talks-2018-01-09' },
  ),
  ev(
    'TalksRoundConcluded',
    'jan9-concluded',
    { occurredAt: '2018-01-09', recordedAt: rec('2018-01-09', '12:05') },
    {
      roundId: R.jan9,
      outcome: 'progress',
      summary:
        "Joint statement: the North will send a high-ranking delegation and a cheering squad to the Games; military talks will be held. The North's delegation objected to the mention of denuclearisation.",
      nextSteps: 'Working-level talks on the delegation; military talks.',
    },
    [S.reutersJan9],
    { occurrence: 'panmunjom-talks-2018-01-09' },
  ),
  ev(
    'TalksRoundOpened',
    'jan17-opened',
    { occurredAt: '2018-01-17', recordedAt: rec('2018-01-17', '12:00') },
    {
      roundId: R.jan17,
      label: 'Vice-ministerial talks at Panmunjom on the Olympics',
      format: 'formal',
      venue: 'Panmunjom',
    },
    [S.cnaJan17],
    { occurrence: 'panmunjom-olympics-2018-01-17' },
  ),
  ev(
    'TalksRoundConcluded',
    'jan17-concluded',
    { occurredAt: '2018-01-17', recordedAt: rec('2018-01-17', '12:05') },
    {
      roundId: R.jan17,
      outcome: 'agreement',
      summary:
        'A combined women’s ice hockey team, a joint march under the unification flag at the opening ceremony, a North Korean delegation of about 550 from 25 January.',
    },
    [S.cnaJan17],
    { occurrence: 'panmunjom-olympics-2018-01-17' },
  ),
  ev(
    'AgreementReached',
    'agr-olympics',
    { occurredAt: '2018-01-17', recordedAt: rec('2018-01-17', '12:10') },
    {
      agreementId: A.olympics,
      kind: 'partial',
      provisions: [
        'A combined women’s ice hockey team at the Pyeongchang Winter Olympics',
        'The two teams march together under the unification flag at the opening ceremony',
        'The North sends a delegation of about 550 (cheerleaders, artists, taekwondo demonstrators) from 25 January',
      ],
      signatories: ['north-korea', 'south-korea'],
      textPublic: true,
      roundId: R.jan17,
    },
    [S.cnaJan17],
    { occurrence: 'panmunjom-olympics-2018-01-17' },
  ),
  ev(
    'StatementMade',
    'stmt-kim-yo-jong-feb10',
    { occurredAt: '2018-02-10', recordedAt: rec('2018-02-10', '12:00') },
    {
      speaker: KIM_YO_JONG,
      audience: 'south-korea',
      tone: 'conciliatory',
      summary:
        'The day after the two teams marched together behind the unification flag at the opening ceremony (Moon shaking hands with her and with Kim Yong Nam), Kim Yo Jong, the first of the ruling family to visit the South, delivers to Moon at the Blue House her brother\'s invitation to a summit in Pyongyang "at the earliest date possible".',
    },
    [S.santiagoFeb10, S.ajuFeb9],
  ),
  ev(
    'AgreementStatusChanged',
    'agr-olympics-done',
    { occurredAt: '2018-02-25', recordedAt: rec('2018-02-26', '09:00') },
    {
      agreementId: A.olympics,
      status: 'terminated',
      reason:
        'Carried out: the Games closed on 25 February with the athletes of the two Koreas marching together again and a North Korean delegation led by Kim Yong Chol present. The catalogue has no status for an agreement fulfilled.',
    },
    [S.koreaheraldFeb25, S.denverpostFeb25],
  ),
  // ===== April – December 2018: the summits and the military agreement =====
  ev(
    'TalksRoundOpened',
    'summit1-opened',
    { occurredAt: '2018-04-27', recordedAt: rec('2018-04-28', '12:00') },
    {
      roundId: R.summit1,
      label: 'Inter-Korean summit at Panmunjom (Peace House)',
      format: 'formal',
      venue: 'Peace House, Panmunjom',
      hosts: ['south-korea'],
      delegations: [
        { actorId: 'south-korea', head: MOON },
        { actorId: 'north-korea', head: KIM_JONG_UN },
      ],
    },
    [S.ahramApr27],
    { occurrence: 'panmunjom-summit-2018' },
  ),
  ev(
    'TalksRoundConcluded',
    'summit1-concluded',
    { occurredAt: '2018-04-27', recordedAt: rec('2018-04-28', '12:05') },
    {
      roundId: R.summit1,
      outcome: 'agreement',
      summary: 'The first summit in more than a decade ends with the Panmunjom Declaration.',
    },
    [S.ahramApr27],
    { occurrence: 'panmunjom-summit-2018' },
  ),
  ev(
    'AgreementReached',
    'agr-panmunjom',
    { occurredAt: '2018-04-27', recordedAt: rec('2018-04-28', '12:10') },
    {
      agreementId: A.panmunjom,
      kind: 'framework',
      provisions: [
        'Cease all hostile acts against each other on land, at sea and in the air, including propaganda broadcasts and leaflets along the line',
        'A joint liaison office in Kaesong',
        'Turn the demilitarized zone into a peace zone; military talks in May',
        'Seek a permanent peace regime and the complete denuclearisation of the peninsula',
        'Family reunions, rail and road links, joint participation in international sports events',
      ],
      signatories: ['north-korea', 'south-korea'],
      textPublic: true,
      roundId: R.summit1,
      status: 'signed',
    },
    [S.ahramApr27, S.rodongApr28],
    { occurrence: 'panmunjom-summit-2018' },
  ),
  ev(
    'TalksRoundOpened',
    'summit2-opened',
    { occurredAt: '2018-05-26', recordedAt: rec('2018-05-28', '09:00') },
    {
      roundId: R.summit2,
      label: 'Second summit, north side of Panmunjom (unannounced)',
      format: 'informal',
      venue: 'Tongilgak, Panmunjom',
      hosts: ['north-korea'],
      delegations: [
        { actorId: 'south-korea', head: MOON },
        { actorId: 'north-korea', head: KIM_JONG_UN },
      ],
    },
    [S.chosunMay28],
  ),
  ev(
    'TalksRoundConcluded',
    'summit2-concluded',
    { occurredAt: '2018-05-26', recordedAt: rec('2018-05-28', '09:05') },
    {
      roundId: R.summit2,
      outcome: 'progress',
      summary:
        'Two hours at Kim\'s request after Trump called off the Singapore summit: the two "reconfirmed the need for the speedy implementation" of the Panmunjom Declaration and agreed the US summit must be held.',
      nextSteps: 'High-level talks on 1 June.',
    },
    [S.chosunMay28],
  ),
  ev(
    'StatementMade',
    'stmt-cho-liaison-office',
    { occurredAt: '2018-09-14', recordedAt: rec('2018-09-15', '09:00') },
    {
      speaker: CHO,
      audience: 'north-korea',
      tone: 'conciliatory',
      summary:
        'The joint liaison office opens in Kaesong, as the Panmunjom Declaration provided: about twenty officials of each side, co-heads from both ministries, round-the-clock contact. "A new chapter in history is open here today"; the North\'s Ri Son Gwon calls it a "substantial fruit".',
      quote: 'This liaison office is another symbol of peace jointly created by the South and the North.',
    },
    [S.rtSep14, S.koreaheraldSep15],
    { note: "A step of the declaration's implementation; the catalogue has no type for it." },
  ),
  ev(
    'TalksRoundOpened',
    'pyongyang-opened',
    { occurredAt: '2018-09-18', recordedAt: rec('2018-09-19', '10:00') },
    {
      roundId: R.pyongyang,
      label: 'Pyongyang summit (18–20 September)',
      format: 'formal',
      venue: 'Pyongyang',
      hosts: ['north-korea'],
      delegations: [
        { actorId: 'south-korea', head: MOON },
        { actorId: 'north-korea', head: KIM_JONG_UN },
      ],
    },
    [S.kbsSep19],
  ),
  ev(
    'TalksRoundConcluded',
    'pyongyang-concluded',
    { occurredAt: '2018-09-19', recordedAt: rec('2018-09-19', '10:05') },
    {
      roundId: R.pyongyang,
      outcome: 'agreement',
      summary:
        'The Pyongyang Joint Declaration (to implement the Panmunjom Declaration fully) and the defence ministers\' military agreement; "to eliminate all the risks that could lead to war" (Moon).',
    },
    [S.kbsSep19, S.koreaheraldSep19],
    { occurrence: 'pyongyang-agreements-2018' },
  ),
  ev(
    'AgreementReached',
    'agr-military',
    { occurredAt: '2018-09-19', recordedAt: rec('2018-09-19', '10:10') },
    {
      agreementId: A.military,
      kind: 'partial',
      provisions: [
        'A 10-km ground buffer zone along the line: no artillery drills or regiment-level manoeuvres in it',
        'A maritime buffer zone of about 80 km in the West and East Seas; a no-fly zone near the line',
        'Eleven guard posts each withdrawn from the DMZ by the end of 2018',
        'The Joint Security Area disarmed; joint excavation of war remains',
        'Military drills near the line halted from 1 November; a joint military committee',
      ],
      signatories: ['north-korea', 'south-korea'],
      textPublic: true,
      roundId: R.pyongyang,
      status: 'signed',
    },
    [S.koreaheraldSep19, S.kbsSep19],
    { occurrence: 'pyongyang-agreements-2018' },
  ),
  ev(
    'StatementMade',
    'stmt-mnd-guardposts',
    { occurredAt: '2018-11-20', recordedAt: rec('2018-11-20', '12:00') },
    {
      speaker: ROK_MND,
      audience: 'domestic audience',
      tone: 'neutral',
      summary:
        'The North blew up ten guard posts inside the DMZ at about 15:00 as the military agreement provided; the South is demolishing its own; both will verify in December.',
    },
    [S.globaltimesNov20],
    { note: "A step of the military agreement's implementation; the catalogue has no type for it." },
  ),
  ev(
    'StatementMade',
    'stmt-mnd-verification',
    { occurredAt: '2018-12-12', recordedAt: rec('2018-12-12', '12:00') },
    {
      speaker: ROK_MND,
      audience: 'domestic audience',
      tone: 'conciliatory',
      summary:
        'Eleven teams of each side cross the line on new paths to verify the other\'s withdrawn guard posts: "This clearly shows the will of the two Koreas\' military authorities to implement their accord."',
    },
    [S.koreaheraldDec12],
    { note: "A step of the military agreement's implementation; the catalogue has no type for it." },
  ),
  // ===== 2019: Hanoi, the launches, the North turns away =====
  ev(
    'ActorRegistered',
    'actor-usa',
    { occurredAt: '2019-02-27', recordedAt: rec('2019-02-28', '09:00') },
    { actor: USA, role: 'third-party' },
    [S.news24Feb28],
  ),
  ev(
    'ThirdPartyEngagement',
    'hanoi',
    { occurredAt: '2019-02-28', recordedAt: rec('2019-02-28', '09:05') },
    {
      actorId: 'united-states',
      counterparts: ['north-korea'],
      kind: 'meeting',
      summary:
        "Trump and Kim's second summit, in Hanoi (27–28 February), cut short without an agreement: the North wanted the sanctions lifted in return for closing some nuclear sites; the signing ceremony is cancelled.",
    },
    [S.news24Feb28, S.politicoFeb28],
  ),
  ev(
    'IncidentReported',
    'inc-launch-may4',
    { occurredAt: '2019-05-04', recordedAt: rec('2019-05-04', '12:00') },
    {
      incidentId: 'launch-2019-05-04',
      kind: 'force-posture',
      perpetrator: 'north-korea',
      target: 'The sea off its east coast (East Sea)',
      place: 'Wonsan',
      description:
        "Several short-range projectiles fired from near Wonsan into the sea, flying up to 200 km, under Kim Jong Un's supervision; the first launch in 17 months. The North calls it regular military training.",
    },
    [S.wjhlMay4],
  ),
  ev(
    'IncidentReported',
    'inc-launch-may9',
    { occurredAt: '2019-05-09', recordedAt: rec('2019-05-09', '12:00') },
    {
      incidentId: 'launch-2019-05-09',
      kind: 'force-posture',
      perpetrator: 'north-korea',
      target: 'The sea off its east coast (East Sea)',
      place: 'Kusong',
      description: 'Two short-range missiles fired eastwards from Kusong, flying 420 and 270 km into the East Sea.',
    },
    [S.yonhapMay9],
  ),
  ev(
    'StatementMade',
    'stmt-moon-may9',
    { occurredAt: '2019-05-09', recordedAt: rec('2019-05-10', '09:00') },
    {
      speaker: MOON,
      audience: 'north-korea',
      tone: 'critical',
      summary:
        "The North's launches, even of short-range missiles, could violate the UN Security Council's resolutions if they are ballistic missiles.",
    },
    [S.manilaMay10],
  ),
  ev(
    'IncidentReported',
    'inc-launch-jul25',
    { occurredAt: '2019-07-25', recordedAt: rec('2019-07-25', '12:00') },
    {
      incidentId: 'launch-2019-07-25',
      kind: 'force-posture',
      perpetrator: 'north-korea',
      target: 'The sea off its east coast (East Sea)',
      place: 'Hodo peninsula',
      description: 'Two short-range ballistic missiles from the Hodo peninsula, one flying about 430 km, into the sea.',
    },
    [S.nnaJul25],
  ),
  ev(
    'IncidentReported',
    'inc-launch-jul31',
    { occurredAt: '2019-07-31', recordedAt: rec('2019-07-31', '12:00') },
    {
      incidentId: 'launch-2019-07-31',
      kind: 'force-posture',
      perpetrator: 'north-korea',
      target: 'The sea off its east coast (East Sea)',
      place: 'Hodo peninsula',
      description:
        'Two more short-range ballistic missiles from the Hodo peninsula (about 250 km), reported as meant to press the South and the US to stop their coming drills.',
    },
    [S.trendJul31],
  ),
  ev(
    'IncidentReported',
    'inc-launch-aug16',
    { occurredAt: '2019-08-16', recordedAt: rec('2019-08-16', '12:00') },
    {
      incidentId: 'launch-2019-08-16',
      kind: 'force-posture',
      perpetrator: 'north-korea',
      target: 'The sea off its east coast (East Sea)',
      place: 'Tongchon',
      description: 'Two unidentified projectiles fired into the East Sea, the sixth launch in less than a month.',
    },
    [S.kbsAug16],
  ),
  ev(
    'StatementMade',
    'stmt-cprk-aug16',
    { occurredAt: '2019-08-16', recordedAt: rec('2019-08-16', '12:05') },
    {
      speaker: CPRK,
      audience: 'south-korea',
      tone: 'accusation',
      summary:
        "Moon's Liberation Day speech is futile and thoughtless: the North has nothing to discuss with the South's authorities and no intention to sit face to face with them again; the stalled Panmunjom Declaration is the South's fault (the joint drills with the US, its defence plan).",
      quote:
        'We have nothing to talk any more with the South Korean authorities nor have any idea to sit with them again.',
    },
    [S.yonhapAug16, S.kbsAug16],
  ),
  // ===== 2020: the launches, the leaflets, the liaison office =====
  ev(
    'IncidentReported',
    'inc-launch-2020-mar2',
    { occurredAt: '2020-03-02', recordedAt: rec('2020-03-30', '12:00') },
    {
      incidentId: 'launch-2020-03-02',
      kind: 'force-posture',
      perpetrator: 'north-korea',
      target: 'The sea off its east coast (East Sea)',
      place: 'Wonsan',
      description:
        "Short-range projectiles fired into the sea, the first launch in 95 days; the South's Joint Chiefs of Staff call it unhelpful to easing tension and urge the North to stop.",
    },
    [S.kyenMar30],
  ),
  ev(
    'StatementMade',
    'stmt-kim-yo-jong-mar3',
    { occurredAt: '2020-03-03', recordedAt: rec('2020-03-30', '12:05') },
    {
      speaker: KIM_YO_JONG,
      audience: 'south-korea',
      tone: 'accusation',
      summary:
        "Kim Yo Jong's first statement answers the Joint Chiefs of Staff with insults (the South's presidential office likened to a frightened dog barking); the next day Kim Jong Un sends Moon a letter of support against Covid-19.",
    },
    [S.kyenMar30],
  ),
  ev(
    'DemandTabled',
    'demand-leaflets',
    { occurredAt: '2020-06-04', recordedAt: rec('2020-06-04', '12:00') },
    {
      demandId: 'stop-leaflets-2020',
      by: 'north-korea',
      addressedTo: ['south-korea'],
      text: 'Stop the defectors scattering anti-North leaflets along the line (as the Panmunjom Declaration and the military agreement bar all hostile acts) and make a law against it.',
      category: 'security',
    },
    [S.xinhuaJun4, S.scmpJun4],
  ),
  ev(
    'UltimatumIssued',
    'ult-leaflets',
    { occurredAt: '2020-06-04', recordedAt: rec('2020-06-04', '12:05') },
    {
      ultimatumId: 'leaflets-ultimatum-2020',
      by: 'north-korea',
      to: ['south-korea'],
      demandIds: ['stop-leaflets-2020'],
      consequences:
        'Otherwise the North will completely withdraw from the Kaesong industrial project, shut down the joint liaison office and may scrap the military agreement; the South "must face the worst phase shortly" and "pay a dear price".',
      channel: 'Statement by Kim Yo Jong in the Rodong Sinmun and KCNA',
    },
    [S.xinhuaJun4, S.scmpJun4],
  ),
  ev(
    'PositionTaken',
    'pos-leaflets-south',
    { occurredAt: '2020-06-04', recordedAt: rec('2020-06-04', '18:00') },
    {
      demandId: 'stop-leaflets-2020',
      actorId: 'south-korea',
      stance: 'accepted-in-principle',
      conditions:
        'A law to curb the leaflet campaigns is being prepared; the campaigns endanger residents near the border.',
      speaker: YOH,
    },
    [S.upnewsJun4],
  ),
  ev(
    'TalksSuspended',
    'lines-cut',
    { occurredAt: '2020-06-09T03:00:00Z', recordedAt: rec('2020-06-09', '06:00') },
    {
      by: 'north-korea',
      reason:
        'From noon on 9 June the North cuts every line with the South — the liaison office line, the military lines in the East and West Seas, the leaders\' hotline — "the first step" of a series of actions: it sees no need for face-to-face talks and will treat the South as an enemy (order of Kim Yo Jong and Kim Yong Chol).',
    },
    [S.yonhapJun9, S.kbsJun9],
  ),
  ev(
    'StatementMade',
    'stmt-kim-yo-jong-jun13',
    { occurredAt: '2020-06-13', recordedAt: rec('2020-06-13', '18:00') },
    {
      speaker: KIM_YO_JONG,
      audience: 'south-korea',
      tone: 'military-threat',
      summary:
        'She has instructed the department in charge of affairs with "the enemy" to carry out the next action: the South will soon see "a tragic scene of the useless north-south joint liaison office completely collapsed"; the right to take the next action against the enemy is entrusted to the General Staff of the army.',
      quote:
        'If I drop a hint of our next plan the south Korean authorities are anxious about, the right to taking the next action against the enemy will be entrusted to the General Staff of our army.',
    },
    [S.diplomatJun13],
  ),
  ev(
    'StatementMade',
    'stmt-kpa-jun16',
    { occurredAt: '2020-06-16', recordedAt: rec('2020-06-16', '09:00') },
    {
      speaker: KPA_GS,
      audience: 'south-korea',
      tone: 'military-threat',
      summary:
        'The army is studying an action plan to advance again into the zones demilitarised under the North-South agreement, "turn the front line into a fortress" and heighten military vigilance against the South, for the Central Military Commission to approve.',
    },
    [S.yeshivaJun16, S.dailybeastJun16],
  ),
  ev(
    'IncidentReported',
    'inc-liaison-office',
    { occurredAt: '2020-06-16T05:49:00Z', recordedAt: rec('2020-06-16', '09:30') },
    {
      incidentId: 'liaison-office-demolished-2020',
      kind: 'non-lethal-force',
      perpetrator: 'north-korea',
      against: 'south-korea',
      target:
        'The inter-Korean joint liaison office (a four-storey building the South built, equipped and staffed), empty since January',
      place: 'Kaesong',
      description:
        'At 14:49 KST the North blows up the joint liaison office in the Kaesong industrial zone, on its side of the border, three days after Kim Yo Jong foretold its collapse; KCNA says it was "ruined with a terrific explosion". No one was in it.',
    },
    [S.dailybeastJun16, S.bbcJun16],
    {
      note: 'Force used on the South’s property on the North’s own territory, no one hurt: not armed action in §5b’s sense; recorded as non-lethal force against the South (see the header).',
    },
  ),
  ev(
    'UltimatumResolved',
    'ult-leaflets-enforced',
    { occurredAt: '2020-06-16T05:49:00Z', recordedAt: rec('2020-06-16', '09:35') },
    {
      ultimatumId: 'leaflets-ultimatum-2020',
      resolution: 'enforced',
      summary: 'The lines cut (9 June) and the liaison office destroyed (16 June), as threatened.',
    },
    [S.dailybeastJun16],
  ),
  ev(
    'AgreementStatusChanged',
    'agr-panmunjom-suspended',
    { occurredAt: '2020-06-16T05:49:00Z', recordedAt: rec('2020-06-16', '09:40') },
    {
      agreementId: A.panmunjom,
      status: 'suspended',
      by: 'north-korea',
      reason:
        'The North has cut every line the declaration restored, destroyed the liaison office it set up and treats the South as an enemy: it no longer applies the declaration.',
    },
    [S.dailybeastJun16, S.bbcJun16],
  ),
  ev(
    'StatementMade',
    'stmt-kpa-jun17',
    { occurredAt: '2020-06-17', recordedAt: rec('2020-06-17', '06:00') },
    {
      speaker: KPA_GS,
      audience: 'south-korea',
      tone: 'military-threat',
      summary:
        'Regiment-level units and firepower sub-units will be deployed to the Mount Kumgang tourist area and the Kaesong industrial zone; the guard posts withdrawn from the DMZ under the 2018 military agreement set up again; the artillery on the whole front line reinforced and all regular exercises near the line resumed; leaflet scattering into the South guaranteed militarily.',
    },
    [S.xinhuaJun17, S.yonhapJun17],
  ),
  ev(
    'AgreementStatusChanged',
    'agr-military-suspended',
    { occurredAt: '2020-06-17', recordedAt: rec('2020-06-17', '06:05') },
    {
      agreementId: A.military,
      status: 'suspended',
      by: 'north-korea',
      reason:
        'The General Staff announces measures that undo the agreement (troops back into the disarmed zones, guard posts restored, exercises near the line resumed): "an apparent move to abolish" it (Yonhap). Kim suspended the plans on 23 June; no source says the North returned to the agreement.',
    },
    [S.yonhapJun17, S.xinhuaJun17],
  ),
  ev(
    'StatementMade',
    'stmt-kim-yo-jong-envoys',
    { occurredAt: '2020-06-17', recordedAt: rec('2020-06-17', '06:10') },
    {
      speaker: KIM_YO_JONG,
      audience: 'south-korea',
      tone: 'critical',
      summary: "Moon's offer to send his security adviser and intelligence chief as special envoys is flatly rejected.",
    },
    [S.yonhapJun17],
  ),
  ev(
    'StatementMade',
    'stmt-kim-suspends',
    { occurredAt: '2020-06-23', recordedAt: rec('2020-06-24', '06:00') },
    {
      speaker: KCNA_NK,
      audience: 'south-korea',
      tone: 'neutral',
      summary:
        'At a preliminary meeting of the party\'s Central Military Commission chaired by Kim Jong Un by video, the commission "took stock of the prevailing situation and suspended the military action plans against the South" brought by the General Staff; it also examined documents on "further bolstering the war deterrent".',
    },
    [S.yonhapJun24, S.aljazeeraJun24],
  ),
  // ===== September 2020: the killing at sea =====
  ev(
    'IncidentReported',
    'inc-official-shot',
    { occurredAt: '2020-09-22', recordedAt: rec('2020-09-24', '06:00') },
    {
      incidentId: 'fisheries-official-shot-2020',
      kind: 'lethal-force',
      perpetrator: 'north-korea',
      allegedBy: 'south-korea',
      against: 'south-korea',
      target: 'An unarmed South Korean fisheries official, adrift on a float in North Korean waters',
      place: 'North Korean waters near Yeonpyeong',
      fatalities: { min: 1, max: 1 },
      civilianFatalities: { min: 1, max: 1 },
      description:
        "The 47-year-old official of the Oceans and Fisheries Ministry, missing from a patrol vessel near Yeonpyeong since 21 September, is found in the North's waters, questioned from a patrol boat, shot dead by North Korean troops and his body (the North says the float) burned, as a Covid-19 measure. The first killing of a South Korean by the North's forces in a decade; the North's letter of 25 September admits about ten shots.",
    },
    [S.newsdiarySep24, S.yonhapSep24],
    {
      note: 'Lethal force by the North’s troops on a South Korean official in the North’s waters: not armed action in §5b’s sense (not between forces, not on the South’s territory), coercion with its toll (see the header).',
    },
  ),
  ev(
    'StatementMade',
    'stmt-south-condemns',
    { occurredAt: '2020-09-24', recordedAt: rec('2020-09-24', '09:00') },
    {
      speaker: SUH_CHOO_SUK,
      audience: 'north-korea',
      tone: 'accusation',
      summary:
        'The presidential office and the Unification Ministry strongly condemn the shooting of an unarmed civilian and the burning of his body as an "inhumane act" that cannot be justified for any reason; the security posture on the border islands is strengthened; the South will respond firmly to any act that threatens its people.',
    },
    [S.yonhapSep24b, S.yonhapSep24],
  ),
  ev(
    'DemandTabled',
    'demand-shooting',
    { occurredAt: '2020-09-24', recordedAt: rec('2020-09-24', '09:05') },
    {
      demandId: 'shooting-accountability-2020',
      by: 'south-korea',
      addressedTo: ['north-korea'],
      text: 'Reveal the whole truth of the killing, punish those responsible, apologise and take measures against a recurrence.',
      category: 'humanitarian',
    },
    [S.yonhapSep24b, S.yonhapSep24],
  ),
  ev(
    'StatementMade',
    'stmt-kim-apology',
    { occurredAt: '2020-09-25', recordedAt: rec('2020-09-25', '06:00') },
    {
      speaker: KIM_JONG_UN,
      audience: 'south-korea',
      tone: 'conciliatory',
      summary:
        'In a letter of the party\'s United Front Department read out by Suh Hoon, Kim is "very sorry" for disappointing Moon and the South\'s people with an "unexpected, unfortunate" incident; the letter gives the North\'s account (the man refused to identify himself and tried to flee; troops fired about ten rounds under standing rules; the float burned) and regrets the South\'s charge of brutality.',
      quote:
        'Comrade Kim Jong Un feels very sorry to give big disappointment to President Moon Jae-in and South Korean citizens.',
    },
    [S.kbsSep25, S.hurriyetSep25, S.thejournalSep25],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'korea-2018.jsonl',
  logEnd: '2020-10-31T00:00:00Z',
  events,
};

export default definition;
