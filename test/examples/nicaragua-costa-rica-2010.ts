/**
 * A test fixture, not a shipped example: Nicaragua and Costa Rica in the crisis over Isla Calero / Isla Portillos, as
 * an analyst following the news could have recorded it, from Nicaragua's dredging of the San Juan river under Edén
 * Pastora (October 2010) and its soldiers camped on the island, through Costa Rica's police sent to the border, its
 * 48-hour ultimatum, the OAS Permanent Council's resolution (12 November 2010) that Nicaragua rejected, Costa Rica's
 * case at the International Court of Justice (18 November), the OAS foreign ministers' meeting (7 December), the
 * Court's provisional measures (8 March 2011) and the incursions of Sandinista youth groups after them, to the Court's
 * judgment of 16 December 2015 (sovereignty over the disputed territory to Costa Rica), accepted by both. Escalation
 * model v2 was never tuned on it: it is the case the model is held to in nicaragua-costa-rica-2010.spec.ts, against
 * calls an analyst makes from DOMAIN.md §5b alone.
 *
 * What it tests that the other cases did not: one party's troops camped on ground the other holds its own for months
 * with no shot fired, and a party (Costa Rica) with no army that answers with police, notes, the OAS and the Court; a
 * demand by a third party (the OAS) and an order of a court, neither the pair's own agreement; and a final judgment
 * both accept.
 *
 * Parties: `nicaragua`, `costa-rica`. Third parties: the OAS (José Miguel Insulza's good offices, the Permanent
 * Council, the meeting of foreign ministers) and the International Court of Justice. Google's map error (cited by
 * Pastora, per the Costa Rican press) and the mediation offers of Mexico and Guatemala are left out: no dated source
 * read gives them a day.
 *
 * Grading as in examples/README.md: A = the institution's own record (the OAS's press releases, the Court's); B =
 * established outlet or wire copy (the Tico Times, AP in the Jerusalem Post, EFE, the CS Monitor, La Nación); C =
 * smaller outlet, aggregator or mirror (A.M. Costa Rica, Inside Costa Rica, Trend's dpa copy, Today Nicaragua);
 * 1 = an on-record statement or act confirmed by the actor itself; 2 = several outlets agree or one established outlet
 * reports it; 3 = one side's unverified claim about the other.
 *
 * Judgement calls, recorded as an analyst would:
 * - The soldiers on the island are `force-posture` (no shot was fired in the whole crisis): Nicaragua's entry of 21
 *   October (a Costa Rican farmer's account, reported by the Tico Times), the camp and flag Costa Rica's Security
 *   Ministry reported on 1 November, and the soldiers seen back on 5–6 February 2011 after Costa Rica had said they
 *   were gone. Costa Rica's National Police sent to Barra del Colorado (22 October, about 70–80 officers) is Costa
 *   Rica's force posture. Every act on the island has one place, "Isla Calero".
 * - The catalogue has no type for troops withdrawn: Costa Rica's announcement that they had gone (about 1 February
 *   2011) and Nicaragua's compliance with the Court's order (March 2011, by A.M. Costa Rica's account of April) are
 *   recorded as what was said (StatementMade).
 * - Chinchilla's demand of about 9 November that Nicaragua leave within 48 hours is an ultimatum (dpa calls it one);
 *   its deadline was Thursday 11 November, 16:00 in Costa Rica, extended on the 11th by 24 hours (that extension is in
 *   the note: the catalogue has no type for it). Chinchilla had said Costa Rica would not use force; the consequence
 *   the sources give is a diplomatic one. Ortega's "we will not withdraw" of 13 November rejects it.
 * - The OAS resolution of 12 November is the OAS's demand on both parties (DemandTabled by `oas`), not an agreement
 *   between them; Nicaragua's rejection is its position. The Court's provisional measures of 8 March 2011 are the
 *   Court's demand on both (by `icj`), accepted by both the same day (each claimed victory): still not an agreement
 *   the pair reached, and not recorded as one. The judgment of 2015 is recorded the same way.
 * - The Sandinista youth groups on the island in April 2011 are civilians; the army's chief admitted logistical
 *   support (Costa Rica's foreign minister's account): no incident kind fits a civilian incursion, so what is recorded
 *   is Costa Rica's protest (an accusation). A.M. Costa Rica's report is dated by its archive's month only.
 * - The molotov thrown at Nicaragua's embassy in San José on 12 November by unknown assailants is nobody's act of the
 *   pair and is left out.
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, source, retrospectiveClock } from '../../examples/case-builder';

const NEGOTIATION_ID = 'nicaragua-costa-rica-2010';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 2010);
/** Recorded retrospectively on 6 December 2026, one minute apart, in log order. */
const when = retrospectiveClock('2026-12-06T09:00:00Z');

const NICARAGUA: Actor = {
  id: 'nicaragua',
  name: 'Nicaragua',
  kind: 'state',
  aliases: ['Managua', 'Ejército de Nicaragua', 'Nicaraguan Army'],
};
const COSTA_RICA: Actor = { id: 'costa-rica', name: 'Costa Rica', kind: 'state', aliases: ['San José'] };
const OAS: Actor = {
  id: 'oas',
  name: 'Organization of American States',
  kind: 'international-organisation',
  aliases: ['OAS', 'OEA', 'Permanent Council', 'José Miguel Insulza'],
};
const ICJ: Actor = {
  id: 'icj',
  name: 'International Court of Justice',
  kind: 'international-organisation',
  aliases: ['ICJ', 'CIJ', 'World Court', 'The Hague'],
};

const ORTEGA: Person = { name: 'Daniel Ortega', title: 'President of Nicaragua', actorId: 'nicaragua' };
const PASTORA: Person = {
  name: 'Edén Pastora',
  title: 'Head of the San Juan dredging project',
  actorId: 'nicaragua',
};
const NIC_MFA: Person = { name: 'Ministry of Foreign Affairs of Nicaragua', actorId: 'nicaragua' };
const NIC_POWERS: Person = {
  name: 'Council of the Powers of the State of Nicaragua (declaration)',
  actorId: 'nicaragua',
};
const ARGUELLO: Person = { name: 'Carlos Argüello', title: 'Agent of Nicaragua at the ICJ', actorId: 'nicaragua' };
const VEGA: Person = { name: 'César Vega', title: 'Deputy Foreign Minister of Nicaragua', actorId: 'nicaragua' };
const CHINCHILLA: Person = { name: 'Laura Chinchilla', title: 'President of Costa Rica', actorId: 'costa-rica' };
const CASTRO: Person = { name: 'René Castro', title: 'Foreign Minister of Costa Rica', actorId: 'costa-rica' };
const TIJERINO: Person = {
  name: 'José María Tijerino',
  title: 'Security Minister of Costa Rica',
  actorId: 'costa-rica',
};
const URBINA: Person = {
  name: 'Jorge Urbina',
  title: 'Ambassador of Costa Rica to the Netherlands',
  actorId: 'costa-rica',
};
const SOLIS: Person = { name: 'Luis Guillermo Solís', title: 'President of Costa Rica', actorId: 'costa-rica' };
const INSULZA: Person = { name: 'José Miguel Insulza', title: 'Secretary General of the OAS', actorId: 'oas' };
const OAS_COUNCIL: Person = { name: 'OAS Permanent Council', actorId: 'oas' };
const ICJ_COURT: Person = { name: 'International Court of Justice', actorId: 'icj' };

const S = {
  ttYear: source(
    'Nicaragua dredges up conflict of the year',
    'The Tico Times',
    'https://ticotimes.net/2010/12/23/nicaragua-dredges-up-conflict-of-the-year',
    '2010-12-23',
    'B',
    2,
  ),
  ttShowdown: source(
    'Border Showdown: On the Río San Juan, Nica Soldiers Patrol a Once-Quiet Area',
    'The Tico Times',
    'https://ticotimes.net/2010/11/05/border-showdown-on-the-rio-san-juan-nica-soldiers-patrol-a-once-quiet-area',
    '2010-11-05',
    'B',
    2,
  ),
  amCamp: source(
    'Nicaragua sets up army camp on disputed island',
    'A.M. Costa Rica',
    'http://amcostaricaarchives.com/2010/11/nicaragua-sets-up-army-camp-on-disputed-island/',
    '2010-11-02',
    'C',
    2,
  ),
  afpChronology: source(
    'Nicaragua-Costa Rica: Chronology of the conflict (AFP, copied by Colibri Express)',
    'Colibri Express (AFP)',
    'http://colibriexpress.com/News/?p=538',
    '2015-12-16',
    'C',
    2,
  ),
  oasMandate: source(
    'OAS Secretary General to Travel to Costa Rica and Nicaragua to Facilitate Dialogue',
    'Organization of American States',
    'https://www.oas.org/en/media_center/press_release.asp?sCodigo=E-416/10',
    '2010-11-04',
    'A',
    1,
  ),
  oasRecommendations: source(
    'OAS Secretary General Presents Recommendations following Visit to Costa Rica and Nicaragua',
    'Organization of American States',
    'https://www.oas.org/en/media_center/press_release.asp?sCodigo=E-425/10',
    '2010-11-09',
    'A',
    1,
  ),
  dpaUltimatum: source(
    'Costa Rica, Nicaragua at odds over border dispute',
    'Trend (dpa)',
    'https://en.trend.az/world/other/1780348.html',
    '2010-11-11',
    'C',
    2,
  ),
  amDeadline: source(
    'Nicaragua does not seem to be responding to Tico deadline',
    'A.M. Costa Rica',
    'http://amcostaricaarchives.com/2010/11/nicaragua-does-not-seem-to-be-responding-to-tico-deadline/',
    '2010-11-11',
    'C',
    2,
  ),
  icrExtension: source(
    'Costa Rica Gives Nicaragua Another 24 Hours',
    'Inside Costa Rica',
    'http://www.insidecostarica.com/dailynews/2010/november/12/costarica10111201.htm',
    '2010-11-12',
    'C',
    2,
  ),
  oasResolution: source(
    'OAS Permanent Council Approves Resolution on Costa Rica-Nicaragua Situation',
    'Organization of American States',
    'https://www.oas.org/en/media_center/press_release.asp?sCodigo=E-434/10',
    '2010-11-13',
    'A',
    1,
  ),
  ttOasVote: source(
    'OAS Votes for Nicaragua to Remove Troops',
    'The Tico Times',
    'https://ticotimes.net/2010/11/14/oas-votes-for-nicaragua-to-remove-troops',
    '2010-11-14',
    'B',
    2,
  ),
  apVictory: source(
    "Costa Rica calls OAS border resolution 'victory'",
    'The Jerusalem Post (AP)',
    'https://www.jpost.com/International/Costa-Rica-calls-OAS-border-resolution-victory',
    '2010-11-13',
    'B',
    2,
  ),
  ttOrtega: source(
    'Nicaragua’s Ortega Demands Navigation Rights to Costa Rican River',
    'The Tico Times',
    'https://ticotimes.net/2010/11/15/nicaragua-s-ortega-demands-navigation-rights-to-costa-rican-river',
    '2010-11-15',
    'B',
    1,
  ),
  aeroOrtega: source(
    'Nicaragua no retirará sus tropas de la zona en disputa con Costa Rica y amenaza con retirarse de la OEA',
    'Aeronoticias',
    'https://aeronoticias.com.pe/noticiero/nicaragua-no-retirara-sus-tropas-de-la-zona-en-disputa-con-costa-rica-y-amenaza-con-retirarse-de-la-oea',
    '2010-11-14',
    'C',
    1,
  ),
  coopPowers: source(
    'Nicaragua descartó discutir en la OEA litigio con Costa Rica',
    'Cooperativa.cl',
    'https://www.cooperativa.cl/noticias/site/artic/20101116/pags-amp/20101116012106.html',
    '2010-11-16',
    'C',
    1,
  ),
  biobioPowers: source(
    'Nicaragua reitera que desacata resolución de OEA en conflicto con Costa Rica',
    'BioBioChile',
    'https://www.biobiochile.cl/noticias/2010/11/16/nicaragua-reitera-que-desacata-resolucion-de-oea-en-conflicto-con-costa-rica.shtml',
    '2010-11-16',
    'C',
    1,
  ),
  icjSummary2011: source(
    'Summary of the Order of 8 March 2011 (Certain Activities carried out by Nicaragua in the Border Area)',
    'International Court of Justice',
    'https://icj-cij.org/index.php/node/103914',
    '2011-03-08',
    'A',
    1,
  ),
  oasConvocation: source(
    'Convocation of the Meeting of Consultation of Ministers of Foreign Affairs to Assess the "Situation in the Border Area Between Costa Rica and Nicaragua"',
    'Organization of American States',
    'https://www.oas.org/en/media_center/press_release.asp?sCodigo=E-17',
    '2010-11-18',
    'A',
    1,
  ),
  oasMinisters: source(
    'OAS Secretary General Insulza Delivers Report to Foreign Ministers on Costa Rica-Nicaragua Situation',
    'Organization of American States',
    'https://www.oas.org/en/media_center/press_release.asp?sCodigo=E-471/10',
    '2010-12-07',
    'A',
    1,
  ),
  oasRegrets: source(
    'OAS Secretary General Regrets It Was Not Possible to Restart Dialogue Between Costa Rica and Nicaragua on Border Dispute',
    'Organization of American States',
    'https://www.oas.org/en/media_center/press_release.asp?sCodigo=E-482/10',
    '2010-12-12',
    'A',
    1,
  ),
  ttHague: source(
    'Costa Rica argues case against Nicaragua in The Hague on Tuesday',
    'The Tico Times',
    'https://ticotimes.net/2011/01/07/costa-rica-argues-case-against-nicaragua-in-the-hague-on-tuesday',
    '2011-01-07',
    'B',
    2,
  ),
  icjHearings: source(
    'The Court to deliver its Order on Tuesday 8 March 2011 at 3 p.m. (Press Release No. 2011/5)',
    'International Court of Justice',
    'https://icj-cij.org/node/101919',
    '2011-02-23',
    'A',
    1,
  ),
  ttReturn: source(
    'Nicaraguan soldiers return to Isla Calero',
    'The Tico Times',
    'https://ticotimes.net/2011/02/07/nicaraguan-soldiers-return-to-isla-calero',
    '2011-02-07',
    'B',
    2,
  ),
  csmVictory: source(
    "Nicaragua, Costa Rica both see victory in Hague's ruling on border standoff",
    'The Christian Science Monitor',
    'https://www.csmonitor.com/World/Americas/2011/0308/Nicaragua-Costa-Rica-both-see-victory-in-Hague-s-ruling-on-border-standoff',
    '2011-03-08',
    'B',
    2,
  ),
  ttBothClaim: source(
    'Costa Rica, Nicaragua both claim victory as court issues first ruling',
    'The Tico Times',
    'https://ticotimes.net/2011/03/10/costa-rica-nicaragua-both-claim-victory-as-court-issues-first-ruling',
    '2011-03-10',
    'B',
    1,
  ),
  amYouth: source(
    'Young Sandinistas appear to be occupying disputed island',
    'A.M. Costa Rica',
    'http://amcostaricaarchives.com/2011/04/young-sandinistas-appear-to-be-occupying-disputed-island/',
    '2011-04-30',
    'C',
    2,
  ),
  ttDenounces: source(
    'Costa Rica denounces Nicaragua again at The Hague',
    'The Tico Times',
    'https://ticotimes.net/2011/06/26/costa-rica-denounces-nicaragua-again-at-the-hague',
    '2011-06-26',
    'B',
    2,
  ),
  ttOrder2013: source(
    'Costa Rica celebrates world court ruling in border spat with Nicaragua',
    'The Tico Times',
    'http://ticotimes.net/2013/11/22/costa-rica-celebrates-world-court-ruling-in-border-spat-with-nicaragua',
    '2013-11-22',
    'B',
    2,
  ),
  icjJudgment: source(
    'Certain Activities carried out by Nicaragua in the Border Area (Costa Rica v. Nicaragua) — Press Release No. 2015/32',
    'International Court of Justice',
    'https://icj-cij.org/node/102124',
    '2015-12-16',
    'A',
    1,
  ),
  nacionVega: source(
    'Vicecanciller de Ortega: "Nicaragua va a acatar el fallo en toda su extensión"',
    'La Nación (Costa Rica)',
    'http://www.nacion.com/el-pais/politica/vicecanciller-de-ortega-nicaragua-va-a-acatar-el-fallo-en-toda-su-extension/C5TGYEQDUFABLFBFVNJBNGMOGY/story/',
    '2015-12-16',
    'B',
    1,
  ),
  todayAbide: source(
    'Nicaragua accepts and will abide court ruling on border dispute',
    'Today Nicaragua',
    'http://todaynicaragua.com/nicaragua-accepts-and-will-abide-court-ruling-on-border-dispute/',
    '2015-12-16',
    'C',
    1,
  ),
};

const D = {
  withdraw: 'nicaragua-withdraws-from-isla-calero',
  oas: 'oas-resolution-978',
  icjOrder: 'icj-provisional-measures-2011',
  judgment: 'icj-judgment-2015',
};
const ULT = 'chinchilla-48-hours-2010-11';
const CALERO = 'Isla Calero';
const O = {
  oasVote: 'oas-resolution-2010-11-12',
  order: 'icj-order-2011-03-08',
  judgment: 'icj-judgment-2015-12-16',
};

const events = [
  // ===== October 2010: the dredging, the soldiers, the police =====
  ev(
    'NegotiationOpened',
    'opened',
    when('2010-10-18'),
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Nicaragua – Costa Rica, Isla Calero / Isla Portillos, 2010–15',
      subject:
        'Nicaragua’s dredging of the San Juan river and its soldiers on Isla Calero / Isla Portillos, which Costa Rica holds its own: the OAS’s resolutions, Costa Rica’s case at the International Court of Justice, the Court’s provisional measures and its judgment',
      parties: [NICARAGUA, COSTA_RICA],
      mediators: [],
    },
    [S.afpChronology, S.ttYear],
    { note: 'Opened on the day the dredging began (AFP’s chronology); recorded retrospectively.' },
  ),
  ev(
    'StatementMade',
    'stmt-pastora-dredging',
    when('2010-10-18'),
    {
      speaker: PASTORA,
      audience: 'costa-rica',
      tone: 'neutral',
      summary:
        'Nicaragua begins dredging the San Juan river, led by Edén Pastora, to make it navigable; Pastora holds that the land south of the river at its mouth (Isla Calero) is Nicaraguan under the Cañas–Jerez treaty of 1858.',
    },
    [S.afpChronology, S.ttYear],
  ),
  ev(
    'IncidentReported',
    'inc-soldiers-enter',
    when('2010-10-21'),
    {
      incidentId: 'nicaraguan-army-enters-calero-2010-10-21',
      kind: 'force-posture',
      perpetrator: 'nicaragua',
      allegedBy: 'costa-rica',
      against: 'costa-rica',
      place: CALERO,
      description:
        'A Costa Rican farm owner, Marco Reyes, says the Nicaraguan army entered his farm south of the San Juan, ordered him to leave and claimed the land for Nicaragua; no shot fired.',
    },
    [S.ttYear],
  ),
  ev(
    'IncidentReported',
    'inc-cr-police',
    when('2010-10-22'),
    {
      incidentId: 'costa-rica-police-barra-del-colorado-2010-10-22',
      kind: 'force-posture',
      perpetrator: 'costa-rica',
      against: 'nicaragua',
      place: 'Barra del Colorado',
      description:
        'Costa Rica, which has no army, sends 70–150 National Police officers (accounts differ) to Barra del Colorado, five kilometres south of the river.',
    },
    [S.ttYear, S.afpChronology],
  ),
  ev(
    'StatementMade',
    'stmt-cr-protest-oct',
    when('2010-10-22'),
    {
      speaker: { name: 'Government of Costa Rica (note of protest)', actorId: 'costa-rica' },
      audience: 'nicaragua',
      tone: 'accusation',
      summary:
        'Costa Rica protests the incursion into its territory and the damage done by the dredging’s sediment to the wetlands of Isla Portillos, and asks that the troops be removed.',
    },
    [S.ttYear, S.afpChronology],
  ),
  ev(
    'DemandTabled',
    'dem-withdraw',
    when('2010-10-22'),
    {
      demandId: D.withdraw,
      by: 'costa-rica',
      addressedTo: ['nicaragua'],
      text: 'Withdraw Nicaragua’s troops and workers from Isla Calero / Isla Portillos, Costa Rican territory.',
      category: 'territorial',
    },
    [S.ttYear],
  ),
  ev(
    'PositionTaken',
    'pos-nic-rejects-oct',
    when('2010-10-23', 'approximate'),
    {
      demandId: D.withdraw,
      actorId: 'nicaragua',
      stance: 'rejected',
      speaker: NIC_MFA,
      quote: 'The government of Nicaragua categorically rejects the statement',
    },
    [S.ttYear],
    { note: 'The Tico Times’ year in review gives the rebuff without its day: after the note of 22 October.' },
  ),
  // ===== November 2010: the camp, the OAS, the ultimatum =====
  ev(
    'IncidentReported',
    'inc-camp',
    when('2010-11-01'),
    {
      incidentId: 'nicaraguan-camp-calero-2010-11-01',
      kind: 'force-posture',
      perpetrator: 'nicaragua',
      allegedBy: 'costa-rica',
      against: 'costa-rica',
      place: CALERO,
      description:
        'Costa Rica’s Security Ministry reports a Nicaraguan army camp on the island, with tents and the Nicaraguan flag: an estimated 50 soldiers; the Tico Times sees 6 to 15 armed soldiers there that week and helicopters bringing more.',
    },
    [S.amCamp, S.ttShowdown],
  ),
  ev(
    'StatementMade',
    'stmt-castro-oas',
    when('2010-11-01'),
    {
      speaker: CASTRO,
      audience: 'OAS',
      tone: 'accusation',
      summary:
        'Costa Rica will take its case to the OAS: Nicaraguan troops occupy Costa Rican soil. The security minister recalls the country’s pacifist tradition: diplomacy is the course.',
    },
    [S.amCamp],
  ),
  ev(
    'StatementMade',
    'stmt-ortega-narco',
    when('2010-10-31', 'approximate'),
    {
      speaker: ORTEGA,
      audience: 'public',
      tone: 'critical',
      summary: 'Ortega says the army’s operations along the San Juan are to suppress drug trafficking.',
    },
    [S.amCamp],
    { note: '"Over the weekend" before 1 November (A.M. Costa Rica).' },
  ),
  ev('ActorRegistered', 'actor-oas', when('2010-11-03'), { actor: OAS, role: 'third-party' }, [S.oasMandate]),
  ev(
    'ThirdPartyEngagement',
    'eng-insulza-visit',
    when('2010-11-05'),
    {
      actorId: 'oas',
      counterparts: ['costa-rica', 'nicaragua'],
      kind: 'visit',
      summary:
        'At both governments’ invitation (agreed at the Permanent Council on 4 November), Insulza visits San José and Managua from 5 to 8 November, meets Chinchilla and Ortega and flies over the area.',
    },
    [S.oasMandate, S.oasRecommendations],
  ),
  ev(
    'StatementMade',
    'stmt-insulza-recommendations',
    when('2010-11-09'),
    {
      speaker: INSULZA,
      audience: 'OAS Permanent Council',
      tone: 'neutral',
      summary:
        'Insulza’s four recommendations: hold the Binational Commission (due 27 November); resume the demarcation talks at once; avoid the presence of military or security forces in the area; strengthen cooperation against drug trafficking. "There is no wish for the disagreement to escalate to a level of confrontation."',
    },
    [S.oasRecommendations],
  ),
  ev(
    'UltimatumIssued',
    'ult-48h',
    when('2010-11-09', 'approximate'),
    {
      ultimatumId: ULT,
      by: 'costa-rica',
      to: ['nicaragua'],
      demandIds: [D.withdraw],
      deadline: '2010-11-11T22:00:00Z',
      consequences:
        'None of force (Chinchilla: Costa Rica will not use force to remove the troops); no talks until Nicaragua withdraws "as a sign of good will".',
    },
    [S.dpaUltimatum, S.amDeadline],
    {
      note: 'dpa: a 48-hour ultimatum set to expire on Thursday 11 November (16:00 in Costa Rica); on the 11th Costa Rica gave another 24 hours at ALBA’s request (Inside Costa Rica).',
    },
  ),
  ev(
    'StatementMade',
    'stmt-chinchilla-cnn',
    when('2010-11-10'),
    {
      speaker: CHINCHILLA,
      audience: 'CNN en Español',
      tone: 'critical',
      summary:
        'Chinchilla is willing to discuss the border with Nicaragua, but only once Managua withdraws its forces from the area; otherwise no talks are possible.',
    },
    [S.dpaUltimatum],
  ),
  ev(
    'IncidentReported',
    'inc-reinforcements',
    when('2010-11-11'),
    {
      incidentId: 'nicaraguan-reinforcements-calero-2010-11-11',
      kind: 'force-posture',
      perpetrator: 'nicaragua',
      allegedBy: 'costa-rica',
      against: 'costa-rica',
      place: CALERO,
      description:
        'Costa Rican officials flying over the island confirm the soldiers have not left and their number has grown; Nicaraguan helicopters seen over Barra del Colorado; a Nicaraguan warship off the coast.',
    },
    [S.icrExtension, S.amDeadline],
  ),
  ev(
    'DemandTabled',
    'dem-oas',
    when('2010-11-12'),
    {
      demandId: D.oas,
      by: 'oas',
      addressedTo: ['nicaragua', 'costa-rica'],
      text: 'Resolution CP/RES. 978 endorsing the Secretary General’s recommendations: hold the Binational Commission, resume the demarcation talks, avoid the presence of military or security forces in the area, strengthen cooperation against drug trafficking — "simultaneously and without delay".',
      category: 'security',
    },
    [S.oasResolution, S.ttOasVote],
    { occurrence: O.oasVote },
  ),
  ev(
    'PositionTaken',
    'pos-cr-oas',
    when('2010-11-13'),
    {
      demandId: D.oas,
      actorId: 'costa-rica',
      stance: 'accepted',
      speaker: { name: 'Office of the President of Costa Rica', actorId: 'costa-rica' },
      quote: 'a diplomatic victory',
    },
    [S.apVictory, S.ttOasVote],
  ),
  ev(
    'PositionTaken',
    'pos-nic-oas',
    when('2010-11-13'),
    {
      demandId: D.oas,
      actorId: 'nicaragua',
      stance: 'rejected',
      speaker: ORTEGA,
      quote:
        'This proposal that the OAS approved last night says that we should leave this land free for drug trafficking. And we don’t accept that.',
    },
    [S.ttOrtega, S.aeroOrtega, S.apVictory],
  ),
  ev(
    'StatementMade',
    'stmt-ortega-address',
    when('2010-11-13'),
    {
      speaker: ORTEGA,
      audience: 'public',
      tone: 'accusation',
      summary:
        'In a televised address Ortega calls the OAS vote "rigged" and a conspiracy, says the troops stay, that Nicaragua may leave the OAS, that "drug traffickers are directing Costa Rica’s foreign policy", and asks for navigation rights on Costa Rica’s Colorado river.',
    },
    [S.ttOrtega, S.aeroOrtega],
  ),
  ev(
    'UltimatumResolved',
    'ult-rejected',
    when('2010-11-13'),
    {
      ultimatumId: ULT,
      resolution: 'rejected',
      summary: 'The deadline passed with the soldiers still on the island; Ortega says they will not withdraw.',
    },
    [S.ttOrtega, S.icrExtension],
  ),
  ev(
    'StatementMade',
    'stmt-nic-powers',
    when('2010-11-15'),
    {
      speaker: NIC_POWERS,
      audience: 'OAS',
      tone: 'critical',
      summary:
        'The four powers of the Nicaraguan state withdraw Nicaragua from any OAS activity on the border dispute: the OAS is no court; the army has not invaded foreign territory and will keep fighting drug trafficking; the dredging goes on.',
    },
    [S.coopPowers, S.biobioPowers],
  ),
  ev('ActorRegistered', 'actor-icj', when('2010-11-18'), { actor: ICJ, role: 'third-party' }, [S.icjSummary2011]),
  ev(
    'DemandTabled',
    'dem-cr-icj',
    when('2010-11-18'),
    {
      demandId: 'cr-application-provisional-measures',
      by: 'costa-rica',
      addressedTo: ['nicaragua'],
      text: 'Costa Rica’s application to the International Court of Justice for "the incursion into, occupation of and use by Nicaragua’s Army of Costa Rican territory", with a request for provisional measures: the immediate withdrawal of Nicaragua’s forces and a halt to the dredging and the dumping of sediment.',
      category: 'territorial',
    },
    [S.icjSummary2011, S.oasMinisters],
  ),
  ev(
    'StatementMade',
    'stmt-oas-convocation',
    when('2010-11-18'),
    {
      speaker: OAS_COUNCIL,
      audience: 'Costa Rica and Nicaragua',
      tone: 'neutral',
      summary:
        'At Costa Rica’s request the Permanent Council convenes a Meeting of Consultation of Ministers of Foreign Affairs for 7 December to consider the situation, recalling both parties’ willingness to engage in dialogue.',
    },
    [S.oasConvocation],
  ),
  // ===== December 2010 – February 2011 =====
  ev(
    'StatementMade',
    'stmt-insulza-ministers',
    when('2010-12-07'),
    {
      speaker: INSULZA,
      audience: 'OAS Meeting of Consultation of Ministers of Foreign Affairs',
      tone: 'critical',
      summary:
        'Insulza reports no change: the Binational Commission did not meet, no progress on demarcation, "everything seems to indicate a Nicaraguan presence still in the area, with certain evidence of a military presence", trees felled and a channel opened.',
    },
    [S.oasMinisters],
  ),
  ev(
    'StatementMade',
    'stmt-insulza-regrets',
    when('2010-12-12'),
    {
      speaker: INSULZA,
      audience: 'Costa Rica and Nicaragua',
      tone: 'neutral',
      summary:
        'Insulza regrets that it has not been possible to restart dialogue between the two; the OAS has never meddled in the border dispute; the two must talk on terms of their choosing while the Court examines the case.',
    },
    [S.oasRegrets],
  ),
  ev(
    'StatementMade',
    'stmt-ortega-stay',
    when('2010-12-23', 'approximate'),
    {
      speaker: ORTEGA,
      audience: 'public',
      tone: 'critical',
      summary:
        'Ortega: the OAS loses credibility every day; "We will stay [on Isla Calero] due to the manipulated, rigged and lying vote of the OAS."',
      quote: 'We will stay due to the manipulated, rigged and lying vote of the OAS',
    },
    [S.ttHague],
    { note: 'Quoted by the Tico Times of 7 January 2011 from its issue of 24 December: said in the days before.' },
  ),
  ev(
    'StatementMade',
    'stmt-icj-hearings',
    when('2011-01-11'),
    {
      speaker: ICJ_COURT,
      audience: 'Costa Rica and Nicaragua',
      tone: 'neutral',
      summary: 'The Court hears both parties on Costa Rica’s request for provisional measures, 11–13 January 2011.',
    },
    [S.icjHearings, S.ttHague],
  ),
  ev(
    'StatementMade',
    'stmt-tijerino-gone',
    when('2011-02-01', 'approximate'),
    {
      speaker: TIJERINO,
      audience: 'public',
      tone: 'critical',
      summary:
        'After flights over the island on 29 and 31 January, Costa Rica’s security and foreign ministers say the Nicaraguan soldiers are no longer on Isla Calero, but may be hidden or return: it is not yet safe for Costa Ricans to navigate the area.',
    },
    [S.ttReturn],
  ),
  ev(
    'IncidentReported',
    'inc-soldiers-back',
    when('2011-02-05'),
    {
      incidentId: 'nicaraguan-soldiers-back-calero-2011-02-05',
      kind: 'force-posture',
      perpetrator: 'nicaragua',
      against: 'costa-rica',
      place: CALERO,
      description:
        'The Tico Times sees armed, camouflaged Nicaraguan soldiers back at their outpost on the south bank over the weekend, the flag flying again and watchtowers over the river; troops heavy on the river by the dredging.',
    },
    [S.ttReturn],
  ),
  // ===== 8 March 2011: the Court's provisional measures =====
  ev(
    'DemandTabled',
    'dem-icj-order',
    when('2011-03-08'),
    {
      demandId: D.icjOrder,
      by: 'icj',
      addressedTo: ['nicaragua', 'costa-rica'],
      text: 'Provisional measures: each party shall refrain from sending to, or maintaining in, the disputed territory any personnel, civilian, police or security (Costa Rica may send civilian personnel charged with protecting the environment, after consulting the Ramsar secretariat and informing Nicaragua); both shall refrain from any action that might aggravate or extend the dispute.',
      category: 'security',
    },
    [S.icjSummary2011, S.ttBothClaim],
    { occurrence: O.order },
  ),
  ev(
    'PositionTaken',
    'pos-cr-order',
    when('2011-03-08'),
    {
      demandId: D.icjOrder,
      actorId: 'costa-rica',
      stance: 'accepted',
      speaker: CASTRO,
      quote:
        'We are completely satisfied with the ruling as it will put an immediate stop to the Nicaraguan invasion of Costa Rica',
    },
    [S.ttBothClaim, S.csmVictory],
  ),
  ev(
    'PositionTaken',
    'pos-nic-order',
    when('2011-03-08'),
    {
      demandId: D.icjOrder,
      actorId: 'nicaragua',
      stance: 'accepted',
      speaker: ARGUELLO,
      quote:
        'the ruling is satisfactory because it blocks Costa Rica’s alleged offensive against Nicaraguan sovereignty',
    },
    [S.csmVictory, S.ttBothClaim],
    { note: 'The CS Monitor’s paraphrase of Argüello to Nicaragua’s state media.' },
  ),
  ev(
    'StatementMade',
    'stmt-nic-complied',
    when('2011-04', 'month'),
    {
      speaker: CASTRO,
      audience: 'public',
      tone: 'neutral',
      summary:
        'Nicaragua withdrew its military from the island after the order (Costa Rica had no one there): A.M. Costa Rica’s account in April, reporting Castro on the youth groups; no source read gives the day of the withdrawal.',
    },
    [S.amYouth],
  ),
  // ===== April–June 2011: the youth groups =====
  ev(
    'StatementMade',
    'stmt-castro-youth',
    when('2011-04', 'month'),
    {
      speaker: CASTRO,
      audience: 'nicaragua',
      tone: 'accusation',
      summary:
        'About 50 young Sandinistas, brought by boat, harass the Ramsar scientists visiting the island; the army’s chief Julio César Avilés admitted giving them logistical and political support. A note of protest to Nicaragua, a new protest to the Court and the UN Security Council; Costa Rica keeps its date to discuss border cooperation against organised crime.',
    },
    [S.amYouth],
  ),
  ev(
    'StatementMade',
    'stmt-urbina-hague',
    when('2011-06-23'),
    {
      speaker: URBINA,
      audience: 'icj',
      tone: 'accusation',
      summary:
        'Before the Court, Costa Rica denounces Nicaragua for encouraging the Guardabarranco movement of the Sandinista Youth to enter the disputed zone at least seven times in April and May, in groups of 80, in breach of the order of 8 March; Nicaraguan boats moored three days on the island flying the flag.',
    },
    [S.ttDenounces],
  ),
  // ===== 2013: the new caños =====
  ev(
    'DemandTabled',
    'dem-icj-order-2013',
    when('2013-11-22'),
    {
      demandId: 'icj-new-provisional-measures-2013',
      by: 'icj',
      addressedTo: ['nicaragua'],
      text: 'New provisional measures: Nicaragua shall refrain from any dredging or other activity in the disputed territory, in particular on the two new caños, withdraw all personnel, civilian, police or security, and prevent their entry.',
      category: 'territorial',
    },
    [S.ttOrder2013],
  ),
  ev(
    'StatementMade',
    'stmt-castillo-2013',
    when('2013-11-22'),
    {
      speaker: { name: 'Enrique Castillo', title: 'Foreign Minister of Costa Rica', actorId: 'costa-rica' },
      audience: 'nicaragua',
      tone: 'critical',
      summary:
        '"Justice was served": the Court upheld Costa Rica’s complaints of Nicaragua’s violations of the 2011 measures (pro-government activists on the island, machinery cutting two new channels); Costa Rica hopes Nicaragua will comply and relations return to normal.',
    },
    [S.ttOrder2013],
  ),
  // ===== 16 December 2015: the judgment =====
  ev(
    'DemandTabled',
    'dem-judgment',
    when('2015-12-16'),
    {
      demandId: D.judgment,
      by: 'icj',
      addressedTo: ['nicaragua', 'costa-rica'],
      text: 'The final and binding judgment: Costa Rica has sovereignty over the disputed territory; by excavating three caños and establishing a military presence there Nicaragua violated Costa Rica’s sovereignty and the order of 2011, and owes compensation; Nicaragua’s dredging breached no environmental obligation; Costa Rica’s road (Route 1856) lacked an environmental impact assessment.',
      category: 'territorial',
    },
    [S.icjJudgment],
    { occurrence: O.judgment },
  ),
  ev(
    'PositionTaken',
    'pos-nic-judgment',
    when('2015-12-16'),
    {
      demandId: D.judgment,
      actorId: 'nicaragua',
      stance: 'accepted',
      speaker: VEGA,
      quote: 'Nicaragua va a acatar el fallo en toda su extensión',
    },
    [S.nacionVega, S.todayAbide],
  ),
  ev(
    'PositionTaken',
    'pos-cr-judgment',
    when('2015-12-16'),
    {
      demandId: D.judgment,
      actorId: 'costa-rica',
      stance: 'accepted',
      speaker: SOLIS,
      quote:
        'The resolution of the court fully satisfies the national assessment that its territory was invaded by Nicaragua',
    },
    [S.todayAbide],
  ),
  ev(
    'StatementMade',
    'stmt-murillo-dialogue',
    when('2015-12-16'),
    {
      speaker: { name: 'Rosario Murillo', title: 'Government spokeswoman of Nicaragua', actorId: 'nicaragua' },
      audience: 'costa-rica',
      tone: 'conciliatory',
      summary:
        'Nicaragua recognises and abides by the judgment, "a page turned"; the two should re-establish the mechanisms of dialogue and coexistence that ensure respect, tranquillity and peace.',
    },
    [S.todayAbide],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'nicaragua-costa-rica-2010.jsonl',
  logEnd: '2026-12-06T12:00:00Z',
  events,
};

export default definition;
