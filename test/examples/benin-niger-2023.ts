/**
 * A test fixture, not a shipped example: Benin and Niger from the coup in
 * Niamey (26 July 2023) to the end of 2025, as an analyst could have recorded
 * them from the press, after the fact. Escalation model v2 was never tuned on
 * it: it is the case the model is held to in benin-niger-2023.spec.ts, against
 * the calls an analyst makes from DOMAIN.md §5b alone.
 *
 * The pair is Benin and Niger. ECOWAS, China (whose CNPC subsidiary WAPCO
 * runs the Agadem–Sèmè pipeline that carries Niger's oil through Benin) and
 * Togo (which brokered the lifting of the sanctions) are mediators; Benin's
 * former presidents Nicéphore Soglo and Boni Yayi mediate in June 2024; France
 * and Nigeria are third parties (the junta's accusations name them); the
 * Patriotic Liberation Front (FPL), a Nigerien rebel group, is a third party.
 * Phases: the closures of July 2023 (Niger's junta closes its borders at the
 * coup; Benin closes its side on 30 July, applying the ECOWAS sanctions);
 * Benin's readiness to join an ECOWAS intervention (August 2023); the junta's
 * accusation that Benin let foreign troops deploy against it and its end of
 * the military cooperation with Benin (September 2023); the stranded trucks
 * and the bridge the junta blocks (September 2023); Talon's wish to normalise
 * (December 2023); ECOWAS lifts the sanctions (24 February 2024), Benin
 * reopens its side, Niger keeps its side closed; Benin blocks the loading of
 * Niger's oil at Sèmè (6–8 May 2024), the Prime Minister of Niger accuses
 * Benin of hosting French bases that train terrorists (11 May), Benin allows
 * a first ship after a Chinese delegation's visit (15 May); Benin arrests
 * five Nigerien WAPCO staff at the Sèmè terminal (5 June), Niger shuts the
 * pipeline's valves (6 June); the FPL sabotages the pipeline in Niger (16–17
 * June); Soglo and Boni Yayi in Niamey (24–27 June); Tiani's accusations
 * (August 2024); Benin's ambassador takes up his post in Niamey (6 August
 * 2024), Niger names its ambassador to Benin (26 November 2024); Tiani's
 * Christmas accusations and Benin's summons of Niger's chargé d'affaires
 * (25–31 December 2024); Tiani's "the border will remain closed" and Benin's
 * rejection (31 May – June 2025); Tiani at Gaya (8 November 2025): the border
 * stays closed.
 *
 * How the acts are recorded, by §5b and the catalogue: each side's closing of
 * the crossing is a `border-closure` against the other, at one place recorded
 * one way (the Malanville–Gaya border crossing); Benin's reopening of its side
 * is Benin's `border-reopening` — Niger's closure is not ended by it, and no
 * reopening by Niger is recorded because none happened. The oil blockade and
 * the valves shut are each side's economic measure against the other, recorded
 * as what its government announced (StatementMade, CAMEO 163, embargo). The
 * arrest of the five Nigerien WAPCO staff is Benin's `non-lethal-force` on
 * Niger's people (CAMEO 173, arrest): force short of weapons fire, not armed
 * action. The FPL's sabotage is a third party's attack on Niger; no source
 * found blames Benin for it, so it carries no `blamedOn`. No fire between the
 * two forces is recorded in any source: nothing here is armed action.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source. Recorded after the fact
 * (a retrospective clock, one minute per development).
 *
 * Grading as in examples/README.md: B = established outlet or wire copy
 * (Reuters, AFP, AP copies, Africanews, Channels TV, The Guardian Nigeria,
 * Jeune Afrique, TRT, SABC, Punch), C = smaller outlet, aggregator or mirror
 * (Beninese and Nigerien online outlets, regional aggregators, Sputnik
 * Afrique), D = the Pravda network's relays of TASS; 1 = an act or statement
 * confirmed by the actor itself, 2 = several outlets agree or one established
 * outlet reports it, 3 = one side's unverified claim about the other.
 *
 * Judgement calls, recorded as an analyst would:
 * - Niger's closure is dated to the coup (26 July 2023: the junta closed the
 *   country's borders; a relay of Niger's own account says the border with
 *   Benin was closed "on July 26, 2023 at the initiative of Niamey", and AFP
 *   writes that the closure was "decided first by the military who took power
 *   in Niamey, then by ECOWAS"). The junta reopened its borders with other
 *   neighbours on 1 August 2023, not with Benin (not separately sourced here).
 *   The bridge the junta blocked (AFP, 18–21 September 2023) is the same
 *   closure seen on the ground, recorded in the description, not a second act.
 * - Benin's closure is dated 30 July 2023 (24 Heures au Bénin: "depuis le
 *   dimanche 30 juillet 2023"), the day of the ECOWAS summit's sanctions.
 * - Benin's reopening: AFP reports on 26 February 2024 that "the border has
 *   reopened on the Benin side"; the day Benin reopened is not given — dated
 *   26 February, `approximate`.
 * - ECOWAS's seven-day ultimatum to the junta (30 July 2023, lapsed) and its
 *   standby force (10 August) are recorded as ECOWAS's acts towards Niger, not
 *   Benin's (the pair of actors matters). Benin's own announcement that it would join an intervention (4
 *   August 2023, relayed by TASS's network; committed "in principle", Reuters,
 *   12 August) is Benin's `military-threat` to Niger.
 * - Talon's demand that Niger reopen its border and normalise relations before
 *   oil is loaded (8 May 2024) is a demand with a measure attached, not an
 *   ultimatum (no deadline, no threat beyond the measure already taken): a
 *   DemandTabled and Talon's statement (`warning`) beside the blockade.
 *   Niger's answer (Zeine, 11 May: the border reopens "when we are certain our
 *   territory is secure") is its `conditional` position on it.
 * - The temporary authorisation of 15 May 2024 is recorded as Benin's
 *   statement (conciliatory) and China's visit (`visited`); the definitive
 *   lifting after the tripartite meeting of 28–29 May in Niamey is left out:
 *   the only source found is undated.
 * - Zeine's accusation of 11 May 2024 and Tiani's of August 2024, December
 *   2024, May and November 2025 name no attack on Niger that Benin carried out
 *   or is blamed for: they are accusations (hosting French forces that train
 *   terrorists), not attacks blamed on the other party and not threats of
 *   war. Zeine's saying (per one outlet) that Benin was behind the attack on
 *   the Boni base is left out: the only source for it is undated.
 * - The exchange of ambassadors (Benin's envoy takes up his post on 6 August
 *   2024; Niger names its envoy on 26 November 2024) has no type of its own:
 *   recorded as ThirdPartyEngagement (`meeting`, `outreach`) by the party
 *   that made the step. The "abrupt recall" of Benin's ambassador mentioned in
 *   Benin Web TV's account of Tiani's interview (31 May 2025) is not recorded:
 *   no dated source gives it.
 * - Benin's invitation to Niger to its national-day parade (August 2025,
 *   declined) is known only by month from Africanews: left out.
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, retrospectiveClock, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'benin-niger-2023';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 2023);
const when = retrospectiveClock('2026-12-05T09:00:00Z');

/** The crossing each side closed, recorded one way (§5b counts places as recorded). */
const CROSSING = 'Malanville–Gaya border crossing';

const BENIN: Actor = { id: 'benin', name: 'Benin', kind: 'state', aliases: ['Cotonou', 'Porto-Novo', 'Bénin'] };
const NIGER: Actor = {
  id: 'niger',
  name: 'Niger',
  kind: 'de-facto-authority',
  aliases: ['Niamey', 'CNSP', 'National Council for the Safeguard of the Homeland', 'junta'],
};
const ECOWAS: Actor = {
  id: 'ecowas',
  name: 'Economic Community of West African States',
  kind: 'international-organisation',
  aliases: ['ECOWAS', 'CEDEAO'],
};
const CHINA: Actor = { id: 'china', name: 'China', kind: 'state', aliases: ['Beijing', 'CNPC', 'WAPCO'] };
const TOGO: Actor = { id: 'togo', name: 'Togo', kind: 'state', aliases: ['Lomé', 'Faure Gnassingbé'] };
const FORMER_PRESIDENTS: Actor = {
  id: 'soglo-yayi',
  name: 'Nicéphore Soglo and Thomas Boni Yayi (former presidents of Benin)',
  kind: 'individual',
  aliases: ['Soglo', 'Boni Yayi', 'Yayi Boni'],
};
const FRANCE: Actor = { id: 'france', name: 'France', kind: 'state', aliases: ['Paris'] };
const FPL: Actor = {
  id: 'fpl',
  name: 'Patriotic Liberation Front',
  kind: 'armed-group',
  aliases: ['FPL', 'Front patriotique de libération'],
};

const TALON: Person = { name: 'Patrice Talon', title: 'President of Benin', actorId: 'benin' };
const BAKARI: Person = { name: 'Olushegun Adjadi Bakari', title: 'Foreign Minister of Benin', actorId: 'benin' };
const ADAMBI: Person = { name: 'Samou Seidou Adambi', title: 'Minister of Energy and Mines of Benin', actorId: 'benin' };
const BENIN_GOV: Person = { name: 'Government of Benin', actorId: 'benin' };
const TIANI: Person = {
  name: 'Abdourahamane Tiani',
  title: 'Head of the CNSP, President of the transition of Niger',
  actorId: 'niger',
};
const ZEINE: Person = { name: 'Ali Mahaman Lamine Zeine', title: 'Prime Minister of Niger', actorId: 'niger' };
const BAKO: Person = {
  name: 'Mahamane Moustapha Barke Bako',
  title: 'Minister of Petroleum of Niger',
  actorId: 'niger',
};
const NIGER_GOV: Person = { name: 'Government of Niger (CNSP statement)', actorId: 'niger' };
const TOURAY: Person = { name: 'Omar Alieu Touray', title: 'President of the ECOWAS Commission', actorId: 'ecowas' };

const S = {
  pravdaJun1_2025: source(
    "Niger's border with Benin will remain closed",
    'Pravda network (Burkina Faso)',
    'https://burkina-faso.news-pravda.com/en/burkina-faso/2025/06/01/2547.html',
    '2025-06-01',
    'D',
    3,
  ),
  tellerSep21: source(
    '"Help us open the border", implore stranded carriers on Niger route',
    'Teller Report (AFP)',
    'https://www.tellerreport.com/news/2023-09-21-%22help-us-open-the-border-%22-implore-stranded-carriers-on-niger-route.SJemsMFKkp.html',
    '2023-09-21',
    'C',
    2,
  ),
  afpSep21: source(
    'After Niger coup, sanctions pain strikes at shutdown Benin border',
    'AFP (mirror)',
    'https://ec2-15-188-152-128.eu-west-3.compute.amazonaws.com/2023/09/21/after-niger-coup-sanctions-pain-strikes-at-shutdown-benin-borderthu-21-sep-2023-083405-gmt/',
    '2023-09-21',
    'C',
    2,
  ),
  heuresAug6: source(
    'Des camions bloqués à la frontière Bénin-Niger',
    '24 Heures au Bénin',
    'https://www.24haubenin.info/?Des-camions-bloques-a-la-frontiere-Benin-Niger',
    '2023-08-06',
    'C',
    2,
  ),
  weafricaAug12: source(
    'Benin: Vehicles Blocked at the Border with Niger',
    'WeAfrica24',
    'https://weafrica24.com/2023/08/12/benin-vehicles-blocked-at-the-border-with-niger/',
    '2023-08-12',
    'C',
    2,
  ),
  pravdaAug4: source(
    "Le Bénin a annoncé qu'il se joindrait également à l'intervention militaire au Niger",
    'Pravda network (France)',
    'https://francais.news-pravda.com/world/2023/08/04/15012.html',
    '2023-08-04',
    'D',
    2,
  ),
  cknAug12: source(
    'Niger coup: Ivory Coast, Benin, Senegal commit troops to ECOWAS intervention',
    'CKN Nigeria (Reuters)',
    'https://www.cknnigeria.com/2023/08/niger-coup-ivory-coast-benin-senegal.html',
    '2023-08-12',
    'C',
    2,
  ),
  pledgeSep13: source(
    'Niger responds to Benin after deploying forces and mercenaries',
    'Pledge Times',
    'https://pledgetimes.com/niger-responds-to-benin-after-deploying-forces-and-mercenaries/',
    '2023-09-13',
    'C',
    2,
  ),
  informationngAug17: source(
    "We're Ready To Invade Niger Republic – ECOWAS Force",
    'Information Nigeria',
    'https://www.informationng.com/2023/08/were-ready-to-invade-niger-republic-ecowas-force.html',
    '2023-08-17',
    'C',
    2,
  ),
  younewsAug13: source(
    'ECOWAS set for war, commit battalions, army chiefs meet',
    'YouNews Nigeria (Reuters)',
    'https://www.younewsng.com/2023/08/13/ecowas-set-for-war-commit-battalions-army-chiefs-meet-see-date-venue/',
    '2023-08-13',
    'C',
    2,
  ),
  crisis24Oct18: source(
    'Niger: ECOWAS member states maintain indefinite border closure as of Oct. 18',
    'Crisis24 (GardaWorld)',
    'https://crisis24.garda.com/alerts/2023/10/niger-ecowas-member-states-maintain-indefinite-border-closure-as-of-oct-18-after-sidelining-nigerian-lawmakers-motion-to-reopen-update-13',
    '2023-10-18',
    'B',
    2,
  ),
  praefuturusDec22: source(
    'El presidente de Benín expresa su deseo de normalizar las relaciones con Níger',
    'Praefuturus (Europa Press)',
    'https://praefuturus.com/blog/2023/12/22/el-presidente-de-benin-expresa-su-deseo-de-normalizar-las-relaciones-con-niger',
    '2023-12-22',
    'C',
    2,
  ),
  channelsFeb26: source(
    'Niger Border Closed Despite ECOWAS Sanctions Being Lifted',
    'Channels Television (AFP)',
    'https://www.channelstv.com/2024/02/26/niger-border-closed-despite-ecowas-sanctions-being-lifted/',
    '2024-02-26',
    'B',
    2,
  ),
  naijanewsFeb26: source(
    'Niger border remains closed despite ECOWAS sanctions being lifted',
    'Naija News',
    'https://www.naijanews.com/2024/02/26/niger-border-remains-closed-despite-ecowas-sanctions-being-lifted/',
    '2024-02-26',
    'C',
    2,
  ),
  guardianFeb27: source(
    'Niger border still shut despite ECOWAS lifting sanctions',
    'The Guardian (Nigeria, AFP)',
    'https://guardian.ng/niger-border-still-shut-despite-ecowas-lifting-sanctions',
    '2024-02-27',
    'B',
    2,
  ),
  infobaeMay7: source(
    'Benín prohíbe a los barcos cargar petróleo nigerino por la negativa de Niamey a reabrir su frontera común',
    'Infobae (Europa Press)',
    'https://infobae.com/america/agencias/2024/05/07/benin-prohibe-a-los-barcos-cargar-petroleo-nigerino-por-la-negativa-de-niamey-a-reabrir-su-frontera-comun',
    '2024-05-07',
    'B',
    2,
  ),
  sabcMay9: source(
    'Benin blocks Niger oil exports over border dispute',
    'SABC News (Reuters)',
    'https://www.sabcnews.com/sabcnews/benin-blocks-niger-oil-exports-over-border-dispute/',
    '2024-05-09',
    'B',
    1,
  ),
  sbfMay10: source(
    "President Talon's reaction to the Nigerian oil shipment",
    'Small Business Fortune',
    'https://smallbusinessfortune.com/2024/05/10/president-talons-reaction-to-the-nigerian-oil-shipment/',
    '2024-05-10',
    'C',
    2,
  ),
  leradarMay12: source(
    'Tensions Bénin-Niger : la déclaration du Premier ministre Ali Lamine Zeine',
    'Le Radar (Benin)',
    'https://leradar.info/2024/05/12/tensions-benin-niger-la-declaration-du-premier-ministre-ali-lamine-zeine-video',
    '2024-05-12',
    'C',
    1,
  ),
  teriaMay12: source(
    'Niger-Bénin : le Bénin abriterait des bases visant à déstabiliser le Niger',
    'Teria News',
    'https://teria-news.com/2024/05/12/niger-benin-le-benin-abriterait-des-bases-visant-a-destabiliser-le-niger',
    '2024-05-12',
    'C',
    1,
  ),
  africanewsMay16: source(
    'Benin grants temporary authorization for export of Nigerien oil',
    'Africanews',
    'https://www.africanews.com/2024/05/16/benin-grants-temporary-authorization-for-export-of-nigerien-oil/',
    '2024-05-16',
    'B',
    1,
  ),
  trtMay16: source(
    'Benin allows first oil shipment from Niger amid border row',
    'TRT Afrika (Reuters)',
    'https://trt.global/afrika-english/article/18163195',
    '2024-05-16',
    'B',
    1,
  ),
  sputnikMay23: source(
    'Au Bénin, "des soldats" étrangers "entraînent des terroristes", dit Niamey',
    'Sputnik Afrique',
    'https://fr.sputniknews.africa/20240523/au-benin-des-soldats-etrangers-entrainent-des-terroristes-dit-niamey-1066691503.html',
    '2024-05-23',
    'C',
    1,
  ),
  reutersJun8: source(
    'Benin detains five Niger nationals over alleged pipeline terminal intrusion amid export dispute',
    'Naija247news (Reuters)',
    'https://naija247news.com/2024/06/08/benin-detains-five-niger-nationals-over-alleged-pipeline-terminal-intrusion-amid-export-dispute/',
    '2024-06-08',
    'B',
    2,
  ),
  sputnikJun15: source(
    'Niger Shuts Down Pipeline Transporting Its Oil to Port of Seme in Benin',
    'Sputnik Africa',
    'https://en.sputniknews.africa/amp/20240615/niger-shuts-down-pipeline-transporting-its-oil-to-port-of-seme-in-benin-1067055912.html',
    '2024-06-15',
    'C',
    1,
  ),
  sputnikJun22: source(
    'Niger Launches Investigation Into Sabotage of Section of Oil Pipeline to Benin, Local Media Says',
    'Sputnik Africa',
    'https://en.sputniknews.africa/20240622/niger-launches-investigation-into-sabotage-of-section-of-oil-pipeline-to-benin-local-media-says-1067174548.html',
    '2024-06-22',
    'C',
    2,
  ),
  almayadeenJun22: source(
    'Rebels Sabotage Key Oil Pipeline in Niger as Message to Government',
    'Pan-African News Wire (Al Mayadeen English)',
    'http://panafricannews.blogspot.com/2024/06/rebels-sabotage-key-oil-pipeline-in.html',
    '2024-06-22',
    'C',
    2,
  ),
  notreafrikJun18: source(
    'Bénin : trois nigériens condamnés à 18 mois de prison avec sursis',
    'Notre Afrik',
    'https://notreafrik.com/article/benin-trois-nigeriens-condamnes-a-18-mois-de-prison-avec-sursis',
    '2024-06-18',
    'C',
    2,
  ),
  infosmondeJun17: source(
    'Bénin : trois Nigériens condamnés à 18 mois avec sursis',
    'Infos Monde',
    'https://infos-monde.com/2024/06/benin-trois-nigeriens-condamnes-18-mois.html',
    '2024-06-17',
    'C',
    2,
  ),
  toutafricaJun25: source(
    'Crise Bénin-Niger : deux anciens présidents béninois en mission de médiation à Niamey',
    'Tout Africa',
    'https://www.toutafrica.com/2024/06/25/crise-benin-niger-deux-anciens-presidents-beninois-en-mission-de-mediation-a-niamey/',
    '2024-06-25',
    'C',
    2,
  ),
  fatshimetrieJun24: source(
    'Historical mediation in West Africa: former presidents of Benin go to Niamey',
    'Fatshimetrie',
    'https://eng.fatshimetrie.org/2024/06/24/historical-mediation-in-west-africa-former-presidents-of-benin-go-to-niamey',
    '2024-06-24',
    'C',
    2,
  ),
  teriaAug3: source(
    '« Il y a des agents de déstabilisation subversive français à l’intérieur du Bénin » (Abdourahamane Tiani)',
    'Teria News',
    'https://teria-news.com/2024/08/03/il-y-a-des-agents-de-destabilisation-subversive-francais-a-linterieur-du-benin-abdourahamane-tiani',
    '2024-08-03',
    'C',
    1,
  ),
  jeuneafriqueAug8: source(
    'L’ambassadeur du Bénin accrédité au Niger, un pas de plus vers le dégel entre Talon et Tiani',
    'Jeune Afrique',
    'https://jeuneafrique.com/1596805/politique/lambassadeur-du-benin-accredite-au-niger-un-pas-de-plus-vers-le-degel-entre-talon-et-tiani',
    '2024-08-08',
    'B',
    1,
  ),
  afpNov27: source(
    'Niger junta appoints new Benin envoy in olive branch move',
    'Africa Daily Report (AFP)',
    'https://africadailyreport.com/2024/11/27/niger-junta-appoints-new-benin-envoy-in-olive-branch-move/?amp=1',
    '2024-11-27',
    'B',
    1,
  ),
  pravdaDec27: source(
    'Le dirigeant nigérien accuse la France et le Bénin de soutenir les terroristes',
    'Pravda network (France), citing La Nouvelle Tribune',
    'https://francais.news-pravda.com/world/2024/12/27/316805.html',
    '2024-12-27',
    'D',
    2,
  ),
  pravdaJan2: source(
    "Benin's Foreign Ministry summoned the Charge d'affaires of Niger",
    'Pravda network (Niger)',
    'https://niger.news-pravda.com/en/world/2025/01/02/352.html',
    '2025-01-02',
    'D',
    2,
  ),
  africaparrotJan: source(
    'Benin Republic summons Niger envoy over terrorism allegations',
    'Africa Parrot (AFP)',
    'https://africaparrot.com/2025/01/benin-republic-summons-niger-envoy-over-terrorism-allegations/',
    '2025-01',
    'C',
    1,
  ),
  beninwebtvJun2025: source(
    'Le Niger ne prévoit aucune réouverture de la frontière avec le Bénin',
    'Benin Web TV',
    'https://beninwebtv.bj/en/le-niger-ne-prevoit-aucune-reouverture-de-la-frontiere-avec-le-benin',
    '2025-06',
    'C',
    1,
  ),
  pressafrikJun2025: source(
    'Terrorisme : le Bénin rejette des accusations « graves et sans fondements » du président de transition du Niger',
    'PressAfrik (RFI)',
    'https://www.pressafrik.com/Terrorisme-le-Benin-rejette-des-accusations-graves-et-sans-fondements-du-president-de-transition-du-Niger_a290302.html',
    '2025-06',
    'C',
    1,
  ),
  africanewsNov10: source(
    "Niger's Tchiani keeps border with Benin closed, citing security concerns",
    'Africanews',
    'https://www.africanews.com/2025/11/10/nigers-tchiani-keeps-border-with-benin-closed-citing-security-concerns/',
    '2025-11-10',
    'B',
    1,
  ),
};

const events = [
  ev(
    'NegotiationOpened',
    'opened',
    when('2023-07-26'),
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Benin – Niger, 2023–25',
      subject:
        "The crisis between Benin and Niger after the coup in Niamey of 26 July 2023: the border each side closed, the ECOWAS sanctions and their lifting, Niger's side kept closed after Benin reopened, the oil of the Agadem–Sèmè pipeline (WAPCO, CNPC), the arrests of Nigerien staff at Sèmè, the junta's accusations that Benin hosts French forces training terrorists, and the mediation of China, Togo and Benin's former presidents.",
      parties: [BENIN, NIGER],
      mediators: [ECOWAS, CHINA],
    },
    [S.heuresAug6],
  ),
  ev('ActorRegistered', 'actor-france', when('2023-07-26'), { actor: FRANCE, role: 'third-party' }, [S.pravdaAug4]),
  ev(
    'IncidentReported',
    'inc-niger-closure',
    when('2023-07-26'),
    {
      incidentId: 'niger-closure-2023-07-26',
      kind: 'border-closure',
      perpetrator: 'niger',
      against: 'benin',
      target: 'Traffic between Niger and Benin',
      place: CROSSING,
      description:
        'The junta closes the border with Benin at the coup ("closed on July 26, 2023 at the initiative of Niamey", in a relay of Niger\'s own account; "decided first by the military who took power in Niamey, then by ECOWAS", AFP). By September its forces block the bridge at the crossing (AFP in Malanville, 18 September).',
    },
    [S.pravdaJun1_2025, S.tellerSep21, S.afpSep21],
  ),
  ev(
    'IncidentReported',
    'inc-benin-closure',
    when('2023-07-30'),
    {
      incidentId: 'benin-closure-2023-07-30',
      kind: 'border-closure',
      perpetrator: 'benin',
      against: 'niger',
      target: 'Trade and traffic with Niger',
      place: CROSSING,
      description:
        'Benin closes its border with Niger from Sunday 30 July 2023, applying the sanctions of the ECOWAS summit; over a hundred trucks bound for Niamey are stuck from Guéné to the joint post of Malanville (600 by 8 August, by the hauliers\' union).',
    },
    [S.heuresAug6, S.weafricaAug12],
  ),
  ev(
    'DemandTabled',
    'dem-ecowas-bazoum',
    when('2023-07-30'),
    {
      demandId: 'ecowas-restore-bazoum',
      by: 'ecowas',
      addressedTo: ['niger'],
      text: 'Release President Mohamed Bazoum and restore him to office.',
      category: 'political',
    },
    [S.informationngAug17],
  ),
  ev(
    'UltimatumIssued',
    'ult-ecowas',
    when('2023-07-30'),
    {
      ultimatumId: 'ecowas-seven-days',
      by: 'ecowas',
      to: ['niger'],
      demandIds: ['ecowas-restore-bazoum'],
      deadline: '2023-08-06',
      consequences: 'Sanctions, including possible military action.',
    },
    [S.informationngAug17],
    { note: "ECOWAS's ultimatum to the junta, not Benin's: Benin applies the sanctions (its closure is recorded as its own act)." },
  ),
  ev(
    'UltimatumResolved',
    'ult-ecowas-lapsed',
    when('2023-08-07'),
    {
      ultimatumId: 'ecowas-seven-days',
      resolution: 'lapsed',
      summary: 'The deadline passes with Bazoum still held; ECOWAS meets again in Abuja on 10 August.',
    },
    [S.informationngAug17, S.younewsAug13],
  ),
  ev(
    'StatementMade',
    'stmt-benin-intervention',
    when('2023-08-04', 'approximate'),
    {
      speaker: BENIN_GOV,
      audience: 'niger',
      tone: 'military-threat',
      summary:
        'Benin announces that it will join a military intervention in Niger if ECOWAS authorises one (the fourth state to say so, after Nigeria, Senegal and Côte d\'Ivoire); after the summit of 10 August its army chiefs confirm a commitment of troops "in principle" to the standby force.',
    },
    [S.pravdaAug4, S.cknAug12],
  ),
  ev(
    'StatementMade',
    'stmt-ecowas-standby',
    when('2023-08-10'),
    {
      speaker: { name: 'ECOWAS Authority of Heads of State (summit communiqué)', actorId: 'ecowas' },
      audience: 'niger',
      tone: 'military-threat',
      summary:
        'The Abuja summit orders the activation of the ECOWAS standby force "to restore constitutional order" in Niger; Côte d\'Ivoire, Benin, Senegal and Nigeria commit troops.',
    },
    [S.younewsAug13, S.cknAug12],
    { note: "ECOWAS's threat to the junta; Benin's own is recorded as Benin's statement of 4 August." },
  ),
  ev(
    'StatementMade',
    'stmt-niger-cooperation-ended',
    when('2023-09-12', 'approximate'),
    {
      speaker: NIGER_GOV,
      audience: 'benin',
      tone: 'accusation',
      summary:
        'The junta says on state television that Benin "allowed the deployment of soldiers, mercenaries and war materials" for a possible ECOWAS intervention, and that Niger therefore abandons its military cooperation agreement with Benin.',
    },
    [S.pledgeSep13],
    { cameo: '161', note: 'An accusation with a reduction of relations (CAMEO 161): the military cooperation ended.' },
  ),
  ev(
    'StatementMade',
    'stmt-benin-closure-held',
    when('2023-10-18'),
    {
      speaker: BENIN_GOV,
      audience: 'niger',
      tone: 'neutral',
      summary:
        "Benin and Nigeria keep their borders with Niger closed as of 18 October, with the suspension of commercial and financial transactions, despite calls in both countries to reopen.",
    },
    [S.crisis24Oct18],
  ),
  ev(
    'StatementMade',
    'stmt-talon-normalise',
    when('2023-12-21', 'approximate'),
    {
      speaker: TALON,
      audience: 'niger',
      tone: 'conciliatory',
      summary: 'Talon says he wishes to normalise relations with Niger.',
    },
    [S.praefuturusDec22],
  ),
  ev(
    'ActorRegistered',
    'actor-togo',
    when('2024-02-24'),
    { actor: TOGO, role: 'mediator' },
    [S.guardianFeb27],
  ),
  ev(
    'StatementMade',
    'stmt-ecowas-lifts',
    when('2024-02-24'),
    {
      speaker: TOURAY,
      audience: 'niger',
      tone: 'conciliatory',
      summary:
        'The ECOWAS summit in Abuja lifts the sanctions imposed on Niger after the coup, including the border closures, the no-fly zone and the asset freezes, in a deal brokered by Togo; ECOWAS will keep up dialogue with the three Sahel states.',
    },
    [S.guardianFeb27, S.naijanewsFeb26],
  ),
  ev(
    'IncidentReported',
    'inc-benin-reopening',
    when('2024-02-26', 'approximate'),
    {
      incidentId: 'benin-reopening-2024-02',
      kind: 'border-reopening',
      perpetrator: 'benin',
      against: 'niger',
      place: CROSSING,
      description:
        '"The border has reopened on the Benin side" (a journalist in Gaya to AFP, 26 February); Benin lifts the suspension of Nigerien imports transiting through Cotonou. Two Nigerien officials confirm that Niger\'s side "remained closed"; its military still blocks the bridge.',
    },
    [S.channelsFeb26, S.guardianFeb27],
  ),
  ev(
    'StatementMade',
    'stmt-benin-oil-ban',
    when('2024-05-06'),
    {
      speaker: BENIN_GOV,
      audience: 'niger',
      tone: 'warning',
      summary:
        "Benin bars ships from loading Nigerien crude at the Sèmè Kraké terminal of the Agadem–Sèmè pipeline, in answer to Niamey's refusal to reopen the border; WAPCO and China's ambassador are notified.",
    },
    [S.infobaeMay7],
    { cameo: '163', note: 'An embargo on the other party\'s oil exports (CAMEO 163).' },
  ),
  ev(
    'DemandTabled',
    'dem-reopen',
    when('2024-05-08'),
    {
      demandId: 'niger-reopen-border-normalise',
      by: 'benin',
      addressedTo: ['niger'],
      text: 'Reopen the border to Benin\'s goods and normalise relations formally before Nigerien crude is loaded at Sèmè.',
      category: 'economic',
    },
    [S.sabcMay9],
  ),
  ev(
    'StatementMade',
    'stmt-talon-may8',
    when('2024-05-08'),
    {
      speaker: TALON,
      audience: 'niger',
      tone: 'warning',
      summary:
        'Talon confirms the block on loading Nigerien oil: Niger has kept its borders closed to Benin\'s goods and never said why; "If tomorrow the Nigerien authorities decide to collaborate formally with Benin, the ships will be loaded."',
      quote: 'If you want to load your oil … in our waters, then you should not see Benin as an enemy.',
    },
    [S.sabcMay9, S.sbfMay10],
  ),
  ev(
    'StatementMade',
    'stmt-zeine-may11',
    when('2024-05-11'),
    {
      speaker: ZEINE,
      audience: 'benin',
      tone: 'accusation',
      summary:
        'Zeine says Niger keeps its border with Benin closed "for security reasons": "on Benin\'s territory there are French bases", and on some of them "terrorists are trained who are to come and destabilise our country".',
    },
    [S.leradarMay12, S.teriaMay12],
  ),
  ev(
    'PositionTaken',
    'pos-niger-reopen',
    when('2024-05-11'),
    {
      demandId: 'niger-reopen-border-normalise',
      actorId: 'niger',
      stance: 'conditional',
      conditions: 'When Niger is certain that its territory is secure.',
      quote: 'Le Niger sera prêt à rouvrir la frontière avec le Bénin, lorsque nous aurons la certitude que notre territoire est en sécurité.',
      speaker: ZEINE,
    },
    [S.leradarMay12],
  ),
  ev(
    'MediationAction',
    'med-china-may15',
    when('2024-05-15'),
    {
      mediator: 'china',
      action: 'visited',
      summary:
        "A delegation of China's foreign and energy ministries and CNPC's director general meets Talon in Cotonou; CNPC calls for a meeting of the Benin–Niger inter-state committee, which Benin agrees to attend, and the delegation is to go on to Niamey.",
    },
    [S.africanewsMay16],
  ),
  ev(
    'StatementMade',
    'stmt-adambi-may15',
    when('2024-05-15'),
    {
      speaker: ADAMBI,
      audience: 'niger',
      tone: 'conciliatory',
      summary:
        'Benin authorises the loading of the first ship anchored in its waters: a temporary, provisional authorisation, not a return to normal operation of the pipeline, which needs a proper state-to-state framework and the reopening of Niger\'s border.',
    },
    [S.africanewsMay16, S.trtMay16],
  ),
  ev(
    'StatementMade',
    'stmt-zeine-may21',
    when('2024-05-21'),
    {
      speaker: ZEINE,
      audience: 'benin',
      tone: 'accusation',
      summary:
        'Zeine repeats that "non-Beninese soldiers run five sites" in Benin, the largest and most dangerous by the W National Park, "where these soldiers train terrorists", and tells traders to route their goods through Togo.',
    },
    [S.sputnikMay23],
  ),
  ev(
    'IncidentReported',
    'inc-seme-arrests',
    when('2024-06-05'),
    {
      incidentId: 'seme-arrests-2024-06-05',
      kind: 'non-lethal-force',
      perpetrator: 'benin',
      against: 'niger',
      target: 'Five Nigerien nationals, staff of WAPCO-Niger (two of them called agents of the junta)',
      place: 'Sèmè-Kpodji pipeline terminal',
      description:
        "Benin's authorities detain five Nigeriens who, the special prosecutor says, entered the Sèmè-Kpodji terminal under false pretences, two of them agents of Niger's junta; Niger's oil minister says they were inspectors supervising the loading under an agreement with Benin.",
    },
    [S.reutersJun8],
    { cameo: '173', note: "Arrests of the other party's nationals (CAMEO 173, arrest or detain): force short of weapons fire." },
  ),
  ev(
    'StatementMade',
    'stmt-bako-jun6',
    when('2024-06-06'),
    {
      speaker: BAKO,
      audience: 'benin',
      tone: 'accusation',
      summary:
        "Niger's oil minister rejects the prosecutor's account at a press conference in Niamey: the five were inspectors supervising the loading of crude under the agreement with Benin; Niger will take the dispute to the OHADA arbitration court.",
    },
    [S.reutersJun8],
  ),
  ev(
    'StatementMade',
    'stmt-niger-valves',
    when('2024-06-06'),
    {
      speaker: BAKO,
      audience: 'benin',
      tone: 'critical',
      summary:
        'Niger shuts the pipeline carrying its oil to Sèmè "until Benin and WAPCO reach an agreement so that Niger can be present at the loading": "We cannot sit back and watch our oil being stolen by others."',
    },
    [S.sputnikJun15],
    { cameo: '163', note: 'A halt of oil flows through the other party (CAMEO 163, embargo).' },
  ),
  ev(
    'DemandTabled',
    'dem-release',
    when('2024-06-06', 'approximate'),
    {
      demandId: 'release-wapco-staff',
      by: 'niger',
      addressedTo: ['benin'],
      text: 'Release the five Nigerien WAPCO-Niger staff arrested at Sèmè-Kpodji (Niamey calls the arrests a "kidnapping").',
      category: 'humanitarian',
    },
    [S.notreafrikJun18],
  ),
  ev(
    'ActorRegistered',
    'actor-fpl',
    when('2024-06-17'),
    { actor: FPL, role: 'third-party' },
    [S.sputnikJun22],
  ),
  ev(
    'IncidentReported',
    'inc-pipeline-sabotage',
    when('2024-06-17'),
    {
      incidentId: 'pipeline-sabotage-2024-06-17',
      kind: 'militant-attack',
      perpetrator: 'fpl',
      allegedBy: 'niger',
      against: 'niger',
      target: 'The Agadem–Sèmè oil pipeline',
      place: 'Tesker department, Zinder region (Niger)',
      description:
        'On the night of 16–17 June "malicious individuals" sabotage a section of the pipeline; crude leaks over 370 metres. The Patriotic Liberation Front, fighting for Bazoum\'s release, claims it; Niger\'s prosecutor says the authors are known.',
    },
    [S.sputnikJun22, S.almayadeenJun22],
  ),
  ev(
    'PositionTaken',
    'pos-benin-release',
    when('2024-06-17'),
    {
      demandId: 'release-wapco-staff',
      actorId: 'benin',
      stance: 'accepted',
      conditions:
        "By the court: two of the five freed on 14 June; the three others, including WAPCO-Niger's deputy director general, given 18 months suspended by the CRIET on 17 June and freed.",
    },
    [S.infosmondeJun17, S.notreafrikJun18],
  ),
  ev(
    'ActorRegistered',
    'actor-former-presidents',
    when('2024-06-24'),
    { actor: FORMER_PRESIDENTS, role: 'mediator' },
    [S.fatshimetrieJun24],
  ),
  ev(
    'MediationAction',
    'med-soglo-yayi',
    when('2024-06-24'),
    {
      mediator: 'soglo-yayi',
      action: 'visited',
      summary:
        "Benin's former presidents Soglo and Boni Yayi arrive in Niamey, with the junta's agreement, to help restore \"cordial, fraternal and mutually beneficial relations\": the reopening of Niger's border, the pipeline, the arrest of the five Nigeriens, the accusations about French bases.",
    },
    [S.toutafricaJun25, S.fatshimetrieJun24],
  ),
  ev(
    'StatementMade',
    'stmt-tiani-aug2',
    when('2024-08-02', 'approximate'),
    {
      speaker: TIANI,
      audience: 'benin',
      tone: 'accusation',
      summary:
        'Tiani details his accusations: on 25 August 2023 France had three helicopters on the tarmac at Kandi "to give Niger a correction", and "elements of subversion" were placed at Tourou international airport; "there are French subversive destabilisation agents inside Benin".',
    },
    [S.teriaAug3],
  ),
  ev(
    'ThirdPartyEngagement',
    'eng-benin-ambassador',
    when('2024-08-06'),
    {
      actorId: 'benin',
      counterparts: ['niger'],
      kind: 'meeting',
      summary:
        "Benin's ambassador Gildas Agonkan presents copies of his credentials to Niger's foreign minister Bakary Yaou Sangaré in Niamey and takes up his post, a year after his appointment.",
    },
    [S.jeuneafriqueAug8],
  ),
  ev(
    'ThirdPartyEngagement',
    'eng-niger-ambassador',
    when('2024-11-26'),
    {
      actorId: 'niger',
      counterparts: ['benin'],
      kind: 'outreach',
      summary:
        'Tiani names Chaibou Kadade ambassador to Benin (Benin had given its agrément in October), "the latest sign of thawing tensions"; Benin loosened its border controls in mid-November, Niger keeps its side closed.',
    },
    [S.afpNov27],
  ),
  ev(
    'StatementMade',
    'stmt-tiani-dec25',
    when('2024-12-25'),
    {
      speaker: TIANI,
      audience: 'benin',
      tone: 'accusation',
      summary:
        'In an interview on state television Tiani accuses Benin of being a rear base for terrorists: it bought 100 Chinese drones and handed them to terrorist groups, and French special forces based at Porga run training camps in the W and Pendjari parks.',
    },
    [S.pravdaDec27, S.africaparrotJan],
  ),
  ev(
    'StatementMade',
    'stmt-benin-summons',
    when('2024-12-31'),
    {
      speaker: BAKARI,
      audience: 'niger',
      tone: 'critical',
      summary:
        'Benin summons Niger\'s chargé d\'affaires over "unfounded accusations" and sends a letter of protest; "Benin remains committed to dialogue and fraternal collaboration between the two nations."',
    },
    [S.africaparrotJan, S.pravdaJan2],
  ),
  ev(
    'StatementMade',
    'stmt-tiani-may31-2025',
    when('2025-05-31'),
    {
      speaker: TIANI,
      audience: 'benin',
      tone: 'accusation',
      summary:
        'On Télé Sahel Tiani says the border with Benin "will remain closed": "As long as Benin fails to understand that our fight is not against them but against the destabilising French forces"; he accuses Cotonou of supporting and training terrorists.',
    },
    [S.beninwebtvJun2025, S.pressafrikJun2025, graded(S.pravdaJun1_2025, 2)],
  ),
  ev(
    'StatementMade',
    'stmt-bakari-may31-2025',
    when('2025-05-31'),
    {
      speaker: BAKARI,
      audience: 'niger',
      tone: 'critical',
      summary:
        'Bakari "rejects with the greatest firmness" "serious and unfounded accusations": Benin fights terrorism on its soil at heavy cost; "The problem is not on Benin\'s side. Our border is open … I\'m hopeful that very soon this will be behind us."',
    },
    [S.pressafrikJun2025, S.beninwebtvJun2025],
  ),
  ev(
    'StatementMade',
    'stmt-tiani-gaya',
    when('2025-11-08'),
    {
      speaker: TIANI,
      audience: 'benin',
      tone: 'accusation',
      summary:
        'At a rally in Gaya, a few kilometres from the border, Tiani says it will stay closed "as long as the security situation does not evolve" on the Beninese side; opening it "would mean betraying the aspirations of the Nigerien people"; he accuses Benin of hosting French troops and letting Western countries "finance and support terrorism" against the AES.',
    },
    [S.africanewsNov10],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'benin-niger-2023.jsonl',
  logEnd: '2026-12-06T00:00:00Z',
  events,
};

export default definition;
