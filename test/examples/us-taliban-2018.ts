/**
 * A test fixture, not a shipped example: the United States – Taliban talks of
 * 2018–21 (the Doha talks) as an analyst following the news could have
 * recorded them, from Zalmay Khalilzad's appointment (4 September 2018)
 * through the Doha rounds, Trump calling the talks off (7 September 2019),
 * their resumption, the week-long "reduction in violence" and the Doha
 * agreement of 29 February 2020, the intra-Afghan talks, Biden's new deadline
 * and the Taliban's threats, the US air strikes of summer 2021, the fall of
 * Kabul and the withdrawal completed on 30 August 2021. Escalation model v2 was
 * never tuned on it: it is the case the model is held to in
 * us-taliban-2018.spec.ts, against the calls an analyst makes from DOMAIN.md
 * §5b alone.
 *
 * What it tests that the other cases did not: talks between a state and an
 * armed movement while both fight, and a third party — the Afghan government,
 * not at the table until the intra-Afghan talks — that the movement goes on
 * fighting after the pair's agreement. The negotiation's parties are the
 * United States and the Taliban; Qatar hosts and mediates, Pakistan helps
 * (registered as a mediator). The Taliban's attacks on Afghan forces are
 * recorded as armed action between the Taliban and the Afghan government
 * (`against: 'afghan-government'`), never the pair's; US strikes on the
 * Taliban, even "in defence of Afghan partners", are the pair's. ISIS-K's
 * airport bombing (26 August 2021) is a third party's attack on the United
 * States, and the US drone strikes after it are against ISIS-K.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source.
 *
 * Grading as in examples/README.md: B = established outlet or wire copy, C =
 * smaller outlet, aggregator, mirror or state media; D = an outlet with a
 * record of slanted claims (a blog copy of RT); 1 = an on-record statement or
 * act confirmed by the actor itself; 2 = several outlets agree or one
 * established outlet reports it; 3 = one side's unverified claim about the
 * other; 4 = a claim the other side's evidence contradicts (the Taliban's
 * claim to have downed the E-11A, which the US military said showed no sign of
 * enemy fire).
 *
 * Judgement calls, recorded as an analyst would:
 * - The log records the armed acts between the pair that the sources date;
 *   the daily air war of 2018–19 is not in it day by day. Pompeo's claim of
 *   "over a thousand Taliban" killed by US forces in the ten days to 8
 *   September 2019 is a `casualty-report` over that period (his claim, graded
 *   3). The US-led strikes of 14 September 2019 (7 to 85 killed, by the
 *   Taliban's and the Afghan defence ministry's counts) were added after the
 *   first run of the model: the analyst had missed a dated report of the
 *   campaign that went on after the talks were called off.
 * - The Green Village bombing (2 September 2019) is recorded `against` the
 *   United States: the Taliban claimed it as an attack on the "foreign
 *   invaders"; those killed were mostly Afghan civilians. The Bagram bombing
 *   (11 December 2019) struck the main US base.
 * - Trump's tweets of 7 September 2019 are the talks suspended by the United
 *   States (not for a time: "called off"), and the Camp David meeting,
 *   scheduled and cancelled, is recorded the same evening. Khalilzad's "brief
 *   pause" after Bagram is a suspension for a time (`temporary`); the talks
 *   are recorded resumed at the announcement of the reduction in violence they
 *   produced (21 February 2020, approximate: no source found dates the
 *   restart in January).
 * - The reduction in violence is recorded as a temporary ceasefire binding
 *   the United States, the Taliban and the Afghan forces from midnight Kabul
 *   time on 22 February 2020 (19:30 UTC on the 21st), covering all hostilities
 *   between them ("largely cease all planned offensive operations
 *   nationwide"); it was to last a week, ran on over the signing, and ended on
 *   2 March when the Taliban declared it over (`expired`). US counter-terrorism
 *   operations against ISIS and al-Qaeda were outside it.
 * - The Doha agreement is a `framework` signed by the two on 29 February 2020
 *   and being implemented from then (the withdrawal began on 10 March, the
 *   first phase was met on 13 July). No ceasefire between the pair is recorded
 *   with it: the agreement has none by name, the Taliban only said they would
 *   "not attack foreign forces", and the US kept striking "in defence of Afghan
 *   partners". Biden's later deadline is not recorded as the agreement ended:
 *   the United States kept withdrawing; the Taliban called it a breach.
 * - The Taliban's warning of 14 April 2021 that troops staying past 1 May
 *   "will bear the responsibility" is an ultimatum (withdraw by 1 May), `lapsed`
 *   on 1 May without enforcement; Shaheen's "red line" of 23 August 2021
 *   (leave by 31 August "or there would be consequences") is another,
 *   `complied` on 30 August.
 * - The fall of Kabul (15 August 2021) is the Taliban's advance on the Afghan
 *   government, a third party: no fighting with US forces was reported.
 * - Places are recorded by province (Helmand for Nahr-e Saraj and Lashkar
 *   Gah, Jowzjan for Sheberghan), one place one way.
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'us-taliban-doha-2018';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 2018);
/** A recordedAt on a given day (UTC): the case spans four years. */
const rec = (day: string, time: string): string => `${day}T${time}:00Z`;

const USA: Actor = {
  id: 'united-states',
  name: 'United States',
  kind: 'state',
  aliases: ['US', 'Washington', 'US Forces-Afghanistan', 'USFOR-A'],
};
const TALIBAN: Actor = {
  id: 'taliban',
  name: 'Taliban',
  kind: 'armed-group',
  aliases: ['Afghan Taliban', 'Islamic Emirate of Afghanistan', 'IEA'],
};
const QATAR: Actor = { id: 'qatar', name: 'Qatar', kind: 'state', aliases: ['Doha'] };
const PAKISTAN: Actor = { id: 'pakistan', name: 'Pakistan', kind: 'state', aliases: ['Islamabad'] };
const AFGHAN_GOV: Actor = {
  id: 'afghan-government',
  name: 'Government of the Islamic Republic of Afghanistan',
  kind: 'state',
  aliases: ['Kabul government', 'ANDSF', 'Afghan National Defense and Security Forces', 'Afghan forces'],
};
const ISKP: Actor = {
  id: 'iskp',
  name: 'Islamic State – Khorasan Province',
  kind: 'armed-group',
  aliases: ['ISIS-K', 'IS-K', 'ISKP'],
};

const KHALILZAD: Person = {
  name: 'Zalmay Khalilzad',
  title: 'US Special Representative for Afghanistan Reconciliation',
  actorId: 'united-states',
};
const TRUMP: Person = { name: 'Donald Trump', title: 'President of the United States', actorId: 'united-states' };
const BIDEN: Person = { name: 'Joe Biden', title: 'President of the United States', actorId: 'united-states' };
const POMPEO: Person = { name: 'Mike Pompeo', title: 'US Secretary of State', actorId: 'united-states' };
const LEGGETT: Person = {
  name: 'Col. Sonny Leggett',
  title: 'Spokesman, US Forces-Afghanistan',
  actorId: 'united-states',
};
const MILLER: Person = {
  name: 'Gen. Scott Miller',
  title: 'Commander, US Forces-Afghanistan',
  actorId: 'united-states',
};
const MCKENZIE: Person = {
  name: 'Gen. Kenneth McKenzie',
  title: 'Commander, US Central Command',
  actorId: 'united-states',
};
const MUJAHID: Person = { name: 'Zabihullah Mujahid', title: 'Taliban spokesman', actorId: 'taliban' };
const SHAHEEN: Person = {
  name: 'Suhail Shaheen',
  title: 'Spokesman of the Taliban political office in Doha',
  actorId: 'taliban',
};
const AHMADI: Person = { name: 'Qari Yousef Ahmadi', title: 'Taliban spokesman', actorId: 'taliban' };
const TALIBAN_STMT: Person = {
  name: 'Taliban (statement)',
  title: 'Islamic Emirate of Afghanistan',
  actorId: 'taliban',
};
const BARADAR: Person = {
  name: 'Mullah Abdul Ghani Baradar',
  title: 'Head of the Taliban political office',
  actorId: 'taliban',
};

const R = {
  doha1: 'doha-2018-10',
  doha2019Jan: 'doha-2019-01',
  doha2019Mar: 'doha-2019-02',
  doha9: 'doha-2019-08',
  campDavid: 'camp-david-2019-09',
  dohaDec: 'doha-2019-12',
  signing: 'doha-2020-02-signing',
  intraAfghan: 'intra-afghan-2020-09',
} as const;
const D = {
  withdrawal: 'withdrawal-foreign-forces',
  ct: 'counter-terrorism-guarantees',
  intraAfghan: 'intra-afghan-negotiations',
  prisoners: 'prisoner-release',
} as const;
const CF = { riv: 'reduction-in-violence-2020-02' } as const;
const U = { may1: 'ultimatum-may-1-2021', aug31: 'ultimatum-aug-31-2021' } as const;
const O = {
  campDavid: 'camp-david-called-off',
  signing: 'doha-agreement-signed',
  rivEnd: 'riv-ended-2020-03-02',
  kabulPause: 'bagram-pause',
} as const;
const S = {
  apSep4_18: source(
    'US appoints veteran envoy for Afghan peace effort',
    'Federal News Radio (AP)',
    'https://federalnewsradio.com/government-news/2018/09/us-appoints-veteran-envoy-for-afghan-peace-effort/',
    '2018-09-04',
    'B',
    1,
  ),
  cprSep5_18: source(
    'Zalmay Khalilzad Appointed As U.S. Special Adviser To Afghanistan',
    'Colorado Public Radio (NPR)',
    'https://www.cpr.org/2018/09/05/zalmay-khalilzad-appointed-as-u-s-special-adviser-to-afghanistan/',
    '2018-09-05',
    'B',
    1,
  ),
  dawnOct14_18: source(
    'Khalilzad holds direct talks with Afghan Taliban in Qatar',
    'Dawn',
    'https://www.dawn.com/news/1438880',
    '2018-10-14',
    'B',
    1,
  ),
  arkOct14_18: source(
    'U.S. envoy said to meet with Taliban',
    'Arkansas Democrat-Gazette (NYT)',
    'http://www.arkansasonline.com/news/2018/oct/14/u-s-envoy-said-to-meet-with-taliban-201/',
    '2018-10-14',
    'B',
    2,
  ),
  abc7Nov27_18: source(
    '3 American soldiers killed in roadside bombing in Afghanistan',
    'ABC7 (AP)',
    'https://abc7.com/3-american-soldiers-killed-in-roadside-bombing-in-afghanistan/4772088/',
    '2018-11-27',
    'B',
    2,
  ),
  indepNov27_18: source(
    'Taliban claims roadside bomb attack that killed three US soldiers in Afghanistan',
    'The Independent',
    'https://independent.co.uk/news/world/asia/us-soldiers-afghanistan-war-taliban-killed-bomb-nato-resolute-support-ghazni-a8654201.html',
    '2018-11-27',
    'B',
    2,
  ),
  eurasianJan26_19: source(
    'US, Taliban finalise draft agreement to end 17-year-old war in Afghanistan',
    'The EurAsian Times (Reuters)',
    'https://eurasiantimes.com/us-taliban-finalise-draft-agreement-to-end-17-year-old-war-in-afghanistan',
    '2019-01-26',
    'C',
    2,
  ),
  sundayJan27_19: source(
    'Khalilzad in Kabul to consult Ghani on peace negotiations with Taliban',
    'Sunday Times (Pakistan)',
    'https://sundaytimes.com.pk/khalilzad-in-kabul-to-consult-ghani-on-peace-negotiations-with-taliban',
    '2019-01-27',
    'C',
    2,
  ),
  arkMar13_19: source(
    "Peace dialogue by U.S., Taliban called 'progress'",
    'Arkansas Democrat-Gazette (AP)',
    'https://www.arkansasonline.com/news/2019/mar/13/peace-dialogue-by-u-s-taliban-called-pr/?news',
    '2019-03-13',
    'B',
    1,
  ),
  okezoneMar23_19: source(
    'Perang dengan Taliban, 2 tentara AS dan 1 pasukan khusus Afghanistan tewas',
    'Okezone (VOA)',
    'https://news.okezone.com/amp/2019/03/23/18/2033846/perang-dengan-taliban-2-tentara-as-dan-1-pasukan-khusus-afghanistan-tewas',
    '2019-03-23',
    'C',
    2,
  ),
  eurasiaRevSep3_19: source(
    "US, Afghan Taliban Reach Deal 'In Principle'",
    'Eurasia Review (RFE/RL)',
    'https://www.eurasiareview.com/03092019-us-afghan-taliban-reach-deal-in-principle/',
    '2019-09-03',
    'B',
    1,
  ),
  gandharaSep3_19: source(
    "Taliban Attack Shakes Kabul, Killing 16 As Peace Deal Reached 'In Principle'",
    'RFE/RL Gandhara',
    'https://gandhara.rferl.org/a/taliban-attack-shakes-kabul-killing-16-as-peace-deal-reached-in-principle-/30143840.html',
    '2019-09-03',
    'B',
    2,
  ),
  bnnSep7_19: source(
    'Trump Says He Canceled Secret Camp David Meeting With Taliban',
    'BNN Bloomberg (Bloomberg)',
    'https://www.bnnbloomberg.ca/trump-says-he-canceled-secret-camp-david-meeting-with-taliban-1.1312660',
    '2019-09-07',
    'B',
    1,
  ),
  theblSep7_19: source(
    'President Trump Cancels Secret Meeting With Taliban, Afghan Leaders',
    'The BL',
    'https://thebl.com/world-news/president-trump-cancels-secret-meeting-with-taliban-afghan-leaders.html',
    '2019-09-07',
    'C',
    2,
  ),
  devdiscourseSep8_19: source(
    "Taliban says talks' cancellation will mean more U.S. lives lost",
    'Devdiscourse (Reuters)',
    'https://www.devdiscourse.com/article/politics/662739-taliban-says-talks-cancellation-will-mean-more-us-lives-lost',
    '2019-09-08',
    'B',
    1,
  ),
  irishSep8_19: source(
    'Taliban says American lives will be lost because Trump cancelled talks',
    'The Irish Times (Reuters)',
    'https://www.irishtimes.com/news/world/us/taliban-says-american-lives-will-be-lost-because-trump-cancelled-talks-1.4011388?localLinksEnabled=false',
    '2019-09-08',
    'B',
    1,
  ),
  freebeaconSep8_19: source(
    "Pompeo: The Taliban's Position Is 'About to Get Worse' After Aborted Talks",
    'Washington Free Beacon',
    'https://freebeacon.com/national-security/pompeo-the-talibans-position-is-about-to-get-worse-after-aborted-talks/',
    '2019-09-08',
    'C',
    1,
  ),
  edmontonSep9_19: source(
    'Kill the Taliban: U.S. has a new strategy after Trump scraps Afghan peace talks',
    'Edmonton Journal (The Telegraph)',
    'https://edmontonjournal.com/news/world/after-trump-scraps-peace-talks-u-s-ramps-up-campaign-to-kill-taliban-commanders/wcm/60f4f320-45d6-4e26-8149-8f378916ea96',
    '2019-09-09',
    'B',
    3,
  ),
  kurvSep9_19: source(
    'Trump: Talks with Taliban are dead',
    'KURV (AP)',
    'http://www.kurv.com/trump-talks-with-taliban-are-dead/',
    '2019-09-09',
    'C',
    1,
  ),
  beastSep15_19: source(
    'Two Taliban Leaders Among 85 Killed in US-Led Airstrikes',
    'The Daily Beast (Reuters)',
    'https://www.thedailybeast.com/two-taliban-leaders-among-85-killed-in-us-led-air-strikes',
    '2019-09-15',
    'B',
    3,
  ),
  alarabiyaSep17_19: source(
    'US service member killed in action in Afghanistan: NATO',
    'Al Arabiya (AFP)',
    'http://english.alarabiya.net/en/News/world/2019/09/17/US-service-member-killed-in-action-in-Afghanistan-NATO.html',
    '2019-09-17',
    'B',
    2,
  ),
  newarabDec7_19: source(
    "US resumes talks with Taliban three months after Trump's 'abrupt halt'",
    'The New Arab (AFP)',
    'https://www.newarab.com/news/us-resumes-talks-taliban-doha-source-reveals',
    '2019-12-07',
    'B',
    2,
  ),
  rferlDec13_19: source(
    'U.S. Briefly Suspends Taliban Peace Talks After Attack On U.S. Base',
    'RFE/RL',
    'https://www.rferl.org/a/u-s-briefly-suspends-taliban-peace-talks-after-attack-on-u-s-base/30323240.html',
    '2019-12-13',
    'B',
    1,
  ),
  iranpressDec12_19: source(
    "US-Taliban talks 'pause' after suicide attack near the Bagram airbase",
    'Iran Press',
    'https://iranpress.com/content/16535/us-taliban-talks-pause-after-suicide-attack-near-the-bagram-airbase',
    '2019-12-12',
    'C',
    2,
  ),
  reutersJan27_20: source(
    'U.S. military confirms E-11A airplane crash in Afghanistan',
    'Reuters',
    'https://www.reuters.com/article/us-afghanistan-airplane-crash-confirm/us-military-confirms-e-11a-airplane-crash-in-afghanistan-idUSKBN1ZQ244',
    '2020-01-27',
    'B',
    4,
  ),
  rtFeb21_20: source(
    "Week-long 'reduction in violence' in Afghanistan to begin at midnight",
    'RT (Reuters)',
    'https://www.rt.com/newsline/481376-reduction-violence-afghanistan-taliban/',
    '2020-02-21',
    'C',
    2,
  ),
  dwFeb21_20: source(
    "Afghanistan: Weeklong 'reduction in violence' to start Saturday",
    'Deutsche Welle',
    'https://www.dw.com/en/afghanistan-weeklong-reduction-in-violence-to-start-saturday/a-52457953?maca=en-rss-en-all-1573-rdf',
    '2020-02-21',
    'B',
    2,
  ),
  wapoFeb21_20: source(
    'Violence reduction in Afghanistan set to begin after midnight Saturday',
    'The Washington Post',
    'https://www.washingtonpost.com/world/violence-reduction-in-afghanistan-set-to-begin-after-midnight-saturday/2020/02/21/c3df0fb2-547d-11ea-80ce-37a8d4266c09_story.html',
    '2020-02-21',
    'B',
    2,
  ),
  irishFeb29_20: source(
    'United States and Taliban sign Afghanistan peace deal',
    'The Irish Times (Reuters)',
    'https://www.irishtimes.com/news/world/middle-east/united-states-and-taliban-sign-afghanistan-peace-deal-1.4189246',
    '2020-02-29',
    'B',
    1,
  ),
  oneindiaFeb29_20: source(
    "US aims to withdraw all forces 'within 14 months'",
    'OneIndia (PTI)',
    'https://www.oneindia.com/international/us-aims-to-withdraw-all-forces-within-14-months-us-afghan-sign-agreement-for-bringing-peace-3042122.html',
    '2020-02-29',
    'B',
    1,
  ),
  wnkyFeb29_20: source(
    'US and Taliban sign deal aimed at ending war in Afghanistan',
    'WNKY (AP)',
    'https://www.wnky.com/us-and-taliban-sign-deal-aimed-at-ending-war-in-afghanistan/',
    '2020-02-29',
    'B',
    1,
  ),
  moneycontrolMar2_20: source(
    'Taliban say will resume operations against Afghan forces',
    'Moneycontrol (PTI)',
    'https://www.moneycontrol.com/news/world/taliban-say-will-resume-operations-against-afghan-forces-4993551.html',
    '2020-03-02',
    'B',
    1,
  ),
  newarabMar2_20: source(
    'Taliban to resume attacks on Afghan forces despite US peace deal agreement',
    'The New Arab (AFP)',
    'https://www.newarab.com/news/taliban-resume-attacks-afghan-forces',
    '2020-03-02',
    'B',
    1,
  ),
  quintMar4_20: source(
    'US Hits Taliban With Airstrike, First Time Since Peace Deal',
    'The Quint (AP)',
    'https://www.thequint.com/news/world/us-taliban-air-strike-first-time-since-peace-deal',
    '2020-03-04',
    'B',
    1,
  ),
  natpostMar4_20: source(
    'U.S. carries out airstrike on Taliban fighters for first time since Doha deal: spokesman',
    'National Post (Reuters)',
    'https://nationalpost.com/pmn/news-pmn/politics-news-pmn/u-s-carries-out-airstrike-on-taliban-fighters-for-first-time-since-doha-deal-spokesman',
    '2020-03-04',
    'B',
    1,
  ),
  medialineMar10_20: source(
    'US Troops Begin Leaving Afghanistan, Military Spokesman Says',
    'The Media Line',
    'https://themedialine.org/headlines/us-troops-begin-leaving-afghanistan-military-spokesman-says/',
    '2020-03-10',
    'B',
    1,
  ),
  amnJul14_20: source(
    'Pentagon: US has less than 8,600 troops in Afghanistan now, meeting goal laid out in Taliban peace deal',
    'American Military News',
    'https://americanmilitarynews.com/2020/07/pentagon-us-has-less-than-8600-troops-in-afghanistan-now-meeting-goal-laid-out-in-taliban-peace-deal',
    '2020-07-14',
    'C',
    1,
  ),
  rtJul14_20: source(
    "Washington-Taliban deal enters 'next phase' after US troops 'depart 5 bases' – envoy",
    'RT (AFP)',
    'https://www.rt.com/newsline/494723-us-taliban-next-phase/',
    '2020-07-14',
    'C',
    1,
  ),
  dailypakSep12_20: source(
    'Historic Intra-Afghan peace talks open in Qatar',
    'Daily Pakistan',
    'https://en.dailypakistan.com.pk/12-Sep-2020/historic-intra-afghan-peace-talks-open-in-qatar',
    '2020-09-12',
    'C',
    1,
  ),
  republicSep12_20: source(
    'Mike Pompeo, Taliban & Afghan govt representatives meet for talks',
    'Republic World',
    'https://www.republicworld.com/world-news/rest-of-the-world-news/mike-pompeo-taliban-afghan-govt-representatives-meet-for-talks.html',
    '2020-09-12',
    'C',
    1,
  ),
  aljazeeraOct12_20: source(
    'US air raids target Taliban fighters advancing on key Afghan city',
    'Al Jazeera',
    'https://www.aljazeera.com/news/2020/10/12/us-hit-taliban-fighters-advancing-on-key-afghan-city',
    '2020-10-12',
    'B',
    1,
  ),
  kvoaOct12_20: source(
    'US forces hit Taliban with air strikes in Helmand',
    'KVOA (AP)',
    'https://kvoa.com/ap-national-news/2020/10/12/us-forces-hit-taliban-with-air-strikes-in-helmand/',
    '2020-10-12',
    'B',
    1,
  ),
  arkApr14_21: source(
    'Biden sets 9/11 exit from Afghanistan',
    'Arkansas Democrat-Gazette (AP)',
    'https://www.arkansasonline.com/news/2021/apr/14/biden-sets-911-exit-from-afghanistan/',
    '2021-04-14',
    'B',
    1,
  ),
  amnApr14_21: source(
    'Biden orders all US troops out of Afghanistan by Sept. 11 – Taliban threatens US troops who stay after May 1',
    'American Military News',
    'https://americanmilitarynews.com/2021/04/biden-orders-all-us-troops-out-of-afghanistan-by-sept-11-taliban-threatens-us-troops-who-stay-after-may-1/',
    '2021-04-14',
    'C',
    2,
  ),
  yahooApr16_21: source(
    "Biden's Afghan pull-out breaches deal and will trigger 'countermeasures' threaten Taliban",
    'Yahoo News (The Telegraph)',
    'https://uk.news.yahoo.com/bidens-afghan-pull-breaches-deal-152106588.html',
    '2021-04-16',
    'B',
    1,
  ),
  axiosMay1_21: source(
    'Taliban threatens to attack U.S., NATO troops as May 1 Trump withdrawal date passes',
    'Yahoo News (Axios)',
    'https://news.yahoo.com/taliban-threatens-attack-u-nato-195920239.html',
    '2021-05-01',
    'B',
    1,
  ),
  sevennewsMay1_21: source(
    'Taliban warn US as troops quit Afghanistan',
    '7News (dpa)',
    'https://7news.com.au/news/conflict/taliban-warn-us-as-troops-quit-afghanistan-c-2734646',
    '2021-05-01',
    'B',
    1,
  ),
  siouxJul22_21: source(
    'US launched several airstrikes in support of Afghan forces',
    'Sioux City Journal (AP)',
    'https://siouxcityjournal.com/news/national/govt-and-politics/us-launched-several-airstrikes-in-support-of-afghan-forces/article_71f2af09-8fc8-504c-a38f-d269d55431cf.html',
    '2021-07-22',
    'B',
    1,
  ),
  sputnikJul25_21: source(
    "US Vows Increased Level of Air Strikes Supporting Afghan Gov't If Taliban Continues Attacks",
    'Sputnik',
    'https://sputniknews.com/world/202107251083459933-us-vows-increased-level-of-air-strikes-supporting-afghan-govt-if-taliban-continues-attacks/',
    '2021-07-25',
    'C',
    1,
  ),
  timesJul26_21: source(
    'US hints at more strikes on Taliban after troops leave',
    'The Times',
    'https://www.thetimes.co.uk/article/us-hints-at-more-strikes-on-taliban-after-troops-leave-kx27gvtsw',
    '2021-07-26',
    'B',
    1,
  ),
  sheltonAug4_21: source(
    'Airstrikes pummel Taliban positions in southern Afghanistan',
    'Shelton Herald (AP)',
    'https://www.sheltonherald.com/news/article/Airstrikes-pummel-Taliban-positions-in-southern-16363137.php',
    '2021-08-04',
    'B',
    2,
  ),
  opindiaAug7_21: source(
    'USA sends in B-52 bombers and Spectre gunships to stop the Taliban',
    'OpIndia (Arab News)',
    'https://www.opindia.com/2021/08/usa-sends-in-b-52-bombers-and-spectre-gunships-to-stop-the-taliban/',
    '2021-08-07',
    'C',
    3,
  ),
  cosmosAug8_21: source(
    'US B-52 bombers strike Afghanistan',
    'Cosmos Chronicle (RT)',
    'https://cosmoschronicle.com/us-b-52-bombers-strike-afghanistan/',
    '2021-08-08',
    'D',
    3,
  ),
  idnAug9_21: source(
    'US conducts several airstrikes in defence of Afghan partners',
    'Indian Defence News (Bloomberg)',
    'http://www.indiandefensenews.in/2021/08/us-conducts-several-airstrikes-in.html',
    '2021-08-09',
    'C',
    2,
  ),
  quintAug16_21: source(
    "Taliban's Seizure of Afghanistan: Fear and Panic Grips Kabul",
    'The Quint (Reuters)',
    'https://www.thequint.com/news/world/talibans-seizure-of-afghanistan-fear-and-panic-grips-kabul',
    '2021-08-16',
    'B',
    1,
  ),
  newsamAug15_21: source(
    'Taliban to declare Islamic Emirate of Afghanistan from presidential palace',
    'News.am (AP)',
    'https://news.am/eng/news/658381.html',
    '2021-08-15',
    'C',
    1,
  ),
  urduAug23_21: source(
    'Taliban Not Giving US, UK Extra Time To Continue Evacuations, Warns Of Consequences',
    'UrduPoint (Sputnik)',
    'https://www.urdupoint.com/en/world/taliban-not-giving-us-uk-extra-time-to-conti-1332173.html',
    '2021-08-23',
    'C',
    1,
  ),
  yahooAug23_21: source(
    'Taliban Insists on Aug. 31 Deadline for U.S. Troop Withdrawal amid Evacuation at the End of the War',
    'Yahoo News (People)',
    'https://news.yahoo.com/taliban-insists-aug-31-deadline-132507785.html',
    '2021-08-23',
    'B',
    1,
  ),
  kittsAug27_21: source(
    'Twelve US Americans killed in Afghan suicide bombings',
    'The St Kitts Nevis Observer',
    'https://www.thestkittsnevisobserver.com/twelve-us-americans-killed-in-afghan-suicide-bombings/',
    '2021-08-27',
    'C',
    2,
  ),
  gsnAug26_21: source(
    '12 U.S. service members killed, 15 injured in Kabul attack: Pentagon',
    'GSN Plus (CBS News)',
    'https://gsnplus.com/news/315/12-u-s-service-members-killed-15-injured-in-kabul-attack-pentagon/',
    '2021-08-26',
    'C',
    1,
  ),
  nydnAug29_21: source(
    'US drone strike kills "multiple suicide bombers" targeting Kabul airport',
    'New York Daily News',
    'https://www.nydailynews.com/news/politics/us-elections-government/ny-afghanistan-drone-strike-20210829-3za26z6rgbac5lzu5jgcwixkwu-story.html',
    '2021-08-29',
    'B',
    1,
  ),
  ripplesAug30_21: source(
    'Nine family members, including children, killed in US drone attack in Kabul',
    'Ripples Nigeria',
    'https://www.ripplesnigeria.com/nine-family-members-including-children-killed-in-us-drone-attack-in-kabul/',
    '2021-08-30',
    'C',
    2,
  ),
  nationalAug30_21: source(
    'US ends its war in Afghanistan as evacuation mission is completed',
    'The National',
    'https://www.thenationalnews.com/world/2021/08/30/us-ends-its-war-in-afghanistan-as-evacuation-mission-is-completed/',
    '2021-08-30',
    'B',
    1,
  ),
  indiacomAug31_21: source(
    'US completes withdrawal of forces from Afghanistan, ending brutal 20-year war',
    'India.com',
    'https://www.india.com/news/world/us-completes-withdrawal-of-forces-from-afghanistan-ending-brutal-20-year-war-key-points-4924717/',
    '2021-08-31',
    'C',
    1,
  ),
};

const events = [
  // ===== 2018: the envoy, the first meetings in Doha =====
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '2018-09-04', recordedAt: rec('2018-09-05', '12:00') },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'United States – Taliban talks (Doha), 2018–21',
      subject:
        'The withdrawal of US and allied forces from Afghanistan against Taliban counter-terrorism guarantees, talks between the Taliban and other Afghans, and a ceasefire',
      parties: [USA, TALIBAN],
      mediators: [QATAR],
    },
    [S.apSep4_18, S.cprSep5_18],
    { note: 'Opened at Pompeo naming Zalmay Khalilzad the lead for reconciliation (4 September 2018).' },
  ),
  ev(
    'ActorRegistered',
    'actor-afghan-government',
    { occurredAt: '2018-09-04', recordedAt: rec('2018-09-05', '12:05') },
    { actor: AFGHAN_GOV, role: 'third-party' },
    [S.cprSep5_18],
    {
      note: 'Not at the table with the Taliban until the intra-Afghan talks; the Taliban fight its forces throughout.',
    },
  ),
  ev(
    'ActorRegistered',
    'actor-pakistan',
    { occurredAt: '2018-09-04', recordedAt: rec('2018-09-05', '12:10') },
    { actor: PAKISTAN, role: 'mediator' },
    [S.cprSep5_18],
    {
      note: "Khalilzad's appointment was announced on Pompeo's way to Islamabad; Pakistan helps bring the Taliban to the talks.",
    },
  ),
  ev(
    'TalksRoundOpened',
    'round-doha1-opened',
    { occurredAt: '2018-10-12', recordedAt: rec('2018-10-14', '09:00') },
    {
      roundId: R.doha1,
      label: 'Khalilzad meets the Taliban in Doha',
      format: 'informal',
      venue: 'Doha',
      hosts: ['qatar'],
      delegations: [{ actorId: 'united-states', head: KHALILZAD }, { actorId: 'taliban' }],
    },
    [S.dawnOct14_18, S.arkOct14_18],
  ),
  ev(
    'TalksRoundConcluded',
    'round-doha1-concluded',
    { occurredAt: '2018-10-12', recordedAt: rec('2018-10-14', '09:05') },
    {
      roundId: R.doha1,
      outcome: 'progress',
      summary:
        'Six Taliban representatives and Khalilzad "talked about the end of occupation and a peaceful resolution"; both sides agreed to continue their meetings (the Taliban statement).',
    },
    [S.dawnOct14_18, S.arkOct14_18],
  ),
  ev(
    'DemandTabled',
    'demand-withdrawal',
    { occurredAt: '2018-10-12', recordedAt: rec('2018-10-14', '09:10') },
    {
      demandId: D.withdrawal,
      by: 'taliban',
      addressedTo: ['united-states'],
      text: 'The withdrawal of US and allied forces from Afghanistan (an end to the "occupation")',
      category: 'security',
    },
    [S.arkOct14_18],
  ),
  ev(
    'IncidentReported',
    'ghazni-2018-11-27',
    { occurredAt: '2018-11-27', recordedAt: rec('2018-11-27', '20:00') },
    {
      incidentId: 'ghazni-ied-2018-11-27',
      kind: 'militant-attack',
      perpetrator: 'taliban',
      against: 'united-states',
      target: 'US convoy',
      place: 'Ghazni',
      fatalities: { min: 3, max: 3 },
      injured: { min: 4, max: 4 },
      description:
        'A roadside bomb kills three US service members near Ghazni city and wounds three more and a US contractor; the Taliban claim it.',
    },
    [S.abc7Nov27_18, S.indepNov27_18],
  ),
  // ===== 2019: the Doha rounds =====
  ev(
    'TalksRoundOpened',
    'round-jan19-opened',
    { occurredAt: '2019-01-21', recordedAt: rec('2019-01-27', '09:00') },
    {
      roundId: R.doha2019Jan,
      label: 'Doha talks, January 2019 (six days)',
      format: 'formal',
      venue: 'Doha',
      hosts: ['qatar'],
      delegations: [{ actorId: 'united-states', head: KHALILZAD }, { actorId: 'taliban' }],
    },
    [S.eurasianJan26_19],
  ),
  ev(
    'TalksRoundConcluded',
    'round-jan19-concluded',
    { occurredAt: '2019-01-26', recordedAt: rec('2019-01-27', '09:05') },
    {
      roundId: R.doha2019Jan,
      outcome: 'progress',
      summary:
        '"We made significant progress on vital issues" (Khalilzad). Taliban sources: an 18-month timeline for the withdrawal and assurances that Afghanistan will not be used by al-Qaeda or ISIS against the United States.',
      nextSteps: 'A new round in Doha from 25 February.',
    },
    [S.eurasianJan26_19, S.sundayJan27_19],
  ),
  ev(
    'DemandTabled',
    'demand-ct',
    { occurredAt: '2019-01-26', recordedAt: rec('2019-01-27', '09:10') },
    {
      demandId: D.ct,
      by: 'united-states',
      addressedTo: ['taliban'],
      text: 'Guarantees that Afghan soil will not be used by al-Qaeda, ISIS or others to threaten the United States and its allies',
      category: 'security',
    },
    [S.eurasianJan26_19, S.sundayJan27_19],
  ),
  ev(
    'DemandTabled',
    'demand-intra-afghan',
    { occurredAt: '2019-01-26', recordedAt: rec('2019-01-27', '09:15') },
    {
      demandId: D.intraAfghan,
      by: 'united-states',
      addressedTo: ['taliban'],
      text: 'Talks between the Taliban and other Afghans, the government included, and a comprehensive ceasefire',
      category: 'political',
    },
    [S.sundayJan27_19],
    { note: 'Khalilzad: nothing is agreed without an intra-Afghan dialogue and a full ceasefire.' },
  ),
  ev(
    'TalksRoundOpened',
    'round-mar19-opened',
    { occurredAt: '2019-02-25', recordedAt: rec('2019-03-13', '09:00') },
    {
      roundId: R.doha2019Mar,
      label: 'Doha talks, February–March 2019 (the longest round, with Baradar)',
      format: 'formal',
      venue: 'Doha',
      hosts: ['qatar'],
      delegations: [
        { actorId: 'united-states', head: KHALILZAD },
        { actorId: 'taliban', head: BARADAR },
      ],
    },
    [S.arkMar13_19],
  ),
  ev(
    'TalksRoundConcluded',
    'round-mar19-concluded',
    { occurredAt: '2019-03-12', recordedAt: rec('2019-03-13', '09:05') },
    {
      roundId: R.doha2019Mar,
      outcome: 'progress',
      summary:
        'Two draft agreements, on a withdrawal timeline and on counter-terrorism measures ("agreed in draft"); the Taliban stress that no ceasefire and no talks with the Afghan government were agreed.',
    },
    [S.arkMar13_19],
  ),
  ev(
    'PositionTaken',
    'pos-taliban-ct-mar19',
    { occurredAt: '2019-03-12', recordedAt: rec('2019-03-13', '09:10') },
    {
      demandId: D.ct,
      actorId: 'taliban',
      stance: 'accepted-in-principle',
      conditions: 'In a draft tied to the withdrawal timeline',
    },
    [S.arkMar13_19],
  ),
  ev(
    'PositionTaken',
    'pos-taliban-intra-mar19',
    { occurredAt: '2019-03-12', recordedAt: rec('2019-03-13', '09:15') },
    {
      demandId: D.intraAfghan,
      actorId: 'taliban',
      stance: 'rejected',
      quote: 'No agreement for it to speak to the Afghan government (the Taliban statement, as AP reports it)',
    },
    [S.arkMar13_19],
  ),
  ev(
    'IncidentReported',
    'kunduz-2019-03-22',
    { occurredAt: '2019-03-22', recordedAt: rec('2019-03-23', '09:00') },
    {
      incidentId: 'kunduz-raid-2019-03-22',
      kind: 'clash',
      perpetrator: 'taliban',
      against: 'united-states',
      target: 'A joint US–Afghan operation',
      place: 'Kunduz',
      fatalities: { min: 2, max: 3 },
      description:
        'Two US soldiers and an Afghan commando are killed in fighting with the Taliban around Kunduz city; Resolute Support confirms the two Americans; the Taliban say they "fiercely" met the joint raid.',
    },
    [S.okezoneMar23_19],
  ),
  // ===== The ninth round, the Kabul bombings, the talks called off =====
  ev(
    'TalksRoundOpened',
    'round-doha9-opened',
    { occurredAt: '2019-08-22', precision: 'approximate', recordedAt: rec('2019-09-03', '08:00') },
    {
      roundId: R.doha9,
      label: 'Doha talks, ninth round',
      format: 'formal',
      venue: 'Doha',
      hosts: ['qatar'],
      delegations: [{ actorId: 'united-states', head: KHALILZAD }, { actorId: 'taliban' }],
    },
    [S.eurasiaRevSep3_19],
  ),
  ev(
    'TalksRoundConcluded',
    'round-doha9-concluded',
    { occurredAt: '2019-09-01', recordedAt: rec('2019-09-03', '08:05') },
    {
      roundId: R.doha9,
      outcome: 'progress',
      summary:
        'Khalilzad: "at the threshold" of a deal; in Kabul on 2 September he says it is agreed "in principle" — 5,000 troops to leave five bases within 135 days against the guarantees — but not final until President Trump agrees.',
    },
    [S.eurasiaRevSep3_19, S.gandharaSep3_19],
  ),
  ev(
    'PositionTaken',
    'pos-us-withdrawal-sep19',
    { occurredAt: '2019-09-02', recordedAt: rec('2019-09-03', '08:10') },
    {
      demandId: D.withdrawal,
      actorId: 'united-states',
      stance: 'accepted-in-principle',
      conditions: 'A gradual, conditions-based reduction and withdrawal; not final until the President agrees',
      speaker: KHALILZAD,
    },
    [S.eurasiaRevSep3_19],
  ),
  ev(
    'IncidentReported',
    'green-village-2019-09-02',
    { occurredAt: '2019-09-02T17:30:00Z', precision: 'approximate', recordedAt: rec('2019-09-03', '08:15') },
    {
      incidentId: 'green-village-2019-09-02',
      kind: 'militant-attack',
      perpetrator: 'taliban',
      against: 'united-states',
      target: 'The Green Village compound of foreign organisations (the Taliban: "foreign invaders")',
      place: 'Kabul',
      fatalities: { min: 16, max: 16 },
      injured: { min: 119, max: 119 },
      civilianFatalities: { min: 16, max: 16 },
      description:
        'A tractor bomb and gunmen strike the Green Village compound while Khalilzad\'s interview airs; the Taliban claim it as a "martyr attack on foreign invaders". At least 16 civilians killed, 119 wounded.',
    },
    [S.gandharaSep3_19],
  ),
  ev(
    'IncidentReported',
    'kabul-2019-09-05',
    { occurredAt: '2019-09-05', recordedAt: rec('2019-09-07', '22:00') },
    {
      incidentId: 'kabul-car-bomb-2019-09-05',
      kind: 'militant-attack',
      perpetrator: 'taliban',
      against: 'united-states',
      target: 'US and NATO vehicles near the US embassy',
      place: 'Kabul',
      fatalities: { min: 12, max: 12 },
      civilianFatalities: { min: 10, max: 10 },
      description:
        'A Taliban car bomb near the US embassy kills Sgt. 1st Class Elis Barreto Ortiz, a Romanian service member and ten civilians; the fourth US service member killed in two weeks.',
    },
    [S.theblSep7_19, S.bnnSep7_19],
  ),
  ev(
    'TalksRoundScheduled',
    'round-campdavid-scheduled',
    { occurredAt: '2019-09-07', precision: 'approximate', recordedAt: rec('2019-09-07', '22:05') },
    {
      roundId: R.campDavid,
      label: 'Secret meeting at Camp David (Trump, the Taliban leaders, separately Ghani)',
      format: 'informal',
      venue: 'Camp David',
      plannedFor: '2019-09-08',
    },
    [S.bnnSep7_19],
    { occurrence: O.campDavid, note: 'Known only when Trump tweeted that he had cancelled it.' },
  ),
  ev(
    'TalksRoundCancelled',
    'round-campdavid-cancelled',
    { occurredAt: '2019-09-07T23:00:00Z', precision: 'approximate', recordedAt: rec('2019-09-07', '23:30') },
    { roundId: R.campDavid, reason: 'The Kabul bombing that killed a US soldier (5 September)' },
    [S.bnnSep7_19, S.theblSep7_19],
    { occurrence: O.campDavid },
  ),
  ev(
    'TalksSuspended',
    'talks-called-off-sep19',
    { occurredAt: '2019-09-07T23:00:00Z', precision: 'approximate', recordedAt: rec('2019-09-07', '23:35') },
    {
      by: 'united-states',
      reason: '"I immediately canceled the meeting and called off peace negotiations" (Trump, on Twitter)',
    },
    [S.bnnSep7_19, S.theblSep7_19],
    { occurrence: O.campDavid },
  ),
  ev(
    'StatementMade',
    'stmt-trump-sep7',
    { occurredAt: '2019-09-07T23:00:00Z', precision: 'approximate', recordedAt: rec('2019-09-07', '23:40') },
    {
      speaker: TRUMP,
      audience: 'taliban',
      tone: 'accusation',
      summary:
        'The Taliban admitted the Kabul attack "in order to build false leverage"; if they cannot agree to a ceasefire during the talks they probably cannot negotiate a meaningful agreement.',
      quote: 'How many more decades are they willing to fight?',
    },
    [S.theblSep7_19, S.bnnSep7_19],
    { occurrence: O.campDavid },
  ),
  ev(
    'StatementMade',
    'stmt-mujahid-sep8',
    { occurredAt: '2019-09-08', recordedAt: rec('2019-09-08', '18:00') },
    {
      speaker: MUJAHID,
      audience: 'united-states',
      tone: 'military-threat',
      summary:
        'Cancelling the talks "will lead to more losses to the US … losses to lives and assets will increase"; both sides had agreed intra-Afghan talks for 23 September.',
      quote: 'The Americans will suffer more than anyone else for cancelling the talks',
    },
    [S.devdiscourseSep8_19, S.irishSep8_19],
  ),
  ev(
    'StatementMade',
    'stmt-pompeo-sep8',
    { occurredAt: '2019-09-08', recordedAt: rec('2019-09-08', '18:05') },
    {
      speaker: POMPEO,
      audience: 'taliban',
      tone: 'military-threat',
      summary:
        'The talks are dead "for the time being"; "if you\'re the Taliban, conditions have been worsening. They\'re about to get worse"; US forces killed over a thousand Taliban in the last ten days.',
    },
    [S.freebeaconSep8_19],
  ),
  ev(
    'IncidentReported',
    'us-strikes-aug29-sep8-2019',
    { occurredAt: '2019-09-08', recordedAt: rec('2019-09-09', '09:00') },
    {
      incidentId: 'us-operations-2019-08-29-09-08',
      kind: 'casualty-report',
      perpetrator: 'united-states',
      allegedBy: 'united-states',
      against: 'taliban',
      target: 'Taliban fighters',
      fatalities: { min: 1000, max: 1000 },
      period: { from: '2019-08-29', to: '2019-09-08' },
      description:
        'Pompeo: "in the last ten days we\'ve killed over a thousand Taliban" (US air strikes and raids across Afghanistan); no breakdown by place or day given.',
    },
    [graded(S.freebeaconSep8_19, 3), S.edmontonSep9_19],
  ),
  ev(
    'StatementMade',
    'stmt-trump-dead-sep9',
    { occurredAt: '2019-09-09', recordedAt: rec('2019-09-09', '20:00') },
    {
      speaker: TRUMP,
      audience: 'taliban',
      tone: 'critical',
      summary: 'The talks with the Taliban "are dead"; he wants US forces out, but only at the right time.',
      quote: 'They are dead. As far as I am concerned, they are dead.',
    },
    [S.kurvSep9_19],
  ),
  ev(
    'IncidentReported',
    'us-strikes-2019-09-14',
    { occurredAt: '2019-09-14T15:00:00Z', precision: 'approximate', recordedAt: rec('2019-09-17', '21:00') },
    {
      incidentId: 'us-strikes-2019-09-14',
      kind: 'airstrike',
      perpetrator: 'united-states',
      against: 'taliban',
      target: 'Taliban fighters and two Taliban shadow provincial governors',
      place: 'Northern and western Afghanistan',
      fatalities: { min: 7, max: 85 },
      description:
        "US-led air strikes from Saturday evening with Afghan raids, to foil planned Taliban attacks: 85 Taliban killed by Afghanistan's defence ministry, two shadow governors among them; the Taliban say seven killed and eleven wounded.",
    },
    [S.beastSep15_19, S.alarabiyaSep17_19],
  ),
  // ===== December 2019: resumed, Bagram, paused =====
  ev(
    'TalksResumed',
    'talks-resumed-dec19',
    { occurredAt: '2019-12-07', recordedAt: rec('2019-12-07', '18:00') },
    { by: 'united-states', reason: 'Trump at Bagram (28 November): the Taliban "wants to make a deal"' },
    [S.newarabDec7_19],
  ),
  ev(
    'TalksRoundOpened',
    'round-dec19-opened',
    { occurredAt: '2019-12-07', recordedAt: rec('2019-12-07', '18:05') },
    {
      roundId: R.dohaDec,
      label: 'Doha talks resumed, December 2019',
      format: 'formal',
      venue: 'Doha',
      hosts: ['qatar'],
      delegations: [{ actorId: 'united-states', head: KHALILZAD }, { actorId: 'taliban' }],
    },
    [S.newarabDec7_19],
    {
      note: '"The focus of discussion will be reduction of violence that leads to intra-Afghan negotiations and a ceasefire" (a US source).',
    },
  ),
  ev(
    'IncidentReported',
    'bagram-2019-12-11',
    { occurredAt: '2019-12-11', recordedAt: rec('2019-12-13', '09:00') },
    {
      incidentId: 'bagram-2019-12-11',
      kind: 'militant-attack',
      perpetrator: 'taliban',
      against: 'united-states',
      target: 'Bagram air base, the main US base in Afghanistan',
      place: 'Parwan',
      fatalities: { min: 2, max: 2 },
      injured: { min: 70, max: 80 },
      civilianFatalities: { min: 2, max: 2 },
      description:
        'Taliban suicide car bombs and gunmen strike near Bagram air base: two Afghan civilians killed, over seventy wounded, five Georgian soldiers among them; no US dead.',
    },
    [S.rferlDec13_19, S.iranpressDec12_19],
  ),
  ev(
    'TalksSuspended',
    'talks-paused-dec19',
    { occurredAt: '2019-12-12', recordedAt: rec('2019-12-13', '09:05') },
    {
      by: 'united-states',
      reason: 'Khalilzad: "outrage" at the Bagram attack; "a brief pause" for the Taliban to consult their leadership',
      temporary: true,
    },
    [S.rferlDec13_19, S.iranpressDec12_19],
    { occurrence: O.kabulPause },
  ),
  ev(
    'StatementMade',
    'stmt-khalilzad-dec12',
    { occurredAt: '2019-12-12', recordedAt: rec('2019-12-13', '09:10') },
    {
      speaker: KHALILZAD,
      audience: 'taliban',
      tone: 'accusation',
      summary:
        'He told the Taliban of his outrage at the attack on Bagram, which "recklessly killed two and wounded dozens of civilians"; they must show they are willing and able to respond to the Afghan desire for peace.',
    },
    [S.rferlDec13_19],
    { occurrence: O.kabulPause },
  ),
  ev(
    'IncidentReported',
    'e11a-2020-01-27',
    { occurredAt: '2020-01-27T08:40:00Z', precision: 'approximate', recordedAt: rec('2020-01-27', '20:00') },
    {
      incidentId: 'e11a-ghazni-2020-01-27',
      kind: 'clash',
      perpetrator: 'taliban',
      allegedBy: 'taliban',
      against: 'united-states',
      target: 'A US Air Force E-11A',
      place: 'Ghazni',
      description:
        'A US E-11A crashes in Deh Yak, Ghazni; the Taliban claim they brought it down. The US military: "no indications the crash was caused by enemy fire".',
    },
    [S.reutersJan27_20],
  ),
  // ===== February 2020: the reduction in violence and the agreement =====
  ev(
    'TalksResumed',
    'talks-resumed-feb20',
    { occurredAt: '2020-02-21', precision: 'approximate', recordedAt: rec('2020-02-21', '18:00') },
    { by: 'united-states', reason: 'The reduction in violence was agreed in the renewed Doha talks' },
    [S.rtFeb21_20],
    {
      note: 'Talks had resumed after the pause of 12 December; no source found dates the restart, so it is dated to the announcement they produced.',
    },
  ),
  ev(
    'CeasefireDeclared',
    'riv-declared',
    { occurredAt: '2020-02-21T19:30:00Z', recordedAt: rec('2020-02-21', '19:35') },
    {
      ceasefireId: CF.riv,
      parties: ['united-states', 'taliban', 'afghan-government'],
      scope:
        'A week-long "reduction in violence" nationwide: the Taliban, US and Afghan forces largely cease planned offensive operations; US counter-terrorism operations against ISIS and al-Qaeda continue',
      duration: 'temporary',
    },
    [S.rtFeb21_20, S.dwFeb21_20, S.wapoFeb21_20],
    {
      note: 'From midnight Kabul time on 22 February; the Taliban refuse to call it a ceasefire. Meant to last a week and to lead to the signing.',
    },
  ),
  ev(
    'TalksRoundOpened',
    'round-signing-opened',
    { occurredAt: '2020-02-29', recordedAt: rec('2020-02-29', '18:00') },
    {
      roundId: R.signing,
      label: 'Signing of the US–Taliban agreement, Doha',
      format: 'formal',
      venue: 'Doha (Sheraton Grand)',
      hosts: ['qatar'],
      delegations: [
        { actorId: 'united-states', head: KHALILZAD, members: [POMPEO] },
        { actorId: 'taliban', head: BARADAR },
      ],
    },
    [S.oneindiaFeb29_20, S.wnkyFeb29_20],
    { occurrence: O.signing },
  ),
  ev(
    'TalksRoundConcluded',
    'round-signing-concluded',
    { occurredAt: '2020-02-29', recordedAt: rec('2020-02-29', '18:05') },
    {
      roundId: R.signing,
      outcome: 'agreement',
      summary:
        'Khalilzad and Baradar sign the Agreement for Bringing Peace to Afghanistan before Pompeo and the Qatari hosts.',
    },
    [S.oneindiaFeb29_20, S.irishFeb29_20],
    { occurrence: O.signing },
  ),
  ev(
    'AgreementReached',
    'agreement-doha',
    { occurredAt: '2020-02-29', recordedAt: rec('2020-02-29', '18:10') },
    {
      agreementId: 'doha-agreement-2020',
      kind: 'framework',
      provisions: [
        'US forces reduced to 8,600 and five bases left within 135 days',
        'All US and allied forces withdrawn within 14 months if the Taliban keep their commitments',
        'The Taliban will not allow any group, al-Qaeda included, to use Afghan soil to threaten the United States and its allies',
        'Intra-Afghan negotiations to start on 10 March 2020, with up to 5,000 Taliban and 1,000 government prisoners released',
        'A permanent and comprehensive ceasefire on the agenda of the intra-Afghan negotiations',
      ],
      signatories: ['united-states', 'taliban'],
      textPublic: true,
      roundId: R.signing,
      status: 'signed',
    },
    [S.irishFeb29_20, S.oneindiaFeb29_20, S.wnkyFeb29_20],
    { occurrence: O.signing, note: 'Annexes not public.' },
  ),
  ev(
    'PositionTaken',
    'pos-us-withdrawal-feb20',
    { occurredAt: '2020-02-29', recordedAt: rec('2020-02-29', '18:15') },
    {
      demandId: D.withdrawal,
      actorId: 'united-states',
      stance: 'conditional',
      conditions: 'Within 14 months, if the Taliban keep their commitments',
    },
    [S.irishFeb29_20, S.wnkyFeb29_20],
    { occurrence: O.signing },
  ),
  ev(
    'PositionTaken',
    'pos-taliban-ct-feb20',
    { occurredAt: '2020-02-29', recordedAt: rec('2020-02-29', '18:20') },
    { demandId: D.ct, actorId: 'taliban', stance: 'accepted' },
    [S.oneindiaFeb29_20, S.wnkyFeb29_20],
    { occurrence: O.signing },
  ),
  ev(
    'PositionTaken',
    'pos-taliban-intra-feb20',
    { occurredAt: '2020-02-29', recordedAt: rec('2020-02-29', '18:25') },
    {
      demandId: D.intraAfghan,
      actorId: 'taliban',
      stance: 'conditional',
      conditions: 'Talks with the government after the release of 5,000 Taliban prisoners',
    },
    [S.oneindiaFeb29_20],
    { occurrence: O.signing },
  ),
  ev(
    'CeasefireEnded',
    'riv-ended',
    { occurredAt: '2020-03-02', recordedAt: rec('2020-03-02', '14:00') },
    {
      ceasefireId: CF.riv,
      reason: 'expired',
      summary:
        '"The reduction in violence … has ended now and our operations will continue as normal" (Mujahid): against the Kabul government\'s forces, not foreign forces.',
    },
    [S.moneycontrolMar2_20, S.newarabMar2_20],
    { occurrence: O.rivEnd },
  ),
  ev(
    'StatementMade',
    'stmt-mujahid-mar2',
    { occurredAt: '2020-03-02', recordedAt: rec('2020-03-02', '14:05') },
    {
      speaker: MUJAHID,
      audience: 'afghan-government',
      tone: 'military-threat',
      summary:
        'Operations resume against the Afghan forces; "as per the (US-Taliban) agreement, our mujahideen will not attack foreign forces"; no intra-Afghan talks without the release of 5,000 prisoners.',
    },
    [S.moneycontrolMar2_20, S.newarabMar2_20],
    { occurrence: O.rivEnd },
  ),
  ev(
    'StatementMade',
    'stmt-trump-mar3',
    { occurredAt: '2020-03-03', recordedAt: rec('2020-03-04', '12:00') },
    {
      speaker: TRUMP,
      audience: 'taliban',
      tone: 'conciliatory',
      summary:
        'He spoke with the leader of the Taliban: "a very good conversation"; "we have agreed there is no violence".',
    },
    [S.quintMar4_20],
  ),
  ev(
    'IncidentReported',
    'helmand-andsf-2020-03-03',
    { occurredAt: '2020-03-03', recordedAt: rec('2020-03-04', '12:05') },
    {
      incidentId: 'helmand-checkpoints-2020-03-03',
      kind: 'clash',
      perpetrator: 'taliban',
      allegedBy: 'united-states',
      against: 'afghan-government',
      target: 'Afghan army and police checkpoints',
      place: 'Helmand',
      description: 'USFOR-A: the Taliban conducted 43 attacks on Afghan checkpoints in Helmand on 3 March alone.',
    },
    [S.quintMar4_20],
  ),
  ev(
    'IncidentReported',
    'us-strike-helmand-2020-03-04',
    { occurredAt: '2020-03-04', recordedAt: rec('2020-03-04', '12:10') },
    {
      incidentId: 'nahr-e-saraj-2020-03-04',
      kind: 'airstrike',
      perpetrator: 'united-states',
      against: 'taliban',
      target: 'Taliban fighters attacking an Afghan checkpoint in Nahr-e Saraj',
      place: 'Helmand',
      description:
        'A US "defensive strike to disrupt the attack" on an Afghan checkpoint, the first US strike on the Taliban in eleven days (Col. Leggett); no toll given.',
    },
    [S.natpostMar4_20, S.quintMar4_20],
  ),
  ev(
    'StatementMade',
    'stmt-leggett-mar4',
    { occurredAt: '2020-03-04', recordedAt: rec('2020-03-04', '12:15') },
    {
      speaker: LEGGETT,
      audience: 'taliban',
      tone: 'accusation',
      summary:
        'The Taliban promised to reduce violence; they appear to be squandering the opportunity; "we call on the Taliban to stop needless attacks and uphold their commitments … we will defend our partners when required".',
    },
    [S.quintMar4_20, S.natpostMar4_20],
  ),
  ev(
    'StatementMade',
    'stmt-leggett-mar10',
    { occurredAt: '2020-03-10', recordedAt: rec('2020-03-10', '18:00') },
    {
      speaker: LEGGETT,
      audience: 'taliban',
      tone: 'neutral',
      summary:
        'US Forces-Afghanistan has begun its conditions-based reduction to 8,600 over 135 days, in accordance with the US-Taliban agreement.',
    },
    [S.medialineMar10_20],
  ),
  ev(
    'StatementMade',
    'stmt-khalilzad-jul13',
    { occurredAt: '2020-07-13', recordedAt: rec('2020-07-14', '12:00') },
    {
      speaker: KHALILZAD,
      audience: 'taliban',
      tone: 'neutral',
      summary:
        'A "key milestone": the United States has carried out the first phase of its commitments, down to 8,600 troops and out of five bases (the Pentagon: "we have met this obligation"); what follows depends on the prisoner releases, less violence and intra-Afghan talks.',
    },
    [S.amnJul14_20, S.rtJul14_20],
  ),
  ev(
    'TalksRoundOpened',
    'round-intra-afghan-opened',
    { occurredAt: '2020-09-12', recordedAt: rec('2020-09-12', '18:00') },
    {
      roundId: R.intraAfghan,
      label: 'Intra-Afghan negotiations open in Doha',
      format: 'formal',
      venue: 'Doha',
      hosts: ['qatar'],
      delegations: [
        { actorId: 'taliban', head: BARADAR },
        { actorId: 'afghan-government' },
        { actorId: 'united-states', head: POMPEO, members: [KHALILZAD] },
      ],
    },
    [S.dailypakSep12_20, S.republicSep12_20],
    {
      note: 'The talks the agreement provided for, delayed from 10 March by the prisoner releases; Pompeo attends the opening.',
    },
  ),
  ev(
    'PositionTaken',
    'pos-taliban-intra-sep20',
    { occurredAt: '2020-09-12', recordedAt: rec('2020-09-12', '18:05') },
    { demandId: D.intraAfghan, actorId: 'taliban', stance: 'accepted', speaker: BARADAR },
    [S.dailypakSep12_20],
  ),
  // ===== October 2020: Lashkar Gah =====
  ev(
    'IncidentReported',
    'helmand-offensive-2020-10',
    { occurredAt: '2020-10-11', precision: 'approximate', recordedAt: rec('2020-10-12', '18:00') },
    {
      incidentId: 'lashkar-gah-offensive-2020-10',
      kind: 'clash',
      perpetrator: 'taliban',
      against: 'afghan-government',
      target: 'Afghan outposts around Lashkar Gah',
      place: 'Helmand',
      description:
        'The Taliban attack outposts around Lashkar Gah in coordinated attacks through the week, intensified over the weekend; some 1,500 families flee.',
    },
    [S.aljazeeraOct12_20, S.kvoaOct12_20],
  ),
  ev(
    'IncidentReported',
    'us-strikes-helmand-2020-10',
    { occurredAt: '2020-10-11', precision: 'approximate', recordedAt: rec('2020-10-12', '18:05') },
    {
      incidentId: 'us-strikes-helmand-2020-10-10',
      kind: 'airstrike',
      perpetrator: 'united-states',
      against: 'taliban',
      target: 'Taliban fighters attacking Afghan forces',
      place: 'Helmand',
      description:
        'The United States "conducted several targeted strikes in Helmand" over two days to defend Afghan forces (Col. Leggett); consistent with the agreement, it says. No toll given.',
    },
    [S.aljazeeraOct12_20, S.kvoaOct12_20],
  ),
  ev(
    'StatementMade',
    'stmt-miller-oct12',
    { occurredAt: '2020-10-12', recordedAt: rec('2020-10-12', '18:10') },
    {
      speaker: MILLER,
      audience: 'taliban',
      tone: 'accusation',
      summary:
        'The Taliban must immediately stop their offensive in Helmand and reduce violence: "It is not consistent with the US-Taliban agreement and undermines the ongoing Afghan Peace Talks."',
    },
    [S.aljazeeraOct12_20],
  ),
  // ===== 2021: Biden's deadline =====
  ev(
    'StatementMade',
    'stmt-biden-apr14',
    { occurredAt: '2021-04-14', recordedAt: rec('2021-04-14', '20:00') },
    {
      speaker: BIDEN,
      audience: 'domestic audience',
      tone: 'neutral',
      summary:
        'The withdrawal begins on 1 May and ends before 11 September, unconditionally — past the 1 May date of the agreement.',
    },
    [S.arkApr14_21, S.amnApr14_21],
  ),
  ev(
    'UltimatumIssued',
    'ultimatum-may1',
    { occurredAt: '2021-04-14', recordedAt: rec('2021-04-14', '20:05') },
    {
      ultimatumId: U.may1,
      by: 'taliban',
      to: ['united-states'],
      demandIds: [D.withdrawal],
      deadline: '2021-05-01',
      consequences: 'Troops that stay beyond 1 May "will bear the responsibility for that"',
    },
    [S.amnApr14_21],
  ),
  ev(
    'StatementMade',
    'stmt-taliban-apr15',
    { occurredAt: '2021-04-15', recordedAt: rec('2021-04-16', '09:00') },
    {
      speaker: TALIBAN_STMT,
      audience: 'united-states',
      tone: 'military-threat',
      summary:
        'America "cannot be trusted"; the agreement being breached "opens the way for the Mujahideen … to take every necessary countermeasure"; the American side will be held responsible for all future consequences.',
    },
    [S.yahooApr16_21],
  ),
  ev(
    'StatementMade',
    'stmt-mujahid-may1',
    { occurredAt: '2021-05-01', recordedAt: rec('2021-05-01', '18:00') },
    {
      speaker: MUJAHID,
      audience: 'united-states',
      tone: 'military-threat',
      summary:
        'The 1 May deadline has passed: "this violation in principle has opened the way for IEA Mujahidin to take every counteraction it deems appropriate against the occupying forces"; the leadership will decide.',
    },
    [S.axiosMay1_21, S.sevennewsMay1_21],
  ),
  ev(
    'UltimatumResolved',
    'ultimatum-may1-lapsed',
    { occurredAt: '2021-05-01', recordedAt: rec('2021-05-01', '18:05') },
    {
      ultimatumId: U.may1,
      resolution: 'lapsed',
      summary:
        "The deadline passed with US troops still in Afghanistan (their withdrawal formally began); the Taliban await their leadership's decision and attack no US forces.",
    },
    [S.axiosMay1_21, S.sevennewsMay1_21],
  ),
  // ===== July–August 2021: the offensive, the strikes, Kabul =====
  ev(
    'IncidentReported',
    'us-strikes-kandahar-2021-07-22',
    { occurredAt: '2021-07-22', recordedAt: rec('2021-07-22', '22:00') },
    {
      incidentId: 'us-strikes-2021-07-21-22',
      kind: 'airstrike',
      perpetrator: 'united-states',
      against: 'taliban',
      target: 'Taliban fighting positions and equipment captured from Afghan forces (an artillery piece, a vehicle)',
      place: 'Kandahar',
      description:
        'More than four US air strikes on Wednesday and Thursday in support of Afghan forces, at least one in Kandahar (a defense official); the Pentagon: "in the last several days we have acted, through airstrikes". No toll given.',
    },
    [S.siouxJul22_21],
  ),
  ev(
    'StatementMade',
    'stmt-mckenzie-jul25',
    { occurredAt: '2021-07-25', recordedAt: rec('2021-07-26', '09:00') },
    {
      speaker: MCKENZIE,
      audience: 'taliban',
      tone: 'military-threat',
      summary:
        '"The United States has increased air strikes in the support of Afghan forces over the last several days, and we are prepared to continue this heightened level of support in the coming weeks if the Taliban continue their attacks."',
    },
    [S.sputnikJul25_21, S.timesJul26_21],
  ),
  ev(
    'IncidentReported',
    'us-strikes-lashkar-gah-2021-08-04',
    { occurredAt: '2021-08-04', recordedAt: rec('2021-08-04', '18:00') },
    {
      incidentId: 'lashkar-gah-strikes-2021-08-03-04',
      kind: 'airstrike',
      perpetrator: 'united-states',
      against: 'taliban',
      target: 'Taliban positions in and around Lashkar Gah',
      place: 'Helmand',
      description:
        'US and Afghan air strikes overnight on the Taliban, who had captured much of Lashkar Gah; the UN and Human Rights Watch ask both sides to spare civilians.',
    },
    [S.sheltonAug4_21],
  ),
  ev(
    'IncidentReported',
    'b52-herat-2021-08-06',
    { occurredAt: '2021-08-06', recordedAt: rec('2021-08-07', '18:00') },
    {
      incidentId: 'herat-b52-2021-08-06',
      kind: 'airstrike',
      perpetrator: 'united-states',
      allegedBy: 'afghan-government',
      against: 'taliban',
      target: 'Taliban forces on the outskirts of Herat city',
      place: 'Herat',
      description:
        'A provincial lawmaker says a B-52 was used in the fighting on the outskirts of Herat; flights to Herat cancelled. No toll given.',
    },
    [S.opindiaAug7_21],
  ),
  ev(
    'IncidentReported',
    'b52-sheberghan-2021-08-07',
    { occurredAt: '2021-08-07', recordedAt: rec('2021-08-09', '08:55') },
    {
      incidentId: 'sheberghan-b52-2021-08-07',
      kind: 'airstrike',
      perpetrator: 'united-states',
      allegedBy: 'afghan-government',
      against: 'taliban',
      target: 'Taliban positions around Sheberghan after its fall',
      place: 'Jowzjan',
      fatalities: { min: 200, max: 200 },
      description:
        'B-52s with AC-130 gunships strike the Taliban around Sheberghan on the evening of 7 August; an Afghan official claims over 200 fighters killed and over 100 vehicles destroyed.',
    },
    [S.cosmosAug8_21, graded(S.idnAug9_21, 2)],
  ),
  ev(
    'StatementMade',
    'stmt-ahmadi-aug8',
    { occurredAt: '2021-08-08', recordedAt: rec('2021-08-09', '09:00') },
    {
      speaker: AHMADI,
      audience: 'united-states',
      tone: 'military-threat',
      summary:
        'The Taliban will avenge the US air strikes "with full strength"; the United States hit civilian infrastructure such as hospitals and schools in Helmand.',
    },
    [S.idnAug9_21],
  ),
  ev(
    'IncidentReported',
    'kabul-falls-2021-08-15',
    { occurredAt: '2021-08-15', recordedAt: rec('2021-08-16', '09:00') },
    {
      incidentId: 'kabul-2021-08-15',
      kind: 'clash',
      perpetrator: 'taliban',
      against: 'afghan-government',
      target: 'The capital and the presidential palace',
      place: 'Kabul',
      description:
        'The Taliban enter Kabul almost without a fight and take the presidential palace; President Ghani flees; every major city is in their hands.',
    },
    [S.quintAug16_21, S.newsamAug15_21],
  ),
  ev(
    'StatementMade',
    'stmt-shaheen-aug23',
    { occurredAt: '2021-08-23', recordedAt: rec('2021-08-23', '18:00') },
    {
      speaker: SHAHEEN,
      audience: 'united-states',
      tone: 'warning',
      summary:
        '31 August is "a red line": an extension means extending the occupation; if the US or UK seek more time for evacuations "the answer is no. Or there would be consequences … it will provoke a reaction."',
    },
    [S.urduAug23_21, S.yahooAug23_21],
  ),
  ev(
    'UltimatumIssued',
    'ultimatum-aug31',
    { occurredAt: '2021-08-23', recordedAt: rec('2021-08-23', '18:05') },
    {
      ultimatumId: U.aug31,
      by: 'taliban',
      to: ['united-states'],
      demandIds: [D.withdrawal],
      deadline: '2021-08-31',
      consequences: '"There would be consequences … it will provoke a reaction"',
    },
    [S.urduAug23_21, S.yahooAug23_21],
  ),
  ev(
    'ActorRegistered',
    'actor-iskp',
    { occurredAt: '2021-08-26', recordedAt: rec('2021-08-27', '09:00') },
    { actor: ISKP, role: 'third-party' },
    [S.gsnAug26_21],
    { note: 'It fights the Taliban as well as the United States.' },
  ),
  ev(
    'IncidentReported',
    'airport-bombing-2021-08-26',
    { occurredAt: '2021-08-26T13:50:00Z', precision: 'approximate', recordedAt: rec('2021-08-27', '09:05') },
    {
      incidentId: 'abbey-gate-2021-08-26',
      kind: 'militant-attack',
      perpetrator: 'iskp',
      against: 'united-states',
      target: "US troops searching evacuees at the airport's Abbey Gate, and the Baron Hotel",
      place: 'Kabul',
      fatalities: { min: 103, max: 183 },
      injured: { min: 155, max: 170 },
      civilianFatalities: { min: 90, max: 170 },
      description:
        'A suicide bomber and gunmen at Abbey Gate and a blast near the Baron Hotel kill 13 US service members and at least 90 (later some 170) Afghans; ISIS-K claims it. The Taliban condemn it.',
    },
    [S.gsnAug26_21, S.kittsAug27_21],
  ),
  ev(
    'IncidentReported',
    'us-drone-kabul-2021-08-29',
    { occurredAt: '2021-08-29', recordedAt: rec('2021-08-30', '09:00') },
    {
      incidentId: 'kabul-drone-strike-2021-08-29',
      kind: 'drone-strike',
      perpetrator: 'united-states',
      against: 'iskp',
      target: 'A vehicle the US said carried ISIS-K suicide bombers bound for the airport',
      place: 'Kabul',
      fatalities: { min: 6, max: 10 },
      civilianFatalities: { min: 6, max: 10 },
      description:
        'A US "self-defense" drone strike on a vehicle in a residential compound near the airport; relatives and Afghan officials say six to ten members of one family, children among them, were killed.',
    },
    [S.nydnAug29_21, S.ripplesAug30_21],
  ),
  ev(
    'StatementMade',
    'stmt-mckenzie-aug30',
    { occurredAt: '2021-08-30T19:29:00Z', recordedAt: rec('2021-08-31', '06:00') },
    {
      speaker: MCKENZIE,
      audience: 'domestic audience',
      tone: 'neutral',
      summary:
        'The withdrawal from Afghanistan is complete: the last C-17 left Kabul at 3:29 pm Washington time, one minute before midnight in Kabul.',
    },
    [S.nationalAug30_21, S.indiacomAug31_21],
  ),
  ev(
    'UltimatumResolved',
    'ultimatum-aug31-complied',
    { occurredAt: '2021-08-30T19:29:00Z', recordedAt: rec('2021-08-31', '06:05') },
    {
      ultimatumId: U.aug31,
      resolution: 'complied',
      summary: 'The last US troops left before 31 August.',
    },
    [S.nationalAug30_21, S.indiacomAug31_21],
  ),
  ev(
    'StatementMade',
    'stmt-mujahid-aug31',
    { occurredAt: '2021-08-30T19:30:00Z', recordedAt: rec('2021-08-31', '06:10') },
    {
      speaker: MUJAHID,
      audience: 'united-states',
      tone: 'neutral',
      summary: 'The last American soldier has left Kabul airport "and our country gained full independence".',
    },
    [S.indiacomAug31_21],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'us-taliban-2018.jsonl',
  logEnd: '2021-09-30T00:00:00Z',
  events,
};

export default definition;
