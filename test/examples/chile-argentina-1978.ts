/**
 * A test fixture, not a shipped example: Chile and Argentina in the Beagle
 * crisis, from the arbitral award that gave Picton, Lennox and Nueva to Chile
 * (communicated on 2 May 1977) through Argentina's declaration that the award
 * was null (25 January 1978), the Videla–Pinochet meetings at Mendoza (19
 * January) and Puerto Montt (20 February 1978) and the mixed commissions of the
 * Act of Puerto Montt, the blackouts and military preparations, the failed
 * foreign ministers' meeting at Buenos Aires (12 December 1978), Operation
 * Soberanía — the fleet at sea and the invasion halted within hours on 22
 * December — and the Pope's envoy, the Act of Montevideo (8 January 1979), the
 * papal mediation in Rome and the papal proposal (12 December 1980), the
 * border closed by Argentina after the arrest of two of its officers in Chile
 * (29 April 1981), the renewal of the 1972 treaty (September 1982), the joint
 * declaration of peace and friendship (23 January 1984), the last incident at
 * Punta Gusano (October 1984), the referendum in Argentina (25 November 1984)
 * and the Treaty of Peace and Friendship (signed 29 November 1984, in force 2
 * May 1985). Escalation model v2 was never tuned on it: it is the case the
 * model is held to in chile-argentina-1978.spec.ts, against the calls an
 * analyst makes from DOMAIN.md §5b alone.
 *
 * What it tests that the other cases did not: a near-war with no shot fired
 * (threats of war, blackouts, a fleet at sea and an invasion launched and
 * called off before contact); an agreement by which both renounce force and
 * accept a mediator while the dispute stays open; a border closed by one side
 * over an arrest of spies; and, years later, one alleged salvo at a lighthouse
 * while the final treaty is being agreed.
 *
 * The negotiation recorded is the dispute over the islands and waters south of
 * the Beagle Channel: the parties are Chile and Argentina; the Holy See (Pope
 * John Paul II and his envoy, Cardinal Antonio Samoré) is the mediator from
 * December 1978; the United Kingdom (the Crown as arbitrator, whose court gave
 * the award) is a third party.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source.
 *
 * Recorded retrospectively: the case was opened on 6 December 2026 and every
 * development recorded that day from archives, document collections and
 * anniversary pieces, so its knownAt begins then. The escalation calls are on
 * world time (`at`).
 *
 * Grading as in examples/README.md: A = the document itself (the United
 * States' declassified telegrams, FRUS, the UN's Reports of International
 * Arbitral Awards); B = established outlet, wire copy, official text copy or
 * record of events (El País, The Press/NZPA, Keesing's, Infobae, El Mercurio,
 * the Christian Science Monitor, the Chilean foreign ministry, Wikisource's
 * copies of the Acts); C = smaller outlet, encyclopedia page or its copy, blog,
 * forum or party page (Wikipedia and its mirrors, uno más uno via Studylib,
 * memo.com.ar, the Magallanes diocese, the PJ Chaco chronicle); 1 = a text or
 * an on-record act confirmed by the actors; 2 = several outlets agree or one
 * established outlet reports it; 3 = one side's unverified claim.
 *
 * Dates of sources: pages that carry no date of their own (encyclopedia pages
 * and their copies, chronicles, the Keesing's pages) are given the day after
 * the last development they report, a lower bound, as the other historical
 * cases do. Telegrams are dated by the telegram.
 *
 * Judgement calls, recorded as an analyst would:
 * - The award is no agreement between the parties: it is recorded as Chile's
 *   demand that it be complied with (2 May 1977, the day the Crown
 *   communicated it), which Argentina `rejected` when it declared the award
 *   "irrevocably null and void" (25 January 1978, a `critical` statement with
 *   it); Chile's rejection of that declaration (26 January) is `critical`.
 *   The Crown's communication is the United Kingdom's `neutral` statement.
 * - The reported movement of Argentine naval units to the South Atlantic (10
 *   January 1978, as the State Department's press guidance relayed press
 *   reports, A3) is a `force-posture`.
 * - Mendoza (19 January 1978) is a round concluded with `progress` (the bases
 *   for negotiation, as the Act of Puerto Montt recalls); Puerto Montt (20
 *   February 1978) a round concluded with an `agreement`, the Act (`framework`:
 *   three phases of mixed commissions, orders to the southern authorities to
 *   avoid acts contrary to peaceful coexistence).
 * - The first mixed commission: by Chilean officials to the US embassy (4 May
 *   1978, A3), the Argentines "threatened war whenever substantive issues were
 *   raised": a `military-threat`, dated to the report (`approximate`: the
 *   meetings are not dated in the telegram). The round itself is not recorded:
 *   its dates were not found.
 * - The second mixed commission is recorded only by its end: "formal talks
 *   ended on November 2" (FRUS), and Chile then refused to resume bilateral
 *   negotiations "because this permits the GOA to continue threats of force"
 *   (20 November telegram): a round `collapsed`, opened on the same day as
 *   recorded (`approximate`; its opening was not found dated).
 * - Blackout drills in Argentina (from 9 October 1978 in the Alto Valle, as
 *   the Río Negro newspaper listed them, quoted in a forum, D2; the US State
 *   Department raised the "reports of military preparations and blackouts in
 *   Buenos Aires" on 26 October, A2) are one `force-posture` of Argentina's,
 *   dated 9 October. Chile's deployment along the border is dated by month to
 *   December 1978, the month of the crisis's peak: the Chilean commemoration
 *   of 2019 says only that the forces were deployed "during that period".
 * - Threats of war conveyed to the United States, not to Chile: the
 *   commander of the Argentine coast guard (24 November 1978: Argentina would
 *   occupy the disputed territory and break ties unless negotiations resumed
 *   in ten days), General Suárez Mason and Argentine officers on the targets
 *   of occupation (7 December), and General Viola (21 December: Argentina's
 *   options "narrowed down to one, to-wit, military action"). Each is a
 *   `military-threat` by Argentina with the United States as its audience. The
 *   coast guard's "ten days" is not recorded as an ultimatum: it was not put
 *   to Chile.
 * - The foreign ministers' meeting at Buenos Aires (12 December 1978) is a
 *   round `collapsed` the same day (`approximate`): Chile accepted the mediation
 *   formula Argentina proposed and the junta withdrew its ministers' power to
 *   sign it (Mirow, from Princen).
 * - Operation Soberanía: the order to invade, signed on 15 December for the
 *   21st and put off to the 22nd by the weather, is in the text of the
 *   operation's record; the fleet at sea on 21 December (Infobae: preparing
 *   to invade Evout, Barnevelt and Hornos in a storm) and the Chilean fleet
 *   at sea (El Mercurio: the fleets "hours" from meeting) are `force-posture`
 *   each, at one place written one way ("off Cape Horn"); the launch on 22
 *   December, halted within hours "without a fight", is Argentina's
 *   `force-posture` there. No shot is reported: whether infantry crossed the
 *   border "has not been established". Nothing here is armed action.
 * - The Holy See is registered as mediator on 11 December 1978 (the Pope's
 *   message to both presidents, recalled in the Act of Montevideo); its offer
 *   of a special representative (22 December) is `offered`, recorded with a
 *   demand of the Holy See's (receive the envoy and seek a peaceful solution)
 *   that both `accepted` (the Act: "tan noble iniciativa fue aceptada por
 *   ambos Gobiernos", dated 23 December, `approximate`); Samoré's arrival in
 *   Buenos Aires (26 December) is `visited`.
 * - The Act of Montevideo (8 January 1979, the date of its text; the English
 *   encyclopedia says the 9th) is a round hosted by the Holy See concluded
 *   with an `agreement` of kind `partial`: both ask the Holy See to mediate,
 *   undertake not to resort to force, and to a gradual return to the military
 *   situation of early 1977.
 * - The mediation in Rome is one round, opened in May 1979 (`month`, per
 *   Keesing's) and concluded with the `agreement` on 29 November 1984, the
 *   day the treaty was signed.
 * - The papal proposal (12 December 1980) is the Holy See's `proposed` action
 *   and a demand of the Holy See addressed to both: Chile `accepted` it
 *   (announced 8 January 1981); Argentina `rejected` it (its rejection
 *   communicated to the Vatican on 25 March 1981, per Keesing's; the
 *   encyclopedia says Argentina never formally replied and sent a note of
 *   "grave misgivings" on 17 March — the Keesing's date is used).
 * - 1981: Chile arrested two Argentine army officers at Los Andes on Saturday
 *   25 April and said so on the 28th (an `accusation` of espionage); on 29
 *   April Argentina closed the border crossings against Chile (a
 *   `border-closure`, place "Andes border crossings") and moved troops to the
 *   border in Mendoza (a `force-posture`), demanding the officers' immediate
 *   release; the junta's note of 1 May called the arrest "an insolent action"
 *   (an `accusation`). The reopening of the crossings was NOT found in a dated
 *   source (El País of 3 May reports an exchange of the officers under study;
 *   La Voz of 2003 that spies were freed on both sides "in 1981"), so no
 *   `border-reopening` is recorded: the log holds the closure as never lifted.
 * - Argentina's denunciation of the 1972 General Treaty on the Judicial
 *   Settlement of Disputes (January 1982) was not found in a source read, and
 *   is left out; its renewal on 15 September 1982 (the encyclopedia's account
 *   of the mediation's last phase) is recorded as an `AgreementReached`
 *   (`partial`).
 * - The joint declaration of peace and friendship (23 January 1984, at the
 *   Vatican) is an `agreement` of kind `framework`. The treaty's text was
 *   settled on 18 October 1984 (`text-agreed`), signed on 29 November,
 *   ratified by Argentina (16 March 1985) and Chile (12 April 1985), and in
 *   force with the exchange of instruments on 2 May 1985, when the negotiation
 *   is closed with an agreement.
 * - Punta Gusano: on 19 October 1984, the day the treaty's text was made
 *   public, Chile's defence minister said an Argentine battery at Puerto
 *   Almanza fired eight salvos at the Punta Gusano lighthouse near Puerto
 *   Williams, without damage; Argentina denied it. Recorded as Chile's
 *   allegation (`shelling`, `allegedBy` chile, no toll, C3) with Argentina's
 *   denial: an alleged act counts as armed action by §5b.
 * - The referendum in Argentina (25 November 1984: 82.6% yes, non-binding) is
 *   a `conciliatory` statement of Alfonsín's government, which said it would
 *   respect the result.
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, source, retrospectiveClock } from '../../examples/case-builder';

const NEGOTIATION_ID = 'chile-argentina-1978';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 1978);
/** Recorded retrospectively on 6 December 2026, one minute apart, in log order. */
const when = retrospectiveClock('2026-12-06T08:00:00Z');

const CHILE: Actor = { id: 'chile', name: 'Chile', kind: 'state', aliases: ['Santiago', 'the Chilean junta'] };
const ARGENTINA: Actor = {
  id: 'argentina',
  name: 'Argentina',
  kind: 'state',
  aliases: ['Buenos Aires', 'the Argentine junta'],
};
const UK: Actor = {
  id: 'united-kingdom',
  name: 'United Kingdom',
  kind: 'state',
  aliases: ['the British Crown', "Her Britannic Majesty's Government", 'the arbitrator'],
};
const HOLY_SEE: Actor = {
  id: 'holy-see',
  name: 'Holy See',
  kind: 'mediator',
  aliases: ['the Vatican', 'Pope John Paul II', 'Cardinal Antonio Samoré'],
};

const UK_GOVT: Person = { name: "Her Britannic Majesty's Government (the award)", actorId: 'united-kingdom' };
const MONTES: Person = { name: 'Oscar Antonio Montes', title: 'Foreign Minister of Argentina', actorId: 'argentina' };
const CHILE_GOVT: Person = { name: 'Government of Chile (note)', actorId: 'chile' };
const CHILE_OFFICIALS: Person = { name: 'Chilean officials of the first mixed commission', actorId: 'chile' };
const ARG_DELEGATION: Person = { name: 'Argentine delegation to the first mixed commission', actorId: 'argentina' };
const ARG_GOVT: Person = { name: 'Government of Argentina (note)', actorId: 'argentina' };
const ARG_COAST_GUARD: Person = { name: 'Commander of the Argentine Coast Guard', actorId: 'argentina' };
const SUAREZ_MASON: Person = {
  name: 'Carlos Guillermo Suárez Mason',
  title: 'Commander, I Army Corps',
  actorId: 'argentina',
};
const VIOLA: Person = { name: 'Roberto Viola', title: 'Commander-in-Chief of the Army', actorId: 'argentina' };
const PASTOR: Person = {
  name: 'Carlos Washington Pastor',
  title: 'Foreign Minister of Argentina',
  actorId: 'argentina',
};
const CUBILLOS: Person = { name: 'Hernán Cubillos', title: 'Foreign Minister of Chile', actorId: 'chile' };
const PINOCHET: Person = { name: 'Augusto Pinochet', title: 'President of Chile', actorId: 'chile' };
const ARG_JUNTA: Person = { name: 'Military junta of Argentina (communiqué)', actorId: 'argentina' };
const ALFONSIN: Person = { name: 'Raúl Alfonsín', title: 'President of Argentina', actorId: 'argentina' };

const S = {
  riaa: source(
    'Case concerning a dispute between Argentina and Chile concerning the Beagle Channel (Reports of International Arbitral Awards, vol. XXI, editorial note)',
    'United Nations (RIAA), docslib copy',
    'https://docslib.org/doc/3458635/dispute-between-argentina-and-chile-concerning-the-beagle-channel',
    '2006-01-01',
    'A',
    1,
  ),
  wikiDirect: source(
    'Direct negotiations between Chile and Argentina in 1977–1978',
    'Wikipedia',
    'https://en.wikipedia.org/wiki/Direct_negotiations_between_Chile_and_Argentina_in_1977%E2%80%931978',
    '1979-01-10',
    'C',
    2,
  ),
  keesing1978: source(
    "Argentinian Rejection of Beagle Channel Ruling (Keesing's Record of World Events, vol. XXIV, March 1978, p. 28890)",
    "Keesing's (docslib copy)",
    'https://docslib.org/doc/9399638/keesings-world-news-archives',
    '1978-03-31',
    'B',
    2,
  ),
  nullity: source(
    'Note from the Minister for Foreign Affairs of the Argentine Republic to the Ambassador of Chile in Argentina, 25 January 1978, and the Declaration of Nullity',
    'dipublico.org (text of the note)',
    'https://www.dipublico.org/7017/declaracion-de-nulidad-argentina-al-laudo-de-su-majestad-britanica-de-1977-25011978-en-ingles/',
    '1978-01-25',
    'B',
    1,
  ),
  laudo: source(
    'Laudo arbitral de 1977',
    'Wikipedia (Spanish)',
    'https://es.wikipedia.org/wiki/Laudo_arbitral_de_1977?oldformat=true',
    '1984-11-30',
    'C',
    2,
  ),
  cableJan10: source(
    'Beagle Channel dispute: press guidance for the noon briefing of 10 January 1978 (State 006476)',
    'US Department of State telegram (WikiLeaks PlusD)',
    'https://www.wikileaks.org/plusd/cables/1978STATE006476_d.html',
    '1978-01-10',
    'A',
    3,
  ),
  memoMendoza: source(
    'Historia: la reunión de Videla y Pinochet en Mendoza y el inicio de la guerra que no fue',
    'memo.com.ar',
    'https://www.memo.com.ar/hechos/historia-la-reunion-de-videla-y-pinochet-en-mendoza-y-el-inicio-de-la-guerra-que-no-fue/',
    '1978-12-26',
    'C',
    2,
  ),
  actaPuertoMontt: source(
    'Acta de Puerto Montt (20 February 1978)',
    'Wikisource (text of the Act)',
    'https://es.wikisource.org/wiki/Acta_de_Puerto_Montt',
    '1978-02-20',
    'B',
    1,
  ),
  cableMay4: source(
    'UNITAS XIX planning (Santiago 3314, 4 May 1978)',
    'US Embassy Santiago telegram (WikiLeaks PlusD)',
    'https://search.wikileaks.org/plusd/cables/1978SANTIA03314_d.html',
    '1978-05-04',
    'A',
    3,
  ),
  cableJun16: source(
    'Argentine concern over Beagle Channel conflict (Buenos Aires 4652, 16 June 1978)',
    'US Embassy Buenos Aires telegram (WikiLeaks PlusD)',
    'https://forum.wikileaks.org/plusd/cables/1978BUENOS04652_d.html',
    '1978-06-16',
    'A',
    2,
  ),
  forumBlackouts: source(
    'La casi guerra de Navidad 1978 (Parte III: el Alto Valle en 1978 y la prensa escrita, calendar of blackout drills from Río Negro)',
    'Malvinas forum (foroargentina.net)',
    'https://malvinasbdh.foroargentina.net/t85-la-casi-guerra-de-navidad-1978',
    '1978-12-20',
    'D',
    2,
  ),
  cableOct27: source(
    'Beagle Channel dispute: meeting of Assistant Secretary Vaky with Argentine Ambassador Aja Espil (State 274064, 27 October 1978)',
    'US Department of State telegram (WikiLeaks PlusD)',
    'https://theworldtomorrow.wikileaks.org/plusd/cables/1978STATE274064_d.html',
    '1978-10-27',
    'A',
    2,
  ),
  frus37: source(
    'Memorandum from Robert Pastor (NSC) to Brzezinski: Beagle Channel update (FRUS 1977–1980, vol. XXIV, doc. 37)',
    'Office of the Historian, US Department of State',
    'https://history.state.gov/historicaldocuments/frus1977-80v24/d37',
    '1978-11-28',
    'A',
    2,
  ),
  frus38: source(
    'Telegram from the Department of State to the Embassy in Italy: Beagle Channel (FRUS 1977–1980, vol. XXIV, doc. 38)',
    'Office of the Historian, US Department of State',
    'https://history.state.gov/historicaldocuments/frus1977-80v24/d38',
    '1978-12-08',
    'A',
    2,
  ),
  cableNov20: source(
    'Beagle Channel: meeting with Foreign Minister Cubillos (Santiago 8885, 20 November 1978)',
    'US Embassy Santiago telegram (WikiLeaks PlusD)',
    'https://theworldtomorrow.wikileaks.org/plusd/cables/1978SANTIA08885_d.html',
    '1978-11-20',
    'A',
    2,
  ),
  cableNov27note: source(
    'Text of GOA note of November 24 (Santiago 9011, 27 November 1978)',
    'US Embassy Santiago telegram (WikiLeaks PlusD)',
    'https://wikileaks.org/plusd/cables/1978SANTIA09011_d.html',
    '1978-11-27',
    'A',
    1,
  ),
  cableNov27: source(
    'Beagle Channel: call on Foreign Minister Cubillos, 26 November (Santiago 9010, 27 November 1978)',
    'US Embassy Santiago telegram (WikiLeaks PlusD)',
    'https://search.wikileaks.org/plusd/cables/1978SANTIA09010_d.html',
    '1978-11-27',
    'A',
    2,
  ),
  cableDec9: source(
    'Beagle Channel: is there a Chilean gambit? (Buenos Aires 9635 of 8 December, repeated as State 310539, 9 December 1978)',
    'US Department of State telegram (WikiLeaks PlusD)',
    'https://search.wikileaks.org/plusd/cables/1978STATE310539_d.html',
    '1978-12-09',
    'A',
    3,
  ),
  mirow: source(
    'International Law and Religion in Latin America: The Beagle Channel Dispute (M. C. Mirow, 28 Suffolk Transnat’l L. Rev. 29)',
    'Florida International University College of Law (docslib copy)',
    'https://docslib.org/doc/6331728/the-beagle-channel-dispute',
    '2004-01-01',
    'B',
    2,
  ),
  wikiPapal: source(
    'Papal mediation in the Beagle conflict',
    'Wikipedia',
    'https://en.wikipedia.org/wiki/Papal_mediation_in_the_Beagle_conflict',
    '1985-05-03',
    'C',
    2,
  ),
  soberania: source(
    'Operation Soberanía',
    'Piglix (encyclopedia copy)',
    'http://piglix.com/piglix/Operation_Soberan%C3%ADa',
    '1978-12-23',
    'C',
    2,
  ),
  frus42: source(
    'Telegram from the Department of State to the Embassy in Argentina: Beagle Channel dispute, 21 December 1978 (FRUS 1977–1980, vol. XXIV, doc. 42)',
    'Office of the Historian, US Department of State',
    'https://history.state.gov/historicaldocuments/frus1977-80v24/d42',
    '1978-12-21',
    'A',
    2,
  ),
  infobae: source(
    'El acta que sacó del borde de la guerra a la Argentina y Chile gracias a la mediación de Juan Pablo II',
    'Infobae',
    'https://infobae.com/sociedad/2023/01/08/el-acta-que-saco-del-borde-de-la-guerra-a-la-argentina-y-chile-gracias-a-la-mediacion-de-juan-pablo-ii',
    '2023-01-08',
    'B',
    2,
  ),
  emol: source(
    'Pinochet 2006: relaciones exteriores (el conflicto del Beagle)',
    'El Mercurio (emol.com)',
    'https://emol.com/especiales/pinochet2006/relaciones_exteriores_2.htm',
    '2006-12-10',
    'B',
    2,
  ),
  infodefensa: source(
    'Chile conmemora la crisis del Beagle',
    'Infodefensa',
    'https://infodefensa.com/latam/2019/01/09/noticia-chile-conmemora-crisis-beagle.html',
    '2019-01-09',
    'B',
    2,
  ),
  diocese: source(
    'La intervención de Juan Pablo II que evitó una guerra entre Chile y Argentina',
    'Iglesia de Magallanes (diocese of Punta Arenas)',
    'https://iglesiademagallanes.cl/la-intervencion-de-juan-pablo-ii-que-evito-una-guerra-entre-chile-y-agentina/page/24',
    '1985-05-03',
    'C',
    1,
  ),
  actaMontevideo: source(
    'Acta de Montevideo, de 8 de enero de 1979',
    'Wikisource (text of the Act)',
    'https://es.wikisource.org/wiki/es:Acta_de_Montevideo_entre_Argentina_y_Chile',
    '1979-01-08',
    'B',
    1,
  ),
  minrel2018: source(
    'Chancellors of Chile and Argentina commemorate 40 years of papal mediation that ended the Beagle Channel conflict',
    'Ministry of Foreign Affairs of Chile',
    'https://minrel.gob.cl/minrel/noticias-anteriores/chancellors-of-chile-and-argentina-commemorate-40-years-of-papal',
    '2018-12-18',
    'B',
    1,
  ),
  keesing1981: source(
    "Beagle Channel Dispute (Keesing's Record of World Events, vol. 27, July 1981, p. 30951)",
    "Keesing's (docslib copy)",
    'https://docslib.org/doc/12132702/beagle-channel-dispute',
    '1981-07-31',
    'B',
    2,
  ),
  liquiProposal: source(
    'Papal Mediation in the Beagle Conflict – The Papal Proposal of 1980',
    'LiquiSearch (encyclopedia copy)',
    'http://www.liquisearch.com/papal_mediation_in_the_beagle_conflict/the_papal_proposal_of_1980',
    '1981-08-23',
    'C',
    2,
  ),
  press1981: source(
    'Chile arrests officers (NZPA, Buenos Aires)',
    'The Press, Christchurch (Papers Past)',
    'https://paperspast.natlib.govt.nz/newspapers/CHP19810502.2.61.4',
    '1981-05-02',
    'B',
    2,
  ),
  unomasuno: source(
    'Cierra Argentina su frontera con Chile (uno más uno, 30 April 1981; AFP, AP, EFE, IPS, Latin, PL and UPI)',
    'Studylib (scan of uno más uno)',
    'https://studylib.es/doc/6497753/cierra-argentina-su-frontera-con-chile',
    '1981-04-30',
    'C',
    2,
  ),
  elpaisMay1: source(
    'Argentina concentra tropas en su frontera con Chile',
    'El País',
    'https://elpais.com/diario/1981/05/01/internacional/357516011_850215.html',
    '1981-05-01',
    'B',
    2,
  ),
  liquiFinal: source(
    'Papal Mediation in the Beagle Conflict – The Final Phase',
    'LiquiSearch (encyclopedia copy)',
    'http://www.liquisearch.com/papal_mediation_in_the_beagle_conflict/the_final_phase',
    '1985-05-03',
    'C',
    2,
  ),
  historias: source(
    'Se firma el Acta de Montevideo, un paso a la paz entre Argentina y Chile',
    'Historias que merecen ser contadas',
    'https://historiasquemerecensercontadas.com.ar/featured/se-firma-el-acta-de-montevideo-un-paso-a-la-paz-entre-argentina-y-chile/',
    '1984-01-24',
    'C',
    2,
  ),
  pjchaco: source(
    '29 de noviembre: Argentina y Chile firman el tratado que pone término al conflicto del Beagle',
    'PJ Chaco (efemérides)',
    'http://pjchaco.com.ar/index.php/efemerides-peronistas/noviembre/8225-29-de-noviembre-argentina-y-chile-firman-el-tratado-que-pone-termino-al-conflicto-del-beagle',
    '1985-05-03',
    'C',
    2,
  ),
  csm1984: source(
    'Voters in Argentina give strong OK on border pact (News In Brief)',
    'The Christian Science Monitor',
    'https://www.csmonitor.com/1984/1127/112722.html',
    '1984-11-27',
    'B',
    2,
  ),
  wikiReferendum: source(
    '1984 Argentine Beagle conflict dispute resolution referendum',
    'WikiMili (encyclopedia copy)',
    'https://wikimili.com/en/1984_Argentine_Beagle_conflict_dispute_resolution_referendum',
    '1984-11-26',
    'C',
    1,
  ),
  humanitas: source(
    'La mediación pontificia en el diferendo austral entre Chile y Argentina (address of Mgr Faustino Sainz Muñoz)',
    'Humanitas (Pontificia Universidad Católica de Chile)',
    'https://www.humanitas.cl/humanitas/la-mediacion-pontificia-en-el-diferendo-austral-entre-chile-y-argentina',
    '2009-11-20',
    'B',
    1,
  ),
  knowledgr: source(
    'Friedens- und Freundschaftsvertrag von 1984 zwischen Chile und Argentinien',
    'Knowledgr (encyclopedia copy)',
    'https://de.knowledgr.com/06630425/FriedensUndFreundschaftsvertragVon1984ZwischenChileUndArgentinien',
    '1985-05-03',
    'C',
    2,
  ),
};

const D = {
  award: 'award-complied-with',
  negotiate: 'negotiate-bilaterally',
  envoy: 'receive-papal-envoy',
  proposal: 'papal-proposal-1980',
  officers: 'release-argentine-officers',
};
const R = {
  mendoza: 'mendoza-1978-01',
  puertoMontt: 'puerto-montt-1978-02',
  commission2: 'second-mixed-commission-1978',
  buenosAires: 'foreign-ministers-buenos-aires-1978-12',
  montevideo: 'montevideo-1979-01',
  rome: 'papal-mediation-rome',
};
const O = {
  puertoMontt: 'puerto-montt-1978-02-20',
  montevideo: 'montevideo-1979-01-08',
  treaty: 'treaty-signed-1984-11-29',
  treatyInForce: 'treaty-in-force-1985-05-02',
};
const CAPE_HORN = 'off Cape Horn';
const CROSSINGS = 'Andes border crossings';
const TREATY = 'treaty-of-peace-and-friendship-1984';

const events = [
  // ===== 1977: the award =====
  ev(
    'NegotiationOpened',
    'opened',
    when('1977-05-02'),
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Chile – Argentina, the Beagle crisis and the papal mediation, 1977–85',
      subject:
        'The islands Picton, Lennox and Nueva and the waters south of the Beagle Channel: from the arbitral award given to Chile, through Argentina’s declaration of nullity, the direct negotiations and the near-war of December 1978, to the papal mediation and the Treaty of Peace and Friendship',
      parties: [CHILE, ARGENTINA],
      mediators: [],
    },
    [S.riaa, S.wikiDirect],
    { note: 'Opened on the day the Crown communicated the award; recorded retrospectively.' },
  ),
  ev('ActorRegistered', 'actor-uk', when('1977-05-02'), { actor: UK, role: 'third-party' }, [S.riaa, S.laudo], {
    note: 'The Crown was the formal arbitrator under the 1971 agreement; it could accept or reject the court’s award but not change it.',
  }),
  ev(
    'StatementMade',
    'stmt-award',
    when('1977-05-02'),
    {
      speaker: UK_GOVT,
      audience: 'Chile and Argentina',
      tone: 'neutral',
      summary:
        'The Crown communicates to both governments the award of the court of arbitration (five judges of the International Court of Justice), handed down on 18 February 1977: the islands Picton, Nueva and Lennox and the adjacent islets belong to Chile; the award is to enter into force on 2 February 1978.',
    },
    [S.riaa, S.keesing1978, S.laudo],
  ),
  ev(
    'DemandTabled',
    'dem-award',
    when('1977-05-02'),
    {
      demandId: D.award,
      by: 'chile',
      addressedTo: ['argentina'],
      text: 'The arbitral award of 1977 is binding and is to be complied with: Picton, Nueva and Lennox and the adjacent islets are Chilean.',
      category: 'territorial',
    },
    [S.wikiPapal, S.keesing1978],
  ),
  // ===== January–February 1978: nullity, Mendoza, Puerto Montt =====
  ev(
    'IncidentReported',
    'inc-navy-south-jan78',
    when('1978-01-10', 'approximate'),
    {
      incidentId: 'argentine-navy-south-1978-01',
      kind: 'force-posture',
      perpetrator: 'argentina',
      against: 'chile',
      place: 'South Atlantic',
      description:
        'Press reports of Argentine navy ships moving to the South Atlantic, towards the Beagle Channel region; the State Department has "seen speculation" of troop movements but no confirmation.',
    },
    [S.cableJan10],
  ),
  ev(
    'TalksRoundOpened',
    'round-mendoza-opened',
    when('1978-01-19'),
    {
      roundId: R.mendoza,
      label: 'Videla–Pinochet meeting, Mendoza (El Plumerillo)',
      venue: 'Mendoza',
      format: 'formal',
      delegations: [
        { actorId: 'argentina', head: { name: 'Jorge Rafael Videla', title: 'President', actorId: 'argentina' } },
        { actorId: 'chile', head: PINOCHET },
      ],
    },
    [S.memoMendoza, S.actaPuertoMontt],
  ),
  ev(
    'TalksRoundConcluded',
    'round-mendoza-concluded',
    when('1978-01-19'),
    {
      roundId: R.mendoza,
      outcome: 'progress',
      summary:
        'The presidents lay the bases for negotiations towards direct understandings on the pending questions in the southern region (as the Act of Puerto Montt records).',
    },
    [S.actaPuertoMontt, S.memoMendoza],
  ),
  ev(
    'PositionTaken',
    'pos-arg-award-null',
    when('1978-01-25'),
    {
      demandId: D.award,
      actorId: 'argentina',
      stance: 'rejected',
      speaker: MONTES,
      quote: 'has decided to declare the Arbitrator’s decision irrevocably null and void under international law',
    },
    [S.nullity, S.keesing1978],
  ),
  ev(
    'StatementMade',
    'stmt-arg-nullity',
    when('1978-01-25'),
    {
      speaker: MONTES,
      audience: 'chile',
      tone: 'critical',
      summary:
        'Argentina notifies Chile’s ambassador (and the British chargé) that it declares the award null: it does not and will not recognise any title Chile may invoke on the basis of the award, and reasserts its sovereignty over all islands and waters east of the Cape Horn meridian; it proposes to negotiate all jurisdictional differences bilaterally, as the Mendoza meeting showed.',
    },
    [S.nullity, S.keesing1978],
  ),
  ev(
    'DemandTabled',
    'dem-negotiate',
    when('1978-01-25'),
    {
      demandId: D.negotiate,
      by: 'argentina',
      addressedTo: ['chile'],
      text: 'Negotiate bilaterally all the jurisdictional differences in the southern region, the award set aside.',
      category: 'procedural',
    },
    [S.nullity],
  ),
  ev(
    'StatementMade',
    'stmt-chile-rejects-nullity',
    when('1978-01-26'),
    {
      speaker: CHILE_GOVT,
      audience: 'argentina',
      tone: 'critical',
      summary:
        'Chile rejects Argentina’s "declaration of invalidity": the award is fully operative and binding in law.',
    },
    [S.riaa, S.laudo],
  ),
  ev(
    'TalksRoundOpened',
    'round-pm-opened',
    when('1978-02-20'),
    {
      roundId: R.puertoMontt,
      label: 'Videla–Pinochet meeting, Puerto Montt',
      venue: 'Puerto Montt',
      format: 'formal',
    },
    [S.actaPuertoMontt, S.riaa],
    { occurrence: O.puertoMontt },
  ),
  ev(
    'TalksRoundConcluded',
    'round-pm-concluded',
    when('1978-02-20'),
    { roundId: R.puertoMontt, outcome: 'agreement', summary: 'The Act of Puerto Montt.' },
    [S.actaPuertoMontt, S.riaa],
    { occurrence: O.puertoMontt },
  ),
  ev(
    'AgreementReached',
    'agr-puerto-montt',
    when('1978-02-20'),
    {
      agreementId: 'act-of-puerto-montt-1978',
      kind: 'framework',
      roundId: R.puertoMontt,
      provisions: [
        'A system of negotiations in three phases, conducted by mixed commissions, on the questions pending in the southern region',
        'The bases agreed do not modify either party’s position on the award',
        'Both governments have ordered their authorities in the southern region to avoid acts or attitudes contrary to peaceful coexistence',
      ],
      signatories: ['argentina', 'chile'],
      textPublic: true,
    },
    [S.actaPuertoMontt, S.riaa],
    { occurrence: O.puertoMontt },
  ),
  ev(
    'PositionTaken',
    'pos-chile-negotiate',
    when('1978-02-20'),
    {
      demandId: D.negotiate,
      actorId: 'chile',
      stance: 'conditional',
      conditions:
        'Negotiations under the Act of Puerto Montt, without modifying Chile’s position that the award is binding.',
    },
    [S.actaPuertoMontt],
  ),
  // ===== 1978: the commissions and the pressure =====
  ev(
    'StatementMade',
    'stmt-arg-threats-commission1',
    when('1978-05-04', 'approximate'),
    {
      speaker: ARG_DELEGATION,
      audience: 'chile',
      tone: 'military-threat',
      summary:
        'By the account of Chilean officials of the first mixed commission to the US embassy, the meetings were "totally meaningless": the Argentines refused to accept the award and threatened war whenever substantive issues were raised.',
    },
    [S.cableMay4],
    { note: 'Chile’s account, relayed by the US ambassador; dated to the report (the meetings are not dated in it).' },
  ),
  ev(
    'StatementMade',
    'stmt-chile-officials-may78',
    when('1978-05-04', 'approximate'),
    {
      speaker: CHILE_OFFICIALS,
      audience: 'United States embassy',
      tone: 'accusation',
      summary:
        'Chilean officials tell the US embassy that Argentina refuses the binding award and uses threats of war in the commission; the Chilean government is not sanguine about the outcome.',
    },
    [S.cableMay4],
  ),
  ev(
    'StatementMade',
    'stmt-arg-note-returned',
    when('1978-06-13'),
    {
      speaker: ARG_GOVT,
      audience: 'chile',
      tone: 'critical',
      summary:
        'Argentina rejects a note of the Chilean foreign ministry by returning it unanswered, amid police surveillance of Chilean migrants, obstacles to trade and harsher statements by Argentine officials, as the US embassy reports the pressure on Chile to be more flexible.',
    },
    [S.cableJun16],
  ),
  ev(
    'IncidentReported',
    'inc-arg-blackouts',
    when('1978-10-09'),
    {
      incidentId: 'argentine-blackouts-1978-10',
      kind: 'force-posture',
      perpetrator: 'argentina',
      against: 'chile',
      place: 'Argentina',
      description:
        'Blackout drills against air attack from Chile begin in the Alto Valle (Neuquén, 9 October; General Godoy 27 November; Cipolletti 5 December; the whole valley 11 December) with block wardens; the United States raises with Argentina’s ambassador the reports of military preparations and blackouts in Buenos Aires (26 October).',
    },
    [S.forumBlackouts, S.cableOct27],
  ),
  ev(
    'TalksRoundOpened',
    'round-c2-opened',
    when('1978-11-02', 'approximate'),
    {
      roundId: R.commission2,
      label: 'Second Argentine–Chilean mixed commission (Act of Puerto Montt)',
      format: 'formal',
    },
    [S.frus37, S.cableNov27note],
    { note: 'Only the end of the commission’s work was found dated; the opening is recorded on that day.' },
  ),
  ev(
    'TalksRoundConcluded',
    'round-c2-concluded',
    when('1978-11-02'),
    {
      roundId: R.commission2,
      outcome: 'collapsed',
      summary:
        'The special commission adjourns without agreement on the jurisdictional dispute; formal talks end. Chile will not resume bilateral negotiations, which it says let Argentina continue its threats of force, and asks for a mediator.',
    },
    [S.frus37, S.frus38, S.cableNov20],
  ),
  ev(
    'StatementMade',
    'stmt-cubillos-nov20',
    when('1978-11-20'),
    {
      speaker: CUBILLOS,
      audience: 'argentina',
      tone: 'critical',
      summary:
        'Cubillos says Argentina’s latest notes contain nothing new, Chile will reiterate its position, and bilateral negotiations will not resume because they let Argentina continue threats of force; Argentina should accept mediation.',
    },
    [S.cableNov20],
  ),
  ev(
    'StatementMade',
    'stmt-arg-coast-guard-nov24',
    when('1978-11-24'),
    {
      speaker: ARG_COAST_GUARD,
      audience: 'United States embassy',
      tone: 'military-threat',
      summary:
        'The admiral commanding the Argentine coast guard tells an American embassy officer that Argentina will occupy the disputed territory and break diplomatic and trade ties with Chile unless negotiations are resumed in ten days.',
    },
    [S.frus37],
  ),
  ev(
    'StatementMade',
    'stmt-arg-note-nov24',
    when('1978-11-24'),
    {
      speaker: PASTOR,
      audience: 'chile',
      tone: 'conciliatory',
      summary:
        'Argentina’s note agrees to resort, on the disputed topics of the Act of Puerto Montt, to a friendly government chosen by mutual agreement to help in the negotiations, and invites Cubillos to a meeting of foreign ministers in Buenos Aires on 11 or 12 December.',
    },
    [S.cableNov27note, S.cableNov27],
  ),
  ev(
    'StatementMade',
    'stmt-suarez-mason-dec7',
    when('1978-12-07'),
    {
      speaker: SUAREZ_MASON,
      audience: 'United States embassy',
      tone: 'military-threat',
      summary:
        'The commander of the I Army Corps, and senior navy and presidential officials, tell US officials that the targets Argentina has selected for occupation in the South Atlantic, if negotiations with Chile fail, are not defended by Chile, and that seizing them will be "a clean operation".',
    },
    [S.cableDec9, S.frus37],
  ),
  ev(
    'IncidentReported',
    'inc-chile-deployment',
    when('1978-12', 'month'),
    {
      incidentId: 'chilean-deployment-1978-12',
      kind: 'force-posture',
      perpetrator: 'chile',
      against: 'argentina',
      place: 'Chile–Argentina border',
      description:
        'Chilean soldiers, sailors and airmen are deployed along the border to deter an Argentine attack, as the Chilean commemoration of 2019 tells it.',
    },
    [S.infodefensa],
  ),
  ev('ActorRegistered', 'actor-holy-see', when('1978-12-11'), { actor: HOLY_SEE, role: 'mediator' }, [
    S.actaMontevideo,
  ]),
  ev(
    'MediationAction',
    'med-pope-message',
    when('1978-12-11'),
    {
      mediator: 'holy-see',
      action: 'requested-pause',
      summary:
        'Pope John Paul II’s message to the presidents of both countries: a serene and responsible examination of the problem can make justice, equity and prudence prevail, the secure foundation of their fraternal coexistence.',
    },
    [S.actaMontevideo, S.infobae],
  ),
  ev(
    'TalksRoundOpened',
    'round-ba-opened',
    when('1978-12-12'),
    {
      roundId: R.buenosAires,
      label: 'Meeting of the foreign ministers, Buenos Aires',
      venue: 'Buenos Aires',
      format: 'formal',
      delegations: [
        { actorId: 'argentina', head: PASTOR },
        { actorId: 'chile', head: CUBILLOS },
      ],
    },
    [S.frus38, S.wikiPapal],
  ),
  ev(
    'TalksRoundConcluded',
    'round-ba-collapsed',
    when('1978-12-12', 'approximate'),
    {
      roundId: R.buenosAires,
      outcome: 'collapsed',
      summary:
        'Argentina proposes mediation; Chile at once agrees; within hours the junta revokes the power of the foreign minister and the president to sign the agreement it had proposed. The meeting ends without agreement and no mechanism for a peaceful settlement remains.',
    },
    [S.mirow, S.wikiPapal],
  ),
  ev(
    'StatementMade',
    'stmt-viola-dec21',
    when('1978-12-21'),
    {
      speaker: VIOLA,
      audience: 'United States ambassador',
      tone: 'military-threat',
      summary:
        'General Viola tells the US ambassador that Argentina’s options have been narrowed down to one, military action, and pleads for understanding; the United States answers that occupying the uninhabited disputed islands would be aggression.',
    },
    [S.frus42],
  ),
  ev(
    'IncidentReported',
    'inc-arg-fleet-dec21',
    when('1978-12-21'),
    {
      incidentId: 'argentine-fleet-1978-12-21',
      kind: 'force-posture',
      perpetrator: 'argentina',
      against: 'chile',
      place: CAPE_HORN,
      description:
        'The Argentine fleet, in a storm, prepares to invade the Chilean islands Evout, Barnevelt and Hornos; the order signed by Videla on 15 December set the invasion for 04:30 on the 21st, put off a day by the weather.',
    },
    [S.infobae, S.soberania],
  ),
  ev(
    'IncidentReported',
    'inc-chile-fleet-dec21',
    when('1978-12-21'),
    {
      incidentId: 'chilean-fleet-1978-12-21',
      kind: 'force-posture',
      perpetrator: 'chile',
      against: 'argentina',
      place: CAPE_HORN,
      description:
        'The Chilean squadron at sea: the two fleets are hours from meeting on the high seas, and a storm keeps them apart.',
    },
    [S.emol],
  ),
  ev(
    'IncidentReported',
    'inc-soberania',
    when('1978-12-22'),
    {
      incidentId: 'operacion-soberania-1978-12-22',
      kind: 'force-posture',
      perpetrator: 'argentina',
      against: 'chile',
      place: CAPE_HORN,
      description:
        'Operation Soberanía is launched and halted after a few hours; Argentine forces withdraw from the zone without a fight. Whether Argentine infantry crossed the border has not been established.',
    },
    [S.soberania, S.wikiPapal],
  ),
  ev(
    'MediationAction',
    'med-pope-envoy',
    when('1978-12-22'),
    {
      mediator: 'holy-see',
      action: 'offered',
      summary:
        'Before the cardinals and the Curia, the Pope says that in the face of ever more alarming news he has told the parties of his wish to send a special representative to both capitals, to examine and seek together a peaceful solution.',
    },
    [S.diocese, S.infobae, S.actaMontevideo],
  ),
  ev(
    'DemandTabled',
    'dem-envoy',
    when('1978-12-22'),
    {
      demandId: D.envoy,
      by: 'holy-see',
      addressedTo: ['argentina', 'chile'],
      text: 'Receive a special representative of the Pope in both capitals, to obtain direct information on the positions and seek a peaceful settlement.',
      category: 'procedural',
    },
    [S.actaMontevideo, S.diocese],
  ),
  ev(
    'PositionTaken',
    'pos-arg-envoy',
    when('1978-12-23', 'approximate'),
    { demandId: D.envoy, actorId: 'argentina', stance: 'accepted' },
    [S.actaMontevideo, S.infobae],
  ),
  ev(
    'PositionTaken',
    'pos-chile-envoy',
    when('1978-12-23', 'approximate'),
    { demandId: D.envoy, actorId: 'chile', stance: 'accepted' },
    [S.actaMontevideo, S.infobae],
  ),
  ev(
    'MediationAction',
    'med-samore-arrives',
    when('1978-12-26'),
    {
      mediator: 'holy-see',
      action: 'visited',
      summary:
        'Cardinal Antonio Samoré, named the Pope’s special representative on 23 December, arrives in Buenos Aires, then goes to Santiago and back: seventeen days of talks with the highest authorities of both countries.',
    },
    [S.diocese, S.actaMontevideo],
  ),
  // ===== 1979: Montevideo and the mediation =====
  ev(
    'TalksRoundOpened',
    'round-montevideo-opened',
    when('1979-01-08'),
    {
      roundId: R.montevideo,
      label: 'Foreign ministers with Cardinal Samoré, Montevideo (Taranco Palace)',
      venue: 'Montevideo',
      format: 'formal',
      hosts: ['holy-see'],
      delegations: [
        { actorId: 'chile', head: CUBILLOS },
        { actorId: 'argentina', head: PASTOR },
      ],
    },
    [S.actaMontevideo, S.minrel2018],
    { occurrence: O.montevideo },
  ),
  ev(
    'TalksRoundConcluded',
    'round-montevideo-concluded',
    when('1979-01-08'),
    { roundId: R.montevideo, outcome: 'agreement', summary: 'The Act of Montevideo.' },
    [S.actaMontevideo, S.riaa],
    { occurrence: O.montevideo },
  ),
  ev(
    'AgreementReached',
    'agr-montevideo',
    when('1979-01-08'),
    {
      agreementId: 'act-of-montevideo-1979',
      kind: 'partial',
      roundId: R.montevideo,
      provisions: [
        'Both governments ask the Holy See to act as mediator in the dispute over the southern region, to guide them in negotiations and assist them in seeking a solution',
        'Both undertake not to resort to force in their mutual relations',
        'A gradual return to the military situation existing at the beginning of 1977, and abstention from measures that could alter harmony in any sector',
      ],
      signatories: ['argentina', 'chile'],
      textPublic: true,
    },
    [S.actaMontevideo, S.riaa, S.minrel2018],
    { occurrence: O.montevideo },
  ),
  ev(
    'TalksRoundOpened',
    'round-rome-opened',
    when('1979-05', 'month'),
    {
      roundId: R.rome,
      label: 'Papal mediation, Rome',
      venue: 'Rome',
      format: 'formal',
      hosts: ['holy-see'],
    },
    [S.keesing1981, S.historias],
    { note: 'Samoré was formally appointed mediator on 23 April 1979; the delegations’ negotiations began in May.' },
  ),
  // ===== 1980–81: the papal proposal, the closed border =====
  ev(
    'MediationAction',
    'med-papal-proposal',
    when('1980-12-12'),
    {
      mediator: 'holy-see',
      action: 'proposed',
      summary:
        'The Pope receives both delegations and hands them his proposal, to be kept secret: the islands to Chile, a "Sea of Peace" with shared resources to the east, Argentine navigation rights and facilities.',
    },
    [S.riaa, S.keesing1981, S.liquiProposal],
  ),
  ev(
    'DemandTabled',
    'dem-proposal',
    when('1980-12-12'),
    {
      demandId: D.proposal,
      by: 'holy-see',
      addressedTo: ['argentina', 'chile'],
      text: 'The papal proposal: sovereignty over the three islands to Chile; a zone of peace around them with resources shared; a narrow Chilean territorial sea and a wider Argentine zone to the east.',
      category: 'territorial',
    },
    [S.keesing1981, S.liquiProposal],
  ),
  ev(
    'PositionTaken',
    'pos-chile-proposal',
    when('1981-01-08'),
    {
      demandId: D.proposal,
      actorId: 'chile',
      stance: 'accepted',
      conditions:
        'Not entirely satisfactory to Chile, accepted for the "spiritual quality and moral force" of the Pope (Pinochet, 13 February).',
    },
    [S.keesing1981],
  ),
  ev(
    'PositionTaken',
    'pos-arg-proposal',
    when('1981-03-25'),
    {
      demandId: D.proposal,
      actorId: 'argentina',
      stance: 'rejected',
      conditions: 'It awards Argentina no island and lets Chile reach far into the Atlantic.',
    },
    [S.keesing1981, S.liquiProposal],
    {
      note: 'Keesing’s: the rejection was communicated to the Vatican on 25 March; the encyclopedia says Argentina never formally replied, with a note of grave misgivings on 17 March.',
    },
  ),
  ev(
    'StatementMade',
    'stmt-chile-arrests',
    when('1981-04-28'),
    {
      speaker: CHILE_GOVT,
      audience: 'argentina',
      tone: 'accusation',
      summary:
        'Chile tells Argentina (Tuesday night) that it arrested on Saturday 25 April, at Los Andes near the border, two Argentine army officers — a major commanding the high-mountain ski company at Puente del Inca and a first lieutenant — with a camera and photographs of Chilean bridges and fortifications, for espionage.',
    },
    [S.press1981, S.elpaisMay1],
  ),
  ev(
    'DemandTabled',
    'dem-officers',
    when('1981-04-29'),
    {
      demandId: D.officers,
      by: 'argentina',
      addressedTo: ['chile'],
      text: 'The immediate release of the two Argentine officers detained in Chile.',
      category: 'security',
    },
    [S.unomasuno],
  ),
  ev(
    'IncidentReported',
    'inc-border-closed',
    when('1981-04-29'),
    {
      incidentId: 'border-closure-1981-04-29',
      kind: 'border-closure',
      perpetrator: 'argentina',
      against: 'chile',
      place: CROSSINGS,
      description:
        'The Argentine junta orders the border crossings with Chile closed and the Gendarmería and army posted on the line, calling the arrests a "grave provocation"; Chile says its side of the border stays open.',
    },
    [S.unomasuno, S.elpaisMay1, S.press1981],
  ),
  ev(
    'IncidentReported',
    'inc-troops-mendoza',
    when('1981-04-29'),
    {
      incidentId: 'troops-mendoza-1981-04-29',
      kind: 'force-posture',
      perpetrator: 'argentina',
      against: 'chile',
      place: 'Mendoza',
      description:
        'Trucks with troops and artillery leave the Uspallata garrison; the III and V Army Corps move forces to support the Gendarmería in closing the mountain passes.',
    },
    [S.elpaisMay1, S.press1981],
  ),
  ev(
    'StatementMade',
    'stmt-junta-note-may1',
    when('1981-05-01'),
    {
      speaker: ARG_JUNTA,
      audience: 'chile',
      tone: 'accusation',
      summary:
        'The junta’s protest note accuses Chile of a "high degree of provocation" in arresting the officers: "This is an insolent action", which "does not contribute" to the papal mediation.',
    },
    [S.press1981],
  ),
  // ===== 1982–84 =====
  ev(
    'AgreementReached',
    'agr-1972-renewed',
    when('1982-09-15'),
    {
      agreementId: 'judicial-settlement-treaty-renewal-1982',
      kind: 'partial',
      provisions: ['The General Treaty on the Judicial Settlement of Disputes of 1972 is renewed'],
      signatories: ['argentina', 'chile'],
      textPublic: true,
    },
    [S.liquiFinal],
  ),
  ev(
    'AgreementReached',
    'agr-joint-declaration-1984',
    when('1984-01-23'),
    {
      agreementId: 'joint-declaration-peace-friendship-1984',
      kind: 'framework',
      provisions: [
        'Both reaffirm their will to settle without delay the dispute submitted to the mediation of the Pope',
        'Peace and friendship between the two peoples',
      ],
      signatories: ['argentina', 'chile'],
      textPublic: true,
    },
    [S.riaa, S.historias],
    { note: 'Signed at the Vatican at the Pope’s initiative and invitation.' },
  ),
  ev(
    'AgreementReached',
    'agr-treaty-text',
    when('1984-10-18'),
    {
      agreementId: TREATY,
      kind: 'comprehensive',
      roundId: R.rome,
      provisions: [
        'The maritime boundary from the Beagle Channel to the Drake Passage south of Cape Horn; Picton, Nueva and Lennox Chilean',
        'Navigation rights, largely for Argentina',
        'The boundary in the mouth of the Strait of Magellan',
        'A complete system for the peaceful settlement of disputes',
      ],
      signatories: ['argentina', 'chile'],
      textPublic: true,
      status: 'text-agreed',
    },
    [S.pjchaco, S.liquiFinal, S.knowledgr],
    { note: 'The negotiators (Marcelo Delpech, Ernesto Videla) sign the act consolidating the text at the Vatican.' },
  ),
  ev(
    'IncidentReported',
    'inc-punta-gusano',
    when('1984-10-19'),
    {
      incidentId: 'punta-gusano-1984-10-19',
      kind: 'shelling',
      perpetrator: 'argentina',
      allegedBy: 'chile',
      against: 'chile',
      target: 'the Punta Gusano lighthouse',
      place: 'Punta Gusano',
      description:
        'Chile’s defence minister says an Argentine battery at Puerto Almanza fired eight salvos at the Punta Gusano lighthouse, near Puerto Williams, without damage; the last incident of the Beagle conflict.',
    },
    [graded(S.pjchaco, 3)],
  ),
  ev(
    'StatementMade',
    'stmt-arg-denies-gusano',
    when('1984-10-19'),
    {
      speaker: ARG_GOVT,
      audience: 'chile',
      tone: 'neutral',
      summary: 'The Argentine government denies that its battery fired on the Punta Gusano lighthouse.',
    },
    [graded(S.pjchaco, 3)],
  ),
  ev(
    'StatementMade',
    'stmt-referendum',
    when('1984-11-25'),
    {
      speaker: ALFONSIN,
      audience: 'chile',
      tone: 'conciliatory',
      summary:
        'In the non-binding referendum Alfonsín called, 82.6% of Argentine voters (turnout 70%) approve the settlement mediated by the Vatican; the government said it would respect the outcome.',
    },
    [S.csm1984, S.wikiReferendum],
  ),
  ev(
    'TalksRoundConcluded',
    'round-rome-concluded',
    when('1984-11-29'),
    {
      roundId: R.rome,
      outcome: 'agreement',
      summary: 'The Treaty of Peace and Friendship is signed at the Vatican.',
    },
    [S.pjchaco, S.humanitas],
    { occurrence: O.treaty },
  ),
  ev(
    'AgreementStatusChanged',
    'agr-treaty-signed',
    when('1984-11-29'),
    { agreementId: TREATY, status: 'signed' },
    [S.pjchaco, S.humanitas, S.knowledgr],
    { occurrence: O.treaty },
  ),
  ev(
    'AgreementStatusChanged',
    'agr-treaty-ratified-arg',
    when('1985-03-16'),
    {
      agreementId: TREATY,
      status: 'ratified',
      by: 'argentina',
      reason: 'Passed by the Chamber (30 December 1984) and the Senate (15 March 1985); signed for the President.',
    },
    [S.knowledgr, S.liquiFinal],
  ),
  ev(
    'AgreementStatusChanged',
    'agr-treaty-ratified-chile',
    when('1985-04-12'),
    {
      agreementId: TREATY,
      status: 'ratified',
      by: 'chile',
      reason: 'Passed by the junta as legislature (11 April) and signed by Pinochet.',
    },
    [S.knowledgr, S.liquiFinal],
  ),
  ev(
    'AgreementStatusChanged',
    'agr-treaty-in-force',
    when('1985-05-02'),
    {
      agreementId: TREATY,
      status: 'in-force',
      reason: 'The foreign ministers exchange the instruments of ratification before the Pope.',
    },
    [S.knowledgr, S.emol],
    { occurrence: O.treatyInForce },
  ),
  ev(
    'NegotiationClosed',
    'closed',
    when('1985-05-02'),
    {
      outcome: 'agreement',
      summary:
        'The Treaty of Peace and Friendship in force: the dispute over the islands and waters south of the Beagle Channel settled.',
    },
    [S.knowledgr, S.emol],
    { occurrence: O.treatyInForce },
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'chile-argentina-1978.jsonl',
  logEnd: '2026-12-06T12:00:00Z',
  events,
};

export default definition;
