/**
 * A test fixture, not a shipped example: the crisis between Colombia and
 * Ecuador after Operation Phoenix, March 2008 – December 2010, as an analyst
 * following the news could have recorded it — Colombia's bombing and raid on
 * the FARC camp at Angostura, inside Ecuador (1 March 2008; Raúl Reyes and
 * about twenty others killed, an Ecuadorian among them); Correa's
 * denunciation, the expulsion of Colombia's ambassador and the troops sent to
 * the northern border (2 March), the break of relations and Colombia's charge,
 * from the laptops seized in the camp, that Correa's government had ties with
 * the FARC (3 March); Venezuela's battalions sent to its own border; the OAS
 * Permanent Council's resolution (5 March); the Rio Group summit in Santo
 * Domingo (7 March), where Uribe apologised and the presidents shook hands;
 * the OAS foreign ministers' resolution (17–18 March); the Carter Center's
 * proposal accepted by both presidents (6 June 2008) and postponed by
 * Colombia (24 June), Correa's freeze "until there is a decent government";
 * the warrant an Ecuadorian judge issued for Juan Manuel Santos (July 2009);
 * the New York statement (September 2009), the chargés d'affaires named and
 * the embassies reopened (November 2009); the warrant revived (May 2010); and
 * full relations restored at the Unasur summit in Georgetown (26 November
 * 2010). Escalation model v2 was never tuned on it: it is the case the model
 * is held to in colombia-ecuador-2008.spec.ts, against the calls an analyst
 * makes from DOMAIN.md §5b alone.
 *
 * What it tests that the other cases did not: one strike by one party on the
 * other's territory aimed at a third party, and nothing armed after it; troops
 * sent to the border; a break of relations that lasted 32 months without
 * force; an apology and a handshake at a summit; and when the level may read
 * cooperative once relations are restored.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source.
 *
 * Grading as in examples/README.md: A = the document itself (the OAS
 * resolution); B = established outlet or wire copy (Xinhua, AP, AFP, EFE,
 * Reuters, MercoPress); C = smaller outlet, aggregator, blog copy of a wire
 * story or an encyclopedia page; 1 = an on-record statement or act confirmed
 * by the actor itself; 2 = several outlets agree or one established outlet
 * reports it; 3 = one side's unverified claim about the other.
 *
 * Judgement calls, recorded as an analyst would:
 * - The pair is Colombia and Ecuador (the parties). The FARC is a non-state
 *   third party; Venezuela is a third party (it expelled Colombia's
 *   diplomats in solidarity with Quito and sent troops to its own border).
 *   The OAS (its Permanent Council, its Secretary-General's commission and
 *   the foreign ministers' meeting), the Rio Group (its Dominican host,
 *   Leonel Fernández) and the Carter Center are mediators.
 * - The case was opened on 12 March 2008, when its first twelve days were
 *   recorded from the press and the OAS and UN chronologies (its knownAt
 *   starts there).
 * - The Angostura strike (1 March 2008, 00:25 local time, 05:25 UTC): the
 *   bombing and the raid by helicopter-borne troops that followed are one act
 *   at one place, recorded once as Colombia's `airstrike` `against` Ecuador,
 *   as the Pakistan – Afghanistan case records Pakistan's strike on the TTP
 *   in Kabul and the Sudan – Chad case Chad's raid on Umm Dukhun: it was aimed
 *   at the FARC (the `target`), but it struck inside Ecuador without its
 *   consent, and Ecuador and the OAS treated it as a violation of Ecuador's
 *   territory — armed action by one party on the other's territory (§5b).
 *   Colombia said its aircraft fired from its own side after coming under
 *   fire; the camp was 1.8–3 km inside Ecuador. The toll is a range: 17 at
 *   first (Reyes and 16 others, Colombia's count) to 26 (later counts,
 *   including four Mexican students and the Ecuadorian Franklin Aisalla).
 * - Ecuador's troops sent to the northern border (2 March) are a show of
 *   force against Colombia (`force-posture`), not armed action; Venezuela's
 *   ten battalions are a third party's.
 * - The expulsion of the ambassador (2 March) and the break of relations (3
 *   March) are statements with CAMEO 161 (reduce or break diplomatic
 *   relations), as the Morocco – Algeria case records Algeria's break.
 *   Colombia's charge that Correa's government had ties with the FARC is an
 *   accusation, not a blame for an attack on Colombia.
 * - Correa's demand (2 March) that Colombia give "firm commitments of respect
 *   for Ecuador" is a demand; Colombia's apology and its commitment never to
 *   repeat such an act, given in writing in the Santo Domingo declaration (7
 *   March), are its acceptance. The declaration itself is recorded as the
 *   Rio Group's mediation, and the handshake as the two presidents'
 *   conciliatory statements — not as an agreement: it closed the incident in
 *   words but restored nothing and set no process the two then carried out
 *   (Correa said trust would be hard to restore, and relations stayed broken
 *   for 32 months). Nor is it a ceasefire: there was no fighting between the
 *   two to stop.
 * - The Carter Center's proposal (6 June 2008), accepted by both presidents
 *   by telephone, to exchange notes and name chargés d'affaires "immediately
 *   and without preconditions" is an agreement between the two
 *   (`AgreementReached`, `partial`, one occurrence with the mediator's
 *   proposal), recorded `text-agreed`: the notes were to be exchanged in the
 *   week of 23 June and never were, so it was never being implemented.
 *   Colombia postponed it on 24 June over Correa's words (`suspended` by
 *   Colombia); Correa then froze relations "until there is a decent
 *   government" (26 and 28 June, 12 July): critical statements, and "we will
 *   know how to respond" a warning, not a threat of war.
 * - The arrest warrants issued by a judge in Sucumbíos for Juan Manuel Santos
 *   (6 July 2009, revived in May 2010) are recorded as the Ecuadorian court's
 *   accusation of murder; Ecuador's defence minister said it was no act of
 *   aggression against Colombia. Colombia's answers are critical statements.
 * - The September 2009 meeting of the foreign ministers in New York is a
 *   round of talks concluded with `progress` (an agenda, commissions, the
 *   Carter Center and the OAS to help). The agreement to name chargés
 *   d'affaires (announced on 13 November 2009, when both named them; they took
 *   office on 23 November) is an `AgreementReached` of kind `partial`, with no
 *   status (agreed and applied from the day the chargés were named); the
 *   restoration of full relations announced in Georgetown (26 November 2010)
 *   is a `comprehensive` agreement (both presidents, ambassadors to follow).
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'colombia-ecuador-angostura-2008';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 2008);
const rec = (day: string, time: string): string => `${day}T${time}:00Z`;

const COLOMBIA: Actor = {
  id: 'colombia',
  name: 'Colombia',
  kind: 'state',
  aliases: ['Bogotá', 'Republic of Colombia'],
};
const ECUADOR: Actor = { id: 'ecuador', name: 'Ecuador', kind: 'state', aliases: ['Quito', 'Republic of Ecuador'] };
const OAS: Actor = {
  id: 'oas',
  name: 'Organization of American States',
  kind: 'international-organisation',
  aliases: ['OAS', 'OEA'],
};
const FARC: Actor = {
  id: 'farc',
  name: 'Revolutionary Armed Forces of Colombia',
  kind: 'armed-group',
  aliases: ['FARC', 'FARC-EP'],
};
const VENEZUELA: Actor = { id: 'venezuela', name: 'Venezuela', kind: 'state', aliases: ['Caracas'] };
const RIO_GROUP: Actor = {
  id: 'rio-group',
  name: 'Rio Group',
  kind: 'international-organisation',
  aliases: ['Grupo de Río'],
};
const CARTER_CENTER: Actor = {
  id: 'carter-center',
  name: 'The Carter Center',
  kind: 'mediator',
  aliases: ['Carter Center', 'Jimmy Carter'],
};

const URIBE: Person = { name: 'Álvaro Uribe', title: 'President of Colombia', actorId: 'colombia' };
const COLOMBIA_PRESIDENCY: Person = { name: 'Presidency of Colombia (spokesman)', actorId: 'colombia' };
const NARANJO: Person = {
  name: 'Óscar Naranjo',
  title: 'Director of the National Police of Colombia',
  actorId: 'colombia',
};
const BERMUDEZ: Person = { name: 'Jaime Bermúdez', title: 'Foreign Minister of Colombia', actorId: 'colombia' };
const VALENCIA: Person = {
  name: 'Fabio Valencia Cossio',
  title: 'Interior and Justice Minister of Colombia',
  actorId: 'colombia',
};
const SANTOS: Person = { name: 'Juan Manuel Santos', title: 'President of Colombia', actorId: 'colombia' };
const CORREA: Person = { name: 'Rafael Correa', title: 'President of Ecuador', actorId: 'ecuador' };
const ECUADOR_MFA: Person = { name: 'Ministry of Foreign Affairs of Ecuador (statement)', actorId: 'ecuador' };
const SUCUMBIOS_JUDGE: Person = {
  name: 'Daniel Méndez',
  title: 'First Criminal Judge of Sucumbíos province, Ecuador',
  actorId: 'ecuador',
};
const PONCE: Person = { name: 'Javier Ponce', title: 'Defence Minister of Ecuador', actorId: 'ecuador' };
const FALCONI: Person = { name: 'Fander Falconí', title: 'Foreign Minister of Ecuador', actorId: 'ecuador' };
const TERAN: Person = { name: 'Andrés Terán', title: "Ecuador's chargé d'affaires in Bogotá", actorId: 'ecuador' };
const CHAVEZ: Person = { name: 'Hugo Chávez', title: 'President of Venezuela', actorId: 'venezuela' };

const ANGOSTURA = 'Angostura, Sucumbíos province, Ecuador (near Santa Rosa de Yanamaru)';
const NORTHERN_BORDER = "Ecuador's northern border with Colombia";

const S = {
  unochaChronology: source(
    'Colombia: Chronology of the diplomatic crisis 1 - 10 Mar 2008',
    'UN OCHA / ReliefWeb',
    'https://unocha.org/publications/report/colombia/colombia-chronology-diplomatic-crisis-1-10-mar-2008',
    '2008-03-10',
    'B',
    2,
  ),
  wikiCrisis: source(
    '2008 Andean diplomatic crisis',
    'Wikipedia (revision of March 2008)',
    'https://en.wikipedia.org/?oldid=196914775&title=2008_Andean_diplomatic_crisis',
    '2008-03-12',
    'C',
    2,
  ),
  xinhuaMar3: source(
    'Ecuador expels Colombian ambassador',
    'China Daily (Xinhua)',
    'http://www.chinadaily.com.cn/world/2008-03/03/content_6502658.htm',
    '2008-03-03',
    'B',
    2,
  ),
  twocirclesMar3: source(
    'Ecuador expels Colombian envoy over cross-border action',
    'TwoCircles.net (Xinhua)',
    'https://twocircles.net/?p=51879',
    '2008-03-03',
    'C',
    2,
  ),
  efeMar2: source(
    'Correa anuncia expulsão imediata do embaixador da Colômbia',
    'ClicRBS (EFE)',
    'http://clicrbs.com.br/especial/rs/verao/19,0,1783349,',
    '2008-03-02',
    'C',
    2,
  ),
  apMar4: source(
    'Venezuela vows to expel Colombian ambassador',
    'Online Athens (AP)',
    'http://onlineathens.com/stories/030408/nation_2008030400398.shtml',
    '2008-03-04',
    'B',
    2,
  ),
  net360Mar4: source(
    'Rafael Correa: "Sabremos defender a la patria"',
    'Net360',
    'https://ws.net360.info/es/wsnoticias/37618/rafael-correasabremos-defender-a-la-patria',
    '2008-03-04',
    'C',
    2,
  ),
  oasRes930: source(
    'CP/RES. 930 (1632/08): Convocation of the Meeting of Consultation of Ministers of Foreign Affairs and appointment of a commission',
    'Organization of American States, Permanent Council',
    'http://oas.org/council/resolutions/res930.asp',
    '2008-03-05',
    'A',
    1,
  ),
  oasPressMar5: source(
    'OAS approves resolution on the situation between Ecuador and Colombia (E-067/08)',
    'Organization of American States (press release)',
    'https://www.oas.org/en/media_center/press_release.asp?sCodigo=E-067/08',
    '2008-03-05',
    'B',
    1,
  ),
  iansMar6: source(
    'Organisation of American States approves Ecuador-Colombia row resolution',
    'TwoCircles.net (IANS/EFE)',
    'https://twocircles.net/2008mar05/organisation_american_states_approves_ecuador_colombia_row_resolution.html',
    '2008-03-06',
    'C',
    2,
  ),
  afpMar7: source(
    'Correa y Uribe dieron por superada la crisis',
    'Río Negro (AFP)',
    'http://www1.rionegro.com.ar/diario/2008/03/07/1204924825.php',
    '2008-03-07',
    'B',
    2,
  ),
  mcclatchyMar7: source(
    'Handshakes and a hug cool South American war talk',
    'McClatchy (Miami Herald)',
    'https://www.mcclatchydc.com/news/nation-world/world/article24478030.html',
    '2008-03-07',
    'B',
    2,
  ),
  criMar8: source(
    'Encerra-se cúpula do Grupo do Rio com divulgação do Manifesto de Santo Domingo',
    'China Radio International',
    'https://portuguese.cri.cn/101/2008/03/08/1@84876.htm',
    '2008-03-08',
    'C',
    2,
  ),
  telamMar9: source(
    'Correa afirma que le será difícil volver a confiar en su colega',
    'La Gaceta (Télam)',
    'https://lagaceta.com.ar/nota/261338/mundo/correa-afirma-le-sera-dificil-volver-confiar-colega.html',
    '2008-03-09',
    'B',
    2,
  ),
  oasPressMar18: source(
    'OAS Secretary General will implement a mechanism to restore confidence between Ecuador and Colombia (E-086/08)',
    'Organization of American States (press release)',
    'http://www.oas.org/OASpage/press_releases/press_release.asp?sCodigo=E-086/08',
    '2008-03-18',
    'B',
    1,
  ),
  venanalysisMar18: source(
    'OAS Rejects Colombia’s Military Incursion into Ecuador',
    'Venezuelanalysis',
    'http://venezuelanalysis.com/news/3284/',
    '2008-03-18',
    'C',
    2,
  ),
  oasPressMar20: source(
    'Ecuador-Colombia: la comisión que fue en busca de la paz (C-090/08)',
    'Organization of American States (press release)',
    'http://oas.org/es/centro_noticias/comunicado_prensa.asp?sCodigo=C-090/08',
    '2008-03-20',
    'B',
    1,
  ),
  brfJun2008: source(
    'Erfolgreiche Vermittlung Carters zwischen Kolumbien und Ecuador',
    'BRF (Belgischer Rundfunk)',
    'https://brf.be/international/47727',
    '2008-06-07',
    'C',
    2,
  ),
  endJun2008: source(
    'Acercamientos Colombia-Ecuador volvieron al congelador',
    'El Nuevo Diario',
    'https://www.elnuevodiario.com.ni/internacionales/19543-acercamientos-colombia-ecuador-volvieron-congelado/',
    '2008-06-24',
    'C',
    2,
  ),
  elpaisJun27: source(
    'Correa congela la relación con Colombia mientras siga Uribe',
    'El País',
    'https://elpais.com/diario/2008/06/27/internacional/1214517610_850215.html',
    '2008-06-27',
    'B',
    2,
  ),
  afpJun28: source(
    'Correa dice a Uribe que sabrá responder a su burla y desprecio por Ecuador',
    'La Nación (AFP)',
    'https://nacion.com/archivo/correa-dice-a-uribe-que-sabra-responder-a-su-burla-y-desprecio-por-ecuador/QHEPTZ4T2ZETXIV4ISFBWNOVKI/story',
    '2008-06-28',
    'B',
    2,
  ),
  pagina12Jun29: source(
    'Correa no quiere ni hablar con Uribe',
    'Página 12',
    'https://www.pagina12.com.ar/diario/elmundo/4-106891-2008-06-29.html',
    '2008-06-29',
    'B',
    2,
  ),
  aporreaJul12: source(
    'Correa: no habrá relaciones con Colombia mientras no haya un gobierno decente',
    'Aporrea',
    'https://aporrea.org/actualidad/n116899.html',
    '2008-07-12',
    'C',
    2,
  ),
  emolOct3: source(
    'Uribe no irá a reunión de la CAN en Ecuador por declaraciones de Correa',
    'Emol',
    'http://www.emol.com/noticias/internacional/2008/10/03/324608/uribe-no-ira-a-reunion-de-la-can-en-ecuador-por-declaraciones-de-correa.html',
    '2008-10-03',
    'B',
    2,
  ),
  eltiempoJul2009: source(
    'Juez de Ecuador ordena detención de Juan Manuel Santos',
    'Rebelión (El Tiempo)',
    'https://rebelion.org/?p=479782',
    '2009-07-07',
    'C',
    2,
  ),
  crJul2009: source(
    "Santos' reaction to arrest warrant is excessive: Ecuador",
    'Ecuador Rising (Colombia Reports)',
    'http://ecuador-rising.blogspot.com/2009/07/santos-reaction-to-arrest-warrant-is.html',
    '2009-07-09',
    'C',
    2,
  ),
  bloombergSep2009: source(
    'Colombia, Ecuador Officials Work to Restore Diplomatic Ties',
    'Ecuador Rising (Bloomberg)',
    'http://ecuador-rising.blogspot.com/2009/09/colombia-ecuador-officials-work-to.html',
    '2009-09-29',
    'C',
    2,
  ),
  afpNov13: source(
    'Equador e Colômbia nomeiam encarregados de negócios',
    'Correio Braziliense (AFP)',
    'https://correiobraziliense.com.br/app/noticia/mundo/2009/11/13/interna_mundo,154541/amp.shtml',
    '2009-11-13',
    'B',
    2,
  ),
  crNov13: source(
    'Colombia and Ecuador appoint mediators to negotiate relations',
    'Colombia Reports',
    'https://colombiareports.com/amp/colombia-and-ecuador-appoint-charges-daffaires-to-negotiate-relations/',
    '2009-11-13',
    'C',
    2,
  ),
  mercopressNov24: source(
    'Colombia/Ecuador re-establish trade relations after 21 months',
    'MercoPress',
    'https://en.mercopress.com/2009/11/24/colombia-ecuador-re-establish-trade-relations-after-21-months',
    '2009-11-24',
    'B',
    2,
  ),
  gazetaNov23: source(
    'Equador e Colômbia anunciam retomada de relações',
    'Gazeta do Povo',
    'https://gazetadopovo.com.br/mundo/equador-e-colombia-anunciam-retomada-de-relacoes-c0boc2x8u99rtcrxsjrd7ulhq/amp',
    '2009-11-23',
    'C',
    2,
  ),
  xinhuaMay2010: source(
    'Colombia Rejects Ecuadorian Tribunal Ruling to Arrest Presidential Candidate',
    'Ecuador Rising (Xinhua)',
    'http://ecuador-rising.blogspot.com/2010/05/colombia-rejects-ecuadorian-tribunal.html',
    '2010-05-25',
    'C',
    2,
  ),
  crAug2010: source(
    'Ecuador ready to re-establish ties',
    'Colombia Reports',
    'https://colombiareports.com/amp/ecuador-ready-to-re-establish-ties',
    '2010-08-09',
    'C',
    2,
  ),
  mercopressNov2010: source(
    'Ecuador and Colombia re-establish full diplomatic relations',
    'MercoPress',
    'http://en.mercopress.com/2010/11/27/ecuador-and-colombia-re-establish-full-diplomatic-relations',
    '2010-11-27',
    'B',
    2,
  ),
  zeeNov2010: source(
    'Colombia, Ecuador agree to fully renew ties',
    'Zee News (AFP)',
    'http://zeenews.india.com/news/world/colombia-ecuador-agree-to-fully-renew-ties_670684.html',
    '2010-11-27',
    'B',
    2,
  ),
};

const events = [
  // ===== 1 March 2008: Angostura =====
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '2008-03-01T05:25:00Z', recordedAt: rec('2008-03-12', '09:00') },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Colombia – Ecuador: the Angostura crisis and the restoration of relations, 2008–10',
      subject:
        "Relations between Colombia and Ecuador from Colombia's strike on the FARC camp at Angostura, inside Ecuador, through the break of diplomatic relations, the OAS and Rio Group mediation and the Carter Center's, to the restoration of full relations; the FARC's presence on Ecuador's side of the border behind it.",
      parties: [COLOMBIA, ECUADOR],
      mediators: [OAS],
    },
    [S.xinhuaMar3, S.unochaChronology],
  ),
  ev(
    'ActorRegistered',
    'actor-farc',
    { occurredAt: '2008-03-01T05:25:00Z', recordedAt: rec('2008-03-12', '09:01') },
    { actor: FARC, role: 'third-party' },
    [S.xinhuaMar3],
  ),
  ev(
    'IncidentReported',
    'inc-angostura',
    { occurredAt: '2008-03-01T05:25:00Z', recordedAt: rec('2008-03-12', '09:02') },
    {
      incidentId: 'angostura-2008-03-01',
      kind: 'airstrike',
      perpetrator: 'colombia',
      against: 'ecuador',
      target: "FARC camp of Raúl Reyes, the FARC's second-in-command",
      place: ANGOSTURA,
      fatalities: { min: 17, max: 26 },
      description:
        "Past midnight (00:25 local time) Colombian aircraft bomb a FARC camp about 1.8–3 km inside Ecuador; helicopter-borne troops and police then cross to the camp, recover Reyes's body and another, weapons and laptops. Reyes and 16 others killed by Colombia's first count, 25–26 by later ones (among them four Mexican students and an Ecuadorian); one Colombian soldier killed. Colombia says its aircraft fired from its side after coming under fire; Ecuador says the strike was planned, without its consent.",
    },
    [S.unochaChronology, S.wikiCrisis, S.xinhuaMar3],
    {
      note: "Aimed at the FARC, but struck inside Ecuador without its knowledge or consent, which Ecuador and the OAS treated as a violation of its territory: recorded against Ecuador (one party's armed action on the other's territory).",
    },
  ),
  ev(
    'StatementMade',
    'stmt-uribe-call',
    { occurredAt: '2008-03-01T13:00:00Z', precision: 'approximate', recordedAt: rec('2008-03-12', '09:03') },
    {
      speaker: URIBE,
      audience: 'ecuador',
      tone: 'neutral',
      summary:
        "About four hours after the raid Uribe telephones Correa to tell him that the FARC's second-in-command was killed in combat, saying the aircraft had to fire from the Colombian side into Ecuador to answer fire from the ground.",
    },
    [S.unochaChronology],
  ),
  // ===== 2 March: expulsion, troops =====
  ev(
    'StatementMade',
    'stmt-correa-mar2',
    { occurredAt: '2008-03-02T23:00:00Z', precision: 'approximate', recordedAt: rec('2008-03-12', '09:04') },
    {
      speaker: CORREA,
      audience: 'colombia',
      tone: 'accusation',
      summary:
        "In a televised address Correa says Ecuador's territory was \"outraged and bombed\" by an air attack and the incursion of Colombian troops; he recalls Ecuador's ambassador from Bogotá, orders the immediate expulsion of Colombia's ambassador Carlos Holguín and asks for urgent meetings of the OAS and the Andean Community.",
      quote: 'I decided on the immediate expulsion of Colombia’s ambassador in Ecuador',
    },
    [S.xinhuaMar3, S.efeMar2],
    { cameo: '161', occurrence: 'correa-address-2008-03-02' },
  ),
  ev(
    'DemandTabled',
    'dem-commitments',
    { occurredAt: '2008-03-02T23:00:00Z', precision: 'approximate', recordedAt: rec('2008-03-12', '09:05') },
    {
      demandId: 'respect-commitments',
      by: 'ecuador',
      addressedTo: ['colombia'],
      text: 'Not only an apology but firm commitments of respect for Ecuador (its territory never again to be violated).',
      category: 'security',
    },
    [S.efeMar2],
    { occurrence: 'correa-address-2008-03-02' },
  ),
  ev(
    'IncidentReported',
    'inc-ecuador-troops',
    { occurredAt: '2008-03-02T23:00:00Z', precision: 'approximate', recordedAt: rec('2008-03-12', '09:06') },
    {
      incidentId: 'ecuador-troops-border-2008-03-02',
      kind: 'force-posture',
      perpetrator: 'ecuador',
      against: 'colombia',
      place: NORTHERN_BORDER,
      description:
        'Correa orders troops mobilised to the northern border with Colombia and convenes the National Security Council.',
    },
    [S.xinhuaMar3, S.twocirclesMar3],
    { occurrence: 'correa-address-2008-03-02' },
  ),
  ev(
    'StatementMade',
    'stmt-colombia-laptops',
    { occurredAt: '2008-03-02T23:30:00Z', precision: 'approximate', recordedAt: rec('2008-03-12', '09:07') },
    {
      speaker: COLOMBIA_PRESIDENCY,
      audience: 'ecuador',
      tone: 'accusation',
      summary:
        "Shortly after Correa's address, Colombia's presidential spokesman says documents on three computers found among Reyes's belongings show that Correa has relations with the FARC.",
      quote: 'show strong evidence that the president of Ecuador (Correa) has relations with the FARC',
    },
    [S.xinhuaMar3, S.twocirclesMar3],
  ),
  ev(
    'ActorRegistered',
    'actor-venezuela',
    { occurredAt: '2008-03-02T20:00:00Z', precision: 'approximate', recordedAt: rec('2008-03-12', '09:08') },
    { actor: VENEZUELA, role: 'third-party' },
    [S.twocirclesMar3],
  ),
  ev(
    'IncidentReported',
    'inc-venezuela-troops',
    { occurredAt: '2008-03-02T20:00:00Z', precision: 'approximate', recordedAt: rec('2008-03-12', '09:09') },
    {
      incidentId: 'venezuela-troops-border-2008-03-02',
      kind: 'force-posture',
      perpetrator: 'venezuela',
      against: 'colombia',
      place: "Venezuela's border with Colombia",
      description:
        "Chávez closes Venezuela's embassy in Bogotá, puts the armed forces on alert and sends ten battalions, with tanks and aircraft, to the border with Colombia.",
    },
    [S.twocirclesMar3, S.xinhuaMar3],
  ),
  ev(
    'StatementMade',
    'stmt-chavez-war',
    { occurredAt: '2008-03-02T20:00:00Z', precision: 'approximate', recordedAt: rec('2008-03-12', '09:10') },
    {
      speaker: CHAVEZ,
      audience: 'colombia',
      tone: 'military-threat',
      summary: 'Chávez says the Colombian action could be "the beginning of a war in South America".',
    },
    [S.twocirclesMar3],
  ),
  // ===== 3 March: the break =====
  ev(
    'StatementMade',
    'stmt-ecuador-break',
    { occurredAt: '2008-03-03T15:00:00Z', precision: 'approximate', recordedAt: rec('2008-03-12', '09:11') },
    {
      speaker: ECUADOR_MFA,
      audience: 'colombia',
      tone: 'critical',
      summary: 'Ecuador breaks off diplomatic relations with Colombia.',
      quote:
        'The government of Ecuador has decided to break off diplomatic relations with the government of Colombia starting today',
    },
    [S.apMar4, S.net360Mar4],
    { cameo: '161' },
  ),
  ev(
    'StatementMade',
    'stmt-naranjo-laptops',
    { occurredAt: '2008-03-03T18:00:00Z', precision: 'approximate', recordedAt: rec('2008-03-12', '09:12') },
    {
      speaker: NARANJO,
      audience: 'ecuador',
      tone: 'accusation',
      summary:
        "Colombia's police chief presents documents from the seized laptop as evidence that the governments of Venezuela and Ecuador gave the FARC political and financial support.",
    },
    [S.apMar4],
  ),
  ev(
    'StatementMade',
    'stmt-correa-massacre',
    { occurredAt: '2008-03-03T20:00:00Z', precision: 'approximate', recordedAt: rec('2008-03-12', '09:13') },
    {
      speaker: CORREA,
      audience: 'colombia',
      tone: 'warning',
      summary:
        'Correa calls Colombia\'s account "an outright lie" and the raid "a massacre"; far from apologising, Uribe\'s government has the audacity to accuse Ecuador of protecting the FARC; Ecuador "will know how to defend the fatherland".',
      quote: 'It was a massacre',
    },
    [S.apMar4, S.net360Mar4],
  ),
  // ===== 5 March: the OAS Permanent Council =====
  ev(
    'MediationAction',
    'med-oas-res930',
    { occurredAt: '2008-03-05T23:00:00Z', precision: 'approximate', recordedAt: rec('2008-03-12', '09:14') },
    {
      mediator: 'oas',
      action: 'proposed',
      summary:
        "The Permanent Council approves by consensus, with both parties, a resolution that the incursion violated Ecuador's sovereignty and territorial integrity; it sends a commission led by Secretary-General Insulza to both countries and the site, to propose formulas of rapprochement, and convenes the foreign ministers for 17 March.",
    },
    [S.oasRes930, S.oasPressMar5, S.iansMar6],
  ),
  // ===== 7 March: Santo Domingo =====
  ev(
    'ActorRegistered',
    'actor-rio-group',
    { occurredAt: '2008-03-07', recordedAt: rec('2008-03-12', '09:15') },
    { actor: RIO_GROUP, role: 'mediator' },
    [S.afpMar7, S.mcclatchyMar7],
  ),
  ev(
    'MediationAction',
    'med-rio-declaration',
    { occurredAt: '2008-03-07T22:00:00Z', precision: 'approximate', recordedAt: rec('2008-03-12', '09:16') },
    {
      mediator: 'rio-group',
      action: 'proposed',
      summary:
        "The Rio Group summit ends with the Santo Domingo declaration, approved by consensus: it rejects the violation of Ecuador's territory and records Colombia's apology and commitment never to repeat it; at the host Leonel Fernández's request Uribe shakes hands with Correa (and with Chávez and Ortega).",
    },
    [S.mcclatchyMar7, S.criMar8],
    { occurrence: 'santo-domingo-2008-03-07' },
  ),
  ev(
    'PositionTaken',
    'pos-colombia-commitments',
    { occurredAt: '2008-03-07T22:00:00Z', precision: 'approximate', recordedAt: rec('2008-03-12', '09:17') },
    {
      demandId: 'respect-commitments',
      actorId: 'colombia',
      stance: 'accepted',
      quote:
        'Colombia asks the government and people of Ecuador to forgive it, and commits never to carry out such operations again',
      speaker: URIBE,
    },
    [S.criMar8, S.afpMar7],
    { occurrence: 'santo-domingo-2008-03-07' },
  ),
  ev(
    'StatementMade',
    'stmt-uribe-apology',
    { occurredAt: '2008-03-07T22:00:00Z', precision: 'approximate', recordedAt: rec('2008-03-12', '09:18') },
    {
      speaker: URIBE,
      audience: 'ecuador',
      tone: 'conciliatory',
      summary: 'Uribe apologises to Correa in person and walks over to shake his hand.',
    },
    [S.criMar8, S.afpMar7],
    { occurrence: 'santo-domingo-2008-03-07' },
  ),
  ev(
    'StatementMade',
    'stmt-correa-overcome',
    { occurredAt: '2008-03-07T22:00:00Z', precision: 'approximate', recordedAt: rec('2008-03-12', '09:19') },
    {
      speaker: CORREA,
      audience: 'colombia',
      tone: 'conciliatory',
      summary: 'Correa accepts the apology and the commitment and declares the incident overcome.',
      quote:
        'Con el compromiso de no agredir nunca más a un país hermano y el pedido de perdón, podemos dar por superado este gravísimo incidente',
    },
    [S.afpMar7],
    { occurrence: 'santo-domingo-2008-03-07' },
  ),
  ev(
    'StatementMade',
    'stmt-correa-trust',
    { occurredAt: '2008-03-08T23:00:00Z', precision: 'approximate', recordedAt: rec('2008-03-12', '09:20') },
    {
      speaker: CORREA,
      audience: 'domestic audience',
      tone: 'critical',
      summary:
        'Correa says it will be hard to trust Uribe again — he accepted the apology from the country, not from the man: "forgive, but not forget" — while his government studies a timetable to restore ties.',
    },
    [S.telamMar9],
  ),
  // ===== 17–18 March: the OAS foreign ministers =====
  ev(
    'MediationAction',
    'med-oas-ministers',
    { occurredAt: '2008-03-18T06:00:00Z', precision: 'approximate', recordedAt: rec('2008-03-18', '20:00') },
    {
      mediator: 'oas',
      action: 'proposed',
      summary:
        "After fourteen hours, the 25th Meeting of Consultation of Foreign Ministers adopts by consensus (the United States reserving on one paragraph) a resolution that welcomes the Santo Domingo declaration, rejects the incursion as a violation of the OAS Charter, records Colombia's apology and pledge, and charges the Secretary-General with a mechanism to restore confidence between the two.",
    },
    [S.oasPressMar18, S.venanalysisMar18],
  ),
  ev(
    'MediationAction',
    'med-oas-commission',
    { occurredAt: '2008-03-09', recordedAt: rec('2008-03-20', '12:00') },
    {
      mediator: 'oas',
      action: 'visited',
      summary:
        'The commission led by Secretary-General Insulza (the ambassadors of the Bahamas, Argentina, Brazil, Panama and Peru) spends four days (9–12 March) in Quito and Bogotá with both presidents, their ministers and military commands, and flies to Angostura and to Puerto Ospina on the Colombian side, to report to the foreign ministers.',
    },
    [S.oasPressMar20],
  ),
  // ===== June 2008: the Carter Center's agreement, postponed =====
  ev(
    'ActorRegistered',
    'actor-carter-center',
    { occurredAt: '2008-06-06', recordedAt: rec('2008-06-07', '12:00') },
    { actor: CARTER_CENTER, role: 'mediator' },
    [S.brfJun2008],
  ),
  ev(
    'MediationAction',
    'med-carter-proposal',
    { occurredAt: '2008-06-06', recordedAt: rec('2008-06-07', '12:01') },
    {
      mediator: 'carter-center',
      action: 'proposed',
      summary:
        "Former President Jimmy Carter, in coordination with the OAS and by telephone with both presidents, proposes that relations be renewed at the level of chargés d'affaires, immediately and without preconditions; both accept.",
    },
    [S.brfJun2008],
    { occurrence: 'carter-agreement-2008-06-06' },
  ),
  ev(
    'AgreementReached',
    'agr-charges-2008',
    { occurredAt: '2008-06-06', recordedAt: rec('2008-06-07', '12:02') },
    {
      agreementId: 'charges-2008',
      kind: 'partial',
      provisions: ["Diplomatic notes exchanged and chargés d'affaires named, immediately and without preconditions"],
      signatories: ['colombia', 'ecuador'],
      textPublic: false,
      status: 'text-agreed',
    },
    [S.brfJun2008],
    {
      occurrence: 'carter-agreement-2008-06-06',
      note: 'Agreed by telephone through Carter; the notes were to be exchanged and the chargés named in the week of 23 June, which never came: recorded as agreed, not in force.',
    },
  ),
  ev(
    'AgreementStatusChanged',
    'agr-charges-2008-postponed',
    { occurredAt: '2008-06-24', recordedAt: rec('2008-06-25', '09:00') },
    {
      agreementId: 'charges-2008',
      status: 'suspended',
      by: 'colombia',
      reason:
        'Foreign Minister Fernando Araújo postpones the restoration at chargé level, due that week, "until the attitude of the government of Ecuador, and especially of President Correa, is a friendly one", after Correa told Página 12 that full relations needed the attack fully cleared up and that "the bombs were American".',
    },
    [S.endJun2008],
  ),
  ev(
    'StatementMade',
    'stmt-correa-decent-government',
    { occurredAt: '2008-06-26', recordedAt: rec('2008-06-27', '09:00') },
    {
      speaker: CORREA,
      audience: 'colombia',
      tone: 'critical',
      summary:
        'Correa says relations will not be restored until Colombia "has a decent government", calls Bogotá\'s reasons "mere excuses" of a government that "only thinks of bombs and machine guns", and does not rule out trade restrictions.',
    },
    [S.elpaisJun27],
  ),
  ev(
    'StatementMade',
    'stmt-correa-sabremos-responder',
    { occurredAt: '2008-06-28', recordedAt: rec('2008-06-29', '12:00') },
    {
      speaker: CORREA,
      audience: 'colombia',
      tone: 'warning',
      summary:
        'On his weekly programme Correa says Ecuador suspends relations indefinitely and is not interested in restoring them with a government "lacking credibility"; Uribe frustrated the chargé agreement at the last minute; "we will know how to respond" to his mockery and contempt.',
      quote:
        'Se acabaron esas burlas del presidente Uribe hacia nuestra patria, ese desprecio que ha mostrado hacia nuestra patria. Sabremos responder',
    },
    [S.afpJun28, S.pagina12Jun29],
  ),
  ev(
    'StatementMade',
    'stmt-correa-jul12',
    { occurredAt: '2008-07-12', recordedAt: rec('2008-07-13', '09:00') },
    {
      speaker: CORREA,
      audience: 'colombia',
      tone: 'critical',
      summary:
        'A day after Uribe, reconciled with Chávez in Venezuela, said he hoped to resume ties with Quito "as soon as possible", Correa repeats that relations will not resume "until there is a decent government to deal with", though he personally would have no problem shaking Uribe\'s hand.',
    },
    [S.aporreaJul12],
  ),
  ev(
    'StatementMade',
    'stmt-uribe-can',
    { occurredAt: '2008-10-03', recordedAt: rec('2008-10-04', '09:00') },
    {
      speaker: COLOMBIA_PRESIDENCY,
      audience: 'ecuador',
      tone: 'critical',
      summary:
        'Uribe will not attend the Andean Community meeting in Guayaquil on 14 October because of the "disparaging terms" Correa used about his government two days earlier; Bogotá says it has given the OAS evidence of FARC camps, coca laboratories and explosives on the Ecuadorian side, and repeats its wish for a "harmonious relationship".',
    },
    [S.emolOct3],
  ),
  // ===== July 2009: the warrant for Santos =====
  ev(
    'StatementMade',
    'stmt-judge-santos-2009',
    { occurredAt: '2009-07-06', recordedAt: rec('2009-07-09', '09:00') },
    {
      speaker: SUCUMBIOS_JUDGE,
      audience: 'colombia',
      tone: 'accusation',
      summary:
        "A judge in Sucumbíos orders the preventive detention of Colombia's former defence minister Juan Manuel Santos for murder, over the 25 deaths in the Angostura raid, at the prosecutor's request.",
    },
    [S.eltiempoJul2009, S.crJul2009],
  ),
  ev(
    'StatementMade',
    'stmt-uribe-santos-2009',
    { occurredAt: '2009-07-06', recordedAt: rec('2009-07-09', '09:01') },
    {
      speaker: URIBE,
      audience: 'ecuador',
      tone: 'critical',
      summary:
        'Uribe rejects the decision: the government "will not allow former minister Santos to be touched"; the interior minister calls it arbitrary and illegal and will take it to international bodies.',
    },
    [S.eltiempoJul2009],
  ),
  ev(
    'StatementMade',
    'stmt-ponce-warrant',
    { occurredAt: '2009-07-07', recordedAt: rec('2009-07-09', '09:02') },
    {
      speaker: PONCE,
      audience: 'colombia',
      tone: 'critical',
      summary:
        "Ecuador's defence minister calls Santos's reaction (that the warrant aims at Colombia) disproportionate: the warrant is a judicial act against one suspect, not an act of aggression against Colombia.",
    },
    [S.crJul2009],
  ),
  // ===== September 2009: New York =====
  ev(
    'TalksRoundOpened',
    'round-ny-opened',
    { occurredAt: '2009-09-24T20:00:00Z', precision: 'approximate', recordedAt: rec('2009-09-29', '12:00') },
    {
      roundId: 'new-york-2009-09',
      label: 'Foreign ministers in New York (UN General Assembly)',
      format: 'formal',
      venue: "Ecuador's mission to the United Nations, New York",
      delegations: [
        { actorId: 'colombia', head: BERMUDEZ },
        { actorId: 'ecuador', head: FALCONI },
      ],
    },
    [S.bloombergSep2009],
    { occurrence: 'new-york-2009-09-24' },
  ),
  ev(
    'TalksRoundConcluded',
    'round-ny-concluded',
    { occurredAt: '2009-09-24T22:00:00Z', precision: 'approximate', recordedAt: rec('2009-09-29', '12:01') },
    {
      roundId: 'new-york-2009-09',
      outcome: 'progress',
      summary:
        'An agenda that may lead to restored relations: commissions within 15 days on the points of disagreement; Colombia reiterates its commitment not to carry out military or security operations in Ecuador; Ecuador will not tolerate armed groups on its territory and will repel any armed incursion, by force if needed; the Carter Center and the OAS to help with pending claims.',
    },
    [S.bloombergSep2009],
    { occurrence: 'new-york-2009-09-24' },
  ),
  // ===== November 2009: chargés d'affaires =====
  ev(
    'AgreementReached',
    'agr-charges',
    { occurredAt: '2009-11-13', recordedAt: rec('2009-11-14', '09:00') },
    {
      agreementId: 'charges-2009',
      kind: 'partial',
      provisions: [
        "Each country names a chargé d'affaires (Ricardo Montenegro for Colombia, Andrés Terán for Ecuador) by 15 November",
        'The embassies in Bogotá and Quito reopen',
        'Ambassadors to be named once the road map (the "sensitive issues") is fulfilled',
      ],
      signatories: ['colombia', 'ecuador'],
      textPublic: false,
    },
    [S.afpNov13, S.crNov13],
  ),
  ev(
    'StatementMade',
    'stmt-teran-arrival',
    { occurredAt: '2009-11-23', recordedAt: rec('2009-11-24', '09:00') },
    {
      speaker: TERAN,
      audience: 'colombia',
      tone: 'conciliatory',
      summary:
        "The chargés d'affaires take office in Bogotá and Quito; Terán: with his arrival relations with Colombia are re-established; ambassadors will follow once the road map is fulfilled. The defence ministers had relaunched the binational border commission (COMBIFRON) the week before.",
      quote: 'Com minha chegada a Bogotá se produz o restabelecimento das relações com a Colômbia',
    },
    [S.gazetaNov23, S.mercopressNov24],
  ),
  ev(
    'StatementMade',
    'stmt-correa-border-2009',
    { occurredAt: '2009-11-23', recordedAt: rec('2009-11-24', '09:01') },
    {
      speaker: CORREA,
      audience: 'colombia',
      tone: 'neutral',
      summary: 'Correa asks Colombia to make the effort to guard its southern side of the border militarily.',
    },
    [S.gazetaNov23],
  ),
  // ===== May 2010: the warrant revived =====
  ev(
    'StatementMade',
    'stmt-judge-santos-2010',
    { occurredAt: '2010-05-24', recordedAt: rec('2010-05-26', '09:00') },
    {
      speaker: SUCUMBIOS_JUDGE,
      audience: 'colombia',
      tone: 'accusation',
      summary:
        "The Sucumbíos judge, the warrant for Santos (now a presidential candidate) reactivated, orders that he be notified of the detention order through Ecuador's embassy in Colombia.",
    },
    [S.xinhuaMay2010],
  ),
  ev(
    'StatementMade',
    'stmt-valencia-rejects',
    { occurredAt: '2010-05-25', recordedAt: rec('2010-05-26', '09:01') },
    {
      speaker: VALENCIA,
      audience: 'ecuador',
      tone: 'critical',
      summary: "Colombia's government does not recognise the jurisdiction of the Sucumbíos judge.",
      quote: "The Colombian government does not recognize the jurisdiction of Ecuadorian Sucumbios' judge",
    },
    [S.xinhuaMay2010],
  ),
  // ===== August 2010: Santos takes office =====
  ev(
    'StatementMade',
    'stmt-correa-files',
    { occurredAt: '2010-08-09', recordedAt: rec('2010-08-10', '09:00') },
    {
      speaker: CORREA,
      audience: 'colombia',
      tone: 'conciliatory',
      summary:
        "Correa, back from Santos's inauguration in Bogotá, confirms that Santos's government handed over Raúl Reyes's files on 7 August: once they are analysed relations will be re-established with ambassadors, in less than six months — though he will \"never forget how they bombed my country\" and cannot interfere with the courts' case against Santos.",
    },
    [S.crAug2010],
  ),
  // ===== 26 November 2010: Georgetown =====
  ev(
    'AgreementReached',
    'agr-full-relations',
    { occurredAt: '2010-11-26', recordedAt: rec('2010-11-27', '12:00') },
    {
      agreementId: 'full-relations-2010',
      kind: 'comprehensive',
      provisions: [
        'Diplomatic relations between Ecuador and Colombia fully re-established',
        'Ambassadors named and posted before Christmas',
      ],
      signatories: ['colombia', 'ecuador'],
      textPublic: true,
    },
    [S.mercopressNov2010, S.zeeNov2010],
    { occurrence: 'georgetown-2010-11-26' },
  ),
  ev(
    'StatementMade',
    'stmt-santos-georgetown',
    { occurredAt: '2010-11-26', recordedAt: rec('2010-11-27', '12:01') },
    {
      speaker: SANTOS,
      audience: 'ecuador',
      tone: 'conciliatory',
      summary:
        'At the Unasur summit in Georgetown, in a joint statement with Correa: "We have taken the decision to fully re-establish diplomatic relations"; Colombia has handed Ecuador the information it asked for on the bombing.',
    },
    [S.mercopressNov2010, S.zeeNov2010],
    { occurrence: 'georgetown-2010-11-26' },
  ),
  ev(
    'StatementMade',
    'stmt-correa-georgetown',
    { occurredAt: '2010-11-26', recordedAt: rec('2010-11-27', '12:02') },
    {
      speaker: CORREA,
      audience: 'colombia',
      tone: 'conciliatory',
      summary:
        'Correa recognises "the transparency and goodwill of Santos" in answering Ecuador\'s sensitive issues: "We have decided to normalise diplomatic relations."',
    },
    [graded(S.zeeNov2010, 1), S.mercopressNov2010],
    { occurrence: 'georgetown-2010-11-26' },
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'colombia-ecuador-2008.jsonl',
  logEnd: '2011-01-31T00:00:00Z',
  events,
};

export default definition;
