/**
 * A test fixture, not a shipped example: Vietnam and Democratic Kampuchea (the Khmer Rouge government of Pol Pot and
 * Ieng Sary) from the Khmer Rouge raids into Vietnam's border provinces (An Giang, April 1977; Dong Thap, September
 * 1977) through Vietnam's offensive into the Parrot's Beak (December 1977 – January 1978) and its withdrawal,
 * Cambodia's break of diplomatic relations (31 December 1977), Vietnam's proposals for talks and an end to the
 * fighting (February 1978) rejected by Phnom Penh, the Ba Chúc massacre (April 1978), the Vietnamese broadcasts
 * calling for a rising and Phnom Penh's charge of a coup plot (June 1978), the Soviet–Vietnamese treaty (November
 * 1978), the Kampuchean United Front for National Salvation (December 1978), the Khmer Rouge attack along the border
 * (23 December 1978), Vietnam's full-scale invasion (25 December), the fall of Kratie, Stung Treng and Phnom Penh
 * (7 January 1979), and the Khmer Rouge guerrilla war claimed in February 1979, as an analyst following the news
 * could have recorded them. Escalation model v2 was never tuned on it: it is the case the model is held to in
 * vietnam-cambodia-1977.spec.ts, against the calls an analyst makes from DOMAIN.md §5b alone.
 *
 * The parties are Vietnam and Democratic Kampuchea ("Cambodia" below). No mediator. Third parties: China
 * (Cambodia's ally), the Soviet Union (Vietnam's treaty partner) and the Kampuchean United Front for National
 * Salvation (KUFNS, Heng Samrin), formed with Vietnam's backing; registered. Thailand and the UN Security Council are
 * not registered: no source read gives them a dated act in this case. China's attack on Vietnam (17 February 1979)
 * is between Vietnam and a third party and is recorded in the China – Vietnam 1979 fixture, not here.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration file's coverage do not change. Built and
 * checked with the same builder as the shipped cases (examples/case-builder.ts): every event replays through `decide`
 * and cites a dated, graded public source.
 *
 * Grading as in examples/README.md: B = an established outlet (Time magazine); C = an encyclopedia, a reference copy
 * or an archive copy (Wikipedia and its copies, the Library of Congress country study on a mirror, Keesing's Record
 * of World Events on a document site, a blog or a memoir); 2 = several sources agree or one established source
 * reports it; 3 = one side's claim, or a count or date the sources disagree on, or a single weak source.
 *
 * Dates of sources: contemporary reports by their own date. Encyclopedias and later summaries are given a lower bound
 * from their own content: the day of the development they are cited for, so that the analyst is taken to have known
 * it on its day from the press they summarise.
 *
 * Judgement calls, recorded as an analyst would:
 * - Places, one place one way: "An Giang" for the raids of April 1977 and the Ba Chúc massacre (Ba Chúc, Tri Tôn, An
 *   Giang); "Dong Thap" for the shelling of September 1977; "Parrot's Beak (Svay Rieng)" for the Vietnamese
 *   offensive of December 1977 – January 1978 (Time: "troops surged into Cambodia's Parrot's Beak region"); "Vietnam's
 *   southwestern border" for the Khmer Rouge attack of 23 December 1978 (Wikipedia: along the border, aiming at Dong
 *   Thap, An Giang and Kien Giang); "Cambodia (the invasion front)" for the invasion; Kratie, Stung Treng, Phnom Penh
 *   and Battambang by name.
 * - The Tay Ninh raids of September 1977 are not recorded: no source read dates or counts them. The September 1977
 *   raid recorded is the shelling of border villages in Dong Thap that a later summary (cne.wtf) says killed "around
 *   1,000 civilians", dated to the month and graded 3.
 * - The raid of 30 April 1977 in An Giang killed "hundreds of Vietnamese civilians" (a later summary): recorded as
 *   100–999 killed, graded 3. The Ba Chúc massacre (18–30 April 1978, 3,157 civilians killed) is recorded on its
 *   first day, 18 April, with the toll, as an armed attack of the Khmer Rouge army on Vietnamese territory (a
 *   `clash`, the catalogue's kind for armed force by a party's forces on the ground).
 * - Scale (`scale: 'major'`): the Vietnamese attack of 16 December 1977 ("an estimated 60,000 troops … launched an
 *   attack, which overran the Cambodians", cne.wtf; Time: "elements of eight Vietnamese divisions"), the Khmer Rouge
 *   attack of 23 December 1978 (Wikipedia: "10 out of 19 divisions … opened fire along the border") and Vietnam's
 *   "full-scale invasion" of 25 December 1978 (Wikipedia) are marked major. The fall of Kratie and Stung Treng is
 *   recorded as armed action (the town "taken" by the invading columns) without scale; no source read gives its
 *   fighting a size.
 * - The Vietnamese columns in Svay Rieng are recorded as an `occupation` by Vietnam in the Parrot's Beak from the
 *   first days of January 1978 (Time, 16 January: "penetrated some 65 miles … only 36 miles from the capital"),
 *   ended by Vietnam's `withdrawal` on 6 January 1978 (Wikipedia; the date graded 3: Time, ten days later, still
 *   reports them in Cambodia). The fighting of the offensive between 16 December and early January has no dated day
 *   in the sources read besides its start and Time's "last week" (2–8 January 1978, recorded on 5 January,
 *   approximate).
 * - The capture of Phnom Penh on 7 January 1979 was made "with little resistance" after the Khmer Rouge evacuated the
 *   city (khmerrougehistory.com; Wikipedia's Pol Pot article): recorded as an `occupation` by Vietnam, not as a battle.
 *   The Vietnamese jets that bombed near Battambang on 7 January are from a villager's memoir (graded C3). The
 *   guerrilla attacks the Khmer Rouge radio claimed on 24 February 1979 (250 Vietnamese soldiers killed) are one
 *   side's claim (graded 3), recorded once, at "Cambodia (Kratie, Routes 6 and 19)".
 * - Relations broken (31 December 1977) have no kind of their own in the catalogue: recorded as Cambodia's statement
 *   (accusing Vietnam of aggression and announcing the "temporary" severance) with its demand that Vietnam withdraw.
 *   Vietnam's proposal of 5 February 1978 (an end to hostile military activities on the border, talks, a treaty) is
 *   a demand tabled to Cambodia; Cambodia's rejection is recorded in February 1978 at month precision (Keesing's: "A
 *   number of Vietnamese proposals for peace negotiations were rejected"; no day read).
 * - The khmerrougehistory.com chronicle posts each development on an anniversary page whose entries are not always on
 *   the day of the development: the fall of Phnom Penh is dated 7 January from Wikipedia and the Cambodia Daily, and
 *   the Vietnamese ambassador's words (posted under 18 January) are dated approximately, graded 3. The memoir's
 *   "Vietnamese jets flew every day" after 7 January gives no day: only the bombing of 7 January is recorded. No
 *   source read dates the Vietnamese capture of Battambang, Siem Reap or the other provinces in January 1979, nor
 *   any act of the "fierce fighting between September and December" 1978 (Time, via a word-usage site, not cited):
 *   none is recorded.
 * - The KUFNS is Vietnam's creation (Cambodia Daily: "Vietnamese troops with a small contingent of Cambodians");
 *   recorded as a registered third party and Vietnam's support to it. Its acts are not recorded as Vietnam's.
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'vietnam-cambodia-1977';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 1978);
/** A recordedAt on a given day (the case spans three years). */
const rec = (day: string, time: string): string => `${day}T${time}:00Z`;

const VIETNAM: Actor = {
  id: 'vietnam',
  name: 'Vietnam',
  kind: 'state',
  aliases: ['Hanoi', 'Socialist Republic of Vietnam'],
};
const CAMBODIA: Actor = {
  id: 'cambodia',
  name: 'Democratic Kampuchea',
  kind: 'state',
  aliases: ['Cambodia', 'Kampuchea', 'Phnom Penh', 'Khmer Rouge'],
};
const CHINA: Actor = { id: 'china', name: 'China', kind: 'state', aliases: ['Beijing', 'PRC'] };
const USSR: Actor = { id: 'soviet-union', name: 'Soviet Union', kind: 'state', aliases: ['USSR', 'Moscow'] };
const KUFNS: Actor = {
  id: 'kufns',
  name: 'Kampuchean United Front for National Salvation',
  kind: 'armed-group',
  aliases: ['KUFNS', 'FUNSK', 'Heng Samrin'],
};

const DK_GOV: Person = { name: 'Government of Democratic Kampuchea', actorId: 'cambodia' };
const DK_RADIO: Person = { name: 'Radio Phnom Penh (Khmer Rouge radio)', actorId: 'cambodia' };
const VN_GOV: Person = { name: 'Government of Vietnam', actorId: 'vietnam' };
const VN_RADIO: Person = { name: 'Vietnamese radio', actorId: 'vietnam' };
const VO_VAN_SUNG: Person = { name: 'Vo Van Sung', title: 'Ambassador of Vietnam to France', actorId: 'vietnam' };

const WAR_URL = 'https://en.wikipedia.org/wiki/Cambodian%E2%80%93Vietnamese_War';
/** The Wikipedia article on the war, dated by the development it is cited for (see the header). */
const wp = (day: string) => source('Cambodian–Vietnamese War', 'Wikipedia', WAR_URL, day, 'C', 2);
const WP_MINI_URL = 'https://wiki.av1.space/content/wikipedia_en_all_mini_2025-06/Cambodian-Vietnamese_War';
/** A copy of the same article (its summary of the invasion), dated likewise. */
const wpMini = (day: string) => source('Cambodian–Vietnamese War', 'Wikipedia (mirror)', WP_MINI_URL, day, 'C', 2);
const WIKISUM_URL = 'https://wikisum.wiki/wiki/Cambodian%E2%80%93Vietnamese_War';
const wikisum = (day: string) =>
  source('Cambodian–Vietnamese War', 'Wikipedia (summary copy)', WIKISUM_URL, day, 'C', 2);
const CNE_URL = 'https://cne.wtf/2020/06/14/elephant-dragon-part-8-the-fall-of-democratic-kampuchea-1975-79/';
/** A later summary (a blog), dated by the development it is cited for. */
const cne = (day: string) =>
  source('Elephant & Dragon Part 8: The Fall Of Democratic Kampuchea 1975-79', 'cne.wtf (blog)', CNE_URL, day, 'C', 3);
const LOC_URL = 'https://countries6.tripod.com/cCambodia128.htm';
/** The Library of Congress country study (December 1987) on a mirror, dated by the development it is cited for. */
const loc = (day: string) =>
  source(
    'Cambodia: a country study — relations with Vietnam (Library of Congress)',
    'countries6 (mirror)',
    LOC_URL,
    day,
    'C',
    2,
  );
const KEESING_URL = 'https://paperzz.com/doc/8764458/keesing-s-world-news-archives';
/** Keesing's Record of World Events, October 1978, p. 29269, on a document site, dated by the development. */
const keesing = (day: string) =>
  source(
    "Keesing's Record of World Events, October 1978: Vietnam – Cambodia",
    "Keesing's (paperzz copy)",
    KEESING_URL,
    day,
    'C',
    2,
  );
const KRH_URL = 'https://khmerrougehistory.com/category/uncategorized/page/7';
/** A day-by-day chronicle of the Khmer Rouge period, citing contemporary reports, dated by its own entry. */
const krh = (day: string) => source('Khmer Rouge history: January 1979', 'khmerrougehistory.com', KRH_URL, day, 'C', 2);
const KRH_FEB_URL = 'https://khmerrougehistory.com/tag/february-1979';
const krhFeb = (day: string) =>
  source('Khmer Rouge history: February 1979', 'khmerrougehistory.com', KRH_FEB_URL, day, 'C', 2);
const POLPOT_URL = 'http://christianpedia.com/index.php?action=edit&section=24&title=Pol_Pot';
/** Wikipedia's article on Pol Pot (after Short 2004), on a copy, dated by the development. */
const polPot = (day: string) =>
  source('Pol Pot — Vietnamese invasion: 1978–1979', 'Wikipedia (copy)', POLPOT_URL, day, 'C', 2);

const CD_URL = 'https://english.cambodiadaily.com/news/the-fall-of-the-khmer-rouge-1383/';
/** A Cambodia Daily retrospective (its date not read), dated by the development it is cited for. */
const cd = (day: string) => source('The Fall of The Khmer Rouge', 'The Cambodia Daily', CD_URL, day, 'B', 2);

const S = {
  vnArt0430: source(
    '25 December 1978: Vietnam Invades Cambodia',
    'Vietnam: The Art of War',
    'https://vietnamtheartofwar.com/1978/12/01/25-december-1978-vietnam-invades-cambodia/',
    '1977-04-30',
    'C',
    3,
  ),
  baChuc: source(
    'Ba Chuc Massacre',
    'LiquiSearch (Wikipedia copy)',
    'https://www.liquisearch.com/ba_chuc_massacre',
    '1978-04-18',
    'C',
    2,
  ),
  baChucSimple: source(
    'Ba Chúc massacre',
    'Simple English Wikipedia (mirror)',
    'https://wiki.charlieakan.net/content/wikipedia_en_simple_all_nopic_2025-09/Ba_Ch%C3%BAc_massacre',
    '1978-04-18',
    'C',
    2,
  ),
  time0116: source(
    'When Communists Collide',
    'Time (archive copy)',
    'http://softbeam.net/txt/time/Time1978/1978-01-16/919257.html',
    '1978-01-16',
    'B',
    2,
  ),
  memoir: source(
    'A moment of Vietnamese invasion on January 7, 1979 and its aftermath',
    'Khmer Wathanakam (blog, a memoir)',
    'http://khmerwathanak.blogspot.com/2015/01/',
    '1979-01-07',
    'C',
    3,
  ),
};

const P = {
  anGiang: 'An Giang',
  dongThap: 'Dong Thap',
  parrotsBeak: "Parrot's Beak (Svay Rieng)",
  swBorder: 'Vietnam’s southwestern border',
  front: 'Cambodia (the invasion front)',
  kratie: 'Kratie',
  stungTreng: 'Stung Treng',
  phnomPenh: 'Phnom Penh',
  battambang: 'Battambang',
  guerrilla: 'Cambodia (Kratie, Routes 6 and 19)',
};
const D = {
  withdraw: 'dk-demand-vietnam-withdraw-1977-12-31',
  talks: 'vn-proposal-end-hostilities-talks-1978-02-05',
};

const events = [
  // ===== 1977: the raids =====
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '1977-04-30', recordedAt: rec('1977-05-01', '12:00') },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Vietnam – Democratic Kampuchea, the border war and the invasion, 1977–79',
      subject:
        'The Khmer Rouge raids into Vietnam’s border provinces, Vietnam’s offensive of December 1977 and its withdrawal, the break of relations, Vietnam’s proposals for talks, the fighting of 1978, Vietnam’s invasion of 25 December 1978 and the fall of Phnom Penh',
      parties: [VIETNAM, CAMBODIA],
      mediators: [],
    },
    [S.vnArt0430],
  ),
  ev(
    'ActorRegistered',
    'actor-china',
    { occurredAt: '1977-04-30', recordedAt: rec('1977-05-01', '12:01') },
    { actor: CHINA, role: 'third-party' },
    [keesing('1977-04-30')],
    { note: 'Cambodia’s ally and supporter (Keesing’s: "Cambodia was supported by China and North Korea").' },
  ),
  ev(
    'ActorRegistered',
    'actor-ussr',
    { occurredAt: '1977-04-30', recordedAt: rec('1977-05-01', '12:02') },
    { actor: USSR, role: 'third-party' },
    [keesing('1977-04-30')],
    { note: 'Vietnam’s backer (Keesing’s: Vietnam supported "by the Soviet bloc").' },
  ),
  ev(
    'IncidentReported',
    'inc-an-giang-1977',
    { occurredAt: '1977-04-30', recordedAt: rec('1977-05-01', '12:05') },
    {
      incidentId: 'dk-attack-an-giang-1977-04-30',
      kind: 'clash',
      perpetrator: 'cambodia',
      against: 'vietnam',
      place: P.anGiang,
      fatalities: { min: 100, max: 999 },
      description:
        'Democratic Kampuchea launches a major military attack into An Giang and Chau Doc, killing hundreds of Vietnamese civilians.',
    },
    [S.vnArt0430],
  ),
  ev(
    'IncidentReported',
    'inc-dong-thap-1977',
    { occurredAt: '1977-09', recordedAt: rec('1977-09-30', '12:00') },
    {
      incidentId: 'dk-shelling-dong-thap-1977-09',
      kind: 'shelling',
      perpetrator: 'cambodia',
      against: 'vietnam',
      place: P.dongThap,
      fatalities: { min: 1000, max: 1000 },
      description: 'Khmer Rouge shelling of border villages kills around 1,000 civilians in Dong Thap province.',
    },
    [cne('1977-09-30')],
  ),
  // ===== December 1977 – January 1978: Vietnam's offensive, relations broken, the withdrawal =====
  ev(
    'IncidentReported',
    'inc-vn-offensive-1977',
    { occurredAt: '1977-12-16', recordedAt: rec('1977-12-17', '12:00') },
    {
      incidentId: 'vn-offensive-parrots-beak-1977-12-16',
      kind: 'clash',
      perpetrator: 'vietnam',
      against: 'cambodia',
      place: P.parrotsBeak,
      scale: 'major',
      description:
        'An estimated 60,000 troops of the People’s Army of Vietnam launch an attack across the border that overruns the Cambodians.',
    },
    [cne('1977-12-16'), wikisum('1977-12-16')],
  ),
  ev(
    'StatementMade',
    'stmt-dk-break',
    { occurredAt: '1977-12-31', recordedAt: rec('1977-12-31', '18:00') },
    {
      speaker: DK_GOV,
      audience: 'vietnam',
      tone: 'accusation',
      summary:
        'Cambodia accuses Vietnam of aggression, alleges that Vietnamese troops have shelled the border and set up bases on Cambodian soil since 1975, demands that Vietnam withdraw its troops, and breaks off diplomatic relations with Vietnam.',
    },
    [keesing('1977-12-31'), loc('1977-12-31')],
  ),
  ev(
    'DemandTabled',
    'demand-dk-withdraw',
    { occurredAt: '1977-12-31', recordedAt: rec('1977-12-31', '18:05') },
    {
      demandId: D.withdraw,
      by: 'cambodia',
      addressedTo: ['vietnam'],
      text: 'Withdraw the Vietnamese troops from Cambodian territory.',
      category: 'territorial',
    },
    [loc('1977-12-31')],
  ),
  ev(
    'IncidentReported',
    'inc-vn-fighting-jan',
    { occurredAt: '1978-01-05', precision: 'approximate', recordedAt: rec('1978-01-16', '12:00') },
    {
      incidentId: 'vn-offensive-route-1-1978-01',
      kind: 'clash',
      perpetrator: 'vietnam',
      against: 'cambodia',
      place: P.parrotsBeak,
      scale: 'major',
      description:
        'Fighting rages in the Parrot’s Beak: Vietnamese spearheads, with elements of eight divisions and captured American tanks and artillery, penetrate some 65 miles into Cambodia along Route 1; neither side discloses its casualties.',
    },
    [S.time0116],
  ),
  ev(
    'IncidentReported',
    'inc-vn-occupation-svay-rieng',
    { occurredAt: '1978-01-05', precision: 'approximate', recordedAt: rec('1978-01-16', '12:05') },
    {
      incidentId: 'vn-occupation-parrots-beak-1978-01',
      kind: 'occupation',
      perpetrator: 'vietnam',
      against: 'cambodia',
      place: P.parrotsBeak,
      description:
        'Vietnamese formations hold ground through Svay Rieng province, stopping short of the provincial capital, 36 miles from Phnom Penh.',
    },
    [S.time0116, wikisum('1978-01-05')],
  ),
  ev(
    'StatementMade',
    'stmt-propaganda-dk',
    { occurredAt: '1978-01-08', precision: 'approximate', recordedAt: rec('1978-01-16', '12:10') },
    {
      speaker: DK_RADIO,
      audience: 'vietnam',
      tone: 'accusation',
      summary:
        'Phnom Penh accuses Vietnam of destroying Cambodian rubber plantations, burning forests, seizing cattle, and raping and killing Cambodian women.',
    },
    [S.time0116],
  ),
  ev(
    'StatementMade',
    'stmt-propaganda-vn',
    { occurredAt: '1978-01-08', precision: 'approximate', recordedAt: rec('1978-01-16', '12:15') },
    {
      speaker: VN_RADIO,
      audience: 'cambodia',
      tone: 'accusation',
      summary:
        'Hanoi charges that Khmer Rouge forces have made incursions into Vietnam, sacked pagodas, schools and hospitals, and killed civilians with great cruelty.',
    },
    [S.time0116],
  ),
  ev(
    'IncidentReported',
    'inc-vn-withdrawal-1978',
    { occurredAt: '1978-01-06', recordedAt: rec('1978-01-17', '12:00') },
    {
      incidentId: 'vn-withdrawal-parrots-beak-1978-01-06',
      kind: 'withdrawal',
      perpetrator: 'vietnam',
      against: 'cambodia',
      place: P.parrotsBeak,
      description: 'Having come within some 30 km of Phnom Penh, the Vietnamese forces withdraw from Cambodia.',
    },
    [graded(wp('1978-01-06'), 3), cne('1978-01-06')],
  ),
  // ===== February 1978: the proposals for talks, rejected =====
  ev(
    'DemandTabled',
    'demand-vn-talks',
    { occurredAt: '1978-02-05', recordedAt: rec('1978-02-06', '12:00') },
    {
      demandId: D.talks,
      by: 'vietnam',
      addressedTo: ['cambodia'],
      text: 'An immediate end to all hostile military activities in the border region, and the conclusion of a peace treaty.',
      category: 'security',
    },
    [loc('1978-02-05'), keesing('1978-02-05')],
  ),
  ev(
    'StatementMade',
    'stmt-vn-federation-denial',
    { occurredAt: '1978-02-05', recordedAt: rec('1978-02-06', '12:05') },
    {
      speaker: VN_GOV,
      audience: 'cambodia',
      tone: 'conciliatory',
      summary:
        'Hanoi denies that it has tried to incorporate Cambodia into an Indochinese federation: Vietnam has not entertained the idea since the Indochinese Communist Party was dissolved in 1951.',
    },
    [loc('1978-02-05')],
  ),
  ev(
    'PositionTaken',
    'pos-dk-rejects-talks',
    { occurredAt: '1978-02', recordedAt: rec('1978-02-28', '12:00') },
    {
      demandId: D.talks,
      actorId: 'cambodia',
      stance: 'rejected',
      conditions:
        'Phnom Penh says Vietnam has never abandoned the idea of a federation and calls on Hanoi to cease its activities aimed at overthrowing the government of Democratic Kampuchea.',
    },
    [keesing('1978-02-28'), loc('1978-02-28')],
  ),
  // ===== April – November 1978: Ba Chúc, the broadcasts, the coup charge, the treaty =====
  ev(
    'StatementMade',
    'stmt-vn-broadcasts',
    { occurredAt: '1978-04', recordedAt: rec('1978-04-30', '12:00') },
    {
      speaker: VN_RADIO,
      audience: 'cambodia',
      tone: 'threat',
      summary: 'Vietnamese broadcasts, from April onwards, call on the Cambodian army to overthrow the government.',
    },
    [keesing('1978-04-30')],
  ),
  ev(
    'IncidentReported',
    'inc-ba-chuc',
    { occurredAt: '1978-04-18', recordedAt: rec('1978-04-30', '12:05') },
    {
      incidentId: 'dk-massacre-ba-chuc-1978-04-18',
      kind: 'clash',
      perpetrator: 'cambodia',
      against: 'vietnam',
      place: P.anGiang,
      fatalities: { min: 3157, max: 3157 },
      description:
        'Regular troops of the Khmer Rouge army cross into Ba Chúc, Tri Tôn district of An Giang, and massacre its people between 18 and 30 April: 3,157 civilians killed, two survivors.',
    },
    [S.baChuc, S.baChucSimple],
  ),
  ev(
    'StatementMade',
    'stmt-dk-coup-charge',
    { occurredAt: '1978-06-24', recordedAt: rec('1978-06-25', '12:00') },
    {
      speaker: DK_GOV,
      audience: 'vietnam',
      tone: 'accusation',
      summary:
        'The Cambodian government alleges that there has been an unsuccessful Vietnamese plan for a coup in Cambodia, following a series of earlier attempts.',
    },
    [keesing('1978-06-24')],
  ),
  ev(
    'ThirdPartyEngagement',
    'tpe-soviet-treaty',
    { occurredAt: '1978-11-03', recordedAt: rec('1978-11-04', '12:00') },
    {
      actorId: 'soviet-union',
      counterparts: ['vietnam'],
      kind: 'support',
      summary: 'The Soviet Union and Vietnam sign a Treaty of Friendship and Cooperation.',
    },
    [wp('1978-11-03')],
  ),
  // ===== December 1978: the front, the border attack, the invasion =====
  ev(
    'ActorRegistered',
    'actor-kufns',
    { occurredAt: '1978-12-02', recordedAt: rec('1978-12-03', '12:00') },
    { actor: KUFNS, role: 'third-party' },
    [wp('1978-12-02'), cd('1978-12-02')],
    { note: 'Formed in early December 1978 with Vietnam’s backing, led by Heng Samrin, of Khmer Rouge defectors.' },
  ),
  ev(
    'ThirdPartyEngagement',
    'tpe-vn-kufns',
    { occurredAt: '1978-12-02', recordedAt: rec('1978-12-03', '12:05') },
    {
      actorId: 'vietnam',
      counterparts: ['kufns'],
      kind: 'support',
      summary:
        'Vietnam gathers Cambodian escapees, Khmer Rouge deserters and captured soldiers into the front’s forces, which will march with the Vietnamese army.',
    },
    [wp('1978-12-02'), cd('1978-12-02')],
  ),
  ev(
    'IncidentReported',
    'inc-vn-kratie-offensive',
    { occurredAt: '1978-12-21', recordedAt: rec('1978-12-22', '12:00') },
    {
      incidentId: 'vn-limited-offensive-kratie-1978-12-21',
      kind: 'clash',
      perpetrator: 'vietnam',
      against: 'cambodia',
      place: P.kratie,
      description: 'The Vietnamese launch a limited offensive towards the town of Kratie.',
    },
    [wpMini('1978-12-21')],
  ),
  ev(
    'IncidentReported',
    'inc-dk-border-attack',
    { occurredAt: '1978-12-23', recordedAt: rec('1978-12-24', '12:00') },
    {
      incidentId: 'dk-attack-southwestern-border-1978-12-23',
      kind: 'clash',
      perpetrator: 'cambodia',
      against: 'vietnam',
      place: P.swBorder,
      scale: 'major',
      description:
        'Ten of the nineteen divisions of the Khmer Rouge army open fire along the border with Vietnam, with the goal of invading the Vietnamese provinces of Dong Thap, An Giang and Kien Giang.',
    },
    [wpMini('1978-12-23')],
  ),
  ev(
    'IncidentReported',
    'inc-vn-invasion',
    { occurredAt: '1978-12-25', recordedAt: rec('1978-12-26', '12:00') },
    {
      incidentId: 'vn-invasion-1978-12-25',
      kind: 'clash',
      perpetrator: 'vietnam',
      against: 'cambodia',
      place: P.front,
      scale: 'major',
      description:
        'Vietnam launches a full-scale invasion of Democratic Kampuchea, with 150,000–200,000 troops and the front’s Cambodians, advancing first into the north-east.',
    },
    [wpMini('1978-12-25'), wp('1978-12-25'), cd('1978-12-25')],
  ),
  ev(
    'IncidentReported',
    'inc-vn-kratie-taken',
    { occurredAt: '1978-12-30', recordedAt: rec('1978-12-31', '12:00') },
    {
      incidentId: 'vn-takes-kratie-1978-12-30',
      kind: 'clash',
      perpetrator: 'vietnam',
      against: 'cambodia',
      place: P.kratie,
      description: 'The Vietnamese columns advancing into north-east Cambodia take Kratie.',
    },
    [polPot('1978-12-30')],
  ),
  ev(
    'IncidentReported',
    'inc-vn-main-force',
    { occurredAt: '1979-01-01', recordedAt: rec('1979-01-02', '12:00') },
    {
      incidentId: 'vn-main-force-highways-1979-01-01',
      kind: 'clash',
      perpetrator: 'vietnam',
      against: 'cambodia',
      place: P.front,
      scale: 'major',
      description:
        'The Vietnamese main force enters Cambodia, heading along Highways 1 and 7 towards Phnom Penh; Cambodia’s forward defences fail to stop it.',
    },
    [polPot('1979-01-01')],
  ),
  ev(
    'IncidentReported',
    'inc-vn-stung-treng',
    { occurredAt: '1979-01-03', recordedAt: rec('1979-01-04', '12:00') },
    {
      incidentId: 'vn-takes-stung-treng-1979-01-03',
      kind: 'clash',
      perpetrator: 'vietnam',
      against: 'cambodia',
      place: P.stungTreng,
      description: 'The Vietnamese columns in the north-east take Stung Treng.',
    },
    [polPot('1979-01-03')],
  ),
  // ===== January 1979: Phnom Penh taken =====
  ev(
    'IncidentReported',
    'inc-vn-phnom-penh',
    { occurredAt: '1979-01-07', recordedAt: rec('1979-01-08', '12:00') },
    {
      incidentId: 'vn-occupation-phnom-penh-1979-01-07',
      kind: 'occupation',
      perpetrator: 'vietnam',
      against: 'cambodia',
      place: P.phnomPenh,
      description:
        'With little resistance, Vietnamese troops take Phnom Penh, evacuated by Pol Pot and the Khmer Rouge leaders, who flee west to Pursat and Battambang.',
    },
    [krh('1979-01-07'), polPot('1979-01-07'), cd('1979-01-07')],
  ),
  ev(
    'IncidentReported',
    'inc-vn-mig-battambang',
    { occurredAt: '1979-01-07', recordedAt: rec('1979-01-08', '12:05') },
    {
      incidentId: 'vn-airstrike-battambang-1979-01-07',
      kind: 'airstrike',
      perpetrator: 'vietnam',
      against: 'cambodia',
      place: P.battambang,
      description:
        'A Vietnamese MiG-21 chasing the Khmer Rouge leaders’ helicopters towards Battambang drops two bombs near Sangke, missing; Vietnamese jets then bomb Khmer Rouge hideouts and depots in the province.',
    },
    [S.memoir],
  ),
  ev(
    'StatementMade',
    'stmt-vn-ambassador',
    { occurredAt: '1979-01-18', precision: 'approximate', recordedAt: rec('1979-01-19', '12:10') },
    {
      speaker: VO_VAN_SUNG,
      audience: 'cambodia',
      tone: 'critical',
      summary:
        'Vietnam’s ambassador to France says Vietnam’s forces are defending its borders and "have not encroached on one centimetre of Cambodia", and that Vietnam supports the Cambodian forces who have won "a victory for humanity over the barbarous regime of Pol Pot".',
      quote: 'we have not encroached on one centimetre of Cambodia',
    },
    [graded(krh('1979-01-18'), 3)],
  ),
  // ===== February 1979: the guerrilla war =====
  ev(
    'IncidentReported',
    'inc-dk-guerrilla-claim',
    { occurredAt: '1979-02-24', recordedAt: rec('1979-02-25', '12:00') },
    {
      incidentId: 'dk-guerrilla-attacks-1979-02-24',
      kind: 'clash',
      perpetrator: 'cambodia',
      against: 'vietnam',
      place: P.guerrilla,
      fatalities: { min: 250, max: 250 },
      allegedBy: 'cambodia',
      description:
        'The Khmer Rouge radio claims its guerrillas have killed 250 Vietnamese soldiers in various attacks all over Cambodia, in Kratie and along Routes 6 and 19.',
    },
    [graded(krhFeb('1979-02-24'), 3)],
  ),
  ev(
    'StatementMade',
    'stmt-pham-van-dong',
    { occurredAt: '1979-02-27', recordedAt: rec('1979-02-28', '12:00') },
    {
      speaker: { name: 'Pham Van Dong', title: 'Prime Minister of Vietnam', actorId: 'vietnam' },
      audience: 'cambodia',
      tone: 'critical',
      summary:
        'After small-scale Khmer Rouge attacks forced a postponement, Vietnam’s Prime Minister arrives in Phnom Penh to assess the new government’s aid needs and sign treaties with it.',
    },
    [krhFeb('1979-02-27')],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'vietnam-cambodia-1977.jsonl',
  logEnd: '1979-03-01T00:00:00Z',
  events,
};

export default definition;
