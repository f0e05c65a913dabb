/**
 * A test fixture, not a shipped example: China and the Soviet Union in the
 * border crisis of 1969 — the ambush on Zhenbao (Damansky) Island on the
 * Ussuri (2 March 1969: 31 Soviet border guards killed, by Soviet figures),
 * the protests and the mass demonstrations at each other's embassies, the
 * second battle on the island (15–17 March: Soviet artillery and Grad
 * rockets, dozens killed), the Soviet statement of 29 March and China's of 24
 * May, the clash on Goldinsky (Bacha) Island on the Amur (8 July), Lin Biao's
 * "new lessons" (14 July), the river-navigation agreement (8 August), the
 * Tielieketi / Zhalanashkol clash in Xinjiang (13 August, some 30 killed),
 * the Soviet hints of a nuclear strike (the Soviet diplomat's question to the
 * State Department, 18 August; Pravda's editorial of 28 August), Kosygin's
 * approach through Hanoi at Ho Chi Minh's funeral, his meeting with Zhou
 * Enlai at Beijing airport (11 September) and the understanding reached there
 * (keep the status quo, avoid armed conflict, reopen talks), Zhou's letter of
 * 18 September, the announcement of the talks (7 October), Lin Biao's "Order
 * No. 1" (18 October), the border talks in Beijing from 20 October, and the
 * talks dragging on in 1970 (the polemics of the Lenin centenary, Kuznetsov's
 * departure and his replacement by Ilyichev). Escalation model v2 was never
 * tuned on it: it is the case the model is held to in china-ussr-1969.spec.ts,
 * against the calls an analyst makes from DOMAIN.md §5b alone.
 *
 * The parties are China and the Soviet Union; no mediator. Third parties: the
 * United States (to whom the Soviet nuclear hints were passed) and North
 * Vietnam (Ho Chi Minh's funeral gave Kosygin the occasion, and the North
 * Vietnamese carried his request to stop in Beijing).
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source.
 *
 * Recorded retrospectively: the case was opened on 6 December 2026 and every
 * development recorded that day from archives, press archives and
 * encyclopedias, so its knownAt begins then. The escalation calls are on
 * world time (`at`).
 *
 * Grading as in examples/README.md: A = the document itself (the CC CPSU's
 * account of the airport meeting, Zhou's letter to Kosygin, the Romanian note
 * of Zhou's words, all in the Wilson Center's archive; the FRUS memorandum);
 * B = an established outlet or reference, or its archive copy (TIME, La
 * Stampa, Keesing's, the CIA's contemporary memoranda, a historian's book
 * reproducing the documents); C = an encyclopedia page or its copy, a blog, a
 * retrospective in the press or a book excerpt on a reprint site; 1 = a text
 * or an act confirmed by both actors; 2 = several sources agree or one
 * established source reports it; 3 = one side's unverified claim, or a count
 * or date the sources disagree on.
 *
 * Dates of sources: pages that carry no date of their own (encyclopedia pages
 * and their copies, book excerpts, retrospectives) are given the day after
 * the last development they are cited for, a lower bound, as the other
 * historical cases do; Keesing's by the first day of its monthly issue.
 *
 * Judgement calls, recorded as an analyst would:
 * - One place, written one way: "Zhenbao (Damansky) Island, Ussuri River"
 *   for both battles of March. The second battle is heavy by its toll, not by
 *   its places.
 * - Who fired first on 2 March and 15 March is disputed; each act is
 *   recorded with the perpetrator the sources name (the Chinese ambush on 2
 *   March, as the Soviet side alleges;
 *   the Soviet barrage of 15 March), with `allegedBy` where it is one side's
 *   account. The renewed fighting of 17 March is given the Soviet Union as
 *   perpetrator only to give it a direction (the sources say only that both
 *   sides clashed on the 15th and the 17th).
 * - The tolls are ranges of the claims: 2 March, 31 Soviet border guards
 *   killed and 14 wounded (Soviet figures; the Chinese losses of that day are
 *   not given by a source read, so the range is the Soviet count). 15–17
 *   March: the Soviet dead of the whole fighting are 58–59, 31 of them on 2
 *   March, so at least 27 on the 15th; China's own count for March is 71–72,
 *   Soviet estimates of Chinese dead run to 800: recorded on 15 March as
 *   27–800 killed on both sides, graded 3. Tielieketi (13 August): the Soviet
 *   account gives 2 Soviet and 25 Chinese dead, the encyclopedia about 30
 *   Chinese: 27–32.
 * - The clashes of June 1969 on the Xinjiang border (TIME: "two brief but
 *   bitter encounters in June"; the CIA: "an armed intrusion" charged by each
 *   side) and the near-daily incidents China complained of in the spring are
 *   not dated in any source read: not recorded.
 * - The embassy demonstrations are recorded as each government's
 *   accusations (the crowds were organised: the Soviet embassy in Beijing
 *   besieged from 3 March; some 50,000 at the Chinese embassy in Moscow on 7
 *   March, stones and ink thrown), not as force: no one was harmed.
 * - China's note of 13 August demanding the immediate withdrawal of the
 *   Soviet troops "or face the consequences" is a protest in the standing
 *   form of Chinese notes; recorded as a `warning`, not an ultimatum (no
 *   deadline, no act threatened).
 * - The nuclear hints: the Soviet diplomat Davydov's question to a State
 *   Department officer (18 August) on how the United States would react to a
 *   Soviet attack on China's nuclear installations is a threat conveyed to a
 *   third party, recorded as the Soviet Union's `military-threat` aimed at
 *   China (its `audience` is whom it is aimed at, China, not the American
 *   officer it was told to: first recorded with the United States as audience,
 *   mended after the first run showed the model reading it as a threat to
 *   the United States, which it was not); Pravda's editorial of 28 August (a war "would not spare a single
 *   continent", read as a warning of nuclear war) likewise. Later claims
 *   (2010) of a Soviet plan and an American counter-threat are left out: not
 *   contemporary, sourced to no document.
 * - The airport meeting (11 September): recorded as a round opened and
 *   concluded (`agreement`) and an `AgreementReached` of kind `framework`,
 *   not a ceasefire: no fighting was going on (the last clash was four weeks
 *   old), nothing was declared to stop, and what the premiers agreed — the
 *   disputes settled by negotiation without threats, the status quo kept
 *   and armed conflict avoided until then, talks at vice-ministerial level in
 *   Beijing — is an understanding about the talks and the border. Its text
 *   was never published; China put it in writing in Zhou's letter of 18
 *   September, and at the talks the Soviet side denied that the premiers had
 *   reached an understanding (a Chinese account): no status is recorded (the
 *   border did stay quiet — no further clash is reported in the sources
 *   read), and the Soviet denial is recorded as a `critical` statement.
 * - Lin Biao's "Order No. 1" (18 October), putting the PLA on emergency
 *   alert against a surprise attack under cover of the talks, is China's
 *   `force-posture`.
 * - China's consent to the meeting (the night of 10–11 September) comes
 *   from the memoir of the Soviet chargé d'affaires who received it (C2);
 *   the Soviet Central Asian Military District (18 November) is recorded as
 *   the Soviet Union's `force-posture` from a Chinese account (C3).
 * - Dated approximately: the Lenin-centenary editorial (the source gives
 *   Mao's revision of the draft on 3 April 1970 and the centenary it was
 *   written for; dated to the centenary, 22 April), the Soviet officials'
 *   word to foreign diplomats ("last week" in the CIA's summary of 24 July
 *   1970) and the naming of Ilyichev (August 1970; the day is lost in the
 *   copy of the CIA's summary of 21 August read, dated 15 August).
 * - The Beijing talks, opened on 20 October 1969, are recorded as one round
 *   that stays open: no source read dates an adjournment or a conclusion in
 *   1969–70 (the CIA: no progress in three weeks; "deadlocked" in July 1970,
 *   carried on by the deputies after Kuznetsov left on grounds of illness).
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, retrospectiveClock, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'china-ussr-1969';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 1969);
/** Recorded retrospectively on 6 December 2026, one minute apart, in log order. */
const when = retrospectiveClock('2026-12-06T14:00:00Z');

const CHINA: Actor = {
  id: 'china',
  name: 'China',
  kind: 'state',
  aliases: ['Beijing', 'Peking', "People's Republic of China"],
};
const USSR: Actor = {
  id: 'soviet-union',
  name: 'Soviet Union',
  kind: 'state',
  aliases: ['USSR', 'Moscow', 'Union of Soviet Socialist Republics'],
};
const USA: Actor = { id: 'united-states', name: 'United States', kind: 'state', aliases: ['Washington'] };
const DRV: Actor = {
  id: 'north-vietnam',
  name: 'North Vietnam',
  kind: 'state',
  aliases: ['Hanoi', 'Democratic Republic of Vietnam'],
};

const CHINA_GOVT: Person = { name: 'Government of China (Foreign Ministry)', actorId: 'china' };
const SOVIET_GOVT: Person = { name: 'Government of the Soviet Union', actorId: 'soviet-union' };
const RED_FLAG: Person = { name: 'Red Flag (Hongqi), the CCP’s journal', actorId: 'china' };
const PRAVDA: Person = { name: 'Pravda (editorial)', actorId: 'soviet-union' };
const KOSYGIN: Person = {
  name: 'Alexei Kosygin',
  title: 'Chairman of the Council of Ministers of the USSR',
  actorId: 'soviet-union',
};
const ZHOU: Person = { name: 'Zhou Enlai', title: 'Premier of the State Council of China', actorId: 'china' };
const LIN_BIAO: Person = { name: 'Lin Biao', title: 'Defence Minister of China', actorId: 'china' };
const GROMYKO: Person = { name: 'Andrei Gromyko', title: 'Foreign Minister of the USSR', actorId: 'soviet-union' };
const DAVYDOV: Person = {
  name: 'Boris Davydov',
  title: 'Second Secretary, Soviet embassy in Washington',
  actorId: 'soviet-union',
};
const ZAMYATIN: Person = {
  name: 'Leonid Zamyatin',
  title: 'Head of the press department, Soviet Foreign Ministry',
  actorId: 'soviet-union',
};
const KUZNETSOV: Person = {
  name: 'Vasily Kuznetsov',
  title: 'First Deputy Foreign Minister of the USSR',
  actorId: 'soviet-union',
};
const QIAO: Person = { name: 'Qiao Guanhua', title: 'Vice Foreign Minister of China', actorId: 'china' };
const CHINA_PRESS: Person = {
  name: "People's Daily, Red Flag and Liberation Army Daily (joint editorial)",
  actorId: 'china',
};
const SOVIET_DELEGATION: Person = { name: 'Soviet delegation to the Beijing border talks', actorId: 'soviet-union' };
const SOVIET_FM: Person = { name: 'Soviet Foreign Ministry', actorId: 'soviet-union' };

const WIKI_URL = 'https://howlingpixel.com/i-en/Sino-Soviet_border_conflict';

const S = {
  wiki: source('Sino-Soviet border conflict', 'Wikipedia (mirror)', WIKI_URL, '1969-09-12', 'C', 2),
  keesingApr: source(
    "Fighting between Soviet and Chinese Frontier Guards on Far Eastern Border. – Protest Demonstrations in China and Soviet Union. – Soviet Proposal for Boundary Negotiations (Keesing's Contemporary Archives, April 1969, p. 23313)",
    "Keesing's Contemporary Archives (docslib copy)",
    'https://docslib.org/doc/13525978/protest-demonstrations-in-china-and-soviet-union-soviet-proposal-for-boundary-negotiations',
    '1969-04-01',
    'B',
    2,
  ),
  keesingNov: source(
    "Chinese and Soviet Statements on Frontier Question (Keesing's Contemporary Archives, November 1969, p. 23642)",
    "Keesing's Contemporary Archives (docslib copy)",
    'https://docslib.org/doc/9312128/chinese-and-soviet-statements-on-frontier-question',
    '1969-11-01',
    'B',
    2,
  ),
  taiwanToday: source(
    'Peiping and Moscow at the brink (review of 1969)',
    'Taiwan Today',
    'https://taiwantoday.tw/news_amp.php?post=5918&unit=4',
    '1969-03-08',
    'C',
    2,
  ),
  demonstrations: source(
    'The Sino-Soviet border conflict of 1969 (Chinese book excerpt: the notes and the embassy demonstrations)',
    'haxilu.com (book excerpt)',
    'http://m.haxilu.com/yuedu/33387/2119378_4.html',
    '1969-03-15',
    'C',
    2,
  ),
  baoNgheAn: source(
    'Ce jour-là : la bataille frontalière sino-soviétique de 1969',
    'Báo Nghệ An',
    'https://baonghean.vn/fr/ngay-nay-nam-xua-tran-chien-bien-gioi-trung-xo-1969-10165901.html',
    '1969-03-18',
    'C',
    2,
  ),
  ryabushkin: source(
    'Мифы Даманского (D. S. Ryabushkin): the Soviet government statement of 29 March 1969 and the State Department memorandum of 10 September 1969',
    'Ryabushkin, Myths of Damansky (online copy)',
    'https://user.bibliboba.online/books/mify-damanskogo-1/p/114',
    '1969-09-10',
    'B',
    2,
  ),
  time0718: source(
    'More Trouble on the Borders',
    'TIME (archive copy)',
    'http://20.210.105.67/txt/time/Time1969/1969-07-18/901052.html',
    '1969-07-18',
    'B',
    2,
  ),
  linBiao: source(
    'Why did you forget the second Damansky',
    'Military Review',
    'https://lv.military-review.com/12506249-why-did-you-forget-the-second-damansky',
    '1969-07-15',
    'C',
    3,
  ),
  cia0815: source(
    'Sino-Soviet Border Clash Increases Tensions (CIA, 15 August 1969)',
    'Central Intelligence Agency (faqs.org copy)',
    'http://www.faqs.org/cia/docs/62/0000251423/SINO--SOVIET-BORDER.html',
    '1969-08-15',
    'B',
    2,
  ),
  timeAug: source(
    'TIME on the Sinkiang clash and the Khabarovsk navigation agreement (August 1969)',
    'TIME (wordola excerpts)',
    'https://wordola.com/wusage/bordering/f1960-t1969-p20.html',
    '1969-08-22',
    'B',
    2,
  ),
  manyDie: source(
    'Many die in Sino-Soviet clash',
    'Chinmaya IAS current affairs (reprint of a 1969 report)',
    'https://currentaffairs.chinmayaias.com/many-die-in-sino-soviet-clash/',
    '1969-08-14',
    'C',
    2,
  ),
  stampa0829: source(
    'La Pravda scrive: "I cinesi riempiono i loro arsenali"',
    'La Stampa',
    'http://www.archiviolastampa.it/component/option,com_lastampa/task,search/Itemid,3/action,detail/id,0018_01_1969_0201_0001_24818553/',
    '1969-08-29',
    'B',
    2,
  ),
  tagirova: source(
    'From Crisis Management to Realignment of Forces: The Diplomatic "Geometry" of the 1969–1978 Sino-Soviet Border Talks (Alsu Tagirova)',
    'Journal of Cold War Studies (copy)',
    'https://aimitdata.com/?p=31728',
    '1969-09-12',
    'C',
    2,
  ),
  elizavetin: source(
    'Советско-китайская встреча в пекинском аэропорту 11 сентября 1969 г. (memoir of the Soviet chargé d’affaires in Beijing)',
    'maoism.ru',
    'http://maoism.ru/21628',
    '1969-09-12',
    'C',
    2,
  ),
  timeSept: source(
    'TIME on Kosygin in Peking (September 1969)',
    'TIME (wordola excerpts)',
    'https://wordola.com/wusage/kosygin/p46.html',
    '1969-09-19',
    'B',
    2,
  ),
  cpsuInfo: source(
    "Information about A.N. Kosygin's Conversation With Zhou Enlai on 11 September 1969",
    'Wilson Center Digital Archive',
    'https://digitalarchive.wilsoncenter.org/document/information-about-kosygins-conversation-zhou-enlai-11-september-1969',
    '1969-09-11',
    'A',
    2,
  ),
  maurer: source(
    'Note of Conversation between Ion Gheorghe Maurer and Zhou Enlai on 11 September 1969',
    'Wilson Center Digital Archive',
    'https://wilson-center-digital-archive.dvincitest.com/document/note-conversation-between-ion-gheorge-maurer-and-zhou-enlai-11-september-1969',
    '1969-09-11',
    'A',
    2,
  ),
  frus82: source(
    "Memorandum From the President's Assistant for National Security Affairs (Kissinger) to President Nixon: Kosygin's Mission to Peking (FRUS 1969–76, vol. XII, doc. 82)",
    'Office of the Historian, US Department of State',
    'https://history.state.gov/historicaldocuments/frus1969-76v12/d82',
    '1969-09-12',
    'A',
    2,
  ),
  zhouLetter: source(
    'Letter, Zhou Enlai to Alexei Kosygin, 18 September 1969',
    'Wilson Center Digital Archive',
    'https://digitalarchive.wilsoncenter.org/document/110475',
    '1969-09-18',
    'A',
    2,
  ),
  choueEnlai: source(
    'The Era of Chou En-lai',
    'R Discovery (article abstract)',
    'https://discovery.researcher.life/article/the-era-of-chou-en-lai/d6e36743409c327f9023859cc81a356a',
    '1970-10-20',
    'B',
    2,
  ),
  talksBook: source(
    'The Sino-Soviet vice-ministerial border talks in Beijing, 1969 (Chinese book chapter)',
    'i520i.com (book excerpt)',
    'http://i520i.com/book/chapter/308690/71.html',
    '1969-11-19',
    'C',
    2,
  ),
  orderNo1: source(
    'Lin Biao’s "First Order" (journal article abstract)',
    'jxxfw.com (periodical abstract)',
    'https://jxxfw.com/periodical/13b4c231257609bc222960070cb333c9.html',
    '1969-10-19',
    'C',
    2,
  ),
  cia1110: source(
    'Sino-Soviet Border Talks: Problems and Prospects (CIA Intelligence Memorandum, 10 November 1969)',
    'Central Intelligence Agency (faqs.org copy)',
    'http://www.faqs.org/cia/docs/61/0000326154/SINO-SOVIET-BORDER-TALKS:-PROBLEMS-AND-PROSPECTS-(-SC-2618_69).html',
    '1969-11-10',
    'B',
    2,
  ),
  leninism: source(
    'Critique and revision of the editorial article "Leninism, or social imperialism?" (Mao Zedong, 3 April 1970)',
    'Serve the People (blog)',
    'http://mike-servethepeople.blogspot.com/2024/05',
    '1970-04-23',
    'C',
    2,
  ),
  cia0724: source(
    'Weekly Summary: Communist China – USSR (CIA, 24 July 1970)',
    'Central Intelligence Agency (faqs.org copy)',
    'http://www.faqs.org/cia/docs/60/0000400309/WS:-COMMUNIST-CHINA---USSR.html',
    '1970-07-24',
    'B',
    2,
  ),
  cia0821: source(
    'Weekly Summary: Communist China – USSR: Token Diplomacy (CIA, 21 August 1970)',
    'Central Intelligence Agency (faqs.org copy)',
    'http://www.faqs.org/cia/docs/60/0000400313/WS:-COMMUNIST-CHINA---USSR:-TOKEN-DIPLOMACY.html',
    '1970-08-21',
    'B',
    2,
  ),
};

const P = {
  zhenbao: 'Zhenbao (Damansky) Island, Ussuri River',
  goldinsky: 'Goldinsky (Bacha) Island, Amur River',
  tielieketi: 'Tielieketi (Lake Zhalanashkol), Xinjiang–Kazakhstan border',
};
const R = { airport: 'kosygin-zhou-airport-1969-09-11', beijing: 'beijing-border-talks-1969-10' };
const A = { airport: 'airport-understanding-1969-09-11', navigation: 'river-navigation-1969-08-08' };

const events = [
  // ===== 2 March 1969: the ambush on Zhenbao =====
  ev(
    'NegotiationOpened',
    'opened',
    when('1969-03-02'),
    {
      negotiationId: NEGOTIATION_ID,
      title: 'China – Soviet Union, the border crisis of 1969 and the Beijing talks',
      subject:
        'The disputed river islands and tracts on the Sino-Soviet border (the 1858 and 1860 treaties, the main-channel rule), the clashes of 1969 from Zhenbao (Damansky) Island to Tielieketi, the threats of war, the premiers’ meeting at Beijing airport and the vice-ministerial border talks in Beijing',
      parties: [CHINA, USSR],
      mediators: [],
    },
    [S.keesingApr],
  ),
  ev(
    'IncidentReported',
    'inc-ambush-0302',
    when('1969-03-02'),
    {
      incidentId: 'zhenbao-ambush-1969-03-02',
      kind: 'clash',
      perpetrator: 'china',
      allegedBy: 'soviet-union',
      against: 'soviet-union',
      place: P.zhenbao,
      target: 'A Soviet border-guard patrol',
      fatalities: { min: 31, max: 31 },
      injured: { min: 14, max: 14 },
      description:
        'Chinese frontier troops ambush a Soviet border-guard patrol on the island; the Soviet Union admits 31 killed and 14 wounded. Each side accuses the other of intruding and firing first; the Chinese losses of the day are not given in the sources read.',
    },
    [S.keesingApr, S.taiwanToday],
  ),
  ev(
    'StatementMade',
    'stmt-soviet-note-0302',
    when('1969-03-02'),
    {
      speaker: SOVIET_GOVT,
      audience: 'china',
      tone: 'accusation',
      summary:
        'The Soviet note protests an armed provocation by Chinese troops on Damansky Island, demands that the culprits be punished, and says that any attempt to violate the Soviet border will meet a resolute rebuff.',
    },
    [S.keesingApr, S.demonstrations],
  ),
  ev(
    'StatementMade',
    'stmt-china-note-0302',
    when('1969-03-02'),
    {
      speaker: CHINA_GOVT,
      audience: 'soviet-union',
      tone: 'accusation',
      summary:
        'The Chinese note charges Soviet frontier troops with intruding on Chenpao Island and opening fire, demands punishment of those responsible, reserves the right to compensation and warns that continued armed provocations will meet resolute counter-blows.',
    },
    [S.keesingApr, S.demonstrations],
  ),
  ev(
    'StatementMade',
    'stmt-china-demonstrations-0303',
    when('1969-03-03'),
    {
      speaker: CHINA_GOVT,
      audience: 'soviet-union',
      tone: 'accusation',
      summary:
        'Mass demonstrations begin outside the Soviet embassy in Beijing, which is besieged for four days by tens of thousands shouting against Kosygin and Brezhnev; demonstrations follow across China (Xinhua: 260 million people).',
    },
    [S.demonstrations, S.taiwanToday],
  ),
  ev(
    'StatementMade',
    'stmt-soviet-demonstrations-0307',
    when('1969-03-07'),
    {
      speaker: SOVIET_GOVT,
      audience: 'china',
      tone: 'accusation',
      summary:
        'Some 50,000 people march past the Chinese embassy in Moscow, the largest organised protest the city has seen in years; stones, ice, ink bottles and paint bombs break windows. A larger march, of over 100,000, follows on 8 March.',
    },
    [S.demonstrations, S.taiwanToday],
  ),
  ev(
    'StatementMade',
    'stmt-zamyatin-0307',
    when('1969-03-07'),
    {
      speaker: ZAMYATIN,
      audience: 'press',
      tone: 'accusation',
      summary:
        'At a press conference, the first detailed Soviet account of the ambush: the Chinese shot and bayoneted the wounded, some of the dead so mutilated as to be unrecognisable.',
    },
    [S.demonstrations],
  ),
  ev(
    'StatementMade',
    'stmt-china-fm-0310',
    when('1969-03-10'),
    {
      speaker: CHINA_GOVT,
      audience: 'soviet-union',
      tone: 'critical',
      summary:
        'A Foreign Ministry statement: under international law the central line of the main channel of the Ussuri is the boundary, so Chenpao Island is Chinese territory.',
    },
    [S.keesingApr],
  ),
  ev(
    'StatementMade',
    'stmt-china-demonstrations-0311',
    when('1969-03-11'),
    {
      speaker: CHINA_GOVT,
      audience: 'soviet-union',
      tone: 'accusation',
      summary:
        'Three more days of demonstrations begin outside the Soviet embassy in Beijing, against the stoning of the Chinese embassy in Moscow.',
    },
    [S.demonstrations],
  ),
  ev(
    'StatementMade',
    'stmt-red-flag-0314',
    when('1969-03-14'),
    {
      speaker: RED_FLAG,
      audience: 'soviet-union',
      tone: 'military-threat',
      summary:
        'Red Flag declares that if the Soviet leaders want to fight, they will be wiped out, and links the armed provocation to the "limited sovereignty" doctrine that sent Soviet troops into Czechoslovakia.',
    },
    [S.demonstrations],
  ),
  // ===== 15–17 March: the second battle =====
  ev(
    'IncidentReported',
    'inc-battle-0315',
    when('1969-03-15'),
    {
      incidentId: 'zhenbao-battle-1969-03-15',
      kind: 'clash',
      perpetrator: 'soviet-union',
      against: 'china',
      place: P.zhenbao,
      fatalities: { min: 27, max: 800 },
      description:
        'The second battle for the island, with regular troops on both sides: Soviet tanks, armoured vehicles, artillery and BM-21 Grad rockets against Chinese anti-tank guns and artillery fired from the bank. Soviet dead in March are 58–59, 31 of them on 2 March; China counts 71–72 of its own dead, Soviet estimates run to 800. Each side accuses the other of firing first.',
    },
    [graded(S.baoNgheAn, 3), graded(S.wiki, 3), S.keesingApr],
  ),
  ev(
    'IncidentReported',
    'inc-battle-0317',
    when('1969-03-17'),
    {
      incidentId: 'zhenbao-fighting-1969-03-17',
      kind: 'clash',
      perpetrator: 'soviet-union',
      against: 'china',
      place: P.zhenbao,
      description:
        'Fighting on and around the island again (the sources say only that the two sides clashed violently on the 15th and the 17th; recorded with the Soviet Union as perpetrator only to give it a direction).',
    },
    [S.baoNgheAn],
  ),
  ev(
    'StatementMade',
    'stmt-china-note-0315',
    when('1969-03-15'),
    {
      speaker: CHINA_GOVT,
      audience: 'soviet-union',
      tone: 'accusation',
      summary: 'China charges the Soviet Union with a new armed intrusion on Chenpao Island and with aggression.',
    },
    [S.taiwanToday, S.keesingApr],
  ),
  ev(
    'StatementMade',
    'stmt-soviet-note-0315',
    when('1969-03-15'),
    {
      speaker: SOVIET_GOVT,
      audience: 'china',
      tone: 'accusation',
      summary: 'The Soviet Union charges China with a new armed provocation on Damansky Island and with aggression.',
    },
    [S.taiwanToday, S.keesingApr],
  ),
  ev(
    'StatementMade',
    'stmt-kosygin-phone-0321',
    when('1969-03-21', 'approximate'),
    {
      speaker: KOSYGIN,
      audience: 'china',
      tone: 'conciliatory',
      summary: 'Just after the battles on the Ussuri, Kosygin seeks to telephone the Chinese leaders in Beijing.',
    },
    [S.timeSept],
  ),
  ev(
    'StatementMade',
    'stmt-soviet-statement-0329',
    when('1969-03-29'),
    {
      speaker: SOVIET_GOVT,
      audience: 'china',
      tone: 'warning',
      summary:
        'The Soviet government proposes that the border consultations begun in 1964 be resumed, and declares that it resolutely rejects any encroachment on Soviet land: attempts to talk to the Soviet Union in the language of arms will meet a firm rebuff.',
    },
    [S.ryabushkin, S.keesingApr],
  ),
  ev(
    'StatementMade',
    'stmt-china-statement-0524',
    when('1969-05-24'),
    {
      speaker: CHINA_GOVT,
      audience: 'soviet-union',
      tone: 'conciliatory',
      summary:
        'China’s reply to the note of 29 March: boundary questions should be settled by negotiation through diplomatic channels and, pending a settlement, the status quo maintained and conflicts averted; it offers talks, while holding that Chenpao Island is Chinese and the treaties unequal.',
    },
    [S.keesingNov],
  ),
  // ===== July: Goldinsky Island, the warnings =====
  ev(
    'IncidentReported',
    'inc-goldinsky-0708',
    when('1969-07-08'),
    {
      incidentId: 'goldinsky-1969-07-08',
      kind: 'clash',
      perpetrator: 'china',
      allegedBy: 'soviet-union',
      against: 'soviet-union',
      place: P.goldinsky,
      target: 'Soviet river-transport workers repairing navigation markers',
      fatalities: { min: 1, max: 1 },
      injured: { min: 2, max: 2 },
      description:
        'Soviet account: Chinese troops on the island open fire with submachine guns and grenade launchers on Soviet workers landing from two river craft to repair navigation markers, killing one and wounding two. Chinese account: Soviet troops landed from patrol boats under aircraft and attacked Chinese inhabitants and soldiers working in the fields.',
    },
    [S.time0718],
  ),
  ev(
    'StatementMade',
    'stmt-soviet-note-goldinsky',
    when('1969-07-09', 'approximate'),
    {
      speaker: SOVIET_GOVT,
      audience: 'china',
      tone: 'warning',
      summary:
        'The Soviet protest over Goldinsky says for the first time that Moscow is now "compelled to take additional measures against the actions of the Chinese authorities".',
      quote: 'compelled to take additional measures against the actions of the Chinese authorities',
    },
    [S.time0718],
  ),
  ev(
    'StatementMade',
    'stmt-gromyko-0710',
    when('1969-07-10', 'approximate'),
    {
      speaker: GROMYKO,
      audience: 'Supreme Soviet',
      tone: 'critical',
      summary:
        'Gromyko tells the Supreme Soviet that even the most rabid enemies never used such unworthy methods on such a scale as the Chinese leaders.',
      quote:
        'Even our most rabid enemies have never used such unworthy methods and on such a scale as the Chinese leaders.',
    },
    [S.time0718],
  ),
  ev(
    'StatementMade',
    'stmt-lin-biao-0714',
    when('1969-07-14'),
    {
      speaker: LIN_BIAO,
      audience: 'soviet-union',
      tone: 'military-threat',
      summary:
        'Meeting North Korean and Albanian military delegations, Lin Biao declares China ready to teach new lessons to the Soviet revisionists who encroach on China’s ancestral territories; it is the Soviet side, he says, that provokes war, as the events on the island near Khabarovsk showed.',
    },
    [S.linBiao],
  ),
  // ===== August: navigation agreement, Tielieketi, the nuclear hints =====
  ev(
    'AgreementReached',
    'agr-navigation',
    when('1969-08-08'),
    {
      agreementId: A.navigation,
      kind: 'partial',
      provisions: ['Navigation on the border rivers (the annual river-navigation arrangements)'],
      signatories: ['china', 'soviet-union'],
      textPublic: false,
    },
    [S.cia0815, S.timeAug],
    {
      note: 'Signed in Khabarovsk after some seven weeks of talks; it reportedly makes no reference to China’s larger territorial claims (CIA).',
    },
  ),
  ev(
    'IncidentReported',
    'inc-tielieketi-0813',
    when('1969-08-13'),
    {
      incidentId: 'tielieketi-1969-08-13',
      kind: 'clash',
      perpetrator: 'soviet-union',
      against: 'china',
      place: P.tielieketi,
      fatalities: { min: 27, max: 32 },
      description:
        'Soviet border troops with armoured personnel carriers, tanks and helicopters attack a Chinese patrol of about 30 in Yumin county and wipe it out, capturing some. China: several hundred Soviet troops intruded two kilometres into Xinjiang. Soviet account: a force of 150 Chinese intruded; 2 Soviet soldiers and 25 Chinese killed in a one-hour battle. The largest clash since March (CIA).',
    },
    [S.manyDie, S.timeAug, S.cia0815, graded(S.wiki, 3)],
  ),
  ev(
    'StatementMade',
    'stmt-china-note-0813',
    when('1969-08-13'),
    {
      speaker: CHINA_GOVT,
      audience: 'soviet-union',
      tone: 'warning',
      summary:
        'China’s protest note denounces the intrusion near Yumin and demands the immediate withdrawal of the Soviet troops, or the Soviet side will bear the consequences.',
    },
    [S.manyDie],
  ),
  ev(
    'StatementMade',
    'stmt-soviet-note-0813',
    when('1969-08-13'),
    {
      speaker: SOVIET_GOVT,
      audience: 'china',
      tone: 'accusation',
      summary:
        'The Soviet note charges Chinese troops with a preplanned attack after months of "provocative intrusions" in the area.',
    },
    [S.cia0815, S.timeAug],
  ),
  ev(
    'StatementMade',
    'stmt-china-amassing-0814',
    when('1969-08-14', 'approximate'),
    {
      speaker: CHINA_GOVT,
      audience: 'soviet-union',
      tone: 'accusation',
      summary:
        'China accuses the Soviet Union of continuing to amass troops in the area of the clash and of incessantly provoking the Chinese frontier guards.',
    },
    [S.cia0815],
  ),
  ev('ActorRegistered', 'actor-usa', when('1969-08-18'), { actor: USA, role: 'third-party' }, [S.ryabushkin], {
    note: 'The Soviet nuclear hints were passed to it; the Soviet Union fears it may tilt towards China.',
  }),
  ev(
    'StatementMade',
    'stmt-davydov-0818',
    when('1969-08-18'),
    {
      speaker: DAVYDOV,
      audience: 'china',
      tone: 'military-threat',
      summary:
        'Over lunch in Washington, the Soviet second secretary asks a State Department officer how the United States would react to a Soviet attack on China’s nuclear installations, arguing the case for it in unusual detail (State Department memorandum of 10 September).',
    },
    [S.ryabushkin, S.tagirova],
  ),
  ev(
    'StatementMade',
    'stmt-pravda-0828',
    when('1969-08-28'),
    {
      speaker: PRAVDA,
      audience: 'china',
      tone: 'military-threat',
      summary:
        'A 4,000-word Pravda editorial: the Maoists are filling their arsenals; a war, if it broke out, with the deadly weapons that exist and the modern means of delivering them, would spare no continent — read in Moscow as a warning of nuclear catastrophe.',
      quote: 'would not spare a single continent',
    },
    [S.stampa0829],
  ),
  // ===== September: Hanoi, the airport meeting =====
  ev('ActorRegistered', 'actor-drv', when('1969-09-04'), { actor: DRV, role: 'third-party' }, [S.timeSept], {
    note: 'Ho Chi Minh died on 2 September; his funeral brought Kosygin and Zhou Enlai to Hanoi.',
  }),
  ev(
    'ThirdPartyEngagement',
    'tpe-hanoi-go-between',
    when('1969-09-06', 'approximate'),
    {
      actorId: 'north-vietnam',
      counterparts: ['soviet-union', 'china'],
      kind: 'outreach',
      summary:
        'At Ho Chi Minh’s funeral, Kosygin uses his North Vietnamese hosts as go-betweens to tell the Chinese he wants to stop in Beijing; Beijing does not reply before he leaves Hanoi five days later.',
    },
    [S.timeSept],
  ),
  ev(
    'StatementMade',
    'stmt-china-consents-0910',
    when('1969-09-10', 'approximate'),
    {
      speaker: CHINA_GOVT,
      audience: 'soviet-union',
      tone: 'conciliatory',
      summary:
        'In the night of 10–11 September the Chinese Foreign Ministry tells the Soviet chargé d’affaires that Zhou Enlai agrees to meet Kosygin at Beijing airport; Kosygin, already on his way home, turns back from Central Asia.',
    },
    [S.elizavetin, S.timeSept],
  ),
  ev(
    'TalksRoundOpened',
    'round-airport-opened',
    when('1969-09-11'),
    {
      roundId: R.airport,
      label: 'Kosygin – Zhou Enlai meeting at Beijing airport',
      venue: 'Beijing Capital Airport',
      format: 'formal',
      delegations: [
        { actorId: 'soviet-union', head: KOSYGIN },
        { actorId: 'china', head: ZHOU },
      ],
    },
    [S.cpsuInfo, S.maurer, S.frus82],
    {
      note: 'China agreed to the meeting only after Kosygin had left Hanoi; he flew back from Soviet Central Asia via Irkutsk.',
    },
  ),
  ev(
    'TalksRoundConcluded',
    'round-airport-concluded',
    when('1969-09-11'),
    {
      roundId: R.airport,
      outcome: 'agreement',
      summary:
        'A three-hour conversation, described as "frank" by China and "useful" by the Soviet Union: the premiers agree that the border disputes are to be settled by peaceful negotiation without threats, that meanwhile the status quo is kept and armed conflict avoided, and that talks are to open in Beijing.',
      nextSteps: 'Vice-ministerial border talks in Beijing; China to set out the temporary measures in writing.',
    },
    [S.cpsuInfo, S.maurer, S.frus82],
    { occurrence: 'airport-understanding-1969-09-11' },
  ),
  ev(
    'AgreementReached',
    'agr-airport',
    when('1969-09-11'),
    {
      agreementId: A.airport,
      kind: 'framework',
      provisions: [
        'The long-standing border disputes to be settled by peaceful negotiation without threats of any kind',
        'Until a settlement, temporary measures to keep the status quo of the border and avoid armed conflict',
        'Border talks at vice-ministerial level to open in Beijing',
      ],
      signatories: ['china', 'soviet-union'],
      textPublic: false,
      roundId: R.airport,
    },
    [S.zhouLetter, S.cpsuInfo],
    { occurrence: 'airport-understanding-1969-09-11' },
  ),
  ev(
    'StatementMade',
    'stmt-zhou-letter-0918',
    when('1969-09-18'),
    {
      speaker: ZHOU,
      audience: 'soviet-union',
      tone: 'conciliatory',
      summary:
        'Zhou writes to Kosygin setting out what was agreed at the airport — the status quo strictly kept, residents to stay where they used to live and work, the armed forces of the two sides to avoid contact in the disputed areas — and proposes it as a provisional agreement.',
    },
    [S.zhouLetter],
  ),
  // ===== October: the talks announced and opened =====
  ev(
    'TalksRoundScheduled',
    'round-beijing-scheduled',
    when('1969-10-07'),
    {
      roundId: R.beijing,
      label: 'Sino-Soviet vice-ministerial border talks in Beijing',
      venue: 'Beijing',
      format: 'formal',
      plannedFor: '1969-10-20',
    },
    [S.keesingNov, S.talksBook],
  ),
  ev(
    'StatementMade',
    'stmt-china-statement-1007',
    when('1969-10-07'),
    {
      speaker: CHINA_GOVT,
      audience: 'soviet-union',
      tone: 'neutral',
      summary:
        'China announces that the vice-ministerial talks on the border will open in Beijing, in line with the understanding of the airport meeting; the disputes should be settled peacefully, the status quo kept, pending a settlement.',
    },
    [S.keesingNov],
  ),
  ev(
    'IncidentReported',
    'inc-order-no1-1018',
    when('1969-10-18'),
    {
      incidentId: 'lin-biao-order-no1-1969-10-18',
      kind: 'force-posture',
      perpetrator: 'china',
      against: 'soviet-union',
      place: 'China (all military regions)',
      description:
        'Lin Biao’s "First Order" puts the whole army on emergency alert, to guard against a Soviet surprise attack under cover of the talks.',
    },
    [S.orderNo1],
  ),
  ev(
    'TalksRoundOpened',
    'round-beijing-opened',
    when('1969-10-20'),
    {
      roundId: R.beijing,
      delegations: [
        { actorId: 'soviet-union', head: KUZNETSOV },
        { actorId: 'china', head: QIAO },
      ],
    },
    [S.choueEnlai, S.cia1110, S.talksBook],
    {
      note: 'The CIA (10 November): the two sides came with different objectives; three weeks in, they cannot agree what to talk about, and no progress is noticeable.',
    },
  ),
  ev(
    'StatementMade',
    'stmt-soviet-denies-understanding',
    when('1969-10-22', 'approximate'),
    {
      speaker: SOVIET_DELEGATION,
      audience: 'china',
      tone: 'critical',
      summary:
        'At the talks the Soviet delegation refuses to discuss China’s draft of the provisional measures and denies that the premiers reached an understanding; it wants to go straight to the border line (Chinese account).',
    },
    [graded(S.talksBook, 3)],
  ),
  ev(
    'IncidentReported',
    'inc-central-asian-md-1118',
    when('1969-11-18'),
    {
      incidentId: 'central-asian-military-district-1969-11-18',
      kind: 'force-posture',
      perpetrator: 'soviet-union',
      against: 'china',
      place: 'Soviet Central Asia, bordering Xinjiang',
      description:
        'The Soviet Union sets up a Central Asian Military District in the regions bordering Xinjiang; China reads it, with the SALT talks announced with the United States on 25 October, as diplomatic and military pressure to make it yield at the talks (Chinese account).',
    },
    [graded(S.talksBook, 3)],
  ),
  // ===== 1970: the talks drag on =====
  ev(
    'StatementMade',
    'stmt-leninism-0422',
    when('1970-04-22', 'approximate'),
    {
      speaker: CHINA_PRESS,
      audience: 'soviet-union',
      tone: 'accusation',
      summary:
        'For the centenary of Lenin’s birth, the joint editorial "Leninism or social-imperialism?" attacks Brezhnev as the heir of Khrushchev’s revisionism and the "new tsar" trying to build a bigger empire to dominate the world (Mao revised the draft on 3 April).',
      quote: 'the new tsar',
    },
    [S.leninism],
  ),
  ev(
    'StatementMade',
    'stmt-soviet-fm-deadlocked-0717',
    when('1970-07-17', 'approximate'),
    {
      speaker: SOVIET_FM,
      audience: 'foreign diplomats',
      tone: 'neutral',
      summary:
        'Soviet Foreign Ministry officials tell foreign diplomats privately that since Kuznetsov returned to Moscow in June, ill, the deadlocked talks have continued at a working level under his deputy, General Gankovsky.',
    },
    [S.cia0724],
  ),
  ev(
    'StatementMade',
    'stmt-ilyichev-0815',
    when('1970-08-15', 'approximate'),
    {
      speaker: SOVIET_GOVT,
      audience: 'china',
      tone: 'neutral',
      summary:
        'Moscow names Deputy Foreign Minister Leonid Ilyichev to replace First Deputy Foreign Minister Kuznetsov at the head of its delegation to the Beijing border talks (the CIA expects no significant breakthrough).',
    },
    [S.cia0821],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'china-ussr-1969.jsonl',
  logEnd: '2026-12-06T18:00:00Z',
  events,
};

export default definition;
