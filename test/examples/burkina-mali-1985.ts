/**
 * A test fixture, not a shipped example: Burkina Faso and Mali over the
 * Agacher Strip, from the special agreement that referred their frontier
 * dispute to a chamber of the International Court of Justice (16 September
 * 1983) to the two presidents' acceptance of the Chamber's judgment (January
 * 1987), as an analyst following the news could have recorded it: the
 * expulsion of a Malian diplomat (July 1985), Burkina's census agents in the
 * disputed villages and Mali's protests (December 1985), the "Christmas war"
 * of 25–30 December 1985 (Malian air raids on Ouahigouya and Djibo, ground
 * fighting in the strip, the Burkinabé raid claimed on Sikasso, the Malian
 * raids on four towns and the fight at Koloko), the ceasefires — Libya's of
 * 27 December and the second of 28 December, neither of which held, and the
 * one concluded with Nigeria's and Libya's mediation on the 29th and in force
 * on the 30th under ANAD observers — the Chamber's provisional measures (10
 * January 1986), the reconciliation of Sankara and Traoré at the ANAD summit
 * in Yamoussoukro (17 January 1986), the judgment dividing the strip (22
 * December 1986) and both presidents' messages accepting it. Escalation
 * model v2 was never tuned on it: it is held to the calls in
 * burkina-mali-1985.spec.ts, written from DOMAIN.md §5b alone.
 *
 * The parties are Burkina Faso and Mali. Mediators: Libya (its foreign
 * secretary's shuttle and the first ceasefire), ANAD (the West African
 * non-aggression and defence assistance accord: the second ceasefire's
 * meeting, the observers, the Yamoussoukro summit), Nigeria (with Libya, the
 * ceasefire of 29 December) and Côte d'Ivoire (Houphouët-Boigny hosted the
 * reconciliation). The ICJ is a third party: its order and judgment are the
 * Court's statements, not an agreement of the pair (as in the Cameroon –
 * Nigeria 1994 fixture).
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source.
 *
 * Grading as in examples/README.md: A = the Court's own press release; B = an
 * established outlet or wire copy (the Los Angeles Times' wire story, Reuters
 * in The Press of Christchurch); C = an encyclopedia, a mirror of one, a copy
 * on an archive site or a later retrospective article (Wikipedia, Universalis,
 * Abidjan.net); D = a blog post (a LinkedIn essay copied on dhirubhai.net).
 * 1 = the Court's own act; 2 = several sources agree or one established source
 * reports it; 3 = one side's claim, a count the sources disagree on, or a day
 * given by one source only.
 *
 * Dates of sources: contemporary reports by their own date. The encyclopedias
 * and retrospective articles (Wikipedia, its mirror on liquisearch,
 * Universalis, Abidjan.net, the blog) are given a lower bound from their own
 * content: the day of the development they are cited for, so that the analyst
 * is taken to have known it on its day from the press they summarise (as in
 * the Thailand – Laos 1987 fixture).
 *
 * Judgement calls, recorded as an analyst would:
 * - The case opens at the special agreement of 16 September 1983 (the
 *   Court's date), recorded as an agreement of the pair, in force: the
 *   referral was being carried out (the Chamber was formed in April 1985).
 * - Before the war: the expulsion of Drissa Keita (July 1985, month only) is
 *   Burkina's hostile diplomatic act, recorded as its statement (critical).
 *   Burkina's census agents in the disputed villages and its troops there are
 *   known from Mali's side: the Malian ruling party said the villages had been
 *   "occupied two weeks ago" (LA Times, 26 December), recorded as a
 *   force-posture by Burkina around 11 December (approximate, graded 3); Mali's
 *   protest at the census as a breach of its sovereignty and Traoré's ten-day
 *   appeal to African leaders to press Sankara (liquisearch's copy of an older
 *   Wikipedia text) are dated approximately to 14 and 15 December. The older
 *   Wikipedia text's "ground attacks" by Burkina in the strip before 25
 *   December have no day or place: not recorded as armed action.
 * - Places, each written one way: "Agacher Strip" for every act in the
 *   disputed villages (Dionouga and the others), and the towns by name
 *   (Ouahigouya, Djibo, Sikasso, Koloko, Tougan, Dédougou). The raid on the
 *   border village of Nassoumbou (25 December) is in the Agacher Strip act's
 *   text, not an act of its own.
 * - 25 December: Burkina's National Revolutionary Council says four civilians
 *   were killed in the Malian raids of the day (Ouahigouya, Djibo, Nassoumbou)
 *   and its troops killed ten Malians; Mali denies any dead. The four are kept
 *   on the Ouahigouya raid (the report does not split them by town), the ten
 *   (0–10, Mali's denial) on the ground fighting.
 * - 26 December: the Sikasso raid is Burkina's claim, doubted by Western
 *   analysts (no Burkinabé combat aircraft known): graded 3. The "heavy
 *   fighting" on the border is Burkina's account (graded 3).
 * - The ceasefires. Libya's foreign secretary, Ali Triki, announced that both
 *   had agreed to cease hostilities from midnight on Thursday 26 December
 *   (00:00 GMT on the 27th, both countries keep GMT). Reuters reports a second
 *   ceasefire "to have come into force at midnight on Friday" (28th, 00:00),
 *   its details to be worked out at an ANAD meeting in Côte d'Ivoire: the
 *   first is recorded ended `superseded` then; who declared the second is not
 *   given (no mediator recorded). Mali's raids on four towns and the fighting
 *   at Koloko on the 28th broke it: recorded `collapsed` ("Cease-fire ignored
 *   as border war spreads"). The third was concluded on the 29th through
 *   Nigeria's and Libya's mediation (Universalis) and held from the 30th
 *   (Wikipedia; the blog says ANAD brokered it by the morning of the 30th):
 *   an agreement reached on the 29th (text agreed), in force with the
 *   ceasefire on the 30th.
 * - 28 December: Reuters names no town; the four (Djibo, Ouahigouya, Tougan,
 *   Dédougou) are the blog's (D3), with the Democratic Union of the Malian
 *   People (Mali's ruling party) as its source; Mali's own claim, so graded 2
 *   with the Reuters report. The fight at Koloko is Mali's attack (Burkina says
 *   it beat it off; Mali says it destroyed Burkinabé positions); Mali's toll
 *   of one soldier killed rests on the blog.
 * - No armed act is recorded for the 27th or the 29th: none found with a place
 *   (on the 27th both sides broadcast victory bulletins, Universalis). The
 *   war's toll (Burkina: 48 official to over 100 by Wikipedia, 141 by the older
 *   text; Mali: 11 official to about 40) is recorded as one count per side
 *   over 25–30 December, graded 3, not as acts.
 * - The troops' withdrawal in January 1986 and the exchange of prisoners are
 *   not recorded as developments of their own: no dated source was found for
 *   either (the withdrawal is in the Yamoussoukro agreement's provisions, as
 *   the sources summarise it). Nor is the demarcation after the judgment (the
 *   Court's order of 9 April 1987 naming experts was seen only in a later
 *   summary).
 * - The Yamoussoukro summit: the day (17 January 1986) rests on Wikipedia
 *   (graded 3); Abidjan.net remembers the embrace around Houphouët-Boigny
 *   without a day. Recorded as a round of talks hosted by Côte d'Ivoire and
 *   ANAD, concluded with a framework agreement to end the hostilities.
 * - The judgment: the Court's statement (neutral). What it lays down is
 *   recorded as a demand of the Court addressed to both, which each accepts by
 *   the message its president sent the Chamber (Sankara on 24 December 1986,
 *   Traoré on 10 January 1987), recorded when the Court published them (16
 *   January 1987).
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'burkina-mali-agacher-1985';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 1985);
/** A recordedAt on a given day (the case spans four years). */
const rec = (day: string, time: string): string => `${day}T${time}:00Z`;

const BURKINA: Actor = {
  id: 'burkina-faso',
  name: 'Burkina Faso',
  kind: 'state',
  aliases: ['Ouagadougou', 'Upper Volta', 'Haute-Volta'],
};
const MALI: Actor = { id: 'mali', name: 'Mali', kind: 'state', aliases: ['Bamako', 'Republic of Mali'] };
const LIBYA: Actor = { id: 'libya', name: 'Libya', kind: 'state', aliases: ['Tripoli'] };
const NIGERIA: Actor = { id: 'nigeria', name: 'Nigeria', kind: 'state', aliases: ['Lagos'] };
const ANAD: Actor = {
  id: 'anad',
  name: 'ANAD (Accord de non-agression et d’assistance en matière de défense)',
  kind: 'international-organisation',
  aliases: ['ANAD', 'West African non-aggression and defence assistance accord'],
};
const COTE_D_IVOIRE: Actor = {
  id: 'cote-d-ivoire',
  name: "Côte d'Ivoire",
  kind: 'state',
  aliases: ['Ivory Coast', 'Abidjan', 'Yamoussoukro', 'Houphouët-Boigny'],
};
const ICJ: Actor = {
  id: 'icj',
  name: 'International Court of Justice (Chamber in the Frontier Dispute case)',
  kind: 'international-organisation',
  aliases: ['ICJ', 'World Court', 'The Hague'],
};

const NRC: Person = { name: 'National Revolutionary Council (CNR)', title: 'Ruling council', actorId: 'burkina-faso' };
const BURKINA_GOV: Person = { name: 'Government of Burkina Faso', actorId: 'burkina-faso' };
const UDPM: Person = {
  name: 'Democratic Union of the Malian People (UDPM)',
  title: 'Ruling party of Mali',
  actorId: 'mali',
};
const TRAORE: Person = { name: 'Gen. Moussa Traoré', title: 'President of Mali', actorId: 'mali' };
const SANKARA: Person = { name: 'Capt. Thomas Sankara', title: 'President of Burkina Faso', actorId: 'burkina-faso' };
const CHAMBER: Person = { name: 'Chamber of the International Court of Justice', actorId: 'icj' };

const WP_URL = 'https://en.wikipedia.org/wiki/Agacher_Strip_War';
/** The Wikipedia article on the war, dated by the development it is cited for (see the header). */
const wp = (day: string) => source('Agacher Strip War', 'Wikipedia', WP_URL, day, 'C', 2);
/** liquisearch's copy of an older Wikipedia text on the war, dated the same way. */
const liq = (day: string) =>
  source(
    'Agacher Strip War – Agacher "Christmas" War (1985)',
    'LiquiSearch (copy of an older Wikipedia text)',
    'https://www.liquisearch.com/agacher_strip_war/agacher_christmas_war_1985',
    day,
    'C',
    3,
  );
/** Encyclopædia Universalis' chronology entry for 25–30 December 1985, dated the same way. */
const univ = (day: string) =>
  source(
    '25-30 décembre 1985 – Burkina Faso - Mali. Conflit frontalier dans la bande d’Agacher',
    'Encyclopædia Universalis',
    'https://universalis.fr/evenement/25-30-decembre-1985-conflit-frontalier-dans-la-bande-d-agacher',
    day,
    'C',
    2,
  );
/** A blog essay on Sankara (Kuria Mungai, copied on dhirubhai.net), dated the same way. */
const blog = (day: string) =>
  source(
    'Sankara is Here! Epsd. 6',
    'Kuria Mungai (LinkedIn essay, dhirubhai.net copy)',
    'https://dhirubhai.net/pulse/sankara-here-epsd-6-kuria-mungai-abvqf',
    day,
    'D',
    3,
  );
/** Abidjan.net's retrospective on the embrace at Yamoussoukro, dated the same way. */
const abidjan = (day: string) =>
  source(
    'Souvenir / 1986 : après une guerre de frontière, Thomas Sankara et Moussa Traoré se sont donné l’accolade à Yamoussoukro',
    'Abidjan.net',
    'https://news.abidjan.net/articles/376126/souvenir-1986-apres-une-guerre-de-frontiere-thomas-sankara-et-moussa-traore-se-sont-donnes-laccolade-a-yamoussoukro',
    day,
    'C',
    2,
  );

const S = {
  lat1226: source(
    'Attack From Mali Kills 4, Burkina Faso Charges',
    'Los Angeles Times (copy on vinapk.com)',
    'https://vinapk.com/archives/la-xpm-1985-12-26-mn-21430-story.html',
    '1985-12-26',
    'C',
    2,
  ),
  lat1227: source(
    '2 African Nations Reportedly OK Truce',
    'Los Angeles Times (Times Wire Services)',
    'http://articles.latimes.com/1985-12-27/news/mn-25451_1_burkina-faso',
    '1985-12-27',
    'B',
    2,
  ),
  press1230: source(
    'Cease-fire ignored as border war spreads',
    'The Press, Christchurch (NZPA-Reuter), Papers Past',
    'https://paperspast.natlib.govt.nz/newspapers/CHP19851230.2.69.1',
    '1985-12-30',
    'B',
    2,
  ),
  icj860110: source(
    'Provisional measures are indicated in the case of the Frontier Dispute (Burkina Faso/Mali) (press communiqué No. 86/1)',
    'International Court of Justice',
    'https://icj-cij.org/node/100893',
    '1986-01-10',
    'A',
    1,
  ),
  icj861222: source(
    'Frontier Dispute (Burkina Faso/Mali) – Judgment of the Chamber (press communiqué No. 86/18)',
    'International Court of Justice',
    'https://icj-cij.org/node/100989',
    '1986-12-22',
    'A',
    1,
  ),
  icj870116: source(
    'Reactions to the Judgment of 22 December 1986 in the case concerning the Frontier Dispute (Burkina Faso/Republic of Mali) (press communiqué No. 87/1)',
    'International Court of Justice',
    'https://icj-cij.org/node/100962',
    '1987-01-16',
    'A',
    1,
  ),
};

const P = {
  strip: 'Agacher Strip',
  ouahigouya: 'Ouahigouya',
  djibo: 'Djibo',
  sikasso: 'Sikasso',
  koloko: 'Koloko',
  tougan: 'Tougan',
  dedougou: 'Dédougou',
};
const A = {
  special: 'special-agreement-1983-09-16',
  ceasefire: 'ceasefire-agreement-1985-12-29',
  yamoussoukro: 'yamoussoukro-agreement-1986-01-17',
};
const CF = {
  libya: 'libyan-ceasefire-1985-12-27',
  second: 'second-ceasefire-1985-12-28',
  anad: 'anad-ceasefire-1985-12-30',
};
const R = { yamoussoukro: 'anad-summit-yamoussoukro-1986-01' };
const D = { judgment: 'icj-judgment-line-1986-12-22' };

const events = [
  // ===== 1983–1985: the referral to the Court and the tension before the war (recorded when the war broke out) =====
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '1983-09-16', recordedAt: rec('1985-12-26', '08:00') },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Burkina Faso – Mali, the Agacher Strip: the Christmas war and the Court, 1983–87',
      subject:
        'The frontier in the Agacher Strip (four villages and the Béli valley, believed rich in minerals) referred by both to a chamber of the International Court of Justice in 1983; the war of 25–30 December 1985, the ceasefires, ANAD’s mediation and observers, the Chamber’s provisional measures, the reconciliation at Yamoussoukro and the judgment of 22 December 1986',
      parties: [BURKINA, MALI],
      mediators: [],
    },
    [wp('1983-09-16')],
  ),
  ev(
    'AgreementReached',
    'agr-special',
    { occurredAt: '1983-09-16', recordedAt: rec('1985-12-26', '08:01') },
    {
      agreementId: A.special,
      kind: 'partial',
      provisions: [
        'The dispute over the delimitation of part of the common frontier (the Agacher Strip) is submitted to a chamber of the International Court of Justice',
      ],
      signatories: ['burkina-faso', 'mali'],
      textPublic: true,
    },
    [wp('1983-09-16')],
    {
      note: 'Sankara and Traoré agreed, with Algerian mediation, to have the dispute settled by the Court; the special agreement was notified to the Court on 20 October 1983 and the Chamber formed on 3 April 1985 (dates as the Court gives them).',
    },
  ),
  ev(
    'StatementMade',
    'stmt-keita-expelled',
    { occurredAt: '1985-07', recordedAt: rec('1985-12-26', '08:02') },
    {
      speaker: BURKINA_GOV,
      audience: 'mali',
      tone: 'critical',
      summary:
        'Burkina Faso expels Drissa Keita, a Malian diplomat in Burkina Faso; relations between Sankara and Traoré have been strained for a while, and meetings of the two countries’ diplomats on the border fail.',
    },
    [liq('1985-07-01')],
  ),
  ev(
    'IncidentReported',
    'inc-villages-occupied',
    { occurredAt: '1985-12-11', precision: 'approximate', recordedAt: rec('1985-12-26', '08:03') },
    {
      incidentId: 'burkina-troops-in-disputed-villages-1985-12',
      kind: 'force-posture',
      perpetrator: 'burkina-faso',
      allegedBy: 'mali',
      against: 'mali',
      place: P.strip,
      description:
        'Burkinabé census agents and troops in the disputed villages: Mali’s ruling party says the four border villages were occupied by Burkina Faso’s troops two weeks before its counterattack of 25 December.',
    },
    [graded(S.lat1226, 3), wp('1985-12-11')],
  ),
  ev(
    'StatementMade',
    'stmt-mali-census-protest',
    { occurredAt: '1985-12-14', precision: 'approximate', recordedAt: rec('1985-12-26', '08:04') },
    {
      speaker: TRAORE,
      audience: 'burkina-faso',
      tone: 'accusation',
      summary:
        'Mali protests that Burkina Faso’s census agents, visiting Fula camps in the disputed area, violated its sovereignty; Traoré publicly denounces the act.',
    },
    [liq('1985-12-14')],
  ),
  ev(
    'StatementMade',
    'stmt-traore-appeal',
    { occurredAt: '1985-12-15', precision: 'approximate', recordedAt: rec('1985-12-26', '08:05') },
    {
      speaker: TRAORE,
      audience: 'African leaders',
      tone: 'critical',
      summary:
        'For ten days Traoré asks African leaders to press Sankara to withdraw from the area; the Burkinabé do not leave it.',
    },
    [liq('1985-12-15')],
  ),
  // ===== 25 December 1985: the Malian offensive =====
  ev(
    'IncidentReported',
    'inc-raid-ouahigouya-25',
    { occurredAt: '1985-12-25', recordedAt: rec('1985-12-26', '08:10') },
    {
      incidentId: 'mali-raid-ouahigouya-1985-12-25',
      kind: 'airstrike',
      perpetrator: 'mali',
      allegedBy: 'burkina-faso',
      against: 'burkina-faso',
      place: P.ouahigouya,
      target: 'A rural welfare centre and grain silos (Burkina’s account)',
      fatalities: { min: 4, max: 4 },
      civilianFatalities: { min: 4, max: 4 },
      description:
        'Malian planes raid Ouahigouya, in Yatenga province, 140 miles inside Burkina Faso. Burkina’s council says four civilians were killed in the day’s raids on Ouahigouya, Djibo and Nassoumbou (not split by town; kept here).',
    },
    [S.lat1226, wp('1985-12-25')],
  ),
  ev(
    'IncidentReported',
    'inc-raid-djibo-25',
    { occurredAt: '1985-12-25', recordedAt: rec('1985-12-26', '08:11') },
    {
      incidentId: 'mali-raid-djibo-1985-12-25',
      kind: 'airstrike',
      perpetrator: 'mali',
      allegedBy: 'burkina-faso',
      against: 'burkina-faso',
      place: P.djibo,
      description:
        'Malian planes raid Djibo, in Soum province (Burkina’s account; the civilian toll of the day is on the Ouahigouya raid).',
    },
    [S.lat1226, wp('1985-12-25')],
  ),
  ev(
    'IncidentReported',
    'inc-ground-strip-25',
    { occurredAt: '1985-12-25', recordedAt: rec('1985-12-26', '08:12') },
    {
      incidentId: 'mali-ground-attack-strip-1985-12-25',
      kind: 'clash',
      perpetrator: 'mali',
      against: 'burkina-faso',
      place: P.strip,
      fatalities: { min: 0, max: 10 },
      description:
        'Malian ground units with tanks attack Dionouga and the disputed villages, and planes hit the border village of Nassoumbou; Mali says its troops "freed" four villages and lost no one (one wounded); Burkina says its troops killed ten of the attackers.',
    },
    [S.lat1226, wp('1985-12-25')],
  ),
  ev(
    'IncidentReported',
    'inc-mobilisation-25',
    { occurredAt: '1985-12-25', recordedAt: rec('1985-12-26', '08:13') },
    {
      incidentId: 'burkina-general-mobilisation-1985-12-25',
      kind: 'force-posture',
      perpetrator: 'burkina-faso',
      against: 'mali',
      description:
        'Burkina Faso orders a general mobilisation after accusing Mali of a surprise attack on villages of the strip.',
    },
    [univ('1985-12-25')],
  ),
  ev(
    'StatementMade',
    'stmt-nrc-25',
    { occurredAt: '1985-12-25', recordedAt: rec('1985-12-26', '08:14') },
    {
      speaker: NRC,
      audience: 'mali',
      tone: 'accusation',
      summary:
        'The council says Mali took advantage of a Burkinabé troop pullback earlier in the week to launch "barbaric" raids on civilian targets, blames unnamed foreign countries for the "dastardly attack", and says Burkina Faso still wants a peaceful solution.',
    },
    [S.lat1226],
  ),
  ev(
    'StatementMade',
    'stmt-udpm-25',
    { occurredAt: '1985-12-25', recordedAt: rec('1985-12-26', '08:15') },
    {
      speaker: UDPM,
      audience: 'burkina-faso',
      tone: 'accusation',
      summary:
        'Mali’s ruling party says its troops counterattacked and freed four border villages that Burkina Faso’s troops had occupied two weeks before, and denies that any of its men were killed.',
    },
    [S.lat1226],
  ),
  // ===== 26–27 December: Sikasso, Libya's shuttle, the first ceasefire =====
  ev(
    'ActorRegistered',
    'actor-libya',
    { occurredAt: '1985-12-26', recordedAt: rec('1985-12-27', '08:00') },
    { actor: LIBYA, role: 'mediator' },
    [S.lat1227],
  ),
  ev(
    'MediationAction',
    'med-triki-shuttle',
    { occurredAt: '1985-12-26', recordedAt: rec('1985-12-27', '08:01') },
    {
      mediator: 'libya',
      action: 'visited',
      summary:
        'Libya’s foreign secretary Ali Triki shuttles between Ouagadougou and Bamako and meets Sankara; Libya offers to mediate the land dispute.',
    },
    [S.lat1227],
  ),
  ev(
    'IncidentReported',
    'inc-raid-sikasso-26',
    { occurredAt: '1985-12-26', recordedAt: rec('1985-12-27', '08:02') },
    {
      incidentId: 'burkina-raid-sikasso-1985-12-26',
      kind: 'airstrike',
      perpetrator: 'burkina-faso',
      allegedBy: 'burkina-faso',
      against: 'mali',
      place: P.sikasso,
      description:
        'Ouagadougou radio says Burkina’s air force raided military targets in the southern Malian town of Sikasso at midday, causing "immense damage", in answer to the Christmas Day raids; not confirmed, and Western analysts doubt Burkina has combat aircraft.',
    },
    [graded(S.lat1227, 3)],
  ),
  ev(
    'IncidentReported',
    'inc-fighting-strip-26',
    { occurredAt: '1985-12-26', recordedAt: rec('1985-12-27', '08:03') },
    {
      incidentId: 'border-fighting-strip-1985-12-26',
      kind: 'clash',
      perpetrator: 'burkina-faso',
      allegedBy: 'burkina-faso',
      against: 'mali',
      place: P.strip,
      description:
        'Burkina Faso reports heavy fighting on its border with Mali and says its forces inflicted a crushing defeat on the Malian troops; Mali’s military communiqué does not mention it.',
    },
    [graded(S.lat1227, 3)],
  ),
  ev(
    'CeasefireDeclared',
    'cf-libya',
    { occurredAt: '1985-12-27T00:00:00Z', recordedAt: rec('1985-12-27', '08:04') },
    {
      ceasefireId: CF.libya,
      parties: ['burkina-faso', 'mali'],
      scope:
        'Cessation of hostilities from midnight on Thursday 26 December, both sides to pull back their troops (announced by Ali Triki on Ouagadougou radio)',
      duration: 'indefinite',
      mediatedBy: ['libya'],
    },
    [S.lat1227],
    { note: 'There was no word at the time on whether the fighting had stopped.' },
  ),
  // ===== 28–30 December: the second ceasefire broken, the third holds =====
  ev(
    'ActorRegistered',
    'actor-anad',
    { occurredAt: '1985-12-28', recordedAt: rec('1985-12-30', '06:00') },
    { actor: ANAD, role: 'mediator' },
    [S.press1230],
  ),
  ev(
    'CeasefireDeclared',
    'cf-second',
    { occurredAt: '1985-12-28T00:00:00Z', recordedAt: rec('1985-12-30', '06:01') },
    {
      ceasefireId: CF.second,
      parties: ['burkina-faso', 'mali'],
      scope: 'The second ceasefire announced since the start of the war, from midnight on Friday 27 December',
      duration: 'indefinite',
    },
    [S.press1230],
    { occurrence: 'second-ceasefire-1985-12-28' },
  ),
  ev(
    'CeasefireEnded',
    'cf-libya-superseded',
    { occurredAt: '1985-12-28T00:00:00Z', recordedAt: rec('1985-12-30', '06:02') },
    {
      ceasefireId: CF.libya,
      reason: 'superseded',
      summary: 'Replaced by the second ceasefire announced, from midnight on Friday.',
    },
    [S.press1230],
    { occurrence: 'second-ceasefire-1985-12-28' },
  ),
  ev(
    'MediationAction',
    'med-anad-meeting',
    { occurredAt: '1985-12-28', recordedAt: rec('1985-12-30', '06:03') },
    {
      mediator: 'anad',
      action: 'proposed',
      summary:
        'The ANAD states (Côte d’Ivoire, Senegal, Niger, Togo, Mauritania and the two parties) are to meet in Côte d’Ivoire on Saturday to work out the details of the ceasefire.',
    },
    [S.press1230],
  ),
  ev(
    'IncidentReported',
    'inc-raid-ouahigouya-28',
    { occurredAt: '1985-12-28', recordedAt: rec('1985-12-30', '06:04') },
    {
      incidentId: 'mali-raid-ouahigouya-1985-12-28',
      kind: 'airstrike',
      perpetrator: 'mali',
      against: 'burkina-faso',
      place: P.ouahigouya,
      description:
        'Mali says its planes struck deep inside Burkina Faso, raiding a string of four towns, causing serious damage and casualties (Reuters); Ouahigouya is one of the four the blog names.',
    },
    [S.press1230, blog('1985-12-28')],
  ),
  ev(
    'IncidentReported',
    'inc-raid-djibo-28',
    { occurredAt: '1985-12-28', recordedAt: rec('1985-12-30', '06:05') },
    {
      incidentId: 'mali-raid-djibo-1985-12-28',
      kind: 'airstrike',
      perpetrator: 'mali',
      against: 'burkina-faso',
      place: P.djibo,
      description: 'One of the four towns Mali says its planes raided (named by the blog).',
    },
    [S.press1230, blog('1985-12-28')],
  ),
  ev(
    'IncidentReported',
    'inc-raid-tougan-28',
    { occurredAt: '1985-12-28', recordedAt: rec('1985-12-30', '06:06') },
    {
      incidentId: 'mali-raid-tougan-1985-12-28',
      kind: 'airstrike',
      perpetrator: 'mali',
      against: 'burkina-faso',
      place: P.tougan,
      description: 'One of the four towns Mali says its planes raided (named by the blog).',
    },
    [S.press1230, blog('1985-12-28')],
  ),
  ev(
    'IncidentReported',
    'inc-raid-dedougou-28',
    { occurredAt: '1985-12-28', recordedAt: rec('1985-12-30', '06:07') },
    {
      incidentId: 'mali-raid-dedougou-1985-12-28',
      kind: 'airstrike',
      perpetrator: 'mali',
      against: 'burkina-faso',
      place: P.dedougou,
      description: 'One of the four towns Mali says its planes raided (named by the blog).',
    },
    [S.press1230, blog('1985-12-28')],
  ),
  ev(
    'IncidentReported',
    'inc-koloko-28',
    { occurredAt: '1985-12-28', recordedAt: rec('1985-12-30', '06:08') },
    {
      incidentId: 'mali-attack-koloko-1985-12-28',
      kind: 'clash',
      perpetrator: 'mali',
      against: 'burkina-faso',
      place: P.koloko,
      fatalities: { min: 1, max: 1 },
      injured: { min: 8, max: 8 },
      description:
        'A Malian detachment of tanks, armoured cars and infantry attacks the south-western Burkinabé town of Koloko; Burkina says it beat the attack off and captured positions inside Mali, Mali’s ruling party that its forces destroyed the enemy’s positions. Mali reported one soldier killed and eight wounded (the blog).',
    },
    [S.press1230, blog('1985-12-28')],
  ),
  ev(
    'CeasefireEnded',
    'cf-second-collapsed',
    { occurredAt: '1985-12-28', recordedAt: rec('1985-12-30', '06:09') },
    {
      ceasefireId: CF.second,
      reason: 'collapsed',
      summary: 'Ignored: Mali’s planes strike four towns and the fighting spreads to Koloko.',
    },
    [S.press1230],
  ),
  ev(
    'ActorRegistered',
    'actor-nigeria',
    { occurredAt: '1985-12-29', recordedAt: rec('1985-12-30', '06:10') },
    { actor: NIGERIA, role: 'mediator' },
    [univ('1985-12-29')],
  ),
  ev(
    'AgreementReached',
    'agr-ceasefire',
    { occurredAt: '1985-12-29', recordedAt: rec('1985-12-30', '06:11') },
    {
      agreementId: A.ceasefire,
      kind: 'ceasefire',
      provisions: ['A ceasefire between Burkina Faso and Mali', 'Observers of the ANAD states on the disputed border'],
      signatories: ['burkina-faso', 'mali'],
      textPublic: false,
      status: 'text-agreed',
    },
    [univ('1985-12-29')],
    {
      note: 'Concluded through the mediation of Nigeria and Libya (Universalis); Wikipedia dates the ceasefire the 30th.',
    },
  ),
  ev(
    'CeasefireDeclared',
    'cf-anad',
    { occurredAt: '1985-12-30', recordedAt: rec('1985-12-30', '12:00') },
    {
      ceasefireId: CF.anad,
      parties: ['burkina-faso', 'mali'],
      scope: 'The ceasefire agreed on the 29th, in force from the morning of 30 December, watched by ANAD observers',
      duration: 'indefinite',
      mediatedBy: ['anad', 'libya', 'nigeria'],
    },
    [wp('1985-12-30'), blog('1985-12-30')],
    { occurrence: 'anad-ceasefire-in-force-1985-12-30' },
  ),
  ev(
    'AgreementStatusChanged',
    'agr-ceasefire-in-force',
    { occurredAt: '1985-12-30', recordedAt: rec('1985-12-30', '12:01') },
    {
      agreementId: A.ceasefire,
      status: 'in-force',
      reason: 'The ceasefire takes effect by the morning of 30 December.',
    },
    [wp('1985-12-30')],
    { occurrence: 'anad-ceasefire-in-force-1985-12-30' },
  ),
  ev(
    'MediationAction',
    'med-anad-observers',
    { occurredAt: '1985-12-30', recordedAt: rec('1985-12-30', '12:02') },
    {
      mediator: 'anad',
      action: 'visited',
      summary:
        'A commission of observers, officers of the ANAD member states (Senegal, Niger, Mauritania, Côte d’Ivoire), arrives in the disputed border zone.',
    },
    [univ('1985-12-30')],
  ),
  ev(
    'IncidentReported',
    'inc-toll-burkina',
    { occurredAt: '1985-12-30', precision: 'approximate', recordedAt: rec('1985-12-31', '12:00') },
    {
      incidentId: 'toll-burkina-1985-12',
      kind: 'casualty-report',
      perpetrator: 'mali',
      against: 'burkina-faso',
      period: { from: '1985-12-25', to: '1985-12-30' },
      fatalities: { min: 48, max: 141 },
      description:
        'Burkinabé soldiers and civilians killed in the war: 48 by official count, over 100 by Wikipedia’s, 141 (with 257 wounded) by the older text; 16 Burkinabé soldiers taken prisoner.',
    },
    [graded(wp('1985-12-30'), 3), graded(liq('1985-12-30'), 3), blog('1985-12-30')],
  ),
  ev(
    'IncidentReported',
    'inc-toll-mali',
    { occurredAt: '1985-12-30', precision: 'approximate', recordedAt: rec('1985-12-31', '12:01') },
    {
      incidentId: 'toll-mali-1985-12',
      kind: 'casualty-report',
      perpetrator: 'burkina-faso',
      against: 'mali',
      period: { from: '1985-12-25', to: '1985-12-30' },
      fatalities: { min: 11, max: 40 },
      description:
        'Malian soldiers and civilians killed in the war: 11 by official count, about 40 by Wikipedia’s (38, with 57 wounded, by the older text); two Malian soldiers taken prisoner.',
    },
    [graded(wp('1985-12-30'), 3), graded(liq('1985-12-30'), 3), blog('1985-12-30')],
  ),
  // ===== January 1986: the Court's provisional measures and the reconciliation =====
  ev(
    'ActorRegistered',
    'actor-icj',
    { occurredAt: '1986-01-09', recordedAt: rec('1986-01-10', '18:00') },
    { actor: ICJ, role: 'third-party' },
    [S.icj860110],
    {
      note: 'Both parties asked the Chamber for provisional measures; it heard them at a public sitting on 9 January.',
    },
  ),
  ev(
    'StatementMade',
    'stmt-icj-order',
    { occurredAt: '1986-01-10', recordedAt: rec('1986-01-10', '18:01') },
    {
      speaker: CHAMBER,
      audience: 'burkina-faso, mali',
      tone: 'neutral',
      summary:
        'The Chamber unanimously indicates provisional measures: both governments to continue to observe the ceasefire already in place, to withdraw their forces to positions or behind lines they agree within twenty days (failing agreement, the Chamber will set them), not to change the administration of the disputed areas, and to avoid any act likely to aggravate or extend the dispute.',
    },
    [S.icj860110],
  ),
  ev(
    'ActorRegistered',
    'actor-cote-d-ivoire',
    { occurredAt: '1986-01-17', recordedAt: rec('1986-01-18', '12:00') },
    { actor: COTE_D_IVOIRE, role: 'mediator' },
    [abidjan('1986-01-17')],
  ),
  ev(
    'TalksRoundOpened',
    'round-yamoussoukro-opened',
    { occurredAt: '1986-01-17', recordedAt: rec('1986-01-18', '12:01') },
    {
      roundId: R.yamoussoukro,
      label: 'ANAD summit, Yamoussoukro',
      venue: 'Yamoussoukro',
      format: 'formal',
      hosts: ['cote-d-ivoire', 'anad'],
      delegations: [
        { actorId: 'burkina-faso', head: SANKARA },
        { actorId: 'mali', head: TRAORE },
      ],
    },
    [graded(wp('1986-01-17'), 3), abidjan('1986-01-17')],
    { occurrence: 'yamoussoukro-reconciliation-1986-01-17' },
  ),
  ev(
    'TalksRoundConcluded',
    'round-yamoussoukro-concluded',
    { occurredAt: '1986-01-17', recordedAt: rec('1986-01-18', '12:02') },
    {
      roundId: R.yamoussoukro,
      outcome: 'agreement',
      summary:
        'Around Houphouët-Boigny, Sankara and Traoré embrace and reconcile; the West African mediation ends with their agreement to avoid further hostilities.',
    },
    [graded(wp('1986-01-17'), 3), abidjan('1986-01-17')],
    { occurrence: 'yamoussoukro-reconciliation-1986-01-17' },
  ),
  ev(
    'AgreementReached',
    'agr-yamoussoukro',
    { occurredAt: '1986-01-17', recordedAt: rec('1986-01-18', '12:03') },
    {
      agreementId: A.yamoussoukro,
      kind: 'framework',
      provisions: [
        'No further hostilities between Burkina Faso and Mali',
        'The forces withdrawn from the disputed area, under the ANAD observers',
        'The frontier left to the Chamber of the International Court of Justice',
      ],
      signatories: ['burkina-faso', 'mali'],
      textPublic: false,
      roundId: R.yamoussoukro,
    },
    [graded(wp('1986-01-17'), 3), abidjan('1986-01-17')],
    { occurrence: 'yamoussoukro-reconciliation-1986-01-17' },
  ),
  // ===== December 1986 – January 1987: the judgment, accepted by both =====
  ev(
    'StatementMade',
    'stmt-icj-judgment',
    { occurredAt: '1986-12-22', recordedAt: rec('1986-12-22', '18:00') },
    {
      speaker: CHAMBER,
      audience: 'burkina-faso, mali',
      tone: 'neutral',
      summary:
        'The Chamber unanimously lays down the frontier line in the disputed area, applying the principle of uti possidetis juris: the strip is divided between the two States.',
    },
    [S.icj861222, wp('1986-12-22')],
  ),
  ev(
    'DemandTabled',
    'dem-judgment-line',
    { occurredAt: '1986-12-22', recordedAt: rec('1986-12-22', '18:01') },
    {
      demandId: D.judgment,
      by: 'icj',
      addressedTo: ['burkina-faso', 'mali'],
      text: 'The frontier between Burkina Faso and Mali in the disputed area runs along the line the Chamber’s judgment of 22 December 1986 lays down.',
      category: 'territorial',
    },
    [S.icj861222],
  ),
  ev(
    'PositionTaken',
    'pos-burkina-accepts',
    { occurredAt: '1986-12-24', recordedAt: rec('1987-01-16', '12:00') },
    {
      demandId: D.judgment,
      actorId: 'burkina-faso',
      stance: 'accepted',
      speaker: SANKARA,
      conditions: 'Undertakes to facilitate its implementation on the ground.',
    },
    [S.icj870116],
  ),
  ev(
    'StatementMade',
    'stmt-sankara-message',
    { occurredAt: '1986-12-24', recordedAt: rec('1987-01-16', '12:01') },
    {
      speaker: SANKARA,
      audience: 'icj',
      tone: 'conciliatory',
      summary:
        'Sankara’s message to the President of the Chamber reiterates Burkina Faso’s acceptance of the judgment, recalling that both governments submitted the dispute in answer to their peoples’ desire for peace and friendship.',
    },
    [S.icj870116],
  ),
  ev(
    'PositionTaken',
    'pos-mali-accepts',
    { occurredAt: '1987-01-10', recordedAt: rec('1987-01-16', '12:02') },
    {
      demandId: D.judgment,
      actorId: 'mali',
      stance: 'accepted',
      speaker: TRAORE,
      conditions: 'Undertakes to facilitate its implementation on the ground.',
    },
    [S.icj870116],
  ),
  ev(
    'StatementMade',
    'stmt-traore-message',
    { occurredAt: '1987-01-10', recordedAt: rec('1987-01-16', '12:03') },
    {
      speaker: TRAORE,
      audience: 'icj',
      tone: 'conciliatory',
      summary: 'Traoré’s message to the President of the Chamber reiterates Mali’s acceptance of the judgment.',
    },
    [S.icj870116],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'burkina-mali-1985.jsonl',
  logEnd: '1987-12-31T00:00:00Z',
  events,
};

export default definition;
