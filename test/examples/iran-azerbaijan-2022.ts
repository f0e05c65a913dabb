/**
 * A test fixture, not a shipped example: Iran and Azerbaijan, October 2022 – July 2024, as an analyst following the
 * news could have recorded it — the IRGC's exercise on the Aras border (17 October 2022) and Aliyev's criticism of it;
 * the summoning of each other's ambassadors over "unfriendly" and "threatening" rhetoric (10–11 November); the arrests
 * of alleged Iranian spy networks in Azerbaijan (November 2022; 39 on 1 February 2023, among them the founder of the
 * InterAz and SalamNews outlets); the gunman's attack on Azerbaijan's embassy in Tehran (27 January 2023: the head of
 * security killed, two guards wounded), which Iran calls the act of a man with a personal grievance and Baku a
 * terrorist act for which "all responsibility lies with Iran"; the embassy evacuated (29 January); the shooting of the
 * MP Fazil Mustafa in Baku (28 March), which the State Security Service laid on Iran's special services (3 April);
 * Azerbaijan's embassy opened in Israel (29 March); four Iranian diplomats expelled (6 April) and four Azerbaijani
 * diplomats in return (5 May); the foreign ministers' calls from April and June and Amir-Abdollahian's meeting with
 * Aliyev in Baku (5 July); the reported death sentence of the embassy attacker (1 October); the 3+3 meeting in Tehran
 * (23 October); the two presidents commissioning the Khudafarin and Giz Galasi dams on the Aras (19 May 2024) hours
 * before Raisi died; and the embassy reopened in Tehran (15 July 2024). Escalation model v2 was never tuned on it: it
 * is the case the model is held to in iran-azerbaijan-2022.spec.ts, against the calls an analyst makes from DOMAIN.md
 * §5b alone.
 *
 * What it tests: a lethal attack by someone one party calls a private man and the other blames on that party; an
 * assassination attempt laid on the other party days later; expulsions and spy arrests; shows of force by exercises;
 * no armed action between the two's forces; and a slow thaw whose one agreement is the dams.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration file's coverage do not change. Built and
 * checked with the same builder as the shipped cases (examples/case-builder.ts): every event replays through `decide`
 * and cites a dated, graded public source.
 *
 * Grading as in examples/README.md: B = established outlet or wire copy, C = smaller, regional or partisan outlet or
 * mirror of a wire story; 1 = an on-record statement or act confirmed by the actor itself; 2 = several outlets agree or
 * one established outlet reports it; 3 = one side's unverified claim about the other, or a single unofficial report.
 *
 * Judgement calls, recorded as an analyst would:
 * - The pair is Iran and Azerbaijan (the parties); no mediator: Israel, Armenia, Russia and Türkiye are third parties.
 * - The embassy attack (27 January 2023) is recorded as what it was on the day: an armed attack by one man, Yasin
 *   Hosseinzadeh (registered as an individual, a third party), on Azerbaijan's embassy — not armed action between the
 *   parties' forces, nor by Iran on Azerbaijan's territory. Baku held Iran responsible the same day ("all
 *   responsibility for the attack lies with Iran", the foreign ministry's spokesman): the incident's `blamedOn`, alleged
 *   by Azerbaijan. Aliyev's charge of 1 February that Iran's police and security forces took no serious measures while
 *   the attack went on renews the blame (`blames` on his statement). Iran's account (a personal, family motive) is its
 *   statement of the same day.
 * - The shooting of Fazil Mustafa (28 March 2023) is an attack by gunmen unknown on the day (no perpetrator); the
 *   State Security Service's statement of 3 April that it was carried out on the orders of Iran's special services is
 *   the blame, dated by it (Turan's report, graded 3: one side's unverified claim). Before it, Baku only noted the MP's
 *   anti-Iranian views.
 * - The IRGC exercise (from 17 October 2022, along the borders of Azerbaijan and Armenia, with a bridge over the Aras)
 *   is a show of force (`force-posture`), against Azerbaijan as Baku took it; no force was used.
 * - Spy arrests are the State Security Service's and the interior ministry's accusations (CAMEO 173, arrest);
 *   expulsions of diplomats and the evacuation of the embassy reduce relations (CAMEO 161). None is a border closure:
 *   Azerbaijan's land borders have been closed to all travellers since the pandemic (2020), not against Iran, and that
 *   standing state is not recorded.
 * - The death sentence of the embassy attacker is known from Azerbaijani state television's report (1 October 2023,
 *   via Sputnik), graded 3: Baku's prosecutor general later said the court had not ruled, and the sentence was only
 *   confirmed in 2024. It is recorded as the report, neutral.
 * - The dams (19 May 2024): the two presidents commissioned the Khudafarin and inaugurated the Giz Galasi
 *   hydroelectric complexes, built on the Aras under an agreement of 1977 and shared equally. It is the one agreement
 *   between the pair in the record: recorded as `AgreementReached` (`partial`, `in-force`) on the day it was put to
 *   work, one occurrence with the two presidents' speeches. The embassy's reopening "following negotiations" (15 July
 *   2024) has no text made public; it is the foreign ministry's statement.
 * - Raisi's death in the helicopter crash on the way back from the ceremony is in the agreement's note, not an act of
 *   either party towards the other. The 3+3 meeting in Tehran (23 October 2023) is recorded as the host's statement.
 * - Third parties' acts (Israel's foreign minister on a "united front against Iran", Türkiye welcoming the reopening)
 *   are recorded as theirs; Azerbaijan's embassy opened in Israel is its engagement with a third party.
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'iran-azerbaijan-2022';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 2022);
const rec = (day: string, time: string): string => `${day}T${time}:00Z`;

const IRAN: Actor = { id: 'iran', name: 'Iran', kind: 'state', aliases: ['Islamic Republic of Iran', 'Tehran'] };
const AZERBAIJAN: Actor = {
  id: 'azerbaijan',
  name: 'Azerbaijan',
  kind: 'state',
  aliases: ['Republic of Azerbaijan', 'Baku'],
};
const ISRAEL: Actor = { id: 'israel', name: 'Israel', kind: 'state', aliases: ['Jerusalem'] };
const ARMENIA: Actor = { id: 'armenia', name: 'Armenia', kind: 'state', aliases: ['Yerevan'] };
const RUSSIA: Actor = { id: 'russia', name: 'Russia', kind: 'state', aliases: ['Russian Federation', 'Moscow'] };
const TURKIYE: Actor = { id: 'turkiye', name: 'Türkiye', kind: 'state', aliases: ['Turkey', 'Ankara'] };
const GUNMAN: Actor = {
  id: 'yasin-hosseinzadeh',
  name: 'Yasin Hosseinzadeh',
  kind: 'individual',
  aliases: ['Yasin Huseynzadeh', 'Yasin Hussein-zade'],
};

const ALIYEV: Person = { name: 'Ilham Aliyev', title: 'President of Azerbaijan', actorId: 'azerbaijan' };
const BAYRAMOV: Person = { name: 'Jeyhun Bayramov', title: 'Foreign Minister of Azerbaijan', actorId: 'azerbaijan' };
const HAJIZADA: Person = {
  name: 'Aykhan Hajizada',
  title: 'Spokesman of the Foreign Ministry of Azerbaijan',
  actorId: 'azerbaijan',
};
const AZ_MFA: Person = { name: 'Ministry of Foreign Affairs of Azerbaijan (statement)', actorId: 'azerbaijan' };
const AZ_SSS: Person = { name: 'State Security Service of Azerbaijan (statement)', actorId: 'azerbaijan' };
const AZ_MIA: Person = { name: 'Ministry of Internal Affairs of Azerbaijan (statement)', actorId: 'azerbaijan' };
const RAISI: Person = { name: 'Ebrahim Raisi', title: 'President of Iran', actorId: 'iran' };
const AMIRABDOLLAHIAN: Person = {
  name: 'Hossein Amir-Abdollahian',
  title: 'Foreign Minister of Iran',
  actorId: 'iran',
};
const KANAANI: Person = {
  name: 'Nasser Kanaani',
  title: 'Spokesman of the Foreign Ministry of Iran',
  actorId: 'iran',
};
const IR_MFA: Person = { name: 'Ministry of Foreign Affairs of Iran (statement)', actorId: 'iran' };
const PAKPOUR: Person = {
  name: 'Mohammad Pakpour',
  title: 'Commander of the IRGC Ground Force',
  actorId: 'iran',
};
const HEYDARI: Person = { name: 'Kioumars Heydari', title: 'Commander of the Iranian Army', actorId: 'iran' };
const GHALIBAF: Person = {
  name: 'Mohammad Bagher Ghalibaf',
  title: 'Speaker of the Parliament of Iran',
  actorId: 'iran',
};
const IR_JUDICIARY: Person = { name: 'Judiciary of Iran (as reported by AzTV)', actorId: 'iran' };
const COHEN: Person = { name: 'Eli Cohen', title: 'Foreign Minister of Israel', actorId: 'israel' };
const TR_MFA: Person = { name: 'Ministry of Foreign Affairs of Türkiye (statement)', actorId: 'turkiye' };

const ARAS_BORDER = 'Aras border region, East Azarbaijan and Ardabil provinces (Iran)';
const EMBASSY_TEHRAN = 'Embassy of Azerbaijan, Tehran';
const ZABRAT = 'Zabrat-1 settlement, Sabunchu district, Baku';
const EMBASSY_ATTACK = 'az-embassy-tehran-2023-01-27';
const MP_ATTACK = 'fazil-mustafa-2023-03-28';
const DAMS = 'aras-hydro-complexes-2024';
const DAM_CEREMONY = 'khudafarin-ceremony-2024-05-19';

const S = {
  caliberOct17: source(
    'Iran kicks off massive drills near Azerbaijan’s border',
    'Caliber.az',
    'https://caliber.az/en/post/iran-kicks-off-massive-drills-near-azerbaijan-s-border',
    '2022-10-17',
    'C',
    1,
  ),
  iranintlOct17: source(
    'Iran’s Guards Launch War Games Along Armenia, Azerbaijan Border',
    'Iran International',
    'https://www.iranintl.com/en/202210171439',
    '2022-10-17',
    'B',
    1,
  ),
  gnaOct17: source(
    'Iran launches large-scale military exercises on Azerbaijani border',
    'Ghana News Agency (dpa)',
    'https://gna.org.gh/2022/10/iran-launches-large-scale-military-exercises-on-azerbaijani-border/',
    '2022-10-17',
    'C',
    2,
  ),
  kayhanNov11: source(
    'Azerbaijani Envoy Summoned Over ‘Unfriendly’ Remarks',
    'Kayhan International',
    'https://kayhan.ir/en/news/108866/azerbaijani-envoy-summoned-over-%E2%80%98unfriendly%E2%80%99-remarks',
    '2022-11-11',
    'C',
    1,
  ),
  trendNov11: source(
    "Iranian ambassador summoned to Azerbaijan's MFA",
    'Trend',
    'https://en.trend.az/azerbaijan/politics/3667932.html',
    '2022-11-11',
    'C',
    1,
  ),
  azernewsNov11: source(
    'Iranian ambassador summoned to Azerbaijani Foreign Ministry',
    'AzerNews',
    'https://www.azernews.az/nation/202124.html',
    '2022-11-11',
    'C',
    1,
  ),
  iranwireNov22: source(
    'Azerbaijan Exposes Alleged Iranian Spy Network',
    'IranWire',
    'https://iranwire.com/en/politics/110227-azerbaijan-exposes-alleged-iranian-spy-network/',
    '2022-11-22',
    'B',
    2,
  ),
  miragenewsNov14: source(
    'Azerbaijan nabs new batch of Iran spies',
    'Mirage News',
    'https://www.miragenews.com/azerbaijan-nabs-new-batch-of-iran-spies-895100/',
    '2022-11-14',
    'C',
    2,
  ),
  apJan27: source(
    'Gunman kills security chief at Azerbaijan Embassy in Iran',
    'Toronto Star (AP)',
    'https://www.thestar.com/news/world/middleeast/2023/01/27/gunman-kills-security-chief-at-azerbaijan-embassy-in-iran.html',
    '2023-01-27',
    'B',
    2,
  ),
  caspianJan27: source(
    'Deadly Attack on Azerbaijani Embassy in Iran Leaves One Dead, Two Injured',
    'Caspian News',
    'https://caspiannews.com/news-detail/deadly-attack-on-azerbaijani-embassy-in-iran-leaves-one-dead-two-injured-2023-1-27-0/',
    '2023-01-27',
    'C',
    1,
  ),
  wionJan27: source(
    "Security chief of Azerbaijan's embassy in Iran killed in gun attack, Baku protests to Tehran",
    'WION (AFP)',
    'https://www.wionews.com/world/security-chief-of-azerbaijans-embassy-in-iran-killed-in-gun-attack-baku-protests-to-tehran-556594',
    '2023-01-27',
    'B',
    1,
  ),
  intellinewsJan27: source(
    'Gunman storms Azerbaijan’s Tehran embassy, kills head of security',
    'bne IntelliNews',
    'https://intellinews.com/gunman-storms-azerbaijan-s-tehran-embassy-kills-head-of-security-268182/?source=iran',
    '2023-01-27',
    'B',
    2,
  ),
  cradleJan27: source(
    'Gun attack on Azerbaijan embassy in Tehran kills security chief',
    'The Cradle',
    'https://thecradle.co/article-view/20826/shooting-at-azerbaijan-embassy-in-tehran-spikes-tensions',
    '2023-01-27',
    'C',
    1,
  ),
  caspianFeb2: source(
    'Azerbaijani Police Expose Iranian Spy Network in Azerbaijan',
    'Caspian News',
    'https://caspiannews.com/news-detail/azerbaijani-police-expose-iranian-spy-network-in-azerbaijan-2023-2-2-0/',
    '2023-02-02',
    'C',
    1,
  ),
  cradleFeb2: source(
    'Azerbaijani security forces arrest 39 linked to Iranian ‘espionage network’',
    'Hands Off Iran (The Cradle)',
    'https://handsoffiran.com/content/azerbaijani-security-forces-arrest-39-linked-iranian-%E2%80%98espionage-network%E2%80%99',
    '2023-02-02',
    'C',
    2,
  ),
  apaMar28: source(
    'Azerbaijani MP Fazil Mustafa shot-UPDATED',
    'APA',
    'https://apa.az/en/incident/azerbaijani-mp-fazil-mustafa-shot-updated-399615',
    '2023-03-28',
    'C',
    1,
  ),
  dtxMar29: source(
    'A criminal case has been initiated regarding the terrorist act committed against Mustafa Fazil Ghazanfar oglu',
    'State Security Service of Azerbaijan',
    'https://www.dtx.gov.az/en/news/1749.html',
    '2023-03-29',
    'B',
    1,
  ),
  reutersMar29: source(
    "Azerbaijan investigates 'terror attack' after lawmaker is shot and wounded",
    'Devdiscourse (Reuters)',
    'https://www.devdiscourse.com/article/law-order/2398020-azerbaijan-investigates-terror-attack-after-lawmaker-is-shot-and-wounded',
    '2023-03-29',
    'B',
    2,
  ),
  trendMar30: source(
    'Inauguration ceremony of Azerbaijani Embassy held in Tel Aviv',
    'Trend',
    'https://en.trend.az/azerbaijan/politics/3728529.html',
    '2023-03-30',
    'C',
    1,
  ),
  allisraelMar29: source(
    'Azerbaijani embassy opens in Tel Aviv amid high tensions with Iran',
    'All Israel News',
    'https://origin.allisrael.com/azerbaijani-embassy-opens-in-tel-aviv-amid-high-tensions-with-iran',
    '2023-03-29',
    'C',
    1,
  ),
  ffhMar31: source(
    'Iran lashes out as Azerbaijan opens embassy in Israel',
    'FFH Live',
    'https://ffhlive.com/iran-lashes-out-as-azerbaijan-opens-embassy-in-israel/',
    '2023-03-31',
    'C',
    2,
  ),
  turanApr3: source(
    "Iran's involvement in attempted murder of MP Fazil Mustafa has been confirmed",
    'Turan',
    'https://turan.az/ext/news/2023/4/free/politics_news/en/3104.htm',
    '2023-04-03',
    'C',
    3,
  ),
  reutersApr6: source(
    'Azerbaijan Expels Four Iranian Diplomats for ‘Provocative Actions’',
    'The Algemeiner (Reuters)',
    'https://www.algemeiner.com/2023/04/06/azerbaijan-expels-four-iranian-diplomats-for-provocative-actions/',
    '2023-04-06',
    'B',
    1,
  ),
  panarmenianApr8: source(
    'Iran slams expulsion of its diplomats from Azerbaijan',
    'PanArmenian (TASS)',
    'https://panarmenian.net/m/eng/news/306557',
    '2023-04-08',
    'C',
    1,
  ),
  minvalApr8: source(
    'Телефонный разговор министров иностранных дел Азербайджана и Ирана',
    'Minval',
    'https://minval.biz/news/124315822',
    '2023-04-08',
    'C',
    1,
  ),
  reutersMay5: source(
    'Iran expels four Azerbaijan diplomats in tit-for-tat move',
    'The Jerusalem Post (Reuters)',
    'https://www.jpost.com/international/article-742182',
    '2023-05-05',
    'B',
    1,
  ),
  iranintlMay5: source(
    'Iran Expels Four Azerbaijani Diplomats In Retaliatory Measure',
    'Iran International',
    'https://iranintl.com/en/202305059757',
    '2023-05-05',
    'B',
    1,
  ),
  ifpJun9: source(
    'Iran, Azerbaijan FMs keeping up interactions',
    'IFP News',
    'https://ifpnews.com/iran-azerbaijan-fms-keeping-up-interactions/',
    '2023-06-09',
    'C',
    1,
  ),
  tdiJun26: source(
    "Iran's Foreign Minster held telephonic talks with Azerbaijan's counterpart",
    'The Diplomatic Insight',
    'https://thediplomaticinsight.com/irans-foreign-minster-held-telephonic-talks-with-azerbaijans-counterpart/',
    '2023-06-26',
    'C',
    1,
  ),
  mehrJul5: source(
    'NAM special opportunity to enhance multilateralism: Iran FM',
    'Mehr News',
    'https://en.mehrnews.com/news/202824/NAM-special-opportunity-to-enhance-multilateralism-Iran-FM',
    '2023-07-05',
    'C',
    1,
  ),
  newsazJul27: source(
    'Azerbaijani, Iranian foreign ministers hold phone talks',
    'News.Az',
    'https://news.az/news/azerbaijani-iranian-foreign-ministers-hold-phone-talks-2',
    '2023-07-27',
    'C',
    1,
  ),
  sputnikOct2: source(
    'Иран приговорил к смертной казни напавшего на посольство Азербайджана',
    'Sputnik Kyrgyzstan (RIA Novosti, AzTV)',
    'https://ru.sputnik.kg/amp/20231002/iran-azerbaydzhan-posolstvo-napadenie-kazn-1079074155.html',
    '2023-10-02',
    'C',
    3,
  ),
  mfaAmOct23: source(
    'Joint Communique of the Second Meeting of the 3+3 Regional Platform',
    'Ministry of Foreign Affairs of Armenia',
    'https://www.mfa.am/en/press-releases/2023/10/23/joint_statement/12291',
    '2023-10-23',
    'A',
    1,
  ),
  asiaplusOct24: source(
    '3+3 platform stresses respect for territorial integrity in Caucasus',
    'Asia-Plus (IRNA, Reuters, TASS)',
    'https://asiaplustj.info/en/news/world/20231024/33-platform-stresses-respect-for-territorial-integrity-in-caucasus',
    '2023-10-24',
    'C',
    1,
  ),
  presidentAzMay19: source(
    'Speech by Ilham Aliyev at the ceremony to commission "Khudafarin" hydroelectric complex and inaugurate "Giz Galasi" hydroelectric complex',
    'President of the Republic of Azerbaijan',
    'https://president.az/en/articles/view/65938',
    '2024-05-19',
    'A',
    1,
  ),
  azerbaycan24May19: source(
    'Ceremony to commission Khudafarin hydroelectric complex and inaugurate Giz Galasi hydroelectric complex held',
    'Azerbaycan24',
    'https://www.azerbaycan24.com/en/ceremony-to-commission-khudafarin-hydroelectric-complex-and-inaugurate-giz-galasi-hydroelectric-complex-held/',
    '2024-05-19',
    'C',
    1,
  ),
  kayhanMay20: source(
    'Iran, Azerbaijan Inaugurate Major Joint Project',
    'Kayhan International',
    'https://kayhan.ir/en/news/127522',
    '2024-05-20',
    'C',
    1,
  ),
  presstvJul15: source(
    'Azerbaijan reopens embassy in Iran after more than a year of negotiations',
    'Press TV',
    'http://presstv.ir/Detail/2024/07/15/729374/Azerbaijan-embassy-Iran',
    '2024-07-15',
    'C',
    1,
  ),
  hurriyetJul15: source(
    'Azerbaijan reopens its embassy in Iran',
    'Hürriyet Daily News (AP)',
    'https://www.hurriyetdailynews.com/azerbaijan-reopens-its-embassy-in-iran-198502',
    '2024-07-15',
    'B',
    2,
  ),
  trtJul16: source(
    'Türkiye welcomes reopening of Azerbaijan’s embassy in Iran',
    'TRT World',
    'https://www.trtworld.com:443/article/18184247',
    '2024-07-16',
    'B',
    1,
  ),
} as const;

const events = [
  // ===== October – November 2022: the exercise, the summonses, the spy arrests =====
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '2022-10-15', recordedAt: rec('2022-10-17', '09:00') },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Iran – Azerbaijan: the embassy attack and the thaw, 2022–24',
      subject:
        'Relations between Iran and Azerbaijan from the IRGC exercise on the Aras border (October 2022) through the attack on Azerbaijan’s embassy in Tehran, the expulsions of diplomats and the spy arrests of 2023, to the thaw: ministers’ calls and meetings, the dams on the Aras commissioned by the two presidents and the embassy reopened (July 2024). Behind them: Azerbaijan’s ties with Israel, Iran’s ties with Armenia, the route through Armenia’s Syunik to Nakhchivan.',
      parties: [IRAN, AZERBAIJAN],
      mediators: [],
    },
    [S.caliberOct17, S.iranintlOct17],
  ),
  ev(
    'ActorRegistered',
    'actor-armenia',
    { occurredAt: '2022-10-15', recordedAt: rec('2022-10-17', '09:01') },
    { actor: ARMENIA, role: 'third-party' },
    [S.iranintlOct17],
  ),
  ev(
    'StatementMade',
    'stmt-amirabdollahian-oct15',
    { occurredAt: '2022-10-15', recordedAt: rec('2022-10-17', '09:02') },
    {
      speaker: AMIRABDOLLAHIAN,
      audience: 'azerbaijan',
      tone: 'critical',
      summary:
        'In a telephone call with Bayramov, Iran’s foreign minister voices Tehran’s concern over the presence of "foreign forces" in the Caucasus (the EU mission agreed on the Armenia – Azerbaijan border), which Tehran opposes.',
      quote:
        'That is a mutual concern of the regional countries and Tehran opposes the deployment of any foreign forces in the region',
    },
    [S.caliberOct17],
  ),
  ev(
    'IncidentReported',
    'inc-irgc-drill-oct17',
    { occurredAt: '2022-10-17', recordedAt: rec('2022-10-17', '12:00') },
    {
      incidentId: 'irgc-aras-drill-2022-10',
      kind: 'force-posture',
      perpetrator: 'iran',
      against: 'azerbaijan',
      place: ARAS_BORDER,
      description:
        'The IRGC Ground Force opens a three-day exercise ("IRGC Ground Force’s Might") along the borders of Azerbaijan and Armenia: heliborne and night operations, suicide drones, a temporary bridge over the Aras, seizure of heights and roads. Pakpour says it carries "peace and friendship" to neighbours and readiness "to respond decisively to any threat" to enemies.',
    },
    [S.iranintlOct17, S.caliberOct17, S.gnaOct17],
  ),
  ev(
    'StatementMade',
    'stmt-pakpour-oct17',
    { occurredAt: '2022-10-17', recordedAt: rec('2022-10-17', '12:01') },
    {
      speaker: PAKPOUR,
      audience: 'neighbouring states',
      tone: 'warning',
      summary:
        'The exercise is an annual mission; its message to neighbours is peace and lasting security, to enemies the readiness of the IRGC to defend the borders and respond decisively to any threat.',
    },
    [S.caliberOct17],
  ),
  ev(
    'StatementMade',
    'stmt-aliyev-drill-nov8',
    { occurredAt: '2022-11-08', recordedAt: rec('2022-11-11', '09:00') },
    {
      speaker: ALIYEV,
      audience: 'iran',
      tone: 'critical',
      summary:
        'Aliyev criticises the IRGC’s recent exercise on the border, and Iran’s back-to-back meetings with Armenian officials as excessive support for Yerevan.',
    },
    [S.kayhanNov11],
  ),
  ev(
    'StatementMade',
    'stmt-iran-summons-nov10',
    { occurredAt: '2022-11-10', recordedAt: rec('2022-11-11', '09:01') },
    {
      speaker: IR_MFA,
      audience: 'azerbaijan',
      tone: 'critical',
      summary:
        'Iran summons Azerbaijan’s ambassador, Ali Alizadeh, to protest the "unfriendly" statements of Azerbaijan’s senior officials and its media’s misinformation about Iran, and expects them to end as soon as possible.',
      quote:
        'We expect that this practice will end as soon as possible and necessary measures will be taken to prevent its repetition',
    },
    [S.kayhanNov11],
  ),
  ev(
    'StatementMade',
    'stmt-az-summons-nov11',
    { occurredAt: '2022-11-11', recordedAt: rec('2022-11-11', '15:00') },
    {
      speaker: AZ_MFA,
      audience: 'iran',
      tone: 'accusation',
      summary:
        'Azerbaijan summons Iran’s ambassador, Seyed Abbas Mousavi, over the Iranian media’s smear campaign and "the threatening rhetoric of high-ranking political and military representatives of Iran"; it demands the extradition of wanted Azerbaijani citizens sheltering in Iran and calls receiving separatists in Iranian embassies an unfriendly step.',
    },
    [S.trendNov11, S.azernewsNov11],
  ),
  ev(
    'StatementMade',
    'stmt-sss-spies-nov14',
    { occurredAt: '2022-11-14', recordedAt: rec('2022-11-22', '09:00') },
    {
      speaker: AZ_SSS,
      audience: 'iran',
      tone: 'accusation',
      summary:
        'The State Security Service says it has broken an Iranian spy network and arrested five Azerbaijani citizens for treason, among them a captain of the Caspian oil fleet, who gathered information on the army, its drones and the energy infrastructure for Iran’s intelligence; early in November it had announced the arrest of 19 people it said were trained and funded by Iran’s intelligence services.',
    },
    [S.iranwireNov22, S.miragenewsNov14],
    { cameo: '173', note: 'Arrests of alleged spies for the other party (CAMEO 173, arrest or detain).' },
  ),
  // ===== January – February 2023: the embassy attack =====
  ev(
    'ActorRegistered',
    'actor-gunman',
    { occurredAt: '2023-01-27', recordedAt: rec('2023-01-27', '12:00') },
    { actor: GUNMAN, role: 'third-party' },
    [S.intellinewsJan27],
  ),
  ev(
    'IncidentReported',
    'inc-embassy-attack',
    { occurredAt: '2023-01-27T04:30:00Z', recordedAt: rec('2023-01-27', '12:01') },
    {
      incidentId: EMBASSY_ATTACK,
      kind: 'militant-attack',
      perpetrator: 'yasin-hosseinzadeh',
      against: 'azerbaijan',
      allegedBy: 'azerbaijan',
      blamedOn: 'iran',
      target: 'The embassy’s guard post and security staff',
      place: EMBASSY_TEHRAN,
      fatalities: { min: 1, max: 1 },
      injured: { min: 2, max: 2 },
      description:
        'A man with a Kalashnikov rifle breaks through the guard post of Azerbaijan’s embassy in Tehran at about 08:00 local time, kills the head of security, Orkhan Asgarov, and wounds two guards before the staff disarm him; Tehran police arrest him. Azerbaijan calls it a terrorist attack and says all responsibility lies with Iran, which failed to protect the embassy despite its appeals; Iran’s police say his motive was personal.',
    },
    [S.apJan27, S.caspianJan27, S.wionJan27, S.intellinewsJan27],
  ),
  ev(
    'StatementMade',
    'stmt-aliyev-terror-jan27',
    { occurredAt: '2023-01-27', recordedAt: rec('2023-01-27', '12:02') },
    {
      speaker: ALIYEV,
      audience: 'iran',
      tone: 'accusation',
      summary:
        'Aliyev condemns "the act of terrorism" at the embassy and demands that it be investigated and the terrorists punished soon.',
      quote: 'We demand this terror act be investigated and the terrorists punished soon',
    },
    [S.caspianJan27, S.apJan27],
  ),
  ev(
    'StatementMade',
    'stmt-hajizada-jan27',
    { occurredAt: '2023-01-27', recordedAt: rec('2023-01-27', '12:03') },
    {
      speaker: HAJIZADA,
      audience: 'iran',
      tone: 'accusation',
      summary:
        'The foreign ministry says the attack was encouraged by the anti-Azerbaijani campaign in Iran and that Iran failed its duty under the Vienna Convention; it summons Iran’s ambassador, and announces that the embassy staff will be evacuated.',
      quote: 'All responsibility for the attack lies with Iran',
    },
    [S.wionJan27, S.caspianJan27],
  ),
  ev(
    'StatementMade',
    'stmt-iran-personal-jan27',
    { occurredAt: '2023-01-27', recordedAt: rec('2023-01-27', '12:04') },
    {
      speaker: AMIRABDOLLAHIAN,
      audience: 'azerbaijan',
      tone: 'conciliatory',
      summary:
        'Iran’s foreign minister says the evidence shows a wholly personal motive; Kanaani condemns the attack and sends condolences to the victim’s family and to Azerbaijan, saying the attacker was arrested at once.',
    },
    [S.wionJan27, S.cradleJan27],
  ),
  ev(
    'StatementMade',
    'stmt-az-evacuation-jan29',
    { occurredAt: '2023-01-29', recordedAt: rec('2023-02-02', '09:00') },
    {
      speaker: AZ_MFA,
      audience: 'iran',
      tone: 'critical',
      summary:
        'Azerbaijan evacuates the embassy’s staff and their families (53 people) from Tehran and suspends the embassy’s work, holding the Iranian authorities responsible for the attack.',
    },
    [S.caspianFeb2],
    { cameo: '161', note: 'The embassy evacuated and its work suspended (CAMEO 161, reduce diplomatic relations).' },
  ),
  ev(
    'StatementMade',
    'stmt-aliyev-feb1',
    { occurredAt: '2023-02-01', recordedAt: rec('2023-02-02', '09:01') },
    {
      speaker: ALIYEV,
      audience: 'iran',
      tone: 'accusation',
      summary:
        'In a video conference with Turkish officials, Aliyev says the terrorist act is being thoroughly investigated and that, although the attack took a long time, Iran’s police and security forces took no serious measures.',
      blames: { incidentId: EMBASSY_ATTACK, on: 'iran' },
    },
    [S.caspianFeb2],
  ),
  ev(
    'StatementMade',
    'stmt-mia-arrests-feb1',
    { occurredAt: '2023-02-01', recordedAt: rec('2023-02-02', '09:02') },
    {
      speaker: AZ_MIA,
      audience: 'iran',
      tone: 'accusation',
      summary:
        'The interior ministry detains 39 people, among them Matlab Baghirov, founder of the InterAz and SalamNews outlets, for carrying out assignments of the Iranian special services under the guise of religion and spreading propaganda for Iran.',
    },
    [S.caspianFeb2, S.cradleFeb2],
    { cameo: '173', note: 'Arrests of an alleged network of the other party (CAMEO 173, arrest or detain).' },
  ),
  ev(
    'StatementMade',
    'stmt-ghalibaf-feb',
    { occurredAt: '2023-02-01', precision: 'approximate', recordedAt: rec('2023-02-02', '09:03') },
    {
      speaker: GHALIBAF,
      audience: 'azerbaijan',
      tone: 'conciliatory',
      summary:
        'Iran’s parliament speaker says Tehran is "deeply sorry" for the attack and is investigating it accurately and comprehensively, though no proof has been found to consider it terrorism.',
    },
    [S.cradleFeb2],
  ),
  // ===== March – May 2023: the MP shot, the embassy in Israel, the expulsions =====
  ev(
    'IncidentReported',
    'inc-fazil-mustafa',
    { occurredAt: '2023-03-28T17:51:00Z', recordedAt: rec('2023-03-29', '09:00') },
    {
      incidentId: MP_ATTACK,
      kind: 'militant-attack',
      against: 'azerbaijan',
      target: 'Fazil Mustafa, member of the Milli Majlis and critic of Iran',
      place: ZABRAT,
      injured: { min: 1, max: 1 },
      description:
        'Unknown gunmen fire a Kalashnikov at the MP Fazil Mustafa outside his house; he is wounded in the shoulder and thigh. The State Security Service opens a case for a terrorist act and notes his critical views on Iran.',
    },
    [S.dtxMar29, S.apaMar28, S.reutersMar29],
  ),
  ev(
    'ActorRegistered',
    'actor-israel',
    { occurredAt: '2023-03-29', recordedAt: rec('2023-03-30', '09:00') },
    { actor: ISRAEL, role: 'third-party' },
    [S.trendMar30],
  ),
  ev(
    'ThirdPartyEngagement',
    'tpe-embassy-israel',
    { occurredAt: '2023-03-29', recordedAt: rec('2023-03-30', '09:01') },
    {
      actorId: 'azerbaijan',
      counterparts: ['israel'],
      kind: 'outreach',
      summary:
        'Bayramov opens Azerbaijan’s first embassy in Israel, in Tel Aviv, with Israel’s foreign minister Eli Cohen.',
    },
    [S.trendMar30, S.allisraelMar29],
  ),
  ev(
    'StatementMade',
    'stmt-cohen-mar29',
    { occurredAt: '2023-03-29', recordedAt: rec('2023-03-30', '09:02') },
    {
      speaker: COHEN,
      audience: 'iran',
      tone: 'critical',
      summary: 'Israel’s foreign minister says Israel and Azerbaijan share the same perception of the Iranian threat.',
      quote: 'Israel and Azerbaijan share the same perception of the Iranian threats',
    },
    [S.allisraelMar29],
  ),
  ev(
    'StatementMade',
    'stmt-heydari-mar30',
    { occurredAt: '2023-03-30', recordedAt: rec('2023-03-31', '12:00') },
    {
      speaker: HEYDARI,
      audience: 'azerbaijan',
      tone: 'accusation',
      summary:
        'Iran’s army commander is reported to say that Islamic State fighters fought alongside Azerbaijan in the 2020 war; Azerbaijan’s defence ministry calls it baseless and completely unacceptable.',
    },
    [S.ffhMar31],
  ),
  ev(
    'StatementMade',
    'stmt-iran-mfa-mar31',
    { occurredAt: '2023-03-31', recordedAt: rec('2023-03-31', '18:00') },
    {
      speaker: IR_MFA,
      audience: 'azerbaijan',
      tone: 'critical',
      summary:
        'Iran’s foreign ministry condemns the anti-Iranian words at the opening of the embassy in Israel and demands an explanation from Baku; Azerbaijan’s foreign ministry answers that Bayramov expressed no attitude against Iran and calls the statement another anti-Azerbaijani step.',
    },
    [S.ffhMar31],
  ),
  ev(
    'StatementMade',
    'stmt-sss-mustafa-apr3',
    { occurredAt: '2023-04-03', recordedAt: rec('2023-04-03', '18:00') },
    {
      speaker: AZ_SSS,
      audience: 'iran',
      tone: 'accusation',
      summary:
        'The State Security Service names the group that shot Fazil Mustafa — an organiser recruited in Qom and a gunman trained in Iran — and says the attack was carried out on the orders of Iran’s special services, with their financial and organisational support.',
      blames: { incidentId: MP_ATTACK, on: 'iran' },
    },
    [S.turanApr3],
  ),
  ev(
    'StatementMade',
    'stmt-az-expels-apr6',
    { occurredAt: '2023-04-06', recordedAt: rec('2023-04-06', '15:00') },
    {
      speaker: AZ_MFA,
      audience: 'iran',
      tone: 'accusation',
      summary:
        'Azerbaijan summons Iran’s ambassador over "the recent provocative actions" of his country, declares four Iranian diplomats persona non grata and gives them 48 hours to leave.',
    },
    [S.reutersApr6],
    { cameo: '161', note: 'Diplomats expelled (CAMEO 161, reduce diplomatic relations).' },
  ),
  ev(
    'StatementMade',
    'stmt-kanaani-apr7',
    { occurredAt: '2023-04-07', recordedAt: rec('2023-04-08', '09:00') },
    {
      speaker: KANAANI,
      audience: 'azerbaijan',
      tone: 'critical',
      summary:
        'Iran says the expulsion runs counter to good-neighbourly relations and calls on Baku to stay away from "the enemies of the region", the Zionists.',
      quote: 'Such conduct of the Azerbaijani government runs counter to the principles of good neighborly relations',
    },
    [S.panarmenianApr8],
  ),
  ev(
    'StatementMade',
    'stmt-fm-call-apr8',
    { occurredAt: '2023-04-08', recordedAt: rec('2023-04-08', '18:00') },
    {
      speaker: BAYRAMOV,
      audience: 'iran',
      tone: 'conciliatory',
      summary:
        'In calls on 7 and 8 April, Bayramov and Amir-Abdollahian express respect for each other’s territorial integrity and sovereignty, discuss the grievances and misunderstandings between the two in detail, stress continued talks to remove them, and agree to carry on existing projects.',
    },
    [S.minvalApr8],
  ),
  ev(
    'StatementMade',
    'stmt-iran-expels-may5',
    { occurredAt: '2023-05-05', recordedAt: rec('2023-05-05', '18:00') },
    {
      speaker: IR_MFA,
      audience: 'azerbaijan',
      tone: 'critical',
      summary:
        'Iran declares four Azerbaijani diplomats — two of the embassy in Tehran, two of the consulate in Tabriz — persona non grata, in answer to Baku’s expulsions of April (IRNA).',
    },
    [S.reutersMay5, S.iranintlMay5],
    { cameo: '161', note: 'Diplomats expelled (CAMEO 161, reduce diplomatic relations).' },
  ),
  // ===== June – October 2023: the calls and meetings =====
  ev(
    'StatementMade',
    'stmt-fm-call-jun8',
    { occurredAt: '2023-06-08', recordedAt: rec('2023-06-09', '09:00') },
    {
      speaker: AMIRABDOLLAHIAN,
      audience: 'azerbaijan',
      tone: 'conciliatory',
      summary:
        'In a long call, the two foreign ministers stress keeping up exchanges of technical and expert teams to overcome the problems, get rid of misunderstandings and put relations back on a natural path of good neighbourliness.',
    },
    [S.ifpJun9],
  ),
  ev(
    'StatementMade',
    'stmt-fm-call-jun25',
    { occurredAt: '2023-06-25', recordedAt: rec('2023-06-26', '09:00') },
    {
      speaker: BAYRAMOV,
      audience: 'iran',
      tone: 'conciliatory',
      summary:
        'In a call with Amir-Abdollahian, Bayramov thanks him for his constructive efforts to defuse the tensions and hopes the open issues will be resolved in the near future.',
    },
    [S.tdiJun26],
  ),
  ev(
    'StatementMade',
    'stmt-amirabdollahian-baku-jul5',
    { occurredAt: '2023-07-05', recordedAt: rec('2023-07-27', '17:00') },
    {
      speaker: AMIRABDOLLAHIAN,
      audience: 'azerbaijan',
      tone: 'conciliatory',
      summary:
        'In Baku for the ministerial meeting of the Non-Aligned Movement’s coordinating bureau, Amir-Abdollahian meets Aliyev and Bayramov; he says the visit serves Iran’s policy of neighbourliness.',
    },
    [S.mehrJul5, S.newsazJul27],
  ),
  ev(
    'StatementMade',
    'stmt-fm-call-jul27',
    { occurredAt: '2023-07-27', recordedAt: rec('2023-07-27', '18:00') },
    {
      speaker: BAYRAMOV,
      audience: 'iran',
      tone: 'conciliatory',
      summary:
        'The foreign ministers praise the high-level meetings and contacts of recent months, discuss the last meeting of the co-chairs of the joint economic commission, stress implementing the bilateral and regional agreements on economy and transport and resolving the open issues.',
    },
    [S.newsazJul27],
  ),
  ev(
    'StatementMade',
    'stmt-sentence-oct1',
    { occurredAt: '2023-10-01', recordedAt: rec('2023-10-02', '09:00') },
    {
      speaker: IR_JUDICIARY,
      audience: 'azerbaijan',
      tone: 'neutral',
      summary:
        'Azerbaijan’s state television reports that an Iranian court has sentenced Yasin Hosseinzadeh, the attacker of the embassy, to death; in early September Iran’s prosecutor general had sent the case to court.',
    },
    [S.sputnikOct2],
  ),
  ev(
    'ActorRegistered',
    'actor-russia',
    { occurredAt: '2023-10-23', recordedAt: rec('2023-10-24', '09:00') },
    { actor: RUSSIA, role: 'third-party' },
    [S.mfaAmOct23],
  ),
  ev(
    'ActorRegistered',
    'actor-turkiye',
    { occurredAt: '2023-10-23', recordedAt: rec('2023-10-24', '09:01') },
    { actor: TURKIYE, role: 'third-party' },
    [S.mfaAmOct23],
  ),
  ev(
    'StatementMade',
    'stmt-3plus3-oct23',
    { occurredAt: '2023-10-23', recordedAt: rec('2023-10-24', '09:02') },
    {
      speaker: AMIRABDOLLAHIAN,
      audience: 'South Caucasus states, Russia and Türkiye',
      tone: 'conciliatory',
      summary:
        'Iran hosts the second meeting of the 3+3 platform in Tehran with the foreign ministers of Azerbaijan, Armenia, Russia and Türkiye; the communiqué stresses good neighbourliness, territorial integrity and the prohibition of the threat or use of force. Amir-Abdollahian: "The war in South Caucasus has ended, and it is time for peace and cooperation."',
      quote: 'The war in South Caucasus has ended, and it is time for peace and cooperation',
    },
    [S.mfaAmOct23, S.asiaplusOct24],
  ),
  // ===== May – July 2024: the dams and the embassy =====
  ev(
    'AgreementReached',
    'agr-dams-may19',
    { occurredAt: '2024-05-19', recordedAt: rec('2024-05-20', '09:00') },
    {
      agreementId: DAMS,
      kind: 'partial',
      provisions: [
        'Commission the Khudafarin and inaugurate the Giz Galasi hydroelectric complexes on the Aras, built on the border for electricity and irrigation under the agreement of October 1977',
        'Share the energy of the complexes equally between the two countries (Aliyev at the ceremony)',
      ],
      signatories: ['azerbaijan', 'iran'],
      textPublic: false,
      status: 'in-force',
    },
    [S.azerbaycan24May19, S.kayhanMay20, S.presidentAzMay19],
    {
      occurrence: DAM_CEREMONY,
      note: 'The joint project put to work by the two presidents at the border; Raisi died in a helicopter crash on the way back from the ceremony the same day.',
    },
  ),
  ev(
    'StatementMade',
    'stmt-aliyev-dams-may19',
    { occurredAt: '2024-05-19', recordedAt: rec('2024-05-20', '09:01') },
    {
      speaker: ALIYEV,
      audience: 'iran',
      tone: 'conciliatory',
      summary:
        'At the ceremony, the first meeting of the two presidents at the border, Aliyev calls the border one of friendship and brotherhood and says the two presidents’ views coincide on international and regional security.',
      quote: 'Today, the whole world can see how strong Azerbaijan-Iran friendship is',
    },
    [S.presidentAzMay19],
    { occurrence: DAM_CEREMONY },
  ),
  ev(
    'StatementMade',
    'stmt-raisi-dams-may19',
    { occurredAt: '2024-05-19', recordedAt: rec('2024-05-20', '09:02') },
    {
      speaker: RAISI,
      audience: 'azerbaijan',
      tone: 'conciliatory',
      summary: 'Raisi says relations with Azerbaijan go beyond neighbourliness and are "unbreakable".',
      quote: 'This heartfelt relationship between the two countries and the two nations is unbreakable',
    },
    [S.kayhanMay20],
    { occurrence: DAM_CEREMONY },
  ),
  ev(
    'StatementMade',
    'stmt-az-embassy-reopened-jul15',
    { occurredAt: '2024-07-15', recordedAt: rec('2024-07-15', '18:00') },
    {
      speaker: AZ_MFA,
      audience: 'iran',
      tone: 'conciliatory',
      summary:
        'Following negotiations with Iran, Azerbaijan’s embassy in Tehran resumes its work at a new address; the ambassador and staff have returned, and Iran has taken measures to secure the building under the Vienna Convention. The ministry says it will help implement the agreements reached between the two countries.',
    },
    [S.presstvJul15, S.hurriyetJul15],
  ),
  ev(
    'StatementMade',
    'stmt-turkiye-welcomes-jul16',
    { occurredAt: '2024-07-16', recordedAt: rec('2024-07-16', '12:00') },
    {
      speaker: TR_MFA,
      audience: 'azerbaijan and iran',
      tone: 'conciliatory',
      summary:
        'Türkiye welcomes the resumption of the embassy’s work and calls the normalisation of relations between Azerbaijan and Iran important for the region’s stability.',
    },
    [S.trtJul16],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'iran-azerbaijan-2022.jsonl',
  logEnd: '2024-08-31T00:00:00Z',
  events,
};

export default definition;
