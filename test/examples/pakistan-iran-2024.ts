/**
 * A test fixture, not a shipped example: Pakistan and Iran from the Jaish
 * al-Adl attack on the police station in Rask (15 December 2023) to President
 * Raisi's visit to Pakistan (22–24 April 2024), as an analyst following the
 * news could have recorded it: Iran's interior minister saying the attackers
 * came from Pakistan (17 December); Iran's missile and drone strike on what it
 * called Jaish al-Adl bases at Koh-e-Sabz, Panjgur (16 January 2024, two
 * children killed by Pakistan's account); Pakistan recalling its ambassador,
 * barring Iran's from returning and suspending high-level visits (17
 * January); Pakistan's strikes "Marg Bar Sarmachar" on what it called BLA and
 * BLF hideouts near Saravan (18 January, nine foreign nationals killed by
 * Iran's account); China's offer to mediate (18 January); the foreign
 * ministers' call and the agreement to de-escalate (19 January); the joint
 * statement returning the ambassadors (22 January, back on 26 January); the
 * killing of nine Pakistani workers in Saravan by unknown gunmen (27
 * January); Amir-Abdollahian in Islamabad and the security mechanisms agreed
 * there (29 January); Jaish al-Adl's attacks on Rask and Chabahar (3–4 April);
 * and Raisi's visit with eight agreements signed (22 April) and the joint
 * statement (24 April). Escalation model v2 was never tuned on it: it is the
 * case the model is held to in pakistan-iran-2024.spec.ts, against the calls
 * an analyst makes from DOMAIN.md §5b alone.
 *
 * What it tests: strikes by each party on the other's territory aimed at
 * third-party militants (armed action between the parties by §5b: force by
 * one party on the other's territory), each in one place with a handful
 * killed; diplomatic downgrades reversed within days; a thaw with no
 * ceasefire ever agreed (there was no fighting to stop after 18 January);
 * militants' attacks blamed across the border, or on no one; and how soon
 * the level falls back.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source.
 *
 * Grading as in examples/README.md: B = established outlet or wire copy
 * (Dawn, Business Recorder, The Nation, ARY News, CBC, NBC News, EFE,
 * Hürriyet Daily News and The Straits Times with AFP, Shanghai Daily with
 * Xinhua, India TV with Reuters, A News, IRNA for the text of the joint
 * statement), C = smaller outlet, aggregator, state-affiliated outlet or
 * mirror of a wire story (UrduPoint, Daily Pakistan, Lokmat Times with IANS
 * or ANI, Islam Times, AhlulBayt News Agency, Bayan News, Mehr News, MENAFN,
 * Upday, Siasat, DNA News, Pakistan Standard, The Diplomatic Insight,
 * Millennium Post, Bangladesh Pratidin, Indian Economic Observer, Pledge
 * Times); 1 = the
 * text of a joint statement both parties published, or an act both confirm
 * (the ambassadors' return); 2 = several outlets agree or one established
 * outlet reports an on-record statement; 3 = one side's unverified account
 * of the other's act (what each strike killed). No A grades: no primary
 * document is cited. Where the stored copy did not keep the page's own
 * title, the title given is a short description of the report (Dawn of 15
 * December 2023, Shanghai Daily of 18 January 2024, ARY News of 22 April
 * 2024).
 *
 * Judgement calls, recorded as an analyst would:
 * - Parties: Pakistan and Iran. Jaish al-Adl (the Sunni Baloch group that
 *   fights Iran from the border region) and the Balochistan Liberation Army
 *   and Front (the "Sarmachars" Pakistan struck) are third parties; China
 *   offered to mediate on 18 January and is registered as a mediator then.
 * - The two strikes are armed action between the parties: each is one
 *   party's force on the other's territory, whatever it was aimed at. Each is
 *   recorded `against` the state whose territory was struck, with the
 *   militants it was aimed at as its `target` (as pakistan-afghanistan-2025
 *   records Pakistan's strikes on the TTP in Afghanistan). Each is one
 *   incident in one place, as the sources report it: Iran's at Koh-e-Sabz
 *   (Sabz Koh) in Panjgur district (an unnamed Pakistani official's account
 *   of mortar shells landing "in different places" is a single outlet's, kept
 *   in the text only); Pakistan's at a border village near Saravan (Iran's
 *   account of a second blast near Saravan, without casualties, is the same
 *   operation in the same place, kept in the text). Tolls are each side's
 *   account of the other's strike: two children killed (Pakistan; Iran says
 *   only militants were hit), nine foreign nationals killed (Iran; Pakistan
 *   says "a number of terrorists").
 * - Pakistan's Foreign Office on 16 January (the violation "could have
 *   serious consequences") is a `warning`; Jilani's "Pakistan reserves the
 *   right to respond to this provocative act" (17 January, to Amir-Abdollahian)
 *   a `military-threat`, carried out the next morning. The recall of the
 *   ambassador, the bar on Iran's ambassador returning and the suspension of
 *   high-level visits are the Foreign Office's measure, coded 161 (reduce or
 *   break diplomatic relations); the suspended visits were not talks, so no
 *   `TalksSuspended` is recorded. Iran's summons of Pakistan's chargé
 *   d'affaires (18 January) is an `accusation`; its foreign ministry's
 *   statement of 19 January ("unbalanced and unacceptable", but "good
 *   neighbourliness and brotherhood") `critical`. The National Security
 *   Committee's "any attempt … will be responded with full might of the state"
 *   (19 January) is deterrence against a new breach, a `warning`.
 * - The foreign ministers' call of 19 January, in which they "agreed to
 *   de-escalate the situation" and to strengthen counter-terrorism
 *   coordination, is recorded as an informal round concluded with an
 *   agreement (`partial`, text not public), not as a ceasefire: no source
 *   calls it one, and no fighting went on to stop. The joint press statement
 *   of 22 January (ambassadors back by 26 January, Amir-Abdollahian's visit on
 *   29 January) is an agreement (`partial`, text public) and the visit's
 *   scheduling, one occurrence; the ambassadors' return is each
 *   ambassador's statement, coded 050 (resume diplomatic cooperation). The
 *   29 January meetings (liaison officers in Turbat and Zahedan, a joint
 *   coordination mechanism of the foreign ministers, border markets) are a
 *   round concluded with a `framework` agreement. Raisi's visit is a round
 *   opened on 22 April, the eight memoranda signed that day (`partial`,
 *   `signed`), and concluded with the joint statement of 24 April.
 * - Militants' attacks. Rask (15 December) is Jaish al-Adl's, against Iran;
 *   Iran blamed Pakistan for it when Vahidi said the attackers crossed from
 *   Pakistan and called on Pakistan to secure its border (17 December): his
 *   statement carries the blame. The killing of nine Pakistani workers in
 *   Saravan (27 January) is by unknown gunmen, claimed by no one and blamed
 *   by Pakistan on no one (it asked Iran to investigate): recorded with no
 *   perpetrator, `against` Pakistan (its nationals were the ones shot). Jaish
 *   al-Adl's attacks on Rask and Chabahar (3–4 April) are recorded against
 *   Iran, blamed on no one: the officials quoted speak of "foreign elements",
 *   and the only "from inside Pakistan" found is a Tehran academic's post,
 *   not Iran's.
 * - Times: Rask at about 02:00 Iran time (22:30 UTC the day before); Iran's
 *   strike before sunset in Panjgur (about 13:00 UTC); Pakistan's at 04:05–
 *   04:30 Iran time (about 00:45 UTC); all `approximate`.
 * - Left out: the Jaish al-Adl attack on Rask of 10 January (one officer
 *   killed; known here only from an April report), the UN Secretary-General's
 *   and others' calls for restraint (not the parties'), Jilani's call with
 *   Türkiye's foreign minister, and the February–March calls between the two
 *   foreign ministers (no dated copy kept). Days with nothing recorded are
 *   not days with nothing said.
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'pakistan-iran-2024';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 2024);
/** A recordedAt on a given day, UTC (the case runs over two years). */
const rec = (day: string, time = '12:00'): string => `${day}T${time}:00Z`;

const PAKISTAN: Actor = {
  id: 'pakistan',
  name: 'Islamic Republic of Pakistan',
  kind: 'state',
  aliases: ['Pakistan', 'Islamabad', 'ISPR', 'Pakistan Armed Forces'],
};
const IRAN: Actor = {
  id: 'iran',
  name: 'Islamic Republic of Iran',
  kind: 'state',
  aliases: ['Iran', 'Tehran', 'IRGC', 'Islamic Revolutionary Guard Corps'],
};
const JAISH_AL_ADL: Actor = {
  id: 'jaish-al-adl',
  name: 'Jaish al-Adl',
  kind: 'armed-group',
  aliases: ['Army of Justice', 'Jaish ul-Adl', 'Jaish al-Zolm'],
};
const BLA: Actor = {
  id: 'bla',
  name: 'Balochistan Liberation Army',
  kind: 'armed-group',
  aliases: ['BLA', 'Sarmachars'],
};
const BLF: Actor = {
  id: 'blf',
  name: 'Balochistan Liberation Front',
  kind: 'armed-group',
  aliases: ['BLF', 'Sarmachars'],
};
const CHINA: Actor = { id: 'china', name: "People's Republic of China", kind: 'state', aliases: ['China', 'Beijing'] };

const VAHIDI: Person = { name: 'Ahmad Vahidi', title: 'Interior Minister of Iran', actorId: 'iran' };
const AMIR: Person = { name: 'Hossein Amir-Abdollahian', title: 'Foreign Minister of Iran', actorId: 'iran' };
const KANAANI: Person = {
  name: 'Nasser Kanaani',
  title: 'Spokesman, Ministry of Foreign Affairs of Iran',
  actorId: 'iran',
};
const IRAN_MFA: Person = {
  name: 'Ministry of Foreign Affairs of Iran (statement)',
  title: 'Iranian government',
  actorId: 'iran',
};
const MOUSAVI: Person = {
  name: 'Seyyed Rasoul Mousavi',
  title: 'Director General for South Asia, Ministry of Foreign Affairs of Iran',
  actorId: 'iran',
};
const AMIRI: Person = { name: 'Reza Amiri-Moghaddam', title: 'Ambassador of Iran to Pakistan', actorId: 'iran' };
const RAISI: Person = { name: 'Ebrahim Raisi', title: 'President of Iran', actorId: 'iran' };
const BALOCH: Person = {
  name: 'Mumtaz Zahra Baloch',
  title: 'Spokesperson, Ministry of Foreign Affairs of Pakistan',
  actorId: 'pakistan',
};
const PAK_MFA: Person = {
  name: 'Ministry of Foreign Affairs of Pakistan (statement)',
  title: 'Pakistani government',
  actorId: 'pakistan',
};
const JILANI: Person = {
  name: 'Jalil Abbas Jilani',
  title: 'Caretaker Foreign Minister of Pakistan',
  actorId: 'pakistan',
};
const NSC: Person = {
  name: 'National Security Committee of Pakistan (statement)',
  title: 'Pakistani government',
  actorId: 'pakistan',
};
const TIPU: Person = {
  name: 'Muhammad Mudassir Tipu',
  title: 'Ambassador of Pakistan to Iran',
  actorId: 'pakistan',
};
const SHARIF: Person = { name: 'Shehbaz Sharif', title: 'Prime Minister of Pakistan', actorId: 'pakistan' };

const S = {
  dawnDec15: source(
    'At least 11 Iranian police killed in attack on police station in Sistan-Baluchestan (AFP)',
    'Dawn (AFP)',
    'https://dawn.com/news/1798234',
    '2023-12-15',
    'B',
    2,
  ),
  wionDec15: source(
    'At least 11 Iranian officers killed in jihadist terror attack on police station',
    'WION (AFP)',
    'https://www.wionews.com/world/at-least-11-iranian-officers-killed-in-jihadist-terror-attack-on-police-station-669913',
    '2023-12-15',
    'B',
    2,
  ),
  bayanDec17: source(
    "Iran's Interior Minister: Pakistan Must Not Allow Terrorist Groups to Establish Safe Havens in the Country",
    'Bayan News',
    'https://bayannews.af/en/2023/12/17/irans-interior-minister-pakistan-must-not-allow-terrorist-groups-to-establish-safe-havens-in-the-country/',
    '2023-12-17',
    'C',
    2,
  ),
  islamtimesDec18: source(
    'Iran Urges Pakistan to Ensure Border Security after Rask Terrorist Attack',
    'Islam Times',
    'https://www.islamtimes.org/en/news/1103223/iran-urges-pakistan-to-ensure-border-security-after-rask-terrorist-attack',
    '2023-12-18',
    'C',
    2,
  ),
  abnaDec18: source(
    "Iran's Interior Minister urges Pakistan not to allow terrorists to establish foothold",
    'AhlulBayt News Agency (IRNA)',
    'https://en.abna24.com/story/1420973',
    '2023-12-18',
    'C',
    2,
  ),
  nbcJan17: source(
    'Pakistan condemns Iranian strike that it says killed 2 children',
    'NBC News',
    'https://www.nbcnews.com/news/world/live-blog/israel-hamas-war-live-updates-rcna134245',
    '2024-01-17',
    'B',
    2,
  ),
  cbcJan17: source(
    'Pakistan recalls ambassador from Iran after strike it says killed 2 children',
    'CBC News',
    'https://www.cbc.ca/news/world/pakistan-iran-children-ambassador-1.7086549?cmp=rss',
    '2024-01-17',
    'B',
    2,
  ),
  mehrJan17: source(
    "Iran attack didn't target Pakistani nationals: FM",
    'Mehr News Agency',
    'https://en.mehrnews.com/news/210948/Iran-attack-didn-t-target-Pakistani-nationals-FM',
    '2024-01-17',
    'C',
    2,
  ),
  anewsJan17: source(
    'Iran claims militant group targeted in Pakistan strikes',
    'A News',
    'https://www.anews.com.tr/middle-east/2024/01/17/iran-claims-militant-group-targeted-in-pakistan-strikes',
    '2024-01-17',
    'B',
    2,
  ),
  lokmatJan17: source(
    'Pakistan expels Iranian ambassador after air strike',
    'Lokmat Times (IANS)',
    'https://www.lokmattimes.com/international/pakistan-expels-iranian-ambassador-after-air-strike/',
    '2024-01-17',
    'C',
    2,
  ),
  menafnJan17: source(
    'Pakistan To Recall Amb. From Iran Following Airspace Violation',
    'MENAFN (KUNA)',
    'https://menafn.com/1107733590/Pakistan-To-Recall-Amb-From-Iran-Following-Airspace-Violation',
    '2024-01-17',
    'C',
    2,
  ),
  brecorderJan18: source(
    'Iranian FM told Pakistan reserves right to respond',
    'Business Recorder',
    'https://www.brecorder.com/news/40284386/iranian-fm-told-pakistan-reserves-right-to-respond',
    '2024-01-18',
    'B',
    2,
  ),
  dailypakistanJan18: source(
    "Pakistan-origin terrorists 'Sarmachars' targeted in military strikes inside Iran: FO",
    'Daily Pakistan',
    'https://en.dailypakistan.com.pk/18-Jan-2024/pakistan-origin-terrorists-sarmachars-targeted-in-military-strikes-inside-iran-fo',
    '2024-01-18',
    'C',
    2,
  ),
  shineJan18: source(
    "Iranian official says Pakistanis killed in Pakistan's strikes on Sistan and Baluchestan (Xinhua)",
    'Shanghai Daily (Xinhua, Reuters)',
    'https://www.shine.cn/news/world/2401186228/',
    '2024-01-18',
    'B',
    2,
  ),
  indiatvJan18: source(
    "Iran village shows aftermath of Pakistan's airstrikes that killed 9 people",
    'India TV (Reuters)',
    'https://www.indiatvnews.com/news/world/iran-village-shows-aftermath-of-pakistan-s-airstrikes-that-kill-9-people-video-2024-01-18-912541',
    '2024-01-18',
    'B',
    2,
  ),
  updayJan18: source(
    'Four children, three women dead in Pakistani air strikes on Iran, official says',
    'Upday',
    'https://www.upday.com/uk/four-children-three-women-dead-in-pakistani-air-strikes-on-iran-official-says',
    '2024-01-18',
    'C',
    2,
  ),
  bdpratidinJan18: source(
    "Iran condemns Pakistan's attack, summons Pakistani charge d'affaires",
    'Bangladesh Pratidin (Press TV)',
    'https://en.bd-pratidin.com/international/2024/01/18/13754',
    '2024-01-18',
    'C',
    2,
  ),
  ifpnewsJan18: source(
    "Tehran condemns Pakistan's raid on Iran's soil, summons Islamabad envoy",
    'IFP News',
    'https://ifpnews.com/tehran-pakistan-raid-iran-soil-islamabad-envoy/',
    '2024-01-18',
    'C',
    2,
  ),
  hurriyetJan18: source(
    'China says willing to mediate between Pakistan and Iran after strikes',
    'Hürriyet Daily News (AFP)',
    'https://www.hurriyetdailynews.com/china-says-willing-to-mediate-between-pakistan-and-iran-after-strikes-189815',
    '2024-01-18',
    'B',
    2,
  ),
  straitsJan18: source(
    'China says willing to mediate between Pakistan and Iran after strikes',
    'The Straits Times (AFP)',
    'https://www.straitstimes.com/asia/south-asia/china-says-willing-to-mediate-between-pakistan-and-iran-after-strikes',
    '2024-01-18',
    'B',
    2,
  ),
  pledgeJan19: source(
    'Iran-Pakistan, is the crisis easing?',
    'Pledge Times',
    'https://pledgetimes.com/iran-pakistan-is-the-crisis-easing/',
    '2024-01-19',
    'C',
    2,
  ),
  efeJan19: source(
    'Iran, Pakistan agree to de-escalate tensions after exchanging strikes',
    'EFE',
    'https://efe.com/en/latest-news/2024-01-19/iran-pakistan-agree-to-de-escalate-tensions-after-exchanging-strikes/',
    '2024-01-19',
    'B',
    2,
  ),
  urdupointJan19: source(
    "Jilani Speaks With Iranian FM; Expresses Pakistan's Readiness To Work With Iran Based On Trust",
    'UrduPoint (APP)',
    'https://www.urdupoint.com/en/pakistan/jilani-speaks-with-iranian-fm-expresses-paki-1787029.html',
    '2024-01-19',
    'C',
    2,
  ),
  ieoJan19: source(
    'Pakistan agrees to de-escalate tension with Iran, says "it desires to work based on spirit of mutual trust"',
    'Indian Economic Observer (ANI)',
    'https://indianeconomicobserver.com/news/pakistan-agrees-to-de-escalate-tension-with-iran-says-it-desires-to-work-based-on-spirit-of-mutual-trust20240119224737',
    '2024-01-19',
    'C',
    2,
  ),
  urdupointNscJan19: source(
    "Pakistan, Iran should address each other's security concerns: NSC",
    'UrduPoint (APP)',
    'https://www.urdupoint.com/en/pakistan/pakistan-iran-should-address-each-others-se-1787050.html',
    '2024-01-19',
    'C',
    2,
  ),
  nationJan20: source(
    'PM calls for steps to restore Pak-Iran ties after tit-for-tat strikes',
    'The Nation',
    'https://www.nation.com.pk/20-Jan-2024/pm-calls-for-steps-to-restore-pak-iran-ties-after-tit-for-tat-strikes',
    '2024-01-20',
    'B',
    2,
  ),
  urdupointJan22: source(
    'Pakistan, Iran Envoys To Resume Offices By Jan 26; Iranian FM To Visit Islamabad On Jan 29: FO',
    'UrduPoint (APP)',
    'https://www.urdupoint.com/en/pakistan/pakistan-iran-envoys-to-resume-offices-by-ja-1787623.html',
    '2024-01-22',
    'C',
    1,
  ),
  standardJan23: source(
    'Pakistan, Iran ambassadors to return to posts by Jan. 26',
    'Pakistan Standard',
    'https://www.pakistanstandard.com/pakistan-iran-ambassadors-to-return-to-posts-by-jan-26/',
    '2024-01-23',
    'C',
    1,
  ),
  brecorderJan23: source(
    'Iran, Pakistan diplomatic ties fully restored',
    'Business Recorder',
    'https://brecorder.com/news/40285194/iran-pakistan-diplomatic-ties-fully-restored',
    '2024-01-23',
    'B',
    1,
  ),
  insightJan26: source(
    "Pakistan's Ambassador to Iran announces his return to Tehran",
    'The Diplomatic Insight',
    'https://thediplomaticinsight.com/pakistans-ambassador-to-iran-announces-his-return-to-tehran/',
    '2024-01-26',
    'C',
    2,
  ),
  brecorderJan27: source(
    'Pak, Iranian envoys assume offices in respective capitals',
    'Business Recorder',
    'https://www.brecorder.com/news/40285979/pak-iranian-envoys-assume-offices-in-respective-capitals',
    '2024-01-27',
    'B',
    1,
  ),
  aryJan27: source(
    "Pakistan in touch with Iran over 'horrifying' killing of 9 nationals in Saravan",
    'ARY News',
    'https://arynews.tv/pakistan-in-touch-with-iran-over-horrifying-killing-of-9-nationals-in-saravan/',
    '2024-01-27',
    'B',
    2,
  ),
  lokmatJan28: source(
    'Gunmen kill nine Pakistanis in south-eastern Iran: Report',
    'Lokmat Times (ANI)',
    'https://www.lokmattimes.com/international/gunmen-kill-nine-pakistanis-in-south-eastern-iran-report/',
    '2024-01-28',
    'C',
    2,
  ),
  menafnJan30: source(
    'Unidentified gunmen murder 9 Pakistani workers in Iranian border area after military strikes',
    'MENAFN',
    'https://menafn.com/1107784265/Unidentified-gunmen-murder-9-Pakistani-workers-in-Iranian-border-area-after-military-strikes',
    '2024-01-30',
    'C',
    2,
  ),
  urdupointJan29: source(
    'Pak-Iran Collaborative Approaches Imperative To Confront Terrorism: FM Jilani',
    'UrduPoint (APP)',
    'https://www.urdupoint.com/en/business/pak-iran-collaborative-approaches-imperative-1789968.html',
    '2024-01-29',
    'C',
    2,
  ),
  dnaJan29: source(
    'Pak, Iran FMs forge closer ties, emphasize joint efforts against terrorism',
    'DNA News',
    'https://dnanews.com.pk/pak-iran-fms-forge-closer-ties-emphasize-joint-efforts-against-terrorism/',
    '2024-01-29',
    'C',
    2,
  ),
  isnaJan29: source(
    'Iran, Pakistan agree to expand security cooperation',
    'GlobalSecurity.org (ISNA)',
    'https://www.globalsecurity.org/wmd/library/news/pakistan/2024/pakistan-240129-isna01.htm',
    '2024-01-29',
    'C',
    2,
  ),
  dailypakistanJan29: source(
    'Iranian foreign minister meets PM Kakar after brief hiatus in diplomatic ties',
    'Daily Pakistan',
    'https://en.dailypakistan.com.pk/29-Jan-2024/iranian-foreign-minister-meets-pm-kakar-after-brief-hiatus-in-diplomatic-ties',
    '2024-01-29',
    'C',
    2,
  ),
  dawnApr4: source(
    '5 Iran security personnel dead in attacks claimed by Jaish al-Adl',
    'Dawn (AFP)',
    'https://www.dawn.com/news/1825641/5-iran-security-personnel-dead-in-attacks-claimed-by-jaish-al-adl',
    '2024-04-04',
    'B',
    2,
  ),
  siasatApr4: source(
    '27 killed in simultaneous attacks on 5 Iranian military bases',
    'Siasat',
    'https://www.siasat.com/27-killed-in-simultaneous-attacks-on-5-iranian-military-bases-3004103/',
    '2024-04-04',
    'C',
    2,
  ),
  nationApr9: source(
    'Iranian President to arrive in Islamabad on two-day state visit on 22nd',
    'The Nation',
    'https://www.nation.com.pk/09-Apr-2024/iranian-president-to-arrive-in-islamabad-on-two-day-state-visit-on-22nd',
    '2024-04-09',
    'B',
    2,
  ),
  dailypakistanApr21: source(
    'Iranian President Raisi to arrive in Pakistan tomorrow',
    'Daily Pakistan',
    'https://en.dailypakistan.com.pk/21-Apr-2024/iranian-president-raisi-to-arrive-in-pakistan-tommorow',
    '2024-04-21',
    'C',
    2,
  ),
  aryApr22: source(
    'Pakistan, Iran sign eight accords including one on a joint economic zone',
    'ARY News',
    'https://arynews.tv/pakistan-iran-sign-accord-on-economic-zone/',
    '2024-04-22',
    'B',
    1,
  ),
  millenniumApr22: source(
    'Iranian Prez Raisi and Pak PM Sharif agree on joint efforts to eradicate terrorism',
    'Millennium Post (PTI)',
    'https://www.millenniumpost.in/world/iranian-prez-raisi-and-pak-pm-sharif-agree-on-joint-efforts-to-eradicate-terrorism-561081',
    '2024-04-22',
    'C',
    2,
  ),
  irnaApr24: source(
    'Iran, Pakistan demand an immediate and unconditional ceasefire',
    'IRNA (text of the joint statement)',
    'https://en.irna.ir/news/85455801/Iran-Pakistan-demand-an-immediate-and-unconditional-ceasefire',
    '2024-04-24',
    'B',
    1,
  ),
};

const R = {
  call: 'fm-call-2024-01-19',
  islamabad: 'islamabad-2024-01-29',
  raisi: 'raisi-visit-2024-04',
};
const O = {
  call: 'fm-call-2024-01-19',
  jointStatement: 'joint-statement-2024-01-22',
  islamabad: 'islamabad-2024-01-29',
  mous: 'raisi-mous-2024-04-22',
  raisiEnd: 'raisi-joint-statement-2024-04-24',
};

const events = [
  // ===== December 2023: Rask, and Iran's blame =====
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '2023-12-15', recordedAt: rec('2023-12-15', '12:00') },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Pakistan – Iran, 2023–24: cross-border strikes and the thaw',
      subject:
        'Militants on either side of the Balochistan border, the strikes Iran and Pakistan exchanged in January 2024, the diplomatic downgrade and its reversal, and the security and economic cooperation agreed after it',
      parties: [PAKISTAN, IRAN],
      mediators: [],
    },
    [S.dawnDec15],
    { note: 'Opened on the day of the Rask attack, the first development the case covers.' },
  ),
  ev(
    'ActorRegistered',
    'actor-jaish-al-adl',
    { occurredAt: '2023-12-15', recordedAt: rec('2023-12-15', '12:05') },
    { actor: JAISH_AL_ADL, role: 'third-party' },
    [S.dawnDec15],
    { note: 'Sunni Baloch armed group fighting Iran in Sistan-Baluchestan; Iran says it shelters in Pakistan.' },
  ),
  ev(
    'IncidentReported',
    'inc-rask-dec',
    { occurredAt: '2023-12-14T22:30:00Z', precision: 'approximate', recordedAt: rec('2023-12-15', '12:10') },
    {
      incidentId: 'rask-2023-12-15',
      kind: 'militant-attack',
      perpetrator: 'jaish-al-adl',
      against: 'iran',
      target: 'The police headquarters of Rask',
      place: 'Rask, Sistan-Baluchestan',
      fatalities: { min: 11, max: 11 },
      injured: { min: 7, max: 8 },
      description:
        'At about 02:00 local time gunmen storm the police headquarters in Rask; 11 police officers are killed and seven or eight wounded; several attackers are killed and one arrested. Jaish al-Adl claims the attack on Telegram. The deputy interior minister says the attackers could not escape across the border.',
    },
    [S.dawnDec15, S.wionDec15],
  ),
  ev(
    'StatementMade',
    'stmt-pak-condemns-rask',
    { occurredAt: '2023-12-15', recordedAt: rec('2023-12-17', '10:00') },
    {
      speaker: PAK_MFA,
      audience: 'iran',
      tone: 'conciliatory',
      summary:
        'Condemns the attack in Rask and offers its condolences to the Iranian government: terrorism is a threat to peace and security that regional cooperation can address.',
    },
    [S.bayanDec17],
  ),
  ev(
    'StatementMade',
    'stmt-vahidi-blame',
    { occurredAt: '2023-12-17', recordedAt: rec('2023-12-18', '08:00') },
    {
      speaker: VAHIDI,
      audience: 'pakistan',
      tone: 'accusation',
      summary:
        "Visiting the police headquarters in Rask: the investigation found that the attackers crossed the border from Pakistan at night; Iran calls on Pakistan's government to protect and secure its border and not to let terrorist groups make dens on its soil; a 'terrible revenge' awaits the perpetrators.",
      quote:
        'We call on the government of Pakistan to take action to protect and secure its border and not allow the terrorist groups to create dens on its soil.',
      blames: { incidentId: 'rask-2023-12-15', on: 'pakistan' },
    },
    [S.islamtimesDec18, S.abnaDec18, S.bayanDec17],
  ),
  // ===== 16–19 January 2024: the strikes =====
  ev(
    'IncidentReported',
    'inc-iran-strike-panjgur',
    { occurredAt: '2024-01-16T13:00:00Z', precision: 'approximate', recordedAt: rec('2024-01-17', '06:00') },
    {
      incidentId: 'panjgur-2024-01-16',
      kind: 'missile-strike',
      perpetrator: 'iran',
      against: 'pakistan',
      target: 'What Iran called two bases of Jaish al-Adl; a house and a mosque by Pakistan’s account',
      place: 'Koh-e-Sabz, Panjgur district, Balochistan',
      fatalities: { min: 2, max: 2 },
      civilianFatalities: { min: 2, max: 2 },
      injured: { min: 3, max: 4 },
      description:
        "Iran's Revolutionary Guards strike with missiles and drones at what Iranian state media call two bases of Jaish al-Adl at Koh-e-Sabz. Pakistan: three or four drones hit a house and a mosque, killing two children (a girl of six and a boy of eleven months) and injuring three girls or women. Iran says only militants were hit. An unnamed Pakistani official is quoted by one outlet saying mortar shells from the Iranian side also landed in the area. The first Iranian missile strike on Pakistani territory.",
    },
    [graded(S.cbcJan17, 3), graded(S.nbcJan17, 3), S.anewsJan17],
    { note: 'Toll: two children killed by Pakistan’s account (graded 3); Iran says only militants were hit.' },
  ),
  ev(
    'StatementMade',
    'stmt-pak-fo-jan16',
    { occurredAt: '2024-01-16T19:00:00Z', precision: 'approximate', recordedAt: rec('2024-01-17', '06:05') },
    {
      speaker: PAK_MFA,
      audience: 'iran',
      tone: 'warning',
      summary:
        "Condemns the 'unprovoked violation of its airspace by Iran', which killed two children and injured three girls; the illegal act despite existing channels of communication is completely unacceptable and could have serious consequences; a strong protest lodged with the head of Iran's mission; the responsibility for the consequences will lie squarely with Iran.",
      quote: 'The responsibility for the consequences will lie squarely with Iran.',
    },
    [S.nbcJan17, S.cbcJan17],
  ),
  ev(
    'StatementMade',
    'stmt-amir-davos',
    { occurredAt: '2024-01-17T10:00:00Z', precision: 'approximate', recordedAt: rec('2024-01-17', '14:00') },
    {
      speaker: AMIR,
      audience: 'pakistan',
      tone: 'warning',
      summary:
        "In Davos: the strike hit Jaish al-Adl, an Iranian terrorist group that found refuge in Pakistan's Balochistan, not Pakistani nationals; Iran respects Pakistan's sovereignty and territorial integrity, but will not allow its national security to be compromised and has no compunction about dealing with terrorist groups inside Pakistan.",
      quote:
        'We respect the sovereignty and territorial integrity of Pakistan and Iraq, but we do not allow our national security to be compromised.',
    },
    [S.mehrJan17, S.anewsJan17],
  ),
  ev(
    'StatementMade',
    'stmt-pak-recall',
    { occurredAt: '2024-01-17T11:00:00Z', precision: 'approximate', recordedAt: rec('2024-01-17', '14:05') },
    {
      speaker: BALOCH,
      audience: 'iran',
      tone: 'accusation',
      summary:
        "Last night's unprovoked and blatant breach of Pakistan's sovereignty violates international law and the UN Charter; Pakistan recalls its ambassador from Iran, Iran's ambassador, visiting Iran, may not return for the time being, and all high-level visits ongoing or planned between the two in the coming days are suspended; Pakistan reserves the right to respond.",
      quote:
        'Pakistan has decided to recall its Ambassador from Iran and that the Iranian Ambassador to Pakistan who is currently visiting Iran may not return for the time being.',
    },
    [S.lokmatJan17, S.menafnJan17, S.cbcJan17],
    { cameo: '161', note: 'The recall, the bar on the ambassador and the suspended visits (CAMEO 161).' },
  ),
  ev(
    'StatementMade',
    'stmt-jilani-respond',
    { occurredAt: '2024-01-17T15:00:00Z', precision: 'approximate', recordedAt: rec('2024-01-18', '04:00') },
    {
      speaker: JILANI,
      audience: 'iran',
      tone: 'military-threat',
      summary:
        "On the phone to Amir-Abdollahian from Kampala: the attack was a serious breach of Pakistan's sovereignty and an egregious violation of international law that has seriously damaged relations; Pakistan reserves the right to respond to this provocative act; unilateral actions could undermine regional peace, and no country in the region should tread this perilous path.",
      quote: 'Pakistan reserved the right to respond to this provocative act.',
    },
    [S.brecorderJan18],
  ),
  ev(
    'ActorRegistered',
    'actor-bla',
    { occurredAt: '2024-01-18', recordedAt: rec('2024-01-18', '08:00') },
    { actor: BLA, role: 'third-party' },
    [S.dailypakistanJan18],
    { note: "Baloch separatist group fighting Pakistan; Pakistan says it has hideouts in Iran's Sistan-Baluchestan." },
  ),
  ev(
    'ActorRegistered',
    'actor-blf',
    { occurredAt: '2024-01-18', recordedAt: rec('2024-01-18', '08:01') },
    { actor: BLF, role: 'third-party' },
    [S.dailypakistanJan18],
    { note: "Baloch separatist group fighting Pakistan; Pakistan says it has hideouts in Iran's Sistan-Baluchestan." },
  ),
  ev(
    'IncidentReported',
    'inc-pak-strike-saravan',
    { occurredAt: '2024-01-18T00:45:00Z', precision: 'approximate', recordedAt: rec('2024-01-18', '08:05') },
    {
      incidentId: 'saravan-2024-01-18',
      kind: 'missile-strike',
      perpetrator: 'pakistan',
      against: 'iran',
      target:
        "What Pakistan called hideouts of the BLA and BLF ('Sarmachars'); houses in a border village by Iran's account",
      place: 'Saravan, Sistan-Baluchestan',
      fatalities: { min: 9, max: 9 },
      description:
        "Operation 'Marg Bar Sarmachar': Pakistan's Foreign Office announces 'highly coordinated and specifically targeted precision military strikes' on terrorist hideouts in Sistan-Baluchestan, on credible intelligence of impending large-scale attacks; ISPR names the BLA and BLF and says drones, rockets, loitering munitions and stand-off weapons were used. Iran: at 04:05–04:30 local time three drones and rockets hit a border village near Saravan, destroying four houses and killing nine foreign nationals (four children, three women, two men); a second blast near Saravan caused no casualties. Pakistan says 'a number of terrorists' were killed. The first strike on Iranian territory since the Iran–Iraq war.",
    },
    [S.dailypakistanJan18, graded(S.shineJan18, 3), S.indiatvJan18, graded(S.updayJan18, 3)],
    {
      note: "Toll: nine by Iran's account (graded 3), all non-Iranian; Pakistan gives no number. One place: the village and the blast near Saravan are one operation.",
    },
  ),
  ev(
    'StatementMade',
    'stmt-iran-summons',
    { occurredAt: '2024-01-18T09:00:00Z', precision: 'approximate', recordedAt: rec('2024-01-18', '12:00') },
    {
      speaker: KANAANI,
      audience: 'pakistan',
      tone: 'accusation',
      summary:
        "Condemns Pakistan's attack on a border village in Sistan-Baluchestan; Pakistan's chargé d'affaires, in the absence of its ambassador, is summoned to the Foreign Ministry to receive Iran's protest and explain the attack.",
    },
    [S.bdpratidinJan18, S.ifpnewsJan18],
  ),
  ev(
    'StatementMade',
    'stmt-baloch-no-escalation',
    { occurredAt: '2024-01-18T10:00:00Z', precision: 'approximate', recordedAt: rec('2024-01-18', '12:05') },
    {
      speaker: BALOCH,
      audience: 'iran',
      tone: 'conciliatory',
      summary:
        "Pakistan fully respects Iran's sovereignty and territorial integrity; the sole objective of the action was its own security; Pakistan considers the people of Iran friends and brothers, has no interest in escalating any situation, and believes in dialogue and cooperation.",
      quote:
        'Pakistan considers people of Iran as our friends and brothers and we have no interest in escalating any situation.',
    },
    [S.ifpnewsJan18, S.indiatvJan18],
  ),
  ev(
    'ActorRegistered',
    'actor-china',
    { occurredAt: '2024-01-18', recordedAt: rec('2024-01-18', '12:10') },
    { actor: CHINA, role: 'mediator' },
    [S.hurriyetJan18],
    { note: 'Offered to play a constructive role if both sides wish; neither asked.' },
  ),
  ev(
    'MediationAction',
    'med-china-offer',
    { occurredAt: '2024-01-18T08:00:00Z', precision: 'approximate', recordedAt: rec('2024-01-18', '12:15') },
    {
      mediator: 'china',
      action: 'offered',
      summary:
        "Foreign ministry spokeswoman Mao Ning: China hopes both sides exercise calm and restraint and avoid escalation, and is willing to play a constructive role in de-escalating the situation if both sides so wish; both are 'friendly countries to China'.",
    },
    [S.hurriyetJan18, S.straitsJan18],
  ),
  ev(
    'StatementMade',
    'stmt-iran-mfa-jan19',
    { occurredAt: '2024-01-19T06:00:00Z', precision: 'approximate', recordedAt: rec('2024-01-19', '20:00') },
    {
      speaker: IRAN_MFA,
      audience: 'pakistan',
      tone: 'critical',
      summary:
        "Condemns Pakistan's 'unbalanced and unacceptable' drone attack on non-Iranian villagers on the border; Iran adheres to good neighbourliness and brotherhood between the two nations and governments and will not let enemies strain the ties between Tehran and Islamabad.",
    },
    [S.ieoJan19, S.efeJan19],
  ),
  ev(
    'StatementMade',
    'stmt-mousavi-jan19',
    { occurredAt: '2024-01-19T08:00:00Z', precision: 'approximate', recordedAt: rec('2024-01-19', '20:02') },
    {
      speaker: MOUSAVI,
      audience: 'pakistan',
      tone: 'conciliatory',
      summary:
        "After talking with Pakistan's additional foreign secretary Rahim Hayat Qureshi: the foreign ministry's latest statement 'constitutes the final point of tensions between Iran and Pakistan'; the leaders of both countries know that only terrorists and enemies gain from tensions.",
    },
    [S.pledgeJan19],
  ),
  ev(
    'TalksRoundOpened',
    'round-call-opened',
    { occurredAt: '2024-01-19T12:00:00Z', precision: 'approximate', recordedAt: rec('2024-01-19', '20:05') },
    {
      roundId: R.call,
      label: "Foreign ministers' telephone call",
      format: 'informal',
      delegations: [
        { actorId: 'pakistan', head: JILANI },
        { actorId: 'iran', head: AMIR },
      ],
    },
    [S.urdupointJan19, S.efeJan19],
    { occurrence: O.call },
  ),
  ev(
    'TalksRoundConcluded',
    'round-call-concluded',
    { occurredAt: '2024-01-19T12:30:00Z', precision: 'approximate', recordedAt: rec('2024-01-19', '20:10') },
    {
      roundId: R.call,
      outcome: 'agreement',
      summary:
        'The two foreign ministers agree to de-escalate the situation and to strengthen working-level cooperation and close coordination on counter-terrorism; the return of the ambassadors is discussed. Jilani: respect for territorial integrity and sovereignty must underpin the cooperation; Amir-Abdollahian asks Pakistan to help destroy the terrorists’ hideouts on its territory.',
    },
    [S.urdupointJan19, S.efeJan19],
    { occurrence: O.call },
  ),
  ev(
    'AgreementReached',
    'agr-de-escalation',
    { occurredAt: '2024-01-19T12:30:00Z', precision: 'approximate', recordedAt: rec('2024-01-19', '20:15') },
    {
      agreementId: 'de-escalation-2024-01-19',
      kind: 'partial',
      provisions: [
        'The two sides de-escalate the situation',
        'Working-level cooperation and close coordination on counter-terrorism and other matters of mutual concern are strengthened',
      ],
      signatories: ['pakistan', 'iran'],
      textPublic: false,
      roundId: R.call,
    },
    [S.urdupointJan19, S.efeJan19, S.ieoJan19],
    { occurrence: O.call, note: 'A readout of a call, not a ceasefire: no source calls it one.' },
  ),
  ev(
    'StatementMade',
    'stmt-nsc-jan19',
    { occurredAt: '2024-01-19T14:00:00Z', precision: 'approximate', recordedAt: rec('2024-01-20', '06:00') },
    {
      speaker: NSC,
      audience: 'iran',
      tone: 'warning',
      summary:
        "Chaired by the caretaker prime minister with the service chiefs: lauds the armed forces' 'calibrated and proportionate response' to Iran's violation; full preparations are made to respond to any further violation, and any attempt by anyone to breach Pakistan's sovereignty on any pretext will be responded to with the full might of the state; Iran is a brotherly neighbour, and the two can overcome 'minor irritants' through dialogue and the existing channels.",
      quote: 'Any attempt by anyone to breach it on any pretext will be responded with full might of the state.',
    },
    [S.urdupointNscJan19, S.nationJan20],
  ),
  // ===== 22–29 January 2024: the ambassadors back, Amir-Abdollahian in Islamabad =====
  ev(
    'AgreementReached',
    'agr-ambassadors',
    { occurredAt: '2024-01-22T10:00:00Z', precision: 'approximate', recordedAt: rec('2024-01-23', '06:00') },
    {
      agreementId: 'ambassadors-return-2024-01-22',
      kind: 'partial',
      provisions: [
        'The ambassadors of both countries may return to their posts by 26 January 2024',
        "Iran's foreign minister visits Pakistan on 29 January 2024 at the invitation of Pakistan's",
      ],
      signatories: ['pakistan', 'iran'],
      textPublic: true,
    },
    [S.urdupointJan22, S.standardJan23, S.brecorderJan23],
    { occurrence: O.jointStatement, note: 'The joint press statement issued in Islamabad and Tehran.' },
  ),
  ev(
    'TalksRoundScheduled',
    'round-islamabad-scheduled',
    { occurredAt: '2024-01-22T10:00:00Z', precision: 'approximate', recordedAt: rec('2024-01-23', '06:05') },
    {
      roundId: R.islamabad,
      label: "Amir-Abdollahian's visit to Islamabad",
      format: 'formal',
      venue: 'Islamabad',
      plannedFor: '2024-01-29',
    },
    [S.urdupointJan22, S.brecorderJan23],
    { occurrence: O.jointStatement },
  ),
  ev(
    'StatementMade',
    'stmt-tipu-jan22',
    { occurredAt: '2024-01-22T12:00:00Z', precision: 'approximate', recordedAt: rec('2024-01-23', '06:10') },
    {
      speaker: TIPU,
      audience: 'iran',
      tone: 'conciliatory',
      summary:
        "'So delighted' that the leaderships of Pakistan and Iran 'so deftly handled a challenging moment', swiftly putting relations back on track; as brotherly countries they must together promote peace and development in the region.",
    },
    [S.standardJan23],
  ),
  ev(
    'StatementMade',
    'stmt-tipu-return',
    { occurredAt: '2024-01-26T08:00:00Z', precision: 'approximate', recordedAt: rec('2024-01-27', '06:00') },
    {
      speaker: TIPU,
      audience: 'iran',
      tone: 'conciliatory',
      summary:
        "En route to Tehran to resume his duties 'in conformity with the sincere and good wishes of Pakistan's leadership': a strong Pakistan and Iran are critical for the region; 'time to turn a new leaf'. He arrives in Tehran the same day and Iran's ambassador Reza Amiri-Moghaddam in Islamabad.",
      quote: 'Time to turn a new leaf.',
    },
    [S.insightJan26, S.brecorderJan27],
    { cameo: '050', note: 'The ambassadors back at their posts: diplomatic cooperation resumed (CAMEO 050).' },
  ),
  ev(
    'StatementMade',
    'stmt-amiri-return',
    { occurredAt: '2024-01-26T12:00:00Z', precision: 'approximate', recordedAt: rec('2024-01-27', '06:05') },
    {
      speaker: AMIRI,
      audience: 'pakistan',
      tone: 'conciliatory',
      summary:
        "On his way back to Islamabad to resume his duties: thanks both governments and the two foreign ministries' officials for 'deft and tactful diplomacy'; 'Long live Iran-Pakistan friendship.'",
      quote: 'Long live Iran-Pakistan friendship.',
    },
    [S.brecorderJan27],
    { cameo: '050', note: 'The ambassadors back at their posts: diplomatic cooperation resumed (CAMEO 050).' },
  ),
  ev(
    'IncidentReported',
    'inc-saravan-workers',
    { occurredAt: '2024-01-27', recordedAt: rec('2024-01-28', '06:00') },
    {
      incidentId: 'saravan-workers-2024-01-27',
      kind: 'militant-attack',
      against: 'pakistan',
      target: 'Pakistani labourers living at a car repair shop',
      place: 'Sirkan neighbourhood, Saravan, Sistan-Baluchestan',
      fatalities: { min: 9, max: 9 },
      civilianFatalities: { min: 9, max: 9 },
      injured: { min: 3, max: 3 },
      description:
        "Three gunmen enter a house in Saravan and shoot nine Pakistani workers dead and wound three (the province's deputy governor, from the survivors' account). No one claims the attack; Pakistan blames no one and asks Iran to investigate and hold those involved to account.",
    },
    [S.aryJan27, S.lokmatJan28],
    { note: 'Perpetrator unknown; aimed at Pakistani nationals in Iran.' },
  ),
  ev(
    'StatementMade',
    'stmt-pak-saravan',
    { occurredAt: '2024-01-27T14:00:00Z', precision: 'approximate', recordedAt: rec('2024-01-28', '06:05') },
    {
      speaker: BALOCH,
      audience: 'iran',
      tone: 'neutral',
      summary:
        'A horrifying and despicable incident, condemned unequivocally; Pakistan is in touch with the Iranian authorities and has underscored the need to investigate immediately and hold to account those involved; its consul in Zahedan is on his way; such cowardly attacks cannot deter Pakistan from fighting terrorism.',
      quote:
        'We are in touch with Iranian authorities and have underscored the need to immediately investigate the incident and hold to account those involved in this heinous crime.',
    },
    [S.aryJan27, S.lokmatJan28],
  ),
  ev(
    'TalksRoundOpened',
    'round-islamabad-opened',
    { occurredAt: '2024-01-29T05:00:00Z', precision: 'approximate', recordedAt: rec('2024-01-29', '18:00') },
    {
      roundId: R.islamabad,
      venue: 'Islamabad',
      delegations: [
        { actorId: 'pakistan', head: JILANI },
        { actorId: 'iran', head: AMIR },
      ],
    },
    [S.urdupointJan29, S.dnaJan29],
  ),
  ev(
    'TalksRoundConcluded',
    'round-islamabad-concluded',
    { occurredAt: '2024-01-29T12:00:00Z', precision: 'approximate', recordedAt: rec('2024-01-29', '18:05') },
    {
      roundId: R.islamabad,
      outcome: 'agreement',
      summary:
        "Jilani and Amir-Abdollahian agree to appoint liaison officers in Turbat and Zahedan at once, to operationalise the joint border markets early and to set up a joint coordination mechanism of the foreign ministers meeting in turn in each country; Amir-Abdollahian: Iran and Pakistan 'will not allow terrorists to jeopardise the security of our two countries', and the terrorists in the border regions are 'led and supported by third countries'. He meets the caretaker prime minister and the army chief, who calls each state's sovereignty 'sacrosanct'; Raisi is invited to Pakistan.",
      nextSteps: 'Liaison officers deployed; the foreign ministers’ mechanism to meet; a visit by President Raisi.',
    },
    [S.urdupointJan29, S.isnaJan29, S.dailypakistanJan29],
    { occurrence: O.islamabad },
  ),
  ev(
    'AgreementReached',
    'agr-islamabad',
    { occurredAt: '2024-01-29T12:00:00Z', precision: 'approximate', recordedAt: rec('2024-01-29', '18:10') },
    {
      agreementId: 'islamabad-2024-01-29',
      kind: 'framework',
      provisions: [
        'Liaison officers appointed immediately in Turbat and Zahedan to strengthen security and intelligence cooperation',
        'A joint coordination mechanism at the level of foreign ministers, meeting in turn in each country',
        'Early operationalisation of the joint border markets',
        'Cooperation against terrorism in their respective areas, each addressing the other’s concerns',
      ],
      signatories: ['pakistan', 'iran'],
      textPublic: false,
      roundId: R.islamabad,
    },
    [S.urdupointJan29, S.dnaJan29, S.isnaJan29],
    { occurrence: O.islamabad },
  ),
  ev(
    'StatementMade',
    'stmt-kanaani-saravan',
    { occurredAt: '2024-01-27T16:00:00Z', precision: 'approximate', recordedAt: rec('2024-01-30', '08:00') },
    {
      speaker: KANAANI,
      audience: 'pakistan',
      tone: 'conciliatory',
      summary:
        'Strongly condemns the shooting of Pakistani nationals in Saravan and offers condolences; the competent authorities have opened an investigation; Iran and Pakistan will not let their enemies harm their brotherly relations.',
    },
    [S.menafnJan30],
  ),
  // ===== April 2024: Rask and Chabahar, Raisi in Pakistan =====
  ev(
    'IncidentReported',
    'inc-rask-chabahar-apr',
    { occurredAt: '2024-04-03T18:30:00Z', precision: 'approximate', recordedAt: rec('2024-04-04', '14:00') },
    {
      incidentId: 'rask-chabahar-2024-04-03',
      kind: 'militant-attack',
      perpetrator: 'jaish-al-adl',
      against: 'iran',
      target: 'The Revolutionary Guards headquarters in Rask and Chabahar and a police station in Chabahar',
      place: 'Rask and Chabahar, Sistan-Baluchestan',
      fatalities: { min: 5, max: 27 },
      description:
        'Jaish al-Adl attackers, some wearing suicide vests, strike the Guards headquarters in Rask and Chabahar and police posts at the same time on the night of 3–4 April, aiming to seize them; fighting lasts some 14 hours. State media: 11 security personnel and 16–18 attackers killed (AFP first reported five personnel dead). Iranian officials speak of attackers backed by foreign elements; no Iranian official blames Pakistan in the sources.',
    },
    [S.dawnApr4, S.siasatApr4],
    { note: 'Fatalities: 5 (first report) to 27 (security personnel and attackers).' },
  ),
  ev(
    'TalksRoundScheduled',
    'round-raisi-scheduled',
    { occurredAt: '2024-04-09', recordedAt: rec('2024-04-09', '12:00') },
    {
      roundId: R.raisi,
      label: "President Raisi's official visit to Pakistan",
      format: 'formal',
      venue: 'Islamabad, Lahore and Karachi',
      hosts: ['pakistan'],
      plannedFor: '2024-04-22',
    },
    [S.nationApr9],
  ),
  ev(
    'TalksRoundOpened',
    'round-raisi-opened',
    { occurredAt: '2024-04-22T04:00:00Z', precision: 'approximate', recordedAt: rec('2024-04-22', '16:00') },
    {
      roundId: R.raisi,
      delegations: [
        { actorId: 'pakistan', head: SHARIF },
        { actorId: 'iran', head: RAISI, members: [AMIR] },
      ],
    },
    [S.aryApr22, S.millenniumApr22, S.dailypakistanApr21],
  ),
  ev(
    'AgreementReached',
    'agr-mous',
    { occurredAt: '2024-04-22T09:00:00Z', precision: 'approximate', recordedAt: rec('2024-04-22', '16:05') },
    {
      agreementId: 'mous-2024-04-22',
      kind: 'partial',
      provisions: [
        'Eight memoranda and agreements on trade, science and technology, agriculture, health, culture and judicial matters',
        'A memorandum on the establishment of the Rimdan–Gabd joint free / special economic zone',
        'Mutual recognition of standards; cooperation on labour and overseas workers',
      ],
      signatories: ['pakistan', 'iran'],
      textPublic: false,
      roundId: R.raisi,
      status: 'signed',
    },
    [S.aryApr22, S.millenniumApr22],
    { occurrence: O.mous, note: 'Signed in the presence of Sharif and Raisi.' },
  ),
  ev(
    'StatementMade',
    'stmt-raisi-press',
    { occurredAt: '2024-04-22T10:00:00Z', precision: 'approximate', recordedAt: rec('2024-04-22', '16:10') },
    {
      speaker: RAISI,
      audience: 'pakistan',
      tone: 'conciliatory',
      summary:
        'At the joint press conference with Sharif: the two countries will work jointly to eradicate terrorism; the present trade is "not acceptable", and as a first step they will raise it to $10 billion a year.',
      quote: 'We have decided as a first step to increase trade volume between our two countries to $10bn.',
    },
    [S.millenniumApr22],
    { occurrence: O.mous },
  ),
  ev(
    'TalksRoundConcluded',
    'round-raisi-concluded',
    { occurredAt: '2024-04-24T12:00:00Z', precision: 'approximate', recordedAt: rec('2024-04-25', '08:00') },
    {
      roundId: R.raisi,
      outcome: 'agreement',
      summary:
        "The 28-point joint statement: regular high-level visits; the common border to be a 'border of peace and friendship', with regular cooperation of political, military and security officials against terrorism, narcotics and human trafficking; trade to $10 billion in five years, the free trade agreement to be concluded, border markets and economic zones; energy cooperation; both condemn terrorism in all its forms.",
    },
    [S.irnaApr24],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'pakistan-iran-2024.jsonl',
  logEnd: '2024-05-01T00:00:00Z',
  events,
};

export default definition;
