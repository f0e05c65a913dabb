/**
 * A test fixture, not a shipped example: the United States and Iran from the terrorist designation of the
 * Revolutionary Guards (8 April 2019) and the end of the oil sanctions waivers (22 April) to the Taji rocket attack and
 * the US strikes that answered it (11–12 March 2020), as an analyst following the news could have recorded them. There
 * were no talks: Japan's prime minister carried a message to Tehran (June 2019) and Switzerland, the protecting power,
 * arranged a prisoner swap (December 2019). Escalation model v2 was never tuned on it: it is the case the model is held
 * to in us-iran-2019.spec.ts, against the calls an analyst makes from DOMAIN.md §5b alone.
 *
 * What it tests that the other cases did not: a crisis with no talks at all, made of threats, sanctions and attacks
 * that the United States blamed on Iran (the tankers off Fujairah and in the Gulf of Oman, Abqaiq and Khurais, the
 * contractor killed at K-1, the embassy siege in Baghdad); armed action between the pair twice — Iran's downing of a US
 * drone (20 June 2019) and the US killing of Qassem Soleimani on a third country's soil (3 January 2020), then Iran's
 * missile retaliation on two bases in Iraq that killed no one (8 January); and a de-escalation without any agreement.
 * Acts by Kata'ib Hezbollah are the militia's (a third party): the K-1 attack, the embassy siege and the Taji attack
 * are Kata'ib Hezbollah's against the United States, the US strikes of 29 December and 12 March the United States'
 * against Kata'ib Hezbollah. Where a US official blamed Iran for one (Trump on 31 December) the blame is recorded
 * (`blamedOn`, or a statement's `blames`); where none did (Taji: the Pentagon blamed "Iranian-backed" militias, Trump
 * said it had not been "fully determined it was Iran") there is no blame.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration file's coverage do not change. Built and
 * checked with the same builder as the shipped cases (examples/case-builder.ts): every event replays through `decide`
 * and cites a dated, graded public source.
 *
 * Grading as in examples/README.md: A = a primary document (the transcript of Trump's address), B = established outlet
 * or wire copy (Reuters, AP, AFP relayed), C = smaller outlet, aggregator, mirror or a party's state media; 1 = an
 * on-record statement or act confirmed by the actor itself; 2 = several outlets agree or one established outlet reports
 * it; 3 = one side's unverified claim or unnamed sources.
 *
 * Judgement calls, recorded as an analyst would:
 * - The sanctions (the IRGC designation, the end of the waivers, the sanctions on Khamenei and those announced on
 *   8 January) have no event of their own in the catalogue: each is recorded as the statement that announced it, with
 *   the tone of its words.
 * - The tanker sabotage off Fujairah (12 May) and the Gulf of Oman tanker attacks (13 June) were claimed by no one:
 *   recorded without a perpetrator, and blamed on Iran by the statements that laid the blame (Bolton, 29 May;
 *   Pompeo, 13 June). Abqaiq and Khurais (14 September) are the Houthis' attack, as they claimed it, blamed on Iran by
 *   Pompeo the same day. The ships hit and the Saudi plants are third parties' property.
 * - Iran's downing of the US Navy drone (20 June, 03:35 local time on the IRGC's account, 23:35 GMT on the 19th on
 *   CENTCOM's) is armed action between the two sides' forces: an Iranian surface-to-air missile on a US military aircraft,
 *   over Iranian waters by Iran's account and international airspace by the US's; dated by CENTCOM's time. The strikes
 *   Trump called off are not an act.
 * - The USS Boxer's downing of an Iranian drone (18 July) was by electronic jamming (a US official to ABC), and Iran
 *   denied losing any drone: recorded as force short of weapons fire (`non-lethal-force`), as the United States alleged it.
 * - The Stena Impero (19 July) is Iran's seizure of a British tanker, a dispute between Iran and the United Kingdom: it is
 *   recorded for the record, against the United Kingdom, and is nothing between the pair.
 * - Soleimani's killing (3 January, about 01:00 local time) is the United States' drone strike against Iran — on an
 *   Iranian commander, with Abu Mahdi al-Muhandis and others, on Iraqi soil: armed action by one party on the other's
 *   forces. Seven to eight killed by the reports used here.
 * - Iran's missiles of 8 January (01:45–02:15 local time; 17:30 EST on the 7th by the Pentagon) are two acts in two
 *   places, one per base (Ain al-Asad; Erbil), as the Iraqi military counted them (17 and 5 missiles); no one killed.
 *   The injured (the brain injuries the Pentagon reported later) are a correction of the Ain al-Asad act when they were
 *   counted (109 on 10 February), not a new act.
 * - The shoot-down of Ukraine International Airlines flight 752 (8 January, 06:12 local time) is Iran's missile that
 *   harmed Ukraine, aimed at no one (Iran's air defence mistook the airliner for a hostile target): recorded when Iran
 *   admitted it (11 January), with `harmed` Ukraine and no `against`.
 * - Trump's address of 8 January (Iran "appears to be standing down"; new "punishing" sanctions; "ready to embrace peace")
 *   is a conciliatory statement; it is no ceasefire, and there was none.
 * - The prisoner swap of 7 December (Xiyue Wang for Massoud Soleimani, arranged by Switzerland) is recorded as the
 *   Swiss mediation and the two sides' conciliatory words: a one-off exchange carried out the day it was announced, not
 *   an agreement left to implement.
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'us-iran-2019';
const { ev, idOf } = caseKit(NEGOTIATION_ID, 'test-analyst', 2019);
/** A recordedAt: a UTC date-time on `day` (YYYY-MM-DD). */
const rec = (day: string, time = '12:00'): string => `${day}T${time}:00Z`;

const USA: Actor = {
  id: 'united-states',
  name: 'United States',
  kind: 'state',
  aliases: ['US', 'USA', 'Washington'],
};
const IRAN: Actor = { id: 'iran', name: 'Iran', kind: 'state', aliases: ['Islamic Republic of Iran', 'Tehran'] };
const JAPAN: Actor = { id: 'japan', name: 'Japan', kind: 'state', aliases: ['Tokyo'] };
const SWITZERLAND: Actor = { id: 'switzerland', name: 'Switzerland', kind: 'state', aliases: ['Swiss government'] };
const HOUTHIS: Actor = {
  id: 'houthis',
  name: 'Houthis (Ansar Allah)',
  kind: 'de-facto-authority',
  aliases: ['Ansar Allah', 'Houthi movement'],
};
const SAUDI: Actor = { id: 'saudi-arabia', name: 'Saudi Arabia', kind: 'state', aliases: ['Riyadh'] };
const UK: Actor = { id: 'united-kingdom', name: 'United Kingdom', kind: 'state', aliases: ['UK', 'Britain'] };
const KH: Actor = {
  id: 'kataib-hezbollah',
  name: "Kata'ib Hezbollah",
  kind: 'armed-group',
  aliases: ['Kataib Hezbollah', "Kata'ib Hizbollah", 'KH'],
};
const UKRAINE: Actor = { id: 'ukraine', name: 'Ukraine', kind: 'state', aliases: ['Kyiv'] };

const TRUMP: Person = { name: 'Donald Trump', title: 'President of the United States', actorId: 'united-states' };
const POMPEO: Person = { name: 'Mike Pompeo', title: 'US Secretary of State', actorId: 'united-states' };
const BOLTON: Person = { name: 'John Bolton', title: 'US National Security Adviser', actorId: 'united-states' };
const ESPER: Person = { name: 'Mark Esper', title: 'US Secretary of Defense', actorId: 'united-states' };
const KHAMENEI: Person = { name: 'Ali Khamenei', title: 'Supreme Leader of Iran', actorId: 'iran' };
const ZARIF: Person = { name: 'Mohammad Javad Zarif', title: 'Foreign Minister of Iran', actorId: 'iran' };
const MOUSAVI: Person = {
  name: 'Abbas Mousavi',
  title: 'Spokesman of the Iranian Foreign Ministry',
  actorId: 'iran',
};
const IRGC: Person = { name: 'Islamic Revolutionary Guard Corps (statement)', actorId: 'iran' };

const S = {
  alarabiyaApr8: source(
    "US designates Iran's Revolutionary Guard Corps a foreign terrorist organization",
    'Al Arabiya (Reuters)',
    'http://english.alarabiya.net/en/News/middle-east/2019/04/08/US-designates-Iran-s-Revolutionary-Guard-Corps-a-foreign-terrorist-organization.html',
    '2019-04-08',
    'B',
    1,
  ),
  yahooApr8: source(
    "Trump designates Iran's Revolutionary Guard a foreign terrorist organization",
    'Yahoo News',
    'https://news.yahoo.com/trump-designates-iran-revolutionary-guard-160720512.html',
    '2019-04-08',
    'B',
    2,
  ),
  iranprimerApr22: source(
    'U.S. Ends Sanctions Waivers on Iranian Oil',
    'The Iran Primer (USIP)',
    'https://iranprimer.usip.org/blog/2019/apr/22/us-ends-sanctions-waivers-iranian-oil',
    '2019-04-22',
    'B',
    1,
  ),
  wapoApr22: source(
    'U.S. to impose sanctions on allies in drive to push Iran oil sales to zero',
    'The Washington Post',
    'https://www.washingtonpost.com/world/national-security/us-to-impose-sanctions-on-allies-in-drive-to-push-iran-oil-sales-to-zero/2019/04/22/cf9e7a93-d052-4951-b754-e1e5b068a224_story.html',
    '2019-04-22',
    'B',
    1,
  ),
  wtkrMay5: source(
    'USS Abraham Lincoln Carrier Strike Group being sent to send message to Iran',
    'WTKR',
    'https://wtkr.com/2019/05/05/uss-abraham-lincoln-carrier-strike-group-being-sent-to-send-message-to-iran/',
    '2019-05-05',
    'B',
    1,
  ),
  nbcMay6: source(
    "U.S. sending carrier strike group to send 'message' to Iran",
    'NBC News',
    'https://www.nbcnews.com/news/world/u-s-sending-carrier-strike-group-send-message-iran-n1002196?cid=public-rss_20190506',
    '2019-05-06',
    'B',
    1,
  ),
  businesstimesMay20: source(
    'Trump threatens Iran in tweet as tension between two countries escalate',
    'The Business Times (Reuters)',
    'https://www.businesstimes.com.sg/government-economy/trump-threatens-iran-in-tweet-as-tension-between-two-countries-escalate',
    '2019-05-20',
    'B',
    1,
  ),
  independentMay19: source(
    "Trump warns Tehran war with US would result in 'official end of Iran'",
    'The Independent',
    'https://www.independent.co.uk/news/world/americas/us-politics/trump-iran-war-us-official-end-latest-conflict-twitter-a8921236.html',
    '2019-05-19',
    'B',
    1,
  ),
  nationalMay29: source(
    "John Bolton: Iran naval mines 'almost certainly' used in Fujairah tanker attacks",
    'The National',
    'https://www.thenationalnews.com/world/gcc/john-bolton-iran-naval-mines-almost-certainly-used-in-fujairah-tanker-attacks-1.867480',
    '2019-05-29',
    'B',
    1,
  ),
  gulfnewsMay29: source(
    "Bolton says Iran 'almost certainly' behind Fujairah ship attack",
    'Gulf News (Reuters)',
    'https://gulfnews.com/world/gulf/bolton-says-iran-almost-certainly-behind-fujairah-ship-attack-1.64255888',
    '2019-05-29',
    'B',
    2,
  ),
  independentJun13: source(
    'US blames Iran for attacks on two tankers near Persian Gulf',
    'Irish Independent (Press Association)',
    'https://www.independent.ie/world-news/us-blames-iran-for-attacks-on-two-tankers-near-persian-gulf-38217550.html',
    '2019-06-13',
    'B',
    1,
  ),
  freebeaconJun13: source(
    'Pompeo: Iran Responsible for Oil Tanker Attacks',
    'The Washington Free Beacon',
    'https://freebeacon.com/national-security/pompeo-iran-directly-responsible-for-attacks-on-oil-tankers/',
    '2019-06-13',
    'C',
    1,
  ),
  newarabJun13: source(
    "Speak to the hand Trump: Khamenei snubs Japanese PM's bid US dialogue",
    'The New Arab (AFP)',
    'https://www.newarab.com/news/trump-unworthy-speaking-me-iran-supreme-leader',
    '2019-06-13',
    'B',
    1,
  ),
  thenewsJun13: source(
    'Iran leader rejects Trump talks despite Japan PM’s mission',
    'The News International (AFP)',
    'https://www.thenews.com.pk/print/484551-iran-leader-rejects-trump-talks-despite-japan-pm-s-mission',
    '2019-06-13',
    'B',
    1,
  ),
  reportazJun20: source(
    'U.S. Central Command statement: Iranians shoot down U.S. drone',
    'Report.az',
    'https://report.az/en/other-countries/u-s-central-command-statement-iranians-shoot-down-u-s-drone/',
    '2019-06-20',
    'C',
    1,
  ),
  efeJun20: source(
    'Iran forces say they shot down US spy drone near Strait of Hormuz',
    'EFE',
    'https://www.efe.com/efe/english/world/iran-forces-say-they-shot-down-us-spy-drone-near-strait-of-hormuz/50000262-4004948?utm_source=wwwefecom&utm_medium=rss&utm_campaign=rss',
    '2019-06-20',
    'B',
    1,
  ),
  motherjonesJun21: source(
    'Trump Claims He Called Off Iran Strike After Learning How Many People Would Die',
    'Mother Jones',
    'https://www.motherjones.com/politics/2019/06/trump-claims-he-called-off-iran-strike-after-learning-how-many-people-would-die/?utm_source=feedburner&utm_medium=feed&utm_campaign=Feed%3A+motherjones%2Fmain+%28MotherJones.com+Main+Article+Feed%29',
    '2019-06-21',
    'B',
    1,
  ),
  dawnJun24: source(
    'Trump signs order imposing sanctions on Iran supreme leader',
    'Dawn (AP)',
    'https://www.dawn.com/news/1490156',
    '2019-06-24',
    'B',
    1,
  ),
  hathalyoumJun25: source(
    "Trump threatens 'obliteration' as Iran slams sanctions on Khamenei",
    'Hatha al-Youm (AFP)',
    'https://english.hathalyoum.net/articles/8294-trump-threatens-obliteration-iran-slams-sanctions-khamenei-',
    '2019-06-25',
    'C',
    1,
  ),
  urdupointJul19: source(
    'US destroyed Iranian drone in Strait of Hormuz',
    'UrduPoint',
    'https://www.urdupoint.com/en/world/us-destroyed-iranian-drone-in-strait-of-hormu-672952.html',
    '2019-07-19',
    'C',
    2,
  ),
  mehrJul19: source(
    'Tehran dismisses US claim on downing Iranian drone',
    'Mehr News',
    'https://en.mehrnews.com/news/147792/Tehran-dismisses-US-claim-on-downing-Iranian-drone',
    '2019-07-19',
    'C',
    1,
  ),
  nprJul19: source(
    'Iran Says It Seized A British Oil Tanker In Strait Of Hormuz',
    'NPR',
    'https://www.npr.org/2019/07/19/743556229/iran-says-it-has-seized-a-british-tanker-in-strait-of-hormuz?utm_medium=RSS&utm_campaign=world',
    '2019-07-19',
    'B',
    1,
  ),
  amnSep14: source(
    "US blames Iran for 'unprecedented attack' on world's energy supply",
    'American Military News (RFE/RL)',
    'https://americanmilitarynews.com/2019/09/us-blames-iran-for-unprecedented-attack-on-worlds-energy-supply/',
    '2019-09-14',
    'B',
    1,
  ),
  alarabiyaSep15: source(
    'Pompeo blames Iran for attack on Saudi oil facilities',
    'Al Arabiya',
    'http://english.alarabiya.net/en/News/gulf/2019/09/15/Pompeo-blames-Iran-for-attack-on-Saudi-oil-facilities.html',
    '2019-09-15',
    'B',
    1,
  ),
  newserSep20: source(
    "Iran Envoy Warns of 'All-Out War'",
    'Newser (AP)',
    'https://amp.newser.com/story/280681/iran-envoy-warns-of-all-out-war.html',
    '2019-09-20',
    'B',
    1,
  ),
  irandailySep19: source(
    "Zarif warns of 'all-out war' in case of strike on Iran",
    'Iran Daily',
    'https://irandaily.ir/News/258952.html?catid=3&title=258952',
    '2019-09-19',
    'C',
    1,
  ),
  dwDec7: source(
    'US-Iran tensions thaw in prisoner swap',
    'Deutsche Welle',
    'https://www.dw.com/en/us-scholar-released-in-iran-jailed-iranian-scientist-freed-in-prisoner-swap/a-51568245',
    '2019-12-07',
    'B',
    1,
  ),
  iranprimerDec7: source(
    'Iran Releases American Student in Prisoner Swap',
    'The Iran Primer (USIP)',
    'https://iranprimer.usip.org/blog/2019/dec/07/iran-releases-american-student-prisoner-swap',
    '2019-12-07',
    'B',
    1,
  ),
  ensonhaberDec28: source(
    'US contractor killed in Iraq base rocket attack',
    'Ensonhaber (Reuters)',
    'https://www.ensonhaber.com/us-contractor-killed-in-iraq-base-rocket-attack.html',
    '2019-12-28',
    'C',
    2,
  ),
  cbsDec29: source(
    "Pentagon says it carried out strikes in Iraq and Syria against militia responsible for defense contractor's death",
    'CBS News',
    'https://www.cbsnews.com/news/pentagon-says-it-carried-out-strikes-in-iraq-and-syria-against-militia-responsible-for-defense-contractors-death/',
    '2019-12-29',
    'B',
    1,
  ),
  upiDec31: source(
    'Trump threatens Iran after protesters storm U.S. embassy in Iraqi capital',
    'UPI',
    'https://www.upi.com/Top_News/World-News/2019/12/31/Trump-threatens-Iran-after-protesters-storm-US-embassy-in-Iraqi-capital/8591577790581/',
    '2019-12-31',
    'B',
    1,
  ),
  rtDec31: source(
    "This is not warning, it is a threat: Trump declares US embassy in Iraq safe, says Iran will pay 'big price' for attack",
    'RT',
    'https://www.rt.com/news/477237-trump-threat-iran-iraq-protests/',
    '2019-12-31',
    'C',
    2,
  ),
  republicJan1: source(
    "Trump threatens Iran with 'big price' to pay after attack on embassy",
    'Republic World',
    'https://www.republicworld.com/world-news/us-news/trump-threatens-iran-with-big-price-to-pay-after-attack-on-embassy.html',
    '2020-01-01',
    'C',
    2,
  ),
  news24Jan3: source(
    "Iran supreme leader vows 'severe revenge' after Soleimani killed in US strike",
    'News24 (AFP)',
    'https://www.news24.com/World/News/iran-supreme-leader-vows-severe-revenge-after-soleimani-killed-in-us-strike-20200103',
    '2020-01-03',
    'B',
    1,
  ),
  politicoJan3: source(
    'Iran’s leader vows revenge on US after Soleimani’s killing',
    'Politico Europe',
    'https://www.politico.eu/article/irans-leader-vows-revenge-on-us-after-soleimanis-killing/',
    '2020-01-03',
    'B',
    1,
  ),
  quintJan3: source(
    'Iran’s General Qassem Soleimani killed in US airstrike at Baghdad airport',
    'The Quint',
    'https://www.thequint.com/news/world/baghdad-airstrike-united-states-general-qassem-soleimani-killed-rocket-attack-us-president-orders-live-updates',
    '2020-01-03',
    'C',
    2,
  ),
  hozintJan3: source(
    'Iraq | U.S. drone strike killed Iranian Major-General Qassem Soleimani at Baghdad International Airport (BGW)',
    'Hozint',
    'https://www.hozint.com/2020/01/u-s-drone-strike-killed-iranian-major-general-qassem-soleimani-at-baghdad-international-airport-bgw/',
    '2020-01-03',
    'C',
    2,
  ),
  fortuneJan4: source(
    "Trump Warns: U.S. Has '52 Iranian Sites' Picked Out in Case of Retaliation",
    'Fortune (Bloomberg)',
    'https://fortune.com/2020/01/04/trump-warns-iran-52-sites-retaliation',
    '2020-01-04',
    'B',
    1,
  ),
  k24Jan8: source(
    'Iran launches over a dozen ballistic missiles at US bases in Iraq, Kurdistan Region',
    'Kurdistan 24',
    'https://www.kurdistan24.net/en/news/d6f3be2d-88af-46c6-8929-168aab4e39a4',
    '2020-01-08',
    'B',
    1,
  ),
  republicJan8: source(
    'Iraq military: no Iraqi casualties after Iran missile strike',
    'Republic World',
    'https://www.republicworld.com/world-news/rest-of-the-world-news/iraq-military-no-iraqi-causalities-after-iran-missile-strike.html',
    '2020-01-08',
    'C',
    2,
  ),
  kataebJan8: source(
    'Iran attacks two Iraqi bases housing US forces (CNN)',
    'Kataeb.org (CNN)',
    'https://en.kataeb.org/articles/regional-2020-01-08-iran-attacks-two-iraqi-bases-housing-us-forces-in',
    '2020-01-08',
    'C',
    1,
  ),
  cnnTranscriptJan8: source(
    'Trump Addresses The Nation, Saying Iran Appears To Be Standing Down (transcript)',
    'CNN',
    'http://transcripts.cnn.com/TRANSCRIPTS/2001/08/ath.02.html',
    '2020-01-08',
    'A',
    1,
  ),
  businessliveJan8: source(
    "Trump says Iran 'appears to be standing down' after missile strikes",
    'BusinessLIVE (agencies)',
    'https://www.businesslive.co.za/bd/world/americas/2020-01-08-trump-says-iran-appears-to-be-standing-down-after-missile-strikes/',
    '2020-01-08',
    'B',
    1,
  ),
  nprJan10: source(
    "Iran 'Unintentionally' Shot Down Ukrainian Jetliner, Killing 176 People",
    'NPR',
    'https://www.npr.org/2020/01/10/795480690/iran-unintentionally-shot-down-ukrainian-jetliner-killing-176-people?utm_medium=RSS&utm_campaign=world',
    '2020-01-10',
    'B',
    1,
  ),
  protothemaJan11: source(
    'Iran admits it shot down Ukrainian Boeing',
    'Proto Thema (Al Jazeera)',
    'http://en.protothema.gr/iran-admits-it-shot-down-ukrainian-boeing/',
    '2020-01-11',
    'C',
    1,
  ),
  militaryFeb10: source(
    'Number of Troops Diagnosed with TBI After Iran Missile Attack Rises to 109',
    'Military.com',
    'https://www.military.com/daily-news/2020/02/10/number-troops-diagnosed-tbi-after-iran-missile-attack-rises-109.html',
    '2020-02-10',
    'B',
    1,
  ),
  upiFeb10: source(
    '109 U.S. service members diagnosed with brain injuries after Iran strike',
    'UPI',
    'https://www.upi.com/Top_News/US/2020/02/10/109-US-service-members-diagnosed-with-brain-injuries-after-Iran-strike/1751581382887/?ur3=1',
    '2020-02-10',
    'B',
    1,
  ),
  beastMar11: source(
    '2 Americans, 1 British National Killed in Iraq Rocket Attack: Reports',
    'The Daily Beast (Reuters)',
    'https://www.thedailybeast.com/2-americans-1-british-national-killed-in-iraq-rocket-attack',
    '2020-03-11',
    'B',
    2,
  ),
  beastMar12: source(
    'U.S. Hits Iran-Backed Group With Airstrikes After Rocket Attack on Iraq Base',
    'The Daily Beast',
    'https://www.thedailybeast.com/us-hits-iran-backed-group-with-airstrikes-after-camp-taji-rocket-attack-officials-say',
    '2020-03-12',
    'B',
    1,
  ),
  rollingstoneMar12: source(
    'Two American Servicemen Killed by Rocket Attack in Iraq',
    'Rolling Stone (AP, ABC News)',
    'https://www.rollingstone.com/politics/politics-news/american-servicemen-killed-in-rocket-attack-backed-by-iran-966291/',
    '2020-03-12',
    'B',
    1,
  ),
  townhallMar12: source(
    'U.S. Launches Retaliatory Strikes After Two U.S. Soldiers Are Killed in Rocket Attack',
    'Townhall (AP)',
    'https://townhall.com/tipsheet/bronsonstocking/2020/03/12/u-s-launches-retaliatory-strikes-after-two-u-s-soldiers-are-killed-in-rocket-at-n2564871',
    '2020-03-12',
    'C',
    2,
  ),
};

/** Occurrences reported by several developments. */
const O = {
  swap: 'prisoner-swap-2019-12-07',
  address: 'trump-address-2020-01-08',
};

const events = [
  // ===== April 2019: the designation and the end of the waivers =====
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '2019-04-08', recordedAt: rec('2019-04-08', '18:00') },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'United States – Iran crisis, 2019–20',
      subject:
        'The confrontation between the United States and Iran under "maximum pressure", with no talks: sanctions and threats, attacks the United States blamed on Iran, the downed drone, the killing of Qassem Soleimani and Iran\'s missile retaliation, and what followed',
      parties: [USA, IRAN],
      mediators: [],
    },
    [S.alarabiyaApr8],
    { note: 'Opened at the IRGC designation; the United States left the nuclear deal in May 2018.' },
  ),
  ev(
    'StatementMade',
    'stmt-trump-irgc-apr8',
    { occurredAt: '2019-04-08', recordedAt: rec('2019-04-08', '18:05') },
    {
      speaker: TRUMP,
      audience: 'iran',
      tone: 'accusation',
      summary:
        'Designates the Islamic Revolutionary Guard Corps a foreign terrorist organization, the first time Washington labels another country\'s military so: Iran "is not only a State Sponsor of Terrorism, but … the IRGC actively participates in, finances, and promotes terrorism as a tool of statecraft"; financial pressure will rise "until it abandons its malign and outlaw behavior".',
    },
    [S.alarabiyaApr8, S.yahooApr8],
  ),
  ev(
    'StatementMade',
    'stmt-pompeo-waivers-apr22',
    { occurredAt: '2019-04-22', recordedAt: rec('2019-04-22', '18:00') },
    {
      speaker: POMPEO,
      audience: 'iran',
      tone: 'critical',
      summary:
        'No more waivers for buyers of Iranian oil after 2 May: "We\'re going to zero." Maximum pressure goes on "until its leaders change their destructive behavior … and return to the negotiating table"; countries that keep buying face sanctions.',
    },
    [S.iranprimerApr22, S.wapoApr22],
  ),
  // ===== May 2019: the carrier, Fujairah, "the official end of Iran" =====
  ev(
    'IncidentReported',
    'inc-carrier-may5',
    { occurredAt: '2019-05-05', recordedAt: rec('2019-05-06', '09:00') },
    {
      incidentId: 'lincoln-deployment-2019-05-05',
      kind: 'force-posture',
      perpetrator: 'united-states',
      allegedBy: 'united-states',
      against: 'iran',
      target: 'Iran',
      place: 'US Central Command region',
      description:
        'The USS Abraham Lincoln carrier strike group and a bomber task force are sent to the Central Command region "in response to a number of troubling and escalatory indications and warnings".',
    },
    [S.wtkrMay5, S.nbcMay6],
  ),
  ev(
    'StatementMade',
    'stmt-bolton-may5',
    { occurredAt: '2019-05-05', recordedAt: rec('2019-05-06', '09:05') },
    {
      speaker: BOLTON,
      audience: 'iran',
      tone: 'military-threat',
      summary:
        'The deployment sends "a clear and unmistakable message to the Iranian regime that any attack on United States interests or on those of our allies will be met with unrelenting force"; the United States "is not seeking war … but we are fully prepared to respond to any attack, whether by proxy, the IRGC, or regular Iranian forces".',
    },
    [S.wtkrMay5, S.nbcMay6],
  ),
  ev(
    'StatementMade',
    'stmt-trump-may19',
    { occurredAt: '2019-05-19', recordedAt: rec('2019-05-20', '09:00') },
    {
      speaker: TRUMP,
      audience: 'iran',
      tone: 'military-threat',
      summary:
        'On Twitter, after a rocket fell near the US embassy in Baghdad: "If Iran wants to fight, that will be the official end of Iran. Never threaten the United States again!"',
    },
    [S.businesstimesMay20, S.independentMay19],
  ),
  ev(
    'IncidentReported',
    'inc-fujairah-may12',
    { occurredAt: '2019-05-12', recordedAt: rec('2019-05-29', '18:00') },
    {
      incidentId: 'fujairah-tankers-2019-05-12',
      kind: 'militant-attack',
      target: 'Four commercial vessels: two Saudi tankers, a Norwegian-registered tanker and an Emirati bunker barge',
      place: 'off Fujairah, Gulf of Oman',
      description:
        'Saboteurs hole the hulls of four ships at anchor off the Emirati port of Fujairah; no casualties. No one claims it; the United Arab Emirates blames no one pending an international investigation.',
    },
    [S.nationalMay29, S.gulfnewsMay29],
    { note: 'Recorded when Bolton blamed Iran for it; no perpetrator was named by any party that investigated it.' },
  ),
  ev(
    'StatementMade',
    'stmt-bolton-may29',
    { occurredAt: '2019-05-29', recordedAt: rec('2019-05-29', '18:05') },
    {
      speaker: BOLTON,
      audience: 'iran',
      tone: 'accusation',
      summary:
        'In Abu Dhabi: the ships were hit by "naval mines almost certainly from Iran"; "There is no doubt in anybody\'s mind in Washington who is responsible for this"; such acts risk "a very strong response" from the United States. Iran calls the claim "ludicrous".',
      blames: { incidentId: 'fujairah-tankers-2019-05-12', on: 'iran' },
    },
    [S.nationalMay29, S.gulfnewsMay29],
  ),
  // ===== June 2019: Abe in Tehran, the Gulf of Oman tankers, the drone =====
  ev(
    'ActorRegistered',
    'actor-japan',
    { occurredAt: '2019-06-12', recordedAt: rec('2019-06-13', '12:00') },
    { actor: JAPAN, role: 'mediator' },
    [S.newarabJun13],
    {
      note: "Prime Minister Abe carries a message from Trump to Tehran, the first Japanese leader's visit since 1979.",
    },
  ),
  ev(
    'MediationAction',
    'med-abe-jun13',
    { occurredAt: '2019-06-13', recordedAt: rec('2019-06-13', '12:05') },
    {
      mediator: 'japan',
      action: 'visited',
      summary:
        'Abe meets Rouhani (12 June) and Khamenei (13 June) and delivers a message from Trump, seeking to ease tensions: "no one wants a war".',
    },
    [S.newarabJun13, S.thenewsJun13],
  ),
  ev(
    'StatementMade',
    'stmt-khamenei-jun13',
    { occurredAt: '2019-06-13', recordedAt: rec('2019-06-13', '12:10') },
    {
      speaker: KHAMENEI,
      audience: 'united-states',
      tone: 'critical',
      summary:
        'To Abe: "I don\'t consider Trump as a person worthy of exchanging messages with. I have no response for him and will not answer him"; Iran will not repeat "the bitter experience" of negotiating with America.',
    },
    [S.newarabJun13, S.thenewsJun13],
  ),
  ev(
    'IncidentReported',
    'inc-gulf-of-oman-jun13',
    { occurredAt: '2019-06-13', recordedAt: rec('2019-06-13', '20:00') },
    {
      incidentId: 'gulf-of-oman-tankers-2019-06-13',
      kind: 'militant-attack',
      target: 'The tankers Front Altair (Norwegian-owned) and Kokuka Courageous (Japanese-owned)',
      place: 'Gulf of Oman',
      description:
        'Explosions set the two tankers on fire and their crews abandon ship; no one killed. No one claims it; Iran denies involvement.',
    },
    [S.independentJun13, S.freebeaconJun13],
  ),
  ev(
    'StatementMade',
    'stmt-pompeo-jun13',
    { occurredAt: '2019-06-13', recordedAt: rec('2019-06-13', '20:05') },
    {
      speaker: POMPEO,
      audience: 'iran',
      tone: 'accusation',
      summary:
        '"It is the assessment of the United States government that the Islamic Republic of Iran is responsible for the attacks that occurred in the Gulf of Oman today", part of "an unacceptable campaign of escalating tension by Iran"; "The United States will defend its forces, interests".',
      blames: { incidentId: 'gulf-of-oman-tankers-2019-06-13', on: 'iran' },
    },
    [S.independentJun13, S.freebeaconJun13],
  ),
  ev(
    'IncidentReported',
    'inc-drone-jun20',
    { occurredAt: '2019-06-19T23:35:00Z', recordedAt: rec('2019-06-20', '12:00') },
    {
      incidentId: 'global-hawk-2019-06-20',
      kind: 'missile-strike',
      perpetrator: 'iran',
      allegedBy: 'iran',
      against: 'united-states',
      target: 'A US Navy RQ-4A Global Hawk (BAMS-D) surveillance drone',
      place: 'Strait of Hormuz',
      description:
        'An Iranian surface-to-air missile shoots down the US Navy drone. The IRGC says it entered Iranian airspace near Kouhmobarak (Hormozgan); CENTCOM calls it "an unprovoked attack on a U.S. surveillance asset in international airspace". No one on board.',
    },
    [S.reportazJun20, S.efeJun20],
  ),
  ev(
    'StatementMade',
    'stmt-trump-jun21',
    { occurredAt: '2019-06-21', recordedAt: rec('2019-06-21', '18:00') },
    {
      speaker: TRUMP,
      audience: 'iran',
      tone: 'threat',
      summary:
        'The United States was "cocked & loaded to retaliate last night on 3 different sights"; he stopped the strike ten minutes before, 150 deaths being "not proportionate to shooting down an unmanned drone". "I am in no hurry, our Military is rebuilt, new, and ready to go … Sanctions are biting & more added last night. Iran can NEVER have Nuclear Weapons".',
    },
    [S.motherjonesJun21],
  ),
  ev(
    'StatementMade',
    'stmt-trump-sanctions-jun24',
    { occurredAt: '2019-06-24', recordedAt: rec('2019-06-24', '20:00') },
    {
      speaker: TRUMP,
      audience: 'iran',
      tone: 'critical',
      summary:
        'Signs an executive order imposing "hard-hitting" sanctions on Supreme Leader Khamenei, his office and senior commanders: "a strong and proportionate response to Iran\'s increasingly provocative actions"; pressure will rise until the regime abandons its nuclear and missile aims.',
    },
    [S.dawnJun24],
  ),
  ev(
    'StatementMade',
    'stmt-mousavi-jun25',
    { occurredAt: '2019-06-25', recordedAt: rec('2019-06-25', '20:00') },
    {
      speaker: MOUSAVI,
      audience: 'united-states',
      tone: 'critical',
      summary:
        '"Imposing useless sanctions on Iran\'s Supreme Leader and the commander of Iran\'s diplomacy is the permanent closure of the path of diplomacy."',
    },
    [S.hathalyoumJun25],
  ),
  ev(
    'StatementMade',
    'stmt-trump-jun25',
    { occurredAt: '2019-06-25', recordedAt: rec('2019-06-25', '20:05') },
    {
      speaker: TRUMP,
      audience: 'iran',
      tone: 'military-threat',
      summary:
        '"Any attack by Iran on anything American will be met with great and overwhelming force. In some areas, overwhelming will mean obliteration."',
    },
    [S.hathalyoumJun25],
  ),
  // ===== July 2019: the Boxer's drone, the Stena Impero =====
  ev(
    'IncidentReported',
    'inc-boxer-jul18',
    { occurredAt: '2019-07-18', recordedAt: rec('2019-07-19', '12:00') },
    {
      incidentId: 'boxer-drone-2019-07-18',
      kind: 'non-lethal-force',
      perpetrator: 'united-states',
      allegedBy: 'united-states',
      against: 'iran',
      target: 'An Iranian drone',
      place: 'Strait of Hormuz',
      description:
        'Trump: the USS Boxer "took defensive action" against an Iranian drone that came within about 1,000 yards and ignored calls to stand down; it "was immediately destroyed" (by electronic jamming, a defence official said). Iran says it lost no drone.',
    },
    [S.urdupointJul19, S.mehrJul19],
    { note: "The United States' account; Iran denies losing a drone (Araghchi, Zarif)." },
  ),
  ev(
    'ActorRegistered',
    'actor-uk',
    { occurredAt: '2019-07-19', recordedAt: rec('2019-07-19', '20:00') },
    { actor: UK, role: 'third-party' },
    [S.nprJul19],
  ),
  ev(
    'IncidentReported',
    'inc-stena-impero-jul19',
    { occurredAt: '2019-07-19', recordedAt: rec('2019-07-19', '20:05') },
    {
      incidentId: 'stena-impero-2019-07-19',
      kind: 'non-lethal-force',
      perpetrator: 'iran',
      allegedBy: 'iran',
      against: 'united-kingdom',
      target: 'The British-flagged tanker Stena Impero and its 23 crew',
      place: 'Strait of Hormuz',
      description:
        'The IRGC seizes the tanker "for failing to respect international maritime rules" and escorts it to Iranian waters; the owners say it was approached by small craft and a helicopter in international waters. No injuries.',
    },
    [S.nprJul19],
    { note: 'A dispute between Iran and the United Kingdom (Britain had held an Iranian tanker off Gibraltar).' },
  ),
  // ===== September 2019: Abqaiq and Khurais =====
  ev(
    'ActorRegistered',
    'actor-houthis',
    { occurredAt: '2019-09-14', recordedAt: rec('2019-09-14', '20:00') },
    { actor: HOUTHIS, role: 'third-party' },
    [S.amnSep14],
  ),
  ev(
    'ActorRegistered',
    'actor-saudi',
    { occurredAt: '2019-09-14', recordedAt: rec('2019-09-14', '20:05') },
    { actor: SAUDI, role: 'third-party' },
    [S.amnSep14],
  ),
  ev(
    'IncidentReported',
    'inc-abqaiq-sep14',
    { occurredAt: '2019-09-14', recordedAt: rec('2019-09-14', '20:10') },
    {
      incidentId: 'abqaiq-khurais-2019-09-14',
      kind: 'drone-strike',
      perpetrator: 'houthis',
      allegedBy: 'houthis',
      against: 'saudi-arabia',
      target: "Saudi Aramco's Abqaiq processing plant and Khurais oil field",
      place: 'Abqaiq and Khurais, Saudi Arabia',
      description:
        'Pre-dawn strikes set the two sites ablaze and cut about half of Saudi output; claimed by the Houthis.',
    },
    [S.amnSep14],
  ),
  ev(
    'StatementMade',
    'stmt-pompeo-sep14',
    { occurredAt: '2019-09-14', recordedAt: rec('2019-09-15', '21:00') },
    {
      speaker: POMPEO,
      audience: 'iran',
      tone: 'accusation',
      summary:
        '"Tehran is behind nearly 100 attacks on Saudi Arabia while Rouhani and Zarif pretend to engage in diplomacy … Iran has now launched an unprecedented attack on the world\'s energy supply. There is no evidence the attacks came from Yemen"; Iran must be "held accountable for its aggression".',
      blames: { incidentId: 'abqaiq-khurais-2019-09-14', on: 'iran' },
    },
    [S.amnSep14, S.alarabiyaSep15],
  ),
  ev(
    'StatementMade',
    'stmt-zarif-sep19',
    { occurredAt: '2019-09-19', recordedAt: rec('2019-09-20', '12:00') },
    {
      speaker: ZARIF,
      audience: 'united-states',
      tone: 'military-threat',
      summary:
        'Asked on CNN what a US or Saudi military strike on Iran would bring: "An all-out war … We won\'t blink to defend our territory." Denies any Iranian role in the attack.',
    },
    [S.newserSep20, S.irandailySep19],
  ),
  // ===== December 2019: the prisoner swap; K-1, the strikes, the embassy =====
  ev(
    'ActorRegistered',
    'actor-switzerland',
    { occurredAt: '2019-12-07', recordedAt: rec('2019-12-07', '20:00') },
    { actor: SWITZERLAND, role: 'mediator' },
    [S.dwDec7],
    { note: 'The protecting power: it represents US interests in Iran.' },
  ),
  ev(
    'MediationAction',
    'med-swiss-swap-dec7',
    { occurredAt: '2019-12-07', recordedAt: rec('2019-12-07', '20:05') },
    {
      mediator: 'switzerland',
      action: 'proposed',
      summary:
        'After weeks of negotiation, Switzerland arranges the exchange in Zurich of Xiyue Wang, a US graduate student held in Iran for three years on spying charges, for Massoud Soleimani, an Iranian scientist held in the United States on sanctions charges.',
    },
    [S.dwDec7, S.iranprimerDec7],
    { occurrence: O.swap },
  ),
  ev(
    'StatementMade',
    'stmt-trump-swap-dec7',
    { occurredAt: '2019-12-07', recordedAt: rec('2019-12-07', '20:10') },
    {
      speaker: TRUMP,
      audience: 'iran',
      tone: 'conciliatory',
      summary:
        'Thanks Iran for "a very fair negotiation" and the Swiss for their help: "See, we can make a deal together!"',
    },
    [S.dwDec7, S.iranprimerDec7],
    { occurrence: O.swap },
  ),
  ev(
    'StatementMade',
    'stmt-zarif-swap-dec7',
    { occurredAt: '2019-12-07', recordedAt: rec('2019-12-07', '20:15') },
    {
      speaker: ZARIF,
      audience: 'united-states',
      tone: 'conciliatory',
      summary:
        '"Glad that Professor Massoud Soleimani and Mr Xiyue Wang will be joining their families shortly. Many thanks to all engaged, particularly the Swiss government."',
    },
    [S.dwDec7],
    { occurrence: O.swap },
  ),
  ev(
    'ActorRegistered',
    'actor-kh',
    { occurredAt: '2019-12-27', recordedAt: rec('2019-12-29', '19:50') },
    { actor: KH, role: 'third-party' },
    [S.ensonhaberDec28],
    { note: 'An Iraqi Shia militia of the Popular Mobilization Forces, backed by Iran.' },
  ),
  ev(
    'IncidentReported',
    'inc-k1-dec27',
    { occurredAt: '2019-12-27T16:20:00Z', recordedAt: rec('2019-12-29', '19:55') },
    {
      incidentId: 'k1-rockets-2019-12-27',
      kind: 'militant-attack',
      perpetrator: 'kataib-hezbollah',
      allegedBy: 'united-states',
      against: 'united-states',
      target: 'K-1 base, hosting US and Iraqi forces',
      place: 'K-1 base, Kirkuk',
      fatalities: { min: 1, max: 1 },
      civilianFatalities: { min: 1, max: 1 },
      injured: { min: 6, max: 6 },
      description:
        "About 30 rockets hit the base at 19:20 local time: a US civilian contractor killed, four US service members and two Iraqi personnel wounded. No one claims it; a US official says Washington is looking at Kata'ib Hezbollah, which the Pentagon names on 29 December.",
    },
    [S.ensonhaberDec28, S.cbsDec29],
  ),
  ev(
    'IncidentReported',
    'inc-embassy-dec31',
    { occurredAt: '2019-12-31', recordedAt: rec('2019-12-31', '20:00') },
    {
      incidentId: 'baghdad-embassy-2019-12-31',
      kind: 'militant-attack',
      perpetrator: 'kataib-hezbollah',
      allegedBy: 'united-states',
      against: 'united-states',
      blamedOn: 'iran',
      target: 'The US embassy compound',
      place: 'US embassy, Baghdad',
      description:
        'Kata\'ib Hezbollah fighters and supporters, after the funerals of those killed on the 29th, break through a gate and set fire to a reception area of the embassy, chanting "Death to America"; no US casualties. Trump says Iran is "orchestrating" it; Iran denies it.',
    },
    [S.upiDec31, S.rtDec31],
  ),
  ev(
    'StatementMade',
    'stmt-trump-dec31',
    { occurredAt: '2019-12-31', recordedAt: rec('2019-12-31', '20:05') },
    {
      speaker: TRUMP,
      audience: 'iran',
      tone: 'threat',
      summary:
        '"Iran killed an American contractor, wounding many. We strongly responded, and always will. Now Iran is orchestrating an attack on the U.S. Embassy in Iraq. They will be held fully responsible." Then: "Iran will be held fully responsible for lives lost, or damage incurred, at any of our facilities. They will pay a very BIG PRICE! This is not a Warning, it is a Threat." 750 more troops sent to the region.',
      blames: { incidentId: 'k1-rockets-2019-12-27', on: 'iran' },
    },
    [S.upiDec31, S.rtDec31],
  ),
  ev(
    'IncidentReported',
    'inc-us-strikes-kh-dec29',
    { occurredAt: '2019-12-29', recordedAt: rec('2020-01-01', '09:00') },
    {
      incidentId: 'us-strikes-kh-2019-12-29',
      kind: 'airstrike',
      perpetrator: 'united-states',
      allegedBy: 'united-states',
      against: 'kataib-hezbollah',
      target: "Kata'ib Hezbollah weapons stores and command sites (three in Iraq and two in Syria)",
      place: "Kata'ib Hezbollah sites in western Iraq and eastern Syria",
      fatalities: { min: 25, max: 25 },
      description:
        'US strikes on five Kata\'ib Hezbollah facilities in answer to the K-1 attack; the Pentagon says the group "has a strong linkage with Iran\'s Quds Force". About 25 fighters killed.',
    },
    [S.cbsDec29, S.republicJan1],
  ),
  // ===== January 2020: Soleimani, Ain al-Asad, flight 752 =====
  ev(
    'IncidentReported',
    'inc-soleimani-jan3',
    { occurredAt: '2020-01-02T22:00:00Z', precision: 'approximate', recordedAt: rec('2020-01-03', '08:00') },
    {
      incidentId: 'soleimani-killed-2020-01-03',
      kind: 'drone-strike',
      perpetrator: 'united-states',
      allegedBy: 'united-states',
      against: 'iran',
      target: 'The convoy of Major General Qassem Soleimani, commander of the IRGC Quds Force',
      place: 'Baghdad International Airport',
      fatalities: { min: 7, max: 8 },
      description:
        'A US drone strike kills Soleimani as his convoy leaves Baghdad airport after midnight, with Abu Mahdi al-Muhandis, deputy head of the Popular Mobilization Forces and Kata\'ib Hezbollah\'s commander, and others. The Pentagon: "At the direction of the President, the U.S. military has taken decisive defensive action … This strike was aimed at deterring future Iranian attack plans."',
    },
    [S.news24Jan3, S.politicoJan3, S.quintJan3, S.hozintJan3],
    { note: 'Seven killed by the Quint’s count (Iraqi officials), eight with twelve injured by Hozint’s.' },
  ),
  ev(
    'StatementMade',
    'stmt-khamenei-jan3',
    { occurredAt: '2020-01-03', recordedAt: rec('2020-01-03', '08:05') },
    {
      speaker: KHAMENEI,
      audience: 'united-states',
      tone: 'military-threat',
      summary:
        '"Severe revenge awaits the criminals who bloodied their foul hands with his blood"; three days of mourning.',
    },
    [S.news24Jan3, S.politicoJan3],
  ),
  ev(
    'StatementMade',
    'stmt-trump-jan4',
    { occurredAt: '2020-01-04', recordedAt: rec('2020-01-05', '08:00') },
    {
      speaker: TRUMP,
      audience: 'iran',
      tone: 'military-threat',
      summary:
        '"Let this serve as a WARNING that if Iran strikes any Americans, or American assets, we have targeted 52 Iranian sites … and those targets, and Iran itself, WILL BE HIT VERY FAST AND VERY HARD. The USA wants no more threats!"',
    },
    [S.fortuneJan4],
  ),
  ev(
    'IncidentReported',
    'inc-ain-al-asad-jan8',
    { occurredAt: '2020-01-07T22:30:00Z', recordedAt: rec('2020-01-08', '06:00') },
    {
      incidentId: 'ain-al-asad-2020-01-08',
      kind: 'missile-strike',
      perpetrator: 'iran',
      allegedBy: 'iran',
      against: 'united-states',
      target: 'Ain al-Asad air base, hosting US and coalition forces',
      place: 'Ain al-Asad air base, Anbar',
      description:
        'Iran\'s Revolutionary Guards fire ballistic missiles from Iran at the base, "hard revenge" for Soleimani (17 missiles by the Iraqi military\'s count), between 01:45 and 02:15 local time; no one killed.',
    },
    [S.k24Jan8, S.republicJan8, S.kataebJan8],
  ),
  ev(
    'IncidentReported',
    'inc-erbil-jan8',
    { occurredAt: '2020-01-07T22:30:00Z', recordedAt: rec('2020-01-08', '06:05') },
    {
      incidentId: 'erbil-2020-01-08',
      kind: 'missile-strike',
      perpetrator: 'iran',
      allegedBy: 'united-states',
      against: 'united-states',
      target: 'The Erbil air base hosting US and coalition forces',
      place: 'Erbil',
      description:
        "In the same salvo, missiles strike at the base near Erbil airport (5 by the Iraqi military's count); no casualties reported.",
    },
    [S.k24Jan8, S.republicJan8],
    { note: 'The Pentagon names Al-Asad and Irbil; the IRGC statement names only Ain al-Asad.' },
  ),
  ev(
    'StatementMade',
    'stmt-irgc-jan8',
    { occurredAt: '2020-01-08', recordedAt: rec('2020-01-08', '06:10') },
    {
      speaker: IRGC,
      audience: 'united-states',
      tone: 'military-threat',
      summary:
        '"To the Great Satan … we warn that if you repeat your wickedness or take any additional movements or make additional aggression, we will respond with more painful and crushing responses"; any country hosting US troops could be targeted.',
    },
    [S.kataebJan8],
  ),
  ev(
    'StatementMade',
    'stmt-trump-address-jan8',
    { occurredAt: '2020-01-08T16:30:00Z', recordedAt: rec('2020-01-08', '18:00') },
    {
      speaker: TRUMP,
      audience: 'iran',
      tone: 'conciliatory',
      summary:
        'Address to the nation: "No Americans were harmed in last night\'s attack"; "Iran appears to be standing down, which is a good thing for all parties concerned and a very good thing for the world"; "additional punishing economic sanctions" until Iran changes its behaviour; "The fact that we have this great military and equipment, however, does not mean we have to use it. We do not want to use it"; the United States "is ready to embrace peace with all who seek it".',
    },
    [S.cnnTranscriptJan8, S.businessliveJan8],
    { occurrence: O.address },
  ),
  ev(
    'ActorRegistered',
    'actor-ukraine',
    { occurredAt: '2020-01-08', recordedAt: rec('2020-01-11', '09:00') },
    { actor: UKRAINE, role: 'third-party' },
    [S.nprJan10],
  ),
  ev(
    'IncidentReported',
    'inc-ps752-jan8',
    { occurredAt: '2020-01-08T02:42:00Z', recordedAt: rec('2020-01-11', '09:05') },
    {
      incidentId: 'ps752-2020-01-08',
      kind: 'missile-strike',
      perpetrator: 'iran',
      allegedBy: 'iran',
      harmed: 'ukraine',
      target: 'Ukraine International Airlines flight 752, Tehran to Kyiv',
      place: 'near Imam Khomeini International Airport, Tehran',
      fatalities: { min: 176, max: 176 },
      civilianFatalities: { min: 176, max: 176 },
      description:
        'Minutes after take-off, Iranian air defences on high alert after the strikes on the US bases shoot down the airliner, killing all 176 aboard (Iranian, Canadian and Ukrainian passengers and crew). After denying it, Iran\'s military says on 11 January it was "unintentionally" hit by "human error", mistaken for a hostile target; Zarif blames "US adventurism".',
    },
    [S.nprJan10, S.protothemaJan11],
  ),
  ev(
    'EventCorrected',
    'corr-ain-al-asad-injured',
    { occurredAt: '2020-02-10', recordedAt: rec('2020-02-10', '20:00') },
    {
      eventId: idOf('inc-ain-al-asad-jan8'),
      changes: {
        data: {
          injured: { min: 109, max: 109 },
          description:
            'Iran\'s Revolutionary Guards fire ballistic missiles from Iran at the base, "hard revenge" for Soleimani (17 missiles by the Iraqi military\'s count), between 01:45 and 02:15 local time; no one killed. 109 US service members were later diagnosed with mild traumatic brain injuries (the Pentagon, 10 February), 76 of them back on duty.',
        },
        sources: [S.k24Jan8, S.republicJan8, S.kataebJan8, S.militaryFeb10, S.upiFeb10],
      },
      reason:
        'The injured, first reported as none, then 11, 34, 50 and 64, counted by the Pentagon at 109 on 10 February.',
    },
    [S.militaryFeb10, S.upiFeb10],
  ),
  // ===== March 2020: Taji and the US strikes =====
  ev(
    'IncidentReported',
    'inc-taji-mar11',
    { occurredAt: '2020-03-11T16:35:00Z', recordedAt: rec('2020-03-12', '09:00') },
    {
      incidentId: 'taji-rockets-2020-03-11',
      kind: 'militant-attack',
      perpetrator: 'kataib-hezbollah',
      allegedBy: 'united-states',
      against: 'united-states',
      target: 'Camp Taji, hosting coalition troops',
      place: 'Camp Taji, north of Baghdad',
      fatalities: { min: 3, max: 3 },
      injured: { min: 12, max: 15 },
      description:
        'About 18 Katyusha rockets from a truck launcher strike the base at 19:35 local time: two US service members and a British soldier killed, 12 to 15 wounded. General Milley says it was "from Shia militia groups"; the US strikes of the 12th target Kata\'ib Hezbollah.',
    },
    [S.beastMar11, S.rollingstoneMar12],
  ),
  ev(
    'StatementMade',
    'stmt-trump-mar12',
    { occurredAt: '2020-03-12', recordedAt: rec('2020-03-12', '20:00') },
    {
      speaker: TRUMP,
      audience: 'iran',
      tone: 'accusation',
      summary:
        '"They\'ve sent a lot of rockets now. It hasn\'t been fully determined it was Iran … It was a rebel group, but most likely it looks like it could be backed by Iran."',
    },
    [S.rollingstoneMar12],
  ),
  ev(
    'IncidentReported',
    'inc-us-strikes-kh-mar12',
    { occurredAt: '2020-03-12', recordedAt: rec('2020-03-12', '23:00') },
    {
      incidentId: 'us-strikes-kh-2020-03-12',
      kind: 'airstrike',
      perpetrator: 'united-states',
      allegedBy: 'united-states',
      against: 'kataib-hezbollah',
      target: "Five Kata'ib Hezbollah weapons storage facilities",
      place: "Kata'ib Hezbollah sites in Iraq",
      description:
        '"Defensive precision strikes" by US aircraft, with the United Kingdom, on Kata\'ib Hezbollah weapons facilities, in answer to the Taji attack.',
    },
    [S.beastMar12, S.townhallMar12],
  ),
  ev(
    'StatementMade',
    'stmt-esper-mar12',
    { occurredAt: '2020-03-12', recordedAt: rec('2020-03-12', '23:05') },
    {
      speaker: ESPER,
      audience: 'kataib-hezbollah',
      tone: 'warning',
      summary:
        '"The United States will not tolerate attacks against our people, our interests, or our allies. As we have demonstrated in recent months, we will take any action necessary to protect our forces in Iraq and the region." The militias "are backed by Iran".',
    },
    [S.beastMar12, S.rollingstoneMar12],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'us-iran-2019.jsonl',
  logEnd: '2020-03-31T00:00:00Z',
  events,
};

export default definition;
