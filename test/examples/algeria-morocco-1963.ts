/**
 * A test fixture, not a shipped example: Algeria and Morocco from the Sand War over the Tindouf and Béchar borderlands
 * (autumn 1963) to the calm of 1964, as an analyst following the news could have recorded them — the Moroccan forces
 * at the posts of Hassi Beida and Tinjoub (from 25 September, Wikipedia's date for the war), the posts seized on 8
 * October (Morocco: by an Algerian surprise attack, with the post of Tinfouchy), taken back by Morocco on the 14th,
 * Ben Bella's call to arms (15 October) and the attack Algeria reports by 4,000 Moroccan troops (16 October), the talks
 * of Ben Bella's envoys with King Hassan in Marrakesh, the Algerian attack on the post of Ich that Morocco reports
 * (18 October), Emperor Haile Selassie's visits to Rabat and Algiers, Nasser's plan, the Arab League's envoys, the week
 * of fighting for the two wells, the battle of 25 October near Hassi Beida (about 200 Algerians captured, the Moroccans
 * 12 km from Tindouf), Cuba's and Egypt's arms, the fighting up to the eve of the Bamako meeting, the Bamako agreement
 * (29–30 October) and its ceasefire in force on 2 November, Ben Bella's demand that Morocco leave the two posts, the
 * OAU's ad hoc commission (Addis Ababa, November), the agreement of 20 February 1964 (the ceasefire made definitive, the
 * demilitarised zone, Morocco gives up the posts), the OAU Council in Lagos (February), the exchange of prisoners (14–15
 * April 1964), the OAU Council in Cairo (July) and the Arab summit in Alexandria (September), where both sat. Escalation
 * model v2 was never tuned on it: it is the case the model is held to in algeria-morocco-1963.spec.ts, against the
 * calls an analyst makes from DOMAIN.md §5b alone.
 *
 * The parties are Algeria and Morocco. Mediators: Ethiopia (Emperor Haile Selassie) and Mali (President Modibo Keïta),
 * registered when each first acts (the Emperor's visit to Rabat, ~20 October; the Bamako meeting being called, 28
 * October). Third parties: the Arab League and the OAU (their envoys and councils), Egypt and Cuba (their arms for
 * Algeria), registered; nothing of theirs is recorded as the pair's.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration file's coverage do not change. Built and
 * checked with the same builder as the shipped cases (examples/case-builder.ts): every event replays through `decide`
 * and cites a dated, graded public source.
 *
 * Grading as in examples/README.md: A = a primary document (the OAU Council's resolutions); B = an established outlet
 * (Reuters and the AP in The Press of Christchurch, on Papers Past; Time); C = an encyclopedia, a copy on an archive
 * site, or a later magazine or blog (Wikipedia and its mirrors, Morocco's letter to the UN Secretary-General on
 * docslib, Zamane, Nouvelle d'Afrique, SeneNews, the Algerian blog DZ Patriots); 2 = several sources agree or one
 * established source reports it, or a party's own statement reported as said; 3 = one side's claim, one partisan
 * source, or a date or count the sources disagree on.
 *
 * Dates of sources: contemporary reports by their own date. Time's archive pages give no date: each is dated by the
 * Friday issue that follows the events it reports (1 and 8 November 1963). Encyclopedias, later magazines and blogs
 * (Wikipedia, Zamane, Nouvelle d'Afrique, SeneNews, DZ Patriots) are given a lower bound from their own content: the
 * day of the development they are cited for, as the Thailand – Laos 1987 fixture does, so that the analyst is taken to
 * have known it on its day from the press those later accounts summarise.
 *
 * Judgement calls, recorded as an analyst would:
 * - When the war began is not agreed. Wikipedia dates it 25 September, "once Moroccan forces occupied the border towns
 *   of Hassi Beida and Tindjoub"; the Algerian blog says Moroccan forces had been "advancing in the desert since
 *   September to establish outposts", and every dated account of fire starts on 8 October. The 25 September holding is
 *   recorded as Morocco's `occupation` of the two posts (graded 3), with no fire: no source read gives a clash on a day
 *   before 8 October.
 * - 8 October: the two sides' accounts conflict. Morocco announced on the 9th that the posts of Tinjoub, Hassi Beida
 *   and Tinfouchy had been seized by Algerian forces in a surprise attack; the Algerian account is that Moroccan troops
 *   attacked Algerian positions there and Algeria took them back. Recorded as Morocco alleges it (Algeria the
 *   perpetrator, `allegedBy` Morocco), the other account in the description, with Morocco driven from the two posts (a
 *   `withdrawal`, ending its occupation). Tinfouchy is a separate post and recorded as a separate act, since Morocco's
 *   announcement names it.
 * - One place, written one way: "Hassi Beida and Tinjoub" for every act at the two posts (the sources pair them as one
 *   battle "for two tiny desert wells", Time), "Tinfouchy", and "Ich" (the post 50 km north-east of Figuig). The
 *   fighting "around Figuig" that the encyclopedias mention is not dated by any source read, nor is the Algerian front
 *   "near Ich" beyond the attack of 18 October: not recorded as acts.
 * - 14 and 16 October: DZ Patriots says Moroccan forces "once again occupied Hassi Beida and Tinjoub" on the 14th;
 *   Reuters (16 October, from Algiers) reports 400 Algerian soldiers "holding the posts ... in the face of an attack by
 *   4000 Moroccan troops". Both recorded: the retaking on the 14th (a clash and Morocco's occupation, graded 3) and the
 *   attack Algeria reports on the 16th (graded 3). Neither source calls it an offensive, a battle or an invasion: no
 *   `scale`.
 * - 18 October, Ich: Morocco's account alone (King Hassan's message to Ben Bella, sent to the UN Secretary-General):
 *   "numerous units of the Algerian army equipped with heavy arms" attacked a post of about 35 auxiliaries, "a
 *   premeditated invasion". A party's word for an attack on one post: recorded as a clash, without `scale`.
 * - Scale (the catalogue's `scale: 'major'`): only the battle of 25 October near Hassi Beida — "the largest battle of
 *   the conflict" (DZ Patriots), "certainement la plus intense du conflit", a "percée décisive" that brought the
 *   Moroccans to 12 km from Tindouf (Zamane), and Wikipedia's "Morocco launched an offensive towards Tindouf in the
 *   south". About 200 Algerian soldiers were captured in it (Zamane; DZ Patriots: about 250): recorded as Morocco's
 *   `detention` of them, which lasts until the exchange of prisoners.
 * - The week of fighting Time reports ("Back and forth went the battle for two tiny desert wells"; Moroccan tanks and
 *   rocket-armed T-6 trainers; "All week, both sides claimed success") is dated approximately to 24 October, mid-week
 *   before its 1 November issue; the fighting "until the eve of negotiations" to 28 October, with no place (none given)
 *   and Morocco as perpetrator only to give it a direction.
 * - The Algerian helicopter that landed behind Moroccan lines on 20 October with Egyptian officers aboard (French
 *   Wikipedia) is not recorded: its crew were Egypt's, and no source read says when they were freed.
 * - The talks: the Marrakesh talks of Ben Bella's two envoys with King Hassan (Reuters, 16 October) are recorded as a
 *   round opened on the 15th (approximate) and concluded without progress on the 18th, when Hassan's message says the
 *   attack on Ich came "while talks were being held". No source read dates talks at Oujda: not recorded.
 * - The ceasefire: agreed at Bamako on 30 October (a text agreed), in force on 2 November (recorded as the ceasefire,
 *   dated when it took effect, and the agreement in force the same day). French Wikipedia and SeneNews say the fighting
 *   stopped on 5 November; no source read reports an act between 2 and 5 November: no violation is recorded.
 * - Morocco stayed at Hassi Beida and Tinjoub after the ceasefire (French Wikipedia: "le Maroc n'entend pas abandonner
 *   Hassi Beïda et Tinjoub"); Ben Bella demanded their evacuation on 1 November. The `withdrawal` that ends the
 *   occupation is dated approximately to the agreement of 20 February 1964, which the sources tie to Morocco giving up
 *   the territory it claimed (SeneNews; Wikipedia: "Morocco abandoned its attempts to control Béchar and Tindouf after
 *   OAU mediation"), graded 3.
 * - Prisoners: 57 Moroccans held by Algeria and 379 Algerians held by Morocco were exchanged in the night of 14–15
 *   April 1964 (Zamane). Algeria's capture of the 57 is not dated by any source read: only its release is recorded.
 * - The OAU Council's first extraordinary session in Addis Ababa, which set up the ad hoc commission, is dated to its
 *   month (November 1963) from the Council's resolution of July 1964, which names it.
 * - The border closed south of Figuig (Wikipedia's infobox) is not dated by any source read: not recorded.
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'algeria-morocco-1963';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 1963);
/** A recordedAt on a given day (the case spans two years). */
const rec = (day: string, time: string): string => `${day}T${time}:00Z`;

const ALGERIA: Actor = {
  id: 'algeria',
  name: 'Algeria',
  kind: 'state',
  aliases: ['Algiers', "People's Democratic Republic of Algeria"],
};
const MOROCCO: Actor = { id: 'morocco', name: 'Morocco', kind: 'state', aliases: ['Rabat', 'Kingdom of Morocco'] };
const ETHIOPIA: Actor = { id: 'ethiopia', name: 'Ethiopia', kind: 'state', aliases: ['Addis Ababa'] };
const MALI: Actor = { id: 'mali', name: 'Mali', kind: 'state', aliases: ['Bamako'] };
const EGYPT: Actor = { id: 'egypt', name: 'Egypt', kind: 'state', aliases: ['United Arab Republic', 'UAR', 'Cairo'] };
const CUBA: Actor = { id: 'cuba', name: 'Cuba', kind: 'state', aliases: ['Havana'] };
const ARAB_LEAGUE: Actor = {
  id: 'arab-league',
  name: 'Arab League',
  kind: 'international-organisation',
  aliases: ['League of Arab States'],
};
const OAU: Actor = {
  id: 'oau',
  name: 'Organisation of African Unity',
  kind: 'international-organisation',
  aliases: ['OAU', 'OUA'],
};

const BEN_BELLA: Person = { name: 'Ahmed Ben Bella', title: 'President of Algeria', actorId: 'algeria' };
const HASSAN: Person = { name: 'Hassan II', title: 'King of Morocco', actorId: 'morocco' };
const MOROCCO_GOV: Person = { name: 'Government of Morocco', actorId: 'morocco' };
const BALAFREJ: Person = {
  name: 'Ahmed Balafrej',
  title: 'Moroccan Foreign Minister (as the AP styles him)',
  actorId: 'morocco',
};

const P = { posts: 'Hassi Beida and Tinjoub', tinfouchy: 'Tinfouchy', ich: 'Ich' };

const WP_URL = 'https://en.wikipedia.org/wiki/Sand_War';
/** Wikipedia's article on the war, dated by the development it is cited for (see the header). */
const wp = (day: string) => source('Sand War', 'Wikipedia', WP_URL, day, 'C', 2);
/** French Wikipedia (a Kiwix copy), dated the same way. */
const frwp = (day: string) =>
  source(
    'Guerre des Sables',
    'Wikipédia (Kiwix copy)',
    'https://kiwix.jackbot.fr/content/wikipedia_fr_all_maxi_2021-09/A/Guerre_des_Sables',
    day,
    'C',
    3,
  );
/** Wikipedia's article on the two countries' relations, dated the same way. */
const relWp = (day: string) =>
  source(
    'Algeria–Morocco relations',
    'WikiSum (a summary of the Wikipedia article)',
    'https://wikisum.wiki/wiki/Algeria%E2%80%93Morocco_relations',
    day,
    'C',
    2,
  );
/** The Algerian blog's timeline of the war, dated the same way; partisan, so 3. */
const dz = (day: string) =>
  source(
    'The 1963 Sand War: the story of Moroccan aggression',
    'DZ Patriots (blog)',
    'https://dzpatriotsenglish.blogspot.com/2024/07/the-1963-sand-war-story-of-moroccan.html',
    day,
    'C',
    3,
  );
/** Zamane on the exchange of prisoners, dated the same way. */
const zamane = (day: string) =>
  source(
    'Il y a 60 ans, Rabat et Alger s’échangent les prisonniers',
    'Zamane',
    'https://zamane.ma/il-y-a-60-ans-rabat-et-alger-sechangent-les-prisonniers-zamane/',
    day,
    'C',
    2,
  );
/** Nouvelle d'Afrique's account of the war, dated the same way. */
const nda = (day: string) =>
  source(
    '1963, la guerre des Sables : quand le Maroc et l’Algérie s’affrontaient pour Tindouf',
    'Nouvelle d’Afrique',
    'https://nouvelledafrique.tg/1963-la-guerre-des-sables-quand-le-maroc-et-lalgerie-saffrontaient-pour-tindouf',
    day,
    'C',
    2,
  );
/** SeneNews's anniversary piece, dated the same way. */
const seneNews = (day: string) =>
  source(
    'AUJOURD’HUI : 5 novembre 1963, l’Algérie et le Maroc mettent fin à la « guerre des sables »',
    'SeneNews',
    'https://senenews.com/actualites/afrique/aujourdhui-5-novembre-1963-lalgerie-et-le-maroc-mettent-fin-a-la-guerre-des-sables_464806.html',
    day,
    'C',
    3,
  );

const S = {
  press1017: source(
    'Call to arms in Algeria: verbal attack on Hassan (NZPA–Reuter, Algiers, 16 October)',
    'The Press (Christchurch), on Papers Past',
    'https://paperspast.natlib.govt.nz/newspapers/CHP19631017.2.160',
    '1963-10-17',
    'B',
    2,
  ),
  unLetter1018: source(
    'Letter of the Permanent Representative of Morocco to the UN Secretary-General, with King Hassan II’s message to President Ben Bella on the attack at Ich (18 October 1963)',
    'United Nations document (docslib copy)',
    'https://docslib.org/doc/3760109/i-jztiui-41-ey-d4-pl-tllli-potebti-ary-te-tive-ot-al-cer1-to-tbe-l-jd1tecl',
    '1963-10-18',
    'C',
    2,
  ),
  press1023: source(
    'Frontier dispute: no early accord expected (NZPA–AP and Reuter, Algiers, 22 October)',
    'The Press (Christchurch), on Papers Past',
    'https://paperspast.natlib.govt.nz/newspapers/CHP19631023.2.108',
    '1963-10-23',
    'B',
    2,
  ),
  press1030: source(
    'Western alarm at Algeria’s Soviet arms (NZPA–Reuter, Algiers, 29 October)',
    'The Press (Christchurch), on Papers Past',
    'https://paperspast.natlib.govt.nz/newspapers/CHP19631030.2.97',
    '1963-10-30',
    'B',
    2,
  ),
  time1101: source(
    'Algeria: Unwelcome Are the Peacemakers',
    'Time',
    'https://time.com/archive/6813032/algeria-unwelcome-are-the-peacemakers',
    '1963-11-01',
    'B',
    2,
  ),
  time1108: source(
    'North Africa: A More Than Five-Minute Truce?',
    'Time',
    'https://time.com/archive/6832008/north-africa-a-more-than-five-minute-truce',
    '1963-11-08',
    'B',
    2,
  ),
  oauLagos: source(
    'CM/Res. 18 (II): Border dispute between Algeria and Morocco (OAU Council of Ministers, Lagos, 24–29 February 1964)',
    'Organisation of African Unity (AfricanLII)',
    'https://africanlii.org/akn/aa-au/doc/resolution/au-ec/1964/18/eng@1964-02-29',
    '1964-02-29',
    'A',
    2,
  ),
  oauCairo: source(
    'CM/Res. 37 (III): Border dispute between Algeria and Morocco (OAU Council of Ministers, Cairo, 13–17 July 1964)',
    'Organisation of African Unity (AfricanLII)',
    'https://africanlii.org/akn/aa-au/doc/resolution/au-ec/1964/37/eng@1964-07-17',
    '1964-07-17',
    'A',
    2,
  ),
  alexandria: source(
    'The Arab League: Declaration issued by the Council of Kings and Heads of State at its second session (September 1964)',
    'Jewish Virtual Library',
    'https://www.jewishvirtuallibrary.org/declaration-issued-by-the-council-of-kings-and-heads-of-state-at-its-second-session-september-1964',
    '1964-09-11',
    'B',
    2,
  ),
  zamaneMediation: source(
    'L’empereur d’Éthiopie a réconcilié le Maroc et l’Algérie',
    'Zamane',
    'https://zamane.ma/lempereur-dethiopie-a-reconcilie-le-maroc-et-lalgerie-zamane/',
    '1963-10-29',
    'C',
    2,
  ),
};

const R = {
  marrakesh: 'marrakesh-envoys-1963-10',
  bamako: 'bamako-summit-1963-10',
};
const A = { bamako: 'bamako-agreement-1963-10-30', february: 'bamako-agreement-1964-02-20' };
const CF = { bamako: 'bamako-ceasefire-1963-11-02' };
const D = { evacuate: 'evacuate-hassi-beida-tinjoub' };
const O = {
  bamakoAgreed: 'bamako-agreed-1963-10-30',
  bamakoInForce: 'bamako-in-force-1963-11-02',
  february: 'bamako-agreement-1964-02-20',
  prisoners: 'prisoner-exchange-1964-04-14',
};

const events = [
  // ===== September – early October 1963: the posts =====
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '1963-09-25', recordedAt: rec('1963-09-26', '12:00') },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Algeria – Morocco, the Sand War and the Bamako ceasefire, 1963–64',
      subject:
        'The undelimited border south of Figuig, Morocco’s claim to Tindouf and Béchar, the fighting for the posts of Hassi Beida and Tinjoub and at Ich in October 1963, the mediation of Emperor Haile Selassie and President Modibo Keïta, the Bamako ceasefire and the OAU’s commissions, the demilitarised zone and the exchange of prisoners',
      parties: [ALGERIA, MOROCCO],
      mediators: [],
    },
    [wp('1963-09-25')],
  ),
  ev(
    'IncidentReported',
    'occ-posts-sep',
    { occurredAt: '1963-09-25', recordedAt: rec('1963-09-26', '12:05') },
    {
      incidentId: 'moroccan-posts-hassi-beida-tinjoub-1963-09-25',
      kind: 'occupation',
      perpetrator: 'morocco',
      against: 'algeria',
      place: P.posts,
      description:
        'Moroccan forces occupy the border posts of Hassi Beida and Tinjoub, on the track from the Algerian north-west to Tindouf, which Algeria holds to be its own (Algeria: Moroccan forces have been advancing in the desert since September to set up outposts).',
    },
    [graded(wp('1963-09-25'), 3), dz('1963-09-25')],
  ),
  ev(
    'IncidentReported',
    'inc-posts-oct8',
    { occurredAt: '1963-10-08', recordedAt: rec('1963-10-09', '12:00') },
    {
      incidentId: 'posts-seized-hassi-beida-tinjoub-1963-10-08',
      kind: 'clash',
      perpetrator: 'algeria',
      against: 'morocco',
      allegedBy: 'morocco',
      place: P.posts,
      description:
        'Fighting for the posts of Hassi Beida and Tinjoub. Morocco: Algerian forces seize them in a surprise attack. Algeria: Moroccan troops attacked Algerian positions there, and Algeria took them back and counter-attacked.',
    },
    [dz('1963-10-08')],
  ),
  ev(
    'IncidentReported',
    'inc-tinfouchy-oct8',
    { occurredAt: '1963-10-08', recordedAt: rec('1963-10-09', '12:05') },
    {
      incidentId: 'post-seized-tinfouchy-1963-10-08',
      kind: 'clash',
      perpetrator: 'algeria',
      against: 'morocco',
      allegedBy: 'morocco',
      place: P.tinfouchy,
      description: 'Morocco: the outpost of Tinfouchy is seized by Algerian forces in the same surprise attack.',
    },
    [dz('1963-10-08')],
  ),
  ev(
    'IncidentReported',
    'wd-posts-oct8',
    { occurredAt: '1963-10-08', recordedAt: rec('1963-10-09', '12:10') },
    {
      incidentId: 'moroccans-driven-from-hassi-beida-tinjoub-1963-10-08',
      kind: 'withdrawal',
      perpetrator: 'morocco',
      against: 'algeria',
      place: P.posts,
      description: 'The Moroccan forces are driven from the posts of Hassi Beida and Tinjoub (by both accounts).',
    },
    [dz('1963-10-08')],
  ),
  ev(
    'StatementMade',
    'stmt-morocco-surprise-attack',
    { occurredAt: '1963-10-09', recordedAt: rec('1963-10-09', '12:15') },
    {
      speaker: MOROCCO_GOV,
      audience: 'algeria',
      tone: 'accusation',
      summary:
        'Morocco announces that its outposts of Tinjoub, Hassi Beida and Tinfouchy have been seized by Algerian forces in a surprise attack; Algeria answers that Moroccan forces had been advancing in the desert since September.',
    },
    [dz('1963-10-09')],
  ),
  // ===== 14–18 October: the posts retaken, the call to arms, Ich =====
  ev(
    'IncidentReported',
    'inc-posts-oct14',
    { occurredAt: '1963-10-14', recordedAt: rec('1963-10-15', '12:00') },
    {
      incidentId: 'posts-retaken-hassi-beida-tinjoub-1963-10-14',
      kind: 'clash',
      perpetrator: 'morocco',
      against: 'algeria',
      place: P.posts,
      description:
        'Moroccan forces take Hassi Beida and Tinjoub again, pushing the Algerian forces back towards the Béchar–Tindouf road.',
    },
    [dz('1963-10-14')],
  ),
  ev(
    'IncidentReported',
    'occ-posts-oct14',
    { occurredAt: '1963-10-14', recordedAt: rec('1963-10-15', '12:05') },
    {
      incidentId: 'moroccan-posts-hassi-beida-tinjoub-1963-10-14',
      kind: 'occupation',
      perpetrator: 'morocco',
      against: 'algeria',
      place: P.posts,
      description: 'Morocco holds the posts of Hassi Beida and Tinjoub again.',
    },
    [dz('1963-10-14')],
  ),
  ev(
    'TalksRoundOpened',
    'round-marrakesh-opened',
    { occurredAt: '1963-10-15', precision: 'approximate', recordedAt: rec('1963-10-17', '06:00') },
    {
      roundId: R.marrakesh,
      label: 'Ben Bella’s envoys with King Hassan in Marrakesh',
      venue: 'Marrakesh',
      format: 'informal',
    },
    [S.press1017],
  ),
  ev(
    'StatementMade',
    'stmt-ben-bella-mobilisation',
    { occurredAt: '1963-10-15', recordedAt: rec('1963-10-17', '06:05') },
    {
      speaker: BEN_BELLA,
      audience: 'morocco',
      tone: 'military-threat',
      summary:
        'Ben Bella proclaims a general mobilisation of the veterans of the National Liberation Army and tells cheering crowds in the Algiers forum that reinforcements are on their way to the border, led by Colonel Chabani; he attacks King Hassan and calls on the veterans to fight the Moroccan "imperialist aggression".',
    },
    [S.press1017, dz('1963-10-15')],
  ),
  ev(
    'IncidentReported',
    'inc-posts-oct16',
    { occurredAt: '1963-10-16', recordedAt: rec('1963-10-17', '06:10') },
    {
      incidentId: 'moroccan-attack-hassi-beida-tinjoub-1963-10-16',
      kind: 'clash',
      perpetrator: 'morocco',
      against: 'algeria',
      allegedBy: 'algeria',
      place: P.posts,
      description:
        'Algiers: 400 Algerian soldiers are holding the posts of Hassi Beida and Tinjoub in the face of an attack by 4,000 Moroccan troops.',
    },
    [graded(S.press1017, 3)],
  ),
  ev(
    'ActorRegistered',
    'actor-egypt',
    { occurredAt: '1963-10-16', recordedAt: rec('1963-10-17', '06:15') },
    { actor: EGYPT, role: 'third-party' },
    [wp('1963-10-16')],
    { note: 'Algeria’s backer (Wikipedia lists it as supporting Algeria).' },
  ),
  ev(
    'ActorRegistered',
    'actor-cuba',
    { occurredAt: '1963-10-16', recordedAt: rec('1963-10-17', '06:20') },
    { actor: CUBA, role: 'third-party' },
    [wp('1963-10-16')],
    { note: 'Algeria’s backer: Cuban troops and arms arrive in Algeria (Wikipedia, Time).' },
  ),
  ev(
    'IncidentReported',
    'inc-ich',
    { occurredAt: '1963-10-18', recordedAt: rec('1963-10-19', '12:00') },
    {
      incidentId: 'attack-on-ich-1963-10-18',
      kind: 'clash',
      perpetrator: 'algeria',
      against: 'morocco',
      allegedBy: 'morocco',
      place: P.ich,
      description:
        'Morocco: Algerian army units with heavy arms infiltrate the province of Oujda and violently attack the post of Ich, 50 km north-east of Figuig, held by some 35 auxiliaries with individual weapons.',
    },
    [graded(S.unLetter1018, 3), wp('1963-10-18')],
  ),
  ev(
    'StatementMade',
    'stmt-hassan-message',
    { occurredAt: '1963-10-18', recordedAt: rec('1963-10-19', '12:05') },
    {
      speaker: HASSAN,
      audience: 'algeria',
      tone: 'accusation',
      summary:
        'King Hassan’s message to Ben Bella, sent on to the UN Secretary-General: while talks were being held on the occurrences at Hassi Beida and Tinjoub, the Algerian army attacked the post of Ich, "a premeditated invasion".',
    },
    [S.unLetter1018],
  ),
  ev(
    'TalksRoundConcluded',
    'round-marrakesh-concluded',
    { occurredAt: '1963-10-18', recordedAt: rec('1963-10-19', '12:10') },
    {
      roundId: R.marrakesh,
      outcome: 'no-progress',
      summary:
        'The talks on the Hassi Beida and Tinjoub incidents, meant to set a procedure for settling the frontier dispute, are overtaken by the attack on Ich (King Hassan’s message).',
    },
    [S.unLetter1018],
  ),
  // ===== 20–22 October: the mediators =====
  ev(
    'ActorRegistered',
    'actor-ethiopia',
    { occurredAt: '1963-10-20', precision: 'approximate', recordedAt: rec('1963-10-23', '06:00') },
    { actor: ETHIOPIA, role: 'mediator' },
    [S.press1023],
    { note: 'Emperor Haile Selassie, who inspired the OAU Charter, mediates: Rabat, then Algiers.' },
  ),
  ev(
    'MediationAction',
    'med-selassie-visits',
    { occurredAt: '1963-10-21', recordedAt: rec('1963-10-23', '06:05') },
    {
      mediator: 'ethiopia',
      action: 'visited',
      summary:
        'Emperor Haile Selassie, after several meetings with King Hassan in Rabat, flies to Algiers late on the 21st to confer with Ben Bella.',
    },
    [S.press1023],
  ),
  ev(
    'StatementMade',
    'stmt-balafrej',
    { occurredAt: '1963-10-21', recordedAt: rec('1963-10-23', '06:10') },
    {
      speaker: BALAFREJ,
      audience: 'press',
      tone: 'neutral',
      summary: 'Before the Emperor leaves Rabat, Balafrej tells reporters that nothing is changed by his visit.',
      quote: 'The position of the two countries on the frontier question remains the same',
    },
    [S.press1023],
  ),
  ev(
    'MediationAction',
    'med-selassie-summit',
    { occurredAt: '1963-10-22', recordedAt: rec('1963-10-23', '06:15') },
    {
      mediator: 'ethiopia',
      action: 'proposed',
      summary:
        'The Emperor tries to persuade the Algerian leaders to agree to a summit meeting with King Hassan, who has assured him he is ready to meet Ben Bella anywhere and at any time to discuss a ceasefire.',
    },
    [S.press1023],
  ),
  ev(
    'ThirdPartyEngagement',
    'tpe-nasser-plan',
    { occurredAt: '1963-10-22', recordedAt: rec('1963-10-23', '06:20') },
    {
      actorId: 'egypt',
      counterparts: ['algeria', 'morocco'],
      kind: 'outreach',
      summary:
        'Al Ahram reports that President Nasser has proposed a detailed plan for a peaceful solution, which Ben Bella approved in a note to him.',
    },
    [S.press1023],
  ),
  // ===== 25–29 October: the battle near Hassi Beida, Bamako called =====
  ev(
    'IncidentReported',
    'inc-battle-oct25',
    { occurredAt: '1963-10-25', recordedAt: rec('1963-10-26', '12:00') },
    {
      incidentId: 'battle-near-hassi-beida-1963-10-25',
      kind: 'clash',
      perpetrator: 'morocco',
      against: 'algeria',
      place: P.posts,
      scale: 'major',
      description:
        'The largest battle of the war, near Hassi Beida: a Moroccan breakthrough towards Tindouf brings the Moroccan forces to 12 km from the town; about 200 Algerian soldiers are captured.',
    },
    [zamane('1963-10-25'), dz('1963-10-25'), nda('1963-10-25')],
  ),
  ev(
    'IncidentReported',
    'det-battle-oct25',
    { occurredAt: '1963-10-25', recordedAt: rec('1963-10-26', '12:05') },
    {
      incidentId: 'algerian-prisoners-1963-10-25',
      kind: 'detention',
      perpetrator: 'morocco',
      against: 'algeria',
      place: P.posts,
      target:
        'About 200 Algerian soldiers (DZ Patriots: about 250), of the 379 Algerians Morocco held at the end of the war',
      description: 'Morocco takes about 200 Algerian soldiers prisoner in the battle near Hassi Beida.',
    },
    [zamane('1963-10-25'), dz('1963-10-25'), nda('1963-10-25')],
  ),
  ev(
    'ActorRegistered',
    'actor-mali',
    { occurredAt: '1963-10-28', recordedAt: rec('1963-10-30', '06:00') },
    { actor: MALI, role: 'mediator' },
    [S.press1030],
    { note: 'President Modibo Keïta hosts the Bamako meeting and mediates with the Emperor.' },
  ),
  ev(
    'TalksRoundScheduled',
    'round-bamako-scheduled',
    { occurredAt: '1963-10-28', recordedAt: rec('1963-10-30', '06:05') },
    {
      roundId: R.bamako,
      label: 'The Bamako meeting of King Hassan and President Ben Bella',
      venue: 'Bamako',
      format: 'formal',
      hosts: ['mali'],
      plannedFor: '1963-10-29',
    },
    [S.press1030],
  ),
  ev(
    'StatementMade',
    'stmt-hassan-adjustment',
    { occurredAt: '1963-10-28', recordedAt: rec('1963-10-30', '06:10') },
    {
      speaker: HASSAN,
      audience: 'domestic audience',
      tone: 'critical',
      summary:
        'The King tells his nation that he will press at Bamako for an adjustment of the frontier, which France carved out artificially.',
    },
    [S.press1030],
  ),
  ev(
    'TalksRoundOpened',
    'round-bamako-opened',
    { occurredAt: '1963-10-29', recordedAt: rec('1963-10-30', '06:15') },
    {
      roundId: R.bamako,
      label: 'The Bamako meeting of King Hassan and President Ben Bella',
      venue: 'Bamako',
      format: 'formal',
      hosts: ['mali'],
    },
    [S.press1030, S.zamaneMediation],
  ),
  // ===== Time, 1 November: the week of fighting for the wells, the envoys =====
  ev(
    'ActorRegistered',
    'actor-arab-league',
    { occurredAt: '1963-10-24', precision: 'approximate', recordedAt: rec('1963-11-01', '12:00') },
    { actor: ARAB_LEAGUE, role: 'third-party' },
    [S.time1101],
    { note: 'Its envoys are the first to try; King Hassan distrusts the League as led by Nasser’s Egypt (Zamane).' },
  ),
  ev(
    'ThirdPartyEngagement',
    'tpe-arab-league-envoys',
    { occurredAt: '1963-10-24', precision: 'approximate', recordedAt: rec('1963-11-01', '12:05') },
    {
      actorId: 'arab-league',
      counterparts: ['morocco'],
      kind: 'outreach',
      summary:
        'Envoys and messages descend on Morocco from the Arab League, the Presidents of the Sudan and Tunisia, Ghana, and the rulers of Egypt and Iraq.',
    },
    [S.time1101],
  ),
  ev(
    'IncidentReported',
    'inc-posts-week',
    { occurredAt: '1963-10-24', precision: 'approximate', recordedAt: rec('1963-11-01', '12:10') },
    {
      incidentId: 'battle-for-the-wells-1963-10-24',
      kind: 'clash',
      perpetrator: 'algeria',
      against: 'morocco',
      place: P.posts,
      description:
        'Back and forth goes the battle for the two desert wells: Algerian troops inch forward across the valley under Moroccan fire; all week both sides claim success.',
    },
    [S.time1101],
  ),
  ev(
    'IncidentReported',
    'inc-posts-t6',
    { occurredAt: '1963-10-24', precision: 'approximate', recordedAt: rec('1963-11-01', '12:15') },
    {
      incidentId: 'moroccan-t6-rockets-1963-10-24',
      kind: 'airstrike',
      perpetrator: 'morocco',
      against: 'algeria',
      place: P.posts,
      description:
        'The Moroccans send tanks up to the front line and fly US-made T-6 trainers armed with rockets over the Algerian positions, which foxholes and boulders protect.',
    },
    [S.time1101],
  ),
  ev(
    'DemandTabled',
    'dem-evacuate',
    { occurredAt: '1963-11-01', recordedAt: rec('1963-11-02', '12:00') },
    {
      demandId: D.evacuate,
      by: 'algeria',
      addressedTo: ['morocco'],
      text: 'The Moroccan armed forces must evacuate Hassi Beida and Tinjoub.',
      category: 'territorial',
    },
    [relWp('1963-11-01')],
  ),
  // ===== Time, 8 November: the arms, the eve of Bamako, the agreement; the ceasefire in force on 2 November =====
  ev(
    'ThirdPartyEngagement',
    'tpe-cuba-arms',
    { occurredAt: '1963-10-27', precision: 'approximate', recordedAt: rec('1963-11-08', '12:00') },
    {
      actorId: 'cuba',
      counterparts: ['algeria'],
      kind: 'support',
      summary:
        'Two Cuban freighters unload at night at Oran at least four crated MiG fighters, 800 tons of ammunition, radio stations and Soviet-made tanks, field and anti-aircraft guns, enough to arm an armoured regiment; Cuban soldiers come with the hardware.',
    },
    [S.time1108, wp('1963-10-27')],
  ),
  ev(
    'ThirdPartyEngagement',
    'tpe-egypt-arms',
    { occurredAt: '1963-10-27', precision: 'approximate', recordedAt: rec('1963-11-08', '12:05') },
    {
      actorId: 'egypt',
      counterparts: ['algeria'],
      kind: 'support',
      summary:
        'Nasser sends two ships loaded with military equipment and reportedly airlifts paratroopers from Cairo to the main Algerian staging area near the border.',
    },
    [S.time1108],
  ),
  ev(
    'IncidentReported',
    'inc-eve-of-talks',
    { occurredAt: '1963-10-28', precision: 'approximate', recordedAt: rec('1963-11-08', '12:10') },
    {
      incidentId: 'fighting-eve-of-bamako-1963-10-28',
      kind: 'clash',
      perpetrator: 'morocco',
      against: 'algeria',
      description:
        'Until the eve of the negotiations, fighting continues (no place given; recorded with Morocco as perpetrator only to give it a direction).',
    },
    [S.time1108],
  ),
  ev(
    'TalksRoundConcluded',
    'round-bamako-concluded',
    { occurredAt: '1963-10-30', recordedAt: rec('1963-11-08', '12:15') },
    {
      roundId: R.bamako,
      outcome: 'agreement',
      summary:
        'Keïta and Haile Selassie keep the delegations apart and shuttle between them; after one face-to-face meeting of Hassan and Ben Bella, a compromise ceasefire is agreed.',
      nextSteps:
        'The ceasefire from 2 November; a demilitarised zone; the OAU foreign ministers to meet on the whole border issue.',
    },
    [S.time1108, nda('1963-10-30')],
    { occurrence: O.bamakoAgreed },
  ),
  ev(
    'AgreementReached',
    'agr-bamako',
    { occurredAt: '1963-10-30', recordedAt: rec('1963-11-08', '12:20') },
    {
      agreementId: A.bamako,
      kind: 'ceasefire',
      provisions: [
        'A ceasefire from 2 November 1963',
        'A neutral, demilitarised zone along the disputed border (the lines the troops withdraw to are not specified)',
        'Ethiopian and Malian observers in a demilitarised zone of some 1,000 km between Figuig and Tindouf (Nouvelle d’Afrique)',
        'The OAU foreign ministers to meet and set up a commission on the whole border dispute',
      ],
      signatories: ['algeria', 'morocco'],
      textPublic: false,
      roundId: R.bamako,
      status: 'text-agreed',
    },
    [S.time1108, nda('1963-10-30')],
    { occurrence: O.bamakoAgreed },
  ),
  ev(
    'CeasefireDeclared',
    'cf-bamako',
    { occurredAt: '1963-11-02', recordedAt: rec('1963-11-08', '12:25') },
    {
      ceasefireId: CF.bamako,
      parties: ['algeria', 'morocco'],
      scope:
        'The ceasefire agreed at Bamako on 30 October, along the whole disputed border, with Ethiopian and Malian observers and a demilitarised zone to be fixed',
      duration: 'indefinite',
      mediatedBy: ['ethiopia', 'mali'],
    },
    [nda('1963-11-02'), frwp('1963-11-02')],
    {
      note: 'Agreed on 30 October; dated when it took effect.',
      occurrence: O.bamakoInForce,
    },
  ),
  ev(
    'AgreementStatusChanged',
    'agr-bamako-in-force',
    { occurredAt: '1963-11-02', recordedAt: rec('1963-11-08', '12:30') },
    {
      agreementId: A.bamako,
      status: 'in-force',
      reason: 'The ceasefire agreed at Bamako takes effect.',
    },
    [nda('1963-11-02'), frwp('1963-11-02')],
    { occurrence: O.bamakoInForce },
  ),
  ev(
    'PositionTaken',
    'pos-morocco-evacuate',
    { occurredAt: '1963-11-02', precision: 'approximate', recordedAt: rec('1963-11-08', '12:35') },
    {
      demandId: D.evacuate,
      actorId: 'morocco',
      stance: 'rejected',
      conditions: 'Morocco holds Hassi Beida and Tinjoub to be part of its territory.',
    },
    [frwp('1963-11-02')],
  ),
  // ===== February 1964: the definitive agreement, the zone, the OAU in Lagos =====
  ev(
    'AgreementReached',
    'agr-february',
    { occurredAt: '1964-02-20', recordedAt: rec('1964-02-21', '12:00') },
    {
      agreementId: A.february,
      kind: 'ceasefire',
      provisions: [
        'The ceasefire made definitive, opening the way to the resumption of diplomatic relations (Nouvelle d’Afrique)',
        'A demilitarised zone established (Wikipedia)',
        'Morocco gives up the territory it claimed; the frontier unchanged (SeneNews, Wikipedia)',
      ],
      signatories: ['algeria', 'morocco'],
      textPublic: false,
      status: 'signed',
    },
    [wp('1964-02-20'), dz('1964-02-20'), nda('1964-02-20'), seneNews('1964-02-20')],
    { occurrence: O.february },
  ),
  ev(
    'CeasefireExtended',
    'cf-definitive',
    { occurredAt: '1964-02-20', recordedAt: rec('1964-02-21', '12:05') },
    {
      ceasefireId: CF.bamako,
      duration: 'indefinite',
      terms: 'Made definitive by the agreement of 20 February 1964, with the demilitarised zone.',
    },
    [wp('1964-02-20'), nda('1964-02-20')],
    { occurrence: O.february },
  ),
  ev(
    'IncidentReported',
    'wd-posts-feb',
    { occurredAt: '1964-02-20', precision: 'approximate', recordedAt: rec('1964-02-21', '12:10') },
    {
      incidentId: 'moroccans-leave-hassi-beida-tinjoub-1964-02',
      kind: 'withdrawal',
      perpetrator: 'morocco',
      against: 'algeria',
      place: P.posts,
      description:
        'Morocco gives up the territory it claimed, the posts of Hassi Beida and Tinjoub with it, under the definitive agreement; the demilitarised zone is set up.',
    },
    [graded(wp('1964-02-20'), 3), seneNews('1964-02-20')],
  ),
  ev(
    'ActorRegistered',
    'actor-oau',
    { occurredAt: '1963-11', recordedAt: rec('1964-03-01', '11:55') },
    { actor: OAU, role: 'third-party' },
    [S.oauLagos],
    { note: 'Its Council of Ministers takes up the dispute; its ad hoc commission and the ceasefire commission.' },
  ),
  ev(
    'ThirdPartyEngagement',
    'tpe-oau-lagos',
    { occurredAt: '1964-02-29', recordedAt: rec('1964-03-01', '12:00') },
    {
      actorId: 'oau',
      counterparts: ['algeria', 'morocco'],
      kind: 'meeting',
      summary:
        'The OAU Council of Ministers in Lagos hears both parties and the ad hoc commission’s progress report, expresses its satisfaction, pays tribute to the four heads of state who met at Bamako, congratulates the ceasefire commission on its results and recommends direct contacts between the two commissions.',
    },
    [S.oauLagos],
  ),
  // ===== April – December 1964: the prisoners, the councils =====
  ev(
    'IncidentReported',
    'rel-algerians',
    { occurredAt: '1964-04-14', recordedAt: rec('1964-04-15', '12:00') },
    {
      incidentId: 'algerian-prisoners-freed-1964-04-14',
      kind: 'release',
      perpetrator: 'morocco',
      against: 'algeria',
      target: '379 Algerian prisoners of war',
      description:
        'In the night of 14–15 April, in the far west of Algeria, the Royal Armed Forces hand back 379 Algerian prisoners of war in the exchange of prisoners.',
    },
    [zamane('1964-04-14')],
    { occurrence: O.prisoners },
  ),
  ev(
    'IncidentReported',
    'rel-moroccans',
    { occurredAt: '1964-04-14', recordedAt: rec('1964-04-15', '12:05') },
    {
      incidentId: 'moroccan-prisoners-freed-1964-04-14',
      kind: 'release',
      perpetrator: 'algeria',
      against: 'morocco',
      target: '57 Moroccan prisoners of war',
      description: 'In the same exchange, the Algerian People’s National Army hands back 57 Moroccan prisoners.',
    },
    [zamane('1964-04-14')],
    { occurrence: O.prisoners },
  ),
  ev(
    'ThirdPartyEngagement',
    'tpe-oau-addis',
    { occurredAt: '1963-11', recordedAt: rec('1964-07-18', '12:05') },
    {
      actorId: 'oau',
      counterparts: ['algeria', 'morocco'],
      kind: 'meeting',
      summary:
        'The OAU Council of Ministers, in its first extraordinary session in Addis Ababa, adopts resolution ECM/Res.1 (I) on the dispute and appoints the ad hoc commission to examine it.',
    },
    [S.oauCairo],
  ),
  ev(
    'ThirdPartyEngagement',
    'tpe-oau-cairo',
    { occurredAt: '1964-07-17', recordedAt: rec('1964-07-18', '12:10') },
    {
      actorId: 'oau',
      counterparts: ['algeria', 'morocco'],
      kind: 'meeting',
      summary:
        'The OAU Council of Ministers in Cairo takes note of the ad hoc commission’s report, thanks it and asks it to go on until its mandate is fulfilled, under the OAU Charter, the Bamako Declaration and the Addis Ababa resolution.',
    },
    [S.oauCairo],
  ),
  ev(
    'ThirdPartyEngagement',
    'tpe-alexandria',
    { occurredAt: '1964-09-11', recordedAt: rec('1964-09-12', '12:00') },
    {
      actorId: 'arab-league',
      counterparts: ['algeria', 'morocco'],
      kind: 'meeting',
      summary:
        'The second Arab summit, at Alexandria (5–11 September), sits President Ben Bella and Prince Abdallah for the King of Morocco at the same table.',
    },
    [S.alexandria],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'algeria-morocco-1963.jsonl',
  logEnd: '1964-12-31T00:00:00Z',
  events,
};
export default definition;
