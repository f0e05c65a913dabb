/**
 * A test fixture, not a shipped example: the United States and North Korea
 * in the first nuclear crisis, from North Korea's announced withdrawal from
 * the Non-Proliferation Treaty (12 March 1993) to the first steps of the
 * Agreed Framework (the first heavy fuel oil, January 1995; KEDO, March
 * 1995), as an analyst following the news could have recorded them — the
 * New York talks and the joint statement of 11 June 1993 (the withdrawal
 * suspended), the second round in Geneva (July 1993), the third round agreed
 * for 21 March 1994 and called off after the "sea of fire" remark at the
 * North–South talks at Panmunjom (19 March), North Korea's word that US
 * sanctions would be "a declaration of war" (March and June 1994), the fuel
 * rods unloaded from the Yongbyon reactor without inspectors (May), the US
 * push for UN sanctions and the dialogue broken off (June), Jimmy Carter's
 * visit to Pyongyang (15–18 June) with Kim Il Sung's offer to freeze, the
 * freeze confirmed (22 June), the Geneva talks (from 8 July, suspended by
 * Kim Il Sung's death, resumed 5 August; the agreed statement of 12 August;
 * the text agreed on 17 October), the Agreed Framework signed on 21 October,
 * the US Army helicopter shot down over North Korea on 17 December (one
 * pilot killed, the other held until 30 December), and the first steps of
 * the framework. Escalation model v2 was never tuned on it: it is the case
 * the model is held to in us-north-korea-1994.spec.ts, against the calls an
 * analyst makes from DOMAIN.md §5b alone.
 *
 * The parties are the United States and North Korea. Jimmy Carter, a private
 * citizen who went to Pyongyang with the President's approval, is a mediator
 * (registered when he crossed the DMZ). Third parties: the IAEA, South Korea,
 * Japan, China and the UN Security Council, registered at the opening;
 * their own acts (the IAEA's findings, South Korea's talks with the North)
 * are recorded as theirs, never as the pair's. The existing case
 * us-north-korea-2017 covers a later crisis; nothing of it is recorded here.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source. Recorded after the fact,
 * from sources read all at once (a retrospective clock).
 *
 * Grading as in examples/README.md: B = an established outlet or wire copy
 * (the Los Angeles Times, the Chicago Tribune, the Sun-Sentinel and the
 * Baltimore Sun relaying the New York Times and Los Angeles Times services,
 * the Roanoke Times and Virginian-Pilot relaying AP and wires, the Seattle
 * Times, AP, the Christian Science Monitor), and the official texts of a
 * party (the White House press statement, the State Department Dispatch, the
 * Agreed Framework as the Council on Foreign Relations keeps it); C = an
 * archive or chronology site, a copy of a broadcaster's story, KEDO's own
 * history page; 2 = on the record or reported by several, 3 = one side's
 * claim or an unnamed official. No A grades.
 *
 * Dates of sources: contemporary reports by their own date. Pages that carry
 * no date (the CNS chronology of 1995, KEDO's history page) are given a
 * lower bound from their own content: the day of the development they are
 * cited for.
 *
 * Judgement calls, recorded as an analyst would:
 * - The withdrawal from the NPT (12 March 1993) is North Korea's statement
 *   with the tone `threat`: it gave the treaty's three months' notice, and
 *   the withdrawal would take effect on 12 June unless it changed course (the
 *   press of the period calls it a threat to quit the treaty). It is not
 *   recorded as an ultimatum: no source read gives demands it enforced with a
 *   deadline addressed to the United States. The NPT itself is not recorded
 *   as an agreement between the two: it is not their negotiated deal.
 * - The joint statement of 11 June 1993 is an agreement (`partial`) reached
 *   by the two delegations in New York (Kang Sok Ju, Robert Gallucci): the
 *   assurances against the threat and use of force, the continued dialogue,
 *   and North Korea's unilateral suspension of its withdrawal "as long as it
 *   considers necessary". Recorded as being implemented from that day.
 * - Late 1993 (the IAEA's disputes over inspections, the talks in New York in
 *   December) is known here only from the CNS chronology's entry of 3 January
 *   1994, not recorded: no dated act between the two was read for those
 *   months.
 * - The "sea of fire" (19 March 1994) was said by North Korea's negotiator
 *   Park Yong Su to South Korea's at the North–South talks at Panmunjom: a
 *   `military-threat` whose audience is South Korea, a third party. The White
 *   House's answer the same day (sanctions at the UN, Team Spirit and
 *   Patriot missiles "if circumstances don't change by Monday", said by an
 *   unnamed official) is a US `threat` of sanctions and military exercises,
 *   not of war; graded 3 (unnamed official). No source read gives the day the
 *   third round in Geneva was called off: it is cancelled on its planned
 *   date, 21 March (approximate), and, as the Christian Science Monitor's
 *   chronology says "US breaks off talks", the talks are suspended by the
 *   United States that day (not temporary; one occurrence with the
 *   cancellation). The first recording had the cancellation alone, which
 *   left the break-off the source reports out of the log.
 * - "Sanctions are a declaration of war": North Korea's radio (24 March) and
 *   its ambassador in Beijing (4 June) are each a `military-threat` to the
 *   United States; they are the threats of war of §5b.
 * - The fuel rods: North Korea's announcement (14 May) is its statement
 *   (tone `critical`: it blames the IAEA); the unloading itself has no kind
 *   in the catalogue and is in the text.
 * - 3 June 1994: Gallucci says the basis for the dialogue "has been
 *   destroyed" and the US begins consultations on sanctions: the talks
 *   suspended by the United States (not temporary) — the dialogue carried on
 *   between March and June (the inspectors went back in May) is broken off
 *   again; no source read dates a resumption between the two, so none is
 *   recorded.
 * - The US contingency planning (reinforcements for South Korea) is known
 *   from a BBC retrospective (copy) without a day: a `force-posture` act of
 *   the United States dated to the month, June 1994, graded C3.
 * - Carter's visit: registered as a mediator on 15 June, when he crossed the
 *   DMZ; Kim Il Sung's offer (16–17 June) is a proposal carried by the
 *   mediator; the US demand of a verifiable freeze (the White House, 18 June)
 *   and North Korea's acceptance (22 June, by Clinton's account) are a demand
 *   and a position; the third round scheduled that day.
 * - Kim Il Sung's death (8 July, announced on the 9th) suspended the round
 *   opened on 8 July: the talks suspended by North Korea, `temporary` (they
 *   resumed on 5 August).
 * - The agreed statement of 12 August is an agreement (`partial`); the
 *   Agreed Framework's text agreed on 17 October and signed on 21 October.
 * - The helicopter (17 December 1994): an unarmed OH-58 of the US Army that
 *   strayed across the DMZ was brought down by North Korean fire (North
 *   Korea: "shot down"; the Army's report and the pilot: hit by air defences):
 *   a `clash` by North Korea against the United States, one place ("North
 *   Korean territory north of the DMZ"), one killed (Chief Warrant Officer
 *   David Hilemon). No source calls it an offensive or battle: no scale.
 *   The capture of the pilot, Bobby Hall, is North Korea's `detention` of
 *   him, ended by its `release` on 30 December (11:16 Korean time, 02:16 UTC,
 *   recorded at the place of the capture, so that it ends that detention) when he
 *   walked across at Panmunjom after the US expressed "sincere regret" in a
 *   written understanding worked out by Thomas Hubbard in Pyongyang (28–29
 *   December): recorded as a round (informal) concluded with an agreement
 *   (`partial`), and the release as North Korea's acceptance of the US demand.
 * - The framework carried out: the freeze verified (Anthony Lake, 1 January
 *   1995), the first heavy fuel oil (18 January 1995), KEDO founded by the
 *   United States, South Korea and Japan (9 March 1995). North Korea's
 *   warning of 16 January 1995 that the agreement would be threatened by
 *   South Korean reactors is a `warning`, not a threat of war.
 * - Left out for want of a dated source read: North Korea's withdrawal from
 *   the IAEA (13 June 1994: an act towards a third party), the IAEA's
 *   findings and referrals, the Security Council's statement of 31 March
 *   1994, the North's missile test of May 1993, the return of Hilemon's body
 *   (22 December, through Rep. Bill Richardson).
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, retrospectiveClock, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'us-north-korea-1994';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 1994);
const when = retrospectiveClock('2026-12-06T21:00:00Z');

const US: Actor = {
  id: 'united-states',
  name: 'United States',
  kind: 'state',
  aliases: ['US', 'Washington', 'USA'],
};
const DPRK: Actor = {
  id: 'north-korea',
  name: 'North Korea',
  kind: 'state',
  aliases: ['DPRK', "Democratic People's Republic of Korea", 'Pyongyang'],
};
const IAEA: Actor = {
  id: 'iaea',
  name: 'International Atomic Energy Agency',
  kind: 'international-organisation',
  aliases: ['IAEA'],
};
const ROK: Actor = {
  id: 'south-korea',
  name: 'South Korea',
  kind: 'state',
  aliases: ['Republic of Korea', 'ROK', 'Seoul'],
};
const JAPAN: Actor = { id: 'japan', name: 'Japan', kind: 'state', aliases: ['Tokyo'] };
const CHINA: Actor = { id: 'china', name: 'China', kind: 'state', aliases: ['Beijing', "People's Republic of China"] };
const UNSC: Actor = {
  id: 'un-security-council',
  name: 'UN Security Council',
  kind: 'international-organisation',
  aliases: ['Security Council'],
};
const CARTER: Actor = {
  id: 'jimmy-carter',
  name: 'Jimmy Carter',
  kind: 'individual',
  aliases: ['former President Carter', 'The Carter Center'],
};

const DPRK_GOV: Person = { name: 'Government of North Korea', actorId: 'north-korea' };
const DPRK_RADIO: Person = { name: 'North Korean radio (state broadcaster)', actorId: 'north-korea' };
const DPRK_FM: Person = { name: 'Foreign Ministry spokesman', title: 'North Korea', actorId: 'north-korea' };
const KANG: Person = { name: 'Kang Sok Ju', title: 'First Vice Minister of Foreign Affairs', actorId: 'north-korea' };
const PARK: Person = {
  name: 'Park Yong Su',
  title: 'North Korean negotiator, North–South talks',
  actorId: 'north-korea',
};
const CHU: Person = { name: 'Chu Chang Jun', title: 'North Korean ambassador to China', actorId: 'north-korea' };
const GALLUCCI: Person = { name: 'Robert Gallucci', title: 'Assistant Secretary of State', actorId: 'united-states' };
const CLINTON: Person = { name: 'Bill Clinton', title: 'President of the United States', actorId: 'united-states' };
const WH_OFFICIAL: Person = { name: 'White House official (unnamed)', actorId: 'united-states' };
const LAKE: Person = { name: 'Anthony Lake', title: 'National Security Advisor', actorId: 'united-states' };
const HUBBARD: Person = {
  name: 'Thomas Hubbard',
  title: 'Deputy Assistant Secretary of State for East Asian and Pacific Affairs',
  actorId: 'united-states',
};

const S = {
  lat930612: source(
    'N. Korea Halts Pullout From Nuclear Treaty',
    'Los Angeles Times',
    'https://www.latimes.com/archives/la-xpm-1993-06-12-mn-2386-story.html',
    '1993-06-12',
    'B',
    2,
  ),
  ct930612: source(
    'As Time Runs Out, North Korea Puts Off Quitting Nuclear Pact',
    'Chicago Tribune (New York Times News Service)',
    'http://articles.chicagotribune.com/1993-06-12/news/9306120162_1_north-korea-nuclear-accord-international-inspectors',
    '1993-06-12',
    'B',
    2,
  ),
  dispatch930719: source(
    'U.S.-North Korea Talks on the Nuclear Issue (press statement, Geneva, July 19, 1993)',
    'US Department of State Dispatch (HeinOnline)',
    'https://heinonline.org/HOL/LandingPage?div=65&handle=hein.journals%2Fdsptch9',
    '1993-07-19',
    'B',
    2,
  ),
  dispatch940314: source(
    'Resumption of U.S.-North Korea Negotiations on Nuclear and Other Issues',
    'US Department of State Dispatch (GlobalSecurity.org copy)',
    'https://www.globalsecurity.org/wmd/library/news/dprk/1994/940314-dprk-usia.htm',
    '1994-03-14',
    'B',
    2,
  ),
  lat940320: source(
    'U.S. to Urge Sanctions for N. Korea',
    'Los Angeles Times',
    'https://www.latimes.com/archives/la-xpm-1994-03-20-mn-36472-story.html',
    '1994-03-20',
    'B',
    2,
  ),
  ct940324: source(
    'North Korea In New War Warning',
    'Chicago Tribune',
    'http://articles.chicagotribune.com/1994-03-24/news/9403250278_1_north-korean-radio-broadcast-declaration-sanctions',
    '1994-03-24',
    'B',
    2,
  ),
  csm940406: source(
    "North Korea's Nuclear Record",
    'Christian Science Monitor',
    'https://www.csmonitor.com/1994/0406/06064.html',
    '1994-04-06',
    'B',
    2,
  ),
  ct940515: source(
    'N. Korea: Refueling Under Way At Reactor',
    'Chicago Tribune',
    'http://articles.chicagotribune.com/1994-05-15/news/9405150374_1_fuel-rods-refueling-nuclear-reactor',
    '1994-05-15',
    'B',
    2,
  ),
  rt940520: source(
    'N. Korean fuel rods removed',
    'Roanoke Times (Associated Press)',
    'https://scholar.lib.vt.edu/VA-news/ROA-Times/issues/1994/rt9405/940520/05200068.htm',
    '1994-05-20',
    'B',
    2,
  ),
  os940603: source(
    'U.S. Will Pursue N. Korea Action',
    'Orlando Sentinel (Knight-Ridder)',
    'http://articles.orlandosentinel.com/1994-06-03/news/9406030955_1_sanctions-against-north-north-korea-economic-sanctions',
    '1994-06-03',
    'B',
    2,
  ),
  ss940604: source(
    'Experts Urge N. Korea Sanctions',
    'Sun-Sentinel (Newsday)',
    'http://articles.sun-sentinel.com/1994-06-04/news/9406030723_1_korea-state-robert-gallucci-sanctions-resolution',
    '1994-06-04',
    'B',
    2,
  ),
  bs940605: source(
    "Sanctions on N. Korea 'imperative,' Clinton says",
    'Baltimore Sun (Los Angeles Times)',
    'http://articles.baltimoresun.com/1994-06-05/news/1994156011_1_north-korea-sanctions-against-north-south-korea',
    '1994-06-05',
    'B',
    2,
  ),
  bs940616: source(
    'U.S. seeks sanctions against North Korea',
    'Baltimore Sun',
    'http://articles.baltimoresun.com/1994-06-16/news/1994167088_1_sanctions-against-north-north-korea-aid-for-north',
    '1994-06-16',
    'B',
    2,
  ),
  bbc241230: source(
    'When Carter met Kim - and stopped a nuclear war (BBC, copy)',
    'BBC News (snackydog.com copy)',
    'https://snackydog.com/news/articles/cpee202y907o',
    '2024-12-30',
    'C',
    3,
  ),
  ct940619: source(
    'Carter Heads For U.S. With N. Korea Offer',
    'Chicago Tribune',
    'http://articles.chicagotribune.com/1994-06-19/news/9406190362_1_pyongyang-regime-il-north-korea',
    '1994-06-19',
    'B',
    2,
  ),
  wh940618: source(
    'Statement by the Press Secretary on North Korea',
    'The White House (Clinton White House archive)',
    'https://clintonwhitehouse6.archives.gov/1994/06/1994-06-18-statement-by-the-press-secretary-on-north-korea.html',
    '1994-06-18',
    'B',
    2,
  ),
  rt940623: source(
    'North Korea promises freeze; talks to resume (Cox News Service and Associated Press)',
    'Roanoke Times',
    'https://scholar.lib.vt.edu/VA-news/ROA-Times/issues/1994/rt9406/940623/06280017.htm',
    '1994-06-23',
    'B',
    2,
  ),
  ss940806: source(
    'No Progress Made On Nuclear Issue',
    'Sun-Sentinel (New York Times)',
    'http://articles.sun-sentinel.com/1994-08-06/news/9408050634_1_robert-gallucci-kang-sok-ju-kim-s-death',
    '1994-08-06',
    'B',
    2,
  ),
  ct940806: source(
    'U.S., N. Korea Talks Resume Without Accord',
    'Chicago Tribune (New York Times News Service)',
    'http://articles.chicagotribune.com/1994-08-06/news/9408060067_1_robert-gallucci-kang-sok-ju-chief-american-negotiator',
    '1994-08-06',
    'B',
    2,
  ),
  rt940813: source(
    'U.S., North Korea joint statement in Geneva (Associated Press)',
    'Roanoke Times',
    'https://scholar.lib.vt.edu/VA-news/ROA-Times/issues/1994/rt9408/940813/08190017.htm',
    '1994-08-13',
    'B',
    2,
  ),
  ss941018: source(
    'N. Korea, U.S. Reach Tentative Agreement',
    'Sun-Sentinel (New York Times)',
    'http://articles.sun-sentinel.com/1994-10-18/news/9410170410_1_robert-gallucci-korea-nuclear-program',
    '1994-10-18',
    'B',
    2,
  ),
  rt941018: source(
    'U.S., N. Korea draft accord (Associated Press)',
    'Roanoke Times',
    'https://scholar.lib.vt.edu/VA-news/ROA-Times/issues/1994/rt9410/941018/10180136.htm',
    '1994-10-18',
    'B',
    2,
  ),
  cfr941021: source(
    'US-North Korea Agreed Framework, 1994 (primary source)',
    'Council on Foreign Relations',
    'http://www.cfr.org/proliferation/us-north-korea-agreed-framework-1994/p19034',
    '1994-10-21',
    'B',
    2,
  ),
  ss941218: source(
    'U.S. Asks For Return Of Pilots; Helicopter Crew Held In N. Korea',
    'Sun-Sentinel (New York Times)',
    'http://articles.sun-sentinel.com/1994-12-18/news/9412170291_1_korean-routine-training-mission-pilots',
    '1994-12-18',
    'B',
    2,
  ),
  vp941219: source(
    'Pilot of the U.S. helicopter killed in North Korea (wire reports)',
    'The Virginian-Pilot',
    'https://scholar.lib.vt.edu/VA-news/VA-Pilot/issues/1994/vp941219/12190070.htm',
    '1994-12-19',
    'B',
    2,
  ),
  ct941227: source(
    'U.S. Diplomat On Way To N. Korea To Seek Release Of Copter Pilot',
    'Chicago Tribune',
    'http://articles.chicagotribune.com/1994-12-27/news/9412280037_1_south-korean-officials-north-korea-thomas-hubbard',
    '1994-12-27',
    'B',
    2,
  ),
  lat941230: source(
    'N. Korea Frees U.S. Copter Pilot',
    'Los Angeles Times',
    'https://www.latimes.com/archives/la-xpm-1994-12-30-mn-14629-story.html',
    '1994-12-30',
    'B',
    2,
  ),
  st941230: source(
    'Freed Pilot Heads Home -- Bobby Hall, Pale And Tired, Exits N. Korea',
    'Seattle Times',
    'https://archive.seattletimes.com/archive/19941230/1949810/freed-pilot-heads-home----bobby-hall-pale-and-tired-exits-n-korea',
    '1994-12-30',
    'B',
    2,
  ),
  lat950120: source(
    'Pilot Shot Down Over N. Korea Is to Return to His Unit, U.S. Says',
    'Los Angeles Times (Washington Post)',
    'https://www.latimes.com/archives/la-xpm-1995-01-20-mn-22350-story.html',
    '1995-01-20',
    'B',
    2,
  ),
  ap950622: source(
    'Army Recommends No One Be Punished In Fatal Shootdown Over North Korea',
    'Associated Press',
    'https://www.apnews.com/99b8321519f66b2aa159c4910eaa850e',
    '1995-06-22',
    'B',
    2,
  ),
  /** The CNS chronology of 1995 (undated page): dated by the development cited (see the header). */
  cns95: (day: string) =>
    source(
      'North Korean Nuclear Developments: An Updated Chronology, 1995',
      'James Martin Center for Nonproliferation Studies (archive)',
      'http://cns.miis.edu/archive/country_north_korea/nuc/chr95.htm',
      day,
      'C',
      2,
    ),
  kedo: source(
    'KEDO: Our History',
    'Korean Peninsula Energy Development Organization',
    'http://kedo.org/au_history.asp',
    '1995-03-09',
    'C',
    2,
  ),
};

const R = {
  ny: 'new-york-1993-06',
  geneva2: 'geneva-1993-07',
  geneva3: 'geneva-third-round-1994',
  hubbard: 'pyongyang-hubbard-1994-12',
};
const AG = {
  joint: 'joint-statement-1993-06-11',
  august: 'agreed-statement-1994-08-12',
  framework: 'agreed-framework-1994-10-21',
  hall: 'hall-understanding-1994-12-29',
};
const D = {
  reverse: 'us-reverse-npt-withdrawal',
  freeze: 'us-verifiable-freeze',
  release: 'us-release-crew',
  apology: 'dprk-us-apology',
};
const I = {
  shootdown: 'helicopter-shot-down-1994-12-17',
  capture: 'hall-captured-1994-12-17',
  release: 'hall-released-1994-12-30',
  posture: 'us-reinforcement-planning-1994-06',
};
const O = {
  joint: 'joint-statement-1993-06-11',
  august: 'agreed-statement-1994-08-12',
  textAgreed: 'framework-text-agreed-1994-10-17',
  hall: 'hall-understanding-1994-12-29',
  brokenOff: 'talks-broken-off-1994-03',
};

const events = [
  // ===== March – July 1993: the withdrawal announced and suspended =====
  ev(
    'NegotiationOpened',
    'opened',
    when('1993-03-12'),
    {
      negotiationId: NEGOTIATION_ID,
      title: 'United States – North Korea, the first nuclear crisis and the Agreed Framework, 1993–95',
      subject:
        "North Korea's announced withdrawal from the NPT and the IAEA's inspections, the talks between the two (New York, Geneva), the crisis of 1994 over the fuel rods and UN sanctions, Carter's visit, the Agreed Framework of 21 October 1994 and its first steps, and the US helicopter shot down in December 1994",
      parties: [US, DPRK],
      mediators: [],
    },
    [S.lat930612],
  ),
  ev('ActorRegistered', 'actor-iaea', when('1993-03-12'), { actor: IAEA, role: 'third-party' }, [S.lat930612], {
    note: 'The agency whose inspections are disputed; its board and findings are its own acts.',
  }),
  ev('ActorRegistered', 'actor-south-korea', when('1993-03-12'), { actor: ROK, role: 'third-party' }, [S.lat930612]),
  ev('ActorRegistered', 'actor-japan', when('1993-03-12'), { actor: JAPAN, role: 'third-party' }, [S.bs940605]),
  ev('ActorRegistered', 'actor-china', when('1993-03-12'), { actor: CHINA, role: 'third-party' }, [S.ss940604], {
    note: "North Korea's ally, opposed to sanctions in the Security Council.",
  }),
  ev('ActorRegistered', 'actor-unsc', when('1993-03-12'), { actor: UNSC, role: 'third-party' }, [S.os940603]),
  ev(
    'StatementMade',
    'stmt-npt-withdrawal',
    when('1993-03-12'),
    {
      speaker: DPRK_GOV,
      audience: 'united-states',
      tone: 'threat',
      summary:
        'North Korea announces its withdrawal from the Nuclear Non-Proliferation Treaty, giving the required three months’ notice (effective 12 June): the first country to do so since the treaty came into force.',
    },
    [S.lat930612, S.ct930612],
  ),
  ev(
    'DemandTabled',
    'demand-reverse',
    when('1993-06-02', 'approximate'),
    {
      demandId: D.reverse,
      by: 'united-states',
      addressedTo: ['north-korea'],
      text: 'Reverse the withdrawal from the NPT and open the nuclear sites to international inspection',
      category: 'security',
    },
    [S.ct930612],
  ),
  ev(
    'TalksRoundOpened',
    'ny-opened',
    when('1993-06-02'),
    {
      roundId: R.ny,
      label: 'New York talks',
      format: 'formal',
      venue: 'New York',
      delegations: [
        { actorId: 'north-korea', head: KANG },
        { actorId: 'united-states', head: GALLUCCI },
      ],
    },
    [S.lat930612],
  ),
  ev(
    'TalksRoundConcluded',
    'ny-concluded',
    when('1993-06-11'),
    {
      roundId: R.ny,
      outcome: 'agreement',
      summary:
        'A joint statement hours before the withdrawal was to take effect: North Korea suspends it; both agree to continue dialogue "on an equal and unprejudiced basis".',
    },
    [S.lat930612, S.ct930612],
    { occurrence: O.joint },
  ),
  ev(
    'AgreementReached',
    'ag-joint',
    when('1993-06-11'),
    {
      agreementId: AG.joint,
      kind: 'partial',
      roundId: R.ny,
      provisions: [
        'Assurances against the threat and use of force, including nuclear weapons',
        'Peace and security in a nuclear-free Korean peninsula, including impartial application of full-scope safeguards',
        'Mutual respect for sovereignty and non-interference; support for peaceful reunification',
        'Dialogue to continue on an equal and unprejudiced basis',
        'North Korea suspends, as long as it considers necessary, the effectuation of its withdrawal from the NPT',
      ],
      signatories: ['united-states', 'north-korea'],
      textPublic: true,
    },
    [S.lat930612, S.ct930612],
    { occurrence: O.joint },
  ),
  ev(
    'PositionTaken',
    'pos-reverse-suspended',
    when('1993-06-11'),
    {
      demandId: D.reverse,
      actorId: 'north-korea',
      stance: 'conditional',
      conditions: 'The withdrawal suspended "as long as it considers necessary"; the most sensitive sites not opened.',
      speaker: KANG,
    },
    [S.ct930612],
    { occurrence: O.joint },
  ),
  ev(
    'TalksRoundOpened',
    'geneva2-opened',
    when('1993-07-14'),
    {
      roundId: R.geneva2,
      label: 'Geneva, second round',
      format: 'formal',
      venue: 'Geneva',
      delegations: [
        { actorId: 'north-korea', head: KANG },
        { actorId: 'united-states', head: GALLUCCI },
      ],
    },
    [S.dispatch930719],
  ),
  ev(
    'TalksRoundConcluded',
    'geneva2-concluded',
    when('1993-07-19'),
    {
      roundId: R.geneva2,
      outcome: 'progress',
      summary:
        'Both reaffirm the June principles; the US reaffirms its assurances against the threat and use of force and is prepared to support light-water reactors as part of a final resolution; North Korea is prepared to begin consultations with the IAEA on safeguards.',
    },
    [S.dispatch930719],
  ),
  // ===== March 1994: the third round called off, threats of war =====
  ev(
    'TalksRoundScheduled',
    'geneva3-scheduled',
    when('1994-03-03'),
    {
      roundId: R.geneva3,
      label: 'Geneva, third round',
      format: 'formal',
      venue: 'Geneva',
      plannedFor: '1994-03-21',
    },
    [S.dispatch940314],
    {
      note: 'Agreed after IAEA inspectors arrived at Yongbyon and the North–South contacts resumed at Panmunjom (State Department, 3 March).',
    },
  ),
  ev(
    'StatementMade',
    'stmt-sea-of-fire',
    when('1994-03-19'),
    {
      speaker: PARK,
      audience: 'south-korea',
      tone: 'military-threat',
      summary:
        'At the North–South talks at Panmunjom on exchanging special envoys, North Korea’s negotiator threatens to turn Seoul into a "sea of fire" and storms out.',
      quote: 'sea of fire',
    },
    [S.lat940320],
  ),
  ev(
    'StatementMade',
    'stmt-wh-sanctions-march',
    when('1994-03-19'),
    {
      speaker: WH_OFFICIAL,
      audience: 'north-korea',
      tone: 'threat',
      summary:
        'After a White House meeting on the breakdown of the North–South talks, the administration decides to ask the Security Council for sanctions and to pursue the Team Spirit exercises and Patriot missiles for South Korea: "If circumstances don\'t change by Monday, Team Spirit will be rescheduled."',
      quote: "If circumstances don't change by Monday, (Operation) Team Spirit will be rescheduled",
    },
    [graded(S.lat940320, 3)],
  ),
  ev(
    'TalksRoundCancelled',
    'geneva3-cancelled',
    when('1994-03-21', 'approximate'),
    {
      roundId: R.geneva3,
      reason:
        'The United States breaks off the talks after the inspectors found limited access and the North–South talks broke down.',
    },
    [S.csm940406, S.lat940320],
    { occurrence: O.brokenOff },
  ),
  ev(
    'TalksSuspended',
    'talks-broken-off-march',
    when('1994-03-21', 'approximate'),
    {
      by: 'united-states',
      reason:
        "The United States breaks off the talks (the Christian Science Monitor's chronology): the third round is called off and the administration turns to sanctions at the Security Council.",
    },
    [S.csm940406, S.lat940320],
    { occurrence: O.brokenOff },
  ),
  ev(
    'StatementMade',
    'stmt-radio-war-march',
    when('1994-03-24'),
    {
      speaker: DPRK_RADIO,
      audience: 'united-states',
      tone: 'military-threat',
      summary:
        'North Korean radio (monitored by the BBC): any US sanctions imposed in the nuclear dispute will be regarded as a declaration of war.',
      quote: 'we will regard any U.S. sanctions as a declaration of war against us and will strongly deal with it',
    },
    [S.ct940324],
  ),
  // ===== May – June 1994: the fuel rods, sanctions, Carter =====
  ev(
    'StatementMade',
    'stmt-fuel-rods',
    when('1994-05-14'),
    {
      speaker: DPRK_FM,
      audience: 'iaea',
      tone: 'critical',
      summary:
        'KCNA: "the replacement of fuel rods has begun" at the 5-megawatt reactor at Yongbyon, without inspectors; the spokesman blames the IAEA for avoiding sending inspectors and says the seals were removed. Some 8,000 rods are unloaded by the end of May, too fast for the IAEA to tell whether plutonium was diverted.',
      quote: 'we had no other choice but to remove seals and start taking out fuel',
    },
    [S.ct940515],
  ),
  ev(
    'StatementMade',
    'stmt-clinton-error',
    when('1994-05-19'),
    {
      speaker: CLINTON,
      audience: 'north-korea',
      tone: 'critical',
      summary:
        'Clinton, after the inspectors confirmed the fuel rods were being removed: it would be an error for North Korea to thwart the inspections.',
      quote: 'I think it would be an error for North Korea to continue to thwart these inspections',
    },
    [S.rt940520],
  ),
  ev(
    'StatementMade',
    'stmt-clinton-sanctions',
    when('1994-06-02'),
    {
      speaker: CLINTON,
      audience: 'north-korea',
      tone: 'threat',
      summary:
        'The White House says the United States will seek UN economic sanctions against North Korea for refusing inspections; Clinton in Rome: North Korea triggered these events.',
      quote: 'They have triggered these events, not the United States or anyone else',
    },
    [S.os940603],
  ),
  ev(
    'TalksSuspended',
    'talks-suspended-june',
    when('1994-06-03'),
    {
      by: 'united-states',
      reason:
        'Gallucci: the basis for continuing the dialogue "has been destroyed"; the US begins consulting Security Council members on sanctions.',
    },
    [S.ss940604],
  ),
  ev(
    'StatementMade',
    'stmt-chu-war-june',
    when('1994-06-04'),
    {
      speaker: CHU,
      audience: 'united-states',
      tone: 'military-threat',
      summary:
        'North Korea’s ambassador in Beijing repeats that any economic sanctions would be regarded as a declaration of war.',
      quote: 'any kind of economic sanctions ... a declaration of war',
    },
    [S.bs940605],
  ),
  ev(
    'IncidentReported',
    'inc-us-posture',
    when('1994-06', 'month'),
    {
      incidentId: I.posture,
      kind: 'force-posture',
      perpetrator: 'united-states',
      against: 'north-korea',
      place: 'South Korea',
      description:
        'Washington prepares retaliatory measures, among them UN sanctions and reinforcing its troops in South Korea; officials later said a strike on Yongbyon was contemplated.',
    },
    [S.bbc241230],
  ),
  ev(
    'StatementMade',
    'stmt-us-draft-sanctions',
    when('1994-06-15'),
    {
      speaker: CLINTON,
      audience: 'north-korea',
      tone: 'threat',
      summary:
        'The US circulates its sanctions resolution in the Security Council (arms embargo, an end to UN aid, reduced diplomatic ties), with a 30-day grace period and harsher economic measures if North Korea reprocesses, leaves the NPT or expels the inspectors.',
      quote: 'We are going to be very deliberate, very firm',
    },
    [S.bs940616],
  ),
  ev('ActorRegistered', 'actor-carter', when('1994-06-15'), { actor: CARTER, role: 'mediator' }, [S.ct940619], {
    note: 'A former President travelling as a private citizen, with the President’s approval, at Kim Il Sung’s invitation.',
  }),
  ev(
    'MediationAction',
    'med-carter-visit',
    when('1994-06-15'),
    {
      mediator: 'jimmy-carter',
      action: 'visited',
      summary: 'Carter crosses the DMZ at Panmunjom to Pyongyang for talks with Kim Il Sung.',
    },
    [S.ct940619, S.bbc241230],
  ),
  ev(
    'MediationAction',
    'med-carter-freeze-offer',
    when('1994-06-17', 'approximate'),
    {
      mediator: 'jimmy-carter',
      action: 'proposed',
      summary:
        'Carter brings back Kim Il Sung’s pledge to freeze the nuclear programme temporarily (the inspectors and their equipment to stay) in exchange for high-level talks with the United States, and his agreement to meet South Korea’s president.',
    },
    [S.ct940619],
  ),
  ev(
    'DemandTabled',
    'demand-freeze',
    when('1994-06-18'),
    {
      demandId: D.freeze,
      by: 'united-states',
      addressedTo: ['north-korea'],
      text: 'Freeze the nuclear programme while talks take place: no refuelling of the reactor, no reprocessing of the spent fuel, the IAEA to maintain the continuity of safeguards',
      category: 'security',
    },
    [S.wh940618],
  ),
  ev(
    'PositionTaken',
    'pos-freeze-accepted',
    when('1994-06-22'),
    {
      demandId: D.freeze,
      actorId: 'north-korea',
      stance: 'accepted',
      conditions: 'In exchange for the resumption of high-level talks; the US drops, for now, its push for sanctions.',
    },
    [S.rt940623],
  ),
  ev(
    'TalksRoundScheduled',
    'geneva3-rescheduled',
    when('1994-06-22'),
    {
      roundId: 'geneva-third-round-1994-07',
      label: 'Geneva, third round (July)',
      format: 'formal',
      venue: 'Geneva',
      plannedFor: '1994-07-08',
    },
    [S.rt940623],
  ),
  // ===== July – October 1994: Geneva =====
  ev(
    'TalksRoundOpened',
    'geneva3-opened',
    when('1994-07-08'),
    {
      roundId: 'geneva-third-round-1994-07',
      delegations: [
        { actorId: 'north-korea', head: KANG },
        { actorId: 'united-states', head: GALLUCCI },
      ],
    },
    [S.ss940806],
  ),
  ev(
    'TalksSuspended',
    'talks-suspended-kim-death',
    when('1994-07-09', 'approximate'),
    {
      by: 'north-korea',
      temporary: true,
      reason: 'The death of President Kim Il Sung (8 July) interrupts the session after one day of talks.',
    },
    [S.ss940806, S.ct940806],
  ),
  ev(
    'TalksResumed',
    'talks-resumed-august',
    when('1994-08-05'),
    {
      by: 'north-korea',
      reason: 'The negotiations interrupted by Kim Il Sung’s death resume at the US mission in Geneva.',
    },
    [S.ss940806, S.ct940806],
  ),
  ev(
    'TalksRoundConcluded',
    'geneva3-concluded-august',
    when('1994-08-12'),
    {
      roundId: 'geneva-third-round-1994-07',
      outcome: 'agreement',
      summary:
        'A joint statement: North Korea keeps the freeze and stays in the NPT; the US will help it switch to light-water reactors; many issues left open (the 8,000 spent fuel rods, special inspections). Next meeting 23 September.',
      nextSteps: 'Meet again in Geneva on 23 September.',
    },
    [S.rt940813],
    { occurrence: O.august },
  ),
  ev(
    'AgreementReached',
    'ag-august',
    when('1994-08-12'),
    {
      agreementId: AG.august,
      kind: 'partial',
      roundId: 'geneva-third-round-1994-07',
      provisions: [
        'North Korea continues to observe the freeze of its nuclear activities',
        'North Korea remains a party to the NPT',
        'The United States helps North Korea replace its graphite-moderated reactors with light-water reactors',
        'Low-level diplomatic ties (liaison offices)',
      ],
      signatories: ['united-states', 'north-korea'],
      textPublic: true,
    },
    [S.rt940813],
    { occurrence: O.august },
  ),
  ev(
    'TalksRoundOpened',
    'geneva-autumn-opened',
    when('1994-09-23', 'approximate'),
    {
      roundId: 'geneva-1994-09',
      label: 'Geneva, resumed third round (September–October)',
      format: 'formal',
      venue: 'Geneva',
      delegations: [
        { actorId: 'north-korea', head: KANG },
        { actorId: 'united-states', head: GALLUCCI },
      ],
    },
    [S.rt940813, S.ss941018],
  ),
  ev(
    'TalksRoundConcluded',
    'geneva-autumn-concluded',
    when('1994-10-17'),
    {
      roundId: 'geneva-1994-09',
      outcome: 'agreement',
      summary:
        'Gallucci announces a broad agreement ("a framework document") on freezing North Korea’s nuclear programme in exchange for US steps, sent to both capitals for approval, after a round that "on several occasions seemed close to collapse".',
    },
    [S.ss941018, S.rt941018],
    { occurrence: O.textAgreed },
  ),
  ev(
    'AgreementReached',
    'ag-framework',
    when('1994-10-17'),
    {
      agreementId: AG.framework,
      kind: 'framework',
      roundId: 'geneva-1994-09',
      status: 'text-agreed',
      provisions: [
        'North Korea freezes and eventually dismantles its graphite-moderated reactors and related facilities, under IAEA monitoring',
        'An international consortium led by the US provides two light-water reactors (about 2,000 MWe) by a target date of 2003',
        'Heavy fuel oil, beginning within three months and reaching 500,000 tons a year, until the first reactor is completed',
        'Steps towards normalising political and economic relations; formal assurances against the threat or use of nuclear weapons',
        'North Korea remains a party to the NPT and allows implementation of its safeguards agreement',
      ],
      signatories: ['united-states', 'north-korea'],
      textPublic: true,
    },
    [S.ss941018, S.cfr941021],
    { occurrence: O.textAgreed },
  ),
  ev(
    'AgreementStatusChanged',
    'ag-framework-signed',
    when('1994-10-21'),
    {
      agreementId: AG.framework,
      status: 'signed',
      reason: 'Signed in Geneva by Robert Gallucci and Kang Sok Ju.',
    },
    [S.cfr941021],
  ),
  // ===== December 1994: the helicopter =====
  ev(
    'IncidentReported',
    'inc-shootdown',
    when('1994-12-17'),
    {
      incidentId: I.shootdown,
      kind: 'clash',
      perpetrator: 'north-korea',
      against: 'united-states',
      target: 'US Army OH-58 Kiowa scout helicopter (unarmed) on a training flight',
      place: 'North Korean territory north of the DMZ',
      fatalities: { min: 1, max: 1 },
      description:
        'The helicopter strays some three to five miles across the DMZ and is brought down by North Korean fire (North Korea: an "enemy" aircraft shot down; the pilot and the Army: hit by air defences); the co-pilot, Chief Warrant Officer David Hilemon, is killed.',
    },
    [S.ss941218, S.vp941219, S.lat950120, S.ap950622],
  ),
  ev(
    'IncidentReported',
    'inc-capture',
    when('1994-12-17'),
    {
      incidentId: I.capture,
      kind: 'detention',
      perpetrator: 'north-korea',
      against: 'united-states',
      target: 'Chief Warrant Officer Bobby Hall, the surviving pilot',
      place: 'North Korean territory north of the DMZ',
      description:
        'North Korean troops capture the surviving pilot, who is held and accused of spying; released on 30 December.',
    },
    [S.ss941218, S.ap950622],
  ),
  ev(
    'DemandTabled',
    'demand-release',
    when('1994-12-17'),
    {
      demandId: D.release,
      by: 'united-states',
      addressedTo: ['north-korea'],
      text: 'Release the helicopter crew safely',
      category: 'humanitarian',
    },
    [S.ss941218],
  ),
  ev(
    'StatementMade',
    'stmt-clinton-helicopter',
    when('1994-12-18'),
    {
      speaker: CLINTON,
      audience: 'north-korea',
      tone: 'critical',
      summary:
        'The White House says Hilemon was killed in the downing of the helicopter and Clinton demands the release of the surviving pilot.',
      quote: 'This tragic loss of life was unnecessary',
    },
    [S.vp941219],
  ),
  ev(
    'DemandTabled',
    'demand-apology',
    when('1994-12-27'),
    {
      demandId: D.apology,
      by: 'north-korea',
      addressedTo: ['united-states'],
      text: 'Apologise for the intrusion of the helicopter',
      category: 'political',
    },
    [S.ct941227],
    { note: 'North Korea "insisted again" on an apology; it accuses the pilot of spying.' },
  ),
  ev(
    'TalksRoundOpened',
    'hubbard-opened',
    when('1994-12-28', 'approximate'),
    {
      roundId: R.hubbard,
      label: 'Hubbard in Pyongyang',
      format: 'informal',
      venue: 'Pyongyang',
      delegations: [{ actorId: 'united-states', head: HUBBARD }],
    },
    [S.ct941227, S.st941230],
  ),
  ev(
    'TalksRoundConcluded',
    'hubbard-concluded',
    when('1994-12-29'),
    {
      roundId: R.hubbard,
      outcome: 'agreement',
      summary:
        'A written understanding: the helicopter "accidentally strayed" into North Korea; the United States expresses "sincere regret" — not an admission of spying.',
    },
    [S.lat941230, S.st941230],
    { occurrence: O.hall },
  ),
  ev(
    'AgreementReached',
    'ag-hall',
    when('1994-12-29'),
    {
      agreementId: AG.hall,
      kind: 'partial',
      roundId: R.hubbard,
      provisions: [
        'The helicopter accidentally strayed into North Korean airspace',
        'The United States expresses sincere regret for the incident',
        'The pilot is released',
      ],
      signatories: ['united-states', 'north-korea'],
      textPublic: false,
    },
    [S.lat941230, S.st941230],
    { occurrence: O.hall },
  ),
  ev(
    'PositionTaken',
    'pos-apology-counter',
    when('1994-12-29'),
    {
      demandId: D.apology,
      actorId: 'united-states',
      stance: 'counter-proposed',
      conditions: 'Regret for a navigational error, not an apology for spying.',
      speaker: HUBBARD,
    },
    [S.st941230],
    { occurrence: O.hall },
  ),
  ev(
    'PositionTaken',
    'pos-release-accepted',
    when('1994-12-30T02:16:00Z'),
    {
      demandId: D.release,
      actorId: 'north-korea',
      stance: 'accepted',
      conditions: 'Hall walks across at Panmunjom at 11:16 local time after 13 days in captivity.',
    },
    [S.lat941230, S.st941230],
  ),
  ev(
    'IncidentReported',
    'inc-release',
    when('1994-12-30T02:16:00Z'),
    {
      incidentId: I.release,
      kind: 'release',
      perpetrator: 'north-korea',
      against: 'united-states',
      target: 'Chief Warrant Officer Bobby Hall, the surviving pilot',
      place: 'North Korean territory north of the DMZ',
      description: 'Hall walks across at Panmunjom after 13 days in captivity: the detention ends.',
    },
    [S.lat941230, S.st941230],
  ),
  // ===== January – March 1995: the framework carried out =====
  ev(
    'StatementMade',
    'stmt-lake-freeze',
    when('1995-01-01'),
    {
      speaker: LAKE,
      audience: 'north-korea',
      tone: 'neutral',
      summary:
        'Lake: North Korea has frozen its nuclear programme and allowed IAEA inspectors to verify the freeze; the United States will supply 50,000 tons of heavy fuel oil by 21 January.',
    },
    [S.cns95('1995-01-01')],
  ),
  ev(
    'StatementMade',
    'stmt-dprk-reactor-warning',
    when('1995-01-16'),
    {
      speaker: DPRK_FM,
      audience: 'united-states',
      tone: 'warning',
      summary:
        'A Foreign Ministry spokesman says the nuclear agreement with the United States will be threatened if North Korea is supplied with South Korean reactors.',
    },
    [S.cns95('1995-01-16')],
  ),
  ev(
    'AgreementStatusChanged',
    'ag-framework-oil',
    when('1995-01-18'),
    {
      agreementId: AG.framework,
      status: 'in-force',
      reason:
        'North Korea receives the first shipment of heavy fuel oil promised under the Agreed Framework; the freeze is in place.',
    },
    [S.cns95('1995-01-18')],
  ),
  ev(
    'ThirdPartyEngagement',
    'tpe-kedo',
    when('1995-03-09'),
    {
      actorId: 'united-states',
      counterparts: ['south-korea', 'japan'],
      kind: 'meeting',
      summary:
        'The United States, South Korea and Japan sign the agreement establishing KEDO, the consortium that is to build the light-water reactors and supply the heavy fuel oil of the Agreed Framework.',
    },
    [S.kedo],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'us-north-korea-1994.jsonl',
  logEnd: '2026-12-07T00:00:00Z',
  events,
};

export default definition;
