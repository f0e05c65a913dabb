/**
 * A test fixture, not a shipped example: Cameroon – Nigeria over the Bakassi
 * Peninsula, 1993–2008, as an analyst following the news could have recorded
 * it, from the Nigerian troops' entry into Bakassi (end of 1993) and
 * Cameroon's application to the International Court of Justice (29 March
 * 1994), through the clashes of February 1996, the Kara cessation of
 * hostilities and the Court's provisional measures (March 1996), the
 * judgment of 10 October 2002 and Nigeria's rejection of it, Kofi Annan's
 * Geneva summit and the Mixed Commission, the handover of the Lake Chad
 * villages (December 2003), the incidents of June 2005, the Greentree
 * Agreement (12 June 2006), the Nigerian troops' withdrawal (14 August 2006),
 * the attacks by unknown gunmen and militants in Bakassi (November 2007, July
 * 2008) and the final handover (14 August 2008). Escalation model v2 was never
 * tuned on it: it is held to the calls in cameroon-nigeria-1994.spec.ts.
 *
 * What it tests that the other cases did not: clashes with a handful killed
 * (armed action, not heavy); a court's order and judgment, which are not the
 * pair's agreement (recorded as the Court's statements, the ICJ being a third
 * party); a judgment first rejected, then accepted through agreements the UN
 * Secretary-General mediated; an agreement implemented in steps over two
 * years; attacks by gunmen nobody claimed, or by a Nigerian militant group,
 * on Cameroon's soldiers (a third party's acts, blamed on Nigeria by no
 * government); and the final handover.
 *
 * The log is recorded as the sources allow: each development is recorded when
 * its source was published (the 1994 and 1996 developments are backfilled from
 * the Court's order of 15 March 1996; the February 1994 clash and the May 1996
 * fighting rest on a 2018 blog post, so they are recorded last). Built and
 * checked with the same builder as the shipped cases
 * (examples/case-builder.ts).
 *
 * Grading as in examples/README.md: A = the Court's or the UN's own document;
 * B = established outlet or wire copy; C = smaller outlet, aggregator or
 * mirror; D = an outlet with a record of unsourced claims. 1 = confirmed by
 * the actors themselves; 2 = several outlets agree or one established outlet
 * reports it; 3 = one side's unverified claim about the other.
 *
 * Judgement calls, recorded as an analyst would:
 * - Every armed act is placed "Bakassi Peninsula" (one place, written one
 *   way): the sources name the peninsula, seldom a village.
 * - The Nigerian troops' entry (end of 1993) is known from Cameroon's
 *   application as the Court recites it ("troops … occupying several
 *   Cameroonian localities"): a `force-posture`, month-only. The February 1994
 *   fighting ("Nigerian troops overran three Cameroonian controlled islands,
 *   killing scores") has only a month and no count in the one source found (a
 *   2018 blog, D3): recorded `1994-02`, month precision, no toll.
 * - The clash of 3–4 February 1996 is the Nigerian officers' account (Irish
 *   Times): two Nigerian soldiers and two civilians killed and "several"
 *   Cameroonian soldiers: recorded as 4–9 killed, one record on the 3rd (the
 *   fighting ran into the afternoon of the 4th).
 * - The Kara agreement of the foreign ministers (17 February 1996, Togo
 *   mediating) is a ceasefire between the two: "the cessation of all
 *   hostilities in the Bakassi Peninsula", which the Court told both to
 *   observe. No source declares it over.
 * - The May 1996 fighting (50 Nigerian and five Cameroonian soldiers killed)
 *   rests on one blog (D3) that misprints the year: kept, graded so, and
 *   dated 4 May, its first day.
 * - The Court's order (15 March 1996) and judgment (10 October 2002) are the
 *   Court's statements (tone neutral), not an agreement of the pair.
 *   Cameroon's application is its demand that Nigeria withdraw; Nigeria's
 *   rejection (23 October 2002) and its acceptance at Greentree are its
 *   positions on that demand.
 * - Nigeria's statement of 23 October 2002 is critical of the Court and the
 *   former colonial powers; it says Nigeria will "continue to exercise
 *   jurisdiction" and asks Annan to mediate: not a threat of force.
 * - The Geneva communiqué (15 November 2002) is a framework agreement between
 *   the two (renounce the use of force, set up the Mixed Commission). The
 *   Mixed Commission's timetable (30 October 2003) is a partial agreement;
 *   the handover of the Lake Chad villages (8–18 December 2003) puts it in
 *   force. Nigeria's missed September 2004 date for Bakassi is recorded as
 *   its own statement ("technical difficulties"), month-only.
 * - June 2005: Cameroon alleges Nigerian forces attacked on 5, 17, 18 and 21
 *   June, killing a soldier on the 17th; Nigeria first said the clashes were
 *   with fishermen, then agreed to investigate. Recorded: the 17th (one
 *   killed) and the 21st (no toll), as alleged by Cameroon, graded 3.
 * - The withdrawal of 14 August 2006 and the handover of 14 August 2008 are
 *   steps of the Greentree Agreement: the first puts it in force; the second
 *   is the Calabar ceremony (a round concluded with agreement).
 * - November 2007: the gunmen are unknown; Cameroon's presidency spoke of
 *   "unknown men" and ordered an inquiry, Nigeria denied any part and offered
 *   cooperation. Military sources spoke of Nigerian uniforms; no government
 *   blamed Nigeria: recorded as a militant attack by an unidentified armed
 *   group, blamed on no one. July 2008: claimed by the Niger Delta Defence and
 *   Security Council, a Nigerian armed group opposed to the handover — a third
 *   party, whose acts Cameroon did not lay on Nigeria either.
 * - Left out: the Nigerian Senate's vote against the transfer (22 November
 *   2007, no dated source found), the 1998 incidents (none dated), the
 *   Mixed Commission's many sessions (only those with a dated report).
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'cameroon-nigeria-bakassi-1994';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 1994);
/** A recordedAt on a given day (the case spans fifteen years). */
const rec = (day: string, time: string): string => `${day}T${time}:00Z`;

const CAMEROON: Actor = {
  id: 'cameroon',
  name: 'Cameroon',
  kind: 'state',
  aliases: ['Yaoundé', 'Republic of Cameroon'],
};
const NIGERIA: Actor = {
  id: 'nigeria',
  name: 'Nigeria',
  kind: 'state',
  aliases: ['Abuja', 'Federal Republic of Nigeria'],
};
const ICJ: Actor = {
  id: 'icj',
  name: 'International Court of Justice',
  kind: 'international-organisation',
  aliases: ['ICJ', 'World Court', 'The Hague'],
};
const TOGO: Actor = { id: 'togo', name: 'Togo', kind: 'state', aliases: ['Lomé', 'Eyadéma'] };
const UN: Actor = {
  id: 'un',
  name: 'United Nations Secretary-General',
  kind: 'international-organisation',
  aliases: ['UN', 'Kofi Annan', 'UNOWA', 'Cameroon–Nigeria Mixed Commission chair'],
};
const USA: Actor = { id: 'united-states', name: 'United States', kind: 'state', aliases: ['US'] };
const UK: Actor = { id: 'united-kingdom', name: 'United Kingdom', kind: 'state', aliases: ['UK', 'Britain'] };
const FRANCE: Actor = { id: 'france', name: 'France', kind: 'state' };
const GERMANY: Actor = { id: 'germany', name: 'Germany', kind: 'state' };
const GUNMEN: Actor = {
  id: 'bakassi-gunmen',
  name: 'Unidentified gunmen in Bakassi',
  kind: 'armed-group',
  aliases: ['unknown armed group', 'suspected Niger Delta militants'],
};
const NDDSC: Actor = {
  id: 'nddsc',
  name: 'Niger Delta Defence and Security Council',
  kind: 'armed-group',
  aliases: ['NDDSC', 'Bakassi Freedom Fighters'],
};

const UGBO: Person = { name: 'Col Godwin Ugbo', title: 'Spokesman, Nigerian Defence Headquarters', actorId: 'nigeria' };
const CAMEROON_GOV: Person = { name: 'Government of Cameroon (request to the Court)', actorId: 'cameroon' };
const COURT: Person = { name: 'International Court of Justice', actorId: 'icj' };
const MADUEKWE: Person = {
  name: 'Ojo Maduekwe',
  title: 'Transport Minister of Nigeria (reading the Federal Executive Council statement)',
  actorId: 'nigeria',
};
const OLUJINMI: Person = { name: 'Akin Olujinmi', title: 'Justice Minister of Nigeria', actorId: 'nigeria' };
const AJIBOLA: Person = {
  name: 'Bola Ajibola',
  title: "Head of Nigeria's delegation to the Mixed Commission",
  actorId: 'nigeria',
};
const MBONJO: Person = {
  name: 'Pierre Moukoko Mbonjo',
  title: 'Communications Minister of Cameroon',
  actorId: 'cameroon',
};
const OYO: Person = { name: 'Remi Oyo', title: 'Spokeswoman of President Obasanjo', actorId: 'nigeria' };
const BIYA: Person = { name: 'Paul Biya', title: 'President of Cameroon', actorId: 'cameroon' };
const OBASANJO: Person = { name: 'Olusegun Obasanjo', title: 'President of Nigeria', actorId: 'nigeria' };
const CHUKWUMA: Person = {
  name: 'Brig Gen Felix Chukwuma',
  title: 'Head of information, Nigerian Defence Ministry',
  actorId: 'nigeria',
};
const OJO: Person = { name: 'Bayo Ojo', title: 'Justice Minister of Nigeria', actorId: 'nigeria' };
const GIWA_AMU: Person = {
  name: 'Col Solomon Giwa-Amu',
  title: 'Spokesman, Nigerian Defence Headquarters',
  actorId: 'nigeria',
};
const CAMEROON_PRESIDENCY: Person = { name: 'Presidency of Cameroon (communiqué)', actorId: 'cameroon' };
const ESSO: Person = {
  name: 'Laurent Esso',
  title: 'Secretary-General at the Presidency of Cameroon',
  actorId: 'cameroon',
};
const NIGERIA_DEFENCE: Person = { name: 'Nigerian Defence Headquarters (statement)', actorId: 'nigeria' };
const AONDOAKAA: Person = { name: 'Michael Aondoakaa', title: 'Justice Minister of Nigeria', actorId: 'nigeria' };
const YARADUA: Person = { name: "Umaru Musa Yar'Adua", title: 'President of Nigeria', actorId: 'nigeria' };
const KAMTO: Person = { name: 'Maurice Kamto', title: 'Minister Delegate of Justice of Cameroon', actorId: 'cameroon' };

const S = {
  irishTimes1996: source(
    'Nigeria, Cameroon clash over disputed islands',
    'The Irish Times (Reuters)',
    'https://irishtimes-irishtimes-prod.cdn.arcpublishing.com/news/nigeria-cameroon-clash-over-disputed-islands-1.28592',
    '1996-02-05',
    'B',
    2,
  ),
  icjOrder1996: source(
    'Land and Maritime Boundary between Cameroon and Nigeria, Provisional Measures, Order of 15 March 1996',
    'International Court of Justice',
    'https://icj-cij.org/node/103554',
    '1996-03-15',
    'A',
    1,
  ),
  icjCommunique1996: source(
    'Communiqué No. 96/13: Order of the Court on provisional measures',
    'International Court of Justice',
    'https://icj-cij.org/node/101216',
    '1996-03-15',
    'A',
    1,
  ),
  unSummary1996: source(
    'Case concerning the Land and Maritime Boundary between Cameroon and Nigeria (Provisional Measures), Order of 15 March 1996: summary',
    'United Nations',
    'http://www.un.org/law/icjsum/9613.htm',
    '1996-03-15',
    'A',
    1,
  ),
  icjSummary2002: source(
    'Summary of the Judgment of 10 October 2002, Land and Maritime Boundary between Cameroon and Nigeria',
    'International Court of Justice',
    'http://www.icj-cij.org/docket/index.php?sum=495&p1=3&p2=3&case=94&p3=5',
    '2002-10-10',
    'A',
    1,
  ),
  panaOct23: source(
    'Nigeria rejects ICJ ruling on Bakassi',
    'PANA (via Citizenship Rights in Africa)',
    'https://citizenshiprightsafrica.org/nigeria-rejects-icj-ruling-on-bakassi/',
    '2002-10-23',
    'B',
    1,
  ),
  strategypageOct23: source(
    'Nigeria: October 23, 2002',
    'StrategyPage',
    'https://strategypage.com/qnd/nigeria/articles/20021023.aspx',
    '2002-10-23',
    'C',
    2,
  ),
  afrolOct25: source(
    'Nigeria will not give up Bakassi',
    'afrol News',
    'http://afrol.com/html/News2002/nig046_cam_bakassi4.htm',
    '2002-10-25',
    'C',
    1,
  ),
  unNewsNov14: source(
    'Annan to meet again with Presidents of Nigeria, Cameroon over Bakassi peninsula',
    'UN News',
    'https://news.un.org/en/story/2002/11/51062-annan-meet-again-presidents-nigeria-cameroon-over-bakassi-peninsula',
    '2002-11-14',
    'A',
    1,
  ),
  unCommuniqueNov18: source(
    'Communiqué read by the Secretary-General after his meetings in Geneva with President Biya and President Obasanjo',
    'UN Information Service Vienna (press release SG/SM/8495)',
    'https://unis.unvienna.org/unis/en/pressrels/2002/sgsm8495.html',
    '2002-11-18',
    'A',
    1,
  ),
  unPressNov18: source(
    'Activities of the Secretary-General in Switzerland, 14-17 November',
    'UN press (SG/T/2353)',
    'https://press.un.org/en/2002/sgt2353.doc.htm',
    '2002-11-18',
    'A',
    1,
  ),
  bbcOct29: source(
    'Nigeria to hand land to Cameroon',
    'BBC News',
    'http://news.bbc.co.uk/2/hi/africa/3224729.stm',
    '2003-10-29',
    'B',
    1,
  ),
  voaOct30: source(
    'Nigeria To Return Bakassi To Cameroon Next May',
    'Voice of America',
    'https://www.voanews.com/amp/a-13-a-2003-10-30-48-nigeria-66835547/257722.html',
    '2003-10-30',
    'B',
    1,
  ),
  tnhDec9: source(
    'Handover of Lake Chad villages begins',
    'IRIN (The New Humanitarian)',
    'https://www.thenewhumanitarian.org/news/2003/12/09/handover-lake-chad-villages-begins',
    '2003-12-09',
    'B',
    1,
  ),
  bbcDec19: source(
    'Nigeria hands Cameroon villages',
    'BBC News (via WN)',
    'http://article.wn.com/link/WNAT026C2698C992228B63E54F13DD7E5C61?source=templategenerator&template=douala%2Fmainsearch.txt',
    '2003-12-19',
    'B',
    1,
  ),
  irinJun23: source(
    'Cameroon: Government complains to UN about border incidents with Nigeria',
    'IRIN (via GlobalSecurity.org)',
    'https://www.globalsecurity.org/military/library/news/2005/06/mil-050623-irin02.htm',
    '2005-06-23',
    'B',
    1,
  ),
  toiJun13: source(
    'Nigeria, Cameroon settle border dispute',
    'The Times of India',
    'https://m.timesofindia.com/world/rest-of-world/nigeria-cameroon-settle-border-dispute/articleshow/1641947.cms',
    '2006-06-13',
    'B',
    1,
  ),
  fidesJun14: source(
    'Nigeria and Cameroon end dispute over control of Bakassi peninsula rich in gas and oil',
    'Agenzia Fides',
    'http://www.fides.org/en/news/7591-AFRICA_Nigeria_and_Cameroon_end_dispute_over_control_of_Bakassi_peninsula_rich_in_gas_and_oil',
    '2006-06-14',
    'C',
    1,
  ),
  bbcAug8: source(
    'Nigeria starts Bakassi withdrawal',
    'BBC News (via Biafra Nigeria World)',
    'http://news.biafranigeriaworld.com/archive/bbc/2006/08/08/nigeria_starts_bakassi_withdrawal.php',
    '2006-08-08',
    'C',
    1,
  ),
  reutersAug12: source(
    'Nigeria pulls troops from Bakassi',
    'Reuters (via RedOrbit)',
    'http://www.redorbit.com/news/international/613649/nigeria_pulls_troops_from_bakassi/',
    '2006-08-12',
    'B',
    2,
  ),
  unNewsAug11: source(
    'Nigeria withdraws troops from border area with Cameroon as part of UN-sponsored pact',
    'UN News',
    'https://news.un.org/en/story/2006/08/188692-nigeria-withdraws-troops-border-area-cameroon-part-un-sponsored-pact',
    '2006-08-11',
    'A',
    1,
  ),
  bbcAug14: source(
    'Nigeria hands Bakassi to Cameroon',
    'BBC News',
    'http://news.bbc.co.uk/2/hi/africa/4789647.stm',
    '2006-08-14',
    'B',
    1,
  ),
  aljazeeraAug14: source(
    'Nigeria hands over disputed land',
    'Al Jazeera (AFP)',
    'http://www.aljazeera.com/archive/2006/08/2008410114538333385.html',
    '2006-08-14',
    'B',
    1,
  ),
  reutersNov13: source(
    'Up to 21 Cameroon troops killed in Bakassi',
    'Reuters',
    'https://www.reuters.com/article/idUSL1382294',
    '2007-11-13',
    'B',
    2,
  ),
  voaNov14: source(
    'Cameroonians said to be bitter about Bakassi killings',
    'Voice of America',
    'https://www.voanews.com/archive/cameroonians-said-be-bitter-about-bakassi-killings',
    '2007-11-14',
    'B',
    1,
  ),
  bbcNov14: source(
    'Nigeria and Cameroon probe attack',
    'BBC News (via Oyibos Online)',
    'http://www.oyibosonline.com/?p=23014',
    '2007-11-14',
    'C',
    1,
  ),
  bbcJul26: source(
    'Cameroon kills Bakassi attackers',
    'BBC News (via Dunia blog)',
    'https://duniandt.blogspot.com/2008/07/cameroon-kills-bakassi-attackers.html?m=1',
    '2008-07-26',
    'C',
    2,
  ),
  france24Aug14: source(
    'Nigeria hands Bakassi peninsula over to Cameroon',
    'France 24',
    'http://www.france24.com/en/20080814-nigeria-hands-bakassi-peninsula-over-cameroon-nigeria-cameroon',
    '2008-08-14',
    'B',
    1,
  ),
  rfiAug14: source(
    'Nigeria hands over Bakassi to Cameroon',
    'RFI',
    'http://www1.rfi.fr/actuen/articles/104/article_1307.asp',
    '2008-08-14',
    'B',
    1,
  ),
  defensenigeria2018: source(
    'Forgotten Fact: The Day the Cameroonian Army Killed 50 Nigerian Soldiers!',
    'DefenseNigeria (blog)',
    'https://defensenigeria.blog/2018/02/04/forgotten-fact-the-day-the-cameroonian-army-killed-50-nigerian-soldiers/',
    '2018-02-04',
    'D',
    3,
  ),
};

const D = { withdraw: 'nigeria-withdraws-from-bakassi' };
const R = {
  paris: 'paris-2002-09-05',
  geneva: 'geneva-2002-11-15',
  mc6: 'mixed-commission-abuja-2003-10',
  greentree: 'greentree-2006-06-12',
  calabar: 'calabar-handover-2008-08-14',
};
const A = {
  geneva: 'geneva-communique-2002',
  timetable: 'mixed-commission-timetable-2003',
  greentree: 'greentree-agreement-2006',
};
const C = { kara: 'kara-cessation-1996-02-17' };
const PLACE = 'Bakassi Peninsula';

const events = [
  // ===== 1996: the clashes of February, recorded as reported =====
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '1994-03-29', recordedAt: rec('1996-02-05', '10:00') },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Cameroon – Nigeria: the Bakassi dispute, 1994–2008',
      subject:
        "Sovereignty over the Bakassi Peninsula and the land and maritime boundary: from Cameroon's application to the International Court of Justice through the Court's judgment, the UN Secretary-General's mediation and the Mixed Commission, to the Greentree Agreement and the handover",
      parties: [CAMEROON, NIGERIA],
      mediators: [],
    },
    [S.irishTimes1996],
    {
      note: "Opened at Cameroon's application to the Court (29 March 1994); the clashes that preceded it are backfilled.",
    },
  ),
  ev(
    'ActorRegistered',
    'actor-icj',
    { occurredAt: '1994-03-29', recordedAt: rec('1996-02-05', '10:01') },
    { actor: ICJ, role: 'third-party' },
    [S.irishTimes1996],
    { note: 'The Court decides the case; it is neither a party nor a mediator.' },
  ),
  ev(
    'IncidentReported',
    'inc-clash-1996-02-03',
    { occurredAt: '1996-02-03', recordedAt: rec('1996-02-05', '10:05') },
    {
      incidentId: 'clash-1996-02-03',
      kind: 'clash',
      perpetrator: 'cameroon',
      allegedBy: 'nigeria',
      against: 'nigeria',
      place: PLACE,
      fatalities: { min: 4, max: 9 },
      injured: { min: 13, max: 13 },
      civilianFatalities: { min: 2, max: 2 },
      description:
        'Fighting on the disputed islands from Saturday into Sunday afternoon; by a senior Nigerian officer, the Cameroonians fired first; two Nigerian soldiers and two civilians killed, two soldiers and 11 civilians wounded, "several" Cameroonian soldiers killed and two captured.',
    },
    [S.irishTimes1996],
  ),
  ev(
    'StatementMade',
    'stmt-ugbo-1996-02-04',
    { occurredAt: '1996-02-04', recordedAt: rec('1996-02-05', '10:10') },
    {
      speaker: UGBO,
      audience: 'cameroon',
      tone: 'accusation',
      summary:
        'A three-to-four-hour skirmish on Saturday: "The Cameroonians fired on our troops and they had no choice but to defend themselves."',
    },
    [S.irishTimes1996],
  ),
  // ===== Backfilled from the Court's order of 15 March 1996 =====
  ev(
    'IncidentReported',
    'inc-entry-1993-12',
    { occurredAt: '1993-12', recordedAt: rec('1996-03-15', '12:00') },
    {
      incidentId: 'nigerian-entry-1993-12',
      kind: 'force-posture',
      perpetrator: 'nigeria',
      allegedBy: 'cameroon',
      against: 'cameroon',
      place: PLACE,
      description:
        'By Cameroon\'s application, "since the end of 1993" Nigeria\'s troops are "occupying several Cameroonian localities in the Bakassi Peninsula".',
    },
    [graded(S.icjOrder1996, 3)],
  ),
  ev(
    'DemandTabled',
    'dem-withdraw',
    { occurredAt: '1994-03-29', recordedAt: rec('1996-03-15', '12:05') },
    {
      demandId: D.withdraw,
      by: 'cameroon',
      addressedTo: ['nigeria'],
      text: "Nigeria withdraws its troops from the Bakassi Peninsula and recognises Cameroon's sovereignty over it; the Court to fix the maritime boundary (Cameroon's application to the ICJ).",
      category: 'territorial',
    },
    [S.icjOrder1996],
  ),
  ev(
    'StatementMade',
    'stmt-cameroon-request-1996-02-12',
    { occurredAt: '1996-02-12', recordedAt: rec('1996-03-15', '12:10') },
    {
      speaker: CAMEROON_GOV,
      audience: 'nigeria',
      tone: 'accusation',
      summary:
        'Cameroon asks the Court for provisional measures over "grave incidents which have taken place between the … forces [of the two Parties] in the Bakassi Peninsula since … 3 February 1996".',
    },
    [S.icjCommunique1996],
  ),
  ev(
    'ActorRegistered',
    'actor-togo',
    { occurredAt: '1996-02-17', recordedAt: rec('1996-03-15', '12:15') },
    { actor: TOGO, role: 'mediator' },
    [S.unSummary1996],
    { note: 'The foreign ministers met in Kara, Togo.' },
  ),
  ev(
    'CeasefireDeclared',
    'cf-kara',
    { occurredAt: '1996-02-17', recordedAt: rec('1996-03-15', '12:20') },
    {
      ceasefireId: C.kara,
      parties: ['cameroon', 'nigeria'],
      scope: 'The Bakassi Peninsula: "the cessation of all hostilities" agreed by the foreign ministers in Kara',
      duration: 'indefinite',
      mediatedBy: ['togo'],
    },
    [S.unSummary1996, S.icjOrder1996],
  ),
  ev(
    'StatementMade',
    'stmt-icj-order-1996',
    { occurredAt: '1996-03-15', recordedAt: rec('1996-03-15', '12:30') },
    {
      speaker: COURT,
      audience: 'Cameroon and Nigeria',
      tone: 'neutral',
      summary:
        "Provisional measures: no action by either side's armed forces that might aggravate or extend the dispute; both to observe the Kara agreement; forces to stay within their positions of before 3 February 1996; assist the Secretary-General's fact-finding mission.",
    },
    [S.icjOrder1996, S.unSummary1996],
    { note: "The Court's order, not an agreement of the pair." },
  ),
  // ===== 2002: the judgment, its rejection, the Geneva summit =====
  ev(
    'StatementMade',
    'stmt-icj-judgment-2002',
    { occurredAt: '2002-10-10', recordedAt: rec('2002-10-10', '18:00') },
    {
      speaker: COURT,
      audience: 'Cameroon and Nigeria',
      tone: 'neutral',
      summary:
        'Judgment: sovereignty over Bakassi lies with Cameroon (the Anglo-German agreement of 1913); Nigeria to withdraw its administration, military and police "expeditiously and without condition"; Cameroon likewise from areas of the land boundary found Nigerian.',
    },
    [S.icjSummary2002],
    { note: "The Court's judgment, not an agreement of the pair." },
  ),
  ev(
    'StatementMade',
    'stmt-nigeria-rejects-2002-10-23',
    { occurredAt: '2002-10-23', recordedAt: rec('2002-10-25', '10:00') },
    {
      speaker: MADUEKWE,
      audience: 'International Court of Justice and the former colonial powers',
      tone: 'critical',
      summary:
        'The Federal Executive Council rejects the judgment as reached "for purely political reasons" by judges from the former colonial powers; "being a nation ruled by law we are bound to continue to exercise jurisdiction over these areas"; asks Annan to broker a meeting on reconciliation and good neighbourliness; appeals to Nigerians to remain calm.',
    },
    [S.panaOct23, S.afrolOct25, S.strategypageOct23],
  ),
  ev(
    'PositionTaken',
    'pos-nigeria-rejects',
    { occurredAt: '2002-10-23', recordedAt: rec('2002-10-25', '10:05') },
    {
      demandId: D.withdraw,
      actorId: 'nigeria',
      stance: 'rejected',
      quote: 'we are bound to continue to exercise jurisdiction over these areas in accordance with the Constitution',
      speaker: MADUEKWE,
    },
    [S.panaOct23, S.afrolOct25],
  ),
  ev(
    'ActorRegistered',
    'actor-un',
    { occurredAt: '2002-09-05', recordedAt: rec('2002-11-14', '12:00') },
    { actor: UN, role: 'mediator' },
    [S.unNewsNov14],
    { note: 'Kofi Annan met both presidents in Paris before the judgment and in Geneva after it.' },
  ),
  ev(
    'TalksRoundOpened',
    'round-paris-opened',
    { occurredAt: '2002-09-05', recordedAt: rec('2002-11-14', '12:05') },
    {
      roundId: R.paris,
      label: 'Paris meeting of the presidents with the Secretary-General',
      venue: 'Paris',
      format: 'formal',
      hosts: ['un'],
      delegations: [
        { actorId: 'cameroon', head: BIYA },
        { actorId: 'nigeria', head: OBASANJO },
      ],
    },
    [S.unNewsNov14],
    { occurrence: R.paris },
  ),
  ev(
    'TalksRoundConcluded',
    'round-paris-concluded',
    { occurredAt: '2002-09-05', recordedAt: rec('2002-11-14', '12:06') },
    {
      roundId: R.paris,
      outcome: 'progress',
      summary: 'Both presidents "promised to respect and implement whatever decision the ICJ might give".',
    },
    [S.unNewsNov14],
    { occurrence: R.paris },
  ),
  ev(
    'TalksRoundOpened',
    'round-geneva-opened',
    { occurredAt: '2002-11-15', recordedAt: rec('2002-11-18', '10:00') },
    {
      roundId: R.geneva,
      label: 'Geneva summit with the Secretary-General',
      venue: 'Palais des Nations, Geneva',
      format: 'formal',
      hosts: ['un'],
      delegations: [
        { actorId: 'cameroon', head: BIYA },
        { actorId: 'nigeria', head: OBASANJO },
      ],
    },
    [S.unPressNov18, S.unCommuniqueNov18],
    { occurrence: R.geneva },
  ),
  ev(
    'TalksRoundConcluded',
    'round-geneva-concluded',
    { occurredAt: '2002-11-15', recordedAt: rec('2002-11-18', '10:01') },
    {
      roundId: R.geneva,
      outcome: 'agreement',
      summary:
        'Joint communiqué read by Annan: a mixed commission chaired by his Special Envoy, to meet first in Yaoundé on 1 December.',
    },
    [S.unCommuniqueNov18],
    { occurrence: R.geneva },
  ),
  ev(
    'AgreementReached',
    'agr-geneva',
    { occurredAt: '2002-11-15', recordedAt: rec('2002-11-18', '10:02') },
    {
      agreementId: A.geneva,
      kind: 'framework',
      provisions: [
        'Renounce the use of force in bilateral relations and pursue peaceful ways to settle the boundary differences',
        'A Mixed Commission chaired by the Special Envoy of the Secretary-General, to follow up the ruling: demarcate the land boundary, arrange troop withdrawals, the eventual demilitarisation of the peninsula',
        'Confidence-building measures, and a summit on defence and security',
      ],
      signatories: ['cameroon', 'nigeria'],
      textPublic: true,
      roundId: R.geneva,
    },
    [S.unCommuniqueNov18, S.unPressNov18],
    { occurrence: R.geneva },
  ),
  // ===== 2003: the Mixed Commission's timetable and the Lake Chad villages =====
  ev(
    'TalksRoundOpened',
    'round-mc6-opened',
    { occurredAt: '2003-10-29', recordedAt: rec('2003-10-29', '18:00') },
    {
      roundId: R.mc6,
      label: 'Cameroon–Nigeria Mixed Commission, Abuja session',
      venue: 'Abuja',
      format: 'technical',
      hosts: ['un'],
    },
    [S.bbcOct29],
  ),
  ev(
    'StatementMade',
    'stmt-olujinmi-2003-10-29',
    { occurredAt: '2003-10-29', recordedAt: rec('2003-10-29', '18:05') },
    {
      speaker: OLUJINMI,
      audience: 'cameroon',
      tone: 'conciliatory',
      summary:
        'Nigeria will hand over the 33 Lake Chad villages as planned and does not wish to be dragged into "a meaningless and avoidable conflict": "we shall continue to abide by our commitment to respect the judgement of the ICJ".',
    },
    [S.bbcOct29],
  ),
  ev(
    'TalksRoundConcluded',
    'round-mc6-concluded',
    { occurredAt: '2003-10-30', recordedAt: rec('2003-10-30', '18:00') },
    {
      roundId: R.mc6,
      outcome: 'agreement',
      summary:
        'A timetable: the Lake Chad villages before the end of the year, a meeting on troop withdrawal in February, Bakassi ceded in May 2004.',
    },
    [S.voaOct30],
    { occurrence: 'mc6-timetable-2003-10-30' },
  ),
  ev(
    'AgreementReached',
    'agr-timetable',
    { occurredAt: '2003-10-30', recordedAt: rec('2003-10-30', '18:01') },
    {
      agreementId: A.timetable,
      kind: 'partial',
      provisions: [
        'The Lake Chad villages come under Cameroonian control before the end of 2003',
        'A meeting on the withdrawal of Nigerian troops from Bakassi in February 2004',
        'Bakassi ceded to Cameroon in May 2004; the maritime boundary drawn in June',
      ],
      signatories: ['cameroon', 'nigeria'],
      textPublic: false,
      roundId: R.mc6,
      status: 'text-agreed',
    },
    [S.voaOct30],
    { occurrence: 'mc6-timetable-2003-10-30' },
  ),
  ev(
    'AgreementStatusChanged',
    'agr-timetable-in-force',
    { occurredAt: '2003-12-08', recordedAt: rec('2003-12-09', '12:00') },
    {
      agreementId: A.timetable,
      status: 'in-force',
      reason:
        'Nigeria hands over Nada, the first of the 33 villages; two more on 16 December against one from Cameroon, the rest on 18 December.',
    },
    [S.tnhDec9],
  ),
  ev(
    'StatementMade',
    'stmt-ajibola-2003-12-18',
    { occurredAt: '2003-12-18', recordedAt: rec('2003-12-19', '16:00') },
    {
      speaker: AJIBOLA,
      audience: 'cameroon',
      tone: 'conciliatory',
      summary:
        'Nigeria has handed over 32 Lake Chad villages (Cameroon one village to Nigeria): "What we have done is unique in matters that are usually only resolved through wars"; Nigeria will cooperate to implement every aspect of the ruling.',
    },
    [S.bbcDec19],
  ),
  // ===== June 2005: the incidents in Bakassi =====
  ev(
    'IncidentReported',
    'inc-2005-06-17',
    { occurredAt: '2005-06-17', recordedAt: rec('2005-06-23', '12:00') },
    {
      incidentId: 'bakassi-2005-06-17',
      kind: 'clash',
      perpetrator: 'nigeria',
      allegedBy: 'cameroon',
      against: 'cameroon',
      place: PLACE,
      fatalities: { min: 1, max: 1 },
      description:
        'By Cameroon, one of "repeated acts of aggression by the Nigerian armed forces" (5, 17, 18 and 21 June); a Cameroonian soldier killed on the 17th. Nigeria\'s military first called the incidents clashes between Cameroonian troops and Nigerian fishermen.',
    },
    [graded(S.irinJun23, 3)],
  ),
  ev(
    'IncidentReported',
    'inc-2005-06-21',
    { occurredAt: '2005-06-21', recordedAt: rec('2005-06-23', '12:05') },
    {
      incidentId: 'bakassi-2005-06-21',
      kind: 'clash',
      perpetrator: 'nigeria',
      allegedBy: 'cameroon',
      against: 'cameroon',
      place: PLACE,
      description:
        'The last of the incidents Cameroon lists; serious injuries and material damage over the month, no toll given for the day.',
    },
    [graded(S.irinJun23, 3)],
  ),
  ev(
    'StatementMade',
    'stmt-mbonjo-2005-06-22',
    { occurredAt: '2005-06-22', recordedAt: rec('2005-06-23', '12:10') },
    {
      speaker: MBONJO,
      audience: 'nigeria',
      tone: 'accusation',
      summary:
        'On state television: "serious incidents occurred in the Bakassi peninsula … following repeated acts of aggression by the Nigerian armed forces", a "flagrant violation" of the 2002 ruling; Cameroon will complain to the Security Council.',
    },
    [S.irinJun23],
  ),
  ev(
    'StatementMade',
    'stmt-oyo-2005-06-23',
    { occurredAt: '2005-06-23', recordedAt: rec('2005-06-23', '12:15') },
    {
      speaker: OYO,
      audience: 'cameroon',
      tone: 'conciliatory',
      summary:
        'Obasanjo and Biya have spoken and agreed that a full investigation of the killing of 17 June is required "to correctly identify the real culprits and bring them to justice".',
    },
    [S.irinJun23],
  ),
  // ===== 2006: Greentree and the withdrawal =====
  ev(
    'ActorRegistered',
    'actor-usa',
    { occurredAt: '2006-06-12', recordedAt: rec('2006-06-14', '10:00') },
    { actor: USA, role: 'observer' },
    [S.toiJun13],
    { note: 'A witness state of the Greentree Agreement, on its follow-up committee.' },
  ),
  ev(
    'ActorRegistered',
    'actor-uk',
    { occurredAt: '2006-06-12', recordedAt: rec('2006-06-14', '10:01') },
    { actor: UK, role: 'observer' },
    [S.toiJun13],
  ),
  ev(
    'ActorRegistered',
    'actor-france',
    { occurredAt: '2006-06-12', recordedAt: rec('2006-06-14', '10:02') },
    { actor: FRANCE, role: 'observer' },
    [S.toiJun13],
  ),
  ev(
    'ActorRegistered',
    'actor-germany',
    { occurredAt: '2006-06-12', recordedAt: rec('2006-06-14', '10:03') },
    { actor: GERMANY, role: 'observer' },
    [S.toiJun13],
  ),
  ev(
    'TalksRoundOpened',
    'round-greentree-opened',
    { occurredAt: '2006-06-12', recordedAt: rec('2006-06-14', '10:05') },
    {
      roundId: R.greentree,
      label: 'Greentree summit with the Secretary-General',
      venue: 'Greentree Estate, Manhasset, New York',
      format: 'formal',
      hosts: ['un'],
      delegations: [
        { actorId: 'cameroon', head: BIYA },
        { actorId: 'nigeria', head: OBASANJO },
      ],
    },
    [S.toiJun13],
    { occurrence: R.greentree },
  ),
  ev(
    'TalksRoundConcluded',
    'round-greentree-concluded',
    { occurredAt: '2006-06-12', recordedAt: rec('2006-06-14', '10:06') },
    {
      roundId: R.greentree,
      outcome: 'agreement',
      summary: 'After "intensive mediation over the weekend" by Annan, the presidents sign the agreement on Bakassi.',
    },
    [S.toiJun13, S.fidesJun14],
    { occurrence: R.greentree },
  ),
  ev(
    'AgreementReached',
    'agr-greentree',
    { occurredAt: '2006-06-12', recordedAt: rec('2006-06-14', '10:07') },
    {
      agreementId: A.greentree,
      kind: 'comprehensive',
      provisions: [
        "Nigeria recognises Cameroon's sovereignty over the Bakassi Peninsula under the judgment of 10 October 2002",
        'Nigeria withdraws its armed forces within 60 days, extendable by up to 30 days by the Secretary-General',
        'Nigeria keeps its civil administration and police in the rest of the peninsula for two years, under a special transitional regime',
        "Cameroon guarantees the Nigerian residents' rights; a follow-up committee with the UN and the witness states (France, Germany, the United Kingdom, the United States)",
      ],
      signatories: ['cameroon', 'nigeria'],
      textPublic: true,
      roundId: R.greentree,
      status: 'signed',
    },
    [S.toiJun13, S.fidesJun14],
    { occurrence: R.greentree },
  ),
  ev(
    'PositionTaken',
    'pos-nigeria-accepts',
    { occurredAt: '2006-06-12', recordedAt: rec('2006-06-14', '10:08') },
    {
      demandId: D.withdraw,
      actorId: 'nigeria',
      stance: 'accepted',
      speaker: OBASANJO,
      quote: 'The agreement is a model for solving similar disputes in Africa and the rest of the world',
    },
    [S.fidesJun14, S.toiJun13],
    { occurrence: R.greentree },
  ),
  ev(
    'StatementMade',
    'stmt-chukwuma-2006-08-07',
    { occurredAt: '2006-08-07', recordedAt: rec('2006-08-08', '12:00') },
    {
      speaker: CHUKWUMA,
      audience: 'cameroon',
      tone: 'neutral',
      summary:
        'The Nigerian troops have started to leave Bakassi; up to 3,000 will have left by next Monday, with a ceremony then.',
    },
    [S.bbcAug8],
  ),
  ev(
    'StatementMade',
    'stmt-nigeria-2004-09',
    { occurredAt: '2004-09', recordedAt: rec('2006-08-12', '12:00') },
    {
      speaker: NIGERIA_DEFENCE,
      audience: 'cameroon',
      tone: 'neutral',
      summary:
        'Nigeria misses the September 2004 date on which the peninsula was first due to change hands, citing "technical difficulties"; two years of stalemate follow.',
    },
    [S.reutersAug12],
    { note: 'Known from Reuters in 2006; no dated report from 2004 was found. Month-only.' },
  ),
  ev(
    'AgreementStatusChanged',
    'agr-greentree-in-force',
    { occurredAt: '2006-08-14', recordedAt: rec('2006-08-14', '18:00') },
    {
      agreementId: A.greentree,
      status: 'in-force',
      reason:
        "The Nigerian troops complete their withdrawal; at Archibong the Nigerian flag is lowered and Cameroon's raised over the northern part of the peninsula, the rest staying under Nigerian civil administration for two years.",
    },
    [S.bbcAug14, S.unNewsAug11],
  ),
  ev(
    'StatementMade',
    'stmt-ojo-2006-08-14',
    { occurredAt: '2006-08-14', recordedAt: rec('2006-08-14', '18:05') },
    {
      speaker: OJO,
      audience: 'cameroon',
      tone: 'conciliatory',
      summary:
        'Signing the transfer documents with Maurice Kamto: "We yield ground in order to give way to peace. We give land in order to give room for life."',
    },
    [S.aljazeeraAug14],
  ),
  // ===== 2007–2008: the gunmen, and the final handover =====
  ev(
    'ActorRegistered',
    'actor-gunmen',
    { occurredAt: '2007-11-12', recordedAt: rec('2007-11-13', '18:00') },
    { actor: GUNMEN, role: 'third-party' },
    [S.reutersNov13],
    { note: 'Unidentified; no one claimed the attack.' },
  ),
  ev(
    'IncidentReported',
    'inc-gunmen-2007-11-12',
    { occurredAt: '2007-11-12', recordedAt: rec('2007-11-13', '18:05') },
    {
      incidentId: 'bakassi-gunmen-2007-11-12',
      kind: 'militant-attack',
      perpetrator: 'bakassi-gunmen',
      against: 'cameroon',
      place: PLACE,
      fatalities: { min: 19, max: 21 },
      injured: { min: 6, max: 8 },
      description:
        'Gunmen in boats attack Cameroonian soldiers: 19 killed by a Nigerian government source, 21 by a Cameroonian military source, which spoke of "a suspected militant group from Nigeria"; about ten attackers killed when the soldiers returned fire.',
    },
    [S.reutersNov13],
  ),
  ev(
    'StatementMade',
    'stmt-giwa-amu-2007-11-13',
    { occurredAt: '2007-11-13', recordedAt: rec('2007-11-13', '18:10') },
    {
      speaker: GIWA_AMU,
      audience: 'cameroon',
      tone: 'conciliatory',
      summary:
        'No member of the Nigerian armed forces was involved; the attackers could be Nigerian criminals. "We are willing to cooperate with Cameroon to investigate this incident. All our resources are at their disposal."',
    },
    [S.reutersNov13],
  ),
  ev(
    'StatementMade',
    'stmt-cameroon-presidency-2007-11-13',
    { occurredAt: '2007-11-13', recordedAt: rec('2007-11-14', '12:00') },
    {
      speaker: CAMEROON_PRESIDENCY,
      audience: 'domestic audience',
      tone: 'neutral',
      summary:
        '21 Cameroonians, soldiers among them, killed by "unknown men"; investigations opened, a fuller reaction only after them.',
    },
    [S.voaNov14],
  ),
  ev(
    'StatementMade',
    'stmt-esso-2007-11-14',
    { occurredAt: '2007-11-14', recordedAt: rec('2007-11-14', '12:05') },
    {
      speaker: ESSO,
      audience: 'nigeria',
      tone: 'neutral',
      summary:
        'The attackers were unidentified individuals aboard boats who apparently were not soldiers; Cameroon and Nigeria work together to find the killers.',
    },
    [S.bbcNov14],
  ),
  ev(
    'ActorRegistered',
    'actor-nddsc',
    { occurredAt: '2008-07-25', precision: 'approximate', recordedAt: rec('2008-07-26', '12:00') },
    { actor: NDDSC, role: 'third-party' },
    [S.bbcJul26],
    { note: 'A Nigerian armed group opposed to the handover; not an arm of the Nigerian state.' },
  ),
  ev(
    'IncidentReported',
    'inc-nddsc-2008-07',
    { occurredAt: '2008-07-25', precision: 'approximate', recordedAt: rec('2008-07-26', '12:05') },
    {
      incidentId: 'nddsc-attack-2008-07',
      kind: 'militant-attack',
      perpetrator: 'nddsc',
      against: 'cameroon',
      place: PLACE,
      fatalities: { min: 1, max: 1 },
      description:
        'Gunmen in three speedboats attack Cameroonian positions, the second attack within a week; at least one Cameroonian soldier killed; Cameroon says ten attackers killed, the NDDSC four. Dated from the report (Saturday 26 July: "have killed").',
    },
    [S.bbcJul26],
  ),
  ev(
    'TalksRoundOpened',
    'round-calabar-opened',
    { occurredAt: '2008-08-14', recordedAt: rec('2008-08-14', '18:00') },
    {
      roundId: R.calabar,
      label: 'Calabar handover ceremony',
      venue: 'Calabar',
      format: 'formal',
      hosts: ['un'],
      delegations: [
        { actorId: 'cameroon', head: KAMTO },
        { actorId: 'nigeria', head: AONDOAKAA },
      ],
    },
    [S.france24Aug14],
    { occurrence: R.calabar },
  ),
  ev(
    'TalksRoundConcluded',
    'round-calabar-concluded',
    { occurredAt: '2008-08-14', recordedAt: rec('2008-08-14', '18:01') },
    {
      roundId: R.calabar,
      outcome: 'agreement',
      summary:
        'The justice ministers sign the legal paperwork handing the rest of Bakassi to Cameroon, ending the transitional period; Ban Ki-moon\'s message: "a day of triumph for the rule of law".',
    },
    [S.france24Aug14, S.rfiAug14],
    { occurrence: R.calabar },
  ),
  ev(
    'StatementMade',
    'stmt-yaradua-2008-08-14',
    { occurredAt: '2008-08-14', recordedAt: rec('2008-08-14', '18:05') },
    {
      speaker: YARADUA,
      audience: 'domestic audience',
      tone: 'conciliatory',
      summary:
        '"This handing-over process, as painful as it is for everyone including the president, is a commitment we have made to the international community and we have a responsibility to keep it."',
    },
    [S.rfiAug14],
  ),
  // ===== Backfilled from a 2018 post: February 1994 and May 1996 =====
  ev(
    'IncidentReported',
    'inc-clash-1994-02',
    { occurredAt: '1994-02', recordedAt: rec('2018-02-04', '12:00') },
    {
      incidentId: 'clash-1994-02',
      kind: 'clash',
      perpetrator: 'nigeria',
      against: 'cameroon',
      place: PLACE,
      description:
        '"In February 1994, Nigerian troops overran three Cameroonian controlled islands, killing scores and occupying the islands." No count, no day in the source.',
    },
    [S.defensenigeria2018],
  ),
  ev(
    'IncidentReported',
    'inc-clash-1996-05-04',
    { occurredAt: '1996-05-04', recordedAt: rec('2018-02-04', '12:05') },
    {
      incidentId: 'clash-1996-05-04',
      kind: 'clash',
      perpetrator: 'cameroon',
      allegedBy: 'nigeria',
      against: 'nigeria',
      place: PLACE,
      fatalities: { min: 55, max: 55 },
      description:
        'Fighting from 4 May into the morning of 7 May: Cameroonian long-range artillery, Nigerian helicopter gunships and gunboats; 50 Nigerian soldiers killed and nearly as many captured, five Cameroonian soldiers killed. Nigeria said Cameroon set off the clashes, in their third week, by firing on a patrol vehicle.',
    },
    [S.defensenigeria2018],
    { note: 'One blog post, which misprints the year as 2006; graded D3.' },
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'cameroon-nigeria-1994.jsonl',
  logEnd: '2018-02-05T00:00:00Z',
  events,
};

export default definition;
