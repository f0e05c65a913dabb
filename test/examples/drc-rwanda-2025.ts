/**
 * A test fixture, not a shipped example: the 2025 DR Congo – Rwanda talks as
 * an analyst following the news could have recorded them, from Kinshasa
 * breaking off relations as M23 closed on Goma (January) to the Washington
 * Accords signed by Tshisekedi and Kagame (4 December) and M23's capture of
 * Uvira in the days after. Escalation model v2 was never tuned on it: it is
 * the case the model is held to in drc-rwanda-2025.spec.ts, against the calls
 * an analyst makes from DOMAIN.md §5b alone.
 *
 * What it tests that the other cases did not: a state negotiating on two
 * tracks at once while an armed group takes cities. The negotiation recorded
 * is the DRC – Rwanda track (Angola's Luanda process, the EAC–SADC summit,
 * Qatar's meeting of the presidents, the Washington track of the United
 * States, with Togo as the African Union's mediator): its parties are the DRC
 * and Rwanda, and every call is for that pair. AFC/M23 is a third party here;
 * its own track with Kinshasa (Qatar's Doha process: the Declaration of
 * Principles of 19 July, the framework of 15 November) is recorded in this
 * log as agreements and a ceasefire between the DRC and M23, so that the
 * model must keep them apart from the pair's.
 *
 * How M23's offensives are recorded, as an analyst would by §5b ("armed action
 * … by one party on the other's territory — alleged counts, graded by its
 * sources"): each offensive is M23's armed action against the DRC, and the
 * DRC holding Rwanda responsible for it is `blamedOn: 'rwanda'`. Where a
 * dated source reports Rwanda's own troops fighting in it (the UN in Goma,
 * security sources at Nyabibwe, Kinshasa at Bukavu and Uvira, Human Rights
 * Watch in Rutshuru), that is recorded besides as an IncidentReported with
 * perpetrator `rwanda`, alleged by the DRC, graded by those sources, and with
 * the same `occurrence` key as M23's record of the same fighting: one fact,
 * read once by each pair (M23's for DRC – M23, Rwanda's for DRC – Rwanda).
 * Where the sources say nothing of Rwandan troops (Walikale in March, the
 * fighting of October and November), M23's acts are a third party's.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source.
 *
 * Grading as in examples/README.md: B = established outlet or wire copy, C =
 * smaller outlet, aggregator or mirror; 1 = an on-record statement or act
 * confirmed by the actor itself; 2 = several outlets agree or one established
 * outlet reports it; 3 = one side's unverified claim about the other.
 * Sweden Herald's AFP copy on Nyabibwe is dated from its own account ("a
 * unilateral ceasefire on Monday", the summit "on Saturday"): 5 February.
 *
 * Judgement calls, recorded as an analyst would:
 * - The battle of Goma's toll is the UN's: about 2,900 dead by 5 February
 *   (first recorded as the 17 dead of hospital counts on the 28th, corrected).
 *   It is the battle's, so it stands on both records of it.
 * - The joint statement of Doha (18 March), in which both presidents
 *   "reaffirmed the commitment … to an immediate and unconditional
 *   ceasefire", is a ceasefire between the two, mediated by Qatar; M23 is not
 *   bound by it. The Washington Accords (4 December) provide for a permanent
 *   ceasefire between the two, brokered by the United States.
 * - Angola's stepping back (24 March) and M23's withdrawal from Walikale (4
 *   April) have no type of their own in the catalogue: they are recorded as
 *   what was said (StatementMade), with the gap noted.
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'drc-rwanda-talks-2025';
const { ev, at, idOf } = caseKit(NEGOTIATION_ID, 'test-analyst', 2025);

const DRC: Actor = {
  id: 'drc',
  name: 'Democratic Republic of the Congo',
  kind: 'state',
  aliases: ['DRC', 'DR Congo', 'Kinshasa', 'FARDC'],
};
const RWANDA: Actor = {
  id: 'rwanda',
  name: 'Rwanda',
  kind: 'state',
  aliases: ['Kigali', 'RDF', 'Rwanda Defence Force'],
};
const ANGOLA: Actor = { id: 'angola', name: 'Angola', kind: 'state', aliases: ['Luanda', 'João Lourenço'] };
const M23: Actor = {
  id: 'm23',
  name: 'AFC/M23',
  kind: 'armed-group',
  aliases: ['M23', 'March 23 Movement', 'Alliance Fleuve Congo', 'Congo River Alliance'],
};
const EAC_SADC: Actor = {
  id: 'eac-sadc',
  name: 'EAC–SADC joint summit',
  kind: 'international-organisation',
  aliases: ['East African Community', 'Southern African Development Community', 'EAC', 'SADC'],
};
const QATAR: Actor = { id: 'qatar', name: 'Qatar', kind: 'state', aliases: ['Doha'] };
const USA: Actor = { id: 'united-states', name: 'United States', kind: 'state', aliases: ['US', 'Washington'] };
const UN: Actor = {
  id: 'un',
  name: 'United Nations',
  kind: 'international-organisation',
  aliases: ['UN', 'MONUSCO', 'UN Group of Experts'],
};
const TOGO: Actor = {
  id: 'togo',
  name: 'Togo (African Union mediator)',
  kind: 'state',
  aliases: ['Faure Gnassingbé', 'AU mediator'],
};

const TSHISEKEDI: Person = { name: 'Félix Tshisekedi', title: 'President of the DRC', actorId: 'drc' };
const KAGAME: Person = { name: 'Paul Kagame', title: 'President of Rwanda', actorId: 'rwanda' };
const SUMINWA: Person = { name: 'Judith Suminwa', title: 'Prime Minister of the DRC', actorId: 'drc' };
const WAGNER: Person = {
  name: 'Thérèse Kayikwamba Wagner',
  title: 'Foreign Minister of the DRC',
  actorId: 'drc',
};
const NDUHUNGIREHE: Person = {
  name: 'Olivier Nduhungirehe',
  title: 'Foreign Minister of Rwanda',
  actorId: 'rwanda',
};
const DRC_MFA: Person = { name: 'Ministry of Foreign Affairs of the DRC (note verbale)', actorId: 'drc' };
const ANGOLA_PRESIDENCY: Person = { name: 'Presidency of Angola (statement)', actorId: 'angola' };
const KANYUKA: Person = { name: 'Lawrence Kanyuka', title: 'Spokesman of AFC/M23', actorId: 'm23' };
const UN_EXPERTS: Person = { name: 'UN Group of Experts on the DRC (report)', actorId: 'un' };
const RUBIO: Person = { name: 'Marco Rubio', title: 'US Secretary of State', actorId: 'united-states' };
const WALTZ: Person = { name: 'Mike Waltz', title: 'US Ambassador to the UN', actorId: 'united-states' };

const S = {
  yahooJan26: source(
    'DR Congo severs ties with Rwanda as M23 rebel group closes in on Goma',
    'France 24 (Yahoo News, AP)',
    'https://ca.news.yahoo.com/dr-congo-severs-ties-rwanda-124156593.html',
    '2025-01-26',
    'B',
    1,
  ),
  pulseJan26: source(
    'Congo severs ties with Rwanda over rising rebel activities',
    'Pulse Ghana',
    'https://pulse.com.gh/articles/news/congo-severs-ties-with-rwanda-over-rising-rebel-activities-2025012608422397127',
    '2025-01-26',
    'C',
    1,
  ),
  devdiscourseJan28: source(
    'Tension escalates as M23 rebels seize Goma',
    'Devdiscourse (Reuters)',
    'https://www.devdiscourse.com/article/law-order/3241870-tension-escalates-as-m23-rebels-seize-goma',
    '2025-01-28',
    'B',
    2,
  ),
  greenwatchJan28: source(
    '17 killed in Goma as M23 rebels and Rwandan forces enter city',
    'Greenwatch (AFP)',
    'https://greenwatchbd.com/world-news/68246/17-killed-in-goma-as-m23-rebels-and-rwandan-forces-enter-city',
    '2025-01-28',
    'C',
    2,
  ),
  voaFeb5: source(
    "UN: Deaths near 3,000 in fighting for DRC's Goma",
    'Voice of America',
    'https://voa.pangea-cms.com/preview/en-US/a/un-deaths-near-3-000-in-fighting-for-drc--goma/7964371.html',
    '2025-02-05',
    'B',
    1,
  ),
  trtFeb6: source(
    "About 2,900 killed in Goma clashes, UN says; M23's unilateral ceasefire",
    'TRT Afrika',
    'https://trt.global/afrika-english/article/18262121',
    '2025-02-06',
    'B',
    2,
  ),
  odtFeb6: source(
    'Rebels take another town in Congo',
    'Otago Daily Times (Reuters)',
    'https://www.odt.co.nz/news/world/rebels-take-another-town-congo',
    '2025-02-06',
    'B',
    2,
  ),
  swedenheraldFeb5: source(
    'New rebel offensive in Congo-Kinshasa',
    'Sweden Herald (AFP)',
    'https://swedenherald.com/article/new-rebel-offensive-in-congokinshasa',
    '2025-02-05',
    'C',
    2,
  ),
  citizenFeb8: source(
    'EAC-SADC Summit calls for immediate ceasefire in eastern DRC',
    'The Citizen (Tanzania)',
    'https://thecitizen.co.tz/tanzania/news/national/eac-sadc-summit-calls-for-immediate-ceasefire-in-eastern-drc-4919136',
    '2025-02-08',
    'B',
    1,
  ),
  mehrFeb9: source(
    'African leaders call for ceasefire in DR Congo',
    'Mehr News Agency (TASS)',
    'https://en.mehrnews.com/news/228072/African-leaders-call-for-ceasefire-in-DR-Congo',
    '2025-02-09',
    'B',
    1,
  ),
  devdiscourseFeb16: source(
    'M23 rebels enter Bukavu, South Kivu in crisis',
    'Devdiscourse (Reuters)',
    'https://www.devdiscourse.com/article/law-order/3267005-m23-rebels-enter-bukavu-south-kivu-in-crisis',
    '2025-02-16',
    'B',
    2,
  ),
  malawi24Feb17: source(
    'Bukavu down: AFC/M23 firmly in control of North and South Kivu',
    'Malawi24 (AP)',
    'https://malawi24.com/2025/02/17/bukavu-down-afc-m23-liberators-firmly-in-control-of-north-south-kivu/',
    '2025-02-17',
    'C',
    2,
  ),
  africanagendaFeb19: source(
    'Bukavu after chaos and uncertainty is finally occupied by the Rwandan army and the M23',
    'African Agenda (The Rwandan)',
    'https://africanagenda.net/bukavu-after-chaos-and-uncertainty-is-finally-occupied-by-the-rwandan-army-and-the-m23/',
    '2025-02-19',
    'C',
    3,
  ),
  ktpressMar19: source(
    'DRC crisis: cautious optimism as Presidents Kagame, Tshisekedi hold talks in Qatar',
    'KT Press',
    'https://www.ktpress.rw/2025/03/drc-crisis-cautious-optimism-as-presidents-kagame-tshisekedi-hold-talks-in-qatar/',
    '2025-03-19',
    'B',
    1,
  ),
  congorassureMar19: source(
    "Crise dans l'est de la RDC : F. Tshisekedi et Paul Kagame s'engagent pour un cessez-le-feu",
    'Congo Rassure',
    'https://congorassure.com/index.php/politique/2025/03/19/crise-dans-lest-de-la-rdc-f-tshisekedi-et-paul-kagame-sengagent-pour-un-cessez',
    '2025-03-19',
    'C',
    1,
  ),
  devdiscourseMar22: source(
    'M23 rebels reposition for peace in eastern Congo',
    'Devdiscourse (Reuters)',
    'https://www.devdiscourse.com/article/law-order/3317771-m23-rebels-reposition-for-peace-in-eastern-congo',
    '2025-03-22',
    'B',
    2,
  ),
  timesliveMar24: source(
    'Angola to end east DRC conflict mediation role, Presidency says',
    'TimesLIVE (Reuters)',
    'https://www.timeslive.co.za/news/africa/2025-03-24-angola-to-end-east-drc-conflict-mediation-role-presidency-says/',
    '2025-03-24',
    'B',
    1,
  ),
  devdiscourseApr4: source(
    'M23 rebels withdraw from strategic Walikale in eastern Congo',
    'Devdiscourse (Reuters)',
    'https://www.devdiscourse.com/article/law-order/3334046-m23-rebels-withdraw-from-strategic-walikale-in-eastern-congo',
    '2025-04-04',
    'B',
    2,
  ),
  allafricaApr25: source(
    'The United States hosts signing of Declaration of Principles between the Government of the DRC and the Government of Rwanda',
    'AllAfrica (US Department of State)',
    'https://allafrica.com/stories/202504250607.html',
    '2025-04-25',
    'B',
    1,
  ),
  ktpressApr25: source(
    "Rwanda's take on new agreement with DR Congo",
    'KT Press',
    'https://www.ktpress.rw/2025/04/rwandas-take-on-new-agreement-with-dr-congo/',
    '2025-04-25',
    'B',
    1,
  ),
  newtimesJun27: source(
    'Rwanda, DR Congo ink peace deal in Washington',
    'The New Times',
    'http://www.newtimes.co.rw/article/27607/news/africa/rwanda-dr-congo-ink-peace-deal-in-washington/amp',
    '2025-06-27',
    'B',
    1,
  ),
  hurriyetJun28: source(
    'Rwanda, DR Congo sign peace deal in US after rebel sweep',
    'Hürriyet Daily News (AFP)',
    'https://www.hurriyetdailynews.com/rwanda-dr-congo-sign-peace-deal-in-us-after-rebel-sweep-210861',
    '2025-06-28',
    'B',
    1,
  ),
  thestarJul2: source(
    'Exclusive: Rwanda exercises command and control over M23 rebels, say UN experts',
    'The Star (Reuters)',
    'https://www.thestar.com.my/news/world/2025/07/02/exclusive-rwanda-exercises-command-and-control-over-m23-rebels-say-un-experts',
    '2025-07-02',
    'B',
    2,
  ),
  friendsofthecongoJul19: source(
    'A declaration of principles signed between the Congolese government and the M23',
    'Friends of the Congo',
    'https://friendsofthecongo.org/a-declaration-of-principles-signed-between-the-congolese-government-and-the-m23',
    '2025-07-19',
    'C',
    1,
  ),
  allafricaJul22: source(
    'A Declaration of Principles was signed in Doha between the Congolese government and the M23 to end the war',
    'AllAfrica (Agenzia Fides)',
    'https://allafrica.com/stories/202507220039.html',
    '2025-07-22',
    'B',
    1,
  ),
  africanewsAug20: source(
    'M23 rebels killed 140 civilians in eastern DRC, HRW says',
    'Africanews',
    'https://www.africanews.com/2025/08/20/m23-rebels-killed-140-civilians-in-eastern-drc-hrw-says/',
    '2025-08-20',
    'B',
    2,
  ),
  postxnewsAug20: source(
    'Rwanda-backed armed group executes over 140 civilians in 14 villages, farming areas (Human Rights Watch)',
    'PostX News',
    'https://www.postxnews.com/?p=640120',
    '2025-08-20',
    'C',
    2,
  ),
  newtimesAug9: source(
    "Trump's advisor: Rwanda-DR Congo cooperation key to lasting peace",
    'The New Times',
    'http://www.newtimes.co.rw/article/28757/news/africa/trumps-advisor-rwanda-dr-congo-cooperation-key-to-lasting-peace/amp',
    '2025-08-09',
    'B',
    1,
  ),
  allafricaSep25: source(
    'Joint statement on the second meeting of the Joint Security Coordination Mechanism',
    'AllAfrica (US Department of State)',
    'https://allafrica.com/stories/202509250451.html',
    '2025-09-25',
    'B',
    1,
  ),
  rtSep2: source(
    'M23-linked rebels accuse DR Congo of violating ceasefire',
    'Russia Today (via Lebanon News App)',
    'http://www.lebanonnewsapp.com/2/Article/2018/248754051',
    '2025-09-02',
    'C',
    2,
  ),
  vanguardOct14: source(
    'DR Congo, M23 sign deal on ceasefire implementation, says Qatar',
    'Vanguard (AFP)',
    'https://www.vanguardngr.com/2025/10/dr-congo-m23-sign-deal-on-ceasefire-implementation-says-qatar/',
    '2025-10-14',
    'B',
    1,
  ),
  hamzablogNov8: source(
    'U.S. says DR Congo, Rwanda initial full text of Regional Economic Integration Framework',
    'Hamza Blog (AllAfrica)',
    'https://www.hamzablog.com/2025/11/congo-kinshasa-us-says-dr-congo-rwanda.html',
    '2025-11-08',
    'C',
    1,
  ),
  dzwatchNov8: source(
    'DR Congo and Rwanda initial economic integration framework in Washington',
    'DZ Watch',
    'https://dzwatch.dz/?p=17881',
    '2025-11-08',
    'C',
    2,
  ),
  ktpressNov15: source(
    'DR Congo and AFC/M23 commit to sign final peace deal soon',
    'KT Press',
    'https://www.ktpress.rw/2025/11/dr-congo-and-afc-m23-commit-to-sign-final-peace-deal-soon/',
    '2025-11-15',
    'B',
    1,
  ),
  chinadailyNov16: source(
    'DR Congo, M23 rebels sign framework agreement toward peace deal',
    'China Daily Hong Kong (Xinhua)',
    'https://www.chinadailyhk.com/hk/article/623718',
    '2025-11-16',
    'B',
    1,
  ),
  citizenDec3: source(
    'Congo and M23 accuse each other of sabotaging peace deals',
    'The Citizen (Reuters)',
    'https://www.thecitizen.co.tz/tanzania/news/africa/congo-and-m23-accuse-each-other-of-sabotaging-peace-deals-5285106',
    '2025-12-03',
    'B',
    1,
  ),
  timesliveDec3: source(
    'DRC and Rwanda-backed rebels accuse each other of sabotaging peace deals',
    'TimesLIVE (Reuters)',
    'https://www.timeslive.co.za/news/africa/2025-12-03-drc-and-rwanda-backed-rebels-accuse-each-other-of-sabotaging-peace-deals/',
    '2025-12-03',
    'B',
    1,
  ),
  oannDec4: source(
    'Trump hosts Kagame and Tshisekedi to sign the Washington Accords',
    'One America News',
    'https://www.oann.com/?p=742458',
    '2025-12-04',
    'C',
    1,
  ),
  allafricaDec5: source(
    "They'll spend a lot of time hugging each other - Trump on Kagame-Tshisekedi relations",
    'AllAfrica (Capital FM)',
    'https://allafrica.com/stories/202512050369.html',
    '2025-12-05',
    'B',
    1,
  ),
  ligaDec4: source(
    'Trump again helped end the war: Rwanda and Congo sign peace agreement',
    'LIGA.net (Reuters)',
    'https://news.liga.net/en/world/news/trump-again-helped-end-the-war-rwanda-and-congo-sign-peace-agreement',
    '2025-12-04',
    'C',
    2,
  ),
  sputnikDec10: source(
    '烏維拉落入M23控制 (Uvira falls to M23)',
    'Sputnik (Chinese)',
    'https://big5.sputniknews.cn/amp/20251210/1068830130.html',
    '2025-12-10',
    'C',
    2,
  ),
  shropshireDec11: source(
    'Hundreds killed in fighting in DR Congo despite US-mediated peace deal',
    'Shropshire Star (PA, AP)',
    'https://www.shropshirestar.com/world-news/2025/12/11/hundreds-killed-in-fighting-in-dr-congo-despite-us-mediated-peace-deal/',
    '2025-12-11',
    'B',
    2,
  ),
  ajcDec11: source(
    "Rwanda-backed M23 offensive in Congo's South Kivu kills over 400 civilians",
    'Atlanta Journal-Constitution (AP)',
    'https://www.ajc.com/news/2025/12/rwanda-backed-m23-offensive-in-south-kivu-kills-over-400-civilians',
    '2025-12-11',
    'B',
    2,
  ),
  channelsDec13: source(
    "US will respond to Rwanda's 'clear violation' of DRC agreement: Rubio",
    'Channels TV (AFP)',
    'https://www.channelstv.com/2025/12/13/us-will-respond-to-rwandas-clear-violation-of-drc-agreement-rubio/',
    '2025-12-13',
    'B',
    1,
  ),
  straitstimesDec13: source(
    "Rwanda's actions in eastern Congo violate accords, Rubio says",
    'The Straits Times (Reuters)',
    'https://www.straitstimes.com/world/rwandas-actions-in-eastern-congo-violate-accords-rubio-says',
    '2025-12-13',
    'B',
    1,
  ),
  kenyansDec14: source(
    "US fires threats to Rwanda, warns of Trump's actions weeks after signing DRC deal",
    'Kenyans.co.ke',
    'https://www.kenyans.co.ke/news/119059-us-fires-threats-rwanda-warns-trump-actions-weeks-after-signing-drc-deal',
    '2025-12-14',
    'C',
    1,
  ),
};

const D = {
  rdfOut: 'drc-rwanda-troops-out',
  fdlr: 'rwanda-fdlr-neutralised',
};
const R = {
  summit: 'eac-sadc-summit-2025-02-08',
  luanda: 'luanda-drc-m23-2025-03-18',
  doha: 'doha-presidents-2025-03-18',
  jscm1: 'jscm-1-2025-08-07',
  jscm2: 'jscm-2-2025-09-17',
  joc4: 'joc-4-2025-11-07',
  washington: 'washington-accords-2025-12-04',
};
const C = {
  m23Unilateral: 'm23-unilateral-2025-02-04',
  doha: 'doha-presidents-ceasefire-2025-03-18',
  dohaDop: 'doha-drc-m23-ceasefire-2025-07-19',
  washington: 'washington-accords-ceasefire-2025-12-04',
};
const O = {
  goma: 'battle-of-goma-2025-01-27',
  nyabibwe: 'nyabibwe-2025-02-05',
  bukavu: 'bukavu-2025-02-16',
  rutshuru: 'rutshuru-killings-2025-07',
  kaziba: 'kaziba-katogota-2025-12-02',
  uvira: 'uvira-2025-12-10',
  dohaSummit: 'doha-presidents-2025-03-18',
  dohaDop: 'doha-dop-2025-07-19',
  washington: 'washington-accords-2025-12-04',
};

const events = [
  // ===== January: relations broken, the battle of Goma =====
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '2025-01-24', recordedAt: at('01-26', '14:00') },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'DR Congo – Rwanda talks, 2025',
      subject:
        "Rwanda's troops in eastern DRC and its backing of AFC/M23, the FDLR, and the normalisation of relations: from Angola's Luanda process through the EAC–SADC summit, Qatar's meeting of the presidents and the Washington track to the Washington Accords",
      parties: [DRC, RWANDA],
      mediators: [ANGOLA],
    },
    [S.yahooJan26],
    { note: "Opened at Kinshasa's note verbale of 24 January; Angola's Luanda process had mediated since 2022." },
  ),
  ev(
    'ActorRegistered',
    'actor-m23',
    { occurredAt: '2025-01-24', recordedAt: at('01-26', '14:05') },
    { actor: M23, role: 'third-party' },
    [S.yahooJan26],
    { note: 'AFC/M23 negotiates with Kinshasa on its own track (Doha); in these talks it is a third party.' },
  ),
  ev(
    'StatementMade',
    'stmt-drc-breaks-ties',
    { occurredAt: '2025-01-24', recordedAt: at('01-26', '14:10') },
    {
      speaker: DRC_MFA,
      audience: 'rwanda',
      tone: 'accusation',
      summary:
        "Recalls the DRC's diplomats from Kigali and orders Rwanda's embassy in Kinshasa to cease all diplomatic and consular activity within 48 hours, accusing Rwanda of backing M23 with troops and weapons.",
    },
    [S.pulseJan26, S.yahooJan26],
    { cameo: '161', note: 'Breaking off diplomatic relations (CAMEO 161).' },
  ),
  ev(
    'DemandTabled',
    'dem-rdf-out',
    { occurredAt: '2025-01-24', recordedAt: at('01-26', '14:15') },
    {
      demandId: D.rdfOut,
      by: 'drc',
      addressedTo: ['rwanda'],
      text: "Withdraw Rwanda's troops from Congolese territory and end all support to M23.",
      category: 'security',
    },
    [S.pulseJan26],
  ),
  ev(
    'IncidentReported',
    'inc-m23-goma',
    { occurredAt: '2025-01-27', recordedAt: at('01-28', '12:00') },
    {
      incidentId: 'm23-goma-2025-01-27',
      kind: 'clash',
      perpetrator: 'm23',
      allegedBy: 'drc',
      against: 'drc',
      blamedOn: 'rwanda',
      place: 'Goma, North Kivu',
      fatalities: { min: 17, max: 17 },
      injured: { min: 370, max: 370 },
      description:
        'M23 enters Goma after days of fighting with the Congolese army, its allies and peacekeepers, and claims the city on the 27th; artillery and gunfire in the streets, hospitals overwhelmed. Kinshasa holds Rwanda responsible for the offensive; Rwanda denies backing M23.',
    },
    [S.greenwatchJan28, S.devdiscourseJan28],
    { occurrence: O.goma },
  ),
  ev(
    'IncidentReported',
    'inc-rdf-goma',
    { occurredAt: '2025-01-27', recordedAt: at('01-28', '12:05') },
    {
      incidentId: 'rdf-goma-2025-01-27',
      kind: 'clash',
      perpetrator: 'rwanda',
      allegedBy: 'drc',
      against: 'drc',
      place: 'Goma, North Kivu',
      fatalities: { min: 17, max: 17 },
      injured: { min: 370, max: 370 },
      description:
        'Regular Rwandan soldiers fight alongside M23 in the battle for Goma (the UN confirms it; UN sources put 500–1,000 Rwandan troops in the Goma area). Rwanda denies it.',
    },
    [S.devdiscourseJan28, S.greenwatchJan28],
    { occurrence: O.goma, note: "The same battle as M23's record of it: one occurrence." },
  ),
  ev(
    'IncidentReported',
    'inc-fardc-rubavu',
    { occurredAt: '2025-01-27', recordedAt: at('01-28', '12:10') },
    {
      incidentId: 'rubavu-shelling-2025-01-27',
      kind: 'shelling',
      perpetrator: 'drc',
      allegedBy: 'rwanda',
      against: 'rwanda',
      place: 'Rubavu (Gisenyi), Rwanda, across the border from Goma',
      fatalities: { min: 5, max: 5 },
      civilianFatalities: { min: 5, max: 5 },
      description: 'Kigali reports five civilians killed by artillery fire from across the border in the DRC.',
    },
    [graded(S.greenwatchJan28, 3)],
    { note: "Rwanda's claim, reported by AFP: graded 3." },
  ),
  // ===== February: the toll, Nyabibwe, the summit, Bukavu =====
  ev(
    'CeasefireDeclared',
    'cf-m23-unilateral',
    { occurredAt: '2025-02-04', recordedAt: at('02-06', '10:00') },
    {
      ceasefireId: C.m23Unilateral,
      parties: ['m23'],
      scope: "M23's unilateral humanitarian ceasefire from 4 February; it says it has no intention of taking Bukavu",
      duration: 'indefinite',
    },
    [S.trtFeb6, S.odtFeb6],
    { note: 'Kinshasa calls it "false communication".' },
  ),
  ev(
    'EventCorrected',
    'corr-goma-toll-m23',
    { occurredAt: '2025-02-05', recordedAt: at('02-06', '10:05') },
    {
      eventId: idOf('inc-m23-goma'),
      changes: { data: { fatalities: { min: 2900, max: 2900 }, injured: null } },
      reason:
        "The UN's count of the battle's dead: 2,000 bodies collected from Goma's streets and 900 in the morgues (MONUSCO's deputy head, 5 February).",
    },
    [S.voaFeb5, S.trtFeb6],
  ),
  ev(
    'EventCorrected',
    'corr-goma-toll-rdf',
    { occurredAt: '2025-02-05', recordedAt: at('02-06', '10:10') },
    {
      eventId: idOf('inc-rdf-goma'),
      changes: { data: { fatalities: { min: 2900, max: 2900 }, injured: null } },
      reason: 'The same battle: the UN counts about 2,900 dead in Goma.',
    },
    [S.voaFeb5],
  ),
  ev(
    'IncidentReported',
    'inc-m23-nyabibwe',
    { occurredAt: '2025-02-05', recordedAt: at('02-06', '10:15') },
    {
      incidentId: 'm23-nyabibwe-2025-02-05',
      kind: 'clash',
      perpetrator: 'm23',
      allegedBy: 'drc',
      against: 'drc',
      blamedOn: 'rwanda',
      place: 'Nyabibwe, South Kivu (70 km north of Bukavu)',
      description:
        'M23 takes the mining town after clashes with the Congolese army from 5 a.m., a day after its own ceasefire (eight sources). Muyaya: the ceasefire was "a ploy".',
    },
    [S.odtFeb6, S.swedenheraldFeb5],
    { occurrence: O.nyabibwe },
  ),
  ev(
    'IncidentReported',
    'inc-rdf-nyabibwe',
    { occurredAt: '2025-02-05', recordedAt: at('02-06', '10:20') },
    {
      incidentId: 'rdf-nyabibwe-2025-02-05',
      kind: 'clash',
      perpetrator: 'rwanda',
      allegedBy: 'drc',
      against: 'drc',
      place: 'Nyabibwe, South Kivu',
      description:
        'Humanitarian and security sources tell AFP that M23 took Nyabibwe with the support of Rwandan forces.',
    },
    [S.swedenheraldFeb5],
    { occurrence: O.nyabibwe },
  ),
  ev(
    'CeasefireEnded',
    'cf-m23-unilateral-ended',
    { occurredAt: '2025-02-05', recordedAt: at('02-06', '10:25') },
    {
      ceasefireId: C.m23Unilateral,
      reason: 'collapsed',
      summary: 'M23 resumes its advance on Bukavu and takes Nyabibwe, a day after declaring its ceasefire.',
    },
    [S.odtFeb6],
    { occurrence: O.nyabibwe },
  ),
  ev(
    'ActorRegistered',
    'actor-eac-sadc',
    { occurredAt: '2025-02-08', recordedAt: at('02-09', '09:00') },
    { actor: EAC_SADC, role: 'mediator' },
    [S.citizenFeb8],
  ),
  ev(
    'TalksRoundOpened',
    'round-summit-opened',
    { occurredAt: '2025-02-08', recordedAt: at('02-09', '09:05') },
    {
      roundId: R.summit,
      label: 'EAC–SADC joint summit',
      venue: 'Dar es Salaam',
      format: 'formal',
      hosts: ['eac-sadc'],
      delegations: [
        { actorId: 'drc', head: SUMINWA },
        { actorId: 'rwanda', head: KAGAME },
      ],
    },
    [S.citizenFeb8, S.mehrFeb9],
    { note: 'Tshisekedi took part by video; his prime minister led the delegation.' },
  ),
  ev(
    'MediationAction',
    'med-summit-ceasefire',
    { occurredAt: '2025-02-08', recordedAt: at('02-09', '09:10') },
    {
      mediator: 'eac-sadc',
      action: 'proposed',
      summary:
        'Calls for an immediate and unconditional ceasefire and cessation of hostilities; directs the chiefs of defence forces to meet within five days on its modalities; calls for the withdrawal of uninvited foreign forces and for the DRC to talk with all parties including M23; merges the Luanda and Nairobi processes.',
    },
    [S.citizenFeb8, S.mehrFeb9],
    { occurrence: R.summit },
  ),
  ev(
    'TalksRoundConcluded',
    'round-summit-concluded',
    { occurredAt: '2025-02-08', recordedAt: at('02-09', '09:15') },
    {
      roundId: R.summit,
      outcome: 'progress',
      summary: 'A communiqué calling for a ceasefire, not a ceasefire agreed: the defence chiefs are to work out how.',
      nextSteps: 'Chiefs of defence forces to meet within five days; ministers to follow up.',
    },
    [S.citizenFeb8],
  ),
  ev(
    'IncidentReported',
    'inc-m23-bukavu',
    { occurredAt: '2025-02-16', recordedAt: at('02-17', '09:00') },
    {
      incidentId: 'm23-bukavu-2025-02-16',
      kind: 'clash',
      perpetrator: 'm23',
      allegedBy: 'drc',
      against: 'drc',
      blamedOn: 'rwanda',
      place: 'Bukavu, South Kivu (Kavumu airport taken on the 14th)',
      description:
        'M23 enters the centre of Bukavu with little resistance after the army withdrew to spare the city urban warfare; Kinshasa accuses Rwanda of aiding the rebels, Rwanda denies it.',
    },
    [S.devdiscourseFeb16, S.malawi24Feb17],
    { occurrence: O.bukavu },
  ),
  ev(
    'IncidentReported',
    'inc-rdf-bukavu',
    { occurredAt: '2025-02-16', recordedAt: at('02-19', '12:00') },
    {
      incidentId: 'rdf-bukavu-2025-02-16',
      kind: 'clash',
      perpetrator: 'rwanda',
      allegedBy: 'drc',
      against: 'drc',
      place: 'Bukavu, South Kivu',
      description:
        'Kinshasa alleges that Rwandan troops entered Bukavu with M23; a Rwandan opposition outlet reports RDF reinforcements crossing from Cyangugu the night before. UN experts say about 4,000 Rwandan troops support the rebels.',
    },
    [S.africanagendaFeb19, graded(S.malawi24Feb17, 3)],
    { occurrence: O.bukavu, note: "Kinshasa's claim, unconfirmed for Bukavu itself: graded 3." },
  ),
  // ===== March: Luanda cancelled, Doha, Walikale, Angola steps back =====
  ev(
    'ActorRegistered',
    'actor-qatar',
    { occurredAt: '2025-03-18', recordedAt: at('03-19', '08:10') },
    { actor: QATAR, role: 'mediator' },
    [S.ktpressMar19],
  ),
  ev(
    'TalksRoundOpened',
    'round-doha-opened',
    { occurredAt: '2025-03-18', recordedAt: at('03-19', '08:15') },
    {
      roundId: R.doha,
      label: 'Doha meeting of the presidents',
      venue: 'Lusail Palace, Doha',
      format: 'formal',
      hosts: ['qatar'],
      delegations: [
        { actorId: 'drc', head: TSHISEKEDI },
        { actorId: 'rwanda', head: KAGAME },
      ],
    },
    [S.ktpressMar19, S.congorassureMar19],
    { occurrence: O.dohaSummit },
  ),
  ev(
    'DemandTabled',
    'dem-fdlr',
    { occurredAt: '2025-03-18', recordedAt: at('03-19', '08:20') },
    {
      demandId: D.fdlr,
      by: 'rwanda',
      addressedTo: ['drc'],
      text: 'Neutralise the FDLR and give Rwanda security guarantees; open direct political dialogue with AFC/M23.',
      category: 'security',
    },
    [S.ktpressMar19],
    { occurrence: O.dohaSummit },
  ),
  ev(
    'CeasefireDeclared',
    'cf-doha',
    { occurredAt: '2025-03-18', recordedAt: at('03-19', '08:25') },
    {
      ceasefireId: C.doha,
      parties: ['drc', 'rwanda'],
      scope:
        'The presidents "reaffirmed the commitment … to an immediate and unconditional ceasefire as agreed at the said summit"; its modalities to be specified within the Luanda and Nairobi processes',
      duration: 'indefinite',
      mediatedBy: ['qatar'],
    },
    [S.ktpressMar19, S.congorassureMar19],
    { occurrence: O.dohaSummit },
  ),
  ev(
    'TalksRoundConcluded',
    'round-doha-concluded',
    { occurredAt: '2025-03-18', recordedAt: at('03-19', '08:30') },
    {
      roundId: R.doha,
      outcome: 'progress',
      summary:
        'A joint statement of Qatar, the DRC and Rwanda: the meeting "helped build confidence"; the discussions begun in Doha are to continue.',
    },
    [S.ktpressMar19],
    { occurrence: O.dohaSummit },
  ),
  ev(
    'IncidentReported',
    'inc-m23-walikale',
    { occurredAt: '2025-03-19', recordedAt: at('03-22', '12:00') },
    {
      incidentId: 'm23-walikale-2025-03-19',
      kind: 'clash',
      perpetrator: 'm23',
      against: 'drc',
      place: 'Walikale, North Kivu',
      description:
        'M23 takes the mining town of Walikale after fighting with the army and pro-government militias, its deepest push west, the day after the Doha meeting.',
    },
    [S.devdiscourseMar22],
  ),
  ev(
    'StatementMade',
    'stmt-m23-walikale-reposition',
    { occurredAt: '2025-03-22', recordedAt: at('03-22', '12:05') },
    {
      speaker: KANYUKA,
      audience: 'drc',
      tone: 'conciliatory',
      summary:
        'AFC/M23 repositions its forces out of Walikale "to give peace a chance", in line with its February ceasefire and the Doha statement; asks that the town stay demilitarised.',
    },
    [S.devdiscourseMar22],
  ),
  ev(
    'StatementMade',
    'stmt-angola-steps-back',
    { occurredAt: '2025-03-24', recordedAt: at('03-24', '15:00') },
    {
      speaker: ANGOLA_PRESIDENCY,
      audience: 'drc',
      tone: 'neutral',
      summary:
        'Angola relieves itself of the mediation between the DRC and Rwanda to focus on its African Union chairmanship, after the "aborted" Luanda talks; another head of state is to take it over.',
    },
    [S.timesliveMar24],
    { note: 'A mediator stepping back has no type of its own in the catalogue: recorded as what it said.' },
  ),
  ev(
    'TalksRoundScheduled',
    'round-luanda-scheduled',
    { occurredAt: '2025-03', recordedAt: at('03-24', '15:05') },
    {
      roundId: R.luanda,
      label: 'Luanda direct talks, DRC – M23',
      venue: 'Luanda',
      hosts: ['angola'],
      plannedFor: '2025-03-18',
    },
    [S.congorassureMar19],
    { note: "Angola's process: the first direct talks between Kinshasa and M23, announced in March (day not kept)." },
  ),
  ev(
    'TalksRoundCancelled',
    'round-luanda-cancelled',
    { occurredAt: '2025-03-18', recordedAt: at('03-24', '15:10') },
    {
      roundId: R.luanda,
      reason:
        "M23 pulled out on the eve in protest at the EU's sanctions on its leaders and on Rwandan officials; Angola's foreign ministry says the talks could not begin.",
    },
    [S.congorassureMar19, S.timesliveMar24],
  ),
  ev(
    'StatementMade',
    'stmt-m23-walikale-out',
    { occurredAt: '2025-04-04', recordedAt: at('04-04', '18:00') },
    {
      speaker: KANYUKA,
      audience: 'drc',
      tone: 'conciliatory',
      summary:
        'M23 has left Walikale, a goodwill gesture before its direct talks with Kinshasa in Doha on 9 April; continued provocations could void it.',
    },
    [S.devdiscourseApr4],
    { note: 'The withdrawal itself (a de-escalation on the ground) has no incident kind: recorded as what M23 said.' },
  ),
  // ===== April – June: the Washington track =====
  ev(
    'ActorRegistered',
    'actor-usa',
    { occurredAt: '2025-04-25', recordedAt: at('04-25', '20:00') },
    { actor: USA, role: 'mediator' },
    [S.allafricaApr25],
  ),
  ev(
    'AgreementReached',
    'agr-declaration-of-principles',
    { occurredAt: '2025-04-25', recordedAt: at('04-25', '20:05') },
    {
      agreementId: 'declaration-of-principles-2025-04-25',
      kind: 'framework',
      provisions: [
        "Mutual recognition of sovereignty, territorial integrity and established borders; disputes settled by diplomacy, not 'hostile force or rhetoric'",
        'Refrain from providing state military support to non-state armed groups',
        'Explore joint security coordination mechanisms against armed groups',
        'A Regional Economic Integration Framework',
        'A draft peace agreement to be submitted by 2 May',
      ],
      signatories: ['drc', 'rwanda'],
      textPublic: true,
    },
    [S.allafricaApr25, S.ktpressApr25],
    { note: 'Signed by the foreign ministers Wagner and Nduhungirehe at the State Department, Rubio witnessing.' },
  ),
  ev(
    'AgreementReached',
    'agr-peace-agreement',
    { occurredAt: '2025-06-27', recordedAt: at('06-28', '09:00') },
    {
      agreementId: 'washington-peace-agreement-2025-06-27',
      kind: 'comprehensive',
      provisions: [
        'Respect for territorial integrity; cessation of hostilities',
        'Disengagement of forces and lifting of defensive measures by Rwanda (within 90 days)',
        'Harmonised plan (CONOPS) for the neutralisation of the FDLR',
        'A Joint Security Coordination Mechanism within 30 days',
        'Return of refugees and displaced persons; humanitarian access',
        'A Regional Economic Integration Framework',
      ],
      signatories: ['drc', 'rwanda'],
      textPublic: true,
    },
    [S.newtimesJun27, S.hurriyetJun28],
    { note: 'Signed by the foreign ministers in Washington; in effect on signature (Boulos).' },
  ),
  ev(
    'PositionTaken',
    'pos-rwanda-rdf-out',
    { occurredAt: '2025-06-27', recordedAt: at('06-28', '09:05') },
    {
      demandId: D.rdfOut,
      actorId: 'rwanda',
      stance: 'conditional',
      conditions: "Rwanda's defensive measures are lifted as the FDLR is neutralised (the agreement's CONOPS).",
      speaker: NDUHUNGIREHE,
      quote:
        'The agreement is grounded in the commitment made here for an irreversible and verifiable end to state support for FDLR.',
    },
    [S.hurriyetJun28],
  ),
  ev(
    'PositionTaken',
    'pos-drc-fdlr',
    { occurredAt: '2025-06-27', recordedAt: at('06-28', '09:10') },
    {
      demandId: D.fdlr,
      actorId: 'drc',
      stance: 'accepted',
      speaker: WAGNER,
      conditions:
        'The neutralisation of the FDLR under the harmonised plan, against the lifting of defensive measures by Rwanda.',
    },
    [S.newtimesJun27, S.hurriyetJun28],
  ),
  // ===== July – September: the Doha track, the killings, the mechanism =====
  ev(
    'ActorRegistered',
    'actor-un',
    { occurredAt: '2025-07-02', recordedAt: at('07-02', '18:00') },
    { actor: UN, role: 'observer' },
    [S.thestarJul2],
  ),
  ev(
    'StatementMade',
    'stmt-un-experts',
    { occurredAt: '2025-07-02', recordedAt: at('07-02', '18:05') },
    {
      speaker: UN_EXPERTS,
      audience: 'rwanda',
      tone: 'accusation',
      summary:
        'A confidential report: Rwanda exercised command and control over M23 during its advance, trained its recruits and deployed air-defence systems; up to 6,000 Rwandan troops in the Kivus in January–April, 1,000–1,500 still in rebel-held areas.',
    },
    [S.thestarJul2],
  ),
  ev(
    'AgreementReached',
    'agr-doha-dop',
    { occurredAt: '2025-07-19', recordedAt: at('07-22', '10:00') },
    {
      agreementId: 'doha-declaration-of-principles-2025-07-19',
      kind: 'framework',
      provisions: [
        'A permanent ceasefire: no attacks from air, land or water, no hate propaganda, no seizing of positions by force',
        'Restoration of state authority in eastern DRC',
        'Exchange of prisoners with the ICRC',
        'Provisions applied by 29 July; peace talks by 8 August; an agreement by 18 August',
      ],
      signatories: ['drc', 'm23'],
      textPublic: true,
    },
    [S.friendsofthecongoJul19, S.allafricaJul22],
    { occurrence: O.dohaDop, note: "The DRC – M23 track, mediated by Qatar: not the pair's own agreement." },
  ),
  ev(
    'CeasefireDeclared',
    'cf-doha-dop',
    { occurredAt: '2025-07-19', recordedAt: at('07-22', '10:05') },
    {
      ceasefireId: C.dohaDop,
      parties: ['drc', 'm23'],
      scope:
        'Permanent ceasefire between the DRC and AFC/M23 in all conflict zones, with a monitoring mechanism to come',
      duration: 'indefinite',
      mediatedBy: ['qatar'],
    },
    [S.allafricaJul22, S.friendsofthecongoJul19],
    { occurrence: O.dohaDop },
  ),
  ev(
    'ActorRegistered',
    'actor-togo',
    { occurredAt: '2025-08-07', recordedAt: at('08-09', '12:00') },
    { actor: TOGO, role: 'mediator' },
    [S.newtimesAug9],
  ),
  ev(
    'TalksRoundOpened',
    'round-jscm1-opened',
    { occurredAt: '2025-08-07', recordedAt: at('08-09', '12:05') },
    {
      roundId: R.jscm1,
      label: 'Joint Security Coordination Mechanism, 1st meeting',
      venue: 'African Union Commission, Addis Ababa',
      format: 'technical',
      hosts: ['united-states', 'qatar', 'togo'],
      delegations: [{ actorId: 'drc' }, { actorId: 'rwanda' }],
    },
    [S.newtimesAug9],
  ),
  ev(
    'TalksRoundConcluded',
    'round-jscm1-concluded',
    { occurredAt: '2025-08-08', recordedAt: at('08-09', '12:10') },
    {
      roundId: R.jscm1,
      outcome: 'progress',
      summary:
        "The DRC and Rwanda adopt terms of reference for the mechanism that implements the CONOPS (FDLR neutralisation, lifting of Rwanda's defensive measures) and begin discussing implementation.",
    },
    [S.newtimesAug9],
  ),
  ev(
    'IncidentReported',
    'inc-m23-rutshuru',
    { occurredAt: '2025-07-20', precision: 'approximate', recordedAt: at('08-20', '12:00') },
    {
      incidentId: 'm23-rutshuru-2025-07',
      kind: 'militant-attack',
      perpetrator: 'm23',
      against: 'drc',
      target: 'Mostly Hutu villagers and farmers',
      place: 'Binza groupement, Rutshuru territory, North Kivu (at least 14 villages)',
      fatalities: { min: 140, max: 319 },
      civilianFatalities: { min: 140, max: 319 },
      description:
        'Summary executions of civilians between 10 and 30 July, apparently in a campaign against the FDLR: at least 140 killed (Human Rights Watch), 319 between 9 and 21 July (UN human rights office). M23 denies it.',
    },
    [S.africanewsAug20, S.postxnewsAug20],
    { occurrence: O.rutshuru },
  ),
  ev(
    'IncidentReported',
    'inc-rdf-rutshuru',
    { occurredAt: '2025-07-20', precision: 'approximate', recordedAt: at('08-20', '12:05') },
    {
      incidentId: 'rdf-rutshuru-2025-07',
      kind: 'militant-attack',
      perpetrator: 'rwanda',
      against: 'drc',
      target: 'Mostly Hutu villagers and farmers',
      place: 'Rutshuru territory, North Kivu',
      fatalities: { min: 140, max: 319 },
      civilianFatalities: { min: 140, max: 319 },
      description:
        'Human Rights Watch: "witness accounts, the UN, and military sources indicate that the Rwandan military, the Rwanda Defence Force, were also involved in the M23 operations".',
    },
    [S.postxnewsAug20, S.africanewsAug20],
    { occurrence: O.rutshuru, note: 'Alleged by Human Rights Watch, not by a party: no allegedBy.' },
  ),
  ev(
    'TalksRoundOpened',
    'round-jscm2-opened',
    { occurredAt: '2025-09-17', recordedAt: at('09-25', '12:00') },
    {
      roundId: R.jscm2,
      label: 'Joint Security Coordination Mechanism, 2nd meeting',
      venue: 'Washington',
      format: 'technical',
      hosts: ['united-states', 'qatar', 'togo'],
      delegations: [{ actorId: 'drc' }, { actorId: 'rwanda' }],
    },
    [S.allafricaSep25],
  ),
  ev(
    'TalksRoundConcluded',
    'round-jscm2-concluded',
    { occurredAt: '2025-09-18', recordedAt: at('09-25', '12:05') },
    {
      roundId: R.jscm2,
      outcome: 'progress',
      summary:
        'Intelligence shared on the security posture in eastern DRC; an Operations Order (OPORD) negotiated to carry out the CONOPS in phases.',
      nextSteps: 'Implementation of the OPORD from 1 October.',
    },
    [S.allafricaSep25],
  ),
  ev(
    'CeasefireViolationReported',
    'viol-dop-m23-sep1',
    { occurredAt: '2025-09-01', recordedAt: at('09-25', '12:10') },
    {
      ceasefireId: C.dohaDop,
      allegedBy: 'm23',
      against: 'drc',
      description:
        'Nangaa (Goma press conference): Congolese forces and their allies keep attacking in South Kivu, "successive violations of the ceasefire" hindering the Doha principles; the 18 August deadline for a peace agreement has passed.',
    },
    [S.rtSep2],
  ),
  ev(
    'CeasefireExtended',
    'cf-dop-monitoring',
    { occurredAt: '2025-10-14', recordedAt: at('10-14', '20:00') },
    {
      ceasefireId: C.dohaDop,
      terms:
        'A ceasefire monitoring and verification mechanism, DRC and M23 with Qatar, the United States and the African Union as observers, to investigate reported violations and prevent a resumption of hostilities.',
    },
    [S.vanguardOct14],
  ),
  // ===== November: the economic framework, the Doha framework =====
  ev(
    'TalksRoundOpened',
    'round-joc4-opened',
    { occurredAt: '2025-11-07', recordedAt: at('11-08', '12:00') },
    {
      roundId: R.joc4,
      label: 'Joint Oversight Committee, 4th meeting',
      venue: 'Washington',
      format: 'technical',
      hosts: ['united-states', 'qatar', 'togo'],
      delegations: [{ actorId: 'drc' }, { actorId: 'rwanda' }],
    },
    [S.hamzablogNov8, S.dzwatchNov8],
  ),
  ev(
    'TalksRoundConcluded',
    'round-joc4-concluded',
    { occurredAt: '2025-11-07', recordedAt: at('11-08', '12:05') },
    {
      roundId: R.joc4,
      outcome: 'progress',
      summary:
        'The two delegations initial the full text of the Regional Economic Integration Framework (its implementation contingent on the CONOPS and OPORD of the peace agreement). The committee acknowledges lagging progress, agrees near-term actions against the FDLR and on the lifting of defensive measures, and the parties recommit to refrain from hostile actions or rhetoric.',
      nextSteps: 'The presidents to sign at the White House.',
    },
    [S.hamzablogNov8, S.dzwatchNov8],
    { note: 'Initialled, not signed: recorded as the meeting that agreed the text, not as an agreement reached.' },
  ),
  ev(
    'AgreementReached',
    'agr-doha-framework',
    { occurredAt: '2025-11-15', recordedAt: at('11-16', '10:00') },
    {
      agreementId: 'doha-framework-2025-11-15',
      kind: 'framework',
      provisions: [
        'Doha Framework for a Comprehensive Peace Agreement: a roadmap of eight protocols (two agreed: prisoner exchanges and ceasefire monitoring)',
        'Progressive restoration of state authority; transitional security arrangements; a truth, reconciliation and justice commission',
      ],
      signatories: ['drc', 'm23'],
      textPublic: false,
    },
    [S.ktpressNov15, S.chinadailyNov16],
    { note: 'The DRC – M23 track; M23: the framework "does not contain any binding provisions".' },
  ),
  // ===== December: the Washington Accords, the offensive on Uvira =====
  ev(
    'CeasefireViolationReported',
    'viol-dop-drc-dec2',
    { occurredAt: '2025-12-02', recordedAt: at('12-03', '10:00') },
    {
      ceasefireId: C.dohaDop,
      allegedBy: 'drc',
      against: 'm23',
      description:
        'The army: its troops attacked in Kaziba, Katogota and Lubarika (South Kivu) by M23 and its allies, "to sabotage the Washington and Doha peace agreements" (Maj. Gen. Ekenge).',
    },
    [S.citizenDec3, S.timesliveDec3],
    { occurrence: O.kaziba },
  ),
  ev(
    'CeasefireViolationReported',
    'viol-dop-m23-dec2',
    { occurredAt: '2025-12-02', recordedAt: at('12-03', '10:05') },
    {
      ceasefireId: C.dohaDop,
      allegedBy: 'm23',
      against: 'drc',
      description:
        'Nangaa: Congolese forces, with the Burundian army and other allies, attacked in the same province since the morning; the alliance "has no choice but to defend itself".',
    },
    [S.citizenDec3, S.timesliveDec3],
    { occurrence: O.kaziba },
  ),
  ev(
    'TalksRoundOpened',
    'round-washington-opened',
    { occurredAt: '2025-12-04', recordedAt: at('12-05', '08:00') },
    {
      roundId: R.washington,
      label: 'Washington Accords signing',
      venue: 'White House and US Institute of Peace, Washington',
      format: 'formal',
      hosts: ['united-states'],
      delegations: [
        { actorId: 'drc', head: TSHISEKEDI },
        { actorId: 'rwanda', head: KAGAME },
      ],
    },
    [S.oannDec4, S.allafricaDec5],
    { occurrence: O.washington },
  ),
  ev(
    'AgreementReached',
    'agr-washington-accords',
    { occurredAt: '2025-12-04', recordedAt: at('12-05', '08:05') },
    {
      agreementId: 'washington-accords-2025-12-04',
      kind: 'comprehensive',
      provisions: [
        'A permanent ceasefire',
        'Disarmament of non-state armed groups; an end to state support for them',
        'Return of refugees; justice and accountability',
        'The Regional Economic Integration Framework; bilateral mineral agreements with the United States',
      ],
      signatories: ['drc', 'rwanda'],
      textPublic: true,
    },
    [S.oannDec4, S.allafricaDec5],
    { occurrence: O.washington, note: 'Signed by the presidents; no handshake before the cameras.' },
  ),
  ev(
    'CeasefireDeclared',
    'cf-washington',
    { occurredAt: '2025-12-04', recordedAt: at('12-05', '08:10') },
    {
      ceasefireId: C.washington,
      parties: ['drc', 'rwanda'],
      scope: 'The permanent ceasefire of the Washington Accords',
      duration: 'indefinite',
      mediatedBy: ['united-states'],
    },
    [S.allafricaDec5, S.oannDec4],
    { occurrence: O.washington },
  ),
  ev(
    'TalksRoundConcluded',
    'round-washington-concluded',
    { occurredAt: '2025-12-04', recordedAt: at('12-05', '08:15') },
    {
      roundId: R.washington,
      outcome: 'agreement',
      summary:
        'Trump: "They spent a lot of time killing each other, and now they\'re going to spend a lot of time hugging." Fighting between M23 and the army goes on in South Kivu the same day.',
    },
    [S.allafricaDec5, S.ligaDec4],
    { occurrence: O.washington },
  ),
  ev(
    'IncidentReported',
    'inc-south-kivu-dec4',
    { occurredAt: '2025-12-04', recordedAt: at('12-05', '09:00') },
    {
      incidentId: 'south-kivu-clashes-2025-12-04',
      kind: 'clash',
      perpetrator: 'm23',
      against: 'drc',
      place: 'South Kivu province (Kamanyola, Kaziba)',
      description:
        'Clashes between M23 and the Congolese army are reported across South Kivu after the signing; M23 accuses the army of bombing civilian areas.',
    },
    [S.ligaDec4],
  ),
  ev(
    'IncidentReported',
    'inc-m23-uvira',
    { occurredAt: '2025-12-10', recordedAt: at('12-11', '09:00') },
    {
      incidentId: 'm23-uvira-2025-12-10',
      kind: 'clash',
      perpetrator: 'm23',
      allegedBy: 'drc',
      against: 'drc',
      blamedOn: 'rwanda',
      place: 'Uvira and the Ruzizi plain (Luvungi, Sange), South Kivu',
      fatalities: { min: 413, max: 413 },
      civilianFatalities: { min: 413, max: 413 },
      description:
        'After an offensive since the start of the month along National Road 5, M23 takes Uvira, on the border with Burundi (10 December); 200,000 displaced. The South Kivu government counts more than 413 civilians killed between Uvira and Bukavu.',
    },
    [S.sputnikDec10, S.shropshireDec11, S.ajcDec11],
    { occurrence: O.uvira },
  ),
  ev(
    'IncidentReported',
    'inc-rdf-uvira',
    { occurredAt: '2025-12-10', recordedAt: at('12-11', '09:05') },
    {
      incidentId: 'rdf-uvira-2025-12-10',
      kind: 'clash',
      perpetrator: 'rwanda',
      allegedBy: 'drc',
      against: 'drc',
      place: 'Uvira, South Kivu',
      fatalities: { min: 413, max: 413 },
      civilianFatalities: { min: 413, max: 413 },
      description:
        'The South Kivu government: the forces in Uvira are "Rwandan special forces and some of their foreign mercenaries, operating in clear violation of the ceasefire as well as the Washington and Doha agreements".',
    },
    [graded(S.shropshireDec11, 3), graded(S.ajcDec11, 3)],
    { occurrence: O.uvira, note: "Kinshasa's claim when recorded: graded 3 (see the correction of 13 December)." },
  ),
  ev(
    'CeasefireViolationReported',
    'viol-washington-uvira',
    { occurredAt: '2025-12-10', recordedAt: at('12-11', '09:10') },
    {
      ceasefireId: C.washington,
      allegedBy: 'drc',
      against: 'rwanda',
      description: "Kinshasa: Rwandan special forces took Uvira in violation of the Washington Accords' ceasefire.",
    },
    [graded(S.ajcDec11, 3)],
    { occurrence: O.uvira },
  ),
  ev(
    'StatementMade',
    'stmt-waltz-dec12',
    { occurredAt: '2025-12-12', recordedAt: at('12-13', '20:00') },
    {
      speaker: WALTZ,
      audience: 'rwanda',
      tone: 'accusation',
      summary:
        'Rwanda is "leading the region toward more instability and toward war": its forces have fought alongside M23 with roughly 5,000 to 7,000 troops, with surface-to-air missiles, drones and artillery.',
    },
    [S.channelsDec13],
  ),
  ev(
    'EventCorrected',
    'corr-rdf-uvira-sources',
    { occurredAt: '2025-12-12', recordedAt: at('12-13', '20:02') },
    {
      eventId: idOf('inc-rdf-uvira'),
      changes: { sources: [S.shropshireDec11, S.ajcDec11, S.channelsDec13] },
      reason:
        "The United States tells the Security Council that Rwanda's forces fight alongside M23 with 5,000 to 7,000 troops: Kinshasa's claim is no longer one side's alone.",
    },
    [S.channelsDec13],
  ),
  ev(
    'StatementMade',
    'stmt-rubio-dec13',
    { occurredAt: '2025-12-13', recordedAt: at('12-13', '20:05') },
    {
      speaker: RUBIO,
      audience: 'rwanda',
      tone: 'warning',
      summary:
        'Rwanda\'s actions in eastern DRC are "a clear violation of the Washington Accords"; the United States "will take action to ensure promises made to the President are kept".',
    },
    [S.channelsDec13, S.straitstimesDec13],
  ),
  ev(
    'StatementMade',
    'stmt-nduhungirehe-dec13',
    { occurredAt: '2025-12-13', recordedAt: at('12-14', '10:00') },
    {
      speaker: NDUHUNGIREHE,
      audience: 'united-states',
      tone: 'critical',
      summary:
        'Accuses the international community of double standards: it was fully briefed, yet "voices have suddenly woken up only when the AFC/M23 decided to retaliate".',
    },
    [S.kenyansDec14],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'drc-rwanda-2025.jsonl',
  logEnd: '2025-12-15T00:00:00Z',
  events,
};

export default definition;
