/**
 * A test fixture, not a shipped example: Rwanda and Burundi from Burundi's
 * 2015 crisis to the fall of Uvira (December 2025), as an analyst following
 * the news could have recorded them. Escalation model v2 was never tuned on
 * it: it is the case the model is held to in rwanda-burundi-2015.spec.ts,
 * against the calls an analyst makes from DOMAIN.md §5b alone.
 *
 * The pair is Burundi and Rwanda; the UN (its Group of Experts), the
 * RED-Tabara rebels, the DR Congo and AFC/M23 are third parties. Phases: the
 * 2015–16 crisis (Burundi accuses Rwanda of hosting the May 2015 coup plotters
 * and of training refugees to fight it; the UN experts' report; Burundi's ban
 * on trade with Rwanda and the border closed against it, July 2016); the
 * Mabayi attack of November 2019, which Burundi blamed on Rwanda's army, and
 * the raid from Burundi on Nyaruguru (June 2020); the thaw under Ndayishimiye
 * (foreign ministers at Nemba, October 2020; Rwanda's prime minister in
 * Bujumbura, July 2021; the border reopened, October 2022; the presidents in
 * Bujumbura, February 2023); RED-Tabara's attacks at Vugizo (December 2023)
 * and Buringa (February 2024), both blamed on Rwanda; the border closed again
 * (11 January 2024); Ndayishimiye's threats (2024–25); the security talks of
 * March 2025; and the fall of Uvira, with Burundi's claim of bombs from
 * Rwanda on Cibitoke and of Rwanda's army in the battle (December 2025).
 *
 * How the acts are recorded, by §5b: RED-Tabara's attacks are a third party's
 * (`perpetrator: 'red-tabara'`, against Burundi); Burundi holding Rwanda
 * responsible is `blamedOn: 'rwanda'` on the attack when the blame comes with
 * it (Buringa), and the statement's `blames` when it is laid days later
 * (Ndayishimiye on 29 December 2023, a week after Vugizo) — coercion, not
 * armed action, from the day it is laid. The
 * closures are `border-closure` by Burundi against Rwanda, the reopening a
 * `border-reopening`; the border is recorded one way ("Burundi–Rwanda
 * border") each time. Where Burundi alleges Rwanda's own forces acted (Mabayi,
 * Cibitoke, Uvira), that is an act with perpetrator `rwanda`, alleged by
 * Burundi, graded 3 (one side's claim).
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source.
 *
 * Grading as in examples/README.md: B = established outlet or wire copy
 * (AFP, AP, Reuters, EFE, Anadolu, BBC, RFI, The New Times via AllAfrica),
 * C = smaller outlet, aggregator or mirror; 2 = several outlets agree or one
 * established outlet reports it, or an on-record statement; 3 = one side's
 * unverified claim about the other.
 *
 * Judgement calls, recorded as an analyst would:
 * - The 2016 closure: Burundi's decree of late July 2016 banned food exports
 *   to Rwanda and its security officers stopped traders at the crossings
 *   (AFP); the reports of October 2022 say the border "had been closed for
 *   almost six years, first amid political tensions and then by the COVID-19
 *   pandemic" (AP). It is recorded as one closure from 30 July 2016 to the
 *   reopening of 22 October 2022. A 2019 report (The New Times) says people
 *   still crossed while trade was blocked: the closure was against trade and
 *   most traffic, not total; the analyst keeps it as a closure against Rwanda.
 * - Mabayi (16–17 November 2019): first reported by Burundi's army as an
 *   armed group from Rwanda; on 28 November the government said Rwanda's army
 *   carried it out. Recorded once, on the 28th, as Rwanda's alleged act (C3,
 *   B3), dated when it happened; the toll is 8 (AFP's military sources) to 19
 *   (SOS Médias) soldiers.
 * - Nyaruguru (26–27 June 2020): Rwanda's army says gunmen from Burundi
 *   attacked and withdrew through a Burundian army position, but it did not
 *   accuse Burundi's army; the attackers are unidentified (no perpetrator),
 *   and no one is blamed: not armed action between the pair. An attack by
 *   gunmen no one names is a `militant-attack` (first recorded as a `clash`,
 *   which names fighting between two known sides: mended after the first run
 *   of the model, see the spec).
 * - The thaw has no agreement in the record: the ministers agreed to keep in
 *   contact (Nemba, 2020), the presidents met (2023); Nduhungirehe spoke of
 *   "a number of agreements on the way forward" in March 2025 without saying
 *   what they were — not recorded as an agreement.
 * - Cibitoke (8 December 2025): Burundi's foreign ministry says bombs were
 *   dropped from Rwanda on its territory (two hurt). The means are not said
 *   (Burundi later spoke of "artillery and drone strikes"): recorded as a
 *   drone strike, one side's claim.
 * - Uvira (9–10 December 2025): M23's seizure of the city is a third party's
 *   act against the DRC; Burundi's delegate at the Security Council (12
 *   December) condemned the Rwanda Defence Force's role in it, where Burundian
 *   troops fought beside the Congolese army: recorded besides as Rwanda's
 *   alleged armed action against Burundi's forces in the DRC, the same
 *   occurrence as M23's record. No toll for the pair is reported.
 * - Left out for want of a dated source: the Lake Rweru exchange of fire (8
 *   May 2020), Rwanda's claim of Burundian fire on Bugarama (December 2025),
 *   the EAC retreat in Zanzibar (July 2024), Ndayishimiye's softening of 16
 *   February 2025 and his address of 31 December 2025.
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'rwanda-burundi-2015';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 2015);
/** A recording instant: the case spans eleven years, so the day is given whole. */
const rec = (day: string, time = '12:00'): string => `${day}T${time}:00Z`;

const BORDER = 'Burundi–Rwanda border';

const BURUNDI: Actor = {
  id: 'burundi',
  name: 'Burundi',
  kind: 'state',
  aliases: ['Bujumbura', 'Gitega', 'FDNB', 'Burundi National Defence Force'],
};
const RWANDA: Actor = {
  id: 'rwanda',
  name: 'Rwanda',
  kind: 'state',
  aliases: ['Kigali', 'RDF', 'Rwanda Defence Force'],
};
const UN: Actor = {
  id: 'un',
  name: 'United Nations',
  kind: 'international-organisation',
  aliases: ['UN', 'UN Group of Experts on the DRC', 'Security Council'],
};
const RED_TABARA: Actor = {
  id: 'red-tabara',
  name: 'RED-Tabara',
  kind: 'armed-group',
  aliases: ['Résistance pour un État de droit au Burundi', 'Resistance for the Rule of Law in Burundi'],
};
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
  aliases: ['M23', 'March 23 Movement', 'Alliance Fleuve Congo'],
};

const NYAMITWE: Person = { name: 'Alain Aimé Nyamitwe', title: 'Foreign Minister of Burundi', actorId: 'burundi' };
const BURUNDI_GOVT: Person = { name: 'Government of Burundi (spokesman)', actorId: 'burundi' };
const UN_EXPERTS: Person = { name: 'UN Group of Experts on the DRC (report)', actorId: 'un' };
const BUTORE: Person = { name: 'Joseph Butore', title: 'Second Vice-President of Burundi', actorId: 'burundi' };
const NTAHORWAMIYE: Person = {
  name: 'Prosper Ntahorwamiye',
  title: 'Secretary General and Spokesman of the Government of Burundi',
  actorId: 'burundi',
};
const NDUHUNGIREHE: Person = {
  name: 'Olivier Nduhungirehe',
  title: 'Minister of State (2019), then Foreign Minister of Rwanda',
  actorId: 'rwanda',
};
const MUNYENGANGO: Person = { name: 'Innocent Munyengango', title: 'Spokesman of the RDF', actorId: 'rwanda' };
const RWANDA_MFA: Person = { name: 'Ministry of Foreign Affairs of Rwanda', actorId: 'rwanda' };
const BIRUTA: Person = { name: 'Vincent Biruta', title: 'Foreign Minister of Rwanda', actorId: 'rwanda' };
const SHINGIRO: Person = { name: 'Albert Shingiro', title: 'Foreign Minister of Burundi', actorId: 'burundi' };
const NDAYISHIMIYE: Person = { name: 'Évariste Ndayishimiye', title: 'President of Burundi', actorId: 'burundi' };
const NGIRENTE: Person = { name: 'Édouard Ngirente', title: 'Prime Minister of Rwanda', actorId: 'rwanda' };
const KAGAME: Person = { name: 'Paul Kagame', title: 'President of Rwanda', actorId: 'rwanda' };
const NITERETSE: Person = { name: 'Martin Niteretse', title: 'Interior Minister of Burundi', actorId: 'burundi' };
const RWANDA_SPOKES: Person = { name: 'Office of the Government Spokesperson of Rwanda', actorId: 'rwanda' };
const BURUNDI_MFA: Person = { name: 'Ministry of Foreign Affairs of Burundi', actorId: 'burundi' };
const BURUNDI_UN: Person = { name: 'Delegate of Burundi at the UN Security Council', actorId: 'burundi' };

const S = {
  bbcSwOct7: source(
    'Burundi yamfukuza mwanabalozi wa Rwanda',
    'BBC Swahili',
    'http://www.bbc.com/swahili/habari/2015/10/151007_burundi_yatimua_balozi_wa_rwanda',
    '2015-10-07',
    'B',
    2,
  ),
  yahooFeb4: source(
    'Rwanda recruiting refugees to oust Burundi president: UN',
    'Yahoo News (AFP)',
    'https://www.yahoo.com/news/rwanda-recruiting-refugees-oust-burundi-president-un-181337872.html',
    '2016-02-04',
    'B',
    2,
  ),
  igireJul31: source(
    'Burundi: Embargo on agricultural products export to Rwanda',
    'Igire',
    'https://igire.rw/2016/07/31/burundi-embargo-on-agricultural-products-export-to-rwanda/',
    '2016-07-31',
    'C',
    2,
  ),
  timesliveAug31: source(
    'Once thriving Rwanda-Burundi border withers',
    'TimesLIVE (AFP)',
    'https://www.timeslive.co.za/news/africa/2016-08-31-once-thriving-rwanda-burundi-border-withers/',
    '2016-08-31',
    'B',
    2,
  ),
  defensepostNov19: source(
    'Gunmen ambush Burundi soldiers near Rwanda border, defense ministry says',
    'The Defense Post (AFP)',
    'https://www.thedefensepost.com/2019/11/19/burundi-soldiers-ambush-mount-twinyoni-rwanda/',
    '2019-11-19',
    'B',
    2,
  ),
  iwacuNov28: source(
    'Burundi accuses Rwanda of perpetrating recent attack against military position',
    'Iwacu',
    'https://www.iwacu-burundi.org/englishnews/burundi-accuses-rwanda-of-perpetrating-recent-attack-against-military-position/',
    '2019-11-28',
    'C',
    3,
  ),
  thestarJun27: source(
    'Rwanda says 3 soldiers hurt in attack by gunmen near Burundi',
    'Toronto Star (AP)',
    'https://www.thestar.com/news/world/africa/2020/06/27/rwanda-says-3-soldiers-hurt-in-attack-by-gunmen-near-burundi.html',
    '2020-06-27',
    'B',
    2,
  ),
  urdupointJun27: source(
    'Rwandan forces kill four gunmen in clash near Burundi',
    'UrduPoint (AFP)',
    'https://www.urdupoint.com/en/world/rwandan-forces-kill-four-gunmen-in-clash-near-959188.html',
    '2020-06-27',
    'C',
    2,
  ),
  jdcJul5: source(
    'Rwanda still awaits explanations from Burundi over recent armed attack',
    'Journal du Cameroun (APA)',
    'https://www.journalducameroun.com/en/rwanda-still-awaits-explanations-from-burundi-over-recent-armed-attack/',
    '2020-07-05',
    'C',
    2,
  ),
  allafricaOct21: source(
    'Rwanda, Burundi foreign ministers meet at Nemba',
    'AllAfrica (The New Times)',
    'https://allafrica.com/stories/202010210131.html',
    '2020-10-21',
    'B',
    2,
  ),
  allafricaOct23: source(
    'Rwanda, Burundi foreign ministers meet to normalise relations (press release)',
    'AllAfrica (Rwanda Ministry of Foreign Affairs)',
    'https://allafrica.com/stories/202010230796.html',
    '2020-10-23',
    'B',
    1,
  ),
  allafricaJul1: source(
    'Rwanda: Premier Ngirente in Bujumbura for Independence Day Celebrations',
    'AllAfrica (The New Times)',
    'https://allafrica.com/stories/202107010652.html',
    '2021-07-01',
    'B',
    2,
  ),
  rfiJul2: source(
    'Réchauffement diplomatique entre le Burundi et le Rwanda',
    'RFI',
    'https://www.rfi.fr/fr/afrique/20210702-r%C3%A9chauffement-diplomatique-entre-le-burundi-et-le-rwanda',
    '2021-07-02',
    'B',
    2,
  ),
  yenisafakOct23: source(
    'Burundi reopens its borders with Rwanda',
    'Yeni Şafak (Anadolu Agency)',
    'https://www.yenisafak.com/en/world/burundi-reopens-its-borders-with-rwanda-3654168',
    '2022-10-23',
    'B',
    2,
  ),
  wnytOct25: source(
    'Burundi declares border with Rwanda open again after years',
    'WNYT (AP)',
    'https://wnyt.com/associated-press/international/burundi-declares-border-with-rwanda-open-again-after-years/',
    '2022-10-25',
    'B',
    2,
  ),
  sosmediasOct26: source(
    'Rwanda-Burundi: Burundi says it has reopened its borders with Rwanda',
    'SOS Médias Burundi',
    'https://www.sosmediasburundi.org/en/2022/10/26/rwanda-burundi-burundi-says-it-has-reopened-its-borders-with-rwanda/',
    '2022-10-26',
    'C',
    2,
  ),
  allafricaFeb6: source(
    'Rwanda: Kagame, Ndayishimiye Hold Tete-a-Tete in Bujumbura',
    'AllAfrica (The New Times)',
    'https://allafrica.com/stories/202302060475.html',
    '2023-02-06',
    'B',
    2,
  ),
  africanewsDec23: source(
    'Burundi: 20 dead in rebel attack - government statement',
    'Africanews (AFP)',
    'https://africanews.com/2023/12/23/burundi-20-dead-in-rebel-attack-government-statement',
    '2023-12-23',
    'B',
    2,
  ),
  kesqDec29: source(
    "Burundi's president claims Rwanda is backing rebels fighting against his country",
    'KESQ (AP)',
    'https://kesq.com/news/2023/12/29/burundis-president-claims-rwanda-is-backing-rebels-fighting-against-his-country/',
    '2023-12-29',
    'B',
    2,
  ),
  ktpressDec30: source(
    "Rwanda refutes President Ndayishimiye's allegations on supporting Burundian rebels",
    'KT Press',
    'https://www.ktpress.rw/2023/12/rwanda-refutes-president-ndayishimiyes-allegations-on-supporting-burundian-rebels/',
    '2023-12-30',
    'C',
    2,
  ),
  kfmJan11: source(
    'Burundi says closing Rwanda border after claims of backing rebels',
    'KFM (AFP)',
    'https://www.kfm.co.ug/news/burundi-says-closing-rwanda-border-after-claims-of-backing-rebels.html',
    '2024-01-11',
    'B',
    2,
  ),
  crisis24Jan11: source(
    "Burundi, Rwanda: Kigali asserts Bujumbura unilaterally closes countries' shared border as of Jan. 11",
    'Crisis24 (GardaWorld)',
    'https://crisis24.garda.com/alerts/2024/01/burundi-rwanda-kigali-asserts-bujumbura-unilaterally-closes-countries-shared-border-as-of-jan-11',
    '2024-01-11',
    'B',
    2,
  ),
  standardJan11: source(
    "Rwanda slams Burundi's border closure as tensions rise over rebel attacks",
    'The Standard (Kenya)',
    'https://www.standardmedia.co.ke/sports/amp/africa/article/2001488770/www.digger.co.ke',
    '2024-01-11',
    'B',
    2,
  ),
  igiheJan23: source(
    "Rwanda denounces Burundian President's inflammatory statements, calls for responsible leadership",
    'IGIHE',
    'https://en.igihe.com/news/article/rwanda-denounces-burundian-president-s-inflammatory-statements-calls-for',
    '2024-01-23',
    'B',
    2,
  ),
  abcFeb26: source(
    'Nueve muertos en un ataque de un grupo rebelde en el noroeste de Burundi',
    'ABC Color (EFE)',
    'https://www.abc.com.py/internacionales/2024/02/26/nueve-muertos-en-un-ataque-de-un-grupo-rebelde-en-el-noroeste-de-burundi/?outputType=amp',
    '2024-02-26',
    'B',
    2,
  ),
  telerenaissanceFeb26: source(
    '16 personnes tuées à Gihanga dans une attaque de RED-Tabara, Gitega accuse de nouveau Kigali',
    'Télé Renaissance',
    'https://telerenaissance.org/16-personnes-tuees-a-gihanga-dans-une-attaque-de-red-tabara-gitega-accuse-de-nouveau-kigali',
    '2024-02-26',
    'C',
    2,
  ),
  xtrafricaFeb1: source(
    '"Rwanda is preparing something against us, we will not let it happen" warns Ndayishimiye',
    'Xtrafrica',
    'https://www.xtrafrica.com/burundi/rwanda-is-preparing-something-against-us%2C-we-will-not-let-it-happen%22-warns-ndayishimiye',
    '2025-02-01',
    'C',
    2,
  ),
  wivandaFeb13: source(
    'Burundi’s Ndayishimiye Warns Rwanda Against Any Attack: “We Will Defend Ourselves”',
    'Wivanda',
    'https://wivanda.com/2025/02/13/burundis-ndayishimiye-warns-rwanda-against-any-attack-we-will-defend-ourselves',
    '2025-02-13',
    'C',
    2,
  ),
  aribMar15: source(
    'Rwanda et Burundi entament des pourparlers pour apaiser les tensions (APS)',
    'ARIB News (APS)',
    'https://www.arib.info/index.php?option=com_content&task=view&id=22921&Itemid=138',
    '2025-03-15',
    'C',
    2,
  ),
  concordMar25: source(
    'President Kagame of Rwanda planning to attack Burundi',
    'Cameroon Concord News (BBC)',
    'https://www.cameroonconcordnews.com/president-kagame-of-rwanda-planning-to-attack-burundi/',
    '2025-03-25',
    'C',
    2,
  ),
  hicgiMar25: source(
    "Burundi's President Accuses Rwanda of Plotting Attack",
    'HICGI News Agency',
    'https://hicginewsagency.com/2025/03/25/burundis-president-accuses-rwanda-of-plotting-attack',
    '2025-03-25',
    'C',
    2,
  ),
  lehautpanelDec9: source(
    "Burundi-Rwanda : Bujumbura accuse Kigali d'attaques sur son territoire",
    'Le Haut Panel',
    'https://lehautpanel.com/2025/12/09/burundi-rwanda-bujumbura-accuse-kigali-dattaques-sur-son-territoire',
    '2025-12-09',
    'C',
    3,
  ),
  alexaDec10: source(
    'Rwanda accuses Democratic Republic of Congo and Burundi of violating ceasefire',
    'Alexa.ng',
    'https://www.alexa.ng/2025/12/rwanda-accuses-democratic-republic-of.html',
    '2025-12-10',
    'C',
    2,
  ),
  zambianobserverDec13: source(
    "Direct escalation with Rwanda can't be ruled out – Burundi",
    'Zambian Observer',
    'https://zambianobserver.com/direct-escalation-with-rwanda-cant-be-ruled-out-burundi/',
    '2025-12-13',
    'C',
    2,
  ),
};

/** Developments that report one occurrence share a key, so the escalation model counts them once. */
const O = {
  closure2016: 'burundi-closure-2016-07-30',
  mabayi: 'mabayi-2019-11-17',
  closure2024: 'burundi-closure-2024-01-11',
  cibitoke: 'cibitoke-2025-12-08',
  uvira: 'uvira-2025-12-09',
};

const events = [
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '2015-10-01', precision: 'approximate', recordedAt: rec('2015-10-08', '09:00') },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Rwanda – Burundi, 2015–25',
      subject:
        "Relations between Burundi and Rwanda from Burundi's 2015 crisis: Burundi's accusations that Rwanda hosts the May 2015 coup plotters and backs rebels against it, the border closed and reopened, the thaw under Ndayishimiye, the RED-Tabara attacks and the border closed again in 2024, threats of war and both sides' forces around the war in eastern DR Congo.",
      parties: [BURUNDI, RWANDA],
      mediators: [],
    },
    [S.bbcSwOct7],
  ),
  ev(
    'StatementMade',
    'stmt-nyamitwe-2015-10',
    { occurredAt: '2015-10-01', precision: 'approximate', recordedAt: rec('2015-10-08', '09:05') },
    {
      speaker: NYAMITWE,
      audience: 'rwanda',
      tone: 'accusation',
      summary:
        "Burundi's foreign minister tells the BBC that Rwanda hosts the leader of the failed coup and helps rebels carry out attacks on the border.",
    },
    [S.bbcSwOct7],
  ),
  ev(
    'StatementMade',
    'stmt-expulsion-2015-10-07',
    { occurredAt: '2015-10-07', recordedAt: rec('2015-10-08', '09:10') },
    {
      speaker: BURUNDI_GOVT,
      audience: 'rwanda',
      tone: 'accusation',
      summary:
        "Burundi expels Désiré Nyaruhirira, first counsellor of Rwanda's embassy, accused of undermining Burundi's security; Rwanda's ambassador confirms the expulsion.",
    },
    [S.bbcSwOct7],
    { note: 'The expulsion of a diplomat has no type of its own in the catalogue: recorded as what Burundi said.' },
  ),
  ev(
    'ActorRegistered',
    'actor-un',
    { occurredAt: '2016-02-04', recordedAt: rec('2016-02-04', '18:00') },
    { actor: UN, role: 'third-party' },
    [S.yahooFeb4],
  ),
  ev(
    'StatementMade',
    'stmt-un-experts-2016-02',
    { occurredAt: '2016-02-04', recordedAt: rec('2016-02-04', '18:05') },
    {
      speaker: UN_EXPERTS,
      audience: 'UN Security Council',
      tone: 'accusation',
      summary:
        'The UN experts on the DRC report that Burundian refugees, children among them, were recruited in the Mahama camp in Rwanda in May–June 2015 and trained for two months by instructors including Rwandan military personnel, with the aim of removing President Nkurunziza.',
    },
    [S.yahooFeb4],
  ),
  ev(
    'IncidentReported',
    'inc-closure-2016',
    { occurredAt: '2016-07-30', recordedAt: rec('2016-08-31', '12:00') },
    {
      incidentId: 'burundi-closure-2016-07-30',
      kind: 'border-closure',
      perpetrator: 'burundi',
      against: 'rwanda',
      place: BORDER,
      description:
        'Burundi\'s Second Vice-President Joseph Butore bans the export of farm produce to Rwanda and forbids trade with it ("we can\'t give what we have cultivated to Rwanda when it is fighting against us"); Burundian security officers stop traders at the crossings (Akanyaru, Nemba).',
    },
    [S.igireJul31, S.timesliveAug31],
    { occurrence: O.closure2016 },
  ),
  ev(
    'StatementMade',
    'stmt-butore-2016-07-30',
    { occurredAt: '2016-07-30', recordedAt: rec('2016-08-31', '12:05') },
    {
      speaker: BUTORE,
      audience: 'rwanda',
      tone: 'accusation',
      summary:
        'At the Rugombo market, Butore announces the ban on exports to Rwanda, "a neighbouring country accused of refugees\' military recruitment": "we can\'t give what we have cultivated to Rwanda when it is fighting against us".',
    },
    [S.igireJul31],
    { occurrence: O.closure2016 },
  ),
  ev(
    'IncidentReported',
    'inc-mabayi-2019',
    { occurredAt: '2019-11-17', recordedAt: rec('2019-11-28', '20:00') },
    {
      incidentId: 'mabayi-2019-11-17',
      kind: 'clash',
      perpetrator: 'rwanda',
      allegedBy: 'burundi',
      against: 'burundi',
      target: 'Burundian army position on Mount Twinyoni',
      place: 'Mabayi, Cibitoke province',
      fatalities: { min: 8, max: 19 },
      description:
        "A Burundian army position on Mount Twinyoni (Marura, Mabayi) is overrun in the night of 16–17 November; at least eight soldiers killed, dozens missing. Burundi's army first said an armed group came from Rwanda; on 28 November the government says Rwanda's army carried out the attack. Rwanda denies it.",
    },
    [S.defensepostNov19, graded(S.iwacuNov28, 3)],
    { occurrence: O.mabayi },
  ),
  ev(
    'StatementMade',
    'stmt-ntahorwamiye-2019-11-28',
    { occurredAt: '2019-11-28', recordedAt: rec('2019-11-28', '20:05') },
    {
      speaker: NTAHORWAMIYE,
      audience: 'rwanda',
      tone: 'military-threat',
      summary:
        'Burundi accuses Rwanda of "the nth" attack, complains to the EAC, the AU and the UN, and says it will resort to self-defence and hot pursuit if attacked again.',
    },
    [S.iwacuNov28],
  ),
  ev(
    'StatementMade',
    'stmt-nduhungirehe-2019-11',
    { occurredAt: '2019-11-19', recordedAt: rec('2019-11-28', '20:10') },
    {
      speaker: NDUHUNGIREHE,
      audience: 'burundi',
      tone: 'critical',
      summary:
        'Rwanda denies any role in the Mabayi attack: "it is not true that the attacks were made from people who came from Rwanda".',
    },
    [S.defensepostNov19],
  ),
  ev(
    'IncidentReported',
    'inc-nyaruguru-2020',
    { occurredAt: '2020-06-27', recordedAt: rec('2020-06-27', '20:00') },
    {
      incidentId: 'nyaruguru-2020-06-27',
      kind: 'militant-attack',
      allegedBy: 'rwanda',
      against: 'rwanda',
      target: 'RDF position near a model village',
      place: 'Ruheru, Nyaruguru district',
      fatalities: { min: 4, max: 4 },
      injured: { min: 3, max: 3 },
      description:
        "Unidentified gunmen from Burundi attack an RDF position in Nyaruguru around midnight and withdraw towards a Burundian army position at Gihisi, leaving four dead and equipment with rations marked for Burundi's army; three Rwandan soldiers hurt. Rwanda's army does not accuse Burundi's army; Burundi says it has nothing to do with the gunmen.",
    },
    [S.thestarJun27, S.urdupointJun27],
  ),
  ev(
    'StatementMade',
    'stmt-munyengango-2020-06-27',
    { occurredAt: '2020-06-27', recordedAt: rec('2020-06-27', '20:05') },
    {
      speaker: MUNYENGANGO,
      audience: 'domestic audience',
      tone: 'warning',
      summary:
        'The RDF says the attackers came from and withdrew to Burundi through a Burundian army position, and reassures Rwandans that "action will be taken against those responsible"; it seeks information through diplomatic channels.',
    },
    [S.thestarJun27],
  ),
  ev(
    'DemandTabled',
    'dem-nyaruguru-arrest',
    { occurredAt: '2020-06-27', recordedAt: rec('2020-07-05', '12:00') },
    {
      demandId: 'arrest-nyaruguru-attackers',
      by: 'rwanda',
      addressedTo: ['burundi'],
      text: 'Explain the attack from Burundi on Nyaruguru and arrest the attackers, and bring them to justice or extradite them to Rwanda.',
      category: 'security',
    },
    [S.jdcJul5],
  ),
  ev(
    'TalksRoundOpened',
    'round-nemba-open',
    { occurredAt: '2020-10-20', recordedAt: rec('2020-10-23', '10:00') },
    {
      roundId: 'nemba-2020-10',
      label: 'Foreign ministers at Nemba–Gasenyi',
      format: 'formal',
      venue: 'Nemba one-stop border post, Bugesera',
      delegations: [
        { actorId: 'rwanda', head: BIRUTA },
        { actorId: 'burundi', head: SHINGIRO },
      ],
    },
    [S.allafricaOct21, S.allafricaOct23],
  ),
  ev(
    'TalksRoundConcluded',
    'round-nemba-concluded',
    { occurredAt: '2020-10-20', recordedAt: rec('2020-10-23', '10:05') },
    {
      roundId: 'nemba-2020-10',
      outcome: 'progress',
      summary:
        'The first meeting of the foreign ministers since 2015 (after the military intelligence chiefs met in August): both commit to normalise relations and to keep in regular contact.',
    },
    [S.allafricaOct23],
  ),
  ev(
    'StatementMade',
    'stmt-ngirente-2021-07-01',
    { occurredAt: '2021-07-01', recordedAt: rec('2021-07-02', '12:00') },
    {
      speaker: NGIRENTE,
      audience: 'burundi',
      tone: 'conciliatory',
      summary:
        "Representing Kagame at Burundi's Independence Day in Bujumbura, the first such visit since the mid-2010s, Rwanda's prime minister says the time has come to build on the two countries' historic ties.",
    },
    [S.allafricaJul1, S.rfiJul2],
  ),
  ev(
    'StatementMade',
    'stmt-ndayishimiye-2021-07-01',
    { occurredAt: '2021-07-01', recordedAt: rec('2021-07-02', '12:05') },
    {
      speaker: NDAYISHIMIYE,
      audience: 'rwanda',
      tone: 'conciliatory',
      summary:
        'Ndayishimiye answers that Burundi is ready to open a new chapter, bury the hatchet with Rwanda and work with it.',
    },
    [S.rfiJul2],
  ),
  ev(
    'IncidentReported',
    'inc-reopening-2022',
    { occurredAt: '2022-10-22', recordedAt: rec('2022-10-23', '14:00') },
    {
      incidentId: 'burundi-reopening-2022-10-22',
      kind: 'border-reopening',
      perpetrator: 'burundi',
      against: 'rwanda',
      place: BORDER,
      description:
        'Burundi\'s interior ministry announces that all its borders are open ("Burundi is an accessible country"): travel to Rwanda over land no longer needs the foreign ministry\'s leave. Rwanda had reopened its side months before.',
    },
    [S.yenisafakOct23],
  ),
  ev(
    'DemandTabled',
    'dem-putschists',
    { occurredAt: '2022-10-25', recordedAt: rec('2022-10-26', '10:00') },
    {
      demandId: 'hand-over-putschists',
      by: 'burundi',
      addressedTo: ['rwanda'],
      text: 'Hand over to Burundi the plotters of the May 2015 coup attempt hosted in Rwanda.',
      category: 'political',
    },
    [S.wnytOct25, S.sosmediasOct26],
  ),
  ev(
    'StatementMade',
    'stmt-shingiro-2022-10-25',
    { occurredAt: '2022-10-25', recordedAt: rec('2022-10-26', '10:05') },
    {
      speaker: SHINGIRO,
      audience: 'rwanda',
      tone: 'critical',
      summary:
        'Shingiro confirms the border with Rwanda is open but says Burundi keeps its precondition that the putschists "hosted and fed in Kigali" be sent back: they are "embarrassing visitors" for Rwanda.',
    },
    [S.wnytOct25, S.sosmediasOct26],
  ),
  ev(
    'TalksRoundOpened',
    'round-bujumbura-2023-open',
    { occurredAt: '2023-02-04', recordedAt: rec('2023-02-06', '12:00') },
    {
      roundId: 'bujumbura-2023-02',
      label: 'Kagame and Ndayishimiye in Bujumbura',
      format: 'informal',
      venue: 'Bujumbura (after the EAC extraordinary summit)',
      delegations: [
        { actorId: 'rwanda', head: KAGAME },
        { actorId: 'burundi', head: NDAYISHIMIYE },
      ],
    },
    [S.allafricaFeb6],
  ),
  ev(
    'TalksRoundConcluded',
    'round-bujumbura-2023-concluded',
    { occurredAt: '2023-02-04', recordedAt: rec('2023-02-06', '12:05') },
    {
      roundId: 'bujumbura-2023-02',
      outcome: 'progress',
      summary:
        'The first meeting of the two presidents since 2015, a tête-à-tête after the EAC summit; nothing announced.',
    },
    [S.allafricaFeb6],
  ),
  ev(
    'ActorRegistered',
    'actor-red-tabara',
    { occurredAt: '2023-12-22', recordedAt: rec('2023-12-23', '12:00') },
    { actor: RED_TABARA, role: 'third-party' },
    [S.africanewsDec23],
  ),
  ev(
    'IncidentReported',
    'inc-vugizo',
    { occurredAt: '2023-12-22', recordedAt: rec('2023-12-23', '12:05') },
    {
      incidentId: 'vugizo-2023-12-22',
      kind: 'militant-attack',
      perpetrator: 'red-tabara',
      allegedBy: 'burundi',
      against: 'burundi',
      target: 'The Vugizo border post and nine households',
      place: 'Vugizo, Gatumba zone (Bujumbura province)',
      fatalities: { min: 20, max: 20 },
      civilianFatalities: { min: 19, max: 19 },
      injured: { min: 9, max: 9 },
      description:
        'RED-Tabara attacks Vugizo, some twenty kilometres from Bujumbura on the border with the DRC, on the evening of the 22nd: the government counts 20 dead (12 children, three women, a policeman) and nine hurt; RED-Tabara claims the border post and says it killed nine soldiers and a policeman. The attackers withdrew into the DRC.',
    },
    [S.africanewsDec23],
  ),
  ev(
    'StatementMade',
    'stmt-ndayishimiye-2023-12-29',
    { occurredAt: '2023-12-29', recordedAt: rec('2023-12-29', '20:05') },
    {
      speaker: NDAYISHIMIYE,
      audience: 'rwanda',
      tone: 'accusation',
      summary:
        'Ndayishimiye accuses Rwanda of funding, training and sheltering RED-Tabara and of refusing to hand its men over: "as long as they have a country that … feeds them, protects them, shelters them, we will have problems".',
      blames: { incidentId: 'vugizo-2023-12-22', on: 'rwanda' },
    },
    [S.kesqDec29],
  ),
  ev(
    'StatementMade',
    'stmt-rwanda-2023-12-29',
    { occurredAt: '2023-12-29', recordedAt: rec('2023-12-30', '12:00') },
    {
      speaker: RWANDA_SPOKES,
      audience: 'burundi',
      tone: 'critical',
      summary:
        'Rwanda rejects the allegation ("Rwanda is not associated, in any way, with any Burundian armed group") and urges Burundi to raise its concerns through diplomatic channels.',
    },
    [S.ktpressDec30],
  ),
  ev(
    'IncidentReported',
    'inc-closure-2024',
    { occurredAt: '2024-01-11', recordedAt: rec('2024-01-11', '20:00') },
    {
      incidentId: 'burundi-closure-2024-01-11',
      kind: 'border-closure',
      perpetrator: 'burundi',
      against: 'rwanda',
      place: BORDER,
      description:
        'Burundi closes its land border with Rwanda: "anyone who tries to go there will not get through", says the interior minister. Rwanda learns of it from the media.',
    },
    [S.kfmJan11, S.crisis24Jan11],
    { occurrence: O.closure2024 },
  ),
  ev(
    'StatementMade',
    'stmt-niteretse-2024-01-11',
    { occurredAt: '2024-01-11', recordedAt: rec('2024-01-11', '20:05') },
    {
      speaker: NITERETSE,
      audience: 'rwanda',
      tone: 'accusation',
      summary:
        'Announcing the closure, Burundi\'s interior minister calls Kagame "a bad neighbour": Burundi has "stopped all relations with him until he returns to better feelings"; Rwanda "shelters criminals who harm Burundians".',
    },
    [S.kfmJan11],
    { occurrence: O.closure2024 },
  ),
  ev(
    'StatementMade',
    'stmt-rwanda-2024-01-11',
    { occurredAt: '2024-01-11', recordedAt: rec('2024-01-11', '20:10') },
    {
      speaker: RWANDA_SPOKES,
      audience: 'burundi',
      tone: 'critical',
      summary:
        'Rwanda regrets the unilateral closure, which "will restrict the free movement of people and goods" and "violates the principles of regional cooperation and integration of the East African Community".',
    },
    [S.standardJan11],
  ),
  ev(
    'StatementMade',
    'stmt-ndayishimiye-kinshasa-2024-01-21',
    { occurredAt: '2024-01-21', recordedAt: rec('2024-01-23', '10:00') },
    {
      speaker: NDAYISHIMIYE,
      audience: 'rwanda',
      tone: 'threat',
      summary:
        'At a youth event in Kinshasa, Ndayishimiye says the region\'s problem is Rwanda\'s "bad leaders" and that the struggle must go on until young Rwandans put pressure on them; Rwanda reads it as a call to overthrow its government.',
    },
    [S.igiheJan23],
  ),
  ev(
    'StatementMade',
    'stmt-rwanda-2024-01-22',
    { occurredAt: '2024-01-22', recordedAt: rec('2024-01-23', '10:05') },
    {
      speaker: RWANDA_SPOKES,
      audience: 'burundi',
      tone: 'critical',
      summary:
        'Rwanda deplores the "inflammatory and un-African statements" of the Burundian president, made from an African Union platform.',
    },
    [S.igiheJan23],
  ),
  ev(
    'IncidentReported',
    'inc-buringa',
    { occurredAt: '2024-02-25T19:30:00Z', recordedAt: rec('2024-02-26', '18:00') },
    {
      incidentId: 'buringa-2024-02-25',
      kind: 'militant-attack',
      perpetrator: 'red-tabara',
      allegedBy: 'burundi',
      against: 'burundi',
      blamedOn: 'rwanda',
      target: 'A household in mourning; army positions',
      place: 'Buringa, Gihanga (Bubanza province)',
      fatalities: { min: 9, max: 16 },
      injured: { min: 5, max: 5 },
      description:
        'RED-Tabara attacks Buringa at about 21:30: the government counts nine dead (six women and a soldier) and five hurt; RED-Tabara claims two army positions and six soldiers. The government again deplores "the behaviour of Rwanda, which maintains, trains and arms" RED-Tabara and demands the extradition of its leader.',
    },
    [S.abcFeb26, S.telerenaissanceFeb26],
  ),
  ev(
    'StatementMade',
    'stmt-ndayishimiye-2025-01-31',
    { occurredAt: '2025-01-31', recordedAt: rec('2025-02-01', '12:00') },
    {
      speaker: NDAYISHIMIYE,
      audience: 'rwanda',
      tone: 'military-threat',
      summary:
        'To the diplomatic corps in Bujumbura, Ndayishimiye accuses Rwanda of arming Burundian refugees and warns that if Rwanda goes on conquering territory it will reach Burundi, which will not accept it: the war would spread across the region.',
    },
    [S.xtrafricaFeb1],
  ),
  ev(
    'StatementMade',
    'stmt-ndayishimiye-bugabira-2025-02-11',
    { occurredAt: '2025-02-11', recordedAt: rec('2025-02-13', '12:00') },
    {
      speaker: NDAYISHIMIYE,
      audience: 'rwanda',
      tone: 'military-threat',
      summary:
        'In Bugabira, a commune on the Rwandan border, Ndayishimiye calls Rwanda a bad neighbour and tells Burundians to prepare: "whoever attacks us, we will attack him"; Burundi\'s troops are deployed in South Kivu against RED-Tabara as M23 advances on Bukavu.',
    },
    [S.wivandaFeb13],
  ),
  ev(
    'TalksRoundOpened',
    'round-kirundo-open',
    { occurredAt: '2025-03-10', recordedAt: rec('2025-03-15', '12:00') },
    {
      roundId: 'kirundo-2025-03',
      label: 'Security and intelligence officials at Kirundo',
      format: 'technical',
      venue: 'Kirundo, Burundi',
    },
    [S.aribMar15],
  ),
  ev(
    'TalksRoundConcluded',
    'round-kirundo-concluded',
    { occurredAt: '2025-03-10', recordedAt: rec('2025-03-15', '12:05') },
    {
      roundId: 'kirundo-2025-03',
      outcome: 'progress',
      summary:
        "After a meeting in Rwanda weeks before, the second round of talks between the two countries' security services; Nduhungirehe says they agreed on ways forward and the two must see them applied.",
    },
    [S.aribMar15],
  ),
  ev(
    'StatementMade',
    'stmt-nduhungirehe-2025-03',
    { occurredAt: '2025-03-14', precision: 'approximate', recordedAt: rec('2025-03-15', '12:10') },
    {
      speaker: NDUHUNGIREHE,
      audience: 'burundi',
      tone: 'conciliatory',
      summary:
        'Nduhungirehe says Rwanda and Burundi have started talks to ease tensions and must reach a consensus on the security of both countries.',
    },
    [S.aribMar15],
  ),
  ev(
    'StatementMade',
    'stmt-ndayishimiye-bbc-2025-03',
    { occurredAt: '2025-03-24', precision: 'approximate', recordedAt: rec('2025-03-25', '18:00') },
    {
      speaker: NDAYISHIMIYE,
      audience: 'rwanda',
      tone: 'accusation',
      summary:
        'Ndayishimiye tells the BBC he has credible intelligence that Kagame plans to attack Burundi, that Rwanda organised the 2015 coup and backs RED-Tabara; "Burundians will not accept to be killed as Congolese are being killed", but Burundi has no plan to attack Rwanda and wants dialogue. Rwanda calls the remarks surprising and says the two cooperate on border security.',
    },
    [S.concordMar25, S.hicgiMar25],
  ),
  ev(
    'ActorRegistered',
    'actor-drc',
    { occurredAt: '2025-12-08', recordedAt: rec('2025-12-09', '12:00') },
    { actor: DRC, role: 'third-party' },
    [S.lehautpanelDec9],
  ),
  ev(
    'ActorRegistered',
    'actor-m23',
    { occurredAt: '2025-12-08', recordedAt: rec('2025-12-09', '12:01') },
    { actor: M23, role: 'third-party' },
    [S.lehautpanelDec9],
  ),
  ev(
    'IncidentReported',
    'inc-cibitoke',
    { occurredAt: '2025-12-08', recordedAt: rec('2025-12-09', '12:05') },
    {
      incidentId: 'cibitoke-2025-12-08',
      kind: 'drone-strike',
      perpetrator: 'rwanda',
      allegedBy: 'burundi',
      against: 'burundi',
      place: 'Cibitoke (Burundi)',
      injured: { min: 2, max: 2 },
      description:
        'Burundi\'s foreign ministry says bombs were dropped from Rwanda on Cibitoke, on the border with the DRC, hurting two people, a 12-year-old child among them: a "bellicose attitude" and a deliberate provocation. Rwanda has not answered; M23 is advancing on Uvira.',
    },
    [S.lehautpanelDec9],
    { occurrence: O.cibitoke },
  ),
  ev(
    'StatementMade',
    'stmt-burundi-mfa-2025-12-08',
    { occurredAt: '2025-12-08', recordedAt: rec('2025-12-09', '12:10') },
    {
      speaker: BURUNDI_MFA,
      audience: 'rwanda',
      tone: 'accusation',
      summary:
        'Burundi denounces the "bellicose attitude" of Rwanda over the bombs on Cibitoke and says it does not consider itself a party to the conflicts under way.',
    },
    [S.lehautpanelDec9],
    { occurrence: O.cibitoke },
  ),
  ev(
    'StatementMade',
    'stmt-rwanda-mfa-2025-12-10',
    { occurredAt: '2025-12-10', recordedAt: rec('2025-12-10', '20:00') },
    {
      speaker: RWANDA_MFA,
      audience: 'burundi',
      tone: 'accusation',
      summary:
        "Rwanda accuses the Congolese army and Burundi's troops (FDNB) of breaking the Washington ceasefire by bombing villages near the Rwandan border with jets and drones, and says the fighting in South Kivu cannot be laid at Rwanda's door.",
    },
    [S.alexaDec10],
  ),
  ev(
    'IncidentReported',
    'inc-uvira-m23',
    { occurredAt: '2025-12-09', recordedAt: rec('2025-12-13', '12:00') },
    {
      incidentId: 'uvira-m23-2025-12-09',
      kind: 'clash',
      perpetrator: 'm23',
      against: 'drc',
      place: 'Uvira, South Kivu (DRC)',
      description:
        "M23 takes Uvira, on Burundi's border, at midnight after days of advances along the Ruzizi plain; the Congolese army and Burundi's troops fighting beside it withdraw, thousands flee into Burundi.",
    },
    [S.alexaDec10, S.zambianobserverDec13],
    { occurrence: O.uvira },
  ),
  ev(
    'IncidentReported',
    'inc-uvira-rdf',
    { occurredAt: '2025-12-09', recordedAt: rec('2025-12-13', '12:05') },
    {
      incidentId: 'uvira-rdf-2025-12-09',
      kind: 'clash',
      perpetrator: 'rwanda',
      allegedBy: 'burundi',
      against: 'burundi',
      target: "Burundi's troops deployed with the Congolese army",
      place: 'Uvira, South Kivu (DRC)',
      description:
        "Burundi's delegate tells the Security Council that the Rwanda Defence Force took part in the seizure of Uvira, where Burundi's troops fought beside the Congolese army (local sources report heavy Burundian losses); Rwanda denies it.",
    },
    [graded(S.zambianobserverDec13, 3), S.alexaDec10],
    { occurrence: O.uvira },
  ),
  ev(
    'StatementMade',
    'stmt-burundi-unsc-2025-12-12',
    { occurredAt: '2025-12-12', precision: 'approximate', recordedAt: rec('2025-12-13', '12:10') },
    {
      speaker: BURUNDI_UN,
      audience: 'rwanda',
      tone: 'warning',
      summary:
        'Burundi asks the Security Council for an arms embargo and sanctions on Rwanda, reports cross-border artillery and drone strikes on its territory, warns that "direct escalation between states cannot be ruled out" and says it would defend its territory under Article 51.',
    },
    [S.zambianobserverDec13],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'rwanda-burundi-2015.jsonl',
  logEnd: '2026-01-31T00:00:00Z',
  events,
};

export default definition;
