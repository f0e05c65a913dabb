/**
 * A test fixture, not a shipped example: Ecuador and Mexico over the raid on
 * Mexico's embassy in Quito, from Jorge Glas, Ecuador's former vice-president,
 * taking refuge in the embassy (17 December 2023) to the end of 2025 —
 * López Obrador's remarks on Ecuador's 2023 election (3 April 2024) and
 * Ecuador's declaring Ambassador Raquel Serur persona non grata (4 April);
 * Mexico's grant of asylum to Glas (5 April); the police raid on the embassy
 * that night to arrest him, the deputy head of mission Roberto Canseco forced
 * to the ground; Mexico's breaking of diplomatic relations (5 April), the
 * embassy closed and its 18 staff and families flown home (7 April); the OAS
 * Permanent Council's resolution condemning the raid (10 April); Mexico's
 * application to the International Court of Justice (11 April) and Ecuador's
 * own (29 April); the hearings on provisional measures (30 April – 1 May),
 * where Ecuador gave assurances, and the Court's order of 23 May 2024 (no
 * measures needed, the assurances binding); Mexico's request for Glas's safe
 * passage (5 August 2024); Sheinbaum's refusal to restore relations while
 * Noboa is president (16 April 2025) and the exchange over the Ecuadorian
 * military's report of hitmen coming from Mexico (17–19 April 2025).
 * Escalation model v2 was never tuned on it: it is the case the model is held
 * to in ecuador-mexico-2024.spec.ts, against the calls an analyst makes from
 * DOMAIN.md §5b alone.
 *
 * What it tests that the other cases did not: force used by one state's
 * police on the other's embassy and diplomats (force short of armed action,
 * or armed action?); relations severed and never restored (a hostile measure
 * that lasts); a court case with provisional measures asked for and refused;
 * no armed action between armies; and whether the level falls while
 * relations stay severed.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source. Recorded after the fact,
 * from sources read all at once (`retrospectiveClock`).
 *
 * Grading as in examples/README.md: A = the Court's own documents and the
 * Mexican foreign ministry's own statements (primary); B = established outlet,
 * national news agency or wire copy (AP, AFP, Reuters, EFE, ANSA, DW, El País);
 * C = smaller outlet, aggregator or mirror of a wire story; 2 = an on-record
 * statement or act several outlets agree on, or one established outlet
 * reports; 3 = one side's unverified claim or an unnamed source.
 *
 * Judgement calls, recorded as an analyst would:
 * - The pair is Ecuador and Mexico (the parties). The OAS, CELAC, the United
 *   Nations, the United States (the State Department's statement of 6 April)
 *   and the ICJ are third parties. The Latin American governments that
 *   condemned the raid one by one (Nicaragua broke relations with Ecuador
 *   too) are left out: the OAS vote of 10 April stands for them. Jake
 *   Sullivan's condemnation (9 April) is left out for want of a dated source.
 * - The raid ("late Friday" night, 5 April 2024, in Quito, UTC−5) is one
 *   `non-lethal-force` incident, dated 6 April 03:00 UTC (22:00 in Quito),
 *   `approximate`: the sources give the night, not the hour, and a day-only
 *   date would put it before the asylum granted that day. Ecuador's defence
 *   of it and Mexico's break of relations that same night are dated an hour
 *   later, `approximate` too. The incident is Ecuador's, against Mexico, place "Mexican embassy, Quito": police and special forces broke
 *   through the embassy's outer doors, pointed weapons and forced Canseco to
 *   the ground (the OAS was shown the footage); no shot was fired, and an
 *   embassy is not the sending state's territory, so it is not armed action
 *   (DOMAIN.md §5b: fire, strikes or shelling between the parties' forces or
 *   on the other's territory). "Several diplomats suffered injuries"
 *   (Bárcena) gives no count: no `injured` is recorded, the words are in the
 *   description.
 *   The afternoon's police deployment around the embassy is in the same
 *   incident's description, not a separate one.
 * - Declaring the ambassador persona non grata (4 April) and Mexico's breaking
 *   of relations (5 April) have no development type of their own: each is the
 *   government's statement with CAMEO 161 (reduce or break diplomatic
 *   relations). The closing of the embassy and the departure of the staff (6–7
 *   April) are Mexico's statements, without a code of their own (they carry
 *   out the break). No border was closed, no trade or flights cut.
 * - Mexico's request for a safe conduct for Glas (5 April; again for his
 *   transfer to a third country, 5 August) is a demand, rejected by Ecuador
 *   the night of the raid (its presidency: "we are not going to allow any
 *   criminal to stay free"). Ecuador's demand that Glas cooperate with the
 *   police (17 December 2023) is a demand Mexico answered by granting asylum:
 *   `rejected` on 5 April.
 * - The two applications to the ICJ are each a demand on the other (Mexico's
 *   of 11 April with its request for provisional measures as a second demand;
 *   Ecuador's of 29 April). Ecuador's assurances to the Court (its note of 9
 *   April, repeated at the hearing of 1 May) are its `accepted` on the
 *   provisional-measures demand, and its defence at the hearing its `rejected`
 *   on the application. The hearings and the order are the Court's
 *   statements, not the pair's rounds: the parties argued before a court,
 *   they did not negotiate. The order (23 May) found no measures needed,
 *   holding the assurances binding (the Court's press release; Mexico's foreign
 *   ministry read it so).
 * - Nothing here is an ultimatum: no demand has a deadline or announces a new
 *   consequence. Sheinbaum's "no relations while Noboa is in power" (16 April
 *   2025) is a `critical` statement: the break was already a fact. Ecuador's
 *   military report of hitmen "from Mexico and other countries" sent to attack
 *   Noboa (dated 17 April 2025, reported 18 April) names criminal groups, not
 *   the Mexican state: an `accusation` statement by Ecuador's Joint Command,
 *   with no incident (no attack happened), and Mexico's rejection of it (19
 *   April) is its `accusation` back.
 * - Ecuador's openness to "rebuild relations of trust with Mexico through
 *   constructive dialogue" (10 April 2024, with Sommerfeld's "no apology") is
 *   recorded as a `neutral` statement; no talks between the two were held.
 * - Left out for want of a dated source found in time: Ecuador's request (early
 *   2024) for Mexico's consent to enter the embassy; the OAS General
 *   Secretariat's first statement (6 April); the CELAC virtual summit of 16
 *   April (only a report of its being convened, 10 April, is dated); the ICJ's
 *   order on time-limits (19 July 2024); any development between the two from
 *   May to December 2025 (none was found: relations stayed broken). Days with
 *   nothing recorded are not days with nothing said.
 */
import type { Actor, NegotiationEvent, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, retrospectiveClock, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'ecuador-mexico-2024';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 2024);
const when = retrospectiveClock('2026-12-06T12:00:00Z');

const ECUADOR: Actor = {
  id: 'ecuador',
  name: 'Republic of Ecuador',
  kind: 'state',
  aliases: ['Ecuador', 'Quito'],
};
const MEXICO: Actor = {
  id: 'mexico',
  name: 'United Mexican States',
  kind: 'state',
  aliases: ['Mexico', 'México', 'Mexico City'],
};
const OAS: Actor = {
  id: 'oas',
  name: 'Organization of American States',
  kind: 'international-organisation',
  aliases: ['OAS', 'OEA'],
};
const USA: Actor = {
  id: 'united-states',
  name: 'United States',
  kind: 'state',
  aliases: ['US', 'Washington'],
};
const UN: Actor = {
  id: 'united-nations',
  name: 'United Nations',
  kind: 'international-organisation',
  aliases: ['UN', 'ONU'],
};
const CELAC: Actor = {
  id: 'celac',
  name: 'Community of Latin American and Caribbean States',
  kind: 'international-organisation',
  aliases: ['CELAC'],
};
const ICJ: Actor = {
  id: 'icj',
  name: 'International Court of Justice',
  kind: 'international-organisation',
  aliases: ['ICJ', 'CIJ', 'World Court'],
};

const SRE: Person = { name: 'Secretaría de Relaciones Exteriores (foreign ministry of Mexico)', actorId: 'mexico' };
const AMLO: Person = { name: 'Andrés Manuel López Obrador', title: 'President of Mexico', actorId: 'mexico' };
const BARCENA: Person = { name: 'Alicia Bárcena', title: 'Foreign Secretary of Mexico', actorId: 'mexico' };
const SHEINBAUM: Person = { name: 'Claudia Sheinbaum', title: 'President of Mexico', actorId: 'mexico' };
const EC_MFA: Person = { name: 'Ministry of Foreign Affairs of Ecuador', actorId: 'ecuador' };
const EC_PRESIDENCY: Person = { name: 'Presidency of Ecuador (office of Daniel Noboa)', actorId: 'ecuador' };
const SOMMERFELD: Person = {
  name: 'Gabriela Sommerfeld',
  title: 'Foreign Minister of Ecuador',
  actorId: 'ecuador',
};
const EC_AGENT: Person = { name: 'Agent of Ecuador before the ICJ', actorId: 'ecuador' };
const COMACO: Person = {
  name: 'Joint Command of the Armed Forces of Ecuador (Comaco)',
  actorId: 'ecuador',
};
const DAVALOS: Person = {
  name: 'Alejandro Dávalos',
  title: 'Vice-Minister of Human Mobility of Ecuador',
  actorId: 'ecuador',
};
const OAS_COUNCIL: Person = { name: 'OAS Permanent Council', actorId: 'oas' };
const GUTERRES: Person = { name: 'António Guterres', title: 'UN Secretary-General', actorId: 'united-nations' };
const ICJ_COURT: Person = { name: 'International Court of Justice', actorId: 'icj' };

const S = {
  glasRefuge: source(
    'Former Ecuadorian vice president Jorge Glas takes refuge in the Mexican embassy in Quito',
    'Pledge Times (EFE)',
    'https://pledgetimes.com/former-ecuadorian-vice-president-jorge-glas-takes-refuge-in-the-mexican-embassy-in-quito/',
    '2023-12-18',
    'C',
    2,
  ),
  elpaisRemarks: source(
    'Ecuador declares Mexican ambassador persona non grata after election statements by López Obrador',
    'El País (English)',
    'https://english.elpais.com/international/2024-04-05/ecuador-declares-mexican-ambassador-persona-non-grata-after-election-statements-by-lopez-obrador.html',
    '2024-04-05',
    'B',
    2,
  ),
  cuencaRemarks: source(
    'Ecuador objects to comments by Mexican president Obrador, tells the ambassador to leave',
    'Cuenca High Life',
    'https://cuencahighlife.com/ecuador-objects-to-comments-by-mexican-president-obrador-tells-the-ambassador-to-leave/',
    '2024-04-05',
    'C',
    2,
  ),
  apPng: source(
    'Ecuador declares Mexican ambassador persona non grata and says she will leave shortly (AP)',
    'KVIA (AP)',
    'https://kvia.com/news/ap-national/2024/04/04/ecuador-declares-mexican-ambassador-persona-non-grata-and-says-she-will-leave-shortly/',
    '2024-04-04',
    'B',
    2,
  ),
  dwPng: source(
    'Ecuador declares Mexico ambassador persona non grata',
    'DW',
    'https://www.dw.com/en/ecuador-declares-mexico-ambassador-persona-non-grata/a-68745123',
    '2024-04-05',
    'B',
    2,
  ),
  asylum: source(
    'Mexico grants political asylum to former vice president of Ecuador Jorge Glas (El País)',
    'Pledge Times',
    'https://pledgetimes.com/mexico-grants-political-asylum-to-former-vice-president-of-ecuador-jorge-glas/',
    '2024-04-05',
    'C',
    2,
  ),
  apRaid: source(
    'Mexico is breaking diplomatic ties with Ecuador after police stormed the embassy in Quito (AP)',
    'The Atlanta Journal-Constitution (AP)',
    'https://www.ajc.com/news/nation-world/mexico-is-breaking-diplomatic-ties-with-ecuador-after-police-stormed-the-embassy-in-quito/LJIECNO4DFBGJFVNBYAKFRJ5FY/',
    '2024-04-06',
    'B',
    2,
  ),
  cnnRaid: source(
    'Police raid Mexican embassy in Ecuador to arrest former vice president (CNN)',
    'Head Topics',
    'https://headtopics.com/us/police-raid-mexican-embassy-in-ecuador-to-arrest-former-50481738',
    '2024-04-06',
    'C',
    2,
  ),
  severs: source(
    'Mexico severs diplomatic ties with Ecuador after embassy raid (AP)',
    'Head Topics',
    'https://headtopics.com/us/mexico-severs-diplomatic-ties-with-ecuador-after-embassy-50478833',
    '2024-04-06',
    'C',
    2,
  ),
  staffLeave: source(
    'Mexican diplomats will leave Ecuador on Sunday after breaking relations (EFE)',
    'Pledge Times',
    'https://pledgetimes.com/mexican-diplomats-will-leave-ecuador-on-sunday-after-breaking-relations/',
    '2024-04-07',
    'C',
    2,
  ),
  ansaLeave: source(
    "Tutto il personale diplomatico messicano lascia l'Ecuador",
    'ANSA',
    'https://www.ansa.it/sito/notizie/mondo/americalatina/2024/04/07/tutto-il-personale-diplomatico-messicano-lascia-lecuador_f04775ed-3a1c-4f57-8f11-54c93207c603.html',
    '2024-04-07',
    'B',
    2,
  ),
  afpLeave: source(
    'México retira seus funcionários diplomáticos do Equador após ruptura de relações (AFP)',
    'UOL (AFP)',
    'https://noticias.uol.com.br/ultimas-noticias/afp/2024/04/07/mexico-retira-seus-funcionarios-diplomaticos-do-equador-apos-ruptura-de-relacoes.htm',
    '2024-04-07',
    'B',
    2,
  ),
  liberation: source(
    'A diplomatic crisis and a wave of international denial after a police raid on the Mexican embassy in Ecuador (Libération)',
    'Iron Blade Online',
    'https://ironbladeonline.com/a-diplomatic-crisis-and-a-wave-of-international-denial-after-a-police-raid-on-the-mexican-embassy-in-ecuador-liberation/',
    '2024-04-07',
    'C',
    2,
  ),
  tribuneUs: source(
    'Respect Vienna Convention, Ecuador, Mexico urged (AP)',
    'The Tribune (India)',
    'https://www.tribuneindia.com/news/world/respect-vienna-convention-ecuador-mexico-urged-608586',
    '2024-04-08',
    'B',
    2,
  ),
  plUs: source(
    'Estados Unidos condena violación de Ecuador a la embajada de México en Quito (Prensa Latina)',
    'Tele Radio América',
    'https://teleradioamerica.com/2024/04/estados-unidos-condena-violacion-de-ecuador-a-la-embajada-de-mexico-en-quito',
    '2024-04-07',
    'C',
    2,
  ),
  postdataOas: source(
    'La crisis diplomática entre Ecuador y México es analizada en la OEA',
    'PostData (Ecuador)',
    'https://postdataec.com/2024/04/09/la-crisis-diplomatica-entre-ecuador-y-mexico-es-analizada-en-la-oea',
    '2024-04-09',
    'C',
    2,
  ),
  telesurOas: source(
    'The OAS Condemns Ecuador for Assaulting the Mexican Embassy',
    'teleSUR English',
    'https://www.telesurenglish.net/news/The-OAS-Condemns-Ecuador-for-Assaulting-the-Mexican-Embassy-20240410-0007.html',
    '2024-04-10',
    'C',
    2,
  ),
  sputnikNoApology: source(
    'Equador vê resolução da OEA sobre invasão à embaixada como justa, mas não se desculpará ao México',
    'Sputnik Brasil',
    'https://noticiabrasil.net.br/amp/20240410/equador-ve-resolucao-da-oea-sobre-invasao-a-embaixada-como-justa-mas-nao-se-desculpara-ao-mexico-34023071.html',
    '2024-04-10',
    'D',
    2,
  ),
  hchCelac: source(
    'México agradece a Honduras por su respaldo tras asalto a su embajada en Ecuador',
    'HCH',
    'https://hch.tv/2024/04/11/mexico-agradece-a-honduras-por-su-respaldo-tras-asalto-a-su-embajada-en-ecuador',
    '2024-04-11',
    'C',
    2,
  ),
  icjApplication: source(
    'Application instituting proceedings and request for the indication of provisional measures (Mexico v. Ecuador)',
    'International Court of Justice',
    'https://icj-cij.org/node/203894',
    '2024-04-11',
    'A',
    1,
  ),
  reutersEcSues: source(
    'Ecuador sues Mexico at ICJ over granting asylum to former VP (Reuters)',
    'The Star (Reuters)',
    'https://www.thestar.com.my/news/world/2024/04/30/ecuador-says-it-has-sued-mexico-over-granting-of-asylum-to-former-vp',
    '2024-04-30',
    'B',
    2,
  ),
  cuencaEcSues: source(
    'Ecuador sues Mexico in international court claiming it violated diplomatic law in Glas asylum (Reuters)',
    'Cuenca High Life',
    'https://cuencahighlife.com/ecuador-sues-mexico-in-international-court-claiming-it-violated-diplomatic-law-in-glas-asylum/',
    '2024-04-29',
    'C',
    2,
  ),
  icjHearing2: source(
    'Public sitting held on Wednesday 1 May 2024 (CR 2024/26), Embassy of Mexico in Quito (Mexico v. Ecuador)',
    'International Court of Justice',
    'https://icj-cij.org/fr/node/204019',
    '2024-05-01',
    'A',
    1,
  ),
  icjHearing1: source(
    'Public sitting held on Tuesday 30 April 2024 (CR 2024/25), Embassy of Mexico in Quito (Mexico v. Ecuador)',
    'International Court of Justice',
    'https://icj-cij.org/index.php/fr/node/203990',
    '2024-04-30',
    'A',
    1,
  ),
  icjSummary: source(
    'Summary of the Order of 23 May 2024, Embassy of Mexico in Quito (Mexico v. Ecuador)',
    'International Court of Justice',
    'https://icj-cij.org/node/204071',
    '2024-05-23',
    'A',
    1,
  ),
  sreOrder: source(
    'The International Court of Justice reaffirms the inviolability of diplomatic missions as established in the Vienna Convention',
    'Secretaría de Relaciones Exteriores (Mexico)',
    'https://www.gob.mx/sre/prensa/the-international-court-of-justice-reaffirms-the-inviolability-of-diplomatic-missions-as-established-in-the-vienna-convention?idiom=en',
    '2024-05-23',
    'A',
    2,
  ),
  juristOrder: source(
    "ICJ rejects Mexico's request for preventive measures against Ecuador to protect embassy",
    'JURIST',
    'https://jurist.org/news/2024/05/icj-rejects-mexicos-request-for-preventive-measures-against-ecuador-to-protect-embassy',
    '2024-05-25',
    'B',
    2,
  ),
  afpSafePassage: source(
    "Mexico asks for jailed Ecuador ex-VP's relocation over health concerns (AFP)",
    'Digital Journal (AFP)',
    'https://www.digitaljournal.com/world/mexico-asks-for-jailed-ecuador-ex-vps-relocation-over-health-concerns/article',
    '2024-08-06',
    'B',
    2,
  ),
  wradioSheinbaum: source(
    'México no reanudará relaciones diplomáticas con Ecuador mientras Noboa sea presidente',
    'W Radio México',
    'https://wradio.com.mx/2025/04/16/mexico-no-reanudara-relaciones-diplomaticas-con-ecuador-mientras-noboa-sea-presidente/',
    '2025-04-16',
    'B',
    2,
  ),
  diariounoSheinbaum: source(
    'México mantiene firmeza contra Ecuador: Sheinbaum ratifica ruptura diplomática mientras Noboa siga en el poder',
    'Diario Uno (Peru)',
    'https://diariouno.pe/2025/04/16/mexico-mantiene-firmeza-contra-ecuador-sheinbaum-ratifica-ruptura-diplomatica-mientras-noboa-siga-en-el-poder',
    '2025-04-16',
    'C',
    2,
  ),
  internazionaleHitmen: source(
    'Americhe in breve (Ecuador: allerta massima, sicari dal Messico; la risposta del Messico)',
    'Internazionale',
    'https://www.internazionale.it/magazine/2025/04/23/americhe-in-breve-numero-1611',
    '2025-04-23',
    'B',
    2,
  ),
  aztecHitmen: source(
    "Mexico Denies Ecuador's Claims of Sending Hitmen to Assassinate Daniel Noboa",
    'The Aztec Journal',
    'https://theaztecjournal.com/international/mexico-denies-ecuadors-claims-of-sending-hitmen-to-assassinate-daniel-noboa',
    '2025-04-21',
    'C',
    2,
  ),
};

/** Demand ids. */
const D = {
  glasCooperate: 'glas-cooperate-with-police',
  safeConduct: 'safe-conduct-for-glas',
  icjMexico: 'icj-mexico-application',
  icjMeasures: 'icj-provisional-measures',
  icjEcuador: 'icj-ecuador-application',
} as const;

/** Occurrence keys. */
const O = {
  refuge: 'glas-refuge-2023-12-17',
  raid: 'embassy-raid-2024-04-05',
  mexicoFiles: 'icj-mexico-filing-2024-04-11',
  ecuadorFiles: 'icj-ecuador-filing-2024-04-29',
  hearing: 'icj-hearing-2024-05-01',
} as const;

const EMBASSY = 'Mexican embassy, Quito';

const events: readonly NegotiationEvent[] = [
  // ===== 17 December 2023: Glas at the embassy =====
  ev(
    'NegotiationOpened',
    'opened',
    when('2023-12-17'),
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Ecuador – Mexico: the raid on the Mexican embassy in Quito, 2024',
      subject:
        "The dispute between Ecuador and Mexico over Jorge Glas's refuge and asylum in Mexico's embassy in Quito: the expulsion of Mexico's ambassador, the police raid on the embassy, Mexico's break of diplomatic relations, the two cases at the International Court of Justice and the relations left broken.",
      parties: [ECUADOR, MEXICO],
      mediators: [],
    },
    [S.glasRefuge],
  ),
  ev(
    'StatementMade',
    'stmt-sre-guest',
    when('2023-12-17'),
    {
      speaker: SRE,
      audience: 'ecuador',
      tone: 'neutral',
      summary:
        'Glas came to the embassy asking to be received and protected, "expressing fear for his safety and personal freedom"; he is there as a guest and has not asked for asylum; a request would be analysed under the treaties both are party to; Mexico is willing to talk with the Ecuadorian authorities.',
    },
    [S.glasRefuge],
    { occurrence: O.refuge },
  ),
  ev(
    'StatementMade',
    'stmt-ecmfa-urges',
    when('2023-12-17'),
    {
      speaker: EC_MFA,
      audience: 'mexico',
      tone: 'critical',
      summary:
        'Ecuador\'s foreign ministry on X: "Ecuador urges the Mexican authorities to invite Mr. Glas to cooperate with the police authorities."',
    },
    [S.glasRefuge],
    { occurrence: O.refuge },
  ),
  ev(
    'DemandTabled',
    'dem-glas-cooperate',
    when('2023-12-17'),
    {
      demandId: D.glasCooperate,
      by: 'ecuador',
      addressedTo: ['mexico'],
      text: 'Mexico invites Jorge Glas to leave its embassy and cooperate with the police, who have orders to bring him before the prosecutor (the reconstruction embezzlement case).',
      category: 'political',
    },
    [S.glasRefuge],
    { occurrence: O.refuge },
  ),
  // ===== 3–5 April 2024: the remarks, the expulsion, the asylum =====
  ev(
    'StatementMade',
    'stmt-amlo-remarks',
    when('2024-04-03'),
    {
      speaker: AMLO,
      audience: 'domestic audience',
      tone: 'critical',
      summary:
        'At his morning press conference, López Obrador links the murder of Fernando Villavicencio to the fall of Luisa González and the rise of Daniel Noboa in Ecuador\'s 2023 election: "a candidate who speaks badly of the candidate who is at the top is suddenly assassinated, and the candidate who was at the top falls"; a corrupt media pushed the narrative.',
    },
    [S.elpaisRemarks, S.cuencaRemarks],
  ),
  ev(
    'StatementMade',
    'stmt-ecmfa-png',
    when('2024-04-04'),
    {
      speaker: EC_MFA,
      audience: 'mexico',
      tone: 'critical',
      summary:
        'Ecuador declares Mexico\'s ambassador, Raquel Serur Smeke, persona non grata over López Obrador\'s "very unfortunate" remarks: she must leave "shortly"; Ecuador "is still grieving" Villavicencio; the measure "does not mean breaking diplomatic relations".',
    },
    [S.apPng, S.dwPng],
    { cameo: '161', note: 'The expulsion of the ambassador recorded as the announcement (CAMEO 161).' },
  ),
  ev(
    'StatementMade',
    'stmt-amlo-no-break',
    when('2024-04-05'),
    {
      speaker: AMLO,
      audience: 'ecuador',
      tone: 'critical',
      summary:
        'López Obrador rules out answering in kind: "We are not going to break relations, nor are we going to do the same with the ambassador of Ecuador. We are going to go look for Raquel Serur."',
    },
    [S.asylum],
  ),
  ev(
    'StatementMade',
    'stmt-sre-asylum',
    when('2024-04-05'),
    {
      speaker: SRE,
      audience: 'ecuador',
      tone: 'neutral',
      summary:
        'Mexico grants political asylum to Jorge Glas, at its embassy in Quito since 17 December, and asks Ecuador for the safe conduct he needs to leave the country.',
    },
    [S.asylum, S.apRaid],
  ),
  ev(
    'PositionTaken',
    'pos-mexico-cooperate-rejected',
    when('2024-04-05'),
    {
      demandId: D.glasCooperate,
      actorId: 'mexico',
      stance: 'rejected',
      quote: 'Mexico grants political asylum to Jorge Glas.',
      speaker: SRE,
    },
    [S.asylum],
  ),
  ev(
    'DemandTabled',
    'dem-safe-conduct',
    when('2024-04-05'),
    {
      demandId: D.safeConduct,
      by: 'mexico',
      addressedTo: ['ecuador'],
      text: "Ecuador grants Jorge Glas, now Mexico's asylee, safe conduct to leave the country.",
      category: 'humanitarian',
    },
    [S.asylum],
  ),
  // ===== Night of 5 April 2024: the raid and the break =====
  ev(
    'IncidentReported',
    'inc-raid',
    when('2024-04-06T03:00:00Z', 'approximate'),
    {
      incidentId: 'embassy-raid-2024-04-05',
      kind: 'non-lethal-force',
      perpetrator: 'ecuador',
      against: 'mexico',
      target: "Mexico's embassy and diplomatic staff; Jorge Glas, Mexico's asylee",
      place: EMBASSY,
      description:
        "After a police deployment around the embassy in the afternoon (Mexico complained of 'harassment'), Ecuadorian police and special forces in helmets and vests break through the embassy's outer doors late on Friday night, enter the main patio and take Glas away; the deputy head of mission, Roberto Canseco, is forced to the ground at gunpoint. No shot fired. Bárcena: several diplomats injured (no count given).",
    },
    [S.apRaid, S.cnnRaid, S.telesurOas],
    { occurrence: O.raid },
  ),
  ev(
    'StatementMade',
    'stmt-ec-presidency-raid',
    when('2024-04-06T04:00:00Z', 'approximate'),
    {
      speaker: EC_PRESIDENCY,
      audience: 'mexico',
      tone: 'critical',
      summary:
        'Noboa\'s office defends the raid: "Ecuador is a sovereign nation and we are not going to allow any criminal to stay free"; Glas, sentenced by the Ecuadorian courts, has been arrested and placed under the orders of the competent authorities.',
    },
    [S.apRaid],
    { occurrence: O.raid },
  ),
  ev(
    'PositionTaken',
    'pos-ecuador-safe-conduct-rejected',
    when('2024-04-06T04:00:00Z', 'approximate'),
    {
      demandId: D.safeConduct,
      actorId: 'ecuador',
      stance: 'rejected',
      quote: 'Ecuador is a sovereign nation and we are not going to allow any criminal to stay free.',
      speaker: EC_PRESIDENCY,
    },
    [S.apRaid],
    { occurrence: O.raid },
  ),
  ev(
    'StatementMade',
    'stmt-amlo-raid',
    when('2024-04-06T04:00:00Z', 'approximate'),
    {
      speaker: AMLO,
      audience: 'ecuador',
      tone: 'accusation',
      summary:
        'López Obrador on X: Ecuadorian police "forcibly entered our embassy and detained the former vice-president … This is a flagrant violation of international law and the sovereignty of Mexico"; an "authoritarian act".',
    },
    [S.apRaid, S.cnnRaid],
  ),
  ev(
    'StatementMade',
    'stmt-barcena-break',
    when('2024-04-06T04:00:00Z', 'approximate'),
    {
      speaker: BARCENA,
      audience: 'ecuador',
      tone: 'accusation',
      summary:
        '"In view of the flagrant and serious violation of the Vienna Convention on Diplomatic Relations, in particular of the principle of inviolability of Mexico\'s diplomatic premises and personnel … Mexico announces that it is immediately breaking diplomatic relations with Ecuador." The staff will leave at once; Mexico condemns the violence against Canseco and will go to the International Court of Justice.',
    },
    [S.apRaid, S.severs],
    { cameo: '161', note: 'The break of diplomatic relations (CAMEO 161); never reversed in this log.' },
  ),
  // ===== 6–10 April 2024: the staff withdrawn, the region's condemnation =====
  ev('ActorRegistered', 'actor-un', when('2024-04-06'), { actor: UN, role: 'third-party' }, [S.liberation]),
  ev(
    'StatementMade',
    'stmt-guterres',
    when('2024-04-06'),
    {
      speaker: GUTERRES,
      audience: 'Ecuador and Mexico',
      tone: 'critical',
      summary:
        "Guterres's spokesperson: the Secretary-General is alarmed by the raid, which undermines the conduct of normal international relations; he calls for restraint.",
    },
    [S.liberation],
  ),
  ev(
    'StatementMade',
    'stmt-sre-close',
    when('2024-04-06'),
    {
      speaker: SRE,
      audience: 'ecuador',
      tone: 'neutral',
      summary:
        'The embassy in Quito closes indefinitely and suspends consular services; the 1,600 Mexicans in Ecuador will be served from the embassies in Chile, Colombia and Peru; 18 staff and family members fly home on Sunday, accompanied to the airport by the staff of friendly countries.',
    },
    [S.staffLeave, S.ansaLeave],
  ),
  ev('ActorRegistered', 'actor-usa', when('2024-04-06'), { actor: USA, role: 'third-party' }, [S.tribuneUs]),
  ev(
    'ThirdPartyEngagement',
    'tpe-usa-miller',
    when('2024-04-06'),
    {
      actorId: 'united-states',
      counterparts: ['ecuador', 'mexico'],
      kind: 'outreach',
      summary:
        'State Department spokesman Matthew Miller: the United States "condemns any violation of the Vienna Convention on Diplomatic Relations" and takes very seriously the obligation to respect the inviolability of diplomatic missions; Mexico and Ecuador are "crucial partners", urged to resolve their differences in accordance with international norms.',
    },
    [S.tribuneUs, S.plUs],
  ),
  ev('ActorRegistered', 'actor-celac', when('2024-04-07'), { actor: CELAC, role: 'third-party' }, [S.liberation]),
  ev(
    'ThirdPartyEngagement',
    'tpe-celac-convenes',
    when('2024-04-07'),
    {
      actorId: 'celac',
      counterparts: ['mexico', 'ecuador'],
      kind: 'meeting',
      summary:
        "Honduras's Xiomara Castro, CELAC's pro tempore president, convenes an emergency meeting; CELAC condemns any violation of the Vienna Convention and urges both to settle their dispute by international norms.",
    },
    [S.liberation],
  ),
  ev(
    'StatementMade',
    'stmt-barcena-staff-home',
    when('2024-04-07'),
    {
      speaker: BARCENA,
      audience: 'ecuador',
      tone: 'critical',
      summary:
        'The 18 leave Quito on a commercial flight, accompanied by the ambassadors of Germany, Panama, Cuba and Honduras: "Our diplomatic staff leaves everything in Ecuador and returns home with their heads and the name of Mexico held high after the assault on our Embassy."',
    },
    [S.afpLeave, S.ansaLeave],
  ),
  ev('ActorRegistered', 'actor-oas', when('2024-04-09'), { actor: OAS, role: 'third-party' }, [S.postdataOas]),
  ev(
    'StatementMade',
    'stmt-davalos-oas',
    when('2024-04-09'),
    {
      speaker: DAVALOS,
      audience: 'mexico',
      tone: 'accusation',
      summary:
        'Before the OAS Permanent Council, convened at Ecuador\'s request (Mexico absent), Dávalos defends the raid: the asylum granted to Glas, a convicted fugitive and an "imminent flight risk", violated Ecuador\'s sovereignty and "may respond to assessments of political affinity, not of a legal and diplomatic nature". The delegates who speak condemn the raid and call for dialogue.',
    },
    [S.postdataOas],
  ),
  ev(
    'StatementMade',
    'stmt-oas-resolution',
    when('2024-04-10'),
    {
      speaker: OAS_COUNCIL,
      audience: 'ecuador',
      tone: 'critical',
      summary:
        'The Permanent Council resolves (29 for, Ecuador against, El Salvador abstaining, Mexico absent) to "strongly condemn the intrusion into the facilities of the Mexican Embassy in Ecuador and the acts of violence carried out against the integrity and dignity of the diplomatic staff"; it recalls the Diplomatic Asylum Convention and non-interference, urges the two to start a dialogue and offers its good offices.',
    },
    [S.telesurOas],
  ),
  ev(
    'StatementMade',
    'stmt-sommerfeld-no-apology',
    when('2024-04-10'),
    {
      speaker: SOMMERFELD,
      audience: 'mexico',
      tone: 'neutral',
      summary:
        'Sommerfeld calls the resolution fair, since it also notes the misuse of diplomatic premises, but says there will be no apology; the ministry reiterates Ecuador\'s "openness to rebuild relations of trust with Mexico through constructive dialogue".',
    },
    [S.sputnikNoApology],
  ),
  ev(
    'ThirdPartyEngagement',
    'tpe-celac-call',
    when('2024-04-10'),
    {
      actorId: 'celac',
      counterparts: ['mexico'],
      kind: 'meeting',
      summary:
        'López Obrador and Bárcena speak with Castro about the CELAC extraordinary virtual summit of 16 April; Mexico thanks Honduras for giving the raid top priority.',
    },
    [S.hchCelac],
  ),
  // ===== 11 April – 23 May 2024: the Court =====
  ev('ActorRegistered', 'actor-icj', when('2024-04-11'), { actor: ICJ, role: 'third-party' }, [S.icjApplication]),
  ev(
    'DemandTabled',
    'dem-icj-mexico',
    when('2024-04-11'),
    {
      demandId: D.icjMexico,
      by: 'mexico',
      addressedTo: ['ecuador'],
      text: "Mexico's application to the ICJ: that the Court declare Ecuador in breach of the UN Charter, the OAS Charter and the Vienna Convention by forcing its way into the embassy and assaulting its staff; a public apology, guarantees of non-repetition and reparation; Ecuador's suspension from the UN until it apologises.",
      category: 'political',
    },
    [S.icjApplication],
    { occurrence: O.mexicoFiles },
  ),
  ev(
    'DemandTabled',
    'dem-icj-measures',
    when('2024-04-11'),
    {
      demandId: D.icjMeasures,
      by: 'mexico',
      addressedTo: ['ecuador'],
      text: "Provisional measures: full protection and security of the embassy premises, property and archives, preventing any intrusion; Mexico allowed to clear its premises and its diplomats' residences; no act that aggravates or widens the dispute.",
      category: 'procedural',
    },
    [S.icjApplication, S.icjSummary],
    { occurrence: O.mexicoFiles },
  ),
  ev(
    'DemandTabled',
    'dem-icj-ecuador',
    when('2024-04-29'),
    {
      demandId: D.icjEcuador,
      by: 'ecuador',
      addressedTo: ['mexico'],
      text: "Ecuador's application to the ICJ: that the Court declare that Mexico, from 17 December 2023, misused its embassy to shield Glas from Ecuador's criminal law, wrongly granted asylum to a person indicted or tried for common crimes, and interfered in Ecuador's internal affairs.",
      category: 'political',
    },
    [S.cuencaEcSues, S.reutersEcSues],
    { occurrence: O.ecuadorFiles },
  ),
  ev(
    'StatementMade',
    'stmt-icj-hearings',
    when('2024-04-30'),
    {
      speaker: ICJ_COURT,
      audience: 'Ecuador and Mexico',
      tone: 'neutral',
      summary: "The Court hears Mexico (30 April) and Ecuador (1 May) on Mexico's request for provisional measures.",
    },
    [S.icjHearing1, S.icjHearing2],
  ),
  ev(
    'PositionTaken',
    'pos-ecuador-measures-assured',
    when('2024-05-01'),
    {
      demandId: D.icjMeasures,
      actorId: 'ecuador',
      stance: 'accepted',
      quote:
        'Ecuador would provide full protection and security of the premises, property and archives of the Mexican diplomatic mission, allow Mexico to clear them, and refrain from aggravating the dispute.',
      speaker: EC_AGENT,
    },
    [S.icjHearing2, S.juristOrder],
    {
      occurrence: O.hearing,
      note: 'Assurances first given in a note verbale of 9 April 2024 and repeated "as a measure of goodwill" at the hearing; Ecuador held that no measures were needed.',
    },
  ),
  ev(
    'PositionTaken',
    'pos-ecuador-application-rejected',
    when('2024-05-01'),
    {
      demandId: D.icjMexico,
      actorId: 'ecuador',
      stance: 'rejected',
      quote: 'There is no justification for the provisional measures sought by Mexico.',
      speaker: EC_AGENT,
    },
    [S.icjHearing2, S.juristOrder],
    { occurrence: O.hearing },
  ),
  ev(
    'StatementMade',
    'stmt-icj-order',
    when('2024-05-23'),
    {
      speaker: ICJ_COURT,
      audience: 'Ecuador and Mexico',
      tone: 'neutral',
      summary:
        'Order, unanimously: the circumstances "are not such as to require the exercise of its power … to indicate provisional measures"; the Court stresses "the fundamental importance of the principles enshrined in the Vienna Convention" and takes Ecuador\'s unconditional assurances as binding. The case goes on to the merits.',
    },
    [S.icjSummary, S.juristOrder],
  ),
  ev(
    'StatementMade',
    'stmt-sre-order',
    when('2024-05-23'),
    {
      speaker: SRE,
      audience: 'ecuador',
      tone: 'critical',
      summary:
        'Mexico\'s foreign ministry reads the order as a step forward: Ecuador is bound by its assurances to protect the embassy, allow Mexico to clear it and not aggravate the dispute; the Court will next hear the merits, "the extent of Ecuador\'s violations".',
    },
    [S.sreOrder],
  ),
  // ===== August 2024: Glas's safe passage =====
  ev(
    'StatementMade',
    'stmt-sre-safe-passage',
    when('2024-08-05'),
    {
      speaker: SRE,
      audience: 'ecuador',
      tone: 'neutral',
      summary:
        'Mexico asks Ecuador, under the Caracas Convention on diplomatic asylum, to grant Glas safe passage so that he "may be delivered and transferred to a third country", and to release him to a safe place given his "critical" health. Quito has not answered.',
    },
    [S.afpSafePassage],
  ),
  // ===== April 2025: Sheinbaum and the hitmen report =====
  ev(
    'StatementMade',
    'stmt-sheinbaum-no-relations',
    when('2025-04-16'),
    {
      speaker: SHEINBAUM,
      audience: 'ecuador',
      tone: 'critical',
      summary:
        'Three days after Noboa\'s re-election, Sheinbaum: "We do not have relations with Ecuador, nor will we have them while Noboa is president"; he was responsible for the invasion of the embassy, "our sovereignty", and his win was "very doubtful", as even the OAS noted.',
    },
    [S.wradioSheinbaum, S.diariounoSheinbaum],
  ),
  ev(
    'StatementMade',
    'stmt-comaco-hitmen',
    when('2025-04-17'),
    {
      speaker: COMACO,
      audience: 'domestic audience',
      tone: 'accusation',
      summary:
        "A Joint Command document (dated 17 April, published by El Universo and confirmed by a military statement on 18 April) puts the forces on maximum alert: since the election, 'transfers of hitmen from Mexico and other countries' to Ecuador have begun, to attack the president, his cabinet and his team. Criminal groups are named, not the Mexican state.",
    },
    [S.internazionaleHitmen, S.aztecHitmen],
  ),
  ev(
    'StatementMade',
    'stmt-sre-rejects-hitmen',
    when('2025-04-19'),
    {
      speaker: SRE,
      audience: 'ecuador',
      tone: 'accusation',
      summary:
        "Mexico's foreign ministry 'flatly rejects the reiterated and unscrupulous creation of narratives, in official statements and/or leaks of official documents, alluding to Mexico as a source of alleged criminal acts' in Ecuador; without relations, it keeps to non-intervention.",
    },
    [S.internazionaleHitmen, S.aztecHitmen],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'ecuador-mexico-2024.jsonl',
  logEnd: '2026-12-07T00:00:00Z',
  events,
};

export default definition;
