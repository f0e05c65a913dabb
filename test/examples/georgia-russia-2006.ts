/**
 * A test fixture, not a shipped example: Georgia – Russia, 2006–08, the
 * years of sanctions before the war — as an analyst following the news could
 * have recorded them, from Russia's ban on Georgian wine (27 March 2006) and
 * on Borjomi mineral water (May 2006) and the closure of the Upper Lars
 * (Verkhny Lars) crossing (8 July 2006), through Georgia's arrest of four
 * Russian officers as spies and the police cordon round the Russian army
 * headquarters in Tbilisi (27 September 2006), Russia's recall of its
 * ambassador, the officers' handover through the OSCE (2 October), Russia's
 * suspension of all air, rail, road, sea and postal links (3 October), the
 * deportations of Georgians (two deaths in custody, 17 October and 2
 * December), the ambassador's return (January 2007), Georgia's case at the
 * European Court of Human Rights, the Kodori gorge helicopter attack (11
 * March 2007), the Tsitelubani missile (6 August 2007) and the experts'
 * reports, the expulsion of diplomats (November 2007), to the Putin –
 * Saakashvili meeting (21 February 2008) and the resumption of direct flights
 * (25 March 2008). Escalation model v2 was never tuned on it: it is the case
 * the model is held to in georgia-russia-2006.spec.ts, against the calls an
 * analyst makes from DOMAIN.md §5b alone.
 *
 * What it tests that the other cases did not: sanctions and embargoes
 * (hostile acts that are not armed action); a border closed by one party
 * against the other as a lasting condition; an arrest of the other's officers
 * (force short of armed action); deportations of the other's nationals; two
 * strikes by unidentified aircraft that one party blames on the other; links
 * restored in part while the land crossing stays closed; and whether the level
 * ever reads 1.
 *
 * The pair is Georgia and Russia; no mediator is registered (the OSCE brokered
 * the handover of the officers, but the brief for this case names it a third
 * party, as are the EU, NATO, the UN Security Council and the de facto
 * authorities of South Ossetia and Abkhazia). Case `georgia-russia-2008` is a
 * separate negotiation that begins in April 2008; it backfills the Upper Lars
 * closure (dated July 2006) from a 2009 report. This case records the closure
 * from its own contemporary sources (ITAR-TASS, 8 July 2006) and copies none
 * of that case's events.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source. Recorded retrospectively
 * (one minute apart, in log order) from sources read all at once.
 *
 * Grading as in examples/README.md: A = a primary document (the OSCE's own
 * release on its own act; the Kremlin's transcript); B = established outlet or
 * wire copy (AP, Reuters, BBC, RFE/RL, VOA, Civil Georgia, Security Council
 * Report); C = smaller outlet, regional press or a copy of a wire story on an
 * aggregator (Trend, The Messenger, an Armenian forum copy of ITAR-TASS, RT
 * for the Russian government's words); D = a blog copy; 2 = an on-record
 * statement or act several outlets agree on, or one established outlet
 * reports; 3 = one side's unverified claim about the other.
 *
 * Judgement calls, recorded as an analyst would:
 * - The wine ban (27 March 2006) and the Borjomi ban (announced 4–5 May,
 *   certificates revoked from 7 May) have no type of their own: each is the
 *   statement of Russia's chief sanitary inspector that imposed it, with CAMEO
 *   163 (impose embargo), as the Russia – Türkiye case records its sanctions.
 *   They are not a closed border: goods other than wine and water still moved.
 * - The Upper Lars crossing was closed by Russia on 8 July 2006 "for planned
 *   rebuilding work", with freight and people stopped both ways and no date to
 *   reopen; Tbilisi says it was not coordinated. An analyst records it as a
 *   `border-closure` by Russia against Georgia: the only land crossing to
 *   Georgia proper, closed to Georgians (who were told to cross through South
 *   Ossetia), whatever the stated reason. It stays closed through the whole
 *   case (it reopened on 1 March 2010, after its end).
 * - The arrests of 27 September are `non-lethal-force` by Georgia against
 *   Russia: four serving Russian officers seized in Tbilisi and Batumi and the
 *   Russian army headquarters cordoned off by about a hundred unarmed police —
 *   force on the other's people, no shot fired; not armed action. The court's
 *   pre-trial detention (29 September) is in the description, not an act.
 * - Russia's demand that the officers be freed is a demand (no deadline, no
 *   consequence named): not an ultimatum. The handover of 2 October is
 *   Georgia's `accepted`, and the OSCE's part in it a third party's engagement.
 * - The recall of the ambassador and the evacuation of staff (28 September)
 *   are the Russian Foreign Ministry's statement with CAMEO 161 (reduce
 *   relations). Russian troops in Georgia on high alert (by 2 October) are
 *   `force-posture`; General Popov's "deadly force, if necessary, to defend
 *   their military bases" is a `warning` (defensive, conditional), not a
 *   threat of war.
 * - The suspension of all air, rail, road, sea and postal links from 3
 *   October is recorded as two `border-closure`s by Russia against Georgia,
 *   one occurrence: the air links ("Russia–Georgia air links") and the rest
 *   ("Russia–Georgia rail, road, sea and postal links"), since the air links
 *   reopened on their own (25 March 2008) and a reopening must name the place
 *   that was closed, written one way. (First recorded as one closure of "all
 *   links", with the reopening at "air links", a place never recorded closed;
 *   corrected after the first run of the model, see the spec.) The
 *   resumption of direct flights is a `border-reopening` of the air links
 *   only: no source read says when rail, road, sea or post resumed, and Upper
 *   Lars stayed closed.
 * - When the flights stopped: AP, CBC and the Transport Ministry's spokesman
 *   date the halt of all transport to 3 October 2006; Reuters (18 March
 *   2008) says passenger flights were cut "in November 2006". Recorded on 3
 *   October, as the contemporary reports give it.
 * - The deportations have no type: each deportation flight reported is
 *   `non-lethal-force` by Russia against Georgia (police raids, detention and
 *   forced expulsion of Georgian nationals, no weapons fire), as the Azerbaijan
 *   – Russia case records the Yekaterinburg raids. The two deaths are recorded
 *   as their sources give them: Tengiz Togonidze, who died at Domodedovo on 17
 *   October waiting to be deported (in that day's flight), and Manana
 *   Dzhabelia, who died in a Moscow detention centre on 2 December. Each is
 *   one death (`fatalities` 1): Georgia blames denied medical care; Russia
 *   denies fault. The totals (about 700 by 17 October; 2,000–4,600 by
 *   Georgia's later counts) are in the text only.
 * - The Kodori gorge attack (night of 11 March 2007) and the Tsitelubani
 *   missile (6 August 2007, about 19:30 Tbilisi time) are `airstrike`s with no
 *   perpetrator: the aircraft were not identified by anyone but Georgia.
 *   Georgia holds Russia responsible (`allegedBy` georgia, `blamedOn` russia);
 *   Russia denies both. The UNOMIG-led fact-finding group (July 2007) said
 *   Russian helicopters "could have been involved" but reached no agreed
 *   finding; the international expert group (14–15 August) found an aircraft
 *   that came from Russian airspace but could not identify its "type or
 *   origin", and the Russian experts called the Georgian evidence fabricated.
 *   By §5b, then, neither is armed action between the pair as recorded:
 *   each is an attack blamed on the other party (coercion). Neither killed
 *   anyone; the Tsitelubani missile did not explode. Saakashvili's first
 *   statement on Kodori (12 March) named no one and carries no blame; the
 *   blame is laid by Rurua on 14 March.
 * - Georgia's application to the European Court of Human Rights (26 March
 *   2007), its request for a Security Council meeting (8 August 2007) and the
 *   request to the Council of Europe's assembly (January 2007) are Georgia's
 *   accusations; the Council's postponement (9 August) is a third party's.
 * - The Minsk meeting of Putin and Saakashvili (28 November 2006, "a useful
 *   conversation") and the Moscow meeting of 21 February 2008 are informal
 *   rounds; the 2008 one reached an agreement to resume air traffic (a
 *   protocol signed by the aviation authorities, per Saakashvili), recorded
 *   as a `partial` agreement, `signed`.
 * - Russia's withdrawal from the CIS sanctions on Abkhazia (6 March 2008) is
 *   its `support` of a third party; Georgia's protest ("a very dangerous
 *   provocation", Burjanadze's "attempt of annexation") an accusation.
 * - Left out for want of a dated source in the search, or as a third party's:
 *   the gas pipeline explosions of January 2006; Georgia's Kodori operation of
 *   July 2006 (against a local militia); the coup plot arrests of 6 September
 *   2006 (Georgians); the closures of Georgian businesses and casinos in
 *   Russia and the visa ban (only in the text); the December 2006 gas deal;
 *   the Ganmukhuri and Abkhaz incidents of September 2007. Days with nothing
 *   recorded are not days with nothing done.
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, retrospectiveClock, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'georgia-russia-2006';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 2006);
/** Recorded retrospectively on 6 December 2026, one minute apart, in log order. */
const when = retrospectiveClock('2026-12-06T16:00:00Z');

const GEORGIA: Actor = { id: 'georgia', name: 'Georgia', kind: 'state', aliases: ['Tbilisi'] };
const RUSSIA: Actor = {
  id: 'russia',
  name: 'Russia',
  kind: 'state',
  aliases: ['Russian Federation', 'Moscow', 'Kremlin'],
};
const OSCE: Actor = {
  id: 'osce',
  name: 'Organization for Security and Co-operation in Europe',
  kind: 'international-organisation',
  aliases: ['OSCE', 'OSCE Chairman-in-Office'],
};
const EU: Actor = {
  id: 'european-union',
  name: 'European Union',
  kind: 'international-organisation',
  aliases: ['EU', 'EU presidency'],
};
const NATO: Actor = {
  id: 'nato',
  name: 'North Atlantic Treaty Organization',
  kind: 'international-organisation',
  aliases: ['NATO'],
};
const UNSC: Actor = {
  id: 'un-security-council',
  name: 'United Nations Security Council',
  kind: 'international-organisation',
  aliases: ['UN Security Council', 'UNSC'],
};
const UNOMIG: Actor = {
  id: 'unomig',
  name: 'United Nations Observer Mission in Georgia',
  kind: 'international-organisation',
  aliases: ['UNOMIG'],
};
const EXPERTS: Actor = {
  id: 'international-expert-group',
  name: 'International Group of Experts (Latvia, Lithuania, Sweden, United States)',
  kind: 'international-organisation',
  aliases: ['IGE'],
};
const SOUTH_OSSETIA: Actor = {
  id: 'south-ossetia',
  name: 'South Ossetia (de facto authorities)',
  kind: 'de-facto-authority',
  aliases: ['Tskhinvali'],
};
const ABKHAZIA: Actor = {
  id: 'abkhazia',
  name: 'Abkhazia (de facto authorities)',
  kind: 'de-facto-authority',
  aliases: ['Sukhumi'],
};

const ONISHCHENKO: Person = {
  name: 'Gennady Onishchenko',
  title: 'Chief Sanitary Inspector of Russia',
  actorId: 'russia',
};
const SVIMONISHVILI: Person = {
  name: 'Mikheil Svimonishvili',
  title: 'Minister of Agriculture of Georgia',
  actorId: 'georgia',
};
const NOGHAIDELI: Person = { name: 'Zurab Noghaideli', title: 'Prime Minister of Georgia', actorId: 'georgia' };
const FSB_NC: Person = {
  name: 'Federal Security Service, North Caucasus border directorate (headquarters)',
  actorId: 'russia',
};
const MERABISHVILI: Person = { name: 'Vano Merabishvili', title: 'Interior Minister of Georgia', actorId: 'georgia' };
const OKRUASHVILI: Person = { name: 'Irakli Okruashvili', title: 'Defence Minister of Georgia', actorId: 'georgia' };
const RUSSIA_MFA: Person = { name: 'Russian Foreign Ministry', actorId: 'russia' };
const IVANOV: Person = { name: 'Sergei Ivanov', title: 'Defence Minister of Russia', actorId: 'russia' };
const POPOV: Person = {
  name: 'Gen. Andrei Popov',
  title: "Commander of Russia's forces in the Caucasus",
  actorId: 'russia',
};
const PUTIN: Person = { name: 'Vladimir Putin', title: 'President of Russia', actorId: 'russia' };
const SAAKASHVILI: Person = { name: 'Mikheil Saakashvili', title: 'President of Georgia', actorId: 'georgia' };
const LAVROV: Person = { name: 'Sergey Lavrov', title: 'Foreign Minister of Russia', actorId: 'russia' };
const TUOMIOJA: Person = {
  name: 'Erkki Tuomioja',
  title: 'Foreign Minister of Finland (EU presidency)',
  actorId: 'european-union',
};
const EU_MINISTERS: Person = { name: 'EU foreign ministers (Luxembourg)', actorId: 'european-union' };
const FMS: Person = {
  name: 'Konstantin Poltoranin',
  title: 'Spokesman, Federal Migration Service of Russia',
  actorId: 'russia',
};
const KOVALENKO: Person = {
  name: 'Vyacheslav Kovalenko',
  title: 'Ambassador of Russia to Georgia',
  actorId: 'russia',
};
const BEZHUASHVILI: Person = { name: 'Gela Bezhuashvili', title: 'Foreign Minister of Georgia', actorId: 'georgia' };
const GEORGIAN_MPS: Person = { name: 'Georgian delegation to PACE', actorId: 'georgia' };
const DROBYSHEVSKY: Person = {
  name: 'Alexander Drobyshevsky',
  title: 'Spokesman, Russian Air Force',
  actorId: 'russia',
};
const RURUA: Person = {
  name: 'Nikoloz Rurua',
  title: 'Deputy chairman, Defence and Security Committee of the Georgian parliament',
  actorId: 'georgia',
};
const GEORGIA_JUSTICE: Person = { name: 'Ministry of Justice of Georgia', actorId: 'georgia' };
const UNOMIG_JFFG: Person = { name: 'Joint Fact-Finding Group (UNOMIG-led)', actorId: 'unomig' };
const CHIKOVANI: Person = {
  name: 'Irakli Chikovani',
  title: 'Deputy Permanent Representative of Georgia to the UN',
  actorId: 'georgia',
};
const GAYAMA: Person = {
  name: 'Pascal Gayama',
  title: 'President of the UN Security Council (Congo)',
  actorId: 'un-security-council',
};
const IGE: Person = { name: 'International Group of Experts (report)', actorId: 'international-expert-group' };
const KHVOROV: Person = {
  name: 'Lt Gen. Igor Khvorov',
  title: 'Chief of Staff, Russian Air Force',
  actorId: 'russia',
};
const ALASANIA: Person = {
  name: 'Irakli Alasania',
  title: 'Permanent Representative of Georgia to the UN',
  actorId: 'georgia',
};
const KAMYNIN: Person = { name: 'Mikhail Kamynin', title: 'Spokesman, Russian Foreign Ministry', actorId: 'russia' };
const BURJANADZE: Person = { name: 'Nino Burjanadze', title: 'Speaker of the Georgian parliament', actorId: 'georgia' };

const S = {
  rferlApr18: source(
    'Georgian Water Following Wine Onto Russian Blacklist',
    'Radio Free Europe/Radio Liberty',
    'https://www.rferl.org/a/1067715.html',
    '2006-04-18',
    'B',
    2,
  ),
  bbcMay5: source(
    'Russia bans Georgian mineral water',
    'BBC News',
    'http://news.bbc.co.uk/2/hi/europe/4976304.stm',
    '2006-05-05',
    'B',
    2,
  ),
  guardianMay6: source(
    "First wine, now Russia bans Georgia's water",
    'The Guardian',
    'https://www.theguardian.com/world/2006/may/06/russia.nickpatonwalsh',
    '2006-05-06',
    'B',
    2,
  ),
  tassJul8: source(
    'Georgia fumes as Russia closes border crossing (ITAR-TASS, 8 July 2006)',
    'ITAR-TASS (armenianclub.com copy)',
    'https://armenianclub.com/2006/07/10/georgia-fumes-as-russia-closes-border-crossing/amp',
    '2006-07-10',
    'C',
    2,
  ),
  wpsJul12: source(
    'No way of making it into Georgia (WPS Defense and Security, 12 July 2006)',
    'WPS (armenianclub.com copy)',
    'https://armenianclub.com/?p=56561',
    '2006-07-12',
    'C',
    2,
  ),
  apSep27: source(
    'Tbilisi detains 4 Russians on spying charges',
    'Associated Press (NBC News)',
    'http://www.nbcnews.com/id/15031339/ns/world_news-europe/',
    '2006-09-27',
    'B',
    2,
  ),
  ajSep27: source(
    "Georgia in 'spy' row with Russia",
    'Al Jazeera',
    'http://www.aljazeera.com/archive/2006/09/200849134532540790.html',
    '2006-09-27',
    'B',
    2,
  ),
  tribSep29: source(
    "Moscow riled by Georgia's spy charges",
    'Chicago Tribune',
    'http://articles.chicagotribune.com/2006-09-29/news/0609290155_1_georgian-wine-and-mineral-georgian-authorities-georgian-president-mikhail-saakashvili',
    '2006-09-29',
    'B',
    2,
  ),
  voaOct2: source(
    "Russia 'Suspends' All Transport Links With Georgia",
    'Voice of America (GlobalSecurity.org copy)',
    'https://www.globalsecurity.org/military/library/news/2006/10/mil-061002-voa04.htm',
    '2006-10-02',
    'C',
    2,
  ),
  voaOct2b: source(
    'Georgia to Transfer Custody of Four Captured Russian Officers',
    'Voice of America',
    'https://www.voanews.com/a/a-13-2006-10-02-voa20/326180.html',
    '2006-10-02',
    'B',
    2,
  ),
  dmOct2: source(
    'Russia suspends links with Georgia in growing crisis',
    'Daily Mail (AP)',
    'https://www.dailymail.co.uk/news/article-408070/Russia-suspends-links-Georgia-growing-crisis.html',
    '2006-10-02',
    'B',
    2,
  ),
  osceOct2: source(
    'OSCE Chairman eases tensions by brokering transfer of Russian military officers from Georgia to Russia',
    'OSCE (press release)',
    'https://www.osce.org/cio/47702',
    '2006-10-02',
    'A',
    1,
  ),
  rferlOct2: source(
    'Georgia Turns Russians Over To OSCE',
    'Radio Free Europe/Radio Liberty',
    'https://www.rferl.org/a/1071741.html',
    '2006-10-02',
    'B',
    2,
  ),
  civilOct2: source(
    'Reports: Georgia to Transfer Arrested Russian Officers to OSCE',
    'Civil Georgia',
    'https://old.civil.ge/eng/_print.php?id=13727',
    '2006-10-02',
    'B',
    2,
  ),
  cbcOct3: source(
    'Russia cuts transport and postal links with Georgia',
    'CBC News',
    'https://amp.cbc.ca/lite/story/1.593167',
    '2006-10-03',
    'B',
    2,
  ),
  apOct3: source(
    'Russia Cuts Travel Links With Georgia',
    'Associated Press (The Washington Post)',
    'http://www.washingtonpost.com/wp-dyn/content/article/2006/10/03/AR2006100300089.html',
    '2006-10-03',
    'B',
    2,
  ),
  bbcOct6: source(
    'Georgians deported as row deepens',
    'BBC News',
    'http://news.bbc.co.uk/1/hi/world/europe/5412672.stm',
    '2006-10-06',
    'B',
    2,
  ),
  apOct9: source(
    'Georgia Refusing to Accept Deportees From Russia',
    'Associated Press (Fox News)',
    'http://www.foxnews.com/story/2006/10/09/georgia-refusing-to-accept-deportees-from-russia.html',
    '2006-10-09',
    'B',
    2,
  ),
  bbcOct17: source(
    'Georgian deportee dies in Moscow',
    'BBC News',
    'http://news.bbc.co.uk/2/hi/europe/6058410.stm',
    '2006-10-17',
    'B',
    2,
  ),
  apDec4: source(
    'Death of a Georgian woman puts Moscow on the spot',
    'Daily Mail (AP)',
    'http://www.dailymail.co.uk/news/article-420461/Death-Georgian-woman-puts-Moscow-spot.html',
    '2006-12-04',
    'B',
    2,
  ),
  civilJan18: source(
    'Russian Ambassador to Return to Georgia',
    'Civil Georgia',
    'https://oldwp.civil.ge/archives/111777',
    '2007-01-18',
    'B',
    2,
  ),
  tmtJan22: source(
    'After 3 Months, Envoy to Return to Georgia',
    'The Moscow Times',
    'http://oldtmt.vedomosti.ru/sitemap/free/2007/1/article/after-3-months-envoy-to-return-to-georgia/199668.html',
    '2007-01-22',
    'B',
    2,
  ),
  trendJan23: source(
    'Russian ambassador returns to Georgia (RIA Novosti)',
    'Trend',
    'https://en.trend.az/world/other/871414.html',
    '2007-01-23',
    'C',
    2,
  ),
  trendJan23b: source(
    'Head of Georgian Foreign Office: Russian Ambassador Return Will Not Lift Existing Troubles in Bilateral Relations',
    'Trend',
    'https://en.trend.az/azerbaijan/politics/871389.html',
    '2007-01-23',
    'C',
    2,
  ),
  observerJan28: source(
    'Russia seeks to mend Georgia ties (AP)',
    'Sunday Observer (Sri Lanka)',
    'https://archives.sundayobserver.lk/2007/01/28/glo09.asp',
    '2007-01-28',
    'C',
    2,
  ),
  rferlMar12: source(
    'Georgia Says Helicopters From Russia Attacked Gorge',
    'Radio Free Europe/Radio Liberty',
    'https://www.rferl.org/a/1075206.html',
    '2007-03-12',
    'B',
    2,
  ),
  rferlMar14: source(
    'Georgian official says helicopters came from Russian territory',
    'Radio Free Europe/Radio Liberty',
    'https://rferl.org/amp/1075271.html',
    '2007-03-14',
    'B',
    2,
  ),
  civilMar27: source(
    'Georgia Brings Russia to European Court over Deportations',
    'Civil Georgia',
    'https://old.civil.ge/eng/_print.php?id=14868',
    '2007-03-27',
    'B',
    2,
  ),
  rtMar27: source(
    'Georgia files case against Russia in European court',
    'RT',
    'https://www.rt.com/news/georgia-files-case-against-russia-in-european-court/',
    '2007-03-27',
    'C',
    2,
  ),
  civilJul12: source(
    'UNOMIG Report on Kodori Attack',
    'Civil Georgia',
    'https://old.civil.ge/eng/_print.php?id=15426',
    '2007-07-12',
    'B',
    2,
  ),
  messengerAug8: source(
    'Russian missile hits Georgian village, Tbilisi says',
    'The Messenger (Tbilisi)',
    'http://www.messenger.com.ge/issues/1417_august_8_2007/n_1417_1.htm',
    '2007-08-08',
    'C',
    2,
  ),
  scrAug23: source(
    'Update Report No. 2: Georgia',
    'Security Council Report',
    'https://www.securitycouncilreport.org/update-report/lookup_c_glkwlemtisg_b_3198605.php',
    '2007-08-23',
    'B',
    2,
  ),
  trendAug10: source(
    'U.N. Council stalls Georgia bid for missile debate (Reuters)',
    'Trend',
    'https://en.trend.az/scaucasus/georgia/971290.html',
    '2007-08-10',
    'C',
    2,
  ),
  wikisumAug9: source(
    '2007 Georgia missile incident',
    'Wikisum (Wikipedia summary)',
    'https://wikisum.wiki/wiki/2007_Georgia_missile_incident',
    '2007-08-09',
    'C',
    2,
  ),
  messengerAug17: source(
    'A Russian missile, international group confirms',
    'The Messenger (Tbilisi)',
    'http://www.messenger.com.ge/issues/1424_august_17_2007/n_1424_1.htm',
    '2007-08-17',
    'C',
    2,
  ),
  messengerAug20: source(
    'Russian experts say evidence against Tbilisi in missile investigation',
    'The Messenger (Tbilisi)',
    'http://www.messenger.com.ge/issues/1425_august_20_2007/n_1425_1.htm',
    '2007-08-20',
    'C',
    2,
  ),
  civilAug22: source(
    'Georgia Calls for International Response',
    'Civil Georgia',
    'https://civil.ge/archives/112891',
    '2007-08-22',
    'B',
    2,
  ),
  civilNov8: source(
    'Georgia to Expel Three Russian Diplomats',
    'Civil Georgia',
    'https://old.civil.ge/eng/_print.php?id=16240',
    '2007-11-08',
    'B',
    2,
  ),
  xinhuaNov9: source(
    'Russia to expel three Georgian diplomats (Xinhua)',
    'China.org.cn',
    'http://china.org.cn/international/world/2007-11/09/content_1231391.htm',
    '2007-11-09',
    'C',
    2,
  ),
  finFeb18: source(
    'Russia, Georgia in Talks over Air Traffic Resumption',
    'The Financial (Tbilisi)',
    'https://finchannel.com/russia-georgia-in-talks-over-air-traffic-resumption/20787/politics-2/2008/02/',
    '2008-02-18',
    'C',
    2,
  ),
  kremlinFeb21: source(
    'Beginning of Meeting with President of Georgia Mikhail Saakashvili',
    'President of Russia (transcript)',
    'http://en.special.kremlin.ru/events/president/transcripts/24850',
    '2008-02-21',
    'A',
    1,
  ),
  dpaFeb21: source(
    'Russia, Georgia agree to reopen direct airline flights (dpa)',
    'Trend',
    'https://en.trend.az/scaucasus/georgia/1141141.html',
    '2008-02-21',
    'C',
    2,
  ),
  riaMar7: source(
    'Russia lifts sanctions on Georgia’s breakaway Abkhazia (RIA Novosti)',
    'World Bulletin',
    'https://www.worldbulletin.net/archive/russia-lifts-sanctions-on-georgias-breakaway-abkhazia-h19147.html',
    '2008-03-07',
    'C',
    2,
  ),
  rferlMar7: source(
    'Tbilisi outraged at Moscow withdrawal (RFE/RL copy)',
    'Solidaroba (blog copy)',
    'https://solidaroba.blogspot.com/2008/03/tbilisi-outraged-at-moscow-withdrawal.html',
    '2008-03-07',
    'D',
    2,
  ),
  reutersMar18: source(
    'Russia to resume flights to Georgia from March 25 (Reuters)',
    'eurasia.ro',
    'https://eurasia.ro/2008/03/18/russia-to-resume-flights-to-georgia-from-march-25',
    '2008-03-18',
    'C',
    2,
  ),
  bbcMar25: source(
    'Georgia-Russia air link reopens',
    'BBC News',
    'http://news.bbc.co.uk/1/hi/world/europe/7312580.stm',
    '2008-03-25',
    'B',
    2,
  ),
};

const UPPER_LARS = 'Upper Lars (Verkhny Lars) – Kazbegi crossing';
const SURFACE_LINKS = 'Russia–Georgia rail, road, sea and postal links';
const AIR_LINKS = 'Russia–Georgia air links';
const R = { minsk: 'putin-saakashvili-minsk-2006-11', moscow: 'putin-saakashvili-moscow-2008-02' };
const D = { release: 'russia-release-officers' };
const I = {
  upperLars: 'upper-lars-closure-2006-07-08',
  arrests: 'arrest-russian-officers-2006-09-27',
  blockadeAir: 'russia-air-links-suspension-2006-10-03',
  blockadeSurface: 'russia-surface-postal-blockade-2006-10-03',
  kodori: 'kodori-helicopter-attack-2007-03-11',
  tsitelubani: 'tsitelubani-missile-2007-08-06',
};
const A = { air: 'air-links-protocol-2008-02' };

const events = [
  // ===== March – May 2006: the wine and water bans =====
  ev(
    'NegotiationOpened',
    'opened',
    when('2006-03-27'),
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Georgia – Russia, the sanctions and the spy row, 2006–08',
      subject:
        'Russia’s bans on Georgian wine and mineral water, the closure of the Upper Lars crossing, the arrest of Russian officers as spies and Russia’s blockade of transport and post, the deportations of Georgians, the air incidents of 2007 that Georgia blames on Russia, and the partial thaw of early 2008',
      parties: [GEORGIA, RUSSIA],
      mediators: [],
    },
    [S.bbcMay5],
  ),
  ev('ActorRegistered', 'actor-osce', when('2006-03-27'), { actor: OSCE, role: 'third-party' }, [S.osceOct2]),
  ev('ActorRegistered', 'actor-eu', when('2006-03-27'), { actor: EU, role: 'third-party' }, [S.apOct3]),
  ev('ActorRegistered', 'actor-nato', when('2006-03-27'), { actor: NATO, role: 'third-party' }, [S.tribSep29], {
    note: 'Georgia’s bid to join NATO is the backdrop of the row; no act of NATO’s is recorded.',
  }),
  ev('ActorRegistered', 'actor-unsc', when('2006-03-27'), { actor: UNSC, role: 'third-party' }, [S.scrAug23]),
  ev('ActorRegistered', 'actor-south-ossetia', when('2006-03-27'), { actor: SOUTH_OSSETIA, role: 'third-party' }, [
    S.voaOct2b,
  ]),
  ev('ActorRegistered', 'actor-abkhazia', when('2006-03-27'), { actor: ABKHAZIA, role: 'third-party' }, [S.voaOct2b]),
  ev(
    'StatementMade',
    'stmt-wine-ban',
    when('2006-03-27'),
    {
      speaker: ONISHCHENKO,
      audience: 'georgia',
      tone: 'critical',
      summary:
        'Russia blocks imports of Georgian (and Moldovan) wines and spirits from 27 March, citing public health: pesticides and heavy metals found, falsified products labelled as wine. Russia is the market for about 80% of Georgian wine.',
    },
    [S.bbcMay5, S.guardianMay6],
    { cameo: '163' },
  ),
  ev(
    'StatementMade',
    'stmt-georgia-economic-warfare',
    when('2006-04-18', 'approximate'),
    {
      speaker: { name: 'Government of Georgia', actorId: 'georgia' },
      audience: 'russia',
      tone: 'accusation',
      summary:
        'Georgia condemns the bans as political; after Moscow-region authorities impound a batch of Nabeghlavi mineral water and talk of banning Borjomi, Tbilisi accuses Russia of waging economic warfare.',
    },
    [S.rferlApr18, S.bbcMay5],
  ),
  ev(
    'StatementMade',
    'stmt-borjomi-ban',
    when('2006-05-05'),
    {
      speaker: ONISHCHENKO,
      audience: 'georgia',
      tone: 'critical',
      summary:
        'Russia bans imports of Borjomi mineral water on health grounds, revoking its safety certificates from 7 May: two batches failed tests and counterfeits were found.',
      quote: 'I therefore revoke from 7 May... Borjomi mineral water safety certificates',
    },
    [S.bbcMay5, S.guardianMay6],
    { cameo: '163' },
  ),
  ev(
    'StatementMade',
    'stmt-svimonishvili',
    when('2006-05-05'),
    {
      speaker: SVIMONISHVILI,
      audience: 'russia',
      tone: 'accusation',
      summary: 'The Georgian agriculture minister calls the Borjomi ban political.',
      quote: "It's quite clear that today Russia is fighting against everything Georgian",
    },
    [S.bbcMay5, S.guardianMay6],
  ),
  // ===== July 2006: Upper Lars =====
  ev(
    'IncidentReported',
    'inc-upper-lars',
    when('2006-07-08'),
    {
      incidentId: I.upperLars,
      kind: 'border-closure',
      perpetrator: 'russia',
      against: 'georgia',
      place: UPPER_LARS,
      description:
        'Russia closes the Verkhny Lars crossing on the Georgian Military Road, the only land crossing between Russia and the part of Georgia Tbilisi controls, "for planned rebuilding work": all freight and human transit stopped both ways, no date given to reopen; Georgians are told to use the Roki crossing into South Ossetia.',
    },
    [S.tassJul8, S.wpsJul12],
  ),
  ev(
    'StatementMade',
    'stmt-noghaideli-lars',
    when('2006-07-08'),
    {
      speaker: NOGHAIDELI,
      audience: 'russia',
      tone: 'critical',
      summary:
        'The Georgian prime minister says the closure "was not coordinated" with Tbilisi and asks the Foreign Ministry to clarify its causes; the FSB border directorate says Georgia was told months before.',
    },
    [S.tassJul8],
  ),
  ev(
    'StatementMade',
    'stmt-fsb-lars-repairs',
    when('2006-07-08'),
    {
      speaker: FSB_NC,
      audience: 'georgia',
      tone: 'neutral',
      summary:
        'The crossing is closed for scheduled rebuilding, of which Georgia was told months in advance; no completion date can be named; the Nizhny Zaramag crossing (Roki pass, into South Ossetia) works round the clock.',
      quote: 'There was nothing unexpected about this for anyone',
    },
    [S.tassJul8],
  ),
  // ===== 27 September – 2 October 2006: the spy row =====
  ev(
    'IncidentReported',
    'inc-arrests',
    when('2006-09-27'),
    {
      incidentId: I.arrests,
      kind: 'non-lethal-force',
      perpetrator: 'georgia',
      against: 'russia',
      target: 'Russian military intelligence (GRU) officers; the Russian army headquarters in Tbilisi',
      place: 'Tbilisi and Batumi',
      description:
        'Georgian counter-intelligence detains four Russian military officers (GRU, by Georgia’s account) and about a dozen Georgians on espionage charges in Tbilisi and Batumi; about a hundred unarmed police cordon off the headquarters of the Russian forces in the Transcaucasus, guarded by Russian soldiers with submachine guns, to demand the handover of another officer. No shot fired. A Tbilisi court orders two months’ pre-trial detention on 29 September.',
    },
    [S.apSep27, S.ajSep27, S.civilOct2],
  ),
  ev(
    'StatementMade',
    'stmt-merabishvili-spies',
    when('2006-09-27'),
    {
      speaker: MERABISHVILI,
      audience: 'russia',
      tone: 'accusation',
      summary:
        'The group had spied for years on Georgia’s defence, its NATO integration, energy security and parties, and was planning a "serious provocation".',
      quote: 'Today we neutralised a very serious and dangerous group',
    },
    [S.ajSep27, S.apSep27],
  ),
  ev(
    'StatementMade',
    'stmt-okruashvili-blockade',
    when('2006-09-27'),
    {
      speaker: OKRUASHVILI,
      audience: 'russia',
      tone: 'warning',
      summary:
        'The building will stay blocked as long as it hosts persons charged with espionage; Russia has thought it was dealing with "Georgian territory without borders" and Georgia has shown this is not so.',
    },
    [S.ajSep27],
  ),
  ev(
    'DemandTabled',
    'demand-release',
    when('2006-09-27'),
    {
      demandId: D.release,
      by: 'russia',
      addressedTo: ['georgia'],
      text: 'Free the detained Russian officers immediately',
      category: 'security',
    },
    [S.apSep27, S.tribSep29],
    { note: 'Handed to Georgia’s ambassador in Moscow in a protest note; no deadline, no consequence named.' },
  ),
  ev(
    'StatementMade',
    'stmt-russia-mfa-protest',
    when('2006-09-27'),
    {
      speaker: RUSSIA_MFA,
      audience: 'georgia',
      tone: 'accusation',
      summary:
        'The ministry summons Georgia’s ambassador, calls the allegations unfounded and says the detentions underline "the Georgian leadership’s anti-Russian course".',
    },
    [S.apSep27],
  ),
  ev(
    'StatementMade',
    'stmt-russia-recall',
    when('2006-09-28'),
    {
      speaker: RUSSIA_MFA,
      audience: 'georgia',
      tone: 'critical',
      summary:
        'Russia recalls its ambassador, begins a partial evacuation of diplomats and families from Friday, urges Russians not to travel to Georgia; its embassy stops issuing visas to Georgians.',
    },
    [S.tribSep29],
    { cameo: '161' },
  ),
  ev(
    'StatementMade',
    'stmt-ivanov',
    when('2006-09-28'),
    {
      speaker: IVANOV,
      audience: 'georgia',
      tone: 'accusation',
      summary: 'The Russian defence minister demands the officers’ release and calls the charges absurd.',
      quote: 'moronic and absolutely far-fetched',
    },
    [S.tribSep29],
  ),
  ev(
    'IncidentReported',
    'inc-high-alert',
    when('2006-10-01', 'approximate'),
    {
      incidentId: 'russian-troops-high-alert-2006-09',
      kind: 'force-posture',
      perpetrator: 'russia',
      against: 'georgia',
      place: 'Russian bases in Georgia',
      description: 'Russia puts its troops in Georgia on high alert after the arrests.',
    },
    [S.dmOct2, S.voaOct2b],
  ),
  ev(
    'StatementMade',
    'stmt-popov',
    when('2006-10-01', 'approximate'),
    {
      speaker: POPOV,
      audience: 'georgia',
      tone: 'warning',
      summary: 'His troops will use deadly force, if necessary, to defend their military bases in Georgia.',
    },
    [S.voaOct2],
  ),
  ev(
    'StatementMade',
    'stmt-putin-state-terrorism',
    when('2006-10-01'),
    {
      speaker: PUTIN,
      audience: 'georgia',
      tone: 'accusation',
      summary:
        'In his first public comment Putin calls the arrests "state terrorism" with hostage-taking, likens Tbilisi’s methods to those of Stalin’s secret police and says Georgia acts for unnamed "foreign sponsors"; reported as calling Georgia a "bandit state".',
      quote: 'state terrorism involving hostage-taking',
    },
    [S.voaOct2, S.voaOct2b, S.cbcOct3],
  ),
  ev(
    'PositionTaken',
    'pos-handover',
    when('2006-10-02'),
    {
      demandId: D.release,
      actorId: 'georgia',
      stance: 'accepted',
      conditions:
        'Expelled, not freed: the charges are read to them and they are banned from Georgia; "a goodwill gesture toward our democratic friends and allies", not a response to pressure (Saakashvili).',
      speaker: SAAKASHVILI,
    },
    [S.osceOct2, S.rferlOct2],
    { occurrence: 'officers-handover-2006-10-02' },
  ),
  ev(
    'ThirdPartyEngagement',
    'tpe-osce-handover',
    when('2006-10-02'),
    {
      actorId: 'osce',
      counterparts: ['georgia', 'russia'],
      kind: 'meeting',
      summary:
        'The OSCE Chairman-in-Office, Karel De Gucht, flies to Tbilisi, meets Saakashvili and takes the four officers into the OSCE’s care in the presence of Russian diplomats; OSCE cars take them to a Russian plane. He urges Russia to make similar gestures and to restore the transport links.',
    },
    [S.osceOct2, S.rferlOct2],
    { occurrence: 'officers-handover-2006-10-02' },
  ),
  // ===== October 2006: the blockade and the deportations =====
  ev(
    'IncidentReported',
    'inc-blockade-air',
    when('2006-10-03'),
    {
      incidentId: I.blockadeAir,
      kind: 'border-closure',
      perpetrator: 'russia',
      against: 'georgia',
      place: AIR_LINKS,
      description:
        'Air traffic to Georgia halted until further notice (the Transport Ministry), with rail, road and sea transport (recorded apart) and the post: flights to Moscow cancelled, several hundred passengers stranded at Tbilisi airport. Only the Emergencies Ministry’s planes fly, carrying deportees and Russians leaving Georgia.',
    },
    [S.cbcOct3, S.apOct3, S.apOct9],
    { occurrence: 'russia-blockade-2006-10-03' },
  ),
  ev(
    'IncidentReported',
    'inc-blockade-surface',
    when('2006-10-03'),
    {
      incidentId: I.blockadeSurface,
      kind: 'border-closure',
      perpetrator: 'russia',
      against: 'georgia',
      place: SURFACE_LINKS,
      description:
        '"As of Oct. 3, all air, rail, road and sea transport to Georgia has been halted until further notice" (the Transport Ministry); the Communications Ministry suspends postal services too. Announced on 2 October, after the government session at which Putin ordered retaliatory measures, "until further notice".',
    },
    [S.cbcOct3, S.apOct3],
    { occurrence: 'russia-blockade-2006-10-03' },
  ),
  ev(
    'StatementMade',
    'stmt-lavrov-insult',
    when('2006-10-03'),
    {
      speaker: LAVROV,
      audience: 'georgia',
      tone: 'critical',
      summary: 'Moscow refuses international pressure to lift the suspension: Tbilisi deeply insulted Russia.',
      quote: 'One must not feed off Russia and insult it. The Georgian leadership must understand this',
    },
    [S.apOct3],
  ),
  ev(
    'StatementMade',
    'stmt-eu-disproportionate',
    when('2006-10-03'),
    {
      speaker: TUOMIOJA,
      audience: 'russia',
      tone: 'critical',
      summary:
        'The EU calls Russia’s retaliation disproportionate and appeals for calm; both sides overreacted, and "more acute measures" should be avoided.',
    },
    [S.apOct3],
  ),
  ev(
    'IncidentReported',
    'inc-deportation-oct6',
    when('2006-10-06'),
    {
      incidentId: 'deportation-flight-2006-10-06',
      kind: 'non-lethal-force',
      perpetrator: 'russia',
      against: 'georgia',
      target: 'Georgian nationals in Russia',
      place: 'Moscow – Tbilisi (deportation flight)',
      description:
        'A Russian cargo plane lands in Tbilisi with about 130 Georgians rounded up in police raids and accused of immigration offences; some say their papers were in order.',
    },
    [S.bbcOct6],
  ),
  ev(
    'StatementMade',
    'stmt-putin-letter-osce',
    when('2006-10-06'),
    {
      speaker: PUTIN,
      audience: 'osce',
      tone: 'accusation',
      summary:
        'In a letter to the OSCE Chairman-in-Office Putin calls Georgia’s behaviour aggressive and irresponsible, accuses Tbilisi of planning to solve the conflicts in Abkhazia and South Ossetia by force, and asks the OSCE to push it to "drastically change its course".',
    },
    [S.bbcOct6],
  ),
  ev(
    'StatementMade',
    'stmt-saakashvili-cattle-cars',
    when('2006-10-08'),
    {
      speaker: SAAKASHVILI,
      audience: 'russia',
      tone: 'critical',
      summary:
        'Saakashvili orders Tbilisi airport not to receive cargo planes carrying deportees: Georgians should fly in normal planes.',
      quote: 'Let the people who make these (deportation) decisions fly in cattle cars',
    },
    [S.apOct9],
  ),
  ev(
    'IncidentReported',
    'inc-deportation-oct17',
    when('2006-10-17'),
    {
      incidentId: 'deportation-flight-2006-10-17',
      kind: 'non-lethal-force',
      perpetrator: 'russia',
      against: 'georgia',
      target: 'Georgian nationals in Russia',
      place: 'Moscow – Tbilisi (deportation flight)',
      fatalities: { min: 1, max: 1 },
      description:
        'A plane with about 150 deported Georgians leaves Moscow. Tengiz Togonidze, 58, dies of an asthma attack at Domodedovo while waiting to be deported, after five days’ detention in which, the Georgian embassy says, he was denied medical attention; Russia says everything possible was done. About 700 Georgians deported as illegal immigrants in two weeks.',
    },
    [S.bbcOct17],
  ),
  ev(
    'StatementMade',
    'stmt-eu-grave-concern',
    when('2006-10-17'),
    {
      speaker: EU_MINISTERS,
      audience: 'russia',
      tone: 'critical',
      summary:
        'The EU urges Russia "not to pursue measures targeting Georgians", voices grave concern at its economic sanctions, and asks Georgia to avoid actions leading to tension.',
    },
    [S.bbcOct17],
  ),
  ev(
    'TalksRoundOpened',
    'round-minsk-opened',
    when('2006-11-28'),
    {
      roundId: R.minsk,
      label: 'Putin – Saakashvili, Minsk (CIS summit)',
      venue: 'Minsk',
      format: 'informal',
      delegations: [
        { actorId: 'russia', head: PUTIN },
        { actorId: 'georgia', head: SAAKASHVILI },
      ],
    },
    [S.civilJan18],
  ),
  ev(
    'TalksRoundConcluded',
    'round-minsk-concluded',
    when('2006-11-28'),
    {
      roundId: R.minsk,
      outcome: 'progress',
      summary:
        'Saakashvili calls it "a useful conversation"; Putin later says they agreed on steps to normalise relations.',
    },
    [S.civilJan18],
  ),
  ev(
    'IncidentReported',
    'inc-dzhabelia',
    when('2006-12-02'),
    {
      incidentId: 'dzhabelia-death-2006-12-02',
      kind: 'non-lethal-force',
      perpetrator: 'russia',
      against: 'georgia',
      target: 'Georgian nationals held for deportation',
      place: 'Moscow (migrant detention centre)',
      fatalities: { min: 1, max: 1 },
      description:
        'Manana Dzhabelia, a Georgian held for nearly two months awaiting deportation, dies of heart failure in a Moscow detention centre; rights groups say she was denied treatment for her diabetes, and that a court had overturned her expulsion two days before. The Migration Service says it is not to blame; prosecutors open a probe.',
    },
    [S.apDec4],
  ),
  ev(
    'StatementMade',
    'stmt-fms-dzhabelia',
    when('2006-12-04'),
    {
      speaker: FMS,
      audience: 'georgia',
      tone: 'neutral',
      summary:
        'The Migration Service confirms the death and says deportees are checked by doctors: it is not to blame.',
    },
    [S.apDec4],
  ),
  // ===== January – March 2007: the ambassador's return, the court =====
  ev(
    'StatementMade',
    'stmt-putin-ambassador-back',
    when('2007-01-18'),
    {
      speaker: PUTIN,
      audience: 'georgia',
      tone: 'conciliatory',
      summary:
        'Putin sends Ambassador Kovalenko back to Tbilisi: Russia has "special relations" and "neighbourly and friendly" ties with Georgia; the December gas agreement was the first step to normalise them; much remains to be done.',
    },
    [S.civilJan18],
  ),
  ev(
    'StatementMade',
    'stmt-georgia-pace',
    when('2007-01-21'),
    {
      speaker: GEORGIAN_MPS,
      audience: 'Parliamentary Assembly of the Council of Europe',
      tone: 'accusation',
      summary:
        'A delegation of Georgian lawmakers arrives in Strasbourg to ask the Council of Europe’s assembly for a hearing on Russia’s sanctions and the violations of Georgians’ rights.',
    },
    [S.tmtJan22],
  ),
  ev(
    'StatementMade',
    'stmt-kovalenko-return',
    when('2007-01-23'),
    {
      speaker: KOVALENKO,
      audience: 'georgia',
      tone: 'conciliatory',
      summary:
        'The ambassador returns to Tbilisi (overland from Yerevan: air links are still cut) after four months: Putin told him Russia is very interested in normalising relations; the transport links are the first issue he will raise.',
    },
    [S.trendJan23, S.observerJan28],
  ),
  ev(
    'StatementMade',
    'stmt-bezhuashvili-sanctions',
    when('2007-01-23'),
    {
      speaker: BEZHUASHVILI,
      audience: 'russia',
      tone: 'critical',
      summary:
        'The return is a logical step but will not solve the troubles: "It is high time to abandon threats and sanctions toward Georgia."',
    },
    [S.trendJan23b],
  ),
  ev(
    'IncidentReported',
    'inc-kodori',
    when('2007-03-11'),
    {
      incidentId: I.kodori,
      kind: 'airstrike',
      allegedBy: 'georgia',
      blamedOn: 'russia',
      against: 'georgia',
      target: 'The village of Chkhalta: the headquarters of the Abkhaz government-in-exile and a school',
      place: 'Chkhalta, upper Kodori gorge',
      description:
        'Late on 11 March helicopters fire rockets on the Georgian-held upper Kodori gorge, damaging the government-in-exile’s building and a school; no one is hurt. Georgian interior ministry officials say three Russian helicopters; Russia’s air force says none of its aircraft flew in the area that weekend, and the Abkhaz leader denies any incident.',
    },
    [S.rferlMar12, S.rferlMar14, S.civilJul12],
  ),
  ev(
    'StatementMade',
    'stmt-saakashvili-kodori',
    when('2007-03-12'),
    {
      speaker: SAAKASHVILI,
      audience: 'russia',
      tone: 'critical',
      summary:
        'After an emergency security council meeting: a grave situation, but he does not want to accuse one particular side; the foreign minister is told to demand that Russia react.',
      quote: 'a very dangerous, serious and far-reaching provocation aimed at disrupting order',
    },
    [S.rferlMar12],
  ),
  ev(
    'StatementMade',
    'stmt-drobyshevsky-kodori',
    when('2007-03-12'),
    {
      speaker: DROBYSHEVSKY,
      audience: 'georgia',
      tone: 'neutral',
      summary:
        'No Russian helicopters or planes flew in the area on Saturday or Sunday; the air force denies any attack.',
    },
    [S.rferlMar12],
  ),
  ev(
    'StatementMade',
    'stmt-rurua-kodori',
    when('2007-03-14'),
    {
      speaker: RURUA,
      audience: 'russia',
      tone: 'accusation',
      summary:
        'Three helicopters, preliminarily Mi-24 gunships, flew into the gorge from Russian territory (Kabardino-Balkaria) and dropped about 20 unguided rockets; the deputy foreign minister tells foreign diplomats the same.',
      blames: { incidentId: I.kodori, on: 'russia' },
    },
    [graded(S.rferlMar14, 3)],
  ),
  ev(
    'StatementMade',
    'stmt-echr-application',
    when('2007-03-26'),
    {
      speaker: GEORGIA_JUSTICE,
      audience: 'European Court of Human Rights',
      tone: 'accusation',
      summary:
        'Georgia lodges an interstate application against Russia at the European Court of Human Rights over the deportations (about 150 cases, including three who died awaiting deportation), seeking damages.',
    },
    [S.civilMar27],
  ),
  ev(
    'StatementMade',
    'stmt-russia-echr',
    when('2007-03-27'),
    {
      speaker: RUSSIA_MFA,
      audience: 'georgia',
      tone: 'critical',
      summary:
        'The case is full of insinuation and propaganda, aimed at international support for policies hostile to Russia, and will not help to normalise relations.',
    },
    [S.rtMar27, S.civilMar27],
  ),
  ev('ActorRegistered', 'actor-unomig', when('2007-07-12'), { actor: UNOMIG, role: 'third-party' }, [S.civilJul12]),
  ev(
    'StatementMade',
    'stmt-unomig-kodori',
    when('2007-07-12'),
    {
      speaker: UNOMIG_JFFG,
      audience: 'un-security-council',
      tone: 'neutral',
      summary:
        'The quadripartite fact-finding group (UNOMIG, Russian peacekeepers, Georgia, the Abkhaz side) finds that an anti-tank guided missile hit the Chkhalta building from a high angle, ruling out a ground launch; the report suggests Russian army helicopters could have been involved but, working by consensus, reaches no agreed finding on who fired.',
    },
    [S.civilJul12],
  ),
  // ===== August 2007: the Tsitelubani missile =====
  ev(
    'IncidentReported',
    'inc-tsitelubani',
    when('2007-08-06T15:30:00Z'),
    {
      incidentId: I.tsitelubani,
      kind: 'airstrike',
      allegedBy: 'georgia',
      blamedOn: 'russia',
      against: 'georgia',
      target: 'A field at the edge of the village',
      place: 'Tsitelubani, Gori district',
      description:
        'About 19:30 Tbilisi time an aircraft drops a missile into a field by Tsitelubani, about 60 km from Tbilisi, houses within dozens of metres; it does not explode and no one is hurt. Georgia’s radars show aircraft coming from Russia over Kazbegi and flying back (two Su-type jets from a base in North Ossetia, the Interior Ministry says); Russia denies any flight.',
    },
    [S.messengerAug8, S.scrAug23],
  ),
  ev(
    'StatementMade',
    'stmt-merabishvili-aggression',
    when('2007-08-07'),
    {
      speaker: MERABISHVILI,
      audience: 'russia',
      tone: 'accusation',
      summary:
        'Russian aircraft launched a missile at a Georgian village; the Foreign Ministry summons the Russian ambassador and protests the "bombing of the Georgian territory by Russian military aircraft".',
      quote: 'This incident is an act of aggression… from the territory of a foreign state',
      blames: { incidentId: I.tsitelubani, on: 'russia' },
    },
    [graded(S.messengerAug8, 3), S.scrAug23],
  ),
  ev(
    'StatementMade',
    'stmt-russia-denies-tsitelubani',
    when('2007-08-07'),
    {
      speaker: RUSSIA_MFA,
      audience: 'georgia',
      tone: 'critical',
      summary: 'Russia says it was not involved: Russian aircraft did not fly over Georgia.',
    },
    [S.messengerAug8, S.scrAug23],
  ),
  ev(
    'StatementMade',
    'stmt-chikovani-unsc',
    when('2007-08-08'),
    {
      speaker: CHIKOVANI,
      audience: 'un-security-council',
      tone: 'accusation',
      summary:
        'In a letter to the Council’s president Georgia asks for an emergency meeting on what it calls an "act of aggression" by Russian aircraft, a violation of the UN Charter.',
      blames: { incidentId: I.tsitelubani, on: 'russia' },
    },
    [S.scrAug23, S.trendAug10],
  ),
  ev(
    'StatementMade',
    'stmt-russia-provocation',
    when('2007-08-09'),
    {
      speaker: RUSSIA_MFA,
      audience: 'georgia',
      tone: 'accusation',
      summary:
        'Russia’s Foreign Ministry suggests Georgian jets may have fired the missile on their own territory to provoke tension and derail the Joint Control Commission’s session on South Ossetia.',
    },
    [graded(S.wikisumAug9, 3)],
  ),
  ev(
    'StatementMade',
    'stmt-unsc-postpones',
    when('2007-08-09'),
    {
      speaker: GAYAMA,
      audience: 'georgia',
      tone: 'neutral',
      summary:
        'The Council postpones action on Georgia’s request: members want the results of the inquiries, the OSCE’s first, before deciding; Russia’s Churkin says it must be investigated first.',
    },
    [S.trendAug10],
  ),
  ev(
    'ActorRegistered',
    'actor-experts',
    when('2007-08-14'),
    { actor: EXPERTS, role: 'third-party' },
    [S.messengerAug17],
    {
      note: 'Defence experts of four states invited by Georgia, not an organisation: the nearest kind in the catalogue.',
    },
  ),
  ev(
    'StatementMade',
    'stmt-ige-report',
    when('2007-08-14'),
    {
      speaker: IGE,
      audience: 'georgia',
      tone: 'neutral',
      summary:
        'An unidentified aircraft flew from Russian airspace into Georgia’s and back three times, and on the third pass an object separated from it; the missile is a Russian-designed Kh-58 anti-radiation missile, its warhead unexploded. The group cannot identify the aircraft’s type or origin.',
      quote:
        'An unidentified aircraft flew from Russian airspace (close to the city of Stepansminda) into Georgian airspace and back again into Russian airspace three times',
    },
    [S.messengerAug17],
  ),
  ev(
    'StatementMade',
    'stmt-khvorov-falsified',
    when('2007-08-17'),
    {
      speaker: KHVOROV,
      audience: 'georgia',
      tone: 'accusation',
      summary:
        'Presenting the Russian experts’ findings in Tbilisi: no Russian aircraft violated Georgian airspace, and "the Georgian version does not hold up" (the Foreign Ministry’s Kenyakin); any chance of finding the missile’s origin was lost when Georgian sappers blew it up.',
      quote: 'All the evidence is destroyed',
    },
    [S.messengerAug20],
  ),
  ev(
    'StatementMade',
    'stmt-alasania-intimidate',
    when('2007-08-22'),
    {
      speaker: ALASANIA,
      audience: 'un-security-council',
      tone: 'accusation',
      summary:
        'Two groups of Western experts confirm that an aircraft came from Russia, fired a missile deep into Georgia and flew back; Russia aimed "to intimidate Georgia", test its readiness and the West’s resolve, and is blocking a Council debate to cover up its involvement.',
      blames: { incidentId: I.tsitelubani, on: 'russia' },
    },
    [S.civilAug22],
  ),
  // ===== November 2007: the diplomats =====
  ev(
    'StatementMade',
    'stmt-georgia-expels',
    when('2007-11-07'),
    {
      speaker: SAAKASHVILI,
      audience: 'russia',
      tone: 'accusation',
      summary:
        'Amid the opposition protests in Tbilisi, Saakashvili says Russian embassy staff were engaged in subversive activities and espionage; three Russian diplomats are declared persona non grata and Georgia recalls its ambassador from Moscow.',
    },
    [S.civilNov8, S.xinhuaNov9],
    { cameo: '161' },
  ),
  ev(
    'StatementMade',
    'stmt-russia-irresponsible',
    when('2007-11-07'),
    {
      speaker: RUSSIA_MFA,
      audience: 'georgia',
      tone: 'warning',
      summary:
        'An "irresponsible political provocation" by the Georgian leadership, blaming everything on an external enemy; "all the necessary adequate measures will be taken shortly".',
    },
    [S.civilNov8, S.xinhuaNov9],
  ),
  ev(
    'StatementMade',
    'stmt-kamynin-expels',
    when('2007-11-08'),
    {
      speaker: KAMYNIN,
      audience: 'georgia',
      tone: 'critical',
      summary:
        'Russia declares three senior Georgian diplomats in Moscow persona non grata in reply; the charges of interference are an attempt to mask Tbilisi’s own failings; Russia hopes relations will return to normal.',
    },
    [S.xinhuaNov9],
    { cameo: '161' },
  ),
  // ===== February – March 2008: the air links =====
  ev(
    'TalksRoundOpened',
    'round-moscow-opened',
    when('2008-02-21'),
    {
      roundId: R.moscow,
      label: 'Putin – Saakashvili, Novo-Ogaryovo (informal CIS summit)',
      venue: 'Moscow',
      format: 'informal',
      delegations: [
        { actorId: 'russia', head: PUTIN },
        { actorId: 'georgia', head: SAAKASHVILI },
      ],
    },
    [S.kremlinFeb21],
    {
      note: 'Prepared by the deputy economy minister’s talks in Moscow on the air links from 18 February (The Financial).',
    },
  ),
  ev(
    'TalksRoundConcluded',
    'round-moscow-concluded',
    when('2008-02-21'),
    {
      roundId: R.moscow,
      outcome: 'agreement',
      summary:
        'Putin: the aviation authorities have agreed in principle to settle the debts, so flights can resume; "we will try to reply in kind". Saakashvili: a protocol has been signed and the "abnormal situation" of no direct flights will end; the exports are moving forward.',
    },
    [S.kremlinFeb21, S.dpaFeb21],
    { occurrence: 'moscow-air-agreement-2008-02-21' },
  ),
  ev(
    'AgreementReached',
    'agr-air',
    when('2008-02-21'),
    {
      agreementId: A.air,
      kind: 'partial',
      provisions: ['Direct air traffic between Russia and Georgia resumes once the air-navigation debts are settled'],
      signatories: ['georgia', 'russia'],
      textPublic: false,
      roundId: R.moscow,
      status: 'signed',
    },
    [S.kremlinFeb21, S.dpaFeb21, S.finFeb18],
    { occurrence: 'moscow-air-agreement-2008-02-21' },
  ),
  ev(
    'ThirdPartyEngagement',
    'tpe-russia-abkhazia',
    when('2008-03-06'),
    {
      actorId: 'russia',
      counterparts: ['abkhazia'],
      kind: 'support',
      summary:
        'Russia withdraws from the CIS sanctions of 1996 on Abkhazia (trade, financial, transport ties) "due to a change of circumstances" and urges the other CIS states to follow.',
    },
    [S.riaMar7],
  ),
  ev(
    'StatementMade',
    'stmt-burjanadze-annexation',
    when('2008-03-07'),
    {
      speaker: BURJANADZE,
      audience: 'russia',
      tone: 'accusation',
      summary:
        'Tbilisi calls the withdrawal "immoral and dangerous"; the speaker says Russia is going step by step towards annexing Abkhazia.',
      quote: 'This is nothing if not an attempt of annexation',
    },
    [S.rferlMar7],
  ),
  ev(
    'StatementMade',
    'stmt-transport-ministry-flights',
    when('2008-03-18'),
    {
      speaker: { name: 'Russian Transport Ministry', actorId: 'russia' },
      audience: 'georgia',
      tone: 'conciliatory',
      summary: 'Russia’s aviation authorities tell Georgia they consent to resume air links from 25 March.',
    },
    [S.reutersMar18],
  ),
  ev(
    'IncidentReported',
    'inc-air-reopened',
    when('2008-03-25'),
    {
      incidentId: 'air-links-reopening-2008-03-25',
      kind: 'border-reopening',
      perpetrator: 'russia',
      against: 'georgia',
      place: AIR_LINKS,
      description:
        'A direct air service resumes between Russia and Georgia 18 months after Moscow suspended it: an Airzena-Georgian Airlines plane flies Tbilisi – Moscow (sold out); Aeroflot’s return service starts on Thursday. The land, rail and sea links cut in October 2006 are not reported reopened, and the Upper Lars crossing stays closed.',
    },
    [S.bbcMar25],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'georgia-russia-2006.jsonl',
  logEnd: '2026-12-06T20:00:00Z',
  events,
};

export default definition;
