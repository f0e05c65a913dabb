/**
 * A test fixture, not a shipped example: the United States and Venezuela
 * (Maduro's government, then Delcy Rodríguez's) from Grenell's visit to
 * Caracas (31 January 2025) to the Energy Secretary's visit of February 2026,
 * as an analyst following the news could have recorded it. Escalation model
 * v2 was never tuned on it: it is the case the model is held to in
 * us-venezuela-2025.spec.ts, against the calls an analyst makes from
 * DOMAIN.md §5b alone.
 *
 * What it tests that the other cases did not: coercion short of war. For
 * months one party kills people at sea near the other's coast, masses the
 * largest fleet seen in the region for decades, designates the other's
 * leadership a terrorist organisation, tells it to leave, declares its
 * airspace closed and blockades its oil — and fires at the other's own
 * territory only at the end (a CIA drone strike on a dock, then the strikes on
 * Caracas of 3 January 2026 and the capture of Maduro). The model must keep
 * the pressure at the coercive level it means, and not read it as armed action
 * between the two.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source.
 *
 * Grading as in examples/README.md: B = established outlet or wire copy, C =
 * smaller outlet, aggregator or mirror, D = an outlet with a record of slanted
 * or unsourced claims (the Pravda network's relay of Reuters); 1 = an
 * on-record statement or act confirmed by the actor itself; 2 = several
 * outlets agree or one established outlet reports it; 3 = one side's
 * unverified claim, or unnamed sources only. Where the stored copy of a page
 * gave no headline, the title given is its lead in short (DW, El Colombiano).
 *
 * Judgement calls, recorded as an analyst would:
 * - The strikes on boats (from 2 September; those of 2 and 15 September are
 *   recorded, with the running toll in the text of later events) are armed
 *   action by the United States against the people aboard, whom it calls Tren
 *   de Aragua "narcoterrorists", in international waters. The boats are not
 *   Venezuela's forces and the sea is not its territory: by §5b they are not
 *   armed action between the pair. They are recorded as strikes `against`
 *   Tren de Aragua (a third party); the United States' claim that the gang
 *   works "under the control of" Maduro is recorded as what it is, an
 *   accusation (StatementMade), not as `blamedOn` — Washington does not blame
 *   Caracas for its own strikes.
 * - The naval build-up (August; the carrier Gerald R. Ford from 16 November),
 *   the Venezuelan F-16s over USS Jason Dunham (4 September), Maduro's militia
 *   and the seizure of the tanker Skipper (10 December, no shot fired) are
 *   `force-posture`: posture and pressure, not armed action, not on §5b's
 *   level-3 list.
 * - The designations (the $50 million reward, the Cartel de los Soles as a
 *   terrorist organisation) are accusations. Words that say force will be used
 *   on Venezuela are threats of war (`military-threat`): "they'll be shot
 *   down", "you're going to find out" (asked about strikes on the cartels
 *   inside Venezuela), the CIA authorised and "looking at land", land operations "very
 *   soon", the airspace "closed in its entirety" (a declaration over the other
 *   state's airspace the United States does not control: a threat, not a
 *   closure of its own border), "a second and much larger attack", Rodríguez
 *   paying "a bigger price than Maduro", Rubio's "prepared to use force".
 *   Leavitt's "every element of American power" (against the drug flow),
 *   Hegseth's "the only one who should be worried is Nicolás Maduro" and
 *   Trump's "days are numbered" while he doubts a war (60 Minutes) are
 *   warnings.
 * - Trump calling off Grenell's outreach (2 October, reported on the 6th) is
 *   talks suspended by the United States: collapsed talks.
 * - The call of 21 November is an ultimatum (Maduro and his family to leave
 *   within a week, with safe passage; Reuters' sources), lapsed when the
 *   deadline passed (Friday 28 November). It rests on unnamed sources.
 * - The blockade of sanctioned tankers (16 December) closes Venezuela's
 *   seaborne trade to the sanctioned fleet: recorded as a closure by the
 *   United States against Venezuela (§5b's "a border closed against the other
 *   party"), a lasting condition until the Energy Secretary said the oil
 *   "quarantine" had "essentially ended" (11 February 2026, a reopening). Its
 *   demand — return "all of the Oil, Land, and other Assets" — is an
 *   ultimatum, partly complied with when Caracas agreed to hand over 30–50
 *   million barrels (6 January).
 * - The CIA's drone strike on a dock (about 24 December: "Christmas Eve" per
 *   IJR, "earlier this month" per CNN; no one killed) is armed action by one
 *   party on the other's territory, known from unnamed sources and Trump's
 *   acknowledgement.
 * - 3 January 2026: three occurrences — the strikes on Caracas' military
 *   sites (Fuerte Tiuna, La Carlota), the strike on the port of La Guaira, and
 *   the raid with its firefight at Maduro's residence — in several places. The
 *   operation's toll is one range on the first, corrected as it became known:
 *   from the US assessment (about 75) to Cabello's count (100), the 32 Cubans
 *   and the Venezuelan security officers among them; it is not repeated on the
 *   other two. Trump's cancellation of the "second wave" (9 January) is a
 *   unilateral decision to hold off, not a ceasefire agreed.
 * - No event before 31 January 2025 is recorded (the January reward, the
 *   inauguration); nothing between the March disputes over the deportation
 *   flights and the July exchange; of the 30-odd boat strikes only two.
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'us-venezuela-2025';
const { ev, at, idOf } = caseKit(NEGOTIATION_ID, 'test-analyst', 2025);

const USA: Actor = { id: 'united-states', name: 'United States', kind: 'state', aliases: ['US', 'Washington'] };
const VENEZUELA: Actor = {
  id: 'venezuela',
  name: 'Venezuela',
  kind: 'state',
  aliases: ['Bolivarian Republic of Venezuela', 'Caracas', 'Maduro government', 'FANB'],
};
const EL_SALVADOR: Actor = { id: 'el-salvador', name: 'El Salvador', kind: 'state', aliases: ['Bukele'] };
const TDA: Actor = {
  id: 'tren-de-aragua',
  name: 'Tren de Aragua',
  kind: 'armed-group',
  aliases: ['TdA', '"narcoterrorists" (US)', 'Designated Terrorist Organizations (US)'],
};

const TRUMP: Person = { name: 'Donald Trump', title: 'President of the United States', actorId: 'united-states' };
const GRENELL: Person = {
  name: 'Richard Grenell',
  title: 'US Presidential Envoy for Special Missions',
  actorId: 'united-states',
};
const LEAVITT: Person = { name: 'Karoline Leavitt', title: 'White House Press Secretary', actorId: 'united-states' };
const BONDI: Person = { name: 'Pam Bondi', title: 'US Attorney General', actorId: 'united-states' };
const PENTAGON: Person = { name: 'US Department of Defense (statement)', actorId: 'united-states' };
const STATE_DEPT: Person = {
  name: 'US Department of State (designation)',
  title: 'Secretary of State Marco Rubio',
  actorId: 'united-states',
};
const HEGSETH: Person = { name: 'Pete Hegseth', title: 'US Secretary of Defense (of War)', actorId: 'united-states' };
const RUBIO: Person = { name: 'Marco Rubio', title: 'US Secretary of State', actorId: 'united-states' };
const WRIGHT: Person = { name: 'Chris Wright', title: 'US Secretary of Energy', actorId: 'united-states' };
const MADURO: Person = { name: 'Nicolás Maduro', title: 'President of Venezuela', actorId: 'venezuela' };
const GIL: Person = { name: 'Yván Gil', title: 'Foreign Minister of Venezuela', actorId: 'venezuela' };
const VEN_GOV: Person = { name: 'Government of Venezuela (statement)', actorId: 'venezuela' };
const DELCY: Person = {
  name: 'Delcy Rodríguez',
  title: 'Vice President, from 5 January 2026 acting President of Venezuela',
  actorId: 'venezuela',
};

const S = {
  reutersJan31: source(
    'US envoy leaves Venezuela with six Americans after meeting Maduro',
    'Financetom (Reuters)',
    'https://www.financetom.com/business/us-envoy-leaves-venezuela-with-six-americans-after-meeting-maduro-329934.htm',
    '2025-01-31',
    'B',
    1,
  ),
  apFeb1: source(
    "Venezuela frees 6 Americans after meeting between President Maduro and Trump's envoy",
    'Lincoln Daily News (AP)',
    'https://archives.lincolndailynews.com/2025/Feb/01/NEWS/news_j.shtml',
    '2025-02-01',
    'B',
    1,
  ),
  foxFeb1: source(
    'Trump envoy Richard Grenell secures freedom for 6 Americans following meeting with Maduro in Venezuela',
    'WFIN (Fox News)',
    'https://wfin.com/fox-world-news/trump-envoy-richard-grenell-secures-freedom-for-6-americans-following-meeting-with-maduro-in-venezuela/',
    '2025-02-01',
    'C',
    1,
  ),
  efeFeb10: source(
    'Deported Venezuelans back in Caracas!',
    'El Americano (EFE)',
    'https://www.americanonewspaper.com/venezuela/deported-venezuelans-back-in-caracas/',
    '2025-02-10',
    'C',
    1,
  ),
  dwFeb10: source(
    'First US deportation flight arrives in Venezuela, under the agreement the two countries made in January',
    'DW Indonesia',
    'https://www.dw.com/id/penerbangan-deportasi-pertama-as-tiba-di-venezuela/video-71587057',
    '2025-02-10',
    'B',
    2,
  ),
  beyondMar10: source(
    "Venezuela's Maduro: U.S. Chevron license revocation disrupts deportation flights",
    'Beyond MSN',
    'https://beyondmsn.com/2025/03/10/venezuelas-maduro-u-s-chevron-license-revocation-disrupts-deportation-flights',
    '2025-03-10',
    'C',
    2,
  ),
  cambaryMar10: source(
    'Maduro addresses disruption of deportation flights amid U.S. oil license revocation',
    'Cambarysu',
    'https://cambarysu.com/2025/03/10/maduro-addresses-disruption-of-deportation-flights-amid-u-s-oil-license-revocation',
    '2025-03-10',
    'C',
    2,
  ),
  nprJul18: source(
    '10 Americans are freed by Venezuela in a prisoner swap for migrants in El Salvador',
    'KASU (NPR)',
    'https://www.kasu.org/politics/2025-07-18/10-americans-are-freed-by-venezuela-in-a-prisoner-swap-for-migrants-in-el-salvador',
    '2025-07-18',
    'B',
    1,
  ),
  cbsJul18: source(
    '10 Americans freed in prisoner swap between U.S., El Salvador and Venezuela',
    'Symplexia News (CBS News)',
    'https://news.symplexia.com/2025/07/news/breaking-news/10-americans-freed-in-prisoner-swap-between-u-s-el-salvador-and-venezuela',
    '2025-07-18',
    'C',
    1,
  ),
  wionAug8: source(
    "US offers whopping $50 million for Nicolas Maduro's arrest, Venezuela hits back with Epstein files jibe",
    'WION',
    'https://www.wionews.com/world/us-offers-whopping-50-million-for-nicolas-maduro-s-arrest-venezuela-hits-back-with-epstein-files-jibe-1754619045813',
    '2025-08-08',
    'B',
    1,
  ),
  worldTribuneAug10: source(
    "DOJ offers $50 million reward for information leading to arrest of Venezuela's Maduro",
    'WorldTribune',
    'https://www.worldtribune.com/doj-offers-50-million-reward-for-information-leading-to-arrest-of-venezuelas-maduro/',
    '2025-08-10',
    'C',
    1,
  ),
  larAug19: source(
    'U.S. sends three warships toward the coast of Venezuela, Maduro mobilises 4.5 million militia members',
    'Latin America Reports (Reuters)',
    'https://www.latinamericareports.com/?p=12121',
    '2025-08-19',
    'C',
    2,
  ),
  evrimAug21: source(
    'US Navy Destroyers Deployed Off Venezuela Amid Rising Tensions',
    'Evrim Ağacı',
    'https://evrimagaci.org/tpg/us-navy-destroyers-deployed-off-venezuela-amid-rising-tensions-492151',
    '2025-08-21',
    'C',
    2,
  ),
  sunSep3: source(
    'US military kills 11 in strike on alleged Venezuelan drug boat',
    'The Sun (Malaysia, AFP)',
    'https://thesun.my/world-news/us-military-kills-11-in-strike-on-alleged-venezuelan-drug-boat-EM14817344',
    '2025-09-03',
    'B',
    1,
  ),
  latestlySep3: source(
    'Donald Trump shares drone footage of US military strike on drug-laden speedboat in southern Caribbean, 11 suspected Tren de Aragua members killed',
    'LatestLY',
    'https://www.latestly.com/socially/world/donald-trump-shares-drone-footage-of-us-military-strike-on-drug-laden-speedboat-in-southern-caribbean-11-suspected-tren-de-aragua-members-killed-7091030.html',
    '2025-09-03',
    'C',
    1,
  ),
  hngnSep3: source(
    "Pete Hegseth warns Maduro after attack against vessel off Venezuela: 'should be worried'",
    'HNGN',
    'https://www.hngn.com/articles/267885/20250903/pete-hegseth-warns-maduro-after-attack-against-vessel-off-venezuela-should-worried.htm',
    '2025-09-03',
    'C',
    1,
  ),
  vozSep7: source(
    "'You're going to find out': Trump hints at possible strikes against cartels inside Venezuela",
    'Voz',
    'https://voz.us/en/politics/250907/28680/you-re-going-to-find-out-trump-hints-at-possible-strikes-against-cartels-inside-venezuela.html',
    '2025-09-07',
    'C',
    1,
  ),
  pjmediaSep7: source(
    'Trump hints at escalation in Venezuela as Maduro scrambles',
    'PJ Media',
    'https://pjmedia.com/sarah-anderson/2025/09/07/trump-hints-at-escalation-in-venezuela-as-maduro-scrambles-n4943425',
    '2025-09-07',
    'C',
    1,
  ),
  trtNov3: source(
    "Trump signals Maduro's days are numbered as US builds up forces in the Caribbean",
    'TRT World',
    'https://www.trtworld.com/article/6c8abade48a9',
    '2025-11-03',
    'B',
    1,
  ),
  nationalHeraldNov3: source(
    "Donald Trump denies plans for Venezuela war but says Maduro's days are numbered",
    'National Herald',
    'https://www.nationalheraldindia.com/international/donald-trump-denies-plans-for-venezuela-war-but-says-maduros-days-are-numbered',
    '2025-11-03',
    'C',
    1,
  ),
  dnyuzSep5: source(
    'Venezuela buzzed an American destroyer with US-made F-16s amid a Caribbean standoff',
    'DNYUZ (Business Insider)',
    'https://dnyuz.com/2025/09/05/venezuela-buzzed-an-american-destroyer-with-us-made-f-16s-amid-a-caribbean-standoff',
    '2025-09-05',
    'C',
    1,
  ),
  menafnSep7: source(
    'Venezuelan Military Jets Spotted Flying Over U.S. Navy Vessel Again',
    'MENAFN',
    'https://menafn.com/1110027596/Venezuelan-Military-Jets-Spotted-Flying-Over-US-Navy-Vessel-Again',
    '2025-09-07',
    'C',
    1,
  ),
  indiaTodaySep16: source(
    '3 killed in 2nd US strike on vessel moving drugs from Venezuela, says Trump',
    'India Today',
    'https://www.indiatoday.in/world/us-news/story/us-military-strike-kills-three-venezuelan-narcoterrorists-drug-trafficking-glbs-2787868-2025-09-16',
    '2025-09-16',
    'B',
    1,
  ),
  telanganaSep16: source(
    'Trump claims US military again strikes alleged Venezuelan drug boat, killing three',
    'Telangana Today (IANS / Xinhua)',
    'https://telanganatoday.com/trump-claims-us-military-again-strikes-alleged-venezuelan-drug-boat-killing-three',
    '2025-09-16',
    'C',
    1,
  ),
  devdiscourseOct7: source(
    'Diplomatic Dealings Derailed: U.S. Cuts Ties with Venezuela',
    'Devdiscourse (Reuters)',
    'https://www.devdiscourse.com/article/politics/3654825-diplomatic-dealings-derailed-us-cuts-ties-with-venezuela',
    '2025-10-07',
    'C',
    2,
  ),
  independentOct15: source(
    "What does Trump's CIA authorization for covert action in Venezuela mean?",
    'The Independent',
    'https://www.independent.co.uk/bulletin/news/trump-venezuela-cia-operations-maduro-b2846218.html',
    '2025-10-15',
    'B',
    1,
  ),
  tnrOct15: source(
    'Trump authorizes covert CIA action in Venezuela',
    'The New Republic',
    'https://newrepublic.com/post/201822/trump-covert-cia-action-venezuela',
    '2025-10-15',
    'B',
    1,
  ),
  cnnNov16: source(
    'State Department to designate Venezuelan cartel as a foreign terrorist organization',
    'Local News 8 (CNN)',
    'https://localnews8.com/politics/cnn-us-politics/2025/11/16/state-department-to-designate-venezuelan-cartel-as-a-foreign-terrorist-organization/',
    '2025-11-16',
    'B',
    1,
  ),
  newsmaxNov30: source(
    'Trump confirms call with Maduro amid report he warned him to leave',
    'Newsmax',
    'https://rss.newsmax.com/politics/venezuela-call-nicolas-maduro/2025/11/30/id/1236520',
    '2025-11-30',
    'B',
    3,
  ),
  mehrNov29: source(
    "Trump declares Venezuela's airspace completely closed",
    'Mehr News Agency',
    'https://en.mehrnews.com/news/239295/Trump-declares-Venezuela-s-airspace-completely-closed',
    '2025-11-29',
    'C',
    1,
  ),
  newsazNov29: source(
    'Trump says Venezuela airspace should be considered closed in its entirety',
    'News.az (Xinhua)',
    'https://news.az/news/trump-says-venezuela-airspace-should-be-considered-closed-in-its-entirety',
    '2025-11-29',
    'C',
    1,
  ),
  bairdNov29: source(
    'Trump says Venezuelan airspace should be considered closed',
    'Baird Maritime (Reuters)',
    'https://www.bairdmaritime.com/security/trump-says-venezuelan-airspace-should-be-considered-closed',
    '2025-11-29',
    'B',
    1,
  ),
  mediaiteNov29: source(
    "Trump shuts down airspace over Venezuela 'in its entirety' as Maduro rivalry escalates",
    'Mediaite',
    'https://www.mediaite.com/politics/trump/trump-shuts-down-airspace-over-venezuela-in-its-entirety-as-maduro-rivalry-escalates/',
    '2025-11-29',
    'B',
    1,
  ),
  updayNov29: source(
    "Maduro: US fabricating a new 'eternal war' in Venezuela",
    'upday',
    'https://www.upday.com/uk/world/maduro-us-fabricating-a-new-eternal-war-in-venezuela/0mq560l',
    '2025-11-29',
    'C',
    2,
  ),
  pravdaDec1: source(
    'Reuters claims that Trump allegedly gave Maduro until Friday for the Venezuelan president and his family to leave the country',
    'News-Pravda (Reuters)',
    'https://trump.news-pravda.com/trump/2025/12/01/264434.html',
    '2025-12-01',
    'D',
    3,
  ),
  pravdaDec3: source(
    'Trump gave Maduro exit ultimatum – Reuters',
    'News-Pravda (RT, Reuters)',
    'https://trump.news-pravda.com/trump/2025/12/03/265146.html',
    '2025-12-03',
    'D',
    3,
  ),
  gulfNewsDec11: source(
    "Venezuela accuses US of 'blatant theft' after seizure of oil tanker Skipper",
    'Gulf News (BBC)',
    'https://gulfnews.com/business/energy/us-sanctions-six-ships-as-washington-escalates-pressure-on-venezuela-1.500377307',
    '2025-12-11',
    'B',
    1,
  ),
  boereportDec16: source(
    'Trump orders blockade of sanctioned oil tankers leaving, entering Venezuela',
    'BOE Report (Reuters)',
    'https://boereport.com/2025/12/16/trump-orders-blockade-of-sanctioned-oil-tankers-leaving-entering-venezuela/',
    '2025-12-16',
    'B',
    1,
  ),
  stLuciaDec16: source(
    "Trump orders 'total' blockade of sanctioned Venezuelan oil tankers",
    'St Lucia Chronicle (Al Jazeera)',
    'https://stluciachronicle.com/trump-orders-total-blockade-of-sanctioned-venezuelan-oil-tankers/',
    '2025-12-16',
    'C',
    1,
  ),
  cnnCopyDec17: source(
    "Trump orders 'total and complete blockade' of sanctioned oil tankers coming to and leaving Venezuela | CNN Politics",
    'Stop the Donald Trump (CNN)',
    'https://www.stopthedonaldtrump.com/2025/12/17/trump-orders-total-and-complete-blockade-of-sanctioned-oil-tankers-coming-to-and-leaving-venezuela-cnn-politics',
    '2025-12-17',
    'D',
    2,
  ),
  independentDec30: source(
    'CIA allegedly carries out first drone strike on Venezuelan soil',
    'The Independent',
    'https://www.the-independent.com/bulletin/news/trump-venezuela-cia-drone-strike-dock-b2892205.html',
    '2025-12-30',
    'B',
    2,
  ),
  ijrDec30: source(
    'CIA launched first known US strike inside Venezuela: report',
    'IJR (Daily Caller News Foundation)',
    'https://ijr.com/cia-launched-first-known-us-strike-inside-venezuela-report',
    '2025-12-30',
    'C',
    3,
  ),
  mintJan3: source(
    'Trump announces press meet at Mar-a-Lago after US strikes Venezuela, captures Maduro, his wife',
    'Mint',
    'https://www.livemint.com/news/world/trump-announces-press-meet-at-mar-a-lago-after-us-strikes-venezuela-captures-maduro-his-wife/amp-11767433832341.html',
    '2026-01-03',
    'B',
    1,
  ),
  vozJan3: source(
    'LIVE: Dictator Nicolás Maduro fell, captured by the U.S. military',
    'Voz',
    'https://voz.us/en/world/260103/32262/live-dictator-nicolas-maduro-fell-captured-by-the-u-s-military.html',
    '2026-01-03',
    'C',
    2,
  ),
  cnnJan3: source(
    "CNN Newsroom: Trump Says U.S. Will Run Venezuela Following Maduro's Capture",
    'CNN (transcript)',
    'https://transcripts.cnn.com/show/cnr/date/2026-01-03/segment/01',
    '2026-01-03',
    'B',
    1,
  ),
  politicalWireJan3: source(
    "Trump says the U.S. is 'going to run' Venezuela",
    'Political Wire',
    'https://politicalwire.com/2026/01/03/trump-says-the-u-s-is-going-to-run-venezuala/',
    '2026-01-03',
    'C',
    1,
  ),
  newsxJan5: source(
    'US President Donald Trump warns Venezuela interim leader Delcy Rodríguez could pay bigger price than Nicolás Maduro',
    'NewsX',
    'https://www.newsx.com/world/us-president-donald-trump-warns-venezuela-interim-leader-vice-president-delcy-rodriguez-could-pay-bigger-price-than-nicolas-maduro-us-non-recognition-free-elections-potential-military-action-140245/',
    '2026-01-05',
    'C',
    1,
  ),
  britbriefJan5: source(
    "Venezuela's Rodríguez named acting president after Maduro seizure",
    'BritBrief',
    'https://www.britbrief.co.uk/politics/diplomacy/venezuelas-rodrguez-named-acting-president-after-maduro-seizure.html',
    '2026-01-05',
    'C',
    1,
  ),
  newsGhanaJan7: source(
    'Trump announces Venezuela oil transfer following Maduro capture',
    'News Ghana',
    'https://www.newsghana.com.gh/trump-announces-venezuela-oil-transfer-following-maduro-capture/',
    '2026-01-07',
    'C',
    1,
  ),
  devdiscourseJan7: source(
    'Trump plans sale of Venezuelan oil amid political upheaval',
    'Devdiscourse (Reuters)',
    'https://www.devdiscourse.com/article/politics/3751857-trump-plans-sale-of-venezuelan-oil-amid-political-upheaval',
    '2026-01-07',
    'C',
    2,
  ),
  antiwarJan7: source(
    "Venezuela's military holds funeral for soldiers killed by US attack to abduct Maduro",
    'Antiwar.com',
    'https://news.antiwar.com/2026/01/07/venezuelas-military-holds-funeral-for-soldiers-killed-by-us-attack-to-abduct-maduro',
    '2026-01-07',
    'C',
    2,
  ),
  devdiscourseJan8: source(
    'Venezuelan turmoil: aftermath of the U.S. attack',
    'Devdiscourse (Reuters)',
    'https://www.devdiscourse.com/article/law-order/3763020-venezuelan-turmoil-aftermath-of-the-us-attack',
    '2026-01-08',
    'C',
    3,
  ),
  dominicanJan9: source(
    'Trump cancels planned second wave of attacks against Venezuela',
    'Dominican Today',
    'https://dominicantoday.com/dr/world/2026/01/09/trump-cancels-planned-second-wave-of-attacks-against-venezuela/',
    '2026-01-09',
    'C',
    1,
  ),
  elPaisJan9: source(
    "A White House manager arrives in Caracas for the first time since Maduro's capture",
    'LNG in Northern BC (El País)',
    'https://lnginnorthernbc.ca/2026/01/09/a-white-house-manager-arrives-in-caracas-for-the-first-time-since-maduros-capture',
    '2026-01-09',
    'C',
    1,
  ),
  starJan15: source(
    "Trump, Venezuela's Rodriguez tout positive phone call",
    'The Star (Reuters)',
    'https://www.thestar.com.my/news/world/2026/01/15/trump-venezuela039s-rodriguez-tout-positive-phone-call',
    '2026-01-15',
    'B',
    1,
  ),
  trtJan15: source(
    "Trump, Venezuela's Rodriguez tout positive phone call",
    'TRT World',
    'https://www.trtworld.com/article/1b3d723bc8a9',
    '2026-01-15',
    'B',
    1,
  ),
  nprJan28: source(
    'Rubio braces for Senate scrutiny over Venezuela',
    'KEDT (NPR)',
    'https://www.kedt.org/2026-01-28/rubio-braces-for-senate-scrutiny-over-venezuela',
    '2026-01-28',
    'B',
    1,
  ),
  cbsJan28: source(
    'Rubio to testify about Venezuela at Senate hearing today',
    'CBS News',
    'https://www.cbsnews.com/live-updates/marco-rubio-senate-hearing-venezuela/',
    '2026-01-28',
    'B',
    1,
  ),
  apFeb11: source(
    'US Energy Secretary Chris Wright visits Venezuela to assess oil industry overhaul',
    'WTOP (AP)',
    'https://wtop.com/world/2026/02/us-energy-secretary-chris-wright-visits-venezuela-to-assess-oil-industry-overhaul/',
    '2026-02-11',
    'B',
    1,
  ),
  elColombianoFeb11: source(
    'Wright says in Caracas that the oil embargo "essentially ended" (AFP)',
    'El Colombiano',
    'https://m.elcolombiano.com/negocios/estados-unidos-levanta-sanciones-petroleo-venezuela-EM33485054',
    '2026-02-11',
    'B',
    1,
  ),
};

const R = {
  grenell: 'caracas-grenell-2025-01-31',
  call: 'trump-maduro-call-2025-11-21',
  assessment: 'caracas-us-diplomats-2026-01-09',
  callDelcy: 'trump-rodriguez-call-2026-01-14',
  wright: 'caracas-wright-2026-02-11',
};
const D = {
  deportations: 'venezuela-accepts-deportees',
  leave: 'maduro-leaves-venezuela',
  assets: 'return-oil-land-assets',
};
const U = { leave: 'maduro-leave-within-a-week', blockade: 'blockade-until-assets-returned' };

const events = [
  // ===== 31 January 2025: Grenell in Caracas, the six Americans, the deportation flights =====
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '2025-01-31', recordedAt: at('02-01', '12:00') },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'United States – Venezuela, 2025–26',
      subject:
        "Deportations, detained Americans, drugs and the future of Maduro's government: from Grenell's visit to Caracas through the US military pressure campaign, the capture of Maduro and the dealings with Delcy Rodríguez's acting government",
      parties: [USA, VENEZUELA],
      mediators: [],
    },
    [S.reutersJan31, S.apFeb1],
    { note: 'The United States does not recognise Maduro as president; the negotiation is with his government.' },
  ),
  ev(
    'TalksRoundOpened',
    'round-grenell-opened',
    { occurredAt: '2025-01-31', recordedAt: at('02-01', '12:05') },
    {
      roundId: R.grenell,
      label: "Grenell's visit to Caracas",
      venue: 'Miraflores Palace, Caracas',
      format: 'informal',
      delegations: [
        { actorId: 'united-states', head: GRENELL },
        { actorId: 'venezuela', head: MADURO },
      ],
    },
    [S.reutersJan31, S.apFeb1],
  ),
  ev(
    'DemandTabled',
    'dem-deportations',
    { occurredAt: '2025-01-31', recordedAt: at('02-01', '12:10') },
    {
      demandId: D.deportations,
      by: 'united-states',
      addressedTo: ['venezuela'],
      text: 'Take back Venezuelans deported from the United States, including alleged Tren de Aragua members in US custody, and release the detained Americans.',
      category: 'humanitarian',
    },
    [S.apFeb1, S.foxFeb1],
  ),
  ev(
    'TalksRoundConcluded',
    'round-grenell-concluded',
    { occurredAt: '2025-01-31', recordedAt: at('02-01', '12:15') },
    {
      roundId: R.grenell,
      outcome: 'agreement',
      summary:
        'Six detained Americans freed and flown home with Grenell; migration and sanctions discussed "with mutual respect" (Venezuelan statement); Maduro: "a first step".',
    },
    [S.reutersJan31, S.apFeb1],
  ),
  ev(
    'StatementMade',
    'stmt-trump-jan31',
    { occurredAt: '2025-01-31', recordedAt: at('02-01', '12:20') },
    {
      speaker: TRUMP,
      audience: 'venezuela',
      tone: 'critical',
      summary: 'Says he is "a very big opponent of Venezuela and Maduro": "They\'ve treated us not so good."',
    },
    [S.foxFeb1],
  ),
  ev(
    'AgreementReached',
    'agr-deportations',
    { occurredAt: '2025-01-31', recordedAt: at('02-10', '23:00') },
    {
      agreementId: 'deportations-and-detainees-2025-01',
      kind: 'partial',
      provisions: [
        'Venezuela releases six detained Americans',
        'Venezuela receives its nationals deported from the United States, on its own Conviasa aircraft',
      ],
      signatories: ['united-states', 'venezuela'],
      textPublic: false,
      roundId: R.grenell,
    },
    [S.dwFeb10, S.efeFeb10],
    {
      note: 'Known from the first flights (10 February), which DW reports as made under the agreement of January; no text was published.',
    },
  ),
  ev(
    'PositionTaken',
    'pos-ven-deportations',
    { occurredAt: '2025-02-10', recordedAt: at('02-10', '23:05') },
    {
      demandId: D.deportations,
      actorId: 'venezuela',
      stance: 'accepted',
      quote:
        'The first plane of the Venezuelan flag airline, Conviasa, has just landed to bring this first group of returnees to Venezuela in a safe, loving, appropriate, and dignified manner.',
      speaker: MADURO,
    },
    [S.efeFeb10, S.dwFeb10],
    { note: 'Two flights from Fort Bliss landed in Caracas; Cabello counted 190 returnees.' },
  ),
  // ===== February – March: the Chevron licence, the flights disrupted =====
  ev(
    'StatementMade',
    'stmt-us-chevron-feb26',
    { occurredAt: '2025-02-26', precision: 'approximate', recordedAt: at('03-10', '12:00') },
    {
      speaker: TRUMP,
      audience: 'venezuela',
      tone: 'accusation',
      summary:
        'Revokes the licence that let Chevron operate in Venezuela, accusing Maduro\'s government of failing its electoral commitments and of not taking back deportees at the pace agreed; Rubio: Chevron was "shamefully bankrolling the illegitimate Maduro regime".',
    },
    [S.beyondMar10, S.cambaryMar10],
  ),
  ev(
    'StatementMade',
    'stmt-maduro-mar8',
    { occurredAt: '2025-03-08', precision: 'approximate', recordedAt: at('03-10', '12:05') },
    {
      speaker: MADURO,
      audience: 'united-states',
      tone: 'critical',
      summary:
        'The US decision "damaged the communications we had opened" and affected the repatriation flights already scheduled; Venezuela had warned Washington it would no longer accept deportation flights (WSJ).',
      quote: 'Now, we have a little problem because what they did has damaged the communications we had opened.',
    },
    [S.beyondMar10, S.cambaryMar10],
  ),
  // ===== 18 July: the prisoner exchange =====
  ev(
    'ActorRegistered',
    'actor-el-salvador',
    { occurredAt: '2025-07-18', recordedAt: at('07-18', '23:00') },
    { actor: EL_SALVADOR, role: 'mediator' },
    [S.nprJul18],
    { note: 'Bukele proposed the exchange in April and handed over the Venezuelans held in CECOT.' },
  ),
  ev(
    'AgreementReached',
    'agr-exchange',
    { occurredAt: '2025-07-18', recordedAt: at('07-18', '23:05') },
    {
      agreementId: 'prisoner-exchange-2025-07-18',
      kind: 'partial',
      provisions: [
        'Venezuela frees ten Americans (US citizens and permanent residents) held in Venezuela',
        'The Venezuelans deported from the United States to CECOT in March (about 252) are flown home from El Salvador',
        'Venezuela releases a number of Venezuelan political prisoners',
      ],
      signatories: ['united-states', 'venezuela', 'el-salvador'],
      textPublic: false,
    },
    [S.nprJul18, S.cbsJul18],
    { note: 'Carried out the same day: the exchange is the agreement implemented.' },
  ),
  // ===== August: the reward, the warships =====
  ev(
    'StatementMade',
    'stmt-bondi-aug7',
    { occurredAt: '2025-08-07', recordedAt: at('08-08', '12:00') },
    {
      speaker: BONDI,
      audience: 'venezuela',
      tone: 'accusation',
      summary:
        'The reward for information leading to Maduro\'s arrest is doubled to $50 million: he is "one of the largest narco-traffickers in the world and a threat to our national security", working with Tren de Aragua and the Sinaloa cartel; $700 million of assets seized.',
    },
    [S.wionAug8],
  ),
  ev(
    'StatementMade',
    'stmt-gil-aug7',
    { occurredAt: '2025-08-07', recordedAt: at('08-10', '12:00') },
    {
      speaker: GIL,
      audience: 'united-states',
      tone: 'critical',
      summary: 'Calls the reward "pathetic", a crude political propaganda operation and a distraction.',
    },
    [S.worldTribuneAug10],
  ),
  ev(
    'IncidentReported',
    'inc-us-destroyers-aug',
    { occurredAt: '2025-08-19', recordedAt: at('08-21', '12:00') },
    {
      incidentId: 'us-destroyers-caribbean-2025-08',
      kind: 'force-posture',
      perpetrator: 'united-states',
      against: 'venezuela',
      place: 'Southern Caribbean, international waters off Venezuela',
      description:
        'Three Aegis destroyers (Gravely, Jason Dunham, Sampson) with some 4,000 sailors and Marines, P-8 aircraft and a submarine, for counter-narcotics operations lasting several months.',
    },
    [S.larAug19, S.evrimAug21],
  ),
  ev(
    'StatementMade',
    'stmt-leavitt-aug19',
    { occurredAt: '2025-08-19', recordedAt: at('08-21', '12:05') },
    {
      speaker: LEAVITT,
      audience: 'venezuela',
      tone: 'warning',
      summary:
        'Maduro\'s regime "is not the legitimate government of Venezuela. It is a drug trafficking cartel"; the President is prepared to use every element of American power to stop drugs flooding into the country.',
    },
    [S.evrimAug21],
  ),
  ev(
    'IncidentReported',
    'inc-ven-militia-aug',
    { occurredAt: '2025-08-18', precision: 'approximate', recordedAt: at('08-21', '12:10') },
    {
      incidentId: 'ven-militia-mobilisation-2025-08',
      kind: 'force-posture',
      perpetrator: 'venezuela',
      against: 'united-states',
      place: 'Venezuela',
      description:
        'Maduro announces a plan to mobilise more than 4.5 million militia members, "prepared, active and armed", in answer to the US deployment.',
    },
    [S.larAug19, S.evrimAug21],
  ),
  ev(
    'StatementMade',
    'stmt-ven-gov-aug19',
    { occurredAt: '2025-08-19', recordedAt: at('08-21', '12:15') },
    {
      speaker: VEN_GOV,
      audience: 'united-states',
      tone: 'accusation',
      summary:
        'Washington "resorts to threats and defamation against our country"; the accusation that Venezuela is involved in drug trafficking shows the failure of US policy.',
    },
    [S.larAug19],
  ),
  // ===== September: the boat strikes, the F-16s =====
  ev(
    'ActorRegistered',
    'actor-tda',
    { occurredAt: '2025-09-02', recordedAt: at('09-03', '08:00') },
    { actor: TDA, role: 'third-party' },
    [S.sunSep3],
    { note: 'Designated a foreign terrorist organisation by the United States in February.' },
  ),
  ev(
    'IncidentReported',
    'inc-boat-sep2',
    { occurredAt: '2025-09-02', recordedAt: at('09-03', '08:05') },
    {
      incidentId: 'boat-strike-2025-09-02',
      kind: 'airstrike',
      perpetrator: 'united-states',
      allegedBy: 'united-states',
      against: 'tren-de-aragua',
      target: 'a speedboat the United States says carried drugs for Tren de Aragua',
      place: 'Southern Caribbean, international waters',
      fatalities: { min: 11, max: 11 },
      description:
        'The first US strike on a boat that had "departed from Venezuela": "eleven terrorists killed in action" (Trump). The Pentagon gave no details of the drugs or of how the strike was made.',
    },
    [S.sunSep3, S.latestlySep3],
  ),
  ev(
    'StatementMade',
    'stmt-trump-sep2',
    { occurredAt: '2025-09-02', recordedAt: at('09-03', '08:10') },
    {
      speaker: TRUMP,
      audience: 'venezuela',
      tone: 'accusation',
      summary:
        'The boat was operated by Tren de Aragua, "operating under the control of Nicolás Maduro"; Caracas denies it.',
    },
    [S.sunSep3, S.latestlySep3],
  ),
  ev(
    'StatementMade',
    'stmt-hegseth-sep3',
    { occurredAt: '2025-09-03', recordedAt: at('09-03', '20:00') },
    {
      speaker: HEGSETH,
      audience: 'venezuela',
      tone: 'warning',
      summary:
        '"The only one who should be worried is Nicolás Maduro, who is acting as the kingpin of a narco state"; the strikes "won\'t stop with just this strike" — anyone trafficking "in those waters" will face the same fate.',
    },
    [S.hngnSep3],
  ),
  ev(
    'IncidentReported',
    'inc-f16-sep4',
    { occurredAt: '2025-09-04', recordedAt: at('09-05', '12:00') },
    {
      incidentId: 'f16-over-jason-dunham-2025-09-04',
      kind: 'force-posture',
      perpetrator: 'venezuela',
      against: 'united-states',
      target: 'USS Jason Dunham',
      place: 'Southern Caribbean, international waters',
      description:
        'Two Venezuelan F-16s fly over the destroyer (armed, per CBS); the destroyer does not engage. A "show of force" (US defence officials).',
    },
    [S.dnyuzSep5],
  ),
  ev(
    'StatementMade',
    'stmt-pentagon-sep4',
    { occurredAt: '2025-09-04', recordedAt: at('09-05', '12:05') },
    {
      speaker: PENTAGON,
      audience: 'venezuela',
      tone: 'warning',
      summary:
        'A "highly provocative move" designed to interfere with counter-narco-terror operations: "the cartel running Venezuela is strongly advised not to pursue any further effort to obstruct, deter or interfere".',
    },
    [S.dnyuzSep5],
  ),
  ev(
    'StatementMade',
    'stmt-trump-sep5',
    { occurredAt: '2025-09-05', recordedAt: at('09-07', '12:00') },
    {
      speaker: TRUMP,
      audience: 'venezuela',
      tone: 'military-threat',
      summary:
        'Venezuelan aircraft that put US forces "in a dangerous position" will be shot down: "they\'re going to be in trouble".',
    },
    [S.menafnSep7],
  ),
  ev(
    'StatementMade',
    'stmt-trump-sep7',
    { occurredAt: '2025-09-07', recordedAt: at('09-07', '20:00') },
    {
      speaker: TRUMP,
      audience: 'venezuela',
      tone: 'military-threat',
      summary:
        'Asked whether he is considering attacking the cartels inside Venezuela: "Well, you\'re going to find out."',
    },
    [S.vozSep7, S.pjmediaSep7],
  ),
  ev(
    'IncidentReported',
    'inc-boat-sep15',
    { occurredAt: '2025-09-15', recordedAt: at('09-16', '08:00') },
    {
      incidentId: 'boat-strike-2025-09-15',
      kind: 'airstrike',
      perpetrator: 'united-states',
      allegedBy: 'united-states',
      against: 'tren-de-aragua',
      target: 'a boat of "narcoterrorists from Venezuela" (Trump)',
      place: 'SOUTHCOM area, international waters',
      fatalities: { min: 3, max: 3 },
      description:
        'The second strike: three killed; "If you are transporting drugs that can kill Americans, we are hunting you."',
    },
    [S.indiaTodaySep16, S.telanganaSep16],
  ),
  ev(
    'StatementMade',
    'stmt-maduro-sep15',
    { occurredAt: '2025-09-15', recordedAt: at('09-16', '08:05') },
    {
      speaker: MADURO,
      audience: 'united-states',
      tone: 'accusation',
      summary:
        'Calls the US actions "aggression"; Washington has severed the channels of communication between the two countries with "threats and blackmail".',
    },
    [S.indiaTodaySep16, S.telanganaSep16],
  ),
  // ===== October: talks called off, the CIA =====
  ev(
    'TalksSuspended',
    'talks-off-oct',
    { occurredAt: '2025-10-02', precision: 'approximate', recordedAt: at('10-07', '08:00') },
    {
      by: 'united-states',
      reason:
        "Trump ordered Grenell to halt all diplomatic outreach to Venezuela, including his talks with Maduro (The New York Times, 6 October: in a meeting with military leaders the week before), frustrated with Maduro's refusal to give up power.",
    },
    [S.devdiscourseOct7],
  ),
  ev(
    'StatementMade',
    'stmt-trump-oct15',
    { occurredAt: '2025-10-15', recordedAt: at('10-15', '22:00') },
    {
      speaker: TRUMP,
      audience: 'venezuela',
      tone: 'military-threat',
      summary:
        'Confirms he authorised the CIA to conduct covert action in Venezuela (lethal operations, per The New York Times) and that the military is "looking at land" now: "we are going to stop them by land also". Does not rule out targeting Maduro.',
    },
    [S.independentOct15, S.tnrOct15],
  ),
  // ===== November: the carrier, the designation, the call, the airspace =====
  ev(
    'StatementMade',
    'stmt-trump-nov2',
    { occurredAt: '2025-11-02', recordedAt: at('11-03', '12:00') },
    {
      speaker: TRUMP,
      audience: 'venezuela',
      tone: 'warning',
      summary:
        'On 60 Minutes: Maduro\'s days are numbered ("I would say yeah. I think so, yeah"), but war with Venezuela? "I doubt it. I don\'t think so"; declines to say whether land strikes are coming.',
    },
    [S.trtNov3, S.nationalHeraldNov3],
  ),
  ev(
    'IncidentReported',
    'inc-ford-nov16',
    { occurredAt: '2025-11-16', recordedAt: at('11-16', '22:00') },
    {
      incidentId: 'ford-caribbean-2025-11-16',
      kind: 'force-posture',
      perpetrator: 'united-states',
      against: 'venezuela',
      place: 'Caribbean Sea',
      description:
        "The USS Gerald R. Ford, the world's largest aircraft carrier, arrives in the Caribbean (ordered there on 24 October); the 21st known strike on an alleged drug boat was made the same weekend.",
    },
    [S.cnnNov16],
  ),
  ev(
    'StatementMade',
    'stmt-trump-nov16',
    { occurredAt: '2025-11-16', recordedAt: at('11-16', '22:05') },
    {
      speaker: TRUMP,
      audience: 'venezuela',
      tone: 'warning',
      summary:
        'The coming designation "allows us" to strike Maduro\'s assets and infrastructure inside Venezuela, "but we haven\'t said we\'re going to do that"; "We may be having some discussions with Maduro … They would like to talk."',
    },
    [S.cnnNov16],
  ),
  ev(
    'StatementMade',
    'stmt-designation-nov24',
    { occurredAt: '2025-11-24', recordedAt: at('11-24', '12:00') },
    {
      speaker: STATE_DEPT,
      audience: 'venezuela',
      tone: 'accusation',
      summary:
        'The designation of the Cartel de los Soles, which Washington says Maduro and top officials lead, as a foreign terrorist organisation takes effect: "Neither Maduro nor his cronies represent Venezuela\'s legitimate government."',
    },
    [S.cnnNov16],
    { note: 'Announced by Rubio on 16 November, effective 24 November.' },
  ),
  ev(
    'StatementMade',
    'stmt-trump-nov27',
    { occurredAt: '2025-11-27', recordedAt: at('11-29', '18:00') },
    {
      speaker: TRUMP,
      audience: 'venezuela',
      tone: 'military-threat',
      summary:
        'To US service members on Thanksgiving: land operations against the traffickers in Venezuela will start "very soon" — "we\'ll be starting to stop them by land also".',
    },
    [S.mehrNov29, S.newsazNov29],
  ),
  ev(
    'StatementMade',
    'stmt-trump-airspace-nov29',
    { occurredAt: '2025-11-29', recordedAt: at('11-29', '18:05') },
    {
      speaker: TRUMP,
      audience: 'venezuela',
      tone: 'military-threat',
      summary:
        "Declares the airspace above and surrounding Venezuela closed: a warning to airlines and a threat of force over another state's airspace; US officials were unaware of any operation to enforce it.",
      quote:
        'To all Airlines, Pilots, Drug Dealers, and Human Traffickers, please consider THE AIRSPACE ABOVE AND SURROUNDING VENEZUELA TO BE CLOSED IN ITS ENTIRETY.',
    },
    [S.bairdNov29, S.mediaiteNov29],
  ),
  ev(
    'StatementMade',
    'stmt-maduro-nov29',
    { occurredAt: '2025-11-29', recordedAt: at('11-29', '18:10') },
    {
      speaker: MADURO,
      audience: 'united-states',
      tone: 'accusation',
      summary: 'The United States is "fabricating" a new "eternal war" against Venezuela.',
    },
    [S.updayNov29],
  ),
  ev(
    'TalksRoundOpened',
    'round-call-opened',
    { occurredAt: '2025-11-21', recordedAt: at('11-30', '20:00') },
    {
      roundId: R.call,
      label: 'Trump–Maduro phone call',
      format: 'informal',
      delegations: [
        { actorId: 'united-states', head: TRUMP },
        { actorId: 'venezuela', head: MADURO },
      ],
    },
    [S.newsmaxNov30],
    { note: 'Confirmed by Trump on 30 November ("The answer is yes"); its content is known from unnamed sources.' },
  ),
  ev(
    'TalksRoundConcluded',
    'round-call-concluded',
    { occurredAt: '2025-11-21', recordedAt: at('11-30', '20:05') },
    {
      roundId: R.call,
      outcome: 'no-progress',
      summary:
        'Under fifteen minutes; Maduro asked for a global amnesty and to keep control of the armed forces, which Washington rejected (Miami Herald, Reuters).',
    },
    [S.newsmaxNov30],
  ),
  ev(
    'DemandTabled',
    'dem-leave',
    { occurredAt: '2025-11-21', recordedAt: at('12-01', '12:00') },
    {
      demandId: D.leave,
      by: 'united-states',
      addressedTo: ['venezuela'],
      text: 'Maduro, his wife and his son leave Venezuela now, with safe passage to a place of their choosing.',
      category: 'political',
    },
    [S.newsmaxNov30, S.pravdaDec1],
  ),
  ev(
    'UltimatumIssued',
    'ult-leave',
    { occurredAt: '2025-11-21', recordedAt: at('12-01', '12:05') },
    {
      ultimatumId: U.leave,
      by: 'united-states',
      to: ['venezuela'],
      demandIds: [D.leave],
      deadline: '2025-11-28',
      consequences:
        'Not stated; "You can save yourself and those closest to you, but you must leave the country now" (Miami Herald).',
      channel: 'Trump–Maduro phone call',
    },
    [S.newsmaxNov30, S.pravdaDec1],
    { note: "A week to leave, by Reuters' unnamed sources (the Pravda network's relay of Reuters)." },
  ),
  ev(
    'PositionTaken',
    'pos-ven-leave',
    { occurredAt: '2025-11-21', recordedAt: at('12-01', '12:10') },
    {
      demandId: D.leave,
      actorId: 'venezuela',
      stance: 'counter-proposed',
      conditions:
        'A full legal amnesty for Maduro and his family, all US sanctions and the ICC case lifted, sanctions on over 100 officials removed, Delcy Rodríguez to lead an interim government until elections.',
      speaker: MADURO,
    },
    [S.pravdaDec1],
  ),
  ev(
    'UltimatumResolved',
    'ult-leave-lapsed',
    { occurredAt: '2025-11-29', recordedAt: at('12-03', '12:00') },
    {
      ultimatumId: U.leave,
      resolution: 'lapsed',
      summary:
        'The safe-passage deadline expired on Friday 28 November; the airspace declaration followed the next day.',
    },
    [S.pravdaDec3],
  ),
  // ===== December: the tanker, the blockade, the dock =====
  ev(
    'IncidentReported',
    'inc-skipper-dec10',
    { occurredAt: '2025-12-10', recordedAt: at('12-11', '12:00') },
    {
      incidentId: 'skipper-seizure-2025-12-10',
      kind: 'force-posture',
      perpetrator: 'united-states',
      against: 'venezuela',
      target: 'the tanker Skipper (about 1.1 million barrels of PDVSA crude)',
      place: 'Caribbean Sea, off the coast of Venezuela',
      description:
        'Coast Guard, Marines and special forces from the USS Gerald R. Ford board and seize the sanctioned tanker by helicopter; no resistance, no casualties; six more ships and companies sanctioned the next day.',
    },
    [S.gulfNewsDec11],
  ),
  ev(
    'StatementMade',
    'stmt-ven-skipper-dec10',
    { occurredAt: '2025-12-10', recordedAt: at('12-11', '12:05') },
    {
      speaker: VEN_GOV,
      audience: 'united-states',
      tone: 'accusation',
      summary:
        'Condemns the seizure as "international piracy" and "blatant theft"; Maduro vows Venezuela will never be an "oil colony".',
    },
    [S.gulfNewsDec11],
  ),
  ev(
    'IncidentReported',
    'inc-blockade-dec16',
    { occurredAt: '2025-12-16', recordedAt: at('12-16', '23:00') },
    {
      incidentId: 'blockade-sanctioned-tankers-2025-12-16',
      kind: 'border-closure',
      perpetrator: 'united-states',
      against: 'venezuela',
      place: 'Sea lanes to and from Venezuela (sanctioned tankers)',
      description:
        'Trump orders "A TOTAL AND COMPLETE BLOCKADE OF ALL SANCTIONED OIL TANKERS going into, and out of, Venezuela", which is "completely surrounded by the largest Armada ever assembled in the History of South America". Loaded tankers already stayed in Venezuelan waters after the Skipper seizure.',
    },
    [S.boereportDec16, S.stLuciaDec16],
  ),
  ev(
    'DemandTabled',
    'dem-assets',
    { occurredAt: '2025-12-16', recordedAt: at('12-16', '23:05') },
    {
      demandId: D.assets,
      by: 'united-states',
      addressedTo: ['venezuela'],
      text: 'Return to the United States "all of the Oil, Land, and other Assets that they previously stole from us".',
      category: 'economic',
    },
    [S.boereportDec16, S.stLuciaDec16],
  ),
  ev(
    'UltimatumIssued',
    'ult-blockade',
    { occurredAt: '2025-12-16', recordedAt: at('12-16', '23:10') },
    {
      ultimatumId: U.blockade,
      by: 'united-states',
      to: ['venezuela'],
      demandIds: [D.assets],
      consequences:
        'The blockade, and an armada that "will only get bigger, and the shock to them will be like nothing they have ever seen before", until the assets are returned.',
      channel: 'Truth Social',
    },
    [S.boereportDec16, S.stLuciaDec16],
  ),
  ev(
    'StatementMade',
    'stmt-ven-blockade-dec16',
    { occurredAt: '2025-12-16', recordedAt: at('12-17', '12:00') },
    {
      speaker: VEN_GOV,
      audience: 'united-states',
      tone: 'accusation',
      summary: 'Calls the blockade "a reckless and serious threat" and "a grave violation of International Law".',
    },
    [S.cnnCopyDec17],
  ),
  ev(
    'IncidentReported',
    'inc-dock-dec24',
    { occurredAt: '2025-12-24', precision: 'approximate', recordedAt: at('12-30', '18:00') },
    {
      incidentId: 'cia-dock-strike-2025-12',
      kind: 'drone-strike',
      perpetrator: 'united-states',
      against: 'venezuela',
      target: 'a remote dock the United States believed Tren de Aragua used to store drugs and load boats',
      place: 'Coast of Venezuela',
      fatalities: { min: 0, max: 0 },
      description:
        'A CIA drone strike, the first known US strike on a target inside Venezuela (CNN\'s sources); no one was at the dock. Trump acknowledged it on 26 December ("a big facility"); Venezuela did not comment.',
    },
    [S.independentDec30, S.ijrDec30],
    { note: '"Christmas Eve" (IJR); "earlier this month" (CNN): the day is approximate.' },
  ),
  // ===== 3 January 2026: strikes on Caracas, Maduro captured =====
  ev(
    'IncidentReported',
    'inc-caracas-jan3',
    { occurredAt: '2026-01-03T02:00:00-04:00', precision: 'approximate', recordedAt: '2026-01-03T16:00:00Z' },
    {
      incidentId: 'caracas-strikes-2026-01-03',
      kind: 'airstrike',
      perpetrator: 'united-states',
      against: 'venezuela',
      target: 'Fuerte Tiuna, La Carlota air base and other military sites',
      place: 'Caracas',
      description:
        'A "large scale strike against Venezuela" (Trump): at least seven blasts in under thirty minutes, low-flying aircraft, power cut across parts of the capital; Venezuela declares a state of external disturbance.',
    },
    [S.mintJan3, S.vozJan3],
  ),
  ev(
    'IncidentReported',
    'inc-laguaira-jan3',
    { occurredAt: '2026-01-03T02:00:00-04:00', precision: 'approximate', recordedAt: '2026-01-03T16:05:00Z' },
    {
      incidentId: 'la-guaira-strike-2026-01-03',
      kind: 'airstrike',
      perpetrator: 'united-states',
      against: 'venezuela',
      target: 'the port and communications sites',
      place: 'La Guaira',
      description: 'Strikes reported on the port of La Guaira, outside the capital, in the same operation.',
    },
    [S.vozJan3],
  ),
  ev(
    'IncidentReported',
    'inc-raid-jan3',
    { occurredAt: '2026-01-03T02:00:00-04:00', precision: 'approximate', recordedAt: '2026-01-03T16:10:00Z' },
    {
      incidentId: 'maduro-capture-raid-2026-01-03',
      kind: 'clash',
      perpetrator: 'united-states',
      against: 'venezuela',
      target: "Maduro's residence and its Venezuelan and Cuban guards",
      place: 'Fuerte Tiuna, Caracas',
      description:
        "Delta Force seizes Maduro and his wife, Cilia Flores, after a firefight at the compound; both are flown to New York. The operation's dead are counted on the strikes on Caracas.",
    },
    [S.cnnJan3, S.vozJan3],
  ),
  ev(
    'StatementMade',
    'stmt-trump-jan3',
    { occurredAt: '2026-01-03T11:00:00-05:00', recordedAt: '2026-01-03T18:00:00Z' },
    {
      speaker: TRUMP,
      audience: 'venezuela',
      tone: 'military-threat',
      summary:
        'The United States will "run the country until such a time as we can do a safe, proper and judicious transition" and is "ready to stage a second and much larger attack if we need to do so".',
    },
    [S.cnnJan3, S.politicalWireJan3],
  ),
  ev(
    'StatementMade',
    'stmt-delcy-jan4',
    { occurredAt: '2026-01-04', recordedAt: '2026-01-05T10:00:00Z' },
    {
      speaker: DELCY,
      audience: 'united-states',
      tone: 'conciliatory',
      summary:
        'After her first cabinet meeting as acting president: hopes for "respectful relations" and invites the US government "to collaborate with us on an agenda of cooperation", while calling Maduro\'s capture a "kidnapping" and an illegal aggression.',
    },
    [S.britbriefJan5],
  ),
  ev(
    'StatementMade',
    'stmt-trump-jan4',
    { occurredAt: '2026-01-04', recordedAt: '2026-01-05T10:05:00Z' },
    {
      speaker: TRUMP,
      audience: 'venezuela',
      tone: 'military-threat',
      summary:
        'Warns Rodríguez: "If she doesn\'t do what\'s right, she is going to pay a very big price, probably bigger than Maduro"; a second wave of military action if necessary.',
    },
    [S.newsxJan5, S.britbriefJan5],
  ),
  ev(
    'AgreementReached',
    'agr-oil',
    { occurredAt: '2026-01-06', recordedAt: '2026-01-07T12:00:00Z' },
    {
      agreementId: 'oil-transfer-2026-01-06',
      kind: 'partial',
      provisions: [
        "Venezuela's interim authorities turn over 30 to 50 million barrels of sanctioned oil to the United States",
        'The oil is sold at market price, the proceeds controlled by the US President "to benefit the people of Venezuela and the United States"',
      ],
      signatories: ['united-states', 'venezuela'],
      textPublic: false,
    },
    [S.newsGhanaJan7, S.devdiscourseJan7],
  ),
  ev(
    'UltimatumResolved',
    'ult-blockade-partly',
    { occurredAt: '2026-01-06', recordedAt: '2026-01-07T12:05:00Z' },
    {
      ultimatumId: U.blockade,
      resolution: 'partially-complied',
      summary: 'Caracas agrees to hand over 30–50 million barrels; the blockade of sanctioned tankers stays.',
    },
    [S.newsGhanaJan7, S.devdiscourseJan7],
  ),
  ev(
    'EventCorrected',
    'corr-caracas-toll',
    { occurredAt: '2026-01-07', recordedAt: '2026-01-08T12:00:00Z' },
    {
      eventId: idOf('inc-caracas-jan3'),
      changes: { data: { fatalities: { min: 75, max: 100 }, civilianFatalities: { min: 1, max: 1 } } },
      reason:
        "The operation's toll: about 75 by the US assessment, 100 by Cabello's count (7 January), among them 32 Cuban officers and at least 24 Venezuelan security personnel; one civilian named (Rosa Elena González), others unknown. Seven US troops were injured in the raid.",
    },
    [S.devdiscourseJan8, S.antiwarJan7],
  ),
  ev(
    'StatementMade',
    'stmt-trump-jan9',
    { occurredAt: '2026-01-09', recordedAt: '2026-01-09T20:00:00Z' },
    {
      speaker: TRUMP,
      audience: 'venezuela',
      tone: 'conciliatory',
      summary:
        'Venezuela is releasing large numbers of political prisoners as a sign of "Seeking Peace"; the two are working well together on oil and gas, so he has cancelled "the previously expected second Wave of Attacks" — "however, all ships will stay in place".',
    },
    [S.dominicanJan9],
  ),
  ev(
    'TalksRoundOpened',
    'round-assessment-opened',
    { occurredAt: '2026-01-09', recordedAt: '2026-01-09T22:00:00Z' },
    {
      roundId: R.assessment,
      label: 'US diplomats in Caracas (exploratory process on the embassies)',
      venue: 'Caracas',
      format: 'technical',
    },
    [S.elPaisJan9],
  ),
  ev(
    'TalksRoundConcluded',
    'round-assessment-concluded',
    { occurredAt: '2026-01-09', recordedAt: '2026-01-09T22:05:00Z' },
    {
      roundId: R.assessment,
      outcome: 'progress',
      summary:
        'John McNamara, the US chargé d\'affaires for Venezuela, assesses a phased reopening of the embassy; Caracas announces an "exploratory process" to re-establish both missions and a joint working table.',
    },
    [S.elPaisJan9],
  ),
  ev(
    'TalksRoundOpened',
    'round-delcy-call-opened',
    { occurredAt: '2026-01-14', recordedAt: '2026-01-15T08:00:00Z' },
    {
      roundId: R.callDelcy,
      label: 'Trump–Rodríguez phone call',
      format: 'informal',
      delegations: [
        { actorId: 'united-states', head: TRUMP },
        { actorId: 'venezuela', head: DELCY },
      ],
    },
    [S.starJan15, S.trtJan15],
  ),
  ev(
    'TalksRoundConcluded',
    'round-delcy-call-concluded',
    { occurredAt: '2026-01-14', recordedAt: '2026-01-15T08:05:00Z' },
    {
      roundId: R.callDelcy,
      outcome: 'progress',
      summary:
        'A "long, productive and courteous" call (Rodríguez) on oil, minerals, trade and security; Trump: "tremendous progress", Rodríguez "a terrific person".',
    },
    [S.starJan15, S.trtJan15],
  ),
  ev(
    'StatementMade',
    'stmt-rubio-jan28',
    { occurredAt: '2026-01-28', recordedAt: '2026-01-28T20:00:00Z' },
    {
      speaker: RUBIO,
      audience: 'venezuela',
      tone: 'military-threat',
      summary:
        'To the Senate Foreign Relations Committee: "There is no war against Venezuela", but "we are prepared to use force to ensure maximum cooperation if other methods fail. It is our hope that this will not prove necessary." The naval blockade goes on (Sen. Shaheen).',
    },
    [S.nprJan28, S.cbsJan28],
  ),
  // ===== February: the Energy Secretary in Caracas =====
  ev(
    'TalksRoundOpened',
    'round-wright-opened',
    { occurredAt: '2026-02-11', recordedAt: '2026-02-11T22:00:00Z' },
    {
      roundId: R.wright,
      label: "The Energy Secretary's visit to Caracas",
      venue: 'Miraflores Palace, Caracas',
      format: 'formal',
      delegations: [
        { actorId: 'united-states', head: WRIGHT },
        { actorId: 'venezuela', head: DELCY },
      ],
    },
    [S.apFeb11],
  ),
  ev(
    'TalksRoundConcluded',
    'round-wright-concluded',
    { occurredAt: '2026-02-11', recordedAt: '2026-02-11T22:05:00Z' },
    {
      roundId: R.wright,
      outcome: 'progress',
      summary:
        'Wright brings "a message from President Trump", committed to "absolutely transforming the relationship"; Rodríguez proposes a long-term energy partnership as "the engine of our bilateral relations".',
    },
    [S.apFeb11],
  ),
  ev(
    'IncidentReported',
    'inc-blockade-ended-feb11',
    { occurredAt: '2026-02-11', recordedAt: '2026-02-11T22:10:00Z' },
    {
      incidentId: 'blockade-ended-2026-02-11',
      kind: 'border-reopening',
      perpetrator: 'united-states',
      against: 'venezuela',
      place: 'Sea lanes to and from Venezuela',
      description:
        'Wright: "The quarantine on oil has obviously essentially ended … we are now taking Venezuelan crude out, selling it at a much higher price"; licences let companies operate in Venezuela.',
    },
    [S.elColombianoFeb11, S.apFeb11],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'us-venezuela-2025.jsonl',
  logEnd: '2026-02-20T00:00:00Z',
  events,
};

export default definition;
