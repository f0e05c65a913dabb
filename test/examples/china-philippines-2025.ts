/**
 * A test fixture, not a shipped example: China and the Philippines in the
 * South China Sea in 2025 as an analyst following the news could have
 * recorded it, from the China Coast Guard's "monster ship" off Zambales
 * (January) to the water cannon on Filipino fishermen at Sabina Shoal (12
 * December). Escalation model v2 was never tuned on it: it is the case the
 * model is held to in china-philippines-2025.spec.ts, against the calls an
 * analyst makes from DOMAIN.md §5b alone.
 *
 * What it tests that the other cases did not: grey-zone coercion. Nobody is
 * killed and nobody fires a weapon, yet the China Coast Guard uses force on
 * Philippine government vessels and fishermen (water cannon, ramming,
 * sideswiping, blocking) every few weeks, while the two keep talking (the
 * Bilateral Consultation Mechanism, BCM) and keep implementing the
 * provisional understanding of July 2024 on resupplying the BRP Sierra Madre
 * at Second Thomas (Ayungin) Shoal. The parties are China and the
 * Philippines; the United States (exercises, statements) is a third party.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source.
 *
 * Grading as in examples/README.md: B = established outlet or wire copy
 * (Reuters, AP, AFP through the outlets that carry them; Manila Bulletin,
 * Philstar, CNA, BusinessWorld, Xinhua through People's Daily); C = smaller
 * outlet, aggregator or mirror; 1 = an on-record act or statement confirmed
 * by both sides; 2 = several outlets agree, an on-record statement, or an
 * incident one side alleges with video that the other does not deny (China's
 * coast guard says it took "control measures" or used water cannon); 3 = one
 * side's unverified claim about the other, relayed by a single report.
 *
 * Judgement calls, recorded as an analyst would:
 * - Water cannon, ramming, sideswiping and blocking by China's coast guard
 *   are not armed action in §5b's sense (no clash with weapons, no strike, no
 *   shelling: nobody fires a weapon), so they are not recorded as `clash`;
 *   nor are they a `militant-attack` (the act of an armed group: the China
 *   Coast Guard is the state's own force). They are `non-lethal-force`, with
 *   the perpetrator as the Philippines alleges it, aimed `against` the
 *   Philippines, and where a vessel was hit and damaged the analyst's CAMEO
 *   code 171 ("use of force against property"). By §5b an analyst reads them
 *   as attacks blamed on the other party (coercion, level 3 for about two
 *   weeks), not armed action. The case was first recorded before the
 *   catalogue had that kind, as `force-posture` (the nearest kind that is not
 *   armed action), which escalation v2 reads nothing of: the nine calls of 3
 *   missed (see the spec). The kind was added for it, and these six incidents
 *   re-recorded with it; nothing else changed.
 * - Shows of force with no force used (the "monster ship" off Zambales, the
 *   PLA Navy helicopter within three metres of a fisheries aircraft, the flag
 *   landings on Sandy Cay) are `force-posture` with the default code.
 * - China's approval of a "national nature reserve" at Scarborough Shoal (10
 *   September) is an administrative claim to be enforced by its coast guard;
 *   no kind fits a unilateral legal act, and it is recorded as
 *   `force-posture` (a police move short of the use of force). It closes no
 *   border the sources name: Filipino access to the shoal has been blocked
 *   since 2012.
 * - China's sanctions on former senator Tolentino (1 July) are recorded as
 *   the foreign ministry's statement, with CAMEO 163 (impose sanctions).
 * - The provisional understanding of 21 July 2024 (text not public) is an
 *   agreement between the two (`partial`); resupply missions carried out
 *   under it are recorded as the statements that report them (the catalogue
 *   has no type for an agreement's implementation).
 * - Each side's account of an incident is kept apart: the incident as the
 *   Philippines reports it (with China's version in its description), and
 *   China's coast guard's accusation as its statement. China's claim that
 *   the Philippine vessel rammed its ship on 16 September is that statement,
 *   not an incident of its own.
 * - The summoning of China's ambassador over the Tolentino sanctions was
 *   reported on 8 July as having happened "last week"; it is in the summary of
 *   Lazaro's statement of 8 July, not dated on its own.
 * - Left out for want of a dated report in the sources searched: what passed
 *   at sea from March to mid-April and from late October to December beyond
 *   the PLA's statement of 16 November; whether the BCM meeting Lazaro
 *   announced in August took place. The record is thinner than the sea: days
 *   with nothing recorded are not days with nothing done.
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'china-philippines-scs-2025';
const { ev, at } = caseKit(NEGOTIATION_ID, 'test-analyst', 2025);

const CHINA: Actor = {
  id: 'china',
  name: "People's Republic of China",
  kind: 'state',
  aliases: ['China', 'Beijing', 'PRC', 'China Coast Guard', 'CCG'],
};
const PHILIPPINES: Actor = {
  id: 'philippines',
  name: 'Republic of the Philippines',
  kind: 'state',
  aliases: ['Philippines', 'Manila', 'Philippine Coast Guard', 'PCG', 'BFAR'],
};
const USA: Actor = { id: 'united-states', name: 'United States', kind: 'state', aliases: ['US', 'Washington'] };

const TARRIELA: Person = {
  name: 'Commodore Jay Tarriela',
  title: 'Spokesperson for the West Philippine Sea, Philippine Coast Guard',
  actorId: 'philippines',
};
const MALAYA: Person = {
  name: 'Jonathan Malaya',
  title: 'Assistant Director General, National Security Council of the Philippines',
  actorId: 'philippines',
};
const NMC: Person = { name: 'National Maritime Council of the Philippines (statement)', actorId: 'philippines' };
const DFA: Person = { name: 'Department of Foreign Affairs of the Philippines (statement)', actorId: 'philippines' };
const LAZARO: Person = {
  name: 'Ma. Theresa Lazaro',
  title: 'Foreign Affairs Undersecretary, Secretary of Foreign Affairs from July 2025',
  actorId: 'philippines',
};
const ESCALONA: Person = {
  name: 'Angelica Escalona',
  title: 'Spokesperson, Department of Foreign Affairs of the Philippines',
  actorId: 'philippines',
};
const AFP_PH: Person = {
  name: 'Col. Xerxes Trinidad',
  title: 'Chief, Public Affairs Office, Armed Forces of the Philippines',
  actorId: 'philippines',
};
const BFAR: Person = {
  name: 'Bureau of Fisheries and Aquatic Resources of the Philippines (statement)',
  actorId: 'philippines',
};
const MARCOS: Person = { name: 'Ferdinand Marcos Jr.', title: 'President of the Philippines', actorId: 'philippines' };
const CHEN: Person = { name: 'Chen Xiaodong', title: 'Vice Foreign Minister of China', actorId: 'china' };
const GUO: Person = {
  name: 'Guo Jiakun',
  title: 'Spokesperson, Ministry of Foreign Affairs of China',
  actorId: 'china',
};
const LIN: Person = { name: 'Lin Jian', title: 'Spokesperson, Ministry of Foreign Affairs of China', actorId: 'china' };
const MAO: Person = { name: 'Mao Ning', title: 'Spokesperson, Ministry of Foreign Affairs of China', actorId: 'china' };
const CN_MFA: Person = { name: 'Ministry of Foreign Affairs of China (spokesperson)', actorId: 'china' };
const STC: Person = {
  name: "Southern Theater Command of the People's Liberation Army (spokesperson)",
  actorId: 'china',
};
const TIAN: Person = {
  name: 'Tian Junli',
  title: "Spokesperson, Southern Theater Command of the People's Liberation Army",
  actorId: 'china',
};
const GAN: Person = { name: 'Gan Yu', title: 'Spokesperson, China Coast Guard', actorId: 'china' };
const LIU: Person = { name: 'Liu Dejun', title: 'Spokesperson, China Coast Guard', actorId: 'china' };
const CARLSON: Person = {
  name: 'MaryKay Carlson',
  title: 'US Ambassador to the Philippines',
  actorId: 'united-states',
};

const S = {
  asiaoneJul22: source(
    "China, Philippines agree on 'provisional arrangement' for South China Sea resupply missions, Manila says",
    'AsiaOne (Reuters)',
    'https://www.asiaone.com/asia/china-philippines-agree-provisional-arrangement-south-china-sea-resupply-missions-manila-says',
    '2024-07-22',
    'B',
    2,
  ),
  visiontimesJul30: source(
    "China and Philippines Arrive at 'Provisional Arrangement' for South China Sea Resupply Missions",
    'Vision Times (Reuters)',
    'https://visiontimes.com/2024/07/30/china-and-philippines-arrive-at-provisional-arrangement-for-south-china-sea-resupply-missions.html',
    '2024-07-30',
    'C',
    2,
  ),
  aseandailyJan6: source(
    "Philippines mobilises forces to track Chinese 'monster' coast guard ship",
    'The Asean Daily',
    'https://theaseandaily.com/philippines-mobilises-forces-to-track-chinese-monster-coast-guard-ship',
    '2025-01-06',
    'C',
    2,
  ),
  mbJan13: source(
    "PH files diplomatic protest vs presence of China's 'monster ship', helicopter in WPS",
    'Manila Bulletin',
    'https://mb.com.ph/2025/01/13/ph-files-diplomatic-protest-vs-presence-of-china-s-monster-ship-helicopter-in-wps',
    '2025-01-13',
    'B',
    2,
  ),
  abscbnJan14: source(
    'Philippines tells China to withdraw monster ship near Zambales',
    'ABS-CBN News',
    'https://abs-cbn.com/news/nation/2025/1/14/philippines-tells-china-to-withdraw-monster-ship-near-zambales-1509',
    '2025-01-14',
    'B',
    2,
  ),
  mbJan16: source(
    'PH, China engage in frank, constructive conversation on South China Sea issues',
    'Manila Bulletin',
    'https://mb.com.ph/2025/1/16/ph-china-in-frank-conversation',
    '2025-01-16',
    'B',
    2,
  ),
  peopleJan17: source(
    'China, Philippines hold 10th BCM meeting on South China Sea',
    "People's Daily Online (Xinhua)",
    'http://en.people.cn/n3/2025/0117/c90000-20267251.html',
    '2025-01-17',
    'B',
    2,
  ),
  mbJan18: source(
    "China defies PH call to withdraw 'monster' ship",
    'Manila Bulletin',
    'https://mb.com.ph/2025/01/18/china-defies-ph-call-to-withdraw-monster-ship',
    '2025-01-18',
    'B',
    2,
  ),
  independentFeb18: source(
    "Philippines accuses Chinese Navy helicopter of flying 'dangerously' close to its patrol plane",
    'The Independent (AP)',
    'https://www.the-independent.com/asia/china/philippines-chinese-navy-south-china-sea-b2699975.html',
    '2025-02-18',
    'B',
    2,
  ),
  rfaFeb19: source(
    'Chinese military helicopter flies within 3 meters of Philippine aircraft',
    'Radio Free Asia',
    'https://rfa.org/english/china/2025/02/19/philippines-china-south-china-sea-helicopter',
    '2025-02-19',
    'B',
    2,
  ),
  independentFeb19: source(
    "Chinese helicopter performs 'dangerous' manoeuvres near Philippine aircraft",
    'The Independent',
    'https://www.independent.co.uk/tv/news/china-helicopter-philippines-sea-navy-b2700976.html',
    '2025-02-19',
    'B',
    2,
  ),
  aseandailyFeb19: source(
    'Philippines to lodge diplomatic protest over Chinese helicopter near-collision',
    'The Asean Daily',
    'https://theaseandaily.com/?p=46112',
    '2025-02-19',
    'C',
    2,
  ),
  tribuneMar5: source(
    "Phl military's Ayungin resupply ops unimpeded for 5th time",
    'Daily Tribune',
    'https://tribune.net.ph/amp/story/2025/03/05/phl-militarys-ayungin-resupply-ops-unimpeded-for-5th-time',
    '2025-03-05',
    'B',
    2,
  ),
  aaApr21: source(
    'US, Philippines joint drills undermine regional stability: China',
    'Anadolu Agency',
    'https://www.aa.com.tr/en/asia-pacific/us-philippines-joint-drills-undermine-regional-stability-china/3544021',
    '2025-04-21',
    'B',
    2,
  ),
  htApr28: source(
    'Philippines hits China with Sandy Cay flag planting as South China Sea boils pre-US drill',
    'Hindustan Times',
    'https://www.hindustantimes.com/world-news/philippines-hits-china-with-sandy-cay-flag-planting-as-south-china-sea-boils-pre-us-drill-101745799538516.html',
    '2025-04-28',
    'B',
    2,
  ),
  spacewarMay22: source(
    "Philippines says China Coast Guard fired water cannon, 'sideswiped' govt vessel",
    'SpaceWar (AFP)',
    'https://www.spacewar.com/reports/Philippines_says_China_Coast_Guard_fired_water_cannonsideswiped_govt_vessel_999.html',
    '2025-05-22',
    'C',
    2,
  ),
  philstarMay23: source(
    'China blasts BFAR vessel with water cannon for the first time near Pag-asa',
    'The Philippine Star',
    'https://www.philstar.com/headlines/2025/05/23/2445072/china-blasts-bfar-vessel-water-cannon-first-time-near-pag-asa',
    '2025-05-23',
    'B',
    2,
  ),
  bworldJun23: source(
    'Philippines accuses China Coast Guard of aggressive maneuvers against its fisheries vessels',
    'BusinessWorld (Reuters)',
    'https://www.bworldonline.com/the-nation/2025/06/23/680726/philippines-accuses-china-coast-guard-of-aggressive-maneuvers-against-its-fisheries-vessels/',
    '2025-06-23',
    'B',
    3,
  ),
  peopleJul1: source(
    'China imposes sanctions on former Philippine senator Francis Tolentino: spokesperson',
    "People's Daily Online (Xinhua)",
    'http://en.people.cn/n3/2025/0701/c90000-20334596.html',
    '2025-07-01',
    'B',
    1,
  ),
  mbJul1: source(
    'China sanctions Tolentino over SCS claims, bars him from entering its territories',
    'Manila Bulletin',
    'https://mb.com.ph/2025/07/01/china-sanctions-tolentino-over-scs-claims-bars-him-from-entering-its-territories',
    '2025-07-01',
    'B',
    2,
  ),
  mbJul8: source(
    "Tolentino backs DFA's move to summon Chinese envoy over sanctions",
    'Manila Bulletin',
    'https://mb.com.ph/2025/07/08/tolentino-backs-dfas-move-to-summon-chinese-envoy-over-sanctions',
    '2025-07-08',
    'B',
    2,
  ),
  sobaooJul8: source(
    'Philippines summons Chinese ambassador over sanctions vs Tolentino',
    'Sobaoo (Philstar)',
    'https://sobaoo.com/philippines-summons-chinese-ambassador-over-sanctions-vs-tolentino-127141.html',
    '2025-07-08',
    'C',
    2,
  ),
  cnaAug11: source(
    'Chinese vessels collide while pursuing Philippine boat in South China Sea',
    'CNA (AFP)',
    'https://www.channelnewsasia.com/asia/china-vessels-collide-pursuing-philippine-boat-south-china-sea-5288146',
    '2025-08-11',
    'B',
    2,
  ),
  newsxAug11: source(
    'Chinese vessels collide during Philippine boat chase in South China Sea',
    'NewsX (Reuters)',
    'https://www.newsx.com/world/chinese-vessels-collide-during-philippine-boat-chase-in-south-china-sea-heres-what-we-know-so-far-43183/',
    '2025-08-11',
    'C',
    2,
  ),
  mbAug12: source(
    "China: PH's actions in Scarborough are of 'a malign nature'",
    'Manila Bulletin',
    'https://mb.com.ph/2025/08/12/china-phs-actions-in-scarborough-are-of-a-malign-nature',
    '2025-08-12',
    'B',
    2,
  ),
  mbAug13: source(
    "PH preparing protest over Chinese ships' dangerous maneuvers; foreign envoys hit China's latest WPS aggression",
    'Manila Bulletin',
    'https://mb.com.ph/2025/08/13/ph-preparing-protest-over-chinese-ships-dangerous-maneuvers-foreign-envoys-hit-chinas-latest-wps-aggression',
    '2025-08-13',
    'B',
    2,
  ),
  cdnAug13: source(
    'Dangerous Chinese maneuvers in Scarborough: DFA to lodge protest',
    'Cebu Daily News (Inquirer)',
    'https://cebudailynews.inquirer.net/651829/dangerous-chinese-maneuvers-in-scarborough-dfa-to-lodge-protest',
    '2025-08-13',
    'B',
    2,
  ),
  mbAug20: source(
    'PH-China talks to discuss Scarborough collision—DFA chief',
    'Manila Bulletin',
    'https://mb.com.ph/2025/08/20/ph-china-talks-to-discuss-scarborough-collisiondfa-chief',
    '2025-08-20',
    'B',
    2,
  ),
  mbAug23: source(
    'DFA: Ayungin resupply missions to continue under Provisional Understanding',
    'Manila Bulletin',
    'https://mb.com.ph/2025/08/23/dfa-ayungin-resupply-missions-to-continue-under-provisional-understanding',
    '2025-08-23',
    'B',
    2,
  ),
  nieSep11: source(
    "Philippines protests China's plan for nature reserve at hotly disputed shoal",
    'The New Indian Express (AP)',
    'https://www.newindianexpress.com/world/2025/Sep/11/philippines-protests-chinas-plan-for-nature-reserve-at-hotly-disputed-shoal',
    '2025-09-11',
    'B',
    2,
  ),
  trtSep12: source(
    "Philippines protests China's Scarborough Shoal reserve plan; Beijing defends move as sovereign right",
    'TRT World',
    'https://www.trtworld.com:443/article/665c793d379e',
    '2025-09-12',
    'B',
    2,
  ),
  trtSep14: source(
    'China warns Philippines after South China Sea drills with US, Japan',
    'TRT World',
    'https://www.trtworld.com:443/article/a5377455dbbc',
    '2025-09-14',
    'B',
    2,
  ),
  newsazSep16: source(
    'China fires water cannon at Philippine ships near Scarborough Shoal',
    'News.Az (Reuters)',
    'https://news.az/news/china-fires-water-cannon-at-philippine-ships-near-scarborough-shoal',
    '2025-09-16',
    'C',
    2,
  ),
  wpxiSep17: source(
    'China accuses Philippine ship of ramming; Manila says water cannon damaged its vessel and injured a crew member',
    'WPXI (AP)',
    'https://www.wpxi.com/news/world/chinese-philippine/TLNPYSZE75FXHIR7VMI4GIBDYI/',
    '2025-09-17',
    'B',
    2,
  ),
  mbSep18: source(
    'DFA files new diplomatic protest vs China over water cannon attack',
    'Manila Bulletin',
    'https://mb.com.ph/2025/09/18/dfa-files-new-diplomatic-protest-vs-china-over-water-cannon-attack',
    '2025-09-18',
    'B',
    2,
  ),
  cdnOct12: source(
    'PCG says Chinese vessel deliberately rammed government ship',
    'Cebu Daily News (Inquirer)',
    'https://cebudailynews.inquirer.net/662991/pcg-says-chinese-vessel-deliberately-rammed-government-ship',
    '2025-10-12',
    'B',
    2,
  ),
  bsOct12: source(
    'Chinese coast guard rams, damages Philippine vessel in South China Sea',
    'Business Standard (AP)',
    'https://www.business-standard.com/amp/world-news/chinese-coast-guard-rams-damages-philippine-vessel-in-south-china-sea-125101200174_1.html',
    '2025-10-12',
    'B',
    2,
  ),
  mbOct13: source(
    'PH to file diplomatic protest vs China over WPS attack',
    'Manila Bulletin',
    'https://mb.com.ph/2025/10/13/title',
    '2025-10-13',
    'B',
    2,
  ),
  sunstarOct13: source(
    'Chinese vessel harasses 3 BFAR ships off Pag-asa Island',
    'SunStar Philippines',
    'https://www.sunstar.com.ph/manila/chinese-vessel-harasses-3-bfar-ships-off-pagasa-island',
    '2025-10-13',
    'B',
    2,
  ),
  millenniumOct14: source(
    'Chinese coast guard rams, damages Philippine vessel off an island in SCS',
    'Millennium Post (AP)',
    'https://www.millenniumpost.in/world/chinese-coast-guard-rams-damages-philippine-vessel-off-an-island-in-scs-631160',
    '2025-10-14',
    'C',
    2,
  ),
  bworldOct27: source(
    'Marcos calls for restraint, respect for law at summit',
    'BusinessWorld',
    'https://www.bworldonline.com/the-nation/2025/10/27/708299/marcos-calls-for-restraint-respect-for-law-at-summit/',
    '2025-10-27',
    'B',
    2,
  ),
  anewsNov16: source(
    'China slams Philippines over its joint drills with US, Japan',
    'A News',
    'https://www.anews.com.tr/world/2025/11/16/china-slams-philippines-over-its-joint-drills-with-us-japan',
    '2025-11-16',
    'C',
    2,
  ),
  wionDec13: source(
    'China–Philippines tensions escalate as Filipino fishermen injured in Chinese water cannon attack',
    'WION',
    'https://www.wionews.com/world/china-philippines-tensions-escalate-as-filipino-fishermen-injured-in-chinese-water-cannon-attack-what-s-happening-1765609303101',
    '2025-12-13',
    'B',
    2,
  ),
  okazDec13: source(
    'Three Filipino fishermen injured by Chinese coast guard water cannon near Sabina Shoal',
    'Okaz',
    'https://www.okaz.com.sa/politics/na/2226439',
    '2025-12-13',
    'C',
    2,
  ),
  bairdDec15: source(
    'Philippines to protest Chinese harassment of fisherfolk near disputed shoal',
    'Baird Maritime (Reuters)',
    'https://www.bairdmaritime.com/security/non-naval-security/coast-guard/philippines-to-protest-chinese-harassment-of-fisherfolk-near-disputed-shoal',
    '2025-12-15',
    'B',
    2,
  ),
  mbDec15: source(
    'PH issues demarche to China over water cannon attack to fishermen',
    'Manila Bulletin',
    'https://mb.com.ph/2025/12/15/ph-issues-demarche-to-china-over-water-cannon-attack-to-fishermen',
    '2025-12-15',
    'B',
    2,
  ),
};

const NON_LETHAL =
  "Non-lethal force on the other party's vessels or people (`non-lethal-force`), CAMEO 171 where a vessel was hit and damaged; see the header.";

const events = [
  // ===== The provisional understanding (July 2024), recorded when the case was opened =====
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '2024-07-21', recordedAt: at('01-06', '09:00') },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'China – Philippines, South China Sea, 2025',
      subject:
        "The two states' maritime dispute in the South China Sea (Scarborough Shoal, Second Thomas / Ayungin Shoal, Sandy Cay, Thitu / Pag-asa, Sabina Shoal): the China Coast Guard's coercion of Philippine vessels, the Bilateral Consultation Mechanism (BCM) and the provisional understanding of July 2024 on resupplying the BRP Sierra Madre",
      parties: [CHINA, PHILIPPINES],
      mediators: [],
    },
    [S.asiaoneJul22, S.aseandailyJan6],
    { note: 'Dated to the provisional understanding, the first development the case covers.' },
  ),
  ev(
    'AgreementReached',
    'agr-provisional-understanding',
    { occurredAt: '2024-07-21', recordedAt: at('01-06', '09:05') },
    {
      agreementId: 'provisional-understanding-ayungin-2024',
      kind: 'partial',
      provisions: [
        'A provisional arrangement for the resupply of daily necessities and rotation of personnel to the BRP Sierra Madre at Second Thomas (Ayungin) Shoal',
        "It does not prejudice either side's positions in the South China Sea",
        'Both recognise the need to de-escalate and manage differences through dialogue and consultation',
      ],
      signatories: ['philippines', 'china'],
      textPublic: false,
    },
    [graded(S.asiaoneJul22, 1), graded(S.visiontimesJul30, 1)],
    {
      note: "Announced by Manila's foreign ministry on 21 July 2024 and confirmed by China's as a 'temporary arrangement' (China still demands the ship be towed away). Reached after the 9th BCM (2 July 2024).",
    },
  ),
  // ===== January: the "monster ship", the 10th BCM =====
  ev(
    'IncidentReported',
    'inc-monster-ship',
    { occurredAt: '2025-01-04', recordedAt: at('01-06', '09:10') },
    {
      incidentId: 'ccg-5901-off-zambales-2025-01',
      kind: 'force-posture',
      perpetrator: 'china',
      allegedBy: 'philippines',
      against: 'philippines',
      target: 'Philippine exclusive economic zone off Zambales',
      place: '54–70 nautical miles off Zambales (Capones Island), Luzon',
      description:
        "China Coast Guard ship 5901, its largest ('the monster', 165 m), patrols inside the Philippine EEZ off Zambales from 4 January; the Philippine Coast Guard shadows it and radio-challenges it to leave. No force is used on Philippine vessels.",
    },
    [S.aseandailyJan6],
  ),
  ev(
    'StatementMade',
    'stmt-malaya-jan6',
    { occurredAt: '2025-01-06', recordedAt: at('01-06', '09:15') },
    {
      speaker: MALAYA,
      audience: 'china',
      tone: 'accusation',
      summary:
        "Beijing is flexing its maritime muscle to intimidate Filipino fishing communities; the whole fleet is tracking the 'monster ship' and any provocative manoeuvre will meet an appropriate response.",
      quote: 'This is nothing short of intimidation, coercion, and aggression wrapped in diplomatic deception.',
    },
    [S.aseandailyJan6],
  ),
  ev(
    'StatementMade',
    'stmt-nmc-jan13',
    { occurredAt: '2025-01-13', recordedAt: at('01-13', '12:00') },
    {
      speaker: NMC,
      audience: 'china',
      tone: 'accusation',
      summary:
        "The Philippines has filed a diplomatic protest against the continued illegal presence of China Coast Guard ships 5901 and 3304 in its territorial sea and EEZ, and against a PLA Navy helicopter that hovered over a Philippine Coast Guard vessel: 'escalatory actions'.",
    },
    [S.mbJan13],
  ),
  ev(
    'DemandTabled',
    'dem-monster-ship',
    { occurredAt: '2025-01-14', recordedAt: at('01-14', '12:00') },
    {
      demandId: 'withdraw-ccg-5901',
      by: 'philippines',
      addressedTo: ['china'],
      text: "Immediately withdraw China Coast Guard ship 5901 ('the monster') from the Philippine exclusive economic zone off Zambales.",
      category: 'territorial',
    },
    [S.abscbnJan14],
  ),
  ev(
    'TalksRoundOpened',
    'bcm10-opened',
    { occurredAt: '2025-01-16', recordedAt: at('01-17', '08:00') },
    {
      roundId: 'bcm-10',
      label: '10th meeting of the Bilateral Consultation Mechanism on the South China Sea (BCM)',
      format: 'formal',
      venue: 'Xiamen, Fujian',
      delegations: [
        { actorId: 'philippines', head: LAZARO },
        { actorId: 'china', head: CHEN },
      ],
    },
    [S.mbJan16, S.peopleJan17],
  ),
  ev(
    'StatementMade',
    'stmt-chen-jan16',
    { occurredAt: '2025-01-16', recordedAt: at('01-17', '08:05') },
    {
      speaker: CHEN,
      audience: 'philippines',
      tone: 'accusation',
      summary:
        "At the BCM China lodged solemn representations over the Philippines' recent 'maritime infringement and provocation activities' and its 'hyping up' of the disputes, and urged it to abide by the Declaration on the Conduct of Parties.",
    },
    [S.peopleJan17],
  ),
  ev(
    'TalksRoundConcluded',
    'bcm10-concluded',
    { occurredAt: '2025-01-16', recordedAt: at('01-17', '08:10') },
    {
      roundId: 'bcm-10',
      outcome: 'progress',
      summary:
        'Frank and constructive exchange; both sides acknowledged the positive outcomes of the provisional understanding on the Ayungin resupply missions and agreed to continue implementing it; agreed to strengthen maritime dialogue and communication and cooperation between coast guards.',
      nextSteps: 'Continue the BCM and other channels; continue implementing the provisional understanding.',
    },
    [graded(S.mbJan16, 1), graded(S.peopleJan17, 1)],
  ),
  ev(
    'PositionTaken',
    'pos-china-monster-ship',
    { occurredAt: '2025-01-15', precision: 'approximate', recordedAt: at('01-18', '10:00') },
    {
      demandId: 'withdraw-ccg-5901',
      actorId: 'china',
      stance: 'rejected',
      quote:
        "The CCG's patrol and law-enforcement activities in the relevant waters are reasonable, legal, and beyond reproach.",
      speaker: GUO,
    },
    [S.mbJan18],
    { note: 'The report (18 January) does not date the briefing: placed the day after the demand, approximately.' },
  ),
  // ===== February: the helicopter over Scarborough =====
  ev(
    'IncidentReported',
    'inc-helicopter-feb18',
    { occurredAt: '2025-02-18T08:39:00+08:00', recordedAt: at('02-19', '10:00') },
    {
      incidentId: 'plan-helicopter-scarborough-2025-02-18',
      kind: 'force-posture',
      perpetrator: 'china',
      allegedBy: 'philippines',
      against: 'philippines',
      target: 'BFAR Cessna on a maritime domain awareness flight, with coast guard personnel and journalists aboard',
      place: 'Over Scarborough Shoal (Bajo de Masinloc)',
      description:
        'A PLA Navy helicopter (tail number 68) shadows a Philippine fisheries aircraft for about 40 minutes and comes within three metres of it. No contact. China says the plane intruded into its airspace over Huangyan Dao.',
    },
    [S.independentFeb18, S.rfaFeb19],
  ),
  ev(
    'StatementMade',
    'stmt-tarriela-feb18',
    { occurredAt: '2025-02-18', recordedAt: at('02-19', '10:05') },
    {
      speaker: TARRIELA,
      audience: 'china',
      tone: 'accusation',
      summary:
        "The helicopter's reckless action posed a serious risk to the pilots and passengers and disregarded ICAO rules; the coast guard and BFAR will keep asserting sovereignty 'despite the aggressive and escalatory actions of China'.",
    },
    [S.rfaFeb19],
  ),
  ev(
    'StatementMade',
    'stmt-stc-feb18',
    { occurredAt: '2025-02-18', recordedAt: at('02-19', '10:10') },
    {
      speaker: STC,
      audience: 'philippines',
      tone: 'accusation',
      summary:
        "The Philippine aircraft 'intruded' into China's airspace over Huangyan Dao and 'violated' China's sovereignty.",
    },
    [S.independentFeb19],
  ),
  ev(
    'StatementMade',
    'stmt-ph-protest-feb19',
    { occurredAt: '2025-02-19', recordedAt: at('02-19', '12:00') },
    {
      speaker: DFA,
      audience: 'china',
      tone: 'accusation',
      summary:
        "The Philippines will file a diplomatic protest over the Chinese helicopter's dangerous manoeuvres near the BFAR aircraft.",
    },
    [S.aseandailyFeb19],
  ),
  // ===== March: the provisional understanding at work =====
  ev(
    'StatementMade',
    'stmt-afp-mar5',
    { occurredAt: '2025-03-05', recordedAt: at('03-05', '12:00') },
    {
      speaker: AFP_PH,
      audience: 'domestic audience',
      tone: 'neutral',
      summary:
        'The rotation and resupply mission to the BRP Sierra Madre of 4 March was completed without incident: the fifth unimpeded one since the provisional understanding (27 Jul, 27 Sep, 15 Nov 2024; 24 Jan, 4 Mar 2025).',
    },
    [S.tribuneMar5],
    { note: 'The agreement being implemented: the catalogue has no type for it, so the report of it is recorded.' },
  ),
  // ===== April: Balikatan, the flags on Sandy Cay =====
  ev(
    'ActorRegistered',
    'actor-us',
    { occurredAt: '2025-04-21', recordedAt: at('04-21', '12:00') },
    { actor: USA, role: 'third-party' },
    [S.aaApr21],
  ),
  ev(
    'ThirdPartyEngagement',
    'tpe-balikatan',
    { occurredAt: '2025-04-21', recordedAt: at('04-21', '12:05') },
    {
      actorId: 'united-states',
      counterparts: ['philippines'],
      kind: 'support',
      summary:
        'The annual US–Philippine Balikatan exercise opens (to 9 May, some 17,000–18,000 troops), with an integrated air and missile defence simulation and the NMESIS anti-ship missile system deployed on Luzon.',
    },
    [S.aaApr21],
  ),
  ev(
    'StatementMade',
    'stmt-guo-apr21',
    { occurredAt: '2025-04-21', recordedAt: at('04-21', '12:10') },
    {
      speaker: GUO,
      audience: 'philippines',
      tone: 'critical',
      summary:
        "The Philippines, 'in collusion with external countries', holds large-scale exercises and deploys strategic and tactical weapons, undermining regional strategic stability.",
    },
    [S.aaApr21],
  ),
  ev(
    'IncidentReported',
    'inc-cn-flag-sandy-cay',
    { occurredAt: '2025-04', recordedAt: at('04-28', '09:00') },
    {
      incidentId: 'ccg-flag-sandy-cay-2025-04',
      kind: 'force-posture',
      perpetrator: 'china',
      against: 'philippines',
      target: 'Sandy Cay (Pag-asa Cay 2), claimed by the Philippines',
      place: 'Sandy Cay (Tiexian Reef), near Thitu / Pag-asa Island, Spratlys',
      description:
        "China Coast Guard officers land on a Sandy Cay sandbar and display China's flag; CCTV (26 April) says China 'implemented maritime control and exercised sovereign jurisdiction' over it earlier in April. Manila calls the claimed seizure disinformation. No force used on Philippine personnel.",
    },
    [S.htApr28],
    { note: "CCTV gave only 'earlier in April': dated to the month." },
  ),
  ev(
    'IncidentReported',
    'inc-ph-flag-sandy-cay',
    { occurredAt: '2025-04-27', recordedAt: at('04-28', '09:05') },
    {
      incidentId: 'ph-flag-sandy-cay-2025-04-27',
      kind: 'force-posture',
      perpetrator: 'philippines',
      against: 'china',
      target: 'Sandy Cays 1–3',
      place: 'Sandy Cay (Pag-asa Cays), near Thitu / Pag-asa Island, Spratlys',
      description:
        'A Philippine navy, coast guard and maritime police team lands on the three Sandy Cay sandbars by rubber boat and displays the Philippine flag, observing a Chinese coast guard ship and militia vessels nearby.',
    },
    [S.htApr28],
  ),
  ev(
    'StatementMade',
    'stmt-liu-apr27',
    { occurredAt: '2025-04-27', recordedAt: at('04-28', '09:10') },
    {
      speaker: LIU,
      audience: 'philippines',
      tone: 'accusation',
      summary:
        "Six Filipinos 'illegally boarded' Tiexian Reef and were 'dealt with in accordance with the law' (no details given).",
      quote: 'We urge the Philippines to immediately stop its infringement.',
    },
    [S.htApr28],
  ),
  // ===== May: water cannon at Sandy Cay =====
  ev(
    'IncidentReported',
    'inc-sandy-cay-may21',
    { occurredAt: '2025-05-21T09:13:00+08:00', recordedAt: at('05-23', '09:00') },
    {
      incidentId: 'ccg-water-cannon-sandy-cay-2025-05-21',
      kind: 'non-lethal-force',
      perpetrator: 'china',
      allegedBy: 'philippines',
      against: 'philippines',
      target: 'BFAR research vessel BRP Datu Sanday (MMOV 3002), with civilian scientists aboard',
      place: 'Sandy Cay (Pag-asa Cays), near Thitu / Pag-asa Island, Spratlys',
      description:
        'China Coast Guard vessel 21559 fires its water cannon at and twice sideswipes the BRP Datu Sanday while its team collects sand samples, damaging its port bow and smokestack; no injuries reported. The first use of water cannon on a Philippine research vessel at Sandy Cay (BFAR, with video). China says the vessels illegally entered its waters.',
    },
    [S.spacewarMay22, S.philstarMay23],
    { cameo: '171', note: NON_LETHAL },
  ),
  ev(
    'StatementMade',
    'stmt-bfar-may22',
    { occurredAt: '2025-05-22', recordedAt: at('05-23', '09:05') },
    {
      speaker: BFAR,
      audience: 'china',
      tone: 'accusation',
      summary:
        "Condemns the 'aggressive interference, dangerous manoeuvres, and illegal acts' of the China Coast Guard and maritime militia, which put the lives of civilian personnel at risk; the research mission was completed.",
    },
    [S.spacewarMay22, S.philstarMay23],
  ),
  ev(
    'StatementMade',
    'stmt-mao-may22',
    { occurredAt: '2025-05-22', recordedAt: at('05-23', '09:10') },
    {
      speaker: MAO,
      audience: 'philippines',
      tone: 'neutral',
      summary:
        'Not aware of the incident; the China Coast Guard always enforces the law in accordance with laws and regulations.',
    },
    [S.spacewarMay22],
  ),
  // ===== June: water cannon at Scarborough =====
  ev(
    'IncidentReported',
    'inc-scarborough-jun20',
    { occurredAt: '2025-06-20', recordedAt: at('06-23', '09:00') },
    {
      incidentId: 'ccg-water-cannon-scarborough-2025-06-20',
      kind: 'non-lethal-force',
      perpetrator: 'china',
      allegedBy: 'philippines',
      against: 'philippines',
      target: 'Four BFAR vessels delivering supplies to Filipino fishermen',
      place: 'Scarborough Shoal (Bajo de Masinloc)',
      description:
        'China Coast Guard ships carry out aggressive manoeuvres and target the BFAR vessels with water cannon; one is briefly struck, another evades (Philippine Coast Guard statement). No damage or injuries reported.',
    },
    [S.bworldJun23],
    { note: NON_LETHAL },
  ),
  ev(
    'StatementMade',
    'stmt-pcg-jun20',
    { occurredAt: '2025-06-20', recordedAt: at('06-23', '09:05') },
    {
      speaker: TARRIELA,
      audience: 'china',
      tone: 'accusation',
      summary:
        'The Philippine Coast Guard accuses China Coast Guard ships of aggressive manoeuvres and of targeting the fisheries vessels with water cannon while they delivered supplies to Filipino fishermen at Scarborough.',
    },
    [S.bworldJun23],
  ),
  // ===== July: the Tolentino sanctions =====
  ev(
    'StatementMade',
    'stmt-cn-mfa-jul1',
    { occurredAt: '2025-07-01', recordedAt: at('07-01', '12:00') },
    {
      speaker: CN_MFA,
      audience: 'philippines',
      tone: 'accusation',
      summary:
        "China sanctions former senator Francis Tolentino for his 'egregious conduct on China-related issues' and bars him from the mainland, Hong Kong and Macao; 'a handful of anti-China politicians' have harmed China's interests and China–Philippines relations.",
      quote: "There must be a price to pay for harming China's interests. (Mao Ning, at the briefing)",
    },
    [S.peopleJul1, S.mbJul1],
    { cameo: '163', note: 'The sanctions are recorded as the ministry announcing them (CAMEO 163, impose sanctions).' },
  ),
  ev(
    'StatementMade',
    'stmt-lazaro-jul8',
    { occurredAt: '2025-07-08', recordedAt: at('07-08', '12:00') },
    {
      speaker: LAZARO,
      audience: 'china',
      tone: 'critical',
      summary:
        "The Philippines summoned China's ambassador Huang Xilian (the week before) over the sanctions on Tolentino: punitive measures against democratically elected officials for their official acts are inconsistent with the norms of mutual respect and dialogue between equal sovereign states.",
    },
    [S.mbJul8, S.sobaooJul8],
  ),
  // ===== August: the collision off Scarborough =====
  ev(
    'IncidentReported',
    'inc-scarborough-aug11',
    { occurredAt: '2025-08-11', recordedAt: at('08-11', '12:00') },
    {
      incidentId: 'ccg-chase-scarborough-2025-08-11',
      kind: 'non-lethal-force',
      perpetrator: 'china',
      allegedBy: 'philippines',
      against: 'philippines',
      target: 'Philippine Coast Guard vessel BRP Suluan, escorting boats delivering aid to fishermen',
      place: 'Off Scarborough Shoal (Bajo de Masinloc)',
      description:
        "China Coast Guard ship 3104 fires its water cannon at the BRP Suluan (which evades it) and chases it at high speed; in a risky manoeuvre it collides with the PLA Navy warship 164, which was also blocking the Philippine vessel. The CCG ship's bow is wrecked; no Philippine damage or injuries. China's coast guard says it took 'necessary measures, including tracking, monitoring, blocking and controlling' to drive the vessels away, without mentioning the collision.",
    },
    [S.cnaAug11, S.newsxAug11],
    { note: NON_LETHAL },
  ),
  ev(
    'StatementMade',
    'stmt-lin-aug11',
    { occurredAt: '2025-08-11', recordedAt: at('08-12', '09:00') },
    {
      speaker: LIN,
      audience: 'philippines',
      tone: 'accusation',
      summary:
        "Philippine coast guard and fishing vessels, and military aircraft, intruded into China's waters and airspace at Huangyan Dao; 'the Philippines' intentional infringement and provocative activities at sea are the root cause for the tensions'.",
      quote: 'These moves are of a malign nature.',
    },
    [S.mbAug12],
  ),
  ev(
    'StatementMade',
    'stmt-dfa-aug12',
    { occurredAt: '2025-08-12', recordedAt: at('08-13', '09:00') },
    {
      speaker: LAZARO,
      audience: 'china',
      tone: 'accusation',
      summary:
        "The Chinese vessels' hazardous and blocking actions posed a grave danger to Philippine personnel and vessels and caused the collision; a diplomatic protest is in process; both sides must adhere to COLREGS and SOLAS, and diplomatic dialogue is best for the situation.",
    },
    [S.mbAug13, S.cdnAug13],
  ),
  ev(
    'StatementMade',
    'stmt-carlson-aug12',
    { occurredAt: '2025-08-12', recordedAt: at('08-13', '09:05') },
    {
      speaker: CARLSON,
      audience: 'china',
      tone: 'accusation',
      summary: 'The United States condemns the latest reckless action by China directed against a Philippine vessel.',
    },
    [S.cdnAug13],
  ),
  ev(
    'StatementMade',
    'stmt-lazaro-aug19',
    { occurredAt: '2025-08-19', recordedAt: at('08-20', '09:00') },
    {
      speaker: LAZARO,
      audience: 'china',
      tone: 'conciliatory',
      summary:
        "The collision will be discussed at the coming meeting of the Bilateral Consultation Mechanism, 'the mechanism that really works because we are the channel of communication'; Manila keeps diplomacy and dialogue with China going, on the President's instructions to manage the issue peacefully.",
    },
    [S.mbAug20],
  ),
  ev(
    'StatementMade',
    'stmt-dfa-aug22',
    { occurredAt: '2025-08-22', recordedAt: at('08-23', '09:00') },
    {
      speaker: DFA,
      audience: 'china',
      tone: 'conciliatory',
      summary:
        "The resupply missions to the BRP Sierra Madre (the last on 16 May among them) have gone 'without any untoward incidents' under the provisional understanding, and will continue despite a spike in Chinese vessels near Ayungin: 'The Philippines will continue to implement the Provisional Understanding as agreed.'",
    },
    [S.mbAug23],
  ),
  // ===== September: the nature reserve, water cannon at Scarborough =====
  ev(
    'IncidentReported',
    'inc-nature-reserve',
    { occurredAt: '2025-09-10', recordedAt: at('09-11', '10:00') },
    {
      incidentId: 'huangyan-nature-reserve-2025-09-10',
      kind: 'force-posture',
      perpetrator: 'china',
      against: 'philippines',
      target: 'Scarborough Shoal, claimed by the Philippines',
      place: 'Scarborough Shoal (Huangyan Dao / Bajo de Masinloc)',
      description:
        "China's State Council approves a 'Huangyan Island National Nature Reserve' (3,523.67 ha) at Scarborough Shoal, to protect the coral reef; analysts read it as a move to strengthen China's claim and control over the shoal, which its coast guard has held since 2012.",
    },
    [S.nieSep11],
    { note: 'An administrative claim enforced by the coast guard: no incident kind fits, see the header.' },
  ),
  ev(
    'DemandTabled',
    'dem-reserve',
    { occurredAt: '2025-09-11', recordedAt: at('09-11', '10:05') },
    {
      demandId: 'withdraw-nature-reserve',
      by: 'philippines',
      addressedTo: ['china'],
      text: 'Respect Philippine sovereignty and jurisdiction over Bajo de Masinloc, refrain from enforcing and immediately withdraw the State Council issuance on the nature reserve.',
      category: 'territorial',
    },
    [S.nieSep11],
  ),
  ev(
    'StatementMade',
    'stmt-dfa-sep11',
    { occurredAt: '2025-09-11', recordedAt: at('09-11', '10:10') },
    {
      speaker: DFA,
      audience: 'china',
      tone: 'accusation',
      summary:
        "A diplomatic protest is under way against 'this illegitimate and unlawful action by China as it clearly infringes upon the rights and interests of the Philippines in accordance with international law'.",
    },
    [S.nieSep11],
  ),
  ev(
    'PositionTaken',
    'pos-china-reserve',
    { occurredAt: '2025-09-11', recordedAt: at('09-12', '09:00') },
    {
      demandId: 'withdraw-nature-reserve',
      actorId: 'china',
      stance: 'rejected',
      conditions:
        "The reserve falls within China's sovereign rights; Scarborough has 'never been part of Philippine territory'; Manila's objections are 'groundless' and it should stop provocations and disinformation.",
      speaker: LIN,
    },
    [S.trtSep12],
  ),
  ev(
    'StatementMade',
    'stmt-tian-sep14',
    { occurredAt: '2025-09-14', recordedAt: at('09-14', '12:00') },
    {
      speaker: TIAN,
      audience: 'philippines',
      tone: 'warning',
      summary:
        "After the Philippines' maritime cooperative activity with the United States and Japan (12–13 September), the Southern Theater Command patrolled the South China Sea and is on high alert; Manila 'colluded with countries outside the region'.",
      quote:
        'We solemnly warn the Philippine side to immediately stop provoking incidents and engaging in actions that heighten tensions in the South China Sea.',
    },
    [S.trtSep14],
  ),
  ev(
    'IncidentReported',
    'inc-scarborough-sep16',
    { occurredAt: '2025-09-16T09:00:00+08:00', precision: 'approximate', recordedAt: at('09-17', '08:00') },
    {
      incidentId: 'ccg-water-cannon-scarborough-2025-09-16',
      kind: 'non-lethal-force',
      perpetrator: 'china',
      allegedBy: 'philippines',
      against: 'philippines',
      target: 'BFAR vessel BRP Datu Gumbay Piang (MMOV 3014), supplying more than 35 Filipino fishing boats',
      place: 'Off Scarborough Shoal (Bajo de Masinloc), 10–17 nautical miles out',
      injured: { min: 1, max: 1 },
      description:
        "Two China Coast Guard ships hit the BRP Datu Gumbay Piang with water cannon for about 29 minutes, shattering the bridge's aft window (one crew member injured by the glass) and causing a short circuit; a Chinese warship broadcasts a live-fire exercise notice. China's coast guard says it used water cannon against more than ten Philippine vessels that 'illegally invaded' its waters and that the BFAR vessel rammed its cutter; Manila says its ship was blinded by the water and pinned.",
    },
    [S.newsazSep16, S.wpxiSep17],
    { cameo: '171', note: NON_LETHAL },
  ),
  ev(
    'StatementMade',
    'stmt-gan-sep16',
    { occurredAt: '2025-09-16', recordedAt: at('09-17', '08:05') },
    {
      speaker: GAN,
      audience: 'philippines',
      tone: 'accusation',
      summary:
        "More than ten Philippine government ships 'illegally invaded China's territorial waters' at Huangyan Dao from different directions; vessel 3014 ignored repeated warnings and 'deliberately rammed' a Chinese cutter; the coast guard lawfully implemented control measures, including water cannon.",
    },
    [S.newsazSep16],
  ),
  ev(
    'StatementMade',
    'stmt-nmc-sep16',
    { occurredAt: '2025-09-16', recordedAt: at('09-17', '08:10') },
    {
      speaker: NMC,
      audience: 'china',
      tone: 'accusation',
      summary:
        "China's account of the ramming is 'another case of Chinese disinformation and propaganda'; there is 'no truth' to it.",
    },
    [S.newsazSep16],
  ),
  ev(
    'StatementMade',
    'stmt-dfa-sep18',
    { occurredAt: '2025-09-18', recordedAt: at('09-18', '12:00') },
    {
      speaker: ESCALONA,
      audience: 'china',
      tone: 'accusation',
      summary:
        'The Department of Foreign Affairs has filed a diplomatic protest over the water cannon attack on the BRP Datu Gumbay Piang.',
    },
    [S.mbSep18],
  ),
  // ===== October: ramming off Thitu; the ASEAN summits =====
  ev(
    'IncidentReported',
    'inc-thitu-oct12',
    { occurredAt: '2025-10-12T09:15:00+08:00', recordedAt: at('10-12', '12:00') },
    {
      incidentId: 'ccg-ramming-thitu-2025-10-12',
      kind: 'non-lethal-force',
      perpetrator: 'china',
      allegedBy: 'philippines',
      against: 'philippines',
      target: 'BFAR vessels BRP Datu Pagbuaya, Datu Bankaw and Datu Sanday, anchored to support Filipino fishermen',
      place: 'Territorial sea of Thitu (Pag-asa) Island, Spratlys',
      description:
        "China Coast Guard ship 21559 fires its water cannon directly at the anchored BRP Datu Pagbuaya and three minutes later rams its stern (minor structural damage, no injuries); the two other BFAR vessels are also water-cannoned. China's coast guard says the vessels illegally entered waters near Tiexian Reef, that it 'took control measures' and that Manila bears full responsibility for the collision.",
    },
    [S.cdnOct12, S.bsOct12],
    { cameo: '171', note: NON_LETHAL },
  ),
  ev(
    'StatementMade',
    'stmt-tarriela-oct12',
    { occurredAt: '2025-10-12', recordedAt: at('10-12', '12:05') },
    {
      speaker: TARRIELA,
      audience: 'china',
      tone: 'accusation',
      summary: 'The CCG vessel deliberately rammed the BRP Datu Pagbuaya after hitting it with its water cannon.',
      quote:
        'Despite these bullying tactics and aggressive actions, the PCG and BFAR remain resolute. We will not be intimidated or driven away.',
    },
    [S.cdnOct12],
  ),
  ev(
    'StatementMade',
    'stmt-escalona-oct12',
    { occurredAt: '2025-10-12', recordedAt: at('10-13', '09:00') },
    {
      speaker: ESCALONA,
      audience: 'china',
      tone: 'accusation',
      summary:
        "A diplomatic protest will be filed; the National Maritime Council condemns the attack: the 'proximity of CCG's illegal and reckless actions to Pag-asa Island is of grave concern'.",
    },
    [S.mbOct13],
  ),
  ev(
    'StatementMade',
    'stmt-carlson-oct13',
    { occurredAt: '2025-10-13', recordedAt: at('10-13', '09:05') },
    {
      speaker: CARLSON,
      audience: 'china',
      tone: 'accusation',
      summary:
        "The United States condemns China's aggressive actions in defiance of international law and supports the Philippines.",
    },
    [S.sunstarOct13],
  ),
  ev(
    'StatementMade',
    'stmt-liu-oct12',
    { occurredAt: '2025-10-12', recordedAt: at('10-14', '09:00') },
    {
      speaker: LIU,
      audience: 'philippines',
      tone: 'accusation',
      summary:
        "The Philippine vessels illegally entered Chinese waters near Tiexian Reef, 'ignoring repeated stern warnings'; the coast guard took control measures in accordance with law and resolutely drove them away.",
    },
    [S.millenniumOct14],
  ),
  ev(
    'StatementMade',
    'stmt-marcos-oct27',
    { occurredAt: '2025-10-27', recordedAt: at('10-27', '18:00') },
    {
      speaker: MARCOS,
      audience: 'china',
      tone: 'critical',
      summary:
        "At the ASEAN–US and East Asia summits (Kuala Lumpur): incidents in the South China Sea endanger Philippine personnel and vessels; the attempt to designate Bajo de Masinloc a 'nature reserve' violates Philippine sovereignty and international law; the Philippines stays 'firm, calm and resolute' in pursuing an effective Code of Conduct, and urges restraint.",
    },
    [S.bworldOct27],
  ),
  // ===== November: drills and warnings =====
  ev(
    'StatementMade',
    'stmt-tian-nov16',
    { occurredAt: '2025-11-16', recordedAt: at('11-16', '12:00') },
    {
      speaker: TIAN,
      audience: 'philippines',
      tone: 'warning',
      summary:
        "After the Philippines' joint maritime drills with the US Indo-Pacific Command and Japan (14–15 November), the Southern Theater Command, which flew a bomber formation patrol on the 14th, calls on Manila to immediately halt provocative actions and avoid further escalating tensions.",
    },
    [S.anewsNov16],
  ),
  // ===== December: water cannon on fishermen at Sabina Shoal =====
  ev(
    'IncidentReported',
    'inc-sabina-dec12',
    { occurredAt: '2025-12-12', recordedAt: at('12-13', '09:00') },
    {
      incidentId: 'ccg-water-cannon-sabina-2025-12-12',
      kind: 'non-lethal-force',
      perpetrator: 'china',
      allegedBy: 'philippines',
      against: 'philippines',
      target: 'About 20 Filipino fishing boats',
      place: 'Sabina (Escoda) Shoal, about 150 km west of Palawan',
      injured: { min: 3, max: 3 },
      description:
        "China Coast Guard ships 21559 and 21562 and militia boats hit Filipino fishing boats with high-pressure water cannon and blocking manoeuvres; three fishermen injured (bruises, open wounds), two boats significantly damaged; a Chinese boat cuts the anchor lines of several, setting them adrift. China's coast guard says it took 'necessary control measures' (loudspeaker warnings, 'external maneuvering') to drive them away.",
    },
    [S.wionDec13, S.okazDec13],
    { cameo: '171', note: NON_LETHAL },
  ),
  ev(
    'StatementMade',
    'stmt-liu-dec12',
    { occurredAt: '2025-12-12', recordedAt: at('12-13', '09:05') },
    {
      speaker: LIU,
      audience: 'philippines',
      tone: 'accusation',
      summary:
        "Philippine fishing boats 'deliberately intruded under the pretext of fishing' at Xianbin Jiao; the coast guard took necessary control measures and expelled them in accordance with law.",
    },
    [S.wionDec13],
  ),
  ev(
    'StatementMade',
    'stmt-tarriela-dec13',
    { occurredAt: '2025-12-13', recordedAt: at('12-13', '09:10') },
    {
      speaker: TARRIELA,
      audience: 'china',
      tone: 'accusation',
      summary:
        "China's coast guard, by saying it drove the boats away, has admitted 'this shameful wrongful act against ordinary Filipino fishermen'; Philippine vessels were repeatedly blocked from reaching the injured.",
    },
    [S.okazDec13],
  ),
  ev(
    'StatementMade',
    'stmt-nmc-dec14',
    { occurredAt: '2025-12-14', precision: 'approximate', recordedAt: at('12-15', '09:00') },
    {
      speaker: NMC,
      audience: 'china',
      tone: 'accusation',
      summary:
        "Water cannon and dangerous manoeuvres that injure fishermen and damage small wooden boats 'cannot be justified'; the Philippines will register its strong objection and demand that China cease such aggressive acts.",
    },
    [S.bairdDec15],
    { note: 'The report (15 December) does not date the statement: placed the day before, approximately.' },
  ),
  ev(
    'StatementMade',
    'stmt-lazaro-dec15',
    { occurredAt: '2025-12-15', recordedAt: at('12-15', '18:00') },
    {
      speaker: LAZARO,
      audience: 'china',
      tone: 'accusation',
      summary:
        'The Philippines gives a demarche to the Chinese embassy over the water cannon attack on Filipino fishermen at Escoda Shoal.',
    },
    [S.mbDec15],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'china-philippines-2025.jsonl',
  logEnd: '2025-12-16T00:00:00Z',
  events,
};

export default definition;
