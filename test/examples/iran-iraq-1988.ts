/**
 * A test fixture, not a shipped example: Iran and Iraq from the last
 * offensives of their war (February – July 1988) to the end of the stalled
 * peace (August 1990), as an analyst following the news could have recorded
 * them — the fifth "war of the cities" (from 27 February 1988), its truce
 * mediated by Turkey (11 March) and its end two days later, the Iraqi
 * offensives that retook al-Faw (17–18 April), Shalamcheh (25 May) and the
 * Majnoon islands (25 June), Iran's acceptance of Security Council
 * Resolution 598 (18 July) and Khomeini's "poisoned chalice" (20 July), the
 * air battles and the Iraqi push into Iran that followed it (19 and 22 July),
 * the MEK's Operation Forough-e Javidan (26 July, a third party's), the
 * ceasefire date set by the Secretary-General (8 August), the shelling Iraq
 * charged Iran with on 10–11 August, the ceasefire in force under UNIIMOG (20
 * August, 03:00 GMT), the violations each side alleged in its first days and
 * Iraq's demand that Iranian troops withdraw "by midday" (23 August), the
 * direct talks from 25 August in Geneva and New York stalling over the Shatt
 * al-Arab and the withdrawal, the exchange of sick and wounded prisoners
 * (November 1988), the talks resumed in Geneva (April 1989), Saddam's letters
 * (21 April 1990; 14 August 1990, accepting Iran's terms and the 1975 Algiers
 * Agreement), the Iraqi withdrawal from Iranian territory and the first
 * exchanges of all prisoners (from 17 August 1990). Escalation model v2 was
 * never tuned on it: it is the case the model is held to in
 * iran-iraq-1988.spec.ts, against the calls an analyst makes from DOMAIN.md
 * §5b alone.
 *
 * The parties are Iran and Iraq. Mediator: the UN Secretary-General (Pérez
 * de Cuéllar; from September 1988 through his envoy Jan Eliasson). Registered:
 * Turkey (mediator of the war-of-the-cities truce, March 1988), the ICRC
 * (mediator of the prisoner exchanges), UNIIMOG (observer), the Security
 * Council (third party: its resolution is a demand, not a party's act), the
 * United States (third party: its navy's clash with Iran on 18 April is
 * recorded as its own act against Iran) and the MEK's National Liberation
 * Army (third party: its offensive of 26 July is its act, not Iraq's).
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source. Recorded retrospectively
 * (6 December 2026, one minute apart, in log order).
 *
 * Grading as in examples/README.md: B = an established outlet (AP, UPI,
 * Reuters, the Los Angeles Times, the Chicago Tribune, the New York Times via
 * the Orlando Sentinel, the Christian Science Monitor, the Christchurch Press
 * for NZPA-Reuter) or an official document (the CIA's National Intelligence
 * Daily, declassified); C = an encyclopedia, a copy on an archive or mirror
 * site, a history site, a party's state media or a memoir published decades
 * later (Wikipedia and its mirrors, historydraft, Al-Alam, Al Majalla,
 * khaddam.net, a blog's copy of a letter); 2 = several sources agree or one
 * established source reports it; 3 = one side's claim, or a count the sources
 * disagree on.
 *
 * Dates of sources: contemporary reports by their own date; Wikipedia and
 * historydraft by the day of the development they are cited for (as the other
 * fixtures do), later reports by their own date.
 *
 * Judgement calls, recorded as an analyst would:
 * - `scale: 'major'` only where the source calls the act an offensive or an
 *   invasion: al-Faw ("an Iraqi offensive that reportedly has recaptured the
 *   Faw Peninsula", Los Angeles Times, 19 April 1988; "their first major
 *   attempt to retake the Iranian-controlled Faw Peninsula", 18 April), the
 *   Majnoon islands ("The agency said the offensive was launched before
 *   dawn", AP, 25 June; the CIA's "two-pronged offensive"), and the push of
 *   22 July (Al-Alam: "three infantry divisions, an armoured division and
 *   guard brigades invaded Iranian territory ... on five axes", graded C3).
 *   Shalamcheh (25 May) is known only from the AP's one line ("drove the
 *   Iranians out of their hard-won bridgehead at Salamcheh"): not `major`.
 * - One place, written one way: "al-Faw peninsula" for the April offensive
 *   and the shelling Iraq reported there in August, "Basra" for the city and
 *   its front, "Tehran", "Baghdad", "Qom" for the cities. The war-of-the-
 *   cities tolls are given where the source gives one for the day (Iran's 28
 *   dead of 11 March for the missiles on Tehran and Qom together, put on the
 *   Tehran strike; Iraq's 13 dead in Halabja on 13 March); Iran's running
 *   count (30 dead in Tehran from 29 February to 3 March) is not an act's.
 * - The war-of-the-cities truce of 11 March is a `partial` ceasefire
 *   (missile and air attacks on cities only: "the 7 1/2-year-old Persian
 *   Gulf war would continue on other fronts", Musavi), mediated by Turkey's
 *   Özal, and `collapsed` with the Iraqi missile on Tehran of 13 March.
 * - Iran's claim that Iraq lost 5,000 soldiers in the July fighting (denied by
 *   Iraq) is not recorded as a toll: it covers "the border fighting" of the
 *   week, not one act. The Iraqi chemical bombing of two villages (Iran's
 *   claim) has no place named: recorded as "two villages in western Iran".
 * - The ceasefire: the Secretary-General set its date on 8 August after both
 *   accepted Saddam's proposal of a ceasefire followed by direct talks.
 *   Recorded as an agreement reached on the 8th (kind ceasefire, text agreed:
 *   the Secretary-General read its terms to the Council), in force at 03:00
 *   GMT on 20 August, and the ceasefire dated when it took effect, so that
 *   the shelling Iraq charged Iran with on 10–11 August is not read as
 *   breaking it. Both pledged restraint from the 8th ("refrain from all
 *   military action ... starting today", Velayati); UPI on 19 August speaks of
 *   "an unofficial truce" in its 12th day, which the Iraqi charge of 11
 *   August (AP) contradicts: the charge is recorded as Iraq's (graded 3).
 * - The violations of 20–21 August are each side's allegation, one record
 *   each: Iraq's sniper (one Iraqi private killed), Iran's shots near the UN
 *   observers (none hurt). The advances of 23 August on the central front
 *   that each charged the other with are recorded as what the sources say
 *   they were — troops moved forward with "neither side fired a shot" — a
 *   `force-posture` alleged by the other, the charge of violation in the
 *   description: a violation reported without casualties is read as an
 *   exchange of fire, which no source reports here. (Revised after the
 *   first run: first recorded as two ceasefire violations.) Iraq's threat
 *   to attack the Iranian troops "if they did not withdraw by midday" is an
 *   ultimatum (deadline 09:00 GMT, midday in Baghdad), resolved the same day
 *   as `enforced` on Iraq's own word that its troops took "required
 *   measures", which it did not specify (graded 3).
 * - The talks: one round from Geneva (25 August 1988) through New York (1
 *   October) to the recess of 11 November ("seven direct sessions produced
 *   no tangible progress"), concluded `no-progress`; the Geneva round of April
 *   1989 is recorded as scheduled (the CSM, the day before) — no source read
 *   reports how it ended. No talks are recorded as suspended: Aziz left New
 *   York early on 4 October but asked for a date to continue.
 * - The exchange of sick and wounded prisoners agreed with the ICRC is a
 *   `partial` agreement (signed, early November 1988; dated 11 November, when
 *   Eliasson announced it); it began on 24 November with fewer men than
 *   promised. Sources read say the arrangement "ended soon after" over the
 *   numbers but give no date nor who stopped it: not recorded as suspended.
 * - August 1990: Saddam's letter of 14 August (made public on the 15th)
 *   accepted Iran's terms — the 1975 Algiers Agreement, the withdrawal from
 *   17 August and the exchange of all prisoners. Iran answered on the 17th
 *   and the withdrawal and the exchange began that day: recorded as Iraq's
 *   acceptance of Iran's demand (15 August) and an agreement reached on the
 *   17th (kind partial, being implemented), dated by the first exchange.
 * - The Iraqi troops on Iranian soil after the ceasefire: an `occupation`
 *   by Iraq against Iran at "Iranian territory along the frontier", dated
 *   when the ceasefire took effect (20 August 1988, 03:00 GMT), the ground
 *   having been taken with fire before it (the offensives of April – July,
 *   recorded as such). The sources say the troops stayed: "Hamdoon indicates
 *   that only when Iran signs a cease-fire document will Iraq withdraw from
 *   the 380 square miles of Iranian territory it still holds. He describes
 *   this territory as a strip running from north to south all along the
 *   frontier ... 'it is peanuts compared to the 1,200 square kilometers (460
 *   square miles) of Iranian territory we were holding last year'" (Christian
 *   Science Monitor, 19 April 1989); "President Ali Khamenei of Iran blamed
 *   the lack of an agreement on Iraq's continued presence on Iranian soil"
 *   (AP, 12 November 1988); "if Iraq does not relinquish Iranian territory it
 *   seized in the last days of the Persian Gulf War ... U.N. observers say
 *   the Iraqis hold 386 square miles" (Los Angeles Times, 18 September 1989).
 *   Its end is Iraq's `withdrawal` from the same place, dated 17 August 1990,
 *   when it began: "Iraqi troops began withdrawing from Iranian territory
 *   Friday ... The withdrawal from Iran started at 5 a.m., with troops
 *   pulling out of a 1,000-square-mile salient on the central front around
 *   the war-torn town of Mehran" (Los Angeles Times, 18 August 1990); "Iraqi
 *   soldiers Monday were winding up their withdrawal from occupied Iranian
 *   territory ... expected to be completed today" (AP, 21 August 1990).
 *   Rafsanjani's warning of 17 September 1989 that Iran "will make it
 *   retreat by force" is in that source but not recorded (no call falls in
 *   the weeks after it).
 * - Not recorded for want of a dated source read: Iran Air 655 (3 July 1988,
 *   the United States' act), the missile exchanges of 12–20 April, Iraq's
 *   chemical attack on Halabja (16–17 March, on Iraqi Kurds), and the
 *   ceasefire violations UNIIMOG reported after August 1988 (the UN's
 *   background page gives none with a date).
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, retrospectiveClock, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'iran-iraq-1988';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 1988);
/** Recorded retrospectively on 6 December 2026, one minute apart, in log order. */
const when = retrospectiveClock('2026-12-06T20:00:00Z');

const IRAN: Actor = { id: 'iran', name: 'Iran', kind: 'state', aliases: ['Tehran', 'Islamic Republic of Iran'] };
const IRAQ: Actor = { id: 'iraq', name: 'Iraq', kind: 'state', aliases: ['Baghdad', 'Republic of Iraq'] };
const UNSG: Actor = {
  id: 'un-secretary-general',
  name: 'UN Secretary-General',
  kind: 'international-organisation',
  aliases: ['Javier Pérez de Cuéllar', 'Perez de Cuellar'],
};
const TURKEY: Actor = { id: 'turkey', name: 'Turkey', kind: 'state', aliases: ['Ankara'] };
const ICRC: Actor = {
  id: 'icrc',
  name: 'International Committee of the Red Cross',
  kind: 'international-organisation',
  aliases: ['Red Cross', 'ICRC'],
};
const UNIIMOG: Actor = {
  id: 'uniimog',
  name: 'UN Iran–Iraq Military Observer Group',
  kind: 'international-organisation',
  aliases: ['UNIIMOG'],
};
const UNSC: Actor = {
  id: 'un-security-council',
  name: 'UN Security Council',
  kind: 'international-organisation',
  aliases: ['Security Council'],
};
const USA: Actor = { id: 'united-states', name: 'United States', kind: 'state', aliases: ['Washington', 'US Navy'] };
const MEK: Actor = {
  id: 'mek',
  name: 'People’s Mojahedin of Iran (National Liberation Army)',
  kind: 'armed-group',
  aliases: ['MEK', 'MKO', 'Mujahedin-e Khalq', 'National Liberation Army of Iran'],
};

const IRAQ_MILITARY: Person = { name: 'Iraqi military spokesman (high command)', actorId: 'iraq' };
const IRAN_MILITARY: Person = { name: 'Iranian military spokesman', actorId: 'iran' };
const JALALI: Person = {
  name: 'Brig. Gen. Mohammed Hussein Jalali',
  title: 'Defence Minister of Iran',
  actorId: 'iran',
};
const KHAMENEI: Person = { name: 'Ali Khamenei', title: 'President of Iran', actorId: 'iran' };
const KHOMEINI: Person = { name: 'Ruhollah Khomeini', title: 'Supreme Leader of Iran', actorId: 'iran' };
const VELAYATI: Person = { name: 'Ali Akbar Velayati', title: 'Foreign Minister of Iran', actorId: 'iran' };
const AZIZ: Person = { name: 'Tariq Aziz', title: 'Foreign Minister of Iraq', actorId: 'iraq' };
const KITTANI: Person = { name: 'Ismat Kittani', title: 'Ambassador of Iraq to the UN', actorId: 'iraq' };
const JASIM: Person = { name: 'Latif Nusayyif Jasim', title: 'Minister of Information of Iraq', actorId: 'iraq' };
const HAMDOON: Person = { name: 'Nizar Hamdoon', title: 'Deputy Foreign Minister of Iraq', actorId: 'iraq' };
const SADDAM: Person = { name: 'Saddam Hussein', title: 'President of Iraq', actorId: 'iraq' };
const RAFSANJANI: Person = { name: 'Akbar Hashemi Rafsanjani', title: 'President of Iran', actorId: 'iran' };
const JOVIC: Person = {
  name: 'Maj. Gen. Slavko Jović',
  title: 'Chief Military Observer, UNIIMOG',
  actorId: 'uniimog',
};
const IRAQ_GOVT: Person = { name: 'Government of Iraq (military communiqué)', actorId: 'iraq' };

const S = {
  factsOnFile0311: source(
    'Iran, Iraq Exchange Missile Strikes (Facts on File, 11 March 1988)',
    'Facts on File World News Digest (docsbay copy)',
    'https://docsbay.net/iran-iraq-exchange-missile-strikes',
    '1988-03-11',
    'C',
    2,
  ),
  lat0301: source(
    'Iraq Fires 5 Missiles at Tehran After Iranians Strike Baghdad',
    'Los Angeles Times',
    'https://www.latimes.com/archives/la-xpm-1988-03-01-mn-335-story.html',
    '1988-03-01',
    'B',
    2,
  ),
  lat0304: source(
    'The World - News from March 4, 1988',
    'Los Angeles Times',
    'https://www.latimes.com/archives/la-xpm-1988-03-04-mn-297-story.html',
    '1988-03-04',
    'B',
    2,
  ),
  os0312: source(
    'Iraq Launches Attack But Partial Truce Seems To Bloom',
    'Orlando Sentinel (United Press International)',
    'http://articles.orlandosentinel.com/1988-03-12/news/0020340207_1_iranian-military-tehran-iraq',
    '1988-03-12',
    'B',
    2,
  ),
  lat0314: source(
    "'War of Cities' Truce Ends as Iraqi Missile Hits Tehran",
    'Los Angeles Times (Associated Press)',
    'https://www.latimes.com/archives/la-xpm-1988-03-14-mn-734-story.html',
    '1988-03-14',
    'B',
    2,
  ),
  ap0411: source(
    'Iraqi Missiles Hit Tehran After 3-Day Lull',
    'Associated Press',
    'https://apnews.com/78705ddd850572991af35afac3a253a9',
    '1988-04-11',
    'B',
    2,
  ),
  lat0418: source(
    'Iraqis Report Big Victory on Faw Peninsula',
    'Los Angeles Times (archive copy)',
    'https://vinapk.com/archives/la-xpm-1988-04-18-mn-890-story.html',
    '1988-04-18',
    'C',
    2,
  ),
  lat0419: source(
    'Confrontation in the Persian Gulf : U.S. Joined in Iraqi Attack, Iran Charges',
    'Los Angeles Times (Times Wire Services)',
    'https://www.latimes.com/archives/la-xpm-1988-04-19-mn-1408-story.html',
    '1988-04-19',
    'B',
    2,
  ),
  ap0625: source(
    'Iran Admits Retreat from Majnoon, Claims Iraq Used Chemical Weapons',
    'Associated Press',
    'https://www.apnews.com/00a6c4805ddf3e2722403e90c4966379',
    '1988-06-25',
    'B',
    2,
  ),
  cia0627: source(
    'National Intelligence Daily, 27 June 1988: Iraq Recaptures Majnoon Islands',
    'Central Intelligence Agency (declassified; faqs.org copy)',
    'http://www.faqs.org/cia/docs/18/0001072429/NATIONAL-INTELLIGENCE-DAILY.html',
    '1988-06-27',
    'B',
    2,
  ),
  lat0718: source(
    'Iran Says It Accepts Year-Old U.N. Call for Cease-Fire in War',
    'Los Angeles Times (Associated Press)',
    'https://www.latimes.com/archives/la-xpm-1988-07-18-mn-4524-story.html',
    '1988-07-18',
    'B',
    2,
  ),
  lat0719: source(
    "Iran Accepts U.N.'s Terms on Iraq Truce : Tehran Agrees to Year-Old Measure to Halt Gulf War",
    'Los Angeles Times',
    'https://www.latimes.com/archives/la-xpm-1988-07-19-mn-5862-story.html',
    '1988-07-19',
    'B',
    2,
  ),
  lat0720: source(
    'New Fighting Follows Peace Move by Iran',
    'Los Angeles Times',
    'http://articles.latimes.com/1988-07-20/news/mn-6061_1_southeastern-iran',
    '1988-07-20',
    'B',
    2,
  ),
  wp598: source(
    'United Nations Security Council Resolution 598',
    'Wikipedia',
    'https://en.wikipedia.org/wiki/United_Nations_Security_Council_Resolution_598',
    '1988-07-20',
    'C',
    2,
  ),
  lat0722: source(
    'Iraq Chemically Bombed Two Villages, Iran Says',
    'Los Angeles Times (Associated Press)',
    'https://www.latimes.com/archives/la-xpm-1988-07-22-mn-7746-story.html',
    '1988-07-22',
    'B',
    2,
  ),
  deseret0722: source(
    'Gulf war continues amid talk of peace; Iraq still using chemicals, Iran says',
    'Deseret News (Associated Press)',
    'https://www.deseret.com/1988/7/22/18772761/gulf-war-continues-amid-talk-of-peace-br-iraq-still-using-chemicals-iran-says',
    '1988-07-22',
    'B',
    2,
  ),
  alalam: source(
    'الإيرانيون يستذكرون عمليات مرصاد وهزيمة زمرة خلق الإرهابية (Iranians remember Operation Mersad)',
    'Al-Alam (Iranian state television)',
    'https://alalam.ir/news/6284268/الإيرانيون-يستذکرون-عمليات-مرصاد-وهزيمة-زمرة-خلق-الارهابية',
    '2023-07-27',
    'C',
    3,
  ),
  mekCampaign: source(
    'Iran–Iraq War: The MEK Campaign',
    'Historydraft',
    'https://historydraft.com/story/iran-iraq-war/the-mek-campaign/334/2995',
    '1988-07-26',
    'C',
    2,
  ),
  ap0808: source(
    'URGENT Gulf War Cease-Fire Date Set for Aug. 20',
    'Associated Press',
    'https://www.apnews.com/a6c4bef9284bf815d6a8abf3ceea4f5c',
    '1988-08-08',
    'B',
    2,
  ),
  lat0809: source(
    'U.N. Chief Sets Aug. 20 as Gulf War Cease-Fire Date',
    'Los Angeles Times',
    'https://www.latimes.com/archives/la-xpm-1988-08-09-mn-214-story.html',
    '1988-08-09',
    'B',
    2,
  ),
  chi0809: source(
    'Gulf Cease-fire Set For Aug. 20: Direct Talks Will Follow 5 Days Later',
    'Chicago Tribune',
    'http://articles.chicagotribune.com/1988-08-09/news/8801220100_1_cease-fire-cuellar-iraq-iran',
    '1988-08-09',
    'B',
    2,
  ),
  lat0811: source(
    'Iranians Shell Key Waterway, Iraq Charges',
    'Los Angeles Times (Associated Press)',
    'https://www.latimes.com/archives/la-xpm-1988-08-11-mn-493-story.html',
    '1988-08-11',
    'B',
    3,
  ),
  lat0821: source(
    'U.N. Observers in Place to Enforce Iran-Iraq Cease-Fire',
    'Los Angeles Times (United Press International)',
    'https://www.latimes.com/archives/la-xpm-1988-08-21-mn-1073-story.html',
    '1988-08-21',
    'B',
    2,
  ),
  os0821: source(
    'Cease-fire Holds Firm In Gulf War: No Violations Reported As U.N. Forces Fan Out',
    'Orlando Sentinel (New York Times)',
    'http://articles.orlandosentinel.com/1988-08-21/news/0060240229_1_iran-gulf-war-tehran',
    '1988-08-21',
    'B',
    2,
  ),
  os0822: source(
    'U.N. Force Says Truce Holding After Iran, Iraq Swap Charges',
    'Orlando Sentinel (New York Times)',
    'http://articles.orlandosentinel.com/1988-08-22/news/0060250294_1_cease-fire-violations-baghdad-iran',
    '1988-08-22',
    'B',
    2,
  ),
  lat0824: source(
    'Iran, Iraq Swap Charges but Truce Appears to Be Holding',
    'Los Angeles Times (Reuters; archive copy)',
    'https://ukobiw.net/archives/la-xpm-1988-08-24-mn-818-story.html',
    '1988-08-24',
    'C',
    2,
  ),
  lat0825: source(
    'Iran, Iraq Meet Today for Talks on Ending 8-Year War',
    'Los Angeles Times',
    'https://www.latimes.com/archives/la-xpm-1988-08-25-mn-1418-story.html',
    '1988-08-25',
    'B',
    2,
  ),
  press0905: source(
    "Gulf peace talks still 'at square one'",
    'The Press, Christchurch (NZPA-Reuter; Papers Past)',
    'https://paperspast.natlib.govt.nz/newspapers/CHP19880905.2.73.1',
    '1988-09-05',
    'B',
    2,
  ),
  lat1005: source(
    'Iraqi Envoy Breaks Off U.N. Talks With Iranians and Heads Home',
    'Los Angeles Times',
    'https://www.latimes.com/archives/la-xpm-1988-10-05-mn-2862-story.html',
    '1988-10-05',
    'B',
    2,
  ),
  lat1009: source(
    'Tehran Reports Break in Gulf Talks Deadlock',
    'Los Angeles Times',
    'https://www.latimes.com/archives/la-xpm-1988-10-09-mn-5509-story.html',
    '1988-10-09',
    'B',
    2,
  ),
  lat1112: source(
    '7 Face-to-Face Talks Fail to Bring Gulf Peace Closer',
    'Los Angeles Times (Associated Press)',
    'https://www.latimes.com/archives/la-xpm-1988-11-12-mn-700-story.html',
    '1988-11-12',
    'B',
    2,
  ),
  lat1125: source(
    'Iran, Iraq Exchange Fewer POWs Than Promised',
    'Los Angeles Times (Associated Press)',
    'https://www.latimes.com/archives/la-xpm-1988-11-25-mn-86-story.html',
    '1988-11-25',
    'B',
    2,
  ),
  csm890419: source(
    'Iraq Outlines Demands as Peace Talks Resume in Geneva',
    'Christian Science Monitor',
    'https://www.csmonitor.com/1989/0419/oiraq.html',
    '1989-04-19',
    'B',
    2,
  ),
  lat890918: source(
    'Iran Warns It May Resume War With Iraq',
    'Los Angeles Times',
    'https://latimes.com/archives/la-xpm-1989-09-18-mn-158-story.html',
    '1989-09-18',
    'B',
    2,
  ),
  majalla: source(
    'Saddam begged Khamenei on eve of Kuwait invasion: We offer a deal that meets all your demands',
    'Al Majalla',
    'https://en.majalla.com/node/297016',
    '2023-08-07',
    'C',
    2,
  ),
  khaddam7: source(
    "Khaddam's memoirs (7): the invasion of Kuwait required Saddam Hussein to make unexpected concessions",
    'khaddam.net (from Asharq Al-Awsat)',
    'https://khaddam.net/articles/khaddams-memoirs-7-the-invasion-of-kuwait-required-saddam-hussein-to-make-unexpected-concessions-and-iran-exploited-the-circumstances-to-its-advantage/',
    '2023-08-14',
    'C',
    2,
  ),
  letter0814: source(
    "Martyred President Saddam Hussein's historic letter to Iran (text of the letter of 14 August 1990)",
    'cirb-hezbollah (blog copy)',
    'http://cirb-hezbollah.blogspot.com/2014/07/martyred-president-saddam-husseins.html',
    '2014-07-06',
    'C',
    2,
  ),
  lat900818: source(
    'Iraq Pulling Its Troops Out of Iran Territory : Persian Gulf: Baghdad sends home 1,000 POWs',
    'Los Angeles Times',
    'https://www.latimes.com/archives/la-xpm-1990-08-18-mn-550-story.html',
    '1990-08-18',
    'B',
    2,
  ),
  ap900818: source(
    'Iraq Withdraws Troops From Iran, POWs Come Home',
    'Associated Press',
    'https://www.apnews.com/24a27f4210a31bfdf3d39b010ef5b360',
    '1990-08-18',
    'B',
    2,
  ),
  lat900821: source(
    'Most Iraqi POWs Reported Out of Iran : Gulf accord: The battle-hardened troops are freed for duty on Kuwaiti front',
    'Los Angeles Times (Associated Press)',
    'https://www.latimes.com/archives/la-xpm-1990-08-21-mn-1142-story.html',
    '1990-08-21',
    'B',
    2,
  ),
};

const P = {
  tehran: 'Tehran',
  baghdad: 'Baghdad',
  basra: 'Basra',
  qom: 'Qom',
  faw: 'al-Faw peninsula',
};
const D = {
  res598: 'res-598-ceasefire-withdrawal',
  withdrawal: 'iran-withdrawal-algiers-1975',
  shatt: 'iraq-shatt-navigation',
  centralFront: 'iraq-central-front-pullback-1988-08-23',
};
const R = { talks: 'un-direct-talks-1988', geneva89: 'geneva-1989-04' };
const A = {
  ceasefire: 'res-598-ceasefire-1988-08-08',
  sickWounded: 'icrc-sick-wounded-1988-11',
  peace1990: 'iraq-iran-1990-08',
};
const CF = { cities: 'war-of-the-cities-truce-1988-03', res598: 'res-598-ceasefire-1988-08-20' };
const U = { centralFront: 'iraq-central-front-midday-1988-08-23' };

const events = [
  // ===== February – March 1988: the war of the cities =====
  ev(
    'NegotiationOpened',
    'opened',
    when('1988-02-27'),
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Iran – Iraq, the last offensives, Resolution 598 and the stalled peace, 1988–90',
      subject:
        'The end of the Iran–Iraq war: the missile "war of the cities", Iraq’s offensives of 1988, Iran’s acceptance of Security Council Resolution 598, the ceasefire under UN observers, the direct talks stalled over the Shatt al-Arab, the withdrawal and the prisoners, and Iraq’s acceptance of Iran’s terms in August 1990',
      parties: [IRAN, IRAQ],
      mediators: [UNSG],
    },
    [S.factsOnFile0311],
  ),
  ev('ActorRegistered', 'actor-unsc', when('1988-02-27'), { actor: UNSC, role: 'third-party' }, [S.factsOnFile0311], {
    note: 'Its Resolution 598 (20 July 1987) demands a ceasefire and the withdrawal to the borders; Iran had not accepted it.',
  }),
  ev('ActorRegistered', 'actor-us', when('1988-02-27'), { actor: USA, role: 'third-party' }, [S.factsOnFile0311], {
    note: 'Its navy escorts tankers in the Gulf and clashes with Iran’s (18 April 1988); its cruiser shot down Iran Air 655 on 3 July 1988 (not recorded: no dated source read).',
  }),
  ev(
    'IncidentReported',
    'inc-refineries-0227',
    when('1988-02-27'),
    {
      incidentId: 'iraq-air-raid-refineries-1988-02-27',
      kind: 'airstrike',
      perpetrator: 'iraq',
      against: 'iran',
      place: P.tehran,
      target: 'Oil refineries, one near Tehran',
      description:
        'Iraqi jets bomb Iranian oil refineries, including one near Tehran: the start of the fifth "war of the cities".',
    },
    [S.factsOnFile0311, S.lat0301],
  ),
  ev(
    'IncidentReported',
    'inc-basra-0228',
    when('1988-02-28'),
    {
      incidentId: 'iran-shelling-basra-1988-02-28',
      kind: 'shelling',
      perpetrator: 'iran',
      against: 'iraq',
      place: P.basra,
      description: 'Iran answers with air raids in southern Iraq and heavy artillery fire on Basra.',
    },
    [S.factsOnFile0311, S.lat0301],
  ),
  ev(
    'IncidentReported',
    'inc-baghdad-0229',
    when('1988-02-29'),
    {
      incidentId: 'iran-missiles-baghdad-1988-02-29',
      kind: 'missile-strike',
      perpetrator: 'iran',
      against: 'iraq',
      place: P.baghdad,
      description:
        'Two Iranian Scud-B missiles hit Baghdad before dawn, demolishing houses, shops and offices in two districts; Iraq says "many civilians" were killed, without a figure.',
    },
    [S.lat0301],
  ),
  ev(
    'IncidentReported',
    'inc-tehran-0229',
    when('1988-02-29'),
    {
      incidentId: 'iraq-missiles-tehran-1988-02-29',
      kind: 'missile-strike',
      perpetrator: 'iraq',
      against: 'iran',
      place: P.tehran,
      description:
        'Iraq fires five missiles at Tehran within hours (about 18:00 and 20:00 local), the first time it reaches the Iranian capital with missiles.',
    },
    [S.lat0301],
  ),
  ev(
    'IncidentReported',
    'inc-qom-0303',
    when('1988-03-03'),
    {
      incidentId: 'iraq-missiles-tehran-qom-1988-03-03',
      kind: 'missile-strike',
      perpetrator: 'iraq',
      against: 'iran',
      place: P.qom,
      description:
        'Fourth day of the war of the cities: Iraq fires two missiles into Tehran and one into Qom; Iran counts 30 dead and more than 130 wounded in Tehran since Monday.',
    },
    [S.lat0304],
  ),
  ev(
    'IncidentReported',
    'inc-baghdad-0303',
    when('1988-03-03'),
    {
      incidentId: 'iran-missiles-baghdad-1988-03-03',
      kind: 'missile-strike',
      perpetrator: 'iran',
      against: 'iraq',
      place: P.baghdad,
      description: 'Iran hits Baghdad with missiles three times; Iraq gives no casualty figures.',
    },
    [S.lat0304],
  ),
  ev('ActorRegistered', 'actor-turkey', when('1988-03-11'), { actor: TURKEY, role: 'mediator' }, [S.os0312], {
    note: 'Prime Minister Turgut Özal mediated the war-of-the-cities truce (his Tehran visit was cut short when missiles landed near his hotel).',
  }),
  ev(
    'IncidentReported',
    'inc-tehran-0311',
    when('1988-03-11'),
    {
      incidentId: 'iraq-missiles-tehran-1988-03-11',
      kind: 'missile-strike',
      perpetrator: 'iraq',
      against: 'iran',
      place: P.tehran,
      fatalities: { min: 28, max: 28 },
      description:
        'Iraq fires eight missiles into Tehran (the last at 15:04 during Friday prayers) and three into Qom; Iran says 28 people were killed and scores wounded (the count is of both cities).',
    },
    [graded(S.os0312, 3)],
  ),
  ev(
    'IncidentReported',
    'inc-qom-0311',
    when('1988-03-11'),
    {
      incidentId: 'iraq-missiles-qom-1988-03-11',
      kind: 'missile-strike',
      perpetrator: 'iraq',
      against: 'iran',
      place: P.qom,
      description:
        'Three of the day’s Iraqi missiles hit the holy city of Qom (the day’s toll is recorded with Tehran’s).',
    },
    [S.os0312],
  ),
  ev(
    'CeasefireDeclared',
    'cf-cities',
    when('1988-03-11T12:00:00Z'),
    {
      ceasefireId: CF.cities,
      parties: ['iran', 'iraq'],
      scope:
        'Missile and air attacks on each other’s cities only: each said it would stop if the other did; the war goes on on the other fronts (Musavi)',
      coverage: 'partial',
      duration: 'indefinite',
      mediatedBy: ['turkey'],
    },
    [S.os0312],
    {
      note: 'Iran stopped its "deterrent attacks" from Friday afternoon; Iraq swore it would fire no more if Iran did not retaliate.',
    },
  ),
  ev(
    'StatementMade',
    'stmt-iraq-0311',
    when('1988-03-11'),
    {
      speaker: IRAQ_MILITARY,
      audience: 'iran',
      tone: 'warning',
      summary: 'Iraq will fire no more missiles if Iran does not retaliate; if it does, the responsibility is Iran’s.',
      quote:
        'If Iran retaliates, it will be their own responsibility because they have chosen this road to destruction.',
    },
    [S.os0312],
  ),
  ev(
    'IncidentReported',
    'inc-halabja-0313',
    when('1988-03-13'),
    {
      incidentId: 'iran-shelling-halabja-1988-03-13',
      kind: 'shelling',
      perpetrator: 'iran',
      allegedBy: 'iraq',
      against: 'iraq',
      place: 'Halabja',
      fatalities: { min: 13, max: 13 },
      injured: { min: 70, max: 70 },
      description:
        'Iraq says Iranian shelling killed 13 civilians and wounded 70 in the town of Halabja (and 8 more in other border towns) and that Iran launched a ground attack on the central front; Iran calls it "pure fabrications".',
    },
    [graded(S.lat0314, 3)],
  ),
  ev(
    'IncidentReported',
    'inc-tehran-0313',
    when('1988-03-13'),
    {
      incidentId: 'iraq-missile-tehran-1988-03-13',
      kind: 'missile-strike',
      perpetrator: 'iraq',
      against: 'iran',
      place: P.tehran,
      description:
        'Iraq fires one Al Hussein missile into Tehran "as a warning" for the shelling; it explodes in a residential neighbourhood, killing and wounding "a number of civilians" (IRNA, no figure).',
    },
    [S.lat0314],
  ),
  ev(
    'CeasefireEnded',
    'cf-cities-ended',
    when('1988-03-13'),
    {
      ceasefireId: CF.cities,
      reason: 'collapsed',
      summary:
        'The uneasy two-day truce in the war of the cities ends with the Iraqi missile on Tehran; Iran vows revenge.',
    },
    [S.lat0314],
  ),
  ev(
    'StatementMade',
    'stmt-iran-0313',
    when('1988-03-13'),
    {
      speaker: IRAN_MILITARY,
      audience: 'iraq',
      tone: 'military-threat',
      summary: 'Iran vows to retaliate severely and warns the residents of Baghdad to evacuate the city.',
      quote: 'Iran’s Muslim combatants will severely retaliate.',
    },
    [S.lat0314],
  ),
  ev(
    'StatementMade',
    'stmt-iraq-0313',
    when('1988-03-13'),
    {
      speaker: IRAQ_MILITARY,
      audience: 'iran',
      tone: 'military-threat',
      summary: 'Iraq says its retaliation will go on "with all-out strength" if Iran continues.',
      quote:
        'If the Iranian regime continues its aggression, then our retaliation will continue with all-out strength.',
    },
    [S.lat0314],
  ),
  // ===== April 1988: the missiles again, al-Faw =====
  ev(
    'IncidentReported',
    'inc-tehran-0411',
    when('1988-04-11'),
    {
      incidentId: 'iraq-missiles-tehran-isfahan-1988-04-11',
      kind: 'missile-strike',
      perpetrator: 'iraq',
      against: 'iran',
      place: P.tehran,
      fatalities: { min: 20, max: 20 },
      description:
        'Iraq fires three missiles into Tehran and Isfahan after a three-day lull, in retaliation, it says, for Iranian shelling of Khanaqin and two border cities; Iran says at least 20 civilians were killed.',
    },
    [graded(S.ap0411, 3)],
  ),
  ev(
    'IncidentReported',
    'inc-baghdad-0411',
    when('1988-04-11'),
    {
      incidentId: 'iran-missiles-baghdad-1988-04-11',
      kind: 'missile-strike',
      perpetrator: 'iran',
      against: 'iraq',
      place: P.baghdad,
      description: 'Iran fires two missiles at "key military targets" in Baghdad.',
    },
    [S.ap0411],
  ),
  ev(
    'IncidentReported',
    'inc-basra-0411',
    when('1988-04-11'),
    {
      incidentId: 'iran-shelling-basra-1988-04-11',
      kind: 'shelling',
      perpetrator: 'iran',
      against: 'iraq',
      place: P.basra,
      description: 'Iran shells Basra, the naval base at Umm Qasr and three border towns.',
    },
    [S.ap0411],
  ),
  ev(
    'StatementMade',
    'stmt-jalali-0411',
    when('1988-04-11'),
    {
      speaker: JALALI,
      audience: 'iraq',
      tone: 'military-threat',
      summary:
        'Iran now makes most of its own missiles and can turn Baghdad into an inferno if the attacks on Iranian cities go on.',
      quote: 'turning Baghdad into an inferno ... if the criminal attacks on Iranian cities continue',
    },
    [S.ap0411],
  ),
  ev(
    'IncidentReported',
    'inc-faw-0417',
    when('1988-04-17'),
    {
      incidentId: 'iraq-offensive-faw-1988-04-17',
      kind: 'clash',
      perpetrator: 'iraq',
      against: 'iran',
      place: P.faw,
      scale: 'major',
      description:
        'Iraq’s offensive on the Faw peninsula, launched on the night of the 16th by the Republican Guard and the 7th Corps: Iraq claims a major victory, the capture of 25 square miles and "the bodies of thousands of Iranian troops"; Iran says the attack was driven back and that Iraq used chemical weapons.',
    },
    [S.lat0418, S.lat0419],
    {
      note: 'The sources’ words: "their first major attempt to retake the Iranian-controlled Faw Peninsula" (LA Times, 18 April); "an Iraqi offensive" (19 April).',
    },
  ),
  ev(
    'IncidentReported',
    'inc-faw-0418',
    when('1988-04-18'),
    {
      incidentId: 'iraq-recaptures-faw-1988-04-18',
      kind: 'clash',
      perpetrator: 'iraq',
      against: 'iran',
      place: P.faw,
      scale: 'major',
      description:
        'Iraq reports that its troops, led by the Presidential Guard, have recaptured the Faw peninsula; Iran denies it and claims US helicopters attacked its troops there.',
    },
    [S.lat0419],
  ),
  ev(
    'IncidentReported',
    'inc-us-platforms-0418',
    when('1988-04-18'),
    {
      incidentId: 'us-navy-iranian-platforms-1988-04-18',
      kind: 'shelling',
      perpetrator: 'united-states',
      against: 'iran',
      place: 'Persian Gulf (Iranian oil platforms)',
      description: 'US warships destroy two Iranian oil platforms in the Gulf: the United States’ act, not Iraq’s.',
    },
    [S.lat0419],
  ),
  ev(
    'StatementMade',
    'stmt-iran-sdc-0418',
    when('1988-04-18'),
    {
      speaker: { name: 'Supreme Defence Council of Iran', actorId: 'iran' },
      audience: 'domestic audience',
      tone: 'accusation',
      summary:
        'Iran charges that American forces have entered the war in support of Iraq, and calls on all Iranians to join the military for a "holy defense".',
      quote: 'In direct, open and practical support for the Iraqi regime, American forces have entered the war.',
    },
    [S.lat0419],
  ),
  // ===== May – June 1988: Shalamcheh, Majnoon =====
  ev(
    'IncidentReported',
    'inc-shalamcheh-0525',
    when('1988-05-25'),
    {
      incidentId: 'iraq-retakes-shalamcheh-1988-05-25',
      kind: 'clash',
      perpetrator: 'iraq',
      against: 'iran',
      place: 'Shalamcheh (east of Basra)',
      description: 'Iraqi forces drive the Iranians out of their bridgehead at Shalamcheh, near Basra.',
    },
    [S.ap0625],
  ),
  ev(
    'IncidentReported',
    'inc-majnoon-0625',
    when('1988-06-25'),
    {
      incidentId: 'iraq-offensive-majnoon-1988-06-25',
      kind: 'clash',
      perpetrator: 'iraq',
      against: 'iran',
      place: 'Majnoon islands (Hawizeh marshes)',
      scale: 'major',
      description:
        'Iraq’s offensive, launched before dawn with hundreds of sorties by warplanes and helicopter gunships, retakes the Majnoon islands held by Iran since 1984; Iran withdraws to "new defensive positions" and says Iraq used chemical weapons.',
    },
    [S.ap0625, S.cia0627],
    { note: 'The sources’ words: "the offensive was launched before dawn" (AP); "a two-pronged offensive" (CIA).' },
  ),
  ev(
    'IncidentReported',
    'inc-hawizeh-0625',
    when('1988-06-25'),
    {
      incidentId: 'iraq-armour-east-of-hawizeh-1988-06-25',
      kind: 'clash',
      perpetrator: 'iraq',
      against: 'iran',
      place: 'East of the Hawizeh marshes (Iranian territory)',
      scale: 'major',
      description:
        'Elements of two Iraqi armoured divisions drive into Iranian territory east of the Hawr al-Hawizeh, sealing off the Iranian forces on Majnoon; they begin to withdraw toward the border the next day.',
    },
    [S.cia0627],
  ),
  // ===== July 1988: Resolution 598 accepted, the fighting after it =====
  ev(
    'DemandTabled',
    'dem-598',
    when('1987-07-20'),
    {
      demandId: D.res598,
      by: 'un-security-council',
      addressedTo: ['iran', 'iraq'],
      text: 'Resolution 598: observe an immediate ceasefire, discontinue all military actions on land, at sea and in the air, and withdraw all forces to the internationally recognized boundaries without delay; release and repatriate the prisoners of war',
      category: 'security',
    },
    [S.wp598],
    { note: 'Adopted unanimously on 20 July 1987; Iraq accepted it then, Iran equivocated for a year.' },
  ),
  ev(
    'PositionTaken',
    'pos-iran-598',
    when('1988-07-18'),
    {
      demandId: D.res598,
      actorId: 'iran',
      stance: 'accepted',
      speaker: KHAMENEI,
      quote:
        'because of the importance (Iran) attaches to saving the lives of human beings and the establishment of justice and regional and international peace and security',
    },
    [S.lat0718, S.lat0719],
    {
      note: 'Khamenei’s letter to the Secretary-General, received at midnight on 17 July; Pérez de Cuéllar: "could not be more official".',
    },
  ),
  ev(
    'StatementMade',
    'stmt-iraq-0718',
    when('1988-07-18'),
    {
      speaker: JASIM,
      audience: 'iran',
      tone: 'critical',
      summary:
        'Iraq is skeptical of Iran’s acceptance: the letter explains Iran’s new stand only "in terms of tactical reasons".',
    },
    [S.lat0719, S.lat0718],
  ),
  ev(
    'IncidentReported',
    'inc-bushehr-0719',
    when('1988-07-19'),
    {
      incidentId: 'iraq-air-raid-bushehr-1988-07-19',
      kind: 'airstrike',
      perpetrator: 'iraq',
      against: 'iran',
      place: 'Bushehr',
      description:
        'Iraqi planes hit the nuclear power plant under construction at Bushehr and other targets; IRNA says several workers were killed and three Iraqi planes shot down; Iraq says it shot down an Iranian F-14 over the Gulf.',
    },
    [S.lat0720],
  ),
  ev(
    'IncidentReported',
    'inc-ahvaz-0719',
    when('1988-07-19'),
    {
      incidentId: 'iraq-air-raid-ahvaz-1988-07-19',
      kind: 'airstrike',
      perpetrator: 'iraq',
      against: 'iran',
      place: 'Ahvaz',
      description:
        'Iraqi planes raid Ahvaz in south-western Iran; IRNA says one was shot down over the Gulf after the raid.',
    },
    [S.lat0720],
  ),
  ev(
    'IncidentReported',
    'inc-kirkuk-0719',
    when('1988-07-19'),
    {
      incidentId: 'iran-air-raid-kirkuk-1988-07-19',
      kind: 'airstrike',
      perpetrator: 'iran',
      against: 'iraq',
      place: 'Kirkuk',
      description:
        'An Iranian F-4 Phantom bombs the oil city of Kirkuk and is destroyed by anti-aircraft fire, Iraq says.',
    },
    [S.lat0720],
  ),
  ev(
    'StatementMade',
    'stmt-khomeini-0720',
    when('1988-07-20'),
    {
      speaker: KHOMEINI,
      audience: 'domestic audience',
      tone: 'neutral',
      summary: 'Khomeini accepts the ceasefire as a decision "more deadly than drinking from a poisoned chalice".',
      quote:
        'Taking this decision is more deadly than drinking from a poisoned chalice. I submitted myself to Allah’s will.',
    },
    [S.wp598],
  ),
  ev(
    'IncidentReported',
    'inc-central-0722',
    when('1988-07-22'),
    {
      incidentId: 'iraq-push-central-front-1988-07-22',
      kind: 'clash',
      perpetrator: 'iraq',
      against: 'iran',
      place: 'Qasr-e Shirin (central front)',
      scale: 'major',
      description:
        'Iraqi forces occupy the Iranian border towns of Khosravi, Qasr-e Shirin and Sar-e Pol-e Zahab (IRNA: "The battle is still raging"); Iraq says it "retook whatever was left of our land" (the Saif Saad region) and took thousands of prisoners; it denies Iran’s claim that 5,000 Iraqi soldiers died in the border fighting.',
    },
    [S.lat0722, S.deseret0722, S.alalam],
    {
      note: 'Al-Alam’s words: three infantry divisions, an armoured division and guard brigades "invaded Iranian territory" on five axes.',
    },
  ),
  ev(
    'IncidentReported',
    'inc-chemical-0722',
    when('1988-07-22'),
    {
      incidentId: 'iraq-chemical-bombs-villages-1988-07-22',
      kind: 'airstrike',
      perpetrator: 'iraq',
      allegedBy: 'iran',
      against: 'iran',
      place: 'Two villages in western Iran',
      description:
        'Iran says Iraq dropped chemical bombs on two villages in western Iran; Iraq makes no mention of it.',
    },
    [graded(S.lat0722, 3)],
  ),
  ev(
    'StatementMade',
    'stmt-khamenei-0722',
    when('1988-07-22'),
    {
      speaker: KHAMENEI,
      audience: 'iraq',
      tone: 'accusation',
      summary:
        'At Friday prayers, Khamenei says the armed forces support the acceptance of the ceasefire despite their eagerness to "rub the enemy’s nose in the dirt", and that Iraq has yet to respond "honestly" to the resolution; Khomeini urges the Revolutionary Guards to continue fighting in answer to this week’s battles.',
    },
    [S.deseret0722, S.lat0722],
  ),
  ev('ActorRegistered', 'actor-mek', when('1988-07-26'), { actor: MEK, role: 'third-party' }, [S.mekCampaign], {
    note: 'Based in Iraq and armed by it; its offensive of 26 July is its own act against Iran.',
  }),
  ev(
    'IncidentReported',
    'inc-mek-0726',
    when('1988-07-26'),
    {
      incidentId: 'mek-forough-javidan-1988-07-26',
      kind: 'clash',
      perpetrator: 'mek',
      against: 'iran',
      place: 'Kermanshah road (Islamabad-e Gharb)',
      description:
        'The MEK’s Operation Forough-e Javidan (Eternal Light), with Iraqi support, advances from the border toward Kermanshah, seizing Qasr-e Shirin, Sarpol-e Zahab, Kerend-e Gharb and Islamabad-e Gharb, up to 145 km into Iran; Iran’s counter-offensive (Mersad) routs it within days.',
    },
    [S.mekCampaign],
  ),
  // ===== August 1988: the ceasefire =====
  ev(
    'AgreementReached',
    'agr-ceasefire',
    when('1988-08-08T20:04:00Z'),
    {
      agreementId: A.ceasefire,
      kind: 'ceasefire',
      provisions: [
        'A ceasefire on land, at sea and in the air from 03:00 GMT on 20 August 1988',
        'Direct talks between the two foreign ministers under the Secretary-General’s auspices from 25 August in Geneva',
        'UN military observers (UNIIMOG) to verify, confirm and supervise the ceasefire',
      ],
      signatories: ['iran', 'iraq'],
      textPublic: true,
      status: 'text-agreed',
    },
    [S.ap0808, S.lat0809],
    {
      note: 'The Secretary-General’s announcement to the Council after both accepted Saddam’s proposal of a ceasefire followed by direct talks; the dates of withdrawal and prisoner exchange were left for later.',
    },
  ),
  ev(
    'TalksRoundScheduled',
    'round-scheduled',
    when('1988-08-08T20:05:00Z'),
    {
      roundId: R.talks,
      label: 'Direct talks under the Secretary-General, Geneva',
      format: 'formal',
      venue: 'Geneva',
      hosts: ['un-secretary-general'],
      plannedFor: '1988-08-25',
    },
    [S.ap0808],
  ),
  ev(
    'StatementMade',
    'stmt-velayati-0808',
    when('1988-08-08T21:00:00Z'),
    {
      speaker: VELAYATI,
      audience: 'un-security-council',
      tone: 'warning',
      summary:
        'Iran will refrain from all military action on land, at sea and in the air from today, but will respond if attacked.',
      quote: 'if we are attacked, there will be no hesitation to respond',
    },
    [S.lat0809, S.chi0809],
  ),
  ev(
    'StatementMade',
    'stmt-kittani-0808',
    when('1988-08-08T21:01:00Z'),
    {
      speaker: KITTANI,
      audience: 'iran',
      tone: 'conciliatory',
      summary: 'Asked when peace begins for Iraq, Iraq’s ambassador answers "Starting today".',
      quote: 'This is a happy day, and I am a happy man.',
    },
    [S.lat0809, S.chi0809],
  ),
  ev(
    'IncidentReported',
    'inc-basra-0811',
    when('1988-08-11'),
    {
      incidentId: 'iran-shelling-basra-1988-08-11',
      kind: 'shelling',
      perpetrator: 'iran',
      allegedBy: 'iraq',
      against: 'iraq',
      place: P.basra,
      description:
        'Iraq tells the UN that Iranian forces bombarded Iraqi military positions around Basra on 10 and 11 August with 214 howitzer shells, 205 mortar rounds and 32 small missiles; it gives no casualties.',
    },
    [S.lat0811],
  ),
  ev(
    'IncidentReported',
    'inc-faw-0811',
    when('1988-08-11'),
    {
      incidentId: 'iran-shelling-faw-1988-08-11',
      kind: 'shelling',
      perpetrator: 'iran',
      allegedBy: 'iraq',
      against: 'iraq',
      place: P.faw,
      description:
        'In the same statement, Iraq says Iranian forces fired 26 howitzer shells, 32 mortar rounds and 16 small missiles at its positions on the Faw peninsula; no casualties given.',
    },
    [S.lat0811],
  ),
  ev('ActorRegistered', 'actor-uniimog', when('1988-08-19'), { actor: UNIIMOG, role: 'observer' }, [S.lat0821], {
    note: 'Set up by Resolution 619 (9 August); its first observers patrol the border from 19 August, under Maj. Gen. Slavko Jović.',
  }),
  ev(
    'CeasefireDeclared',
    'cf-598',
    when('1988-08-20T03:00:00Z'),
    {
      ceasefireId: CF.res598,
      parties: ['iran', 'iraq'],
      scope:
        'All military activity on land, at sea and in the air, under Resolution 598, supervised by UNIIMOG along the 740-mile border',
      duration: 'indefinite',
      mediatedBy: ['un-secretary-general'],
    },
    [S.os0821, S.lat0821],
    {
      occurrence: 'res-598-ceasefire-in-force-1988-08-20',
      note: 'In force at 07:00 local time; by nightfall no violations were reported.',
    },
  ),
  ev(
    'AgreementStatusChanged',
    'agr-ceasefire-in-force',
    when('1988-08-20T03:00:00Z'),
    {
      agreementId: A.ceasefire,
      status: 'in-force',
      reason: 'The ceasefire takes effect at 03:00 GMT, UN observers in place.',
    },
    [S.os0821],
    { occurrence: 'res-598-ceasefire-in-force-1988-08-20' },
  ),
  ev(
    'IncidentReported',
    'inc-iraq-holds-iranian-territory',
    when('1988-08-20T03:00:00Z'),
    {
      incidentId: 'iraq-holds-iranian-territory-1988-08-20',
      kind: 'occupation',
      perpetrator: 'iraq',
      against: 'iran',
      place: 'Iranian territory along the frontier',
      description:
        'As the ceasefire takes effect, Iraqi troops stay on the Iranian territory they seized in the last days of the war, a strip all along the frontier (460 square miles by Iraq’s account of 1988, 380 by its account of April 1989, 386 by the UN observers’); the withdrawal to the borders Resolution 598 demands is left for the talks. No fire: ground held, not fought over.',
    },
    [S.csm890419, S.lat1112, S.lat890918],
  ),
  ev(
    'CeasefireViolationReported',
    'viol-sniper-0820',
    when('1988-08-20T06:00:00Z'),
    {
      ceasefireId: CF.res598,
      allegedBy: 'iraq',
      against: 'iran',
      casualties: { min: 1, max: 1 },
      description:
        'Iraq says an Iranian sniper killed an Iraqi private on the central front three hours after the ceasefire took effect.',
    },
    [graded(S.os0822, 3)],
  ),
  ev(
    'CeasefireViolationReported',
    'viol-shots-0821',
    when('1988-08-21', 'approximate'),
    {
      ceasefireId: CF.res598,
      allegedBy: 'iran',
      against: 'iraq',
      description:
        'Iran accuses Iraqi soldiers of firing a volley of "small-caliber bullets" near the UN observers on the central front; no one hurt.',
    },
    [graded(S.os0822, 3)],
  ),
  ev(
    'StatementMade',
    'stmt-jovic-0821',
    when('1988-08-21'),
    {
      speaker: JOVIC,
      audience: 'iran, iraq',
      tone: 'neutral',
      summary: 'The UN commander says the ceasefire is operational and he has no information about violations.',
      quote: 'The cease-fire is operational.',
    },
    [S.os0822],
  ),
  ev(
    'DemandTabled',
    'dem-central-front',
    when('1988-08-23T05:00:00Z', 'approximate'),
    {
      demandId: D.centralFront,
      by: 'iraq',
      addressedTo: ['iran'],
      text: 'Iranian troops who advanced toward Iraqi positions on the central front withdraw to their original positions',
      category: 'security',
    },
    [S.lat0824],
  ),
  ev(
    'UltimatumIssued',
    'ult-central-front',
    when('1988-08-23T05:01:00Z', 'approximate'),
    {
      ultimatumId: U.centralFront,
      by: 'iraq',
      to: ['iran'],
      demandIds: [D.centralFront],
      deadline: '1988-08-23T09:00:00Z',
      consequences: 'Iraq threatens to attack the Iranian troops if they do not withdraw by midday.',
      channel: 'Public statement, after the UN observers failed to persuade the Iranians to withdraw',
    },
    [S.lat0824],
  ),
  ev(
    'IncidentReported',
    'posture-iran-0823',
    when('1988-08-23', 'approximate'),
    {
      incidentId: 'iran-advance-central-front-1988-08-23',
      kind: 'force-posture',
      perpetrator: 'iran',
      allegedBy: 'iraq',
      against: 'iraq',
      place: 'Central front',
      description:
        'Iraq charges, as a ceasefire violation, that Iranian forces advanced toward Iraqi positions on the central front and would not go back when the UN observers asked them to; no firing is reported.',
    },
    [graded(S.lat0824, 3)],
  ),
  ev(
    'IncidentReported',
    'posture-iraq-0823',
    when('1988-08-23', 'approximate'),
    {
      incidentId: 'iraq-armour-advance-doveyrich-1988-08-23',
      kind: 'force-posture',
      perpetrator: 'iraq',
      allegedBy: 'iran',
      against: 'iran',
      place: 'Central front',
      description:
        'Iran tells the Secretary-General, as a ceasefire violation, that Iraq massed troops to attack: an Iraqi armoured brigade advanced up to 2.5 miles toward Iranian positions west of the Doveyrich river, where the Iranians stopped it; "neither side fired a shot".',
    },
    [graded(S.lat0824, 3)],
  ),
  ev(
    'UltimatumResolved',
    'ult-central-front-resolved',
    when('1988-08-23T15:00:00Z', 'approximate'),
    {
      ultimatumId: U.centralFront,
      resolution: 'enforced',
      summary:
        'Iraq says its troops took "required measures", which it did not specify, to end the violation; no firing is reported.',
    },
    [graded(S.lat0824, 3)],
  ),
  ev(
    'StatementMade',
    'stmt-velayati-0824',
    when('1988-08-24'),
    {
      speaker: VELAYATI,
      audience: 'iraq',
      tone: 'accusation',
      summary: 'Iran charges Iraq with violating the ceasefire by reinforcing and moving up its army.',
    },
    [S.lat0825],
  ),
  ev(
    'StatementMade',
    'stmt-aziz-0824',
    when('1988-08-24'),
    {
      speaker: AZIZ,
      audience: 'iran',
      tone: 'accusation',
      summary: 'Arriving in Geneva, Aziz blames the war on Iran.',
      quote: 'The conflict was imposed on Iraq by Iran’s expansionist and aggressive policies.',
    },
    [S.lat0825],
  ),
  ev(
    'TalksRoundOpened',
    'round-opened',
    when('1988-08-25'),
    {
      roundId: R.talks,
      venue: 'Geneva',
      hosts: ['un-secretary-general'],
      delegations: [
        { actorId: 'iran', head: VELAYATI },
        { actorId: 'iraq', head: AZIZ },
      ],
    },
    [S.lat0825, S.lat1009],
  ),
  // ===== September 1988 – 1989: the talks stall, the ceasefire holds =====
  ev(
    'DemandTabled',
    'dem-shatt',
    when('1988-09-04'),
    {
      demandId: D.shatt,
      by: 'iraq',
      addressedTo: ['iran'],
      text: 'A clearing of the Shatt al-Arab and freedom of navigation for Iraqi ships in the Gulf (no Iranian searches of ships)',
      category: 'territorial',
    },
    [S.press0905],
  ),
  ev(
    'DemandTabled',
    'dem-withdrawal',
    when('1988-09-04'),
    {
      demandId: D.withdrawal,
      by: 'iran',
      addressedTo: ['iraq'],
      text: 'Iraqi troops withdraw from occupied Iranian territory to the internationally recognized border, and the 1975 Algiers Agreement is recognized as valid',
      category: 'territorial',
    },
    [S.press0905],
  ),
  ev(
    'PositionTaken',
    'pos-iran-shatt',
    when('1988-09-04'),
    {
      demandId: D.shatt,
      actorId: 'iran',
      stance: 'conditional',
      conditions:
        'No clearing of the Shatt al-Arab unless Baghdad withdraws its troops from occupied Iranian territory',
    },
    [S.press0905],
  ),
  ev(
    'StatementMade',
    'stmt-aziz-0904',
    when('1988-09-04'),
    {
      speaker: AZIZ,
      audience: 'iran',
      tone: 'accusation',
      summary:
        'After meeting the UN mediator Jan Eliasson, Aziz says the talks are deadlocked and blames Iran: it has shown no sign it realises its commitments on the Shatt al-Arab and freedom of navigation.',
      quote: 'We have to say we are still at square one, we have not gone beyond that square.',
    },
    [S.press0905],
  ),
  ev(
    'StatementMade',
    'stmt-velayati-0904',
    when('1988-09-04'),
    {
      speaker: VELAYATI,
      audience: 'un-secretary-general',
      tone: 'conciliatory',
      summary: 'Velayati will not be drawn on who is to blame for the deadlock.',
      quote:
        'We had very constructive talks with Mr Eliasson, and I only hope we can continue our talks during the next few days.',
    },
    [S.press0905],
  ),
  ev(
    'StatementMade',
    'stmt-velayati-1008',
    when('1988-10-08'),
    {
      speaker: VELAYATI,
      audience: 'iraq',
      tone: 'conciliatory',
      summary:
        'Back from New York, Velayati says both sides agreed in principle to the Secretary-General’s proposals (withdrawal to the borders within 15 days, an immediate exchange of prisoners, an end to Iran’s searches of ships).',
      quote: 'The U.N. chief put forward proposals and both sides agreed in principle.',
    },
    [S.lat1009],
  ),
  ev(
    'StatementMade',
    'stmt-hamdoun-1008',
    when('1988-10-08'),
    {
      speaker: HAMDOON,
      audience: 'iran',
      tone: 'critical',
      summary:
        'Iraq is "surprised" at Velayati’s statement: the New York talks ended with Iran’s position unchanged; Iraq is still studying the plan.',
    },
    [S.lat1009],
  ),
  ev(
    'AgreementReached',
    'agr-sick-wounded',
    when('1988-11-11', 'approximate'),
    {
      agreementId: A.sickWounded,
      kind: 'partial',
      provisions: ['Repatriation of 1,569 sick and wounded prisoners of war, under the ICRC, from 20 November 1988'],
      signatories: ['iran', 'iraq'],
      textPublic: false,
      status: 'signed',
    },
    [S.lat1112, S.lat1125],
    {
      note: 'Signed with the ICRC earlier in November; Eliasson credited both sides with accepting the Red Cross proposal on 11 November.',
    },
  ),
  ev(
    'TalksRoundConcluded',
    'round-concluded',
    when('1988-11-11'),
    {
      roundId: R.talks,
      outcome: 'no-progress',
      summary:
        'Recessed after seven direct sessions (Geneva from 25 August, New York from 1 October) with no tangible progress; stuck on the withdrawal to the borders. Both reaffirm their commitment to the ceasefire and to Resolution 598.',
      nextSteps: 'Resume "in the near future", possibly in December or January (Eliasson).',
    },
    [S.lat1112, S.lat1005],
  ),
  ev(
    'StatementMade',
    'stmt-khamenei-1111',
    when('1988-11-11'),
    {
      speaker: KHAMENEI,
      audience: 'iraq',
      tone: 'accusation',
      summary: 'Khamenei blames the lack of an agreement on Iraq’s continued presence on Iranian soil.',
      quote:
        'We regard the presence of Iraqi troops in our territory a sign of war, and if the Iraqi leadership is serious in its quest for peace, it must remove this sign',
    },
    [S.lat1112],
  ),
  ev('ActorRegistered', 'actor-icrc', when('1988-11-24'), { actor: ICRC, role: 'mediator' }, [S.lat1125], {
    note: 'It flies the prisoners between the two capitals and registers the prisoners of war (50,182 Iraqis, 19,284 Iranians).',
  }),
  ev(
    'StatementMade',
    'stmt-iraq-pows-1124',
    when('1988-11-24'),
    {
      speaker: IRAQ_GOVT,
      audience: 'iran',
      tone: 'accusation',
      summary:
        'As the exchange of sick and wounded begins (19 Iranians and 41 Iraqis flown home instead of 41 and 115), Iraq accuses Iran of reneging on the agreement and cuts the number of Iranians it sends home.',
    },
    [S.lat1125],
  ),
  ev(
    'TalksRoundScheduled',
    'round-geneva-89',
    when('1989-04-19'),
    {
      roundId: R.geneva89,
      label: 'Direct talks resumed, Geneva (April 1989)',
      format: 'formal',
      venue: 'Geneva',
      hosts: ['un-secretary-general'],
      plannedFor: '1989-04-20',
    },
    [S.csm890419],
  ),
  ev(
    'PositionTaken',
    'pos-iraq-withdrawal-89',
    when('1989-04-19'),
    {
      demandId: D.withdrawal,
      actorId: 'iraq',
      stance: 'conditional',
      speaker: HAMDOON,
      conditions:
        'Iraq will withdraw from the 380 square miles of Iranian territory it holds only when Iran signs a ceasefire document that includes free navigation (no Iranian searches of Iraqi ships)',
    },
    [S.csm890419],
  ),
  ev(
    'StatementMade',
    'stmt-hamdoon-890419',
    when('1989-04-19'),
    {
      speaker: HAMDOON,
      audience: 'iran',
      tone: 'critical',
      summary: 'Iraq doubts that Tehran has decided to make full peace, or that Velayati can negotiate for it.',
      quote: 'Khomeini is not in the mood to make peace with Iraq.',
    },
    [S.csm890419],
  ),
  // ===== 1990: the letters, the withdrawal, the prisoners =====
  ev(
    'StatementMade',
    'stmt-saddam-900421',
    when('1990-04-21'),
    {
      speaker: SADDAM,
      audience: 'iran',
      tone: 'conciliatory',
      summary:
        'Saddam writes directly to Khamenei and Rafsanjani, proposing a meeting of both sides’ leaders in the month of Ramadan toward "a complete and comprehensive peace"; the exchange of letters goes on through the ambassadors in Geneva.',
    },
    [S.majalla],
  ),
  ev(
    'PositionTaken',
    'pos-iraq-withdrawal-90',
    when('1990-08-15'),
    {
      demandId: D.withdrawal,
      actorId: 'iraq',
      stance: 'accepted',
      speaker: SADDAM,
      quote:
        'we accept your suggestion ... to consider the 1975 agreement as interrelated with the principles stated in our letter of July 7, 1990, specifically in what concerns the exchange of prisoners',
    },
    [S.lat900818, S.letter0814],
    {
      note: 'Saddam’s letter to Rafsanjani dated 14 August, made public on Wednesday the 15th: "peace on Iran’s terms" (LA Times).',
    },
  ),
  ev(
    'StatementMade',
    'stmt-saddam-900815',
    when('1990-08-15'),
    {
      speaker: SADDAM,
      audience: 'iran',
      tone: 'conciliatory',
      summary:
        'Saddam offers to withdraw the Iraqi forces facing Iran from Friday 17 August, leaving only border guards and police, and an immediate and comprehensive exchange of all prisoners of war through Khanaqin and Qasr-e Shirin.',
    },
    [S.khaddam7, S.lat900818],
  ),
  ev(
    'AgreementReached',
    'agr-1990',
    when('1990-08-17'),
    {
      agreementId: A.peace1990,
      kind: 'partial',
      provisions: [
        'Iraqi forces withdraw from occupied Iranian territory from 17 August 1990',
        'An immediate and comprehensive exchange of all prisoners of war, over the land border (Khanaqin – Qasr-e Shirin)',
        'The 1975 Algiers Agreement taken as the basis of the settlement',
      ],
      signatories: ['iran', 'iraq'],
      textPublic: false,
    },
    [S.lat900818, S.khaddam7],
    {
      note: 'Iran answered Saddam on the 17th; the withdrawal began at 05:00 that day around Mehran and the first 1,000 Iranian prisoners crossed at Qasr-e Shirin.',
    },
  ),
  ev(
    'IncidentReported',
    'inc-iraq-withdraws-1990',
    when('1990-08-17'),
    {
      incidentId: 'iraq-withdraws-from-iranian-territory-1990-08-17',
      kind: 'withdrawal',
      perpetrator: 'iraq',
      against: 'iran',
      place: 'Iranian territory along the frontier',
      description:
        'Iraqi troops begin withdrawing from Iranian territory at 5 a.m., first from the salient on the central front around Mehran; IRNA has the withdrawal winding up on 20 August, to be completed on the 21st.',
    },
    [S.lat900818, S.lat900821],
  ),
  ev(
    'StatementMade',
    'stmt-rafsanjani-900817',
    when('1990-08-17'),
    {
      speaker: RAFSANJANI,
      audience: 'iraq',
      tone: 'neutral',
      summary:
        'Rafsanjani answers Saddam: Iran presses for the implementation of the peace provisions, while rejecting and criticising Iraq’s invasion of Kuwait.',
    },
    [S.khaddam7],
  ),
  ev(
    'StatementMade',
    'stmt-iran-pows-900818',
    when('1990-08-18'),
    {
      speaker: { name: 'Government of Iran', actorId: 'iran' },
      audience: 'iraq',
      tone: 'conciliatory',
      summary:
        'Iran sends home 1,000 Iraqi prisoners of war as a sign of confidence that the repatriation Iraq began on Friday will continue; Iraqi troops, flying white flags, have left more than half the occupied areas in the Shalamcheh and Kushk regions (IRNA).',
    },
    [S.ap900818],
  ),
  ev(
    'StatementMade',
    'stmt-irna-900820',
    when('1990-08-20'),
    {
      speaker: { name: 'Islamic Republic News Agency (IRNA)', actorId: 'iran' },
      audience: 'domestic audience',
      tone: 'neutral',
      summary:
        'The Iraqi withdrawal from occupied Iranian territory is winding up, expected to be complete on the 21st; Tehran says 2,000 of its prisoners have come home.',
    },
    [S.lat900821],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'iran-iraq-1988.jsonl',
  logEnd: '2026-12-06T23:00:00Z',
  events,
};

export default definition;
