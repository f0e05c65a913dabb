/**
 * A test fixture, not a shipped example: the Juba talks between Uganda's government (Museveni; the delegation of
 * Ruhakana Rugunda) and the Lord's Resistance Army (Joseph Kony, Vincent Otti; its delegation under Martin Ojul, then
 * David Nyekorach Matsanga), mediated by Southern Sudan's vice-president Riek Machar, as an analyst following the news
 * could have recorded them: from the talks' opening in Juba (14 July 2006) through the LRA's unilateral cessation of
 * hostilities (4 August), the army's killing of Raska Lukwiya (12 August), the Cessation of Hostilities Agreement (26
 * August, in force 29 August), its first term's expiry (19 September) and the army's return to its positions, the
 * renewed agreement of 1 November and its extension of 16 December, the LRA's walkouts (29 November 2006, 19 January
 * 2007, 28 April 2007), the truce's lapse (28 February 2007) and the new truce signed before Kony at Ri-Kwangba (14 April
 * 2007), the agenda items signed (comprehensive solutions, 2 May 2007; accountability and reconciliation, 29 June 2007;
 * disarmament, 29 February 2008), the government's deadline of 29 February 2008, the permanent ceasefire (23 February
 * 2008, to take effect only with the final agreement), the truce's last extensions and lapse (15 April 2008), Kony's
 * failure to sign the final peace agreement (10 April and 29–30 November 2008), the government's turn to "the military
 * way" (4 June 2008), Operation Lightning Thunder (14 December 2008: Uganda's air and ground attack, with the DR Congo's
 * and Southern Sudan's armies, on the LRA's camps in Garamba) and the LRA's Christmas massacres of Congolese villagers
 * (24–27 December). Escalation model v2 was never tuned on it: it is the case the model is held to in
 * uganda-lra-2006.spec.ts, against the calls an analyst makes from DOMAIN.md §5b alone.
 *
 * What it tests that the other cases did not: a cessation of hostilities agreed for fixed terms, renewed after it lapsed
 * (twice) and extended after its term had run out (Addendum 2 a fortnight after, Addendum 6 a day after), until it lapsed for good; talks suspended by
 * one party three times and resumed; agreements on agenda items signed one by one, a permanent ceasefire signed that
 * was never to take effect, and a final agreement whose text was agreed and never signed; then an offensive by one
 * party, with a mediator's army among the attackers, and the other party's massacres of a third party's civilians.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration file's coverage do not change. Built and
 * checked with the same builder as the shipped cases (examples/case-builder.ts): every event replays through `decide`
 * and cites a dated, graded public source.
 *
 * Grading as in examples/README.md: B = established outlet or wire copy (Reuters, AFP, BBC, ABC, IRIN, Xinhua via
 * Sudan Tribune, the PA-X peace agreements database for the agreements' texts and dates), C = smaller outlet,
 * aggregator, blog copy of a wire story or mirror (StrategyPage, Sudan Tribune's own reporting, blog copies); 1 = an
 * on-record statement or act confirmed by the actor itself (an agreement signed, a spokesman's announcement), 2 =
 * several outlets agree or one established outlet reports it, 3 = one side's unverified claim about the other, or a
 * report that gives no day.
 *
 * Judgement calls, recorded as an analyst would:
 * - The Southern Sudan government (Machar) is the mediator throughout; its army (the SPLA) took part in Operation
 *   Lightning Thunder, which is recorded as Uganda's strike (the Ugandan army's statement, its aircraft), with the
 *   Congolese and Southern Sudanese armies named in the description. The DR Congo is a third party (registered when
 *   it joined the operation; its villagers are the victims of the Christmas massacres); the UN, whose envoy Joaquim
 *   Chissano witnessed the agreements from April 2007, is a third party.
 * - The Cessation of Hostilities is recorded as three ceasefires, since it lapsed twice before being renewed: the
 *   first (in force 29 August 2006 at 06:00 GMT) bound the LRA to assemble within three weeks; its term ran out on 19
 *   September ("a truce that expired on Sept. 19", Reuters via Al Jazeera and The Namibian) and it is ended `expired`
 *   then. StrategyPage's report (13 September) that the government "extended its peace deal deadline" concerns
 *   Museveni's 12 September deadline for a final deal, not the truce. The second is Addendum 1 (1 November 2006, a
 *   month for the LRA to assemble), extended by Addendum 2 on 16 December (to 28 February 2007) though its month had
 *   run out on 1 December (an extension after the term, as the sources report it), and ended `expired` on 28 February
 *   2007 (the truce "had expired", Xinhua, 15 April). The third is the truce signed at Ri-Kwangba on 14 April 2007
 *   (Addendum 3, to 30 June): extended through the second half of 2007 (known only from AFP's report of 30 January
 *   2008 that it "was due to expire in December but was extended for a brief period until January 31": one extension
 *   dated approximately at the end-of-June review, graded 3), by Addendum 5 (30 January 2008, to 29 February), by
 *   Addendum 6 (1 March, the day after it expired, to 28 March at the latest), and to 15 April (StrategyPage alone, 13
 *   April: the government would let it expire on 15 April unless the LRA was ready to sign; graded 3). No later
 *   extension was found: it is ended `expired` on 15 April 2008. The Daily Monitor's "ending a 29-month ceasefire" of 15
 *   December 2008 speaks of the calm kept in fact since mid-2006, not of a renewed agreement.
 * - Agreements: the Cessation of Hostilities (26 August 2006) and the Ri-Kwangba truce (14 April 2007) are
 *   `AgreementReached` of kind `ceasefire`, each with its ceasefire; the permanent ceasefire (23 February 2008) is of
 *   kind `ceasefire`, `signed`, with no ceasefire of its own (it was to take effect 24 hours after the final
 *   agreement's signing, which never came). The agenda items signed (comprehensive solutions, accountability and
 *   reconciliation, disarmament) are `partial`. The final peace agreement is `comprehensive`, `text-agreed`, recorded
 *   on 10 April 2008, the day set for Kony's signature at Ri-Kwangba; he never signed it.
 * - The LRA's unilateral cessation of hostilities (4 August 2006) binds the LRA alone: `CeasefireDeclared` with the LRA
 *   as sole party, `superseded` by the agreed one on 29 August.
 * - Armed action between the two before Garamba: the army's killing of the LRA's commander Raska Lukwiya (12 August
 *   2006, Kitgum) is a `clash` by Uganda; the army's claim of "up to 15" more LRA fighters killed in separate clashes
 *   since 4 August is one `clash` dated approximately to the report (16 August), graded 3. No source found gives a
 *   dated fight between them from September 2006 to December 2008: the LRA's charges that the army ambushed its fighters
 *   (29 November 2006) and attacked an LRA group in southern Sudan (28 April 2007) are recorded as
 *   `CeasefireViolationReported` by the LRA, no casualties given; the army's redeployment to its former positions
 *   after the first truce ran out (4 October 2006) is `force-posture`, with its spokesman's warning that LRA fighters
 *   left in Uganda "would be dealt with militarily" (`military-threat`).
 * - The talks: the LRA's walkout of 29 November 2006 (after its charge of an ambush), its refusal of 19 January 2007 to
 *   return to Juba ("peace talks in Sudan are closed forever") and its withdrawal of 28 April 2007 are `TalksSuspended`
 *   by the LRA; the resumptions of 14 December 2006, 26 April 2007 and 2 May 2007 (the signing of the second agenda
 *   item) are `TalksResumed`. The army's spokesman's "The negotiations are no more ... we have resolved to go the
 *   military way" (4 June 2008, after the three armies' meeting) is `TalksSuspended` by Uganda with a
 *   `military-threat`; the government's delegation going back to Ri-Kwangba for the signing of 29 November 2008 is
 *   `TalksResumed`, and that round `collapsed` on the 30th ("We are not going back to Ri-Kwangba", Rugunda). The
 *   signing round of April 2008 is `adjourned` (the government: "the peace process continues"; the mediators to
 *   contact Kony).
 * - The government delegation's "February 29 deadline ... the military option" (13 February 2008) is an ultimatum on
 *   the demand that the final agreement be concluded by 29 February; it `lapsed` when the government agreed on 1 March
 *   to extend the truce to 28 March instead.
 * - Operation Lightning Thunder (14 December 2008) is an `airstrike` by Uganda on the LRA's camps in Garamba, `scale:
 *   major` (the three armies' joint offensive: jets, helicopter gunships, then ground troops; "several camps"), no toll
 *   given in the first days. The LRA spokesman's "the LRA will retaliate" the same day is its `military-threat`.
 * - The Christmas massacres (24–27 December 2008) are the LRA's `militant-attack` on Congolese villagers in Faradje,
 *   Doruma and Gurba, `against` the DR Congo (a third party): 189 dead by OCHA's count (29 December), corrected to over
 *   400 (Caritas, 30 December). They are not armed action between the pair.
 * - Left out for want of a dated source or of time: the monitoring team's finding (October 2006) that both sides had
 *   breached the truce, Otti's death (late 2007), the LRA's attack on Nabanga in Southern Sudan (June 2008, the
 *   mediator's soldiers: a third party), the LRA's claim of an army attack on 27 May 2008 (no dated report found),
 *   the SPLA's skirmishes with the LRA in August 2008, and the fighting in Garamba after the first week of the offensive.
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'uganda-lra-juba-talks-2006';
const { ev, idOf } = caseKit(NEGOTIATION_ID, 'test-analyst', 2006);

const UGANDA: Actor = {
  id: 'uganda',
  name: 'Uganda (government)',
  kind: 'state',
  aliases: ['Government of Uganda', 'GoU', 'UPDF', "Uganda People's Defence Force", 'Museveni government'],
};
const LRA: Actor = {
  id: 'lra',
  name: "Lord's Resistance Army (LRA)",
  kind: 'armed-group',
  aliases: ['LRA', 'LRA/M', "Lord's Resistance Army/Movement", 'Kony rebels'],
};
const SOUTHERN_SUDAN: Actor = {
  id: 'southern-sudan',
  name: 'Government of Southern Sudan',
  kind: 'de-facto-authority',
  aliases: ['GoSS', 'Southern Sudan', 'SPLA'],
};
const DRC: Actor = {
  id: 'drc',
  name: 'Democratic Republic of the Congo',
  kind: 'state',
  aliases: ['DR Congo', 'DRC', 'FARDC', 'Congo'],
};
const UN: Actor = {
  id: 'un',
  name: 'United Nations',
  kind: 'international-organisation',
  aliases: ['UN', 'UN Special Envoy for the LRA-affected areas'],
};

const KULAYIGYE: Person = { name: 'Felix Kulayigye', title: 'Spokesman of the UPDF', actorId: 'uganda' };
const ANKUNDA: Person = { name: 'Paddy Ankunda', title: 'Spokesman of the UPDF', actorId: 'uganda' };
const RUGUNDA: Person = {
  name: 'Ruhakana Rugunda',
  title: "Minister of Internal Affairs, head of the government's delegation",
  actorId: 'uganda',
};
const KONY: Person = { name: 'Joseph Kony', title: 'Leader of the LRA', actorId: 'lra' };
const OJUL: Person = { name: 'Martin Ojul', title: "Leader of the LRA's delegation", actorId: 'lra' };
const MATSANGA: Person = {
  name: 'David Nyekorach Matsanga',
  title: "Leader of the LRA's delegation",
  actorId: 'lra',
};

const ROUND = {
  juba: 'juba-2006-07',
  riKwangba2007: 'ri-kwangba-2007-04',
  signing2008Apr: 'ri-kwangba-signing-2008-04',
  signing2008Nov: 'ri-kwangba-signing-2008-11',
};
const CF = {
  lraUnilateral: 'lra-unilateral-2006-08',
  coh: 'coh-2006-08',
  addendum1: 'coh-addendum-1-2006-11',
  riKwangba: 'coh-ri-kwangba-2007-04',
};
const AG = {
  coh: 'cessation-of-hostilities-2006',
  riKwangba: 'ri-kwangba-truce-2007',
  comprehensive: 'comprehensive-solutions-2007',
  accountability: 'accountability-reconciliation-2007',
  permanent: 'permanent-ceasefire-2008',
  ddr: 'ddr-2008',
  final: 'final-peace-agreement-2008',
};
const O = {
  coh: 'coh-signed-2006-08-26',
  cohInForce: 'coh-in-force-2006-08-29',
  riKwangba: 'ri-kwangba-2007-04-14',
  walkoutNov: 'lra-walkout-2006-11-29',
  walkoutApr: 'lra-walkout-2007-04-28',
  comprehensive: 'comprehensive-solutions-2007-05-02',
  signingApr: 'signing-2008-04-10',
  militaryWay: 'military-way-2008-06-04',
  signingNov: 'signing-2008-11-29',
  garamba: 'garamba-2008-12-14',
};

const S = {
  sudantribuneJul4: source(
    'Uganda, LRA rebels to start talks next week in Sudan’s Juba',
    'Sudan Tribune',
    'https://sudantribune.com/article17025',
    '2006-07-04',
    'C',
    2,
  ),
  sudantribuneJul24: source(
    'Peace talks between Uganda govt, rebels adjourn',
    'Sudan Tribune (Reuters)',
    'https://sudantribune.com/article17284',
    '2006-07-24',
    'B',
    1,
  ),
  sudantribuneAug16: source(
    'Ugandan army says up to 15 more LRA rebels killed',
    'Sudan Tribune (Reuters)',
    'https://sudantribune.com/?p=17627',
    '2006-08-16',
    'B',
    2,
  ),
  abcAug26: source(
    'Uganda, LRA rebels agree to cease hostilities',
    'ABC News (Reuters)',
    'http://www.abc.net.au/news/2006-08-26/uganda-lra-rebels-agree-to-cease-hostilities/1248720',
    '2006-08-26',
    'B',
    1,
  ),
  paxCoh: source(
    "Agreement on Cessation of Hostilities between the Government of the Republic of Uganda and the Lord's Resistance Army/Movement (LRA/M)",
    'PA-X Peace Agreements Database (University of Edinburgh)',
    'https://pax.peaceagreements.org/agreements/262',
    '2006-08-26',
    'B',
    1,
  ),
  akecAug30: source(
    'Juba Talks: A Cessation of Hostilities or a Mousetrap for LRA?',
    'JohnAkecSouthSudan (blog)',
    'http://johnakecsouthsudan.blogspot.com/2006/08',
    '2006-08-30',
    'C',
    2,
  ),
  irinOct5: source(
    'UGANDA: Government troops resume operations in the north',
    'IRIN (via wow.gm)',
    'http://wow.gm/africa/uganda/kampala/article/2006/10/5/uganda-government-troops-resume-operations-in-the-north',
    '2006-10-05',
    'B',
    1,
  ),
  aljazeeraOct4: source(
    'Uganda threatens LRA with force',
    'Al Jazeera (Reuters)',
    'http://www.aljazeera.com/archive/2006/10/200849152732614270.html',
    '2006-10-04',
    'B',
    1,
  ),
  strategypageNov4: source(
    'Uganda: Leaving Sudan To Chase Rustlers',
    'StrategyPage',
    'https://strategypage.com/qnd/uganda/articles/20061104.aspx',
    '2006-11-04',
    'C',
    2,
  ),
  paxAddendum1: source(
    'Cessation of Hostilities Agreement between the Government of the Republic of Uganda and the LRA/M (Addendum 1)',
    'PA-X Peace Agreements Database (University of Edinburgh)',
    'https://pax.peaceagreements.org/agreements/890',
    '2006-11-01',
    'B',
    1,
  ),
  strategypageDec8: source(
    'Uganda: Soldiers Stir Up Tribal War',
    'StrategyPage',
    'https://editors.strategypage.com/qnd/uganda/articles/20061208.aspx',
    '2006-12-08',
    'C',
    2,
  ),
  abcDec17: source(
    'Rebels extend truce with Ugandan Govt',
    'ABC News (Reuters)',
    'http://www.abc.net.au/news/2006-12-17/rebels-extend-truce-with-ugandan-govt/2155690',
    '2006-12-17',
    'B',
    1,
  ),
  bbcDec18: source(
    'Ugandan LRA rebel truce extended',
    'BBC News',
    'http://news.bbc.co.uk/2/hi/africa/6190283.stm',
    '2006-12-18',
    'B',
    1,
  ),
  monitorJan21: source(
    "Uganda: LRA Quit Juba Talks, Govt Rejects Rebels' Demands",
    'The Monitor (via allAfrica)',
    'http://allafrica.com/stories/200701200030.html',
    '2007-01-21',
    'B',
    1,
  ),
  irinJan21: source(
    "SUDAN-UGANDA: Rebel delegation quits talks, seeks 'neutral' venue",
    'IRIN (via wow.gm)',
    'http://wow.gm/africa/sudan/article/2007/1/21/sudanuganda-rebel-delegation-quits-talks-seeks-neutral-venue',
    '2007-01-21',
    'B',
    1,
  ),
  sudantribuneApr14: source(
    'Ugandan rebels and government sign new truce',
    'Sudan Tribune (Reuters)',
    'https://sudantribune.com/article21683',
    '2007-04-14',
    'B',
    1,
  ),
  sudantribuneApr15: source(
    'Ugandan govt, LRA to resume peace talks',
    'Sudan Tribune (Xinhua)',
    'https://sudantribune.com/article21699',
    '2007-04-15',
    'B',
    1,
  ),
  strategypageMay1: source(
    'Uganda',
    'StrategyPage',
    'http://strategypage.com/qnd/uganda/20070501.aspx',
    '2007-05-01',
    'C',
    2,
  ),
  irinMay3: source(
    'Government, LRA agree to address root causes of conflict',
    'IRIN (The New Humanitarian)',
    'https://www.thenewhumanitarian.org/news/2007/05/03/government-lra-agree-address-root-causes-conflict',
    '2007-05-03',
    'B',
    1,
  ),
  paxAccountability: source(
    "Agreement on Accountability and Reconcilation between the Government of the Republic of Uganda and the Lord's Resistance Army/Movement",
    'PA-X Peace Agreements Database (University of Edinburgh)',
    'https://pax.peaceagreements.org/agreements/wgg/137',
    '2007-06-29',
    'B',
    1,
  ),
  afpJan30: source(
    'Ugandan government, rebels extend ceasefire',
    'AFP (via Google News, archived)',
    'https://web.archive.org/web/20080612134732/http:/afp.google.com/article/ALeqM5hklZqacPJl3eL-r2SYEqLPFs-7lQ',
    '2008-01-30',
    'B',
    1,
  ),
  paxAddendum5: source(
    'Cessation of Hostilities Agreement between the Government of the Republic of Uganda and the LRA/M (Addendum 5)',
    'PA-X Peace Agreements Database (University of Edinburgh)',
    'https://pax.peaceagreements.org/agreements/757',
    '2008-01-30',
    'B',
    1,
  ),
  irinFeb15: source(
    'Military Action an Option If Peace Talks Fail',
    'africanews (IRIN)',
    'http://africanews.smallshop.com/2008/02/military-action-option-if-peace-talks.html',
    '2008-02-15',
    'C',
    1,
  ),
  bbcFeb23: source(
    'Uganda and LRA agree to ceasefire',
    'BBC News',
    'http://news.bbc.co.uk/2/hi/africa/7260798.stm',
    '2008-02-23',
    'B',
    1,
  ),
  paxPermanent: source(
    'Agreement on a Permanent Ceasefire',
    'PA-X Peace Agreements Database (University of Edinburgh)',
    'https://pax.peaceagreements.org/agreements/694',
    '2008-02-23',
    'B',
    1,
  ),
  france24Mar1: source(
    'Uganda rebels sign disarmament accord',
    'France 24',
    'http://www.france24.com/en/20080301-uganda-rebels-sign-disarmament-deal-uganda',
    '2008-03-01',
    'B',
    1,
  ),
  allafricaMar2: source(
    'Uganda: LRA Truce Extended to March 28',
    'allAfrica',
    'http://allafrica.com/stories/200803020040.html',
    '2008-03-02',
    'B',
    1,
  ),
  guardianApr11: source(
    'Ugandan rebel leader fails to sign peace deal',
    'The Guardian (Reuters)',
    'https://www.theguardian.com/world/2008/apr/11/uganda?view=mobile',
    '2008-04-11',
    'B',
    1,
  ),
  strategypageApr13: source(
    'Uganda',
    'StrategyPage',
    'https://m.strategypage.com/qnd/uganda/articles/20080413.aspx',
    '2008-04-13',
    'C',
    3,
  ),
  trendApr15: source(
    'Kampala waits for word from Kony before signing peace deal',
    'Trend (dpa)',
    'https://en.trend.az/world/other/1177147.html',
    '2008-04-15',
    'C',
    1,
  ),
  fidesJun4: source(
    'AFRICA/UGANDA - Regional war against the Lord’s Resistance Army follows failed peace negotiations',
    'Agenzia Fides',
    'http://fides.org/en/news/14916-AFRICA_UGANDA_Regional_war_against_the_Lord_s_Resistance_Army_follows_failed_peace_negotiations',
    '2008-06-04',
    'B',
    1,
  ),
  afpNov29: source(
    'Ugandan rebel fails to turn up for peace deal signing',
    'AFP (via CEPGL blog)',
    'http://cepgl.blogspot.com/2008/11/source-ugandan-rebel-fails-to-turn-up.html',
    '2008-11-29',
    'C',
    2,
  ),
  newvisionNov30: source(
    'Kony fails to show up for peace signing',
    'New Vision',
    'https://www.newvision.co.ug/new_vision/news/1175982/kony-fails-peace-signing',
    '2008-11-30',
    'B',
    1,
  ),
  bbcDec14: source(
    "Armies 'strike at Uganda rebels'",
    'BBC News',
    'http://news.bbc.co.uk/1/hi/world/africa/7782649.stm',
    '2008-12-14',
    'B',
    1,
  ),
  monitorDec15: source(
    'UPDF attacks Kony',
    'Daily Monitor',
    'https://www.monitor.co.ug/News/Education/-/688336/761130/-/10grnno/-/index.html',
    '2008-12-15',
    'B',
    1,
  ),
  reutersDec15: source(
    'Ugandan soldiers move on rebel bases: army',
    'Reuters',
    'http://www.reuters.com/article/us-uganda-rebels/ugandan-soldiers-move-on-rebel-bases-army-idUSTRE4BE2ZH20081215?sp=true',
    '2008-12-15',
    'B',
    1,
  ),
  capitalfmDec15: source(
    'African armies in raid on Uganda rebels',
    'Capital FM (AFP)',
    'https://www.capitalfm.co.ke/news/2008/12/african-armies-in-raid-on-uganda-rebels/',
    '2008-12-15',
    'B',
    1,
  ),
  congowatchDec29: source(
    "LRA massacre 189 in DRC's Faradje, Doruma and Gurba U.N. Says",
    'Congo Watch (The New York Times, Radio Netherlands)',
    'http://congowatch.blogspot.co.uk/2008/12/lra-massacre-189-in-drcs-faradje-doruma.html',
    '2008-12-29',
    'C',
    2,
  ),
  allafricaDec30: source(
    'Uganda: Kony Rebels Kill 400 Congo Villagers',
    'New Vision (via allAfrica)',
    'http://allafrica.com/stories/200812310002.html',
    '2008-12-30',
    'B',
    2,
  ),
};

const events = [
  // ===== July – August 2006: the talks open, the LRA's truce, the Cessation of Hostilities =====
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '2006-07-14', recordedAt: '2006-07-24T18:00:00Z' },
    {
      negotiationId: NEGOTIATION_ID,
      title: "Uganda – Lord's Resistance Army: the Juba talks, 2006–2008",
      subject:
        "Peace talks in Juba between Uganda's government and the LRA, mediated by Southern Sudan: cessation of hostilities, comprehensive solutions to the conflict, accountability and reconciliation, a ceasefire, disarmament and a final peace agreement",
      parties: [UGANDA, LRA],
      mediators: [SOUTHERN_SUDAN],
    },
    [S.sudantribuneJul24, S.sudantribuneJul4],
    { note: 'The talks officially opened in Juba on 14 July (Reuters); Rugunda leads the government delegation.' },
  ),
  ev(
    'TalksRoundOpened',
    'round-juba-open',
    { occurredAt: '2006-07-14', recordedAt: '2006-07-24T18:05:00Z' },
    {
      roundId: ROUND.juba,
      label: 'Juba talks',
      format: 'formal',
      venue: 'Juba, Southern Sudan',
      hosts: ['southern-sudan'],
      delegations: [
        { actorId: 'uganda', head: RUGUNDA },
        { actorId: 'lra', head: OJUL },
      ],
    },
    [S.sudantribuneJul24, S.sudantribuneJul4],
  ),
  ev(
    'CeasefireDeclared',
    'cf-lra-unilateral',
    { occurredAt: '2006-08-04', recordedAt: '2006-08-16T18:00:00Z' },
    {
      ceasefireId: CF.lraUnilateral,
      parties: ['lra'],
      scope: 'Unilateral: the LRA declares a cessation of hostilities; the government goes on with its operations',
      duration: 'indefinite',
    },
    [S.sudantribuneAug16],
  ),
  ev(
    'IncidentReported',
    'inc-lukwiya',
    { occurredAt: '2006-08-12', recordedAt: '2006-08-16T18:05:00Z' },
    {
      incidentId: 'lukwiya-2006-08-12',
      kind: 'clash',
      perpetrator: 'uganda',
      allegedBy: 'uganda',
      against: 'lra',
      target: 'Raska Lukwiya, LRA commander wanted by the International Criminal Court',
      place: 'Kitgum district, northern Uganda',
      fatalities: { min: 1, max: 1 },
      description:
        "Ugandan troops kill the LRA's commander Raska Lukwiya; the talks in Juba are adjourned while the LRA delegation mourns him.",
    },
    [S.sudantribuneAug16],
  ),
  ev(
    'IncidentReported',
    'inc-clashes-aug',
    { occurredAt: '2006-08-16', precision: 'approximate', recordedAt: '2006-08-16T18:10:00Z' },
    {
      incidentId: 'clashes-2006-08',
      kind: 'clash',
      perpetrator: 'uganda',
      allegedBy: 'uganda',
      against: 'lra',
      place: 'Various locations in northern Uganda',
      fatalities: { min: 1, max: 15 },
      description:
        'The army says "up to 15 LRA fighters" have been killed in separate clashes since the LRA declared its cessation of hostilities on 4 August, accusing them of breaking their own truce by raiding villages for food.',
    },
    [graded(S.sudantribuneAug16, 3)],
    { note: 'Fights between 4 and 16 August, no day given: dated to the report, approximate.' },
  ),
  ev(
    'AgreementReached',
    'agr-coh',
    { occurredAt: '2006-08-26', recordedAt: '2006-08-26T20:00:00Z' },
    {
      agreementId: AG.coh,
      kind: 'ceasefire',
      provisions: [
        'The parties cease all hostile military action aimed at each other and any action that may undermine the talks',
        'Hostile propaganda ceases',
        'LRA forces surface and assemble at Owiny Ki-Bul and Ri-Kwangba in southern Sudan within three weeks, protected by the SPLA; safe passage by the UPDF',
        'A monitoring team under the Government of Southern Sudan, with the parties and the African Union',
      ],
      signatories: ['uganda', 'lra'],
      textPublic: true,
      roundId: ROUND.juba,
    },
    [S.abcAug26, S.paxCoh],
    { occurrence: O.coh },
  ),
  ev(
    'TalksRoundConcluded',
    'round-juba-concluded',
    { occurredAt: '2006-08-26', recordedAt: '2006-08-26T20:05:00Z' },
    {
      roundId: ROUND.juba,
      outcome: 'agreement',
      summary:
        'The Cessation of Hostilities Agreement signed by Rugunda and Ojul, witnessed by Machar; the talks go on to the other agenda items.',
    },
    [S.abcAug26],
    { occurrence: O.coh },
  ),
  ev(
    'CeasefireDeclared',
    'cf-coh',
    { occurredAt: '2006-08-29T06:00:00Z', recordedAt: '2006-08-30T12:00:00Z' },
    {
      ceasefireId: CF.coh,
      parties: ['uganda', 'lra'],
      scope:
        'Cessation of hostilities from 06:00 GMT on 29 August; the LRA to assemble at two points in southern Sudan within three weeks',
      duration: 'temporary',
      until: '2006-09-19T21:00:00Z',
      mediatedBy: ['southern-sudan'],
    },
    [S.abcAug26, S.akecAug30],
    { occurrence: O.cohInForce },
  ),
  ev(
    'CeasefireEnded',
    'cf-lra-unilateral-superseded',
    { occurredAt: '2006-08-29T06:00:00Z', recordedAt: '2006-08-30T12:05:00Z' },
    { ceasefireId: CF.lraUnilateral, reason: 'superseded' },
    [S.abcAug26, S.akecAug30],
    { occurrence: O.cohInForce },
  ),
  // ===== September – December 2006: the truce runs out, the army redeploys, Addenda 1 and 2 =====
  ev(
    'CeasefireEnded',
    'cf-coh-expired',
    { occurredAt: '2006-09-19T21:00:00Z', recordedAt: '2006-10-05T12:00:00Z' },
    {
      ceasefireId: CF.coh,
      reason: 'expired',
      summary: 'The period given the LRA to assemble ran out on 19 September: "a truce that expired on Sept. 19".',
    },
    [S.aljazeeraOct4, S.irinOct5],
  ),
  ev(
    'IncidentReported',
    'inc-redeploy-oct',
    { occurredAt: '2006-10-04', recordedAt: '2006-10-05T12:05:00Z' },
    {
      incidentId: 'updf-redeployment-2006-10',
      kind: 'force-posture',
      perpetrator: 'uganda',
      allegedBy: 'uganda',
      against: 'lra',
      place: 'Northern Uganda (the safe-passage corridors and positions left under the truce)',
      description:
        'The army sends squads back to the positions it withdrew from under the Cessation of Hostilities Agreement; no combat reported.',
    },
    [S.irinOct5],
  ),
  ev(
    'StatementMade',
    'stmt-kulayigye-oct4',
    { occurredAt: '2006-10-04', recordedAt: '2006-10-05T12:10:00Z' },
    {
      speaker: KULAYIGYE,
      audience: 'lra',
      tone: 'military-threat',
      summary:
        'LRA fighters in northern Uganda who failed to assemble under the truce that expired on 19 September "would be dealt with militarily"; "this has nothing to do with the peace process which should continue".',
    },
    [S.aljazeeraOct4],
  ),
  ev(
    'CeasefireDeclared',
    'cf-addendum1',
    { occurredAt: '2006-11-01', recordedAt: '2006-11-04T12:00:00Z' },
    {
      ceasefireId: CF.addendum1,
      parties: ['uganda', 'lra'],
      scope:
        'Addendum 1 renews the Cessation of Hostilities Agreement, specifies violations and gives the LRA another month to enter the assembly areas',
      duration: 'temporary',
      until: '2006-12-01T21:00:00Z',
      mediatedBy: ['southern-sudan'],
    },
    [S.strategypageNov4, S.paxAddendum1],
  ),
  ev(
    'CeasefireViolationReported',
    'viol-lra-nov29',
    { occurredAt: '2006-11-29', recordedAt: '2006-12-08T12:00:00Z' },
    {
      ceasefireId: CF.addendum1,
      allegedBy: 'lra',
      against: 'uganda',
      description: 'The LRA accuses the Ugandan army of ambushing an LRA column in southern Sudan.',
    },
    [graded(S.strategypageDec8, 3)],
    { occurrence: O.walkoutNov },
  ),
  ev(
    'TalksSuspended',
    'susp-lra-nov29',
    { occurredAt: '2006-11-29', recordedAt: '2006-12-08T12:05:00Z' },
    {
      by: 'lra',
      reason: 'The LRA delegation leaves the Juba talks after accusing the army of ambushing its fighters.',
    },
    [S.strategypageDec8],
    { occurrence: O.walkoutNov },
  ),
  ev(
    'StatementMade',
    'stmt-kony-dec1',
    { occurredAt: '2006-12-01', recordedAt: '2006-12-08T12:10:00Z' },
    {
      speaker: KONY,
      audience: 'uganda',
      tone: 'military-threat',
      summary:
        'Kony warns from his camp in the Congo that his rebels would "go back to war" if the peace process fails.',
    },
    [S.strategypageDec8],
  ),
  ev(
    'TalksResumed',
    'resumed-dec14',
    { occurredAt: '2006-12-14', recordedAt: '2006-12-17T12:00:00Z' },
    { by: 'lra', reason: 'The talks resume in Juba three weeks after the LRA walked out.' },
    [S.abcDec17],
  ),
  ev(
    'CeasefireExtended',
    'cf-addendum2',
    { occurredAt: '2006-12-16', recordedAt: '2006-12-18T15:00:00Z' },
    {
      ceasefireId: CF.addendum1,
      duration: 'temporary',
      until: '2007-02-28T21:00:00Z',
      terms: 'Addendum 2: the truce extended to 28 February 2007; the LRA has a further month to assemble.',
    },
    [S.bbcDec18, S.abcDec17],
    { note: "Addendum 1's month had run out on 1 December; the sources speak of the truce as extended." },
  ),
  // ===== January – June 2007: the LRA leaves Juba, the truce lapses, Ri-Kwangba, two agenda items =====
  ev(
    'TalksSuspended',
    'susp-lra-jan19',
    { occurredAt: '2007-01-19', recordedAt: '2007-01-21T12:00:00Z' },
    {
      by: 'lra',
      reason:
        '"LRA/M does not want Dr Riek Machar as mediator and peace talks in Sudan are closed forever" (Ojul, on Otti\'s instructions); the LRA asks for a neutral venue in Kenya or South Africa. It says it respects the cessation of hostilities.',
    },
    [S.monitorJan21, S.irinJan21],
  ),
  ev(
    'StatementMade',
    'stmt-oryem-jan19',
    { occurredAt: '2007-01-19', recordedAt: '2007-01-21T12:05:00Z' },
    {
      speaker: {
        name: 'Henry Okello Oryem',
        title: "Minister of State for International Relations, deputy head of the government's delegation",
        actorId: 'uganda',
      },
      audience: 'lra',
      tone: 'critical',
      summary:
        '"I am very disappointed with the announcement by the LRA": the rebels misunderstood the Sudanese position; the government rejects a change of venue.',
    },
    [S.irinJan21],
  ),
  ev(
    'CeasefireEnded',
    'cf-addendum1-expired',
    { occurredAt: '2007-02-28T21:00:00Z', recordedAt: '2007-04-15T12:00:00Z' },
    { ceasefireId: CF.addendum1, reason: 'expired', summary: 'Not renewed by its term: "the CoH, which had expired".' },
    [S.sudantribuneApr15],
  ),
  ev(
    'ActorRegistered',
    'actor-un',
    { occurredAt: '2007-04-13', recordedAt: '2007-04-15T12:05:00Z' },
    { actor: UN, role: 'third-party' },
    [S.sudantribuneApr15],
    { note: "The UN Secretary-General's envoy Joaquim Chissano witnesses the Ri-Kwangba agreement." },
  ),
  ev(
    'TalksRoundOpened',
    'round-rikwangba-open',
    { occurredAt: '2007-04-13', recordedAt: '2007-04-15T12:10:00Z' },
    {
      roundId: ROUND.riKwangba2007,
      label: 'Ri-Kwangba meeting',
      format: 'formal',
      venue: 'Ri-Kwangba, on the Sudan–Congo border',
      hosts: ['southern-sudan'],
      delegations: [
        { actorId: 'uganda', head: RUGUNDA },
        { actorId: 'lra', head: KONY },
      ],
    },
    [S.sudantribuneApr15],
  ),
  ev(
    'AgreementReached',
    'agr-rikwangba',
    { occurredAt: '2007-04-14', recordedAt: '2007-04-15T12:15:00Z' },
    {
      agreementId: AG.riKwangba,
      kind: 'ceasefire',
      provisions: [
        'Addendum 3: the Cessation of Hostilities renewed to 30 June 2007',
        'The LRA to assemble at Ri-Kwangba within six weeks, its security guaranteed',
        'Talks to resume in Juba on 26 April, with Kenya, Tanzania, Mozambique, South Africa and the DR Congo as observers',
      ],
      signatories: ['uganda', 'lra'],
      textPublic: true,
      roundId: ROUND.riKwangba2007,
    },
    [S.sudantribuneApr14, S.sudantribuneApr15],
    { occurrence: O.riKwangba },
  ),
  ev(
    'TalksRoundConcluded',
    'round-rikwangba-concluded',
    { occurredAt: '2007-04-14', recordedAt: '2007-04-15T12:20:00Z' },
    {
      roundId: ROUND.riKwangba2007,
      outcome: 'agreement',
      summary: 'A new two-month truce signed before Kony; the talks to resume in Juba on 26 April.',
    },
    [S.sudantribuneApr14],
    { occurrence: O.riKwangba },
  ),
  ev(
    'CeasefireDeclared',
    'cf-rikwangba',
    { occurredAt: '2007-04-14', recordedAt: '2007-04-15T12:25:00Z' },
    {
      ceasefireId: CF.riKwangba,
      parties: ['uganda', 'lra'],
      scope: 'The Cessation of Hostilities renewed (Addendum 3); the LRA to assemble at Ri-Kwangba',
      duration: 'temporary',
      until: '2007-06-30T21:00:00Z',
      mediatedBy: ['southern-sudan'],
    },
    [S.sudantribuneApr14, S.sudantribuneApr15],
    { occurrence: O.riKwangba },
  ),
  ev(
    'TalksResumed',
    'resumed-apr26',
    { occurredAt: '2007-04-26', recordedAt: '2007-05-01T12:00:00Z' },
    { reason: 'The talks officially resume in Juba.' },
    [S.strategypageMay1],
  ),
  ev(
    'CeasefireViolationReported',
    'viol-lra-apr28',
    { occurredAt: '2007-04-28', recordedAt: '2007-05-01T12:05:00Z' },
    {
      ceasefireId: CF.riKwangba,
      allegedBy: 'lra',
      against: 'uganda',
      description: 'The LRA accuses the Ugandan army of attacking an LRA group in southern Sudan; Uganda denies it.',
    },
    [graded(S.strategypageMay1, 3)],
    { occurrence: O.walkoutApr },
  ),
  ev(
    'TalksSuspended',
    'susp-lra-apr28',
    { occurredAt: '2007-04-28', recordedAt: '2007-05-01T12:10:00Z' },
    { by: 'lra', reason: 'The LRA withdraws its negotiating team from Juba over the alleged attack.' },
    [S.strategypageMay1],
    { occurrence: O.walkoutApr },
  ),
  ev(
    'AgreementReached',
    'agr-comprehensive',
    { occurredAt: '2007-05-02', recordedAt: '2007-05-03T12:00:00Z' },
    {
      agreementId: AG.comprehensive,
      kind: 'partial',
      provisions: [
        'Agenda item 2: comprehensive solutions to the conflict',
        'Broad-based government, affirmative action for marginalised groups, equitable land distribution',
        'The return and resettlement of the displaced; recovery programmes for northern and north-eastern Uganda',
        'Protection of the LRA leaders and combatants during the transition, once a final agreement is signed',
      ],
      signatories: ['uganda', 'lra'],
      textPublic: true,
    },
    [S.irinMay3],
    { occurrence: O.comprehensive },
  ),
  ev(
    'TalksResumed',
    'resumed-may2',
    { occurredAt: '2007-05-02', recordedAt: '2007-05-03T12:05:00Z' },
    { reason: 'Both delegations sign the agreement on comprehensive solutions in Juba.' },
    [S.irinMay3],
    { occurrence: O.comprehensive },
  ),
  ev(
    'AgreementReached',
    'agr-accountability',
    { occurredAt: '2007-06-29', recordedAt: '2007-07-02T12:00:00Z' },
    {
      agreementId: AG.accountability,
      kind: 'partial',
      provisions: [
        'Agenda item 3: accountability and reconciliation',
        'Truth recovery, prosecutions and the ICC arrest warrants dealt with in the spirit of complementarity',
        'Reconciliation through customary justice',
      ],
      signatories: ['uganda', 'lra'],
      textPublic: true,
    },
    [S.paxAccountability],
  ),
  // ===== July 2007 – April 2008: the truce extended, the deadline, the permanent ceasefire, the final text =====
  ev(
    'CeasefireExtended',
    'cf-ext-2007',
    { occurredAt: '2007-06-30', precision: 'approximate', recordedAt: '2008-01-30T20:00:00Z' },
    {
      ceasefireId: CF.riKwangba,
      duration: 'temporary',
      until: '2008-01-31T21:00:00Z',
      terms:
        'Extended at the end-of-June review: due to expire in December, then extended for a brief period to 31 January.',
    },
    [graded(S.afpJan30, 3)],
    {
      note: 'Known only from AFP\'s report of 30 January 2008 ("was due to expire in December but was extended for a brief period until January 31"): dated approximately at the review set for the end of June 2007.',
    },
  ),
  ev(
    'CeasefireExtended',
    'cf-addendum5',
    { occurredAt: '2008-01-30', recordedAt: '2008-01-30T20:05:00Z' },
    {
      ceasefireId: CF.riKwangba,
      duration: 'temporary',
      until: '2008-02-29T21:00:00Z',
      terms: 'Addendum 5: extended to 29 February 2008; it lapses on the signing of a formal ceasefire agreement.',
    },
    [S.afpJan30, S.paxAddendum5],
  ),
  ev(
    'ActorRegistered',
    'actor-drc',
    { occurredAt: '2008-01-30', recordedAt: '2008-01-30T20:10:00Z' },
    { actor: DRC, role: 'third-party' },
    [S.paxAddendum5],
    { note: 'Witnesses Addendum 5; the LRA has its camps in its Garamba National Park.' },
  ),
  ev(
    'DemandTabled',
    'demand-sign-by-feb29',
    { occurredAt: '2008-02-13', recordedAt: '2008-02-15T12:00:00Z' },
    {
      demandId: 'final-agreement-by-2008-02-29',
      by: 'uganda',
      addressedTo: ['lra'],
      text: 'Conclude the talks with a final agreement by 29 February 2008; no further deadlines',
      category: 'political',
    },
    [S.irinFeb15],
  ),
  ev(
    'UltimatumIssued',
    'ult-feb29',
    { occurredAt: '2008-02-13', recordedAt: '2008-02-15T12:05:00Z' },
    {
      ultimatumId: 'deadline-2008-02-29',
      by: 'uganda',
      to: ['lra'],
      demandIds: ['final-agreement-by-2008-02-29'],
      deadline: '2008-02-29T21:00:00Z',
      consequences:
        '"After the expiry of the deadline, the government will have an array of options, including the military option" (Magezi).',
    },
    [S.irinFeb15],
  ),
  ev(
    'AgreementReached',
    'agr-permanent',
    { occurredAt: '2008-02-23', recordedAt: '2008-02-23T20:00:00Z' },
    {
      agreementId: AG.permanent,
      kind: 'ceasefire',
      provisions: [
        'A permanent ceasefire, to take effect 24 hours after the signing of the final peace agreement',
        'No recruitment or rearmament by the LRA; no movement beyond its assembly area in southern Sudan',
        'A 10 km buffer zone around the assembly area, guarded by the SPLA',
        'It replaces the cessation of hostilities agreements',
      ],
      signatories: ['uganda', 'lra'],
      textPublic: true,
      status: 'signed',
    },
    [S.bbcFeb23, S.paxPermanent],
    { note: 'Signed by Rugunda and Matsanga, witnessed by Machar and Chissano; never in force.' },
  ),
  ev(
    'StatementMade',
    'stmt-matsanga-feb29',
    { occurredAt: '2008-02-29', recordedAt: '2008-03-02T12:00:00Z' },
    {
      speaker: MATSANGA,
      audience: 'uganda',
      tone: 'critical',
      summary:
        'Walks out of the negotiations, calling the government delegation "thieves and liars" when it opposes extending the truce; apologises the next day.',
    },
    [S.allafricaMar2],
  ),
  ev(
    'AgreementReached',
    'agr-ddr',
    { occurredAt: '2008-02-29', recordedAt: '2008-03-02T12:05:00Z' },
    {
      agreementId: AG.ddr,
      kind: 'partial',
      provisions: [
        'Disarmament, demobilisation and reintegration: the LRA to disarm and demobilise',
        'Former combatants who qualify may join the national army; others return to civilian life',
      ],
      signatories: ['uganda', 'lra'],
      textPublic: true,
    },
    [S.france24Mar1],
    { note: 'The last agenda item before the final agreement (government delegation spokesman).' },
  ),
  ev(
    'CeasefireExtended',
    'cf-addendum6',
    { occurredAt: '2008-03-01', recordedAt: '2008-03-02T12:10:00Z' },
    {
      ceasefireId: CF.riKwangba,
      duration: 'temporary',
      until: '2008-03-28T21:00:00Z',
      terms:
        'Addendum 6: "extended until the ceasefire comes into force, and in any event not later than March 28, by which date the final peace agreement shall have been signed"; the sixth extension.',
    },
    [S.allafricaMar2],
    { note: 'The truce had run out the day before (29 February).' },
  ),
  ev(
    'UltimatumResolved',
    'ult-feb29-lapsed',
    { occurredAt: '2008-03-01', recordedAt: '2008-03-02T12:15:00Z' },
    {
      ultimatumId: 'deadline-2008-02-29',
      resolution: 'lapsed',
      summary:
        'The deadline passed without a final agreement; the government agreed to extend the truce to 28 March instead.',
    },
    [S.allafricaMar2],
  ),
  ev(
    'CeasefireExtended',
    'cf-ext-apr15',
    { occurredAt: '2008-03-28', precision: 'approximate', recordedAt: '2008-04-13T12:00:00Z' },
    {
      ceasefireId: CF.riKwangba,
      duration: 'temporary',
      until: '2008-04-15T21:00:00Z',
      terms: 'The Cessation of Hostilities runs to 15 April 2008.',
    },
    [S.strategypageApr13],
    { note: 'Known from StrategyPage alone (the government would let it expire on 15 April): dated approximately.' },
  ),
  ev(
    'TalksRoundOpened',
    'round-signing-apr-open',
    { occurredAt: '2008-04-10', recordedAt: '2008-04-13T12:05:00Z' },
    {
      roundId: ROUND.signing2008Apr,
      label: 'Signing of the final peace agreement, Ri-Kwangba',
      format: 'formal',
      venue: 'Nabanga and Ri-Kwangba, on the Sudan–Congo border',
      hosts: ['southern-sudan'],
    },
    [S.guardianApr11],
    { occurrence: O.signingApr },
  ),
  ev(
    'AgreementReached',
    'agr-final',
    { occurredAt: '2008-04-10', recordedAt: '2008-04-15T18:00:00Z' },
    {
      agreementId: AG.final,
      kind: 'comprehensive',
      provisions: [
        'The final peace agreement, bringing together the agenda items signed in Juba since 2006',
        'To be signed by Kony at Ri-Kwangba and by Museveni after him',
      ],
      signatories: ['uganda', 'lra'],
      textPublic: false,
      roundId: ROUND.signing2008Apr,
      status: 'text-agreed',
    },
    [S.guardianApr11, S.trendApr15],
    { occurrence: O.signingApr },
  ),
  ev(
    'TalksRoundConcluded',
    'round-signing-apr-concluded',
    { occurredAt: '2008-04-11', recordedAt: '2008-04-15T18:05:00Z' },
    {
      roundId: ROUND.signing2008Apr,
      outcome: 'adjourned',
      summary:
        'Kony does not come to sign, asking for clarifications on the courts that would try him; he breaks with his chief negotiator Matsanga. "The peace process continues" (Rugunda); the mediators to contact Kony.',
    },
    [S.guardianApr11, S.trendApr15],
  ),
  ev(
    'CeasefireEnded',
    'cf-rikwangba-expired',
    { occurredAt: '2008-04-15T21:00:00Z', recordedAt: '2008-04-16T12:00:00Z' },
    {
      ceasefireId: CF.riKwangba,
      reason: 'expired',
      summary: 'Not extended: the government said it would let the cessation of hostilities expire on 15 April.',
    },
    [S.strategypageApr13, S.trendApr15],
  ),
  // ===== June – December 2008: "the military way", the last signing, Garamba, the Christmas massacres =====
  ev(
    'TalksSuspended',
    'susp-uganda-jun4',
    { occurredAt: '2008-06-04', recordedAt: '2008-06-04T18:00:00Z' },
    {
      by: 'uganda',
      reason:
        '"The negotiations are no more, the man (Kony) doesn\'t know what he wants and we have resolved to go the military way" (Ankunda), after a regional security meeting with the Congolese army, the SPLA and MONUC.',
    },
    [S.fidesJun4],
    { occurrence: O.militaryWay },
  ),
  ev(
    'StatementMade',
    'stmt-ankunda-jun4',
    { occurredAt: '2008-06-04', recordedAt: '2008-06-04T18:05:00Z' },
    {
      speaker: ANKUNDA,
      audience: 'lra',
      tone: 'military-threat',
      summary:
        'The armies of the region have agreed to conduct a joint military campaign against Kony, whose forces are in the Congo.',
    },
    [S.fidesJun4],
    { occurrence: O.militaryWay },
  ),
  ev(
    'TalksResumed',
    'resumed-nov29',
    { occurredAt: '2008-11-29', recordedAt: '2008-11-30T12:00:00Z' },
    {
      by: 'uganda',
      reason:
        "The government's delegation, with Chissano and Machar, goes to Nabanga for Kony's signing of the final agreement at Ri-Kwangba.",
    },
    [S.newvisionNov30, S.afpNov29],
    { occurrence: O.signingNov },
  ),
  ev(
    'TalksRoundOpened',
    'round-signing-nov-open',
    { occurredAt: '2008-11-29', recordedAt: '2008-11-30T12:05:00Z' },
    {
      roundId: ROUND.signing2008Nov,
      label: 'Second signing of the final peace agreement, Ri-Kwangba',
      format: 'formal',
      venue: 'Nabanga and Ri-Kwangba, on the Sudan–Congo border',
      hosts: ['southern-sudan'],
      delegations: [
        { actorId: 'uganda', head: RUGUNDA },
        { actorId: 'lra', head: MATSANGA },
      ],
    },
    [S.newvisionNov30, S.afpNov29],
    { occurrence: O.signingNov },
  ),
  ev(
    'TalksRoundConcluded',
    'round-signing-nov-concluded',
    { occurredAt: '2008-11-30', recordedAt: '2008-11-30T12:10:00Z' },
    {
      roundId: ROUND.signing2008Nov,
      outcome: 'collapsed',
      summary:
        'Kony fails to show up for the second day running; he would sign only if the ICC warrants were dropped and his fighters integrated into the army. The delegation flies back to Juba: "We are not going back to Ri-Kwangba."',
    },
    [S.newvisionNov30],
  ),
  ev(
    'StatementMade',
    'stmt-rugunda-nov30',
    { occurredAt: '2008-11-30', recordedAt: '2008-11-30T12:15:00Z' },
    {
      speaker: RUGUNDA,
      audience: 'lra',
      tone: 'critical',
      summary:
        '"The ball is squarely in Kony\'s court. He is the one who has refused to sign the final peace agreement." "Time is definitely not on his side."',
    },
    [S.newvisionNov30],
  ),
  ev(
    'IncidentReported',
    'inc-garamba',
    { occurredAt: '2008-12-14T05:00:00Z', precision: 'approximate', recordedAt: '2008-12-15T12:00:00Z' },
    {
      incidentId: 'operation-lightning-thunder-2008-12-14',
      kind: 'airstrike',
      perpetrator: 'uganda',
      allegedBy: 'uganda',
      against: 'lra',
      target: 'The LRA\'s camps, Kony\'s main camp ("camp Swahili") among them',
      place: 'Garamba National Park, north-eastern DR Congo',
      scale: 'major',
      description:
        'Operation Lightning Thunder: the armies of Uganda, the DR Congo and Southern Sudan launch a joint offensive on the LRA in Garamba; Ugandan jets and helicopter gunships bomb several camps early on Sunday, then ground forces are inserted. "The three armed forces successfully attacked the main body and destroyed the main camp of Kony." No toll given.',
    },
    [S.bbcDec14, S.monitorDec15, S.reutersDec15],
    { occurrence: O.garamba, note: 'Early on Sunday morning (local time): dated 08:00 EAT, approximate.' },
  ),
  ev(
    'StatementMade',
    'stmt-matsanga-dec14',
    { occurredAt: '2008-12-14', recordedAt: '2008-12-15T12:05:00Z' },
    {
      speaker: MATSANGA,
      audience: 'uganda',
      tone: 'military-threat',
      summary:
        '"If this is true, it is a highly regrettable provocation and the LRA will retaliate. This was perpetrated by militarists within the Ugandan army who want to destroy the peace process."',
    },
    [S.capitalfmDec15],
  ),
  ev(
    'IncidentReported',
    'inc-christmas-massacres',
    { occurredAt: '2008-12-25', recordedAt: '2008-12-29T18:00:00Z' },
    {
      incidentId: 'christmas-massacres-2008-12',
      kind: 'militant-attack',
      perpetrator: 'lra',
      allegedBy: 'un',
      against: 'drc',
      target: 'Congolese villagers gathered for Christmas',
      place: 'Faradje, Doruma and Gurba, Haut-Uele, DR Congo',
      fatalities: { min: 189, max: 189 },
      description:
        'Fleeing the offensive, LRA groups attack villages from 24 December: 40 killed in Faradje on the 25th, 149 in Doruma and Gurba over the next two days (OCHA). An LRA spokesman denies it.',
    },
    [S.congowatchDec29],
  ),
  ev(
    'EventCorrected',
    'corr-christmas-toll',
    { occurredAt: '2008-12-30', recordedAt: '2008-12-30T18:00:00Z' },
    {
      eventId: idOf('inc-christmas-massacres'),
      changes: {
        data: { fatalities: { min: 189, max: 486 } },
        sources: [S.congowatchDec29, S.allafricaDec30],
      },
      reason:
        'Caritas counts about 150 dead in Faradje, 75 in Duru, 48 in Bangadi and 213 in Gurba ("over 400"); OCHA\'s count stays 189.',
    },
    [S.allafricaDec30],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'uganda-lra-2006.jsonl',
  logEnd: '2009-01-05T00:00:00Z',
  events,
};

export default definition;
