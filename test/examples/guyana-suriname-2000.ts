/**
 * A test fixture, not a shipped example: Guyana and Suriname from the CGX rig
 * crisis of June 2000 to the maritime boundary award of September 2007, as an
 * analyst reading the period's press could have recorded them — Suriname's
 * warning to CGX Energy (31 May 2000), the night of 2–3 June when two
 * Surinamese gunboats ordered the rig C.E. Thornton, drilling at the Eagle
 * site under Guyana's 1998 licence, to leave within twelve hours (the rig
 * left), the talks in Port of Spain (6 June), Georgetown (13–14 June), at the
 * CARICOM summit in Canouan (early July) and, with Jamaica's prime minister
 * P. J. Patterson as CARICOM's facilitator, in Montego Bay and Kingston (14–17
 * July), which folded; the rig's departure from the basin; the Surinamese
 * soldiers' landing at Scotsburg (25 August 2000); the thaw under President
 * Venetiaan (2001), the Cooperation Council and the border commissions, the
 * presidents' declaration on joint exploitation (29 January 2002) and its
 * inconclusive follow-up; Guyana's claim under Annex VII of UNCLOS (24
 * February 2004), the tribunal's constitution and the hearings in Washington
 * (7–20 December 2006); and the award of 17 September 2007, made public on
 * 20 September, which both governments welcomed and which found Suriname's
 * expulsion of the rig a threat of force. Escalation model v2 was never tuned
 * on it: it is the case the model is held to in guyana-suriname-2000.spec.ts,
 * against the calls an analyst makes from DOMAIN.md §5b alone.
 *
 * The parties are Guyana and Suriname. Mediators: CARICOM (its heads asked
 * Jamaica's prime minister to facilitate) and Jamaica (Patterson), from the
 * Canouan summit. Third party: the Annex VII arbitral tribunal, registered
 * when it was constituted. CGX Energy is not registered: the catalogue has no
 * kind of actor for a company, and its acts (the rig leaving the site, then
 * the basin) are recorded as what they mean for the pair (Suriname's demand
 * complied with; the reports of it).
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source. Recorded after the fact,
 * from sources read all at once (a retrospective clock).
 *
 * Grading as in examples/README.md: B = an established outlet or institution
 * (ASIL, the Maritime Executive, Stabroek News on its own site); C = copies on
 * archive or aggregator sites (the Stabroek News and Guyana Chronicle reports
 * kept on landofsixpeoples.com and cgxenergy.com, the AP report copied on a
 * forum, the award's text on a document-sharing site, a De Ware Tijd report on
 * nickerie.net, a trade-news site, a blog); 2 = on-record statements or facts
 * several reports agree on; 3 = one side's claim, or a date the sources
 * disagree on; 1 = the award's own text, for what the tribunal decided.
 *
 * Judgement calls, recorded as an analyst would:
 * - The expulsion (night of 2–3 June 2000): the rig's captain was told by
 *   the Surinamese navy to remove the rig within twelve hours "or face the
 *   consequences" (CGX's president, Stabroek News, 5 July 2000); Guyana says
 *   its airspace and waters were violated by Surinamese military forces on 2
 *   June. Recorded as a show of force at the Eagle site (`force-posture`, no
 *   shot fired, no one hurt) and an ultimatum from Suriname to Guyana — the
 *   order was given to the rig working under Guyana's licence, in waters
 *   Guyana holds its own, and it enforces Suriname's demand of 31 May that the
 *   rig leave — with a deadline twelve hours after the night of the 2nd
 *   (dated 2 June 22:00 UTC, the hour not given; deadline 3 June 10:00 UTC),
 *   resolved `complied` on 3 June when the rig was towed away. The tribunal
 *   later found the expulsion "a threat of the use of force"; not armed action
 *   (§5b): no fire between forces, none on Guyana's territory.
 * - One place, written one way: "Eagle site, CGX concession off the
 *   Corentyne" for the acts at sea, "Corentyne River border" for the troops on
 *   either bank.
 * - The Scotsburg landing (25 August 2000): Surinamese patrol boats chased a
 *   passenger boat to the Guyanese shore, firing shots into the river near it;
 *   soldiers landed and tried to tow the boat away, firing six rounds into the
 *   air to disperse the crowd; no one was hurt. Stabroek News first dated it
 *   Thursday 24 August, then (eyewitnesses, the boat's captain) the 25th:
 *   dated the 25th, graded 3. Recorded as `non-lethal-force` by Suriname
 *   against Guyana: force on Guyana's people and a boat on Guyana's shore, the
 *   shots fired at no one — not fire between the parties' forces, and not a
 *   strike or shelling; coercion, not armed action.
 * - The talks of June–July 2000: Port of Spain (6 June, foreign ministers;
 *   a joint technical committee and the border commissions to meet: recorded
 *   `progress`), Georgetown (13–14 June, the technical committee:
 *   `no-progress`), the Paramaribo round that followed (not recorded: no dated
 *   report read), Canouan (the presidents at the CARICOM summit, early July,
 *   dated approximately 5 July: `adjourned`, to Jamaica), Montego Bay and
 *   Kingston (14–17 July: `collapsed`: "talks fold", Patterson's "salvage bid
 *   fails", Snijders leaves without comment).
 * - Guyana's "whatever action necessary to preserve and protect its
 *   territorial integrity" (Jagdeo's press conference, repeated by Rohee on 14
 *   June) is a `warning`, not a threat of war: it names no act and no date.
 *   Jagdeo's press conference is dated approximately 8 June (Stabroek News of
 *   8 June announces it for that day).
 * - The troops: a Guyanese army officer confirms a few hundred soldiers sent
 *   to the Corentyne border (AP, 8 June); Stabroek News reports a heightened
 *   Surinamese army presence in Nickerie on 6 June. Both `force-posture`. The
 *   patrol boats' absence from the river since 9 July (Stabroek News, 14 July)
 *   is not an act recorded: no occupation was recorded that it would end.
 * - The thaw: the foreign ministers' communiqué of 29 June 2001 (the
 *   Cooperation Council revived) is a round concluded with progress, not an
 *   agreement on the dispute; the presidents' declaration of 29 January 2002
 *   (cooperation, and the border commissions to study joint exploitation of
 *   the disputed area) is a signed framework agreement. Its follow-up was
 *   slow (the sub-committee postponed at Suriname's request in May 2002, met
 *   in June–July; the commissions to meet in October 2002) and, by Stabroek
 *   News in July 2004, "inconclusive"; no source read dates its end, so no
 *   status change is recorded.
 * - Guyana's claim: filed on Tuesday 24 February 2004 (Stabroek News; ASIL
 *   says 25 February): dated the 24th. Its demand is a binding delimitation by
 *   the tribunal; Suriname's naming of its arbitrator (reported 25 March 2004)
 *   is its acceptance of the procedure, recorded as a position
 *   `accepted-in-principle` (it took part, while contesting the claim).
 * - The award is the tribunal's statement (as the Court's judgment in the
 *   Cameroon – Nigeria fixture), not an agreement of the pair. Each
 *   government's welcome on 20 September 2007 (Jagdeo: "very pleased",
 *   "final and binding"; Venetiaan: satisfied, asks Surinamese to accept and
 *   respect it) is recorded as its statement and as its acceptance of the
 *   award, Guyana's demand of 2004.
 * - 2008: no dated development between the pair in 2008 was found in the
 *   sources read; the log ends with the reports of October 2007.
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, retrospectiveClock, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'guyana-suriname-2000';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 2000);
const when = retrospectiveClock('2026-12-06T09:00:00Z');

const GUYANA: Actor = { id: 'guyana', name: 'Guyana', kind: 'state', aliases: ['Georgetown'] };
const SURINAME: Actor = { id: 'suriname', name: 'Suriname', kind: 'state', aliases: ['Paramaribo'] };
const CARICOM: Actor = {
  id: 'caricom',
  name: 'Caribbean Community',
  kind: 'international-organisation',
  aliases: ['CARICOM'],
};
const JAMAICA: Actor = { id: 'jamaica', name: 'Jamaica', kind: 'state', aliases: ['Kingston', 'P. J. Patterson'] };
const TRIBUNAL: Actor = {
  id: 'annex-vii-tribunal',
  name: 'Arbitral Tribunal constituted under Annex VII of UNCLOS (Guyana v. Suriname)',
  kind: 'international-organisation',
  aliases: ['UNCLOS tribunal', 'Arbitral Tribunal', 'Permanent Court of Arbitration'],
};

const JAGDEO: Person = { name: 'Bharrat Jagdeo', title: 'President of Guyana', actorId: 'guyana' };
const ROHEE: Person = { name: 'Clement Rohee', title: 'Foreign Minister of Guyana', actorId: 'guyana' };
const GUY_MFA: Person = { name: 'Ministry of Foreign Affairs of Guyana', actorId: 'guyana' };
const GGMC: Person = { name: 'Guyana Geology and Mines Commission', actorId: 'guyana' };
const SUR_NAVY: Person = { name: 'Surinamese navy (coast guard)', actorId: 'suriname' };
const SNIJDERS: Person = { name: 'Erroll Snijders', title: 'Foreign Minister of Suriname', actorId: 'suriname' };
const VENETIAAN: Person = { name: 'Ronald Venetiaan', title: 'President of Suriname', actorId: 'suriname' };
const COURT: Person = { name: 'Annex VII Arbitral Tribunal', actorId: 'annex-vii-tribunal' };

const L6P = 'landofsixpeoples.com (copy of Stabroek News)';
const L6P_GC = 'landofsixpeoples.com (copy of Guyana Chronicle)';

const S = {
  guyanaOrg: source(
    'Guyana–Suriname: introduction (the CGX incident of 2–3 June 2000)',
    'Guyana.org',
    'http://guyana.org/guysur/introduction.html',
    '2000-06-10',
    'C',
    3,
  ),
  sn0607: source(
    "Guyana 'more or less there' - Rohee",
    L6P,
    'http://www.landofsixpeoples.com/news/ns00607.htm',
    '2000-06-07',
    'C',
    2,
  ),
  ap0608: source(
    'Guyana Army Said Deploying Troops',
    'Associated Press (copy on Silicon Investor)',
    'https://si.frajer.net/readreplies.aspx?msgid=13852189&subjectid=12099',
    '2000-06-08',
    'C',
    2,
  ),
  sn0608: source(
    'Hope for CGX rig but no firm agreement yet',
    L6P,
    'http://www.landofsixpeoples.com/news/ns006082.htm',
    '2000-06-08',
    'C',
    2,
  ),
  sn0614: source(
    'Rig talks useful but deal unlikely today',
    L6P,
    'http://www.landofsixpeoples.com/news/ns006142.htm',
    '2000-06-14',
    'C',
    2,
  ),
  gc0615: source(
    'No firm move on oil rig return - talks to continue in Suriname',
    L6P_GC,
    'http://www.landofsixpeoples.com/news/nc00615.htm',
    '2000-06-15',
    'C',
    2,
  ),
  sn0615: source(
    "Oil rig's return unresolved",
    L6P,
    'http://www.landofsixpeoples.com/news/ns00615.htm',
    '2000-06-15',
    'C',
    2,
  ),
  sn0705: source(
    "Suriname did not question CGX's licence before drilling started - Sully",
    L6P,
    'http://www.landofsixpeoples.com/news/ns007052.htm',
    '2000-07-05',
    'C',
    2,
  ),
  gc0706: source(
    'Border row talks shift to Jamaica',
    L6P_GC,
    'http://www.landofsixpeoples.com/news/nc00706.htm',
    '2000-07-06',
    'C',
    2,
  ),
  gc0714: source(
    'Patterson hosts latest Guyana-Suriname border talks',
    L6P_GC,
    'https://landofsixpeoples.com/news/nc00714.htm',
    '2000-07-14',
    'C',
    2,
  ),
  sn0718: source(
    'Oil rig talks fold - Patterson to try again',
    L6P,
    'http://www.landofsixpeoples.com/news/ns00718.htm',
    '2000-07-18',
    'C',
    2,
  ),
  gc0718: source(
    "Drama as border talks fold - Patterson's salvage bid fails",
    L6P_GC,
    'http://www.landofsixpeoples.com/news/nc00718.htm',
    '2000-07-18',
    'C',
    2,
  ),
  sn0720: source(
    'Oil rig to leave - Suriname denied existence of maritime dispute at talks',
    L6P,
    'http://www.landofsixpeoples.com/news/ns007202.htm',
    '2000-07-20',
    'C',
    2,
  ),
  sn0828: source(
    'Reported Suriname intrusion at Scotsburg under probe',
    L6P,
    'https://landofsixpeoples.com/news/ns008283.htm',
    '2000-08-28',
    'C',
    3,
  ),
  sn0905: source(
    'Eyewitnesses confirm Suriname Navy intrusion',
    L6P,
    'https://landofsixpeoples.com/news/ns009058.htm',
    '2000-09-05',
    'C',
    2,
  ),
  sn0909: source(
    'Suriname embassy sent copy of protest note',
    L6P,
    'https://landofsixpeoples.com/news/ns009096.htm',
    '2000-09-09',
    'C',
    2,
  ),
  sn010630: source(
    'Guyana, Suriname agree to intensify cooperation',
    L6P,
    'https://landofsixpeoples.com/news/ns106304.htm',
    '2001-06-30',
    'C',
    2,
  ),
  sn010707: source(
    'Jagdeo, Venetiaan recommit to peaceful border row solution',
    L6P,
    'https://landofsixpeoples.com/news/ns107072.htm',
    '2001-07-07',
    'C',
    2,
  ),
  sn020117: source(
    'Guyana, Suriname co-operation council makes progress in range of areas',
    L6P,
    'http://www.landofsixpeoples.com/news02/ns201172.htm',
    '2002-01-17',
    'C',
    2,
  ),
  sn020130: source(
    'Declaration on joint exploitation signed',
    L6P,
    'http://www.landofsixpeoples.com/news02/ns201302.htm',
    '2002-01-30',
    'C',
    2,
  ),
  sn020517: source(
    'Guyana, Suriname border commissions meet postponed',
    L6P,
    'https://landofsixpeoples.com/news02/ns205172.htm',
    '2002-05-17',
    'C',
    2,
  ),
  sn020518: source(
    'Guyana, Suriname border commissions to meet next month',
    L6P,
    'https://landofsixpeoples.com/news02/ns205182.htm',
    '2002-05-18',
    'C',
    2,
  ),
  sn021013: source(
    'Guyana, Suriname border commissions to meet this month',
    L6P,
    'https://landofsixpeoples.com/news022/ns210137.htm',
    '2002-10-13',
    'C',
    2,
  ),
  sn040227: source(
    "Maritime row with Suriname - Tribunal receives Guyana's claim",
    'CGX Energy (copy of Stabroek News)',
    "http://www.cgxenergy.com/News/2004/02/27/Maritime-row-with-Suriname--Tribunal-receives-Guyana's-claim.aspx",
    '2004-02-27',
    'C',
    2,
  ),
  gasoil0403: source(
    'Guyana to take maritime boundary dispute with Surinam',
    'Gas and Oil Connections',
    'http://www.gasandoil.com/news/2004/03/ntl41060',
    '2004-03-01',
    'C',
    2,
  ),
  blog040325: source(
    'Gya: Suriname and Guyana move to arbitration',
    'Caribbean Pundit (blog)',
    'http://caribpundit.blogspot.com/2004/03/gya-suriname-and-guyana-move-to.html',
    '2004-03-25',
    'C',
    3,
  ),
  asil0409: source(
    'Guyana Invokes Annex VII of United Nations Convention on Law of the Sea Against Suriname for Disputed Maritime Boundary',
    'American Society of International Law (ASIL Insights)',
    'http://www.asil.org/insights/volume/8/issue/7/guyana-invokes-annex-vii-united-nations-convention-law-sea-against',
    '2004-04-09',
    'B',
    2,
  ),
  sn040605: source(
    'Good progress in talks on maritime tribunal',
    L6P,
    'https://landofsixpeoples.com/news402/ns406057.htm',
    '2004-06-05',
    'C',
    2,
  ),
  sn040725: source(
    'Guyana/Suriname dispute: Tribunal panel meets July 30 on procedures',
    L6P,
    'https://landofsixpeoples.com/news403/ns407255.htm',
    '2004-07-25',
    'C',
    2,
  ),
  gc061206: source(
    'Guyana-Suriname border dispute hearing opens tomorrow',
    L6P_GC,
    'https://landofsixpeoples.com/news604/nc612063.html',
    '2006-12-06',
    'C',
    2,
  ),
  award: source(
    'Award of the Arbitral Tribunal (Guyana v. Suriname), The Hague, 17 September 2007',
    'cupdf.com (copy of the award)',
    'https://cupdf.com/document/itlos-guyana-suriname-award.html',
    '2007-09-17',
    'C',
    1,
  ),
  sn070921: source(
    "Maritime ruling 'very favourable'",
    'CGX Energy (copy of Stabroek News)',
    "http://www.cgxenergy.com/News/2007/09/21/Maritime-ruling-'very-favourable'.aspx",
    '2007-09-21',
    'C',
    2,
  ),
  dwt070921: source(
    'Guyana krijgt leeuwendeel maritiem betwistgebied - President Venetiaan tevreden',
    'Nickerie.Net (copy of De Ware Tijd)',
    'http://www.nickerie.net/News2007/2007-09-19%20-%20dwt%20-%20Defensie%20alert%20na%20uitspraak%20maritiem%20dispuut.htm',
    '2007-09-21',
    'C',
    2,
  ),
  me070927: source(
    'Agreement Reached in Long-Disputed Maritime Border',
    'The Maritime Executive',
    'https://maritime-executive.com/article/2007-09-27agreement-reached-in-long-disputed-mar',
    '2007-09-27',
    'B',
    2,
  ),
  c360070928: source(
    'Suriname-Guyana marine settlement sparks oil rush',
    'Caribbean360',
    'http://www.caribbean360.com/news/suriname-guyana-marine-settlement-sparks-oil-rush',
    '2007-09-28',
    'C',
    2,
  ),
  sn071005: source(
    'Maritime boundary ruling',
    'Stabroek News',
    'https://www.stabroeknews.com/2007/business/10/05/maritime-boundary-ruling/',
    '2007-10-05',
    'B',
    2,
  ),
};

const P = { eagle: 'Eagle site, CGX concession off the Corentyne', border: 'Corentyne River border' };
const D = {
  rigOut: 'cgx-rig-to-leave',
  rigBack: 'cgx-rig-return-to-eagle',
  arbitration: 'binding-delimitation-by-tribunal',
};
const R = {
  portOfSpain: 'port-of-spain-2000-06',
  georgetown: 'georgetown-jtc-2000-06',
  canouan: 'canouan-2000-07',
  jamaica: 'montego-bay-kingston-2000-07',
  ministers2001: 'paramaribo-ministers-2001-06',
  paramaribo2002: 'paramaribo-presidents-2002-01',
  subcommittee: 'border-subcommittee-2002',
  hearings: 'tribunal-hearings-2006-12',
};
const U = { rig: 'suriname-rig-twelve-hours' };
const A = { declaration: 'joint-exploitation-declaration-2002' };

const events = [
  // ===== May – June 2000: the warning, the gunboats, the ultimatum =====
  ev(
    'NegotiationOpened',
    'opened',
    when('2000-05-31'),
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Guyana – Suriname, the CGX rig and the maritime boundary, 2000–07',
      subject:
        'The maritime area off the Corentyne both claim (Suriname a N10°E line, Guyana a N34°E line), the CGX Energy concession Guyana licensed there in 1998, Suriname’s expulsion of the CGX rig in June 2000, the talks and CARICOM’s facilitation, and the arbitration under Annex VII of UNCLOS to the award of September 2007',
      parties: [GUYANA, SURINAME],
      mediators: [],
    },
    [S.sn0705],
  ),
  ev(
    'DemandTabled',
    'demand-rig-out',
    when('2000-05-31'),
    {
      demandId: D.rigOut,
      by: 'suriname',
      addressedTo: ['guyana'],
      text: 'CGX, drilling under Guyana’s licence, to cease and leave the area Suriname claims as its waters',
      category: 'territorial',
    },
    [S.sn0705],
  ),
  ev(
    'StatementMade',
    'stmt-warning-cgx',
    when('2000-05-31'),
    {
      speaker: SUR_NAVY,
      audience: 'CGX Energy',
      tone: 'warning',
      summary:
        'First contact by the Surinamese authorities with CGX (its president’s account): a warning issued to the company about its drilling in the area Suriname claims.',
    },
    [S.sn0705],
  ),
  ev(
    'IncidentReported',
    'inc-gunboats',
    when('2000-06-02T22:00:00Z', 'approximate'),
    {
      incidentId: 'gunboats-eagle-2000-06-02',
      kind: 'force-posture',
      perpetrator: 'suriname',
      allegedBy: 'guyana',
      against: 'guyana',
      target: 'The CGX rig C.E. Thornton at the Eagle site, drilling under Guyana’s licence',
      place: P.eagle,
      description:
        'Two Surinamese gunboats come to the rig at night; Guyana says Surinamese military forces violated its airspace and territorial waters at the Eagle site. No shot fired, no one hurt.',
    },
    [S.guyanaOrg, S.sn0705],
  ),
  ev(
    'UltimatumIssued',
    'ult-twelve-hours',
    when('2000-06-02T22:00:00Z', 'approximate'),
    {
      ultimatumId: U.rig,
      by: 'suriname',
      to: ['guyana'],
      demandIds: [D.rigOut],
      deadline: '2000-06-03T10:00:00Z',
      consequences: 'Unstated: the rig to be removed within twelve hours "or face the consequences"',
      channel: 'the gunboats’ order to the rig’s captain',
    },
    [S.sn0705],
    {
      note: 'The order was given to the rig working under Guyana’s licence; the hour is not given (the night of 2–3 June).',
    },
  ),
  ev(
    'UltimatumResolved',
    'ult-complied',
    when('2000-06-03'),
    {
      ultimatumId: U.rig,
      resolution: 'complied',
      summary:
        'The captain, fearing for his crew’s safety and advised by CGX’s head office, removes the rig from the Eagle site; it is towed to a safe location.',
    },
    [S.sn0705, S.gc0615],
  ),
  ev(
    'StatementMade',
    'stmt-guyana-protest',
    when('2000-06-03'),
    {
      speaker: GUY_MFA,
      audience: 'suriname',
      tone: 'accusation',
      summary:
        'Guyana lodges a strong protest with Suriname for violating its territory, in a note handed to the Surinamese ambassador, summoned to the Foreign Ministry; the "hostile and intimidatory actions" endangered CGX’s personnel.',
    },
    [S.guyanaOrg],
  ),
  ev(
    'DemandTabled',
    'demand-rig-back',
    when('2000-06-06'),
    {
      demandId: D.rigBack,
      by: 'guyana',
      addressedTo: ['suriname'],
      text: 'The unhindered return of the CGX rig to the Eagle site in Guyana’s waters',
      category: 'territorial',
    },
    [S.sn0607, S.gc0615],
  ),
  ev(
    'IncidentReported',
    'inc-suriname-nickerie',
    when('2000-06-06'),
    {
      incidentId: 'suriname-army-nickerie-2000-06-06',
      kind: 'force-posture',
      perpetrator: 'suriname',
      against: 'guyana',
      place: P.border,
      description: 'A heightened presence of the Surinamese army across the Corentyne River in Nickerie.',
    },
    [S.sn0607],
  ),
  ev(
    'TalksRoundOpened',
    'round-pos-opened',
    when('2000-06-06'),
    {
      roundId: R.portOfSpain,
      label: 'Foreign ministers’ talks in Port of Spain',
      venue: 'Port of Spain, Trinidad and Tobago',
      format: 'formal',
      delegations: [
        { actorId: 'guyana', head: ROHEE },
        { actorId: 'suriname', head: SNIJDERS },
      ],
    },
    [S.sn0607, S.ap0608],
  ),
  ev(
    'TalksRoundConcluded',
    'round-pos-concluded',
    when('2000-06-07'),
    {
      roundId: R.portOfSpain,
      outcome: 'progress',
      summary:
        'After more than eleven hours, a joint communiqué: a Joint Technical Committee to settle the dispute over the oil concessions, CGX’s in particular, at once; the border commissions to meet by 7 July; the Cooperation Council to be reconvened. No agreement on the rig.',
      nextSteps: 'The Joint Technical Committee meets in Georgetown on 13 June.',
    },
    [S.sn0608, S.ap0608],
  ),
  ev(
    'IncidentReported',
    'inc-guyana-troops',
    when('2000-06-08'),
    {
      incidentId: 'guyana-troops-corentyne-2000-06-08',
      kind: 'force-posture',
      perpetrator: 'guyana',
      against: 'suriname',
      place: P.border,
      description:
        'A Guyanese army officer confirms that a few hundred soldiers have been sent to the border along the Corentyne River; villagers, police and hotel staff report the troop movements.',
    },
    [S.ap0608],
  ),
  ev(
    'StatementMade',
    'stmt-jagdeo-integrity',
    when('2000-06-08', 'approximate'),
    {
      speaker: JAGDEO,
      audience: 'suriname',
      tone: 'warning',
      summary:
        'At a press conference on the dispute: the government is firm on the maintenance of Guyana’s sovereignty and will take whatever action necessary to preserve and protect its territorial integrity (repeated by Rohee on 14 June).',
      quote: 'will take whatever action necessary to preserve and protect its territorial integrity',
    },
    [S.gc0615],
  ),
  ev(
    'TalksRoundOpened',
    'round-gt-opened',
    when('2000-06-13'),
    {
      roundId: R.georgetown,
      label: 'Joint Technical Committee in Georgetown',
      venue: 'Herdmanston House, Georgetown',
      format: 'technical',
    },
    [S.sn0614],
  ),
  ev(
    'TalksRoundConcluded',
    'round-gt-concluded',
    when('2000-06-14'),
    {
      roundId: R.georgetown,
      outcome: 'no-progress',
      summary:
        'The talks end inconclusively: no firm movement on the rig’s return; the committee did not reconvene on the second day, the ministers consulted at the political level. Rohee: "we’re not necessarily satisfied".',
      nextSteps: 'The talks reconvene in Paramaribo at the weekend.',
    },
    [S.sn0615, S.gc0615],
  ),
  // ===== July 2000: CARICOM, Patterson, the talks fold =====
  ev('ActorRegistered', 'actor-caricom', when('2000-07-05', 'approximate'), { actor: CARICOM, role: 'mediator' }, [
    S.gc0706,
  ]),
  ev('ActorRegistered', 'actor-jamaica', when('2000-07-05', 'approximate'), { actor: JAMAICA, role: 'mediator' }, [
    S.gc0706,
    S.gc0714,
  ]),
  ev(
    'TalksRoundOpened',
    'round-canouan-opened',
    when('2000-07-05', 'approximate'),
    {
      roundId: R.canouan,
      label: 'Jagdeo and Wijdenbosch at the CARICOM summit in Canouan',
      venue: 'Canouan, St Vincent and the Grenadines',
      format: 'informal',
      hosts: ['caricom', 'jamaica'],
    },
    [S.gc0706],
    { occurrence: 'canouan-talks-2000-07' },
  ),
  ev(
    'TalksRoundConcluded',
    'round-canouan-concluded',
    when('2000-07-05', 'approximate'),
    {
      roundId: R.canouan,
      outcome: 'adjourned',
      summary:
        'Wijdenbosch, defeated at the May elections, says he has no mandate to agree; the talks on the "most urgent outstanding issues", the rig’s return among them, are to continue within a week in Jamaica with Patterson as facilitator.',
    },
    [S.gc0706],
    { occurrence: 'canouan-talks-2000-07' },
  ),
  ev(
    'MediationAction',
    'med-patterson-facilitator',
    when('2000-07-05', 'approximate'),
    {
      mediator: 'jamaica',
      action: 'offered',
      summary:
        'Asked by the CARICOM heads of government at Canouan, Patterson is to facilitate the talks between Jagdeo and Wijdenbosch.',
    },
    [S.gc0706, S.gc0714],
  ),
  ev(
    'TalksRoundOpened',
    'round-jamaica-opened',
    when('2000-07-14'),
    {
      roundId: R.jamaica,
      label: 'Montego Bay talks facilitated by Patterson',
      venue: 'Half Moon conference centre, Rose Hall, Montego Bay',
      format: 'formal',
      hosts: ['jamaica'],
      delegations: [{ actorId: 'guyana', head: JAGDEO }, { actorId: 'suriname' }],
    },
    [S.gc0714],
  ),
  ev(
    'MediationAction',
    'med-patterson-mou',
    when('2000-07-16'),
    {
      mediator: 'jamaica',
      action: 'proposed',
      summary:
        'Patterson proposes a memorandum of understanding on a modality for sharing the benefits of exploratory drilling in the disputed area; the talks are extended and moved to Jamaica House, Kingston.',
    },
    [S.gc0718, S.sn0718],
  ),
  ev(
    'TalksRoundConcluded',
    'round-jamaica-concluded',
    when('2000-07-17'),
    {
      roundId: R.jamaica,
      outcome: 'collapsed',
      summary:
        'The talks fold in Kingston at about 22:00 after four days without either side initialling the memorandum: no formula for interim sharing of resources; Suriname’s delegation flies out without comment. Patterson’s salvage bid fails.',
    },
    [S.sn0718, S.gc0718],
  ),
  ev(
    'PositionTaken',
    'pos-suriname-rig-back',
    when('2000-07-17'),
    {
      demandId: D.rigBack,
      actorId: 'suriname',
      stance: 'rejected',
      conditions: 'Suriname would not agree to the rig’s return to the Eagle site (Jagdeo’s account).',
    },
    [S.sn0720],
  ),
  ev(
    'StatementMade',
    'stmt-jagdeo-no-talks',
    when('2000-07-19'),
    {
      speaker: JAGDEO,
      audience: 'suriname',
      tone: 'accusation',
      summary:
        'The negotiations foundered because Suriname refused to address the rig’s return and at various stages denied there was a maritime dispute; no talks on the issue until Suriname’s new administration takes office; CGX will remove its rig from the basin; Guyana considers going to a UN tribunal.',
    },
    [S.sn0720],
  ),
  // ===== August – September 2000: Scotsburg =====
  ev(
    'IncidentReported',
    'inc-scotsburg',
    when('2000-08-25'),
    {
      incidentId: 'scotsburg-landing-2000-08-25',
      kind: 'non-lethal-force',
      perpetrator: 'suriname',
      allegedBy: 'guyana',
      against: 'guyana',
      target: 'A passenger boat and villagers on the Scotsburg foreshore, Corriverton',
      place: 'Scotsburg foreshore, Corriverton',
      injured: { min: 0, max: 0 },
      description:
        'Two Surinamese patrol boats chase a passenger boat from Nickerie to the Guyanese shore, firing shots into the river near it; soldiers land from a dinghy and try to tow the boat back, fire six rounds into the air to disperse the crowd, and leave when Guyana’s anti-smuggling squad arrives. No one hurt.',
    },
    [graded(S.sn0828, 3), S.sn0905],
  ),
  ev(
    'StatementMade',
    'stmt-guyana-scotsburg-note',
    when('2000-09-05'),
    {
      speaker: GUY_MFA,
      audience: 'suriname',
      tone: 'accusation',
      summary:
        'A formal note protesting the intrusion of Surinamese soldiers at Scotsburg is sent to Suriname’s Ministry of Foreign Affairs.',
    },
    [S.sn0909],
  ),
  ev(
    'StatementMade',
    'stmt-venetiaan-scotsburg',
    when('2000-09-01', 'approximate'),
    {
      speaker: VENETIAAN,
      audience: 'guyana',
      tone: 'conciliatory',
      summary:
        'After Jagdeo raised the incident with him in Brasilia, Venetiaan tells a press conference that it is not one to stir up tension between the two countries.',
    },
    [S.sn0909],
  ),
  // ===== 2001 – 2002: the thaw, the declaration =====
  ev(
    'TalksRoundOpened',
    'round-2001-opened',
    when('2001-06-29', 'approximate'),
    {
      roundId: R.ministers2001,
      label: 'Foreign Minister Insanally’s visit to Suriname',
      venue: 'Paramaribo',
      format: 'formal',
    },
    [S.sn010630],
    { occurrence: 'insanally-visit-2001-06' },
  ),
  ev(
    'TalksRoundConcluded',
    'round-2001-concluded',
    when('2001-06-29'),
    {
      roundId: R.ministers2001,
      outcome: 'progress',
      summary:
        'Joint communiqué: the Cooperation Council revitalised, to meet by mid-November; cooperation in air and sea transport and fisheries; Suriname to try to address the complaints of Guyanese fishermen; Jagdeo to pay a state visit.',
    },
    [S.sn010630],
    { occurrence: 'insanally-visit-2001-06' },
  ),
  ev(
    'StatementMade',
    'stmt-presidents-2001',
    when('2001-07-06', 'approximate'),
    {
      speaker: VENETIAAN,
      audience: 'guyana',
      tone: 'conciliatory',
      summary:
        'At a joint press conference with Jagdeo at the CARICOM summit in the Bahamas, both pledge to work for a peaceful solution; Venetiaan says Suriname will not grant permission for drilling in the disputed area.',
    },
    [S.sn010707],
  ),
  ev(
    'TalksRoundOpened',
    'round-2002-opened',
    when('2002-01-17'),
    {
      roundId: R.paramaribo2002,
      label: 'Cooperation Council, border commissions and Jagdeo’s state visit to Paramaribo',
      venue: 'Paramaribo',
      format: 'formal',
    },
    [S.sn020117],
  ),
  ev(
    'TalksRoundConcluded',
    'round-2002-concluded',
    when('2002-01-29'),
    {
      roundId: R.paramaribo2002,
      outcome: 'agreement',
      summary: 'The presidents sign a declaration at a joint press conference after their second round of talks.',
    },
    [S.sn020130],
    { occurrence: 'paramaribo-declaration-2002-01-29' },
  ),
  ev(
    'AgreementReached',
    'agr-declaration',
    when('2002-01-29'),
    {
      agreementId: A.declaration,
      kind: 'framework',
      provisions: [
        'Cooperation in a number of areas, including the joint exploitation of marine resources',
        'A sub-committee of the border commissions to study best practices and modalities for eventual joint exploration, reporting before the commissions meet in May in Georgetown',
      ],
      signatories: ['guyana', 'suriname'],
      textPublic: false,
      roundId: R.paramaribo2002,
      status: 'signed',
    },
    [S.sn020130],
    {
      occurrence: 'paramaribo-declaration-2002-01-29',
      note: 'Venetiaan: every agreement must go to Parliament for approval.',
    },
  ),
  ev(
    'TalksRoundScheduled',
    'round-sub-scheduled',
    when('2002-01-29'),
    {
      roundId: R.subcommittee,
      label: 'Sub-committee of the border commissions on joint exploitation',
      format: 'technical',
      plannedFor: '2002-05-01',
    },
    [S.sn020130, S.sn020517],
    { note: 'Planned before the border commissions’ meeting of mid-May; no day was given (dated to the 1st).' },
  ),
  ev(
    'TalksRoundPostponed',
    'round-sub-postponed',
    when('2002-05-16'),
    {
      roundId: R.subcommittee,
      reason:
        'The Government Information Agency says the meeting was "postponed indefinitely at the request of the Government of Suriname"; the next day the Foreign Ministry says that release was inaccurate and sets the sub-committee for 30 May and the border commissions for 25–26 June.',
      plannedFor: '2002-05-30',
    },
    [S.sn020517, S.sn020518],
  ),
  ev('TalksRoundOpened', 'round-sub-opened', when('2002-06-25'), { roundId: R.subcommittee, venue: 'Georgetown' }, [
    S.sn021013,
  ]),
  ev(
    'StatementMade',
    'stmt-venetiaan-careful',
    when('2002-07-05', 'approximate'),
    {
      speaker: VENETIAAN,
      audience: 'press',
      tone: 'neutral',
      summary:
        'At the CARICOM summit in Georgetown: joint development of the disputed area is complicated; there is strong opposition in both countries even to discussing joint exploration, so both must move very carefully.',
    },
    [S.sn021013],
  ),
  // ===== 2004: the arbitration =====
  ev(
    'DemandTabled',
    'demand-arbitration',
    when('2004-02-24'),
    {
      demandId: D.arbitration,
      by: 'guyana',
      addressedTo: ['suriname'],
      text: 'The maritime boundary to be delimited by a binding award of an arbitral tribunal under Annex VII of UNCLOS; provisional measures: no harassment of Guyanese fishermen in the Corentyne, and Guyana free to explore its maritime area',
      category: 'territorial',
    },
    [S.sn040227, S.sn040605],
  ),
  ev(
    'StatementMade',
    'stmt-jagdeo-arbitration',
    when('2004-02-24'),
    {
      speaker: JAGDEO,
      audience: 'suriname',
      tone: 'critical',
      summary:
        'Guyana takes the dispute to arbitration under UNCLOS, citing Suriname’s failure to accept other peaceful bilateral and CARICOM proposals; it seeks relief "from the freeze of offshore mineral development that the actions of the government of Suriname has occasioned".',
    },
    [S.gasoil0403, S.asil0409],
  ),
  ev(
    'PositionTaken',
    'pos-suriname-arbitrator',
    when('2004-03-25', 'approximate'),
    {
      demandId: D.arbitration,
      actorId: 'suriname',
      stance: 'accepted-in-principle',
      conditions: 'Suriname responds to the statement of claim and names Professor Hans Smit as its arbitrator.',
    },
    [S.blog040325, S.asil0409],
  ),
  ev('ActorRegistered', 'actor-tribunal', when('2004-07-25', 'approximate'), { actor: TRIBUNAL, role: 'third-party' }, [
    S.sn040725,
  ]),
  // ===== 2006 – 2007: the hearings and the award =====
  ev(
    'TalksRoundOpened',
    'round-hearings-opened',
    when('2006-12-07'),
    {
      roundId: R.hearings,
      label: 'Oral hearings before the Annex VII tribunal',
      venue: 'OAS headquarters, Washington',
      format: 'formal',
      hosts: ['annex-vii-tribunal'],
    },
    [S.gc061206],
  ),
  ev(
    'StatementMade',
    'stmt-jagdeo-hearings',
    when('2006-12-05'),
    {
      speaker: JAGDEO,
      audience: 'suriname',
      tone: 'conciliatory',
      summary:
        'Guyana approaches the hearings "without recrimination or an adversarial posture"; the proceedings are in camera.',
    },
    [S.gc061206],
  ),
  ev(
    'TalksRoundConcluded',
    'round-hearings-concluded',
    when('2006-12-20', 'approximate'),
    {
      roundId: R.hearings,
      outcome: 'adjourned',
      summary: 'The hearings are scheduled to close on 20 December; the award to follow in some months.',
    },
    [S.gc061206],
  ),
  ev(
    'StatementMade',
    'stmt-award',
    when('2007-09-17'),
    {
      speaker: COURT,
      audience: 'Guyana and Suriname',
      tone: 'neutral',
      summary:
        'Award (unanimous): a single maritime boundary, largely the equidistance line; the Eagle site falls in Guyana’s waters. Suriname’s expulsion of the CGX rig on 3 June 2000 "constituted a threat of the use of force" in breach of the Convention, the UN Charter and general international law; no compensation; both parties failed in their duty to make every effort to enter provisional arrangements.',
    },
    [S.award, S.sn070921],
    { note: 'The tribunal’s award, not an agreement of the pair; made public on 20 September.' },
  ),
  ev(
    'StatementMade',
    'stmt-jagdeo-award',
    when('2007-09-20'),
    {
      speaker: JAGDEO,
      audience: 'nation',
      tone: 'conciliatory',
      summary:
        'Guyana is "very pleased with the judgment": a definitive, permanent, final and binding boundary, fair and equitable to both, which lets Guyana and Suriname put the controversy behind them and cooperate as good neighbours.',
    },
    [S.sn070921],
  ),
  ev(
    'StatementMade',
    'stmt-venetiaan-award',
    when('2007-09-20'),
    {
      speaker: VENETIAAN,
      audience: 'nation',
      tone: 'conciliatory',
      summary:
        'Venetiaan is satisfied with the award and calls on Surinamese society to accept and respect it: the dispute with Guyana is definitively ended by a binding line.',
    },
    [S.dwt070921, S.c360070928],
  ),
  ev(
    'PositionTaken',
    'pos-suriname-award',
    when('2007-09-20'),
    {
      demandId: D.arbitration,
      actorId: 'suriname',
      stance: 'accepted',
      conditions: 'Suriname accepts the award and its boundary as binding.',
    },
    [S.dwt070921, S.c360070928],
  ),
  ev(
    'StatementMade',
    'stmt-cgx-seismic',
    when('2007-10-05', 'approximate'),
    {
      speaker: GGMC,
      audience: 'press',
      tone: 'neutral',
      summary:
        'Officials in Georgetown and Paramaribo are optimistic about oil prospects after the award; CGX prepares to invest US$15m in new seismic work in the area its rig was expelled from, and Guyana’s Geology and Mines Commission expects renewed interest.',
    },
    [S.sn071005, S.me070927],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'guyana-suriname-2000.jsonl',
  logEnd: '2026-12-07T00:00:00Z',
  events,
};

export default definition;
