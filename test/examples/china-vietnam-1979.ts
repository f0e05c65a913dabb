/**
 * A test fixture, not a shipped example: China and Vietnam from the
 * deterioration of 1978 — the exodus of the Hoa, China halting its aid and
 * recalling its ambassador, Vietnam's treaty with the Soviet Union (3 November
 * 1978) and its invasion of Cambodia (25 December 1978) — through Deng
 * Xiaoping's warnings that Vietnam must be "taught a lesson" (January–February
 * 1979), the Chinese invasion on many fronts (17 February 1979: Lao Cai, Cao
 * Bang, Dong Dang, Mong Cai), the battles of Dong Dang, Cao Bang and Lang Son,
 * China's announcement of withdrawal (5 March) and its completion (16 March),
 * the Tong Chup killings during the withdrawal (9 March), the casualties (tens
 * of thousands killed), the notes over the talks and the opening of the
 * vice-ministerial talks in Hanoi (April 1979), to the border war of the 1980s:
 * the shootings Vietnam reported in April 1983, China's bombardment of four
 * provinces and the battle for the Lao Son (Laoshan) heights at Vi Xuyen
 * (April–July 1984), and the fighting there in January 1985. Escalation model
 * v2 was never tuned on it: it is the case the model is held to in
 * china-vietnam-1979.spec.ts, against the calls an analyst makes from DOMAIN.md
 * §5b alone.
 *
 * What it tests that the other cases did not: a large invasion on many fronts
 * with tens of thousands killed and no ceasefire ever agreed — a unilateral
 * withdrawal, so the level falls by the days since the last armed act, not by
 * a truce; a threat of war ("a lesson") told to third parties and the press
 * before it; a third party's war (Vietnam in Cambodia) that is not armed action
 * between the pair; talks opened in the shadow of the war; and years later
 * bombardments in several provinces and a battle at one place.
 *
 * The negotiation recorded is the relationship between China and Vietnam over
 * their border and the war: the parties are China and Vietnam; no mediator.
 * Third parties: the Soviet Union, the United States, Democratic Kampuchea (the
 * Khmer Rouge government), the People's Republic of Kampuchea (installed by
 * Vietnam in Phnom Penh) and the United Nations.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source.
 *
 * Recorded retrospectively: the case was opened on 6 December 2026 and every
 * development recorded that day from archives, press archives and
 * encyclopedias, so its knownAt begins then. The escalation calls are on world
 * time (`at`).
 *
 * Grading as in examples/README.md: A = the document itself (FRUS, the State
 * Department's declassified telegrams, the Chinese foreign ministry's cables in
 * the Wilson Center's archive, the treaty's text); B = established outlet, wire
 * copy or its archive copy (TIME, The Press/NZPA-Reuter, AP, the Los Angeles
 * Times/UPI, the Christian Science Monitor, the Indian Express, Beijing Review,
 * Saigon Giai Phong); C = encyclopedia page or its copy, blog or retrospective
 * (Wikipedia and its mirrors, Exploring Chinese History, Wondrium, the
 * Vietnamese blogs and the Chinese book excerpt); 1 = a text or an on-record
 * act confirmed by the actors; 2 = several outlets agree or one established
 * outlet reports it; 3 = one side's unverified claim.
 *
 * Dates of sources: pages that carry no date of their own (encyclopedia pages
 * and their copies, chronicles) are given the day after the last development
 * they are cited for, a lower bound, as the other historical cases do.
 *
 * Judgement calls, recorded as an analyst would:
 * - The case opens with China's charges over the Hoa (NCNA in the first week
 *   of June 1978, as TIME of 12 June reports them, `approximate`). Deng's halt
 *   to aid is dated by month to June 1978 ("earlier this month", TIME of 3
 *   July): the formal notice of 3 July 1978 the brief mentions was not found in
 *   a source read. China's recall of its ambassador, the closing of three
 *   Vietnamese consulates and the troops added on the frontier, and Vietnam's
 *   alert, are each side's `force-posture` of the last week of June
 *   (`approximate`). The border firefights of 1978 (over refugees and
 *   Vietnam's border fence, per the CIA's study of 1 March 1979) are not dated
 *   in any source read and are left out; so is the Friendship Pass incident of
 *   August 1978.
 * - Vietnam's treaty with the Soviet Union (3 November 1978) is the Soviet
 *   Union's `support` of Vietnam, a third party's engagement; Le Duan's words
 *   the same day are Vietnam's `accusation`.
 * - Vietnam's invasion of Cambodia (25 December 1978) and the fall of Phnom
 *   Penh (7 January 1979) are recorded as Vietnam's clashes `against`
 *   Democratic Kampuchea, a third party: a war of one party on a third, not
 *   armed action between the pair.
 * - The "lesson": Deng to the American press in Washington (31 January 1979,
 *   as Beijing Review dates the luncheon with American journalists; the words
 *   from the Chinese account of the visit: without a necessary lesson no other
 *   way will work; "we Chinese mean what we say"), to Japan's leaders in Tokyo
 *   (`approximate`, 7 February: punishment, action even at some risk), and his
 *   oral message to Carter delivered on 15 February (FRUS: "an appropriate
 *   lesson", the decision to take "necessary self-defense operations"). Each
 *   is a `military-threat` of China's; none is an ultimatum (no demand put to
 *   Vietnam with a deadline).
 * - Saigon Giai Phong's account that two Chinese companies pushed into Dong
 *   Dang and Bao Lam on 15 February is Vietnam's allegation (B3).
 * - The invasion of 17 February is recorded place by place as the NZPA-Reuter
 *   report of 19 February gives it: Lao Cai, Cao Bang (the posts of Tra Linh),
 *   Dong Dang (Lang Son province; 118 Vietnamese soldiers killed on Hill 386 in
 *   the first assault, per the encyclopedia's account from Chinese sources) and
 *   Mong Cai. Dong Dang and Lang Son (the provincial town) are two places,
 *   each written one way throughout. Muong Khuong (18 February, the bridge and
 *   the tanks) is the Voice of Vietnam's claim (B3).
 * - The fall of the last Dong Dang strongpoint (22 February), the Vietnamese
 *   counter-attacks at Quang Uyen and Tra Linh (Cao Bang, China's control
 *   restored on 2 and 3 March) and the capture of Lang Son (3 March, per
 *   Exploring Chinese History) are one clash each. The claim of the same
 *   source that a Chinese force reached Quang Yen is left out (no other source
 *   read says it).
 * - Scale (the catalogue's `scale: 'major'`, heavy armed action whatever
 *   toll is recorded): the capture of Lang Son (3 March) is recorded major,
 *   its cited source (Wikipedia, "Battle of Lạng Sơn (1979)") giving it as
 *   "the Battle of Lạng Sơn … The fighting occurred primarily at the city of
 *   Lạng Sơn", fought by the PLA's 55th, 43rd and 54th Armies against the
 *   Vietnamese 3rd Division "reinforced by the whole 327th, 337th, 338th
 *   Divisions since 2 March", its result the "capture and brief occupation
 *   of Lạng Sơn by Chinese troops". The counter-attacks at Cao Bang (2
 *   March) are not marked: their source's words on those days were not
 *   checked, and one act marked is all the source-read record supports.
 * - China's announcement of 5 March (Huang Hua to the US ambassador: all
 *   frontier troops ordered back "starting today") is a `critical` statement
 *   (it repeats that the operation answered Vietnam's aggression): a
 *   unilateral withdrawal, no ceasefire. No ceasefire was agreed between the
 *   two at any time in this record.
 * - Tong Chup (9 March 1979, Hoa An, Cao Bang): Vietnamese officials' account,
 *   as AP reported it in 1987, of 43 women and children killed by Chinese
 *   soldiers during the withdrawal. Recorded as a `clash` of China's on
 *   Vietnamese soil, `allegedBy` Vietnam, civilians 43 of 43: armed force by one
 *   party on the other's territory (the catalogue's `lethal-force` is for force
 *   off the other's territory). Dated to the afternoon the witness gives.
 * - The toll of the war is one `casualty-report` for 17 February – 16 March,
 *   dated at its end: fatalities from 36,954 (China's own 6,954 dead and the
 *   low Chinese estimate of 30,000 Vietnamese soldiers killed) to 61,000 (the
 *   high Western estimates, 26,000 Chinese and 35,000 Vietnamese killed); the
 *   other claims (Vietnam's 62,000 Chinese casualties, China's 57,000 soldiers
 *   and 70,000 militia) are in the text only. It counts the same fighting as
 *   the acts above, not new fighting.
 * - The completion of the withdrawal (16 March) is China's word as reported on
 *   2 April; Vietnam's note that Chinese troops still held parts of its
 *   territory is its demand, as a precondition of the talks, which China
 *   `rejected` (1 April) and Vietnam gave up (by 14 April, per the Chinese
 *   foreign ministry's cable).
 * - The vice-ministerial talks in Hanoi are recorded as opened when Han
 *   Nianlong's delegation arrived (14 April 1979, `approximate`). How and when
 *   they ended (the Hanoi round in May, the Beijing round of June 1979 – March
 *   1980, which China broke off) was NOT found in a dated source read: no
 *   conclusion is recorded, so the log holds that round open.
 * - Nothing between the two is recorded from April 1979 to April 1983: no
 *   dated report of the border clashes of 1980–82 was found in the sources
 *   searched.
 * - April 1983: Vietnam's military library records more than 80 Chinese
 *   shootings and incursions on the northern border that month (C3, dated by
 *   month). TIME's visit to Pingmeng (July 1983) is the Chinese officials'
 *   `accusation` (5 killed, 38 wounded there by Vietnamese fire in three
 *   years).
 * - April 1984: the bombardment of 2–27 April (60,000 shells on 16 districts)
 *   is recorded by province, as the source names them (Lang Son, Cao Bang, Ha
 *   Tuyen, Hoang Lien Son), dated to its first day; the battalion attacks of 6
 *   April by their main place (Trang Dinh); the Chinese attack on the Lao Son
 *   heights (28 April) at Vi Xuyen, the place written one way for Lao Son and
 *   Laoshan throughout; Vietnam's counter-offensive of 12 July (more than 600
 *   Vietnamese soldiers killed the first night, Thanh Nien) there too.
 * - January 1985: the third day of fighting at Laoshan (16 January) as UPI
 *   reported both sides' claims, one clash, perpetrator as Vietnam alleged;
 *   Vietnam's renewed call for a ceasefire is a `conciliatory` statement, not
 *   a ceasefire. The PLA officer's briefing of 17 April 1985 (skirmishes daily,
 *   no talks until Vietnam leaves Kampuchea) is China's `accusation` and a
 *   clash of that day at Vi Xuyen, perpetrator as China alleged.
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, source, retrospectiveClock } from '../../examples/case-builder';

const NEGOTIATION_ID = 'china-vietnam-1979';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 1979);
/** Recorded retrospectively on 6 December 2026, one minute apart, in log order. */
const when = retrospectiveClock('2026-12-06T08:00:00Z');

const CHINA: Actor = {
  id: 'china',
  name: 'China',
  kind: 'state',
  aliases: ['Beijing', 'Peking', "People's Republic of China"],
};
const VIETNAM: Actor = {
  id: 'vietnam',
  name: 'Vietnam',
  kind: 'state',
  aliases: ['Hanoi', 'Socialist Republic of Vietnam'],
};
const USSR: Actor = { id: 'soviet-union', name: 'Soviet Union', kind: 'state', aliases: ['USSR', 'Moscow'] };
const USA: Actor = { id: 'united-states', name: 'United States', kind: 'state', aliases: ['Washington'] };
const DK: Actor = {
  id: 'democratic-kampuchea',
  name: 'Democratic Kampuchea (the Khmer Rouge)',
  kind: 'state',
  aliases: ['Khmer Rouge', 'Pol Pot government'],
};
const PRK: Actor = {
  id: 'peoples-republic-of-kampuchea',
  name: "People's Republic of Kampuchea",
  kind: 'de-facto-authority',
  aliases: ['Heng Samrin government', 'the government installed in Phnom Penh'],
};
const UN: Actor = {
  id: 'united-nations',
  name: 'United Nations (Secretary-General and Security Council)',
  kind: 'international-organisation',
  aliases: ['UN', 'UN Security Council'],
};

const NCNA: Person = { name: 'New China News Agency', actorId: 'china' };
const DENG: Person = { name: 'Deng Xiaoping', title: 'Vice Premier of China', actorId: 'china' };
const CHINA_GOVT: Person = { name: 'Government of China', actorId: 'china' };
const HUANG_HUA: Person = { name: 'Huang Hua', title: 'Foreign Minister of China', actorId: 'china' };
const ZHANG_WENJIN: Person = { name: 'Zhang Wenjin', title: 'Vice Foreign Minister of China', actorId: 'china' };
const CHINA_BORDER_OFFICIALS: Person = { name: 'Chinese officials in the Guangxi region', actorId: 'china' };
const ZHANG_XIUMING: Person = {
  name: 'Zhang Xiuming',
  title: 'Deputy Chief of Staff, PLA forces in Kunming',
  actorId: 'china',
};
const LE_DUAN: Person = {
  name: 'Le Duan',
  title: 'General Secretary of the Communist Party of Vietnam',
  actorId: 'vietnam',
};
const VIETNAM_GOVT: Person = { name: 'Government of Vietnam', actorId: 'vietnam' };
const RADIO_HANOI: Person = { name: 'Radio Hanoi', actorId: 'vietnam' };

const S = {
  time0612: source(
    'Refugees on the Run (TIME, 12 June 1978)',
    'TIME (archive copy)',
    'http://610211.6jhxt.group/txt/time/Time1978/1978-06-12/948170.html',
    '1978-06-12',
    'B',
    2,
  ),
  time0703: source(
    "Lenin's Way: Peking vs. Hanoi (Contd.) (TIME, 3 July 1978)",
    'TIME (archive copy)',
    'http://softbeam.net/txt/time/Time1978/1978-07-03/946000.html',
    '1978-07-03',
    'B',
    2,
  ),
  cia: source(
    'The Sino-Vietnamese Border Dispute (CIA research paper, 1 March 1979)',
    'CIA (FOIA release, faqs.org copy)',
    'http://www.faqs.org/cia/docs/43/0000789482/THE-SINO-VIETNAMESE-BORDER-DISPUTE.html',
    '1979-03-01',
    'A',
    2,
  ),
  treaty: source(
    'Treaty of Friendship and Cooperation between the Socialist Republic of Viet Nam and the USSR (3 November 1978)',
    'The World and Japan database (GRIPS / University of Tokyo)',
    'https://worldjpn.net/documents/texts/docs/19781103.T1E.html',
    '1978-11-03',
    'A',
    1,
  ),
  artofwar: source(
    '3 November 1978: Vietnam and the Soviet Union Sign a Treaty of Friendship',
    'Vietnam: The Art of War',
    'https://vietnamtheartofwar.com/1978/11/03/3-november-1978-vietnam-and-the-soviet-union-sign-a-treaty-of-friendship/',
    '1978-11-04',
    'C',
    2,
  ),
  wondrium: source(
    "China's Vietnam Campaign: The Invasion and Its Aftermath (Richard Baum)",
    'Wondrium Daily',
    'https://www.wondriumdaily.com/chinas-vietnam-campaign-the-invasion-and-its-aftermath/',
    '1979-03-17',
    'C',
    2,
  ),
  ap1989: source(
    'Vietnam Hails Withdrawal Of Its Troops from Cambodia',
    'Associated Press',
    'https://www.apnews.com/cc1b5e639766cb3b1eb1e73711ad9c69',
    '1989-01-07',
    'B',
    2,
  ),
  bjreview: source(
    'Vice Premier Deng Visits the United States (Beijing Review, No. 6, 9 February 1979)',
    'Beijing Review',
    'http://www.bjreview.com.cn/special/2011-01/14/content_325314_6.htm',
    '1979-02-09',
    'B',
    2,
  ),
  dengCn: source(
    '中越战争秘录 (the war with Vietnam: Deng Xiaoping in the United States and Japan, book excerpt)',
    'songyuwenxue.com (book copy)',
    'http://wap.songyuwenxue.com/322/322202/69384173_3.html',
    '1979-02-09',
    'C',
    3,
  ),
  frus212: source(
    'Oral Message From Chinese Vice Premier Deng Xiaoping to President Carter (FRUS 1977–1980, vol. XIII, doc. 212)',
    'Office of the Historian, US Department of State',
    'https://history.state.gov/historicaldocuments/frus1977-80v13/d212',
    '1979-02-15',
    'A',
    1,
  ),
  sggp: source(
    'Northern border defense fight: Lang Son in days of fire, sword',
    'Saigon Giai Phong (SGGP News)',
    'http://sggpnews.org.vn/national/northern-border-defense-fight-lang-son-in-days-of-fire-sword-80302.html',
    '1979-02-23',
    'B',
    3,
  ),
  press0219: source(
    'Hanoi appeals to U.N. after big offensive (NZPA-Reuter)',
    'The Press, Christchurch (Papers Past)',
    'https://paperspast.natlib.govt.nz/newspapers/CHP19790219.2.4',
    '1979-02-19',
    'B',
    2,
  ),
  ie0219: source(
    'Forty years ago, February 19, 1979: China-Vietnam rift',
    'The Indian Express (indian24news copy)',
    'http://www.indian24news.com/opinion/forty-years-ago-february-19-1979-china-vietnam-rift/509486-news',
    '2019-02-19',
    'B',
    3,
  ),
  dongDang: source(
    'Battle of Đồng Đăng (1979)',
    'Wikipedia (cryer.org.uk copy)',
    'http://cryer.org.uk/Battle_of_%c4%90%e1%bb%93ng_%c4%90%c4%83ng_(1979)',
    '1979-02-24',
    'C',
    2,
  ),
  caoBang: source(
    'Battle of Cao Bằng (1979)',
    'Wikipedia (wikisum copy)',
    'https://wikisum.wiki/wiki/Battle_of_Cao_B%E1%BA%B1ng_(1979)',
    '1979-03-17',
    'C',
    2,
  ),
  langSon: source(
    'Battle of Lạng Sơn (1979)',
    'Wikipedia',
    'https://en.wikipedia.org/wiki/Battle_of_L%E1%BA%A1ng_S%C6%A1n_(1979)',
    '1979-03-17',
    'C',
    2,
  ),
  ibiblio: source(
    'Exploring Chinese History: Conflict and War (the 1979 war with Vietnam)',
    'ibiblio.org',
    'http://www.ibiblio.org/chinesehistory/contents/03pol/c04s09.html',
    '1979-03-17',
    'C',
    2,
  ),
  cable0305: source(
    'Chinese withdrawal from Vietnam (Beijing 1198, 5 March 1979)',
    'US Embassy Beijing telegram (WikiLeaks PlusD)',
    'https://theworldtomorrow.wikileaks.org/plusd/cables/1979BEIJIN01198_e.html',
    '1979-03-05',
    'A',
    1,
  ),
  wikiWar: source(
    'Sino-Vietnamese War',
    'Wikipedia (Kiwix copy)',
    'https://library.kiwix.org/wikipedia_en_top_maxi/A/Sino-Vietnamese_War',
    '1979-03-17',
    'C',
    2,
  ),
  ap1987: source(
    'A Village Recalls Alleged Massacre (Peter Eng)',
    'Associated Press',
    'https://apnews.com/67627c6984dd62a1a3a429454c5836a3',
    '1987-01-02',
    'B',
    3,
  ),
  wikiTongChup: source(
    'Tong Chup massacre',
    'Wikipedia',
    'https://en.wikipedia.org/wiki/Tong_Chup_massacre',
    '1979-03-10',
    'C',
    3,
  ),
  press0402: source(
    'China-Vietnam bickering makes talks unlikely (NZPA-Reuter, Peking)',
    'The Press, Christchurch (Papers Past)',
    'https://paperspast.natlib.govt.nz/newspapers/CHP19790402.2.87.10',
    '1979-04-02',
    'B',
    2,
  ),
  wilson0416: source(
    "Cable from the Foreign Ministry, 'Notice on Holding Vice Foreign Minister Level Talks Between China and Vietnam' (16 April 1979)",
    'Wilson Center Digital Archive',
    'https://digitalarchive.wilsoncenter.org/document/cable-foreign-ministry-notice-holding-vice-foreign-minister-level-talks-between-china-and',
    '1979-04-16',
    'A',
    2,
  ),
  cable0414: source(
    "PRC Vice Foreign Minister's remarks on Vietnam (Beijing 2113, 14 April 1979)",
    'US Embassy Beijing telegram (WikiLeaks PlusD)',
    'https://search.wikileaks.org/plusd/cables/1979BEIJIN02113_e.html',
    '1979-04-14',
    'A',
    2,
  ),
  vnLibrary: source(
    'Trung Quốc gây ra hơn 80 vụ bắn súng và xâm nhập lãnh thổ Việt Nam tháng 4/1983 (abstract)',
    'Thư viện Quân đội (Vietnam People’s Army library)',
    'http://tracuu.thuvienquandoi.vn/pages/opac/wpid-detailbib-id-201819.html',
    '1983-05-01',
    'C',
    3,
  ),
  time1983: source(
    'Enmity at Friendship Pass (TIME, 18 July 1983)',
    'TIME (archive copy)',
    'http://610211.6jhxt.group/txt/time/Time1983/1983-07-18/950967.html',
    '1983-07-18',
    'B',
    2,
  ),
  viWiki: source(
    'Xung đột Việt–Trung 1979–1991 (the 1984 section: Xâm lấn biên giới ở Vị Xuyên)',
    'Wikipedia (Vietnamese)',
    'https://vi.m.wikipedia.org/wiki/%C4%90%E1%BA%B7c_bi%E1%BB%87t:So_s%C3%A1nh_di_%C4%91%E1%BB%99ng/49732130',
    '1984-04-29',
    'C',
    2,
  ),
  thanhNien: source(
    'Việt Nam remembers martyrs of 1984 border war (Thanh Nien News)',
    'vietnameselanguage.wordpress.com (copy of Thanh Nien News)',
    'https://vietnameselanguage.wordpress.com/2013/07/18/viet-nam-remembers-martyrs-of-1984-border-war/',
    '2013-07-18',
    'C',
    2,
  ),
  laoSon: source(
    'Cách nay 34 năm Tàu đỏ đã đánh CSVN ở Lão sơn (28 April 1984, the battle of Lao Son)',
    'nuocnha.blogspot.com',
    'https://nuocnha.blogspot.com/2018/04/cach-nay-34-nam-tau-o-anh-csvn-o-lao.html',
    '2018-04-28',
    'C',
    2,
  ),
  wikiConflicts: source(
    'Sino-Vietnamese conflicts (1979–1991)',
    'Wikipedia',
    'https://en.wikipedia.org/wiki/Sino-Vietnamese_conflicts_(1979%E2%80%931991)',
    '1991-11-06',
    'C',
    2,
  ),
  lat1985: source(
    'Chinese and Viet Troops Clash for 3rd Day at Border (United Press International)',
    'Los Angeles Times',
    'https://www.latimes.com/archives/la-xpm-1985-01-18-mn-8749-story.html',
    '1985-01-18',
    'B',
    3,
  ),
  csm1985: source(
    'China spells out position on easing tensions with Vietnam',
    'The Christian Science Monitor',
    'https://www.csmonitor.com/1985/0418/oder.html',
    '1985-04-18',
    'B',
    2,
  ),
};

const D = { withdrawal: 'chinese-troops-off-vietnamese-territory' };
const R = { hanoi: 'vice-ministerial-talks-hanoi-1979' };

// One place, one way.
const P = {
  border: 'China–Vietnam border',
  laoCai: 'Lao Cai',
  caoBang: 'Cao Bang',
  dongDang: 'Dong Dang',
  langSon: 'Lang Son',
  mongCai: 'Mong Cai',
  muongKhuong: 'Muong Khuong',
  haTuyen: 'Ha Tuyen',
  hoangLienSon: 'Hoang Lien Son',
  trangDinh: 'Trang Dinh',
  viXuyen: 'Vi Xuyen',
};

const events = [
  // ===== 1978: the deterioration =====
  ev(
    'NegotiationOpened',
    'opened',
    when('1978-06-05', 'approximate'),
    {
      negotiationId: NEGOTIATION_ID,
      title: 'China – Vietnam, the border war of 1979 and after',
      subject:
        'The break between China and Vietnam over the Hoa, Cambodia and the border: from the exodus and the end of Chinese aid in 1978, through the Chinese invasion of February–March 1979 and the talks that followed, to the border fighting of the 1980s',
      parties: [CHINA, VIETNAM],
      mediators: [],
    },
    [S.time0612, S.wikiWar],
    { note: 'Opened at the first development it covers (China’s charges over the Hoa); recorded retrospectively.' },
  ),
  ev(
    'StatementMade',
    'stmt-ncna-hoa',
    when('1978-06-05', 'approximate'),
    {
      speaker: NCNA,
      audience: 'vietnam',
      tone: 'accusation',
      summary:
        'China charges that ethnic Chinese in Vietnam are "persecuted and ostracized" and fleeing at some 4,000 a day; more than 102,000 have crossed into Yunnan and Guangxi in two months, and China will send ships to fetch its "mistreated countrymen".',
    },
    [S.time0612],
  ),
  ev(
    'StatementMade',
    'stmt-deng-aid-halt',
    when('1978-06', 'month'),
    {
      speaker: DENG,
      audience: 'Thai journalists',
      tone: 'critical',
      summary:
        'Deng declares a halt to China’s aid to Vietnam: "China’s cash grants to Viet Nam already amount to $10 billion … The only thing wrong is that we have given Viet Nam too much."',
    },
    [S.time0703],
  ),
  ev(
    'IncidentReported',
    'inc-china-posture-jun78',
    when('1978-06-26', 'approximate'),
    {
      incidentId: 'china-posture-1978-06',
      kind: 'force-posture',
      perpetrator: 'china',
      against: 'vietnam',
      place: P.border,
      description:
        'China recalls its ambassador to Hanoi and closes three Vietnamese consulates in southern China; the number of troops on the frontier is increased and roads in the border areas widened for military equipment.',
    },
    [S.time0703, S.cia],
  ),
  ev(
    'IncidentReported',
    'inc-vietnam-alert-jun78',
    when('1978-06-26', 'approximate'),
    {
      incidentId: 'vietnam-alert-1978-06',
      kind: 'force-posture',
      perpetrator: 'vietnam',
      against: 'china',
      place: 'northern Vietnam',
      description:
        'Hanoi, Hue and Haiphong and all of Vietnam’s armed forces go on alert; radio stations announce "self defense" classes.',
    },
    [S.time0703],
  ),
  ev('ActorRegistered', 'actor-ussr', when('1978-11-03'), { actor: USSR, role: 'third-party' }, [S.treaty]),
  ev(
    'ThirdPartyEngagement',
    'tpe-ussr-treaty',
    when('1978-11-03'),
    {
      actorId: 'soviet-union',
      counterparts: ['vietnam'],
      kind: 'support',
      summary:
        'The Soviet Union and Vietnam sign a Treaty of Friendship and Cooperation in Moscow (25 years), with economic and technical agreements; China calls it a military alliance.',
    },
    [S.treaty, S.artofwar],
  ),
  ev(
    'StatementMade',
    'stmt-le-duan-nov78',
    when('1978-11-03'),
    {
      speaker: LE_DUAN,
      audience: 'china',
      tone: 'accusation',
      summary:
        'At the signing, Le Duan says China is "establishing a new alliance with imperialism and fascist hangers-on" and "pursuing a fiercely hostile policy against Vietnam".',
    },
    [S.artofwar],
  ),
  ev('ActorRegistered', 'actor-dk', when('1978-12-25'), { actor: DK, role: 'third-party' }, [S.wondrium, S.wikiWar]),
  ev(
    'IncidentReported',
    'inc-cambodia-invasion',
    when('1978-12-25'),
    {
      incidentId: 'vietnam-invades-cambodia-1978-12-25',
      kind: 'clash',
      perpetrator: 'vietnam',
      against: 'democratic-kampuchea',
      place: 'Cambodia',
      description:
        'Vietnam invades Cambodia on Christmas Day to overthrow the Khmer Rouge government, China’s ally: a war of one party on a third.',
    },
    [S.wondrium, S.wikiWar],
  ),
  ev('ActorRegistered', 'actor-prk', when('1979-01-07'), { actor: PRK, role: 'third-party' }, [S.ap1989]),
  ev(
    'IncidentReported',
    'inc-phnom-penh',
    when('1979-01-07'),
    {
      incidentId: 'fall-of-phnom-penh-1979-01-07',
      kind: 'clash',
      perpetrator: 'vietnam',
      against: 'democratic-kampuchea',
      place: 'Phnom Penh',
      description:
        'Vietnamese troops oust the Khmer Rouge from Phnom Penh and install the People’s Republic of Kampuchea.',
    },
    [S.ap1989],
  ),
  // ===== January – February 1979: the "lesson" =====
  ev('ActorRegistered', 'actor-usa', when('1979-01-31'), { actor: USA, role: 'third-party' }, [S.bjreview]),
  ev(
    'StatementMade',
    'stmt-deng-washington',
    when('1979-01-31'),
    {
      speaker: DENG,
      audience: 'American journalists',
      tone: 'military-threat',
      summary:
        'Asked in Washington about Vietnam’s invasion of Cambodia, Deng says Vietnam’s treaty with the Soviet Union is a military alliance, Vietnam is "the Cuba of the East", and against such people nothing but a necessary lesson will work; on troop moves to the border: "we will have to wait and see … we Chinese mean what we say".',
    },
    [S.bjreview, S.dengCn],
  ),
  ev(
    'StatementMade',
    'stmt-deng-tokyo',
    when('1979-02-07', 'approximate'),
    {
      speaker: DENG,
      audience: 'Japanese leaders',
      tone: 'military-threat',
      summary:
        'In Tokyo Deng tells Tanaka that an aggressor left unpunished risks a chain reaction and China is considering action "to punish, even at some risk"; he tells Ohira it is necessary to sanction Vietnam.',
    },
    [S.dengCn],
  ),
  ev(
    'StatementMade',
    'stmt-deng-carter',
    when('1979-02-15'),
    {
      speaker: DENG,
      audience: 'united-states',
      tone: 'military-threat',
      summary:
        'Deng’s oral message to Carter: one must give the Vietnamese aggressors "an appropriate lesson"; Vietnamese armed provocations inside Chinese territory are escalating and China is "forced to make the decision to take necessary self-defense operations against Vietnam", limited in scope.',
    },
    [S.frus212],
  ),
  ev(
    'IncidentReported',
    'inc-dong-dang-0215',
    when('1979-02-15'),
    {
      incidentId: 'dong-dang-incursion-1979-02-15',
      kind: 'clash',
      perpetrator: 'china',
      allegedBy: 'vietnam',
      against: 'vietnam',
      place: P.dongDang,
      description:
        'By the Vietnamese account, two Chinese companies push into parts of Dong Dang town and Bao Lam commune.',
    },
    [S.sggp],
  ),
  // ===== 17 February – 16 March 1979: the war =====
  ev(
    'IncidentReported',
    'inc-lao-cai-0217',
    when('1979-02-17'),
    {
      incidentId: 'lao-cai-1979-02-17',
      kind: 'clash',
      perpetrator: 'china',
      against: 'vietnam',
      place: P.laoCai,
      description:
        'The Chinese offensive along the whole border, backed by planes and tanks: an attack on the town of Lao Cai; the posts of Bat Sat (Hoang Lien Son) and Phong Tho (Lai Chau) taken.',
    },
    [S.press0219, S.wikiWar],
  ),
  ev(
    'IncidentReported',
    'inc-cao-bang-0217',
    when('1979-02-17'),
    {
      incidentId: 'cao-bang-1979-02-17',
      kind: 'clash',
      perpetrator: 'china',
      against: 'vietnam',
      place: P.caoBang,
      description: 'Chinese forces attack in Cao Bang province and take the frontier posts of Tra Linh.',
    },
    [S.press0219, S.caoBang],
  ),
  ev(
    'IncidentReported',
    'inc-dong-dang-0217',
    when('1979-02-17'),
    {
      incidentId: 'dong-dang-1979-02-17',
      kind: 'clash',
      perpetrator: 'china',
      against: 'vietnam',
      place: P.dongDang,
      fatalities: { min: 118, max: 118 },
      description:
        'From 05:00 a barrage of more than 6,000 shells on the Vietnamese strongpoints; the 55th Army overruns Hill 386 south of the border, killing 118 Vietnamese soldiers; the posts of Trang Dinh, Loc Binh and Van Long (Lang Son) taken.',
    },
    [S.dongDang, S.press0219],
  ),
  ev(
    'IncidentReported',
    'inc-mong-cai-0217',
    when('1979-02-17'),
    {
      incidentId: 'mong-cai-1979-02-17',
      kind: 'clash',
      perpetrator: 'china',
      against: 'vietnam',
      place: P.mongCai,
      description:
        'An attack on Mong Cai on the Gulf of Tonkin, the eastern end of a front Vietnam’s ambassador in Paris puts at 1,000 km; Binh Lieu (Quang Ninh) taken.',
    },
    [S.press0219],
  ),
  ev(
    'StatementMade',
    'stmt-vietnam-aggression',
    when('1979-02-17'),
    {
      speaker: VIETNAM_GOVT,
      audience: 'china',
      tone: 'accusation',
      summary:
        'Vietnam charges China with launching an aggressive war against its northern border areas with a large force backed by planes and tanks, and calls on the Soviet Union and all friendly countries for solidarity; Hanoi claims several hundred Chinese killed.',
    },
    [S.press0219],
  ),
  ev('ActorRegistered', 'actor-un', when('1979-02-18', 'approximate'), { actor: UN, role: 'third-party' }, [
    S.press0219,
  ]),
  ev(
    'ThirdPartyEngagement',
    'tpe-vietnam-un',
    when('1979-02-18', 'approximate'),
    {
      actorId: 'vietnam',
      counterparts: ['united-nations'],
      kind: 'outreach',
      summary:
        'Foreign Minister Nguyen Duy Trinh asks Secretary-General Waldheim to help force the attackers’ withdrawal; no immediate meeting of the Security Council is requested.',
    },
    [S.press0219],
  ),
  ev(
    'IncidentReported',
    'inc-muong-khuong-0218',
    when('1979-02-18', 'approximate'),
    {
      incidentId: 'muong-khuong-1979-02-18',
      kind: 'clash',
      perpetrator: 'vietnam',
      allegedBy: 'vietnam',
      against: 'china',
      place: P.muongKhuong,
      description:
        'By the Voice of Vietnam, Vietnamese forces blow up a floating bridge near Muong Khuong under a Chinese armoured column, destroying eight of its 18 T-62 tanks; the column is stalled five kilometres inside Hoang Lien Son.',
    },
    [S.ie0219],
  ),
  ev(
    'IncidentReported',
    'inc-dong-dang-0222',
    when('1979-02-22'),
    {
      incidentId: 'dong-dang-1979-02-22',
      kind: 'clash',
      perpetrator: 'china',
      allegedBy: 'vietnam',
      against: 'vietnam',
      place: P.dongDang,
      description:
        'The last Vietnamese stronghold at Dong Dang falls: by the Vietnamese account the Chinese blew in its gate and used flamethrowers and grenades in the air holes, killing many wounded soldiers and civilians. The battle of Dong Dang (17–23 February) cost China 531 dead by its own count.',
    },
    [S.sggp, S.dongDang],
  ),
  ev(
    'IncidentReported',
    'inc-cao-bang-0302',
    when('1979-03-02', 'approximate'),
    {
      incidentId: 'cao-bang-1979-03-02',
      kind: 'clash',
      perpetrator: 'vietnam',
      against: 'china',
      place: P.caoBang,
      description:
        'Vietnamese counter-attacks on the occupied towns of Quang Uyen and Tra Linh; Chinese control is restored on 2 and 3 March.',
    },
    [S.caoBang],
  ),
  ev(
    'IncidentReported',
    'inc-lang-son-0303',
    when('1979-03-03'),
    {
      incidentId: 'lang-son-1979-03-03',
      kind: 'clash',
      perpetrator: 'china',
      against: 'vietnam',
      place: P.langSon,
      scale: 'major',
      description:
        'Chinese forces capture Lang Son, the vital centre of the northern provinces, despite Vietnamese divisions brought up from Cambodia (reinforcing the city since 2 March). The battle of Lang Son: 1,271 Chinese killed by China’s count; Vietnam claims some 19,000 Chinese casualties.',
    },
    [S.ibiblio, S.langSon],
  ),
  ev(
    'StatementMade',
    'stmt-china-withdrawal',
    when('1979-03-05'),
    {
      speaker: HUANG_HUA,
      audience: 'united-states',
      tone: 'critical',
      summary:
        'The Chinese government has ordered all its frontier troops to return to Chinese territory "starting today"; the statement repeats China’s charges of Vietnamese aggression and asks the US to urge Vietnam out of Kampuchea. China declares its forces "attained the goals set for them" (and, on 6 March, that its punitive mission was achieved).',
    },
    [S.cable0305, S.caoBang, S.wikiWar],
  ),
  ev(
    'IncidentReported',
    'inc-tong-chup',
    when('1979-03-09'),
    {
      incidentId: 'tong-chup-1979-03-09',
      kind: 'clash',
      perpetrator: 'china',
      allegedBy: 'vietnam',
      against: 'vietnam',
      place: P.caoBang,
      target: 'the village of Tong Chup, Hung Dao commune, Hoa An district',
      fatalities: { min: 43, max: 43 },
      civilianFatalities: { min: 43, max: 43 },
      description:
        'Four days after China announced its withdrawal, by Vietnamese officials’ account Chinese soldiers kill 43 women and children at a pig farm in Tong Chup in the afternoon; the withdrawing troops pursue a scorched-earth policy.',
    },
    [S.ap1987, S.wikiTongChup, S.caoBang],
  ),
  ev(
    'IncidentReported',
    'inc-war-toll',
    when('1979-03-16', 'approximate'),
    {
      incidentId: 'war-toll-1979',
      kind: 'casualty-report',
      perpetrator: 'china',
      against: 'vietnam',
      period: { from: '1979-02-17', to: '1979-03-16' },
      fatalities: { min: 36954, max: 61000 },
      description:
        'The toll of the war as the sides and Western estimates give it: China 6,954 (or 8,531) of its own killed, Western estimate 26,000; Vietnamese soldiers killed 30,000–35,000 (Western estimates; 30,000 is also the low Chinese estimate) to 57,000 soldiers and 70,000 militia (a Chinese claim); Vietnam claims 62,000 Chinese casualties. The range is the low Chinese figures for both sides to the Western estimates.',
    },
    [S.wikiWar],
  ),
  ev(
    'StatementMade',
    'stmt-china-withdrawal-done',
    when('1979-03-16'),
    {
      speaker: CHINA_GOVT,
      audience: 'vietnam',
      tone: 'neutral',
      summary: 'China says the pull-back of its troops to its side of the border is complete.',
    },
    [S.press0402, S.wikiWar],
  ),
  // ===== April 1979: the notes and the talks =====
  ev(
    'DemandTabled',
    'dem-withdrawal',
    when('1979-04-01'),
    {
      demandId: D.withdrawal,
      by: 'vietnam',
      addressedTo: ['china'],
      text: 'Chinese troops leave the parts of Vietnamese territory they still hold, before talks can begin.',
      category: 'territorial',
    },
    [S.press0402, S.wilson0416],
  ),
  ev(
    'StatementMade',
    'stmt-vietnam-apr1',
    when('1979-04-01'),
    {
      speaker: VIETNAM_GOVT,
      audience: 'china',
      tone: 'accusation',
      summary:
        'Hanoi accuses China of blocking the road to negotiations and of paving the road for "another criminal aggression against the Vietnamese people", and of threatening Laos.',
    },
    [S.press0402],
  ),
  ev(
    'PositionTaken',
    'pos-china-withdrawal',
    when('1979-04-01'),
    {
      demandId: D.withdrawal,
      actorId: 'china',
      stance: 'rejected',
      quote:
        'deep regret and indignation at Hanoi’s lies and precondition for and repeated stalling of the opening of Sino-Vietnamese negotiations',
    },
    [S.press0402],
  ),
  ev(
    'StatementMade',
    'stmt-china-note-apr1',
    when('1979-04-01'),
    {
      speaker: NCNA,
      audience: 'vietnam',
      tone: 'accusation',
      summary:
        'A Chinese note says all its troops are on China’s side of the border and Hanoi’s claims to the contrary are an unreasonable obstruction of peace talks.',
    },
    [S.press0402],
  ),
  ev(
    'DemandWithdrawn',
    'dem-withdrawal-dropped',
    when('1979-04-14', 'approximate'),
    {
      demandId: D.withdrawal,
      reason:
        'Vietnam gives up the precondition and agrees to hold the talks (by the Chinese foreign ministry’s account).',
    },
    [S.wilson0416],
  ),
  ev(
    'TalksRoundOpened',
    'round-hanoi-opened',
    when('1979-04-14', 'approximate'),
    {
      roundId: R.hanoi,
      label: 'Vice-foreign-minister talks, Hanoi',
      venue: 'Hanoi',
      format: 'formal',
      delegations: [
        { actorId: 'china', head: { name: 'Han Nianlong', title: 'Vice Foreign Minister', actorId: 'china' } },
      ],
    },
    [S.wilson0416, S.cable0414],
    {
      note: 'Dated to the Chinese delegation’s arrival in Hanoi. How the talks ended was not found in a dated source.',
    },
  ),
  ev(
    'StatementMade',
    'stmt-zhang-wenjin',
    when('1979-04-14'),
    {
      speaker: ZHANG_WENJIN,
      audience: 'united-states',
      tone: 'critical',
      summary:
        'Vietnam was forced to accept negotiations by its internal difficulties; China is not optimistic about a solution to the border dispute, and warns that aid to Vietnam would only whet its expansionist appetite.',
    },
    [S.cable0414],
  ),
  // ===== 1983: the border =====
  ev(
    'IncidentReported',
    'inc-border-apr83',
    when('1983-04', 'month'),
    {
      incidentId: 'northern-border-1983-04',
      kind: 'clash',
      perpetrator: 'china',
      allegedBy: 'vietnam',
      against: 'vietnam',
      place: P.border,
      description:
        'By Vietnam’s account China commits more than 80 shootings and incursions into Vietnamese territory on the northern border in April 1983, twice the monthly average of the first quarter.',
    },
    [S.vnLibrary],
  ),
  ev(
    'StatementMade',
    'stmt-china-pingmeng',
    when('1983-07-11', 'approximate'),
    {
      speaker: CHINA_BORDER_OFFICIALS,
      audience: 'foreign journalists',
      tone: 'accusation',
      summary:
        'At Pingmeng, Guangxi, Chinese officials say Vietnamese fire has killed five and wounded 38 there in three years and the Vietnamese lay mines; relations are now "rifles to rifles and artillery to artillery".',
    },
    [S.time1983],
  ),
  // ===== 1984: the bombardment and Lao Son =====
  ev(
    'IncidentReported',
    'inc-shelling-lang-son-84',
    when('1984-04-02'),
    {
      incidentId: 'shelling-lang-son-1984-04',
      kind: 'shelling',
      perpetrator: 'china',
      against: 'vietnam',
      place: P.langSon,
      description:
        'China’s heaviest bombardment of Vietnam since 1979 begins (2–27 April: some 60,000 shells on 16 districts of Lang Son, Cao Bang, Ha Tuyen and Hoang Lien Son): Lang Son province.',
    },
    [S.viWiki, S.thanhNien],
  ),
  ev(
    'IncidentReported',
    'inc-shelling-cao-bang-84',
    when('1984-04-02'),
    {
      incidentId: 'shelling-cao-bang-1984-04',
      kind: 'shelling',
      perpetrator: 'china',
      against: 'vietnam',
      place: P.caoBang,
      description: 'The April 1984 bombardment: Cao Bang province.',
    },
    [S.viWiki, S.thanhNien],
  ),
  ev(
    'IncidentReported',
    'inc-shelling-ha-tuyen-84',
    when('1984-04-02'),
    {
      incidentId: 'shelling-ha-tuyen-1984-04',
      kind: 'shelling',
      perpetrator: 'china',
      against: 'vietnam',
      place: P.haTuyen,
      description: 'The April 1984 bombardment: Ha Tuyen province.',
    },
    [S.viWiki, S.thanhNien],
  ),
  ev(
    'IncidentReported',
    'inc-shelling-hls-84',
    when('1984-04-02'),
    {
      incidentId: 'shelling-hoang-lien-son-1984-04',
      kind: 'shelling',
      perpetrator: 'china',
      against: 'vietnam',
      place: P.hoangLienSon,
      description: 'The April 1984 bombardment: Hoang Lien Son province.',
    },
    [S.viWiki, S.thanhNien],
  ),
  ev(
    'IncidentReported',
    'inc-trang-dinh-84',
    when('1984-04-06'),
    {
      incidentId: 'trang-dinh-1984-04-06',
      kind: 'clash',
      perpetrator: 'china',
      against: 'vietnam',
      place: P.trangDinh,
      description:
        'Battalion-level Chinese infantry attacks on Vietnamese positions with the bombardment; the largest in Trang Dinh district (Lang Son), on hills 820 and 636 near the invasion route of 1979.',
    },
    [S.viWiki],
  ),
  ev(
    'IncidentReported',
    'inc-lao-son-84',
    when('1984-04-28'),
    {
      incidentId: 'lao-son-1984-04-28',
      kind: 'clash',
      perpetrator: 'china',
      against: 'vietnam',
      place: P.viXuyen,
      description:
        'The battle of Lao Son (Laoshan) begins: the PLA attacks the heights on the border of Wenshan (Yunnan) and Ha Giang in Vi Xuyen district and occupies them. The fighting at Vi Xuyen went on for years (some 4,000 Vietnamese and 2,000 Chinese dead by the encyclopedia’s figures).',
    },
    [S.laoSon, S.wikiConflicts],
  ),
  ev(
    'IncidentReported',
    'inc-mb84',
    when('1984-07-12'),
    {
      incidentId: 'mb84-1984-07-12',
      kind: 'clash',
      perpetrator: 'vietnam',
      against: 'china',
      place: P.viXuyen,
      fatalities: { min: 600, max: 600 },
      description:
        'Vietnam’s campaign MB84 to retake the heights occupied by China: more than 600 Vietnamese soldiers are killed on the first night.',
    },
    [S.thanhNien],
  ),
  // ===== 1985 =====
  ev(
    'IncidentReported',
    'inc-laoshan-jan85',
    when('1985-01-16'),
    {
      incidentId: 'laoshan-1985-01-16',
      kind: 'clash',
      perpetrator: 'china',
      allegedBy: 'vietnam',
      against: 'vietnam',
      place: P.viXuyen,
      description:
        'A third straight day of fighting at Laoshan: China says its frontier guards turned back eight Vietnamese incursions, killing or wounding a number; Radio Hanoi says the Chinese fired tens of thousands of artillery rounds on Vietnamese villages and made incursions, and that Ha Tuyen’s forces "wiped out" hundreds of Chinese troops.',
    },
    [S.lat1985],
  ),
  ev(
    'StatementMade',
    'stmt-vietnam-ceasefire-call',
    when('1985-01-17'),
    {
      speaker: RADIO_HANOI,
      audience: 'china',
      tone: 'conciliatory',
      summary: 'Vietnam renews its call for a ceasefire on the border.',
    },
    [S.lat1985],
  ),
  ev(
    'IncidentReported',
    'inc-laoshan-apr85',
    when('1985-04-17'),
    {
      incidentId: 'laoshan-1985-04-17',
      kind: 'clash',
      perpetrator: 'vietnam',
      allegedBy: 'china',
      against: 'china',
      place: P.viXuyen,
      description:
        'By a senior PLA officer in Kunming, skirmishes on the border take place daily and fighting "has never stopped for a single day" since January; Vietnam has fired 130,000 shells into the Laoshan area since then.',
    },
    [S.csm1985],
  ),
  ev(
    'StatementMade',
    'stmt-zhang-xiuming',
    when('1985-04-17'),
    {
      speaker: ZHANG_XIUMING,
      audience: 'foreign journalists',
      tone: 'accusation',
      summary:
        'China cannot "sit down at the negotiating table to talk about peace" until Vietnam stops attacking, stops the provocations and withdraws its forces from Kampuchea; in six years Vietnamese shells have killed nearly 1,000 villagers and soldiers in Yunnan.',
    },
    [S.csm1985],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'china-vietnam-1979.jsonl',
  logEnd: '2026-12-06T12:00:00Z',
  events,
};

export default definition;
