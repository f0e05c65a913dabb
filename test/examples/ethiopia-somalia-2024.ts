/**
 * A test fixture, not a shipped example: Ethiopia and Somalia over the
 * Ethiopia–Somaliland memorandum of understanding, January 2024 – March 2025,
 * as an analyst following the news could have recorded it — the memorandum
 * Ethiopia signed with Somaliland (1 January 2024: sea access and a leased
 * naval base in exchange for possible recognition); Somalia recalling its
 * ambassador and calling it "naked aggression" (2 January); the law nullifying
 * it (6 January); Hassan Sheikh Mohamud's "Somalia will defend itself" (20
 * February); the Ethiopian ambassador expelled and two consulates ordered shut
 * (4 April); Somalia's national security adviser: all Ethiopian troops must go
 * unless the memorandum is repealed (early June); the Ankara talks mediated by
 * Türkiye (1 July, 12–13 August) and the third round that did not meet
 * (September); Egypt's defence pact with Somalia (14 August) and its arms in
 * Mogadishu (27 August, 23 September), and Ethiopia's "cannot stand idle" (28
 * August); the Asmara summit (10 October); an Ethiopian diplomat expelled (29
 * October); the Ankara Declaration (11 December); the fighting in Doolow, Gedo
 * (23 December), which Somalia blamed on Ethiopian troops; the Ethiopian
 * defence minister in Mogadishu and Ethiopia's place in the new AU mission (2
 * January 2025); the restored diplomatic relations (11 January); the first
 * round of technical talks in Ankara (18 February) and Abiy Ahmed in
 * Mogadishu (27 February). Escalation model v2 was never tuned on it: it is
 * the case the model is held to in ethiopia-somalia-2024.spec.ts, against the
 * calls an analyst makes from DOMAIN.md §5b alone.
 *
 * What it tests that the other cases did not: a crisis between two
 * neighbours with (almost) no fighting between them — threats of self-defence,
 * an expelled ambassador, an arms pact with the other's rival, a conditional
 * demand that the other's troops leave — where the line lies between strained
 * and coercive; whether a mediated declaration being implemented reaches
 * cooperative; and what an allegation that the other's troops took part in a
 * third party's clash reads.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source.
 *
 * Grading as in examples/README.md: B = established outlet or wire copy
 * (Reuters, AP, AFP, Anadolu, dpa, TRT, Daily Sabah, Hürriyet Daily News, The
 * National, Arab News, DW, Addis Standard via AllAfrica), C = smaller outlet,
 * aggregator or mirror of a wire story (Hiiraan, Horn Diplomat, MENAFN, UNA,
 * Pulse, Afrireporters, US Africa Online, UrduPoint, GhanaWeb, the Somali
 * Media and news-site copies); 1 = the text of a joint statement both parties
 * published; 2 = several outlets agree or one established outlet reports an
 * on-record statement; 3 = one side's unverified account of the other
 * (Somalia's account of Doolow, Ethiopia's account of its position in
 * January 2024). No A grades: no primary document is cited. Where the page's
 * own title was not kept, the title given is a short description of the
 * report (AllAfrica's copies of 23 and 27 February 2025, TRT Afrika of 3 June
 * 2024, Somali Media of 23 December 2024).
 *
 * Judgement calls, recorded as an analyst would:
 * - Parties: Ethiopia and the Federal Government of Somalia. Somaliland (the
 *   other signatory of the memorandum), Egypt, Eritrea and Jubaland (a Somali
 *   federal member state at odds with Mogadishu) are third parties; Türkiye
 *   mediates from the first Ankara round (1 July 2024).
 * - The memorandum itself is Ethiopia's engagement with a third party
 *   (ThirdPartyEngagement), not an act of force; Somalia's answers to it
 *   (recall of its ambassador, "naked aggression", the nullifying law) are
 *   accusations. Its demand that Ethiopia renounce the memorandum is tabled on
 *   2 January; Ethiopia's answer that the deal harms no one is recorded as its
 *   rejection (one outlet, C3).
 * - Threats. Hassan Sheikh Mohamud's "if they come into the country, Somalia
 *   will do everything that it can to defend itself" (20 February 2024) is
 *   deterrence against an entry, not a threat to attack: a `warning`, as the
 *   GERD case recorded Abiy's "think ten times". The same holds for the
 *   cabinet's "defend every inch … by all legal means" (2 January), and for
 *   Ethiopia's "will take any necessary measures" (15 August) and "cannot
 *   stand idle … must accept the serious ramifications" (28 August): none
 *   names force against the other.
 * - The expulsions. Sending Ethiopia's ambassador home and ordering the
 *   consulates in Hargeisa and Garowe shut (4 April 2024), and declaring an
 *   Ethiopian counsellor persona non grata (29 October), are Somalia's
 *   statements (`accusation`: interference in its internal affairs) coded 161
 *   (reduce or break diplomatic relations). An order to a diplomat to leave
 *   within 72 hours is not an ultimatum to the other party, and closing
 *   consulates is not closing a border.
 * - The ultimatum. Somalia's national security adviser told Reuters that "if
 *   they do not repeal the agreement before the end of June, or when the new
 *   mandate of the mission is decided, all Ethiopian troops, ATMIS and
 *   bilateral, will have to go": a demand, a deadline and a consequence, so an
 *   `UltimatumIssued` by Somalia to Ethiopia enforcing the demand to renounce
 *   the memorandum, dated approximately to the report (3 June; he had posted
 *   the end-of-December exit on 1 June). No deadline is recorded: the
 *   statement gives two, and the later (the new mission's mandate, decided in
 *   December) is the one Somalia kept to — Reuters still reported the threat
 *   to expel the troops "by the end of the year" in September, and Somalia's
 *   foreign ministry excluded them from the new mission on 23 October. It is
 *   recorded `withdrawn` on 11 December with the Ankara Declaration, in which
 *   Somalia acknowledged the Ethiopian troops' sacrifices in the AU missions
 *   and both agreed to leave the contentious issues behind (on 2 January
 *   2025 the two agreed that Ethiopia takes part in the new mission).
 * - Rounds. The first Ankara round (1 July) ended with a joint statement, a
 *   "candid, cordial" exchange and the next round set: `progress`. The second
 *   (12–13 August) ended without an agreement, but Türkiye and both ministers
 *   spoke of progress and set a third round: `progress`. The third (17
 *   September) did not meet — Reuters says cancelled, Addis Standard
 *   postponed for the General Assembly; Türkiye went on mediating separately:
 *   `TalksRoundPostponed`, no new date, not collapsed talks. The Ankara summit
 *   of 11 December is a round concluded with an `agreement` (the Ankara
 *   Declaration, `framework`, text public), and being implemented from then:
 *   relations restored, the technical talks held in February.
 * - Egypt. The pact (14 August) and the two deliveries of arms and officers
 *   to Mogadishu (27 August, 23 September) are Egypt's support for Somalia, a
 *   third party's engagement; they are not force between Ethiopia and
 *   Somalia. Ethiopia's answers are its statements.
 * - Doolow, 23 December 2024. Somali federal forces and Jubaland's forces
 *   fought in Doolow (Gedo). Somalia's foreign ministry says Ethiopian forces
 *   launched an "unprovoked and unexpected attack" on the army, intelligence
 *   and police bases there, with fatalities; Jubaland's officials say
 *   Ethiopian forces stepped in to protect its delegation; Ethiopia's foreign
 *   ministry says the allegation "is not true" and blames "spoilers of peace".
 *   Both Somali accounts put Ethiopian troops in the fight against federal
 *   forces, so the analyst records the attack as alleged: one `clash` in
 *   Doolow by Ethiopia against Somalia, `allegedBy` Somalia, graded B3/C3 (one
 *   side's account, denied). No count of the dead was given: fatalities are
 *   left out. Somalia's condemnation shares the clash's `occurrence` key (one
 *   fact). The federal–Jubaland fighting is not recorded on its own: Jubaland
 *   is not a party, and the only fact between the pair is the alleged
 *   Ethiopian part.
 * - Left out: the Somali presidential adviser's "ready for a war if Abiy
 *   wants a war" (January 2024: one partisan outlet, no date), Hassan Sheikh's
 *   account of being stopped at the AU summit (February 2024), Somalia's
 *   accusations about arms sent to Puntland, the Somali prime minister's
 *   "annex" speech at the General Assembly (no dated copy kept), the army
 *   chiefs' meeting in Mogadishu (22 February 2025), and the new Ethiopian
 *   ambassador's credentials (August 2025, after the case's window). Days
 *   with nothing recorded are not days with nothing said.
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'ethiopia-somalia-2024';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 2024);
/** A recordedAt on a given day, UTC (the case runs over two years). */
const rec = (day: string, time = '12:00'): string => `${day}T${time}:00Z`;

const ETHIOPIA: Actor = {
  id: 'ethiopia',
  name: 'Federal Democratic Republic of Ethiopia',
  kind: 'state',
  aliases: ['Ethiopia', 'Addis Ababa'],
};
const SOMALIA: Actor = {
  id: 'somalia',
  name: 'Federal Republic of Somalia',
  kind: 'state',
  aliases: ['Somalia', 'Mogadishu', 'Federal Government of Somalia'],
};
const SOMALILAND: Actor = {
  id: 'somaliland',
  name: 'Somaliland',
  kind: 'de-facto-authority',
  aliases: ['Republic of Somaliland', 'Hargeisa'],
};
const TURKIYE: Actor = { id: 'turkiye', name: 'Republic of Türkiye', kind: 'state', aliases: ['Turkey', 'Ankara'] };
const EGYPT: Actor = { id: 'egypt', name: 'Arab Republic of Egypt', kind: 'state', aliases: ['Egypt', 'Cairo'] };
const ERITREA: Actor = { id: 'eritrea', name: 'State of Eritrea', kind: 'state', aliases: ['Asmara'] };
const JUBALAND: Actor = {
  id: 'jubaland',
  name: 'Jubaland State of Somalia',
  kind: 'de-facto-authority',
  aliases: ['Jubaland', 'Kismayo'],
};

const HSM: Person = { name: 'Hassan Sheikh Mohamud', title: 'President of Somalia', actorId: 'somalia' };
const SOMALIA_GOV: Person = { name: 'Council of Ministers of Somalia (statement)', actorId: 'somalia' };
const SOMALIA_MFA: Person = {
  name: 'Ministry of Foreign Affairs and International Cooperation of Somalia (statement)',
  actorId: 'somalia',
};
const SHEIKH_ALI: Person = {
  name: 'Hussein Sheikh-Ali',
  title: 'National Security Adviser of Somalia',
  actorId: 'somalia',
};
const FIQI: Person = { name: 'Ahmed Moallim Fiqi', title: 'Foreign Minister of Somalia', actorId: 'somalia' };
const ALI_OMAR: Person = {
  name: 'Ali Mohamed Omar',
  title: 'State Minister for Foreign Affairs of Somalia',
  actorId: 'somalia',
};
const ABIY: Person = { name: 'Abiy Ahmed', title: 'Prime Minister of Ethiopia', actorId: 'ethiopia' };
const ETHIOPIA_MFA: Person = { name: 'Ministry of Foreign Affairs of Ethiopia (statement)', actorId: 'ethiopia' };
const NEBIYU: Person = {
  name: 'Nebiyu Tedla',
  title: 'Spokesperson of the Ministry of Foreign Affairs of Ethiopia',
  actorId: 'ethiopia',
};
const TAYE: Person = { name: 'Taye Atske Selassie', title: 'Foreign Minister of Ethiopia', actorId: 'ethiopia' };
const GEDION: Person = { name: 'Gedion Timothewos', title: 'Foreign Minister of Ethiopia', actorId: 'ethiopia' };
const AISHA: Person = { name: 'Aisha Mohammed', title: 'Defence Minister of Ethiopia', actorId: 'ethiopia' };
const ERDOGAN: Person = { name: 'Recep Tayyip Erdoğan', title: 'President of Türkiye', actorId: 'turkiye' };

const S = {
  urdupointJan2: source(
    'Somalia vows to defend sovereignty after Ethiopia-Somaliland deal',
    'UrduPoint (APP/AFP)',
    'https://www.urdupoint.com/en/world/somalia-vows-to-defend-sovereignty-after-ethi-1782097.html',
    '2024-01-02',
    'C',
    2,
  ),
  ghanawebJan2: source(
    'Somalia recalls ambassador in Ethiopia over sea access deal',
    'GhanaWeb (BBC)',
    'https://ghanaweb.com/GhanaHomePage/africa/Somalia-recalls-ambassador-in-Ethiopia-over-sea-access-deal-1906799',
    '2024-01-02',
    'C',
    2,
  ),
  usafricaJan2: source(
    "Somalia recalls Ambassador over Ethiopia's Somaliland port deal",
    'US Africa Online',
    'https://usafricaonline.com/2024/01/02/somalia-recalls-ambassador-over-ethiopias-somaliland-port-deal/',
    '2024-01-02',
    'C',
    2,
  ),
  pulseJan7: source(
    'Somalia declares Ethiopia-Somaliland port agreement illegal and nullifies deal',
    'Pulse Kenya',
    'https://www.pulselive.co.ke/business/international/somalia-declares-ethiopia-somaliland-port-agreement-illegal-and-nullifies-deal/mnyw37s',
    '2024-01-07',
    'C',
    2,
  ),
  afrireportersJan7: source(
    'Somalia: President Hassan Sheikh signs law invalidating Somaliland-Ethiopia Sea deal',
    'Afrireporters',
    'https://afrireporters.com/2024/01/07/somalia-president-hassan-sheikh-signs-law-invalidating-somaliland-ethiopia-sea-deal',
    '2024-01-07',
    'C',
    2,
  ),
  shinnJan8: source(
    'Somali President Nullifies Ethiopia-Somaliland Deal',
    'David Shinn blog (Reuters summary)',
    'https://davidshinn.blogspot.com/2024/01/somali-president-nullifies-ethiopia.html',
    '2024-01-08',
    'C',
    2,
  ),
  starFeb23: source(
    "Somalia will defend itself if Ethiopia seals 'illegal' port deal, president says",
    'The Star (Reuters)',
    'https://thestar.com.my/news/world/2024/02/23/somalia-will-defend-itself-if-ethiopia-seals-039illegal039-port-deal-president-says',
    '2024-02-23',
    'B',
    2,
  ),
  gcaptainFeb24: source(
    "Somalia Will Defend Itself If Ethiopia Seals 'Illegal' Port Deal, President Says",
    'gCaptain (Reuters)',
    'https://gcaptain.com/somalia-will-defend-itself-if-ethiopia-seals-illegal-port-deal-president-says/',
    '2024-02-24',
    'C',
    2,
  ),
  reutersApr4: source(
    'Somalia sends home Ethiopian ambassador over port deal -officials',
    'Hellenic Shipping News (Reuters)',
    'https://www.hellenicshippingnews.com/somalia-sends-home-ethiopian-ambassador-over-port-deal-officials/',
    '2024-04-04',
    'B',
    2,
  ),
  gnaApr5: source(
    'Somalia closes Ethiopian diplomatic missions and expels ambassador',
    'Ghana News Agency (dpa)',
    'https://gna.org.gh/2024/04/somalia-closes-ethiopian-diplomatic-missions-and-expels-ambassador/',
    '2024-04-05',
    'B',
    2,
  ),
  hiiraanApr6: source(
    'Somalia orders closure of 2 Ethiopian consulates amid diplomat spat',
    'Hiiraan Online (Xinhua)',
    'https://www.hiiraan.com/news4/2024/Apr/195750/somalia_orders_closure_of_2_ethiopian_consulates_amid_diplomat_spat.aspx',
    '2024-04-06',
    'C',
    2,
  ),
  azernewsJun2: source(
    'Somalia Demands Ethiopia To Withdraw Troops From Somali Territory By Year-End',
    'MENAFN (AzerNews)',
    'https://menafn.com/1108287173/Somalia-Demands-Ethiopia-To-Withdraw-Troops-From-Somali-Territory-By-Year-End',
    '2024-06-02',
    'C',
    2,
  ),
  trtJun3: source(
    'Somalia says it will expel Ethiopian troops unless the Somaliland port deal is scrapped (Reuters)',
    'TRT Afrika',
    'https://trt.global/afrika-english/article/18169340',
    '2024-06-03',
    'B',
    2,
  ),
  trtJul2: source(
    'Second round of talks between Ethiopia, Somalia set — Turkish FM',
    'TRT World',
    'https://www.trtworld.com/article/18179183',
    '2024-07-02',
    'B',
    2,
  ),
  waltaJul26: source(
    'Ethiopia Closely Following the Repeated Provocative Statement by the Government of Somalia –MFA of Ethiopia',
    'Walta Information Center',
    'https://waltainfo.com/?p=147146',
    '2024-07-26',
    'B',
    2,
  ),
  sabahAug12: source(
    'Turkish FM hosts counterparts as Somalia, Ethiopia renew talks',
    'Daily Sabah',
    'https://www.dailysabah.com/politics/diplomacy/turkish-fm-hosts-counterparts-as-somalia-ethiopia-renew-talks',
    '2024-08-12',
    'B',
    2,
  ),
  hurriyetAug12: source(
    'Turkish top diplomat meets Ethiopian, Somali counterparts',
    'Hürriyet Daily News',
    'https://www.hurriyetdailynews.com/turkish-top-diplomat-meets-ethiopian-somali-counterparts-199434',
    '2024-08-12',
    'B',
    2,
  ),
  aantvAug13: source(
    'No deal yet in Turkish-mediated talks between Somalia and Ethiopia over Somaliland port agreement',
    'AAN TV (Reuters)',
    'https://aantv.africa/2024/08/13/no-deal-yet-in-turkish-mediated-talks-between-somalia-and-ethiopia-over-somaliland-port-agreement',
    '2024-08-13',
    'C',
    2,
  ),
  tmcAug14: source(
    'Turkey to host third round of Somalia-Ethiopia talks on 17 September',
    'TMC24 News',
    'https://tmc24news.com/en/2024/08/14/turkey-to-host-third-round-of-somalia-ethiopia-talks-on-17-september',
    '2024-08-14',
    'C',
    2,
  ),
  trtAfrikaAug14: source(
    'Egypt, Somalia sign defence pact',
    'TRT Afrika (Anadolu)',
    'https://trt.global/afrika-english/article/18195986',
    '2024-08-14',
    'B',
    2,
  ),
  nationalAug14: source(
    'Egypt and Somalia sign military co-operation protocol in Cairo',
    'The National',
    'https://www.thenationalnews.com/news/mena/2024/08/14/egypt-and-somalia-sign-military-co-operation-protocol-in-cairo',
    '2024-08-14',
    'B',
    2,
  ),
  ethionegariAug16: source(
    'Ethiopia warns of potential actions to protect national interests in Somalia',
    'Ethio Negari',
    'https://ethionegari.com/2024/08/16/ethiopia-warns-of-potential-actions-to-protect-national-interests-in-somalia',
    '2024-08-16',
    'C',
    2,
  ),
  lbcAug28: source(
    'Egypt sends military aid to Somalia following security pact',
    'LBC (Reuters)',
    'https://www.lbcgroup.tv/news/middleeastnews/792612/egypt-sends-military-aid-to-somalia-following-security-pact/en',
    '2024-08-28',
    'C',
    2,
  ),
  hiiraanAug28: source(
    'Egyptian military aircraft arrive in Mogadishu as growing tensions in Horn of Africa',
    'Hiiraan Online',
    'https://www.hiiraan.com/news4/2024/aug/197739/egyptian_military_aircraft_arrive_in_mogadishu_as_growing_tensions_in_horn_of_africa.aspx',
    '2024-08-28',
    'C',
    2,
  ),
  allafricaAug29: source(
    "East Africa: Ethiopia Says Atmis Transition 'Fraught With Dangers', Warns It 'Cannot Stand Idle' While 'Actors Taking Measures to Destabilize' the Horn",
    'AllAfrica (Addis Standard)',
    'https://allafrica.com/stories/202408290004.html',
    '2024-08-29',
    'B',
    2,
  ),
  latestAug29: source(
    'Ethiopia says it cannot stand idly by in the face of attempts to destabilize the region',
    'The Latest News (Europa Press)',
    'https://thelatestnews.world/ethiopia-says-it-cannot-stand-idly-by-in-the-face-of-attempts-to-destabilize-the-region',
    '2024-08-29',
    'C',
    2,
  ),
  dhacdoSep19: source(
    'Türkiye to meet Somalia, Ethiopia separately before further mediation',
    'Dhacdo (Reuters)',
    'http://dhacdo.net/turkiye-to-meet-somalia-ethiopia-separately-before-further-mediation/',
    '2024-09-19',
    'C',
    2,
  ),
  arabnewsSep24: source(
    'Ethiopia worried over arms supplied to Somalia, state news agency says',
    'Arab News (Reuters)',
    'https://arabnews.com/node/2572568/amp',
    '2024-09-24',
    'B',
    2,
  ),
  menafnOct10: source(
    'Eritrea, Egypt and Somalia leaders issue joint communiqué affirming regional stability and cooperation',
    'MENAFN',
    'https://menafn.com/1108767724/Eritrea-Egypt-And-Somalia-Leaders-Issue-Joint-Communique%CC%81-Affirming-Regional-Stability-And-Cooperation',
    '2024-10-10',
    'C',
    2,
  ),
  standardOct30: source(
    'Somalia expels Ethiopian diplomat',
    'The Standard (AFP)',
    'https://thestandard.ke/business/amp/africa/article/2001505546/somalia-expels-ethiopian-diplomat',
    '2024-10-30',
    'B',
    2,
  ),
  unaDec12: source(
    'Somali-Ethiopian agreement to renounce differences',
    'UNA (QNA)',
    'https://una-oic.org/en/ALL/2024/12/12/Somali-Ethiopian-agreement-to-renounce-differences/',
    '2024-12-12',
    'C',
    1,
  ),
  somaliagateDec12: source(
    'إعلان أنقرة: اتفاق صومالي إثيوبي على نبذ الخلافات',
    'Somalia Gate',
    'https://somaliagate.com/2024/12/12/%D8%A5%D8%B9%D9%84%D8%A7%D9%86-%D8%A3%D9%86%D9%82%D8%B1%D8%A9-%D8%A7%D8%AA%D9%81%D8%A7%D9%82-%D8%B5%D9%88%D9%85%D8%A7%D9%84%D9%8A-%D8%A5%D8%AB%D9%8A%D9%88%D8%A8%D9%8A-%D8%B9%D9%84%D9%89-%D9%86%D8%A8/',
    '2024-12-12',
    'C',
    1,
  ),
  somalimediaDec23: source(
    'Somalia condemns "egregious act of aggression" by Ethiopian forces in Dolow',
    'Somali Media',
    'https://somalimedia.uk/?p=289',
    '2024-12-23',
    'C',
    3,
  ),
  hiiraanDec24: source(
    'Ethiopia denies Somali allegations of attack in Gedo region',
    'Hiiraan Online',
    'https://test.hiiraan.com/news4/2024/Dec/199514/ethiopia_denies_somali_allegations_of_attack_in_gedo_region.aspx',
    '2024-12-24',
    'C',
    2,
  ),
  horndiplomatDec24: source(
    'Ethiopia Denies Allegations from Somalia on Doolow Incident, Reaffirms Commitment to Peace',
    'Horn Diplomat',
    'https://www.horndiplomat.com/2024/12/24/ethiopia-denies-allegations-from-somalia-on-doolow-incident-reaffirms-commitment-to-peace/',
    '2024-12-24',
    'C',
    2,
  ),
  addisStandardDec24: source(
    "Ethiopia denies Somalia's accusation of attack, blames 'spoilers of peace' for Doolow incident",
    'Addis Standard',
    'https://addisstandard.com/ethiopia-denies-somalias-accusation-of-attack-blames-spoilers-of-peace-for-doolow-incident/?amp=1',
    '2024-12-24',
    'B',
    2,
  ),
  dwJan3: source(
    'Ethiopia yaunga mkono kikosi kipya cha kulinda amani Somalia',
    'DW Kiswahili',
    'https://amp.dw.com/sw/ethiopia-yaunga-mkono-kikosi-kipya-cha-kulinda-amani-somalia/a-71212045',
    '2025-01-03',
    'B',
    2,
  ),
  horndiplomatJan11: source(
    'Somalia, Ethiopia agree to restore bilateral relations',
    'Horn Diplomat',
    'https://horndiplomat.com/2025/01/11/somalia-ethiopia-agree-to-restore-bilateral-relations',
    '2025-01-11',
    'C',
    1,
  ),
  wtopFeb18: source(
    'Ethiopia and Somalia hold a first round of technical talks in Turkey toward resolving their dispute',
    'WTOP (AP)',
    'https://wtop.com/world/2025/02/ethiopia-and-somalia-hold-a-first-round-of-technical-talks-in-turkey-toward-resolving-their-dispute/',
    '2025-02-18',
    'B',
    2,
  ),
  sabahFeb18: source(
    'Türkiye hosts 1st round of Somalia-Ethiopia technical talks',
    'Daily Sabah',
    'https://www.dailysabah.com/politics/diplomacy/turkiye-hosts-1st-round-of-somalia-ethiopia-technical-talks',
    '2025-02-18',
    'B',
    2,
  ),
  allafricaFeb27: source(
    'Somalia: Ethiopian Prime Minister Abiy Ahmed arrives in Mogadishu for high-level talks',
    'AllAfrica',
    'https://allafrica.com/stories/202502270373.html',
    '2025-02-27',
    'B',
    2,
  ),
};

/** Round ids. */
const R = {
  ankara1: 'ankara-2024-07',
  ankara2: 'ankara-2024-08',
  ankara3: 'ankara-2024-09',
  ankaraSummit: 'ankara-summit-2024-12',
  mogadishuDefence: 'mogadishu-defence-2025-01',
  addisSummit: 'addis-ababa-summit-2025-01',
  technical1: 'ankara-technical-2025-02',
  mogadishuSummit: 'mogadishu-summit-2025-02',
};
/** Demand ids. */
const D = {
  renounce: 'renounce-somaliland-mou',
};
const ULTIMATUM = 'ethiopian-troops-out-2024';
const DECLARATION = 'ankara-declaration-2024';
const RELATIONS = 'full-diplomatic-relations-2025';
/** Occurrence keys: developments that report one occurrence. */
const O = {
  ankaraSummit: 'ankara-summit-2024-12-11',
  doolow: 'doolow-2024-12-23',
  addisSummit: 'addis-ababa-summit-2025-01-11',
};

const events = [
  // ===== January – April 2024: the memorandum and Somalia's answers =====
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '2024-01-01', recordedAt: rec('2024-01-02', '10:00') },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Ethiopia – Somalia over the Somaliland memorandum, 2024–25',
      subject:
        "The memorandum of understanding Ethiopia signed with Somaliland (sea access and a leased naval base in exchange for possible recognition), which Somalia calls a violation of its sovereignty — from Somalia's answers and the Turkish-mediated Ankara talks to the Ankara Declaration and the technical talks on Ethiopia's access to the sea under Somalia's sovereignty",
      parties: [ETHIOPIA, SOMALIA],
      mediators: [],
    },
    [S.urdupointJan2],
    { note: 'Dated to the memorandum, the first development the case covers.' },
  ),
  ev(
    'ActorRegistered',
    'actor-somaliland',
    { occurredAt: '2024-01-01', recordedAt: rec('2024-01-02', '10:01') },
    { actor: SOMALILAND, role: 'third-party' },
    [S.urdupointJan2],
  ),
  ev(
    'ThirdPartyEngagement',
    'tpe-mou',
    { occurredAt: '2024-01-01', recordedAt: rec('2024-01-02', '10:02') },
    {
      actorId: 'ethiopia',
      counterparts: ['somaliland'],
      kind: 'meeting',
      summary:
        'Abiy Ahmed and Muse Bihi Abdi sign a memorandum of understanding in Addis Ababa: Ethiopia to lease 20 km of Somaliland coast for 50 years for its navy and commercial use, with access to Berbera; Somaliland says Ethiopia will recognise it in return.',
    },
    [S.urdupointJan2, S.ghanawebJan2],
  ),
  ev(
    'StatementMade',
    'stmt-somalia-cabinet-jan2',
    { occurredAt: '2024-01-02', recordedAt: rec('2024-01-02', '18:00') },
    {
      speaker: SOMALIA_GOV,
      audience: 'ethiopia',
      tone: 'accusation',
      summary:
        'After an emergency cabinet meeting: the memorandum is "naked aggression", a clear violation of Somalia\'s sovereignty and unity, "null and void with no legal basis"; Somalia recalls its ambassador from Addis Ababa for consultations, asks the UN Security Council and the AU to meet, and will defend its territory by "all legal means"; Prime Minister Barre: "We will not allow an inch of land, sea, and skies to be violated."',
    },
    [S.urdupointJan2, S.ghanawebJan2, S.usafricaJan2],
  ),
  ev(
    'DemandTabled',
    'dem-renounce',
    { occurredAt: '2024-01-02', recordedAt: rec('2024-01-02', '18:05') },
    {
      demandId: D.renounce,
      by: 'somalia',
      addressedTo: ['ethiopia'],
      text: "Ethiopia renounces the memorandum of understanding with Somaliland and respects Somalia's sovereignty and territorial integrity.",
      category: 'territorial',
    },
    [S.urdupointJan2, S.usafricaJan2],
  ),
  ev(
    'StatementMade',
    'stmt-hsm-law-jan6',
    { occurredAt: '2024-01-06', recordedAt: rec('2024-01-07', '12:00') },
    {
      speaker: HSM,
      audience: 'ethiopia',
      tone: 'accusation',
      summary:
        'Signs the law passed by parliament nullifying the memorandum: "This evening, I signed the law nullifying the illegal MoU between the Gov\'t of Ethiopia & Somaliland … an illustration of our commitment to safeguard our unity, sovereignty & territorial integrity as per international law."',
    },
    [S.pulseJan7, S.afrireportersJan7],
  ),
  ev(
    'PositionTaken',
    'pos-ethiopia-renounce-jan',
    { occurredAt: '2024-01-07', precision: 'approximate', recordedAt: rec('2024-01-08', '12:00') },
    {
      demandId: D.renounce,
      actorId: 'ethiopia',
      stance: 'rejected',
      conditions: 'Ethiopia keeps the memorandum and says no party or country will be adversely affected by it.',
    },
    [graded(S.afrireportersJan7, 3), S.shinnJan8],
    { note: "Ethiopia's answer has no day in the sources; dated approximately to the report." },
  ),
  ev(
    'StatementMade',
    'stmt-hsm-reuters-feb20',
    { occurredAt: '2024-02-20', recordedAt: rec('2024-02-24', '12:00') },
    {
      speaker: HSM,
      audience: 'ethiopia',
      tone: 'warning',
      summary:
        'In an interview with Reuters: "If Ethiopia insists, Somalia will resist and will refuse … If they come into the country, Somalia will do everything that it can to defend itself"; he will only talk with Abiy once Ethiopia renounces its intention "to take part of our country"; he does not plan to expel the 3,000 Ethiopian soldiers of the AU mission.',
    },
    [S.starFeb23, S.gcaptainFeb24],
  ),
  ev(
    'StatementMade',
    'stmt-somalia-expels-apr4',
    { occurredAt: '2024-04-04', recordedAt: rec('2024-04-04', '20:00') },
    {
      speaker: SOMALIA_GOV,
      audience: 'ethiopia',
      tone: 'accusation',
      summary:
        'The cabinet sends Ethiopia\'s ambassador, Muktar Mohamed Ware, home "for consultations" and orders the Ethiopian consulates in Hargeisa (Somaliland) and Garowe (Puntland) closed within a week: "The plain interference of Ethiopia\'s Government in the internal affairs of Somalia is a violation of the independence and sovereignty of Somalia"; it follows Ethiopia\'s meeting with Puntland\'s finance minister.',
    },
    [S.reutersApr4],
    { cameo: '161' },
  ),
  ev(
    'StatementMade',
    'stmt-nebiyu-apr4',
    { occurredAt: '2024-04-04', recordedAt: rec('2024-04-06', '12:00') },
    {
      speaker: NEBIYU,
      tone: 'neutral',
      summary: 'Ethiopia has no information on the expulsion.',
    },
    [S.reutersApr4, S.gnaApr5, S.hiiraanApr6],
  ),
  // ===== June 2024: the ultimatum on the troops =====
  ev(
    'UltimatumIssued',
    'ult-troops',
    { occurredAt: '2024-06-03', precision: 'approximate', recordedAt: rec('2024-06-03', '18:00') },
    {
      ultimatumId: ULTIMATUM,
      by: 'somalia',
      to: ['ethiopia'],
      demandIds: [D.renounce],
      consequences:
        '"If they do not repeal the agreement before the end of June, or when the new mandate of the mission is decided, all Ethiopian troops, ATMIS and bilateral, will have to go … Ethiopia cannot be an ally and at the same time an aggressor"; Ethiopian troops will not be part of the AU force that follows ATMIS in January 2025.',
      channel: 'Hussein Sheikh-Ali, National Security Adviser, to Reuters by phone and on X',
    },
    [S.trtJun3, S.azernewsJun2],
    {
      note: 'Dated approximately to the Reuters report (his X post of 1 June gave the end-of-December exit). No deadline recorded: the statement gives two (end of June, or the new mandate), and Somalia kept to the later.',
    },
  ),
  ev(
    'StatementMade',
    'stmt-sheikh-ali-jun',
    { occurredAt: '2024-06-01', recordedAt: rec('2024-06-03', '18:05') },
    {
      speaker: SHEIKH_ALI,
      audience: 'ethiopia',
      tone: 'critical',
      summary:
        'On X: all Ethiopian troops are expected to leave Somalia by the end of December 2024; they will not be part of the AU-led force that follows ATMIS.',
    },
    [S.azernewsJun2],
  ),
  // ===== July – September 2024: the Ankara talks, Egypt =====
  ev(
    'ActorRegistered',
    'actor-turkiye',
    { occurredAt: '2024-07-01', recordedAt: rec('2024-07-02', '08:00') },
    { actor: TURKIYE, role: 'mediator' },
    [S.trtJul2],
  ),
  ev(
    'TalksRoundOpened',
    'round-ankara1-opened',
    { occurredAt: '2024-07-01', recordedAt: rec('2024-07-02', '08:05') },
    {
      roundId: R.ankara1,
      label: 'First round of the Ankara talks',
      format: 'formal',
      venue: 'Ankara',
      hosts: ['turkiye'],
      delegations: [
        { actorId: 'ethiopia', head: TAYE },
        { actorId: 'somalia', head: FIQI },
      ],
    },
    [S.trtJul2],
  ),
  ev(
    'TalksRoundConcluded',
    'round-ankara1-concluded',
    { occurredAt: '2024-07-01', recordedAt: rec('2024-07-02', '08:10') },
    {
      roundId: R.ankara1,
      outcome: 'progress',
      summary:
        'The ministers met separately with Fidan for a "candid, cordial and forward-looking exchange" and agreed in a joint statement to pursue the dialogue; Fidan: "our hopes for the future have been strengthened".',
      nextSteps: 'A second round in Ankara on 2 September.',
    },
    [S.trtJul2],
  ),
  ev(
    'StatementMade',
    'stmt-ethiopia-mfa-jul26',
    { occurredAt: '2024-07-26', recordedAt: rec('2024-07-26', '18:00') },
    {
      speaker: ETHIOPIA_MFA,
      audience: 'somalia',
      tone: 'critical',
      summary:
        'Ethiopia is "closely following the repeated provocative statement" of Somalia\'s government, "unwarranted and irresponsible" statements denying Ethiopia\'s role in Somalia; it calls the accusations "baseless" and prefers "a peaceful and positive engagement".',
    },
    [S.waltaJul26],
  ),
  ev(
    'TalksRoundOpened',
    'round-ankara2-opened',
    { occurredAt: '2024-08-12', recordedAt: rec('2024-08-12', '18:00') },
    {
      roundId: R.ankara2,
      label: 'Second round of the Ankara talks',
      format: 'formal',
      venue: 'Ankara',
      hosts: ['turkiye'],
      delegations: [
        { actorId: 'ethiopia', head: TAYE },
        { actorId: 'somalia', head: FIQI },
      ],
    },
    [S.sabahAug12, S.hurriyetAug12],
    { note: 'Brought forward from 2 September after Fidan visited Addis Ababa.' },
  ),
  ev(
    'TalksRoundConcluded',
    'round-ankara2-concluded',
    { occurredAt: '2024-08-13', recordedAt: rec('2024-08-13', '20:00') },
    {
      roundId: R.ankara2,
      outcome: 'progress',
      summary:
        'About 36 hours of indirect talks, Fidan shuttling between the ministers, end without an agreement; Fidan: "convergence on some major principles, which marks notable progress"; Fiqi and Taye speak of progress and hope for a final solution in the next round.',
      nextSteps: 'A third round in Ankara on 17 September.',
    },
    [S.aantvAug13],
  ),
  ev(
    'TalksRoundScheduled',
    'round-ankara3-scheduled',
    { occurredAt: '2024-08-13', recordedAt: rec('2024-08-14', '10:00') },
    {
      roundId: R.ankara3,
      label: 'Third round of the Ankara talks',
      format: 'formal',
      venue: 'Ankara',
      hosts: ['turkiye'],
      plannedFor: '2024-09-17',
    },
    [S.tmcAug14],
  ),
  ev(
    'ActorRegistered',
    'actor-egypt',
    { occurredAt: '2024-08-14', recordedAt: rec('2024-08-14', '18:00') },
    { actor: EGYPT, role: 'third-party' },
    [S.trtAfrikaAug14],
  ),
  ev(
    'ThirdPartyEngagement',
    'tpe-egypt-pact',
    { occurredAt: '2024-08-14', recordedAt: rec('2024-08-14', '18:05') },
    {
      actorId: 'egypt',
      counterparts: ['somalia'],
      kind: 'support',
      summary:
        "Sisi and Hassan Sheikh Mohamud sign a defence pact (a military co-operation protocol) in Cairo; Sisi affirms Somalia's territorial integrity and rejects any intervention in its internal affairs; Egypt offers troops to the AU mission that follows ATMIS.",
    },
    [S.trtAfrikaAug14, S.nationalAug14],
  ),
  ev(
    'StatementMade',
    'stmt-ethiopia-aug15',
    { occurredAt: '2024-08-15', precision: 'approximate', recordedAt: rec('2024-08-16', '12:00') },
    {
      speaker: ETHIOPIA_MFA,
      audience: 'somalia',
      tone: 'warning',
      summary:
        'Asked about the Egypt–Somalia pact: Somalia may make agreements with any country, but Ethiopia "will take any necessary measures" if developments in Somalia threaten its national security and interests.',
    },
    [S.ethionegariAug16],
  ),
  ev(
    'ThirdPartyEngagement',
    'tpe-egypt-aircraft',
    { occurredAt: '2024-08-27', recordedAt: rec('2024-08-28', '12:00') },
    {
      actorId: 'egypt',
      counterparts: ['somalia'],
      kind: 'support',
      summary:
        "Two Egyptian C-130s land in Mogadishu with weapons, ammunition and officers: Egypt's first military aid to Somalia in four decades, under the pact.",
    },
    [S.lbcAug28, S.hiiraanAug28],
  ),
  ev(
    'StatementMade',
    'stmt-ethiopia-mfa-aug28',
    { occurredAt: '2024-08-28', recordedAt: rec('2024-08-29', '10:00') },
    {
      speaker: ETHIOPIA_MFA,
      audience: 'somalia',
      tone: 'warning',
      summary:
        'The transition from ATMIS to a new mission is "fraught with dangers" for the region; Ethiopia is expected to ignore "hostile statements"; instead of pursuing peace the Somali government "is partnering with external actors seeking to destabilise the region"; "Ethiopia cannot stand idle while other actors are taking measures to destabilize the region", and forces that stir up tensions "must accept the serious ramifications".',
    },
    [S.allafricaAug29, S.latestAug29],
  ),
  ev(
    'TalksRoundPostponed',
    'round-ankara3-postponed',
    { occurredAt: '2024-09-17', precision: 'approximate', recordedAt: rec('2024-09-19', '18:00') },
    {
      roundId: R.ankara3,
      reason:
        'The round set for 17 September did not meet (Reuters: cancelled; Addis Standard: postponed over the UN General Assembly); Türkiye will first talk with each side separately.',
    },
    [S.dhacdoSep19],
  ),
  ev(
    'MediationAction',
    'med-fidan-sep19',
    { occurredAt: '2024-09-19', recordedAt: rec('2024-09-19', '18:05') },
    {
      mediator: 'turkiye',
      action: 'proposed',
      summary:
        'Fidan to Anadolu: Türkiye will hold one-on-one contacts with Ethiopia and Somalia "to converge positions and later bring the sides together"; the parties have "converged to a certain point".',
    },
    [S.dhacdoSep19],
  ),
  ev(
    'ThirdPartyEngagement',
    'tpe-egypt-warship',
    { occurredAt: '2024-09-23', recordedAt: rec('2024-09-24', '18:00') },
    {
      actorId: 'egypt',
      counterparts: ['somalia'],
      kind: 'support',
      summary:
        'An Egyptian warship unloads heavy weaponry, including artillery, in Mogadishu: the second delivery in a month.',
    },
    [S.arabnewsSep24],
  ),
  ev(
    'StatementMade',
    'stmt-taye-sep23',
    { occurredAt: '2024-09-23', precision: 'approximate', recordedAt: rec('2024-09-24', '18:05') },
    {
      speaker: TAYE,
      audience: 'UN Under-Secretary-General Rosemary DiCarlo, New York',
      tone: 'critical',
      summary:
        'The supply of ammunition by "external forces would further exacerbate the fragile security and would end up in the hands of terrorists in Somalia".',
    },
    [S.arabnewsSep24],
  ),
  // ===== October – November 2024 =====
  ev(
    'ActorRegistered',
    'actor-eritrea',
    { occurredAt: '2024-10-10', recordedAt: rec('2024-10-10', '20:00') },
    { actor: ERITREA, role: 'third-party' },
    [S.menafnOct10],
  ),
  ev(
    'ThirdPartyEngagement',
    'tpe-asmara',
    { occurredAt: '2024-10-10', recordedAt: rec('2024-10-10', '20:05') },
    {
      actorId: 'egypt',
      counterparts: ['eritrea', 'somalia'],
      kind: 'meeting',
      summary:
        'Sisi, Isaias Afwerki and Hassan Sheikh Mohamud meet in Asmara: respect for the sovereignty and territorial integrity of the region\'s countries, no interference in their internal affairs; cooperation to enable the Somali army to "face internal and external challenges".',
    },
    [S.menafnOct10],
  ),
  ev(
    'StatementMade',
    'stmt-somalia-mfa-oct23',
    { occurredAt: '2024-10-23', recordedAt: rec('2024-10-30', '12:00') },
    {
      speaker: SOMALIA_MFA,
      audience: 'ethiopia',
      tone: 'accusation',
      summary:
        '"Ethiopia\'s recent unilateral actions, including an illegal agreement with Somalia\'s northern region, violate our sovereignty and erode the trust essential for peacekeeping": Ethiopian troops are to be excluded from the new AU mission due on 1 January.',
    },
    [S.standardOct30],
  ),
  ev(
    'StatementMade',
    'stmt-somalia-mfa-oct29',
    { occurredAt: '2024-10-29', recordedAt: rec('2024-10-30', '12:05') },
    {
      speaker: SOMALIA_MFA,
      audience: 'ethiopia',
      tone: 'accusation',
      summary:
        'Ali Mohamed Adan, counsellor II at the Ethiopian embassy, is declared persona non grata and given 72 hours to leave, for failing "to respect the laws of the host nation and abstain from involvement in its internal affairs".',
    },
    [S.standardOct30],
    { cameo: '161' },
  ),
  // ===== December 2024: the Ankara Declaration, Doolow =====
  ev(
    'TalksRoundOpened',
    'round-ankara-summit-opened',
    { occurredAt: '2024-12-11', recordedAt: rec('2024-12-12', '10:00') },
    {
      roundId: R.ankaraSummit,
      label: 'Ankara summit (Erdoğan, Abiy, Hassan Sheikh Mohamud)',
      format: 'formal',
      venue: 'Ankara',
      hosts: ['turkiye'],
      delegations: [
        { actorId: 'ethiopia', head: ABIY },
        { actorId: 'somalia', head: HSM },
      ],
    },
    [S.unaDec12],
  ),
  ev(
    'TalksRoundConcluded',
    'round-ankara-summit-concluded',
    { occurredAt: '2024-12-11', recordedAt: rec('2024-12-12', '10:05') },
    {
      roundId: R.ankaraSummit,
      outcome: 'agreement',
      summary:
        'After some seven hours of talks the two leaders adopt the Ankara Declaration at a joint press conference.',
      nextSteps:
        'Technical negotiations facilitated by Türkiye to begin by the end of February 2025 and conclude within four months.',
    },
    [S.unaDec12, S.somaliagateDec12],
    { occurrence: O.ankaraSummit },
  ),
  ev(
    'AgreementReached',
    'agr-ankara-declaration',
    { occurredAt: '2024-12-11', recordedAt: rec('2024-12-12', '10:10') },
    {
      agreementId: DECLARATION,
      kind: 'framework',
      provisions: [
        "Respect for and commitment to one another's sovereignty, unity, independence and territorial integrity",
        'Forgo and leave behind differences and contentious issues, and advance cooperatively towards common prosperity',
        'Somalia acknowledges the sacrifices of Ethiopian troops in the African Union missions',
        "The potential benefits of Ethiopia's assured access to and from the sea, while respecting Somalia's territorial integrity",
        "Finalise mutually advantageous commercial arrangements (contracts, lease and similar modalities) giving Ethiopia reliable, secure and sustainable access to and from the sea under Somalia's sovereign authority",
        'Technical negotiations facilitated by Türkiye to start by the end of February 2025 and conclude within four months',
        "Resolve any future differences peacefully, with Türkiye's support where needed",
      ],
      signatories: ['ethiopia', 'somalia'],
      textPublic: true,
      roundId: R.ankaraSummit,
    },
    [S.unaDec12, S.somaliagateDec12],
    { occurrence: O.ankaraSummit },
  ),
  ev(
    'UltimatumResolved',
    'ult-troops-withdrawn',
    { occurredAt: '2024-12-11', recordedAt: rec('2024-12-12', '10:15') },
    {
      ultimatumId: ULTIMATUM,
      resolution: 'withdrawn',
      summary:
        'In the Ankara Declaration Somalia acknowledges the sacrifices of Ethiopian troops in the AU missions and both leave the contentious issues behind: the demand that all Ethiopian troops go is dropped.',
    },
    [S.unaDec12, S.somaliagateDec12],
    { occurrence: O.ankaraSummit },
  ),
  ev(
    'StatementMade',
    'stmt-erdogan-dec11',
    { occurredAt: '2024-12-11', recordedAt: rec('2024-12-12', '10:20') },
    {
      speaker: ERDOGAN,
      tone: 'conciliatory',
      summary:
        '"The first step towards a new beginning based on peace and cooperation between Somalia and Ethiopia" has been taken; Türkiye will work with both to implement it.',
    },
    [S.unaDec12],
    { occurrence: O.ankaraSummit },
  ),
  ev(
    'ActorRegistered',
    'actor-jubaland',
    { occurredAt: '2024-12-23', recordedAt: rec('2024-12-24', '08:00') },
    { actor: JUBALAND, role: 'third-party' },
    [S.hiiraanDec24],
  ),
  ev(
    'IncidentReported',
    'inc-doolow',
    { occurredAt: '2024-12-23', recordedAt: rec('2024-12-24', '08:05') },
    {
      incidentId: 'doolow-2024-12-23',
      kind: 'clash',
      perpetrator: 'ethiopia',
      allegedBy: 'somalia',
      against: 'somalia',
      target: 'Somali National Army, NISA and police bases at the Doolow airstrip',
      place: 'Doolow, Gedo',
      description:
        'Fighting in Doolow between Somali federal forces and Jubaland\'s forces. Somalia: at about 10:00 Ethiopian forces launched an "unprovoked and unexpected attack" on three bases of the army, intelligence agency and police, killing and wounding Somali personnel and wounding civilians (no count given). Jubaland: Ethiopian forces stepped in to protect its delegation when federal troops were ordered to fire on its aircraft. Ethiopia denies any part in it.',
    },
    [graded(S.addisStandardDec24, 3), graded(S.hiiraanDec24, 3), graded(S.somalimediaDec23, 3)],
    { occurrence: O.doolow },
  ),
  ev(
    'StatementMade',
    'stmt-somalia-mfa-dec23',
    { occurredAt: '2024-12-23', recordedAt: rec('2024-12-24', '08:10') },
    {
      speaker: SOMALIA_MFA,
      audience: 'ethiopia',
      tone: 'accusation',
      summary:
        'Condemns the Doolow attack as an "egregious act of aggression", "planned and deliberate", a violation of the Ankara Declaration, the AU Constitutive Act and the UN Charter, while a Somali delegation under Ali Mohamed Omar is in Addis Ababa to advance the declaration.',
    },
    [S.somalimediaDec23, S.hiiraanDec24],
    { occurrence: O.doolow },
  ),
  ev(
    'StatementMade',
    'stmt-ethiopia-mfa-dec24',
    { occurredAt: '2024-12-24', recordedAt: rec('2024-12-24', '18:00') },
    {
      speaker: ETHIOPIA_MFA,
      audience: 'somalia',
      tone: 'neutral',
      summary:
        'The allegation "is not true": the incident was "instigated by certain elements" intent on derailing normalisation, "perennial spoilers of peace in the region"; Ethiopia will work with Somalia\'s agencies to prevent similar incidents and upholds its commitment to the Ankara Declaration.',
    },
    [S.addisStandardDec24, S.horndiplomatDec24, S.hiiraanDec24],
  ),
  // ===== January – March 2025: implementation =====
  ev(
    'TalksRoundOpened',
    'round-mogadishu-defence-opened',
    { occurredAt: '2025-01-02', recordedAt: rec('2025-01-03', '12:00') },
    {
      roundId: R.mogadishuDefence,
      label: "Ethiopia's defence minister in Mogadishu",
      format: 'informal',
      venue: 'Mogadishu',
      delegations: [
        { actorId: 'ethiopia', head: AISHA },
        { actorId: 'somalia', head: HSM },
      ],
    },
    [S.dwJan3],
  ),
  ev(
    'TalksRoundConcluded',
    'round-mogadishu-defence-concluded',
    { occurredAt: '2025-01-02', recordedAt: rec('2025-01-03', '12:05') },
    {
      roundId: R.mogadishuDefence,
      outcome: 'progress',
      summary:
        "Aisha Mohammed brings Abiy's message to Hassan Sheikh Mohamud; the two sides agree to cooperate within the new AU mission (AUSSOM) and to strengthen their relations — Ethiopia's troops, once to be excluded, have a place in it.",
    },
    [S.dwJan3],
  ),
  ev(
    'TalksRoundOpened',
    'round-addis-summit-opened',
    { occurredAt: '2025-01-11', recordedAt: rec('2025-01-11', '20:00') },
    {
      roundId: R.addisSummit,
      label: 'Hassan Sheikh Mohamud in Addis Ababa',
      format: 'formal',
      venue: 'Addis Ababa',
      delegations: [
        { actorId: 'ethiopia', head: ABIY },
        { actorId: 'somalia', head: HSM },
      ],
    },
    [S.horndiplomatJan11],
  ),
  ev(
    'TalksRoundConcluded',
    'round-addis-summit-concluded',
    { occurredAt: '2025-01-11', recordedAt: rec('2025-01-11', '20:05') },
    {
      roundId: R.addisSummit,
      outcome: 'agreement',
      summary:
        'Joint communiqué: the two leaders restore full diplomatic representation in their capitals, reaffirm the Ankara Declaration and agree to expedite its technical negotiations; trade and security cooperation against extremist groups.',
    },
    [S.horndiplomatJan11],
    { occurrence: O.addisSummit },
  ),
  ev(
    'AgreementReached',
    'agr-relations',
    { occurredAt: '2025-01-11', recordedAt: rec('2025-01-11', '20:10') },
    {
      agreementId: RELATIONS,
      kind: 'partial',
      provisions: [
        'Restore and enhance bilateral relations through full diplomatic representation in the respective capitals',
        'Reaffirm the Ankara Declaration and expedite the technical negotiations it provides for',
        'Deepen trade and security cooperation against extremist groups',
      ],
      signatories: ['ethiopia', 'somalia'],
      textPublic: true,
      roundId: R.addisSummit,
    },
    [S.horndiplomatJan11],
    { occurrence: O.addisSummit },
  ),
  ev(
    'TalksRoundOpened',
    'round-technical1-opened',
    { occurredAt: '2025-02-18', recordedAt: rec('2025-02-18', '18:00') },
    {
      roundId: R.technical1,
      label: 'First round of technical negotiations under the Ankara Declaration',
      format: 'technical',
      venue: 'Ankara',
      hosts: ['turkiye'],
      delegations: [
        { actorId: 'ethiopia', head: GEDION },
        { actorId: 'somalia', head: ALI_OMAR },
      ],
    },
    [S.wtopFeb18, S.sabahFeb18],
  ),
  ev(
    'TalksRoundConcluded',
    'round-technical1-concluded',
    { occurredAt: '2025-02-18', recordedAt: rec('2025-02-18', '18:05') },
    {
      roundId: R.technical1,
      outcome: 'progress',
      summary:
        'Türkiye: both delegations "demonstrated their commitment to the letter and spirit of the Ankara Declaration" and "began the concrete work to transform this vision into reality".',
      nextSteps: 'The next round of technical negotiations in March 2025.',
    },
    [S.wtopFeb18, S.sabahFeb18],
  ),
  ev(
    'MediationAction',
    'med-fidan-feb18',
    { occurredAt: '2025-02-18', recordedAt: rec('2025-02-18', '18:10') },
    {
      mediator: 'turkiye',
      action: 'visited',
      summary:
        'Fidan meets each delegation and both together: the negotiations are "a historic opportunity for the future of the Horn of Africa"; Türkiye stands ready to support the process and its implementation.',
    },
    [S.sabahFeb18],
  ),
  ev(
    'TalksRoundOpened',
    'round-mogadishu-summit-opened',
    { occurredAt: '2025-02-27', recordedAt: rec('2025-02-27', '18:00') },
    {
      roundId: R.mogadishuSummit,
      label: 'Abiy Ahmed in Mogadishu',
      format: 'formal',
      venue: 'Mogadishu',
      delegations: [
        { actorId: 'ethiopia', head: ABIY },
        { actorId: 'somalia', head: HSM },
      ],
    },
    [S.allafricaFeb27],
  ),
  ev(
    'TalksRoundConcluded',
    'round-mogadishu-summit-concluded',
    { occurredAt: '2025-02-27', recordedAt: rec('2025-02-27', '18:05') },
    {
      roundId: R.mogadishuSummit,
      outcome: 'progress',
      summary:
        "Abiy, welcomed at the airport by Hassan Sheikh Mohamud, holds talks on security and economic cooperation and Ethiopia's formal place in AUSSOM; a status-of-forces agreement placing Ethiopian troops under the federal government's oversight is reported signed.",
    },
    [S.allafricaFeb27],
  ),
  ev(
    'StatementMade',
    'stmt-somalia-feb27',
    { occurredAt: '2025-02-27', recordedAt: rec('2025-02-27', '18:10') },
    {
      speaker: { name: "Da'uud Aweys Jama", title: 'Information Minister of Somalia', actorId: 'somalia' },
      audience: 'ethiopia',
      tone: 'conciliatory',
      summary:
        "Abiy's visit reflects a shift towards cooperation and economic development, in both neighbours' interest.",
    },
    [S.allafricaFeb27],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'ethiopia-somalia-2024.jsonl',
  logEnd: '2025-04-01T00:00:00Z',
  events,
};

export default definition;
