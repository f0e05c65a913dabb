/**
 * A test fixture, not a shipped example: the United States and China from the collision of a US Navy EP-3E and a
 * Chinese J-8 fighter over the South China Sea (1 April 2001) to the first meeting of Presidents Bush and Jiang Zemin in
 * Shanghai (19 October 2001), as an analyst following the news could have recorded them: the EP-3's emergency landing on
 * Hainan and China's detention of its 24 crew, China's demands for an apology and for an end to the surveillance
 * flights, the diplomatic exchanges between Ambassador Joseph Prueher and the Chinese Foreign Ministry that ended in the
 * "letter of the two sorries" (11 April) and the crew's release, the Beijing talks on the aircraft (18–19 April), Bush's
 * "whatever it took" on Taiwan (25 April), the surveillance flights resumed (7 May), the agreement to return the
 * aircraft in pieces (28 May) carried out in June and July, Powell in Beijing (28 July) and the Shanghai meeting. No one
 * mediated. Escalation model v2 was never tuned on it: it is the case the model is held to in us-china-2001.spec.ts,
 * against the calls an analyst makes from DOMAIN.md §5b alone.
 *
 * What it tests that the other cases did not: an air collision in which one side's pilot was killed and no weapon was
 * fired; the other side's servicemen held for eleven days (force short of armed action); a demand for an apology that was
 * never an ultimatum (no deadline, no stated consequence); a negotiated letter that ended the crisis; and the fall to
 * cooperative in the months after, while the aircraft was returned under an agreement.
 *
 * Recorded after the fact, from the sources read all at once (one minute apart from 30 October 2001), so that every
 * source was published before its event was recorded; the views at T read the world as it stood at T.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration file's coverage do not change. Built and
 * checked with the same builder as the shipped cases (examples/case-builder.ts): every event replays through `decide`
 * and cites a dated, graded public source.
 *
 * Grading as in examples/README.md: A = a primary document, B = established outlet or wire copy (AP, Reuters, AFP
 * relayed; CNN, BBC, ABC, the Guardian, the Los Angeles Times and Chicago Tribune), C = smaller outlet, aggregator,
 * mirror, forum copy of a wire story or a party's state media; 1 = an on-record statement or act confirmed by the actor
 * itself; 2 = several outlets agree or one established outlet reports it; 3 = one side's unverified claim or unnamed
 * sources. No A grades: the letter of 11 April is cited from a mirror of the embassy's full text (B1), not the document.
 *
 * Judgement calls, recorded as an analyst would:
 * - The collision (1 April, about 09:15 local time, 01:15 UTC) is not armed action: no weapon was fired, and both
 *   governments called it an accident or a collision. Each side says the other's aircraft struck its own: the United
 *   States that the Chinese pilot caused it by flying too close to the slower EP-3; China that the EP-3 "veered into"
 *   and "rammed into" the J-8. It is recorded as each side's account, `non-lethal-force` (a ramming, short of weapons fire) by the other
 *   against it, the two sharing one `occurrence` so that it counts once. The one death, the Chinese pilot Wang Wei (lost at
 *   sea, presumed dead), is the toll of China's account. Both accounts are graded 3 (each side's unverified claim; the
 *   black boxes were never made public).
 * - The detention of the crew (from the landing at Lingshui, about 09:33 local time, until their departure on 12 April,
 *   07:29 local time) is China's `detention` against the United States: the crew taken off the aircraft at gunpoint by
 *   US officials' account and held incommunicado ("protective custody" by China's). It holds until China's `release` on
 *   their departure (11 April, 23:29 UTC), recorded beside the attaché's statement on it. First recorded as
 *   `non-lethal-force` dated when it began, when the catalogue had no lasting detention; re-recorded with the kinds
 *   `detention` and `release` once it had them. The aircraft, impounded with the crew, is not recorded as a detention of
 *   its own: its return was agreed (28 May) and carried out under the agreement, and the calls read it so.
 * - China's demand for an apology and for an end to the surveillance flights are demands (`DemandTabled`), not
 *   ultimatums: no deadline and no consequence was stated. The Foreign Ministry's statement of 3 April that China would
 *   "deal appropriately with the crew and plane according to law" is recorded as a `warning` (the Guardian: "could be
 *   interpreted as a threat of a trial"), not a threat of war.
 * - The exchanges over the letter (4–11 April, Prueher with the Foreign Ministry) are one informal round; the letter
 *   is an `AgreementReached` (`partial`, text public, in force when delivered and accepted): the United States "very
 *   sorry" for the pilot's loss and for the landing without verbal clearance, the crew to leave, a meeting on 18 April.
 *   The United States' stance on the demand for an apology is `counter-proposed` (regret, not an apology: "we have
 *   nothing to apologize for" stood).
 * - The talks of 18–19 April in Beijing are a round concluded `no-progress`: the first day broke off after two and a
 *   half hours, the second "productive" by the US negotiator but with no commitment on the aircraft ("no blame, no
 *   plane"). The United States' refusal on the first day to attend more talks unless China discussed the aircraft is in
 *   the round's summary; it was not a suspension (the second session met the next day).
 * - Bush's "whatever it took to help Taiwan defend herself" (ABC, taped 24 April, aired 25 April) and "the Chinese have
 *   got to understand that [military force] is clearly an option" (AP, 25 April) are one `military-threat` statement: a
 *   conditional threat of war addressed to China. The arms package for Taiwan (24 April) and China's protest are in the
 *   statements, not recorded on their own (Taiwan is not a party).
 * - The resumed surveillance flights (7 May: an unarmed, unescorted RC-135 off China's north-eastern coast) are the
 *   United States' `force-posture` against China: a military operation near China's coast that China demanded be
 *   stopped; no Chinese aircraft intercepted it. Later flights were routine and are not recorded one by one.
 * - The return of the aircraft: China's "in principle" consent to a Russian An-124 carrying it out in pieces (28 May,
 *   both sides) is an `AgreementReached` (`partial`, `text-agreed`), in force when the Lockheed Martin team began to
 *   dismantle it on Hainan (15 June); the last flight left Lingshui on 3 July. Zhu Bangzao's announcement of 24 May
 *   (denied that day by Washington) is China's `conditional` stance on the demand (in pieces, never flown out).
 * - Powell in Beijing (28 July) and the Bush–Jiang meeting in Shanghai (19 October) are rounds concluded with
 *   `progress`; the agreements they announced (a human-rights dialogue resumed, consultations on non-proliferation and on
 *   maritime safety; a "constructive relationship of cooperation") are in their summaries, not recorded as agreements of
 *   this negotiation.
 * - Left out: the Dalai Lama's meeting with Bush (23 May) and Chen Shui-bian's transit through New York (21 May), China's
 *   refusal of a port call in Hong Kong to USS Inchon (15 May), the detained US-based scholars released in July, and the
 *   bill for the aircraft's keep (August): each between the pair but outside the incident's negotiation, or without a
 *   dated statement in the sources searched.
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, retrospectiveClock, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'us-china-2001';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 2001);
/** Recorded after the fact, from the sources read all at once: one minute apart from 30 October 2001. */
const when = retrospectiveClock('2001-10-30T09:00:00Z');

const USA: Actor = {
  id: 'united-states',
  name: 'United States',
  kind: 'state',
  aliases: ['US', 'USA', 'Washington'],
};
const CHINA: Actor = {
  id: 'china',
  name: 'China',
  kind: 'state',
  aliases: ["People's Republic of China", 'PRC', 'Beijing'],
};

const BUSH: Person = { name: 'George W. Bush', title: 'President of the United States', actorId: 'united-states' };
const POWELL: Person = { name: 'Colin Powell', title: 'US Secretary of State', actorId: 'united-states' };
const PRUEHER: Person = { name: 'Joseph Prueher', title: 'US Ambassador to China', actorId: 'united-states' };
const FLEISCHER: Person = { name: 'Ari Fleischer', title: 'White House Press Secretary', actorId: 'united-states' };
const VERGA: Person = {
  name: 'Peter Verga',
  title: 'Acting Deputy Under Secretary of Defense for Policy Support',
  actorId: 'united-states',
};
const PACOM: Person = { name: 'John Fleming', title: 'Spokesman, US Pacific Command', actorId: 'united-states' };
const JIANG: Person = { name: 'Jiang Zemin', title: 'President of China', actorId: 'china' };
const TANG: Person = { name: 'Tang Jiaxuan', title: 'Foreign Minister of China', actorId: 'china' };
const ZHU: Person = { name: 'Zhu Bangzao', title: 'Spokesman of the Chinese Foreign Ministry', actorId: 'china' };
const SUN: Person = { name: 'Sun Yuxi', title: 'Spokesman of the Chinese Foreign Ministry', actorId: 'china' };
const ZHANG: Person = { name: 'Zhang Qiyue', title: 'Spokeswoman of the Chinese Foreign Ministry', actorId: 'china' };
const CN_MFA: Person = { name: 'Chinese Foreign Ministry (statement)', actorId: 'china' };

const S = {
  cbsApr3: source(
    "Bush To China: 'It Is Time'",
    'CBS News',
    'https://www.cbsnews.com/news/bush-to-china-it-is-time/',
    '2001-04-03',
    'B',
    2,
  ),
  reutersApr3: source(
    "China's Jiang demands end to spy flights (Reuters, forum copy)",
    'greenspun.com (Reuters)',
    'http://hv.greenspun.com/bboard/q-and-a-fetch-msg.tcl?msg_id=004w1a',
    '2001-04-03',
    'C',
    2,
  ),
  apApr3: source(
    'China says spy flights must end',
    'Amarillo Globe-News (AP)',
    'http://amarillo.com/stories/2001/04/03/usn_spyflights.shtml',
    '2001-04-03',
    'B',
    2,
  ),
  arnApr3: source(
    'Bush says "it is time" for China to return crew',
    'ARN (Reuters)',
    'https://www.arnnet.com.au/article/48126/bush_says_it_time_china_return_crew/',
    '2001-04-03',
    'B',
    1,
  ),
  tahoeApr3: source(
    'Bush to Chinese: Time to return plane, crew',
    'Tahoe Daily Tribune (AP)',
    'https://www.tahoedailytribune.com/news/bush-to-chinese-time-to-return-plane-crew/',
    '2001-04-03',
    'B',
    1,
  ),
  guardianApr4: source(
    "'They must come home'",
    'The Guardian',
    'https://www.theguardian.com/world/2001/apr/04/china.johngittings2',
    '2001-04-04',
    'B',
    2,
  ),
  kitsapApr4: source(
    'AIRCREW TRAPPED IN CHINA: China demands apology',
    'Kitsap Sun (AP)',
    'https://products.kitsapsun.com/archive/2001/04-04/0005_aircrew_trapped_in_china__china_d.html',
    '2001-04-04',
    'B',
    1,
  ),
  examinerApr4: source(
    'Chinese President demands US apology',
    'Irish Examiner',
    'https://www.irishexaminer.com/world/arid-30008717.html',
    '2001-04-04',
    'B',
    1,
  ),
  foxApr4: source(
    'U.S. Formally Refuses to Apologize to China',
    'Fox News',
    'https://www.foxnews.com/story/u-s-formally-refuses-to-apologize-to-china',
    '2001-04-04',
    'B',
    1,
  ),
  kitsapApr6: source(
    "SPY PLANE: Jiang: Two groups involved in accidents say 'excuse me'",
    'Kitsap Sun (AP)',
    'https://products.kitsapsun.com/archive/2001/04-06/0025_spy_plane__jiang__two_groups_invo.html',
    '2001-04-06',
    'B',
    1,
  ),
  letterApr11: source(
    'We Are Very Sorry: letter from the US Embassy (full text of the letter of Ambassador Prueher to Foreign Minister Tang Jiaxuan)',
    'Sinomania (mirror of the US Embassy text)',
    'http://www.sinomania.com/CHINANEWS/usa_china_apology.html',
    '2001-04-11',
    'B',
    1,
  ),
  mfaApr11: source(
    'Tang Jiaxuan receives the letter of US Ambassador Prueher (Chinese Foreign Ministry account)',
    'cdwanao.net (Xinhua copy)',
    'http://cdwanao.net/2001-04-11/26/84905.html',
    '2001-04-11',
    'C',
    1,
  ),
  abcApr11: source(
    'Spy Plane Crew to Be Released',
    'ABC News',
    'https://abcnews.go.com/amp/International/story?id=81251&page=1',
    '2001-04-11',
    'B',
    1,
  ),
  guardianApr11: source(
    'US says sorry, China to free crew',
    'The Guardian',
    'https://www.theguardian.com/world/2001/apr/11/china.usa',
    '2001-04-11',
    'B',
    1,
  ),
  scmpApr12: source(
    "China agrees to end airmen's 11-day detention after Washington uses words 'very sorry' over collision incident",
    'South China Morning Post',
    'https://scmp.com/article/344029/china-agrees-end-airmens-11-day-detention-after-washington-uses-words-very-sorry-over',
    '2001-04-12',
    'B',
    1,
  ),
  latimesApr12: source(
    'China Frees U.S. Crew, Ending 11-Day Standoff',
    'Los Angeles Times',
    'http://articles.latimes.com/2001/apr/12/news/mn-50055',
    '2001-04-12',
    'B',
    1,
  ),
  tribuneApr12: source(
    'Spy plane crew flown to freedom',
    'Chicago Tribune',
    'https://www.chicagotribune.com/news/ct-xpm-2001-04-12-0104120274-story.html',
    '2001-04-12',
    'B',
    1,
  ),
  baltimoreApr12: source(
    'To The Letter (with the remarks of Secretary Powell, 4 April)',
    'The Baltimore Sun',
    'http://articles.baltimoresun.com/2001-04-12/news/0104120431_1_chinese-pilot-letter-in-chinese-ambassador',
    '2001-04-12',
    'B',
    1,
  ),
  taipeiApr12: source(
    'China and US reach agreement on the release of the crew',
    'Taipei Times',
    'http://www.taipeitimes.com/News/front/archives/2001/04/12/81342',
    '2001-04-12',
    'B',
    1,
  ),
  cnnApr18: source(
    'U.S.-China talks fail to settle spy plane dispute',
    'CNN',
    'http://www.cnn.com/2001/WORLD/asiapcf/east/04/18/china.negotiations.03/index.html',
    '2001-04-18',
    'B',
    2,
  ),
  bbcApr18: source(
    'US threat to spy plane talks (BBC, forum copy)',
    'greenspun.com (BBC News)',
    'http://www.greenspun.com/bboard/q-and-a-fetch-msg.tcl?msg_id=0052RS',
    '2001-04-18',
    'C',
    2,
  ),
  baltimoreApr19: source(
    'Beijing talks on spy plane unsuccessful',
    'The Baltimore Sun (Chicago Tribune)',
    'http://articles.baltimoresun.com/2001-04-19/news/0104190230_1_china-spy-plane-incident-beijing',
    '2001-04-19',
    'B',
    2,
  ),
  bbcApr19: source(
    "'Productive' spy plane talks",
    'BBC News',
    'http://news.bbc.co.uk/2/hi/asia-pacific/1284825.stm',
    '2001-04-19',
    'B',
    1,
  ),
  cnnApr19: source(
    "'No blame, no plane,' China tells U.S.",
    'CNN',
    'http://www.cnn.com/2001/WORLD/asiapcf/east/04/19/china.negotiations.05/',
    '2001-04-19',
    'B',
    1,
  ),
  mitApr20: source(
    'Post-Collision Talks Inconclusive: No Accord Reached Between U.S., China Regarding Spy Plane (Los Angeles Times)',
    'The Tech (MIT)',
    'http://tech.mit.edu/V121/N19/china_19.19w.html',
    '2001-04-20',
    'C',
    2,
  ),
  abcApr25: source(
    'Bush Vows Taiwan Support',
    'ABC News',
    'https://abcnews.go.com/US/story?id=93471',
    '2001-04-25',
    'B',
    1,
  ),
  cnnApr25: source(
    "Bush vows 'whatever it takes' to defend Taiwan",
    'CNN',
    'https://edition.cnn.com/2001/ALLPOLITICS/04/25/bush.taiwan.03/',
    '2001-04-25',
    'B',
    1,
  ),
  aitApr30: source(
    'U.S. President George W. Bush Reviews First 100 Days and U.S.-China Relations',
    'American Institute in Taiwan (official text)',
    'https://web-archive-2017.ait.org.tw/en/officialtext-bg0102.html',
    '2001-04-30',
    'B',
    1,
  ),
  abcApr26: source(
    'China Angry Over Taiwan Vow',
    'ABC News',
    'https://abcnews.go.com/amp/US/story?id=93464&page=1',
    '2001-04-26',
    'B',
    1,
  ),
  bbcMay7: source(
    'US resumes spy plane flights',
    'BBC News',
    'http://news.bbc.co.uk/1/hi/world/asia-pacific/1317489.stm',
    '2001-05-07',
    'B',
    1,
  ),
  tribuneMay8: source(
    'U.S. pilots resume surveillance flights without incident',
    'Chicago Tribune',
    'http://articles.chicagotribune.com/2001-05-08/news/0105080211_1_landing-on-hainan-island-fighter-navy-ep-3e',
    '2001-05-08',
    'B',
    1,
  ),
  peoplesMay8: source(
    'China Opposes US Spy Flights Off Chinese Coast, FM Spokesman',
    "People's Daily",
    'http://en.people.cn/english/200105/08/eng20010508_69434.html',
    '2001-05-08',
    'C',
    1,
  ),
  orlandoMay9: source(
    'China protests resumed U.S. surveillance flights',
    'Orlando Sentinel',
    'https://www.orlandosentinel.com/news/os-xpm-2001-05-09-0105090136-story.html',
    '2001-05-09',
    'B',
    1,
  ),
  newson6May24: source(
    'CHINA, U.S. agree on return of spy plane',
    'News On 6 (AP)',
    'https://www.newson6.com/story/5e3682ff2f69d76f62097ba7/china-us-agree-on-return-of-spy-plane',
    '2001-05-24',
    'B',
    1,
  ),
  tribuneMay25: source(
    'China, U.S. send mixed signals on spy plane',
    'Chicago Tribune (Los Angeles Times)',
    'http://articles.chicagotribune.com/2001-05-25/news/0105250148_1_chinese-fighter-jet-spy-plane-chinese-announcement',
    '2001-05-25',
    'B',
    1,
  ),
  chinaorgMay28: source(
    'China, US Agree to Ship EP-3 Spy Plane Back on a Cargo Jumbo',
    'China.org.cn',
    'http://www.china.org.cn/english/2001/May/13624.htm',
    '2001-05-28',
    'C',
    1,
  ),
  irishMay29: source(
    'US, China agree on return of spy plane',
    'The Irish Times',
    'https://irishtimes-irishtimes-prod.cdn.arcpublishing.com/news/us-china-agree-on-return-of-spy-plane-1.310507',
    '2001-05-29',
    'B',
    1,
  ),
  dodMay29: source(
    'Navy EP-3 Plane to Come Home Disassembled',
    'American Forces Press Service (US Department of Defense)',
    'https://webarchive.library.unt.edu/eot2008/20090109014828/http:/www.defenselink.mil/news/newsarticle.aspx?id=45826',
    '2001-05-29',
    'B',
    1,
  ),
  pbsJun15: source(
    'Recovery of American Spy Plane Begins in China',
    'PBS NewsHour',
    'https://www.pbs.org/newshour/nation/asia-jan-june01-china_06-15',
    '2001-06-15',
    'B',
    1,
  ),
  starbulletinJul3: source(
    'Fuselage of spy plane will arrive at Hickam today on Russian craft',
    'Honolulu Star-Bulletin',
    'https://archives.starbulletin.com/2001/07/03/news/story8.html',
    '2001-07-03',
    'B',
    1,
  ),
  abcJul3: source(
    'Dismantled U.S. Spy Plane Flown Out of China',
    'ABC News (Reuters)',
    'https://abcnews.go.com/International/story?id=80826&page=1',
    '2001-07-03',
    'B',
    1,
  ),
  honoluluJul4: source(
    "Disassembled Navy spy plane makes Hawai'i stopover",
    'Honolulu Advertiser (AP)',
    'http://the.honoluluadvertiser.com/article/2001/Jul/04/ln/ln06a.html',
    '2001-07-04',
    'B',
    1,
  ),
  cnnJul28: source(
    "Powell calls China visit 'very productive'",
    'CNN',
    'https://www.cnn.com/2001/WORLD/asiapcf/southeast/07/28/china.powell/',
    '2001-07-28',
    'B',
    1,
  ),
  abcJul28: source(
    'China, U.S. Set for Talks',
    'ABC News',
    'http://abcnews.go.com/WNT/story?id=130781&page=1',
    '2001-07-28',
    'B',
    1,
  ),
  peoplesJul30: source(
    'Powell Visit Boosts Sino-US Relations',
    "People's Daily",
    'http://en.people.cn/english/200107/30/eng20010730_76088.html',
    '2001-07-30',
    'C',
    1,
  ),
  cnnOct19: source(
    'What the presidents said',
    'CNN',
    'http://edition.cnn.com/2001/WORLD/asiapcf/east/10/19/bush.jiang.press/index.html',
    '2001-10-19',
    'B',
    1,
  ),
  bbcOct19: source(
    'Terrorism war unites Bush and Jiang',
    'BBC News',
    'http://news.bbc.co.uk/2/hi/asia-pacific/1606986.stm',
    '2001-10-19',
    'B',
    1,
  ),
  embassyOct19: source(
    'President Jiang Zemin holds talks with U.S. President George W. Bush in Shanghai',
    'Embassy of the PRC in Zimbabwe',
    'http://zw.china-embassy.gov.cn/eng/zt/zgdwzc/200408/t20040816_6851539.htm',
    '2001-10-19',
    'C',
    1,
  ),
};

const COLLISION_PLACE = 'South China Sea, about 70 miles south-east of Hainan Island';

const events = [
  // ===== 1–3 April: the collision, the landing, the detention =====
  ev(
    'NegotiationOpened',
    'opened',
    when('2001-04-01T01:15:00Z'),
    {
      negotiationId: NEGOTIATION_ID,
      title: 'United States – China: the EP-3 incident, 2001',
      subject:
        "The collision of a US Navy EP-3E and a Chinese J-8 over the South China Sea, the detention of the EP-3 crew on Hainan, China's demands for an apology and an end to US surveillance flights, the release of the crew and the return of the aircraft, and the relationship after",
      parties: [USA, CHINA],
      mediators: [],
    },
    [S.cbsApr3, S.reutersApr3],
    { note: 'Opened at the collision; no mediator took part.' },
  ),
  ev(
    'IncidentReported',
    'inc-collision-us-account',
    when('2001-04-01T01:15:00Z'),
    {
      incidentId: 'collision-us-account-2001-04-01',
      kind: 'non-lethal-force',
      perpetrator: 'china',
      allegedBy: 'united-states',
      against: 'united-states',
      target: 'US Navy EP-3E Aries II signals reconnaissance aircraft (24 crew)',
      place: COLLISION_PLACE,
      description:
        'Two Chinese J-8 fighters intercept the EP-3E on a surveillance mission in international airspace; after repeated close passes one J-8 strikes the EP-3\'s wing. The J-8 breaks up and its pilot ejects over the sea; the EP-3 loses its nose cone and a propeller, drops several thousand feet and makes an emergency landing on Hainan. US account: the Chinese pilot caused it, flying too close to the larger, slower aircraft; "an accident took place" in international airspace (Powell).',
    },
    [graded(S.cbsApr3, 3), graded(S.tahoeApr3, 3), graded(S.bbcApr18, 3)],
    {
      occurrence: 'collision-2001-04-01',
      note: "The United States' account of the collision (graded 3: each side's unverified claim). A collision, no weapon fired: not armed action (see the header).",
    },
  ),
  ev(
    'IncidentReported',
    'inc-collision-cn-account',
    when('2001-04-01T01:15:00Z'),
    {
      incidentId: 'collision-cn-account-2001-04-01',
      kind: 'non-lethal-force',
      perpetrator: 'united-states',
      allegedBy: 'china',
      against: 'china',
      target: 'A Chinese naval aviation J-8II fighter and its pilot, Lt. Cdr. Wang Wei',
      place: COLLISION_PLACE,
      fatalities: { min: 1, max: 1 },
      description:
        'China\'s account: the US plane "veered into" one of the two fighters sent to monitor it, "rammed into and destroyed" it, then entered Chinese airspace and landed without permission. The pilot, Wang Wei, bailed out and was never found (presumed dead; later declared a revolutionary martyr).',
    },
    [graded(S.reutersApr3, 3), graded(S.mfaApr11, 3)],
    {
      occurrence: 'collision-2001-04-01',
      note: "China's account of the same collision (graded 3); Wang Wei's death is its toll. Not armed action (see the header).",
    },
  ),
  ev(
    'IncidentReported',
    'inc-detention',
    when('2001-04-01T01:35:00Z'),
    {
      incidentId: 'ep3-crew-detention-2001-04-01',
      kind: 'detention',
      perpetrator: 'china',
      allegedBy: 'united-states',
      against: 'united-states',
      target: 'The 24 crew of the EP-3E (21 men, 3 women) and the aircraft',
      place: 'Lingshui military airfield, Hainan Island',
      description:
        'After the emergency landing the crew is taken off the aircraft at gunpoint (US officials) and held, incommunicado until US diplomats see them late on 3 April; China calls it "protective custody", Powell "detention". The aircraft is impounded. The crew is held for eleven days, until it leaves Hainan on 12 April.',
    },
    [S.cbsApr3, S.tahoeApr3, S.tribuneApr12],
    {
      note: "The other party's servicemen seized and held, without fire: a detention, coercion while it lasts, not armed action (see the header).",
    },
  ),
  ev(
    'StatementMade',
    'stmt-bush-apr2',
    when('2001-04-02T15:00:00Z'),
    {
      speaker: BUSH,
      audience: 'china',
      tone: 'critical',
      summary:
        'Demands immediate access to the crew and the return of the surveillance aircraft without further tampering.',
    },
    [S.reutersApr3],
  ),
  ev(
    'DemandTabled',
    'dem-us-crew',
    when('2001-04-02T15:00:00Z'),
    {
      demandId: 'us-crew-return',
      by: 'united-states',
      addressedTo: ['china'],
      text: 'Release the 24 crew of the EP-3 and let them return home (first: immediate access to them)',
      category: 'humanitarian',
    },
    [S.reutersApr3, S.cbsApr3],
  ),
  ev(
    'DemandTabled',
    'dem-us-plane',
    when('2001-04-02T15:00:00Z'),
    {
      demandId: 'us-plane-return',
      by: 'united-states',
      addressedTo: ['china'],
      text: 'Return the EP-3 aircraft, untampered',
      category: 'security',
    },
    [S.reutersApr3, S.cbsApr3],
  ),
  ev(
    'StatementMade',
    'stmt-jiang-apr3',
    when('2001-04-03T04:00:00Z'),
    {
      speaker: JIANG,
      audience: 'united-states',
      tone: 'accusation',
      summary:
        'In his first public comments, to the visiting prime minister of Qatar: "the U.S. plane bumped into our plane, invaded the Chinese territorial airspace and landed at our airport" in violation of international law; the United States must "bear full responsibility" and stop its surveillance flights near China\'s coast. "We have sufficient evidence."',
    },
    [S.reutersApr3, S.apApr3],
  ),
  ev(
    'DemandTabled',
    'dem-cn-flights',
    when('2001-04-03T04:00:00Z'),
    {
      demandId: 'cn-end-flights',
      by: 'china',
      addressedTo: ['united-states'],
      text: "Stop the surveillance flights near China's coast",
      category: 'security',
    },
    [S.apApr3, S.reutersApr3],
  ),
  ev(
    'DemandTabled',
    'dem-cn-apology',
    when('2001-04-03T06:00:00Z'),
    {
      demandId: 'cn-apology',
      by: 'china',
      addressedTo: ['united-states'],
      text: 'Apologise for the collision and bear full responsibility for it',
      category: 'political',
    },
    [S.apApr3, S.kitsapApr4],
    {
      note: 'The Foreign Ministry called for an apology on 3 April; Jiang made the demand in public on 4 April. No deadline or consequence: a demand, not an ultimatum.',
    },
  ),
  ev(
    'PositionTaken',
    'pos-us-apology-rejected',
    when('2001-04-03T14:00:00Z'),
    {
      demandId: 'cn-apology',
      actorId: 'united-states',
      stance: 'rejected',
      speaker: POWELL,
      quote: 'I have heard some suggestions of an apology. But we have nothing to apologize for. We had an emergency.',
    },
    [S.arnApr3, S.tahoeApr3],
  ),
  ev(
    'StatementMade',
    'stmt-mfa-law-apr3',
    when('2001-04-03T16:00:00Z'),
    {
      speaker: CN_MFA,
      audience: 'united-states',
      tone: 'warning',
      summary:
        'A midnight statement: China will "deal appropriately with the crew and plane according to law" once its investigation is completed (the Guardian: at its worst, "a threat of a trial of the crewmen").',
    },
    [S.guardianApr4],
  ),
  ev(
    'StatementMade',
    'stmt-bush-apr3',
    when('2001-04-03T20:00:00Z'),
    {
      speaker: BUSH,
      audience: 'china',
      tone: 'warning',
      summary:
        'After the US defence attaché saw the crew: "We have allowed the Chinese government time to do the right thing. But now it is time for our servicemen and women to return home and it is time for the Chinese government to return our plane. This accident has the potential of undermining our hopes for a fruitful and productive relationship between our two countries."',
    },
    [S.tahoeApr3, S.arnApr3, S.guardianApr4],
  ),
  // ===== 4–10 April: the exchanges over the letter =====
  ev(
    'TalksRoundOpened',
    'round-letter-opened',
    when('2001-04-04T02:00:00Z'),
    {
      roundId: 'beijing-letter-2001-04',
      label: 'Beijing exchanges on the letter (Ambassador Prueher and the Chinese Foreign Ministry)',
      format: 'informal',
      venue: 'Beijing',
      delegations: [
        { actorId: 'united-states', head: PRUEHER },
        { actorId: 'china', head: TANG },
      ],
    },
    [S.baltimoreApr12, S.foxApr4],
    {
      note: 'Prueher met Chinese officials on the morning of 4 April (Powell); every word of the letter was then negotiated by ranking officials of both sides (Los Angeles Times).',
    },
  ),
  ev(
    'StatementMade',
    'stmt-tang-apr4',
    when('2001-04-04T06:00:00Z'),
    {
      speaker: TANG,
      audience: 'united-states',
      tone: 'accusation',
      summary:
        'Summons Ambassador Prueher and demands an apology for the collision; Prueher refuses. Fleischer: "The United States doesn\'t understand the reason for an apology. Our airplanes are operating in international airspace, and the United States did nothing wrong."',
    },
    [S.foxApr4],
  ),
  ev(
    'StatementMade',
    'stmt-jiang-apr4',
    when('2001-04-04T08:00:00Z'),
    {
      speaker: JIANG,
      audience: 'united-states',
      tone: 'accusation',
      summary:
        'Before leaving for Latin America, publicly for the first time: "The US side should apologise to the Chinese people"; the United States should bear all responsibility and "do something favourable to the smooth development of China-US relations, rather than make remarks that confuse right and wrong".',
    },
    [S.examinerApr4, S.kitsapApr4],
  ),
  ev(
    'StatementMade',
    'stmt-powell-apr4',
    when('2001-04-04T16:00:00Z'),
    {
      speaker: POWELL,
      audience: 'china',
      tone: 'conciliatory',
      summary:
        '"We regret the Chinese plane did not get down safe and we regret the loss of the life of that Chinese pilot, but now we need to move on, we need to bring this to a resolution"; Prueher is exploring "avenues by which we can get a dialogue going".',
    },
    [S.baltimoreApr12],
  ),
  ev(
    'StatementMade',
    'stmt-bush-regret-apr5',
    when('2001-04-05T16:00:00Z'),
    {
      speaker: BUSH,
      audience: 'china',
      tone: 'conciliatory',
      summary: 'Expresses "regret" over the loss of the Chinese pilot, stopping short of an apology.',
    },
    [S.kitsapApr6],
  ),
  ev(
    'StatementMade',
    'stmt-jiang-apr5',
    when('2001-04-05T22:00:00Z'),
    {
      speaker: JIANG,
      audience: 'united-states',
      tone: 'critical',
      summary:
        'In Santiago: "when people have an accident, the two groups involved … always say excuse me"; "American planes come to the edge of our country and they don\'t say excuse me. This sort of conduct is not acceptable in any country." The leaders "must manage this issue" in the relationship\'s interest. China says it will hold the crew for questioning and wants a "cooperative attitude" before US diplomats see them again.',
    },
    [S.kitsapApr6],
  ),
  // ===== 11–12 April: the letter and the release =====
  ev(
    'AgreementReached',
    'agr-letter',
    when('2001-04-11T09:30:00Z'),
    {
      agreementId: 'letter-of-two-sorries-2001-04-11',
      kind: 'partial',
      provisions: [
        'The United States is "very sorry" for the loss of the pilot Wang Wei, and "very sorry the entering of China\'s airspace and the landing did not have verbal clearance"',
        'The crew is to be permitted to leave China as soon as possible',
        'Both sides to meet from 18 April 2001 on the causes of the incident, recommendations to avoid such collisions, a plan for the prompt return of the EP-3, and related questions; China to raise the US reconnaissance flights near China',
      ],
      signatories: ['united-states', 'china'],
      textPublic: true,
      roundId: 'beijing-letter-2001-04',
      status: 'in-force',
    },
    [S.letterApr11, S.scmpApr12, S.taipeiApr12],
    {
      occurrence: 'letter-2001-04-11',
      note: 'The letter Prueher delivered to Tang Jiaxuan, accepted by China the same afternoon (Beijing time): both sides say an agreement was reached.',
    },
  ),
  ev(
    'TalksRoundConcluded',
    'round-letter-concluded',
    when('2001-04-11T09:30:00Z'),
    {
      roundId: 'beijing-letter-2001-04',
      outcome: 'agreement',
      summary:
        'After more than a week of wrangling over its wording ("very" was put before "sorry"), Prueher delivers the letter to Tang Jiaxuan and China agrees to let the crew leave "on humanitarian grounds".',
      nextSteps: 'The crew to leave Hainan; a meeting on the incident and the aircraft from 18 April.',
    },
    [S.latimesApr12, S.abcApr11],
    { occurrence: 'letter-2001-04-11' },
  ),
  ev(
    'PositionTaken',
    'pos-us-apology-letter',
    when('2001-04-11T09:30:00Z'),
    {
      demandId: 'cn-apology',
      actorId: 'united-states',
      stance: 'counter-proposed',
      conditions:
        'Regret and "very sorry" for the pilot\'s loss and the landing without clearance; no apology for the flight or acceptance of responsibility for the collision',
      speaker: PRUEHER,
      quote:
        'Please convey to the Chinese people and to the family of the pilot Wang Wei that we are very sorry for their loss.',
    },
    [S.letterApr11, S.latimesApr12],
  ),
  ev(
    'PositionTaken',
    'pos-cn-crew-accepted',
    when('2001-04-11T09:30:00Z'),
    {
      demandId: 'us-crew-return',
      actorId: 'china',
      stance: 'accepted',
      speaker: TANG,
      quote:
        'As the US government has already said "very sorry" to the Chinese people, the Chinese government has, out of humanitarian considerations, decided to allow the crew members to leave China after completing the necessary procedures.',
    },
    [S.taipeiApr12, S.guardianApr11],
  ),
  ev(
    'StatementMade',
    'stmt-tang-apr11',
    when('2001-04-11T09:45:00Z'),
    {
      speaker: TANG,
      audience: 'united-states',
      tone: 'accusation',
      summary:
        'On receiving the letter: the US plane "rammed into and destroyed" a Chinese military aircraft and intruded into China\'s airspace, "a threat to China\'s national security"; the United States "must take full responsibility", give convincing explanations, stop its reconnaissance activities off the Chinese coast and prevent a recurrence. The incident is not over.',
    },
    [S.mfaApr11, S.guardianApr11],
  ),
  ev(
    'StatementMade',
    'stmt-bush-apr11',
    when('2001-04-11T14:00:00Z'),
    {
      speaker: BUSH,
      audience: 'china',
      tone: 'conciliatory',
      summary:
        '"This has been a difficult situation for both our countries. I know the American people join me in expressing sorrow for the loss of life of a Chinese pilot. Our prayers are with his wife and his child." China has assured the ambassador the crew will leave promptly.',
    },
    [S.abcApr11, S.taipeiApr12],
  ),
  ev(
    'StatementMade',
    'stmt-crew-leaves-apr12',
    when('2001-04-11T23:29:00Z'),
    {
      speaker: { name: 'Neal Sealock', title: 'US defence attaché in Beijing (Brig. Gen.)', actorId: 'united-states' },
      audience: 'china',
      tone: 'neutral',
      summary:
        'The 24 crew leave Haikou on a chartered Continental airliner at 07:29 local time, after 11 days held, and land in Guam. "We\'re just glad this particular incident is over. That\'s all our job was — to get the crew out." The aircraft stays on Hainan.',
    },
    [S.latimesApr12, S.tribuneApr12],
  ),
  ev(
    'IncidentReported',
    'inc-crew-release',
    when('2001-04-11T23:29:00Z'),
    {
      incidentId: 'ep3-crew-release-2001-04-12',
      kind: 'release',
      perpetrator: 'china',
      allegedBy: 'united-states',
      against: 'united-states',
      target: 'The 24 crew of the EP-3E',
      place: 'Haikou, Hainan Island',
      description:
        'China frees the crew: they leave Haikou on a chartered Continental airliner at 07:29 local time, after 11 days held, and land in Guam. The aircraft stays on Hainan.',
    },
    [S.latimesApr12, S.tribuneApr12],
    {
      note: "The end of China's detention of the crew (recorded at Haikou, where they left from: no detention is recorded there, so it ends all of China's against the United States — the crew's, the only one).",
    },
  ),
  // ===== 18–19 April: the talks on the aircraft =====
  ev(
    'TalksRoundScheduled',
    'round-plane-scheduled',
    when('2001-04-11T09:30:00Z'),
    {
      roundId: 'beijing-talks-2001-04-18',
      label: 'Beijing talks on the incident and the aircraft',
      format: 'formal',
      venue: 'Beijing',
      plannedFor: '2001-04-18',
    },
    [S.letterApr11],
    { note: 'Agreed in the letter of 11 April.' },
  ),
  ev(
    'TalksRoundOpened',
    'round-plane-opened',
    when('2001-04-18T02:00:00Z'),
    {
      roundId: 'beijing-talks-2001-04-18',
      delegations: [{ actorId: 'united-states', head: VERGA }, { actorId: 'china' }],
    },
    [S.cnnApr18, S.bbcApr18],
  ),
  ev(
    'TalksRoundConcluded',
    'round-plane-concluded',
    when('2001-04-19T08:00:00Z'),
    {
      roundId: 'beijing-talks-2001-04-18',
      outcome: 'no-progress',
      summary:
        'First day (18 April): two and a half hours of each side restating who was to blame; China would not discuss the aircraft and the US side ended the meeting, saying it would attend no more unless China did. After Prueher saw the Foreign Ministry on 19 April the aircraft was put on the agenda; the second session was "productive" (Verga) and "frank and useful" (China), the United States handed over written proposals (repair and fly it out, or take it out in pieces), but China made no commitment to return it: "no blame, no plane".',
      nextSteps: 'Further talks through diplomatic channels at a time to be agreed.',
    },
    [S.bbcApr19, S.cnnApr19, S.mitApr20, S.baltimoreApr19],
  ),
  ev(
    'PositionTaken',
    'pos-cn-plane-apr19',
    when('2001-04-19T09:00:00Z'),
    {
      demandId: 'us-plane-return',
      actorId: 'china',
      stance: 'conditional',
      conditions: "Only once the two sides agree on who was to blame for the collision; after China's investigation",
      speaker: ZHANG,
      quote:
        'It is impossible to discuss a detail like the return of the plane when the two sides cannot agree on who was to blame.',
    },
    [S.cnnApr19],
    { note: "CNN's paraphrase of Zhang Qiyue's briefing, kept as the quote." },
  ),
  // ===== 25 April – 9 May: Taiwan, the resumed flights =====
  ev(
    'StatementMade',
    'stmt-bush-taiwan-apr25',
    when('2001-04-25T12:00:00Z'),
    {
      speaker: BUSH,
      audience: 'china',
      tone: 'military-threat',
      summary:
        'Asked whether the United States would defend Taiwan with the full force of the US military if China attacked it: "Whatever it took to help Taiwan defend herself" (ABC, taped 24 April); to AP: "The Chinese have got to understand that [military force] is clearly an option". He restates the one-China policy and expects a peaceful resolution; the day before, Taiwan was offered a large arms package.',
    },
    [S.abcApr25, S.cnnApr25, S.aitApr30],
  ),
  ev(
    'StatementMade',
    'stmt-zhang-apr26',
    when('2001-04-26T08:00:00Z'),
    {
      speaker: ZHANG,
      audience: 'united-states',
      tone: 'accusation',
      summary:
        '"There is only one China in the world. Taiwan is part of China. It is not a protectorate of any foreign country." The Chinese government and people are "strongly indignant and opposed" to Bush\'s "mistaken remarks"; with the arms offer, the United States "has drifted further on a dangerous road".',
    },
    [S.abcApr26],
  ),
  ev(
    'IncidentReported',
    'inc-flights-resumed',
    when('2001-05-07T00:00:00Z'),
    {
      incidentId: 'surveillance-flights-resumed-2001-05-07',
      kind: 'force-posture',
      perpetrator: 'united-states',
      allegedBy: 'united-states',
      against: 'china',
      target: 'China (reconnaissance of its coast)',
      place: "Off China's north-eastern coast (international airspace)",
      description:
        'An unarmed, unescorted US Air Force RC-135 flies from Kadena, Okinawa, along the northern part of China\'s coast and back: the first US reconnaissance flight off China since 1 April. No Chinese aircraft intercepts it. Fleischer: "It is our prerogative and right to fly over international airspace to preserve the peace by flying reconnaissance missions."',
    },
    [S.bbcMay7, S.tribuneMay8],
  ),
  ev(
    'PositionTaken',
    'pos-us-flights-rejected',
    when('2001-05-07T00:00:00Z'),
    {
      demandId: 'cn-end-flights',
      actorId: 'united-states',
      stance: 'rejected',
      speaker: FLEISCHER,
      quote:
        'It is our prerogative and right to fly over international airspace to preserve the peace by flying reconnaissance missions.',
    },
    [S.bbcMay7],
  ),
  ev(
    'StatementMade',
    'stmt-sun-may8',
    when('2001-05-08T08:00:00Z'),
    {
      speaker: SUN,
      audience: 'united-states',
      tone: 'critical',
      summary:
        'China\'s opposition to the spy flights is "consistent and clear"; it will lodge serious representations; the United States should "draw a lesson" and "correct such wrong-doings". It is "impossible" for the EP-3 to fly back from Hainan.',
    },
    [S.peoplesMay8, S.orlandoMay9],
  ),
  ev(
    'PositionTaken',
    'pos-cn-plane-may8',
    when('2001-05-08T08:00:00Z'),
    {
      demandId: 'us-plane-return',
      actorId: 'china',
      stance: 'conditional',
      conditions: 'Never flown out of Hainan; dismantling and shipping left open',
      speaker: SUN,
      quote:
        'The Chinese side has several times stated clearly in relevant Sino-U.S. negotiations that it is impossible for the U.S. EP-3 plane to fly back to the U.S. from Hainan Island.',
    },
    [S.orlandoMay9],
  ),
  // ===== 24 May – 3 July: the aircraft returned in pieces =====
  ev(
    'PositionTaken',
    'pos-cn-plane-may24',
    when('2001-05-24T08:00:00Z'),
    {
      demandId: 'us-plane-return',
      actorId: 'china',
      stance: 'conditional',
      conditions:
        'Taken apart and carried out; "We do not agree to flying this plane out of China. That is impossible."',
      speaker: ZHU,
      quote:
        'The United States has submitted a proposal to take apart the plane and take it back. The Chinese side has agreed to that.',
    },
    [S.newson6May24, S.tribuneMay25],
    { note: 'The Pentagon said the same day there was no final agreement on how the aircraft would leave.' },
  ),
  ev(
    'AgreementReached',
    'agr-plane-return',
    when('2001-05-28T08:00:00Z'),
    {
      agreementId: 'ep3-return-2001-05-28',
      kind: 'partial',
      provisions: [
        'The EP-3 is partly dismantled on Hainan and flown out in pieces aboard a chartered Russian An-124 cargo aircraft',
        'It is not repaired or flown out under its own power',
        'Details and dates to be settled between the two sides',
      ],
      signatories: ['united-states', 'china'],
      textPublic: false,
      status: 'text-agreed',
    },
    [S.chinaorgMay28, S.irishMay29, S.dodMay29],
    {
      note: 'Agreed "in principle" (the National Security Council and the Chinese Foreign Ministry, 28 May); the modalities were still being worked out.',
    },
  ),
  ev(
    'AgreementStatusChanged',
    'agr-plane-in-force',
    when('2001-06-15T00:00:00Z'),
    {
      agreementId: 'ep3-return-2001-05-28',
      status: 'in-force',
      reason:
        'US military officials and Lockheed Martin engineers arrive on Hainan to dismantle the aircraft; China would not allow it repaired or carried by a US aircraft, and the Pentagon hired the Russian firm Polyot.',
    },
    [S.pbsJun15, S.starbulletinJul3],
  ),
  ev(
    'StatementMade',
    'stmt-pacom-jul3',
    when('2001-07-03T09:45:00Z'),
    {
      speaker: PACOM,
      audience: 'china',
      tone: 'conciliatory',
      summary:
        'The last An-124 flight with the EP-3\'s fuselage leaves Lingshui for Manila and Hawaii, a week ahead of the 11 July target: "Things went extremely smoothly … By every measure, the cooperation from the host nation was outstanding."',
    },
    [S.honoluluJul4, S.abcJul3, S.starbulletinJul3],
  ),
  // ===== 28 July: Powell in Beijing =====
  ev(
    'TalksRoundOpened',
    'round-powell-opened',
    when('2001-07-28T01:00:00Z'),
    {
      roundId: 'powell-beijing-2001-07-28',
      label: 'Secretary Powell in Beijing',
      format: 'formal',
      venue: 'Beijing',
      delegations: [
        { actorId: 'united-states', head: POWELL },
        { actorId: 'china', head: JIANG },
      ],
    },
    [S.cnnJul28, S.abcJul28],
  ),
  ev(
    'TalksRoundConcluded',
    'round-powell-concluded',
    when('2001-07-28T14:00:00Z'),
    {
      roundId: 'powell-beijing-2001-07-28',
      outcome: 'progress',
      summary:
        'Meetings with Jiang Zemin, Zhu Rongji, Qian Qichen and Tang Jiaxuan, "very productive" (Powell): the human-rights dialogue is to resume, expert consultations on non-proliferation, a meeting on military maritime safety in August and the Joint Economic Committee in September; the leaders agree to look forward and put the April collision behind them.',
      nextSteps: 'Bush to visit for the APEC meeting in Shanghai and Beijing in October.',
    },
    [S.cnnJul28, S.peoplesJul30],
  ),
  ev(
    'StatementMade',
    'stmt-powell-jul28',
    when('2001-07-28T14:00:00Z'),
    {
      speaker: POWELL,
      audience: 'china',
      tone: 'conciliatory',
      summary:
        '"My presence here today is an example of trying to let the world see that we are not enemies and we\'re not looking for enemies. We\'re looking for ways to cooperate."',
    },
    [S.abcJul28, S.cnnJul28],
  ),
  // ===== 19 October: Bush and Jiang in Shanghai =====
  ev(
    'TalksRoundOpened',
    'round-shanghai-opened',
    when('2001-10-19T02:00:00Z'),
    {
      roundId: 'shanghai-summit-2001-10-19',
      label: "Bush – Jiang meeting, Shanghai (before the APEC leaders' meeting)",
      format: 'formal',
      venue: 'Western Suburb Guest House, Shanghai',
      delegations: [
        { actorId: 'united-states', head: BUSH },
        { actorId: 'china', head: JIANG },
      ],
    },
    [S.cnnOct19, S.bbcOct19],
  ),
  ev(
    'TalksRoundConcluded',
    'round-shanghai-concluded',
    when('2001-10-19T03:47:00Z'),
    {
      roundId: 'shanghai-summit-2001-10-19',
      outcome: 'progress',
      summary:
        'The presidents\' first meeting: an in-depth exchange and "a series of consensus" on relations, counter-terrorism and peace (Jiang); a "constructive and cooperative relationship" to be developed, high-level strategic dialogue, exchanges on economy, trade and energy; Taiwan to be handled under the three joint communiqués.',
    },
    [S.cnnOct19, S.embassyOct19],
  ),
  ev(
    'StatementMade',
    'stmt-jiang-oct19',
    when('2001-10-19T03:47:00Z'),
    {
      speaker: JIANG,
      audience: 'united-states',
      tone: 'conciliatory',
      summary:
        '"China attaches importance to its relations with the United States and stands ready to make joint efforts with the U.S. side to develop a constructive and cooperative relationship."',
    },
    [S.cnnOct19, S.bbcOct19],
  ),
  ev(
    'StatementMade',
    'stmt-bush-oct19',
    when('2001-10-19T03:47:00Z'),
    {
      speaker: BUSH,
      audience: 'china',
      tone: 'conciliatory',
      summary:
        'China is "a great nation and is not an enemy of the United States"; the two should "stand side by side" against terrorism; the United States supports China\'s accession to the WTO and congratulates Beijing on the 2008 Olympics.',
    },
    [S.cnnOct19, S.embassyOct19],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'us-china-2001.jsonl',
  logEnd: '2001-10-31T00:00:00Z',
  events,
};

export default definition;
