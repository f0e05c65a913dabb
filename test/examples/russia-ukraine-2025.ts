/**
 * A test fixture, not a shipped example: the 2025 Russia – Ukraine talks as
 * an analyst following the news could have recorded them, from the US –
 * Ukraine talks in Jeddah (11 March) to the Geneva talks on the 28-point plan
 * (23 November). Escalation model v2 was never tuned on it: it is the case the
 * model is held to in russia-ukraine-2025.spec.ts, against the calls an
 * analyst makes from DOMAIN.md §5b alone.
 *
 * What it tests that the first three cases did not: talks held while a war
 * goes on every day. Rounds, a prisoner exchange and a summit sit beside
 * barrages of hundreds of drones and missiles; the truces are partial (the
 * 30-day moratorium on strikes on energy infrastructure) or declared by one
 * side (Easter, Victory Day); the mediator's ultimatum (Trump's 50 days, then
 * 8 August) and its sanctions (Rosneft, Lukoil) are aimed at one party; the
 * 28-point plan comes with a deadline the mediator sets the other. The
 * negotiation's parties are Russia and Ukraine; the United States, Saudi
 * Arabia (host of Jeddah and Riyadh) and Türkiye (Istanbul) mediate; the
 * European Union is a third party.
 *
 * The war itself is not recorded day by day: an analyst following the talks
 * records the strikes the news reports, with their place and toll. A barrage
 * that hits several cities is recorded place by place as the sources report
 * it (one incident per city or region, as the US strikes on three Iranian
 * sites are in us-iran-2025.ts): each is armed action in a place of its own.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source.
 *
 * Where a stored copy of a page showed no date, the published date given is
 * the one its text reports the events of (the law firms' notes on the
 * sanctions, 22–23 October).
 *
 * Grading as in examples/README.md: B = established outlet or wire copy, C =
 * smaller outlet, aggregator or mirror; 1 = an on-record statement or act
 * confirmed by the actor itself; 2 = several outlets agree or one established
 * outlet reports it; 3 = one side's unverified claim about the other.
 *
 * Judgement calls, recorded as an analyst would:
 * - The energy moratorium (18 March) is a ceasefire of limited scope: both
 *   parties bound (Putin ordered it on the 18th; Ukraine says it stopped its
 *   strikes on Russian energy the same day), the United States brokering it,
 *   for 30 days. Its scope says what it covers; the strikes on cities that
 *   went on are recorded as incidents, not as violations of it; the
 *   accusations of strikes on energy sites are its alleged violations.
 * - The Easter truce (19–20 April) was declared by Russia; Ukraine said it
 *   would mirror it and, TASS reports, consented: both are recorded as bound.
 *   The Victory Day truce (8–10 May) Ukraine rejected: Russia alone is bound.
 * - Trump's 50-day ultimatum (14 July) was shortened on 28–29 July to ten
 *   days (8 August): the first is recorded withdrawn, a second issued. After
 *   the Alaska summit Trump said he no longer had to think about the
 *   consequences: withdrawn too.
 * - The sanctions on Rosneft and Lukoil are recorded as what the Treasury
 *   said with them (a threat of further action, CAMEO 163: sanctions
 *   imposed), from the United States to Russia.
 * - The 28-point plan with Trump's deadline of 27 November to accept it is an
 *   ultimatum from the mediator to Ukraine.
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'russia-ukraine-talks-2025';
const { ev, at } = caseKit(NEGOTIATION_ID, 'test-analyst', 2025);

const RUSSIA: Actor = {
  id: 'russia',
  name: 'Russia',
  kind: 'state',
  aliases: ['Russian Federation', 'Moscow', 'Kremlin'],
};
const UKRAINE: Actor = { id: 'ukraine', name: 'Ukraine', kind: 'state', aliases: ['Kyiv'] };
const USA: Actor = { id: 'united-states', name: 'United States', kind: 'state', aliases: ['US', 'Washington'] };
const SAUDI: Actor = { id: 'saudi-arabia', name: 'Saudi Arabia', kind: 'state', aliases: ['Riyadh', 'Jeddah'] };
const TURKIYE: Actor = { id: 'turkiye', name: 'Türkiye', kind: 'state', aliases: ['Turkey', 'Ankara'] };
const EU: Actor = {
  id: 'european-union',
  name: 'European Union',
  kind: 'international-organisation',
  aliases: ['EU', 'European Commission'],
};

const ZELENSKY: Person = { name: 'Volodymyr Zelensky', title: 'President of Ukraine', actorId: 'ukraine' };
const SYBIHA: Person = { name: 'Andrii Sybiha', title: 'Foreign Minister of Ukraine', actorId: 'ukraine' };
const UMEROV: Person = { name: 'Rustem Umerov', title: 'Head of the Ukrainian delegation', actorId: 'ukraine' };
const YERMAK: Person = {
  name: 'Andriy Yermak',
  title: 'Head of the Office of the President of Ukraine',
  actorId: 'ukraine',
};
const PUTIN: Person = { name: 'Vladimir Putin', title: 'President of Russia', actorId: 'russia' };
const MEDINSKY: Person = { name: 'Vladimir Medinsky', title: 'Head of the Russian delegation', actorId: 'russia' };
const KARASIN: Person = {
  name: 'Grigory Karasin',
  title: 'Head of the Russian delegation in Riyadh',
  actorId: 'russia',
};
const TRUMP: Person = { name: 'Donald Trump', title: 'President of the United States', actorId: 'united-states' };
const RUBIO: Person = { name: 'Marco Rubio', title: 'US Secretary of State', actorId: 'united-states' };
const BESSENT: Person = { name: 'Scott Bessent', title: 'US Secretary of the Treasury', actorId: 'united-states' };
const KALLAS: Person = {
  name: 'Kaja Kallas',
  title: 'EU High Representative for Foreign Affairs',
  actorId: 'european-union',
};

const S = {
  interfaxMar11: source(
    'Ukraine ready to accept US proposal for immediate 30-day ceasefire on conditions of simultaneous implementation by Russia – joint statement',
    'Interfax-Ukraine',
    'https://en.interfax.com.ua/news/general/1054814.html',
    '2025-03-11',
    'B',
    1,
  ),
  cnnMar11: source(
    'Ukraine agrees to proposal for ceasefire with Russia as US restores aid and intel sharing',
    'KRDO (CNN)',
    'https://krdo.com/news/national-world/cnn-world/2025/03/11/ukraine-agrees-to-proposal-for-ceasefire-with-russia-as-us-restores-aid-and-intel-sharing/',
    '2025-03-11',
    'B',
    1,
  ),
  kiMar18: source(
    'Trump-Putin call: Russia agrees to 30-day pause of energy infrastructure strikes',
    'The Kyiv Independent',
    'https://kyivindependent.com/trump-putin-call-russia-agrees-to-30-day-pause-of-energy-infrastructure-strikes/',
    '2025-03-18',
    'B',
    1,
  ),
  turkiyeTodayMar18: source(
    'Trump and Putin agree to 30-day energy truce in Ukraine during phone call',
    'Türkiye Today',
    'https://turkiyetoday.com/?p=132959',
    '2025-03-18',
    'C',
    1,
  ),
  easternMar19: source(
    'Putin, Trump agree on energy strikes; ceasefire off table',
    'The Eastern Updates',
    'https://theeasternupdates.com/2025/03/19/putin-trump-agree-on-energy-strikes-ceasefire-off-table',
    '2025-03-19',
    'C',
    2,
  ),
  ligaMar24: source(
    'Russia launches missile strike on Sumy city center: 24 adults and four children injured',
    'LIGA.net',
    'https://news.liga.net/en/politics/news/russia-launches-missile-strike-on-sumy-city-center-24-adults-and-four-children-injured-videos',
    '2025-03-24',
    'B',
    2,
  ),
  kyivpostMar24: source(
    'Russian missile strike on Sumy city centre',
    'Kyiv Post',
    'https://www.kyivpost.com/post/49511',
    '2025-03-24',
    'B',
    2,
  ),
  kiMar25: source(
    'Updated: 1 killed, 117 injured in Russian attacks against Ukraine over past day',
    'The Kyiv Independent',
    'https://kyivindependent.com/attacks-136',
    '2025-03-25',
    'B',
    2,
  ),
  zerohedgeMar25: source(
    'Russia says Ukraine continually striking energy sites in violation of Trump agreement',
    'ZeroHedge (TASS)',
    'https://www.zerohedge.com/geopolitical/russia-says-ukraine-continually-striking-energy-sites-violation-trump-agreement',
    '2025-03-25',
    'C',
    3,
  ),
  trtMar25: source(
    'Russia, Ukraine agree to halt Black Sea military ops: US',
    'TRT World (AFP)',
    'https://www.trtworld.com/article/e4359faace10',
    '2025-03-25',
    'B',
    1,
  ),
  saudiGazetteMar26: source(
    'Agreement reached on safe navigation in the Black Sea as Riyadh talks conclude',
    'Saudi Gazette',
    'https://cdn.saudigazette.com.sa/article/650436/SAUDI-ARABIA/Agreement-reached-on-safe-navigation-in-the-Black-Sea-as-Riyadh-talks-conclude',
    '2025-03-26',
    'B',
    1,
  ),
  iriaMar26: source(
    'US brokers Black Sea ceasefire agreement between Russia and Ukraine following separate talks in Riyadh',
    'IR-IA',
    'https://ir-ia.com/news/us-brokers-black-sea-ceasefire-agreement-between-russia-and-ukraine-following-separate-talks-in-riyadh',
    '2025-03-26',
    'C',
    2,
  ),
  moscowTimesMar28: source(
    'Russian Army Accuses Ukraine of Attacking Sudzha Gas Metering Station',
    'The Moscow Times (AFP)',
    'https://www.themoscowtimes.com/2025/03/28/russian-army-accuses-ukraine-of-attacking-sudzha-gas-metering-station-a88520',
    '2025-03-28',
    'B',
    3,
  ),
  euromaidanApr4: source(
    "'Horrible bang, wild screams': Russian missile strike kills 16, including 6 children, near playground in Zelenskyy's hometown",
    'Euromaidan Press',
    'https://euromaidanpress.com/2025/04/04/horrible-bang-wild-screams-russian-missile-strike-kills-16-including-6-children-near-playground-in-zelenskyys-hometown/',
    '2025-04-04',
    'B',
    2,
  ),
  noviniteApr7: source(
    'Russian missile strike on Kryvyi Rih kills at least 18, including nine children',
    'Novinite',
    'https://www.novinite.com/view_news.php?id=231697',
    '2025-04-07',
    'C',
    2,
  ),
  newserApr13: source(
    'Condemnation follows strike on Ukrainian city',
    'Newser',
    'https://www.newser.com/story/367085/condemnation-follows-strike-on-ukrainian-city.html',
    '2025-04-13',
    'C',
    2,
  ),
  japantimesApr14: source(
    'Russian missile strike on Ukraine city of Sumy kills at least 34',
    'The Japan Times',
    'https://www.japantimes.co.jp/news/2025/04/14/world/ukraine-russia-sumy-attack/',
    '2025-04-14',
    'B',
    2,
  ),
  brecorderApr18: source(
    "Russian missile attack kills one, wounds 112 in Ukraine's Kharkiv, officials say",
    'Business Recorder (Reuters)',
    'https://www.brecorder.com/news/40358342/russian-missile-attack-kills-one-wounds-112-in-ukraines-kharkiv-officials-say',
    '2025-04-18',
    'B',
    2,
  ),
  devdiscourseApr18: source(
    'Kharkiv missile attack sparks civilian crisis amid fragile truce',
    'Devdiscourse (Reuters)',
    'https://www.devdiscourse.com/article/law-order/3350589-kharkiv-missile-attack-sparks-civilian-crisis-amid-fragile-truce',
    '2025-04-18',
    'C',
    2,
  ),
  politicoApr19: source(
    'Putin declares Easter truce to last until Monday',
    'Politico Europe',
    'https://www.politico.eu/article/putin-declares-easter-truce-to-last-until-monday/',
    '2025-04-19',
    'B',
    1,
  ),
  politicoApr20: source(
    'Putin violated his own Easter truce hundreds of times, Zelenskyy says',
    'Politico Europe',
    'https://www.politico.eu/article/putin-violating-easter-truce-zelenskyy-says/',
    '2025-04-20',
    'B',
    3,
  ),
  tassApr22: source(
    'Ukraine violating Easter truce shows Zelensky will undermine any peace initiatives',
    'TASS',
    'https://tass.com/politics/1947203',
    '2025-04-22',
    'B',
    3,
  ),
  menafnApr28: source(
    'Russia Declares Full Ceasefire In Ukraine From May 8 To 10 To Celebrate WWII Victory Day',
    'MENAFN',
    'https://menafn.com/1109480590/Russia-Declares-Full-Ceasefire-In-Ukraine-From-May-8-To-10-To-Celebrate-WWII-Victory-Day',
    '2025-04-28',
    'C',
    1,
  ),
  censorMay8: source(
    'Putin officially announced a truce for Victory Day',
    'Censor.net',
    'https://censor.net/en/news/3551019/putin-officially-announced-a-truce-for-victory-day',
    '2025-05-08',
    'C',
    1,
  ),
  kiMay15: source(
    'Russian attacks against Ukraine kill 5, injure 29 over past day',
    'The Kyiv Independent',
    'https://kyivindependent.com/nobot/russian-attacks-against-ukraine-7/',
    '2025-05-15',
    'B',
    2,
  ),
  kiMay16: source(
    'Ukraine war latest: Ukraine-Russia talks in Istanbul end, Moscow demands Kyiv withdraw from 4 regions, no ceasefire agreement',
    'The Kyiv Independent',
    'https://kyivindependent.com/nobot/ukraine-war-latest-78',
    '2025-05-16',
    'B',
    2,
  ),
  shineMay16: source(
    'Russia, Ukraine agree on large-scale POW swap, further talks in Istanbul',
    'Shanghai Daily (Xinhua)',
    'https://www.shine.cn/news/world/2505164726/',
    '2025-05-16',
    'B',
    1,
  ),
  unnMay16: source(
    'Meeting in Istanbul: how the negotiations between Ukraine and Russia ended and what to expect',
    'UNN',
    'https://unn.ua/en/news/meeting-in-istanbul-how-the-negotiations-between-ukraine-and-russia-ended-and-what-to-expect',
    '2025-05-16',
    'C',
    1,
  ),
  rferlMay25: source(
    'Ukraine, Russia prepare third day of prisoner swap amid drone attacks on capitals',
    'RFE/RL',
    'https://www.rferl.org/a/ukraine-russia-prisoner-swap-kyiv-drone-moscow/33423513.html',
    '2025-05-25',
    'B',
    1,
  ),
  republicMay25: source(
    'Hundreds of prisoners exchanged hours after Russia launches combined missile and drone attack on Kyiv',
    'Republic World (France 24)',
    'https://www.republicworld.com/world-news/hundreds-of-prisoners-exchanged-hours-after-russia-launches-combined-missile-and-drone-attack-on-kyiv',
    '2025-05-25',
    'C',
    2,
  ),
  politicoMay25: source(
    'Russian drones, missiles kill 12 across Ukraine amid prisoner swap',
    'Politico Europe',
    'https://www.politico.eu/article/volodymyr-zelenskyy-vladimir-putin-russia-ukraine-attack-drones-missiles/',
    '2025-05-25',
    'B',
    2,
  ),
  pravdaMay28: source(
    'Russia Announces Peace Memorandum Ahead of Istanbul Negotiations on June 2',
    'Pravda.ru',
    'https://english.pravda.ru/news/world/162482-russia-ukraine-negotiations-second-round/',
    '2025-05-28',
    'C',
    1,
  ),
  citizenJun1: source(
    'Ukraine drones hit 4 Russian airfields, 41 warplanes',
    'The Citizen (Nigeria)',
    'https://thecitizenng.com/ukraine-drones-hit-4-russian-airfields-41-warplanes/',
    '2025-06-01',
    'C',
    1,
  ),
  innJun1: source(
    "Ukraine launches 'Operation Spiderweb' on Russian bomber bases",
    'Israel National News',
    'https://www.israelnationalnews.com/news/409314',
    '2025-06-01',
    'C',
    2,
  ),
  rediffJun2: source(
    "Ukraine's biggest air attack targets Russian bases",
    'Rediff (CNN)',
    'https://www.rediff.com/news/report/ukraines-biggest-air-attack-targets-7-russian-bases/20250602.htm',
    '2025-06-02',
    'C',
    1,
  ),
  almayadeenJun2: source(
    'Russia outlines conditions for Ukraine settlement at Istanbul talks',
    'Al Mayadeen (RIA Novosti)',
    'https://english.almayadeen.net/news/politics/russia-outlines-conditions-for-ukraine-settlement-at-istanbu',
    '2025-06-02',
    'C',
    1,
  ),
  iswJun2: source(
    'ISW: Russia, Ukraine agree to POW exchange but no cease-fire in Istanbul talks',
    'BCFA (Institute for the Study of War)',
    'https://bcfausa.org/institute-for-the-study-of-war-russia-ukraine-agree-to-pow-exchange-but-no-cease-fire-in-istanbul-talks',
    '2025-06-03',
    'C',
    1,
  ),
  japantodayJun18: source(
    'Russia kills at least 16 in strikes on Kyiv, other cities',
    'Japan Today (Reuters)',
    'https://japantoday.com/category/world/russia-kills-at-least-16-in-strikes-on-kyiv-other-cities1',
    '2025-06-18',
    'B',
    2,
  ),
  newsbytesJun17: source(
    'Russia fires drones, missiles toward Kyiv; 15 killed, dozens wounded',
    'NewsBytes (AP)',
    'https://www.newsbytesapp.com/news/world/russian-drone-missile-attack-on-kyiv-kills-15-dozens-wounded/story',
    '2025-06-17',
    'C',
    2,
  ),
  euronewsJun19: source(
    'Zelenskyy visita il luogo dell’attacco a Kiev, chiede pressione globale sulla Russia',
    'Euronews',
    'https://it.euronews.com/video/2025/06/19/zelenskyy-visita-il-luogo-dellattacco-a-kiev-chiede-pressione-globale-sulla-russia',
    '2025-06-19',
    'B',
    2,
  ),
  daytonJul9: source(
    'Russia fires a record 728 drones and 13 missiles at Ukraine, Ukrainian air force says',
    'Dayton Daily News (AP)',
    'https://www.daytondailynews.com/nation-world/russia-fires-a-record-728-drones-at-ukraine-overnight-and-13-missiles-ukraines-air-force-says/HOYESUURJ5HJ7EYC2ESAURLUI4/',
    '2025-07-09',
    'B',
    1,
  ),
  livemintJul9: source(
    "Russia's largest aerial assault on Ukraine: 700 drones, hypersonic missiles target cities as Trump pledges more arms",
    'Mint (Reuters)',
    'https://www.livemint.com/news/world/russias-largest-aerial-assault-on-ukraine-700-drones-hypersonic-missiles-target-cities-as-trump-pledges-more-arms/amp-11752077813751.html',
    '2025-07-09',
    'B',
    2,
  ),
  shillongJul10: source(
    'Russia strikes Ukraine with another record drone assault',
    'The Shillong Times (AP)',
    'https://theshillongtimes.com/2025/07/10/russia-strikes-ukraine-with-another-record-drone-assault',
    '2025-07-10',
    'C',
    2,
  ),
  opednewsJul23: source(
    'US decided to punish Russia',
    'OpEdNews',
    'https://www.opednews.com/populum/page.php?f=US-decided-to-punish-Russi-China_Russia_Ukraine-250723-749.html',
    '2025-07-23',
    'C',
    1,
  ),
  wionJul24: source(
    '24 to 48 hour ceasefires, prisoners swap: Ukraine, Russia conclude peace talks in Istanbul as Kyiv pushes for Zelensky-Putin meeting',
    'WION',
    'https://www.wionews.com/world/-24-to-48-hour-ceasefires-prisoners-swap-ukraine-russia-conclude-peace-talks-in-istanbul-as-kyiv-pushes-for-zelensky-putin-meeting-1753299653042',
    '2025-07-24',
    'B',
    1,
  ),
  meduzaJul24: source(
    'More swaps, but no deal',
    'Meduza',
    'https://meduza.io/en/feature/2025/07/24/more-swaps-but-no-deal',
    '2025-07-24',
    'B',
    1,
  ),
  timesliveJul30: source(
    'Russia faces tariffs in 10 days if no progress to end Ukraine war: Trump',
    'TimesLIVE (Reuters)',
    'https://www.timeslive.co.za/news/world/2025-07-30-russia-faces-tariffs-in-10-days-if-no-progress-to-end-ukraine-war-trump/',
    '2025-07-30',
    'B',
    1,
  ),
  kiJul29: source(
    'Trump says Russia tariffs will be imposed in 10 days',
    'The Kyiv Independent',
    'https://kyivindependent.com/it-may-or-may-not-affect-them-trump-says-russia-tariffs-to-be-imposed-in-10-days',
    '2025-07-29',
    'B',
    1,
  ),
  nymorningAug1: source(
    'Ukrainians mourn 31 killed in Russian strike on Kyiv',
    'NY Morning',
    'https://www.nymorning.com/world/news/621',
    '2025-08-01',
    'C',
    2,
  ),
  onlineuaAug1: source(
    "Russia's attack on Kyiv — death toll rises again",
    'Online.ua',
    'https://news.online.ua/en/russias-attack-on-kyiv-death-toll-rises-again-895714/',
    '2025-08-01',
    'C',
    2,
  ),
  aljazeeraAug15: source(
    'Russia-Ukraine war: List of key events, day 1,268',
    'Al Jazeera',
    'https://www.aljazeera.com/news/2025/8/15/russia-ukraine-war-list-of-key-events-day-1268',
    '2025-08-15',
    'B',
    2,
  ),
  wionAug15: source(
    'Ukrainian drones blow up Russian ship carrying Iranian UAV parts, hit oil refinery ahead of Trump-Putin meet',
    'WION',
    'https://www.wionews.com/world/ukrainian-drones-blows-up-russian-ship-carrying-iranian-uav-parts-hits-oil-refinery-ahead-of-trump-putin-meet-1755248142166',
    '2025-08-15',
    'B',
    1,
  ),
  dalsanAug16: source(
    'Trump-Putin Alaska summit ends without breakthrough on Ukraine war',
    'Radio Dalsan',
    'https://www.radiodalsan.com/trump-putin-alaska-summit-ends-without-breakthrough-on-ukraine-war/',
    '2025-08-16',
    'C',
    1,
  ),
  kdpAug16: source(
    'Trump-Putin Alaska summit: no ceasefire for Ukraine',
    'KDP News',
    'https://kdpnews.com/trump-putin-alaska-summit-no-ceasefire-ukraine',
    '2025-08-16',
    'C',
    1,
  ),
  nysunAug18: source(
    'Russian drone strikes kill seven in Kharkiv as Zelensky heads to White House for Trump, European leader talks',
    'The New York Sun',
    'https://www.nysun.com/article/russian-drone-strikes-kill-seven-in-kharkiv-as-zelensky-heads-to-white-house-for-trump-european-leader-talks',
    '2025-08-18',
    'B',
    2,
  ),
  irishtimesAug18: source(
    'Ten Ukrainian civilians killed in Russian strikes as Zelenskiy prepares to meet Trump',
    'The Irish Times',
    'https://www.irishtimes.com/world/europe/2025/08/18/ten-ukrainian-civilians-killed-in-russian-strikes-as-zelenskiy-prepares-to-meet-trump/',
    '2025-08-18',
    'B',
    2,
  ),
  pulseAug18: source(
    'Russian drone strike on Ukraine apartments kills several before Trump-Zelenskyy meet',
    'The Pulse of NH (ABC News)',
    'https://thepulseofnh.com/russian-drone-strike-on-ukraine-apartments-kills-several-before-trump-zelenskyy-meet/',
    '2025-08-18',
    'C',
    2,
  ),
  pravdaAug28: source(
    'Russian large-scale attack on Kyiv damages building operated by EU mission – photos',
    'Ukrainska Pravda',
    'https://www.pravda.com.ua/eng/news/2025/08/28/7528173/',
    '2025-08-28',
    'B',
    2,
  ),
  awaazAug29: source(
    "EU Commission chief Ursula von der Leyen expresses outrage at Russia's onslaught on Kyiv",
    'The Indian Awaaz',
    'https://theindianawaaz.com/eu-commission-chief-ursula-von-der-leyen-expresses-outrage-at-russias-onslaught-on-kyiv/',
    '2025-08-29',
    'C',
    2,
  ),
  kiOct22: source(
    'Russia just hit a kindergarten in Kharkiv',
    'The Kyiv Independent',
    'https://kyivindependent.com/russian-air-strike-on-kharkiv-damages-kindergarden-kills-1-injures-at-least',
    '2025-10-22',
    'B',
    2,
  ),
  interfaxOct22: source(
    'Children injured in strike on private kindergarten in Kharkiv – mayor',
    'Interfax-Ukraine',
    'https://ua.interfax.com.ua/news/general/1114543-amp.html',
    '2025-10-22',
    'B',
    2,
  ),
  dorseyOct22: source(
    'Russia sanctions: Rosneft and Lukoil designated',
    'Dorsey & Whitney',
    'https://www.dorsey.com/newsresources/publications/client-alerts/2025/10/russia-sanctions',
    '2025-10-23',
    'B',
    1,
  ),
  streamlineOct22: source(
    "US sanctions Russian oil giants as Trump's peace talks falter",
    'Streamline Feed',
    'https://streamlinefeed.co.ke/news/us-sanctions-russian-oil-giants-as-trumps-peace-talks-falter',
    '2025-10-23',
    'C',
    1,
  ),
  rferlNov19: source(
    "At Least 26 Killed In Russian Missile Strike On Ukraine's Ternopil",
    'GlobalSecurity.org (RFE/RL)',
    'https://www.globalsecurity.org/wmd/library/news/ukraine/2025/11/ukraine-251119-rferl02.htm',
    '2025-11-19',
    'B',
    2,
  ),
  bnoNov19: source(
    'Russian strike on apartment buildings kills at least 25 in western Ukraine',
    'BNO News',
    'https://bnonews.com/index.php/2025/11/russian-strike-on-apartment-buildings-kills-at-least-25-in-western-ukraine/',
    '2025-11-19',
    'B',
    2,
  ),
  devdiscourseNov23: source(
    'High-stakes Geneva talks: US and allies push for Ukraine peace plan',
    'Devdiscourse (Reuters)',
    'https://www.devdiscourse.com/article/politics/3706944-high-stakes-geneva-talks-us-and-allies-push-for-ukraine-peace-plan',
    '2025-11-23',
    'C',
    1,
  ),
  kiNov23: source(
    'At least 6 killed, 36 injured in Russian attacks across Ukraine over past day',
    'The Kyiv Independent',
    'https://kyivindependent.com/at-least-6-killed-36-injured-in-russian-attacks-across-ukraine-over-past-day/',
    '2025-11-23',
    'B',
    2,
  ),
  kiNov24: source(
    '4 killed, 17 injured in Kharkiv amid Russian drone attack',
    'The Kyiv Independent',
    'https://kyivindependent.com/4-killed-17-injured-in-kharkiv-amid-russian-drone-attack/',
    '2025-11-24',
    'B',
    2,
  ),
  euromaidanNov24: source(
    'US and Ukraine report progress in Geneva peace consultations',
    'Euromaidan Press',
    'https://euromaidanpress.com/2025/11/24/us-and-ukraine-report-progress-in-geneva-peace-consultations',
    '2025-11-24',
    'B',
    1,
  ),
  htNov24: source(
    "US, Ukraine refine Trump's peace deal to end Russia's war: what's inside the new plan",
    'Hindustan Times (Reuters, AP)',
    'https://www.hindustantimes.com/world-news/us-ukraine-refine-trumps-peace-deal-to-end-russia-s-war-whats-inside-the-new-plan-101763962872454.html',
    '2025-11-24',
    'B',
    1,
  ),
};

const D = {
  ceasefire30: 'us-30-day-ceasefire',
  aidHalt: 'russia-halt-foreign-military-aid',
  agriSanctions: 'russia-agricultural-sanctions-relief',
  fourRegions: 'russia-withdrawal-from-four-regions',
  neutrality: 'russia-ukraine-neutrality',
  unconditional: 'ukraine-unconditional-ceasefire',
  plan28: 'us-28-point-plan',
};
const R = {
  jeddah: 'jeddah-2025-03-11',
  riyadh: 'riyadh-2025-03-23',
  istanbul1: 'istanbul-2025-05-16',
  istanbul2: 'istanbul-2025-06-02',
  istanbul3: 'istanbul-2025-07-23',
  alaska: 'alaska-2025-08-15',
  whiteHouse: 'white-house-2025-08-18',
  geneva: 'geneva-2025-11-23',
};
const C = {
  energy: 'energy-moratorium-2025-03-18',
  easter: 'easter-truce-2025-04-19',
  victory: 'victory-day-truce-2025-05-08',
};
const U = {
  fiftyDays: 'trump-50-days-2025-07-14',
  tenDays: 'trump-10-days-2025-07-29',
  thanksgiving: 'trump-plan-deadline-2025-11-27',
};

/** A Russian strike on a Ukrainian city or region, as the sources report it. */
function russianStrike(
  key: string,
  occurredAt: string,
  recordedAt: string,
  kind: 'airstrike' | 'drone-strike' | 'missile-strike' | 'shelling' | 'clash',
  place: string,
  killed: number | readonly [number, number],
  injured: number | null,
  description: string,
  sources: Parameters<typeof ev>[4],
) {
  const [min, max] = typeof killed === 'number' ? [killed, killed] : killed;
  return ev(
    'IncidentReported',
    key,
    { occurredAt, precision: occurredAt.length > 10 ? 'approximate' : 'day', recordedAt },
    {
      incidentId: key,
      kind,
      perpetrator: 'russia',
      allegedBy: 'ukraine',
      against: 'ukraine',
      place,
      fatalities: { min, max },
      ...(injured === null ? {} : { injured: { min: injured, max: injured } }),
      description,
    },
    sources,
  );
}

const events = [
  // ===== March: Jeddah, the energy moratorium, Riyadh =====
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '2025-03-11', recordedAt: at('03-11', '20:00') },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Russia – Ukraine talks, 2025',
      subject:
        'A ceasefire and a settlement of the war, through the US-brokered talks (Jeddah, Riyadh), the direct Istanbul rounds, the Alaska summit and the 28-point plan, while the war goes on',
      parties: [RUSSIA, UKRAINE],
      mediators: [USA, SAUDI],
    },
    [S.interfaxMar11, S.cnnMar11],
    { note: 'Opened at Jeddah, the first round of 2025 this analyst follows; Saudi Arabia hosts.' },
  ),
  ev(
    'TalksRoundOpened',
    'round-jeddah-opened',
    { occurredAt: '2025-03-11', recordedAt: at('03-11', '20:05') },
    {
      roundId: R.jeddah,
      label: 'Jeddah (US – Ukraine)',
      venue: 'Jeddah, Saudi Arabia',
      format: 'formal',
      hosts: ['saudi-arabia'],
      delegations: [
        { actorId: 'united-states', head: RUBIO },
        { actorId: 'ukraine', head: YERMAK },
      ],
    },
    [S.cnnMar11],
  ),
  ev(
    'DemandTabled',
    'dem-ceasefire-30',
    { occurredAt: '2025-03-11', recordedAt: at('03-11', '20:10') },
    {
      demandId: D.ceasefire30,
      by: 'united-states',
      addressedTo: ['ukraine', 'russia'],
      text: 'An immediate, interim 30-day ceasefire along the whole front, extendable by mutual agreement.',
      category: 'security',
    },
    [S.interfaxMar11],
  ),
  ev(
    'PositionTaken',
    'pos-ukraine-ceasefire-30',
    { occurredAt: '2025-03-11', recordedAt: at('03-11', '20:15') },
    {
      demandId: D.ceasefire30,
      actorId: 'ukraine',
      stance: 'conditional',
      conditions: 'Subject to acceptance and concurrent implementation by the Russian Federation.',
      quote: 'Ukraine accepts this proposal, we consider it positive, we are ready to take such a step.',
      speaker: ZELENSKY,
    },
    [S.interfaxMar11, S.cnnMar11],
  ),
  ev(
    'TalksRoundConcluded',
    'round-jeddah-concluded',
    { occurredAt: '2025-03-11', recordedAt: at('03-11', '20:20') },
    {
      roundId: R.jeddah,
      outcome: 'progress',
      summary:
        'Ukraine accepts the US ceasefire proposal; the United States lifts its pause on intelligence sharing and security assistance and will take the offer to Russia ("the ball is in their court").',
    },
    [S.interfaxMar11, S.cnnMar11],
  ),
  ev(
    'PositionTaken',
    'pos-russia-ceasefire-30',
    { occurredAt: '2025-03-18', recordedAt: at('03-18', '20:00') },
    {
      demandId: D.ceasefire30,
      actorId: 'russia',
      stance: 'conditional',
      conditions:
        'Effective control of a ceasefire along the whole line; a halt to forced mobilisation in Ukraine, to its rearmament and to foreign military aid and intelligence.',
      speaker: PUTIN,
    },
    [S.kiMar18],
    { note: 'Kremlin readout of the Trump–Putin call: no general ceasefire, only the energy moratorium.' },
  ),
  ev(
    'DemandTabled',
    'dem-aid-halt',
    { occurredAt: '2025-03-18', recordedAt: at('03-18', '20:05') },
    {
      demandId: D.aidHalt,
      by: 'russia',
      addressedTo: ['united-states'],
      text: 'A complete cessation of foreign military aid and intelligence to Ukraine, the "key condition for avoiding an escalation of the war".',
      category: 'security',
    },
    [S.kiMar18],
  ),
  ev(
    'CeasefireDeclared',
    'cf-energy',
    { occurredAt: '2025-03-18', recordedAt: at('03-19', '09:00') },
    {
      ceasefireId: C.energy,
      parties: ['russia', 'ukraine'],
      scope:
        'Strikes on energy infrastructure only (a mutual 30-day refusal to strike energy facilities); the fighting and other strikes go on',
      duration: 'temporary',
      until: '2025-04-17',
      mediatedBy: ['united-states'],
    },
    [S.kiMar18, S.turkiyeTodayMar18, S.easternMar19],
    {
      note: 'Putin gave the order on 18 March after the call; Zelensky accepted the energy pause the same day. A partial ceasefire: its scope, not the fighting, is what it covers.',
    },
  ),
  russianStrike(
    'inc-kyiv-2025-03-23',
    '2025-03-23T01:00:00Z',
    at('03-24', '18:00'),
    'drone-strike',
    'Kyiv (five districts) and Kyiv Oblast',
    3,
    8,
    'Overnight drone attack on Kyiv: three killed, among them a father and his five-year-old child; damage in five districts.',
    [S.ligaMar24],
  ),
  ev(
    'TalksRoundOpened',
    'round-riyadh-opened',
    { occurredAt: '2025-03-23', recordedAt: at('03-25', '08:55') },
    {
      roundId: R.riyadh,
      label: 'Riyadh (US – Ukraine, US – Russia, separately)',
      venue: 'Riyadh, Saudi Arabia',
      format: 'technical',
      hosts: ['saudi-arabia', 'united-states'],
      delegations: [
        {
          actorId: 'ukraine',
          head: { name: 'Rustem Umerov', title: 'Defence Minister of Ukraine', actorId: 'ukraine' },
        },
        { actorId: 'russia', head: KARASIN },
      ],
    },
    [S.kiMar25, S.zerohedgeMar25],
    { note: 'The US experts met each delegation separately, 23–25 March.' },
  ),
  russianStrike(
    'inc-sumy-2025-03-24',
    '2025-03-24T13:00:00Z',
    at('03-25', '09:00'),
    'missile-strike',
    'Sumy city centre (apartment buildings, a school, a hospital)',
    0,
    101,
    'Missile strike on the centre of Sumy while the Riyadh talks go on: 101 injured, 23 of them children; 26 buildings damaged.',
    [S.kyivpostMar24, S.kiMar25],
  ),
  ev(
    'CeasefireViolationReported',
    'viol-russia-alleges-krasnodar',
    { occurredAt: '2025-03-24', recordedAt: at('03-25', '12:00') },
    {
      ceasefireId: C.energy,
      allegedBy: 'russia',
      against: 'ukraine',
      description:
        'Russian Defence Ministry: Ukrainian drones struck Rosseti Kuban power facilities in Krasnodar region and the Svatovo gas station; the Kropotkinskaya oil pumping station was targeted.',
    },
    [S.zerohedgeMar25],
  ),
  ev(
    'TalksRoundConcluded',
    'round-riyadh-concluded',
    { occurredAt: '2025-03-25', recordedAt: at('03-26', '08:00') },
    {
      roundId: R.riyadh,
      outcome: 'progress',
      summary:
        'The White House: both sides agree to ensure safe navigation, eliminate the use of force and prevent the military use of commercial vessels in the Black Sea, and to develop measures to implement the energy moratorium. The Kremlin makes the Black Sea part conditional on lifting sanctions on its agricultural bank.',
    },
    [S.trtMar25, S.saudiGazetteMar26, S.iriaMar26],
  ),
  ev(
    'DemandTabled',
    'dem-agri-sanctions',
    { occurredAt: '2025-03-25', recordedAt: at('03-26', '08:05') },
    {
      demandId: D.agriSanctions,
      by: 'russia',
      addressedTo: ['united-states'],
      text: 'Lift the sanctions on the Russian Agricultural Bank and restore its access to payment systems before the Black Sea arrangement takes effect.',
      category: 'economic',
    },
    [S.iriaMar26],
  ),
  ev(
    'CeasefireViolationReported',
    'viol-russia-alleges-sudzha',
    { occurredAt: '2025-03-28T07:20:00Z', precision: 'approximate', recordedAt: at('03-28', '15:00') },
    {
      ceasefireId: C.energy,
      allegedBy: 'russia',
      against: 'ukraine',
      description:
        'Russian Defence Ministry: HIMARS rockets destroyed the Sudzha gas metering station; 19 drones at a Saratov refinery. Ukraine denies it and accuses Russia of shelling the station itself.',
    },
    [S.moscowTimesMar28],
  ),
  // ===== April: Kryvyi Rih, Sumy, the Easter truce =====
  russianStrike(
    'inc-kryvyi-rih-2025-04-04',
    '2025-04-04T16:00:00Z',
    at('04-07', '10:00'),
    'missile-strike',
    'Kryvyi Rih, a residential area beside a playground',
    [18, 20],
    60,
    'An Iskander-M ballistic missile hits a residential area: at least 18 killed, nine of them children, over 60 injured. Russia claims it hit a meeting of commanders and Western instructors.',
    [S.euromaidanApr4, S.noviniteApr7],
  ),
  russianStrike(
    'inc-sumy-2025-04-13',
    '2025-04-13T07:15:00Z',
    at('04-14', '08:00'),
    'missile-strike',
    'Sumy city centre',
    34,
    117,
    'Two ballistic missiles with cluster munitions hit the centre of Sumy on Palm Sunday morning: at least 34 killed, two of them children, and 117 injured.',
    [S.newserApr13, S.japantimesApr14],
  ),
  russianStrike(
    'inc-kharkiv-2025-04-18',
    '2025-04-18T04:00:00Z',
    at('04-18', '20:00'),
    'missile-strike',
    'Kharkiv, Osnovianskyi district',
    1,
    112,
    'Ballistic missiles with cluster warheads hit Kharkiv on Good Friday morning: one killed, 112 injured, 21 apartment buildings damaged.',
    [S.brecorderApr18, S.devdiscourseApr18],
  ),
  russianStrike(
    'inc-sumy-2025-04-18',
    '2025-04-18',
    at('04-18', '20:05'),
    'drone-strike',
    'Sumy, a confectionery factory',
    1,
    1,
    'Overnight strike on Sumy: one killed at a cake factory, one injured.',
    [S.devdiscourseApr18],
  ),
  ev(
    'CeasefireDeclared',
    'cf-easter',
    { occurredAt: '2025-04-19T15:00:00Z', recordedAt: at('04-20', '10:00') },
    {
      ceasefireId: C.easter,
      parties: ['russia', 'ukraine'],
      scope:
        'An Easter truce declared by Putin ("all hostilities" to stop), from 18:00 Moscow time on 19 April to midnight on 20/21 April; Zelensky says Ukraine will mirror it',
      duration: 'temporary',
      until: '2025-04-20T21:00:00Z',
    },
    [S.politicoApr19, S.politicoApr20],
    { note: 'Declared by Russia alone; Ukraine answered that it would act in kind (TASS: Kyiv consented).' },
  ),
  ev(
    'CeasefireViolationReported',
    'viol-ukraine-alleges-easter',
    { occurredAt: '2025-04-20T13:00:00Z', precision: 'approximate', recordedAt: at('04-20', '16:00') },
    {
      ceasefireId: C.easter,
      allegedBy: 'ukraine',
      against: 'russia',
      description:
        'Zelensky, relaying Syrskyi: by 16:00, 46 Russian assaults and 901 shellings (448 with heavy weapons), FPV drones used over 400 times; some Ukrainian troops killed in an ambush near Toretsk (no count given). No air raid alerts during the day.',
    },
    [S.politicoApr20],
  ),
  ev(
    'CeasefireViolationReported',
    'viol-russia-alleges-easter',
    { occurredAt: '2025-04-20T20:00:00Z', precision: 'approximate', recordedAt: at('04-22', '09:00') },
    {
      ceasefireId: C.easter,
      allegedBy: 'russia',
      against: 'ukraine',
      description:
        'Russian Defence Ministry: 4,900 Ukrainian violations, though enemy fire and combat activity were notably lower along the whole front; its troops resumed the operation when the truce expired.',
    },
    [S.tassApr22],
  ),
  // ===== May: the Victory Day truce, Istanbul 1, the 1,000-for-1,000 exchange =====
  ev(
    'CeasefireDeclared',
    'cf-victory-day',
    { occurredAt: '2025-05-07T21:00:00Z', recordedAt: at('05-08', '10:00') },
    {
      ceasefireId: C.victory,
      parties: ['russia'],
      scope:
        'A Victory Day truce declared by Russia alone (announced 28 April), 8–10 May; Ukraine rejected it and insists on 30 days',
      duration: 'temporary',
      until: '2025-05-10T21:00:00Z',
    },
    [S.menafnApr28, S.censorMay8],
    { note: 'Dated when it took effect (midnight Moscow time, 8 May).' },
  ),
  ev(
    'StatementMade',
    'stmt-zelensky-victory-day',
    { occurredAt: '2025-05-08', recordedAt: at('05-08', '10:05') },
    {
      speaker: ZELENSKY,
      audience: 'russia',
      tone: 'critical',
      summary: "Rejects Putin's three-day truce and insists on a 30-day ceasefire as soon as possible.",
    },
    [S.censorMay8],
  ),
  russianStrike(
    'inc-sumy-2025-05-14',
    '2025-05-14',
    at('05-15', '12:00'),
    'missile-strike',
    'Sumy, an industrial site',
    3,
    6,
    'A missile strike on an industrial site in Sumy: three killed, six injured, on the eve of the expected Istanbul talks.',
    [S.kiMay15],
  ),
  russianStrike(
    'inc-kupiansk-2025-05-14',
    '2025-05-14',
    at('05-15', '12:05'),
    'shelling',
    'Kupiansk, Kharkiv Oblast',
    1,
    null,
    'A 60-year-old man killed in a Russian attack on Kupiansk.',
    [S.kiMay15],
  ),
  russianStrike(
    'inc-torske-2025-05-14',
    '2025-05-14',
    at('05-15', '12:10'),
    'shelling',
    'Torske, Donetsk Oblast',
    1,
    null,
    'One killed in Torske; seven more injured in the Donetsk region over the day.',
    [S.kiMay15],
  ),
  ev(
    'ActorRegistered',
    'actor-turkiye',
    { occurredAt: '2025-05-16', recordedAt: at('05-16', '18:00') },
    { actor: TURKIYE, role: 'mediator' },
    [S.shineMay16],
  ),
  ev(
    'TalksRoundOpened',
    'round-istanbul1-opened',
    { occurredAt: '2025-05-16', recordedAt: at('05-16', '18:05') },
    {
      roundId: R.istanbul1,
      label: 'Istanbul 1 (direct)',
      venue: 'Dolmabahçe Palace, Istanbul',
      format: 'formal',
      hosts: ['turkiye'],
      delegations: [
        { actorId: 'russia', head: MEDINSKY },
        { actorId: 'ukraine', head: UMEROV },
      ],
    },
    [S.shineMay16, S.unnMay16],
    { note: 'The first direct talks since March 2022; chaired by Hakan Fidan.' },
  ),
  ev(
    'AgreementReached',
    'agr-pow-1000',
    { occurredAt: '2025-05-16', recordedAt: at('05-16', '18:10') },
    {
      agreementId: 'pow-exchange-1000-for-1000',
      kind: 'partial',
      provisions: [
        'Exchange 1,000 prisoners from each side, the largest since the war began',
        'Each side to put in writing the conditions for a ceasefire; meet again in principle',
      ],
      signatories: ['russia', 'ukraine'],
      textPublic: false,
      roundId: R.istanbul1,
    },
    [S.shineMay16, S.unnMay16],
  ),
  ev(
    'TalksRoundConcluded',
    'round-istanbul1-concluded',
    { occurredAt: '2025-05-16', recordedAt: at('05-16', '18:15') },
    {
      roundId: R.istanbul1,
      outcome: 'progress',
      summary:
        'Under two hours; the exchange agreed, no ceasefire. Kyiv reports new "unacceptable demands" (withdrawal from large areas).',
      nextSteps: 'Written ceasefire proposals from each side; another meeting.',
    },
    [S.shineMay16, S.unnMay16],
  ),
  ev(
    'IncidentReported',
    'inc-crimea-depot-2025-05-16',
    { occurredAt: '2025-05-16', recordedAt: at('05-16', '18:20') },
    {
      incidentId: 'crimea-ammo-depot-2025-05-16',
      kind: 'drone-strike',
      perpetrator: 'ukraine',
      against: 'russia',
      place: 'An ammunition depot in occupied Crimea',
      description:
        'Explosions in occupied Crimea as a drone attack reportedly sets a Russian ammunition depot on fire.',
    },
    [S.kiMay16],
  ),
  russianStrike(
    'inc-kyiv-2025-05-24',
    '2025-05-23T22:00:00Z',
    at('05-25', '12:00'),
    'missile-strike',
    'Kyiv (Obolon and other districts)',
    0,
    5,
    'One of the largest combined attacks on the capital: 14 ballistic missiles and 250 Shahed drones overnight into 24 May; an apartment building in Obolon hit, at least five injured.',
    [S.republicMay25],
  ),
  russianStrike(
    'inc-kyiv-oblast-2025-05-25',
    '2025-05-25T01:00:00Z',
    at('05-25', '12:05'),
    'drone-strike',
    'Kyiv and Kyiv Oblast',
    4,
    16,
    'The largest barrage of the war so far (298 drones, 69 missiles, 22 locations hit across the country) on the third day of the exchange: four killed in the Kyiv region, 16 injured in the capital.',
    [S.politicoMay25, S.rferlMay25],
  ),
  russianStrike(
    'inc-zhytomyr-2025-05-25',
    '2025-05-25T01:00:00Z',
    at('05-25', '12:10'),
    'drone-strike',
    'Zhytomyr region, residential areas',
    3,
    12,
    'Drones hit homes in the Zhytomyr region in the same night: three children killed (aged 8, 12 and 17).',
    [S.politicoMay25],
  ),
  russianStrike(
    'inc-khmelnytskyi-2025-05-25',
    '2025-05-25T01:00:00Z',
    at('05-25', '12:15'),
    'missile-strike',
    'Khmelnytskyi region',
    4,
    null,
    'Four killed in the Khmelnytskyi region in the same night.',
    [S.republicMay25, S.politicoMay25],
  ),
  russianStrike(
    'inc-mykolaiv-2025-05-25',
    '2025-05-25T01:00:00Z',
    at('05-25', '12:20'),
    'drone-strike',
    'Mykolaiv, a five-storey apartment block',
    1,
    null,
    'A 70-year-old man killed when a drone hit an apartment block in Mykolaiv, in the same night.',
    [S.politicoMay25],
  ),
  ev(
    'StatementMade',
    'stmt-zelensky-exchange',
    { occurredAt: '2025-05-25T12:00:00Z', precision: 'approximate', recordedAt: at('05-25', '14:00') },
    {
      speaker: ZELENSKY,
      audience: 'russia',
      tone: 'conciliatory',
      summary:
        'The 1,000-for-1,000 exchange agreed in Istanbul is carried out over three days (23–25 May); Ukraine is ready to hand over all Russians it holds for all Ukrainians held by Russia.',
    },
    [S.rferlMay25, S.politicoMay25],
  ),
  ev(
    'TalksRoundScheduled',
    'round-istanbul2-scheduled',
    { occurredAt: '2025-05-28', recordedAt: at('05-28', '18:00') },
    {
      roundId: R.istanbul2,
      label: 'Istanbul 2 (direct)',
      venue: 'Istanbul',
      hosts: ['turkiye'],
      plannedFor: '2025-06-02',
    },
    [S.pravdaMay28],
    { note: 'Lavrov: the Russian delegation will present a memorandum on "the root causes of the crisis".' },
  ),
  // ===== 31 May – 2 June: Bryansk, Operation Spiderweb, Istanbul 2 =====
  ev(
    'IncidentReported',
    'inc-bryansk-bridge',
    { occurredAt: '2025-05-31T19:00:00Z', precision: 'approximate', recordedAt: at('06-01', '18:00') },
    {
      incidentId: 'bryansk-bridge-2025-05-31',
      kind: 'militant-attack',
      allegedBy: 'russia',
      against: 'russia',
      blamedOn: 'ukraine',
      place: 'Bryansk region, a road bridge over the railway',
      fatalities: { min: 7, max: 7 },
      injured: { min: 70, max: 70 },
      description:
        'A road bridge blown up as a passenger train passed beneath: seven killed, 70 injured. Russian investigators call it sabotage and Russia holds Ukraine responsible.',
    },
    [S.innJun1],
  ),
  ...(
    [
      ['belaya', 'Belaya air base, Irkutsk region (Siberia)'],
      ['olenya', 'Olenya air base, Murmansk region'],
      ['dyagilevo', 'Dyagilevo air base, Ryazan region'],
      ['ivanovo', 'Ivanovo Severny air base, Ivanovo region'],
    ] as const
  ).map(([base, place], i) =>
    ev(
      'IncidentReported',
      `inc-spiderweb-${base}`,
      { occurredAt: '2025-06-01T10:00:00Z', precision: 'approximate', recordedAt: at('06-02', `08:0${i}`) },
      {
        incidentId: `spiderweb-${base}-2025-06-01`,
        kind: 'drone-strike',
        perpetrator: 'ukraine',
        allegedBy: 'russia',
        against: 'russia',
        place,
        fatalities: { min: 0, max: 0 },
        description:
          'Operation Spiderweb (SBU): FPV drones smuggled in trucks and launched from inside Russia strike strategic bombers on four air bases the day before the Istanbul round; 41 aircraft hit (SBU). Russia confirms attacks in five regions, no casualties.',
      },
      [S.citizenJun1, graded(S.rediffJun2, 1)],
    ),
  ),
  ev(
    'TalksRoundOpened',
    'round-istanbul2-opened',
    { occurredAt: '2025-06-02', recordedAt: at('06-02', '18:00') },
    {
      roundId: R.istanbul2,
      format: 'formal',
      venue: 'Çırağan Palace, Istanbul',
      delegations: [
        { actorId: 'russia', head: MEDINSKY },
        { actorId: 'ukraine', head: UMEROV },
      ],
    },
    [S.almayadeenJun2],
  ),
  ev(
    'DemandTabled',
    'dem-four-regions',
    { occurredAt: '2025-06-02', recordedAt: at('06-03', '18:05') },
    {
      demandId: D.fourRegions,
      by: 'russia',
      addressedTo: ['ukraine'],
      text: "Withdraw all Ukrainian forces from the Donetsk, Luhansk, Zaporizhzhia and Kherson regions and recognise Russia's sovereignty over them and Crimea: the condition of a full ceasefire.",
      category: 'territorial',
    },
    [S.almayadeenJun2, S.iswJun2],
  ),
  ev(
    'DemandTabled',
    'dem-neutrality',
    { occurredAt: '2025-06-02', recordedAt: at('06-03', '18:10') },
    {
      demandId: D.neutrality,
      by: 'russia',
      addressedTo: ['ukraine'],
      text: 'Neutral status: no membership of military alliances, no foreign military presence or bases in Ukraine; rights and official status for the Russian language.',
      category: 'security',
    },
    [S.almayadeenJun2],
  ),
  ev(
    'DemandTabled',
    'dem-unconditional',
    { occurredAt: '2025-06-02', recordedAt: at('06-03', '18:15') },
    {
      demandId: D.unconditional,
      by: 'ukraine',
      addressedTo: ['russia'],
      text: "Ukraine's memorandum: an unconditional ceasefire (30, now 90 days) before a settlement, all-for-all prisoner release, return of abducted children, a meeting of the presidents.",
      category: 'security',
    },
    [S.iswJun2],
  ),
  ev(
    'PositionTaken',
    'pos-russia-unconditional',
    { occurredAt: '2025-06-02', recordedAt: at('06-03', '18:20') },
    { demandId: D.unconditional, actorId: 'russia', stance: 'rejected', speaker: MEDINSKY },
    [S.iswJun2],
    { note: 'Russia proposed only two-to-three-day pauses on parts of the front to collect the dead.' },
  ),
  ev(
    'AgreementReached',
    'agr-pow-young-wounded',
    { occurredAt: '2025-06-02', recordedAt: at('06-03', '18:25') },
    {
      agreementId: 'pow-exchange-young-wounded',
      kind: 'partial',
      provisions: [
        'All-for-all exchange of seriously ill and wounded prisoners and of those aged 18 to 25',
        'Return of 6,000 bodies of soldiers from each side',
      ],
      signatories: ['russia', 'ukraine'],
      textPublic: false,
      roundId: R.istanbul2,
    },
    [S.iswJun2],
  ),
  ev(
    'TalksRoundConcluded',
    'round-istanbul2-concluded',
    { occurredAt: '2025-06-02', recordedAt: at('06-03', '18:30') },
    {
      roundId: R.istanbul2,
      outcome: 'no-progress',
      summary:
        'About an hour; memoranda exchanged, humanitarian exchanges agreed, no ceasefire. Ukraine will study the Russian memorandum for a week.',
    },
    [S.iswJun2, S.almayadeenJun2],
  ),
  // ===== June – July: Kyiv, the record barrage, the ultimatum, Istanbul 3 =====
  russianStrike(
    'inc-kyiv-2025-06-17',
    '2025-06-16T23:00:00Z',
    at('06-19', '12:00'),
    'missile-strike',
    'Kyiv, Solomianskyi district (a nine-storey apartment block) and 27 other sites',
    [16, 28],
    134,
    '440 drones and 32 missiles, nine hours overnight: a ballistic missile destroys a section of an apartment block; 28 killed in Kyiv in the end, 134 injured; the deadliest attack on the capital of the year so far.',
    [S.japantodayJun18, S.euronewsJun19],
  ),
  russianStrike(
    'inc-odesa-2025-06-17',
    '2025-06-17T01:00:00Z',
    at('06-19', '12:05'),
    'drone-strike',
    'Odesa',
    1,
    17,
    'Drones hit Odesa in the same night: one killed, 17 wounded.',
    [S.newsbytesJun17],
  ),
  ev(
    'IncidentReported',
    'inc-barrage-2025-07-09',
    { occurredAt: '2025-07-08T23:00:00Z', precision: 'approximate', recordedAt: at('07-10', '08:00') },
    {
      incidentId: 'record-barrage-2025-07-09',
      kind: 'drone-strike',
      perpetrator: 'russia',
      allegedBy: 'ukraine',
      against: 'ukraine',
      place: 'Lutsk (hardest hit) and ten other regions, among them Kyiv, Kharkiv, Dnipro, Mykolaiv and Sumy',
      fatalities: { min: 1, max: 1 },
      description:
        'A record 728 drones and 13 missiles overnight; 296 drones and seven missiles shot down, 415 drones jammed or lost. One killed by drone debris in western Ukraine.',
    },
    [S.daytonJul9, S.livemintJul9],
  ),
  russianStrike(
    'inc-donetsk-2025-07-09',
    '2025-07-09',
    at('07-10', '08:05'),
    'airstrike',
    'Ukrainian-held Donetsk region near the front',
    8,
    null,
    'Eight killed by drones and guided bombs in the Ukrainian-held part of the Donetsk region.',
    [S.livemintJul9],
  ),
  ev(
    'IncidentReported',
    'inc-kursk-2025-07-09',
    { occurredAt: '2025-07-09', recordedAt: at('07-10', '08:10') },
    {
      incidentId: 'kursk-drone-2025-07-09',
      kind: 'drone-strike',
      perpetrator: 'ukraine',
      allegedBy: 'russia',
      against: 'russia',
      place: 'Kursk region',
      fatalities: { min: 3, max: 3 },
      injured: { min: 7, max: 7 },
      description:
        'A Ukrainian drone strike kills three and injures seven, a child among them; 86 drones downed over six regions.',
    },
    [S.shillongJul10],
  ),
  ev(
    'UltimatumIssued',
    'ult-fifty-days',
    { occurredAt: '2025-07-14', recordedAt: at('07-23', '10:00') },
    {
      ultimatumId: U.fiftyDays,
      by: 'united-states',
      to: ['russia'],
      demandIds: [D.ceasefire30],
      deadline: '2025-09-02',
      consequences: 'Tariffs of about 100% on Russia and secondary tariffs on the countries that buy its exports.',
      channel: 'Trump in the Oval Office, beside NATO Secretary General Mark Rutte',
    },
    [S.opednewsJul23],
  ),
  ev(
    'TalksRoundOpened',
    'round-istanbul3-opened',
    { occurredAt: '2025-07-23T17:37:00Z', recordedAt: at('07-24', '09:00') },
    {
      roundId: R.istanbul3,
      label: 'Istanbul 3 (direct)',
      venue: 'Çırağan Palace, Istanbul',
      format: 'formal',
      hosts: ['turkiye'],
      delegations: [
        { actorId: 'russia', head: MEDINSKY },
        { actorId: 'ukraine', head: UMEROV },
      ],
    },
    [S.wionJul24, S.meduzaJul24],
  ),
  ev(
    'AgreementReached',
    'agr-pow-1200',
    { occurredAt: '2025-07-23T18:20:00Z', recordedAt: at('07-24', '09:05') },
    {
      agreementId: 'pow-exchange-1200',
      kind: 'partial',
      provisions: [
        'Exchange 1,200 prisoners of war from each side, and civilians',
        'Russia to return 3,000 more bodies',
      ],
      signatories: ['russia', 'ukraine'],
      textPublic: false,
      roundId: R.istanbul3,
    },
    [S.wionJul24],
  ),
  ev(
    'TalksRoundConcluded',
    'round-istanbul3-concluded',
    { occurredAt: '2025-07-23T18:20:00Z', recordedAt: at('07-24', '09:10') },
    {
      roundId: R.istanbul3,
      outcome: 'no-progress',
      summary:
        'About 40 minutes: a new exchange, no ceasefire, no leaders\u2019 meeting; Russia offers 24–48-hour pauses to collect the wounded and dead. Positions "far apart" (Medinsky).',
    },
    [S.wionJul24, S.meduzaJul24],
  ),
  ev(
    'UltimatumResolved',
    'ult-fifty-days-withdrawn',
    { occurredAt: '2025-07-29', recordedAt: at('07-30', '08:00') },
    {
      ultimatumId: U.fiftyDays,
      resolution: 'withdrawn',
      summary:
        'Trump: "It\'s 50 days, I wanted to be generous, but we just don\'t see any progress": replaced by a ten-day deadline.',
    },
    [S.kiJul29],
  ),
  ev(
    'UltimatumIssued',
    'ult-ten-days',
    { occurredAt: '2025-07-29', recordedAt: at('07-30', '08:05') },
    {
      ultimatumId: U.tenDays,
      by: 'united-states',
      to: ['russia'],
      demandIds: [D.ceasefire30],
      deadline: '2025-08-08',
      consequences: 'Tariffs and secondary sanctions on the buyers of Russian oil and gas.',
      channel: 'Trump to reporters aboard Air Force One ("ten days from today")',
    },
    [S.kiJul29, S.timesliveJul30],
  ),
  russianStrike(
    'inc-kyiv-2025-07-31',
    '2025-07-30T23:00:00Z',
    at('08-01', '12:00'),
    'missile-strike',
    'Kyiv, Sviatoshynskyi district (a high-rise building) and 26 other sites in four districts',
    31,
    159,
    '309 drones and eight Iskander-K missiles at Kyiv; a missile brings down an entrance of a high-rise: 31 killed, five of them children, 159 injured. The deadliest attack on the capital of the year.',
    [S.nymorningAug1, S.onlineuaAug1],
  ),
  // ===== August: Alaska, the White House, Kyiv again =====
  ev(
    'IncidentReported',
    'inc-rostov-2025-08-14',
    { occurredAt: '2025-08-14', recordedAt: at('08-15', '12:00') },
    {
      incidentId: 'rostov-drone-2025-08-14',
      kind: 'drone-strike',
      perpetrator: 'ukraine',
      allegedBy: 'russia',
      against: 'russia',
      place: 'Rostov-on-Don, an apartment building',
      injured: { min: 13, max: 13 },
      description: 'A Ukrainian drone hits an apartment building in Rostov-on-Don: 13 wounded, two seriously.',
    },
    [S.aljazeeraAug15],
  ),
  ev(
    'IncidentReported',
    'inc-belgorod-2025-08-14',
    { occurredAt: '2025-08-14', recordedAt: at('08-15', '12:05') },
    {
      incidentId: 'belgorod-drone-2025-08-14',
      kind: 'drone-strike',
      perpetrator: 'ukraine',
      allegedBy: 'russia',
      against: 'russia',
      place: 'Belgorod',
      injured: { min: 3, max: 3 },
      description: 'Three civilians wounded by Ukrainian drones in Belgorod.',
    },
    [S.aljazeeraAug15],
  ),
  ev(
    'IncidentReported',
    'inc-dobropillia-2025-08-14',
    { occurredAt: '2025-08-14', recordedAt: at('08-15', '12:10') },
    {
      incidentId: 'dobropillia-push-2025-08',
      kind: 'clash',
      perpetrator: 'russia',
      allegedBy: 'ukraine',
      against: 'ukraine',
      place: 'Near Dobropillia, Donetsk Oblast',
      description:
        'Small groups of Russian infantry push some 10 km towards the main Ukrainian defensive line; Ukrainian troops stabilise the area (Filashkin).',
    },
    [S.aljazeeraAug15],
  ),
  ev(
    'IncidentReported',
    'inc-olya-2025-08-15',
    { occurredAt: '2025-08-15', recordedAt: at('08-15', '12:15') },
    {
      incidentId: 'olya-port-2025-08-15',
      kind: 'drone-strike',
      perpetrator: 'ukraine',
      allegedBy: 'ukraine',
      against: 'russia',
      place: 'Olya seaport (Astrakhan region) and the Syzran refinery (Samara region)',
      description:
        "Ukraine's General Staff: a precision strike on a ship carrying Shahed components at Olya, and drones on the Syzran refinery, hours before the summit.",
    },
    [S.wionAug15],
  ),
  ev(
    'TalksRoundOpened',
    'round-alaska-opened',
    { occurredAt: '2025-08-15', recordedAt: at('08-16', '08:00') },
    {
      roundId: R.alaska,
      label: 'Alaska summit (Trump – Putin)',
      venue: 'Joint Base Elmendorf-Richardson, Anchorage',
      format: 'formal',
      hosts: ['united-states'],
      delegations: [
        { actorId: 'united-states', head: TRUMP },
        { actorId: 'russia', head: PUTIN },
      ],
    },
    [S.dalsanAug16],
  ),
  ev(
    'TalksRoundConcluded',
    'round-alaska-concluded',
    { occurredAt: '2025-08-15', recordedAt: at('08-16', '08:05') },
    {
      roundId: R.alaska,
      outcome: 'no-progress',
      summary:
        'Under three hours; "no deal until there\'s a deal" (Trump), an "understanding" (Putin), who insists the "root causes" be resolved first. No ceasefire; no questions taken.',
    },
    [S.dalsanAug16, S.kdpAug16],
  ),
  ev(
    'UltimatumResolved',
    'ult-ten-days-withdrawn',
    { occurredAt: '2025-08-15', recordedAt: at('08-16', '08:10') },
    {
      ultimatumId: U.tenDays,
      resolution: 'withdrawn',
      summary:
        'After the summit Trump says that "because of what happened today" he does not have to think about the consequences now.',
    },
    [S.kdpAug16],
  ),
  russianStrike(
    'inc-kharkiv-2025-08-18',
    '2025-08-18T03:00:00Z',
    at('08-18', '16:00'),
    'drone-strike',
    'Kharkiv, an apartment building',
    7,
    20,
    'Five Shahed drones hit an apartment building at dawn: seven killed, among them a family of four with a toddler, 20 injured; 140 drones and four missiles across 25 locations overnight.',
    [S.nysunAug18, S.irishtimesAug18],
  ),
  russianStrike(
    'inc-zaporizhzhia-2025-08-18',
    '2025-08-18T05:00:00Z',
    at('08-18', '16:05'),
    'missile-strike',
    'Zaporizhzhia',
    3,
    24,
    'A ballistic missile strike on Zaporizhzhia: three killed, 24 wounded.',
    [S.irishtimesAug18, S.pulseAug18],
  ),
  russianStrike(
    'inc-donetsk-2025-08-18',
    '2025-08-18',
    at('08-18', '16:10'),
    'clash',
    'Donetsk region, the front',
    5,
    4,
    'Ground fighting in the Donetsk region kills five and injures four (regional officials).',
    [graded(S.pulseAug18, 3)],
  ),
  ev(
    'TalksRoundOpened',
    'round-white-house-opened',
    { occurredAt: '2025-08-18T17:00:00Z', precision: 'approximate', recordedAt: at('08-18', '18:00') },
    {
      roundId: R.whiteHouse,
      label: 'White House (Trump – Zelensky, with European leaders)',
      venue: 'The White House, Washington',
      format: 'formal',
      hosts: ['united-states'],
      delegations: [
        { actorId: 'united-states', head: TRUMP },
        { actorId: 'ukraine', head: ZELENSKY },
      ],
    },
    [S.nysunAug18],
  ),
  russianStrike(
    'inc-kyiv-2025-08-28',
    '2025-08-27T23:00:00Z',
    at('08-29', '08:00'),
    'missile-strike',
    'Kyiv, Darnytskyi district (a five-storey residential building); the EU delegation and the British Council damaged',
    [23, 23],
    null,
    'Almost 600 drones and over 30 missiles, the biggest attack on the capital of the month: 23 killed, four of them children.',
    [S.pravdaAug28, S.awaazAug29],
  ),
  ev(
    'ActorRegistered',
    'actor-eu',
    { occurredAt: '2025-08-28', recordedAt: at('08-29', '08:05') },
    { actor: EU, role: 'third-party' },
    [S.awaazAug29],
  ),
  ev(
    'StatementMade',
    'stmt-kallas-aug28',
    { occurredAt: '2025-08-28', recordedAt: at('08-29', '08:10') },
    {
      speaker: KALLAS,
      audience: 'russia',
      tone: 'accusation',
      summary:
        "The strikes show Russia's deliberate choice to escalate and mock peace efforts; the Russian chargé d'affaires is summoned.",
    },
    [S.awaazAug29],
  ),
  ev(
    'StatementMade',
    'stmt-sybiha-aug28',
    { occurredAt: '2025-08-28', recordedAt: at('08-29', '08:15') },
    {
      speaker: SYBIHA,
      audience: 'russia',
      tone: 'accusation',
      summary: '"Whatever Putin said in Alaska, his real actions reject diplomacy, dialogue, and peace efforts."',
    },
    [S.pravdaAug28],
  ),
  // ===== October: the sanctions =====
  russianStrike(
    'inc-kyiv-2025-10-22',
    '2025-10-21T23:00:00Z',
    at('10-22', '15:00'),
    'missile-strike',
    'Kyiv (Dniprovskyi district) and the Brovary district of Kyiv Oblast',
    6,
    35,
    'An overnight missile and drone attack on energy infrastructure across Ukraine: two killed in Kyiv, four (two of them children) in the Kyiv region.',
    [S.kiOct22, S.interfaxOct22],
  ),
  russianStrike(
    'inc-kharkiv-2025-10-22',
    '2025-10-22T08:00:00Z',
    at('10-22', '15:05'),
    'drone-strike',
    'Kharkiv, Kholodnohirskyi district (a private kindergarten)',
    1,
    6,
    'Drones hit a kindergarten with 48 children inside (sheltering, unhurt): one man killed, six injured.',
    [S.kiOct22],
  ),
  ev(
    'IncidentReported',
    'inc-ukraine-strikes-2025-10-22',
    { occurredAt: '2025-10-22', recordedAt: at('10-22', '15:10') },
    {
      incidentId: 'ukraine-plant-refinery-2025-10-22',
      kind: 'missile-strike',
      perpetrator: 'ukraine',
      allegedBy: 'ukraine',
      against: 'russia',
      place: 'An ammunition plant and an oil refinery in Russia',
      description: "Ukraine's General Staff confirms strikes on an ammunition plant and a refinery.",
    },
    [graded(S.interfaxOct22, 1)],
  ),
  ev(
    'StatementMade',
    'stmt-bessent-sanctions',
    { occurredAt: '2025-10-22', recordedAt: at('10-23', '12:00') },
    {
      speaker: BESSENT,
      audience: 'russia',
      tone: 'threat',
      summary:
        'Sanctions Rosneft and Lukoil, "which fund the Kremlin\'s war machine", and 34 subsidiaries, given "President Putin\'s refusal to end this senseless war"; Treasury is prepared to take further action. A day after the planned Budapest summit was postponed.',
    },
    [S.dorseyOct22, S.streamlineOct22],
    { cameo: '163' },
  ),
  // ===== November: Ternopil, the 28-point plan, Geneva =====
  russianStrike(
    'inc-ternopil-2025-11-19',
    '2025-11-19T02:00:00Z',
    at('11-19', '18:00'),
    'missile-strike',
    'Ternopil, two nine-storey apartment buildings',
    [26, 31],
    93,
    'Kh-101 cruise missiles hit two apartment buildings in western Ukraine, in a barrage of 476 drones and 48 missiles: at least 26 killed, three of them children, 93 injured; dozens missing.',
    [S.rferlNov19, S.bnoNov19],
  ),
  ev(
    'DemandTabled',
    'dem-plan-28',
    { occurredAt: '2025-11-21', recordedAt: at('11-23', '12:00') },
    {
      demandId: D.plan28,
      by: 'united-states',
      addressedTo: ['ukraine', 'russia'],
      text: 'The 28-point plan: Ukraine withdraws from the parts of Donbas it holds (a demilitarised zone recognised as Russian), caps its army, renounces NATO; sanctions relief for Russia.',
      category: 'territorial',
    },
    [S.devdiscourseNov23],
  ),
  ev(
    'UltimatumIssued',
    'ult-thanksgiving',
    { occurredAt: '2025-11-21', recordedAt: at('11-23', '12:05') },
    {
      ultimatumId: U.thanksgiving,
      by: 'united-states',
      to: ['ukraine'],
      demandIds: [D.plan28],
      deadline: '2025-11-27',
      consequences: 'Not stated in the reports: a deadline the mediator sets for accepting its plan.',
      channel: 'Trump, on Friday 21 November',
    },
    [S.devdiscourseNov23],
  ),
  ev(
    'IncidentReported',
    'inc-kherson-2025-11-22',
    { occurredAt: '2025-11-22', recordedAt: at('11-23', '12:10') },
    {
      incidentId: 'kherson-oblast-2025-11-22',
      kind: 'shelling',
      perpetrator: 'russia',
      allegedBy: 'ukraine',
      against: 'ukraine',
      place: 'Kherson Oblast',
      fatalities: { min: 4, max: 4 },
      injured: { min: 11, max: 11 },
      description: 'Drones, glide bombs and artillery kill four and injure 11 over the day.',
    },
    [S.kiNov23],
  ),
  ev(
    'IncidentReported',
    'inc-zaporizhzhia-2025-11-22',
    { occurredAt: '2025-11-22', recordedAt: at('11-23', '12:15') },
    {
      incidentId: 'zaporizhzhia-oblast-2025-11-22',
      kind: 'shelling',
      perpetrator: 'russia',
      allegedBy: 'ukraine',
      against: 'ukraine',
      place: 'Zaporizhzhia Oblast (front-line communities) and Zaporizhzhia city',
      fatalities: { min: 2, max: 2 },
      injured: { min: 8, max: 8 },
      description:
        'More than 870 strikes on the region in a day (Fedorov): two killed; a drone strike on a supermarket and homes in the city injures six.',
    },
    [S.kiNov23],
  ),
  ev(
    'TalksRoundOpened',
    'round-geneva-opened',
    { occurredAt: '2025-11-23', recordedAt: at('11-24', '08:00') },
    {
      roundId: R.geneva,
      label: 'Geneva (US – Ukraine, with the E3 and the EU)',
      venue: 'Geneva',
      format: 'formal',
      delegations: [
        { actorId: 'united-states', head: RUBIO },
        { actorId: 'ukraine', head: YERMAK },
      ],
    },
    [S.euromaidanNov24, S.htNov24],
  ),
  ev(
    'StatementMade',
    'stmt-trump-nov23',
    { occurredAt: '2025-11-23', recordedAt: at('11-24', '08:05') },
    {
      speaker: TRUMP,
      audience: 'ukraine',
      tone: 'critical',
      summary: 'Ukraine\'s leadership has expressed "zero gratitude" for US efforts.',
    },
    [S.htNov24, S.euromaidanNov24],
  ),
  ev(
    'TalksRoundConcluded',
    'round-geneva-concluded',
    { occurredAt: '2025-11-23', recordedAt: at('11-24', '08:10') },
    {
      roundId: R.geneva,
      outcome: 'progress',
      summary:
        'Joint statement: "constructive, focused, and respectful"; an "updated and refined peace framework" drafted; final decisions for the two presidents.',
    },
    [S.euromaidanNov24, S.htNov24],
  ),
  russianStrike(
    'inc-kharkiv-2025-11-23',
    '2025-11-23T19:30:00Z',
    at('11-24', '08:15'),
    'drone-strike',
    'Kharkiv, Shevchenkivskyi and Saltivskyi districts',
    4,
    17,
    'A massive drone attack on Kharkiv in the evening, as the Geneva talks go on: four killed, 17 injured, children among them; fires in three residential buildings.',
    [S.kiNov24],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'russia-ukraine-2025.jsonl',
  logEnd: '2025-11-25T00:00:00Z',
  events,
};

export default definition;
