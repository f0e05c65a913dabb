/**
 * A test fixture, not a shipped example: the DR Congo government and the
 * AFC/M23 rebellion in 2025 — Qatar's Doha track — as an analyst following the
 * news could have recorded it, from M23's capture of Goma (27 January) to the
 * fighting around Uvira at the end of December. Escalation model v2 was never
 * tuned on it: it is the case the model is held to in drc-m23-2025.spec.ts,
 * against the calls an analyst makes from DOMAIN.md §5b alone.
 *
 * The pair is the DRC (Kinshasa, the FARDC) and AFC/M23 (Nangaa, Bisimwa,
 * Makenga); Qatar mediates from the Tshisekedi–Kagame meeting of 18 March.
 * Rwanda, the United States (the Washington track), the Wazalendo militias and
 * Burundi are third parties: the Wazalendo's fighting with M23 is theirs (the
 * sources do not make it the government's), and the DRC – Rwanda track is
 * recorded in drc-rwanda-2025.ts, not here. That fixture records some of the
 * Doha track as a third party's (the Declaration of Principles, the monitoring
 * mechanism, the framework, Uvira); this one records the track as the pair's
 * own developments, from its own sources.
 *
 * What it tests: a rebel movement's offensives on cities (Goma, Uvira:
 * `scale: 'major'`), ground taken without fire and held (`occupation`:
 * Kavumu, Bukavu, Walikale, Uvira) and a goodwill withdrawal from it
 * (`withdrawal`: Walikale in April, Uvira in December), a truce statement
 * (23 April), a declaration of principles with missed deadlines (19 July,
 * 8 and 18 August), fighting under the declared truce (a ceasefire violated
 * with casualties: Luke in July, South Kivu in December), a signed framework
 * (15 November) and a new offensive after it.
 *
 * Grading as in examples/README.md: B = established outlet or wire copy
 * (Reuters, AP, AFP, Xinhua via a paper or aggregator of record), C = smaller
 * outlet, aggregator or mirror; 1 = an on-record statement or act confirmed by
 * the actor itself; 2 = several outlets agree or one established outlet
 * reports it; 3 = one side's unverified claim about the other.
 * A title in square brackets describes a page whose headline the copy read did
 * not show. Published dates a page does not show are taken from its URL or
 * from the days it names (Prensa Latina, Web Rwanda, Plus News of 22
 * December); Wikipedia's article on the Goma offensive is dated to a revision
 * after the battle (C2: a compiled page, its toll the UN's).
 *
 * Judgement calls, recorded as an analyst would:
 * - Goma (27 January) and Uvira (10 December) are recorded `scale: 'major'`:
 *   Wikipedia's "2025 Goma offensive" ("a military operation launched by the
 *   March 23 Movement … against the regional capital of Goma") and UNN's
 *   "captured the key city of Goma … after an offensive against the Congolese
 *   army"; Africanews on Uvira, "after a rapid offensive since the start of
 *   the month". Goma's toll is the UN's count for the battle (about 2,900
 *   dead); Uvira's is the UN partners' "more than 70 killed" across South Kivu
 *   since 2 December (to the South Kivu government's 413 civilians, a range).
 * - Ground M23 took is an `occupation` while it holds it: Goma (held after the
 *   battle), Kavumu airport (14 February, "minimal resistance", the army
 *   withdrew), Bukavu (16 February, the army withdrew "to prevent urban
 *   warfare"), Walikale (19 March, with a day of artillery fire: the clash is
 *   recorded too) and Uvira (10 December). Walikale ends with M23's withdrawal
 *   (4 April); Uvira with the withdrawal M23 began on 17 December (the FARDC
 *   deny it was real: their statement is recorded, the withdrawal stands as
 *   AFP's residents saw it). Goma, Kavumu and Bukavu are held to the end.
 * - The Tshisekedi–Kagame meeting in Doha (18 March) is the DRC – Rwanda
 *   track's: here it is the day Qatar comes in as mediator (registered), not a
 *   ceasefire between the DRC and M23. Its call for a ceasefire binds neither
 *   M23 nor, between these two, anyone.
 * - The joint statement of 23 April ("an immediate cessation of hostilities …
 *   throughout the duration of the talks and until their conclusion") is a
 *   ceasefire `until-talks-conclude`, mediated by Qatar; the Declaration of
 *   Principles (19 July, "a permanent ceasefire") supersedes it as an
 *   indefinite one. The monitoring mechanism (14 October) extends its terms.
 *   No one declared it over, not even during the Uvira offensive (M23 itself
 *   calls for its implementation on 16 December): it stays in force.
 * - The fighting at Luke (24 July, 11 killed, 8 of them civilians) is recorded
 *   as the district chief's allegation that M23 violated the ceasefire
 *   (a Congolese official: the DRC's, graded 3) and Kanyuka's that government
 *   forces attacked first (M23's, graded 3): one occurrence. No clash is
 *   recorded at Luke: the sources put the fighting between M23 and local
 *   militias, and only M23 says the government's forces were in it. The fighting of
 *   20–22 July in Masisi that the sources put on the Wazalendo (NDC-Rénové) is
 *   theirs.
 * - The army's drone and air strikes on M23 positions (Bibwe, 19 September;
 *   Masisi, 20 October; Busika and Bulewa in Walikale, 23 October) rest on
 *   one Congolese outlet citing local sources (C3); M23's account of strikes on
 *   Mpeti and Nzibira (21 October) is its allegation of a violation, with no
 *   toll.
 * - 2 December: each side's account of who attacked first is its allegation of
 *   a violation; the fighting is recorded as the places the reports give, one
 *   act each — M23's attacks at Katogota and at Kaziba (the FARDC's account;
 *   its allegation shares Kaziba's occurrence, the first place it names) and
 *   the coalition's bombs on Kamanyola (M23's account, 3 civilians killed; its
 *   allegation shares that occurrence). The days from 3 to 9 December are not filled in: the
 *   offensive is recorded where the sources date it (2 and 10 December).
 * - The missed deadlines: 8 August (talks to open) and 18 August (agreement to
 *   be signed) pass without a round; recorded as the Qatari official's
 *   statement of 17 August that the timeline was not met, and M23's of the same
 *   day that talks could proceed only once the Declaration is implemented.
 * - The prisoner-exchange mechanism is dated to Boulos's welcome of its
 *   signing (12 September, approximate: the ICRC received it on the 14th).
 * - Left out for want of a dated source of my own: M23's unilateral ceasefire of
 *   4 February and Nyabibwe (5 February), the Luanda talks M23 pulled out of
 *   (18 March), Rutshuru (July: M23's killings of civilians, not armed action
 *   between the pair), the fighting around Mulamba from 8 August (the army's
 *   accusation of "multiple attacks" on 12 August is recorded, no place or
 *   toll given beyond Mulamba) and the November clashes in Masisi whose day the
 *   sources found do not give.
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, retrospectiveClock, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'drc-m23-doha-2025';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 2025);
const when = retrospectiveClock('2026-12-06T09:00:00Z');

const DRC: Actor = {
  id: 'drc',
  name: 'Democratic Republic of the Congo',
  kind: 'state',
  aliases: ['DRC', 'DR Congo', 'Kinshasa', 'FARDC'],
};
const M23: Actor = {
  id: 'm23',
  name: 'AFC/M23',
  kind: 'armed-group',
  aliases: ['M23', 'March 23 Movement', 'Alliance Fleuve Congo', 'Congo River Alliance', 'ARC'],
};
const QATAR: Actor = { id: 'qatar', name: 'Qatar', kind: 'state', aliases: ['Doha'] };
const RWANDA: Actor = { id: 'rwanda', name: 'Rwanda', kind: 'state', aliases: ['Kigali', 'RDF'] };
const USA: Actor = { id: 'united-states', name: 'United States', kind: 'state', aliases: ['US', 'Washington'] };
const WAZALENDO: Actor = {
  id: 'wazalendo',
  name: 'Wazalendo militias',
  kind: 'armed-group',
  aliases: ['Wazalendo', 'NDC-Rénové', 'self-defence groups', 'patriots'],
};
const BURUNDI: Actor = { id: 'burundi', name: 'Burundi', kind: 'state', aliases: ['FDNB', 'Bujumbura'] };

const NANGAA: Person = { name: 'Corneille Nangaa', title: 'Coordinator of AFC/M23', actorId: 'm23' };
const MBONIMPA: Person = { name: 'Benjamin Mbonimpa', title: 'Permanent Secretary of M23', actorId: 'm23' };
const M23_STATEMENT: Person = { name: 'AFC/M23 (statement)', actorId: 'm23' };
const EKENGE: Person = { name: 'Sylvain Ekenge', title: 'Spokesman of the FARDC', actorId: 'drc' };
const MUYAYA: Person = { name: 'Patrick Muyaya', title: 'Communication Minister of the DRC', actorId: 'drc' };
const KIPANDA: Person = { name: 'Alexandre Kipanda Mungo', title: 'District chief, Masisi', actorId: 'drc' };
const QATAR_OFFICIAL: Person = { name: 'Qatari official involved in the mediation', actorId: 'qatar' };
const KHULAIFI: Person = {
  name: 'Mohammed Al-Khulaifi',
  title: 'Minister of State, Ministry of Foreign Affairs of Qatar',
  actorId: 'qatar',
};

const S = {
  wikiGoma: source(
    '2025 Goma offensive',
    'Wikipedia',
    'https://en.wikipedia.org/wiki/2025_Goma_offensive',
    '2025-03-01',
    'C',
    2,
  ),
  unnJan27: source(
    'Rebels from the M23 group seize the city of Goma in the Democratic Republic of Congo',
    'UNN',
    'https://unn.ua/en/news/rebels-from-the-m23-group-seize-the-city-of-goma-in-the-democratic-republic-of-congo',
    '2025-01-27',
    'C',
    2,
  ),
  trtJan28: source(
    'M23 rebels say they are in control of eastern city of Goma',
    'TRT World',
    'https://trt.global/world/article/18258903',
    '2025-01-28',
    'B',
    2,
  ),
  aljazeeraFeb14: source(
    "DR Congo's M23 fighters seize Bukavu airport before African Union summit",
    'Al Jazeera',
    'https://www.aljazeera.com/news/2025/2/14/dr-congos-m23-fighters-seize-bukavu-airport-before-african-union-summit?traffic_source=rss',
    '2025-02-14',
    'B',
    2,
  ),
  africanewsFeb14: source(
    'M23 rebels seize key airport in eastern Congo',
    'Africanews',
    'https://www.africanews.com/2025/02/14/m23-rebels-seize-key-airport-in-eastern-congo/',
    '2025-02-14',
    'B',
    2,
  ),
  trtFeb16: source(
    "Rwanda-backed M23 rebels enter centre of DRC's strategic city Bukavu",
    'TRT World (Reuters)',
    'https://www.trtworld.com/article/18265547',
    '2025-02-16',
    'B',
    2,
  ),
  devdiscourseFeb16: source(
    'M23 Rebels Enter Bukavu, South Kivu In Crisis',
    'Devdiscourse (Reuters)',
    'https://www.devdiscourse.com/article/law-order/3267005-m23-rebels-enter-bukavu-south-kivu-in-crisis',
    '2025-02-16',
    'B',
    2,
  ),
  hurriyetMar20: source(
    'M23 group seizes key town in DR Congo',
    'Hürriyet Daily News (AP)',
    'https://www.hurriyetdailynews.com/m23-group-seizes-key-town-in-dr-congo-207133',
    '2025-03-20',
    'B',
    2,
  ),
  trtMar19: source(
    '[M23 seize Walikale, citing Radio Okapi]',
    'TRT World',
    'https://www.trtworld.com/article/c548118c387c',
    '2025-03-19',
    'B',
    2,
  ),
  millenniumMar21: source(
    'Rwanda-backed rebels enter mineral-rich town in Congo',
    'Millennium Post (AP)',
    'https://www.millenniumpost.in/world/rwanda-backed-rebels-enter-mineral-rich-town-in-congo-603217',
    '2025-03-21',
    'C',
    2,
  ),
  africadailypostMar22: source(
    'M23 rebels announce withdrawal from Walikale to support peace efforts',
    'The Africa Daily Post',
    'https://theafricadailypost.com/323294/news/m23-rebels-announce-withdrawal-from-walikale-to-support-peace-efforts/',
    '2025-03-22',
    'C',
    2,
  ),
  todayheadlineMar25: source(
    'M23 rebels to withdraw from Walikale in peace overture',
    'Today Headline (Al Jazeera)',
    'https://todayheadline.co/m23-rebels-to-withdraw-from-walikale-in-peace-overture/',
    '2025-03-25',
    'C',
    2,
  ),
  aantvApr4: source(
    'DR Congo rebels withdraw from strategic town ahead of peace talks',
    'AAN TV',
    'https://aantv.africa/2025/04/04/dr-congo-rebels-withdraw-from-strategic-town-ahead-of-peace-talks/',
    '2025-04-04',
    'C',
    2,
  ),
  devdiscourseApr4: source(
    'M23 Rebels Withdraw from Strategic Walikale in Eastern Congo',
    'Devdiscourse (Reuters)',
    'https://www.devdiscourse.com/article/law-order/3334046-m23-rebels-withdraw-from-strategic-walikale-in-eastern-congo',
    '2025-04-04',
    'B',
    2,
  ),
  urdupointApr24: source(
    'DR Congo Government And M23 Make Joint Truce Pledge',
    'UrduPoint (APP, AFP)',
    'https://www.urdupoint.com/en/world/dr-congo-government-and-m23-make-joint-truce-1968677.html',
    '2025-04-24',
    'C',
    1,
  ),
  trtApr24: source(
    '[AFC/M23 and Kinshasa agree to work towards a truce: the joint statement]',
    'TRT World',
    'https://www.trtworld.com:443/article/53119d51afa8',
    '2025-04-24',
    'B',
    1,
  ),
  standardApr24: source(
    'DR Congo government and M23 make joint truce pledge',
    'The Standard (AFP)',
    'https://www.standardmedia.co.ke/sports/amp/africa/2001517297/dr-congo-government-and-m23-make-joint-truce-pledge',
    '2025-04-24',
    'B',
    1,
  ),
  wslsJul19: source(
    'Congo and Rwanda-backed rebels sign declaration of principles for a permanent ceasefire in the east',
    'WSLS (AP)',
    'https://www.wsls.com/news/world/2025/07/19/congo-and-rwanda-backed-rebels-sign-declaration-of-principles-for-a-permanent-ceasefire-in-the-east/',
    '2025-07-19',
    'B',
    1,
  ),
  menafnJul20: source(
    'DR Congo And M23 Movement Sign Declaration Of Principles In Doha',
    'MENAFN (The Peninsula)',
    'https://menafn.com/1109822430/DR-Congo-And-M23-Movement-Sign-Declaration-Of-Principles-In-Doha',
    '2025-07-20',
    'C',
    1,
  ),
  allafricaJul22: source(
    'Congo-Kinshasa: A Declaration of Principles Was Signed in Doha Between the Congolese Government and the M23 to End the War',
    'AllAfrica (Fides)',
    'https://allafrica.com/stories/202507220039.html',
    '2025-07-22',
    'B',
    2,
  ),
  redpepperJul22: source(
    'DRC Conflict: Fighting Persists in North Kivu Between M23 and Wazalendo Despite Doha Agreement',
    'Red Pepper (Uganda)',
    'https://redpepper.co.ug/141784-2/141784',
    '2025-07-22',
    'C',
    2,
  ),
  telesurJul24: source(
    'M23 and militias clash in eastern DR Congo despite ceasefire',
    'teleSUR (Al Jazeera, DW)',
    'https://www.telesurenglish.net/m23-and-militias-clash-in-eastern-dr-congo-despite-ceasefire',
    '2025-07-24',
    'C',
    2,
  ),
  trtAug18: source(
    '[DR Congo and M23 miss the deadline for a peace deal in Doha]',
    'TRT Afrika',
    'https://trt.global/afrika-english/article/81540e11d515',
    '2025-08-18',
    'B',
    2,
  ),
  trtAug17: source(
    '[A Qatari official: a draft peace agreement shared with both sides]',
    'TRT Afrika (AFP)',
    'https://trt.global/afrika-english/article/4b3287186e98',
    '2025-08-17',
    'B',
    1,
  ),
  youbooxAug17: source(
    'New negotiations between DR Congo and M23 rebels to take place in Qatar',
    'Youboox kiosk (AFP copy)',
    'https://kiosk.youboox.fr/en/pod/865/rss/38/article/173242845?sessionId=fffe901b8a3b1b0fadeecbceaeb97bb2',
    '2025-08-17',
    'C',
    2,
  ),
  informerAug19: source(
    'Qatar-led peace effort falters as DR Congo and M23 miss negotiation deadline',
    'The Informer East Africa (Reuters)',
    'https://informereastafrica.com/index.php/east-africa/qatar-led-peace-effort-falters-as-dr-congo-and-m23-miss-negotiation-deadline?layout=default&print=1&tmpl=component',
    '2025-08-19',
    'C',
    2,
  ),
  infosSep12: source(
    "Les USA saluent la signature du mécanisme d'échange de prisonniers entre Kinshasa et l'AFC/M23",
    'Infos.cd',
    'https://infos.cd/actualite/securite/les-usa-saluent-la-signature-du-mecanisme-dechange-de-prisonniers-entre-kinshasa-et-lafc-m23/63320',
    '2025-09-13',
    'C',
    1,
  ),
  actualiteSep15: source(
    'Doha : le CICR reçoit officiellement le document du mécanisme de libération des détenus',
    'Actualite.cd',
    'https://actualite.cd/index.php/2025/09/15/doha-le-cicr-recoit-officiellement-le-document-du-mecanisme-de-liberation-des-detenus',
    '2025-09-15',
    'B',
    1,
  ),
  rtcrSep19: source(
    'Nord-Kivu : des positions des M23 ciblées par des frappes aériennes des FARDC à Masisi',
    'RTCR',
    'https://www.rtcr.net/actualit%C3%A9s/nord-kivu-des-positions-des-m23-cibl%C3%A9es-par-des-frappes-a%C3%A9riennes-des-fardc-%C3%A0-masisi',
    '2025-09-19',
    'C',
    3,
  ),
  plenglishOct14: source(
    '[DR Congo and M23 sign the prisoner and ceasefire-verification texts in Doha]',
    'Prensa Latina',
    'https://www.plenglish.com/?p=268074',
    '2025-10-14',
    'B',
    1,
  ),
  webrwandaOct15: source(
    'AFC/M23 and DRC government still at odds over prisoner release',
    'Web Rwanda (IGIHE)',
    'https://en.webrwanda.com/2025/10/afcm23-and-drc-government-still-at-odds.html',
    '2025-10-15',
    'C',
    2,
  ),
  webrwandaOct22: source(
    "RDC : l'AFC/M23 dénonce la reprise des attaques dans le Nord-Kivu",
    'Web Rwanda (IGIHE)',
    'https://fr.webrwanda.com/2025/10/rdc-lafcm23-d-la-reprise-des-attaques.html',
    '2025-10-22',
    'C',
    3,
  ),
  rtcrOct23: source(
    'Nord-Kivu : 2 positions des rebelles du M23 ciblées par des frappes aériennes des FARDC à Walikale',
    'RTCR',
    'https://www.rtcr.net/actualit%C3%A9s/nord-kivu-2-positions-des-rebelles-du-m23-cibl%C3%A9es-par-des-frappes-a%C3%A9riennes-des-fardc-%C3%A0-walikale',
    '2025-10-23',
    'C',
    3,
  ),
  chinadailyNov16: source(
    'DR Congo, M23 rebels sign framework agreement toward peace deal',
    'China Daily HK (Xinhua)',
    'https://www.chinadailyhk.com/hk/article/623718',
    '2025-11-16',
    'B',
    1,
  ),
  dwNov15: source(
    'DR Congo and M23 agree to new framework for peace deal',
    'DW',
    'https://amp.dw.com/en/dr-congo-and-m23-agree-to-new-framework-for-peace-deal/a-74761651',
    '2025-11-15',
    'B',
    1,
  ),
  nilepostDec2: source(
    'Congolese govt, M23 trade blames on renewed clashes',
    'Nile Post',
    'https://nilepost.co.ug/news/307530/congolese-govt-m23-trade-blames-on-renewed-clashes?amp=1',
    '2025-12-02',
    'B',
    2,
  ),
  nilepostDec2b: source(
    'South Kivu: intense clashes between M23 and govt forces disrupt civilians',
    'Nile Post',
    'https://nilepost.co.ug/news/307519/south-kivu-intense-clashes-between-m23-and-govt-forces-disrupt-civilians',
    '2025-12-02',
    'B',
    2,
  ),
  usafricaDec2: source(
    'DR Congo and M23 rebels clash ahead of U.S. peace accord',
    'USAfrica Online',
    'https://usafricaonline.com/2025/12/02/dr-congo-and-m23-rebels-clash-ahead-of-u-s-peace-accord',
    '2025-12-02',
    'C',
    2,
  ),
  kivumorningDec2: source(
    "Sud-Kivu : violents combats à Katogota entre l'AFC-M23 et les FARDC",
    'Kivu Morning Post',
    'https://kivumorningpost.com/2025/12/02/sud-kivu-violents-combats-a-katogota-entre-lafc-m23-et-les-fardc',
    '2025-12-02',
    'C',
    2,
  ),
  africanewsDec10: source(
    'M23 rebels claim control of Uvira in eastern Congo, threatening peace deal with Rwanda',
    'Africanews (AP)',
    'https://www.africanews.com/2025/12/10/m23-rebels-claim-control-of-uvira-in-eastern-congo-threatening-peace-deal-with-rwanda/',
    '2025-12-10',
    'B',
    2,
  ),
  plusnewsDec10: source(
    'Uvira city falls under M23/AFC control',
    'Plus News (Uganda)',
    'https://plusnews.ug/uvira-city-falls-under-m23-afc-control',
    '2025-12-10',
    'C',
    2,
  ),
  standardDec16: source(
    'M23 militia says will withdraw from key DRC city of Uvira',
    'The Standard (AFP)',
    'https://www.standardmedia.co.ke/sports/amp/africa/2001536649/m23-militia-says-will-withdraw-from-key-drc-city-of-uvira',
    '2025-12-16',
    'B',
    1,
  ),
  ewnDec18: source(
    'M23 says started withdrawing troops from key DR Congo city',
    'Eyewitness News (AFP)',
    'https://www.ewn.co.za/2025/12/18/m23-says-started-withdrawing-troops-from-key-dr-congo-city',
    '2025-12-18',
    'B',
    2,
  ),
  devdiscourseDec18: source(
    'M23 Rebels Retreat from Uvira Amid Peace Efforts',
    'Devdiscourse (Reuters)',
    'https://www.devdiscourse.com/article/politics/3734050-m23-rebels-retreat-from-uvira-amid-peace-efforts',
    '2025-12-18',
    'B',
    2,
  ),
  plusnewsDec22: source(
    '[The FARDC: M23 has not withdrawn from Uvira]',
    'Plus News (Uganda)',
    'https://plusnews.ug/?p=36074',
    '2025-12-22',
    'C',
    2,
  ),
  allafricaDec31: source(
    "[RDC : les FARDC reprennent Lwanga et Kigongo, territoire d'Uvira]",
    'AllAfrica (Radio Okapi)',
    'https://fr.allafrica.com/stories/202512310394.html',
    '2025-12-31',
    'B',
    3,
  ),
};

const C = {
  truce: 'doha-truce-2025-04-23',
  dop: 'doha-dop-ceasefire-2025-07-19',
};
const O = {
  goma: 'goma-2025-01-27',
  walikale: 'walikale-2025-03-19',
  truce: 'doha-joint-statement-2025-04-23',
  dop: 'doha-dop-2025-07-19',
  luke: 'luke-2025-07-24',
  oct21: 'north-kivu-strikes-2025-10-21',
  kaziba: 'kaziba-2025-12-02',
  katogota: 'katogota-2025-12-02',
  kamanyola: 'kamanyola-2025-12-02',
  uvira: 'uvira-2025-12-10',
  framework: 'doha-framework-2025-11-15',
};

const events = [
  // ===== January – February: Goma, Kavumu, Bukavu =====
  ev(
    'NegotiationOpened',
    'opened',
    when('2025-01-27'),
    {
      negotiationId: NEGOTIATION_ID,
      title: 'DR Congo – AFC/M23 (the Doha track), 2025',
      subject:
        "The war in the Kivus between the Congolese government and the AFC/M23 rebellion, and the direct talks Qatar mediated from April: the truce statement, the Declaration of Principles, the prisoner-exchange and ceasefire-monitoring mechanisms, the Doha Framework, and M23's hold on Goma, Bukavu and Uvira",
      parties: [DRC, M23],
      mediators: [],
    },
    [S.unnJan27],
    { note: 'Opened at the fall of Goma; Qatar comes in as mediator on 18 March.' },
  ),
  ev('ActorRegistered', 'actor-rwanda', when('2025-01-27'), { actor: RWANDA, role: 'third-party' }, [S.trtJan28], {
    note: "Kinshasa and the UN say Rwanda's troops back M23; its track with Kinshasa is recorded in drc-rwanda-2025.ts.",
  }),
  ev(
    'ActorRegistered',
    'actor-wazalendo',
    when('2025-01-27'),
    { actor: WAZALENDO, role: 'third-party' },
    [S.wikiGoma],
    {
      note: 'Pro-government militias: their acts are theirs unless a source makes them the army’s.',
    },
  ),
  ev(
    'IncidentReported',
    'inc-goma',
    when('2025-01-27'),
    {
      incidentId: 'm23-goma-2025-01-27',
      kind: 'clash',
      perpetrator: 'm23',
      against: 'drc',
      place: 'Goma, North Kivu',
      scale: 'major',
      fatalities: { min: 2900, max: 2900 },
      injured: { min: 2900, max: 2900 },
      description:
        'After breaking through the defensive line north of Goma, M23 claims the city on the 27th in an offensive against the Congolese army, its allies and peacekeepers; fighting in the streets goes on to the 30th. The UN counts about 2,900 dead and as many wounded.',
    },
    [S.wikiGoma, S.unnJan27, S.trtJan28],
    { occurrence: O.goma },
  ),
  ev(
    'IncidentReported',
    'occ-goma',
    when('2025-01-27'),
    {
      incidentId: 'm23-holds-goma-2025-01-27',
      kind: 'occupation',
      perpetrator: 'm23',
      against: 'drc',
      place: 'Goma, North Kivu',
      description: 'M23 holds Goma, the capital of North Kivu, and sets up its own administration there.',
    },
    [S.wikiGoma, S.trtJan28],
    { occurrence: O.goma },
  ),
  ev(
    'IncidentReported',
    'occ-kavumu',
    when('2025-02-14'),
    {
      incidentId: 'm23-kavumu-2025-02-14',
      kind: 'occupation',
      perpetrator: 'm23',
      against: 'drc',
      place: 'Kavumu airport, South Kivu',
      description:
        "M23 takes Kavumu airport, 30 km north of Bukavu, and Katana, meeting minimal resistance: the army's troops vacated the airport and withdrew to Bukavu (the FARDC spokesman confirms they pulled back).",
    },
    [S.aljazeeraFeb14, S.africanewsFeb14],
  ),
  ev(
    'IncidentReported',
    'occ-bukavu',
    when('2025-02-16'),
    {
      incidentId: 'm23-bukavu-2025-02-16',
      kind: 'occupation',
      perpetrator: 'm23',
      against: 'drc',
      place: 'Bukavu, South Kivu',
      description:
        'M23 enters the centre of Bukavu, the capital of South Kivu, with little resistance: the army withdrew to prevent urban warfare (Governor Purusi). M23\'s spokesman: "we are there".',
    },
    [S.trtFeb16, S.devdiscourseFeb16],
  ),
  // ===== March – April: Walikale, Qatar, the truce statement =====
  ev(
    'ActorRegistered',
    'actor-qatar',
    when('2025-03-18'),
    { actor: QATAR, role: 'mediator' },
    [S.hurriyetMar20, S.urdupointApr24],
    {
      note: 'Qatar hosts Tshisekedi and Kagame in Doha (the DRC – Rwanda track) and from then on mediates between Kinshasa and M23.',
    },
  ),
  ev(
    'IncidentReported',
    'inc-walikale',
    when('2025-03-19'),
    {
      incidentId: 'm23-walikale-2025-03-19',
      kind: 'clash',
      perpetrator: 'm23',
      against: 'drc',
      place: 'Walikale, North Kivu',
      description:
        'Heavy artillery fire heard through the day in Walikale (AP) as M23 closes in after fighting the army and the Wazalendo in the outskirts; it enters the town in the evening, "almost without fighting" at the end (Radio Okapi). No toll given.',
    },
    [S.hurriyetMar20, S.trtMar19],
    { occurrence: O.walikale },
  ),
  ev(
    'IncidentReported',
    'occ-walikale',
    when('2025-03-19'),
    {
      incidentId: 'm23-holds-walikale-2025-03-19',
      kind: 'occupation',
      perpetrator: 'm23',
      against: 'drc',
      place: 'Walikale, North Kivu',
      description:
        "M23 holds Walikale, its deepest push west, cutting the road that links four provinces and the army's positions.",
    },
    [S.millenniumMar21, S.trtMar19],
    { occurrence: O.walikale },
  ),
  ev(
    'StatementMade',
    'stmt-m23-walikale-reposition',
    when('2025-03-22'),
    {
      speaker: M23_STATEMENT,
      audience: 'drc',
      tone: 'conciliatory',
      summary:
        'AFC/M23 will reposition its forces out of Walikale and its surroundings "to give peace a chance", in line with its February ceasefire; it asks that the town be demilitarised and warns that the army\'s return would be an act of aggression.',
      quote: 'We are repositioning our forces to give peace a chance',
    },
    [S.africadailypostMar22, S.todayheadlineMar25],
  ),
  ev(
    'TalksRoundScheduled',
    'round-doha1-scheduled',
    when('2025-04-04'),
    {
      roundId: 'doha-1',
      label: 'Doha, first direct talks',
      venue: 'Doha',
      hosts: ['qatar'],
      plannedFor: '2025-04-09',
    },
    [S.aantvApr4, S.devdiscourseApr4],
  ),
  ev(
    'IncidentReported',
    'wd-walikale',
    when('2025-04-04'),
    {
      incidentId: 'm23-leaves-walikale-2025-04-04',
      kind: 'withdrawal',
      perpetrator: 'm23',
      against: 'drc',
      place: 'Walikale, North Kivu',
      description:
        'M23 withdraws from Walikale as a goodwill gesture before the Doha talks (confirmed by residents, local officials and the army, whose forces return). Kanyuka: renewed attacks would cancel the gesture.',
    },
    [S.devdiscourseApr4, S.aantvApr4],
  ),
  ev(
    'TalksRoundOpened',
    'round-doha1-opened',
    when('2025-04-09', 'approximate'),
    {
      roundId: 'doha-1',
      label: 'Doha, first direct talks',
      venue: 'Doha',
      format: 'formal',
      hosts: ['qatar'],
      delegations: [{ actorId: 'drc' }, { actorId: 'm23' }],
    },
    [S.urdupointApr24],
    { note: '"The negotiations started earlier this month" (AFP, 24 April): dated to the planned day.' },
  ),
  ev(
    'TalksRoundConcluded',
    'round-doha1-concluded',
    when('2025-04-23'),
    {
      roundId: 'doha-1',
      outcome: 'agreement',
      summary:
        'A joint statement, read on Congolese television and released by M23: both sides "agreed to work towards the conclusion of a truce" and reaffirm an immediate cessation of hostilities for the duration of the talks.',
    },
    [S.urdupointApr24, S.trtApr24],
    { occurrence: O.truce },
  ),
  ev(
    'CeasefireDeclared',
    'cf-truce',
    when('2025-04-23'),
    {
      ceasefireId: C.truce,
      parties: ['drc', 'm23'],
      scope:
        'Eastern DRC: "an immediate cessation of hostilities … throughout the duration of the talks and until their conclusion"',
      duration: 'until-talks-conclude',
      mediatedBy: ['qatar'],
    },
    [S.urdupointApr24, S.standardApr24, S.trtApr24],
    { occurrence: O.truce },
  ),
  // ===== July – August: the Declaration of Principles, the fighting, the missed deadlines =====
  ev(
    'AgreementReached',
    'agr-dop',
    when('2025-07-19'),
    {
      agreementId: 'doha-declaration-of-principles-2025-07-19',
      kind: 'framework',
      provisions: [
        'A permanent ceasefire, prohibiting attacks of any kind, hate propaganda and any attempt to seize or modify positions by force',
        'Confidence-building measures, among them an exchange of prisoners and detainees (the ICRC to help)',
        'Restoration of state authority in the areas M23 holds',
        'Provisions applied by 29 July; negotiations on a peace agreement opened by 8 August, signed by 18 August, aligned with the DRC – Rwanda peace agreement',
      ],
      signatories: ['drc', 'm23'],
      textPublic: true,
    },
    [S.wslsJul19, S.menafnJul20, S.allafricaJul22],
    {
      occurrence: O.dop,
      note: 'Signed by Sumbu Sita Mambu (for the President of the DRC) and Benjamin Mbonimpa (M23).',
    },
  ),
  ev(
    'CeasefireDeclared',
    'cf-dop',
    when('2025-07-19'),
    {
      ceasefireId: C.dop,
      parties: ['drc', 'm23'],
      scope: 'A permanent ceasefire in all conflict zones, with a mechanism to come for its practical arrangements',
      duration: 'indefinite',
      mediatedBy: ['qatar'],
    },
    [S.allafricaJul22, S.wslsJul19],
    { occurrence: O.dop },
  ),
  ev(
    'CeasefireEnded',
    'cf-truce-superseded',
    when('2025-07-19'),
    {
      ceasefireId: C.truce,
      reason: 'superseded',
      summary: "The Declaration's permanent ceasefire replaces the truce of the talks.",
    },
    [S.wslsJul19],
    { occurrence: O.dop },
  ),
  ev('ActorRegistered', 'actor-usa', when('2025-07-19'), { actor: USA, role: 'third-party' }, [S.wslsJul19], {
    note: 'Boulos observes the signing; the United States mediates the DRC – Rwanda track (Washington), and later asks M23 to leave Uvira.',
  }),
  ev(
    'StatementMade',
    'stmt-khulaifi-dop',
    when('2025-07-19'),
    {
      speaker: KHULAIFI,
      tone: 'conciliatory',
      summary:
        'The Declaration paves the way for direct negotiations towards a comprehensive peace that addresses the deep-rooted causes of the conflict.',
    },
    [S.menafnJul20, S.wslsJul19],
    { occurrence: O.dop },
  ),
  ev(
    'IncidentReported',
    'inc-wazalendo-masisi',
    when('2025-07-20'),
    {
      incidentId: 'wazalendo-masisi-2025-07-20',
      kind: 'clash',
      perpetrator: 'wazalendo',
      against: 'm23',
      place: 'Masisi–Sake axis, North Kivu',
      description:
        'From 4 a.m., the Wazalendo (NDC-Rénové and allies) attack M23 positions at Nyamitwitwi, Lushebere and Kausa; M23 answers with heavy and light weapons and the fighting spreads to Rutshuru and Walikale to the 22nd. No toll given.',
    },
    [S.redpepperJul22],
  ),
  ev(
    'CeasefireViolationReported',
    'viol-luke-drc',
    when('2025-07-24'),
    {
      ceasefireId: C.dop,
      allegedBy: 'drc',
      against: 'm23',
      casualties: { min: 11, max: 11 },
      injured: { min: 21, max: 21 },
      civilianFatalities: { min: 8, max: 8 },
      description:
        'The district chief blames M23 for attacking Luke, Nyamabako and nearby villages (Masisi) in violation of the ceasefire: 11 killed, 8 of them civilians, at least 21 injured; the health centre destroyed. "M23 have not abandoned war."',
    },
    [graded(S.telesurJul24, 3)],
    { occurrence: O.luke },
  ),
  ev(
    'CeasefireViolationReported',
    'viol-luke-m23',
    when('2025-07-24'),
    {
      ceasefireId: C.dop,
      allegedBy: 'm23',
      against: 'drc',
      casualties: { min: 11, max: 11 },
      description:
        'Kanyuka confirms the clashes and says government forces provoked them by attacking rebel positions.',
    },
    [graded(S.telesurJul24, 3)],
    { occurrence: O.luke },
  ),
  ev(
    'StatementMade',
    'stmt-kipanda-luke',
    when('2025-07-24'),
    {
      speaker: KIPANDA,
      audience: 'm23',
      tone: 'accusation',
      summary: 'M23 attacked Luke and the villages around it, violating the ceasefire.',
      quote: 'M23 have not abandoned war',
    },
    [graded(S.telesurJul24, 3)],
    { occurrence: O.luke },
  ),
  ev(
    'IncidentReported',
    'inc-mulamba',
    when('2025-08-12', 'approximate'),
    {
      incidentId: 'm23-mulamba-2025-08-12',
      kind: 'clash',
      perpetrator: 'm23',
      allegedBy: 'drc',
      against: 'drc',
      place: 'Mulamba, South Kivu',
      description:
        'The army accuses M23 of "multiple attacks" on its positions; the violence has intensified since 8 August around Mulamba, where the front had been stable since March. No toll given.',
    },
    [graded(S.youbooxAug17, 3)],
    { note: '"The Congolese army on Tuesday accused…" in a report of Sunday 17 August: dated to that Tuesday.' },
  ),
  ev(
    'StatementMade',
    'stmt-m23-preconditions',
    when('2025-08-17'),
    {
      speaker: M23_STATEMENT,
      audience: 'drc',
      tone: 'critical',
      summary:
        'Only the full implementation of the Declaration of Principles, the release of prisoners first, will let the next round of talks proceed; a small delegation goes to Doha only to press for it.',
    },
    [S.trtAug18, S.informerAug19],
  ),
  ev(
    'StatementMade',
    'stmt-qatar-deadline',
    when('2025-08-17'),
    {
      speaker: QATAR_OFFICIAL,
      tone: 'neutral',
      summary:
        'A draft peace agreement has been shared with both sides; the timeline of the Declaration (talks by 8 August, a deal by 18 August) was not met, but both responded positively and are willing to continue.',
      quote:
        'We recognise the challenges on the ground and hope they can be overcome promptly through dialogue and genuine commitment',
    },
    [S.trtAug17, S.youbooxAug17],
  ),
  // ===== September – October: the mechanisms, the strikes =====
  ev(
    'AgreementReached',
    'agr-prisoners',
    when('2025-09-12', 'approximate'),
    {
      agreementId: 'doha-prisoner-exchange-2025-09',
      kind: 'partial',
      provisions: [
        'A prisoner-exchange mechanism: the ICRC, as neutral intermediary, identifies, verifies and releases the detainees held by both sides',
      ],
      signatories: ['drc', 'm23'],
      textPublic: false,
    },
    [S.infosSep12, S.actualiteSep15],
    {
      note: "Dated to Boulos's welcome of the signing (12 September); the ICRC received the signed text in Doha on the 14th.",
    },
  ),
  ev(
    'IncidentReported',
    'inc-bibwe',
    when('2025-09-19'),
    {
      incidentId: 'fardc-bibwe-2025-09-19',
      kind: 'airstrike',
      perpetrator: 'drc',
      against: 'm23',
      place: 'Bibwe, Masisi, North Kivu',
      description:
        "The army's warplanes strike M23 positions at Bibwe (several local sources); gunfire heard from the morning in Bashali Mukoto, residents flee. No toll given.",
    },
    [S.rtcrSep19],
  ),
  ev(
    'CeasefireExtended',
    'cf-dop-monitoring',
    when('2025-10-14'),
    {
      ceasefireId: C.dop,
      terms:
        'A ceasefire monitoring and verification mechanism for North and South Kivu, with Qatar, the United States and the African Union as observers, to investigate violations; its first meeting within ten days.',
    },
    [S.plenglishOct14, S.webrwandaOct15],
  ),
  ev(
    'IncidentReported',
    'inc-masisi-strikes',
    when('2025-10-20'),
    {
      incidentId: 'fardc-masisi-2025-10-20',
      kind: 'drone-strike',
      perpetrator: 'drc',
      against: 'm23',
      place: 'Masisi, North Kivu',
      description:
        'Two M23 positions in Masisi struck from the air by the army; "several dead" among the rebels (local sources). No count.',
    },
    [S.rtcrOct23],
  ),
  ev(
    'CeasefireViolationReported',
    'viol-m23-oct21',
    when('2025-10-21'),
    {
      ceasefireId: C.dop,
      allegedBy: 'm23',
      against: 'drc',
      description:
        'CH-4 drone strikes on densely populated Mpeti and Nzibira, and bombardments of Nyarushyamba (Masisi) and Kashebere (Walikale) in the night of 21–22 October: "a flagrant violation of the ceasefire"; M23 will "eliminate any threat at its source".',
    },
    [S.webrwandaOct22],
    { occurrence: O.oct21 },
  ),
  ev(
    'IncidentReported',
    'inc-walikale-strikes',
    when('2025-10-23'),
    {
      incidentId: 'fardc-walikale-2025-10-23',
      kind: 'drone-strike',
      perpetrator: 'drc',
      against: 'm23',
      place: 'Busika and Bulewa, Walikale, North Kivu',
      description:
        'Army drones strike the M23 positions of Busika and Bulewa at dawn; vehicles seen evacuating dead and badly wounded to Kashebere (a civil-society source). No count.',
    },
    [S.rtcrOct23],
  ),
  // ===== November: the Doha Framework =====
  ev(
    'AgreementReached',
    'agr-framework',
    when('2025-11-15'),
    {
      agreementId: 'doha-framework-2025-11-15',
      kind: 'framework',
      provisions: [
        'The Doha Framework for a Comprehensive Peace Agreement: eight protocols, two already agreed (prisoner release, ceasefire oversight), six to be negotiated (humanitarian access, returns, restoration of state authority, among others)',
        'Cessation of hostilities confirmed; an independent committee to steer implementation',
      ],
      signatories: ['drc', 'm23'],
      textPublic: false,
    },
    [S.chinadailyNov16, S.dwNov15],
    { occurrence: O.framework },
  ),
  ev(
    'StatementMade',
    'stmt-mbonimpa-framework',
    when('2025-11-15'),
    {
      speaker: MBONIMPA,
      audience: 'drc',
      tone: 'neutral',
      summary:
        'The framework is not a peace agreement: nothing changes on the ground until each protocol is negotiated one by one and a final agreement reached.',
      quote:
        'There will be neither any change in the situation on the ground, nor any activity whatsoever, until the measures are debated, negotiated and discussed one by one',
    },
    [S.dwNov15],
    { occurrence: O.framework },
  ),
  // ===== December: South Kivu, Uvira, the withdrawal =====
  ev(
    'ActorRegistered',
    'actor-burundi',
    when('2025-12-02'),
    { actor: BURUNDI, role: 'third-party' },
    [S.nilepostDec2],
    {
      note: "Burundi's army fights beside the FARDC in South Kivu (M23's account); its acts are its own.",
    },
  ),
  ev(
    'CeasefireViolationReported',
    'viol-dec2-drc',
    when('2025-12-02'),
    {
      ceasefireId: C.dop,
      allegedBy: 'drc',
      against: 'm23',
      description:
        'Ekenge: since the morning, the Rwandan army and its AFC/M23 auxiliaries have carried out coordinated attacks on FARDC positions in Kaziba, Katogota and Lubarika, "flagrantly" violating the Washington and Doha ceasefires.',
    },
    [graded(S.nilepostDec2, 3), graded(S.usafricaDec2, 3)],
    { occurrence: O.kaziba },
  ),
  ev(
    'CeasefireViolationReported',
    'viol-dec2-m23',
    when('2025-12-02'),
    {
      ceasefireId: C.dop,
      allegedBy: 'm23',
      against: 'drc',
      casualties: { min: 3, max: 3 },
      injured: { min: 5, max: 5 },
      civilianFatalities: { min: 3, max: 3 },
      description:
        'Nangaa: Kinshasa\'s forces, with the Burundian army, the FDLR and the Wazalendo, attacked on Katogota–Luvungi, Kaziba, Kasika–Mwenga and Tchivanga–Bunyakiri: "a violation of the ceasefire within the framework of the Doha peace process"; M23 will defend itself. Kanyuka: bombs on Kamanyola killed three civilians.',
    },
    [graded(S.nilepostDec2b, 3), graded(S.nilepostDec2, 3)],
    { occurrence: O.kamanyola },
  ),
  ev(
    'IncidentReported',
    'inc-katogota',
    when('2025-12-02'),
    {
      incidentId: 'm23-katogota-2025-12-02',
      kind: 'clash',
      perpetrator: 'm23',
      allegedBy: 'drc',
      against: 'drc',
      place: 'Katogota, Ruzizi plain, South Kivu',
      description:
        'Violent fighting at Katogota, on the hills over National Road 5, 75 km from Uvira, after M23 reinforcements arrived (local sources); the FARDC say M23 attacked.',
    },
    [S.kivumorningDec2, graded(S.nilepostDec2, 3)],
    { occurrence: O.katogota },
  ),
  ev(
    'IncidentReported',
    'inc-kaziba',
    when('2025-12-02'),
    {
      incidentId: 'm23-kaziba-2025-12-02',
      kind: 'clash',
      perpetrator: 'm23',
      allegedBy: 'drc',
      against: 'drc',
      place: 'Kaziba, Walungu, South Kivu',
      description: 'M23 attacks on FARDC positions at Kaziba (the FARDC); bombs from both sides reportedly hit homes.',
    },
    [graded(S.nilepostDec2, 3), graded(S.usafricaDec2, 3)],
    { occurrence: O.kaziba },
  ),
  ev(
    'IncidentReported',
    'inc-kamanyola',
    when('2025-12-02'),
    {
      incidentId: 'fardc-kamanyola-2025-12-02',
      kind: 'airstrike',
      perpetrator: 'drc',
      allegedBy: 'm23',
      against: 'm23',
      place: 'Kamanyola, South Kivu',
      fatalities: { min: 3, max: 3 },
      civilianFatalities: { min: 3, max: 3 },
      injured: { min: 5, max: 5 },
      description:
        "Bombs dropped by the government coalition's forces strike the densely populated area of Kamanyola, in M23's hands: three civilians killed, five injured (Kanyuka).",
    },
    [graded(S.nilepostDec2b, 3)],
    { occurrence: O.kamanyola },
  ),
  ev(
    'IncidentReported',
    'inc-uvira',
    when('2025-12-10'),
    {
      incidentId: 'm23-uvira-2025-12-10',
      kind: 'clash',
      perpetrator: 'm23',
      against: 'drc',
      place: 'Uvira, South Kivu',
      scale: 'major',
      fatalities: { min: 70, max: 413 },
      description:
        'After a rapid offensive since the start of the month along the Ruzizi plain and National Road 5 (Katogota, Luvungi, Sange, Kiliba fall), M23 takes Uvira on the Burundi border after a night of gunfire as the army flees. More than 70 killed and 200,000 displaced across South Kivu since 2 December (UN partners); the South Kivu government counts over 413 civilians.',
    },
    [S.africanewsDec10, S.plusnewsDec10],
    { occurrence: O.uvira },
  ),
  ev(
    'IncidentReported',
    'occ-uvira',
    when('2025-12-10'),
    {
      incidentId: 'm23-holds-uvira-2025-12-10',
      kind: 'occupation',
      perpetrator: 'm23',
      against: 'drc',
      place: 'Uvira, South Kivu',
      description:
        'M23 holds Uvira, the provisional capital of South Kivu since Bukavu fell; Kanyuka tells residents to return.',
    },
    [S.africanewsDec10, S.plusnewsDec10],
    { occurrence: O.uvira },
  ),
  ev(
    'StatementMade',
    'stmt-nangaa-uvira-withdrawal',
    when('2025-12-16'),
    {
      speaker: NANGAA,
      audience: 'drc',
      tone: 'conciliatory',
      summary:
        'AFC/M23 "will unilaterally withdraw its forces from the city of Uvira, as requested by the US mediators", a measure of trust to give the Doha process every chance; it asks for the city\'s demilitarisation, protection of its people and a neutral force to monitor the ceasefire, and for the Doha framework to be implemented.',
    },
    [S.standardDec16],
  ),
  ev(
    'IncidentReported',
    'wd-uvira',
    when('2025-12-17'),
    {
      incidentId: 'm23-leaves-uvira-2025-12-17',
      kind: 'withdrawal',
      perpetrator: 'm23',
      against: 'drc',
      place: 'Uvira, South Kivu',
      description:
        'M23 begins pulling out of Uvira in the afternoon, northward toward Luvungi along National Road 5 (residents to AFP; Willy Ngoma); Bisimwa: the movement will be complete the next day.',
    },
    [S.ewnDec18, S.devdiscourseDec18],
  ),
  ev(
    'StatementMade',
    'stmt-drc-withdrawal-diversion',
    when('2025-12-17'),
    {
      speaker: MUYAYA,
      audience: 'm23',
      tone: 'critical',
      summary:
        'The announced withdrawal may be a distraction while the fighting between the army and the rebels goes on.',
    },
    [S.devdiscourseDec18],
  ),
  ev(
    'StatementMade',
    'stmt-ekenge-not-withdrawn',
    when('2025-12-21'),
    {
      speaker: EKENGE,
      audience: 'm23',
      tone: 'accusation',
      summary:
        'The claimed withdrawal from Uvira is "a diversion and a media stunt" to mislead the American and Qatari mediators: fighters in Rwandan police uniforms and civilian clothes remain at Kalundu port and elsewhere.',
    },
    [S.plusnewsDec22],
  ),
  ev(
    'IncidentReported',
    'inc-makobola',
    when('2025-12-28'),
    {
      incidentId: 'fardc-makobola-2025-12-28',
      kind: 'clash',
      perpetrator: 'drc',
      against: 'm23',
      place: 'Makobola, Fizi, South Kivu',
      description:
        'The army says it has retaken Makobola 1 and Makobola 2 (Fizi) and that fighting goes on about 7 km from Uvira (Ekenge). No toll given.',
    },
    [S.allafricaDec31],
  ),
  ev(
    'IncidentReported',
    'inc-lwanga',
    when('2025-12-30'),
    {
      incidentId: 'fardc-lwanga-2025-12-30',
      kind: 'clash',
      perpetrator: 'drc',
      against: 'm23',
      place: 'Lwanga and Kigongo, Uvira territory, South Kivu',
      description:
        'The army announces it has retaken Lwanga and Kigongo in Uvira territory (Operation Sokola 2 Sud); five M23 fighters surrendered, it says. Local sources report M23 reinforcements around Uvira since the 29th. No toll given.',
    },
    [S.allafricaDec31],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'drc-m23-2025.jsonl',
  logEnd: '2026-12-07T00:00:00Z',
  events,
};

export default definition;
