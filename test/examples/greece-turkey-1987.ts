/**
 * A test fixture, not a shipped example: Greece and Turkey from the Sismik
 * crisis in the Aegean (March 1987) to the memorandum of Athens (May 1988)
 * and Özal's visit to Athens (June 1988), as an analyst following the news
 * could have recorded them — the Greek decision to take over the North
 * Aegean Petroleum consortium and drill east of Thasos, Turkey's charge that
 * this breaks the Bern accord of 1976, the Turkish order of Friday 27 March
 * 1987 sending the research ship Sismik 1 through the Dardanelles under
 * naval escort towards the waters off Lesbos, Lemnos and Samothrace,
 * Papandreou's warning that "hostilities" could erupt and his order to stop
 * (sink) the ship if it entered Greek waters, both armed forces put on
 * alert, Özal's "this may be cause of a war", the Greek request that the
 * United States suspend its base at Nea Makri, Lord Carrington's offer to
 * mediate, Özal's order that night keeping the ship out of the disputed
 * waters, the easing of 28 March (the Nea Makri request withdrawn,
 * Papandreou "restrainedly optimistic"), ten months with no agreement, the
 * Davos meeting of 30–31 January 1988 and its joint communiqué, the
 * memorandum of understanding of Papoulias and Yılmaz (Athens, 27 May 1988),
 * and Özal's visit to Athens (13–15 June 1988). Escalation model v2 was
 * never tuned on it: it is the case the model is held to in
 * greece-turkey-1987.spec.ts, against the calls an analyst makes from
 * DOMAIN.md §5b alone.
 *
 * Separate from greece-turkey-1996.ts (Imia/Kardak) and greece-turkey-2020.ts
 * (Oruç Reis): nothing of those cases is recorded here, nor anything of this
 * one there.
 *
 * The parties are Greece and Turkey. No mediator: Carrington offered NATO's
 * mediation and Turkey accepted it, but Greece never answered in the sources
 * read, and the leaders met without one. Third parties: the United States
 * (the Nea Makri base, and its pressure on both), NATO (Lord Carrington) and
 * the Soviet Union, registered; no source read gives the Soviet Union an act
 * in this case (Greece's foreign minister Papoulias went to Warsaw-Pact
 * Bulgaria during the crisis, by Wikipedia, on no day given; not recorded).
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source.
 *
 * Grading as in examples/README.md: B = an established outlet (the Los
 * Angeles Times, El País, the taz with dpa, the Christian Science
 * Monitor); C = an encyclopedia, a research dataset or a copy on an archive
 * or forum site (Wikipedia, the Queen's University Belfast dataset of Greek–
 * Turkish crises, the New York Times report of 29 March 1987 copied on a
 * forum, the memorandum's text on an archived GeoCities page); 2 = several
 * sources agree or one established source reports it; 3 = one side's claim,
 * or a detail one source alone gives.
 *
 * Dates of sources: contemporary reports by their own date. Wikipedia, the
 * Belfast dataset and the copies are given a lower bound from their own
 * content: the day of the development they are cited for, so that the
 * analyst is taken to have known it on its day from the press they
 * summarise (as the Thailand – Laos 1987 fixture does).
 *
 * Judgement calls, recorded as an analyst would:
 * - The Greek takeover of the consortium and Turkey's protest are dated by
 *   the sources to March 1987 with no day: recorded with month precision.
 *   The case opens with them.
 * - The order to sink: Wikipedia says Papandreou "gave the orders to sink
 *   the ship if it was found in the disputed waters"; the Los Angeles Times
 *   (27 March) has him warn that "hostilities" could erupt (Maclean's, 6
 *   April, read but not cited: he "threatened to stop the Sismik by force if
 *   necessary"). One statement,
 *   a military threat, graded 2 (the sources agree on the threat; the word
 *   "sink" is Wikipedia's alone).
 * - Özal's words are given by the Los Angeles Times as said "in Ankara" on
 *   27 March; the Belfast dataset has him on his way home from a heart
 *   operation in Texas (other accounts: London). The statement is dated 27
 *   March with no place.
 * - The Sismik sent with warships and the two alerts are `force-posture`
 *   incidents (a show of force, no fire): no armed action is recorded, as no
 *   source read reports a shot. The Sismik's escort is placed "North Aegean",
 *   the alerts at no place.
 * - Özal's order of the night of 27 March keeping the ship out of the waters
 *   around Lesbos, Lemnos and Samothrace (the New York Times, copied) is
 *   Turkey's conditional answer to Greece's demand; Greece's assurance that
 *   it would not drill outside its territorial waters is given by Turkish
 *   officials only (graded 3): Greece is recorded as accepting Turkey's
 *   demand in principle. No agreement is recorded for March 1987: the
 *   sources describe a mutual standing-back, not an agreement.
 * - The Nea Makri request is Greece's demand on the United States (a third
 *   party), withdrawn on 28 March: not a border closed against Turkey.
 * - No source read dates the end of the alerts (Maclean's, 6 April: "the
 *   armed forces of Greece and Turkey remained on top alert" at the week's
 *   end), the Sismik's voyage outside the disputed waters, or the letters the
 *   two leaders exchanged after the crisis (the Christian Science Monitor: an
 *   exchange "which led to the Swiss summit"): none is recorded as a dated
 *   act. The border clash on the Evros of December 1986 (two Turkish and one
 *   Greek guard killed, the Belfast dataset, no day) is before the case and
 *   not recorded.
 * - Davos: the leaders met on 30 January 1988 (El País) and issued a joint
 *   communiqué on Sunday 31 January (the taz, from dpa): lasting peaceful
 *   relations, no repeat of last year's crisis, annual meetings, a direct
 *   telephone line, two committees. Recorded as a concluded round and a
 *   framework agreement, one occurrence; a communiqué needs no signature or
 *   ratification, so no status is given (in force from its issue).
 * - Özal's announced stop in Athens on 5 March 1988 (the Monitor) did not
 *   happen (the Los Angeles Times calls his June visit the first in nearly
 *   four decades): not recorded as scheduled.
 * - The memorandum of 27 May 1988 is recorded from its text (an archived
 *   copy) as a partial agreement signed by the two foreign ministers.
 * - Özal's visit to Athens (13–15 June 1988): recorded as a round opened
 *   and concluded with progress (no agreement on Cyprus or the Aegean, a
 *   next meeting in Turkey in the autumn). The Los Angeles Times says the
 *   leaders met three times in 1988; the second meeting is neither named
 *   nor dated by any source read (perhaps at the NATO summit in Brussels in
 *   early March, for which Özal had changed his plans): not recorded.
 * - Davos was agreed after "several months of letter diplomacy" (the
 *   Monitor, 29 January 1988): the round is recorded as scheduled on the
 *   day of that report (approximate), the letters not as dated acts.
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'greece-turkey-1987';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 1987);
/** A recordedAt on a given day, UTC (the case spans two years). */
const rec = (day: string, time: string): string => `${day}T${time}:00Z`;

const GREECE: Actor = { id: 'greece', name: 'Hellenic Republic', kind: 'state', aliases: ['Greece', 'Athens'] };
const TURKEY: Actor = {
  id: 'turkey',
  name: 'Republic of Turkey',
  kind: 'state',
  aliases: ['Turkey', 'Türkiye', 'Ankara'],
};
const USA: Actor = {
  id: 'united-states',
  name: 'United States of America',
  kind: 'state',
  aliases: ['United States', 'Washington'],
};
const NATO: Actor = {
  id: 'nato',
  name: 'North Atlantic Treaty Organization',
  kind: 'international-organisation',
  aliases: ['NATO', 'Atlantic Alliance'],
};
const USSR: Actor = { id: 'soviet-union', name: 'Soviet Union', kind: 'state', aliases: ['USSR', 'Moscow'] };

const GR_GOV: Person = { name: 'Government of Greece', actorId: 'greece' };
const TR_GOV: Person = { name: 'Government of Turkey', actorId: 'turkey' };
const PAPANDREOU: Person = { name: 'Andreas Papandreou', title: 'Prime Minister of Greece', actorId: 'greece' };
const OZAL: Person = { name: 'Turgut Özal', title: 'Prime Minister of Turkey', actorId: 'turkey' };
const ERALP: Person = { name: 'Yalım Eralp', title: 'Spokesman, Turkish Foreign Ministry', actorId: 'turkey' };
const PAPOULIAS: Person = { name: 'Karolos Papoulias', title: 'Foreign Minister of Greece', actorId: 'greece' };
const YILMAZ: Person = { name: 'Mesut Yılmaz', title: 'Foreign Minister of Turkey', actorId: 'turkey' };

const WP_URL = 'https://en.wikipedia.org/wiki/1987_Aegean_crisis';
/** The Wikipedia article on the crisis, dated by the development it is cited for (see the header). */
const wp = (day: string) => source('1987 Aegean crisis', 'Wikipedia', WP_URL, day, 'C', 2);
const QUB_URL =
  'http://www.qub.ac.uk/research-centres/CentrefortheStudyofEthnicConflict/TeachingResearch/Datasets/Greek-TurkishNegotiationsandCrises1983-2003/T-AegeanOil87/';
/** The Belfast dataset's case summary (Turkey on the 1987 crisis), dated by the development it is cited for. */
const qub = (day: string) =>
  source(
    'Turkey on Aegean oil crisis with Turkey (1987) — Greek-Turkish Negotiations and Crises 1983-2003 dataset',
    "Queen's University Belfast (N. G. Loizides)",
    QUB_URL,
    day,
    'C',
    2,
  );

const S = {
  lat0328: source(
    'Turkey, Greece Threaten War Over Aegean Rights',
    'Los Angeles Times (wire services)',
    'https://www.latimes.com/archives/la-xpm-1987-03-28-mn-697-story.html',
    '1987-03-28',
    'B',
    2,
  ),
  lat0329: source(
    'Greece, Turkey Ease Tensions in Aegean Dispute',
    'Los Angeles Times',
    'https://www.latimes.com/archives/la-xpm-1987-03-29-mn-1224-story.html',
    '1987-03-29',
    'B',
    2,
  ),
  nyt0329: source(
    'From 1987-How war was avoided between Greece and Turkey (copy of The New York Times, 29 March 1987)',
    'defencehub.live (forum copy of The New York Times)',
    'https://defencehub.live/threads/from-1987-how-war-was-avoided-between-greece-and-turkey.892/',
    '1987-03-29',
    'C',
    2,
  ),
  csm0129: source(
    'Ozal has his sights set beyond bilateral disputes. Greek-Turkish summit: a first step in helping break the ice.',
    'The Christian Science Monitor',
    'https://www.csmonitor.com/1988/0129/odav.html',
    '1988-01-29',
    'B',
    2,
  ),
  elpais0131: source(
    'Papandreu y Ozal discuten los contenciosos greco-turcos',
    'El País',
    'https://elpais.com/diario/1988/01/31/internacional/570582013_850215.html',
    '1988-01-31',
    'B',
    2,
  ),
  taz0201: source(
    'Griechisch–Türkische Annäherung',
    'die tageszeitung (dpa)',
    'https://taz.de/!1854043/',
    '1988-02-01',
    'B',
    2,
  ),
  csm0218: source(
    'When Greeks and Turks talk',
    'The Christian Science Monitor',
    'https://www.csmonitor.com/1988/0218/egreece.html',
    '1988-02-18',
    'B',
    2,
  ),
  mou0527: source(
    'Text of the Memorandum of Understanding Signed by the Greek and Turkish Ministers of Foreign Affairs [Mr Papoulias and Mr Yilmaz] on 27 May 1988',
    'GeoCities archive (oocities.org), turkishgreek pages',
    'https://www.oocities.org/turkishgreek/ypapulias.htm',
    '1988-05-27',
    'C',
    2,
  ),
  lat0614: source(
    'Seek to End Historic Enmity at Talks in Athens : Greek, Turkish Leaders Meet on Note of Hope',
    'Los Angeles Times',
    'https://www.latimes.com/archives/la-xpm-1988-06-14-mn-4373-story.html',
    '1988-06-14',
    'B',
    2,
  ),
  lat0616: source(
    'Turkey and Greece End Historic Summit : Longtime Enemies, Both Sides See Progress; More Talks Planned',
    'Los Angeles Times',
    'https://www.latimes.com/archives/la-xpm-1988-06-16-mn-6856-story.html',
    '1988-06-16',
    'B',
    2,
  ),
};

const P = { northAegean: 'North Aegean (waters off Lesbos, Lemnos and Samothrace)' };
const D = {
  noDrilling: 'tr-no-greek-drilling-disputed-waters-1987',
  sismikOut: 'gr-sismik-stays-out-1987',
  neaMakri: 'gr-us-suspend-nea-makri-1987',
};
const R = { davos: 'davos-1988', athensMou: 'athens-foreign-ministers-1988-05', ozalAthens: 'ozal-athens-1988-06' };
const AG = { davos: 'davos-communique-1988', mou: 'athens-memorandum-1988' };

const events = [
  // ===== March 1987: the consortium, the Sismik, the threats =====
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '1987-03', recordedAt: rec('1987-03-28', '06:00') },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Greece – Turkey, the Sismik crisis in the Aegean and the Davos process, 1987–88',
      subject:
        'Rights to explore the Aegean continental shelf off Thasos and the north-eastern islands: the Greek takeover of the North Aegean Petroleum consortium and its planned drilling, the Turkish research ship Sismik 1 sent with warships, the threats of war of March 1987, and the leaders’ meetings at Davos and the memorandum of Athens in 1988',
      parties: [GREECE, TURKEY],
      mediators: [],
    },
    [wp('1987-03-27')],
  ),
  ev(
    'ActorRegistered',
    'actor-usa',
    { occurredAt: '1987-03', recordedAt: rec('1987-03-28', '06:01') },
    { actor: USA, role: 'third-party' },
    [S.lat0328],
    { note: 'Ally of both; its communications base at Nea Makri near Athens is the object of a Greek request.' },
  ),
  ev(
    'ActorRegistered',
    'actor-nato',
    { occurredAt: '1987-03', recordedAt: rec('1987-03-28', '06:02') },
    { actor: NATO, role: 'third-party' },
    [wp('1987-03-27')],
    { note: 'The alliance both belong to; its Secretary General, Lord Carrington, offers to mediate.' },
  ),
  ev(
    'ActorRegistered',
    'actor-ussr',
    { occurredAt: '1987-03', recordedAt: rec('1987-03-28', '06:03') },
    { actor: USSR, role: 'third-party' },
    [wp('1987-03-27')],
    { note: 'The Warsaw Pact’s leader; no act of its in this case is recorded (see the header).' },
  ),
  ev(
    'StatementMade',
    'stmt-greece-takeover',
    { occurredAt: '1987-03', recordedAt: rec('1987-03-28', '06:05') },
    {
      speaker: GR_GOV,
      tone: 'neutral',
      summary:
        'The Greek government decides to take over (nationalise) the North Aegean Petroleum consortium, which plans exploratory drilling about 17 km east of Thasos, in waters Turkey disputes.',
    },
    [wp('1987-03-27')],
  ),
  ev(
    'DemandTabled',
    'dem-tr-no-drilling',
    { occurredAt: '1987-03', recordedAt: rec('1987-03-28', '06:10') },
    {
      demandId: D.noDrilling,
      by: 'turkey',
      addressedTo: ['greece'],
      text: 'No Greek drilling for oil in the disputed waters of the Aegean beyond Greek territorial waters, as the Bern accord of 1976 provides, pending a negotiated division of the continental shelf.',
      category: 'territorial',
    },
    [qub('1987-03-27')],
  ),
  ev(
    'StatementMade',
    'stmt-turkey-bern',
    { occurredAt: '1987-03', recordedAt: rec('1987-03-28', '06:15') },
    {
      speaker: TR_GOV,
      audience: 'greece',
      tone: 'accusation',
      summary:
        'The Turkish government says the consortium’s planned drilling off Thasos contravenes the Bern agreement of 1976 between the two countries, which Papandreou has renounced.',
    },
    [qub('1987-03-27')],
  ),
  ev(
    'IncidentReported',
    'inc-sismik-sent',
    { occurredAt: '1987-03-27', recordedAt: rec('1987-03-28', '07:00') },
    {
      incidentId: 'tr-sismik-naval-escort-1987-03-27',
      kind: 'force-posture',
      perpetrator: 'turkey',
      against: 'greece',
      place: P.northAegean,
      description:
        'Turkey’s National Security Council, headed by President Evren, orders the research ship Sismik 1 to sail through the Dardanelles under heavy naval escort into the disputed waters around Lesbos, Lemnos and Samothrace; the ship is reported at the Dardanelles ready to sail with Turkish warships.',
    },
    [S.lat0328, qub('1987-03-27')],
  ),
  ev(
    'DemandTabled',
    'dem-gr-sismik-out',
    { occurredAt: '1987-03-27', recordedAt: rec('1987-03-28', '07:05') },
    {
      demandId: D.sismikOut,
      by: 'greece',
      addressedTo: ['turkey'],
      text: 'The Sismik 1 is not to enter the contested waters of the Aegean that Greece claims as its continental shelf.',
      category: 'territorial',
    },
    [S.lat0328],
  ),
  ev(
    'StatementMade',
    'stmt-papandreou-threat',
    { occurredAt: '1987-03-27', recordedAt: rec('1987-03-28', '07:10') },
    {
      speaker: PAPANDREOU,
      audience: 'turkey',
      tone: 'military-threat',
      summary:
        'Papandreou warns Turkey against sending the Sismik 1 into the contested waters, saying "hostilities" could erupt; he gives the order to sink it if it is found in the waters Greece claims.',
      quote: 'hostilities',
    },
    [S.lat0328, graded(wp('1987-03-27'), 3)],
  ),
  ev(
    'IncidentReported',
    'inc-greek-alert',
    { occurredAt: '1987-03-27', recordedAt: rec('1987-03-28', '07:15') },
    {
      incidentId: 'gr-forces-alert-1987-03-27',
      kind: 'force-posture',
      perpetrator: 'greece',
      against: 'turkey',
      description: 'Greece places its armed forces, and its navy, on alert.',
    },
    [S.lat0328, wp('1987-03-27')],
  ),
  ev(
    'IncidentReported',
    'inc-turkish-alert',
    { occurredAt: '1987-03-27', recordedAt: rec('1987-03-28', '07:20') },
    {
      incidentId: 'tr-forces-alert-1987-03-27',
      kind: 'force-posture',
      perpetrator: 'turkey',
      against: 'greece',
      description: 'Turkey places its armed forces on alert.',
    },
    [S.lat0328],
  ),
  ev(
    'StatementMade',
    'stmt-ozal-cause-of-war',
    { occurredAt: '1987-03-27', recordedAt: rec('1987-03-28', '07:25') },
    {
      speaker: OZAL,
      audience: 'greece',
      tone: 'military-threat',
      summary:
        'Özal says the ship will stay in territorial waters and wait for Greece to make the first move; if the Greeks intervene against it, Turkey will intervene in exactly the same way, which may be cause of a war.',
      quote:
        'If the Greeks intervene against our ship, we will intervene in exactly the same way. This may be cause of a war, which we do not at all want.',
    },
    [S.lat0328, qub('1987-03-27')],
  ),
  ev(
    'StatementMade',
    'stmt-papandreou-blames-us',
    { occurredAt: '1987-03-27', recordedAt: rec('1987-03-28', '07:30') },
    {
      speaker: PAPANDREOU,
      audience: 'united-states',
      tone: 'accusation',
      summary: 'Papandreou blames the Atlantic Alliance, and especially the United States, for the crisis.',
      quote:
        'The Atlantic Alliance, and especially the United States, bear the responsibility for the Aegean developments because they increasingly support Turkish military might',
    },
    [S.lat0328],
  ),
  ev(
    'DemandTabled',
    'dem-gr-nea-makri',
    { occurredAt: '1987-03-27', recordedAt: rec('1987-03-28', '07:35') },
    {
      demandId: D.neaMakri,
      by: 'greece',
      addressedTo: ['united-states'],
      text: 'The United States is to suspend operations at its naval communications base at Nea Makri until the crisis is over (invoking the 1983 bases agreement, for fear that the base, linked to one near Izmir, would leak information to Turkey).',
      category: 'security',
    },
    [S.lat0328],
  ),
  ev(
    'MediationAction',
    'med-carrington-offer',
    { occurredAt: '1987-03-27', precision: 'approximate', recordedAt: rec('1987-03-28', '08:00') },
    {
      mediator: 'nato',
      action: 'offered',
      summary:
        'NATO’s Secretary General, Lord Carrington, urges Greece and Turkey to avoid the use of force and offers to mediate.',
    },
    [wp('1987-03-27')],
  ),
  ev(
    'ThirdPartyEngagement',
    'tpe-allies-press-turkey',
    { occurredAt: '1987-03-27', precision: 'approximate', recordedAt: rec('1987-03-29', '06:00') },
    {
      actorId: 'united-states',
      counterparts: ['turkey', 'greece'],
      kind: 'outreach',
      summary:
        'The United States and other NATO allies press Turkey to keep the Sismik 1 out of the disputed waters; the US ambassador, Robert Keeley, meets the Greek foreign under-secretary Yiannis Kapsis for 45 minutes on the base.',
    },
    [S.nyt0329, S.lat0328],
  ),
  ev(
    'PositionTaken',
    'pos-tr-sismik-out',
    { occurredAt: '1987-03-27T21:00:00Z', precision: 'approximate', recordedAt: rec('1987-03-29', '06:05') },
    {
      demandId: D.sismikOut,
      actorId: 'turkey',
      stance: 'conditional',
      conditions: 'Greece does not drill in the disputed waters either.',
      speaker: OZAL,
    },
    [S.nyt0329, S.lat0328],
    {
      note: 'Under pressure from the United States and other NATO allies, Özal orders the Sismik 1 to avoid the disputed waters around Lesbos, Lemnos and Samothrace (Friday night).',
    },
  ),
  // ===== 28 March 1987: standing back =====
  ev(
    'StatementMade',
    'stmt-eralp-neither-shall-we',
    { occurredAt: '1987-03-28', recordedAt: rec('1987-03-29', '07:00') },
    {
      speaker: ERALP,
      audience: 'greece',
      tone: 'neutral',
      summary:
        'The Turkish Foreign Ministry’s spokesman says the Greeks have given up their idea of drilling in the disputed waters, and that if they do not enter them, neither will Turkey.',
      quote: 'if they do not enter the disputed waters, then neither shall we',
    },
    [S.nyt0329],
  ),
  ev(
    'PositionTaken',
    'pos-gr-no-drilling',
    { occurredAt: '1987-03-28', recordedAt: rec('1987-03-29', '07:05') },
    {
      demandId: D.noDrilling,
      actorId: 'greece',
      stance: 'accepted-in-principle',
      conditions:
        'As Turkish officials give it: no drilling in the disputed waters around Thasos; the Greek government does not say so itself.',
    },
    [graded(S.nyt0329, 3)],
  ),
  ev(
    'StatementMade',
    'stmt-turkey-accepts-carrington',
    { occurredAt: '1987-03-28', recordedAt: rec('1987-03-29', '07:10') },
    {
      speaker: TR_GOV,
      audience: 'nato',
      tone: 'conciliatory',
      summary:
        'Turkey accepts Lord Carrington’s offer to mediate between it and Greece (the US State Department, informed by Ankara); Greece has not said whether it accepts.',
    },
    [S.lat0329],
  ),
  ev(
    'DemandWithdrawn',
    'dem-gr-nea-makri-withdrawn',
    { occurredAt: '1987-03-28', recordedAt: rec('1987-03-29', '08:00') },
    {
      demandId: D.neaMakri,
      reason:
        'The US Embassy: "The government of Greece has withdrawn its request for the Nea Makri base to be closed."',
    },
    [S.lat0329, S.nyt0329],
  ),
  ev(
    'StatementMade',
    'stmt-papandreou-optimistic',
    { occurredAt: '1987-03-28', recordedAt: rec('1987-03-29', '08:05') },
    {
      speaker: PAPANDREOU,
      tone: 'conciliatory',
      summary:
        'Papandreou calls himself "restrainedly optimistic" that the crisis has passed, after Turkey said it was cancelling the ship’s voyage into the contested waters.',
      quote: 'restrainedly optimistic',
    },
    [S.lat0329],
  ),
  ev(
    'ThirdPartyEngagement',
    'tpe-us-pleased',
    { occurredAt: '1987-03-28', recordedAt: rec('1987-03-29', '08:10') },
    {
      actorId: 'united-states',
      counterparts: ['greece', 'turkey'],
      kind: 'outreach',
      summary:
        'The State Department (spokesman Bruce Ammerman) is "pleased" that Greece rescinded its call on Nea Makri, and hopes both allies will take advantage of Carrington’s mediation.',
    },
    [S.lat0329],
  ),
  // ===== January – February 1988: Davos =====
  ev(
    'TalksRoundScheduled',
    'davos-scheduled',
    { occurredAt: '1988-01-29', precision: 'approximate', recordedAt: rec('1988-01-29', '12:00') },
    {
      roundId: R.davos,
      label: 'Papandreou – Özal at the World Economic Forum, Davos',
      format: 'informal',
      venue: 'Davos',
      plannedFor: '1988-01-30',
    },
    [S.csm0129],
    {
      note: 'Several months of "letter diplomacy" between the two prime ministers since March 1987 led to the agreement to meet on 30 and 31 January (the day of that agreement is not given).',
    },
  ),
  ev(
    'StatementMade',
    'stmt-turkey-cbm-package',
    { occurredAt: '1988-01-29', precision: 'approximate', recordedAt: rec('1988-01-29', '12:05') },
    {
      speaker: TR_GOV,
      audience: 'greece',
      tone: 'conciliatory',
      summary:
        'Turkish officials say Özal will give priority to confidence-building measures at Davos (trade, economic cooperation, tourism, cultural exchanges, school history texts) and seems ready for gestures such as restoring property rights to Greeks expelled from Turkey in the 1960s.',
    },
    [graded(S.csm0129, 3)],
  ),
  ev(
    'TalksRoundOpened',
    'davos-opened',
    { occurredAt: '1988-01-30', recordedAt: rec('1988-01-31', '10:00') },
    {
      roundId: R.davos,
      label: 'Papandreou – Özal at the World Economic Forum, Davos',
      format: 'informal',
      venue: 'Davos (Hotel Belvedere)',
      delegations: [
        { actorId: 'greece', head: PAPANDREOU },
        { actorId: 'turkey', head: OZAL },
      ],
    },
    [S.elpais0131],
    {
      note: 'The first official meeting of the two prime ministers; two meetings on Saturday, no communiqué that day.',
    },
  ),
  ev(
    'TalksRoundConcluded',
    'davos-concluded',
    { occurredAt: '1988-01-31', recordedAt: rec('1988-02-01', '10:00') },
    {
      roundId: R.davos,
      outcome: 'agreement',
      summary:
        'After six meetings in two days, Papandreou and Özal issue a joint closing communiqué: lasting peaceful relations, no repeat of last year’s crisis, two committees (cooperation; the political disputes), at least one meeting a year, visits, a direct telephone line. No rapprochement on the main disputes.',
    },
    [S.taz0201],
    { occurrence: 'davos-1988' },
  ),
  ev(
    'AgreementReached',
    'davos-agreement',
    { occurredAt: '1988-01-31', recordedAt: rec('1988-02-01', '10:05') },
    {
      agreementId: AG.davos,
      kind: 'framework',
      roundId: R.davos,
      provisions: [
        'Both sides direct their efforts to building lasting peaceful relations; a crisis like that of March 1987 is not to happen again',
        'A joint committee on cooperation (economy, trade, tourism) and a committee on the political disputes',
        'The prime ministers meet at least once a year; mutual visits',
        'A direct telephone line between the two prime ministers',
      ],
      signatories: ['greece', 'turkey'],
      textPublic: true,
    },
    [S.taz0201],
    { occurrence: 'davos-1988' },
  ),
  ev(
    'StatementMade',
    'stmt-csm-davos',
    { occurredAt: '1988-02-18', precision: 'approximate', recordedAt: rec('1988-02-18', '12:00') },
    {
      speaker: OZAL,
      audience: 'greece',
      tone: 'conciliatory',
      summary:
        'Özal amends his travel plans to stop in Athens on his way home from the NATO meeting in Brussels; the leaders have set up a joint economic council to promote trade and tourism.',
    },
    [S.csm0218],
  ),
  // ===== May – June 1988: the memorandum of Athens, Özal in Athens =====
  ev(
    'TalksRoundOpened',
    'athens-mou-opened',
    { occurredAt: '1988-05-27', recordedAt: rec('1988-05-27', '18:00') },
    {
      roundId: R.athensMou,
      label: 'Papoulias – Yılmaz, foreign ministers, Athens',
      format: 'formal',
      venue: 'Athens (Vouliagmeni)',
      delegations: [
        { actorId: 'greece', head: PAPOULIAS },
        { actorId: 'turkey', head: YILMAZ },
      ],
    },
    [S.mou0527],
    { occurrence: 'athens-memorandum-1988' },
  ),
  ev(
    'TalksRoundConcluded',
    'athens-mou-concluded',
    { occurredAt: '1988-05-27', recordedAt: rec('1988-05-27', '18:05') },
    {
      roundId: R.athensMou,
      outcome: 'agreement',
      summary:
        'The two foreign ministers sign a memorandum of understanding on confidence-building measures in the Aegean.',
    },
    [S.mou0527],
    { occurrence: 'athens-memorandum-1988' },
  ),
  ev(
    'AgreementReached',
    'athens-mou-agreement',
    { occurredAt: '1988-05-27', recordedAt: rec('1988-05-27', '18:10') },
    {
      agreementId: AG.mou,
      kind: 'partial',
      roundId: R.athensMou,
      status: 'signed',
      provisions: [
        'Both recognise the obligation to respect each other’s sovereignty and territorial integrity and their rights to use the high seas and international airspace of the Aegean',
        'National military activities on the high seas and in international airspace are to avoid interfering with shipping and air traffic',
        'Military exercises are to avoid isolating areas, blocking exercise areas for long periods, and the tourist peak (1 July – 1 September) and main national and religious holidays',
        'Communication through diplomatic channels when required',
        'Implemented in full conformity with the Davos joint press communiqué',
      ],
      signatories: ['greece', 'turkey'],
      textPublic: true,
    },
    [S.mou0527],
    { occurrence: 'athens-memorandum-1988' },
  ),
  ev(
    'TalksRoundOpened',
    'ozal-athens-opened',
    { occurredAt: '1988-06-13', recordedAt: rec('1988-06-14', '10:00') },
    {
      roundId: R.ozalAthens,
      label: 'Özal’s visit to Athens',
      format: 'formal',
      venue: 'Athens',
      delegations: [
        { actorId: 'greece', head: PAPANDREOU },
        { actorId: 'turkey', head: OZAL },
      ],
    },
    [S.lat0614],
    {
      note: 'The first visit to Athens by a Turkish prime minister in nearly four decades; three days of meetings on the Aegean and Cyprus, the fruit of Davos. Demonstrations against the visit in Athens.',
    },
  ),
  ev(
    'StatementMade',
    'stmt-papandreou-ensured-peace',
    { occurredAt: '1988-06-13', recordedAt: rec('1988-06-14', '10:05') },
    {
      speaker: PAPANDREOU,
      audience: 'turkey',
      tone: 'conciliatory',
      summary:
        'Papandreou tells Greek legislators before the visit that peace is ensured and Greece strives to consolidate it.',
      quote: 'We have an ensured peace, but we’re striving for the consolidation of peace in the region',
    },
    [S.lat0614],
  ),
  ev(
    'StatementMade',
    'stmt-ozal-realistic',
    { occurredAt: '1988-06-13', recordedAt: rec('1988-06-14', '10:10') },
    {
      speaker: OZAL,
      audience: 'greece',
      tone: 'conciliatory',
      summary: 'Özal calls for realistic expectations: the two are laying a strong foundation for wider cooperation.',
      quote:
        'We must have realistic expectations. . . . We are laying a strong foundation for expanding cooperation in the future.',
    },
    [S.lat0614],
  ),
  ev(
    'TalksRoundConcluded',
    'ozal-athens-concluded',
    { occurredAt: '1988-06-15', recordedAt: rec('1988-06-16', '10:00') },
    {
      roundId: R.ozalAthens,
      outcome: 'progress',
      summary:
        'Three days of talks end with a decision to keep talking: no agreement on Cyprus, the key point, nor specific agreement on lesser issues, but both sides see progress.',
      nextSteps:
        'The two prime ministers, who have met three times this year, will meet again in Turkey in the autumn.',
    },
    [S.lat0616],
  ),
  ev(
    'StatementMade',
    'stmt-papandreou-light',
    { occurredAt: '1988-06-15', recordedAt: rec('1988-06-16', '10:05') },
    {
      speaker: PAPANDREOU,
      audience: 'turkey',
      tone: 'conciliatory',
      summary:
        'After a "lively dialogue" with Özal, Papandreou sees a light at the end of the tunnel, and warns that three meetings could not resolve every Greek–Turkish issue.',
      quote: 'There is a light at the end of the tunnel',
    },
    [S.lat0616],
  ),
  ev(
    'StatementMade',
    'stmt-ozal-progress',
    { occurredAt: '1988-06-15', recordedAt: rec('1988-06-16', '10:10') },
    {
      speaker: OZAL,
      audience: 'greece',
      tone: 'conciliatory',
      summary: 'Özal agrees that progress was made, and counsels patience.',
      quote: 'We have made progress, I believe.',
    },
    [S.lat0616],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'greece-turkey-1987.jsonl',
  logEnd: '1988-12-31T00:00:00Z',
  events,
};

export default definition;
