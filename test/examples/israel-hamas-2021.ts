/**
 * A test fixture, not a shipped example: Israel – Hamas in 2021 as an analyst
 * following the news could have recorded it, from the rockets and strikes of
 * 23–24 April over the Jerusalem clashes, Hamas's ultimatum of 10 May (Israel
 * to withdraw its forces from al-Aqsa and Sheikh Jarrah by 18:00) and the
 * eleven-day war that followed it (Israel's "Operation Guardian of the Walls",
 * Hamas's "Sword of Jerusalem"), the Egyptian-brokered ceasefire in force at
 * 02:00 on 21 May, the balloons and Israel's retaliatory strikes of June,
 * August and September, Egypt's talks on a prisoner exchange and on Gaza's
 * reconstruction, Israel's easing of the crossings and work permits, to the
 * exchange of fire of 29 December. Escalation model v2 was never tuned on it:
 * it is held to the calls in israel-hamas-2021.spec.ts, written from DOMAIN.md
 * §5b alone. (israel-hamas-2014 and israel-hamas-2025 are other wars; nothing
 * of theirs is recorded here.)
 *
 * What it tests: an ultimatum with an hour's deadline, enforced at once by
 * rockets; eleven days of heavy armed action in many places with tens killed;
 * a mediated ceasefire; small acts after it (balloons, strikes on empty
 * sites, no one killed) under a ceasefire that both sides keep; the crossings
 * closed and reopened; the fall of the level in the months after.
 *
 * Grading as in examples/README.md: B = established outlet or wire copy, C =
 * smaller outlet, aggregator or mirror; 1 = an on-record statement or act
 * confirmed by the actor itself; 2 = several outlets agree or one established
 * outlet reports it; 3 = one side's unverified claim, or unnamed sources.
 * Tolls are the Gaza health ministry's or Israel's, as the sources give them,
 * as ranges where they differ. Over the war, sources give about 250 killed in
 * Gaza (242 by the UN, 256 by the ministry) and 12–13 in Israel; those totals
 * are in the ceasefire's note, not an incident of their own, so that no toll is
 * counted twice.
 *
 * Judgement calls, recorded as an analyst would:
 * - The rockets of 23–24 April were not claimed by Hamas (a small group close
 *   to the PFLP claimed some); Israel's strikes of the 24th were on Hamas's
 *   underground sites and launchers: recorded as Israel's strikes on Hamas,
 *   the rockets only in their description.
 * - The rockets of the war are recorded as Hamas's where Hamas's armed wing
 *   claimed them (Jerusalem, 10 May; Tel Aviv, 11 May; the air bases, 19 May)
 *   or the sources give them to Hamas; the Palestinian Islamic Jihad is a
 *   third party and none of its acts is recorded as Hamas's.
 * - The ceasefire of 21 May is an agreement as well as a ceasefire
 *   (`AgreementReached`, kind `ceasefire`): Israel's security cabinet accepted
 *   Egypt's proposal for a "mutual and unconditional" ceasefire and Hamas
 *   confirmed it, each on record. Kept by both to the end of 2021 (no party
 *   suspended it; the strikes of June–December were answers both sides
 *   treated as within it), it is an agreement being implemented: with a month
 *   free of hostile acts and threats, the case reads cooperative (July,
 *   October–November), unlike 2014's open-ended ceasefire with no agreement.
 * - Places are recorded one way each: "Gaza City" (the towers, Wehda Street,
 *   the strikes of 17 and 20 May), "Beit Hanoun", "Beit Lahia", "Khan Younis",
 *   "Jerusalem", "Ashkelon", "Tel Aviv" (with its suburbs Holon and Rishon
 *   LeZion), "Gaza Strip" where the source names no town.
 * - Israel closed Erez and Kerem Shalom completely on 11 May (Gisha); on 24 May
 *   Kerem Shalom opened for aid and Erez for humanitarian cases: recorded as the
 *   `border-reopening` of the crossings. What Israel still kept out (goods for
 *   export, construction materials) is the terms of passage it eased over the
 *   summer and autumn (14 August, October), recorded as its statements, not
 *   as a border still closed.
 * - Egypt closed its own Rafah crossing in late August: a mediator's border
 *   with Gaza, not between the parties; not recorded.
 * - The balloons of June and the shots at the fence of 21 August and 29
 *   December were not claimed; Israel held Hamas responsible: recorded as
 *   `militant-attack` with no perpetrator, `blamedOn` Hamas by Israel's
 *   allegation. Israel's fire on the demonstrators at the fence on 21 August
 *   is `lethal-force` (not fire between forces).
 * - Hamas's second ultimatum of the night of 10 May (a new barrage unless
 *   Israel left the Temple Mount by 02:00) is left out: no source says how it
 *   ended, and the war was already under way.
 * - Hamas's warnings of escalation are threats of force (`military-threat`,
 *   CAMEO 138): Haniyeh's "if Israel wants to escalate, we are ready for it"
 *   (11 May) and the warning conveyed to Egypt's delegation (21 December) that
 *   Israel's delay will bring an "explosion" and "escalation measures against
 *   Israel" soon. (First recorded as plain `threat`, a threat short of force,
 *   which is not what the words say: corrected after the first run.)
 * - Egypt's hosting of the Hamas leadership in Cairo (June, October) is the
 *   mediator's `MediationAction`: the talks were indirect and no round with
 *   both parties is reported.
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, retrospectiveClock, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'israel-hamas-2021';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 2021);
const when = retrospectiveClock('2026-12-06T09:00:00Z');

const ISRAEL: Actor = { id: 'israel', name: 'Israel', kind: 'state', aliases: ['IDF', 'Israeli government', 'COGAT'] };
const HAMAS: Actor = {
  id: 'hamas',
  name: 'Hamas',
  kind: 'de-facto-authority',
  aliases: ['Islamic Resistance Movement', 'al-Qassam Brigades'],
};
const EGYPT: Actor = { id: 'egypt', name: 'Egypt', kind: 'state', aliases: ['Cairo', 'Egyptian General Intelligence'] };
const QATAR: Actor = { id: 'qatar', name: 'Qatar', kind: 'state', aliases: ['Doha'] };
const UNSCO: Actor = {
  id: 'unsco',
  name: 'UN Special Coordinator for the Middle East Peace Process',
  kind: 'international-organisation',
  aliases: ['UNSCO', 'Tor Wennesland'],
};
const USA: Actor = { id: 'united-states', name: 'United States', kind: 'state', aliases: ['US', 'Washington'] };
const PIJ: Actor = {
  id: 'pij',
  name: 'Palestinian Islamic Jihad',
  kind: 'armed-group',
  aliases: ['Islamic Jihad', 'al-Quds Brigades'],
};

const ABU_OBEIDA: Person = {
  name: 'Abu Obeida',
  title: "Spokesman of Hamas's armed wing, the al-Qassam Brigades",
  actorId: 'hamas',
};
const QASSAM: Person = { name: 'al-Qassam Brigades (statement)', title: "Hamas's armed wing", actorId: 'hamas' };
const HANIYEH: Person = { name: 'Ismail Haniyeh', title: 'Head of the Hamas political bureau', actorId: 'hamas' };
const NONO: Person = { name: 'Taher al-Nono', title: 'Media adviser to Ismail Haniyeh', actorId: 'hamas' };
const QASEM: Person = { name: 'Hazem Qassem', title: 'Hamas spokesman', actorId: 'hamas' };
const BARHOUM: Person = { name: 'Fawzi Barhoum', title: 'Hamas spokesman', actorId: 'hamas' };
const HAMAS_SOURCES: Person = { name: 'Hamas representatives (as reported)', title: 'Hamas', actorId: 'hamas' };
const GANTZ: Person = { name: 'Benny Gantz', title: 'Defence Minister of Israel', actorId: 'israel' };
const NETANYAHU: Person = { name: 'Benjamin Netanyahu', title: 'Prime Minister of Israel', actorId: 'israel' };
const IDF: Person = { name: 'Israel Defense Forces (statement)', title: 'Israeli military', actorId: 'israel' };
const COGAT: Person = {
  name: 'COGAT (statement)',
  title: 'Coordinator of Government Activities in the Territories, Israeli Defence Ministry',
  actorId: 'israel',
};
const IL_OFFICIAL: Person = { name: 'Israeli security official (unnamed)', title: 'Israel', actorId: 'israel' };
const WENNESLAND: Person = {
  name: 'Tor Wennesland',
  title: 'UN Special Coordinator for the Middle East Peace Process',
  actorId: 'unsco',
};

const S = {
  alarabiyaApr24: source(
    'Three rockets fired from the Gaza Strip over southern Israel',
    'Al Arabiya (AFP)',
    'https://english.alarabiya.net/News/middle-east/2021/04/24/Three-rockets-fired-from-the-Gaza-Strip-over-southern-Israel',
    '2021-04-24',
    'B',
    2,
  ),
  dwApr24: source(
    'Israel retaliates after rocket attack',
    'Deutsche Welle',
    'https://www.dw.com/en/israel-launches-strikes-on-gaza-after-rocket-attack/a-57320413',
    '2021-04-24',
    'B',
    2,
  ),
  nationalApr24: source(
    'Israeli air strikes hit Gaza after rocket fire, following clashes in Jerusalem',
    'The National (AP)',
    'https://www.thenationalnews.com/world/israeli-air-strikes-hit-gaza-after-rocket-fire-following-clashes-in-jerusalem-1.1209736',
    '2021-04-24',
    'B',
    2,
  ),
  reutersMay10: source(
    'Hamas issues ultimatum to Israel after Israeli-Palestinian clashes in Jerusalem',
    'Reuters (Thomson Reuters Foundation)',
    'https://news.trust.org/item/20210510134547-q3asm/',
    '2021-05-10',
    'B',
    1,
  ),
  worldbulletinMay10: source(
    'Palestinian groups give Israel ultimatum to withdraw forces from Al-Aqsa',
    'World Bulletin (Anadolu)',
    'https://worldbulletin.dunyabulteni.net/world/palestinian-groups-give-israel-ultimatum-to-withdraw-forces-from-al-aqsa-h209158.html',
    '2021-05-10',
    'C',
    1,
  ),
  guardianMay10: source(
    'Hamas fires rockets into Israel in dispute over Jerusalem mosque',
    'The Guardian',
    'https://www.theguardian.com/world/2021/may/10/hamas-fires-rockets-into-israel-in-dispute-over-jerusalem-mosque',
    '2021-05-10',
    'B',
    1,
  ),
  medialineMay10: source(
    'Hamas Issues Threat of More Rockets Over Temple Mount',
    'The Media Line',
    'https://themedialine.org/headlines/hamas-issues-threat-of-more-rockets-over-temple-mount/',
    '2021-05-10',
    'B',
    2,
  ),
  xinhuaMay11: source(
    'Israel strikes Gaza targets in response to rocket fire: sources',
    "People's Daily (Xinhua)",
    'http://en.people.cn/n3/2021/0511/c90000-9848421.html',
    '2021-05-11',
    'C',
    2,
  ),
  theacracyMay11: source(
    'Israel launches airstrikes on Gaza following Hamas rocket fire on Jerusalem',
    'The Acracy (AP)',
    'https://theacracy.com/israel-launches-airstrikes-on-gaza-following-hamas-rocket-fire-on-jerusalem/',
    '2021-05-11',
    'C',
    2,
  ),
  aljazeeraMay11: source(
    'Israel strikes down tower in Gaza, prompting Hamas response',
    'Al Jazeera',
    'https://www.aljazeera.com/news/2021/5/11/israel-strikes-down-tower-in-gaza-prompting-hamas-response',
    '2021-05-11',
    'B',
    2,
  ),
  brecorderMay12: source(
    'Hamas rockets target Tel Aviv after Israeli raid flattens Gaza tower',
    'Business Recorder (AFP)',
    'https://www.brecorder.com/news/amp/40092022',
    '2021-05-12',
    'B',
    2,
  ),
  todayMay11: source(
    'Hanadi Tower Gaza: crolla il grattacielo colpito dai raid israeliani',
    'Today.it',
    'https://www.today.it/mondo/hanadi-tower-gaza.html',
    '2021-05-11',
    'C',
    2,
  ),
  gishaMay24: source(
    'Crossing update: travel via Erez still blocked, Kerem Shalom opened today for limited entry of aid',
    'Gisha',
    'https://gisha.org/en/crossing-update-travel-via-erez-still-blocked-kerem-shalom-opened-today-for-limited-entry-of-aid-salah-a-din-and-rafah-crossings-opened-by-egypt/',
    '2021-05-24',
    'B',
    2,
  ),
  gishaMay30: source(
    'Crossing update: heavy losses for farmers and suppliers as a result of continued Israeli restrictions at Gaza’s crossings',
    'Gisha',
    'https://gisha.org/en/crossing-update-heavy-losses-for-farmers-and-suppliers-as-a-result-of-continued-israeli-restrictions-at-gazas-crossings-the-price-of-cement-in-the-strip-jumps-by-27/',
    '2021-05-30',
    'B',
    2,
  ),
  newsfrontMay25: source(
    'Israel abrió el punto de control en la frontera con Gaza y la zona pesquera para los palestinos',
    'News Front (Times of Israel)',
    'https://es.news-front.su/2021/05/25/israel-abrio-el-punto-de-control-en-la-frontera-con-gaza-y-la-zona-pesquera-para-los-palestinos',
    '2021-05-25',
    'D',
    2,
  ),
  haaretzMay14: source(
    'Extensive Israeli Strikes Overnight Targeted Hamas Tunnels in Gaza; Dozens Believed Dead',
    'Haaretz',
    'https://www.haaretz.com/israel-news/.premium.HIGHLIGHT-extensive-israeli-strikes-target-hamas-tunnels-in-gaza-dozens-believed-dead-1.9809291',
    '2021-05-14',
    'B',
    3,
  ),
  pledgeMay14: source(
    'Israel bombed the Gaza tunnels and the missiles are continuing',
    'Pledge Times (agencies)',
    'https://pledgetimes.com/israel-bombed-the-gaza-tunnels-and-the-missiles-are-continuing/',
    '2021-05-14',
    'C',
    2,
  ),
  theweekMay15: source(
    'Al Jazeera accuses Israel of war crime after tower housing Gaza offices destroyed',
    'The Week',
    'https://theweek.com/speedreads/982947/al-jazeera-accuses-israel-war-crime-after-tower-housing-gaza-offices-destroyed',
    '2021-05-15',
    'B',
    2,
  ),
  anewsMay15: source(
    'Israeli fighter jets hit Gaza offices of AP and Al Jazeera',
    'A News (Anadolu)',
    'https://www.anews.com.tr/middle-east/2021/05/15/israeli-fighter-jets-hit-gaza-offices-of-ap-and-al-jazeera',
    '2021-05-15',
    'C',
    2,
  ),
  alwaysfreshMay15: source(
    'Gaza, Israel destroys Al Jazeera palace',
    'Always Fresh News (Times of Israel)',
    'https://alwaysfreshnews.com/news/world/3639/gaza-israel-destroys-al-jazeera-palace/',
    '2021-05-15',
    'C',
    2,
  ),
  beastMay17: source(
    'Gaza’s Deadliest Day So Far: 42 Killed by Israeli Strikes',
    'The Daily Beast (AP)',
    'https://www.thedailybeast.com/gaza-has-deadliest-day-so-far-with-42-killed-by-israeli-strikes',
    '2021-05-17',
    'B',
    2,
  ),
  upiMay16: source(
    'Israeli airstrikes kill 42 in Gaza City, including 2 young children',
    'True Median (UPI)',
    'https://truemedian.com/israeli-airstrikes-kill-42-in-gaza-city-including-2-young-children/',
    '2021-05-16',
    'C',
    2,
  ),
  pbsMay16: source(
    'Is there any ceasefire on the horizon for Israel and Palestine?',
    'PBS NewsHour',
    'https://www.pbs.org/newshour/show/is-there-any-ceasefire-on-the-horizon-for-israel-and-palestine',
    '2021-05-16',
    'B',
    2,
  ),
  jpostMay19: source(
    "Israel strikes Hamas's tunnel network as rockets aimed at Air Force bases",
    'The Jerusalem Post',
    'https://www.jpost.com/arab-israeli-conflict/israel-strikes-hamass-tunnel-network-as-rockets-aimed-at-air-force-bases-668500',
    '2021-05-19',
    'B',
    2,
  ),
  beastMay19: source(
    'Biden Tells Bibi U.S. Expects ‘Significant De-escalation Today’',
    'The Daily Beast',
    'https://www.thedailybeast.com/biden-tells-netanyahu-us-expects-significant-de-escalation-today-by-israel',
    '2021-05-19',
    'B',
    1,
  ),
  dailypostMay19: source(
    'Israel-Palestine: Biden wants de-escalation, Netanyahu vows to continue operation',
    'Daily Post Nigeria',
    'https://dailypost.ng/2021/05/19/israel-palestine-biden-wants-de-escalation-netanyahu-vows-to-continue-operation/',
    '2021-05-19',
    'C',
    2,
  ),
  inewsMay20: source(
    'Israel and Hamas agree to ‘mutual and unconditional’ ceasefire after 11 days of fierce fighting',
    'i (inews.co.uk)',
    'https://inews.co.uk/news/israel-and-hamas-agree-to-mutual-and-unconditional-ceasefire-after-11-days-of-fierce-fighting-1012507',
    '2021-05-20',
    'B',
    2,
  ),
  natpostMay20: source(
    'Israel and Hamas agree Gaza truce, to be monitored by Egypt',
    'National Post (Reuters)',
    'https://nationalpost.com/pmn/news-pmn/israel-and-hamas-agree-gaza-truce-to-be-monitored-by-egypt-3',
    '2021-05-20',
    'B',
    1,
  ),
  natpostEgyptMay20: source(
    'Egypt helps broker ceasefire in Gaza to start early Friday: state TV',
    'National Post (Reuters)',
    'https://nationalpost.com/pmn/news-pmn/egypt-helps-broker-ceasefire-in-gaza-to-start-early-friday-state-tv',
    '2021-05-20',
    'B',
    1,
  ),
  france24May21: source(
    'Gaza ceasefire takes effect after Egypt-brokered deal between Israel and Hamas',
    'France 24 (Reuters)',
    'https://www.france24.com/en/live-news/20210520-israel-confirms-unconditional-gaza-ceasefire-agreed-with-hamas',
    '2021-05-21',
    'B',
    1,
  ),
  jpostJun9: source(
    'Hamas military commanders invited to Cairo for prisoner swap talks',
    'The Jerusalem Post',
    'https://www.jpost.com/arab-israeli-conflict/hamas-military-commanders-invited-to-cairo-for-prisoner-swap-talks-670529',
    '2021-06-09',
    'B',
    3,
  ),
  brecorderJun16: source(
    'Israel launches airstrikes on Gaza over incendiary balloons',
    'Business Recorder (Reuters)',
    'https://www.brecorder.com/news/40100518/israel-launches-airstrikes-on-gaza-over-incendiary-balloons',
    '2021-06-16',
    'B',
    2,
  ),
  wishtvJun16: source(
    'Israeli military launches Gaza airstrikes, first since cease-fire',
    'WISH-TV (CNN)',
    'https://www.wishtv.com/news/international/israeli-military-launches-gaza-airstrikes-first-since-cease-fire/',
    '2021-06-16',
    'B',
    2,
  ),
  globeJun15: source(
    'Israeli airstrikes target Gaza after arson balloons launched',
    'The Boston Globe (Washington Post)',
    'https://www.bostonglobe.com/2021/06/15/world/israeli-airstrikes-target-gaza-after-arson-balloons-launched/',
    '2021-06-16',
    'B',
    2,
  ),
  quintJun18: source(
    'Israeli Warplanes Strike Gaza 2nd Time Since May’s Ceasefire',
    'The Quint (Xinhua)',
    'https://www.thequint.com/news/breaking-news/israeli-warplanes-strike-hamas-military-posts-in-gaza-2',
    '2021-06-18',
    'C',
    2,
  ),
  republicAug7: source(
    'Israel strikes Hamas sites in Gaza in response to fire balloons; no casualties reported',
    'Republic World',
    'https://www.republicworld.com/world-news/middle-east/israel-strikes-hamas-sites-in-gaza-in-response-to-fire-balloons-no-casualties-reported.html',
    '2021-08-07',
    'C',
    2,
  ),
  minaAug15: source(
    'Israeli Occupation Reopens Erez Crossing in Gaza to Avoid Possible Escalation',
    "Mi'raj News Agency",
    'https://en.minanews.net/israeli-occupation-reopens-erez-crossing-in-gaza-to-avoid-possible-escalation/',
    '2021-08-15',
    'C',
    2,
  ),
  hamodiaAug24: source(
    'Gazans launch incendiary balloons after Israel strikes',
    'Hamodia (AP)',
    'https://hamodia.com/2021/08/24/gazans-launch-incendiary-balloons-israel-strikes/',
    '2021-08-24',
    'B',
    2,
  ),
  jpostAug23: source(
    'Incendiary balloons launched from Gaza - report',
    'The Jerusalem Post',
    'https://www.jpost.com/breaking-news/incendiary-balloons-launched-from-gaza-report-677453',
    '2021-08-23',
    'B',
    2,
  ),
  republicAug24: source(
    'Israel bombs key sites on Gaza Strip after Hamas launches incendiary arson balloons',
    'Republic World',
    'https://www.republicworld.com/world-news/middle-east/israel-bombs-key-sites-on-gaza-strip-after-hamas-launches-incendiary-arson-balloons.html',
    '2021-08-24',
    'C',
    2,
  ),
  wndAug29: source(
    'After border clashes and fire balloons, Israel strikes Gaza.',
    'Washington Newsday (AFP)',
    'https://washingtonnewsday.com/world/after-border-clashes-and-fire-balloons-israel-strikes-gaza/',
    '2021-08-29',
    'C',
    2,
  ),
  sdutSep6: source(
    'Israeli army says it launched strikes on Hamas site in Gaza',
    'The San Diego Union-Tribune (AP)',
    'https://www.sandiegouniontribune.com/news/nation-world/story/2021-09-06/israeli-army-says-it-launched-strikes-on-hamas-site-in-gaza',
    '2021-09-06',
    'B',
    2,
  ),
  sputnikSep11: source(
    'Explosions Heard in Gaza Following Recent Rocket Launch - Reports',
    'Sputnik',
    'https://sputniknews.com/20210911/explosions-heard-in-gaza-following-recent-rocket-launch---reports-1088969326.html',
    '2021-09-11',
    'D',
    2,
  ),
  anewsSep12: source(
    'Israel evades internal crises by attacking Gaza: Hamas',
    'A News (Anadolu)',
    'https://www.anews.com.tr/middle-east/2021/09/12/israel-evades-internal-crises-by-attacking-gaza-hamas',
    '2021-09-12',
    'C',
    1,
  ),
  darienSep13: source(
    'Israel hits Hamas targets in Gaza in response to rocket fire',
    'Darien Times (AP)',
    'https://www.darientimes.com/news/article/Israel-hits-Hamas-targets-in-Gaza-in-response-to-16453938.php',
    '2021-09-13',
    'B',
    2,
  ),
  nationalOct3: source(
    'Hamas leaders gather in Cairo to discuss prisoner swap with Israel',
    'The National',
    'https://www.thenationalnews.com/mena/2021/10/03/hamas-leaders-gather-in-cairo-to-discuss-prisoner-swap-with-israel/',
    '2021-10-03',
    'B',
    2,
  ),
  winOct3: source(
    'Senior Hamas delegation to discuss potential prisoner swap in Egypt',
    'World Israel News',
    'https://worldisraelnews.com/senior-hamas-delegation-to-discuss-potential-prisoner-swap-in-egypt/',
    '2021-10-03',
    'C',
    2,
  ),
  frontierOct6: source(
    'Thousands of Gazans apply for permits to work in Israel',
    'The Frontier Post (AFP)',
    'https://thefrontierpost.com/thousands-of-gazans-apply-for-permits-to-work-in-israel/',
    '2021-10-06',
    'C',
    2,
  ),
  wndOct7: source(
    'Thousands of Gazans have applied for work permits in Israel.',
    'Washington Newsday (AFP)',
    'https://washingtonnewsday.com/world/thousands-of-gazans-have-applied-for-work-permits-in-israel/',
    '2021-10-07',
    'C',
    2,
  ),
  innDec21: source(
    'Egyptian delegation conveys Hamas position on exchange deal to Israel',
    'Israel National News',
    'https://www.israelnationalnews.com/news/318986',
    '2021-12-21',
    'C',
    3,
  ),
  hinduDec29: source(
    'Israel strikes Gaza after gunfire wounds civilian',
    'The Hindu (AFP)',
    'https://www.thehindu.com/news/international/israel-strikes-gaza-after-gunfire-wounds-civilian/article38064807.ece/amp/',
    '2021-12-29',
    'B',
    2,
  ),
  algemeinerDec29: source(
    'Gaza: Israeli Tanks Attack Hamas Outposts in Response to Shooting',
    'The Algemeiner (i24 News)',
    'https://www.algemeiner.com/2021/12/29/gaza-israeli-tanks-attack-hamas-outposts-in-response-to-shooting/',
    '2021-12-29',
    'B',
    2,
  ),
};

const ULT = 'hamas-ultimatum-2021-05-10';
const DEM_ALAQSA = 'dem-withdraw-al-aqsa-sheikh-jarrah';
const DEM_CAPTIVES = 'dem-captives-before-reconstruction';
const AGR = 'egyptian-ceasefire-2021-05';
const CF = 'ceasefire-2021-05-21';

const events = [
  // ===== April: the Jerusalem clashes and the first exchange of fire =====
  ev(
    'NegotiationOpened',
    'opened',
    when('2021-04-23'),
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Israel – Hamas, 2021: the eleven-day war and the Egyptian-brokered ceasefire',
      subject:
        'From the Jerusalem clashes of April and May 2021 (the Damascus Gate, the Sheikh Jarrah evictions, al-Aqsa) and Hamas’s ultimatum of 10 May, through the eleven-day war and the Egyptian-brokered ceasefire of 21 May, to the balloons and strikes under it, the crossings, work permits and the Egyptian talks on reconstruction and a prisoner exchange, to the end of 2021',
      parties: [ISRAEL, HAMAS],
      mediators: [EGYPT, QATAR, UNSCO, USA],
    },
    [S.alarabiyaApr24],
    { note: 'Opened at the first development it covers; Egypt, Qatar and the UN mediated between the two long before.' },
  ),
  ev('ActorRegistered', 'actor-pij', when('2021-04-23'), { actor: PIJ, role: 'third-party' }, [S.brecorderMay12]),
  ev(
    'StatementMade',
    'stmt-qassam-apr23',
    when('2021-04-23'),
    {
      speaker: QASSAM,
      audience: 'israel',
      tone: 'warning',
      summary:
        'After two nights of clashes in Jerusalem, the al-Qassam Brigades back the Palestinians of East Jerusalem and warn Israel not to test their patience.',
      quote:
        'Know that behind you stands a strong resistance and ready. The spark that you ignite today will be the fuse of the coming explosion in the face of the enemy.',
    },
    [S.alarabiyaApr24, S.nationalApr24],
  ),
  ev(
    'IncidentReported',
    'inc-strikes-apr24',
    when('2021-04-24T03:00:00Z', 'approximate'),
    {
      incidentId: 'israeli-strikes-2021-04-24',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'hamas',
      target: 'Hamas underground infrastructure and rocket launchers',
      place: 'Gaza Strip',
      fatalities: { min: 0, max: 0 },
      description:
        'Aircraft and tanks strike Hamas underground sites and rocket launchers in response to some 36 rockets fired from Gaza overnight (not claimed by Hamas; a small group close to the PFLP claimed some). No one hurt on either side.',
    },
    [S.dwApr24, S.nationalApr24],
  ),
  // ===== 10 May: the ultimatum, the rockets on Jerusalem, the war =====
  ev(
    'DemandTabled',
    DEM_ALAQSA,
    when('2021-05-10T13:00:00Z', 'approximate'),
    {
      demandId: DEM_ALAQSA,
      by: 'hamas',
      addressedTo: ['israel'],
      text: 'Withdraw Israeli security forces from the al-Aqsa mosque compound and the Sheikh Jarrah neighbourhood, and release the Palestinians detained in the Jerusalem clashes',
      category: 'security',
    },
    [S.reutersMay10, S.worldbulletinMay10],
  ),
  ev(
    'UltimatumIssued',
    ULT,
    when('2021-05-10T13:00:00Z', 'approximate'),
    {
      ultimatumId: ULT,
      by: 'hamas',
      to: ['israel'],
      demandIds: [DEM_ALAQSA],
      deadline: '2021-05-10T15:00:00Z',
      consequences:
        'Unstated ("forewarned is forearmed"); read as rocket fire from Gaza. Given by the joint command of the armed factions in Gaza, announced by the spokesman of Hamas’s armed wing.',
      channel: 'public statement by Abu Obeida',
    },
    [S.reutersMay10, S.worldbulletinMay10],
    { note: 'Issued after more than 300 Palestinians were hurt in clashes with Israeli police at al-Aqsa that morning.' },
  ),
  ev(
    'IncidentReported',
    'inc-rockets-jerusalem-may10',
    when('2021-05-10T15:05:00Z', 'approximate'),
    {
      incidentId: 'hamas-rockets-jerusalem-2021-05-10',
      kind: 'missile-strike',
      perpetrator: 'hamas',
      against: 'israel',
      place: 'Jerusalem',
      fatalities: { min: 0, max: 0 },
      description:
        'Minutes after the deadline, seven rockets fired at Jerusalem as Israel marks Jerusalem Day; a house in Mevaseret Zion damaged. Hamas’s armed wing claims them: "a message that the enemy should understand well".',
    },
    [S.guardianMay10, S.medialineMay10],
  ),
  ev(
    'UltimatumResolved',
    'ult-enforced-may10',
    when('2021-05-10T15:05:00Z', 'approximate'),
    {
      ultimatumId: ULT,
      resolution: 'enforced',
      summary: 'Israel did not answer; Hamas fired rockets at Jerusalem minutes after 18:00.',
    },
    [S.guardianMay10],
  ),
  ev(
    'IncidentReported',
    'inc-rockets-south-may10',
    when('2021-05-10T18:00:00Z', 'approximate'),
    {
      incidentId: 'hamas-rockets-south-2021-05-10',
      kind: 'missile-strike',
      perpetrator: 'hamas',
      against: 'israel',
      place: 'Ashkelon',
      fatalities: { min: 0, max: 0 },
      injured: { min: 2, max: 3 },
      description:
        'An hours-long barrage of over 150 rockets on Ashkelon and southern Israel; a direct hit on a home; two lightly hurt.',
    },
    [S.medialineMay10, S.xinhuaMay11],
  ),
  ev(
    'StatementMade',
    'stmt-gantz-may10',
    when('2021-05-10T19:00:00Z', 'approximate'),
    {
      speaker: GANTZ,
      audience: 'hamas',
      tone: 'military-threat',
      summary:
        'The security cabinet has authorised offensive strikes on Gaza, named Operation Guardian of the Walls.',
      quote:
        'A number of offensive strikes that will hit Hamas and other terrorist organizations hard. These are strides that will ensure Israel’s security and restore long-term and complete quiet.',
    },
    [S.medialineMay10],
  ),
  ev(
    'IncidentReported',
    'inc-strikes-beit-hanoun-may10',
    when('2021-05-10T17:00:00Z', 'approximate'),
    {
      incidentId: 'israeli-strikes-2021-05-10',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'hamas',
      target: 'A Hamas tunnel, rocket launchers and military posts',
      place: 'Beit Hanoun',
      fatalities: { min: 20, max: 22 },
      injured: { min: 65, max: 65 },
      description:
        'Israeli strikes on Gaza from the evening: 20 killed, nine of them children, and 65 wounded in Beit Hanoun (health ministry); 22 overnight (AP). Israel says at least 15 of the dead were Hamas members.',
    },
    [S.medialineMay10, S.xinhuaMay11, S.theacracyMay11],
  ),
  // ===== 11–20 May: the war =====
  ev(
    'IncidentReported',
    'inc-crossings-closed-may11',
    when('2021-05-11'),
    {
      incidentId: 'crossings-closed-2021-05-11',
      kind: 'border-closure',
      perpetrator: 'israel',
      against: 'hamas',
      place: 'Erez and Kerem Shalom crossings',
      description: 'Israel closes the Erez and Kerem Shalom crossings with Gaza completely.',
    },
    [S.gishaMay30],
  ),
  ev(
    'IncidentReported',
    'inc-rockets-ashkelon-may11',
    when('2021-05-11T12:00:00Z', 'approximate'),
    {
      incidentId: 'hamas-rockets-ashkelon-2021-05-11',
      kind: 'missile-strike',
      perpetrator: 'hamas',
      against: 'israel',
      place: 'Ashkelon',
      fatalities: { min: 2, max: 2 },
      description:
        'Two women killed by rockets in Ashkelon; a rocket hits an empty school there; Ashdod struck for the first time. The army counts 480 rockets from Gaza since Monday.',
    },
    [S.todayMay11, S.brecorderMay12],
  ),
  ev(
    'IncidentReported',
    'inc-hanadi-may11',
    when('2021-05-11T16:00:00Z', 'approximate'),
    {
      incidentId: 'israeli-strikes-2021-05-11',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'hamas',
      target: 'The Hanadi tower (an office of Hamas’s political leadership) and sites across Gaza',
      place: 'Gaza City',
      fatalities: { min: 0, max: 0 },
      description:
        'After 80 jets bomb Gaza through the day, the 13-storey Hanadi tower collapses under Israeli strikes, its residents warned to leave; no one reported killed in it. Gaza’s toll since Monday night rises to 28–35, ten of them children.',
    },
    [S.aljazeeraMay11, S.brecorderMay12],
  ),
  ev(
    'IncidentReported',
    'inc-rockets-telaviv-may11',
    when('2021-05-11T18:00:00Z', 'approximate'),
    {
      incidentId: 'hamas-rockets-tel-aviv-2021-05-11',
      kind: 'missile-strike',
      perpetrator: 'hamas',
      against: 'israel',
      place: 'Tel Aviv',
      fatalities: { min: 1, max: 1 },
      description:
        'The al-Qassam Brigades fire "130 rockets" at Tel Aviv and its suburbs for the Hanadi tower: a woman killed in Rishon LeZion, a bus burnt out in Holon; Ben Gurion airport halts flights.',
    },
    [S.brecorderMay12, S.aljazeeraMay11],
  ),
  ev(
    'StatementMade',
    'stmt-haniyeh-may11',
    when('2021-05-11'),
    {
      speaker: HANIYEH,
      audience: 'israel',
      tone: 'military-threat',
      summary: 'Haniyeh: Hamas is ready for escalation.',
      quote: 'If Israel wants to escalate, we are ready for it.',
    },
    [S.brecorderMay12],
  ),
  ev(
    'StatementMade',
    'stmt-gantz-may11',
    when('2021-05-11'),
    {
      speaker: GANTZ,
      audience: 'hamas',
      tone: 'military-threat',
      summary: 'Gantz warns that the strikes are only beginning.',
      quote: 'This is just the beginning.',
    },
    [S.brecorderMay12],
  ),
  ev(
    'StatementMade',
    'stmt-wennesland-may11',
    when('2021-05-11'),
    {
      speaker: WENNESLAND,
      audience: 'israel and hamas',
      tone: 'warning',
      summary: 'The UN envoy warns that Israel and Hamas are heading towards "full scale war".',
    },
    [S.brecorderMay12],
  ),
  ev(
    'IncidentReported',
    'inc-metro-may14',
    when('2021-05-14T00:00:00Z', 'approximate'),
    {
      incidentId: 'israeli-strikes-metro-2021-05-14',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'hamas',
      target: 'The Hamas "metro" tunnel network',
      place: 'Beit Lahia',
      fatalities: { min: 4, max: 13 },
      description:
        'A 40-minute pre-dawn attack by 160 aircraft, with tank and artillery fire from outside the Strip, on the "metro" tunnels around Beit Lahia in northern Gaza (about 450 munitions on 150 targets): a woman and her three children killed in their home, 13 killed in all (health officials); the army says dozens of Hamas fighters. Gaza’s toll reaches 119.',
    },
    [S.pledgeMay14, S.haaretzMay14],
  ),
  ev(
    'IncidentReported',
    'inc-jalaa-may15',
    when('2021-05-15T12:00:00Z', 'approximate'),
    {
      incidentId: 'israeli-strike-jalaa-2021-05-15',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'hamas',
      target: 'The al-Jalaa tower (offices of AP and Al Jazeera)',
      place: 'Gaza City',
      fatalities: { min: 0, max: 0 },
      description:
        'An Israeli strike levels the 13-storey al-Jalaa tower after a warning to its owner; Israel says it held Hamas military-intelligence assets. Gaza’s toll since Monday: 139 killed, 950 wounded.',
    },
    [S.theweekMay15, S.anewsMay15],
  ),
  ev(
    'StatementMade',
    'stmt-abu-obeida-may15',
    when('2021-05-15'),
    {
      speaker: ABU_OBEIDA,
      audience: 'israel',
      tone: 'military-threat',
      summary: 'After the al-Jalaa tower, Abu Obeida threatens new rockets on Tel Aviv.',
      quote: 'After the bombing of a civilian building in Gaza, residents of Tel Aviv and central Israel need to be careful.',
    },
    [S.alwaysfreshMay15],
  ),
  ev(
    'IncidentReported',
    'inc-wehda-may16',
    when('2021-05-15T22:00:00Z', 'approximate'),
    {
      incidentId: 'israeli-strikes-wehda-2021-05-16',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'hamas',
      target: 'Underground Hamas infrastructure under al-Wehda Street (Israel’s account)',
      place: 'Gaza City',
      fatalities: { min: 37, max: 42 },
      injured: { min: 50, max: 50 },
      description:
        'Strikes on al-Wehda Street in the Rimal district just after midnight collapse three residential buildings without warning: 42 killed, among them 16 women and 10 children, and over 50 wounded (health ministry; 37 in the first count). Israel says it hit tunnels that collapsed beneath the homes. The deadliest day of the war.',
    },
    [S.beastMay17, S.upiMay16, S.pbsMay16],
  ),
  ev(
    'IncidentReported',
    'inc-sinwar-may16',
    when('2021-05-16'),
    {
      incidentId: 'israeli-strike-khan-younis-2021-05-16',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'hamas',
      target: 'The homes of Yahya Sinwar and his brother Muhammad',
      place: 'Khan Younis',
      description: 'The homes of Hamas’s Gaza leader and his brother struck in Khan Younis.',
    },
    [S.upiMay16, S.pbsMay16],
  ),
  ev(
    'IncidentReported',
    'inc-strikes-may17',
    when('2021-05-17T01:00:00Z', 'approximate'),
    {
      incidentId: 'israeli-strikes-2021-05-17',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'hamas',
      target: 'Tunnels and the homes of Hamas commanders',
      place: 'Gaza City',
      description:
        'Some of the heaviest bombing of the war wakes Gaza City before dawn; the army says it destroyed miles of tunnels and the homes of Hamas commanders. Since the 10th: at least 188 killed in Gaza, 55 of them children; eight in Israel.',
    },
    [S.beastMay17],
  ),
  ev(
    'IncidentReported',
    'inc-rockets-bases-may19',
    when('2021-05-19T03:00:00Z', 'approximate'),
    {
      incidentId: 'hamas-rockets-air-bases-2021-05-19',
      kind: 'missile-strike',
      perpetrator: 'hamas',
      against: 'israel',
      target: 'Air bases Hatzor, Hatzerim, Nevatim, Tel Nof, Palmachim and Ramon',
      place: 'Israeli air bases (Tel Nof, Nevatim, Ramon)',
      fatalities: { min: 0, max: 0 },
      description:
        'Hamas says it aimed rockets at six air force bases; none hit a base, one fell near Tel Nof. Some 50 rockets in the night, ten falling short inside Gaza.',
    },
    [S.jpostMay19],
  ),
  ev(
    'IncidentReported',
    'inc-metro-south-may19',
    when('2021-05-19T06:00:00Z', 'approximate'),
    {
      incidentId: 'israeli-strikes-metro-south-2021-05-19',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'hamas',
      target: 'The Hamas "metro" tunnels in southern Gaza',
      place: 'Khan Younis and Rafah',
      description: 'Fifty-two aircraft drop some 120 munitions in 25 minutes on the tunnels under Khan Younis and Rafah.',
    },
    [S.jpostMay19],
  ),
  ev(
    'MediationAction',
    'med-biden-may19',
    when('2021-05-19'),
    {
      mediator: 'united-states',
      action: 'requested-pause',
      summary:
        'In his fourth call in a week, Biden tells Netanyahu he expects "a significant de-escalation today on the path to a ceasefire"; regional governments and the United States pursue their diplomatic efforts.',
    },
    [S.beastMay19],
  ),
  ev(
    'StatementMade',
    'stmt-netanyahu-may19',
    when('2021-05-19'),
    {
      speaker: NETANYAHU,
      audience: 'hamas',
      tone: 'military-threat',
      summary:
        'After visiting military headquarters, Netanyahu says he is "determined to continue this operation until its aim is met".',
    },
    [S.dailypostMay19],
  ),
  ev(
    'IncidentReported',
    'inc-rockets-may20',
    when('2021-05-20T12:00:00Z', 'approximate'),
    {
      incidentId: 'rockets-2021-05-20',
      kind: 'missile-strike',
      perpetrator: 'hamas',
      against: 'israel',
      place: 'southern Israel',
      description:
        'Rocket fire by Hamas and the allied Islamic Jihad resumes after an eight-hour pause; sirens in the border communities into the evening.',
    },
    [S.inewsMay20, S.natpostMay20],
  ),
  ev(
    'IncidentReported',
    'inc-strikes-may20',
    when('2021-05-20T14:00:00Z', 'approximate'),
    {
      incidentId: 'israeli-strikes-2021-05-20',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'hamas',
      place: 'Gaza City',
      description:
        'Israel goes on bombing to degrade the factions’ capabilities; a strike on the Rimal district of Gaza City. Since the 10th: 232 killed in Gaza (65 of them children), 12 in Israel. Air strikes are heard in the countdown to the ceasefire.',
    },
    [S.inewsMay20, S.natpostMay20],
  ),
  // ===== 20–21 May: the Egyptian-brokered ceasefire =====
  ev(
    'MediationAction',
    'med-egypt-proposal-may20',
    when('2021-05-20T18:00:00Z', 'approximate'),
    {
      mediator: 'egypt',
      action: 'proposed',
      summary:
        'Egypt proposes a mutual ceasefire from 02:00 on Friday; Egypt, Qatar and the United Nations had sought to mediate since the first days. Sisi speaks to Biden and Guterres.',
    },
    [S.natpostEgyptMay20, S.natpostMay20],
  ),
  ev(
    'AgreementReached',
    'agr-ceasefire-may20',
    when('2021-05-20T20:30:00Z', 'approximate'),
    {
      agreementId: AGR,
      kind: 'ceasefire',
      provisions: [
        'A mutual and unconditional ceasefire across the Gaza Strip border from 02:00 on 21 May (23:00 GMT on 20 May)',
        'Egyptian security delegations in Israel and the Palestinian territories to uphold it; consultations after it is in force',
      ],
      signatories: ['israel', 'hamas'],
      textPublic: false,
    },
    [S.natpostMay20, S.natpostEgyptMay20, S.inewsMay20],
    {
      note: 'Israel’s security cabinet accepted the Egyptian proposal unanimously ("mutual and unconditional"); Hamas confirmed it ("mutual and simultaneous"; "the resistance will abide by this agreement as long as the Occupation does the same").',
    },
  ),
  ev(
    'CeasefireDeclared',
    'cf-may21',
    when('2021-05-20T23:00:00Z'),
    {
      ceasefireId: CF,
      parties: ['israel', 'hamas'],
      scope: 'The Gaza Strip and Israel',
      duration: 'indefinite',
      mediatedBy: ['egypt'],
    },
    [S.france24May21, S.natpostMay20],
    {
      note: 'In force at 02:00 local time on 21 May. Over the eleven days, sources give about 250 killed in Gaza (242 by the UN, 256 by the health ministry, 66 of them children) and 12–13 in Israel.',
    },
  ),
  ev(
    'StatementMade',
    'stmt-nono-may20',
    when('2021-05-20T21:00:00Z', 'approximate'),
    {
      speaker: NONO,
      audience: 'israel',
      tone: 'conciliatory',
      summary: 'Hamas will keep the ceasefire as long as Israel does.',
      quote: 'The Palestinian resistance will abide by this agreement as long as the Occupation (Israel) does the same.',
    },
    [S.natpostMay20],
  ),
  ev(
    'MediationAction',
    'med-egypt-monitors-may21',
    when('2021-05-21'),
    {
      mediator: 'egypt',
      action: 'visited',
      summary: 'Egypt sends two security delegations to Israel and the Palestinian territories to monitor the ceasefire.',
    },
    [S.france24May21, S.natpostEgyptMay20],
  ),
  ev(
    'IncidentReported',
    'inc-crossings-reopened-may24',
    when('2021-05-24'),
    {
      incidentId: 'crossings-reopened-2021-05-24',
      kind: 'border-reopening',
      perpetrator: 'israel',
      against: 'hamas',
      place: 'Erez and Kerem Shalom crossings',
      description:
        'Kerem Shalom opens for fuel, food and humanitarian aid; Erez for humanitarian cases and aid staff; the fishing zone is restored to six nautical miles. COGAT: the steps approved by the political echelon serve "stability and security". Exports and construction materials stay barred.',
    },
    [S.gishaMay24, S.newsfrontMay25, S.gishaMay30],
  ),
  // ===== June: Cairo, the flag march, the balloons and the first strikes =====
  ev(
    'MediationAction',
    'med-egypt-cairo-jun9',
    when('2021-06-09'),
    {
      mediator: 'egypt',
      action: 'proposed',
      summary:
        'Egypt invites Haniyeh’s delegation and commanders of the al-Qassam Brigades to Cairo to discuss keeping the ceasefire and a prisoner exchange; Israeli security officials are expected for indirect talks.',
    },
    [S.jpostJun9],
  ),
  ev(
    'IncidentReported',
    'inc-balloons-jun15',
    when('2021-06-15T14:00:00Z', 'approximate'),
    {
      incidentId: 'balloons-2021-06-15',
      kind: 'militant-attack',
      allegedBy: 'israel',
      against: 'israel',
      blamedOn: 'hamas',
      target: 'Fields of the Israeli communities near Gaza',
      place: 'Gaza border communities',
      fatalities: { min: 0, max: 0 },
      description:
        'Incendiary balloons launched from Gaza against the flag march in Jerusalem start some 20–26 fires near the border. The army: Hamas "is responsible for all events transpiring in the Gaza Strip, and will bear the consequences".',
    },
    [S.brecorderJun16, S.globeJun15],
  ),
  ev(
    'IncidentReported',
    'inc-strikes-jun16',
    when('2021-06-15T22:30:00Z', 'approximate'),
    {
      incidentId: 'israeli-strikes-2021-06-16',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'hamas',
      target: 'Military compounds and meeting places of Hamas’s Khan Younis and Gaza brigades',
      place: 'Khan Younis',
      fatalities: { min: 0, max: 0 },
      description:
        'The first Israeli strikes on Gaza since the ceasefire, in answer to the balloons: compounds in Khan Younis and a site south of Gaza City; material damage, no casualties (WAFA).',
    },
    [S.brecorderJun16, S.wishtvJun16],
  ),
  ev(
    'StatementMade',
    'stmt-idf-jun16',
    when('2021-06-16'),
    {
      speaker: IDF,
      audience: 'hamas',
      tone: 'warning',
      summary: 'The army is "ready for all scenarios, including renewed fighting in the face of continued terrorist acts emanating from Gaza".',
    },
    [S.brecorderJun16, S.globeJun15],
  ),
  ev(
    'StatementMade',
    'stmt-qassem-jun16',
    when('2021-06-16'),
    {
      speaker: QASEM,
      audience: 'israel',
      tone: 'accusation',
      summary:
        'Hamas calls the strikes "a failed attempt to stop our people’s solidarity and resistance with the Holy City"; it does not fire back.',
    },
    [S.globeJun15],
  ),
  ev(
    'IncidentReported',
    'inc-strikes-jun17',
    when('2021-06-17T21:00:00Z', 'approximate'),
    {
      incidentId: 'israeli-strikes-2021-06-17',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'hamas',
      target: 'Hamas military compounds and launch sites',
      place: 'Gaza Strip',
      fatalities: { min: 0, max: 0 },
      description:
        'A second night of strikes, in northern and southern Gaza, after balloons for a third day set at least eight fires; severe damage to the posts, no one hurt.',
    },
    [S.quintJun18],
  ),
  // ===== August: the easing, the fence, the strikes =====
  ev(
    'IncidentReported',
    'inc-strikes-aug7',
    when('2021-08-07'),
    {
      incidentId: 'israeli-strikes-2021-08-07',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'hamas',
      target: 'Rocket-launching sites and a Hamas compound',
      place: 'Gaza Strip',
      fatalities: { min: 0, max: 0 },
      description: 'Strikes after a day of balloons that set at least four brush fires near the border; no casualties.',
    },
    [S.republicAug7],
  ),
  ev(
    'StatementMade',
    'stmt-cogat-aug14',
    when('2021-08-14'),
    {
      speaker: COGAT,
      audience: 'hamas',
      tone: 'conciliatory',
      summary:
        'Erez reopens to Gaza merchants and businessmen for the first time in 18 months (1,350 permits); more goods through Kerem Shalom from the 15th, "conditional on the continuation of security stability".',
    },
    [S.minaAug15],
  ),
  ev(
    'DemandTabled',
    DEM_CAPTIVES,
    when('2021-08-14', 'approximate'),
    {
      demandId: DEM_CAPTIVES,
      by: 'israel',
      addressedTo: ['hamas'],
      text: 'Return the two Israeli civilians and the bodies of two soldiers held in Gaza before the easing goes further and Gaza is rebuilt',
      category: 'humanitarian',
    },
    [S.minaAug15],
    { note: 'As the report of 15 August gives Israel’s condition; dated to it.' },
  ),
  ev(
    'IncidentReported',
    'inc-fence-aug21',
    when('2021-08-21T14:00:00Z', 'approximate'),
    {
      incidentId: 'fence-shooting-2021-08-21',
      kind: 'militant-attack',
      allegedBy: 'israel',
      against: 'israel',
      blamedOn: 'hamas',
      target: 'A Border Police sniper position at the fence',
      place: 'Gaza border fence',
      fatalities: { min: 1, max: 1 },
      description:
        'At a violent demonstration along the fence, a Palestinian shoots Border Police St.-Sgt. Barel Shmueli in the head at point-blank range through his firing slit; he dies of his wounds on 30 August. The army: "violent riots Hamas instigated".',
    },
    [S.hamodiaAug24, S.jpostAug23, S.republicAug24],
  ),
  ev(
    'IncidentReported',
    'inc-fire-protesters-aug21',
    when('2021-08-21T14:00:00Z', 'approximate'),
    {
      incidentId: 'fire-on-protesters-2021-08-21',
      kind: 'lethal-force',
      perpetrator: 'israel',
      against: 'hamas',
      target: 'Palestinian demonstrators at the fence',
      place: 'Gaza border fence',
      fatalities: { min: 1, max: 1 },
      description:
        'Israeli fire hits some two dozen Palestinians at the demonstration; Omar Abu al-Nil, 12, dies of his wounds a week later.',
    },
    [S.hamodiaAug24, S.wndAug29],
  ),
  ev(
    'IncidentReported',
    'inc-strikes-aug21',
    when('2021-08-21T20:00:00Z', 'approximate'),
    {
      incidentId: 'israeli-strikes-2021-08-21',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'hamas',
      target: 'Four Hamas weapons manufacturing and storage sites',
      place: 'Gaza Strip',
      fatalities: { min: 0, max: 0 },
      description: 'The army strikes four Hamas weapons sites "in response to the violent riots Hamas instigated".',
    },
    [S.republicAug24],
  ),
  ev(
    'IncidentReported',
    'inc-strikes-aug23',
    when('2021-08-23T21:00:00Z', 'approximate'),
    {
      incidentId: 'israeli-strikes-2021-08-23',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'hamas',
      target: 'A weapons factory, a tunnel entrance and an underground rocket launcher',
      place: 'Khan Younis',
      fatalities: { min: 0, max: 0 },
      description:
        'After balloons set nine fires: a Hamas weapons factory in Khan Younis, a tunnel entrance in Jabalia and an underground launcher in Shejaiya struck overnight; Hamas machine-gun fire into Israel draws another strike. No casualties on either side.',
    },
    [S.republicAug24, S.hamodiaAug24],
  ),
  ev(
    'IncidentReported',
    'inc-strikes-aug29',
    when('2021-08-29T01:00:00Z', 'approximate'),
    {
      incidentId: 'israeli-strikes-2021-08-29',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'hamas',
      target: 'A Hamas weapons and training site and a tunnel entrance',
      place: 'Jabalia',
      fatalities: { min: 0, max: 0 },
      description:
        'Strikes before dawn on a Hamas site and a tunnel entrance near Jabalia, for the balloons and the riots of the 28th (11 Palestinians hurt at the fence); no one hurt by the strikes.',
    },
    [S.wndAug29],
  ),
  // ===== September: balloons, the Gilboa escape, rockets and strikes =====
  ev(
    'IncidentReported',
    'inc-strikes-sep7',
    when('2021-09-06T22:00:00Z', 'approximate'),
    {
      incidentId: 'israeli-strikes-2021-09-07',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'hamas',
      target: 'A Hamas rocket workshop and a compound with a cement factory for tunnels',
      place: 'Khan Younis',
      description: 'Jets strike Hamas sites in Khan Younis early on Tuesday after balloons were sent into Israel.',
    },
    [S.sdutSep6],
  ),
  ev(
    'IncidentReported',
    'inc-strikes-sep11',
    when('2021-09-10T23:00:00Z', 'approximate'),
    {
      incidentId: 'israeli-strikes-2021-09-11',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'hamas',
      target: 'A Hamas machine-gun position, a storage site and a compound producing concrete for tunnels',
      place: 'Gaza Strip',
      description:
        'Jets and helicopters strike Hamas sites after a rocket from Gaza (intercepted) hours after two of the six Islamic Jihad prisoners who escaped from Gilboa were caught.',
    },
    [S.sputnikSep11, S.darienSep13],
  ),
  ev(
    'StatementMade',
    'stmt-barhoum-sep12',
    when('2021-09-12'),
    {
      speaker: BARHOUM,
      audience: 'israel',
      tone: 'accusation',
      summary:
        'Hamas accuses Israel of escalating in Gaza to export its crises after the Gilboa jailbreak: it "will not succeed in changing the rules of engagement".',
    },
    [S.anewsSep12],
  ),
  ev(
    'IncidentReported',
    'inc-strikes-sep13',
    when('2021-09-13T00:00:00Z', 'approximate'),
    {
      incidentId: 'israeli-strikes-2021-09-13',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'hamas',
      target: 'Hamas targets',
      place: 'Gaza Strip',
      fatalities: { min: 0, max: 0 },
      description:
        'A third night of fire: Israeli aircraft strike a series of Hamas targets after rocket launches from Gaza, amid Egypt’s struggling efforts to broker a long-term ceasefire.',
    },
    [S.darienSep13],
  ),
  // ===== October – December: Cairo, permits, the Egyptian shuttle, the shots at the fence =====
  ev(
    'MediationAction',
    'med-egypt-cairo-oct3',
    when('2021-10-03'),
    {
      mediator: 'egypt',
      action: 'proposed',
      summary:
        'Egypt’s intelligence service hosts Hamas’s leadership (Sinwar from Gaza, Haniyeh from Qatar) in Cairo for talks on a prisoner exchange with Israel and on Gaza’s reconstruction, with Gaza businessmen in part of them.',
    },
    [S.nationalOct3, S.winOct3],
  ),
  ev(
    'PositionTaken',
    'pos-hamas-captives-oct3',
    when('2021-10-03', 'approximate'),
    {
      demandId: DEM_CAPTIVES,
      actorId: 'hamas',
      stance: 'rejected',
      conditions: 'An exchange only for its price: the prisoners of the 2011 exchange re-arrested, women and children, the Gilboa escapees',
      quote: 'Hamas will not be pressured into releasing the captives in exchange for reconstruction efforts in Gaza (Zaher Jabarin, as reported).',
    },
    [S.winOct3],
  ),
  ev(
    'StatementMade',
    'stmt-israel-permits-oct6',
    when('2021-10-06'),
    {
      speaker: IL_OFFICIAL,
      audience: 'hamas',
      tone: 'conciliatory',
      summary:
        'Israel raises the work permits for Gazans to 7,000, from 5,000 workers and traders in August; since May it has reopened crossings, widened the fishing zone and let some goods in.',
    },
    [S.frontierOct6, S.wndOct7],
  ),
  ev(
    'MediationAction',
    'med-egypt-gaza-dec21',
    when('2021-12-21'),
    {
      mediator: 'egypt',
      action: 'visited',
      summary:
        'An Egyptian security delegation ends its talks in Gaza and heads to Israel with Hamas’s position on the exchange and on reconstruction.',
    },
    [S.innDec21],
  ),
  ev(
    'StatementMade',
    'stmt-hamas-explosion-dec21',
    when('2021-12-21'),
    {
      speaker: HAMAS_SOURCES,
      audience: 'israel',
      tone: 'military-threat',
      summary:
        'Hamas tells the Egyptian delegation it opposes tying reconstruction to the exchange and warns that Israel’s procrastination will lead to an "explosion": the situation in Gaza is heating up and escalation against Israel is possible in the near future.',
    },
    [S.innDec21],
  ),
  ev(
    'IncidentReported',
    'inc-sniper-dec29',
    when('2021-12-29T11:00:00Z', 'approximate'),
    {
      incidentId: 'fence-shooting-2021-12-29',
      kind: 'militant-attack',
      allegedBy: 'israel',
      against: 'israel',
      target: 'A Defence Ministry contractor working on the Gaza barrier',
      place: 'Gaza border fence',
      fatalities: { min: 0, max: 0 },
      injured: { min: 1, max: 1 },
      description:
        'Gunfire from Gaza wounds an Israeli civilian doing maintenance on the barrier west of Kibbutz Alumim; no faction claims it.',
    },
    [S.hinduDec29, S.algemeinerDec29],
  ),
  ev(
    'IncidentReported',
    'inc-tanks-dec29',
    when('2021-12-29T13:00:00Z', 'approximate'),
    {
      incidentId: 'israeli-tank-fire-2021-12-29',
      kind: 'shelling',
      perpetrator: 'israel',
      against: 'hamas',
      target: 'Four posts of the al-Qassam Brigades',
      place: 'northern Gaza Strip',
      fatalities: { min: 0, max: 0 },
      injured: { min: 2, max: 3 },
      description:
        'Israeli tanks hit Hamas military posts in response; two or three Palestinians (farmers, by Gaza’s sources) wounded. The army counts five rockets or mortar rounds fired from Gaza since the ceasefire.',
    },
    [S.hinduDec29, S.algemeinerDec29],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'israel-hamas-2021.jsonl',
  logEnd: '2026-12-07T00:00:00Z',
  events,
};

export default definition;
