/**
 * A test fixture, not a shipped example: the Government of Sri Lanka and the
 * Liberation Tigers of Tamil Eelam from the Ceasefire Agreement of 22 February
 * 2002 to the fall of Vakarai (19 January 2007), as an analyst could have
 * recorded them from the press — the ceasefire and the Scandinavian monitors,
 * the Norwegian-facilitated talks (Sattahip, September 2002; Oslo, December
 * 2002, with the statement that the parties would explore a federal
 * solution), the LTTE's suspension of its participation (21 April 2003), its
 * proposal for an Interim Self-Governing Authority (31 October 2003), the
 * Karuna revolt in the east (March–April 2004), the tsunami aid mechanism
 * (P-TOMS, 24 June 2005) and the Supreme Court's stay of it, the killing of
 * foreign minister Kadirgamar (12 August 2005), the mine attacks on soldiers
 * and sailors of December 2005 – January 2006, the Geneva talks (22–23
 * February 2006), the LTTE's refusal of the second Geneva round (20 April),
 * the suicide bombing of the army commander and the first official air
 * strikes since the truce (25–26 April), the EU's listing of the LTTE (29
 * May), the closure of the Mavil Aru sluice gates (July) and the army's
 * operation to reopen them, the LTTE's offensive on Muttur (2 August), the
 * fighting at Muhamalai and the closure of the A9 crossing (11 August), the
 * fall of Sampur (4 September), the Geneva II talks that failed over the A9
 * (28–29 October), and the army's eastern operation to the fall of Vakarai.
 * Escalation model v2 was never tuned on it: it is held to the calls in
 * sri-lanka-ltte-2002.spec.ts, written from DOMAIN.md §5b alone.
 *
 * The parties are Sri Lanka (the government, `state`) and the LTTE
 * (`armed-group`). Norway is the facilitator (mediator). The Sri Lanka
 * Monitoring Mission (SLMM) is registered as an observer; Japan (the donors'
 * host) and the European Union as third parties; the Karuna faction (TMVP) as
 * a spoiler —
 * its war with the LTTE is not armed action between the pair, and nothing of
 * it is recorded as the pair's. India and the other co-chairs are not
 * registered: no source read gives them an act in the case.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases: every event replays through `decide` and cites a dated,
 * graded public source. Recorded after the fact, from sources read at once
 * (`retrospectiveClock`): every source predates the recording.
 *
 * Grading as in examples/README.md: A = a primary document (the Norwegian
 * foreign ministry's own releases of the agreements it facilitated); B = an
 * established outlet or wire copy (BBC, Reuters, AP, AFP, VOA, the Guardian,
 * the Independent, Al Jazeera, the Hindustan Times, the Irish Times, Mail &
 * Guardian, Dawn) or a US embassy cable; C = a partisan, state or smaller
 * outlet, a party's own site, an encyclopedia or a copy (TamilNet, the LTTE
 * Peace Secretariat, the Sri Lanka army and defence ministry sites, the Sunday
 * Observer, Wikipedia and its mirrors, Lanka Academic, rediff). 1 = both
 * parties and the facilitator confirm it; 2 = several sources agree or one
 * established source reports it; 3 = one side's claim, or a count or date the
 * sources disagree on.
 *
 * Judgement calls, recorded as an analyst would:
 * - The Ceasefire Agreement (CFA) is recorded as an agreement (kind
 *   `ceasefire`, signed) and a ceasefire (indefinite, from 00:00 on 23
 *   February 2002 local time, i.e. 18:30 UTC on the 22nd). It is never
 *   recorded as ended: the government formally withdrew from it only in
 *   January 2008, after the case ends, and through 2006 both sides said they
 *   stood by it ("the 2002 truce, which still technically holds", Reuters
 *   in the Irish Times, 5 September 2006). The fighting of 2006 is recorded
 *   as armed action with the violations the parties alleged, not as an end of
 *   the ceasefire.
 * - Killings and bombings whose author no source establishes — the sniper
 *   killing of Kadirgamar ("unidentified gunmen", no claim), the mine attacks
 *   on troops and sailors of December 2005 – January 2006 (unclaimed), the
 *   suicide bombing of the army commander on 25 April 2006 (denied) — are
 *   `militant-attack`s with no perpetrator recorded, blamed on the LTTE by the
 *   government (`blamedOn`); the LTTE denied each. The LTTE's allegation that
 *   men in military uniform killed one of its members in Batticaloa (22
 *   February 2006) is one blamed on the government by the LTTE (the army
 *   denied it). None is recorded as a clash: no source describes fire
 *   between the two forces in them. (First recorded with the accused side as
 *   the perpetrator "as alleged"; corrected after the first run, see the
 *   spec: none of them has an author any source establishes.)
 * - The LTTE's two withdrawals from the talks are recorded as what the
 *   sources call them: in April 2003 a suspension "for the time being"
 *   (`temporary`), in April 2006 a pull-out "indefinitely", until "normality
 *   returns" (a suspension not said to be temporary), with the Geneva round it
 *   cancelled. The talks resumed at Geneva (February and October 2006).
 * - The Mavil Aru sluice gates: the sources date their closure 20 July
 *   (Hindustan Times), 21 July (the defence ministry) and 26 July (Wikipedia);
 *   recorded on 21 July (`day`, graded 3). It is recorded as a
 *   `border-closure` by the LTTE against the government: the LTTE closed the
 *   gates at the edge of the area it held and stopped the irrigation engineer
 *   at gunpoint, cutting the water of 15,000 families in government-held
 *   villages downstream — a closure of the line against the other side's
 *   people, lasting until reopened. Both sides said they reopened the gates
 *   on the evening of 8 August (US embassy cable): the `border-reopening` is
 *   the LTTE's, the author of the closure.
 * - The A9 at Muhamalai: closed by the government on 11 August 2006 after the
 *   LTTE's attack on the crossing, and still closed when the Geneva II talks
 *   failed over it (rediff, Al Jazeera). A `border-closure` by Sri Lanka
 *   against the LTTE; no reopening before the case ends. The army's
 *   statement that it "had closed borders with rebel territory" after the 25
 *   April bombing (Reuters in the Irish Times) is not recorded: no source
 *   read says when those crossings reopened, and the A9 was open again before
 *   August.
 * - Scale (`major`): the LTTE's assault on Muttur (the defence ministry: "a
 *   major offensive at Muttur"; TamilNet: "a dawn offensive"), the army's
 *   advance on Sampur (Reuters: "the Sampur offensive"; the Irish Times: "the
 *   army began an offensive to clear the rebels from Sampur") and the army's
 *   three-pronged advance on Vakarai of 16 January 2007 (the military's
 *   "offensive to evict the LTTE", Wikinews) are marked. The advance on Mavil
 *   Aru is not: the government called it "a humanitarian operation and not a
 *   military operation", and its toll (41 dead by the army's count) says its
 *   size; the air strikes of April 2006 are not ("probably a limited
 *   operation", the SLMM's head).
 * - Places, one way each: "Trincomalee district (Sampur area)" for the April
 *   2006 strikes and the LTTE's shelling that the army says prompted them;
 *   "Mavil Aru (Trincomalee district)"; "Eachchilampattu (Trincomalee
 *   district)"; "Muttur (Trincomalee district)"; "Muhamalai (Jaffna
 *   peninsula)"; "Sampur (Trincomalee district)"; "Vakarai (Batticaloa
 *   district)" for the whole Vakarai operation (its fronts at Upporal,
 *   Mankerni and Mahinthapuram are named in the descriptions, not as places:
 *   they are one operation on one enclave).
 * - Tolls: each side's count as its source gives it, the range spanning
 *   the two where both are given (Mavil Aru, 31 July: 41 by the army's count,
 *   army 6 and LTTE 35; TamilNet 15). Running totals (the Vakarai operation's
 *   45 soldiers and 331 LTTE since November) go in the description.
 * - The Karuna revolt (March–April 2004) is fighting within the LTTE: recorded
 *   as the spoiler's registration and one statement of the LTTE, not as armed
 *   action between the pair. The killings of 2004–05 that each side blamed on
 *   the other's proxies are not recorded one by one: no dated source read
 *   names a single one between the pair.
 * - The case ends with the fall of Vakarai. Fighting in the east went on to
 *   July 2007 (Thoppigala); no dated source for it was read, so nothing after
 *   20 January 2007 is recorded and no call is made after January.
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, retrospectiveClock, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'sri-lanka-ltte-2002';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 2026);
const when = retrospectiveClock('2026-12-06T09:00:00Z');

const SRI_LANKA: Actor = {
  id: 'sri-lanka',
  name: 'Government of Sri Lanka',
  kind: 'state',
  aliases: ['GOSL', 'Colombo', 'Democratic Socialist Republic of Sri Lanka'],
};
const LTTE: Actor = {
  id: 'ltte',
  name: 'Liberation Tigers of Tamil Eelam',
  kind: 'armed-group',
  aliases: ['LTTE', 'Tamil Tigers', 'Tigers', 'Kilinochchi'],
};
const NORWAY: Actor = { id: 'norway', name: 'Norway', kind: 'state', aliases: ['Royal Norwegian Government', 'Oslo'] };
const SLMM: Actor = {
  id: 'slmm',
  name: 'Sri Lanka Monitoring Mission',
  kind: 'international-organisation',
  aliases: ['SLMM', 'Nordic truce monitors'],
};
const JAPAN: Actor = { id: 'japan', name: 'Japan', kind: 'state', aliases: ['Tokyo'] };
const EU: Actor = { id: 'eu', name: 'European Union', kind: 'international-organisation', aliases: ['EU', 'Brussels'] };
const KARUNA: Actor = {
  id: 'karuna-faction',
  name: 'Karuna faction (TMVP)',
  kind: 'armed-group',
  aliases: ['Karuna', 'Tamil Makkal Viduthalai Pulikal', 'TMVP'],
};

const PEIRIS: Person = { name: 'G. L. Peiris', title: 'Chief government negotiator', actorId: 'sri-lanka' };
const BALASINGHAM: Person = { name: 'Anton Balasingham', title: 'Chief LTTE negotiator', actorId: 'ltte' };
const THAMILSELVAN: Person = { name: 'S. P. Thamilselvan', title: 'Head of the LTTE political wing', actorId: 'ltte' };
const DE_SILVA: Person = {
  name: 'Nimal Siripala de Silva',
  title: 'Head of the government delegation',
  actorId: 'sri-lanka',
};
const RATNAYAKE: Person = { name: 'Brig. Daya Ratnayake', title: 'Military spokesman', actorId: 'sri-lanka' };
const RAJAPAKSA: Person = { name: 'Mahinda Rajapaksa', title: 'President of Sri Lanka', actorId: 'sri-lanka' };
const ELILAN: Person = { name: 'S. Elilan', title: 'LTTE political head, Trincomalee district', actorId: 'ltte' };
const RAMBUKWELLA: Person = {
  name: 'Keheliya Rambukwella',
  title: 'Government defence spokesman',
  actorId: 'sri-lanka',
};
const DAYA_MASTER: Person = { name: 'Daya Master', title: 'LTTE media coordinator', actorId: 'ltte' };

const S = {
  norway020222: source(
    'Announcement of Sri Lanka ceasefire (statement by Foreign Minister Jan Petersen)',
    'Norwegian Ministry of Foreign Affairs',
    'https://regjeringen.no/psi/odindockey/032171-070011',
    '2002-02-22',
    'A',
    1,
  ),
  guardian020222: source(
    'Ceasefire raises Sri Lankan peace hopes',
    'The Guardian (staff and agencies)',
    'https://www.theguardian.com/world/2002/feb/22/srilanka1',
    '2002-02-22',
    'B',
    2,
  ),
  independent020917: source(
    'Tamil Tigers begin talks to end 19 years of war',
    'The Independent',
    'http://www.independent.co.uk/news/world/asia/tamil-tigers-begin-talks-to-end-19-years-of-war-177205.html',
    '2002-09-17',
    'B',
    2,
  ),
  cable020918: source(
    'Thailand talks conclude on positive note, with two sides agreeing to more meetings in coming months (02COLOMBO1743)',
    'US Embassy Colombo (WikiLeaks)',
    'https://search.wikileaks.org/plusd/cables/02COLOMBO1743_a.html',
    '2002-09-18',
    'B',
    2,
  ),
  norway021205: source(
    'Breakthrough in Sri Lanka peace negotiations (press release 210/02, with the statement of the Royal Norwegian Government)',
    'Norwegian Ministry of Foreign Affairs',
    'https://regjeringen.no/en/historical-archive/Bondeviks-2nd-Government/ministry-of-foreign-affairs/Nyheter-og-pressemeldinger/2002/breakthrough_in_sri_lanka_peace/id248914',
    '2002-12-05',
    'A',
    1,
  ),
  voa021205: source(
    'Sri Lanka Peace Agreement Reached',
    'Voice of America',
    'https://www.voanews.com/amp/a-13-a-2002-12-05-35-sri-67554912/387875.html',
    '2002-12-05',
    'B',
    2,
  ),
  bbc030421: source(
    'Tamil Tigers call off peace talks',
    'BBC News',
    'http://news.bbc.co.uk/2/hi/south_asia/2964349.stm',
    '2003-04-21',
    'B',
    2,
  ),
  telegraph030422: source(
    'Miffed Tigers pull out of talks (Reuters)',
    'The Telegraph (Calcutta)',
    'https://www.telegraphindia.com/1030422/asp/foreign/story_1897054.asp',
    '2003-04-22',
    'B',
    2,
  ),
  taipei031101: source(
    'Tamil Tigers submit blueprint for peace (AFP)',
    'Taipei Times',
    'http://www.taipeitimes.com/News/world/archives/2003/11/01/2003074179',
    '2003-11-01',
    'B',
    2,
  ),
  tamilnet031101: source(
    'Tigers release proposal for Interim Self Governing Authority',
    'TamilNet',
    'https://www.tamilnet.com/art.html?catid=13&artid=10311',
    '2003-11-01',
    'C',
    2,
  ),
  frontline040507: source(
    'The fall of Karuna',
    'Frontline (The Hindu)',
    'https://frontline.thehindu.com/world-affairs/article30222412.ece',
    '2004-05-07',
    'B',
    2,
  ),
  bbc050624: source(
    'Sri Lanka tsunami aid deal signed',
    'BBC News',
    'http://news.bbc.co.uk/2/hi/south_asia/4617917.stm',
    '2005-06-24',
    'B',
    2,
  ),
  dailystar050719: source(
    'Tigers demand direct tsunami relief (AFP)',
    'The Daily Star',
    'https://online91.thedailystar.net/2005/07/19/d507191306108.html',
    '2005-07-19',
    'B',
    2,
  ),
  guardian050813: source(
    'Sri Lankan minister killed by snipers (Associated Press)',
    'The Guardian',
    'https://www.theguardian.com/world/2005/aug/13/2',
    '2005-08-13',
    'B',
    2,
  ),
  sundaytimes050814: source(
    'Poolside killing puts Sri Lanka back on brink',
    'The Sunday Times',
    'http://www.thesundaytimes.co.uk/sto/news/world_news/article144518.ece',
    '2005-08-14',
    'B',
    2,
  ),
  bbc060125: source(
    'Sri Lanka foes agree to meeting',
    'BBC News',
    'http://news.bbc.co.uk/2/hi/south_asia/4645738.stm',
    '2006-01-25',
    'B',
    2,
  ),
  bbc060222: source(
    'New Sri Lanka peace talks begin',
    'BBC News',
    'http://news.bbc.co.uk/1/hi/world/south_asia/4735764.stm',
    '2006-02-22',
    'B',
    2,
  ),
  bbc060224: source(
    "Sri Lanka foes to 'curb violence'",
    'BBC News',
    'http://news.bbc.co.uk/2/hi/south_asia/4742208.stm',
    '2006-02-24',
    'B',
    2,
  ),
  lacnet060223: source(
    'Joint Statement by the Government and the LTTE',
    'The Lanka Academic',
    'http://archive.lacnet.org/2006/2006_02_23/',
    '2006-02-23',
    'C',
    1,
  ),
  bbc060420: source(
    'Tamil Tigers call off peace talks',
    'BBC News',
    'http://news.bbc.co.uk/2/hi/south_asia/4925690.stm',
    '2006-04-20',
    'B',
    2,
  ),
  mg060426: source(
    'Sri Lankan air force pounds Tamil Tigers (AFP)',
    'Mail & Guardian',
    'https://mg.co.za/article/2006-04-26-sri-lankan-air-force-pounds-tamil-tigers/',
    '2006-04-26',
    'B',
    2,
  ),
  bbc060426: source(
    'Fresh strikes on Sri Lanka rebels',
    'BBC News',
    'http://news.bbc.co.uk/2/hi/south_asia/4945176.stm',
    '2006-04-26',
    'B',
    2,
  ),
  rediff060426: source(
    'Sri Lanka bombs LTTE positions after attack on army chief',
    'Rediff (PTI)',
    'http://in.rediff.com/news/2006/apr/26lanka1.htm',
    '2006-04-26',
    'C',
    2,
  ),
  dawn060426: source('Lankan mly bombs LTTE bases', 'Dawn', 'https://dawn.com/news/189391', '2006-04-26', 'B', 2),
  bbc060529: source(
    "EU says Tamil Tigers 'terrorists'",
    'BBC News',
    'http://news.bbc.co.uk/1/hi/world/south_asia/5028384.stm',
    '2006-05-29',
    'B',
    2,
  ),
  aljazeera060529: source(
    'EU blacklists Tamil Tigers as terrorists',
    'Al Jazeera',
    'https://www.aljazeera.com/archive/2006/05/200849143143350365.html',
    '2006-05-29',
    'B',
    2,
  ),
  ht060731dam: source(
    'SL army inches to capture Tiger dam',
    'Hindustan Times',
    'https://www.hindustantimes.com/india/sl-army-inches-to-capture-tiger-dam/story-g7XGRtAaTBC9s2hedj9ERN.html',
    '2006-07-30',
    'B',
    2,
  ),
  ht060731dead: source(
    'At least 41 dead in Lanka-LTTE clash',
    'Hindustan Times',
    'https://www.hindustantimes.com/india/at-least-41-dead-in-lanka-ltte-clash/story-8novfEFd1v5qt9gvUipVfI.html',
    '2006-07-31',
    'B',
    2,
  ),
  defence2020: source(
    "Operation 'Watershed' - turn of tides",
    'Ministry of Defence, Sri Lanka',
    'https://defence.lk/Article/view_article/2157',
    '2020-08-11',
    'C',
    3,
  ),
  lbo060801: source(
    'Sri Lankan war planes pound rebels after bus blast (AFP)',
    'LankaBusinessOnline',
    'https://www.lankabusinessonline.com/sri-lankan-war-planes-pound-rebels-after-bus-blast/',
    '2006-08-01',
    'B',
    2,
  ),
  tamilnet060802: source(
    '"Hundreds of Tigers" in Muttur - residents',
    'TamilNet',
    'https://www.tamilnet.com/art.html?catid=13&artid=19036',
    '2006-08-02',
    'C',
    3,
  ),
  defenceMuttur: source(
    'Military situation in Muttur on 4th August 2006',
    'Ministry of Defence, Sri Lanka',
    'http://www.defence.lk/new.asp?fname=20080719_04',
    '2008-07-19',
    'C',
    2,
  ),
  cable060810: source(
    'Sri Lanka: both parties take credit for dam opening as ground battle rages in east (06COLOMBO1295)',
    'US Embassy Colombo (WikiLeaks)',
    'https://theworldtomorrow.wikileaks.org/plusd/cables/06COLOMBO1295.html',
    '2006-08-10',
    'B',
    2,
  ),
  rediff061030: source(
    'Geneva: Sri Lanka peace talks fail',
    'Rediff',
    'https://us.rediff.com/news/2006/oct/30sl.htm',
    '2006-10-30',
    'C',
    2,
  ),
  reuters060904: source(
    'Rebel-held Sampur falls to Sri Lanka military (Reuters)',
    'RedOrbit',
    'http://www.redorbit.com/news/international/643917/rebelheld_sampur_falls_to_sri_lanka_military/',
    '2006-09-04',
    'B',
    2,
  ),
  irishtimes060905: source(
    'Sri Lanka army clears mines after key victory',
    'The Irish Times',
    'https://www.irishtimes.com/news/sri-lanka-army-clears-mines-after-key-victory-1.795841',
    '2006-09-05',
    'B',
    2,
  ),
  dailystar061027: source(
    'Tigers to push for opening key road link in talks (Reuters)',
    'The Daily Star',
    'https://d11.thedailystar.net/international/news/tigers-push-opening-key-road-link-talks-2738846',
    '2006-10-27',
    'B',
    2,
  ),
  lbo061029: source(
    'Little progress on Geneva talks to save ceasefire in Sri Lanka (AFP)',
    'LankaBusinessOnline',
    'https://www.lankabusinessonline.com/little-progress-on-geneva-talks-to-save-ceasefire-in-sri-lanka/',
    '2006-10-29',
    'B',
    2,
  ),
  aljazeera061029: source(
    'Sri Lanka peace talks fail',
    'Al Jazeera',
    'https://www.aljazeera.com/archive/2006/10/20084916158782583.html',
    '2006-10-29',
    'B',
    2,
  ),
  armyVakarai: source(
    'Vakarai Operation - 30 Oct 2006 to 15 Jan 2007',
    'Sri Lanka Army, Security Forces Headquarters (East)',
    'https://alt.army.lk/sfhqeast/content/vakarai-operation-30-oct-2006-15-jan-2007',
    '2017-12-26',
    'C',
    3,
  ),
  ltteps070116: source(
    'Three pronged Vaharai move by Sri Lankan military stopped – 45 SLA troops killed',
    'LTTE Peace Secretariat',
    'https://ltteps.info/index-19259.html',
    '2007-01-16',
    'C',
    3,
  ),
  wikinews070119: source(
    'Sri Lankan military liberates key town',
    'Wikinews',
    'https://en.m.wikinews.org/wiki/Sri_Lankan_military_liberates_key_town',
    '2007-01-19',
    'C',
    2,
  ),
  xinhua070119: source(
    'Sri Lankan Army Recaptures Rebel Held Town (Xinhua copy)',
    'China.org.cn (mirror)',
    'http://ccgp-fushun.com/english/international/196758.htm',
    '2007-01-19',
    'C',
    2,
  ),
  ap070120: source(
    "Sri Lanka's military captures strategic rebel-held enclave (Associated Press)",
    'The Independent',
    'https://www.independent.co.uk/news/world/asia/sri-lanka-s-military-captures-strategic-rebelheld-enclave-432848.html',
    '2007-01-20',
    'B',
    2,
  ),
  observer070121: source(
    'Vakarai saga (Defence Diary)',
    'Sunday Observer',
    'https://archives.sundayobserver.lk/2007/01/21/fea02.asp',
    '2007-01-21',
    'C',
    2,
  ),
};

const AGR = { cfa: 'cfa-2002', ptoms: 'p-toms-2005' };
const CF = { cfa: 'cfa-2002-ceasefire' };
const R = {
  sattahip: 'talks-1-sattahip-2002-09',
  oslo: 'talks-3-oslo-2002-12',
  geneva1: 'geneva-2006-02',
  geneva2: 'geneva-2006-04',
  genevaII: 'geneva-ii-2006-10',
};
const P = {
  trinco: 'Trincomalee district (Sampur area)',
  mavilAru: 'Mavil Aru (Trincomalee district)',
  eachchilampattu: 'Eachchilampattu (Trincomalee district)',
  muttur: 'Muttur (Trincomalee district)',
  muhamalai: 'Muhamalai (Jaffna peninsula)',
  sampur: 'Sampur (Trincomalee district)',
  vakarai: 'Vakarai (Batticaloa district)',
};
const O = {
  cfa: 'cfa-signed-2002-02-22',
  oslo: 'oslo-statement-2002-12-05',
  geneva1: 'geneva-statement-2006-02-23',
  strikes0425: 'trincomalee-strikes-2006-04-25',
};

const events = [
  // ===== February 2002: the Ceasefire Agreement =====
  ev(
    'NegotiationOpened',
    'opened',
    when('2002-02-22'),
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Sri Lanka – LTTE, the Ceasefire Agreement, the Norwegian-facilitated talks and their collapse, 2002–07',
      subject:
        'The Ceasefire Agreement of February 2002 and its monitoring, the talks on a political settlement (interim administration, a federal solution), the tsunami aid mechanism, and the slide back to war in 2006 to the fall of Vakarai',
      parties: [SRI_LANKA, LTTE],
      mediators: [NORWAY],
    },
    [S.norway020222, S.guardian020222],
  ),
  ev('ActorRegistered', 'actor-slmm', when('2002-02-22'), { actor: SLMM, role: 'observer' }, [S.norway020222], {
    note: 'The international monitoring mission led by Norway that the CFA provides for; the first monitors arrive on 25 February.',
  }),
  ev(
    'AgreementReached',
    'agr-cfa',
    when('2002-02-22'),
    {
      agreementId: AGR.cfa,
      kind: 'ceasefire',
      provisions: [
        'A ceasefire between the armed forces of the two parties from 00:00 on 23 February 2002',
        'Separation of forces along the lines of control; armed LTTE cadres confined to the areas the LTTE dominates',
        'Confidence-building measures: restoration of normalcy, free movement on the main roads, relief to civilians',
        'An international monitoring mission led by Norway (the SLMM) to conduct on-site monitoring',
      ],
      signatories: ['sri-lanka', 'ltte'],
      textPublic: true,
      status: 'signed',
    },
    [S.norway020222, S.guardian020222],
    { occurrence: O.cfa, note: 'Signed by Prime Minister Wickremesinghe and by Prabhakaran, deposited with Norway.' },
  ),
  ev(
    'CeasefireDeclared',
    'cf-cfa',
    when('2002-02-22T18:30:00Z'),
    {
      ceasefireId: CF.cfa,
      parties: ['sri-lanka', 'ltte'],
      scope: 'All hostilities between the armed forces of the GOSL and the LTTE, island-wide, monitored by the SLMM',
      coverage: 'all-hostilities',
      duration: 'indefinite',
      mediatedBy: ['norway'],
    },
    [S.norway020222],
    { occurrence: O.cfa },
  ),
  ev(
    'StatementMade',
    'stmt-petersen-cfa',
    when('2002-02-22'),
    {
      speaker: { name: 'Jan Petersen', title: 'Foreign Minister of Norway', actorId: 'norway' },
      tone: 'conciliatory',
      summary:
        'Norway announces the ceasefire: the parties commit themselves to ending the hostilities and to accept a Norwegian-led monitoring mission; they have signalled their agreement to hold extensive negotiations.',
      quote: 'The ceasefire will pave the way for further steps towards negotiations.',
    },
    [S.norway020222, S.guardian020222],
  ),
  // ===== 2002: the talks =====
  ev(
    'TalksRoundOpened',
    'round-sattahip-opened',
    when('2002-09-16'),
    {
      roundId: R.sattahip,
      label: 'First session of peace talks, Sattahip',
      format: 'formal',
      venue: 'Sattahip naval base, Thailand',
      hosts: ['norway'],
      delegations: [
        { actorId: 'sri-lanka', head: PEIRIS },
        { actorId: 'ltte', head: BALASINGHAM },
      ],
    },
    [S.independent020917],
  ),
  ev(
    'StatementMade',
    'stmt-balasingham-sattahip',
    when('2002-09-16'),
    {
      speaker: BALASINGHAM,
      audience: 'sri-lanka',
      tone: 'conciliatory',
      summary:
        'Opening the first direct talks in seven years, the LTTE negotiator says the Tigers are sincerely committed to peace.',
      quote:
        'We are seriously and sincerely committed to peace and we will strive our utmost to ensure the success of the negotiations.',
    },
    [S.independent020917],
  ),
  ev(
    'TalksRoundConcluded',
    'round-sattahip-concluded',
    when('2002-09-18'),
    {
      roundId: R.sattahip,
      outcome: 'progress',
      summary:
        'Ends on a positive note: two joint bodies agreed (on the resettlement of displaced people, and on assistance to the north and east); three more sessions agreed for the coming months.',
      nextSteps: 'Three more sessions in the coming months.',
    },
    [S.cable020918],
  ),
  ev(
    'TalksRoundOpened',
    'round-oslo-opened',
    when('2002-12-02'),
    {
      roundId: R.oslo,
      label: 'Third session of peace talks, Oslo',
      format: 'formal',
      venue: 'Oslo, Norway',
      hosts: ['norway'],
      delegations: [
        { actorId: 'sri-lanka', head: PEIRIS },
        { actorId: 'ltte', head: BALASINGHAM },
      ],
    },
    [S.norway021205],
  ),
  ev(
    'TalksRoundConcluded',
    'round-oslo-concluded',
    when('2002-12-05'),
    {
      roundId: R.oslo,
      outcome: 'agreement',
      summary:
        'The parties agree to explore a political solution founded on internal self-determination in areas of historical habitation of the Tamil-speaking peoples, based on a federal structure within a united Sri Lanka, and on new de-escalation measures.',
      nextSteps: 'Discussions on power-sharing, the region, human rights, finance, law and order.',
    },
    [S.norway021205, S.voa021205],
    { occurrence: O.oslo },
  ),
  ev(
    'AgreementReached',
    'agr-oslo',
    when('2002-12-05'),
    {
      agreementId: 'oslo-statement-2002',
      kind: 'framework',
      roundId: R.oslo,
      provisions: [
        'Explore a solution founded on internal self-determination based on a federal structure within a united Sri Lanka',
        'Discuss power-sharing, the geographical region, human rights, political and administrative mechanisms, public finance, law and order',
        'Further de-escalation: a Jaffna hotel returned to its use; LTTE area commanders moved under SLMM supervision; political groups free to work in LTTE areas',
      ],
      signatories: ['sri-lanka', 'ltte'],
      textPublic: true,
      status: 'text-agreed',
    },
    [S.norway021205, S.voa021205],
    { occurrence: O.oslo },
  ),
  ev(
    'StatementMade',
    'stmt-peiris-oslo',
    when('2002-12-05'),
    {
      speaker: PEIRIS,
      tone: 'conciliatory',
      summary: 'The government negotiator says the deal meets the yearning for peace of both communities.',
      quote: 'There is not going to be a war. We are sure of that.',
    },
    [S.voa021205],
  ),
  ev('ActorRegistered', 'actor-japan', when('2002-12-05'), { actor: JAPAN, role: 'third-party' }, [S.voa021205], {
    note: 'Koizumi agrees to host a conference of donors and lending agencies (later the Tokyo donor conference of June 2003).',
  }),
  // ===== 2003: the LTTE withdraws from the talks; the ISGA =====
  ev(
    'TalksSuspended',
    'susp-ltte-2003',
    when('2003-04-21'),
    {
      by: 'ltte',
      reason:
        'Exclusion from the Washington donor meeting of 14 April, the failure to implement the ceasefire (troops still in Tamil towns, high security zones) and the lack of a peace dividend on the ground; it will not attend the Tokyo donor conference in June. It remains committed to a negotiated settlement.',
      temporary: true,
    },
    [S.bbc030421, S.telegraph030422],
  ),
  ev(
    'StatementMade',
    'stmt-balasingham-letter',
    when('2003-04-21'),
    {
      speaker: BALASINGHAM,
      audience: 'sri-lanka',
      tone: 'accusation',
      summary:
        "In a letter to Prime Minister Wickremesinghe, the LTTE's chief negotiator says the Tigers' exclusion from the Washington meeting is a grave breach of faith and blames the government for the military occupation of Tamil towns.",
      quote: 'We view the exclusion of the LTTE … as a grave breach of faith.',
    },
    [S.telegraph030422, S.bbc030421],
  ),
  ev(
    'StatementMade',
    'stmt-gov-reply-2003',
    when('2003-04-21'),
    {
      speaker: { name: 'Government of Sri Lanka', actorId: 'sri-lanka' },
      audience: 'ltte',
      tone: 'critical',
      summary: 'The government replies that the LTTE’s concerns should have been raised within the peace procedures.',
    },
    [S.bbc030421],
  ),
  ev(
    'DemandTabled',
    'demand-isga',
    when('2003-10-31'),
    {
      demandId: 'isga',
      by: 'ltte',
      addressedTo: ['sri-lanka'],
      text: 'An Interim Self-Governing Authority for the North-East, with an absolute majority of LTTE appointees and plenary powers (resettlement, reconstruction, revenue, law and order, land), until a final settlement is reached and implemented.',
      category: 'political',
    },
    [S.taipei031101, S.tamilnet031101],
    {
      note: 'Handed by Thamilselvan to the Norwegian ambassador in Kilinochchi: the first written proposal the LTTE ever made.',
    },
  ),
  // ===== 2004: the Karuna revolt =====
  ev('ActorRegistered', 'actor-karuna', when('2004-03-03'), { actor: KARUNA, role: 'spoiler' }, [S.frontline040507], {
    note: 'The LTTE eastern commander Karuna breaks with the Vanni leadership (public on 3 March 2004); the LTTE routs his forces in April; his faction later fights the LTTE alongside the army.',
  }),
  // ===== 2005: P-TOMS and the Kadirgamar killing =====
  ev(
    'AgreementReached',
    'agr-ptoms',
    when('2005-06-24'),
    {
      agreementId: AGR.ptoms,
      kind: 'partial',
      provisions: [
        'A Post-Tsunami Operational Management Structure (the joint mechanism) to share nearly $3bn of foreign tsunami aid',
        'Three tiers of committees to review, prioritise and monitor projects in the north and east, with government, LTTE and Muslim members',
      ],
      signatories: ['sri-lanka', 'ltte'],
      textPublic: true,
      status: 'signed',
    },
    [S.bbc050624],
    { note: 'Signed for the government in Colombo, then taken by Norwegian diplomats to Kilinochchi for the LTTE.' },
  ),
  ev(
    'AgreementStatusChanged',
    'agr-ptoms-stayed',
    when('2005-07-15'),
    {
      agreementId: AGR.ptoms,
      status: 'suspended',
      by: 'sri-lanka',
      reason:
        "The Supreme Court blocks the aid-sharing deal on constitutional grounds; the LTTE says it is 'not concerned any more' about P-TOMS.",
    },
    [S.dailystar050719],
  ),
  ev(
    'IncidentReported',
    'inc-kadirgamar',
    when('2005-08-12T17:00:00Z'),
    {
      incidentId: 'kadirgamar-assassination-2005-08-12',
      kind: 'militant-attack',
      allegedBy: 'sri-lanka',
      against: 'sri-lanka',
      blamedOn: 'ltte',
      target: 'Foreign Minister Lakshman Kadirgamar',
      place: 'Colombo',
      fatalities: { min: 1, max: 1 },
      description:
        'Foreign Minister Lakshman Kadirgamar is shot dead by snipers at his home in Colombo after his evening swim. The military says it has reason to believe the LTTE killed him; the LTTE denies it.',
    },
    [S.guardian050813, S.sundaytimes050814],
  ),
  ev(
    'StatementMade',
    'stmt-ratnayake-kadirgamar',
    when('2005-08-12T18:00:00Z'),
    {
      speaker: RATNAYAKE,
      audience: 'ltte',
      tone: 'accusation',
      summary: 'The military blames the LTTE for the killing of Kadirgamar.',
      quote: 'We have reasons to believe that he was killed by the Liberation Tigers of Tamil Eelam.',
    },
    [S.guardian050813],
  ),
  ev(
    'StatementMade',
    'stmt-thamilselvan-kadirgamar',
    when('2005-08-13'),
    {
      speaker: THAMILSELVAN,
      audience: 'sri-lanka',
      tone: 'accusation',
      summary:
        'The LTTE denies any part in the killing and says the culprits are to be found in sections of the armed forces with a hidden agenda to sabotage the ceasefire; a state of emergency is declared.',
      quote:
        'We know there are sections within the Sri Lankan armed forces operating with a hidden agenda to sabotage the ceasefire.',
    },
    [S.sundaytimes050814],
  ),
  // ===== December 2005 – January 2006: the mine attacks =====
  ev(
    'IncidentReported',
    'inc-mine-jaffna-dec4',
    when('2005-12-04'),
    {
      incidentId: 'jaffna-mine-2005-12-04',
      kind: 'militant-attack',
      allegedBy: 'sri-lanka',
      against: 'sri-lanka',
      blamedOn: 'ltte',
      target: 'Army troops',
      place: 'Jaffna peninsula',
      fatalities: { min: 7, max: 7 },
      description:
        'A mine blast in Jaffna kills seven troops; Colombo demands that the rebels end their attacks on its soldiers.',
    },
    [graded(S.bbc060125, 3)],
  ),
  ev(
    'IncidentReported',
    'inc-mine-mannar-dec23',
    when('2005-12-23'),
    {
      incidentId: 'mannar-mine-2005-12-23',
      kind: 'militant-attack',
      allegedBy: 'sri-lanka',
      against: 'sri-lanka',
      blamedOn: 'ltte',
      target: 'Navy sailors',
      place: 'Mannar district',
      fatalities: { min: 13, max: 13 },
      description: 'A mine blast kills 13 sailors in Mannar district.',
    },
    [graded(S.bbc060125, 3)],
  ),
  ev(
    'IncidentReported',
    'inc-sailors-jan7',
    when('2006-01-07'),
    {
      incidentId: 'trincomalee-sailors-2006-01-07',
      kind: 'militant-attack',
      allegedBy: 'sri-lanka',
      against: 'sri-lanka',
      blamedOn: 'ltte',
      target: 'Navy sailors',
      place: 'Off Trincomalee',
      fatalities: { min: 13, max: 13 },
      description: 'Thirteen sailors are killed off the coast of Trincomalee.',
    },
    [graded(S.bbc060125, 3)],
  ),
  ev(
    'IncidentReported',
    'inc-mine-vavuniya-jan12',
    when('2006-01-12'),
    {
      incidentId: 'vavuniya-mine-2006-01-12',
      kind: 'militant-attack',
      allegedBy: 'sri-lanka',
      against: 'sri-lanka',
      blamedOn: 'ltte',
      target: 'Navy sailors',
      place: 'Vavuniya district',
      fatalities: { min: 9, max: 9 },
      description: 'Nine sailors die in a mine blast near Vavuniya.',
    },
    [graded(S.bbc060125, 3)],
  ),
  ev(
    'MediationAction',
    'med-solheim-jan25',
    when('2006-01-25'),
    {
      mediator: 'norway',
      action: 'visited',
      summary:
        'Envoy Erik Solheim meets President Rajapaksa and Prabhakaran; both sides agree to meet in Geneva in February to discuss how the ceasefire can be better implemented.',
    },
    [S.bbc060125],
  ),
  // ===== February 2006: Geneva =====
  ev(
    'IncidentReported',
    'inc-batticaloa-post-feb22',
    when('2006-02-22'),
    {
      incidentId: 'batticaloa-ltte-post-2006-02-22',
      kind: 'militant-attack',
      allegedBy: 'ltte',
      against: 'ltte',
      blamedOn: 'sri-lanka',
      target: 'An LTTE post',
      place: 'Batticaloa district',
      fatalities: { min: 1, max: 1 },
      description:
        'The LTTE says six men in military uniform attacked one of its posts in Batticaloa district, killing one of its members; the army calls the allegation baseless and malicious.',
    },
    [graded(S.bbc060222, 3)],
  ),
  ev(
    'TalksResumed',
    'resumed-geneva-2006',
    when('2006-02-22'),
    { reason: 'The first face-to-face meeting in nearly three years, on the implementation of the ceasefire.' },
    [S.bbc060222],
  ),
  ev(
    'TalksRoundOpened',
    'round-geneva1-opened',
    when('2006-02-22'),
    {
      roundId: R.geneva1,
      label: 'Geneva talks on the Ceasefire Agreement',
      format: 'formal',
      venue: 'Château de Bossey, near Geneva',
      hosts: ['norway'],
      delegations: [
        { actorId: 'sri-lanka', head: DE_SILVA },
        { actorId: 'ltte', head: BALASINGHAM },
      ],
    },
    [S.bbc060222],
  ),
  ev(
    'TalksRoundConcluded',
    'round-geneva1-concluded',
    when('2006-02-23'),
    {
      roundId: R.geneva1,
      outcome: 'agreement',
      summary:
        'Joint statement: both sides commit to respecting and upholding the Ceasefire Agreement and to take all necessary measures to ensure no intimidation, acts of violence, abductions or killings; the LTTE no violence against the security forces and police, the government no armed group other than its forces carrying arms. Solheim: "above expectations".',
      nextSteps: 'Next round in Geneva, 19–21 April 2006; the SLMM to report on implementation.',
    },
    [S.bbc060224, S.lacnet060223],
    { occurrence: O.geneva1 },
  ),
  ev(
    'CeasefireExtended',
    'cf-cfa-reaffirmed',
    when('2006-02-23'),
    {
      ceasefireId: CF.cfa,
      terms:
        'Both parties recommit to respecting and upholding the Ceasefire Agreement and to cooperate fully with the SLMM and respect its rulings.',
    },
    [S.bbc060224, S.lacnet060223],
    { occurrence: O.geneva1 },
  ),
  ev(
    'TalksRoundScheduled',
    'round-geneva2-scheduled',
    when('2006-02-23'),
    { roundId: R.geneva2, label: 'Second Geneva round', venue: 'Geneva', hosts: ['norway'], plannedFor: '2006-04-19' },
    [S.bbc060224],
    { occurrence: O.geneva1 },
  ),
  // ===== April 2006: talks off, the bombing and the air strikes =====
  ev(
    'TalksRoundCancelled',
    'round-geneva2-cancelled',
    when('2006-04-20'),
    {
      roundId: R.geneva2,
      reason:
        'The LTTE will not attend the Geneva talks on the dates agreed and sets no new date until "normality returns"; it says the government is pushing it towards war. Dozens have been killed since 8 April.',
    },
    [S.bbc060420],
  ),
  ev(
    'TalksSuspended',
    'susp-ltte-2006',
    when('2006-04-20'),
    {
      by: 'ltte',
      reason:
        'The LTTE pulls out of the talks indefinitely: it will not set a new date "until normality returns" in the north and east, and says the government is creating a war-like situation.',
    },
    [S.bbc060420],
  ),
  ev(
    'StatementMade',
    'stmt-thamilselvan-war-like',
    when('2006-04-20'),
    {
      speaker: THAMILSELVAN,
      audience: 'sri-lanka',
      tone: 'accusation',
      summary: 'The LTTE political head says the government is creating a war-like situation.',
      quote: 'It is the government that is creating a war-like situation and pushing us towards war.',
    },
    [S.bbc060420],
  ),
  ev(
    'IncidentReported',
    'inc-army-hq-bombing',
    when('2006-04-25T05:00:00Z'),
    {
      incidentId: 'army-hq-suicide-bombing-2006-04-25',
      kind: 'militant-attack',
      allegedBy: 'sri-lanka',
      against: 'sri-lanka',
      blamedOn: 'ltte',
      target: 'Army commander Lt Gen Sarath Fonseka',
      place: 'Colombo',
      fatalities: { min: 8, max: 10 },
      injured: { min: 27, max: 30 },
      description:
        'A female suicide bomber disguised as pregnant blows herself up at army headquarters in Colombo, badly wounding the army commander Sarath Fonseka; the bombing is blamed on the LTTE, which denies it.',
    },
    [S.mg060426, S.bbc060426],
  ),
  ev(
    'IncidentReported',
    'inc-ltte-shelling-apr25',
    when('2006-04-25T10:00:00Z'),
    {
      incidentId: 'ltte-shelling-trincomalee-2006-04-25',
      kind: 'shelling',
      perpetrator: 'ltte',
      allegedBy: 'sri-lanka',
      against: 'sri-lanka',
      place: P.trinco,
      description:
        'The government says the rebels fired shells at military camps in Trincomalee after the bombing, and that its strikes were in self-defence; the LTTE says it did not fire a single shot.',
    },
    [graded(S.rediff060426, 3), graded(S.mg060426, 3)],
  ),
  ev(
    'IncidentReported',
    'inc-airstrikes-apr25',
    when('2006-04-25T12:00:00Z'),
    {
      incidentId: 'airstrikes-trincomalee-2006-04-25',
      kind: 'airstrike',
      perpetrator: 'sri-lanka',
      against: 'ltte',
      place: P.trinco,
      fatalities: { min: 10, max: 11 },
      injured: { min: 25, max: 25 },
      description:
        'The air force and navy bomb LTTE positions south of Trincomalee (Kfir and MiG-27 jets, multi-barrel rockets, artillery and gunboats) in the first official military action since the ceasefire; the LTTE says at least 10–11 people were killed and 3,000 families displaced. The SLMM confirms the strikes.',
    },
    [S.bbc060426, S.rediff060426, S.dawn060426],
    { occurrence: O.strikes0425 },
  ),
  ev(
    'CeasefireViolationReported',
    'viol-airstrikes-apr25',
    when('2006-04-25T18:00:00Z'),
    {
      ceasefireId: CF.cfa,
      allegedBy: 'ltte',
      against: 'sri-lanka',
      casualties: { min: 10, max: 11 },
      description:
        'The LTTE protests the bombing as a violation of the ceasefire agreement and asks the SLMM whether the army has launched a full-scale war.',
    },
    [S.mg060426],
    { occurrence: O.strikes0425 },
  ),
  ev(
    'IncidentReported',
    'inc-airstrikes-apr26',
    when('2006-04-26'),
    {
      incidentId: 'airstrikes-trincomalee-2006-04-26',
      kind: 'airstrike',
      perpetrator: 'sri-lanka',
      against: 'ltte',
      place: P.trinco,
      fatalities: { min: 1, max: 1 },
      injured: { min: 9, max: 9 },
      description:
        'Air strikes resume on Tiger positions around Trincomalee after the military says the LTTE fired on navy patrol craft for a second day; a jet misses and hits a jetty, killing a civilian. By night the army says the island is quiet.',
    },
    [S.mg060426, S.bbc060426],
  ),
  ev(
    'StatementMade',
    'stmt-rajapaksa-weakness',
    when('2006-04-25T15:00:00Z'),
    {
      speaker: RAJAPAKSA,
      audience: 'ltte',
      tone: 'warning',
      summary:
        'In a televised address the President says he does not want a return to conflict but will not be cowed by bombs, and that the LTTE does not want a peaceful solution.',
      quote:
        'One should avoid mistaking our desire for peace and our responsibility to achieve it as a government, as weakness.',
    },
    [S.bbc060426, S.dawn060426],
  ),
  // ===== May 2006: the EU listing =====
  ev('ActorRegistered', 'actor-eu', when('2006-05-29'), { actor: EU, role: 'third-party' }, [S.bbc060529]),
  ev(
    'ThirdPartyEngagement',
    'tpe-eu-listing',
    when('2006-05-29'),
    {
      actorId: 'eu',
      counterparts: ['sri-lanka'],
      kind: 'support',
      summary:
        'The EU adds the LTTE to its list of terrorist organisations, freezing its assets in the 25 member states, as the government and the United States had urged; the Tigers had warned that a ban would "exacerbate the conditions of war".',
    },
    [S.bbc060529, S.aljazeera060529],
  ),
  // ===== July–August 2006: Mavil Aru, Muttur, Muhamalai =====
  ev(
    'IncidentReported',
    'inc-mavil-aru-closure',
    when('2006-07-21'),
    {
      incidentId: 'mavil-aru-sluice-closure-2006-07',
      kind: 'border-closure',
      perpetrator: 'ltte',
      against: 'sri-lanka',
      place: P.mavilAru,
      description:
        'The LTTE closes the sluice gates of the Mavil Aru anicut, cutting water to some 15,000 families and 30,000 acres of paddy in government-held villages; the irrigation engineer is stopped at gunpoint. The LTTE bargains for water and supplies to Muttur East and Eachchilampattu.',
    },
    [graded(S.ht060731dam, 3), S.defence2020],
  ),
  ev(
    'IncidentReported',
    'inc-mavil-aru-bombing',
    when('2006-07-29'),
    {
      incidentId: 'mavil-aru-aerial-bombing-2006-07-29',
      kind: 'airstrike',
      perpetrator: 'sri-lanka',
      against: 'ltte',
      place: P.mavilAru,
      description: 'The air force bombs the dam area ahead of the army’s move on the sluice gates.',
    },
    [S.ht060731dam],
  ),
  ev(
    'StatementMade',
    'stmt-elilan-declaration-of-war',
    when('2006-07-29'),
    {
      speaker: ELILAN,
      audience: 'sri-lanka',
      tone: 'military-threat',
      summary:
        'In a letter to the SLMM head, the LTTE’s Trincomalee leader says the continual bombing and shelling smack of a declaration of war, that the army’s incursions will be fiercely resisted, and that the SLMM should declare that the ceasefire no longer holds on the ground.',
      quote:
        'It is now appropriate for the SLMM to declare publicly that the ceasefire agreement is not holding any more on the ground.',
    },
    [S.ht060731dam],
  ),
  ev(
    'IncidentReported',
    'inc-mavil-aru-advance',
    when('2006-07-31'),
    {
      incidentId: 'mavil-aru-advance-2006-07-31',
      kind: 'clash',
      perpetrator: 'sri-lanka',
      against: 'ltte',
      place: P.mavilAru,
      fatalities: { min: 15, max: 41 },
      description:
        'Troops backed by Kfir and MiG jets, artillery and multi-barrel rockets advance from Thirumangalam camp towards the dam and meet stiff resistance: the army says 35 LTTE and 6 soldiers were killed; TamilNet says 12 soldiers and 3 LTTE, and that the army was "defeated" at Valkottu. The government calls it "a humanitarian operation and not a military operation".',
    },
    [graded(S.ht060731dead, 3), S.ht060731dam],
  ),
  ev(
    'IncidentReported',
    'inc-eachchilampattu-jul31',
    when('2006-07-31'),
    {
      incidentId: 'eachchilampattu-advance-2006-07-31',
      kind: 'clash',
      perpetrator: 'sri-lanka',
      against: 'ltte',
      place: P.eachchilampattu,
      description:
        'A second army column moves from the Kallaru camp towards Eachchilampattu to divert the LTTE; the LTTE says the bid was "defeated".',
    },
    [graded(S.ht060731dead, 3)],
  ),
  ev(
    'IncidentReported',
    'inc-mavil-aru-aug1',
    when('2006-08-01'),
    {
      incidentId: 'mavil-aru-strikes-2006-08-01',
      kind: 'airstrike',
      perpetrator: 'sri-lanka',
      against: 'ltte',
      place: P.mavilAru,
      description:
        'Kfir jets bomb near the Maavilaru canal at dawn and artillery pounds Tiger positions after "one of the bloodiest days" (67 combatants dead, AFP); the rebels hit back with mortars.',
    },
    [S.lbo060801],
  ),
  ev(
    'IncidentReported',
    'inc-muttur',
    when('2006-08-02'),
    {
      incidentId: 'muttur-offensive-2006-08-02',
      kind: 'clash',
      perpetrator: 'ltte',
      against: 'sri-lanka',
      place: P.muttur,
      scale: 'major',
      description:
        'Hundreds of LTTE cadres sweep into Muttur in a dawn offensive out of the Sampur sector and besiege four army camps; a navy landing at the jetty is beaten off; government guns in Trincomalee shell the town. The defence ministry: "a major offensive at Muttur"; the military says it holds the town.',
    },
    [S.tamilnet060802, S.defenceMuttur],
  ),
  ev(
    'IncidentReported',
    'inc-mavil-aru-reopened',
    when('2006-08-08T14:30:00Z'),
    {
      incidentId: 'mavil-aru-sluice-reopened-2006-08-08',
      kind: 'border-reopening',
      perpetrator: 'ltte',
      against: 'sri-lanka',
      place: P.mavilAru,
      description:
        'Both sides claim to have reopened the Mavil Aru sluice at about 8 pm, 19 days into their battle for the area (the LTTE "on humanitarian grounds"; the army says after its bombing of the anicut).',
    },
    [S.cable060810],
  ),
  ev(
    'IncidentReported',
    'inc-mavil-aru-aug10',
    when('2006-08-10'),
    {
      incidentId: 'mavil-aru-ground-battle-2006-08-10',
      kind: 'clash',
      perpetrator: 'sri-lanka',
      against: 'ltte',
      place: P.mavilAru,
      fatalities: { min: 2, max: 2 },
      injured: { min: 23, max: 23 },
      description:
        'An intensive ground battle with tanks, mortars and RPGs from before dawn: two soldiers killed and 23 wounded (military spokesman); the SLMM says both sides are trading mortar and RPG fire.',
    },
    [S.cable060810],
  ),
  ev(
    'IncidentReported',
    'inc-muhamalai-aug11',
    when('2006-08-11'),
    {
      incidentId: 'muhamalai-attack-2006-08-11',
      kind: 'clash',
      perpetrator: 'ltte',
      against: 'sri-lanka',
      place: P.muhamalai,
      description:
        'The LTTE attacks the army’s defence lines at Muhamalai and Nagarkovil on the Jaffna peninsula and the military checkpoint at the entrance to the government-held part of Jaffna (the defence ministry: "simultaneous attacks on Muhamalei/Nagarkovil defences"; the attack on Kayts island follows on the 12th).',
    },
    [S.defenceMuttur, graded(S.rediff061030, 2)],
  ),
  ev(
    'IncidentReported',
    'inc-a9-closed',
    when('2006-08-11'),
    {
      incidentId: 'a9-muhamalai-crossing-closed-2006-08-11',
      kind: 'border-closure',
      perpetrator: 'sri-lanka',
      against: 'ltte',
      place: 'Muhamalai crossing (A9 highway)',
      description:
        'The A9 highway through LTTE territory to the Jaffna peninsula is closed at the Muhamalai crossing after the LTTE attack on the checkpoint; the government says it is unsafe to reopen it and supplies Jaffna by sea and air.',
    },
    [S.rediff061030, S.aljazeera061029],
  ),
  // ===== September 2006: Sampur =====
  ev(
    'IncidentReported',
    'inc-sampur-offensive',
    when('2006-08-28'),
    {
      incidentId: 'sampur-offensive-2006-08-28',
      kind: 'clash',
      perpetrator: 'sri-lanka',
      against: 'ltte',
      place: P.sampur,
      scale: 'major',
      description:
        'The army begins an offensive to clear the LTTE from Sampur, from where it shells the Trincomalee naval base: days of fierce artillery battles (Reuters: "the Sampur offensive").',
    },
    [S.irishtimes060905, S.reuters060904],
  ),
  ev(
    'IncidentReported',
    'inc-sampur-toll-army',
    when('2006-09-03'),
    {
      incidentId: 'sampur-offensive-toll-soldiers-2006-09-03',
      kind: 'casualty-report',
      perpetrator: 'ltte',
      against: 'sri-lanka',
      period: { from: '2006-08-28', to: '2006-09-03' },
      fatalities: { min: 14, max: 15 },
      injured: { min: 90, max: 92 },
      description:
        'By Sunday at least 14 soldiers (15, the Irish Times) have been killed and over 90 wounded since the Sampur offensive began a week earlier.',
    },
    [S.reuters060904, S.irishtimes060905],
  ),
  ev(
    'IncidentReported',
    'inc-sampur-toll-ltte',
    when('2006-09-03'),
    {
      incidentId: 'sampur-offensive-toll-ltte-2006-09-03',
      kind: 'casualty-report',
      perpetrator: 'sri-lanka',
      against: 'ltte',
      period: { from: '2006-08-28', to: '2006-09-03' },
      fatalities: { min: 120, max: 120 },
      description: 'The army estimates about 120 rebels killed in the Sampur offensive.',
    },
    [graded(S.reuters060904, 3)],
  ),
  ev(
    'IncidentReported',
    'inc-sampur-falls',
    when('2006-09-04'),
    {
      incidentId: 'sampur-captured-2006-09-04',
      kind: 'airstrike',
      perpetrator: 'sri-lanka',
      against: 'ltte',
      place: P.sampur,
      description:
        'After Kfir jets pound the area, troops move into Sampur with hardly any resistance; an overnight mortar attack on the troops kills one soldier. The President: "This is not war, we are only responding to an attack on us."',
    },
    [S.reuters060904, S.irishtimes060905],
  ),
  // ===== October 2006: Geneva II =====
  ev(
    'StatementMade',
    'stmt-daya-master-a9',
    when('2006-10-26'),
    {
      speaker: DAYA_MASTER,
      audience: 'sri-lanka',
      tone: 'warning',
      summary:
        'The LTTE threatens to scupper future negotiations unless the government agrees to open the A9 at the Geneva talks.',
      quote: "If they reject or don't open the A-9, (there is) no chance to continue the talks.",
    },
    [S.dailystar061027],
  ),
  ev(
    'TalksResumed',
    'resumed-genevaII-2006',
    when('2006-10-28'),
    { reason: 'The first direct talks in eight months, in Geneva.' },
    [S.lbo061029],
  ),
  ev(
    'TalksRoundOpened',
    'round-genevaII-opened',
    when('2006-10-28'),
    {
      roundId: R.genevaII,
      label: 'Geneva II talks',
      format: 'formal',
      venue: 'Geneva',
      hosts: ['norway'],
      delegations: [
        { actorId: 'sri-lanka', head: DE_SILVA },
        { actorId: 'ltte', head: THAMILSELVAN },
      ],
    },
    [S.lbo061029],
  ),
  ev(
    'IncidentReported',
    'inc-vakarai-oct29',
    when('2006-10-29'),
    {
      incidentId: 'vakarai-shelling-2006-10-29',
      kind: 'shelling',
      perpetrator: 'ltte',
      against: 'sri-lanka',
      place: P.vakarai,
      description:
        'The LTTE fires heavy artillery and mortars on troops advancing from Welikanda and Poonani, at the start of the army’s operation on the Vakarai enclave (30 October – 15 January by the army’s account).',
    },
    [S.armyVakarai],
  ),
  ev(
    'TalksRoundConcluded',
    'round-genevaII-concluded',
    when('2006-10-29'),
    {
      roundId: R.genevaII,
      outcome: 'collapsed',
      summary:
        'Two days of squabbling over humanitarian issues; no agreement on the A9 or on another date for talks. The LTTE will not attend new talks until the A9 is reopened; the government calls the condition regrettable. Solheim: the talks hit a dead end.',
    },
    [S.aljazeera061029, S.rediff061030],
  ),
  ev(
    'StatementMade',
    'stmt-de-silva-genevaII',
    when('2006-10-29'),
    {
      speaker: DE_SILVA,
      audience: 'ltte',
      tone: 'critical',
      summary: 'The head of the government delegation regrets that the Tigers imposed a condition for future talks.',
      quote: 'It is regrettable that they have imposed a condition for future talks.',
    },
    [S.aljazeera061029],
  ),
  // ===== January 2007: Vakarai =====
  ev(
    'IncidentReported',
    'inc-vakarai-jan16',
    when('2007-01-16'),
    {
      incidentId: 'vakarai-three-pronged-advance-2007-01-16',
      kind: 'clash',
      perpetrator: 'sri-lanka',
      against: 'ltte',
      place: P.vakarai,
      scale: 'major',
      fatalities: { min: 57, max: 57 },
      injured: { min: 150, max: 150 },
      description:
        'From 5.30 am the army attacks on three fronts — from Upporal towards Muhathuwaram, from Mankerni towards Pannichchankerni, from Mahinthapuram towards Eechchilampattu; the LTTE says it stopped all three, killing 45 soldiers and wounding 150, with 12 of its own killed, and that Kfir jets bombed Kathiraveli three times.',
    },
    [S.ltteps070116, graded(S.wikinews070119, 2)],
  ),
  ev(
    'IncidentReported',
    'inc-vakarai-jan18',
    when('2007-01-18'),
    {
      incidentId: 'vakarai-fighting-2007-01-18',
      kind: 'clash',
      perpetrator: 'sri-lanka',
      against: 'ltte',
      place: P.vakarai,
      fatalities: { min: 4, max: 4 },
      description:
        'Heavy fighting as the troops push the Tigers from their third defence line at Panichchankerny and take the bridge on the A15; four soldiers are killed by LTTE mortar fire at Ichchalampattu; the army steps up shelling on Vaharai that night.',
    },
    [S.observer070121, S.ap070120],
  ),
  ev(
    'IncidentReported',
    'inc-vakarai-falls',
    when('2007-01-19'),
    {
      incidentId: 'vakarai-captured-2007-01-19',
      kind: 'clash',
      perpetrator: 'sri-lanka',
      against: 'ltte',
      place: P.vakarai,
      description:
        'Special Forces commandos enter Vakarai and its hospital around noon; the LTTE says it "decided to pull back"; the military says the rebels are firing mortars from north of the town and are being repelled. Since November, 45 soldiers and at least 331 LTTE killed by the military’s count.',
    },
    [S.ap070120, S.xinhua070119, S.wikinews070119],
  ),
  ev(
    'StatementMade',
    'stmt-rambukwella-vakarai',
    when('2007-01-19'),
    {
      speaker: RAMBUKWELLA,
      audience: 'domestic audience',
      tone: 'neutral',
      summary:
        'The defence spokesman says the troops entered the town at noon, captured the hospital and are on their way to Kathiraveli.',
    },
    [S.ap070120],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'sri-lanka-ltte-2002.jsonl',
  logEnd: '2026-12-06T12:00:00Z',
  events,
};

export default definition;
