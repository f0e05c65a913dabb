/**
 * A test fixture, not a shipped example: Yemen's internationally recognised
 * government (President Hadi; its delegation under Foreign Minister Abdulmalik
 * al-Mikhlafi) and the Houthis (Ansar Allah, with the General People's
 * Congress of Saleh beside them; their delegation under Mohammed Abdulsalam),
 * with the UN envoy Ismail Ould Cheikh Ahmed mediating and Kuwait hosting, as
 * an analyst following the news could have recorded them in 2016: the
 * cessation of hostilities from midnight on 10–11 April, the first violations
 * alleged, the Kuwait talks (opened 21 April after a three-day delay), the
 * Houthis' seizure of the Umaliqa camp in Amran (1 May) and the government's
 * suspension of its participation, the talks resumed (4 May), suspended and
 * resumed again (17–23 May), adjourned for Eid (29 June) and resumed (16
 * July), Kuwait's fifteen-day deadline, the Houthi–GPC political council, the
 * government's departure (30 July), the end of the talks without agreement and
 * the government's offensive at Nehm (6 August), the coalition's air strikes
 * on Sanaa (from 9 August), and the 72-hour truce of 19–22 October that
 * expired unrenewed, to the end of October 2016. Escalation model v2 was never
 * tuned on it: it is the case the model is held to in
 * yemen-houthis-2016.spec.ts, against the calls an analyst makes from
 * DOMAIN.md §5b alone.
 *
 * Separate from yemen-houthis-2018.ts (Hodeidah and Stockholm) and
 * saudi-houthis-2022.ts. What it tests: a cessation of hostilities agreed for
 * the length of the talks, violated, talks suspended and resumed, talks ending
 * in renewed fighting and the ceasefire with them, and a short truce for a
 * fixed term that expires.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source. Recorded after the fact,
 * from sources read all at once (`retrospectiveClock`).
 *
 * Grading as in examples/README.md: B = established outlet or wire copy
 * (Reuters, AP, AFP, Xinhua, Anadolu, and their copies on named outlets), C =
 * smaller outlet, aggregator, blog, mirror or a party's or partisan outlet; 1
 * = confirmed by the actors or the UN, 2 = several outlets agree or one
 * established outlet reports it, 3 = one side's claim about the other, or a
 * press review relaying a partisan outlet. Dates of sources without one on
 * the page are read from their own text ("on Monday") and their address; the
 * Yemen Peace Project's weekly press reviews are dated by their week's last
 * day; The Arab Weekly's page says 24 April, but its text (the Emir's meeting
 * "Tuesday", the envoy's statement "on Monday") dates it 26 April, as
 * recorded.
 *
 * Judgement calls, recorded as an analyst would:
 * - The pair is the government and the Houthis. Unlike yemen-houthis-2018.ts,
 *   the Saudi-led coalition is registered as a third party (`saudi-arabia`,
 *   its aliases the coalition and its spokesman): its air strikes on the
 *   Houthis (Taiz, 28 June; Sanaa, 9 August and 23 October) are the
 *   coalition – Houthi pair's armed action, not the negotiation's. The
 *   government's own forces (the army, the Popular Resistance) are the
 *   government's: their offensive at Nehm (6 August) and their advances on
 *   Sanaa are the pair's.
 * - The cessation of hostilities of April is an `AgreementReached` (kind
 *   `ceasefire`: the parties signed cessation documents for each province,
 *   Reuters) and a `CeasefireDeclared` with both parties bound, from 21:00
 *   GMT on 10 April (23:59 Yemen time), `until-talks-conclude` (Xinhua: "to
 *   the end of Kuwait peace talks"). The Yemen Peace Project's review says
 *   the start slipped a day; the wires (Xinhua, The New Arab) say it took
 *   effect at 21:00 GMT on the 10th, and that is recorded.
 * - The talks' end: the envoy announced on 6 August that the Kuwait talks
 *   were over and would resume "within a month" at a venue to be decided; the
 *   government's delegation said they ended "without achieving peace", the
 *   government launched an offensive at Nehm the same day, and the coalition
 *   resumed its strikes on Sanaa three days later, its spokesman saying it
 *   had respected the truce for three months. The round is concluded `collapsed`
 *   (not `adjourned`), and the cessation of hostilities `CeasefireEnded`
 *   `collapsed` on 6 August, before the offensive in the log.
 * - The Houthis' seizure of the neutral al-Umaliqa brigade's camp in Amran (1
 *   May; The National dates it late on 30 April, Reuters at dawn on 1 May, and
 *   the latter is recorded) is a `clash` by the Houthis against the
 *   government, whose army the brigade belonged to and which called it a
 *   breach of the truce (the `CeasefireViolationReported`, one occurrence
 *   with the seizure). "Several soldiers" were killed: no count, so no
 *   fatalities recorded.
 * - The government's suspensions of its participation (1 May; 17 May) and
 *   its departure from Kuwait (30 July) are `TalksSuspended` by the
 *   government; its returns (4 May, 23 May) are `TalksResumed`. The first
 *   two are not said to be for a time ("indefinitely", "until guarantees
 *   for compliance were provided", "until the Houthis comply"); the
 *   departure of 30 July is `temporary`: al-Mikhlafi said the delegation was
 *   not abandoning the talks, only leaving Kuwait until the Houthis signed
 *   (added after the first run: the record had left it out). The Eid
 *   break (29 June – 16 July) is the first Kuwait round concluded `adjourned`
 *   and a second round scheduled and opened.
 * - Kuwait's deadline (20 July: reach a deal within 15 days or leave) is the
 *   host's and mediator's, addressed to both: a `warning` statement, not an
 *   ultimatum between the parties.
 * - The October truce: the parties' assurances to the envoy to cease
 *   hostilities on the terms of April for 72 hours, subject to renewal (17
 *   October), are an `AgreementReached` of kind `ceasefire`, reached
 *   `text-agreed` and put `in-force` when the truce took effect (added after
 *   the first run: the record had it applied from the 17th); the truce is a
 *   `CeasefireDeclared`, temporary, from 20:59 GMT on 19 October until 20:59
 *   GMT on 22 October, ended `expired` at that hour (Reuters: "ended without
 *   renewal after a day of heavy fighting").
 * - The violations each side alleged on 22 October are recorded without
 *   casualties (none given), with the Houthis' account of the government's
 *   advance on Sanaa recorded as a `clash` by the government (alleged by the
 *   Houthis), one occurrence with their allegation.
 * - Not recorded, for want of a dated source found in the time given: the
 *   fighting of May–June in Taiz, al-Jawf and Marib beyond the dated reports
 *   below, the fighting of September (Nehm, Taiz, the Saudi border), the
 *   coalition's strike on the funeral hall in Sanaa (8 October: a third
 *   party's), and the Houthis' missiles on Saudi Arabia. Between 9 August and
 *   16 October the record holds nothing between the pair.
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, retrospectiveClock, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'yemen-houthis-2016';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 2016);
const when = retrospectiveClock('2026-12-07T09:00:00Z');

const GOVERNMENT: Actor = {
  id: 'yemen-government',
  name: 'Government of Yemen (internationally recognised)',
  kind: 'state',
  aliases: ['Hadi government', 'Republic of Yemen', 'Yemeni army', 'National Army', 'Popular Resistance'],
};
const HOUTHIS: Actor = {
  id: 'houthis',
  name: 'Houthis (Ansar Allah) and their allies',
  kind: 'de-facto-authority',
  aliases: [
    'Ansar Allah',
    'Ansarullah',
    'Houthi movement',
    "General People's Congress (Saleh)",
    'Saleh loyalists',
    'Supreme Political Council',
  ],
};
const UN: Actor = {
  id: 'un',
  name: 'United Nations',
  kind: 'international-organisation',
  aliases: ['UN Special Envoy for Yemen', 'Ismail Ould Cheikh Ahmed'],
};
const KUWAIT: Actor = { id: 'kuwait', name: 'Kuwait', kind: 'state', aliases: ['State of Kuwait', 'Kuwait City'] };
const SAUDI: Actor = {
  id: 'saudi-arabia',
  name: 'Saudi Arabia (the Saudi-led coalition)',
  kind: 'state',
  aliases: ['Saudi-led coalition', 'Arab coalition', 'coalition'],
};

const MIKHLAFI: Person = {
  name: 'Abdulmalik al-Mikhlafi',
  title: 'Foreign Minister of Yemen, head of the government delegation',
  actorId: 'yemen-government',
};
const HADI: Person = { name: 'Abd-Rabbu Mansour Hadi', title: 'President of Yemen', actorId: 'yemen-government' };
const MAKDASHI: Person = {
  name: 'Mohammed Ali al-Makdashi',
  title: 'Chief of staff of the Yemeni armed forces',
  actorId: 'yemen-government',
};
const ABDULSALAM: Person = {
  name: 'Mohammed Abdulsalam',
  title: 'Spokesman of the Houthis, head of their delegation',
  actorId: 'houthis',
};
const LOKMAN: Person = {
  name: 'Sharaf Lokman',
  title: 'Military spokesman of the Houthi-allied forces',
  actorId: 'houthis',
};
const ENVOY: Person = { name: 'Ismail Ould Cheikh Ahmed', title: 'UN Special Envoy for Yemen', actorId: 'un' };
const JARALLAH: Person = { name: 'Khaled al-Jarallah', title: 'Deputy Foreign Minister of Kuwait', actorId: 'kuwait' };
const ASIRI: Person = {
  name: 'Ahmed al-Asiri',
  title: 'Spokesman of the Saudi-led coalition',
  actorId: 'saudi-arabia',
};

const ROUND = { kuwait1: 'kuwait-2016-04', kuwait2: 'kuwait-2016-07' };
const CF = { april: 'coh-2016-04-10', october: 'coh-2016-10-19' };
const O = {
  umaliqa: 'umaliqa-2016-05-01',
  nihm: 'nihm-2016-04-13',
  oct22: 'truce-violations-2016-10-22',
  truceInForce: 'truce-in-force-2016-10-19',
};

const S = {
  xinhuaApr11: source(
    'Update: Yemen cease-fire begins in seven provinces amid tension',
    'China.org.cn (Xinhua)',
    'http://en.chinagate.cn/2016-04/11/content_38214274.htm',
    '2016-04-11',
    'B',
    2,
  ),
  newarabApr11: source(
    "Violations reported, but Yemen's ceasefire holds on first day",
    'The New Arab',
    'https://english.alaraby.co.uk/english/news/2016/4/11/violations-reported-but-yemens-ceasefire-holds-on-first-day',
    '2016-04-11',
    'B',
    3,
  ),
  yppApr17: source(
    'April 11-17: Shaky ceasefire takes hold one week before scheduled peace talks',
    'Yemen Peace Project (press review)',
    'https://www.yemenpeaceproject.org/blog-x/blogpost/press-review/april-11-17-shaky-ceasefire-takes-hold-one-week-before-scheduled-peace-talks',
    '2016-04-17',
    'C',
    3,
  ),
  nationalApr21: source(
    'Yemen peace talks open in Kuwait after delay',
    'The National (AFP)',
    'https://thenationalnews.com/world/yemen-peace-talks-open-in-kuwait-after-delay-1.138742',
    '2016-04-21',
    'B',
    2,
  ),
  alarabiyaApr21: source(
    'UN-sponsored Yemen peace talks begin in Kuwait',
    'Al Arabiya (Reuters)',
    'https://english.alarabiya.net/News/middle-east/2016/04/21/UN-confirms-Yemen-peace-talks-to-begin',
    '2016-04-21',
    'B',
    1,
  ),
  huewireApr: source(
    'British foreign secretary welcomes Yemen talks in Kuwait',
    'Huewire (wire copy)',
    'http://www.huewire.com/british-foreign-secretary-welcomes-yemen-talks-in-kuwait/',
    '2016-04-24',
    'C',
    2,
  ),
  arabweeklyApr24: source(
    'Kuwait emir urges Yemen negotiators to achieve peace',
    'The Arab Weekly (AFP)',
    'https://thearabweekly.com/kuwait-emir-urges-yemen-negotiators-achieve-peace',
    '2016-04-26',
    'B',
    1,
  ),
  amwalMay1: source(
    "Yemen's Houthis seize military base, risking peace talks",
    'Amwal Al Ghad (Reuters)',
    'https://en.amwalalghad.com/yemens-houthis-seize-military-base-risking-peace-talks',
    '2016-05-01',
    'B',
    2,
  ),
  aawsatMay1: source(
    'Yemen Officials Suspend Peace Talks after Houthis Seize Base',
    'Asharq Al-Awsat (Reuters)',
    'https://eng-archive.aawsat.com/asharq-al-awsat-english/news-middle-east/yemen-officials-suspend-peace-talks-houthis-seize-base',
    '2016-05-01',
    'B',
    1,
  ),
  nationalMay1: source(
    'Yemen peace talks suspended after rebel raid',
    'The National',
    'https://www.thenationalnews.com/world/yemen-peace-talks-suspended-after-rebel-raid-1.222906',
    '2016-05-01',
    'B',
    1,
  ),
  trtMay4: source(
    "Yemen's warring parties to resume peace talks, envoy says",
    'TRT World (Reuters)',
    'https://www.trtworld.com/article/13083147',
    '2016-05-04',
    'B',
    1,
  ),
  aaMay23: source(
    'After 1-week hiatus, Yemen peace talks resume in Kuwait',
    'US Muslims (Anadolu Agency)',
    'https://www.usmuslims.com/service/amp/after-1-week-hiatus-yemen-peace-talks-resume-in-kuwait-699h.htm',
    '2016-05-23',
    'B',
    1,
  ),
  yemenpressMay23: source(
    "The resumption of negotiations between the Yemeni national forces delegation and a delegation in Riyadh, the capital Kuwait's Bayan Palace",
    'Yemen Press',
    'https://www.yemenpress.org/yemen/the-resumption-of-negotiations-between-the-yemeni-national-forces-delegation-and-a-delegation-in-riyadh-the-capital-kuwait-s-bayan-palace/',
    '2016-05-23',
    'C',
    2,
  ),
  yppJul3: source(
    'June 27-July 3: IS attacks kill dozens, Kuwait talks adjourn for Eid',
    'Yemen Peace Project (press review)',
    'https://www.yemenpeaceproject.org/blog-x/blogpost/press-review/june-27-july-3-is-attacks-kill-dozens-kuwait-talks-adjourn-for-eid',
    '2016-07-03',
    'C',
    2,
  ),
  reutersJun29: source(
    'U.N.-backed Yemen peace talks adjourn until July 15: envoy',
    'Reuters (via Yahoo News)',
    'http://yhoo.it/296t2Ly',
    '2016-06-29',
    'B',
    1,
  ),
  presstvJun29: source(
    'UN peace talks on Yemen adjourned until mid-July',
    'Press TV',
    'https://www.presstv.ir/Detail/2016/06/29/472781/Yemen-peace-talks-UN-Kuwait-Ould-Cheikh',
    '2016-06-29',
    'C',
    1,
  ),
  jordantimesJul16: source(
    'Yemen government delegation due in Kuwait for peace talks',
    'The Jordan Times (AFP)',
    'https://jordantimes.com/news/region/yemen-government-delegation-due-kuwait-peace-talks',
    '2016-07-16',
    'B',
    1,
  ),
  dwJul17: source(
    'Kuwait City hosts Yemen peace talks',
    'Deutsche Welle',
    'https://amp.dw.com/en/yemen-peace-talks-resume-in-kuwait-city/a-19405650',
    '2016-07-17',
    'B',
    1,
  ),
  egypttodayJul22: source(
    'Fix Yemen or get out in 15 days, Kuwait tells parties',
    'Egypt Today',
    'https://egypt-today.com/en/amp/39/fix-yemen-or-get-out-220716202458',
    '2016-07-22',
    'C',
    1,
  ),
  politicitJul21: source(
    'Host Kuwait issues ultimatum to Yemeni negotiators',
    'Politicit (AFP)',
    'http://www.politicit.com/host-kuwait-issues-ultimatum-to-yemeni-negotiators/',
    '2016-07-21',
    'C',
    1,
  ),
  apJul30: source(
    'Yemen government withdraws from Kuwait talks with rebels',
    'New Jersey Herald (AP)',
    'https://www.njherald.com/story/news/nation-world/2016/07/30/yemen-government-withdraws-from-kuwait/2981142007/',
    '2016-07-30',
    'B',
    2,
  ),
  yppAug7: source(
    'August 1-7: Kuwait talks adjourned, confidential UN report leaked',
    'Yemen Peace Project (press review)',
    'https://www.yemenpeaceproject.org/blog-x/blogpost/press-review/august-1-7-kuwait-talks-adjourned-confidential-un-report-leaked',
    '2016-08-07',
    'C',
    2,
  ),
  xinhuaAug7: source(
    "Peace talks between Yemen's warring parties end in Kuwait",
    'China.org.cn (Xinhua)',
    'http://en.chinagate.cn/2016-08/07/content_39038210.htm',
    '2016-08-07',
    'B',
    1,
  ),
  aaAug6: source(
    'Yemen talks in Kuwait end without peace deal: FM',
    'Alaturka (Anadolu Agency)',
    'https://www.alaturka.us/yemen-talks-in-kuwait-end-without-peace-deal-fm/',
    '2016-08-06',
    'B',
    1,
  ),
  warnewsAug6: source(
    'Yemen Peace Talks Have Collapsed. Heavy Fighting Resumes',
    'War News Updates (France 24, Reuters)',
    'http://warnewsupdates.blogspot.com/2016/08/yemen-peace-talks-have-collapsed-heavy.html',
    '2016-08-06',
    'C',
    2,
  ),
  meeAug9: source(
    '14 killed at food factory in first Saudi strikes on Yemen in three months',
    'Middle East Eye (AFP)',
    'https://www.middleeasteye.net/news/14-killed-food-factory-first-saudi-strikes-yemen-three-months',
    '2016-08-09',
    'B',
    2,
  ),
  xinhuaAug9: source(
    "Saudi-led airstrikes kill 15 food factory workers in Yemen's capital",
    'National Yemen (Xinhua)',
    'https://nationalyemen.com/2016/08/09/saudi-led-airstrikes-kill-15-food-factory-workers-in-yemens-capital/',
    '2016-08-09',
    'B',
    2,
  ),
  arynewsOct17: source(
    'UN announces 72-hour truce for Yemen',
    'ARY News (AFP)',
    'https://arynews.tv/en/un-announces-72-hour-truce-for-yemen/',
    '2016-10-17',
    'C',
    1,
  ),
  columbianOct18: source(
    'U.N. announces 72-hour Yemen cease-fire',
    'The Columbian (AP)',
    'https://www.columbian.com/news/2016/oct/18/u-n-announces-72-hour-yemen-cease-fire/',
    '2016-10-18',
    'B',
    1,
  ),
  trtOct20: source(
    'UN-brokered Yemen ceasefire comes into effect',
    'TRT World',
    'https://trt.global/world/article/13086040',
    '2016-10-20',
    'B',
    1,
  ),
  rfiOct19: source(
    'Yemen ceasefire comes into effect under UN plan',
    'RFI (AFP)',
    'https://www.rfi.fr/en/contenu/20161019-yemen-ceasefire-comes-effect-under-un-plan',
    '2016-10-19',
    'B',
    1,
  ),
  egyptindependentOct22: source(
    'Combat rages in Yemen as UN seeks to extend 72-hour ceasefire',
    'Egypt Independent (Reuters), via NewsSummedUp',
    'https://newssummedup.com/summary/Combat-rages-in-Yemen-as-UN-seeks-to-extend-72-hour-ceasefire-jduhiu',
    '2016-10-22',
    'B',
    3,
  ),
  xinhuaOct23: source(
    'UN envoy appeals for extending Yemen ceasefire for another 72 hours',
    'China.org.cn (Xinhua)',
    'http://en.chinagate.cn/2016-10/23/content_39548032.htm',
    '2016-10-23',
    'B',
    1,
  ),
  reutersOct23: source(
    'Sanaa air raids resume as Yemen truce expires, say residents',
    'Thomson Reuters Foundation News (Reuters)',
    'http://news.trust.org/item/20161023104022-v0tx4',
    '2016-10-23',
    'B',
    2,
  ),
};

const events = [
  // ===== April 2016: the cessation of hostilities, the Kuwait talks open =====
  ev(
    'NegotiationOpened',
    'opened',
    when('2016-04-10'),
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Yemen: the government – the Houthis, 2016 (the cessation of hostilities and the Kuwait talks)',
      subject:
        "The war between Yemen's internationally recognised government and the Houthis with their GPC allies: the UN-brokered cessation of hostilities of April 2016, the Kuwait talks on UN Security Council resolution 2216 (withdrawal, handover of weapons, a political settlement), their collapse, and the 72-hour truce of October.",
      parties: [GOVERNMENT, HOUTHIS],
      mediators: [UN, KUWAIT],
    },
    [S.xinhuaApr11],
  ),
  ev('ActorRegistered', 'actor-saudi', when('2016-04-10'), { actor: SAUDI, role: 'third-party' }, [S.xinhuaApr11], {
    note: 'Leads the coalition that backs the government with air strikes; it said it would honour the ceasefire but reserved the right to answer breaches.',
  }),
  ev(
    'TalksRoundScheduled',
    'round-kuwait1-scheduled',
    when('2016-04-10'),
    {
      roundId: ROUND.kuwait1,
      label: 'Kuwait talks',
      format: 'formal',
      venue: 'Bayan Palace, Kuwait City',
      hosts: ['un', 'kuwait'],
      plannedFor: '2016-04-18',
    },
    [S.xinhuaApr11],
  ),
  ev(
    'AgreementReached',
    'agr-coh-april',
    when('2016-04-10T21:00:00Z'),
    {
      agreementId: 'coh-agreement-2016-04',
      kind: 'ceasefire',
      provisions: [
        'A nationwide cessation of hostilities from 23:59 Yemen time on 10 April 2016 until the end of the Kuwait talks',
        'Committees of both sides in each province where fighting was taking place, with tribal officials and officers as monitors',
      ],
      signatories: ['yemen-government', 'houthis'],
      textPublic: false,
    },
    [S.xinhuaApr11, S.huewireApr],
    {
      note: 'Both sides declared they would honour the UN-brokered cessation; Reuters saw cessation documents for each province signed by representatives of each side.',
    },
  ),
  ev(
    'CeasefireDeclared',
    'cf-april',
    when('2016-04-10T21:00:00Z'),
    {
      ceasefireId: CF.april,
      parties: ['yemen-government', 'houthis'],
      scope: 'Nationwide cessation of hostilities between the government and the Houthis and their allies',
      coverage: 'all-hostilities',
      duration: 'until-talks-conclude',
      mediatedBy: ['un'],
    },
    [S.xinhuaApr11, S.newarabApr11],
    {
      note: 'In force from 2100 GMT on Sunday 10 April (midnight Yemen time) "to the end of Kuwait peace talks" (Xinhua).',
    },
  ),
  ev(
    'CeasefireViolationReported',
    'cfv-gov-apr11',
    when('2016-04-11'),
    {
      ceasefireId: CF.april,
      allegedBy: 'yemen-government',
      against: 'houthis',
      casualties: { min: 1, max: 1 },
      description:
        'The chief of staff, Gen. al-Makdashi: the Houthis broke the truce on several fronts (Taiz, Marib, Sanaa, al-Jawf) with missiles and clashes; twelve violations in Taiz, where the military commission says a civilian was killed.',
    },
    [S.newarabApr11],
  ),
  ev(
    'StatementMade',
    'stmt-makdashi-apr11',
    when('2016-04-11'),
    {
      speaker: MAKDASHI,
      audience: 'houthis',
      tone: 'critical',
      summary:
        'The truce has not collapsed; the army hopes the Houthis end their attacks and is ready to stop any advance.',
      quote: 'The truce has not collapsed and we hope the [Houthi] rebels end their attacks and respect the ceasefire',
    },
    [S.newarabApr11],
  ),
  ev(
    'IncidentReported',
    'inc-nihm-apr13',
    when('2016-04-13'),
    {
      incidentId: 'nihm-2016-04-13',
      kind: 'clash',
      perpetrator: 'houthis',
      allegedBy: 'yemen-government',
      against: 'yemen-government',
      place: 'Nehm, east of Sanaa',
      fatalities: { min: 1, max: 1 },
      description:
        'A pro-Hadi commander is killed in clashes with Houthi fighters in Nehm; the pro-government Mareb Press says the Houthis attacked first and several of them were killed or injured.',
    },
    [S.yppApr17],
    { occurrence: O.nihm, note: 'Only the commander is counted: the Houthi dead are "a number".' },
  ),
  ev(
    'CeasefireViolationReported',
    'cfv-gov-apr13',
    when('2016-04-13'),
    {
      ceasefireId: CF.april,
      allegedBy: 'yemen-government',
      against: 'houthis',
      casualties: { min: 1, max: 1 },
      description: 'Mareb Press: the Houthis initiated the attack in Nehm in violation of the ceasefire.',
    },
    [S.yppApr17],
    { occurrence: O.nihm },
  ),
  ev(
    'TalksRoundPostponed',
    'round-kuwait1-postponed',
    when('2016-04-18'),
    {
      roundId: ROUND.kuwait1,
      reason:
        'The Houthi and GPC delegation does not come to Kuwait, in protest at what it calls Saudi violations of the ceasefire and over the agenda.',
    },
    [S.nationalApr21, S.alarabiyaApr21],
  ),
  ev(
    'StatementMade',
    'stmt-houthis-apr18',
    when('2016-04-18'),
    {
      speaker: { name: 'Houthi and GPC delegation (statement)', actorId: 'houthis' },
      audience: 'yemen-government',
      tone: 'accusation',
      summary: "The Houthis and the GPC accuse the coalition and Hadi's supporters of failing to honour the truce.",
    },
    [S.alarabiyaApr21],
  ),
  ev(
    'TalksRoundOpened',
    'round-kuwait1-opened',
    when('2016-04-21'),
    {
      roundId: ROUND.kuwait1,
      delegations: [
        { actorId: 'yemen-government', head: MIKHLAFI },
        { actorId: 'houthis', head: ABDULSALAM },
      ],
    },
    [S.nationalApr21, S.alarabiyaApr21],
    { note: 'Opened late on Thursday 21 April at Bayan Palace after the Houthi delegation arrived.' },
  ),
  ev(
    'StatementMade',
    'stmt-envoy-apr25',
    when('2016-04-25'),
    {
      speaker: ENVOY,
      audience: 'the parties',
      tone: 'conciliatory',
      summary:
        'The envoy welcomes "tangible progress": reports indicate real improvement reflecting the parties\' commitment to the cessation of hostilities.',
      quote:
        "Reports indicate real improvement in the situation which reflects the parties' commitment to the cessation of hostilities",
    },
    [S.arabweeklyApr24],
  ),
  // ===== May 2016: Umaliqa, the talks suspended and resumed =====
  ev(
    'IncidentReported',
    'inc-umaliqa',
    when('2016-05-01'),
    {
      incidentId: 'umaliqa-2016-05-01',
      kind: 'clash',
      perpetrator: 'houthis',
      allegedBy: 'yemen-government',
      against: 'yemen-government',
      target: 'The al-Umaliqa brigade, neutral in the war, and its weapons stores',
      place: 'Umaliqa camp, Amran',
      description:
        'The Houthis and their allies storm the al-Umaliqa camp north of Sanaa at dawn and seize its large cache of weapons; several of the soldiers defending it are killed.',
    },
    [S.amwalMay1, S.aawsatMay1, S.nationalMay1],
    {
      occurrence: O.umaliqa,
      note: 'The National dates the assault late on Saturday 30 April; Reuters at dawn on Sunday 1 May.',
    },
  ),
  ev(
    'CeasefireViolationReported',
    'cfv-umaliqa',
    when('2016-05-01'),
    {
      ceasefireId: CF.april,
      allegedBy: 'yemen-government',
      against: 'houthis',
      description:
        'The government: the rebels stormed the Amaliqa camp in violation of the ceasefire, among continued violations in several provinces.',
    },
    [S.nationalMay1],
    { occurrence: O.umaliqa },
  ),
  ev(
    'StatementMade',
    'stmt-mikhlafi-may1',
    when('2016-05-01'),
    {
      speaker: MIKHLAFI,
      audience: 'houthis',
      tone: 'accusation',
      summary: 'The Houthi assault on the Umaliqa base has "torpedoed" the talks; the government will respond.',
      quote:
        'We will take the appropriate position in response to the Houthi crime at the Umaliqa base in Amran for the sake of our people and country',
    },
    [S.amwalMay1, S.aawsatMay1],
  ),
  ev(
    'TalksSuspended',
    'susp-gov-may1',
    when('2016-05-01'),
    {
      by: 'yemen-government',
      reason:
        '"The delegation of the republic of Yemen has suspended its participation in Kuwait talks because of the continued violations by rebels and their takeover of Al Amaliqa base", until guarantees of compliance are given (al-Mikhlafi).',
    },
    [S.nationalMay1, S.aawsatMay1],
  ),
  ev(
    'TalksResumed',
    'resumed-may4',
    when('2016-05-04'),
    {
      by: 'yemen-government',
      reason:
        'The envoy announces that the parties convene on Wednesday in a joint session; the committee monitoring the cessation of hostilities is to report on the recent violence within 72 hours.',
    },
    [S.trtMay4],
  ),
  ev(
    'TalksSuspended',
    'susp-gov-may17',
    when('2016-05-17'),
    {
      by: 'yemen-government',
      reason:
        'The government delegation suspends its participation until the Houthis and their allies commit to the terms of resolution 2216.',
    },
    [S.aaMay23],
    { note: 'Dated "last Tuesday" by Anadolu\'s report of Monday 23 May.' },
  ),
  ev(
    'TalksResumed',
    'resumed-may23',
    when('2016-05-23'),
    {
      by: 'yemen-government',
      reason:
        "The government delegation returns to the plenary sessions on Hadi's instructions and with the UN's guarantees, at the request of the Emir of Qatar and the UN Secretary-General.",
    },
    [S.aaMay23, S.yemenpressMay23],
  ),
  // ===== June – July 2016: the Eid break, the second round =====
  ev(
    'IncidentReported',
    'inc-taiz-strike-jun28',
    when('2016-06-28'),
    {
      incidentId: 'taiz-airstrike-2016-06-28',
      kind: 'airstrike',
      perpetrator: 'saudi-arabia',
      against: 'houthis',
      place: 'Taiz province (Houthi-controlled area)',
      fatalities: { min: 25, max: 25 },
      description:
        'A Saudi-led air strike in a Houthi-controlled area of Taiz kills upwards of 25 people, at least 10 of them civilians, most of them shoppers and storekeepers.',
    },
    [S.yppJul3],
    {
      note: "A third party's strike: the coalition – Houthi pair's, not the negotiation's. \"Upwards of 25\": 25 recorded.",
    },
  ),
  ev(
    'TalksRoundConcluded',
    'round-kuwait1-concluded',
    when('2016-06-29'),
    {
      roundId: ROUND.kuwait1,
      outcome: 'adjourned',
      summary:
        'The talks adjourn for Eid after two months without concrete progress; the delegations are to consult their leaderships.',
      nextSteps:
        'Return to Kuwait on 15 July with practical recommendations on the mechanisms for signing a peace accord.',
    },
    [S.reutersJun29, S.presstvJun29],
  ),
  ev(
    'TalksRoundScheduled',
    'round-kuwait2-scheduled',
    when('2016-06-29'),
    {
      roundId: ROUND.kuwait2,
      label: 'Kuwait talks, second phase',
      format: 'formal',
      venue: 'Kuwait City',
      hosts: ['un', 'kuwait'],
      plannedFor: '2016-07-15',
    },
    [S.reutersJun29],
  ),
  ev(
    'StatementMade',
    'stmt-hadi-jul10',
    when('2016-07-10'),
    {
      speaker: HADI,
      audience: 'un',
      tone: 'warning',
      summary:
        'Hadi warns that the government will boycott the talks if the envoy insists on a roadmap providing for a unity government that includes the insurgents.',
    },
    [S.jordantimesJul16],
    { note: 'Reported on Saturday 16 July as "on Sunday".' },
  ),
  ev(
    'TalksRoundOpened',
    'round-kuwait2-opened',
    when('2016-07-16'),
    {
      roundId: ROUND.kuwait2,
      delegations: [
        { actorId: 'yemen-government', head: MIKHLAFI },
        { actorId: 'houthis', head: ABDULSALAM },
      ],
    },
    [S.dwJul17, S.egypttodayJul22],
    {
      note: 'The government returned after a written response from the envoy to its demands: two weeks, not extended, on withdrawal, handover of arms, state institutions, prisoners and the sieges.',
    },
  ),
  ev(
    'StatementMade',
    'stmt-jarallah-jul20',
    when('2016-07-20'),
    {
      speaker: JARALLAH,
      audience: 'the parties',
      tone: 'warning',
      summary: 'Kuwait gives the Yemeni sides 15 days to resolve all the issues, or it will stop hosting the talks.',
      quote: 'We have given 15 days for Yemeni sides taking part in the talks to resolve all the issues',
    },
    [S.politicitJul21, S.egypttodayJul22],
  ),
  ev(
    'StatementMade',
    'stmt-envoy-jul28',
    when('2016-07-28'),
    {
      speaker: ENVOY,
      audience: 'houthis',
      tone: 'critical',
      summary:
        "The Houthis' and the GPC's announcement of a political council to rule the country jeopardises the peace talks in Kuwait.",
    },
    [S.apJul30],
  ),
  ev(
    'TalksSuspended',
    'susp-gov-jul30',
    when('2016-07-30'),
    {
      by: 'yemen-government',
      reason:
        'The government delegation leaves the Kuwait talks after the Houthis refuse to sign the UN proposal (withdrawal and handover of weapons before a government is formed); al-Mikhlafi: leaving Kuwait until the Houthis sign, not abandoning the talks.',
      temporary: true,
    },
    [S.apJul30, S.yppAug7],
  ),
  // ===== August 2016: the talks end, the fighting resumes =====
  ev(
    'TalksRoundConcluded',
    'round-kuwait2-concluded',
    when('2016-08-06'),
    {
      roundId: ROUND.kuwait2,
      outcome: 'collapsed',
      summary:
        'The envoy declares the Kuwait talks over without a breakthrough, hours after the Houthis and the GPC name the ten members of their political council; the government says the consultations "end today without achieving peace" and blames the Houthis.',
      nextSteps: 'The envoy says the talks are to resume within a month, at a venue to be decided.',
    },
    [S.xinhuaAug7, S.aaAug6, S.warnewsAug6],
  ),
  ev(
    'StatementMade',
    'stmt-mikhlafi-aug6',
    when('2016-08-06'),
    {
      speaker: MIKHLAFI,
      audience: 'houthis',
      tone: 'accusation',
      summary:
        'The consultations end without the peace the government wanted; the Houthis and their allies are to blame.',
      quote: 'The consultations end today without achieving peace that we wanted for our people and country',
    },
    [S.aaAug6],
  ),
  ev(
    'CeasefireEnded',
    'cf-april-ended',
    when('2016-08-06'),
    {
      ceasefireId: CF.april,
      reason: 'collapsed',
      summary:
        'The cessation of hostilities, meant to last until the talks ended, ends with them: the government launches an offensive at Nehm the same day, and the coalition, which says it respected the truce for three months, resumes its strikes on Sanaa.',
    },
    [S.warnewsAug6, S.meeAug9],
  ),
  ev(
    'IncidentReported',
    'inc-nehm-offensive',
    when('2016-08-06'),
    {
      incidentId: 'nehm-offensive-2016-08-06',
      kind: 'clash',
      perpetrator: 'yemen-government',
      against: 'houthis',
      place: 'Nehm, east of Sanaa',
      scale: 'major',
      description:
        'Forces loyal to Hadi launch a new offensive east of Sanaa, backed by Saudi-led air strikes, as the talks end (the military command).',
    },
    [S.warnewsAug6],
  ),
  ev(
    'IncidentReported',
    'inc-sanaa-strikes-aug9',
    when('2016-08-09'),
    {
      incidentId: 'sanaa-airstrikes-2016-08-09',
      kind: 'airstrike',
      perpetrator: 'saudi-arabia',
      against: 'houthis',
      place: 'Sanaa',
      fatalities: { min: 14, max: 16 },
      description:
        'The coalition resumes air strikes on Sanaa for the first time in three months, closing the airport; a food factory in the Nahda district is hit, 14 workers killed (medics), 16 (its director).',
    },
    [S.meeAug9, S.xinhuaAug9],
  ),
  ev(
    'StatementMade',
    'stmt-asiri-aug9',
    when('2016-08-09'),
    {
      speaker: ASIRI,
      audience: 'houthis',
      tone: 'military-threat',
      summary:
        'The coalition respected the truce for three months and has resumed operations because of increased rebel violations and the failure of the Kuwait talks.',
    },
    [S.meeAug9],
  ),
  ev(
    'IncidentReported',
    'inc-sanaa-front-aug9',
    when('2016-08-09'),
    {
      incidentId: 'sanaa-northeast-2016-08-09',
      kind: 'shelling',
      perpetrator: 'yemen-government',
      against: 'houthis',
      place: 'North-east of Sanaa',
      description:
        "Residents of Sanaa hear artillery shelling from the north-east of the capital, where the government's army is advancing to retake it.",
    },
    [S.xinhuaAug9],
  ),
  // ===== October 2016: the 72-hour truce =====
  ev(
    'MediationAction',
    'med-london-oct16',
    when('2016-10-16'),
    {
      mediator: 'un',
      action: 'proposed',
      summary:
        "After meeting John Kerry and Boris Johnson in London, the envoy joins their call on the parties to declare a ceasefire; he is in contact with the Houthis' chief negotiator and with Hadi's government.",
    },
    [S.arynewsOct17],
  ),
  ev(
    'StatementMade',
    'stmt-hadi-oct17',
    when('2016-10-17'),
    {
      speaker: HADI,
      audience: 'un',
      tone: 'conciliatory',
      summary: 'Hadi agrees to a 72-hour ceasefire.',
    },
    [S.arynewsOct17],
  ),
  ev(
    'AgreementReached',
    'agr-truce-october',
    when('2016-10-17'),
    {
      agreementId: 'coh-restoration-2016-10',
      kind: 'ceasefire',
      provisions: [
        'The cessation of hostilities re-enters into force at 23:59 Yemen time on 19 October 2016 for an initial 72 hours, subject to renewal',
        'The terms and conditions of the cessation of hostilities of April 2016',
        'Free and unhindered access for humanitarian supplies and personnel to all parts of Yemen',
      ],
      signatories: ['yemen-government', 'houthis'],
      textPublic: false,
      status: 'text-agreed',
    },
    [S.arynewsOct17, S.columbianOct18],
    {
      note: 'The envoy announces that he has received assurances from all Yemeni parties; the truce takes effect on the 19th.',
    },
  ),
  ev(
    'StatementMade',
    'stmt-lokman-oct19',
    when('2016-10-19'),
    {
      speaker: LOKMAN,
      audience: 'yemen-government',
      tone: 'warning',
      summary:
        'The Houthi-allied forces will respect the ceasefire as long as "the enemy" abides by it on land, sea and air; the fighters must be ready to retaliate against any aggression.',
    },
    [S.trtOct20],
  ),
  ev(
    'CeasefireDeclared',
    'cf-october',
    when('2016-10-19T20:59:00Z'),
    {
      ceasefireId: CF.october,
      parties: ['yemen-government', 'houthis'],
      scope: 'Nationwide cessation of hostilities, on the terms of April',
      coverage: 'all-hostilities',
      duration: 'temporary',
      until: '2016-10-22T20:59:00Z',
      mediatedBy: ['un'],
    },
    [S.rfiOct19, S.trtOct20],
    {
      occurrence: O.truceInForce,
      note: 'From 23:59 Yemen time (20:59 GMT) on 19 October, for 72 hours, subject to renewal.',
    },
  ),
  ev(
    'AgreementStatusChanged',
    'agr-truce-october-in-force',
    when('2016-10-19T20:59:00Z'),
    {
      agreementId: 'coh-restoration-2016-10',
      status: 'in-force',
      reason: 'The cessation of hostilities agreed on the 17th takes effect at 23:59 Yemen time.',
    },
    [S.rfiOct19, S.trtOct20],
    { occurrence: O.truceInForce },
  ),
  ev(
    'CeasefireViolationReported',
    'cfv-houthis-oct22',
    when('2016-10-22'),
    {
      ceasefireId: CF.october,
      allegedBy: 'houthis',
      against: 'yemen-government',
      description:
        'Saba (Houthi-run): Houthi forces repelled government advances toward Sanaa from several directions, backed by Saudi-led air strikes.',
    },
    [S.egyptindependentOct22],
    { occurrence: O.oct22 },
  ),
  ev(
    'IncidentReported',
    'inc-sanaa-approaches-oct22',
    when('2016-10-22'),
    {
      incidentId: 'sanaa-approaches-2016-10-22',
      kind: 'clash',
      perpetrator: 'yemen-government',
      allegedBy: 'houthis',
      against: 'houthis',
      place: 'Approaches to Sanaa',
      description:
        'Ground fighting rages largely unabated despite the truce: government advances toward Sanaa from several directions, repelled by the Houthis (their account).',
    },
    [S.egyptindependentOct22],
    { occurrence: O.oct22 },
  ),
  ev(
    'CeasefireViolationReported',
    'cfv-gov-oct22',
    when('2016-10-22'),
    {
      ceasefireId: CF.october,
      allegedBy: 'yemen-government',
      against: 'houthis',
      description: 'The government accuses the Houthis of repeated violations of the three-day truce.',
    },
    [S.egyptindependentOct22, S.reutersOct23],
  ),
  ev(
    'StatementMade',
    'stmt-makdashi-oct22',
    when('2016-10-22'),
    {
      speaker: MAKDASHI,
      audience: 'houthis',
      tone: 'accusation',
      summary: 'The Houthi "coup militias" deliberately thwarted the truce, proving they do not want peace.',
      quote:
        'The (Houthi) coup militias deliberately thwarted the truce and that further convinced our military and political leadership of their unwillingness to accept a peace',
    },
    [S.reutersOct23],
  ),
  ev(
    'MediationAction',
    'med-extension-oct22',
    when('2016-10-22'),
    {
      mediator: 'un',
      action: 'proposed',
      summary:
        'The envoy urges all parties to extend the truce by another 72 hours: it largely held despite violations, and UN personnel reached areas inaccessible before.',
    },
    [S.xinhuaOct23, S.egyptindependentOct22],
  ),
  ev(
    'CeasefireEnded',
    'cf-october-ended',
    when('2016-10-22T20:59:00Z'),
    {
      ceasefireId: CF.october,
      reason: 'expired',
      summary:
        'The 72-hour truce ends without renewal after a day of heavy fighting; the UN attempts to extend it fail.',
    },
    [S.reutersOct23],
  ),
  ev(
    'IncidentReported',
    'inc-sanaa-strikes-oct23',
    when('2016-10-23'),
    {
      incidentId: 'sanaa-airstrikes-2016-10-23',
      kind: 'airstrike',
      perpetrator: 'saudi-arabia',
      against: 'houthis',
      place: 'Sanaa',
      description:
        'Coalition warplanes strike military sites in Sanaa (the Hafa camp, the Nahdein area) at dawn, hours after the truce expired; radar positions hit in Hodeidah and Taiz.',
    },
    [S.reutersOct23],
  ),
  ev(
    'IncidentReported',
    'inc-taiz-shelling-oct23',
    when('2016-10-23'),
    {
      incidentId: 'taiz-shelling-2016-10-23',
      kind: 'shelling',
      perpetrator: 'houthis',
      allegedBy: 'houthis',
      against: 'yemen-government',
      place: 'Taiz',
      description:
        'Houthi-run al-Masirah TV: pro-Houthi fighters launch an artillery attack on government forces near Taiz.',
    },
    [S.reutersOct23],
  ),
  ev(
    'MediationAction',
    'med-envoy-sanaa-oct23',
    when('2016-10-23'),
    {
      mediator: 'un',
      action: 'visited',
      summary: 'The envoy arrives in Sanaa to discuss the truce and a renewed ceasefire with the Houthis.',
    },
    [S.reutersOct23],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'yemen-houthis-2016.jsonl',
  logEnd: '2026-12-08T00:00:00Z',
  events,
};

export default definition;
