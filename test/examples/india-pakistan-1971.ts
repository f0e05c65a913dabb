/**
 * A test fixture, not a shipped example: India and Pakistan from India's ban on Pakistani overflights (4 February
 * 1971) and the months of accusations over the refugees from East Pakistan, through the shelling across the eastern
 * border (October – November 1971), the battle of Garibpur and the air fight over Boyra (21–22 November), Pakistan's
 * air strikes on Indian airfields (Operation Chengiz Khan, 3 December) and the war on both fronts, India's recognition
 * of Bangladesh and Pakistan's breach of relations (6 December), the surrender at Dacca (16 December) and India's
 * unilateral ceasefire in the west (17 December, accepted by Pakistan), the 90,000 prisoners of war held in India and
 * the ground each side held in the west, the Simla summit and Agreement (2 July 1972) and its ratification, the
 * delineation of the line of control and the withdrawals to the international border (December 1972), the Delhi
 * Agreement (28 August 1973), the first repatriations, Pakistan's recognition of Bangladesh (22 February 1974), the
 * tripartite agreement of 9 April 1974, the release of the last prisoners (April 1974) and India's nuclear test (18 May
 * 1974), as an analyst could have recorded them from the press and the archives. Escalation model v2 was never tuned
 * on it: it is the case the model is held to in india-pakistan-1971.spec.ts, against the calls an analyst makes from
 * DOMAIN.md §5b alone.
 *
 * The parties are India and Pakistan. Third parties, registered: Bangladesh (the government in exile and the Mukti
 * Bahini, then the state India recognised; no source read ties an act of the Mukti Bahini to India's forces except the
 * joint action at Garibpur, recorded as India's), the Soviet Union (the treaty of August 1971), the United States (the
 * Enterprise task force), China and the UN Security Council. None of their acts is recorded as the pair's; the
 * Soviet treaty, the Enterprise and the Security Council's debates are not recorded (no dated source read for them).
 * Separate from india-pakistan-1965.ts and the later India – Pakistan cases (1999, 2001, 2016, 2019, 2025): none
 * records any of this case's developments.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration file's coverage do not change. Built and
 * checked with the same builder as the shipped cases (examples/case-builder.ts): every event replays through `decide`
 * and cites a dated, graded public source. Recorded after the fact (the clock of the builder's retrospectiveClock),
 * so every source, old or new, was published before the recording.
 *
 * Grading as in examples/README.md: B = an established outlet (The Hindu, Dawn, Business Standard, Time, the
 * Christchurch Press (NZPA), British Pathé's archive, India's Ministry of External Affairs, Arab News); C = an
 * encyclopedia, a smaller or partisan outlet, or a copy on an archive site (the 1971 press copied on bdesh.com —
 * The Times, Reuters, AFP, the New York Times, the Guardian; the Hindustan Standard and UNI copied on
 * songramernotebook.com; Keesing's on docslib; Wikipedia and its mirrors; Indian Defence Review; the text of the
 * agreements on awami-itlah.com and a mailing-list copy). 2 = several sources agree or one established source reports
 * it; 3 = one side's claim, or a count or date the sources disagree on.
 *
 * Judgement calls, recorded as an analyst would:
 * - The overflight ban: after the hijacked Indian airliner Ganga was blown up at Lahore, India suspended on 4
 *   February 1971 "the overflight of all Pakistani aircraft, civil or military, over the territory of India" until
 *   compensation (AFP/Reuters copy). Recorded as a `border-closure` by India against Pakistan (Indian airspace), as the
 *   India – Pakistan 2001 and 2019 fixtures record airspace bans. No source read gives its end (it outlasts this case):
 *   it stays in force in the log.
 * - The spring's refugee crisis is known from later reports (nine million refugees by October, The Times); no dated
 *   act between the two before the summer is recorded besides the ban. The accusations are recorded from Yahya
 *   Khan's broadcast of 28 June and the exchanges of October.
 * - Shelling across the eastern border: recorded only where a dated report gives the day and the place (Belonia, 11
 *   October; Agartala, 24 October; West Tripura, 13 November; Karimganj, 21 November), all Pakistan's fire on Indian
 *   territory by Indian accounts (UNI, The Times). The Agartala toll differs (one killed and ten wounded the same
 *   night, UNI; four killed and twenty wounded, a later report): recorded as a range. Pakistan's charges of Indian
 *   shelling in the same weeks are not dated by any source read.
 * - Garibpur (21 November): Indian troops (14 Punjab, with PT-76 tanks of 45 Cavalry) and the Mukti Bahini crossed
 *   into the Boyra salient on the night of 20 November; the Pakistani counter-attack with Chaffee tanks was beaten off
 *   (The Daily Star, Republic). Pakistan's account (APP, news agencies, reprinted by Dawn): "a major offensive
 *   launched by regular Indian Army in two infantry brigades strength supported by one regiment of tanks", 90 Indians
 *   and 4 Pakistanis killed; India denied that its troops crossed ("Our troops are under strict instructions not to
 *   cross the border", The Times). Recorded as India's clash against Pakistan, alleged by Pakistan, `scale: 'major'`
 *   on the words of that account, graded 3 (one side's claim), with 1–94 killed (one Indian officer killed by Indian
 *   accounts; 94 by Pakistan's). The air fight of 22 November (three Sabres engaged over Indian territory, two shot
 *   down, two pilots captured) is India's clash against Pakistan at Boyra; the pilots are counted among the prisoners
 *   held after the war, not recorded as a detention of their own.
 * - One place, written one way: each act's place is the one its source names, written the same way each time
 *   ("Garibpur (Boyra salient)" and "Boyra (West Bengal)" are two places, the ground and the air fight over the Indian
 *   side). The war of 3–17 December is recorded from Keesing's, the PIB chronology (The Hitavada) and the press: the
 *   air strikes of 3 December on nine airfields (one act, one place: "Indian airfields in the west"), the Pakistani
 *   attack across the cease-fire line at Poonch and the shelling of border posts in Kashmir and Punjab, India's air
 *   strikes that night, India's entry into East Pakistan (4 December, `scale: 'major'`: Keesing's "Indian troops
 *   thereupon entered and overran East Pakistan"; India's "integrated ground, sea and air strike" at midnight, UPI),
 *   the attack on Karachi (4–5 December), Jessore (7 December), Khulna and the Sylhet front (8–9 December), and the battle of Basantar in the
 *   Shakargarh bulge, dated approximately to 15 December (`scale: 'major'`: "such an offensive", "a hard-fought
 *   battle", the encyclopedia; its last tank battle "between December 15-17"). In the East, the Tangail airdrop (11
 *   December; 143 Pakistani soldiers killed by an Indian account, graded 3) and the rocket attack on Government House
 *   in Dacca (14 December, Reuters) were added after the first run: the first recording had missed them (see the
 *   spec). No other source read dates fighting on the western front between 5 and 15 December: those days are not
 *   recorded as clashes.
 * - Tolls: no dated toll of a battle in the war was read besides Karachi (PNS Khaibar, 222 killed; PNS Muhafiz, 33,
 *   one regional source, graded 3) and Tangail (above). The war's toll (some 3,800 soldiers of both sides, Business Standard; India 3,000
 *   and Pakistan 8,000 dead, Boldsky) is a `casualty-report` over 3–17 December with no side named.
 * - The surrender at Dacca (16 December, 16:31 IST) is recorded as an agreement between the two armies (the
 *   Instrument of Surrender, signed by Aurora and Niazi), and the prisoners of war it made (some 93,000, soldiers and
 *   civilians; "90,000" in most reports) as India's `detention` of Pakistan's people from that day, at one place
 *   ("prisoner-of-war camps in India"), until India's `release` of the last of them. The first repatriations (from 28
 *   September 1973) and the handing over of the sick and wounded are not releases of the detention: they are
 *   recorded as what the two governments said of them, so that the detention lasts until the last prisoners are
 *   freed. No source read gives the day the last crossed: the release is dated to the end of April 1974
 *   (`approximate`), after the tripartite agreement of 9 April that decided the return of the remaining prisoners and
 *   of the 195 held for trial ("In 1974, General Niazi was the last Pakistani officer to be symbolically returned by
 *   the Wagah border"), graded 3.
 * - The ceasefire: India ordered its forces to cease fire "everywhere on the western front, with effect from 2000
 *   hours Indian standard time on Friday, Dec. 17, 1971" (14:30 UTC); President Yahya Khan accepted it on the 17th.
 *   Recorded as a ceasefire of both parties in force from 14:30 UTC on 17 December, indefinite (in the East the
 *   surrender ended the fighting a day earlier). No violation with a date and a toll was read (the Indian Defence
 *   Review mentions alleged violations along the line before May 1972): none recorded.
 * - Ground held: India held some 13,000 km² of Pakistani territory in the west (Shakargarh, Sind), Pakistan a smaller
 *   area in India (Chhamb, the Hussainiwala enclave, a lodgement near Fazilka) (Wikipedia; Indian Defence Review).
 *   Each is an `occupation` by its holder from the ceasefire, ended by that party's `withdrawal`. The delineation of
 *   the line of control was completed on 11 December 1972 (the Ministry of External Affairs) and the withdrawals,
 *   delayed until then (Indian Defence Review), followed within days: no source read gives their day, so they are
 *   dated 20 December 1972 (`approximate`), graded 3.
 * - The Simla Agreement was signed "shortly after midnight" (Dawn) and is dated 2 July 1972 as the encyclopedias do;
 *   ratified by Pakistan on 15 July and India on 3 August, in force on 4 August (Wikipedia). The Delhi Agreement of 28
 *   August 1973 took effect on signature (Wikipedia) and is recorded as agreed and implemented.
 * - India's nuclear test of 18 May 1974 is not an act against Pakistan; Pakistan's answer (its foreign minister: it
 *   would "never submit to nuclear blackmail" or "accept Indian hegemony over the subcontinent") is recorded as
 *   critical rhetoric, dated approximately (the week of the test).
 * - Diplomatic relations, broken by Pakistan on 6 December 1971, were not restored within the case; trade, post and
 *   overflights neither. Only the overflight ban has an event of its own (above).
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, retrospectiveClock, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'india-pakistan-1971';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 2026);
const when = retrospectiveClock('2026-12-07T06:00:00Z');

const INDIA: Actor = { id: 'india', name: 'India', kind: 'state', aliases: ['New Delhi', 'Republic of India'] };
const PAKISTAN: Actor = {
  id: 'pakistan',
  name: 'Pakistan',
  kind: 'state',
  aliases: ['Islamabad', 'Rawalpindi', 'Islamic Republic of Pakistan'],
};
const BANGLADESH: Actor = {
  id: 'bangladesh',
  name: 'Bangladesh',
  kind: 'de-facto-authority',
  aliases: ['Bangla Desh', 'Mujibnagar government', 'Mukti Bahini', "People's Republic of Bangladesh"],
};
const USSR: Actor = { id: 'soviet-union', name: 'Soviet Union', kind: 'state', aliases: ['USSR', 'Moscow'] };
const USA: Actor = { id: 'united-states', name: 'United States', kind: 'state', aliases: ['Washington'] };
const CHINA: Actor = { id: 'china', name: 'China', kind: 'state', aliases: ['Peking', "People's Republic of China"] };
const UNSC: Actor = {
  id: 'un-security-council',
  name: 'UN Security Council',
  kind: 'international-organisation',
  aliases: ['Security Council'],
};

const INDIRA: Person = { name: 'Indira Gandhi', title: 'Prime Minister of India', actorId: 'india' };
const RAM: Person = { name: 'Jagjivan Ram', title: 'Defence Minister of India', actorId: 'india' };
const INDIA_GOV: Person = { name: 'Government of India', actorId: 'india' };
const INDIA_DEFENCE: Person = { name: 'Ministry of Defence spokesman', actorId: 'india' };
const YAHYA: Person = { name: 'Agha Mohammad Yahya Khan', title: 'President of Pakistan', actorId: 'pakistan' };
const PAK_GOV: Person = { name: 'Government of Pakistan', actorId: 'pakistan' };
const APP: Person = { name: 'Associated Press of Pakistan (state news agency)', actorId: 'pakistan' };
const BHUTTO: Person = {
  name: 'Zulfikar Ali Bhutto',
  title: 'President, later Prime Minister, of Pakistan',
  actorId: 'pakistan',
};
const PAK_FM: Person = { name: 'Foreign Minister of Pakistan', actorId: 'pakistan' };

const S = {
  overflight: source(
    'India bans Pakistan flights (From Our Correspondent, Delhi, Feb. 4)',
    'The Times (AFP, Reuters), copy on bdesh.com',
    'https://bdesh.com/show_article.php?article_id=2581',
    '1971-02-05',
    'C',
    2,
  ),
  yahyaJune: source(
    "President Yahya Khan's broadcast to the nation of 28 June 1971 (excerpts)",
    'Pakistan-American Friends Association, copy on bdesh.com',
    'http://1971.bdesh.com/show_article.php?article_id=437',
    '1971-07-01',
    'C',
    2,
  ),
  belonia: source(
    'Heavy Pakistani shelling on parts of Tripura (UNI, Agartala, 14 October)',
    'Kalantar, copy on songramernotebook.com',
    'https://songramernotebook.com/?p=4749',
    '1971-10-15',
    'C',
    2,
  ),
  ramWarning: source(
    'Warning by India as Yahya suggests "mutual withdrawal"',
    'The Guardian, copy on bdesh.com',
    'https://bdesh.com/show_article.php?article_id=529',
    '1971-10-18',
    'C',
    2,
  ),
  tito: source(
    'Mrs Gandhi reassures Tito (Peter Hazelhurst, Delhi, Oct 18)',
    'The Times, copy on bdesh.com',
    'http://1971.bdesh.com/show_article.php?article_id=3120',
    '1971-10-19',
    'C',
    2,
  ),
  agartala: source(
    'Pakistani troops shell Agartala town: one killed, one wounded (UNI, Agartala, 24 October)',
    'Songramer Notebook (Bengali press of 1971)',
    'https://songramernotebook.com/archives/129441',
    '1971-10-25',
    'C',
    2,
  ),
  agartalaLater: source(
    'Pakistani attack on Agartala and the Assam border',
    'Songramer Notebook (Bengali press of 1971)',
    'https://songramernotebook.com/archives/467670',
    '1971-11-01',
    'C',
    3,
  ),
  tripuraNov: source(
    'Three refugees killed by Pakistani shells in Tripura (UNI, Agartala, 14 November)',
    'Songramer Notebook (Bengali press of 1971)',
    'https://songramernotebook.com/archives/4304',
    '1971-11-15',
    'C',
    2,
  ),
  dawnGaribpur: source(
    'Fifty years ago: Indian attack repulsed (Dacca, Nov 21, news agencies)',
    'Dawn',
    'https://www.dawn.com/news/1659448',
    '2021-11-22',
    'B',
    3,
  ),
  dailyStarGaribpur: source(
    'Joint command formed (November 21, 1971)',
    'The Daily Star',
    'https://images.thedailystar.net/news/bangladesh/news/joint-command-formed-2234741',
    '2021-11-21',
    'B',
    2,
  ),
  times1123: source(
    'India denies Pakistan claims (Peter Hazelhurst, Delhi, Nov. 22)',
    'The Times, copy on bdesh.com',
    'https://bdesh.com/show_article.php?article_id=671',
    '1971-11-23',
    'C',
    2,
  ),
  reuters1122: source(
    'India has launched an all-out offensive, Pakistan agency says (Dacca and Rawalpindi, Nov. 22, Reuters)',
    'Reuters, copy on bdesh.com',
    'https://bdesh.com/show_article.php?article_id=668',
    '1971-11-23',
    'C',
    2,
  ),
  boyra: source(
    'Boyra Day: IAF recalls first aerial engagement with the Pakistan Air Force',
    'Republic World',
    'https://www.republicworld.com/india-news/general-news/boyra-day-iaf-recalls-first-aerial-engagement-with-the-pakistan-air-force.html',
    '2020-11-22',
    'C',
    2,
  ),
  keesing: source(
    "Keesing's Record of World Events, vol. 18, January 1972, India, Pakistan, p. 25053",
    "Keesing's, copy on docslib",
    'https://docslib.org/doc/3143744/keesings-world-news-archives',
    '1972-01-31',
    'C',
    2,
  ),
  hitavada: source(
    '1971 war – the lightning campaign (date-wise excerpts from the Press Information Bureau archives)',
    'The Hitavada',
    'https://www.thehitavada.com/Encyc/2021/12/12/1971-WAR-THE-LIGHTNING-CAMPAIGN.html',
    '2021-12-12',
    'B',
    2,
  ),
  upiYahya: source(
    'Yahya hinted attack on India 10 days ahead',
    'United Press International',
    'http://www.upi.com/Top_News/World-News/2012/01/15/Yahya-hinted-attack-on-India-10-days-ahead/UPI-63021326659200/',
    '2012-01-15',
    'B',
    2,
  ),
  basantarWiki: source(
    'Battle of Basantar',
    'Wikipedia (mirror, wiki.alquds.edu)',
    'https://wiki.alquds.edu/?query=Battle_of_Basantar',
    '2023-01-01',
    'C',
    2,
  ),
  basantarFacts: source(
    '6 unusual facts about Battle of Basantar',
    'X-Nico (encyclopedia excerpts)',
    'https://xnico.com/?title=Battle+of+Basantar',
    '2020-01-01',
    'C',
    3,
  ),
  tangailWiki: source(
    'Tangail Airdrop',
    'Wikipedia',
    'https://en.m.wikipedia.org/wiki/Tangail_Airdrop',
    '2024-01-01',
    'C',
    2,
  ),
  tangailToll: source(
    "1971: Indian paratroopers' strategic triumph over Pakistan secures Dhaka's destiny",
    'Bharat Express',
    'https://english.bharatexpress.com/web-stories/1971-indian-paratroopers-strategic-triumph-over-pakistan-secures-dhakas-destiny',
    '2023-12-11',
    'C',
    3,
  ),
  governorHouse: source(
    'Air raid on Governor House had marked Pak admin collapse (BSS, quoting Reuters of 14 December 1971)',
    'ENA News (Bangladesh Sangbad Sangstha)',
    'https://ena-news.com/national/politics-national/air-raid-on-governor-house-had-marked-pak-admin-collapse/',
    '2020-12-14',
    'C',
    2,
  ),
  imphalTimes: source(
    'December 14, the most significant day in Indo-Pak war of 1971',
    'Imphal Times',
    'https://www.imphaltimes.com/it-articles/item/21808-december-14-the-most-significant-day-in-indo-pak-war-of-1971',
    '2021-12-14',
    'C',
    2,
  ),
  trident: source(
    'Month of victory',
    'Bangladesh Post',
    'https://www.bangladeshpost.net/month-of-victory/',
    '2021-12-05',
    'C',
    3,
  ),
  hinduRecognition: source(
    'From the Archives (December 7, 1971): India recognises Bangla Desh govt.',
    'The Hindu',
    'https://www.thehindu.com/archives/from-the-archives-december-7-1971-india-recognises-bangla-desh-govt/article37874262.ece',
    '2021-12-07',
    'B',
    2,
  ),
  pindiSnaps: source(
    'And Pindi snaps ties with Delhi (New Delhi, Dec. 6)',
    'Hindustan Standard, copy on songramernotebook.com',
    'https://songramernotebook.com/?p=39889',
    '1971-12-07',
    'C',
    2,
  ),
  asianet: source(
    'The 13-day war that led to birth of a nation in 1971',
    'Asianet Newsable',
    'https://newsable.asianetnews.com/gallery/top-stories/defence-1971-india-pakistan-war-history-bangladesh-vpn-qlf7hl',
    '2021-12-16',
    'C',
    2,
  ),
  hindustanTimes: source(
    'An unprecedented surrender and the birth of a nation',
    'Hindustan Times',
    'https://www.hindustantimes.com/india-news/an-unprecedented-surrender-and-the-birth-of-a-nation-101671215066742-amp.html',
    '2022-12-16',
    'B',
    2,
  ),
  truceWest: source(
    'India orders unilateral truce in the west (New Delhi, Dec. 16)',
    'Hindustan Standard, copy on songramernotebook.com',
    'https://songramernotebook.com/?p=374448',
    '1971-12-17',
    'C',
    2,
  ),
  apTruce: source(
    'Indian army triumphs on its eastern front; unilateral cease-fire ordered in the west',
    'Associated Press, copy on bdesh.com',
    'https://bdesh.com/show_article.php?article_id=424',
    '1971-12-17',
    'C',
    2,
  ),
  nytCeasefire: source(
    'Pakistan accepts a cease-fire (Rawalpindi, Dec. 17)',
    'The New York Times, copy on bdesh.com',
    'https://bdesh.com/show_article.php?article_id=1623',
    '1971-12-18',
    'C',
    2,
  ),
  bsToll: source(
    "Vijay Diwas: how India ended Pak's atrocities and ensured freed Bangladesh",
    'Business Standard',
    'https://www.business-standard.com/article/current-affairs/vijay-diwas-how-india-ended-pak-s-atrocities-and-ensured-freed-bangladesh-118121600120_1.html',
    '2018-12-16',
    'B',
    3,
  ),
  boldsky: source(
    'Vijay Diwas 2022: interesting facts about 1971 India-Pakistan war',
    'Boldsky',
    'https://www.boldsky.com/amphtml/insync/pulse/vijay-diwas-2022-interesting-facts-about-1971-india-pakistan-war-and-birth-of-bangladesh-143545.html',
    '2022-12-16',
    'C',
    3,
  ),
  wikiPows: source(
    'Prisoners of war in the Indo-Pakistani war of 1971',
    'Wikipedia',
    'https://en.wikipedia.org/wiki/Prisoners_of_war_in_the_Indo-Pakistani_war_of_1971',
    '2024-01-01',
    'C',
    2,
  ),
  wikiSimla: source(
    'Simla Agreement',
    'Wikipedia (kiwix mirror, February 2024)',
    'https://kiwix.lema.org/wikipedia_en_all_mini_2024-02/A/Simla_Agreement',
    '2024-02-01',
    'C',
    2,
  ),
  idrGains2: source(
    "India's Losses and Gains in Post-Independence Wars – II",
    'Indian Defence Review',
    'https://www.indiandefencereview.com/news/indias-losses-and-gains-in-post-independence-wars-ii/0/',
    '2011-06-02',
    'C',
    2,
  ),
  idrGains2p3: source(
    "India's Losses and Gains in Post-Independence Wars – II (ratification and the internees)",
    'Indian Defence Review',
    'http://www.indiandefencereview.com/news/indias-losses-and-gains-in-post-independence-wars-ii/3/',
    '2011-06-02',
    'C',
    2,
  ),
  idrGains2p5: source(
    "India's Losses and Gains in Post-Independence Wars – II (the delineation deadlock)",
    'Indian Defence Review',
    'http://www.indiandefencereview.com/news/indias-losses-and-gains-in-post-independence-wars-ii/5/',
    '2011-06-02',
    'C',
    3,
  ),
  idrGains3p4: source(
    "India's Losses and Gains in Post-Independence Wars – III (the prisoners)",
    'Indian Defence Review',
    'http://www.indiandefencereview.com/news/indias-losses-and-gains-in-post-independence-wars-iii/4/',
    '2011-03-27',
    'C',
    2,
  ),
  dawnSimla: source(
    'From the past pages of Dawn: 1972: fifty years ago: midnight agreement',
    'Dawn',
    'https://www.dawn.com/news/1697948/from-the-past-pages-of-dawn-1972-fifty-years-ago-midnight-agreement',
    '2022-07-03',
    'B',
    2,
  ),
  simlaDates: source(
    'The Simla Agreement Conference (28 June – 2 July 1972) and its ratification',
    'bleumynt.com (summary of the encyclopedia)',
    'http://bleumynt.com/simla-agreement-1972-pdf/',
    '2021-01-01',
    'C',
    2,
  ),
  hinduPullout: source(
    'Fifty years ago, August 5, 1972: Troops pull-out: talks on Aug. 7',
    'The Hindu',
    'https://www.thehindu.com/archives/troops-pull-out-talks-on-aug-7/article65727751.ece',
    '2022-08-05',
    'B',
    2,
  ),
  mea: source(
    'Clarifications on LoC: delineation of the Line of Control in Jammu and Kashmir resulting from the cease fire of 17 December 1971',
    'Ministry of External Affairs of India',
    'https://mea.gov.in/in-focus-article.htm?19004/',
    '2012-01-01',
    'B',
    2,
  ),
  delhiText: source(
    'Text of India-Pakistan agreement on repatriation of prisoners of war and civilian internees (New Delhi, 28 August 1973)',
    'US Embassy New Delhi cable 10046, WikiLeaks PlusD',
    'https://search.wikileaks.org/plusd/cables/1973NEWDE10046_b.html',
    '1973-08-29',
    'B',
    2,
  ),
  wikiDelhi: source(
    'Delhi Agreement',
    'Wikipedia',
    'https://en.wikipedia.org/wiki/Delhi_Agreement',
    '2024-01-01',
    'C',
    2,
  ),
  pathe: source(
    'India/Pakistan: first of 93,000 Pakistan prisoners of war return',
    'British Pathé (Reuters archive)',
    'https://www.britishpathe.com/video/VLVA20MQPMOP4LFVUHWKY2VQSH8HI-INDIAPAKISTAN-FIRST-OF-93000-PAKISTAN-PRISONERS-OF-WAR-RETURN',
    '1973-10-01',
    'B',
    2,
  ),
  time1015: source(
    'The Prisoners at Last Start for Home',
    'Time',
    'http://20.210.105.67/txt/time/Time1973/1973-10-15/910802.html',
    '1973-10-15',
    'B',
    2,
  ),
  hinduRecog74: source(
    'Fifty years ago: Pak. recognises Bangla: Mujib for summit (New Delhi, Feb. 22)',
    'The Hindu',
    'https://www.thehindu.com/archives/from-the-hindu-archives-february-23-1974-pak-recognises-bangla-mujib-for-summit/article67874326.ece',
    '2024-02-23',
    'B',
    2,
  ),
  tripartite: source(
    'Tripartite agreement between India, Bangladesh and Pakistan for normalisation of relations in the sub-continent (New Delhi, April 9, 1974), text',
    'Reader-list (Sarai) mailing-list copy',
    'https://works.raqsmediacollective.net/reader-list/reader-list_mail.sarai.net/2007-November/010981.html',
    '2007-11-05',
    'C',
    2,
  ),
  bdhc: source(
    'Political relations (Bangladesh – Pakistan)',
    'High Commission of Bangladesh in Islamabad',
    'http://www.bdhcpk.org/index.php?page=Home&action=DisplayPage&id=28',
    '2015-01-01',
    'B',
    2,
  ),
  niaziLast: source(
    'Tripartite Agreement of 1974',
    'praxisloy.de (summary of the encyclopedia)',
    'https://www.praxisloy.de/2020/12/19/tripartite-agreement-of-1974/',
    '2020-12-19',
    'C',
    3,
  ),
  pressBlast: source(
    'Blast screens India’s woes (New Delhi, May 20, NZPA)',
    'The Press (Christchurch), Papers Past',
    'https://paperspast.natlib.govt.nz/newspapers/CHP19740521.2.93',
    '1974-05-21',
    'B',
    2,
  ),
  blackmail: source(
    'Fifty years ago, in May 1974, India detonated its first nuclear device',
    'websiters.nl (copy of a Pakistani column)',
    'https://websiters.nl/aizaz_new/author/jamshaid/page/8',
    '2024-05-18',
    'C',
    3,
  ),
};

/** Places, each written one way. */
const P = {
  airspace: 'Indian airspace',
  belonia: 'Belonia (Tripura)',
  agartala: 'Agartala (Tripura)',
  westTripura: 'West Tripura border villages',
  karimganj: 'Karimganj (Assam)',
  garibpur: 'Garibpur (Boyra salient)',
  boyra: 'Boyra (West Bengal)',
  indianAirfields: 'Indian airfields in the west',
  poonch: 'Poonch sector (Kashmir)',
  borderPosts: 'Border posts in Kashmir and Punjab',
  pakAirfields: 'Pakistani airfields in the west',
  eastPakistan: 'East Pakistan (all fronts)',
  karachi: 'Karachi',
  jessore: 'Jessore',
  khulna: 'Khulna',
  sylhet: 'Sylhet (Maulvi Bazar)',
  shakargarh: 'Shakargarh bulge (Basantar)',
  tangail: 'Tangail (Poongli bridge)',
  dacca: 'Dacca',
  powCamps: 'Prisoner-of-war camps in India',
  pakWest: 'Pakistani territory in the west (Shakargarh, Sind)',
  indiaWest: 'Indian territory in the west (Chhamb, Hussainiwala, Fazilka)',
};
const R = {
  simla: 'simla-summit-1972',
  rawalpindi: 'rawalpindi-talks-1973-07',
  delhi: 'delhi-talks-1973-08',
};
const A = {
  surrender: 'dacca-instrument-of-surrender-1971-12-16',
  simla: 'simla-agreement-1972',
  delhi: 'delhi-agreement-1973',
  tripartite: 'tripartite-agreement-1974',
};
const CF = { west: 'ceasefire-1971-12-17' };
const INC = {
  overflight: 'india-overflight-ban-1971-02-04',
  pows: 'india-holds-pakistani-pows-1971-12-16',
  indiaHolds: 'india-holds-pakistani-territory-1971-12-17',
  pakistanHolds: 'pakistan-holds-indian-territory-1971-12-17',
};

const events = [
  // ===== February 1971: the Ganga and the overflight ban =====
  ev(
    'NegotiationOpened',
    'opened',
    when('1971-02-04'),
    {
      negotiationId: NEGOTIATION_ID,
      title: 'India – Pakistan, the 1971 war, the prisoners of war and the Simla Agreement, 1971–74',
      subject:
        'From the overflight ban and the refugee crisis of 1971 through the border clashes, the war of December 1971 and the surrender at Dacca, to the Simla Agreement, the withdrawals to the international border, the Delhi Agreement and the repatriation of the prisoners of war (1974)',
      parties: [INDIA, PAKISTAN],
      mediators: [],
    },
    [S.overflight],
  ),
  ev(
    'ActorRegistered',
    'actor-bangladesh',
    when('1971-02-04'),
    { actor: BANGLADESH, role: 'third-party' },
    [S.hinduRecognition],
    { note: 'The government in exile and the Mukti Bahini; the state India recognised on 6 December 1971.' },
  ),
  ev('ActorRegistered', 'actor-ussr', when('1971-02-04'), { actor: USSR, role: 'third-party' }, [S.wikiSimla], {
    note: 'India’s treaty partner from August 1971; nothing of its acts is recorded as the pair’s.',
  }),
  ev('ActorRegistered', 'actor-usa', when('1971-02-04'), { actor: USA, role: 'third-party' }, [S.ramWarning], {
    note: 'Pakistan’s backer (the Enterprise task force in December 1971); nothing of its acts is recorded as the pair’s.',
  }),
  ev('ActorRegistered', 'actor-china', when('1971-02-04'), { actor: CHINA, role: 'third-party' }, [S.dawnGaribpur], {
    note: 'Pakistan’s backer at the United Nations.',
  }),
  ev('ActorRegistered', 'actor-unsc', when('1971-02-04'), { actor: UNSC, role: 'third-party' }, [S.hinduRecognition], {
    note: 'Its debates in December 1971 are not recorded (no dated source read).',
  }),
  ev(
    'IncidentReported',
    'inc-overflight-ban',
    when('1971-02-04'),
    {
      incidentId: INC.overflight,
      kind: 'border-closure',
      perpetrator: 'india',
      against: 'pakistan',
      target: 'All Pakistani aircraft, civil or military',
      place: P.airspace,
      description:
        'After the hijacked Indian Airlines Fokker "Ganga" is blown up at Lahore airport, India bars Pakistani military aircraft from its airspace (3 February) and then all Pakistani aircraft, civil or military, "until the matter is satisfactorily resolved" — cutting the air route between West and East Pakistan.',
    },
    [S.overflight],
  ),
  ev(
    'DemandTabled',
    'dem-compensation',
    when('1971-02-04'),
    {
      demandId: 'india-compensation-ganga',
      by: 'india',
      addressedTo: ['pakistan'],
      text: 'Compensation for the loss of the blown-up aircraft and of its cargo, passenger luggage and mail',
      category: 'economic',
    },
    [S.overflight],
  ),
  ev(
    'StatementMade',
    'stmt-indira-ganga',
    when('1971-02-04'),
    {
      speaker: INDIRA,
      audience: 'pakistan',
      tone: 'accusation',
      summary:
        'Mrs Gandhi holds the Pakistan Government responsible for allowing the "dastardly crime" of blowing up the hijacked aircraft.',
      quote: 'dastardly crime',
    },
    [S.overflight],
  ),
  // ===== June – October 1971: the refugees and the accusations =====
  ev(
    'StatementMade',
    'stmt-yahya-june',
    when('1971-06-28'),
    {
      speaker: YAHYA,
      audience: 'india',
      tone: 'accusation',
      summary:
        'In a broadcast to the nation, Yahya Khan accuses India of "continued interference" in Pakistan’s internal affairs — armed infiltration and assistance to the secessionists — and of threatening unilateral action; Pakistan is "fully prepared to defend our territorial integrity".',
      quote:
        'Armed infiltration and open encouragement and assistance to the secessionists have heightened tensions between the two countries.',
    },
    [S.yahyaJune],
  ),
  ev(
    'IncidentReported',
    'inc-belonia',
    when('1971-10-11'),
    {
      incidentId: 'pak-shelling-belonia-1971-10-11',
      kind: 'shelling',
      perpetrator: 'pakistan',
      against: 'india',
      place: P.belonia,
      description:
        'Pakistani troops heavily shell the subdivisional town of Belonia in south Tripura from across the border for about eight hours from 20:30; no casualty figures (an official Indian report, UNI).',
    },
    [S.belonia],
  ),
  ev(
    'StatementMade',
    'stmt-ram-warning',
    when('1971-10-17'),
    {
      speaker: RAM,
      audience: 'pakistan',
      tone: 'military-threat',
      summary:
        'Near Jullundur, the Defence Minister warns that if war is thrust on India its forces will march forward and occupy Lahore and Sialkot and will not withdraw this time; Indian forces will not pull back from the frontier until the East Pakistani crisis is solved.',
      quote:
        'If war is thrust on us by the Pakistani military junta, our forces will march forward and occupy these cities.',
    },
    [S.ramWarning],
  ),
  ev(
    'StatementMade',
    'stmt-indira-tito',
    when('1971-10-18'),
    {
      speaker: INDIRA,
      audience: 'pakistan',
      tone: 'accusation',
      summary:
        'To President Tito, Mrs Gandhi says nine million refugees strain India, Indian troops were deployed on the border defensively in answer to Pakistan’s "offensive" posture, and Pakistan has moved troops to the border and whipped up a "crush India" campaign.',
    },
    [S.tito],
  ),
  ev(
    'IncidentReported',
    'inc-agartala',
    when('1971-10-24'),
    {
      incidentId: 'pak-shelling-agartala-1971-10-24',
      kind: 'shelling',
      perpetrator: 'pakistan',
      against: 'india',
      place: P.agartala,
      fatalities: { min: 1, max: 4 },
      injured: { min: 10, max: 20 },
      civilianFatalities: { min: 1, max: 4 },
      description:
        'Pakistani troops shell Agartala, the capital of Tripura, from across the border at 20:00 — the first shelling of an Indian state capital: one civilian killed and ten wounded (UNI); four killed and about twenty wounded by a later account.',
    },
    [S.agartala, S.agartalaLater],
  ),
  ev(
    'IncidentReported',
    'inc-west-tripura',
    when('1971-11-13'),
    {
      incidentId: 'pak-shelling-west-tripura-1971-11-13',
      kind: 'shelling',
      perpetrator: 'pakistan',
      against: 'india',
      place: P.westTripura,
      fatalities: { min: 3, max: 3 },
      injured: { min: 1, max: 1 },
      description:
        'Pakistani shelling of Barjanagar village in West Tripura kills three Bangladeshi refugees; Pakistani troops also fire on Belonia, Sonamura and Agartala Sadar the same day, answered by India’s Border Security Force (UNI).',
    },
    [S.tripuraNov],
  ),
  // ===== 21–22 November 1971: Garibpur, Karimganj, Boyra =====
  ev(
    'IncidentReported',
    'inc-karimganj',
    when('1971-11-21'),
    {
      incidentId: 'pak-shelling-karimganj-1971-11-21',
      kind: 'shelling',
      perpetrator: 'pakistan',
      against: 'india',
      place: P.karimganj,
      fatalities: { min: 8, max: 8 },
      description:
        'Pakistani artillery fires on the border town of Karimganj in southern Assam, killing eight Indians including a major of the Border Security Force (Indian officials).',
    },
    [S.times1123],
  ),
  ev(
    'IncidentReported',
    'inc-garibpur',
    when('1971-11-21'),
    {
      incidentId: 'garibpur-1971-11-21',
      kind: 'clash',
      perpetrator: 'india',
      allegedBy: 'pakistan',
      against: 'pakistan',
      place: P.garibpur,
      scale: 'major',
      fatalities: { min: 1, max: 94 },
      description:
        'Indian troops (14 Punjab with PT-76 tanks) and the Mukti Bahini, across the border since the night of the 20th, beat off a Pakistani counter-attack with Chaffee tanks around Garibpur; Pakistan says it "blunted a major offensive launched by regular Indian Army in two infantry brigades strength supported by one regiment of tanks", 90 Indians and 4 Pakistanis killed; India denies that its troops crossed. Major Daljit Singh Narang is killed (Indian accounts).',
    },
    [S.dawnGaribpur, S.dailyStarGaribpur],
  ),
  ev(
    'StatementMade',
    'stmt-india-denies',
    when('1971-11-22'),
    {
      speaker: INDIA_DEFENCE,
      audience: 'pakistan',
      tone: 'accusation',
      summary:
        'India denies that two brigades and an armoured regiment were repulsed near Jessore ("mere propaganda"; "Our troops are under strict instructions not to cross the border") and says Pakistani patrols and artillery have fired across the border on innumerable occasions in the last four days.',
      quote: 'Our troops are under strict instructions not to cross the border',
    },
    [S.times1123],
  ),
  ev(
    'IncidentReported',
    'inc-boyra',
    when('1971-11-22'),
    {
      incidentId: 'boyra-air-fight-1971-11-22',
      kind: 'clash',
      perpetrator: 'india',
      against: 'pakistan',
      place: P.boyra,
      description:
        'Four Indian Air Force Gnats from Dum Dum intercept Pakistani Sabres supporting the troops at Garibpur over the Boyra salient; by Indian accounts three Sabres are hit, two shot down, and two Pakistani pilots are captured.',
    },
    [S.boyra, S.times1123],
  ),
  ev(
    'StatementMade',
    'stmt-app-offensive',
    when('1971-11-22'),
    {
      speaker: APP,
      audience: 'india',
      tone: 'accusation',
      summary:
        'The Associated Press of Pakistan says India has launched "an all-out offensive against East Pakistan without a formal declaration of war", with Indian aircraft strafing villages and attacks at Jessore, Sylhet and Chittagong.',
      quote: 'an all-out offensive against East Pakistan without a formal declaration of war',
    },
    [graded(S.reuters1122, 3)],
  ),
  ev(
    'StatementMade',
    'stmt-yahya-crush',
    when('1971-11-22'),
    {
      speaker: YAHYA,
      audience: 'india',
      tone: 'military-threat',
      summary:
        'Visiting troops near the West Pakistan border with India and Kashmir, Yahya Khan says Pakistan will "crush the aggressor".',
      quote: 'crush the aggressor',
    },
    [S.reuters1122],
  ),
  // ===== 3–17 December 1971: the war =====
  ev(
    'IncidentReported',
    'inc-chengiz-khan',
    when('1971-12-03T12:10:00Z'),
    {
      incidentId: 'chengiz-khan-1971-12-03',
      kind: 'airstrike',
      perpetrator: 'pakistan',
      against: 'india',
      place: P.indianAirfields,
      description:
        'Between 17:40 and 18:10 IST the Pakistan Air Force raids the Indian airfields at Srinagar, Avantipur, Pathankot, Amritsar, Faridkot, Ambala, Agra, Jodhpur and Uttarlai (Operation Chengiz Khan); little damage, the Indian aircraft being dispersed in bunkers.',
    },
    [S.keesing, S.hitavada],
  ),
  ev(
    'IncidentReported',
    'inc-poonch',
    when('1971-12-03T15:00:00Z'),
    {
      incidentId: 'pak-attack-poonch-1971-12-03',
      kind: 'clash',
      perpetrator: 'pakistan',
      against: 'india',
      place: P.poonch,
      description:
        'At 20:30 IST Pakistani armoured forces and infantry cross the cease-fire line in Kashmir in the Poonch sector.',
    },
    [S.keesing],
  ),
  ev(
    'IncidentReported',
    'inc-border-posts',
    when('1971-12-03T15:00:00Z'),
    {
      incidentId: 'pak-shelling-border-posts-1971-12-03',
      kind: 'shelling',
      perpetrator: 'pakistan',
      against: 'india',
      place: P.borderPosts,
      description:
        'Eleven Indian border posts in Kashmir and Punjab (Sulaimanki, Khem Karan, Poonch among them) are heavily shelled.',
    },
    [S.keesing, S.hitavada],
  ),
  ev(
    'StatementMade',
    'stmt-indira-war',
    when('1971-12-03T19:00:00Z'),
    {
      speaker: INDIRA,
      audience: 'pakistan',
      tone: 'military-threat',
      summary:
        'In a broadcast to the nation Mrs Gandhi says Pakistan has launched a full-scale war against India and that the war in Bangladesh has become a war on India; a state of emergency is proclaimed.',
      quote: 'Today a war in Bangladesh has become a war on India',
    },
    [S.hitavada, S.upiYahya],
  ),
  ev(
    'IncidentReported',
    'inc-iaf-retaliation',
    when('1971-12-03T18:20:00Z'),
    {
      incidentId: 'iaf-strikes-1971-12-03',
      kind: 'airstrike',
      perpetrator: 'india',
      against: 'pakistan',
      place: P.pakAirfields,
      description:
        'At 23:50 IST the Indian Air Force strikes the Pakistani airfields at Chander, Shorkot, Sargodha, Murid, Mianwali, Masroor, Risalewala and Changa Manga; the strikes are widened the next morning.',
    },
    [S.hitavada],
  ),
  ev(
    'IncidentReported',
    'inc-east-offensive',
    when('1971-12-04'),
    {
      incidentId: 'india-enters-east-pakistan-1971-12-04',
      kind: 'clash',
      perpetrator: 'india',
      against: 'pakistan',
      place: P.eastPakistan,
      scale: 'major',
      description:
        'At midnight India launches "an integrated ground, sea and air strike of East Pakistan" (UPI); Indian troops enter and overrun East Pakistan from all sides (Keesing’s), fighting raging in all sectors.',
    },
    [S.keesing, S.upiYahya],
  ),
  ev(
    'IncidentReported',
    'inc-karachi',
    when('1971-12-04T18:00:00Z', 'approximate'),
    {
      incidentId: 'operation-trident-1971-12-04',
      kind: 'missile-strike',
      perpetrator: 'india',
      against: 'pakistan',
      place: P.karachi,
      fatalities: { min: 255, max: 255 },
      description:
        'On the night of 4–5 December Indian Navy missile boats attack Karachi (Operation Trident), sinking PNS Khaibar (222 sailors killed) and PNS Muhafiz (33 killed).',
    },
    [S.trident, S.boldsky],
  ),
  ev(
    'ThirdPartyEngagement',
    'tpe-recognition',
    when('1971-12-06T05:15:00Z'),
    {
      actorId: 'india',
      counterparts: ['bangladesh'],
      kind: 'recognition',
      summary: 'Mrs Gandhi announces in Parliament India’s recognition of the People’s Republic of Bangladesh.',
    },
    [S.hinduRecognition],
  ),
  ev(
    'StatementMade',
    'stmt-pak-breaks-relations',
    when('1971-12-06T10:00:00Z'),
    {
      speaker: PAK_GOV,
      audience: 'india',
      tone: 'accusation',
      summary:
        'Within hours Pakistan breaks off diplomatic relations with India; its announcement says India’s recognition of the "so-called Bangladesh" has "exposed" its hatred of Pakistan and its desire to destroy it, contrary to the UN Charter.',
    },
    [S.pindiSnaps, S.hinduRecognition],
  ),
  ev(
    'IncidentReported',
    'inc-jessore',
    when('1971-12-07'),
    {
      incidentId: 'jessore-1971-12-07',
      kind: 'clash',
      perpetrator: 'india',
      against: 'pakistan',
      place: P.jessore,
      description:
        'The Indian Army captures Jessore, Jhenida and Pirganj; troops are heli-landed in Sylhet and take Comilla airfield.',
    },
    [S.asianet],
  ),
  ev(
    'IncidentReported',
    'inc-khulna',
    when('1971-12-08'),
    {
      incidentId: 'khulna-advance-1971-12-08',
      kind: 'clash',
      perpetrator: 'india',
      against: 'pakistan',
      place: P.khulna,
      description: 'The Indian Army advances towards Khulna, Magura and Daudkandi.',
    },
    [S.asianet],
  ),
  ev(
    'IncidentReported',
    'inc-sylhet',
    when('1971-12-09'),
    {
      incidentId: 'maulvi-bazar-1971-12-09',
      kind: 'clash',
      perpetrator: 'india',
      against: 'pakistan',
      place: P.sylhet,
      description: 'Indian troops take Maulvi Bazar, Chandpur, Laksham and Daudkandi from the Pakistani forces.',
    },
    [S.asianet],
  ),
  ev(
    'IncidentReported',
    'inc-tangail',
    when('1971-12-11T10:30:00Z'),
    {
      incidentId: 'tangail-airdrop-1971-12-11',
      kind: 'clash',
      perpetrator: 'india',
      against: 'pakistan',
      place: P.tangail,
      fatalities: { min: 143, max: 143 },
      description:
        'About 750 Indian paratroopers (2 Para) are dropped near Tangail at 16:30 to take the Poongli bridge and cut off the Pakistani 93rd Brigade retreating on Dacca; in the battle that follows the brigade "ceases to exist", 143 Pakistani soldiers killed (an Indian account).',
    },
    [S.tangailWiki, S.tangailToll],
  ),
  ev(
    'IncidentReported',
    'inc-government-house',
    when('1971-12-14T06:55:00Z'),
    {
      incidentId: 'government-house-dacca-1971-12-14',
      kind: 'airstrike',
      perpetrator: 'india',
      against: 'pakistan',
      place: P.dacca,
      description:
        'Indian MiG-21s and Hunters strike Government House in Dacca with rockets while Governor A. M. Malik meets his cabinet; Malik writes his resignation during the raid (Reuters, 14 December).',
    },
    [S.governorHouse, S.imphalTimes],
  ),
  ev(
    'IncidentReported',
    'inc-basantar',
    when('1971-12-15', 'approximate'),
    {
      incidentId: 'basantar-1971-12-15',
      kind: 'clash',
      perpetrator: 'india',
      against: 'pakistan',
      place: P.shakargarh,
      scale: 'major',
      description:
        'The Indian offensive into the Shakargarh bulge reaches its height in the tank battle across the Basantar (Jarpal, Barapind), fought between 15 and 17 December against repeated Pakistani armoured counter-attacks; "the Indian troops won a hard-fought battle that secured this area".',
    },
    [S.basantarWiki, S.basantarFacts],
    {
      note: 'Dated approximately to the 15th: the encyclopedias date the battle 4 (or 6) – 16 December and its last tank battle 15–17 December.',
    },
  ),
  // ===== 16–17 December 1971: the surrender and the ceasefire =====
  ev(
    'AgreementReached',
    'agr-surrender',
    when('1971-12-16T11:01:00Z'),
    {
      agreementId: A.surrender,
      kind: 'ceasefire',
      provisions: [
        'All Pakistani land, air and naval forces in East Pakistan, with the paramilitary and civil armed forces, surrender to Lt Gen Jagjit Singh Aurora, commanding the Indian and Bangladesh forces in the eastern theatre',
        'Those who surrender are treated with dignity and respect under the Geneva Conventions, their safety guaranteed',
      ],
      signatories: ['india', 'pakistan'],
      textPublic: true,
    },
    [S.hindustanTimes, S.keesing],
    {
      note: 'The Instrument of Surrender, signed at the Race Course in Dacca at 16:31 IST by Lt Gen A. A. K. Niazi and Lt Gen Aurora.',
    },
  ),
  ev(
    'IncidentReported',
    'inc-pows',
    when('1971-12-16T11:01:00Z'),
    {
      incidentId: INC.pows,
      kind: 'detention',
      perpetrator: 'india',
      against: 'pakistan',
      target: 'Some 93,000 Pakistani soldiers, paramilitaries and civilians who surrendered in the East',
      place: P.powCamps,
      description:
        'The Pakistani forces in the East, with civilians, become prisoners of war of the Indian Army — the largest surrender since the Second World War; they are moved to some 50 camps in Bihar, Uttar Pradesh and Madhya Pradesh. India holds them while Pakistan will not recognise Bangladesh.',
    },
    [S.wikiPows, S.hindustanTimes],
  ),
  ev(
    'StatementMade',
    'stmt-india-unilateral',
    when('1971-12-16T14:00:00Z'),
    {
      speaker: INDIA_GOV,
      audience: 'pakistan',
      tone: 'conciliatory',
      summary:
        'India orders its forces to cease fire everywhere on the western front from 20:00 IST on 17 December, since Bangladesh is free and India has no territorial ambitions, and hopes for a corresponding response from Pakistan.',
      quote: 'it is pointless in our view to continue the present conflict',
    },
    [S.truceWest, S.apTruce],
  ),
  ev(
    'StatementMade',
    'stmt-yahya-fight-on',
    when('1971-12-16T15:00:00Z'),
    {
      speaker: YAHYA,
      audience: 'india',
      tone: 'military-threat',
      summary:
        'In an evening broadcast Yahya Khan says the war against India will continue until the "occupied areas are taken back"; the defeat in the East is the loss of a battle, not of the war.',
    },
    [S.truceWest, S.apTruce],
  ),
  ev(
    'CeasefireDeclared',
    'cf-west',
    when('1971-12-17T14:30:00Z'),
    {
      ceasefireId: CF.west,
      parties: ['india', 'pakistan'],
      scope:
        'India’s unilateral ceasefire everywhere on the western front from 20:00 IST on 17 December, accepted by President Yahya Khan the same day; in the East the surrender had ended the fighting',
      duration: 'indefinite',
    },
    [S.nytCeasefire, S.truceWest],
    { note: 'Declared by India on the 16th, accepted by Pakistan on the 17th: dated when it took effect.' },
  ),
  ev(
    'IncidentReported',
    'inc-india-holds',
    when('1971-12-17T14:30:00Z'),
    {
      incidentId: INC.indiaHolds,
      kind: 'occupation',
      perpetrator: 'india',
      against: 'pakistan',
      place: P.pakWest,
      description:
        'At the ceasefire India holds more than 13,000 km² of Pakistani territory taken in the west (the Shakargarh bulge, parts of Sind), which it keeps until the withdrawals under the Simla Agreement.',
    },
    [S.wikiSimla, S.idrGains2],
  ),
  ev(
    'IncidentReported',
    'inc-pakistan-holds',
    when('1971-12-17T14:30:00Z'),
    {
      incidentId: INC.pakistanHolds,
      kind: 'occupation',
      perpetrator: 'pakistan',
      against: 'india',
      place: P.indiaWest,
      description:
        'At the ceasefire Pakistan holds Indian territory in the west: Chhamb, the Hussainiwala enclave across the Sutlej, Chinna Bidhi Chand, and a lodgement west of Fazilka up to the Sabuna distributary.',
    },
    [S.idrGains2],
  ),
  ev(
    'IncidentReported',
    'inc-war-toll',
    when('1971-12-17T14:30:00Z'),
    {
      incidentId: 'war-toll-1971-12',
      kind: 'casualty-report',
      period: { from: '1971-12-03', to: '1971-12-17' },
      fatalities: { min: 3800, max: 11000 },
      description:
        'The war’s toll: over 3,800 soldiers of India and Pakistan killed (Business Standard); some 3,000 Indian and 8,000 Pakistani soldiers killed (Boldsky). No side named as perpetrator.',
    },
    [S.bsToll, S.boldsky],
  ),
  // ===== 1972: Simla =====
  ev(
    'TalksRoundOpened',
    'round-simla-opened',
    when('1972-06-28'),
    {
      roundId: R.simla,
      label: 'Simla summit (Indira Gandhi – Bhutto)',
      venue: 'Simla',
      format: 'formal',
      delegations: [
        { actorId: 'india', head: INDIRA },
        { actorId: 'pakistan', head: BHUTTO },
      ],
    },
    [S.simlaDates, S.dawnSimla],
  ),
  ev(
    'TalksRoundConcluded',
    'round-simla-concluded',
    when('1972-07-02'),
    {
      roundId: R.simla,
      outcome: 'agreement',
      summary:
        'The summit, on the verge of deadlock over Kashmir, is salvaged by an agreement signed by Bhutto and Mrs Gandhi shortly after midnight.',
      nextSteps:
        'Ratification; withdrawal of troops to the international border; the line of control in Kashmir to be delineated.',
    },
    [S.dawnSimla],
    { occurrence: 'simla-agreement-signed-1972-07-02' },
  ),
  ev(
    'AgreementReached',
    'agr-simla',
    when('1972-07-02'),
    {
      agreementId: A.simla,
      kind: 'framework',
      provisions: [
        'The two countries put an end to the conflict and confrontation that have marred their relations',
        'Differences to be settled by peaceful means through bilateral negotiations; no use of force',
        'Indian and Pakistani forces withdrawn to their side of the international border',
        'In Jammu and Kashmir, the line of control resulting from the ceasefire of 17 December 1971 respected by both sides',
        'Steps to restore communications, trade, and diplomatic relations; the heads of government to meet again',
      ],
      signatories: ['india', 'pakistan'],
      textPublic: true,
      roundId: R.simla,
      status: 'signed',
    },
    [S.wikiSimla, S.dawnSimla],
    { occurrence: 'simla-agreement-signed-1972-07-02' },
  ),
  ev(
    'AgreementStatusChanged',
    'agr-simla-ratified-pak',
    when('1972-07-15'),
    {
      agreementId: A.simla,
      status: 'ratified',
      by: 'pakistan',
      reason: 'Ratified by Pakistan; Bhutto defends it in the National Assembly.',
    },
    [S.wikiSimla, S.idrGains2p3],
  ),
  ev(
    'AgreementStatusChanged',
    'agr-simla-ratified-india',
    when('1972-08-03'),
    { agreementId: A.simla, status: 'ratified', by: 'india', reason: 'Ratified by India.' },
    [S.wikiSimla],
  ),
  ev(
    'AgreementStatusChanged',
    'agr-simla-in-force',
    when('1972-08-04'),
    {
      agreementId: A.simla,
      status: 'in-force',
      reason: 'The instruments of ratification exchanged, the agreement enters into force.',
    },
    [S.wikiSimla, S.simlaDates],
  ),
  ev(
    'StatementMade',
    'stmt-india-pullout-talks',
    when('1972-08-04'),
    {
      speaker: INDIA_GOV,
      audience: 'pakistan',
      tone: 'conciliatory',
      summary:
        'India proposes that army commanders of both sides meet on 7 August to decide the principles of the withdrawal of forces to the international border and the simultaneous delineation of the line of control.',
    },
    [S.hinduPullout],
  ),
  ev(
    'StatementMade',
    'stmt-bhutto-delineation',
    when('1972-11-15', 'approximate'),
    {
      speaker: BHUTTO,
      audience: 'india',
      tone: 'critical',
      summary:
        'With the delineation deadlocked over a village west of the Chenab and the withdrawals delayed, Bhutto says Pakistan will not "give up territory without a consideration"; it is up to India, the larger country, to make some adjustment.',
      quote: 'This we cannot do. India is the larger and powerful country.',
    },
    [S.idrGains2p5],
  ),
  ev(
    'StatementMade',
    'stmt-delineation-done',
    when('1972-12-11'),
    {
      speaker: INDIA_GOV,
      audience: 'pakistan',
      tone: 'neutral',
      summary:
        'The ninth and final meeting of the army representatives (Lt Gen P. S. Bhagat and Lt Gen Abdul Hameed Khan) at Suchetgarh completes the delineation of the line of control in Jammu and Kashmir.',
    },
    [S.mea],
  ),
  ev(
    'IncidentReported',
    'inc-india-withdraws',
    when('1972-12-20', 'approximate'),
    {
      incidentId: 'india-withdrawal-1972-12',
      kind: 'withdrawal',
      perpetrator: 'india',
      against: 'pakistan',
      place: P.pakWest,
      description:
        'Indian troops withdraw from the Pakistani territory they held to the international border, once the delineation is complete.',
    },
    [S.idrGains2p5, graded(S.wikiSimla, 3)],
  ),
  ev(
    'IncidentReported',
    'inc-pakistan-withdraws',
    when('1972-12-20', 'approximate'),
    {
      incidentId: 'pakistan-withdrawal-1972-12',
      kind: 'withdrawal',
      perpetrator: 'pakistan',
      against: 'india',
      place: P.indiaWest,
      description:
        'Pakistani troops vacate the Indian territory they held (the Fazilka lodgement and the rest) to the international border.',
    },
    [S.idrGains2p5, graded(S.idrGains2, 3)],
  ),
  // ===== 1973: the prisoners =====
  ev(
    'DemandTabled',
    'dem-pows',
    when('1973-04-20', 'approximate'),
    {
      demandId: 'pakistan-release-pows',
      by: 'pakistan',
      addressedTo: ['india'],
      text: 'Release and repatriate the prisoners of war and civilian internees without delay, as the Geneva Convention requires, without conditions unrelated to their repatriation',
      category: 'humanitarian',
    },
    [S.idrGains3p4],
  ),
  ev(
    'StatementMade',
    'stmt-pak-illegal-captivity',
    when('1973-04-20', 'approximate'),
    {
      speaker: PAK_GOV,
      audience: 'india',
      tone: 'accusation',
      summary:
        'Answering the India – Bangladesh proposal of 17 April, Pakistan says normalisation has been obstructed by India’s holding "in illegal captivity" over 90,000 prisoners of war and civilian internees sixteen months after the hostilities ceased, and refuses trials in Dacca.',
      quote: 'illegal captivity',
    },
    [S.idrGains3p4],
  ),
  ev(
    'TalksRoundOpened',
    'round-rawalpindi-opened',
    when('1973-07-24'),
    {
      roundId: R.rawalpindi,
      label: 'Haksar – Aziz Ahmed talks, Rawalpindi',
      venue: 'Rawalpindi',
      format: 'formal',
    },
    [S.delhiText],
  ),
  ev(
    'TalksRoundConcluded',
    'round-rawalpindi-concluded',
    when('1973-07-31'),
    {
      roundId: R.rawalpindi,
      outcome: 'progress',
      summary: 'The talks review the implementation of the Simla Agreement and the humanitarian problems.',
      nextSteps: 'Talks resume in New Delhi on 18 August.',
    },
    [S.delhiText],
  ),
  ev(
    'TalksRoundOpened',
    'round-delhi-opened',
    when('1973-08-18'),
    { roundId: R.delhi, label: 'Haksar – Aziz Ahmed talks, New Delhi', venue: 'New Delhi', format: 'formal' },
    [S.delhiText],
  ),
  ev(
    'TalksRoundConcluded',
    'round-delhi-concluded',
    when('1973-08-28'),
    {
      roundId: R.delhi,
      outcome: 'agreement',
      summary: 'India and Pakistan sign the agreement on the repatriation of prisoners of war and civilian internees.',
    },
    [S.delhiText],
    { occurrence: 'delhi-agreement-1973-08-28' },
  ),
  ev(
    'AgreementReached',
    'agr-delhi',
    when('1973-08-28'),
    {
      agreementId: A.delhi,
      kind: 'partial',
      provisions: [
        'Repatriation of all Pakistani prisoners of war and civilian internees in India, except 195 whom Bangladesh wishes to try',
        'Simultaneous repatriation of Bengalis in Pakistan and of non-Bengalis from Bangladesh who opt for Pakistan',
        'The question of the 195 to be settled between Bangladesh, India and Pakistan',
      ],
      signatories: ['india', 'pakistan'],
      textPublic: true,
      roundId: R.delhi,
    },
    [S.delhiText, S.wikiDelhi],
    { occurrence: 'delhi-agreement-1973-08-28' },
  ),
  ev(
    'StatementMade',
    'stmt-first-repatriation',
    when('1973-09-28'),
    {
      speaker: PAK_GOV,
      audience: 'india',
      tone: 'neutral',
      summary:
        'The first 842 Pakistani prisoners of war and civilian internees are received at Wagah from India, the vanguard of some 93,000 to be sent home under the Delhi Agreement; some returnees accuse Indian guards of having fired on prisoners at Allahabad in August.',
    },
    [S.pathe, S.time1015],
  ),
  // ===== 1974: recognition, the tripartite agreement, the last prisoners, the test =====
  ev(
    'ThirdPartyEngagement',
    'tpe-pak-recognises',
    when('1974-02-22'),
    {
      actorId: 'pakistan',
      counterparts: ['bangladesh'],
      kind: 'recognition',
      summary:
        'At Lahore, on the eve of the Islamic summit, Bhutto announces Pakistan’s recognition of Bangladesh; Bangladesh reciprocates within two hours.',
    },
    [S.hinduRecog74],
  ),
  ev(
    'AgreementReached',
    'agr-tripartite',
    when('1974-04-09'),
    {
      agreementId: A.tripartite,
      kind: 'partial',
      provisions: [
        'Completion of the three-way repatriation of the prisoners of war and civilian internees in India, the Bengalis in Pakistan and the Pakistanis in Bangladesh',
        'The 195 prisoners held for trial repatriated to Pakistan with the rest, Bangladesh not proceeding with the trials as an act of clemency',
      ],
      signatories: ['india', 'pakistan'],
      textPublic: true,
    },
    [S.tripartite, S.bdhc],
    { note: 'Signed by Bangladesh too (a third party here); recorded with the pair as signatories.' },
  ),
  ev(
    'IncidentReported',
    'inc-last-pows',
    when('1974-04-30', 'approximate'),
    {
      incidentId: 'india-releases-last-pows-1974-04',
      kind: 'release',
      perpetrator: 'india',
      against: 'pakistan',
      place: P.powCamps,
      description:
        'India hands over the last Pakistani prisoners of war at Wagah under the tripartite agreement; General Niazi is the last Pakistani officer returned, symbolically, across the Wagah border.',
    },
    [S.niaziLast, graded(S.bdhc, 3)],
  ),
  ev(
    'StatementMade',
    'stmt-pak-blackmail',
    when('1974-05-19', 'approximate'),
    {
      speaker: PAK_FM,
      audience: 'india',
      tone: 'critical',
      summary:
        'After India’s underground nuclear explosion in the Rajasthan desert (18 May), Pakistan’s foreign minister declares that Pakistan will never submit to nuclear blackmail or accept Indian hegemony over the subcontinent; India says it will use the knowledge only for peaceful purposes.',
      quote: 'never submit to nuclear blackmail',
    },
    [S.blackmail, S.pressBlast],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'india-pakistan-1971.jsonl',
  logEnd: '2026-12-07T08:00:00Z',
  events,
};

export default definition;
