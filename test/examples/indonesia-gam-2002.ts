/**
 * A test fixture, not a shipped example: the Government of Indonesia and the
 * Free Aceh Movement (GAM) from the Cessation of Hostilities Agreement signed
 * in Geneva on 9 December 2002 to the local elections of December 2006, as an
 * analyst could have recorded them from the press — the COHA and its Joint
 * Security Committee (JSC), the mob attacks on the monitors' offices at
 * Takengon (3 March 2003) and Langsa (6 April), the Joint Council meeting the
 * government pulled out of (24 April) and its two-week ultimatum (deadline 12
 * May), the arrests of GAM's negotiators (9 and 19 May), the Tokyo talks of
 * 17–18 May that failed, martial law and the military operation launched on
 * 19 May 2003, the tsunami of 26 December 2004 and GAM's unilateral
 * ceasefire, the Helsinki rounds mediated by Martti Ahtisaari's Crisis
 * Management Initiative (January–July 2005), the Memorandum of Understanding
 * of 15 August 2005, the amnesty, the decommissioning of GAM's weapons and the
 * withdrawal of non-organic troops in stages (September–December 2005), GAM's
 * dissolution of its armed wing (27 December 2005), the Law on the Governing
 * of Aceh (11 July 2006) and the elections of 11 December 2006. Escalation
 * model v2 was never tuned on it: it is held to the calls in
 * indonesia-gam-2002.spec.ts, written from DOMAIN.md §5b alone.
 *
 * The parties are Indonesia (the government, `state`) and GAM
 * (`armed-group`). The Henry Dunant Centre (HDC, 2002–03) and the Crisis
 * Management Initiative (CMI, 2005) are mediators; the Aceh Monitoring
 * Mission (AMM, EU and ASEAN), Japan and the United States are third parties
 * (Japan hosted and, with the US and the EU, called the Tokyo meeting). The
 * World Bank is not registered: no source read gives it an act in the case.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases: every event replays through `decide` and cites a dated,
 * graded public source. Recorded after the fact, from sources read at once
 * (`retrospectiveClock`): every source predates the recording.
 *
 * Grading as in examples/README.md: A = a primary document (none cited);
 * B = an established outlet or wire copy (BBC, VOA, ABC, AFP, Reuters, the
 * Jakarta Post and its archive copies, the Sydney Morning Herald, The Age, Al
 * Jazeera, the Guardian, the Irish Times, ReliefWeb's copies of the HDC's and
 * the JSC's releases, Conciliation Resources); C = a partisan or smaller
 * outlet, a copy or an encyclopedia (UNPO, Green Left, IslamWeb, APSN
 * copies, Wikipedia, a mailing-list copy of the agreement's text). 1 = both
 * parties and the mediator confirm it; 2 = several sources agree or one
 * established source reports it; 3 = one side's claim, or a count or date the
 * sources disagree on.
 *
 * Judgement calls, recorded as an analyst would:
 * - The COHA is recorded as an agreement (kind `ceasefire`, signed) and a
 *   ceasefire (indefinite, mediated by the HDC) from its signing on 9
 *   December 2002. The siege of Cot Trieng before the signing is not
 *   recorded: no source read dates its last fire. The COHA is ended
 *   (`collapsed`) and the agreement `suspended` by Indonesia on 19 May 2003,
 *   when martial law was declared ("the suspension of the 5-month old
 *   Cessation of Hostilities Agreement", the HDC's internal review).
 * - The mob attacks on the JSC offices (Takengon, 3 March; Langsa, 6 April)
 *   are `militant-attack`s with no perpetrator recorded: no source establishes
 *   who organised them. The military said the villagers at Takengon were
 *   angry at GAM's extortion (an accusation by Indonesia, recorded as a
 *   statement); at Langsa, GAM said such attacks were the work of militias
 *   nurtured by the military (ABC), which the military denied: the Langsa
 *   attack is blamed on Indonesia by GAM (`blamedOn`, graded 3).
 * - The government's two-week ultimatum is dated 28 April 2003 (the Monday
 *   after it pulled out of the Joint Council meeting on Thursday 24 April, as
 *   the Jakarta Post reports it); its deadline is the 12th of May ("a
 *   non-negotiable deadline", SMH). GAM rejected its conditions (Jakarta Post,
 *   13 May): resolved `rejected` on the 12th. Yudhoyono's three conditions of
 *   17 May for the Tokyo talks are a second ultimatum (deadline the end of
 *   the talks), `enforced` on the 19th (the resolution was left out of the
 *   first recording, which kept the ultimatum in force for three years;
 *   added after the first run, see the spec).
 * - The arrests of GAM's negotiators are `non-lethal-force` by Indonesia
 *   against GAM: four at Banda Aceh airport on 9 May (VOA), released on the
 *   17th (Jakarta Post), five arrested again on 19 May as they were to leave
 *   for Tokyo (VOA, 23 October 2003).
 * - Scale (`major`): only the operation launched on 19 May 2003 ("a massive
 *   air, land and sea military operation", VOA; "an all-out military
 *   offensive", Green Left; "the largest military operation in the country
 *   since 1975", the HDC's review). The clashes of the following weeks are
 *   recorded by their tolls and places. The battle at Matang Kumbang (9–10
 *   June, "the heaviest battle ... since martial law", the military in AFP)
 *   is recorded by its toll (12 killed), not as major: the source calls it
 *   the heaviest clash, not an offensive.
 * - Places, one way each: "Aceh province" for the operation as a whole;
 *   "Blang Kuala (South Aceh)", "Indrapuri (Aceh Besar)", "Bireuen",
 *   "Aceh Besar", "North Aceh", "South Aceh" for the clashes the sources
 *   place. The eight firefights of 30 May are one development with the place
 *   "Aceh Besar" (the only one its source names) and the count in the
 *   description.
 * - The war of June 2003 – December 2004 is recorded only by the military's
 *   running toll of 31 July 2003: no dated source read names acts of the
 *   months after, so no call is made in them.
 * - After the tsunami: GAM's unilateral ceasefire of 27 December 2004
 *   (`CeasefireDeclared`, GAM alone, indefinite); the army chief's call for a
 *   temporary ceasefire (27 December) and the military's statement that its
 *   operations continue (31 December) are statements. The military's claim
 *   to have killed more than 200 rebels since the tsunami (AFP, 27 January
 *   2005) is a `casualty-report` over the month (graded 3); the skirmish of
 *   29 January 2005 (four rebels killed) a clash and a violation of GAM's
 *   ceasefire alleged by GAM.
 * - The Helsinki rounds: the first (27–29 January 2005), the second (21–23
 *   February) and the fifth (12–17 July, the text initialled on the 17th) are
 *   recorded; the third and fourth (April, May) are not: no dated source for
 *   them was read. The MoU is recorded as an agreement (kind `comprehensive`,
 *   signed 15 August 2005) and a ceasefire ("all acts of violence between the
 *   parties will end latest at the time of the signing").
 * - Decommissioning has no event of its own: each stage is recorded as the
 *   AMM's statement of the weapons handed in (a third party's statement), and
 *   the troops pulled out as Indonesia's `withdrawal` (of no place held
 *   recorded alike). The final troop pull-out, expected on 29 December 2005,
 *   is not recorded: the sources read say only that it was due.
 * - The Law on the Governing of Aceh (11 July 2006) is recorded as the
 *   President's statement and GAM's protest that it falls short of the MoU
 *   (`critical`, dated approximately by its report). The catalogue has no
 *   election event: the result of the elections of 11 December 2006
 *   (Wikipedia, C2) is recorded as the announcement of the Aceh Independent
 *   Election Commission, a state body (actor `indonesia`), `neutral`.
 * - The amnesty and the stages of decommissioning are recorded as the AMM's
 *   reports (speaker "Aceh Monitoring Mission (report)"), not as words of its
 *   head, except where a source quotes Pieter Feith (19 October).
 * - The arrests' release on 17 May 2003 is not recorded as an act: it ends no
 *   recorded condition.
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, retrospectiveClock, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'indonesia-gam-2002';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 2026);
const when = retrospectiveClock('2026-12-06T13:00:00Z');

const INDONESIA: Actor = {
  id: 'indonesia',
  name: 'Government of Indonesia',
  kind: 'state',
  aliases: ['GoI', 'RI', 'Jakarta', 'TNI'],
};
const GAM: Actor = {
  id: 'gam',
  name: 'Free Aceh Movement',
  kind: 'armed-group',
  aliases: ['GAM', 'Gerakan Aceh Merdeka', 'TNA', 'Aceh National Armed Forces'],
};
const HDC: Actor = {
  id: 'hdc',
  name: 'Henry Dunant Centre for Humanitarian Dialogue',
  kind: 'mediator',
  aliases: ['HDC', 'Centre for Humanitarian Dialogue'],
};
const CMI: Actor = {
  id: 'cmi',
  name: 'Crisis Management Initiative',
  kind: 'mediator',
  aliases: ['CMI', 'Martti Ahtisaari'],
};
const AMM: Actor = {
  id: 'amm',
  name: 'Aceh Monitoring Mission',
  kind: 'international-organisation',
  aliases: ['AMM', 'EU–ASEAN monitors'],
};
const JAPAN: Actor = { id: 'japan', name: 'Japan', kind: 'state', aliases: ['Tokyo'] };
const US: Actor = { id: 'united-states', name: 'United States', kind: 'state', aliases: ['US', 'Washington'] };

const YUDHOYONO_2003: Person = {
  name: 'Susilo Bambang Yudhoyono',
  title: 'Coordinating Minister for Political and Security Affairs',
  actorId: 'indonesia',
};
const YUDHOYONO: Person = { name: 'Susilo Bambang Yudhoyono', title: 'President of Indonesia', actorId: 'indonesia' };
const WIRAYUDA: Person = { name: 'Hassan Wirayuda', title: 'Foreign Minister', actorId: 'indonesia' };
const DJALI_YUSUF: Person = { name: 'Maj. Gen. Djali Yusuf', title: 'Aceh military commander', actorId: 'indonesia' };
const NACHROWI: Person = {
  name: 'Lt. Col. Nachrowi',
  title: 'Military headquarters information department',
  actorId: 'indonesia',
};
const SUTARTO: Person = {
  name: 'Gen. Endriartono Sutarto',
  title: 'Commander of the armed forces',
  actorId: 'indonesia',
};
const DARMONO: Person = {
  name: 'Maj. Gen. Bambang Darmono',
  title: 'Government representative to the AMM',
  actorId: 'indonesia',
};
const SOFYAN_DAUD: Person = { name: 'Sofyan Daud', title: 'GAM spokesman', actorId: 'gam' };
const MALIK_MAHMUD: Person = { name: 'Malik Mahmud', title: 'GAM prime minister (in exile)', actorId: 'gam' };
const IRWANDI: Person = { name: 'Irwandi Yusuf', title: 'GAM representative to the AMM', actorId: 'gam' };
const GORMAN: Person = { name: 'David Gorman', title: 'Henry Dunant Centre', actorId: 'hdc' };
const FEITH: Person = { name: 'Pieter Feith', title: 'Head of the Aceh Monitoring Mission', actorId: 'amm' };
const AMM_REPORT: Person = { name: 'Aceh Monitoring Mission (report)', actorId: 'amm' };
const ELECTION_COMMISSION: Person = { name: 'Aceh Independent Election Commission (KIP)', actorId: 'indonesia' };
const AWALUDDIN: Person = {
  name: 'Hamid Awaluddin',
  title: 'Minister of Justice and Human Rights',
  actorId: 'indonesia',
};

const S = {
  cohaText: source(
    'Cessation of Hostilities Framework Agreement between the Government of the Republic of Indonesia and the Free Acheh Movement',
    'Nasional mailing list (copy of the text)',
    'http://www.polarhome.com/pipermail/nasional-e/2002-December/000265.html',
    '2002-12-09',
    'C',
    2,
  ),
  unpo021209: source(
    'Acheh signs peace accord with Indonesia',
    'UNPO',
    'https://unpo.org/article/21',
    '2002-12-09',
    'C',
    2,
  ),
  hdcReview: source(
    'Aceh Initiative: Internal Review (Geneva, November 2003)',
    'Centre for Humanitarian Dialogue (copy on vdocuments)',
    'https://vdocuments.mx/aceh-initiative-centre-for-humanitarian-dialogue-initiative-internal-review-geneva.html',
    '2003-11-30',
    'B',
    2,
  ),
  bbc030303: source(
    'Peace monitors attacked in Aceh',
    'BBC News',
    'http://news.bbc.co.uk/2/hi/asia-pacific/2814703.stm',
    '2003-03-03',
    'B',
    2,
  ),
  jsc030320: source(
    'Indonesia/Central Aceh: JSC calls for immediate action by police',
    'ReliefWeb (Joint Security Committee release)',
    'https://reliefweb.int/report/indonesia/indonesiacentral-aceh-jsc-calls-immediate-action-police',
    '2003-03-20',
    'B',
    2,
  ),
  hdc030406: source(
    'HDC denounces burning of monitor office, urges two parties to work for peace',
    'ReliefWeb (Henry Dunant Centre release)',
    'https://reliefweb.int/report/indonesia/hdc-denounces-burning-monitor-office-urges-two-parties-work-peace',
    '2003-04-06',
    'B',
    2,
  ),
  abc030406: source(
    "Mob torches Aceh peace monitors' office",
    'ABC News',
    'http://www.abc.net.au/news/2003-04-06/mob-torches-aceh-peace-monitors-office/1831024',
    '2003-04-06',
    'B',
    2,
  ),
  jp030411: source(
    'Govt signals war as GAM says no to Joint Council meet',
    'The Jakarta Post (archive copy)',
    'https://jawawa.id/newsitem/govt-signals-war-as-gam-says-no-to-joint-council-meet-1447893297',
    '2003-04-11',
    'B',
    2,
  ),
  jp030422: source(
    'GAM rejects Tokyo meeting',
    'The Jakarta Post (archive copy)',
    'https://jawawa.id/newsitem/gam-rejects-tokyo-meeting-1447893297',
    '2003-04-22',
    'B',
    2,
  ),
  jp030429: source(
    'Govt opens up new chance for Aceh talks',
    'The Jakarta Post (archive copy)',
    'https://jawawa.id/newsitem/govt-opens-up-new-chance-for-aceh-talks-1447893297',
    '2003-04-29',
    'B',
    2,
  ),
  jp030507: source(
    'Military operations in Aceh to start soon',
    'The Jakarta Post (archive copy)',
    'https://jawawa.id/newsitem/military-operations-in-aceh-to-start-soon-1447893297',
    '2003-05-07',
    'B',
    2,
  ),
  voa030509: source(
    'Indonesia Arrests Aceh Negotiators',
    'Voice of America',
    'https://www.voanews.com/a/a-13-a-2003-05-09-13-indonesia-67309897/381357.html',
    '2003-05-09',
    'B',
    2,
  ),
  smh030509: source(
    'Civil war drums beat as Aceh ultimatum nears',
    'The Sydney Morning Herald',
    'https://www.smh.com.au/world/civil-war-drums-beat-as-aceh-ultimatum-nears-20030509-gdgqco.html',
    '2003-05-09',
    'B',
    2,
  ),
  jp030513: source(
    'War looms large in Aceh',
    'The Jakarta Post (archive copy)',
    'https://jawawa.id/newsitem/war-looms-large-in-aceh-1447893297',
    '2003-05-13',
    'B',
    2,
  ),
  jp030518release: source(
    'Police release GAM leaders as Tokyo meeting starts',
    'The Jakarta Post (agencies; archive copy)',
    'https://jawawa.id/newsitem/police-release-gam-leaders-as-tokyo-meeting-starts-1447893297',
    '2003-05-18',
    'B',
    2,
  ),
  jp030518warning: source(
    'RI issues last warning despite Tokyo talks',
    'The Jakarta Post (agencies; archive copy)',
    'https://jawawa.id/newsitem/ri-issues-last-warning-despite-tokyo-talks-1447893297',
    '2003-05-18',
    'B',
    2,
  ),
  jp030519: source(
    'War returns to Aceh as peace talks fail',
    'The Jakarta Post (archive copy)',
    'https://jawawa.id/newsitem/war-returns-to-aceh-as-peace-talks-fail-1447893297',
    '2003-05-19',
    'B',
    2,
  ),
  voa030519: source(
    'Indonesia Launches Massive Attack on Free Aceh Movement',
    'Voice of America',
    'https://www.voanews.com/a/a-13-a-2003-05-19-10-indonesia/290014.html',
    '2003-05-19',
    'B',
    2,
  ),
  voa030519b: source(
    'Indonesian Military Launches Attack on Aceh Rebels',
    'Voice of America',
    'https://www.voanews.com/a/a-13-a-2003-05-19-41-indonesian/393463.html',
    '2003-05-19',
    'B',
    2,
  ),
  jp030520: source(
    'Tension mounts as Aceh offensive begins',
    'The Jakarta Post (archive copy)',
    'https://jawawa.id/newsitem/tension-mounts-as-aceh-offensive-begins-1447893297',
    '2003-05-20',
    'B',
    2,
  ),
  greenleft: source(
    'Aceh: Jakarta declares all-out war',
    'Green Left Weekly',
    'https://greenleft.org.au/content/aceh-jakarta-declares-all-out-war',
    '2003-05-28',
    'C',
    2,
  ),
  jp030522: source(
    'Casualties rise as offensive intensifies',
    'The Jakarta Post (archive copy)',
    'https://jawawa.id/newsitem/casualties-rise-as-offensive-intensifies-1447893297',
    '2003-05-22',
    'B',
    2,
  ),
  jp030526: source(
    '69 dead after week of war in Aceh',
    'The Jakarta Post (archive copy)',
    'https://jawawa.id/newsitem/69-dead-after-week-of-war-in-aceh-1447893297',
    '2003-05-26',
    'B',
    2,
  ),
  abc030530: source(
    'Indonesian military clashes with Aceh rebels',
    'ABC News',
    'http://www.abc.net.au/news/2003-05-30/indonesian-military-clashes-with-aceh-rebels/1862406',
    '2003-05-30',
    'B',
    2,
  ),
  afp030610: source(
    'Indonesian troops suffer worst single death toll in Aceh clash (AFP)',
    'SpaceWar',
    'https://www.spacewar.com/2003-a/030610123156.j84xxr27.html',
    '2003-06-10',
    'B',
    2,
  ),
  strategypage030731: source(
    'Indonesia: July 31, 2003',
    'StrategyPage',
    'https://editors.strategypage.com/qnd/indones/articles/20030731.aspx',
    '2003-07-31',
    'C',
    3,
  ),
  voa031023: source(
    'Mediators Voice Concerns About Treason Convictions in Aceh',
    'Voice of America',
    'https://www.voanews.com/a/a-13-a-2003-10-23-25-mediators/297430.html',
    '2003-10-23',
    'B',
    2,
  ),
  aljazeera041231: source(
    'Army operations in Aceh to continue',
    'Al Jazeera',
    'https://www.aljazeera.com/news/2004/12/31/army-operations-in-aceh-to-continue',
    '2004-12-31',
    'B',
    2,
  ),
  apc050112: source(
    'Aceh ceasefire in doubt as rebels threaten bloodshed unless the Indonesian military agrees to stop action against them',
    'Asia Pacific Connections (copy)',
    'http://www.apc.org.nz/pma/ac120105.htm',
    '2005-01-12',
    'C',
    2,
  ),
  afp050127: source(
    'Aceh peace talks underway in Helsinki as parties meet mediator (AFP)',
    'TerraDaily',
    'http://www.terradaily.com/2005/050127171656.2opl9k4r.html',
    '2005-01-27',
    'B',
    2,
  ),
  bbc050128: source(
    "Aceh rebel talks 'constructive'",
    'BBC News',
    'http://news.bbc.co.uk/2/hi/asia-pacific/4211599.stm',
    '2005-01-28',
    'B',
    2,
  ),
  jp050131: source(
    'Govt, GAM agree on more talks',
    'The Jakarta Post (archive copy)',
    'https://jawawa.id/newsitem/govt-gam-agree-on-more-talks-1447893297',
    '2005-01-31',
    'B',
    2,
  ),
  jp050219: source(
    'RI, GAM ready to resume talks, focus on autonomy (The Jakarta Post, copied in "Crisis in Aceh ~ After Second Round Peace Talks")',
    'bebeth009 blog (copy)',
    'http://bebeth009.blogspot.com/2005/02/crisis-in-aceh-after-second-round.html',
    '2005-02-23',
    'C',
    2,
  ),
  afp050717: source(
    'Indonesia, Aceh Separatists Reach Peace Deal (AFP)',
    'IslamOnline (copy on mail-archive)',
    'https://mail-archive.com/islamcity@yahoogroups.com/msg04378.html',
    '2005-07-17',
    'C',
    2,
  ),
  xinhua050815: source(
    'Indonesian government, Aceh rebels sign peace deal',
    'China.org.cn (Xinhua)',
    'http://china.org.cn/english/international/138566.htm',
    '2005-08-15',
    'B',
    2,
  ),
  guardian050815: source(
    'Indonesia signs Aceh peace deal',
    'The Guardian (staff and agencies)',
    'https://www.theguardian.com/world/2005/aug/15/indonesia.tsunami20041',
    '2005-08-15',
    'B',
    1,
  ),
  accord: source(
    "A sensitive mission: monitoring Aceh's agreement",
    'Conciliation Resources (Accord)',
    'https://c-r.org/accord/aceh-indonesia/sensitive-mission-monitoring-acehs-agreement',
    '2008-04-01',
    'B',
    2,
  ),
  jp050926: source(
    'Monitors expects next disarmament before Ramadhan',
    'The Jakarta Post (archive copy)',
    'https://jawawa.id/newsitem/monitors-expects-next-disarmament-before-ramadhan-1447893297',
    '2005-09-26',
    'B',
    2,
  ),
  siia051021: source(
    "Aceh's peace signatories pass key test",
    'Singapore Institute of International Affairs',
    'http://www.siiaonline.org/page/insightsDetails/id/2528/ArticleCategoryId/7',
    '2005-10-21',
    'C',
    2,
  ),
  afp051227: source(
    'Former Aceh rebels disband military wing (AFP)',
    'China Daily',
    'http://www.chinadaily.com.cn/english/doc/2005-12/27/content_507033.htm',
    '2005-12-27',
    'B',
    2,
  ),
  bbc051227: source(
    'Aceh rebels disband armed units',
    'BBC News',
    'http://news.bbc.co.uk/2/hi/asia-pacific/4561922.stm',
    '2005-12-27',
    'B',
    2,
  ),
  jp051228: source(
    'Ex-rebels disband armed wing',
    'The Jakarta Post (archive copy)',
    'https://jawawa.id/newsitem/ex-rebels-disband-armed-wing-1447893297',
    '2005-12-28',
    'B',
    2,
  ),
  jp060317: source(
    'Legislators support effort to disband GAM (The Jakarta Post)',
    'Asia Pacific Solidarity Network (copy)',
    'https://www.asia-pacific-solidarity.net/news/2006-03-17/legislators-support-effort-disband-gam.html',
    '2006-03-17',
    'C',
    2,
  ),
  eurobali060718: source(
    'President Yudhoyono upbeat on Aceh law',
    'EuroBali',
    'http://eurobali.org/index.php?action=news&category_id=5&news_id=23',
    '2006-07-18',
    'C',
    2,
  ),
  worldwatch: source(
    'New Aceh Governing Law Falls Short on Autonomy Promises, Triggers Protests',
    'Worldwatch Institute',
    'http://www.worldwatch.org/node/4430',
    '2006-07-20',
    'C',
    2,
  ),
  wikiElection: source(
    'Acehnese gubernatorial election, 2006',
    'Wikipedia',
    'https://en.wikipedia.org/wiki/Acehnese_gubernatorial_election,_2006',
    '2007-01-15',
    'C',
    2,
  ),
};

const AGR = { coha: 'agr-coha-2002', mou: 'agr-helsinki-mou-2005' } as const;
const CF = { coha: 'cf-coha-2002', gamTsunami: 'cf-gam-unilateral-2004', mou: 'cf-helsinki-mou-2005' } as const;
const R = {
  jointCouncil: 'joint-council-2003-04',
  tokyo: 'tokyo-2003-05',
  helsinki1: 'helsinki-1',
  helsinki2: 'helsinki-2',
  helsinki5: 'helsinki-5',
} as const;
const D = { autonomy: 'gov-accept-autonomy', disarm: 'gov-disarm' } as const;
const U = { deadline12May: 'ult-2003-05-12', tokyo: 'ult-tokyo-conditions' } as const;
const O = {
  coha: 'occ-coha-signing',
  collapse: 'occ-martial-law',
  mou: 'occ-mou-signing',
  jan29: 'occ-2005-01-29',
} as const;

const events = [
  // ===== December 2002: the Cessation of Hostilities Agreement =====
  ev(
    'NegotiationOpened',
    'opened',
    when('2002-12-09'),
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Indonesia – GAM, from the Cessation of Hostilities Agreement to the Helsinki MoU, 2002–06',
      subject:
        'The Cessation of Hostilities Agreement of December 2002 and its monitoring, its collapse into martial law in Aceh, the talks after the tsunami and the Helsinki Memorandum of Understanding and its implementation',
      parties: [INDONESIA, GAM],
      mediators: [HDC],
    },
    [S.cohaText, S.hdcReview],
  ),
  ev(
    'AgreementReached',
    'agr-coha',
    when('2002-12-09'),
    {
      agreementId: AGR.coha,
      kind: 'ceasefire',
      provisions: [
        'A cessation of hostilities between the two parties, monitored by a Joint Security Committee (government, GAM and international monitors)',
        'Peace zones; GAM weapons placed in designated sites in stages; government forces redeployed from offensive to defensive positions',
        'An all-inclusive dialogue in Aceh leading to elections in 2004, on the basis of the NAD (special autonomy) law as a starting point',
      ],
      signatories: ['indonesia', 'gam'],
      textPublic: true,
      status: 'signed',
    },
    [S.cohaText, S.hdcReview],
    { occurrence: O.coha },
  ),
  ev(
    'CeasefireDeclared',
    'cf-coha',
    when('2002-12-09'),
    {
      ceasefireId: CF.coha,
      parties: ['indonesia', 'gam'],
      scope: 'All hostilities between the Indonesian security forces and GAM in Aceh, monitored by the JSC',
      coverage: 'all-hostilities',
      duration: 'indefinite',
      mediatedBy: ['hdc'],
    },
    [S.cohaText, S.hdcReview],
    { occurrence: O.coha },
  ),
  ev(
    'StatementMade',
    'stmt-gam-coha',
    when('2002-12-09'),
    {
      speaker: { name: 'Free Acheh Movement (statement)', actorId: 'gam' },
      tone: 'conciliatory',
      summary:
        'GAM welcomes the accord, hoping that with monitors from some twelve nations the people of Aceh can live in peace, while listing abuses by the security forces up to the signing.',
    },
    [S.unpo021209],
  ),
  // ===== March – May 2003: the monitors attacked, the ultimatum =====
  ev(
    'IncidentReported',
    'inc-takengon-jsc',
    when('2003-03-03'),
    {
      incidentId: 'inc-takengon-jsc',
      kind: 'militant-attack',
      target: 'JSC tripartite monitoring team office',
      place: 'Takengon (Central Aceh)',
      injured: { min: 2, max: 2 },
      description:
        'A crowd ransacks the JSC monitors’ office in Takengon, burns three JSC vehicles and holds the monitors for hours; two local monitors injured. The first violence against the monitors since the agreement.',
    },
    [S.bbc030303, S.jsc030320],
  ),
  ev(
    'StatementMade',
    'stmt-djali-takengon',
    when('2003-03-03'),
    {
      speaker: DJALI_YUSUF,
      audience: 'gam',
      tone: 'accusation',
      summary:
        'The Aceh military commander says the villagers were angry that the JSC did not respond to their complaints that GAM rebels had kidnapped a coffee farmer and extorted ransom.',
    },
    [S.bbc030303],
  ),
  ev(
    'IncidentReported',
    'inc-langsa-jsc',
    when('2003-04-06'),
    {
      incidentId: 'inc-langsa-jsc',
      kind: 'militant-attack',
      target: 'JSC tripartite monitoring team office',
      place: 'Langsa (East Aceh)',
      allegedBy: 'gam',
      blamedOn: 'indonesia',
      description:
        'A crowd of 300–1,500 brought in trucks ransacks and burns the empty JSC office in Langsa, demanding the release of people it says GAM abducted. GAM says such attacks are the work of militias nurtured by the military, which denies it.',
    },
    [S.hdc030406, graded(S.abc030406, 3)],
  ),
  ev(
    'StatementMade',
    'stmt-gorman-langsa',
    when('2003-04-06'),
    {
      speaker: GORMAN,
      tone: 'critical',
      summary:
        'The HDC condemns the attack, calls on the government to protect the monitors and to bring the perpetrators of the Takengon and Langsa attacks to court.',
    },
    [S.abc030406, S.hdc030406],
  ),
  ev(
    'StatementMade',
    'stmt-yudhoyono-jc',
    when('2003-04-10'),
    {
      speaker: YUDHOYONO_2003,
      audience: 'gam',
      tone: 'warning',
      summary:
        'GAM declines to attend a Joint Council meeting on violations of the agreement; the government gives it five days to reverse its position, accusing it of reneging on the agreement.',
    },
    [S.jp030411],
  ),
  ev(
    'TalksRoundScheduled',
    'round-jc-scheduled',
    when('2003-04-21'),
    {
      roundId: R.jointCouncil,
      label: 'Joint Council meeting on violations of the COHA',
      format: 'formal',
      hosts: ['hdc'],
      plannedFor: '2003-04-25',
    },
    [S.jp030422],
    { note: 'Date and agenda agreed; the venue disputed (Tokyo or Geneva).' },
  ),
  ev(
    'TalksRoundCancelled',
    'round-jc-cancelled',
    when('2003-04-24'),
    {
      roundId: R.jointCouncil,
      reason: 'The government pulls out after GAM insists on moving the meeting to 27 April in Geneva.',
    },
    [S.jp030429, S.jp030507],
  ),
  ev(
    'DemandTabled',
    'demand-autonomy',
    when('2003-04-28'),
    {
      demandId: D.autonomy,
      by: 'indonesia',
      addressedTo: ['gam'],
      text: 'Explicitly accept special autonomy within the unitary state of Indonesia and drop the demand for independence',
      category: 'political',
    },
    [S.jp030429],
  ),
  ev(
    'DemandTabled',
    'demand-disarm',
    when('2003-04-28'),
    {
      demandId: D.disarm,
      by: 'indonesia',
      addressedTo: ['gam'],
      text: 'Lay down arms and guarantee the surrender of weapons',
      category: 'security',
    },
    [S.jp030429],
  ),
  ev(
    'UltimatumIssued',
    'ult-deadline',
    when('2003-04-28'),
    {
      ultimatumId: U.deadline12May,
      by: 'indonesia',
      to: ['gam'],
      demandIds: [D.autonomy, D.disarm],
      deadline: '2003-05-12',
      consequences: 'All-out security operations in the province',
    },
    [S.jp030429, S.smh030509],
  ),
  ev(
    'StatementMade',
    'stmt-yudhoyono-prepare',
    when('2003-05-06'),
    {
      speaker: YUDHOYONO_2003,
      audience: 'gam',
      tone: 'military-threat',
      summary:
        'After a cabinet meeting: President Megawati has instructed the military to prepare for operations after the 12 May deadline if GAM does not disarm and renounce independence.',
    },
    [S.jp030507],
  ),
  ev(
    'IncidentReported',
    'inc-arrest-negotiators-0509',
    when('2003-05-09'),
    {
      incidentId: 'inc-arrest-negotiators-0509',
      kind: 'non-lethal-force',
      perpetrator: 'indonesia',
      against: 'gam',
      target: 'GAM negotiators, members of the JSC',
      place: 'Banda Aceh airport',
      description:
        'Four of GAM’s six top negotiators, among them chief negotiator Sofyan Ibrahim Tiba, arrested at Banda Aceh airport for travelling without permission.',
    },
    [S.voa030509],
  ),
  ev(
    'StatementMade',
    'stmt-wirayuda-may12',
    when('2003-05-08'),
    {
      speaker: WIRAYUDA,
      audience: 'gam',
      tone: 'military-threat',
      summary:
        'Monday 12 May is the critical day; if no Joint Council meeting can be held by then, the joint operation will be launched.',
      quote:
        'If, by May 12, we are certain that a joint council meeting cannot be commenced, then we are ready to launch the joint operation.',
    },
    [S.smh030509],
  ),
  ev(
    'UltimatumResolved',
    'ult-deadline-rejected',
    when('2003-05-12'),
    {
      ultimatumId: U.deadline12May,
      resolution: 'rejected',
      summary:
        'The deadline passes; GAM rejected the conditions; the government says it will consult parliament before acting.',
    },
    [S.jp030513],
  ),
  // ===== 17–19 May 2003: Tokyo, martial law, the offensive =====
  ev('ActorRegistered', 'actor-japan', when('2003-05-17'), { actor: JAPAN, role: 'third-party' }, [S.jp030518release], {
    note: 'The Tokyo meeting was jointly called for by Japan, the United States and the European Union.',
  }),
  ev('ActorRegistered', 'actor-us', when('2003-05-17'), { actor: US, role: 'third-party' }, [
    S.jp030518release,
    S.jp030513,
  ]),
  ev(
    'TalksRoundOpened',
    'round-tokyo-opened',
    when('2003-05-17'),
    {
      roundId: R.tokyo,
      label: 'Joint Council meeting, Tokyo',
      format: 'formal',
      venue: 'Tokyo',
      hosts: ['japan', 'hdc'],
    },
    [S.jp030518warning, S.jp030518release],
  ),
  ev(
    'UltimatumIssued',
    'ult-tokyo',
    when('2003-05-17'),
    {
      ultimatumId: U.tokyo,
      by: 'indonesia',
      to: ['gam'],
      demandIds: [D.autonomy, D.disarm],
      deadline: '2003-05-18',
      consequences: 'The integrated operation will be launched under a presidential decree',
    },
    [S.jp030518warning, S.jp030519],
  ),
  ev(
    'IncidentReported',
    'inc-south-aceh-0517',
    when('2003-05-17'),
    {
      incidentId: 'inc-south-aceh-0517',
      kind: 'clash',
      perpetrator: 'indonesia',
      against: 'gam',
      place: 'South Aceh',
      fatalities: { min: 7, max: 7 },
      description:
        'Government troops kill seven GAM rebels in an exchange of fire over the hoisting of a separatist flag in a South Aceh village (a military official, via Reuters).',
    },
    [S.jp030518warning],
  ),
  ev(
    'TalksRoundConcluded',
    'round-tokyo-concluded',
    when('2003-05-18'),
    {
      roundId: R.tokyo,
      outcome: 'collapsed',
      summary:
        'After more than 13 hours, GAM rejects the demands to drop independence, accept autonomy and lay down its arms; the talks break down.',
    },
    [S.jp030519, S.voa030519b],
  ),
  ev(
    'StatementMade',
    'stmt-yudhoyono-martial-law',
    when('2003-05-19'),
    {
      speaker: YUDHOYONO_2003,
      audience: 'gam',
      tone: 'military-threat',
      summary:
        'The President has ordered an integrated operation; martial law in Aceh from midnight on 19 May for six months (Presidential Decree 28/2003).',
      quote: 'The president has ordered an integrated operation to begin.',
    },
    [S.jp030519, S.voa030519],
    { occurrence: O.collapse },
  ),
  ev(
    'UltimatumResolved',
    'ult-tokyo-enforced',
    when('2003-05-19'),
    {
      ultimatumId: U.tokyo,
      resolution: 'enforced',
      summary:
        'GAM having dismissed the conditions in Tokyo, martial law is declared and the integrated operation launched.',
    },
    [S.jp030519, S.voa030519],
    { occurrence: O.collapse },
  ),
  ev(
    'CeasefireEnded',
    'cf-coha-ended',
    when('2003-05-19'),
    { ceasefireId: CF.coha, reason: 'collapsed', summary: 'Martial law declared and a military operation launched.' },
    [S.hdcReview, S.voa030519b],
    { occurrence: O.collapse },
  ),
  ev(
    'AgreementStatusChanged',
    'agr-coha-suspended',
    when('2003-05-19'),
    {
      agreementId: AGR.coha,
      status: 'suspended',
      by: 'indonesia',
      reason: 'Martial law and the military operation: the HDC’s review speaks of the suspension of the COHA.',
    },
    [S.hdcReview],
    { occurrence: O.collapse },
  ),
  ev(
    'IncidentReported',
    'inc-offensive',
    when('2003-05-19'),
    {
      incidentId: 'inc-offensive',
      kind: 'airstrike',
      perpetrator: 'indonesia',
      against: 'gam',
      place: 'Aceh province',
      scale: 'major',
      description:
        'A massive air, land and sea operation: planes fire rockets at a GAM base, hundreds of troops parachute in near Banda Aceh, warships deployed; the largest operation since 1975 by the HDC’s account, conducted in six regions of GAM strongholds.',
    },
    [S.voa030519, S.voa030519b, S.hdcReview, S.greenleft],
  ),
  ev(
    'IncidentReported',
    'inc-blang-kuala',
    when('2003-05-19'),
    {
      incidentId: 'inc-blang-kuala',
      kind: 'clash',
      perpetrator: 'indonesia',
      against: 'gam',
      place: 'Blang Kuala (South Aceh)',
      fatalities: { min: 3, max: 3 },
      description:
        'Marines and police mobile brigade kill three rebels after a 30-minute skirmish (the military’s account).',
    },
    [graded(S.jp030520, 3)],
  ),
  ev(
    'IncidentReported',
    'inc-indrapuri',
    when('2003-05-19'),
    {
      incidentId: 'inc-indrapuri',
      kind: 'clash',
      perpetrator: 'indonesia',
      against: 'gam',
      place: 'Indrapuri (Aceh Besar)',
      fatalities: { min: 1, max: 1 },
      description: 'One GAM member killed in a clash (the military’s account).',
    },
    [graded(S.jp030520, 3)],
  ),
  ev(
    'IncidentReported',
    'inc-arrest-negotiators-0519',
    when('2003-05-19'),
    {
      incidentId: 'inc-arrest-negotiators-0519',
      kind: 'non-lethal-force',
      perpetrator: 'indonesia',
      against: 'gam',
      target: 'The five GAM negotiators, liaison officers to the JSC',
      place: 'Banda Aceh',
      description:
        'The five negotiators are arrested again as they were set to leave for the Tokyo talks; convicted of treason in October (12–15 years).',
    },
    [S.voa031023],
  ),
  ev(
    'IncidentReported',
    'inc-bireuen-0521',
    when('2003-05-21'),
    {
      incidentId: 'inc-bireuen-0521',
      kind: 'clash',
      perpetrator: 'indonesia',
      against: 'gam',
      place: 'Bireuen',
      fatalities: { min: 7, max: 13 },
      civilianFatalities: { min: 0, max: 10 },
      description:
        'On the third and bloodiest day of the assault, at least seven alleged GAM members killed in shootouts in Bireuen; GAM puts the day’s toll at 13, ten of them civilians.',
    },
    [graded(S.jp030522, 3)],
  ),
  ev(
    'IncidentReported',
    'inc-aceh-besar-0521',
    when('2003-05-21'),
    {
      incidentId: 'inc-aceh-besar-0521',
      kind: 'clash',
      perpetrator: 'indonesia',
      against: 'gam',
      place: 'Aceh Besar',
      fatalities: { min: 2, max: 2 },
      description:
        'A GAM commander for Cot Kreueng and his bodyguard killed in a gunfight in Kuta Baro; military helicopters fire rockets at rebel bases on two islands off Banda Aceh.',
    },
    [S.jp030522],
  ),
  ev(
    'IncidentReported',
    'inc-north-aceh-0525',
    when('2003-05-25'),
    {
      incidentId: 'inc-north-aceh-0525',
      kind: 'clash',
      perpetrator: 'gam',
      against: 'indonesia',
      place: 'North Aceh',
      fatalities: { min: 1, max: 1 },
      injured: { min: 2, max: 2 },
      description:
        'About 30 rebels ambush a military convoy near Bayi; a two-hour gunfight at Sidomulyo, Dewantara, kills a soldier. The toll of the first week reaches 69.',
    },
    [S.jp030526],
  ),
  ev(
    'IncidentReported',
    'inc-bireuen-0525',
    when('2003-05-25'),
    {
      incidentId: 'inc-bireuen-0525',
      kind: 'clash',
      perpetrator: 'indonesia',
      against: 'gam',
      place: 'Bireuen',
      fatalities: { min: 2, max: 2 },
      description: 'Soldiers kill two GAM members fleeing on a motorcycle in Paranggui village.',
    },
    [S.jp030526],
  ),
  ev(
    'IncidentReported',
    'inc-eight-places-0530',
    when('2003-05-30'),
    {
      incidentId: 'inc-eight-places-0530',
      kind: 'clash',
      perpetrator: 'indonesia',
      against: 'gam',
      place: 'Aceh Besar',
      fatalities: { min: 3, max: 3 },
      description:
        'The military reports firefights in eight locations as troops corner the rebels; one soldier and two rebels killed in the mountains of Aceh Besar. At least 92 rebels, 12 soldiers and police and 15 civilians killed since the start of the campaign.',
    },
    [S.abc030530],
  ),
  ev(
    'IncidentReported',
    'inc-matang-kumbang',
    when('2003-06-09'),
    {
      incidentId: 'inc-matang-kumbang',
      kind: 'clash',
      perpetrator: 'gam',
      against: 'indonesia',
      place: 'Bireuen',
      fatalities: { min: 7, max: 12 },
      injured: { min: 7, max: 7 },
      description:
        'The heaviest battle since martial law at Matang Kumbang, late on the 9th to the morning of the 10th: seven soldiers killed and seven wounded; the military says five rebels were killed, GAM that it lost none.',
    },
    [S.afp030610],
  ),
  ev(
    'IncidentReported',
    'inc-toll-july-2003',
    when('2003-07-31'),
    {
      incidentId: 'inc-toll-july-2003',
      kind: 'casualty-report',
      allegedBy: 'indonesia',
      against: 'gam',
      place: 'Aceh province',
      fatalities: { min: 624, max: 624 },
      period: { from: '2003-05-19', to: '2003-07-31' },
      description:
        'The government says 583 rebels have been killed and 41 soldiers since May; 1,301 rebels captured or surrendered.',
    },
    [S.strategypage030731],
  ),
  // ===== December 2004 – January 2005: the tsunami and GAM's unilateral ceasefire =====
  ev(
    'CeasefireDeclared',
    'cf-gam-tsunami',
    when('2004-12-27'),
    {
      ceasefireId: CF.gamTsunami,
      parties: ['gam'],
      scope: 'GAM’s unilateral ceasefire after the tsunami of 26 December, so that relief can reach the people of Aceh',
      coverage: 'all-hostilities',
      duration: 'indefinite',
    },
    [S.apc050112, S.afp050127],
  ),
  ev(
    'StatementMade',
    'stmt-sutarto-ceasefire',
    when('2004-12-27'),
    {
      speaker: SUTARTO,
      audience: 'gam',
      tone: 'conciliatory',
      summary:
        'The armed forces commander calls for an unprecedented temporary ceasefire so that the forces can focus on relief.',
    },
    [S.aljazeera041231],
  ),
  ev(
    'StatementMade',
    'stmt-nachrowi-operations',
    when('2004-12-31'),
    {
      speaker: NACHROWI,
      audience: 'gam',
      tone: 'warning',
      summary:
        'The military says its security operations continue, smaller in scale and intensity, with raids into suspected GAM areas; GAM says the crackdown violates its ceasefire.',
      quote:
        'We continue to launch raids into suspected GAM (Free Aceh Movement) areas and our vigilance remains high.',
    },
    [S.aljazeera041231],
  ),
  ev(
    'StatementMade',
    'stmt-daud-offensive',
    when('2005-01-11'),
    {
      speaker: SOFYAN_DAUD,
      audience: 'indonesia',
      tone: 'military-threat',
      summary:
        'GAM threatens to abandon its two-week-old ceasefire and go on the offensive unless the military stops chasing its fighters.',
      quote:
        'If they continue to chase us, we will go on the offensive and that would be trouble for the TNI and the humanitarian mission.',
    },
    [S.apc050112],
  ),
  ev(
    'IncidentReported',
    'inc-toll-after-tsunami',
    when('2005-01-23'),
    {
      incidentId: 'inc-toll-after-tsunami',
      kind: 'casualty-report',
      allegedBy: 'indonesia',
      against: 'gam',
      place: 'Aceh province',
      fatalities: { min: 200, max: 200 },
      period: { from: '2004-12-27', to: '2005-01-23' },
      description:
        'The military claims to have killed more than 200 rebels since the tsunami, before vowing to suspend the campaign (AFP).',
    },
    [graded(S.afp050127, 3)],
  ),
  // ===== 2005: Helsinki =====
  ev('ActorRegistered', 'actor-cmi', when('2005-01-27'), { actor: CMI, role: 'mediator' }, [S.afp050127], {
    note: 'Martti Ahtisaari’s foundation hosts and mediates the Helsinki talks.',
  }),
  ev(
    'TalksRoundOpened',
    'round-h1-opened',
    when('2005-01-28'),
    {
      roundId: R.helsinki1,
      label: 'Helsinki, first round',
      format: 'informal',
      venue: 'Königstedt manor, near Helsinki',
      hosts: ['cmi'],
      delegations: [{ actorId: 'gam', head: MALIK_MAHMUD }, { actorId: 'indonesia' }],
    },
    [S.bbc050128],
  ),
  ev(
    'IncidentReported',
    'inc-clash-0129',
    when('2005-01-29'),
    {
      incidentId: 'inc-clash-0129',
      kind: 'clash',
      perpetrator: 'indonesia',
      against: 'gam',
      fatalities: { min: 4, max: 4 },
      description:
        'Hours before the Helsinki delegations agree to meet again, the military kills four GAM rebels in a skirmish in an Aceh village.',
    },
    [S.jp050131],
    { occurrence: O.jan29, note: 'The source names no district: no place recorded.' },
  ),
  ev(
    'CeasefireViolationReported',
    'cf-gam-violation-0129',
    when('2005-01-29'),
    {
      ceasefireId: CF.gamTsunami,
      allegedBy: 'gam',
      against: 'indonesia',
      casualties: { min: 4, max: 4 },
      description: 'GAM insists on a formal ceasefire; the skirmish of the 29th in an Aceh village kills four rebels.',
    },
    [S.jp050131],
    { occurrence: O.jan29 },
  ),
  ev(
    'TalksRoundConcluded',
    'round-h1-concluded',
    when('2005-01-29'),
    {
      roundId: R.helsinki1,
      outcome: 'progress',
      summary:
        'Two days on the humanitarian crisis; an in-principle agreement to meet again to discuss a comprehensive settlement under the umbrella of self-autonomy.',
      nextSteps: 'Another round in February.',
    },
    [S.jp050131, S.bbc050128],
  ),
  ev(
    'TalksRoundOpened',
    'round-h2-opened',
    when('2005-02-21'),
    {
      roundId: R.helsinki2,
      label: 'Helsinki, second round',
      format: 'formal',
      venue: 'Helsinki',
      hosts: ['cmi'],
      delegations: [
        { actorId: 'indonesia', head: AWALUDDIN },
        { actorId: 'gam', head: MALIK_MAHMUD },
      ],
    },
    [S.jp050219],
  ),
  ev(
    'TalksRoundConcluded',
    'round-h2-concluded',
    when('2005-02-23'),
    {
      roundId: R.helsinki2,
      outcome: 'progress',
      summary:
        'Talks centred on the government’s offer of special autonomy, which GAM agreed to discuss though it had rejected it before.',
    },
    [S.jp050219],
  ),
  ev(
    'TalksRoundOpened',
    'round-h5-opened',
    when('2005-07-12'),
    {
      roundId: R.helsinki5,
      label: 'Helsinki, fifth round',
      format: 'formal',
      venue: 'Helsinki',
      hosts: ['cmi'],
    },
    [S.afp050717],
  ),
  ev(
    'TalksRoundConcluded',
    'round-h5-concluded',
    when('2005-07-17'),
    {
      roundId: R.helsinki5,
      outcome: 'agreement',
      summary:
        'The memorandum is initialled: governing of Aceh and political participation, human rights, amnesty and reintegration, security arrangements, a monitoring mission, dispute settlement; to be signed on 15 August with no substantive change.',
    },
    [S.afp050717],
  ),
  ev(
    'AgreementReached',
    'agr-mou-initialled',
    when('2005-07-17'),
    {
      agreementId: AGR.mou,
      kind: 'comprehensive',
      provisions: [
        'A Law on the Governing of Aceh by 31 March 2006; Aceh-based political parties',
        'Amnesty for GAM members and release of political prisoners within 15 days of signature',
        'GAM demobilises its troops and decommissions 840 weapons in four stages, 15 September – 31 December 2005',
        'Non-organic military and police forces withdrawn in parallel; 14,700 troops and 9,100 police stay',
        'An Aceh Monitoring Mission of the EU and ASEAN',
      ],
      signatories: ['indonesia', 'gam'],
      textPublic: false,
      roundId: R.helsinki5,
      status: 'initialled',
    },
    [S.afp050717],
  ),
  ev(
    'AgreementStatusChanged',
    'agr-mou-signed',
    when('2005-08-15'),
    {
      agreementId: AGR.mou,
      status: 'signed',
      reason: 'Signed in Helsinki by Hamid Awaluddin and Malik Mahmud, witnessed by Ahtisaari.',
    },
    [S.xinhua050815, S.guardian050815],
    { occurrence: O.mou },
  ),
  ev(
    'CeasefireDeclared',
    'cf-mou',
    when('2005-08-15'),
    {
      ceasefireId: CF.mou,
      parties: ['indonesia', 'gam'],
      scope: 'All acts of violence between the parties end at the latest at the signing of the MoU',
      coverage: 'all-hostilities',
      duration: 'indefinite',
      mediatedBy: ['cmi'],
    },
    [S.xinhua050815],
    { occurrence: O.mou },
  ),
  ev(
    'CeasefireEnded',
    'cf-gam-superseded',
    when('2005-08-15'),
    { ceasefireId: CF.gamTsunami, reason: 'superseded', summary: 'Superseded by the MoU’s end of hostilities.' },
    [S.xinhua050815],
    { occurrence: O.mou },
  ),
  ev('ActorRegistered', 'actor-amm', when('2005-08-15'), { actor: AMM, role: 'third-party' }, [S.guardian050815], {
    note: 'Monitors from the EU and five ASEAN states, led by Pieter Feith.',
  }),
  ev(
    'StatementMade',
    'stmt-mahmud-mou',
    when('2005-08-15'),
    {
      speaker: MALIK_MAHMUD,
      tone: 'conciliatory',
      summary: 'At the signing, GAM’s leader thanks God for ending the conflict and speaks of a new and better future.',
      quote:
        'We now leave this historic day and embark on a great journey into a new and, we hope, much better future.',
    },
    [S.xinhua050815],
  ),
  ev(
    'StatementMade',
    'stmt-amnesty-0817',
    when('2005-08-17'),
    {
      speaker: AMM_REPORT,
      tone: 'neutral',
      summary:
        'First releases under the amnesty: 298 GAM prisoners freed for Independence Day; the decree of 30 August frees 1,424 more.',
    },
    [S.accord],
  ),
  ev(
    'StatementMade',
    'stmt-decommission-1',
    when('2005-09-17'),
    {
      speaker: AMM_REPORT,
      tone: 'neutral',
      summary:
        'The first stage of decommissioning completed: 279 weapons handed over from 15 September, 243 accepted, a quarter of the 840.',
    },
    [S.jp050926, S.accord],
  ),
  ev(
    'IncidentReported',
    'inc-withdrawal-1',
    when('2005-09-24'),
    {
      incidentId: 'inc-withdrawal-1',
      kind: 'withdrawal',
      perpetrator: 'indonesia',
      place: 'Aceh province',
      description:
        'Over the past ten days the government has withdrawn some 6,500 non-organic soldiers and 1,300 paramilitary police from Aceh (the AMM).',
    },
    [S.jp050926],
  ),
  ev(
    'StatementMade',
    'stmt-feith-stage2',
    when('2005-10-19'),
    {
      speaker: FEITH,
      tone: 'conciliatory',
      summary:
        'The second stage completed: 424 weapons accepted in all; both sides have fulfilled their commitments, the troop withdrawal proceeding smoothly.',
      quote: 'I believe neither GAM nor Indonesia will violate the MoU signed in Helsinki.',
    },
    [S.siia051021],
  ),
  ev(
    'StatementMade',
    'stmt-decommission-final',
    when('2005-12-20', 'approximate'),
    {
      speaker: AMM_REPORT,
      tone: 'neutral',
      summary: 'GAM surrenders its final batch of weapons, completing the 840 required by the MoU.',
    },
    [S.afp051227, S.bbc051227],
    { note: '"Last week" in the AFP report of 27 December: dated approximately.' },
  ),
  ev(
    'StatementMade',
    'stmt-tna-dissolved',
    when('2005-12-27'),
    {
      speaker: SOFYAN_DAUD,
      tone: 'conciliatory',
      summary:
        'GAM announces that its armed wing, the TNA, is decommissioned and demobilised, after meeting President Yudhoyono in Banda Aceh; it commits to implement the MoU.',
      quote:
        'On behalf of GAM combatants I have the honour to announce that TNA (Aceh National Armed Forces) has been decommissioned and demobilised.',
    },
    [S.afp051227, S.bbc051227, S.jp051228],
  ),
  // ===== 2006: the Law on the Governing of Aceh and the elections =====
  ev(
    'StatementMade',
    'stmt-darmono-dissolve',
    when('2006-03-15'),
    {
      speaker: DARMONO,
      audience: 'gam',
      tone: 'threat',
      summary:
        'At a parliamentary hearing, the government’s representative to the AMM says GAM, SIRA and the KPA must be dissolved once the Aceh bill is passed, or he will dissolve them.',
      quote:
        'GAM, SIRA and KPA must also be dissolved after the bill is passed into law. Otherwise, I will dissolve them.',
    },
    [S.jp060317],
  ),
  ev(
    'StatementMade',
    'stmt-yudhoyono-loga',
    when('2006-07-14'),
    {
      speaker: YUDHOYONO,
      tone: 'conciliatory',
      summary:
        'Three days after parliament passed the Law on the Governing of Aceh (11 July), the President says it will speed recovery and should be accepted.',
    },
    [S.eurobali060718],
  ),
  ev(
    'StatementMade',
    'stmt-irwandi-loga',
    when('2006-07-17', 'approximate'),
    {
      speaker: IRWANDI,
      audience: 'indonesia',
      tone: 'critical',
      summary:
        'GAM says the new law falls short of the MoU’s autonomy provisions and will file a protest with the monitoring mission; a one-day general strike in Aceh.',
    },
    [S.worldwatch],
  ),
  ev(
    'StatementMade',
    'stmt-election',
    when('2006-12-29'),
    {
      speaker: ELECTION_COMMISSION,
      tone: 'neutral',
      summary:
        'The results of the elections of 11 December are published: the former GAM leader Irwandi Yusuf is elected governor of Aceh with 38.2 per cent.',
    },
    [S.wikiElection],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'indonesia-gam-2002.jsonl',
  logEnd: '2026-12-06T16:00:00Z',
  events,
};

export default definition;
