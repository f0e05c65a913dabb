/**
 * A test fixture, not a shipped example: Uganda (Idi Amin's government) and Tanzania (Julius Nyerere's) from the
 * border incidents of October 1978 to the Tanzanian troops' pull-out from Uganda (May 1981), as an analyst following
 * the news could have recorded them — Uganda's air raids around Bukoba (from about 13 October) and its charges that
 * Tanzanian troops had crossed into Uganda, the large attack across the border (25 October), the invasion of the
 * Kagera Salient (30–31 October) and its annexation up to the Kagera River (1 November), Nyerere's declaration of war
 * (2 November), the OAU's failed mediation, the Tanzanian counter-offensive that ejected the Ugandans (later in
 * November), the Tanzanian crossing into Uganda at Mutukula (21–22 January 1979), the advance on Masaka and Mbarara
 * (February), Libya's troops in the war and the battle of Lukaya (10–11 March), the advance on Mpigi and Mityana
 * (late March), the fall of Entebbe (7 April) and of Kampala (10–11 April) and the UNLF government that replaced
 * Amin's, Nyerere's pressure on the Binaisa government (February – March 1980) and the pull-out of the Tanzanian
 * troops (from May 1981). Escalation model v2 was never tuned on it: it is the case the model is held to in
 * uganda-tanzania-1978.spec.ts, against the calls an analyst makes from DOMAIN.md §5b alone.
 *
 * The parties are Uganda and Tanzania. Mediator: the Organisation of African Unity. Registered: Libya (third party:
 * its troops fought for Amin from March 1979; their acts are Libya's, not Uganda's) and the Uganda National Liberation
 * Front and its army (third party while Amin ruled: its fighters went with the Tanzanians, whose battles are recorded
 * as Tanzania's, as the sources tell them).
 *
 * Kept under test/ so that the demo data (examples/) and the calibration file's coverage do not change. Built and
 * checked with the same builder as the shipped cases (examples/case-builder.ts): every event replays through `decide`
 * and cites a dated, graded public source. Recorded retrospectively (7 December 2026, one minute apart, in log order).
 *
 * Grading as in examples/README.md: B = an established outlet (the Christian Science Monitor, the Daily Monitor of
 * Kampala, Tanzanian Affairs — the bulletin of the Britain–Tanzania Society, written in December 1978 from the
 * period's reports); C = an encyclopedia, a copy on an archive or mirror site, a blog or a later popular history
 * (Wikipedia, the docslib copy of Facts on File, the Tanzania Times, datastorica); 2 = several sources agree or one
 * established source reports it; 3 = one side's claim, or a count the sources disagree on.
 *
 * Dates of sources: contemporary reports by their own date; Wikipedia by the day of the development it is cited for
 * (as the other fixtures do), later reports by their own date.
 *
 * Judgement calls, recorded as an analyst would:
 * - The pair's identity changes on 11 April 1979: Kampala falls and the UNLF's provisional government replaces
 *   Amin's. The actor `uganda` is the state throughout: its government is Amin's until the fall of Kampala, the UNLF's
 *   from then on (recorded by the new government's announcement, 11 April, with a note). The Tanzanians' pursuit of
 *   Amin's remnant forces to the Sudanese border (to 3 June 1979) is fighting against what is no longer Uganda's
 *   government; no dated act of it was found in the sources read, and none is recorded.
 * - `scale: 'major'` only where the source calls the act an invasion or an offensive: the invasion of the Salient on
 *   30 October ("Ugandan troops invaded the Kagera salient in Tanzania", Tanzanian Affairs; "In October 1978 Uganda
 *   invaded the Kagera Salient", Wikipedia), the Tanzanian counter-offensive of November ("The Tanzanians organised a
 *   counter-offensive later in November and successfully ejected the Ugandan forces from their country", Wikipedia),
 *   and the taking of Kampala ("An invasion force of 5,000 Tanzanian soldiers and 3,000 Ugandan exiles entered the
 *   capital", Facts on File). The attack of 25 October ("a large attack over the border"), Mutukula, Masaka, Mbarara,
 *   Lukaya ("a counterattack") and Entebbe are not `major`: their sources do not use those words for them.
 * - The Salient taken with fire on 30 October (the invasion, recorded as such) and annexed on 1 November is Uganda's
 *   `occupation` of "Kagera Salient" from the annexation, ended by Uganda's `withdrawal` from it when the Tanzanian
 *   counter-offensive ejected its troops.
 * - The counter-offensive and the withdrawal have no day in the sources read ("later in November"): both are dated
 *   approximately on 20 November 1978. The OAU's mediation has no day either ("The Organisation of African Unity failed
 *   to mediate a diplomatic resolution"; Nyerere's "first reaction was to seek a diplomatic solution ... through the
 *   OAU. When the OAU failed to act ..."): recorded with its month only (November 1978, read as the 1st). Amin's offers
 *   to withdraw were not found with a date in the sources read: not recorded.
 * - One place, written one way: "Kagera Salient" for the invasion, the annexation, the counter-offensive and the
 *   withdrawal; "Bukoba" for the air raids on the town and its villages; each Ugandan town by its name.
 * - Tolls are given where the source gives one for the act: Mutukula (3 Tanzanians and 14 Ugandans killed), Lukaya
 *   (about 200 Ugandan soldiers and 8 Tanzanians; the Libyans' 200 dead are a third party's and are in the
 *   description), Kampala ("dozens" of Ugandan soldiers, fewer than 100 by an older revision of the same article:
 *   24–99). The 1,500 civilians Wikipedia says were shot in the occupied Salient are not one act's toll.
 * - Libya's 1,000 soldiers sent on 9 March 1979 are its support of Uganda (a third party's engagement); its rocket
 *   fire on the Tanzanians in Lukaya on 10 March is its own act against Tanzania. Gaddafi's 24-hour ultimatum to
 *   Nyerere (a third party's) has no date in the sources read: not recorded.
 * - After the war: the Tanzanian troops stayed in Uganda with its new government's consent ("the agreement he made
 *   with President Godfrey Binaisa to keep Tanzanian troops in Uganda for a two-year period", CSM, 10 March 1980):
 *   not an occupation. The agreement's date is not given in any source read, so it is not recorded; its end is the
 *   pull-out from May 1981, recorded as Tanzania's `withdrawal` from "Uganda". Nyerere's threat to pull his troops out
 *   unless the Binaisa government held together (February 1980) is pressure on an ally, recorded as critical, not as
 *   a threat against Uganda. The Military Commission's takeover of May 1980 and the Tanzanian guard on Binaisa are
 *   Uganda's internal affairs: not recorded.
 * - Not recorded for want of a dated source read: the shooting by a Ugandan soldier across the border that the Daily
 *   Monitor dates to 9–10 October 1978 on one officer's memory, the artillery exchanges across the border in December
 *   1978, the Tanzanian shelling of Kampala before 10 April beyond the approximate day recorded, and the battles after
 *   the fall of Kampala (Jinja, Lira, Arua).
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, retrospectiveClock, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'uganda-tanzania-1978';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 1978);
/** Recorded retrospectively on 7 December 2026, one minute apart, in log order. */
const when = retrospectiveClock('2026-12-07T01:00:00Z');

const UGANDA: Actor = { id: 'uganda', name: 'Uganda', kind: 'state', aliases: ['Kampala', 'Republic of Uganda'] };
const TANZANIA: Actor = {
  id: 'tanzania',
  name: 'Tanzania',
  kind: 'state',
  aliases: ['Dar es Salaam', 'United Republic of Tanzania'],
};
const OAU: Actor = {
  id: 'oau',
  name: 'Organisation of African Unity',
  kind: 'international-organisation',
  aliases: ['OAU'],
};
const LIBYA: Actor = { id: 'libya', name: 'Libya', kind: 'state', aliases: ['Tripoli', 'Gaddafi'] };
const UNLF: Actor = {
  id: 'unlf',
  name: 'Uganda National Liberation Front / Army',
  kind: 'armed-group',
  aliases: ['UNLF', 'UNLA', 'Kikosi Maalum', 'Ugandan exiles'],
};

const UGANDA_GOVT: Person = { name: 'Government of Uganda (Radio Uganda)', actorId: 'uganda' };
const AMIN: Person = { name: 'Idi Amin', title: 'President of Uganda', actorId: 'uganda' };
const TANZANIA_GOVT: Person = { name: 'Tanzanian government spokesman', actorId: 'tanzania' };
const NYERERE: Person = { name: 'Julius Nyerere', title: 'President of Tanzania', actorId: 'tanzania' };
const UNLF_GOVT: Person = {
  name: 'Yusuf Lule',
  title: 'President of Uganda (UNLF provisional government)',
  actorId: 'uganda',
};
const MUWANGA: Person = {
  name: 'Paulo Muwanga',
  title: 'Vice-President and Minister of Defence of Uganda',
  actorId: 'uganda',
};

const S = {
  wpWar: source(
    'Uganda–Tanzania War',
    'Wikipedia',
    'https://en.wikipedia.org/wiki/Uganda%E2%80%93Tanzania_War',
    '1978-11-02',
    'C',
    2,
  ),
  tza7812: source(
    'The conflict with Uganda',
    'Tanzanian Affairs (Britain–Tanzania Society)',
    'https://www.tzaffairs.org/1978/12/the-conflict-with-uganda/',
    '1978-12-01',
    'B',
    2,
  ),
  wpKagera: source(
    'Invasion of Kagera',
    'Wikipedia',
    'https://en.wikipedia.org/wiki/Invasion_of_Kagera',
    '1978-10-25',
    'C',
    2,
  ),
  monitor140426: source(
    'Revisiting the Tanzania-Uganda war that toppled Amin',
    'Daily Monitor (Kampala)',
    'https://www.monitor.co.ug/SpecialReports/Revisiting-the-Tanzania-Uganda-war-that-toppled-Amin/688342-2293306-110gxl9/index.html',
    '2014-04-26',
    'B',
    2,
  ),
  monitor140427: source(
    'How Mbarara, Kampala fell to Tanzanian army',
    'Daily Monitor (Kampala)',
    'https://www.monitor.co.ug/uganda/magazines/people-power/how-mbarara-kampala-fell-to-tanzanian-army-1570886',
    '2014-04-27',
    'B',
    2,
  ),
  wpMutukula: source(
    'Battle of Mutukula',
    'Wikipedia',
    'https://en.wikipedia.org/wiki/Battle_of_Mutukula',
    '1979-01-22',
    'C',
    2,
  ),
  wpMasaka: source(
    'Battle of Masaka (Misplaced Pages copy of Wikipedia)',
    'Wikipedia (mirror)',
    'https://n.global.ssl.fastly.net/Battle_of_Masaka',
    '1979-02-24',
    'C',
    2,
  ),
  tzTimes: source(
    'How the War in Uganda melted animosity between Presidents of Kenya and Tanzania in March 1979',
    'The Tanzania Times',
    'https://tanzaniatimes.net/?p=28579',
    '2025-03-09',
    'C',
    2,
  ),
  wpLukaya: source(
    'Battle of Lukaya',
    'Wikipedia (wikizero copy)',
    'https://wikizero.com/en/Battle_of_Lukaya',
    '1979-03-11',
    'C',
    2,
  ),
  fof790413: source(
    'Ugandan Capital Falls to Invaders (Facts on File, 13 April 1979)',
    'Facts on File World News Digest (docslib copy)',
    'https://docslib.org/doc/7514611/ugandan-capital-falls-to-invaders',
    '1979-04-13',
    'C',
    2,
  ),
  wpEntebbe: source(
    'Battle of Entebbe (1979)',
    'Wikipedia (askwikinow copy)',
    'https://askwikinow.com/view_html.php?lang=en&q=Battle_of_Entebbe&sq=Facebook',
    '1979-04-07',
    'C',
    2,
  ),
  wpKampala: source(
    'Fall of Kampala',
    'Wikipedia',
    'https://en.wikipedia.org/wiki/Fall_of_Kampala',
    '1979-04-11',
    'C',
    2,
  ),
  datastorica: source(
    '11 aprile 1979: Kampala occupata dalle truppe della Tanzania',
    'Datastorica',
    'https://datastorica.it/blog/?p=17973',
    '1979-04-11',
    'C',
    2,
  ),
  csm800227: source(
    'Nyerere flexes muscle in Uganda by threatening troop withdrawal',
    'Christian Science Monitor',
    'https://www.csmonitor.com/1980/0227/022753.html',
    '1980-02-27',
    'B',
    2,
  ),
  csm800310: source(
    'Tanzania presses Uganda to put its house in order',
    'Christian Science Monitor',
    'https://www.csmonitor.com/1980/0310/031040.html',
    '1980-03-10',
    'B',
    2,
  ),
  csm810504: source(
    "Tanzania's troops pull out of Uganda",
    'Christian Science Monitor',
    'https://www.csmonitor.com/1981/0504/050445.html',
    '1981-05-04',
    'B',
    2,
  ),
};

const P = {
  kagera: 'Kagera Salient',
  bukoba: 'Bukoba',
  mutukula: 'Mutukula',
  gayaza: 'Gayaza hills',
  masaka: 'Masaka',
  mbarara: 'Mbarara',
  lukaya: 'Lukaya',
  mpigi: 'Mpigi',
  mityana: 'Mityana',
  entebbe: 'Entebbe',
  kampala: 'Kampala',
};
const D = {
  kageraBorder: 'uganda-border-on-kagera-river',
  ugandaOut: 'tanzania-uganda-out-of-kagera',
};

const events = [
  // ===== October 1978: the border incidents =====
  ev(
    'NegotiationOpened',
    'opened',
    when('1978-10-09'),
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Uganda – Tanzania, the Kagera war and the fall of Amin, 1978–81',
      subject:
        'The war between Idi Amin’s Uganda and Nyerere’s Tanzania: the border incidents and the invasion and annexation of the Kagera Salient (October – November 1978), the OAU’s failed mediation, Tanzania’s counter-offensive and its advance into Uganda with the UNLF, the Libyan troops, the fall of Kampala and of Amin (April 1979), and the Tanzanian troops’ stay in Uganda to 1981',
      parties: [UGANDA, TANZANIA],
      mediators: [OAU],
    },
    [S.wpWar],
  ),
  ev('ActorRegistered', 'actor-libya', when('1978-10-09'), { actor: LIBYA, role: 'third-party' }, [S.wpWar], {
    note: 'Gaddafi’s Libya, Amin’s ally: its troops fought for him from March 1979 (Lukaya, Entebbe); their acts are Libya’s.',
  }),
  ev('ActorRegistered', 'actor-unlf', when('1978-10-09'), { actor: UNLF, role: 'third-party' }, [S.wpWar], {
    note: 'The Ugandan exiles who fought with the Tanzanians; its provisional government replaced Amin’s on 11 April 1979, from when it is Uganda’s government.',
  }),
  ev(
    'StatementMade',
    'stmt-uganda-invasion-claim-781012',
    when('1978-10-12'),
    {
      speaker: UGANDA_GOVT,
      audience: 'tanzania',
      tone: 'accusation',
      summary:
        'Uganda claims that a battalion of Tanzanian troops crossed into Uganda and that there was fighting near Mbarara.',
    },
    [graded(S.tza7812, 3)],
  ),
  ev(
    'StatementMade',
    'stmt-tanzania-denial-781012',
    when('1978-10-12'),
    {
      speaker: TANZANIA_GOVT,
      audience: 'uganda',
      tone: 'critical',
      summary:
        'Tanzania denies it at once: allegations of invasions are always made when Uganda is facing internal trouble.',
    },
    [S.tza7812],
  ),
  ev(
    'IncidentReported',
    'inc-bukoba-raid-781013',
    when('1978-10-13', 'approximate'),
    {
      incidentId: 'uganda-air-raid-bukoba-1978-10-13',
      kind: 'airstrike',
      perpetrator: 'uganda',
      against: 'tanzania',
      place: P.bukoba,
      target: 'Villages and roads around Bukoba',
      description:
        'Ugandan aircraft bomb villages and roads around Bukoba, on or around 13 October (revealed later: Tanzania played the raids down).',
    },
    [S.tza7812],
  ),
  ev(
    'StatementMade',
    'stmt-amin-pulled-back-781022',
    when('1978-10-22'),
    {
      speaker: AMIN,
      audience: 'tanzania',
      tone: 'accusation',
      summary: 'Amin announces that the Tanzanian "invading force" has pulled back.',
    },
    [graded(S.tza7812, 3)],
  ),
  ev(
    'IncidentReported',
    'inc-border-attack-781025',
    when('1978-10-25'),
    {
      incidentId: 'uganda-attack-kagera-1978-10-25',
      kind: 'clash',
      perpetrator: 'uganda',
      against: 'tanzania',
      place: P.kagera,
      description: 'The Uganda Army launches a large attack over the border into the Kagera region.',
    },
    [S.wpKagera],
  ),
  ev(
    'IncidentReported',
    'inc-bukoba-raid-781026',
    when('1978-10-26'),
    {
      incidentId: 'uganda-air-raid-bukoba-1978-10-26',
      kind: 'airstrike',
      perpetrator: 'uganda',
      against: 'tanzania',
      place: P.bukoba,
      description: 'Ugandan aircraft bomb Bukoba again.',
    },
    [S.tza7812],
  ),
  ev(
    'StatementMade',
    'stmt-uganda-cuban-claim-781027',
    when('1978-10-27'),
    {
      speaker: UGANDA_GOVT,
      audience: 'tanzania',
      tone: 'accusation',
      summary:
        'Uganda again claims it has been invaded by Tanzanian forces, with Cuban troops; Tanzania, observers and diplomats dismiss the reports.',
    },
    [graded(S.tza7812, 3)],
  ),
  ev(
    'IncidentReported',
    'inc-bukoba-raid-781028',
    when('1978-10-28'),
    {
      incidentId: 'uganda-air-raid-bukoba-1978-10-28',
      kind: 'airstrike',
      perpetrator: 'uganda',
      against: 'tanzania',
      place: P.bukoba,
      description: 'Ugandan aircraft bomb Bukoba for the third time.',
    },
    [S.tza7812],
  ),
  // ===== 30 October – November 1978: the invasion, the annexation, the war declared =====
  ev(
    'IncidentReported',
    'inc-invasion-781030',
    when('1978-10-30'),
    {
      incidentId: 'uganda-invasion-kagera-1978-10-30',
      kind: 'clash',
      perpetrator: 'uganda',
      against: 'tanzania',
      place: P.kagera,
      scale: 'major',
      target: 'Tanzanian militia and border posts; the villages of the Salient',
      description:
        'About 3,000 Ugandan troops with tanks and APCs invade the Kagera Salient along four routes (Kukunga, Masanya, Mutukula, Minziro), meeting only ineffectual rifle fire from the militia, and reach the Kyaka bridge on the Kagera River by evening (30–31 October); they loot the Salient and shoot soldiers and civilians alike.',
    },
    [S.tza7812, S.wpKagera],
  ),
  ev(
    'StatementMade',
    'stmt-uganda-annexation-781101',
    when('1978-11-01'),
    {
      speaker: UGANDA_GOVT,
      audience: 'tanzania',
      tone: 'threat',
      summary:
        'The Ugandan government announces that it has annexed 710 square miles of Tanzanian territory: the border now runs along the Kagera River.',
    },
    [S.tza7812],
  ),
  ev(
    'DemandTabled',
    'demand-kagera-border',
    when('1978-11-01'),
    {
      demandId: D.kageraBorder,
      by: 'uganda',
      addressedTo: ['tanzania'],
      text: 'The Uganda–Tanzania border runs along the Kagera River: the Salient north of it is Uganda’s',
      category: 'territorial',
    },
    [S.tza7812],
  ),
  ev(
    'IncidentReported',
    'inc-occupation-781101',
    when('1978-11-01'),
    {
      incidentId: 'uganda-holds-kagera-1978-11-01',
      kind: 'occupation',
      perpetrator: 'uganda',
      against: 'tanzania',
      place: P.kagera,
      description:
        'Uganda holds the Salient it took on 30–31 October (the invasion recorded as such) and annexes it; its troops halt at the north end of the Kyaka bridge.',
    },
    [S.tza7812, S.wpKagera],
  ),
  ev(
    'StatementMade',
    'stmt-nyerere-snake-781101',
    when('1978-11-01'),
    {
      speaker: NYERERE,
      audience: 'uganda',
      tone: 'military-threat',
      summary:
        'Tanzania orders its army mobilised; Nyerere says Tanzania will fight until the invader is out of its territory.',
      quote: 'We do not want to fight, but now we are going to fight',
    },
    [S.tza7812],
  ),
  ev(
    'DemandTabled',
    'demand-uganda-out',
    when('1978-11-01'),
    {
      demandId: D.ugandaOut,
      by: 'tanzania',
      addressedTo: ['uganda'],
      text: 'Uganda’s forces out of the Kagera Salient',
      category: 'territorial',
    },
    [S.tza7812],
  ),
  ev(
    'MediationAction',
    'med-oau-7811',
    when('1978-11'),
    {
      mediator: 'oau',
      action: 'offered',
      summary:
        'Nyerere first seeks a diplomatic solution through the OAU; the OAU fails to act and fails to mediate a resolution (no day given in the sources read).',
    },
    [S.monitor140426, S.wpWar],
  ),
  ev(
    'StatementMade',
    'stmt-nyerere-war-781102',
    when('1978-11-02'),
    {
      speaker: NYERERE,
      audience: 'uganda',
      tone: 'military-threat',
      summary:
        'Nyerere declares war on Uganda and mobilises the Tanzania People’s Defence Force to retake the Salient.',
    },
    [S.wpWar],
  ),
  ev(
    'IncidentReported',
    'inc-counteroffensive-781120',
    when('1978-11-20', 'approximate'),
    {
      incidentId: 'tanzania-counteroffensive-kagera-1978-11',
      kind: 'clash',
      perpetrator: 'tanzania',
      against: 'uganda',
      place: P.kagera,
      scale: 'major',
      description:
        'The Tanzanian counter-offensive, organised later in November, ejects the Ugandan forces from the Salient (no day given in the sources read).',
    },
    [S.wpKagera],
  ),
  ev(
    'IncidentReported',
    'inc-uganda-out-781120',
    when('1978-11-20', 'approximate'),
    {
      incidentId: 'uganda-out-of-kagera-1978-11',
      kind: 'withdrawal',
      perpetrator: 'uganda',
      against: 'tanzania',
      place: P.kagera,
      description: 'The Ugandan forces are driven out of the Kagera Salient by the counter-offensive.',
    },
    [S.wpKagera],
  ),
  // ===== January – March 1979: into Uganda =====
  ev(
    'IncidentReported',
    'inc-mutukula-790122',
    when('1979-01-22'),
    {
      incidentId: 'tanzania-takes-mutukula-1979-01-22',
      kind: 'clash',
      perpetrator: 'tanzania',
      against: 'uganda',
      place: P.mutukula,
      fatalities: { min: 17, max: 17 },
      description:
        'The Tanzanian 208th Brigade crosses the border on the night of the 21st, surrounds Mutukula and attacks it in the morning; the Ugandan garrison flees. 3 Tanzanians and 14 Ugandans are killed; the Tanzanians raze the town.',
    },
    [S.wpMutukula],
  ),
  ev(
    'IncidentReported',
    'inc-gayaza-790221',
    when('1979-02-21'),
    {
      incidentId: 'tanzania-gayaza-1979-02-21',
      kind: 'clash',
      perpetrator: 'tanzania',
      against: 'uganda',
      place: P.gayaza,
      description:
        'A fierce battle for Gayaza hill, above Lake Nakivale on the road to Mbarara; by the end of the day the Tanzanians hold it.',
    },
    [S.monitor140427],
  ),
  ev(
    'IncidentReported',
    'inc-masaka-790223',
    when('1979-02-23'),
    {
      incidentId: 'tanzania-shells-masaka-1979-02-23',
      kind: 'shelling',
      perpetrator: 'tanzania',
      against: 'uganda',
      place: P.masaka,
      description:
        'Having surrounded Masaka on three sides and beaten off Ugandan probes, the Tanzanians open an artillery barrage on the town, aimed at the Suicide Battalion’s barracks.',
    },
    [S.wpMasaka],
  ),
  ev(
    'IncidentReported',
    'inc-masaka-790224',
    when('1979-02-24'),
    {
      incidentId: 'tanzania-takes-masaka-1979-02-24',
      kind: 'clash',
      perpetrator: 'tanzania',
      against: 'uganda',
      place: P.masaka,
      description: 'Most of the Ugandan forces flee; Tanzanian and Ugandan rebel forces take Masaka.',
    },
    [S.wpMasaka],
  ),
  ev(
    'IncidentReported',
    'inc-mbarara-790225',
    when('1979-02-25'),
    {
      incidentId: 'tanzania-shells-mbarara-1979-02-25',
      kind: 'shelling',
      perpetrator: 'tanzania',
      against: 'uganda',
      place: P.mbarara,
      description:
        'The Tanzanians shell Mbarara all day with 130 mm guns and BM-21 rocket launchers, from the Gayaza hills.',
    },
    [S.monitor140427],
  ),
  ev(
    'IncidentReported',
    'inc-mbarara-790227',
    when('1979-02-27', 'approximate'),
    {
      incidentId: 'tanzania-takes-mbarara-1979-02-27',
      kind: 'clash',
      perpetrator: 'tanzania',
      against: 'uganda',
      place: P.mbarara,
      description:
        'On the third day of shelling Amin’s forces flee Mbarara through Ibanda, Ishaka and Ntungamo, abandoning their equipment; the town is taken.',
    },
    [S.monitor140427],
  ),
  ev(
    'ThirdPartyEngagement',
    'eng-libya-troops-790309',
    when('1979-03-09'),
    {
      actorId: 'libya',
      counterparts: ['uganda'],
      kind: 'support',
      summary:
        'At Amin’s request Gaddafi sends about 1,000 soldiers to Uganda with T-55 tanks, APCs and armed Land Rovers; Fatah sends 40 fighters to join the Palestinians already there.',
    },
    [S.tzTimes],
  ),
  ev(
    'IncidentReported',
    'inc-lukaya-libya-790310',
    when('1979-03-10'),
    {
      incidentId: 'libya-rockets-lukaya-1979-03-10',
      kind: 'shelling',
      perpetrator: 'libya',
      against: 'tanzania',
      place: P.lukaya,
      description:
        'The Tanzanian 201st Brigade takes Lukaya unopposed in the morning; in the late afternoon the Libyans attack the town with rockets and the brigade falls back into the swamp.',
    },
    [S.wpLukaya],
  ),
  ev(
    'IncidentReported',
    'inc-lukaya-790311',
    when('1979-03-11'),
    {
      incidentId: 'tanzania-retakes-lukaya-1979-03-11',
      kind: 'clash',
      perpetrator: 'tanzania',
      against: 'uganda',
      place: P.lukaya,
      fatalities: { min: 208, max: 208 },
      description:
        'The Tanzanian counterattack retakes Lukaya: about 200 Ugandan soldiers and 8 Tanzanians are killed (and about 200 of the Libyan troops fighting with the Ugandans).',
    },
    [S.wpLukaya],
  ),
  ev(
    'IncidentReported',
    'inc-mpigi-790325',
    when('1979-03-25'),
    {
      incidentId: 'tanzania-takes-mpigi-1979-03-25',
      kind: 'clash',
      perpetrator: 'tanzania',
      against: 'uganda',
      place: P.mpigi,
      description: 'The invading forces are reported to have captured Mpigi, a strategic town 20 miles from Kampala.',
    },
    [S.fof790413],
  ),
  ev(
    'IncidentReported',
    'inc-kampala-shelled-790325',
    when('1979-03-25', 'approximate'),
    {
      incidentId: 'tanzania-shells-kampala-1979-03-25',
      kind: 'shelling',
      perpetrator: 'tanzania',
      against: 'uganda',
      place: P.kampala,
      description:
        'Kampala is within range of the invaders’ artillery; a curfew is imposed and residents flee as the shelling reaches the capital.',
    },
    [S.fof790413],
  ),
  ev(
    'IncidentReported',
    'inc-mityana-790328',
    when('1979-03-28'),
    {
      incidentId: 'tanzania-takes-mityana-1979-03-28',
      kind: 'clash',
      perpetrator: 'tanzania',
      against: 'uganda',
      place: P.mityana,
      description: 'Mityana, 35 miles north-west of Kampala, is reported taken.',
    },
    [S.fof790413],
  ),
  // ===== April 1979: Entebbe, Kampala, the fall of Amin =====
  ev(
    'IncidentReported',
    'inc-entebbe-shelled-790404',
    when('1979-04-04', 'approximate'),
    {
      incidentId: 'tanzania-shells-entebbe-1979-04-04',
      kind: 'shelling',
      perpetrator: 'tanzania',
      against: 'uganda',
      place: P.entebbe,
      description:
        'A light three-day Tanzanian bombardment of the Entebbe peninsula drives Amin from his residence there.',
    },
    [S.wpEntebbe],
  ),
  ev(
    'IncidentReported',
    'inc-entebbe-790407',
    when('1979-04-07'),
    {
      incidentId: 'tanzania-takes-entebbe-1979-04-07',
      kind: 'clash',
      perpetrator: 'tanzania',
      against: 'uganda',
      place: P.entebbe,
      description:
        'The Tanzanian 208th Brigade attacks the Entebbe peninsula: most Ugandan soldiers surrender (200–365 air force men captured); the Libyans, trying to escape by road to Kampala, lose more than 300 killed. The Libyan airlift ends.',
    },
    [S.wpEntebbe],
  ),
  ev(
    'IncidentReported',
    'inc-kampala-790410',
    when('1979-04-10'),
    {
      incidentId: 'tanzania-takes-kampala-1979-04-10',
      kind: 'clash',
      perpetrator: 'tanzania',
      against: 'uganda',
      place: P.kampala,
      scale: 'major',
      fatalities: { min: 24, max: 99 },
      description:
        'Three Tanzanian brigades and a UNLF battalion assault Kampala on 10–11 April and take it: dozens of Ugandan soldiers killed, more than 500 captured; Amin flees east through the corridor left open.',
    },
    [S.wpKampala, S.fof790413],
  ),
  ev(
    'StatementMade',
    'stmt-unlf-government-790411',
    when('1979-04-11'),
    {
      speaker: UNLF_GOVT,
      audience: 'domestic audience',
      tone: 'neutral',
      summary:
        'As Kampala falls, the Ugandan exiles of the UNLF announce a provisional government to replace Amin’s eight-year regime; Amin, in a radio broadcast, denies he is defeated.',
    },
    [S.fof790413, S.datastorica],
    {
      note: 'From this day Uganda’s government is the UNLF’s (Tanzania’s ally); Amin’s remnant forces are no longer the government of either party.',
    },
  ),
  // ===== 1980–81: the Tanzanian troops in Uganda =====
  ev(
    'StatementMade',
    'stmt-nyerere-troops-800222',
    when('1980-02-22'),
    {
      speaker: NYERERE,
      audience: 'uganda',
      tone: 'critical',
      summary:
        'In a letter delivered by Foreign Minister Mkapa, Nyerere tells the Binaisa government he will pull his 20,000 troops out of Uganda if it does not hold together; Binaisa takes Muwanga back into the cabinet.',
    },
    [S.csm800227],
  ),
  ev(
    'StatementMade',
    'stmt-nyerere-house-order-800310',
    when('1980-03-10'),
    {
      speaker: NYERERE,
      audience: 'uganda',
      tone: 'critical',
      summary:
        'Nyerere, having summoned Binaisa to Dar es Salaam, complains of factionalism and corruption in his government and is reported to be pulling 10,000 of his 22,000 troops out of Uganda.',
      quote:
        'I did not shed Tanzanian blood to liberate Uganda from Amin to see the country spend its resources on the enrichment of Ugandan politicians and the splitting off of leaders into factions and tribal groups.',
    },
    [S.csm800310],
  ),
  ev(
    'IncidentReported',
    'inc-tanzania-pullout-810502',
    when('1981-05-02', 'approximate'),
    {
      incidentId: 'tanzania-pulls-out-of-uganda-1981-05',
      kind: 'withdrawal',
      perpetrator: 'tanzania',
      place: 'Uganda',
      description:
        'The last 10,000 Tanzanian troops begin to leave Uganda, ferried across Lake Victoria, the pull-out to be completed by the end of June; the agreement under which they stayed is expiring.',
    },
    [S.csm810504],
  ),
  ev(
    'StatementMade',
    'stmt-muwanga-appeal-810502',
    when('1981-05-02', 'approximate'),
    {
      speaker: MUWANGA,
      audience: 'tanzania',
      tone: 'conciliatory',
      summary:
        'Muwanga flies urgently to Dar es Salaam to ask Nyerere to leave the troops a little longer, as President Obote had appealed; Nyerere is adamant.',
    },
    [S.csm810504],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'uganda-tanzania-1978.jsonl',
  logEnd: '2026-12-07T03:00:00Z',
  events,
};

export default definition;
