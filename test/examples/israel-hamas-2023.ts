/**
 * A test fixture, not a shipped example: Israel and Hamas from the closure of
 * the Erez crossing and the border protests of September 2023 through Hamas's
 * attack of 7 October (about 1,200 killed in Israel, about 240–250 taken
 * hostage into Gaza), Israel's war in Gaza (the air campaign, the siege, the
 * ground operation from 27 October), the truce mediated by Qatar, Egypt and the
 * United States (agreed 22 November, in force 24 November for four days,
 * extended by two days and then by one, with hostages exchanged for Palestinian
 * prisoners every day), its collapse on 1 December, the renewed war in Khan
 * Younis and central Gaza, and the talks on a second truce (Paris, 28 January
 * 2024; Hamas's counter-proposal and Netanyahu's rejection, 6–7 February; Cairo,
 * 13 February), ending about 15 February 2024. Escalation model v2 was never
 * tuned on it: it is the case the model is held to in israel-hamas-2023.spec.ts,
 * against the calls an analyst makes from DOMAIN.md §5b alone. Separate from
 * israel-hamas-2012, -2014, -2021 and -2025.
 *
 * What it tests that the other Israel – Hamas cases did not:
 * - hostages held through a war: the people Hamas took on 7 October are one
 *   `detention` by Hamas against Israel (place "Gaza Strip"), a lasting
 *   condition that is in force from 7 October to the end of the record, since
 *   more than a hundred were still held in February 2024;
 * - a truce agreed for a fixed term (`AgreementReached`, kind `ceasefire`, 22
 *   November; `CeasefireDeclared`, temporary, until 28 November 07:00 local),
 *   extended twice (`CeasefireExtended` to 30 November, then to 1 December),
 *   and ended `collapsed` at its expiry on 1 December, when fighting resumed
 *   and Israel said Hamas had fired first (`CeasefireViolationReported`, no
 *   casualties);
 * - exchanges of captives under the truce: the catalogue has no type for a
 *   term carried out, and a `release` by Hamas would end the whole detention
 *   (one place, "Gaza Strip"), which the sources do not support (about 105 of
 *   some 240 were freed). Each exchange, and the freeing of two American
 *   hostages on 20 October, is recorded as the releasing side's statement
 *   (`conciliatory`), as israel-hamas-2025 records its exchanges.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source.
 *
 * Grading as in examples/README.md: B = established outlet or wire copy (AP,
 * AFP, Reuters via a named outlet, TRT World, UPI, VOA), C = smaller outlet,
 * aggregator or mirror; 1 = an on-record statement or act confirmed by the
 * actor itself (the Qatari foreign ministry's announcements, the IDF's and
 * Netanyahu's statements, Hamas's claims of its own acts); 2 = several outlets
 * agree or one established outlet reports it; 3 = one side's unverified claim
 * about the other. Tolls in Gaza are the Gaza health ministry's (or civil
 * defence's) as the sources give them; tolls in Israel are Israel's.
 *
 * Judgement calls, recorded as an analyst would:
 * - The toll of 7 October: the sources of the time give 1,400 (Israel's first
 *   count, October–November) and 1,200 (Israel's revised count, from
 *   November); AFP's tally of official figures is 1,140 (January 2024). The
 *   attack is recorded as a `clash` of `scale: major` (thousands of fighters
 *   across the border into 21 communities and army bases) with fatalities
 *   1,139–1,400; the rocket barrage as a separate `shelling` (unguided rockets,
 *   "at least 5,000" by Israel's count at the time).
 * - The hostages: Israel counted 199 (17 October), 203 (20 October), 229 (27
 *   October), about 240 (22 November); the later count is about 250. Recorded as
 *   one detention, its description giving the range.
 * - The closure of the Erez crossing to Gaza's workers (15 September, for the
 *   Jewish new year, then extended "for security reasons" during the border
 *   protests) is Israel's `border-closure` against Hamas-ruled Gaza; its
 *   reopening at the mediators' request (28 September) the `border-reopening`.
 *   The Israeli drone strikes on Hamas posts during those protests are left out
 *   for want of a dated source. The "complete siege" of 9 October is a second
 *   `border-closure` (all crossings, electricity, food and fuel): no
 *   reopening is recorded, since the aid let in from Egypt (21 October) and
 *   under the truce did not lift the siege.
 * - The truce is recorded with the times the sources give: in force at 07:00
 *   local (05:00 UTC) on 24 November; extended on 27 November by two days and on
 *   30 November, minutes before 07:00, by one; ended at 07:00 on 1 December.
 *   It is `collapsed`, not `expired`: fighting resumed at once, each side
 *   blaming the other, and Israel said Hamas had fired at Israel in the hour
 *   before the expiry.
 * - The shooting at a Jerusalem bus stop on 30 November, claimed by Hamas's
 *   armed wing, is a `militant-attack` by Hamas on Israel (two gunmen, residents
 *   of East Jerusalem); the sources found call it deadly and give no toll, and
 *   no party called it a breach of the truce, which went on that day.
 * - Israel's recall of its negotiators from Doha (2 December, "impasse") is
 *   `TalksSuspended` by Israel. The Paris meeting (28 January) is a round held
 *   without Hamas (the mediators and Israel): `progress` (Netanyahu's office:
 *   "constructive", "significant gaps"). The Cairo meeting (13 February) is
 *   `no-progress` (no breakthrough; the Israeli delegation went "to listen").
 * - The framework drawn up in Paris, carried to Hamas by Qatar and Egypt "last
 *   week" (Reuters, 7 February), is Qatar's `MediationAction` dated about 30
 *   January (`approximate`). Hamas's answer (6 February) is its demand; Netanyahu's
 *   "delusional" (7 February) the rejection.
 * - Hezbollah, the Houthis, Iran and the UN are third parties; their own
 *   fighting with Israel (Hezbollah's fire from 8 October, the Houthis at sea) is
 *   not the pair's and is not recorded as incidents. The United States is
 *   registered as a mediator on 22 November, when the truce announcement names
 *   it; it worked for the release of the hostages from October.
 * - Left out for want of a dated source found or of time: the Israeli strikes
 *   between 10 and 16 October and between 6 and 14 November beyond those
 *   recorded, the release of two elderly Israeli women on 23 October, the
 *   hostages killed by Israeli fire in Shejaiya (15 December), and the daily
 *   rocket fire from Gaza after October.
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, retrospectiveClock, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'israel-hamas-gaza-2023';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 2023);
const when = retrospectiveClock('2024-02-16T09:00:00Z');

const ISRAEL: Actor = { id: 'israel', name: 'Israel', kind: 'state', aliases: ['IDF', 'Israeli government'] };
const HAMAS: Actor = {
  id: 'hamas',
  name: 'Hamas',
  kind: 'de-facto-authority',
  aliases: ['Islamic Resistance Movement', 'al-Qassam Brigades', 'Ezzedine al-Qassam Brigades'],
};
const QATAR: Actor = { id: 'qatar', name: 'Qatar', kind: 'state', aliases: ['Doha'] };
const EGYPT: Actor = { id: 'egypt', name: 'Egypt', kind: 'state', aliases: ['Cairo'] };
const USA: Actor = { id: 'united-states', name: 'United States', kind: 'state', aliases: ['US', 'Washington', 'CIA'] };
const UN: Actor = {
  id: 'united-nations',
  name: 'United Nations',
  kind: 'international-organisation',
  aliases: ['UN', 'UNRWA', 'OCHA'],
};
const HEZBOLLAH: Actor = { id: 'hezbollah', name: 'Hezbollah', kind: 'armed-group', aliases: ['Islamic Resistance'] };
const IRAN: Actor = { id: 'iran', name: 'Iran', kind: 'state', aliases: ['Tehran'] };
const HOUTHIS: Actor = { id: 'houthis', name: 'Houthis (Ansar Allah)', kind: 'armed-group', aliases: ['Ansar Allah'] };

const NETANYAHU: Person = { name: 'Benjamin Netanyahu', title: 'Prime Minister of Israel', actorId: 'israel' };
const GALLANT: Person = { name: 'Yoav Gallant', title: 'Defence Minister of Israel', actorId: 'israel' };
const IDF: Person = { name: 'Israel Defense Forces (spokesman Daniel Hagari)', actorId: 'israel' };
const HAMAS_STATEMENT: Person = { name: 'Hamas (statement)', actorId: 'hamas' };
const HANIYEH: Person = { name: 'Ismail Haniyeh', title: 'Head of the Hamas political bureau', actorId: 'hamas' };
const ISRAEL_PRISONS: Person = { name: 'Israel Prison Service (statement)', actorId: 'israel' };

const S = {
  trtSep28: source(
    'Israel reopens key crossing with besieged Gaza after two weeks',
    'TRT World (AFP)',
    'https://www.trtworld.com/article/15164782',
    '2023-09-28',
    'B',
    2,
  ),
  newarabSep29: source(
    'Israel reopens Gaza crossings, lets Palestinians back to work after two weeks',
    'The New Arab (Reuters)',
    'https://www.newarab.com/news/israel-reopens-crossings-after-2-weeks-gaza-protests',
    '2023-09-29',
    'B',
    2,
  ),
  famagustaSep28: source(
    'Israel reopens Gaza crossing after two weeks of closure',
    'Famagusta Gazette (Xinhua)',
    'https://famagusta-gazette.com/2023/09/28/israel-reopens-gaza-crossing-after-two-weeks-of-closure/',
    '2023-09-28',
    'C',
    1,
  ),
  rtOct8: source(
    'Israel officially at war with Hamas – Netanyahu’s office',
    'RT',
    'https://www.rt.com/news/584329-israel-war-hamas-declaration/',
    '2023-10-08',
    'C',
    1,
  ),
  sputnikOct8: source(
    'Israeli Government Declares Country Officially in State of War',
    'Sputnik International',
    'https://sputnikglobe.com/20231008/israeli-government-declares-country-officially-in-state-of-war-1114017557.html',
    '2023-10-08',
    'C',
    1,
  ),
  tribuneOct8: source(
    'Hezbollah bombards Israeli positions in disputed area along border with Syria’s Golan Heights',
    'The Tribune (AP)',
    'https://www.tribuneindia.com/news/world/hezbollah-bombards-israeli-positions-in-disputed-area-along-border-with-syrias-golan-heights-551500',
    '2023-10-08',
    'B',
    2,
  ),
  indiatvOct8: source(
    'Hezbollah fires rockets, shells at Israeli forces at Lebanese border amid war against Hamas',
    'India TV News',
    'https://www.indiatvnews.com/news/world/hezbollah-fires-rockets-shells-at-israeli-forces-at-lebanese-border-amid-war-against-hamas-war-death-toll-latest-updates-2023-10-08-896828',
    '2023-10-08',
    'C',
    2,
  ),
  trtOct9: source(
    "'No food, no water, no electricity': Israel announces complete siege of Gaza",
    'TRT World',
    'https://www.trtworld.com/article/15319009',
    '2023-10-09',
    'B',
    1,
  ),
  salonOct9: source(
    'Israel declares “complete siege” on Gaza: No electricity, food or drinking water',
    'Salon',
    'https://www.salon.com/2023/10/09/israel-declares-complete-siege-on-gaza-no-electricity-or-drinking-water/',
    '2023-10-09',
    'B',
    2,
  ),
  siasatOct9: source(
    'Israel orders complete blockade on Gaza; power, food, fuel to be hit',
    'The Siasat Daily',
    'https://www.siasat.com/israel-orders-complete-blockade-on-gaza-power-food-fuel-to-be-hit-2717130/',
    '2023-10-09',
    'C',
    2,
  ),
  thetimesOct9: source(
    'Israel-Hamas war: Gaza latest news',
    'The Times',
    'https://www.thetimes.co.uk/article/israel-hamas-war-gaza-latest-news-s79bx97h3',
    '2023-10-09',
    'B',
    2,
  ),
  businessstandardOct13: source(
    'Israel orders evacuation of 1.1 mn people from northern part of Gaza: UN',
    'Business Standard (AP)',
    'https://www.business-standard.com/amp/world-news/israel-orders-evacuation-of-1-1-mn-people-from-northern-part-of-gaza-un-123101300135_1.html',
    '2023-10-13',
    'B',
    1,
  ),
  kalingaOct13: source(
    'Israeli military orders evacuation of northern Gaza in 24 hours',
    'Kalinga TV',
    'https://kalingatv.com/world/israeli-military-orders-evacuation-of-northern-gaza-in-24-hours/',
    '2023-10-13',
    'C',
    1,
  ),
  etvOct17: source(
    'Day 11 of Israel-Palestine war: Gaza death toll touches 3,000 as bombing intensifies',
    'ETV Bharat (AP)',
    'https://etvbharat.com/english/international/top-news/day-11-of-israel-palestine-war/na20231017115258063063465',
    '2023-10-17',
    'C',
    2,
  ),
  shafaqnaOct17: source(
    'WHO: half of 2,800 people killed in Gaza are women, children',
    'Shafaqna (Al Jazeera)',
    'https://en.shafaqna.com/332074/who-half-of-2800-people-killed-in-gaza-are-women-children/',
    '2023-10-17',
    'C',
    2,
  ),
  vanguardOct20: source(
    'Hamas releases two US hostages into Israel',
    'Vanguard (AFP)',
    'https://www.vanguardngr.com/2023/10/hamas-releases-two-us-hostages-into-israel/',
    '2023-10-20',
    'B',
    1,
  ),
  newserOct20: source(
    'Hamas Says It Freed US Woman, Daughter Held Hostage',
    'Newser',
    'https://www.newser.com/story/341670/hamas-says-it-freed-us-woman-daughter-held-hostage.html',
    '2023-10-20',
    'C',
    1,
  ),
  upiOct23: source(
    'Palestinian officials: Deaths surpass 5,000; IDF strikes 320 targets in Gaza',
    'UPI',
    'https://www.upi.com/Top_News/World-News/2023/10/23/Hamas-attacks-IDF-death-toll/5211698069570/',
    '2023-10-23',
    'B',
    2,
  ),
  iheartOct27: source(
    'Israel Expands Ground Operations In Gaza As War With Hamas Continues',
    'iHeart',
    'https://www.iheart.com/content/2023-10-27-israel-expands-ground-operations-in-gaza-as-war-with-hamas-continues/',
    '2023-10-27',
    'C',
    1,
  ),
  newserOct27: source(
    'Israeli Military Expanding Activity of Ground Forces in Gaza',
    'Newser (AP)',
    'https://www.newser.com/story/341962/israeli-military-expanding-activity-of-ground-forces-in-gaza.html',
    '2023-10-27',
    'C',
    1,
  ),
  sbsOct31: source(
    'Israel confirms deadly strike on Gaza refugee camp, says top Hamas commander killed',
    'SBS News (AFP)',
    'https://www.sbs.com.au/news/article/israel-confirms-deadly-strike-on-gaza-refugee-camp-says-top-hamas-commander-killed/g21ed988g',
    '2023-10-31',
    'B',
    1,
  ),
  upiOct31: source(
    'Hamas leader reportedly killed as Israeli airstrike kills scores at refugee camp',
    'UPI',
    'https://www.upi.com/Top_News/World-News/2023/10/31/Palestinian-death-toll-IDF-Hamas/5061698756459/',
    '2023-10-31',
    'B',
    2,
  ),
  lbcNov5: source(
    "Israel encircles Gaza City and splits strip 'in two' as it ramps up for major assault on Hamas",
    'LBC',
    'https://www.lbc.co.uk/news/israel-encircles-gaza-city-and-splits-strip/',
    '2023-11-05',
    'B',
    2,
  ),
  latimesNov6: source(
    'Israeli forces cut off north Gaza to isolate Hamas as advance on urban center looms',
    'Los Angeles Times (AP)',
    'https://www.latimes.com/world-nation/story/2023-11-06/israeli-forces-cuts-off-north-gaza',
    '2023-11-06',
    'B',
    2,
  ),
  tbsNov15: source(
    'Israeli army detaining 200 Palestinians in al-Shifa',
    'The Business Standard (Al Jazeera)',
    'https://www.tbsnews.net/world/israeli-army-detaining-200-palestinians-al-shifa-739882',
    '2023-11-15',
    'C',
    2,
  ),
  panafricanNov15: source(
    'Israel Raids Gaza’s al-Shifa Hospital',
    'Pan-African News Wire (Al Jazeera)',
    'http://panafricannews.blogspot.com/2023/11/raids-gazas-al-shifa-hospital.html',
    '2023-11-15',
    'C',
    1,
  ),
  latestlyNov22: source(
    'Qatar Confirms Israel-Hamas Truce-for-Hostages Deal, Palestinian Prisoners Also To Be Freed',
    'LatestLY (AP)',
    'https://www.latestly.com/agency-news/world-news-qatar-confirms-israel-hamas-truce-for-hostages-deal-palestinian-prisoners-also-to-be-freed-5578369.html',
    '2023-11-22',
    'B',
    1,
  ),
  dispatchliveNov22: source(
    'Qatar says four-day humanitarian pause in Gaza subject to extension',
    'DispatchLIVE (Reuters)',
    'https://www.dispatchlive.co.za/news/2023-11-22-qatar-says-four-day-humanitarian-pause-in-gaza-subject-to-extension/',
    '2023-11-22',
    'B',
    1,
  ),
  kenyanpostNov23: source(
    'Qatar announces hostages-for-ceasefire deal between Israel and Hamas',
    'Kenyan Post',
    'https://kenyan-post.com/2023/11/qatar-announces-hostages-for-ceasefire-deal-between-israel-and-hamas/',
    '2023-11-23',
    'C',
    1,
  ),
  yeshivaworldNov23: source(
    'Temporary ceasefire: IDF to stop fighting at 7:00AM, 13 hostages to be released at 4:00PM',
    'The Yeshiva World',
    'https://www.theyeshivaworld.com/news/israel-news/2242085/temporary-ceasefire-idf-to-stop-fighting-at-700am-13-hostages-to-be-released-at-400pm.html',
    '2023-11-23',
    'C',
    2,
  ),
  yalibnanNov24: source(
    'First hostages released after Israel-Hamas truce begins',
    'Ya Libnan (CNN)',
    'https://yalibnan.com/2023/11/24/first-hostages-released-after-israel-hamas-truce-begins/',
    '2023-11-24',
    'C',
    2,
  ),
  sentinelNov24: source(
    'Qatar confirms release of 24 hostages held by Hamas for 7 weeks in Gaza',
    'Sentinel Colorado (AP)',
    'https://sentinelcolorado.com/nation-world/nation/qatar-confirms-release-of-24-hostages-held-by-hamas-for-7-weeks-in-gaza/',
    '2023-11-24',
    'B',
    1,
  ),
  iheartNov24: source(
    'First Group Of Israeli Hostages Freed Amid Temporary Truce',
    'iHeart (CNN)',
    'https://www.iheart.com/content/2023-11-24-first-group-of-israeli-hostages-freed-amid-temporary-truce/',
    '2023-11-24',
    'C',
    1,
  ),
  newsbytesNov24: source(
    'First 13 hostages released after Israel-Hamas truce begins',
    'NewsBytes',
    'https://www.newsbytesapp.com/news/world/first-12-hostages-released-after-israel-hamas-truce-begins/story',
    '2023-11-24',
    'C',
    2,
  ),
  egyptianstreetsNov27: source(
    'Two-Day Truce Extension Agreed Between Israel and Hamas: Qatar',
    'Egyptian Streets (Reuters)',
    'https://egyptianstreets.com/2023/11/27/two-day-truce-extension-agreed-between-israel-and-hamas-qatar/',
    '2023-11-27',
    'C',
    1,
  ),
  siasatNov27: source(
    'Israel-Hamas truce extended by two more days, says Qatar',
    'The Siasat Daily',
    'https://www.siasat.com/israel-hamas-truce-extended-by-two-more-days-says-qatar-2921143/',
    '2023-11-27',
    'C',
    1,
  ),
  dailysabahNov30: source(
    'Israel, Hamas last-minute deal sees Gaza truce extended by a day',
    'Daily Sabah (Reuters)',
    'https://www.dailysabah.com/world/mid-east/israel-hamas-last-minute-deal-sees-gaza-truce-extended-by-a-day',
    '2023-11-30',
    'B',
    1,
  ),
  siasatNov30: source(
    'Israel-Hamas truce extended for a day',
    'The Siasat Daily',
    'https://www.siasat.com/israel-hamas-truce-extended-for-a-day-2923059/',
    '2023-11-30',
    'C',
    1,
  ),
  oafnationNov30: source(
    'Israel, Hamas extend Gaza truce by one day in last-minute deal',
    'OAF Nation (Reuters)',
    'https://oafnation.com/blogs/news/israel-hamas-extend-gaza-truce-by-one-day-in-last-minute-deal',
    '2023-11-30',
    'C',
    1,
  ),
  channel4Dec1: source(
    'Israel-Gaza war: Fighting resumes as seven-day truce collapses',
    'Channel 4 News',
    'https://www.channel4.com/news/israel-gaza-war-fighting-resumes-as-seven-day-truce-collapses-dubbed',
    '2023-12-01',
    'B',
    2,
  ),
  cedarnewsDec1: source(
    'Israeli air strikes pound Gaza as truce with Hamas ends',
    'Cedar News (NNA)',
    'https://en.cedarnews.net/77467/task/israeli-air-strikes-pound-gaza-as-truce-with-hamas-ends/',
    '2023-12-01',
    'C',
    2,
  ),
  tickerDec1: source(
    "Israel's war on Gaza: List of key events, day 56",
    'Ticker (Al Jazeera)',
    'https://ticker.tv/news/israels-war-on-gaza-list-of-key-events-day-56/261173/',
    '2023-12-01',
    'C',
    1,
  ),
  thisisbeirutDec2: source(
    'Israel Resumes Gaza Strikes After Truce Collapse',
    'This Is Beirut',
    'https://thisisbeirut.com.lb/tags/gaza?page=23',
    '2023-12-02',
    'C',
    2,
  ),
  meeDec5: source(
    "Israel-Palestine war: Israel launches devastating attack on Khan Younis in 'most intense' day of fighting",
    'Middle East Eye',
    'https://www.middleeasteye.net/news/israel-palestine-war-devastating-attack-khan-younis-most-intense-day-fighting',
    '2023-12-05',
    'B',
    2,
  ),
  federalDec5: source(
    'Israel moves into Gaza’s second-largest city Khan Younis, battle intensifies',
    'The Federal (AP)',
    'https://thefederal.com/category/international/israel-moves-into-gazas-second-largest-city-khan-younis-battle-intensifies-102468',
    '2023-12-05',
    'B',
    2,
  ),
  millenniumDec12: source(
    'Israel, US face growing isolation over Gaza as offensive continues',
    'Millennium Post (AP)',
    'https://www.millenniumpost.in/sports/israel-us-face-growing-isolation-over-gaza-as-offensive-continues-544012',
    '2023-12-12',
    'C',
    2,
  ),
  menafnDec19: source(
    'Israeli airstrikes on Rafah claim lives of over 20 Palestinians',
    'MENAFN',
    'https://menafn.com/1107623895/Israeli-airstrikes-on-Rafah-claim-lives-of-over-20-Palestinians',
    '2023-12-19',
    'C',
    2,
  ),
  insighthubDec24: source(
    'At least 70 killed in Israeli strike on refugee camp in central Gaza, health ministry says',
    'The Insight Hub',
    'https://theinsighthub.org/article/34',
    '2023-12-24',
    'C',
    2,
  ),
  pledgetimesDec26: source(
    'Israel-Hamas latest news December 26: over 100 dead in the raid on Maghazi',
    'Pledge Times',
    'https://pledgetimes.com/israel-hamas-latest-news-december-26-over-100-dead-in-the-raid-on-maghazi/',
    '2023-12-26',
    'C',
    2,
  ),
  voaJan11: source(
    'Israel Conducts Air, Ground Attacks in Central and Southern Gaza',
    'VOA',
    'https://www.voanews.com/a/israel-conducts-air-ground-attacks-in-central-and-southern-gaza/7435462.html',
    '2024-01-11',
    'B',
    2,
  ),
  urdupointJan15: source(
    'Gaza Health Officials Say Deaths Top 24,000 As War Drags On',
    'UrduPoint (AFP)',
    'https://www.urdupoint.com/en/world/gaza-health-officials-say-deaths-top-24000-a-1785629.html',
    '2024-01-15',
    'C',
    2,
  ),
  islamtimesJan24: source(
    "Israeli Military 'Encircles' Khan Younis After Two Dozen Soldiers Killed in Gaza",
    'Islam Times',
    'https://www.islamtimes.org/en/news/1111379/israeli-military-encircles-khan-younis-after-two-dozen-soldiers-killed-in-gaza',
    '2024-01-24',
    'C',
    2,
  ),
  ifpJan24: source(
    'Thousands flee Khan Younis as Israeli military surrounds Gaza city',
    'IFP News (Al Jazeera)',
    'https://ifpnews.com/thousands-flee-khan-younis-israeli-military-surrounds-gaza-city/',
    '2024-01-24',
    'C',
    2,
  ),
  telesurJan25: source(
    'Israel Kills Palestinian Refugees Waiting in Line for Food',
    'teleSUR English',
    'https://www.telesurenglish.net/news/Israel-Kills-Palestinian-Refugees-Waiting-in-Line-for-Food-20240125-0004.html',
    '2024-01-25',
    'C',
    2,
  ),
  brecorderJan28: source(
    'US, Israel, Egypt, Qatar officials in Gaza talks in Paris: sources',
    'Business Recorder (AFP)',
    'https://www.brecorder.com/news/40286122/us-israel-egypt-qatar-officials-in-gaza-talks-in-paris-sources',
    '2024-01-28',
    'B',
    2,
  ),
  kenyanpostJan29: source(
    'CIA boss holds Gaza ceasefire talks with Israeli, Qatari and Egyptian intelligence chiefs in Paris',
    'Kenyan Post',
    'https://www.kenyan-post.com/2024/01/cia-boss-holds-gaza-ceasefire-talks.html',
    '2024-01-29',
    'C',
    1,
  ),
  cedarnewsFeb2: source(
    'Four civilians killed in an Israeli airstrike in Rafah',
    'Cedar News (NNA)',
    'https://en.cedarnews.net/86992/task/four-civilians-killed-in-an-israeli-airstrike-in-rafah/',
    '2024-02-02',
    'C',
    2,
  ),
  dailystarFeb6: source(
    'Israeli forces kill dozens of Palestinians in Khan Younis; thousands flee to Rafah',
    'The Daily Star (AFP)',
    'https://www.thedailystar.net/news/world/middle-east/news/gaza-sees-no-let-fighting-3537371',
    '2024-02-06',
    'B',
    2,
  ),
  timesliveFeb8: source(
    "Netanyahu calls Hamas ceasefire proposal 'delusional' but Blinken sees scope for progress",
    'TimesLIVE (Reuters)',
    'https://www.timeslive.co.za/news/world/2024-02-08-netanyahu-calls-hamas-ceasefire-proposal-delusional-but-blinken-sees-scope-for-progress/',
    '2024-02-08',
    'B',
    1,
  ),
  newscatsFeb8: source(
    'Netanyahu says Hamas’ demands on hostage and ceasefire deal are ‘delusional’',
    'Newscats (CNN)',
    'https://www.newscats.org/netanyahu-says-hamas-demands-on-hostage-and-ceasefire-deal-are-delusional/',
    '2024-02-08',
    'C',
    1,
  ),
  lbciFeb13: source(
    'Israeli intelligence chief heads to Cairo to discuss Gaza truce',
    'LBCI (AFP)',
    'https://www.lbcgroup.tv/news/israel-gaza-war-updates/753887/israeli-intelligence-chief-heads-to-cairo-to-discuss-gaza-truce/en',
    '2024-02-13',
    'B',
    2,
  ),
  ahramFeb13: source(
    'Negotiators from Egypt, Qatar, US, Israel commence Cairo meeting on Gaza ceasefire, prisoner swap',
    'Ahram Online',
    'https://english.ahram.org.eg/NewsContentP/1/517671/Egypt/Negotiators-from-Egypt,-Qatar,-US,-Israel-commence.aspx',
    '2024-02-13',
    'B',
    1,
  ),
  brecorderFeb14: source(
    'Israeli delegation departs Cairo after truce talks: media',
    'Business Recorder (AFP)',
    'https://www.brecorder.com/news/40288788/israeli-delegation-departs-cairo-after-truce-talks-media',
    '2024-02-14',
    'B',
    2,
  ),
  jpostFeb13: source(
    "US 'working intensely on Gaza hostage deal' as Israeli delegation leaves Cairo",
    'The Jerusalem Post',
    'https://www.jpost.com/israel-hamas-war/article-786803',
    '2024-02-13',
    'B',
    2,
  ),
};

const CF = { truce: 'gaza-humanitarian-pause-2023-11-24' };
const R = { paris: 'paris-2024-01-28', cairo: 'cairo-2024-02-13' };
const D = { hamasPlan: 'hamas-three-stage-plan-2024-02' };

const events = [
  // ===== September: the Erez crossing closed and reopened =====
  ev(
    'NegotiationOpened',
    'opened',
    when('2023-09-15'),
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Israel – Hamas (Gaza): war, hostages and truce, 2023–24',
      subject:
        'Calm on the Gaza border, then the war that followed the attack of 7 October 2023: the hostages held in Gaza, the truce of November 2023 and its exchanges of hostages for prisoners, and the talks on a second truce',
      parties: [ISRAEL, HAMAS],
      mediators: [QATAR, EGYPT],
    },
    [S.newarabSep29, S.trtSep28],
    {
      note: 'Opened at the closure of the Erez crossing; Qatar and Egypt (with the UN) mediated the calm of September and the hostage talks after 7 October.',
    },
  ),
  ev(
    'IncidentReported',
    'inc-erez-closed',
    when('2023-09-15'),
    {
      incidentId: 'erez-closure-2023-09-15',
      kind: 'border-closure',
      perpetrator: 'israel',
      against: 'hamas',
      place: 'Erez crossing',
      description:
        'Israel closes the Erez crossing, the only pedestrian crossing from Gaza, to Gaza’s 18,000 workers for the Jewish new year, then extends the closure "for security reasons" during daily protests along the border fence.',
    },
    [S.trtSep28, S.famagustaSep28],
  ),
  ev('ActorRegistered', 'actor-un', when('2023-09-28'), { actor: UN, role: 'third-party' }, [S.newarabSep29], {
    note: 'With Egypt and Qatar, defused the tension on the border in September.',
  }),
  ev(
    'IncidentReported',
    'inc-erez-reopened',
    when('2023-09-28T04:00:00Z', 'approximate'),
    {
      incidentId: 'erez-reopening-2023-09-28',
      kind: 'border-reopening',
      perpetrator: 'israel',
      against: 'hamas',
      place: 'Erez crossing',
      description:
        'Israel reopens the Erez crossing to Gaza’s workers on Thursday morning, "at the request of mediators to de-escalate tensions" (a Palestinian official); COGAT: open subject to the security situation.',
    },
    [S.newarabSep29, S.trtSep28, S.famagustaSep28],
  ),
  // ===== 7 October: the attack, the hostages, the war declared =====
  ev(
    'IncidentReported',
    'inc-oct7-assault',
    when('2023-10-07T03:30:00Z'),
    {
      incidentId: 'hamas-assault-2023-10-07',
      kind: 'clash',
      perpetrator: 'hamas',
      against: 'israel',
      target: 'Israeli army bases and border communities, the Nova music festival',
      place: 'Gaza envelope, southern Israel',
      scale: 'major',
      fatalities: { min: 1139, max: 1400 },
      description:
        'Thousands of Hamas fighters breach the Gaza fence at dawn and attack army bases and the communities of the Gaza envelope; about 1,200 killed in Israel by Israel’s revised count (1,400 by its first, 1,140 by AFP’s tally), most of them civilians.',
    },
    [S.kenyanpostNov23, S.newserOct27, S.brecorderJan28],
    { note: 'Tolls: 1,400 (Israel, October), 1,200 (Israel, revised in November), 1,140 (AFP, January 2024).' },
  ),
  ev(
    'IncidentReported',
    'inc-oct7-rockets',
    when('2023-10-07T03:30:00Z'),
    {
      incidentId: 'hamas-rockets-2023-10-07',
      kind: 'shelling',
      perpetrator: 'hamas',
      against: 'israel',
      place: 'Southern and central Israel',
      description: 'Hamas fires thousands of rockets into Israel with the assault (5,000 by the sources of 9 October).',
    },
    [S.siasatOct9],
  ),
  ev(
    'IncidentReported',
    'inc-hostages',
    when('2023-10-07T06:00:00Z', 'approximate'),
    {
      incidentId: 'hostages-2023-10-07',
      kind: 'detention',
      perpetrator: 'hamas',
      against: 'israel',
      place: 'Gaza Strip',
      description:
        'Hamas and other groups take Israelis and foreigners, civilians and soldiers, from southern Israel into Gaza as hostages: 199 by Israel’s count of 17 October, 203 (20 October), 229 (27 October), about 240 (22 November), about 250 by the later count.',
    },
    [S.newserOct27, S.vanguardOct20, S.kenyanpostNov23],
  ),
  ev(
    'StatementMade',
    'stmt-netanyahu-oct7',
    when('2023-10-07T08:00:00Z', 'approximate'),
    {
      speaker: NETANYAHU,
      audience: 'hamas',
      tone: 'military-threat',
      summary: 'Declares Israel at war hours after the attack: "Citizens of Israel, we are at war. And we will win."',
      quote: 'Citizens of Israel, we are at war. And we will win.',
    },
    [S.rtOct8],
  ),
  ev(
    'IncidentReported',
    'inc-strikes-oct7-9',
    when('2023-10-08'),
    {
      incidentId: 'israeli-strikes-2023-10-07-09',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'hamas',
      place: 'Gaza Strip',
      scale: 'major',
      fatalities: { min: 413, max: 493 },
      injured: { min: 2751, max: 2751 },
      description:
        'Israel’s "Swords of Iron" strikes on Gaza from 7 October: more than 1,000 targets struck overnight into 9 October (500 by the army’s count that morning); 413 to 493 Palestinians killed by 9 October (Gaza officials).',
    },
    [S.trtOct9, S.thetimesOct9, S.salonOct9],
    { note: 'Dated 8 October, the middle of the strikes the 9 October tolls cover.' },
  ),
  ev(
    'StatementMade',
    'stmt-cabinet-war-oct8',
    when('2023-10-08T10:00:00Z', 'approximate'),
    {
      speaker: { name: 'Prime Minister’s Office of Israel (statement)', actorId: 'israel' },
      audience: 'hamas',
      tone: 'military-threat',
      summary:
        'The security cabinet invokes Article 40 of the Basic Law (the first time since 1973): Israel is officially at war and the government may take "significant military steps".',
    },
    [S.sputnikOct8, S.rtOct8],
  ),
  ev(
    'ActorRegistered',
    'actor-hezbollah',
    when('2023-10-08'),
    { actor: HEZBOLLAH, role: 'third-party' },
    [S.tribuneOct8, S.indiatvOct8],
    {
      note: 'Fires rockets and shells at Israeli positions in the Shebaa Farms "in solidarity" with Hamas; Israel fires back.',
    },
  ),
  ev('ActorRegistered', 'actor-iran', when('2023-10-08'), { actor: IRAN, role: 'third-party' }, [S.indiatvOct8], {
    note: 'Hezbollah’s backer.',
  }),
  ev(
    'IncidentReported',
    'inc-siege',
    when('2023-10-09T09:00:00Z', 'approximate'),
    {
      incidentId: 'gaza-siege-2023-10-09',
      kind: 'border-closure',
      perpetrator: 'israel',
      against: 'hamas',
      place: 'Gaza Strip crossings',
      description:
        'Defence Minister Gallant orders a "complete siege" of Gaza: "no electricity, no food, no fuel, everything is closed"; the energy minister cuts Israel’s water supply to Gaza.',
    },
    [S.trtOct9, S.salonOct9],
  ),
  ev(
    'StatementMade',
    'stmt-gallant-oct9',
    when('2023-10-09T09:05:00Z', 'approximate'),
    {
      speaker: GALLANT,
      audience: 'hamas',
      tone: 'threat',
      summary: 'Announces the complete siege: "We are fighting human animals and we are acting accordingly."',
      quote:
        'I have ordered a complete siege on the Gaza Strip. There will be no electricity, no food, and no fuel, everything is closed.',
    },
    [S.trtOct9, S.siasatOct9],
  ),
  // ===== October: the air war, the evacuation order, the first releases, the ground operation =====
  ev(
    'StatementMade',
    'stmt-idf-evacuation-oct13',
    when('2023-10-13T06:00:00Z', 'approximate'),
    {
      speaker: IDF,
      audience: 'Gaza’s civilians',
      tone: 'military-threat',
      summary:
        'Orders the civilians of Gaza City and the north of the Strip (about 1.1 million people, by the UN) south of Wadi Gaza within 24 hours: "Gaza City is an area where military operations take place."',
    },
    [S.businessstandardOct13, S.kalingaOct13],
  ),
  ev(
    'IncidentReported',
    'inc-strikes-oct17',
    when('2023-10-17'),
    {
      incidentId: 'israeli-strikes-2023-10-17',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'hamas',
      place: 'Khan Younis, Rafah and Deir el-Balah',
      fatalities: { min: 71, max: 80 },
      description:
        'Israeli bombardment overnight and on Tuesday of southern Gaza, where civilians had been told to go: at least 71 to 80 killed (health ministry); the toll in Gaza reaches 3,000.',
    },
    [S.etvOct17, S.shafaqnaOct17],
  ),
  ev(
    'StatementMade',
    'stmt-hamas-release-oct20',
    when('2023-10-20T19:00:00Z', 'approximate'),
    {
      speaker: HAMAS_STATEMENT,
      audience: 'united-states',
      tone: 'conciliatory',
      summary:
        '"In response to Qatari efforts, al-Qassam Brigades released two American citizens for humanitarian reasons": Judith and Natalie Raanan handed to the Red Cross; Hamas says it works with Qatar and Egypt to free "civilian" hostages.',
    },
    [S.vanguardOct20, S.newserOct20],
    { note: 'The first release, mediated by Qatar: two of some 200 hostages; the detention goes on.' },
  ),
  ev(
    'IncidentReported',
    'inc-strikes-oct22',
    when('2023-10-22T12:00:00Z', 'approximate'),
    {
      incidentId: 'israeli-strikes-2023-10-22',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'hamas',
      place: 'Gaza Strip (Jabalia, Rafah, Khan Younis, Gaza City)',
      fatalities: { min: 400, max: 436 },
      description:
        'The IDF strikes more than 320 targets in 24 hours; the Gaza health ministry reports 436 killed in the last 24 hours, the toll passing 5,000.',
    },
    [S.upiOct23],
    { note: 'The 24 hours to the morning of 23 October: dated 22 October, approximate.' },
  ),
  ev(
    'IncidentReported',
    'inc-ground-oct27',
    when('2023-10-27T17:00:00Z', 'approximate'),
    {
      incidentId: 'israeli-ground-operation-2023-10-27',
      kind: 'clash',
      perpetrator: 'israel',
      against: 'hamas',
      place: 'Northern Gaza Strip',
      scale: 'major',
      description:
        'After days of raids, ground forces "expand their activity" in Gaza on Friday evening under heavy air strikes on Hamas’s tunnels; communications in Gaza cut. The toll in Gaza passes 7,300.',
    },
    [S.iheartOct27, S.newserOct27],
  ),
  ev(
    'IncidentReported',
    'inc-jabalia-oct31',
    when('2023-10-31T13:00:00Z', 'approximate'),
    {
      incidentId: 'jabalia-strike-2023-10-31',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'hamas',
      place: 'Jabalia refugee camp',
      fatalities: { min: 50, max: 52 },
      injured: { min: 150, max: 150 },
      description:
        'An Israeli strike on the Jabalia camp kills the Hamas commander Ibrahim Biari (the IDF) and at least 50 people (health ministry); Qatar warns such attacks could hurt its mediation.',
    },
    [S.sbsOct31, S.upiOct31],
  ),
  ev(
    'IncidentReported',
    'inc-gaza-city-nov5',
    when('2023-11-05'),
    {
      incidentId: 'gaza-city-encirclement-2023-11-05',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'hamas',
      place: 'Central Gaza refugee camps and Gaza City',
      fatalities: { min: 53, max: 53 },
      description:
        'Israeli troops encircle Gaza City and cut the Strip in two ("Today there is north Gaza and south Gaza"); strikes on two central Gaza refugee camps kill at least 53.',
    },
    [S.lbcNov5, S.latimesNov6],
  ),
  ev(
    'IncidentReported',
    'inc-shifa-nov15',
    when('2023-11-15'),
    {
      incidentId: 'al-shifa-raid-2023-11-15',
      kind: 'clash',
      perpetrator: 'israel',
      against: 'hamas',
      place: 'Al-Shifa Hospital, Gaza City',
      description:
        'Israeli forces raid al-Shifa, Gaza’s largest hospital, in an "operation" against Hamas they say has its headquarters beneath it; two Israeli soldiers killed in northern Gaza the same day (the army).',
    },
    [S.tbsNov15, S.panafricanNov15],
  ),
  // ===== 22 November – 1 December: the truce =====
  ev(
    'ActorRegistered',
    'actor-us',
    when('2023-11-22T04:00:00Z', 'approximate'),
    { actor: USA, role: 'mediator' },
    [S.latestlyNov22],
    { note: 'Named by Qatar with Egypt as mediator of the truce; at work on the hostages since October.' },
  ),
  ev(
    'AgreementReached',
    'agr-truce',
    when('2023-11-22T04:00:00Z', 'approximate'),
    {
      agreementId: 'humanitarian-pause-2023-11-22',
      kind: 'ceasefire',
      provisions: [
        'A humanitarian pause of four days, subject to extension, its start announced within 24 hours',
        'Hamas releases 50 civilian women and children held in Gaza; Israel releases Palestinian women and children from its prisons (150), more in later stages',
        'One more day of pause for every ten more hostages released',
        'More humanitarian convoys and fuel into Gaza',
      ],
      signatories: ['israel', 'hamas'],
      textPublic: false,
    },
    [S.latestlyNov22, S.dispatchliveNov22, S.kenyanpostNov23],
    { note: 'The Israeli cabinet approved it overnight; Qatar announced it on the morning of 22 November.' },
  ),
  ev(
    'StatementMade',
    'stmt-netanyahu-nov22',
    when('2023-11-22T01:00:00Z', 'approximate'),
    {
      speaker: NETANYAHU,
      audience: 'hamas',
      tone: 'military-threat',
      summary:
        'Before the cabinet vote on the truce: the war will resume after it, until Israel achieves all its goals.',
      quote: 'We are at war, and we will continue the war.',
    },
    [S.kenyanpostNov23],
  ),
  ev(
    'IncidentReported',
    'inc-strikes-nov23',
    when('2023-11-23'),
    {
      incidentId: 'israeli-strikes-2023-11-23',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'hamas',
      place: 'Gaza Strip',
      description: 'Israel heavily bombards sites in Gaza on Thursday, the day before the truce begins.',
    },
    [S.yalibnanNov24],
  ),
  ev(
    'CeasefireDeclared',
    'cf-truce',
    when('2023-11-24T05:00:00Z'),
    {
      ceasefireId: CF.truce,
      parties: ['israel', 'hamas'],
      scope:
        'All hostilities in and from the Gaza Strip: a humanitarian pause for the exchange of hostages and prisoners',
      duration: 'temporary',
      until: '2023-11-28T05:00:00Z',
      mediatedBy: ['qatar', 'egypt', 'united-states'],
    },
    [S.yeshivaworldNov23, S.sentinelNov24, S.yalibnanNov24],
    { note: 'In force at 07:00 local time on Friday 24 November for four days.' },
  ),
  ev(
    'StatementMade',
    'stmt-haniyeh-nov24',
    when('2023-11-24T14:00:00Z', 'approximate'),
    {
      speaker: HANIYEH,
      audience: 'israel',
      tone: 'conciliatory',
      summary:
        'Hamas frees the first 24 hostages of the truce (13 Israelis, 10 Thais, a Filipino) through the Red Cross; Haniyeh says Hamas will keep the truce’s terms as long as Israel does.',
    },
    [S.sentinelNov24, S.newsbytesNov24],
    { note: 'The first exchange of the truce, a term carried out (the catalogue has no type for it).' },
  ),
  ev(
    'StatementMade',
    'stmt-ips-nov24',
    when('2023-11-24T20:00:00Z', 'approximate'),
    {
      speaker: ISRAEL_PRISONS,
      audience: 'hamas',
      tone: 'conciliatory',
      summary:
        'Israel releases 39 Palestinian prisoners, women and minors, from the Damon, Megiddo and Ofer prisons under the hostage agreement.',
    },
    [S.iheartNov24],
    { note: 'The first exchange of the truce, Israel’s side.' },
  ),
  ev(
    'CeasefireExtended',
    'cf-extended-nov27',
    when('2023-11-27T16:00:00Z', 'approximate'),
    {
      ceasefireId: CF.truce,
      until: '2023-11-30T05:00:00Z',
      terms: 'Two more days on the same terms: ten hostages a day for thirty Palestinian prisoners.',
    },
    [S.egyptianstreetsNov27, S.siasatNov27],
    {
      note: 'Announced by Qatar’s foreign ministry and confirmed by Hamas on the last day of the four; by then 39 Israelis and 117 Palestinians had been freed under the truce.',
    },
  ),
  ev(
    'CeasefireExtended',
    'cf-extended-nov30',
    when('2023-11-30T04:55:00Z'),
    {
      ceasefireId: CF.truce,
      until: '2023-12-01T05:00:00Z',
      terms:
        'A seventh day, on the same terms, agreed minutes before the expiry once Hamas handed over a new list of hostages.',
    },
    [S.dailysabahNov30, S.siasatNov30],
  ),
  ev(
    'IncidentReported',
    'inc-jerusalem-nov30',
    when('2023-11-30T05:40:00Z', 'approximate'),
    {
      incidentId: 'jerusalem-shooting-2023-11-30',
      kind: 'militant-attack',
      perpetrator: 'hamas',
      allegedBy: 'hamas',
      against: 'israel',
      place: 'Jerusalem',
      description:
        'Two gunmen from East Jerusalem open fire at a bus stop at the entrance of Jerusalem; the armed wing of Hamas claims the deadly shooting. Israel calls it further proof of the need to destroy Hamas; the truce goes on.',
    },
    [S.oafnationNov30, S.dailysabahNov30],
  ),
  ev(
    'CeasefireViolationReported',
    'cf-violation-dec1',
    when('2023-12-01T04:30:00Z', 'approximate'),
    {
      ceasefireId: CF.truce,
      allegedBy: 'israel',
      against: 'hamas',
      description:
        'The IDF: Hamas violated the operational pause and fired toward Israeli territory in the hour before the expiry.',
    },
    [S.cedarnewsDec1, S.tickerDec1],
  ),
  ev(
    'CeasefireEnded',
    'cf-ended-dec1',
    when('2023-12-01T05:00:00Z'),
    {
      ceasefireId: CF.truce,
      reason: 'collapsed',
      summary:
        'The week-long truce runs out at 07:00 with no deal to extend it; Israel resumes combat, saying Hamas fired first and refused to release more hostages.',
    },
    [S.channel4Dec1, S.cedarnewsDec1, S.tickerDec1],
  ),
  // ===== December: the war resumed =====
  ev(
    'IncidentReported',
    'inc-strikes-dec1',
    when('2023-12-01T12:00:00Z', 'approximate'),
    {
      incidentId: 'israeli-strikes-2023-12-01',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'hamas',
      place: 'Gaza Strip (north, Khan Younis, Rafah)',
      scale: 'major',
      fatalities: { min: 109, max: 178 },
      description:
        'Israel strikes 200 targets across Gaza, the south included, on the first day after the truce: 109 killed within hours, 178 by evening (health ministry).',
    },
    [S.channel4Dec1, S.cedarnewsDec1],
  ),
  ev(
    'IncidentReported',
    'inc-rockets-dec1',
    when('2023-12-01T12:00:00Z', 'approximate'),
    {
      incidentId: 'hamas-rockets-2023-12-01',
      kind: 'shelling',
      perpetrator: 'hamas',
      against: 'israel',
      place: 'Southern Israel',
      description: 'More than 50 rockets fired from Gaza into Israel on the first day after the truce.',
    },
    [S.channel4Dec1],
  ),
  ev(
    'TalksSuspended',
    'susp-israel-dec2',
    when('2023-12-02'),
    {
      by: 'israel',
      reason: 'Israel recalls its negotiators from Qatar after an "impasse" on further hostage releases.',
    },
    [S.thisisbeirutDec2],
  ),
  ev(
    'IncidentReported',
    'inc-khan-younis-dec5',
    when('2023-12-05'),
    {
      incidentId: 'khan-younis-offensive-2023-12-05',
      kind: 'clash',
      perpetrator: 'israel',
      against: 'hamas',
      place: 'Khan Younis',
      scale: 'major',
      fatalities: { min: 43, max: 77 },
      description:
        'Israeli tanks enter Khan Younis in "the most intense day since the beginning of the ground operation" (Southern Command); at least 43 bodies brought to Nasser Hospital, 34 killed in a strike in Deir al-Balah.',
    },
    [S.meeDec5, S.federalDec5],
  ),
  ev(
    'IncidentReported',
    'inc-strikes-dec12',
    when('2023-12-12'),
    {
      incidentId: 'israeli-strikes-2023-12-12',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'hamas',
      place: 'Rafah and Deir al-Balah',
      fatalities: { min: 56, max: 56 },
      description:
        'Strikes overnight into Tuesday kill at least 23 in Rafah and 33 in Deir al-Balah (hospital records).',
    },
    [S.millenniumDec12],
  ),
  ev(
    'IncidentReported',
    'inc-rafah-dec19',
    when('2023-12-19'),
    {
      incidentId: 'rafah-strikes-2023-12-19',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'hamas',
      place: 'Rafah',
      fatalities: { min: 20, max: 20 },
      description:
        'Israeli strikes on three houses in Rafah kill at least 20; intense clashes between Hamas and Israeli forces in Khan Younis.',
    },
    [S.menafnDec19],
  ),
  ev(
    'IncidentReported',
    'inc-maghazi-dec24',
    when('2023-12-24T20:00:00Z', 'approximate'),
    {
      incidentId: 'maghazi-strike-2023-12-24',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'hamas',
      place: 'Maghazi refugee camp',
      fatalities: { min: 70, max: 100 },
      description:
        'Israeli strikes on the Maghazi camp on Christmas Eve kill at least 70 (health ministry), more than 100 with those in Bureij, Nuseirat and Khan Younis overnight.',
    },
    [S.insighthubDec24, S.pledgetimesDec26],
  ),
  // ===== January: Khan Younis, the Paris talks =====
  ev(
    'IncidentReported',
    'inc-strikes-jan11',
    when('2024-01-11'),
    {
      incidentId: 'israeli-strikes-2024-01-11',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'hamas',
      place: 'Central and southern Gaza Strip (Khan Younis)',
      fatalities: { min: 60, max: 60 },
      description:
        'Israeli air and ground attacks in central and southern Gaza; more than 60 killed overnight (health ministry).',
    },
    [S.voaJan11],
  ),
  ev(
    'IncidentReported',
    'inc-strikes-jan15',
    when('2024-01-15'),
    {
      incidentId: 'israeli-strikes-2024-01-15',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'hamas',
      place: 'Gaza Strip (Khan Younis, Rafah)',
      fatalities: { min: 60, max: 60 },
      description:
        'More than 60 killed overnight in "intense" Israeli bombardment across Gaza as the war passes 100 days.',
    },
    [S.urdupointJan15],
  ),
  ev(
    'ActorRegistered',
    'actor-houthis',
    when('2024-01-15'),
    { actor: HOUTHIS, role: 'third-party' },
    [S.urdupointJan15],
    { note: 'Attacking shipping in the Red Sea since the war began; struck by US forces.' },
  ),
  ev(
    'IncidentReported',
    'inc-khan-younis-jan22',
    when('2024-01-22'),
    {
      incidentId: 'khan-younis-encirclement-2024-01-22',
      kind: 'clash',
      perpetrator: 'israel',
      against: 'hamas',
      place: 'Khan Younis',
      scale: 'major',
      fatalities: { min: 89, max: 89 },
      description:
        'Israeli forces encircle Khan Younis in an "extensive operation"; at least 65 Palestinians killed there on Monday (medical sources) and 24 Israeli soldiers killed in Gaza, the army’s worst day of the war.',
    },
    [S.islamtimesJan24, S.ifpJan24],
  ),
  ev(
    'IncidentReported',
    'inc-unrwa-shelter-jan24',
    when('2024-01-24T12:00:00Z', 'approximate'),
    {
      incidentId: 'khan-younis-unrwa-shelter-2024-01-24',
      kind: 'shelling',
      perpetrator: 'israel',
      against: 'hamas',
      target: 'A UN shelter for about 800 displaced people',
      place: 'Khan Younis',
      fatalities: { min: 9, max: 12 },
      injured: { min: 75, max: 75 },
      description:
        'Tank shells hit the UNRWA training centre sheltering the displaced in western Khan Younis, the focus of the Israeli offensive: 12 dead by the next day (UNRWA), more than 75 injured.',
    },
    [S.telesurJan25],
    { note: 'The source lays the fire on Israel’s offensive; UNRWA’s own statement as relayed names no perpetrator.' },
  ),
  ev(
    'TalksRoundOpened',
    'round-paris-opened',
    when('2024-01-28T09:00:00Z', 'approximate'),
    {
      roundId: R.paris,
      label: 'Paris meeting on a second truce',
      venue: 'Paris',
      format: 'formal',
      hosts: ['united-states', 'qatar', 'egypt'],
    },
    [S.brecorderJan28],
    {
      note: 'CIA director Burns, Qatar’s prime minister, Egypt’s intelligence chief Kamel and Mossad’s Barnea; Hamas is not at the table.',
    },
  ),
  ev(
    'TalksRoundConcluded',
    'round-paris-concluded',
    when('2024-01-28T18:00:00Z', 'approximate'),
    {
      roundId: R.paris,
      outcome: 'progress',
      summary:
        'A framework for a pause of about two months in exchange for the hostages is drafted; Netanyahu’s office calls the talks "constructive" but says "significant gaps" remain.',
      nextSteps: 'Follow-up meetings this week; the framework goes to Hamas through Qatar and Egypt.',
    },
    [S.kenyanpostJan29, S.brecorderJan28],
  ),
  ev(
    'MediationAction',
    'med-qatar-framework',
    when('2024-01-30', 'approximate'),
    {
      mediator: 'qatar',
      action: 'proposed',
      summary: 'Qatar and Egypt deliver to Hamas the framework drawn up in Paris by the US and Israeli spy chiefs.',
    },
    [S.timesliveFeb8],
    { note: 'Reuters (7 February): delivered "last week": dated about 30 January.' },
  ),
  ev(
    'IncidentReported',
    'inc-rafah-feb1',
    when('2024-02-01T22:00:00Z', 'approximate'),
    {
      incidentId: 'rafah-strike-2024-02-01',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'hamas',
      place: 'Rafah',
      fatalities: { min: 4, max: 5 },
      description:
        'An Israeli strike on a house on the eastern outskirts of Rafah kills four civilians; a strike on a school sheltering the displaced in Khan Younis kills one.',
    },
    [S.cedarnewsFeb2],
  ),
  ev(
    'IncidentReported',
    'inc-strikes-feb5',
    when('2024-02-05T00:00:00Z', 'approximate'),
    {
      incidentId: 'israeli-strikes-2024-02-04-05',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'hamas',
      place: 'Khan Younis and central Gaza Strip',
      fatalities: { min: 128, max: 128 },
      description:
        'At least 128 killed in Israeli strikes overnight from Sunday to Monday (health ministry); the army says it killed dozens in Khan Younis in 24 hours.',
    },
    [S.dailystarFeb6],
  ),
  // ===== February: Hamas's answer, Netanyahu's rejection, Rafah, Cairo =====
  ev(
    'DemandTabled',
    'dem-hamas-plan',
    when('2024-02-06T18:00:00Z', 'approximate'),
    {
      demandId: D.hamasPlan,
      by: 'hamas',
      addressedTo: ['israel'],
      text: 'A ceasefire of four and a half months (135 days) in three stages: all hostages freed for Palestinian prisoners (1,500 in the draft), Israeli forces withdrawn from Gaza, and an agreement on an end to the war.',
      category: 'security',
    },
    [S.timesliveFeb8, S.newscatsFeb8],
    {
      note: 'Hamas’s answer to the Paris framework, given to Qatar and Egypt on 6 February; Qatar’s prime minister called it "positive".',
    },
  ),
  ev(
    'PositionTaken',
    'pos-israel-hamas-plan',
    when('2024-02-07T18:00:00Z', 'approximate'),
    {
      demandId: D.hamasPlan,
      actorId: 'israel',
      stance: 'rejected',
      speaker: NETANYAHU,
      quote: 'Surrender to Hamas’s delusional demands would not bring about the freedom of the hostages.',
    },
    [S.timesliveFeb8, S.newscatsFeb8],
  ),
  ev(
    'StatementMade',
    'stmt-netanyahu-feb7',
    when('2024-02-07T18:05:00Z', 'approximate'),
    {
      speaker: NETANYAHU,
      audience: 'hamas',
      tone: 'military-threat',
      summary:
        'Rejects Hamas’s terms as "delusional" and vows "total victory" within months: "Continued military pressure is a necessary condition for the release of the hostages"; the army is to prepare to fight in Rafah.',
      quote: 'Continued military pressure is a necessary condition for the release of the hostages.',
    },
    [S.timesliveFeb8, S.newscatsFeb8],
  ),
  ev(
    'IncidentReported',
    'inc-rafah-feb12',
    when('2024-02-12T01:00:00Z', 'approximate'),
    {
      incidentId: 'rafah-rescue-operation-2024-02-12',
      kind: 'clash',
      perpetrator: 'israel',
      against: 'hamas',
      place: 'Rafah',
      fatalities: { min: 100, max: 100 },
      description:
        'Israeli forces free two hostages in Rafah in an operation under heavy strikes that kills around 100 Palestinians (health ministry).',
    },
    [S.lbciFeb13],
    { note: 'A rescue by force, not the holder’s release: the detention goes on.' },
  ),
  ev(
    'TalksRoundOpened',
    'round-cairo-opened',
    when('2024-02-13T09:00:00Z', 'approximate'),
    {
      roundId: R.cairo,
      label: 'Cairo meeting on a second truce',
      venue: 'Cairo',
      format: 'formal',
      hosts: ['egypt', 'qatar', 'united-states'],
    },
    [S.ahramFeb13, S.lbciFeb13],
    { note: 'Burns, Qatar’s prime minister, Egyptian officials; Israel sends Barnea and Shin Bet’s Ronen Bar.' },
  ),
  ev(
    'TalksRoundConcluded',
    'round-cairo-concluded',
    when('2024-02-13T20:00:00Z', 'approximate'),
    {
      roundId: R.cairo,
      outcome: 'no-progress',
      summary:
        'No breakthrough: the Israeli delegation, "there to listen", leaves without a new offer; the ratio of prisoners to hostages is the sticking point.',
      nextSteps: 'Egypt says the talks continue for three more days; the United States works "intensely" on a deal.',
    },
    [S.brecorderFeb14, S.jpostFeb13],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'israel-hamas-2023.jsonl',
  logEnd: '2024-02-17T00:00:00Z',
  events,
};

export default definition;
