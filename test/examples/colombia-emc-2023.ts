/**
 * A test fixture, not a shipped example: the peace talks between Colombia's government (Petro; the government's
 * delegation under Camilo González Posso) and the Estado Mayor Central de las FARC-EP (EMC, the FARC dissidents led by
 * Néstor Gregorio Vera, "Iván Mordisco") as an analyst following the news could have recorded them, from the
 * installation of the talks in Tibú (16 October 2023) through the bilateral ceasefire decreed from 17 October for three
 * months, the soldiers held at El Plateado and the EMC's suspension of the talks (4–5 November), their resumption, the
 * ceasefire extended in January 2024 until 15 July, the EMC's attack at Toribío and the government's suspension of the
 * ceasefire in Cauca, Valle del Cauca and Nariño (16–20 March 2024), the EMC's split (April 2024: Mordisco's fronts
 * leave the talks; the blocs under Alexander Díaz Mendoza, "Calarcá", stay), the fighting with Mordisco's fronts in
 * Cauca and Valle (Argelia, Morales, Jamundí, Cajibío, El Plateado, Guapi), the ceasefire not renewed with them on 16
 * July 2024 but kept with the faction that stayed, extended in October to 15 April 2025, and its lapse then. Escalation
 * model v2 was never tuned on it: it is the case the model is held to in colombia-emc-2023.spec.ts, against the calls
 * an analyst makes from DOMAIN.md §5b alone.
 *
 * What it tests: a bilateral ceasefire agreed for a fixed term, extended, suspended in part and expired; talks that
 * continue with one faction of the party after it splits; and attacks by an armed group that is itself a party (the
 * EMC's attacks on soldiers and police are armed action between the pair; its attack on an indigenous community is
 * lethal force on Colombia's people, not fighting between their forces).
 *
 * Kept under test/ so that the demo data (examples/) and the calibration file's coverage do not change. Built and
 * checked with the same builder as the shipped cases (examples/case-builder.ts): every event replays through `decide`
 * and cites a dated, graded public source.
 *
 * Grading as in examples/README.md: B = established outlet or wire copy (AP, AFP, Reuters, EFE via a named outlet,
 * Noticias RCN, Infobae, Colombia Reports), C = smaller outlet, aggregator or mirror; 1 = an on-record statement or act
 * confirmed by the actor itself (decrees, the EMC's own communiqués, the government delegation's statements); 2 =
 * several outlets agree or one established outlet reports it; 3 = one side's unverified claim, or a report that gives
 * no day.
 *
 * Judgement calls, recorded as an analyst would:
 * - The pair is Colombia and the EMC (`emc`), the party that sat down in Tibú. When the EMC split in April 2024, the
 *   name, the commander (Mordisco) and the war stayed with the fronts that left the talks (Cauca, Valle, Nariño,
 *   Arauca, the Amazon bloc): they remain `emc`. The blocs that stayed at the table (Bloque Magdalena Medio, Bloque Jorge
 *   Suárez Briceño, Frente Raúl Reyes, under Calarcá) are recorded as their own actor, `emc-calarca`, registered as a
 *   party on 16 April 2024, the day the government's delegation said Mordisco was "out of the table" and the talks
 *   went on with those blocs. The split is recorded by that registration, by the delegation's statement and by the
 *   talks `TalksSuspended` by `emc` (Mordisco's fronts leave them; not said to be for a time). From then on, the talks
 *   and the ceasefire with the faction are the Colombia – `emc-calarca` pair's, and the fighting is the Colombia –
 *   `emc` pair's.
 * - The ceasefire: one bilateral, national, temporary ceasefire (`CFBTNT`) agreed at the installation on 16 October
 *   2023 (`AgreementReached`, kind `ceasefire`, one occurrence with the installation) and in force from 00:00 on 17
 *   October (05:00 UTC) until 15 January 2024; extended on 14 January to 15 July, by the decree and by the two sides'
 *   decision at the third cycle (`AgreementReached`, kind `ceasefire`, one occurrence with the extension; added after
 *   the first run, which had only the decree). Its suspension in Nariño, Cauca and Valle del Cauca from 00:00 on 20
 *   March 2024 is recorded as the national ceasefire `superseded` by a `partial` one (the same parties, every
 *   department but those three, until 15 July), one occurrence. On 16 July the government let it lapse for Mordisco's
 *   fronts (`expired`) and decreed a ceasefire for three months with the blocs that stayed: a new `CeasefireDeclared`
 *   binding Colombia and `emc-calarca`, not an extension, since it binds only the faction; extended on 15 October
 *   (decree 1280, from 16 October to 15 April 2025) with an `AgreementReached` of kind `ceasefire` (the joint statement
 *   of the sixth cycle, one occurrence with the extension). It `expired` at 00:00 on 15 April 2025 (05:00 UTC), not
 *   renewed, recorded on 17 April when Reuters reported the government would not extend it; the talks were said to go
 *   on. Sources differ on dates: Colombia One dates the first ceasefire from 13 October, Colombia Reports (8 July 2024)
 *   gives 16 August as the expiry of the ceasefire then in force, and Reuters (April 2025) says the faction's ceasefire
 *   had been in effect since December 2023; the decrees' dates as most outlets give them are recorded.
 * - El Plateado (4–5 November 2023): about 200 soldiers and police surrounded and held by villagers the army says the
 *   EMC's Carlos Patiño front mobilised: `detention` by the EMC, as alleged by Colombia (no shot fired), ended by a
 *   `release` on the 5th. The EMC's suspension of the table the same day, "declared suspended" pending a government
 *   document, with a warning of a definitive rupture and the ceasefire kept, is `TalksSuspended` by the EMC, not
 *   marked temporary; the government's announcement on 15 November that the scheduled meetings resume is
 *   `TalksResumed` by Colombia (the EMC had not answered; the talks went on in late November, no dated source found).
 * - Toribío (16 March 2024): the Dagoberto Ramos column fired on the Nasa community and its indigenous guard trying to
 *   stop the abduction of a minor; one leader killed (Carmelina Yule Paví), two injured: `lethal-force` by the EMC on
 *   Colombia's people (not armed action between the forces), one occurrence with the government's report of a breach
 *   of the ceasefire (`CeasefireViolationReported`, one killed). Defence Minister Velásquez's decree of 17 March
 *   ordering offensive operations to resume against the EMC in the three departments is `military-threat`; Petro's
 *   charge that the EMC used the talks to strengthen itself is `accusation`.
 * - Armed action between the pair, each by what its sources describe: Argelia (3 May 2024, the Carlos Patiño front's
 *   ambush of soldiers waiting for a helicopter, four killed) `clash`; Morales (20 May, gunfire and cylinder bombs on
 *   the police station, two police officers and two detainees killed) `clash`; the motorbike bomb by the police
 *   lodging at Jamundí the same day (six injured) `militant-attack` by the EMC against Colombia; Cajibío (13 June,
 *   attacks on two police stations, the army and air force in support) `clash`; Morales (18 June, 15 minutes of fire)
 *   `clash`; Operation Perseo (12 October, 1,400 troops with armour and aircraft take El Plateado) `clash` by Colombia
 *   against the EMC, not `scale: major` (a town taken with two captures, no battle reported), and the EMC's drone
 *   attack there the same afternoon (17 injured) `drone-strike`; Guapi (2 November, explosives carried to the police
 *   station blew up early, two dissidents killed, two police injured) `militant-attack`.
 * - Left out for want of a dated source or of time: the guarantor countries (none recorded as mediators), the second
 *   and later cycles' dates before July 2024, the three attacks on military posts in early April 2024, the Miranda
 *   blast of 17 May 2024 (civilians killed, no target of the pair's), Mordisco's Amazon bloc's declaration of war on
 *   Calarcá's fronts (that pair's, not the negotiation's), and every clash from July to September 2024.
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'colombia-emc-talks-2023';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 2023);

const COLOMBIA: Actor = {
  id: 'colombia',
  name: 'Colombia (government)',
  kind: 'state',
  aliases: ['Government of Colombia', 'Petro government', 'National Army', 'National Police', 'Fuerza Pública'],
};
const EMC: Actor = {
  id: 'emc',
  name: 'Estado Mayor Central de las FARC-EP (EMC)',
  kind: 'armed-group',
  aliases: ['EMC', 'Central General Staff', 'FARC dissidents', 'FARC-EMC', 'Iván Mordisco'],
};
const EMC_CALARCA: Actor = {
  id: 'emc-calarca',
  name: "EMC blocs that stayed in the talks (Calarcá's faction)",
  kind: 'armed-group',
  aliases: [
    'Calarcá Córdoba',
    'Bloque Magdalena Medio Comandante Gentil Duarte',
    'Bloque Comandante Jorge Suárez Briceño',
    'Frente Raúl Reyes',
    'Estado Mayor de Bloques y Frentes',
  ],
};

const PETRO: Person = { name: 'Gustavo Petro', title: 'President of Colombia', actorId: 'colombia' };
const GONZALEZ: Person = {
  name: 'Camilo González Posso',
  title: 'Head of the government delegation',
  actorId: 'colombia',
};
const VELASQUEZ: Person = { name: 'Iván Velásquez', title: 'Defence Minister of Colombia', actorId: 'colombia' };
const EMC_COMMAND: Person = { name: 'EMC (communiqué)', actorId: 'emc' };

const ROUND = {
  tibu: 'tibu-2023-10',
  bogota2024: 'bogota-2024-07',
  sixth: 'bogota-2024-10',
};
const CF = {
  national: 'cfbtnt-2023',
  partial: 'cfbtnt-2024-partial',
  faction: 'cf-emc-calarca-2024',
};
const O = {
  installation: 'tibu-installation-2023-10-16',
  elPlateado: 'el-plateado-2023-11-04',
  extensionJan: 'cfbtnt-extension-2024-01-14',
  toribio: 'toribio-2024-03-16',
  suspension: 'cfbtnt-suspended-2024-03-20',
  lapse: 'cfbtnt-lapse-2024-07-16',
  extension: 'faction-extension-2024-10-16',
};

const S = {
  pledgetimesSep20: source(
    'Colombia and FARC dissidents announce ten-month ceasefire starting in October',
    'Pledge Times',
    'https://pledgetimes.com/colombia-and-farc-dissidents-announce-ten-month-ceasefire-starting-in-october/',
    '2023-09-20',
    'C',
    2,
  ),
  actualidadOct16: source(
    'Gobierno colombiano y principal disidencia de las FARC anuncian cese al fuego de 3 meses',
    'Actualidad y Gente (EFE)',
    'https://actualidadygente.com/2023/10/gobierno-colombiano-y-principal-disidencia-de-las-farc-anuncian-cese-al-fuego-de-3-meses/',
    '2023-10-16',
    'C',
    1,
  ),
  chicureoOct16: source(
    'Colombia da pasos hacia la paz total con un cese al fuego bilateral con las disidencias',
    'El Diario de Chicureo (EFE)',
    'http://chicureo.com/eldiario/mundo/america/2023_10_16_colombia-da-pasos-hacia-la-paz-total-con-un-cese-al-fuego-bilateral-con-las-disidencias',
    '2023-10-16',
    'C',
    1,
  ),
  opovoNov5: source(
    'Dissidentes das Farc deixam negociações na Colômbia por violações',
    'O Povo (AFP)',
    'https://www.opovo.com.br/noticias/mundo/2023/11/05/dissidentes-das-farc-deixam-negociacoes-na-colombia-por-violacoes.html',
    '2023-11-05',
    'B',
    2,
  ),
  breakinglatestNov6: source(
    'FARC dissidents declare suspension of dialogue table and agenda with Colombian government',
    'Breaking Latest News',
    'https://www.breakinglatest.news/world/farc-dissidents-declare-suspension-of-dialogue-table-and-agenda-with-colombian-government/',
    '2023-11-06',
    'C',
    1,
  ),
  publimetroNov15: source(
    'Gobierno colombiano dispuesto a reanudar diálogo con disidencias de las FARC',
    'Publimetro México (AP)',
    'https://www.publimetro.com.mx/noticias/2023/11/15/gobierno-colombiano-dispuesto-a-reanudar-dialogo-con-disidencias-de-las-farc/',
    '2023-11-15',
    'B',
    1,
  ),
  pledgetimesJan15: source(
    'Colombia extends ceasefire with FARC dissent for six months',
    'Pledge Times',
    'https://pledgetimes.com/colombia-extends-ceasefire-with-farc-dissent-for-six-months',
    '2024-01-15',
    'C',
    1,
  ),
  colombiaoneJan15: source(
    'Colombia Extends Ceasefire with Guerrillas for Six More Months',
    'Colombia One',
    'https://colombiaone.com/2024/01/15/colombia-extends-ceasefire-guerrillas-six-months/',
    '2024-01-15',
    'C',
    1,
  ),
  telesurMar17: source(
    'Colombia: Bilateral Ceasefire Suspended With FARC Dissidence',
    'teleSUR English',
    'https://www.telesurenglish.net/news/Colombia-Bilateral-Ceasefire-Suspended-With-FARC-Dissidence-20240317-0011.html',
    '2024-03-17',
    'C',
    1,
  ),
  pledgetimesMar17: source(
    'The Government of Colombia suspends ceasefire with main FARC dissidents in three regions',
    'Pledge Times (EFE)',
    'https://pledgetimes.com/the-government-of-colombia-suspends-ceasefire-with-main-farc-dissidents-in-three-regions/',
    '2024-03-17',
    'C',
    1,
  ),
  devdiscourseMar18: source(
    'Colombia suspends ceasefire with EMC armed group in three areas - decree',
    'Devdiscourse (Reuters)',
    'https://www.devdiscourse.com/article/business/2861332-colombia-suspends-ceasefire-with-emc-armed-group-in-three-areas---decree',
    '2024-03-18',
    'B',
    1,
  ),
  codelistMar18: source(
    'Bogota partially suspends ceasefire with FARC dissidents',
    'Codelist (Le Monde)',
    'https://codelist.biz/bogota-partially-suspends-ceasefire-with-farc-dissidents/',
    '2024-03-18',
    'C',
    2,
  ),
  rcnApr16: source(
    "'Iván Mordisco' está fuera de la mesa, estaríamos dispuestos a hablar: jefe negociador del Gobierno con disidencias",
    'Noticias RCN',
    'https://www.noticiasrcn.com/colombia/gobierno-explica-como-estan-los-dialogos-con-las-disidencias-de-las-farc-682572',
    '2024-04-16',
    'B',
    1,
  ),
  uolApr16: source(
    'Comandante da principal dissidência das Farc abandona negociações de paz, diz governo da Colômbia',
    'UOL (AFP)',
    'https://noticias.uol.com.br/ultimas-noticias/afp/2024/04/16/comandante-da-principal-dissidencia-das-farc-abandona-negociacoes-de-paz-governo-da-colombia.htm',
    '2024-04-16',
    'B',
    1,
  ),
  infobaeMay4: source(
    'Militares emboscados clamaron por ayuda durante ataque de las disidencias: "nos tienen rodeados, nos van a matar"',
    'Infobae',
    'https://www.infobae.com/colombia/2024/05/04/militares-emboscados-clamaron-por-ayuda-durante-ataque-de-las-disidencias-nos-tienen-rodeados-nos-van-a-matar/',
    '2024-05-04',
    'B',
    2,
  ),
  infobaeMay7: source(
    'Se registró explosión en el corregimiento de El Plateado, en pleno casco urbano de Argelia, Cauca',
    'Infobae',
    'https://www.infobae.com/colombia/2024/05/07/se-registro-explosion-en-el-corregimiento-de-el-plateado-en-pleno-casco-urbano-de-argelia-cauca/',
    '2024-05-07',
    'B',
    2,
  ),
  krdoMay20: source(
    'Violence intensifies in southwest Colombia as FARC holdout group attacks police and military',
    'KRDO (AP)',
    'https://krdo.com/news/ap-national-news/2024/05/20/violence-intensifies-in-southwest-colombia-as-farc-holdout-group-attacks-police-and-military/',
    '2024-05-20',
    'B',
    2,
  ),
  newsessentialsMay23: source(
    'Four people die in attacks by FARC dissidents in southwestern Colombia',
    'News Essentials (El País)',
    'https://newsessentials.wordpress.com/2024/05/23/four-people-die-in-attacks-by-farc-dissidents-in-southwestern-colombia',
    '2024-05-23',
    'C',
    2,
  ),
  telesurJun14: source(
    'FARC Forces Attacks Police Station in Cauca',
    'teleSUR English',
    'https://telesurenglish.net/farc-forces-attacks-police-station-in-cauca',
    '2024-06-14',
    'C',
    2,
  ),
  eseuroJun19: source(
    'FARC dissidents attacked the Morales Police Station, Cauca',
    'Euro Weekly (Caracol TV)',
    'https://euro.eseuro.com/local/2652966.html',
    '2024-06-19',
    'C',
    2,
  ),
  colombiareportsJul8: source(
    'Colombia resumes peace talks with dissident EMC faction',
    'Colombia Reports',
    'https://colombiareports.com/colombia-resumes-peace-talks-with-dissident-emc-faction/',
    '2024-07-08',
    'B',
    1,
  ),
  kesqJul16: source(
    'Colombia ends cease-fire with largest faction of FARC rebel holdout group',
    'KESQ (AP)',
    'https://kesq.com/news/2024/07/16/colombia-ends-cease-fire-with-largest-faction-of-farc-rebel-holdout-group/',
    '2024-07-16',
    'B',
    1,
  ),
  infobaeOct13: source(
    'Defensora del Pueblo le reclamó a Petro por involucrar civiles caucanos en acción militar en El Plateado',
    'Infobae',
    'https://infobae.com/colombia/2024/10/13/defensora-del-pueblo-le-reclamo-a-petro-por-involucrar-civiles-caucanos-en-accion-militar-en-el-plateado',
    '2024-10-13',
    'B',
    2,
  ),
  periodicodelmetaOct16: source(
    'Decretan ampliación del cese al fuego por seis meses más con las disidencias de Calarcá',
    'Periódico del Meta',
    'https://periodicodelmeta.com/decretan-ampliacion-del-cese-al-fuego-por-seis-meses-mas-con-las-disidencias-de-calarca/',
    '2024-10-16',
    'C',
    1,
  ),
  urdupointOct17: source(
    'Colombia Extends Cease-fire With Former FARC Members For 6 Months',
    'UrduPoint (APP)',
    'https://www.urdupoint.com/en/world/colombia-extends-cease-fire-with-former-farc-1872858.html',
    '2024-10-17',
    'C',
    1,
  ),
  latinamericanNov2: source(
    'At least two FARC dissidents killed and two police officers injured in attack in Colombia',
    'Latin American News (EFE)',
    'https://latin-american.news/at-least-two-farc-dissidents-killed-and-two-police-officers-injured-in-attack-in-colombia',
    '2024-11-02',
    'C',
    2,
  ),
  uolApr17: source(
    'Colômbia suspende cessar-fogo com facção guerrilheira das Farc',
    'UOL (Reuters)',
    'https://www.bol.uol.com.br/noticias/2025/04/17/colombia-suspende-cessar-fogo-com-faccao-guerrilheira-das-farc.htm',
    '2025-04-17',
    'B',
    1,
  ),
  devdiscourseApr17: source(
    'Ceasefire Suspension Sparks Questions in Colombia',
    'Devdiscourse (Reuters)',
    'https://www.devdiscourse.com/article/law-order/3350289-ceasefire-suspension-sparks-questions-in-colombia',
    '2025-04-17',
    'B',
    1,
  ),
};

const events = [
  // ===== October 2023: the installation in Tibú, the bilateral ceasefire =====
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '2023-10-16', recordedAt: '2023-10-16T22:00:00Z' },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Colombia – Estado Mayor Central (EMC) peace talks, 2023–2025',
      subject:
        "The dialogue table between Petro's government and the main FARC dissidence, installed in Tibú: a bilateral ceasefire with respect for the civilian population, an agenda, territorial transformations and the end of the armed conflict",
      parties: [COLOMBIA, EMC],
      mediators: [],
    },
    [S.actualidadOct16, S.chicureoOct16],
    {
      note: 'The UN Verification Mission, the OAS and the Episcopal Conference verify the ceasefire; the guarantor countries are not recorded (no source found that names them at the installation). A bilateral suspension of offensive operations held from 8 October until the ceasefire began (Breaking Latest, 9 October 2023).',
    },
  ),
  ev(
    'TalksRoundOpened',
    'round-tibu-open',
    { occurredAt: '2023-10-16', recordedAt: '2023-10-16T22:05:00Z' },
    {
      roundId: ROUND.tibu,
      label: 'Installation of the dialogue table, Tibú',
      format: 'formal',
      venue: 'Tibú, Norte de Santander (Catatumbo)',
      delegations: [
        { actorId: 'colombia', head: GONZALEZ },
        { actorId: 'emc', head: { name: 'Andrey Avendaño', title: 'Head of the EMC delegation', actorId: 'emc' } },
      ],
    },
    [S.chicureoOct16, S.pledgetimesSep20],
    { occurrence: O.installation },
  ),
  ev(
    'AgreementReached',
    'agr-cfbtnt',
    { occurredAt: '2023-10-16', recordedAt: '2023-10-16T22:10:00Z' },
    {
      agreementId: 'cfbtnt-agreement-2023',
      kind: 'ceasefire',
      provisions: [
        'A bilateral, temporary, national ceasefire with territorial impact, on the basis of an agreement for the respect of the civilian population',
        'From 17 October 2023 for three months, until 15 January 2024',
        'Verification by a mechanism with the UN, the OAS and the Church',
      ],
      signatories: ['colombia', 'emc'],
      textPublic: true,
      roundId: ROUND.tibu,
    },
    [S.actualidadOct16, S.chicureoOct16],
    { occurrence: O.installation },
  ),
  ev(
    'TalksRoundConcluded',
    'round-tibu-concluded',
    { occurredAt: '2023-10-16', recordedAt: '2023-10-16T22:15:00Z' },
    {
      roundId: ROUND.tibu,
      outcome: 'agreement',
      summary: 'The table installed with the ceasefire decree signed and the delegates named.',
    },
    [S.chicureoOct16],
    { occurrence: O.installation },
  ),
  ev(
    'CeasefireDeclared',
    'cf-national',
    { occurredAt: '2023-10-17T05:00:00Z', recordedAt: '2023-10-17T12:00:00Z' },
    {
      ceasefireId: CF.national,
      parties: ['colombia', 'emc'],
      scope:
        'Bilateral and temporary, national with territorial impact (CFBTNT): no offensive military operations or police operations against the EMC, no offensive actions by the EMC, respect for the civilian population; from 00:00 on 17 October 2023',
      duration: 'temporary',
      until: '2024-01-16T05:00:00Z',
    },
    [S.actualidadOct16, S.chicureoOct16],
    {
      note: 'The decree was published on 16 October, minutes before the installation; in force from 00:00 COT on the 17th.',
    },
  ),
  // ===== November 2023: El Plateado, the EMC suspends the table =====
  ev(
    'IncidentReported',
    'inc-el-plateado-held',
    { occurredAt: '2023-11-04', recordedAt: '2023-11-06T12:00:00Z' },
    {
      incidentId: 'el-plateado-2023-11-04',
      kind: 'detention',
      perpetrator: 'emc',
      allegedBy: 'colombia',
      against: 'colombia',
      target: 'About 200 soldiers of the urban special forces battalion (BAFUR) and two police officers',
      place: 'El Plateado, Argelia, Cauca',
      description:
        'Villagers the army says were mobilised by the EMC surround and hold a military unit sent to secure the elections, demanding that the army leave the Micay canyon; no shot fired.',
    },
    [S.opovoNov5, S.breakinglatestNov6],
    { occurrence: O.elPlateado },
  ),
  ev(
    'IncidentReported',
    'inc-el-plateado-released',
    { occurredAt: '2023-11-05', recordedAt: '2023-11-06T12:05:00Z' },
    {
      incidentId: 'el-plateado-release-2023-11-05',
      kind: 'release',
      perpetrator: 'emc',
      allegedBy: 'colombia',
      against: 'colombia',
      place: 'El Plateado, Argelia, Cauca',
      description: 'The Ombudsman reports that the 198 soldiers and two police officers held have been released.',
    },
    [S.breakinglatestNov6],
  ),
  ev(
    'TalksSuspended',
    'susp-emc-nov5',
    { occurredAt: '2023-11-05', recordedAt: '2023-11-06T12:10:00Z' },
    {
      by: 'emc',
      reason:
        '"From today we declare the dialogue table and the agenda agreed between the Colombian government and the FARC-EP suspended": the state\'s "total" non-compliance, the army not leaving the areas as promised; a warning of a definitive rupture; the bilateral ceasefire "is maintained as we agreed".',
    },
    [S.breakinglatestNov6, S.opovoNov5],
  ),
  ev(
    'StatementMade',
    'stmt-emc-nov5',
    { occurredAt: '2023-11-05', recordedAt: '2023-11-06T12:15:00Z' },
    {
      speaker: EMC_COMMAND,
      audience: 'colombia',
      tone: 'accusation',
      summary:
        'Accuses the government of total non-compliance and of privileging a "militarist vision" over social intervention; talks resume only with a document in which the state commits to every agreement, decree and protocol.',
    },
    [S.breakinglatestNov6],
  ),
  ev(
    'TalksResumed',
    'resumed-nov15',
    { occurredAt: '2023-11-15', recordedAt: '2023-11-15T22:00:00Z' },
    {
      by: 'colombia',
      reason:
        'The government delegation (González Posso, in a video) says the scheduled meetings with the EMC resume, with a new cycle of talks; the EMC has not yet answered.',
    },
    [S.publimetroNov15],
    { note: 'The talks went on in late November; no dated source found for the second cycle.' },
  ),
  // ===== December 2023 – January 2024: kidnapping renounced, the ceasefire extended =====
  ev(
    'StatementMade',
    'stmt-emc-dec12',
    { occurredAt: '2023-12-12', recordedAt: '2024-01-15T20:00:00Z' },
    {
      speaker: EMC_COMMAND,
      audience: 'colombia',
      tone: 'conciliatory',
      summary: 'The EMC announces that it abandons kidnapping for economic purposes.',
    },
    [S.pledgetimesJan15],
  ),
  ev(
    'AgreementReached',
    'agr-cfbtnt-extension',
    { occurredAt: '2024-01-14', recordedAt: '2024-01-15T20:04:00Z' },
    {
      agreementId: 'cfbtnt-extension-2024-01',
      kind: 'ceasefire',
      provisions: [
        'The bilateral ceasefire extended six months, from 16 January to 15 July 2024 (decree 16 of 2024)',
        'Offensive military and police operations against the EMC members in the process stay suspended, as do acts contrary to the Protocol of Rules and Commitments',
      ],
      signatories: ['colombia', 'emc'],
      textPublic: true,
    },
    [S.pledgetimesJan15, S.colombiaoneJan15],
    {
      occurrence: O.extensionJan,
      note: 'The government and the EMC "decided to extend" the ceasefire at the third cycle in Bogotá, where the extension was the central issue (Pledge Times); added after the first run, which had only the decree.',
    },
  ),
  ev(
    'CeasefireExtended',
    'cf-national-extended',
    { occurredAt: '2024-01-14', recordedAt: '2024-01-15T20:05:00Z' },
    {
      ceasefireId: CF.national,
      duration: 'temporary',
      until: '2024-07-16T05:00:00Z',
      terms:
        'Decree signed by Defence Minister Velásquez, on the monitoring mechanism\'s recommendation: the ceasefire extended for six months, from 16 January to 15 July 2024, "to extend the temporary bilateral and national ceasefire with territorial impact"; offensive operations against the EMC stay suspended.',
    },
    [S.colombiaoneJan15, S.pledgetimesJan15],
    {
      occurrence: O.extensionJan,
      note: 'Communicated by the Office of the High Commissioner for Peace on 14 January (Colombia One), during the third cycle of talks in Bogotá, which was to end on the 18th.',
    },
  ),
  // ===== March 2024: Toribío, the ceasefire suspended in three departments =====
  ev(
    'IncidentReported',
    'inc-toribio',
    { occurredAt: '2024-03-16', recordedAt: '2024-03-18T12:00:00Z' },
    {
      incidentId: 'toribio-2024-03-16',
      kind: 'lethal-force',
      perpetrator: 'emc',
      allegedBy: 'colombia',
      against: 'colombia',
      target: 'The Nasa community and its indigenous guard, searching for a minor the dissidents had taken',
      place: 'La Bodega, Toribío, Cauca',
      fatalities: { min: 1, max: 1 },
      civilianFatalities: { min: 1, max: 1 },
      injured: { min: 2, max: 2 },
      description:
        "The EMC's Dagoberto Ramos column fires indiscriminately on the community trying to stop it taking away an indigenous minor; the guard and leader Carmelina Yule Paví is killed, two community members injured.",
    },
    [S.telesurMar17, S.codelistMar18],
    {
      occurrence: O.toribio,
      note: 'First reported as three injured (teleSUR, 17 March); Yule Paví died of her wounds.',
    },
  ),
  ev(
    'CeasefireViolationReported',
    'viol-toribio',
    { occurredAt: '2024-03-16', recordedAt: '2024-03-18T12:05:00Z' },
    {
      ceasefireId: CF.national,
      allegedBy: 'colombia',
      against: 'emc',
      casualties: { min: 1, max: 1 },
      civilianFatalities: { min: 1, max: 1 },
      description: 'Petro calls the attack on the indigenous community at Toribío a violation of the ceasefire.',
    },
    [S.telesurMar17, S.codelistMar18],
    { occurrence: O.toribio },
  ),
  ev(
    'StatementMade',
    'stmt-velasquez-mar17',
    { occurredAt: '2024-03-17', recordedAt: '2024-03-18T12:10:00Z' },
    {
      speaker: VELASQUEZ,
      audience: 'emc',
      tone: 'military-threat',
      summary:
        'Decree: the ceasefire with the EMC suspended in Nariño, Cauca and Valle del Cauca, and "the resumption of offensive military operations and police operations starting at 00:00 on March 20, 2024 against the structures of the Central General Staff" there.',
    },
    [S.pledgetimesMar17, S.devdiscourseMar18],
  ),
  ev(
    'StatementMade',
    'stmt-petro-mar17',
    { occurredAt: '2024-03-17', recordedAt: '2024-03-18T12:15:00Z' },
    {
      speaker: PETRO,
      audience: 'emc',
      tone: 'accusation',
      summary:
        'Says the EMC violated the ceasefire and used the peace talks as a cover to strengthen itself militarily; calls the Toribío attack a horrific crime.',
    },
    [S.codelistMar18],
  ),
  ev(
    'CeasefireEnded',
    'cf-national-superseded',
    { occurredAt: '2024-03-20T05:00:00Z', recordedAt: '2024-03-20T12:00:00Z' },
    {
      ceasefireId: CF.national,
      reason: 'superseded',
      summary:
        'Suspended in Nariño, Cauca and Valle del Cauca from 00:00 on 20 March; kept in the rest of the country (the Amazon, the Venezuelan border).',
    },
    [S.devdiscourseMar18, S.telesurMar17],
    { occurrence: O.suspension },
  ),
  ev(
    'CeasefireDeclared',
    'cf-partial',
    { occurredAt: '2024-03-20T05:00:00Z', recordedAt: '2024-03-20T12:05:00Z' },
    {
      ceasefireId: CF.partial,
      parties: ['colombia', 'emc'],
      scope: 'The CFBTNT everywhere but Nariño, Cauca and Valle del Cauca, where offensive operations resume',
      coverage: 'partial',
      duration: 'temporary',
      until: '2024-07-16T05:00:00Z',
    },
    [S.devdiscourseMar18, S.codelistMar18],
    { occurrence: O.suspension },
  ),
  // ===== April 2024: the split =====
  ev(
    'ActorRegistered',
    'actor-emc-calarca',
    { occurredAt: '2024-04-16', recordedAt: '2024-04-16T20:00:00Z' },
    { actor: EMC_CALARCA, role: 'party' },
    [S.rcnApr16, S.uolApr16],
    {
      note: 'The blocs of the EMC that stay at the table (Briceño, Magdalena Medio, with the Catatumbo, part of Antioquia and the south of Bolívar) under Calarcá; the rest of the EMC, with Mordisco, stays `emc`.',
    },
  ),
  ev(
    'TalksSuspended',
    'susp-emc-apr16',
    { occurredAt: '2024-04-16', recordedAt: '2024-04-16T20:05:00Z' },
    {
      by: 'emc',
      reason:
        'Mordisco and the EMC fronts of Cauca, Nariño and Arauca leave the talks: "Mordisco is out of the table … we do not know where he stands" (González Posso); with them the conversations are frozen.',
    },
    [S.uolApr16, S.rcnApr16],
  ),
  ev(
    'StatementMade',
    'stmt-gonzalez-apr16',
    { occurredAt: '2024-04-16', recordedAt: '2024-04-16T20:10:00Z' },
    {
      speaker: GONZALEZ,
      audience: 'emc',
      tone: 'neutral',
      summary:
        'The table goes on with the Briceño and Magdalena Medio blocs, which keep the ceasefire; the EMC structures in Cauca are not at the table and have no ceasefire; the government would be willing to talk to Mordisco.',
    },
    [S.rcnApr16],
  ),
  // ===== May – June 2024: the fighting with Mordisco's fronts =====
  ev(
    'IncidentReported',
    'inc-argelia',
    { occurredAt: '2024-05-03', recordedAt: '2024-05-07T12:00:00Z' },
    {
      incidentId: 'argelia-2024-05-03',
      kind: 'clash',
      perpetrator: 'emc',
      allegedBy: 'colombia',
      against: 'colombia',
      target: 'An army platoon waiting for a helicopter to evacuate five captured dissidents',
      place: 'Vereda Bolivia, Argelia, Cauca',
      fatalities: { min: 4, max: 4 },
      injured: { min: 2, max: 3 },
      description:
        "About 150 fighters of the Carlos Patiño front ambush a dozen soldiers from several points; hours of combat, artillery and air support; the army had killed three of the front's members the day before and captured five.",
    },
    [S.infobaeMay4, S.infobaeMay7],
    { note: 'Two soldiers killed by the first report (4 May), four by the later count (7 May).' },
  ),
  ev(
    'IncidentReported',
    'inc-morales-may20',
    { occurredAt: '2024-05-20', recordedAt: '2024-05-23T12:00:00Z' },
    {
      incidentId: 'morales-2024-05-20',
      kind: 'clash',
      perpetrator: 'emc',
      allegedBy: 'colombia',
      against: 'colombia',
      target: 'The police station and the Banco Agrario',
      place: 'Morales, Cauca',
      fatalities: { min: 4, max: 4 },
      civilianFatalities: { min: 2, max: 2 },
      injured: { min: 7, max: 7 },
      description:
        'The Jaime Martínez front attacks the police station with gunfire and cylinder bombs for two hours; two patrolmen and two detainees killed, three police officers and four residents injured; a support helicopter hit; the defence minister calls it a terrorist attack.',
    },
    [S.krdoMay20, S.newsessentialsMay23],
  ),
  ev(
    'IncidentReported',
    'inc-jamundi-may20',
    { occurredAt: '2024-05-20', recordedAt: '2024-05-23T12:05:00Z' },
    {
      incidentId: 'jamundi-2024-05-20',
      kind: 'militant-attack',
      perpetrator: 'emc',
      allegedBy: 'colombia',
      against: 'colombia',
      target: 'A hotel lodging police officers sent to reinforce the town',
      place: 'Jamundí, Valle del Cauca',
      injured: { min: 4, max: 6 },
      description:
        'A motorcycle loaded with explosives blows up near the hotel in the town centre; four to six injured, three of them minors.',
    },
    [S.krdoMay20],
  ),
  ev(
    'IncidentReported',
    'inc-cajibio',
    { occurredAt: '2024-06-13', recordedAt: '2024-06-14T18:00:00Z' },
    {
      incidentId: 'cajibio-2024-06-13',
      kind: 'clash',
      perpetrator: 'emc',
      allegedBy: 'colombia',
      against: 'colombia',
      target: 'The police stations of Cajibío and El Caramelo',
      place: 'Cajibío, Cauca',
      description:
        "The Jaime Martínez front attacks two police stations in Cajibío within hours; the army's 29th Brigade and the air force come to the police's support; about fifty homes damaged.",
    },
    [S.telesurJun14],
  ),
  ev(
    'StatementMade',
    'stmt-petro-jun14',
    { occurredAt: '2024-06-14', recordedAt: '2024-06-14T18:05:00Z' },
    {
      speaker: PETRO,
      audience: 'emc',
      tone: 'warning',
      summary:
        'On X: "With these fronts there is neither dialogue nor ceasefire"; the fighting in the Micay canyon goes on in depth, and the bombs elsewhere are meant to dilute the government\'s offensive there.',
    },
    [S.telesurJun14],
  ),
  ev(
    'IncidentReported',
    'inc-morales-jun18',
    { occurredAt: '2024-06-19T03:00:00Z', precision: 'approximate', recordedAt: '2024-06-19T14:00:00Z' },
    {
      incidentId: 'morales-2024-06-18',
      kind: 'clash',
      perpetrator: 'emc',
      allegedBy: 'colombia',
      against: 'colombia',
      target: 'The Morales police station',
      place: 'Morales, Cauca',
      description:
        'A unit of the Jaime Martínez front fires on the police station at night; soldiers of the José Hilario López Battalion engage it for about 15 minutes and it withdraws into the mountains. No casualties reported.',
    },
    [S.eseuroJun19],
    { note: 'Tuesday 18 June, night (local): dated 22:00 COT, approximate.' },
  ),
  // ===== July 2024: the faction's talks, the ceasefire lapses for Mordisco's fronts =====
  ev(
    'TalksRoundOpened',
    'round-bogota2024-open',
    { occurredAt: '2024-07-09', recordedAt: '2024-07-09T20:00:00Z' },
    {
      roundId: ROUND.bogota2024,
      label: 'Talks with the EMC blocs that stayed, Bogotá',
      format: 'formal',
      venue: 'Bogotá',
      delegations: [
        { actorId: 'colombia', head: GONZALEZ },
        { actorId: 'emc-calarca', head: { name: 'Alexander Díaz Mendoza ("Calarcá")', actorId: 'emc-calarca' } },
      ],
    },
    [S.colombiareportsJul8],
    {
      note: 'Announced on 8 July for "Tuesday"; the government says the talks will prioritise agreements to extend the ceasefire. The blocs at the table count some 1,500 fighters.',
    },
  ),
  ev(
    'CeasefireEnded',
    'cf-partial-expired',
    { occurredAt: '2024-07-16T05:00:00Z', recordedAt: '2024-07-16T22:00:00Z' },
    {
      ceasefireId: CF.partial,
      reason: 'expired',
      summary:
        "Not renewed with the EMC's largest faction (Mordisco's fronts): the defence minister says the EMC has split in two and only the smaller faction's ceasefire is extended.",
    },
    [S.kesqJul16],
    { occurrence: O.lapse },
  ),
  ev(
    'CeasefireDeclared',
    'cf-faction',
    { occurredAt: '2024-07-16T05:00:00Z', recordedAt: '2024-07-16T22:05:00Z' },
    {
      ceasefireId: CF.faction,
      parties: ['colombia', 'emc-calarca'],
      scope:
        'The bilateral ceasefire kept for three months with the blocs that stay in the talks (Magdalena Medio, Jorge Suárez Briceño, Frente Raúl Reyes) while the talks continue',
      duration: 'temporary',
      until: '2024-10-16T05:00:00Z',
    },
    [S.kesqJul16],
    { occurrence: O.lapse },
  ),
  // ===== October – November 2024: Operation Perseo, the faction's ceasefire extended, Guapi =====
  ev(
    'IncidentReported',
    'inc-perseo',
    { occurredAt: '2024-10-12T10:00:00Z', recordedAt: '2024-10-13T14:00:00Z' },
    {
      incidentId: 'perseo-2024-10-12',
      kind: 'clash',
      perpetrator: 'colombia',
      allegedBy: 'colombia',
      against: 'emc',
      target: "The Carlos Patiño front, Mordisco's stronghold in the Micay canyon",
      place: 'El Plateado, Argelia, Cauca',
      description:
        'Operation Perseo: from 05:00 some 1,400 soldiers with armoured vehicles and air force support enter El Plateado amid bursts of gunfire and take the village; two suspected members captured.',
    },
    [S.infobaeOct13],
  ),
  ev(
    'IncidentReported',
    'inc-el-plateado-drones',
    { occurredAt: '2024-10-12T21:00:00Z', precision: 'approximate', recordedAt: '2024-10-13T14:05:00Z' },
    {
      incidentId: 'el-plateado-drones-2024-10-12',
      kind: 'drone-strike',
      perpetrator: 'emc',
      allegedBy: 'colombia',
      against: 'colombia',
      target: 'The troops in El Plateado',
      place: 'El Plateado, Argelia, Cauca',
      injured: { min: 17, max: 17 },
      description:
        'In the afternoon the dissidents attack with drones carrying improvised explosives: 17 people injured.',
    },
    [S.infobaeOct13],
    { note: 'Saturday afternoon (local): dated 16:00 COT, approximate.' },
  ),
  ev(
    'TalksRoundOpened',
    'round-sixth-open',
    { occurredAt: '2024-10-11', precision: 'approximate', recordedAt: '2024-10-16T20:00:00Z' },
    {
      roundId: ROUND.sixth,
      label: 'Sixth cycle, Bogotá',
      format: 'formal',
      venue: 'Bogotá',
      delegations: [
        { actorId: 'colombia', head: GONZALEZ },
        { actorId: 'emc-calarca', head: { name: 'Alexander Díaz Mendoza ("Calarcá")', actorId: 'emc-calarca' } },
      ],
    },
    [S.periodicodelmetaOct16],
    {
      note: 'Installed by peace commissioner Otty Patiño "days" before 16 October, for two weeks: dated approximately.',
    },
  ),
  ev(
    'AgreementReached',
    'agr-faction-extension',
    { occurredAt: '2024-10-16', recordedAt: '2024-10-17T12:00:00Z' },
    {
      agreementId: 'faction-ceasefire-2024-10',
      kind: 'ceasefire',
      provisions: [
        'The bilateral ceasefire with the blocs in the talks extended six months, from 16 October 2024 to 15 April 2025, reviewed every three months',
        'The Protocol of Rules and Commitments, respect for the civilian population, a plan of territorial transformations',
      ],
      signatories: ['colombia', 'emc-calarca'],
      textPublic: true,
      roundId: ROUND.sixth,
    },
    [S.urdupointOct17, S.periodicodelmetaOct16],
    { occurrence: O.extension },
  ),
  ev(
    'CeasefireExtended',
    'cf-faction-extended',
    { occurredAt: '2024-10-16T05:00:00Z', recordedAt: '2024-10-17T12:05:00Z' },
    {
      ceasefireId: CF.faction,
      duration: 'temporary',
      until: '2025-04-15T05:00:00Z',
      terms:
        'Decree 1280 of 15 October: offensive military operations and special police operations against the blocs in the talks suspended from 00:00 on 16 October 2024 to 00:00 on 15 April 2025; operations against illegal economies go on.',
    },
    [S.periodicodelmetaOct16, S.urdupointOct17],
    { occurrence: O.extension },
  ),
  ev(
    'IncidentReported',
    'inc-guapi',
    { occurredAt: '2024-11-02', recordedAt: '2024-11-02T22:00:00Z' },
    {
      incidentId: 'guapi-2024-11-02',
      kind: 'militant-attack',
      perpetrator: 'emc',
      allegedBy: 'colombia',
      against: 'colombia',
      target: 'The Guapi police station',
      place: 'Guapi, Cauca',
      fatalities: { min: 2, max: 2 },
      injured: { min: 2, max: 2 },
      description:
        'EMC members carrying explosives to the police station are killed when the charge blows up before they reach it; two police officers injured, much of the town centre damaged; rifle bursts heard before dawn.',
    },
    [S.latinamericanNov2],
  ),
  // ===== April 2025: the faction's ceasefire lapses =====
  ev(
    'CeasefireEnded',
    'cf-faction-expired',
    { occurredAt: '2025-04-15T05:00:00Z', recordedAt: '2025-04-17T20:00:00Z' },
    {
      ceasefireId: CF.faction,
      reason: 'expired',
      summary:
        'The ceasefire with the faction expired at its term; an extension was expected but not agreed in time, and on 17 April the government said it would not prolong it: both sides have 72 hours to move to their own security positions.',
    },
    [S.uolApr17, S.devdiscourseApr17],
  ),
  ev(
    'StatementMade',
    'stmt-petro-apr17',
    { occurredAt: '2025-04-17', recordedAt: '2025-04-17T20:05:00Z' },
    {
      speaker: PETRO,
      audience: 'emc-calarca',
      tone: 'neutral',
      summary:
        'The ceasefire with the faction is not extended, which does not mean the end of the peace talks with it.',
    },
    [S.uolApr17, S.devdiscourseApr17],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'colombia-emc-2023.jsonl',
  logEnd: '2025-04-30T00:00:00Z',
  events,
};

export default definition;
