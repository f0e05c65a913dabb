/**
 * A test fixture, not a shipped example: Venezuela and Guyana over the
 * Essequibo, from the International Court of Justice's order of 1 December
 * 2023 to Venezuela's election of a "governor" for the territory in May 2025,
 * as an analyst following the news could have recorded it. Escalation model
 * v2 was never tuned on it: it is the case the model is held to in
 * venezuela-guyana-2023.spec.ts, against the calls an analyst makes from
 * DOMAIN.md §5b alone.
 *
 * What it tests that the other cases did not: a territorial dispute with
 * threats of annexation and shows of force but almost no fighting — the
 * referendum of 3 December 2023 and Maduro's steps after it (a new state and
 * map, orders to the state oil company, a military "defence zone" over the
 * territory), the Argyle Declaration of 14 December 2023 (neither side to
 * threaten or use force), HMS Trent's visit and Venezuela's exercise in
 * answer, the joint commission in Brasília, the organic law creating the
 * state (April 2024), the attack on Guyanese soldiers on the Cuyuní river
 * (February 2025), a Venezuelan patrol ship in Guyana's oil block (March 2025)
 * and the election of May 2025. The parties are Guyana and Venezuela; Saint
 * Vincent and the Grenadines (CELAC's pro tempore presidency), CARICOM and
 * Brazil mediate.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source.
 *
 * Grading as in examples/README.md: A = the court's own order; B =
 * established outlets or wire copies (Stabroek News, Kaieteur News, Demerara
 * Waves, iNews Guyana, Guyana Chronicle, Newsday, Energy Voice, Maritime
 * Executive, Bloomberg through Energy Connects, AFP through GZH, bne
 * IntelliNews; the Brazilian and Guyanese governments' own pages); C =
 * smaller, partisan or mirror outlets (teleSUR, Orinoco Tribune, TASS copies,
 * Pledge Times, Wired868, Dominican Today, Freedom SKN, Guyana Inquirer,
 * Village Voice, Voice of Vienna's copy of CNN, Caribbean Today, Mixed Times'
 * copy of AFP, Extra News Mundo). 1 = an act both sides confirm (the Argyle
 * Declaration, the Brasília meeting, the court's order); 2 = on-record
 * statements and facts several outlets agree on; 3 = one side's unverified
 * account.
 *
 * Judgement calls, recorded as an analyst would:
 * - Maduro's measures of 5 December 2023 (the new map, PDVSA-Esequibo and
 *   licences to exploit oil, gas and minerals in the territory, three months
 *   for the companies working under Guyana's licences to leave, and an
 *   "Integral Defence Zone" for Guayana Esequiba under a general named its
 *   single authority) are one `military-threat` statement: a military command
 *   over the other party's territory announced as the first step of annexing
 *   it. Ali called it "a direct threat" and put the Guyana Defence Force on
 *   high alert. The three-month deadline is addressed to companies, not to
 *   Guyana, and names no consequence: it is in the statement's text, not an
 *   `UltimatumIssued` (it lapsed in March 2024 unremarked in the sources).
 * - The referendum (3 December 2023) and the organic law creating the state
 *   of Guayana Esequiba (signed 3 April 2024) are Venezuela's territorial
 *   claim: a `DemandTabled` (the referendum's fifth question) and a
 *   statement of tone `threat` (the law: a threat to Guyana's territorial
 *   integrity, not a threat of war — nothing in it names force). The
 *   naming of a candidate "governor" (31 March 2025) and the election (25
 *   May 2025) are recorded the same way, `threat`.
 * - Venezuela's exercise of 28 December 2023 ("Domingo Sifontes", in answer
 *   to HMS Trent), the build-up at Anacoco island seen in January 2024, and
 *   the Venezuelan patrol ship in the Stabroek block (1 March 2025) are
 *   `force-posture` by Venezuela against Guyana: shows of force, no force
 *   used. The build-up's date is the month of the satellite images (January
 *   2024, precision `month`), recorded when CNN reported it (9 February).
 * - The Cuyuní attack (17 February 2025): the sources agree the gunmen were
 *   masked men firing from the Venezuelan bank, believed by Guyana's police
 *   and army to be "sindicatos" (Venezuelan criminal gangs); no source names
 *   Venezuelan forces. So the perpetrator is `sindicatos` (an armed group,
 *   third party), `militant-attack` against Guyana, alleged by Guyana, and
 *   `blamedOn: 'venezuela'`: Guyana's foreign minister told Venezuela's
 *   ambassador the next day that Guyana "holds Venezuela responsible". A
 *   third party's attack, not armed action between the parties (§5b); the
 *   blame is coercion. Venezuela's answer (a "vile montage"; the wounded were
 *   illegal miners protected by Guyana's army) is its accusation.
 * - The three attacks of 13–15 May 2025 from the Venezuelan shore (no one
 *   hurt) are recorded the same way but with no `blamedOn`: Guyana condemned
 *   them and asked Venezuela to investigate and prosecute, without holding it
 *   responsible in the statement cited. One record for the three days, dated
 *   13 May, since the source does not separate them.
 * - The International Court of Justice is an `observer`; its orders of 1
 *   December 2023 and 1 May 2025 are statements of its President (`neutral`:
 *   a court's order, not a party's act). Guyana's requests for them are its
 *   demands; Venezuela's refusal to recognise the court is its rejection
 *   (1 December 2023 and 2 May 2025, each a `PositionTaken` on Guyana's
 *   demand; the second was added after the model's first run, an omission of
 *   the recording, recorded as the first had been).
 * - The Argyle Declaration (14 December 2023) is an `AgreementReached` of
 *   kind `framework`, text public, no status recorded (agreed and applied as
 *   agreed): both presidents agreed it and posted it. It is recorded once
 *   with the meeting that adopted it (one `occurrence`). No source searched
 *   says either side suspended it; the second presidential meeting it
 *   foresaw (in Brazil, within three months) never took place, which the
 *   log cannot say beyond its absence.
 * - The United Kingdom (HMS Trent) is a third party supporting Guyana;
 *   Venezuela's "hostile provocation" statement of 28 December names the UK
 *   and warns that Venezuela reserves all actions to defend its territory:
 *   a `warning` addressed to Guyana, which it asked to have the ship withdrawn.
 * - Left out for want of a dated report in the sources searched, or for
 *   time: the ICJ hearings of November 2023, Guyana's and Venezuela's
 *   written pleadings, the United States' flights with the Guyana Defence
 *   Force (7 December 2023), Lula's and Brazil's troop movements on the
 *   border, the National Assembly's vote on the organic law (March 2024),
 *   Rubio's visit to Georgetown (March 2025). Days with nothing recorded are
 *   not days with nothing done.
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'venezuela-guyana-2023';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 2023);
/** A recordedAt on a given day, UTC (the case runs over two years). */
const rec = (day: string, time = '12:00'): string => `${day}T${time}:00Z`;

const GUYANA: Actor = {
  id: 'guyana',
  name: 'Co-operative Republic of Guyana',
  kind: 'state',
  aliases: ['Guyana', 'Georgetown', 'Guyana Defence Force', 'GDF'],
};
const VENEZUELA: Actor = {
  id: 'venezuela',
  name: 'Bolivarian Republic of Venezuela',
  kind: 'state',
  aliases: ['Venezuela', 'Caracas', 'FANB'],
};
const ST_VINCENT: Actor = {
  id: 'st-vincent',
  name: 'Saint Vincent and the Grenadines (CELAC pro tempore presidency)',
  kind: 'state',
  aliases: ['SVG', 'CELAC'],
};
const CARICOM: Actor = {
  id: 'caricom',
  name: 'Caribbean Community',
  kind: 'international-organisation',
  aliases: ['CARICOM'],
};
const BRAZIL: Actor = { id: 'brazil', name: 'Federative Republic of Brazil', kind: 'state', aliases: ['Brazil'] };
const UK: Actor = {
  id: 'united-kingdom',
  name: 'United Kingdom',
  kind: 'state',
  aliases: ['UK', 'Britain', 'Royal Navy'],
};
const ICJ: Actor = {
  id: 'icj',
  name: 'International Court of Justice',
  kind: 'international-organisation',
  aliases: ['ICJ', 'World Court'],
};
const SINDICATOS: Actor = {
  id: 'sindicatos',
  name: 'Venezuelan criminal gangs ("sindicatos")',
  kind: 'armed-group',
  aliases: ['sindicatos', 'syndicato gang'],
};

const MADURO: Person = { name: 'Nicolás Maduro', title: 'President of Venezuela', actorId: 'venezuela' };
const GIL: Person = { name: 'Yván Gil', title: 'Foreign Minister of Venezuela', actorId: 'venezuela' };
const PADRINO: Person = {
  name: 'Vladimir Padrino López',
  title: 'Defence Minister of Venezuela',
  actorId: 'venezuela',
};
const RODRIGUEZ: Person = { name: 'Delcy Rodríguez', title: 'Vice President of Venezuela', actorId: 'venezuela' };
const VE_MFA: Person = { name: 'Ministry of Foreign Affairs of Venezuela (statement)', actorId: 'venezuela' };
const ALI: Person = { name: 'Irfaan Ali', title: 'President of Guyana', actorId: 'guyana' };
const TODD: Person = { name: 'Hugh Todd', title: 'Foreign Minister of Guyana', actorId: 'guyana' };
const GY_MFA: Person = { name: 'Ministry of Foreign Affairs of Guyana (statement)', actorId: 'guyana' };
const DONOGHUE: Person = { name: 'Joan E. Donoghue', title: 'President of the ICJ', actorId: 'icj' };
const ICJ_COURT: Person = { name: 'International Court of Justice (order)', actorId: 'icj' };

const S = {
  pledgeNov1: source(
    'Essequibo: Guyana calls ICJ to block referendum in Venezuela',
    'Pledge Times',
    'https://pledgetimes.com/essequibo-guyana-calls-icj-to-block-referendum-in-venezuela/',
    '2023-11-01',
    'C',
    2,
  ),
  icjDec1: source(
    'Arbitral Award of 3 October 1899 (Guyana v. Venezuela), Order of 1 December 2023',
    'International Court of Justice',
    'https://www.icj-cij.org/node/203341',
    '2023-12-01',
    'A',
    1,
  ),
  demwavesDec1: source(
    'Venezuela silent on abiding by World Court order on Essequibo; claims legal victory',
    'Demerara Waves',
    'https://demerarawaves.com/2023/12/01/venezuela-silent-on-abiding-by-world-court-order-on-essequibo-claims-legal-victory/',
    '2023-12-01',
    'B',
    2,
  ),
  telesurDec4: source(
    'Venezuelan Authority Presents Essequibo Referendum Results',
    'teleSUR English',
    'https://www.telesurenglish.net/news/Venezuelan-Authority-Presents-Essequibo-Referendum-Results-20231204-0009.html',
    '2023-12-04',
    'C',
    2,
  ),
  noviniteDec4: source(
    'Venezuela referendum: 95% support for annexation of Guyana’s Essequibo region',
    'Novinite',
    'https://www.novinite.com/view_news.php?id=222785',
    '2023-12-04',
    'C',
    2,
  ),
  tassDec6: source(
    'Maduro orders all Venezuelan schools, universities to display revised map of country',
    'TASS',
    'https://tass.com/world/1716609/amp',
    '2023-12-06',
    'C',
    2,
  ),
  pledgeCabelloDec6: source(
    'Who is Alexis Cabello, major general appointed by Maduro to command the Essequibo region',
    'Pledge Times',
    'https://pledgetimes.com/who-is-alexis-cabello-major-general-appointed-by-maduro-to-command-the-essequibo-region/',
    '2023-12-06',
    'C',
    2,
  ),
  kaieteurDec7: source(
    'GDF engaging US-SOUTHCOM, other military partners as Venezuela steps up outrageous claim for Essequibo',
    'Kaieteur News',
    'https://www.kaieteurnewsonline.com/2023/12/07/gdf-engaging-us-southcom-other-military-partners-as-venezuela-steps-up-outrageous-claim-for-essequibo/',
    '2023-12-07',
    'B',
    2,
  ),
  pledgeMapDec6: source(
    'Guyana calls on UN after Maduro releases new map of Venezuela',
    'Pledge Times',
    'https://pledgetimes.com/guyana-calls-on-un-after-maduro-releases-new-map-of-venezuela/',
    '2023-12-06',
    'C',
    2,
  ),
  rnvDec9: source(
    'Presidents of Venezuela and Guyana meet on December 14 under the auspices of Celac and Caricom',
    'Radio Nacional de Venezuela',
    'https://rnv.gob.ve/prensa/?p=370824',
    '2023-12-09',
    'C',
    2,
  ),
  stabroekDec13: source(
    'Ali-Maduro meeting to be held at Argyle International Airport – sources',
    'Stabroek News',
    'https://stabroeknews.com/2023/12/13/news/guyana/ali-maduro-meeting-to-be-held-at-argyle-international-airport-sources',
    '2023-12-13',
    'B',
    2,
  ),
  wired868Dec15: source(
    'Venezuela and Guyana presidents choose peace, in Argyle declaration',
    'Wired868',
    'http://wired868.com/2023/12/15/venezuela-and-guyana-presidents-vote-for-peace-in-argyle-declaration/',
    '2023-12-15',
    'C',
    1,
  ),
  newsdayDec15: source(
    'Guyana, Venezuela sign Argyle decree, rejecting violence over Essequibo',
    'Newsday (Trinidad and Tobago)',
    'https://newsday.co.tt/2023/12/15/guyana-venezuela-sign-argyle-decree-rejecting-violence-over-essequibo/',
    '2023-12-15',
    'B',
    1,
  ),
  dominicanDec25: source(
    'British warship to visit Guyana amid regional engagements and tensions with Venezuela',
    'Dominican Today',
    'https://dominicantoday.com/dr/world/2023/12/25/british-warship-to-visit-guyana-amid-regional-engagements-and-tensions-with-venezuela/',
    '2023-12-25',
    'C',
    2,
  ),
  freedomDec28: source(
    'Venezuela rejects deployment of British Navy ship to Guyana',
    'Freedom SKN',
    'https://www.freedomskn.com/venezuela-rejects-deployment-of-british-navy-ship-to-guyana/',
    '2023-12-28',
    'C',
    2,
  ),
  cnnCopyDec29: source(
    'Venezuela announces military exercise and accuses the United Kingdom of "hostile provocation" by ship off the coast of Guyana',
    'World Today Journal (CNN en Español)',
    'https://www.world-today-journal.com/venezuela-announces-military-exercise-and-accuses-the-united-kingdom-of-hostile-provocation-by-ship-off-the-coast-of-guyana/',
    '2023-12-29',
    'C',
    2,
  ),
  energyvoiceDec29: source(
    'HMS Trent visits Guyana as Venezuela mobilises for drills',
    'Energy Voice',
    'https://energyvoice.com/?p=544577',
    '2023-12-29',
    'B',
    2,
  ),
  inquirerJan5: source(
    'Pres. Ali writes Maduro for 1st meeting of technical teams in Brazil',
    'Guyana Inquirer (iNews Guyana)',
    'https://guyanainquirer.com/pres-ali-writes-maduro-for-1st-meeting-of-technical-teams-in-brazil/',
    '2024-01-05',
    'C',
    2,
  ),
  chronicleJan24: source(
    'Guyana, Venezuela Foreign Affairs Ministers to meet tomorrow in Brazil',
    'Guyana Chronicle',
    'https://guyanachronicle.com/2024/01/24/guyana-venezuela-foreign-affairs-ministers-to-meet-tomorrow-in-brazil',
    '2024-01-24',
    'B',
    2,
  ),
  itamaratyJan25: source(
    'Press statement by Minister Mauro Vieira on the First Meeting of the Joint Commission of Foreign Ministers and Technicians of Guyana and Venezuela',
    'Ministry of Foreign Affairs of Brazil',
    'https://gov.br/mre/en/content-centers/speeches-articles-and-interviews/minister-of-foreign-affairs/speeches/mauro-vieira-2023/press-statement-by-the-minister-mauro-vieira-on-the-first-meeting-of-the-joint-commission-of-foreign-ministers-and-technicians-of-guyana-and-venezuela',
    '2024-01-25',
    'B',
    1,
  ),
  kaieteurJan26: source(
    'Guyana and Venezuelan Foreign Ministers met in Brazil for Joint Commission Meeting',
    'Kaieteur News',
    'https://www.kaieteurnewsonline.com/2024/01/26/guyana-and-venezuelan-foreign-ministers-met-in-brazil-for-joint-commission-meeting/',
    '2024-01-26',
    'B',
    2,
  ),
  cnnCopyFeb9: source(
    'Venezuela builds forces near border with Guyana despite agreement to de-escalate',
    'Voice of Vienna (CNN)',
    'https://voiceofvienna.org/2024/02/venezuela-builds-forces-near-border-with-guyana-despite-agreement-to-de-escalate/',
    '2024-02-09',
    'C',
    2,
  ),
  villagevoiceFeb10: source(
    'Trouble looms on the border as satellite images show Venezuela has strengthened presence',
    'Village Voice News',
    'https://villagevoicenews.com/2024/02/10/trouble-looms-on-the-boarder-as-satellite-images-show-venezuela-has-strengthened-presence/',
    '2024-02-10',
    'C',
    2,
  ),
  orinocoApr4: source(
    'Venezuela promulgates Organic Law for the Defense of Guayana Esequiba',
    'Orinoco Tribune',
    'https://orinocotribune.com/venezuela-promulgates-organic-law-for-the-defense-of-guayana-esequiba/',
    '2024-04-04',
    'C',
    2,
  ),
  newsamericasApr4: source(
    'Guyana denounces Maduro law claiming Guyana territory',
    'News Americas',
    'https://newsamericasnow.com/guyana-denounces-maduro-law-claiming-guyana-territory',
    '2024-04-04',
    'C',
    2,
  ),
  wefmApr4: source(
    'Guyana condemns Maduro’s enactment of law regarding disputed territory',
    '99.9 WE FM',
    'https://999wefm.com/guyana-condemns-maduros-enactment-of-law-regarding-disputed-territory/',
    '2024-04-04',
    'C',
    2,
  ),
  kaieteurFeb17: source(
    'Breaking news: six soldiers shot, reportedly by Venezuelan gang',
    'Kaieteur News',
    'https://www.kaieteurnewsonline.com/2025/02/17/breaking-news-six-soldiers-shot-reportedly-venezuelan-gang/',
    '2025-02-17',
    'B',
    2,
  ),
  inewsFeb18a: source(
    'GDF ranks attacked in Cuyuni River',
    'iNews Guyana',
    'https://www.inewsguyana.com/gdf-ranks-attacked-in-cuyuni-river/',
    '2025-02-18',
    'B',
    2,
  ),
  inewsFeb18b: source(
    'Guyana expresses outrage, demands redress from Venezuela for attack on soldiers',
    'iNews Guyana',
    'https://www.inewsguyana.com/guyana-expresses-outrage-demands-redress-from-venezuela-for-attack-on-soldiers/',
    '2025-02-18',
    'B',
    2,
  ),
  kaieteurFeb18: source(
    'Guyana holds Venezuela responsible for shooting of soldiers',
    'Kaieteur News',
    'https://www.kaieteurnewsonline.com/2025/02/18/guyana-holds-venezuela-responsible-for-shooting-of-soldiers/',
    '2025-02-18',
    'B',
    2,
  ),
  extraFeb18: source(
    'Venezuela a Guyana: deje la confrontación y cumpla con las obligaciones del Acuerdo de Ginebra',
    'Extra News Mundo',
    'https://extranewsmundo.com/venezuela-a-guyana-deje-la-confrontacion-y-cumpla-con-las-obligaciones-del-acuerdo-de-ginebra',
    '2025-02-18',
    'C',
    2,
  ),
  maritimeMar2: source(
    'Venezuelan Navy Approaches Exxon FPSO off Guyana',
    'The Maritime Executive',
    'https://maritime-executive.com/article/venezuelan-navy-approaches-exxon-fpso-off-guyana',
    '2025-03-02',
    'B',
    2,
  ),
  bloombergMar2: source(
    'Venezuelan Navy Approaches Exxon Mobil Vessel Off Guyana Coast',
    'Energy Connects (Bloomberg)',
    'https://energyconnects.com/news/oil/2025/march/venezuelan-navy-approaches-exxon-mobil-vessel-off-guyana-coast',
    '2025-03-02',
    'B',
    2,
  ),
  gzhMar31: source(
    'Chavismo apresenta militar como candidato a governador em região disputada por Guiana e Venezuela',
    'GZH (AFP)',
    'https://gauchazh.clicrbs.com.br/mundo/noticia/2025/03/chavismo-apresenta-militar-como-candidato-a-governador-em-regiao-disputada-por-guiana-e-venezuela-cm8xwqgem00j5016xnfbuzj4x.html',
    '2025-03-31',
    'B',
    2,
  ),
  stabroekMay3: source(
    'ICJ said it granted provisional measure as risk of Venezuela acquiring property in dispute has `significantly increased’',
    'Stabroek News',
    'https://www.stabroeknews.com/2025/05/03/news/guyana/icj-said-it-granted-provisional-measure-as-risk-of-venezuela-acquiring-property-in-dispute-has-significantly-increased/',
    '2025-05-03',
    'B',
    2,
  ),
  bssMay2: source(
    'Venezuela rejects UN court order to suspend Essequibo elections',
    'BSS (AFP)',
    'https://www.bssnews.net/international/269138',
    '2025-05-02',
    'B',
    2,
  ),
  mazoMay2: source(
    "Venezuela rejected the ICJ's request to cancel the governor's elections in Guyana Essequiba",
    'Mazo4F',
    'https://mazo4f.com/en/venezuela-rejected-the-icjs-request-to-cancel-the-governors-elections-in-guyana-essequiba',
    '2025-05-02',
    'C',
    2,
  ),
  dpiMay15: source(
    'Guyana condemns attack on soldiers, calls on Venezuela to probe incident',
    'Department of Public Information, Guyana',
    'https://dpi.gov.gy/guyana-condemns-attack-on-soldiers-calls-on-venezuela-to-probe-incident/',
    '2025-05-15',
    'B',
    2,
  ),
  mixedtimesMay26: source(
    'Venezuela elects representatives for Guyana-administered Essequibo',
    'Mixed Times (AFP)',
    'https://www.mixedtimes.com/news/venezuela-elects-representatives-for-guyana-administered-essequibo',
    '2025-05-26',
    'C',
    2,
  ),
  intellinewsMay26: source(
    'Venezuela elects governor for Guyana-controlled Essequibo in sovereignty escalation',
    'bne IntelliNews',
    'https://www.intellinews.com/venezuela-elects-governor-for-guyana-controlled-essequibo-in-sovereignty-escalation-382924/?source=guyana',
    '2025-05-26',
    'B',
    2,
  ),
  caribbeantodayMay26: source(
    'Guyana Restates Position on Essequibo as Venezuelans Vote For New Governor',
    'Caribbean Today',
    'https://mail.caribbeantoday.com/sections/politics/guyana-restates-position-on-essequibo-as-venezuelans-vote-for-new-governor',
    '2025-05-26',
    'C',
    2,
  ),
};

const R = {
  argyle: 'argyle-2023-12',
  brasilia: 'joint-commission-brasilia-2024-01',
};
const D = {
  statusQuo: 'venezuela-keep-status-quo',
  noElections: 'venezuela-no-elections-in-essequibo',
  newState: 'guayana-esequiba-state',
};

const events = [
  // ===== December 2023: the court's order, the referendum, Maduro's measures =====
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '2023-12-01', recordedAt: rec('2023-12-01', '18:00') },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Venezuela – Guyana, Essequibo, 2023–25',
      subject:
        "Venezuela's claim to the Essequibo (about two-thirds of Guyana's territory, which Guyana administers) and to the sea off it: Guyana's case at the International Court of Justice on the 1899 Award, Venezuela's referendum and annexation measures, the CELAC–CARICOM–Brazil mediation and the Argyle Declaration",
      parties: [GUYANA, VENEZUELA],
      mediators: [],
    },
    [S.icjDec1],
    { note: "Dated to the court's order on provisional measures, the first development the case covers." },
  ),
  ev(
    'ActorRegistered',
    'actor-icj',
    { occurredAt: '2023-12-01', recordedAt: rec('2023-12-01', '18:01') },
    { actor: ICJ, role: 'observer' },
    [S.icjDec1],
    { note: "Guyana's case on the validity of the 1899 Award (filed 29 March 2018) is before the court." },
  ),
  ev(
    'DemandTabled',
    'dem-status-quo',
    { occurredAt: '2023-10-31', precision: 'approximate', recordedAt: rec('2023-12-01', '18:02') },
    {
      demandId: D.statusQuo,
      by: 'guyana',
      addressedTo: ['venezuela'],
      text: "Guyana's request to the ICJ for provisional measures: Venezuela not to proceed with the consultative referendum as planned, and to take no action to seize or exercise sovereignty over the territory Guyana administers pending the judgment.",
      category: 'territorial',
    },
    [S.pledgeNov1],
    { note: 'The court announced receipt of the request on Tuesday 31 October; Guyana filed it on 30 October.' },
  ),
  ev(
    'StatementMade',
    'stmt-icj-dec1',
    { occurredAt: '2023-12-01', recordedAt: rec('2023-12-01', '18:03') },
    {
      speaker: DONOGHUE,
      audience: 'guyana, venezuela',
      tone: 'neutral',
      summary:
        'The court orders unanimously that, pending its final decision, Venezuela refrain from any action that would modify the situation prevailing in the disputed territory, which Guyana administers and controls, and that both parties refrain from any action that might aggravate or extend the dispute. It does not bar the referendum as such. Provisional measures are binding.',
      quote:
        'The Bolivarian Republic of Venezuela shall refrain from taking any action which would modify the situation that currently prevails in the territory in dispute.',
    },
    [S.icjDec1],
  ),
  ev(
    'PositionTaken',
    'pos-venezuela-status-quo',
    { occurredAt: '2023-12-01', recordedAt: rec('2023-12-01', '20:00') },
    {
      demandId: D.statusQuo,
      actorId: 'venezuela',
      stance: 'rejected',
      conditions:
        'Venezuela does not recognise the jurisdiction of the court over the territorial controversy; the referendum of 3 December goes ahead with its five questions; it claims victory because the court did not alter them.',
      speaker: VE_MFA,
    },
    [S.demwavesDec1],
  ),
  ev(
    'DemandTabled',
    'dem-new-state',
    { occurredAt: '2023-12-03', recordedAt: rec('2023-12-04', '12:00') },
    {
      demandId: D.newState,
      by: 'venezuela',
      addressedTo: ['guyana'],
      text: "The referendum's fifth question, approved by 95.9% according to the National Electoral Council: create the state of Guayana Esequiba, grant its population Venezuelan citizenship and identity cards, and incorporate it into the map of Venezuela. The other questions reject the 1899 Award and the ICJ's jurisdiction and oppose Guyana's use of the sea 'pending delimitation'.",
      category: 'territorial',
    },
    [S.telesurDec4, S.noviniteDec4],
    { note: "10.4 million votes by the council's count; reporters saw thin queues, and the turnout is disputed." },
  ),
  ev(
    'StatementMade',
    'stmt-maduro-dec5',
    { occurredAt: '2023-12-05', recordedAt: rec('2023-12-06', '09:00') },
    {
      speaker: MADURO,
      audience: 'guyana',
      tone: 'military-threat',
      summary:
        "After the referendum, Maduro presents a new map of Venezuela with Guayana Esequiba as its 24th state, asks the National Assembly for a law creating it, orders PDVSA and CVG to create Esequibo divisions and grant licences for oil, gas and mining 'immediately' in the whole area, gives the companies working under Guyana's licences in the sea 'pending delimitation' three months to leave, and creates an Integral Defence Zone (ZODI) Guayana Esequiba, based at Tumeremo, naming Major General Alexis Rodríguez Cabello its single authority.",
      quote: 'We are beginning publishing and distributing in all schools, colleges and universities a new map.',
    },
    [S.tassDec6, S.pledgeCabelloDec6, S.pledgeMapDec6],
  ),
  ev(
    'StatementMade',
    'stmt-ali-dec5',
    { occurredAt: '2023-12-05', recordedAt: rec('2023-12-07', '09:05') },
    {
      speaker: ALI,
      audience: 'venezuela',
      tone: 'accusation',
      summary:
        "In an address to the nation: Maduro's measures are a direct threat to Guyana's territorial integrity, sovereignty and political independence and a blatant disregard of the ICJ's order; the Guyana Defence Force is on high alert and has engaged its partners, the US Southern Command among them; Guyana will take the matter to the UN Security Council.",
      quote: 'This is a direct threat to Guyana’s territorial integrity, sovereignty and political independence.',
    },
    [S.kaieteurDec7, S.pledgeMapDec6],
  ),
  ev(
    'PositionTaken',
    'pos-guyana-new-state',
    { occurredAt: '2023-12-05', recordedAt: rec('2023-12-07', '09:06') },
    {
      demandId: D.newState,
      actorId: 'guyana',
      stance: 'rejected',
      conditions: 'The 1899 Award settled the boundary; the ICJ is seized of the case; Guyana will not cede territory.',
      speaker: ALI,
    },
    [S.kaieteurDec7],
  ),
  // ===== The mediation and the Argyle Declaration =====
  ev(
    'ActorRegistered',
    'actor-st-vincent',
    { occurredAt: '2023-12-09', recordedAt: rec('2023-12-09', '20:00') },
    { actor: ST_VINCENT, role: 'mediator' },
    [S.rnvDec9],
  ),
  ev(
    'ActorRegistered',
    'actor-caricom',
    { occurredAt: '2023-12-09', recordedAt: rec('2023-12-09', '20:01') },
    { actor: CARICOM, role: 'mediator' },
    [S.rnvDec9],
    { note: "The meeting came out of CARICOM's emergency virtual meeting of 8 December; Dominica chairs CARICOM." },
  ),
  ev(
    'ActorRegistered',
    'actor-brazil',
    { occurredAt: '2023-12-09', recordedAt: rec('2023-12-09', '20:02') },
    { actor: BRAZIL, role: 'mediator' },
    [S.rnvDec9],
    { note: 'Invited at both presidents’ request; Lula sent his adviser Celso Amorim.' },
  ),
  ev(
    'MediationAction',
    'med-gonsalves-dec9',
    { occurredAt: '2023-12-09', recordedAt: rec('2023-12-09', '20:05') },
    {
      mediator: 'st-vincent',
      action: 'proposed',
      summary:
        'Gonsalves writes to both presidents: the leaderships of CELAC and CARICOM consider it necessary to convene a face-to-face meeting on 14 December in Saint Vincent, on matters consequential to the border controversy, to de-escalate and avoid threats or use of force; both presidents have agreed.',
    },
    [S.rnvDec9],
  ),
  ev(
    'TalksRoundScheduled',
    'argyle-scheduled',
    { occurredAt: '2023-12-09', recordedAt: rec('2023-12-09', '20:06') },
    {
      roundId: R.argyle,
      label: 'Ali – Maduro meeting, Argyle (Saint Vincent and the Grenadines)',
      format: 'formal',
      venue: 'Argyle International Airport, Saint Vincent',
      hosts: ['st-vincent'],
      plannedFor: '2023-12-14',
    },
    [S.rnvDec9],
  ),
  ev(
    'StatementMade',
    'stmt-ali-dec10',
    { occurredAt: '2023-12-10', recordedAt: rec('2023-12-13', '10:00') },
    {
      speaker: ALI,
      audience: 'venezuela',
      tone: 'neutral',
      summary:
        'Ali will go to the meeting with an open mind in the interest of peace, but the border and the ICJ case are off the table: Guyana is a peaceful country whose only ambition is to protect what belongs to it.',
      quote: 'We are a peaceful country. Our only ambition is to protect what belongs to us.',
    },
    [S.stabroekDec13],
  ),
  ev(
    'TalksRoundOpened',
    'argyle-opened',
    { occurredAt: '2023-12-14', recordedAt: rec('2023-12-15', '09:00') },
    {
      roundId: R.argyle,
      format: 'formal',
      venue: 'Argyle International Airport, Saint Vincent',
      hosts: ['st-vincent'],
      delegations: [
        { actorId: 'guyana', head: ALI },
        { actorId: 'venezuela', head: MADURO },
      ],
    },
    [S.wired868Dec15, S.newsdayDec15],
    { occurrence: 'argyle-declaration-2023' },
  ),
  ev(
    'AgreementReached',
    'agr-argyle',
    { occurredAt: '2023-12-14', recordedAt: rec('2023-12-15', '09:05') },
    {
      agreementId: 'argyle-declaration-2023',
      kind: 'framework',
      provisions: [
        'Guyana and Venezuela, directly or indirectly, will not threaten or use force against one another in any circumstances',
        'Any controversies to be resolved in accordance with international law, including the Geneva Agreement of 1966',
        'Good neighbourliness, peaceful coexistence and the unity of Latin America and the Caribbean',
        "Noted: Guyana's commitment to the ICJ process; Venezuela's lack of consent to and recognition of the court's jurisdiction",
        'Refrain, by words or deeds, from escalating any conflict; cooperate to avoid incidents on the ground, and communicate at once with each other, CARICOM, CELAC and Brazil if one occurs',
        'A joint commission of the foreign ministers and technical persons to be established immediately, with an update to the presidents within three months',
        'The presidents to meet again in Brazil within three months or at another agreed time',
      ],
      signatories: ['guyana', 'venezuela'],
      textPublic: true,
      roundId: R.argyle,
    },
    [S.wired868Dec15, S.newsdayDec15],
    { occurrence: 'argyle-declaration-2023' },
  ),
  ev(
    'TalksRoundConcluded',
    'argyle-concluded',
    { occurredAt: '2023-12-14', recordedAt: rec('2023-12-15', '09:10') },
    {
      roundId: R.argyle,
      outcome: 'agreement',
      summary:
        'The Joint Declaration of Argyle for Dialogue and Peace, read by Gonsalves; Maduro posts it: "Excellent day of dialogue". Facilitated by Gonsalves and Skerrit, with Amorim for Brazil; UN observers present.',
      nextSteps: 'The joint commission; a second meeting of the presidents in Brazil within three months.',
    },
    [S.newsdayDec15],
    { occurrence: 'argyle-declaration-2023' },
  ),
  // ===== HMS Trent and Venezuela's exercise =====
  ev(
    'ActorRegistered',
    'actor-uk',
    { occurredAt: '2023-12-24', recordedAt: rec('2023-12-25', '12:00') },
    { actor: UK, role: 'third-party' },
    [S.dominicanDec25],
  ),
  ev(
    'ThirdPartyEngagement',
    'uk-trent-dec24',
    { occurredAt: '2023-12-24', recordedAt: rec('2023-12-25', '12:05') },
    {
      actorId: 'united-kingdom',
      counterparts: ['guyana'],
      kind: 'support',
      summary:
        "The UK's Ministry of Defence: the patrol ship HMS Trent will visit 'regional ally and Commonwealth partner Guyana' after Christmas during its Atlantic patrol deployment, with exercises with Guyana: a show of diplomatic and military support.",
    },
    [S.dominicanDec25],
  ),
  ev(
    'StatementMade',
    'stmt-padrino-dec24',
    { occurredAt: '2023-12-24', precision: 'approximate', recordedAt: rec('2023-12-25', '12:10') },
    {
      speaker: PADRINO,
      audience: 'guyana',
      tone: 'accusation',
      summary:
        "Venezuela's defence minister denounces the British ship's deployment as a provocation that threatens the peace and stability of the Caribbean.",
    },
    [S.dominicanDec25],
    {
      note: 'The report (25 December) does not date the remark: placed on the day of the announcement, approximately.',
    },
  ),
  ev(
    'StatementMade',
    'stmt-gil-dec28',
    { occurredAt: '2023-12-28', recordedAt: rec('2023-12-28', '20:00') },
    {
      speaker: GIL,
      audience: 'guyana',
      tone: 'warning',
      summary:
        "Venezuela categorically rejects HMS Trent's arrival off Guyana, 'an act of hostile provocation and a violation of the recent Argyle Declaration'; it asks Guyana to have the ship withdrawn and to stop involving military powers, warns CARICOM and CELAC, and reserves all actions within its Constitution and international law to defend its maritime and territorial integrity.",
      quote: 'an act of hostile provocation and a violation of the recent Argyle Declaration',
    },
    [S.freedomDec28],
  ),
  ev(
    'IncidentReported',
    'inc-sifontes-exercise',
    { occurredAt: '2023-12-28', recordedAt: rec('2023-12-29', '09:00') },
    {
      incidentId: 'venezuela-exercise-domingo-sifontes-2023-12-28',
      kind: 'force-posture',
      perpetrator: 'venezuela',
      against: 'guyana',
      place: "Venezuela's eastern Caribbean and Atlantic coast",
      description:
        "Maduro orders 'a joint action of a defensive nature' of the whole armed forces (FANB) on Venezuela's eastern Caribbean and Atlantic façade, named after General Domingo Sifontes, 'in response to the provocation and threat of the United Kingdom against the peace and sovereignty of our country'; some 5,600 troops, ships and aircraft, by the reports.",
    },
    [S.cnnCopyDec29, S.energyvoiceDec29],
  ),
  ev(
    'StatementMade',
    'stmt-ali-dec29',
    { occurredAt: '2023-12-29', recordedAt: rec('2023-12-29', '18:00') },
    {
      speaker: ALI,
      audience: 'venezuela',
      tone: 'conciliatory',
      summary:
        "Venezuela has nothing to fear from Guyana's activities in its own territory or waters: its partnerships with regional and international states aim at internal security and are no threat to anyone.",
    },
    [S.energyvoiceDec29],
  ),
  // ===== January 2024: the joint commission =====
  ev(
    'StatementMade',
    'stmt-ali-jan2',
    { occurredAt: '2024-01-02', recordedAt: rec('2024-01-05', '12:00') },
    {
      speaker: ALI,
      audience: 'venezuela',
      tone: 'conciliatory',
      summary:
        "Ali writes to Maduro to arrange the first meeting of the joint commission in Brasília, to advance the Argyle Declaration; Gonsalves answers on 4 January that he is 'profoundly encouraged'.",
    },
    [S.inquirerJan5],
  ),
  ev(
    'TalksRoundScheduled',
    'brasilia-scheduled',
    { occurredAt: '2024-01-23', precision: 'approximate', recordedAt: rec('2024-01-24', '12:00') },
    {
      roundId: R.brasilia,
      label: 'Joint commission under the Argyle Declaration, first meeting (foreign ministers), Brasília',
      format: 'formal',
      venue: 'Itamaraty Palace, Brasília',
      hosts: ['brazil'],
      plannedFor: '2024-01-25',
    },
    [S.chronicleJan24],
  ),
  ev(
    'TalksRoundOpened',
    'brasilia-opened',
    { occurredAt: '2024-01-25', recordedAt: rec('2024-01-25', '22:00') },
    {
      roundId: R.brasilia,
      format: 'formal',
      venue: 'Itamaraty Palace, Brasília',
      hosts: ['brazil'],
      delegations: [
        { actorId: 'guyana', head: TODD },
        { actorId: 'venezuela', head: GIL },
      ],
    },
    [S.itamaratyJan25],
  ),
  ev(
    'TalksRoundConcluded',
    'brasilia-concluded',
    { occurredAt: '2024-01-25', recordedAt: rec('2024-01-26', '09:00') },
    {
      roundId: R.brasilia,
      outcome: 'progress',
      summary:
        "Both sides presented agendas for the commission's work, to be discussed at a later meeting, and undertook, acknowledging their differences, to keep talking within the Argyle Declaration's parameters (Vieira). Todd: Guyana will address Venezuela's claim peacefully, the case stays at the ICJ; Gil: ready to seek a mutually acceptable agreement, against foreign interference.",
      nextSteps: 'A new meeting of the commission, possibly in Brazil.',
    },
    [S.itamaratyJan25, S.kaieteurJan26],
  ),
  ev(
    'IncidentReported',
    'inc-anacoco-buildup',
    { occurredAt: '2024-01', recordedAt: rec('2024-02-10', '12:00') },
    {
      incidentId: 'venezuela-anacoco-buildup-2024-01',
      kind: 'force-posture',
      perpetrator: 'venezuela',
      against: 'guyana',
      place: 'Anacoco island, Cuyuní river',
      description:
        "Maxar satellite images of January show Venezuela's base on Anacoco island, on the border river, expanded: rainforest cleared, new infrastructure, armoured vehicles, a helicopter, improved roads and a heavy ferry; the army posts videos of light tanks and infantry vehicles 'to repel any eventuality' on the border with 'the state of Guayana Esequiba'.",
    },
    [S.cnnCopyFeb9, S.villagevoiceFeb10],
    { note: 'Dated to the month of the images (January 2024); CNN reported them on 9 February.' },
  ),
  // ===== April 2024: the organic law =====
  ev(
    'StatementMade',
    'stmt-maduro-apr3',
    { occurredAt: '2024-04-03', recordedAt: rec('2024-04-04', '12:00') },
    {
      speaker: MADURO,
      audience: 'guyana',
      tone: 'threat',
      summary:
        "Maduro signs the Organic Law for the Defence of Guayana Esequiba, passed by the National Assembly in March: the territory becomes Venezuela's 24th state, under the president's authority until its governor and deputies are chosen; the 1899 Award void, the ICJ not recognised, maps without the territory banned. He says the US Southern Command and the CIA have 'secret military bases' in the Essequibo to prepare an escalation against Venezuela, and that Ali does not govern Guyana.",
      quote: 'Guyana is governed by the Southern Command, the CIA and ExxonMobil.',
    },
    [S.orinocoApr4, S.newsamericasApr4],
  ),
  ev(
    'StatementMade',
    'stmt-gy-mfa-apr4',
    { occurredAt: '2024-04-04', recordedAt: rec('2024-04-04', '20:00') },
    {
      speaker: GY_MFA,
      audience: 'venezuela',
      tone: 'accusation',
      summary:
        "Guyana's foreign ministry: the law is an egregious violation of the most fundamental principles of international law and of the ICJ's order, and contradicts the letter and spirit of the Argyle Declaration; Guyana will not cede an inch of its territory.",
    },
    [S.wefmApr4, S.newsamericasApr4],
  ),
  // ===== 2025: the Cuyuní attack, the patrol ship, the election =====
  ev(
    'ActorRegistered',
    'actor-sindicatos',
    { occurredAt: '2025-02-17', recordedAt: rec('2025-02-18', '09:00') },
    { actor: SINDICATOS, role: 'third-party' },
    [S.inewsFeb18a],
  ),
  ev(
    'IncidentReported',
    'inc-cuyuni-feb17',
    { occurredAt: '2025-02-17', recordedAt: rec('2025-02-18', '14:00') },
    {
      incidentId: 'cuyuni-attack-2025-02-17',
      kind: 'militant-attack',
      perpetrator: 'sindicatos',
      allegedBy: 'guyana',
      against: 'guyana',
      blamedOn: 'venezuela',
      target: 'A Guyana Defence Force supply boat',
      place: 'Cuyuní river, between Eteringbang and Makapa',
      injured: { min: 6, max: 6 },
      description:
        "At about 15:45 near Black Water Mouth, two wooden boats of heavily armed, masked men circle a GDF boat taking supplies from Eteringbang to the Makapa post and open fire from the Venezuelan side; the soldiers return fire and the attackers withdraw into Venezuela. Six soldiers wounded, two critically. Guyana's police and army: men believed to be 'sindicatos'; Guyana's foreign minister holds Venezuela responsible for attacks from its territory.",
    },
    [S.inewsFeb18a, S.kaieteurFeb17, S.kaieteurFeb18],
  ),
  ev(
    'StatementMade',
    'stmt-todd-feb18',
    { occurredAt: '2025-02-18', recordedAt: rec('2025-02-18', '14:05') },
    {
      speaker: TODD,
      audience: 'venezuela',
      tone: 'accusation',
      summary:
        "Todd summons Venezuela's ambassador to condemn and demand redress for the armed attack: Guyana is outraged and holds Venezuela responsible, as international law makes it for harm done from its territory, even by private persons; Venezuela must not let its territory be used to harm a neighbour, and should turn its large military presence in the region against the gangs.",
    },
    [S.inewsFeb18b, S.kaieteurFeb18],
  ),
  ev(
    'StatementMade',
    'stmt-ve-mfa-feb18',
    { occurredAt: '2025-02-18', precision: 'approximate', recordedAt: rec('2025-02-18', '20:00') },
    {
      speaker: VE_MFA,
      audience: 'guyana',
      tone: 'accusation',
      summary:
        "Venezuela is investigating: the first findings point to people in illegal mining in Guayana Esequiba, under the protection of Guyana's army and police, being attacked and wounded; Guyana uses disinformation and warmongering propaganda to justify its growing militarisation, backed by the US Southern Command.",
    },
    [S.extraFeb18],
    {
      note: 'The copy is undated; it reports the statement on the Geneva Agreement’s anniversary (17 February) after the attack.',
    },
  ),
  ev(
    'IncidentReported',
    'inc-patrol-ship-mar1',
    { occurredAt: '2025-03-01', recordedAt: rec('2025-03-02', '09:00') },
    {
      incidentId: 'venezuelan-patrol-ship-stabroek-2025-03-01',
      kind: 'force-posture',
      perpetrator: 'venezuela',
      allegedBy: 'guyana',
      against: 'guyana',
      place: "Stabroek block, Guyana's exclusive economic zone",
      description:
        "At about 07:00 an armed Venezuelan coast guard patrol ship enters the Stabroek block, radios an ExxonMobil-contracted vessel that it is in disputed international waters and approaches several assets, the FPSO Prosperity among them, before heading back towards Venezuela. Guyana deploys aircraft and a coast guard ship and summons Venezuela's ambassador; Venezuela says its ship was in waters pending delimitation.",
    },
    [S.maritimeMar2, S.bloombergMar2],
  ),
  ev(
    'StatementMade',
    'stmt-ali-mar1',
    { occurredAt: '2025-03-01', recordedAt: rec('2025-03-02', '09:05') },
    {
      speaker: ALI,
      audience: 'venezuela',
      tone: 'accusation',
      summary:
        "Ali in a live address: a Venezuelan patrol ship entered Guyana's waters and approached the oil assets; Guyana's maritime boundaries are recognised under international law and this incursion is a matter of grave concern; its partners are on alert.",
      quote: 'this incursion is a matter of grave concern',
    },
    [S.maritimeMar2, S.bloombergMar2],
  ),
  ev(
    'StatementMade',
    'stmt-rodriguez-mar1',
    { occurredAt: '2025-03-01', precision: 'approximate', recordedAt: rec('2025-03-02', '09:10') },
    {
      speaker: RODRIGUEZ,
      audience: 'guyana',
      tone: 'critical',
      summary:
        "Venezuela's vice president calls Ali 'the Caribbean Zelensky' and insists the waters are pending delimitation.",
    },
    [S.bloombergMar2],
  ),
  ev(
    'StatementMade',
    'stmt-maduro-mar31',
    { occurredAt: '2025-03-31', recordedAt: rec('2025-03-31', '22:00') },
    {
      speaker: MADURO,
      audience: 'guyana',
      tone: 'threat',
      summary:
        "Maduro names Admiral Neil Villamizar the ruling party's candidate for governor of Guayana Esequiba: on 25 May Venezuela will, for the first time, elect authorities for the territory with its parliamentary and regional elections.",
      quote: 'Admiral Neil Villamizar, next elected governor of Guayana Esequiba',
    },
    [S.gzhMar31],
  ),
  ev(
    'DemandTabled',
    'dem-no-elections',
    { occurredAt: '2025-05-01', recordedAt: rec('2025-05-03', '12:00') },
    {
      demandId: D.noElections,
      by: 'guyana',
      addressedTo: ['venezuela'],
      text: 'Venezuela to refrain from conducting or preparing elections in the territory in dispute, which Guyana administers (the provisional measure Guyana asked for and the ICJ granted on 1 May).',
      category: 'territorial',
    },
    [S.stabroekMay3],
  ),
  ev(
    'StatementMade',
    'stmt-icj-may1',
    { occurredAt: '2025-05-01', recordedAt: rec('2025-05-03', '12:05') },
    {
      speaker: ICJ_COURT,
      audience: 'guyana, venezuela',
      tone: 'neutral',
      summary:
        'The court orders that, pending its decision, Venezuela refrain from conducting or preparing elections in the territory in dispute, and reaffirms its order of 1 December 2023: the risk of Venezuela acquiring the territory has significantly increased.',
    },
    [S.stabroekMay3],
  ),
  ev(
    'PositionTaken',
    'pos-venezuela-no-elections',
    { occurredAt: '2025-05-02', recordedAt: rec('2025-05-03', '12:10') },
    {
      demandId: D.noElections,
      actorId: 'venezuela',
      stance: 'rejected',
      conditions:
        "Venezuela 'categorically rejects' the court's 'abusive and interventionist' measures: it does not and will never recognise the court's jurisdiction nor comply with its decisions on the territory; the election of the authorities of Guayana Esequiba is a sovereign act under its constitution; 'no international pressure, judicial blackmail or foreign tribunal will make us back down'.",
      speaker: VE_MFA,
    },
    [S.bssMay2, S.mazoMay2],
  ),
  ev(
    'IncidentReported',
    'inc-cuyuni-may13',
    { occurredAt: '2025-05-13', precision: 'approximate', recordedAt: rec('2025-05-15', '18:00') },
    {
      incidentId: 'cuyuni-attacks-2025-05-13-15',
      kind: 'militant-attack',
      perpetrator: 'sindicatos',
      allegedBy: 'guyana',
      against: 'guyana',
      target: 'Guyana Defence Force river patrols',
      place: 'Cuyuní river, between Eteringbang and Makapa',
      description:
        'Between 13 and 15 May, armed men in civilian clothing on the Venezuelan shore carry out three separate attacks on GDF river patrols; the GDF responds and no soldier is hurt. Guyana condemns them by a note to Venezuela, asks it to investigate, apprehend and prosecute the perpetrators, and recalls the attack of 17 February.',
    },
    [S.dpiMay15],
    { note: 'Three attacks over three days, one record: the source does not separate them.' },
  ),
  ev(
    'StatementMade',
    'stmt-maduro-may25',
    { occurredAt: '2025-05-25', recordedAt: rec('2025-05-26', '10:00') },
    {
      speaker: MADURO,
      audience: 'guyana',
      tone: 'threat',
      summary:
        "Venezuela elects a governor (Admiral Neil Villamizar), deputies and regional councillors for Guayana Esequiba in a micro-district of 21,403 voters in Bolívar state; no polling station in the territory Guyana administers. Maduro: 'Today, Essequibo has a governor.'",
      quote: 'Today, Essequibo has a governor.',
    },
    [S.mixedtimesMay26, S.intellinewsMay26],
  ),
  ev(
    'StatementMade',
    'stmt-ali-may25',
    { occurredAt: '2025-05-25', recordedAt: rec('2025-05-26', '10:05') },
    {
      speaker: ALI,
      audience: 'venezuela',
      tone: 'warning',
      summary:
        "In his Independence Day address: Guyana's territory is a settled fact of history and law; Guyana will defend itself from any aggression.",
      quote:
        'We are not aggressors, we are protectors, but let no one mistake our peacefulness for weakness. If our land is threatened, we shall rise as one nation, one people, one destiny.',
    },
    [S.caribbeantodayMay26],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'venezuela-guyana-2023.jsonl',
  logEnd: '2025-06-30T00:00:00Z',
  events,
};

export default definition;
