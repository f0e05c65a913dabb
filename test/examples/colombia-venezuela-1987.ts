/**
 * A test fixture, not a shipped example: Colombia and Venezuela in the crisis
 * of the corvette ARC Caldas in the Gulf of Venezuela (August 1987) and the
 * turn to commissions in 1989, as an analyst could record them from the
 * period's press and later accounts — the Caldas south of the Castilletes
 * parallel in waters both claim (9 August 1987) and the radio exchange with
 * the Venezuelan patrol boat ARV Libertad, the Venezuelan frigates sent to
 * shadow it and the F-16s' low passes, the alert of the Venezuelan border
 * units and the mobilisations on both sides of the border, Venezuela's note of
 * protest (14 August), the foreign minister's and President Barco's statements
 * (15 August), the decision of President Lusinchi and his high command to
 * remove the corvette by force (16 August), the OAS Secretary-General's and
 * President Alfonsín's requests for de-escalation, Barco's midnight broadcast
 * ordering the "pertinent measures" (17 August) and the corvette withdrawn,
 * Lusinchi's broadcast (18 August), the Colombian foreign minister's visit to
 * Caracas in September, the Caracas agreement of the new presidents (2
 * February 1989), the Declaration of Ureña (28 March 1989) and the meeting of
 * the two presidents on the Santander bridge between Cúcuta and Ureña (5
 * October 1989) on the commissions' work. Escalation model v2 was never tuned
 * on it: it is the case the model is held to in colombia-venezuela-1987.spec.ts,
 * against the calls an analyst makes from DOMAIN.md §5b alone.
 *
 * What it tests that the other cases did not: a naval standoff of ten days in
 * which no shot was fired (warships shadowing a warship, fighters' low passes,
 * troops mobilised on both sides), a threat of force that was never carried
 * out, a crisis resolved by one side's withdrawal at third parties' request,
 * and, after strained months, cooperation through binational commissions.
 *
 * The negotiation recorded is the dispute over the delimitation of the marine
 * and submarine areas of the Gulf of Venezuela (Golfo de Coquivacoa for
 * Colombians): the parties are Colombia and Venezuela; the Organization of
 * American States (its Secretary-General João Baena Soares) and Argentina
 * (President Raúl Alfonsín) are registered as mediators from their requests of
 * August 1987. The Catholic Church is not registered: no source read gives it
 * an act in this case. The case `venezuela-colombia-2015` (the border closure
 * of 2015) is another negotiation; nothing of it is recorded here.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source.
 *
 * Recorded retrospectively: the case was opened on 6 December 2026 and every
 * development recorded that day, one minute apart, so its knownAt begins then.
 * The escalation calls are on world time (`at`).
 *
 * Grading as in examples/README.md: B = established outlet or journal (the
 * Colombian weekly Semana, the Journal of Interamerican Studies and World
 * Affairs, the Universidad de los Andes' Colombia Internacional, which printed
 * the presidents' declaration of 5 October 1989); C = encyclopedia page or its
 * copy, anniversary piece, blog or opinion column (Wikipedia in Spanish via
 * Knowpia, Radio Mundial, Desde la Plaza, El Bucare, Cyber-Corredera, the
 * Espejo Retro blog quoting Últimas Noticias of August 1987, an El Espectador
 * column); 1 = a text confirmed by both parties; 2 = several sources agree or
 * one established source reports it; 3 = a single or partisan account, or a
 * count the sources disagree on.
 *
 * Dates of sources: contemporary reports by their own date. Pages whose date
 * was not read (the encyclopedia copy, the journal article, the El Espectador
 * column) are given the day after the last development they are cited for, a
 * lower bound, as the other historical cases do.
 *
 * Judgement calls, recorded as an analyst would:
 * - No shot was fired: every military move of the crisis (the Caldas in the
 *   disputed waters, the Venezuelan frigates and patrol boats shadowing it,
 *   the F-16s' low passes, the alert and the mobilisations) is a
 *   `force-posture` incident, not armed action. One place, written one way:
 *   "Gulf of Venezuela" for every move at sea and in the air over it;
 *   "Colombia–Venezuela border" for the troops.
 * - When the F-16s flew over the Caldas is not agreed: one account gives
 *   10:45 on 9 August, another the morning after the frigates arrived.
 *   Recorded on 10 August, approximate, with the frigates.
 * - The size of the Venezuelan mobilisation (El Bucare: more than 100,000
 *   troops and armour sent to the border) rests on one anniversary piece:
 *   graded 3, the count kept in the text. The Colombian mobilisation (the
 *   submarine ARC Tayrona and other units sent in support) is dated, like the
 *   Venezuelan one, by Últimas Noticias' report that the press of both
 *   countries told of mobilisation on both sides of the border (about 15
 *   August, approximate).
 * - The threat of force: whether Venezuela delivered an ultimatum is not
 *   agreed (Semana asked "¿Hubo ultimátum?"; a blog quoting the press says
 *   Lusinchi gave Barco 24 hours on 9 August, while the Venezuelan defence
 *   minister said in public there had not been "even an unfriendly gesture";
 *   a 2025 FANB-side piece speaks of an ultimatum on 18 August). The account
 *   recorded is the El Espectador column's: on the night of 16 August
 *   Lusinchi, his defence minister and the high command agreed to remove the
 *   Caldas by force, and the news "leaked" across the border. Recorded as a
 *   demand (withdraw the corvette) and an ultimatum without a deadline on 16
 *   August, graded C3, complied with when the corvette was withdrawn (18
 *   August). The radio warning of the Libertad's captain (9 August: the Navy
 *   and the Air Force "will do whatever is necessary") is a military threat
 *   by Venezuela.
 * - The withdrawal: Barco announced the "pertinent measures" in a broadcast
 *   of under a minute just before midnight on Monday 17 August (Bogotá time);
 *   the order meant the corvette's withdrawal. Recorded as his conciliatory
 *   statement on the 17th and the ultimatum complied with on the 18th, when
 *   Venezuela's government learned of it and ordered its own ships back
 *   (El Espectador); Radio Mundial gives the impasse as settled on the 19th.
 *   No source read dates the Colombian or Venezuelan troops' return from the
 *   border: no end of the mobilisations is recorded.
 * - Both governments "appealed for calm" as the confrontation proceeded
 *   (the Journal of Interamerican Studies, no day given): recorded as one
 *   conciliatory statement each, about 15 August (approximate, graded 3 for
 *   the date).
 * - The OAS Secretary-General's and Alfonsín's requests are dated by
 *   Barco's broadcast, which named them (17 August, approximate): no source
 *   read gives their own day.
 * - The Colombian foreign minister's visit to Caracas for a meeting of Latin
 *   American foreign ministers (late September 1987, approximate, the week
 *   before Semana's report of 28 September): the demonstrations and "persona
 *   non grata" calls were by sections of Venezuelan opinion, not the
 *   government, and are not recorded as Venezuela's act; Londoño's account
 *   of a country "deliberately roused against its neighbour" is a critical
 *   statement.
 * - The cooperation of 1989: the Caracas agreement of the two presidents (2
 *   February 1989) is recorded as a `framework`
 *   agreement being implemented (the Permanent Conciliation Commission of the
 *   1939 treaty re-formed, four high commissioners, national commissions on
 *   border affairs, a term to report); the Declaration of Ureña (28 March
 *   1989) as a `partial` agreement naming the national border commissions;
 *   the meeting on the Santander bridge (5 October 1989) as a round with
 *   progress and the presidents' joint declaration (achievements "en plena
 *   ejecución": visas, telephone links, UNDP support). The date of the Ureña
 *   meeting rests on the 5 October declaration's reference to it. No text
 *   of the Caracas agreement or of the Declaration of Ureña was read: both
 *   are recorded with `textPublic: false`, their provisions as the journal
 *   and the 5 October declaration give them.
 * - The case opens with Colombia's note of November 1986 asking to resume
 *   the delimitation talks through a commission, or else to go to The Hague
 *   (known from one uploaded paper, C3, month only), which Lusinchi refused
 *   on 12 May 1987 ("No reanudaremos esas conversaciones"): a demand
 *   rejected, not talks that collapsed (no talks were being held). The
 *   Colombian ships' orders to Venezuelan fishing boats in the gulf (the
 *   Caldas on 22 June, the Malpelo on 14 July 1987) are force postures.
 * - Left out for want of a dated source read: the 1988 contacts of the
 *   Colombian ambassador Pedro Gómez Barrero with candidate Pérez (only "the
 *   year before"), the San Pedro Alejandrino act of 1990, the diplomatic
 *   notes exchanged in the months after the crisis other than those recorded.
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, retrospectiveClock, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'colombia-venezuela-1987';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 1987);
/** Recorded retrospectively on 6 December 2026, one minute apart, in log order. */
const when = retrospectiveClock('2026-12-06T20:00:00Z');

const COLOMBIA: Actor = { id: 'colombia', name: 'Colombia', kind: 'state', aliases: ['Bogotá', 'Republic of Colombia'] };
const VENEZUELA: Actor = {
  id: 'venezuela',
  name: 'Venezuela',
  kind: 'state',
  aliases: ['Caracas', 'Republic of Venezuela'],
};
const OAS: Actor = {
  id: 'oas',
  name: 'Organization of American States',
  kind: 'international-organisation',
  aliases: ['OAS', 'OEA', 'João Baena Soares'],
};
const ARGENTINA: Actor = { id: 'argentina', name: 'Argentina', kind: 'state', aliases: ['Buenos Aires', 'Raúl Alfonsín'] };

const BARCO: Person = { name: 'Virgilio Barco', title: 'President of Colombia', actorId: 'colombia' };
const LUSINCHI: Person = { name: 'Jaime Lusinchi', title: 'President of Venezuela', actorId: 'venezuela' };
const CONSALVI: Person = {
  name: 'Simón Alberto Consalvi',
  title: 'Foreign Minister of Venezuela',
  actorId: 'venezuela',
};
const GUERRERO: Person = {
  name: 'Gen. Heliodoro Guerrero Gómez',
  title: 'Defence Minister of Venezuela',
  actorId: 'venezuela',
};
const CASTANEDA: Person = {
  name: 'Capt. Alfredo Castañeda Giral',
  title: 'Commander of the patrol boat ARV Libertad',
  actorId: 'venezuela',
};
const GARCIA: Person = {
  name: 'Capt. Sergio García Torres',
  title: 'Commander of the corvette ARC Caldas',
  actorId: 'colombia',
};
const VEN_GOV: Person = { name: 'Government of Venezuela (note)', actorId: 'venezuela' };
const VEN_GOVT: Person = { name: 'Government of Venezuela', actorId: 'venezuela' };
const COL_GOVT: Person = { name: 'Government of Colombia', actorId: 'colombia' };
const LONDONO: Person = { name: 'Julio Londoño Paredes', title: 'Foreign Minister of Colombia', actorId: 'colombia' };
const PEREZ: Person = { name: 'Carlos Andrés Pérez', title: 'President of Venezuela', actorId: 'venezuela' };

const S = {
  wiki: source(
    'Crisis de la corbeta Caldas',
    'Wikipedia (Spanish), Knowpia copy',
    'https://es.knowpia.com/knowpedia/Crisis_de_la_corbeta_Caldas',
    '1987-08-19',
    'C',
    2,
  ),
  jias: source(
    'Realism and Internationalism in the Gulf of Venezuela',
    'Journal of Interamerican Studies and World Affairs (Cambridge University Press)',
    'http://core-varnish-new.prod.aop.cambridge.org/core/journals/journal-of-interamerican-studies-and-world-affairs/article/realism-and-internationalism-in-the-gulf-of-venezuela/26E9E6C335363728C222DEA06B149B8B',
    '1987-08-19',
    'B',
    2,
  ),
  semanaHistoria: source(
    'La verdadera historia: ¿Dónde estaba el barco? ¿Hubo ultimátum? ¿Quién dio la orden?',
    'Semana',
    'https://www.semana.com/nacion/articulo/la-verdadera-historia/9372-3',
    '1987-09-21',
    'B',
    2,
  ),
  semanaAngulo: source(
    'El ángulo venezolano (Roberto Giusti)',
    'Semana',
    'http://www.semana.com/nacion/articulo/el-angulo-venezolano/9358-3',
    '1987-09-21',
    'B',
    2,
  ),
  semanaAgosto: source(
    'El agosto de Julio: en cumbre de Caracas, el Canciller colombiano fue la vedette',
    'Semana',
    'https://www.semana.com/nacion/articulo/el-agosto-de-julio/9380-3',
    '1987-09-28',
    'B',
    2,
  ),
  radioMundial: source(
    'Se cumplen 30 años de la crisis de la corbeta Caldas',
    'Radio Mundial (Venezuela)',
    'http://radiomundial.com.ve/se-cumplen-30-anos-de-la-crisis-de-la-corbeta-caldas',
    '2017-08-09',
    'C',
    2,
  ),
  desdeLaPlaza: source(
    'Hace 30 años incursionó la corbeta colombiana Caldas en el Golfo de Venezuela',
    'Desde la Plaza',
    'https://desdelaplaza.com/raiz/hace-30-anos-incursiono-la-corbeta-colombiana-caldas-en-el-golfo-de-venezuela/amp',
    '2017-08-09',
    'C',
    2,
  ),
  codeiv: source(
    'El incidente internacional conocido con el nombre de "crisis de la corbeta Caldas"',
    'CODEIV',
    'https://codeiv.org/tag/corbeta-caldas-golfo-de-venezuela-golfo-de-coquivacoa-soberania-de-venezuela/',
    '1987-08-10',
    'C',
    2,
  ),
  espejo: source(
    'Chávez y la receta del Caldas (quoting Últimas Noticias, 14–17 August 1987)',
    'Espejo Retro (blog)',
    'http://espejoretro.blogspot.com/2010/08/chavez-y-la-receta-del-caldas.html',
    '2010-08-06',
    'C',
    2,
  ),
  espectador: source(
    'Colombia y Venezuela (column by Óscar Alarcón)',
    'El Espectador',
    'https://www.elespectador.com/opinion/columnistas/oscar-alarcon/colombia-y-venezuela/?outputType=amp',
    '1987-08-19',
    'C',
    3,
  ),
  bucare: source(
    'Crisis de la corbeta Caldas, 1987',
    'El Bucare',
    'https://elbucare.com/crisis-de-la-corbeta-caldas-1987',
    '2017-08-09',
    'C',
    3,
  ),
  reporte: source(
    'La crisis de la corbeta Caldas, 36 años después',
    'Reporte Confidencial',
    'https://reporteconfidencial.info/?p=476527',
    '2023-08-09',
    'C',
    2,
  ),
  cyber: source(
    'El incidente de la corbeta ARC Caldas (Mauro Rozo Mantilla)',
    'Cyber-Corredera',
    'https://cyber-corredera.de/briefings/190613_Resena_historia_Incidenten_Caldas.htm',
    '2019-06-13',
    'C',
    2,
  ),
  rumbo1989: source(
    'El Nuevo Rumbo de las Relaciones Colombo-Venezolanas en 1989: Una Aproximación (Liliana Obregón, Carlo Nasi)',
    'Colombia Internacional (Universidad de los Andes)',
    'https://revistas.uniandes.edu.co/index.php/colombia-int/article/download/2247/10016/59119?inline=1',
    '1989-10-01',
    'B',
    2,
  ),
  declaracion1989: source(
    'Declaración sobre el trabajo cumplido por las Comisiones Nacionales de Asuntos Fronterizos Colombo-Venezolanos (5 October 1989)',
    'Colombia Internacional (Universidad de los Andes), text of the declaration',
    'https://revistas.uniandes.edu.co/index.php/colombia-int/article/download/2250/10019/59122?inline=1',
    '1989-10-05',
    'B',
    1,
  ),
  vdoc: source(
    'La crisis del golfo de 1987: Venezuela y Colombia a las puertas de una guerra',
    'vdocuments.site (copy of an uploaded paper)',
    'https://vdocuments.site/la-crisis-del-golfo-de-1987.html',
    '1987-08-19',
    'C',
    3,
  ),
};

const GULF = 'Gulf of Venezuela';
const BORDER = 'Colombia–Venezuela border';
const D = { commission: 'colombia-gulf-commission-or-court', withdraw: 'venezuela-caldas-out-of-the-gulf' };
const U = { byForce: 'venezuela-remove-caldas-by-force-1987-08-16' };
const R = { ureña: 'urena-presidents-1989-03', bridge: 'santander-bridge-presidents-1989-10' };
const A = { caracas: 'caracas-agreement-1989-02-02', ureña: 'urena-declaration-1989-03-28' };

const events = [
  // ===== 9–10 August 1987: the Caldas in the gulf, the Venezuelan navy and air force =====
  ev(
    'NegotiationOpened',
    'opened',
    when('1986-11'),
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Colombia – Venezuela, the corvette Caldas in the Gulf of Venezuela and the commissions, 1987–89',
      subject:
        'The undelimited marine and submarine areas of the Gulf of Venezuela (each side patrols by its own line: Colombia the median line, Venezuela its historic title and the "dry coast" of the Guajira), the ten-day naval standoff over the Colombian corvette Caldas in August 1987, and the binational commissions of 1989',
      parties: [COLOMBIA, VENEZUELA],
      mediators: [],
    },
    [S.vdoc, S.wiki],
  ),
  // ===== November 1986 – July 1987: the note, the refusal, the patrols =====
  ev(
    'DemandTabled',
    'dem-commission',
    when('1986-11', 'month'),
    {
      demandId: D.commission,
      by: 'colombia',
      addressedTo: ['venezuela'],
      text: 'Resume the negotiations on the delimitation of the Gulf of Venezuela through a commission; failing one, or failing agreement in it, Colombia would go to the International Court of Justice.',
      category: 'territorial',
    },
    [S.vdoc],
  ),
  ev(
    'PositionTaken',
    'pos-venezuela-commission',
    when('1987-05-12'),
    {
      demandId: D.commission,
      actorId: 'venezuela',
      stance: 'rejected',
      quote: 'No reanudaremos esas conversaciones',
      speaker: LUSINCHI,
    },
    [S.vdoc],
  ),
  ev(
    'IncidentReported',
    'inc-caldas-gladys',
    when('1987-06-22'),
    {
      incidentId: 'caldas-orders-out-fishing-boat-1987-06-22',
      kind: 'force-posture',
      perpetrator: 'colombia',
      against: 'venezuela',
      place: GULF,
      description:
        'On patrol south of the Castilletes parallel, the Caldas orders the Venezuelan fishing boat Gladys out of the zone as "Colombian waters"; the fishermen call the Venezuelan patrol boat Libertad.',
    },
    [S.vdoc],
  ),
  ev(
    'IncidentReported',
    'inc-malpelo',
    when('1987-07-14'),
    {
      incidentId: 'malpelo-orders-out-fishing-boats-1987-07-14',
      kind: 'force-posture',
      perpetrator: 'colombia',
      against: 'venezuela',
      place: GULF,
      description:
        'The Colombian Navy ship Malpelo, south of the Castilletes parallel, intercepts six Venezuelan fishing boats and orders them out of "Colombian territorial waters"; a few days later the corvette Antioquia does the same with other fishing boats. The fishermen report it at the Palo Alto base at Punto Fijo and the Venezuelan navy steps up its patrols.',
    },
    [graded(S.reporte, 3)],
  ),
  // ===== 9 August: the Caldas meets the Libertad =====
  ev(
    'IncidentReported',
    'inc-caldas-enters',
    when('1987-08-09'),
    {
      incidentId: 'caldas-south-of-castilletes-1987-08-09',
      kind: 'force-posture',
      perpetrator: 'colombia',
      against: 'venezuela',
      place: GULF,
      description:
        'The Colombian Navy corvette ARC Caldas, under orders, crosses the Castilletes parallel southward into the disputed zone of the gulf and orders Venezuelan fishing boats and naval craft to leave what it declares Colombian waters; the Venezuelan missile patrol boat ARV Libertad detects it and the two commanders each order the other out by radio.',
    },
    [S.jias, S.radioMundial, S.wiki],
  ),
  ev(
    'StatementMade',
    'stmt-libertad-warning',
    when('1987-08-09'),
    {
      speaker: CASTANEDA,
      audience: 'colombia',
      tone: 'military-threat',
      summary:
        'By radio to the Caldas: there is no Colombian exclusive economic zone here, these are Venezuelan waters where Venezuela has exercised sovereignty since before independence; the Navy and the Air Force of Venezuela will do whatever is necessary to defend that sovereignty, and he orders the corvette to leave.',
      quote: 'la Armada y la Fuerza Aérea de Venezuela haremos lo que sea necesario para defender nuestra soberanía',
    },
    [S.codeiv, graded(S.desdeLaPlaza, 3)],
  ),
  ev(
    'StatementMade',
    'stmt-caldas-reply',
    when('1987-08-09'),
    {
      speaker: GARCIA,
      audience: 'venezuela',
      tone: 'critical',
      summary:
        'The Caldas answers that it is on routine navigation in the Colombian territorial sea and exclusive economic zone, "welcomes" the Libertad to Colombian waters and invites it to leave the area.',
    },
    [S.codeiv, S.radioMundial],
  ),
  ev(
    'IncidentReported',
    'inc-frigates',
    when('1987-08-10', 'approximate'),
    {
      incidentId: 'venezuelan-frigates-shadow-caldas-1987-08-10',
      kind: 'force-posture',
      perpetrator: 'venezuela',
      against: 'colombia',
      place: GULF,
      description:
        'At dawn the Venezuelan missile frigate ARV General Salom and the gunboat ARV Independencia reach the Caldas, later the frigate ARV Almirante Brión, whose commander takes tactical command; from then on a frigate and a patrol boat take turns following the corvette and cross its prow.',
    },
    [S.desdeLaPlaza, S.jias],
  ),
  ev(
    'IncidentReported',
    'inc-f16',
    when('1987-08-10', 'approximate'),
    {
      incidentId: 'venezuelan-f16-low-passes-1987-08-10',
      kind: 'force-posture',
      perpetrator: 'venezuela',
      against: 'colombia',
      place: GULF,
      description:
        'A pair of Venezuelan Air Force F-16 fighters makes low passes over the Caldas; the corvette’s commander reports by radio that he feels threatened by the aircraft. The pilots see that the corvette’s guns are not readied for use.',
    },
    [S.desdeLaPlaza, S.wiki],
  ),
  ev(
    'IncidentReported',
    'inc-venezuela-alert',
    when('1987-08-10', 'approximate'),
    {
      incidentId: 'venezuela-border-units-alerted-1987-08',
      kind: 'force-posture',
      perpetrator: 'venezuela',
      against: 'colombia',
      place: BORDER,
      description:
        'The Venezuelan high command alerts the military units on the border with Colombia and moves aircraft of the Air Force to the zone of operations in the gulf.',
    },
    [S.desdeLaPlaza, graded(S.reporte, 3)],
  ),
  ev(
    'StatementMade',
    'stmt-guerrero-downplays',
    when('1987-08-11', 'approximate'),
    {
      speaker: GUERRERO,
      audience: 'colombia',
      tone: 'neutral',
      summary: 'The Venezuelan defence minister plays the incident down in public: there was not even an unfriendly gesture.',
      quote: 'no hubo ni siquiera un gesto de inamistad',
    },
    [graded(S.espejo, 3)],
  ),
  // ===== 14–16 August: the protest, the mobilisations, the decision to use force =====
  ev(
    'StatementMade',
    'stmt-protest-note',
    when('1987-08-14'),
    {
      speaker: VEN_GOV,
      audience: 'colombia',
      tone: 'accusation',
      summary:
        'Venezuela’s ambassador in Bogotá hands President Barco a note of protest at the presence of the Caldas in the gulf, waters Venezuela holds to be its own.',
    },
    [S.espejo],
  ),
  ev(
    'StatementMade',
    'stmt-consalvi',
    when('1987-08-15'),
    {
      speaker: CONSALVI,
      audience: 'colombia',
      tone: 'warning',
      summary:
        'The Venezuelan foreign minister says it would be optimistic to think the naval incident will not affect relations between the two countries.',
      quote: 'Sería optimista pensar que el incidente naval no afectaría las relaciones colombo-venezolanas',
    },
    [S.espejo],
  ),
  ev(
    'StatementMade',
    'stmt-barco-undelimited',
    when('1987-08-15'),
    {
      speaker: BARCO,
      audience: 'venezuela',
      tone: 'critical',
      summary: 'President Barco says the naval incident took place in a zone that has not been delimited.',
      quote: 'el incidente naval ocurrió en zona no delimitada',
    },
    [S.espejo],
  ),
  ev(
    'StatementMade',
    'stmt-venezuela-calm',
    when('1987-08-15', 'approximate'),
    {
      speaker: VEN_GOVT,
      audience: 'colombia',
      tone: 'conciliatory',
      summary:
        'As the confrontation goes on, the Venezuelan government appeals for calm, while taking steps that many observers read as preparations for war.',
    },
    [graded(S.jias, 3)],
  ),
  ev(
    'StatementMade',
    'stmt-colombia-calm',
    when('1987-08-15', 'approximate'),
    {
      speaker: COL_GOVT,
      audience: 'venezuela',
      tone: 'conciliatory',
      summary:
        'As the confrontation goes on, the Colombian government appeals for calm, while taking steps that many observers read as preparations for war.',
    },
    [graded(S.jias, 3)],
  ),
  ev(
    'IncidentReported',
    'inc-venezuela-mobilises',
    when('1987-08-15', 'approximate'),
    {
      incidentId: 'venezuela-mobilises-to-border-1987-08',
      kind: 'force-posture',
      perpetrator: 'venezuela',
      against: 'colombia',
      place: BORDER,
      description:
        'President Lusinchi authorises a large mobilisation: troops and armour are sent to the Colombian border (more than 100,000 troops, by one account).',
    },
    [S.espejo, graded(S.bucare, 3)],
  ),
  ev(
    'IncidentReported',
    'inc-colombia-mobilises',
    when('1987-08-15', 'approximate'),
    {
      incidentId: 'colombia-mobilises-1987-08',
      kind: 'force-posture',
      perpetrator: 'colombia',
      against: 'venezuela',
      place: BORDER,
      description:
        'President Barco’s government orders a military mobilisation: army units are moved, and the submarine ARC Tayrona and other small vessels are sent in support of the Caldas.',
    },
    [S.espejo, graded(S.reporte, 3), graded(S.bucare, 3)],
  ),
  ev(
    'DemandTabled',
    'dem-withdraw',
    when('1987-08-14'),
    {
      demandId: D.withdraw,
      by: 'venezuela',
      addressedTo: ['colombia'],
      text: 'Withdraw the corvette Caldas from the waters of the Gulf of Venezuela.',
      category: 'territorial',
    },
    [S.espejo, S.codeiv],
  ),
  ev(
    'PositionTaken',
    'pos-colombia-withdraw',
    when('1987-08-15'),
    {
      demandId: D.withdraw,
      actorId: 'colombia',
      stance: 'rejected',
      conditions: 'The corvette is in an undelimited zone that Colombia claims as its own.',
      speaker: BARCO,
    },
    [S.espejo],
  ),
  ev(
    'UltimatumIssued',
    'ult-by-force',
    when('1987-08-16'),
    {
      ultimatumId: U.byForce,
      by: 'venezuela',
      to: ['colombia'],
      demandIds: [D.withdraw],
      consequences:
        'The Caldas to be removed from the gulf by force, whatever the consequences (the decision of Lusinchi, his defence minister and the high command on the night of 16 August).',
      channel: 'not delivered formally: the decision "leaked" across the border (El Espectador’s account)',
    },
    [S.espectador, graded(S.semanaHistoria, 3)],
  ),
  // ===== 17–19 August: the requests for calm, the withdrawal =====
  ev(
    'StatementMade',
    'stmt-lusinchi-unity',
    when('1987-08-17'),
    {
      speaker: LUSINCHI,
      audience: 'domestic audience',
      tone: 'critical',
      summary:
        'Lusinchi calls for national unity in the face of the crisis with Colombia, meets the military high command and consults former presidents.',
    },
    [S.espejo],
  ),
  ev('ActorRegistered', 'actor-oas', when('1987-08-17', 'approximate'), { actor: OAS, role: 'mediator' }, [
    S.semanaHistoria,
  ]),
  ev('ActorRegistered', 'actor-argentina', when('1987-08-17', 'approximate'), { actor: ARGENTINA, role: 'mediator' }, [
    S.semanaHistoria,
  ]),
  ev(
    'MediationAction',
    'med-oas-pause',
    when('1987-08-17', 'approximate'),
    {
      mediator: 'oas',
      action: 'requested-pause',
      summary: 'The OAS Secretary-General, João Baena Soares, asks both governments to de-escalate (solicitudes de distensión).',
    },
    [S.semanaHistoria, S.wiki],
  ),
  ev(
    'MediationAction',
    'med-alfonsin-pause',
    when('1987-08-17', 'approximate'),
    {
      mediator: 'argentina',
      action: 'requested-pause',
      summary: 'Argentina’s President Raúl Alfonsín asks both governments to de-escalate.',
    },
    [S.semanaHistoria, S.wiki],
  ),
  ev(
    'IncidentReported',
    'inc-independiente',
    when('1987-08-17', 'approximate'),
    {
      incidentId: 'colombian-frigate-independiente-1987-08-17',
      kind: 'force-posture',
      perpetrator: 'colombia',
      against: 'venezuela',
      place: GULF,
      description:
        'The armed Colombian frigate ARC Independiente reaches the zone to relieve the Caldas, with the submarine Tayrona; the crisis is at its height.',
    },
    [graded(S.bucare, 3)],
  ),
  ev(
    'StatementMade',
    'stmt-barco-measures',
    when('1987-08-17'),
    {
      speaker: BARCO,
      audience: 'venezuela',
      tone: 'conciliatory',
      summary:
        'In a radio broadcast of under a minute near midnight, Barco restates Colombia’s rights in the gulf and says that, heeding the OAS Secretary-General’s and President Alfonsín’s requests and Colombia’s peaceful tradition, he has ordered the pertinent measures to normalise the situation, trusting Venezuela to do the same: the corvette is ordered out.',
      quote: 'ha ordenado las medidas pertinentes para contribuir a la normalización de la situación creada',
    },
    [S.semanaHistoria, S.espectador, S.cyber],
  ),
  ev(
    'PositionTaken',
    'pos-colombia-complies',
    when('1987-08-17'),
    {
      demandId: D.withdraw,
      actorId: 'colombia',
      stance: 'accepted',
      conditions: 'Colombia maintains its rights in the gulf; it trusts Venezuela to take matching measures.',
      speaker: BARCO,
    },
    [S.semanaHistoria],
  ),
  ev(
    'UltimatumResolved',
    'ult-complied',
    when('1987-08-18'),
    {
      ultimatumId: U.byForce,
      resolution: 'complied',
      summary:
        'The Caldas is withdrawn from the gulf; on learning of Barco’s decision, Lusinchi countermands and orders Venezuela’s own ships back.',
    },
    [S.semanaHistoria, S.espectador, S.radioMundial],
  ),
  ev(
    'StatementMade',
    'stmt-lusinchi-broadcast',
    when('1987-08-18'),
    {
      speaker: LUSINCHI,
      audience: 'colombia',
      tone: 'critical',
      summary:
        'Flanked by the high command, Lusinchi addresses the nation at 21:00: Venezuela has irrefutable historic and legal titles to the waters where the Caldas was, does not act under pressure, and the lack of a delimitation is no pretext for acts of force; Venezuela remains open to dialogue and agreement.',
    },
    [S.semanaAngulo],
  ),
  // ===== September 1987: strained relations =====
  ev(
    'StatementMade',
    'stmt-londono-caracas',
    when('1987-09-25', 'approximate'),
    {
      speaker: LONDONO,
      audience: 'venezuela',
      tone: 'critical',
      summary:
        'Back from a meeting of Latin American foreign ministers in Caracas, held amid strict security, street protests and calls to declare him persona non grata, the Colombian foreign minister says he saw a country deliberately roused against its neighbour.',
      quote: 'vio a un país concientizado, a un país exaltado deliberadamente contra su vecino',
    },
    [S.semanaAgosto],
  ),
  // ===== 1989: the new course — Caracas, Ureña, the Santander bridge =====
  ev(
    'AgreementReached',
    'agr-caracas',
    when('1989-02-02'),
    {
      agreementId: A.caracas,
      kind: 'framework',
      provisions: [
        'The Permanent Conciliation Commission of the 1939 Treaty of Non-Aggression, Conciliation, Arbitration and Judicial Settlement is re-formed',
        'Four high commissioners are named',
        'National commissions on border affairs (neighbourhood commissions) are formed in each country, with a term to report',
      ],
      signatories: ['colombia', 'venezuela'],
      textPublic: false,
    },
    [S.rumbo1989, S.declaracion1989],
  ),
  ev(
    'TalksRoundOpened',
    'round-urena-opened',
    when('1989-03-28'),
    {
      roundId: R.ureña,
      label: 'Presidents Barco and Pérez at Ureña',
      format: 'formal',
      venue: 'Ureña (Táchira), Venezuela',
      delegations: [
        { actorId: 'colombia', head: BARCO },
        { actorId: 'venezuela', head: PEREZ },
      ],
    },
    [S.declaracion1989],
  ),
  ev(
    'AgreementReached',
    'agr-urena',
    when('1989-03-28'),
    {
      agreementId: A.ureña,
      kind: 'partial',
      roundId: R.ureña,
      provisions: [
        'The members of the National Commissions on Colombian-Venezuelan Border Affairs are designated',
        'The commissions are to report to the presidents by the term set in the Caracas agreement',
      ],
      signatories: ['colombia', 'venezuela'],
      textPublic: false,
    },
    [S.declaracion1989, S.rumbo1989],
  ),
  ev(
    'TalksRoundConcluded',
    'round-urena-concluded',
    when('1989-03-28'),
    {
      roundId: R.ureña,
      outcome: 'agreement',
      summary: 'The Declaration of Ureña names the national commissions on border affairs.',
    },
    [S.declaracion1989],
  ),
  ev(
    'TalksRoundOpened',
    'round-bridge-opened',
    when('1989-10-05'),
    {
      roundId: R.bridge,
      label: 'Presidents Barco and Pérez on the Santander bridge',
      format: 'formal',
      venue: 'General Francisco de Paula Santander international bridge over the Táchira river (Cúcuta–Ureña)',
      delegations: [
        { actorId: 'colombia', head: BARCO },
        { actorId: 'venezuela', head: PEREZ },
      ],
    },
    [S.declaracion1989],
  ),
  ev(
    'StatementMade',
    'stmt-bridge-declaration',
    when('1989-10-05'),
    {
      speaker: PEREZ,
      audience: 'colombia',
      tone: 'conciliatory',
      summary:
        'The two presidents’ declaration on the work of the national commissions on border affairs (four binational meetings held, a binational agenda set): achievements "in full execution" include UNDP technical support, reciprocal visa facilities and telephone links between Norte de Santander and Táchira.',
    },
    [S.declaracion1989],
  ),
  ev(
    'TalksRoundConcluded',
    'round-bridge-concluded',
    when('1989-10-05'),
    {
      roundId: R.bridge,
      outcome: 'progress',
      summary: 'The presidents examine the commissions’ reports at the term set by the Caracas agreement and record what is being carried out.',
    },
    [S.declaracion1989],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'colombia-venezuela-1987.jsonl',
  logEnd: '2026-12-06T23:00:00Z',
  events,
};

export default definition;
