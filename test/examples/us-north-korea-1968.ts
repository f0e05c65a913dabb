/**
 * A test fixture, not a shipped example: the United States and North Korea
 * from North Korea's seizure of the USS Pueblo (23 January 1968) to the
 * release of its 82 surviving crewmen over the Bridge of No Return (23
 * December 1968), and on to the shootdown of the US Navy EC-121 (15 April
 * 1969) and the days after it — the US show of force (the Enterprise sent
 * toward Korea, 14,787 reservists called up), the demands on both sides (the
 * return of ship and crew and an apology; an apology, an admission of spying
 * and an assurance), the closed meetings of the Military Armistice
 * Commission's senior members at Panmunjom (Rear Admiral Smith, then Major
 * General Woodward, and Major General Pak Chung Kuk, from 2 February 1968),
 * the crew's confessions and North Korea's threats, the US counter-proposals
 * (regret "if" an intrusion were proved, a receipt, the "overwrite"), the
 * North Korean ambush of a UN Command truck near Panmunjom (14 April 1968),
 * the "final offer" and the apology signed after being repudiated. Escalation
 * model v2 was never tuned on it: it is the case the model is held to in
 * us-north-korea-1968.spec.ts, against the calls an analyst makes from
 * DOMAIN.md §5b alone. Separate from us-north-korea-1994.ts and
 * us-north-korea-2017.ts (other negotiations of the same pair, nothing of
 * theirs recorded here).
 *
 * What it tests: a ship seized with its crew (a `detention`, held eleven
 * months and ended by the holder's `release`); months of talks at fixed
 * meetings while the crew is held; threats and a show of force; demands that
 * each side refuses; a release with no agreement being carried out after it;
 * and, after it, two North Korean attacks on US forces, the second killing 31.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source.
 *
 * Grading as in examples/README.md: A = the official record (the State
 * Department's Foreign Relations of the United States, 1964–68 vol. XXIX, the
 * embassy's telegrams on each Panmunjom meeting, dated as the documents they
 * print, as in us-iran-1979.ts); B = established outlet or wire copy (Reuters
 * through NZPA in the Press, UPI, the New York Times and Washington Star
 * clippings in the CIA reading room, Time, Stars and Stripes, Politico, ABC
 * News, HistoryNet); C = smaller outlet, veterans' association, or
 * reference page (dated, as the other cases do, by the development it is
 * cited for when it carries no date); D = North Korea's own propaganda copy;
 * Where an online retrospective shows no date of its own, the published date
 * is taken from its address or context (ROK Drop: March 2009 from its URL;
 * ABC News: the day after North Korea's threat of 25 September 2017 that the
 * story answers; HistoryNet: the 2021 anniversary piece); Time's report is
 * dated to its issue (3 January 1969).
 * 2 = an on-record statement or act several outlets agree on, or one
 * established outlet or the official record reports; 3 = one side's
 * unverified claim.
 *
 * Judgement calls, recorded as an analyst would:
 * - The pair is the United States and North Korea. The Blue House raid (21
 *   January 1968) is North Korea's attack on South Korea, a third party; the
 *   three American soldiers the Korean War Educator's table counts among the
 *   dead of the manhunt are kept in its description, not recorded as an act
 *   against the United States. South Korea, the Soviet Union and the UN
 *   Command are third parties. Admiral Smith and General Woodward sat as the
 *   UN Command's senior member of the Military Armistice Commission, but at
 *   the closed meetings they spoke for the US government (Woodward on 8 May:
 *   "he represents United States Govt with full authority"), so what they
 *   said there is the United States'; Smith's protest of the raid at the
 *   261st MAC meeting is the UN Command's.
 * - The seizure (23 January 1968): North Korean patrol boats fired on the
 *   Pueblo, which did not return fire (the Pueblo radioed that it did not
 *   fire its weapons), killing Fireman Duane Hodges and wounding several;
 *   fire was not exchanged, so it is `lethal-force` (force that kills, used
 *   on the other's people, short of fighting between the two), not a clash.
 *   The crew's being taken and held is North Korea's `detention`, recorded at
 *   the place of the seizure ("Sea of Japan off Wonsan"), ended by its
 *   `release` on 23 December at the Bridge of No Return (no detention is
 *   recorded at that place, so the release ends North Korea's detention of
 *   the United States' people). The ship was never returned: the release
 *   ends the detention of the crew; the ship's keeping stays in the
 *   description and in the demand left unmet.
 * - The Enterprise sent toward Korea (24 January) and the reservists called
 *   up (25 January; with the fighters and bombers flown to South Korea that
 *   Pak complained of on 4 February, Operation Combat Fox) are US
 *   `force-posture`. No US threat of war is recorded: no on-record US
 *   statement of the period read names force; North Korea's later accounts of
 *   US threats to bomb are its own (not recorded as US acts).
 * - Kim Il Sung's "retaliation for retaliation, all-out war for all-out war"
 *   is known from North Korean copy only (D3), without a day; it is dated to
 *   his speech of 8 February 1968 (the KPA's anniversary), `approximate`, and
 *   is a `military-threat`.
 * - The closed meetings are rounds numbered as the embassy's telegrams number
 *   them; not all 28 are recorded, only those whose telegram was found (1st,
 *   7th, 12th, 14th, 15th, 16th, 17th, 21st, 23rd, 24th, 26th) and the last,
 *   the signing of 23 December. Each is opened and concluded the same day,
 *   one occurrence. Outcomes: `no-progress` for the stalemates, `progress`
 *   for 10 October (release arrangements discussed) and 17 December (North
 *   Korea accepts in principle the pre-repudiated apology), `agreement` for
 *   23 December (signed, crew released). No `AgreementReached` is recorded:
 *   the only document was North Korea's apology, signed by one side and
 *   repudiated by it beforehand; nothing was to be carried out after the
 *   release.
 * - Demands: the US — return of the ship and crew (24 January), an apology
 *   from North Korea (24 January); North Korea — a US apology, admission of
 *   espionage and intrusion, and an assurance (24 January, amended to the
 *   text of its document on 8 May). The US rejected the apology on 2 February
 *   (and at every meeting after), counter-proposed on 21 March (regret "for
 *   any violations" should they be proved) and 17 September (acknowledging
 *   receipt of the crew on a document, the "overwrite"), and on 23 December
 *   `accepted` it in form: Woodward signed, having read the statement that
 *   the document was false and that he signed only to free the crew
 *   (conditions kept in the position). North Korea `rejected` the US apology
 *   demand (24 January) and made the crew's return `conditional` on the
 *   apology (16 February, restated 17 September); the ship "cannot be
 *   subject of discussion".
 * - The US "final offer" of the 26th meeting (17 December, the embassy's
 *   instructions of 11 December: unless one of two proposals is accepted
 *   promptly so that the men can be home by Christmas, the offers are
 *   withdrawn and this Administration will make no further offer) is an
 *   ultimatum with no stated deadline, `complied` with on 23 December. The
 *   26th meeting's day is taken from Katzenbach's "last night (Washington
 *   time)": `approximate`.
 * - North Korea's broadcasts of the crew's "confessions" (Bucher's from 24
 *   January) are accusations; its broadcast of 2 April threatening that the
 *   crew would be tried and punished is a `threat` (not of war), the State
 *   Department's answer a `warning`. Pak's "our patience has its limit" (21
 *   March) is a `warning`.
 * - The ambush of 14 April 1968: North Korean soldiers machine-gunned a UN
 *   Command truck carrying JSA relief guards about 800 m south of the Joint
 *   Security Area; two US soldiers and two (Stars and Stripes) to four (the
 *   DMZ tour page) South Korean soldiers killed, two Americans wounded: a
 *   `clash` by North Korea against the United States (its soldiers the
 *   target), fatalities 4–6. The other serious DMZ incidents of 1968 (17 US
 *   soldiers killed in the year by the Korean War Educator's table) have no
 *   dated report found and are not filled in: the record is thinner than the
 *   DMZ's violence.
 * - 15 March 1969: North Korean fire on a UN Command work party replacing a
 *   demarcation-line marker (one American killed, two wounded; one source):
 *   a `clash`, C2.
 * - The EC-121 (15 April 1969): two North Korean MiG-21s shot down the US
 *   Navy reconnaissance aircraft over the Sea of Japan, about 90 miles off
 *   the coast, killing all 31 aboard: an `airstrike` by North Korea against
 *   the United States (an air attack on the other's forces). North Korea's
 *   claim that the plane intruded is a statement, `approximate` ("later");
 *   Nixon's news conference (18 April: flights to continue, and be
 *   protected) a `warning`; the naval demonstration in the Sea of Japan "a
 *   few days later" a `force-posture`, `approximate` (20 April). The 1953
 *   armistice is not recorded as a ceasefire of these talks: it is the
 *   backdrop of both sides' acts, no development of this negotiation.
 * - Left out for want of a dated source found in time: the meetings not
 *   named above, the Vance mission to Seoul (February 1968), the Security
 *   Council's debate after 26–27 January, the Enterprise's leaving the area,
 *   the naval court of inquiry (January–May 1969), and the reconnaissance
 *   flights resumed with escorts (late April 1969).
 */
import type { Actor, NegotiationEvent, Person, Source } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, retrospectiveClock, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'us-north-korea-1968';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 1968);
const when = retrospectiveClock('2026-12-06T22:00:00Z');

const USA: Actor = {
  id: 'united-states',
  name: 'United States of America',
  kind: 'state',
  aliases: ['US', 'United States', 'Washington'],
};
const DPRK: Actor = {
  id: 'north-korea',
  name: "Democratic People's Republic of Korea",
  kind: 'state',
  aliases: ['North Korea', 'DPRK', 'Pyongyang'],
};
const ROK: Actor = {
  id: 'south-korea',
  name: 'Republic of Korea',
  kind: 'state',
  aliases: ['South Korea', 'ROK', 'Seoul'],
};
const USSR: Actor = {
  id: 'soviet-union',
  name: 'Union of Soviet Socialist Republics',
  kind: 'state',
  aliases: ['Soviet Union', 'USSR', 'Moscow'],
};
const UNC: Actor = {
  id: 'un-command',
  name: 'United Nations Command',
  kind: 'international-organisation',
  aliases: ['UN Command', 'UNC'],
};

const SMITH: Person = {
  name: 'John Victor Smith',
  title: 'Rear Admiral, senior member of the Military Armistice Commission (UN Command side)',
  actorId: 'united-states',
};
const SMITH_UNC: Person = { ...SMITH, actorId: 'un-command' };
const WOODWARD: Person = {
  name: 'Gilbert H. Woodward',
  title: 'Major General, senior member of the Military Armistice Commission (UN Command side)',
  actorId: 'united-states',
};
const PAK: Person = {
  name: 'Pak Chung Kuk',
  title: "Major General, North Korea's senior member of the Military Armistice Commission",
  actorId: 'north-korea',
};
const KIM: Person = { name: 'Kim Il Sung', title: 'Premier of North Korea', actorId: 'north-korea' };
const DPRK_MEDIA: Person = { name: 'North Korean state radio and news agency', actorId: 'north-korea' };
const GOLDBERG: Person = {
  name: 'Arthur J. Goldberg',
  title: 'US Ambassador to the United Nations',
  actorId: 'united-states',
};
const STATE_DEPT: Person = { name: 'US Department of State', actorId: 'united-states' };
const RUSK: Person = { name: 'Dean Rusk', title: 'Secretary of State', actorId: 'united-states' };
const NIXON: Person = { name: 'Richard Nixon', title: 'President of the United States', actorId: 'united-states' };

const FRUS = 'Foreign Relations of the United States, 1964–1968, vol. XXIX, part 1, Korea (Office of the Historian)';
const frus = (doc: number, title: string, date: string) =>
  source(
    `${title} (FRUS 1964–68 XXIX-1, doc. ${doc})`,
    FRUS,
    `https://history.state.gov/historicaldocuments/frus1964-68v29p1/d${doc}`,
    date,
    'A',
    2,
  );

const S = {
  reporterNews: source(
    'Today in history: North Koreans capture U.S. Navy vessel',
    'Abilene Reporter-News (AP)',
    'https://www.reporternews.com/story/opinion/2016/01/23/today-in-history-north-koreans-capture-us-navy-vessel/92061970/',
    '2016-01-23',
    'B',
    2,
  ),
  politico: source(
    'North Korea releases crew of USS Pueblo, Dec. 23, 1968',
    'Politico',
    'https://www.politico.com/story/2017/12/23/this-day-in-politics-dec-23-1968-303253',
    '2017-12-23',
    'B',
    2,
  ),
  washStarJan23: source(
    'N. Korean patrol boats seize U.S. spy ship with 83 aboard (Washington Star, in the CIA reading room)',
    'Washington Star',
    'https://cia.gov/readingroom/document/06638269',
    '1968-01-23',
    'B',
    2,
  ),
  nytJan25: source(
    "North Korea and Russia rebuff U.S. efforts to free seized ship; captain's 'confession' is derided (New York Times, in the CIA reading room)",
    'The New York Times',
    'https://www.cia.gov/readingroom/document/cia-rdp70b00338r000200220059-8',
    '1968-01-25',
    'B',
    2,
  ),
  negotiationsPage: source(
    'Negotiations - 24 January 1968, Panmunjom, the DMZ Korea',
    'USS Pueblo Veterans Association',
    'http://usspueblo.org/Prisoners/Negotiations.html',
    '1968-01-24',
    'C',
    2,
  ),
  pressJan27: source(
    "Pueblo's capture: U.S. goes to U.N.; calls up 14,000 (N.Z.P.A.-Reuter)",
    'The Press (Christchurch), Papers Past',
    'https://paperspast.natlib.govt.nz/newspapers/CHP19680127.2.96',
    '1968-01-27',
    'B',
    2,
  ),
  timeFeb2: source(
    'Back in Uniform',
    'Time',
    'http://20.210.105.67/txt/time/Time1968/1968-02-02/837784.html',
    '1968-02-02',
    'B',
    2,
  ),
  kwe: source(
    'Serious Incidents on the DMZ',
    'The Korean War Educator',
    'http://thekwe.org/topics/dmz/p_dmz_serious_incidents.htm',
    '1968-01-21',
    'C',
    2,
  ),
  kweMar69: source(
    'Serious Incidents on the DMZ',
    'The Korean War Educator',
    'http://thekwe.org/topics/dmz/p_dmz_serious_incidents.htm',
    '1969-03-15',
    'C',
    2,
  ),
  songun: source(
    "DPRK's Reply",
    'UK Songun Politics Study Group (North Korean copy)',
    'https://uk-songun-2018.neocities.org/web.archive.org/web/20180430150652/http:/www.uk-songun.com:80/index.php%3Fp=1_749_DPRK-S-REPLY',
    '1968-02-08',
    'D',
    3,
  ),
  frusEd247: frus(247, 'Editorial Note on the first closed meeting', '1968-02-01'),
  frusFeb2: frus(
    254,
    'Telegram From the Embassy in Korea: summary of the Senior Members meeting of February 2',
    '1968-02-02',
  ),
  frusFeb4: frus(263, 'Telegram From the Embassy in Korea: summary of Panmunjom meeting February 4', '1968-02-04'),
  frusFeb16: frus(
    277,
    'Telegram From the Embassy in Korea: Seventh Senior MAC Members Meeting, February 16',
    '1968-02-16',
  ),
  frusMar21: frus(
    299,
    'Telegram From the Embassy in Korea: Twelfth Senior MAC Members Meeting, March 21',
    '1968-03-21',
  ),
  frusApr11: frus(
    303,
    'Telegram From the Embassy in Korea: Fourteenth Senior MAC Members Meeting, April 11',
    '1968-04-11',
  ),
  frusApr22: frus(
    305,
    'Telegram From the Embassy in Korea: Fifteenth Senior MAC Members Meeting, April 22',
    '1968-04-22',
  ),
  frusMay8: frus(306, 'Telegram From the Embassy in Korea: Sixteenth Senior MAC Members Meeting, May 8', '1968-05-08'),
  frusMay28: frus(
    309,
    'Telegram From the Embassy in Korea: Seventeenth Senior MAC Members Closed Meeting, May 28',
    '1968-05-28',
  ),
  frusSep17: frus(
    313,
    'Telegram From the Embassy in Korea: 21st Senior MAC Members Closed Meeting, Sept 17',
    '1968-09-17',
  ),
  frusOct10: frus(
    319,
    'Telegram From the Embassy in Korea: 23rd Senior MAC Members Closed Meeting, October 10',
    '1968-10-10',
  ),
  frusOct23: frus(321, 'Telegram From the Embassy in Korea: 24th Closed Meeting', '1968-10-23'),
  frusDec11: frus(325, 'Telegram From the Department of State: instructions for Twenty-Sixth Meeting', '1968-12-11'),
  frusDec17: frus(327, 'Memorandum From Katzenbach to Rusk: Pueblo negotiations', '1968-12-17'),
  upiApr3: source(
    'N. Korea warned (UPI), in The Daily Banner, Greencastle, 3 April 1968',
    'UPI',
    'https://newspapers.library.in.gov/?a=d&d=TDB19680403-01.1.1',
    '1968-04-03',
    'B',
    2,
  ),
  rokdrop: source(
    'DMZ Flashpoints: The Deadly 1968 Truck Ambush (Stars and Stripes report)',
    'ROK Drop',
    'http://www.rokdrop.net/2009/03/dmz-flashpoints-the-deadly-1968-truck-ambush/',
    '2009-03-01',
    'C',
    2,
  ),
  stripesAmbush: source(
    'DMZ ambush aftermath, 1968',
    'Stars and Stripes',
    'https://www.stripes.com/blogs/from-the-archives/dmz-ambush-aftermath-1968-1.630738',
    '2020-05-22',
    'B',
    2,
  ),
  time: source(
    "Nation: The Return of the Pueblo's Crew",
    'Time',
    'https://content.time.com/time/magazine/article/0,9171,900491,00.html',
    '1969-01-03',
    'B',
    2,
  ),
  pressDec26: source(
    'Pueblo crew back with families (N.Z.P.A.-Reuter)',
    'The Press (Christchurch), Papers Past',
    'https://paperspast.natlib.govt.nz/newspapers/CHP19681226.2.83',
    '1968-12-26',
    'B',
    2,
  ),
  freedomPage: source(
    '"Freedom!" 23 December 1968, the Bridge of No Return',
    'USS Pueblo Veterans Association',
    'http://gbppr.ddns.net/usspueblo/Freedom/Freedom.html',
    '1968-12-23',
    'C',
    2,
  ),
  abcEc121: source(
    'North Korea shot down a US plane in 1969, killing 31 Americans',
    'ABC News',
    'https://abcnews.go.com/amp/International/north-korea-shot-us-plane-1969-killing-31/story?id=50108838',
    '2017-09-26',
    'B',
    2,
  ),
  historynet: source(
    'Why did North Korea shoot down Deep Sea 129 recon plane?',
    'HistoryNet',
    'https://www.historynet.com/why-did-north-korea-shoot-down-deep-sea-129-recon-plane/',
    '2021-04-15',
    'B',
    2,
  ),
  calendarz: source(
    'EC-121 shootdown incident (On this day, 15 April)',
    'CalendarZ',
    'https://new.calendarz.com/on-this-day/april/15/ec-121-shootdown-incident',
    '1969-04-20',
    'C',
    3,
  ),
};

const D = {
  returnShipCrew: 'return-pueblo-and-crew',
  dprkApology: 'dprk-apology',
  usApology: 'us-apology-admission-assurance',
} as const;
const INC = {
  blueHouse: 'blue-house-raid-1968-01-21',
  seizure: 'pueblo-fired-on-1968-01-23',
  detention: 'pueblo-crew-held-1968-01-23',
  enterprise: 'enterprise-1968-01-24',
  reservists: 'reservists-1968-01-25',
  ambush: 'jsa-truck-ambush-1968-04-14',
  release: 'crew-released-1968-12-23',
  workParty: 'work-party-fired-on-1969-03-15',
  ec121: 'ec121-shot-down-1969-04-15',
  tf71: 'sea-of-japan-demonstration-1969-04',
} as const;
const PUEBLO = 'Sea of Japan off Wonsan';
const R = {
  m1: 'closed-meeting-01',
  m7: 'closed-meeting-07',
  m12: 'closed-meeting-12',
  m14: 'closed-meeting-14',
  m15: 'closed-meeting-15',
  m16: 'closed-meeting-16',
  m17: 'closed-meeting-17',
  m21: 'closed-meeting-21',
  m23: 'closed-meeting-23',
  m24: 'closed-meeting-24',
  m26: 'closed-meeting-26',
  m28: 'closed-meeting-28',
} as const;
const ULT = 'us-final-offer-1968-12';
const O = {
  mac261: 'mac-261-1968-01-24',
  goldberg: 'goldberg-1968-01-26',
  apr2: 'trial-threat-1968-04-02',
  signing: 'signing-1968-12-23',
} as const;

const VENUE = 'Neutral Nations Supervisory Commission conference room, Panmunjom';
const US_DELEGATION = (head: Person) => [
  { actorId: 'united-states', head },
  { actorId: 'north-korea', head: PAK },
];

/** One closed meeting held and ended the same day: opened and concluded, one occurrence. */
function meeting(
  key: string,
  roundId: string,
  occurredAt: string,
  label: string,
  head: Person,
  outcome: 'no-progress' | 'progress' | 'agreement',
  summary: string,
  sources: readonly Source[],
  precision?: 'approximate',
): NegotiationEvent[] {
  return [
    ev(
      'TalksRoundOpened',
      `${key}-opened`,
      when(occurredAt, precision),
      { roundId, label, venue: VENUE, format: 'formal', delegations: US_DELEGATION(head) },
      sources,
      { occurrence: roundId },
    ),
    ev('TalksRoundConcluded', `${key}-concluded`, when(occurredAt, precision), { roundId, outcome, summary }, sources, {
      occurrence: roundId,
    }),
  ];
}

const events: readonly NegotiationEvent[] = [
  // ===== 21–23 January 1968: the Blue House raid, the seizure =====
  ev(
    'NegotiationOpened',
    'opened',
    when('1968-01-21'),
    {
      negotiationId: NEGOTIATION_ID,
      title: 'United States – North Korea: the USS Pueblo, 1968',
      subject:
        "North Korea's seizure of the USS Pueblo and its crew (23 January 1968), the US show of force, the closed meetings at Panmunjom on the return of ship and crew, the apology North Korea demanded, the crew's release (23 December 1968), and the attacks on US forces that followed to April 1969.",
      parties: [USA, DPRK],
      mediators: [],
    },
    [S.politico, S.frusEd247],
  ),
  ev('ActorRegistered', 'actor-rok', when('1968-01-21'), { actor: ROK, role: 'third-party' }, [S.kwe]),
  ev(
    'IncidentReported',
    'blue-house-raid',
    when('1968-01-21'),
    {
      incidentId: INC.blueHouse,
      kind: 'militant-attack',
      perpetrator: 'north-korea',
      against: 'south-korea',
      target: 'President Park Chung-hee and the Blue House',
      place: 'Seoul',
      fatalities: { min: 26, max: 29 },
      injured: { min: 66, max: 69 },
      description:
        "A 31-man North Korean commando unit that crossed the DMZ to kill President Park is stopped about 800 m from the Blue House; in the firefight and manhunt 26 South Koreans are killed and 66 wounded (and, by the Korean War Educator's table, three American soldiers killed and three wounded); 28 of the raiders are killed and one captured.",
    },
    [S.kwe],
  ),
  ev(
    'IncidentReported',
    'seizure',
    when('1968-01-23T05:30:00Z'),
    {
      incidentId: INC.seizure,
      kind: 'lethal-force',
      perpetrator: 'north-korea',
      against: 'united-states',
      target: 'USS Pueblo (AGER-2) and its crew',
      place: PUEBLO,
      fatalities: { min: 1, max: 1 },
      injured: { min: 3, max: 10 },
      description:
        'North Korean patrol boats, with MiGs overhead, surround the intelligence ship Pueblo about 16–25 miles off the coast (in international waters by the US account), train their guns on it and demand its surrender; when it tries to leave they open fire, wounding several and mortally wounding Fireman Duane Hodges, board it and force it into Wonsan. The Pueblo radioed that it did not fire its weapons.',
    },
    [S.reporterNews, S.washStarJan23, S.politico],
  ),
  ev(
    'IncidentReported',
    'detention',
    when('1968-01-23T06:00:00Z'),
    {
      incidentId: INC.detention,
      kind: 'detention',
      perpetrator: 'north-korea',
      against: 'united-states',
      target: 'The 82 surviving crewmen of the USS Pueblo (and the ship)',
      place: PUEBLO,
      description:
        'The crew are bound and blindfolded at Wonsan, taken to Pyongyang, charged with spying inside the 12-mile limit and imprisoned; the ship is kept.',
    },
    [S.reporterNews, S.politico],
    {
      note: "North Korea's detention of the other party's people, held until their release on 23 December (see the header).",
    },
  ),
  // ===== 24–26 January: the demands, the confessions, the show of force =====
  ev('ActorRegistered', 'actor-unc', when('1968-01-24'), { actor: UNC, role: 'third-party' }, [S.negotiationsPage]),
  ev(
    'StatementMade',
    'stmt-smith-blue-house',
    when('1968-01-24T02:00:00Z'),
    {
      speaker: SMITH_UNC,
      audience: 'north-korea',
      tone: 'accusation',
      summary:
        "At the 261st meeting of the Military Armistice Commission, which he called, the UN Command's senior member protests the 'heinous' Blue House raid and plays the tape of a captured raider's confession.",
    },
    [S.negotiationsPage],
    { occurrence: O.mac261 },
  ),
  ev(
    'DemandTabled',
    'dem-return',
    when('1968-01-24T02:05:00Z'),
    {
      demandId: D.returnShipCrew,
      by: 'united-states',
      addressedTo: ['north-korea'],
      text: 'Return the USS Pueblo and its crew immediately.',
      category: 'humanitarian',
    },
    [S.negotiationsPage, S.nytJan25],
    { occurrence: O.mac261 },
  ),
  ev(
    'DemandTabled',
    'dem-dprk-apology',
    when('1968-01-24T02:05:00Z'),
    {
      demandId: D.dprkApology,
      by: 'united-states',
      addressedTo: ['north-korea'],
      text: 'Apologize to the Government of the United States for the illegal seizure (the US reserving the right to ask for compensation under international law).',
      category: 'political',
    },
    [S.negotiationsPage],
    { occurrence: O.mac261 },
  ),
  ev(
    'StatementMade',
    'stmt-pak-jan24',
    when('1968-01-24T02:20:00Z'),
    {
      speaker: PAK,
      audience: 'united-states',
      tone: 'accusation',
      summary:
        "Pak answers with insults to 'the war maniac Johnson' and charges that the US 'illegally infiltrated the armed spy ship Pueblo' into North Korea's coastal waters, where its naval vessels captured it.",
      quote: 'A mad dog barks at the moon.',
    },
    [S.negotiationsPage],
    { occurrence: O.mac261 },
  ),
  ev(
    'DemandTabled',
    'dem-us-apology',
    when('1968-01-24T02:25:00Z'),
    {
      demandId: D.usApology,
      by: 'north-korea',
      addressedTo: ['united-states'],
      text: 'Apologize for the intrusion of the spy ship into North Korean waters, admit its espionage and give assurance that it will not happen again.',
      category: 'political',
    },
    [S.negotiationsPage, S.frusFeb4],
    { occurrence: O.mac261 },
  ),
  ev(
    'PositionTaken',
    'pos-dprk-apology-rejected',
    when('1968-01-24T02:25:00Z'),
    { demandId: D.dprkApology, actorId: 'north-korea', stance: 'rejected', speaker: PAK },
    [S.negotiationsPage, S.frusFeb4],
    { occurrence: O.mac261 },
  ),
  ev(
    'StatementMade',
    'stmt-bucher-confession',
    when('1968-01-24'),
    {
      speaker: DPRK_MEDIA,
      audience: 'international',
      tone: 'accusation',
      summary:
        "Pyongyang broadcasts a 'confession' attributed to Commander Bucher that the Pueblo spied inside North Korea's waters; Washington derides it.",
    },
    [S.nytJan25],
  ),
  ev('ActorRegistered', 'actor-ussr', when('1968-01-24'), { actor: USSR, role: 'third-party' }, [S.nytJan25]),
  ev(
    'ThirdPartyEngagement',
    'tpe-ussr-rebuff',
    when('1968-01-24'),
    {
      actorId: 'soviet-union',
      counterparts: ['united-states'],
      kind: 'meeting',
      summary:
        'Asked by Ambassador Thompson in Moscow to use its good offices with North Korea, the Soviet government rebuffs the request.',
    },
    [S.nytJan25],
  ),
  ev(
    'IncidentReported',
    'enterprise',
    when('1968-01-24'),
    {
      incidentId: INC.enterprise,
      kind: 'force-posture',
      perpetrator: 'united-states',
      against: 'north-korea',
      target: 'North Korea',
      place: 'Sea of Japan',
      description:
        'The nuclear-powered carrier Enterprise and four destroyers, on their way to the Vietnam war area, are directed toward the waters off Korea.',
    },
    [S.nytJan25],
  ),
  ev(
    'IncidentReported',
    'reservists',
    when('1968-01-25'),
    {
      incidentId: INC.reservists,
      kind: 'force-posture',
      perpetrator: 'united-states',
      against: 'north-korea',
      target: 'North Korea',
      place: 'United States and South Korea',
      description:
        'President Johnson calls up 14,787 Air Force, Navy and Air National Guard reservists in 28 units; fighters and bombers are flown to South Korea (Operation Combat Fox) and US forces put on standby, as Pak complained on 4 February.',
    },
    [S.pressJan27, S.timeFeb2, S.frusFeb4],
  ),
  ev(
    'StatementMade',
    'stmt-goldberg',
    when('1968-01-26'),
    {
      speaker: GOLDBERG,
      audience: 'UN Security Council',
      tone: 'accusation',
      summary:
        "Asking for an urgent Security Council meeting, Goldberg accuses North Korea of 'wanton lawlessness' against a US vessel on the high seas and of 'increasingly dangerous and aggressive military actions'; the aim is the return of ship and crew by diplomatic means if possible.",
      quote: 'It is our desire to solve the crisis by diplomatic means if possible.',
    },
    [S.pressJan27],
    { occurrence: O.goldberg },
  ),
  // ===== February 1968: the closed meetings begin =====
  ...meeting(
    'm1',
    R.m1,
    '1968-02-02',
    'Panmunjom closed meeting 1',
    SMITH,
    'no-progress',
    'Smith asks for the return of ship and crew and the names of the dead and wounded; the ship did not enter North Korean waters until seized; no apologies or confessions should be mentioned. Pak draws him out and commits to nothing.',
    [S.frusFeb2, S.frusEd247],
  ),
  ev(
    'PositionTaken',
    'pos-us-apology-rejected-feb2',
    when('1968-02-02'),
    {
      demandId: D.usApology,
      actorId: 'united-states',
      stance: 'rejected',
      speaker: SMITH,
      quote: 'Time would be saved if neither side mentioned confessions, admissions, punishments or apologies.',
    },
    [S.frusFeb2],
    { occurrence: R.m1 },
  ),
  ev(
    'StatementMade',
    'stmt-pak-feb4',
    when('1968-02-04'),
    {
      speaker: PAK,
      audience: 'united-states',
      tone: 'accusation',
      summary:
        "At the second meeting Pak says the US created 'an atmosphere of compulsion' by sending the Pueblo into North Korean waters and threatening with armed force: the Seventh Fleet and the Enterprise near its territory, fighters and bombers in the South, troops on standby.",
    },
    [S.frusFeb4],
  ),
  ev(
    'StatementMade',
    'stmt-kim-all-out-war',
    when('1968-02-08', 'approximate'),
    {
      speaker: KIM,
      audience: 'united-states',
      tone: 'military-threat',
      summary:
        "Kim Il Sung answers the US show of force: North Korea will return 'retaliation for retaliation, all-out war for all-out war'; the country is put on a semi-war footing.",
      quote: "Return retaliation for 'retaliation' and all-out war for all-out war!",
    },
    [S.songun],
  ),
  ...meeting(
    'm7',
    R.m7,
    '1968-02-16',
    'Panmunjom closed meeting 7',
    SMITH,
    'no-progress',
    "Pak shows photostats of the crew's 'confessions' and the ship's documents; the crew can be returned early only if the US changes its attitude and apologizes; the ship 'cannot be subject of discussion'. Smith's statements are rejected as 'preposterous assertions'.",
    [S.frusFeb16],
  ),
  ev(
    'PositionTaken',
    'pos-dprk-return-conditional',
    when('1968-02-16'),
    {
      demandId: D.returnShipCrew,
      actorId: 'north-korea',
      stance: 'conditional',
      speaker: PAK,
      conditions:
        'The crew may be returned once the US apologizes and gives assurances; the ship will not be returned (no precedent for returning equipment used in espionage).',
    },
    [S.frusFeb16],
    { occurrence: R.m7 },
  ),
  // ===== March – May 1968: counter-proposals, threats, the ambush =====
  ...meeting(
    'm12',
    R.m12,
    '1968-03-21',
    'Panmunjom closed meeting 12',
    SMITH,
    'no-progress',
    "Pak restates that the crew's return can be considered after a proper apology and assurance; Smith offers that the US would express regret for any violation of North Korean waters should an investigation prove one.",
    [S.frusMar21],
  ),
  ev(
    'PositionTaken',
    'pos-us-apology-counter-mar21',
    when('1968-03-21'),
    {
      demandId: D.usApology,
      actorId: 'united-states',
      stance: 'counter-proposed',
      speaker: SMITH,
      conditions:
        'Regret for any violations of North Korean waters, should they be established by an investigation once the crew is returned.',
    },
    [S.frusMar21],
    { occurrence: R.m12 },
  ),
  ev(
    'StatementMade',
    'stmt-pak-patience',
    when('1968-03-21'),
    {
      speaker: PAK,
      audience: 'united-states',
      tone: 'warning',
      summary:
        'Should the US persist in its claim, North Korea will have no interest in further meetings; the US should know that its patience has its limit.',
      quote: 'our patience has its limit',
    },
    [S.frusMar21],
    { occurrence: R.m12 },
  ),
  ev(
    'StatementMade',
    'stmt-dprk-trial-threat',
    when('1968-04-02'),
    {
      speaker: DPRK_MEDIA,
      audience: 'united-states',
      tone: 'threat',
      summary:
        'North Korean radio broadcasts a letter attributed to Lieutenant Stephen Harris, of the Pueblo, read in Washington as a threat that the crewmen will be tried for espionage and executed.',
    },
    [S.upiApr3],
    { occurrence: O.apr2 },
  ),
  ev(
    'StatementMade',
    'stmt-state-apr2',
    when('1968-04-02'),
    {
      speaker: STATE_DEPT,
      audience: 'north-korea',
      tone: 'warning',
      summary:
        "Any move toward executing the Pueblo's crewmen would be 'a deliberate aggravation of an already serious situation'; the spokesman declines to say what the US might do.",
      quote: 'a deliberate aggravation of an already serious situation',
    },
    [S.upiApr3],
  ),
  ...meeting(
    'm14',
    R.m14,
    '1968-04-11',
    'Panmunjom closed meeting 14',
    SMITH,
    'no-progress',
    "Stalemate: Pak rejects the US proposal and demands a 'proper apology', and that the US write its document; Smith offers a draft receipt.",
    [S.frusApr11],
  ),
  ev(
    'IncidentReported',
    'ambush',
    when('1968-04-14T14:00:00Z'),
    {
      incidentId: INC.ambush,
      kind: 'clash',
      perpetrator: 'north-korea',
      against: 'united-states',
      target: 'UN Command truck carrying JSA relief guards',
      place: 'south of the Joint Security Area, Panmunjom',
      fatalities: { min: 4, max: 6 },
      injured: { min: 2, max: 2 },
      description:
        'About 23:00, North Korean soldiers ambush a UN Command truck about 800 m south of the Joint Security Area with machine-gun fire and grenades: Sgt James L. Anderson and Spc 4 Larry M. Wood and two (Stars and Stripes) to four (the DMZ tour account) South Korean soldiers killed, two Americans wounded. Pak denies any part in it.',
    },
    [S.rokdrop, S.stripesAmbush],
  ),
  ...meeting(
    'm15',
    R.m15,
    '1968-04-22',
    'Panmunjom closed meeting 15',
    SMITH,
    'no-progress',
    "Smith hands Pak a draft receipt he would sign at the release; Pak calls the request a 'shameless demand' and the crew spies caught in the act.",
    [S.frusApr22],
  ),
  ...meeting(
    'm16',
    R.m16,
    '1968-05-08',
    'Panmunjom closed meeting 16',
    WOODWARD,
    'no-progress',
    'Woodward, replacing Smith, says he represents the US government with full authority; Pak rejects the draft receipt and dictates the document of apology and assurance the US must sign.',
    [S.frusMay8],
  ),
  ev(
    'DemandAmended',
    'dem-us-apology-amended',
    when('1968-05-08'),
    {
      demandId: D.usApology,
      text: "Sign and submit North Korea's document: the US Government, acknowledging the validity of the crew's confessions and the evidence, admits the Pueblo's espionage and intrusions, apologizes for them, and assures that no US ship will intrude into North Korea's waters again.",
      reason: 'Pak presents the text of the document at the sixteenth meeting.',
    },
    [S.frusMay8],
    { occurrence: R.m16 },
  ),
  ...meeting(
    'm17',
    R.m17,
    '1968-05-28',
    'Panmunjom closed meeting 17',
    WOODWARD,
    'no-progress',
    'The US has not come with the document of apology and assurance: Pak says this shows it does not care for the crew and repeats that it must sign the document as demanded.',
    [S.frusMay28],
  ),
  // ===== September – October 1968: "sign and they go" =====
  ...meeting(
    'm21',
    R.m21,
    '1968-09-17',
    'Panmunjom closed meeting 21',
    WOODWARD,
    'no-progress',
    "North Korea states flatly that the crew will be released if the US signs and submits the 8 May document; Woodward speaks of acknowledging receipt of the crew on a document 'satisfactory to you'.",
    [S.frusSep17],
  ),
  ev(
    'PositionTaken',
    'pos-dprk-return-sep17',
    when('1968-09-17'),
    {
      demandId: D.returnShipCrew,
      actorId: 'north-korea',
      stance: 'conditional',
      speaker: PAK,
      conditions: 'The crew will be sent back only if the US signs the document of 8 May.',
    },
    [S.frusSep17],
    { occurrence: R.m21 },
  ),
  ev(
    'PositionTaken',
    'pos-us-apology-overwrite',
    when('1968-09-17'),
    {
      demandId: D.usApology,
      actorId: 'united-states',
      stance: 'counter-proposed',
      speaker: WOODWARD,
      conditions:
        "The 'overwrite': Woodward to write on the North Korean document that he acknowledges receipt of the crew, not to sign it as it is.",
    },
    [S.frusSep17, S.frusOct23],
    { occurrence: R.m21 },
  ),
  ...meeting(
    'm23',
    R.m23,
    '1968-10-10',
    'Panmunjom closed meeting 23',
    WOODWARD,
    'progress',
    'Practical details of the release are discussed: Pak hands over a North Korean plan for the release over the Bridge of No Return and the roster of the crew in their order of release.',
    [S.frusOct10],
  ),
  ...meeting(
    'm24',
    R.m24,
    '1968-10-23',
    'Panmunjom closed meeting 24',
    WOODWARD,
    'no-progress',
    "Pak calls the overwrite a 'petty stratagem' and asks whether the US will sign the document as it is; Woodward urges reconsideration.",
    [S.frusOct23],
  ),
  // ===== December 1968: the final offer, the signing, the release =====
  ...meeting(
    'm26',
    R.m26,
    '1968-12-17',
    'Panmunjom closed meeting 26',
    WOODWARD,
    'progress',
    "The US puts two proposals with a warning that unless one is accepted promptly they will be withdrawn; North Korea accepts 'in principle' the pre-repudiated apology — Woodward to read a statement repudiating the document just before signing it.",
    [S.frusDec17, S.frusDec11],
    'approximate',
  ),
  ev(
    'UltimatumIssued',
    'ult-final-offer',
    when('1968-12-17', 'approximate'),
    {
      ultimatumId: ULT,
      by: 'united-states',
      to: ['north-korea'],
      demandIds: [D.returnShipCrew],
      consequences:
        'Unless one of the two proposals is accepted promptly, so that the men can be home by Christmas, the proposals are withdrawn and this Administration makes no further offer (a Republican Administration would then have a free hand).',
      channel: 'at the 26th closed meeting, Panmunjom',
    },
    [S.frusDec11, S.frusDec17],
    { occurrence: R.m26 },
  ),
  ev(
    'StatementMade',
    'stmt-rusk-dec22',
    when('1968-12-22'),
    {
      speaker: RUSK,
      audience: 'international',
      tone: 'critical',
      summary:
        'Rusk announces that the crew will be freed: General Woodward will sign the North Korean document, which the US repudiates as false, only to free the crew.',
    },
    [S.time, S.frusDec17],
  ),
  ...meeting(
    'm28',
    R.m28,
    '1968-12-23T00:00:00Z',
    'Panmunjom closed meeting 28 (the signing)',
    WOODWARD,
    'agreement',
    'Woodward reads the statement that the US has maintained the Pueblo did nothing illegal and was never in North Korean waters, and that he signs the document to free the crew and only to free the crew; he signs, Pak has it dated, and the crew are to cross two hours later.',
    [S.time, S.politico],
  ),
  ev(
    'PositionTaken',
    'pos-us-apology-signed',
    when('1968-12-23T00:00:00Z'),
    {
      demandId: D.usApology,
      actorId: 'united-states',
      stance: 'accepted',
      speaker: WOODWARD,
      conditions:
        'Signed only to free the crew, after reading into the record that the document is false and the US admits none of it.',
      quote: 'I will sign the document to free the crew and only to free the crew.',
    },
    [S.time, S.politico],
    { occurrence: R.m28 },
  ),
  ev(
    'StatementMade',
    'stmt-pak-dec23',
    when('1968-12-23T00:00:00Z'),
    {
      speaker: PAK,
      audience: 'united-states',
      tone: 'accusation',
      summary:
        "Pak, ignoring the repudiation before the cameras: the documents admitting the crimes of the Pueblo's crew and apologizing for them will remain 'together with the shameful aggressive history of the U.S. imperialists'.",
    },
    [S.time],
    { occurrence: R.m28 },
  ),
  ev(
    'IncidentReported',
    'release',
    when('1968-12-23T02:30:00Z'),
    {
      incidentId: INC.release,
      kind: 'release',
      perpetrator: 'north-korea',
      against: 'united-states',
      target: 'The 82 surviving crewmen of the USS Pueblo (and the body of Fireman Hodges)',
      place: 'Bridge of No Return, Panmunjom',
      description:
        "Eleven months to the day after the seizure, the 82 walk one by one across the Bridge of No Return, Bucher first, Lt Murphy last; Hodges' body is handed over at mid-bridge. The ship stays in North Korea.",
    },
    [S.time, S.freedomPage, S.politico],
  ),
  ev(
    'UltimatumResolved',
    'ult-final-offer-complied',
    when('1968-12-23T02:30:00Z'),
    {
      ultimatumId: ULT,
      resolution: 'complied',
      summary: 'North Korea accepted the pre-repudiated apology and released the crew.',
    },
    [S.time],
  ),
  ev(
    'StatementMade',
    'stmt-us-retracts',
    when('1968-12-23T03:00:00Z'),
    {
      speaker: STATE_DEPT,
      audience: 'international',
      tone: 'critical',
      summary:
        'Once the last man is across the bridge, the US publicly retracts the admissions, the apology and the assurances of the signed document.',
    },
    [S.politico, S.pressDec26],
  ),
  // ===== 1969: the work party, the EC-121 =====
  ev(
    'IncidentReported',
    'work-party',
    when('1969-03-15'),
    {
      incidentId: INC.workParty,
      kind: 'clash',
      perpetrator: 'north-korea',
      against: 'united-states',
      target: 'UN Command work party at demarcation-line marker 0022',
      place: 'Military Demarcation Line marker 0022, DMZ',
      fatalities: { min: 1, max: 1 },
      injured: { min: 3, max: 3 },
      description:
        'North Korean troops fire on a UN Command work party that had just replaced a demarcation-line marker: one American killed, two Americans and one South Korean wounded.',
    },
    [S.kweMar69],
  ),
  ev(
    'IncidentReported',
    'ec121',
    when('1969-04-15T04:50:00Z'),
    {
      incidentId: INC.ec121,
      kind: 'airstrike',
      perpetrator: 'north-korea',
      against: 'united-states',
      target: 'US Navy EC-121M reconnaissance aircraft (VQ-1)',
      place: 'Sea of Japan, about 90 miles off the North Korean coast',
      fatalities: { min: 31, max: 31 },
      description:
        "Two North Korean MiG-21s shoot down the unarmed EC-121 over international waters on Kim Il Sung's birthday; all 31 aboard, 30 sailors and a Marine, are killed — the largest single loss of US aircrew in the Cold War.",
    },
    [S.abcEc121, S.historynet],
  ),
  ev(
    'StatementMade',
    'stmt-dprk-ec121',
    when('1969-04-15', 'approximate'),
    {
      speaker: DPRK_MEDIA,
      audience: 'united-states',
      tone: 'accusation',
      summary: 'North Korea claims the American plane was flying inside its 12-mile territorial limit.',
    },
    [graded(S.abcEc121, 3)],
  ),
  ev(
    'StatementMade',
    'stmt-nixon-apr18',
    when('1969-04-18'),
    {
      speaker: NIXON,
      audience: 'north-korea',
      tone: 'warning',
      summary:
        'Nixon refutes the intrusion claim with the tracking evidence and says the reconnaissance flights will continue, protected; no retaliation is announced.',
    },
    [S.abcEc121, S.historynet],
  ),
  ev(
    'IncidentReported',
    'tf71',
    when('1969-04-20', 'approximate'),
    {
      incidentId: INC.tf71,
      kind: 'force-posture',
      perpetrator: 'united-states',
      against: 'north-korea',
      target: 'North Korea',
      place: 'Sea of Japan',
      description:
        'A few days after the shootdown the US stages a naval demonstration in the Sea of Japan, carriers and other warships, soon withdrawn.',
    },
    [S.calendarz, S.abcEc121],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'us-north-korea-1968.jsonl',
  logEnd: '2026-12-07T00:00:00Z',
  events,
};

export default definition;
