/**
 * A test fixture, not a shipped example: Armenia and Azerbaijan from the Tovuz
 * clashes on the state border (12–14 July 2020) through the 44-day war over
 * Nagorno-Karabakh (27 September – 9 November), its three humanitarian
 * ceasefires (Moscow, 10 October; Paris / Moscow, 18 October; Washington,
 * 26 October), the fall of Shusha (8 November), the trilateral statement
 * signed by Aliyev, Pashinyan and Putin that ended the war (in force at 00:00
 * Moscow time on 10 November), the handover of Aghdam, Kalbajar and Lachin
 * (20 November – 1 December), the fighting at Hadrut (11–12 December), the
 * prisoner exchange (14 December), the Moscow statement on transport links
 * (11 January 2021) and the border incidents of May 2021 near Lake Sev and in
 * Gegharkunik. Escalation model v2 was never tuned on it: it is the case the
 * model is held to in armenia-azerbaijan-2020.spec.ts, against the calls an
 * analyst makes from DOMAIN.md §5b alone.
 *
 * What it tests that the other cases did not: a full war between two states;
 * three ceasefires agreed and broken at once; and the agreement that ends the
 * war, implemented step by step.
 *
 * Judgement calls, recorded as an analyst would:
 * - The Nagorno-Karabakh authorities' forces (the "Artsakh Defence Army") are
 *   recorded as Armenia's side, not as a third party. Both governments treat
 *   them so: Azerbaijan names every act of theirs an act of "the Armenian armed
 *   forces"; Armenia's defence ministry reports their fighting and their
 *   losses as its own, Armenia declared martial law and mobilised for it, and
 *   every ceasefire — Moscow, Paris, Washington and the trilateral statement,
 *   whose article 4 has "the Armenian Armed Forces" withdraw — was agreed by
 *   Armenia's government for the forces on its side. Recording them apart
 *   would leave the war without a party on one side. Their acts are recorded
 *   with perpetrator `armenia`, their officials (the Karabakh president, his
 *   spokesman, the ombudsman) as speaking for `armenia`.
 * - The 1994 Bishkek ceasefire (Russia mediating) is recorded as the ceasefire
 *   in force in July 2020: both defence ministries call the Tovuz fire a
 *   violation of "the ceasefire regime", and each act a source reports as such a
 *   violation has a CeasefireViolationReported sharing its `occurrence` key
 *   (the drones on Berd, which Armenia's account calls aggression, do not). It is
 *   recorded as ended (`collapsed`) on 27 September, an analyst's reading:
 *   nobody renounced it, but Azerbaijan announced a counter-offensive along the
 *   whole line of contact and both sides declared martial law.
 * - Is a humanitarian ceasefire "in force" when heavy fighting follows it
 *   within hours? As in the Sudan case: a truce is in force from its start
 *   until it ends by its term, is superseded or fails; one that the sources
 *   report failed outright — violated from its first minutes, "never
 *   respected", with no lull — is recorded as ended (`collapsed`) on the day
 *   they say so. Until then the fighting under it is recorded as violations
 *   (with casualties where a report gives them).
 *   - Moscow (in force at 12:00 local, 08:00 UTC, on 10 October): violated the
 *     same afternoon, Ganja hit by a missile that night (9–10 killed), fighting
 *     along the line the next days; RFE/RL on 11 October: "in danger of
 *     collapse"; AFP: "concluded but never respected"; AP: "violated minutes
 *     after it took force". Ended `collapsed` on the morning of 11 October.
 *   - Paris (agreed on 17 October after calls from Lavrov, in force at 00:00
 *     local on 18 October): rocket and artillery fire from the first minutes,
 *     an Azerbaijani attack at Khudaferin at 07:20 with casualties on both
 *     sides; AP on 19 October: the truce "frays", Aliyev announces 13 more
 *     villages taken; Fox5 (25 October): "short lived as fighting resumed
 *     within hours". Ended `collapsed` on 19 October.
 *   - Washington (in force at 08:00 local on 26 October): violations alleged
 *     within minutes; that evening Pashinyan said the effort "failed", and
 *     Trump the next day called the collapse "disappointing". Ended
 *     `collapsed` on the evening of 26 October.
 *   The trilateral statement's ceasefire (in force at 21:00 UTC on 9 November)
 *   held: the killings alleged at Sur and near Hadrut and the fighting at Hin
 *   Tagher and Khtsaberd are violations of it, which no one declared over.
 * - The trilateral statement is the agreement that ended the war, signed by
 *   Pashinyan, Aliyev and Putin: AgreementReached (kind `framework`: a
 *   ceasefire, Russian peacekeepers, the handover of three districts, exchanges
 *   of prisoners, the unblocking of transport links), no status (agreed and
 *   being implemented: it took effect on signature), with its ceasefire, one
 *   occurrence. The handovers of Aghdam, Kalbajar and Lachin and the prisoner
 *   exchange have no type of their own: they are recorded as what was said
 *   (StatementMade), with the gap noted. The "all for all" exchange agreed on
 *   5 December and the Moscow statement of 11 January are agreements being
 *   implemented (kind `partial`).
 * - The land border between the two has been closed since the 1990s; nothing
 *   closed it in 2020–21, and it is not recorded as a closure.
 * - Azerbaijan's advance of 3.5 km into Armenia near Lake Sev (12 May 2021)
 *   and near Vardenis and Sisian (13 May) was made without a shot: a
 *   force posture, not armed action. The capture of six Armenian soldiers on
 *   27 May, surrounded at gunpoint without a shot, is `non-lethal-force`.
 * - Russia's Mi-24 shot down by Azerbaijan over Armenia on 9 November is
 *   Azerbaijan's act against Russia (by mistake, Baku said), not against
 *   Armenia.
 * - Tolls are as the sources give them, ranges where they differ; one side's
 *   count of the other's dead is in the text only. Days of the war without a
 *   record here had fighting too; the record follows the reports found.
 *
 * Grading as in examples/README.md: B = established outlet or wire copy, C =
 * smaller outlet, aggregator, mirror or an outlet aligned with one side
 * (Trend, Azernews, Armenpress, Armenian Weekly); A = the signed text on a
 * government's site; 1 = an on-record statement or act confirmed by the actor
 * itself; 2 = several outlets agree or one established outlet reports it; 3 =
 * one side's unverified claim about the other.
 */
import type { Actor, Person, Source } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'armenia-azerbaijan-2020';
const { ev, at } = caseKit(NEGOTIATION_ID, 'test-analyst', 2020);
const at21 = caseKit(NEGOTIATION_ID, 'test-analyst', 2021).at;

const ARMENIA: Actor = {
  id: 'armenia',
  name: 'Armenia',
  kind: 'state',
  aliases: ['Yerevan', 'Artsakh Defence Army', 'Nagorno-Karabakh Defence Army', 'Karabakh Armenian forces'],
};
const AZERBAIJAN: Actor = { id: 'azerbaijan', name: 'Azerbaijan', kind: 'state', aliases: ['Baku'] };
const RUSSIA: Actor = { id: 'russia', name: 'Russia', kind: 'state', aliases: ['Moscow', 'Kremlin'] };
const FRANCE: Actor = { id: 'france', name: 'France', kind: 'state', aliases: ['Paris'] };
const USA: Actor = { id: 'united-states', name: 'United States', kind: 'state', aliases: ['US', 'Washington'] };
const TURKIYE: Actor = { id: 'turkiye', name: 'Türkiye', kind: 'state', aliases: ['Turkey', 'Ankara'] };
const CSTO: Actor = {
  id: 'csto',
  name: 'Collective Security Treaty Organization',
  kind: 'international-organisation',
  aliases: ['CSTO'],
};

const PASHINYAN: Person = { name: 'Nikol Pashinyan', title: 'Prime Minister of Armenia', actorId: 'armenia' };
const ALIYEV: Person = { name: 'Ilham Aliyev', title: 'President of Azerbaijan', actorId: 'azerbaijan' };
const DARGAHLI: Person = {
  name: 'Vagif Dargahli',
  title: 'Spokesman of the Ministry of Defence of Azerbaijan',
  actorId: 'azerbaijan',
};
const ARM_MFA: Person = { name: 'Ministry of Foreign Affairs of Armenia (statement)', actorId: 'armenia' };
const AZ_MOD: Person = { name: 'Ministry of Defence of Azerbaijan (statement)', actorId: 'azerbaijan' };
const HARUTYUNYAN: Person = {
  name: 'Arayik Harutyunyan',
  title: 'President of the Nagorno-Karabakh authorities',
  actorId: 'armenia',
};
const AVINYAN: Person = { name: 'Tigran Avinyan', title: 'Deputy Prime Minister of Armenia', actorId: 'armenia' };
const BIYAGOV: Person = {
  name: 'Viktor Biyagov',
  title: 'Permanent Representative of Armenia to the CSTO',
  actorId: 'armenia',
};
const MNATSAKANYAN: Person = {
  name: 'Zohrab Mnatsakanyan',
  title: 'Foreign Minister of Armenia',
  actorId: 'armenia',
};
const BAYRAMOV: Person = { name: 'Jeyhun Bayramov', title: 'Foreign Minister of Azerbaijan', actorId: 'azerbaijan' };

const CF = {
  bishkek: 'bishkek-1994',
  moscow: 'moscow-humanitarian-2020-10-10',
  paris: 'paris-humanitarian-2020-10-18',
  washington: 'washington-humanitarian-2020-10-26',
  trilateral: 'trilateral-2020-11-10',
};
const R = { moscow: 'moscow-fm-2020-10-09', washington: 'washington-2020-10-23', moscow21: 'moscow-summit-2021-01-11' };
const O = {
  jul12: 'tovuz-2020-07-12',
  jul13night: 'tovuz-night-2020-07-13',
  nakhchivan: 'nakhchivan-2020-07-13',
  jul14: 'tovuz-2020-07-14',
  moscowCf: 'moscow-statement-2020-10-10',
  ganjaOct11: 'ganja-2020-10-11',
  ganjaOct17: 'ganja-2020-10-17',
  barda: 'barda-2020-10-28',
  trilateral: 'trilateral-statement-2020-11-10',
  moscow21: 'moscow-statement-2021-01-11',
};

const S = {
  insamerJul12: source(
    'Two Killed in Azerbaijan-Armenia Border Clashes - July 12, 2020',
    'INSAMER (AFP)',
    'https://insamer.com/en/two-killed-in-azerbaijan-armenia-border-clashes-july-12-2020_3090.html',
    '2020-07-12',
    'C',
    2,
  ),
  trendJul13: source(
    'Armenia wants to distract attention from the occupation, Azerbaijani community says',
    'Trend',
    'https://en.trend.az/azerbaijan/karabakh/3269074.html',
    '2020-07-13',
    'C',
    3,
  ),
  todayJul13: source(
    'Azerbaijani, Russian FMs hold phone talks',
    'Today.az (Trend)',
    'http://www.today.az/news/politics/195379.html',
    '2020-07-13',
    'C',
    2,
  ),
  trendNakhJul13: source(
    'Armenia fires on Azerbaijani positions in Nakhchivan',
    'Trend',
    'https://en.trend.az/azerbaijan/politics/3269002.html',
    '2020-07-13',
    'C',
    3,
  ),
  newsazJul14: source(
    'Azerbaijani Defense Ministry disseminates info on ongoing fighting on border',
    'News.az',
    'https://news.az/news/azerbaijani-defense-ministry-disseminates-info-on-ongoing-fighting-on-border',
    '2020-07-14',
    'C',
    2,
  ),
  vrtJul14: source(
    'Azerbeidzjaanse generaal en vijf officieren omgekomen bij gevechten',
    'VRT NWS',
    'https://www.vrt.be/vrtnws/nl/2020/07/14/azerbeidzjaanse-generaal-en-vijf-officieren-omgekomen-bij-gevech/',
    '2020-07-14',
    'B',
    2,
  ),
  armnationJul14: source(
    'Tavush incursion II',
    'ArmNation',
    'https://armnation.org/tavush-incursion-ii',
    '2020-07-14',
    'D',
    3,
  ),
  poandpoJul16: source(
    'Azerbaijan threatens missile attack on Armenian nuclear plant',
    'PoandPo',
    'https://www.poandpo.com/news/azerbaijan-threatens-missile-attack-on-armenian-nuclear-plant/',
    '2020-07-16',
    'C',
    1,
  ),
  armradioJul16: source(
    "Azerbaijan hints it could hit Armenia's Metsamor Nuclear Power Plant",
    'Public Radio of Armenia',
    'https://en.armradio.am/2020/07/16/azerbaijan-hints-it-could-hit-armenias-metsamor-npp/',
    '2020-07-16',
    'C',
    1,
  ),
  trendJul22: source(
    'Situation in Tovuz direction calm, says Azerbaijani MoD',
    'Trend',
    'https://en.trend.az/azerbaijan/karabakh/3273230.html',
    '2020-07-22',
    'C',
    1,
  ),
  panarmSep27: source(
    'Karabakh declares martial law after Azerbaijan attacks',
    'PanARMENIAN.Net',
    'https://panarmenian.net/m/eng/news/285543',
    '2020-09-27',
    'C',
    2,
  ),
  commonspaceSep27: source(
    'Heavy fighting erupts in Karabakh (with updates)',
    'commonspace.eu',
    'https://commonspace.eu/index.php?m=23&news_id=5766',
    '2020-09-27',
    'C',
    2,
  ),
  pledgeSep27: source(
    'Armenia reports the deaths of 16 soldiers of the Karabakh defense army',
    'Pledge Times (Interfax, Gazeta.ru)',
    'https://pledgetimes.com/armenia-reports-the-deaths-of-16-soldiers-of-the-karabakh-defense-army/',
    '2020-09-27',
    'C',
    2,
  ),
  pledgeMartialSep27: source(
    'Armenia declared martial law and general mobilization',
    'Pledge Times (TASS)',
    'https://pledgetimes.com/armenia-declared-martial-law-and-general-mobilization/',
    '2020-09-27',
    'C',
    2,
  ),
  azatutyunOct4: source(
    'Stepanakert shelled again; Karabakh claims strike on Gyanja airfield',
    'Azatutyun (RFE/RL)',
    'https://www.azatutyun.am/a/30874000.html',
    '2020-10-04',
    'B',
    2,
  ),
  rtOct4: source(
    'Stepanakert and Ganja under fire as heavy fighting continues',
    'RT',
    'https://www.rt.com/russia/502497-stepanakert-ganja-strikes-casualties/',
    '2020-10-04',
    'C',
    2,
  ),
  devdiscourseOct4: source(
    'Azerbaijani Defence Ministry says city of Ganja under fire by Armenian armed forces',
    'Devdiscourse (ANI/Sputnik)',
    'https://www.devdiscourse.com/article/international/1238472-azerbaijani-defence-ministry-says-city-of-ganja-under-fire-by-armenian-armed-forces',
    '2020-10-04',
    'C',
    3,
  ),
  meydanOct10: source(
    'Azerbaijan, Armenia agree on ceasefire',
    'Meydan TV',
    'https://www.meydan.tv/en/article/azerbaijan-armenia-agree-on-ceasefire/',
    '2020-10-10',
    'B',
    1,
  ),
  novinteOct10: source(
    'Azerbaijan and Armenia Agree on Ceasefire in Nagorno-Karabakh',
    'Novinite (TASS)',
    'https://www.novinite.com/articles/206139/Azerbaijan+and+Armenia+Agree+on+Ceasefire+in+Nagorno-Karabakh',
    '2020-10-10',
    'C',
    1,
  ),
  armenpressOct10: source(
    'FMs of Armenia, Russia, Azerbaijan emphasize necessity to respect ceasefire',
    'Armenpress',
    'https://armenpress.am/eng/news/1031183/',
    '2020-10-10',
    'C',
    3,
  ),
  pledgeOct11: source(
    'Armenian Defense Ministry denies shelling of Ganja city in Azerbaijan',
    'Pledge Times (RIA Novosti)',
    'https://pledgetimes.com/armenian-defense-ministry-denies-shelling-of-ganja-city-in-azerbaijan/',
    '2020-10-11',
    'C',
    3,
  ),
  tassOct11: source(
    'Aliyev calls missile attack on Ganja a war crime',
    'TASS',
    'https://tass.com/world/1211009',
    '2020-10-11',
    'B',
    2,
  ),
  rferlOct11: source(
    'Reports of fighting between Azerbaijani and Armenian forces dampen cease-fire hopes in Nagorno-Karabakh',
    'RFE/RL',
    'https://www.rferl.org/a/reports-of-fighting-between-azerbaijani-and-armenian-forces-dampen-cease-fire-hopes-in-nagorno-karabakh/30886891.html',
    '2020-10-11',
    'B',
    2,
  ),
  trendOct12: source(
    "Death toll from Armenia's missile strike on Ganja reaches 10",
    'Trend',
    'https://en.trend.az/azerbaijan/politics/3315531.html',
    '2020-10-12',
    'C',
    3,
  ),
  georgiatodayOct12: source(
    'Nagorno-Karabakh Conflict: Hostilities Continue Despite Ceasefire',
    'Georgia Today',
    'http://georgiatoday.ge/news/22656/Nagorno-Karabakh-Conflict%3A-Hostilities-Continue-Despite-Ceasefire',
    '2020-10-12',
    'C',
    2,
  ),
  sauressOct12: source(
    'Karabakh authorities announce 45 more soldiers killed as clashes resume (AFP)',
    'Sauress (AFP)',
    'https://sauress.com/anaween/1260219',
    '2020-10-12',
    'C',
    2,
  ),
  azatutyunOct15: source(
    'Heavy fighting continues in Karabakh despite Moscow truce',
    'Azatutyun (RFE/RL)',
    'https://www.azatutyun.am/a/30894723.html',
    '2020-10-15',
    'B',
    2,
  ),
  trendOct17: source(
    'Armenia fires ballistic missile at Ganja: 13 killed',
    'Trend',
    'https://en.trend.az/azerbaijan/politics/3318555.html',
    '2020-10-17',
    'C',
    3,
  ),
  caucknotOct17: source(
    'Death toll after missile attack on Ganja reaches 12',
    'Caucasian Knot',
    'https://caucasianknot.org/articles/52486',
    '2020-10-17',
    'B',
    2,
  ),
  trtOct17: source(
    'Temporary Armenia–Azerbaijan ceasefire comes into effect',
    'TRT World',
    'https://trtworld.com/asia/temporary-armenia-azerbaijan-ceasefire-comes-into-effect-40663',
    '2020-10-17',
    'B',
    1,
  ),
  pledgeOct18: source(
    'Nagorno-Karabakh: Armenia and Azerbaijan accuse each other of violating a new truce',
    'Pledge Times (AFP)',
    'https://pledgetimes.com/nagorno-karabakh-armenia-and-azerbaijan-accuse-each-other-of-violating-a-new-truce/',
    '2020-10-18',
    'C',
    2,
  ),
  armenpressOct18: source(
    'Azerbaijan attacks Artsakh from the southern direction, violating the second humanitarian truce',
    'Armenpress',
    'https://armenpress.am/eng/news/1031951/',
    '2020-10-18',
    'C',
    3,
  ),
  apOct19: source(
    'Nagorno-Karabakh truce frays amid reports of new shelling',
    'Journal-News (AP)',
    'https://www.journal-news.com/nation-world/nagorno-karabakh-truce-frays-amid-reports-of-new-shelling/I6OJRPWB2FBYLO46CGEYPVT7TU/',
    '2020-10-19',
    'B',
    2,
  ),
  tehelkaOct25: source(
    'Armenia, Azerbaijan agree to implement ceasefire over Nagorno-Karabakh conflict',
    'Tehelka',
    'https://tehelka.com/armenia-azerbaijan-agree-to-implement-ceasefire-over-nagorno-karabakh-conflict/',
    '2020-10-25',
    'C',
    1,
  ),
  fox5Oct25: source(
    'Hoping for peaceful resolution, Armenia and Azerbaijan agree to ceasefire, Secretary Pompeo says',
    'FOX 5 New York',
    'https://fox5ny.com/news/hoping-for-peaceful-resolution-armenia-and-azerbaijan-agree-to-ceasefire-secretary-pompeo-says',
    '2020-10-25',
    'B',
    2,
  ),
  jamnewsOct26: source(
    'Third armistice in Karabakh broken in the first minutes',
    'JAMnews',
    'https://jam-news.net/third-armistice-karabakh-armenia-azerbaijan-violation-of-us-agreement/',
    '2020-10-26',
    'C',
    2,
  ),
  azatutyunOct27: source(
    'Pompeo presses Pashinian, Aliyev to respect ceasefire',
    'Azatutyun (RFE/RL)',
    'https://www.azatutyun.am/a/30915620.html',
    '2020-10-27',
    'B',
    2,
  ),
  canyonOct27: source(
    'U.S. Secretary Of State Pompeo Speaks With Pashinyan, Aliyev On Artsakh Ceasefire',
    'Canyon News',
    'https://www.canyon-news.com/u-s-secretary-of-state-pompeo-speaks-with-pashinyan-aliyev-on-artsakh-ceasefire/136103',
    '2020-10-27',
    'C',
    2,
  ),
  channel4Oct27: source(
    "Collapse of Nagorno-Karabakh ceasefire 'disappointing' says Trump",
    'Channel 4 News',
    'https://www.channel4.com/news/collapse-of-nagorno-karabakh-ceasefire-disappointing-says-trump',
    '2020-10-27',
    'B',
    1,
  ),
  urdupointOct28: source(
    'Azerbaijani Prosecutors Say Death Toll From Armenian Attack On Barda Town Grows To 21',
    'UrduPoint (Sputnik)',
    'https://www.urdupoint.com/en/world/azerbaijani-prosecutors-say-death-toll-from-a-1069865.html',
    '2020-10-28',
    'C',
    3,
  ),
  azatutyunNov6: source(
    'Stepanakert, Shushi shelled as fighting continues',
    'Azatutyun (RFE/RL)',
    'https://www.azatutyun.am/a/30933151.html',
    '2020-11-06',
    'B',
    2,
  ),
  dpaNov9: source(
    'Nagorno-Karabakh war zone reports dozens more dead soldiers',
    'RE Jerusalem (dpa)',
    'https://rejerusalem.com/293486/nagorno-karabakh-war-zone-reports-dozen-dead-soldiers/',
    '2020-11-09',
    'C',
    2,
  ),
  alarabiyaNov8: source(
    'Azerbaijan says it has captured Nagorno-Karabakh town of Shusha',
    'Al Arabiya (AFP)',
    'https://english.alarabiya.net/en/News/world/2020/11/08/Azerbaijan-says-it-has-captured-Nagorno-Karabakh-town-of-Shusha',
    '2020-11-08',
    'B',
    2,
  ),
  unianNov8: source(
    'Nagorno-Karabakh: Aliyev says key city of Shusha captured',
    'UNIAN',
    'https://www.unian.info/world/nagorno-karabakh-aliyev-says-key-city-of-shusha-captured-11211161.html',
    '2020-11-08',
    'B',
    2,
  ),
  quintNov9: source(
    "Armenia denies Azerbaijan's capture of Karabakh's 2nd largest city",
    'The Quint',
    'https://www.thequint.com/news/world/armenia-denies-azerbaijan-capture-of-karabakh-2nd-largest-city',
    '2020-11-09',
    'C',
    2,
  ),
  azernewsNov9: source(
    'Azerbaijan apologises for the downing of a Russian helicopter',
    'Azernews (Trend)',
    'https://www.azernews.az/nation/172420.html',
    '2020-11-09',
    'C',
    1,
  ),
  dailysabahNov9: source(
    'Russian helicopter shot down in Armenia near border with Azerbaijan',
    'Daily Sabah',
    'https://www.dailysabah.com/world/europe/russian-helicopter-shot-down-in-armenia-near-border-with-azerbaijan',
    '2020-11-09',
    'B',
    1,
  ),
  trilateralText: source(
    'Statement by the Prime Minister of the Republic of Armenia, the President of the Republic of Azerbaijan and the President of the Russian Federation',
    'Office of the Prime Minister of Armenia',
    'https://www.primeminister.am/en/press-release/item/2020/11/10/Announcement/%20%20%20%20%20%20%20%20%20statement',
    '2020-11-10',
    'A',
    1,
  ),
  alarabiyaNov20: source(
    "Azerbaijan's army enters Aghdam, Armenian district handed back in peace deal",
    'Al Arabiya (AFP)',
    'https://english.alarabiya.net/en/News/world/2020/11/20/Azerbaijan-s-army-enters-Aghdam-Armenian-district-handed-back-in-peace-deal',
    '2020-11-20',
    'B',
    1,
  ),
  aljazeeraNov20: source(
    'Azerbaijan army enters district handed over by Armenia',
    'Al Jazeera',
    'https://www.aljazeera.com/news/2020/11/20/azerbaijan-army-enters-district-handed-over-by-armenia',
    '2020-11-20',
    'B',
    1,
  ),
  republicNov21: source(
    'Azerbaijan troops enter Aghdam after Armenia hands over Nagorno-Karabakh districts',
    'Republic World',
    'https://republicworld.com/amp/world-news/azerbaijan-troops-enter-aghdam-after-armenia-hands-over-nagorno-karabakh-districts',
    '2020-11-21',
    'C',
    2,
  ),
  zartonkNov25: source(
    "Today, Armenian authorities officially handed Artsakh's Karvachar region over to Azerbaijan",
    'Zartonk Media',
    'https://zartonkmedia.com/2020/11/24/today-armenian-authorities-officially-handed-artsakhs-karvachar-region-over-to-azerbaijan/',
    '2020-11-25',
    'C',
    1,
  ),
  jamnewsDec1: source(
    'Lachin came under the control of Azerbaijan, Armenians left Berdzor',
    'JAMnews',
    'https://jam-news.net/lachin-came-under-the-control-of-azerbaijan-armenians-left-berdzor/',
    '2020-12-01',
    'C',
    1,
  ),
  yjcDec1: source(
    'Azerbaijani forces take over last Nagorno-Karabakh region per truce deal',
    'Young Journalists Club (TASS)',
    'https://www.yjc.ir/en/news/49549/azerbaijani-forces-take-over-last-nagorno-karabakh-region-per-truce-deal',
    '2020-12-01',
    'C',
    1,
  ),
  ieoDec5: source(
    'Armenia, Azerbaijan reach agreement on full-scale prisoner swap',
    'Indian Economic Observer (ANI/Sputnik)',
    'https://indianeconomicobserver.com/news/armenia-azerbaijan-reach-agreement-on-full-scale-prisoner-swap20201205152424',
    '2020-12-05',
    'C',
    1,
  ),
  sputnikDec13: source(
    'Four Azerbaijani soldiers killed in Nagorno-Karabakh since November, Defence Ministry says',
    'Sputnik',
    'https://sputniknews.com/world/202012131081445087-four-azerbaijani-soldiers-killed-in-nagorno-karabakh-since-november-defence-ministry-says/',
    '2020-12-13',
    'C',
    3,
  ),
  memoDec13: source(
    'Azerbaijan says Armenia violated cease-fire in Karabakh',
    'Middle East Monitor (Anadolu)',
    'https://www.middleeastmonitor.com/20201213-azerbaijan-says-armenia-violated-cease-fire-in-karabakh/',
    '2020-12-13',
    'C',
    3,
  ),
  rferlDec13: source(
    'Azerbaijan says four soldiers killed amid cease-fire violations in Nagorno-Karabakh',
    'RFE/RL',
    'https://www.rferl.org/a/azerbaijan-says-four-soldiers-killed-amid-cease-fire-violations-in-nagorno-karabakh/30998371.html',
    '2020-12-13',
    'B',
    2,
  ),
  azatutyunDec13: source(
    'Azerbaijani forces attack Karabakh villages in Hadrut, Yerevan says',
    'Azatutyun (RFE/RL)',
    'https://www.azatutyun.am/a/30998434.html',
    '2020-12-13',
    'B',
    2,
  ),
  azatutyunDec16: source(
    'Dozens of Armenian soldiers captured in Hadrut',
    'Azatutyun (RFE/RL)',
    'https://www.azatutyun.am/a/31004105.html',
    '2020-12-16',
    'B',
    2,
  ),
  apDec14: source(
    'Azerbaijan, Armenia exchange prisoners as part of peace deal',
    'AP News',
    'https://apnews.com/article/russia-azerbaijan-armenia-prisoner-exchange-4b435d7594c119ced5830273cd388744',
    '2020-12-14',
    'B',
    1,
  ),
  presidentAzJan11: source(
    'Statement by President of the Republic of Azerbaijan, Prime Minister of the Republic of Armenia and President of the Russian Federation',
    'President of the Republic of Azerbaijan',
    'https://president.az./en/articles/view/50070',
    '2021-01-11',
    'A',
    1,
  ),
  massisJan11: source(
    'Armenia, Azerbaijan and Russia Sign Joint Statement',
    'Massis Post',
    'https://massispost.com/2021/01/armenia-azerbaijan-and-russia-sign-joint-statement/',
    '2021-01-11',
    'C',
    1,
  ),
  panarmMay13: source(
    "Armenia raises Azerbaijan's border violation with CSTO",
    'PanARMENIAN.Net',
    'http://panarmenian.net/m/eng/news/292838/',
    '2021-05-13',
    'C',
    2,
  ),
  tassMay13: source(
    "Armenia's Pashinyan to contact CSTO over incidents on Azerbaijani border",
    'TASS',
    'https://tass.com/world/1289413',
    '2021-05-13',
    'B',
    2,
  ),
  asbarezMay13: source(
    'As Azerbaijan steps up advance in Syunik, Yerevan turns to CSTO for rapid response',
    'Asbarez',
    'http://asbarez.com/202482/as-azerbaijan-steps-up-advance-in-syunik-yerevan-turns-to-csto-for-rapid-response/',
    '2021-05-13',
    'C',
    2,
  ),
  panarmCstoMay13: source(
    'CSTO vows to take action as Azerbaijan refuses to withdraw from Armenia',
    'PanARMENIAN.Net',
    'https://panarmenian.net/m/eng/news/292843',
    '2021-05-13',
    'C',
    2,
  ),
  jamnewsMay19: source(
    'Armenian-Azerbaijan border crisis deepens as Azerbaijan fails to attend negotiations',
    'JAMnews',
    'https://jam-news.net/armenian-azerbaijan-border-crisis-deepens-as-azerbaijan-fails-to-attend-negotiations/',
    '2021-05-19',
    'C',
    2,
  ),
  panarmMay27: source(
    'Azerbaijanis capture six Armenian soldiers, says Defense Ministry',
    'PanARMENIAN.Net',
    'http://www.panarmenian.net/eng/news/293163/',
    '2021-05-27',
    'C',
    3,
  ),
  tassMay27: source(
    'Azerbaijan says 24 Armenian servicemen tried to penetrate its territory',
    'TASS',
    'https://tass.com/world/1294707',
    '2021-05-27',
    'B',
    2,
  ),
  a1plusMay27: source(
    'Statement of the Ministry of Foreign Affairs of Armenia',
    'A1+',
    'https://a1plus.am/en/article/403223',
    '2021-05-27',
    'C',
    1,
  ),
};

/** One armed act as alleged: `by` against the other party. */
function armed(
  key: string,
  when: { occurredAt: string; precision?: 'exact' | 'day' | 'approximate'; recordedAt: string },
  kind: 'clash' | 'shelling' | 'drone-strike' | 'missile-strike' | 'airstrike',
  by: 'armenia' | 'azerbaijan',
  allegedBy: 'armenia' | 'azerbaijan' | undefined,
  detail: {
    place: string;
    fatalities?: { min: number; max: number };
    injured?: { min: number; max: number };
    civilianFatalities?: { min: number; max: number };
    description: string;
  },
  sources: readonly Source[],
  occurrence?: string,
) {
  return ev(
    'IncidentReported',
    key,
    when,
    {
      incidentId: key,
      kind,
      perpetrator: by,
      ...(allegedBy !== undefined ? { allegedBy } : {}),
      against: by === 'armenia' ? 'azerbaijan' : 'armenia',
      ...detail,
    },
    sources,
    occurrence !== undefined ? { occurrence } : {},
  );
}

/** A ceasefire violation as one side alleges it against the other. */
function violation(
  key: string,
  when: { occurredAt: string; precision?: 'exact' | 'day' | 'approximate'; recordedAt: string },
  ceasefireId: string,
  allegedBy: 'armenia' | 'azerbaijan',
  detail: { casualties?: { min: number; max: number }; injured?: { min: number; max: number }; description: string },
  sources: readonly Source[],
  occurrence?: string,
) {
  return ev(
    'CeasefireViolationReported',
    key,
    when,
    { ceasefireId, allegedBy, against: allegedBy === 'armenia' ? 'azerbaijan' : 'armenia', ...detail },
    sources,
    occurrence !== undefined ? { occurrence } : {},
  );
}

const events = [
  // ===== July 2020: Tovuz =====
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '2020-07-12', recordedAt: at('07-12', '18:00') },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Armenia – Azerbaijan, Nagorno-Karabakh conflict, 2020–21',
      subject:
        'The Nagorno-Karabakh conflict under the OSCE Minsk Group co-chairs, from the Tovuz border clashes through the 44-day war, its ceasefires and the trilateral statement that ended it, to its implementation',
      parties: [ARMENIA, AZERBAIJAN],
      mediators: [RUSSIA, FRANCE, USA],
    },
    [S.insamerJul12],
    { note: 'The Minsk Group co-chairs (Russia, France, the United States) have mediated since the 1990s.' },
  ),
  armed(
    'tovuz-2020-07-12',
    { occurredAt: '2020-07-12', recordedAt: at('07-12', '18:05') },
    'shelling',
    'armenia',
    'azerbaijan',
    {
      place: 'Tovuz district (Azerbaijan) – Tavush province (Armenia), on the state border',
      fatalities: { min: 3, max: 3 },
      injured: { min: 5, max: 5 },
      description:
        'Azerbaijan: from noon Armenian forces opened artillery fire on its positions in the Tovuz direction; its "counterstrike" drove them back; two soldiers killed, a third died of wounds. Yerevan: Baku used artillery in an attack aimed at capturing Armenian positions.',
    },
    [S.insamerJul12],
    O.jul12,
  ),
  ev(
    'CeasefireDeclared',
    'cf-bishkek',
    { occurredAt: '1994-05-12', recordedAt: at('07-13', '09:00') },
    {
      ceasefireId: CF.bishkek,
      parties: ['armenia', 'azerbaijan'],
      scope: 'The 1994 ceasefire (Bishkek protocol) on the line of contact and the state border',
      duration: 'indefinite',
      mediatedBy: ['russia'],
    },
    [S.trendJul13],
    { note: 'Backfilled: the ceasefire "regime" both defence ministries accuse each other of violating.' },
  ),
  violation(
    'viol-tovuz-2020-07-12',
    { occurredAt: '2020-07-12', recordedAt: at('07-13', '09:05') },
    CF.bishkek,
    'azerbaijan',
    {
      casualties: { min: 3, max: 3 },
      description: 'Azerbaijan: Armenian forces "grossly violating the ceasefire regime" in the Tovuz direction.',
    },
    [S.trendJul13],
    O.jul12,
  ),
  ev(
    'MediationAction',
    'med-lavrov-jul13',
    { occurredAt: '2020-07-13', recordedAt: at('07-13', '12:00') },
    {
      mediator: 'russia',
      action: 'requested-pause',
      summary:
        'Lavrov, on the phone with Mammadyarov, notes the unacceptability of rising tension and the importance of taking the situation under control.',
    },
    [S.todayJul13],
  ),
  armed(
    'tovuz-night-2020-07-13',
    { occurredAt: '2020-07-13', recordedAt: at('07-13', '12:05') },
    'clash',
    'azerbaijan',
    undefined,
    {
      place: 'Tovuz direction of the state border',
      fatalities: { min: 1, max: 1 },
      description:
        'Night battles of 12–13 July with artillery, mortars and tanks; Azerbaijan says it destroyed an Armenian stronghold, artillery and equipment; an Azerbaijani senior lieutenant killed.',
    },
    [S.todayJul13, S.trendJul13],
    O.jul13night,
  ),
  violation(
    'viol-tovuz-night-2020-07-13',
    { occurredAt: '2020-07-13', recordedAt: at('07-13', '12:06') },
    CF.bishkek,
    'azerbaijan',
    {
      casualties: { min: 1, max: 1 },
      description:
        "Azerbaijan: the Armenian forces' violation of the ceasefire regime in the Tovuz direction went on through the night of 12–13 July; a senior lieutenant killed.",
    },
    [S.trendJul13],
    O.jul13night,
  ),
  armed(
    'nakhchivan-2020-07-13',
    { occurredAt: '2020-07-13', recordedAt: at('07-13', '12:10') },
    'shelling',
    'armenia',
    'azerbaijan',
    {
      place: 'Shahbuz and Julfa districts, Nakhchivan',
      description:
        'Azerbaijan: Armenian forces fired large-calibre guns at its positions in Nakhchivan from 22:45 on 12 July to 00:40 on 13 July; up to five hectares set ablaze. No casualties reported.',
    },
    [S.trendNakhJul13],
    O.nakhchivan,
  ),
  violation(
    'viol-nakhchivan-2020-07-13',
    { occurredAt: '2020-07-13', recordedAt: at('07-13', '12:11') },
    CF.bishkek,
    'azerbaijan',
    {
      casualties: { min: 0, max: 0 },
      description:
        'Azerbaijan: the fire on Shahbuz and Julfa was a ceasefire violation ("during the ceasefire violation"); no casualties.',
    },
    [S.trendNakhJul13],
    O.nakhchivan,
  ),
  armed(
    'tovuz-2020-07-14',
    { occurredAt: '2020-07-14', recordedAt: at('07-14', '18:00') },
    'clash',
    'armenia',
    'azerbaijan',
    {
      place: 'Tovuz district (Azerbaijan) – Tavush province (Armenia)',
      fatalities: { min: 8, max: 12 },
      civilianFatalities: { min: 1, max: 1 },
      description:
        'Fierce fighting on the night of 13–14 July and the morning: Major General Polad Hashimov, a colonel and five more Azerbaijani servicemen killed, and a 76-year-old civilian in Aghdam village (Tovuz). Armenia reports two officers killed (later four soldiers in the three days), tanks, artillery and drones used; each side claims to have inflicted heavy losses.',
    },
    [S.newsazJul14, S.vrtJul14],
    O.jul14,
  ),
  violation(
    'viol-tovuz-2020-07-14',
    { occurredAt: '2020-07-14', recordedAt: at('07-14', '18:05') },
    CF.bishkek,
    'azerbaijan',
    {
      casualties: { min: 8, max: 8 },
      description: 'Azerbaijan: the Armenian attack in the Tovuz direction goes on, in violation of the ceasefire.',
    },
    [S.newsazJul14],
    O.jul14,
  ),
  armed(
    'berd-2020-07-14',
    { occurredAt: '2020-07-14', recordedAt: at('07-14', '18:10') },
    'drone-strike',
    'azerbaijan',
    'armenia',
    {
      place: 'Berd, Tavush province (Armenia)',
      description:
        'Armenian account: Azerbaijani drones attacked the town of Berd, hitting the Tavush textile factory; no civilians hurt. Armenia says it shot down about ten drones.',
    },
    [S.armnationJul14],
  ),
  ev(
    'StatementMade',
    'stmt-dargahli-metsamor',
    { occurredAt: '2020-07-16', recordedAt: at('07-16', '18:00') },
    {
      speaker: DARGAHLI,
      audience: 'armenia',
      tone: 'military-threat',
      summary:
        "Azerbaijan's missile systems can strike the Metsamor nuclear power plant with precision, which would be a great catastrophe for Armenia — an answer to what Baku calls Armenian threats against the Mingachevir reservoir.",
      quote:
        'The Armenian side must not forget that state of the art missile systems of our army allow us to strike the Metsamor nuclear plant with precision.',
    },
    [S.poandpoJul16, S.armradioJul16],
  ),
  ev(
    'StatementMade',
    'stmt-arm-mfa-jul16',
    { occurredAt: '2020-07-16', recordedAt: at('07-16', '18:05') },
    {
      speaker: ARM_MFA,
      audience: 'azerbaijan',
      tone: 'accusation',
      summary: 'Calls the threat "a manifestation of state terrorism" reflecting Azerbaijan\'s "genocidal intentions".',
    },
    [S.poandpoJul16],
  ),
  ev(
    'StatementMade',
    'stmt-dargahli-jul22',
    { occurredAt: '2020-07-22', recordedAt: at('07-22', '18:00') },
    {
      speaker: DARGAHLI,
      audience: 'armenia',
      tone: 'neutral',
      summary: 'The situation in the Tovuz direction is calm; Azerbaijan has launched no attacks and had no losses.',
    },
    [S.trendJul22],
  ),
  // ===== 27 September: the war =====
  armed(
    'line-north-2020-09-27',
    { occurredAt: '2020-09-27', recordedAt: at('09-27', '18:00') },
    'clash',
    'azerbaijan',
    undefined,
    {
      place: 'Northern sector of the line of contact (Aghdara / Terter direction)',
      fatalities: { min: 16, max: 16 },
      injured: { min: 100, max: 100 },
      description:
        "Azerbaijan's offensive across the whole line of contact, heaviest in the north (two strategic heights taken, Baku says) and the south; tanks, artillery, aviation and drones. The Karabakh army reports 16 of its soldiers killed and over a hundred wounded on the first day; both sides report helicopters, drones and tanks destroyed.",
    },
    [S.commonspaceSep27, S.pledgeSep27],
  ),
  armed(
    'line-south-2020-09-27',
    { occurredAt: '2020-09-27', recordedAt: at('09-27', '18:05') },
    'clash',
    'azerbaijan',
    undefined,
    {
      place: 'Southern and south-eastern sectors (Fuzuli direction)',
      description: 'Azerbaijani forces push towards the town of Fuzuli.',
    },
    [S.commonspaceSep27],
  ),
  armed(
    'stepanakert-2020-09-27',
    { occurredAt: '2020-09-27', recordedAt: at('09-27', '18:10') },
    'shelling',
    'azerbaijan',
    'armenia',
    {
      place: 'Stepanakert and villages of Nagorno-Karabakh',
      fatalities: { min: 2, max: 2 },
      civilianFatalities: { min: 2, max: 2 },
      description:
        'The Karabakh authorities: Azerbaijani shelling of civilian settlements since early morning; a woman and a child killed.',
    },
    [S.panarmSep27],
  ),
  armed(
    'contact-villages-2020-09-27',
    { occurredAt: '2020-09-27', recordedAt: at('09-27', '18:15') },
    'shelling',
    'armenia',
    'azerbaijan',
    {
      place: 'Azerbaijani villages along the line of contact',
      injured: { min: 19, max: 19 },
      description:
        "Azerbaijan: Armenian forces shelled settlements on the line of contact, killing and wounding civilians (19 injured, the prosecutor general's office); the reason Baku gives for its counter-offensive.",
    },
    [S.pledgeSep27],
  ),
  ev(
    'CeasefireEnded',
    'cf-bishkek-ended',
    { occurredAt: '2020-09-27', recordedAt: at('09-27', '18:20') },
    {
      ceasefireId: CF.bishkek,
      reason: 'collapsed',
      summary:
        "An analyst's reading: war along the whole line of contact; Armenia and Karabakh declare martial law and general mobilisation, Azerbaijan martial law from 28 September. Nobody renounced the 1994 ceasefire.",
    },
    [S.pledgeMartialSep27, S.commonspaceSep27],
  ),
  ev(
    'StatementMade',
    'stmt-pashinyan-sep27',
    { occurredAt: '2020-09-27', recordedAt: at('09-27', '18:25') },
    {
      speaker: PASHINYAN,
      audience: 'azerbaijan',
      tone: 'accusation',
      summary:
        'Azerbaijan has attacked Nagorno-Karabakh; martial law and general mobilisation; "we will never surrender any millimetre of our motherland".',
    },
    [S.commonspaceSep27, S.pledgeMartialSep27],
  ),
  ev(
    'ActorRegistered',
    'actor-turkiye',
    { occurredAt: '2020-09-27', recordedAt: at('09-27', '18:30') },
    { actor: TURKIYE, role: 'third-party' },
    [S.commonspaceSep27],
    { note: "Azerbaijan's ally; its defence ministry demands that Armenia stop its attacks." },
  ),
  armed(
    'stepanakert-2020-10-04',
    { occurredAt: '2020-10-04', recordedAt: at('10-04', '18:00') },
    'shelling',
    'azerbaijan',
    'armenia',
    {
      place: 'Stepanakert',
      description:
        'Shelling from about 07:30 for at least three hours with Polonez and Smerch rockets (Karabakh officials); about two dozen explosions heard by RFE/RL; injuries among civilians. One killed and ten wounded in the shelling of 2 October.',
    },
    [S.azatutyunOct4, S.rtOct4],
  ),
  armed(
    'ganja-2020-10-04',
    { occurredAt: '2020-10-04', recordedAt: at('10-04', '18:05') },
    'missile-strike',
    'armenia',
    'azerbaijan',
    {
      place: 'Ganja, Terter and Horadiz (Azerbaijan)',
      description:
        "Baku: at least four missiles hit residential areas of Ganja, fired from Armenia; Terter and Horadiz shelled. Karabakh's forces claim the Ganja military airfield destroyed; Armenia's defence ministry denies firing from Armenia.",
    },
    [S.azatutyunOct4, S.devdiscourseOct4],
  ),
  // ===== October: the Moscow truce =====
  ev(
    'TalksRoundOpened',
    'round-moscow-opened',
    { occurredAt: '2020-10-09', recordedAt: at('10-10', '06:00') },
    {
      roundId: R.moscow,
      label: 'Moscow talks of the foreign ministers (Lavrov hosting)',
      format: 'formal',
      delegations: [
        { actorId: 'armenia', head: MNATSAKANYAN },
        { actorId: 'azerbaijan', head: BAYRAMOV },
      ],
    },
    [S.meydanOct10],
  ),
  ev(
    'TalksRoundConcluded',
    'round-moscow-concluded',
    { occurredAt: '2020-10-09T21:00:00Z', precision: 'approximate', recordedAt: at('10-10', '06:05') },
    {
      roundId: R.moscow,
      outcome: 'agreement',
      summary:
        'After over ten hours Lavrov reads the joint statement: a humanitarian ceasefire from 12:00 on 10 October for exchanges of prisoners and bodies; its parameters to be agreed; substantive negotiations under the Minsk Group co-chairs.',
    },
    [S.meydanOct10, S.novinteOct10],
    { occurrence: O.moscowCf },
  ),
  ev(
    'AgreementReached',
    'agr-moscow',
    { occurredAt: '2020-10-09T21:00:00Z', precision: 'approximate', recordedAt: at('10-10', '06:10') },
    {
      agreementId: 'moscow-statement-2020-10-10',
      kind: 'ceasefire',
      provisions: [
        'A ceasefire from 12:00 on 10 October 2020 for humanitarian purposes: exchanges of prisoners of war, detainees and bodies, mediated by the ICRC',
        'Specific parameters of the ceasefire to be agreed additionally',
        'Substantive negotiations under the OSCE Minsk Group co-chairs on the basis of the basic principles',
        'The format of the negotiation process unchanged',
      ],
      signatories: ['armenia', 'azerbaijan'],
      textPublic: true,
      roundId: R.moscow,
    },
    [S.meydanOct10, S.novinteOct10],
    { occurrence: O.moscowCf },
  ),
  ev(
    'CeasefireDeclared',
    'cf-moscow',
    { occurredAt: '2020-10-10T08:00:00Z', recordedAt: at('10-10', '08:00') },
    {
      ceasefireId: CF.moscow,
      parties: ['armenia', 'azerbaijan'],
      scope: 'A humanitarian ceasefire in the Nagorno-Karabakh conflict zone, for exchanges of prisoners and bodies',
      duration: 'indefinite',
      mediatedBy: ['russia'],
    },
    [S.meydanOct10, S.novinteOct10],
    { note: 'In force from 12:00 local time (08:00 UTC); no term given.' },
  ),
  violation(
    'viol-moscow-arm-oct10',
    { occurredAt: '2020-10-10T14:00:00Z', precision: 'approximate', recordedAt: at('10-11', '11:50') },
    CF.moscow,
    'armenia',
    {
      casualties: { min: 28, max: 28 },
      description:
        "Armenia: after the truce took effect Azerbaijan used drones in the south and attempted a raid towards Hadrut; the Karabakh army reports 28 more of its soldiers killed (the day's report). Missile strikes on settlements in Karabakh.",
    },
    [S.armenpressOct10, S.pledgeOct11],
  ),
  ev(
    'StatementMade',
    'stmt-az-oct10',
    { occurredAt: '2020-10-10T16:00:00Z', precision: 'approximate', recordedAt: at('10-11', '11:55') },
    {
      speaker: AZ_MOD,
      audience: 'armenia',
      tone: 'accusation',
      summary: 'Armenian forces attacked the Jabrayil and Hadrut regions after the humanitarian ceasefire took effect.',
    },
    [S.pledgeOct11],
  ),
  armed(
    'ganja-2020-10-11',
    { occurredAt: '2020-10-10T22:00:00Z', recordedAt: at('10-12', '12:00') },
    'missile-strike',
    'armenia',
    'azerbaijan',
    {
      place: 'Ganja (Azerbaijan), residential buildings in the city centre',
      fatalities: { min: 9, max: 10 },
      injured: { min: 34, max: 35 },
      civilianFatalities: { min: 9, max: 10 },
      description:
        "At about 02:00 local time a missile destroys an apartment building in central Ganja: nine killed (one more died in hospital on the 12th), 34 injured, Azerbaijan's prosecutor general says; fired from Armenia's Vardenis district, Aliyev says. Armenia's defence ministry: \"misinformation\".",
    },
    [S.tassOct11, S.pledgeOct11, S.trendOct12],
    O.ganjaOct11,
  ),
  violation(
    'viol-ganja-oct11',
    { occurredAt: '2020-10-10T22:00:00Z', recordedAt: at('10-12', '12:05') },
    CF.moscow,
    'azerbaijan',
    {
      casualties: { min: 9, max: 10 },
      description:
        'Aliyev: "Armenia has blatantly violated the ceasefire regime and launched a missile attack on innocent residents in the city of Ganja. This is a war crime."',
    },
    [S.tassOct11],
    O.ganjaOct11,
  ),
  armed(
    'line-2020-10-12',
    { occurredAt: '2020-10-12', recordedAt: at('10-12', '18:00') },
    'clash',
    'azerbaijan',
    undefined,
    {
      place: 'Aghdara–Aghdam and Fuzuli–Jabrayil directions, Hadrut',
      fatalities: { min: 45, max: 45 },
      description:
        "Fighting resumes on several sections; each side says it repelled the other's attacks (Baku: Armenian forces tried to regain positions; it destroyed a T-72 and three Grad launchers). The Karabakh authorities announce 45 more soldiers killed; shelling heard in Barda and around Hadrut (AFP).",
    },
    [S.sauressOct12, S.georgiatodayOct12],
  ),
  armed(
    'line-2020-10-15',
    { occurredAt: '2020-10-15', recordedAt: at('10-15', '18:00') },
    'shelling',
    'azerbaijan',
    'armenia',
    {
      place: 'North-eastern and south-eastern sections of the line of contact',
      description:
        'Armenian defence ministry: intense Azerbaijani artillery fire from the morning, "heavy fighting is now underway"; Baku says Armenian forces attacked overnight and shelled districts north and east of Karabakh. The Karabakh army counts 604 soldiers killed since 27 September.',
    },
    [S.azatutyunOct15],
  ),
  ev(
    'StatementMade',
    'stmt-mnatsakanyan-oct15',
    { occurredAt: '2020-10-15', recordedAt: at('10-15', '18:05') },
    {
      speaker: MNATSAKANYAN,
      audience: 'azerbaijan',
      tone: 'accusation',
      summary:
        "Five days into the Moscow statement, Azerbaijan continues to torpedo its implementation, with Turkey's support.",
    },
    [S.azatutyunOct15],
  ),
  armed(
    'ganja-2020-10-17',
    { occurredAt: '2020-10-16T21:00:00Z', recordedAt: at('10-17', '12:00') },
    'missile-strike',
    'armenia',
    'azerbaijan',
    {
      place: 'Ganja (Azerbaijan), residential areas',
      fatalities: { min: 12, max: 13 },
      injured: { min: 40, max: 53 },
      civilianFatalities: { min: 12, max: 13 },
      description:
        "At about 01:00 local time a ballistic missile hits residential areas of Ganja for the third time: 12 to 13 civilians killed, two of them children, 40 to 53 injured (Azerbaijan's foreign ministry and prosecutor general). Armenia's defence ministry denies firing.",
    },
    [S.trendOct17, S.caucknotOct17],
    O.ganjaOct17,
  ),
  armed(
    'stepanakert-2020-10-16',
    { occurredAt: '2020-10-16T18:00:00Z', recordedAt: at('10-17', '12:05') },
    'shelling',
    'azerbaijan',
    'armenia',
    {
      place: 'Stepanakert, Shushi, Martakert and villages',
      description:
        'From about 22:00 local time intensive shelling of Stepanakert and nearby villages; Shushi and Martakert also under fire.',
    },
    [S.caucknotOct17],
  ),
  // ===== the Paris / Moscow truce of 18 October =====
  ev(
    'CeasefireDeclared',
    'cf-paris',
    { occurredAt: '2020-10-17T20:00:00Z', recordedAt: at('10-17', '20:30') },
    {
      ceasefireId: CF.paris,
      parties: ['armenia', 'azerbaijan'],
      scope:
        "A humanitarian truce from 00:00 local time on 18 October, following the co-chair presidents' statement of 1 October and in line with the Moscow statement",
      duration: 'indefinite',
      mediatedBy: ['france', 'russia'],
    },
    [S.trtOct17],
    { note: 'Announced by both foreign ministries after calls with Lavrov; reported as agreed in Paris.' },
  ),
  violation(
    'viol-paris-arm-oct18',
    { occurredAt: '2020-10-18T03:20:00Z', recordedAt: at('10-18', '12:00') },
    CF.paris,
    'armenia',
    {
      casualties: { min: 2, max: 2 },
      description:
        'Armenia: rocket and artillery fire from 00:04 to 02:45 in the north and south; at 07:20 an Azerbaijani attack in the southern direction (Khudaferin reservoir) "to occupy favourable positions": "there are casualties and wounded on both sides" (no figure: recorded as the least that implies).',
    },
    [S.armenpressOct18, S.pledgeOct18],
  ),
  violation(
    'viol-paris-az-oct18',
    { occurredAt: '2020-10-18T05:00:00Z', precision: 'approximate', recordedAt: at('10-18', '12:05') },
    CF.paris,
    'azerbaijan',
    {
      description:
        'Azerbaijan: Armenian forces "blatantly" broke the new agreement, with artillery fire and morning attacks along the front.',
    },
    [S.pledgeOct18],
  ),
  ev(
    'CeasefireEnded',
    'cf-moscow-collapsed',
    { occurredAt: '2020-10-11T06:00:00Z', precision: 'approximate', recordedAt: at('10-19', '12:00') },
    {
      ceasefireId: CF.moscow,
      reason: 'collapsed',
      summary:
        'The truce never took hold: violated from its first hours (AP: "violated minutes after it took force"; AFP: "concluded but never respected"); by the morning of 11 October, after the Ganja strike and fighting along the line, RFE/RL reports it "in danger of collapse". Nobody declared it over.',
    },
    [S.rferlOct11, S.pledgeOct18, S.apOct19],
  ),
  armed(
    'jabrayil-2020-10-19',
    { occurredAt: '2020-10-19', recordedAt: at('10-19', '18:00') },
    'clash',
    'azerbaijan',
    undefined,
    {
      place: 'Jabrayil region, near the Iranian border',
      description:
        'Aliyev announces 13 more villages taken in the Jabrayil region; heavy artillery, rockets and drones; Azerbaijan says a missile aimed at an oil pipeline in Khizi was "neutralised". Karabakh counts 729 soldiers and 36 civilians killed since 27 September; Azerbaijan 60 civilians.',
    },
    [S.apOct19],
  ),
  ev(
    'CeasefireEnded',
    'cf-paris-collapsed',
    { occurredAt: '2020-10-19', recordedAt: at('10-25', '12:00') },
    {
      ceasefireId: CF.paris,
      reason: 'collapsed',
      summary:
        'Violated from its first minutes with an offensive at Khudaferin the same morning; by 19 October AP reports the truce "frays" as Azerbaijan takes more villages; "short lived as fighting resumed within hours" (Fox5). Nobody declared it over.',
    },
    [S.apOct19, S.fox5Oct25],
  ),
  // ===== the Washington truce of 26 October =====
  ev(
    'TalksRoundOpened',
    'round-washington-opened',
    { occurredAt: '2020-10-23', recordedAt: at('10-25', '12:05') },
    {
      roundId: R.washington,
      label: 'Washington talks (Pompeo, then Biegun with the Minsk Group co-chairs)',
      format: 'formal',
      delegations: [
        { actorId: 'armenia', head: MNATSAKANYAN },
        { actorId: 'azerbaijan', head: BAYRAMOV },
      ],
    },
    [S.tehelkaOct25],
  ),
  ev(
    'TalksRoundConcluded',
    'round-washington-concluded',
    { occurredAt: '2020-10-24', recordedAt: at('10-25', '12:10') },
    {
      roundId: R.washington,
      outcome: 'agreement',
      summary:
        'Both ministers reaffirm the humanitarian ceasefire agreed in Moscow and reaffirmed in Paris; it is to take effect at 08:00 local time on 26 October.',
    },
    [S.tehelkaOct25, S.fox5Oct25],
  ),
  ev(
    'CeasefireDeclared',
    'cf-washington',
    { occurredAt: '2020-10-26T04:00:00Z', recordedAt: at('10-26', '06:00') },
    {
      ceasefireId: CF.washington,
      parties: ['armenia', 'azerbaijan'],
      scope: 'The humanitarian ceasefire, from 08:00 local time on 26 October',
      duration: 'indefinite',
      mediatedBy: ['united-states'],
    },
    [S.tehelkaOct25, S.fox5Oct25],
  ),
  violation(
    'viol-washington-az-oct26',
    { occurredAt: '2020-10-26T04:05:00Z', recordedAt: at('10-26', '12:00') },
    CF.washington,
    'azerbaijan',
    {
      description:
        'Azerbaijan: at 08:05 Armenian artillery fired on its units at Safiyan (Lachin), then on the city of Terter and its villages.',
    },
    [S.jamnewsOct26],
  ),
  violation(
    'viol-washington-arm-oct26',
    { occurredAt: '2020-10-26T08:00:00Z', precision: 'approximate', recordedAt: at('10-27', '07:55') },
    CF.washington,
    'armenia',
    {
      casualties: { min: 1, max: 1 },
      injured: { min: 2, max: 2 },
      description:
        'The Karabakh ombudsman: an Azerbaijani missile strike killed a civilian and wounded two; Armenia accuses Baku of a "large-scale" offensive in the south-east.',
    },
    [S.canyonOct27, S.azatutyunOct27],
  ),
  ev(
    'StatementMade',
    'stmt-pashinyan-oct26',
    { occurredAt: '2020-10-26T16:00:00Z', precision: 'approximate', recordedAt: at('10-27', '08:00') },
    {
      speaker: PASHINYAN,
      audience: 'azerbaijan',
      tone: 'accusation',
      summary:
        'The international effort, this time brokered by the United States, to establish a ceasefire has failed; Azerbaijan is responsible.',
      quote:
        'I would like to state that the efforts of the international community, this time brokered by the United States, to establish a ceasefire, have failed.',
    },
    [S.canyonOct27, S.azatutyunOct27],
  ),
  ev(
    'CeasefireEnded',
    'cf-washington-collapsed',
    { occurredAt: '2020-10-26T16:00:00Z', precision: 'approximate', recordedAt: at('10-27', '08:05') },
    {
      ceasefireId: CF.washington,
      reason: 'collapsed',
      summary:
        'Alleged violations within minutes; by evening Pashinyan says it has failed; Trump calls its collapse "disappointing" the next day.',
    },
    [S.azatutyunOct27, S.channel4Oct27],
  ),
  armed(
    'barda-2020-10-28',
    { occurredAt: '2020-10-28T09:00:00Z', recordedAt: at('10-28', '18:00') },
    'missile-strike',
    'armenia',
    'azerbaijan',
    {
      place: 'Barda (Azerbaijan), crowded commercial areas',
      fatalities: { min: 21, max: 21 },
      injured: { min: 70, max: 70 },
      civilianFatalities: { min: 21, max: 21 },
      description:
        "Smerch rockets with cluster munitions at about 13:00 local time: 21 civilians killed, about 70 injured (Azerbaijan's prosecutor general); the deadliest attack on civilians of the war. Armenia denies it.",
    },
    [S.urdupointOct28],
    O.barda,
  ),
  // ===== November: Shusha and the trilateral statement =====
  armed(
    'stepanakert-2020-11-06',
    { occurredAt: '2020-11-06', recordedAt: at('11-06', '18:00') },
    'shelling',
    'azerbaijan',
    'armenia',
    {
      place: 'Stepanakert and Shushi',
      fatalities: { min: 3, max: 3 },
      civilianFatalities: { min: 3, max: 3 },
      description:
        'Rocket fire on Stepanakert and Shushi overnight: three civilians killed in Stepanakert (confirmed by an RFE/RL correspondent), houses burned in Shushi. The Karabakh army reports defensive battles on several major sectors; Azerbaijan says it is on the offensive in several directions.',
    },
    [S.azatutyunNov6],
  ),
  armed(
    'tartar-2020-11-06',
    { occurredAt: '2020-11-06', recordedAt: at('11-06', '18:05') },
    'shelling',
    'armenia',
    'azerbaijan',
    {
      place: 'Tartar and nearby villages (Azerbaijan)',
      description:
        "Azerbaijan's defence ministry: the town of Tartar and nearby villages came under fire on Friday morning.",
    },
    [S.azatutyunNov6],
  ),
  armed(
    'shusha-2020-11-08',
    { occurredAt: '2020-11-08', recordedAt: at('11-08', '18:00') },
    'clash',
    'azerbaijan',
    undefined,
    {
      place: 'Shusha (Shushi)',
      description:
        'Aliyev announces in a televised address that Shusha is "liberated"; Armenian officials report heavy fighting for the town and deny its fall ("the battles for Shusha continue").',
    },
    [S.alarabiyaNov8, S.unianNov8],
  ),
  armed(
    'shusha-2020-11-09',
    { occurredAt: '2020-11-09', recordedAt: at('11-09', '18:00') },
    'clash',
    'azerbaijan',
    undefined,
    {
      place: 'Shusha, Stepanakert and the approaches',
      fatalities: { min: 44, max: 44 },
      description:
        "Azerbaijan's defence ministry releases video from Shusha; fighting goes on in the conflict zone (Baku's foreign ministry: \"active military clashes continue\"); Armenia's defence ministry still denies the fall. The Karabakh authorities' count of soldiers killed rises by 44, to 1,221, and they accuse Azerbaijan of heavy fire on Stepanakert with cluster munitions (dpa); Baku denies it.",
    },
    [S.quintNov9, S.azernewsNov9, S.dpaNov9],
  ),
  ev(
    'IncidentReported',
    'mi24-2020-11-09',
    { occurredAt: '2020-11-09T14:30:00Z', recordedAt: at('11-09', '20:00') },
    {
      incidentId: 'mi24-yeraskh-2020-11-09',
      kind: 'missile-strike',
      perpetrator: 'azerbaijan',
      against: 'russia',
      place: 'Near Yeraskh, Ararat province (Armenia), by the border with Nakhchivan',
      fatalities: { min: 2, max: 2 },
      injured: { min: 1, max: 1 },
      description:
        'A Russian Mi-24 escorting a convoy of the 102nd base is shot down by a MANPADS: two crew killed. Azerbaijan admits it, calls it an accident "not directed against the Russian side", apologises and offers compensation.',
    },
    [S.dailysabahNov9, S.azernewsNov9],
  ),
  ev(
    'AgreementReached',
    'agr-trilateral',
    { occurredAt: '2020-11-09T21:00:00Z', recordedAt: at('11-10', '08:00') },
    {
      agreementId: 'trilateral-statement-2020-11-10',
      kind: 'framework',
      provisions: [
        'A complete ceasefire and cessation of all military operations in the Nagorno-Karabakh conflict zone from 00:00 Moscow time on 10 November; the parties stop at their current positions',
        'Aghdam returned to Azerbaijan by 20 November, Kalbajar by 15 November, Lachin by 1 December; the Lachin corridor kept',
        'A Russian peacekeeping contingent (1,960 servicemen) along the line of contact and the Lachin corridor, for five years, in parallel with the withdrawal of the Armenian armed forces',
        'A peacekeeping centre for ceasefire control',
        'Exchange of prisoners of war, hostages, other detainees and bodies',
        'All economic and transport links in the region unblocked',
      ],
      signatories: ['armenia', 'azerbaijan', 'russia'],
      textPublic: true,
    },
    [S.trilateralText],
    { occurrence: O.trilateral, note: 'Signed on the night of 9–10 November by Pashinyan, Aliyev and Putin.' },
  ),
  ev(
    'CeasefireDeclared',
    'cf-trilateral',
    { occurredAt: '2020-11-09T21:00:00Z', recordedAt: at('11-10', '08:05') },
    {
      ceasefireId: CF.trilateral,
      parties: ['armenia', 'azerbaijan'],
      scope: 'A complete ceasefire and cessation of all military operations in the Nagorno-Karabakh conflict zone',
      duration: 'indefinite',
      mediatedBy: ['russia'],
    },
    [S.trilateralText],
    { occurrence: O.trilateral },
  ),
  ev(
    'StatementMade',
    'stmt-az-aghdam',
    { occurredAt: '2020-11-20', recordedAt: at('11-21', '12:00') },
    {
      speaker: AZ_MOD,
      audience: 'armenia',
      tone: 'neutral',
      summary:
        '"Units of the Azerbaijan Army entered the Aghdam region on November 20", the first of the three districts handed back under the trilateral statement; the Kalbajar handover had been put back to 25 November at Armenia\'s request.',
    },
    [S.alarabiyaNov20, S.aljazeeraNov20, S.republicNov21],
    { note: "A step of the agreement's implementation; the catalogue has no type for it." },
  ),
  ev(
    'StatementMade',
    'stmt-kalbajar',
    { occurredAt: '2020-11-25', recordedAt: at('11-25', '12:00') },
    {
      speaker: PASHINYAN,
      audience: 'azerbaijan',
      tone: 'neutral',
      summary: 'Kalbajar (Karvachar) handed over to Azerbaijan at 00:00 Yerevan time, under the trilateral statement.',
    },
    [S.zartonkNov25],
    { note: "A step of the agreement's implementation; the catalogue has no type for it." },
  ),
  ev(
    'StatementMade',
    'stmt-az-lachin',
    { occurredAt: '2020-12-01', recordedAt: at('12-01', '12:00') },
    {
      speaker: AZ_MOD,
      audience: 'armenia',
      tone: 'neutral',
      summary:
        '"Units of the Azerbaijani army entered the Lachin district on December 1", the last of the three handovers; the Lachin corridor stays under the Russian peacekeepers.',
    },
    [S.jamnewsDec1, S.yjcDec1],
    { note: "A step of the agreement's implementation; the catalogue has no type for it." },
  ),
  ev(
    'AgreementReached',
    'agr-pow',
    { occurredAt: '2020-12-05', recordedAt: at('12-05', '18:00') },
    {
      agreementId: 'all-for-all-exchange-2020-12',
      kind: 'partial',
      provisions: [
        'An exchange of all prisoners of war, "all for all", including those detained before the war',
        'A search for the missing; bodies repatriated and identified',
      ],
      signatories: ['armenia', 'azerbaijan'],
      textPublic: false,
    },
    [S.ieoDec5],
    {
      note: "Announced by Pashinyan in his address to the nation: the exchange has been negotiated on the principle of 'all for all'.",
    },
  ),
  // ===== December: violations alleged, Hadrut, the exchange =====
  violation(
    'viol-sur-2020-11-26',
    { occurredAt: '2020-11-26', recordedAt: at('12-13', '12:00') },
    CF.trilateral,
    'azerbaijan',
    {
      casualties: { min: 3, max: 3 },
      injured: { min: 2, max: 2 },
      description:
        'Azerbaijan (a joint statement of 13 December): Armenian troops who stayed in the forests of Khojavend despite agreeing to withdraw attacked its soldiers at the village of Sur, killing three and wounding two.',
    },
    [S.sputnikDec13, S.memoDec13],
  ),
  violation(
    'viol-hadrut-2020-12-08',
    { occurredAt: '2020-12-08', recordedAt: at('12-13', '12:05') },
    CF.trilateral,
    'azerbaijan',
    {
      casualties: { min: 1, max: 1 },
      description:
        'Azerbaijan: near Hadrut a soldier killed and an Azercell employee seriously wounded by Armenian forces.',
    },
    [S.sputnikDec13, S.memoDec13],
  ),
  violation(
    'viol-hadrut-2020-12-11',
    { occurredAt: '2020-12-11', recordedAt: at('12-13', '12:10') },
    CF.trilateral,
    'armenia',
    {
      injured: { min: 3, max: 3 },
      description: 'The Karabakh army: three of its fighters wounded in clashes near Hadrut.',
    },
    [S.rferlDec13],
  ),
  armed(
    'hadrut-2020-12-12',
    { occurredAt: '2020-12-12', recordedAt: at('12-13', '12:15') },
    'clash',
    'azerbaijan',
    'armenia',
    {
      place: 'Hin Tagher and Khtsaberd, Hadrut region',
      injured: { min: 6, max: 6 },
      description:
        'Armenia: Azerbaijani special forces attacked the two villages still held by Karabakh forces, with heavy artillery; after hours of fighting they entered Hin Tagher and approached Khtsaberd; six Armenian soldiers wounded. Baku: a "counter-terrorist operation" after its soldiers were killed. Russian peacekeepers confirm violations on both days and negotiate a return to former positions.',
    },
    [S.azatutyunDec13, S.rferlDec13],
  ),
  ev(
    'StatementMade',
    'stmt-arm-mfa-dec13',
    { occurredAt: '2020-12-13', recordedAt: at('12-13', '12:20') },
    {
      speaker: ARM_MFA,
      audience: 'azerbaijan',
      tone: 'accusation',
      summary:
        'The attack on Hin Tagher and Khtsaberd and the "provocative actions" around other Hadrut villages are a blatant violation of the ceasefire agreement of 10 November.',
    },
    [S.azatutyunDec13],
  ),
  ev(
    'StatementMade',
    'stmt-az-pow-dec14',
    { occurredAt: '2020-12-14', recordedAt: at('12-14', '20:00') },
    {
      speaker: AVINYAN,
      audience: 'azerbaijan',
      tone: 'conciliatory',
      summary:
        'The all-for-all exchange begins: 44 Armenian captives return, 12 Azerbaijanis flown to Baku, facilitated by the Russian peacekeepers.',
    },
    [S.apDec14],
    { note: "A step of the exchange agreement's implementation; the catalogue has no type for it." },
  ),
  ev(
    'StatementMade',
    'stmt-harutyunyan-dec16',
    { occurredAt: '2020-12-16', recordedAt: at('12-16', '18:00') },
    {
      speaker: HARUTYUNYAN,
      audience: 'azerbaijan',
      tone: 'accusation',
      summary:
        'Several dozen Karabakh soldiers (about 60, the ombudsman says) were taken prisoner in the Khtsaberd direction during the Azerbaijani operation; accuses Baku of armed "provocations" near villages south-west of Shushi.',
    },
    [S.azatutyunDec16],
  ),
  // ===== 2021: the Moscow statement on transport links; May on the border =====
  ev(
    'TalksRoundOpened',
    'round-moscow21-opened',
    { occurredAt: '2021-01-11', recordedAt: at21('01-11', '20:00') },
    {
      roundId: R.moscow21,
      label: 'Trilateral summit in the Kremlin',
      format: 'formal',
      delegations: [
        { actorId: 'armenia', head: PASHINYAN },
        { actorId: 'azerbaijan', head: ALIYEV },
      ],
    },
    [S.massisJan11],
  ),
  ev(
    'TalksRoundConcluded',
    'round-moscow21-concluded',
    { occurredAt: '2021-01-11', recordedAt: at21('01-11', '20:05') },
    {
      roundId: R.moscow21,
      outcome: 'agreement',
      summary:
        "After four hours, Putin, Aliyev and Pashinyan sign a statement on unblocking the region's economic and transport links; Putin: the November agreements are implemented consistently.",
    },
    [S.massisJan11],
    { occurrence: O.moscow21 },
  ),
  ev(
    'AgreementReached',
    'agr-moscow21',
    { occurredAt: '2021-01-11', recordedAt: at21('01-11', '20:10') },
    {
      agreementId: 'moscow-statement-2021-01-11',
      kind: 'partial',
      provisions: [
        'A trilateral working group of the deputy prime ministers to implement article 9 of the statement of 9 November (unblocking all economic and transport links)',
        'Its first meeting by 30 January 2021; rail and road links the priority',
        'Expert subgroups to list projects within a month of that meeting',
        'By 1 March 2021 a list and timetable of transport infrastructure works for approval at the highest level',
      ],
      signatories: ['armenia', 'azerbaijan', 'russia'],
      textPublic: true,
      roundId: R.moscow21,
    },
    [S.presidentAzJan11, S.massisJan11],
    { occurrence: O.moscow21 },
  ),
  ev(
    'IncidentReported',
    'sev-2021-05-12',
    { occurredAt: '2021-05-12', recordedAt: at21('05-13', '12:00') },
    {
      incidentId: 'lake-sev-2021-05-12',
      kind: 'force-posture',
      perpetrator: 'azerbaijan',
      allegedBy: 'armenia',
      against: 'armenia',
      place: 'Near Lake Sev (Sev Lich), Syunik province (Armenia)',
      description:
        'Azerbaijani troops cross the state border "under the pretext of border adjustment" and advance 3.5 km, surrounding the lake (Pashinyan); no exchange of fire. Baku says its troops are on its own side of the border.',
    },
    [S.panarmMay13, S.tassMay13],
  ),
  ev(
    'IncidentReported',
    'vardenis-2021-05-13',
    { occurredAt: '2021-05-13', recordedAt: at21('05-13', '18:00') },
    {
      incidentId: 'vardenis-sisian-2021-05-13',
      kind: 'force-posture',
      perpetrator: 'azerbaijan',
      allegedBy: 'armenia',
      against: 'armenia',
      place: 'Near Vardenis (Gegharkunik) and Sisian (Syunik)',
      description:
        "Armenia's defence ministry: Azerbaijani forces try to advance their positions again; stopped by the Armenian army; no fire exchanged. More than 250 Azerbaijani troops camped on Armenian soil (Asbarez).",
    },
    [S.asbarezMay13],
  ),
  ev(
    'DemandTabled',
    'dem-withdraw',
    { occurredAt: '2021-05-13', recordedAt: at21('05-13', '18:05') },
    {
      demandId: 'withdraw-from-armenian-territory-2021-05',
      by: 'armenia',
      addressedTo: ['azerbaijan'],
      text: 'Azerbaijani forces leave the sovereign territory of Armenia at once and return to their initial positions.',
      category: 'territorial',
    },
    [S.asbarezMay13],
  ),
  ev(
    'StatementMade',
    'stmt-pashinyan-may13',
    { occurredAt: '2021-05-13', recordedAt: at21('05-13', '18:10') },
    {
      speaker: PASHINYAN,
      audience: 'azerbaijan',
      tone: 'accusation',
      summary:
        "The crossing is an encroachment on Armenia's sovereign territory, perhaps meant to trigger an armed conflict; Azerbaijan uses forged maps; he asks for consultations with the CSTO.",
    },
    [S.tassMay13],
  ),
  ev(
    'ActorRegistered',
    'actor-csto',
    { occurredAt: '2021-05-13', recordedAt: at21('05-13', '18:15') },
    { actor: CSTO, role: 'third-party' },
    [S.panarmCstoMay13],
    { note: 'Armenia is a member, Azerbaijan is not.' },
  ),
  ev(
    'StatementMade',
    'stmt-biyagov-may13',
    { occurredAt: '2021-05-13', recordedAt: at21('05-13', '18:20') },
    {
      speaker: BIYAGOV,
      audience: 'azerbaijan',
      tone: 'warning',
      summary:
        'If Azerbaijan fails to withdraw its troops within reasonable time frames, the responsibility for escalation will rest with Baku.',
    },
    [S.panarmMay13],
  ),
  ev(
    'PositionTaken',
    'pos-az-withdraw',
    { occurredAt: '2021-05-19', recordedAt: at21('05-19', '18:00') },
    {
      demandId: 'withdraw-from-armenian-territory-2021-05',
      actorId: 'azerbaijan',
      stance: 'rejected',
      conditions:
        'Insists its troops are on the territory of Azerbaijan; did not attend the round of border talks set for 19 May.',
    },
    [S.jamnewsMay19],
  ),
  armed(
    'gegharkunik-2021-05-25',
    { occurredAt: '2021-05-25', recordedAt: at21('05-27', '18:00') },
    'clash',
    'azerbaijan',
    'armenia',
    {
      place: 'Gegharkunik province border (Armenia)',
      fatalities: { min: 1, max: 1 },
      description:
        'An Armenian serviceman killed by Azerbaijani fire (Armenian account, reported with the captures of 27 May).',
    },
    [S.panarmMay27],
  ),
  ev(
    'IncidentReported',
    'kut-2021-05-27',
    { occurredAt: '2021-05-27', recordedAt: at21('05-27', '18:05') },
    {
      incidentId: 'kut-captures-2021-05-27',
      kind: 'non-lethal-force',
      perpetrator: 'azerbaijan',
      allegedBy: 'armenia',
      against: 'armenia',
      place: 'Near Kut, Vardenis community, Gegharkunik province (Armenia)',
      description:
        'Armenia: six soldiers doing engineering work 800 m inside Armenia were surrounded and captured, without a shot fired. Azerbaijan: two Armenian groups of 9 and 15 crossed into Kalbajar to lay mines; six were captured and disarmed, the rest withdrew.',
    },
    [S.tassMay27, S.a1plusMay27],
  ),
  ev(
    'StatementMade',
    'stmt-arm-mfa-may27',
    { occurredAt: '2021-05-27', recordedAt: at21('05-27', '18:10') },
    {
      speaker: ARM_MFA,
      audience: 'azerbaijan',
      tone: 'accusation',
      summary:
        "Condemns the use of force against Armenia's territorial integrity; the captured servicemen must be returned immediately and unconditionally.",
    },
    [S.a1plusMay27],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'armenia-azerbaijan-2020.jsonl',
  logEnd: '2021-05-31T00:00:00Z',
  events,
};

export default definition;
