/**
 * A test fixture, not a shipped example: Saudi Arabia (leading the coalition
 * that backs Yemen's government) and the Houthis (Ansar Allah) from the
 * Houthis' strikes on Saudi Arabia of March 2022 to the UN envoy's
 * announcement of the parties' commitments to a roadmap (23 December 2023),
 * as an analyst following the news could have recorded them. Escalation model
 * v2 was never tuned on it: it is the case the model is held to in
 * saudi-houthis-2022.spec.ts, against the calls an analyst makes from
 * DOMAIN.md §5b alone.
 *
 * What it tests that the other cases did not: a truce that formally lapses
 * (2 October 2022, when the Houthis refused to extend it) but holds in fact
 * for a year — no Saudi air strikes, no Houthi strikes on Saudi Arabia, the
 * flights from Sanaa and the fuel ships to Hodeidah going on — while the
 * Houthis strike the oil terminals of Yemen's government (a third party) and
 * threaten the oil companies in Saudi Arabia; an agreement implemented with
 * no public text (the prisoner exchange of April 2023); and one deadly attack
 * on the coalition's troops on the Saudi border (25 September 2023) in the
 * long calm. The negotiation's parties are Saudi Arabia and the Houthis; the
 * UN envoy (Hans Grundberg) and Oman mediate; Yemen's government (the
 * Presidential Leadership Council from April 2022), the UAE, Iran, the United
 * States, Bahrain and the ICRC are third parties or observers.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source.
 *
 * Grading as in examples/README.md: B = established outlet or wire copy, C =
 * smaller outlet, aggregator, mirror or a party's (or its ally's) media; 1 =
 * an on-record statement or act confirmed by the actor itself and the other
 * side, 2 = several outlets agree or one established outlet reports it, 3 =
 * one side's unverified claim about the other. Tolls of coalition strikes
 * are the Houthi media office's, relayed by AP: graded 3.
 *
 * Judgement calls, recorded as an analyst would:
 * - Armed acts are recorded one per reported day and place, each place
 *   written one way (Sanaa, Hodeidah, Jeddah, Riyadh; "al-Dhabba oil
 *   terminal, al-Shihr (Hadramawt)" both times it was hit). The Houthi wave
 *   of 19–20 March 2022 is five places (Jizan, Yanbu, Al-Shaqeeq, Dhahran
 *   al-Janub, Khamis Mushait) as the coalition and the energy ministry listed
 *   them. The Houthis' claim of strikes on "vital installations in Riyadh"
 *   (25 March) is their claim (graded 3); Jeddah was confirmed by Saudi media.
 * - The Houthis' three-day suspension of strikes on Saudi Arabia (announced
 *   26 March, in force from 18:00 on 27 March, Sanaa time) and the coalition's
 *   halt from 06:00 on 30 March (Riyadh time) are each a ceasefire binding the
 *   side that declared it. The coalition struck Sanaa around midnight on 26–27
 *   March, after the Houthi announcement but before it took effect
 *   (approximate time: "around midnight on Saturday"). The coalition's halt
 *   is superseded by the UN truce (2 April, 19:00 Yemen time).
 * - The UN truce is one agreement (kind `ceasefire`, announced 1 April,
 *   provisions as the envoy gave them, its text not public) accepted by the
 *   government, the coalition and the Houthis — "inside Yemen and across its
 *   borders" — and a ceasefire binding the three, temporary, extended on 2
 *   June and 2 August. It ends by its term on 2 October 2022 (`expired`): the
 *   Houthis declared the talks at a "dead end". The agreement itself is not
 *   recorded as terminated: its terms went on being applied after the lapse
 *   (South24, December 2022: fuel to Hodeidah and flights to Sanaa "still
 *   valid"; Reuters via Siasat, October 2023: the Sanaa–Amman route ran from
 *   2022 until Yemenia suspended it in October 2023 over its funds held in
 *   Sanaa — a dispute between the Houthis and the airline, not a Saudi act).
 *   The lapse is recorded as the ceasefire's end; the calm after it is the
 *   absence of armed acts, not a ceasefire the log could name.
 * - The coalition's air and sea restrictions on Houthi-held Yemen (since
 *   2015–16) and the land frontier, a front line since 2015, are not recorded
 *   as a border closure: nothing closed them in the log's span, and the truce
 *   eased them (as armenia-azerbaijan-2025.ts leaves out a frontier closed
 *   since the 1990s). The Houthis' "siege" is in their statements.
 * - The Houthi drone attacks on the oil terminals of government-held Yemen
 *   (al-Dhabba, 21 October and 21 November 2022; Qena, 9 November) are armed
 *   action by the Houthis against Yemen's government, the terminals' owner: no
 *   Saudi forces, territory or property were hit, and Saudi Arabia did not
 *   answer them by force. They are not armed action between the pair; Saudi
 *   Arabia's condemnation of 22 October (it calls the attack "terrorist") is
 *   its accusation against the Houthis. The earlier drones on al-Nashima
 *   (18–19 October) rest on one outlet's passing mention and are left out.
 * - The Houthis' threats after the lapse are recorded with the audience they
 *   name: al-Mashat's to the companies in government-held Yemen (1 October)
 *   is aimed at the government; Saree's to the oil companies in Saudi Arabia
 *   and the UAE (2 and 5 October) and al-Atifi's "missiles and salaries" (29
 *   October) at Saudi Arabia. The Houthi political council's "the state of no
 *   war and no peace will not continue" (19 December) names no act: a warning,
 *   like al-Ezzi's "any disruption may mean a return to war" (17 May 2022) and
 *   al-Atifi's of April 2023.
 * - The prisoner exchange agreed at Bern on 20 March 2023 (887 detainees,
 *   Saudis and Sudanese of the coalition among them, and Houthis held in Saudi
 *   Arabia) is an agreement of kind `partial`, text not public, with Saudi
 *   Arabia among its parties: it freed and received prisoners under it (13 on
 *   8 April; the Abha–Sanaa and Sanaa–Riyadh flights of 15 April). It is
 *   recorded when Reuters reported it (8–9 April).
 * - The drone attack of 25 September 2023 killed Bahraini soldiers of the
 *   coalition "stationed at the southern border on the territory of the
 *   Kingdom of Saudi Arabia": armed action by the Houthis on Saudi territory
 *   against the coalition Saudi Arabia leads, recorded `against` Saudi Arabia
 *   with Bahrain `harmed` (its soldiers died). The Houthis did not claim it;
 *   Bahrain, the coalition, the United States and the United Kingdom named
 *   them (graded 2). The toll is corrected from two to four as the wounded
 *   died (27 and 29 September). Al-Masirah's report the same day of Saudi
 *   fire on the Saada border districts (four civilians injured) is the
 *   Houthis' claim, graded 3. The coalition's statement that Houthi elements
 *   had attacked a power station and a police post in the border area "over
 *   the past month", and the Houthis' that coalition fire had killed twelve
 *   of their soldiers on the border in a month, give no dates: they are
 *   recorded as the two sides' statements (accusations), not as incidents.
 * - The envoy's announcement of 23 December 2023 is recorded as an agreement
 *   of kind `framework` between Yemen's government and the Houthis (the
 *   "parties" his statement names; Saudi Arabia and Oman supported them),
 *   `text-agreed`: commitments to a roadmap still to be drawn up, not yet in
 *   force.
 * - Left out for want of a dated source among those used, or because they
 *   are a third pair's: Houthi media's reports of coalition strikes during
 *   the truce (one partisan outlet, 2 June 2022, not carried by the wires);
 *   the fighting between the Houthis and government forces after the lapse
 *   (Marib, Dhale, Taiz); the Houthi missiles and drones fired at Israel over
 *   Saudi territory from October 2023 and the one Saudi Arabia reportedly
 *   intercepted (aimed at Israel, a third party); the Hajj flights from Sanaa
 *   of June 2023 (no dated source used here).
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'saudi-houthis-2022';
const { ev, idOf } = caseKit(NEGOTIATION_ID, 'test-analyst', 2022);
/** A recordedAt (UTC): the case spans 2022 and 2023, so the day is given in full. */
const rec = (day: string, time: string): string => `${day}T${time}:00Z`;

const SAUDI: Actor = {
  id: 'saudi-arabia',
  name: 'Saudi Arabia (and the coalition it leads in Yemen)',
  kind: 'state',
  aliases: ['Riyadh', 'Saudi-led coalition', 'Coalition to Restore Legitimacy in Yemen', 'KSA'],
};
const HOUTHIS: Actor = {
  id: 'houthis',
  name: 'Houthis (Ansar Allah)',
  kind: 'de-facto-authority',
  aliases: ['Ansar Allah', 'Ansarallah', 'Huthis', 'Sanaa authorities', 'Supreme Political Council'],
};
const UN: Actor = {
  id: 'united-nations',
  name: 'United Nations (Office of the Special Envoy for Yemen)',
  kind: 'international-organisation',
  aliases: ['UN', 'OSESGY', 'Hans Grundberg'],
};
const OMAN: Actor = { id: 'oman', name: 'Oman', kind: 'state', aliases: ['Sultanate of Oman', 'Muscat'] };
const GOVERNMENT: Actor = {
  id: 'yemen-government',
  name: "Yemen's internationally recognised government",
  kind: 'state',
  aliases: ['Presidential Leadership Council', 'PLC', 'Hadi government', 'Aden government', 'legitimate government'],
};
const UAE: Actor = { id: 'uae', name: 'United Arab Emirates', kind: 'state', aliases: ['UAE', 'Abu Dhabi'] };
const IRAN: Actor = { id: 'iran', name: 'Iran', kind: 'state', aliases: ['Tehran'] };
const USA: Actor = { id: 'united-states', name: 'United States', kind: 'state', aliases: ['US', 'Washington'] };
const BAHRAIN: Actor = {
  id: 'bahrain',
  name: 'Bahrain',
  kind: 'state',
  aliases: ['Bahrain Defence Force', 'BDF', 'Manama'],
};
const ICRC: Actor = {
  id: 'icrc',
  name: 'International Committee of the Red Cross',
  kind: 'international-organisation',
  aliases: ['ICRC', 'Red Cross'],
};

const BUKAITI: Person = { name: 'Mohammed al-Bukaiti', title: 'Houthi political bureau member', actorId: 'houthis' };
const AL_EZZI: Person = {
  name: 'Hussein al-Ezzi',
  title: 'Deputy foreign minister of the Houthi administration',
  actorId: 'houthis',
};
const HOUTHI_DELEGATION: Person = { name: 'Houthi negotiating delegation (statement)', actorId: 'houthis' };
const MASHAT: Person = {
  name: 'Mahdi al-Mashat',
  title: 'Head of the Houthi Supreme Political Council',
  actorId: 'houthis',
};
const SAREE: Person = { name: 'Yahya Saree', title: 'Houthi military spokesman', actorId: 'houthis' };
const ATIFI: Person = {
  name: 'Mohammed al-Atifi',
  title: 'Defence minister of the Houthi administration',
  actorId: 'houthis',
};
const HOUTHI_COUNCIL: Person = { name: 'Houthi Supreme Political Council (statement)', actorId: 'houthis' };
const ABDULSALAM: Person = {
  name: 'Mohammed Abdulsalam',
  title: 'Houthi spokesman and chief negotiator',
  actorId: 'houthis',
};
const MORTADA: Person = {
  name: 'Abdul Qader al-Mortada',
  title: "Head of the Houthis' committee for prisoner affairs",
  actorId: 'houthis',
};
const MOHAMMED_ALI: Person = {
  name: 'Mohammed Ali al-Houthi',
  title: 'Member of the Houthi Supreme Political Council',
  actorId: 'houthis',
};
const SAUDI_MOFA: Person = { name: 'Saudi Ministry of Foreign Affairs', actorId: 'saudi-arabia' };
const MALIKI: Person = { name: 'Turki al-Maliki', title: 'Coalition spokesman', actorId: 'saudi-arabia' };
const JABER: Person = { name: 'Mohammed Al Jaber', title: 'Saudi ambassador to Yemen', actorId: 'saudi-arabia' };
const DEFENCE_COUNCIL: Person = {
  name: "Yemen's National Defence Council",
  title: 'Chaired by Rashad al-Alimi',
  actorId: 'yemen-government',
};

const S = {
  yahooMar20: source(
    "Houthi's fire missiles at Saudi energy facility",
    'Yahoo News (Reuters)',
    'https://news.yahoo.com/houthis-fire-missiles-saudi-energy-193602723.html',
    '2022-03-20',
    'B',
    2,
  ),
  medialineMar20: source(
    'Houthis attack energy, water facilities in Saudi Arabia',
    'The Media Line',
    'https://themedialine.org/headlines/houthis-attack-energy-water-facilites-in-saudi-arabia/',
    '2022-03-20',
    'B',
    2,
  ),
  khaleejMar20: source(
    'Houthi attacks target civilian, economic facilities in Saudi',
    'Khaleej Times',
    'https://www.khaleejtimes.com/mena/houthi-attacks-target-civilian-economic-facilities-in-saudi',
    '2022-03-20',
    'B',
    2,
  ),
  dwMar25: source(
    'Saudi oil facility attacked by Yemen Houthi rebels',
    'DW',
    'https://www.dw.com/en/saudi-aramco-oil-facility-burns-after-attack-by-yemen-houthi-rebels/a-61266135',
    '2022-03-25',
    'B',
    1,
  ),
  apMar26: source(
    "Saudi airstrikes hit Yemen's Houthis after Jiddah attack",
    'Gadget Clock (AP)',
    'https://www.gadgetclock.com/saudi-airstrikes-hit-yemens-houthis-after-jiddah-attack/',
    '2022-03-27',
    'C',
    2,
  ),
  thenewsMar27: source(
    'Yemen rebels announce three-day ceasefire after Saudi attacks',
    'The News International (AFP)',
    'https://www.thenews.com.pk/print/945020-yemen-rebels-announce-three-day-ceasefire-after-saudi-attacks',
    '2022-03-27',
    'B',
    1,
  ),
  pledgetimesMar27: source(
    'New Saudi bombings in Yemen after the announcement of a truce by the Houthi rebels',
    'Pledge Times (AFP)',
    'https://pledgetimes.com/new-saudi-bombings-in-yemen-after-the-announcement-of-a-truce-by-the-houthi-rebels/',
    '2022-03-27',
    'C',
    2,
  ),
  arabDailyMar28: source(
    "Houthis' 3-day unilateral ceasefire comes into force",
    'Arab Daily Digital (Xinhua, Asian Lite)',
    'https://arabdailydigital.com/2022/arab-news/houthis-3-day-unilateral-ceasefire-comes-into-force',
    '2022-03-28',
    'C',
    1,
  ),
  frontlineMar30: source(
    'Yemen: Saudi-led coalition to halt military offensive',
    'Frontline (The Hindu)',
    'https://frontline.thehindu.com/dispatches/yemen-saudi-led-coalition-to-halt-military-offensive/article38464089.ece',
    '2022-03-30',
    'B',
    1,
  ),
  medialineMar30: source(
    'Saudi Coalition Declares Ramadan Truce in Yemen',
    'The Media Line',
    'https://themedialine.org/headlines/saudi-coalition-declares-ramadan-truce-in-yemen/',
    '2022-03-30',
    'B',
    1,
  ),
  alarabiyaApr1: source(
    'Two-month ceasefire agreed in Yemen: UN envoy',
    'Al Arabiya',
    'https://english.alarabiya.net/News/gulf/2022/04/01/Yemen-s-warring-parties-agree-to-two-month-ceasefire-says-UN-envoy',
    '2022-04-01',
    'B',
    1,
  ),
  i24Apr4: source(
    'Fuel ships arrive in Yemen following UN-brokered truce',
    'i24NEWS (AFP)',
    'https://www.i24news.tv/en/news/middle-east/the-gulf/1649099793-fuel-ships-arrive-in-yemen-following-un-brokered-truce',
    '2022-04-04',
    'B',
    2,
  ),
  yemenextraMay17: source(
    'Al-Ezzi: flights from Sanaa Int. Airport must continue',
    'YemenExtra',
    'https://www.yemenextra.net/2022/05/17/al-ezzi-flights-from-sanaa-int-airport-must-continue/',
    '2022-05-17',
    'C',
    2,
  ),
  wionJun2: source(
    "Yemen's warring parties renew two-month truce: UN",
    'WION (AFP)',
    'https://www.wionews.com/world/yemens-warring-parties-renew-two-month-truce-un-484427',
    '2022-06-02',
    'B',
    1,
  ),
  south24Jun2: source(
    'UN Envoy Announces 2-month Truce Renewal in Yemen',
    'South24 Center',
    'https://south24.net/news/newse.php?nid=2728',
    '2022-06-02',
    'C',
    1,
  ),
  alarabiyaAug2: source(
    'Two-month extension of Yemen ceasefire agreed: UN envoy',
    'Al Arabiya',
    'https://english.alarabiya.net/News/gulf/2022/08/02/Two-month-extension-of-Yemen-ceasefire-agreed-UN-envoy',
    '2022-08-02',
    'B',
    1,
  ),
  qnaAug3: source(
    'UN Envoy to Yemen Announces Extension of Truce between Yemeni Parties for Two Months',
    'Qatar News Agency',
    'https://www.qna.org.qa/en/News%20Area/News/2022-08/03/0088-un-envoy-to-yemen-announces-extension-of-truce-between-yemeni-parties-for-two-months',
    '2022-08-03',
    'B',
    1,
  ),
  medialineOct2: source(
    'Yemeni Gov’t, Iran-backed Rebels Receive UN Proposal To Extend Truce',
    'The Media Line',
    'https://themedialine.org/mideast-daily-news/yemeni-govt-iran-backed-rebels-receive-un-proposal-to-extend-truce/',
    '2022-10-02',
    'B',
    2,
  ),
  bloombergOct2: source(
    'Yemen Truce Has Expired With No New Pact Reached, UN Envoy Says',
    'BNN Bloomberg',
    'https://www.bnnbloomberg.ca/yemen-truce-has-expired-with-no-new-pact-reached-un-envoy-says-1.1827109',
    '2022-10-02',
    'B',
    1,
  ),
  tellerOct2: source(
    'Understandings reached a dead end: why did the extension of the armistice falter in Yemen?',
    'Teller Report (Al Jazeera Net)',
    'https://www.tellerreport.com/news/2022-10-02-understandings-reached-a-dead-end---why-did-the-extension-of-the-armistice-falter-in-yemen-.rkxaCdIPGo.html',
    '2022-10-02',
    'C',
    2,
  ),
  avapressOct3: source(
    'The end of the ceasefire in Yemen; Sanaa: Oil companies should leave UAE and Saudi Arabia',
    'Afghan Voice Agency',
    'https://www.avapress.com/en/news/259341/the-end-of-the-ceasefire-in-yemen-sanaa-oil-companies-should-leave-uae-and-saudi-arabia',
    '2022-10-03',
    'C',
    2,
  ),
  parstodayOct5: source(
    'Yemen warns foreign investors in Saudi Arabia, UAE to leave as truce ends',
    'Pars Today',
    'https://parstoday.com/en/news/west_asia-i185962-yemen_warns_foreign_investors_in_saudi_arabia_uae_to_leave_as_truce_ends',
    '2022-10-05',
    'C',
    2,
  ),
  arabnewsOct21: source(
    'Yemeni government forces intercept Houthi drones attacking southern oil terminal',
    'Arab News (Reuters)',
    'https://www.arabnews.com/node/2185481/middle-east',
    '2022-10-21',
    'B',
    2,
  ),
  alarabiyaOct22: source(
    'Saudi Arabia condemns “terrorist” Houthi attack on oil terminal in Yemen’s Hadramawt',
    'Al Arabiya (SPA)',
    'https://english.alarabiya.net/News/saudi-arabia/2022/10/22/Saudi-Arabia-condemns-terrorist-Houthi-attack-on-oil-terminal-in-Yemen-s-Hadramawt',
    '2022-10-22',
    'B',
    1,
  ),
  newarabOct23: source(
    "Yemen’s National Defence Council labels Houthis as 'terror' organisation",
    'The New Arab',
    'https://newarab.com/news/yemen-defence-body-labels-houthis-terror-organisation',
    '2022-10-23',
    'B',
    1,
  ),
  south24Oct31: source(
    'UN Envoy concludes a visit to Muscat; Houthi defence minister threatens the Coalition',
    'South24 Center',
    'https://south24.org/news/newse.php?nid=3010',
    '2022-10-31',
    'C',
    2,
  ),
  south24Nov9: source(
    'South Yemen: Oil Port in Shabwa Targeted by a Houthi Drone',
    'South24 Center',
    'https://south24.net/news/newse.php?nid=3025',
    '2022-11-09',
    'C',
    2,
  ),
  alarabiyaNov10: source(
    'Yemeni forces down Houthi drones attempting to target Shabwa and Marib',
    'Al Arabiya',
    'https://english.alarabiya.net/News/gulf/2022/11/10/Yemeni-forces-down-Houthi-drones-attempting-to-target-Shabwa-and-Marib',
    '2022-11-10',
    'B',
    2,
  ),
  fxempireNov21: source(
    "Yemen's Houthis attack al-Dhabba oil terminal, force ship to leave",
    'FX Empire (Reuters)',
    'https://www.fxempire.com/news/article/yemens-houthis-attack-al-dhabba-oil-terminal-force-ship-to-leave-1205905',
    '2022-11-21',
    'B',
    1,
  ),
  nationalNov22: source(
    'Houthis launch drone attack on ship and oil terminal in southern Yemen',
    'The National',
    'https://www.thenationalnews.com/world/2022/11/22/houthis-launch-drone-attack-on-ship-and-oil-terminal-in-southern-yemen/',
    '2022-11-22',
    'B',
    1,
  ),
  south24Dec19: source(
    'Houthis Declare Holding Talks with Saudi Arabia',
    'South24 Center',
    'https://south24.net/news/newse.php?nid=3088',
    '2022-12-19',
    'C',
    2,
  ),
  debrieferDec24: source(
    'Houthis say Coalition gives ineffectual promises',
    'Debriefer',
    'https://debriefer.net/en/news-32106.html',
    '2022-12-24',
    'C',
    2,
  ),
  khaleejApr8: source(
    'Houthi official says Saudi Arabia freed 13 detainees ahead of wider Yemen prisoner swap',
    'Khaleej Times (Reuters)',
    'https://www.khaleejtimes.com/world/mena/houthi-official-says-saudi-arabia-freed-13-detainees-ahead-of-wider-yemen-prisoner-swap',
    '2023-04-08',
    'B',
    2,
  ),
  brecorderApr9: source(
    'Houthi official says Saudi Arabia freed 13 detainees',
    'Business Recorder (Reuters)',
    'https://www.brecorder.com/news/40236111/houthi-official-says-saudi-arabia-freed-13-detainees',
    '2023-04-09',
    'B',
    2,
  ),
  i24Apr9: source(
    'Saudi delegation arrives in Yemen for talks with Houthi Islamists',
    'i24NEWS (AFP)',
    'https://www.i24news.tv/en/news/middle-east-stories/1681058112-saudi-delegation-arrives-in-yemen-for-talks-with-houthi-islamists',
    '2023-04-09',
    'B',
    2,
  ),
  newserApr10: source(
    'This Handshake Offers Hope in 9-Year War',
    'Newser (AP)',
    'https://www.newser.com/story/333765/this-handshake-offers-hope-in-9-year-war.html',
    '2023-04-10',
    'C',
    2,
  ),
  newarabApr14: source(
    'Saudi team leaves Yemen, more truce talks expected: rebel, govt sources',
    'The New Arab (AFP)',
    'https://newarab.com/news/saudi-team-leaves-yemen-more-truce-talks-expected',
    '2023-04-14',
    'B',
    2,
  ),
  firstpostApr14: source(
    'Major thaw in situation after Saudi meeting including prisoner swap',
    'Firstpost (AFP)',
    'https://www.firstpost.com/world/major-thaw-in-situation-after-saudi-meeting-including-prisoner-swap-12454772.html',
    '2023-04-14',
    'B',
    2,
  ),
  alarabiyaApr15: source(
    'Yemen-bound plane carrying rebel prisoners leaves Saudi: ICRC',
    'Al Arabiya (AFP, ICRC statement)',
    'https://english.alarabiya.net/News/saudi-arabia/2023/04/15/-Yemen-bound-plane-carrying-rebel-prisoners-leaves-Saudi-ICRC-',
    '2023-04-15',
    'B',
    1,
  ),
  nationalApr15: source(
    'Saudi detainees included in second day of Yemen prisoner swap',
    'The National',
    'https://www.thenationalnews.com/mena/2023/04/15/saudis-among-those-released-by-houthis-to-riyadh/',
    '2023-04-15',
    'B',
    1,
  ),
  medialineApr24: source(
    'Houthis Threaten Attacks on Saudi Arabia, Allies if De-escalation Collapses',
    'The Media Line',
    'https://themedialine.org/headlines/houthis-threaten-attacks-on-saudi-arabia-allies-if-de-escalation-collapses/',
    '2023-04-24',
    'B',
    2,
  ),
  dailyyemenMay14: source(
    'Sana’a sends a new message to Saudi Arabia',
    'Daily Yemen (Al-Khabar Al-Yemeni)',
    'http://www.dailyyemen.net/2023/05/14/sanaa-sends-a-new-message-to-saudi-arabia/',
    '2023-05-14',
    'C',
    3,
  ),
  newarabJul23: source(
    'Houthis say negotiations with Saudi Arabia stalled over salaries, as four fighters killed',
    'The New Arab',
    'https://english.alaraby.co.uk/news/houthis-say-negotiations-riyadh-stalled-over-salaries',
    '2023-07-23',
    'B',
    2,
  ),
  yemenextraAug7: source(
    'Al-Houthi Explains Why Sana’a Halted Negotiations With Saudi Arabia',
    'YemenExtra',
    'https://www.yemenextra.net/2023/08/07/al-houthi-explains-why-sanaa-halted-negotiations-with-saudi-arabia/',
    '2023-08-07',
    'C',
    2,
  ),
  alarabiyaSep14: source(
    'Houthi delegation to travel to Saudi Arabia: Sources',
    'Al Arabiya (Reuters)',
    'https://english.alarabiya.net/News/gulf/2023/09/14/Houthi-delegation-to-travel-to-Saudi-Arabia-Sources',
    '2023-09-14',
    'B',
    2,
  ),
  thenewsSep15: source(
    'Huthi rebels head for talks in war foe Saudi Arabia',
    'The News International (AFP)',
    'https://www.thenews.com.pk/print/1109977-huthi-rebels-head-for-talks-in-war-foe-saudi-arabia',
    '2023-09-15',
    'B',
    1,
  ),
  south24Sep19: source(
    'The Houthis delegation leave Saudi Arabia after days of talks',
    'South24 Center',
    'https://south24.net/news/newse.php?nid=3534',
    '2023-09-19',
    'C',
    2,
  ),
  south24Sep20: source(
    'Talks with the Houthis: Saudis report positive outcomes and Bin Salman meets the group’s delegation',
    'South24 Center',
    'https://south24.net/news/newse.php?nid=3535',
    '2023-09-20',
    'C',
    1,
  ),
  alarabiyaSep20: source(
    'Saudi FM meets with UAE, US counterparts on sidelines of UN General Assembly',
    'Al Arabiya (SPA)',
    'https://english.alarabiya.net/News/saudi-arabia/2023/09/20/Saudi-FM-meets-with-UAE-US-counterparts-on-sidelines-of-UN-General-Assembly',
    '2023-09-20',
    'B',
    1,
  ),
  alarabiyaSep25: source(
    'Bahrain says 2 soldiers dead in attack near Saudi-Yemen border',
    'Al Arabiya (BNA)',
    'https://english.alarabiya.net/News/gulf/2023/09/25/Bahrain-says-2-soldiers-dead-in-attack-near-Saudi-Yemen-border-',
    '2023-09-25',
    'B',
    2,
  ),
  trtSep25: source(
    'Bahrain soldiers killed in Houthi drone attack near Saudi-Yemen border: army',
    'TRT World (Reuters)',
    'https://www.trtworld.com/article/15129925',
    '2023-09-25',
    'B',
    2,
  ),
  islworldSep26: source(
    'Two Bahraini servicemen killed in Saudi Arabia in attack from Yemeni direction',
    'Russia – Islamic World',
    'https://russia-islworld.ru/novosti//two-bahraini-servicemen-killed-in-saudi-arabia-in-attack-from-yemeni-direction-2023-09-26-36302',
    '2023-09-26',
    'C',
    2,
  ),
  brecorderSep27: source(
    'Third Bahraini soldier dies after Houthi drone attack close to Saudi border',
    'Business Recorder (Reuters)',
    'https://www.brecorder.com/news/40265403/third-bahraini-soldier-dies-after-houthi-drone-attack-close-to-saudi-border',
    '2023-09-27',
    'B',
    2,
  ),
  siasatSep30: source(
    "Fourth Bahraini soldier dies after 'Houthi drone attack' near Saudi border",
    'The Siasat Daily',
    'https://www.siasat.com/fourth-bahraini-soldier-dies-after-houthi-drone-attack-near-saudi-border-2709315/',
    '2023-09-30',
    'B',
    2,
  ),
  siasatOct2: source(
    'Yemenia Airways suspends flights from Sanaa',
    'The Siasat Daily (Reuters)',
    'https://www.siasat.com/yemenia-airways-suspends-flights-from-sanaa-2710369/',
    '2023-10-02',
    'B',
    2,
  ),
  yementdyDec24: source(
    'UN envoy’s office issued an update on efforts to secure a road map to end the war in Yemen',
    'Yemen Today',
    'https://yementdy.net/news35546.html',
    '2023-12-24',
    'C',
    1,
  ),
  menafnDec24: source(
    'Gulf Arab States Welcome UN-Brokered Yemen Truce Deal',
    'MENAFN (KUNA)',
    'https://menafn.com/1107653840/Gulf-Arab-States-Welcome-UN-Brokered-Yemen-Truce-Deal',
    '2023-12-24',
    'B',
    2,
  ),
};

/** Ceasefires, agreements and rounds, by id. */
const CF = {
  houthiPause: 'houthi-pause-2022-03-27',
  coalitionHalt: 'coalition-halt-2022-03-30',
  truce: 'un-truce-2022-04-02',
};
const AGR = {
  truce: 'un-truce-agreement-2022-04-01',
  bern: 'bern-prisoner-exchange-2023-03-20',
  roadmap: 'roadmap-commitments-2023-12-23',
};
const ROUND = { sanaa: 'sanaa-2023-04', riyadh: 'riyadh-2023-09' };
/** Occurrences several developments report (one fact, counted once). */
const O = { truceStart: 'un-truce-start-2022-04-02' };

/** One place, written one way each time it is hit. */
const PLACE = {
  dhabba: 'al-Dhabba oil terminal, al-Shihr (Hadramawt)',
  sanaa: 'Sanaa',
};

const events = [
  // ===== March 2022: the Houthi waves on Saudi Arabia and the coalition's strikes =====
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '2022-03-19', recordedAt: rec('2022-03-21', '09:00') },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Saudi Arabia – Houthis (Ansar Allah), 2022–23',
      subject:
        'The war between the Saudi-led coalition and the Houthis and its way out: the Houthi strikes on Saudi Arabia of March 2022, the UN truce of April–October 2022 and its lapse, the de facto calm, the Oman-mediated Saudi–Houthi talks (Sanaa, April 2023; Riyadh, September 2023) and the roadmap commitments of December 2023',
      parties: [SAUDI, HOUTHIS],
      mediators: [UN, OMAN],
    },
    [S.yahooMar20, S.medialineMar20],
    { note: 'Opened at the Houthi wave of 19–20 March 2022, while the GCC invited the Yemeni parties to Riyadh.' },
  ),
  ev(
    'ActorRegistered',
    'actor-government',
    { occurredAt: '2022-03-19', recordedAt: rec('2022-03-21', '09:01') },
    { actor: GOVERNMENT, role: 'third-party' },
    [S.medialineMar20],
    {
      note: "The government the coalition backs; its fighting with the Houthis inside Yemen is that pair's. From 7 April 2022 its Presidential Leadership Council.",
    },
  ),
  ev(
    'ActorRegistered',
    'actor-iran',
    { occurredAt: '2022-03-19', recordedAt: rec('2022-03-21', '09:02') },
    { actor: IRAN, role: 'third-party' },
    [S.yahooMar20],
    { note: 'Backs the Houthis; its rapprochement with Saudi Arabia (March 2023) is its own track.' },
  ),
  ev(
    'ActorRegistered',
    'actor-us',
    { occurredAt: '2022-03-20', recordedAt: rec('2022-03-21', '09:03') },
    { actor: USA, role: 'third-party' },
    [S.yahooMar20],
    { note: "Jake Sullivan condemned the wave and pledged support for Saudi Arabia's defence." },
  ),
  ev(
    'IncidentReported',
    'inc-jizan-mar19',
    { occurredAt: '2022-03-19T20:30:00Z', recordedAt: rec('2022-03-21', '09:10') },
    {
      incidentId: 'houthi-jizan-2022-03-19',
      kind: 'drone-strike',
      perpetrator: 'houthis',
      allegedBy: 'saudi-arabia',
      against: 'saudi-arabia',
      target: 'Aramco petroleum products distribution terminal',
      place: 'Jizan',
      description:
        "A drone strike at about 23:30 local time on Saturday on the Aramco distribution terminal in Jizan (Saudi energy ministry); a fire broke out at one plant and was controlled, no casualties. The Houthis' spokesman Saree confirmed the group attacked a number of facilities.",
    },
    [S.yahooMar20, S.khaleejMar20],
  ),
  ev(
    'IncidentReported',
    'inc-yanbu-mar20',
    { occurredAt: '2022-03-20T02:30:00Z', recordedAt: rec('2022-03-21', '09:11') },
    {
      incidentId: 'houthi-yanbu-2022-03-20',
      kind: 'drone-strike',
      perpetrator: 'houthis',
      allegedBy: 'saudi-arabia',
      against: 'saudi-arabia',
      target: 'Yanbu natural gas plant and the YASREF refinery',
      place: 'Yanbu',
      description:
        "Drones at about 05:30 on Sunday on Yanbu's natural gas plant and then the Yanbu Aramco Sinopec refinery; the refinery's output temporarily reduced (energy ministry). No casualties.",
    },
    [S.yahooMar20, S.medialineMar20],
  ),
  ev(
    'IncidentReported',
    'inc-shaqeeq-mar20',
    { occurredAt: '2022-03-20', recordedAt: rec('2022-03-21', '09:12') },
    {
      incidentId: 'houthi-shaqeeq-2022-03-20',
      kind: 'drone-strike',
      perpetrator: 'houthis',
      allegedBy: 'saudi-arabia',
      against: 'saudi-arabia',
      target: 'Water desalination plant',
      place: 'Al-Shaqeeq',
      description:
        'The coalition reports a Houthi attack on the desalination plant at Al-Shaqeeq on the Red Sea coast, with material damage (SPA photographs).',
    },
    [S.medialineMar20, S.khaleejMar20],
  ),
  ev(
    'IncidentReported',
    'inc-dhahran-mar20',
    { occurredAt: '2022-03-20', recordedAt: rec('2022-03-21', '09:13') },
    {
      incidentId: 'houthi-dhahran-janub-2022-03-20',
      kind: 'drone-strike',
      perpetrator: 'houthis',
      allegedBy: 'saudi-arabia',
      against: 'saudi-arabia',
      target: 'Power station',
      place: 'Dhahran al-Janub',
      description:
        'The coalition reports a "hostile attack" on the power station at Dhahran al-Janub; firefighters tackled a blaze (SPA).',
    },
    [S.medialineMar20, S.khaleejMar20],
  ),
  ev(
    'IncidentReported',
    'inc-khamis-mar20',
    { occurredAt: '2022-03-20', recordedAt: rec('2022-03-21', '09:14') },
    {
      incidentId: 'houthi-khamis-2022-03-20',
      kind: 'drone-strike',
      perpetrator: 'houthis',
      allegedBy: 'saudi-arabia',
      against: 'saudi-arabia',
      target: 'Gas station',
      place: 'Khamis Mushait',
      description:
        'A Houthi attack on a gas station in Khamis Mushait damaged civilian vehicles and homes (SPA); no loss of life. Saudi air defences report a ballistic missile and nine drones intercepted in the wave.',
    },
    [S.medialineMar20, S.khaleejMar20],
  ),
  ev(
    'IncidentReported',
    'inc-jeddah-mar25',
    { occurredAt: '2022-03-25', recordedAt: rec('2022-03-26', '09:00') },
    {
      incidentId: 'houthi-jeddah-2022-03-25',
      kind: 'missile-strike',
      perpetrator: 'houthis',
      allegedBy: 'houthis',
      against: 'saudi-arabia',
      target: "Saudi Aramco's North Jeddah bulk plant",
      place: 'Jeddah',
      description:
        'Missiles hit the Aramco storage facility in Jeddah, setting two tanks on fire, during the first practice of the Formula 1 Saudi Arabian Grand Prix; no casualties. Saudi state television reports a "hostile operation"; the Houthis claim several drone and ballistic-missile attacks.',
    },
    [S.dwMar25],
  ),
  ev(
    'IncidentReported',
    'inc-riyadh-mar25',
    { occurredAt: '2022-03-25', recordedAt: rec('2022-03-26', '09:01') },
    {
      incidentId: 'houthi-riyadh-2022-03-25',
      kind: 'drone-strike',
      perpetrator: 'houthis',
      allegedBy: 'houthis',
      against: 'saudi-arabia',
      target: 'Vital installations',
      place: 'Riyadh',
      description:
        'The Houthis say their drones and missiles also struck "vital installations in Riyadh" the same day.',
    },
    [graded(S.dwMar25, 3)],
    { note: "The Houthis' claim; no Saudi account of damage in Riyadh in the source: graded 3." },
  ),
  ev(
    'IncidentReported',
    'inc-coalition-sanaa-mar26',
    { occurredAt: '2022-03-26', recordedAt: rec('2022-03-27', '09:00') },
    {
      incidentId: 'coalition-sanaa-2022-03-26',
      kind: 'airstrike',
      perpetrator: 'saudi-arabia',
      allegedBy: 'houthis',
      against: 'houthis',
      target: 'A power plant, a fuel supply centre and a social insurance office',
      place: PLACE.sanaa,
      fatalities: { min: 8, max: 8 },
      injured: { min: 4, max: 4 },
      description:
        'Coalition air strikes overnight on Sanaa, aimed at "a source of threat" (coalition spokesman al-Maliki); the Houthi media office says a strike on the social insurance office in Haddah hit homes, killing at least eight, women and children among them.',
    },
    [graded(S.apMar26, 3), S.dwMar25],
    { note: "The toll is the Houthi media office's, relayed by AP: graded 3." },
  ),
  ev(
    'IncidentReported',
    'inc-coalition-hodeidah-mar26',
    { occurredAt: '2022-03-26', recordedAt: rec('2022-03-27', '09:01') },
    {
      incidentId: 'coalition-hodeidah-2022-03-26',
      kind: 'airstrike',
      perpetrator: 'saudi-arabia',
      allegedBy: 'saudi-arabia',
      against: 'houthis',
      target: 'Oil facilities and the port (drone and boat launch sites, by the coalition)',
      place: 'Hodeidah',
      description:
        'The coalition announces a military operation with strikes on Hodeidah, warning civilians away from the port and oil facilities it says the Houthis launch drones from; it says it destroyed explosive-laden boats.',
    },
    [S.apMar26, S.dwMar25],
  ),
  ev(
    'IncidentReported',
    'inc-coalition-sanaa-mar27',
    { occurredAt: '2022-03-26T21:00:00Z', precision: 'approximate', recordedAt: rec('2022-03-27', '12:00') },
    {
      incidentId: 'coalition-sanaa-2022-03-27',
      kind: 'airstrike',
      perpetrator: 'saudi-arabia',
      allegedBy: 'saudi-arabia',
      against: 'houthis',
      target: 'Houthi military camps and "strategic areas"',
      place: PLACE.sanaa,
      description:
        'Around midnight on Saturday the coalition announces it has begun air strikes on Houthi military camps and strategic areas in Sanaa (Al-Ekhbariya), hours after the Houthis announced a three-day truce; no toll reported.',
    },
    [S.pledgetimesMar27],
  ),
  ev(
    'CeasefireDeclared',
    'cf-houthi-pause',
    { occurredAt: '2022-03-27T15:00:00Z', recordedAt: rec('2022-03-28', '09:00') },
    {
      ceasefireId: CF.houthiPause,
      parties: ['houthis'],
      scope:
        'The Houthis suspend missile and drone strikes and all military actions against Saudi Arabia, and ground offensives including Marib, for three days; "a final and permanent commitment" if Saudi Arabia ends its strikes and the blockade',
      duration: 'temporary',
      until: '2022-03-30T15:00:00Z',
    },
    [S.thenewsMar27, S.arabDailyMar28],
    {
      note: 'Announced by Mahdi al-Mashat on 26 March; in force from 18:00 Sanaa time on Sunday 27 March (the Houthi foreign ministry). Unilateral: it binds the Houthis alone.',
    },
  ),
  ev(
    'CeasefireDeclared',
    'cf-coalition-halt',
    { occurredAt: '2022-03-30T03:00:00Z', recordedAt: rec('2022-03-30', '09:00') },
    {
      ceasefireId: CF.coalitionHalt,
      parties: ['saudi-arabia'],
      scope:
        'The coalition\'s joint forces command announces "cessation of military operations in Yemen" from 06:00 on Wednesday 30 March, at the GCC\'s request, for the Yemeni consultations and the month of Ramadan',
      duration: 'temporary',
    },
    [S.frontlineMar30, S.medialineMar30],
    { note: 'Announced late on 29 March (SPA). Unilateral: it binds the coalition.' },
  ),
  ev(
    'StatementMade',
    'stmt-bukaiti-mar29',
    { occurredAt: '2022-03-29', recordedAt: rec('2022-03-30', '09:05') },
    {
      speaker: BUKAITI,
      audience: 'saudi-arabia',
      tone: 'critical',
      summary:
        'Dismisses the coalition\'s halt: "If the blockade is not lifted, the declaration of the coalition of aggression to stop its military operations will be meaningless because the suffering of Yemenis as a result of the blockade is more severe than the war itself."',
    },
    [S.frontlineMar30],
  ),
  // ===== April – September 2022: the UN truce =====
  ev(
    'AgreementReached',
    'agr-truce',
    { occurredAt: '2022-04-01', recordedAt: rec('2022-04-02', '09:00') },
    {
      agreementId: AGR.truce,
      kind: 'ceasefire',
      provisions: [
        'Halt all offensive military air, ground and maritime operations inside Yemen and across its borders, for two months from 2 April, renewable with the consent of the parties',
        'Fuel ships to enter the Hodeidah ports (18 over the two months)',
        'Commercial flights in and out of Sanaa airport to predetermined destinations in the region (two a week, to Amman and Cairo)',
        'The parties to meet to open roads in Taiz and other governorates',
      ],
      signatories: ['yemen-government', 'saudi-arabia', 'houthis'],
      textPublic: false,
    },
    [S.alarabiyaApr1],
    {
      note: 'Announced by the UN envoy Hans Grundberg on 1 April: "the parties accepted". The coalition halts operations across the border; its text is not public.',
    },
  ),
  ev(
    'CeasefireDeclared',
    'cf-truce',
    { occurredAt: '2022-04-02T16:00:00Z', recordedAt: rec('2022-04-04', '09:00') },
    {
      ceasefireId: CF.truce,
      parties: ['saudi-arabia', 'houthis', 'yemen-government'],
      scope: 'Nationwide and across the borders: all offensive air, ground and maritime operations',
      duration: 'temporary',
      until: '2022-06-02T16:00:00Z',
      mediatedBy: ['united-nations'],
    },
    [S.i24Apr4, S.alarabiyaApr1],
    {
      occurrence: O.truceStart,
      note: 'In force from 19:00 Yemen time on 2 April, the first day of Ramadan; the first fuel ships docked at Hodeidah on 3 and 4 April.',
    },
  ),
  ev(
    'CeasefireEnded',
    'cf-coalition-halt-superseded',
    { occurredAt: '2022-04-02T16:00:00Z', recordedAt: rec('2022-04-04', '09:01') },
    {
      ceasefireId: CF.coalitionHalt,
      reason: 'superseded',
      summary: "The coalition's unilateral halt is taken over by the UN truce.",
    },
    [S.i24Apr4],
    { occurrence: O.truceStart },
  ),
  ev(
    'StatementMade',
    'stmt-ezzi-may17',
    { occurredAt: '2022-05-17', recordedAt: rec('2022-05-18', '09:00') },
    {
      speaker: AL_EZZI,
      audience: 'saudi-arabia',
      tone: 'warning',
      summary:
        'A day after the first commercial flight in six years left Sanaa for Amman (16 May), insists the truce means two flights a day and that "any disruption or obstruction may mean a return to war"; hopes the coalition will adhere so the two countries can move towards "good neighbourliness".',
    },
    [S.yemenextraMay17],
    { note: 'The Houthi-aligned outlet also accuses the coalition of weeks of obstructing the flights.' },
  ),
  ev(
    'CeasefireExtended',
    'cf-truce-ext-jun2',
    { occurredAt: '2022-06-02', recordedAt: rec('2022-06-03', '09:00') },
    {
      ceasefireId: CF.truce,
      duration: 'temporary',
      until: '2022-08-02T16:00:00Z',
      terms: 'Renewed for two months under the same terms; road openings in Taiz still to be agreed',
    },
    [S.wionJun2, S.south24Jun2],
  ),
  ev(
    'CeasefireExtended',
    'cf-truce-ext-aug2',
    { occurredAt: '2022-08-02', recordedAt: rec('2022-08-03', '09:00') },
    {
      ceasefireId: CF.truce,
      duration: 'temporary',
      until: '2022-10-02T16:00:00Z',
      terms:
        'Extended under the same terms until 2 October, with a commitment to intensify negotiations on an expanded truce (salaries, roads, more flights, fuel)',
    },
    [S.alarabiyaAug2, S.qnaAug3],
  ),
  // ===== October 2022: the lapse and the threats =====
  ev(
    'MediationAction',
    'med-un-proposal-oct1',
    { occurredAt: '2022-10-01', recordedAt: rec('2022-10-02', '09:00') },
    {
      mediator: 'united-nations',
      action: 'proposed',
      summary:
        'Grundberg sends the parties an updated proposal to extend and expand the truce from 2 October: salaries and pensions, roads in Taiz, more flight destinations, fuel ships, de-escalation mechanisms, detainee releases.',
    },
    [S.medialineOct2],
  ),
  ev(
    'StatementMade',
    'stmt-delegation-oct1',
    { occurredAt: '2022-10-01', recordedAt: rec('2022-10-02', '09:05') },
    {
      speaker: HOUTHI_DELEGATION,
      audience: 'saudi-arabia',
      tone: 'accusation',
      summary:
        'The truce talks have reached a "dead end", for which the Yemeni government and the Saudi-led coalition ("the countries of aggression") are responsible: they target "the livelihood of the Yemeni people".',
    },
    [S.medialineOct2, S.tellerOct2],
  ),
  ev(
    'StatementMade',
    'stmt-mashat-oct1',
    { occurredAt: '2022-10-01', recordedAt: rec('2022-10-02', '09:10') },
    {
      speaker: MASHAT,
      audience: 'yemen-government',
      tone: 'threat',
      summary:
        'Foreign oil and mining companies in government-held Yemen will bear "full responsibility" if they do not "stop looting Yemen\'s sovereign wealth" from 18:00 on Sunday.',
    },
    [S.medialineOct2],
  ),
  ev(
    'CeasefireEnded',
    'cf-truce-expired',
    { occurredAt: '2022-10-02T16:00:00Z', recordedAt: rec('2022-10-02', '20:00') },
    {
      ceasefireId: CF.truce,
      reason: 'expired',
      summary:
        'The truce lapses without agreement on its extension: "The UN Envoy regrets that an agreement has not been reached today"; he calls on the parties to maintain calm while negotiations continue.',
    },
    [S.bloombergOct2],
  ),
  ev(
    'ActorRegistered',
    'actor-uae',
    { occurredAt: '2022-10-02', recordedAt: rec('2022-10-03', '09:00') },
    { actor: UAE, role: 'third-party' },
    [S.tellerOct2],
    { note: "A coalition member; the Houthis' threats to oil companies name it with Saudi Arabia." },
  ),
  ev(
    'StatementMade',
    'stmt-saree-oct2',
    { occurredAt: '2022-10-02', recordedAt: rec('2022-10-03', '09:05') },
    {
      speaker: SAREE,
      audience: 'saudi-arabia',
      tone: 'military-threat',
      summary:
        'As the truce ends: "the armed forces give oil companies operating in the UAE and Saudi Arabia an opportunity to organise their situation and leave", as long as the coalition does not commit to a truce that pays salaries from oil revenue; "our military forces can … deprive them of their resources".',
    },
    [S.tellerOct2, S.avapressOct3],
  ),
  ev(
    'StatementMade',
    'stmt-saree-oct5',
    { occurredAt: '2022-10-05', recordedAt: rec('2022-10-06', '09:00') },
    {
      speaker: SAREE,
      audience: 'saudi-arabia',
      tone: 'threat',
      summary:
        'Tells foreign companies to "transfer your investment from an aggressor country to a less risky one in order to prevent further losses", naming the UAE and Saudi Arabia.',
    },
    [S.parstodayOct5],
  ),
  ev(
    'IncidentReported',
    'inc-dhabba-oct21',
    { occurredAt: '2022-10-21', recordedAt: rec('2022-10-22', '09:00') },
    {
      incidentId: 'houthi-dhabba-2022-10-21',
      kind: 'drone-strike',
      perpetrator: 'houthis',
      allegedBy: 'yemen-government',
      against: 'yemen-government',
      target: 'The oil export terminal, as the tanker Nissos prepared to load 2 million barrels',
      place: PLACE.dhabba,
      description:
        'Houthi drones attack the government-held terminal; the government says its forces intercepted them, no damage to the port or the tanker. The Houthis call it a "warning strike" against a ship "trying to loot crude oil".',
    },
    [S.arabnewsOct21],
  ),
  ev(
    'StatementMade',
    'stmt-saudi-mofa-oct22',
    { occurredAt: '2022-10-22', recordedAt: rec('2022-10-23', '09:00') },
    {
      speaker: SAUDI_MOFA,
      audience: 'houthis',
      tone: 'accusation',
      summary:
        'Condemns the "terrorist" attack on al-Dhabba as "a flagrant violation" of Resolution 2216 and "an escalation by the Houthis after the truce ended": "the terrorist Houthi militia and those who stand behind it continue to target civilian and economic facilities and global energy supplies".',
    },
    [S.alarabiyaOct22],
  ),
  ev(
    'StatementMade',
    'stmt-defence-council-oct22',
    { occurredAt: '2022-10-22', recordedAt: rec('2022-10-23', '09:05') },
    {
      speaker: DEFENCE_COUNCIL,
      audience: 'houthis',
      tone: 'accusation',
      summary:
        'Resolution No. 1 of 2022 designates the Houthis a "terrorist organisation" after the al-Dhabba attack, "a dangerous escalation", and warns those who deal with them.',
    },
    [S.newarabOct23],
  ),
  ev(
    'StatementMade',
    'stmt-atifi-oct29',
    { occurredAt: '2022-10-29', recordedAt: rec('2022-10-31', '12:00') },
    {
      speaker: ATIFI,
      audience: 'saudi-arabia',
      tone: 'military-threat',
      summary:
        'Threatens the coalition with renewed drone and missile attacks if the Houthis\' demands are not met: "The Coalition countries have two options, either a truce and salaries, or missiles and salaries."',
    },
    [S.south24Oct31],
  ),
  ev(
    'IncidentReported',
    'inc-qena-nov9',
    { occurredAt: '2022-11-09', recordedAt: rec('2022-11-10', '09:00') },
    {
      incidentId: 'houthi-qena-2022-11-09',
      kind: 'drone-strike',
      perpetrator: 'houthis',
      allegedBy: 'houthis',
      against: 'yemen-government',
      target: 'A tanker unloading diesel at the oil port',
      place: 'Qena oil port, Rudum (Shabwa)',
      description:
        'An explosive drone explodes near a foreign oil ship at the Qena port (the government says it was downed); minor injuries among the workers by one account. The Houthis claim it "after several warning messages".',
    },
    [S.south24Nov9, S.alarabiyaNov10],
  ),
  ev(
    'IncidentReported',
    'inc-dhabba-nov21',
    { occurredAt: '2022-11-21', recordedAt: rec('2022-11-22', '09:00') },
    {
      incidentId: 'houthi-dhabba-2022-11-21',
      kind: 'drone-strike',
      perpetrator: 'houthis',
      allegedBy: 'houthis',
      against: 'yemen-government',
      target: 'The oil export platform, as the Panamanian-flagged Pratika loaded crude',
      place: PLACE.dhabba,
      description:
        'A projectile fired from a drone lands at the entrance of the terminal; the Pratika leaves without its cargo. The government\'s military says the platform was hit; the Houthis\' spokesman says a ship "was forced to leave".',
    },
    [S.fxempireNov21, S.nationalNov22],
  ),
  // ===== December 2022: no war, no peace =====
  ev(
    'StatementMade',
    'stmt-council-dec19',
    { occurredAt: '2022-12-19', recordedAt: rec('2022-12-20', '09:00') },
    {
      speaker: HOUTHI_COUNCIL,
      audience: 'saudi-arabia',
      tone: 'warning',
      summary:
        'Briefed on the talks with the coalition on lifting the blockade, the council warns that "the state of no war and no peace will not continue" and asks that the humanitarian file be separated from the political and military ones.',
    },
    [S.south24Dec19],
    {
      note: 'South24 adds that the truce\'s fuel deliveries to Hodeidah and the flights to Sanaa "are still valid until now".',
    },
  ),
  ev(
    'StatementMade',
    'stmt-abdulsalam-dec21',
    { occurredAt: '2022-12-21', recordedAt: rec('2022-12-24', '12:00') },
    {
      speaker: ABDULSALAM,
      audience: 'saudi-arabia',
      tone: 'accusation',
      summary:
        'After an Omani delegation\'s visit to Sanaa: the coalition "gives ineffectual promises" on ending the war and the blockade, and targets the economy, the central bank and the rial; many meetings have been held in Muscat with Saudi, UN and international representatives since the truce expired.',
    },
    [S.debrieferDec24],
  ),
  // ===== April 2023: the Bern exchange and the Saudi delegation in Sanaa =====
  ev(
    'AgreementReached',
    'agr-bern',
    { occurredAt: '2023-03-20', recordedAt: rec('2023-04-09', '09:00') },
    {
      agreementId: AGR.bern,
      kind: 'partial',
      provisions: [
        'Release of 887 detainees held in relation to the conflict, among them Saudis and Sudanese of the coalition held by the Houthis and Houthis held in Saudi Arabia',
        'The ICRC to carry out the transfers by air between Yemen and Saudi Arabia',
      ],
      signatories: ['yemen-government', 'houthis', 'saudi-arabia'],
      textPublic: false,
    },
    [S.brecorderApr9, S.khaleejApr8],
    {
      note: "Agreed at talks in Switzerland (Bern) co-chaired by the UN envoy's office and the ICRC, concluded on 20 March; recorded when Reuters reported it with the first Saudi releases. Saudi Arabia frees and receives prisoners under it.",
    },
  ),
  ev(
    'StatementMade',
    'stmt-mortada-apr8',
    { occurredAt: '2023-04-08', recordedAt: rec('2023-04-09', '09:05') },
    {
      speaker: MORTADA,
      audience: 'saudi-arabia',
      tone: 'conciliatory',
      summary:
        'The Houthis received 13 detainees released by Saudi Arabia at Sanaa airport, in exchange for a Saudi detainee freed earlier: "part of the deal agreed via the United Nations, and next Thursday … the deal will be fully implemented".',
    },
    [S.khaleejApr8, S.brecorderApr9],
  ),
  ev(
    'TalksRoundOpened',
    'round-sanaa-opened',
    { occurredAt: '2023-04-09', recordedAt: rec('2023-04-10', '09:00') },
    {
      roundId: ROUND.sanaa,
      label: 'Sanaa talks (Saudi and Omani delegations)',
      format: 'formal',
      venue: 'Sanaa (the presidential palace)',
      hosts: ['houthis'],
      delegations: [
        { actorId: 'saudi-arabia', head: JABER },
        { actorId: 'houthis', head: MASHAT },
        { actorId: 'oman' },
      ],
    },
    [S.i24Apr9, S.newserApr10],
    {
      note: 'The Omani delegation arrived with Abdulsalam on 8 April; the Saudi delegation on 9 April, to negotiate a permanent ceasefire. Grundberg: "the closest to real progress towards a lasting peace" since the war began.',
    },
  ),
  ev(
    'TalksRoundConcluded',
    'round-sanaa-concluded',
    { occurredAt: '2023-04-13', recordedAt: rec('2023-04-14', '12:00') },
    {
      roundId: ROUND.sanaa,
      outcome: 'progress',
      summary:
        'The Saudi delegation leaves Sanaa late on Thursday without a finalised truce: "an initial agreement on a truce that should be announced later on if finalised" (a Houthi official, confirmed by a government source); talks held in a "positive atmosphere" (Mohammed Ali al-Houthi).',
      nextSteps: 'A second round of talks to discuss the points of difference',
    },
    [S.newarabApr14, S.firstpostApr14],
  ),
  ev(
    'ActorRegistered',
    'actor-icrc',
    { occurredAt: '2023-04-14', recordedAt: rec('2023-04-15', '12:00') },
    { actor: ICRC, role: 'observer' },
    [S.alarabiyaApr15],
    { note: 'Carries out the prisoner transfers agreed at Bern.' },
  ),
  ev(
    'ThirdPartyEngagement',
    'eng-icrc-apr15',
    { occurredAt: '2023-04-15', recordedAt: rec('2023-04-16', '09:00') },
    {
      actorId: 'icrc',
      counterparts: ['saudi-arabia', 'houthis', 'yemen-government'],
      kind: 'support',
      summary:
        "Second day of the ICRC's transfer of nearly 900 detainees: flights from Abha (Saudi Arabia) to Sanaa with Houthi prisoners (120 on the first), and from Sanaa to Riyadh with 16 Saudis and three Sudanese; 318 prisoners were flown between Aden and Sanaa on the first day (14 April).",
    },
    [S.alarabiyaApr15, S.nationalApr15],
  ),
  ev(
    'StatementMade',
    'stmt-atifi-apr23',
    { occurredAt: '2023-04-23', precision: 'approximate', recordedAt: rec('2023-04-25', '09:00') },
    {
      speaker: ATIFI,
      audience: 'saudi-arabia',
      tone: 'warning',
      summary:
        'On a visit to Hodeidah: the talks are heading in a good direction, but the coalition countries will face consequences if Saudi Arabia backtracks — "all of this depends on the sincerity of the intentions of the leaders of the coalition with what has been agreed upon".',
    },
    [S.medialineApr24],
    { note: 'Saba gives no day for the visit ("recent"): dated approximately.' },
  ),
  ev(
    'StatementMade',
    'stmt-mohammed-ali-may14',
    { occurredAt: '2023-05-14', recordedAt: rec('2023-05-15', '09:00') },
    {
      speaker: MOHAMMED_ALI,
      audience: 'saudi-arabia',
      tone: 'military-threat',
      summary:
        'To protesters in Sanaa: accuses "the aggression" of procrastinating on ending the war and lifting the blockade, urges the people to be ready and advises the coalition "not to rely on the Iron Dome" — hinting at renewed strikes deep in Saudi Arabia.',
    },
    [S.dailyyemenMay14],
    { note: 'One partisan outlet: graded C3.' },
  ),
  ev(
    'StatementMade',
    'stmt-mashat-jul22',
    { occurredAt: '2023-07-22', recordedAt: rec('2023-07-24', '09:00') },
    {
      speaker: MASHAT,
      audience: 'saudi-arabia',
      tone: 'accusation',
      summary:
        'The talks with Saudi Arabia have stalled over salaries: Riyadh offers to pay them "as sadaqah", not from Yemen\'s oil and gas; accuses Saudi Arabia of "trying to loot Yemeni oil and gas resources" and vows to take the salaries back.',
    },
    [S.newarabJul23],
  ),
  ev(
    'StatementMade',
    'stmt-mohammed-ali-aug6',
    { occurredAt: '2023-08-06', recordedAt: rec('2023-08-07', '09:00') },
    {
      speaker: MOHAMMED_ALI,
      audience: 'saudi-arabia',
      tone: 'critical',
      summary:
        'What stopped the negotiations with Saudi Arabia were the humanitarian situation and the salaries; "the position of the Saudi-led aggression coalition and its mercenaries has been rejection and evasion".',
    },
    [S.yemenextraAug7],
  ),
  // ===== September 2023: the Houthi delegation in Riyadh, then the attack on the border =====
  ev(
    'TalksRoundOpened',
    'round-riyadh-opened',
    { occurredAt: '2023-09-14', recordedAt: rec('2023-09-15', '09:00') },
    {
      roundId: ROUND.riyadh,
      label: 'Riyadh talks (first official Houthi visit to the kingdom)',
      format: 'formal',
      venue: 'Riyadh',
      hosts: ['saudi-arabia'],
      delegations: [
        { actorId: 'houthis', head: ABDULSALAM },
        { actorId: 'saudi-arabia', head: JABER },
        { actorId: 'oman' },
      ],
    },
    [S.alarabiyaSep14, S.thenewsSep15],
    {
      note: 'A ten-strong Houthi delegation and five Omani officials fly from Sanaa on an Omani plane; "Peace was and still is our first option" (al-Mashat).',
    },
  ),
  ev(
    'TalksRoundConcluded',
    'round-riyadh-concluded',
    { occurredAt: '2023-09-19', recordedAt: rec('2023-09-20', '09:00') },
    {
      roundId: ROUND.riyadh,
      outcome: 'progress',
      summary:
        'The Houthi delegation leaves Riyadh after five days; progress on a timeline for foreign troops to leave Yemen and a mechanism for paying public wages (Reuters sources); no agreement announced. Saudi Arabia welcomes the "positive outcomes"; its defence minister Khalid bin Salman met the delegation.',
      nextSteps: 'Another meeting after the Houthis consult their leadership',
    },
    [S.south24Sep19, S.south24Sep20, S.alarabiyaSep20],
  ),
  ev(
    'ActorRegistered',
    'actor-bahrain',
    { occurredAt: '2023-09-25', recordedAt: rec('2023-09-25', '20:00') },
    { actor: BAHRAIN, role: 'third-party' },
    [S.alarabiyaSep25],
    { note: "A coalition member with a force on Saudi Arabia's southern border." },
  ),
  ev(
    'IncidentReported',
    'inc-border-sep25',
    { occurredAt: '2023-09-25', recordedAt: rec('2023-09-25', '20:05') },
    {
      incidentId: 'houthi-border-2023-09-25',
      kind: 'drone-strike',
      perpetrator: 'houthis',
      allegedBy: 'bahrain',
      against: 'saudi-arabia',
      harmed: 'bahrain',
      target: 'Positions of the Bahraini force of the Saudi-led coalition',
      place: "Saudi Arabia's southern border",
      fatalities: { min: 2, max: 2 },
      description:
        'Attack drones on the Bahraini duty force "stationed at the southern border on the territory of the Kingdom of Saudi Arabia" on Monday morning kill an officer and a soldier and wound others, "despite the cessation of military operations between the parties to the war in Yemen" (Bahrain Defence Force). The Houthis do not claim it; Saudi Arabia, the United States and the United Kingdom condemn it.',
    },
    [S.alarabiyaSep25, S.trtSep25],
  ),
  ev(
    'IncidentReported',
    'inc-saada-sep25',
    { occurredAt: '2023-09-25', recordedAt: rec('2023-09-26', '09:00') },
    {
      incidentId: 'coalition-saada-2023-09-25',
      kind: 'shelling',
      perpetrator: 'saudi-arabia',
      allegedBy: 'houthis',
      against: 'houthis',
      place: 'Shada and Munabbih (Saada)',
      injured: { min: 4, max: 4 },
      description:
        'Al-Mayadeen and al-Masirah report coalition artillery (al-Masirah: an air strike) on the border districts of Shada and Munabbih the same day, injuring four civilians.',
    },
    [graded(S.islworldSep26, 3)],
    { note: "Houthi media's account, relayed by one outlet: graded C3." },
  ),
  ev(
    'StatementMade',
    'stmt-maliki-sep25',
    { occurredAt: '2023-09-25', recordedAt: rec('2023-09-26', '09:05') },
    {
      speaker: MALIKI,
      audience: 'houthis',
      tone: 'accusation',
      summary:
        'The coalition condemns the "treacherous" attack by elements affiliated with the Houthis, a hostile act among others over the past month — attacks on a power distribution station and a police post in the border area — which does not fit the efforts to end the crisis.',
    },
    [S.islworldSep26],
  ),
  ev(
    'EventCorrected',
    'corr-border-toll',
    { occurredAt: '2023-09-29', recordedAt: rec('2023-09-30', '12:00') },
    {
      eventId: idOf('inc-border-sep25'),
      changes: { data: { fatalities: { min: 4, max: 4 } } },
      reason:
        'Two of the wounded died of their injuries: a warrant officer on 27 September and a first lieutenant on 29 September (Bahrain Defence Force).',
    },
    [S.brecorderSep27, S.siasatSep30],
  ),
  ev(
    'StatementMade',
    'stmt-yemenia-oct',
    { occurredAt: '2023-09-30', recordedAt: rec('2023-10-02', '12:00') },
    {
      speaker: { name: 'Yemenia Airways officials (to Reuters)', actorId: 'yemen-government' },
      audience: 'houthis',
      tone: 'critical',
      summary:
        'Yemenia suspends its six weekly Sanaa–Amman flights, in operation since the truce of 2022, for October, after the Houthi administration blocked the state carrier from withdrawing about $80 million of its funds from Sanaa banks.',
    },
    [S.siasatOct2],
    { note: "A dispute between the Houthis and the government's carrier; no Saudi act." },
  ),
  // ===== December 2023: the roadmap commitments =====
  ev(
    'AgreementReached',
    'agr-roadmap',
    { occurredAt: '2023-12-23', recordedAt: rec('2023-12-24', '12:00') },
    {
      agreementId: AGR.roadmap,
      kind: 'framework',
      provisions: [
        'A nationwide ceasefire',
        'Payment of all public sector salaries and resumption of oil exports',
        'Opening of roads in Taiz and other parts of Yemen',
        'Further easing of the restrictions on Sanaa airport and Hodeidah port',
        'Implementation mechanisms and preparation of a Yemeni-owned political process under UN auspices',
      ],
      signatories: ['yemen-government', 'houthis'],
      textPublic: false,
      status: 'text-agreed',
    },
    [S.yementdyDec24, S.menafnDec24],
    {
      note: 'The envoy "welcomes the parties\' commitment to a set of measures" and will now engage them to establish a roadmap under UN auspices that includes them; he thanks Saudi Arabia and Oman for their roles. Commitments, not yet a roadmap in force.',
    },
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'saudi-houthis-2022.jsonl',
  logEnd: '2024-01-01T00:00:00Z',
  events,
};

export default definition;
