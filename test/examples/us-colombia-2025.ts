/**
 * A test fixture, not a shipped example: the United States (President Trump,
 * Secretary of State Rubio) and Colombia (President Gustavo Petro) through
 * 2025 — Petro turning back two US military deportation flights (26 January),
 * Trump's 25% tariffs rising to 50% in a week, visa sanctions and financial
 * sanctions, Petro's counter-tariffs, the White House's announcement that night
 * that Colombia had accepted all its terms and the flights that followed; the
 * mutual recall of envoys over Petro's charge of a plot (3 July); the US
 * decertification of Colombia for drug cooperation with a waiver (15
 * September) and Colombia's halt of US arms purchases; the US strikes on boats
 * in the Caribbean that sources tie to Colombia (15 September, Alejandro
 * Carranza; the semi-submersible of 16 October with a Colombian survivor; the
 * boat the Pentagon tied to the ELN, 17 October); Petro at the UN and in the
 * street in New York and the revocation of his visa (26 September); Trump's
 * "illegal drug leader", the end of payments, new tariffs threatened and "it
 * won't be done nicely" (19 October); Colombia's recall of its ambassador (20
 * October); the Treasury's sanctions on Petro, his wife, his son and his
 * interior minister (24 October); Colombia's suspension of intelligence sharing
 * (11 November); and Trump's threats to strike in Colombia (17 November, 2, 10
 * and 22 December). Escalation model v2 was never tuned on it: it is the case
 * the model is held to in us-colombia-2025.spec.ts, against the calls an
 * analyst makes from DOMAIN.md §5b alone.
 *
 * What it tests: an ultimatum met the same day; tariffs threatened and held in
 * reserve; sanctions, decertification, recalls and a head of state's visa
 * revoked (hostile measures, CAMEO coded); strikes by one party's forces that
 * kill the other's nationals at sea; threats of force; and no fire between the
 * two sides' forces.
 *
 * Separate from us-venezuela-2025.ts: Venezuela is a third party here and
 * nothing of that case is recorded again; the strikes on boats are recorded
 * only where sources tie them to Colombia.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source.
 *
 * Grading as in examples/README.md: A = the official record (the Treasury's
 * own press release); B = established outlet or wire copy (Reuters, AP, AFP,
 * EFE and CNN copies, CBS, the Los Angeles Times, Al Jazeera, RTÉ, El
 * Colombiano, Blu Radio, WLRN); C = smaller outlet, aggregator or copy of a
 * wire story (dated, as the other cases do, by the development it is cited
 * for); 2 = an on-record statement or act several outlets agree on, or one
 * established outlet reports; 3 = one side's unverified claim or a single
 * small outlet's account.
 *
 * Judgement calls, recorded as an analyst would:
 * - The pair is the United States and Colombia's government. Venezuela, the
 *   ELN and the people on the boats are not registered: nothing they did is
 *   the pair's act.
 * - 26 January. Petro's refusal of the two C-17s is his rejection of the US
 *   demand that Colombia take its deportees back on US military aircraft, and
 *   his own demand for a protocol of dignified treatment — not a border
 *   closure: no crossing, port or airspace was shut against the United States,
 *   the authorisation of two flights was withdrawn, and civilian flights were
 *   welcome. Trump's post (25% tariffs at once, 50% "in one week", travel ban
 *   and visa revocations, IEEPA sanctions, "just the beginning") is an
 *   ultimatum: a demand, a stated step-up in a week, the consequences; it was
 *   met that night (the White House: Colombia "agreed to all of President
 *   Trump's terms"), resolved `complied`, and the understanding announced is a
 *   `partial` agreement, text not public, being implemented (the Colombian Air
 *   Force flew the deportees home from 28 January; the US embassy reopened its
 *   visa section on 31 January). Times of day are approximate (Bogotá is UTC−5;
 *   the White House statement came late on the 26th in Washington, early on the
 *   27th UTC). The visa sanctions issued that day are the State Department's
 *   hostile measure (CAMEO 163); Petro's counter-tariffs a threat of sanctions
 *   (CAMEO 1312), never applied. The tariffs themselves were "held in reserve,
 *   and not signed": the White House's warning of that night.
 * - 3 July. The recall of the US chargé d'affaires "following baseless and
 *   reprehensible statements" (Petro's charge that the US backed a plot to
 *   remove him) and Petro's recall of his ambassador the same day are each a
 *   reduction of relations (CAMEO 161); the plot charge itself has no dated
 *   source found in time and is in the description.
 * - The strikes on boats. The catalogue's `lethal-force` is force that kills or
 *   wounds, used by one party's forces on the other's people outside fighting
 *   between the two ("a civilian of the other shot at sea"): that is what the
 *   sources describe — US missiles on small craft carrying, by Colombia's and
 *   the families' account, Colombian nationals, with no Colombian force
 *   involved. It is not recorded as an airstrike (armed action): no force of
 *   Colombia's was engaged, and the place is the open sea by the US account.
 *   Petro says the strike of 15 September hit a Colombian boat in Colombia's
 *   territorial waters; the only support is a public broadcaster's report that
 *   the boat had left La Guajira and "would not have left" Colombian waters:
 *   kept in the description, graded 3, not made an act on Colombia's
 *   territory. Three strikes are recorded: 15 September (three killed; the
 *   family, the IACHR petition and Petro name Alejandro Carranza; Petro first
 *   dated it 16 September, the family and the petition 15 September), 16
 *   October (a semi-submersible: two killed, a Colombian and an Ecuadorian
 *   survivor, the Colombian handed to Colombia on 18 October) and 17 October
 *   (three killed on a boat the Pentagon tied to the ELN, the first strike it
 *   called a Colombian group's). All three at one place recorded one way,
 *   "Caribbean Sea". The other strikes of the campaign (more than twenty by
 *   December, in the Caribbean and the eastern Pacific) are left out: no source
 *   found ties their dead to Colombia. Perpetrator: the United States, which
 *   acknowledged each strike; `allegedBy` Colombia where the tie to Colombia is
 *   its charge. Petro's charge of 18 October is a statement that blames the
 *   United States for the strike of 15 September (dated by the statement).
 * - Decertification (15 September) is recorded as the President's
 *   determination, a reduction of relations (CAMEO 160), with the waiver in the
 *   text: aid was not cut by it. Colombia's halt of US arms purchases (16
 *   September), Petro's order to suspend intelligence sharing (11 November) are
 *   Colombia's reductions of relations (CAMEO 160). The revocation of Petro's
 *   visa (announced Friday 26 September in New York, the evening of the 26th US
 *   time) is an administrative sanction (CAMEO 172). The Treasury's designation
 *   of Petro, his wife, his son and his interior minister (24 October) is a
 *   sanction (CAMEO 163). Trump's "no longer be made" payments (19 October) is
 *   an aid cut (CAMEO 1621); his tariffs announced for "Monday" (19 October) a
 *   threat of sanctions (CAMEO 1312): no tariff order was found, and McNamara
 *   told Petro on 20 October that the decision was Trump's alone.
 * - Threats of force. "Better close up these killing fields immediately, or the
 *   United States will close them up for him, and it won't be done nicely" (19
 *   October), "proud" to strike drug sites in Colombia (17 November, one outlet,
 *   C2), "subject to attack" (2 December), "he'll be next" (10 December) and
 *   "better watch his back… shut down those cocaine factories… we know where
 *   they are" (22 December) are `military-threat` (CAMEO 138). None sets a
 *   deadline with a demand the way January's did: not ultimatums. Petro's
 *   "attacking our sovereignty is declaring war" (2 December) is a warning, not
 *   a threat of force of his own.
 * - The meeting of 20 October (Petro, the US chargé John McNamara and the
 *   recalled ambassador, "long, frank and constructive") is a round concluded
 *   with progress.
 * - Left out for want of a dated source found in time, or as not the pair's:
 *   the US baseline tariff of April (10% on all countries), the Noem visit, the
 *   UN General Assembly walk-out of the US delegation, Trump's UN speech (aimed
 *   at smugglers in general), the IACHR petition of Carranza's family (2
 *   December, a third party's), and everything after 31 December 2025.
 */
import type { Actor, NegotiationEvent, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, retrospectiveClock, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'us-colombia-2025';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 2025);
const when = retrospectiveClock('2026-12-07T01:00:00Z');

const USA: Actor = {
  id: 'united-states',
  name: 'United States of America',
  kind: 'state',
  aliases: ['US', 'United States', 'Washington'],
};
const COLOMBIA: Actor = {
  id: 'colombia',
  name: 'Republic of Colombia',
  kind: 'state',
  aliases: ['Colombia', 'Bogotá'],
};

const TRUMP: Person = { name: 'Donald Trump', title: 'President of the United States', actorId: 'united-states' };
const WHITE_HOUSE: Person = {
  name: 'Karoline Leavitt',
  title: 'White House Press Secretary',
  actorId: 'united-states',
};
const STATE_DEPT: Person = { name: 'US Department of State', actorId: 'united-states' };
const TREASURY: Person = {
  name: 'Scott Bessent',
  title: 'Secretary of the Treasury',
  actorId: 'united-states',
};
const US_EMBASSY: Person = { name: 'US Embassy in Bogotá', actorId: 'united-states' };
const MCNAMARA: Person = {
  name: 'John T. McNamara',
  title: "US chargé d'affaires in Bogotá",
  actorId: 'united-states',
};
const PETRO: Person = { name: 'Gustavo Petro', title: 'President of Colombia', actorId: 'colombia' };
const MURILLO: Person = {
  name: 'Luis Gilberto Murillo',
  title: 'Foreign Minister of Colombia',
  actorId: 'colombia',
};
const VILLAVICENCIO: Person = {
  name: 'Rosa Yolanda Villavicencio',
  title: 'Foreign Minister of Colombia',
  actorId: 'colombia',
};
const BENEDETTI: Person = {
  name: 'Armando Benedetti',
  title: 'Interior Minister of Colombia',
  actorId: 'colombia',
};
const COL_FOREIGN_MINISTRY: Person = { name: 'Ministry of Foreign Affairs of Colombia', actorId: 'colombia' };

const S = {
  // ----- January -----
  cnaJan27: source(
    'Trump slaps tariffs on Colombia after it turns back migrant deportation planes (Reuters)',
    'CNA',
    'https://www.channelnewsasia.com/world/trump-slaps-tariffs-colombia-after-it-turns-back-migrant-deportation-planes-4897906',
    '2025-01-27',
    'B',
    2,
  ),
  spokesmanJan26: source(
    'Trump hits Colombia with tariffs in feud over military deportation flights (New York Times)',
    'The Spokesman-Review',
    'https://www.spokesman.com/stories/2025/jan/26/trump-hits-colombia-with-tariffs-in-feud-over-mili/',
    '2025-01-26',
    'B',
    2,
  ),
  newserJan26: source(
    'Trump punishes Colombia for rejecting deportation flights',
    'Newser',
    'https://www.newser.com/story/363219/trump-punishes-colombia-for-rejecting-deportation-flights.html',
    '2025-01-26',
    'C',
    2,
  ),
  gzeroJan27: source(
    'Colombia caves after Trump tariffs',
    'GZERO Media',
    'https://gzeromedia.com/news/watching/colombia-caves-after-trump-tariffs',
    '2025-01-27',
    'C',
    2,
  ),
  financeColombiaJan26: source(
    'US Embassy in Colombia halts visa issuance after Colombian president blocks deportation flights',
    'Finance Colombia',
    'https://www.financecolombia.com/us-embassy-in-colombia-halts-visa-issuance-after-colombian-president-halts-deportation-flights/',
    '2025-01-26',
    'C',
    2,
  ),
  apJan27Visas: source(
    'Hundreds of US visa appointments canceled in Colombia following spat over deportation flights (AP)',
    'MyNorthwest',
    'https://mynorthwest.com/world/hundreds-of-us-visa-appointments-canceled-in-colombia-following-spat-over-deportation-flights/4034757',
    '2025-01-27',
    'B',
    2,
  ),
  mercopressJan27: source(
    'Petro and Trump exchange threats amid troubled deportation flights',
    'MercoPress',
    'https://en.mercopress.com/2025/01/27/petro-and-trump-exchange-threats-amid-troubled-deportation-flights',
    '2025-01-27',
    'C',
    2,
  ),
  dunyaJan27: source(
    'US, Colombia reach deal on deportations; tariff, sanctions put on hold (Reuters)',
    'Dunya News',
    'https://dunyanews.tv/en/World/864773-us-colombia-reach-deal-on-deportations-tariff-sanctions-put-on-hold',
    '2025-01-27',
    'B',
    2,
  ),
  scrippsJan27: source(
    'Colombia agrees to accept migrant flights after Trump threatens tariffs',
    'Scripps News',
    'https://scrippsnews.com/politics/immigration/colombia-agrees-to-accept-migrant-flights-after-trump-threatens-tariffs',
    '2025-01-27',
    'B',
    2,
  ),
  contrareplicaJan29: source(
    'Tercer vuelo con 160 colombianos deportados desde Estados Unidos aterriza en Bogotá',
    'ContraRéplica Colombia',
    'https://colombia.contrareplica.mx/nota-Tercer-vuelo-con-160-colombianos-deportados-desde-Estados-Unidos-aterriza-en-Bogota202529116',
    '2025-01-29',
    'C',
    2,
  ),
  americaEconomiaJan31: source(
    'US Embassy in Bogotá resumes consular services after four-day suspension',
    'AméricaEconomía',
    'https://americaeconomia.com/en/node/290376',
    '2025-01-31',
    'C',
    2,
  ),
  // ----- July -----
  aaJul3: source(
    'US recalls top diplomat from Colombia',
    'Anadolu Agency',
    'https://www.aa.com.tr/en/live/us-recalls-top-diplomat-from-colombia/3621188',
    '2025-07-03',
    'B',
    2,
  ),
  cnnOct20: source(
    'Colombian ambassador to US recalled to Bogotá for consultations, embassy says (CNN)',
    'Local News 8',
    'https://localnews8.com/news/national-world/cnn-world/2025/10/20/colombian-ambassador-to-us-recalled-to-bogota-for-consultations-embassy-says/',
    '2025-10-20',
    'B',
    2,
  ),
  // ----- September -----
  wlrnNov14: source(
    'Family of fisherman killed in U.S. military strike says it wants justice',
    'WLRN',
    'https://www.wlrn.org/americas/2025-11-14/family-of-fisherman-killed-in-u-s-military-strike-says-it-wants-justice',
    '2025-11-14',
    'B',
    2,
  ),
  abcDec3: source(
    'Family of Colombian fisherman killed in US boat strike files complaint alleging he was murdered (ABC News)',
    'KBNW News',
    'https://www.kbnwnews.com/2025/12/03/family-of-colombian-fisherman-killed-in-us-boat-strike-files-complaint-alleging-he-was-murdered',
    '2025-12-03',
    'C',
    2,
  ),
  overviewOct19Carranza: source(
    'Petro claims the bombed boat was Colombian and a fisherman died; he demands an explanation',
    'Overview Press',
    'https://www.overviewpress.com/articleExpanded/6YaEuYX3eSBY8JYLNDCSho/10-19-2025-14/petro-claims-the-bombed-boat-was-colombian-and-a-fisherman-died-he-demands-an-explanation-from-the-t',
    '2025-10-19',
    'C',
    3,
  ),
  reutersSep16Decert: source(
    'US says Afghanistan, Colombia failed to fight drug trafficking (Reuters)',
    'Devdiscourse',
    'https://www.devdiscourse.com/article/politics/3629221-update-1-us-says-afghanistan-colombia-failed-to-fight-drug-trafficking',
    '2025-09-16',
    'B',
    2,
  ),
  latimesSep16: source(
    'U.S. designates Colombia as failing to cooperate in the drug war for first time in nearly 30 years',
    'Los Angeles Times',
    'https://www.latimes.com/world-nation/story/2025-09-16/us-designates-colombia-as-failing-to-cooperate-in-the-drug-war-for-first-time-in-nearly-30-years',
    '2025-09-16',
    'B',
    2,
  ),
  tag24Sep16Arms: source(
    'Colombia stops buying US weapons after Trump administration removes it from ally list (AFP)',
    'TAG24',
    'https://www.tag24.com/politics/politicians/donald-trump/colombia-stops-buying-us-weapons-after-trump-administration-removes-it-from-ally-list-3421063',
    '2025-09-16',
    'C',
    2,
  ),
  almayadeenSep16: source(
    'Colombia halts arms purchases from US over drug combat delisting row',
    'Al Mayadeen English',
    'https://english.almayadeen.net/news/politics/colombia-halts-arms-purchases-from-us-over-drug-combat-delis',
    '2025-09-16',
    'C',
    2,
  ),
  tag24Sep24Unga: source(
    'Colombian President Gustavo Petro calls for criminal prosecution of Trump over boat strikes (AFP)',
    'TAG24',
    'https://www.tag24.com/politics/politicians/donald-trump/colombian-colombian-president-gustavo-petro-calls-for-criminal-prosecution-of-trump-over-boat-strikes-gustavo-petro-3423122',
    '2025-09-24',
    'C',
    2,
  ),
  wionSep24: source(
    "'Poor young people killed': Colombia at UNGA demands criminal case against Trump over deadly strikes",
    'WION',
    'https://www.wionews.com/world/-poor-young-people-killed-colombia-at-unga-demands-criminal-case-against-trump-over-deadly-strikes-on-venezuelan-boats-1758671634022',
    '2025-09-24',
    'C',
    2,
  ),
  exbulletinSep27: source(
    "US to revoke Colombian president's visa over 'incendiary' New York remarks (AFP)",
    'Exbulletin',
    'https://exbulletin.com/world/international/3079405/',
    '2025-09-27',
    'C',
    2,
  ),
  newsup9Sep27: source(
    "US rescinds Colombian President Petro's visa following controversial New York remarks",
    'NewsUp9',
    'https://www.newsup9.com/us-rescinds-colombian-president-petros-visa-following-controversial-new-york-remarks',
    '2025-09-27',
    'C',
    2,
  ),
  aniSep27: source(
    "US to revoke Colombian President's visa; here's why (ANI)",
    'Local News Wave',
    'https://localnewswave.com/article/1024399521403465728',
    '2025-09-27',
    'C',
    2,
  ),
  qazinformSep28: source(
    'United States to revoke visa of Colombian leader Petro after UN protest speech',
    'Kazinform',
    'https://qazinform.com/amp/united-states-to-revoke-visa-of-colombian-leader-petro-after-un-protest-speech-a9b89e',
    '2025-09-28',
    'C',
    2,
  ),
  // ----- October -----
  elcolombianoOct18: source(
    'Petro aseguró haber recibido al colombiano detenido en ataque de EE.UU. en el Caribe',
    'El Colombiano',
    'https://www.elcolombiano.com/inicio/petro-aseguro-haber-recibido-colombiano-detenido-en-ataque-de-eeuu-en-el-caribe-BC30102175',
    '2025-10-18',
    'B',
    2,
  ),
  bluradioOct18: source(
    'Petro confirma llegada del colombiano capturado tras bombardeo de Estados Unidos en el Caribe',
    'Blu Radio',
    'https://www.bluradio.com/nacion/petro-confirma-llegada-del-colombiano-capturado-tras-bombardeo-de-estados-unidos-en-el-caribe-rg10',
    '2025-10-18',
    'B',
    2,
  ),
  cbsOct19: source(
    'U.S. strikes seventh alleged drug boat, killing 3, Hegseth says',
    'CBS News',
    'https://www.cbsnews.com/news/strikes-seventh-alleged-drug-boat-killing-3-hegseth/',
    '2025-10-19',
    'B',
    2,
  ),
  vozOct19Eln: source(
    'Trump administration wipes out another drug ship, this time from ELN narco-terrorist group',
    'Voz',
    'https://voz.us/en/world/251019/30118/trump-administration-wipes-out-another-drug-ship-this-time-from-eln-narco-terrorist-group.html',
    '2025-10-19',
    'C',
    2,
  ),
  menafnOct19: source(
    'Colombian leader claims US murdered innocent fisherman in boat attack',
    'MENAFN',
    'https://menafn.com/1110216082/Colombian-leader-claims-US-murdered-innocent-fisherman-in-boat-attack',
    '2025-10-19',
    'C',
    2,
  ),
  opovoOct19: source(
    'Colômbia: Petro acusa EUA de violar soberania e matar pescador no Caribe (AFP)',
    'O Povo',
    'https://www.opovo.com.br/noticias/mundo/2025/10/19/colombia-petro-acusa-eua-de-violar-soberania-e-matar-pescador-no-caribe.html',
    '2025-10-19',
    'C',
    2,
  ),
  devdiscourseOct19: source(
    "Trump calls Colombian president 'a drug leader', vows end to payments (Reuters)",
    'Devdiscourse',
    'https://www.devdiscourse.com/article/politics/3667741-trump-calls-colombian-president-a-drug-leader-vows-end-to-payments',
    '2025-10-19',
    'B',
    2,
  ),
  wionOct19: source(
    "Trump bans 'any form of payment' by US to Colombia, calls its president 'an illegal drug leader'",
    'WION',
    'https://www.wionews.com/world/trump-bans-any-form-of-payment-by-us-to-colombia-calls-its-president-an-illegal-drug-leader-1760882295068',
    '2025-10-19',
    'C',
    2,
  ),
  apOct19: source(
    "Trump calls Colombia's Petro an 'illegal drug dealer' and announces an end to US aid to the country (AP)",
    'AM 920 The Answer',
    'https://am920theanswer.com/politics/trump-calls-colombias-petro-an-illegal-drug-dealer-and-announces-an-end-to-us-ai/c3955b2ce351737119920741178e0567',
    '2025-10-19',
    'B',
    2,
  ),
  bairdOct20: source(
    'Trump vows to impose new tariffs on Colombia over drug-running boats (Reuters)',
    'Baird Maritime',
    'https://www.bairdmaritime.com/security/incidents/piracy/trump-vows-to-impose-new-tariffs-on-colombia-over-drug-running-boats',
    '2025-10-20',
    'B',
    2,
  ),
  mercopressOct20: source(
    'Trump confirms new tariffs for Colombia',
    'MercoPress',
    'https://en.mercopress.com/2025/10/20/trump-confirms-new-tariffs-for-colombia',
    '2025-10-20',
    'C',
    2,
  ),
  latintimesOct20: source(
    "Trump confirms tariffs on Colombia, calls Gustavo Petro a 'lunatic'",
    'Latin Times',
    'https://www.latintimes.com/trump-confirms-tariffs-colombia-calls-gustavo-petro-lunatic-worst-president-their-history-590681',
    '2025-10-20',
    'C',
    2,
  ),
  anewsOct20: source(
    'Colombia recalls ambassador from US amid tariff, drug spat (Reuters)',
    'A News',
    'https://www.anews.com.tr/world/2025/10/20/colombia-recalls-ambassador-from-us-amid-tariff-drug-spat',
    '2025-10-20',
    'B',
    2,
  ),
  efeOct20: source(
    'Colombia llama a consultas a su embajador en Estados Unidos en plena crisis diplomática (EFE)',
    'SWI swissinfo.ch',
    'https://www.swissinfo.ch/spa/colombia-llama-a-consultas-a-su-embajador-en-estados-unidos-en-plena-crisis-diplom%C3%A1tica/90195703',
    '2025-10-20',
    'B',
    2,
  ),
  starOct21: source(
    "U.S. official made clear that decision on tariffs is Trump's, Colombia says (Reuters)",
    'The Star',
    'https://www.thestar.com.my/news/world/2025/10/21/us-official-made-clear-that-decision-on-colombia-tariffs-is-trump039s-colombia-gov039t',
    '2025-10-21',
    'B',
    2,
  ),
  treasuryOct24: source(
    'Treasury sanctions Colombian President Gustavo Petro and his support network (press release sb0292)',
    'US Department of the Treasury',
    'https://home.treasury.gov/news/press-releases/sb0292',
    '2025-10-24',
    'A',
    1,
  ),
  perkinsOct24: source(
    "Navigating sanctions against Colombia's head of state",
    'Perkins Coie',
    'https://perkinscoie.com/insights/article/navigating-sanctions-against-colombias-head-state',
    '2025-10-27',
    'C',
    2,
  ),
  overviewOct24: source(
    'US sanctions Petro and family on charges of collusion with drug trafficking',
    'Overview Press',
    'https://www.overviewpress.com/articleExpanded/3CSmp93LZqpTi1Cty4nvqF/10-24-2025-23/us-sanctions-petro-and-family-on-charges-of-collusion-with-drug-trafficking',
    '2025-10-24',
    'C',
    2,
  ),
  // ----- November – December -----
  aljazeeraNov12: source(
    "Colombia's Petro halts intelligence sharing with US over Caribbean strikes",
    'Al Jazeera',
    'https://www.aljazeera.com/news/2025/11/12/colombias-petro-halts-intelligence-sharing-with-us-over-caribbean-strikes',
    '2025-11-12',
    'B',
    2,
  ),
  bnoNov12: source(
    'Colombian president cuts security ties with U.S. over Caribbean missile strikes',
    'BNO News',
    'https://bnonews.com/index.php/2025/11/colombian-president-cuts-security-ties-with-u-s-over-caribbean-missile-strikes/',
    '2025-11-12',
    'C',
    2,
  ),
  colombiaOneNov18: source(
    'President Trump accuses Colombia of having cocaine factories',
    'Colombia One',
    'https://m.colombiaone.com/wordpress/c/0/i/190090/president-trump-accuses-colombia-having-cocaine-factories',
    '2025-11-18',
    'C',
    2,
  ),
  rteDec3: source(
    'Colombian president warns against attacking sovereignty',
    'RTÉ',
    'https://www.rte.ie/news/us/2025/1203/1546997-us-politics',
    '2025-12-03',
    'B',
    2,
  ),
  vozDec2: source(
    "Trump suggests bombing Colombia due to high cocaine production and Petro responds: 'Attacking our sovereignty would be a declaration of war'",
    'Voz',
    'https://voz.us/en/world/251203/31563/trump-suggests-bombing-colombia-due-to-high-cocaine-production-and-petro-responds-attacking-our-sovereignty-would-be-declaration-of-war.html',
    '2025-12-02',
    'C',
    2,
  ),
  shafaqDec2: source(
    'Trump warns drug-trafficking states, Colombia rejects threat',
    'Shafaq News',
    'https://api.shafaq.com/en/World/Trump-warns-drug-trafficking-states-Colombia-rejects-threat',
    '2025-12-02',
    'C',
    2,
  ),
  militaryDec11: source(
    "Trump warns Colombia its president could be 'next' in U.S. anti-drug campaign",
    'Military.com',
    'https://secure.military.com/feature/2025/12/11/trump-warns-colombia-its-president-could-be-next-us-anti-drug-campaign.html',
    '2025-12-11',
    'C',
    2,
  ),
  tassDec23: source(
    'Trump accuses Colombian president of facilitating drug production',
    'TASS',
    'https://tass.com/world/2063479',
    '2025-12-23',
    'C',
    2,
  ),
  tmzJan5: source(
    'Trump teases Colombia might be next',
    'TMZ',
    'https://www.tmz.com/2026/01/05/trump-teases-colombia-might-be-next/',
    '2026-01-05',
    'C',
    3,
  ),
};

const D = {
  deportees: 'accept-deportees',
  dignity: 'dignified-treatment-protocol',
} as const;
const INC = {
  sep15: 'boat-strike-2025-09-15',
  oct16: 'semi-submersible-strike-2025-10-16',
  oct17: 'eln-boat-strike-2025-10-17',
} as const;
const CARIBBEAN = 'Caribbean Sea';

const events: readonly NegotiationEvent[] = [
  // ===== 26–31 January: the deportation flights, the ultimatum, the deal =====
  ev(
    'NegotiationOpened',
    'opened',
    when('2025-01-26T09:00:00Z', 'approximate'),
    {
      negotiationId: NEGOTIATION_ID,
      title: 'United States – Colombia, 2025: deportations, drugs and the boat strikes',
      subject:
        "Petro's refusal of US military deportation flights and Trump's tariff ultimatum (26 January), the deal that night; the decertification, the US strikes on boats tied to Colombia, Petro's visa revoked and the sanctions on him, Colombia's recall of its ambassador and its suspension of intelligence sharing, and Trump's threats of strikes in Colombia, to the end of 2025.",
      parties: [USA, COLOMBIA],
      mediators: [],
    },
    [S.cnaJan27, S.spokesmanJan26],
  ),
  ev(
    'DemandTabled',
    'dem-deportees',
    when('2025-01-26T09:00:00Z', 'approximate'),
    {
      demandId: D.deportees,
      by: 'united-states',
      addressedTo: ['colombia'],
      text: 'Accept Colombian nationals deported from the United States, including on US military aircraft, without limitation or delay.',
      category: 'humanitarian',
    },
    [S.cnaJan27, S.dunyaJan27],
    {
      note: 'Colombia had approved the two C-17 flights before they took off (CNN, via Kenyan Post and CNA); the demand is the terms the White House then announced as met.',
    },
  ),
  ev(
    'DemandTabled',
    'dem-dignity',
    when('2025-01-26T09:00:00Z', 'approximate'),
    {
      demandId: D.dignity,
      by: 'colombia',
      addressedTo: ['united-states'],
      text: 'A protocol for the dignified treatment of deported migrants before Colombia receives them: civilian planes, not as criminals.',
      category: 'humanitarian',
    },
    [S.newserJan26, S.gzeroJan27],
  ),
  ev(
    'PositionTaken',
    'pos-col-deportees-rejected',
    when('2025-01-26T09:00:00Z', 'approximate'),
    {
      demandId: D.deportees,
      actorId: 'colombia',
      stance: 'rejected',
      speaker: PETRO,
      quote:
        'The US cannot treat Colombian migrants as criminals. I deny the entry of American planes carrying Colombian migrants into our territory.',
      conditions: 'Colombia will receive its nationals on civilian planes, without treating them as criminals.',
    },
    [S.gzeroJan27, S.newserJan26, S.apJan27Visas],
    { note: 'Two US Air Force C-17s from San Diego, about 80 Colombians on each, turned back.' },
  ),
  ev(
    'UltimatumIssued',
    'ult-tariffs',
    when('2025-01-26T19:00:00Z', 'approximate'),
    {
      ultimatumId: 'tariffs-25-to-50',
      by: 'united-states',
      to: ['colombia'],
      demandIds: [D.deportees],
      deadline: '2025-02-02T19:00:00Z',
      consequences:
        "Emergency 25% tariffs on all Colombian goods at once, raised to 50% in one week; a travel ban and immediate visa revocations for Colombian government officials and their allies; visa sanctions on party members, family members and supporters; enhanced inspections of Colombian nationals and cargo; IEEPA treasury, banking and financial sanctions 'fully imposed'. 'These measures are just the beginning.'",
      channel: 'Truth Social',
    },
    [S.cnaJan27, S.spokesmanJan26, S.gzeroJan27],
    { note: 'The deadline is the stated step from 25% to 50% "in one week".' },
  ),
  ev(
    'StatementMade',
    'stmt-state-visas',
    when('2025-01-26T21:00:00Z', 'approximate'),
    {
      speaker: STATE_DEPT,
      audience: 'colombia',
      tone: 'critical',
      summary:
        "Visa sanctions issued by the State Department take effect: the US embassy in Bogotá shuts its visa section from 27 January 'due to the Colombian government's refusal to accept repatriation flights', and hundreds of appointments are cancelled.",
    },
    [S.financeColombiaJan26, S.apJan27Visas, S.scrippsJan27],
    { cameo: '163', note: 'A sanction in force (visas), not a threat: CAMEO 163.' },
  ),
  ev(
    'StatementMade',
    'stmt-petro-countertariffs',
    when('2025-01-26T21:30:00Z', 'approximate'),
    {
      speaker: PETRO,
      audience: 'united-states',
      tone: 'threat',
      summary:
        "Petro announces retaliatory tariffs of 25% on US imports, then in a longer post 50%; 'Your blockade does not scare me'; he asks whether Trump wants to topple him and says he does not shake hands with 'white enslavers'.",
      quote: 'I do not shake hands with white enslavers.',
    },
    [S.spokesmanJan26, S.mercopressJan27],
    { cameo: '1312', note: 'Counter-tariffs announced, never applied: a threat of sanctions.' },
  ),
  ev(
    'StatementMade',
    'stmt-petro-plane',
    when('2025-01-26T22:00:00Z', 'approximate'),
    {
      speaker: PETRO,
      audience: 'united-states',
      tone: 'conciliatory',
      summary:
        'Petro posts a letter reversing his opposition and offers the presidential plane to bring the deportees home.',
    },
    [S.gzeroJan27, S.dunyaJan27],
  ),
  ev(
    'PositionTaken',
    'pos-col-deportees-accepted',
    when('2025-01-27T03:00:00Z', 'approximate'),
    {
      demandId: D.deportees,
      actorId: 'colombia',
      stance: 'accepted',
      speaker: MURILLO,
      quote:
        'We have overcome the impasse with the US government. We will continue to receive Colombians deported, guaranteeing them dignified conditions as citizens subject to rights.',
    },
    [S.dunyaJan27, S.scrippsJan27],
    {
      note: "The White House: 'The Government of Colombia has agreed to all of President Trump's terms, including the unrestricted acceptance of all illegal aliens from Colombia returned from the United States, including on U.S. military aircraft, without limitation or delay.' Colombia's statement did not say military flights, nor contradict it (Reuters).",
    },
  ),
  ev(
    'UltimatumResolved',
    'ult-tariffs-resolved',
    when('2025-01-27T03:00:00Z', 'approximate'),
    {
      ultimatumId: 'tariffs-25-to-50',
      resolution: 'complied',
      summary:
        'Colombia agrees to take the deportees back, including on US military aircraft; the drafted IEEPA tariffs and sanctions are not signed.',
    },
    [S.dunyaJan27, S.scrippsJan27],
  ),
  ev(
    'AgreementReached',
    'agr-deportations',
    when('2025-01-27T03:00:00Z', 'approximate'),
    {
      agreementId: 'deportation-understanding-2025-01-26',
      kind: 'partial',
      provisions: [
        'Colombia accepts all its nationals returned from the United States, including on US military aircraft, without limitation or delay',
        'The drafted US tariffs and financial sanctions are held in reserve, not signed, unless Colombia fails to honour the agreement',
        'The State Department visa sanctions and enhanced inspections remain until the first planeload of deportees is returned',
      ],
      signatories: ['united-states', 'colombia'],
      textPublic: false,
    },
    [S.dunyaJan27, S.scrippsJan27],
    { note: "Announced by the White House; Colombia's foreign minister: 'we have overcome the impasse'." },
  ),
  ev(
    'StatementMade',
    'stmt-wh-reserve',
    when('2025-01-27T03:00:00Z', 'approximate'),
    {
      speaker: WHITE_HOUSE,
      audience: 'colombia',
      tone: 'warning',
      summary:
        "The fully drafted IEEPA tariffs and sanctions 'will be held in reserve, and not signed, unless Colombia fails to honor this agreement'; 'today's events make clear to the world that America is respected again'.",
    },
    [S.scrippsJan27, S.dunyaJan27],
  ),
  ev(
    'StatementMade',
    'stmt-col-fac-flights',
    when('2025-01-28'),
    {
      speaker: COL_FOREIGN_MINISTRY,
      audience: 'united-states',
      tone: 'conciliatory',
      summary:
        'The first deportees are flown home: Colombian Air Force planes bring back the Colombians of the flights turned away, without handcuffs (four flights on 28 and 29 January, more than 400 people).',
    },
    [S.contrareplicaJan29, S.americaEconomiaJan31],
  ),
  ev(
    'StatementMade',
    'stmt-us-visas-resumed',
    when('2025-01-31'),
    {
      speaker: US_EMBASSY,
      audience: 'colombia',
      tone: 'conciliatory',
      summary:
        'The US embassy in Bogotá reopens its consular section and resumes visa issuance after a four-day suspension; Colombia hails "the mutual work to maintain diplomatic channels".',
    },
    [S.americaEconomiaJan31],
  ),
  // ===== 3 July: the envoys recalled =====
  ev(
    'StatementMade',
    'stmt-us-recall-mcnamara',
    when('2025-07-03'),
    {
      speaker: STATE_DEPT,
      audience: 'colombia',
      tone: 'critical',
      summary:
        "Secretary of State Rubio recalls the chargé d'affaires in Bogotá, John McNamara, 'for urgent consultations following baseless and reprehensible statements from the highest levels of the Government of Colombia' (Petro's charge that the US backed a plot to remove him); Colombia 'remains an essential strategic partner'.",
    },
    [S.aaJul3, S.cnnOct20],
    { cameo: '161' },
  ),
  ev(
    'StatementMade',
    'stmt-col-recall-jul',
    when('2025-07-03'),
    {
      speaker: PETRO,
      audience: 'united-states',
      tone: 'critical',
      summary:
        'Petro recalls Ambassador Daniel García-Peña from Washington in response, to report on the bilateral agenda (energy transition, drug trafficking, regional peace).',
    },
    [S.aaJul3, S.cnnOct20],
    { cameo: '161' },
  ),
  // ===== September: the first strike, decertification, New York =====
  ev(
    'IncidentReported',
    'strike-sep15',
    when('2025-09-15'),
    {
      incidentId: INC.sep15,
      kind: 'lethal-force',
      perpetrator: 'united-states',
      allegedBy: 'colombia',
      against: 'colombia',
      target:
        "A small boat with three aboard; by Colombia's and the family's account the fishing boat of Alejandro Carranza, of the Caribbean coast",
      place: CARIBBEAN,
      fatalities: { min: 3, max: 3 },
      civilianFatalities: { min: 0, max: 1 },
      description:
        'A US military strike on a boat the US called a drug-trafficking vessel kills the three aboard. Carranza, 40, a fisherman from Santa Marta, left to fish on 14 September and did not return; his family, the petition filed for them at the Inter-American Commission on Human Rights and Petro say he was killed in this strike. Petro: the boat was adrift with an engine raised and a distress signal, in Colombian waters (a public broadcaster reported it had left La Guajira; unverified, graded 3); the US says international waters and narco-terrorists.',
    },
    [S.wlrnNov14, S.abcDec3, S.overviewOct19Carranza],
    {
      note: "Force on the other party's people at sea, outside fighting between forces: lethal force, not an airstrike (see the header). Tied to Colombia by Colombia's charge (18 October).",
    },
  ),
  ev(
    'StatementMade',
    'stmt-trump-decert',
    when('2025-09-15'),
    {
      speaker: TRUMP,
      audience: 'colombia',
      tone: 'critical',
      summary:
        "Trump designates Colombia as having 'failed demonstrably' to meet its counternarcotics obligations, the first time since 1997: coca and cocaine at 'all-time records under President Gustavo Petro'; the failure 'rests solely with its political leadership'. A national-interest waiver keeps US aid and cooperation; he 'will consider changing this designation' if Colombia acts.",
    },
    [S.reutersSep16Decert, S.latimesSep16],
    { cameo: '160', note: 'Decertification with a waiver: a reduction of relations, aid kept (CAMEO 160).' },
  ),
  ev(
    'StatementMade',
    'stmt-col-arms',
    when('2025-09-16'),
    {
      speaker: BENEDETTI,
      audience: 'united-states',
      tone: 'critical',
      summary:
        "'From this moment on… weapons will not be purchased from the United States' (Benedetti on Blu Radio); Petro: the army will end its dependence on US 'handouts', the US 'wants a puppet president'.",
    },
    [S.tag24Sep16Arms, S.almayadeenSep16],
    { cameo: '160' },
  ),
  ev(
    'StatementMade',
    'stmt-petro-unga',
    when('2025-09-23'),
    {
      speaker: PETRO,
      audience: 'united-states',
      tone: 'accusation',
      summary:
        "At the UN General Assembly Petro says the strikes killed unarmed 'poor young people', possibly Colombians, and calls for 'a criminal process' against US officials, 'including the senior official who gave the order, President Trump'; the US delegation walks out.",
    },
    [S.tag24Sep24Unga, S.wionSep24],
  ),
  ev(
    'StatementMade',
    'stmt-petro-nyc',
    when('2025-09-26T18:00:00Z', 'approximate'),
    {
      speaker: PETRO,
      audience: 'united-states',
      tone: 'critical',
      summary:
        "At a pro-Palestinian rally across from the UN, through a megaphone: 'I ask all the soldiers of the United States army not to point their rifles at humanity. Disobey Trump's order! Obey the order of humanity!'",
    },
    [S.exbulletinSep27, S.newsup9Sep27],
  ),
  ev(
    'StatementMade',
    'stmt-state-visa-petro',
    when('2025-09-26T23:00:00Z', 'approximate'),
    {
      speaker: STATE_DEPT,
      audience: 'colombia',
      tone: 'critical',
      summary:
        "'Earlier today, Colombian president @petrogustavo stood on a NYC street and urged U.S. soldiers to disobey orders and incite violence. We will revoke Petro's visa due to his reckless and incendiary actions.'",
    },
    [S.aniSep27, S.exbulletinSep27, S.newsup9Sep27],
    { cameo: '172', note: "A head of state's visa revoked: an administrative sanction (CAMEO 172)." },
  ),
  ev(
    'StatementMade',
    'stmt-petro-visa-reply',
    when('2025-09-27'),
    {
      speaker: PETRO,
      audience: 'united-states',
      tone: 'critical',
      summary:
        'Back in Bogotá, Petro says the revocation breaks the immunity of heads of state at the General Assembly, that the US "no longer complies with international law", and asks whether the UN should stay in New York.',
    },
    [S.qazinformSep28],
  ),
  // ===== October: the strikes tied to Colombia, "illegal drug leader", the sanctions =====
  ev(
    'IncidentReported',
    'strike-oct16',
    when('2025-10-16'),
    {
      incidentId: INC.oct16,
      kind: 'lethal-force',
      perpetrator: 'united-states',
      against: 'colombia',
      target: 'A semi-submersible with four aboard, among them a Colombian and an Ecuadorian',
      place: CARIBBEAN,
      fatalities: { min: 2, max: 2 },
      injured: { min: 1, max: 1 },
      description:
        "US forces strike a semi-submersible Trump says carried fentanyl: two killed, two survivors, a Colombian (Jonathan Obando Pérez, with a head injury, on a ventilator) and an Ecuadorian, taken aboard the USS Iwo Jima and returned to their countries; Petro: 'We received the Colombian detained in the narco-submarine; we are glad he is alive, and he will be prosecuted according to the law' (18 October).",
    },
    [S.elcolombianoOct18, S.bluradioOct18],
    { note: 'Tied to Colombia by its national aboard, wounded: the injured count is his.' },
  ),
  ev(
    'IncidentReported',
    'strike-oct17',
    when('2025-10-17'),
    {
      incidentId: INC.oct17,
      kind: 'lethal-force',
      perpetrator: 'united-states',
      against: 'colombia',
      target: 'A boat the Pentagon says was affiliated with the ELN, three men aboard',
      place: CARIBBEAN,
      fatalities: { min: 3, max: 3 },
      description:
        "Hegseth (19 October): 'a lethal kinetic strike on a vessel affiliated with Ejército de Liberación Nacional', in international waters in SOUTHCOM's area; all three aboard killed — the first strike the US tied to a Colombian group. Colombia's government says the boat carried civilians.",
    },
    [S.cbsOct19, S.vozOct19Eln, S.latintimesOct20],
    { note: 'Announced by the Secretary of Defense, Pete Hegseth, on 19 October.' },
  ),
  ev(
    'StatementMade',
    'stmt-petro-murder',
    when('2025-10-18'),
    {
      speaker: PETRO,
      audience: 'united-states',
      tone: 'accusation',
      summary:
        "'US government officials have committed a murder and violated our sovereignty in our territorial waters. Fisherman Alejandro Carranza had no ties to drug traffickers and his daily activity was fishing. The Colombian boat was adrift with its distress signal up due to an engine failure. We await explanations from the US government.' Colombia will take legal action.",
      blames: { incidentId: INC.sep15, on: 'united-states' },
    },
    [S.menafnOct19, S.opovoOct19, S.wionOct19],
  ),
  ev(
    'StatementMade',
    'stmt-trump-killing-fields',
    when('2025-10-19T15:00:00Z', 'approximate'),
    {
      speaker: TRUMP,
      audience: 'colombia',
      tone: 'military-threat',
      summary:
        "Trump: Petro 'is an illegal drug leader strongly encouraging the massive production of drugs'; 'Petro, a low rated and very unpopular leader, with a fresh mouth toward America, better close up these killing fields immediately, or the United States will close them up for him, and it won't be done nicely.'",
      quote:
        "better close up these killing fields immediately, or the United States will close them up for him, and it won't be done nicely",
    },
    [S.devdiscourseOct19, S.wionOct19, S.apOct19],
    { cameo: '138' },
  ),
  ev(
    'StatementMade',
    'stmt-trump-payments',
    when('2025-10-19T15:00:00Z', 'approximate'),
    {
      speaker: TRUMP,
      audience: 'colombia',
      tone: 'critical',
      summary:
        "'AS OF TODAY, THESE PAYMENTS, OR ANY OTHER FORM OF PAYMENT, OR SUBSIDIES, WILL NO LONGER BE MADE TO COLOMBIA' (Truth Social); which funds was not made clear.",
    },
    [S.devdiscourseOct19, S.apOct19],
    { cameo: '1621' },
  ),
  ev(
    'StatementMade',
    'stmt-trump-tariffs-oct',
    when('2025-10-19T23:00:00Z', 'approximate'),
    {
      speaker: TRUMP,
      audience: 'colombia',
      tone: 'threat',
      summary:
        "Aboard Air Force One: new tariffs on Colombia will be announced on Monday; 'They don't have a fight against drugs — they make drugs'; Petro is 'a lunatic'. He confirms Senator Graham's post that 'significant tariffs' are coming.",
    },
    [S.bairdOct20, S.mercopressOct20, S.latintimesOct20],
    { cameo: '1312', note: 'No tariff order followed by the end of the year (none found).' },
  ),
  ev(
    'StatementMade',
    'stmt-col-reply-oct19',
    when('2025-10-19T23:30:00Z', 'approximate'),
    {
      speaker: PETRO,
      audience: 'united-states',
      tone: 'critical',
      summary:
        "Petro calls Trump 'rude and ignorant toward Colombia': 'trying to promote peace in Colombia is not being a drug trafficker'; the foreign ministry calls Trump's words 'a direct threat to national sovereignty' and will seek international support.",
    },
    [S.latintimesOct20, S.mercopressOct20],
  ),
  ev(
    'StatementMade',
    'stmt-col-recall-oct',
    when('2025-10-20'),
    {
      speaker: VILLAVICENCIO,
      audience: 'united-states',
      tone: 'critical',
      summary:
        "'Daniel García-Peña, Ambassador of Colombia to the United States of America, has been recalled for consultations by President Gustavo Petro Urrego and is already in Bogotá'; decisions to follow.",
    },
    [S.anewsOct20, S.cnnOct20, S.efeOct20],
    { cameo: '161' },
  ),
  ev(
    'TalksRoundOpened',
    'round-bogota-opened',
    when('2025-10-20T23:00:00Z', 'approximate'),
    {
      roundId: 'bogota-2025-10-20',
      label: 'Petro – McNamara meeting, Bogotá',
      venue: 'Casa de Nariño, Bogotá',
      delegations: [
        { actorId: 'colombia', head: PETRO },
        { actorId: 'united-states', head: MCNAMARA },
      ],
    },
    [S.starOct21],
    { note: 'The recalled ambassador García-Peña attended with Petro.' },
  ),
  ev(
    'TalksRoundConcluded',
    'round-bogota-concluded',
    when('2025-10-21T02:00:00Z', 'approximate'),
    {
      roundId: 'bogota-2025-10-20',
      outcome: 'progress',
      summary:
        "'A long, frank and constructive' meeting, 'a first step' toward healing the impasse (Colombia's foreign ministry); McNamara made clear that higher tariffs are Trump's decision alone; Petro reiterated his commitment to crop substitution.",
    },
    [S.starOct21],
  ),
  ev(
    'StatementMade',
    'stmt-treasury-sanctions',
    when('2025-10-24'),
    {
      speaker: TREASURY,
      audience: 'colombia',
      tone: 'accusation',
      summary:
        "OFAC designates President Petro, his wife Verónica Alcocer, his son Nicolás Petro and Interior Minister Armando Benedetti under E.O. 14059 (the global illicit drug trade): their property under US jurisdiction is blocked. Bessent: Petro 'has allowed drug cartels to flourish and refused to stop this activity'.",
    },
    [S.treasuryOct24, S.perkinsOct24, S.overviewOct24],
    { cameo: '163' },
  ),
  ev(
    'StatementMade',
    'stmt-petro-sanctions-reply',
    when('2025-10-24'),
    {
      speaker: PETRO,
      audience: 'united-states',
      tone: 'critical',
      summary:
        "Petro calls the designation 'a great paradoxical injustice': 'Bernie Moreno's threat was fulfilled, my children and my wife, I entered the OFAC list'; he names a US lawyer for his defence.",
    },
    [S.overviewOct24],
  ),
  // ===== November – December: intelligence suspended, threats to strike Colombia =====
  ev(
    'StatementMade',
    'stmt-petro-intelligence',
    when('2025-11-11'),
    {
      speaker: PETRO,
      audience: 'united-states',
      tone: 'critical',
      summary:
        "'An order has been given at all levels of the public security force's intelligence services to suspend communications and other dealings with US security agencies'; the suspension 'will remain in force as long as the missile attacks on boats continue'.",
    },
    [S.aljazeeraNov12, S.bnoNov12, S.wlrnNov14],
    { cameo: '160' },
  ),
  ev(
    'StatementMade',
    'stmt-trump-proud',
    when('2025-11-17'),
    {
      speaker: TRUMP,
      audience: 'colombia',
      tone: 'military-threat',
      summary:
        "Asked about striking drug facilities in Mexico and Colombia: 'We know the addresses of every drug lord… They are killing our people. That's like a war. Would I do it? I'd be proud to do it.'",
    },
    [S.colombiaOneNov18],
    { cameo: '138' },
  ),
  ev(
    'StatementMade',
    'stmt-trump-subject-to-attack',
    when('2025-12-02'),
    {
      speaker: TRUMP,
      audience: 'colombia',
      tone: 'military-threat',
      summary:
        "At the cabinet meeting: 'I hear the country of Colombia is making cocaine, they have cocaine manufacturing plants… Anybody that's doing that and selling it into our country is subject to attack.'",
    },
    [S.rteDec3, S.vozDec2, S.shafaqDec2],
    { cameo: '138' },
  ),
  ev(
    'StatementMade',
    'stmt-petro-declaring-war',
    when('2025-12-02'),
    {
      speaker: PETRO,
      audience: 'united-states',
      tone: 'warning',
      summary:
        "'Do not threaten our sovereignty, because you will awaken the jaguar. To attack our sovereignty is to declare war. Do not damage two centuries of diplomatic relations.' Petro invites Trump to Colombia to watch the destruction of cocaine laboratories, 18,400 'without missiles'.",
    },
    [S.rteDec3, S.shafaqDec2, S.vozDec2],
  ),
  ev(
    'StatementMade',
    'stmt-trump-next',
    when('2025-12-10'),
    {
      speaker: TRUMP,
      audience: 'colombia',
      tone: 'military-threat',
      summary:
        "At the White House: Petro 'has been fairly hostile to the United States'; 'Colombia is producing a lot of drugs. They have cocaine factories… So he better wise up or he'll be next. He'll be next soon. I hope he's listening.'",
    },
    [S.militaryDec11],
    { cameo: '138' },
  ),
  ev(
    'StatementMade',
    'stmt-trump-factories',
    when('2025-12-22'),
    {
      speaker: TRUMP,
      audience: 'colombia',
      tone: 'military-threat',
      summary:
        "At Mar-a-Lago: Petro 'better watch his back because he's making cocaine'; 'You better shut down those cocaine factories. There are three major cocaine factories. And we know where they are. You better shut them down fast.'",
    },
    [S.tassDec23, graded(S.tmzJan5, 3)],
    { cameo: '138' },
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'us-colombia-2025.jsonl',
  logEnd: '2026-12-07T03:00:00Z',
  events,
};

export default definition;
