/**
 * A test fixture, not a shipped example: Ecuador and Peru from the Cenepa war
 * (January – February 1995) to the Brasília Presidential Act (26 October
 * 1998) and the last boundary marker (13 May 1999), as an analyst following
 * the news could have recorded them. Escalation model v2 was never tuned on
 * it: it is the case the model is held to in ecuador-peru-1995.spec.ts,
 * against the calls an analyst makes from DOMAIN.md §5b alone.
 *
 * What it tests that the other cases did not: a short war fought in one
 * remote valley (the upper Cenepa, on the eastern side of the Cordillera del
 * Cóndor) over a handful of posts; a unilateral ceasefire (Peru's, from noon
 * on 14 February 1995) taken up by the other side, formalised three days
 * later by a peace declaration (Itamaraty, 17 February) that fighting broke
 * within days (22 February); a long stand-off watched by an observer mission
 * (MOMEP) while talks on the disputed issues went on; an incident that
 * brought the two armies face to face again (July – August 1998); and a final
 * peace signed by the presidents and implemented to the last boundary marker.
 *
 * The negotiation recorded is the guarantors' process under the 1942 Rio
 * Protocol: the parties are Ecuador and Peru; Argentina, Brazil, Chile and
 * the United States (the guarantors) mediate; MOMEP, the guarantors' military
 * observer mission, is an observer.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source.
 *
 * Grading as in examples/README.md: B = established outlet or wire copy, C =
 * smaller outlet, archive mirror or reference database; 1 = an on-record
 * statement or act confirmed by the actor itself (or an agreement's text);
 * 2 = several outlets agree or one established outlet reports it; 3 = one
 * side's unverified claim about the other.
 *
 * Dates of sources: the Independent's pieces carry no date on the page and are
 * dated from their own account ("today" in Rio on 31 January; the Rio talks
 * broke up "late yesterday" after five days, i.e. on 4 February; the fourth
 * helicopter downed "on Wednesday" 8 February and the talks resumed in
 * Brasília "yesterday": 10 February). Pages of
 * reference works that carry no date of their own (the PA-X database, the
 * Universalis chronology) are given the day after the last development they
 * report, a lower bound stated as such. IPS and Caretas pieces of August 1998
 * and IPS of January 1999 are dated by month (their addresses and contents
 * give the month, not the day).
 *
 * Judgement calls, recorded as an analyst would:
 * - The brief of the case has a first clash on 9 January 1995; the dated
 *   sources read here do not report it (a Peruvian page, undated, has
 *   exchanges of fire on 11, 19 and 22 January). It is not recorded: the log
 *   starts with the fighting of 26 January, which every source dates.
 * - Places are recorded as the sources name the posts, one way each:
 *   "Tiwinza", "Coangos", "Base Sur", "Cueva de los Tayos", "Condor Mirador".
 *   A report that names no post, or four at once, is recorded at "upper
 *   Cenepa valley" — the valley is one theatre, so an analyst counts the posts
 *   as places only where a source sets them apart. The war's tolls are
 *   contested (Peru: 38 dead by 14 February, later 60; Ecuador: 10, later 34;
 *   others up to 350): counts are recorded only where a source gives a day's.
 * - Scale (the catalogue's `scale: 'major'`, heavy armed action whatever
 *   toll is recorded): the bombing of Tiwinza on 9 February is recorded
 *   major, its source (the Independent, 10 February) reporting Fujimori's
 *   announcement of the "saturation bombing of an Ecuadorean position by 16
 *   warplanes in preparation for a 'final assault'" on heights Peru "has
 *   been unable to dislodge" Ecuador from — the opening of the assault on
 *   Tiwinza (the Los Angeles Times of 14 February: "Peruvian troops launched
 *   an assault last week on Tiwinza"). No other act is marked: the downing
 *   of a helicopter (8 February) and the air combat of the 10th are not
 *   described as an offensive or a battle by their sources.
 * - Ecuador's ceasefire of 31 January and Peru's of 14 February are each
 *   recorded as unilateral (the declaring party alone). Ecuador's answer on
 *   13–14 February ("will not fire if not attacked") is recorded as a
 *   statement; the ceasefire both parties are bound by is the Itamaraty
 *   Declaration's (17 February), which "confirms the cessation of
 *   hostilities … from 12:00 on 14 February". The Montevideo Declaration (28
 *   February) reaffirms it (CeasefireExtended) and is the "new ceasefire" of
 *   the Universalis chronology.
 * - A later reprint of an air-war report (survincity.com, 2016) names the
 *   posts struck on 9 and 10 February (Coangos and Base Sur, then Cueva de
 *   los Tayos and Tiwinza); it is not cited, being published two decades
 *   after the log's recording, so the raids of those days stand as the
 *   contemporary press gives them: the bombing of the Tiwinza heights and the
 *   air combat over the valley. The military attachés' estimate of 200 dead
 *   in two weeks (the Independent, 10 February) is a running total of the
 *   war, kept in the description of the raid, not recorded as a day's toll.
 * - The fighting of 22 February is the Peruvian army's, by the Universalis
 *   chronology; no toll is given in what was read, so none is recorded, and
 *   the violation is recorded without casualties.
 * - Peru's allegation of late December 1995 (about 20 Ecuadorean soldiers
 *   firing on a Peruvian outpost, by the Pastaza river, and overflights) is
 *   armed action alleged by one side, graded 3; Ecuador denied it.
 * - The mines of 29 July 1998 that wounded two Peruvian officers, laid (by
 *   Lima's account) by Ecuadorean soldiers who had infiltrated Peruvian
 *   territory, are recorded as armed action by Ecuador on Peru's territory,
 *   graded 3 (Ecuador denies any infiltration: the line is not demarcated).
 *   The troops sent to the Cóndor (Peru's, ordered by Fujimori) and the
 *   Ecuadorean posts Lima says are inside Peru (about 300 soldiers in 20
 *   posts, the two sides 100 metres apart) are force postures. No source read
 *   dates a pull-back; the presidents' meetings from August on are the talks.
 * - The two congresses approved in advance whatever the guarantors would
 *   decide (AP, 23 October 1998), and the US Department of Defense reports the
 *   accord "approved by both nations and ratified without opposition" by both
 *   legislatures; no source read dates a ratification after the signing, so
 *   the Act is recorded as signed (being implemented from 26 October), with
 *   the approval in its provisions.
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'ecuador-peru-1995';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 1995);
/** A recordedAt on a given day (the case spans five years). */
const rec = (day: string, time: string): string => `${day}T${time}:00Z`;

const ECUADOR: Actor = { id: 'ecuador', name: 'Ecuador', kind: 'state', aliases: ['Quito'] };
const PERU: Actor = { id: 'peru', name: 'Peru', kind: 'state', aliases: ['Lima'] };
const ARGENTINA: Actor = { id: 'argentina', name: 'Argentina', kind: 'state', aliases: ['Buenos Aires'] };
const BRAZIL: Actor = { id: 'brazil', name: 'Brazil', kind: 'state', aliases: ['Brasília', 'Itamaraty'] };
const CHILE: Actor = { id: 'chile', name: 'Chile', kind: 'state', aliases: ['Santiago'] };
const USA: Actor = { id: 'united-states', name: 'United States', kind: 'state', aliases: ['US', 'Washington'] };
const MOMEP: Actor = {
  id: 'momep',
  name: 'Military Observer Mission Ecuador–Peru',
  kind: 'international-organisation',
  aliases: ['MOMEP', 'Misión de Observadores Militares Ecuador-Perú'],
};

const FUJIMORI: Person = { name: 'Alberto Fujimori', title: 'President of Peru', actorId: 'peru' };
const DURAN_BALLEN: Person = { name: 'Sixto Durán Ballén', title: 'President of Ecuador', actorId: 'ecuador' };
const MAHUAD: Person = { name: 'Jamil Mahuad', title: 'President of Ecuador', actorId: 'ecuador' };
const LARREATEGUI: Person = {
  name: 'Carlos Larreátegui',
  title: 'Spokesman of the government of Ecuador',
  actorId: 'ecuador',
};
const PERU_JOINT_CHIEFS: Person = { name: 'Joint Command of the Armed Forces of Peru (communiqué)', actorId: 'peru' };
const FERRERO: Person = { name: 'Eduardo Ferrero', title: 'Foreign Minister of Peru', actorId: 'peru' };

const S = {
  apJan29: source(
    'Ecuador-Peru-Fighting (Andrew Selsky, Associated Press, 29 January 1995)',
    'Associated Press (archive copy)',
    'https://archive55.blogspot.com/2017/03/ecuador-peru-fighting.html',
    '1995-01-29',
    'C',
    2,
  ),
  latimesJan31: source(
    'Ecuador, Peru Agree to Meet With Mediators',
    'Los Angeles Times',
    'https://www.latimes.com/archives/la-xpm-1995-01-31-mn-26499-story.html',
    '1995-01-31',
    'B',
    2,
  ),
  independentJan31: source(
    'Political ambition key to Andes fracas',
    'The Independent',
    'http://www.independent.co.uk/news/world/political-ambition-key-to-andes-fracas-1570568.html',
    '1995-01-31',
    'B',
    2,
  ),
  latimesFeb2: source(
    'Ecuador Reports More Border Attacks by Peru',
    'Los Angeles Times',
    'https://www.latimes.com/archives/la-xpm-1995-02-02-mn-27344-story.html',
    '1995-02-02',
    'B',
    2,
  ),
  apFeb3: source(
    'Peru, Ecuador Agree to Cease-Fire Terms',
    'Associated Press',
    'https://www.apnews.com/8d510fd336e7e630e4d28222d343c9da',
    '1995-02-03',
    'B',
    1,
  ),
  latimesFeb4: source(
    'Brazil Leader Trying to Mediate Border Dispute',
    'Los Angeles Times',
    'https://www.latimes.com/archives/la-xpm-1995-02-04-mn-28070-story.html',
    '1995-02-04',
    'B',
    2,
  ),
  independentFeb5: source(
    'Mediators fail to halt Andean war',
    'The Independent',
    'http://www.independent.co.uk/news/world/mediators-fail-to-halt-andean-war-1571736.html',
    '1995-02-05',
    'B',
    2,
  ),
  latimesFeb5: source(
    'Pride Pushed Peru, Ecuador Into Their Lethal Border Clash',
    'Los Angeles Times',
    'https://www.latimes.com/archives/la-xpm-1995-02-05-mn-28460-story.html',
    '1995-02-05',
    'B',
    2,
  ),
  independentFeb10: source(
    'Peru and Ecuador edge towards all-out war',
    'The Independent',
    'http://www.independent.co.uk/news/world/peru-and-ecuador-edge-towards-all-out-war-1572495.html',
    '1995-02-10',
    'B',
    2,
  ),
  latimesFeb14: source(
    'Peru Declares Cease-Fire in Conflict With Ecuador',
    'Los Angeles Times',
    'https://www.latimes.com/archives/la-xpm-1995-02-14-mn-31960-story.html',
    '1995-02-14',
    'B',
    1,
  ),
  apFeb14: source(
    "Peru's Declares Unilateral Cease-Fire in Border War",
    'Associated Press',
    'https://www.apnews.com/3ae9d2bbeb005dc4c7b88bea2681b2ca',
    '1995-02-14',
    'B',
    1,
  ),
  latimesFeb15: source(
    'Peru Says Ecuador Ignores Cease-Fire, Shoots at Troops',
    'Los Angeles Times',
    'https://www.latimes.com/archives/la-xpm-1995-02-15-mn-32261-story.html',
    '1995-02-15',
    'B',
    2,
  ),
  descoFeb17: source(
    'El problema Perú - Ecuador en la prensa peruana (17 de febrero de 1995)',
    'DESCO press digest (gopher archive mirror)',
    'http://bbs.cortex-media.info/bitreich.org/9/gopher2007/2007-gopher-mirror/gopher-arch/gopher/gopher.rcp.net.pe/70/0/Tension/desco/febrero17',
    '1995-02-17',
    'C',
    1,
  ),
  universalis: source(
    "13-28 février 1995 — Équateur - Pérou. Conclusion d'un accord de paix",
    'Encyclopædia Universalis (chronology)',
    'https://universalis.fr/evenement/13-28-fevrier-1995-conclusion-d-un-accord-de-paix',
    '1995-03-01',
    'C',
    2,
  ),
  paxMontevideo: source(
    'Declaración de Montevideo (28 Feb 1995)',
    'PA-X Peace Agreements Database (University of Edinburgh)',
    'https://pax.peaceagreements.org/agreements/353',
    '1995-03-01',
    'C',
    1,
  ),
  alaiMar12: source(
    'Ecuador-Peru: The Fujimori trap',
    'ALAI (Latin American Information Agency), NY Transfer News archive',
    'http://www.hartford-hwp.com/archives/42/155.html',
    '1995-03-12',
    'C',
    2,
  ),
  chicagoApr27: source(
    'Peru-Ecuador War Solves Little',
    'Chicago Tribune',
    'http://articles.chicagotribune.com/1995-04-27/news/9504270311_1_cordillera-del-condor-peruvian-studies-quito-newspaper',
    '1995-04-27',
    'B',
    2,
  ),
  hoyDec31: source(
    'Clima beligerante pone en riesgo negociación',
    'Hoy (Quito)',
    'https://hoy.tawsa.com/noticias-ecuador/clima-beligrante-pone-en-riesgo-negociacion-48051.html',
    '1995-12-31',
    'C',
    2,
  ),
  latimesJan5: source(
    'Year After War, Peru, Ecuador Trade Barbs in Border Dispute',
    'Los Angeles Times (Reuters)',
    'https://www.latimes.com/archives/la-xpm-1996-01-05-mn-21297-story.html',
    '1996-01-05',
    'B',
    2,
  ),
  unJul2: source(
    'Letter dated 1 July 1996 from the Permanent Representative of Ecuador to the Secretary-General (A/51/188, S/1996/511)',
    'United Nations (docslib copy)',
    'https://docslib.org/doc/9760588/united-nations-general-assembly-security-council',
    '1996-07-02',
    'B',
    1,
  ),
  ipsAugTension: source(
    'Ecuador-Perú: De nuevo tensión en la frontera',
    'IPS Noticias',
    'https://ipsnoticias.net/1998/08/boletin-integracion-ecuador-peru-de-nuevo-tension-en-la-frontera/',
    '1998-08',
    'B',
    2,
  ),
  ipsAugRisk: source(
    'Ecuador-Perú: La paz, otra vez en riesgo',
    'IPS Noticias',
    'https://ipsnoticias.net/1998/08/ecuador-peru-la-paz-otra-vez-en-riesgo/',
    '1998-08',
    'B',
    3,
  ),
  caretasAug: source(
    'La paz, una bomba de tiempo',
    'Caretas',
    'http://www2.caretas.pe/1998/1529/paz/paz.htm',
    '1998-08',
    'C',
    3,
  ),
  cnnSep28: source(
    'Peru, Ecuador seek outside help for peace treaty',
    'CNN (Reuters), latinamericanstudies.org copy',
    'http://latinamericanstudies.org/peru/treaty.htm',
    '1998-09-28',
    'C',
    1,
  ),
  apOct23: source(
    'Peru, Ecuador End Border Dispute',
    'Associated Press',
    'https://www.apnews.com/4d993ca8d508ec5d3e0a12bdbf332664',
    '1998-10-23',
    'B',
    2,
  ),
  bbcOct24: source(
    'Border dispute ends with treaty',
    'BBC News',
    'http://news.bbc.co.uk/2/hi/200348.stm',
    '1998-10-24',
    'B',
    1,
  ),
  apOct26: source(
    'Peru, Ecuador Sign Peace Treaty',
    'Associated Press (History Guy copy)',
    'https://www.historyguy.com/hgnews_ecuador-peru.html',
    '1998-10-26',
    'C',
    1,
  ),
  nytOct27: source(
    'Peru and Ecuador Sign Treaty to End Longstanding Conflict',
    'The New York Times (latinamericanstudies.org copy)',
    'http://latinamericanstudies.org/peru/treaty3.htm',
    '1998-10-27',
    'C',
    1,
  ),
  ipsJan99: source(
    'Ecuador-Perú: El primer hito de la paz',
    'IPS Noticias',
    'https://ipsnoticias.net/1999/01/boletin-integracion-ecuador-peru-el-primer-hito-de-la-paz/',
    '1999-01',
    'B',
    2,
  ),
  reutersMay13: source(
    'Peru, Ecuador seal peace treaty at jungle boundary post (Reuters)',
    'Reuters (latinamericanstudies.org copy)',
    'http://latinamericanstudies.org/peru/deal.htm',
    '1999-05-13',
    'C',
    1,
  ),
};

const D = {
  withdraw95: 'peru-ecuador-withdraws-1995',
  withdraw98: 'peru-ecuador-withdraws-1998',
};
const R = {
  rio: 'rio-guarantors-1995-01',
  itamaraty: 'brasilia-itamaraty-1995-02',
  buenosAires: 'buenos-aires-ministers-1996-06',
  brasilia98: 'brasilia-presidents-1998-09',
  brasiliaAct: 'brasilia-act-1998-10',
};
const A = { itamaraty: 'itamaraty-declaration-1995', brasiliaAct: 'brasilia-presidential-act-1998' };
const C = {
  ecuador: 'ecuador-unilateral-1995-01-31',
  peru: 'peru-unilateral-1995-02-14',
  itamaraty: 'itamaraty-ceasefire-1995-02-17',
};
const O = { itamaraty: 'itamaraty-1995-02-17', montevideo: 'montevideo-1995-02-28', act: 'brasilia-act-1998-10-26' };
const GUARANTORS = ['argentina', 'brazil', 'chile', 'united-states'];

const events = [
  // ===== January 1995: the war breaks out in the upper Cenepa =====
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '1995-01-26', recordedAt: rec('1995-01-31', '12:00') },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Ecuador – Peru, the Cenepa war and the Rio Protocol guarantors, 1995–99',
      subject:
        'The undemarcated 78 km of the border in the Cordillera del Cóndor and the posts of the upper Cenepa: from the fighting of January 1995 through the guarantors’ mediation (Rio, Itamaraty, Montevideo), the talks on the impasses, to the Brasília Presidential Act and the demarcation',
      parties: [ECUADOR, PERU],
      mediators: [ARGENTINA, BRAZIL, CHILE, USA],
    },
    [S.latimesJan31, S.independentJan31],
    {
      note: 'Opened at the fighting of 26 January; the guarantors of the 1942 Rio Protocol invited both to Rio on the 30th.',
    },
  ),
  ev(
    'IncidentReported',
    'inc-jan26',
    { occurredAt: '1995-01-26', recordedAt: rec('1995-01-31', '12:05') },
    {
      incidentId: 'cenepa-1995-01-26',
      kind: 'clash',
      perpetrator: 'peru',
      allegedBy: 'ecuador',
      against: 'ecuador',
      place: 'upper Cenepa valley',
      description:
        'Peruvian and Ecuadorean troops exchange fire over the unmarked stretch of the border near the Cenepa river: the start of the fighting. Each side says the other moved into its territory.',
    },
    [S.independentJan31, S.latimesJan31],
  ),
  ev(
    'IncidentReported',
    'inc-jan28',
    { occurredAt: '1995-01-28', recordedAt: rec('1995-01-31', '12:10') },
    {
      incidentId: 'cenepa-1995-01-28',
      kind: 'clash',
      perpetrator: 'ecuador',
      allegedBy: 'ecuador',
      against: 'peru',
      place: 'upper Cenepa valley',
      fatalities: { min: 23, max: 36 },
      description:
        "Fighting in the upper Cenepa: Ecuadorean field commanders say 20 Peruvian and 3 Ecuadorean soldiers were killed on Saturday; Lima's Channel 4 reports 30 Ecuadorean and 6 Peruvian soldiers killed.",
    },
    [graded(S.apJan29, 3)],
  ),
  ev(
    'IncidentReported',
    'inc-jan29-peru',
    { occurredAt: '1995-01-29', recordedAt: rec('1995-01-31', '12:15') },
    {
      incidentId: 'cenepa-1995-01-29-peru',
      kind: 'airstrike',
      perpetrator: 'peru',
      allegedBy: 'ecuador',
      against: 'ecuador',
      place: 'upper Cenepa valley',
      fatalities: { min: 1, max: 1 },
      injured: { min: 1, max: 1 },
      description:
        'By the Ecuadorean military command, Peruvian forces attack the posts of Soldado Monge, Teniente Hugo Ortiz, Coangos and Cueva de los Tayos with planes, helicopters and mortars; one Ecuadorean killed, one wounded. Quito speaks of a "massive offensive".',
    },
    [graded(S.apJan29, 3), S.independentJan31],
  ),
  ev(
    'IncidentReported',
    'inc-jan29-ecuador',
    { occurredAt: '1995-01-29', recordedAt: rec('1995-01-31', '12:20') },
    {
      incidentId: 'cenepa-1995-01-29-helicopters',
      kind: 'clash',
      perpetrator: 'ecuador',
      allegedBy: 'peru',
      against: 'peru',
      place: 'upper Cenepa valley',
      fatalities: { min: 5, max: 7 },
      description:
        'Two Peruvian helicopters reported shot down (seven killed by the first reports); Peru admits one army helicopter downed by an Ecuadorean missile, its five crewmen killed.',
    },
    [S.apJan29, S.independentJan31],
  ),
  ev(
    'StatementMade',
    'stmt-duran-ballen-jan30',
    { occurredAt: '1995-01-30', recordedAt: rec('1995-01-31', '12:25') },
    {
      speaker: DURAN_BALLEN,
      audience: 'peru',
      tone: 'conciliatory',
      summary:
        'Ecuador is ready to accept an unconditional ceasefire, the president tells students outside the palace in Quito.',
    },
    [S.latimesJan31],
  ),
  ev(
    'DemandTabled',
    'dem-withdraw-95',
    { occurredAt: '1995-01-30', recordedAt: rec('1995-01-31', '12:30') },
    {
      demandId: D.withdraw95,
      by: 'peru',
      addressedTo: ['ecuador'],
      text: 'Withdraw Ecuadorean troops from the disputed territory of the upper Cenepa before any ceasefire.',
      category: 'territorial',
    },
    [S.latimesJan31],
  ),
  ev(
    'TalksRoundOpened',
    'round-rio-opened',
    { occurredAt: '1995-01-31', recordedAt: rec('1995-02-02', '12:00') },
    {
      roundId: R.rio,
      label: 'Guarantors’ meeting with the deputy foreign ministers, Rio de Janeiro',
      venue: 'Itamaraty Palace, Rio de Janeiro',
      format: 'formal',
      hosts: GUARANTORS,
    },
    [S.latimesJan31, S.latimesFeb2],
  ),
  ev(
    'CeasefireDeclared',
    'cf-ecuador-jan31',
    { occurredAt: '1995-01-31T17:00:00Z', recordedAt: rec('1995-02-02', '12:05') },
    {
      ceasefireId: C.ecuador,
      parties: ['ecuador'],
      scope:
        'Ecuador ceases fire as of noon on Tuesday 31 January; Peru agrees to a "suspension of hostilities" but sets no time',
      duration: 'indefinite',
    },
    [S.latimesFeb2],
  ),
  ev(
    'IncidentReported',
    'inc-feb1',
    { occurredAt: '1995-02-01', recordedAt: rec('1995-02-02', '12:10') },
    {
      incidentId: 'coangos-1995-02-01',
      kind: 'airstrike',
      perpetrator: 'peru',
      allegedBy: 'ecuador',
      against: 'ecuador',
      place: 'Coangos',
      description:
        'By the joint chiefs of Ecuador, Peru resumes ground and air attacks on the small Ecuadorean posts of Coangos and Condor Mirador, supported by armed helicopters and warplanes; the posts hold.',
    },
    [graded(S.latimesFeb2, 3)],
  ),
  ev(
    'StatementMade',
    'stmt-fujimori-feb1',
    { occurredAt: '1995-02-01', recordedAt: rec('1995-02-02', '12:15') },
    {
      speaker: FUJIMORI,
      audience: 'ecuador',
      tone: 'neutral',
      summary:
        'In a televised speech, proposes a ceasefire on the condition that a demilitarised zone be established, overseen by an international commission of observers.',
    },
    [S.latimesFeb2],
  ),
  ev(
    'TalksRoundConcluded',
    'round-rio-concluded',
    { occurredAt: '1995-02-04', recordedAt: rec('1995-02-05', '12:00') },
    {
      roundId: R.rio,
      outcome: 'no-progress',
      summary:
        'After five days and a "pre-agreement" on ceasefire terms (3 February) that neither president approved, the mediators end the meeting without a truce; both parties accepted an observer mission.',
    },
    [S.independentFeb5, S.apFeb3, S.latimesFeb4],
  ),
  // ===== February 1995: the air war and the assault on Tiwinza =====
  ev(
    'IncidentReported',
    'inc-feb8-helicopter',
    { occurredAt: '1995-02-08', recordedAt: rec('1995-02-10', '12:00') },
    {
      incidentId: 'helicopter-1995-02-08',
      kind: 'clash',
      perpetrator: 'ecuador',
      allegedBy: 'ecuador',
      against: 'peru',
      place: 'upper Cenepa valley',
      description:
        'Ecuador says it shot down a fourth Peruvian helicopter on Wednesday; Peru says it suffered an "accident" and that the three-man crew is missing.',
    },
    [S.independentFeb10],
  ),
  ev(
    'IncidentReported',
    'inc-feb9-tiwinza',
    { occurredAt: '1995-02-09', recordedAt: rec('1995-02-10', '12:05') },
    {
      incidentId: 'tiwinza-1995-02-09',
      kind: 'airstrike',
      perpetrator: 'peru',
      allegedBy: 'peru',
      against: 'ecuador',
      place: 'Tiwinza',
      scale: 'major',
      description:
        'Fujimori announces on television the saturation bombing of an Ecuadorean position by 16 warplanes in preparation for a "final assault" on the heights of Tiwinza, which Peru has been unable to take; military attachés estimate 200 soldiers and civilians dead and as many wounded in two weeks of fighting.',
    },
    [S.independentFeb10],
  ),
  ev(
    'IncidentReported',
    'inc-feb10-aircraft',
    { occurredAt: '1995-02-10', precision: 'approximate', recordedAt: rec('1995-02-15', '12:00') },
    {
      incidentId: 'air-combat-1995-02-10',
      kind: 'clash',
      perpetrator: 'ecuador',
      allegedBy: 'peru',
      against: 'peru',
      place: 'upper Cenepa valley',
      description:
        'The fighting escalates: Ecuador shoots down three Peruvian fighter jets and a helicopter (on Friday the 10th, by Fujimori); Peru claims three Ecuadorean aircraft, which Ecuador denies. Peruvian troops assault Tiwinza through the week.',
    },
    [S.latimesFeb15, graded(S.latimesFeb14, 2)],
  ),
  ev(
    'StatementMade',
    'stmt-fujimori-feb13',
    { occurredAt: '1995-02-13T23:00:00Z', recordedAt: rec('1995-02-15', '12:25') },
    {
      speaker: FUJIMORI,
      audience: 'ecuador',
      tone: 'neutral',
      summary:
        'In a late-night address, says Peruvian troops have taken Tiwinza, the last of three Ecuadorean posts, and declares a unilateral cessation of hostilities from noon on 14 February.',
      quote:
        'Now that our sovereignty has been re-established … we declare a unilateral cessation of hostilities beginning at noon on February 14',
    },
    [S.latimesFeb14, S.apFeb14],
  ),
  ev(
    'CeasefireDeclared',
    'cf-peru-feb14',
    { occurredAt: '1995-02-14T17:00:00Z', recordedAt: rec('1995-02-15', '12:30') },
    {
      ceasefireId: C.peru,
      parties: ['peru'],
      scope: "Peru's unilateral cessation of hostilities in the upper Cenepa from noon (Lima) on 14 February",
      duration: 'indefinite',
    },
    [S.latimesFeb14, S.apFeb14],
  ),
  ev(
    'StatementMade',
    'stmt-larreategui-feb14',
    { occurredAt: '1995-02-14', recordedAt: rec('1995-02-15', '12:35') },
    {
      speaker: LARREATEGUI,
      audience: 'peru',
      tone: 'conciliatory',
      summary:
        "Ecuador receives Peru's decision 'with serenity': its forces will not fire if not attacked; it denies losing Tiwinza, Base Sur and Cueva de los Tayos and invites journalists and the Red Cross to see them.",
      quote: 'Ecuadorean armed forces will not fire their arms if they are not attacked.',
    },
    [S.apFeb14, S.latimesFeb14],
  ),
  ev(
    'IncidentReported',
    'inc-feb14-tiwinza',
    { occurredAt: '1995-02-14T21:00:00Z', precision: 'approximate', recordedAt: rec('1995-02-15', '12:40') },
    {
      incidentId: 'tiwinza-1995-02-14',
      kind: 'shelling',
      perpetrator: 'ecuador',
      allegedBy: 'peru',
      against: 'peru',
      place: 'Tiwinza',
      description:
        'Hours after the ceasefire, a communiqué of Peru\'s joint chiefs says Tiwinza "is receiving intense artillery fire from the Ecuadorean bases of Coangos, Banderas and Mirador".',
    },
    [graded(S.latimesFeb15, 3)],
  ),
  ev(
    'CeasefireViolationReported',
    'cfv-feb14',
    { occurredAt: '1995-02-14T21:00:00Z', precision: 'approximate', recordedAt: rec('1995-02-15', '12:45') },
    {
      ceasefireId: C.peru,
      allegedBy: 'peru',
      against: 'ecuador',
      description:
        'Peru accuses Ecuador of ignoring the truce and shelling Tiwinza; "if they shoot at us, we have to defend ourselves" (Gen. Daniel Mora).',
    },
    [graded(S.latimesFeb15, 3)],
  ),
  ev(
    'StatementMade',
    'stmt-peru-jointchiefs-feb14',
    { occurredAt: '1995-02-14', recordedAt: rec('1995-02-15', '12:50') },
    {
      speaker: PERU_JOINT_CHIEFS,
      audience: 'ecuador',
      tone: 'accusation',
      summary:
        'Accuses Ecuador of firing on Peruvian troops at Tiwinza after the ceasefire; Peru says 38 of its soldiers have died since 26 January, Ecuador acknowledges 10.',
    },
    [S.latimesFeb15],
  ),
  // ===== The Itamaraty Peace Declaration, the fighting of 22 February, Montevideo =====
  ev(
    'TalksRoundOpened',
    'round-itamaraty-opened',
    { occurredAt: '1995-02-16', precision: 'approximate', recordedAt: rec('1995-02-17', '18:00') },
    {
      roundId: R.itamaraty,
      label: 'High-level meeting of the guarantors with the deputy foreign ministers, Brasília',
      venue: 'Itamaraty Palace, Brasília',
      format: 'formal',
      hosts: GUARANTORS,
    },
    [S.descoFeb17],
  ),
  ev(
    'TalksRoundConcluded',
    'round-itamaraty-concluded',
    { occurredAt: '1995-02-17', recordedAt: rec('1995-02-17', '18:05') },
    {
      roundId: R.itamaraty,
      outcome: 'agreement',
      summary:
        'The Itamaraty Peace Declaration, signed by the deputy foreign ministers Marcelo Fernández de Córdoba and Eduardo Ponce Vivanco and by the four guarantors.',
    },
    [S.descoFeb17],
    { occurrence: O.itamaraty },
  ),
  ev(
    'AgreementReached',
    'agr-itamaraty',
    { occurredAt: '1995-02-17', recordedAt: rec('1995-02-17', '18:10') },
    {
      agreementId: A.itamaraty,
      kind: 'ceasefire',
      provisions: [
        'Confirms the cessation of hostilities from 12:00 (Quito and Lima) on 14 February',
        'Accepts an observer mission of the guarantor countries, for 90 days at first, extendable',
        'Immediate and simultaneous separation of the troops: Ecuadorean forces to Coangos, Peruvian forces to Watchpost No. 1 (PV-1)',
        'Total demilitarisation of the area of the fighting, to be set by the observers',
        'Bilateral talks to begin on the impasses that remain between the two countries (point 6)',
      ],
      signatories: ['ecuador', 'peru'],
      textPublic: true,
      roundId: R.itamaraty,
    },
    [S.descoFeb17],
    { occurrence: O.itamaraty },
  ),
  ev(
    'CeasefireDeclared',
    'cf-itamaraty',
    { occurredAt: '1995-02-17', recordedAt: rec('1995-02-17', '18:15') },
    {
      ceasefireId: C.itamaraty,
      parties: ['ecuador', 'peru'],
      scope:
        'The cessation of hostilities between Ecuador and Peru in force since noon on 14 February, confirmed and consolidated by the Itamaraty Declaration, with separation of forces and observers',
      duration: 'indefinite',
      mediatedBy: GUARANTORS,
    },
    [S.descoFeb17],
    { occurrence: O.itamaraty },
  ),
  ev(
    'CeasefireEnded',
    'cf-peru-superseded',
    { occurredAt: '1995-02-17', recordedAt: rec('1995-02-17', '18:20') },
    {
      ceasefireId: C.peru,
      reason: 'superseded',
      summary: "Peru's unilateral ceasefire becomes the Itamaraty Declaration's, binding both.",
    },
    [S.descoFeb17],
    { occurrence: O.itamaraty },
  ),
  ev(
    'CeasefireEnded',
    'cf-ecuador-superseded',
    { occurredAt: '1995-02-17', recordedAt: rec('1995-02-17', '18:25') },
    {
      ceasefireId: C.ecuador,
      reason: 'superseded',
      summary: "Ecuador's unilateral ceasefire of 31 January is superseded by the Itamaraty Declaration's.",
    },
    [S.descoFeb17],
    { occurrence: O.itamaraty },
  ),
  ev(
    'IncidentReported',
    'inc-feb22',
    { occurredAt: '1995-02-22', recordedAt: rec('1995-03-12', '12:00') },
    {
      incidentId: 'tiwinza-1995-02-22',
      kind: 'clash',
      perpetrator: 'peru',
      allegedBy: 'ecuador',
      against: 'ecuador',
      place: 'Tiwinza',
      description:
        'Five days after the Itamaraty Declaration, the Peruvian army resumes the fighting around Tiwinza, the post both sides claim to hold; ALAI reports the weapons still "thunder" weeks after the declaration. No toll in the sources read.',
    },
    [S.universalis, S.alaiMar12],
  ),
  ev(
    'CeasefireViolationReported',
    'cfv-feb22',
    { occurredAt: '1995-02-22', recordedAt: rec('1995-03-12', '12:05') },
    {
      ceasefireId: C.itamaraty,
      allegedBy: 'ecuador',
      against: 'peru',
      description: 'The fighting of 22 February breaks the Itamaraty ceasefire; a new ceasefire on the 28th ends it.',
    },
    [S.universalis, S.alaiMar12],
  ),
  ev(
    'CeasefireExtended',
    'cf-montevideo',
    { occurredAt: '1995-02-28', recordedAt: rec('1995-03-12', '12:10') },
    {
      ceasefireId: C.itamaraty,
      duration: 'indefinite',
      terms:
        'The Montevideo Declaration: Ecuador and Peru agree to implement the Itamaraty Declaration (separation of forces); the guarantors ensure the immediate presence of their observers to monitor the ceasefire.',
    },
    [S.paxMontevideo, S.universalis],
    { occurrence: O.montevideo },
  ),
  // ===== 1995–97: MOMEP, the separation of forces, the talks =====
  ev(
    'MediationAction',
    'med-withdrawal-complete',
    { occurredAt: '1995-04-26', recordedAt: rec('1995-04-27', '12:05') },
    {
      mediator: 'brazil',
      action: 'visited',
      summary:
        "Under the observers' watch, the troops of both sides complete their withdrawal from the area of the fighting, nearly two months after the ceasefire; the delineation of the border remains unresolved.",
    },
    [S.chicagoApr27],
    {
      note: 'The separation of forces has no type of its own in the catalogue: recorded as the guarantors\u2019 mission at work (MediationAction), with the gap noted.',
    },
  ),
  ev(
    'StatementMade',
    'stmt-fujimori-apr',
    { occurredAt: '1995-04-07', precision: 'approximate', recordedAt: rec('1995-04-27', '12:10') },
    {
      speaker: FUJIMORI,
      audience: 'domestic audience',
      tone: 'critical',
      summary:
        'Just before the election of 9 April, tells Peruvians on television not to worry about relations with their small neighbour, and says he will take a harder line with Ecuador in his second term.',
      quote: "I'm pulling the wool over their eyes.",
    },
    [S.chicagoApr27],
  ),
  ev(
    'ActorRegistered',
    'actor-momep',
    { occurredAt: '1995-03-10', precision: 'approximate', recordedAt: rec('1996-01-05', '11:55') },
    { actor: MOMEP, role: 'observer' },
    [S.hoyDec31],
    {
      note: 'Deployed in March 1995 from Bagua (Peru) and Patuca (Ecuador), by the guarantors under the Itamaraty Declaration; closed on 17 June 1999.',
    },
  ),
  ev(
    'IncidentReported',
    'inc-dec27',
    { occurredAt: '1995-12-27', recordedAt: rec('1996-01-05', '12:00') },
    {
      incidentId: 'pastaza-1995-12-27',
      kind: 'clash',
      perpetrator: 'ecuador',
      allegedBy: 'peru',
      against: 'peru',
      place: 'Pastaza river',
      description:
        "By Peru's defence ministry and joint chiefs, two Ecuadorean military aircraft flew four times over Peruvian territory and about 20 Ecuadorean soldiers, advancing by boat on the Pastaza river, opened fire on a Peruvian outpost and were repelled. Ecuador's defence ministry denies it and asks MOMEP to investigate.",
    },
    [graded(S.latimesJan5, 3), graded(S.hoyDec31, 3)],
  ),
  ev(
    'StatementMade',
    'stmt-peru-jointchiefs-dec',
    { occurredAt: '1995-12-29', precision: 'approximate', recordedAt: rec('1996-01-05', '12:05') },
    {
      speaker: PERU_JOINT_CHIEFS,
      audience: 'ecuador',
      tone: 'accusation',
      summary:
        'Accuses Ecuador of "clear provocations and the deliberate nonfulfillment of the accords reached by both countries" under the February peace agreement, and asks MOMEP to enforce the demilitarisation.',
    },
    [S.latimesJan5, S.hoyDec31],
  ),
  ev(
    'StatementMade',
    'stmt-fujimori-kfir',
    { occurredAt: '1996-01-03', precision: 'approximate', recordedAt: rec('1996-01-05', '12:10') },
    {
      speaker: FUJIMORI,
      audience: 'ecuador',
      tone: 'critical',
      summary: "Warns that Ecuador's purchase of Kfir warplanes from Israel, with US engines, may start an arms race.",
      quote: 'This purchase may suppose the start of an arms race.',
    },
    [S.latimesJan5],
  ),
  ev(
    'TalksRoundOpened',
    'round-buenos-aires-opened',
    { occurredAt: '1996-06-18', recordedAt: rec('1996-07-02', '12:00') },
    {
      roundId: R.buenosAires,
      label: 'Foreign ministers Tudela and Leoro with the guarantors, Buenos Aires',
      venue: 'Buenos Aires',
      format: 'formal',
      hosts: GUARANTORS,
    },
    [S.unJul2],
  ),
  ev(
    'TalksRoundConcluded',
    'round-buenos-aires-concluded',
    { occurredAt: '1996-06-19', recordedAt: rec('1996-07-02', '12:05') },
    {
      roundId: R.buenosAires,
      outcome: 'progress',
      summary:
        'The ministers continue to set the procedures for the talks in Brasília on point 6 of the Itamaraty Declaration (the impasses that remain); the guarantors declare their support.',
      nextSteps: 'Substantive talks in Brasília.',
    },
    [S.unJul2],
  ),
  // ===== July – August 1998: the armies face to face again =====
  ev(
    'IncidentReported',
    'inc-jul29-mines',
    { occurredAt: '1998-07-29', recordedAt: rec('1998-08-08', '12:00') },
    {
      incidentId: 'condor-mines-1998-07-29',
      kind: 'clash',
      perpetrator: 'ecuador',
      allegedBy: 'peru',
      against: 'peru',
      place: 'Cordillera del Cóndor',
      injured: { min: 2, max: 2 },
      description:
        'Two Peruvian army officers are wounded by mines that, by Fujimori, were laid by Ecuadorean soldiers infiltrated into Peruvian territory. Ecuador rejects the charge: with the border not demarcated, there can be no infiltration.',
    },
    [graded(S.ipsAugTension, 3), S.ipsAugRisk],
  ),
  ev(
    'StatementMade',
    'stmt-fujimori-aug-condemns',
    { occurredAt: '1998-08-01', precision: 'approximate', recordedAt: rec('1998-08-08', '12:05') },
    {
      speaker: FUJIMORI,
      audience: 'ecuador',
      tone: 'accusation',
      summary:
        'Condemns "the infiltration of Ecuadorean armed forces into Peruvian territory", while guaranteeing that the peace talks with Ecuador go on.',
    },
    [S.ipsAugTension],
  ),
  ev(
    'IncidentReported',
    'inc-aug-peru-troops',
    { occurredAt: '1998-08-01', precision: 'approximate', recordedAt: rec('1998-08-08', '12:10') },
    {
      incidentId: 'peru-troops-condor-1998-08',
      kind: 'force-posture',
      perpetrator: 'peru',
      allegedBy: 'peru',
      against: 'ecuador',
      place: 'Cordillera del Cóndor',
      description:
        'Fujimori orders troops of the Sixth Military Region moved to the bases of Ciro Alegría and PV-1 in the Cordillera del Cóndor, the theatre of the 1995 war; news of military preparations on both sides of the border.',
    },
    [S.ipsAugTension],
  ),
  ev(
    'DemandTabled',
    'dem-withdraw-98',
    { occurredAt: '1998-08-07', precision: 'approximate', recordedAt: rec('1998-08-14', '12:00') },
    {
      demandId: D.withdraw98,
      by: 'peru',
      addressedTo: ['ecuador'],
      text: 'Withdraw the Ecuadorean troops from the posts they hold on the Peruvian side of the Cóndor heights ("la orejita").',
      category: 'territorial',
    },
    [S.caretasAug],
  ),
  ev(
    'IncidentReported',
    'inc-aug-ecuador-posts',
    { occurredAt: '1998-08-11', recordedAt: rec('1998-08-14', '12:05') },
    {
      incidentId: 'ecuador-posts-condor-1998-08',
      kind: 'force-posture',
      perpetrator: 'ecuador',
      allegedBy: 'peru',
      against: 'peru',
      place: 'Cordillera del Cóndor',
      description:
        'By the report Foreign Minister Ferrero gives Congress in closed session, about 300 Ecuadorean soldiers hold some 20 posts behind minefields over 18 km² on the Peruvian side of the heights, almost surrounded by larger Peruvian forces: "the soldiers are almost looking at each other, about 100 metres apart, and could go into combat at any moment".',
    },
    [S.ipsAugRisk, S.caretasAug],
  ),
  ev(
    'StatementMade',
    'stmt-ferrero-aug',
    { occurredAt: '1998-08-11', recordedAt: rec('1998-08-14', '12:10') },
    {
      speaker: FERRERO,
      audience: 'ecuador',
      tone: 'accusation',
      summary:
        "The line of the 1942 Rio Protocol, upheld weeks ago by the guarantors' technical opinion, must be respected; Ecuador has gone back to its old tactic of provoking military incidents while talking of Peruvian aggression.",
    },
    [S.ipsAugRisk],
  ),
  ev(
    'MediationAction',
    'med-quito-aug',
    { occurredAt: '1998-08-07', precision: 'approximate', recordedAt: rec('1998-08-14', '12:15') },
    {
      mediator: 'brazil',
      action: 'visited',
      summary:
        "The guarantors' senior officials (Chiaradia, Cannabrava, Martabit, Einaudi) meet in Quito with MOMEP in emergency sessions on the Ecuadorean posts; none of the guarantors' presidents attends Mahuad's inauguration on 10 August.",
    },
    [S.caretasAug, S.ipsAugTension],
  ),
  // ===== September – October 1998: the presidents and the guarantors' decision =====
  ev(
    'TalksRoundOpened',
    'round-brasilia98-opened',
    { occurredAt: '1998-09-26', recordedAt: rec('1998-09-28', '20:00') },
    {
      roundId: R.brasilia98,
      label: 'Presidents Mahuad and Fujimori with President Cardoso, Brasília',
      venue: 'Brasília',
      format: 'formal',
      hosts: ['brazil'],
    },
    [S.cnnSep28],
  ),
  ev(
    'TalksRoundConcluded',
    'round-brasilia98-concluded',
    { occurredAt: '1998-09-27', recordedAt: rec('1998-09-28', '20:05') },
    {
      roundId: R.brasilia98,
      outcome: 'progress',
      summary:
        'After two days, the presidents ask the four guarantors in a letter to Cardoso to help settle the border: "We are closer than before to a solution, but we still do not have the definitive formula" (Mahuad).',
      nextSteps: 'The presidents meet again; an agreement hoped for before the end of the year.',
    },
    [S.cnnSep28],
  ),
  ev(
    'StatementMade',
    'stmt-mahuad-oct23',
    { occurredAt: '1998-10-23', recordedAt: rec('1998-10-24', '12:00') },
    {
      speaker: MAHUAD,
      audience: 'peru',
      tone: 'conciliatory',
      summary: "Accepts the guarantors' proposal; the treaty will be signed on Monday in Brasília.",
      quote: 'Starting Monday, we are going to have peace in both countries - hopefully forever.',
    },
    [S.bbcOct24, S.apOct23],
  ),
  ev(
    'TalksRoundOpened',
    'round-act-opened',
    { occurredAt: '1998-10-26', recordedAt: rec('1998-10-27', '12:00') },
    {
      roundId: R.brasiliaAct,
      label: 'Signing of the Brasília Presidential Act',
      venue: 'Itamaraty Palace, Brasília',
      format: 'formal',
      hosts: GUARANTORS,
    },
    [S.apOct26, S.nytOct27],
    { occurrence: O.act },
  ),
  ev(
    'TalksRoundConcluded',
    'round-act-concluded',
    { occurredAt: '1998-10-26', recordedAt: rec('1998-10-27', '12:05') },
    {
      roundId: R.brasiliaAct,
      outcome: 'agreement',
      summary:
        'Presidents Mahuad and Fujimori sign the Act, witnessed by Presidents Cardoso, Menem and Frei and the US envoy Thomas McLarty.',
    },
    [S.apOct26, S.nytOct27],
    { occurrence: O.act },
  ),
  ev(
    'AgreementReached',
    'agr-brasilia-act',
    { occurredAt: '1998-10-26', recordedAt: rec('1998-10-27', '12:10') },
    {
      agreementId: A.brasiliaAct,
      kind: 'comprehensive',
      provisions: [
        'The border differences between the two countries are resolved definitively',
        'The disputed 78 km are demarcated along the heights of the Cordillera del Cóndor, as the guarantors decided',
        'One square kilometre at Tiwinza, under Peruvian sovereignty, granted to Ecuador as private property',
        'Two contiguous national parks in the area of the fighting',
        'Treaties of trade and navigation (access to the Amazon, two ports) and of border integration',
        'Approved in advance by the congresses of both countries',
      ],
      signatories: ['ecuador', 'peru'],
      textPublic: true,
      roundId: R.brasiliaAct,
      status: 'signed',
    },
    [S.apOct26, S.nytOct27, S.apOct23],
    { occurrence: O.act },
  ),
  ev(
    'StatementMade',
    'stmt-fujimori-oct26',
    { occurredAt: '1998-10-26', recordedAt: rec('1998-10-27', '12:15') },
    {
      speaker: FUJIMORI,
      audience: 'ecuador',
      tone: 'conciliatory',
      summary:
        'The agreement lays "the cement of peace"; "now we should start to build the building, beautiful and inhabitable".',
    },
    [S.apOct26],
  ),
  // ===== 1999: the demarcation =====
  ev(
    'StatementMade',
    'stmt-first-marker',
    { occurredAt: '1999-01', recordedAt: rec('1999-01-31', '12:00') },
    {
      speaker: MAHUAD,
      audience: 'peru',
      tone: 'conciliatory',
      summary:
        'Mahuad and Fujimori agree in Brasília to lead the placing of the first boundary marker (Lagartococha – Güepí); demining of the area to be demarcated is planned, with MOMEP in the brigades.',
    },
    [S.ipsJan99],
  ),
  ev(
    'StatementMade',
    'stmt-fujimori-may13',
    { occurredAt: '1999-05-13', recordedAt: rec('1999-05-14', '12:00') },
    {
      speaker: FUJIMORI,
      audience: 'ecuador',
      tone: 'conciliatory',
      summary:
        'At Puesto Cahuide, with Mahuad, inaugurates the last boundary marker on the once-disputed strip: "Resources which used to be spent on weapons … will go toward development policies and, above all, there will no longer be a climate of tension."',
    },
    [S.reutersMay13],
  ),
  ev(
    'NegotiationClosed',
    'closed',
    { occurredAt: '1999-05-13', recordedAt: rec('1999-05-14', '12:05') },
    {
      outcome: 'agreement',
      summary:
        'The last boundary marker of the Cóndor strip is laid; the Brasília Act is implemented. MOMEP closes on 17 June 1999.',
    },
    [S.reutersMay13],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'ecuador-peru-1995.jsonl',
  logEnd: '1999-07-01T00:00:00Z',
  events,
};

export default definition;
