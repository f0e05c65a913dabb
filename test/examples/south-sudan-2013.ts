/**
 * A test fixture, not a shipped example: the South Sudanese civil war between
 * the Government of South Sudan (Salva Kiir, the SPLA) and the SPLM/A-In
 * Opposition (Riek Machar), December 2013 to September 2018, as an analyst
 * following the news could have recorded it: the fighting in Juba (15
 * December 2013), Bor, Bentiu and Malakal changing hands, the Cessation of
 * Hostilities Agreement (23 January 2014) broken within days, the rebel
 * assault on Malakal (18 February), the capture of Bentiu and the massacre
 * (15 April), the recommitment of 9 May 2014 and its violations, the missed
 * deadline of 5 March 2015, the Agreement on the Resolution of the Conflict
 * (ARCSS: Machar signing on 17 August 2015, Kiir on 26 August with
 * reservations) and its permanent ceasefire, Machar's return as first
 * vice-president (26 April 2016) and the unity government (29 April), the
 * Juba fighting of 7–11 July 2016, Kiir's 48 hours, Machar replaced and his
 * flight, the SPLM-IO's call to armed resistance (September 2016), the fall
 * of Pagak (August 2017), the cessation of hostilities of 21 December 2017
 * (broken the day it took effect), the Khartoum Declaration (27 June 2018)
 * with its permanent ceasefire from 30 June, and the Revitalised agreement
 * signed on 12 September 2018. Escalation model v2 was never tuned on it: it
 * is the case the model is held to in south-sudan-2013.spec.ts, against the
 * calls an analyst makes from DOMAIN.md §5b alone.
 *
 * What it tests that the other cases did not: a civil war between a
 * government and an armed opposition, ceasefires signed and broken within
 * days, an agreement implemented (a unity government formed) and then
 * collapsing into fighting in the capital, and a ceasefire that finally
 * mostly holds, with violations.
 *
 * The pair is the government (`south-sudan`) and the SPLM/A-IO (`splm-io`).
 * Uganda's army fought on the government's side from December 2013: its acts
 * are recorded as Uganda's (a third party), and where the SPLA fought in the
 * same battle (Bor, 18 January 2014) the SPLA's part is recorded besides, one
 * occurrence. IGAD mediates (Ethiopia's prime minister speaks as its chair);
 * Sudan mediates the Khartoum round of 2018; the troika (the United States,
 * the United Kingdom, Norway) is a third party.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source.
 *
 * Grading as in examples/README.md: B = established outlet or wire copy
 * (Reuters, AP, AFP, BBC, VOA, DW, Sudan Tribune, Al Jazeera, the Daily
 * Monitor, the New Times, TRT), C = smaller outlet, aggregator, blog copy or
 * security newsletter (South Sudan News Agency, Nyamilepedia, the Niles,
 * Pan-African News Wire, Wikinews, GardaWorld, MAX Security, Edge, JunuTalk,
 * the Tower Post, Red Pepper); 1 = an on-record act or statement confirmed by
 * the actor itself or both parties; 2 = several outlets agree, or one
 * established outlet reports it from witnesses or officials; 3 = one side's
 * unverified claim about the other.
 *
 * Judgement calls, recorded as an analyst would:
 * - Who fired first in Juba on 15 December 2013 is disputed (the government:
 *   soldiers loyal to Machar attacked the Giyada headquarters; Machar: a
 *   misunderstanding among the presidential guards). The fighting is recorded
 *   as the government alleges it, with the UN diplomats' toll of up to 500
 *   killed by 17 December. The forces that took Bor (Peter Gadet) and Bentiu
 *   (James Koang) defected and declared for Machar: recorded as the SPLM/A-IO's
 *   acts, as the press did.
 * - The Cessation of Hostilities Agreement of 23 January 2014 took effect 24
 *   hours later (17:30 GMT on the 24th); the attacks the rebels reported on the
 *   24th fall in that window (Reuters: "any clashes would not be in violation")
 *   and are recorded as armed action, not violations. The ceasefire is ended
 *   `collapsed` on 18 February 2014, with the assault on Malakal (the BBC:
 *   "Fighting ends S Sudan truce"; AFP: "ceasefire in tatters"): an analyst's
 *   reading, neither side renounced it. The agreement of 9 May 2014
 *   "re-dedicated" the parties to it: recorded as a new ceasefire (in effect
 *   24 hours after the late-evening signing), which nobody declared over and
 *   which the ARCSS's permanent ceasefire supersedes on 29 August 2015.
 * - The ARCSS is reached on 17 August 2015 `initialled` (Machar signed, the
 *   government initialled and asked for 15 days) and `signed` by the government
 *   on 26 August. Its permanent ceasefire runs from midnight at the end of 29
 *   August (local time, UTC+3). The fighting of 26 August is each side's claim
 *   (Wikinews): one record each way, graded 3.
 * - The unity government (29 April 2016) has no type of its own: recorded as
 *   what Kiir and Machar said of it (StatementMade), the ARCSS being applied.
 * - The Juba fighting of July 2016 is recorded in the place as the press gave
 *   it, "Juba" (the checkpoint at Gudele, the presidential palace J1, Jebel):
 *   one place. J1's toll is a range from Sudan Tribune's 150 (on the 8th) to
 *   the presidency's 272 (since the Friday, given on the 10th). The ARCSS's
 *   permanent ceasefire is recorded violated on the 8th (both leaders appealed
 *   for calm, the 9th was quiet) and ended `collapsed` on the 10th, when the
 *   fighting resumed with tanks and helicopter gunships on the SPLM-IO's base
 *   at Jebel: an analyst's reading, as the 2021 understanding in the
 *   India – Pakistan case. Kiir's order of 11 July (18:00 local) is a new
 *   ceasefire, reciprocated by Machar the same evening: it binds both.
 * - Kiir's 48 hours (21 July 2016) are an ultimatum (Machar's spokesman called
 *   it "an unreasonable ultimatum"), with no consequence stated; it is
 *   resolved `lapsed` on 23 July, when a faction of the SPLM-IO named Taban
 *   Deng Gai in Machar's place (Kiir appointed him on the 25th).
 * - The SPLM-IO's political bureau (24 September 2016, in Khartoum) declared
 *   the agreement and the unity government collapsed and called for "a popular
 *   armed resistance": a threat of war, the ARCSS `withdrawn` by the SPLM-IO,
 *   and the July ceasefire ended `collapsed` the same day.
 * - The record is thinner than the war in places: between September 2015 and
 *   April 2016, between July and September 2016, and between September 2016
 *   and August 2017 no dated report of fighting between the pair was kept
 *   (Machar's flight to the DR Congo in August 2016 is known without a dated
 *   engagement); the government's unilateral ceasefire of May 2017 is left out
 *   for want of a dated report of its declaration. No call falls in those
 *   stretches.
 * - The cessation of hostilities of 21 December 2017 took effect at 00:01 on
 *   the 24th (local time); each side reported the other's attacks that
 *   morning (Koch county; an ambush in Amadi, five rebels killed by the army's
 *   account). The Khartoum Declaration's permanent ceasefire (from 00:01 on 30
 *   June 2018) supersedes it.
 * - VOA's report of the Yei River fighting of January 2018 carries no date: it
 *   is dated from its own account (a "two-week-old cease-fire", fighting "on
 *   Wednesday"): 3 January, published the 4th.
 * - The cattle-camp attack in Maban (30 June 2018), which the army blames on
 *   the SPLA-IO, killed 15 civilians by the army's first count and 25 by later
 *   reports: recorded as the army's allegation, 15–25 killed.
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'south-sudan-2013';
const { ev, idOf } = caseKit(NEGOTIATION_ID, 'test-analyst', 2013);
/** A recordedAt: the day (YYYY-MM-DD) and time (hh:mm), UTC. */
const rec = (day: string, time: string): string => `${day}T${time}:00Z`;

const SOUTH_SUDAN: Actor = {
  id: 'south-sudan',
  name: 'Government of South Sudan',
  kind: 'state',
  aliases: ['Juba', 'SPLA', "Sudan People's Liberation Army", 'Salva Kiir', 'SSPDF'],
};
const SPLM_IO: Actor = {
  id: 'splm-io',
  name: "Sudan People's Liberation Movement/Army-In Opposition",
  kind: 'armed-group',
  aliases: ['SPLM-IO', 'SPLA-IO', 'SPLM/A-IO', 'Riek Machar', 'the rebels'],
};
const IGAD: Actor = {
  id: 'igad',
  name: 'Intergovernmental Authority on Development',
  kind: 'international-organisation',
  aliases: ['IGAD', 'Seyoum Mesfin', 'IGAD special envoys'],
};
const UGANDA: Actor = {
  id: 'uganda',
  name: 'Uganda',
  kind: 'state',
  aliases: ['UPDF', "Uganda People's Defence Force", 'Museveni', 'Kampala'],
};
const SUDAN: Actor = { id: 'sudan', name: 'Sudan', kind: 'state', aliases: ['Khartoum', 'Omar al-Bashir'] };
const TROIKA: Actor = {
  id: 'troika',
  name: 'The troika (United States, United Kingdom, Norway)',
  kind: 'international-organisation',
  aliases: ['Troika'],
};

const KIIR: Person = { name: 'Salva Kiir Mayardit', title: 'President of South Sudan', actorId: 'south-sudan' };
const BARNABA: Person = {
  name: 'Barnaba Marial Benjamin',
  title: 'Foreign Minister of South Sudan',
  actorId: 'south-sudan',
};
const MAKUEI: Person = { name: 'Michael Makuei Lueth', title: 'Information Minister', actorId: 'south-sudan' };
const NHIAL: Person = { name: 'Nhial Deng Nhial', title: 'Head of the government delegation', actorId: 'south-sudan' };
const MACHAR: Person = { name: 'Riek Machar Teny', title: 'Leader of the SPLM/A-IO', actorId: 'splm-io' };
const TABAN: Person = { name: 'Taban Deng Gai', title: 'Head of the SPLM/A-IO delegation', actorId: 'splm-io' };
const GATDET: Person = { name: 'James Gatdet Dak', title: "Machar's spokesman", actorId: 'splm-io' };
const ROMAN: Person = { name: 'Nyarji Roman', title: "Spokesman of Machar's faction", actorId: 'splm-io' };
const IO_POLITBURO: Person = { name: 'Political bureau of the SPLM-IO (resolution)', actorId: 'splm-io' };
const GABRIEL: Person = { name: 'Lam Paul Gabriel', title: 'SPLA-IO deputy spokesman', actorId: 'splm-io' };
const MUSEVENI: Person = { name: 'Yoweri Museveni', title: 'President of Uganda', actorId: 'uganda' };
const HAILEMARIAM: Person = {
  name: 'Hailemariam Desalegn',
  title: 'Prime Minister of Ethiopia, chairman of IGAD',
  actorId: 'igad',
};
const TROIKA_STATEMENT: Person = { name: 'The troika (joint statement)', actorId: 'troika' };

const S = {
  yahooDec16: source(
    'South Sudan repulses coup attempt, minister says',
    'Yahoo News (AP)',
    'https://www.yahoo.com/news/south-sudan-repulses-coup-attempt-minister-says-112000523.html?ref=gs',
    '2013-12-16',
    'B',
    2,
  ),
  wnDec17: source(
    'Gunfire in S Sudan as military hunts coup plotters',
    'World News (AP)',
    'http://article.wn.com/view/2013/12/17/Gunfire_in_S_Sudan_as_military_hunts_coup_plotters_p/',
    '2013-12-17',
    'C',
    2,
  ),
  reutersDec22: source(
    'South Sudan says rebels seize capital of oil-producing Unity State',
    'Reuters',
    'http://in.reuters.com/article/southsudan-unrest-idINL6N0K10G320131222',
    '2013-12-22',
    'B',
    1,
  ),
  ahramDec22: source(
    'Rebels hold key oil capital in South Sudan',
    'Ahram Online (AP)',
    'https://english.ahram.org.eg/NewsContent/2/8/89772/World/Region/Rebels-hold-key-oil-capital-in-South-Sudan.aspx',
    '2013-12-22',
    'B',
    2,
  ),
  bbcDec24: source(
    "South Sudan army 'recaptures key town of Bor'",
    'BBC News',
    'http://www.bbc.co.uk/news/world-africa-25509910',
    '2013-12-24',
    'B',
    2,
  ),
  ssnaDec31: source(
    'South Sudan rebels seize Bor',
    'South Sudan News Agency',
    'https://ssnanews.com/2013/12/31/south-sudan-rebels-seize-bor/',
    '2013-12-31',
    'C',
    2,
  ),
  reutersJan1: source(
    'South Sudan rebels seize key town of Bor - mayor',
    'Reuters',
    'http://www.reuters.com/article/southsudan-unrest-bor-idUSL6N0KB0O920140101',
    '2014-01-01',
    'B',
    1,
  ),
  stripesJan11: source(
    'South Sudan recaptures oil hub from rebels',
    'Stars and Stripes (dpa)',
    'https://www.stripes.com/news/africa/south-sudan-recaptures-oil-hub-from-rebels-1.261605',
    '2014-01-11',
    'B',
    1,
  ),
  nyamileJan14: source(
    "South Sudan's Rebels Recapture Malakal as Peace Talks Continue",
    'Nyamilepedia (SSNA)',
    'https://www.nyamile.com/uncategorized/south-sudans-rebels-recapture-malakal-as-peace-talks-continue/?shared=email&msg=fail',
    '2014-01-14',
    'C',
    2,
  ),
  townhallJan18: source(
    'South Sudan says regains key town from rebels, Uganda claims credit',
    'Townhall (Reuters)',
    'https://townhall.com/news/politics-elections/2014/01/18/south-sudan-says-regains-key-town-from-rebels-uganda-claims-credit-n1781986',
    '2014-01-18',
    'B',
    1,
  ),
  bbcJan18: source(
    'Key South Sudan town of Bor recaptured from rebels',
    'BBC News',
    'https://www.bbc.co.uk/news/world-africa-25794699',
    '2014-01-18',
    'B',
    1,
  ),
  chicagoJan20: source(
    'South Sudan says retakes oil state capital Malakal, rebels deny',
    'Chicago Tribune (Reuters)',
    'http://articles.chicagotribune.com/2014-01-20/news/sns-rt-southsudan-unrest-tv-pix-20140120_1_riek-machar-upper-nile-jonglei',
    '2014-01-20',
    'B',
    2,
  ),
  monitorJan21: source(
    'South Sudan army retakes Malakal town - Aguer',
    'Daily Monitor',
    'http://www.monitor.co.ug/News/National/South-Sudan-army-retakes-Malakal-town---Aguer/-/688334/2153992/-/9cfggb/-/index.html',
    '2014-01-21',
    'B',
    2,
  ),
  stJan23: source(
    'BREAKING: S. Sudan government and rebels sign ceasefire',
    'Sudan Tribune',
    'https://sudantribune.com/article48589',
    '2014-01-23',
    'B',
    1,
  ),
  voaJan23: source(
    'South Sudan Factions Sign Cease-Fire',
    'Voice of America',
    'https://www.voanews.com/a/south-sudan-cease-fire-reached/1836490.html',
    '2014-01-23',
    'B',
    1,
  ),
  voaJan24: source(
    'South Sudan Rebels Accuse Government of Breaking Cease-fire',
    'Voice of America',
    'http://www.voanews.com/content/rebels-accuse-south-sudan-govt-of-breaking-ceasefire/1836732.html',
    '2014-01-24',
    'B',
    2,
  ),
  rapplerJan25: source(
    'Ceasefire falters as South Sudan accuse rebels of attack',
    'Rappler (AFP)',
    'https://www.rappler.com/world/48886-ceasefire-falters-south-sudan-rebels-attack/',
    '2014-01-25',
    'B',
    3,
  ),
  mgJan27: source(
    'South Sudan ceasefire agreement in jeopardy',
    'Mail & Guardian (AFP)',
    'https://mg.co.za/article/2014-01-27-south-sudan-ceasefire-agreement-in-jeopardy/',
    '2014-01-27',
    'B',
    3,
  ),
  dailystarFeb18: source(
    'S. Sudan ceasefire in tatters as rebels attack key oil town',
    'The Daily Star (AFP)',
    'http://www.dailystar.com.lb/News/Middle-East/2014/Feb-18/247723-s-sudan-ceasefire-in-tatters-as-rebels-attack-key-oil-town.ashx',
    '2014-02-18',
    'B',
    2,
  ),
  dwFeb18: source(
    'Rebels strike in South Sudan',
    'Deutsche Welle',
    'https://www.dw.com/en/rebels-strike-oil-center-in-south-sudan-breaching-ceasefire/a-17440209',
    '2014-02-18',
    'B',
    1,
  ),
  newnationFeb19: source(
    'Fighting ends S Sudan truce',
    'The Daily New Nation (BBC)',
    'https://thedailynewnation.com/news/3742/Fighting-ends-S-Sudan-truce',
    '2014-02-19',
    'C',
    2,
  ),
  stMar19: source(
    'South Sudan army recaptures Upper Nile capital from rebels',
    'Sudan Tribune',
    'https://www.sudantribune.com/spip.php?iframe&page=imprimable&id_article=50348',
    '2014-03-19',
    'B',
    1,
  ),
  zeitApr16: source(
    'Rebellen im Südsudan erobern Bentiu zurück',
    'Zeit Online (AFP)',
    'https://www.zeit.de/news/2014-04/16/suedsudan-uno-konflikte-ruestung-streitkraefte-rebellen-im-suedsudan-erobern-bentiu-zurueck-16200007',
    '2014-04-16',
    'B',
    1,
  ),
  abcApr21: source(
    'South Sudan rebels slaughter hundreds in oil town of Bentiu, the United Nations says',
    'ABC News (AFP)',
    'https://www.abc.net.au/news/2014-04-21/south-sudan-rebels-killed-hundreds-in-ethnic-massacres/5402570',
    '2014-04-21',
    'B',
    2,
  ),
  voaMay9: source(
    'South Sudan President, Rebel Chief Reach Cease-Fire Deal',
    'Voice of America',
    'http://www.voanews.com/content/south-sudan-president-rebel-chief-reach-cease-fire-deal/1911697.html',
    '2014-05-09',
    'B',
    1,
  ),
  waltaMay10: source(
    'South Sudan rivals Kiir and Machar agree peace deal',
    'Walta Info (BBC)',
    'http://www.waltainfo.com/index.php/editors-pick/13343-south-sudan-rivals-kiir-and-machar-agree-peace-deal',
    '2014-05-10',
    'C',
    1,
  ),
  trustMay11: source(
    "South Sudan's army, rebels accuse each other of breaking ceasefire",
    'Thomson Reuters Foundation (Reuters)',
    'http://news.trust.org/item/20140511101505-dlds2/?source=fiHeadlineStory',
    '2014-05-11',
    'B',
    3,
  ),
  france24May11: source(
    'S. Sudan army, rebels accuse each other of violating ceasefire deal',
    'France 24',
    'http://www.france24.com/en/20140511-south-sudan-rebels-government-violation-ceasefire-deal-kiir-machar/',
    '2014-05-11',
    'B',
    2,
  ),
  chinadailyMay14: source(
    'S. Sudan cease-fire broken as rebels and army battle',
    'China Daily (agencies)',
    'http://africa.chinadaily.com.cn/world/2014-05/14/content_17507055.htm',
    '2014-05-14',
    'B',
    3,
  ),
  reliefwebMay22: source(
    "Fresh Fighting Reported in South Sudan's Upper Nile State",
    'ReliefWeb (VOA)',
    'https://m.reliefweb.int/report/662120',
    '2014-05-22',
    'B',
    3,
  ),
  voaMar5: source(
    'South Sudan Warring Sides Miss Peace Deadline',
    'Voice of America',
    'https://voa.pangea-cms.com/preview/en-US/a/south-sudan-peace-talks-igad-deadline-kiir-machar/2668996.html',
    '2015-03-05',
    'B',
    1,
  ),
  voaMar6: source(
    'S. Sudan Talks End With No Deal',
    'Voice of America',
    'http://www.voanews.com/content/south-sudan-talks-break-down-day-after-deadline/2670056.html',
    '2015-03-06',
    'B',
    1,
  ),
  bbcMar6: source(
    'South Sudan government and rebels miss peace deal deadline',
    'BBC News',
    'https://www.bbc.com/news/world-africa-31755897',
    '2015-03-06',
    'B',
    1,
  ),
  afrikareporterAug17: source(
    'President Salva Kiir fails to sign South Sudan peace accord as deadline passes',
    'Afrika Reporter',
    'http://www.afrikareporter.com/president-salva-kiir-fails-to-sign-south-sudan-peace-accord-as-deadline-passes/',
    '2015-08-17',
    'C',
    1,
  ),
  loopAug17: source(
    "South Sudan's leader refuses to sign peace deal",
    'Loop Vanuatu (AP)',
    'https://www.loopvanuatu.com/content/south-sudans-leader-refuses-sign-peace-deal',
    '2015-08-17',
    'C',
    1,
  ),
  eastafricanAug26: source(
    'South Sudan president signs peace deal despite concerns',
    'The EastAfrican (Reuters)',
    'https://www.theeastafrican.co.ke/news/Salva-Kiir-signs-Juba-peace-deal--with-reservations/-/2558/2847118/-/id9ss1/-/index.html',
    '2015-08-26',
    'B',
    1,
  ),
  wikinewsAug27: source(
    'South Sudanese President Salva Kiir signs peace deal',
    'Wikinews',
    'https://en.m.wikinews.org/wiki/South_Sudanese_President_Salva_Kiir_signs_peace_deal',
    '2015-08-27',
    'C',
    3,
  ),
  panafricanAug29: source(
    'South Sudan President Declares Permanent Ceasefire',
    'Pan-African News Wire (Sudan Tribune)',
    'https://panafricannews.blogspot.com/2015/08/south-sudan-president-declares.html',
    '2015-08-29',
    'C',
    1,
  ),
  nyamileAug29: source(
    'South Sudanese Principles Declared Permanent Ceasefire But War Continues',
    'Nyamilepedia',
    'https://www.nyamile.com/news/south-sudanese-principles-declared-permanent-ceasefire-but-war-continues/',
    '2015-08-29',
    'C',
    1,
  ),
  juristAug31: source(
    'Violence persists in South Sudan despite scheduled ceasefire',
    'JURIST (AP)',
    'http://jurist.org/paperchase/2015/08/violences-persists-in-south-sudan-despite-scheduled-ceasefire.php',
    '2015-08-31',
    'C',
    3,
  ),
  dailymailApr26: source(
    'South Sudan rebel leader Machar sworn in as vice president',
    'Daily Mail (Reuters)',
    'http://www.dailymail.co.uk/wires/reuters/article-3559676/South-Sudan-rebel-leader-Machar-sworn-vice-president.html',
    '2016-04-26',
    'B',
    1,
  ),
  stApr26: source(
    "Machar sworn-in as South Sudan's First Vice-President",
    'Sudan Tribune',
    'https://www.sudantribune.com/spip.php?article58775',
    '2016-04-26',
    'B',
    1,
  ),
  voaApr29: source(
    'New South Sudan Government Sworn In',
    'Voice of America',
    'https://voa.pangea-cms.com/preview/en-US/a/new-south-sudan-government-sworn-in/3308258.html',
    '2016-04-29',
    'B',
    1,
  ),
  newtimesApr29: source(
    'South Sudan forms unity government',
    'The New Times (Xinhua)',
    'http://www.newtimes.co.rw/article/129476/News/south-sudan-forms-unity-government/amp',
    '2016-04-29',
    'B',
    1,
  ),
  insiderJul8: source(
    'Fighting breaks out at Kiir palace with Machar inside',
    'The Insider (Uganda)',
    'http://www.theinsider.ug/fighting-breaks-out-as-kiir-tries-to-arrest-machar/',
    '2016-07-08',
    'C',
    2,
  ),
  stJul8: source(
    'Heavy casualties reported on J1 clashes in Juba',
    'Sudan Tribune',
    'https://sudantribune.com/article57841',
    '2016-07-08',
    'B',
    2,
  ),
  alaturkaJul9: source(
    'Dozens killed in South Sudan presidential palace clash',
    'Alaturka (Anadolu)',
    'https://www.alaturka.us/dozens-killed-in-south-sudan-presidential-palace-clash/',
    '2016-07-09',
    'C',
    2,
  ),
  nyamileJul11: source(
    'South Sudan President Declared Ceasefire As Fighting Spirals Within The City Center',
    'Nyamilepedia',
    'https://www.nyamile.com/news/south-sudan-president-declared-ceasefire-as-fighting-spirals-within-the-city-center/',
    '2016-07-11',
    'C',
    3,
  ),
  bsJul11: source(
    'Ceasefire declared after fierce fighting in Juba',
    'Business Standard (AFP)',
    'https://www.business-standard.com/amp/article/pti-stories/ceasefire-declared-after-fierce-fighting-in-juba-116071101264_1.html',
    '2016-07-11',
    'B',
    1,
  ),
  ibtimesJul11: source(
    'South Sudan: Salva Kiir and Riek Machar order ceasefire amid renewed clashes in Juba',
    'International Business Times UK (Reuters)',
    'https://www.ibtimes.co.uk/south-sudan-salva-kiir-reik-machar-order-ceasefire-amid-renewed-clashes-juba-1570116',
    '2016-07-11',
    'B',
    1,
  ),
  albawabaJul12: source(
    'President of South Sudan declares unilateral ceasefire after several days of clashes',
    'Al Bawaba (dpa)',
    'https://www.albawaba.com/news/president-south-sudan-declares-unilateral-ceasefire-after-several-days-clashes-861148',
    '2016-07-12',
    'C',
    1,
  ),
  apdnewsJul22: source(
    "South Sudan's Kiir asks deputy to return to Juba within 48 hours",
    'APD News (Xinhua)',
    'https://www.apdnews.com/article/f37fade',
    '2016-07-22',
    'C',
    1,
  ),
  africanewsJul23: source(
    "South Sudanese minister replaces 'missing' Riek Machar as vice president",
    'Africanews',
    'https://africanews.com/amp/2016/07/23/south-sudan-minister-taban-deng-gai-replaces-reik-machar-as-vice-president',
    '2016-07-23',
    'B',
    1,
  ),
  washtimesJul26: source(
    'South Sudan president replaces rival vice president',
    'The Washington Times (AP)',
    'https://twt-assets.washtimes.com/news/2016/jul/26/salva-kiir-south-sudan-president-replaces-rival-vi',
    '2016-07-26',
    'B',
    1,
  ),
  stSep25: source(
    'Machar\'s faction calls for armed resistance against "regime" in Juba',
    'Sudan Tribune',
    'http://www.sudantribune.com/spip.php?article60342',
    '2016-09-25',
    'B',
    1,
  ),
  stSep28: source(
    "U.S. condemns South Sudan rebel leader's call for renewed war",
    'Sudan Tribune',
    'https://sudantribune.com/article58632',
    '2016-09-28',
    'B',
    1,
  ),
  alarabyAug7: source(
    'South Sudan military captures rebel headquarters near Ethiopia border',
    'The New Arab (AFP)',
    'https://www.alaraby.co.uk/english/news/2017/8/7/south-sudan-military-captures-rebel-headquarters-near-ethiopia-border',
    '2017-08-07',
    'B',
    1,
  ),
  cnaAug7: source(
    "South Sudan's army captures main rebel base, rebels say",
    'Channel NewsAsia (Reuters)',
    'http://www.channelnewsasia.com/news/world/south-sudan-army-captures-main-rebel-base--rebels-say-9099584?cid=cna_flip_070214',
    '2017-08-07',
    'B',
    1,
  ),
  globaltimesAug14: source(
    "South Sudan rebels say have recaptured stronghold from gov't troops",
    'Global Times (Xinhua)',
    'http://www.globaltimes.cn/content/1061181.shtml',
    '2017-08-14',
    'B',
    3,
  ),
  altafricaDec21: source(
    "South Sudan Cease-Fire Is Signed, but 'Difficult' Period Awaits",
    'Alternative Africa (The New York Times)',
    'https://alternativeafrica.com/2017/12/21/south-sudan-cease-fire-is-signed-but-difficult-period-awaits/',
    '2017-12-21',
    'C',
    1,
  ),
  stDec22: source(
    'African Union, UNMISS welcome South Sudan cessation of hostilities deal',
    'Sudan Tribune',
    'https://sudantribune.com/?p=62485',
    '2017-12-22',
    'B',
    1,
  ),
  gardaDec27: source(
    'South Sudan: Truce violations on December 24 /update 1',
    'GardaWorld Crisis24',
    'https://www.garda.com/crisis24/news-alerts/83661/south-sudan-truce-violations-on-december-24-update-1',
    '2017-12-27',
    'C',
    3,
  ),
  maxDec27: source(
    'South Sudan SITUATION UPDATE: Government, rebels sign cessation of hostilities agreement, violated hours after it goes into effect on December 24',
    'MAX Security',
    'https://app.max-security.com/south-sudan-situation-update-government-rebels-sign-cessation-hostilities-agreement-violated-hours/',
    '2017-12-27',
    'C',
    3,
  ),
  reachnaijaJan3: source(
    'Warning For South Sudan To Stop Voilating Ceasefire Agreement',
    'ReachNaija (BBC)',
    'http://reachnaija.com/2018/01/03/warning-for-south-sudan-to-stop-voilating-ceasefire-agreement/',
    '2018-01-03',
    'C',
    1,
  ),
  voaJan4: source(
    'Fighting Resumes in South Sudan in Violation of Cease-fire',
    'VOA Africa',
    'https://voaafrica.com/amp/fighting-resumes-in-south-sudan-in-violation-of-cease-fire/4192595.html',
    '2018-01-04',
    'B',
    3,
  ),
  stMay13: source(
    'SPLM-IO accuses S Sudan government forces of fresh attacks',
    'Sudan Tribune',
    'http://www.sudantribune.com/spip.php?article65396',
    '2018-05-13',
    'B',
    3,
  ),
  stMay23: source(
    "South Sudan's army accuses rebels of ceasefire violation",
    'Sudan Tribune',
    'https://sudantribune.com/article63621',
    '2018-05-23',
    'B',
    3,
  ),
  independentJun27: source(
    "South Sudan's Kiir, Machar Agree 'Permanent' Ceasefire",
    'Independent Newspaper Nigeria (AFP)',
    'https://independent.ng/south-sudans-kiir-machar-agree-permanent-ceasefire/',
    '2018-06-27',
    'C',
    1,
  ),
  stJun27: source(
    'Kiir, Machar sign permanent ceasefire in South Sudan',
    'Sudan Tribune',
    'https://sudantribune.com/article63885',
    '2018-06-27',
    'B',
    1,
  ),
  newarabJun27: source(
    "South Sudan rivals agree 'permanent' ceasefire",
    'The New Arab (AFP)',
    'https://www.newarab.com/news/south-sudan-rivals-agree-permanent-ceasefire',
    '2018-06-27',
    'B',
    1,
  ),
  ajJun30: source(
    'South Sudan ceasefire violated hours after taking effect',
    'Al Jazeera',
    'https://www.aljazeera.com/news/2018/6/30/south-sudan-ceasefire-violated-hours-after-taking-effect',
    '2018-06-30',
    'B',
    3,
  ),
  junutalkJun30: source(
    'South Sudan Fighting After Cease-Fire Leaves at Least 15 Dead',
    'JunuTalk (Bloomberg)',
    'https://junutalk.com/2018/06/30/south-sudan-fighting-after-cease-fire-leaves-at-least-15-dead/',
    '2018-06-30',
    'C',
    3,
  ),
  towerpostJul2: source(
    'Bloody Clashes Emerge Amid South Sudan Permanent Cease Fire Process',
    'The Tower Post (Sudan Tribune)',
    'https://thetowerpost.com/2018/07/02/bloody-clashes-emerge-amid-south-sudan-permanent-cease-fire-process/',
    '2018-07-02',
    'C',
    3,
  ),
  trtSep12: source(
    'South Sudan government and rebels sign another peace deal',
    'TRT World (AP)',
    'https://trt.global/world/article/12709623',
    '2018-09-12',
    'B',
    1,
  ),
  stSep13: source(
    'South Sudan rivals finally sign revitalized peace agreement.',
    'Sudan Tribune',
    'http://sudantribune.com/spip.php?article66237',
    '2018-09-13',
    'B',
    1,
  ),
  edgeSep14: source(
    'Fighting rages in South Sudan a day after peace deal',
    'Edge (Uganda)',
    'http://edge.ug/2018/09/14/fighting-rages-in-south-sudan-a-day-after-peace-deal/',
    '2018-09-14',
    'C',
    3,
  ),
  gardaSep17: source(
    'South Sudan: Truce violations September 14-15',
    'GardaWorld Crisis24',
    'https://www.garda.com/crisis24/news-alerts/156056/south-sudan-truce-violations-september-14-15',
    '2018-09-17',
    'C',
    3,
  ),
};

const D = { macharReturn: 'machar-return-to-juba-2016-07' };
const U = { fortyEightHours: 'kiir-48-hours-2016-07-21' };
const R = {
  addis2014: 'addis-2014-01',
  addisMay2014: 'addis-2014-05',
  addis2015: 'addis-2015-03',
  arcss: 'addis-2015-08',
  hlrf: 'hlrf-2017-12',
  khartoum: 'khartoum-2018-06',
  summit2018: 'igad-summit-2018-09',
};
const AG = {
  coh2014: 'coh-agreement-2014-01-23',
  may2014: 'agreement-to-resolve-the-crisis-2014-05-09',
  arcss: 'arcss-2015',
  coh2017: 'coh-agreement-2017-12-21',
  khartoum: 'khartoum-declaration-2018-06-27',
  rarcss: 'r-arcss-2018-09-12',
};
const CF = {
  coh2014: 'coh-2014-01',
  may2014: 'recommitment-2014-05',
  arcss: 'arcss-permanent-ceasefire-2015-08',
  juba2016: 'juba-ceasefire-2016-07-11',
  coh2017: 'coh-2017-12',
  khartoum: 'khartoum-permanent-ceasefire-2018-06',
};
const O = {
  bor2014: 'bor-2014-01-18',
  coh2014: 'coh-2014-01-23',
  accusations2014: 'coh-accusations-2014-01-25',
  malakalFeb: 'malakal-2014-02-18',
  may2014: 'addis-2014-05-09',
  bentiuMay: 'bentiu-2014-05-11',
  nasir: 'nasir-2014-05-21',
  arcssSigned: 'arcss-signed-2015-08-26',
  nile: 'nile-convoy-2015-08-30',
  j1: 'j1-2016-07-08',
  juba11: 'juba-ceasefire-2016-07-11',
  politburo: 'io-politburo-2016-09-24',
  coh2017: 'coh-2017-12-21',
  koch: 'koch-2017-12-24',
  amadi: 'amadi-2017-12-24',
  yei2018: 'yei-2018-01-03',
  dulu: 'dulu-2018-05-11',
  leer: 'liech-2018-05-23',
  khartoum: 'khartoum-2018-06-27',
  mboro: 'mboro-2018-06-30',
  maban: 'maban-2018-06-30',
  kendiri: 'kendiri-2018-07-01',
  rarcss: 'r-arcss-2018-09-12',
  kajoKeji: 'kajo-keji-2018-09-13',
  mundu: 'mundu-2018-09-14',
};

const events = [
  // ===== December 2013: Juba, Bor, Bentiu =====
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '2013-12-15', recordedAt: rec('2013-12-17', '12:00') },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'South Sudan – SPLM/A-IO (the civil war), 2013–18',
      subject:
        "The civil war between the government of South Sudan and the SPLM/A-In Opposition led by Riek Machar, from the fighting in Juba through IGAD's Addis Ababa process, the ARCSS and the unity government, the Juba fighting of July 2016, the revitalisation forum and the Khartoum round to the Revitalised agreement",
      parties: [SOUTH_SUDAN, SPLM_IO],
      mediators: [],
    },
    [S.yahooDec16, S.wnDec17],
    { note: 'Opened at the fighting in Juba; IGAD mediates from the Addis Ababa talks of January 2014.' },
  ),
  ev(
    'IncidentReported',
    'inc-juba-dec15',
    { occurredAt: '2013-12-15T19:00:00Z', precision: 'approximate', recordedAt: rec('2013-12-17', '12:05') },
    {
      incidentId: 'juba-2013-12-15',
      kind: 'clash',
      perpetrator: 'splm-io',
      allegedBy: 'south-sudan',
      against: 'south-sudan',
      target: "The army's headquarters and weapons store",
      place: 'Juba',
      fatalities: { min: 400, max: 500 },
      description:
        "Fighting between factions of the army from the night of the 15th: the government says soldiers loyal to Machar raided the main army base's weapons store in a coup attempt and were repulsed; sporadic gunfire and explosions go on through the 16th and 17th. UN diplomats put the dead at 400 to 500 by the 17th. Machar denies a coup.",
    },
    [S.yahooDec16, S.wnDec17],
  ),
  ev(
    'StatementMade',
    'stmt-barnaba-dec16',
    { occurredAt: '2013-12-16', recordedAt: rec('2013-12-17', '12:10') },
    {
      speaker: BARNABA,
      audience: 'splm-io',
      tone: 'accusation',
      summary:
        'Disgruntled soldiers and politicians led by the former vice-president Riek Machar attempted to overthrow the government; political leaders arrested, Machar wanted.',
    },
    [S.yahooDec16, S.wnDec17],
  ),
  ev(
    'IncidentReported',
    'inc-bor-dec19',
    { occurredAt: '2013-12-19', recordedAt: rec('2013-12-22', '12:00') },
    {
      incidentId: 'bor-2013-12-19',
      kind: 'clash',
      perpetrator: 'splm-io',
      allegedBy: 'south-sudan',
      against: 'south-sudan',
      place: 'Bor',
      description:
        "The army's commander in Jonglei, Peter Gadet, mutinies and his forces seize Bor, the capital of Jonglei state, after fighting with troops loyal to the president (the top general in Bor defected with his troops).",
    },
    [S.ahramDec22],
  ),
  ev(
    'IncidentReported',
    'inc-bentiu-dec21',
    { occurredAt: '2013-12-21', recordedAt: rec('2013-12-22', '12:05') },
    {
      incidentId: 'bentiu-2013-12-21',
      kind: 'clash',
      perpetrator: 'splm-io',
      allegedBy: 'south-sudan',
      against: 'south-sudan',
      place: 'Bentiu',
      description:
        'The army\'s divisional commander in Unity state, James Koang, defects to Machar and takes the state capital Bentiu, chasing out the governor; the government says on Twitter Bentiu "is not currently in our hands".',
    },
    [S.reutersDec22, S.ahramDec22],
  ),
  ev(
    'IncidentReported',
    'inc-bor-dec24',
    { occurredAt: '2013-12-24', recordedAt: rec('2013-12-24', '20:00') },
    {
      incidentId: 'bor-2013-12-24',
      kind: 'clash',
      perpetrator: 'south-sudan',
      allegedBy: 'south-sudan',
      against: 'splm-io',
      place: 'Bor',
      description:
        'President Kiir says his forces have taken Bor and are clearing the remaining rebel forces; the information minister: "captured Bor around sunset and the rebel forces are now on the run". The rebels do not comment.',
    },
    [S.bbcDec24],
  ),
  ev(
    'ActorRegistered',
    'actor-uganda',
    { occurredAt: '2013-12-30', recordedAt: rec('2013-12-31', '12:00') },
    { actor: UGANDA, role: 'third-party' },
    [S.ssnaDec31],
    { note: "Uganda's army fights on the government's side; its acts are a third party's." },
  ),
  ev(
    'StatementMade',
    'stmt-museveni-dec30',
    { occurredAt: '2013-12-30', recordedAt: rec('2013-12-31', '12:05') },
    {
      speaker: MUSEVENI,
      audience: 'splm-io',
      tone: 'military-threat',
      summary: 'Threatens to use military force against Machar if he does not accept a ceasefire.',
    },
    [S.ssnaDec31],
  ),
  ev(
    'IncidentReported',
    'inc-bor-dec31',
    { occurredAt: '2013-12-31', recordedAt: rec('2014-01-01', '09:00') },
    {
      incidentId: 'bor-2013-12-31',
      kind: 'clash',
      perpetrator: 'splm-io',
      allegedBy: 'south-sudan',
      against: 'south-sudan',
      place: 'Bor',
      description:
        'Rebel forces attack at dawn and retake Bor; the mayor says government troops made a "tactical withdrawal" to the Malual Chaat barracks south of the town. The information minister: Machar wants to "talk from a position of strength" at the talks.',
    },
    [S.reutersJan1, S.ssnaDec31],
  ),
  // ===== January 2014: the towns retaken, the Cessation of Hostilities Agreement =====
  ev(
    'IncidentReported',
    'inc-bentiu-jan10',
    { occurredAt: '2014-01-10', recordedAt: rec('2014-01-11', '09:00') },
    {
      incidentId: 'bentiu-2014-01-10',
      kind: 'clash',
      perpetrator: 'south-sudan',
      allegedBy: 'south-sudan',
      against: 'splm-io',
      place: 'Bentiu',
      description:
        'The army retakes Bentiu after about two hours of fire, capturing ten tanks; the rebels speak of "a tactical withdrawal to avoid casualties".',
    },
    [S.stripesJan11],
  ),
  ev(
    'IncidentReported',
    'inc-malakal-jan14',
    { occurredAt: '2014-01-14', recordedAt: rec('2014-01-14', '20:00') },
    {
      incidentId: 'malakal-2014-01-14',
      kind: 'clash',
      perpetrator: 'splm-io',
      allegedBy: 'splm-io',
      against: 'south-sudan',
      place: 'Malakal',
      description:
        'Rebel forces take Malakal, the capital of Upper Nile, after "an intense three days of fighting" (their spokesman); some 90 government soldiers take refuge in the UN compound.',
    },
    [S.nyamileJan14],
  ),
  ev(
    'IncidentReported',
    'inc-bor-spla-jan18',
    { occurredAt: '2014-01-18', recordedAt: rec('2014-01-18', '18:00') },
    {
      incidentId: 'bor-spla-2014-01-18',
      kind: 'clash',
      perpetrator: 'south-sudan',
      allegedBy: 'south-sudan',
      against: 'splm-io',
      place: 'Bor',
      description:
        'The army enters Bor ("The SPLA has defeated more than 15,000 forces of Riek Machar"), with "many dead" and no figures; the rebels say they withdrew to reorganise.',
    },
    [S.townhallJan18, S.bbcJan18],
    { occurrence: O.bor2014 },
  ),
  ev(
    'IncidentReported',
    'inc-bor-updf-jan18',
    { occurredAt: '2014-01-18', recordedAt: rec('2014-01-18', '18:05') },
    {
      incidentId: 'bor-updf-2014-01-18',
      kind: 'clash',
      perpetrator: 'uganda',
      allegedBy: 'uganda',
      against: 'splm-io',
      place: 'Bor',
      description:
        'Uganda\'s army claims the capture: "It\'s UPDF that captured Bor. There was a lot of resistance but our force was overwhelming."',
    },
    [S.townhallJan18],
    { occurrence: O.bor2014, note: "The same battle as the SPLA's record of it: one occurrence, Uganda's part." },
  ),
  ev(
    'IncidentReported',
    'inc-malakal-jan20',
    { occurredAt: '2014-01-20', recordedAt: rec('2014-01-21', '09:00') },
    {
      incidentId: 'malakal-2014-01-20',
      kind: 'clash',
      perpetrator: 'south-sudan',
      allegedBy: 'south-sudan',
      against: 'splm-io',
      place: 'Malakal',
      description:
        'The army says it has retaken Malakal after a week of fighting that left many civilians and soldiers dead (no figures); the rebels say the attack was repulsed.',
    },
    [S.chicagoJan20, S.monitorJan21],
  ),
  ev(
    'ActorRegistered',
    'actor-igad',
    { occurredAt: '2014-01-04', precision: 'approximate', recordedAt: rec('2014-01-23', '18:00') },
    { actor: IGAD, role: 'mediator' },
    [S.stJan23],
  ),
  ev(
    'TalksRoundOpened',
    'round-addis-2014-open',
    { occurredAt: '2014-01-04', precision: 'approximate', recordedAt: rec('2014-01-23', '18:05') },
    {
      roundId: R.addis2014,
      label: 'IGAD talks in Addis Ababa (January 2014)',
      venue: 'Addis Ababa',
      format: 'formal',
      hosts: ['igad'],
      delegations: [
        { actorId: 'south-sudan', head: NHIAL },
        { actorId: 'splm-io', head: TABAN },
      ],
    },
    [S.stJan23],
    { note: 'Sudan Tribune: the delegations "have for the last three weeks been negotiating" in Addis Ababa.' },
  ),
  ev(
    'TalksRoundConcluded',
    'round-addis-2014-concluded',
    { occurredAt: '2014-01-23', recordedAt: rec('2014-01-23', '18:10') },
    {
      roundId: R.addis2014,
      outcome: 'agreement',
      summary: 'A Cessation of Hostilities Agreement and an agreement on the eleven political detainees.',
      nextSteps: 'Talks to resume on 7 February.',
    },
    [S.stJan23, S.voaJan23],
    { occurrence: O.coh2014 },
  ),
  ev(
    'AgreementReached',
    'agr-coh-2014',
    { occurredAt: '2014-01-23', recordedAt: rec('2014-01-23', '18:15') },
    {
      agreementId: AG.coh2014,
      kind: 'ceasefire',
      provisions: [
        'An immediate cessation of military actions, within 24 hours of signing; forces to stay where they are',
        'Foreign forces (Uganda) to leave all theatres of operations',
        'No violence against civilians; safe corridors for humanitarian assistance',
        'Monitoring and verification by IGAD',
      ],
      signatories: ['south-sudan', 'splm-io'],
      textPublic: true,
      roundId: R.addis2014,
      status: 'signed',
    },
    [S.voaJan23, S.stJan23],
    { occurrence: O.coh2014, note: 'Signed by Nhial Deng Nhial and Taban Deng Gai.' },
  ),
  ev(
    'IncidentReported',
    'inc-unity-jonglei-jan24',
    { occurredAt: '2014-01-24', recordedAt: rec('2014-01-24', '18:00') },
    {
      incidentId: 'unity-jonglei-2014-01-24',
      kind: 'clash',
      perpetrator: 'south-sudan',
      allegedBy: 'splm-io',
      against: 'splm-io',
      place: 'Unity and Jonglei states',
      description:
        'The rebels say government forces with Darfuri JEM fighters attacked their positions at Duar in Unity state, and with Ugandan troops south of Bor; the army says it has heard of no fighting. Within the 24 hours before the ceasefire took effect.',
    },
    [graded(S.voaJan24, 3)],
  ),
  ev(
    'CeasefireDeclared',
    'cf-coh-2014',
    { occurredAt: '2014-01-24T17:30:00Z', recordedAt: rec('2014-01-25', '12:00') },
    {
      ceasefireId: CF.coh2014,
      parties: ['south-sudan', 'splm-io'],
      scope: 'The Cessation of Hostilities Agreement of 23 January, in effect 24 hours after signing',
      duration: 'indefinite',
      mediatedBy: ['igad'],
    },
    [S.rapplerJan25, S.voaJan23],
  ),
  ev(
    'CeasefireViolationReported',
    'cfv-gov-jan25',
    { occurredAt: '2014-01-25', recordedAt: rec('2014-01-27', '08:50') },
    {
      ceasefireId: CF.coh2014,
      allegedBy: 'south-sudan',
      against: 'splm-io',
      description:
        'Makuei: "the rebel forces are still continuing attacking our forces"; no place or toll given. The army spokesman had said that morning that the clashes appeared to have ended.',
    },
    [S.rapplerJan25, S.mgJan27],
    { occurrence: O.accusations2014 },
  ),
  ev(
    'StatementMade',
    'stmt-makuei-jan25',
    { occurredAt: '2014-01-25', recordedAt: rec('2014-01-27', '08:55') },
    {
      speaker: MAKUEI,
      audience: 'splm-io',
      tone: 'warning',
      summary:
        'Rebels are "indisciplined people" with no central command; "if nothing is done by the IGAD, then definitely our forces will not fold their hands".',
      quote: 'Our forces… will have to defend themselves.',
    },
    [S.rapplerJan25, S.mgJan27],
  ),
  ev(
    'CeasefireViolationReported',
    'cfv-io-jan25',
    { occurredAt: '2014-01-25', recordedAt: rec('2014-01-27', '09:00') },
    {
      ceasefireId: CF.coh2014,
      allegedBy: 'splm-io',
      against: 'south-sudan',
      description:
        'The rebels accuse the government of attacking their positions in Unity, Jonglei and Upper Nile states "soon after the agreement was signed".',
    },
    [S.mgJan27],
    { occurrence: O.accusations2014 },
  ),
  // ===== February – April 2014: Malakal, Bentiu =====
  ev(
    'IncidentReported',
    'inc-malakal-feb18',
    { occurredAt: '2014-02-18', recordedAt: rec('2014-02-18', '18:00') },
    {
      incidentId: 'malakal-2014-02-18',
      kind: 'clash',
      perpetrator: 'splm-io',
      allegedBy: 'south-sudan',
      against: 'south-sudan',
      place: 'Malakal',
      description:
        'Rebels launch "a very big, coordinated attack" on Malakal after a dawn artillery battle; the government admits they hold parts of the town, the rebel commander says they retook it. The heaviest fighting since the ceasefire (AFP); no toll given.',
    },
    [S.dailystarFeb18, S.dwFeb18],
    { occurrence: O.malakalFeb },
  ),
  ev(
    'CeasefireViolationReported',
    'cfv-malakal-feb18',
    { occurredAt: '2014-02-18', recordedAt: rec('2014-02-18', '18:05') },
    {
      ceasefireId: CF.coh2014,
      allegedBy: 'south-sudan',
      against: 'splm-io',
      description: 'Makuei: "a flagrant violation of the cessation of hostilities agreement signed by both sides".',
    },
    [S.dwFeb18],
    { occurrence: O.malakalFeb },
  ),
  ev(
    'CeasefireEnded',
    'cf-coh-2014-ended',
    { occurredAt: '2014-02-18', recordedAt: rec('2014-02-19', '09:00') },
    {
      ceasefireId: CF.coh2014,
      reason: 'collapsed',
      summary:
        'The assault on Malakal, the first major clashes since the agreement, ends the truce both sides had accused the other of breaking since January.',
    },
    [S.newnationFeb19, S.dailystarFeb18],
    { occurrence: O.malakalFeb },
  ),
  ev(
    'IncidentReported',
    'inc-malakal-mar19',
    { occurredAt: '2014-03-19', recordedAt: rec('2014-03-19', '18:00') },
    {
      incidentId: 'malakal-2014-03-19',
      kind: 'clash',
      perpetrator: 'south-sudan',
      allegedBy: 'south-sudan',
      against: 'splm-io',
      place: 'Malakal',
      description:
        'The army retakes Malakal after the rebels attacked its positions at Makal Shilluk; Machar\'s spokesman confirms the withdrawal "for tactical reasons".',
    },
    [S.stMar19],
  ),
  ev(
    'IncidentReported',
    'inc-bentiu-apr15',
    { occurredAt: '2014-04-15', recordedAt: rec('2014-04-16', '12:00') },
    {
      incidentId: 'bentiu-2014-04-15',
      kind: 'clash',
      perpetrator: 'splm-io',
      allegedBy: 'south-sudan',
      against: 'south-sudan',
      place: 'Bentiu',
      description:
        'The SPLA-IO takes Bentiu in heavy battles; the army spokesman says the government troops withdrew from the town.',
    },
    [S.zeitApr16],
  ),
  ev(
    'EventCorrected',
    'corr-bentiu-apr21',
    { occurredAt: '2014-04-21', recordedAt: rec('2014-04-21', '18:00') },
    {
      eventId: idOf('inc-bentiu-apr15'),
      changes: {
        data: {
          fatalities: { min: 200, max: 400 },
          civilianFatalities: { min: 200, max: 400 },
          description:
            'The SPLA-IO takes Bentiu in heavy battles and its gunmen spend two days hunting down civilians by ethnicity and nationality in the mosque, a church, the hospital and an abandoned WFP compound: "more than 200 civilians were reportedly killed and over 400 wounded" in the mosque alone (UNMISS); the government puts the toll above 400. The SPLM-IO denies it.',
        },
      },
      reason: "UNMISS's account of the killings after the capture (21 April).",
    },
    [S.abcApr21],
  ),
  // ===== May 2014: Kiir and Machar face to face =====
  ev(
    'TalksRoundOpened',
    'round-addis-may-open',
    { occurredAt: '2014-05-09', recordedAt: rec('2014-05-10', '09:00') },
    {
      roundId: R.addisMay2014,
      label: 'Kiir – Machar meeting at the IGAD summit',
      venue: 'Addis Ababa',
      format: 'formal',
      hosts: ['igad'],
      delegations: [
        { actorId: 'south-sudan', head: KIIR },
        { actorId: 'splm-io', head: MACHAR },
      ],
    },
    [S.voaMay9, S.waltaMay10],
    { occurrence: O.may2014, note: 'Their first face-to-face meeting since the fighting began.' },
  ),
  ev(
    'TalksRoundConcluded',
    'round-addis-may-concluded',
    { occurredAt: '2014-05-09', recordedAt: rec('2014-05-10', '09:05') },
    {
      roundId: R.addisMay2014,
      outcome: 'agreement',
      summary: 'The Agreement to Resolve the Crisis in South Sudan.',
      nextSteps: 'The leaders to meet again within a month; a transitional government of national unity.',
    },
    [S.voaMay9],
    { occurrence: O.may2014 },
  ),
  ev(
    'AgreementReached',
    'agr-may-2014',
    { occurredAt: '2014-05-09', recordedAt: rec('2014-05-10', '09:10') },
    {
      agreementId: AG.may2014,
      kind: 'framework',
      provisions: [
        'Cease all hostile activities within 24 hours, re-dedicating the parties to the Cessation of Hostilities Agreement of 23 January 2014',
        'Disengage and separate forces; orders to all commands, verified by the IGAD monitoring mechanism within a week',
        'Open humanitarian corridors',
        'A transitional government of national unity',
      ],
      signatories: ['south-sudan', 'splm-io'],
      textPublic: true,
      roundId: R.addisMay2014,
      status: 'signed',
    },
    [S.voaMay9, S.waltaMay10],
    { occurrence: O.may2014 },
  ),
  ev(
    'StatementMade',
    'stmt-kiir-may9',
    { occurredAt: '2014-05-09', recordedAt: rec('2014-05-10', '09:15') },
    {
      speaker: KIIR,
      audience: 'splm-io',
      tone: 'conciliatory',
      summary: 'From Saturday his troops will not violate the agreement; his party and army will implement it.',
      quote: 'I and my party… and the army that I am leading, will implement this agreement without any failure.',
    },
    [S.voaMay9],
    { occurrence: O.may2014 },
  ),
  ev(
    'CeasefireDeclared',
    'cf-may-2014',
    { occurredAt: '2014-05-10T21:00:00Z', precision: 'approximate', recordedAt: rec('2014-05-11', '09:00') },
    {
      ceasefireId: CF.may2014,
      parties: ['south-sudan', 'splm-io'],
      scope:
        'The cessation of all hostile activities within 24 hours of the agreement signed late on 9 May, re-dedicating the parties to the January agreement',
      duration: 'indefinite',
      mediatedBy: ['igad'],
    },
    [S.trustMay11, S.voaMay9],
  ),
  ev(
    'IncidentReported',
    'inc-bentiu-may11',
    { occurredAt: '2014-05-11', recordedAt: rec('2014-05-11', '18:00') },
    {
      incidentId: 'bentiu-2014-05-11',
      kind: 'clash',
      perpetrator: 'splm-io',
      allegedBy: 'south-sudan',
      against: 'south-sudan',
      place: 'Bentiu',
      description:
        'A UN official confirms fighting near Bentiu, both sides exchanging fire; the army says it repulsed two rebel attacks in Unity state "only six hours after the ceasefire came into effect". No toll given.',
    },
    [S.france24May11, S.trustMay11],
    { occurrence: O.bentiuMay },
  ),
  ev(
    'CeasefireViolationReported',
    'cfv-gov-may11',
    { occurredAt: '2014-05-11', recordedAt: rec('2014-05-11', '18:05') },
    {
      ceasefireId: CF.may2014,
      allegedBy: 'south-sudan',
      against: 'splm-io',
      description: 'The army: rebels attacked two of its positions in Unity state, one near Bentiu.',
    },
    [S.trustMay11],
    { occurrence: O.bentiuMay },
  ),
  ev(
    'CeasefireViolationReported',
    'cfv-io-may11',
    { occurredAt: '2014-05-11', recordedAt: rec('2014-05-11', '18:10') },
    {
      ceasefireId: CF.may2014,
      allegedBy: 'splm-io',
      against: 'south-sudan',
      description:
        'The rebels: the army attacked in Unity and Upper Nile states and kept shelling their Upper Nile positions past the deadline; Kiir "is either insincere or not in control of his forces".',
    },
    [S.trustMay11],
    { occurrence: O.bentiuMay },
  ),
  ev(
    'IncidentReported',
    'inc-bentiu-may12',
    { occurredAt: '2014-05-12', recordedAt: rec('2014-05-14', '09:00') },
    {
      incidentId: 'bentiu-2014-05-12',
      kind: 'shelling',
      perpetrator: 'south-sudan',
      allegedBy: 'splm-io',
      against: 'splm-io',
      place: 'Bentiu',
      description:
        'The rebel spokesman says the army wrested back control of Bentiu and accuses it of "indiscriminate, intensive and extensive shelling of surrounding villages"; the defence minister reports rebel attacks in Upper Nile.',
    },
    [S.chinadailyMay14],
  ),
  ev(
    'IncidentReported',
    'inc-nasir-may21',
    { occurredAt: '2014-05-21', precision: 'approximate', recordedAt: rec('2014-05-22', '12:00') },
    {
      incidentId: 'nasir-barliet-2014-05-21',
      kind: 'shelling',
      perpetrator: 'splm-io',
      allegedBy: 'south-sudan',
      against: 'south-sudan',
      place: 'Nasir, Upper Nile',
      fatalities: { min: 4, max: 4 },
      civilianFatalities: { min: 4, max: 4 },
      description:
        "The army says Machar's forces shelled Nasir and attacked villages in Bar-liet county, killing four civilians; the opposition says the army shelled its positions in Nasir to provoke it.",
    },
    [S.reliefwebMay22],
    { occurrence: O.nasir },
  ),
  ev(
    'CeasefireViolationReported',
    'cfv-nasir-may21',
    { occurredAt: '2014-05-21', precision: 'approximate', recordedAt: rec('2014-05-22', '12:05') },
    {
      ceasefireId: CF.may2014,
      allegedBy: 'south-sudan',
      against: 'splm-io',
      casualties: { min: 4, max: 4 },
      civilianFatalities: { min: 4, max: 4 },
      description: 'The army: a violation of the cessation of hostilities, four civilians killed.',
    },
    [S.reliefwebMay22],
    { occurrence: O.nasir },
  ),
  // ===== March 2015: the deadline missed =====
  ev(
    'TalksRoundOpened',
    'round-addis-2015-open',
    { occurredAt: '2015-03-03', recordedAt: rec('2015-03-05', '20:00') },
    {
      roundId: R.addis2015,
      label: 'Kiir – Machar talks before the IGAD deadline of 5 March',
      venue: 'Addis Ababa',
      format: 'formal',
      hosts: ['igad'],
      delegations: [
        { actorId: 'south-sudan', head: KIIR },
        { actorId: 'splm-io', head: MACHAR },
      ],
    },
    [S.voaMar5],
  ),
  ev(
    'TalksRoundConcluded',
    'round-addis-2015-concluded',
    { occurredAt: '2015-03-06', recordedAt: rec('2015-03-06', '20:00') },
    {
      roundId: R.addis2015,
      outcome: 'collapsed',
      summary:
        'The deadline of 5 March passes without a deal; a day later Kiir and Machar walk away from the table. Disagreements over security arrangements, power-sharing and wealth-sharing.',
      nextSteps: 'IGAD to form "a new mechanism" for the talks; no date set.',
    },
    [S.voaMar6, S.bbcMar6],
  ),
  ev(
    'StatementMade',
    'stmt-hailemariam-mar6',
    { occurredAt: '2015-03-06', recordedAt: rec('2015-03-06', '20:05') },
    {
      speaker: HAILEMARIAM,
      audience: 'both parties',
      tone: 'critical',
      summary:
        'Prolonging the war is "unacceptable, both morally and politically"; IGAD will hold the parties to forming a transitional government by July.',
    },
    [S.voaMar6],
  ),
  // ===== August 2015: the ARCSS and its permanent ceasefire =====
  ev(
    'TalksRoundOpened',
    'round-arcss-open',
    { occurredAt: '2015-08-17', recordedAt: rec('2015-08-17', '20:00') },
    {
      roundId: R.arcss,
      label: 'IGAD-Plus summit on the compromise agreement',
      venue: 'Addis Ababa',
      format: 'formal',
      hosts: ['igad'],
      delegations: [
        { actorId: 'south-sudan', head: KIIR },
        { actorId: 'splm-io', head: MACHAR },
      ],
    },
    [S.afrikareporterAug17, S.loopAug17],
  ),
  ev(
    'AgreementReached',
    'agr-arcss',
    { occurredAt: '2015-08-17', recordedAt: rec('2015-08-17', '20:05') },
    {
      agreementId: AG.arcss,
      kind: 'comprehensive',
      provisions: [
        'A permanent ceasefire within 72 hours of signing',
        'Forces to withdraw from a 25 km radius of Juba; foreign forces to leave within 45 days',
        "A transitional government of national unity, with the SPLM/A-IO's leader as first vice-president",
        'Elections at the end of a 30-month transition',
      ],
      signatories: ['south-sudan', 'splm-io'],
      textPublic: true,
      roundId: R.arcss,
      status: 'initialled',
    },
    [S.afrikareporterAug17, S.loopAug17],
    {
      note: 'Signed by Machar and by Pagan Amum (for the former detainees); the government initialled it and asked for 15 days of consultations.',
    },
  ),
  ev(
    'TalksRoundConcluded',
    'round-arcss-concluded',
    { occurredAt: '2015-08-17', recordedAt: rec('2015-08-17', '20:10') },
    {
      roundId: R.arcss,
      outcome: 'progress',
      summary: 'Machar signs the compromise agreement; Kiir does not, asking for 15 days.',
      nextSteps: 'The government to return within 15 days to finalise the agreement.',
    },
    [S.afrikareporterAug17, S.loopAug17],
  ),
  ev(
    'AgreementStatusChanged',
    'agr-arcss-signed',
    { occurredAt: '2015-08-26', recordedAt: rec('2015-08-26', '18:00') },
    {
      agreementId: AG.arcss,
      status: 'signed',
      by: 'south-sudan',
      reason: 'Kiir signs in Juba before the leaders of Kenya, Uganda and Ethiopia, with "serious reservations".',
    },
    [S.eastafricanAug26],
    { occurrence: O.arcssSigned },
  ),
  ev(
    'StatementMade',
    'stmt-kiir-aug26',
    { occurredAt: '2015-08-26', recordedAt: rec('2015-08-26', '18:05') },
    {
      speaker: KIIR,
      audience: 'igad',
      tone: 'critical',
      summary:
        'Signs with reservations on the conduct of the mediation, the demilitarisation of Juba and the powers of the first vice-president: "With all those reservations that we have, we will sign this document."',
    },
    [S.eastafricanAug26],
    { occurrence: O.arcssSigned },
  ),
  ev(
    'IncidentReported',
    'inc-south-of-juba-aug26',
    { occurredAt: '2015-08-26', recordedAt: rec('2015-08-27', '12:00') },
    {
      incidentId: 'south-of-juba-2015-08-26',
      kind: 'clash',
      perpetrator: 'south-sudan',
      allegedBy: 'splm-io',
      against: 'splm-io',
      place: 'South of Juba',
      description:
        'The rebels say government forces attacked them south of Juba the day of the signing, and that they won.',
    },
    [S.wikinewsAug27],
  ),
  ev(
    'IncidentReported',
    'inc-north-aug26',
    { occurredAt: '2015-08-26', recordedAt: rec('2015-08-27', '12:05') },
    {
      incidentId: 'northern-position-2015-08-26',
      kind: 'clash',
      perpetrator: 'splm-io',
      allegedBy: 'south-sudan',
      against: 'south-sudan',
      place: 'A government position in the north',
      description:
        'Kiir says the rebels attacked a northern position that day: "There is fighting today… uncalled for."',
    },
    [S.wikinewsAug27],
  ),
  ev(
    'CeasefireDeclared',
    'cf-arcss',
    { occurredAt: '2015-08-29T21:00:00Z', precision: 'approximate', recordedAt: rec('2015-08-29', '22:00') },
    {
      ceasefireId: CF.arcss,
      parties: ['south-sudan', 'splm-io'],
      scope:
        "The ARCSS's permanent ceasefire, ordered by Kiir's executive order and by Machar to his forces from midnight of 29 August",
      duration: 'indefinite',
      mediatedBy: ['igad'],
    },
    [S.panafricanAug29, S.nyamileAug29],
  ),
  ev(
    'CeasefireEnded',
    'cf-may-2014-superseded',
    { occurredAt: '2015-08-29T21:00:00Z', precision: 'approximate', recordedAt: rec('2015-08-29', '22:05') },
    { ceasefireId: CF.may2014, reason: 'superseded', summary: "Superseded by the ARCSS's permanent ceasefire." },
    [S.panafricanAug29],
  ),
  ev(
    'IncidentReported',
    'inc-unity-aug30',
    { occurredAt: '2015-08-30', recordedAt: rec('2015-08-31', '12:00') },
    {
      incidentId: 'unity-village-2015-08-30',
      kind: 'clash',
      perpetrator: 'south-sudan',
      allegedBy: 'splm-io',
      against: 'splm-io',
      place: 'Unity state',
      description:
        "Government troops attack a village in Unity state the day the ceasefire begins (the opposition's relief coordinator to AP); the army says it will only act in self-defence.",
    },
    [S.juristAug31],
    { occurrence: O.nile },
  ),
  ev(
    'CeasefireViolationReported',
    'cfv-unity-aug30',
    { occurredAt: '2015-08-30', recordedAt: rec('2015-08-31', '12:05') },
    {
      ceasefireId: CF.arcss,
      allegedBy: 'splm-io',
      against: 'south-sudan',
      description: 'The attack in Unity state on the first day of the permanent ceasefire.',
    },
    [S.juristAug31],
    { occurrence: O.nile },
  ),
  // ===== April 2016: Machar back in Juba, the unity government =====
  ev(
    'StatementMade',
    'stmt-machar-apr26',
    { occurredAt: '2016-04-26T13:00:00Z', recordedAt: rec('2016-04-26', '18:00') },
    {
      speaker: MACHAR,
      audience: 'south-sudan',
      tone: 'conciliatory',
      summary:
        'Back in Juba on a UN flight, sworn in as first vice-president before Kiir at the presidential palace: "I have come to implement peace."',
    },
    [S.dailymailApr26, S.stApr26],
  ),
  ev(
    'StatementMade',
    'stmt-kiir-apr29',
    { occurredAt: '2016-04-29', recordedAt: rec('2016-04-29', '18:00') },
    {
      speaker: KIIR,
      audience: 'splm-io',
      tone: 'conciliatory',
      summary:
        'The transitional government of national unity is sworn in: 30 ministers, ten of them the SPLM-IO\'s (petroleum, mining, interior); "a major step toward implementing" the August agreement.',
    },
    [S.voaApr29, S.newtimesApr29],
  ),
  // ===== July 2016: the Juba fighting =====
  ev(
    'IncidentReported',
    'inc-gudele-jul7',
    { occurredAt: '2016-07-07', recordedAt: rec('2016-07-08', '18:00') },
    {
      incidentId: 'gudele-checkpoint-2016-07-07',
      kind: 'clash',
      perpetrator: 'splm-io',
      allegedBy: 'south-sudan',
      against: 'south-sudan',
      target: 'SPLA soldiers at the Luo-Clinic checkpoint on the Gudele road',
      place: 'Juba',
      fatalities: { min: 5, max: 5 },
      injured: { min: 2, max: 2 },
      description:
        "SPLA-IO soldiers of Machar's protection unit, stopped at a checkpoint on the Gudele road, exchange fire with SPLA soldiers searching vehicles: five SPLA soldiers killed, two wounded (the army's spokesman).",
    },
    [S.insiderJul8],
  ),
  ev(
    'IncidentReported',
    'inc-j1-jul8',
    { occurredAt: '2016-07-08T14:30:00Z', recordedAt: rec('2016-07-09', '09:00') },
    {
      incidentId: 'j1-2016-07-08',
      kind: 'clash',
      perpetrator: 'south-sudan',
      allegedBy: 'splm-io',
      against: 'splm-io',
      target: "Machar's bodyguards outside the presidential palace (J1)",
      place: 'Juba',
      fatalities: { min: 150, max: 272 },
      description:
        "Fighting erupts at the presidential palace while Kiir, Machar and Wani Igga meet: Machar's spokesman says Kiir's commanders tried to arrest him and his bodyguards rescued him. Sudan Tribune's sources count about 150 dead on both sides that evening; the presidency later puts the toll since Friday at 272.",
    },
    [S.stJul8, S.insiderJul8, S.alaturkaJul9],
    { occurrence: O.j1 },
  ),
  ev(
    'CeasefireViolationReported',
    'cfv-j1-jul8',
    { occurredAt: '2016-07-08T14:30:00Z', recordedAt: rec('2016-07-09', '09:05') },
    {
      ceasefireId: CF.arcss,
      allegedBy: 'splm-io',
      against: 'south-sudan',
      casualties: { min: 150, max: 272 },
      description: 'The fighting at J1, which the SPLM-IO calls an attempt to arrest and harm Machar.',
    },
    [S.stJul8, S.insiderJul8],
    { occurrence: O.j1 },
  ),
  ev(
    'StatementMade',
    'stmt-gatdet-jul8',
    { occurredAt: '2016-07-08T16:00:00Z', precision: 'approximate', recordedAt: rec('2016-07-09', '09:10') },
    {
      speaker: GATDET,
      audience: 'south-sudan',
      tone: 'accusation',
      summary:
        'The meeting of the presidency "turned out to be a setup to arrest and possibly harm Dr. Machar"; his bodyguards fought and rescued him.',
    },
    [S.insiderJul8],
    { occurrence: O.j1 },
  ),
  ev(
    'IncidentReported',
    'inc-jebel-jul10',
    { occurredAt: '2016-07-10', recordedAt: rec('2016-07-11', '12:00') },
    {
      incidentId: 'jebel-2016-07-10',
      kind: 'clash',
      perpetrator: 'south-sudan',
      allegedBy: 'splm-io',
      against: 'splm-io',
      target: "The SPLA-IO's cantonment site at Jebel Kujur",
      place: 'Juba',
      description:
        "Fighting resumes after the independence day: government forces try with massive force to take the SPLA-IO's only cantonment site at Jebel Kujur, fighting from morning to evening; the SPLA-IO holds it (its account).",
    },
    [S.nyamileJul11],
  ),
  ev(
    'CeasefireEnded',
    'cf-arcss-ended',
    { occurredAt: '2016-07-10', recordedAt: rec('2016-07-11', '12:05') },
    {
      ceasefireId: CF.arcss,
      reason: 'collapsed',
      summary:
        "The fighting in Juba resumes on the 10th with the government's assault on the SPLA-IO's cantonment: the permanent ceasefire of the ARCSS is gone (an analyst's reading; nobody renounced it).",
    },
    [S.nyamileJul11, S.ibtimesJul11],
  ),
  ev(
    'IncidentReported',
    'inc-juba-jul11',
    { occurredAt: '2016-07-11T08:00:00Z', precision: 'approximate', recordedAt: rec('2016-07-11', '18:00') },
    {
      incidentId: 'juba-2016-07-11',
      kind: 'clash',
      perpetrator: 'south-sudan',
      allegedBy: 'south-sudan',
      against: 'splm-io',
      place: 'Juba',
      description:
        'Intense battles all day with tanks and helicopter gunships, artillery and mortar fire in parts of the city; two Chinese peacekeepers killed and eight people killed in or near the UN protection sites since Sunday (UNMISS).',
    },
    [S.bsJul11, S.ibtimesJul11],
  ),
  ev(
    'CeasefireDeclared',
    'cf-juba-2016',
    { occurredAt: '2016-07-11T15:00:00Z', recordedAt: rec('2016-07-12', '09:00') },
    {
      ceasefireId: CF.juba2016,
      parties: ['south-sudan', 'splm-io'],
      scope:
        "Kiir's order of a cessation of hostilities with immediate effect (18:00 local time), all forces to their bases; Machar orders his forces to stop fighting the same evening",
      duration: 'indefinite',
    },
    [S.bsJul11, S.ibtimesJul11, S.albawabaJul12],
    {
      occurrence: O.juba11,
      note: 'The two agreed through a third party that if the president declared a ceasefire, Machar would do the same.',
    },
  ),
  ev(
    'DemandTabled',
    'dem-machar-return',
    { occurredAt: '2016-07-21T17:00:00Z', precision: 'approximate', recordedAt: rec('2016-07-22', '09:00') },
    {
      demandId: D.macharReturn,
      by: 'south-sudan',
      addressedTo: ['splm-io'],
      text: 'Machar returns to Juba to continue implementing the peace agreement.',
      category: 'political',
    },
    [S.apdnewsJul22],
  ),
  ev(
    'UltimatumIssued',
    'ult-48-hours',
    { occurredAt: '2016-07-21T17:00:00Z', precision: 'approximate', recordedAt: rec('2016-07-22', '09:05') },
    {
      ultimatumId: U.fortyEightHours,
      by: 'south-sudan',
      to: ['splm-io'],
      demandIds: [D.macharReturn],
      deadline: '2016-07-23T17:00:00Z',
      consequences:
        'None stated: "I am also time bound… I will be expecting a response from your good self within forty eight hours."',
      channel: "A statement read by the president's spokesman",
    },
    [S.apdnewsJul22],
  ),
  ev(
    'UltimatumResolved',
    'ult-48-hours-lapsed',
    { occurredAt: '2016-07-23', recordedAt: rec('2016-07-23', '18:00') },
    {
      ultimatumId: U.fortyEightHours,
      resolution: 'lapsed',
      summary:
        'Machar does not return; a faction of the SPLM-IO in Juba names Taban Deng Gai first vice-president in his place.',
    },
    [S.africanewsJul23],
  ),
  ev(
    'StatementMade',
    'stmt-roman-jul26',
    { occurredAt: '2016-07-26', recordedAt: rec('2016-07-26', '18:00') },
    {
      speaker: ROMAN,
      audience: 'south-sudan',
      tone: 'accusation',
      summary:
        'Kiir installs Taban Deng Gai as first vice-president in Machar\'s place; Machar\'s faction calls the appointment "totally illegal" and alleges a conspiracy to remove him.',
    },
    [S.washtimesJul26],
  ),
  // ===== September 2016: the call to armed resistance =====
  ev(
    'StatementMade',
    'stmt-io-politburo-sep24',
    { occurredAt: '2016-09-24', recordedAt: rec('2016-09-28', '12:00') },
    {
      speaker: IO_POLITBURO,
      audience: 'south-sudan',
      tone: 'military-threat',
      summary:
        'Meeting in Khartoum under Machar, the political bureau declares the peace agreement and the unity government collapsed and calls for the SPLA-IO to be reorganised "so that it can wage a popular armed resistance against the authoritarian and fascist regime of President Salva Kiir".',
    },
    [S.stSep25, S.stSep28],
    { occurrence: O.politburo },
  ),
  ev(
    'AgreementStatusChanged',
    'agr-arcss-withdrawn',
    { occurredAt: '2016-09-24', recordedAt: rec('2016-09-28', '12:05') },
    {
      agreementId: AG.arcss,
      status: 'withdrawn',
      by: 'splm-io',
      reason:
        "Machar's SPLM-IO holds the agreement collapsed without it as a peace partner and dismisses its members serving in Kiir's government.",
    },
    [S.stSep25],
    { occurrence: O.politburo },
  ),
  ev(
    'CeasefireEnded',
    'cf-juba-2016-ended',
    { occurredAt: '2016-09-24', recordedAt: rec('2016-09-28', '12:10') },
    {
      ceasefireId: CF.juba2016,
      reason: 'collapsed',
      summary: "The SPLM-IO's call to armed resistance ends the ceasefire of 11 July (an analyst's reading).",
    },
    [S.stSep25],
    { occurrence: O.politburo },
  ),
  // ===== August 2017: Pagak =====
  ev(
    'IncidentReported',
    'inc-pagak-aug6',
    { occurredAt: '2017-08-06', recordedAt: rec('2017-08-07', '12:00') },
    {
      incidentId: 'pagak-2017-08-06',
      kind: 'clash',
      perpetrator: 'south-sudan',
      allegedBy: 'south-sudan',
      against: 'splm-io',
      place: 'Pagak',
      description:
        "After weeks of fighting around Maiwut and Pagak, government forces enter Pagak, the SPLA-IO's headquarters on the Ethiopian border; the rebels say they withdrew under attack to spare civilians.",
    },
    [S.alarabyAug7, S.cnaAug7],
  ),
  ev(
    'IncidentReported',
    'inc-pagak-aug11',
    { occurredAt: '2017-08-11', recordedAt: rec('2017-08-14', '09:00') },
    {
      incidentId: 'pagak-2017-08-11',
      kind: 'clash',
      perpetrator: 'splm-io',
      allegedBy: 'splm-io',
      against: 'south-sudan',
      place: 'Pagak',
      description: 'The SPLA-IO says it retook Pagak on Friday morning; the government denies it.',
    },
    [S.globaltimesAug14],
  ),
  ev(
    'StatementMade',
    'stmt-gabriel-aug13',
    { occurredAt: '2017-08-13', recordedAt: rec('2017-08-14', '09:05') },
    {
      speaker: GABRIEL,
      audience: 'south-sudan',
      tone: 'military-threat',
      summary:
        'The SPLA-IO\'s orders are to stay put and act in self-defence; "if it does change, I assure you even Juba will be a walkover."',
    },
    [S.globaltimesAug14],
  ),
  // ===== December 2017: the cessation of hostilities =====
  ev(
    'TalksRoundOpened',
    'round-hlrf-open',
    { occurredAt: '2017-12-18', precision: 'approximate', recordedAt: rec('2017-12-22', '09:00') },
    {
      roundId: R.hlrf,
      label: 'High-Level Revitalisation Forum, first phase',
      venue: 'Addis Ababa',
      format: 'formal',
      hosts: ['igad'],
    },
    [S.altafricaDec21, S.stDec22],
  ),
  ev(
    'TalksRoundConcluded',
    'round-hlrf-concluded',
    { occurredAt: '2017-12-21', recordedAt: rec('2017-12-22', '09:05') },
    {
      roundId: R.hlrf,
      outcome: 'agreement',
      summary: 'An Agreement on Cessation of Hostilities, Protection of Civilians and Humanitarian Access.',
      nextSteps: 'Talks on governance and security arrangements from February.',
    },
    [S.altafricaDec21, S.stDec22],
    { occurrence: O.coh2017 },
  ),
  ev(
    'AgreementReached',
    'agr-coh-2017',
    { occurredAt: '2017-12-21', recordedAt: rec('2017-12-22', '09:10') },
    {
      agreementId: AG.coh2017,
      kind: 'ceasefire',
      provisions: [
        'Stop all attacks and military operations from 00:01 on 24 December 2017',
        'Humanitarian access to civilians in conflict areas; protection of civilians',
        'Monitoring by the ceasefire mechanism CTSAMM',
      ],
      signatories: ['south-sudan', 'splm-io'],
      textPublic: true,
      roundId: R.hlrf,
      status: 'signed',
    },
    [S.altafricaDec21, S.stDec22],
    {
      occurrence: O.coh2017,
      note: 'Machar did not take part; the SPLM-IO signed through its delegation. Other opposition groups signed too.',
    },
  ),
  ev(
    'CeasefireDeclared',
    'cf-coh-2017',
    { occurredAt: '2017-12-23T21:01:00Z', recordedAt: rec('2017-12-23', '22:00') },
    {
      ceasefireId: CF.coh2017,
      parties: ['south-sudan', 'splm-io'],
      scope: 'The cessation of hostilities of 21 December, from 00:01 on 24 December (local time)',
      duration: 'indefinite',
      mediatedBy: ['igad'],
    },
    [S.stDec22],
  ),
  ev(
    'IncidentReported',
    'inc-koch-dec24',
    { occurredAt: '2017-12-24T03:00:00Z', recordedAt: rec('2017-12-27', '09:00') },
    {
      incidentId: 'koch-2017-12-24',
      kind: 'clash',
      perpetrator: 'south-sudan',
      allegedBy: 'splm-io',
      against: 'splm-io',
      place: 'Koch County, Southern Liech',
      description:
        'The SPLA-IO says government forces based in Koch county attacked its positions at about 06:00 on the 24th, and others in Yei county; the army denies it.',
    },
    [S.gardaDec27, S.maxDec27],
    { occurrence: O.koch },
  ),
  ev(
    'CeasefireViolationReported',
    'cfv-koch-dec24',
    { occurredAt: '2017-12-24T03:00:00Z', recordedAt: rec('2017-12-27', '09:05') },
    {
      ceasefireId: CF.coh2017,
      allegedBy: 'splm-io',
      against: 'south-sudan',
      description: 'The attacks in Koch and Yei counties hours after the cessation of hostilities took effect.',
    },
    [S.gardaDec27],
    { occurrence: O.koch },
  ),
  ev(
    'IncidentReported',
    'inc-amadi-dec24',
    { occurredAt: '2017-12-24', recordedAt: rec('2017-12-27', '09:10') },
    {
      incidentId: 'amadi-2017-12-24',
      kind: 'clash',
      perpetrator: 'splm-io',
      allegedBy: 'south-sudan',
      against: 'south-sudan',
      target: 'A convoy taking food to soldiers',
      place: 'Amadi state',
      fatalities: { min: 5, max: 5 },
      description:
        'The army says the SPLA-IO ambushed a convoy in Amadi state and that it killed five of the attackers; it also accuses the rebels of attacking military police in Aweil East.',
    },
    [S.gardaDec27, S.maxDec27],
    { occurrence: O.amadi },
  ),
  ev(
    'CeasefireViolationReported',
    'cfv-amadi-dec24',
    { occurredAt: '2017-12-24', recordedAt: rec('2017-12-27', '09:15') },
    {
      ceasefireId: CF.coh2017,
      allegedBy: 'south-sudan',
      against: 'splm-io',
      casualties: { min: 5, max: 5 },
      description: 'The ambush in Amadi on the first day of the cessation of hostilities, five attackers killed.',
    },
    [S.gardaDec27],
    { occurrence: O.amadi },
  ),
  ev(
    'ActorRegistered',
    'actor-troika',
    { occurredAt: '2018-01-02', precision: 'approximate', recordedAt: rec('2018-01-03', '12:00') },
    { actor: TROIKA, role: 'third-party' },
    [S.reachnaijaJan3],
  ),
  ev(
    'StatementMade',
    'stmt-troika-jan2',
    { occurredAt: '2018-01-02', precision: 'approximate', recordedAt: rec('2018-01-03', '12:05') },
    {
      speaker: TROIKA_STATEMENT,
      audience: 'both parties',
      tone: 'warning',
      summary:
        'Calls on all parties to stop violating the ceasefire (at least five violations since Christmas Eve): field commanders and their political leaders will be held accountable.',
    },
    [S.reachnaijaJan3],
  ),
  ev(
    'IncidentReported',
    'inc-yei-jan3',
    { occurredAt: '2018-01-03', recordedAt: rec('2018-01-04', '12:00') },
    {
      incidentId: 'yei-2018-01-03',
      kind: 'clash',
      perpetrator: 'splm-io',
      allegedBy: 'south-sudan',
      against: 'south-sudan',
      place: 'Yei River state',
      fatalities: { min: 5, max: 7 },
      description:
        "The army says Machar's fighters attacked three of its positions in Morobo, Bazi and Yondu, and that five rebels were killed; the SPLA-IO says the army attacked around Yondu and that seven soldiers and rebels were killed.",
    },
    [S.voaJan4],
    { occurrence: O.yei2018 },
  ),
  ev(
    'CeasefireViolationReported',
    'cfv-yei-jan3',
    { occurredAt: '2018-01-03', recordedAt: rec('2018-01-04', '12:05') },
    {
      ceasefireId: CF.coh2017,
      allegedBy: 'south-sudan',
      against: 'splm-io',
      casualties: { min: 5, max: 7 },
      description: 'The fighting in Yei River state, each side saying the other attacked.',
    },
    [S.voaJan4],
    { occurrence: O.yei2018 },
  ),
  // ===== 2018: violations, the Khartoum round =====
  ev(
    'IncidentReported',
    'inc-dulu-may11',
    { occurredAt: '2018-05-11', recordedAt: rec('2018-05-13', '09:00') },
    {
      incidentId: 'dulu-2018-05-11',
      kind: 'clash',
      perpetrator: 'south-sudan',
      allegedBy: 'splm-io',
      against: 'splm-io',
      place: 'Dulu, near Raja',
      fatalities: { min: 29, max: 29 },
      description:
        'The SPLA-IO says it repulsed a four-hour government attack on its base at Dulu near Raja, killing 28 government soldiers and losing one fighter; it reports further attacks at Bazia and near Yambio.',
    },
    [S.stMay13],
    { occurrence: O.dulu },
  ),
  ev(
    'CeasefireViolationReported',
    'cfv-dulu-may11',
    { occurredAt: '2018-05-11', recordedAt: rec('2018-05-13', '09:05') },
    {
      ceasefireId: CF.coh2017,
      allegedBy: 'splm-io',
      against: 'south-sudan',
      casualties: { min: 29, max: 29 },
      description: "The attack on Dulu, in breach of the cessation of hostilities (the SPLA-IO's account).",
    },
    [S.stMay13],
    { occurrence: O.dulu },
  ),
  ev(
    'CeasefireViolationReported',
    'cfv-liech-may23',
    { occurredAt: '2018-05-23', recordedAt: rec('2018-05-23', '18:00') },
    {
      ceasefireId: CF.coh2017,
      allegedBy: 'south-sudan',
      against: 'splm-io',
      description:
        'The army spokesman accuses the SPLM-IO of offensives in Leer, Latjor and Maiwut states and asks the monitors to hold Machar and his commanders accountable; no toll given.',
    },
    [S.stMay23],
    { occurrence: O.leer },
  ),
  ev(
    'ActorRegistered',
    'actor-sudan',
    { occurredAt: '2018-06-25', precision: 'approximate', recordedAt: rec('2018-06-27', '18:00') },
    { actor: SUDAN, role: 'mediator' },
    [S.independentJun27],
  ),
  ev(
    'TalksRoundOpened',
    'round-khartoum-open',
    { occurredAt: '2018-06-25', precision: 'approximate', recordedAt: rec('2018-06-27', '18:05') },
    {
      roundId: R.khartoum,
      label: 'Khartoum round (Kiir and Machar, hosted by Omar al-Bashir)',
      venue: 'Khartoum',
      format: 'formal',
      hosts: ['sudan'],
      delegations: [
        { actorId: 'south-sudan', head: KIIR },
        { actorId: 'splm-io', head: MACHAR },
      ],
    },
    [S.independentJun27],
    { note: 'After a round in Addis Ababa brokered by Abiy Ahmed the week before faltered.' },
  ),
  ev(
    'TalksRoundConcluded',
    'round-khartoum-concluded',
    { occurredAt: '2018-06-27', recordedAt: rec('2018-06-27', '18:10') },
    {
      roundId: R.khartoum,
      outcome: 'agreement',
      summary:
        'The Khartoum Declaration: a permanent ceasefire within 72 hours and a transitional government within 120 days.',
      nextSteps: 'The parties to conclude an agreement on the revised bridging proposal in Khartoum.',
    },
    [S.stJun27, S.newarabJun27],
    { occurrence: O.khartoum },
  ),
  ev(
    'AgreementReached',
    'agr-khartoum',
    { occurredAt: '2018-06-27', recordedAt: rec('2018-06-27', '18:15') },
    {
      agreementId: AG.khartoum,
      kind: 'framework',
      provisions: [
        'A permanent ceasefire within 72 hours: disengagement, separation of forces, withdrawal of allied troops, humanitarian corridors, release of prisoners',
        'IGAD and African Union forces invited to supervise the ceasefire',
        'A national army and security organs free from tribalism; civilian disarmament',
        'A pre-transitional period of 120 days, then a transitional period of 36 months and elections',
      ],
      signatories: ['south-sudan', 'splm-io'],
      textPublic: false,
      roundId: R.khartoum,
      status: 'signed',
    },
    [S.stJun27, S.newarabJun27, S.independentJun27],
    { occurrence: O.khartoum },
  ),
  ev(
    'StatementMade',
    'stmt-kiir-jun27',
    { occurredAt: '2018-06-27', recordedAt: rec('2018-06-27', '18:20') },
    {
      speaker: KIIR,
      audience: 'splm-io',
      tone: 'conciliatory',
      summary:
        'Signing the Khartoum Declaration: "This day was expected by our people in South Sudan and it has now come."',
    },
    [S.newarabJun27],
    { occurrence: O.khartoum },
  ),
  ev(
    'CeasefireDeclared',
    'cf-khartoum',
    { occurredAt: '2018-06-29T21:01:00Z', recordedAt: rec('2018-06-30', '17:50') },
    {
      ceasefireId: CF.khartoum,
      parties: ['south-sudan', 'splm-io'],
      scope:
        "The Khartoum Declaration's permanent ceasefire, from 00:01 on 30 June (local time), ordered by Kiir's decree of 28 June and by Machar",
      duration: 'indefinite',
      mediatedBy: ['sudan'],
    },
    [S.ajJun30, S.junutalkJun30],
  ),
  ev(
    'CeasefireEnded',
    'cf-coh-2017-superseded',
    { occurredAt: '2018-06-29T21:01:00Z', recordedAt: rec('2018-06-30', '17:55') },
    {
      ceasefireId: CF.coh2017,
      reason: 'superseded',
      summary: "Superseded by the Khartoum Declaration's permanent ceasefire.",
    },
    [S.ajJun30],
  ),
  ev(
    'IncidentReported',
    'inc-mboro-jun30',
    { occurredAt: '2018-06-30T04:00:00Z', recordedAt: rec('2018-06-30', '18:00') },
    {
      incidentId: 'mboro-2018-06-30',
      kind: 'clash',
      perpetrator: 'south-sudan',
      allegedBy: 'splm-io',
      against: 'splm-io',
      place: 'Mboro, Wau County',
      description:
        'The SPLA-IO says government forces and Sudanese rebels launched "a heavy joint attack" on Mboro at about 07:00 in armoured personnel carriers and trucks, "the fight is still ongoing as I write"; the government says the opposition attacked.',
    },
    [S.ajJun30, S.junutalkJun30],
    { occurrence: O.mboro },
  ),
  ev(
    'CeasefireViolationReported',
    'cfv-mboro-jun30',
    { occurredAt: '2018-06-30T04:00:00Z', recordedAt: rec('2018-06-30', '18:05') },
    {
      ceasefireId: CF.khartoum,
      allegedBy: 'splm-io',
      against: 'south-sudan',
      description: 'The attack on Mboro "just hours after the ceasefire takes effect".',
    },
    [S.ajJun30],
    { occurrence: O.mboro },
  ),
  ev(
    'IncidentReported',
    'inc-maban-jun30',
    { occurredAt: '2018-06-30T03:00:00Z', precision: 'approximate', recordedAt: rec('2018-07-02', '08:50') },
    {
      incidentId: 'maban-2018-06-30',
      kind: 'clash',
      perpetrator: 'splm-io',
      allegedBy: 'south-sudan',
      against: 'south-sudan',
      target: 'A cattle camp',
      place: 'Maban, Northern Upper Nile',
      fatalities: { min: 15, max: 25 },
      civilianFatalities: { min: 15, max: 25 },
      injured: { min: 22, max: 40 },
      description:
        'The army says rebels attacked its positions in Southern and Northern Liech between 02:00 and 05:00, and a cattle camp at Bangketa in Maban early that morning: 15 civilians killed and 22 wounded by its first count, 25 killed and 40 injured by later reports.',
    },
    [S.junutalkJun30, S.towerpostJul2],
    { occurrence: O.maban },
  ),
  ev(
    'CeasefireViolationReported',
    'cfv-maban-jun30',
    { occurredAt: '2018-06-30T03:00:00Z', precision: 'approximate', recordedAt: rec('2018-07-02', '08:55') },
    {
      ceasefireId: CF.khartoum,
      allegedBy: 'south-sudan',
      against: 'splm-io',
      casualties: { min: 15, max: 25 },
      civilianFatalities: { min: 15, max: 25 },
      description: 'The attacks of the first night of the permanent ceasefire, among them the Maban cattle camp.',
    },
    [S.junutalkJun30, S.towerpostJul2],
    { occurrence: O.maban },
  ),
  ev(
    'IncidentReported',
    'inc-kendiri-jul1',
    { occurredAt: '2018-07-01T11:25:00Z', recordedAt: rec('2018-07-02', '09:00') },
    {
      incidentId: 'kendiri-2018-07-01',
      kind: 'clash',
      perpetrator: 'south-sudan',
      allegedBy: 'splm-io',
      against: 'splm-io',
      place: 'Kendiri, Kajo-Keji County',
      description:
        'The SPLA-IO says government forces left their base at Sokare at about 14:25 and attacked its position at Kendiri, advancing towards Mangalatore; "the fight is still ongoing".',
    },
    [S.towerpostJul2],
    { occurrence: O.kendiri },
  ),
  ev(
    'CeasefireViolationReported',
    'cfv-kendiri-jul1',
    { occurredAt: '2018-07-01T11:25:00Z', recordedAt: rec('2018-07-02', '09:05') },
    {
      ceasefireId: CF.khartoum,
      allegedBy: 'splm-io',
      against: 'south-sudan',
      description: 'The attack on Kendiri on the second day of the permanent ceasefire.',
    },
    [S.towerpostJul2],
    { occurrence: O.kendiri },
  ),
  // ===== September 2018: the Revitalised agreement =====
  ev(
    'TalksRoundOpened',
    'round-summit-2018-open',
    { occurredAt: '2018-09-12', recordedAt: rec('2018-09-12', '18:00') },
    {
      roundId: R.summit2018,
      label: '33rd extraordinary IGAD summit',
      venue: 'Addis Ababa',
      format: 'formal',
      hosts: ['igad'],
      delegations: [
        { actorId: 'south-sudan', head: KIIR },
        { actorId: 'splm-io', head: MACHAR },
      ],
    },
    [S.trtSep12],
    { occurrence: O.rarcss },
  ),
  ev(
    'TalksRoundConcluded',
    'round-summit-2018-concluded',
    { occurredAt: '2018-09-12', recordedAt: rec('2018-09-13', '09:00') },
    {
      roundId: R.summit2018,
      outcome: 'agreement',
      summary: 'The Revitalised Agreement on the Resolution of the Conflict in South Sudan is signed by all parties.',
    },
    [S.trtSep12, S.stSep13],
    { occurrence: O.rarcss },
  ),
  ev(
    'AgreementReached',
    'agr-rarcss',
    { occurredAt: '2018-09-12', recordedAt: rec('2018-09-13', '09:05') },
    {
      agreementId: AG.rarcss,
      kind: 'comprehensive',
      provisions: [
        'Revives the 2015 agreement; Machar reinstated as first vice-president',
        'Power-sharing in the presidency, the council of ministers, the legislature and the states',
        'The permanent ceasefire and security arrangements of the Khartoum Declaration',
        'A referendum commission on the number and boundaries of states',
      ],
      signatories: ['south-sudan', 'splm-io'],
      textPublic: true,
      roundId: R.summit2018,
      status: 'signed',
    },
    [S.trtSep12, S.stSep13],
    { occurrence: O.rarcss, note: 'Also signed by the South Sudan Opposition Alliance and the SPLM former detainees.' },
  ),
  ev(
    'IncidentReported',
    'inc-kajo-keji-sep13',
    { occurredAt: '2018-09-13', recordedAt: rec('2018-09-14', '12:00') },
    {
      incidentId: 'kajo-keji-2018-09-13',
      kind: 'clash',
      perpetrator: 'south-sudan',
      allegedBy: 'splm-io',
      against: 'splm-io',
      place: 'Kajo-Keji County',
      description:
        'The SPLM-IO accuses the army of attacking its positions in Kajo-Keji county less than 24 hours after the signing; the army says the rebels came from Uganda and attacked its positions. CTSAMM investigates.',
    },
    [S.edgeSep14],
    { occurrence: O.kajoKeji },
  ),
  ev(
    'CeasefireViolationReported',
    'cfv-kajo-keji-sep13',
    { occurredAt: '2018-09-13', recordedAt: rec('2018-09-14', '12:05') },
    {
      ceasefireId: CF.khartoum,
      allegedBy: 'splm-io',
      against: 'south-sudan',
      description: 'The fighting in Kajo-Keji county a day after the Revitalised agreement.',
    },
    [S.edgeSep14],
    { occurrence: O.kajoKeji },
  ),
  ev(
    'IncidentReported',
    'inc-mundu-sep14',
    { occurredAt: '2018-09-14', recordedAt: rec('2018-09-17', '12:00') },
    {
      incidentId: 'mundu-2018-09-14',
      kind: 'clash',
      perpetrator: 'south-sudan',
      allegedBy: 'splm-io',
      against: 'splm-io',
      place: 'Mundu and Mangalatore, Yei River state',
      fatalities: { min: 12, max: 12 },
      description:
        'Clashes at Mundu and Mangalatore on 14 and 15 September: the SPLM-IO says the army with a pro-government militia attacked its positions near the Ugandan border and that at least 12 government soldiers were killed.',
    },
    [S.gardaSep17],
    { occurrence: O.mundu },
  ),
  ev(
    'CeasefireViolationReported',
    'cfv-mundu-sep14',
    { occurredAt: '2018-09-14', recordedAt: rec('2018-09-17', '12:05') },
    {
      ceasefireId: CF.khartoum,
      allegedBy: 'splm-io',
      against: 'south-sudan',
      casualties: { min: 12, max: 12 },
      description: 'The attacks at Mundu and Mangalatore days after the signing.',
    },
    [S.gardaSep17],
    { occurrence: O.mundu },
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'south-sudan-2013.jsonl',
  logEnd: '2018-10-01T00:00:00Z',
  events,
};

export default definition;
