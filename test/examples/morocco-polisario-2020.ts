/**
 * A test fixture, not a shipped example: Morocco and the Polisario Front (the
 * Sahrawi Arab Democratic Republic) from the blockade of the Guerguerat
 * crossing to the end of 2021, as an analyst following the news could have
 * recorded it — the road in the UN buffer strip blocked by Sahrawi protesters
 * from 21 October 2020 and the Secretary-General's call that traffic "must
 * not be hampered"; Morocco's operation of 13 November to reopen it (a
 * "security cordon", "non-offensive" by Morocco's account; an attack on
 * civilians by the Polisario's) and the breaches and new sand wall MINURSO
 * saw through the buffer strip; the Polisario's declaration that the 1991
 * ceasefire was over, its "war" and its daily military communiqués of attacks
 * on the berm, which Morocco denied or called provocations "without human or
 * material damage"; the US recognition of Moroccan sovereignty (10 December
 * 2020); the rockets towards Guerguerat (23 January 2021); the drone strike
 * that killed the Polisario's gendarmerie commander, Addah al-Bendir (6 April
 * 2021); the Brahim Ghali affair in Spain (April – June 2021); the
 * Secretary-General's report on the resumption of hostilities, the
 * appointment of Staffan de Mistura as his personal envoy (6 October 2021),
 * Security Council resolution 2602 and the Polisario's answer that there
 * would be no new ceasefire (29–30 October), and the communiqués and threats
 * of November 2021. Escalation model v2 was never tuned on it: it is the case
 * the model is held to in morocco-polisario-2020.spec.ts, against the calls
 * an analyst makes from DOMAIN.md §5b alone.
 *
 * The parties are Morocco and the Polisario Front. The UN (the
 * Secretary-General, MINURSO, the Security Council) is the mediator. Third
 * parties: Algeria (the Polisario's backer, whose plane flew Ghali home),
 * the United States (its recognition), Mauritania (the crossing leads to it)
 * and Spain (where Ghali was treated). The break between Morocco and Algeria
 * of 2021 and the three Algerian lorry drivers killed near Bir Lahlou (1
 * November 2021) are recorded in morocco-algeria-2021.ts, with Algeria as a
 * party; they are not recorded here again.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source.
 *
 * Grading as in examples/README.md: A = a primary document of the body
 * itself (the UN's own press release or briefing transcript, for the UN's
 * acts); B = an established outlet or a wire copy carried by one (Reuters in
 * the National Post, AFP in The New Arab, Naharnet, ANSA); C = smaller,
 * regional or partisan outlets and encyclopedia mirrors (Morocco World News,
 * Al-Masdar News, Middle East Monitor, the Sahara Press Service via allAfrica
 * or its archive, Atalayar, Wikipedia mirrors); D = partisan blogs that
 * relay the Polisario's communiqués (mapmaghrebine, aapsocidental); 1 =
 * confirmed by the actor itself (its own statement or decree); 2 = several
 * sources agree or one established outlet reports it; 3 = one side's
 * unverified claim, which is what every communiqué of attacks is.
 *
 * Judgement calls, recorded as an analyst would:
 * - The 1991 ceasefire (in force from 6 September 1991, under the UN's
 *   settlement plan, monitored by MINURSO) is recorded as a ceasefire
 *   declared then, so that it stands when the case opens. The Polisario's
 *   president, Brahim Ghali, signed a decree on 13 November 2020 ending the
 *   Front's commitment to it, published on the 14th: the ceasefire is ended
 *   `collapsed` on the 13th. Morocco says it remains committed to the
 *   ceasefire (recorded as its statements); one party that has declared it
 *   over and fires is enough for it not to be in force.
 * - The blockade: some 50 people, men, women and children (MINURSO), from
 *   the refugee camps, blocked the road at Guerguerat from 21 October 2020;
 *   MINURSO saw 12 armed Polisario elements in uniform and 8 military
 *   vehicles there from 22 October; the Polisario's delegate in Spain praised
 *   the "closure of the illegal breach". A road closed against the other
 *   party's traffic at its only crossing to Mauritania: a `border-closure`
 *   against Morocco, perpetrator the Polisario as alleged by Morocco (the
 *   Polisario calls it a civilian protest it protects). Its end is the
 *   `border-reopening` of 13 November, by Morocco (traffic resumed on the
 *   14th).
 * - Morocco's operation of 13 November: the Royal Armed Forces set up a
 *   "security cordon" in the buffer strip overnight, "non-offensive" and
 *   "without any bellicose intent" by their account, with no contact with
 *   civilians and no casualties (Morocco's envoy to the UN); MINURSO saw
 *   three breaches across the berm and bulldozers building a new sand wall
 *   through the buffer strip. Ground taken in the buffer strip and held from
 *   then on: an `occupation` by Morocco, never withdrawn in this log. The
 *   Polisario says its fighters "responded fiercely to the advancement" and
 *   Morocco attacked the civilian protesters; Wikipedia's timeline says
 *   gunfire was exchanged without casualties; Morocco denies any armed clash.
 *   Recorded as a `clash` at Guerguerat by Morocco as alleged by the
 *   Polisario, graded 3.
 * - The communiqués: the Polisario's ministry of defence published a
 *   communiqué of attacks almost every day from 13 November 2020 (number 353
 *   by 1 November 2021). Only those whose content and day a source read
 *   gives are recorded, one `shelling` (or `clash`) per sector named, each
 *   graded 3 (the Polisario's claim; Morocco denies losses or calls them
 *   provocations), and each sector written one way: "<sector> sector (the
 *   berm)". The days between recorded communiqués are not filled in: no
 *   source read gives what was claimed on them. The UN's word for the whole
 *   ("low-intensity hostilities", "resumption of hostilities") is the
 *   Secretary-General's, recorded as his request to the parties to cease
 *   hostilities.
 * - 13 November at Mahbes: Morocco (via Le360) says it neutralised a
 *   Polisario attack there with anti-tank weapons; the Polisario's
 *   communiqué No. 1 names Mahbes among its four sectors. One occurrence,
 *   one `clash` by the Polisario, graded 2 (both sides' accounts agree on
 *   fire there).
 * - 17 November: MINURSO received reports of shots fired at night along the
 *   berm near Smara and Awsard, without saying by whom: recorded as two
 *   `clash`es with no perpetrator.
 * - The drone strike of 6 April 2021 (Tuesday, per the Polisario's defence
 *   ministry statement, withdrawn from its agency's site the same evening):
 *   Addah al-Bendir killed near Rouss Irni, Tifariti, in the Polisario-held
 *   area, hours after an attack on the berm in the Bir Lahlou area (a
 *   Sahrawi military official to AFP). Rabat never confirmed it. Morocco World News
 *   (16 May) says a second commander died of his wounds on 12 April and
 *   others in the convoy were killed: no source read at the time of the
 *   strike says so, and the toll recorded is al-Bendir alone (1). A `drone-strike` by Morocco as alleged by the
 *   Polisario, graded 2 (AFP and ANSA report the Polisario's own account of
 *   its loss, which its adversary's press does not dispute).
 * - No act is recorded `scale: 'major'`: no source read calls any of them an
 *   offensive or a battle, except a partisan blog for a fight at Mahbes in
 *   December 2020 whose day it does not give (not recorded).
 * - The Ghali affair is between Morocco and Spain: Spain's care for Ghali is
 *   Spain's engagement with the Polisario, Morocco's warnings are addressed
 *   to Spain, and Algeria's plane that took him home is Algeria's. The mass
 *   crossing into Ceuta (17–18 May 2021) is not recorded: it is between
 *   Morocco and Spain.
 * - The US recognition is a third party's act (`recognition`), not the
 *   pair's.
 */
import type { Actor, NegotiationEvent, Person, Source } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'morocco-polisario-2020';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 2020);
/** A recordedAt on a given day (the case spans two years). */
const rec = (day: string, time: string): string => `${day}T${time}:00Z`;

const MOROCCO: Actor = { id: 'morocco', name: 'Morocco', kind: 'state', aliases: ['Rabat', 'Kingdom of Morocco'] };
const POLISARIO: Actor = {
  id: 'polisario',
  name: 'Polisario Front',
  kind: 'de-facto-authority',
  aliases: ['Frente POLISARIO', 'Sahrawi Arab Democratic Republic', 'SADR', 'Sahrawi Republic'],
};
const UN: Actor = {
  id: 'un',
  name: 'United Nations',
  kind: 'international-organisation',
  aliases: ['UN', 'MINURSO', 'UN Secretary-General', 'UN Security Council'],
};
const ALGERIA: Actor = { id: 'algeria', name: 'Algeria', kind: 'state', aliases: ['Algiers'] };
const USA: Actor = { id: 'united-states', name: 'United States', kind: 'state', aliases: ['Washington', 'US'] };
const MAURITANIA: Actor = { id: 'mauritania', name: 'Mauritania', kind: 'state', aliases: ['Nouakchott'] };
const SPAIN: Actor = { id: 'spain', name: 'Spain', kind: 'state', aliases: ['Madrid'] };

const MOROCCO_MFA: Person = { name: 'Ministry of Foreign Affairs of Morocco', actorId: 'morocco' };
const KING: Person = { name: 'Mohammed VI', title: 'King of Morocco', actorId: 'morocco' };
const BOURITA: Person = { name: 'Nasser Bourita', title: 'Foreign Minister of Morocco', actorId: 'morocco' };
const POLISARIO_FRONT: Person = { name: 'Polisario Front', actorId: 'polisario' };
const ARABI: Person = { name: 'Abdulah Arabi', title: 'Polisario Front delegate in Spain', actorId: 'polisario' };
const SALMA: Person = {
  name: 'Hamada Salma',
  title: 'Minister of Information of the Sahrawi Republic',
  actorId: 'polisario',
};
const GHALI: Person = {
  name: 'Brahim Ghali',
  title: 'Secretary-General of the Polisario Front, President of the SADR',
  actorId: 'polisario',
};

const S = {
  wpClashes: (day: string): Source =>
    source(
      'Western Saharan clashes (2020–present)',
      'Wikipedia',
      'https://en.wikipedia.org/wiki/Western_Saharan_clashes_(2020%E2%80%93present)',
      day,
      'C',
      2,
    ),
  wpTimeline: (day: string): Source =>
    source(
      'Timeline of the Western Saharan clashes (2020–present)',
      'Wikipedia (sagapedia mirror)',
      'https://sagapedia.com/en/Timeline_of_the_Western_Saharan_clashes_(2020%E2%80%93present)',
      day,
      'C',
      3,
    ),
  mwn1021: source(
    'UN Chief Urges Polisario to Leave Guerguerat Following Recent Provocations',
    'Morocco World News',
    'https://www.moroccoworldnews.com/2020/10/323320/un-chief-urges-polisario-to-leave-guerguerat-following-recent-provocations/',
    '2020-10-21',
    'C',
    2,
  ),
  arabi1021: source(
    'En primeras declaraciones oficiales respecto a las protestas',
    'Cantabria por el Sahara',
    'https://cantabriaporelsahara.com/en-primeras-declaraciones-oficiales-protestas/amp',
    '2020-10-21',
    'D',
    2,
  ),
  sgReport2021: source(
    'Situation concerning Western Sahara - Report of the Secretary-General (S/2021/843)',
    'ReliefWeb (United Nations)',
    'https://reliefweb.int/report/western-sahara/situation-concerning-western-sahara-report-secretary-general-s2021843-enar',
    '2021-10-01',
    'A',
    2,
  ),
  maghressArmed: source(
    'UN report: armed Polisario elements present at Guerguerat in October and November 2020',
    'Maghress (Al Khabar)',
    'https://maghress.com/analkhabar/116640',
    '2021-10-04',
    'C',
    2,
  ),
  almasdar1113: source(
    'Morocco to take action against Polisario in Western Sahara',
    'Al-Masdar News',
    'https://www.almasdarnews.com/article/morocco-to-take-action-against-polisario-in-western-sahara/',
    '2020-11-13',
    'C',
    2,
  ),
  mwn1113flee: source(
    'Video: Polisario Militants Flee Guerguerat Amid Moroccan Intervention',
    'Morocco World News',
    'https://www.moroccoworldnews.com/2020/11/325778/video-polisario-militants-flee-guerguerat-amid-moroccan-intervention/',
    '2020-11-13',
    'C',
    2,
  ),
  mwn1113mahbes: source(
    'Morocco’s Army Neutralizes Polisario Attack in Mahbes',
    'Morocco World News',
    'https://www.moroccoworldnews.com/2020/11/325737/moroccos-army-neutralizes-polisario-attack-in-mahbes/',
    '2020-11-13',
    'C',
    3,
  ),
  reuters1113: source(
    'Western Saharan Polisario says Morocco has ignited war',
    'National Post (Reuters)',
    'https://nationalpost.com/pmn/news-pmn/western-saharan-polisario-says-morocco-has-ignited-war',
    '2020-11-13',
    'B',
    2,
  ),
  unBriefing1113: source(
    'Daily Press Briefing by the Office of the Spokesperson for the Secretary-General, 13 November 2020',
    'United Nations',
    'https://www.un.org/press/en/2020/db201113.doc.htm',
    '2020-11-13',
    'A',
    1,
  ),
  almasdar1114: source(
    '"The war has begun": Polisario Front launches attacks on Moroccan military bases',
    'Al-Masdar News',
    'https://www.almasdarnews.com/article/the-war-has-begun-polisario-front-launches-attacks-on-moroccan-military-bases/',
    '2020-11-14',
    'C',
    2,
  ),
  decree1114: source(
    'El Guerguerat: Ghali annonce officiellement la fin de l’engagement au cessez-le-feu',
    'Live News Algérie (APS)',
    'http://www.livenewsalgerie.com/2020/11/14/el-guerguerat-ghali-annonce-officiellement-fin-de-lengagement-cessez-feu/',
    '2020-11-14',
    'C',
    1,
  ),
  newArab1116: source(
    'Morocco, Polisario exchange fire in Western Sahara: report',
    'The New Arab (AFP)',
    'https://www.newarab.com/news/morocco-polisario-exchange-fire-western-sahara-report',
    '2020-11-16',
    'B',
    2,
  ),
  mwn1118: source(
    'Western Sahara: MINURSO Continues to Receive Reports of Shots Fired',
    'Morocco World News',
    'https://www.moroccoworldnews.com/2020/11/326333/western-sahara-minurso-continues-to-receive-reports-of-shots-fired/',
    '2020-11-18',
    'C',
    2,
  ),
  almasdar1120: source(
    'Polisario forces launch heavy attacks on Moroccan border',
    'Al-Masdar News',
    'https://www.almasdarnews.com/article/polisario-forces-launch-heavy-attacks-on-moroccan-border/',
    '2020-11-20',
    'C',
    3,
  ),
  almasdar1122: source(
    'Polisario Front strikes Moroccan military positions behind border wall',
    'Al-Masdar News',
    'https://www.almasdarnews.com/article/polisario-front-strikes-moroccan-military-positions-behind-border-wall/',
    '2020-11-22',
    'C',
    3,
  ),
  mwn1126: source(
    'UN to Share Morocco’s Letters on Situation in Guerguerat in Archives',
    'Morocco World News',
    'https://www.moroccoworldnews.com/2020/11/327132/un-to-share-moroccos-letters-on-situation-in-guerguerat-in-archives/',
    '2020-11-26',
    'C',
    2,
  ),
  mjt1210: source(
    'Guerguerat: Morocco Maintains Ceasefire and Reserves the Right to Retaliate to Polisario Mercenaries',
    'MJT News',
    'https://www.mjtnews.com/2020/12/10/guerguerat-morocco-maintains-ceasefire-and-reserves-the-right-to-retaliate-to-polisario-mercenaries/',
    '2020-12-10',
    'C',
    2,
  ),
  blog1209: source(
    'Continuano gli attacchi dell’esercito saharawi (rapporto di guerra n. 27)',
    'mapmaghrebine (blog)',
    'https://mapmaghrebine.blogspot.com/2020/12/continuano-gli-attacchi-dellesercito.html',
    '2020-12-10',
    'D',
    3,
  ),
  townhall1210: source(
    'President Trump Announces Another Middle East Peace Agreement',
    'Townhall',
    'https://townhall.com/tipsheet/katiepavlich/2020/12/10/president-trump-announces-another-middle-east-peace-agreement-n2581353',
    '2020-12-10',
    'C',
    1,
  ),
  mediaite1210: source(
    'Trump Announces Normalization of Diplomatic Ties Between Morocco, Israel',
    'Mediaite',
    'https://www.mediaite.com/trump/trump-announces-normalization-of-diplomatic-ties-between-morocco-israel-a-massive-breakthrough/',
    '2020-12-10',
    'C',
    1,
  ),
  memo0126: source(
    'Polisario Front bombs Guerguerat region',
    'Middle East Monitor',
    'https://www.middleeastmonitor.com/20210126-polisario-front-bombs-guerguerat-region/',
    '2021-01-26',
    'C',
    2,
  ),
  blog0201: source(
    'Guerra no Sahara Ocidental - Comunicado militar n.º 81',
    'aapsocidental (blog)',
    'http://aapsocidental.blogspot.com/2021/02/guerra-no-sahara-ocidental-comunicado.html',
    '2021-02-01',
    'D',
    3,
  ),
  pledge0408: source(
    'A high command of the Polisario Front is killed by shots from a drone',
    'Pledge Times (AFP)',
    'https://pledgetimes.com/a-high-command-of-the-polisario-front-is-killed-by-shots-from-a-drone/',
    '2021-04-08',
    'C',
    2,
  ),
  ansa0408: source(
    'Sahara Occidentale, capo gendarmeria ucciso da drone Marocco',
    'La Gazzetta del Mezzogiorno (ANSA)',
    'https://www.lagazzettadelmezzogiorno.it/news/mondo/1292079/sahara-occidentale-capo-gendarmeria-ucciso-da-drone-marocco.html',
    '2021-04-08',
    'B',
    2,
  ),
  mwn0516: source(
    'Moroccan Armed Forces Strike Two Polisario SUVs',
    'Morocco World News',
    'https://www.moroccoworldnews.com/2021/05/342209/moroccan-armed-forces-strike-two-polisario-suvs/',
    '2021-05-16',
    'C',
    3,
  ),
  explica0518: source(
    'The key to Morocco’s anger with Spain is called the Polisario Front',
    'Explica.co',
    'https://www.explica.co/the-key-to-moroccos-anger-with-spain-is-called-the-polisario-front.html',
    '2021-05-18',
    'C',
    2,
  ),
  tech0518: source(
    'Ceuta: Spain sends troops as 8,000 migrants enter enclave',
    'Tech1Media (BBC copy)',
    'https://tech1media.com/2021/05/18/ceuta-spain-sends-troops-as-8000-migrants-enter-enclave',
    '2021-05-18',
    'C',
    2,
  ),
  atalayar0602: source(
    'Ghali leaves Spain for Algeria',
    'Atalayar',
    'https://www.atalayar.com/en/articulo/politics/ghali-leaves-spain-algeria/20210602001433151476.html',
    '2021-06-02',
    'C',
    2,
  ),
  matzav1003: source(
    'UN chief deplores "greatly degraded" situation in Western Sahara',
    'Matzav Review (AFP)',
    'https://matzavreview.com/2021/10/03/un-chief-deplores-greatly-degraded-situation-in-western-sahara/',
    '2021-10-03',
    'C',
    2,
  ),
  urdupoint1006: source(
    'UN Chief Appoints Staffan de Mistura as Personal Envoy for Western Sahara',
    'UrduPoint (Sputnik)',
    'https://www.urdupoint.com/en/world/un-chief-appoints-staffan-de-mistura-as-perso-1369577.html',
    '2021-10-06',
    'C',
    2,
  ),
  matzav1007: source(
    'UN acquires envoy for Western Sahara after more than two years of fruitless searches',
    'Matzav Review (Le Monde/AFP)',
    'https://matzavreview.com/2021/10/07/un-acquires-envoy-for-western-sahara-after-more-than-two-years-of-fruitless-searches/',
    '2021-10-07',
    'C',
    2,
  ),
  unPress1029: source(
    'Security Council Extends Mandate of United Nations Mission in Western Sahara, Adopting Resolution 2602 (2021)',
    'United Nations',
    'https://press.un.org/en/2021/sc14681.doc.htm',
    '2021-10-29',
    'A',
    1,
  ),
  sps1030: source(
    'Frente Polisario: Saharawi people will continue and intensify their legitimate armed struggle',
    'Sahara Press Service (archive)',
    'https://archive.spsrasd.info/fr/node/107822',
    '2021-10-30',
    'C',
    1,
  ),
  allafrica1102: source(
    'Western Sahara: SPLA Launches New Attacks Against Moroccan Occupation Forces',
    'allAfrica (Sahara Press Service)',
    'https://allafrica.com/stories/202111020401.html',
    '2021-11-02',
    'C',
    3,
  ),
  em1119: source(
    'Polisário decide intensificar guerra contra o Marrocos',
    'Estado de Minas (AFP)',
    'https://em.com.br/app/noticia/internacional/2021/11/19/interna_internacional,1324204/amp.html',
    '2021-11-19',
    'C',
    2,
  ),
};

/** Places, each written one way. */
const P = {
  guerguerat: 'Guerguerat (buffer strip)',
  mahbes: 'Mahbes sector (the berm)',
  hawza: 'Hawza sector (the berm)',
  awsard: 'Awsard sector (the berm)',
  farsia: 'Farsia sector (the berm)',
  amgala: 'Amgala sector (the berm)',
  ummDreiga: 'Umm Dreiga sector (the berm)',
  smara: 'Smara sector (the berm)',
  bagari: 'Bagari sector (the berm)',
  kalta: 'Kalta sector (the berm)',
  birLahlou: 'Bir Lahlou sector (the berm)',
  tifariti: 'Rouss Irni, Tifariti (Polisario-held area)',
  berm: 'The berm (sector not given)',
};
const CF = { c1991: 'ceasefire-1991' };
const INC = { blockade: 'guerguerat-blockade-2020-10-21' };

/**
 * One armed act claimed in a Polisario communiqué (or reported by Morocco) at one sector of the berm: `key` names it,
 * `by` fires on the other.
 */
function attack(
  key: string,
  day: string,
  recordedAt: string,
  place: string,
  by: 'polisario' | 'morocco',
  description: string,
  sources: readonly Source[],
  kind: 'shelling' | 'clash' = 'shelling',
  extra: { occurrence?: string; note?: string } = {},
): NegotiationEvent {
  return ev(
    'IncidentReported',
    key,
    { occurredAt: day, recordedAt },
    {
      incidentId: key,
      kind,
      perpetrator: by,
      allegedBy: by === 'polisario' ? 'polisario' : 'morocco',
      against: by === 'polisario' ? 'morocco' : 'polisario',
      place,
      description,
    },
    sources,
    extra,
  );
}

const events: NegotiationEvent[] = [
  // ===== October 2020: the road blocked =====
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '2020-10-18', recordedAt: rec('2020-10-21', '12:00') },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Morocco – Polisario Front, the Guerguerat crisis and the end of the 1991 ceasefire, 2020–21',
      subject:
        'The Western Sahara: the road through the UN buffer strip at Guerguerat, the 1991 ceasefire and MINURSO, the Polisario’s return to arms along the berm, the US recognition of Moroccan sovereignty, and the UN’s attempt to revive the political process (a new personal envoy, resolution 2602).',
      parties: [MOROCCO, POLISARIO],
      mediators: [UN],
    },
    [S.mwn1021],
    {
      note: 'Opened on the first development it covers: the protests near the berm that MINURSO observed from 18 October.',
    },
  ),
  ev(
    'ActorRegistered',
    'actor-algeria',
    { occurredAt: '2020-10-18', recordedAt: rec('2020-10-21', '12:01') },
    { actor: ALGERIA, role: 'third-party' },
    [S.mwn1021],
    { note: 'The Polisario’s backer; the refugee camps and the Front’s seat are at Tindouf.' },
  ),
  ev(
    'ActorRegistered',
    'actor-mauritania',
    { occurredAt: '2020-10-18', recordedAt: rec('2020-10-21', '12:02') },
    { actor: MAURITANIA, role: 'third-party' },
    [S.mwn1021],
    { note: 'The Guerguerat road leads to its border post; it reinforced its side of the border (Wikipedia).' },
  ),
  ev(
    'CeasefireDeclared',
    'cf-1991',
    { occurredAt: '1991-09-06', recordedAt: rec('2020-10-21', '12:03') },
    {
      ceasefireId: CF.c1991,
      parties: ['morocco', 'polisario'],
      scope:
        'The whole territory of the Western Sahara; the berm, the buffer strip and the restricted areas under military agreement No. 1, monitored by MINURSO',
      duration: 'indefinite',
      mediatedBy: ['un'],
    },
    [S.wpClashes('2020-10-21')],
    {
      note: 'In place since 6 September 1991 (the UN spokesman, 13 November 2020); recorded when the case opened so that it stands.',
    },
  ),
  ev(
    'IncidentReported',
    'inc-blockade',
    { occurredAt: '2020-10-21', recordedAt: rec('2020-10-21', '18:00') },
    {
      incidentId: INC.blockade,
      kind: 'border-closure',
      perpetrator: 'polisario',
      allegedBy: 'morocco',
      against: 'morocco',
      place: P.guerguerat,
      description:
        'Some 50 people, men, women and children (MINURSO), camp on the road in the buffer strip at Guerguerat and block the traffic between Morocco and Mauritania, stranding about 200 Moroccan lorry drivers. Morocco calls them Polisario members; the Polisario a civilian protest against the "illegal breach".',
    },
    [S.mwn1021, S.wpClashes('2020-10-21')],
  ),
  ev(
    'MediationAction',
    'med-sg-1021',
    { occurredAt: '2020-10-21', recordedAt: rec('2020-10-21', '18:05') },
    {
      mediator: 'un',
      action: 'requested-pause',
      summary:
        'The Secretary-General, through his spokesman, says that regular civil and commercial traffic must not be hampered and no action be taken that would change the status quo in the buffer strip; he urges restraint; MINURSO sends more staff to the area.',
    },
    [S.mwn1021],
  ),
  ev(
    'StatementMade',
    'stmt-arabi-1021',
    { occurredAt: '2020-10-21', recordedAt: rec('2020-10-21', '18:10') },
    {
      speaker: ARABI,
      audience: 'morocco',
      tone: 'critical',
      summary:
        'The Polisario’s delegate in Spain calls the protests and the closure of the "illegal breach" of Guerguerat the reflection of a people tired of waiting three decades for MINURSO’s referendum, and blames Morocco’s provocations.',
    },
    [S.arabi1021],
  ),
  // ===== November 2020: the operation, the end of the ceasefire =====
  ev(
    'StatementMade',
    'stmt-mfa-1113',
    { occurredAt: '2020-11-13', recordedAt: rec('2020-11-13', '12:00') },
    {
      speaker: MOROCCO_MFA,
      audience: 'polisario',
      tone: 'accusation',
      summary:
        'Morocco says that after the utmost restraint it has no choice but to end the obstruction at Guerguerat; the Polisario’s "dangerous and unacceptable provocations" violate the military agreements and threaten the ceasefire, and it bears full responsibility for the consequences.',
    },
    [S.almasdar1113, S.mwn1113flee],
  ),
  ev(
    'IncidentReported',
    'inc-cordon',
    { occurredAt: '2020-11-13', recordedAt: rec('2020-11-13', '12:05') },
    {
      incidentId: 'moroccan-cordon-guerguerat-2020-11-13',
      kind: 'occupation',
      perpetrator: 'morocco',
      against: 'polisario',
      place: P.guerguerat,
      description:
        'Overnight the Royal Armed Forces move into the buffer strip and set up a "security cordon" around the road, an action they call non-offensive and "without any bellicose intent"; MINURSO sees three breaches across the berm south-east of Guerguerat and bulldozers building a new sand wall through the buffer strip, 6 km east of the road. The ground is held from then on.',
    },
    [S.mwn1113flee, graded(S.wpTimeline('2020-11-13'), 2)],
  ),
  ev(
    'IncidentReported',
    'inc-reopened',
    { occurredAt: '2020-11-13', recordedAt: rec('2020-11-16', '14:01') },
    {
      incidentId: 'guerguerat-reopened-2020-11-13',
      kind: 'border-reopening',
      perpetrator: 'morocco',
      against: 'polisario',
      place: P.guerguerat,
      description:
        'The protesters and the Polisario elements leave, setting fire to their tents; the Moroccan general staff says the crossing is "completely secure". Traffic resumes the next afternoon and the stranded drivers cross.',
    },
    [S.mwn1113flee, S.newArab1116],
  ),
  attack(
    'inc-guerguerat-fire',
    '2020-11-13',
    rec('2020-11-26', '12:00'),
    P.guerguerat,
    'morocco',
    'The Polisario says Moroccan forces attacked the civilian protesters and its fighters "responded fiercely to the advancement of the hostile formation"; Wikipedia’s timeline says gunfire was exchanged without casualties. Morocco denies any armed clash and says no one was hurt.',
    [graded(S.almasdar1114, 3), S.wpTimeline('2020-11-13'), S.mwn1126],
    'clash',
  ),
  attack(
    'inc-mahbes-1113',
    '2020-11-13',
    rec('2020-11-14', '14:59'),
    P.mahbes,
    'polisario',
    'A Polisario attack on the berm at Mahbes, which the Moroccan army says it neutralised with anti-tank weapons (a source to Le360); the Polisario’s communiqué No. 1 names heavy fire on base 23 at Mahbes.',
    [S.mwn1113mahbes, graded(S.almasdar1114, 2)],
    'clash',
    { occurrence: 'mahbes-2020-11-13' },
  ),
  attack(
    'inc-hawza-1113',
    '2020-11-13',
    rec('2020-11-14', '15:00'),
    P.hawza,
    'polisario',
    'Communiqué No. 1 of the Sahrawi army: heavy fire on base 4 and post 71 in the Hawza sector, "causing casualties" (not confirmed by Morocco).',
    [graded(S.almasdar1114, 3)],
  ),
  attack(
    'inc-awsard-1113',
    '2020-11-13',
    rec('2020-11-14', '15:01'),
    P.awsard,
    'polisario',
    'Communiqué No. 1: fire on base 17 and post 172 in the Awsard sector (not confirmed by Morocco).',
    [graded(S.almasdar1114, 3)],
  ),
  attack(
    'inc-farsia-1113',
    '2020-11-13',
    rec('2020-11-14', '15:02'),
    P.farsia,
    'polisario',
    'Communiqué No. 1: bases 17 and 18 in the Farsia sector under artillery and machine-gun fire in the afternoon (not confirmed by Morocco).',
    [graded(S.almasdar1114, 3)],
  ),
  ev(
    'StatementMade',
    'stmt-polisario-1113',
    { occurredAt: '2020-11-13', recordedAt: rec('2020-11-13', '20:00') },
    {
      speaker: POLISARIO_FRONT,
      audience: 'morocco',
      tone: 'accusation',
      summary: 'The Polisario says Morocco has broken the 1991 ceasefire and "begun the battle and ignited the war".',
      quote: 'begun the battle and ignited the war',
    },
    [S.reuters1113],
  ),
  ev(
    'StatementMade',
    'stmt-sg-1113',
    { occurredAt: '2020-11-13', recordedAt: rec('2020-11-13', '20:05') },
    {
      speaker: { name: 'Stéphane Dujarric', title: 'Spokesman for the UN Secretary-General', actorId: 'un' },
      audience: 'both parties',
      tone: 'neutral',
      summary:
        'The Secretary-General regrets that the UN’s efforts to avoid an escalation in the buffer strip proved unsuccessful, expresses grave concern, and says he remains committed to avoiding the collapse of the ceasefire in place since 6 September 1991; he calls for full freedom of movement for MINURSO.',
    },
    [S.unBriefing1113],
  ),
  ev(
    'CeasefireEnded',
    'cf-1991-ended',
    { occurredAt: '2020-11-13', recordedAt: rec('2020-11-14', '15:10') },
    {
      ceasefireId: CF.c1991,
      reason: 'collapsed',
      summary:
        'Brahim Ghali signs a presidential decree on 13 November (published on the 14th) ending the Polisario’s commitment to the ceasefire "torpedoed" by Morocco and ordering the army to act under a "state of war". Morocco says it remains committed to the ceasefire.',
    },
    [S.decree1114],
  ),
  ev(
    'StatementMade',
    'stmt-salma-1114',
    { occurredAt: '2020-11-14', recordedAt: rec('2020-11-14', '15:15') },
    {
      speaker: SALMA,
      audience: 'morocco',
      tone: 'military-threat',
      summary:
        'The Sahrawi information minister says Morocco’s action has returned the region to square one and the war imposed by Morocco has begun; things will not return to what they were.',
      quote: 'The war imposed on us by the Moroccan occupation has begun',
    },
    [S.almasdar1114],
  ),
  attack(
    'inc-mahbes-1116',
    '2020-11-15',
    rec('2020-11-16', '14:00'),
    P.mahbes,
    'morocco',
    'Moroccan forces answer what they call provocative shots fired by the Polisario along the berm since 13 November "without human or material damage", and destroy an armed Polisario vehicle east of the berm at Mahbes (the FAR-Maroc forum, picked up by MAP); the Polisario speaks of intense fighting along the berm.',
    [S.newArab1116],
    'clash',
    { note: 'Reported on 16 November; dated approximately to the day before (the report gives no day).' },
  ),
  ev(
    'StatementMade',
    'stmt-king-1116',
    { occurredAt: '2020-11-16', recordedAt: rec('2020-11-18', '10:00') },
    {
      speaker: KING,
      audience: 'polisario',
      tone: 'warning',
      summary:
        'In a call with the Secretary-General the king reaffirms Morocco’s commitment to the ceasefire and says the kingdom will react "with the greatest severity", in self-defence, to any threat to its security.',
      quote: 'with the greatest severity',
    },
    [S.mwn1118],
  ),
  ev(
    'IncidentReported',
    'inc-smara-1117',
    { occurredAt: '2020-11-17', recordedAt: rec('2020-11-18', '10:05') },
    {
      incidentId: 'shots-smara-2020-11-17',
      kind: 'clash',
      place: P.smara,
      description:
        'MINURSO receives reports of shots fired during the night along the berm near Smara (the UN spokesman, who does not say by whom).',
    },
    [S.mwn1118],
  ),
  ev(
    'IncidentReported',
    'inc-awsard-1117',
    { occurredAt: '2020-11-17', recordedAt: rec('2020-11-18', '10:06') },
    {
      incidentId: 'shots-awsard-2020-11-17',
      kind: 'clash',
      place: P.awsard,
      description:
        'MINURSO receives reports of shots fired during the night along the berm near Awsard (the UN spokesman, who does not say by whom).',
    },
    [S.mwn1118],
  ),
  ev(
    'MediationAction',
    'med-un-1117',
    { occurredAt: '2020-11-17', recordedAt: rec('2020-11-18', '10:07') },
    {
      mediator: 'un',
      action: 'requested-pause',
      summary:
        'The UN "continue[s] to urge the parties to take all necessary steps to defuse tensions"; the Secretary-General has called the king and other stakeholders.',
    },
    [S.mwn1118],
  ),
  attack(
    'inc-farsia-1119',
    '2020-11-19',
    rec('2020-11-20', '21:00'),
    P.farsia,
    'polisario',
    'The Sahrawi ministry of defence says its forces bombed positions in the Farsia sector, causing "great material damage".',
    [S.almasdar1120],
  ),
  attack(
    'inc-amgala-1119',
    '2020-11-19',
    rec('2020-11-20', '21:01'),
    P.amgala,
    'polisario',
    'The same communiqué: bombing of positions in the Amgala sector.',
    [S.almasdar1120],
  ),
  attack(
    'inc-hawza-1119',
    '2020-11-19',
    rec('2020-11-20', '21:02'),
    P.hawza,
    'polisario',
    'The same communiqué: bombing of positions in the Hawza sector.',
    [S.almasdar1120],
  ),
  attack(
    'inc-ummdreiga-1119',
    '2020-11-19',
    rec('2020-11-20', '21:03'),
    P.ummDreiga,
    'polisario',
    'The same communiqué: bombing of positions in the Umm Dreiga sector.',
    [S.almasdar1120],
  ),
  attack(
    'inc-amgala-1120',
    '2020-11-20',
    rec('2020-11-22', '08:00'),
    P.amgala,
    'polisario',
    'The Polisario says its units bombed the defensive positions in the Amgala sector on Friday 20 November, and that attacks went on the next day "causing material damage and casualties".',
    [S.almasdar1122],
  ),
  // ===== December 2020: the communiqués, the US recognition =====
  ev(
    'StatementMade',
    'stmt-bourita-1207',
    { occurredAt: '2020-12-07', recordedAt: rec('2020-12-10', '08:00') },
    {
      speaker: BOURITA,
      audience: 'polisario',
      tone: 'warning',
      summary:
        'Morocco reaffirms its commitment to the ceasefire and the political process but reserves the right to respond "in the strongest possible way" to defend its territory against any threat (interview with The Parliament Magazine).',
    },
    [S.mjt1210],
  ),
  ...(
    [
      ['hawza', P.hawza],
      ['farsia', P.farsia],
      ['amgala', P.amgala],
      ['smara', P.smara],
      ['mahbes', P.mahbes],
    ] as const
  ).map(([name, place], i) =>
    attack(
      `inc-${name}-1209`,
      '2020-12-09',
      rec('2020-12-10', `09:0${i}`),
      place,
      'polisario',
      'War report No. 27 of the Sahrawi ministry of defence, the 27th day of attacks: its units struck positions in this sector, causing "heavy human and material losses" (not confirmed by Morocco).',
      [S.blog1209],
    ),
  ),
  ev(
    'ThirdPartyEngagement',
    'tpe-us-recognition',
    { occurredAt: '2020-12-10', recordedAt: rec('2020-12-10', '20:00') },
    {
      actorId: 'united-states',
      counterparts: ['morocco'],
      kind: 'recognition',
      summary:
        'President Trump signs a proclamation recognising Moroccan sovereignty over the entire Western Sahara territory, calls Morocco’s autonomy proposal "the only basis" for a solution and announces a consulate in Dakhla, as Morocco agrees to normalise relations with Israel.',
    },
    [S.townhall1210, S.mediaite1210],
  ),
  ev(
    'ActorRegistered',
    'actor-usa',
    { occurredAt: '2020-12-10', recordedAt: rec('2020-12-10', '19:59') },
    { actor: USA, role: 'third-party' },
    [S.mediaite1210],
  ),
  // ===== January – May 2021 =====
  attack(
    'inc-guerguerat-0123',
    '2021-01-23',
    rec('2021-01-26', '12:00'),
    P.guerguerat,
    'polisario',
    'The Sahrawi army says it fired four rockets towards Guerguerat on Saturday evening; a senior Moroccan official tells AFP there was harassing fire near Guerguerat that did not disrupt traffic.',
    [S.memo0126],
  ),
  attack(
    'inc-awsard-0131',
    '2021-01-31',
    rec('2021-02-01', '20:00'),
    P.awsard,
    'polisario',
    'Military communiqué No. 81: violent bombardment of enemy forces at Galb Al-Nas in the Awsard sector on Sunday (not confirmed by Morocco).',
    [S.blog0201],
  ),
  attack(
    'inc-bagari-0131',
    '2021-01-31',
    rec('2021-02-01', '20:01'),
    P.bagari,
    'polisario',
    'Communiqué No. 81: continuous bombardment of concentrations at Tandamka Al-Baida in the Bagari sector on Sunday.',
    [S.blog0201],
  ),
  attack(
    'inc-mahbes-0201',
    '2021-02-01',
    rec('2021-02-01', '20:02'),
    P.mahbes,
    'polisario',
    'Communiqué No. 81: violent bombardment of entrenched forces at Rus al-Shishmiya, Mahbes, on Monday 1 February.',
    [S.blog0201],
  ),
  attack(
    'inc-birlahlou-0406',
    '2021-04-06',
    rec('2021-04-08', '10:00'),
    P.birLahlou,
    'polisario',
    'Addah al-Bendir "had just taken part in an attack in the Bir Lahlou area against the wall" (a senior Sahrawi military official to AFP).',
    [graded(S.pledge0408, 3)],
    'clash',
  ),
  ev(
    'IncidentReported',
    'inc-drone-0406',
    { occurredAt: '2021-04-06', recordedAt: rec('2021-04-08', '10:05') },
    {
      incidentId: 'drone-strike-tifariti-2021-04-06',
      kind: 'drone-strike',
      perpetrator: 'morocco',
      allegedBy: 'polisario',
      against: 'polisario',
      target: 'The commander of the Polisario’s national gendarmerie and those with him',
      place: P.tifariti,
      fatalities: { min: 1, max: 1 },
      description:
        'A drone kills Addah al-Bendir, commander of the Polisario’s gendarmerie, on a military mission near Rouss Irni, Tifariti, some 100 km from the attack on the berm, hours after it. The Sahrawi defence ministry announced his death, then withdrew the statement; Rabat did not confirm. The first drone strike reported in the conflict.',
    },
    [S.pledge0408, S.ansa0408],
  ),
  ev(
    'ThirdPartyEngagement',
    'tpe-spain-ghali',
    { occurredAt: '2021-04-18', recordedAt: rec('2021-05-18', '09:00') },
    {
      actorId: 'spain',
      counterparts: ['polisario'],
      kind: 'support',
      summary:
        'Brahim Ghali, gravely ill with Covid-19, is flown from Algiers to Zaragoza and admitted to hospital in Logroño under a false name with an Algerian passport; Jeune Afrique reveals it on 22 April.',
    },
    [S.explica0518],
  ),
  ev(
    'ActorRegistered',
    'actor-spain',
    { occurredAt: '2021-04-18', recordedAt: rec('2021-05-18', '08:59') },
    { actor: SPAIN, role: 'third-party' },
    [S.explica0518],
  ),
  attack(
    'inc-berm-0515',
    '2021-05-15',
    rec('2021-05-16', '18:00'),
    P.berm,
    'morocco',
    'Moroccan artillery destroys two Polisario four-wheel-drive vehicles that tried to approach the berm, killing those on board (Morocco News, relayed by Morocco World News; no number given).',
    [S.mwn0516],
    'shelling',
    { note: 'Reported on 16 May ("today"); dated approximately to the day before.' },
  ),
  ev(
    'StatementMade',
    'stmt-morocco-spain',
    { occurredAt: '2021-05-08', precision: 'approximate', recordedAt: rec('2021-05-18', '09:05') },
    {
      speaker: MOROCCO_MFA,
      audience: 'spain',
      tone: 'warning',
      summary:
        'Morocco responds angrily to Spain’s treatment of the Polisario leader and warns that harbouring Ghali will bring "consequences".',
      quote: 'consequences',
    },
    [S.tech0518],
    {
      note: 'Addressed to Spain, about the Polisario’s leader; the source gives no day (before the Ceuta crossings of 17 May).',
    },
  ),
  ev(
    'ThirdPartyEngagement',
    'tpe-algeria-ghali',
    { occurredAt: '2021-06-01', recordedAt: rec('2021-06-02', '09:00') },
    {
      actorId: 'algeria',
      counterparts: ['polisario'],
      kind: 'support',
      summary:
        'After Ghali is questioned by video link by a judge of the Audiencia Nacional, who imposes no precautionary measures, he is discharged and flown from Pamplona to Algeria on a plane chartered by the Algerian government; Spain informs Morocco.',
    },
    [S.atalayar0602],
  ),
  // ===== October – November 2021: the envoy, resolution 2602 =====
  ev(
    'MediationAction',
    'med-sg-report',
    { occurredAt: '2021-10-01', precision: 'approximate', recordedAt: rec('2021-10-04', '09:00') },
    {
      mediator: 'un',
      action: 'requested-pause',
      summary:
        'The Secretary-General’s report: the situation has "significantly deteriorated" with the resumption of hostilities between Morocco and the Polisario; "there is a clear risk of escalation as long as hostilities persist"; he calls on the parties to calm the situation and "immediately cease hostilities". It records the armed Polisario elements at Guerguerat from 22 October 2020.',
    },
    [S.sgReport2021, S.matzav1003, S.maghressArmed],
    { note: 'Submitted at the start of October (AFP had it on Saturday 2 October); dated approximately.' },
  ),
  ev(
    'IncidentReported',
    'inc-armed-guerguerat',
    { occurredAt: '2020-10-22', recordedAt: rec('2021-10-04', '09:05') },
    {
      incidentId: 'polisario-armed-elements-guerguerat-2020-10-22',
      kind: 'force-posture',
      perpetrator: 'polisario',
      against: 'morocco',
      place: P.guerguerat,
      description:
        'From 22 October 2020 MINURSO helicopter reconnaissance sees 12 armed Polisario elements in uniform and 8 military vehicles, two with heavy weapons, in the buffer strip at Guerguerat, where the protesters block the road.',
    },
    [S.sgReport2021, S.maghressArmed],
    { note: 'Known from the Secretary-General’s report of October 2021; backdated to the day it describes.' },
  ),
  ev(
    'MediationAction',
    'med-demistura',
    { occurredAt: '2021-10-06', recordedAt: rec('2021-10-07', '09:00') },
    {
      mediator: 'un',
      action: 'offered',
      summary:
        'The Secretary-General appoints Staffan de Mistura his Personal Envoy for Western Sahara, a post vacant since May 2019, to work with the parties and the neighbouring states; Morocco had accepted him in September.',
    },
    [S.urdupoint1006, S.matzav1007],
  ),
  ev(
    'StatementMade',
    'stmt-polisario-1006',
    { occurredAt: '2021-10-06', recordedAt: rec('2021-10-07', '09:05') },
    {
      speaker: POLISARIO_FRONT,
      audience: 'un',
      tone: 'conciliatory',
      summary:
        'The Polisario says it is "impatient to dialogue" with the new envoy on how he will let the people of Western Sahara exercise their right to self-determination and independence.',
    },
    [S.matzav1007],
  ),
  ev(
    'MediationAction',
    'med-res2602',
    { occurredAt: '2021-10-29', recordedAt: rec('2021-10-29', '20:00') },
    {
      mediator: 'un',
      action: 'requested-resumption',
      summary:
        'Resolution 2602 (13 in favour, Russia and Tunisia abstaining) extends MINURSO to 31 October 2022, calls on the parties to resume negotiations without preconditions and in good faith, to comply with the military agreements on the ceasefire, and to engage with the new envoy.',
    },
    [S.unPress1029],
  ),
  ev(
    'StatementMade',
    'stmt-polisario-1030',
    { occurredAt: '2021-10-30', recordedAt: rec('2021-10-30', '18:00') },
    {
      speaker: POLISARIO_FRONT,
      audience: 'morocco',
      tone: 'military-threat',
      summary:
        'The Polisario rejects resolution 2602 as a major setback that dooms the new envoy’s mission; it says the Sahrawi people will "continue and intensify their legitimate armed struggle" and that there will be no new ceasefire while Morocco imposes a fait accompli.',
      quote: 'continue and intensify their legitimate armed struggle',
    },
    [S.sps1030],
  ),
  attack(
    'inc-kalta-1031',
    '2021-10-31',
    rec('2021-11-02', '10:00'),
    P.kalta,
    'polisario',
    'Military communiqué No. 353: on Sunday its detachments targeted Moroccan positions in the Kalta sector.',
    [S.allafrica1102],
  ),
  attack(
    'inc-mahbes-1031',
    '2021-10-31',
    rec('2021-11-02', '10:01'),
    P.mahbes,
    'polisario',
    'Communiqué No. 353: on Sunday, Moroccan positions at Lamkhabethat, Akwera Ould Blal and Sabkhat Tinwashad in the Mahbes sector.',
    [S.allafrica1102],
  ),
  attack(
    'inc-kalta-1101',
    '2021-11-01',
    rec('2021-11-02', '10:02'),
    P.kalta,
    'polisario',
    'Communiqué No. 353: on Monday, intense attacks at Al-Aydiat and Al-Jubeilat Al-Khader in the Kalta sector.',
    [S.allafrica1102],
  ),
  attack(
    'inc-awsard-1101',
    '2021-11-01',
    rec('2021-11-02', '10:03'),
    P.awsard,
    'polisario',
    'Communiqué No. 353: on Monday, an intense attack at Aklaybat Al-Akaya in the Awsard sector, "heavy losses in lives and equipment" (not confirmed by Morocco).',
    [S.allafrica1102],
  ),
  ev(
    'StatementMade',
    'stmt-ghali-1119',
    { occurredAt: '2021-11-19', recordedAt: rec('2021-11-19', '18:00') },
    {
      speaker: GHALI,
      audience: 'morocco',
      tone: 'military-threat',
      summary:
        'Opening a meeting of the Polisario’s leadership, Ghali says the Sahrawi people have taken the sovereign decision to intensify their "just war of liberation" by all legitimate means, first of all armed struggle.',
    },
    [S.em1119],
  ),
];

/** Log order is recordedAt order: the events above are declared by phase, and sorted here (stable: ties keep their order). */
const logOrder = [...events].sort((a, b) => Date.parse(a.recordedAt) - Date.parse(b.recordedAt));

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'morocco-polisario-2020.jsonl',
  logEnd: '2021-12-31T00:00:00Z',
  events: logOrder,
};

export default definition;
