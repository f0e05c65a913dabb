/**
 * A test fixture, not a shipped example: Türkiye and the Republic of Cyprus
 * in 1974–75, as an analyst following the news and the diplomatic traffic
 * could have recorded them — from the coup against Makarios backed by the
 * Greek junta (15 July 1974), Ecevit's terms in London (17–18 July), the
 * Turkish landing near Kyrenia and the fighting around Kyrenia and Nicosia
 * (Attila I, 20–22 July), Security Council resolution 353, the ceasefire of
 * 22 July (16:00 local) and its violations while the bridgehead widened, the
 * first Geneva conference and its declaration (25–30 July), the second
 * Geneva conference (8–14 August), Güneş's cantonal plan and Ecevit's 24
 * hours, the collapse and the second offensive (Attila II, 14–16 August:
 * Nicosia, Famagusta, Morphou), Turkey's ceasefire of 16 August, the
 * intercommunal talks on prisoners and humanitarian matters (autumn 1974)
 * and the third Vienna round with its population exchange agreement (2
 * August 1975). Escalation model v2 was never tuned on it: it is the case
 * the model is held to in turkey-cyprus-1974.spec.ts, against the calls an
 * analyst makes from DOMAIN.md §5b alone.
 *
 * The parties are Türkiye and the Republic of Cyprus (its force is the
 * Greek Cypriot National Guard, led by Greek officers until the junta fell;
 * the Republic is Sampson's regime from the coup to 23 July, Clerides as
 * acting president after it). Mediators: the United Kingdom (the third
 * guarantor, which chaired Geneva), the United States, the United Nations
 * (the Security Council, the Secretary-General and UNFICYP). Third parties:
 * Greece (a guarantor, and a signatory of the Geneva declaration) and the
 * Turkish Cypriot leadership (Denktaş), with whom the Republic's
 * negotiator made the humanitarian arrangements and the Vienna agreement —
 * agreements of a party with a third party, not the pair's.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source.
 *
 * Grading as in examples/README.md: B = an established outlet or wire copy
 * (AP, Reuters, The Hindu) or a government's or the UN's own contemporary
 * record of what it saw (the State Department's situation reports, the US
 * embassies' cables, the Secretary-General's report to the Council); C = a
 * mirror of a document's text, a reference digest (Facts on File copies), a
 * magazine copy on an aggregator; 1 = an act or text confirmed by those who
 * made it (a resolution, a declaration, a communiqué); 2 = several sources
 * agree or one established source reports it; 3 = one side's claim.
 *
 * Dates of sources: contemporary documents are dated by their own date,
 * whatever the date of the copy read (the cables by their date-time group,
 * the FRUS telegram by its date, The Hindu's "From the pages of" by the page
 * it reprints, Facts on File by its issue date, the Christchurch Press by its
 * issue). The ICRC's account of its action in Cyprus (International Review of
 * the Red Cross) refers to its issues of August to October 1974 and is dated
 * by month, December 1974, a bound stated as such.
 *
 * Judgement calls, recorded as an analyst would:
 * - The coup of 15 July is the junta's and the National Guard's against the
 *   Republic's own president: not an act between the pair. The negotiation
 *   is opened at it; Turkey's demands and Ecevit's warning in London follow.
 *   TIME calls Ecevit's terms "the Turkish ultimatum" (no deadline given):
 *   recorded as an ultimatum without a deadline, addressed to Greece and the
 *   coup government, enforced by the landing of 20 July.
 * - Places are written one way each: "Kyrenia" for the landing, the
 *   bridgehead and the Kyrenia district villages (Dikomo, Sykhari, Ayios
 *   Ermolaos are named in the descriptions); "Nicosia" for the capital, its
 *   airport, the Green Line and the airfield east of it; "Famagusta";
 *   "Morphou" for the western drive (Morphou, Lefka, Limnitis).
 * - No contemporary source read gives a day's toll of the fighting; the war's
 *   totals (hundreds of Turkish and thousands of Greek Cypriot dead and
 *   missing) are later estimates and are not recorded as a day's count. The
 *   heavy days are heavy by their breadth: the landing, the airborne assault
 *   and the air raids in several places.
 * - Scale (the catalogue's `scale: 'major'`, heavy armed action whatever
 *   toll is recorded), marked only where the incident's own source calls
 *   that act an invasion or a major assault: the landing near Kyrenia (20
 *   July; the State Department's situation report, on Greece's demand that
 *   Turkey "immediately withdraw its invading force from Cyprus") and the
 *   attack on Nicosia of 14 August (the New York Times: "Turkish forces,
 *   which began a heavy air and ground attack early yesterday", "after a
 *   daylong battle"). Not marked: the paratroops and air attacks around
 *   Nicosia of 20 July (the report says only that fighting went on "in all
 *   major towns"); the drive on Famagusta of 14 August (AP: armour "launched
 *   a drive toward Famagusta" — left unmarked, the day's attack being
 *   recorded major already); the acts of 15–17 August (not reviewed for
 *   scale: Morphou makes the 16th heavy by its places).
 * - The ceasefire of 22 July was accepted by Turkey and by Greece for the
 *   forces it commanded (the State Department: "both Greece and Turkey
 *   agreed to a cease-fire on Cyprus beginning at 10:00 a.m. EDT", 16:00 in
 *   Cyprus), as resolution 353 asked: recorded as binding Türkiye, the
 *   Republic and Greece. The violations of 22–26 July are recorded as the
 *   Secretary-General, UNFICYP and the State Department reported them; none
 *   gives a toll, so none is recorded.
 * - The Geneva declaration (30 July) was signed by the foreign ministers of
 *   Greece, Turkey and the United Kingdom, not by the Republic: it is their
 *   agreement, and it reaffirms the ceasefire ("areas … should not be
 *   extended", "desist from all offensive or hostile activities"), recorded
 *   as an extension of the ceasefire of 22 July with those terms.
 * - Ecevit's 24 hours (13 August) is recorded as an ultimatum to Greece and
 *   the Greek Cypriot side enforcing Güneş's cantonal plan, enforced by the
 *   offensive of 14 August; the ceasefire of 22 July as ended (`collapsed`)
 *   that morning, an analyst's reading (nobody renounced it).
 * - The UN's ceasefire for the Nicosia area (14 August, AP) is recorded as a
 *   partial ceasefire: the offensive went on elsewhere, and the next day's
 *   cable reports Turkish armour moving on the western edge of Nicosia. It is
 *   recorded as superseded by Turkey's ceasefire for the whole island (16
 *   August), an analyst's reading (added after the first run, when the
 *   reasons of the later calls still named the capital's truce; no call
 *   moved).
 * - Turkey's ceasefire of 16 August was announced by Turkey alone (Facts on
 *   File: "unilaterally announced a cease-fire August 16"); fighting south of
 *   Nicosia went on until it "actually began to hold" on 18 August. No source
 *   read gives the hour of the announcement; it is dated to the evening of
 *   the 16th, after the day's advance to Morphou and Lefka (approximate). The
 *   fighting after it is recorded as one clash on the 17th (approximate).
 * - The release of prisoners and the humanitarian arrangements of autumn
 *   1974 were made in the talks between Clerides and Denktaş with the UN and
 *   the ICRC: recorded as agreements of the Republic with the Turkish Cypriot
 *   leadership, dated by month (September 1974) where no day was found; so
 *   is the Vienna agreement of 2 August 1975. Turkey is not a signatory of
 *   either.
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'turkey-cyprus-1974';
const { ev, at } = caseKit(NEGOTIATION_ID, 'test-analyst', 1974);
/** A recordedAt on a given day (the case spans two years). */
const rec = (day: string, time: string): string => `${day}T${time}:00Z`;

const TURKIYE: Actor = { id: 'turkiye', name: 'Türkiye', kind: 'state', aliases: ['Turkey', 'Ankara'] };
const CYPRUS: Actor = {
  id: 'cyprus',
  name: 'Republic of Cyprus',
  kind: 'state',
  aliases: ['Cyprus', 'Nicosia', 'Cyprus National Guard', 'Greek Cypriot National Guard'],
};
const UK: Actor = { id: 'united-kingdom', name: 'United Kingdom', kind: 'state', aliases: ['Britain', 'London'] };
const USA: Actor = { id: 'united-states', name: 'United States', kind: 'state', aliases: ['US', 'Washington'] };
const UN: Actor = {
  id: 'united-nations',
  name: 'United Nations',
  kind: 'international-organisation',
  aliases: ['UN', 'Security Council', 'UNFICYP', 'United Nations Peace-keeping Force in Cyprus'],
};
const GREECE: Actor = { id: 'greece', name: 'Greece', kind: 'state', aliases: ['Athens'] };
const TURKISH_CYPRIOTS: Actor = {
  id: 'turkish-cypriots',
  name: 'Turkish Cypriot leadership',
  kind: 'de-facto-authority',
  aliases: ['Turkish Cypriot community', 'Autonomous Turkish Cypriot Administration', 'Denktaş'],
};

const ECEVIT: Person = { name: 'Bülent Ecevit', title: 'Prime Minister of Turkey', actorId: 'turkiye' };
const GUNES: Person = { name: 'Turan Güneş', title: 'Foreign Minister of Turkey', actorId: 'turkiye' };
const CLERIDES: Person = {
  name: 'Glafcos Clerides',
  title: 'Acting President of Cyprus (from 23 July 1974); negotiator for the Greek Cypriot side',
  actorId: 'cyprus',
};
const DENKTAS: Person = { name: 'Rauf Denktaş', title: 'Turkish Cypriot leader', actorId: 'turkish-cypriots' };
const CALLAGHAN: Person = { name: 'James Callaghan', title: 'Foreign Secretary', actorId: 'united-kingdom' };
const MAVROS: Person = { name: 'Georgios Mavros', title: 'Foreign Minister of Greece', actorId: 'greece' };

const S = {
  stateJul20: source(
    'Cyprus situation report (Department of State telegram STATE 157961, July 1974)',
    'US Department of State (WikiLeaks PlusD copy)',
    'https://search.wikileaks.org/plusd/cables/1974STATE157961_b.html',
    '1974-07-20',
    'B',
    2,
  ),
  res353: source(
    'Resolution 353 (1974) of 20 July 1974',
    'United Nations Security Council (text on pascua.de)',
    'http://www.pascua.de/zypern/geteilt/sonder-geteilt/1974f/415.htm',
    '1974-07-20',
    'C',
    1,
  ),
  frusJul22: source(
    'Telegram From the Department of State to the Embassies in Turkey and Yugoslavia: Situation Report No. 14 (as of 1500 EDT, July 22)',
    'Foreign Relations of the United States, 1969–1976, vol. XXX, doc. 117 (Office of the Historian)',
    'https://www.history.state.gov/historicaldocuments/frus1969-76v30/d117',
    '1974-07-22',
    'B',
    2,
  ),
  hinduJul22: source(
    'UN calls for Greek pull-out (From the pages of The Hindu, July 22, 1974)',
    'The Hindu',
    'https://www.thehindu.com/archives/from-the-pages-of-the-hindu-july-22-1974-un-calls-for-greek-pull-out/article68428881.ece/amp/',
    '1974-07-22',
    'B',
    2,
  ),
  usunJul24: source(
    "Secretary-General's report to the Security Council on the situation in Cyprus, 23 July (USUN New York 2548)",
    'US Mission to the United Nations (WikiLeaks PlusD copy)',
    'https://theworldtomorrow.wikileaks.org/plusd/cables/1974USUNN02548_b.html',
    '1974-07-24',
    'B',
    2,
  ),
  sitrep19: source(
    'Situation Report No. 19: situation in Cyprus as of 1700 (EDT) July 25 (STATE 162468)',
    'US Department of State (WikiLeaks PlusD copy)',
    'https://search.wikileaks.org/plusd/cables/1974STATE162468_b.html',
    '1974-07-26',
    'B',
    2,
  ),
  sitrep20: source(
    'Situation Report No. 20: situation in Cyprus as of 0600 (EDT) July 26 (STATE 162526)',
    'US Department of State (WikiLeaks PlusD copy)',
    'https://theworldtomorrow.wikileaks.org/plusd/cables/1974STATE162526_b.html',
    '1974-07-26',
    'B',
    2,
  ),
  time29Jul: source(
    'Cyprus: Big Troubles over a Small Island (TIME, 29 July 1974; excerpts)',
    'TIME (wordola.com excerpt copy)',
    'https://wordola.com/wusage/turkishly/p359.html',
    '1974-07-29',
    'C',
    2,
  ),
  genevaDeclaration: source(
    'Text of the declaration on Cyprus signed at Geneva on 30 July 1974 by the Foreign Ministers of Britain, Turkey and Greece',
    'cyprusfederation.org (text of the declaration)',
    'http://www.cyprusfederation.org/?p=324',
    '1974-07-30',
    'C',
    1,
  ),
  londonJul31: source(
    'Callaghan statement to Commons on Cyprus (London 09737)',
    'US Embassy London (WikiLeaks PlusD copy)',
    'https://theworldtomorrow.wikileaks.org/plusd/cables/1974LONDON09737_b.html',
    '1974-07-31',
    'B',
    1,
  ),
  pressAug14: source(
    'Turkey demands decision (NZPA-Reuter, Geneva, August 13)',
    'The Press, Christchurch (Papers Past)',
    'https://paperspast.natlib.govt.nz/newspapers/CHP19740814.2.93',
    '1974-08-14',
    'B',
    2,
  ),
  apAug15: source(
    'Turkish troops resume fighting on Cyprus; cease-fire reached for Nicosia (The Associated Press)',
    'The Michigan Daily (AP)',
    'https://digital.bentley.umich.edu/midaily/mdp.39015071754571/753',
    '1974-08-15',
    'B',
    2,
  ),
  nytAug15: source(
    'Turks press drive in Cyprus (The New York Times, Nicosia, 15 August 1974)',
    'The New York Times (antonyantoniou.com copy)',
    'https://antonyantoniou.com/cyprus-15th-august-1974/',
    '1974-08-15',
    'C',
    2,
  ),
  nicosiaAug15: source(
    'Turkish troop movements during past thirty hours (Nicosia 2373)',
    'US Embassy Nicosia (WikiLeaks PlusD copy)',
    'https://search.wikileaks.org/plusd/cables/1974NICOSI02373_b.html',
    '1974-08-15',
    'B',
    2,
  ),
  fofAug17: source(
    'Turkish Troops Advance in Cyprus After Talks Break Down; U.N. Urges Cease-Fire; Greece Cuts Military Ties With NATO (Facts on File, issue of August 17, 1974)',
    'Facts on File World News Digest (docsbay copy)',
    'https://docsbay.net/doc/754863/turkish-troops-advance-in-cyprus-after-talks-break-down-u-n-urges-cease-fire-greece',
    '1974-08-17',
    'C',
    2,
  ),
  fofAug24: source(
    'Turkey Controls Northern Third of Cyprus, Greece Rejects Offer to Resume Negotiations (Facts on File, issue of August 24, 1974)',
    'Facts on File World News Digest (docsbay copy)',
    'https://docsbay.net/turkey-controls-northern-third-of-cyprus-greece-rejects-offer-to-resume-negotiations',
    '1974-08-24',
    'C',
    2,
  ),
  nicosiaNov12: source(
    'Clerides–Denktash talks November 11, 1974 (Nicosia 3998)',
    'US Embassy Nicosia (WikiLeaks PlusD copy)',
    'https://theworldtomorrow.wikileaks.org/plusd/cables/1974NICOSI03998.html',
    '1974-11-12',
    'B',
    2,
  ),
  icrcReview: source(
    'ICRC action in Cyprus (International Review of the Red Cross)',
    'International Committee of the Red Cross (docslib copy)',
    'https://docslib.org/doc/11715521/icrc-action-in-cyprus',
    '1974-12',
    'B',
    2,
  ),
  viennaAug2: source(
    'Vienna Cyprus talks communiqué (Vienna 6642)',
    'US Embassy Vienna (WikiLeaks PlusD copy)',
    'https://theworldtomorrow.wikileaks.org/plusd/cables/1975VIENNA06642.html',
    '1975-08-02',
    'B',
    1,
  ),
};

const D = { terms: 'turkey-terms-1974-07', cantons: 'gunes-cantonal-plan-1974-08' };
const U = { london: 'ecevit-terms-1974-07', hours24: 'ecevit-24-hours-1974-08-13' };
const R = {
  geneva1: 'geneva-1974-07',
  geneva2: 'geneva-1974-08',
  ledra: 'ledra-palace-1974-11-11',
  vienna3: 'vienna-3-1975-07',
};
const C = {
  july22: 'cyprus-ceasefire-1974-07-22',
  nicosia: 'nicosia-ceasefire-1974-08-14',
  aug16: 'turkey-ceasefire-1974-08-16',
};
const A = {
  geneva: 'geneva-declaration-1974-07-30',
  prisoners: 'prisoner-release-arrangements-1974-09',
  vienna: 'vienna-3-agreement-1975-08-02',
};
const O = {
  jul23Airport: 'nicosia-1974-07-23',
  jul23Kyrenia: 'kyrenia-district-1974-07-23',
  jul22Evening: 'nicosia-1974-07-22-evening',
  ermolaos: 'ayios-ermolaos-1974-07-26',
  geneva: 'geneva-declaration-1974-07-30',
  collapse: 'geneva-collapse-1974-08-14',
  nicosiaAug15: 'nicosia-west-1974-08-15',
  vienna: 'vienna-3-1975-08-02',
};

const events = [
  // ===== The coup, Turkey's terms, the landing: 15–20 July 1974 =====
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '1974-07-15', recordedAt: at('07-20', '12:00') },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Türkiye – Cyprus, the coup, the Turkish intervention and the Geneva conferences, 1974–75',
      subject:
        "From the coup against Makarios backed by the Greek junta (15 July 1974) and Turkey's intervention under the 1960 Treaty of Guarantee, through the ceasefires and the guarantors' conferences in Geneva, to the intercommunal arrangements that followed",
      parties: [TURKIYE, CYPRUS],
      mediators: [UK, USA, UN],
    },
    [S.stateJul20, S.res353],
    {
      note: 'Opened at the coup of 15 July, which the Greek officers of the National Guard led against the president; the coup itself is not an act between the pair.',
    },
  ),
  ev(
    'ActorRegistered',
    'actor-greece',
    { occurredAt: '1974-07-15', recordedAt: at('07-20', '12:01') },
    { actor: GREECE, role: 'third-party' },
    [S.stateJul20],
    { note: 'A guarantor power; its junta backed the coup and its officers led the National Guard.' },
  ),
  ev(
    'ActorRegistered',
    'actor-turkish-cypriots',
    { occurredAt: '1974-07-15', recordedAt: at('07-20', '12:02') },
    { actor: TURKISH_CYPRIOTS, role: 'third-party' },
    [S.stateJul20],
  ),
  ev(
    'IncidentReported',
    'inc-landing-kyrenia',
    { occurredAt: '1974-07-20T02:30:00Z', precision: 'approximate', recordedAt: at('07-20', '20:00') },
    {
      incidentId: 'kyrenia-landing-1974-07-20',
      kind: 'clash',
      perpetrator: 'turkiye',
      against: 'cyprus',
      place: 'Kyrenia',
      scale: 'major',
      description:
        'Operation Attila: Turkish troops land on the north coast near Kyrenia at dawn, supported by the navy and the air force, and fight the National Guard for the bridgehead; Greece says it will declare war unless Turkey withdraws its invading force.',
    },
    [S.stateJul20],
  ),
  ev(
    'IncidentReported',
    'inc-nicosia-jul20',
    { occurredAt: '1974-07-20T04:00:00Z', precision: 'approximate', recordedAt: at('07-20', '20:05') },
    {
      incidentId: 'nicosia-1974-07-20',
      kind: 'airstrike',
      perpetrator: 'turkiye',
      against: 'cyprus',
      place: 'Nicosia',
      description:
        'Turkish paratroops dropped north of Nicosia and air attacks on National Guard positions around the capital; fighting in all the major towns (the State Department), the National Guard rejecting the UN proposal to declare Nicosia an open city.',
    },
    [S.stateJul20],
  ),
  ev(
    'MediationAction',
    'res-353',
    { occurredAt: '1974-07-20', recordedAt: at('07-21', '08:00') },
    {
      mediator: 'united-nations',
      action: 'requested-pause',
      summary:
        'Resolution 353, adopted unanimously: calls on all parties to the fighting to cease firing, demands an immediate end to foreign military intervention, asks Greece, Turkey and the United Kingdom to enter into negotiations without delay.',
    },
    [S.res353],
  ),
  // ===== The ceasefire of 22 July and its violations =====
  ev(
    'TalksRoundScheduled',
    'round-geneva1-scheduled',
    { occurredAt: '1974-07-22', recordedAt: at('07-22', '20:00') },
    {
      roundId: R.geneva1,
      label: "Guarantors' conference, first stage (Geneva)",
      venue: 'Geneva',
      format: 'formal',
      hosts: ['united-kingdom'],
      plannedFor: '1974-07-25',
    },
    [S.frusJul22],
  ),
  ev(
    'CeasefireDeclared',
    'cf-july22',
    { occurredAt: '1974-07-22T14:00:00Z', recordedAt: at('07-22', '20:05') },
    {
      ceasefireId: C.july22,
      parties: ['turkiye', 'cyprus', 'greece'],
      scope:
        'A ceasefire on Cyprus from 10:00 EDT (16:00 in Cyprus) on 22 July, the commanders of both forces notified',
      coverage: 'all-hostilities',
      duration: 'indefinite',
      mediatedBy: ['united-states', 'united-kingdom', 'united-nations'],
    },
    [S.frusJul22, S.hinduJul22],
    {
      note: 'Accepted by Turkey, and by Greece for the forces its officers commanded, as resolution 353 asked; see the header.',
    },
  ),
  ev(
    'IncidentReported',
    'inc-airport-jul22',
    { occurredAt: '1974-07-22T16:00:00Z', precision: 'approximate', recordedAt: at('07-22', '20:10') },
    {
      incidentId: 'nicosia-airport-1974-07-22',
      kind: 'clash',
      perpetrator: 'turkiye',
      allegedBy: 'united-states',
      against: 'cyprus',
      place: 'Nicosia',
      description:
        'After the ceasefire hour, sporadic fighting continues, especially around Nicosia airport, where the Turks are trying to gain control (State Department situation report).',
    },
    [S.frusJul22],
    { occurrence: O.jul22Evening },
  ),
  ev(
    'CeasefireViolationReported',
    'viol-airport-jul22',
    { occurredAt: '1974-07-22T16:00:00Z', precision: 'approximate', recordedAt: at('07-22', '20:15') },
    {
      ceasefireId: C.july22,
      allegedBy: 'united-states',
      against: 'turkiye',
      description: 'Fighting around Nicosia airport after the ceasefire took effect; no toll given.',
    },
    [S.frusJul22],
    { occurrence: O.jul22Evening },
  ),
  ev(
    'IncidentReported',
    'inc-airport-jul23',
    { occurredAt: '1974-07-23T07:00:00Z', precision: 'approximate', recordedAt: at('07-24', '08:00') },
    {
      incidentId: 'nicosia-1974-07-23',
      kind: 'clash',
      perpetrator: 'turkiye',
      allegedBy: 'united-nations',
      against: 'cyprus',
      place: 'Nicosia',
      description:
        "By the Secretary-General's report: after daylight violations around the edge of the Turkish enclave, then fighting near the airport until 12:30, when UNFICYP arranged a ceasefire and took the airport over as a UN-controlled area; fighting along the Green Line in the west of the old city.",
    },
    [S.usunJul24],
    { occurrence: O.jul23Airport },
  ),
  ev(
    'CeasefireViolationReported',
    'viol-airport-jul23',
    { occurredAt: '1974-07-23T07:00:00Z', precision: 'approximate', recordedAt: at('07-24', '08:05') },
    {
      ceasefireId: C.july22,
      allegedBy: 'united-nations',
      against: 'turkiye',
      description:
        'The Secretary-General reports "grave anxiety about the observance of the cease-fire": fighting at Nicosia airport and on the Green Line; no toll given.',
    },
    [S.usunJul24],
    { occurrence: O.jul23Airport },
  ),
  ev(
    'IncidentReported',
    'inc-dikomo-jul23',
    { occurredAt: '1974-07-23', recordedAt: at('07-24', '08:10') },
    {
      incidentId: 'kyrenia-district-1974-07-23',
      kind: 'clash',
      perpetrator: 'turkiye',
      allegedBy: 'united-nations',
      against: 'cyprus',
      place: 'Kyrenia',
      description:
        'In the Kyrenia district Turkish troops capture the village of Dikomo during the night and attack Sykhari (Secretary-General). In the Larnaca district the National Guard takes the Turkish Cypriot village of Kophinou (a third party, not recorded as an act between the pair).',
    },
    [S.usunJul24],
    { occurrence: O.jul23Kyrenia },
  ),
  ev(
    'CeasefireViolationReported',
    'viol-dikomo-jul23',
    { occurredAt: '1974-07-23', recordedAt: at('07-24', '08:15') },
    {
      ceasefireId: C.july22,
      allegedBy: 'united-nations',
      against: 'turkiye',
      description: 'Turkish troops capture Dikomo and attack Sykhari in the Kyrenia district; no toll given.',
    },
    [S.usunJul24],
    { occurrence: O.jul23Kyrenia },
  ),
  ev(
    'TalksRoundOpened',
    'round-geneva1-opened',
    { occurredAt: '1974-07-25', recordedAt: at('07-26', '12:00') },
    {
      roundId: R.geneva1,
      delegations: [
        { actorId: 'turkiye', head: GUNES },
        { actorId: 'greece', head: MAVROS },
        { actorId: 'united-kingdom', head: CALLAGHAN },
      ],
    },
    [S.sitrep20],
    {
      note: 'The three guarantors; the Republic is not at the table. A first general declaration reaffirms resolution 353 (25 July).',
    },
  ),
  ev(
    'IncidentReported',
    'inc-reinforcements-jul25',
    { occurredAt: '1974-07-25', recordedAt: at('07-26', '12:05') },
    {
      incidentId: 'kyrenia-reinforcements-1974-07-25',
      kind: 'force-posture',
      perpetrator: 'turkiye',
      against: 'cyprus',
      place: 'Kyrenia',
      description:
        'The UK High Commission reports 21 landing ships off Kyrenia unloading men and equipment; the Turkish reinforcement is estimated at a division. Clerides, Mavros and the UK High Commissioner believe Turkey means to expand its position.',
    },
    [S.sitrep19],
  ),
  ev(
    'IncidentReported',
    'inc-ermolaos',
    { occurredAt: '1974-07-26T03:00:00Z', precision: 'approximate', recordedAt: at('07-26', '12:10') },
    {
      incidentId: 'ayios-ermolaos-1974-07-26',
      kind: 'clash',
      perpetrator: 'turkiye',
      allegedBy: 'united-nations',
      against: 'cyprus',
      place: 'Kyrenia',
      description:
        'Serious fighting in the Kyrenia district (UNFICYP operations centre): seven Turkish tanks attack Ayios Ermolaos, north-west of Nicosia, and overrun two National Guard positions, apparently to cut the road from Nicosia to the Kyrenia coast.',
    },
    [S.sitrep20],
    { occurrence: O.ermolaos },
  ),
  ev(
    'CeasefireViolationReported',
    'viol-ermolaos',
    { occurredAt: '1974-07-26T03:00:00Z', precision: 'approximate', recordedAt: at('07-26', '12:15') },
    {
      ceasefireId: C.july22,
      allegedBy: 'united-nations',
      against: 'turkiye',
      description: 'Turkish tanks overrun two National Guard positions at Ayios Ermolaos; no toll given.',
    },
    [S.sitrep20],
    { occurrence: O.ermolaos },
  ),
  // Recorded when TIME's account appeared, dated when they happened.
  ev(
    'DemandTabled',
    'dem-terms',
    { occurredAt: '1974-07-17', recordedAt: at('07-29', '09:00') },
    {
      demandId: D.terms,
      by: 'turkiye',
      addressedTo: ['greece', 'cyprus'],
      text: 'Withdraw the Greek officers from the island; the coup regime is not recognised and the constitutional order of 1960 must be restored.',
      category: 'political',
    },
    [S.time29Jul],
    { note: "Ecevit's terms in London (17–18 July), with Wilson, Callaghan and Sisco." },
  ),
  ev(
    'UltimatumIssued',
    'ult-london',
    { occurredAt: '1974-07-18', precision: 'approximate', recordedAt: at('07-29', '09:05') },
    {
      ultimatumId: U.london,
      by: 'turkiye',
      to: ['greece', 'cyprus'],
      demandIds: [D.terms],
      consequences:
        'Unless his terms were met, Turkey would exercise its treaty rights to move into the island and restore its independence.',
      channel: 'Ecevit in London, to the British government and the US envoy Sisco',
    },
    [S.time29Jul],
    { note: 'TIME: "when the Turkish ultimatum began to run out"; no deadline is given in the account read.' },
  ),
  ev(
    'UltimatumResolved',
    'ult-london-enforced',
    { occurredAt: '1974-07-20T02:30:00Z', precision: 'approximate', recordedAt: at('07-29', '09:10') },
    {
      ultimatumId: U.london,
      resolution: 'enforced',
      summary: 'The landing near Kyrenia: the Greek officers had not been withdrawn, and Turkey moved in.',
    },
    [S.time29Jul],
  ),
  // ===== The Geneva declaration, 30 July =====
  ev(
    'TalksRoundConcluded',
    'round-geneva1-concluded',
    { occurredAt: '1974-07-30T20:00:00Z', recordedAt: at('07-31', '14:00') },
    {
      roundId: R.geneva1,
      outcome: 'agreement',
      summary:
        'The Geneva declaration: the areas held at 22:00 Geneva time are not to be extended; a security zone at the limit of the Turkish-held area; the Turkish enclaves held by Greek or Greek Cypriot forces evacuated; talks to resume on 8 August with the two communities.',
    },
    [S.genevaDeclaration, S.londonJul31],
    { occurrence: O.geneva },
  ),
  ev(
    'AgreementReached',
    'agr-geneva',
    { occurredAt: '1974-07-30T20:00:00Z', recordedAt: at('07-31', '14:05') },
    {
      agreementId: A.geneva,
      kind: 'ceasefire',
      roundId: R.geneva1,
      provisions: [
        'The areas controlled by opposing armed forces on 30 July at 22:00 Geneva time are not to be extended; all forces, including irregular forces, to desist from all offensive or hostile activities',
        'A security zone at the limit of the areas occupied by the Turkish armed forces, its size set by Greece, Turkey and the United Kingdom with UNFICYP, entered by UNFICYP alone',
        'The Turkish enclaves occupied by Greek or Greek Cypriot forces evacuated at once and protected by UNFICYP',
        'Talks to resume in Geneva on 8 August, the Greek Cypriot and Turkish Cypriot communities invited',
      ],
      signatories: ['turkiye', 'greece', 'united-kingdom'],
      textPublic: true,
      status: 'signed',
    },
    [S.genevaDeclaration, S.londonJul31],
    { occurrence: O.geneva, note: 'Signed by the three foreign ministers; the Republic is not a signatory.' },
  ),
  ev(
    'CeasefireExtended',
    'cf-july22-geneva',
    { occurredAt: '1974-07-30T20:00:00Z', recordedAt: at('07-31', '14:10') },
    {
      ceasefireId: C.july22,
      duration: 'indefinite',
      terms:
        'Reaffirmed by the Geneva declaration: no extension of the areas held at 22:00 Geneva time on 30 July, no offensive or hostile activity, a UN-patrolled security zone.',
    },
    [S.genevaDeclaration, S.londonJul31],
    { occurrence: O.geneva },
  ),
  ev(
    'TalksRoundScheduled',
    'round-geneva2-scheduled',
    { occurredAt: '1974-07-30T20:00:00Z', recordedAt: at('07-31', '14:15') },
    {
      roundId: R.geneva2,
      label: "Guarantors' conference, second stage, with the two communities (Geneva)",
      venue: 'Geneva',
      format: 'formal',
      hosts: ['united-kingdom'],
      plannedFor: '1974-08-08',
    },
    [S.londonJul31],
    { occurrence: O.geneva },
  ),
  // ===== The second Geneva conference and its collapse, 8–14 August =====
  ev(
    'TalksRoundOpened',
    'round-geneva2-opened',
    { occurredAt: '1974-08-08', recordedAt: at('08-14', '06:00') },
    {
      roundId: R.geneva2,
      delegations: [
        { actorId: 'turkiye', head: GUNES },
        { actorId: 'cyprus', head: CLERIDES },
        { actorId: 'greece', head: MAVROS },
        { actorId: 'united-kingdom', head: CALLAGHAN },
        { actorId: 'turkish-cypriots', head: DENKTAS },
      ],
    },
    [S.pressAug14],
  ),
  ev(
    'DemandTabled',
    'dem-cantons',
    { occurredAt: '1974-08-12', recordedAt: at('08-14', '06:05') },
    {
      demandId: D.cantons,
      by: 'turkiye',
      addressedTo: ['cyprus', 'greece'],
      text: "Decide on Güneş's plan for the island's constitutional future: a cantonal federation, six Turkish Cypriot cantons with their own administration, language and police, one of them the Turkish-held area around Kyrenia (about 34–35% of the island).",
      category: 'territorial',
    },
    [S.pressAug14],
  ),
  ev(
    'StatementMade',
    'stmt-gunes-aug12',
    { occurredAt: '1974-08-12T20:00:00Z', precision: 'approximate', recordedAt: at('08-14', '06:10') },
    {
      speaker: GUNES,
      audience: 'cyprus',
      tone: 'warning',
      summary:
        'The conference will end today if Mavros and Clerides do not take a decision on his plan; persuaded by Callaghan, with Kissinger on the telephone to Ecevit, not to leave that night.',
    },
    [S.pressAug14],
  ),
  ev(
    'PositionTaken',
    'pos-clerides-cantons',
    { occurredAt: '1974-08-13', recordedAt: at('08-14', '06:15') },
    {
      demandId: D.cantons,
      actorId: 'cyprus',
      stance: 'counter-proposed',
      conditions:
        'Clerides works through the night on counter-proposals that, Mavros says, vary considerably from Güneş\'s; more autonomy for the Turkish Cypriots, not "a geographical base".',
      speaker: CLERIDES,
    },
    [S.pressAug14],
  ),
  ev(
    'UltimatumIssued',
    'ult-24-hours',
    { occurredAt: '1974-08-13', recordedAt: at('08-14', '06:20') },
    {
      ultimatumId: U.hours24,
      by: 'turkiye',
      to: ['greece', 'cyprus'],
      demandIds: [D.cantons],
      deadline: '1974-08-14',
      consequences:
        'The conference ends; the Turkish proposals for the constitutional future of Cyprus to be accepted within 24 hours.',
      channel: 'Ecevit in Ankara; Güneş at the conference',
    },
    [S.pressAug14],
  ),
  ev(
    'TalksRoundConcluded',
    'round-geneva2-collapsed',
    { occurredAt: '1974-08-14T01:00:00Z', precision: 'approximate', recordedAt: at('08-15', '08:00') },
    {
      roundId: R.geneva2,
      outcome: 'collapsed',
      summary:
        'The talks broke down early on 14 August when Turkey refused a recess of 36–48 hours for the Greek and Greek Cypriot delegations to consult their governments; Callaghan: "I cannot believe that the peace of the eastern Mediterranean depends on 36 hours."',
    },
    [S.apAug15],
    { occurrence: O.collapse },
  ),
  ev(
    'UltimatumResolved',
    'ult-24-hours-enforced',
    { occurredAt: '1974-08-14T02:00:00Z', precision: 'approximate', recordedAt: at('08-15', '08:05') },
    {
      ultimatumId: U.hours24,
      resolution: 'enforced',
      summary: 'Hours after the collapse, Turkish forces attack at dawn from their positions in the north.',
    },
    [S.apAug15],
  ),
  ev(
    'CeasefireEnded',
    'cf-july22-ended',
    { occurredAt: '1974-08-14T02:00:00Z', precision: 'approximate', recordedAt: at('08-15', '08:10') },
    {
      ceasefireId: C.july22,
      reason: 'collapsed',
      summary: "An analyst's reading: nobody renounced it, but Turkey's offensive of 14 August ended it.",
    },
    [S.apAug15],
  ),
  ev(
    'IncidentReported',
    'inc-nicosia-aug14',
    { occurredAt: '1974-08-14T02:00:00Z', precision: 'approximate', recordedAt: at('08-15', '08:15') },
    {
      incidentId: 'nicosia-1974-08-14',
      kind: 'airstrike',
      perpetrator: 'turkiye',
      against: 'cyprus',
      place: 'Nicosia',
      scale: 'major',
      description:
        'Attila II: the first bombs hit military and industrial areas around Nicosia at 5 a.m., a few hours after the talks collapsed, then a daylong battle in and around the capital; Turkish troops and tanks overrun a Greek Cypriot military airfield eight miles east of Nicosia. The New York Times: no reports of casualties among the Greek Cypriots or the Turks (three Austrian UN soldiers killed).',
    },
    [S.apAug15, S.nytAug15],
  ),
  ev(
    'IncidentReported',
    'inc-famagusta-aug14',
    { occurredAt: '1974-08-14T05:00:00Z', precision: 'approximate', recordedAt: at('08-15', '08:20') },
    {
      incidentId: 'famagusta-1974-08-14',
      kind: 'airstrike',
      perpetrator: 'turkiye',
      against: 'cyprus',
      place: 'Famagusta',
      description:
        'Air raids on Famagusta; Turkish armour drives east to within five miles of the town, and west toward Lefka, apparently to split the island along the "Attila line".',
    },
    [S.apAug15],
  ),
  ev(
    'CeasefireDeclared',
    'cf-nicosia',
    { occurredAt: '1974-08-14T12:00:00Z', precision: 'approximate', recordedAt: at('08-15', '08:25') },
    {
      ceasefireId: C.nicosia,
      parties: ['turkiye', 'cyprus'],
      scope: 'The Nicosia area only, announced by a UN spokesman; the fighting in the capital fell off shortly after',
      coverage: 'partial',
      duration: 'indefinite',
      mediatedBy: ['united-nations'],
    },
    [S.apAug15],
    { note: 'No indication that the Turks would stop advancing elsewhere (AP).' },
  ),
  ev(
    'IncidentReported',
    'inc-nicosia-west-aug15',
    { occurredAt: '1974-08-15T09:00:00Z', precision: 'approximate', recordedAt: at('08-15', '16:00') },
    {
      incidentId: 'nicosia-west-1974-08-15',
      kind: 'clash',
      perpetrator: 'turkiye',
      allegedBy: 'united-states',
      against: 'cyprus',
      place: 'Nicosia',
      description:
        'By the US embassy, as of noon Turkish armour moves against the western edge of Nicosia, where the Greek contingent is, apparently to secure the Morphou road at the northern edge of the airport; contested in the area and by artillery fire from Strovolos. The thrust east progresses toward Famagusta.',
    },
    [S.nicosiaAug15],
    { occurrence: O.nicosiaAug15 },
  ),
  ev(
    'CeasefireViolationReported',
    'viol-nicosia-aug15',
    { occurredAt: '1974-08-15T09:00:00Z', precision: 'approximate', recordedAt: at('08-15', '16:05') },
    {
      ceasefireId: C.nicosia,
      allegedBy: 'united-states',
      against: 'turkiye',
      description:
        'Turkish armour and artillery fire on the western edge of Nicosia the day after the local ceasefire; no toll given.',
    },
    [S.nicosiaAug15],
    { occurrence: O.nicosiaAug15 },
  ),
  ev(
    'StatementMade',
    'stmt-callaghan-aug14',
    { occurredAt: '1974-08-14', recordedAt: at('08-17', '12:00') },
    {
      speaker: CALLAGHAN,
      audience: 'turkiye',
      tone: 'critical',
      summary:
        'Blames the collapse on Turkey\'s refusal of the recess: "it would have been possible to work out a solution".',
    },
    [S.fofAug17],
    { occurrence: O.collapse },
  ),
  // ===== Morphou, the ceasefire of 16 August =====
  ev(
    'IncidentReported',
    'inc-morphou-aug16',
    { occurredAt: '1974-08-16T04:00:00Z', precision: 'approximate', recordedAt: at('08-24', '12:00') },
    {
      incidentId: 'morphou-1974-08-16',
      kind: 'clash',
      perpetrator: 'turkiye',
      against: 'cyprus',
      place: 'Morphou',
      description:
        'Turkish troops seize Morphou early on 16 August, then Lefka, Limnitis and Karavostasi on Morphou Bay; Turkey now holds the north from Famagusta to Lefka.',
    },
    [S.fofAug24],
  ),
  ev(
    'IncidentReported',
    'inc-nicosia-aug16',
    { occurredAt: '1974-08-16T08:00:00Z', precision: 'approximate', recordedAt: at('08-24', '12:05') },
    {
      incidentId: 'nicosia-1974-08-16',
      kind: 'airstrike',
      perpetrator: 'turkiye',
      against: 'cyprus',
      place: 'Nicosia',
      description:
        'Heavy Turkish air strikes and artillery fire on Nicosia: Clerides leaves the capital for six hours for Limassol; gunfire across the Green Line forces the evacuation of the British High Commission.',
    },
    [S.fofAug24],
  ),
  ev(
    'CeasefireDeclared',
    'cf-aug16',
    { occurredAt: '1974-08-16T18:00:00Z', precision: 'approximate', recordedAt: at('08-24', '12:10') },
    {
      ceasefireId: C.aug16,
      parties: ['turkiye'],
      scope: 'Turkish forces on Cyprus, at the line reached from Famagusta to Lefka',
      coverage: 'all-hostilities',
      duration: 'indefinite',
    },
    [S.fofAug24],
    {
      note: 'Announced by Turkey alone, "unilaterally", with its willingness to resume talks in Geneva; the hour is not given in the sources read (see the header).',
    },
  ),
  ev(
    'CeasefireEnded',
    'cf-nicosia-superseded',
    { occurredAt: '1974-08-16T18:00:00Z', precision: 'approximate', recordedAt: at('08-24', '12:12') },
    {
      ceasefireId: C.nicosia,
      reason: 'superseded',
      summary:
        "An analyst's reading: the UN's truce for the Nicosia area, broken the next day on the city's western edge, gives way to the ceasefire Turkey announced for the whole island.",
    },
    [S.fofAug24],
  ),
  ev(
    'StatementMade',
    'stmt-turkey-talks-aug16',
    { occurredAt: '1974-08-16T18:00:00Z', precision: 'approximate', recordedAt: at('08-24', '12:15') },
    {
      speaker: ECEVIT,
      audience: 'greece',
      tone: 'neutral',
      summary:
        "Turkey declares itself willing to resume the negotiations in Geneva with Greece and Britain on the island's political future; Greece refuses the same day.",
    },
    [S.fofAug24],
  ),
  ev(
    'IncidentReported',
    'inc-nicosia-aug17',
    { occurredAt: '1974-08-17', precision: 'approximate', recordedAt: at('08-24', '12:20') },
    {
      incidentId: 'south-of-nicosia-1974-08-17',
      kind: 'clash',
      perpetrator: 'turkiye',
      against: 'cyprus',
      place: 'Nicosia',
      description:
        'Despite the ceasefire announcement, Turkish troops go on fighting south of Nicosia; by 18 August the ceasefire "actually began to hold", Turkey holding an estimated 40% of the island.',
    },
    [S.fofAug24],
  ),
  // ===== After the war: prisoners and humanitarian talks (the Republic and the Turkish Cypriot leadership) =====
  ev(
    'TalksRoundOpened',
    'round-ledra-opened',
    { occurredAt: '1974-11-11', recordedAt: at('11-13', '10:00') },
    {
      roundId: R.ledra,
      label: 'Clerides – Denktaş talks on humanitarian matters (Ledra Palace)',
      venue: 'Ledra Palace, UN conference area, Nicosia',
      format: 'formal',
      hosts: ['united-nations'],
      delegations: [
        { actorId: 'cyprus', head: CLERIDES },
        { actorId: 'turkish-cypriots', head: DENKTAS },
      ],
    },
    [S.nicosiaNov12],
  ),
  ev(
    'TalksRoundConcluded',
    'round-ledra-concluded',
    { occurredAt: '1974-11-11', recordedAt: at('11-13', '10:05') },
    {
      roundId: R.ledra,
      outcome: 'progress',
      summary:
        '"Considerable progress on a number of humanitarian issues, including the question of missing persons": the evacuation of the Greek Cypriots of Gypsos and Voni (any who wish may stay), movements on medical and compassionate grounds; next meeting 18 November.',
    },
    [S.nicosiaNov12],
  ),
  ev(
    'AgreementReached',
    'agr-prisoners',
    { occurredAt: '1974-09', recordedAt: at('12-15', '10:00') },
    {
      agreementId: A.prisoners,
      kind: 'partial',
      provisions: [
        'Release and repatriation of the prisoners and detainees held on each side, on the practical proposals of the ICRC',
        'Assistance to the Greek Cypriot civilians who remained in the northern area',
      ],
      signatories: ['cyprus', 'turkish-cypriots'],
      textPublic: false,
    },
    [S.icrcReview],
    {
      note: 'Made in the talks between Clerides and Denktaş at the Ledra Palace with the UN and the ICRC; the day is not given in the account read (dated by month). Turkey is not a signatory.',
    },
  ),
  // ===== Vienna, 1975 =====
  ev(
    'TalksRoundOpened',
    'round-vienna3-opened',
    { occurredAt: '1975-07-31', recordedAt: rec('1975-08-03', '10:00') },
    {
      roundId: R.vienna3,
      label: 'Intercommunal talks, third round (Vienna)',
      venue: 'Vienna',
      format: 'formal',
      hosts: ['united-nations'],
      delegations: [
        { actorId: 'cyprus', head: CLERIDES },
        { actorId: 'turkish-cypriots', head: DENKTAS },
      ],
    },
    [S.viennaAug2],
    { note: 'Under Secretary-General Waldheim.' },
  ),
  ev(
    'TalksRoundConcluded',
    'round-vienna3-concluded',
    { occurredAt: '1975-08-02', recordedAt: rec('1975-08-03', '10:05') },
    {
      roundId: R.vienna3,
      outcome: 'agreement',
      summary:
        'Waldheim: a "new, constructive spirit" and "an important breakthrough": the five points on the movement of population; preliminary discussion of the powers of a federal government; a fourth round set for an early date.',
    },
    [S.viennaAug2],
    { occurrence: O.vienna },
  ),
  ev(
    'AgreementReached',
    'agr-vienna3',
    { occurredAt: '1975-08-02', recordedAt: rec('1975-08-03', '10:10') },
    {
      agreementId: A.vienna,
      kind: 'partial',
      roundId: R.vienna3,
      provisions: [
        'The Turkish Cypriots in the south may, if they wish, proceed north with their belongings under an organised programme with the assistance of UNFICYP',
        'The Greek Cypriots in the north are free to stay and will be given every help to lead a normal life (education, religion, medical care by their own doctors, freedom of movement)',
        'Greek Cypriots in the north who, at their own request and without pressure, wish to move south will be permitted to do so',
        'The United Nations will have free and normal access to Greek Cypriot villages and habitations in the north',
        'Priority to the reunification of families, which may involve the transfer of Greek Cypriots in the south to the north',
      ],
      signatories: ['cyprus', 'turkish-cypriots'],
      textPublic: true,
    },
    [graded(S.viennaAug2, 1)],
    { occurrence: O.vienna, note: 'The Republic and the Turkish Cypriot leadership; Turkey is not a signatory.' },
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'turkey-cyprus-1974.jsonl',
  logEnd: '1975-09-01T00:00:00Z',
  events,
};

export default definition;
