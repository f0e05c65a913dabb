/**
 * A test fixture, not a shipped example: the Tripoli-based Government of
 * National Accord (Fayez al-Sarraj) and Khalifa Haftar's Libyan National Army
 * from Haftar's advance on Tripoli (4 April 2019) to the reopening of the
 * coastal road (July 2021), as an analyst following the news could have
 * recorded them: the offensive and the UN's Ghadames conference postponed,
 * the Gharyan recapture (June 2019), the Tajoura strike, the Eid al-Adha
 * truce (August 2019) and its violation, the military-school strike and the
 * fall of Sirte (January 2020), the Turkish–Russian truce of 12 January, the
 * Moscow talks, the oil blockade from 18 January, the Berlin conference, the
 * 5+5 joint military commission in Geneva and the port strike that suspended
 * it, Operation Peace Storm, the GNA's counter-offensive with Turkish support
 * (Al-Watiya, May 2020; Greater Tripoli and Tarhuna, June 2020; the push on
 * Sirte), Egypt's "red line", the parallel ceasefire statements of 21 August
 * 2020, the end of the blockade (18 September), the permanent ceasefire
 * signed in Geneva on 23 October 2020, its implementation (the Ghadames
 * meeting, the prisoner exchanges, the coastal road) and the unity
 * government (March 2021). Escalation model v2 was never tuned on it: it is
 * the case the model is held to in libya-gna-lna-2019.spec.ts, against the
 * calls an analyst makes from DOMAIN.md §5b alone.
 *
 * The parties are the GNA and the LNA. Mediators: UNSMIL (Ghassan Salamé,
 * then Stephanie Williams) from the start; Türkiye and Russia for the truce of
 * 12 January 2020 and the Moscow talks; Germany for the Berlin conference.
 * Third parties: Egypt (its president's warning of June 2020) and the House
 * of Representatives in Tobruk (Aguila Saleh's ceasefire statement of 21
 * August 2020): their acts are theirs. The UAE's and Turkey's own aircraft
 * and drones are not recorded as the pair's unless the source makes them so
 * ("GNA-aligned Turkish drones", recorded as the GNA's).
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source.
 *
 * Grading as in examples/README.md: A = UNSMIL's own statement on the Geneva
 * agreement (the mission that witnessed the signature); B = an established
 * outlet or a wire copy (AFP, Reuters, AP, Al Jazeera, Xinhua via their
 * copies); C = a smaller, regional or partisan outlet, an aggregator or an
 * encyclopedia mirror (Libya Observer, Libya Alahrar, Al Masdar News, Al
 * Marsad, Libya Security Monitor, Middle East Monitor, Anadolu via a blog);
 * D = South Front (a record of slanted claims), for one toll; 1 = confirmed
 * by the actor itself or both sides; 2 = several outlets agree or one
 * established outlet reports it; 3 = one side's unverified claim.
 *
 * Judgement calls, recorded as an analyst would:
 * - Scale (`scale: 'major'`) only where a source names an offensive: Haftar's
 *   "offensive on Tripoli" / "Flood of Dignity campaign" (4–5 April 2019,
 *   Middle East Monitor: "westward assault"; The New Arab: "launched the
 *   offensive on Tripoli"), the GNA's Operation Peace Storm (25 March 2020,
 *   Libya Security Monitor: "multiple coordinated assaults … a significant
 *   escalation"; RFI via Axadle: "a comprehensive attack on the various front
 *   lines") and Tarhuna (5 June 2020, AFP: "another victory in its
 *   counter-offensive"). Nothing else is marked major.
 * - Places, one way each: "Southern outskirts of Tripoli" for every act on
 *   the southern front (the airport road, Ain Zara, Wadi Rabea, Khallat
 *   al-Furjan, Souq al-Jumaa), "Tripoli (Mitiga airport)", "Tripoli
 *   (al-Hadaba)", "Tripoli port", "Tajoura", "Gharyan", "Sirte", "Al-Watiya
 *   air base", "Abu Grein", "Tarhuna", "Jufra".
 * - Running tolls ("49 killed since the campaign began", "more than 1,100
 *   killed") are kept in the text or as a `casualty-report` over their period,
 *   never as an act of a day. "Dozens killed" at Gharyan is recorded as 24–99.
 * - The Tajoura strike (2 July 2019): the GNA blamed Haftar's air force, the
 *   LNA denied it, UN investigators later suspected a foreign aircraft: the
 *   LNA's airstrike as alleged by the GNA, graded 3.
 * - Ground taken is recorded as the armed act that took it; no `occupation`
 *   is recorded: in a civil war over one country each side's capture of a
 *   town is fighting, not ground held on the other's soil without fire.
 * - The truce of 12 January 2020 is recorded `collapsed` on 26 March, when
 *   Sarraj announced Operation Peace Storm against the LNA's "continuous
 *   violations of the armistice" — the analyst's reading, as no side declared
 *   it over. The UN's COVID-19 humanitarian truce call of 21–22 March, which
 *   both sides said they accepted, is not recorded as a new ceasefire: no
 *   source read gives its terms or a day it took effect, and the shelling of
 *   Tripoli went on (Middle East Monitor).
 * - The oil blockade (18 January – 18 September 2020) is recorded as a
 *   `border-closure` by the LNA against the GNA (CAMEO 191, "impose blockade"):
 *   forces under the LNA's command shut the export terminals and the
 *   pipelines from the south-western fields to cut the revenue of the
 *   Tripoli-based institutions, a closure of the country's points of exit
 *   aimed at the other party, not a measure of the LNA's own economy. Haftar's
 *   televised announcement that production and exports would resume (18
 *   September) is its `border-reopening`; the NOC's partial lifting of force
 *   majeure the next day is in the text.
 * - Sarraj's ceasefire of 21 August 2020 is a unilateral `CeasefireDeclared`
 *   (parties: the GNA), which the LNA dismissed two days later; Aguila Saleh's
 *   parallel statement is the House of Representatives' (a third party), not
 *   the LNA's. The Geneva agreement of 23 October supersedes it.
 * - The Moscow talks (13–14 January 2020) are `no-progress`, not collapsed:
 *   Haftar left without signing but Russia said the efforts would continue,
 *   and the truce stayed in name. The GNA's withdrawal from the second Geneva
 *   round (18 February) is a `TalksSuspended` (not temporary: "until firm
 *   stands are taken").
 * - The prisoner exchanges and the coastal road are recorded as the
 *   statements of those who announced them (`conciliatory`), as the other
 *   cases record a term carried out. From 16 March 2021 the western side is
 *   the Government of National Unity (Dbeibah), which took over the GNA's
 *   powers: its acts are recorded under `gna` (an alias says so).
 * - Left out for want of a dated, attributed source: the LNA drone strike on
 *   Murzuq (August 2019), the Tarhuna drone strike of 13 September 2019 (no
 *   perpetrator given), the clashes in al-Hadaba during the Berlin conference
 *   (no side named), the UAE drones said to have struck Jarif (June 2020, the
 *   UAE's act), the Cairo Declaration (Egypt's initiative of 6 June 2020) and
 *   the LPDF vote of February 2021 (no source read dates it).
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, retrospectiveClock, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'libya-gna-lna-2019';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 2019);
/** Recorded retrospectively on 6 December 2026, one minute apart, in log order. */
const when = retrospectiveClock('2026-12-06T15:00:00Z');

const GNA: Actor = {
  id: 'gna',
  name: 'Government of National Accord',
  kind: 'state',
  aliases: [
    'GNA',
    'Presidential Council',
    'Tripoli government',
    'Volcano of Anger operation',
    'Government of National Unity (from 16 March 2021)',
  ],
};
const LNA: Actor = {
  id: 'lna',
  name: 'Libyan National Army',
  kind: 'armed-group',
  aliases: ['LNA', 'Libyan Arab Armed Forces', 'General Command', "Haftar's forces"],
};
const UNSMIL: Actor = {
  id: 'unsmil',
  name: 'United Nations Support Mission in Libya',
  kind: 'international-organisation',
  aliases: ['UNSMIL', 'UN mission in Libya'],
};
const TURKIYE: Actor = { id: 'turkiye', name: 'Türkiye', kind: 'state', aliases: ['Turkey', 'Ankara'] };
const RUSSIA: Actor = { id: 'russia', name: 'Russia', kind: 'state', aliases: ['Moscow'] };
const GERMANY: Actor = { id: 'germany', name: 'Germany', kind: 'state', aliases: ['Berlin'] };
const EGYPT: Actor = { id: 'egypt', name: 'Egypt', kind: 'state', aliases: ['Cairo'] };
const HOR: Actor = {
  id: 'house-of-representatives',
  name: 'House of Representatives (Tobruk)',
  kind: 'opposition-movement',
  aliases: ['HoR', 'Tobruk parliament'],
};

const HAFTAR: Person = { name: 'Khalifa Haftar', title: 'Commander of the Libyan National Army', actorId: 'lna' };
const MISMARI: Person = { name: 'Ahmed al-Mismari', title: 'Spokesman of the Libyan National Army', actorId: 'lna' };
const SARRAJ: Person = {
  name: 'Fayez al-Sarraj',
  title: 'Head of the Presidential Council and Prime Minister of the GNA',
  actorId: 'gna',
};
const GNA_PC: Person = { name: 'Presidential Council of the GNA (statement)', title: 'GNA', actorId: 'gna' };
const BASHAGHA: Person = { name: 'Fathi Bashagha', title: 'Interior Minister of the GNA', actorId: 'gna' };
const YAHYA: Person = {
  name: 'Mustafa Yahya',
  title: 'GNA member of the 5+5 Joint Military Commission',
  actorId: 'gna',
};
const DBEIBAH: Person = {
  name: 'Abdul Hamid Dbeibah',
  title: 'Prime Minister of the Government of National Unity',
  actorId: 'gna',
};
const SISI: Person = { name: 'Abdel Fattah al-Sisi', title: 'President of Egypt', actorId: 'egypt' };
const SALEH: Person = {
  name: 'Aguila Saleh',
  title: 'Speaker of the House of Representatives',
  actorId: 'house-of-representatives',
};

const S = {
  meesApr5: source(
    'Libya: Haftar Moves On Tripoli',
    'MEES',
    'https://www.mees.com/2019/4/5/geopolitical-risk/libya-haftar-moves-on-tripoli/d0a3d410-57c0-11e9-b3a4-65c3a02f898b',
    '2019-04-05',
    'B',
    2,
  ),
  memoApr10: source(
    'UN postpones Libya conference amid Tripoli assault',
    'Middle East Monitor',
    'https://www.middleeastmonitor.com/20190410-un-postpones-libya-conference-amid-tripoli-assault/',
    '2019-04-10',
    'C',
    2,
  ),
  maltatodayApr9: source(
    'UN postpones Libyan national conference after Tripoli clashes',
    'MaltaToday',
    'https://www.maltatoday.com.mt/news/world/94215/un_postpones_libyan_national_conference_after_tripoli_clashes',
    '2019-04-09',
    'B',
    2,
  ),
  ajApr14: source(
    'Haftar’s forces ‘set to push into capital Tripoli’',
    'Al Jazeera',
    'https://www.aljazeera.com/news/2019/4/14/haftars-forces-set-to-push-into-capital-tripoli',
    '2019-04-14',
    'B',
    2,
  ),
  newarabJun27: source(
    "Libya's UN-backed forces retake control strategic Haftar base near Tripoli",
    'The New Arab',
    'https://www.newarab.com/news/un-backed-forces-retake-control-strategic-haftar-base-near-tripoli',
    '2019-06-27',
    'B',
    2,
  ),
  petroleumafricaJun27: source(
    'Libya’s GNA Retakes Gharyan',
    'Petroleum Africa (AFP)',
    'https://www.petroleumafrica.com/libyas-gna-retakes-gharyan/',
    '2019-06-27',
    'C',
    3,
  ),
  straitsJul3: source(
    'At least 44 dead after air strike hits Libya migrant detention centre: UN',
    'The Straits Times (Reuters)',
    'https://www.straitstimes.com/world/africa/air-strike-hits-tripoli-migrant-detention-centre-kills-40-health-official-says',
    '2019-07-03',
    'B',
    2,
  ),
  acumenJul3: source(
    'Around 40 migrants killed in air strike on a detention centre',
    'Acumen Risk',
    'https://acumenrisk.com/incident-report/e31f520f-a1e2-442b-af63-60369830ab12/',
    '2019-07-03',
    'C',
    3,
  ),
  appJul30: source(
    'UN calls for Eid truce in strife-torn Libya',
    'Associated Press of Pakistan',
    'https://www.app.com.pk/un-calls-for-eid-truce-in-strife-torn-libya/',
    '2019-07-30',
    'B',
    1,
  ),
  france24Aug10: source(
    "Libya's Haftar, unity govt agree to UN-backed Eid truce",
    'France 24 (AFP)',
    'https://www.france24.com/en/20190810-libya-haftar-un-eid-truce',
    '2019-08-10',
    'B',
    1,
  ),
  trtAug11: source(
    'Rocket fire hits Libyan airport, violating Eid truce',
    'TRT World (AFP)',
    'https://www.trtworld.com:443/article/12727907',
    '2019-08-11',
    'B',
    3,
  ),
  libyaheraldAug12: source(
    'Mitiga airport and Sug Juma shelled by Hafter during Eid truce – Tripoli forces claim',
    'Libya Herald',
    'https://www.libyaherald.com/2019/08/12/mitiga-airport-and-sug-juma-shelled-by-hafter-during-eid-truce-tripoli-forces-claim/',
    '2019-08-12',
    'B',
    3,
  ),
  arabnewsAug14: source(
    'New airstrikes pound Tripoli as two-day truce ends',
    'Arab News (AP)',
    'http://www.arabnews.pk/node/1539756/middle-east',
    '2019-08-14',
    'B',
    2,
  ),
  wikiAcademy: source(
    'Tripoli military school airstrike',
    'Wikipedia (mirror)',
    'https://hyperlinked.wiki/wiki.php?slug=Tripoli_military_school_airstrike',
    '2020-01-05',
    'C',
    2,
  ),
  trendJan5: source(
    'At Least 28 Killed in Raid Targeting Tripoli Military School',
    'Trend (Sputnik)',
    'https://en.trend.az/world/arab/3173008.html',
    '2020-01-05',
    'C',
    2,
  ),
  dailyhellasJan7: source(
    'Libya’s Haftar forces say have taken control of Sirte',
    'Daily Hellas (AFP)',
    'http://dailyhellas.com/2020/01/07/libyas-haftar-forces-say-have-taken-control-of-sirte/',
    '2020-01-07',
    'C',
    2,
  ),
  lsmJan14: source(
    '8–14 January 2020: Serraj and Haftar agree on ceasefire but agreement fails to be signed by Haftar',
    'Libya Security Monitor',
    'https://libyasecuritymonitor.com/8-14-january-2020-serraj-and-haftar-agree-on-ceasefire-but-agreement-fails-to-be-signed-by-haftar/',
    '2020-01-15',
    'C',
    2,
  ),
  duvarJan13: source(
    "Libya's Haftar asks for more time to consider ceasefire deal",
    'Duvar English (Reuters)',
    'https://duvarenglish.com/amp/libyas-haftar-asks-for-more-time-to-consider-ceasefire-deal-news-9856',
    '2020-01-13',
    'B',
    2,
  ),
  cyprusmailJan14: source(
    'Libya’s Haftar leaves Moscow without signing ceasefire',
    'Cyprus Mail (Reuters)',
    'https://cyprus-mail.com/2020/01/14/libyas-haftar-leaves-moscow-without-signing-ceasefire/',
    '2020-01-14',
    'B',
    1,
  ),
  alkhaleejJan14: source(
    'Libya ceasefire in doubt as Haftar walks out',
    'Al Khaleej Today (The National)',
    'https://www.alkhaleejtoday.co/international/21214/Libya-ceasefire-in-doubt-as-Haftar-walks-out.html',
    '2020-01-14',
    'C',
    2,
  ),
  voaJan18: source(
    'Libya Oil Exports Blocked, Raising Stakes for Berlin Peace Summit',
    'VOA (AFP)',
    'https://www.voanews.com/europe/libya-oil-exports-blocked-raising-stakes-berlin-peace-summit',
    '2020-01-18',
    'B',
    2,
  ),
  reutersJan19: source(
    'Libyan commander’s forces choke oil flows, overshadowing peace summit',
    'Reuters (copy)',
    'https://tvandnews.racerswarehouse.com/2020/01/libyan-commanders-forces-choke-oil-flows-overshadowing-peace-summit.html',
    '2020-01-19',
    'C',
    2,
  ),
  arabweeklyJan20: source(
    'Berlin conference reaches tentative consensus on Libya but scepticism prevails',
    'The Arab Weekly',
    'https://thearabweekly.com/berlin-conference-reaches-tentative-consensus-libya-scepticism-prevails',
    '2020-01-20',
    'B',
    2,
  ),
  lsmJan21: source(
    '15–21 January 2020: Serraj and Haftar meet international leaders in separate meetings',
    'Libya Security Monitor',
    'https://libyasecuritymonitor.com/15-21-january-2020-serraj-and-haftar-meet-international-leaders-in-separate-meetings/',
    '2020-01-22',
    'C',
    2,
  ),
  panaFeb3: source(
    'Meetings of the Libyan 5+5 Joint Military Committee begin in Geneva',
    'Panafrican News Agency',
    'https://www.panapress.com/Meetings-of-the-Libyan-55-Joint--a_630626285-lang2-free_news.html',
    '2020-02-03',
    'B',
    2,
  ),
  tasnimFeb9: source(
    'UN Invites Libya’s Joint Military Commission to Convene in Geneva on Feb. 18',
    'Tasnim (TASS)',
    'https://tasnimnews.com/en/news/2020/02/09/2199263/un-invites-libya-s-joint-military-commission-to-convene-in-geneva-on-feb-18',
    '2020-02-09',
    'C',
    1,
  ),
  xinhuaFeb19: source(
    'UN-backed government suspends participation in intra-Libyan talks',
    'Infosurhoy (Xinhua)',
    'https://infosurhoy.com/news/un-backed-government-suspends-participation-in-intra-libyan-talks/',
    '2020-02-19',
    'B',
    2,
  ),
  apFeb18: source(
    'UN-backed government in Libya suspends talks after attack',
    'Zimbabwe Online News (AP)',
    'https://www.zimbabweonlinenews.com/un-backed-government-in-libya-suspends-talks-after-attack/',
    '2020-02-18',
    'B',
    2,
  ),
  ajFeb19: source(
    'Libya’s GNA suspending ceasefire talks after Tripoli port attack',
    'Al Jazeera',
    'https://www.aljazeera.com/news/2020/2/19/libyas-gna-suspending-ceasefire-talks-after-tripoli-port-attack',
    '2020-02-19',
    'B',
    1,
  ),
  memoMar25: source(
    'Libya: UN-backed government launches push against Haftar militias',
    'Middle East Monitor',
    'https://www.middleeastmonitor.com/20200325-libya-un-backed-government-launches-push-against-haftar-militias/',
    '2020-03-25',
    'C',
    2,
  ),
  memoMar27: source(
    'Sarraj announces launch of Operation Peace Storm in response to Haftar attacks',
    'Middle East Monitor (Anadolu)',
    'https://www.middleeastmonitor.com/20200327-sarraj-announces-launch-of-operation-peace-storm-in-response-to-haftar-attacks/',
    '2020-03-27',
    'C',
    1,
  ),
  lsmApr1: source(
    '25 – 31 March: GNA launches “Operation Peace Storm”',
    'Libya Security Monitor',
    'https://libyasecuritymonitor.com/25-31-march-gna-launches-operation-peace-storm/',
    '2020-04-01',
    'C',
    2,
  ),
  axadleMar: source(
    'New clashes in Libya between the forces of the GNA and those of Marshal Haftar',
    'Axadle Times (RFI)',
    'https://www.axadletimes.com/ax-africa/ax-north-africa/new-clashes-in-libya-between-the-forces-of-the-gna-and-those-of-marshal-haftar.html',
    '2020-03-26',
    'C',
    2,
  ),
  aaApr25: source(
    "Libya's GNA Launches Air Operation to Haftar's Militias",
    'Pan-African News blog (Anadolu)',
    'https://panafricannews.blogspot.com/2020/04/libyas-gna-launches-air-operation-to.html',
    '2020-04-25',
    'C',
    3,
  ),
  southfrontMay18: source(
    'Government Of National Accord Wrestles Control Of Al-Watiya Airbase From Haftar’s Forces',
    'South Front',
    'https://southfront.org/government-of-national-accord-wrestles-control-of-al-watiya-airbase-from-haftars-forces/',
    '2020-05-18',
    'D',
    3,
  ),
  almasdarMay18: source(
    'Turkish-backed Libyan forces capture strategic base near Tunisian border',
    'Al Masdar News',
    'https://www.almasdarnews.com/article/turkish-backed-libyan-forces-capture-strategic-base-near-tunisian-border/',
    '2020-05-18',
    'C',
    2,
  ),
  lsmMay20: source(
    '13 May – 19 May: GNA takes over Watiya airbase',
    'Libya Security Monitor',
    'https://libyasecuritymonitor.com/13-may-19-may-gna-takes-over-watiya-airbase/',
    '2020-05-20',
    'C',
    2,
  ),
  afpJun5: source(
    'Libya government says retakes Haftar’s last redoubt in west',
    'Libyan News Wire (AFP)',
    'https://libyannewswire.com/libya-government-says-retakes-haftars-last-redoubt-in-west/',
    '2020-06-05',
    'B',
    2,
  ),
  economistJun11: source(
    'Libya’s government regains control of western Libya',
    'Morocco Mail (The Economist)',
    'https://moroccomail.fr/2020/06/11/libyas-government-regains-control-of-western-libya/',
    '2020-06-11',
    'C',
    2,
  ),
  trtJun7: source(
    "Libya's government launches airstrikes against Haftar's militia in Sirte",
    'TRT World',
    'https://trt.global/world/article/12828765',
    '2020-06-07',
    'B',
    2,
  ),
  alahrarJun9: source(
    'Uneasy calm descends on Sirte frontlines as GNA forces inch closer to city center',
    'Libya Alahrar',
    'https://libyaalahrar.net/uneasy-calm-descends-on-sirte-frontlines-as-gna-forces-inch-closer-to-city-center/',
    '2020-06-09',
    'C',
    3,
  ),
  libyaanalysisJun: source(
    'Sisi threatens deployment of Egyptian forces in Libya if Sirte “red line” crossed; GNA says this is a declaration of war',
    'Libya Analysis',
    'http://www.libya-analysis.com/blogs/sisi-threatens-deployment-of-egyptian-forces-in-libya-if-sirte-red-line-crossed-gna-says-this-is-a-declaration-of-war-and-turkey-indicates-it-will-not-turn-back',
    '2020-06-22',
    'C',
    2,
  ),
  mepeiJun: source(
    'Libya: UN-recognised government (GNA) calls Egypt threat “declaration of war”',
    'MEPEI',
    'https://mepei.com/libya-un-recognised-government-gna-calls-egypt-threat-declaration-of-war/',
    '2020-06-22',
    'C',
    2,
  ),
  republicJul19: source(
    "Libya's GNA fighters head to Sirte",
    'Republic World (Reuters)',
    'https://www.republicworld.com/world-news/rest-of-the-world-news/libyas-gna-fighters-head-to-sirte.html',
    '2020-07-19',
    'C',
    2,
  ),
  almarsadAug21: source(
    'Sarraj Announces Immediate Ceasefire, Calls for Presidential and Parliamentary Elections',
    'Al Marsad',
    'https://almarsad.co/en/2020/08/21/sarraj-announces-immediate-ceasefire-calls-for-presidential-and-parliamentary-elections/',
    '2020-08-21',
    'C',
    1,
  ),
  trtAug21: source(
    'Libya announces joint ceasefire, calls for elections',
    'TRT World',
    'https://www.trtworld.com/article/12756966',
    '2020-08-21',
    'B',
    1,
  ),
  urdupointAug21: source(
    "Libyan Sides Declare Ceasefire, Demilitarized Zones, Call On Int'l Forces To Withdraw",
    'UrduPoint (Sputnik)',
    'https://www.urdupoint.com/en/world/libyan-sides-declare-ceasefire-demilitarized-1007721.html',
    '2020-08-21',
    'C',
    1,
  ),
  ahramAug23: source(
    'Libyan National Army dismisses ceasefire push by rivals',
    'Ahram Online (Reuters)',
    'https://english.ahram.org.eg/NewsContent/2/8/378386/World/Region/Libyan-National-Army-dismisses-ceasefire-push-by-r.aspx',
    '2020-08-23',
    'B',
    1,
  ),
  trtSep18: source(
    'Haftar announces conditional lifting of oil blockade',
    'TRT World',
    'https://www.trtworld.com:443/article/12753761',
    '2020-09-18',
    'B',
    1,
  ),
  lsmSep23: source(
    '16 – 22 September: Russia brokers deal to restart oil production',
    'Libya Security Monitor',
    'https://libyasecuritymonitor.com/16-22-september-russia-brokers-deal-to-restart-oil-production/',
    '2020-09-23',
    'C',
    2,
  ),
  libyaheraldOct19: source(
    'Fourth round of Libyan Joint Military Commission talks start in Geneva: UNSMIL',
    'Libya Herald',
    'https://www.libyaherald.com/2020/10/19/fourth-round-of-libyan-joint-military-commission-talks-start-in-geneva-unsmil/',
    '2020-10-19',
    'B',
    1,
  ),
  unsmilOct23: source(
    'UNSMIL welcomes agreement between Libyan parties on a permanent country-wide ceasefire',
    'ReliefWeb (UNSMIL)',
    'https://reliefweb.int/report/libya/unsmil-welcomes-agreement-between-libyan-parties-permanent-country-wide-ceasefire',
    '2020-10-23',
    'A',
    1,
  ),
  libyaobserverOct23: source(
    'Libya’s rivals sign ceasefire agreement in Geneva',
    'Libya Observer',
    'https://libyaobserver.ly/news/libya%e2%80%99s-rivals-sign-ceasefire-agreement-geneva',
    '2020-10-23',
    'C',
    1,
  ),
  libyaheraldNov4: source(
    '5+5 Joint Military Commission agrees permanent ceasefire steps at Ghadames meeting',
    'Libya Herald',
    'https://www.libyaherald.com/2020/11/04/55-joint-military-commission-agrees-permanent-ceasefire-steps-at-ghadames-meeting/',
    '2020-11-04',
    'B',
    1,
  ),
  ajDec26: source(
    'Libya’s warring sides begin prisoner exchange',
    'Al Jazeera',
    'https://www.aljazeera.com/news/2020/12/26/libyas-warring-sides-begin-prisoner-exchange-as-part-of-deal',
    '2020-12-26',
    'B',
    1,
  ),
  alahrarDec25: source(
    'Libya’s GNA, Haftar militias exchange prisoners',
    'Libya Alahrar',
    'https://libyaalahrar.net/libyas-gna-haftar-militias-exchange-prisoners/',
    '2020-12-26',
    'C',
    2,
  ),
  libyanexpressJan7: source(
    'Ceasefire mandated prisoner swap continues successfully',
    'Libyan Express',
    'https://www.libyanexpress.com/ceasefire-mandated-prisoner-swap-continues-successfully/',
    '2021-01-07',
    'C',
    2,
  ),
  reutersMar16: source(
    "Libya's unity government takes office in smooth transition of power",
    'Thomson Reuters Foundation News (Reuters)',
    'https://news.trust.org/item/20210316143313-uzph7/',
    '2021-03-16',
    'B',
    1,
  ),
  libyaheraldJun21: source(
    'Three days ahead of the Berlin 2 conference: Misrata-Sirte Coastal road finally reopened – but for how long?',
    'Libya Herald',
    'https://www.libyaherald.com/2021/06/21/three-days-ahead-of-the-berlin-2-conference-misrata-sirte-coastal-road-finally-reopened-but-for-how-long/',
    '2021-06-21',
    'B',
    1,
  ),
  almarsadJul30: source(
    '5+5 Joint Military Committee Officially Announces Reopening Today of the Coastal Road',
    'Al Marsad',
    'https://almarsad.co/en/2021/07/30/55-joint-military-committee-officially-announces-reopening-today-of-the-coastal-road/',
    '2021-07-30',
    'C',
    1,
  ),
  libyaobserverJul30: source(
    'Libyan PM announces official reopening of coastal road',
    'Libya Observer',
    'https://libyaobserver.ly/news/libyan-pm-announces-official-reopening-coastal-road',
    '2021-07-30',
    'C',
    1,
  ),
};

const P = {
  southTripoli: 'Southern outskirts of Tripoli',
  mitiga: 'Tripoli (Mitiga airport)',
  hadaba: 'Tripoli (al-Hadaba)',
  port: 'Tripoli port',
  tajoura: 'Tajoura',
  gharyan: 'Gharyan',
  sirte: 'Sirte',
  watiya: 'Al-Watiya air base',
  abuGrein: 'Abu Grein',
  tarhuna: 'Tarhuna',
  jufra: 'Jufra',
  westCoast: 'Western coast (Sabratha, Surman)',
  oil: 'Oil export terminals and fields (Es Sider, Ras Lanuf, Brega, Zueitina, Hariga; Sharara, El Feel)',
};
const R = {
  ghadames: 'ghadames-national-conference-2019',
  moscow: 'moscow-2020-01',
  jmc1: 'jmc-geneva-1',
  jmc2: 'jmc-geneva-2',
  jmc4: 'jmc-geneva-4',
  jmcGhadames: 'jmc-ghadames-5',
};
const CF = {
  eid: 'eid-al-adha-truce-2019',
  jan: 'truce-2020-01-12',
  sarraj: 'gna-ceasefire-2020-08-21',
  geneva: 'geneva-permanent-ceasefire-2020-10-23',
};
const O = {
  eidMitiga: 'eid-truce-mitiga-2019-08-11',
  jan12: 'truce-violations-2020-01-12',
  port: 'tripoli-port-strike-2020-02-18',
  mar23: 'tripoli-shelling-2020-03-23',
  geneva: 'geneva-ceasefire-signed-2020-10-23',
};

const events = [
  // ===== April 2019: the offensive on Tripoli, the national conference postponed =====
  ev(
    'NegotiationOpened',
    'opened',
    when('2019-04-04'),
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Government of National Accord – Libyan National Army, 2019–21',
      subject:
        "Haftar's offensive on Tripoli and the UN-led efforts to end it: truces, the Berlin process, the 5+5 joint military commission, the permanent ceasefire and its implementation",
      parties: [GNA, LNA],
      mediators: [UNSMIL],
    },
    [S.meesApr5, S.memoApr10],
    {
      note: 'Opened on the day Haftar ordered his forces to take Tripoli; UNSMIL was preparing the Ghadames conference.',
    },
  ),
  ev(
    'TalksRoundScheduled',
    'round-ghadames-scheduled',
    when('2019-04-04'),
    {
      roundId: R.ghadames,
      label: 'Libyan National Conference, Ghadames',
      venue: 'Ghadames',
      format: 'formal',
      hosts: ['unsmil'],
      plannedFor: '2019-04-14',
    },
    [S.meesApr5],
    { note: 'Convened by UNSMIL for 14–16 April to unite the rival governments; the planning date is earlier.' },
  ),
  ev(
    'StatementMade',
    'stmt-haftar-apr4',
    when('2019-04-04'),
    {
      speaker: HAFTAR,
      audience: 'gna',
      tone: 'military-threat',
      summary: 'Haftar orders his forces to take Tripoli in a voice recording released by the LNA.',
      quote: "The clock has struck and it's high time… we are coming Tripoli.",
    },
    [S.meesApr5],
  ),
  ev(
    'IncidentReported',
    'inc-offensive-apr5',
    when('2019-04-05', 'approximate'),
    {
      incidentId: 'lna-offensive-tripoli-2019-04',
      kind: 'clash',
      perpetrator: 'lna',
      against: 'gna',
      place: P.southTripoli,
      scale: 'major',
      description:
        'The LNA\'s "Flood of Dignity" offensive on Tripoli: its forces, already claiming Gharyan, advance on the capital\'s southern outskirts; both sides battle for the old Tripoli International Airport (Middle East Monitor: a "westward assault").',
    },
    [S.meesApr5, S.memoApr10],
  ),
  ev(
    'TalksRoundPostponed',
    'round-ghadames-postponed',
    when('2019-04-09'),
    {
      roundId: R.ghadames,
      reason:
        'Salamé: the conference cannot be held "to the backdrop of artillery shelling and air raids"; it will be convened when conditions permit (no new date).',
    },
    [S.memoApr10, S.maltatodayApr9],
  ),
  ev(
    'IncidentReported',
    'inc-toll-apr9',
    when('2019-04-09'),
    {
      incidentId: 'tripoli-toll-2019-04-04-09',
      kind: 'casualty-report',
      place: P.southTripoli,
      fatalities: { min: 45, max: 49 },
      period: { from: '2019-04-04', to: '2019-04-09' },
      description:
        'Health officials: at least 49 killed and dozens injured since the offensive began; almost 3,000 displaced (MaltaToday: 45 dead).',
    },
    [S.memoApr10, S.maltatodayApr9],
  ),
  ev(
    'IncidentReported',
    'inc-school-airstrike-apr13',
    when('2019-04-13'),
    {
      incidentId: 'lna-airstrike-school-2019-04-13',
      kind: 'airstrike',
      perpetrator: 'lna',
      against: 'gna',
      place: P.southTripoli,
      description:
        "An air raid by Haftar's forces hits the yard of a school on the southern outskirts of Tripoli, where they face the GNA's forces; the UN counts 75 killed in the battle so far, 17 of them civilians.",
    },
    [S.ajApr14],
  ),
  // ===== June–July 2019: Gharyan, Tajoura =====
  ev(
    'IncidentReported',
    'inc-gharyan-jun26',
    when('2019-06-26'),
    {
      incidentId: 'gna-recaptures-gharyan-2019-06-26',
      kind: 'clash',
      perpetrator: 'gna',
      against: 'lna',
      place: P.gharyan,
      fatalities: { min: 24, max: 99 },
      description:
        'GNA forces recapture Gharyan, the LNA\'s main supply base 100 km south of Tripoli; a GNA spokesman: 18 LNA fighters taken prisoner and "dozens" killed. The LNA commander in the town flees.',
    },
    [S.newarabJun27, S.petroleumafricaJun27],
  ),
  ev(
    'IncidentReported',
    'inc-tajoura-jul2',
    when('2019-07-02T21:30:00Z', 'approximate'),
    {
      incidentId: 'tajoura-airstrike-2019-07-02',
      kind: 'airstrike',
      perpetrator: 'lna',
      allegedBy: 'gna',
      against: 'gna',
      place: P.tajoura,
      fatalities: { min: 44, max: 53 },
      injured: { min: 130, max: 130 },
      civilianFatalities: { min: 44, max: 53 },
      description:
        'An air strike hits a migrant detention centre in Tajoura, in the Tripoli suburbs (the UN: at least 44 killed, more than 130 wounded; later 53). The GNA\'s Presidency Council blames "planes belonging to the war criminal Khalifa Haftar"; the LNA denies targeting the centre.',
    },
    [S.straitsJul3, graded(S.acumenJul3, 3)],
  ),
  // ===== August 2019: the Eid al-Adha truce =====
  ev(
    'MediationAction',
    'med-salame-eid-jul29',
    when('2019-07-29'),
    {
      mediator: 'unsmil',
      action: 'proposed',
      summary:
        'Salamé asks the Security Council for a truce for Eid al-Adha, with a prisoner exchange and confidence-building measures; "The war around Tripoli has already left nearly 1,100 dead, including 106 civilians."',
    },
    [S.appJul30],
  ),
  ev(
    'CeasefireDeclared',
    'cf-eid',
    when('2019-08-10T13:00:00Z'),
    {
      ceasefireId: CF.eid,
      parties: ['gna', 'lna'],
      scope: 'A humanitarian truce around Tripoli for Eid al-Adha; the GNA asked for all fronts and a ban on flights',
      coverage: 'partial',
      duration: 'temporary',
      until: '2019-08-12T13:00:00Z',
      mediatedBy: ['unsmil'],
    },
    [S.france24Aug10],
    {
      note: 'The GNA accepted conditionally late on 9 August; the LNA announced a halt to all military operations in the suburbs of Tripoli from 15:00 on the 10th to 15:00 on the 12th (Mismari).',
    },
  ),
  ev(
    'IncidentReported',
    'inc-mitiga-aug11',
    when('2019-08-11T08:00:00Z', 'approximate'),
    {
      incidentId: 'mitiga-shelling-2019-08-11',
      kind: 'shelling',
      perpetrator: 'lna',
      allegedBy: 'gna',
      against: 'gna',
      place: P.mitiga,
      injured: { min: 3, max: 3 },
      description:
        "Rockets hit Mitiga, Tripoli's only functioning airport, on the first day of Eid; flights suspended. The GNA blames Haftar's forces for it and for shells on a house in Souq al-Jumaa that wounded three civilians; the origin is unconfirmed and each side accuses the other.",
    },
    [S.trtAug11, S.libyaheraldAug12],
    { occurrence: O.eidMitiga },
  ),
  ev(
    'CeasefireViolationReported',
    'cfv-mitiga-aug11',
    when('2019-08-11T08:00:00Z', 'approximate'),
    {
      ceasefireId: CF.eid,
      allegedBy: 'gna',
      against: 'lna',
      casualties: { min: 0, max: 0 },
      injured: { min: 3, max: 3 },
      description: 'GNA spokesman Mustafa al-Mejii: "Haftar\'s militias have violated the truce twice."',
    },
    [S.trtAug11, S.libyaheraldAug12],
    { occurrence: O.eidMitiga },
  ),
  ev(
    'CeasefireEnded',
    'cf-eid-expired',
    when('2019-08-12T13:00:00Z'),
    { ceasefireId: CF.eid, reason: 'expired', summary: 'The two-day truce ends at 15:00 on 12 August.' },
    [S.france24Aug10, S.arabnewsAug14],
  ),
  ev(
    'IncidentReported',
    'inc-airstrikes-aug13',
    when('2019-08-13T03:00:00Z', 'approximate'),
    {
      incidentId: 'lna-airstrikes-2019-08-13',
      kind: 'airstrike',
      perpetrator: 'lna',
      against: 'gna',
      place: P.southTripoli,
      description:
        'Fighting resumes after the truce: LNA airstrikes pound the southern outskirts overnight (the road to the old airport, Wadi el-Rabie, Khallat al-Furjan, Souq al-Jumaa); no civilian casualties reported.',
    },
    [S.arabnewsAug14],
  ),
  ev(
    'IncidentReported',
    'inc-shelling-aug13',
    when('2019-08-13T03:00:00Z', 'approximate'),
    {
      incidentId: 'gna-shelling-2019-08-13',
      kind: 'shelling',
      perpetrator: 'gna',
      against: 'lna',
      place: P.southTripoli,
      description: "GNA-allied militias shell Haftar's forces on the southern and eastern outskirts.",
    },
    [S.arabnewsAug14],
  ),
  // ===== December 2019 – January 2020: the "final battle", the academy, Sirte, the truce =====
  ev(
    'StatementMade',
    'stmt-haftar-dec12',
    when('2019-12-12'),
    {
      speaker: HAFTAR,
      audience: 'gna',
      tone: 'military-threat',
      summary: 'Haftar announces the "final battle" for Tripoli, committing more forces to the city.',
    },
    [S.wikiAcademy],
  ),
  ev(
    'IncidentReported',
    'inc-academy-jan4',
    when('2020-01-04T19:00:00Z', 'approximate'),
    {
      incidentId: 'tripoli-military-school-strike-2020-01-04',
      kind: 'drone-strike',
      perpetrator: 'lna',
      allegedBy: 'gna',
      against: 'gna',
      place: P.hadaba,
      fatalities: { min: 26, max: 30 },
      injured: { min: 33, max: 33 },
      description:
        "An air strike on the al-Hadaba military school in Tripoli kills cadets on the parade ground (GNA health ministry: 28, later 26; some reports 30). The GNA blames Haftar's forces and a foreign aircraft; an LNA spokesman first calls the cadets militiamen, then denies the LNA struck.",
    },
    [S.trendJan5, S.wikiAcademy],
  ),
  ev(
    'IncidentReported',
    'inc-sirte-jan6',
    when('2020-01-06'),
    {
      incidentId: 'lna-takes-sirte-2020-01-06',
      kind: 'clash',
      perpetrator: 'lna',
      against: 'gna',
      place: P.sirte,
      description:
        'The LNA takes Sirte, held by GNA-allied forces since 2016, in an operation of a few hours; Mismari: "Sirte has been totally liberated."',
    },
    [S.dailyhellasJan7],
  ),
  ev('ActorRegistered', 'actor-turkiye', when('2020-01-11'), { actor: TURKIYE, role: 'mediator' }, [S.lsmJan14]),
  ev('ActorRegistered', 'actor-russia', when('2020-01-11'), { actor: RUSSIA, role: 'mediator' }, [S.lsmJan14]),
  ev(
    'CeasefireDeclared',
    'cf-jan',
    when('2020-01-11T22:00:00Z'),
    {
      ceasefireId: CF.jan,
      parties: ['gna', 'lna'],
      scope: 'All fronts; proposed by Türkiye and Russia',
      duration: 'indefinite',
      mediatedBy: ['turkiye', 'russia'],
    },
    [S.lsmJan14, S.voaJan18],
    {
      note: 'In effect from midnight (Libya time) into 12 January: Sarraj welcomed the proposal with the condition that the "aggressor" withdraw; the LNA accepted at the last minute, warning it would respond to any violation.',
    },
  ),
  ev(
    'CeasefireViolationReported',
    'cfv-jan12-gna',
    when('2020-01-12'),
    {
      ceasefireId: CF.jan,
      allegedBy: 'gna',
      against: 'lna',
      description:
        'A lull in heavy fighting and air strikes, but skirmishes go on around Tripoli; each side accuses the other.',
    },
    [S.duvarJan13],
    { occurrence: O.jan12 },
  ),
  ev(
    'CeasefireViolationReported',
    'cfv-jan12-lna',
    when('2020-01-12'),
    {
      ceasefireId: CF.jan,
      allegedBy: 'lna',
      against: 'gna',
      description: 'The LNA in turn accuses the GNA-allied forces of breaching the truce.',
    },
    [S.duvarJan13],
    { occurrence: O.jan12 },
  ),
  ev(
    'TalksRoundOpened',
    'round-moscow-opened',
    when('2020-01-13'),
    {
      roundId: R.moscow,
      label: 'Moscow talks on the ceasefire',
      venue: 'Moscow',
      format: 'informal',
      hosts: ['russia', 'turkiye'],
      delegations: [
        { actorId: 'gna', head: SARRAJ },
        { actorId: 'lna', head: HAFTAR },
      ],
    },
    [S.duvarJan13, S.cyprusmailJan14],
    {
      note: 'Indirect: the Russian and Turkish foreign and defence ministers carry the draft between the delegations.',
    },
  ),
  ev(
    'TalksRoundConcluded',
    'round-moscow-concluded',
    when('2020-01-14T02:00:00Z', 'approximate'),
    {
      roundId: R.moscow,
      outcome: 'no-progress',
      summary:
        'Sarraj signs the draft ceasefire agreement; Haftar asks until the morning, then leaves Moscow without signing (it set no deadline for disbanding the GNA forces, says a Libyan military source).',
      nextSteps: 'Russia: "The efforts in this direction will continue."',
    },
    [S.cyprusmailJan14, S.lsmJan14],
  ),
  ev(
    'StatementMade',
    'stmt-lna-jan14',
    when('2020-01-14'),
    {
      speaker: { name: 'LNA (statement)', title: 'Libyan National Army', actorId: 'lna' },
      audience: 'gna',
      tone: 'threat',
      summary: 'After leaving Moscow, the LNA says it is "ready and determined" to achieve victory.',
    },
    [S.alkhaleejJan14],
  ),
  ev(
    'IncidentReported',
    'inc-oil-blockade-jan18',
    when('2020-01-18'),
    {
      incidentId: 'oil-blockade-2020-01-18',
      kind: 'border-closure',
      perpetrator: 'lna',
      against: 'gna',
      place: P.oil,
      description:
        'Forces under the LNA\'s command shut the oil crescent export terminals (the NOC: on orders of the LNA-appointed Petroleum Facilities Guard commander and the LNA\'s Greater Sirte operations room) and, on the 19th, the pipelines from the Sharara and El Feel fields; output falls from 1.3 million barrels a day towards 72,000. Mismari: "purely a popular decision".',
    },
    [S.voaJan18, S.reutersJan19],
  ),
  ev('ActorRegistered', 'actor-germany', when('2020-01-19'), { actor: GERMANY, role: 'mediator' }, [S.arabweeklyJan20]),
  ev(
    'MediationAction',
    'med-berlin-jan19',
    when('2020-01-19'),
    {
      mediator: 'germany',
      action: 'proposed',
      summary:
        'The Berlin conference (eleven states, the UN, EU, AU and Arab League) adopts 55 points: a permanent ceasefire, respect for the arms embargo, no foreign interference, a political process; Sarraj and Haftar attend in separate rooms and each names five officers to a 5+5 joint military commission.',
    },
    [S.arabweeklyJan20, S.lsmJan21],
  ),
  // ===== February 2020: the 5+5 commission, the port strike =====
  ev(
    'TalksRoundOpened',
    'round-jmc1-opened',
    when('2020-02-03'),
    {
      roundId: R.jmc1,
      label: '5+5 Joint Military Commission, first round',
      venue: 'Geneva',
      format: 'technical',
      hosts: ['unsmil'],
      delegations: [{ actorId: 'gna' }, { actorId: 'lna' }],
    },
    [S.panaFeb3],
  ),
  ev(
    'TalksRoundConcluded',
    'round-jmc1-concluded',
    when('2020-02-08'),
    {
      roundId: R.jmc1,
      outcome: 'progress',
      summary:
        'UNSMIL notes a consensus on maintaining the truce of 12 January, on sending non-Libyan fighters out of the country and on fighting UN-listed terrorist groups.',
      nextSteps: 'A second round proposed for 18 February in Geneva.',
    },
    [S.tasnimFeb9],
  ),
  ev(
    'TalksRoundScheduled',
    'round-jmc2-scheduled',
    when('2020-02-09'),
    {
      roundId: R.jmc2,
      label: '5+5 Joint Military Commission, second round',
      venue: 'Geneva',
      format: 'technical',
      hosts: ['unsmil'],
      plannedFor: '2020-02-18',
    },
    [S.tasnimFeb9],
  ),
  ev(
    'TalksRoundOpened',
    'round-jmc2-opened',
    when('2020-02-18T08:00:00Z', 'approximate'),
    { roundId: R.jmc2, delegations: [{ actorId: 'gna' }, { actorId: 'lna' }] },
    [S.ajFeb19],
  ),
  ev(
    'IncidentReported',
    'inc-port-feb18',
    when('2020-02-18T10:00:00Z', 'approximate'),
    {
      incidentId: 'tripoli-port-strike-2020-02-18',
      kind: 'shelling',
      perpetrator: 'lna',
      against: 'gna',
      place: P.port,
      fatalities: { min: 3, max: 3 },
      injured: { min: 5, max: 5 },
      civilianFatalities: { min: 3, max: 3 },
      description:
        'Projectiles hit Tripoli port metres from an LPG tanker; the LNA says it destroyed a Turkish ship carrying weapons, the GNA that food containers burned. The GNA health ministry: three civilians killed, five injured. Salamé: a "big breach" of the ceasefire.',
    },
    [S.xinhuaFeb19, S.apFeb18],
    { occurrence: O.port },
  ),
  ev(
    'CeasefireViolationReported',
    'cfv-port-feb18',
    when('2020-02-18T10:00:00Z', 'approximate'),
    {
      ceasefireId: CF.jan,
      allegedBy: 'gna',
      against: 'lna',
      casualties: { min: 3, max: 3 },
      injured: { min: 5, max: 5 },
      civilianFatalities: { min: 3, max: 3 },
      description:
        'The GNA: "Today there was a renewed violation of the truce with the targeting of civilian facilities in the capital."',
    },
    [S.xinhuaFeb19, S.ajFeb19],
    { occurrence: O.port },
  ),
  ev(
    'TalksSuspended',
    'talks-suspended-feb18',
    when('2020-02-18T20:00:00Z', 'approximate'),
    {
      by: 'gna',
      reason:
        'The GNA suspends its participation in the Geneva military talks "until firm stands are taken against the violations of the attackers"; no negotiations without a lasting ceasefire.',
    },
    [S.xinhuaFeb19, S.ajFeb19],
  ),
  ev(
    'StatementMade',
    'stmt-gna-feb18',
    when('2020-02-18T20:00:00Z', 'approximate'),
    {
      speaker: GNA_PC,
      audience: 'lna',
      tone: 'warning',
      summary: 'The Presidential Council says it will respond firmly to the attack at the appropriate time.',
    },
    [S.ajFeb19],
  ),
  // ===== March–April 2020: Operation Peace Storm =====
  ev(
    'IncidentReported',
    'inc-shelling-mar23',
    when('2020-03-23'),
    {
      incidentId: 'tripoli-shelling-2020-03-23',
      kind: 'shelling',
      perpetrator: 'lna',
      against: 'gna',
      place: P.southTripoli,
      fatalities: { min: 5, max: 6 },
      civilianFatalities: { min: 5, max: 6 },
      description:
        "Heavy shelling by Haftar's forces kills at least five civilians in Tripoli (six in two days, Libyan Express); a hospital in Ain Zara is hit the next day.",
    },
    [S.memoMar25],
    { occurrence: O.mar23 },
  ),
  ev(
    'CeasefireViolationReported',
    'cfv-shelling-mar23',
    when('2020-03-23'),
    {
      ceasefireId: CF.jan,
      allegedBy: 'gna',
      against: 'lna',
      casualties: { min: 5, max: 6 },
      civilianFatalities: { min: 5, max: 6 },
      description: 'The GNA: repeated violations of the ceasefire and attacks on civilians in Tripoli.',
    },
    [S.memoMar25],
    { occurrence: O.mar23 },
  ),
  ev(
    'IncidentReported',
    'inc-peace-storm-watiya-mar25',
    when('2020-03-25'),
    {
      incidentId: 'peace-storm-watiya-2020-03-25',
      kind: 'clash',
      perpetrator: 'gna',
      against: 'lna',
      place: P.watiya,
      scale: 'major',
      description:
        'The GNA launches "multiple coordinated assaults" (Libya Security Monitor) on the LNA, first on Al-Watiya air base: it claims the base, then the LNA counter-attacks and the assault fails; RFI: "a comprehensive attack on the various front lines", the most violent battles since Gharyan.',
    },
    [S.lsmApr1, S.axadleMar, S.memoMar25],
  ),
  ev(
    'CeasefireEnded',
    'cf-jan-collapsed',
    when('2020-03-26'),
    {
      ceasefireId: CF.jan,
      reason: 'collapsed',
      summary:
        'Sarraj announces Operation Peace Storm: "We reiterated that we will respond to the continuous violations of the armistice… orders were issued to respond forcefully." An analyst\'s reading: no side declared the truce over.',
    },
    [S.memoMar27, S.lsmApr1],
  ),
  ev(
    'IncidentReported',
    'inc-peace-storm-tripoli-mar26',
    when('2020-03-26'),
    {
      incidentId: 'peace-storm-south-tripoli-2020-03-26',
      kind: 'clash',
      perpetrator: 'gna',
      against: 'lna',
      place: P.southTripoli,
      description:
        'GNA-aligned forces attack the LNA on several southern Tripoli fronts (Aziziya, Ramla, al-Tweisha, Tughar, Wadi Rabea): heavy clashes, minor gains.',
    },
    [S.lsmApr1],
  ),
  ev(
    'IncidentReported',
    'inc-peace-storm-abugrein-mar27',
    when('2020-03-27'),
    {
      incidentId: 'peace-storm-abu-grein-2020-03-27',
      kind: 'clash',
      perpetrator: 'gna',
      against: 'lna',
      place: P.abuGrein,
      description:
        'Heavy fighting on the Abu Grein axis between Misrata and Sirte on 27–28 March; GNA-aligned forces take ZamZam and al-Qaddahiya. The 28th is thought the deadliest day since April 2019 (no toll given).',
    },
    [S.lsmApr1],
  ),
  ev(
    'IncidentReported',
    'inc-west-coast-apr13',
    when('2020-04-13'),
    {
      incidentId: 'gna-west-coast-2020-04-13',
      kind: 'clash',
      perpetrator: 'gna',
      against: 'lna',
      place: P.westCoast,
      description:
        "The GNA announces its forces have removed Haftar's forces from at least eight towns on the western coast (Sabratha, Surman among them), some 3,000 km².",
    },
    [S.aaApr25],
  ),
  ev(
    'IncidentReported',
    'inc-tarhuna-tankers-apr25',
    when('2020-04-25'),
    {
      incidentId: 'gna-airstrike-tankers-2020-04-25',
      kind: 'airstrike',
      perpetrator: 'gna',
      against: 'lna',
      place: P.tarhuna,
      description:
        "The GNA's air force hits three tankers carrying fuel to Haftar's forces in Tarhuna; the day before, the first of Ramadan, Haftar's forces attacked Tripoli, killing three civilians (as the GNA reports).",
    },
    [S.aaApr25],
  ),
  // ===== May–June 2020: Al-Watiya, Greater Tripoli, Tarhuna, Sirte =====
  ev(
    'IncidentReported',
    'inc-watiya-may17',
    when('2020-05-17'),
    {
      incidentId: 'gna-strikes-watiya-2020-05-17',
      kind: 'airstrike',
      perpetrator: 'gna',
      against: 'lna',
      place: P.watiya,
      description:
        'Heavy GNA air and drone strikes on Al-Watiya air base and around it; South Front: seven LNA troops killed or wounded, an LNA drone shot down.',
    },
    [S.southfrontMay18, S.lsmMay20],
  ),
  ev(
    'IncidentReported',
    'inc-watiya-may18',
    when('2020-05-18T06:00:00Z', 'approximate'),
    {
      incidentId: 'gna-takes-watiya-2020-05-18',
      kind: 'drone-strike',
      perpetrator: 'gna',
      against: 'lna',
      place: P.watiya,
      description:
        'After a barrage of GNA–Turkish drone attacks, the LNA leaves Al-Watiya at 04:30; GNA forces (Juwaili) enter at 08:00 and take the base, with a Pantsir air-defence system, without recorded fighting inside it.',
    },
    [S.lsmMay20, S.almasdarMay18],
  ),
  ev(
    'IncidentReported',
    'inc-jufra-may18',
    when('2020-05-18'),
    {
      incidentId: 'gna-drones-jufra-2020-05-18',
      kind: 'drone-strike',
      perpetrator: 'gna',
      against: 'lna',
      place: P.jufra,
      description: '"GNA-aligned Turkish drones" hit suspected LNA fuel trucks north of Jufra air base.',
    },
    [S.lsmMay20],
  ),
  ev(
    'IncidentReported',
    'inc-sirte-may18',
    when('2020-05-18'),
    {
      incidentId: 'gna-drones-sirte-2020-05-18',
      kind: 'drone-strike',
      perpetrator: 'gna',
      against: 'lna',
      place: P.sirte,
      description: 'GNA-aligned drones destroy two LNA anti-aircraft batteries near Sirte airport as they move west.',
    },
    [S.lsmMay20],
  ),
  ev(
    'IncidentReported',
    'inc-greater-tripoli-jun3',
    when('2020-06-03'),
    {
      incidentId: 'gna-retakes-greater-tripoli-2020-06-03',
      kind: 'clash',
      perpetrator: 'gna',
      against: 'lna',
      place: P.southTripoli,
      description:
        "GNA-aligned forces push the LNA out of its positions on Tripoli's southern outskirts and retake the old international airport; on the 4th the GNA claims all of Greater Tripoli.",
    },
    [S.economistJun11, S.afpJun5],
  ),
  ev(
    'IncidentReported',
    'inc-tarhuna-jun5',
    when('2020-06-05'),
    {
      incidentId: 'gna-takes-tarhuna-2020-06-05',
      kind: 'clash',
      perpetrator: 'gna',
      against: 'lna',
      place: P.tarhuna,
      scale: 'major',
      description:
        'The GNA announces "another victory in its counter-offensive" (AFP), overrunning Tarhuna, the LNA\'s last western stronghold and the launchpad of the 14-month assault on the capital. Sarraj vows control over the whole of Libya.',
    },
    [S.afpJun5],
  ),
  ev(
    'IncidentReported',
    'inc-sirte-jun6',
    when('2020-06-06'),
    {
      incidentId: 'gna-airstrikes-sirte-2020-06-06',
      kind: 'airstrike',
      perpetrator: 'gna',
      against: 'lna',
      place: P.sirte,
      description:
        'The GNA launches its operation to take Sirte and Jufra hours after Tarhuna and Bani Walid: air strikes on Sirte; it says its forces have entered the city.',
    },
    [S.trtJun7, S.alahrarJun9],
  ),
  ev(
    'IncidentReported',
    'inc-sirte-jun8',
    when('2020-06-08'),
    {
      incidentId: 'sirte-clashes-2020-06-08',
      kind: 'clash',
      perpetrator: 'gna',
      against: 'lna',
      place: P.sirte,
      description:
        'Heavy clashes on the western outskirts of Sirte; then an "uneasy calm" with GNA forces a few kilometres from the centre, awaiting orders (Sirte–Jufra operations room). No toll given.',
    },
    [S.alahrarJun9],
  ),
  ev('ActorRegistered', 'actor-egypt', when('2020-06-20'), { actor: EGYPT, role: 'third-party' }, [S.libyaanalysisJun]),
  ev(
    'StatementMade',
    'stmt-sisi-jun20',
    when('2020-06-20'),
    {
      speaker: SISI,
      audience: 'gna',
      tone: 'military-threat',
      summary:
        'At Sidi Barrani, Sisi says Egypt has a legitimate right to intervene, orders his forces to be ready for missions outside its borders, and warns the GNA and Turkey not to pass the Sirte–Jufra line: "a red line for us".',
    },
    [S.libyaanalysisJun, S.mepeiJun],
  ),
  ev(
    'StatementMade',
    'stmt-gna-jun21',
    when('2020-06-21'),
    {
      speaker: GNA_PC,
      audience: 'egypt',
      tone: 'accusation',
      summary:
        'The Presidential Council calls Sisi\'s threat "a declaration of war" and hostile interference, and says "all of Libya is a red line".',
    },
    [S.mepeiJun],
  ),
  ev(
    'IncidentReported',
    'inc-posture-jul18',
    when('2020-07-18'),
    {
      incidentId: 'gna-buildup-sirte-2020-07-18',
      kind: 'force-posture',
      perpetrator: 'gna',
      against: 'lna',
      place: P.sirte,
      description:
        'About 200 GNA vehicles move east from Misrata towards Tawergha on the way to Sirte; the GNA says it will retake Sirte and Jufra, and the LNA sends forces to defend Sirte.',
    },
    [S.republicJul19],
  ),
  // ===== August–September 2020: the ceasefire statements, the end of the blockade =====
  ev(
    'CeasefireDeclared',
    'cf-sarraj',
    when('2020-08-21'),
    {
      ceasefireId: CF.sarraj,
      parties: ['gna'],
      scope:
        'All GNA forces ordered to cease fire and all combat operations in all Libyan territory; an effective ceasefire requires Sirte and Jufra to be demilitarised',
      duration: 'indefinite',
    },
    [S.almarsadAug21, S.trtAug21],
    {
      note: 'Unilateral. Sarraj also calls for oil exports to resume (revenues frozen in an NOC account) and for elections in March 2021.',
    },
  ),
  ev('ActorRegistered', 'actor-hor', when('2020-08-21'), { actor: HOR, role: 'third-party' }, [S.urdupointAug21]),
  ev(
    'StatementMade',
    'stmt-saleh-aug21',
    when('2020-08-21'),
    {
      speaker: SALEH,
      audience: 'gna',
      tone: 'conciliatory',
      summary:
        'In a separate statement the speaker of the eastern parliament also calls for a ceasefire and elections, and proposes Sirte as the seat of a new presidential council guarded by police from all regions.',
      quote:
        'The ceasefire ends the road for any military interventions and must end in the expelling of all mercenaries and the dissolution of all militias.',
    },
    [S.urdupointAug21, S.trtAug21],
  ),
  ev(
    'StatementMade',
    'stmt-mismari-aug23',
    when('2020-08-23'),
    {
      speaker: MISMARI,
      audience: 'gna',
      tone: 'warning',
      summary:
        'The LNA dismisses Sarraj\'s ceasefire as "media marketing": the GNA is mobilising around Sirte; the LNA is ready to respond to any attempted attack on its positions at Sirte and Jufra.',
      quote:
        'If al-Sarraj wanted a ceasefire, he would have drawn his forces back, not advanced towards our units in Sirte.',
    },
    [S.ahramAug23],
  ),
  ev(
    'IncidentReported',
    'inc-oil-reopened-sep18',
    when('2020-09-18'),
    {
      incidentId: 'oil-blockade-lifted-2020-09-18',
      kind: 'border-reopening',
      perpetrator: 'lna',
      against: 'gna',
      place: P.oil,
      description:
        'Haftar announces on television that oil production and exports will resume "with all the necessary conditions… that ensure a fair distribution of its financial revenues", under a deal with the GNA deputy prime minister Ahmed Maiteeq; the NOC lifts force majeure on "safe" fields and ports the next day.',
    },
    [S.trtSep18, S.lsmSep23],
  ),
  // ===== October 2020: the permanent ceasefire =====
  ev(
    'TalksRoundOpened',
    'round-jmc4-opened',
    when('2020-10-19'),
    {
      roundId: R.jmc4,
      label: '5+5 Joint Military Commission, fourth round',
      venue: 'Geneva',
      format: 'technical',
      hosts: ['unsmil'],
      delegations: [{ actorId: 'gna' }, { actorId: 'lna' }],
    },
    [S.libyaheraldOct19],
    { note: 'The first face-to-face meeting of the two delegations, with Stephanie Williams (acting head of UNSMIL).' },
  ),
  ev(
    'TalksRoundConcluded',
    'round-jmc4-concluded',
    when('2020-10-23T09:15:00Z'),
    {
      roundId: R.jmc4,
      outcome: 'agreement',
      summary: 'The two delegations sign a complete and permanent ceasefire agreement at 11:15 in Geneva.',
    },
    [S.unsmilOct23, S.libyaobserverOct23],
    { occurrence: O.geneva },
  ),
  ev(
    'AgreementReached',
    'agr-geneva',
    when('2020-10-23T09:15:00Z'),
    {
      agreementId: 'geneva-ceasefire-agreement-2020-10-23',
      kind: 'ceasefire',
      provisions: [
        'A complete, countrywide and permanent ceasefire with immediate effect (not applying to UN-designated terrorist groups)',
        'All military units and armed groups on the front lines return to their camps; all mercenaries and foreign fighters leave within three months',
        'Military training agreements suspended until a unified government takes office',
        'A joint police operations room and a limited joint military force to deter violations',
        'Exchange of detainees; roads, land and air links reopened across Libya',
        'The Petroleum Facilities Guard restructured; an end to hate speech in the media',
      ],
      signatories: ['gna', 'lna'],
      textPublic: true,
      roundId: R.jmc4,
    },
    [S.unsmilOct23, S.libyaobserverOct23],
    { occurrence: O.geneva },
  ),
  ev(
    'CeasefireDeclared',
    'cf-geneva',
    when('2020-10-23T09:15:00Z'),
    {
      ceasefireId: CF.geneva,
      parties: ['gna', 'lna'],
      scope: 'Complete, countrywide and permanent',
      duration: 'indefinite',
      mediatedBy: ['unsmil'],
    },
    [S.unsmilOct23],
    { occurrence: O.geneva },
  ),
  ev(
    'CeasefireEnded',
    'cf-sarraj-superseded',
    when('2020-10-23T09:15:00Z'),
    { ceasefireId: CF.sarraj, reason: 'superseded', summary: 'Superseded by the signed Geneva agreement.' },
    [S.unsmilOct23],
    { occurrence: O.geneva },
  ),
  // ===== November 2020 – July 2021: implementation =====
  ev(
    'TalksRoundOpened',
    'round-jmc5-opened',
    when('2020-11-02'),
    {
      roundId: R.jmcGhadames,
      label: '5+5 Joint Military Commission, fifth round',
      venue: 'Ghadames',
      format: 'technical',
      hosts: ['unsmil'],
      delegations: [{ actorId: 'gna' }, { actorId: 'lna' }],
    },
    [S.libyaheraldNov4],
  ),
  ev(
    'TalksRoundConcluded',
    'round-jmc5-concluded',
    when('2020-11-03'),
    {
      roundId: R.jmcGhadames,
      outcome: 'progress',
      summary:
        'At its first meeting inside Libya the commission sets up a sub-committee for the return of troops and the departure of foreign forces, agrees on monitoring with international observers and makes Sirte its seat.',
    },
    [S.libyaheraldNov4],
  ),
  ev(
    'StatementMade',
    'stmt-bashagha-dec25',
    when('2020-12-25'),
    {
      speaker: BASHAGHA,
      audience: 'lna',
      tone: 'conciliatory',
      summary:
        'The first prisoner exchange under the ceasefire, supervised by the 5+5 commission at al-Shwayrif: 33 LNA fighters for 15 GNA fighters (Libya Alahrar); Bashagha hails it with photographs of the freed.',
    },
    [S.ajDec26, S.alahrarDec25],
  ),
  ev(
    'StatementMade',
    'stmt-yahya-jan6',
    when('2021-01-06'),
    {
      speaker: YAHYA,
      audience: 'lna',
      tone: 'conciliatory',
      summary: 'A third exchange at al-Shwayrif: 8 GNA prisoners for 20 of the LNA; more releases are scheduled.',
    },
    [S.libyanexpressJan7],
  ),
  ev(
    'StatementMade',
    'stmt-sarraj-mar16',
    when('2021-03-16'),
    {
      speaker: SARRAJ,
      audience: 'domestic audience',
      tone: 'conciliatory',
      summary:
        'Sarraj hands over to Dbeibah\'s Government of National Unity, sworn in the day before in Tobruk and approved by the parliament in Sirte: "I am here today consolidating the principles of democracy." The coastal road between Misrata and Sirte is still closed.',
    },
    [S.reutersMar16],
  ),
  ev(
    'StatementMade',
    'stmt-dbeibah-jun20',
    when('2021-06-20'),
    {
      speaker: DBEIBAH,
      audience: 'domestic audience',
      tone: 'conciliatory',
      summary:
        'Dbeibah clears the last earth bank on the coastal road at Buerat al-Hassoun, one of the conditions of the ceasefire agreement; the front-line area to be secured by forces assigned by the 5+5 commission.',
    },
    [S.libyaheraldJun21],
  ),
  ev(
    'StatementMade',
    'stmt-dbeibah-jul30',
    when('2021-07-30'),
    {
      speaker: DBEIBAH,
      audience: 'domestic audience',
      tone: 'conciliatory',
      summary:
        'The 5+5 commission officially reopens the coastal road linking east and west, under its security arrangements committee, with no military convoys allowed; Dbeibah announces it.',
    },
    [S.almarsadJul30, S.libyaobserverJul30],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'libya-gna-lna-2019.jsonl',
  logEnd: '2026-12-07T00:00:00Z',
  events,
};

export default definition;
