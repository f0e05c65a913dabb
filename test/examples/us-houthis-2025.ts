/**
 * A test fixture, not a shipped example: the United States and the Houthis
 * (Ansar Allah) of Yemen in 2025 as an analyst following the news could have
 * recorded them, from the Houthis' pause after the Gaza ceasefire (19
 * January) and the redesignation as a terrorist organisation, through the US
 * air campaign from 15 March, the Oman-brokered ceasefire of 6 May and the
 * months after it, to the Houthis' letter to Hamas of 9 November. Escalation
 * model v2 was never tuned on it: it is the case the model is held to in
 * us-houthis-2025.spec.ts, against the calls an analyst makes from DOMAIN.md
 * §5b alone.
 *
 * What it tests that the other cases did not: third parties fighting one of
 * the parties after the pair's own ceasefire. The negotiation's parties are
 * the United States and the Houthis; Oman mediates. The ceasefire of 6 May
 * binds the two ("neither side will target the other"); it does not cover
 * Israel, and the Houthis said so. Israel and the Houthis keep striking each
 * other (Ben Gurion, Hodeidah, Sanaa airport, the killing of the Houthi prime
 * minister on 28 August, Eilat), and the Houthis sink two Greek-operated
 * ships in July: each is recorded as armed action between the Houthis and
 * that third party (perpetrator and `against` as the sources give them), the
 * way drc-rwanda-2025.ts records M23's offensives, so none of it is armed
 * action between the pair. What does count for the pair after 6 May is
 * theirs alone: the Houthis' threats to target US ships if the United States
 * joined Israel's war on Iran (21–22 June: threats of war), and the United
 * States' sanctions and accusations (hostile acts and words).
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source.
 *
 * Grading as in examples/README.md: B = established outlet or wire copy, C =
 * smaller outlet, aggregator, mirror or a party's state media; 1 = an
 * on-record statement or act confirmed by the actor itself; 2 = several
 * outlets agree or one established outlet reports it; 3 = one side's
 * unverified claim about the other. Tolls of US strikes are the Houthi-run
 * health ministry's, relayed by the wires (CENTCOM gives none): graded 2 where
 * the wires carry them with their own reporting, 3 where they are the
 * ministry's figure alone. Where a page's date was not shown, it is read from
 * its own account of the day (ABC News on the Saada strike "overnight …
 * Monday", Caliber.az on "May 5", The New Arab on "early Monday", Kurdistan24
 * on the embassy's "Wednesday" post).
 *
 * Judgement calls, recorded as an analyst would:
 * - The log opens on 19 January, the Houthis' notice that they stop attacking
 *   US and UK ships "barring aggression". Their claim of an attack on the USS
 *   Harry S. Truman the same day, which the US military called
 *   disinformation, and the exchanges of fire of 2024 are before the log; the
 *   first call is dated well after them.
 * - The Houthis' notice of 19 January is a warning (attacks resume against an
 *   aggressor), not a threat of war; Abdul-Malik al-Houthi's speech of 13
 *   February ("we will intervene … through missiles, drones, naval
 *   operations" if the US and Israel displace Gazans by force) is a threat of
 *   war against both.
 * - The MQ-9 lost off Hodeidah on 3 March is armed action by the Houthis on US
 *   forces: the Houthis claimed the shoot-down and a Pentagon official
 *   confirmed the loss of contact with the drone; Fox News' US sources later
 *   counted it as the first of three shot down (its sources are corrected to
 *   add that report). The later shoot-downs (31 March, 3 April) rest on the
 *   Houthis' claims and the same Fox News sources.
 * - The Houthis' four-day deadline (7 March) and the renewed ban on Israeli
 *   ships (11 March) are addressed to Israel: threats of war against a third
 *   party, recorded with audience `israel`.
 * - US strikes are recorded per reported day and place, not per raid: the log
 *   has only the days the sources used here report (the campaign struck daily
 *   from 15 March to 6 May). The Houthis' claims of attacks on the carrier
 *   group are recorded as their claims (graded 3), with the US account where a
 *   source gives one.
 * - The strike on Sanaa airport of 6 May was Israel's; al-Masirah reported it
 *   as "American-Israeli aggression": an attack the Houthis blame on the
 *   United States too (`blamedOn`), on the morning of the day the ceasefire
 *   was announced.
 * - The ceasefire of 6 May is recorded as declared by both (Trump: "we will
 *   honor that, and we will stop the bombings"; Oman: "neither side will
 *   target the other"), mediated by Oman, indefinite, and as an agreement of
 *   kind `ceasefire` whose text is not public; Mohammed Ali al-Houthi's "to be
 *   evaluated on the ground" is recorded as his statement, not as a refusal.
 * - The catalogue has no actor kind for a shipping company: the Greek-operated
 *   ships (Magic Seas, Eternity C) are recorded against `greece` (third party:
 *   Greek operators, a Greek guard among the crew). The point is only that
 *   the attacks are not against the United States.
 * - US Treasury sanctions have no type of their own: each is recorded as the
 *   Treasury's statement announcing it (CAMEO 163, embargo or sanctions), in
 *   the tone of its words.
 * - Israel's strikes on Sanaa of 24 August and the Houthis' detentions of UN
 *   staff (accused of spying for the United States and Israel) are left out:
 *   no dated source of those used here gives a toll or the words used.
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'us-houthis-2025';
const { ev, at, idOf } = caseKit(NEGOTIATION_ID, 'test-analyst', 2025);

const USA: Actor = {
  id: 'united-states',
  name: 'United States',
  kind: 'state',
  aliases: ['US', 'Washington', 'CENTCOM'],
};
const HOUTHIS: Actor = {
  id: 'houthis',
  name: 'Houthis (Ansar Allah)',
  kind: 'de-facto-authority',
  aliases: ['Ansar Allah', 'Ansarallah', 'Houthi movement', 'Sanaa authorities'],
};
const OMAN: Actor = { id: 'oman', name: 'Oman', kind: 'state', aliases: ['Sultanate of Oman', 'Muscat'] };
const ISRAEL: Actor = { id: 'israel', name: 'Israel', kind: 'state', aliases: ['IDF'] };
const GREECE: Actor = {
  id: 'greece',
  name: 'Greece (Greek-operated merchant ships)',
  kind: 'state',
  aliases: ['Greek-operated shipping', 'Stem Shipping', 'Cosmoship Management'],
};

const TRUMP: Person = { name: 'Donald Trump', title: 'President of the United States', actorId: 'united-states' };
const WHITE_HOUSE: Person = { name: 'The White House (executive order)', actorId: 'united-states' };
const RUBIO: Person = { name: 'Marco Rubio', title: 'US Secretary of State', actorId: 'united-states' };
const TREASURY: Person = { name: 'US Department of the Treasury (OFAC)', actorId: 'united-states' };
const US_EMBASSY: Person = { name: 'US Embassy in Yemen', actorId: 'united-states' };
const HOCC: Person = {
  name: 'Humanitarian Operations Coordination Center (Houthi)',
  actorId: 'houthis',
};
const ABDUL_MALIK: Person = { name: 'Abdul-Malik al-Houthi', title: 'Leader of the Houthis', actorId: 'houthis' };
const SAREE: Person = { name: 'Yahya Saree', title: 'Houthi military spokesman', actorId: 'houthis' };
const MOHAMMED_ALI: Person = {
  name: 'Mohammed Ali al-Houthi',
  title: 'Member of the Supreme Political Council',
  actorId: 'houthis',
};
const HOUTHI_STATEMENT: Person = { name: 'Houthi official statement (Shura Council)', actorId: 'houthis' };
const AL_MADANI: Person = {
  name: 'Yusuf al-Madani',
  title: 'Houthi chief of staff',
  actorId: 'houthis',
};

const S = {
  apJan20: source(
    "Yemen's Houthis signal they'll now limit their attacks in the Red Sea corridor to Israeli ships",
    'Lincoln Daily News (AP)',
    'https://archives.lincolndailynews.com/2025/Jan/20/NEWS/news_n.shtml',
    '2025-01-20',
    'B',
    2,
  ),
  khaleejJan21: source(
    "Yemen's Huthis to limit attacks to Israel-linked ships during Gaza ceasefire",
    'Khaleej Times (AFP)',
    'https://www.khaleejtimes.com/world/mena/yemens-huthis-to-limit-attacks-to-israel-linked-ships-during-gaza-ceasefire',
    '2025-01-21',
    'B',
    2,
  ),
  jnsJan22: source(
    'Trump signs executive order to redesignate Houthis as terror group',
    'JNS',
    'https://www.jns.org/trump-signs-executive-order-to-redesignate-houthis-as-terror-group/',
    '2025-01-22',
    'B',
    1,
  ),
  anewsJan23: source(
    'Trump re-designates Houthis as foreign terrorist organization',
    'A News',
    'https://www.anews.com.tr/americas/2025/01/23/trump-re-designates-houthis-as-foreign-terrorist-organization',
    '2025-01-23',
    'C',
    1,
  ),
  brecorderFeb13: source(
    "Yemen's Houthis say they will attack if US, Israel try to displace Gazans",
    'Business Recorder (Reuters)',
    'https://www.brecorder.com/news/40347886/yemens-houthis-say-they-will-attack-if-us-israel-try-to-displace-gazans',
    '2025-02-13',
    'B',
    1,
  ),
  newsmaxFeb14: source(
    'Houthi leader threatens military action over Trump Gaza plan',
    'Newsmax',
    'https://www.newsmax.com/world/globaltalk/donald-trump-gaza-houthis/2025/02/14/id/1199191/',
    '2025-02-14',
    'B',
    1,
  ),
  devdiscourseMar4: source(
    'US designates Houthis as terrorist organization',
    'Devdiscourse (Reuters)',
    'https://www.devdiscourse.com/article/law-order/3285552-us-designates-houthis-as-terrorist-organization',
    '2025-03-04',
    'B',
    1,
  ),
  scoopMar5: source(
    'Designation Of Ansarallah As A Foreign Terrorist Organization (Marco Rubio, Secretary of State)',
    'Scoop (US State Department statement)',
    'https://www.scoop.co.nz/stories/WO2503/S00049/designation-of-ansarallah-as-a-foreign-terrorist-organization.htm',
    '2025-03-05',
    'B',
    1,
  ),
  mehrMar5: source(
    'US Defense Department reacts to downing of its drone in Yemen',
    'Mehr News',
    'https://en.mehrnews.com/news/229265/US-Defense-Department-reacts-to-downing-of-its-drone-in-Yemen',
    '2025-03-05',
    'C',
    2,
  ),
  anewsMar7: source(
    "Yemen's Houthis give Israel four-day deadline to lift Gaza aid blockage",
    'A News (Reuters)',
    'https://www.anews.com.tr/world/2025/03/07/yemens-houthis-give-israel-four-day-deadline-to-lift-gaza-aid-blockage',
    '2025-03-07',
    'B',
    1,
  ),
  south24Mar11: source(
    'Houthi deadline to resume attacks on Israel-linked ships ends tonight',
    'South24 Center (AA)',
    'https://south24.org/news/newse.php?nid=4527',
    '2025-03-11',
    'C',
    1,
  ),
  palChronicleMar12: source(
    'Ansarallah resumes naval blockade on Israeli ships after deadline expires',
    'Palestine Chronicle',
    'https://www.palestinechronicle.com/ansarallah-resumes-naval-blockade-on-israeli-ships-after-deadline-expires/',
    '2025-03-12',
    'C',
    1,
  ),
  lbcMar15: source(
    "US launches strikes on Yemen as Trump promises 'overwhelming lethal force' against Houthis",
    'LBC',
    'https://www.lbc.co.uk/world-news/us-launches-large-strikes-in-yemen-as-trump-promises-overwhelming-lethal-force-u/',
    '2025-03-15',
    'B',
    1,
  ),
  maritimeExecMar16: source(
    "U.S. carries out dozens of strikes on Yemen's Houthi rebels",
    'The Maritime Executive',
    'https://maritime-executive.com/article/u-s-carries-out-dozens-of-strikes-on-yemen-s-houthi-rebels',
    '2025-03-16',
    'B',
    2,
  ),
  shafaqMar17: source(
    'Houthis claim 2nd attack on USS Harry Truman, vow to block Israeli ships',
    'Shafaq News',
    'https://www.shafaq.com/en/World/Houthis-claim-2nd-attack-on-USS-Harry-Truman-vow-to-block-Israeli-ships',
    '2025-03-17',
    'C',
    3,
  ),
  brecorderMar26: source(
    'Houthis say US warplanes carry out 19 strikes in Yemen',
    'Business Recorder (AFP)',
    'https://www.brecorder.com/news/40354846/houthis-say-us-warplanes-carry-out-19-strikes-in-yemen',
    '2025-03-26',
    'B',
    2,
  ),
  newsazApr3: source(
    'Houthis claim to have downed another US drone over Yemen',
    'News.Az',
    'https://news.az/news/houthis-claim-to-have-downed-another-us-drone-over-yemen',
    '2025-04-03',
    'C',
    3,
  ),
  zerohedgeApr4: source(
    'Houthis down third MQ-9 Reaper drone in 72 hours',
    'ZeroHedge (Fox News sources)',
    'https://www.zerohedge.com/geopolitical/houthis-down-third-mq-9-reaper-drone-72-hours',
    '2025-04-04',
    'C',
    2,
  ),
  reviewjournalApr6: source(
    "Houthis say U.S. strikes kill 4; Trump's bombing video suggests higher overall death toll",
    'Las Vegas Review-Journal (AP)',
    'https://www.reviewjournal.com/news/nation-and-world/houthis-say-u-s-strikes-kill-4-trumps-bombing-video-suggests-higher-overall-death-toll-3347766/',
    '2025-04-06',
    'B',
    2,
  ),
  trtApr6: source(
    'Suspected US air strikes kill at least six in Yemen, Houthis say',
    'TRT World (AP)',
    'https://www.trtworld.com/article/3ce997cdbf0a',
    '2025-04-06',
    'B',
    2,
  ),
  sputnikApr6: source(
    'Houthis claim attack on USS Harry Truman, US warships',
    'Sputnik',
    'https://sputnikglobe.com/20250406/houthis-claim-attack-on-uss-harry-truman-us-warships-1121746312.html',
    '2025-04-06',
    'C',
    3,
  ),
  businessStandardApr10: source(
    'Suspected US strikes in Yemen kill at least 3 people, say Houthi rebels',
    'Business Standard (AP)',
    'https://www.business-standard.com/amp/world-news/suspected-us-strikes-in-yemen-kill-at-least-3-people-say-houthi-rebels-125041000116_1.html',
    '2025-04-10',
    'B',
    2,
  ),
  gcaptainApr18: source(
    'US steps up Houthi campaign with deadly strikes on Red Sea oil port',
    'gCaptain (Bloomberg)',
    'https://gcaptain.com/us-steps-up-houthi-campaign-with-deadly-strikes-on-red-sea-oil-port',
    '2025-04-18',
    'B',
    2,
  ),
  south24Apr18: source(
    'US strike on Ras Isa fuel port kills 38, Houthi media say',
    'South24 Center',
    'https://south24.org/news/news.php?nid=4594',
    '2025-04-18',
    'C',
    2,
  ),
  newarabApr21: source(
    "Yemen's Houthis say US strikes on Sanaa kill at least 12",
    'The New Arab (AFP)',
    'https://www.newarab.com/news/yemens-houthis-say-us-strikes-sanaa-kill-least-12',
    '2025-04-21',
    'B',
    2,
  ),
  abcApr28: source(
    'US strike kills dozens at Yemen migrant detention center, Yemeni officials say',
    'ABC News',
    'https://abcnews.go.com/International/us-strike-kills-dozens-yemen-migrant-detention-center/story?id=121230448',
    '2025-04-28',
    'B',
    2,
  ),
  tag24Apr28: source(
    'US kills over 60 people in horrific attack on Yemeni detention center for African migrants',
    'TAG24 (Reuters)',
    'https://www.tag24.com/politics/us-politics/us-kills-over-60-people-in-horrific-attack-on-yemeni-detention-center-for-african-migrants-3381252',
    '2025-04-28',
    'C',
    2,
  ),
  noviniteApr28: source(
    "US strikes on Yemen's capital kill at least eight, Houthi media say",
    'Novinite',
    'https://www.novinite.com/view_news.php?id=232049',
    '2025-04-28',
    'C',
    2,
  ),
  caliberMay5: source(
    "US strikes rock Yemen's capital after Houthis target Israeli airport",
    'Caliber.az',
    'https://caliber.az/en/post/us-strikes-rock-yemen-s-capital-after-houthis-target-israeli-airport',
    '2025-05-05',
    'C',
    3,
  ),
  menafnMay6: source(
    'Israel strikes Sanaa airport in Yemen day after hitting Hodeidah port in retaliation for Houthi attack near Tel Aviv',
    'MENAFN (Live Mint, Reuters)',
    'https://menafn.com/1109513926/Israel-Strikes-Sanaa-Airport-In-Yemen-Day-After-Hitting-Hodeidah-Port-In-Retaliation-For-Houthi-Attack-Near-Tel-Aviv',
    '2025-05-06',
    'B',
    2,
  ),
  wionMay6: source(
    "Netanyahu makes good on threat as Israel strikes Yemen's Sanaa airport after Houthi strike on Tel Aviv",
    'WION',
    'https://www.wionews.com/world/netanyahu-makes-good-on-threat-as-israel-strikes-yemens-sanaa-airport-after-houthi-strike-on-tel-aviv-9041218',
    '2025-05-06',
    'B',
    2,
  ),
  tassMay6: source(
    'US, Houthis reach Oman-brokered ceasefire agreement',
    'TASS',
    'https://tass.com/world/1954013',
    '2025-05-06',
    'B',
    1,
  ),
  jpostMay6: source(
    "Oman, Witkoff mediated ceasefire deal between Yemen's Houthis, US",
    'The Jerusalem Post (Reuters)',
    'https://www.jpost.com/breaking-news/article-852905',
    '2025-05-06',
    'B',
    1,
  ),
  chinadailyMay7: source(
    "Omani foreign minister announces ceasefire deal between Yemen's Houthis, US",
    'China Daily HK (Xinhua)',
    'https://www.chinadailyhk.com/article/611127',
    '2025-05-07',
    'C',
    1,
  ),
  newsxJun21: source(
    'Houthis threaten to target US warships in the Red Sea if Trump strikes Iran',
    'NewsX',
    'https://www.newsx.com/world/houthis-threaten-to-target-us-warships-in-the-red-sea-if-trump-strikes-iran-7877/',
    '2025-06-21',
    'C',
    1,
  ),
  telegraphJun21: source(
    'Houthi rebels threaten US warships in Red Sea if America joins Israel-Iran conflict',
    'The Telegraph India (AP)',
    'https://www.telegraphindia.com/world/houthi-rebels-threaten-us-warships-in-red-sea-if-america-joins-israel-iran-conflict/cid/2109084',
    '2025-06-21',
    'B',
    1,
  ),
  lwjJun23: source(
    'Houthis repeat threats against US over strikes against Iran',
    'FDD’s Long War Journal',
    'https://www.longwarjournal.org/archives/2025/06/houthis-repeat-threats-against-us-over-strikes-against-iran.php',
    '2025-06-23',
    'B',
    1,
  ),
  south24Jul7: source(
    'Israel strikes Houthi-held ports in Hodeidah after first Red Sea ship attack in months',
    'South24 Center',
    'https://south24.org/news/news.php?nid=4755',
    '2025-07-07',
    'C',
    2,
  ),
  thesunJul7: source(
    'Israel strikes Huthi sites in Yemen amid escalating tensions',
    'The Sun Malaysia (AFP)',
    'https://thesun.my/world-news/israel-strikes-huthi-sites-in-yemen-amid-escalating-tensions-AD14427326',
    '2025-07-07',
    'B',
    2,
  ),
  upiJul10: source(
    'At least 3 killed, 12 missing feared abducted, after Houthis sink ship',
    'UPI',
    'https://www.upi.com/Top_News/World-News/2025/07/10/Yemen-Houthis-kill-kidnap-ship-crew/8251752136131/',
    '2025-07-10',
    'B',
    2,
  ),
  nzheraldJul10: source(
    'Huthis sink cargo ship in Red Sea, 3 dead, 12 missing in attack',
    'NZ Herald (AFP)',
    'https://www.nzherald.co.nz/world/huthis-sink-cargo-ship-in-red-sea-3-dead-12-missing-in-attack/VU2IERZ5FBFLBKVRPJX4GT73EA/',
    '2025-07-10',
    'B',
    2,
  ),
  kurdistan24Jul10: source(
    "US accuses Yemen's Houthi rebels of kidnapping mariners after Red Sea ship attack",
    'Kurdistan24 (AFP)',
    'https://www.kurdistan24.net/en/story/850951/us-accuses-yemens-houthi-rebels-of-kidnapping-mariners-after-red-sea-ship-attack',
    '2025-07-10',
    'C',
    1,
  ),
  newsazJul22: source(
    'US sanctions Houthi petroleum, money laundering network',
    'News.Az',
    'https://news.az/news/us-sanctions-houthi-petroleum-money-laundering-network',
    '2025-07-22',
    'C',
    1,
  ),
  saudigazetteAug30: source(
    'Houthis say Israeli airstrike killed their prime minister in Sanaa',
    'Saudi Gazette (agencies)',
    'https://saudigazette.com.sa/article/654567',
    '2025-08-30',
    'B',
    2,
  ),
  nieAug30: source(
    'Israeli airstrike kills Houthi rebel prime minister in Yemeni capital Sanaa',
    'The New Indian Express (AP)',
    'https://www.newindianexpress.com/world/2025/Aug/30/israeli-airstrike-kills-houthi-rebel-prime-minister-in-yemeni-capital-sanaa-2',
    '2025-08-30',
    'B',
    2,
  ),
  maritimeExecSep11: source(
    'U.S. launches largest sanction action against Houthis',
    'The Maritime Executive',
    'https://maritime-executive.com/article/u-s-launches-largest-sanction-action-against-houthis',
    '2025-09-11',
    'B',
    1,
  ),
  south24Sep12: source(
    'US sanctions 32 individuals and entities linked to the Houthis; Israeli strikes on Sanaa',
    'South24 Center',
    'https://south24.org/news/news.php?nid=4911',
    '2025-09-12',
    'C',
    2,
  ),
  wionSep24: source(
    "Houthi drone attack hits Israel's Eilat city, at least 20 people injured",
    'WION',
    'https://www.wionews.com/world/houthi-drone-attack-hits-israel-s-eilat-city-at-least-20-people-injured-1758731241705',
    '2025-09-24',
    'B',
    2,
  ),
  yeshivaworldSep24: source(
    '22 injured, 2 seriously, in Houthi drone explosion in Eilat',
    'The Yeshiva World',
    'https://www.theyeshivaworld.com/news/israel-news/2453310/22-injured-2-seriously-in-houthi-drone-explosion-in-eilat.html',
    '2025-09-24',
    'C',
    2,
  ),
  inn10Nov: source(
    'Houthis threaten to resume attacks on Israel if Gaza ceasefire collapses',
    'Israel National News (Xinhua)',
    'https://www.israelnationalnews.com/news/417542',
    '2025-11-10',
    'C',
    1,
  ),
  theStarNov9: source(
    'Houthis vow to resume striking Israel if Gaza ceasefire collapses',
    'The Star Kenya (Xinhua)',
    'https://www.the-star.co.ke/news/world/2025-11-09-houthis-vow-to-resume-striking-israel-if-gaza-ceasefire-collapses',
    '2025-11-09',
    'C',
    1,
  ),
};

const CF = { oman: 'oman-ceasefire-2025-05-06' };
/** Occurrences several developments report (one fact, counted once). */
const O = { oman: 'oman-ceasefire-2025-05-06' };

const events = [
  // ===== January – February: the pause, the redesignation, the threat =====
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '2025-01-19', recordedAt: at('01-20', '12:00') },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'United States – Houthis (Ansar Allah), 2025',
      subject:
        "The Houthis' attacks on shipping and on US warships in the Red Sea and the US answer: from the pause after the Gaza ceasefire through the US air campaign to the Oman-brokered ceasefire of 6 May and what followed",
      parties: [USA, HOUTHIS],
      mediators: [],
    },
    [S.apJan20],
    { note: "Opened at the Houthis' notice of 19 January to shippers, a day after the Gaza ceasefire took effect." },
  ),
  ev(
    'ActorRegistered',
    'actor-israel',
    { occurredAt: '2025-01-19', recordedAt: at('01-20', '12:05') },
    { actor: ISRAEL, role: 'third-party' },
    [S.apJan20],
    { note: "The Houthis' attacks on Israel and Israel's strikes on Yemen are between the Houthis and Israel." },
  ),
  ev(
    'StatementMade',
    'stmt-hocc-jan19',
    { occurredAt: '2025-01-19', recordedAt: at('01-21', '12:00') },
    {
      speaker: HOCC,
      audience: 'united-states',
      tone: 'warning',
      summary:
        'Tells shippers the Houthis stop their "sanctions" on US- and UK-linked ships and limit attacks to Israeli ships during the Gaza ceasefire; "in the event of any aggression … the sanctions will be reinstated against the aggressor state".',
    },
    [S.apJan20, S.khaleejJan21],
  ),
  ev(
    'StatementMade',
    'stmt-eo-jan22',
    { occurredAt: '2025-01-22', recordedAt: at('01-23', '09:00') },
    {
      speaker: WHITE_HOUSE,
      audience: 'houthis',
      tone: 'accusation',
      summary:
        'Executive Order 14175 starts the redesignation of Ansar Allah as a Foreign Terrorist Organization: the Houthis "have fired at U.S. Navy warships dozens of times since 2023"; US policy is to "eliminate the Houthis\' capabilities and operations, deprive them of resources".',
    },
    [S.jnsJan22, S.anewsJan23],
  ),
  ev(
    'StatementMade',
    'stmt-abdulmalik-feb13',
    { occurredAt: '2025-02-13', recordedAt: at('02-14', '09:00') },
    {
      speaker: ABDUL_MALIK,
      audience: 'united-states',
      tone: 'military-threat',
      summary:
        'In a televised speech: if the US and Israel try to displace Gazans by force, "we will intervene through missiles, drones, naval operations"; "I call on all the armed forces to be ready for military intervention if the criminal Trump carries out his threat".',
    },
    [S.brecorderFeb13, S.newsmaxFeb14],
    { note: 'Aimed at the United States and Israel both; recorded with the United States as audience.' },
  ),
  // ===== March: the MQ-9, the designation, the ban on Israeli ships, the campaign =====
  ev(
    'IncidentReported',
    'inc-mq9-mar3',
    { occurredAt: '2025-03-03', recordedAt: at('03-05', '09:00') },
    {
      incidentId: 'mq9-hodeidah-2025-03-03',
      kind: 'missile-strike',
      perpetrator: 'houthis',
      allegedBy: 'houthis',
      against: 'united-states',
      target: 'US MQ-9 Reaper drone',
      place: 'Over the port of Hodeidah',
      description:
        'The Houthis say their air defences shot down a US MQ-9 "carrying out hostile, monitoring and spying activities" over Hodeidah; a Pentagon official confirms the US military lost contact with an MQ-9 over the Red Sea on Monday and is investigating the cause.',
    },
    [S.mehrMar5],
  ),
  ev(
    'StatementMade',
    'stmt-rubio-fto-mar4',
    { occurredAt: '2025-03-04', recordedAt: at('03-05', '09:05') },
    {
      speaker: RUBIO,
      audience: 'houthis',
      tone: 'accusation',
      summary:
        'Designates Ansarallah a Foreign Terrorist Organization: "the Houthis have launched hundreds of attacks against commercial vessels … as well as U.S. service members"; the United States "will not tolerate any country engaging with terrorist organizations like the Houthis".',
    },
    [S.devdiscourseMar4, S.scoopMar5],
  ),
  ev(
    'StatementMade',
    'stmt-abdulmalik-deadline-mar7',
    { occurredAt: '2025-03-07', recordedAt: at('03-07', '20:00') },
    {
      speaker: ABDUL_MALIK,
      audience: 'israel',
      tone: 'military-threat',
      summary:
        'Gives four days for aid to enter Gaza: "If the Israeli enemy after four days continues to prevent the humanitarian aid … we will resume our naval operations against the Israeli enemy."',
    },
    [S.anewsMar7],
  ),
  ev(
    'StatementMade',
    'stmt-saree-ban-mar11',
    { occurredAt: '2025-03-11', recordedAt: at('03-12', '09:00') },
    {
      speaker: SAREE,
      audience: 'israel',
      tone: 'military-threat',
      summary:
        'The deadline having expired, the Houthis resume "the ban on the passage of all Israeli ships" in the Red Sea, Arabian Sea, Bab al-Mandab and Gulf of Aden; any Israeli vessel attempting it "will be targeted".',
    },
    [S.palChronicleMar12, S.south24Mar11],
  ),
  ev(
    'StatementMade',
    'stmt-trump-mar15',
    { occurredAt: '2025-03-15', recordedAt: at('03-15', '22:00') },
    {
      speaker: TRUMP,
      audience: 'houthis',
      tone: 'military-threat',
      summary:
        'Orders "decisive and powerful Military action against the Houthi terrorists in Yemen", threatening that "hell will rain down" on them and promising "overwhelming lethal force" until they stop attacking shipping; warns Iran it will be held "fully accountable".',
    },
    [S.lbcMar15],
  ),
  ev(
    'IncidentReported',
    'inc-us-mar15',
    { occurredAt: '2025-03-15', recordedAt: at('03-16', '10:00') },
    {
      incidentId: 'us-strikes-2025-03-15',
      kind: 'airstrike',
      perpetrator: 'united-states',
      allegedBy: 'houthis',
      against: 'houthis',
      place: 'Sanaa, Saada, al-Bayda, Radaa, Hodeidah and Marib',
      fatalities: { min: 31, max: 31 },
      injured: { min: 100, max: 100 },
      description:
        'The opening wave of the US campaign (CENTCOM: its largest against the Houthis): 47 strikes by Houthi count on radars, air defences, missile and drone sites and, for the first time, leaders; "more than 30" killed and about 100 injured by the Houthi health ministry\'s first count, many of them civilians by its account.',
    },
    [S.maritimeExecMar16],
  ),
  ev(
    'IncidentReported',
    'inc-houthi-truman-mar16',
    { occurredAt: '2025-03-16', recordedAt: at('03-17', '09:00') },
    {
      incidentId: 'houthi-truman-2025-03-16',
      kind: 'missile-strike',
      perpetrator: 'houthis',
      allegedBy: 'houthis',
      against: 'united-states',
      target: 'USS Harry S. Truman and its escorts',
      place: 'Northern Red Sea',
      description:
        'Saree claims 18 missiles and a drone at the carrier group in retaliation, and a second attack within 24 hours; a US official says eleven drones were shot down and a missile fell in the sea far from the ships.',
    },
    [S.maritimeExecMar16, S.shafaqMar17],
    { note: "The Houthis' claim; the US account confirms the launches, not the hits." },
  ),
  ev(
    'IncidentReported',
    'inc-us-mar25',
    { occurredAt: '2025-03-25', recordedAt: at('03-26', '12:00') },
    {
      incidentId: 'us-strikes-2025-03-25',
      kind: 'airstrike',
      perpetrator: 'united-states',
      allegedBy: 'houthis',
      against: 'houthis',
      place: 'Saada (17 raids) and Amran',
      injured: { min: 2, max: 2 },
      description:
        'Houthi media report 19 US strikes overnight, 17 on Saada governorate, among them an oncology hospital under construction (two civilians wounded).',
    },
    [S.brecorderMar26],
  ),
  ev(
    'IncidentReported',
    'inc-houthi-truman-mar26',
    { occurredAt: '2025-03-26', recordedAt: at('03-26', '12:05') },
    {
      incidentId: 'houthi-truman-2025-03-26',
      kind: 'missile-strike',
      perpetrator: 'houthis',
      allegedBy: 'houthis',
      against: 'united-states',
      target: 'US warships led by the USS Harry S. Truman',
      place: 'Red Sea',
      description:
        'A Houthi military spokesman says the group targeted "enemy warships in the Red Sea, led by the US aircraft carrier Truman".',
    },
    [graded(S.brecorderMar26, 3)],
    { note: "The Houthis' claim, unconfirmed: graded 3." },
  ),
  ev(
    'EventCorrected',
    'corr-mar15-toll',
    { occurredAt: '2025-03-26', recordedAt: at('03-26', '12:10') },
    {
      eventId: idOf('inc-us-mar15'),
      changes: { data: { fatalities: { min: 31, max: 53 } } },
      reason: "The Houthi health ministry's later count of the opening day: 53 killed.",
    },
    [S.brecorderMar26],
  ),
  // ===== April: the drones, Sanaa, Hodeidah, Ras Isa, Farwa, Saada =====
  ev(
    'IncidentReported',
    'inc-mq9-mar31',
    { occurredAt: '2025-03-31', recordedAt: at('04-04', '09:00') },
    {
      incidentId: 'mq9-2025-03-31',
      kind: 'missile-strike',
      perpetrator: 'houthis',
      allegedBy: 'houthis',
      against: 'united-states',
      target: 'US MQ-9 Reaper drone',
      place: 'Yemen',
      description: 'A second MQ-9 shot down, the first since the campaign began (Fox News, from US sources).',
    },
    [S.zerohedgeApr4],
  ),
  ev(
    'IncidentReported',
    'inc-mq9-apr3',
    { occurredAt: '2025-04-03', recordedAt: at('04-04', '09:05') },
    {
      incidentId: 'mq9-hodeidah-2025-04-03',
      kind: 'missile-strike',
      perpetrator: 'houthis',
      allegedBy: 'houthis',
      against: 'united-states',
      target: 'US MQ-9 Reaper drone',
      place: 'Over Hodeidah governorate',
      description:
        "Saree: a locally made surface-to-air missile downed an MQ-9, the second in 72 hours; Fox News' sources confirm a third Reaper lost since 3 March.",
    },
    [S.newsazApr3, S.zerohedgeApr4],
  ),
  ev(
    'EventCorrected',
    'corr-mq9-mar3-sources',
    { occurredAt: '2025-04-03', recordedAt: at('04-04', '09:10') },
    {
      eventId: idOf('inc-mq9-mar3'),
      changes: { sources: [S.mehrMar5, S.zerohedgeApr4] },
      reason: "Fox News' US sources: the first of three MQ-9s the Houthis shot down since 3 March was downed that day.",
    },
    [S.zerohedgeApr4],
  ),
  ev(
    'IncidentReported',
    'inc-us-saada-apr6',
    { occurredAt: '2025-04-06', recordedAt: at('04-06', '20:00') },
    {
      incidentId: 'us-saada-2025-04-06',
      kind: 'airstrike',
      perpetrator: 'united-states',
      allegedBy: 'houthis',
      against: 'houthis',
      place: 'Saada',
      fatalities: { min: 2, max: 2 },
      injured: { min: 9, max: 9 },
      description:
        'Overnight strikes in Saada collapse a two-storey building the Houthis describe as a solar power shop: two killed, nine wounded.',
    },
    [S.reviewjournalApr6, S.trtApr6],
  ),
  ev(
    'IncidentReported',
    'inc-us-sanaa-apr6',
    { occurredAt: '2025-04-06', recordedAt: at('04-06', '20:02') },
    {
      incidentId: 'us-sanaa-2025-04-06',
      kind: 'airstrike',
      perpetrator: 'united-states',
      allegedBy: 'houthis',
      against: 'houthis',
      place: "Sanaa (Shu'ub district; Bani Matar, west of the capital)",
      fatalities: { min: 4, max: 4 },
      injured: { min: 16, max: 16 },
      description:
        "On Sunday night a strike on a house in Sanaa's Shu'ub district kills four and wounds 16, the Houthi health ministry says (a decapitation strike on a Houthi leader, by AP's account); more strikes hit Bani Matar.",
    },
    [S.reviewjournalApr6, S.trtApr6],
  ),
  ev(
    'IncidentReported',
    'inc-houthi-truman-apr6',
    { occurredAt: '2025-04-06', recordedAt: at('04-06', '20:05') },
    {
      incidentId: 'houthi-truman-2025-04-06',
      kind: 'missile-strike',
      perpetrator: 'houthis',
      allegedBy: 'houthis',
      against: 'united-states',
      target: 'USS Harry S. Truman and a supply ship',
      place: 'Northern Red Sea',
      description:
        'Saree says cruise missiles and drones "clashed with" US warships including the Truman, and a ballistic missile targeted its supply ship.',
    },
    [S.sputnikApr6],
    { note: "The Houthis' claim, unconfirmed." },
  ),
  ev(
    'IncidentReported',
    'inc-us-hodeidah-apr8',
    { occurredAt: '2025-04-08', recordedAt: at('04-10', '09:00') },
    {
      incidentId: 'us-hodeidah-2025-04-08',
      kind: 'airstrike',
      perpetrator: 'united-states',
      allegedBy: 'houthis',
      against: 'houthis',
      place: 'Hodeidah (al-Hawak district)',
      fatalities: { min: 13, max: 13 },
      injured: { min: 15, max: 15 },
      description:
        "Strikes on a residential area of Hodeidah's al-Hawak district on the night of 8 April kill 13 and wound 15, most of them women and children, the Houthis say.",
    },
    [S.businessStandardApr10],
  ),
  ev(
    'IncidentReported',
    'inc-us-sanaa-apr10',
    { occurredAt: '2025-04-10', recordedAt: at('04-10', '09:05') },
    {
      incidentId: 'us-sanaa-2025-04-10',
      kind: 'airstrike',
      perpetrator: 'united-states',
      allegedBy: 'houthis',
      against: 'houthis',
      place: 'Sanaa (al-Sabeen district) and Kamaran Island',
      fatalities: { min: 3, max: 3 },
      description:
        "Overnight strikes on Sanaa's al-Sabeen district kill at least three; Kamaran Island in the Red Sea is struck too.",
    },
    [S.businessStandardApr10],
  ),
  ev(
    'IncidentReported',
    'inc-us-ras-isa',
    { occurredAt: '2025-04-17', recordedAt: at('04-18', '10:00') },
    {
      incidentId: 'us-ras-isa-2025-04-17',
      kind: 'airstrike',
      perpetrator: 'united-states',
      allegedBy: 'houthis',
      against: 'houthis',
      place: 'Ras Isa fuel port, Hodeidah governorate',
      fatalities: { min: 38, max: 58 },
      injured: { min: 102, max: 126 },
      description:
        'US jets strike the Ras Isa fuel terminal more than a dozen times; CENTCOM says the aim was "to degrade the economic source of power of the Houthis". Port workers, drivers and paramedics among the dead (38 by al-Masirah, 58 by local health authorities).',
    },
    [S.gcaptainApr18, S.south24Apr18],
  ),
  ev(
    'IncidentReported',
    'inc-us-farwa',
    { occurredAt: '2025-04-20', recordedAt: at('04-21', '12:00') },
    {
      incidentId: 'us-sanaa-farwa-2025-04-20',
      kind: 'airstrike',
      perpetrator: 'united-states',
      allegedBy: 'houthis',
      against: 'houthis',
      place: 'Sanaa (Farwa market and a residential zone); raids in Marib, Hodeidah and Saada',
      fatalities: { min: 12, max: 12 },
      injured: { min: 30, max: 30 },
      description:
        'Overnight strikes on a market and a residential area of Sanaa kill at least 12 and wound 30, the Houthi health ministry says.',
    },
    [S.newarabApr21],
  ),
  ev(
    'IncidentReported',
    'inc-us-sanaa-apr27',
    { occurredAt: '2025-04-27', recordedAt: at('04-28', '12:00') },
    {
      incidentId: 'us-sanaa-2025-04-27',
      kind: 'airstrike',
      perpetrator: 'united-states',
      allegedBy: 'houthis',
      against: 'houthis',
      place: 'Sanaa (Bani al-Harith), Amran and Saada',
      fatalities: { min: 8, max: 8 },
      description:
        'Strikes north of Sanaa kill at least eight, Houthi media say; Amran and Saada are struck the same evening.',
    },
    [S.noviniteApr28],
  ),
  ev(
    'IncidentReported',
    'inc-us-saada-migrants',
    { occurredAt: '2025-04-28T02:00:00Z', precision: 'approximate', recordedAt: at('04-28', '12:05') },
    {
      incidentId: 'us-saada-migrant-centre-2025-04-28',
      kind: 'airstrike',
      perpetrator: 'united-states',
      allegedBy: 'houthis',
      against: 'houthis',
      place: 'Migrant detention centre, Saada',
      fatalities: { min: 68, max: 68 },
      injured: { min: 47, max: 47 },
      civilianFatalities: { min: 68, max: 68 },
      description:
        'A centre holding about 115 African migrants is struck four times shortly before 05:00 local time; the Houthi civil defence counts 68 killed and 47 injured. A US defence official says CENTCOM is assessing the civilian-harm claims.',
    },
    [S.abcApr28, S.tag24Apr28],
  ),
  ev(
    'EventCorrected',
    'corr-ras-isa-toll',
    { occurredAt: '2025-04-28', recordedAt: at('04-28', '12:10') },
    {
      eventId: idOf('inc-us-ras-isa'),
      changes: { data: { fatalities: { min: 38, max: 74 }, injured: { min: 102, max: 171 } } },
      reason: "The Houthi health ministry's later count: 74 killed and 171 wounded at Ras Isa.",
    },
    [S.noviniteApr28],
  ),
  // ===== May: Ben Gurion, Hodeidah, Sanaa airport, the ceasefire =====
  ev(
    'IncidentReported',
    'inc-houthi-ben-gurion',
    { occurredAt: '2025-05-04', recordedAt: at('05-05', '09:00') },
    {
      incidentId: 'houthi-ben-gurion-2025-05-04',
      kind: 'missile-strike',
      perpetrator: 'houthis',
      allegedBy: 'israel',
      against: 'israel',
      place: 'Ben Gurion International Airport, near Tel Aviv',
      injured: { min: 4, max: 6 },
      description:
        'A Houthi ballistic missile strikes an access road near the main terminal after interception attempts fail; air traffic halted briefly.',
    },
    [graded(S.caliberMay5, 2)],
    { note: "The Israeli military confirms the impact: not one side's claim alone." },
  ),
  ev(
    'IncidentReported',
    'inc-us-sanaa-may5',
    { occurredAt: '2025-05-05', recordedAt: at('05-05', '20:00') },
    {
      incidentId: 'us-sanaa-2025-05-05',
      kind: 'airstrike',
      perpetrator: 'united-states',
      allegedBy: 'houthis',
      against: 'houthis',
      place: 'Sanaa (Arbaeen Street, the airport road, Sawan)',
      injured: { min: 14, max: 14 },
      description:
        'The Houthis accuse the United States of about ten strikes in and around the capital; 14 wounded in Sawan, their health ministry says.',
    },
    [S.caliberMay5],
  ),
  ev(
    'IncidentReported',
    'inc-israel-hodeidah-may5',
    { occurredAt: '2025-05-05', recordedAt: at('05-06', '08:00') },
    {
      incidentId: 'israel-hodeidah-2025-05-05',
      kind: 'airstrike',
      perpetrator: 'israel',
      allegedBy: 'israel',
      against: 'houthis',
      place: 'Hodeidah port and a cement factory in Bajil',
      fatalities: { min: 4, max: 4 },
      injured: { min: 39, max: 39 },
      description:
        "Israel's answer to the Ben Gurion strike: the port it says the Houthis use to import Iran's weapons.",
    },
    [S.menafnMay6, S.wionMay6],
  ),
  ev(
    'IncidentReported',
    'inc-israel-sanaa-airport',
    { occurredAt: '2025-05-06', recordedAt: at('05-06', '12:00') },
    {
      incidentId: 'israel-sanaa-airport-2025-05-06',
      kind: 'airstrike',
      perpetrator: 'israel',
      allegedBy: 'houthis',
      against: 'houthis',
      blamedOn: 'united-states',
      place: 'Sanaa International Airport, power stations, a cement factory near Amran',
      description:
        'Israeli jets put Sanaa airport out of service after an evacuation warning. Al-Masirah reports "American-Israeli aggression targets Sanaa International Airport with a series of raids".',
    },
    [S.wionMay6, S.menafnMay6],
    { note: 'Israel\'s strike; the Houthis\' media blame the United States with it ("American-Israeli").' },
  ),
  ev(
    'ActorRegistered',
    'actor-oman',
    { occurredAt: '2025-05-06', recordedAt: at('05-06', '21:00') },
    { actor: OMAN, role: 'mediator' },
    [S.tassMay6],
  ),
  ev(
    'StatementMade',
    'stmt-trump-may6',
    { occurredAt: '2025-05-06', recordedAt: at('05-06', '21:05') },
    {
      speaker: TRUMP,
      audience: 'houthis',
      tone: 'conciliatory',
      summary:
        'The US stops its strikes at once: the Houthis "don\'t want to fight anymore … We will honor that, and we will stop the bombings … they have capitulated"; "we will take their word" that they will not blow up ships.',
    },
    [S.jpostMay6, S.tassMay6],
    { occurrence: O.oman },
  ),
  ev(
    'CeasefireDeclared',
    'cf-oman',
    { occurredAt: '2025-05-06', recordedAt: at('05-06', '21:10') },
    {
      ceasefireId: CF.oman,
      parties: ['united-states', 'houthis'],
      scope:
        "Neither side will target the other, including American vessels in the Red Sea and Bab al-Mandab; it does not cover the Houthis' attacks on Israel",
      duration: 'indefinite',
      mediatedBy: ['oman'],
    },
    [S.tassMay6, S.jpostMay6],
    {
      occurrence: O.oman,
      note: "Announced by Trump in the Oval Office and by Oman's foreign minister on X the same evening.",
    },
  ),
  ev(
    'AgreementReached',
    'agr-oman',
    { occurredAt: '2025-05-06', recordedAt: at('05-06', '21:15') },
    {
      agreementId: 'oman-understanding-2025-05-06',
      kind: 'ceasefire',
      provisions: [
        'The United States stops its strikes on the Houthis',
        'The Houthis stop targeting US ships, including in the Red Sea and Bab al-Mandab, ensuring freedom of navigation',
      ],
      signatories: ['united-states', 'houthis'],
      textPublic: false,
    },
    [S.tassMay6, S.jpostMay6],
    { occurrence: O.oman, note: 'Reached through contacts conducted by Oman; Witkoff took part (the Jerusalem Post).' },
  ),
  ev(
    'StatementMade',
    'stmt-mohammed-ali-may6',
    { occurredAt: '2025-05-06', recordedAt: at('05-07', '09:00') },
    {
      speaker: MOHAMMED_ALI,
      audience: 'united-states',
      tone: 'neutral',
      summary:
        'The US "halt of aggression against Yemen" will "be evaluated on the ground first"; the Houthis\' operations "were and still are in support of Gaza", i.e. the attacks on Israel go on.',
    },
    [S.chinadailyMay7],
  ),
  // ===== June: the war on Iran =====
  ev(
    'StatementMade',
    'stmt-saree-jun21',
    { occurredAt: '2025-06-21', recordedAt: at('06-21', '20:00') },
    {
      speaker: SAREE,
      audience: 'united-states',
      tone: 'military-threat',
      summary:
        '"In the event of the American involvement in the attack and aggression against Iran with the Israeli enemy, the armed forces will target its ships and warships in the Red Sea."',
    },
    [S.telegraphJun21, S.newsxJun21],
  ),
  ev(
    'StatementMade',
    'stmt-houthis-jun22',
    { occurredAt: '2025-06-22', recordedAt: at('06-23', '09:00') },
    {
      speaker: HOUTHI_STATEMENT,
      audience: 'united-states',
      tone: 'military-threat',
      summary:
        'After the US strikes on Fordow, Natanz and Isfahan, affirms "the Armed Forces\' declaration of its readiness to target American ships and warships in the Red Sea", in solidarity with Iran against "the American-Zionist aggression".',
    },
    [S.lwjJun23],
    { note: 'No Houthi attack on US ships followed in the sources used here.' },
  ),
  // ===== July: the Greek-operated ships, Israel's strikes on the ports =====
  ev(
    'IncidentReported',
    'inc-israel-hodeidah-jul7',
    { occurredAt: '2025-07-07', recordedAt: at('07-07', '12:00') },
    {
      incidentId: 'israel-hodeidah-2025-07-07',
      kind: 'airstrike',
      perpetrator: 'israel',
      allegedBy: 'israel',
      against: 'houthis',
      place: 'Hodeidah, Ras Isa and Salif ports; Ras Kanatib power station; the Galaxy Leader',
      description:
        'About 20 Israeli jets strike the ports and the power station after an evacuation warning, in answer to Houthi missiles at Israel; no casualties reported at first.',
    },
    [S.thesunJul7, S.south24Jul7],
  ),
  ev(
    'ActorRegistered',
    'actor-greece',
    { occurredAt: '2025-07-06', recordedAt: at('07-10', '09:50') },
    { actor: GREECE, role: 'third-party' },
    [S.nzheraldJul10],
    {
      note: 'For the Greek-operated ships the Houthis attacked (the catalogue has no actor kind for a shipping company).',
    },
  ),
  ev(
    'IncidentReported',
    'inc-houthi-magic-seas',
    { occurredAt: '2025-07-06', recordedAt: at('07-10', '09:55') },
    {
      incidentId: 'houthi-magic-seas-2025-07-06',
      kind: 'missile-strike',
      perpetrator: 'houthis',
      allegedBy: 'houthis',
      against: 'greece',
      target: 'Liberian-flagged, Greek-operated bulk carrier Magic Seas',
      place: 'Red Sea, about 100 km south-west of Hodeidah',
      description:
        'Eight speedboats attack with machine guns and rocket-propelled grenades; the crew abandon ship and are rescued; the Houthis then sink the ship and claim the attack (AFP: they "scuttled the Magic Seas on Sunday").',
    },
    [S.south24Jul7, S.nzheraldJul10],
  ),
  ev(
    'IncidentReported',
    'inc-houthi-eternity-c',
    { occurredAt: '2025-07-07', recordedAt: at('07-10', '10:00') },
    {
      incidentId: 'houthi-eternity-c-2025-07-07',
      kind: 'drone-strike',
      perpetrator: 'houthis',
      allegedBy: 'houthis',
      against: 'greece',
      target: 'Liberian-flagged, Greek-operated bulk carrier Eternity C (22 crew, 3 guards)',
      place: 'Red Sea, south-west of Hodeidah',
      fatalities: { min: 3, max: 3 },
      injured: { min: 2, max: 2 },
      description:
        'Attacked from 7 July with rocket-propelled grenades from small boats and sea drones, the ship sinks on the 9th; the Houthis say they took some of the crew to "a safe location"; ten rescued, others missing.',
    },
    [S.upiJul10, S.nzheraldJul10],
  ),
  ev(
    'StatementMade',
    'stmt-us-embassy-jul9',
    { occurredAt: '2025-07-09', recordedAt: at('07-10', '10:05') },
    {
      speaker: US_EMBASSY,
      audience: 'houthis',
      tone: 'accusation',
      summary:
        '"After killing their shipmates, sinking their ship, and hampering rescue efforts, the Houthi terrorists have kidnapped many surviving crew members of the Eternity C. We call for their immediate and unconditional safe release."',
    },
    [S.kurdistan24Jul10],
  ),
  ev(
    'StatementMade',
    'stmt-treasury-jul22',
    { occurredAt: '2025-07-22', recordedAt: at('07-22', '20:00') },
    {
      speaker: TREASURY,
      audience: 'houthis',
      tone: 'accusation',
      summary:
        'Sanctions two individuals and five entities in Yemen and the UAE for importing petroleum products and laundering money for the Houthis: "The Houthis collaborate with opportunistic businessmen to reap enormous profits".',
    },
    [S.newsazJul22],
    { cameo: '163', note: 'A sanctions action (CAMEO 163), recorded as the statement announcing it.' },
  ),
  // ===== August – September: Israel's strikes on Sanaa, the largest sanctions, Eilat =====
  ev(
    'IncidentReported',
    'inc-israel-sanaa-aug28',
    { occurredAt: '2025-08-28', recordedAt: at('08-30', '12:00') },
    {
      incidentId: 'israel-sanaa-2025-08-28',
      kind: 'airstrike',
      perpetrator: 'israel',
      allegedBy: 'houthis',
      against: 'houthis',
      place: 'Sanaa',
      description:
        "An Israeli strike on a government workshop kills the Houthi prime minister Ahmed al-Rahawi and several ministers (the Houthis' account, two days later, with no toll); Israel says it struck a military target.",
    },
    [S.saudigazetteAug30, S.nieAug30],
  ),
  ev(
    'IncidentReported',
    'inc-israel-sanaa-sep10',
    { occurredAt: '2025-09-10', recordedAt: at('09-12', '12:00') },
    {
      incidentId: 'israel-sanaa-2025-09-10',
      kind: 'airstrike',
      perpetrator: 'israel',
      allegedBy: 'houthis',
      against: 'houthis',
      place: 'Sanaa (the Moral Guidance Directorate among the targets)',
      fatalities: { min: 35, max: 35 },
      description:
        'Heavy Israeli strikes on Houthi positions in Sanaa kill about 35, 26 of them journalists by a source of South24.',
    },
    [S.south24Sep12],
  ),
  ev(
    'StatementMade',
    'stmt-treasury-sep11',
    { occurredAt: '2025-09-11', recordedAt: at('09-12', '12:05') },
    {
      speaker: TREASURY,
      audience: 'houthis',
      tone: 'warning',
      summary:
        'Its largest action against the Houthis: 32 individuals and entities and four vessels. "The Houthis continue to threaten U.S. personnel and assets in the Red Sea … We will continue applying maximum pressure against those who threaten the security of the United States and the region."',
    },
    [S.maritimeExecSep11, S.south24Sep12],
    { cameo: '163', note: 'A sanctions action (CAMEO 163), recorded as the statement announcing it.' },
  ),
  ev(
    'IncidentReported',
    'inc-houthi-eilat-sep24',
    { occurredAt: '2025-09-24', recordedAt: at('09-25', '09:00') },
    {
      incidentId: 'houthi-eilat-2025-09-24',
      kind: 'drone-strike',
      perpetrator: 'houthis',
      allegedBy: 'israel',
      against: 'israel',
      place: 'Eilat (the tourist district)',
      injured: { min: 20, max: 22 },
      description:
        'A Houthi drone evades two Iron Dome interceptors and explodes near a shopping centre; two seriously wounded. The Houthis claim two drones at Eilat.',
    },
    [S.wionSep24, S.yeshivaworldSep24],
  ),
  // ===== November: the letter to Hamas =====
  ev(
    'StatementMade',
    'stmt-madani-nov9',
    { occurredAt: '2025-11-09', recordedAt: at('11-10', '09:00') },
    {
      speaker: AL_MADANI,
      audience: 'israel',
      tone: 'military-threat',
      summary:
        'In a letter to Hamas broadcast by al-Masirah: the Houthis will resume missile and drone attacks on Israel if the Gaza ceasefire (in force since 10 October) collapses; "We remain steadfast in our pledge and promise to stand with you."',
    },
    [S.theStarNov9, S.inn10Nov],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'us-houthis-2025.jsonl',
  logEnd: '2025-11-15T00:00:00Z',
  events,
};

export default definition;
