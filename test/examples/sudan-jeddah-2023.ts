/**
 * A test fixture, not a shipped example: the war between Sudan's armed forces
 * (SAF, al-Burhan) and the Rapid Support Forces (RSF, Hemedti) and the
 * US–Saudi Jeddah talks, April to December 2023, as an analyst following the
 * news could have recorded them: the fighting from 15 April in Khartoum and
 * beyond, the truces of April (the 24-hour truce of 18 April, the Eid truce,
 * the 72-hour truce of 25 April and its two extensions), the Jeddah
 * Declaration of 11 May, the seven-day ceasefire of 22 May and its five-day
 * extension, the SAF suspending its part in the talks on 31 May, the 24-hour
 * truce of 10 June and the 72-hour truce of 18 June, the talks resumed on 26
 * October while the RSF took Nyala, Zalingei, El Geneina's Ardamata base,
 * Jebel Aulia and El Daein, their indefinite suspension in December, IGAD's
 * summit and the RSF's capture of Wad Madani. Escalation model v2 was never
 * tuned on it: it is the case the model is held to in
 * sudan-jeddah-2023.spec.ts, against the calls an analyst makes from DOMAIN.md
 * §5b alone.
 *
 * What it tests that the other cases did not: ceasefires that never take hold
 * while heavy fighting goes on in many places. Each truce is recorded as the
 * sources give it (CeasefireDeclared when both sides accepted it, with its
 * term; CeasefireExtended for each extension), the fighting under it as
 * IncidentReported, and a CeasefireViolationReported wherever a source reports
 * a side (or the mediators' monitors) alleging a violation.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source.
 *
 * Grading as in examples/README.md: B = established outlet or wire copy
 * (Reuters, AP, AFP, Al Jazeera, Radio Dabanga via AllAfrica, Sudan Tribune),
 * C = smaller outlet, aggregator or mirror of a wire story (Pledge Times,
 * Devdiscourse, Middle East Monitor, MINA); 1 = an on-record statement or act
 * confirmed by the actor itself or the mediators' joint statement; 2 = several
 * outlets agree or one established outlet reports it from witnesses; 3 = one
 * side's unverified claim. Tolls are as the sources give them (doctors'
 * unions, lawyers' groups, a side's claim), as ranges where they differ.
 *
 * Judgement calls, recorded as an analyst would:
 * - Is a truce "in force"? A truce is in force from its start until it ends by
 *   its term, is superseded, or fails; it holds while the parties observe it
 *   in the main, violations and all. A truce that a source reports failed
 *   outright — shattered from its first hours with no lull, or abandoned by a
 *   party that walks out and attacks — is recorded as ended (`collapsed`) on
 *   the day the sources say so, although its paper term has not run out:
 *   - the 24-hour truce of 18 April: "shattered shortly after it was due to
 *     take effect" (Reuters), the army saying its operations go on: ended
 *     `collapsed` on the morning of 19 April;
 *   - the 72-hour truce of 25 April brought "a partial lull" (Reuters) in
 *     Khartoum, in which the foreign evacuations were made: in force, violated,
 *     through its first extension; on 30 April–1 May the army attacked the
 *     capital "from all directions" and said it was flushing out the RSF, and
 *     the sources report that the truce "did not hold": ended `collapsed` on 1
 *     May, though the second extension ran on paper to 3 May;
 *   - the seven-day ceasefire of 22 May, signed, with a US–Saudi monitoring
 *     mechanism, brought "some respite" (Reuters) and aid to about two million
 *     people despite its violations: in force, violated, through its
 *     extension of 29 May; on 31 May the SAF suspended its part in the talks
 *     and attacked the RSF's bases in north and south Khartoum, and the market
 *     of Mayo was shelled ("truce failure", AFP): ended `collapsed` on 31 May.
 *     The mediators said on 1 June the parties "remain bound" by the
 *     extension (recorded as their statement); its paper term ran to 3 June;
 *   - the truces of 10 June (24 hours) and 18 June (72 hours) brought a lull
 *     ("like a dream", AFP) and ended by their terms (`expired`), the fighting
 *     resuming within minutes.
 *   What distinguishes this from the Israel – Hamas case (whose ceasefire,
 *   breached by strikes killing about a hundred, stays in force): there the
 *   strikes were episodes of a day under a ceasefire that held for weeks
 *   around them, and both sides said at once they still kept it; here a truce
 *   that failed did so from its first hours or when a party walked out and
 *   attacked, and the sources say so.
 * - The Jeddah Declaration (11 May) is a commitment to protect civilians, not
 *   a truce ("This is not a ceasefire", a US official): `AgreementReached`
 *   kind `partial`, no CeasefireDeclared. The short-term ceasefire agreement
 *   signed on 20 May is the agreement; the ceasefire took effect on 22 May at
 *   21:45 local time (19:45 GMT).
 * - The Eid truce is dated from the army's acceptance (evening of 21 April),
 *   when both sides had announced it; its term (72 hours from 06:00 on 21
 *   April) ended on 24 April (`expired`).
 * - Fighting is recorded one IncidentReported per engagement a source
 *   reports: where a report names separate clashes in separate cities of the
 *   capital or of the country on a day (Khartoum, Omdurman, Bahri, El Obeid),
 *   each is its own incident, as separate facts; a report of one engagement,
 *   however many districts it names, is one. Fighting whose report names no
 *   attacker is recorded under the army as perpetrator, against the RSF, with
 *   no `allegedBy` (as the Pakistan case's 4 March shelling), and the text
 *   says so. An act reported both as fighting and as a violation is one
 *   occurrence.
 * - The SAF is recorded as the state (`state`, it speaks for Burhan's
 *   Sovereignty Council); the RSF as an armed group. The mediators are the
 *   United States and Saudi Arabia; IGAD (on behalf of the African Union as
 *   well) joins them for the talks resumed in October.
 * - Added after the first run of the model, as gaps in the recording that an
 *   analyst following the days would have filled from dated reports (none
 *   changes a truce or its end): the fighting of 16–18 April (the first pass
 *   recorded the war's first day and then only the truce of the 18th), the
 *   RSF's attack on El Fasher of 4 November (in a report already cited for
 *   Zalingei), and the army's air strikes east of Wad Madani on 16 and 17
 *   December (the first pass recorded the battle's first and last days only).
 * - Left out: the ethnic killings in El Geneina in April–June and November by
 *   Arab militias and the RSF against the Masalit, which are not armed action
 *   between the two forces (the fall of the army's base at Ardamata is
 *   recorded); the seven-day truce South Sudan announced for 4–11 May, which
 *   the RSF did not join (it extended the US–Saudi truce instead); the July
 *   round in Jeddah, adjourned without a truce; July–September, for want of
 *   dated reports gathered for them: nothing is recorded between 22 June and
 *   25 October, and no call falls there.
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'sudan-jeddah-2023';
const { ev, idOf, at } = caseKit(NEGOTIATION_ID, 'test-analyst', 2023);

const SAF: Actor = {
  id: 'saf',
  name: 'Sudanese Armed Forces',
  kind: 'state',
  aliases: ['SAF', 'Sudanese army', 'Transitional Sovereignty Council'],
};
const RSF: Actor = {
  id: 'rsf',
  name: 'Rapid Support Forces',
  kind: 'armed-group',
  aliases: ['RSF', 'Hemedti’s forces'],
};
const USA: Actor = { id: 'united-states', name: 'United States', kind: 'state', aliases: ['US', 'Washington'] };
const SAUDI: Actor = { id: 'saudi-arabia', name: 'Saudi Arabia', kind: 'state', aliases: ['Riyadh', 'KSA'] };
const IGAD: Actor = {
  id: 'igad',
  name: 'Intergovernmental Authority on Development',
  kind: 'international-organisation',
  aliases: ['IGAD'],
};

const BURHAN: Person = {
  name: 'Abdel Fattah al-Burhan',
  title: 'Commander of the Sudanese Armed Forces, head of the Sovereignty Council',
  actorId: 'saf',
};
const KABBASHI: Person = {
  name: 'Shams El Din Kabbashi',
  title: 'Deputy commander of the Sudanese Armed Forces',
  actorId: 'saf',
};
const SAF_STMT: Person = { name: 'Sudanese Armed Forces (statement)', title: 'Sudanese army', actorId: 'saf' };
const ATTA: Person = { name: 'Yasser al-Atta', title: 'Deputy commander of the Sudanese Armed Forces', actorId: 'saf' };
const HEMEDTI: Person = {
  name: 'Mohamed Hamdan Dagalo (Hemedti)',
  title: 'Commander of the Rapid Support Forces',
  actorId: 'rsf',
};
const FACILITATORS: Person = {
  name: 'Joint statement of the facilitators (Saudi Arabia and the United States)',
  title: 'Jeddah talks facilitators',
  actorId: 'united-states',
};

const S = {
  geoApr15: source(
    'Sudan unrest: RSF captures presidential palace as violence rages',
    'Geo News (AFP, Reuters)',
    'https://www.geo.tv/latest/482255-sudan-unrest-rsf-captures-presidential-palace-as-violence-rages',
    '2023-04-15',
    'B',
    2,
  ),
  africareportApr15: source(
    'Sudan army strikes paramilitary camps',
    'The Africa Report (AFP)',
    'https://www.theafricareport.com/300814/sudan-army-strikes-paramilitary-camps/',
    '2023-04-15',
    'B',
    1,
  ),
  jpostApr15: source(
    'Sudan military rivals fight for power, 56 civilians killed',
    'The Jerusalem Post (Reuters)',
    'https://www.jpost.com/international/article-739338',
    '2023-04-15',
    'B',
    2,
  ),
  breakingApr17: source(
    'Sudan: airspace closed, intense clashes in Khartoum, 56 dead',
    'Breaking Latest News (Al Arabiya)',
    'https://www.breakinglatest.news/health/sudan-airspace-closed-intense-clashes-in-khartoum-56-dead/',
    '2023-04-17',
    'C',
    3,
  ),
  usafricaApr17: source(
    'Fighting rages in Sudan, death toll rises to 100',
    'USAfrica Online (AFP)',
    'https://usafricaonline.com/2023/04/17/fighting-rages-in-sudan-death-toll-rises-to-100/',
    '2023-04-17',
    'C',
    2,
  ),
  ajApr17: source(
    'Battles between Sudanese army and RSF intensify on third day',
    'Al Jazeera',
    'https://www.aljazeera.com/gallery/2023/4/17/battles-between-sudanese-army-and-rsf-intensify-on-third-day',
    '2023-04-17',
    'B',
    2,
  ),
  exbulletinApr17: source(
    'Sudan: fighting continues for a third day as death toll nears 100',
    'Ex Bulletin (CNN)',
    'https://exbulletin.com/world/2106153/',
    '2023-04-17',
    'C',
    2,
  ),
  sbsApr18: source(
    "Fighting is raging in areas of Sudan's capital Khartoum despite truce deal",
    'SBS News (Reuters)',
    'https://www.sbs.com.au/news/article/fighting-is-raging-in-areas-of-sudans-capital-khartoum-despite-truce-deal/0swjhe5ui',
    '2023-04-18',
    'B',
    2,
  ),
  medialineApr18: source(
    'Sudanese Army Agrees to 24-Hour Cease-fire Amid Ongoing Clashes: Report',
    'The Media Line',
    'https://themedialine.org/mideast-daily-news/sudanese-army-agrees-to-24-hour-cease-fire-amid-ongoing-clashes-report/',
    '2023-04-18',
    'B',
    1,
  ),
  globaltimesApr19: source(
    'Sudan clashes continue (Xinhua)',
    'Global Times (Xinhua)',
    'https://www.globaltimes.cn/page/202304/1289401.shtml',
    '2023-04-19',
    'B',
    2,
  ),
  warsawApr19: source(
    'Still no signs of ceasefire in Sudan',
    'Warsaw Point',
    'https://warsawpoint.com/news/50938-still-no-signs-of-ceasefire-in-sudan.html',
    '2023-04-19',
    'C',
    2,
  ),
  trtApr21: source(
    "Sudan's paramilitary RSF agrees to 72-hour Eid ceasefire",
    'TRT World (AP)',
    'https://www.trtworld.com/africa/sudan-s-paramilitary-rsf-agrees-to-72-hour-eid-ceasefire-67259',
    '2023-04-21',
    'B',
    2,
  ),
  instantApr21: source(
    'Sudanese army agrees to three-day ceasefire for the end of Ramadan',
    '24 Instant News (dpa)',
    'https://24instantnews.com/world/79617.html',
    '2023-04-21',
    'C',
    2,
  ),
  wionApr25: source(
    "Sudan's warring factions agree to a 72-hour ceasefire starting Tuesday",
    'WION',
    'https://www.wionews.com/world/sudans-warring-factions-agree-to-a-72-hour-ceasefire-starting-tuesday-585826',
    '2023-04-25',
    'B',
    1,
  ),
  pledgeApr28: source(
    'Battles of Sudan: the Sudanese armed forces agreed to extend the ceasefire by 72 hours',
    'Pledge Times (Reuters)',
    'https://pledgetimes.com/battles-of-sudan-the-sudanese-armed-forces-agreed-to-extend-the-ceasefire-by-72-hours/',
    '2023-04-28',
    'C',
    2,
  ),
  bdnewsApr28: source(
    "Sudan's warring sides extend truce as fighting spreads to Darfur",
    'bdnews24.com (Reuters)',
    'https://bdnews24.com/world/africa/2b0p04uuu9',
    '2023-04-28',
    'B',
    2,
  ),
  scmpApr28: source(
    "Sudan's factions agree to extend truce, but fighting goes on",
    'South China Morning Post',
    'https://www.scmp.com/news/world/africa/article/3218653/sudans-factions-agree-extend-truce-fighting-goes',
    '2023-04-28',
    'B',
    1,
  ),
  pledgeApr29: source(
    'Artillery and air strikes shake Khartoum despite pledges of a truce',
    'Pledge Times (Reuters)',
    'https://pledgetimes.com/artillery-and-air-strikes-shake-khartoum-despite-pledges-of-a-truce/',
    '2023-04-29',
    'C',
    2,
  ),
  voaApr30: source(
    "Sudan's Warring Factions Announce Truce Extension",
    'VOA Africa (AFP)',
    'https://voaafrica.com/amp/sudan-s-warring-factions-announce-truce-extension/7072609.html',
    '2023-04-30',
    'B',
    1,
  ),
  breakingApr30: source(
    'In Sudan, a truce that has already been widely violated has been extended by 72 hours',
    'Breaking Latest News',
    'https://www.breakinglatest.news/world/in-sudan-a-truce-that-has-already-been-widely-violated-has-been-extended-by-72-hours/',
    '2023-04-30',
    'C',
    2,
  ),
  nilepostMay1: source(
    'Fighting intensifies as army tries to bomb RSF out of Khartoum',
    'Nile Post (BBC)',
    'https://nilepost.co.ug/2023/05/01/fighting-intensifies-as-army-tries-to-bomb-rsf-out-of-khartoum/',
    '2023-05-01',
    'C',
    2,
  ),
  tribuneMay1: source(
    'Sudan crisis: Air strikes continue despite truce',
    'Nigerian Tribune (BBC)',
    'https://tribuneonlineng.com/sudan-crisis-air-strikes-continue-despite-truce/',
    '2023-05-01',
    'C',
    2,
  ),
  breakingMay6: source(
    'Sudan: USA and Saudi Arabia confirm talks in Jeddah starting today',
    'Breaking Latest News',
    'https://www.breakinglatest.news/world/sudan-usa-and-saudi-arabia-confirm-talks-in-jeddah-starting-today/',
    '2023-05-06',
    'C',
    1,
  ),
  ajMay10: source(
    'Sudan fighting in its 26th day: A list of key events',
    'Al Jazeera',
    'https://www.aljazeera.com/news/2023/5/10/sudan-fighting-in-its-26th-day-a-list-of-key-events',
    '2023-05-10',
    'B',
    2,
  ),
  allafricaMay12: source(
    'Sudan: Jeddah Declaration of Commitment to Protect the Civilians of Sudan (joint statement of Saudi Arabia and the United States)',
    'AllAfrica (US Department of State)',
    'https://allafrica.com/stories/202305120411.html',
    '2023-05-12',
    'B',
    1,
  ),
  saudigazetteMay12: source(
    "Jeddah Declaration: Sudan's warring rivals agree to protect civilians",
    'Saudi Gazette',
    'https://saudigazette.com.sa/article/632383/SAUDI-ARABIA/Jeddah-Declaration-Sudans-warring-rivals-agree-to-protect-civilians',
    '2023-05-12',
    'B',
    1,
  ),
  minaMay13: source(
    'Clashes Continue in Sudan Despite Jeddah Declaration Signing',
    'MINA (Anadolu)',
    'https://en.minanews.net/clashes-continue-in-sudan-despite-jeddah-declaration-signing/',
    '2023-05-13',
    'C',
    2,
  ),
  gulfnewsMay13: source(
    'Khartoum endures torrid time after pledges',
    'Gulf News (AFP)',
    'https://gulfnews.com/world/mena/khartoum-endures-torrid-time-after-pledges-1.1684004365444',
    '2023-05-13',
    'B',
    2,
  ),
  i24May13: source(
    "Blasts rock Sudan's capital as warring sides affirm humanitarian pledge",
    'i24NEWS (AFP)',
    'https://www.i24news.tv/en/news/international/africa/1683994694-blasts-rock-sudan-s-capital-as-warring-sides-affirm-humanitarian-pledge',
    '2023-05-13',
    'B',
    2,
  ),
  arianaMay20: source(
    'Air strikes shake Khartoum as warring sides agree to one-week ceasefire',
    'Ariana News (AFP)',
    'https://www.ariananews.af/air-strikes-shake-khartoum-as-warring-sides-agree-to-one-week-ceasefire/amp',
    '2023-05-20',
    'C',
    1,
  ),
  jowharMay22: source(
    'Official start of Sudan ceasefire marked by reported clashes and air strikes',
    'Jowhar (AFP)',
    'https://www.jowhar.com/world-news/official-start-of-sudan-ceasefire-marked-by-reported-clashes-and-air-strikes.html',
    '2023-05-22',
    'C',
    2,
  ),
  i24May23: source(
    'Clashes and airstrikes sound in Sudan despite new humanitarian truce',
    'i24NEWS (AFP)',
    'https://www.i24news.tv/en/news/international/africa/1684817734-clashes-and-airstrikes-sound-in-sudan-despite-new-humanitarian-truce',
    '2023-05-23',
    'B',
    2,
  ),
  pledgeMay26: source(
    'The Sudan ceasefire monitoring mechanism detected potential violations of the agreement',
    'Pledge Times (Reuters)',
    'https://pledgetimes.com/the-sudan-ceasefire-monitoring-mechanism-detected-potential-violations-of-the-agreement/',
    '2023-05-26',
    'C',
    1,
  ),
  namMay26: source(
    'Sudan crisis: Sporadic clashes in capital Khartoum despite truce',
    'NAM News Network (Xinhua)',
    'http://www.namnewsnetwork.org/?p=222426',
    '2023-05-26',
    'C',
    2,
  ),
  trtMay29: source(
    "Heavy clashes in Sudan's capital as truce set to expire",
    'TRT World (Reuters)',
    'https://www.trtworld.com/article/13416248',
    '2023-05-29',
    'B',
    2,
  ),
  firstpostMay29: source(
    'Sudan: Heavy clashes in Khartoum just hours before expiration of tenuous truce',
    'Firstpost',
    'https://www.firstpost.com/world/sudan-heavy-clashes-in-khartoum-just-hours-before-expiration-of-tenuous-truce-12660722.html',
    '2023-05-29',
    'B',
    2,
  ),
  mehrMay30: source(
    'Sudan factions agree to extend ceasefire deal amid clashes',
    'Mehr News Agency (AFP, Al Jazeera)',
    'https://en.mehrnews.com/news/201384/Sudan-factions-agree-to-extend-ceasefire-deal-amid-clashes',
    '2023-05-30',
    'C',
    1,
  ),
  observerMay31: source(
    'Sudan fighting rages despite truce extension',
    'The Daily Observer (AFP)',
    'https://www.observerbd.com/news.php?id=421755',
    '2023-05-31',
    'B',
    2,
  ),
  theweekMay31: source(
    'Military says Sudan has suspended its participation in talks with paramilitary rival',
    'The Week (AP)',
    'https://www.theweek.in/news/world/2023/05/31/military-says-sudan-has-suspended-its-participation-in-talks-with-paramilitary-rival.html',
    '2023-05-31',
    'B',
    1,
  ),
  ahramJun1: source(
    '18 dead in attack on Khartoum market after truce failure',
    'Ahram Online (AFP)',
    'https://english.ahram.org.eg/News/502130.aspx',
    '2023-06-01',
    'B',
    2,
  ),
  irishtimesJun1: source(
    'Sudan: Nineteen killed in shelling of market in poor area south of Khartoum',
    'The Irish Times',
    'https://www.irishtimes.com/world/africa/2023/06/01/sudan-nineteen-killed-in-shelling-of-market-in-poor-area-south-of-khartoum/',
    '2023-06-01',
    'B',
    2,
  ),
  newarabJun2: source(
    'Sudan: Shelling of market in Khartoum by Sudanese army kills 27 civilians as ceasefire talks break down',
    'The New Arab',
    'https://newarab.com/news/27-sudanese-civilians-killed-shelling-market',
    '2023-06-02',
    'C',
    3,
  ),
  meeJun1: source(
    'US and Saudi Arabia suspend Jeddah talks as fighting rages in Sudan',
    'Middle East Eye',
    'https://acquiaprod.middleeasteye.net/news/us-and-saudi-arabia-suspend-jeddah-talks-fighting-rages-sudan',
    '2023-06-01',
    'C',
    1,
  ),
  radiopkJun4: source(
    'Saudi Arabia, US call on Sudan warring sides to implement a new ceasefire',
    'Radio Pakistan',
    'https://www.radio.gov.pk/04-06-2023/saudi-arabia-us-call-on-sudan-warring-sides-to-implement-a-new-ceasefire',
    '2023-06-04',
    'C',
    1,
  ),
  pledgeJun5: source(
    'Battles of Sudan: fighting intensified after the ceasefire ended, killing dozens of people in North Darfur',
    'Pledge Times (Reuters)',
    'https://pledgetimes.com/battles-of-sudan-fighting-intensified-after-the-ceasefire-ended-killing-dozens-of-people-in-north-darfur/',
    '2023-06-05',
    'C',
    2,
  ),
  nationJun10: source(
    'Sudan sides agree 24-hour ceasefire from Saturday',
    'The Nation (Reuters/NAN)',
    'https://thenationonlineng.net/sudan-sides-agree-24-hour-ceasefire-from-saturday/',
    '2023-06-10',
    'B',
    1,
  ),
  albawabaJun11: source(
    'Fighting in Khartoum renews after 24-hour truce',
    'Al Bawaba',
    'https://www.albawaba.com/news/fighting-khartoum-renews-after-24-hour-truce-1522423',
    '2023-06-11',
    'C',
    2,
  ),
  alarabiyaJun11: source(
    "Sudan's 24-hour ceasefire ends, clashes heard in Khartoum",
    'Al Arabiya (Reuters)',
    'https://english.alarabiya.net/News/middle-east/2023/06/11/Sudan-24-ceasefire-ends-clashes-heard-in-Khartoum-',
    '2023-06-11',
    'B',
    2,
  ),
  trtJun11: source(
    'Shelling and gunfire resume in Sudan capital after 24-hour ceasefire',
    'TRT World (AFP)',
    'https://www.trtworld.com/article/13575119',
    '2023-06-11',
    'B',
    2,
  ),
  alarabiyaJun17: source(
    "Sudan's warring factions agree new 72-hour ceasefire: US-Saudi Arabia statement",
    'Al Arabiya (Reuters)',
    'https://english.alarabiya.net/News/middle-east/2023/06/17/Sudan-s-warring-factions-agree-new-72-hour-ceasefire-US-Saudi-Arabia-statement',
    '2023-06-17',
    'B',
    1,
  ),
  wionJun18: source(
    'Sudan conflict: Warring sides agree new truce after fighting intensifies',
    'WION (AFP)',
    'https://www.wionews.com/world/sudan-conflict-warring-sides-agree-new-truce-after-fighting-intensifies-605656',
    '2023-06-18',
    'B',
    2,
  ),
  geoJun21: source(
    "War resurges in Sudan's capital as three-day truce expires",
    'Geo News (Reuters)',
    'https://www.geo.tv/latest/494749-war-resurges-in-sudans-capital-as-three-day-truce-expires',
    '2023-06-21',
    'B',
    2,
  ),
  bdnewsJun21: source(
    "Fighting resumes in Sudan's capital as truce expires",
    'bdnews24.com (Reuters)',
    'https://bdnews24.com/world/africa/6t7192wth8',
    '2023-06-21',
    'B',
    2,
  ),
  alarabiyaJun22: source(
    'US adjourned Sudan talks on Wednesday because format not succeeding',
    'Al Arabiya (Reuters)',
    'https://english.alarabiya.net/News/world/2023/06/22/US-adjourned-Sudan-talks-on-Wednesday-because-format-not-succeeding-',
    '2023-06-22',
    'B',
    1,
  ),
  pledgeOct26: source(
    'Saudi Foreign Ministry: resuming Sudanese peace talks in Jeddah',
    'Pledge Times (AFP)',
    'https://pledgetimes.com/saudi-foreign-ministry-resuming-sudanese-peace-talks-in-jeddah/',
    '2023-10-26',
    'C',
    1,
  ),
  ajOct26: source(
    'Sudan warring sides resume peace talks in Saudi Arabia',
    'Al Jazeera',
    'https://www.aljazeera.com/news/2023/10/26/sudan-warring-sides-resume-peace-talks-in-saudi-arabia',
    '2023-10-26',
    'B',
    1,
  ),
  allafricaOct26: source(
    'Sudan: Fierce Battles Continue in Nyala',
    'AllAfrica (Radio Dabanga)',
    'https://allafrica.com/stories/202310260107.html',
    '2023-10-26',
    'B',
    2,
  ),
  sudantribuneOct28: source(
    'Sudanese army forced to withdraw from Nyala due to supply shortage: military',
    'Sudan Tribune',
    'https://sudantribune.com/?p=278768',
    '2023-10-28',
    'B',
    2,
  ),
  allafricaOct30: source(
    "Sudan: RSF Deputy Commander Calls On Nyala's Residents to Return Home",
    'AllAfrica (Radio Dabanga)',
    'https://allafrica.com/stories/202310300085.html',
    '2023-10-30',
    'B',
    1,
  ),
  allafricaNov2: source(
    'Sudan: Burhan Visits Troops in Khartoum and Omdurman as Clashes Continue',
    'AllAfrica (Radio Dabanga)',
    'https://allafrica.com/stories/202311020143.html',
    '2023-11-02',
    'B',
    2,
  ),
  dailymailNov7: source(
    'Sudan army, paramilitary RSF commit to facilitating humanitarian aid - SPA',
    'Daily Mail (Reuters)',
    'https://www.dailymail.co.uk/wires/reuters/article-12721345/Sudan-army-paramilitary-RSF-commit-facilitating-humanitarian-aid--SPA.html',
    '2023-11-07',
    'B',
    1,
  ),
  trtNov8: source(
    "Reports of killings in Sudan's West Darfur as RSF takes over army base",
    'TRT Afrika (Reuters)',
    'https://trt.global/afrika-english/article/15735147',
    '2023-11-08',
    'B',
    2,
  ),
  voiceNov8: source(
    'RSF Seize North Darfur Garrison, Reportedly Commit Mass Atrocities in West Darfur',
    'The Voice of Sudan (Radio Dabanga)',
    'https://thevoiceofsudan.com/2023/11/08/rsf-seize-north-darfur-garrison-reportedly-commit-mass-atrocities-in-west-darfur/',
    '2023-11-08',
    'C',
    2,
  ),
  allafricaNov21: source(
    "Sudan: RSF Make 'Series of Victories' in Jebel Aulia and East Darfur",
    'AllAfrica (Radio Dabanga)',
    'https://allafrica.com/stories/202311220117.html',
    '2023-11-21',
    'B',
    2,
  ),
  sudantribuneNov21: source(
    'RSF seize control of Sudanese army base in East Darfur',
    'Sudan Tribune',
    'https://sudantribune.com/article279589',
    '2023-11-21',
    'B',
    2,
  ),
  sudantribuneDec16: source(
    'Intense fighting rages outside Wad Madani, causing mass displacement',
    'Sudan Tribune',
    'https://sudantribune.com/article280401',
    '2023-12-16',
    'B',
    2,
  ),
  sudantribuneDec17: source(
    'Wad Madani: RSF push back after intense clashes with Sudanese army',
    'Sudan Tribune',
    'https://sudantribune.com/?p=280457',
    '2023-12-17',
    'B',
    2,
  ),
  pledgeDec4: source(
    'Suspension of the Jeddah negotiations between the Sudanese parties',
    'Pledge Times (Al-Ittihad)',
    'https://pledgetimes.com/suspension-of-the-jeddah-negotiations-between-the-sudanese-parties/',
    '2023-12-04',
    'C',
    3,
  ),
  africanewsDec5: source(
    'War in Sudan: negotiations reach deadlock',
    'Africanews',
    'https://www.africanews.com/2023/12/05/war-in-sudan-negotiations-reach-deadlock',
    '2023-12-05',
    'B',
    3,
  ),
  allafricaDec8: source(
    'Sudan: Fighting Continues in Khartoum and Omdurman',
    'AllAfrica (Radio Dabanga)',
    'https://allafrica.com/stories/202312080036.html',
    '2023-12-08',
    'B',
    2,
  ),
  trtDec9: source(
    'IGAD leaders meet in Djibouti to discuss Sudan conflict',
    'TRT World',
    'https://www.trtworld.com/article/16174174',
    '2023-12-09',
    'B',
    1,
  ),
  iafricaDec12: source(
    "Settling Sudan's woes",
    'iAfrica (Reuters)',
    'https://iafrica.com/settling-sudans-woes/',
    '2023-12-12',
    'C',
    3,
  ),
  memoDec18: source(
    'Sudan RSF enters Wad Madani aid hub where many were displaced',
    'Middle East Monitor (Reuters)',
    'https://www.middleeastmonitor.com/20231218-sudan-rsf-enters-wad-madani-aid-hub-where-many-were-displaced/',
    '2023-12-18',
    'C',
    2,
  ),
  devdiscourseDec18: source(
    "Sudan's RSF says it has entered Wad Madani city",
    'Devdiscourse (Reuters)',
    'https://www.devdiscourse.com/article/law-order/2750405-sudans-rsf-says-it-has-entered-wad-madani-city',
    '2023-12-18',
    'C',
    2,
  ),
  nationalDec19: source(
    "Sudan's RSF captures Wad Madani as up to 300,000 flee violence",
    'The National',
    'https://www.thenationalnews.com/mena/2023/12/19/sudans-rsf-captures-wad-medani-as-refugee-agency-says-up-to-300000-flee-violence/',
    '2023-12-19',
    'B',
    2,
  ),
  devdiscourseDec19: source(
    'Sudanese army says its forces have withdrawn from Wad Madani city - statement',
    'Devdiscourse (Reuters)',
    'https://www.devdiscourse.com/article/law-order/2751778-sudanese-army-says-its-forces-have-withdrawn-from-wad-madani-city---statement',
    '2023-12-19',
    'C',
    1,
  ),
};

const R = { jeddah1: 'jeddah-2023-05', jeddah2: 'jeddah-2023-10' };
const CF = {
  apr18: 'truce-2023-04-18',
  eid: 'eid-truce-2023-04-21',
  apr25: 'truce-2023-04-25',
  may22: 'short-term-ceasefire-2023-05-22',
  jun10: 'truce-2023-06-10',
  jun18: 'truce-2023-06-18',
};
const D = { vacate: 'saf-rsf-vacate-civilian-sites' };
const O = {
  apr18Night: 'khartoum-fighting-2023-04-18',
  apr27: 'air-strikes-2023-04-27',
  apr28: 'air-strikes-rsf-bases-2023-04-28',
  may22East: 'air-strikes-east-khartoum-2023-05-22',
  may25: 'attack-army-base-2023-05-25',
  may30: 'south-khartoum-clashes-2023-05-30',
  may31: 'saf-withdrawal-2023-05-31',
  jun20: 'intelligence-hq-fire-2023-06-20',
};

const events = [
  // ===== April: the war erupts; the 24-hour truce, the Eid truce, the 72-hour truce and its extensions =====
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '2023-04-15', recordedAt: at('04-15', '20:00') },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'SAF – RSF war and the Jeddah talks, 2023',
      subject:
        'A ceasefire between the Sudanese Armed Forces and the Rapid Support Forces, humanitarian access and a permanent cessation of hostilities, from the outbreak of the war on 15 April through the US–Saudi truces and the Jeddah talks to the RSF’s capture of Wad Madani',
      parties: [SAF, RSF],
      mediators: [USA, SAUDI],
    },
    [S.geoApr15, S.jpostApr15],
    {
      note: 'Opened on the first day of the war; the United States and Saudi Arabia mediate the truces from 18 April and host the Jeddah talks from 6 May.',
    },
  ),
  ev(
    'IncidentReported',
    'inc-khartoum-apr15',
    { occurredAt: '2023-04-15', recordedAt: at('04-15', '20:05') },
    {
      incidentId: 'khartoum-fighting-2023-04-15',
      kind: 'clash',
      perpetrator: 'rsf',
      allegedBy: 'saf',
      against: 'saf',
      place: 'Khartoum: the presidential palace, the international airport, the army headquarters',
      fatalities: { min: 56, max: 56 },
      civilianFatalities: { min: 56, max: 56 },
      description:
        'Heavy fighting from dawn across Khartoum; the RSF claims the presidential palace, the airport and the army chief’s residence, the army says the RSF attacked its positions (the RSF that the army attacked its camps first). The doctors’ committee counts 56 civilians killed the first day.',
    },
    [S.geoApr15, S.jpostApr15],
  ),
  ev(
    'IncidentReported',
    'inc-airstrikes-apr15',
    { occurredAt: '2023-04-15', recordedAt: at('04-15', '20:10') },
    {
      incidentId: 'air-strikes-tiba-soba-2023-04-15',
      kind: 'airstrike',
      perpetrator: 'saf',
      against: 'rsf',
      place: 'Tiba and Soba camps, Khartoum',
      description: 'The army: "The Sudanese air force destroyed Tiba and Soba camps" of the RSF militia.',
    },
    [S.africareportApr15],
  ),
  ev(
    'IncidentReported',
    'inc-merowe-apr15',
    { occurredAt: '2023-04-15', recordedAt: at('04-15', '20:15') },
    {
      incidentId: 'merowe-el-obeid-2023-04-15',
      kind: 'clash',
      perpetrator: 'rsf',
      allegedBy: 'rsf',
      against: 'saf',
      place: 'Merowe and El Obeid airports',
      description: 'The RSF says it seized the airports of Merowe in the north and El Obeid in the west.',
    },
    [graded(S.geoApr15, 3)],
  ),
  ev(
    'IncidentReported',
    'inc-omdurman-apr16',
    { occurredAt: '2023-04-16', recordedAt: at('04-17', '18:00') },
    {
      incidentId: 'omdurman-rsf-headquarters-2023-04-16',
      kind: 'clash',
      perpetrator: 'saf',
      allegedBy: 'saf',
      against: 'rsf',
      place: 'Omdurman: the RSF headquarters',
      description:
        'The army says it has taken the whole RSF headquarters in Omdurman with the equipment and weapons abandoned there; the RSF claims to hold 90% of the military areas and to have downed a Sukhoi, which the army denies.',
    },
    [S.breakingApr17],
  ),
  ev(
    'IncidentReported',
    'inc-airport-apr17',
    { occurredAt: '2023-04-17', recordedAt: at('04-17', '18:05') },
    {
      incidentId: 'khartoum-airport-2023-04-17',
      kind: 'airstrike',
      perpetrator: 'saf',
      against: 'rsf',
      place: 'Khartoum International Airport and east of the army General Command',
      description:
        'Mortar and artillery fire from the early hours, intensifying after dawn prayers toward the airport and army garrison sites; military jets and helicopters hit the airport (verified video), jets bomb sites east of the command, drawing heavy anti-aircraft fire (CNN).',
    },
    [S.exbulletinApr17, S.usafricaApr17],
  ),
  ev(
    'IncidentReported',
    'inc-kafouri-apr17',
    { occurredAt: '2023-04-17', recordedAt: at('04-17', '18:10') },
    {
      incidentId: 'kafouri-2023-04-17',
      kind: 'clash',
      perpetrator: 'saf',
      against: 'rsf',
      place: 'Kafouri, north of Khartoum (Bahri)',
      description:
        'Clashes and street fighting at dawn in Kafouri; residents begin evacuating women and children (a Sudanese journalist, via CNN). No attacker named: recorded under the army.',
    },
    [S.exbulletinApr17],
  ),
  ev(
    'IncidentReported',
    'inc-omdurman-apr17',
    { occurredAt: '2023-04-17', recordedAt: at('04-17', '18:15') },
    {
      incidentId: 'omdurman-air-raids-2023-04-17',
      kind: 'airstrike',
      perpetrator: 'saf',
      against: 'rsf',
      place: 'Omdurman',
      description:
        'Air raids and shelling strike parts of the capital and the adjoining city of Omdurman on the third day; the doctors’ union counts 97 civilians killed since Saturday.',
    },
    [S.ajApr17, S.usafricaApr17],
  ),
  ev(
    'CeasefireDeclared',
    'cf-apr18',
    { occurredAt: '2023-04-18T16:00:00Z', recordedAt: at('04-18', '20:00') },
    {
      ceasefireId: CF.apr18,
      parties: ['saf', 'rsf'],
      scope: 'A 24-hour humanitarian truce across Sudan, from 18:00 local time',
      duration: 'temporary',
      until: '2023-04-19T16:00:00Z',
    },
    [S.medialineApr18, S.sbsApr18],
    {
      note: 'Announced by Hemedti after a call with Blinken; the army’s Kabbashi said it would comply and that it would not be extended. Blinken called both generals; no mediator signed it.',
    },
  ),
  ev(
    'CeasefireViolationReported',
    'cfv-apr18-by-rsf',
    { occurredAt: '2023-04-18T17:00:00Z', precision: 'approximate', recordedAt: at('04-19', '08:00') },
    {
      ceasefireId: CF.apr18,
      allegedBy: 'rsf',
      against: 'saf',
      description:
        'Heavy gunfire minutes after 18:00; warplanes over Khartoum and a large army ground force entering the city from the east. The RSF accuses the army of breaking the truce.',
    },
    [S.sbsApr18, S.warsawApr19],
    { occurrence: O.apr18Night },
  ),
  ev(
    'CeasefireViolationReported',
    'cfv-apr18-by-saf',
    { occurredAt: '2023-04-18T17:00:00Z', precision: 'approximate', recordedAt: at('04-19', '08:05') },
    {
      ceasefireId: CF.apr18,
      allegedBy: 'saf',
      against: 'rsf',
      description: 'The army accuses the RSF of not respecting the truce.',
    },
    [S.warsawApr19],
    { occurrence: O.apr18Night },
  ),
  ev(
    'IncidentReported',
    'inc-khartoum-apr18',
    { occurredAt: '2023-04-18T17:00:00Z', precision: 'approximate', recordedAt: at('04-19', '08:10') },
    {
      incidentId: 'khartoum-fighting-2023-04-18',
      kind: 'clash',
      perpetrator: 'saf',
      against: 'rsf',
      place: 'Khartoum: around the army command, the presidential palace and the airport',
      description:
        'Fighting goes on through the truce’s first hours; "We have not received any indications here that there\'s been a halt in the fighting" (UN). No attacker named by the witnesses: recorded under the army.',
    },
    [S.sbsApr18, S.globaltimesApr19],
    { occurrence: O.apr18Night },
  ),
  ev(
    'IncidentReported',
    'inc-army-command-apr18',
    { occurredAt: '2023-04-18T06:00:00Z', precision: 'approximate', recordedAt: at('04-19', '08:11') },
    {
      incidentId: 'army-command-palace-2023-04-18',
      kind: 'clash',
      perpetrator: 'saf',
      against: 'rsf',
      place: 'Khartoum: around the army command, the presidential palace and the airport',
      description:
        'Violent clashes renew on Tuesday morning around the army command, the presidential palace and the airport (eyewitnesses, Xinhua). No attacker named: recorded under the army.',
    },
    [S.globaltimesApr19],
  ),
  ev(
    'IncidentReported',
    'inc-south-bases-apr18',
    { occurredAt: '2023-04-18T06:00:00Z', precision: 'approximate', recordedAt: at('04-19', '08:12') },
    {
      incidentId: 'rsf-bases-south-khartoum-2023-04-18',
      kind: 'clash',
      perpetrator: 'saf',
      against: 'rsf',
      place: 'RSF bases south of Khartoum',
      description:
        'Clashes around some RSF bases south of the capital on Tuesday morning (eyewitnesses, Xinhua). No attacker named: recorded under the army.',
    },
    [S.globaltimesApr19],
  ),
  ev(
    'CeasefireEnded',
    'cf-apr18-ended',
    { occurredAt: '2023-04-19T06:00:00Z', precision: 'approximate', recordedAt: at('04-19', '08:15') },
    {
      ceasefireId: CF.apr18,
      reason: 'collapsed',
      summary:
        'Khartoum woke to heavy gunfire; the army’s high command says it will continue its operations to secure the capital. The truce "was shattered shortly after it was due to take effect".',
    },
    [S.warsawApr19, S.sbsApr18],
  ),
  ev(
    'IncidentReported',
    'inc-khartoum-apr20',
    { occurredAt: '2023-04-20', recordedAt: at('04-21', '10:00') },
    {
      incidentId: 'khartoum-fighting-2023-04-20',
      kind: 'clash',
      perpetrator: 'saf',
      against: 'rsf',
      place: 'Khartoum: the international airport and the army headquarters',
      description:
        'After two ceasefires failed to take hold in two days, gunfire into Thursday night, columns of smoke around the airport and the army headquarters. No attacker named: recorded under the army.',
    },
    [S.trtApr21],
  ),
  ev(
    'IncidentReported',
    'inc-el-obeid-apr20',
    { occurredAt: '2023-04-20', recordedAt: at('04-21', '10:05') },
    {
      incidentId: 'el-obeid-2023-04-20',
      kind: 'clash',
      perpetrator: 'saf',
      against: 'rsf',
      place: 'El Obeid, North Kordofan',
      description: 'Witnesses report loud explosions in El Obeid. No attacker named: recorded under the army.',
    },
    [S.trtApr21],
  ),
  ev(
    'StatementMade',
    'stmt-burhan-apr20',
    { occurredAt: '2023-04-20', recordedAt: at('04-21', '10:10') },
    {
      speaker: BURHAN,
      audience: 'rsf',
      tone: 'military-threat',
      summary:
        'Rules out talks with Hemedti and sees no option but "decisive military" action, while open to mediation.',
      quote: 'I do not think there is any room for talks over politics again with the Rapid Support Forces',
    },
    [S.trtApr21],
  ),
  ev(
    'CeasefireDeclared',
    'cf-eid',
    { occurredAt: '2023-04-21T18:00:00Z', precision: 'approximate', recordedAt: at('04-21', '22:00') },
    {
      ceasefireId: CF.eid,
      parties: ['saf', 'rsf'],
      scope: 'A three-day truce for Eid al-Fitr, to open humanitarian corridors',
      duration: 'temporary',
      until: '2023-04-24T04:00:00Z',
    },
    [S.trtApr21, S.instantApr21],
    {
      note: 'The RSF announced it from 06:00 local time on 21 April; the army agreed that evening without giving a time. Dated from the army’s acceptance.',
    },
  ),
  ev(
    'CeasefireViolationReported',
    'cfv-eid-by-rsf',
    { occurredAt: '2023-04-21T19:00:00Z', precision: 'approximate', recordedAt: at('04-21', '22:05') },
    {
      ceasefireId: CF.eid,
      allegedBy: 'rsf',
      against: 'saf',
      description:
        'Moments after the army’s announcement an adviser to Hemedti accuses the army of violating the ceasefire; shots and explosions heard in Khartoum that night.',
    },
    [graded(S.instantApr21, 3)],
  ),
  ev(
    'CeasefireEnded',
    'cf-eid-ended',
    { occurredAt: '2023-04-24T04:00:00Z', recordedAt: at('04-25', '08:00') },
    { ceasefireId: CF.eid, reason: 'expired', summary: 'The three-day Eid truce ran out; it had not been respected.' },
    [S.wionApr25, S.trtApr21],
  ),
  ev(
    'CeasefireDeclared',
    'cf-apr25',
    { occurredAt: '2023-04-24T22:00:00Z', recordedAt: at('04-25', '08:05') },
    {
      ceasefireId: CF.apr25,
      parties: ['saf', 'rsf'],
      scope: 'A 72-hour nationwide ceasefire, to let civilians and foreigners leave and aid in',
      duration: 'temporary',
      until: '2023-04-27T22:00:00Z',
      mediatedBy: ['united-states', 'saudi-arabia'],
    },
    [S.wionApr25],
    { note: 'Announced by Blinken after 48 hours of negotiation; the army says the US and Saudi Arabia mediated it.' },
  ),
  ev(
    'IncidentReported',
    'inc-airstrikes-apr25',
    { occurredAt: '2023-04-25T20:00:00Z', precision: 'approximate', recordedAt: at('04-28', '08:00') },
    {
      incidentId: 'air-strikes-khartoum-2023-04-25',
      kind: 'airstrike',
      perpetrator: 'saf',
      against: 'rsf',
      place: 'Khartoum',
      description:
        'The truce at first appeared to hold; late on Tuesday army forces were reported to have carried out air strikes against the RSF in Khartoum.',
    },
    [S.pledgeApr28],
  ),
  ev(
    'IncidentReported',
    'inc-soba-apr26',
    { occurredAt: '2023-04-26', recordedAt: at('04-28', '08:05') },
    {
      incidentId: 'east-nile-soba-2023-04-26',
      kind: 'airstrike',
      perpetrator: 'saf',
      against: 'rsf',
      place: 'East of the Nile and Soba, Khartoum',
      description:
        'Air strikes east of the Nile, RSF anti-aircraft fire on army jets north of Khartoum, fighting in Soba: the truce "further shaken" on Wednesday.',
    },
    [S.pledgeApr28],
  ),
  ev(
    'CeasefireExtended',
    'cf-apr25-ext1',
    { occurredAt: '2023-04-27T18:00:00Z', precision: 'approximate', recordedAt: at('04-28', '08:10') },
    {
      ceasefireId: CF.apr25,
      until: '2023-04-30T22:00:00Z',
      terms: 'Extended 72 hours from the end of the current truce, at US and Saudi mediation; both sides confirmed it.',
    },
    [S.pledgeApr28, S.scmpApr28],
  ),
  ev(
    'IncidentReported',
    'inc-airstrikes-apr27',
    { occurredAt: '2023-04-27', recordedAt: at('04-28', '08:15') },
    {
      incidentId: 'air-strikes-capital-2023-04-27',
      kind: 'airstrike',
      perpetrator: 'saf',
      against: 'rsf',
      place: 'Khartoum, Omdurman and Bahri',
      description:
        'Despite a partial lull since the ceasefire began, air strikes and anti-aircraft fire are heard in the capital and its twin cities (Reuters journalists and witnesses).',
    },
    [S.bdnewsApr28, S.pledgeApr28],
    { occurrence: O.apr27 },
  ),
  ev(
    'CeasefireViolationReported',
    'cfv-apr27-by-us',
    { occurredAt: '2023-04-27', recordedAt: at('04-28', '08:20') },
    {
      ceasefireId: CF.apr25,
      allegedBy: 'united-states',
      against: 'saf',
      description:
        'The White House is "deeply concerned" by the ceasefire violations and urges US citizens to leave within 24 to 48 hours.',
    },
    [S.bdnewsApr28],
    { occurrence: O.apr27 },
  ),
  ev(
    'CeasefireViolationReported',
    'cfv-apr28-by-rsf',
    { occurredAt: '2023-04-28', recordedAt: at('04-29', '10:00') },
    {
      ceasefireId: CF.apr25,
      allegedBy: 'rsf',
      against: 'saf',
      description:
        'The RSF accuses the army of violating the truce with air strikes on its bases in Omdurman and Jebel Awliya; the army blames the RSF.',
    },
    [graded(S.pledgeApr29, 3)],
    { occurrence: O.apr28 },
  ),
  ev(
    'IncidentReported',
    'inc-airstrikes-apr28',
    { occurredAt: '2023-04-28', recordedAt: at('04-29', '10:05') },
    {
      incidentId: 'air-strikes-rsf-bases-2023-04-28',
      kind: 'airstrike',
      perpetrator: 'saf',
      allegedBy: 'rsf',
      against: 'rsf',
      place: 'Omdurman and Jebel Awliya',
      description:
        'Explosions and heavy gunfire in residential neighbourhoods, smoke over Bahri; the army directs air and drone strikes at RSF forces deployed in the capital’s neighbourhoods.',
    },
    [graded(S.pledgeApr29, 3)],
    { occurrence: O.apr28 },
  ),
  ev(
    'CeasefireExtended',
    'cf-apr25-ext2',
    { occurredAt: '2023-04-30T20:00:00Z', precision: 'approximate', recordedAt: at('04-30', '22:00') },
    {
      ceasefireId: CF.apr25,
      until: '2023-05-02T22:00:00Z',
      terms:
        'Extended a further 72 hours, to midnight on Wednesday, at US and Saudi mediation; both sides confirmed it.',
    },
    [S.voaApr30, S.breakingApr30],
  ),
  ev(
    'IncidentReported',
    'inc-south-khartoum-apr30',
    { occurredAt: '2023-04-30', recordedAt: at('04-30', '22:05') },
    {
      incidentId: 'south-khartoum-2023-04-30',
      kind: 'clash',
      perpetrator: 'saf',
      against: 'rsf',
      place: 'Southern Khartoum and Omdurman',
      description:
        '"Very heavy fighting and loud gunfire" in southern Khartoum; continued clashes and fighter jets over the capital and Omdurman in the evening. No attacker named: recorded under the army.',
    },
    [S.voaApr30],
  ),
  ev(
    'IncidentReported',
    'inc-north-khartoum-apr30',
    { occurredAt: '2023-04-30', recordedAt: at('05-01', '12:00') },
    {
      incidentId: 'north-khartoum-offensive-2023-04-30',
      kind: 'airstrike',
      perpetrator: 'saf',
      allegedBy: 'saf',
      against: 'rsf',
      place: 'North of Khartoum’s centre',
      description:
        'The army says it conducted operations against RSF troops north of the city centre before the extension was announced, and that it is attacking the city to flush the RSF out.',
    },
    [S.nilepostMay1, S.tribuneMay1],
  ),
  ev(
    'IncidentReported',
    'inc-refinery-may1',
    { occurredAt: '2023-05-01', recordedAt: at('05-01', '12:05') },
    {
      incidentId: 'air-strikes-capital-2023-05-01',
      kind: 'airstrike',
      perpetrator: 'saf',
      against: 'rsf',
      place: 'Khartoum',
      description:
        'Air strikes pound the capital as the army tries to bomb the RSF out of the city; the fighting intensifies even as the sides said they would extend the truce. More than 500 killed since 15 April.',
    },
    [S.nilepostMay1, S.tribuneMay1],
  ),
  ev(
    'CeasefireEnded',
    'cf-apr25-ended',
    { occurredAt: '2023-05-01', recordedAt: at('05-01', '12:10') },
    {
      ceasefireId: CF.apr25,
      reason: 'collapsed',
      summary:
        'The truce "was extended, but did not hold": the army attacks the capital from all directions with air and artillery strikes to flush out the RSF. Its second extension ran on paper to 3 May.',
    },
    [S.nilepostMay1, S.tribuneMay1],
  ),
  // ===== May: the Jeddah talks, the Declaration, the seven-day ceasefire and its failure =====
  ev(
    'TalksRoundOpened',
    'round-jeddah1-opened',
    { occurredAt: '2023-05-06', recordedAt: at('05-06', '12:00') },
    {
      roundId: R.jeddah1,
      label: 'Jeddah talks (May–June)',
      venue: 'Jeddah, Saudi Arabia',
      format: 'formal',
      hosts: ['saudi-arabia', 'united-states'],
      delegations: [{ actorId: 'saf' }, { actorId: 'rsf' }],
    },
    [S.breakingMay6],
    {
      note: 'Pre-negotiation talks on a humanitarian truce, "step by step", facilitated by Saudi Arabia and the United States.',
    },
  ),
  ev(
    'IncidentReported',
    'inc-palace-may9',
    { occurredAt: '2023-05-09', recordedAt: at('05-10', '12:00') },
    {
      incidentId: 'air-raids-central-khartoum-2023-05-09',
      kind: 'airstrike',
      perpetrator: 'saf',
      against: 'rsf',
      place: 'Central Khartoum, around the presidential palace',
      description:
        'Intense army air bombardment in the centre of Khartoum and around the presidential palace; the RSF says the palace it holds was destroyed, an army source denies it.',
    },
    [S.ajMay10],
  ),
  ev(
    'AgreementReached',
    'agr-jeddah-declaration',
    { occurredAt: '2023-05-11T21:00:00Z', precision: 'approximate', recordedAt: at('05-12', '08:00') },
    {
      agreementId: 'jeddah-declaration-2023-05-11',
      kind: 'partial',
      provisions: [
        'Protect civilians at all times and let them leave areas of active hostilities in the direction of their choice',
        'Enable the safe delivery of humanitarian aid and the restoration of essential services',
        'Withdraw forces from hospitals and clinics; allow the respectful burial of the dead',
        'The Jeddah talks to turn to an effective ceasefire of up to about ten days, with a US–Saudi monitoring mechanism',
      ],
      signatories: ['saf', 'rsf'],
      textPublic: true,
      roundId: R.jeddah1,
    },
    [S.allafricaMay12, S.saudigazetteMay12],
    {
      note: 'Signed by the delegations’ heads late on 11 May; not a ceasefire ("This is not a ceasefire", a US official).',
    },
  ),
  ev(
    'IncidentReported',
    'inc-south-khartoum-may12',
    { occurredAt: '2023-05-12', recordedAt: at('05-13', '12:00') },
    {
      incidentId: 'south-khartoum-2023-05-12',
      kind: 'clash',
      perpetrator: 'saf',
      against: 'rsf',
      place: 'Southern Khartoum',
      description:
        'Strong clashes south of Khartoum the day after the Declaration (Anadolu, witnesses). No attacker named: recorded under the army.',
    },
    [S.minaMay13],
  ),
  ev(
    'IncidentReported',
    'inc-bahri-may12',
    { occurredAt: '2023-05-12', recordedAt: at('05-13', '12:05') },
    {
      incidentId: 'bahri-2023-05-12',
      kind: 'clash',
      perpetrator: 'saf',
      against: 'rsf',
      place: 'Bahri (Khartoum North)',
      description:
        'Strong clashes in Bahri, military aircraft over Bahri and north and south Khartoum. No attacker named: recorded under the army.',
    },
    [S.minaMay13],
  ),
  ev(
    'IncidentReported',
    'inc-omdurman-may12',
    { occurredAt: '2023-05-12', recordedAt: at('05-13', '12:10') },
    {
      incidentId: 'omdurman-2023-05-12',
      kind: 'clash',
      perpetrator: 'saf',
      against: 'rsf',
      place: 'Omdurman',
      description: 'Strong clashes in Omdurman, west of the capital. No attacker named: recorded under the army.',
    },
    [S.minaMay13],
  ),
  ev(
    'IncidentReported',
    'inc-west-khartoum-may13',
    { occurredAt: '2023-05-13', recordedAt: at('05-13', '18:00') },
    {
      incidentId: 'air-strikes-west-khartoum-2023-05-13',
      kind: 'airstrike',
      perpetrator: 'saf',
      against: 'rsf',
      place: 'West Khartoum',
      description:
        'Army air strikes on paramilitary forces in west Khartoum; "the deal … did not amount to a truce and the situation on the ground appeared unchanged as battles raged on". More than 750 killed since 15 April.',
    },
    [S.gulfnewsMay13, S.i24May13],
  ),
  ev(
    'AgreementReached',
    'agr-short-term-ceasefire',
    { occurredAt: '2023-05-20', recordedAt: at('05-20', '22:00') },
    {
      agreementId: 'jeddah-short-term-ceasefire-2023-05-20',
      kind: 'ceasefire',
      provisions: [
        'A seven-day ceasefire from 21:45 Khartoum time on 22 May, extendable by agreement of both parties',
        'The two days before it to inform and instruct their forces; no military advantage sought before it',
        'Humanitarian arrangements; a US–Saudi and internationally supported monitoring mechanism',
      ],
      signatories: ['saf', 'rsf'],
      textPublic: true,
      roundId: R.jeddah1,
    },
    [S.arianaMay20],
  ),
  ev(
    'IncidentReported',
    'inc-khartoum-may20',
    { occurredAt: '2023-05-20', recordedAt: at('05-20', '22:05') },
    {
      incidentId: 'air-strikes-khartoum-2023-05-20',
      kind: 'airstrike',
      perpetrator: 'saf',
      against: 'rsf',
      place: 'Khartoum',
      description:
        'Air strikes and artillery exchanges shake the capital the day the ceasefire is signed; armed men ransack the Qatari embassy.',
    },
    [S.arianaMay20],
  ),
  ev(
    'CeasefireDeclared',
    'cf-may22',
    { occurredAt: '2023-05-22T19:45:00Z', recordedAt: at('05-22', '22:00') },
    {
      ceasefireId: CF.may22,
      parties: ['saf', 'rsf'],
      scope:
        'A seven-day short-term ceasefire and humanitarian arrangements across Sudan, under a monitoring mechanism',
      duration: 'temporary',
      until: '2023-05-29T19:45:00Z',
      mediatedBy: ['united-states', 'saudi-arabia'],
    },
    [S.jowharMay22, S.arianaMay20],
  ),
  ev(
    'IncidentReported',
    'inc-north-khartoum-may22',
    { occurredAt: '2023-05-22T20:00:00Z', precision: 'approximate', recordedAt: at('05-23', '08:00') },
    {
      incidentId: 'north-khartoum-2023-05-22',
      kind: 'clash',
      perpetrator: 'saf',
      against: 'rsf',
      place: 'North Khartoum',
      description:
        'Combat in north Khartoum shortly after 21:45, when the truce was due to take effect (witnesses, AFP). No attacker named: recorded under the army.',
    },
    [S.jowharMay22],
  ),
  ev(
    'IncidentReported',
    'inc-east-khartoum-may22',
    { occurredAt: '2023-05-22T20:00:00Z', precision: 'approximate', recordedAt: at('05-23', '08:05') },
    {
      incidentId: 'air-strikes-east-khartoum-2023-05-22',
      kind: 'airstrike',
      perpetrator: 'saf',
      against: 'rsf',
      place: 'East of the capital',
      description: 'Air strikes in the east of the capital minutes after the truce took effect (witnesses, AFP).',
    },
    [S.jowharMay22, S.i24May23],
    { occurrence: O.may22East },
  ),
  ev(
    'CeasefireViolationReported',
    'cfv-may22-by-rsf',
    { occurredAt: '2023-05-22T20:00:00Z', precision: 'approximate', recordedAt: at('05-23', '08:10') },
    {
      ceasefireId: CF.may22,
      allegedBy: 'rsf',
      against: 'saf',
      description:
        'Hemedti blames the alleged violations on the "coup plotters" in the army and tells his fighters "it is either victory or martyrdom".',
    },
    [graded(S.i24May23, 3)],
    { occurrence: O.may22East },
  ),
  ev(
    'IncidentReported',
    'inc-khartoum-may24',
    { occurredAt: '2023-05-24', recordedAt: at('05-26', '08:00') },
    {
      incidentId: 'khartoum-2023-05-24',
      kind: 'clash',
      perpetrator: 'saf',
      against: 'rsf',
      place: 'Khartoum and Omdurman',
      description:
        'Clashes in Khartoum and neighbouring Omdurman (residents); sporadic artillery fire, though residents say the fighting has calmed since the ceasefire. No attacker named: recorded under the army.',
    },
    [S.pledgeMay26, S.namMay26],
  ),
  ev(
    'IncidentReported',
    'inc-el-obeid-may24',
    { occurredAt: '2023-05-24', recordedAt: at('05-26', '08:05') },
    {
      incidentId: 'el-obeid-2023-05-24',
      kind: 'clash',
      perpetrator: 'saf',
      against: 'rsf',
      place: 'El Obeid, North Kordofan',
      description: 'Clashes in the strategic city of El Obeid (residents). No attacker named: recorded under the army.',
    },
    [S.pledgeMay26],
  ),
  ev(
    'CeasefireViolationReported',
    'cfv-may24-by-us',
    { occurredAt: '2023-05-24', recordedAt: at('05-26', '08:10') },
    {
      ceasefireId: CF.may22,
      allegedBy: 'united-states',
      against: 'saf',
      description:
        'The State Department: the monitoring mechanism detected violations — artillery, warplanes and drones, reliable reports of air strikes, continued fighting in the heart of Khartoum, clashes in Zalingei; the US presses both sides and reserves sanctions. (Warplanes and drones are the army’s: recorded against it; the fighting is both sides’.)',
    },
    [S.pledgeMay26],
  ),
  ev(
    'IncidentReported',
    'inc-base-may25',
    { occurredAt: '2023-05-25', recordedAt: at('05-26', '08:15') },
    {
      incidentId: 'attack-army-base-2023-05-25',
      kind: 'clash',
      perpetrator: 'rsf',
      allegedBy: 'saf',
      against: 'saf',
      place: 'An army base (Khartoum)',
      description:
        'The army says it repulsed an RSF attack on a military base, destroying six vehicles; clashes in Omdurman and south of the capital; army warplanes over Khartoum and Bahri draw RSF anti-aircraft fire.',
    },
    [graded(S.namMay26, 3)],
    { occurrence: O.may25 },
  ),
  ev(
    'CeasefireViolationReported',
    'cfv-may25-by-saf',
    { occurredAt: '2023-05-25', recordedAt: at('05-26', '08:20') },
    {
      ceasefireId: CF.may22,
      allegedBy: 'saf',
      against: 'rsf',
      description: 'The army calls the RSF attack on its base "a clear violation of the truce".',
    },
    [graded(S.namMay26, 3)],
    { occurrence: O.may25 },
  ),
  ev(
    'StatementMade',
    'stmt-facilitators-may28',
    { occurredAt: '2023-05-28', recordedAt: at('05-29', '10:00') },
    {
      speaker: FACILITATORS,
      audience: 'the SAF and the RSF',
      tone: 'critical',
      summary:
        'Both the army and the RSF have repeatedly violated the truce and impeded humanitarian access and the restoration of services: the army continues air strikes, the RSF occupies homes and seizes property; both should extend the "imperfect" ceasefire.',
    },
    [S.trtMay29, S.firstpostMay29],
  ),
  ev(
    'IncidentReported',
    'inc-omdurman-may28',
    { occurredAt: '2023-05-28', recordedAt: at('05-29', '10:05') },
    {
      incidentId: 'omdurman-2023-05-28',
      kind: 'clash',
      perpetrator: 'saf',
      against: 'rsf',
      place: 'South and west of Omdurman',
      description:
        'Heavy and sustained clashes from Sunday into Monday in the south and west of Omdurman (residents, Reuters). No attacker named: recorded under the army.',
    },
    [S.trtMay29, S.firstpostMay29],
  ),
  ev(
    'IncidentReported',
    'inc-south-khartoum-may28',
    { occurredAt: '2023-05-28T20:00:00Z', precision: 'approximate', recordedAt: at('05-29', '10:10') },
    {
      incidentId: 'south-khartoum-2023-05-28',
      kind: 'clash',
      perpetrator: 'saf',
      against: 'rsf',
      place: 'Southern Khartoum',
      description:
        'Across the Nile in southern Khartoum residents report clashes late on Sunday. No attacker named: recorded under the army.',
    },
    [S.trtMay29],
  ),
  ev(
    'CeasefireExtended',
    'cf-may22-ext',
    { occurredAt: '2023-05-29T19:00:00Z', precision: 'approximate', recordedAt: at('05-30', '08:00') },
    {
      ceasefireId: CF.may22,
      until: '2023-06-03T19:45:00Z',
      terms:
        'Extended five days, for further humanitarian assistance, the restoration of services and a discussion of a longer extension (joint statement of Saudi Arabia and the United States).',
    },
    [S.mehrMay30],
  ),
  ev(
    'IncidentReported',
    'inc-south-khartoum-may30',
    { occurredAt: '2023-05-30', recordedAt: at('05-31', '08:00') },
    {
      incidentId: 'south-khartoum-2023-05-30',
      kind: 'clash',
      perpetrator: 'saf',
      against: 'rsf',
      place: 'Southern Khartoum',
      description:
        'Since the extension was announced, "clashes with various kinds of weapons in southern Khartoum" (residents, AFP). No attacker named: recorded under the army.',
    },
    [S.observerMay31],
    { occurrence: O.may30 },
  ),
  ev(
    'CeasefireViolationReported',
    'cfv-may30-by-saf',
    { occurredAt: '2023-05-30', recordedAt: at('05-31', '08:05') },
    {
      ceasefireId: CF.may22,
      allegedBy: 'saf',
      against: 'rsf',
      description:
        'Burhan and Hemedti again accuse each other of violating the truce and say they only respond to the enemy’s aggression.',
    },
    [graded(S.observerMay31, 3)],
    { occurrence: O.may30 },
  ),
  ev(
    'IncidentReported',
    'inc-nyala-may30',
    { occurredAt: '2023-05-30', recordedAt: at('05-31', '08:10') },
    {
      incidentId: 'nyala-2023-05-30',
      kind: 'clash',
      perpetrator: 'saf',
      against: 'rsf',
      place: 'Nyala, South Darfur',
      description:
        'Fighting in Nyala after the extension (residents, AFP). No attacker named: recorded under the army.',
    },
    [S.observerMay31],
  ),
  ev(
    'TalksSuspended',
    'talks-suspended-saf-may31',
    { occurredAt: '2023-05-31', recordedAt: at('05-31', '18:00') },
    {
      by: 'saf',
      reason:
        'In protest at the RSF’s "repeated violations" of the humanitarian ceasefire, including its continued occupation of hospitals and other civilian sites in Khartoum; the army wants the truce’s terms implemented before any next step. The RSF says it backs the Saudi–US initiative unconditionally.',
    },
    [S.theweekMay31],
    { occurrence: O.may31 },
  ),
  ev(
    'DemandTabled',
    'demand-vacate',
    { occurredAt: '2023-05-31', recordedAt: at('05-31', '18:05') },
    {
      demandId: D.vacate,
      by: 'saf',
      addressedTo: ['rsf'],
      text: 'Vacate hospitals, civilian homes and public facilities, and withdraw from the cities, as the humanitarian ceasefire requires.',
      category: 'security',
    },
    [S.theweekMay31],
  ),
  ev(
    'IncidentReported',
    'inc-rsf-bases-may31',
    { occurredAt: '2023-05-31', recordedAt: at('06-01', '12:00') },
    {
      incidentId: 'army-attack-rsf-bases-2023-05-31',
      kind: 'shelling',
      perpetrator: 'saf',
      against: 'rsf',
      place: 'RSF bases in north and south Khartoum, among them al-Salha',
      description:
        'After pulling out of the talks the army blasts the RSF’s key bases: heavy artillery fire from army camps in the north, artillery blasts on the RSF camp in al-Salha, the largest paramilitary base in the south (residents, AFP).',
    },
    [S.ahramJun1],
    { occurrence: O.may31 },
  ),
  ev(
    'IncidentReported',
    'inc-mayo-may31',
    { occurredAt: '2023-05-31', recordedAt: at('06-01', '12:05') },
    {
      incidentId: 'mayo-market-2023-05-31',
      kind: 'shelling',
      perpetrator: 'saf',
      allegedBy: 'rsf',
      against: 'rsf',
      target: 'A market in Mayo, an RSF-held poor neighbourhood of south Khartoum',
      place: 'Mayo, south Khartoum',
      fatalities: { min: 18, max: 19 },
      injured: { min: 106, max: 106 },
      civilianFatalities: { min: 18, max: 19 },
      description:
        'Tank shells fired from army-held al-Shajara and aerial bombardment hit the market of Mayo: 18 killed and 106 wounded (human rights lawyers, neighbourhood group), 19 (doctors’ union): the worst single toll in the capital since April.',
    },
    [S.ahramJun1, S.irishtimesJun1],
  ),
  ev(
    'CeasefireEnded',
    'cf-may22-ended',
    { occurredAt: '2023-05-31', recordedAt: at('06-01', '12:10') },
    {
      ceasefireId: CF.may22,
      reason: 'collapsed',
      summary:
        'The army suspends its part in the talks and attacks the RSF’s bases; the Mayo market is shelled ("attack on Khartoum market after truce failure", AFP). The extension ran on paper to 3 June.',
    },
    [S.ahramJun1, S.theweekMay31],
  ),
  ev(
    'StatementMade',
    'stmt-facilitators-jun1',
    { occurredAt: '2023-06-01', recordedAt: at('06-01', '20:00') },
    {
      speaker: FACILITATORS,
      audience: 'the SAF and the RSF',
      tone: 'critical',
      summary:
        'The facilitators suspend the Jeddah talks for "repeated serious violations" of the short-term ceasefire and its extension; the parties "remain bound" by the Jeddah Declaration and the 29 May extension; talks resume once they show by their actions they are serious. The United States imposes sanctions on companies tied to both forces the same day.',
    },
    [S.meeJun1],
  ),
  ev(
    'EventCorrected',
    'corr-mayo-toll',
    { occurredAt: '2023-06-02', recordedAt: at('06-02', '10:00') },
    {
      eventId: idOf('inc-mayo-may31'),
      changes: {
        data: { fatalities: { min: 18, max: 27 }, civilianFatalities: { min: 18, max: 27 } },
        sources: [S.ahramJun1, S.irishtimesJun1, S.newarabJun2],
      },
      reason: 'The doctors’ union raised its count of the dead at the Mayo market from 19 to 27, with more expected.',
    },
    [S.newarabJun2],
  ),
  ev(
    'IncidentReported',
    'inc-khartoum-jun4',
    { occurredAt: '2023-06-04', recordedAt: at('06-05', '10:00') },
    {
      incidentId: 'khartoum-2023-06-04',
      kind: 'clash',
      perpetrator: 'saf',
      against: 'rsf',
      place: 'Khartoum',
      description:
        'Fighting across the city on Sunday after the formal end of the ceasefire (residents, Reuters). No attacker named: recorded under the army.',
    },
    [S.pledgeJun5],
  ),
  ev(
    'IncidentReported',
    'inc-north-darfur-jun4',
    { occurredAt: '2023-06-04', recordedAt: at('06-05', '10:05') },
    {
      incidentId: 'north-darfur-2023-06-04',
      kind: 'clash',
      perpetrator: 'saf',
      against: 'rsf',
      place: 'North Darfur',
      fatalities: { min: 40, max: 40 },
      description:
        'Activists say at least 40 people have died in the fighting in North Darfur state as the battles accelerate after the ceasefire’s end. No attacker named: recorded under the army.',
    },
    [S.pledgeJun5],
  ),
  ev(
    'StatementMade',
    'stmt-saudi-jun4',
    { occurredAt: '2023-06-04', recordedAt: at('06-05', '10:10') },
    {
      speaker: FACILITATORS,
      audience: 'the SAF and the RSF',
      tone: 'neutral',
      summary:
        'Despite the formal pause in the talks and the expiry on 3 June of the five-day extension, both delegations remain in Jeddah; Saudi Arabia and the United States call on them to agree and implement a new ceasefire.',
    },
    [S.radiopkJun4],
  ),
  // ===== June: the 24-hour truce of 10 June and the 72-hour truce of 18 June =====
  ev(
    'CeasefireDeclared',
    'cf-jun10',
    { occurredAt: '2023-06-10T04:00:00Z', recordedAt: at('06-10', '08:00') },
    {
      ceasefireId: CF.jun10,
      parties: ['saf', 'rsf'],
      scope: 'A 24-hour countrywide ceasefire: no attacks, aircraft, drones, artillery, reinforcement or resupply',
      duration: 'temporary',
      until: '2023-06-11T04:00:00Z',
      mediatedBy: ['united-states', 'saudi-arabia'],
    },
    [S.nationJun10],
    {
      note: 'The facilitators: should the parties fail to observe it, they will consider adjourning the Jeddah talks.',
    },
  ),
  ev(
    'CeasefireEnded',
    'cf-jun10-ended',
    { occurredAt: '2023-06-11T04:00:00Z', recordedAt: at('06-11', '12:00') },
    {
      ceasefireId: CF.jun10,
      reason: 'expired',
      summary: 'The truce brought a brief lull, "like a dream"; it ran out at 06:00 local time.',
    },
    [S.alarabiyaJun11, S.trtJun11, S.albawabaJun11],
  ),
  ev(
    'IncidentReported',
    'inc-omdurman-jun11',
    { occurredAt: '2023-06-11T04:10:00Z', precision: 'approximate', recordedAt: at('06-11', '12:05') },
    {
      incidentId: 'north-omdurman-2023-06-11',
      kind: 'shelling',
      perpetrator: 'saf',
      against: 'rsf',
      place: 'North Omdurman',
      description:
        'Fighting resumes in the north of Omdurman soon after the ceasefire expired; heavy artillery fire heard in Omdurman (witnesses). No attacker named: recorded under the army.',
    },
    [S.alarabiyaJun11, S.trtJun11],
  ),
  ev(
    'IncidentReported',
    'inc-sharq-el-nil-jun11',
    { occurredAt: '2023-06-11T04:10:00Z', precision: 'approximate', recordedAt: at('06-11', '12:10') },
    {
      incidentId: 'sharq-el-nil-2023-06-11',
      kind: 'shelling',
      perpetrator: 'saf',
      against: 'rsf',
      place: 'Sharq el-Nil, eastern outskirts of the capital',
      description: 'Artillery fire in the Sharq el-Nil area (residents). No attacker named: recorded under the army.',
    },
    [S.alarabiyaJun11],
  ),
  ev(
    'IncidentReported',
    'inc-al-hawa-jun11',
    { occurredAt: '2023-06-11T04:10:00Z', precision: 'approximate', recordedAt: at('06-11', '12:15') },
    {
      incidentId: 'al-hawa-street-2023-06-11',
      kind: 'clash',
      perpetrator: 'saf',
      against: 'rsf',
      place: 'Al-Hawa Street, south Khartoum',
      description:
        'Blasts and clashes in Khartoum; fighting erupts on al-Hawa Street, a major artery in the south of the capital (witnesses). No attacker named: recorded under the army.',
    },
    [S.trtJun11, S.alarabiyaJun11],
  ),
  ev(
    'StatementMade',
    'stmt-atta-jun16',
    { occurredAt: '2023-06-16', recordedAt: at('06-18', '08:00') },
    {
      speaker: ATTA,
      audience: 'rsf',
      tone: 'military-threat',
      summary:
        'Warns civilians to keep away from houses where the RSF are located, because the army "will attack them at any time".',
    },
    [S.wionJun18],
  ),
  ev(
    'IncidentReported',
    'inc-airstrike-jun17',
    { occurredAt: '2023-06-17', recordedAt: at('06-18', '08:05') },
    {
      incidentId: 'air-strike-khartoum-2023-06-17',
      kind: 'airstrike',
      perpetrator: 'saf',
      allegedBy: 'rsf',
      against: 'rsf',
      place: 'Khartoum, around Yarmouk',
      fatalities: { min: 17, max: 17 },
      civilianFatalities: { min: 17, max: 17 },
      description:
        'Air strikes kill 17 civilians, five of them children, in the capital (a citizens’ support committee, AFP); residents report strikes around the Yarmouk arms complex the RSF claimed in early June.',
    },
    [S.wionJun18],
  ),
  ev(
    'CeasefireDeclared',
    'cf-jun18',
    { occurredAt: '2023-06-18T04:00:00Z', recordedAt: at('06-18', '08:10') },
    {
      ceasefireId: CF.jun18,
      parties: ['saf', 'rsf'],
      scope:
        'A 72-hour ceasefire throughout Sudan: no prohibited movements, attacks, military aircraft or drones, artillery, reinforcement or resupply',
      duration: 'temporary',
      until: '2023-06-21T04:00:00Z',
      mediatedBy: ['united-states', 'saudi-arabia'],
    },
    [S.alarabiyaJun17, S.wionJun18],
  ),
  ev(
    'CeasefireViolationReported',
    'cfv-jun20-by-saf',
    { occurredAt: '2023-06-20T20:00:00Z', precision: 'approximate', recordedAt: at('06-21', '12:00') },
    {
      ceasefireId: CF.jun18,
      allegedBy: 'saf',
      against: 'rsf',
      description: 'The army blames the RSF for a large fire at the intelligence headquarters in Khartoum.',
    },
    [graded(S.geoJun21, 3)],
    { occurrence: O.jun20 },
  ),
  ev(
    'CeasefireViolationReported',
    'cfv-jun20-by-rsf',
    { occurredAt: '2023-06-20T20:00:00Z', precision: 'approximate', recordedAt: at('06-21', '12:05') },
    {
      ceasefireId: CF.jun18,
      allegedBy: 'rsf',
      against: 'saf',
      description: 'The RSF blames the army for the fire at the intelligence headquarters.',
    },
    [graded(S.geoJun21, 3)],
    { occurrence: O.jun20 },
  ),
  ev(
    'CeasefireEnded',
    'cf-jun18-ended',
    { occurredAt: '2023-06-21T04:00:00Z', recordedAt: at('06-21', '12:10') },
    {
      ceasefireId: CF.jun18,
      reason: 'expired',
      summary: 'The three-day truce, which saw several reported violations, ran out at 06:00 local time.',
    },
    [S.geoJun21, S.bdnewsJun21],
  ),
  ev(
    'IncidentReported',
    'inc-omdurman-jun21',
    { occurredAt: '2023-06-21T04:00:00Z', precision: 'approximate', recordedAt: at('06-21', '12:15') },
    {
      incidentId: 'omdurman-2023-06-21',
      kind: 'airstrike',
      perpetrator: 'saf',
      against: 'rsf',
      place: 'Omdurman',
      description:
        'Army aircraft over Omdurman, RSF anti-aircraft fire, artillery fire from a base in north Omdurman as the truce expires (witnesses, Reuters).',
    },
    [S.geoJun21, S.bdnewsJun21],
  ),
  ev(
    'IncidentReported',
    'inc-south-khartoum-jun21',
    { occurredAt: '2023-06-21T04:00:00Z', precision: 'approximate', recordedAt: at('06-21', '12:20') },
    {
      incidentId: 'south-khartoum-2023-06-21',
      kind: 'clash',
      perpetrator: 'saf',
      against: 'rsf',
      place: 'Southern Khartoum',
      description: 'Ground fighting in southern Khartoum (witnesses). No attacker named: recorded under the army.',
    },
    [S.geoJun21],
  ),
  ev(
    'IncidentReported',
    'inc-bahri-jun21',
    { occurredAt: '2023-06-21T04:00:00Z', precision: 'approximate', recordedAt: at('06-21', '12:25') },
    {
      incidentId: 'bahri-2023-06-21',
      kind: 'clash',
      perpetrator: 'saf',
      against: 'rsf',
      place: 'Bahri (Khartoum North)',
      description:
        'Shortly before the truce ended fighting is reported in all three cities of the capital, Bahri among them (witnesses). No attacker named: recorded under the army.',
    },
    [S.bdnewsJun21],
  ),
  ev(
    'TalksRoundConcluded',
    'round-jeddah1-adjourned',
    { occurredAt: '2023-06-21', recordedAt: at('06-22', '20:00') },
    {
      roundId: R.jeddah1,
      outcome: 'adjourned',
      summary:
        'The United States adjourned the talks because the format was "not succeeding" (Phee): the ceasefires "have not been fully effective" but let some aid through.',
    },
    [S.alarabiyaJun22],
  ),
  // ===== October–November: the talks resumed while the RSF takes Darfur's garrisons =====
  ev(
    'IncidentReported',
    'inc-nyala-oct24',
    { occurredAt: '2023-10-24', precision: 'approximate', recordedAt: at('10-26', '12:00') },
    {
      incidentId: 'nyala-2023-10-24',
      kind: 'clash',
      perpetrator: 'rsf',
      against: 'saf',
      place: 'Nyala, South Darfur: around the 16th Infantry Division command',
      description:
        'Fierce battles for a second day after the RSF attacked the 16th Infantry Division’s command on Monday afternoon; residents report heavy casualties; the RSF takes the warehouse, the medical corps, the military hospital and a fuel depot (Sudan War Monitor geolocation).',
    },
    [S.allafricaOct26],
  ),
  ev(
    'StatementMade',
    'stmt-kabbashi-oct25',
    { occurredAt: '2023-10-25', recordedAt: at('10-26', '12:05') },
    {
      speaker: KABBASHI,
      audience: 'rsf',
      tone: 'warning',
      summary:
        'The army accepts the invitation to resume talks in Jeddah, but "resuming negotiations does not mean stopping the battle for national dignity".',
    },
    [S.pledgeOct26],
  ),
  ev(
    'TalksResumed',
    'talks-resumed-oct26',
    { occurredAt: '2023-10-26', recordedAt: at('10-26', '12:10') },
    { by: 'saf', reason: 'Both sides accepted the facilitators’ invitation to resume the Jeddah talks.' },
    [S.ajOct26, S.pledgeOct26],
  ),
  ev(
    'ActorRegistered',
    'actor-igad',
    { occurredAt: '2023-10-26', recordedAt: at('10-26', '12:15') },
    { actor: IGAD, role: 'mediator' },
    [S.ajOct26],
    { note: 'IGAD joins the facilitation, also on behalf of the African Union.' },
  ),
  ev(
    'TalksRoundOpened',
    'round-jeddah2-opened',
    { occurredAt: '2023-10-26', recordedAt: at('10-26', '12:20') },
    {
      roundId: R.jeddah2,
      label: 'Jeddah talks resumed (October–December)',
      venue: 'Jeddah, Saudi Arabia',
      format: 'formal',
      hosts: ['saudi-arabia', 'united-states', 'igad'],
      delegations: [{ actorId: 'saf' }, { actorId: 'rsf' }],
    },
    [S.ajOct26, S.pledgeOct26],
    {
      note: 'Saudi Arabia urges both to abide by the Jeddah Declaration and the short-term ceasefire agreement of 20 May; aims: humanitarian access, ceasefires, confidence-building measures.',
    },
  ),
  ev(
    'IncidentReported',
    'inc-nyala-oct26',
    { occurredAt: '2023-10-26', recordedAt: at('10-30', '12:00') },
    {
      incidentId: 'nyala-16th-division-2023-10-26',
      kind: 'clash',
      perpetrator: 'rsf',
      allegedBy: 'rsf',
      against: 'saf',
      place: 'Nyala, South Darfur: the 16th Infantry Division command',
      fatalities: { min: 2000, max: 2000 },
      description:
        'The RSF takes the 16th Infantry Division’s headquarters, the army’s western command, after three days of fighting: the RSF claims more than 2,000 soldiers killed (unconfirmed); an army official says the division withdrew after 194 days without supplies. The same day the talks resume in Jeddah.',
    },
    [graded(S.sudantribuneOct28, 3), S.allafricaOct30],
  ),
  ev(
    'IncidentReported',
    'inc-jebel-awlia-nov1',
    { occurredAt: '2023-11-01', recordedAt: at('11-02', '10:05') },
    {
      incidentId: 'jebel-awlia-2023-11-01',
      kind: 'clash',
      perpetrator: 'rsf',
      against: 'saf',
      place: 'Jebel Awlia, south of Khartoum',
      description:
        'Fierce clashes with light and heavy weapons north of Jebel Awlia on Wednesday afternoon (a resident).',
    },
    [S.allafricaNov2],
  ),
  ev(
    'IncidentReported',
    'inc-karari-nov1',
    { occurredAt: '2023-11-01', recordedAt: at('11-02', '10:10') },
    {
      incidentId: 'karari-shelling-2023-11-01',
      kind: 'shelling',
      perpetrator: 'saf',
      against: 'rsf',
      place: 'Northern Omdurman, from the Karari base',
      description:
        'The army at Karari shells RSF targets late Monday and on Wednesday morning; drones over Karari; shelling in Sharg El Nile; two killed in Um Dereiwa, Bahri, in two days.',
    },
    [S.allafricaNov2],
  ),
  ev(
    'StatementMade',
    'stmt-burhan-nov1',
    { occurredAt: '2023-11-01', recordedAt: at('11-02', '10:15') },
    {
      speaker: BURHAN,
      audience: 'rsf',
      tone: 'military-threat',
      summary:
        'Visiting troops at Karari and Wadi Seidna, accuses the RSF of attacking despite the Jeddah talks and says the army will "fight on", while committed to the talks.',
    },
    [S.allafricaNov2],
  ),
  ev(
    'IncidentReported',
    'inc-zalingei-oct31',
    { occurredAt: '2023-10-31', recordedAt: at('11-08', '11:55') },
    {
      incidentId: 'zalingei-2023-10-31',
      kind: 'clash',
      perpetrator: 'rsf',
      against: 'saf',
      place: 'Zalingei, Central Darfur',
      description: 'Five days after Nyala the RSF takes Zalingei, capital of Central Darfur.',
    },
    [S.voiceNov8],
  ),
  ev(
    'IncidentReported',
    'inc-ardamata-nov3',
    { occurredAt: '2023-11-03', recordedAt: at('11-08', '12:00') },
    {
      incidentId: 'ardamata-drone-strike-2023-11-03',
      kind: 'drone-strike',
      perpetrator: 'rsf',
      against: 'saf',
      place: 'Ardamata, El Geneina, West Darfur: the 15th Infantry Division base',
      description:
        'The attack on the army base in Ardamata began early in the week with shelling; a drone strike on Friday morning destroyed its defences (a soldier who fled, Reuters).',
    },
    [S.trtNov8],
  ),
  ev(
    'IncidentReported',
    'inc-ardamata-nov4',
    { occurredAt: '2023-11-04', recordedAt: at('11-08', '12:05') },
    {
      incidentId: 'ardamata-base-falls-2023-11-04',
      kind: 'clash',
      perpetrator: 'rsf',
      against: 'saf',
      place: 'Ardamata, El Geneina, West Darfur: the 15th Infantry Division base',
      description:
        'The RSF takes the 15th Division’s base, the third of Darfur’s state capitals; the commanders had left that morning, a convoy withdrew toward Chad. Killings of Masalit civilians in the camp follow (not recorded as armed action between the forces).',
    },
    [S.trtNov8, S.voiceNov8],
  ),
  ev(
    'IncidentReported',
    'inc-el-fasher-nov4',
    { occurredAt: '2023-11-04', recordedAt: at('11-08', '12:07') },
    {
      incidentId: 'el-fasher-2023-11-04',
      kind: 'clash',
      perpetrator: 'rsf',
      against: 'saf',
      place: 'El Fasher, North Darfur',
      description:
        'The day it takes El Geneina the RSF begins attacking El Fasher, the last Darfur state capital held by the army, after several attacks the week before.',
    },
    [S.voiceNov8],
  ),
  ev(
    'TalksRoundConcluded',
    'round-jeddah2-first-phase',
    { occurredAt: '2023-11-07', recordedAt: at('11-08', '12:10') },
    {
      roundId: R.jeddah2,
      outcome: 'progress',
      summary:
        'The facilitators (Saudi Arabia, IGAD also for the African Union, the United States): both forces commit to a joint humanitarian forum led by OCHA, focal points for aid movements and confidence-building measures (communication between their leaders, arrest of prison escapees, less inflammatory media, action on warmongers); they regret that no ceasefire could be agreed.',
      nextSteps: 'The delegations stay in Jeddah; the measures to be implemented in parallel.',
    },
    [S.dailymailNov7],
  ),
  ev(
    'IncidentReported',
    'inc-jebel-aulia-nov20',
    { occurredAt: '2023-11-20', recordedAt: at('11-21', '18:00') },
    {
      incidentId: 'jebel-aulia-base-2023-11-20',
      kind: 'clash',
      perpetrator: 'rsf',
      allegedBy: 'rsf',
      against: 'saf',
      place: 'Jebel Aulia military base, south of Khartoum',
      description:
        'The RSF announces its control of the whole Jebel Aulia base, with the bridge linking Khartoum to Omdurman, at dawn on Monday, after a week of attacks.',
    },
    [S.allafricaNov21],
  ),
  ev(
    'IncidentReported',
    'inc-jebel-aulia-strike-nov20',
    { occurredAt: '2023-11-20', recordedAt: at('11-21', '18:05') },
    {
      incidentId: 'jebel-aulia-air-strikes-2023-11-20',
      kind: 'airstrike',
      perpetrator: 'saf',
      against: 'rsf',
      place: 'Jebel Aulia',
      description:
        'Warplanes bomb the area after the RSF takes it; RSF videos show destroyed vehicles and scattered bodies from the bombardment.',
    },
    [S.allafricaNov21],
  ),
  ev(
    'IncidentReported',
    'inc-el-daein-nov21',
    { occurredAt: '2023-11-21T02:00:00Z', recordedAt: at('11-21', '18:10') },
    {
      incidentId: 'el-daein-20th-division-2023-11-21',
      kind: 'clash',
      perpetrator: 'rsf',
      allegedBy: 'rsf',
      against: 'saf',
      place: 'El Daein, East Darfur: the 20th Infantry Division command',
      description:
        'The RSF seizes the 20th Infantry Division’s command at 04:00, the fourth army base in Darfur to fall; army warplanes bomb positions near it; the remaining army forces head east.',
    },
    [S.sudantribuneNov21, S.allafricaNov21],
  ),
  // ===== December: the talks suspended, IGAD, Wad Madani =====
  ev(
    'IncidentReported',
    'inc-el-fitihab-dec3',
    { occurredAt: '2023-12-03', recordedAt: at('12-08', '10:00') },
    {
      incidentId: 'el-fitihab-shelling-2023-12-03',
      kind: 'shelling',
      perpetrator: 'rsf',
      against: 'saf',
      target: 'Army-held neighbourhoods of southern Omdurman',
      place: 'El Fitihab, southern Omdurman',
      fatalities: { min: 4, max: 4 },
      civilianFatalities: { min: 4, max: 4 },
      description:
        'Continued RSF artillery shelling kills four members of one family in El Fitihab (resistance committees).',
    },
    [S.allafricaDec8],
  ),
  ev(
    'TalksSuspended',
    'talks-suspended-dec',
    { occurredAt: '2023-12-03', precision: 'approximate', recordedAt: at('12-08', '10:05') },
    {
      by: 'saudi-arabia',
      reason:
        'The Saudi–US mediation suspends the round indefinitely and the delegations leave for consultations: the parties have not implemented the confidence-building measures nor ended their military presence in the main cities (no official announcement; Sudanese media and RSF sources).',
    },
    [S.pledgeDec4, S.africanewsDec5],
  ),
  ev(
    'PositionTaken',
    'pos-rsf-vacate',
    { occurredAt: '2023-12-03', precision: 'approximate', recordedAt: at('12-08', '10:10') },
    {
      demandId: D.vacate,
      actorId: 'rsf',
      stance: 'rejected',
      conditions:
        'The RSF would not withdraw its units from the cities and civilian infrastructure, as the army demanded.',
    },
    [S.pledgeDec4],
  ),
  ev(
    'IncidentReported',
    'inc-bahri-dec4',
    { occurredAt: '2023-12-04', precision: 'approximate', recordedAt: at('12-08', '10:15') },
    {
      incidentId: 'bahri-signal-corps-2023-12-04',
      kind: 'shelling',
      perpetrator: 'rsf',
      against: 'saf',
      place: 'Khartoum North (Bahri): the Signal Corps, Kober and Hajj Yousef',
      fatalities: { min: 2, max: 2 },
      civilianFatalities: { min: 2, max: 2 },
      description:
        'Renewed clashes near the Signal Corps; intensive RSF artillery on the area from El Amal hospital in Kober to the intelligence headquarters from six to ten in the morning; two girls killed by RSF fire in Hajj Yousef.',
    },
    [S.allafricaDec8],
  ),
  ev(
    'IncidentReported',
    'inc-omdurman-dec4',
    { occurredAt: '2023-12-04', precision: 'approximate', recordedAt: at('12-08', '10:20') },
    {
      incidentId: 'omdurman-shelling-2023-12-04',
      kind: 'shelling',
      perpetrator: 'rsf',
      against: 'saf',
      place: 'Omdurman',
      fatalities: { min: 5, max: 5 },
      civilianFatalities: { min: 5, max: 5 },
      description: 'Five members of one family killed when a shell falls on their house in Omdurman.',
    },
    [S.allafricaDec8],
  ),
  ev(
    'MediationAction',
    'med-igad-dec9',
    { occurredAt: '2023-12-09', recordedAt: at('12-12', '10:00') },
    {
      mediator: 'igad',
      action: 'proposed',
      summary:
        'IGAD’s extraordinary summit in Djibouti: the chair demands an immediate ceasefire; IGAD says it secured the belligerents’ commitment to a one-on-one meeting of Burhan and Hemedti within 15 days and to agree promptly on a cessation of hostilities (Hemedti by telephone). Neither general confirmed it.',
    },
    [S.trtDec9, S.iafricaDec12],
  ),
  ev(
    'IncidentReported',
    'inc-wad-madani-dec15',
    { occurredAt: '2023-12-15', recordedAt: at('12-18', '18:00') },
    {
      incidentId: 'wad-madani-approach-2023-12-15',
      kind: 'clash',
      perpetrator: 'rsf',
      against: 'saf',
      place: 'East of Wad Madani, Gezira',
      description:
        'The RSF’s approach on Wad Madani from Friday, fighting the army for the Blue Nile bridge; thousands flee.',
    },
    [S.memoDec18],
  ),
  ev(
    'IncidentReported',
    'inc-abu-haraz-dec16',
    { occurredAt: '2023-12-16', recordedAt: at('12-18', '18:01') },
    {
      incidentId: 'abu-haraz-air-strikes-2023-12-16',
      kind: 'airstrike',
      perpetrator: 'saf',
      against: 'rsf',
      place: 'Abu Haraz, Inqaz and the Central Reserve Police camp east of Wad Madani',
      description:
        'Fierce clashes for a second day in Al-Alila, Abu Haraz and Hantoub; the army’s aircraft strike RSF gatherings in Abu Haraz, the Inqaz neighbourhood and the police camp east of the city (eyewitnesses).',
    },
    [S.sudantribuneDec16],
  ),
  ev(
    'IncidentReported',
    'inc-east-wad-madani-dec17',
    { occurredAt: '2023-12-17', recordedAt: at('12-18', '18:02') },
    {
      incidentId: 'east-wad-madani-air-strikes-2023-12-17',
      kind: 'airstrike',
      perpetrator: 'saf',
      allegedBy: 'saf',
      against: 'rsf',
      place: 'RSF positions and bases east of Wad Madani, on the east bank of the Blue Nile',
      description:
        'Air force jets launch a series of strikes on RSF positions east of the city; the army’s spokesman says it repulsed the RSF attack on Wad Madani, and the city celebrates.',
    },
    [S.sudantribuneDec17],
  ),
  ev(
    'IncidentReported',
    'inc-wad-madani-dec18',
    { occurredAt: '2023-12-18', recordedAt: at('12-18', '18:05') },
    {
      incidentId: 'wad-madani-entered-2023-12-18',
      kind: 'clash',
      perpetrator: 'rsf',
      allegedBy: 'rsf',
      against: 'saf',
      place: 'Wad Madani, Gezira',
      description:
        'RSF fighters enter Wad Madani, a city sheltering the displaced and an aid hub; witnesses confirm their presence and gunshots inside the city (Reuters).',
    },
    [S.memoDec18, S.devdiscourseDec18],
  ),
  ev(
    'StatementMade',
    'stmt-saf-dec19',
    { occurredAt: '2023-12-19', recordedAt: at('12-19', '18:00') },
    {
      speaker: SAF_STMT,
      audience: 'domestic audience',
      tone: 'neutral',
      summary:
        'The army says its forces have withdrawn from positions in Wad Madani and it will investigate the reasons for the withdrawal.',
    },
    [S.devdiscourseDec19, S.nationalDec19],
  ),
  ev(
    'StatementMade',
    'stmt-hemedti-dec19',
    { occurredAt: '2023-12-19', recordedAt: at('12-19', '18:05') },
    {
      speaker: HEMEDTI,
      audience: 'saf',
      tone: 'warning',
      summary:
        '"A glorious and historic day": the capture of Wad Madani was self-defence, to pre-empt a major offensive on the RSF in Khartoum; his men will protect all citizens.',
    },
    [S.nationalDec19],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'sudan-jeddah-2023.jsonl',
  logEnd: '2023-12-20T00:00:00Z',
  events,
};

export default definition;
