/**
 * A test fixture, not a shipped example: Ethiopia and the Islamic Courts Union of Somalia (the ICU, also reported as
 * the UIC, the SICC or the Council of Islamic Courts) from the Courts' capture of Mogadishu (June 2006) to the weeks
 * after their rout (February 2007), as an analyst following the news could have recorded them — Ethiopia's denied
 * incursions (Dollow in June, Baidoa in July), Ethiopia's threat to "crush" the Courts if they attacked Baidoa and the
 * Courts' threats of jihad, the Khartoum talks between the Transitional Federal Government (TFG) and the Courts under
 * the Arab League (the accord of 22 June, the walk-out of July, the accord of 4 September, the collapse of 1 November),
 * Buur Hakaba taken by Ethiopian-backed forces without a shot and the Courts' declaration of jihad (9 October), the
 * exchange of fire there (20 October), Meles's "technically we are at war" and his "preparations completed", the
 * ambushes the Courts claimed near Baidoa (4 and 19 November), the Courts' seven-day ultimatum (12 December), the EU
 * envoy's truce between the TFG and the Courts (20 December) and the fighting around Baidoa the same days, Ethiopia's
 * declaration of war and offensive (24 December), the air strikes on Mogadishu's airport, the fall of Mogadishu (28
 * December) and Kismayo (1 January), the battle of Jilib, the offensive on Ras Kamboni, the dispersal of the Courts,
 * the surrender of Sheikh Sharif in Kenya, the first Ethiopian pull-out from Mogadishu and the attacks on Ethiopian
 * troops that followed. Escalation model v2 was never tuned on it: it is the case the model is held to in
 * ethiopia-icu-2006.spec.ts, against the calls an analyst makes from DOMAIN.md §5b alone.
 *
 * The parties are Ethiopia and the ICU. The mediator is the Arab League (Sudan, its chair, hosted the Khartoum talks);
 * the European Union (its envoy Louis Michel, December) is registered as a mediator from when it acted. Third parties:
 * the TFG (Ethiopia's ally: its talks, its agreements and its truce with the Courts are not Ethiopia's), Eritrea
 * (accused of arming the Courts), the United States (its air strikes of January 2007 are its own acts, not
 * Ethiopia's), the African Union and IGAD (the peacekeeping plans), and Kenya (where Sheikh Sharif surrendered).
 *
 * Kept under test/ so that the demo data (examples/) and the calibration file's coverage do not change. Built and
 * checked with the same builder as the shipped cases (examples/case-builder.ts): every event replays through `decide`
 * and cites a dated, graded public source. The Ethiopia – Somalia cases of 1977 and 2024 in this folder are other
 * conflicts: nothing of theirs is recorded here.
 *
 * Grading as in examples/README.md: B = an established outlet or a wire story (BBC, Reuters, AP, AFP, Al Jazeera,
 * Xinhua, VOA, the Guardian, the Washington Post, Sudan Tribune relaying wires); C = copies of wire stories on blogs
 * and forums, regional or partisan sites (Shabelle, Hiiraan, Ethiomedia), or an encyclopedia summary; 2 = on-record
 * statements or facts several sources agree on; 3 = one side's claim, unnamed sources, or a count or date the sources
 * disagree on. Sources are dated by their own date; a blog copy is dated by the wire story it copies.
 *
 * Judgement calls, recorded as an analyst would:
 * - Ethiopian troops in Somalia before 24 December: Ethiopia denied sending any (it admitted "several hundred military
 *   trainers"); the Courts, residents, the BBC's reporters and a UN report said thousands were there. Recorded as
 *   `force-posture` by Ethiopia (Dollow, 17 June, as alleged by the Courts; Baidoa, 20 July, seen by the BBC), not as
 *   an occupation: Baidoa was the TFG's own seat, not ground the Courts held. Buur Hakaba, which the Courts held, is an
 *   `occupation` each time Ethiopian-backed forces took it (9 October without a shot, as the Courts and the New York
 *   Sun report Ethiopians among them; 20 October with an exchange of fire by the Courts' account), each ended by
 *   Ethiopia's `withdrawal` when the sources report the town back in the Courts' hands (Shabelle, 9 October; BBC,
 *   23 October, dated to the report).
 * - Ambushes: the attack of 4 November near Baidoa (2 killed, 4 wounded) is recorded as the Courts claimed it (their
 *   supporters against Ethiopian troops); the TFG said the soldiers were its own. The convoy ambush of 19 November near
 *   Berdaale (6 Ethiopian soldiers killed and 20 wounded by eyewitnesses' account to AP) was claimed by the Courts'
 *   spokesman to AFP and denied by the same spokesman to AP ("a popular uprising"): recorded against the Courts as
 *   alleged, graded 3.
 * - The fighting of 20–21 December: most of it was between the TFG and the Courts (Daynuunay, Moode Moode), a third
 *   party's; recorded for the pair only where a source names Ethiopians: the clash near Daynuunay that the Courts'
 *   spokesman blamed on Ethiopian troops and Aweys called "a small incident between the Islamic courts and the
 *   Ethiopians" (20 December), and Idale, which the Courts claimed to have taken, killing "200 Ethiopian troops"
 *   (21 December: the Courts' claim, unverified, graded 3).
 * - The EU envoy's truce (20 December) bound the TFG and the Courts; Ethiopia was not party to it. Recorded as a
 *   ceasefire of the TFG and the ICU, ended (`collapsed`) on 21 December when, in Channel 4's words, "the deal broke
 *   down within hours".
 * - Scale (the catalogue's `scale: 'major'`): the four acts of 24 December are marked, from the Ethiopian military's
 *   statement (Xinhua): "The offensive was launched on terrorist positions at BurHakaba, Beledweyne, Bandiradleey and
 *   Dinsoor localities"; and the assault on Ras Kamboni of 5 January, which Wikipedia's summary says the Ethiopian and
 *   TFG forces "launched an offensive on". Not marked: the air strikes on the airports (25 December), the taking of
 *   Beledweyne and the jets over Buur Hakaba (26 December): their sources speak of bombs and skirmishes — no offensive
 *   or full-scale battle named. The battle of Jilib (31 December) was first left unmarked (its news sources speak of
 *   "a night of intense Ethiopian artillery bombardment", a "last stand" and "heavy casualties" without a number);
 *   after the first run it is marked, by the same standard as Ras Kamboni: Wikipedia's article on it (a mirror) says
 *   Ethiopian and TFG troops "launched an offensive on the town of Jilib", a source the first recording missed.
 * - Meles's count of 26 December (up to 1,000 Islamist fighters killed, close to 3,000 wounded, since the fighting began)
 *   is a `casualty-report` over 20–26 December, Ethiopia's claim (graded 3), not an act of one day.
 * - Mogadishu (28 December) and Kismayo (1 January) were entered unopposed: `occupation` by Ethiopia against the ICU,
 *   with the TFG. Ras Kamboni, taken on 12 January after the offensive, likewise. Ethiopia's first pull-out from
 *   Mogadishu (23 January, some 200 troops) is recorded as its general's statement, not as a `withdrawal` of
 *   Mogadishu: its troops stayed in the city (the mortar attacks on their bases there in late January and February).
 * - The dissolution of the Courts has no event of its own in the catalogue. Recorded as the sources give it: the
 *   flight from Kismayo, the spokesman's vow to fight on (1 January), the Courts' deputy chairman's claim of the
 *   ambush of an Ethiopian convoy in Mogadishu (20 January, "a new uprising"), and Sheikh Sharif's surrender to Kenya
 *   (21 January, a third party's engagement). The mortar attacks on Ethiopian bases of 27 January and 1 February have no
 *   author named by their sources ("many suspect hardcore remnants" of the Courts): `militant-attack` against
 *   Ethiopia with no perpetrator.
 * - The United States' air strikes near Ras Kamboni (7–8 January) are its own acts against the ICU, a third party's.
 * - Places are written one way each: Buur Hakaba (Bur Hakaba, Burhakaba), Beledweyne (Belet Weyne, Baladweyne),
 *   Kismayo (Kismayu), Ras Kamboni, Dobley (Dhobley).
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'ethiopia-icu-2006';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 2006);
/** A recordedAt on a given day (the case spans two years). */
const rec = (day: string, time: string): string => `${day}T${time}:00Z`;

const ETHIOPIA: Actor = { id: 'ethiopia', name: 'Ethiopia', kind: 'state', aliases: ['Addis Ababa'] };
const ICU: Actor = {
  id: 'icu',
  name: 'Islamic Courts Union',
  kind: 'de-facto-authority',
  aliases: [
    'Union of Islamic Courts',
    'UIC',
    'Supreme Islamic Courts Council',
    'Somalia Islamic Courts Council',
    'SICC',
    'Council of Islamic Courts',
  ],
};
const ARAB_LEAGUE: Actor = { id: 'arab-league', name: 'Arab League', kind: 'international-organisation' };
const TFG: Actor = {
  id: 'tfg',
  name: 'Transitional Federal Government of Somalia',
  kind: 'state',
  aliases: ['TFG', 'Somali interim government', 'Baidoa'],
};
const ERITREA: Actor = { id: 'eritrea', name: 'Eritrea', kind: 'state', aliases: ['Asmara'] };
const USA: Actor = { id: 'united-states', name: 'United States', kind: 'state', aliases: ['Washington'] };
const AU: Actor = { id: 'african-union', name: 'African Union', kind: 'international-organisation', aliases: ['AU'] };
const IGAD: Actor = {
  id: 'igad',
  name: 'Intergovernmental Authority on Development',
  kind: 'international-organisation',
  aliases: ['IGAD'],
};
const EU: Actor = { id: 'european-union', name: 'European Union', kind: 'international-organisation', aliases: ['EU'] };
const KENYA: Actor = { id: 'kenya', name: 'Kenya', kind: 'state', aliases: ['Nairobi'] };

const MELES: Person = { name: 'Meles Zenawi', title: 'Prime Minister of Ethiopia', actorId: 'ethiopia' };
const BEREKET: Person = {
  name: 'Bereket Simon',
  title: 'Ethiopian government adviser and spokesman',
  actorId: 'ethiopia',
};
const BERHAN: Person = { name: 'Berhan Hailu', title: 'Minister of Information of Ethiopia', actorId: 'ethiopia' };
const ZEMEDKUN: Person = {
  name: 'Zemedkun Tekle',
  title: 'Spokesman, Ethiopian Ministry of Information',
  actorId: 'ethiopia',
};
const HAGOSS: Person = { name: 'Gen. Suem Hagoss', title: 'Ethiopian commander in Mogadishu', actorId: 'ethiopia' };
const SHARIF: Person = {
  name: 'Sheikh Sharif Sheikh Ahmed',
  title: 'Chairman of the executive council of the Islamic Courts',
  actorId: 'icu',
};
const AWEYS: Person = {
  name: 'Sheikh Hassan Dahir Aweys',
  title: 'Head of the shura council of the Islamic Courts',
  actorId: 'icu',
};
const ADOW: Person = {
  name: 'Ibrahim Hassan Adow',
  title: 'Foreign affairs head of the Islamic Courts',
  actorId: 'icu',
};
const MUDEY: Person = { name: 'Sheikh Abdirahim Ali Mudey', title: 'Spokesman of the Islamic Courts', actorId: 'icu' };
const QARE: Person = { name: 'Ahmed Qare', title: 'Deputy chairman of the Islamic Courts', actorId: 'icu' };

const S = {
  fides0623: source(
    'Reciprocal recognition between Somali government and Islamic Courts which control most of the country',
    'Agenzia Fides',
    'http://www.fides.org/en/news/7662-AFRICA_SOMALIA_Reciprocal_recognition_between_Somali_government_and_Islamic_Courts_which_control_most_of_the_country',
    '2006-06-23',
    'C',
    2,
  ),
  guardian0623: source(
    'Somali rivals agree to recognise each other in crisis talks',
    'The Guardian',
    'https://www.theguardian.com/world/2006/jun/23/mainsection.international11',
    '2006-06-23',
    'B',
    2,
  ),
  sudantribune0622: source(
    'Somali rivals agree to recognize each other',
    'Sudan Tribune',
    'https://sudantribune.com/?p=16844',
    '2006-06-22',
    'B',
    2,
  ),
  reuters0617: source(
    'Ethiopian troops cross border into Somalia: Islamist (Reuters)',
    'RedOrbit (Reuters copy)',
    'http://www.redorbit.com/news/international/541401/ethiopian_troops_cross_border_into_somalia_islamist/',
    '2006-06-17',
    'C',
    3,
  ),
  bbc0720: source(
    'Ethiopian troops on Somali soil',
    'BBC News',
    'http://news.bbc.co.uk/2/hi/africa/5198338.stm',
    '2006-07-20',
    'B',
    2,
  ),
  aj0721: source(
    'Ethiopian troops enter Somalia',
    'Al Jazeera',
    'https://www.aljazeera.com/news/2006/7/21/ethiopian-troops-enter-somalia',
    '2006-07-21',
    'B',
    2,
  ),
  afp0721: source(
    'Somalia Islamists declare jihad against Ethiopia (AFP via Yahoo News)',
    'AP World News (blog copy)',
    'http://apworldnews.blogspot.com/2006_07_21_archive.html',
    '2006-07-21',
    'C',
    2,
  ),
  ap0722: source(
    'Ethiopian denies it has troops in Somalia (AP via Yahoo News)',
    'AP World News (blog copy)',
    'http://apworldnews.blogspot.com/2006_07_22_archive.html',
    '2006-07-22',
    'C',
    2,
  ),
  reuters0716: source(
    'Somalia’s Islamic courts agree to respect the legitimacy of the government (Reuters)',
    'Magafe (Reuters copy)',
    'https://magafe.com/?p=700728',
    '2006-07-16',
    'C',
    2,
  ),
  bbc0725: source(
    'Somali president agrees to talks (BBC)',
    'Waridaad (blog copy of BBC News)',
    'http://waridaad.blogspot.com/2006/07/somali-president-agrees-to-talks.html',
    '2006-07-25',
    'C',
    2,
  ),
  pax0904: source(
    'Final Communique of the 2nd Round of Talks between the Transitional Federal Government and the Islamic Courts',
    'PA-X Peace Agreements Database',
    'https://test.pax.peaceagreements.org/agreements/379',
    '2006-09-04',
    'B',
    2,
  ),
  abc1009: source(
    "Somali Islamists declare 'jihad' against Ethiopia",
    'ABC News (Australia)',
    'http://www.abc.net.au/news/2006-10-09/somali-islamists-declare-jihad-against-ethiopia/1282226',
    '2006-10-09',
    'B',
    2,
  ),
  nysun1010: source(
    'Somalia Extremists Declare Jihad On Ethiopia',
    'The New York Sun',
    'https://www.nysun.com/article/foreign-somalia-extremists-declare-jihad-on-ethiopia',
    '2006-10-10',
    'B',
    3,
  ),
  shabelle1009: source(
    'Somalia: Islamic Courts Forces, Local Militias Recapture Burhakaba (Shabelle Media Network)',
    'Forum copy of Shabelle Media Network',
    'https://quotidianocattolico.freeforumzone.com/mobile/d/4370576/Religion-in-English-language-/discussione.aspx?p=2',
    '2006-10-09',
    'C',
    3,
  ),
  afp1021: source(
    'Somali, Ethiopian troops capture town from Islamists (AFP)',
    'The Daily Star (AFP)',
    'https://d11.thedailystar.net/international/news/somali-ethiopian-troops-capture-town-islamists-2731726',
    '2006-10-21',
    'B',
    3,
  ),
  bbc1023: source(
    'Islamists recapture Somali town (BBC News, as archived by News Sniffer)',
    'BBC News (News Sniffer copy)',
    'https://newssniffer.co.uk/articles/7872/versions/19465',
    '2006-10-23',
    'B',
    2,
  ),
  reuters1024: source(
    'Ethiopia "technically" at war with Somalia - Meles (Reuters)',
    'Ethiopia Watch (blog copy of Reuters)',
    'http://ethiopiawatch.blogspot.com/2006/10/ethiopia-technically-at-war-with.html',
    '2006-10-24',
    'C',
    2,
  ),
  aj1029: source(
    'Islamic courts refuse peace talks',
    'Al Jazeera',
    'https://www.aljazeera.com/archive/2006/10/200849155816667626.html',
    '2006-10-30',
    'B',
    2,
  ),
  bbc1102: source(
    'Somali talks fail amid war fears',
    'BBC News',
    'http://news.bbc.co.uk/2/hi/africa/6107968.stm',
    '2006-11-02',
    'B',
    2,
  ),
  sudantribune1101: source(
    'Somali peace talks postponed indefinitely',
    'Sudan Tribune',
    'https://sudantribune.com/article18933',
    '2006-11-01',
    'B',
    2,
  ),
  taipei1106: source(
    'Somali Islamists claim first blood in jihad (AFP)',
    'Taipei Times',
    'http://www.taipeitimes.com/News/world/archives/2006/11/06/2003335084',
    '2006-11-06',
    'B',
    3,
  ),
  reuters1120: source(
    "Islamists 'attack' Ethiopians (Reuters)",
    'Hiiraan Online (Reuters)',
    'https://www.hiiraan.com/news2/2006/nov/islamists__attack__ethiopians.aspx',
    '2006-11-20',
    'C',
    3,
  ),
  ap1121: source(
    '6 Ethiopia soldiers killed and wounded 20 others in Somalia (AP via SomaliNet)',
    'Oromo Swiss (blog copy of AP)',
    'http://oromooswiss.blogspot.com/2006/11/6-ethiopia-soldiers-killed-and-wounded.html',
    '2006-11-21',
    'C',
    3,
  ),
  meles1123: source(
    'Ethiopia: we are ready for war with the Islamic courts (AFP)',
    'Oromia Times (blog copy of AFP)',
    'https://oromiatimes.blogspot.com/2006/11/ethiopia-we-are-ready-for-war-with.html',
    '2006-11-23',
    'C',
    2,
  ),
  bbc1212: source(
    'Ethiopia deadline to quit Somalia',
    'BBC News',
    'http://news.bbc.co.uk/2/hi/africa/6171847.stm',
    '2006-12-12',
    'B',
    2,
  ),
  ap1212: source(
    'Somalia Islamic militia threatens attack (AP)',
    'Hiiraan Online (AP)',
    'https://hiiraan.org/news4/2006/Dec/651/somalia_islamic_militia_threatens_attack.aspx',
    '2006-12-12',
    'B',
    2,
  ),
  reuters1213: source(
    'Islamists issue quit notice (Reuters)',
    'Free Oromiyaa (blog copy of Reuters)',
    'http://free-oromiyaa.blogspot.com/2006/12/islamists-issue-quit-notice.html',
    '2006-12-13',
    'C',
    2,
  ),
  st1214: source(
    'Ethiopian premier says Somali Islamist ultimatum (Sudan Tribune)',
    'Free Oromiyaa (blog copy of Sudan Tribune)',
    'http://free-oromiyaa.blogspot.com/2006/12/ethiopian-premier-says-somali-islamist.html',
    '2006-12-14',
    'C',
    2,
  ),
  aj1220: source(
    'Somali rivals agree peace talks',
    'Al Jazeera',
    'https://www.aljazeera.com/news/africa/2006/12/2008525144011558456.html',
    '2006-12-20',
    'B',
    2,
  ),
  mg1220: source(
    'EU envoy works to avoid war in Somalia',
    'Mail & Guardian',
    'https://mg.co.za/article/2006-12-20-eu-envoy-works-to-avoid-war-in-somalia/',
    '2006-12-20',
    'B',
    2,
  ),
  wapo1221: source(
    'Somali Government, Islamic Militias Agree To Resume Peace Talks',
    'The Washington Post',
    'http://www.washingtonpost.com/wp-dyn/content/article/2006/12/20/AR2006122001148.html',
    '2006-12-21',
    'B',
    2,
  ),
  bbc1221: source(
    "Somalia rivals 'to resume talks' (BBC)",
    'Somalia Online (forum copy of BBC News)',
    'https://somaliaonline.com/community/topic/46478-only-12-miles-to-capture-abdulahi-ahmaar-and-geedi-ahmaar',
    '2006-12-21',
    'C',
    2,
  ),
  c4_1221: source(
    '"Somalia in a state of war" (Channel 4 News)',
    'Oromia Times (blog copy of Channel 4 News)',
    'http://oromiatimes.blogspot.com/2006/12/somalia-in-state-of-war.html',
    '2006-12-22',
    'C',
    2,
  ),
  ap1221: source(
    "Carnage as Somalia 'in state of war' (AP)",
    'CNN (AP), Internet Archive copy',
    'http://web.archive.org/web/20070106201559/http:/www.cnn.com/2006/WORLD/africa/12/21/somalia.fighting.ap/index.html?eref=rss_world',
    '2006-12-21',
    'B',
    2,
  ),
  xinhua1224: source(
    'Ethiopian PM Defends War in Somalia (Xinhua)',
    'China.org.cn (Xinhua)',
    'http://english.china.org.cn/english/international/193717.htm',
    '2006-12-24',
    'B',
    2,
  ),
  bbc1225: source(
    'Ethiopia PM admits Somalia action',
    'BBC News',
    'http://news.bbc.co.uk/2/hi/africa/6208373.stm',
    '2006-12-25',
    'B',
    2,
  ),
  dpa1225: source(
    'Ethiopia bombs Mogadishu airport - reports (dpa)',
    'Raw Story (dpa)',
    'https://www.rawstory.com/news/2006/Ethiopia_bombs_Mogadishu_airport_re_12252006.html',
    '2006-12-25',
    'B',
    2,
  ),
  ap1225: source(
    'Ethiopian fighter jets bomb two main airports in Somalia (AP)',
    'Daily Mail (AP)',
    'https://www.dailymail.co.uk/news/article-424682/Ethiopian-fighter-jets-bomb-main-airports-Somalia.html',
    '2006-12-25',
    'B',
    2,
  ),
  ap1226: source(
    'Somalia Islamists suffer heavy casualties – Ethiopia (AP)',
    'Sudan Tribune (AP)',
    'https://sudantribune.com/article19888/',
    '2006-12-26',
    'B',
    3,
  ),
  xinhua1226: source(
    'Islamic fighters in tactical retreat (AP)',
    'China.org.cn (AP)',
    'http://english.china.org.cn/english/international/194043.htm',
    '2006-12-26',
    'B',
    2,
  ),
  reuters1226: source(
    'Ethiopia sees victory against Somali Islamists (Reuters)',
    'Asharq Al-Awsat (Reuters)',
    'https://eng-archive.aawsat.com/theaawsat/news-middle-east/ethiopia-sees-victory-against-somali-islamists',
    '2006-12-26',
    'B',
    2,
  ),
  cnn1228: source(
    'Ethiopian troops enter Mogadishu',
    'CNN',
    'http://www.cnn.com/2006/WORLD/africa/12/28/somalia/index.html?_s=PM:WORLD',
    '2006-12-28',
    'B',
    2,
  ),
  bbc1228: source(
    'Somali troops enter capital city',
    'BBC News',
    'http://news.bbc.co.uk/2/hi/africa/6214379.stm',
    '2006-12-28',
    'B',
    2,
  ),
  mcclatchy1229: source(
    'Government troops move into capital (McClatchy)',
    'The Vindicator (McClatchy Newspapers)',
    'https://vindyarchives.com/news/2006/dec/29/government-troops-move-into-capital/',
    '2006-12-29',
    'B',
    2,
  ),
  aj0101: source(
    'Islamic Courts flees Kismayu',
    'Al Jazeera',
    'https://www.aljazeera.com/news/2007/1/1/islamic-courts-flees-kismayu-2',
    '2007-01-01',
    'B',
    2,
  ),
  voa0101: source(
    "Somalia's Islamic Courts Fighters Abandon Kismayo (VOA)",
    'GlobalSecurity.org (Voice of America)',
    'https://www.globalsecurity.org/military/library/news/2007/01/mil-070101-voa03.htm',
    '2007-01-01',
    'B',
    2,
  ),
  wt0101: source(
    'Islamists flee Kismayu (AP)',
    'The Washington Times (AP)',
    'https://www.washingtontimes.com/news/2007/jan/1/20070101-124912-3424r/',
    '2007-01-01',
    'B',
    2,
  ),
  wikiJilib: source(
    'Battle of Jilib (a copy of the Wikipedia article)',
    'cryer.org.uk (Wikipedia mirror)',
    'http://cryer.org.uk/Battle_of_Jilib',
    '2007-01-01',
    'C',
    2,
  ),
  wikiRasKamboni: source(
    'Battle of Ras Kamboni (2007) (summary of the Wikipedia article)',
    'WikiSum',
    'https://wikisum.wiki/wiki/2007_Battle_of_Ras_Kamboni',
    '2007-01-12',
    'C',
    2,
  ),
  cv0109: source(
    'Somalia: US airstrikes, anti-Ethiopia resistance',
    'CounterVortex (from Garowe Online and wires)',
    'https://countervortex.org/blog/somalia-us-airstrikes-anti-ethiopia-resistance',
    '2007-01-09',
    'C',
    2,
  ),
  st0111: source(
    'Somali, Ethiopia forces skirmish with Islamists (AP)',
    'Sudan Tribune (AP)',
    'http://www.sudantribune.com/spip.php?article19708',
    '2007-01-11',
    'B',
    2,
  ),
  aj0120: source(
    'Ethiopian troops in Somalia ambush',
    'Al Jazeera',
    'https://www.aljazeera.com/news/africa/2007/01/2008525121943830993.html',
    '2007-01-20',
    'B',
    3,
  ),
  guardian0122: source(
    'Key Somali Islamist surrenders at border',
    'The Guardian',
    'https://www.theguardian.com/world/2007/jan/22/1',
    '2007-01-22',
    'B',
    2,
  ),
  bbc0123: source(
    'Ethiopia starts Somalia pull-out',
    'BBC News',
    'http://news.bbc.co.uk/2/hi/africa/6289781.stm',
    '2007-01-23',
    'B',
    2,
  ),
  cbc0123: source(
    'Ethiopian troops begin withdrawing from Somalia (AP)',
    'CBC News (AP)',
    'https://387774.ulmjk.asia/news/world/ethiopian-troops-begin-withdrawing-from-somalia-1.631313',
    '2007-01-23',
    'C',
    2,
  ),
  reuters0127: source(
    'Mortars fired at Ethiopian troops in Somalia (Reuters)',
    'Oromia Times (blog copy of Reuters)',
    'https://oromiatimes.blogspot.com/2007/01/mortars-fired-at-ethiopian-troops-in.html',
    '2007-01-27',
    'C',
    2,
  ),
  aj0201: source(
    'Mortars strike in Somali capital',
    'Al Jazeera',
    'https://www.aljazeera.com/news/africa/2007/02/200852513488243303.html',
    '2007-02-01',
    'B',
    2,
  ),
};

const P = {
  dollow: 'Dollow',
  baidoa: 'Baidoa',
  buurHakaba: 'Buur Hakaba',
  berdaale: 'Berdaale',
  daynuunay: 'Daynuunay',
  idale: 'Idale',
  beledweyne: 'Beledweyne',
  bandiradley: 'Bandiradley',
  dinsoor: 'Dinsoor',
  mogadishu: 'Mogadishu',
  baledogle: 'Baledogle',
  jilib: 'Jilib',
  kismayo: 'Kismayo',
  rasKamboni: 'Ras Kamboni',
  dobley: 'Dobley',
  darmoley: 'Darmoley',
};
const R = {
  k1: 'khartoum-1-2006-06',
  k2: 'khartoum-2-2006',
  k3: 'khartoum-3-2006-10',
};
const A = { k1: 'khartoum-accord-2006-06-22', k2: 'khartoum-communique-2006-09-04' };
const D = { withdraw: 'icu-ethiopian-withdrawal' };
const U = { sevenDays: 'icu-seven-days-2006-12-12' };
const CF = { michel: 'tfg-icu-truce-2006-12-20' };
const O = {
  k1: 'khartoum-accord-2006-06-22',
  k2: 'khartoum-communique-2006-09-04',
  k3: 'khartoum-collapse-2006-11-01',
};

const events = [
  // ===== June 2006: the Courts take Mogadishu; the first Khartoum round =====
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '2006-06-05', recordedAt: rec('2006-06-17', '18:00') },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Ethiopia – the Islamic Courts Union, 2006–07',
      subject:
        'The Islamic Courts’ rule over Mogadishu and most of southern Somalia from June 2006, Ethiopian troops sent to protect the Transitional Federal Government in Baidoa (long denied), the Khartoum talks between the TFG and the Courts under the Arab League, the Courts’ jihad and ultimatum against Ethiopia, and Ethiopia’s war on the Courts from 24 December 2006 to their dispersal',
      parties: [ETHIOPIA, ICU],
      mediators: [ARAB_LEAGUE],
    },
    [S.reuters0617],
    { note: 'Dated to the Courts’ capture of Mogadishu (5 June), the first development the case covers.' },
  ),
  ev(
    'ActorRegistered',
    'actor-tfg',
    { occurredAt: '2006-06-05', recordedAt: rec('2006-06-17', '18:01') },
    { actor: TFG, role: 'third-party' },
    [S.reuters0617],
    { note: 'Somalia’s interim government in Baidoa, Ethiopia’s ally; its talks with the Courts are its own.' },
  ),
  ev(
    'ActorRegistered',
    'actor-usa',
    { occurredAt: '2006-06-05', recordedAt: rec('2006-06-17', '18:03') },
    { actor: USA, role: 'third-party' },
    [S.reuters0617],
    { note: 'Ethiopia’s counter-terrorism ally; it accuses Courts leaders of sheltering al-Qaeda suspects.' },
  ),
  ev(
    'IncidentReported',
    'inc-dollow',
    { occurredAt: '2006-06-17', recordedAt: rec('2006-06-17', '18:05') },
    {
      incidentId: 'ethiopian-troops-dollow-2006-06-17',
      kind: 'force-posture',
      perpetrator: 'ethiopia',
      allegedBy: 'icu',
      against: 'icu',
      place: P.dollow,
      description:
        'About 300 Ethiopian troops cross into Somalia at Dollow, says the Courts’ chairman Sheikh Sharif; Ethiopia denies it ("Ethiopia has not crossed the border", Bereket Simon).',
    },
    [S.reuters0617],
  ),
  ev(
    'StatementMade',
    'stmt-bereket-0617',
    { occurredAt: '2006-06-17', recordedAt: rec('2006-06-17', '18:10') },
    {
      speaker: BEREKET,
      audience: 'icu',
      tone: 'warning',
      summary:
        'Ethiopia denies crossing the border; the "fundamentalists" have occupied Baladwayne and are marching toward the Ethiopian border, and Ethiopia hopes they will not cross it.',
      quote: 'Ethiopia hopes that they will not cross the border',
    },
    [S.reuters0617],
  ),
  ev(
    'TalksRoundOpened',
    'round-k1-opened',
    { occurredAt: '2006-06-22', recordedAt: rec('2006-06-23', '08:00') },
    {
      roundId: R.k1,
      label: 'Khartoum talks, first round (TFG – Islamic Courts)',
      venue: 'Khartoum',
      format: 'formal',
      hosts: ['arab-league'],
      delegations: [{ actorId: 'tfg' }, { actorId: 'icu' }],
    },
    [S.sudantribune0622, S.guardian0623],
    { occurrence: O.k1 },
  ),
  ev(
    'TalksRoundConcluded',
    'round-k1-concluded',
    { occurredAt: '2006-06-22', recordedAt: rec('2006-06-23', '08:01') },
    {
      roundId: R.k1,
      outcome: 'agreement',
      summary:
        'The TFG recognises the "reality" of the Courts and the Courts the "legality" of the government; both agree to stop military and propaganda campaigns.',
      nextSteps: 'Further talks in Khartoum on 15 July.',
    },
    [S.sudantribune0622, S.guardian0623],
    { occurrence: O.k1 },
  ),
  ev(
    'AgreementReached',
    'agr-k1',
    { occurredAt: '2006-06-22', recordedAt: rec('2006-06-23', '08:02') },
    {
      agreementId: A.k1,
      kind: 'partial',
      provisions: [
        'Mutual recognition: the "reality" of the Islamic Courts and the "legality" of the Transitional Federal Government',
        'An end to military and propaganda campaigns',
        'Unconditional dialogue in the framework of mutual recognition; war criminals brought to justice',
      ],
      signatories: ['tfg', 'icu'],
      textPublic: true,
      roundId: R.k1,
    },
    [S.fides0623, S.guardian0623],
    { occurrence: O.k1, note: 'Between the TFG and the Courts: Ethiopia is not a signatory.' },
  ),
  ev(
    'TalksRoundScheduled',
    'round-k2-scheduled',
    { occurredAt: '2006-06-22', recordedAt: rec('2006-06-23', '08:03') },
    {
      roundId: R.k2,
      label: 'Khartoum talks, second round (TFG – Islamic Courts)',
      venue: 'Khartoum',
      format: 'formal',
      hosts: ['arab-league'],
      plannedFor: '2006-07-15',
    },
    [S.sudantribune0622],
    { occurrence: O.k1 },
  ),
  // ===== July 2006: Ethiopian troops in Baidoa; threats of war; the walk-out =====
  ev(
    'TalksRoundPostponed',
    'round-k2-postponed',
    { occurredAt: '2006-07-15', recordedAt: rec('2006-07-16', '12:00') },
    {
      roundId: R.k2,
      reason:
        'President Abdullahi Yusuf boycotts the round; the Courts’ delegation meets the Arab League alone and reaffirms the June accord.',
    },
    [S.reuters0716],
  ),
  ev(
    'StatementMade',
    'stmt-berhan-crush',
    { occurredAt: '2006-07-19', recordedAt: rec('2006-07-21', '08:00') },
    {
      speaker: BERHAN,
      audience: 'icu',
      tone: 'military-threat',
      summary:
        'With the Courts’ forces within 60 km of Baidoa, Ethiopia’s information minister says Ethiopia will crush them if they attack the seat of the interim government.',
      quote: 'We will use all means at our disposal to crush the Islamist group if they attempt to attack Baidoa',
    },
    [S.bbc0720, S.aj0721],
  ),
  ev(
    'IncidentReported',
    'inc-baidoa-troops',
    { occurredAt: '2006-07-20', recordedAt: rec('2006-07-21', '08:05') },
    {
      incidentId: 'ethiopian-troops-baidoa-2006-07-20',
      kind: 'force-posture',
      perpetrator: 'ethiopia',
      against: 'icu',
      place: P.baidoa,
      description:
        'A column of more than 100 Ethiopian trucks with armoured cars crosses into Somalia overnight; a BBC reporter sees Ethiopian troops in uniform in Baidoa, and others are stationed at Luk (Gedo). Ethiopia denies sending troops ("So far the Ethiopian government has not sent any troops", Bereket Simon).',
    },
    [S.bbc0720],
  ),
  ev(
    'DemandTabled',
    'dem-withdraw',
    { occurredAt: '2006-07-20', recordedAt: rec('2006-07-21', '08:10') },
    {
      demandId: D.withdraw,
      by: 'icu',
      addressedTo: ['ethiopia'],
      text: 'Withdraw all Ethiopian troops from Somalia.',
      category: 'security',
    },
    [S.bbc0720, S.aj0721],
  ),
  ev(
    'StatementMade',
    'stmt-sharif-jihad-if',
    { occurredAt: '2006-07-20', recordedAt: rec('2006-07-21', '08:15') },
    {
      speaker: SHARIF,
      audience: 'ethiopia',
      tone: 'threat',
      summary:
        'The Courts will declare jihad if Ethiopia does not withdraw its troops; they do not intend to attack Baidoa or Ethiopia.',
      quote: 'We will declare jihad if the Ethiopian government refuses to withdraw their troops from Somalia',
    },
    [S.aj0721, S.bbc0720],
  ),
  ev(
    'StatementMade',
    'stmt-aweys-holy-war-july',
    { occurredAt: '2006-07-21', recordedAt: rec('2006-07-21', '18:00') },
    {
      speaker: AWEYS,
      audience: 'ethiopia',
      tone: 'military-threat',
      summary: 'Aweys declares holy war to force the Ethiopians out of the country.',
      quote:
        'The Ethiopians have invaded our country and we must force them out of the country and this will be a holy war of Jihad',
    },
    [S.afp0721],
  ),
  ev(
    'TalksSuspended',
    'talks-walkout',
    { occurredAt: '2006-07-22', recordedAt: rec('2006-07-22', '18:00') },
    { by: 'icu', reason: 'The Courts walk out of the Khartoum process over the Ethiopian troops in Baidoa and Wajid.' },
    [S.ap0722],
  ),
  ev(
    'StatementMade',
    'stmt-ethiopia-denies-0722',
    { occurredAt: '2006-07-22', recordedAt: rec('2006-07-22', '18:05') },
    {
      speaker: ZEMEDKUN,
      audience: 'icu',
      tone: 'critical',
      summary:
        'Ethiopia denies having placed any troops in Somalia, despite eyewitness accounts of troops in Baidoa and at Wajid airport.',
    },
    [S.ap0722],
  ),
  ev(
    'TalksResumed',
    'talks-resume-tfg',
    { occurredAt: '2006-07-25', recordedAt: rec('2006-07-25', '18:00') },
    {
      by: 'tfg',
      reason:
        'After meeting the UN envoy, the interim government agrees to go to Khartoum in early August without preconditions.',
    },
    [S.bbc0725],
  ),
  // ===== September 2006: the second round =====
  ev(
    'TalksRoundOpened',
    'round-k2-opened',
    { occurredAt: '2006-09-02', recordedAt: rec('2006-09-04', '18:00') },
    { roundId: R.k2, delegations: [{ actorId: 'tfg' }, { actorId: 'icu' }] },
    [S.pax0904],
  ),
  ev(
    'TalksRoundConcluded',
    'round-k2-concluded',
    { occurredAt: '2006-09-04', recordedAt: rec('2006-09-04', '18:01') },
    {
      roundId: R.k2,
      outcome: 'agreement',
      summary:
        'The TFG and the Courts agree to reconstitute the national army and police, integrating the forces of both, and to hold a third round on power-sharing and security.',
    },
    [S.pax0904],
    { occurrence: O.k2 },
  ),
  ev(
    'AgreementReached',
    'agr-k2',
    { occurredAt: '2006-09-04', recordedAt: rec('2006-09-04', '18:02') },
    {
      agreementId: A.k2,
      kind: 'partial',
      provisions: [
        'Reconstitute the Somali national army and police, reintegrating the forces of the Courts, the TFG and other militias',
        'Honour the unity and nationhood of the Somali people',
        'A third round on political, power-sharing and security issues',
      ],
      signatories: ['tfg', 'icu'],
      textPublic: true,
      roundId: R.k2,
    },
    [S.pax0904],
    {
      occurrence: O.k2,
      note: 'Witnessed by Sudan and the Arab League; the UN, the OIC and IGAD present. Ethiopia is not a signatory.',
    },
  ),
  // ===== October 2006: Buur Hakaba; jihad declared =====
  ev(
    'IncidentReported',
    'inc-buur-hakaba-1',
    { occurredAt: '2006-10-09', recordedAt: rec('2006-10-10', '08:00') },
    {
      incidentId: 'buur-hakaba-taken-2006-10-09',
      kind: 'occupation',
      perpetrator: 'ethiopia',
      allegedBy: 'icu',
      against: 'icu',
      place: P.buurHakaba,
      description:
        'Government forces with Ethiopian troops (750, says the New York Sun) take Buur Hakaba, held by the Courts since September, without firing a shot; Ethiopia denies having troops in Somalia.',
    },
    [S.abc1009, S.nysun1010],
  ),
  ev(
    'StatementMade',
    'stmt-sharif-jihad',
    { occurredAt: '2006-10-09', recordedAt: rec('2006-10-10', '08:05') },
    {
      speaker: SHARIF,
      audience: 'ethiopia',
      tone: 'military-threat',
      summary:
        'In combat fatigues with an AK-47, Sheikh Sharif declares jihad against Ethiopia, which he accuses of invading Somalia, and urges all Somalis to wage holy war.',
      quote: 'Starting from today, we have declared jihad against Ethiopia',
    },
    [S.abc1009, S.nysun1010],
  ),
  ev(
    'IncidentReported',
    'inc-buur-hakaba-1-out',
    { occurredAt: '2006-10-09', recordedAt: rec('2006-10-10', '08:10') },
    {
      incidentId: 'buur-hakaba-left-2006-10-09',
      kind: 'withdrawal',
      perpetrator: 'ethiopia',
      against: 'icu',
      place: P.buurHakaba,
      description:
        'Shabelle reports that the Ethiopian and government troops have pulled out of Buur Hakaba back to Baidoa and that the Courts’ forces and local militias retook it (the BBC later confirms the town changed hands earlier in the month).',
    },
    [S.shabelle1009],
  ),
  ev(
    'IncidentReported',
    'inc-buur-hakaba-2-fire',
    { occurredAt: '2006-10-20', recordedAt: rec('2006-10-21', '18:00') },
    {
      incidentId: 'buur-hakaba-fire-2006-10-20',
      kind: 'clash',
      perpetrator: 'ethiopia',
      allegedBy: 'icu',
      against: 'icu',
      place: P.buurHakaba,
      description:
        'Government troops backed by Ethiopian forces attack Buur Hakaba; the Courts’ Mukhtar Robow says the "holy warriors" exchanged fire with "Ethiopian Tigray forces" before withdrawing and lost a battle wagon; the government commander says his forces met no resistance. Casualties unclear.',
    },
    [S.afp1021],
  ),
  ev(
    'IncidentReported',
    'inc-buur-hakaba-2',
    { occurredAt: '2006-10-20', recordedAt: rec('2006-10-21', '18:05') },
    {
      incidentId: 'buur-hakaba-taken-2006-10-20',
      kind: 'occupation',
      perpetrator: 'ethiopia',
      allegedBy: 'icu',
      against: 'icu',
      place: P.buurHakaba,
      description: 'Government troops backed by Ethiopian forces take Buur Hakaba again (the Courts’ account).',
    },
    [S.afp1021],
  ),
  ev(
    'IncidentReported',
    'inc-buur-hakaba-2-out',
    { occurredAt: '2006-10-23', precision: 'approximate', recordedAt: rec('2006-10-23', '18:00') },
    {
      incidentId: 'buur-hakaba-left-2006-10-23',
      kind: 'withdrawal',
      perpetrator: 'ethiopia',
      against: 'icu',
      place: P.buurHakaba,
      description:
        'Buur Hakaba is again under the Courts’ control after the pro-government forces, reportedly backed by Ethiopian troops, withdrew without fighting (dated to the BBC’s report).',
    },
    [S.bbc1023],
  ),
  ev(
    'StatementMade',
    'stmt-meles-technically',
    { occurredAt: '2006-10-24', recordedAt: rec('2006-10-24', '18:00') },
    {
      speaker: MELES,
      audience: 'icu',
      tone: 'military-threat',
      summary:
        'Meles tells Reuters Ethiopia is "technically" at war with the Islamists, since they have declared jihad on it "almost every other week".',
      quote: 'Technically we are at war.',
    },
    [S.reuters1024],
  ),
  // ===== Late October – November 2006: the third round collapses; ambushes; war preparations =====
  ev(
    'TalksRoundOpened',
    'round-k3-opened',
    { occurredAt: '2006-10-30', recordedAt: rec('2006-10-30', '18:00') },
    {
      roundId: R.k3,
      label: 'Khartoum talks, third round (TFG – Islamic Courts)',
      venue: 'Khartoum',
      format: 'formal',
      hosts: ['arab-league'],
    },
    [S.aj1029],
    { note: 'The delegations arrived but never met face to face.' },
  ),
  ev(
    'ActorRegistered',
    'actor-eritrea',
    { occurredAt: '2006-10-30', recordedAt: rec('2006-10-30', '18:01') },
    { actor: ERITREA, role: 'third-party' },
    [S.aj1029],
    {
      note: 'Ethiopia’s rival, accused of arming the Courts (a UN briefing note speaks of 2,000 Eritrean troops in Somalia; Eritrea denies it).',
    },
  ),
  ev(
    'StatementMade',
    'stmt-adow-precondition',
    { occurredAt: '2006-10-29', recordedAt: rec('2006-10-30', '18:05') },
    {
      speaker: ADOW,
      audience: 'ethiopia',
      tone: 'critical',
      summary:
        'The Courts will not meet the TFG in Khartoum until the Ethiopian troops leave Somalia, and demand that Kenya be excluded as a mediator.',
      quote:
        'The transitional federal government is an institution serving the interests of Ethiopia, therefore we are demanding the immediate withdrawal of troops',
    },
    [S.aj1029],
  ),
  ev(
    'TalksRoundConcluded',
    'round-k3-collapsed',
    { occurredAt: '2006-11-01', recordedAt: rec('2006-11-02', '12:00') },
    {
      roundId: R.k3,
      outcome: 'collapsed',
      summary:
        'The two sides refuse to meet; the Arab League and the other mediators put the talks on indefinite hold and urge restraint.',
    },
    [S.sudantribune1101, S.bbc1102],
    { occurrence: O.k3 },
  ),
  ev(
    'IncidentReported',
    'inc-ambush-baidoa',
    { occurredAt: '2006-11-04', recordedAt: rec('2006-11-06', '08:00') },
    {
      incidentId: 'ambush-baidoa-2006-11-04',
      kind: 'clash',
      perpetrator: 'icu',
      allegedBy: 'icu',
      against: 'ethiopia',
      place: P.baidoa,
      fatalities: { min: 2, max: 2 },
      injured: { min: 4, max: 4 },
      description:
        'Gunmen ambush a military vehicle entering Baidoa, killing two soldiers and wounding four. The Courts claim it as the first blood of their jihad, by their supporters against Ethiopian forces ("Wherever Ethiopians are, they will be killed", Mukhtar Robow); the TFG says the six were its own soldiers.',
    },
    [S.taipei1106],
  ),
  ev(
    'IncidentReported',
    'inc-convoy-ambush',
    { occurredAt: '2006-11-19', recordedAt: rec('2006-11-21', '08:00') },
    {
      incidentId: 'convoy-ambush-berdaale-2006-11-19',
      kind: 'clash',
      perpetrator: 'icu',
      against: 'ethiopia',
      place: P.berdaale,
      fatalities: { min: 6, max: 6 },
      injured: { min: 20, max: 20 },
      description:
        'An Ethiopian military convoy bound for Baidoa hits landmines near Berdaale and comes under gunfire; eyewitnesses tell AP six Ethiopian soldiers were killed and 20 wounded. The Courts’ spokesman claims it to AFP ("our local Mujahedeen") and denies it to AP ("a popular uprising").',
    },
    [S.reuters1120, S.ap1121],
  ),
  ev(
    'StatementMade',
    'stmt-meles-prepared',
    { occurredAt: '2006-11-23', recordedAt: rec('2006-11-23', '18:00') },
    {
      speaker: MELES,
      audience: 'icu',
      tone: 'military-threat',
      summary:
        'Meles tells Parliament the Courts are a "clear and present danger", talks have failed, and the government has completed its preparations for war.',
      quote: 'The government has completed that kind of preparations',
    },
    [S.meles1123],
  ),
  ev(
    'StatementMade',
    'stmt-icu-ready',
    { occurredAt: '2006-11-23', recordedAt: rec('2006-11-23', '18:05') },
    {
      speaker: { name: 'War council of the Islamic Courts', actorId: 'icu' },
      audience: 'ethiopia',
      tone: 'warning',
      summary:
        'Within the hour the Courts answer that they are ready to defend the country and urge Ethiopia to stop sabre-rattling.',
      quote: 'If Ethiopia is ready for war, we are very ready for the defence of our country',
    },
    [S.meles1123],
  ),
  // ===== December 2006: the ultimatum, the truce, the war =====
  ev(
    'UltimatumIssued',
    'ult-seven-days',
    { occurredAt: '2006-12-12', recordedAt: rec('2006-12-12', '18:00') },
    {
      ultimatumId: U.sevenDays,
      by: 'icu',
      to: ['ethiopia'],
      demandIds: [D.withdraw],
      deadline: '2006-12-19',
      consequences: 'A "major attack" to force the Ethiopians out (Sheikh Yusuf Mohamed Siad "Inda\'ade").',
    },
    [S.bbc1212, S.ap1212],
  ),
  ev(
    'PositionTaken',
    'pos-ethiopia-withdraw',
    { occurredAt: '2006-12-12', recordedAt: rec('2006-12-13', '08:00') },
    {
      demandId: D.withdraw,
      actorId: 'ethiopia',
      stance: 'rejected',
      speaker: ZEMEDKUN,
      quote:
        'The Islamic Courts are claiming the existence of Ethiopian troops inside of Somalia to attract international attention.',
      conditions: 'Addis Ababa scoffs at the threat and acknowledges only several hundred armed military advisers.',
    },
    [S.reuters1213],
  ),
  ev(
    'StatementMade',
    'stmt-meles-1214',
    { occurredAt: '2006-12-14', recordedAt: rec('2006-12-14', '18:00') },
    {
      speaker: MELES,
      audience: 'icu',
      tone: 'accusation',
      summary:
        'Meles says the ultimatum intensifies the Courts’ provocations; they have "committed aggression against Ethiopia for months", smuggling armed men into Ethiopia; Ethiopia is trying to resolve the issue peacefully.',
    },
    [S.st1214],
  ),
  ev(
    'ActorRegistered',
    'actor-eu',
    { occurredAt: '2006-12-20', recordedAt: rec('2006-12-20', '18:00') },
    { actor: EU, role: 'mediator' },
    [S.mg1220],
  ),
  ev(
    'IncidentReported',
    'inc-daynuunay',
    { occurredAt: '2006-12-20', recordedAt: rec('2006-12-20', '18:05') },
    {
      incidentId: 'daynuunay-clash-2006-12-20',
      kind: 'clash',
      perpetrator: 'ethiopia',
      allegedBy: 'icu',
      against: 'icu',
      place: P.daynuunay,
      description:
        'Fighting with artillery, rocket-propelled grenades and anti-aircraft guns 15–20 km from Baidoa while the EU envoy meets the government. The Courts’ spokesman blames Ethiopian troops ("They attacked the positions of our troops and they were repulsed"); Aweys: "a small incident between the Islamic courts and the Ethiopians, not between us and the government".',
    },
    [S.aj1220, S.mg1220],
  ),
  ev(
    'MediationAction',
    'med-michel',
    { occurredAt: '2006-12-20', recordedAt: rec('2006-12-21', '07:55') },
    {
      mediator: 'european-union',
      action: 'visited',
      summary:
        'EU envoy Louis Michel meets the government in Baidoa and the Courts in Mogadishu; a nine-point memorandum: talks to resume without preconditions, a broad agreement to de-escalate and refrain from hostile acts; the Courts set aside the withdrawal of Ethiopian troops as a precondition. Meles and the US express support, says Michel.',
    },
    [S.aj1220, S.wapo1221],
  ),
  ev(
    'CeasefireDeclared',
    'cf-michel',
    { occurredAt: '2006-12-20', recordedAt: rec('2006-12-21', '08:00') },
    {
      ceasefireId: CF.michel,
      parties: ['tfg', 'icu'],
      scope: 'The TFG and the Courts, under the EU envoy’s memorandum of understanding',
      duration: 'indefinite',
      mediatedBy: ['european-union'],
    },
    [S.bbc1221],
    { note: 'Ethiopia is not bound by it.' },
  ),
  ev(
    'IncidentReported',
    'inc-idale',
    { occurredAt: '2006-12-21', recordedAt: rec('2006-12-21', '20:00') },
    {
      incidentId: 'idale-2006-12-21',
      kind: 'clash',
      perpetrator: 'icu',
      allegedBy: 'icu',
      against: 'ethiopia',
      place: P.idale,
      fatalities: { min: 200, max: 200 },
      description:
        'The Courts’ spokesman says they have captured Idale, 37 miles south-west of Baidoa, and killed 200 Ethiopian troops (unverified); three days of clashes around Baidoa have left more than 100 dead.',
    },
    [graded(S.ap1221, 3)],
  ),
  ev(
    'StatementMade',
    'stmt-aweys-state-of-war',
    { occurredAt: '2006-12-21', recordedAt: rec('2006-12-22', '07:55') },
    {
      speaker: AWEYS,
      audience: 'ethiopia',
      tone: 'military-threat',
      summary: 'Aweys says Somalia is in a state of war with Ethiopia and calls on all Somalis to fight it.',
      quote: 'All Somalis should take part in this struggle against Ethiopia',
    },
    [S.ap1221, S.c4_1221],
  ),
  ev(
    'CeasefireEnded',
    'cf-michel-ended',
    { occurredAt: '2006-12-21', recordedAt: rec('2006-12-22', '08:00') },
    { ceasefireId: CF.michel, reason: 'collapsed', summary: 'The deal broke down within hours (Channel 4 News).' },
    [S.c4_1221],
  ),
  ev(
    'UltimatumResolved',
    'ult-seven-days-resolved',
    { occurredAt: '2006-12-21', recordedAt: rec('2006-12-22', '08:05') },
    {
      ultimatumId: U.sevenDays,
      resolution: 'enforced',
      summary: 'Past the deadline the Courts fight the Ethiopians around Baidoa and declare a state of war.',
    },
    [S.ap1221, S.c4_1221],
  ),
  ev(
    'StatementMade',
    'stmt-meles-war',
    { occurredAt: '2006-12-24', recordedAt: rec('2006-12-25', '06:00') },
    {
      speaker: MELES,
      audience: 'icu',
      tone: 'military-threat',
      summary:
        'In a televised address Meles admits for the first time that Ethiopian troops are fighting in Somalia: they were forced to enter the war to protect the nation’s sovereignty against the Courts; a "counter-offensive", limited, to end urgently.',
      quote: 'Our defense forces were forced to enter into war to protect the sovereignty of the nation',
    },
    [S.xinhua1224, S.bbc1225],
  ),
  ev(
    'IncidentReported',
    'inc-off-buur-hakaba',
    { occurredAt: '2006-12-24', recordedAt: rec('2006-12-25', '06:05') },
    {
      incidentId: 'offensive-buur-hakaba-2006-12-24',
      kind: 'clash',
      perpetrator: 'ethiopia',
      against: 'icu',
      place: P.buurHakaba,
      scale: 'major',
      description:
        'The Ethiopian army: "The offensive was launched on terrorist positions at BurHakaba, Beledweyne, Bandiradleey and Dinsoor localities."',
    },
    [S.xinhua1224, S.bbc1225],
  ),
  ev(
    'IncidentReported',
    'inc-off-beledweyne',
    { occurredAt: '2006-12-24', recordedAt: rec('2006-12-25', '06:10') },
    {
      incidentId: 'offensive-beledweyne-2006-12-24',
      kind: 'airstrike',
      perpetrator: 'ethiopia',
      against: 'icu',
      place: P.beledweyne,
      scale: 'major',
      description:
        'Part of the offensive: Ethiopian fighters bombard the Courts-held town of Beledweyne near the border (eyewitnesses), with shelling in the border areas.',
    },
    [S.xinhua1224, S.bbc1225],
  ),
  ev(
    'IncidentReported',
    'inc-off-bandiradley',
    { occurredAt: '2006-12-24', recordedAt: rec('2006-12-25', '06:15') },
    {
      incidentId: 'offensive-bandiradley-2006-12-24',
      kind: 'clash',
      perpetrator: 'ethiopia',
      against: 'icu',
      place: P.bandiradley,
      scale: 'major',
      description: 'Part of the offensive the Ethiopian army announced on the Courts’ positions at Bandiradley.',
    },
    [S.xinhua1224],
  ),
  ev(
    'IncidentReported',
    'inc-off-dinsoor',
    { occurredAt: '2006-12-24', recordedAt: rec('2006-12-25', '06:20') },
    {
      incidentId: 'offensive-dinsoor-2006-12-24',
      kind: 'clash',
      perpetrator: 'ethiopia',
      against: 'icu',
      place: P.dinsoor,
      scale: 'major',
      description: 'Part of the offensive the Ethiopian army announced on the Courts’ positions at Dinsoor.',
    },
    [S.xinhua1224],
  ),
  ev(
    'IncidentReported',
    'inc-airport-mogadishu',
    { occurredAt: '2006-12-25', recordedAt: rec('2006-12-25', '18:00') },
    {
      incidentId: 'airstrike-mogadishu-airport-2006-12-25',
      kind: 'airstrike',
      perpetrator: 'ethiopia',
      against: 'icu',
      place: P.mogadishu,
      injured: { min: 2, max: 2 },
      description:
        'Two Ethiopian jets drop bombs on the runway of Mogadishu International Airport, reopened by the Courts; at least two wounded (airport manager to dpa).',
    },
    [S.dpa1225, S.ap1225],
  ),
  ev(
    'IncidentReported',
    'inc-airport-baledogle',
    { occurredAt: '2006-12-25', recordedAt: rec('2006-12-25', '18:05') },
    {
      incidentId: 'airstrike-baledogle-2006-12-25',
      kind: 'airstrike',
      perpetrator: 'ethiopia',
      against: 'icu',
      place: P.baledogle,
      description: 'Ethiopian air strikes also hit the Baledogle airport, held by the Courts since June.',
    },
    [S.ap1225],
  ),
  ev(
    'IncidentReported',
    'inc-beledweyne-taken',
    { occurredAt: '2006-12-25', recordedAt: rec('2006-12-25', '18:10') },
    {
      incidentId: 'beledweyne-taken-2006-12-25',
      kind: 'clash',
      perpetrator: 'ethiopia',
      against: 'icu',
      place: P.beledweyne,
      description:
        'Somali troops backed by Ethiopian soldiers drive the Courts’ forces out of the border town of Beledweyne and pursue them south.',
    },
    [S.ap1225],
  ),
  ev(
    'IncidentReported',
    'inc-buur-hakaba-jets',
    { occurredAt: '2006-12-26', recordedAt: rec('2006-12-26', '18:00') },
    {
      incidentId: 'buur-hakaba-jets-2006-12-26',
      kind: 'airstrike',
      perpetrator: 'ethiopia',
      against: 'icu',
      place: P.buurHakaba,
      description:
        'Skirmishes continue despite the Courts’ retreat: a witness in Buur Hakaba hears explosions after two Ethiopian jets fly overhead.',
    },
    [S.xinhua1226],
  ),
  ev(
    'IncidentReported',
    'toll-meles-1226',
    { occurredAt: '2006-12-26', recordedAt: rec('2006-12-26', '18:05') },
    {
      incidentId: 'toll-meles-2006-12-26',
      kind: 'casualty-report',
      perpetrator: 'ethiopia',
      against: 'icu',
      period: { from: '2006-12-20', to: '2006-12-26' },
      fatalities: { min: 1000, max: 1000 },
      injured: { min: 3000, max: 3000 },
      description:
        'Meles: up to 1,000 Islamist fighters killed ("well over 1,000 might have died") and close to 3,000 wounded, many of them foreigners, by internal military reports; the Courts also claim to have killed hundreds.',
    },
    [S.ap1226, graded(S.reuters1226, 3)],
  ),
  ev(
    'StatementMade',
    'stmt-sharif-long-war',
    { occurredAt: '2006-12-26', recordedAt: rec('2006-12-26', '18:10') },
    {
      speaker: SHARIF,
      audience: 'ethiopia',
      tone: 'military-threat',
      summary: 'Sheikh Sharif says he asked his troops to withdraw from some areas and the war enters a new phase.',
      quote: 'We will fight Ethiopia for a long, long time and we expect the war to go everyplace.',
    },
    [S.xinhua1226],
  ),
  ev(
    'IncidentReported',
    'occ-mogadishu',
    { occurredAt: '2006-12-28', recordedAt: rec('2006-12-29', '08:00') },
    {
      incidentId: 'mogadishu-entered-2006-12-28',
      kind: 'occupation',
      perpetrator: 'ethiopia',
      against: 'icu',
      place: P.mogadishu,
      description:
        'Hours after the Courts abandon the capital they held for six months, government and Ethiopian forces enter Mogadishu unopposed, "without firing a shot".',
    },
    [S.cnn1228, S.bbc1228, S.mcclatchy1229],
  ),
  ev(
    'StatementMade',
    'stmt-meles-mogadishu',
    { occurredAt: '2006-12-28', recordedAt: rec('2006-12-29', '08:05') },
    {
      speaker: MELES,
      audience: 'icu',
      tone: 'threat',
      summary:
        'Meles vows a total defeat of the Courts, over "in days, if not in a few weeks"; the forces are on the outskirts of Mogadishu: "We will not let Mogadishu burn."',
    },
    [S.mcclatchy1229],
  ),
  // ===== 31 December – January 2007: Jilib, Kismayo, Ras Kamboni; the Courts disperse =====
  ev(
    'IncidentReported',
    'inc-jilib',
    { occurredAt: '2006-12-31', recordedAt: rec('2007-01-01', '12:00') },
    {
      incidentId: 'jilib-2006-12-31',
      kind: 'shelling',
      perpetrator: 'ethiopia',
      against: 'icu',
      place: P.jilib,
      scale: 'major',
      description:
        'Ethiopian artillery, mortars and rockets pound the several thousand Courts fighters dug in at Jilib, north of Kismayo, through the night ("a night of intense Ethiopian artillery bombardment", VOA); the Courts melt away. No count of the dead is given. Wikipedia: Ethiopian and TFG forces "launched an offensive on the town of Jilib".',
    },
    [S.aj0101, S.voa0101, S.wikiJilib],
  ),
  ev(
    'IncidentReported',
    'occ-kismayo',
    { occurredAt: '2007-01-01', recordedAt: rec('2007-01-01', '12:05') },
    {
      incidentId: 'kismayo-entered-2007-01-01',
      kind: 'occupation',
      perpetrator: 'ethiopia',
      against: 'icu',
      place: P.kismayo,
      description:
        'The Courts flee their last stronghold overnight; the joint Ethiopian – Somali government force marches into Kismayo, slowed by mines.',
    },
    [S.aj0101, S.voa0101],
  ),
  ev(
    'StatementMade',
    'stmt-mudey-fight-on',
    { occurredAt: '2007-01-01', recordedAt: rec('2007-01-01', '12:10') },
    {
      speaker: MUDEY,
      audience: 'ethiopia',
      tone: 'military-threat',
      summary:
        'The Courts’ spokesman vows to go on fighting the Ethiopians; a regional leader threatens an insurgency.',
      quote: 'We will continue fighting the Ethiopians from everywhere until they leave Somalia',
    },
    [S.wt0101],
  ),
  ev(
    'IncidentReported',
    'inc-ras-kamboni',
    { occurredAt: '2007-01-05', recordedAt: rec('2007-01-12', '12:00') },
    {
      incidentId: 'ras-kamboni-offensive-2007-01-05',
      kind: 'clash',
      perpetrator: 'ethiopia',
      against: 'icu',
      place: P.rasKamboni,
      scale: 'major',
      description:
        'Ethiopian and TFG forces launch an offensive on Ras Kamboni near the Kenyan border, the last stronghold of the Courts’ remnants (Wikipedia’s account: "launched an offensive").',
    },
    [S.wikiRasKamboni],
  ),
  ev(
    'IncidentReported',
    'inc-us-strike',
    { occurredAt: '2007-01-08', recordedAt: rec('2007-01-12', '12:05') },
    {
      incidentId: 'us-airstrike-2007-01-08',
      kind: 'airstrike',
      perpetrator: 'united-states',
      against: 'icu',
      place: P.rasKamboni,
      description:
        'A US air strike (an AC-130 gunship) on fleeing Islamist forces in southern Somalia, aimed at al-Qaeda suspects among them: the United States’ own act.',
    },
    [S.cv0109, S.wikiRasKamboni],
  ),
  ev(
    'IncidentReported',
    'inc-dobley',
    { occurredAt: '2007-01-11', recordedAt: rec('2007-01-12', '12:10') },
    {
      incidentId: 'dobley-2007-01-11',
      kind: 'airstrike',
      perpetrator: 'ethiopia',
      against: 'icu',
      place: P.dobley,
      description:
        'The Ethiopian Information Ministry says Ethiopian helicopter and troop attacks are taking place around Dobley, 7 km from the Kenyan border; skirmishes with the Islamic militiamen.',
    },
    [S.st0111],
  ),
  ev(
    'IncidentReported',
    'inc-ras-kamboni-shelling',
    { occurredAt: '2007-01-11', recordedAt: rec('2007-01-12', '12:15') },
    {
      incidentId: 'ras-kamboni-bombardment-2007-01-11',
      kind: 'shelling',
      perpetrator: 'ethiopia',
      against: 'icu',
      place: P.rasKamboni,
      description: 'Residents hear bombardment in Ras Kamboni.',
    },
    [S.st0111],
  ),
  ev(
    'IncidentReported',
    'occ-ras-kamboni',
    { occurredAt: '2007-01-12', recordedAt: rec('2007-01-12', '12:20') },
    {
      incidentId: 'ras-kamboni-taken-2007-01-12',
      kind: 'occupation',
      perpetrator: 'ethiopia',
      against: 'icu',
      place: P.rasKamboni,
      description: 'Ras Kamboni falls to the TFG and Ethiopian forces.',
    },
    [S.wikiRasKamboni],
  ),
  ev(
    'ActorRegistered',
    'actor-au',
    { occurredAt: '2007-01-19', recordedAt: rec('2007-01-23', '12:00') },
    { actor: AU, role: 'third-party' },
    [S.cbc0123],
  ),
  ev(
    'ThirdPartyEngagement',
    'tpe-au-force',
    { occurredAt: '2007-01-19', recordedAt: rec('2007-01-23', '12:05') },
    {
      actorId: 'african-union',
      counterparts: ['tfg'],
      kind: 'support',
      summary:
        'The AU Peace and Security Council approves about 8,000 African peacekeepers for Somalia, to replace the withdrawing Ethiopians.',
    },
    [S.cbc0123],
  ),
  ev(
    'ActorRegistered',
    'actor-igad',
    { occurredAt: '2007-01-19', recordedAt: rec('2007-01-23', '12:06') },
    { actor: IGAD, role: 'third-party' },
    [S.pax0904],
    { note: 'Present at the Khartoum talks; its peacekeeping plan (IGASOM) preceded the AU force.' },
  ),
  ev(
    'IncidentReported',
    'inc-mogadishu-ambush',
    { occurredAt: '2007-01-20', recordedAt: rec('2007-01-23', '12:10') },
    {
      incidentId: 'mogadishu-convoy-ambush-2007-01-20',
      kind: 'clash',
      perpetrator: 'icu',
      allegedBy: 'icu',
      against: 'ethiopia',
      place: P.mogadishu,
      description:
        'Gunmen fire on an Ethiopian convoy in Mogadishu; the Ethiopians return fire, and several bystanders are hit. The Courts’ deputy chairman claims it ("This is a new uprising by the Somali people"); the government says no Ethiopian or government soldier was hurt.',
    },
    [S.aj0120],
  ),
  ev(
    'StatementMade',
    'stmt-qare',
    { occurredAt: '2007-01-20', recordedAt: rec('2007-01-23', '12:15') },
    {
      speaker: QARE,
      audience: 'ethiopia',
      tone: 'threat',
      summary:
        'The Courts’ deputy chairman claims the ambush as a new uprising and says the only solution is reconciliation and talks between the TFG and the Courts.',
      quote: 'This is a new uprising by the Somali people',
    },
    [S.aj0120],
  ),
  ev(
    'ActorRegistered',
    'actor-kenya',
    { occurredAt: '2007-01-21', recordedAt: rec('2007-01-23', '12:20') },
    { actor: KENYA, role: 'third-party' },
    [S.guardian0122],
  ),
  ev(
    'ThirdPartyEngagement',
    'tpe-sharif-kenya',
    { occurredAt: '2007-01-21', recordedAt: rec('2007-01-23', '12:25') },
    {
      actorId: 'kenya',
      counterparts: ['icu'],
      kind: 'meeting',
      summary:
        'Sheikh Sharif, chairman of the Courts’ executive council and on the run since the fall of Mogadishu, surrenders to the Kenyan authorities at the border and is held under guard in a Nairobi hotel; the US calls him a moderate who could help reconciliation.',
    },
    [S.guardian0122],
  ),
  ev(
    'StatementMade',
    'stmt-hagoss-pullout',
    { occurredAt: '2007-01-23', recordedAt: rec('2007-01-23', '12:30') },
    {
      speaker: HAGOSS,
      audience: 'tfg',
      tone: 'neutral',
      summary:
        'About 200 Ethiopian troops leave Mogadishu airport with armoured vehicles; Meles says the withdrawal will come in three stages. The Somali prime minister says the Ethiopians will stay until the African force arrives.',
      quote: 'Starting today we will withdraw our forces from Mogadishu',
    },
    [S.bbc0123, S.cbc0123],
    { note: 'Not recorded as a withdrawal from Mogadishu: Ethiopian troops remain in the city (see the header).' },
  ),
  ev(
    'IncidentReported',
    'inc-darmoley',
    { occurredAt: '2007-01-27', recordedAt: rec('2007-01-27', '18:00') },
    {
      incidentId: 'darmoley-mortars-2007-01-27',
      kind: 'militant-attack',
      against: 'ethiopia',
      place: P.darmoley,
      description:
        'Unknown attackers fire four mortar bombs at an Ethiopian camp at Darmoley, 10 km north of Mogadishu, the latest of a series of guerrilla-style attacks; "many suspect hardcore remnants" of the Courts, but no one claims it.',
    },
    [S.reuters0127],
  ),
  ev(
    'IncidentReported',
    'inc-mogadishu-mortars-feb',
    { occurredAt: '2007-02-01', recordedAt: rec('2007-02-01', '20:00') },
    {
      incidentId: 'mogadishu-mortars-2007-02-01',
      kind: 'militant-attack',
      against: 'ethiopia',
      place: P.mogadishu,
      description:
        'Mortars hit an Ethiopian military base, a hotel and the seaport of Mogadishu after a protest by supporters of the Courts against foreign peacekeepers; no one claims them.',
    },
    [S.aj0201],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'ethiopia-icu-2006.jsonl',
  logEnd: '2007-03-01T00:00:00Z',
  events,
};

export default definition;
