/**
 * A test fixture, not a shipped example: China and India from the Chinese forward patrols and India's Forward Policy
 * posts of 1962 to the Colombo proposals of December 1962 – January 1963, as an analyst reading the record after the
 * fact could have recorded them — the Dhola post set up below the Thag La ridge (June), the Chinese troops who
 * encircle the Indian post in the Galwan valley (July), the Chinese unit that takes up positions over the Dhola post
 * (8 September), the firing at Dhola (20 and 28 September) and the Tseng-jong clash of 10 October, the notes and
 * editorials of those days, China's offensive of 20 October at the Namka Chu and in Ladakh, Tawang taken, Zhou
 * Enlai's three-point proposal of 24 October and India's refusal, the American arms, the pause and the second
 * offensive (Walong, Se La, Rezang La, Bomdila, 14–19 November), China's unilateral ceasefire of 21–22 November and its
 * withdrawal, the six-nation Colombo conference (10–12 December), Mrs Bandaranaike's visits, the proposals published on
 * 19 January 1963, China's acceptance in principle and India's acceptance. Escalation model v2 was never tuned on it:
 * it is the case the model is held to in china-india-1962.spec.ts, against the calls an analyst makes from DOMAIN.md
 * §5b alone.
 *
 * The parties are China and India. Mediators: Ceylon (whose Prime Minister called the conference and carried its
 * proposals), and the five other Colombo powers — Burma, Cambodia, Indonesia, the United Arab Republic (Egypt) and
 * Ghana — registered when they met. Third parties: the Soviet Union (registered at the start), the United States (the
 * arms Nehru asked for on 29 October) and the United Kingdom (the joint US–UK programme). Nothing of a third party's is
 * recorded as the pair's. Separate from india-china-1967.ts, china-india-2017.ts and india-china-2020.ts: none of them
 * records a development of 1962, and nothing here is copied from them.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration file's coverage do not change. Built and
 * checked with the same builder as the shipped cases (examples/case-builder.ts): every event replays through `decide`
 * and cites a dated, graded public source. Recorded retrospectively (one minute apart, from the sources read at once).
 *
 * Grading as in examples/README.md: B = an established outlet or a wire copy (Reuters through the Christchurch Press,
 * Keesing's, The Spectator, Business Standard), and the US government's published telegrams (FRUS; no A grades); C =
 * an encyclopedia (Wikipedia, and its copy on LiquiSearch), a period paper's digitised OCR (the Himalayan Times of
 * Kalimpong), a copy of period news on an archive site (realtime1960s.com, which reprints the day's news under its
 * dateline; Time on wilpattuhouse.com; the People's Daily and Xinhua reprints), the transcript of Nehru's Lok Sabha
 * statement of 10 December 1962 on a blog, and later Indian articles (Indian Defence Review, Free Press Journal,
 * Ceylon Today, The Arunachal Times, The Logical Indian, 2dayhistory); 2 = several sources agree or one established
 * source reports it; 3 = one side's claim, or a count or date the sources disagree on.
 *
 * Dates of sources: contemporary reports by their own date (realtime1960s by the dateline of the news it reprints).
 * Wikipedia and its copy are given a lower bound from their own content: the day of the development they are cited for.
 *
 * Judgement calls, recorded as an analyst would:
 * - Forward posts and patrols are shows of force (`force-posture`): China's forward patrols in Ladakh resumed after 30
 *   April, India's Dhola post set up below the Thag La ridge in June (month only: Wikipedia gives "June 1962"), the
 *   Chinese encirclement of the Indian post in the Galwan valley (reported by India's External Affairs spokesman on 12
 *   July; dated approximately to that report). The Dhola post lay, the Henderson Brooks report later found, north of
 *   the McMahon Line as drawn on the treaty map; it is still recorded as a show of force, not as ground taken, since
 *   India held the area to be its own and no source read has China holding it before 8 September.
 * - Ground taken or held without fire is an `occupation` by China: the positions over the Dhola post on 8 September
 *   ("neither side opened fire for 12 days", Wikipedia), Tawang (evacuated by the Indian 4 Division and entered on
 *   about 24 October; sources give 23–25 October, graded 3), and Bomdila and Walong held after the ceasefire (taken
 *   with fire, the clashes recorded on their days; held without fire from 22 November). Each ends with China's
 *   `withdrawal` from that place when a dated source reports it: Bomdila, where India's civil administration moved in on
 *   16 December (Himalayan Times); Walong, "completely withdrawn" by 20 January 1963 (Reuter). No dated source read
 *   reports when the Chinese left Tawang or the Namka Chu – Thag La positions (all Chinese troops were north of the
 *   McMahon Line by 1 March 1963, IDSA): those occupations stay open at the end of the log.
 * - The Indian soldiers captured are a `detention` by China, from the Namka Chu battle (dated approximately to 22
 *   October, graded 3). The Chinese Red Cross said on about 26 December that it held 2,156 captured since 16 November,
 *   besides 927 and 204 announced before, and had freed 608 sick and wounded: that partial release is recorded as the
 *   Chinese Red Cross's statement, not as a `release` (which would end the whole detention); the others were freed
 *   after the end of this log.
 * - One place, written one way: "Namka Chu – Thag La ridge (Kameng, NEFA)" for Dhola, Tseng-jong and the river line;
 *   "Se La (Kameng, NEFA)" for the attacks at Jang and on the Se La position; "Chushul – Rezang La (Ladakh)" for Rezang
 *   La; "Galwan valley (Ladakh)" for the western attack of 20 October (the Galwan post is the one named; the other
 *   Ladakh posts lost are not named by the sources read).
 * - Scale (`scale: 'major'`): the two attacks of 20 October (Keesing's: "a massive Chinese offensive both in the Ladakh
 *   area … and across the McMahon Line"), the attack on Bum La of 23 October (The Arunachal Times: "the Chinese Army
 *   launched a heavy offensive on Bum La"; added after the first run, see the spec), the attack on Walong of 16
 *   November and on Se La of 18 November (Nehru to the Lok Sabha on 10 December: "the Chinese forces mounted a massive
 *   attack on our position at the Sela pass and at Walong"). The other clashes are not marked.
 * - Tolls: the Tseng-jong clash's "17 casualties" (Himalayan Times; whether any died is not said) are in the
 *   description only; Walong's 115 killed of 6 Kumaon (The Arunachal Times, over 14–16 November) and Rezang La's 114
 *   killed of 13 Kumaon's C Company are recorded on those clashes, graded 3. The overall counts of the war (1,383 Indian
 *   killed by Indian figures, 722 Chinese by Chinese figures) and the "2,000 to 2,500 dead and missing" of 29 October
 *   are not recorded as counts.
 * - The ceasefire is China's alone: recorded as a `CeasefireDeclared` binding China only (parties: China), in force
 *   from 00:00 on 22 November Peking time (16:00 UTC on the 21st; realtime1960s: "11 a.m. tomorrow, Eastern standard
 *   time"). India neither accepted nor rejected it: it asked for clarification (23 November) and on 1 December refused
 *   China's terms for talks; the ceasefire "took effect as stated" (Nehru, 10 December). It is not recorded as an Indian
 *   act, nor India as bound by it. The "number of breaches of it on the Chinese side in the first few days" (Nehru) are
 *   not dated or counted by any source read: not recorded.
 * - The Chinese terms announced with the ceasefire (both sides 20 km back from the line of 7 November 1959, officials to
 *   meet) are a demand by China; Nehru's reply of 1 December (no talks until China is back at its positions of 8
 *   September) is India's rejection of them. Zhou's three points of 24 October are a demand rejected by India; Nehru's
 *   refusal is dated approximately (27 October), graded 3 for the date.
 * - The Colombo proposals are a demand tabled by Ceylon for the six, addressed to both (the conference ended on 12
 *   December; the text was published on 19 January). China's acceptance "in principle … as a preliminary basis"
 *   (Chen Yi, 21 January) and India's acceptance (Parliament's debate of 23–25 January; dated approximately to the 25th)
 *   are their positions on it.
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, retrospectiveClock, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'china-india-1962';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 1962);
/** Recorded retrospectively on 6 December 2026, one minute apart, in log order. */
const when = retrospectiveClock('2026-12-06T18:00:00Z');

const CHINA: Actor = {
  id: 'china',
  name: 'China',
  kind: 'state',
  aliases: ['Peking', 'Beijing', "People's Republic of China"],
};
const INDIA: Actor = { id: 'india', name: 'India', kind: 'state', aliases: ['New Delhi', 'Republic of India'] };
const USSR: Actor = { id: 'soviet-union', name: 'Soviet Union', kind: 'state', aliases: ['USSR', 'Moscow'] };
const USA: Actor = { id: 'united-states', name: 'United States', kind: 'state', aliases: ['Washington'] };
const UK: Actor = { id: 'united-kingdom', name: 'United Kingdom', kind: 'state', aliases: ['London', 'Britain'] };
const CEYLON: Actor = { id: 'ceylon', name: 'Ceylon', kind: 'state', aliases: ['Colombo', 'Sri Lanka'] };
const BURMA: Actor = { id: 'burma', name: 'Burma', kind: 'state', aliases: ['Rangoon', 'Myanmar'] };
const CAMBODIA: Actor = { id: 'cambodia', name: 'Cambodia', kind: 'state', aliases: ['Phnom Penh'] };
const INDONESIA: Actor = { id: 'indonesia', name: 'Indonesia', kind: 'state', aliases: ['Jakarta', 'Djakarta'] };
const UAR: Actor = {
  id: 'egypt',
  name: 'United Arab Republic (Egypt)',
  kind: 'state',
  aliases: ['Cairo', 'Egypt', 'UAR'],
};
const GHANA: Actor = { id: 'ghana', name: 'Ghana', kind: 'state', aliases: ['Accra'] };

const NEHRU: Person = { name: 'Jawaharlal Nehru', title: 'Prime Minister of India', actorId: 'india' };
const MENON: Person = { name: 'V. K. Krishna Menon', title: 'Defence Minister of India', actorId: 'india' };
const MEA: Person = { name: 'Ministry of External Affairs of India (spokesman)', actorId: 'india' };
const LOK_SABHA: Person = { name: 'Lok Sabha (House of the People, Parliament of India)', actorId: 'india' };
const INDIA_GOV: Person = { name: 'Government of India', actorId: 'india' };
const ZHOU: Person = { name: 'Zhou Enlai', title: 'Premier of the State Council of China', actorId: 'china' };
const CHEN_YI: Person = { name: 'Chen Yi', title: 'Vice Premier and Foreign Minister of China', actorId: 'china' };
const CHINA_GOV: Person = { name: 'Government of China', actorId: 'china' };
const CHINA_FM: Person = { name: 'Ministry of Foreign Affairs of China', actorId: 'china' };
const PEOPLES_DAILY: Person = { name: "People's Daily (editorial)", actorId: 'china' };
const NCNA: Person = { name: 'New China News Agency', actorId: 'china' };
const CHINA_RED_CROSS: Person = { name: 'Red Cross Society of China', actorId: 'china' };

const WAR_URL = 'https://en.wikipedia.org/wiki/Sino-Indian_War';
const DHOLA_URL = 'https://en.wikipedia.org/wiki/Dhola_Post';
const THAGLA_URL = 'http://www.liquisearch.com/events_leading_to_the_sino-indian_war/confrontation_at_thag_la';
/** The Wikipedia article on the war, dated by the development it is cited for (see the header). */
const wp = (day: string) => source('Sino-Indian War', 'Wikipedia', WAR_URL, day, 'C', 2);
/** The Wikipedia article on the Dhola post, dated by the development it is cited for. */
const wpDhola = (day: string) => source('Dhola Post', 'Wikipedia', DHOLA_URL, day, 'C', 2);
/** Wikipedia's "Events leading to the Sino-Indian War" (a copy), dated by the development it is cited for. */
const wpThagLa = (day: string) =>
  source(
    'Events Leading To The Sino-Indian War – Confrontation at Thag La',
    'Wikipedia (copy on LiquiSearch)',
    THAGLA_URL,
    day,
    'C',
    2,
  );

const S = {
  fpj: source(
    'FPJ Flashback 1962: When India and China faced off before the war (its report of 12 July 1962)',
    'Free Press Journal',
    'https://www.freepressjournal.in/india/fpj-flashback-1962-when-india-and-china-faced-off-before-the-war',
    '2020-06-25',
    'C',
    2,
  ),
  idrHendersonBrooks: source(
    'Why the Henderson-Brooks report has never been released! – II',
    'Indian Defence Review',
    'https://www.indiandefencereview.com/news/why-the-henderson-brooks-report-has-never-been-released-ii/',
    '2012-04-03',
    'C',
    3,
  ),
  idrInvasion: source(
    '1962 War: The Chinese invasion – II',
    'Indian Defence Review',
    'http://www.indiandefencereview.com/spotlights/1962-war-the-chinese-invasion-ii/',
    '2011-03-12',
    'C',
    2,
  ),
  ht1014: source(
    'Chinese Intruders Resume Attack (Himalayan Times, 14 October 1962)',
    'Himalayan Times, Kalimpong (Heidelberg University Library digitisation)',
    'https://digi.ub.uni-heidelberg.de/diglit/himalayan_times1962/0303',
    '1962-10-14',
    'C',
    2,
  ),
  ht1223: source(
    'Tricolour Goes Up In Bomdila (Himalayan Times, 23 December 1962)',
    'Himalayan Times, Kalimpong (Heidelberg University Library digitisation)',
    'https://digi.ub.uni-heidelberg.de/diglit/himalayan_times1962/0395',
    '1962-12-23',
    'C',
    2,
  ),
  ht1230: source(
    'Chinese Holding 2,156 Indians; Officials Return to Walong & Dirang (Himalayan Times, 30 December 1962)',
    'Himalayan Times, Kalimpong (Heidelberg University Library digitisation)',
    'https://digi.ub.uni-heidelberg.de/diglit/himalayan_times1962/0409',
    '1962-12-30',
    'C',
    2,
  ),
  twoDay: source(
    'China declared a unilateral ceasefire',
    '2dayhistory',
    'https://2dayhistory.com/2020/11/21/china-declared-a-unilateral-ceasefire/',
    '2020-11-21',
    'C',
    2,
  ),
  keesing: source(
    "The Himalayan Border Crisis. – Chinese Offensive in Ladakh and North-East Frontier Agency. – 100-Mile Chinese Advance in N.E.F.A. – Unilateral Cease-Fire by Chinese Forces (Keesing's Contemporary Archives, December 1962, p. 19109)",
    "Keesing's Contemporary Archives (docslib copy)",
    'https://docslib.org/doc/9305946/chinese-offensive-in-ladakh-and-north-east-frontier-agency-100-mile-chinese-advance-in-n-e-f-a',
    '1962-12-01',
    'B',
    2,
  ),
  rt1021: source(
    'Chinese Communists Advance Into India',
    'realtime1960s.com (period news under its dateline)',
    'https://www.realtime1960s.com/post/chinese-communists-advance-into-india',
    '1962-10-21',
    'C',
    2,
  ),
  rt1029: source(
    'Indian Prime Minister Requests Urgent Military Assistance from U.S.',
    'realtime1960s.com (period news under its dateline)',
    'https://www.realtime1960s.com/post/indian-prime-minister-requests-urgent-military-assistance-from-u-s',
    '1962-10-29',
    'C',
    2,
  ),
  rt1120: source(
    'Communist China Orders Ceasefire Along Indian Border',
    'realtime1960s.com (period news under its dateline)',
    'https://www.realtime1960s.com/post/communist-china-orders-ceasefire-along-indian-border',
    '1962-11-20',
    'C',
    2,
  ),
  galwanPost: source(
    'Xi Jinping escalates border crisis',
    'Yahoo News India',
    'https://in.news.yahoo.com/xi-jinping-escalates-border-crisis-052757777.html',
    '2020-05-22',
    'C',
    2,
  ),
  ceylonToday: source(
    'Defusing 1962 Sino-Indian conflict (P. K. Balachandran)',
    'Ceylon Today',
    'https://ceylontoday.lk/news/defusing-1962-sino-indian-conflict',
    '2020-10-26',
    'C',
    2,
  ),
  frus188: source(
    'Telegram From the Embassy in India to the Department of State, 29 October 1962 (FRUS 1961–63, vol. XIX, doc. 188)',
    'Office of the Historian, US Department of State',
    'https://history.state.gov/historicaldocuments/frus1961-63v19/d188',
    '1962-10-29',
    'B',
    2,
  ),
  frus205: source(
    'Telegram From the Department of State to the Embassy in India, November 1962 (FRUS 1961–63, vol. XIX, doc. 205)',
    'Office of the Historian, US Department of State',
    'https://history.state.gov/historicaldocuments/frus1961-63v19/d205',
    '1962-11-20',
    'B',
    2,
  ),
  nehru1210: source(
    'Statement in Lok Sabha, Dec 10 1962 – Pandit Jawaharlal Nehru',
    'cbkwgl.wordpress.com (transcript)',
    'https://cbkwgl.wordpress.com/2015/02/09/statement-in-lok-sabha-dec-10-1962-pandit-jawaharlal-nehru/',
    '2015-02-09',
    'C',
    2,
  ),
  zhouLetter: source(
    "Premier Chou En-lai's Letter to the Leaders of Asian and African Countries on the Sino-Indian Boundary Question (15 November 1962)",
    'Wilson Center Digital Archive (docslib copy)',
    'https://docslib.org/doc/12053892/november-15-1962-premier-chou-en-lais-zhou-enlais-letter-to-the-leaders-of-asian-and-african-countries-on-the-sino-indian-boundary-question-november-15-1962',
    '1962-11-15',
    'C',
    2,
  ),
  bumLa: source(
    'Heroes of 1962 war in Arunachal: Battle of Bum La',
    'The Arunachal Times',
    'https://arunachaltimes.in/index.php/2019/12/08/heroes-of-1962-war-in-arunachal-battle-of-bum-la/',
    '2019-12-08',
    'C',
    2,
  ),
  walong: source(
    'Heroes of battle of Walong in 1962 Sino-India war: 6 Kumaon',
    'The Arunachal Times',
    'https://arunachaltimes.in/index.php/2020/11/22/heroes-of-battle-of-walong-in-1962-sino-india-war-6-kumaon',
    '2020-11-22',
    'C',
    3,
  ),
  press1119: source(
    'Indians Drive Back Four Chinese Attacks (NZPA–Reuter, New Delhi, 17 November)',
    'The Press, Christchurch (Papers Past)',
    'https://paperspast.natlib.govt.nz/newspapers/CHP19621119.2.118',
    '1962-11-19',
    'B',
    2,
  ),
  rezangLa: source(
    'Rezang La memorial: 114 Indian soldiers of 13 Kumaon',
    'The Logical Indian',
    'https://thelogicalindian.com/history/rezang-la-memorial-31984',
    '2021-11-18',
    'C',
    2,
  ),
  bs: source(
    'Explained: Why did the victorious Chinese army withdraw in 1962?',
    'Business Standard',
    'https://www.business-standard.com/article/current-affairs/explained-why-did-the-victorious-chinese-army-withdraw-in-1962-122112100847_1.html',
    '2022-11-21',
    'B',
    2,
  ),
  time0118: source(
    'The Warning on the Walls (Time, 18 January 1963)',
    'Time (copy on wilpattuhouse.com)',
    'http://www.wilpattuhouse.com/MiscStuff/time_before66/19630118_TheWarningontheWalls.html',
    '1963-01-18',
    'C',
    2,
  ),
  xinhua0116: source(
    "Ceylon's Prime Minister Mrs Bandaranaike issues a communiqué on the results of her visits to China and India (Xinhua, Colombo, 16 January)",
    "People's Daily (rmrb.online copy)",
    'https://rmrb.online/read-htm-tid-301939-page-e.html',
    '1963-01-18',
    'C',
    2,
  ),
  press0122: source(
    'Border Dispute: Proposals Published (NZPA–Reuter, New Delhi, 20 January)',
    'The Press, Christchurch (Papers Past)',
    'https://paperspast.natlib.govt.nz/newspapers/CHP19630122.2.116',
    '1963-01-22',
    'B',
    2,
  ),
  xinhua0121: source(
    'The Chinese Government accepts the Colombo Conference proposals in principle as a preliminary basis for Sino-Indian talks (Xinhua, Peking, 21 January)',
    'Benxi Daily (librarydata.cn record)',
    'http://meta.librarydata.cn/metainfo?metaID=060620020210014230',
    '1963-01-22',
    'C',
    2,
  ),
  spectator: source(
    'In Principle',
    'The Spectator',
    'https://archive.spectator.co.uk/article/1st-february-1963/5/in-principle',
    '1963-02-01',
    'B',
    2,
  ),
};

const P = {
  namkaChu: 'Namka Chu – Thag La ridge (Kameng, NEFA)',
  galwan: 'Galwan valley (Ladakh)',
  tawang: 'Tawang (Kameng, NEFA)',
  bumLa: 'Bum La (Kameng, NEFA)',
  walong: 'Walong (Lohit, NEFA)',
  seLa: 'Se La (Kameng, NEFA)',
  bomdila: 'Bomdila (Kameng, NEFA)',
  chushul: 'Chushul – Rezang La (Ladakh)',
  ladakh: 'Ladakh (western sector)',
};
const D = {
  zhou: 'zhou-three-points-1962-10-24',
  sept8: 'india-return-to-8-september-positions',
  ceasefireTerms: 'china-ceasefire-withdrawal-terms-1962-11-21',
  colombo: 'colombo-proposals-1962-12',
};
const CF = { china: 'china-unilateral-ceasefire-1962-11-22' };

const events = [
  // ===== April – July 1962: forward patrols and forward posts =====
  ev(
    'NegotiationOpened',
    'opened',
    when('1962-04-30'),
    {
      negotiationId: NEGOTIATION_ID,
      title: 'China – India, the Forward Policy, the border war and the Colombo proposals, 1962–63',
      subject:
        "The disputed Himalayan boundary (Aksai Chin and Ladakh in the west, the McMahon Line and the North-East Frontier Agency in the east): India's Forward Policy posts and China's forward patrols, the clashes at the Thag La ridge, China's offensives of October and November 1962, its unilateral ceasefire and withdrawal, and the mediation of the six Colombo powers",
      parties: [CHINA, INDIA],
      mediators: [],
    },
    [wp('1962-04-30')],
  ),
  ev('ActorRegistered', 'actor-ussr', when('1962-04-30'), { actor: USSR, role: 'third-party' }, [wp('1962-04-30')], {
    note: 'Sold India MiG fighters as the Sino-Soviet split deepened (Wikipedia); no act of its own is recorded here.',
  }),
  ev(
    'IncidentReported',
    'inc-forward-patrols',
    when('1962-04-30'),
    {
      incidentId: 'china-forward-patrols-ladakh-1962-04-30',
      kind: 'force-posture',
      perpetrator: 'china',
      against: 'india',
      place: P.ladakh,
      description:
        'China resumes its previously suspended "forward patrols" in Ladakh, after India rejected its proposed diplomatic settlements of 1960–62.',
    },
    [wp('1962-04-30')],
  ),
  ev(
    'IncidentReported',
    'inc-dhola-post',
    when('1962-06', 'month'),
    {
      incidentId: 'india-dhola-post-1962-06',
      kind: 'force-posture',
      perpetrator: 'india',
      against: 'china',
      place: P.namkaChu,
      description:
        'Under the Forward Policy the Indian Army sets up the Dhola post at Che Dong in the Namka Chu valley, south of the Thag La ridge where India holds the McMahon Line to lie (north of the line as drawn on the 1914 treaty map).',
    },
    [wpDhola('1962-06-30')],
  ),
  ev(
    'IncidentReported',
    'inc-galwan-encircled',
    when('1962-07-12', 'approximate'),
    {
      incidentId: 'china-encircles-galwan-post-1962-07',
      kind: 'force-posture',
      perpetrator: 'china',
      against: 'india',
      place: P.galwan,
      description:
        'Chinese troops encircle the Indian forward post in the Galwan valley; the Indian soldiers do not budge (India’s External Affairs spokesman).',
    },
    [graded(S.fpj, 3)],
  ),
  ev(
    'StatementMade',
    'stmt-mea-galwan',
    when('1962-07-12'),
    {
      speaker: MEA,
      audience: 'china',
      tone: 'accusation',
      summary:
        'The spokesman says the Chinese have encircled the Indian positions in the Galwan valley but the Indian soldiers have not budged, and rejects as a smokescreen the Chinese claim that India has set up four new military strongpoints in Sinkiang.',
    },
    [S.fpj],
  ),
  ev(
    'StatementMade',
    'stmt-china-strongpoints',
    when('1962-07-12', 'approximate'),
    {
      speaker: CHINA_GOV,
      audience: 'india',
      tone: 'accusation',
      summary: 'China charges that India has set up four new military strongpoints in China’s Sinkiang.',
    },
    [graded(S.fpj, 3)],
  ),
  // ===== September – 19 October 1962: Thag La and Dhola =====
  ev(
    'IncidentReported',
    'inc-thagla-occupied',
    when('1962-09-08'),
    {
      incidentId: 'china-thag-la-positions-1962-09-08',
      kind: 'occupation',
      perpetrator: 'china',
      against: 'india',
      place: P.namkaChu,
      description:
        'A Chinese unit comes down from the Thag La heights, crosses the Namka Chu and takes up positions dominating the Dhola post; two bridges near the post are destroyed. Neither side opens fire for twelve days.',
    },
    [wpThagLa('1962-09-08'), S.idrHendersonBrooks],
  ),
  ev(
    'IncidentReported',
    'inc-dhola-fire-20',
    when('1962-09-20'),
    {
      incidentId: 'dhola-firing-1962-09-20',
      kind: 'clash',
      perpetrator: 'china',
      against: 'india',
      place: P.namkaChu,
      description:
        'Chinese forces on the Thag La ridge fire on the Dhola post; firing follows on 20 and 21 September and intermittently to the 25th.',
    },
    [wpDhola('1962-09-20'), S.idrHendersonBrooks],
  ),
  ev(
    'IncidentReported',
    'inc-dhola-fire-28',
    when('1962-09-28'),
    {
      incidentId: 'dhola-firing-1962-09-28',
      kind: 'clash',
      perpetrator: 'china',
      against: 'india',
      place: P.namkaChu,
      description:
        'The Chinese use automatic weapons and the Indian troops return fire; both sides suffer casualties (no count given).',
    },
    [S.idrHendersonBrooks],
  ),
  ev(
    'IncidentReported',
    'inc-tseng-jong',
    when('1962-10-10'),
    {
      incidentId: 'tseng-jong-clash-1962-10-10',
      kind: 'clash',
      perpetrator: 'china',
      against: 'india',
      place: P.namkaChu,
      description:
        'At Tseng-jong, north of the Namka Chu, a Chinese battalion attacks the 56 men of 9 Punjab holding the position after their morning patrol is engaged; the attack is beaten back and the Chinese reply with heavy mortars. India reports 17 casualties of its own (whether any killed is not said) and heavier Chinese ones.',
    },
    [S.ht1014, S.idrInvasion],
  ),
  ev(
    'StatementMade',
    'stmt-china-note-1011',
    when('1962-10-11', 'approximate'),
    {
      speaker: CHINA_FM,
      audience: 'india',
      tone: 'threat',
      summary:
        'A Chinese note, delivered to the Indian embassy in Peking and broadcast by the New China News Agency, warns that if India does not immediately stop its armed attacks China will act resolutely in self-defence, and that India must bear full responsibility for all the consequences.',
    },
    [S.ht1014],
  ),
  ev(
    'StatementMade',
    'stmt-nehru-1012',
    when('1962-10-12'),
    {
      speaker: NEHRU,
      audience: 'china',
      tone: 'military-threat',
      summary:
        'Nehru says he has instructed the Indian Army to drive the "Chinese invaders" out of the North-East Frontier Agency.',
    },
    [S.twoDay],
  ),
  ev(
    'StatementMade',
    'stmt-peoples-daily-1014',
    when('1962-10-14'),
    {
      speaker: PEOPLES_DAILY,
      audience: 'india',
      tone: 'warning',
      summary:
        'The People’s Daily writes that Nehru seems to have made up his mind to attack the Chinese frontier guards, and that the Chinese troops can never be cleared from their own territory.',
      quote:
        'better rein in at the edge of the precipice and do not use the lives of Indian troops as stakes in your gamble',
    },
    [S.twoDay],
  ),
  // ===== 20 October – 13 November 1962: the offensive and the pause =====
  ev(
    'IncidentReported',
    'inc-offensive-nefa',
    when('1962-10-20'),
    {
      incidentId: 'china-offensive-namka-chu-1962-10-20',
      kind: 'clash',
      perpetrator: 'china',
      against: 'india',
      place: P.namkaChu,
      scale: 'major',
      description:
        'China launches a massive offensive across the McMahon Line: an artillery barrage and infantry assault overwhelm the Indian 7 Brigade on the Namka Chu; all forward posts in the area are lost.',
    },
    [S.keesing, S.rt1021],
  ),
  ev(
    'IncidentReported',
    'inc-offensive-ladakh',
    when('1962-10-20'),
    {
      incidentId: 'china-offensive-ladakh-1962-10-20',
      kind: 'clash',
      perpetrator: 'china',
      against: 'india',
      place: P.galwan,
      scale: 'major',
      description:
        'The same day Chinese forces attack the Indian forward posts in Ladakh; the Galwan post, held by 68 men of 5 Jat, is found obliterated on the morning of 21 October.',
    },
    [S.keesing, S.galwanPost],
  ),
  ev(
    'IncidentReported',
    'inc-nefa-21',
    when('1962-10-21'),
    {
      incidentId: 'china-presses-attacks-nefa-1962-10-21',
      kind: 'clash',
      perpetrator: 'china',
      against: 'india',
      place: P.namkaChu,
      description:
        'Second day of heavy fighting: the Chinese "continued to press their attacks in considerable strength" in NEFA and Indian troops take up new defensive positions (Indian Defence Ministry); casualties "heavy on both sides" (Menon).',
    },
    [S.rt1021],
  ),
  ev(
    'StatementMade',
    'stmt-menon-1021',
    when('1962-10-21'),
    {
      speaker: MENON,
      audience: 'china',
      tone: 'accusation',
      summary: 'Menon says the Chinese advance has been continuous and the Indian troops are resisting.',
      quote: 'Our troops are resisting and fighting for every inch of ground.',
    },
    [S.rt1021],
  ),
  ev(
    'IncidentReported',
    'inc-bum-la',
    when('1962-10-23'),
    {
      incidentId: 'bum-la-1962-10-23',
      kind: 'clash',
      perpetrator: 'china',
      against: 'india',
      place: P.bumLa,
      scale: 'major',
      description:
        'Early on 23 October the Chinese launch a heavy offensive on Bum La, on the shortest approach to Tawang: three waves of about 200 men each, with artillery and mortar support, against a platoon of 1 Sikh under Subedar Joginder Singh, which holds two waves and is overrun by the third.',
    },
    [S.bumLa],
  ),
  ev(
    'IncidentReported',
    'inc-prisoners',
    when('1962-10-22', 'approximate'),
    {
      incidentId: 'china-holds-indian-prisoners-1962',
      kind: 'detention',
      perpetrator: 'china',
      against: 'india',
      place: P.namkaChu,
      description:
        'Chinese forces take Indian soldiers prisoner in the Namka Chu battle, among them Brigadier J. P. Dalvi of 7 Brigade; China later announces 927 and 204 captured before 16 November.',
    },
    [graded(wp('1962-10-22'), 3), S.ht1230],
  ),
  ev(
    'IncidentReported',
    'inc-tawang-occupied',
    when('1962-10-24', 'approximate'),
    {
      incidentId: 'china-enters-tawang-1962-10',
      kind: 'occupation',
      perpetrator: 'china',
      against: 'india',
      place: P.tawang,
      description:
        'The Indian 4 Division withdraws from Tawang towards Se La, and Chinese troops enter the monastery town (the sources give 23–25 October).',
    },
    [graded(wp('1962-10-24'), 3)],
  ),
  ev(
    'DemandTabled',
    'dem-zhou-three-points',
    when('1962-10-24'),
    {
      demandId: D.zhou,
      by: 'china',
      addressedTo: ['india'],
      text: 'Both sides respect the line of actual control, disengage and withdraw their armed forces 20 km from it; Chinese troops in the eastern sector withdraw north of the line; the two Prime Ministers meet to seek a friendly, peaceful settlement.',
      category: 'security',
    },
    [S.ceylonToday, S.rt1120],
  ),
  ev(
    'IncidentReported',
    'inc-walong-25',
    when('1962-10-25'),
    {
      incidentId: 'walong-probe-1962-10-25',
      kind: 'clash',
      perpetrator: 'china',
      against: 'india',
      place: P.walong,
      description:
        'A Chinese probe at Walong is met by the 4th Sikhs; Sepoy Kewal Singh is killed in hand-to-hand fighting.',
    },
    [wp('1962-10-25')],
  ),
  ev(
    'DemandTabled',
    'dem-sept8',
    when('1962-10-27', 'approximate'),
    {
      demandId: D.sept8,
      by: 'india',
      addressedTo: ['china'],
      text: 'China withdraws its forces to the positions they held before 8 September 1962, before any talks.',
      category: 'security',
    },
    [graded(S.ceylonToday, 3)],
  ),
  ev(
    'PositionTaken',
    'pos-india-rejects-zhou',
    when('1962-10-27', 'approximate'),
    {
      demandId: D.zhou,
      actorId: 'india',
      stance: 'rejected',
      conditions: 'Withdrawal first to the positions held before 8 September 1962.',
      speaker: NEHRU,
    },
    [graded(S.ceylonToday, 3), S.rt1120],
  ),
  ev('ActorRegistered', 'actor-usa', when('1962-10-29'), { actor: USA, role: 'third-party' }, [S.rt1029, S.frus188]),
  ev(
    'ThirdPartyEngagement',
    'eng-usa-arms',
    when('1962-10-29'),
    {
      actorId: 'united-states',
      counterparts: ['india'],
      kind: 'support',
      summary:
        'Nehru makes a definite request to Ambassador Galbraith for US military assistance, India’s first direct appeal for military help; Washington pledges at once that weapons will be rushed, air transports with guns and ammunition expected by the end of the week.',
    },
    [S.rt1029, S.frus188],
  ),
  ev(
    'StatementMade',
    'stmt-lok-sabha-1114',
    when('1962-11-14'),
    {
      speaker: LOK_SABHA,
      audience: 'china',
      tone: 'military-threat',
      summary:
        'The Lok Sabha passes, unanimously and with all members standing, a resolution on the Chinese aggression and invasion, by which the House pledges itself (Nehru, 10 December).',
    },
    [S.nehru1210],
  ),
  // ===== 14 – 21 November 1962: the second offensive =====
  ev(
    'IncidentReported',
    'inc-walong-14',
    when('1962-11-14'),
    {
      incidentId: 'walong-indian-counterattack-1962-11-14',
      kind: 'clash',
      perpetrator: 'india',
      against: 'china',
      place: P.walong,
      description:
        '6 Kumaon counter-attacks the Chinese on the heights above Walong (Yellow Pimple) with little fire support; the Chinese counter-attack in waves through the night of 14–15 November.',
    },
    [S.walong],
  ),
  ev(
    'StatementMade',
    'stmt-zhou-letter-1115',
    when('1962-11-15'),
    {
      speaker: ZHOU,
      audience: 'Leaders of Asian and African countries',
      tone: 'critical',
      summary:
        'Zhou writes to the leaders of Asian and African countries that the border conflict, far from being halted, may grow in scale, and sets out China’s case on the boundary question.',
    },
    [S.zhouLetter],
  ),
  ev(
    'IncidentReported',
    'inc-walong-16',
    when('1962-11-16'),
    {
      incidentId: 'walong-chinese-attack-1962-11-16',
      kind: 'clash',
      perpetrator: 'china',
      against: 'india',
      place: P.walong,
      scale: 'major',
      fatalities: { min: 115, max: 115 },
      description:
        'A massive Chinese attack on the Walong position after two days of fierce fighting with heavy casualties on both sides; Indian troops give up the forward slopes regained two days before. 6 Kumaon loses 115 killed in the Walong battles.',
    },
    [S.nehru1210, S.press1119, graded(S.walong, 3)],
  ),
  ev(
    'IncidentReported',
    'inc-sela-16',
    when('1962-11-16'),
    {
      incidentId: 'sela-indian-attack-1962-11-16',
      kind: 'clash',
      perpetrator: 'india',
      allegedBy: 'china',
      against: 'china',
      place: P.seLa,
      description:
        'The New China News Agency says Indian troops launched their heaviest attack, under fierce artillery fire, at 3 p.m. between Tawang and the Se La position, and that the Chinese struck back in self-defence.',
    },
    [graded(S.press1119, 3)],
  ),
  ev(
    'IncidentReported',
    'inc-jang-17',
    when('1962-11-17'),
    {
      incidentId: 'jang-attacks-1962-11-17',
      kind: 'clash',
      perpetrator: 'china',
      against: 'india',
      place: P.seLa,
      description:
        'In the Jang area near Tawang the Chinese attack an Indian forward position early in the morning and three more times within two or three hours; the attacks are repulsed (Indian Defence Ministry).',
    },
    [S.press1119],
  ),
  ev(
    'IncidentReported',
    'inc-sela-18',
    when('1962-11-18'),
    {
      incidentId: 'sela-chinese-attack-1962-11-18',
      kind: 'clash',
      perpetrator: 'china',
      against: 'india',
      place: P.seLa,
      scale: 'major',
      description:
        'The Chinese mount a massive attack on the Se La position; on the 18th the Indian forces have to withdraw from Se La and Walong.',
    },
    [S.nehru1210],
  ),
  ev(
    'IncidentReported',
    'inc-rezang-la',
    when('1962-11-18'),
    {
      incidentId: 'rezang-la-1962-11-18',
      kind: 'clash',
      perpetrator: 'china',
      against: 'india',
      place: P.chushul,
      fatalities: { min: 114, max: 114 },
      description:
        'Chinese troops attack Rezang La, on the approach to Chushul, held by C Company of 13 Kumaon under Major Shaitan Singh; 114 Indian soldiers are killed.',
    },
    [graded(S.rezangLa, 3)],
  ),
  ev(
    'IncidentReported',
    'inc-bomdila',
    when('1962-11-19'),
    {
      incidentId: 'bomdila-falls-1962-11-19',
      kind: 'clash',
      perpetrator: 'china',
      against: 'india',
      place: P.bomdila,
      description:
        'Bomdila, headquarters of the Kameng division, falls to the Chinese; the Indian Army retreats towards the plains of Assam.',
    },
    [S.bs, S.nehru1210],
  ),
  ev(
    'StatementMade',
    'stmt-nehru-1119',
    when('1962-11-19'),
    {
      speaker: NEHRU,
      audience: 'china',
      tone: 'military-threat',
      summary:
        'In a radio broadcast Nehru acknowledges the reverses at Walong, Se La and Bomdila and vows to expel the invader.',
      quote: 'We shall not rest till the invader goes out of India or is pushed out.',
    },
    [S.bs],
  ),
  ev('ActorRegistered', 'actor-uk', when('1962-11-20'), { actor: UK, role: 'third-party' }, [S.frus205], {
    note: 'Supplies arms to India in a joint programme with the United States (FRUS).',
  }),
  ev(
    'ThirdPartyEngagement',
    'eng-usa-1120',
    when('1962-11-20'),
    {
      actorId: 'united-states',
      counterparts: ['india'],
      kind: 'support',
      summary:
        'After Nehru’s communication of 19 November, Washington finds the agreed US–UK programme no longer sufficient, sends a high-level military team to New Delhi and offers twelve or more C-130 transports to move Indian forces to Assam or Ladakh.',
    },
    [S.frus205],
  ),
  // ===== 21 November 1962: the unilateral ceasefire =====
  ev(
    'StatementMade',
    'stmt-china-ceasefire',
    when('1962-11-21'),
    {
      speaker: CHINA_GOV,
      audience: 'india',
      tone: 'warning',
      summary:
        'A Government statement in Peking announces a ceasefire along the entire border from 21 November and, from 1 December, the withdrawal of the Chinese frontier guards to 20 km behind the line of actual control of 7 November 1959, to carry out its proposals of 24 October; China reserves the right to strike back in self-defence if Indian troops continue their attacks.',
    },
    [S.rt1120, S.keesing],
  ),
  ev(
    'DemandTabled',
    'dem-ceasefire-terms',
    when('1962-11-21'),
    {
      demandId: D.ceasefireTerms,
      by: 'china',
      addressedTo: ['india'],
      text: 'Both sides’ armed forces withdraw 20 km from the line of actual control of 7 November 1959; officials of the two countries meet to discuss carrying out the ceasefire and withdrawal.',
      category: 'security',
    },
    [S.rt1120, S.keesing],
  ),
  ev(
    'CeasefireDeclared',
    'cf-china',
    when('1962-11-21T16:00:00Z'),
    {
      ceasefireId: CF.china,
      parties: ['china'],
      scope:
        'China’s unilateral ceasefire along the entire Sino-Indian border, from 00:00 on 22 November Peking time, followed by a withdrawal from 1 December; India neither accepted nor rejected it, and it took effect as stated',
      duration: 'indefinite',
    },
    [S.rt1120, S.keesing, S.nehru1210],
    { note: 'Declared by China alone: India is not among those it binds.' },
  ),
  ev('ActorRegistered', 'actor-ceylon', when('1962-11-22'), { actor: CEYLON, role: 'mediator' }, [S.nehru1210]),
  ev(
    'MediationAction',
    'med-ceylon-conference',
    when('1962-11-22'),
    {
      mediator: 'ceylon',
      action: 'offered',
      summary:
        'The Government of Ceylon announces that it has called a conference of six non-aligned countries in Colombo to promote a settlement.',
    },
    [S.nehru1210],
  ),
  ev(
    'IncidentReported',
    'inc-walong-held',
    when('1962-11-22'),
    {
      incidentId: 'china-holds-walong-1962-11-22',
      kind: 'occupation',
      perpetrator: 'china',
      against: 'india',
      place: P.walong,
      description: 'When the ceasefire takes effect Chinese troops hold Walong, taken in the November offensive.',
    },
    [S.keesing, S.nehru1210],
  ),
  ev(
    'IncidentReported',
    'inc-bomdila-held',
    when('1962-11-22'),
    {
      incidentId: 'china-holds-bomdila-1962-11-22',
      kind: 'occupation',
      perpetrator: 'china',
      against: 'india',
      place: P.bomdila,
      description:
        'When the ceasefire takes effect Chinese troops hold Bomdila and the road to it, some 100 miles inside NEFA and near the plains of Assam.',
    },
    [S.keesing, S.nehru1210],
  ),
  ev(
    'StatementMade',
    'stmt-india-clarification',
    when('1962-11-23'),
    {
      speaker: INDIA_GOV,
      audience: 'china',
      tone: 'neutral',
      summary:
        'India asks China for clarification of its ceasefire and withdrawal statement; a reply comes on 26 November.',
    },
    [S.nehru1210],
  ),
  ev(
    'StatementMade',
    'stmt-zhou-1128',
    when('1962-11-28'),
    {
      speaker: ZHOU,
      audience: 'india',
      tone: 'neutral',
      summary:
        'Zhou writes to Nehru urging a positive response: that India accept the Chinese offer of ceasefire and withdrawal with all its provisions.',
    },
    [S.nehru1210],
  ),
  ev(
    'PositionTaken',
    'pos-india-rejects-terms',
    when('1962-12-01'),
    {
      demandId: D.ceasefireTerms,
      actorId: 'india',
      stance: 'rejected',
      conditions: 'No talks until China is back at the positions it held before 8 September 1962.',
      speaker: NEHRU,
    },
    [S.nehru1210, graded(S.ceylonToday, 3)],
  ),
  // ===== December 1962: the Colombo conference and the first withdrawals =====
  ev('ActorRegistered', 'actor-burma', when('1962-12-10'), { actor: BURMA, role: 'mediator' }, [S.time0118]),
  ev('ActorRegistered', 'actor-cambodia', when('1962-12-10'), { actor: CAMBODIA, role: 'mediator' }, [S.time0118]),
  ev('ActorRegistered', 'actor-indonesia', when('1962-12-10'), { actor: INDONESIA, role: 'mediator' }, [S.time0118]),
  ev('ActorRegistered', 'actor-uar', when('1962-12-10'), { actor: UAR, role: 'mediator' }, [S.time0118]),
  ev('ActorRegistered', 'actor-ghana', when('1962-12-10'), { actor: GHANA, role: 'mediator' }, [S.time0118]),
  ev(
    'DemandTabled',
    'dem-colombo',
    when('1962-12-12'),
    {
      demandId: D.colombo,
      by: 'ceylon',
      addressedTo: ['china', 'india'],
      text: 'The Colombo proposals: in Ladakh the Chinese withdraw their posts 20 km, as Zhou proposed, the vacated zone demilitarised under civilian posts of both sides (temporary joint civil administration); in the North-East Frontier Agency the line of actual control in the areas recognised by both governments serves as the ceasefire line; the remaining questions are settled in direct talks.',
      category: 'territorial',
    },
    [S.time0118, S.press0122],
    { note: 'Agreed by the six at the conference of 10–12 December; published on 19 January 1963.' },
  ),
  ev(
    'MediationAction',
    'med-colombo-proposed',
    when('1962-12-12'),
    {
      mediator: 'ceylon',
      action: 'proposed',
      summary:
        'The conference of Ceylon, Burma, Cambodia, Indonesia, the United Arab Republic and Ghana, meeting in Colombo from 10 December, agrees proposals for a settlement and asks Mrs Bandaranaike to carry them to Peking and New Delhi.',
    },
    [S.time0118, S.nehru1210],
  ),
  ev(
    'IncidentReported',
    'inc-bomdila-withdrawn',
    when('1962-12-16'),
    {
      incidentId: 'china-leaves-bomdila-1962-12',
      kind: 'withdrawal',
      perpetrator: 'china',
      against: 'india',
      place: P.bomdila,
      description:
        'After the Chinese withdrawal, India’s civil administration moves back into Bomdila (the political officer’s party arrives on the 16th; the flag is raised on the 17th).',
    },
    [S.ht1223],
  ),
  ev(
    'StatementMade',
    'stmt-red-cross-prisoners',
    when('1962-12-26', 'approximate'),
    {
      speaker: CHINA_RED_CROSS,
      audience: 'india',
      tone: 'neutral',
      summary:
        'The Chinese Red Cross tells the Indian Red Cross it holds 2,156 Indian prisoners of war captured since 16 November, besides those announced before; 608 sick and wounded Indian soldiers have already been freed.',
    },
    [S.ht1230],
  ),
  // ===== January 1963: the proposals carried, published and accepted =====
  ev(
    'MediationAction',
    'med-bandaranaike-peking',
    when('1963-01-08', 'approximate'),
    {
      mediator: 'ceylon',
      action: 'visited',
      summary:
        'Mrs Bandaranaike, with Indonesia’s Dr Subandrio, explains the Colombo proposals to Zhou Enlai in Peking during a ten-day visit.',
    },
    [S.time0118, S.xinhua0116],
  ),
  ev(
    'MediationAction',
    'med-bandaranaike-delhi',
    when('1963-01-12', 'approximate'),
    {
      mediator: 'ceylon',
      action: 'visited',
      summary:
        'Mrs Bandaranaike, with the UAR’s Ali Sabri and Ghana’s Ofori-Atta, discusses the proposals with Nehru in New Delhi; on her return she says she has reason to hope they will prove an acceptable basis for direct talks.',
    },
    [S.time0118, S.xinhua0116],
  ),
  ev(
    'MediationAction',
    'med-colombo-published',
    when('1963-01-19'),
    {
      mediator: 'ceylon',
      action: 'proposed',
      summary: 'The Colombo proposals are published in Colombo.',
    },
    [S.press0122],
  ),
  ev(
    'StatementMade',
    'stmt-nehru-0120',
    when('1963-01-20'),
    {
      speaker: NEHRU,
      audience: 'Congress Party members of Parliament',
      tone: 'neutral',
      summary:
        'Nehru says the Colombo proposals are by and large in line with the Indian stand that China’s forces withdraw behind the line they held on 8 September; the government will defer its final opinion until China replies.',
    },
    [S.press0122],
  ),
  ev(
    'StatementMade',
    'stmt-ncna-nationals',
    when('1963-01-20'),
    {
      speaker: NCNA,
      audience: 'india',
      tone: 'accusation',
      summary:
        'China demands the immediate and unconditional release of all Chinese nationals under arrest in India and a definite reply to its request to send ships to bring "victimised" Chinese nationals home.',
    },
    [S.press0122],
  ),
  ev(
    'IncidentReported',
    'inc-walong-withdrawn',
    when('1963-01-20', 'approximate'),
    {
      incidentId: 'china-leaves-walong-1963-01',
      kind: 'withdrawal',
      perpetrator: 'china',
      against: 'india',
      place: P.walong,
      description:
        'Chinese frontier guards have now completely withdrawn from the Walong area, to positions north of the line of actual control of 7 November 1959.',
    },
    [S.press0122, S.ht1230],
  ),
  ev(
    'PositionTaken',
    'pos-china-colombo',
    when('1963-01-21'),
    {
      demandId: D.colombo,
      actorId: 'china',
      stance: 'accepted-in-principle',
      conditions:
        'As a preliminary basis for talks between Chinese and Indian officials; China keeps its own interpretation of some points, and differences are to be settled in direct talks.',
      speaker: CHEN_YI,
    },
    [S.xinhua0121, S.spectator],
  ),
  ev(
    'PositionTaken',
    'pos-india-colombo',
    when('1963-01-25', 'approximate'),
    {
      demandId: D.colombo,
      actorId: 'india',
      stance: 'accepted',
      conditions:
        'With the clarifications the conference gave; China must accept the proposals as a whole (Parliament debates the government’s acceptance on 23–25 January).',
      speaker: NEHRU,
    },
    [graded(S.spectator, 3)],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'china-india-1962.jsonl',
  logEnd: '2026-12-07T00:00:00Z',
  events,
};

export default definition;
