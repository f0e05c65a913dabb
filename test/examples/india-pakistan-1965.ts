/**
 * A test fixture, not a shipped example: India and Pakistan from the Rann of Kutch clashes of April 1965 to the
 * ministerial talks of March 1966 that followed the Tashkent Declaration, as an analyst following the news could have
 * recorded them — the Pakistani attack on Sardar Post (9 April), the attack on a 60-mile front in the Rann (23–24
 * April) and the drive from Biar Bet (29–30 April), the agreement brokered by Britain and signed on 30 June (a
 * ceasefire from 1 July, the troops withdrawn within seven days, the boundary left to a tribunal), the infiltrators of
 * Operation Gibraltar in Kashmir (from 5 August), India's seizure of the Kargil posts and of the Haji Pir pass, the
 * Pakistani offensive of 1 September at Chhamb (Operation Grand Slam), India's offensive toward Lahore (6 September),
 * the drives toward Sialkot and into Sind, the Pakistani armoured offensive at Khem Karan (Asal Uttar), the tank
 * battles of the Sialkot sector, China's ultimatum to India (a third party's), the Security Council's demand for a
 * ceasefire (resolution 211) and the ceasefire in force from 22:00 GMT on 22 September, the violations after it, the
 * Soviet good offices, the Tashkent talks (4–10 January 1966) and Declaration, the army chiefs' agreement on
 * disengagement (22 January), the withdrawals to the lines of 5 August by 25 February, and the Rawalpindi ministerial
 * talks (1–2 March). Escalation model v2 was never tuned on it: it is the case the model is held to in
 * india-pakistan-1965.spec.ts, against the calls an analyst makes from DOMAIN.md §5b alone.
 *
 * The parties are India and Pakistan. The Soviet Union is the mediator, registered as such when Pakistan accepted its
 * good offices (25 November 1965; the offer was made in September). Third parties: the United Kingdom (the Kutch
 * agreement), the United Nations (the Security Council's resolutions 209, 210, 211 and 214, U Thant), the United
 * States and China. Other India – Pakistan cases (1999, 2001, 2016, 2019, 2025) are later crises; none records any of
 * this case's developments.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration file's coverage do not change. Built and
 * checked with the same builder as the shipped cases (examples/case-builder.ts): every event replays through `decide`
 * and cites a dated, graded public source.
 *
 * Grading as in examples/README.md: B = an established outlet (Reuters and the New Zealand Press Association in The
 * Press of Christchurch, The Hindu, the Hindustan Times, the Indian Express, Business Standard, Dawn, ThePrint, WION,
 * the US State Department's historian); C = an encyclopedia, a smaller or partisan outlet, or a copy on an archive
 * site (Time and Facts On File copies, the UN and Security Council texts as copied on kashmiribhatta.in, ajkcouncil.com,
 * docslib and wikisource, the Kutch agreement's text on awami-itlah.com, Wikipedia, gktoday, dnd.com.pk,
 * earlytimes.in, oneindia, historysnacks); 2 = several sources agree or one established source reports it; 3 = one
 * side's claim, or a count or date the sources disagree on.
 *
 * Dates of sources: contemporary reports (The Press, Time, Facts On File, the Security Council's speeches and texts,
 * the Hindu's page of 25 April 1965, Dawn's page of 26 November 1965, Pravda's text of the Declaration, Swaran
 * Singh's statement of 4 March 1966) by their own date. Retrospective sources (anniversary articles, encyclopedias,
 * the FRUS editorial note) are given a lower bound from their own content: the day of the development they are cited
 * for, so that the analyst is taken to have known it on its day from the press they summarise.
 *
 * Judgement calls, recorded as an analyst would:
 * - Places, each written one way: "Sardar Post–Vigokot (Rann of Kutch)", "Biar Bet – Point 84 (Rann of Kutch)" (the
 *   Hindu's "place 30 miles east of Kanjarkot" is the Point 84 that Reuters puts "a mile beyond" Biar Bet), "Chhad Bet
 *   (Rann of Kutch)", "Kargil ridge", "Haji Pir pass", "Chhamb–Akhnoor sector", "Lahore sector" (Dograi and the
 *   Ichhogil canal included), "Sialkot sector" (Phillora and Chawinda), "Gadra (Sind border)", "Khem Karan (Asal
 *   Uttar)", "Kashmir ceasefire line". The Rann's fronts of April are distinct places by the sources' account (a front
 *   of 60 miles); the war's sectors are hundreds of kilometres apart.
 * - Scale (`scale: 'major'`) only where a source names an offensive or a full-scale battle: Grand Slam ("both nations
 *   launching major offensives ... Pakistan attempted to capture the strategic town of Akhnoor", historysnacks; "the
 *   September 1 armoured attack on the strategic Chamb Jaurian sector ... Grand Slam", Indian Express); the Lahore
 *   drive ("fighting around Lahore, where they had launched an offensive September 6", Facts On File); Khem Karan
 *   ("launched an armoured offensive through Khem Karan", gktoday); Phillora ("a massive tank battle took place on
 *   September 11 in the Phillora region", dnd.com.pk) and Chawinda ("one of the largest tank battles after the Second
 *   World War", the same); Dograi ("one of the bloodiest battles in Indian military history", earlytimes.in). The
 *   April attacks in the Rann ("a massive attack ... on a front of 60 miles", The Hindu; "a drive", Reuters) and the
 *   capture of Haji Pir ("a 37-hour battle", WION) are not marked: no source read names them an offensive or a
 *   full-scale battle; the Rann's attacks are heavy by their places and toll.
 * - Tolls are the sources' claims, graded 3: Sardar Post (the CRPF's account: 34 of the attackers killed, six of its
 *   own), Dograi (India's account: 308 Pakistani soldiers killed, 86 Indian), India's running count of 15 September
 *   (1,847 Pakistani and 612 Indian soldiers killed from 6 August to 13 September) and the Pakistani commander's claim
 *   of 350 Indians killed in the Rann from 19 April. The running counts are `casualty-report`s over their periods.
 * - The Operation Gibraltar raiders are recorded as `militant-attack`s blamed on Pakistan by India, not as Pakistan's
 *   armed action: at the time Pakistan called them "indigenous Kashmiri rebels" (Time, 20 August 1965), and no
 *   contemporary source read attributes an act of theirs to Pakistan's forces beyond India's charge.
 * - The Kargil posts: Time (27 August) reports that India "struck back last week by occupying three deserted
 *   Pakistani outposts on the Kargil ridge line": taken without fire, an `occupation` by India, dated to 16 August
 *   (approximate; Time's "last week"), ended by India's withdrawal of February 1966.
 * - Ground held at the ceasefire: each side held the other's ground when the ceasefire took effect (ThePrint: India at
 *   Haji Pir, at Burki police station near Lahore and close to Sialkot; Pakistan at Chhamb, on the outskirts of Khem
 *   Karan and at Kishangarh in the Rajasthan desert). Taken with fire (the clashes are recorded), then held without
 *   it: each is an `occupation` from 23 September, ended by that party's `withdrawal`. Pakistan's hold on Biar Bet in
 *   the Rann (held "firmly", Reuters, 30 April) is an `occupation` ended by its withdrawal under the Kutch agreement
 *   (completed on 8 July). India's own posts in the Rann are on ground it held before: no occupation.
 * - The withdrawals of February 1966: the army chiefs agreed on 22 January that withdrawals be complete by 25
 *   February; Swaran Singh told the Lok Sabha on 4 March that both sides had acted on the withdrawal and
 *   disengagement. No source read gives the day each side finished: recorded on the deadline, 25 February
 *   (approximate), one `withdrawal` a side, of all the ground it held.
 * - The ceasefire: the Security Council demanded it for 07:00 GMT on 22 September; at India's request the deadline
 *   was extended by fifteen hours (Bhutto, 27 September), to 22:00 GMT (03:30 on the 23rd in India). Recorded in force
 *   at 22:00 GMT on 22 September, without `mediatedBy` (the Council demanded it; no mediator brokered it).
 * - The violations after it: Pakistan's charge of "flagrant violations of the cease-fire by India" (27 September, no
 *   toll); the New Zealand Press Association's report of 10 October that "soldiers are dying almost daily" along the
 *   line and that "not a single day has gone by" without skirmishes — recorded as one clash on the ceasefire line and
 *   a violation of the ceasefire (one occurrence), without a count (the report gives none); it names no side as firing
 *   first: recorded with Pakistan as perpetrator and India as alleging only to give them a direction. No later dated
 *   report of fighting was read: the months of November to January hold no armed action.
 * - China's ultimatum (16 September: the 56 "military works" on the Sikkim border dismantled within three days, the
 *   time limit extended to 22 September) is a third party's: recorded as China's demand and ultimatum to India, lapsed
 *   on 22 September when China reported its forces withdrawn. The Chinese intrusions reported by The Hindu are not the
 *   pair's acts and are not recorded.
 * - Not recorded for want of a dated source: the Rann clashes of March and of 10–22 April (only a running toll from
 *   19 April), the air raids on cities (Facts On File gives no day or place), the Indian and Pakistani prisoners (the
 *   19 CRPF men taken at Sardar Post, the prisoners of the war: no source read dates their return), the Kutch tribunal's
 *   formation, Shastri's death at Tashkent (11 January 1966; not an act between the parties) and the restoration of
 *   the high commissioners.
 */
import type { Actor, Person, Source } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'india-pakistan-1965';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 1965);

/** Each development recorded, in log order, on the given day (UTC), one minute after the last one recorded. */
let minute = 0;
const on = (occurredAt: string, recordedDay: string, precision?: 'approximate' | 'day' | 'exact') => {
  minute += 1;
  const recordedAt = new Date(Date.parse(`${recordedDay}T12:00:00Z`) + minute * 60_000)
    .toISOString()
    .replace('.000Z', 'Z');
  return { occurredAt, recordedAt, ...(precision !== undefined ? { precision } : {}) };
};

const INDIA: Actor = { id: 'india', name: 'India', kind: 'state', aliases: ['New Delhi', 'Republic of India'] };
const PAKISTAN: Actor = {
  id: 'pakistan',
  name: 'Pakistan',
  kind: 'state',
  aliases: ['Rawalpindi', 'Karachi', 'Islamic Republic of Pakistan'],
};
const USSR: Actor = { id: 'soviet-union', name: 'Soviet Union', kind: 'state', aliases: ['USSR', 'Moscow'] };
const UK: Actor = { id: 'united-kingdom', name: 'United Kingdom', kind: 'state', aliases: ['Britain', 'London'] };
const UN: Actor = {
  id: 'united-nations',
  name: 'United Nations',
  kind: 'international-organisation',
  aliases: ['UN', 'UN Security Council', 'U Thant'],
};
const USA: Actor = { id: 'united-states', name: 'United States', kind: 'state', aliases: ['Washington', 'US'] };
const CHINA: Actor = { id: 'china', name: 'China', kind: 'state', aliases: ['Peking', 'Peiping', 'PRC'] };

const INDIA_GOV: Person = { name: 'Government of India', actorId: 'india' };
const PAK_GOV: Person = { name: 'Government of Pakistan', actorId: 'pakistan' };
const SHASTRI: Person = { name: 'Lal Bahadur Shastri', title: 'Prime Minister of India', actorId: 'india' };
const AYUB: Person = { name: 'Mohammad Ayub Khan', title: 'President of Pakistan', actorId: 'pakistan' };
const BHUTTO: Person = { name: 'Zulfikar Ali Bhutto', title: 'Foreign Minister of Pakistan', actorId: 'pakistan' };
const SWARAN: Person = { name: 'Swaran Singh', title: 'Minister of External Affairs of India', actorId: 'india' };
const KARAN_SINGH: Person = {
  name: 'Karan Singh',
  title: 'Governor (Sadr-i-Riyasat) of Jammu and Kashmir',
  actorId: 'india',
};

/** A retrospective source, dated by the development it is cited for (see the header). */
const retro = (
  title: string,
  publisher: string,
  url: string,
  day: string,
  reliability: 'B' | 'C',
  credibility: 2 | 3,
): Source => source(title, publisher, url, day, reliability, credibility);

const S = {
  hindu0425: source(
    'From the Archives — dated April 25, 1965: Massive Pakistan attack',
    'The Hindu',
    'https://www.thehindu.com/archives/from-the-archives-dated-april-25-1965/article7138577.ece',
    '1965-04-25',
    'B',
    2,
  ),
  press0501: source(
    'Pakistani forces begin drive (N.Z.P.A.–Reuter, New Delhi, April 30)',
    'The Press, Christchurch (Papers Past)',
    'https://paperspast.natlib.govt.nz/newspapers/CHP19650501.2.178',
    '1965-05-01',
    'B',
    2,
  ),
  time0820: source(
    'Violence in the Vale',
    'Time (archive copy)',
    'http://20.210.105.67/txt/time/Time1965/1965-08-20/841965.html',
    '1965-08-20',
    'C',
    2,
  ),
  time0827: source(
    'Kashmir: Limit to Patience',
    'Time (archive copy)',
    'http://487790.bceovw70.asia/txt/time/Time1965/1965-08-27/828328.html',
    '1965-08-27',
    'C',
    2,
  ),
  unThant0824: source(
    'Statement by the Secretary-General on the Kashmir situation (Press Release KASH/131, 24 August 1965)',
    'United Nations (docslib copy)',
    'https://docslib.org/doc/4226562/title-items-in-peace-keeping-operations-india-pakistan-secretary-generals-representative-on-the-question-of-withdrawal-of-troops',
    '1965-08-24',
    'C',
    2,
  ),
  fof0915: source(
    'Indian-Pakistani War: Fighting Continues (Facts On File, 15 September 1965)',
    'Facts On File (docslib copy)',
    'https://docslib.org/download/2048928/facts-on-file-news-services',
    '1965-09-15',
    'C',
    2,
  ),
  fofChina: source(
    'India, Pakistan and China: Indian-Chinese Crisis (Facts On File)',
    'Facts On File (docsbay copy)',
    'https://docsbay.net/india-pakistan-and-china',
    '1965-09-18',
    'C',
    2,
  ),
  hindu0923: source(
    'China “intervention” during the 1965 conflict (The Hindu of 23 September 1965, “Chinese intrude at three points”, quoted)',
    'Indian Strategic Studies (blog copy of The Hindu)',
    'https://indianstrategicfinance.blogspot.com/2015/09/china-during-1965-conflict.html',
    '1965-09-23',
    'C',
    2,
  ),
  res211: source(
    'Security Council resolution of 20 September 1965 (211)',
    'AJK Council (copy of the UN text)',
    'http://www.ajkcouncil.com/ResolutionSep20-1965.asp',
    '1965-09-20',
    'C',
    2,
  ),
  parth0922: source(
    'Text of the speech made by Mr. Parthasarathi (India) in the Security Council meeting No. 1244 held on 22 September 1965',
    'kashmiribhatta.in (copy of the UN record)',
    'https://kashmiribhatta.in/documentsnameview.php?id=283',
    '1965-09-22',
    'C',
    2,
  ),
  goldberg0922: source(
    'Text of the speech made by the President Mr. Arthur J. Goldberg in the Security Council Meeting No. 1244 held on 22 September 1965',
    'kashmiribhatta.in (copy of the UN record)',
    'https://kashmiribhatta.in/documentsnameview.php?id=775',
    '1965-09-22',
    'C',
    2,
  ),
  bhutto0927: source(
    'Text of the speech made by Mr. Bhutto (Pakistan) in the Security Council meeting No. 1245 held on 27 September 1965',
    'kashmiribhatta.in (copy of the UN record)',
    'https://kashmiribhatta.in/documentsnameview.php?id=285',
    '1965-09-27',
    'C',
    2,
  ),
  goldberg0927: source(
    'Text of the speech made by the President Mr. Arthur J. Goldberg in the Security Council Meeting No. 1245 held on 27 September 1965',
    'kashmiribhatta.in (copy of the UN record)',
    'https://kashmiribhatta.in/documentsnameview.php?id=776',
    '1965-09-27',
    'C',
    2,
  ),
  press1012: source(
    'Kashmir Cease-Fire Violated Daily (N.Z. Press Association, New Delhi, October 10)',
    'The Press, Christchurch (Papers Past)',
    'https://paperspast.natlib.govt.nz/newspapers/CHP19651012.2.218',
    '1965-10-12',
    'B',
    2,
  ),
  seydoux1028: source(
    'Text of the Speech made by Mr. Seydoux (France) in the Security Council Meeting No. 1249 held on 28 October 1965',
    'kashmiribhatta.in (copy of the UN record)',
    'https://kashmiribhatta.in/documentsnameview.php?id=789',
    '1965-10-28',
    'C',
    2,
  ),
  dawn1126: source(
    'Fifty years ago: Bhutto on Soviet good offices (Dawn of 26 November 1965)',
    'Dawn',
    'https://www.dawn.com/news/1222540',
    '1965-11-26',
    'B',
    2,
  ),
  pravda0111: source(
    'Tashkent Declaration, January 10, 1966 (Pravda, 11 January 1966, p. 1)',
    'Seventeen Moments in Soviet History (Michigan State University)',
    'http://soviethistory.msu.edu/1968-2/third-world-friendships/third-world-friendships-texts/tashkent-declaration/',
    '1966-01-11',
    'C',
    2,
  ),
  fof0112: source(
    'Shastri Dies in Declaration of Tashkent (Facts On File, 12 January 1966)',
    'Facts On File (docslib copy)',
    'https://docslib.org/doc/12593278/facts-on-file-news-services',
    '1966-01-12',
    'C',
    2,
  ),
  swaran0304: source(
    'Statement of Shri Swaran Singh on Indo-Pakistan Ministerial meeting at Rawalpindi in Lok Sabha, March 4, 1966',
    'kashmiribhatta.in (copy of the Lok Sabha record)',
    'https://kashmiribhatta.in/documentsnameview.php?id=441',
    '1966-03-04',
    'C',
    2,
  ),
};

const R = {
  htSardar: (day: string) =>
    retro(
      'Hero of Sardar Post battle of 1965 war felicitated',
      'Hindustan Times',
      'https://widgets.hindustantimes.com/india-news/87yearold-hero-of-battle-of-sardar-post-felicitated-on-crpf-valour-day-by-home-minister-amit-shah-lone-surviving-hero-kishan-singh-displays-selfless-gallantry-courage-and-devotion-to-duty-of-high-order-in-circumstances-of-danger-to-his-own-life-101681065381373.html',
      day,
      'B',
      2,
    ),
  kutchText: (day: string) =>
    retro(
      'Kutch ceasefire agreement 1965 (text)',
      'awami-itlah.com',
      'https://awami-itlah.com/kutch-ceasefire-agreement-1965',
      day,
      'C',
      2,
    ),
  kutchWilson: (day: string) =>
    retro(
      'This Day in History (30-Jun-1965): cease-fire agreed between India and Pakistan at Rann of Kutch',
      'mukundsathe.com',
      'https://mukundsathe.com/2015/06/30/this-day-in-history-30-jun-1965-cease-fire-was-agreed-under-un-auspices-between-india-and-pakistan-who-signed-treaty-to-stop-the-war-at-rann-of-kutch/',
      day,
      'C',
      2,
    ),
  ieStrange: (day: string) =>
    retro(
      'The strange march to the 1965 war',
      'Indian Express',
      'http://archive.indianexpress.com/news/the-strange-march-to-the-1965-war/1036186/0',
      day,
      'B',
      2,
    ),
  wionHajiPir: (day: string) =>
    retro(
      'Operation Gibraltar: The day when Pakistan infiltrated deep within India through Haji Pir pass',
      'WION',
      'https://www.wionews.com/india-news/operation-gibraltar-the-day-when-pakistan-infiltrated-deep-within-india-through-haji-pir-pass-323788',
      day,
      'B',
      2,
    ),
  ieGrandSlam: (day: string) =>
    retro(
      'From Gibraltar to Grand Slam',
      'Indian Express',
      'http://archive.indianexpress.com/news/from-gibraltar-to-grand-slam/1042727/',
      day,
      'B',
      2,
    ),
  snacks: (day: string) =>
    retro(
      'The Indo-Pakistani War of 1965 Ceasefire: September 22, 1965',
      'historysnacks.io',
      'https://historysnacks.io/event/QeXrBdoy/the-indo-pakistani-war-of-1965-ended-after-the-united-nations-called-for-a',
      day,
      'C',
      2,
    ),
  bsLahore: (day: string) =>
    retro(
      "Flashback to 1965: The war and the Indian Army's near capture of Lahore",
      'Business Standard',
      'https://business-standard.com/external-affairs-defence-security/news/flashback-to-1965-the-war-and-the-indian-army-s-near-capture-of-lahore-124090600488_1.html',
      day,
      'B',
      2,
    ),
  gktoday: (day: string) =>
    retro('Battle of Asal Uttar', 'GKToday', 'https://www.gktoday.in/battle-of-asal-uttar', day, 'C', 2),
  bsAsalUttar: (day: string) =>
    retro(
      'A battle of wits in the 1965 war',
      'Business Standard',
      'https://www.business-standard.com/blueprint-defence-magazine/features/a-battle-of-wits-in-the-1965-war-126020601260_1.html',
      day,
      'B',
      2,
    ),
  dndChawinda: (day: string) =>
    retro(
      '50th anniversary of 1965 War: Tales from Battle of Chawinda',
      'DND (dnd.com.pk)',
      'https://dnd.com.pk/recent-post/50th-anniversary-of-1965-war-tales-from-battle-of-chawinda',
      day,
      'C',
      3,
    ),
  dograi: (day: string) =>
    retro(
      'Summary: The Battle of Dograi, 1965 Indo-Pak war',
      'Early Times',
      'https://earlytimes.in/newsdet.aspx?q=299934',
      day,
      'C',
      3,
    ),
  oneindia: (day: string) =>
    retro(
      "Indo-Pak 1965 war's 50th anniversary: Everything you must know about it",
      'Oneindia',
      'https://www.oneindia.com/feature/india-pakistan-1965-war-s-50-th-anniversary-everything-you-must-know-about-it-1851978.html',
      day,
      'C',
      2,
    ),
  thePrint: (day: string) =>
    retro(
      'Tashkent Declaration was a moral victory for Shastri',
      'ThePrint',
      'https://theprint.in/opinion/tashkent-declaration-moral-victory-shastri/2821515',
      day,
      'B',
      2,
    ),
  ieRoadblocks: (day: string) =>
    retro(
      'Roadblocks at Tashkent',
      'Indian Express',
      'http://archive.indianexpress.com/news/roadblocks-at-tashkent/1075686/',
      day,
      'B',
      2,
    ),
  frus: (day: string) =>
    retro(
      'Foreign Relations of the United States, 1964–1968, Volume XXV, South Asia: 278. Editorial Note',
      'Office of the Historian, US Department of State',
      'https://history.state.gov/historicaldocuments/frus1964-68v25/d278',
      day,
      'B',
      2,
    ),
  armyChiefs: (day: string) =>
    retro(
      'Troop withdrawal agreement 1966',
      'awami-itlah.com',
      'https://www.awami-itlah.com/troop-withdrawal-agreement-1966/',
      day,
      'C',
      2,
    ),
  unRes209210: (day: string) =>
    retro(
      'ONU – Résolutions et décisions du Conseil de sécurité, 1965 (résolutions 209, 210 et 211)',
      'Wikisource (copy of the UN volume)',
      'https://fr.m.wikisource.org/wiki/Page:ONU_-_R%C3%A9solutions_et_d%C3%A9cisions_du_conseil_de_s%C3%A9curit%C3%A9,_1965.djvu/19',
      day,
      'C',
      2,
    ),
  wpTashkent: (day: string) =>
    retro('Tashkent Declaration', 'Wikipedia', 'https://en.wikipedia.org/wiki/Tashkent_Declaration', day, 'C', 2),
};

const P = {
  sardar: 'Sardar Post–Vigokot (Rann of Kutch)',
  biarBet: 'Biar Bet – Point 84 (Rann of Kutch)',
  chhadBet: 'Chhad Bet (Rann of Kutch)',
  valley: 'Kashmir Valley',
  lehRoad: 'Srinagar–Leh road (Kargil)',
  kargil: 'Kargil ridge',
  hajiPir: 'Haji Pir pass',
  chhamb: 'Chhamb–Akhnoor sector',
  lahore: 'Lahore sector',
  sialkot: 'Sialkot sector',
  gadra: 'Gadra (Sind border)',
  khemKaran: 'Khem Karan (Asal Uttar)',
  cfl: 'Kashmir ceasefire line',
};
const A = {
  kutch: 'kutch-agreement-1965-06-30',
  tashkent: 'tashkent-declaration-1966-01-10',
  chiefs: 'army-chiefs-disengagement-1966-01-22',
};
const CF = { kutch: 'kutch-ceasefire-1965-07-01', un: 'un-ceasefire-1965-09-22' };
const RD = { tashkent: 'tashkent-summit-1966-01', rawalpindi: 'rawalpindi-ministerial-1966-03' };

const events = [
  // ===== April 1965: the Rann of Kutch =====
  ev(
    'NegotiationOpened',
    'opened',
    on('1965-04-09', '1965-04-10'),
    {
      negotiationId: NEGOTIATION_ID,
      title: 'India – Pakistan, from the Rann of Kutch to Tashkent, 1965–66',
      subject:
        'The disputed Rann of Kutch and the British-brokered agreement of 30 June 1965; Kashmir, Operation Gibraltar and the war of September 1965; the UN-demanded ceasefire; the Soviet-mediated Tashkent Declaration and the withdrawals to the lines of 5 August 1965',
      parties: [INDIA, PAKISTAN],
      mediators: [],
    },
    [R.htSardar('1965-04-09')],
  ),
  ev(
    'IncidentReported',
    'inc-sardar-post',
    on('1965-04-09', '1965-04-10'),
    {
      incidentId: 'pak-attack-sardar-post-1965-04-09',
      kind: 'clash',
      perpetrator: 'pakistan',
      against: 'india',
      place: P.sardar,
      fatalities: { min: 40, max: 40 },
      description:
        'About 3,500 men of the Pakistan Army attack Sardar Post, held by some 300 men of the Central Reserve Police; in a gun battle of nearly 15 hours the post holds, 34 attackers are killed and four captured, six CRPF men die and 19 are taken captive (the CRPF’s account).',
    },
    [graded(R.htSardar('1965-04-09'), 3)],
  ),
  ev(
    'IncidentReported',
    'inc-rann-point84',
    on('1965-04-23', '1965-04-25'),
    {
      incidentId: 'pak-attack-point84-1965-04-23',
      kind: 'clash',
      perpetrator: 'pakistan',
      against: 'india',
      place: P.biarBet,
      description:
        'Pakistan launches a massive attack in the Rann on a front of 60 miles, with more than 25,000 infantry supported by tanks and heavy artillery; the biggest attack is at a place 30 miles east of Kanjarkot, held by a very small Indian force, which repulses it and destroys three Pakistani tanks.',
    },
    [S.hindu0425],
  ),
  ev(
    'IncidentReported',
    'inc-rann-sardar-advance',
    on('1965-04-23', '1965-04-25'),
    {
      incidentId: 'pak-advance-sardar-vigokot-1965-04-23',
      kind: 'clash',
      perpetrator: 'pakistan',
      against: 'india',
      place: P.sardar,
      description: 'Pakistani forces advance towards Sardar Post and Vigokot, which they vacated a few days earlier.',
    },
    [S.hindu0425],
  ),
  ev(
    'IncidentReported',
    'inc-rann-chhad-bet',
    on('1965-04-23', '1965-04-25'),
    {
      incidentId: 'pak-shelling-chhad-bet-1965-04-23',
      kind: 'shelling',
      perpetrator: 'pakistan',
      against: 'india',
      place: P.chhadBet,
      description: 'Pakistan shells Chhad Bet, 50 miles east of Kanjarkot; the shelling is still going on on the 24th.',
    },
    [S.hindu0425],
  ),
  ev(
    'IncidentReported',
    'inc-biar-bet-drive',
    on('1965-04-29', '1965-05-01'),
    {
      incidentId: 'pak-drive-biar-bet-1965-04-29',
      kind: 'clash',
      perpetrator: 'pakistan',
      against: 'india',
      place: P.biarBet,
      description:
        'Pakistani forces, advancing in brigade strength, overrun the small Indian outpost at Point 84, a mile beyond the outpost of Biar Bet they captured earlier, and begin a drive to the south-west; the Indians withdraw, vastly outnumbered (Indian Government spokesman).',
    },
    [S.press0501],
  ),
  ev(
    'IncidentReported',
    'inc-indian-shelling-biar-bet',
    on('1965-04-29', '1965-05-01'),
    {
      incidentId: 'india-shelling-biar-bet-1965-04-29',
      kind: 'shelling',
      perpetrator: 'india',
      against: 'pakistan',
      place: P.biarBet,
      description: 'Indian troops shell the Pakistani forces moving south-west from Biar Bet.',
    },
    [S.press0501],
  ),
  ev(
    'IncidentReported',
    'inc-pak-holds-biar-bet',
    on('1965-04-30', '1965-05-01'),
    {
      incidentId: 'pak-occupation-biar-bet-1965-04',
      kind: 'occupation',
      perpetrator: 'pakistan',
      against: 'india',
      place: P.biarBet,
      description:
        'The commander of the Pakistani forces says his men hold Biar Bet firmly after dislodging the Indians "in the bloodiest battle so far".',
    },
    [S.press0501],
  ),
  ev(
    'IncidentReported',
    'inc-rann-toll-pak-claim',
    on('1965-04-30', '1965-05-01'),
    {
      incidentId: 'toll-rann-pak-claim-1965-04-30',
      kind: 'casualty-report',
      perpetrator: 'pakistan',
      against: 'india',
      period: { from: '1965-04-19', to: '1965-04-30' },
      fatalities: { min: 350, max: 350 },
      description:
        'The commander of the Pakistani forces claims that 350 Indians have been killed since the fighting broke out on 19 April; India claims six Pakistani tanks destroyed or disabled at Biar Bet and 140 casualties inflicted earlier in the week.',
    },
    [graded(S.press0501, 3)],
  ),
  ev(
    'ActorRegistered',
    'actor-us',
    on('1965-04-30', '1965-05-01'),
    { actor: USA, role: 'third-party' },
    [S.press0501],
    {
      note: 'India calls on it to stop Pakistan using American tanks in the Rann; later the recipient of Shastri’s letter on a ceasefire.',
    },
  ),
  ev(
    'StatementMade',
    'stmt-india-us-tanks',
    on('1965-04-30', '1965-05-01'),
    {
      speaker: INDIA_GOV,
      audience: 'pakistan',
      tone: 'accusation',
      summary:
        'An Indian spokesman accuses Pakistan of using in the Rann American tanks given for defence against Communist attack, and calls on the United States to take suitable action; he confirms that discussions to stop the fighting are carried on through intermediaries.',
      quote: 'We expect the United States Government to take suitable action',
    },
    [S.press0501],
  ),
  // ===== June – July 1965: the Kutch agreement =====
  ev('ActorRegistered', 'actor-uk', on('1965-06-30', '1965-07-01'), { actor: UK, role: 'third-party' }, [
    R.kutchWilson('1965-06-30'),
  ]),
  ev(
    'ThirdPartyEngagement',
    'tpe-wilson-kutch',
    on('1965-06-30', '1965-07-01', 'approximate'),
    {
      actorId: 'united-kingdom',
      counterparts: ['india', 'pakistan'],
      kind: 'outreach',
      summary:
        'In June the British Prime Minister Harold Wilson persuades both countries to end the fighting in the Rann and to set up a tribunal for the dispute; the British High Commissioner attends the signing.',
    },
    [R.kutchWilson('1965-06-30')],
  ),
  ev(
    'AgreementReached',
    'agr-kutch',
    on('1965-06-30', '1965-07-01'),
    {
      agreementId: A.kutch,
      kind: 'partial',
      provisions: [
        'An immediate ceasefire from 06:30 GMT on 1 July 1965 in the Gujarat–West Pakistan border area',
        'All troops on both sides to begin withdrawing on the ceasefire and to complete it within seven days',
        'The status quo of 1 January 1965 restored (Indian police may re-occupy the post at Chhad Bet)',
        'The border in the area then determined and demarcated, by a tribunal if the two governments do not agree',
      ],
      signatories: ['india', 'pakistan'],
      textPublic: true,
    },
    [R.kutchText('1965-06-30')],
    {
      occurrence: 'kutch-agreement-1965-06-30',
      note: 'Signed in New Delhi by Azim Husain (India) and Arshad Husain (Pakistan), with the British High Commissioner present.',
    },
  ),
  ev(
    'CeasefireDeclared',
    'cf-kutch',
    on('1965-07-01T06:30:00Z', '1965-07-02'),
    {
      ceasefireId: CF.kutch,
      parties: ['india', 'pakistan'],
      scope: 'The Gujarat–West Pakistan border area (the Rann of Kutch), under the agreement of 30 June',
      coverage: 'partial',
      duration: 'indefinite',
    },
    [R.kutchText('1965-07-01')],
  ),
  ev(
    'IncidentReported',
    'inc-kutch-withdrawal-pak',
    on('1965-07-08', '1965-07-09'),
    {
      incidentId: 'pak-withdrawal-rann-1965-07-08',
      kind: 'withdrawal',
      perpetrator: 'pakistan',
      against: 'india',
      place: P.biarBet,
      description: 'The withdrawal of troops from the Rann under the agreement is completed on 8 July.',
    },
    [R.kutchText('1965-07-08')],
  ),
  ev(
    'IncidentReported',
    'inc-kutch-withdrawal-india',
    on('1965-07-08', '1965-07-09'),
    {
      incidentId: 'india-withdrawal-rann-1965-07-08',
      kind: 'withdrawal',
      perpetrator: 'india',
      against: 'pakistan',
      description: 'The withdrawal of Indian troops from the Rann under the agreement is completed on 8 July.',
    },
    [R.kutchText('1965-07-08')],
  ),
  // ===== August 1965: Operation Gibraltar, Kargil, Haji Pir =====
  ev(
    'StatementMade',
    'stmt-india-infiltrators',
    on('1965-08-08', '1965-08-09'),
    {
      speaker: INDIA_GOV,
      audience: 'pakistan',
      tone: 'accusation',
      summary:
        'New Delhi announces, late in the evening, that Pakistani infiltrators — many evidently soldiers in mufti — have entered the Kashmir Valley, spotted by graziers on 5 August; the Valley goes under curfew the next day.',
    },
    [R.ieStrange('1965-08-08')],
  ),
  ev(
    'IncidentReported',
    'inc-gibraltar-attacks',
    on('1965-08-12', '1965-08-20', 'approximate'),
    {
      incidentId: 'raiders-attacks-kashmir-1965-08',
      kind: 'militant-attack',
      allegedBy: 'india',
      against: 'india',
      blamedOn: 'pakistan',
      place: P.valley,
      fatalities: { min: 29, max: 29 },
      injured: { min: 27, max: 27 },
      description:
        'Raiders disguised as herdsmen attack Indian police and troops throughout Kashmir during the week, killing 29 Indians and wounding 27; India says they belong to a 3,000-man Pakistani guerrilla force code-named "Gibraltar Force" and claims 138 raiders killed and 83 captured; Pakistan calls them indigenous Kashmiri rebels.',
    },
    [graded(S.time0820, 3)],
  ),
  ev(
    'StatementMade',
    'stmt-pak-rebels',
    on('1965-08-13', '1965-08-20', 'approximate'),
    {
      speaker: PAK_GOV,
      audience: 'india',
      tone: 'accusation',
      summary:
        'The Pakistani government says the "invaders" are indigenous Kashmiri rebels rising against "the oppressive and treacherous rule of impostors and enemy agents", that is, India.',
    },
    [S.time0820],
  ),
  ev('ActorRegistered', 'actor-un', on('1965-08-24', '1965-08-25'), { actor: UN, role: 'third-party' }, [
    S.unThant0824,
  ]),
  ev(
    'ThirdPartyEngagement',
    'tpe-thant-0824',
    on('1965-08-24', '1965-08-25'),
    {
      actorId: 'united-nations',
      counterparts: ['india', 'pakistan'],
      kind: 'outreach',
      summary:
        'U Thant says he is greatly concerned: violations of the ceasefire line reported by General Nimmo (UNMOGIP) pose a very serious threat to peace; he has consulted both governments for two weeks and considers sending a personal representative.',
    },
    [S.unThant0824],
  ),
  ev(
    'IncidentReported',
    'inc-kargil-posts',
    on('1965-08-16', '1965-08-27', 'approximate'),
    {
      incidentId: 'india-occupation-kargil-posts-1965-08',
      kind: 'occupation',
      perpetrator: 'india',
      against: 'pakistan',
      place: P.kargil,
      description:
        'Insisting that the raiders are Pakistanis, India strikes back by occupying three deserted Pakistani outposts on the Kargil ridge line.',
    },
    [S.time0827],
  ),
  ev(
    'IncidentReported',
    'inc-leh-road-shelling',
    on('1965-08-20', '1965-08-27', 'approximate'),
    {
      incidentId: 'pak-shelling-leh-road-1965-08',
      kind: 'shelling',
      perpetrator: 'pakistan',
      against: 'india',
      place: P.lehRoad,
      description: 'Pakistani artillery is reported shelling the road to Leh, not far from the Kargil posts.',
    },
    [S.time0827],
  ),
  ev(
    'StatementMade',
    'stmt-karan-singh',
    on('1965-08-21', '1965-08-27', 'approximate'),
    {
      speaker: KARAN_SINGH,
      audience: 'pakistan',
      tone: 'warning',
      summary: 'Kashmir’s governor warns that there is a limit to the patience of even the most patient country.',
      quote:
        'There is a limit to the patience of even the most patient country in the world. They are driving iron into our souls.',
    },
    [S.time0827],
  ),
  ev(
    'StatementMade',
    'stmt-shastri-cancels-bhutto',
    on('1965-08-21', '1965-08-27', 'approximate'),
    {
      speaker: SHASTRI,
      audience: 'pakistan',
      tone: 'critical',
      summary:
        'Shastri cancels the scheduled visit of Foreign Minister Bhutto to discuss the Rann of Kutch because "no useful purpose" would be served; the dispute goes to the three-man tribunal.',
    },
    [S.time0827],
  ),
  ev(
    'IncidentReported',
    'inc-haji-pir',
    on('1965-08-28', '1965-08-29'),
    {
      incidentId: 'india-capture-haji-pir-1965-08-28',
      kind: 'clash',
      perpetrator: 'india',
      against: 'pakistan',
      place: P.hajiPir,
      description:
        'Indian soldiers led by Major Ranjit Singh Dayal capture the Haji Pir pass, the route Pakistan had used to infiltrate the valley, after a 37-hour battle in hostile terrain.',
    },
    [R.wionHajiPir('1965-08-28')],
  ),
  // ===== September 1965: the war =====
  ev(
    'IncidentReported',
    'inc-grand-slam',
    on('1965-09-01', '1965-09-02'),
    {
      incidentId: 'pak-grand-slam-chhamb-1965-09-01',
      kind: 'clash',
      perpetrator: 'pakistan',
      against: 'india',
      place: P.chhamb,
      scale: 'major',
      description:
        'Operation Grand Slam: Pakistan’s armoured attack on the Chhamb–Jaurian sector, aimed at Akhnoor and its bridge; "both nations launching major offensives ... Pakistan attempted to capture the strategic town of Akhnoor". India halts it.',
    },
    [R.ieGrandSlam('1965-09-01'), R.snacks('1965-09-01')],
  ),
  ev(
    'ThirdPartyEngagement',
    'tpe-res-209',
    on('1965-09-04', '1965-09-05'),
    {
      actorId: 'united-nations',
      counterparts: ['india', 'pakistan'],
      kind: 'outreach',
      summary: 'The Security Council’s resolution 209 calls on India and Pakistan to cease fire.',
    },
    [R.unRes209210('1965-09-04')],
  ),
  ev(
    'ThirdPartyEngagement',
    'tpe-res-210',
    on('1965-09-06', '1965-09-07'),
    {
      actorId: 'united-nations',
      counterparts: ['india', 'pakistan'],
      kind: 'outreach',
      summary:
        'The Security Council’s resolution 210 asks the Secretary-General to do everything possible to bring about a ceasefire; U Thant goes to Rawalpindi and New Delhi.',
    },
    [R.unRes209210('1965-09-06')],
  ),
  ev(
    'IncidentReported',
    'inc-khem-karan',
    on('1965-09-08', '1965-09-09'),
    {
      incidentId: 'pak-offensive-khem-karan-1965-09-08',
      kind: 'clash',
      perpetrator: 'pakistan',
      against: 'india',
      place: P.khemKaran,
      scale: 'major',
      description:
        'Pakistan’s 1st Armoured Division and 11th Infantry Division, with Patton tanks, cross the border in Punjab and advance on Khem Karan toward Amritsar ("an armoured offensive through Khem Karan"); the battle of Asal Uttar (8–10 September) halts it, with some 95 Pakistani tanks destroyed.',
    },
    [R.gktoday('1965-09-08'), R.bsAsalUttar('1965-09-08')],
  ),
  ev(
    'IncidentReported',
    'inc-phillora',
    on('1965-09-11', '1965-09-12'),
    {
      incidentId: 'tank-battle-phillora-1965-09-11',
      kind: 'clash',
      perpetrator: 'india',
      against: 'pakistan',
      place: P.sialkot,
      scale: 'major',
      description:
        'A massive tank battle in the Phillora region of the Sialkot sector, where Pakistani forces fall back.',
    },
    [R.dndChawinda('1965-09-11')],
  ),
  ev(
    'IncidentReported',
    'inc-lahore-offensive',
    on('1965-09-06', '1965-09-15'),
    {
      incidentId: 'india-offensive-lahore-1965-09-06',
      kind: 'clash',
      perpetrator: 'india',
      against: 'pakistan',
      place: P.lahore,
      scale: 'major',
      description:
        'The Indian Army crosses the international border in Punjab and launches an offensive toward Lahore, Pakistan’s second city ("fighting around Lahore, where they had launched an offensive September 6"); Indian troops reach Dograi and the Ichhogil canal.',
    },
    [S.fof0915, R.bsLahore('1965-09-06')],
  ),
  ev(
    'IncidentReported',
    'inc-sialkot-drive',
    on('1965-09-08', '1965-09-15'),
    {
      incidentId: 'india-drive-sialkot-1965-09-08',
      kind: 'clash',
      perpetrator: 'india',
      against: 'pakistan',
      place: P.sialkot,
      description: 'Indian troops cross into Pakistan and advance toward Sialkot.',
    },
    [S.fof0915],
  ),
  ev(
    'IncidentReported',
    'inc-gadra',
    on('1965-09-08', '1965-09-15'),
    {
      incidentId: 'india-capture-gadra-1965-09-08',
      kind: 'clash',
      perpetrator: 'india',
      against: 'pakistan',
      place: P.gadra,
      description:
        'Indian troops capture the town of Gadra in southern Pakistan, about five miles from the border (reported to Parliament by Defence Minister Chavan).',
    },
    [S.fof0915],
  ),
  ev(
    'IncidentReported',
    'inc-india-toll-0915',
    on('1965-09-15', '1965-09-16'),
    {
      incidentId: 'toll-india-claim-1965-09-15',
      kind: 'casualty-report',
      period: { from: '1965-08-06', to: '1965-09-13' },
      fatalities: { min: 2459, max: 2459 },
      description:
        'A New Delhi spokesman says that 1,847 Pakistani soldiers have been killed and 320 captured, and 612 Indian soldiers killed, between 6 August and 13 September; only India issues casualty reports.',
    },
    [graded(S.fof0915, 3)],
  ),
  ev(
    'StatementMade',
    'stmt-shastri-unconditional',
    on('1965-09-16', '1965-09-17'),
    {
      speaker: SHASTRI,
      audience: 'United States (President Johnson)',
      tone: 'conciliatory',
      summary: 'Shastri writes to President Johnson that New Delhi is willing to agree to an unconditional ceasefire.',
    },
    [R.oneindia('1965-09-16')],
  ),
  ev(
    'ActorRegistered',
    'actor-china',
    on('1965-09-16T17:00:00Z', '1965-09-18', 'approximate'),
    { actor: CHINA, role: 'third-party' },
    [S.fofChina],
  ),
  ev(
    'DemandTabled',
    'dem-china-sikkim',
    on('1965-09-16T17:00:00Z', '1965-09-18', 'approximate'),
    {
      demandId: 'china-dismantle-sikkim-works-1965-09',
      by: 'china',
      addressedTo: ['india'],
      text: 'Dismantle all 56 military works on the Chinese side of the China–Sikkim boundary or on the boundary, stop all intrusions, return the kidnapped border inhabitants and their livestock, and pledge no more raids',
      category: 'territorial',
    },
    [S.fofChina],
  ),
  ev(
    'UltimatumIssued',
    'ult-china',
    on('1965-09-16T17:00:00Z', '1965-09-18', 'approximate'),
    {
      ultimatumId: 'china-ultimatum-india-1965-09',
      by: 'china',
      to: ['india'],
      demandIds: ['china-dismantle-sikkim-works-1965-09'],
      deadline: '1965-09-19T17:00:00Z',
      consequences: 'India to "bear full responsibility for all the grave consequences"',
      channel:
        'Note handed to India’s chargé d’affaires in Peking, roused at one in the morning (17 September, Peking time)',
    },
    [S.fofChina],
  ),
  ev(
    'IncidentReported',
    'inc-chawinda',
    on('1965-09-19', '1965-09-20', 'approximate'),
    {
      incidentId: 'battle-chawinda-1965-09',
      kind: 'clash',
      perpetrator: 'india',
      against: 'pakistan',
      place: P.sialkot,
      scale: 'major',
      description:
        'The Indian attack on Chawinda in the Sialkot sector, one of the largest tank battles since the Second World War; by Pakistani accounts it ends on 21 September with the Indian forces withdrawing (Pakistan: 40 of its tanks lost, more than 120 Indian).',
    },
    [R.dndChawinda('1965-09-19')],
  ),
  ev(
    'ThirdPartyEngagement',
    'tpe-res-211',
    on('1965-09-20', '1965-09-21'),
    {
      actorId: 'united-nations',
      counterparts: ['india', 'pakistan'],
      kind: 'outreach',
      summary:
        'The Security Council’s resolution 211 demands a ceasefire from 07:00 GMT on Wednesday 22 September and the withdrawal of all armed personnel to the positions held before 5 August, and asks the Secretary-General to supervise them.',
    },
    [S.res211],
  ),
  ev(
    'StatementMade',
    'stmt-india-accepts',
    on('1965-09-21', '1965-09-22'),
    {
      speaker: SHASTRI,
      audience: 'united-nations',
      tone: 'conciliatory',
      summary:
        'In less than eighteen hours India replies to the Secretary-General that it agrees to order a ceasefire at the time the Council set; it asks that the deadline be extended to give its commanders notice.',
    },
    [S.parth0922],
  ),
  ev(
    'IncidentReported',
    'inc-dograi',
    on('1965-09-21', '1965-09-22'),
    {
      incidentId: 'india-capture-dograi-1965-09-21',
      kind: 'clash',
      perpetrator: 'india',
      against: 'pakistan',
      place: P.lahore,
      scale: 'major',
      fatalities: { min: 394, max: 394 },
      description:
        'On the night of 21–22 September the Indian 3 Jat battalion retakes Dograi, less than a kilometre from Lahore, from Pakistan’s 16 Punjab in hand-to-hand fighting: 308 Pakistani soldiers killed and 108 captured, 86 Indian soldiers killed (Indian account).',
    },
    [R.dograi('1965-09-21')],
  ),
  ev(
    'StatementMade',
    'stmt-bhutto-accepts',
    on('1965-09-22T18:00:00Z', '1965-09-23'),
    {
      speaker: BHUTTO,
      audience: 'united-nations',
      tone: 'critical',
      summary:
        'At the deadline, Bhutto announces in the Security Council that Pakistan accepts the ceasefire; India welcomes the decision while rejecting his charges.',
    },
    [S.parth0922],
  ),
  ev(
    'UltimatumResolved',
    'ult-china-lapsed',
    on('1965-09-22', '1965-09-23'),
    {
      ultimatumId: 'china-ultimatum-india-1965-09',
      resolution: 'lapsed',
      summary:
        'The time limit, extended to 21:30 on 22 September, passes without an exchange of fire; the New China News Agency reports Chinese forces withdrawn from four points.',
    },
    [S.hindu0923],
  ),
  ev(
    'IncidentReported',
    'inc-india-holds',
    on('1965-09-23', '1965-09-24'),
    {
      incidentId: 'india-occupation-war-gains-1965-09',
      kind: 'occupation',
      perpetrator: 'india',
      against: 'pakistan',
      description:
        'At the ceasefire India holds Pakistani ground: the Haji Pir pass, Burki police station near Lahore and ground barely two kilometres from Sialkot, besides the Kargil posts.',
    },
    [R.thePrint('1965-09-23')],
  ),
  ev(
    'IncidentReported',
    'inc-pakistan-holds',
    on('1965-09-23', '1965-09-24'),
    {
      incidentId: 'pak-occupation-war-gains-1965-09',
      kind: 'occupation',
      perpetrator: 'pakistan',
      against: 'india',
      description:
        'At the ceasefire Pakistan holds Indian ground: the town of Chhamb, the outskirts of Khem Karan, and Kishangarh with desert territory in Rajasthan.',
    },
    [R.thePrint('1965-09-23')],
  ),
  ev(
    'CeasefireDeclared',
    'cf-un',
    on('1965-09-22T22:00:00Z', '1965-09-28'),
    {
      ceasefireId: CF.un,
      parties: ['india', 'pakistan'],
      scope:
        'All fronts, as demanded by Security Council resolution 211 and ordered by both heads of government; in force at 22:00 GMT on 22 September after a fifteen-hour extension of the deadline at India’s request',
      duration: 'indefinite',
    },
    [S.goldberg0922, S.parth0922, graded(S.bhutto0927, 2)],
    { note: 'The Council’s deadline was 07:00 GMT; Bhutto gives the fifteen-hour extension (27 September).' },
  ),
  ev(
    'CeasefireViolationReported',
    'cfv-pak-0927',
    on('1965-09-27', '1965-09-28'),
    {
      ceasefireId: CF.un,
      allegedBy: 'pakistan',
      against: 'india',
      description:
        'Bhutto tells the Security Council of "the flagrant violations of the cease-fire by India", which he says sought the extension of the deadline in order to alter the military situation.',
    },
    [graded(S.bhutto0927, 3)],
  ),
  ev(
    'ThirdPartyEngagement',
    'tpe-res-214',
    on('1965-09-27', '1965-09-28'),
    {
      actorId: 'united-nations',
      counterparts: ['india', 'pakistan'],
      kind: 'outreach',
      summary:
        'The Security Council, expressing grave concern that the ceasefire agreed by both is not holding, demands that the parties honour it and withdraw all armed personnel (resolution 214).',
    },
    [S.goldberg0927],
  ),
  // ===== October – December 1965: violations, good offices =====
  ev(
    'IncidentReported',
    'inc-cfl-skirmishes',
    on('1965-10-10', '1965-10-12', 'approximate'),
    {
      incidentId: 'skirmishes-ceasefire-line-1965-10-10',
      kind: 'clash',
      perpetrator: 'pakistan',
      against: 'india',
      place: P.cfl,
      description:
        'Not a single day has gone by since the ceasefire without skirmishes or what would qualify as a battle; soldiers are dying almost daily in Kashmir, in Punjab and in the desert as both sides "tidy up" unfinished business (no side named as firing first: recorded with Pakistan as perpetrator only to give it a direction).',
    },
    [S.press1012],
    { occurrence: 'ceasefire-line-skirmishes-1965-10-10' },
  ),
  ev(
    'CeasefireViolationReported',
    'cfv-nzpa-1010',
    on('1965-10-10', '1965-10-12', 'approximate'),
    {
      ceasefireId: CF.un,
      allegedBy: 'india',
      against: 'pakistan',
      description:
        'The ceasefire line is one "where fire rarely ceases": soldiers are dying almost daily (the Press Association’s account, which names no side and gives no count; recorded as India’s allegation only to give it a direction).',
    },
    [graded(S.press1012, 3)],
    { occurrence: 'ceasefire-line-skirmishes-1965-10-10' },
  ),
  ev(
    'ThirdPartyEngagement',
    'tpe-france-1028',
    on('1965-10-28', '1965-10-29'),
    {
      actorId: 'united-nations',
      counterparts: ['india', 'pakistan'],
      kind: 'outreach',
      summary:
        'In the Security Council (France): the ceasefire is still precarious and only partially applied, withdrawals have taken place only in very limited areas, and no contact between the parties is in sight; the Council should urge them to begin withdrawing without delay.',
    },
    [S.seydoux1028],
  ),
  ev('ActorRegistered', 'actor-ussr', on('1965-11-25', '1965-11-26'), { actor: USSR, role: 'mediator' }, [S.dawn1126]),
  ev(
    'MediationAction',
    'med-ussr-good-offices',
    on('1965-11-25', '1965-11-26'),
    {
      mediator: 'soviet-union',
      action: 'offered',
      summary:
        'After two and a half hours with Kosygin, Bhutto says Pakistan has accepted the Soviet offer of good offices unconditionally and that Ayub is ready to discuss "the whole gamut of Indo-Pakistan relations" with Shastri on Soviet soil; India’s ambassador hands Kosygin a "positive message" from Shastri.',
    },
    [S.dawn1126],
    { note: 'The invitation was issued in September, at the height of the fighting (Facts On File, 12 January 1966).' },
  ),
  // ===== January 1966: Tashkent =====
  ev(
    'TalksRoundOpened',
    'round-tashkent-opened',
    on('1966-01-04', '1966-01-05'),
    {
      roundId: RD.tashkent,
      label: 'Tashkent conference (Shastri – Ayub Khan, hosted by Kosygin)',
      venue: 'Tashkent',
      format: 'formal',
      hosts: ['soviet-union'],
      delegations: [
        { actorId: 'india', head: SHASTRI },
        { actorId: 'pakistan', head: AYUB },
      ],
    },
    [R.ieRoadblocks('1966-01-04'), R.frus('1966-01-04')],
  ),
  ev(
    'TalksRoundConcluded',
    'round-tashkent-concluded',
    on('1966-01-10', '1966-01-12'),
    {
      roundId: RD.tashkent,
      outcome: 'agreement',
      summary:
        'After Kosygin’s efforts save the talks from collapse, Shastri and Ayub Khan sign the Tashkent Declaration.',
      nextSteps:
        'Withdrawal of all armed personnel to the positions of 5 August 1965 by 25 February 1966; meetings at high level on matters of direct concern.',
    },
    [R.frus('1966-01-10')],
    { occurrence: 'tashkent-declaration-1966-01-10' },
  ),
  ev(
    'AgreementReached',
    'agr-tashkent',
    on('1966-01-10', '1966-01-12'),
    {
      agreementId: A.tashkent,
      kind: 'framework',
      provisions: [
        'Both reaffirm their obligation under the UN Charter not to have recourse to force and to settle their disputes by peaceful means',
        'All armed personnel withdrawn not later than 25 February 1966 to the positions held before 5 August 1965; both observe the ceasefire terms on the ceasefire line',
        'Relations based on non-interference in each other’s internal affairs; propaganda against the other discouraged',
        'High commissioners return to their posts; normal diplomatic and economic relations restored',
        'Prisoners of war repatriated',
        'Further meetings at the highest and other levels on matters of direct concern',
      ],
      signatories: ['india', 'pakistan'],
      textPublic: true,
      roundId: RD.tashkent,
      status: 'signed',
    },
    [S.pravda0111, S.fof0112],
    { occurrence: 'tashkent-declaration-1966-01-10' },
  ),
  ev(
    'AgreementReached',
    'agr-army-chiefs',
    on('1966-01-22', '1966-01-23'),
    {
      agreementId: A.chiefs,
      kind: 'partial',
      provisions: [
        'Disengagement within five days: in the plains each side withdraws 1,000 yards from the line of actual control',
        'Defences in occupied territory dismantled within 21 days thereafter',
        'Complete withdrawal of troops by 25 February 1966, with the good offices of UNMOGIP and UNIPOM',
        'No firing of weapons or explosives within 10,000 metres of the line of actual control',
      ],
      signatories: ['india', 'pakistan'],
      textPublic: true,
    },
    [R.armyChiefs('1966-01-22')],
    {
      note: 'Signed in New Delhi by the Chief of Army Staff of India and the Commander-in-Chief of the Pakistan Army.',
    },
  ),
  // ===== February – March 1966: the withdrawals and the Rawalpindi talks =====
  ev(
    'IncidentReported',
    'inc-india-withdraws',
    on('1966-02-25', '1966-03-04', 'approximate'),
    {
      incidentId: 'india-withdrawal-1966-02-25',
      kind: 'withdrawal',
      perpetrator: 'india',
      against: 'pakistan',
      description:
        'India withdraws its forces to the positions of 5 August 1965, giving up the Haji Pir pass and its other gains, by the date the Tashkent Declaration set.',
    },
    [S.swaran0304, R.frus('1966-02-25')],
  ),
  ev(
    'IncidentReported',
    'inc-pakistan-withdraws',
    on('1966-02-25', '1966-03-04', 'approximate'),
    {
      incidentId: 'pak-withdrawal-1966-02-25',
      kind: 'withdrawal',
      perpetrator: 'pakistan',
      against: 'india',
      description:
        'Pakistan withdraws its forces to the positions of 5 August 1965, from Chhamb, Khem Karan and the Rajasthan desert, by the date the Tashkent Declaration set.',
    },
    [S.swaran0304, R.frus('1966-02-25')],
  ),
  ev(
    'TalksRoundOpened',
    'round-rawalpindi-opened',
    on('1966-03-01', '1966-03-04'),
    {
      roundId: RD.rawalpindi,
      label: 'Indo-Pakistan ministerial meeting at Rawalpindi',
      venue: 'Rawalpindi',
      format: 'formal',
      delegations: [
        { actorId: 'india', head: SWARAN },
        { actorId: 'pakistan', head: BHUTTO },
      ],
    },
    [S.swaran0304],
  ),
  ev(
    'TalksRoundConcluded',
    'round-rawalpindi-concluded',
    on('1966-03-02', '1966-03-04'),
    {
      roundId: RD.rawalpindi,
      outcome: 'no-progress',
      summary:
        'The talks, of an exploratory nature, end with a joint communiqué and a useful exchange of views (Swaran Singh); India wanted further steps to carry out the Declaration, Pakistan to discuss Kashmir; no agreement is reached.',
      nextSteps: 'Diplomatic exchanges continue.',
    },
    [S.swaran0304, R.wpTashkent('1966-03-02')],
  ),
  ev(
    'StatementMade',
    'stmt-swaran-0304',
    on('1966-03-04', '1966-03-04'),
    {
      speaker: SWARAN,
      audience: 'domestic audience (Lok Sabha)',
      tone: 'neutral',
      summary:
        'Both sides have acted on the Declaration’s articles on the withdrawal and disengagement of forces, the restoration of normal diplomatic relations and the exchange of prisoners, with partial progress on communications and on discouraging propaganda; numerous other issues remain to be settled.',
    },
    [S.swaran0304],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'india-pakistan-1965.jsonl',
  logEnd: '1966-04-30T00:00:00Z',
  events,
};

export default definition;
