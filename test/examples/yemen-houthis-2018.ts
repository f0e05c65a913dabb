/**
 * A test fixture, not a shipped example: the internationally recognised
 * government of Yemen and the Houthis (Ansar Allah), 2018–19, as an analyst
 * following the news could have recorded them, from the coalition's offensive
 * on Hodeidah (Operation Golden Victory, 13 June 2018) through the failed
 * Geneva consultations (September), the renewed push on Hodeidah (November)
 * and its halt, the Stockholm talks and Agreement (6–13 December; the
 * Hodeidah ceasefire in force on 18 December), the UN's Redeployment
 * Coordination Committee, the violations both sides alleged, the Houthis'
 * unilateral redeployment from the ports (11–14 May 2019), the joint
 * observation posts (October 2019) and the fighting that went on elsewhere
 * (al-Dhalea, al-Anad, Sanaa) while the Hodeidah truce held, to December
 * 2019. Escalation model v2 was never tuned on it: it is the case the model is
 * held to in yemen-houthis-2018.spec.ts, against the calls an analyst makes
 * from DOMAIN.md §5b alone.
 *
 * Separate from saudi-houthis-2022.ts and us-houthis-2025.ts: the pair here is
 * the government and the Houthis, with the UN envoy Martin Griffiths as
 * mediator. The Riyadh agreement of November 2019 is between the government
 * and the Southern Transitional Council, not this pair, and is not recorded.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source. Recorded after the fact,
 * from sources read all at once (`retrospectiveClock`).
 *
 * Grading as in examples/README.md: B = established outlet or wire copy
 * (Reuters, AP, AFP, Xinhua copies), C = smaller outlet, aggregator, mirror or
 * a party's own outlet; 1 = confirmed by the actors or the UN, 2 = several
 * outlets agree or one established outlet reports it, 3 = one side's claim
 * about the other. Dates of sources without one on the page are read from
 * their own text ("on Thursday", "on Friday") and their address.
 *
 * Judgement calls, recorded as an analyst would:
 * - The government's side. The Saudi-led coalition and the UAE-backed forces
 *   on the west coast (the Giants / Al Amalikah Brigades, the Joint Forces)
 *   fight for the government and are recorded as its forces (aliases of
 *   `yemen-government`): their ground offensives and the coalition's air
 *   strikes are the government side's armed action. The UAE speaks for itself
 *   (Gargash's statements) and is registered as a third party.
 * - `scale: 'major'` only where a source says offensive: 13 June 2018 ("a
 *   full-scale offensive to seize Hodeidah", Sputnik), 12 September ("a
 *   renewal of the offensive to take Hodeidah", Reuters' coalition source) and
 *   9 November ("a 'vast offensive' to take full control of Hodeidah", the
 *   government's statement via Reuters). The airport battle (15–20 June) and
 *   the street battles of 11 November are recorded as clashes with the tolls
 *   the sources give, where they give one.
 * - One place one way: the fighting in and around Hodeidah city (its airport,
 *   its eastern gate and the Kilo 16 road, the May 22 hospital, the
 *   university) is 'Hodeidah'; the southern districts of the governorate are
 *   recorded by district ('ad-Durayhimi'); elsewhere 'al-Dhalea', 'al-Anad air
 *   base, Lahj', 'Sanaa airport'.
 * - The coalition's pause of 23 June 2018 (AFP: "a temporary cease-fire in
 *   Hodeida") and its halt of 14 November 2018 are unilateral: a
 *   CeasefireDeclared by the government side alone, `partial` (the advance on
 *   Hodeidah city and port), temporary. The pause is ended `collapsed` when
 *   the offensive resumed on 7 September; the halt is superseded by the
 *   Hodeidah ceasefire of 18 December.
 * - The Hodeidah ceasefire of the Stockholm Agreement binds both parties but
 *   covers the city, its three ports and the governorate only: `coverage:
 *   'partial'`, with that scope. Fighting in al-Dhalea, Lahj or Sanaa is
 *   outside it and is recorded as armed action, not as a violation.
 * - The Houthis' halt of missile and drone attacks (18 November 2018) is
 *   recorded as what was said (a conciliatory statement), not as a ceasefire:
 *   the sources report an announcement at the envoy's request, with no
 *   counterpart and no terms.
 * - Violations: each side's allegation is a CeasefireViolationReported with
 *   the casualties its source gives; where a source reports the act itself
 *   with its toll (the shelling of 20 December 2018, the coalition's strikes
 *   north of Hodeidah of 20 September 2019, the attack in ad-Durayhimi of 15
 *   December 2019), the act is recorded too, with the same `occurrence`.
 *   September Net (26sepnews) is the government's own outlet: C3.
 * - The Houthis' redeployment from the ports (11–14 May 2019) is their
 *   `withdrawal` from Hodeidah's ports. No occupation is recorded before it:
 *   the Houthis held the city before the case opens.
 * - The prisoners the two sides hold are the war's and are not recorded as a
 *   detention; the Houthis' unilateral release of 290 detainees (30 September
 *   2019) is recorded as their `release`.
 * - The ACLED analysis on ReliefWeb dates the resumption of operations
 *   outside Hodeidah to 7 September 2018, the day before Geneva was given up;
 *   the 84 dead of AFP's hospital sources are counted "since the talks were
 *   abandoned on Saturday" (8 September) to Sunday, and are dated the 9th.
 * - Not recorded, for want of a dated source found: the fighting in
 *   Hodeidah between the airport battle and September 2018 (the strike near
 *   al-Thawra hospital of 2 August, denied by the coalition), the daily
 *   tallies of violations the coalition published through 2019, and the
 *   fighting on other fronts (Hajjah, Saada, Taiz, al-Bayda) beside the few
 *   dated reports from al-Dhalea.
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, retrospectiveClock, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'yemen-houthis-2018';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 2018);
const when = retrospectiveClock('2026-12-06T09:00:00Z');

const GOVERNMENT: Actor = {
  id: 'yemen-government',
  name: 'Government of Yemen (internationally recognised)',
  kind: 'state',
  aliases: [
    'Hadi government',
    'Republic of Yemen',
    'Saudi-led coalition',
    'Arab coalition',
    'Joint Forces',
    'Giants Brigades',
    'Al Amalikah Brigades',
  ],
};
const HOUTHIS: Actor = {
  id: 'houthis',
  name: 'Houthis (Ansar Allah)',
  kind: 'de-facto-authority',
  aliases: ['Ansar Allah', 'Ansarullah', 'Houthi movement', 'Supreme Revolutionary Committee'],
};
const UN: Actor = {
  id: 'un',
  name: 'United Nations',
  kind: 'international-organisation',
  aliases: [
    'UN Special Envoy for Yemen',
    'Redeployment Coordination Committee',
    'RCC',
    'UNMHA',
    'UN Mission to Support the Hodeidah Agreement',
  ],
};
const UAE: Actor = { id: 'uae', name: 'United Arab Emirates', kind: 'state', aliases: ['UAE', 'Abu Dhabi'] };

const HADI_SPOKESMAN: Person = { name: 'Spokesman of President Hadi (Saba)', actorId: 'yemen-government' };
const GOVERNMENT_STATEMENT: Person = { name: 'Government of Yemen (statement, Saba)', actorId: 'yemen-government' };
const YAMANI: Person = { name: 'Khaled al-Yamani', title: 'Foreign Minister of Yemen', actorId: 'yemen-government' };
const KAMALY: Person = {
  name: 'Hamzah al-Kamaly',
  title: 'Member of the government delegation',
  actorId: 'yemen-government',
};
const IRYANI: Person = {
  name: 'Muammar al-Iryani',
  title: 'Information Minister of Yemen',
  actorId: 'yemen-government',
};
const GARGASH: Person = { name: 'Anwar Gargash', title: 'UAE Minister of State for Foreign Affairs', actorId: 'uae' };
const MOHAMMED_ALI_HOUTHI: Person = {
  name: 'Mohammed Ali al-Houthi',
  title: 'Head of the Supreme Revolutionary Committee',
  actorId: 'houthis',
};
const ABDULSALAM: Person = {
  name: 'Mohammed Abdulsalam',
  title: 'Spokesman of the Houthis, head of their delegation',
  actorId: 'houthis',
};
const LOLLESGAARD: Person = {
  name: 'Michael Lollesgaard',
  title: 'Chair of the Redeployment Coordination Committee',
  actorId: 'un',
};

const S = {
  sputnikJun13: source(
    'Yemeni government forces launch full-scale offensive to seize Hodeidah',
    'Sputnik',
    'https://sputniknews.com/middleeast/201806131065362944-houthi-brother-death-reaports/',
    '2018-06-13',
    'C',
    2,
  ),
  shanaJun14: source(
    'Houthis killed, coalition warship possibly sunk in Yemen assault',
    'Shana Plan Debate (wire copy)',
    'http://shanaplandebate.com/2018/06/14/houthis-killed-coalition-warship-possibly-sunk-in-yemen.html',
    '2018-06-14',
    'C',
    2,
  ),
  reutersJun15: source(
    "Arab coalition seizes entrance to Yemen's Houthi-held Hodeidah airport",
    'Reuters',
    'https://www.reuters.com/article/yemen-security-hodeidah/arab-coalition-seizes-entrance-to-yemens-houthi-held-hodeidah-airport-idUSR7N17D01V',
    '2018-06-15',
    'B',
    2,
  ),
  ndtvJun20: source(
    "Saudi-Led Coalition Seizes Yemen's Hodeidah Airport",
    'NDTV (Reuters)',
    'https://www.ndtv.com/world-news/saudi-led-coalition-seizes-yemens-hodeidah-airport-spokesman-1870470',
    '2018-06-20',
    'B',
    2,
  ),
  apJul1: source(
    "UAE official acknowledges 'pause' in campaign for Yemen port",
    'Associated Press',
    "https://apnews.com/dc3a75ec12c6481a927ca5752d979a67/UAE-official-acknowledges-'pause'-in-campaign-for-Yemen-port",
    '2018-07-01',
    'B',
    1,
  ),
  timesofomanJul1: source(
    'UAE says pauses Hodeidah offensive for UN Yemen peace efforts',
    'Times of Oman (Reuters)',
    'https://timesofoman.com/article/61879-uae-says-pauses-hodeidah-offensive-for-un-yemen-peace-efforts',
    '2018-07-01',
    'B',
    2,
  ),
  elremixAug5: source(
    "Saudi-led coalition condemns 'terrorist act' carried out by Houthis in Hodeidah",
    'Elremix (aggregator)',
    'http://elremix.com/2018/08/05/saudi-led-coalition-condemns-terrorist-act-carried-out-by.html',
    '2018-08-05',
    'C',
    3,
  ),
  reutersSep7: source(
    'Yemen peace talks on hold as U.N. mediator awaits Houthi team',
    'Reuters',
    'https://www.reuters.com/article/us-yemen-security-un/yemen-peace-talks-hit-snag-as-u-n-mediator-awaits-houthi-team-idUSKCN1LM2AA',
    '2018-09-07',
    'B',
    2,
  ),
  arabnewsSep7: source(
    'UN special envoy awaits Houthis at Yemen peace talks in Geneva',
    'Arab News',
    'https://arabnews.com/node/1368236/amp',
    '2018-09-07',
    'B',
    2,
  ),
  aljazeeraSep8: source(
    "Yemen's Geneva talks fall apart after Houthi no-show",
    'Al Jazeera',
    'https://www.aljazeera.com/news/2018/9/8/yemens-geneva-talks-fall-apart-after-houthi-no-show',
    '2018-09-08',
    'B',
    1,
  ),
  irandailySep8: source(
    'Yemen peace talks collapse in Geneva',
    'Iran Daily (AFP, Reuters)',
    'http://irandaily.ir/News/231023.html',
    '2018-09-08',
    'C',
    2,
  ),
  cgtnSep11: source(
    'Yemen peace talks collapse as Houthi delegation fails to show up in Geneva',
    'CGTN',
    'https://news.cgtn.com/news/3d3d414f7a59444d7a457a6333566d54/index.html',
    '2018-09-11',
    'B',
    2,
  ),
  japantimesSep10: source(
    "84 dead in fighting in Yemen's Hodeida after U.N.-brokered peace talks fail",
    'The Japan Times (AFP-JIJI)',
    'https://www.japantimes.co.jp/?post_type=news&p=1484224',
    '2018-09-10',
    'B',
    2,
  ),
  reliefwebSep12: source(
    'Nothing quiet on the western front: a new battle starts in Hodeidah as peace talks fail',
    'ReliefWeb (ACLED)',
    'https://reliefweb.int/report/yemen/nothing-quiet-western-front-new-battle-starts-hodeidah-peace-talks-fail',
    '2018-09-12',
    'B',
    2,
  ),
  reutersSep12: source(
    "Fighting resumes in Yemen's Hodeidah as peace talks stall",
    'Reuters',
    'https://www.reuters.com/article/us-yemen-security/fighting-resumes-in-yemens-hodeidah-as-peace-talks-stall-idUSKCN1LS24A',
    '2018-09-12',
    'B',
    2,
  ),
  thenewsSep14: source(
    'Yemeni forces seize main road linking Hodeidah to Sanaa',
    'The News International (Reuters)',
    'https://www.thenews.com.pk/print/368443-yemeni-forces-seize-main-road-linking-hodeidah-to-sanaa',
    '2018-09-14',
    'B',
    2,
  ),
  yenisafakNov9: source(
    'Saudi-backed Yemeni forces launch new offensive to capture Hodeidah from Houthis',
    'Yeni Şafak (Reuters)',
    'http://origin.yenisafak.com.tr/en/world/saudi-backed-yemeni-forces-launch-new-offensive-to-capture-hodeidah-from-houthis-3465874',
    '2018-11-09',
    'B',
    2,
  ),
  bssNov10: source(
    "Yemen loyalists take Hodeida's main hospital: officials",
    'BSS (AFP)',
    'https://wp.bssnews.net/?p=118579',
    '2018-11-10',
    'B',
    2,
  ),
  japantimesNov12: source(
    "Fighting rages street-to-street in Yemen's key port of Hodeida as Saudi-led forces battle Houthis",
    'The Japan Times (AP)',
    'https://www.japantimes.co.jp/?post_type=news&p=1576082',
    '2018-11-12',
    'B',
    2,
  ),
  sharjahNov12: source(
    'Joint Yemeni resistance forces advance in Hodeidah',
    'Sharjah24',
    'https://www.sharjah24.ae/en/arabic/369578-joint-yemeni-resistance-forces-advance-in-hodeidah',
    '2018-11-12',
    'C',
    3,
  ),
  nextnewsNov13: source(
    'Civilians caught up in Hodeidah street battle',
    'Nextnews24 (Reuters)',
    'https://nextnews24.com/civilians-caught-up-in-hodeidah-street-battle',
    '2018-11-13',
    'C',
    2,
  ),
  guardianNov15: source(
    'Yemen: Saudi-led coalition orders halt to Hodeidah offensive',
    'Yemen Journal (The Guardian)',
    'https://www.yemenjournal.com/2018/11/15/yemen-saudi-led-coalition-orders-halt-to-hodeidah-offensive/',
    '2018-11-15',
    'C',
    2,
  ),
  reutersNov15: source(
    'Saudi-led coalition halts Hodeidah assault as West presses for Yemen ceasefire – sources',
    'Middle East Affairs (Reuters)',
    'https://middleeastaffairs.net/2018/11/15/saudi-led-coalition-halts-hodeidah-assault-as-west-presses-for-yemen-ceasefire-sources/',
    '2018-11-15',
    'C',
    2,
  ),
  meeNov15: source(
    'Saudi-led coalition reportedly halts fighting in Hodeidah ahead of peace talks',
    'Middle East Eye',
    'https://acquiaprod.middleeasteye.net/node/74377',
    '2018-11-15',
    'B',
    2,
  ),
  thenewsDec5: source(
    'Prisoner swap deal gives new boost to Yemen talks push',
    'The News International (AFP)',
    'https://www.thenews.com.pk/print/401953-prisoner-swap-deal-gives-new-boost-to-yemen-talks-push',
    '2018-12-05',
    'B',
    2,
  ),
  nationalDec6: source(
    "Yemen's warring parties appear together for first time since 2015",
    'The National',
    'https://www.thenationalnews.com/world/mena/yemen-s-warring-parties-appear-together-for-first-time-since-2015-1.799851',
    '2018-12-06',
    'B',
    1,
  ),
  radiopakDec6: source(
    'Peace talks b/w Yemen govt, Houthi rebels begin in Sweden',
    'Radio Pakistan',
    'http://www.radio.gov.pk/06-12-2018/peace-talks-bw-yemen-govt-houthi-rebels-begin-in-sweden',
    '2018-12-06',
    'C',
    2,
  ),
  arkansasDec10: source(
    'Prisoner exchange aim of Yemen talk',
    'Arkansas Democrat-Gazette (AP)',
    'https://www.arkansasonline.com/news/2018/dec/10/prisoner-exchange-aim-of-yemen-talk-201/',
    '2018-12-10',
    'B',
    2,
  ),
  alarabyDec18: source(
    "Yemen's Hodeida calm after ceasefire takes effect",
    'The New Arab',
    'https://english.alaraby.co.uk/news/yemens-hodeida-calm-after-ceasefire-takes-effect',
    '2018-12-18',
    'B',
    2,
  ),
  newarabDec19: source(
    "Yemen's warring parties trade blame for breaching Hodeida ceasefire",
    'The New Arab',
    'https://newarab.com/english/news/2018/12/19/yemens-warring-parties-trade-blame-for-breaching-hodeida-ceasefire',
    '2018-12-19',
    'B',
    2,
  ),
  alarabiyaDec19: source(
    'Arab Coalition destroys Houthi air base near Sanaa airport',
    'Al Arabiya (AP)',
    'http://english.alarabiya.net/en/News/gulf/2018/12/19/Arab-Coalition-destroys-Houthi-air-base-near-Sanaa-airport.html',
    '2018-12-19',
    'B',
    2,
  ),
  nationalDec21: source(
    'Government forces report repeated Houthi ceasefire violations in Hodeidah',
    'The National',
    'https://www.thenationalnews.com/world/mena/government-forces-report-repeated-houthi-ceasefire-violations-in-hodeidah-1.805115',
    '2018-12-21',
    'B',
    3,
  ),
  arabweeklyDec21: source(
    'Houthis said to violate uneasy truce in Hodeidah',
    'The Arab Weekly',
    'https://thearabweekly.com/houthis-said-violate-uneasy-truce-hodeidah',
    '2018-12-21',
    'B',
    2,
  ),
  antiwarDec21: source(
    '18 Houthis Killed in Fighting in Southern Yemen',
    'Antiwar.com',
    'https://news.antiwar.com/2018/12/21/18-houthis-killed-in-fighting-in-southern-yemen/',
    '2018-12-21',
    'C',
    3,
  ),
  arabnewsDec22: source(
    'Houthi violations continue despite ceasefire in Hodeidah: Arab coalition',
    'Arab News',
    'http://www.arabnews.com/node/1424441/middle-east',
    '2018-12-22',
    'B',
    3,
  ),
  aljazeeraDec24: source(
    "Head of UN ceasefire monitor visits Yemen's Hodeidah port",
    'Al Jazeera (AFP)',
    'https://www.aljazeera.com/news/2018/12/24/head-of-un-ceasefire-monitor-visits-yemens-hodeidah-port',
    '2018-12-24',
    'B',
    1,
  ),
  sepnetJan4: source(
    'Coalition: Houthi militia violated Hodeida ceasefire 14 times within 24 hours',
    'September Net (26sepnews)',
    'https://en.26sepnews.net/2019/01/04/coalition-houthi-militia-violated-hodeida-ceasefire-14-times-within-24-hours/',
    '2019-01-04',
    'C',
    3,
  ),
  euronewsJan10: source(
    "Yemen's Houthi drones strike government military parade, several killed",
    'Euronews (Reuters)',
    'https://www.euronews.com/2019/01/10/yemens-houthi-drones-strike-government-military-parade-several-killed',
    '2019-01-10',
    'B',
    2,
  ),
  bdnewsJan11: source(
    'Houthi drone attack kills military officials in Yemen',
    'bdnews24 (IANS, EFE)',
    'https://bdnews24.com/world/2019/01/11/houthi-drone-attack-kills-military-officials-in-yemen',
    '2019-01-11',
    'C',
    2,
  ),
  nationalJan17: source(
    'Yemen: UN says Patrick Cammaert safe after shooting in Hodeidah',
    'The National',
    'https://www.thenationalnews.com/world/mena/yemen-un-says-patrick-cammaert-safe-after-shooting-in-hodeidah-1.814797',
    '2019-01-17',
    'B',
    2,
  ),
  aijesJan17: source(
    'Yemen: UN says Patrick Cammaert safe after reported shooting in Hodeidah',
    'Aijes News (AFP)',
    'https://aijesnews.com/en/Arabian%20Peninsula/news696.html',
    '2019-01-17',
    'C',
    2,
  ),
  globaltimesFeb18: source(
    'Yemen government, rebels agree deal on first pullback: UN',
    'Global Times (AFP)',
    'http://www.globaltimes.cn/content/1139271.shtml',
    '2019-02-18',
    'B',
    1,
  ),
  sepnetFeb24: source(
    'Houthi rebels continue to violate the UN truce hours before withdrawal from Hodeidah ports',
    'September Net (26sepnews)',
    'https://en.26sepnews.net/2019/02/24/houthi-rebels-continue-to-violate-the-un-truce-hours-before-withdrawal-from-hodeidah-ports/',
    '2019-02-24',
    'C',
    3,
  ),
  yemenwatchMar30: source(
    'Yemeni Government Forces Claims to Have Killed 30 Houthi Fighters during Attack',
    'Yemen Watch',
    'http://www.yemenwatch.com/news/yemeni-government-forces-claims-to-have-killed-30-houthi-fighters-during-attack/',
    '2019-03-30',
    'C',
    3,
  ),
  alarabiyaMay10: source(
    'UN says Houthis to redeploy from Yemen ports',
    'Al Arabiya (Reuters)',
    'http://english.alarabiya.net/en/News/gulf/2019/05/10/UN-says-Houthis-to-redeploy-from-Yemen-ports.html',
    '2019-05-10',
    'B',
    1,
  ),
  irishtimesMay11: source(
    "Yemen's Houthis start withdrawing from two ports in Hodeidah – witness",
    'The Irish Times (Reuters)',
    'https://www.irishtimes.com/news/world/middle-east/yemen-s-houthis-start-withdrawing-from-two-ports-in-hodeidah-witness-1.3889223',
    '2019-05-11',
    'B',
    2,
  ),
  feMay14: source(
    'UN team verifies Houthi withdrawal from Hodeidah',
    'The Financial Express (Xinhua)',
    'http://today.thefinancialexpress.com.bd/world/un-team-verifies-houthi-withdrawal-from-hodeidah-1557763962?date=14-05-2019',
    '2019-05-14',
    'B',
    1,
  ),
  mmaringMay14: source(
    'Houthis Start Pull Out From Ports Following Peace Deal',
    'M Maring Report (AFP, The National)',
    'http://mmaringreport.com/2019/05/14/houthis-start-pull-out-from-ports-following-peace-deal.html',
    '2019-05-14',
    'C',
    2,
  ),
  xinhuaMay21: source(
    "Clashes between pro-gov't forces, Houthis intensify in southern Yemen",
    'Xinhua',
    'http://www.xinhuanet.com/english/2019-05/21/c_138077849.htm',
    '2019-05-21',
    'B',
    2,
  ),
  hadramoutAug7: source(
    "Dozens of Houthi fighters killed in Yemen's Al Dhalea province",
    'Hadramout21 (The National, SPA)',
    'https://www.hadramout21.com/2019/08/07/169078/',
    '2019-08-07',
    'C',
    3,
  ),
  jpostSep20: source(
    'Saudi-Led coalition launches military operation north of Hodeidah in Yemen',
    'The Jerusalem Post (Reuters)',
    'https://www.jpost.com/Breaking-News/Saudi-Led-coalition-launches-military-operation-north-of-Hodeidah-in-Yemen-602324',
    '2019-09-20',
    'B',
    2,
  ),
  algemeinerSep20: source(
    "Yemeni Houthis Accuse Saudi-Led Coalition of 'Dangerous Escalation'",
    'The Algemeiner (Reuters)',
    'https://www.algemeiner.com/2019/09/20/yemeni-houthis-accuse-saudi-led-coalition-of-dangerous-escalation/',
    '2019-09-20',
    'B',
    2,
  ),
  chinaplusSep30: source(
    "Yemen's Houthis release 290 prisoners: ICRC",
    'China Plus (Xinhua)',
    'https://chinaplus.cri.cn/news/world/10/20190930/360736.html',
    '2019-09-30',
    'B',
    1,
  ),
  aawsatOct20: source(
    'Exclusive - First Joint Deployment to Reinforce Hodeidah Ceasefire',
    'Asharq Al-Awsat',
    'https://aawsat.com/english/home/article/1953451/exclusive-first-joint-deployment-reinforce-hodeidah-ceasefire',
    '2019-10-20',
    'B',
    2,
  ),
  trtOct23: source(
    'Yemeni warring parties set up joint ceasefire observation posts in Hudaida',
    'TRT World (Reuters)',
    'https://www.trtworld.com/article/12729676',
    '2019-10-23',
    'B',
    1,
  ),
  hurriyetDec15: source(
    'Nine Houthis killed in attack against Yemeni govt forces',
    'Hürriyet Daily News (Anadolu Agency)',
    'http://www.hurriyetdailynews.com/nine-houthis-killed-in-attack-against-yemeni-govt-forces-149858',
    '2019-12-15',
    'B',
    3,
  ),
} as const;

const R = { geneva: 'geneva-2018-09', stockholm: 'stockholm-2018-12' } as const;
const CF = {
  pause: 'coalition-pause-2018-06',
  halt: 'coalition-halt-2018-11',
  hodeidah: 'hodeidah-ceasefire-2018-12',
} as const;
const O = {
  stockholm: 'stockholm-agreement-2018-12-13',
  dec18: 'hodeidah-truce-first-night-2018-12-18',
  dec20: 'hodeidah-shelling-2018-12-20',
  sep20: 'coalition-strikes-north-hodeidah-2019-09-20',
  dec15: 'durayhimi-attack-2019-12-15',
} as const;

const events = [
  // --- Operation Golden Victory (June 2018) ---
  ev(
    'NegotiationOpened',
    'opened',
    when('2018-06-13'),
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Yemen: the government – the Houthis, 2018–19 (Hodeidah and the Stockholm Agreement)',
      subject:
        "The war between Yemen's internationally recognised government (with the Saudi-led coalition and the UAE-backed forces) and the Houthis over Hodeidah and its ports: the coalition's offensives, the UN envoy's efforts to avert an assault, the Geneva consultations, the Stockholm Agreement (the Hodeidah ceasefire and redeployment, the prisoner exchange, the Taiz understanding) and its implementation.",
      parties: [GOVERNMENT, HOUTHIS],
      mediators: [UN],
    },
    [S.sputnikJun13],
  ),
  ev('ActorRegistered', 'actor-uae', when('2018-06-13'), { actor: UAE, role: 'third-party' }, [S.apJul1], {
    note: 'The UAE leads the coalition on the west coast and speaks for the coalition on the pause.',
  }),
  ev(
    'StatementMade',
    'stmt-gov-jun13',
    when('2018-06-13'),
    {
      speaker: GOVERNMENT_STATEMENT,
      audience: 'houthis',
      tone: 'military-threat',
      summary:
        'The government says it has exhausted all peaceful and political means to remove the Houthi militia from the port of Hodeidah; the battle is a milestone in the struggle to take Yemen back.',
      quote: 'has exhausted all peaceful and political means to remove the Houthi militia from the port of Hodeida',
    },
    [S.shanaJun14],
  ),
  ev(
    'IncidentReported',
    'inc-golden-victory',
    when('2018-06-13'),
    {
      incidentId: 'golden-victory-2018-06-13',
      kind: 'clash',
      perpetrator: 'yemen-government',
      against: 'houthis',
      place: 'Hodeidah',
      scale: 'major',
      description:
        'Operation Golden Victory: government forces backed by the Saudi-led coalition launch "a full-scale offensive to seize Hodeidah"; Arab warplanes and warships pound Houthi fortifications south of the port in support of the ground troops.',
    },
    [S.sputnikJun13, S.shanaJun14],
  ),
  ev(
    'IncidentReported',
    'inc-airport-entrance',
    when('2018-06-15'),
    {
      incidentId: 'hodeidah-airport-entrance-2018-06-15',
      kind: 'clash',
      perpetrator: 'yemen-government',
      against: 'houthis',
      place: 'Hodeidah',
      description:
        'Coalition-backed forces wrest control of the entrance to Hodeidah airport from the Houthis (three sources, two anti-Houthi military officials).',
    },
    [S.reutersJun15],
  ),
  ev(
    'IncidentReported',
    'inc-airport-seized',
    when('2018-06-20'),
    {
      incidentId: 'hodeidah-airport-2018-06-20',
      kind: 'clash',
      perpetrator: 'yemen-government',
      against: 'houthis',
      place: 'Hodeidah',
      description:
        'The coalition says it has seized Hodeidah airport and is "destroying Houthi fortifications near the airport"; residents say the clashes at the airport have abated but coalition warplanes bomb Houthi positions.',
    },
    [S.ndtvJun20],
  ),
  ev(
    'CeasefireDeclared',
    'cf-pause',
    when('2018-06-23'),
    {
      ceasefireId: CF.pause,
      parties: ['yemen-government'],
      scope: "The coalition's advance on Hodeidah city and port",
      coverage: 'partial',
      duration: 'temporary',
    },
    [S.apJul1, S.timesofomanJul1],
    {
      note: 'Unilateral: the coalition "paused the advance on the city & port on June 23 for a week" to let the UN envoy seek an unconditional Houthi withdrawal; acknowledged by Gargash on 1 July ("the frontlines have been quiet in the past week").',
    },
  ),
  ev(
    'StatementMade',
    'stmt-gargash-jul1',
    when('2018-07-01'),
    {
      speaker: GARGASH,
      audience: 'un',
      tone: 'conciliatory',
      summary:
        "The UAE welcomes the UN envoy's efforts to secure an unconditional Houthi withdrawal from Hodeidah and says the coalition has paused its campaign to let that option be explored, keeping the pressure on.",
      quote:
        'We have paused our campaign to allow enough time for this option to be fully explored. We hope he will succeed.',
    },
    [S.apJul1, S.timesofomanJul1],
  ),
  // --- Geneva (September 2018) ---
  ev(
    'TalksRoundScheduled',
    'round-geneva-scheduled',
    when('2018-08-02', 'approximate'),
    {
      roundId: R.geneva,
      label: 'Geneva consultations',
      format: 'informal',
      venue: 'Palais des Nations, Geneva',
      hosts: ['un'],
      plannedFor: '2018-09-06',
    },
    [S.elremixAug5, S.irandailySep8],
    {
      note: 'Griffiths told the Security Council in early August that he would convene the parties in Geneva; the talks were to open on Thursday 6 September.',
    },
  ),
  ev(
    'TalksRoundOpened',
    'round-geneva-opened',
    when('2018-09-06'),
    {
      roundId: R.geneva,
      delegations: [{ actorId: 'yemen-government', head: YAMANI }],
    },
    [S.arabnewsSep7, S.reutersSep7],
    {
      note: 'Griffiths began consultations with the government delegation on Thursday; the Houthi delegation stayed in Sanaa, asking that its plane not be inspected by the coalition and that wounded fighters be flown to Oman.',
    },
  ),
  ev(
    'StatementMade',
    'stmt-yamani-sep6',
    when('2018-09-06'),
    {
      speaker: YAMANI,
      audience: 'houthis',
      tone: 'critical',
      summary:
        'The government is in Geneva and the Houthis are not coming: they are committing a huge mistake by not engaging seriously; the delegation will not stay indefinitely.',
      quote:
        'We are here, the Houthis are not accepting to come ... We think that they are committing a huge mistake by not engaging seriously in these peace talks',
    },
    [S.reutersSep7],
  ),
  ev(
    'IncidentReported',
    'inc-resumed-sep7',
    when('2018-09-07'),
    {
      incidentId: 'hodeidah-operations-resume-2018-09-07',
      kind: 'shelling',
      perpetrator: 'yemen-government',
      against: 'houthis',
      place: 'Hodeidah',
      description:
        'Coalition-backed anti-Houthi forces resume military operations outside Hodeidah; several locations in the city are shelled (ACLED).',
    },
    [S.reliefwebSep12],
  ),
  ev(
    'CeasefireEnded',
    'cf-pause-ended',
    when('2018-09-07'),
    {
      ceasefireId: CF.pause,
      reason: 'collapsed',
      summary: "The coalition's pause on Hodeidah ends as operations resume outside the city.",
    },
    [S.reliefwebSep12, S.japantimesSep10],
  ),
  ev(
    'TalksRoundConcluded',
    'round-geneva-concluded',
    when('2018-09-08'),
    {
      roundId: R.geneva,
      outcome: 'collapsed',
      summary:
        'Griffiths gives up after three days of waiting: the Houthi delegation never left Sanaa. He says they wanted to come and the UN did not make the conditions right; the government says the envoy is giving the Houthis excuses.',
      nextSteps: 'Griffiths to meet the Houthi leadership in Sanaa and Muscat.',
    },
    [S.aljazeeraSep8, S.irandailySep8],
  ),
  ev(
    'StatementMade',
    'stmt-kamaly-sep8',
    when('2018-09-08'),
    {
      speaker: KAMALY,
      audience: 'houthis',
      tone: 'accusation',
      summary: "The Houthis' absence shows they are against peace.",
    },
    [S.cgtnSep11],
  ),
  ev(
    'IncidentReported',
    'inc-hodeidah-sep9',
    when('2018-09-09'),
    {
      incidentId: 'hodeidah-clashes-2018-09-09',
      kind: 'clash',
      perpetrator: 'yemen-government',
      against: 'houthis',
      place: 'Hodeidah',
      fatalities: { min: 84, max: 84 },
      injured: { min: 17, max: 17 },
      description:
        'Clashes and air strikes around Hodeidah since the talks were abandoned on Saturday: 11 soldiers and 73 Houthi fighters killed (hospital sources), dozens of rebels and at least 17 soldiers wounded.',
    },
    [S.japantimesSep10],
  ),
  ev(
    'IncidentReported',
    'inc-hodeidah-sep12',
    when('2018-09-12'),
    {
      incidentId: 'hodeidah-offensive-renewed-2018-09-12',
      kind: 'clash',
      perpetrator: 'yemen-government',
      against: 'houthis',
      place: 'Hodeidah',
      scale: 'major',
      description:
        'Heavy fighting on the outskirts of Hodeidah and coalition air strikes near its eastern gate: "This is a renewal of the offensive to take Hodeidah," a senior Yemeni coalition source says. The Houthis say they attacked coalition-backed forces on the west coast.',
    },
    [S.reutersSep12],
  ),
  ev(
    'IncidentReported',
    'inc-kilo16-sep13',
    when('2018-09-13'),
    {
      incidentId: 'hodeidah-sanaa-road-2018-09-13',
      kind: 'clash',
      perpetrator: 'yemen-government',
      against: 'houthis',
      place: 'Hodeidah',
      description:
        'Coalition-backed forces seize the main road linking Hodeidah to Sanaa (Kilo 16); fighting goes on in side streets; the UN humanitarian coordinator speaks of bombardment, shelling and air strikes.',
    },
    [S.thenewsSep14],
  ),
  // --- The renewed push on Hodeidah and its halt (November 2018) ---
  ev(
    'IncidentReported',
    'inc-vast-offensive',
    when('2018-11-09'),
    {
      incidentId: 'hodeidah-vast-offensive-2018-11-09',
      kind: 'clash',
      perpetrator: 'yemen-government',
      against: 'houthis',
      place: 'Hodeidah',
      scale: 'major',
      description:
        'The government announces a "vast offensive" to take full control of Hodeidah: its forces advance on the north and west of the city "from all fronts" with the coalition\'s support; "fierce battles are taking place". Pro-government forces take the May 22 hospital.',
    },
    [S.yenisafakNov9, S.bssNov10],
  ),
  ev(
    'IncidentReported',
    'inc-street-battles-nov11',
    when('2018-11-11'),
    {
      incidentId: 'hodeidah-street-battles-2018-11-11',
      kind: 'clash',
      perpetrator: 'yemen-government',
      against: 'houthis',
      place: 'Hodeidah',
      fatalities: { min: 140, max: 147 },
      civilianFatalities: { min: 7, max: 7 },
      description:
        'Street battles around the university, al-Thawra and May 22 hospitals, with coalition air strikes and Apache helicopters; the joint forces claim 140 Houthi fighters killed in 24 hours; residents saw the bodies of seven civilians.',
    },
    [S.japantimesNov12, graded(S.sharjahNov12, 3), S.nextnewsNov13],
  ),
  ev(
    'CeasefireDeclared',
    'cf-halt',
    when('2018-11-14T19:00:00Z'),
    {
      ceasefireId: CF.halt,
      parties: ['yemen-government'],
      scope: 'The offensive on Hodeidah city',
      coverage: 'partial',
      duration: 'temporary',
    },
    [S.guardianNov15, S.reutersNov15],
    {
      note: 'Unilateral: Yemeni military officials say the coalition-backed forces were ordered on Wednesday night to halt the assault until further notice, and would resume it if the Houthis attacked.',
    },
  ),
  ev(
    'StatementMade',
    'stmt-hadi-nov15',
    when('2018-11-15'),
    {
      speaker: HADI_SPOKESMAN,
      audience: 'houthis',
      tone: 'military-threat',
      summary: "Hadi backs the UN's proposed talks but vows to 'liberate' Hodeidah regardless of the peace process.",
      quote: 'The battle of the Yemeni people to liberate Hodeidah is inevitable, whether through peace or war',
    },
    [S.meeNov15],
  ),
  ev(
    'StatementMade',
    'stmt-houthi-halt-nov18',
    when('2018-11-18'),
    {
      speaker: MOHAMMED_ALI_HOUTHI,
      audience: 'yemen-government',
      tone: 'conciliatory',
      summary:
        "At the UN envoy's request the Houthis halt their missile and drone attacks on Saudi Arabia, the UAE and their allies in Yemen.",
    },
    [S.euronewsJan10],
  ),
  // --- Stockholm (December 2018) ---
  ev(
    'TalksRoundOpened',
    'round-stockholm-opened',
    when('2018-12-06'),
    {
      roundId: R.stockholm,
      label: 'Stockholm consultations',
      format: 'formal',
      venue: 'Johannesberg Castle, Rimbo, Sweden',
      hosts: ['un'],
      delegations: [
        { actorId: 'yemen-government', head: YAMANI },
        { actorId: 'houthis', head: ABDULSALAM },
      ],
    },
    [S.nationalDec6, S.radiopakDec6, S.arkansasDec10],
  ),
  ev(
    'AgreementReached',
    'agr-prisoners',
    when('2018-12-06'),
    {
      agreementId: 'prisoner-exchange-2018',
      kind: 'partial',
      provisions: [
        'The exchange of prisoners, detainees, the missing, the forcibly detained and those under house arrest, overseen by the ICRC',
      ],
      signatories: ['yemen-government', 'houthis'],
      textPublic: false,
      roundId: R.stockholm,
    },
    [S.nationalDec6, S.thenewsDec5],
    {
      note: 'Struck by Griffiths in Sanaa on 4 December and signed as the talks opened; the lists of some 15,000 names were exchanged on 11 December.',
    },
  ),
  ev(
    'TalksRoundConcluded',
    'round-stockholm-concluded',
    when('2018-12-13'),
    {
      roundId: R.stockholm,
      outcome: 'agreement',
      summary:
        'The Stockholm Agreement: the Hodeidah agreement, an executive mechanism on the prisoner exchange and a statement of understanding on Taiz.',
      nextSteps: 'Consultations to resume in January 2019.',
    },
    [S.arabweeklyDec21, S.arabnewsDec22],
    { occurrence: O.stockholm },
  ),
  ev(
    'AgreementReached',
    'agr-stockholm',
    when('2018-12-13'),
    {
      agreementId: 'stockholm-agreement',
      kind: 'partial',
      provisions: [
        'An immediate ceasefire in the city of Hodeidah, the ports of Hodeidah, Salif and Ras Issa and the governorate',
        'A mutual redeployment of forces from the city and the three ports to agreed locations outside them, within 21 days of the ceasefire, under a UN-chaired Redeployment Coordination Committee',
        'An executive mechanism activating the prisoner exchange agreement',
        'A statement of understanding on Taiz: a joint committee to open humanitarian corridors and reduce violence',
      ],
      signatories: ['yemen-government', 'houthis'],
      textPublic: true,
      roundId: R.stockholm,
    },
    [S.arabweeklyDec21, S.arabnewsDec22],
    { occurrence: O.stockholm },
  ),
  ev(
    'CeasefireDeclared',
    'cf-hodeidah',
    when('2018-12-17T21:00:00Z'),
    {
      ceasefireId: CF.hodeidah,
      parties: ['yemen-government', 'houthis'],
      scope: 'The city of Hodeidah, the ports of Hodeidah, Salif and Ras Issa, and Hodeidah governorate',
      coverage: 'partial',
      duration: 'indefinite',
      mediatedBy: ['un'],
    },
    [S.alarabyDec18, S.newarabDec19],
    { note: 'In force at midnight local time on 18 December; calm in the city from about 3am after sporadic clashes.' },
  ),
  ev(
    'CeasefireEnded',
    'cf-halt-superseded',
    when('2018-12-17T21:00:00Z'),
    {
      ceasefireId: CF.halt,
      reason: 'superseded',
      summary: "The coalition's halt on Hodeidah gives way to the Hodeidah ceasefire of the Stockholm Agreement.",
    },
    [S.alarabyDec18],
  ),
  ev(
    'CeasefireViolationReported',
    'cfv-houthis-dec18',
    when('2018-12-18'),
    {
      ceasefireId: CF.hodeidah,
      allegedBy: 'houthis',
      against: 'yemen-government',
      description:
        "Houthi-run al-Masirah TV: coalition shelling hit several sites in Hodeidah, some east of the airport, on the truce's first day.",
    },
    [S.newarabDec19],
    { occurrence: O.dec18 },
  ),
  ev(
    'CeasefireViolationReported',
    'cfv-gov-dec18',
    when('2018-12-18'),
    {
      ceasefireId: CF.hodeidah,
      allegedBy: 'yemen-government',
      against: 'houthis',
      description:
        'Pro-government sources (WAM): the Houthis fired mortar bombs and rockets at the May 22 hospital in the eastern suburbs.',
    },
    [S.newarabDec19],
    { occurrence: O.dec18 },
  ),
  ev(
    'IncidentReported',
    'inc-sanaa-airbase-dec19',
    when('2018-12-19'),
    {
      incidentId: 'sanaa-airbase-strike-2018-12-19',
      kind: 'airstrike',
      perpetrator: 'yemen-government',
      against: 'houthis',
      place: 'Sanaa airport',
      description:
        'The coalition bombs a Houthi air base next to Sanaa airport, destroying a rocket launcher and a drone, "as a local cease-fire held around" Hodeidah.',
    },
    [S.alarabiyaDec19],
  ),
  ev(
    'IncidentReported',
    'inc-shelling-dec20',
    when('2018-12-20'),
    {
      incidentId: 'hodeidah-shelling-2018-12-20',
      kind: 'shelling',
      perpetrator: 'houthis',
      allegedBy: 'yemen-government',
      against: 'yemen-government',
      place: 'Hodeidah',
      fatalities: { min: 4, max: 4 },
      injured: { min: 14, max: 16 },
      description:
        'Military sources: Houthi artillery, mortars and Katyusha rockets hit Giants Brigades positions in the mills area east of Hodeidah and at Kilo 16, killing four soldiers.',
    },
    [S.nationalDec21],
    { occurrence: O.dec20 },
  ),
  ev(
    'CeasefireViolationReported',
    'cfv-gov-dec20',
    when('2018-12-20'),
    {
      ceasefireId: CF.hodeidah,
      allegedBy: 'yemen-government',
      against: 'houthis',
      casualties: { min: 4, max: 4 },
      injured: { min: 14, max: 16 },
      description:
        'The Giants Brigades log 89 Houthi violations across the Hodeidah fronts; four soldiers killed by shelling on the 20th.',
    },
    [S.nationalDec21, S.arabweeklyDec21],
    { occurrence: O.dec20 },
  ),
  ev(
    'IncidentReported',
    'inc-dhalea-dec21',
    when('2018-12-21'),
    {
      incidentId: 'dhalea-2018-12-21',
      kind: 'clash',
      perpetrator: 'houthis',
      allegedBy: 'yemen-government',
      against: 'yemen-government',
      place: 'al-Dhalea',
      fatalities: { min: 18, max: 18 },
      injured: { min: 12, max: 12 },
      description:
        "The government's news agency: an attempted Houthi offensive in al-Dhalea province is foiled, 18 Houthis killed and 12 wounded.",
    },
    [S.antiwarDec21],
  ),
  ev(
    'CeasefireViolationReported',
    'cfv-coalition-dec22',
    when('2018-12-22'),
    {
      ceasefireId: CF.hodeidah,
      allegedBy: 'yemen-government',
      against: 'houthis',
      description:
        'The coalition: at least 14 Houthi breaches in 24 hours in ad-Durayhimi, al-Tuhayta and al-Hali, with mortars, RPGs, Katyushas and ballistic missiles.',
    },
    [S.arabnewsDec22],
  ),
  ev(
    'MediationAction',
    'med-cammaert-dec23',
    when('2018-12-23'),
    {
      mediator: 'un',
      action: 'visited',
      summary:
        'Patrick Cammaert, chair of the Redeployment Coordination Committee, reaches Hodeidah from Sanaa and Aden, calls on both sides to respect the truce, and convenes the committee for the 26th.',
    },
    [S.aljazeeraDec24],
  ),
  ev(
    'CeasefireViolationReported',
    'cfv-coalition-jan4',
    when('2019-01-04'),
    {
      ceasefireId: CF.hodeidah,
      allegedBy: 'yemen-government',
      against: 'houthis',
      description:
        'The coalition: 14 Houthi violations in 24 hours in al-Tuhayta, Hays, al-Faza, al-Jabaliya and al-Jah, after 20 the day before.',
    },
    [S.sepnetJan4],
  ),
  // --- 2019: the truce, the fronts elsewhere ---
  ev(
    'IncidentReported',
    'inc-al-anad-jan10',
    when('2019-01-10'),
    {
      incidentId: 'al-anad-drone-2019-01-10',
      kind: 'drone-strike',
      perpetrator: 'houthis',
      against: 'yemen-government',
      place: 'al-Anad air base, Lahj',
      fatalities: { min: 5, max: 6 },
      injured: { min: 12, max: 25 },
      description:
        "A Houthi drone explodes over the podium of a government military parade at al-Anad; the chief of staff, his deputy and the head of military intelligence among the wounded. The Houthis claim it, against 'the leadership of the invaders'.",
    },
    [S.euronewsJan10, S.bdnewsJan11],
  ),
  ev(
    'CeasefireViolationReported',
    'cfv-convoy-jan17',
    when('2019-01-17'),
    {
      ceasefireId: CF.hodeidah,
      allegedBy: 'yemen-government',
      against: 'houthis',
      description:
        "A UN armoured vehicle of Cammaert's team is hit by one round of small-arms fire in eastern Hodeidah; the UN does not know the source; the government's spokesman Rajih Badi blames the Houthis. No one hurt.",
    },
    [S.nationalJan17, S.aijesJan17],
  ),
  ev(
    'AgreementReached',
    'agr-phase1',
    when('2019-02-17'),
    {
      agreementId: 'hodeidah-redeployment-phase-1',
      kind: 'partial',
      provisions: [
        'Phase 1 of the mutual redeployment: the Houthis from the ports of Hodeidah, Salif and Ras Issa and parts of the city with humanitarian facilities; coalition forces from the eastern outskirts',
        'Phase 2 agreed in principle, pending consultations within each leadership',
      ],
      signatories: ['yemen-government', 'houthis'],
      textPublic: false,
    },
    [S.globaltimesFeb18],
    {
      note: "Two days of talks in Hodeidah under the committee's new chair, Lt Gen Michael Lollesgaard; no date for the pullback.",
    },
  ),
  ev(
    'CeasefireViolationReported',
    'cfv-gov-feb24',
    when('2019-02-24'),
    {
      ceasefireId: CF.hodeidah,
      allegedBy: 'yemen-government',
      against: 'houthis',
      description:
        "The government's outlet: Houthi shelling of homes in al-Tuhayta and Hays, which it says killed and wounded civilians (no number given), and mortar fire on army positions east and north of Hodeidah city.",
    },
    [S.sepnetFeb24],
  ),
  ev(
    'IncidentReported',
    'inc-dhalea-mar28',
    when('2019-03-28'),
    {
      incidentId: 'dhalea-muris-2019-03-28',
      kind: 'clash',
      perpetrator: 'yemen-government',
      allegedBy: 'yemen-government',
      against: 'houthis',
      place: 'al-Dhalea',
      fatalities: { min: 30, max: 30 },
      injured: { min: 10, max: 10 },
      description:
        'The Defence Ministry: government forces attack the Houthis in Muris district of al-Dhalea, killing 30 of them, a field commander among them, and wounding over 10.',
    },
    [S.yemenwatchMar30],
  ),
  ev(
    'StatementMade',
    'stmt-rcc-may10',
    when('2019-05-10'),
    {
      speaker: LOLLESGAARD,
      audience: 'houthis',
      tone: 'conciliatory',
      summary:
        "The committee welcomes the Houthis' offer of an initial unilateral redeployment from the ports of Hodeidah, Salif and Ras Issa, 11–14 May, to be monitored by UNMHA, and asks both parties to deliver on their obligations.",
    },
    [S.alarabiyaMay10],
  ),
  ev(
    'IncidentReported',
    'inc-houthi-redeployment',
    when('2019-05-11'),
    {
      incidentId: 'houthi-redeployment-ports-2019-05-11',
      kind: 'withdrawal',
      perpetrator: 'houthis',
      against: 'yemen-government',
      place: 'Hodeidah ports (Hodeidah, Salif, Ras Issa)',
      description:
        'The Houthis begin their unilateral redeployment from Salif and Ras Issa, then Hodeidah port, under UN teams; the coast guard takes over security. The UN monitors all three ports; formal verification on 14 May.',
    },
    [S.irishtimesMay11, S.feMay14],
  ),
  ev(
    'StatementMade',
    'stmt-iryani-may12',
    when('2019-05-12'),
    {
      speaker: IRYANI,
      audience: 'houthis',
      tone: 'accusation',
      summary:
        'The government dismisses the redeployment as a "show" and a "policy of deception": Houthi fighters merely put on coast guard and police uniforms.',
      quote: "It's an attempt to disinform the global community",
    },
    [S.mmaringMay14],
  ),
  ev(
    'IncidentReported',
    'inc-dhalea-may21',
    when('2019-05-21'),
    {
      incidentId: 'dhalea-qataba-2019-05-21',
      kind: 'clash',
      perpetrator: 'houthis',
      against: 'yemen-government',
      place: 'al-Dhalea',
      fatalities: { min: 16, max: 16 },
      description:
        'Intense fighting around Qataba as Houthi reinforcements try to retake positions; coalition air strikes on them; a commander says about six soldiers and ten Houthi fighters were killed; the Houthis take sites in al-Azariq.',
    },
    [S.xinhuaMay21],
  ),
  ev(
    'IncidentReported',
    'inc-dhalea-aug7',
    when('2019-08-07'),
    {
      incidentId: 'dhalea-muris-2019-08-07',
      kind: 'clash',
      perpetrator: 'houthis',
      allegedBy: 'yemen-government',
      against: 'yemen-government',
      place: 'al-Dhalea',
      fatalities: { min: 20, max: 20 },
      injured: { min: 30, max: 30 },
      description:
        'Saudi state news agency: over 20 Houthi fighters killed and 30 wounded trying to infiltrate army posts in Muris, north al-Dhalea.',
    },
    [S.hadramoutAug7],
  ),
  ev(
    'IncidentReported',
    'inc-coalition-north-hodeidah',
    when('2019-09-20'),
    {
      incidentId: 'coalition-north-hodeidah-2019-09-20',
      kind: 'airstrike',
      perpetrator: 'yemen-government',
      against: 'houthis',
      place: 'Hodeidah',
      description:
        'The coalition launches a military operation north of Hodeidah against "legitimate military targets": four sites it says were used to assemble remote-controlled boats and sea mines.',
    },
    [S.jpostSep20, S.algemeinerSep20],
    { occurrence: O.sep20 },
  ),
  ev(
    'CeasefireViolationReported',
    'cfv-houthis-sep20',
    when('2019-09-20'),
    {
      ceasefireId: CF.hodeidah,
      allegedBy: 'houthis',
      against: 'yemen-government',
      description:
        'Abdulsalam: "The concentrated raids on Hodeidah constitute a dangerous escalation that could blow up the Sweden agreement"; the coalition will bear the responsibility.',
    },
    [S.algemeinerSep20],
    { occurrence: O.sep20 },
  ),
  ev(
    'IncidentReported',
    'inc-release-sep30',
    when('2019-09-30'),
    {
      incidentId: 'houthi-release-2019-09-30',
      kind: 'release',
      perpetrator: 'houthis',
      against: 'yemen-government',
      place: 'Sanaa',
      description:
        'The Houthis release 290 detainees unilaterally (42 of them survivors of the strike on the Dhamar detention site), with the ICRC and the UN; Griffiths hopes it leads to the exchange agreed at Stockholm.',
    },
    [S.chinaplusSep30],
  ),
  ev(
    'AgreementReached',
    'agr-observation-posts',
    when('2019-10-22'),
    {
      agreementId: 'hodeidah-observation-posts',
      kind: 'partial',
      provisions: [
        'Four joint observation posts on the front lines in Hodeidah city, manned by liaison officers of both parties with UN observers, to de-escalate directly between them',
      ],
      signatories: ['yemen-government', 'houthis'],
      textPublic: false,
    },
    [S.trtOct23, S.aawsatOct20],
    {
      note: "The first post was set up on 19 October at Khamiri; the parties finalised written agreements for the four by the 22nd, announced by UNMHA's head, Abhijit Guha.",
    },
  ),
  ev(
    'IncidentReported',
    'inc-durayhimi-dec15',
    when('2019-12-15'),
    {
      incidentId: 'durayhimi-2019-12-15',
      kind: 'clash',
      perpetrator: 'houthis',
      allegedBy: 'yemen-government',
      against: 'yemen-government',
      place: 'ad-Durayhimi',
      fatalities: { min: 9, max: 9 },
      injured: { min: 17, max: 17 },
      description:
        'The Joint Forces on the west coast: a Houthi attack on government forces in ad-Durayhimi district, south of Hodeidah, repelled; nine Houthis killed, 17 wounded.',
    },
    [S.hurriyetDec15],
    { occurrence: O.dec15 },
  ),
  ev(
    'CeasefireViolationReported',
    'cfv-gov-dec15',
    when('2019-12-15'),
    {
      ceasefireId: CF.hodeidah,
      allegedBy: 'yemen-government',
      against: 'houthis',
      casualties: { min: 9, max: 9 },
      injured: { min: 17, max: 17 },
      description: 'The attack in ad-Durayhimi, inside the governorate the Hodeidah ceasefire covers.',
    },
    [S.hurriyetDec15],
    { occurrence: O.dec15 },
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'yemen-houthis-2018.jsonl',
  logEnd: '2026-12-06T12:00:00Z',
  events,
};

export default definition;
