/**
 * The second example case, as data: the April–June 2025 India–Pakistan crisis
 * as an analyst following the news could have recorded it, from the Pahalgam
 * attack (22 Apr) through Operation Sindoor, the 8–10 May drone and missile
 * exchanges, the 10 May ceasefire and the DGMO talks, to the measures still in
 * force in late June.
 *
 *   node -r @swc-node/register examples/build.ts india-pakistan-2025
 *
 * writes examples/india-pakistan-2025.jsonl and checks it (case-builder.ts).
 * Every development cites public sources (title, publisher, URL, published
 * date) graded on the Admiralty scale; the grading policy and the uncertain
 * points are in examples/README.md. Counts that the two sides dispute are
 * ranges (the lower and the higher claim); attributions are as alleged.
 */
import type { Actor, Person } from '../libs/domain/src';
import { type CaseDefinition, caseKit, graded, source } from './case-builder';

const NEGOTIATION_ID = 'india-pakistan-2025';
const { ev, idOf, at } = caseKit(NEGOTIATION_ID, 'example-analyst', 2025);

// ---------------------------------------------------------------------------
// Actors and people
// ---------------------------------------------------------------------------

const INDIA: Actor = {
  id: 'india',
  name: 'India',
  kind: 'state',
  aliases: ['Republic of India', 'Bharat', 'New Delhi'],
};
const PAKISTAN: Actor = {
  id: 'pakistan',
  name: 'Pakistan',
  kind: 'state',
  aliases: ['Islamic Republic of Pakistan', 'Islamabad'],
};
const TRF: Actor = {
  id: 'the-resistance-front',
  name: 'The Resistance Front (TRF)',
  kind: 'armed-group',
  aliases: ['TRF', 'Kashmir Resistance'],
};
const USA: Actor = { id: 'united-states', name: 'United States', kind: 'state', aliases: ['US', 'Washington'] };
const UN: Actor = { id: 'united-nations', name: 'United Nations', kind: 'international-organisation', aliases: ['UN'] };
const SAUDI_ARABIA: Actor = {
  id: 'saudi-arabia',
  name: 'Saudi Arabia',
  kind: 'state',
  aliases: ['Kingdom of Saudi Arabia'],
};

const MODI: Person = { name: 'Narendra Modi', title: 'Prime Minister of India', actorId: 'india' };
const MISRI: Person = { name: 'Vikram Misri', title: 'Foreign Secretary of India', actorId: 'india' };
const JAISWAL: Person = {
  name: 'Randhir Jaiswal',
  title: 'Spokesperson, Ministry of External Affairs of India',
  actorId: 'india',
};
const GHAI: Person = {
  name: 'Lt Gen Rajiv Ghai',
  title: 'Director General of Military Operations, Indian Army',
  actorId: 'india',
};
const SHAH: Person = { name: 'Amit Shah', title: 'Home Minister of India', actorId: 'india' };
const DGFT: Person = {
  name: 'Directorate General of Foreign Trade (notification)',
  title: 'Ministry of Commerce and Industry of India',
  actorId: 'india',
};
const SHARIF: Person = { name: 'Shehbaz Sharif', title: 'Prime Minister of Pakistan', actorId: 'pakistan' };
const ASIF: Person = { name: 'Khawaja Muhammad Asif', title: 'Defence Minister of Pakistan', actorId: 'pakistan' };
const TARAR: Person = {
  name: 'Attaullah Tarar',
  title: 'Federal Minister for Information and Broadcasting, Pakistan',
  actorId: 'pakistan',
};
const NSC_PAK: Person = {
  name: 'National Security Committee (communiqué)',
  title: 'chaired by the Prime Minister of Pakistan',
  actorId: 'pakistan',
};
const TRUMP: Person = { name: 'Donald Trump', title: 'President of the United States', actorId: 'united-states' };
const GUTERRES: Person = {
  name: 'António Guterres',
  title: 'Secretary-General of the United Nations',
  actorId: 'united-nations',
};

// ---------------------------------------------------------------------------
// Sources (grading policy: examples/README.md). B = established outlet or a
// wire copy (PTI, Reuters, AFP, APP); C = smaller or partisan outlet, or an
// aggregator. 2 = on-record statement or a fact several outlets agree on;
// 3 = one side's unverified claim, unnamed sources, or a single outlet.
// ---------------------------------------------------------------------------

const S = {
  // --- 22–23 April: the attack and India's measures -------------------------
  onmanoramaAttack: source(
    'Pahalgam terror attack: tourists feared killed, at least 20 injured',
    'Onmanorama (PTI)',
    'https://www.onmanorama.com/news/india/2025/04/22/jammu-kashmir-pahalgam-terror-attack-tourists-injured.amp.html',
    '2025-04-22',
    'B',
    2,
  ),
  asianetAttack: source(
    "Pahalgam terror attack: At least 24 Hindu tourists killed in one of Kashmir's deadliest assaults",
    'Asianet Newsable (AFP)',
    'https://newsable.asianetnews.com/india/pahalgam-terror-attack-at-least-24-hindu-tourists-killed-in-one-of-kashmir-deadliest-assaults/articleshow-h68hy4i',
    '2025-04-22',
    'C',
    2,
  ),
  pratidinAttack: source(
    "Terror attack in Jammu & Kashmir's Pahalgam: 28 tourists killed, forces launch operation",
    'Pratidin Time',
    'https://www.pratidintime.com/national/terror-attack-in-jammu-kashmirs-pahalgam-28-tourists-killed-forces-launch-operation-8990717',
    '2025-04-22',
    'C',
    3,
  ),
  wionTrf: source(
    "Pakistan's Lashkar offshoot TRF claims responsibility for Pahalgam terror attack: know more about this banned group",
    'WION',
    'https://www.wionews.com/india-news/pakistans-lashkar-offshoot-trf-claims-responsibility-for-pahalgam-terror-attack-know-more-about-this-banned-group-8990961',
    '2025-04-22',
    'B',
    2,
  ),
  ndtvAttack: source(
    'Pahalgam terrorist attack on camera: video captures horror, mayhem as terrorists targeted tourists',
    'NDTV',
    'https://www.ndtv.com/india-news/pahalgam-terrorist-attack-pahalgam-attack-on-camera-video-captures-horror-mayhem-as-terrorists-targeted-tourists-8234112',
    '2025-04-23',
    'B',
    2,
  ),
  nieCcs: source(
    'Pahalgam attack fallout: India suspends Indus Waters Treaty with Pakistan, shuts Wagah-Attari border',
    'The New Indian Express',
    'https://www.newindianexpress.com/nation/2025/Apr/23/pahalgam-attack-fallout-india-suspends-indus-waters-treaty-with-pakistan-shuts-wagah-attari-border',
    '2025-04-23',
    'B',
    2,
  ),
  // --- 24–30 April: Pakistan's measures, LoC firing, warnings ---------------
  azertagNsc: source(
    'Pakistan closes airspace with immediate effect for all Indian-owned and operated airlines: National Security Committee',
    'AZERTAC',
    'https://azertag.az/en/xeber/pakistan_closes_airspace_with_immediate_effect_for_all_indian_owned_and_operated_airlines_national_security_committee-3522311',
    '2025-04-24',
    'B',
    2,
  ),
  dunyaNsc: source(
    'Pakistan announces closure of Wagah border, severing trade ties with India',
    'Dunya News',
    'https://dunyanews.tv/en/Pakistan/880373-pakistan-announces-closure-of-wagah-border-severing-trade-ties-with-i',
    '2025-04-24',
    'B',
    2,
  ),
  lokmatSimla: source(
    'Pakistan shuts border, suspends Shimla Agreement, trade and airspace for Indian airlines',
    'Lokmat Times',
    'https://www.lokmattimes.com/national/pakistan-shuts-border-suspends-shimla-agreement-trade-and-airspace-for-indian-airlines-a517/amp',
    '2025-04-24',
    'C',
    2,
  ),
  aryAirspace: source(
    'Airspace closure: Indian flights to bear millions of dollars loss',
    'ARY News',
    'https://arynews.tv/airspace-closure-indian-flights-to-bear-millions-of-dollars-loss/',
    '2025-04-24',
    'B',
    2,
  ),
  devdiscourseNsc: source(
    "Rising tensions: Pakistan's stern response to India's water movement",
    'Devdiscourse',
    'https://www.devdiscourse.com/article/politics/3357413-rising-tensions-pakistans-stern-response-to-indias-water-movement',
    '2025-04-24',
    'C',
    2,
  ),
  ndtvProbe: source(
    '"Pakistan ready for neutral probe": Shehbaz Sharif on Pahalgam attack',
    'NDTV',
    'https://www.ndtv.com/world-news/pakistan-pm-says-ready-for-neutral-investigation-of-pahalgam-attack-8260404',
    '2025-04-26',
    'B',
    2,
  ),
  nieProbe: source(
    'Pahalgam terror attack: Pak PM says country open to any neutral and transparent probe',
    'The New Indian Express',
    'https://www.newindianexpress.com/world/2025/Apr/26/pahalgam-terror-attack-pak-pm-says-country-open-to-any-neutral-and-transparent-probe',
    '2025-04-26',
    'B',
    2,
  ),
  tribuneLoc: source(
    'Truce violated by Pak along LoC, Army hits back',
    'The Tribune',
    'https://www.tribuneindia.com/news/j-k/truce-violated-by-pak-along-loc-army-hits-back/',
    '2025-04-27',
    'B',
    2,
  ),
  nieLocFourth: source(
    'Pakistan continues ceasefire violations along LoC for fourth consecutive night',
    'The New Indian Express',
    'https://www.newindianexpress.com/nation/2025/Apr/28/pakistan-continues-ceasefire-violations-along-loc-for-fourth-consecutive-night',
    '2025-04-28',
    'B',
    2,
  ),
  zeeAsif: source(
    "Indian military incursion 'imminent': Pakistan Defence Minister after Pahalgam terror attack",
    'Zee News (Reuters interview)',
    'https://zeenews.india.com/india/indian-military-incursion-imminent-pakistan-defence-minister-after-pahalgam-terror-attack-2892620.html',
    '2025-04-28',
    'B',
    2,
  ),
  trtAsif: source(
    "Pakistan says India's military incursion imminent after deadly Kashmir attack",
    'TRT World',
    'https://trt.global/world/article/afc0818016ff',
    '2025-04-28',
    'B',
    2,
  ),
  navabharatDgmo: source(
    'DGMOs talk on hotline; India warns Pakistan against unprovoked firing on the LoC (UNI/Varta, in Hindi)',
    'Navabharat (UNI)',
    'https://navabharat.com/?p=205262',
    '2025-04-30',
    'C',
    2,
  ),
  ssbcrackDgmo: source(
    'DGMOs of India and Pakistan hold talks amid ceasefire breaches',
    'SSBCrack',
    'https://www.ssbcrack.com/2025/04/dgmos-of-india-and-pakistan-hold-talks-amid-ceasefire-breaches.html',
    // The page gives only the month; it reports the talks of 29 April and was cited on the morning of 30 April,
    // so it is dated to the latest day it can have been published (a source date must name a day).
    '2025-04-30',
    'C',
    3,
  ),
  localmonkSixth: source(
    'Tensions escalate as Pakistan warns of imminent Indian military action',
    'Local Monk',
    'https://localmonk.com/tensions-escalate-as-pakistan-warns-of-imminent-indian-military-action',
    '2025-04-30',
    'C',
    2,
  ),
  wahalaDrones: source(
    'India is planning imminent military strike – Pakistan raises alarm',
    'Wahala Blog (AFP)',
    'https://www.wahalablog.com/2025/05/01/india-is-planning-imminent-military-strike-pakistan-raises-alarm/',
    '2025-05-01',
    'C',
    3,
  ),
  jknewspointTenth: source(
    'Pakistani forces breach ceasefire for 10th consecutive night along LoC in Jammu and Kashmir',
    'JK News Point',
    'https://jknewspoint.com/?p=11436',
    '2025-05-04',
    'C',
    2,
  ),
  dunyaTarar: source(
    'India intends to launch military action against Pakistan within next 24-36 hours: Atta Tarar',
    'Dunya News',
    'https://dunyanews.tv/en/Pakistan/881341-india-intends-to-launch-military-action-against-pakistan-within-next-2',
    '2025-04-30',
    'B',
    2,
  ),
  dailyTimesRubio: source(
    'US urges India to ease tensions with Pakistan in call between top diplomats',
    'Daily Times',
    'https://dailytimes.com.pk/1294330/us-urges-india-to-ease-tensions-with-pakistan-in-call-between-top-diplomats/',
    '2025-04-30',
    'B',
    2,
  ),
  etvRubio: source(
    'US Secretary of State Rubio speaks with EAM Jaishankar, Pak PM Sharif; urges de-escalation of tensions',
    'ETV Bharat (PTI)',
    'https://www.etvbharat.com/en/!bharat/us-secretary-of-state-rubio-speaks-with-eam-jaishankar-pak-pm-sharif-urges-de-escalation-of-tensions-enn25050100443',
    '2025-05-01',
    'B',
    2,
  ),
  statesmanAirspace: source(
    'India shuts airspace for all Pakistan-operated flights till May 23',
    'The Statesman',
    'https://www.thestatesman.com/world/india-shuts-airspace-for-all-pakistan-operated-flights-till-may-23-1503426962.html',
    '2025-05-01',
    'B',
    2,
  ),
  // --- 2–6 May: trade ban, missile tests, the UN ----------------------------
  btImports: source(
    'Pahalgam terror attack: India suspends mail, parcel services with Pakistan through air, surface routes',
    'Business Today',
    'https://www.businesstoday.in/india/story/pahalgam-terror-attack-india-suspends-mail-parcel-services-with-pakistan-through-air-surface-routes-474613-2025-05-03',
    '2025-05-03',
    'B',
    2,
  ),
  lokmatImports: source(
    'Pahalgam attack: India now suspends inbound mails and parcels from Pakistan',
    'Lokmat Times (IANS)',
    'https://www.lokmattimes.com/business/pahalgam-attack-india-now-suspends-inbound-mails-and-parcels-from-pakistan-1/amp',
    '2025-05-03',
    'C',
    2,
  ),
  thenewsAbdali: source(
    'Pakistan conducts training launch of 450-kilometre range missile',
    'The News International',
    'https://www.thenews.com.pk/latest/1307825-pakistan-conducts-training-launch-of-450-kilometre-range-missile',
    '2025-05-03',
    'B',
    2,
  ),
  dunyaFatah: source(
    'Pakistan conducts successful trial of another missile amid tension',
    'Dunya News',
    'https://dunyanews.tv/en/Pakistan/882292-pakistan-conducts-successful-trial-of-another-missile-amid-tension---',
    '2025-05-05',
    'B',
    2,
  ),
  lokmatGuterres: source(
    'Ahead of UNSC meeting on India-Pakistan, Guterres pained by ties reaching "boiling point"',
    'Lokmat Times (IANS)',
    'https://www.lokmattimes.com/national/ahead-of-unsc-meeting-on-india-pakistan-guterres-pained-by-ties-reaching-boiling-point/',
    '2025-05-05',
    'C',
    2,
  ),
  latestlyUnsc: source(
    'UNSC holds closed consultations on Indo-Pak tensions, hears calls for restraint',
    'LatestLY (PTI)',
    'https://www.latestly.com/agency-news/world-news-unsc-holds-closed-consultations-on-indo-pak-tensions-hears-calls-for-restraint-6832771.html',
    '2025-05-06',
    'C',
    2,
  ),
  // --- 7 May: Operation Sindoor and the shelling of Poonch -------------------
  bsSindoor: source(
    'Operation Sindoor: What we know so far about Indian missile strikes in Pakistan',
    'Business Standard',
    'https://bsppd.business-standard.com/india-news/operation-sindoor-what-we-know-so-far-about-indian-missile-strikes-in-pak-125050700004_1.html',
    '2025-05-07',
    'B',
    2,
  ),
  yovizagSindoor: source(
    'India launches air strikes against Pakistan and Pak-occupied Kashmir; 8 killed',
    'Yo! Vizag',
    'https://www.yovizag.com/india-launches-air-strikes-against-pakistan-and-pak-occupied-kashmir-8-killed/',
    '2025-05-07',
    'C',
    3,
  ),
  lokmatJets: source(
    'Pakistan claims it shot down 5 Indian fighter jets, says soldiers taken prisoner',
    'Lokmat Times',
    'https://www.lokmattimes.com/international/pakistan-claims-it-shot-down-5-indian-fighter-jets-says-soldiers-taken-prisoner-a517/',
    '2025-05-07',
    'C',
    3,
  ),
  niePoonch: source(
    "J&K's Poonch witnesses heaviest shelling after 1971 war; CM asks officials to prepare evacuation plan",
    'The New Indian Express',
    'https://www.newindianexpress.com/nation/2025/May/07/jks-poonch-witnesses-heaviest-shelling-after-1971-war-cm-asks-officials-to-prepare-evacuation-plan',
    '2025-05-07',
    'B',
    2,
  ),
  newsdrumPoonch: source(
    '13 killed, over 50 injured as Pak army pounds villages along LoC in J-K; Poonch worst hit, people evacuated',
    'NewsDrum (PTI)',
    'https://www.newsdrum.in/national/13-killed-over-50-injured-as-pak-army-pounds-villages-along-loc-in-j-k-poonch-worst-hit-people-evacuated-9045701',
    '2025-05-07',
    'B',
    2,
  ),
  dailyPakistanNsc: source(
    'Pakistan warns India of severe consequences after deadly midnight attack',
    'Daily Pakistan',
    'https://en.dailypakistan.com.pk/07-May-2025/pakistan-warns-india-of-severe-consequences-after-deadly-midnight-attack',
    '2025-05-07',
    'C',
    2,
  ),
  brecorderToll: source(
    '46 injured, 31 innocent civilians martyred in Indian strikes: ISPR',
    'Business Recorder',
    'https://www.brecorder.com/news/40361631/46-injured-31-innocent-civilians-martyred-in-indian-strikes-ispr',
    '2025-05-08',
    'B',
    3,
  ),
  // --- 8–9 May: drones and air defences -------------------------------------
  indiatvLahore: source(
    "India destroys air defence systems in Pakistan's Lahore, Multan, Sargodha, Faisalabad as tensions escalate",
    'India TV',
    'https://www.indiatvnews.com/news/india/india-destroys-pakistan-s-sargodha-faisalabad-air-defence-systems-as-tensions-escalate-2025-05-08-989380',
    '2025-05-08',
    'B',
    2,
  ),
  wionLahore: source(
    'Operation Sindoor: Punjab government orders all-night complete blackout in Gurdaspur district',
    'WION',
    'https://www.wionews.com/india-news/operation-sindoor-punjab-government-orders-all-night-complete-blackout-in-gurdaspur-district-9049174',
    '2025-05-08',
    'B',
    2,
  ),
  arabNewsDrones: source(
    'Pakistan says shot down 25 drones, India says destroyed air defense system in Lahore',
    'Arab News Pakistan (Reuters)',
    'https://www.arabnews.pk/node/2599983',
    '2025-05-08',
    'B',
    2,
  ),
  dailyPakistanDrones: source(
    'Pakistan shoots down another Indian drone in Bahawalnagar',
    'Daily Pakistan',
    'https://en.dailypakistan.com.pk/09-May-2025/pakistan-shoots-down-another-indian-drone-in-bahawalnagar',
    '2025-05-08',
    'C',
    3,
  ),
  newshashtagSaudi: source(
    'India-Pakistan tension: Why Iran, Saudi Arabia, US want no war',
    'News Hashtag',
    'https://newshashtag.com/india-pakistan-tension-why-iran-saudi-arabia-us-want-no-war/',
    '2025-05-09',
    'C',
    2,
  ),
  republicDrones: source(
    'Pakistan launched 300-400 Turkish drones to target 36 Indian locations, used civilian flights for cover',
    'Republic World',
    'https://www.republicworld.com/india/pakistan-launched-300-400-turkish-drones-to-target-36-indian-locations-used-civilian-flights-for-cover',
    '2025-05-09',
    'C',
    2,
  ),
  assamDrones: source(
    'Pak sent 300-400 drones possibly to check air defence, gather intel: MEA',
    'The Assam Tribune (Dainik Asam)',
    'https://dainikasam.assamtribune.com/national/pak-targeted-indian-installations-india-responded-proportionately-mea-1576886',
    '2025-05-09',
    'B',
    2,
  ),
  aryDrones: source(
    'Pakistani radars constantly monitoring Indian drones: DG ISPR',
    'ARY News',
    'https://arynews.tv/pakistani-radars-constantly-monitoring-indian-drones-dg-ispr/',
    '2025-05-09',
    'B',
    3,
  ),
  // --- 10 May: air bases, Bunyan-um-Marsoos, the ceasefire -------------------
  azertagNca: source(
    "Pakistan's Prime Minister Shehbaz Sharif convenes National Command Authority meeting",
    'AZERTAC',
    'https://azertag.az/en/xeber/pakistans_prime_minister_shehbaz_sharif_convenes_national_command_authority_meeting-3549807',
    '2025-05-10',
    'B',
    2,
  ),
  middayBases: source(
    'Pakistan says Indian airstrikes hit key bases, New Delhi intercepts drones',
    'Mid-day (PTI)',
    'https://middaystudios.in/amp/news/india-news/article/pakistan-says-indian-airstrikes-hit-key-bases-new-delhi-intercepts-drones-23539293',
    '2025-05-10',
    'B',
    2,
  ),
  htRajouri: source(
    'Op Sindoor: Rajouri ADC among 5 killed as Pakistan escalates shelling in Jammu region',
    'Hindustan Times',
    'https://www.hindustantimes.com/cities/chandigarh-news/op-sindoor-rajouri-adc-among-5-killed-as-pakistan-escalates-shelling-in-jammu-region-101746861549905.html',
    '2025-05-10',
    'B',
    2,
  ),
  nieCeasefire: source(
    'India agrees to a ceasefire with Pakistan after call from across the border',
    'The New Indian Express',
    'https://www.newindianexpress.com/nation/2025/May/10/india-agrees-to-a-ceasefire-with-pakistan-after-call-from-across-the-border',
    '2025-05-10',
    'B',
    2,
  ),
  indiaTodayCeasefire: source(
    'India, Pakistan agree to ceasefire after Pakistan DGMO calls Indian counterpart',
    'India Today',
    'https://www.indiatoday.in/india/story/india-pakistan-ceasefire-talks-conflicts-operation-sindoor-2722790-2025-05-10?utm_source=rssfeed',
    '2025-05-10',
    'B',
    2,
  ),
  indiaTodaySharif: source(
    'Pakistan PM Shehbaz Sharif thanks US President Trump for ceasefire',
    'India Today',
    'https://www.indiatoday.in/world/story/pakistan-pm-shehbaz-sharif-thanked-us-president-2722898-2025-05-10',
    '2025-05-10',
    'B',
    2,
  ),
  mintViolations: source(
    'Blasts in Srinagar, Jammu hours after India-Pakistan ceasefire; drones downed',
    'Mint (PTI)',
    'https://www.livemint.com/news/india-pakistan-ceasefire-news-army-operation-sindoor-srinagar-jammu-blasts-drones-vikram-misri-11746899562912.html',
    '2025-05-10',
    'B',
    2,
  ),
  newsxMisriMidnight: source(
    "Shashi Tharoor's poetic take as Pakistan violates ceasefire",
    'NewsX',
    'https://www.newsx.com/india/shashi-tharoors-poetic-take-as-pakistan-violates-ceasefire-uski-vadein-pe-yakin-kaise-karoon/',
    '2025-05-10',
    'C',
    2,
  ),
  theNewsSharifAddress: source(
    'Relieved PM showers praise on armed forces after US-brokered Pakistan-India ceasefire',
    'The News International (via EIN Presswire)',
    'https://hybridcars.einnews.com/article/811511200?lcf=D1RwWTu-SQzmEHftmpk1YQ%3D%3D',
    '2025-05-11',
    'C',
    2,
  ),
  // --- 12–20 May: DGMO talks, speeches, claims, casualty figures --------------
  btDgmoTalks: source(
    "'Must not fire a single shot': India-Pakistan DGMOs discuss troop reduction at first round of talks since ceasefire",
    'Business Today',
    'https://www.businesstoday.in/india/story/must-not-fire-a-single-shot-india-pakistan-dgmos-discuss-troop-reduction-at-first-round-of-talks-since-ceasefire-475989-2025-05-12',
    '2025-05-12',
    'B',
    2,
  ),
  nieDgmoTalks: source(
    "India, Pakistan DGMOs' talks reaffirm commitment to ceasefire, de-escalation",
    'The New Indian Express',
    'https://www.newindianexpress.com/nation/2025/May/12/india-and-pakistan-agree-not-to-fire-a-single-shot-reduce-troops-along-borders',
    '2025-05-12',
    'B',
    2,
  ),
  gujaratSamacharModi: source(
    "PM Modi dedicates 'Operation Sindoor' to women of India in his first speech after India's strike",
    'Gujarat Samachar',
    'https://english.gujaratsamachar.com/news/national/pm-modi-dedicates-operation-sindoor-to-women-of-india-in-his-first-speech-after-indias-strike',
    '2025-05-12',
    'C',
    2,
  ),
  indiaNewsNetworkModi: source(
    'India rejects nuclear blackmail amid Pakistan tensions, says PM Modi',
    'India News Network',
    'https://www.indianewsnetwork.com/en/20250512/india-rejects-nuclear-blackmail-amid-pakistan-tensions-says-pm-modi',
    '2025-05-12',
    'C',
    2,
  ),
  indiaTodayTrade: source(
    "New Delhi rejects Trump's claim on India-Pak ceasefire, says trade never came up",
    'India Today',
    'https://www.indiatoday.in/india/story/issue-of-trade-did-not-come-up-government-rejects-trumps-claim-on-india-pak-ceasefire-2724206-2025-05-13',
    '2025-05-13',
    'B',
    2,
  ),
  nieTrade: source(
    "'Trade did not come up in discussions with US during India-Pakistan tensions,' says MEA",
    'The New Indian Express',
    'https://www.newindianexpress.com/nation/2025/May/13/trade-did-not-come-up-in-discussions-with-us-during-india-pakistan-tensions-says-mea',
    '2025-05-13',
    'B',
    2,
  ),
  arabNewsTrade: source(
    "India rejects Trump's claim his trade concessions de-escalated tensions with Pakistan",
    'Arab News Pakistan (Reuters)',
    'https://www.arabnews.pk/node/2600601/pakistan',
    '2025-05-13',
    'B',
    2,
  ),
  newsdrumIsprToll: source(
    'Pak President, Prime Minister pay tributes to soldiers killed in Indian attacks',
    'NewsDrum (PTI)',
    'https://www.newsdrum.in/international/pak-president-prime-minister-pay-tributes-to-soldiers-killed-in-indian-attacks-9065065',
    '2025-05-13',
    'B',
    2,
  ),
  hindustanToll: source(
    'Pakistan admits 11 soldiers killed in Indian strikes; 40 "civilians" also dead (in Hindi)',
    'Hindustan (HT Syndication)',
    'https://www.htsyndication.com/hindustan-delhi/article/%E0%A4%AD%E0%A4%BE%E0%A4%B0%E0%A4%A4-%E0%A4%95%E0%A5%87-%E0%A4%B9%E0%A4%AE%E0%A4%B2%E0%A5%87-%E0%A4%AE%E0%A5%87%E0%A4%82-%E0%A4%B9%E0%A4%AE%E0%A4%BE%E0%A4%B0%E0%A5%87-11-%E0%A4%B8%E0%A5%88%E0%A4%A8%E0%A4%BF%E0%A4%95-%E0%A4%AE%E0%A4%BE%E0%A4%B0%E0%A5%87-%E0%A4%97%E0%A4%8F%2C-%E0%A4%85%E0%A4%AD%E0%A5%80-%E0%A4%AD%E0%A5%80-%E0%A4%B8%E0%A4%9A%E0%A5%8D%E0%A4%9A%E0%A4%BE%E0%A4%88-%E0%A4%9B%E0%A4%BF%E0%A4%AA%E0%A4%BE-%E0%A4%B0%E0%A4%B9%E0%A5%80-%E0%A4%AA%E0%A4%BE%E0%A4%95%E0%A4%BF%E0%A4%B8%E0%A5%8D%E0%A4%A4%E0%A4%BE%E0%A4%A8-%E0%A4%B8%E0%A5%87%E0%A4%A8%E0%A4%BE-/90109276',
    '2025-05-13',
    'B',
    3,
  ),
  dailyIttehadDar: source(
    'Pakistan, India agree to ceasefire until May 18, FM Ishaq Dar tells Senate',
    'Daily Ittehad',
    'https://dailyittehad.com.pk/news/2025/05/16/pakistan-india-agree-to-ceasefire-until-may-18-fm-ishaq-dar-tells-senate/',
    '2025-05-16',
    'C',
    3,
  ),
  ptcExtended: source(
    'India-Pakistan ceasefire extended until May 18; DGMOs to hold crucial talks again',
    'PTC News',
    'https://www.ptcnews.tv/nation/india-pakistan-ceasefire-extended-until-may-18-dgmos-to-hold-crucial-talks-again-4409356',
    '2025-05-16',
    'C',
    3,
  ),
  ibtNoExpiry: source(
    'No DGMO-level meeting today; ceasefire between India, Pakistan intact, no expiry date',
    'International Business Times India',
    'https://www.ibtimes.co.in/no-dgmo-level-meeting-today-ceasefire-between-india-pakistan-intact-no-expiry-date-883372',
    '2025-05-18',
    'B',
    2,
  ),
  newsArenaNoExpiry: source(
    'No DGMO talks today, ceasefire open-ended: Indian Army',
    'News Arena India',
    'https://newsarenaindia.com/nation/no-dgmo-talks-today-ceasefire-open-ended-indian-army/44637',
    '2025-05-18',
    'C',
    2,
  ),
  indiaTvDelegations: source(
    'Operation Sindoor: India set to send 7 all-party delegations abroad for diplomatic outreach next week',
    'India TV',
    'https://www.indiatvnews.com/news/india/operation-sindoor-india-set-to-send-7-all-party-delegations-abroad-for-diplomatic-outreach-next-week-list-of-team-members-announced-so-far-2025-05-18-990812',
    '2025-05-18',
    'B',
    2,
  ),
  pakistanTodayFieldMarshal: source(
    'COAS General Asim Munir elevated to rank of field marshal',
    'Pakistan Today',
    'https://www.pakistantoday.com.pk/2025/05/20/coas-general-asim-munir-elevated-to-rank-of-field-marshal/',
    '2025-05-20',
    'B',
    2,
  ),
  tribuneFieldMarshal: source(
    "General Asim Munir becomes Pakistan's second field marshal after Ayub Khan",
    'The Tribune',
    'https://www.tribuneindia.com/news/india/general-asim-munir-becomes-pakistans-second-field-marshal-after-ayub-khan/',
    '2025-05-20',
    'B',
    2,
  ),
  indiaTvAirspaceExt: source(
    'India extends airspace ban on Pakistan flights, military aircraft till June 23',
    'India TV',
    'https://www.indiatvnews.com/news/india/india-extends-airspace-ban-to-pakistan-flights-military-aircraft-till-june-23-2025-05-23-991628',
    '2025-05-23',
    'B',
    2,
  ),
  mehrAirspaceExt: source(
    'India, Pakistan extend closure of airspace for another month',
    'Mehr News Agency',
    'https://en.mehrnews.com/news/232198/India-Pakistan-extend-closure-of-airspace-for-another-month',
    '2025-05-24',
    'C',
    2,
  ),
  // --- June: outreach, the treaty, the airspace ---------------------------------
  dunyaBilawal: source(
    'Bilawal-led Pakistani delegation reaches New York',
    'Dunya News',
    'https://dunyanews.tv/en/Pakistan/887230-bilawalled-pakistani-delegation-reaches-new-york',
    '2025-06-02',
    'B',
    2,
  ),
  brecorderBilawal: source(
    'Bilawal-led delegation reaches US',
    'Business Recorder',
    'https://www.brecorder.com/news/40365813/bilawal-led-delegation-reaches-us',
    '2025-06-02',
    'B',
    2,
  ),
  lokmatDelegationsBack: source(
    'PM Modi meets members of all-party delegations at his residence',
    'Lokmat Times',
    'https://www.lokmattimes.com/national/pm-modi-meets-members-of-all-party-delegations-at-his-residence-watch-video-a507/',
    '2025-06-10',
    'C',
    2,
  ),
  tribunePkModiTrump: source(
    "Modi tells Trump 'no' US role in ceasefire with Pakistan",
    'The Express Tribune (Reuters)',
    'https://tribune.com.pk/story/2551463/modi-tells-trump-no-us-role-in-ceasefire-with-pakistan',
    '2025-06-18',
    'B',
    2,
  ),
  dwModiTrump: source(
    'Modi to Trump: No US role behind ceasefire with Pakistan',
    'Deutsche Welle',
    'https://amp.dw.com/en/modi-to-trump-no-us-role-behind-ceasefire-with-pakistan/a-72956984',
    '2025-06-18',
    'B',
    2,
  ),
  dunyaShah: source(
    'India will never restore Indus Waters Treaty with Pakistan: Amit Shah',
    'Dunya News',
    'https://dunyanews.tv/en/World/890508-india-will-never-restore-indus-waters-treaty-with-pakistan-amit-shah',
    '2025-06-21',
    'B',
    2,
  ),
  jagranShah: source(
    "Indus Waters Treaty 'will never be restored': Amit Shah reveals plan to divert water up to Rajasthan",
    'The Daily Jagran',
    'https://www.thedailyjagran.com/india/indus-waters-treaty-will-never-be-restored-amit-shah-reveals-plan-to-divert-water-up-to-rajasthan-10246768',
    '2025-06-21',
    'C',
    2,
  ),
  profitAirspaceExt: source(
    'Pakistan extends airspace closure for Indian aircraft by another month',
    'Profit (Pakistan Today)',
    'https://profit.pakistantoday.com.pk/2025/06/23/pakistan-extends-airspace-closure-for-indian-aircraft-by-another-month/',
    '2025-06-23',
    'B',
    2,
  ),
} as const;

/** The 10 May understanding, announced by India (Misri) and confirmed by Pakistan (Sharif) and the US: credibility 1. */
const CONFIRMED_BY_BOTH = [graded(S.nieCeasefire, 1), graded(S.indiaTodayCeasefire, 1), graded(S.indiaTodaySharif, 1)];

// Ids of the things the case refers to
const D = {
  abjureTerrorism: 'ind-abjure-cross-border-terrorism',
  vacatePok: 'ind-vacate-pakistan-occupied-kashmir',
  restoreTreaty: 'pak-honour-indus-waters-treaty',
  neutralProbe: 'pak-neutral-investigation-pahalgam',
  dialogue: 'pak-dialogue-kashmir-water',
} as const;
const U = { treatyInAbeyance: 'ind-indus-waters-treaty-in-abeyance' } as const;
const CF = { loc2021: 'loc-understanding-2021-02-25', dgmo: 'dgmo-understanding-2025-05-10' } as const;
const R = { call: 'dgmo-call-2025-05-10', talks: 'dgmo-talks-2025-05-12' } as const;
const O = {
  ccs: 'ccs-measures-2025-04-23',
  nsc: 'nsc-measures-2025-04-24',
  pakAirspace: 'pakistan-airspace-closure',
  indAirspace: 'india-airspace-closure',
  understanding: 'dgmo-understanding-2025-05-10',
  talks: 'dgmo-talks-2025-05-12',
  shah: 'shah-interview-2025-06-21',
} as const;

// ---------------------------------------------------------------------------
// The case, in log order (= recordedAt order)
// ---------------------------------------------------------------------------

const events = [
  // ===== 22 April: the attack; the case is opened the same afternoon =====
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '2025-04-22', recordedAt: at('04-22', '12:30') },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'India – Pakistan crisis after the Pahalgam attack, 2025',
      subject:
        "Crisis bargaining between India and Pakistan after the 22 April 2025 attack on tourists at Pahalgam: India's demand that Pakistan end support for cross-border terrorism, the two sides' punitive measures (Indus Waters Treaty, border, trade, airspace, visas), the military exchanges of 7–10 May and the ceasefire understanding reached and kept through the military (DGMO) channel",
      parties: [INDIA, PAKISTAN],
      mediators: [],
    },
    [S.onmanoramaAttack],
    {
      note: 'Opened the afternoon of the attack, as India signalled a response against Pakistan. There are no formal talks: the "rounds" of this case are the DGMO hotline contacts of 10 and 12 May. No mediator is registered at the opening; the United States, Saudi Arabia and the United Nations are registered when they act (India rejects any third-party mediation; the US and Pakistan describe the US role as mediation).',
    },
  ),
  ev(
    'ActorRegistered',
    'actor-trf',
    { occurredAt: '2025-04-22', recordedAt: at('04-22', '12:55') },
    { actor: TRF, role: 'spoiler' },
    [S.wionTrf],
    {
      note: 'Claimed the Pahalgam attack; described in Indian reporting as a proxy of the Pakistan-based Lashkar-e-Taiba.',
    },
  ),
  ev(
    'IncidentReported',
    'inc-pahalgam',
    { occurredAt: '2025-04-22T15:00:00+05:30', precision: 'approximate', recordedAt: at('04-22', '13:00') },
    {
      incidentId: 'pahalgam-attack-2025-04-22',
      kind: 'militant-attack',
      perpetrator: 'the-resistance-front',
      target: 'Tourists in the Baisaran meadow',
      place: 'Baisaran meadow near Pahalgam, Anantnag district, Jammu and Kashmir',
      against: 'india',
      fatalities: { min: 24, max: 28 },
      injured: { min: 13, max: 20 },
      description:
        'Gunmen opened fire on tourists in the Baisaran meadow around 14:30–15:00 IST, reportedly after asking victims their religion. Early tolls: at least 24 killed and 13 injured (AFP, police sources), 28 killed (other reports); the J&K chief minister called it "much larger than anything we have seen directed at civilians in recent years". The Resistance Front (TRF) claimed it.',
    },
    [S.onmanoramaAttack, S.asianetAttack, S.pratidinAttack, S.wionTrf],
    {
      note: "Recorded with the early, conflicting tolls and the claim; the official count and India's attribution follow the next day.",
    },
  ),
  ev(
    'StatementMade',
    'stmt-modi-apr22',
    { occurredAt: '2025-04-22', recordedAt: at('04-22', '13:10') },
    {
      speaker: MODI,
      audience: 'domestic audience',
      tone: 'warning',
      summary:
        'Condemned the attack from Saudi Arabia, where he was on a visit: those behind it would be brought to justice.',
      quote:
        'Those behind this heinous act will be brought to justice...they will not be spared! Their evil agenda will never succeed.',
    },
    [S.onmanoramaAttack],
  ),
  // ===== 23 April: the official toll, India's measures =====
  ev(
    'EventCorrected',
    'corr-pahalgam-toll',
    { occurredAt: '2025-04-23', recordedAt: at('04-23', '15:30') },
    {
      eventId: idOf('inc-pahalgam'),
      changes: {
        data: {
          allegedBy: 'india',
          blamedOn: 'pakistan',
          fatalities: { min: 26, max: 26 },
          civilianFatalities: { min: 26, max: 26 },
          description:
            'Gunmen killed 26 people, mostly tourists, among them an Indian Navy officer and an Intelligence Bureau official, in the Baisaran meadow around 14:30–15:00 IST, reportedly after asking their religion; 13–20 injured. The Resistance Front (TRF) claimed it. India holds Pakistan responsible for cross-border terrorism and acts against it the next day (CCS).',
        },
      },
      reason:
        "Official toll of 26 (CCS briefing, 23 Apr) replaces the early 24–28; India's attribution to Pakistan added.",
    },
    [S.ndtvAttack, S.nieCcs],
  ),
  ev(
    'StatementMade',
    'stmt-misri-ccs',
    { occurredAt: '2025-04-23', recordedAt: at('04-23', '15:40') },
    {
      speaker: MISRI,
      audience: 'pakistan',
      tone: 'accusation',
      summary:
        "After a Cabinet Committee on Security meeting chaired by Modi, announced measures against Pakistan over the attack: the Indus Waters Treaty held in abeyance until Pakistan abjures cross-border terrorism, the Attari–Wagah crossing closed, with visa and diplomatic measures; the CCS condemned the attack and recorded 'zero tolerance for terrorism'.",
      quote:
        'The Indus Waters Treaty of 1960 will be held in abeyance with immediate effect until Pakistan credibly and irrevocably abjures its support for cross-border terrorism.',
    },
    [S.nieCcs],
    { cameo: '161', occurrence: O.ccs },
  ),
  ev(
    'DemandTabled',
    'dem-abjure-terrorism',
    { occurredAt: '2025-04-23', recordedAt: at('04-23', '15:45') },
    {
      demandId: D.abjureTerrorism,
      by: 'india',
      addressedTo: ['pakistan'],
      text: 'Pakistan credibly and irrevocably abjures its support for cross-border terrorism',
      category: 'security',
    },
    [S.nieCcs],
    { occurrence: O.ccs },
  ),
  ev(
    'UltimatumIssued',
    'ult-treaty-abeyance',
    { occurredAt: '2025-04-23', recordedAt: at('04-23', '15:50') },
    {
      ultimatumId: U.treatyInAbeyance,
      by: 'india',
      to: ['pakistan'],
      demandIds: [D.abjureTerrorism],
      consequences:
        'The 1960 Indus Waters Treaty is held in abeyance with immediate effect, and stays so, until Pakistan credibly and irrevocably abjures its support for cross-border terrorism.',
      channel: 'CCS decision announced by the Foreign Secretary',
    },
    [S.nieCcs],
    {
      occurrence: O.ccs,
      note: 'Recorded as an ultimatum without deadline: a coercive measure imposed at once and lifted only on compliance with the demand. Pakistan never complied, India never withdrew it; still active at the end of the log (see Shah, 21 Jun).',
    },
  ),
  ev(
    'IncidentReported',
    'inc-attari-closed',
    { occurredAt: '2025-04-23', recordedAt: at('04-23', '15:55') },
    {
      incidentId: 'attari-icp-closed-2025-04-23',
      kind: 'border-closure',
      perpetrator: 'india',
      against: 'pakistan',
      target: 'Cross-border trade and passenger traffic with Pakistan',
      place: 'Attari–Wagah integrated check post, Punjab',
      description: 'India closes the Attari integrated check post with immediate effect (CCS decision).',
    },
    [S.nieCcs],
  ),
  // ===== 24 April: Pakistan's National Security Committee =====
  ev(
    'StatementMade',
    'stmt-nsc-apr24',
    { occurredAt: '2025-04-24', recordedAt: at('04-24', '13:00') },
    {
      speaker: NSC_PAK,
      audience: 'india',
      tone: 'military-threat',
      summary:
        "Rejected India's measures as unilateral, unjust, politically motivated and devoid of legal merit; water is a vital national interest of Pakistan, and any disruption of the flow due to it under the Indus Waters Treaty would be considered an act of war. Pakistan may hold all bilateral agreements with India, including the Simla Agreement, in abeyance; all trade with India, including via third countries, suspended; SAARC visas for Indians cancelled (Sikh pilgrims excepted); Indian defence advisers declared persona non grata; armed forces 'fully capable and prepared' against any misadventure.",
    },
    [S.azertagNsc, S.dunyaNsc, S.lokmatSimla, S.devdiscourseNsc],
    { occurrence: O.nsc },
  ),
  ev(
    'PositionTaken',
    'pos-pak-rejects-abjure',
    { occurredAt: '2025-04-24', recordedAt: at('04-24', '13:05') },
    {
      demandId: D.abjureTerrorism,
      actorId: 'pakistan',
      stance: 'rejected',
      conditions: 'Pakistan denies any link to the attack and rejects the premise of the demand.',
      quote: 'unilateral, unjust, politically motivated, extremely irresponsible, and devoid of legal merit',
      speaker: NSC_PAK,
    },
    [S.azertagNsc],
    { occurrence: O.nsc },
  ),
  ev(
    'DemandTabled',
    'dem-honour-treaty',
    { occurredAt: '2025-04-24', recordedAt: at('04-24', '13:10') },
    {
      demandId: D.restoreTreaty,
      by: 'pakistan',
      addressedTo: ['india'],
      text: 'India honours the Indus Waters Treaty (no unilateral abeyance; no stopping or diverting of water due to Pakistan)',
      category: 'economic',
    },
    [S.azertagNsc, S.devdiscourseNsc],
    { occurrence: O.nsc },
  ),
  ev(
    'IncidentReported',
    'inc-wagah-closed',
    { occurredAt: '2025-04-24', recordedAt: at('04-24', '13:15') },
    {
      incidentId: 'wagah-closed-2025-04-24',
      kind: 'border-closure',
      perpetrator: 'pakistan',
      against: 'india',
      target: 'All cross-border transit from India',
      place: 'Wagah border post, Punjab (Pakistan)',
      description:
        'Pakistan closes the Wagah border post with immediate effect; all cross-border transit from India suspended, without exception.',
    },
    [S.dunyaNsc, S.lokmatSimla],
  ),
  ev(
    'IncidentReported',
    'inc-pak-airspace',
    { occurredAt: '2025-04-24', recordedAt: at('04-24', '13:20') },
    {
      incidentId: 'pakistan-airspace-closed-2025-04-24',
      kind: 'border-closure',
      perpetrator: 'pakistan',
      against: 'india',
      target: 'Indian-registered, Indian-owned or -operated aircraft, including military',
      place: 'Pakistani airspace',
      description:
        'Pakistan closes its airspace to all Indian-owned or -operated airlines with immediate effect (NOTAM to 23 May).',
    },
    [S.azertagNsc, S.aryAirspace],
    { occurrence: O.pakAirspace },
  ),
  // ===== 26–28 April: first LoC firing, the offer of a probe, "imminent" =====
  ev(
    'StatementMade',
    'stmt-sharif-probe',
    { occurredAt: '2025-04-26', recordedAt: at('04-26', '10:00') },
    {
      speaker: SHARIF,
      audience: 'india',
      tone: 'conciliatory',
      summary:
        'At the Pakistan Military Academy, Kakul: the Pahalgam tragedy is another example of a "perpetual blame game"; Pakistan is open to any neutral, transparent and credible investigation. Also: Kashmir is Pakistan\'s "jugular vein"; the armed forces are ready to defend the country.',
      quote: 'Pakistan is open to participating in any neutral, transparent and credible investigation.',
    },
    [S.ndtvProbe, S.nieProbe],
  ),
  ev(
    'DemandTabled',
    'dem-neutral-probe',
    { occurredAt: '2025-04-26', recordedAt: at('04-26', '10:05') },
    {
      demandId: D.neutralProbe,
      by: 'pakistan',
      addressedTo: ['india'],
      text: 'A neutral, transparent and credible (international) investigation of the Pahalgam attack before any accusation',
      category: 'procedural',
    },
    [S.ndtvProbe, S.nieProbe],
  ),
  ev(
    'CeasefireDeclared',
    'cf-loc-2021',
    { occurredAt: '2021-02-25', recordedAt: at('04-27', '05:00') },
    {
      ceasefireId: CF.loc2021,
      parties: ['india', 'pakistan'],
      scope: "Line of Control and all other sectors (the DGMOs' reaffirmation of the 2003 ceasefire)",
      duration: 'indefinite',
    },
    [S.tribuneLoc],
    {
      note: 'Background, recorded when the first violations were reported: the February 2021 understanding had kept the LoC largely quiet until 24–25 April 2025.',
    },
  ),
  ev(
    'CeasefireViolationReported',
    'cfv-apr25',
    { occurredAt: '2025-04-25', precision: 'approximate', recordedAt: at('04-27', '05:05') },
    {
      ceasefireId: CF.loc2021,
      allegedBy: 'india',
      against: 'pakistan',
      description:
        'Indian Army: Pakistani posts violated the ceasefire at multiple locations along the LoC in Jammu and Kashmir; Indian troops gave an "effective" response. No casualties reported.',
    },
    [S.tribuneLoc],
  ),
  ev(
    'CeasefireViolationReported',
    'cfv-apr26',
    { occurredAt: '2025-04-26', precision: 'approximate', recordedAt: at('04-27', '05:10') },
    {
      ceasefireId: CF.loc2021,
      allegedBy: 'india',
      against: 'pakistan',
      casualties: { min: 0, max: 0 },
      description:
        'Night of 25–26 April: "unprovoked small arms firing" by various Pakistan Army posts across the LoC in Kashmir; Indian troops responded with small arms. No casualties (Indian Army).',
    },
    [S.tribuneLoc],
  ),
  ev(
    'CeasefireViolationReported',
    'cfv-apr28',
    { occurredAt: '2025-04-28', precision: 'approximate', recordedAt: at('04-28', '06:00') },
    {
      ceasefireId: CF.loc2021,
      allegedBy: 'india',
      against: 'pakistan',
      casualties: { min: 0, max: 0 },
      description:
        'Night of 27–28 April, the fourth in a row: small arms fire from Pakistani posts opposite Kupwara and, for the first time, Poonch. No casualties.',
    },
    [S.nieLocFourth],
  ),
  ev(
    'StatementMade',
    'stmt-asif-imminent',
    { occurredAt: '2025-04-28', recordedAt: at('04-28', '12:00') },
    {
      speaker: ASIF,
      audience: 'india',
      tone: 'warning',
      summary:
        'Told Reuters an Indian military incursion was "imminent"; Pakistan had reinforced its forces and taken "strategic decisions"; nuclear weapons only if there is "a direct threat to our existence".',
      quote: 'We have reinforced our forces because it is something which is imminent now.',
    },
    [S.zeeAsif, S.trtAsif],
  ),
  // ===== 29 April – 1 May: hotline warning, "24–36 hours", the US, airspace =====
  ev(
    'StatementMade',
    'stmt-ghai-hotline',
    { occurredAt: '2025-04-29', recordedAt: at('04-30', '05:00') },
    {
      speaker: GHAI,
      audience: 'pakistan',
      tone: 'warning',
      summary:
        'On the weekly DGMO hotline call (Tuesday night), raised the unprovoked ceasefire violations on the LoC and warned the Pakistan Army against them.',
    },
    [S.navabharatDgmo],
    { note: "A routine weekly call, not a negotiating round; India's side only (UNI, citing sources)." },
  ),
  ev(
    'StatementMade',
    'stmt-tarar-24-36h',
    { occurredAt: '2025-04-29T23:00:00+05:00', precision: 'approximate', recordedAt: at('04-30', '05:10') },
    {
      speaker: TARAR,
      audience: 'india',
      tone: 'threat',
      summary:
        'Late on 29 April: Pakistan has "credible intelligence" that India intends military action within 24–36 hours on the pretext of Pahalgam; any such adventurism would be "responded to assuredly and decisively", the onus of the escalation lying with India.',
      quote: 'Any such military adventurism by India would be responded to assuredly and decisively.',
    },
    [S.dunyaTarar],
  ),
  ev(
    'PositionTaken',
    'pos-ind-probe-dismissed',
    { occurredAt: '2025-04-29', precision: 'approximate', recordedAt: at('04-30', '05:15') },
    {
      demandId: D.neutralProbe,
      actorId: 'india',
      stance: 'rejected',
      conditions:
        'Reported, not on record: Indian authorities dismissed the offer of a neutral investigation as insincere. India made no formal reply.',
    },
    [S.ssbcrackDgmo],
    { note: 'Single outlet, unnamed officials: C3.' },
  ),
  ev(
    'CeasefireViolationReported',
    'cfv-apr30',
    { occurredAt: '2025-04-30', precision: 'approximate', recordedAt: at('04-30', '12:00') },
    {
      ceasefireId: CF.loc2021,
      allegedBy: 'india',
      against: 'pakistan',
      description:
        'Night of 29–30 April, the sixth in a row: unprovoked small-arms fire from Pakistani posts; the Indian Army says it responded "swiftly and proportionately".',
    },
    [S.localmonkSixth],
  ),
  ev(
    'ActorRegistered',
    'actor-usa',
    { occurredAt: '2025-04-30', recordedAt: at('04-30', '22:00') },
    { actor: USA, role: 'mediator' },
    [S.dailyTimesRubio],
    {
      note: "Registered as a mediator for its calls to both sides; India's position is that no third party mediated (see 13 May and 17 Jun).",
    },
  ),
  ev(
    'MediationAction',
    'med-rubio-apr30',
    { occurredAt: '2025-04-30', recordedAt: at('05-01', '04:00') },
    {
      mediator: 'united-states',
      action: 'requested-pause',
      summary:
        'Secretary of State Rubio called EAM Jaishankar and PM Sharif: encouraged India to work with Pakistan to de-escalate, urged Pakistan to cooperate in investigating the "unconscionable attack", re-establish direct communications and de-escalate. Sharif, per Pakistan, condemned India\'s provocative behaviour.',
    },
    [S.etvRubio, S.dailyTimesRubio],
  ),
  ev(
    'IncidentReported',
    'inc-ind-airspace',
    { occurredAt: '2025-04-30', recordedAt: at('05-01', '04:10') },
    {
      incidentId: 'india-airspace-closed-2025-04-30',
      kind: 'border-closure',
      perpetrator: 'india',
      against: 'pakistan',
      target: 'Pakistan-registered, -owned or -operated aircraft, including military',
      place: 'Indian airspace',
      description:
        'India closes its airspace to Pakistani aircraft by NOTAM, 30 April to 23 May, after a second CCS meeting.',
    },
    [S.statesmanAirspace],
    { occurrence: O.indAirspace },
  ),
  // ===== 3–6 May: trade ban, "operational freedom", missile tests, the UN =====
  ev(
    'CeasefireViolationReported',
    'cfv-pak-quadcopters',
    { occurredAt: '2025-04-30', precision: 'approximate', recordedAt: at('05-01', '05:00') },
    {
      ceasefireId: CF.loc2021,
      allegedBy: 'pakistan',
      against: 'india',
      description:
        'A Pakistani security source: two Indian drones that violated Pakistani airspace near the LoC were shot down. Each side blames the other for the firing of the past six nights.',
    },
    [S.wahalaDrones],
  ),
  ev(
    'StatementMade',
    'stmt-india-import-ban',
    { occurredAt: '2025-05-03', recordedAt: at('05-03', '12:00') },
    {
      speaker: DGFT,
      audience: 'pakistan',
      tone: 'critical',
      summary:
        'India prohibits the direct or indirect import or transit of all goods originating in or exported from Pakistan "in the interest of national security and public policy"; it also bars Pakistan-flagged ships from Indian ports and suspends the exchange of mail and parcels with Pakistan.',
    },
    [S.btImports, S.lokmatImports],
    { cameo: '163' },
  ),
  ev(
    'StatementMade',
    'stmt-modi-operational-freedom',
    { occurredAt: '2025-04-29', recordedAt: at('05-03', '12:10') },
    {
      speaker: MODI,
      audience: 'pakistan',
      tone: 'military-threat',
      summary:
        'At a meeting with the defence leadership, gave the armed forces "complete operational freedom" to decide the mode, targets and timing of India\'s response to the attack: "a national resolve to deal a crushing blow to terrorism".',
    },
    [S.btImports],
    { note: 'Backfilled from a later report; reported through officials, not a public speech.' },
  ),
  ev(
    'IncidentReported',
    'inc-abdali-test',
    { occurredAt: '2025-05-03', recordedAt: at('05-03', '12:20') },
    {
      incidentId: 'abdali-test-2025-05-03',
      kind: 'force-posture',
      perpetrator: 'pakistan',
      against: 'india',
      place: 'Pakistan (Exercise Indus)',
      description:
        'Training launch of the Abdali surface-to-surface missile (range 450 km) as part of "Exercise Indus", to ensure the operational readiness of troops (ISPR).',
    },
    [S.thenewsAbdali],
  ),
  ev(
    'CeasefireViolationReported',
    'cfv-may4',
    { occurredAt: '2025-05-04', precision: 'approximate', recordedAt: at('05-04', '06:00') },
    {
      ceasefireId: CF.loc2021,
      allegedBy: 'india',
      against: 'pakistan',
      casualties: { min: 0, max: 0 },
      description:
        'Night of 3–4 May, the tenth in a row: small-arms fire from Pakistani posts opposite Kupwara, Baramulla, Poonch, Rajouri, Mendhar, Naushera, Sunderbani and Akhnoor, eight places in five districts; no casualties (defence spokesperson). Border villagers are readying bunkers.',
    },
    [S.jknewspointTenth],
  ),
  ev(
    'IncidentReported',
    'inc-fatah-test',
    { occurredAt: '2025-05-05', recordedAt: at('05-05', '12:00') },
    {
      incidentId: 'fatah-test-2025-05-05',
      kind: 'force-posture',
      perpetrator: 'pakistan',
      against: 'india',
      place: 'Pakistan (Exercise Indus)',
      description:
        'Training launch of a Fatah-series surface-to-surface missile (range 120 km), the second missile test in a few days (ISPR).',
    },
    [S.dunyaFatah],
  ),
  ev(
    'ActorRegistered',
    'actor-un',
    { occurredAt: '2025-05-05', recordedAt: at('05-06', '02:00') },
    { actor: UN, role: 'observer' },
    [S.lokmatGuterres],
  ),
  ev(
    'StatementMade',
    'stmt-guterres',
    { occurredAt: '2025-05-05', recordedAt: at('05-06', '02:05') },
    {
      speaker: GUTERRES,
      audience: 'india and pakistan',
      tone: 'conciliatory',
      summary:
        'Tensions "at their highest in years"; called on both to step back from the brink and condemned the Pahalgam attack. The Security Council held closed consultations the same afternoon at Pakistan\'s request; envoys called for restraint and dialogue, and no statement was issued.',
      quote:
        'It is also essential – especially at this critical hour – to avoid a military confrontation that could easily spin out of control.',
    },
    [S.lokmatGuterres, S.latestlyUnsc],
  ),
  // ===== 7 May: Operation Sindoor; Poonch =====
  ev(
    'IncidentReported',
    'inc-sindoor',
    { occurredAt: '2025-05-07T01:00:00+05:30', precision: 'approximate', recordedAt: at('05-07', '03:00') },
    {
      incidentId: 'operation-sindoor-2025-05-07',
      kind: 'missile-strike',
      perpetrator: 'india',
      against: 'pakistan',
      target: 'Nine sites India calls terrorist infrastructure; Pakistan says civilian areas',
      place: 'Muzaffarabad and Kotli (Pakistan-administered Kashmir), Bahawalpur (Punjab), among nine sites',
      fatalities: { min: 8, max: 8 },
      civilianFatalities: { min: 8, max: 8 },
      injured: { min: 35, max: 35 },
      description:
        'Operation Sindoor: Indian strikes on nine sites in Pakistan and Pakistan-administered Kashmir shortly after 01:00 IST, "focused, measured and non-escalatory", no Pakistani military facility targeted (Indian Ministry of Defence). Pakistani military officials: 8 civilians, including children, killed, 35 injured and two unaccounted for.',
    },
    [S.bsSindoor, S.yovizagSindoor],
  ),
  ev(
    'IncidentReported',
    'inc-air-battle',
    { occurredAt: '2025-05-07', precision: 'approximate', recordedAt: at('05-07', '09:00') },
    {
      incidentId: 'air-engagement-2025-05-07',
      kind: 'clash',
      perpetrator: 'pakistan',
      allegedBy: 'pakistan',
      against: 'india',
      target: 'Indian Air Force aircraft',
      description:
        'Pakistan says its air force shot down five Indian aircraft (three Rafale, one Su-30, one MiG-29) and a drone during the strikes; Defence Minister Asif also claimed soldiers taken prisoner. India did not confirm any loss at the time.',
    },
    [S.lokmatJets],
    { note: "One side's claim, unconfirmed by the other: credibility 3." },
  ),
  ev(
    'IncidentReported',
    'inc-poonch-shelling',
    { occurredAt: '2025-05-07T03:00:00+05:30', precision: 'approximate', recordedAt: at('05-07', '12:00') },
    {
      incidentId: 'poonch-shelling-2025-05-07',
      kind: 'shelling',
      perpetrator: 'pakistan',
      allegedBy: 'india',
      against: 'india',
      target: 'Forward villages and Poonch town',
      place:
        'Poonch (Balakote, Mendhar, Mankote, Krishna Ghati, Gulpur, Kerni, Poonch town) and Rajouri; Uri, Karnah and Tangdhar in Kashmir',
      fatalities: { min: 10, max: 13 },
      civilianFatalities: { min: 10, max: 12 },
      injured: { min: 40, max: 57 },
      description:
        'Heaviest artillery and mortar shelling of Poonch since 1971 (locals), from about 03:00 IST after the strikes; a gurdwara and the bus stand hit. Tolls during the day: 10 killed, 40 injured (local MLA); 13 killed including four children and a soldier, 57 injured (officials, PTI). The Indian Army said it responded, destroying Pakistani posts.',
    },
    [S.niePoonch, S.newsdrumPoonch],
  ),
  ev(
    'CeasefireEnded',
    'cf-loc-2021-ended',
    { occurredAt: '2025-05-07', recordedAt: at('05-07', '12:10') },
    {
      ceasefireId: CF.loc2021,
      reason: 'collapsed',
      summary:
        'Cross-border strikes and the most intense artillery exchange on the LoC since the 2021 reaffirmation: the understanding no longer held. Neither side formally renounced it.',
    },
    [S.newsdrumPoonch, S.niePoonch],
    {
      note: "An analyst's reading, not a declaration by either side: PTI called it the first such intense shelling since the February 2021 renewal.",
    },
  ),
  ev(
    'StatementMade',
    'stmt-nsc-may7',
    { occurredAt: '2025-05-07', recordedAt: at('05-07', '13:00') },
    {
      speaker: NSC_PAK,
      audience: 'india',
      tone: 'military-threat',
      summary:
        'Condemned the strikes of the night of 6–7 May as "a blatant act of war", said civilian areas and mosques were hit and the Neelum-Jhelum hydropower project targeted, and authorised the armed forces to respond in self-defence under Article 51 of the UN Charter.',
    },
    [S.dailyPakistanNsc],
  ),
  // ===== 8 May: the night of 7–8 May =====
  ev(
    'EventCorrected',
    'corr-sindoor-31',
    { occurredAt: '2025-05-08', recordedAt: at('05-08', '05:00') },
    {
      eventId: idOf('inc-sindoor'),
      changes: {
        data: {
          fatalities: { min: 31, max: 31 },
          civilianFatalities: { min: 0, max: 31 },
          injured: { min: 46, max: 46 },
        },
      },
      reason:
        'ISPR now counts 31 civilians killed and 46 injured in the strikes (13 at a madrasa in Bahawalpur, 3 at the Bilal mosque in Muzaffarabad, a brother and sister in Kotli). India says it hit only terrorist infrastructure: the civilian share is kept as a range from 0 (India) to 31 (Pakistan).',
    },
    [S.brecorderToll, S.arabNewsDrones],
  ),
  ev(
    'IncidentReported',
    'inc-pak-drones-may8',
    { occurredAt: '2025-05-08', precision: 'approximate', recordedAt: at('05-08', '08:00') },
    {
      incidentId: 'pakistan-drones-missiles-2025-05-08',
      kind: 'drone-strike',
      perpetrator: 'pakistan',
      allegedBy: 'india',
      against: 'india',
      target: 'Military installations in northern and western India',
      place:
        'Awantipura, Srinagar, Jammu, Pathankot, Amritsar, Kapurthala, Jalandhar, Ludhiana, Adampur, Bhatinda, Chandigarh, Nal, Phalodi, Uttarlai, Bhuj',
      description:
        'Indian Ministry of Defence: on the night of 7–8 May Pakistan attempted to engage military targets at 15 locations with drones and missiles, neutralised by the integrated counter-UAS grid and air defences; debris recovered. Pakistan denied attacking India.',
    },
    [S.indiatvLahore, S.wionLahore],
  ),
  ev(
    'IncidentReported',
    'inc-ind-drones-may8',
    { occurredAt: '2025-05-08T06:00:00+05:00', precision: 'approximate', recordedAt: at('05-08', '08:10') },
    {
      incidentId: 'india-drones-air-defences-2025-05-08',
      kind: 'drone-strike',
      perpetrator: 'india',
      allegedBy: 'pakistan',
      against: 'pakistan',
      target: 'Pakistani air defence radars and systems',
      place: 'Lahore, Rawalpindi, Gujranwala, Chakwal, Attock, Bahawalpur, Miano, Chhor, Karachi',
      fatalities: { min: 3, max: 3 },
      civilianFatalities: { min: 3, max: 3 },
      injured: { min: 4, max: 4 },
      description:
        "Pakistan military: Israeli-made Harop drones shot down over at least nine cities (25 in the morning, 29 by the DG ISPR's briefing); one caused minor injuries to four soldiers and slight damage at a military site; three civilians killed. India: its forces targeted air defence radars and systems at a number of locations, neutralising an air defence system at Lahore.",
    },
    [S.arabNewsDrones, S.indiatvLahore, S.dailyPakistanDrones],
  ),
  ev(
    'ActorRegistered',
    'actor-saudi',
    { occurredAt: '2025-05-08', recordedAt: at('05-09', '06:00') },
    { actor: SAUDI_ARABIA, role: 'mediator' },
    [S.newshashtagSaudi],
  ),
  ev(
    'MediationAction',
    'med-jubeir-delhi',
    { occurredAt: '2025-05-08', recordedAt: at('05-09', '06:05') },
    {
      mediator: 'saudi-arabia',
      action: 'visited',
      summary:
        'Minister of State for Foreign Affairs Adel al-Jubeir made an unannounced visit to New Delhi and met EAM Jaishankar, who said he "shared India\'s perspectives on firmly countering terrorism"; Iran\'s foreign minister Araghchi, in Delhi the same day for a scheduled visit, had offered to mediate.',
    },
    [S.newshashtagSaudi],
  ),
  // ===== 9 May: the night of 8–9 May =====
  ev(
    'IncidentReported',
    'inc-pak-drones-may9',
    { occurredAt: '2025-05-08', precision: 'approximate', recordedAt: at('05-09', '12:00') },
    {
      incidentId: 'pakistan-drones-2025-05-08-09',
      kind: 'drone-strike',
      perpetrator: 'pakistan',
      allegedBy: 'india',
      against: 'india',
      target: 'Military installations from Leh to Sir Creek',
      place: '36 locations in Jammu and Kashmir, Punjab, Rajasthan and Gujarat (Indian briefing)',
      description:
        'Indian briefing (Misri, Col. Sofiya Qureshi, Wg Cdr Vyomika Singh): on the night of 8–9 May Pakistan used 300–400 drones, reportedly Turkish-made Asisguard Songar, against 36 locations to test air defences and gather intelligence, with heavy-calibre fire across the LoC; an armed drone aimed at Bathinda military station was thwarted; two children killed by shelling in Poonch. Pakistan\'s military called the reports of attacks on India "white lies".',
    },
    [S.republicDrones, S.assamDrones, graded(S.aryDrones, 3)],
  ),
  ev(
    'IncidentReported',
    'inc-ind-drones-may9',
    { occurredAt: '2025-05-09', precision: 'approximate', recordedAt: at('05-09', '12:10') },
    {
      incidentId: 'india-drones-2025-05-09',
      kind: 'drone-strike',
      perpetrator: 'india',
      allegedBy: 'pakistan',
      against: 'pakistan',
      target: 'Targets in Pakistani Punjab',
      place: 'Okara, Vehari, Pakpattan, Bahawalnagar (Punjab)',
      description:
        'Pakistan (security sources, Information Minister Tarar): six more Israeli-made Harop drones destroyed over Okara, Vehari and Pakpattan and another over Bahawalnagar, 35 in all. India said it responded "proportionately and effectively" to the night\'s attempted attacks.',
    },
    [S.aryDrones, S.assamDrones],
  ),
  // ===== 10 May: air bases, Bunyan-um-Marsoos, the ceasefire, the violations =====
  ev(
    'IncidentReported',
    'inc-airbases',
    { occurredAt: '2025-05-10T02:30:00+05:00', precision: 'approximate', recordedAt: at('05-10', '01:00') },
    {
      incidentId: 'india-strikes-airbases-2025-05-10',
      kind: 'missile-strike',
      perpetrator: 'india',
      allegedBy: 'pakistan',
      against: 'pakistan',
      target: 'Pakistan Air Force bases',
      place: 'Nur Khan (Chaklala, Rawalpindi), Murid (Chakwal), Rafiqui (Shorkot, Jhang)',
      description:
        'DG ISPR at a 04:00 press conference: India fired air-to-surface missiles from fighter jets, and drones, at three air bases; "all PAF assets safe", several missiles intercepted; he warned that India must wait for Pakistan\'s response.',
    },
    [S.middayBases, S.azertagNca],
  ),
  ev(
    'IncidentReported',
    'inc-bunyan',
    { occurredAt: '2025-05-10T04:30:00+05:00', precision: 'approximate', recordedAt: at('05-10', '03:00') },
    {
      incidentId: 'bunyan-um-marsoos-2025-05-10',
      kind: 'missile-strike',
      perpetrator: 'pakistan',
      allegedBy: 'pakistan',
      against: 'india',
      target: "Indian military installations (Pakistan's account)",
      place: 'India (unspecified in the first reports)',
      description:
        'Pakistan launches Operation Bunyan-um-Marsoos, with medium-range Fateh-1 missiles per state television; Deputy PM Dar said the leadership had no choice after the attacks on the air bases and that the actions were defensive; PM Sharif convened the National Command Authority. New Delhi said it intercepted drones.',
    },
    [S.azertagNca, S.middayBases],
  ),
  ev(
    'IncidentReported',
    'inc-rajouri-shelling',
    { occurredAt: '2025-05-10T06:00:00+05:30', precision: 'approximate', recordedAt: at('05-10', '07:00') },
    {
      incidentId: 'rajouri-jammu-shelling-2025-05-10',
      kind: 'shelling',
      perpetrator: 'pakistan',
      allegedBy: 'india',
      against: 'india',
      target: 'Rajouri town, Jammu city and border villages',
      place: 'Rajouri, Mendhar (Poonch), RS Pura (Jammu)',
      fatalities: { min: 5, max: 5 },
      civilianFatalities: { min: 5, max: 5 },
      description:
        'Mortar shelling and drone strikes early on 10 May: Rajouri additional district development commissioner Raj Kumar Thappa killed when a shell hit his residence, a two-year-old and a worker killed near the industrial area, one woman in Mendhar, one man in RS Pura. Civilian toll in Rajouri and Poonch since 7 May: 19 (officials).',
    },
    [S.htRajouri],
  ),
  ev(
    'TalksRoundOpened',
    'round-call-opened',
    { occurredAt: '2025-05-10T15:35:00+05:30', recordedAt: at('05-10', '12:45') },
    {
      roundId: R.call,
      label: 'DGMO hotline call of 10 May',
      venue: 'DGMO hotline',
      format: 'technical',
      delegations: [{ actorId: 'pakistan' }, { actorId: 'india' }],
    },
    [S.nieCeasefire, S.indiaTodayCeasefire],
    { note: "India: Pakistan's DGMO called his Indian counterpart at 15:35 IST." },
  ),
  ev(
    'TalksRoundConcluded',
    'round-call-concluded',
    { occurredAt: '2025-05-10T15:35:00+05:30', precision: 'approximate', recordedAt: at('05-10', '12:50') },
    {
      roundId: R.call,
      outcome: 'agreement',
      summary: 'Both sides to stop all firing and military action on land, in the air and at sea from 17:00 IST.',
      nextSteps: 'The DGMOs to talk again on 12 May at 12:00.',
    },
    CONFIRMED_BY_BOTH,
    { occurrence: O.understanding },
  ),
  ev(
    'AgreementReached',
    'agr-understanding',
    { occurredAt: '2025-05-10T15:35:00+05:30', precision: 'approximate', recordedAt: at('05-10', '12:55') },
    {
      agreementId: 'dgmo-understanding-2025-05-10',
      kind: 'ceasefire',
      provisions: [
        'Both sides stop all firing and military action on land, in the air and at sea with effect from 17:00 IST, 10 May',
        'Instructions given on both sides to give effect to the understanding',
        'The DGMOs talk again on 12 May at 12:00',
      ],
      signatories: ['india', 'pakistan'],
      textPublic: false,
      roundId: R.call,
    },
    CONFIRMED_BY_BOTH,
    {
      occurrence: O.understanding,
      note: "An understanding between the two militaries, announced by India's Foreign Secretary; no written text.",
    },
  ),
  ev(
    'CeasefireDeclared',
    'cf-understanding',
    { occurredAt: '2025-05-10T17:00:00+05:30', recordedAt: at('05-10', '13:00') },
    {
      ceasefireId: CF.dgmo,
      parties: ['india', 'pakistan'],
      scope: 'All firing and military action on land, in the air and at sea',
      duration: 'indefinite',
    },
    CONFIRMED_BY_BOTH,
    {
      occurrence: O.understanding,
      note: "No mediator recorded: India says the understanding was reached directly, at Pakistan's request; the US (Trump, Rubio) and Pakistan (Sharif) credit US mediation. Both accounts are recorded as statements.",
    },
  ),
  ev(
    'StatementMade',
    'stmt-trump-ceasefire',
    { occurredAt: '2025-05-10T17:25:00+05:30', precision: 'approximate', recordedAt: at('05-10', '13:05') },
    {
      speaker: TRUMP,
      audience: 'india and pakistan',
      tone: 'conciliatory',
      summary:
        'Announced on Truth Social, minutes before India confirmed it, that "after a long night of talks mediated by the United States" India and Pakistan had agreed to a full and immediate ceasefire; Rubio added that they would "start talks on a broad set of issues at a neutral site".',
      quote:
        'After a long night of talks mediated by the United States, I am pleased to announce that India and Pakistan have agreed to a FULL AND IMMEDIATE CEASEFIRE.',
    },
    [S.nieCeasefire],
    { occurrence: O.understanding },
  ),
  ev(
    'MediationAction',
    'med-rubio-neutral-site',
    { occurredAt: '2025-05-10', recordedAt: at('05-10', '13:10') },
    {
      mediator: 'united-states',
      action: 'proposed',
      summary:
        'Secretary of State Rubio: the governments of India and Pakistan have agreed to an immediate ceasefire "and to start talks on a broad set of issues at a neutral site". India\'s Foreign Secretary announced only the stoppage of firing and the next DGMO call.',
    },
    [S.nieCeasefire],
  ),
  ev(
    'StatementMade',
    'stmt-sharif-thanks',
    { occurredAt: '2025-05-10', recordedAt: at('05-10', '14:00') },
    {
      speaker: SHARIF,
      audience: 'united-states',
      tone: 'conciliatory',
      summary:
        'Thanked President Trump, Vice President Vance and Secretary Rubio for "facilitating this outcome", accepted "in the interest of regional peace and stability", and hoped it marked "a new beginning in the resolution of issues".',
      quote: 'We thank President Trump for his leadership and proactive role for peace in the region.',
    },
    [S.indiaTodaySharif],
  ),
  ev(
    'CeasefireViolationReported',
    'cfv-may10',
    { occurredAt: '2025-05-10T20:30:00+05:30', precision: 'approximate', recordedAt: at('05-10', '19:00') },
    {
      ceasefireId: CF.dgmo,
      allegedBy: 'india',
      against: 'pakistan',
      description:
        'Within hours: drones over Srinagar (one downed near an army facility in Batwara), Baramulla and Anantnag, blasts in Srinagar and Jammu, gunfire in Baramulla and explosions in Sopore. Near midnight Misri said there had been repeated violations, the armed forces were responding, and asked Pakistan to address them "with seriousness and responsibility". J&K chief minister Omar Abdullah: "This is no ceasefire." No casualties reported.',
    },
    [S.mintViolations, S.newsxMisriMidnight],
  ),
  ev(
    'DemandTabled',
    'dem-dialogue',
    { occurredAt: '2025-05-10', recordedAt: at('05-11', '06:00') },
    {
      demandId: D.dialogue,
      by: 'pakistan',
      addressedTo: ['india'],
      text: 'Talks to resolve Kashmir, the sharing of water and the other unresolved matters',
      category: 'political',
    },
    [S.theNewsSharifAddress],
    {
      note: "From Sharif's televised address late on 10 May, in which he also thanked Trump, the Saudi crown prince, Erdoğan and Xi.",
    },
  ),
  // ===== 12 May: the DGMO talks; Modi =====
  ev(
    'TalksRoundScheduled',
    'round-talks-scheduled',
    { occurredAt: '2025-05-10', recordedAt: at('05-11', '06:05') },
    {
      roundId: R.talks,
      label: 'DGMO talks of 12 May',
      venue: 'DGMO hotline',
      plannedFor: '2025-05-12T12:00:00+05:30',
      format: 'technical',
    },
    [S.nieCeasefire],
  ),
  ev(
    'StatementMade',
    'stmt-modi-may12',
    { occurredAt: '2025-05-12', recordedAt: at('05-12', '15:30') },
    {
      speaker: MODI,
      audience: 'pakistan',
      tone: 'military-threat',
      summary:
        'Address to the nation: India will not tolerate nuclear blackmail and will act "on its own terms" if provoked; Pakistan is a state sponsor of terrorism and its terror hubs were struck; terror and talks, terror and trade cannot go together, nor water and blood; talks with Pakistan only on terror.',
      quote:
        'Terror and Talks can’t go together, Terror and Trade cannot work together, Water and Blood can’t flow together',
    },
    [S.gujaratSamacharModi, S.indiaNewsNetworkModi],
  ),
  ev(
    'TalksRoundPostponed',
    'round-talks-postponed',
    { occurredAt: '2025-05-12', recordedAt: at('05-12', '15:35') },
    {
      roundId: R.talks,
      reason: 'Deferred from noon to the evening; reason not disclosed.',
      plannedFor: '2025-05-12T17:00:00+05:30',
    },
    [S.nieDgmoTalks],
  ),
  ev(
    'TalksRoundOpened',
    'round-talks-opened',
    { occurredAt: '2025-05-12T17:00:00+05:30', recordedAt: at('05-12', '15:40') },
    {
      roundId: R.talks,
      format: 'technical',
      delegations: [
        { actorId: 'india', head: GHAI },
        {
          actorId: 'pakistan',
          head: {
            name: 'Maj Gen Kashif Abdullah',
            title: 'Director General of Military Operations, Pakistan Army',
            actorId: 'pakistan',
          },
        },
      ],
    },
    [S.btDgmoTalks, S.nieDgmoTalks],
  ),
  ev(
    'TalksRoundConcluded',
    'round-talks-concluded',
    { occurredAt: '2025-05-12T17:00:00+05:30', precision: 'approximate', recordedAt: at('05-12', '16:00') },
    {
      roundId: R.talks,
      outcome: 'progress',
      summary:
        'Continued the commitment that both sides must not fire a single shot or initiate aggressive and inimical action; agreed to consider immediate measures to reduce troops on the borders and in forward areas (Indian Army readout; no Pakistani statement).',
    },
    [S.btDgmoTalks, S.nieDgmoTalks],
    { occurrence: O.talks },
  ),
  ev(
    'CeasefireExtended',
    'cf-understanding-continued',
    { occurredAt: '2025-05-12T17:00:00+05:30', precision: 'approximate', recordedAt: at('05-12', '16:05') },
    {
      ceasefireId: CF.dgmo,
      duration: 'indefinite',
      terms:
        'Both sides must not fire a single shot or initiate any aggressive and inimical action; immediate measures to reduce troops on the borders and forward areas to be considered.',
    },
    [S.btDgmoTalks, S.nieDgmoTalks],
    { occurrence: O.talks },
  ),
  ev(
    'PositionTaken',
    'pos-ind-dialogue',
    { occurredAt: '2025-05-12', recordedAt: at('05-12', '16:10') },
    {
      demandId: D.dialogue,
      actorId: 'india',
      stance: 'counter-proposed',
      conditions:
        'Talks with Pakistan only on terror (the MEA adds on 13 May: and the vacation of Pakistan-occupied Kashmir); none while terrorism continues.',
      quote: 'Talks with Pakistan will only be held on terror.',
      speaker: MODI,
    },
    [S.gujaratSamacharModi, S.indiaNewsNetworkModi],
  ),
  ev(
    'PositionTaken',
    'pos-ind-treaty-conditional',
    { occurredAt: '2025-05-12', recordedAt: at('05-12', '16:15') },
    {
      demandId: D.restoreTreaty,
      actorId: 'india',
      stance: 'conditional',
      conditions: 'Not while Pakistan supports terrorism ("water and blood cannot flow together").',
      quote: 'Water and Blood can’t flow together',
      speaker: MODI,
    },
    [S.gujaratSamacharModi],
  ),
  // ===== 13 May: trade, mediation, territory; the ISPR toll; Sindoor re-counted =====
  ev(
    'StatementMade',
    'stmt-jaiswal-trade',
    { occurredAt: '2025-05-13', recordedAt: at('05-13', '12:00') },
    {
      speaker: JAISWAL,
      audience: 'united-states',
      tone: 'critical',
      summary:
        'Rejected President Trump\'s claim (12 May) that the US stopped the fighting by offering trade: Indian and US leaders spoke about the military situation from 7 to 10 May but "the issue of trade did not come up"; any issue about Jammu and Kashmir is for India and Pakistan bilaterally.',
      quote: 'The issue of trade did not come up in any of these discussions.',
    },
    [S.indiaTodayTrade, S.arabNewsTrade, S.nieTrade],
  ),
  ev(
    'DemandTabled',
    'dem-vacate-pok',
    { occurredAt: '2025-05-13', recordedAt: at('05-13', '12:05') },
    {
      demandId: D.vacatePok,
      by: 'india',
      addressedTo: ['pakistan'],
      text: 'Pakistan vacates the Indian territory it illegally occupies (Pakistan-occupied Kashmir)',
      category: 'territorial',
    },
    [S.nieTrade],
    { note: 'MEA: "The outstanding matter is the vacation of illegally occupied Indian territory by Pakistan."' },
  ),
  ev(
    'IncidentReported',
    'inc-ispr-toll',
    { occurredAt: '2025-05-13', recordedAt: at('05-13', '14:00') },
    {
      incidentId: 'ispr-casualty-report-2025-05-13',
      kind: 'casualty-report',
      perpetrator: 'india',
      allegedBy: 'pakistan',
      against: 'pakistan',
      period: { from: '2025-05-07', to: '2025-05-10' },
      fatalities: { min: 51, max: 51 },
      civilianFatalities: { min: 40, max: 40 },
      description:
        'ISPR: 11 military personnel, among them a squadron leader, and 40 civilians killed, 78 military personnel injured, in the Indian strikes and exchanges from the night of 6–7 May to the ceasefire.',
    },
    [S.newsdrumIsprToll, S.hindustanToll],
    { note: "Pakistan's own count for the whole period; it overlaps the per-incident counts above." },
  ),
  ev(
    'EventCorrected',
    'corr-sindoor-indian-claim',
    { occurredAt: '2025-05-13', recordedAt: at('05-13', '14:10') },
    {
      eventId: idOf('inc-sindoor'),
      changes: {
        data: {
          fatalities: { min: 31, max: 100 },
          description:
            'Operation Sindoor: Indian strikes on nine sites in Pakistan and Pakistan-administered Kashmir shortly after 01:00 IST, "focused, measured and non-escalatory", no Pakistani military facility targeted (Indian Ministry of Defence). Pakistan (ISPR, 8 May): 31 civilians killed and 46 injured, mosques and a madrasa hit. India (tri-service briefing, 11 May): more than 100 terrorists killed at the nine sites.',
        },
      },
      reason:
        "India's count (more than 100 killed, all terrorists) added as the upper end of the range; Pakistan's 31 civilians stays the lower end.",
    },
    [S.hindustanToll],
  ),
  // ===== 16–18 May: "until 18 May", then "no expiry date" =====
  ev(
    'CeasefireExtended',
    'cf-until-may18',
    { occurredAt: '2025-05-15', precision: 'approximate', recordedAt: at('05-16', '08:00') },
    {
      ceasefireId: CF.dgmo,
      duration: 'temporary',
      until: '2025-05-18',
      terms:
        'Deputy PM Dar told the Senate the two sides had agreed, through the DGMOs, to keep the ceasefire until Sunday 18 May; he denied that Pakistan had asked for it (Rubio, he said, had called at 08:15 on 10 May to say India was ready).',
    },
    [S.dailyIttehadDar, S.ptcExtended],
  ),
  ev(
    'MediationAction',
    'med-rubio-call-dar',
    { occurredAt: '2025-05-10T08:15:00+05:00', precision: 'approximate', recordedAt: at('05-16', '08:05') },
    {
      mediator: 'united-states',
      action: 'proposed',
      summary:
        "Pakistan's account (Deputy PM Dar to the Senate, 15 May): Rubio called him at 08:15 on 10 May to say India was ready for a ceasefire; Dar answered that Pakistan was too, and the Saudi foreign minister called within the hour to confirm. India says the halt was requested by Pakistan's DGMO.",
    },
    [S.dailyIttehadDar],
    { note: 'Backdated to the call; recorded when Dar described it.' },
  ),
  ev(
    'EventCorrected',
    'corr-no-expiry',
    { occurredAt: '2025-05-18', recordedAt: at('05-18', '06:00') },
    {
      eventId: idOf('cf-until-may18'),
      changes: {
        data: {
          duration: 'indefinite',
          until: null,
          terms:
            'Indian Army, 18 May: "As far as continuation of break in hostilities, as decided in DGMOs interaction of 12th May is concerned, there is no expiry date to it"; no DGMO talks scheduled that day. (Deputy PM Dar had told the Senate on 15 May that it ran until 18 May.)',
        },
      },
      reason:
        'The Indian Army says the break in hostilities agreed on 12 May has no expiry date: the 18 May end reported from Islamabad does not hold.',
    },
    [S.ibtNoExpiry, S.newsArenaNoExpiry],
  ),
  ev(
    'ThirdPartyEngagement',
    'tpe-india-delegations',
    { occurredAt: '2025-05-17', recordedAt: at('05-18', '08:00') },
    {
      actorId: 'india',
      counterparts: ['united-states'],
      kind: 'outreach',
      summary:
        "India names seven all-party parliamentary delegations (led by Shashi Tharoor, Ravi Shankar Prasad, Sanjay Jha, Baijayant Panda, Kanimozhi, Supriya Sule and Shrikant Shinde) to present its case on terrorism and Operation Sindoor to key partner countries, UN Security Council members among them, from 21–25 May; Tharoor's group goes to the United States.",
    },
    [S.indiaTvDelegations],
  ),
  ev(
    'StatementMade',
    'stmt-field-marshal',
    { occurredAt: '2025-05-20', recordedAt: at('05-20', '14:00') },
    {
      speaker: SHARIF,
      audience: 'domestic audience',
      tone: 'critical',
      summary:
        'The federal cabinet promotes army chief General Asim Munir to field marshal for "defeating the enemy" in the "Battle of Truth" (Marka-e-Haq) and Operation Bunyan-um-Marsoos; the air chief\'s term is extended and state awards announced.',
    },
    [S.pakistanTodayFieldMarshal, S.tribuneFieldMarshal],
  ),
  ev(
    'IncidentReported',
    'inc-ind-airspace-ext',
    { occurredAt: '2025-05-23', recordedAt: at('05-24', '06:00') },
    {
      incidentId: 'india-airspace-closure-extended-2025-05-23',
      kind: 'border-closure',
      perpetrator: 'india',
      against: 'pakistan',
      place: 'Indian airspace',
      description:
        'India extends by NOTAM the closure of its airspace to Pakistani aircraft until 23 June, after Pakistan extended its own ban on Indian aircraft to 24 June.',
    },
    [S.indiaTvAirspaceExt, S.mehrAirspaceExt],
    { occurrence: O.indAirspace, note: 'The same closure as on 30 April, prolonged: one occurrence.' },
  ),
  // ===== June: outreach, mediation refused, the treaty, the airspace =====
  ev(
    'ThirdPartyEngagement',
    'tpe-bilawal',
    { occurredAt: '2025-06-01', precision: 'approximate', recordedAt: at('06-02', '08:00') },
    {
      actorId: 'pakistan',
      counterparts: ['united-nations', 'united-states'],
      kind: 'outreach',
      summary:
        "A parliamentary delegation led by Bilawal Bhutto Zardari (with Hina Rabbani Khar, Sherry Rehman, Musadik Malik, Khurram Dastgir, Jalil Abbas Jilani, Tehmina Janjua and others) arrives in New York to present Pakistan's case to the UN Secretary-General, Security Council members and the OIC group, then in Washington (3–6 June).",
    },
    [S.dunyaBilawal, S.brecorderBilawal],
  ),
  ev(
    'ThirdPartyEngagement',
    'tpe-delegations-back',
    { occurredAt: '2025-06-10', recordedAt: at('06-10', '16:00') },
    {
      actorId: 'india',
      counterparts: ['united-states'],
      kind: 'outreach',
      summary:
        'Modi receives the seven all-party delegations back from visits to more than 30 countries, where they presented India\'s "zero tolerance" of terrorism.',
    },
    [S.lokmatDelegationsBack],
  ),
  ev(
    'StatementMade',
    'stmt-modi-trump-call',
    { occurredAt: '2025-06-17', recordedAt: at('06-18', '06:00') },
    {
      speaker: MISRI,
      audience: 'united-states',
      tone: 'critical',
      summary:
        "Briefing on a Modi–Trump call of more than half an hour: Modi told Trump that the ceasefire talks took place directly between the two militaries through their existing channels, at Pakistan's request, with no talk at any point of a trade deal or of US mediation; India has never accepted third-party mediation and will not in the future.",
      quote:
        'PM Modi told President Trump clearly that during this period, there was no talk at any stage on subjects like India-US trade deal or US mediation between India and Pakistan.',
    },
    [S.tribunePkModiTrump, S.dwModiTrump],
  ),
  ev(
    'StatementMade',
    'stmt-shah-treaty',
    { occurredAt: '2025-06-21', recordedAt: at('06-21', '08:00') },
    {
      speaker: SHAH,
      audience: 'pakistan',
      tone: 'threat',
      summary:
        'In a Times of India interview: the Indus Waters Treaty "will never be restored"; water that flowed to Pakistan will be taken to Rajasthan by canal and Pakistan "will be starved of water that it has been getting unjustifiably".',
      quote: 'No, it will never be restored.',
    },
    [S.dunyaShah, S.jagranShah],
    { occurrence: O.shah },
  ),
  ev(
    'PositionTaken',
    'pos-ind-treaty-rejected',
    { occurredAt: '2025-06-21', recordedAt: at('06-21', '08:05') },
    {
      demandId: D.restoreTreaty,
      actorId: 'india',
      stance: 'rejected',
      quote:
        'International treaties can’t be annulled unilaterally but we had the right to put it in abeyance, which we have done.',
      speaker: SHAH,
    },
    [S.dunyaShah, S.jagranShah],
    { occurrence: O.shah },
  ),
  ev(
    'IncidentReported',
    'inc-pak-airspace-ext',
    { occurredAt: '2025-06-23', recordedAt: at('06-23', '12:00') },
    {
      incidentId: 'pakistan-airspace-closure-extended-2025-06-23',
      kind: 'border-closure',
      perpetrator: 'pakistan',
      against: 'india',
      place: 'Pakistani airspace',
      description:
        'Pakistan extends the closure of its airspace to Indian aircraft by another month (second extension after 23 May); open to other international flights.',
    },
    [S.profitAirspaceExt],
    { occurrence: O.pakAirspace, note: 'The same closure as on 24 April, prolonged: one occurrence.' },
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'india-pakistan-2025.jsonl',
  logEnd: '2025-06-30T23:59:59Z',
  events,
};

export default definition;
