/**
 * A test fixture, not a shipped example: the United States and the Soviet Union from the Soviet missiles found in
 * Cuba (U-2 photographs of 14 October 1962) to the hotline memorandum (20 June 1963) and the Partial Test Ban Treaty
 * (5 August 1963), as an analyst reading the record after the fact could have recorded them — Kennedy's address of 22
 * October (the missiles' removal demanded, the "quarantine" announced, any missile launched from Cuba to be met by "a
 * full retaliatory response upon the Soviet Union"), the Soviet government's reply of 23 October, the quarantine in
 * force from 24 October (DEFCON 2, Soviet ships holding or turning back, the Marucla boarded on 26 October), U Thant's
 * appeals, Khrushchev's letters of 26 and 27 October, the U-2 shot down over Banes on 27 October (Major Rudolf
 * Anderson killed), the Navy Crusaders fired on the same afternoon, Robert Kennedy's message to Dobrynin that evening,
 * the understanding of 28 October (the missiles dismantled and shipped home under UN verification for a pledge not to
 * invade Cuba; the Jupiters in Türkiye privately), the dismantling, the IL-28 bombers, the quarantine lifted on 20
 * November 1962, and the thaw of 1963. Escalation model v2 was never tuned on it: it is the case the model is held to
 * in us-ussr-1962.spec.ts, against the calls an analyst makes from DOMAIN.md §5b alone.
 *
 * The parties are the United States and the Soviet Union. Mediator: U Thant, Acting Secretary-General of the United
 * Nations. Third parties: Cuba (its mobilisation and its anti-aircraft fire on the Crusaders are its own acts: the
 * sources say "apparently by Cubans and not Russians"), the Organization of American States (it endorsed the
 * quarantine), Türkiye (the Jupiters were on its soil) and the United Kingdom (a signatory of the test ban treaty).
 *
 * Kept under test/ so that the demo data (examples/) and the calibration file's coverage do not change. Built and
 * checked with the same builder as the shipped cases (examples/case-builder.ts): every event replays through `decide`
 * and cites a dated, graded public source.
 *
 * Grading as in examples/README.md: B = an established outlet or an official record (The Guardian's and UPI's
 * reports of the day, The Harvard Crimson of 29 October 1962, the US Navy's report on the quarantine, the State
 * Department's Foreign Relations series, the National Security Archive, the Wilson Center's archive, PBS's and the
 * JFK Library's primary-source pages); C = a blog, an anniversary site, an encyclopedia or a copy (realtime1960s,
 * retronewser, JFK+50, Simple English Wikipedia, World History Project, timelines); 2 = several sources agree or one
 * established source reports it; 3 = one side's claim or a single account no other source read confirms. No A grade:
 * the primary texts read are copies on secondary sites.
 *
 * Dates of sources: a report of the day by its own date (The Guardian, UPI, The Harvard Crimson); a page whose address
 * carries its date by that date (retronewser, JFK+50, chapsgs, month only: the first of the month); the US Navy's
 * report by the year it was written (1963), the FRUS volumes, the National Security Archive and the primary-source
 * pages by their year of publication where known. The realtime1960s posts retell each day's news sixty years on and are
 * dated to that anniversary (2022); the other later pages (timelines, encyclopedias, copies) were read without a
 * date and are given the first of a year before the reading that their content shows they postdate — an estimate, not
 * a date seen. The case is recorded after the fact, at one sitting on 6 December 2026, one minute apart in the order
 * of the log (`retrospectiveClock`), so every source read was published before it.
 *
 * Judgement calls, recorded as an analyst would:
 * - The deployment (the missile sites photographed on 14 October) is the Soviet Union's show of force against the
 *   United States (`force-posture`), place "Cuba", not an armed act. It is dated when the photographs were taken.
 * - The quarantine is recorded as a `border-closure` by the United States against the Soviet Union, place "Cuba (the
 *   quarantine line)", from 14:00 UTC on 24 October (10:00 in Washington, when it took effect) to its lifting at 23:45
 *   UTC on 20 November (18:45 EST), recorded as the United States' `border-reopening`. It closed the sea approaches of
 *   a third country to the other party's shipments of arms, not a border of the United States; the sources call it a
 *   "quarantine" and a "blockade" and the Navy's own report a "limited sea blockade". §5b's closure "against the other
 *   party" is read as a closing of passage aimed at the other party, which this is. Its enforcement — the boarding of
 *   the Soviet-chartered Marucla (26 October, "no incidents", no shot) — is force short of fire on a vessel in the
 *   other party's service: `non-lethal-force`. The suspension of "active quarantine operations" on 30 October during
 *   the UN's talks is not a reopening: the Navy's report says the Soviet ships kept heaving to at the line and the
 *   quarantine stayed until 20 November; it is noted, not recorded as an act.
 * - Kennedy's demand of 22 October named no deadline: it is recorded as a demand and his speech as a military threat
 *   ("full retaliatory response upon the Soviet Union"), not as an ultimatum. Robert Kennedy's message to Dobrynin on
 *   the evening of 27 October — "we had to have a commitment by tomorrow that those bases would be removed ... if they
 *   did not remove those bases, we would remove them" (his own account, though he said it was "not an ultimatum but a
 *   statement of fact") — is recorded as the ultimatum: by the United States, deadline 28 October, resolved `complied`
 *   when Radio Moscow broadcast the order to dismantle the bases (14:04 UTC, 28 October).
 * - The U-2 shot down over Banes on 27 October is a `clash` by the Soviet Union against the United States, one killed
 *   (Major Anderson): the missile was fired by a Soviet SA-2 battery on the order of Soviet generals (World History
 *   Project: "the decision to fire was made locally by an undetermined Soviet commander"; retronewser: Grechko and
 *   another Soviet general). It is the only armed act between the pair; no source read calls it more than an incident,
 *   so no `scale`. Place "Banes, Cuba". The fire on the Navy's RF-8 Crusaders the same afternoon is Cuba's (a third
 *   party's), recorded so, against the United States.
 * - The understanding of 28 October is recorded as one agreement (kind `framework`, no status: carried out from the
 *   day, the dismantling began that afternoon), its provisions from Kennedy's letter of 27 October and Khrushchev's
 *   reply; `textPublic: false`, since the Jupiter assurance was private. No ceasefire is recorded: there was no fire
 *   to cease but the one downing.
 * - The IL-28 bombers: the United States counted them among the "offensive weapons"; Khrushchev's message of 20
 *   November "ended 10 days of negotiation on their removal" (realtime1960s). The US demand is dated approximately 10
 *   November from that account, the Soviet acceptance on 20 November.
 * - U Thant's visit to Havana (30–31 October) is left out: the only dated source read is a forum post. The removal of
 *   the Jupiters (April 1963) is left out: no dated source was read. Khrushchev's letter of December 1962 and the
 *   Geneva talks of 1963 are known only from summaries and are not recorded as dated acts.
 * - The test ban treaty was initialled on 25 July 1963 (FRUS) and signed in Moscow on 5 August: recorded as reached,
 *   `initialled`, on 25 July and `signed` on 5 August, with the United Kingdom as a third signatory.
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, retrospectiveClock, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'us-ussr-1962';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 2026);
const when = retrospectiveClock('2026-12-06T09:00:00Z');

const US: Actor = { id: 'united-states', name: 'United States', kind: 'state', aliases: ['Washington', 'USA'] };
const USSR: Actor = {
  id: 'soviet-union',
  name: 'Soviet Union',
  kind: 'state',
  aliases: ['USSR', 'Moscow', 'Union of Soviet Socialist Republics'],
};
const CUBA: Actor = { id: 'cuba', name: 'Cuba', kind: 'state', aliases: ['Havana'] };
const OAS: Actor = {
  id: 'oas',
  name: 'Organization of American States',
  kind: 'international-organisation',
  aliases: ['OAS'],
};
const TURKIYE: Actor = { id: 'turkiye', name: 'Türkiye', kind: 'state', aliases: ['Turkey', 'Ankara'] };
const U_THANT: Actor = {
  id: 'u-thant',
  name: 'U Thant (Acting Secretary-General of the United Nations)',
  kind: 'individual',
  aliases: ['United Nations Secretary-General'],
};
const UK: Actor = { id: 'united-kingdom', name: 'United Kingdom', kind: 'state', aliases: ['Britain', 'London'] };

const KENNEDY: Person = { name: 'John F. Kennedy', title: 'President of the United States', actorId: 'united-states' };
const RFK: Person = {
  name: 'Robert F. Kennedy',
  title: 'Attorney General of the United States',
  actorId: 'united-states',
};
const MCNAMARA: Person = { name: 'Robert S. McNamara', title: 'Secretary of Defense', actorId: 'united-states' };
const KHRUSHCHEV: Person = {
  name: 'Nikita Khrushchev',
  title: 'Chairman of the Council of Ministers of the USSR',
  actorId: 'soviet-union',
};
const SOVIET_GOV: Person = { name: 'Government of the Soviet Union', actorId: 'soviet-union' };
const GROMYKO: Person = { name: 'Andrei Gromyko', title: 'Foreign Minister of the USSR', actorId: 'soviet-union' };

const S = {
  studienett: source(
    'The Cuban Missile Crisis: timeline',
    'Studienett',
    'https://www.studienett.no/the-cuban-missile-crisis/timeline',
    '2010-01-01',
    'C',
    2,
  ),
  coldWarExhibition: source(
    'Deployment of Missiles',
    'National Cold War Exhibition (RAF Museum)',
    'https://www.nationalcoldwarexhibition.org/schools-colleges/national-curriculum/cuban-missile-crisis/deployment-of-missiles.aspx',
    '2010-01-01',
    'C',
    2,
  ),
  radiochem: source(
    'Timeline October 1962',
    'radiochemistry.org',
    'http://radiochemistry.org/history/nuclear_timeline/60s/1062.htm',
    '2005-01-01',
    'C',
    2,
  ),
  navy2226: source(
    'The Naval Quarantine of Cuba, 1962: Quarantine, 22-26 October',
    'Naval History and Heritage Command (Chief of Naval Operations, Report on the Naval Quarantine of Cuba)',
    'https://www.history.navy.mil/content/history/nhhc/research/library/online-reading-room/title-list-alphabetically/n/the-naval-quarantine-of-cuba/quarantine-22-26-oct.html',
    '1963-01-01',
    'B',
    2,
  ),
  guardian1024: source(
    '25 Soviet ships on way to Cuba: blockade in force today',
    'The Guardian',
    'https://www.theguardian.com/century/1960-1969/Story/0,,105566,00.html',
    '1962-10-24',
    'B',
    2,
  ),
  realtime1023: source(
    'Twenty-Five Soviet Merchant Ships Continue Path to Cuba',
    'realtime1960s',
    'https://www.realtime1960s.com/post/twenty-five-soviet-merchant-ships-continue-path-to-cuba',
    '2022-10-23',
    'C',
    2,
  ),
  coggle: source(
    'Cuban Missile Crisis (timeline diagram)',
    'Coggle',
    'https://coggle.it/diagram/ZJKyMelidps3uVvO/t/cuban-missile-crisis',
    '2023-06-21',
    'C',
    2,
  ),
  timetoast: source(
    'Action of the Cuban Missile Crisis',
    'Timetoast',
    'https://www.timetoast.com/timelines/action-of-the-cuban-missile-crisis',
    '2015-01-01',
    'C',
    2,
  ),
  realtime1024: source(
    'U Thant Seeks "Suspension" of Action on Cuba, JFK Says No',
    'realtime1960s',
    'https://www.realtime1960s.com/post/u-thant-seeks-suspension-of-action-on-cuba-jfk-says-no',
    '2022-10-24',
    'C',
    2,
  ),
  frus59: source(
    'Foreign Relations of the United States, 1961–1963, Volume XI, Document 59 (Editorial Note)',
    'US Department of State, Office of the Historian',
    'https://history.state.gov/historicaldocuments/frus1961-63v11/d59',
    '1996-01-01',
    'B',
    2,
  ),
  upi1025: source(
    'Cuba blockade stands, U. S. says',
    'United Press International',
    'http://100years.upi.com/sta_1962-10-25.html',
    '1962-10-25',
    'B',
    2,
  ),
  realtimeMarucla: source(
    'U.S. Continues to Search Soviet Ships',
    'realtime1960s',
    'https://www.realtime1960s.com/post/u-s-continues-to-search-soviet-ships',
    '2022-10-26',
    'C',
    2,
  ),
  chapsgs: source(
    'Cuban Missile Crisis: Boarding of the SS Marucla',
    'chapsgs.com',
    'https://chapsgs.com/2012/10/cuban-missile-crisis-boarding-of-the-ss-marucla/',
    '2012-10-01',
    'C',
    2,
  ),
  nsarchive: source(
    "Anatomy of a Controversy: Anatoly F. Dobrynin's Meeting With Robert F. Kennedy, Saturday, 27 October 1962",
    'National Security Archive (Cold War International History Project Bulletin 5)',
    'https://nsarchive2.gwu.edu/nsa/cuba_mis_cri/moment.htm',
    '1995-03-01',
    'B',
    2,
  ),
  whp1027: source(
    'Rudolf Anderson, Jr., USAF Pilot, is Shot Down Over Banes, Cuba',
    'World History Project',
    'https://worldhistoryproject.org/1962/10/27/rudolf-anderson-jr-usaf-pilot-is-shot-down-over-banes-cuba',
    '2015-01-01',
    'C',
    2,
  ),
  realtimeU2: source(
    'U-2 Reconnaissance Plane Down in Cuba',
    'realtime1960s',
    'https://www.realtime1960s.com/post/u-2-reconnaissance-plane-down-in-cuba',
    '2022-10-27',
    'C',
    2,
  ),
  simpleAnderson: source(
    'Rudolf Anderson',
    'Wikipedia (Simple English)',
    'https://simple.m.wikipedia.org/wiki/Rudolf_Anderson',
    '2020-01-01',
    'C',
    2,
  ),
  retronewserU2: source(
    'American U-2 pilot shot down over Cuba by Soviet surface-to-air missile in only combatant fatality of Cuban Missile Crisis',
    'retronewser',
    'http://retronewser.com/?p=18955',
    '2022-10-27',
    'C',
    3,
  ),
  rfkThirteenDays: source(
    'Robert Kennedy, excerpt from Thirteen Days',
    'docslib (copy of a school document set)',
    'https://docslib.org/robert-kennedy-excerpt-from-thirteen-days',
    '2020-01-01',
    'C',
    2,
  ),
  dobryninCable: source(
    'Cable, Ambassador Dobrynin to the Soviet Foreign Ministry, Meeting with Robert Kennedy',
    'Wilson Center Digital Archive',
    'https://digitalarchive.wilsoncenter.org/document/cable-ambassador-dobrynin-soviet-foreign-ministry-meeting-robert-kennedy',
    '2012-01-01',
    'B',
    2,
  ),
  pbs1028: source(
    "Khrushchev's Message to Kennedy, 10/28/62",
    'PBS American Experience (primary source)',
    'https://staging.pbs.org/wgbh/americanexperience/features/jfk-missiles',
    '2013-01-01',
    'B',
    2,
  ),
  jfk50: source(
    'Radio Moscow says missiles in Cuba are being dismantled',
    'JFK+50',
    'http://jfk50.blogspot.com/2012/10/radio-moscow-says-missiles-in-cuba-are.html',
    '2012-10-28',
    'C',
    2,
  ),
  crimson1029: source(
    'Khrushchev Promises to Dismantle Missiles',
    'The Harvard Crimson',
    'https://thecrimson.com/article/1962/10/29/khrushchev-promises-to-dismantle-missiles-ppremier',
    '1962-10-29',
    'B',
    2,
  ),
  whp1028: source(
    'Khruschev Announces Soviet Union will Remove Missiles from Cuba in Radio Moscow Address',
    'World History Project',
    'https://worldhistoryproject.org/1962/10/28/khruschev-announces-soviet-union-will-remove-missiles-from-cuba-in-radio-moscow-address/',
    '2015-01-01',
    'C',
    2,
  ),
  navy3113: source(
    'The Naval Quarantine of Cuba, 1962: Abeyance and Negotiation, 31 October - 13 November',
    'Naval History and Heritage Command (Chief of Naval Operations, Report on the Naval Quarantine of Cuba)',
    'https://www.history.navy.mil/research/library/online-reading-room/title-list-alphabetically/c/cuban-missile-crisis/abeyance-and-negotiation.html',
    '1963-01-01',
    'B',
    2,
  ),
  realtime1107: source(
    'Khrushchev: Soviet Rockets Are Out of Cuba',
    'realtime1960s',
    'https://www.realtime1960s.com/post/khrushchev-soviet-rockets-are-out-of-cuba',
    '2022-11-07',
    'C',
    2,
  ),
  realtime1120: source(
    'President Kennedy Lifts Naval Blockade of Cuba',
    'realtime1960s',
    'https://www.realtime1960s.com/post/president-kennedy-lifts-naval-blockade-of-cuba',
    '2022-11-20',
    'C',
    2,
  ),
  retronewser1120: source(
    'U.S. President John F. Kennedy lifts blockade of Cuba after Soviets pledge to take out bombers in thirty days',
    'retronewser',
    'https://retronewser.com/2022/11/20/u-s-president-john-f-kennedy-lifts-blockade-of-cuba-after-soviets-pledge-to-take-out-bombers-in-thirty-days',
    '2022-11-20',
    'C',
    2,
  ),
  pbs1120: source(
    'End of the Cuban Naval Quarantine, 1962: Statement Announcing the End of the Cuban Naval Quarantine',
    'PBS American Experience (primary source)',
    'https://staging.pbs.org/wgbh/americanexperience/features/jfk-endquarantine',
    '2013-01-01',
    'B',
    2,
  ),
  jfkLibraryAU: source(
    'American University commencement address, June 10, 1963',
    'John F. Kennedy Presidential Library',
    'https://www.jfklibrary.org/JFK/~/link.aspx?_id=D6B0660281E4407E91B1E8FBD57A13C0&_z=z',
    '2013-01-01',
    'B',
    2,
  ),
  frus328: source(
    'Foreign Relations of the United States, 1961–1963, Volume V, Document 328 (Editorial Note)',
    'US Department of State, Office of the Historian',
    'https://history.state.gov/historicaldocuments/frus1961-63v05/d328',
    '1998-01-01',
    'B',
    2,
  ),
  hotlineText: source(
    'Memorandum of Understanding Regarding the Establishment of a Direct Communications Link (text)',
    'skal.fun (copy of the treaty text)',
    'https://645012.skal.fun/peace/docs/agreementhotline.html',
    '2010-01-01',
    'C',
    2,
  ),
  foxtrotMoscowTreaty: source(
    'Moscow Treaty',
    'Foxtrot News',
    'https://foxtrot.news/tag/moscow-treaty',
    '2020-01-01',
    'C',
    2,
  ),
};

const P = { cuba: 'Cuba', quarantine: 'Cuba (the quarantine line)', banes: 'Banes, Cuba' };
const D = {
  removal: 'us-remove-offensive-missiles-from-cuba',
  noInvasion: 'ussr-no-invasion-pledge',
  jupiters: 'ussr-remove-jupiters-from-turkiye',
  il28: 'us-remove-il28-bombers',
};
const U = { commitment: 'rfk-commitment-by-tomorrow' };
const A = { understanding: 'kennedy-khrushchev-understanding-1962-10-28', hotline: 'hotline-1963', ptbt: 'ptbt-1963' };
const I = {
  deployment: 'soviet-missile-sites-cuba-1962-10-14',
  quarantine: 'us-quarantine-of-cuba',
  defcon2: 'us-defcon-2-1962-10-24',
  marucla: 'marucla-boarded-1962-10-26',
  u2: 'u2-shot-down-banes-1962-10-27',
  crusaders: 'crusaders-fired-on-1962-10-27',
  lifted: 'us-quarantine-lifted-1962-11-20',
};

const events = [
  // ===== 14–21 October 1962: the missiles found =====
  ev(
    'NegotiationOpened',
    'opened',
    when('1962-10-14'),
    {
      negotiationId: NEGOTIATION_ID,
      title: 'United States – Soviet Union, the Cuban missile crisis and its settlement, 1962–63',
      subject:
        'The Soviet medium- and intermediate-range missiles deployed in Cuba, the US quarantine of the island, the Kennedy–Khrushchev understanding of 28 October 1962 (removal under UN verification for a pledge not to invade Cuba), its implementation and the IL-28 bombers, and the hotline and test ban agreements of 1963',
      parties: [US, USSR],
      mediators: [U_THANT],
    },
    [S.studienett],
  ),
  ev('ActorRegistered', 'actor-cuba', when('1962-10-14'), { actor: CUBA, role: 'third-party' }, [S.studienett], {
    note: 'The island where the missiles stood; its government ordered its own mobilisation and air defence fire.',
  }),
  ev('ActorRegistered', 'actor-turkiye', when('1962-10-14'), { actor: TURKIYE, role: 'third-party' }, [S.nsarchive], {
    note: 'The US Jupiter missiles stood on its soil.',
  }),
  ev(
    'IncidentReported',
    'inc-deployment',
    when('1962-10-14'),
    {
      incidentId: I.deployment,
      kind: 'force-posture',
      perpetrator: 'soviet-union',
      against: 'united-states',
      place: P.cuba,
      description:
        'A US U-2 photographs the construction of sites for Soviet medium- and intermediate-range ballistic missiles in Cuba (an SS-4 site near San Cristóbal); the photographs are analysed on the 15th and shown to Kennedy on the 16th.',
    },
    [S.studienett, S.coldWarExhibition],
  ),
  ev(
    'StatementMade',
    'stmt-gromyko-defensive',
    when('1962-10-18'),
    {
      speaker: GROMYKO,
      audience: 'united-states',
      tone: 'neutral',
      summary:
        'Meeting Kennedy at the White House, Gromyko insists that Cuba has only defensive weapons; Kennedy does not reveal what he knows.',
    },
    [S.studienett, S.coggle],
  ),
  // ===== 22–23 October: the address, the demand, the reply =====
  ev(
    'DemandTabled',
    'dem-removal',
    when('1962-10-22T23:00:00Z'),
    {
      demandId: D.removal,
      by: 'united-states',
      addressedTo: ['soviet-union'],
      text: 'Ship no more offensive weapons to Cuba, and dismantle and remove the missiles there',
      category: 'security',
    },
    [S.radiochem, S.navy2226],
    { note: 'Made in Kennedy’s address and his letter to Khrushchev of the same day; no deadline named.' },
  ),
  ev(
    'StatementMade',
    'stmt-kennedy-address',
    when('1962-10-22T23:00:00Z'),
    {
      speaker: KENNEDY,
      audience: 'soviet-union',
      tone: 'military-threat',
      summary:
        'In a televised address Kennedy reveals the Soviet missile sites in Cuba, announces a strict quarantine on all offensive military equipment shipped to Cuba, and warns that any nuclear missile launched from Cuba will be regarded as an attack by the Soviet Union on the United States, requiring a full retaliatory response upon the Soviet Union.',
      quote: 'a full retaliatory response upon the Soviet Union',
    },
    [S.radiochem, S.navy2226],
  ),
  ev(
    'StatementMade',
    'stmt-soviet-reply',
    when('1962-10-23'),
    {
      speaker: SOVIET_GOV,
      audience: 'united-states',
      tone: 'military-threat',
      summary:
        'A harshly worded Soviet government statement: the United States is playing with fire, and a most powerful retaliatory blow will follow if "the aggressors" touch off war; the quarantine is a violation of international law. The Soviet Union cancels all military leave.',
      quote: 'a most powerful retaliatory blow',
    },
    [S.guardian1024, S.timetoast],
  ),
  ev('ActorRegistered', 'actor-oas', when('1962-10-23'), { actor: OAS, role: 'third-party' }, [S.coggle]),
  ev(
    'ThirdPartyEngagement',
    'eng-oas-endorses',
    when('1962-10-23'),
    {
      actorId: 'oas',
      counterparts: ['united-states'],
      kind: 'support',
      summary: 'The Organization of American States votes a resolution supporting the quarantine.',
    },
    [S.coggle],
  ),
  ev(
    'StatementMade',
    'stmt-mcnamara-sink',
    when('1962-10-23T23:00:00Z', 'approximate'),
    {
      speaker: MCNAMARA,
      audience: 'soviet-union',
      tone: 'military-threat',
      summary:
        'McNamara says 25 Soviet merchant ships are on their way to Cuba and that the Navy has orders to interdict them, to sink if necessary any vessel that refuses to comply with the quarantine.',
    },
    [S.realtime1023, S.guardian1024],
  ),
  // ===== 24–26 October: the quarantine in force =====
  ev(
    'IncidentReported',
    'inc-quarantine',
    when('1962-10-24T14:00:00Z'),
    {
      incidentId: I.quarantine,
      kind: 'border-closure',
      perpetrator: 'united-states',
      against: 'soviet-union',
      target: 'Shipments of offensive military equipment to Cuba (Soviet and Soviet-chartered ships)',
      place: P.quarantine,
      description:
        'The naval quarantine of Cuba, proclaimed by Kennedy the day before, takes effect at 10:00 in Washington: ships bound for Cuba must turn away, submit to search, or be diverted if they carry offensive weapons.',
    },
    [S.guardian1024, S.navy2226],
  ),
  ev(
    'IncidentReported',
    'inc-defcon2',
    when('1962-10-24'),
    {
      incidentId: I.defcon2,
      kind: 'force-posture',
      perpetrator: 'united-states',
      against: 'soviet-union',
      place: 'United States (Strategic Air Command)',
      description: 'US nuclear forces are put on DEFCON 2 for the first time.',
    },
    [S.timetoast],
  ),
  ev(
    'MediationAction',
    'med-thant-appeal',
    when('1962-10-24'),
    {
      mediator: 'u-thant',
      action: 'requested-pause',
      summary:
        'U Thant sends identical appeals to Kennedy and Khrushchev to suspend for two or three weeks the quarantine and the arms shipments to Cuba, and to refrain from any action that may bring the risk of war.',
    },
    [S.frus59, S.realtime1024],
  ),
  ev(
    'StatementMade',
    'stmt-khrushchev-no-rash',
    when('1962-10-24'),
    {
      speaker: KHRUSHCHEV,
      audience: 'united-states',
      tone: 'neutral',
      summary: 'Khrushchev says the Soviet Union will take no rash action, and puts out feelers for a summit meeting.',
    },
    [S.upi1025],
  ),
  ev(
    'StatementMade',
    'stmt-us-stands-firm',
    when('1962-10-25'),
    {
      speaker: KENNEDY,
      audience: 'soviet-union',
      tone: 'critical',
      summary:
        'The United States stands firm: the blockade stays until the Soviet missile build-up in Cuba is eliminated; Kennedy turns down U Thant’s appeal in its present form because it gives no guarantee against the build-up going on.',
    },
    [S.upi1025],
  ),
  ev(
    'IncidentReported',
    'inc-marucla',
    when('1962-10-26'),
    {
      incidentId: I.marucla,
      kind: 'non-lethal-force',
      perpetrator: 'united-states',
      against: 'soviet-union',
      target: 'The Soviet-chartered Lebanese freighter Marucla',
      place: P.quarantine,
      description:
        'The destroyers Joseph P. Kennedy Jr. and John R. Pierce stop, board and search the Soviet-chartered freighter Marucla 180 miles north-east of Nassau; no offensive weapons are found and she is let through to Havana. No incident: the crew cooperates.',
    },
    [S.realtimeMarucla, S.chapsgs],
  ),
  ev(
    'PositionTaken',
    'pos-khrushchev-26',
    when('1962-10-26'),
    {
      demandId: D.removal,
      actorId: 'soviet-union',
      stance: 'conditional',
      conditions: 'If the United States pledges not to invade Cuba, the need for the Soviet weapons there falls away.',
      speaker: KHRUSHCHEV,
    },
    [S.nsarchive],
    {
      note: 'Khrushchev’s letter of 26 October, an appeal to avoid nuclear war that implies a no-invasion pledge would suffice.',
    },
  ),
  ev(
    'DemandTabled',
    'dem-no-invasion',
    when('1962-10-26'),
    {
      demandId: D.noInvasion,
      by: 'soviet-union',
      addressedTo: ['united-states'],
      text: 'Pledge not to invade Cuba',
      category: 'security',
    },
    [S.nsarchive],
  ),
  // ===== 27 October: Black Saturday =====
  ev(
    'DemandTabled',
    'dem-jupiters',
    when('1962-10-27T15:03:00Z'),
    {
      demandId: D.jupiters,
      by: 'soviet-union',
      addressedTo: ['united-states'],
      text: 'Remove the US missiles from Turkey in exchange for the Soviet removal of the means the US calls offensive from Cuba, under UN Security Council inspection',
      category: 'security',
    },
    [S.nsarchive, S.whp1027],
    { note: 'Khrushchev’s second letter, broadcast and received on the morning of 27 October (11:03 in Washington).' },
  ),
  ev(
    'IncidentReported',
    'inc-u2',
    when('1962-10-27T16:00:00Z', 'approximate'),
    {
      incidentId: I.u2,
      kind: 'clash',
      perpetrator: 'soviet-union',
      against: 'united-states',
      target: 'A US Air Force U-2 reconnaissance aircraft',
      place: P.banes,
      fatalities: { min: 1, max: 1 },
      description:
        'A Soviet SA-2 (S-75 Dvina) battery fires on Major Rudolf Anderson’s U-2 over Banes; the aircraft is downed and Anderson killed, the only combatant killed in the crisis. The decision to fire was taken locally by Soviet commanders.',
    },
    [S.whp1027, S.simpleAnderson, S.realtimeU2],
  ),
  ev(
    'IncidentReported',
    'inc-crusaders',
    when('1962-10-27T19:41:00Z', 'approximate'),
    {
      incidentId: I.crusaders,
      kind: 'clash',
      perpetrator: 'cuba',
      against: 'united-states',
      target: 'US Navy RF-8A Crusader low-level reconnaissance aircraft',
      place: 'Cuba (low-level reconnaissance routes)',
      fatalities: { min: 0, max: 0 },
      description:
        'Several US Navy RF-8A Crusaders on low-level photo reconnaissance are fired on; one is hit by a 37 mm shell and returns to base. The Pentagon says the fire was apparently Cuban, not Russian.',
    },
    [S.whp1027, S.realtimeU2],
  ),
  ev(
    'StatementMade',
    'stmt-pentagon-escorts',
    when('1962-10-27T22:00:00Z', 'approximate'),
    {
      speaker: { name: 'US Department of Defense', actorId: 'united-states' },
      audience: 'soviet-union',
      tone: 'warning',
      summary:
        'The Defense Department announces the U-2 missing over Cuba and warns that measures will be taken to "insure that such missions are effective and protected": armed escorts for reconnaissance aircraft.',
    },
    [S.realtimeU2],
  ),
  ev(
    'PositionTaken',
    'pos-kennedy-accepts-26',
    when('1962-10-27T23:00:00Z', 'approximate'),
    {
      demandId: D.noInvasion,
      actorId: 'united-states',
      stance: 'conditional',
      conditions:
        'A US pledge not to invade Cuba once the Soviet offensive missiles are removed under verification (the terms Kennedy read in the letter of 26 October).',
      speaker: KENNEDY,
    },
    [S.nsarchive],
  ),
  ev(
    'PositionTaken',
    'pos-jupiters-private',
    when('1962-10-27T23:45:00Z'),
    {
      demandId: D.jupiters,
      actorId: 'united-states',
      stance: 'accepted-in-principle',
      conditions:
        'No public quid pro quo: privately, the Jupiters in Turkey would be gone within a short time after the crisis, on the basis of a secret understanding.',
      speaker: RFK,
    },
    [S.nsarchive, S.rfkThirteenDays],
  ),
  ev(
    'UltimatumIssued',
    'ult-commitment',
    when('1962-10-27T23:45:00Z'),
    {
      ultimatumId: U.commitment,
      by: 'united-states',
      to: ['soviet-union'],
      demandIds: [D.removal],
      deadline: '1962-10-28T23:59:00Z',
      consequences:
        '"If they did not remove those bases, we would remove them"; the military demand that the President arm the reconnaissance planes and respond to fire with fire.',
      channel: 'Robert Kennedy to Ambassador Dobrynin, Department of Justice',
    },
    [S.rfkThirteenDays, S.dobryninCable],
    {
      note: 'Robert Kennedy: "We had to have a commitment by tomorrow that those bases would be removed. I was not giving them an ultimatum but a statement of fact."',
    },
  ),
  // ===== 28 October: the understanding =====
  ev(
    'UltimatumResolved',
    'ult-commitment-complied',
    when('1962-10-28T14:04:00Z'),
    {
      ultimatumId: U.commitment,
      resolution: 'complied',
      summary:
        'Radio Moscow broadcasts Khrushchev’s order to dismantle the weapons in Cuba, crate them and return them to the Soviet Union.',
    },
    [S.pbs1028, S.jfk50],
    { occurrence: 'understanding-1962-10-28' },
  ),
  ev(
    'PositionTaken',
    'pos-removal-accepted',
    when('1962-10-28T14:04:00Z'),
    {
      demandId: D.removal,
      actorId: 'soviet-union',
      stance: 'accepted',
      quote: 'The Soviet government has ordered the dismantling of bases and the dispatch of equipment to the U.S.S.R.',
      speaker: KHRUSHCHEV,
    },
    [S.pbs1028, S.jfk50],
    { occurrence: 'understanding-1962-10-28' },
  ),
  ev(
    'AgreementReached',
    'agr-understanding',
    when('1962-10-28T14:04:00Z'),
    {
      agreementId: A.understanding,
      kind: 'framework',
      provisions: [
        'The Soviet Union stops work on the bases in Cuba, dismantles the weapons the United States calls offensive, crates them and returns them to the Soviet Union',
        'United Nations representatives may verify the dismantling',
        'The United States pledges not to invade Cuba',
        'Privately: the US Jupiter missiles in Turkey to be removed within a short time after the crisis',
      ],
      signatories: ['united-states', 'soviet-union'],
      textPublic: false,
    },
    [S.pbs1028, S.crimson1029, S.whp1028],
    {
      note: 'An exchange of letters (Kennedy’s of 27 October, Khrushchev’s reply broadcast on the 28th, Kennedy’s acceptance the same day); the Turkish part was kept secret.',
      occurrence: 'understanding-1962-10-28',
    },
  ),
  ev(
    'StatementMade',
    'stmt-kennedy-statesmanlike',
    when('1962-10-28T20:00:00Z', 'approximate'),
    {
      speaker: KENNEDY,
      audience: 'soviet-union',
      tone: 'conciliatory',
      summary:
        'Kennedy welcomes Khrushchev’s decision as "statesmanlike" and "an important and constructive contribution to peace", and accepts his proposals: the two governments can step back from danger.',
      quote: 'an important and constructive contribution to peace',
    },
    [S.crimson1029, S.whp1028],
  ),
  ev(
    'StatementMade',
    'stmt-khrushchev-airspace',
    when('1962-10-28T14:04:00Z'),
    {
      speaker: KHRUSHCHEV,
      audience: 'united-states',
      tone: 'warning',
      summary:
        'Khrushchev warns that violations of Cuban air space by US reconnaissance flights could have "dangerous consequences", calls for an end to the blockade, and says the Soviet people do not divest themselves of helping Cuba.',
      quote: 'dangerous consequences',
    },
    [S.crimson1029],
  ),
  ev(
    'AgreementStatusChanged',
    'agr-understanding-dismantling',
    when('1962-10-28T21:00:00Z', 'approximate'),
    {
      agreementId: A.understanding,
      status: 'in-force',
      reason: 'The dismantling of the missile sites in Cuba begins at 17:00 that afternoon.',
    },
    [S.jfk50],
  ),
  // ===== November: the dismantling, the bombers, the quarantine lifted =====
  ev(
    'StatementMade',
    'stmt-navy-abeyance',
    when('1962-10-30'),
    {
      speaker: KENNEDY,
      audience: 'soviet-union',
      tone: 'conciliatory',
      summary:
        'Kennedy agrees to suspend aerial surveillance and active quarantine operations pending the outcome of the UN’s attempts to secure inspection guarantees and a show of Soviet good faith; Soviet ships keep heaving to at the 500-mile line.',
    },
    [S.navy3113],
    { note: 'Not a reopening: the quarantine stays proclaimed, and the ships stay outside the line (see the header).' },
  ),
  ev(
    'StatementMade',
    'stmt-khrushchev-rockets-out',
    when('1962-11-07'),
    {
      speaker: KHRUSHCHEV,
      audience: 'united-states',
      tone: 'conciliatory',
      summary:
        'At the Kremlin reception for the revolution’s anniversary Khrushchev says "we have taken our rockets out, and they probably are on the way", and speaks of peaceful coexistence, compromise and mutual concessions.',
      quote: 'We have taken our rockets out, and they probably are on the way.',
    },
    [S.realtime1107],
  ),
  ev(
    'DemandTabled',
    'dem-il28',
    when('1962-11-10', 'approximate'),
    {
      demandId: D.il28,
      by: 'united-states',
      addressedTo: ['soviet-union'],
      text: 'Withdraw the IL-28 jet bombers from Cuba, as offensive weapons under the understanding',
      category: 'security',
    },
    [S.realtime1120],
    { note: 'Dated from "10 days of negotiation on their removal" ended on 20 November.' },
  ),
  ev(
    'PositionTaken',
    'pos-il28-accepted',
    when('1962-11-20T20:00:00Z', 'approximate'),
    {
      demandId: D.il28,
      actorId: 'soviet-union',
      stance: 'accepted',
      conditions: 'All the IL-28 bombers withdrawn within 30 days, observed and counted as they leave.',
      speaker: KHRUSHCHEV,
    },
    [S.pbs1120, S.realtime1120],
  ),
  ev(
    'IncidentReported',
    'inc-quarantine-lifted',
    when('1962-11-20T23:45:00Z'),
    {
      incidentId: I.lifted,
      kind: 'border-reopening',
      perpetrator: 'united-states',
      against: 'soviet-union',
      target: 'Shipments to Cuba',
      place: P.quarantine,
      description:
        'Kennedy announces at his news conference that he has instructed the Secretary of Defense to lift the naval quarantine; McNamara orders the Navy to end it "forthwith", effective 18:45 EST.',
    },
    [S.pbs1120, S.retronewser1120],
    { note: 'Recorded under the United States, which had imposed the quarantine.' },
  ),
  ev(
    'StatementMade',
    'stmt-kennedy-danger-reduced',
    when('1962-11-20T23:00:00Z'),
    {
      speaker: KENNEDY,
      audience: 'soviet-union',
      tone: 'conciliatory',
      summary:
        'Kennedy: the Soviet undertaking on the bombers "goes a long way toward reducing the danger which faced this Hemisphere four weeks ago".',
      quote: 'goes a long way toward reducing the danger which faced this Hemisphere four weeks ago',
    },
    [S.pbs1120],
  ),
  // ===== 1963: the thaw =====
  ev(
    'StatementMade',
    'stmt-american-university',
    when('1963-06-10'),
    {
      speaker: KENNEDY,
      audience: 'soviet-union',
      tone: 'conciliatory',
      summary:
        'In his American University address Kennedy calls for a re-examination of attitudes towards the Soviet Union and the Cold War, announces high-level talks in Moscow towards a test ban treaty, and says the United States will not be the first to resume atmospheric tests. Moscow broadcasts and prints the whole speech.',
      quote: 'We will not be the first to resume.',
    },
    [S.jfkLibraryAU, S.frus328],
  ),
  ev(
    'AgreementReached',
    'agr-hotline',
    when('1963-06-20'),
    {
      agreementId: A.hotline,
      kind: 'partial',
      provisions: [
        'A direct communications link between Washington and Moscow for use in time of emergency',
        'A duplex wire telegraph circuit (Washington–London–Copenhagen–Stockholm–Helsinki–Moscow) and a radiotelegraph circuit (via Tangier)',
      ],
      signatories: ['united-states', 'soviet-union'],
      textPublic: true,
      status: 'in-force',
    },
    [S.hotlineText],
    {
      note: 'Signed at Geneva by the two acting representatives to the Eighteen-Nation Disarmament Committee; in force the same day.',
    },
  ),
  ev('ActorRegistered', 'actor-uk', when('1963-07-25'), { actor: UK, role: 'third-party' }, [S.frus328], {
    note: 'The third party to the test ban negotiations in Moscow.',
  }),
  ev(
    'AgreementReached',
    'agr-ptbt',
    when('1963-07-25'),
    {
      agreementId: A.ptbt,
      kind: 'partial',
      provisions: ['No nuclear weapon test explosions in the atmosphere, in outer space or under water'],
      signatories: ['united-states', 'soviet-union', 'united-kingdom'],
      textPublic: true,
      status: 'initialled',
    },
    [S.frus328],
  ),
  ev(
    'StatementMade',
    'stmt-khrushchev-best-speech',
    when('1963-07-26'),
    {
      speaker: KHRUSHCHEV,
      audience: 'united-states',
      tone: 'conciliatory',
      summary:
        'Khrushchev tells Harriman in Moscow that Kennedy’s speech of 10 June was the best statement made by any President since Roosevelt.',
    },
    [S.frus328],
  ),
  ev(
    'AgreementStatusChanged',
    'agr-ptbt-signed',
    when('1963-08-05'),
    {
      agreementId: A.ptbt,
      status: 'signed',
      reason:
        'Signed in Moscow by the United States, the Soviet Union and the United Kingdom; in force on 10 October 1963.',
    },
    [S.foxtrotMoscowTreaty],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'us-ussr-1962.jsonl',
  logEnd: '2026-12-06T23:59:00Z',
  events,
};

export default definition;
