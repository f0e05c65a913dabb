/**
 * A test fixture, not a shipped example: Myanmar's military government (the State Administration Council and its army,
 * the Tatmadaw) and the Three Brotherhood Alliance (the MNDAA, the TNLA and the Arakan Army) in northern Shan State,
 * from the launch of Operation 1027 (27 October 2023) to Lashio's handover (22 April 2025), as an analyst following the
 * news could have recorded them — the simultaneous attacks of the first day (Chinshwehaw, Lashio, Hsenwi, Namhkam), the
 * towns taken in November (Hsenwi, Kunlong, police stations in Namhkam, Mantong and Nawnghkio), the march on Laukkai,
 * the China-brokered talks of December and their temporary ceasefire (not honoured), the fall of Laukkai (4 January
 * 2024, 2,389 soldiers and six brigadier generals surrendered), the Haigeng agreement (Kunming, 10–11 January 2024),
 * its violations and the Kunming rounds of March and May, the TNLA's restart of Operation 1027 on 25 June 2024 (its
 * "second phase"), the MNDAA's offensive on Lashio (from 3 July), its unilateral pause of 14–18 July, the capture of
 * the Northeastern Command (3 August), the junta's air strikes on Lashio, the MNDAA's statement that it would not
 * advance on Mandalay or Taunggyi (published 18 September), its halt to offensives (3 December), the ceasefire China
 * announced between the military and the MNDAA (in effect 18 January 2025), the Kunming talks of 22 March 2025 and
 * Lashio's handover to the military under Chinese monitors (22 April 2025). Escalation model v2 was never tuned on it:
 * it is the case the model is held to in myanmar-brotherhood-2023.spec.ts, against the calls an analyst makes from
 * DOMAIN.md §5b alone.
 *
 * The parties are the military government (`myanmar-military`) and the alliance (`brotherhood-alliance`, its members
 * as aliases: the sources of 2023–24 treat the three as one — the joint statement launching Operation 1027, the
 * alliance's delegations at every Kunming round, the Haigeng agreement made by the alliance as a whole, the alliance's
 * joint warning of 24 January). China is the mediator (Deng Xijun, its special envoy for Asian affairs, at the talks).
 * The National Unity Government (NUG), whose People's Defence Forces fought alongside the alliance, is registered as a
 * third party; nothing of its own is recorded as the pair's.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration file's coverage do not change. Built and
 * checked with the same builder as the shipped cases (examples/case-builder.ts): every event replays through `decide`
 * and cites a dated, graded public source.
 *
 * Grading as in examples/README.md: B = an established outlet (Reuters and AFP copies, The Independent, The Irrawaddy,
 * Mizzima, DMG, The Nation, Global Times for China's foreign ministry); C = smaller, regional or partisan outlets and
 * copies (BNI, the Ta’ang Women’s Organization, Narinjara, CNI, MoeMaKa, MMTV, The Atlas News, SOFX, HDFF, the US-ASEAN
 * Business Council, Asia Views' copy of The Irrawaddy, a Wikipedia mirror); 2 = on-record statements or facts several
 * sources agree on; 3 = one side's claim (tolls, violations alleged by one side), a single outlet, or unnamed sources.
 *
 * Dates of sources: contemporary reports by their own date. Where a page gives no date of its own (BNI's reports,
 * SHAN's on Kunlong, the Wikipedia mirror of the Battle of Laukkai), it is given a lower bound from its own content:
 * the day of the development it is cited for.
 *
 * Judgement calls, recorded as an analyst would:
 * - One party for the alliance. From the MNDAA's ceasefire of January 2025 the sources treat its members apart (the
 *   MNDAA's own ceasefire and talks on Lashio; the TNLA's own failed talks in Kunming in February and April 2025, its
 *   fighting going on — known from the sources read only undated: "the TNLA has continued to carry out its attacks").
 *   The case follows the alliance's track through the MNDAA from then on; the TNLA's 2025 fighting and talks are not
 *   recorded (no dated act was found), and the 2025 ceasefire is recorded as `partial` (it binds the MNDAA only).
 * - The Arakan Army's war in Rakhine and Chin states (from 13 November 2023) is not recorded: the Kunming talks and the
 *   Haigeng agreement are limited to northern Shan State ("limited to the northern Shan region only and would not
 *   extend to other areas including the Rakhine region", Narinjara; the AA's deputy chief: "the AA presence in Rakhine
 *   State is not part of these discussions"). The case is northern Shan State's, so the Haigeng ceasefire, which
 *   stops all the hostilities there, is recorded as covering all hostilities (its scope says it leaves Rakhine out).
 *   It was first recorded `partial` for the AA's Rakhine war; that counted the case's own limit twice (the war it
 *   leaves out is not in this log), and read every act of its violations as fighting with no ceasefire in force:
 *   corrected after the first run of the model.
 * - One place, written one way: the towns as the Irrawaddy spells them (Chinshwehaw, Laukkai, Hsenwi for Hseni and
 *   Theinni, Namhkam, Nawnghkio, Kyaukme, Mogok, Kunlong, Mantong, Lashio); "Mupan (Kokang)" for the clash of 24
 *   January; "northern Shan State" for the junta's artillery and air strikes of 6 January, which the source places
 *   nowhere more precisely.
 * - Scale (`major`): five acts, each where its source names an offensive or a battle. The MNDAA's assault on
 *   Laukkai from 1 January 2024 and the surrender that ended it on 4 January (The Atlas News: "began a major military
 *   advance on the city center of Laukkai"; the Battle of Laukkai, 15 November 2023 – 5 January 2024, "was a military
 *   offensive", the Wikipedia mirror). The MNDAA's attack on Lashio of 3 July 2024 (AFP: "since early July when MNDAA
 *   fighters renewed an offensive against the junta" — recorded on 5 July from CNI's report of that day, without
 *   scale, and corrected to `major` on 4 August when AFP's report was read). The fighting in Lashio of 16 July (HDFF,
 *   "Offensive operation in Lashio": "offensive clashes began on July 6th"). The capture of the Northeastern Command
 *   on 3 August (SOFX: "the MNDAA has intensified its offensive to capture Lashio"). The first days of Operation 1027
 *   are not marked: they are recorded at the several places the Irrawaddy names. The towns of November, each taken
 *   at one place with no toll of its day, are not marked either: their sources name the whole operation an offensive
 *   ("massive 'Operation 1027' offensive"), not the act.
 * - The December truce: the first China-brokered talks (the military said on Monday 11 December it had met the
 *   rebels; CNI: in the first week of December) gave a temporary ceasefire, announced by China on 14 December; it
 *   was "not honoured by either side" (AP, 12 January) and fighting resumed north of Laukkai on 18 December (the
 *   Wikipedia mirror): recorded as declared on 13 December and collapsed on 18 December.
 * - The Haigeng ceasefire: agreed at the third round (10–11 January 2024), from 11 January (Narinjara), "temporary"
 *   (Narinjara; the military's spokesman: "a temporary ceasefire agreement") with no end date. The violations are the
 *   alliance's allegations (graded 3); the military's counter-accusations of the same weeks are not dated in the
 *   sources read. The months of junta shelling the TNLA reported before 25 June ("for weeks", DMG) give no day and are
 *   not recorded as acts. The ceasefire is recorded collapsed on 25 June 2024 (DMG: "effectively ending a
 *   China-brokered ceasefire").
 * - Ground: Lashio is recorded as held by the alliance (an `occupation`) from the capture of the Northeastern Command
 *   on 3 August 2024, ended by its `withdrawal` on 22 April 2025 (the handover). The towns taken in 2023 are not: the
 *   military conceded Kokang to the MNDAA at the fifth round (May 2024, "acknowledging the MNDAA as the official
 *   governing body of Kokang special region 1", Narinjara), and no source read has the military claiming the other
 *   towns back in the talks recorded here; Lashio is the ground the talks of 2025 were about.
 * - The MNDAA's pause of 14–18 July 2024 is recorded as its unilateral temporary ceasefire (The Nation), expired on
 *   18 July; the military says the MNDAA kept firing rockets into Lashio during it (not recorded as a dated act).
 * - The junta's air strikes on Lashio after its capture: those of 9 September (3 civilians and an MNDAA officer
 *   killed) and 21 September are recorded; the Irrawaddy counts 14 on Lashio from late August, most without a day in
 *   the sources read, and none is recorded for October–December 2024 (none dated was found).
 * - Tolls are the claimants': the TNLA's 40 police and troops killed at Pein Sar (27 October), the 11 civilians of
 *   the air strike on Laukkai (1 January), the 9 civilians killed by the MNDAA's rockets in Lashio (CNI, early July),
 *   the 5 civilians killed in Lashio's fighting (16 July).
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'myanmar-brotherhood-2023';
const { ev, idOf } = caseKit(NEGOTIATION_ID, 'test-analyst', 2024);
/** A recordedAt on a given day (the case spans three years). */
const rec = (day: string, time: string): string => `${day}T${time}:00Z`;

const MILITARY: Actor = {
  id: 'myanmar-military',
  name: 'Myanmar military government (State Administration Council)',
  kind: 'state',
  aliases: ['State Administration Council', 'SAC', 'Tatmadaw', 'Myanmar junta', 'Military Council', 'Naypyidaw'],
};
const ALLIANCE: Actor = {
  id: 'brotherhood-alliance',
  name: 'Three Brotherhood Alliance',
  kind: 'armed-group',
  aliases: [
    'Brotherhood Alliance',
    'Myanmar National Democratic Alliance Army',
    'MNDAA',
    'Kokang army',
    "Ta'ang National Liberation Army",
    'TNLA',
    'Arakan Army',
    'AA',
  ],
};
const CHINA: Actor = { id: 'china', name: 'China', kind: 'state', aliases: ['Beijing', "People's Republic of China"] };
const NUG: Actor = {
  id: 'nug',
  name: 'National Unity Government',
  kind: 'opposition-movement',
  aliases: ['NUG', "People's Defence Forces", 'PDF'],
};

const ALLIANCE_VOICE: Person = {
  name: 'Three Brotherhood Alliance (joint statement)',
  actorId: 'brotherhood-alliance',
};
const MNDAA: Person = { name: 'Myanmar National Democratic Alliance Army', actorId: 'brotherhood-alliance' };
const TAR_PHONE_KYAW: Person = {
  name: 'Maj. Gen. Tar Phone Kyaw',
  title: 'TNLA spokesman',
  actorId: 'brotherhood-alliance',
};
const ZAW_MIN_TUN: Person = {
  name: 'Maj. Gen. Zaw Min Tun',
  title: 'Spokesman of the State Administration Council',
  actorId: 'myanmar-military',
};
const MAO_NING: Person = { name: 'Mao Ning', title: 'Spokeswoman, Chinese Foreign Ministry', actorId: 'china' };

const S = {
  irr1027: source(
    'Ethnic Alliance Attacks Myanmar Junta Targets Across Northern Shan',
    'The Irrawaddy',
    'https://www.irrawaddy.com/news/war-against-the-junta/ethnic-alliance-attacks-myanmar-junta-targets-across-northern-shan.html',
    '2023-10-27',
    'B',
    2,
  ),
  irr1028: source(
    'Ethnic Alliance Report Rapid Gains From Myanmar Junta Along Chinese Border',
    'The Irrawaddy',
    'https://www.irrawaddy.com/news/burma/ethnic-alliance-report-rapid-gains-from-myanmar-junta-along-chinese-border.html',
    '2023-10-28',
    'B',
    2,
  ),
  irr1103: source(
    'Key Northern Shan Towns Falling to Rebels',
    'The Irrawaddy',
    'https://www.irrawaddy.com/news/war-against-the-junta/key-northern-shan-towns-falling-to-rebels-mndaa.html',
    '2023-11-03',
    'B',
    2,
  ),
  irr1115: source(
    'Nine Towns Occupied by Myanmar Military for Decades Lost to Resistance in Days',
    'Asia Views (copy of The Irrawaddy)',
    'https://asiaviews.net/myanmar-nine-towns-occupied-by-myanmar-military-for-decades-lost-to-resistance-in-days/',
    '2023-11-15',
    'C',
    2,
  ),
  irr1125: source(
    'Brotherhood Alliance Marching Towards Capital of Myanmar’s Kokang Region',
    'The Irrawaddy',
    'https://www.irrawaddy.com/news/burma/brotherhood-alliance-marching-towards-capital-of-myanmars-kokang-region.html',
    '2023-11-25',
    'B',
    2,
  ),
  reu1214: source(
    'China says it facilitated Myanmar military’s talks with rebel groups',
    'The Japan News (Reuters)',
    'https://japannews.yomiuri.co.jp/news-services/reuters/20231214-155743/',
    '2023-12-14',
    'B',
    2,
  ),
  sangai1215: source(
    'China brokers temporary truce in Myanmar',
    'The Sangai Express (Reuters)',
    'https://www.thesangaiexpress.com/Encyc/2023/12/15/BEIJING-Dec-14China-has-mediated-peace-talks-between-Myanmar-s-ruling-military-and-rebel-groups-and-the-pa.html',
    '2023-12-15',
    'C',
    2,
  ),
  cni0104: source(
    'NSPNC and Three Brotherhood Northern Alliance Will Meet for Third Time',
    'CNI News',
    'https://cnimyanmar.com/index.php/english-edition/19569-nspnc-and-three-brotherhood-northern-alliance-will-meet-for-third-time',
    '2024-01-04',
    'C',
    3,
  ),
  atlas0104: source(
    'Major Myanmar Military Command Surrenders to Rebels, Laukkai, Shan State',
    'The Atlas News',
    'https://theatlasnews.co/conflict/2024/01/04/major-myanmar-military-command-surrenders-to-rebels-laukkai-shan-state/',
    '2024-01-04',
    'C',
    3,
  ),
  irr0106: source(
    'MNDAA Liberates Kokang From Myanmar Junta',
    'The Irrawaddy',
    'https://www.irrawaddy.com/news/burma/mndaa-liberates-kokang-from-myanmar-junta.html',
    '2024-01-06',
    'B',
    2,
  ),
  ind0112: source(
    'Myanmar military and rebel alliance agree China-brokered ceasefire after months of brutal fighting',
    'The Independent',
    'https://www.independent.co.uk/asia/southeast-asia/myanmar-military-ceasefire-china-latest-b2477612.html',
    '2024-01-12',
    'B',
    2,
  ),
  ap0112: source(
    'Myanmar military and ethnic guerillas reach ceasefire (Associated Press copy)',
    'Morning Star (Associated Press)',
    'https://msd11.gn.apc.org/node/8874',
    '2024-01-12',
    'C',
    2,
  ),
  nar0112: source(
    'Myanmar military junta and Three Brotherhood Alliance reach a temporary ceasefire agreement',
    'Narinjara News',
    'https://www.narinjara.com/news/detail/65a24a7363da99474e4c6663',
    '2024-01-12',
    'C',
    2,
  ),
  nar0123: source(
    'Junta Violate Ceasefire Agreement, Launch Offensive against TNLA in Mogok Township',
    'Narinjara News',
    'https://www.narinjara.com/news/detail/65af6d30e1b8d2601dd6acb7',
    '2024-01-23',
    'C',
    3,
  ),
  bni0124: source(
    'Three Brotherhood Alliance Threatens to Capture More Junta Bases in Shan State if Ceasefire Violations by the Junta Continues',
    'BNI Multimedia Group',
    'https://bnionline.net/en/news/three-brotherhood-alliance-threatens-capture-more-junta-bases-shan-state-if-ceasefire',
    '2024-01-24',
    'C',
    2,
  ),
  miz0306: source(
    'No agreement at Chinese-brokered talks between junta and Three Brotherhood Alliance',
    'Mizzima',
    'https://eng.mizzima.com/2024/03/06/7783',
    '2024-03-06',
    'B',
    2,
  ),
  nar0518: source(
    'Kunming ceasefire talks collapse after AA demands junta to withdraw from Rakhine',
    'Narinjara News',
    'https://www.narinjara.com/news/detail/6648ff0b31e704505f1df61d',
    '2024-05-18',
    'C',
    3,
  ),
  dmg0625: source(
    'TNLA signals restart of anti-regime Operation 1027',
    'Development Media Group (DMG)',
    'https://dmediag.com/news/asignasr.html',
    '2024-06-25',
    'B',
    2,
  ),
  dmg0626: source(
    'Fighting between military, TNLA escalates in northern Shan State',
    'Development Media Group (DMG)',
    'https://dmediag.com/news/wemiary.html',
    '2024-06-26',
    'B',
    2,
  ),
  twt0625: source(
    'Fighting at Kyaukme kills 2 locals and injured 2',
    'Ta’ang Women’s Organization',
    'https://taangwomen.org/2024/06/25/fighting-at-kyaukme-kills-2-locals-and-injured-2/',
    '2024-06-25',
    'C',
    3,
  ),
  cni0705: source(
    'Lashio IDP cars wait in line in order to cross river',
    'CNI News',
    'https://cnimyanmar.com/index.php/english-edition/23132-lashio-idp-cars-wait-in-line-in-order-to-cross-river',
    '2024-07-05',
    'C',
    3,
  ),
  hdff0718: source(
    'Offensive operation in Lashio: updates',
    'Human Rights Foundation / HDFF',
    'https://hdff.org/offensive-operation-in-lashio-updates',
    '2024-07-18',
    'C',
    3,
  ),
  bni0726: source(
    'Locals Report MNDAA Yet to Fully Capture Lashio',
    'BNI Multimedia Group (Kachin News Group)',
    'https://bnionline.net/en/news/locals-report-mndaa-yet-fully-capture-lashio',
    '2024-07-26',
    'C',
    2,
  ),
  afp0803: source(
    'Myanmar armed group says captured regional military command',
    'The Star (AFP)',
    'https://www.thestar.com.my/aseanplus/aseanplus-news/2024/08/03/myanmar-armed-group-says-captured-regional-military-command',
    '2024-08-03',
    'B',
    2,
  ),
  sofx0804: source(
    'Myanmar rebel forces capture key military base in Lashio',
    'SOFX',
    'https://sofx.com/myanmar-rebel-forces-capture-key-military-base-in-lashio',
    '2024-08-04',
    'C',
    2,
  ),
  nation0804: source(
    'MNDAA captures Northeast Command in Lashio',
    'The Nation (Thailand)',
    'https://www.nationthailand.com/news/asean/40040294',
    '2024-08-04',
    'B',
    2,
  ),
  nation0805: source(
    'Junta loses contact with senior officers at Lashio command',
    'The Nation (Thailand)',
    'https://www.nationthailand.com/news/asean/40040328',
    '2024-08-05',
    'B',
    2,
  ),
  bni0909: source(
    'Lashio residents prepare to flee again after airstrike',
    'BNI Multimedia Group (Kachin News Group)',
    'https://bnionline.net/en/node/106377',
    '2024-09-09',
    'C',
    2,
  ),
  moemaka0919: source(
    'What is the background behind the MNDAA’s September 4th statement?',
    'MoeMaKa',
    'https://moemaka.net/eng/2024/09/what-is-the-background-behind-the-mndaas-september-4th-statement/',
    '2024-09-19',
    'C',
    2,
  ),
  mnow0918: source(
    'MNDAA distances itself from NUG as it announces end to offensive amid Chinese pressure',
    'Myanmar Now',
    'https://myanmar-now.org/en/news/mndaa-distances-itself-from-nug-as-it-announces-end-to-offensive-amid-chinese-pressure/',
    '2024-09-18',
    'B',
    2,
  ),
  moemaka0923: source(
    'Airstrikes on Lashio and Naung Cho by the Military Council',
    'MoeMaKa',
    'https://moemaka.net/eng/2024/09/airstrikes-on-lashio-and-naung-cho-by-the-military-council/',
    '2024-09-23',
    'C',
    2,
  ),
  mmtv1213: source(
    'Myanmar Military Council and MNDAA to meet in Kunming',
    'MMTV News',
    'https://mmtvnews.com/post/055b58ed',
    '2024-12-13',
    'C',
    3,
  ),
  usasean0121: source(
    'China-Facilitated Ceasefire Reached Between Myanmar junta and the MNDAA',
    'US-ASEAN Business Council',
    'https://usasean.org/article/china-facilitated-ceasefire-reached-between-myanmar-junta-and-mndaa',
    '2025-01-21',
    'C',
    2,
  ),
  moemaka0324: source(
    'Implications of the MNDAA & Military Council’s Negotiations in Kunming',
    'MoeMaKa',
    'https://moemaka.net/eng/2025/03/implications-of-the-mndaa-military-councils-negotiations-in-kunming',
    '2025-03-24',
    'C',
    3,
  ),
  gt0422: source(
    'Chinese FM responds to report of MNDAA withdrawing from Lashio',
    'Global Times',
    'https://i777777o676c6f62616c74696d6573o636ez.oszar.com/page/202504/1332607.shtml',
    '2025-04-22',
    'B',
    2,
  ),
  moemaka0423: source(
    'Myanmar Military Reenters Lashio in Full Force',
    'MoeMaKa',
    'https://moemaka.net/eng/2025/04/myanmar-military-reenters-lashio-in-full-force',
    '2025-04-23',
    'C',
    2,
  ),
};

/** SHAN's report of the fall of Kunlong; the page carries no date of its own (dated by the day it reports, see the header). */
const shan1112 = source(
  'MNDAA Captures Kunlong, SAC Kills 10 During Airstrike Near Laukkai',
  'Shan Herald Agency for News (SHAN)',
  'https://english.shannews.org/archives/26682',
  '2023-11-12',
  'C',
  2,
);

const LAUKKAI_URL = 'https://wikimili.com/en/Battle_of_Laukkai';
/** The Wikipedia article on the Battle of Laukkai (a mirror), dated by the development it is cited for. */
const wpLaukkai = (day: string) => source('Battle of Laukkai', 'Wikipedia (WikiMili mirror)', LAUKKAI_URL, day, 'C', 2);

const P = {
  chinshwehaw: 'Chinshwehaw',
  lashio: 'Lashio',
  hsenwi: 'Hsenwi',
  namhkam: 'Namhkam',
  nawnghkio: 'Nawnghkio',
  mantong: 'Mantong',
  kunlong: 'Kunlong',
  laukkai: 'Laukkai',
  kyaukme: 'Kyaukme',
  mogok: 'Mogok',
  mupan: 'Mupan (Kokang)',
  northernShan: 'northern Shan State',
};
const R = {
  kunming1: 'kunming-talks-1-2023-12',
  kunming2: 'kunming-talks-2-2023-12',
  kunming3: 'kunming-talks-3-2024-01',
  kunming4: 'kunming-talks-4-2024-03',
  kunming5: 'kunming-talks-5-2024-05',
  kunmingLashio: 'kunming-mndaa-talks-2025-03',
};
const A = { haigeng: 'haigeng-agreement-2024-01-11', ceasefire2025: 'kunming-mndaa-ceasefire-2025-01' };
const CF = {
  december: 'kunming-temporary-ceasefire-2023-12',
  haigeng: 'haigeng-ceasefire-2024-01-11',
  mndaaPause: 'mndaa-unilateral-pause-2024-07',
  mndaa2025: 'mndaa-ceasefire-2025-01-18',
};

const events = [
  // ===== 27 October 2023: Operation 1027 =====
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '2023-10-27', recordedAt: rec('2023-10-27', '12:00') },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Myanmar military – Three Brotherhood Alliance, Operation 1027 and the Kunming talks, 2023–25',
      subject:
        'The alliance’s Operation 1027 in northern Shan State, the China-brokered Kunming talks and the Haigeng ceasefire, the second phase of the offensive and the fall of Lashio, and the MNDAA’s ceasefire and Lashio’s handover',
      parties: [MILITARY, ALLIANCE],
      mediators: [CHINA],
    },
    [S.irr1027],
  ),
  ev(
    'ActorRegistered',
    'actor-nug',
    { occurredAt: '2023-10-27', recordedAt: rec('2023-10-27', '12:01') },
    { actor: NUG, role: 'third-party' },
    [S.irr1027],
    { note: 'The civilian government in exile, whose People’s Defence Forces fought alongside the alliance.' },
  ),
  ev(
    'StatementMade',
    'stmt-op1027-launch',
    { occurredAt: '2023-10-27', recordedAt: rec('2023-10-27', '12:05') },
    {
      speaker: ALLIANCE_VOICE,
      audience: 'myanmar-military',
      tone: 'military-threat',
      summary:
        'The MNDAA announces Operation 1027, to root out the military dictatorship, stop the regime’s air strikes and heavy weapons on the ethnic armed organisations, and eradicate the cyber scams in Kokang; the AA and TNLA say in a joint statement of all three that they take part.',
    },
    [S.irr1027],
  ),
  ev(
    'IncidentReported',
    'inc-chinshwehaw-1027',
    { occurredAt: '2023-10-27', recordedAt: rec('2023-10-28', '12:00') },
    {
      incidentId: 'chinshwehaw-1027',
      kind: 'clash',
      perpetrator: 'brotherhood-alliance',
      against: 'myanmar-military',
      place: P.chinshwehaw,
      description:
        'At 4 a.m. the MNDAA attacks regime posts in Chinshwehaw on the Chinese border and seizes the town, with at least six junta strongholds.',
    },
    [S.irr1027, S.irr1028],
  ),
  ev(
    'IncidentReported',
    'inc-lashio-1027',
    { occurredAt: '2023-10-27', recordedAt: rec('2023-10-28', '12:01') },
    {
      incidentId: 'lashio-1027',
      kind: 'clash',
      perpetrator: 'brotherhood-alliance',
      against: 'myanmar-military',
      place: P.lashio,
      description:
        'Resistance groups attack junta forces at the tollgate at the entrance to Lashio and militia bases in the township; in the evening at least four rockets hit the Northeast Command headquarters.',
    },
    [S.irr1027, S.irr1028],
  ),
  ev(
    'IncidentReported',
    'inc-hsenwi-1027',
    { occurredAt: '2023-10-27', recordedAt: rec('2023-10-28', '12:02') },
    {
      incidentId: 'pein-sar-hsenwi-1027',
      kind: 'clash',
      perpetrator: 'brotherhood-alliance',
      against: 'myanmar-military',
      place: P.hsenwi,
      fatalities: { min: 40, max: 40 },
      description:
        'A TNLA raid at Pein Sar village in Hsenwi (Theinni) Township leaves at least 40 police and troops dead (the TNLA’s claim).',
    },
    [graded(S.irr1028, 3)],
  ),
  ev(
    'IncidentReported',
    'inc-namhkam-shelling-1027',
    { occurredAt: '2023-10-27', recordedAt: rec('2023-10-28', '12:03') },
    {
      incidentId: 'namhkam-shelling-1027',
      kind: 'shelling',
      perpetrator: 'myanmar-military',
      against: 'brotherhood-alliance',
      place: P.namhkam,
      fatalities: { min: 4, max: 4 },
      civilianFatalities: { min: 4, max: 4 },
      description:
        'The TNLA seizes positions in Namhkam, Nawnghkio and Lashio townships; junta shelling kills four civilians, two in Namkham and one each in Nam Hpak Ka and Kutkai (the TNLA’s count).',
    },
    [graded(S.irr1028, 3)],
  ),
  // ===== November 2023: the towns fall =====
  ev(
    'IncidentReported',
    'inc-hsenwi-1102',
    { occurredAt: '2023-11-02', recordedAt: rec('2023-11-03', '12:00') },
    {
      incidentId: 'hsenwi-1102',
      kind: 'clash',
      perpetrator: 'brotherhood-alliance',
      against: 'myanmar-military',
      place: P.hsenwi,
      description:
        'After days of attacks the alliance claims complete control of the strategic town of Hsenwi on the road to China.',
    },
    [S.irr1103],
  ),
  ev(
    'IncidentReported',
    'inc-kunlong-1102',
    { occurredAt: '2023-11-02', recordedAt: rec('2023-11-03', '12:01') },
    {
      incidentId: 'kunlong-1102',
      kind: 'clash',
      perpetrator: 'brotherhood-alliance',
      against: 'myanmar-military',
      place: P.kunlong,
      description:
        'MNDAA troops attack the headquarters of Infantry Battalion 127 in Kunlong; about half the town is held by the MNDAA.',
    },
    [S.irr1103],
  ),
  ev(
    'IncidentReported',
    'inc-namhkam-1103',
    { occurredAt: '2023-11-03', recordedAt: rec('2023-11-03', '12:02') },
    {
      incidentId: 'namhkam-police-1103',
      kind: 'clash',
      perpetrator: 'brotherhood-alliance',
      against: 'myanmar-military',
      place: P.namhkam,
      description:
        'On Friday morning the TNLA says it has seized regime bases including police stations in Namkham township.',
    },
    [S.irr1103],
  ),
  ev(
    'IncidentReported',
    'inc-mantong-1103',
    { occurredAt: '2023-11-03', recordedAt: rec('2023-11-03', '12:03') },
    {
      incidentId: 'mantong-police-1103',
      kind: 'clash',
      perpetrator: 'brotherhood-alliance',
      against: 'myanmar-military',
      place: P.mantong,
      description: 'The TNLA says it has seized a regime base (a police station) in Mantong township.',
    },
    [S.irr1103],
  ),
  ev(
    'IncidentReported',
    'inc-nawnghkio-1103',
    { occurredAt: '2023-11-03', recordedAt: rec('2023-11-03', '12:04') },
    {
      incidentId: 'nawnghkio-police-1103',
      kind: 'clash',
      perpetrator: 'brotherhood-alliance',
      against: 'myanmar-military',
      place: P.nawnghkio,
      description: 'The TNLA says it has seized a regime base (a police station) in Nawnghkio township.',
    },
    [S.irr1103],
  ),
  ev(
    'IncidentReported',
    'inc-laukkai-1111',
    { occurredAt: '2023-11-11', recordedAt: rec('2023-11-13', '12:00') },
    {
      incidentId: 'laukkai-outposts-1111',
      kind: 'clash',
      perpetrator: 'brotherhood-alliance',
      against: 'myanmar-military',
      place: P.laukkai,
      description:
        'On Saturday morning the MNDAA captures several junta outposts on the outskirts of Laukkai near Shiyun Kyi village.',
    },
    [shan1112],
  ),
  ev(
    'IncidentReported',
    'inc-laukkai-airstrike-1111',
    { occurredAt: '2023-11-11', recordedAt: rec('2023-11-13', '12:01') },
    {
      incidentId: 'laukkai-airstrike-1111',
      kind: 'airstrike',
      perpetrator: 'myanmar-military',
      against: 'brotherhood-alliance',
      place: P.laukkai,
      fatalities: { min: 10, max: 10 },
      civilianFatalities: { min: 10, max: 10 },
      description:
        'The regime retaliates with an air strike; a shell strikes a group of civilians fleeing the fighting at Sel Tan Gate near Laukkai, killing 10 and injuring many (residents to SHAN).',
    },
    [graded(shan1112, 3)],
  ),
  ev(
    'IncidentReported',
    'inc-kunlong-1112',
    { occurredAt: '2023-11-12', recordedAt: rec('2023-11-15', '12:00') },
    {
      incidentId: 'kunlong-falls-1112',
      kind: 'clash',
      perpetrator: 'brotherhood-alliance',
      against: 'myanmar-military',
      place: P.kunlong,
      description:
        'Kunlong, the seat of the Lashio district junta administration and a garrison town since 1948, falls to the alliance.',
    },
    [S.irr1115, shan1112],
  ),
  ev(
    'IncidentReported',
    'inc-laukkai-1124',
    { occurredAt: '2023-11-24', recordedAt: rec('2023-11-25', '12:00') },
    {
      incidentId: 'laukkai-township-bases-1124',
      kind: 'clash',
      perpetrator: 'brotherhood-alliance',
      against: 'myanmar-military',
      place: P.laukkai,
      description:
        'On the 29th day of Operation 1027 the alliance seizes four junta bases in northern and southern Kokang and Sai Tar Aine hill, the last hilltop the junta held in Laukkai Township, and marches on Laukkai town; the Chinese embassy tells its citizens to leave the township.',
    },
    [S.irr1125],
  ),
  // ===== December 2023: the first Kunming talks and their truce =====
  ev(
    'IncidentReported',
    'inc-laukkai-1203',
    { occurredAt: '2023-12-03', recordedAt: rec('2023-12-03', '12:00') },
    {
      incidentId: 'laukkai-four-buddha-hill-1203',
      kind: 'clash',
      perpetrator: 'brotherhood-alliance',
      against: 'myanmar-military',
      place: P.laukkai,
      description:
        'After attacking south-eastern Laukkai from 1 December, the MNDAA takes the Four Buddhist Statues Hill, and with it all the ground south of the town.',
    },
    [wpLaukkai('2023-12-03')],
  ),
  ev(
    'TalksRoundOpened',
    'round-kunming1-opened',
    { occurredAt: '2023-12-11', recordedAt: rec('2023-12-15', '09:00') },
    {
      roundId: R.kunming1,
      label: 'First China-brokered talks (Kunming)',
      venue: 'China (Kunming)',
      format: 'formal',
      hosts: ['china'],
    },
    [S.sangai1215],
    {
      note: 'The military said on Monday 11 December that it had met the rebels; China said the talks were held in China "in recent days".',
    },
  ),
  ev(
    'StatementMade',
    'stmt-alliance-1213',
    { occurredAt: '2023-12-13', recordedAt: rec('2023-12-15', '09:05') },
    {
      speaker: ALLIANCE_VOICE,
      audience: 'myanmar-military',
      tone: 'critical',
      summary:
        'The alliance reaffirms its commitment to defeat what it calls Myanmar’s "dictatorship", with no mention of peace talks or a ceasefire.',
    },
    [S.sangai1215],
  ),
  ev(
    'TalksRoundConcluded',
    'round-kunming1-concluded',
    { occurredAt: '2023-12-13', precision: 'approximate', recordedAt: rec('2023-12-15', '09:10') },
    {
      roundId: R.kunming1,
      outcome: 'agreement',
      summary: 'The parties agree on a temporary ceasefire and on maintaining dialogue (China’s foreign ministry).',
      nextSteps: 'Another round by the end of the month (the military).',
    },
    [S.reu1214, S.sangai1215],
    { occurrence: 'kunming-truce-2023-12' },
  ),
  ev(
    'CeasefireDeclared',
    'cf-december',
    { occurredAt: '2023-12-13', precision: 'approximate', recordedAt: rec('2023-12-15', '09:15') },
    {
      ceasefireId: CF.december,
      parties: ['myanmar-military', 'brotherhood-alliance'],
      scope: 'A temporary ceasefire agreed at the first China-brokered talks; the areas it covered were not stated',
      duration: 'temporary',
      mediatedBy: ['china'],
    },
    [S.reu1214, S.sangai1215],
    { occurrence: 'kunming-truce-2023-12' },
  ),
  ev(
    'StatementMade',
    'stmt-mao-1214',
    { occurredAt: '2023-12-14', recordedAt: rec('2023-12-15', '09:20') },
    {
      speaker: MAO_NING,
      audience: 'myanmar-military',
      tone: 'conciliatory',
      summary:
        'China hopes the parties will implement the agreements, exercise maximum restraint and ease the situation; clashes and exchanges of fire in northern Myanmar have markedly declined.',
    },
    [S.reu1214, S.sangai1215],
  ),
  ev(
    'IncidentReported',
    'inc-laukkai-1218',
    { occurredAt: '2023-12-18', recordedAt: rec('2023-12-19', '12:00') },
    {
      incidentId: 'laukkai-north-1218',
      kind: 'clash',
      perpetrator: 'brotherhood-alliance',
      against: 'myanmar-military',
      place: P.laukkai,
      description: 'After a brief respite during the peace talks, fighting resumes north of Laukkai.',
    },
    [wpLaukkai('2023-12-18')],
  ),
  ev(
    'CeasefireEnded',
    'cf-december-collapsed',
    { occurredAt: '2023-12-18', recordedAt: rec('2023-12-19', '12:05') },
    {
      ceasefireId: CF.december,
      reason: 'collapsed',
      summary:
        'The talks were unsuccessful and fighting resumed north of Laukkai; the pact was not honoured by either side.',
    },
    [wpLaukkai('2023-12-18')],
  ),
  ev(
    'IncidentReported',
    'inc-laukkai-1219',
    { occurredAt: '2023-12-19', recordedAt: rec('2023-12-20', '12:00') },
    {
      incidentId: 'laukkai-border-gates-1219',
      kind: 'clash',
      perpetrator: 'brotherhood-alliance',
      against: 'myanmar-military',
      place: P.laukkai,
      description: 'The MNDAA captures key border towns and gates around Laukkai.',
    },
    [wpLaukkai('2023-12-19')],
  ),
  ev(
    'TalksRoundOpened',
    'round-kunming2-opened',
    { occurredAt: '2023-12-23', recordedAt: rec('2024-01-04', '12:00') },
    {
      roundId: R.kunming2,
      label: 'Second China-brokered talks (Kunming)',
      venue: 'Kunming',
      format: 'formal',
      hosts: ['china'],
    },
    [S.cni0104],
  ),
  ev(
    'TalksRoundConcluded',
    'round-kunming2-concluded',
    { occurredAt: '2023-12-24', recordedAt: rec('2024-01-04', '12:01') },
    {
      roundId: R.kunming2,
      outcome: 'adjourned',
      summary: 'Territorial demands discussed; no agreement reported. A third meeting is planned for 7–9 January.',
    },
    [S.cni0104],
  ),
  // ===== January 2024: Laukkai falls =====
  ev(
    'IncidentReported',
    'inc-laukkai-airstrike-0101',
    { occurredAt: '2024-01-01', recordedAt: rec('2024-01-04', '12:05') },
    {
      incidentId: 'laukkai-airstrike-0101',
      kind: 'airstrike',
      perpetrator: 'myanmar-military',
      against: 'brotherhood-alliance',
      place: P.laukkai,
      fatalities: { min: 11, max: 11 },
      civilianFatalities: { min: 11, max: 11 },
      description:
        'A junta air strike kills eleven civilians, six of them Chinese nationals, during the battle for Laukkai.',
    },
    [S.atlas0104],
  ),
  ev(
    'IncidentReported',
    'inc-laukkai-advance-0101',
    { occurredAt: '2024-01-01', recordedAt: rec('2024-01-04', '12:06') },
    {
      incidentId: 'laukkai-advance-0101',
      kind: 'clash',
      perpetrator: 'brotherhood-alliance',
      against: 'myanmar-military',
      place: P.laukkai,
      scale: 'major',
      description:
        'The MNDAA begins "a major military advance on the city center of Laukkai"; junta artillery rounds land across the border in China.',
    },
    [S.atlas0104, wpLaukkai('2024-01-01')],
  ),
  ev(
    'IncidentReported',
    'inc-laukkai-surrender-0104',
    { occurredAt: '2024-01-04', recordedAt: rec('2024-01-06', '12:00') },
    {
      incidentId: 'laukkai-surrender-0104',
      kind: 'clash',
      perpetrator: 'brotherhood-alliance',
      against: 'myanmar-military',
      place: P.laukkai,
      scale: 'major',
      description:
        'The Laukkai Regional Operations Command surrenders: 2,389 regime soldiers, six brigadier generals among them, and 1,601 family members (the MNDAA’s count), sent on to Lashio; the MNDAA calls Kokang a "regime-free zone".',
    },
    [S.irr0106, S.atlas0104, wpLaukkai('2024-01-04')],
  ),
  ev(
    'IncidentReported',
    'inc-northern-shan-0106',
    { occurredAt: '2024-01-06', precision: 'approximate', recordedAt: rec('2024-01-06', '12:05') },
    {
      incidentId: 'junta-artillery-airstrikes-0106',
      kind: 'airstrike',
      perpetrator: 'myanmar-military',
      against: 'brotherhood-alliance',
      place: P.northernShan,
      description:
        'Fighting continues across northern Shan State and the junta responds with artillery and air strikes.',
    },
    [S.irr0106],
  ),
  // ===== 10–11 January 2024: the Haigeng agreement =====
  ev(
    'TalksRoundOpened',
    'round-kunming3-opened',
    { occurredAt: '2024-01-10', recordedAt: rec('2024-01-12', '12:00') },
    {
      roundId: R.kunming3,
      label: 'Third China-brokered talks (Kunming, Haigeng)',
      venue: 'Kunming',
      format: 'formal',
      hosts: ['china'],
    },
    [S.ind0112, S.nar0112],
  ),
  ev(
    'TalksRoundConcluded',
    'round-kunming3-concluded',
    { occurredAt: '2024-01-11', recordedAt: rec('2024-01-12', '12:01') },
    {
      roundId: R.kunming3,
      outcome: 'agreement',
      summary:
        'An immediate ceasefire, disengagement of military personnel, and disputes to be settled by peaceful negotiation.',
    },
    [S.ind0112, S.nar0112],
    { occurrence: 'haigeng-2024-01-11' },
  ),
  ev(
    'AgreementReached',
    'agr-haigeng',
    { occurredAt: '2024-01-11', recordedAt: rec('2024-01-12', '12:02') },
    {
      agreementId: A.haigeng,
      kind: 'ceasefire',
      provisions: [
        'An immediate ceasefire in northern Shan State',
        'Disengagement of military personnel',
        'The military stops air strikes, artillery and heavy weapons; the alliance stops its offensive and seeks no more towns or camps',
        'Disputes and demands settled through peaceful negotiation',
        'Neither side endangers Chinese residents along the border or Chinese projects and personnel in Myanmar',
      ],
      signatories: ['myanmar-military', 'brotherhood-alliance'],
      textPublic: false,
      roundId: R.kunming3,
      status: 'in-force',
    },
    [S.ind0112, S.nar0112, S.ap0112],
    { occurrence: 'haigeng-2024-01-11' },
  ),
  ev(
    'CeasefireDeclared',
    'cf-haigeng',
    { occurredAt: '2024-01-11', recordedAt: rec('2024-01-12', '12:03') },
    {
      ceasefireId: CF.haigeng,
      parties: ['myanmar-military', 'brotherhood-alliance'],
      scope:
        'Northern Shan State, the whole of this case; not Rakhine or Chin states, where the Arakan Army fights on (not recorded here)',
      duration: 'temporary',
      mediatedBy: ['china'],
    },
    [S.ind0112, S.nar0112],
    { occurrence: 'haigeng-2024-01-11' },
  ),
  ev(
    'StatementMade',
    'stmt-zmt-0112',
    { occurredAt: '2024-01-12', recordedAt: rec('2024-01-12', '12:10') },
    {
      speaker: ZAW_MIN_TUN,
      audience: 'brotherhood-alliance',
      tone: 'conciliatory',
      summary: 'The two sides met in Kunming and agreed on a temporary ceasefire agreement.',
      quote: 'We will continue discussions. We will continue to work for the strengthening of the ceasefire.',
    },
    [S.ap0112],
  ),
  // ===== January 2024: the violations =====
  ev(
    'IncidentReported',
    'inc-kyaukme-0113',
    { occurredAt: '2024-01-13', recordedAt: rec('2024-01-23', '12:00') },
    {
      incidentId: 'kyaukme-peace-hill-0113',
      kind: 'clash',
      perpetrator: 'myanmar-military',
      allegedBy: 'brotherhood-alliance',
      against: 'brotherhood-alliance',
      place: P.kyaukme,
      description:
        'Junta battalions 501 and 502 in Kyaukme Township attack the TNLA on Nyein Chan Yay Kone (Peace Hill); the TNLA withdraws to spare the residents (the TNLA’s account).',
    },
    [S.nar0123],
  ),
  ev(
    'CeasefireViolationReported',
    'viol-kyaukme-0113',
    { occurredAt: '2024-01-13', recordedAt: rec('2024-01-23', '12:01') },
    {
      ceasefireId: CF.haigeng,
      allegedBy: 'brotherhood-alliance',
      against: 'myanmar-military',
      description: 'The junta attack on Peace Hill in Kyaukme Township, two days into the ceasefire.',
    },
    [S.nar0123],
  ),
  ev(
    'IncidentReported',
    'inc-mogok-0122',
    { occurredAt: '2024-01-22', recordedAt: rec('2024-01-23', '12:02') },
    {
      incidentId: 'mogok-8-mile-0122',
      kind: 'clash',
      perpetrator: 'myanmar-military',
      allegedBy: 'brotherhood-alliance',
      against: 'brotherhood-alliance',
      place: P.mogok,
      description:
        'At about 8 p.m. junta forces attack TNLA troops at the 8-Mile area between Mogok and Momeik; the TNLA seizes three weapons.',
    },
    [S.nar0123],
  ),
  ev(
    'CeasefireViolationReported',
    'viol-mogok-0122',
    { occurredAt: '2024-01-22', recordedAt: rec('2024-01-23', '12:03') },
    {
      ceasefireId: CF.haigeng,
      allegedBy: 'brotherhood-alliance',
      against: 'myanmar-military',
      description:
        'The junta attack in Mogok Township; the TNLA says the junta has repeatedly violated the ceasefire with incursions, artillery and air strikes in Momeik, Mogok, Kyaukme, Namhkam and Lashio townships.',
    },
    [S.nar0123],
  ),
  ev(
    'IncidentReported',
    'inc-mupan-0124',
    { occurredAt: '2024-01-24', recordedAt: rec('2024-01-24', '18:00') },
    {
      incidentId: 'mupan-clash-0124',
      kind: 'clash',
      perpetrator: 'myanmar-military',
      allegedBy: 'brotherhood-alliance',
      against: 'brotherhood-alliance',
      place: P.mupan,
      fatalities: { min: 1, max: 1 },
      description:
        'Two junta columns enter the MNDAA-held Mupan district of Kokang; an MNDAA fighter is killed in the clash.',
    },
    [graded(S.bni0124, 3)],
  ),
  ev(
    'IncidentReported',
    'inc-hsenwi-shelling-0124',
    { occurredAt: '2024-01-24', recordedAt: rec('2024-01-24', '18:01') },
    {
      incidentId: 'hsenwi-bridge-shelling-0124',
      kind: 'shelling',
      perpetrator: 'myanmar-military',
      allegedBy: 'brotherhood-alliance',
      against: 'brotherhood-alliance',
      place: P.hsenwi,
      description:
        'Junta troops at Namtun village, Lashio Township, shell the area of the border bridge in TNLA-held Hsenwi.',
    },
    [graded(S.bni0124, 3)],
  ),
  ev(
    'CeasefireViolationReported',
    'viol-mupan-0124',
    { occurredAt: '2024-01-24', recordedAt: rec('2024-01-24', '18:02') },
    {
      ceasefireId: CF.haigeng,
      allegedBy: 'brotherhood-alliance',
      against: 'myanmar-military',
      casualties: { min: 1, max: 1 },
      description: 'The junta columns in Mupan (one MNDAA fighter killed) and the shelling near Hsenwi’s bridge.',
    },
    [graded(S.bni0124, 3)],
  ),
  ev(
    'StatementMade',
    'stmt-alliance-0124',
    { occurredAt: '2024-01-24', recordedAt: rec('2024-01-24', '18:03') },
    {
      speaker: ALLIANCE_VOICE,
      audience: 'myanmar-military',
      tone: 'military-threat',
      summary:
        'The alliance says the Military Council has consistently violated the Haigeng Agreement and warns it is prepared to resume operations and capture towns if the violations continue.',
      quote:
        'If the Junta continues in violating the terms of the Haigeng Agreement, we are prepared to resume operations and pursue the original objective of capturing towns and cities',
    },
    [S.bni0124],
  ),
  // ===== March – May 2024: the Kunming rounds =====
  ev(
    'TalksRoundOpened',
    'round-kunming4-opened',
    { occurredAt: '2024-03-01', recordedAt: rec('2024-03-06', '12:00') },
    {
      roundId: R.kunming4,
      label: 'Fourth China-brokered talks (Kunming)',
      venue: 'Kunming',
      format: 'formal',
      hosts: ['china'],
    },
    [S.miz0306],
  ),
  ev(
    'TalksRoundConcluded',
    'round-kunming4-concluded',
    { occurredAt: '2024-03-03', recordedAt: rec('2024-03-06', '12:01') },
    {
      roundId: R.kunming4,
      outcome: 'no-progress',
      summary:
        'No agreement; border affairs, online scams and border checkpoints discussed; the focus was implementing the Haigeng Agreement (the AA’s deputy chief and the junta’s spokesman).',
    },
    [S.miz0306],
  ),
  ev(
    'TalksRoundOpened',
    'round-kunming5-opened',
    { occurredAt: '2024-05-14', recordedAt: rec('2024-05-18', '12:00') },
    {
      roundId: R.kunming5,
      label: 'Fifth China-brokered talks (Haigeng hotel, Kunming)',
      venue: 'Haigeng hotel, Kunming',
      format: 'formal',
      hosts: ['china'],
    },
    [S.nar0518],
  ),
  ev(
    'TalksRoundConcluded',
    'round-kunming5-concluded',
    { occurredAt: '2024-05-16', recordedAt: rec('2024-05-18', '12:01') },
    {
      roundId: R.kunming5,
      outcome: 'progress',
      summary:
        'Five points agreed in the first two days: strengthen the Haigeng agreement, minimise confrontations, reopen border trade routes, safeguard Chinese interests, and acknowledge the MNDAA as the governing body of Kokang (Special Region 1); the separate talks with the AA on Rakhine failed.',
    },
    [S.nar0518],
  ),
  // ===== 25 June 2024: the second phase =====
  ev(
    'IncidentReported',
    'inc-kyaukme-0625',
    { occurredAt: '2024-06-25', recordedAt: rec('2024-06-25', '18:00') },
    {
      incidentId: 'kyaukme-0625',
      kind: 'clash',
      perpetrator: 'brotherhood-alliance',
      against: 'myanmar-military',
      place: P.kyaukme,
      fatalities: { min: 2, max: 2 },
      civilianFatalities: { min: 2, max: 2 },
      description:
        'At 5–6 a.m. the TNLA attacks Light Infantry Battalions 501 and 502 and Nyein Chan Yay Hill at Kyaukme, restarting Operation 1027; two residents are killed in the exchange of fire.',
    },
    [S.dmg0625, S.twt0625],
  ),
  ev(
    'IncidentReported',
    'inc-nawnghkio-0625',
    { occurredAt: '2024-06-25', recordedAt: rec('2024-06-25', '18:01') },
    {
      incidentId: 'nawnghkio-0625',
      kind: 'clash',
      perpetrator: 'brotherhood-alliance',
      against: 'myanmar-military',
      place: P.nawnghkio,
      description:
        'The TNLA and the allied MDY-PDF attack Light Infantry Battalion 115 at Kyauk Kyan village in Nawnghkio Township.',
    },
    [S.dmg0625],
  ),
  ev(
    'IncidentReported',
    'inc-nawnghkio-jets-0625',
    { occurredAt: '2024-06-25', recordedAt: rec('2024-06-25', '18:02') },
    {
      incidentId: 'nawnghkio-jets-0625',
      kind: 'airstrike',
      perpetrator: 'myanmar-military',
      against: 'brotherhood-alliance',
      place: P.nawnghkio,
      description: 'The regime uses jet fighters to repulse the attack near Kyauk Kyan village.',
    },
    [S.dmg0625],
  ),
  ev(
    'IncidentReported',
    'inc-mogok-0625',
    { occurredAt: '2024-06-25', recordedAt: rec('2024-06-25', '18:03') },
    {
      incidentId: 'mogok-0625',
      kind: 'clash',
      perpetrator: 'brotherhood-alliance',
      against: 'myanmar-military',
      place: P.mogok,
      description: 'Fighting at Pan Has Pe village in Mogok Township.',
    },
    [S.dmg0625],
  ),
  ev(
    'CeasefireEnded',
    'cf-haigeng-collapsed',
    { occurredAt: '2024-06-25', recordedAt: rec('2024-06-25', '18:04') },
    {
      ceasefireId: CF.haigeng,
      reason: 'collapsed',
      summary: 'Renewed fighting between the regime and the TNLA effectively ends the China-brokered ceasefire.',
    },
    [S.dmg0625],
  ),
  ev(
    'StatementMade',
    'stmt-tnla-0625',
    { occurredAt: '2024-06-25', recordedAt: rec('2024-06-25', '18:05') },
    {
      speaker: TAR_PHONE_KYAW,
      audience: 'myanmar-military',
      tone: 'accusation',
      summary:
        'The TNLA accuses the regime of shelling and bombing civilians in Nawnghkio, Mogok and Momeik since the ceasefire.',
      quote:
        'We are responsible for protecting the people if the regime continues to conduct bombing raids and artillery strikes thereby violating the ceasefire',
    },
    [S.dmg0625],
  ),
  ev(
    'IncidentReported',
    'inc-nawnghkio-0626',
    { occurredAt: '2024-06-26', recordedAt: rec('2024-06-26', '18:00') },
    {
      incidentId: 'nawnghkio-lib115-0626',
      kind: 'clash',
      perpetrator: 'brotherhood-alliance',
      against: 'myanmar-military',
      place: P.nawnghkio,
      description:
        'Clashes at Light Infantry Battalion 115 in Nawnghkio at about 11 a.m.; a TNLA-led force takes important places in the township.',
    },
    [S.dmg0626],
  ),
  ev(
    'IncidentReported',
    'inc-mogok-0626',
    { occurredAt: '2024-06-26', recordedAt: rec('2024-06-26', '18:01') },
    {
      incidentId: 'mogok-hilltop-0626',
      kind: 'clash',
      perpetrator: 'brotherhood-alliance',
      against: 'myanmar-military',
      place: P.mogok,
      description: 'Clashes at a junta hilltop base in Mogok Township.',
    },
    [S.dmg0626],
  ),
  // ===== July – August 2024: Lashio =====
  ev(
    'IncidentReported',
    'inc-lashio-0703',
    { occurredAt: '2024-07-03', recordedAt: rec('2024-07-05', '12:00') },
    {
      incidentId: 'lashio-offensive-0703',
      kind: 'clash',
      perpetrator: 'brotherhood-alliance',
      against: 'myanmar-military',
      place: P.lashio,
      fatalities: { min: 9, max: 9 },
      civilianFatalities: { min: 9, max: 9 },
      description:
        'The MNDAA and its allies begin attacking the military bases around Lashio and the Northeastern Command with drones and 107 mm rockets; rockets falling on houses kill at least nine civilians.',
    },
    [graded(S.cni0705, 3)],
  ),
  ev(
    'IncidentReported',
    'inc-laukkai-0714',
    { occurredAt: '2024-07-14', recordedAt: rec('2024-08-04', '12:00') },
    {
      incidentId: 'laukkai-bombardment-0714',
      kind: 'shelling',
      perpetrator: 'myanmar-military',
      against: 'brotherhood-alliance',
      place: P.laukkai,
      description: 'The military bombards MNDAA-held Laukkai in the early morning.',
    },
    [S.nation0804],
  ),
  ev(
    'CeasefireDeclared',
    'cf-mndaa-pause',
    { occurredAt: '2024-07-14', recordedAt: rec('2024-08-04', '12:01') },
    {
      ceasefireId: CF.mndaaPause,
      parties: ['brotherhood-alliance'],
      scope:
        'The MNDAA’s one-sided ceasefire for the four-day plenum of the Chinese Communist Party’s Central Committee',
      duration: 'temporary',
      until: '2024-07-18',
    },
    [S.nation0804],
  ),
  ev(
    'IncidentReported',
    'inc-lashio-0716',
    { occurredAt: '2024-07-16', recordedAt: rec('2024-08-04', '12:02') },
    {
      incidentId: 'lashio-monastery-0716',
      kind: 'clash',
      perpetrator: 'brotherhood-alliance',
      against: 'myanmar-military',
      place: P.lashio,
      scale: 'major',
      fatalities: { min: 5, max: 6 },
      civilianFatalities: { min: 5, max: 6 },
      description:
        'Blasts from the clashes between the armed groups and the junta hit a monastery and a residential ward in Lashio: five civilians killed, and another shot dead at a military checkpoint (residents).',
    },
    [S.hdff0718],
  ),
  ev(
    'CeasefireEnded',
    'cf-mndaa-pause-expired',
    { occurredAt: '2024-07-18', recordedAt: rec('2024-08-04', '12:03') },
    {
      ceasefireId: CF.mndaaPause,
      reason: 'expired',
      summary: 'The four days of the pause end; the MNDAA fights on for Lashio.',
    },
    [S.nation0804],
  ),
  ev(
    'IncidentReported',
    'inc-lashio-0726',
    { occurredAt: '2024-07-26', recordedAt: rec('2024-08-04', '12:04') },
    {
      incidentId: 'lashio-downtown-0726',
      kind: 'clash',
      perpetrator: 'brotherhood-alliance',
      against: 'myanmar-military',
      place: P.lashio,
      description:
        'A day after the MNDAA declared Lashio liberated, fighting goes on in downtown Lashio, each side holding about half the town; the junta answers with artillery barrages and air strikes.',
    },
    [S.bni0726],
  ),
  ev(
    'IncidentReported',
    'inc-lashio-command-0803',
    { occurredAt: '2024-08-03', recordedAt: rec('2024-08-04', '12:05') },
    {
      incidentId: 'lashio-northeast-command-0803',
      kind: 'clash',
      perpetrator: 'brotherhood-alliance',
      against: 'myanmar-military',
      place: P.lashio,
      scale: 'major',
      description:
        'The MNDAA says it has "fully captured the headquarters of the northeast military command" in Lashio after weeks of clashes; soldiers resisting inside start retreating in the morning (a military source to AFP); senior commanders are captured.',
    },
    [S.afp0803, S.sofx0804, S.nation0804],
  ),
  ev(
    'IncidentReported',
    'inc-lashio-held-0803',
    { occurredAt: '2024-08-03', recordedAt: rec('2024-08-04', '12:06') },
    {
      incidentId: 'lashio-held-by-mndaa',
      kind: 'occupation',
      perpetrator: 'brotherhood-alliance',
      against: 'myanmar-military',
      place: P.lashio,
      description:
        'The MNDAA holds Lashio, the northern Shan State capital and seat of the Northeastern Command, and begins to administer it.',
    },
    [S.nation0804],
  ),
  ev(
    'EventCorrected',
    'corr-lashio-0703-offensive',
    { occurredAt: '2024-08-04', recordedAt: rec('2024-08-04', '12:07') },
    {
      eventId: idOf('inc-lashio-0703'),
      changes: { data: { scale: 'major' }, sources: [graded(S.cni0705, 3), S.nation0804, S.afp0803] },
      reason:
        'AFP and The Nation date the start of the MNDAA’s offensive on Lashio to early July ("since early July when MNDAA fighters renewed an offensive against the junta"; attacks on the bases around Lashio from 3 July): the attack of 3 July was the offensive’s start.',
    },
    [S.afp0803, S.nation0804],
  ),
  ev(
    'StatementMade',
    'stmt-zmt-0804',
    { occurredAt: '2024-08-04', recordedAt: rec('2024-08-05', '12:00') },
    {
      speaker: ZAW_MIN_TUN,
      audience: 'brotherhood-alliance',
      tone: 'accusation',
      summary:
        'Contact with the senior officers of the Northeastern Command was lost at 6:30 p.m. on 3 August; the MNDAA and its allies broke the ceasefire agreement, attacked Lashio from 3 July and killed hundreds of civilians with homemade launchers and drone bombs.',
    },
    [S.nation0805],
  ),
  // ===== September – December 2024: air strikes on Lashio, the MNDAA stands down =====
  ev(
    'IncidentReported',
    'inc-lashio-airstrike-0909',
    { occurredAt: '2024-09-09', recordedAt: rec('2024-09-10', '12:00') },
    {
      incidentId: 'lashio-airstrike-0909',
      kind: 'airstrike',
      perpetrator: 'myanmar-military',
      against: 'brotherhood-alliance',
      place: P.lashio,
      fatalities: { min: 4, max: 4 },
      civilianFatalities: { min: 3, max: 3 },
      injured: { min: 20, max: 20 },
      description:
        'An air strike hits four places in Lashio, including the General Administration Office, at about 10:30 a.m.: three civilians and an MNDAA officer killed, 20 injured.',
    },
    [S.bni0909],
  ),
  ev(
    'StatementMade',
    'stmt-mndaa-0918',
    { occurredAt: '2024-09-18', recordedAt: rec('2024-09-19', '12:00') },
    {
      speaker: MNDAA,
      audience: 'myanmar-military',
      tone: 'conciliatory',
      summary:
        'The MNDAA publishes its statement of 4 September: no military or political alliance with the NUG, no offensive on Mandalay or Taunggyi, no secession; it asks China to mediate and says it will cease fire immediately and seek a solution through dialogue, keeping its right to self-defence.',
    },
    [S.moemaka0919, S.mnow0918],
  ),
  ev(
    'IncidentReported',
    'inc-lashio-airstrike-0921',
    { occurredAt: '2024-09-21', recordedAt: rec('2024-09-23', '12:00') },
    {
      incidentId: 'lashio-airstrike-0921',
      kind: 'airstrike',
      perpetrator: 'myanmar-military',
      against: 'brotherhood-alliance',
      place: P.lashio,
      description: 'Another junta bombing of Lashio, the fourth air strike on the town in a month.',
    },
    [S.moemaka0923],
  ),
  ev(
    'StatementMade',
    'stmt-mndaa-1203',
    { occurredAt: '2024-12-03', recordedAt: rec('2024-12-13', '12:00') },
    {
      speaker: MNDAA,
      audience: 'myanmar-military',
      tone: 'conciliatory',
      summary:
        'The MNDAA says it intends to resolve the conflict through political dialogue, declares a halt to offensive operations and urges the military to suspend air and ground attacks.',
    },
    [S.mmtv1213],
  ),
  // ===== January – April 2025: the MNDAA's ceasefire and Lashio's handover =====
  ev(
    'AgreementReached',
    'agr-ceasefire-2025',
    { occurredAt: '2025-01-18', precision: 'approximate', recordedAt: rec('2025-01-21', '12:00') },
    {
      agreementId: A.ceasefire2025,
      kind: 'ceasefire',
      provisions: [
        'A ceasefire between the military and the MNDAA from 18 January 2025',
        'Reported (Myanmar Now), denied by an MNDAA member: the MNDAA to withdraw from Lashio by June',
      ],
      signatories: ['myanmar-military', 'brotherhood-alliance'],
      textPublic: false,
      status: 'in-force',
    },
    [S.usasean0121],
    { occurrence: 'mndaa-ceasefire-2025-01-18' },
  ),
  ev(
    'CeasefireDeclared',
    'cf-mndaa-2025',
    { occurredAt: '2025-01-18', recordedAt: rec('2025-01-21', '12:01') },
    {
      ceasefireId: CF.mndaa2025,
      parties: ['myanmar-military', 'brotherhood-alliance'],
      scope: 'Between the military and the MNDAA only (the TNLA is not bound)',
      coverage: 'partial',
      duration: 'indefinite',
      mediatedBy: ['china'],
    },
    [S.usasean0121],
    {
      note: 'Announced by China’s foreign ministry on 20 January after negotiations concluded in mid-January; fighting halted on 18 January.',
      occurrence: 'mndaa-ceasefire-2025-01-18',
    },
  ),
  ev(
    'TalksRoundOpened',
    'round-kunming-lashio-opened',
    { occurredAt: '2025-03-22', recordedAt: rec('2025-03-24', '12:00') },
    {
      roundId: R.kunmingLashio,
      label: 'Military–MNDAA follow-up talks (Kunming)',
      venue: 'Kunming',
      format: 'formal',
      hosts: ['china'],
    },
    [S.moemaka0324],
  ),
  ev(
    'TalksRoundConcluded',
    'round-kunming-lashio-concluded',
    { occurredAt: '2025-03-22', precision: 'approximate', recordedAt: rec('2025-03-24', '12:01') },
    {
      roundId: R.kunmingLashio,
      outcome: 'progress',
      summary:
        'No official statement; leaks say the MNDAA may withdraw from Lashio by the end of May or June, and some MNDAA troops are reported moving out towards Hsenwi.',
    },
    [S.moemaka0324],
  ),
  ev(
    'MediationAction',
    'med-china-monitors-0422',
    { occurredAt: '2025-04-22', recordedAt: rec('2025-04-22', '18:00') },
    {
      mediator: 'china',
      action: 'visited',
      summary:
        'At the joint invitation of both sides, China sends a ceasefire monitoring team to Lashio to oversee the ceasefire between the military and the MNDAA and witness the handover of Lashio (spokesman Guo Jiakun).',
    },
    [S.gt0422],
  ),
  ev(
    'IncidentReported',
    'inc-lashio-withdrawal-0422',
    { occurredAt: '2025-04-22', recordedAt: rec('2025-04-23', '12:00') },
    {
      incidentId: 'lashio-handover-0422',
      kind: 'withdrawal',
      perpetrator: 'brotherhood-alliance',
      against: 'myanmar-military',
      place: P.lashio,
      description:
        'The MNDAA withdraws from Lashio and hands it to the military; a convoy of over 120 military vehicles re-enters the town from Mongyai, observed by Chinese representatives.',
    },
    [S.gt0422, S.moemaka0423],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'myanmar-brotherhood-2023.jsonl',
  logEnd: '2025-06-30T00:00:00Z',
  events,
};

export default definition;
