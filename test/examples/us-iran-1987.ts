/**
 * A test fixture, not a shipped example: the United States and Iran in the
 * tanker war, from the first Earnest Will convoy (July 1987: Kuwaiti tankers
 * reflagged under the US flag and escorted by the US Navy) to the end of the
 * Iran–Iraq war (August 1988), as an analyst following the news could have
 * recorded them — the Bridgeton mined near Farsi Island (24 July 1987) and
 * the Pentagon's blame on Iran, the US helicopters' fire on the minelayer
 * Iran Ajr and the 26 crewmen held and sent home through Oman (21–26
 * September), the clash with Iranian patrol boats near Farsi Island (8
 * October), the Silkworm missile on the Sea Isle City (16 October) and
 * Operation Nimble Archer on the Rashadat (Rostam) platforms (19 October);
 * the USS Samuel B. Roberts mined (14 April 1988) and Operation Praying
 * Mantis (18 April 1988); the USS Vincennes's fight with Iranian speedboats
 * and its missiles on Iran Air 655 (3 July 1988, 290 killed), Iran's vows of
 * revenge, the US offer of compensation to the victims' families, the
 * helicopters' exchange of fire with Iranian gunboats (12 July), the
 * Security Council debate (14 July), Iran's acceptance of resolution 598 (17
 * July) and the Iran–Iraq ceasefire (20 August). Escalation model v2 was
 * never tuned on it: it is the case the model is held to in
 * us-iran-1987.spec.ts, against the calls an analyst makes from DOMAIN.md
 * §5b alone.
 *
 * The parties are the United States and Iran. No mediator: the two never
 * talked in this period (the return of the Iran Ajr's crew was arranged
 * through Oman, not in talks). Third parties: Kuwait (whose tankers were
 * reflagged), Iraq (at war with Iran), the UN Security Council (resolution
 * 598) and the Soviet Union (with ships in the Gulf, told before Praying
 * Mantis). Separate from us-iran-1979.ts (the hostage crisis), us-iran-2019.ts
 * and us-iran-2025.ts: nothing of theirs is recorded here.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source.
 *
 * Grading as in examples/README.md: B = an established outlet (AP, the Los
 * Angeles Times, the Chicago Tribune, the Sun-Sentinel, the Deseret News's
 * AP copy); C = an encyclopedia or a copy on another site (Wikipedia and its
 * mirrors, a Time article or a Los Angeles Times article on an archive site,
 * a Facts on File page); 2 = several sources agree or one established source
 * reports it; 3 = one side's claim, or a count the sources disagree on.
 *
 * Dates of sources: contemporary reports by their own date. Wikipedia (a
 * mirror) is given a lower bound from its own content: the day of the
 * development it is cited for, so that the analyst is taken to have known
 * it on its day from the press the encyclopedia summarises.
 *
 * Judgement calls, recorded as an analyst would:
 * - Mines: no incident kind fits a mine, and who laid one is not seen. As in
 *   the Thailand – Cambodia 2025 fixture, each mine strike is an attack of
 *   unknown perpetrator (`militant-attack`) against the United States (the
 *   Bridgeton sailed under the US flag in a US-escorted convoy; the Samuel
 *   B. Roberts is a US warship), not armed action between the parties; the
 *   blame is a statement of its own, dated when the United States laid it:
 *   the Pentagon's "almost certain" of 28 July 1987 (AP) for the Bridgeton,
 *   and Fitzwater's "its attack on the Roberts" with the "substantial
 *   evidence" of 18 April 1988 for the Roberts (on 14 April officials
 *   "declined to affix responsibility").
 * - The Iran Ajr: the helicopters' fire is a clash by the United States on
 *   an Iranian navy ship (3 dead, 2 missing: recorded as 3–5 killed); the 26
 *   crewmen taken are a `detention` by the United States, ended by its
 *   `release` in Muscat on 26 September, at the place written one way.
 * - The Sea Isle City: a Silkworm fired from the Iranian-held Faw peninsula
 *   at a US-flagged Kuwaiti tanker in Kuwaiti waters; Time: "assumed to be
 *   the work of Iran". Recorded as a missile strike by Iran as alleged by the
 *   United States, against the United States (the flag), harming Kuwait
 *   (the owner, its waters).
 * - Praying Mantis: four acts at three places, each written one way (the
 *   Sassan platform, the Sirri platform, the fight with the Iranian navy's
 *   ships in the southern Gulf). The ships' fight is `major`: the sources
 *   call it "a major confrontation" (Los Angeles Times, 19 April 1988), "a
 *   daylong naval battle" (Chicago Tribune) and "the largest of the four
 *   major U.S. surface engagements since the Second World War" (Wikipedia).
 *   The toll is Wikipedia's (45 killed on the Sahand, 11 on the Joshan: 56),
 *   graded 3 (the United States gave no count; other accounts say "at least
 *   fifty"). The two Marines of the Cobra that crashed are not counted as
 *   killed by Iran: the cause is unknown (Wikipedia), Iran claimed it.
 * - Iran Air 655: an error, not an act aimed at no one. The Vincennes fired
 *   at what its crew took for an attacking Iranian F-14, in the middle of a
 *   fight with Iranian speedboats: recorded as a missile strike by the
 *   United States `against` Iran (aimed at what was taken for Iran's
 *   warplane; the airliner and the 290 dead were Iran's), with its toll and
 *   all 290 civilians; not `harmed` (the catalogue keeps that for a party
 *   other than the one aimed at). The description says it was a mistake, as
 *   the US said; Iran called it deliberate.
 * - Iran's acceptance of resolution 598 and the Iran–Iraq ceasefire are
 *   recorded as what they are: the Council's demand to Iran and Iraq
 *   (tabled 20 July 1987), Iran's acceptance (17 July 1988), and a
 *   ceasefire whose parties are Iran and Iraq (from 03:00 GMT on 20
 *   August). The United States is not bound by it.
 * - No dated development between the pair after August 1988 was found in
 *   the time the research had (the ICAO report of December 1988, known only
 *   from a 2020 retrospective, is not recorded): the log ends with the
 *   ceasefire.
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'us-iran-1987';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 1988);
/** A recordedAt on a given day (the case spans two years). */
const rec = (day: string, time: string): string => `${day}T${time}:00Z`;

const USA: Actor = {
  id: 'united-states',
  name: 'United States of America',
  kind: 'state',
  aliases: ['US', 'United States', 'Washington'],
};
const IRAN: Actor = {
  id: 'iran',
  name: 'Islamic Republic of Iran',
  kind: 'state',
  aliases: ['Iran', 'Tehran'],
};
const KUWAIT: Actor = { id: 'kuwait', name: 'Kuwait', kind: 'state', aliases: ['State of Kuwait'] };
const IRAQ: Actor = { id: 'iraq', name: 'Iraq', kind: 'state', aliases: ['Baghdad'] };
const UNSC: Actor = {
  id: 'unsc',
  name: 'United Nations Security Council',
  kind: 'international-organisation',
  aliases: ['UN Security Council', 'Security Council'],
};
const USSR: Actor = { id: 'soviet-union', name: 'Soviet Union', kind: 'state', aliases: ['USSR', 'Moscow'] };

const FITZWATER: Person = { name: 'Marlin Fitzwater', title: 'White House spokesman', actorId: 'united-states' };
const PENTAGON: Person = { name: 'Pentagon officials', title: 'US Department of Defense', actorId: 'united-states' };
const REAGAN: Person = { name: 'Ronald Reagan', title: 'President of the United States', actorId: 'united-states' };
const BUSH: Person = {
  name: 'George H. W. Bush',
  title: 'Vice President of the United States',
  actorId: 'united-states',
};
const MOUSSAVI: Person = { name: 'Mir Hossein Moussavi', title: 'Prime Minister of Iran', actorId: 'iran' };
const KHAMENEI: Person = { name: 'Ali Khamenei', title: 'President of Iran', actorId: 'iran' };
const IRAN_GOV: Person = { name: 'Government of Iran', actorId: 'iran' };
const VELAYATI: Person = { name: 'Ali Akbar Velayati', title: 'Foreign Minister of Iran', actorId: 'iran' };

/** Wikipedia (or a mirror), dated by the development it is cited for (see the header). */
const wp = (title: string, url: string, day: string) => source(title, 'Wikipedia (or a mirror)', url, day, 'C', 2);
const WP = {
  res598: (day: string) =>
    wp(
      'United Nations Security Council Resolution 598',
      'https://en.wikipedia.org/wiki/United_Nations_Security_Council_Resolution_598',
      day,
    ),
  nimble: (day: string) => wp('Operation Nimble Archer', 'https://en.wikipedia.org/wiki/Operation_Nimble_Archer', day),
  mantis: (day: string) =>
    wp('Operation Praying Mantis', 'https://en.wikipedia.org/wiki/Operation_Praying_Mantis', day),
  mantisFull: (day: string) =>
    wp('Operation Praying Mantis (The Full Wiki copy)', 'http://maps.thefullwiki.org/Operation_Praying_Mantis', day),
  ir655: (day: string) =>
    wp('Iran Air Flight 655 (liquisearch copy)', 'https://liquisearch.com/iran_air_flight_655', day),
  bridgeton: (day: string) =>
    wp('SS Bridgeton (calendarz copy)', 'https://calendarz.com/amp/on-this-day/july/24/ss-bridgeton', day),
};

const S = {
  lat870725: source(
    "Tanker in Gulf Convoy Hits Mine : None Hurt; U.S. Retaliation Isn't Seen 'at This Time'",
    'Los Angeles Times',
    'http://articles.latimes.com/1987-07-25/news/mn-980_1_persian-gulf',
    '1987-07-25',
    'B',
    2,
  ),
  ap870728: source(
    'Kuwaitis Expect Return Convoy by Week’s End',
    'Associated Press',
    'https://www.apnews.com/abe3a224823585f73d2ba35abc1f4055',
    '1987-07-28',
    'B',
    2,
  ),
  lat870922: source(
    'U.S. Copters Fire on Iranian Ship : Set Vessel Ablaze After Finding It Laying Mines in Gulf, Officials Say',
    'Los Angeles Times',
    'https://www.latimes.com/archives/la-xpm-1987-09-22-mn-9513-story.html',
    '1987-09-22',
    'B',
    2,
  ),
  lat870923: source(
    'U.S. Says Attack Killed 3 Iranians : 26 Crewmen of Tehran Ship in Navy Custody',
    'Los Angeles Times',
    'https://www.latimes.com/archives/la-xpm-1987-09-23-mn-6331-story.html',
    '1987-09-23',
    'B',
    2,
  ),
  fof870925: source(
    'U.S. Attacks, Seizes Iranian Mine Ship (Facts on File, 25 September 1987)',
    'Facts on File World News Digest (studyres copy)',
    'https://studyres.com/doc/21833522/uk-closes-iran-arms-office?page=2',
    '1987-09-25',
    'C',
    2,
  ),
  lat870925: source(
    'U.S., Iran Agree on Repatriation of Captured Crew',
    'Los Angeles Times',
    'https://www.latimes.com/archives/la-xpm-1987-09-25-mn-6708-story.html',
    '1987-09-25',
    'B',
    2,
  ),
  ss870927: source(
    '26 Captured Sailors, 3 Bodies Returned To Iran',
    'Sun-Sentinel (The New York Times)',
    'http://articles.sun-sentinel.com/1987-09-27/news/8703160209_1_iran-ajr-sailors-iranian',
    '1987-09-27',
    'B',
    2,
  ),
  lat871009: source(
    'U.S. Helicopters Sink 3 Iranian Patrol Boats : Craft in Gulf Fired First, Navy Reports',
    'Los Angeles Times',
    'https://www.latimes.com/archives/la-xpm-1987-10-09-mn-8588-story.html',
    '1987-10-09',
    'B',
    2,
  ),
  ct871009: source(
    'U.S. Sinks 3 Iranian Vessels',
    'Chicago Tribune',
    'http://articles.chicagotribune.com/1987-10-09/news/8703160201_1_three-iranian-patrol-boats-iranian-vessels-helicopter',
    '1987-10-09',
    'B',
    2,
  ),
  lat871019: source(
    'U.S. Destroys 2 Iranian Oil Platforms in Gulf (Los Angeles Times, copy)',
    'Los Angeles Times (vinapk copy)',
    'https://vinapk.com/archives/la-xpm-1987-10-19-mn-10412-story.html',
    '1987-10-19',
    'C',
    2,
  ),
  time871026: source(
    "The Gulf: Silkworm's Sting (Time, 26 October 1987)",
    'Time (softbeam copy)',
    'http://softbeam.net/txt/time/Time1987/1987-10-26/965838.html',
    '1987-10-26',
    'C',
    2,
  ),
  lat880415: source(
    'Frigate Apparently Strikes Gulf Mine; 10 Sailors Hurt',
    'Los Angeles Times',
    'https://www.latimes.com/archives/la-xpm-1988-04-15-mn-1646-story.html',
    '1988-04-15',
    'B',
    2,
  ),
  lat880418: source(
    'U.S. Ships Blast Iran Oil Platforms in Retaliation Act (Los Angeles Times, copy)',
    'Los Angeles Times (vinapk copy)',
    'https://vinapk.com/archives/la-xpm-1988-04-18-mn-878-story.html',
    '1988-04-18',
    'C',
    2,
  ),
  lat880418b: source(
    'U.S. Attacks Iran Frigates, Oil Platforms, Sinks Boat : American Helicopter Is Missing',
    'Los Angeles Times (Times Wire Services)',
    'https://latimes.com/archives/la-xpm-1988-04-18-mn-1005-story.html',
    '1988-04-18',
    'B',
    2,
  ),
  lat880419: source(
    'U.S. Sinks or Damages 6 Iran Ships in Persian Gulf Clashes : Tehran Strikes Back After Oil Rig Shellings',
    'Los Angeles Times',
    'https://www.latimes.com/archives/la-xpm-1988-04-19-mn-1394-story.html',
    '1988-04-19',
    'B',
    2,
  ),
  ss880419: source(
    'U.S. naval forces destroyed two oil platforms in the Persian Gulf',
    'Sun-Sentinel',
    'https://www.sun-sentinel.com/news/fl-xpm-1988-04-19-8801240726-story.html',
    '1988-04-19',
    'B',
    2,
  ),
  ap880705: source(
    'Khamenei Says Iran Has The Right To Avenge Downing Of Jet',
    'Associated Press',
    'https://www.apnews.com/ef53da77e3414f3e06ad212820a6bacf',
    '1988-07-05',
    'B',
    2,
  ),
  lat880711: source(
    'Reagan OKs Compensation : Would Assist Families of 290 Killed on Iran Jet',
    'Los Angeles Times (Associated Press)',
    'https://www.latimes.com/archives/la-xpm-1988-07-11-mn-4265-story.html',
    '1988-07-11',
    'B',
    2,
  ),
  lat880713: source(
    'U.S. Copters Exchange Fire With Iran Gunboats',
    'Los Angeles Times',
    'https://www.latimes.com/archives/la-xpm-1988-07-13-mn-5725-story.html',
    '1988-07-13',
    'B',
    2,
  ),
  des880714: source(
    'Iran says U.S. ship committed "barbaric crime" without warning',
    'Deseret News (Associated Press)',
    'https://www.deseret.com/1988/7/14/18771811/iran-says-u-s-ship-committed-barbaric-crime-without-warning',
    '1988-07-14',
    'B',
    2,
  ),
  lat880718: source(
    'Iran Says It Accepts Year-Old U.N. Call for Cease-Fire in War',
    'Los Angeles Times (Associated Press)',
    'https://www.latimes.com/archives/la-xpm-1988-07-18-mn-4524-story.html',
    '1988-07-18',
    'B',
    2,
  ),
  ap880808: source(
    'Gulf War Cease-Fire Date Set for Aug. 20',
    'Associated Press',
    'https://www.apnews.com/a6c4bef9284bf815d6a8abf3ceea4f5c',
    '1988-08-08',
    'B',
    2,
  ),
};

const P = {
  farsi: 'Persian Gulf, near Farsi Island',
  bahrainNE: 'central Persian Gulf, 50 miles northeast of Bahrain',
  kuwaitWaters: 'Kuwaiti waters, off Mina al-Ahmadi',
  rashadat: 'Rashadat (Rostam) oil platforms',
  bahrainE: 'central Persian Gulf, 70 miles east of Bahrain',
  sassan: 'Sassan oil platform',
  sirri: 'Sirri oil platform',
  southGulf: 'southern Persian Gulf (the Iranian navy’s ships)',
  hormuz: 'Strait of Hormuz, near Qeshm Island',
};
const I = {
  bridgeton: 'bridgeton-mined-1987-07-24',
  ajrFire: 'iran-ajr-fired-on-1987-09-21',
  ajrCrew: 'iran-ajr-crew-held-1987-09-21',
  roberts: 'samuel-b-roberts-mined-1988-04-14',
};
const D = { res598: 'unsc-598-ceasefire' };
const CF = { iranIraq: 'iran-iraq-ceasefire-1988-08-20' };

const events = [
  // ===== July – August 1987: the first convoy and the Bridgeton =====
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '1987-07-24', recordedAt: rec('1987-07-25', '12:00') },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'United States – Iran, the tanker war, 1987–88',
      subject:
        'The US Navy’s escort of reflagged Kuwaiti tankers through the Persian Gulf (Operation Earnest Will, from July 1987) during the Iran–Iraq war; Iranian mines and missiles, the US strikes on Iranian ships and platforms, the downing of Iran Air 655, and the end of the Iran–Iraq war under resolution 598',
      parties: [USA, IRAN],
      mediators: [],
    },
    [S.lat870725],
  ),
  ev(
    'ActorRegistered',
    'actor-kuwait',
    { occurredAt: '1987-07-24', recordedAt: rec('1987-07-25', '12:01') },
    { actor: KUWAIT, role: 'third-party' },
    [S.lat870725],
    { note: 'Its tankers are re-registered under the US flag so that the US Navy can escort them (11 planned).' },
  ),
  ev(
    'ActorRegistered',
    'actor-iraq',
    { occurredAt: '1987-07-24', recordedAt: rec('1987-07-25', '12:02') },
    { actor: IRAQ, role: 'third-party' },
    [S.lat870725],
    { note: 'At war with Iran since 1980; Kuwait sides with it.' },
  ),
  ev(
    'ActorRegistered',
    'actor-unsc',
    { occurredAt: '1987-07-24', recordedAt: rec('1987-07-25', '12:03') },
    { actor: UNSC, role: 'third-party' },
    [WP.res598('1987-07-20')],
  ),
  ev(
    'DemandTabled',
    'demand-598',
    { occurredAt: '1987-07-20', recordedAt: rec('1987-07-25', '12:04') },
    {
      demandId: D.res598,
      by: 'unsc',
      addressedTo: ['iran', 'iraq'],
      text: 'Resolution 598 (adopted unanimously under Chapter VII): an immediate ceasefire between Iran and Iraq, withdrawal of all forces to the internationally recognised boundaries, and the release and repatriation of prisoners of war.',
      category: 'security',
    },
    [WP.res598('1987-07-20')],
  ),
  ev(
    'IncidentReported',
    'inc-bridgeton',
    { occurredAt: '1987-07-24', recordedAt: rec('1987-07-25', '12:05') },
    {
      incidentId: I.bridgeton,
      kind: 'militant-attack',
      against: 'united-states',
      harmed: 'kuwait',
      target: 'The reflagged Kuwaiti supertanker Bridgeton, in the first US-escorted convoy',
      place: P.farsi,
      fatalities: { min: 0, max: 0 },
      description:
        'The Bridgeton, recently re-registered under the US flag, hits a mine at about 7 a.m. some 18 miles west of Iran’s Farsi Island while escorted by three US warships; no casualties, and it reaches Kuwait under its own power. Who laid the mine is not known at first.',
    },
    [S.lat870725, WP.bridgeton('1987-07-24')],
    {
      note: 'No incident kind fits a mine: an attack of unknown perpetrator; the blame is the statement of 28 July (see the header).',
    },
  ),
  ev(
    'StatementMade',
    'stmt-fitzwater-no-retaliation',
    { occurredAt: '1987-07-24', recordedAt: rec('1987-07-25', '12:10') },
    {
      speaker: FITZWATER,
      audience: 'press',
      tone: 'neutral',
      summary: 'Retaliation is not considered at this time, since it is not known who is responsible.',
      quote:
        "at this point we don't know who is responsible. A mine is a kind of thing that's very difficult to pinpoint",
    },
    [S.lat870725],
  ),
  ev(
    'StatementMade',
    'stmt-moussavi-blow',
    { occurredAt: '1987-07-24', recordedAt: rec('1987-07-25', '12:15') },
    {
      speaker: MOUSSAVI,
      audience: 'united-states',
      tone: 'critical',
      summary:
        'The mining is an irreparable blow to America’s political and military prestige: "invisible hands" foiled the US schemes despite its huge military expedition to escort Kuwaiti tankers.',
      quote: 'The U.S. schemes were foiled by invisible hands',
    },
    [S.lat870725],
  ),
  ev(
    'StatementMade',
    'stmt-pentagon-almost-certain',
    { occurredAt: '1987-07-28', recordedAt: rec('1987-07-28', '18:00') },
    {
      speaker: PENTAGON,
      audience: 'press',
      tone: 'accusation',
      summary:
        'Pentagon officials say they are almost certain the mine that damaged the Bridgeton was planted by Iran, which has denounced and threatened the convoy effort, shortly before the convoy arrived; Saudi Arabia reports more mines moored near Farsi Island.',
      blames: { incidentId: I.bridgeton, on: 'iran' },
    },
    [S.ap870728],
  ),
  // ===== September 1987: the Iran Ajr =====
  ev(
    'StatementMade',
    'stmt-fitzwater-ajr',
    { occurredAt: '1987-09-21', recordedAt: rec('1987-09-22', '12:00') },
    {
      speaker: FITZWATER,
      audience: 'iran',
      tone: 'warning',
      summary:
        'US forces took "defensive action" against an Iranian landing craft laying mines in international waters 50 miles northeast of Bahrain; the United States had told Iran how it would respond to such provocative acts.',
      quote:
        'We have previously communicated with the Iranian government the way in which we would respond to such provocative acts, which present an immediate risk to United States ships and to all ships',
    },
    [S.lat870922],
  ),
  ev(
    'IncidentReported',
    'inc-ajr-fire',
    { occurredAt: '1987-09-21', recordedAt: rec('1987-09-23', '11:55') },
    {
      incidentId: I.ajrFire,
      kind: 'clash',
      perpetrator: 'united-states',
      against: 'iran',
      target: 'The Iranian navy landing craft Iran Ajr, seen laying mines',
      place: P.bahrainNE,
      fatalities: { min: 3, max: 5 },
      injured: { min: 4, max: 4 },
      description:
        'US Army helicopters from the frigate Jarrett, having watched the Iran Ajr drop mines over the side in international waters, fire on it with machine guns and rockets at night, setting it ablaze and leaving it dead in the water; three crewmen are found dead, two are missing, four wounded. Navy SEALs board it and find ten mines. The White House calls it "a defensive action"; Iran denies the ship was laying mines.',
    },
    [S.lat870922, S.lat870923],
  ),
  ev(
    'IncidentReported',
    'inc-ajr-crew',
    { occurredAt: '1987-09-22', recordedAt: rec('1987-09-23', '12:00') },
    {
      incidentId: I.ajrCrew,
      kind: 'detention',
      perpetrator: 'united-states',
      against: 'iran',
      target: '26 Iranian crewmen of the Iran Ajr',
      place: P.bahrainNE,
      description:
        'The 26 surviving crewmen, four of them wounded, are held aboard US warships ("detainees", not prisoners, says the Pentagon); the White House says they will be returned to Iran as soon as possible.',
    },
    [S.lat870923],
  ),
  ev(
    'StatementMade',
    'stmt-iran-regret',
    { occurredAt: '1987-09-22', recordedAt: rec('1987-09-23', '12:05') },
    {
      speaker: IRAN_GOV,
      audience: 'united-states',
      tone: 'threat',
      summary:
        'Iran warns that it will make America regret its "wicked acts" and demands that the United States hand over the rest of the ship’s crew.',
      quote: 'wicked acts',
    },
    [S.lat870923],
  ),
  ev(
    'StatementMade',
    'stmt-khamenei-un',
    { occurredAt: '1987-09-22', recordedAt: rec('1987-09-25', '12:00') },
    {
      speaker: KHAMENEI,
      audience: 'united-states',
      tone: 'accusation',
      summary:
        'At the UN General Assembly the Iranian president denounces the attack on the Iran Ajr as US aggression and vows revenge.',
    },
    [S.fof870925],
  ),
  ev(
    'IncidentReported',
    'inc-ajr-release',
    { occurredAt: '1987-09-26', recordedAt: rec('1987-09-27', '12:00') },
    {
      incidentId: 'iran-ajr-crew-returned-1987-09-26',
      kind: 'release',
      perpetrator: 'united-states',
      against: 'iran',
      place: P.bahrainNE,
      description:
        'US helicopters fly the 26 Iranian sailors and the bodies of three others to a military airfield outside Muscat, where they are handed to the Red Cross and flown to Tehran on an Iran Air plane; the return was agreed through Oman on 24 September.',
    },
    [S.ss870927, S.lat870925],
  ),
  // ===== October 1987: the patrol boats, the Silkworm, Nimble Archer =====
  ev(
    'IncidentReported',
    'inc-boats-fire',
    { occurredAt: '1987-10-08', recordedAt: rec('1987-10-09', '12:00') },
    {
      incidentId: 'iranian-boats-fire-on-helicopter-1987-10-08',
      kind: 'clash',
      perpetrator: 'iran',
      allegedBy: 'united-states',
      against: 'united-states',
      target: 'A US Navy observation helicopter on patrol',
      place: P.farsi,
      description:
        'Three or four Iranian patrol boats open fire with machine guns and rockets on an unarmed US Navy observation helicopter about 15 miles southwest of Farsi Island, in international waters, at 9:50 p.m. (the Pentagon’s account: the first time Iranian forces fired on Americans).',
    },
    [S.lat871009, S.ct871009],
  ),
  ev(
    'IncidentReported',
    'inc-boats-sunk',
    { occurredAt: '1987-10-08', recordedAt: rec('1987-10-09', '12:05') },
    {
      incidentId: 'us-helicopters-sink-boats-1987-10-08',
      kind: 'clash',
      perpetrator: 'united-states',
      against: 'iran',
      target: 'Three Iranian boats (a Boghammar patrol boat and two small boats)',
      place: P.farsi,
      fatalities: { min: 2, max: 2 },
      description:
        'US Army helicopter gunships answer the call and sink the three boats; six Iranian survivors are picked up, two of whom die. No US casualties.',
    },
    [S.ct871009, S.lat871009],
  ),
  ev(
    'StatementMade',
    'stmt-pentagon-hostile-act',
    { occurredAt: '1987-10-08', recordedAt: rec('1987-10-09', '12:10') },
    {
      speaker: PENTAGON,
      audience: 'iran',
      tone: 'accusation',
      summary:
        'Pentagon spokesman Fred Hoffman calls the Iranian fire on the helicopter "clearly a hostile act"; the US response was purely defensive, under the rules of engagement.',
      quote: 'clearly a hostile act',
    },
    [S.ct871009],
  ),
  ev(
    'IncidentReported',
    'inc-nimble-archer',
    { occurredAt: '1987-10-19', recordedAt: rec('1987-10-19', '18:00') },
    {
      incidentId: 'nimble-archer-1987-10-19',
      kind: 'shelling',
      perpetrator: 'united-states',
      against: 'iran',
      target: 'Two Iranian oil platforms used by the Revolutionary Guards as command posts',
      place: P.rashadat,
      fatalities: { min: 0, max: 0 },
      description:
        'Operation Nimble Archer: after warning the crews to leave, four US destroyers shell the Rashadat (Rostam) platforms from 2 p.m. Gulf time until they burn; most of the 20–30 Iranians on them had abandoned them. President Reagan calls it "a prudent yet restrained response".',
    },
    [S.lat871019, WP.nimble('1987-10-19')],
  ),
  ev(
    'StatementMade',
    'stmt-reagan-restrained',
    { occurredAt: '1987-10-19', recordedAt: rec('1987-10-19', '18:02') },
    {
      speaker: REAGAN,
      audience: 'iran',
      tone: 'warning',
      summary:
        'The strike on the platforms is "a prudent yet restrained response" to the unlawful use of force against the United States and to Iran’s violations of the rights of non-belligerents.',
      quote: 'a prudent yet restrained response to this unlawful use of force against the United States',
    },
    [S.lat871019],
  ),
  ev(
    'StatementMade',
    'stmt-iran-crushing',
    { occurredAt: '1987-10-19', recordedAt: rec('1987-10-19', '18:05') },
    {
      speaker: IRAN_GOV,
      audience: 'united-states',
      tone: 'military-threat',
      summary: 'Iran confirms the attack and vows "a crushing response".',
      quote: 'a crushing response',
    },
    [S.lat871019],
  ),
  ev(
    'IncidentReported',
    'inc-sea-isle-city',
    { occurredAt: '1987-10-16', recordedAt: rec('1987-10-26', '12:00') },
    {
      incidentId: 'silkworm-sea-isle-city-1987-10-16',
      kind: 'missile-strike',
      perpetrator: 'iran',
      allegedBy: 'united-states',
      against: 'united-states',
      harmed: 'kuwait',
      target: 'The US-flagged Kuwaiti tanker Sea Isle City, at anchor',
      place: P.kuwaitWaters,
      injured: { min: 18, max: 18 },
      description:
        'A Silkworm missile fired from the Iranian-held Faw peninsula hits the wheelhouse and crew quarters of the Sea Isle City in Kuwaiti waters, blinding its American master and wounding 18 crew; the first direct hit on a reflagged tanker. The US calls it "an outrageous act of aggression".',
    },
    [graded(S.time871026, 3), WP.nimble('1987-10-16')],
  ),
  ev(
    'StatementMade',
    'stmt-wh-outrageous',
    { occurredAt: '1987-10-16', recordedAt: rec('1987-10-26', '12:05') },
    {
      speaker: { name: 'The Reagan administration', actorId: 'united-states' },
      audience: 'iran',
      tone: 'accusation',
      summary:
        'The administration denounces the missile on the Sea Isle City as "an outrageous act of aggression"; Secretary of State Shultz will not say what the response will be.',
      quote: 'outrageous act of aggression',
    },
    [S.time871026],
  ),
  // ===== April 1988: the Samuel B. Roberts and Praying Mantis =====
  ev(
    'IncidentReported',
    'inc-roberts',
    { occurredAt: '1988-04-14', recordedAt: rec('1988-04-15', '12:00') },
    {
      incidentId: I.roberts,
      kind: 'militant-attack',
      against: 'united-states',
      target: 'The US Navy frigate Samuel B. Roberts, back from escorting a reflagged tanker',
      place: P.bahrainE,
      injured: { min: 10, max: 10 },
      description:
        'The frigate suffers an underwater explosion, apparently a mine, in the central Gulf about 70 miles east of Bahrain: fire, hull damage, the engine room flooded, ten sailors hurt. Officials decline to affix responsibility.',
    },
    [S.lat880415],
    { note: 'No incident kind fits a mine: an attack of unknown perpetrator; the blame is the statement of 18 April.' },
  ),
  ev(
    'StatementMade',
    'stmt-fitzwater-roberts',
    { occurredAt: '1988-04-18', recordedAt: rec('1988-04-18', '12:00') },
    {
      speaker: FITZWATER,
      audience: 'iran',
      tone: 'accusation',
      summary:
        'The strikes respond to "Iran’s recent resumption of mine-laying and its attack on the Roberts"; US officials have "substantial evidence" that Iran planted the mine. The United States has repeatedly warned Iran; the strike is meant to deter further mining.',
      quote: 'in response to Iran’s recent resumption of mine-laying and its attack on the Roberts',
      blames: { incidentId: I.roberts, on: 'iran' },
    },
    [S.lat880418],
  ),
  ev(
    'ActorRegistered',
    'actor-ussr',
    { occurredAt: '1988-04-18', recordedAt: rec('1988-04-19', '12:00') },
    { actor: USSR, role: 'third-party' },
    [S.ss880419],
    { note: 'With ships in the Gulf; advised before the US action, with other nations.' },
  ),
  ev(
    'IncidentReported',
    'inc-mantis-sassan',
    { occurredAt: '1988-04-18', recordedAt: rec('1988-04-19', '12:05') },
    {
      incidentId: 'praying-mantis-sassan-1988-04-18',
      kind: 'shelling',
      perpetrator: 'united-states',
      against: 'iran',
      target: 'The Sassan oil platform, a radar-equipped command post of the Revolutionary Guards',
      place: P.sassan,
      description:
        'Operation Praying Mantis: after warning the crew to leave, US destroyers shell the Sassan platform and Marines land on it; it is destroyed.',
    },
    [S.lat880418b, S.ss880419],
  ),
  ev(
    'IncidentReported',
    'inc-mantis-sirri',
    { occurredAt: '1988-04-18', recordedAt: rec('1988-04-19', '12:10') },
    {
      incidentId: 'praying-mantis-sirri-1988-04-18',
      kind: 'shelling',
      perpetrator: 'united-states',
      against: 'iran',
      target: 'The Sirri oil platform, some 100 miles from Sassan',
      place: P.sirri,
      description: 'A second US surface group shells the Sirri platform, some 100 miles away; it is destroyed.',
    },
    [S.lat880418b, S.ss880419],
  ),
  ev(
    'IncidentReported',
    'inc-mantis-ships',
    { occurredAt: '1988-04-18', recordedAt: rec('1988-04-19', '12:15') },
    {
      incidentId: 'praying-mantis-naval-battle-1988-04-18',
      kind: 'clash',
      perpetrator: 'united-states',
      against: 'iran',
      target: 'The Iranian navy: the missile boat Joshan, the frigates Sahand and Sabalan, armed speedboats',
      place: P.southGulf,
      scale: 'major',
      fatalities: { min: 56, max: 56 },
      description:
        'US warships and aircraft from the Enterprise sink or heavily damage six Iranian navy ships in the course of the day: the Joshan is sunk after firing a Harpoon at the Wainwright group, the frigate Sahand sunk by aircraft after leaving Bandar Abbas, the Sabalan crippled, three speedboats sunk. "A major confrontation", "the broadest and most direct conflict yet" (Los Angeles Times); the largest US surface engagement since the Second World War (Wikipedia). Iran’s dead: 45 on the Sahand and 11 on the Joshan (Wikipedia; the United States gave no count).',
    },
    [S.lat880419, graded(WP.mantis('1988-04-18'), 3), WP.mantisFull('1988-04-18')],
  ),
  ev(
    'IncidentReported',
    'inc-mantis-iran-fire',
    { occurredAt: '1988-04-18', recordedAt: rec('1988-04-19', '12:20') },
    {
      incidentId: 'praying-mantis-iranian-fire-1988-04-18',
      kind: 'clash',
      perpetrator: 'iran',
      against: 'united-states',
      target: 'US warships and aircraft',
      place: P.southGulf,
      description:
        'Iranian frigates and the Joshan fire missiles at US planes and ships; Iran says its warships shot down a US helicopter. A Marine Cobra with two crewmen is lost (Wikipedia: crashed, cause unknown).',
    },
    [S.lat880418b, graded(S.ss880419, 3)],
  ),
  ev(
    'StatementMade',
    'stmt-reagan-price',
    { occurredAt: '1988-04-18', recordedAt: rec('1988-04-19', '12:25') },
    {
      speaker: REAGAN,
      audience: 'iran',
      tone: 'military-threat',
      summary:
        'The action is meant to make sure the Iranians have no illusions about the cost of irresponsible behaviour; the United States will protect its ships, and if Iran threatens them it will pay a price.',
      quote: "They must know that we will protect our ships--and if they threaten us, they'll pay a price.",
    },
    [S.lat880419, S.ss880419],
  ),
  // ===== July 1988: the Vincennes and Iran Air 655 =====
  ev(
    'IncidentReported',
    'inc-vincennes-boats',
    { occurredAt: '1988-07-03', recordedAt: rec('1988-07-04', '12:00') },
    {
      incidentId: 'vincennes-speedboats-1988-07-03',
      kind: 'clash',
      perpetrator: 'iran',
      allegedBy: 'united-states',
      against: 'united-states',
      target: 'A helicopter of the cruiser Vincennes, then the cruiser',
      place: P.hormuz,
      description:
        'A helicopter from the USS Vincennes draws fire from Iranian speedboats in the Strait of Hormuz; the cruiser pursues them into Iranian territorial waters.',
    },
    [WP.ir655('1988-07-03')],
  ),
  ev(
    'IncidentReported',
    'inc-ir655',
    { occurredAt: '1988-07-03', recordedAt: rec('1988-07-04', '12:05') },
    {
      incidentId: 'iran-air-655-shot-down-1988-07-03',
      kind: 'missile-strike',
      perpetrator: 'united-states',
      against: 'iran',
      target: 'Iran Air Flight 655, an Airbus A300 from Bandar Abbas to Dubai, taken for an attacking Iranian F-14',
      place: P.hormuz,
      fatalities: { min: 290, max: 290 },
      civilianFatalities: { min: 290, max: 290 },
      description:
        'In the middle of its fight with the speedboats, the Vincennes fires two surface-to-air missiles at an aircraft its crew identifies as an attacking Iranian F-14; it is Iran Air 655 on its usual route over Iranian waters. All 290 aboard, 66 of them children, are killed. The United States calls it a tragic mistake in self-defence; Iran calls it deliberate.',
    },
    [WP.ir655('1988-07-03')],
    { note: 'An error, recorded as the US strike against what it took for Iran’s warplane: see the header.' },
  ),
  ev(
    'StatementMade',
    'stmt-us-mistaken',
    { occurredAt: '1988-07-03', recordedAt: rec('1988-07-04', '12:10') },
    {
      speaker: { name: 'Government of the United States', actorId: 'united-states' },
      audience: 'iran',
      tone: 'neutral',
      summary:
        'The United States says the Vincennes’s crew identified the airliner as an attacking Iranian F-14 and fired in self-defence; Iran maintains the cruiser shot the civilian aircraft down negligently.',
    },
    [WP.ir655('1988-07-03')],
  ),
  ev(
    'StatementMade',
    'stmt-khamenei-avenge',
    { occurredAt: '1988-07-05', recordedAt: rec('1988-07-05', '18:00') },
    {
      speaker: KHAMENEI,
      audience: 'united-states',
      tone: 'military-threat',
      summary:
        'Iran considers it its definite right to avenge the victims; Parliament Speaker Rafsanjani, commander-in-chief: "We cannot allow ourselves to refrain from taking revenge. The choice of timing is up to us, and not to America."',
      quote: 'Iran considers it to be its definite right to avenge the blood of innocent children, men and women.',
    },
    [S.ap880705],
  ),
  ev(
    'StatementMade',
    'stmt-reagan-compensation',
    { occurredAt: '1988-07-11', recordedAt: rec('1988-07-11', '20:00') },
    {
      speaker: FITZWATER,
      audience: 'iran',
      tone: 'conciliatory',
      summary:
        'President Reagan approves ex gratia compensation for the families of the 290 victims, "a humanitarian effort to ease the hardship of the families", paid through a third party and not to the Iranian government; the Vincennes’s actions are still called justifiable defence.',
      quote: 'a humanitarian effort to ease the hardship of the families',
    },
    [S.lat880711],
  ),
  ev(
    'IncidentReported',
    'inc-gunboats-jul12',
    { occurredAt: '1988-07-12', recordedAt: rec('1988-07-13', '12:00') },
    {
      incidentId: 'helicopters-gunboats-1988-07-12',
      kind: 'clash',
      perpetrator: 'united-states',
      against: 'iran',
      target: 'Two "probable" Iranian patrol boats that had attacked the tanker Universal Monarch',
      place: P.farsi,
      description:
        'Two US Army special operations helicopters, directed from the frigate Nicholas, exchange fire after nightfall with two Iranian gunboats that had set fire to the Panamanian-flag tanker Universal Monarch west of Farsi Island; no damage to the helicopters, the boats’ damage not known. The first US–Iranian encounter since 3 July.',
    },
    [S.lat880713],
  ),
  ev(
    'StatementMade',
    'stmt-velayati-unsc',
    { occurredAt: '1988-07-14', recordedAt: rec('1988-07-14', '20:00') },
    {
      speaker: VELAYATI,
      audience: 'unsc',
      tone: 'accusation',
      summary:
        'At the Security Council: the downing was a "barbaric crime", a premeditated "massacre"; the airliner was in its corridor, identifying itself, and received no warning.',
      quote: 'This was the most inhuman military attack in the history of civil aviation',
    },
    [S.des880714],
  ),
  ev(
    'StatementMade',
    'stmt-bush-unsc',
    { occurredAt: '1988-07-14', recordedAt: rec('1988-07-14', '20:05') },
    {
      speaker: BUSH,
      audience: 'unsc',
      tone: 'critical',
      summary:
        'A "terrible human tragedy", but Iran shares the responsibility: it let a loaded airliner fly over a warship engaged in battle; he will not "dignify with a response" the charge that it was deliberate.',
      quote: 'That was irresponsible and a tragic error.',
    },
    [S.des880714],
  ),
  // ===== July – August 1988: resolution 598 and the Iran–Iraq ceasefire =====
  ev(
    'PositionTaken',
    'pos-iran-598',
    { occurredAt: '1988-07-17', recordedAt: rec('1988-07-18', '18:00') },
    {
      demandId: D.res598,
      actorId: 'iran',
      stance: 'accepted',
      conditions:
        'Iran will not withdraw its troops from its borders and calls on Iranians to be ready to thwart further Iraqi attacks.',
      speaker: KHAMENEI,
    },
    [S.lat880718],
  ),
  ev(
    'StatementMade',
    'stmt-fitzwater-598',
    { occurredAt: '1988-07-18', recordedAt: rec('1988-07-18', '18:05') },
    {
      speaker: FITZWATER,
      audience: 'iran',
      tone: 'neutral',
      summary:
        'The United States welcomes Iran’s willingness to accept the resolution but must be cautious: "We don’t know what their intentions are". It is prepared to end the escorts if peace comes.',
      quote: 'I think we have to be cautious',
    },
    [S.lat880718],
  ),
  ev(
    'CeasefireDeclared',
    'cf-iran-iraq',
    { occurredAt: '1988-08-20T03:00:00Z', recordedAt: rec('1988-08-20', '12:00') },
    {
      ceasefireId: CF.iranIraq,
      parties: ['iran', 'iraq'],
      scope:
        'The Iran–Iraq war under resolution 598: all military activity on land, at sea and in the air, from 03:00 GMT on 20 August 1988, as the UN Secretary-General called on both to observe on 8 August; direct talks to begin in Geneva on 25 August',
      duration: 'indefinite',
    },
    [S.ap880808],
    { note: 'A ceasefire between Iran and a third party: the United States is not bound by it.' },
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'us-iran-1987.jsonl',
  logEnd: '1988-12-31T00:00:00Z',
  events,
};

export default definition;
