/**
 * A test fixture, not a shipped example: the break between Mali and Algeria,
 * December 2023 – September 2025, as an analyst following the news could
 * have recorded it — Mali summoning Algeria's ambassador over the meetings
 * Algiers held with the northern rebel leaders and President Tebboune's
 * reception of the imam Mahmoud Dicko (20 December 2023), Algeria summoning
 * Mali's (21 December) and both recalling their ambassadors (22 December);
 * Mali ending the 2015 Agreement for Peace and Reconciliation "resulting from
 * the Algiers process" with immediate effect, citing the "hostile acts" of
 * Algeria, its chief mediator (25 January 2024), and Algeria's regret (26
 * January); the battle of Tinzaouaten near the border between FAMa with the
 * Wagner Group and the rebel coalition (25–27 July 2024), the Malian drone
 * strikes on Tinzaouaten (25 August) and the exchange at the UN that
 * followed; Mali's accusations that Algeria harbours terrorists (September
 * 2024, January 2025); the Malian drone shot down by Algeria's air defence
 * near Tinzaouaten on the night of 31 March – 1 April 2025; the recall of the
 * AES states' ambassadors (6 April) and Algeria's (7 April); Algeria's
 * airspace closed to flights to and from Mali and Mali's closed to Algeria in
 * return (7 April); Tebboune's words in July; Mali's application to the ICJ
 * (4 September 2025, published by the Court on 19 September) and the
 * exchanges after it, to the UN General Assembly (26 September).
 * Escalation model v2 was never tuned on it: it is the case the model is held
 * to in mali-algeria-2023.spec.ts, against the calls an analyst makes from
 * DOMAIN.md §5b alone.
 *
 * What it tests that the other cases did not: a break between neighbours
 * with no fire between their forces except one drone downed — armed action by
 * one party on the other's aircraft, no one killed, in one place — an
 * agreement withdrawn from that the other party had mediated but not signed,
 * fighting near the border that is a third party's, airspace closures both
 * ways that last, and years of accusations that the other shelters one's
 * enemies (blame without an attack named).
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source.
 *
 * Grading as in examples/README.md: B = established outlet or wire copy, C =
 * smaller outlet, aggregator or mirror of a wire story; 1 = an on-record
 * statement or act confirmed by the actor itself; 2 = several outlets agree or
 * one established outlet reports it; 3 = one side's unverified claim about the
 * other.
 *
 * Judgement calls, recorded as an analyst would:
 * - The pair is Mali (the transitional government of Assimi Goïta, its armed
 *   forces, FAMa) and Algeria. The rebel coalition — the CMA that signed the
 *   2015 agreement, the CSP-PSD/CSP-DPA from 2023, the Azawad Liberation Front
 *   (FLA) from November 2024 — is one third-party actor under its aliases,
 *   and its acts are its own. The Wagner Group, the AES (the Confederation of
 *   Sahel States: Mali, Burkina Faso, Niger) and the ICJ are third parties.
 *   The AES's joint statement is the AES's, not Mali's; Mali's own measures
 *   of the same day are recorded as Mali's.
 * - The 2015 agreement was signed by the government of Mali (15 May 2015)
 *   and the CMA (20 June 2015); Algeria led the international mediation.
 *   The sources call Algeria its "chief mediator", not a signatory, so it is
 *   recorded as an agreement between Mali and the rebel coalition (dated 20
 *   June 2015, when the last party signed), and Mali's ending of it (25
 *   January 2024) as Mali's withdrawal from it. The act was aimed at Algeria
 *   as much as at the rebels — Mali cited Algeria's "hostile acts" — and that
 *   charge is recorded as what Mali said (an accusation), not as a blame for
 *   an attack: it names none.
 * - The battle of Tinzaouaten (25–27 July 2024) was fought in Mali near the
 *   border between FAMa with Wagner and the rebel coalition (JNIM claimed a
 *   part, which the CSP denied). No source searched says Algeria took part,
 *   and no source has Mali blaming Algeria for it as such: it is the
 *   coalition's clash against Mali, a third party's fighting. Tolls differ
 *   widely (Mali: 2 soldiers killed; CSP: 84 Wagner and 47 Malian soldiers),
 *   recorded as a range. The Malian drone strikes on Tinzaouaten (25 August
 *   2024; 21 civilians killed by the coalition's count, "terrorists" by
 *   Mali's) are Mali's act against the coalition.
 * - The drone downed on the night of 31 March – 1 April 2025 is armed action
 *   by Algeria's forces on Mali's (kind `airstrike`, as the Russia – Türkiye
 *   case records the Su-24 downing): Algeria's defence ministry said its
 *   unit shot down an armed reconnaissance drone 2 km (later 1.6 km, radar
 *   data) inside Algerian airspace near Tin Zaouatine; Mali's army first said
 *   one of its drones crashed there (1 April), then that its investigation
 *   found it was destroyed by a "premeditated hostile action" of Algeria,
 *   9.5 km inside Mali (6 April). Both agree it was Algeria's fire on Mali's
 *   drone; where it was is disputed. No one was killed. Dated 23:00 UTC on 31
 *   March (midnight in Algeria), approximate. Algeria's mention of two earlier
 *   incursions (August and December 2024) has no dated source of its own and
 *   is in the text of its 7 April statement only.
 * - Algeria's closure of its airspace to air navigation coming from or going
 *   to Mali (7 April 2025) and Mali's closure of its airspace to every civil
 *   and military aircraft going to or coming from Algeria "in reciprocity"
 *   (7 April) are each a border closed against the other party
 *   (`border-closure`), as the Morocco – Algeria case records Algeria's
 *   airspace closed to Moroccan aircraft. No source searched reports either
 *   lifted: both stand to the end of the record.
 * - Recalling ambassadors (22 December 2023, 6 and 7 April 2025) is the
 *   ministry's statement with CAMEO 161 (reduce diplomatic relations), as the
 *   Morocco – Algeria case records them. Tebboune receiving Dicko (19
 *   December 2023) is a meeting of Algeria's with a Malian opposition figure
 *   (`ThirdPartyEngagement`).
 * - Mali's accusations that Algeria harbours, supports or sponsors
 *   terrorists (25 January 2024, 28 September 2024, 1 January 2025, 6 and 7
 *   April 2025, 4 and 26 September 2025) name no attack: they are
 *   `accusation`s, not blames for an attack. Maïga's "for every bullet fired
 *   against us, we will react with reciprocity" (UN General Assembly, 28
 *   September 2024) answers words, not fire, and says only that Mali would
 *   answer in kind: recorded in its quote, the statement an `accusation`, not
 *   a threat of war. The AES's "aggression against all member states" (6
 *   April 2025) is the AES's condemnation, not a threat.
 * - Mali's application to the ICJ (filed 4 September 2025 by Bamako's
 *   account, 16 September by the Court's) is recorded as Mali's statement
 *   announcing it (4 September), and the Court's press release (19
 *   September: no proceedings unless Algeria consents) as the ICJ's. Attaf's
 *   denial that any application existed (13 September) and the ministry's
 *   "clumsy manoeuvre" (19 September) are Algeria's critical statements.
 * - Left out for want of a dated source in the search: the return of the
 *   ambassadors after December 2023, and the drone strikes near Tinzaouaten
 *   in January 2026 (after the record). Days with nothing recorded are not
 *   days with nothing done.
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'mali-algeria-break-2023';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 2023);
const rec = (day: string, time: string): string => `${day}T${time}:00Z`;

const MALI: Actor = {
  id: 'mali',
  name: 'Mali',
  kind: 'state',
  aliases: ['Republic of Mali', 'Bamako', 'Malian transitional government', 'FAMa'],
};
const ALGERIA: Actor = {
  id: 'algeria',
  name: 'Algeria',
  kind: 'state',
  aliases: ["People's Democratic Republic of Algeria", 'Algiers'],
};
const REBELS: Actor = {
  id: 'csp-fla',
  name: 'Azawad rebel coalition (CMA, CSP-PSD/CSP-DPA, FLA)',
  kind: 'armed-group',
  aliases: [
    'Coordination of Azawad Movements',
    'CMA',
    'Permanent Strategic Framework',
    'CSP-PSD',
    'CSP-DPA',
    'Azawad Liberation Front',
    'FLA',
  ],
};
const WAGNER: Actor = {
  id: 'wagner',
  name: 'Wagner Group / Africa Corps',
  kind: 'armed-group',
  aliases: ['Wagner', 'Africa Corps'],
};
const DICKO: Actor = { id: 'mahmoud-dicko', name: 'Mahmoud Dicko', kind: 'individual', aliases: ['Imam Dicko'] };
const AES: Actor = {
  id: 'aes',
  name: 'Confederation of Sahel States',
  kind: 'international-organisation',
  aliases: ['AES', 'Alliance of Sahel States'],
};
const ICJ: Actor = {
  id: 'icj',
  name: 'International Court of Justice',
  kind: 'international-organisation',
  aliases: ['ICJ', 'World Court'],
};

const MALI_MFA: Person = { name: 'Ministry of Foreign Affairs of Mali (statement)', actorId: 'mali' };
const MALI_GOVT_SPOKESMAN: Person = {
  name: 'Abdoulaye Maïga',
  title: 'Colonel, Minister of Territorial Administration, spokesman of the transitional government of Mali',
  actorId: 'mali',
};
const MAIGA_PM: Person = { name: 'Abdoulaye Maïga', title: 'Prime Minister of Mali', actorId: 'mali' };
const KONFOUROU: Person = {
  name: 'Issa Konfourou',
  title: 'Permanent Representative of Mali to the UN',
  actorId: 'mali',
};
const MALI_ARMY: Person = { name: 'General Staff of the Malian Armed Forces (statement)', actorId: 'mali' };
const MALI_TRANSPORT: Person = {
  name: 'Ministry of Transport and Infrastructure of Mali (statement)',
  actorId: 'mali',
};
const MALI_TERRITORIAL: Person = {
  name: 'Ministry of Territorial Administration of Mali (statement)',
  actorId: 'mali',
};
const ALGERIA_MFA: Person = { name: 'Ministry of Foreign Affairs of Algeria (statement)', actorId: 'algeria' };
const ATTAF: Person = { name: 'Ahmed Attaf', title: 'Foreign Minister of Algeria', actorId: 'algeria' };
const TEBBOUNE: Person = { name: 'Abdelmadjid Tebboune', title: 'President of Algeria', actorId: 'algeria' };
const BENDJAMA: Person = {
  name: 'Amar Bendjama',
  title: 'Permanent Representative of Algeria to the UN',
  actorId: 'algeria',
};
const GOITA: Person = { name: 'Assimi Goïta', title: 'President of the Transition of Mali', actorId: 'mali' };
const MALI_UN_DELEGATION: Person = { name: 'Delegation of Mali to the UN (right of reply)', actorId: 'mali' };
const ALGERIA_NAM_DELEGATION: Person = {
  name: 'Delegation of Algeria to the Non-Aligned Movement ministerial meeting (right of reply)',
  actorId: 'algeria',
};
const AES_COLLEGE: Person = {
  name: 'College of Heads of State of the AES Confederation (joint statement)',
  actorId: 'aes',
};
const ICJ_REGISTRY: Person = { name: 'International Court of Justice (press release)', actorId: 'icj' };
const CSP_SPOKESMAN: Person = {
  name: 'Mohamed Elmaouloud Ramadane',
  title: 'Spokesman of the CSP',
  actorId: 'csp-fla',
};

/** One place, written one way: the Tinzaouaten / Tin Zaouatine area that straddles the border (Kidal region, Mali; Tamanrasset, Algeria). */
const TINZAOUATEN = 'Tinzaouaten, at the Algeria–Mali border';
const ALGIERS_ACCORD = 'algiers-accord-2015';

const S = {
  echoroukDec13: source(
    'Foreign Affairs Ministry: Algeria appreciates the UN mission for stabilization in Mali',
    'Echorouk Online',
    'https://www.echoroukonline.com/foreign-affairs-ministry-algeria-appreciates-the-un-mission-for-stabilization-in-mali',
    '2023-12-13',
    'B',
    1,
  ),
  wadrDec20: source(
    'MALI: Authorities summon Algerian Ambassador over alleged interference in Algiers Peace Process',
    'West Africa Democracy Radio',
    'https://wadr.org/page/1094/?lang=fr',
    '2023-12-20',
    'C',
    1,
  ),
  kinshasaDec20: source(
    'Mali-Algérie : Bamako convoque l’ambassadeur algérien',
    'Le Courrier de Kinshasa',
    'https://lecourrierdekinshasa.com/node/153831',
    '2023-12-21',
    'C',
    1,
  ),
  sputnikDec21: source(
    'L’ambassadeur algérien au Mali a été convoqué suite à des "actes inamicaux"',
    'Sputnik Afrique',
    'https://fr.sputniknews.africa/20231221/lambassadeur-algerien-au-mali-a-ete-convoque-suite-a-des-actes-inamicaux-1064240238.html',
    '2023-12-21',
    'C',
    1,
  ),
  efeDec21: source(
    'Mahamane Amadou Maiga (Algiers, EFE)',
    'Comparemela (EFE)',
    'https://comparemela.com/news/mahamane-amadou-maiga',
    '2023-12-21',
    'C',
    1,
  ),
  trtDec23: source(
    'Mali recalls ambassador from Algeria over "interference"',
    'TRT World',
    'https://www.trtworld.com/article/16356955',
    '2023-12-23',
    'B',
    1,
  ),
  islamtimesDec23: source(
    'Mali recalls its envoy in Algeria after alleging interference',
    'Islam Times (ABC News)',
    'https://www.islamtimes.org/en/news/1104465/mali-recalls-its-envoy-in-algeria-after-alleging-interference',
    '2023-12-23',
    'C',
    1,
  ),
  novaDec29: source(
    "Mali-Algeria: prosegue la crisi diplomatica dopo la visita ad Algeri dell'imam Dicko con i ribelli tuareg",
    'Agenzia Nova',
    'https://www.agenzianova.com/a/658ee81267f185.15955754/4741826/2023-12-29/mali-algeria-prosegue-la-crisi-diplomatica-dopo-la-visita-ad-algeri-dell-imam-dicko-con-i-ribelli-tuareg',
    '2023-12-29',
    'C',
    2,
  ),
  heures24Jul26: source(
    'Mali : une vingtaine de terroristes neutralisés près de la frontière algérienne (officiel)',
    '24heures.bf',
    'https://24heures.bf/mali-une-vingtaine-de-terroristes-neutralises-pres-de-la-frontiere-algerienne-officiel',
    '2024-07-26',
    'C',
    1,
  ),
  nouvelleafrikSep30: source(
    'Mali-Algérie : le ministre Ahmed Attaf répond au colonel Abdoulaye Maïga à la tribune de l’ONU',
    'Nouvelle Afrik',
    'https://nouvelleafrik.com/mali-algerie-le-ministre-ahmed-attaf-repond-au-colonel-abdoulaye-maiga-a-la-tribune-de-lonu/',
    '2024-09-30',
    'C',
    1,
  ),
  pravdaSep29: source(
    'ONU : le Mali réplique aux « attaques personnelles » du chef de la diplomatie algérienne',
    'Pravda Niger (news-pravda.com)',
    'https://niger.news-pravda.com/niger/2025/09/29/11025.html',
    '2025-09-29',
    'D',
    2,
  ),
  algerie360Oct15: source(
    'Crise diplomatique : Alger répond aux accusations du Mali au sommet des non-alignés',
    'Algérie 360',
    'https://www.algerie360.com/crise-diplomatique-alger-repond-aux-accusations-du-mali-au-sommet-des-non-alignes/',
    '2025-10-15',
    'C',
    1,
  ),
  dwJan25: source(
    'Mali ends peace deal with separatist groups',
    'DW (AFP, Reuters)',
    'https://www.dw.com/en/mali-ends-peace-deal-with-separatist-groups/a-68088180',
    '2024-01-25',
    'B',
    1,
  ),
  dailynewsJan25: source(
    'Mali: the junta announces the "end with immediate effect" of the Algiers agreement',
    'Daily News (Le Monde/AFP)',
    'https://dailynewsen.com/breaking/mali-the-junta-announces-the-end-with-immediate-effect-of-the-algiers.html',
    '2024-01-26',
    'C',
    1,
  ),
  maghrebiJan26: source(
    'Mali junta accuses Algeria of "hostility" and "interference"',
    'Maghrebi.org (Al Jazeera)',
    'https://maghrebi.org/2024/01/26/mali-junta-accuses-algeria-of-hostility-and-interference',
    '2024-01-26',
    'C',
    1,
  ),
  xinhuaJan27: source(
    'Algeria expresses regret over Mali’s cancellation of peace agreement',
    'Xinhua',
    'https://english.news.cn/20240127/8e484327dfe04997a71fc0838124eff1/c.html',
    '2024-01-27',
    'B',
    1,
  ),
  sputnikJan27: source(
    'Fin de l’accord d’Alger: le ministère des Affaires étrangères d’Algérie répond au Mali',
    'Sputnik Afrique',
    'https://fr.sputniknews.africa/20240127/fin-de-laccord-dalger-le-ministere-des-affaires-etrangeres-dalgerie-repond-au-mali-1064805361.html',
    '2024-01-27',
    'C',
    1,
  ),
  wikiTinzJul29: source(
    'Battle of Tinzaouaten (2024)',
    'Wikipedia (revision of 29 July 2024)',
    'https://en.wikipedia.org/?oldid=1237278204&title=Battle+of+Tinzaouaten+%282024%29',
    '2024-07-29',
    'C',
    2,
  ),
  atlasJul29: source(
    'Tuaregs, JNIM inflict major losses on Malian, Russian forces',
    'The Atlas News',
    'https://theatlasnews.co/conflict/2024/07/29/tuaregs-jnim-inflict-major-losses-on-malian-russian-forces',
    '2024-07-29',
    'C',
    3,
  ),
  africanewsAug26: source(
    'Drone attack kills at least 21 civilians in northern Mali, Tuareg-led group says',
    'Africanews (AFP)',
    'https://www.africanews.com/2024/08/26/drone-attack-kills-at-least-21-civilians-in-northern-mali-tuareg-led-group-says/',
    '2024-08-26',
    'B',
    2,
  ),
  newarabAug28: source(
    "Algeria calls on UN Security Council to halt 'mercenary activities' in Mali after deadly border attack",
    'The New Arab',
    'https://newarab.com/news/algeria-calls-unsc-halt-mercenary-activities-mali',
    '2024-08-28',
    'B',
    1,
  ),
  maliwebAug31: source(
    'Le Mali répond à l’Algérie qui l’accuse d’avoir ciblé des civils dans une frappe récente',
    'Maliweb (Sputnik Afrique)',
    'https://www.maliweb.net/international/le-mali-repond-a-lalgerie-qui-laccuse-davoir-cible-des-civils-dans-une-frappe-recente-3075869.html',
    '2024-08-31',
    'C',
    1,
  ),
  barlamanSep29: source(
    'Mali accuses Algeria of interfering in internal affairs, supporting terrorist groups at 79th UNGA',
    'Barlamane Today',
    'https://barlamantoday.com/2024/09/29/mali-accuses-algeria-of-interfering-in-internal-affairs-supporting-terrorist-groups-at-79th-unga',
    '2024-09-29',
    'C',
    1,
  ),
  mwebantuSep29: source(
    'Diplomatic tensions: Mali castigates Algerian interference at the UN',
    'Mwebantu',
    'https://mwebantu.news/diplomatic-tensions-mali-castigates-algerian-interference-at-the-un/',
    '2024-09-29',
    'C',
    1,
  ),
  allafricaJan3: source(
    'Mali: Government denounces Algerian interference',
    'AllAfrica (Agenzia Fides)',
    'https://allafrica.com/stories/202501030008.html',
    '2025-01-03',
    'C',
    1,
  ),
  yabiladiJan2: source(
    'Mali accuses Algeria of supporting terrorists',
    'Yabiladi',
    'https://en.yabiladi.com/articles/details/158229/mali-accuses-algeria-supporting-terrorists.html',
    '2025-01-02',
    'C',
    1,
  ),
  barlamanJan2: source(
    'Mali accuses Algeria of interference, supporting terrorist groups in Sahel',
    'Barlamane Today',
    'https://barlamantoday.com/2025/01/02/mali-accuses-algeria-of-interference-supporting-terrorist-groups-in-sahel',
    '2025-01-02',
    'C',
    1,
  ),
  timesliveApr2: source(
    'Algeria, Mali report downed drone in border area but differ on details',
    'TimesLIVE (Reuters)',
    'https://www.timeslive.co.za/news/africa/2025-04-02-algeria-mali-report-downed-drone-in-border-area-but-differ-on-details/',
    '2025-04-02',
    'B',
    1,
  ),
  medialineApr2: source(
    'Algerian military shoots down armed drone near Mali border',
    'The Media Line',
    'https://themedialine.org/headlines/algerian-military-shoots-down-armed-drone-near-mali-border/',
    '2025-04-02',
    'C',
    1,
  ),
  devdiscourseApr2: source(
    'Drone down: rising tensions at the Algeria-Mali border',
    'Devdiscourse (Reuters)',
    'https://www.devdiscourse.com/article/law-order/3330743-drone-down-rising-tensions-at-the-algeria-mali-border',
    '2025-04-02',
    'C',
    2,
  ),
  koaciApr7: source(
    "Mali : L'AES rappelle ses ambassadeurs d'Algérie pour « consultations » et donne ses raisons",
    'KOACI',
    'https://koaci.com/article/2025/04/07/mali/politique/mali-laes-rappelle-ses-ambassadeurs-dalgerie-pour-consultations-et-donne-ses-raisons_185818.html',
    '2025-04-07',
    'C',
    1,
  ),
  namibiaApr7: source(
    'Mali, Burkina Faso, Niger recall ambassadors from Algeria over drone downing',
    'Namibia Daily News (Xinhua)',
    'http://namibiadailynews.info/mali-burkina-faso-niger-recall-ambassadors-from-algeria-over-drone-downing/',
    '2025-04-07',
    'C',
    1,
  ),
  bf1Apr6: source(
    'Destruction d’un drone de l’armée malienne par l’Algérie : l’AES rappelle ses ambassadeurs accrédités à Alger pour consultation',
    'BF1 News',
    'https://bf1news.com/2025/04/06/destruction-dun-drone-de-larmee-malienne-par-lalgerie-laes-rappel-ses-ambassadeurs-accredites-a-alger-pour-consultationcommunique',
    '2025-04-06',
    'C',
    1,
  ),
  maverickApr8: source(
    'Algeria and Mali ban flights amid diplomatic crisis',
    'Daily Maverick (Reuters)',
    'https://www.dailymaverick.co.za/article/2025-04-08-algeria-and-mali-ban-flights-amid-diplomatic-crisis/',
    '2025-04-08',
    'B',
    1,
  ),
  mayadeenApr7: source(
    'Algeria Closes Airspace to Mali, Recalls Ambassadors Over Drone Row',
    'Pan-African News Wire (Al Mayadeen English)',
    'http://panafricannews.blogspot.com/2025/04/algeria-closes-airspace-to-mali-recalls.html',
    '2025-04-07',
    'C',
    1,
  ),
  independentApr8: source(
    'Mali, Algeria close airspace to each other amid rows over drone downing',
    'The Independent Uganda (Xinhua)',
    'https://www.independent.co.ug/mali-algeria-close-airspace-to-each-other-amid-rows-over-drone-downing/',
    '2025-04-08',
    'C',
    1,
  ),
  malikonewsApr7: source(
    'Le Mali ferme son espace aérien à l’Algérie en guise de réciprocité',
    'Maliko News',
    'https://malikonews.com/breve/le-mali-ferme-son-espace-aerien-a-lalgerie-en-guise-de-reciprocite',
    '2025-04-07',
    'C',
    1,
  ),
  africanewsJul21: source(
    "Algeria's President Tebboune offers to mediate between Malian authorities and rebel Tuareg",
    'Africanews',
    'https://www.africanews.com/2025/07/21/algerias-president-tebboune-offers-to-mediate-between-malian-authorities-and-rebel-tuareg-/',
    '2025-07-21',
    'B',
    1,
  ),
  royaSep4: source(
    'Mali files case against Algeria in International Court of Justice',
    'Roya News',
    'https://en.royanews.tv/news/62812',
    '2025-09-05',
    'C',
    1,
  ),
  yabiladiSep20: source(
    'Drone abattu : la CIJ saisie par le Mali contre l’Algérie',
    'Yabiladi (via Maghress)',
    'https://www.maghress.com/fr/yabiladi/176854',
    '2025-09-20',
    'C',
    1,
  ),
  beninwebSep19: source(
    'Drone abattu : le Mali saisit officiellement la Cour internationale de justice contre l’Algérie',
    'Benin Web TV',
    'https://beninwebtv.bj/drone-abattu-le-mali-saisit-officiellement-la-cour-internationale-de-justice-contre-lalgerie/',
    '2025-09-19',
    'C',
    1,
  ),
  meoSep27: source(
    'Malian PM accuses Algeria of "supporting international terrorism"',
    'Middle East Online',
    'https://middle-east-online.com/en/malian-pm-accuses-algeria-%E2%80%98supporting-international-terrorism%E2%80%99',
    '2025-09-27',
    'C',
    1,
  ),
  le360Sep28: source(
    'Le régime d’Alger accusé à nouveau par le Mali d’être « un exportateur du terrorisme »',
    'Le360',
    'http://le360.ma/monde',
    '2025-09-28',
    'C',
    1,
  ),
} as const;

const events = [
  // ===== December 2023: Dicko in Algiers, the summons and the recalls =====
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '2023-12-19', recordedAt: rec('2023-12-21', '09:00') },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Mali – Algeria: the break of 2023–25',
      subject:
        'Relations between Mali and Algeria from the crisis over Algeria’s meetings with the northern rebels and the imam Dicko (December 2023) through the end of the 2015 Algiers agreement, Mali’s accusations that Algeria harbours terrorists, the drone Algeria shot down near Tinzaouaten (April 2025), the airspace closed both ways and Mali’s application to the ICJ.',
      parties: [MALI, ALGERIA],
      mediators: [],
    },
    [S.kinshasaDec20, S.sputnikDec21],
  ),
  ev(
    'ActorRegistered',
    'actor-rebels',
    { occurredAt: '2023-12-19', recordedAt: rec('2023-12-21', '09:01') },
    { actor: REBELS, role: 'third-party' },
    [S.kinshasaDec20],
  ),
  ev(
    'ActorRegistered',
    'actor-dicko',
    { occurredAt: '2023-12-19', recordedAt: rec('2023-12-21', '09:02') },
    { actor: DICKO, role: 'opposition' },
    [S.sputnikDec21],
  ),
  ev(
    'StatementMade',
    'stmt-algeria-dec13',
    { occurredAt: '2023-12-13', recordedAt: rec('2023-12-21', '09:03') },
    {
      speaker: ALGERIA_MFA,
      audience: 'mali',
      tone: 'neutral',
      summary:
        'As MINUSMA’s mandate ends, Algeria’s foreign ministry thanks the mission and says the peace and reconciliation agreement "remains the most appropriate framework" for resolving the crisis in Mali; it calls on all Malian parties to renew their commitment to it.',
    },
    [S.echoroukDec13],
  ),
  ev(
    'ThirdPartyEngagement',
    'tpe-tebboune-dicko',
    { occurredAt: '2023-12-19', recordedAt: rec('2023-12-21', '09:04') },
    {
      actorId: 'algeria',
      counterparts: ['mahmoud-dicko'],
      kind: 'meeting',
      summary:
        'President Tebboune receives the imam Mahmoud Dicko, a critic of Mali’s transitional authorities, in Algiers; in the same days Algerian officials meet leaders of the northern armed movements that signed the 2015 agreement, without informing Bamako.',
    },
    [S.sputnikDec21],
  ),
  ev(
    'StatementMade',
    'stmt-mali-summons',
    { occurredAt: '2023-12-20', recordedAt: rec('2023-12-21', '09:05') },
    {
      speaker: MALI_MFA,
      audience: 'algeria',
      tone: 'accusation',
      summary:
        'Foreign Minister Abdoulaye Diop summons Algeria’s ambassador to protest the "recent unfriendly acts" of the Algerian authorities "under the cover of the peace process": meetings with people hostile to the government and movements that "chose the camp of the terrorists", an interference in Mali’s internal affairs; Bamako urges Algiers to deal only with the Malian authorities.',
      quote: 'These acts are an interference in Mali’s internal affairs',
    },
    [S.kinshasaDec20, S.wadrDec20, S.sputnikDec21],
  ),
  ev(
    'StatementMade',
    'stmt-algeria-summons',
    { occurredAt: '2023-12-21', recordedAt: rec('2023-12-23', '09:00') },
    {
      speaker: ATTAF,
      audience: 'mali',
      tone: 'neutral',
      summary:
        'Attaf summons Mali’s ambassador, Mahamane Amadou Maïga, the day after Bamako summoned Algeria’s; he stresses Algeria’s attachment to Mali’s sovereignty and unity, defends the meetings as part of its mediation, and urges Mali to join Algeria’s efforts to give the agreement new impetus.',
    },
    [S.efeDec21, S.islamtimesDec23],
  ),
  ev(
    'StatementMade',
    'stmt-mali-recall',
    { occurredAt: '2023-12-22', recordedAt: rec('2023-12-23', '09:05') },
    {
      speaker: MALI_MFA,
      audience: 'algeria',
      tone: 'critical',
      summary:
        'Mali recalls its ambassador in Algiers, Mahamane Amadou Maïga, "for consultation with immediate effect" (a letter from its embassy to Algeria’s foreign ministry).',
    },
    [S.trtDec23, S.islamtimesDec23],
    { cameo: '161', note: 'Recall of the ambassador (CAMEO 161, reduce diplomatic relations).' },
  ),
  ev(
    'StatementMade',
    'stmt-algeria-recall',
    { occurredAt: '2023-12-22', precision: 'approximate', recordedAt: rec('2023-12-29', '12:00') },
    {
      speaker: ALGERIA_MFA,
      audience: 'mali',
      tone: 'critical',
      summary:
        'Algeria recalls its ambassador in Bamako, El Haouès Riache, for consultations; by 29 December neither ambassador has returned to his post.',
    },
    [S.novaDec29],
    {
      cameo: '161',
      note: 'Recall of the ambassador (CAMEO 161). Agenzia Nova reports both ambassadors recalled, not the day of Algeria’s recall: dated with Mali’s, approximate.',
    },
  ),
  ev(
    'StatementMade',
    'stmt-goita-new-year',
    { occurredAt: '2023-12-31', recordedAt: rec('2024-01-26', '07:50') },
    {
      speaker: GOITA,
      audience: 'domestic audience',
      tone: 'neutral',
      summary:
        'In his New Year address Goïta announces a "direct inter-Malian dialogue" to "favour national ownership of the peace process": without the international mediation the Algiers agreement provided for.',
    },
    [S.dailynewsJan25],
  ),
  // ===== January 2024: the Algiers agreement ended =====
  ev(
    'AgreementReached',
    'agr-algiers-accord',
    { occurredAt: '2015-06-20', recordedAt: rec('2024-01-26', '07:55') },
    {
      agreementId: ALGIERS_ACCORD,
      kind: 'comprehensive',
      provisions: [
        'The Agreement for Peace and Reconciliation in Mali resulting from the Algiers process: the unity and territorial integrity of Mali, decentralisation to elected regional assemblies in the north, the cantonment, disarmament and integration of the armed movements, development of the northern regions',
        'Implementation followed by a committee chaired by Algeria, the chief mediator',
      ],
      signatories: ['mali', 'csp-fla'],
      textPublic: true,
    },
    [S.dwJan25, S.trtDec23],
    {
      note: 'Signed by the government of Mali on 15 May 2015 and by the CMA on 20 June 2015, after talks mediated by Algeria ("the peace deal’s main mediator", DW); dated to the last signature. Recorded with the withdrawal of January 2024.',
    },
  ),
  ev(
    'AgreementStatusChanged',
    'agr-algiers-withdrawn',
    { occurredAt: '2024-01-25T20:00:00Z', precision: 'approximate', recordedAt: rec('2024-01-26', '08:00') },
    {
      agreementId: ALGIERS_ACCORD,
      status: 'withdrawn',
      by: 'mali',
      reason:
        'The government "notes the absolute inapplicability" of the agreement and announces its end with immediate effect, citing the change of posture of some signatory groups and "the acts of hostility and exploitation of the agreement by the Algerian authorities", whose country leads the mediation (Colonel Abdoulaye Maïga on state television, Thursday evening).',
    },
    [S.dwJan25, S.dailynewsJan25],
    { occurrence: 'mali-ends-algiers-accord-2024-01-25' },
  ),
  ev(
    'StatementMade',
    'stmt-mali-ends-accord',
    { occurredAt: '2024-01-25T20:00:00Z', precision: 'approximate', recordedAt: rec('2024-01-26', '08:05') },
    {
      speaker: MALI_GOVT_SPOKESMAN,
      audience: 'algeria',
      tone: 'accusation',
      summary:
        'Announcing the end of the agreement, the government spokesman notes "with deep concern the increasing number of unfriendly acts, instances of hostility and interference in Mali’s internal affairs by the authorities of Algeria", which he says pose a threat to Mali’s national security.',
      quote: 'acts of hostility and exploitation of the agreement by the Algerian authorities',
    },
    [S.maghrebiJan26, S.dwJan25],
    { occurrence: 'mali-ends-algiers-accord-2024-01-25' },
  ),
  ev(
    'StatementMade',
    'stmt-csp-channels-closed',
    { occurredAt: '2024-01-25T21:00:00Z', precision: 'approximate', recordedAt: rec('2024-01-26', '08:15') },
    {
      speaker: CSP_SPOKESMAN,
      audience: 'mali',
      tone: 'military-threat',
      summary:
        'The CSP’s spokesman tells AFP that "all negotiation channels are now closed" and that the coalition has no choice but to fight the war imposed on it by the "illegitimate junta".',
      quote: 'We have no choice but to fight this war imposed on us by this illegitimate junta',
    },
    [S.dailynewsJan25],
  ),
  ev(
    'StatementMade',
    'stmt-algeria-regret',
    { occurredAt: '2024-01-26', recordedAt: rec('2024-01-27', '09:00') },
    {
      speaker: ALGERIA_MFA,
      audience: 'mali',
      tone: 'critical',
      summary:
        'Algeria takes note "with much regret and deep concern" of Mali’s denunciation of the agreement; it rejects Bamako’s reasons as untrue, says the decision was long prepared, and warns that the military option, now preferred, is the first threat to Mali’s unity and territorial integrity and carries the seeds of a civil war.',
      quote:
        'Des décisions aussi malheureuses et aussi malvenues ont prouvé par le passé que l’option militaire est la première menace à l’unité et à l’intégrité territoriale du Mali',
    },
    [S.xinhuaJan27, S.sputnikJan27],
  ),
  // ===== July – September 2024: Tinzaouaten, the UN =====
  ev(
    'ActorRegistered',
    'actor-wagner',
    { occurredAt: '2024-07-25', recordedAt: rec('2024-07-29', '09:00') },
    { actor: WAGNER, role: 'third-party' },
    [S.wikiTinzJul29],
  ),
  ev(
    'IncidentReported',
    'inc-tinzaouaten-battle',
    { occurredAt: '2024-07-25T14:50:00Z', recordedAt: rec('2024-07-29', '09:05') },
    {
      incidentId: 'tinzaouaten-battle-2024-07',
      kind: 'clash',
      perpetrator: 'csp-fla',
      allegedBy: 'csp-fla',
      against: 'mali',
      target: 'A FAMa and Wagner convoy heading to Tinzaouaten',
      place: TINZAOUATEN,
      fatalities: { min: 2, max: 131 },
      description:
        'The CSP ambushes a FAMa and Wagner convoy near Tinzaouaten; fighting goes on until 27 July, interrupted by a sandstorm, and ends in the coalition’s victory. Mali: 2 soldiers killed, 10 wounded, about 20 rebels killed, a helicopter crashed at Kidal; the CSP: 7 of its fighters killed, dozens of Malian and Wagner dead (later 84 Wagner and 47 Malian soldiers). JNIM claimed a part, which the CSP denied.',
    },
    [S.wikiTinzJul29, S.atlasJul29],
    { note: 'Fought in Mali between FAMa/Wagner and the rebel coalition; no source says Algeria took part.' },
  ),
  ev(
    'StatementMade',
    'stmt-mali-army-tinz',
    { occurredAt: '2024-07-26', recordedAt: rec('2024-07-29', '09:10') },
    {
      speaker: MALI_ARMY,
      audience: 'domestic audience',
      tone: 'neutral',
      summary:
        'The General Staff says "terrorists" attacked a FAMa patrol near Tinzaouaten: about twenty were "neutralised", two soldiers killed and ten wounded; fighting resumed on the morning of the 26th, with two "surgical strikes" on enemy positions. It names no state behind the attackers.',
    },
    [S.heures24Jul26],
  ),
  ev(
    'IncidentReported',
    'inc-tinzaouaten-drones',
    { occurredAt: '2024-08-25', recordedAt: rec('2024-08-26', '12:00') },
    {
      incidentId: 'tinzaouaten-drone-strikes-2024-08-25',
      kind: 'drone-strike',
      perpetrator: 'mali',
      against: 'csp-fla',
      target: 'A pharmacy and people gathered near it (the CSP); "terrorists" (Mali’s General Staff)',
      place: TINZAOUATEN,
      fatalities: { min: 20, max: 21 },
      civilianFatalities: { min: 0, max: 21 },
      description:
        'Drone strikes on Tinzaouaten, near the Algerian border. The CSP: 21 civilians killed, 11 of them children, dozens wounded; Mali’s General Staff confirms "precision strikes" that "targeted terrorists" and killed about twenty armed men.',
    },
    [S.africanewsAug26],
  ),
  ev(
    'StatementMade',
    'stmt-csp-drones',
    { occurredAt: '2024-08-25', recordedAt: rec('2024-08-26', '12:05') },
    {
      speaker: CSP_SPOKESMAN,
      audience: 'international community',
      tone: 'accusation',
      summary: 'The coalition calls the strikes "criminal" and gives a provisional toll of 21 civilians killed.',
    },
    [S.africanewsAug26],
  ),
  ev(
    'StatementMade',
    'stmt-bendjama-un',
    { occurredAt: '2024-08-26', recordedAt: rec('2024-08-28', '09:00') },
    {
      speaker: BENDJAMA,
      audience: 'UN Security Council',
      tone: 'critical',
      summary:
        'At the Council’s session on the 75th anniversary of the Geneva Conventions, Algeria’s envoy calls for an end to the violations of "private armies employed by some countries" and for accountability for the drone attack on civilians at Tinzaouaten; "those who pressed the button" answer to no one.',
      quote: 'We need to stop the violations committed by private armies employed by some countries',
    },
    [S.newarabAug28],
  ),
  ev(
    'StatementMade',
    'stmt-konfourou-un',
    { occurredAt: '2024-08-30', precision: 'approximate', recordedAt: rec('2024-08-31', '12:00') },
    {
      speaker: KONFOUROU,
      audience: 'algeria',
      tone: 'accusation',
      summary:
        'At a Security Council meeting Mali’s envoy calls Bendjama’s claim of civilian deaths "as grave as it is unfounded": by peddling unverified press reports he "relays terrorist propaganda in our region"; he asks Algiers for a more constructive and respectful attitude.',
      quote: 'Il se fait le relais de la propagande terroriste dans notre région',
    },
    [S.maliwebAug31],
  ),
  ev(
    'StatementMade',
    'stmt-maiga-unga-2024',
    { occurredAt: '2024-09-28', recordedAt: rec('2024-09-29', '12:00') },
    {
      speaker: MALI_GOVT_SPOKESMAN,
      audience: 'UN General Assembly',
      tone: 'accusation',
      summary:
        'At the 79th General Assembly Mali’s spokesman accuses Algerian diplomats of harbouring terrorists ("board and lodging") and of serious interference; the Algiers agreement "is dead" and Attaf’s and Bendjama’s words are defamatory.',
      quote:
        'The agreement is dead. Your incantations will not be used to resurrect it. For every bullet fired against us, we will react with reciprocity',
    },
    [S.barlamanSep29, S.mwebantuSep29],
    {
      note: 'The "bullet" line answers the Algerian officials’ words and says only that Mali would answer in kind; not a threat of war.',
    },
  ),
  ev(
    'StatementMade',
    'stmt-attaf-reply-2024',
    { occurredAt: '2024-09-30', recordedAt: rec('2024-09-30', '18:00') },
    {
      speaker: ATTAF,
      audience: 'UN General Assembly',
      tone: 'critical',
      summary:
        'Two days after Maïga’s speech, Attaf deplores, without naming Mali, "low-level and inappropriate" words unfit for the UN rostrum and says Algeria will not follow that "sordid and vile verbal impulsiveness"; Algeria holds out its hand to its brothers and sisters to build a prosperous and secure region.',
    },
    [S.nouvelleafrikSep30],
  ),
  // ===== December 2024 – January 2025 =====
  ev(
    'StatementMade',
    'stmt-attaf-dec30',
    { occurredAt: '2024-12-30', recordedAt: rec('2025-01-03', '09:00') },
    {
      speaker: ATTAF,
      audience: 'domestic audience',
      tone: 'critical',
      summary:
        'Attaf says a military solution is impossible in the Sahel and Sahara, particularly in Mali, having failed three times before, and that the movements that signed the Algiers agreement cannot be considered terrorist groups.',
      quote: 'A military solution is impossible in the Sahel and Sahara, particularly in Mali',
    },
    [S.yabiladiJan2, S.allafricaJan3],
  ),
  ev(
    'StatementMade',
    'stmt-mali-jan1',
    { occurredAt: '2025-01-01', recordedAt: rec('2025-01-03', '09:05') },
    {
      speaker: MALI_MFA,
      audience: 'algeria',
      tone: 'accusation',
      summary:
        'Mali condemns "with the utmost vigour" a new Algerian interference marked by "paternalism, condescension and contempt"; it recalls its charge of Algeria’s "proximity and complicity with terrorist groups", to whom Algeria gives food and shelter, and tells Algiers to mind its own crises, "including the Kabyle question".',
      quote:
        'the pressure exerted on terrorist groups supported by Algeria, are difficult to accept for certain Algerian officials nostalgic for a bygone era',
    },
    [S.yabiladiJan2, S.barlamanJan2, S.allafricaJan3],
  ),
  // ===== April 2025: the drone, the recalls, the airspace =====
  ev(
    'IncidentReported',
    'inc-drone-downed',
    { occurredAt: '2025-03-31T23:00:00Z', precision: 'approximate', recordedAt: rec('2025-04-02', '09:00') },
    {
      incidentId: 'drone-downed-tinzaouaten-2025-04-01',
      kind: 'airstrike',
      perpetrator: 'algeria',
      against: 'mali',
      target: 'A Malian armed reconnaissance drone (Akinci, registered TZ-98D)',
      place: TINZAOUATEN,
      fatalities: { min: 0, max: 0 },
      description:
        'A unit of Algeria’s 6th military region detects and shoots down, at midnight on the night of 31 March – 1 April, an armed reconnaissance drone that it says penetrated 2 km into Algerian airspace near Tin Zaouatine (Algeria’s defence ministry). Mali: the drone was destroyed over Malian territory, its wreckage found 9.5 km south of the border. No casualties reported.',
    },
    [graded(S.medialineApr2, 1), S.timesliveApr2, S.devdiscourseApr2],
    {
      note: 'Algeria’s own account of its fire; where the drone was is disputed (Algeria: 1.6–2 km inside; Mali: 9.5 km inside Mali).',
    },
  ),
  ev(
    'StatementMade',
    'stmt-mali-army-crash',
    { occurredAt: '2025-04-01', recordedAt: rec('2025-04-02', '09:05') },
    {
      speaker: MALI_ARMY,
      audience: 'domestic audience',
      tone: 'neutral',
      summary:
        'Mali’s army says one of its unmanned aircraft crashed near Tinzaouaten on a routine surveillance mission and opens an investigation; it does not confirm Algeria’s account.',
    },
    [S.timesliveApr2, S.devdiscourseApr2],
  ),
  ev(
    'ActorRegistered',
    'actor-aes',
    { occurredAt: '2025-04-06', recordedAt: rec('2025-04-07', '09:00') },
    { actor: AES, role: 'third-party' },
    [S.bf1Apr6],
  ),
  ev(
    'StatementMade',
    'stmt-mali-drone-hostile',
    { occurredAt: '2025-04-06', recordedAt: rec('2025-04-07', '09:05') },
    {
      speaker: MALI_MFA,
      audience: 'algeria',
      tone: 'accusation',
      summary:
        'Mali’s investigation concludes "with absolute certainty" that the drone was destroyed by a "premeditated hostile action" of the Algerian regime, 9.5 km inside Mali; Mali condemns this "hostile, unfriendly and condescending" act, summons Algeria’s ambassador, withdraws with immediate effect from the joint chiefs-of-staff committee (CEMOC) and will bring a complaint before international bodies.',
    },
    [S.koaciApr7, S.namibiaApr7],
  ),
  ev(
    'StatementMade',
    'stmt-aes-recall',
    { occurredAt: '2025-04-06', recordedAt: rec('2025-04-07', '09:10') },
    {
      speaker: AES_COLLEGE,
      audience: 'algeria',
      tone: 'accusation',
      summary:
        'The AES heads of state condemn the destruction of the Malian drone as "an aggression aimed at all member states" and "a perfidious way of promoting terrorism", which prevented the neutralisation of a terrorist group planning attacks; Mali, Burkina Faso and Niger recall their ambassadors in Algiers for consultations.',
    },
    [S.bf1Apr6, S.koaciApr7],
    { cameo: '161', note: 'The AES states’ recall of their ambassadors (CAMEO 161), Mali’s among them.' },
  ),
  ev(
    'StatementMade',
    'stmt-algeria-reciprocity',
    { occurredAt: '2025-04-07', recordedAt: rec('2025-04-08', '09:00') },
    {
      speaker: ALGERIA_MFA,
      audience: 'mali',
      tone: 'accusation',
      summary:
        'Algeria "regrets having to apply the principle of reciprocity": it recalls its ambassadors to Mali and Niger and postpones its new ambassador’s arrival in Burkina Faso. Radar data show a violation of its airspace of 1.6 km, after two earlier incursions (August and December 2024). It rejects the "false allegations" as a diversion from the failure of a "putschist project" that locked Mali into insecurity and destitution.',
    },
    [S.maverickApr8, S.mayadeenApr7],
    { cameo: '161', note: 'Recall of the ambassadors (CAMEO 161).' },
  ),
  ev(
    'IncidentReported',
    'inc-algeria-airspace-closed',
    { occurredAt: '2025-04-07', recordedAt: rec('2025-04-08', '09:05') },
    {
      incidentId: 'algeria-airspace-closure-2025-04-07',
      kind: 'border-closure',
      perpetrator: 'algeria',
      against: 'mali',
      target: 'Air navigation coming from or going to Mali',
      place: 'Algerian airspace',
      description:
        '"Due to repeated violations of our airspace by the Malian state", the Algerian government closes its airspace to air navigation coming from or going to Mali from 7 April (the defence ministry).',
    },
    [S.mayadeenApr7, S.maverickApr8, S.independentApr8],
  ),
  ev(
    'IncidentReported',
    'inc-mali-airspace-closed',
    { occurredAt: '2025-04-07', recordedAt: rec('2025-04-08', '09:10') },
    {
      incidentId: 'mali-airspace-closure-2025-04-07',
      kind: 'border-closure',
      perpetrator: 'mali',
      against: 'algeria',
      target: 'All civil and military aircraft going to or coming from Algeria',
      place: 'Malian airspace',
      description:
        '"By way of reciprocity", Mali closes its airspace to all civil and military aircraft going to or coming from Algeria from 7 April "until further notice" (the transport ministry).',
    },
    [S.malikonewsApr7, S.independentApr8, S.maverickApr8],
    { occurrence: 'mali-airspace-closure-2025-04-07' },
  ),
  ev(
    'StatementMade',
    'stmt-mali-transport',
    { occurredAt: '2025-04-07', recordedAt: rec('2025-04-08', '09:15') },
    {
      speaker: MALI_TRANSPORT,
      audience: 'algeria',
      tone: 'accusation',
      summary:
        'Announcing the closure, Mali’s transport ministry condemns Algeria’s "persistence in sponsoring international terrorism", without giving examples or evidence.',
    },
    [S.maverickApr8, S.independentApr8],
    { occurrence: 'mali-airspace-closure-2025-04-07' },
  ),
  // ===== July 2025: Tebboune =====
  ev(
    'StatementMade',
    'stmt-tebboune-jul',
    { occurredAt: '2025-07-18', recordedAt: rec('2025-07-21', '09:00') },
    {
      speaker: TEBBOUNE,
      audience: 'domestic audience',
      tone: 'conciliatory',
      summary:
        'To the national press, Tebboune offers to help negotiate between Bamako’s authorities and the northern rebels, while saying Algeria will not accept mercenary forces on its 1,400 km border with Mali.',
    },
    [S.africanewsJul21],
  ),
  // ===== September 2025: the ICJ, the General Assembly =====
  ev(
    'StatementMade',
    'stmt-mali-icj',
    { occurredAt: '2025-09-04', recordedAt: rec('2025-09-05', '09:00') },
    {
      speaker: MALI_TERRITORIAL,
      audience: 'algeria',
      tone: 'accusation',
      summary:
        'Mali says it has filed an application instituting proceedings against Algeria before the ICJ over the drone destroyed over Malian territory: "an aggression, a hostile act", a violation of the principle of non-use of force, and "the culmination of a series of hostile acts" showing "an unhealthy collusion between terrorists and the Algerian regime".',
      quote: 'This flagrant aggression is the culmination of a series of hostile acts',
    },
    [S.royaSep4],
  ),
  ev(
    'StatementMade',
    'stmt-attaf-denies',
    { occurredAt: '2025-09-13', recordedAt: rec('2025-09-20', '09:00') },
    {
      speaker: ATTAF,
      audience: 'domestic audience',
      tone: 'critical',
      summary: 'Asked about Mali’s complaint, Attaf denies that any application had reached the ICJ.',
    },
    [S.yabiladiSep20],
  ),
  ev(
    'ActorRegistered',
    'actor-icj',
    { occurredAt: '2025-09-19', recordedAt: rec('2025-09-20', '09:05') },
    { actor: ICJ, role: 'third-party' },
    [S.yabiladiSep20],
  ),
  ev(
    'StatementMade',
    'stmt-icj-press',
    { occurredAt: '2025-09-19', recordedAt: rec('2025-09-20', '09:10') },
    {
      speaker: ICJ_REGISTRY,
      audience: 'international community',
      tone: 'neutral',
      summary:
        'The Court says Mali filed an application on 16 September over the alleged destruction of a Malian reconnaissance drone by Algeria’s forces; under Article 38(5) of its Rules it has been sent to Algeria, and no action will be taken unless Algeria consents to the Court’s jurisdiction.',
    },
    [S.yabiladiSep20, S.beninwebSep19],
  ),
  ev(
    'StatementMade',
    'stmt-algeria-icj',
    { occurredAt: '2025-09-19', recordedAt: rec('2025-09-20', '09:15') },
    {
      speaker: ALGERIA_MFA,
      audience: 'mali',
      tone: 'critical',
      summary:
        'Algeria’s foreign ministry calls the application a "clumsy manoeuvre too crude to be credible"; Algeria will not be its accomplice and will in due course notify the Court of its refusal.',
      quote: 'Algeria will not become an accomplice in this initiative and denounces its shameless nature',
    },
    [S.yabiladiSep20],
  ),
  ev(
    'StatementMade',
    'stmt-maiga-unga-2025',
    { occurredAt: '2025-09-26', recordedAt: rec('2025-09-28', '09:00') },
    {
      speaker: MAIGA_PM,
      audience: 'UN General Assembly',
      tone: 'accusation',
      summary:
        'At the 80th General Assembly Mali’s prime minister calls Algeria a "champion of the promotion of terrorism and an exporter of terrorism", condemns the destruction of the drone by "the Algerian junta" as an aggression referred to the ICJ, and calls on Algeria to respect Mali’s sovereignty.',
      quote:
        'I cannot ignore the destruction of a drone aircraft belonging to the Malian Armed Forces by the Algerian junta',
    },
    [S.meoSep27, S.le360Sep28],
  ),
  ev(
    'StatementMade',
    'stmt-attaf-unga-2025',
    { occurredAt: '2025-09-29', precision: 'approximate', recordedAt: rec('2025-09-29', '20:00') },
    {
      speaker: ATTAF,
      audience: 'UN General Assembly',
      tone: 'critical',
      summary:
        'In the general debate Attaf denounces "the audacity of a putschist who, for the second year running, attacks Algeria from this same rostrum", calls one Malian leader a "false poet but true putschist" whose words "inspire disgust", says Mali deserves better than "these conspiring putschists", and that Algeria stays attached to its fraternal ties with Mali.',
    },
    [S.pravdaSep29],
    {
      note: 'Given before Mali’s right of reply of 29 September; its own day is not in the source, so dated with the reply, approximate.',
    },
  ),
  ev(
    'StatementMade',
    'stmt-mali-reply-unga-2025',
    { occurredAt: '2025-09-29', recordedAt: rec('2025-09-29', '20:05') },
    {
      speaker: MALI_UN_DELEGATION,
      audience: 'algeria',
      tone: 'accusation',
      summary:
        'In its right of reply Mali says Attaf’s "personal, crude and condescending" attacks hide the Algerian regime’s interference in Mali’s affairs; it recalls the drone destroyed on 31 March – 1 April and calls Algeria’s refusal of the ICJ’s jurisdiction "further proof of Algeria’s support for armed terrorist groups".',
    },
    [S.pravdaSep29],
  ),
  // ===== October 2025 =====
  ev(
    'StatementMade',
    'stmt-algeria-nam',
    { occurredAt: '2025-10-15', precision: 'approximate', recordedAt: rec('2025-10-15', '18:00') },
    {
      speaker: ALGERIA_NAM_DELEGATION,
      audience: 'mali',
      tone: 'critical',
      summary:
        'At the Non-Aligned Movement’s ministerial meeting, answering Mali’s foreign minister, Algeria’s delegation calls his words "false and baseless accusations": "the putschists of Bamako spread lies at the same pace as their failures and retreats", a junta isolated by the African Union that blames others for its own failures.',
      quote: 'Les putschistes de Bamako propagent les mensonges au même rythme que leurs échecs et leurs reculs',
    },
    [S.algerie360Oct15],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'mali-algeria-2023.jsonl',
  logEnd: '2025-12-31T00:00:00Z',
  events,
};

export default definition;
