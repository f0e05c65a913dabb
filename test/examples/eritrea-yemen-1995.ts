/**
 * A test fixture, not a shipped example: Eritrea and Yemen over the Hanish
 * islands in the southern Red Sea, from Yemen's reinforced garrison on
 * Greater Hanish (early November 1995, guarding a German company's hotel and
 * diving-centre project) and Eritrea's demand that it leave at once, through
 * the Eritrean invasion of the island and the three days of fighting (15–17
 * December 1995: warships and aircraft on both sides, 12 to 16 killed in the
 * press of the time, some 180–196 Yemeni soldiers and 17 civilians taken
 * prisoner), the truce from dawn on 18 December, the prisoners sent home (30
 * December), the mediation of France (Francis Gutmann), Ethiopia, Egypt and
 * the UN Secretary-General, the agreement to go to arbitration (1 May 1996)
 * and the Agreement on Principles signed in Paris (21 May 1996), the Eritrean
 * landing on Lesser Hanish (10 August 1996), Yemen's threat and Eritrea's
 * withdrawal (28 August), the arbitration agreement (3 October 1996, in force
 * a month later), the tribunal's award on sovereignty (9 October 1998: the
 * Hanish–Zuqar group to Yemen), Eritrea's hand-over of Greater Hanish (1
 * November 1998) and President Isaias's visit to Aden, the award on the
 * maritime boundary (17 December 1999), and the seizures of Yemeni fishing
 * boats by Eritrea in July 2001. Escalation model v2 was never tuned on it:
 * it is the case the model is held to in eritrea-yemen-1995.spec.ts, against
 * the calls an analyst makes from DOMAIN.md §5b alone.
 *
 * The parties are Eritrea and Yemen. Mediators: France (President Chirac's
 * envoy Francis Gutmann; France witnessed the Agreement on Principles),
 * Ethiopia and Egypt (mediators, and witnesses of the agreement), the United
 * Nations (the Secretary-General's visits and offer, his envoy Lansana
 * Kouyaté; the Security Council's order is recorded as the UN's). Third
 * parties: the Arab League and the OAU (their "war of words" over the
 * islands, no dated act of theirs found), and the arbitral tribunal under the
 * Permanent Court of Arbitration (its two awards). The Eritrea – Ethiopia war
 * of 1998–2000 is not this pair's and is not recorded. No other fixture
 * records this case (eritrea-djibouti-2008 is Eritrea's later war with
 * another neighbour).
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source.
 *
 * Grading as in examples/README.md: A = a primary document (the French
 * foreign ministry's communiqués on the agreements); B = an established
 * outlet (AP, Reuters, the Chicago Tribune, NRC Handelsblad, The Independent,
 * IPS, BBC, IRIN) or the UN's own press releases; C = an encyclopedia, a
 * party's or a partisan paper (the Yemen Times, the Eritrean foreign
 * ministry's release), or a copy on an archive site (Middle East
 * International articles on al-bab.com, Reuters copies on oocities). 2 =
 * several sources agree or one established source reports it; 3 = one
 * side's claim, or a count or date the sources disagree on.
 *
 * Dates of sources: contemporary reports by their own date. Wikipedia is
 * given a lower bound from its own content: the day of the development it is
 * cited for, as the other fixtures do; so is the ikuska.com chronology (an
 * undated Spanish page, cited only beside Wikipedia for the day of the
 * Security Council's order). The Independent's report ("Battle over
 * Red Sea islands", Reuters) carries no date on the copy read: it reports the
 * Yemeni account of the first day, and is dated 18 December, the latest day
 * it can have appeared, so that no event cites it before it existed.
 *
 * Judgement calls, recorded as an analyst would:
 * - The ultimatum: NRC (18 December) says that after Yemen reinforced its
 *   garrison "at the beginning of November", Eritrea, which holds the islands
 *   to be its own, did not accept it and demanded the immediate departure of
 *   all Yemeni civilians and soldiers. No source read dates the demand or
 *   gives a deadline: it is dated approximately 20 November (after the
 *   reinforcement, before Yemen's foreign minister met three Eritrean
 *   officials in Sanaa on 22 November "to discuss the problem"), with no
 *   deadline, and resolved `enforced` when Eritrea had taken the island (17
 *   December). The garrison's reinforcement is a `force-posture` by Yemen,
 *   dated approximately 5 November.
 * - The invasion is `scale: 'major'`: its sources call it "the invasion"
 *   (Wikipedia: "two rounds of talks had taken place before the invasion";
 *   Middle East International: "for the invasion the Eritreans used all the
 *   seaworthy vessels they had"), and Reuters (The Independent) "a fierce
 *   battle with warships and aircraft". Nothing else is recorded major.
 * - One place, written one way: "Greater Hanish" for every act of the
 *   fighting, the Eritrean warships' fire on the Yemeni positions and the
 *   Yemeni air strikes on the warships "around Greater Hanish" included; the
 *   landing of August 1996 is at "Lesser Hanish". The Russian merchant ship
 *   hit during the fighting is not recorded: no date or side is given.
 * - The toll: the press of the time gives "at least 12" dead (Reuters) and
 *   "16 soldiers" killed over the weekend (AP, Chicago Tribune); Wikipedia's
 *   infobox now gives 12 Eritrean and 15 Yemeni dead (an older version:
 *   none Eritrean). Recorded as one count over 15–17 December of 12–27
 *   killed, with no side named as perpetrator (graded 3: the counts
 *   disagree), not as the toll of any one day's act: no source gives the
 *   dead of a day.
 * - The prisoners (Eritrea: 180 held on 18 December; AP: about 195 soldiers
 *   and 17 civilians flown home on 30 December) are kept in the descriptions
 *   of the capture and of the release: the catalogue has no kind for them.
 *   The release is Eritrea's conciliatory act, recorded as its statement.
 * - The truce: agreed by the two presidents on Sunday 17 December (with a
 *   four-member commission, two Americans among them by the BBC's account,
 *   to watch it), in effect from dawn on Monday 18 December (03:00 UTC).
 *   Yemen's claim that Eritrea broke it by taking the island on the 18th is a
 *   reported violation with no casualties; Eritrea says the island was in its
 *   hands before the truce. The capture is dated 17 December, as Wikipedia
 *   dates the end of the fighting.
 * - The Agreement on Principles: its terms approved on 1 May 1996 (the
 *   French communiqué: `text-agreed`), signed in Paris on 21 May (`signed`).
 *   The arbitration agreement (compromis) signed on 3 October 1996 enters
 *   into force a month later (`in-force` 3 November). The awards of the
 *   tribunal are the tribunal's statements (a third party's); the parties'
 *   acceptance is recorded as their positions on the demand to settle by
 *   arbitration and abide by the award, and Eritrea's hand-over as its
 *   acceptance of Yemen's demand to withdraw from Greater Hanish.
 * - Lesser Hanish: Wikipedia dates the landing 10 August 1996 (IPS: "early
 *   August"): "The French mediation effort almost collapsed when, on 10
 *   August, Eritrean forces occupied Hanish al-Saghir." Recorded as an
 *   Eritrean `occupation` against Yemen at "Lesser Hanish" (troops landed on
 *   an island Yemen held, no fire reported; first recorded as a
 *   `force-posture`, for want of a kind for ground taken without fire, and
 *   changed when the catalogue gained `occupation`). Its end is Eritrea's
 *   `withdrawal` from "Lesser Hanish", dated 28 August by IPS (29 August):
 *   "U.N spokeswoman Sylvana Foa said as of Wednesday, Eritrea had withdrawn
 *   from the Lesser Hanish, thus ending the crisis triggered by occupation of
 *   that disputed territory." Yemen's threat of
 *   military action is undated in the sources read: approximately 15 August.
 *   The Security Council's order is dated approximately 24 August (the
 *   ikuska.com chronology, graded 3); the withdrawal by 28 August (the UN
 *   spokeswoman, IPS).
 * - Nothing is recorded for 1997: no dated development between the parties
 *   was found while the tribunal sat. Eritrea held Greater Hanish throughout,
 *   but took it by fire (the invasion of December 1995), not without: it is
 *   not recorded as an `occupation`, and the analyst's calls of 1996–98 read
 *   the arbitration as carried out while Eritrea held it.
 * - The fishing seizures of July 2001 (nearly 130 Yemeni boats seized since
 *   the start of the month, fishermen detained "last week" as of 30 July and
 *   then released) are one `non-lethal-force` by Eritrea against Yemen, dated
 *   approximately 23 July: no weapon fire is reported.
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'eritrea-yemen-1995';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 1995);
/** A recordedAt on a given day (the case spans several years). */
const rec = (day: string, time: string): string => `${day}T${time}:00Z`;

const ERITREA: Actor = { id: 'eritrea', name: 'Eritrea', kind: 'state', aliases: ['Asmara', 'State of Eritrea'] };
const YEMEN: Actor = { id: 'yemen', name: 'Yemen', kind: 'state', aliases: ["Sana'a", 'Republic of Yemen'] };
const FRANCE: Actor = { id: 'france', name: 'France', kind: 'state', aliases: ['Paris'] };
const ETHIOPIA: Actor = { id: 'ethiopia', name: 'Ethiopia', kind: 'state', aliases: ['Addis Ababa'] };
const EGYPT: Actor = { id: 'egypt', name: 'Egypt', kind: 'state', aliases: ['Cairo'] };
const UN: Actor = {
  id: 'un',
  name: 'United Nations',
  kind: 'international-organisation',
  aliases: ['UN', 'UN Security Council'],
};
const ARAB_LEAGUE: Actor = {
  id: 'arab-league',
  name: 'League of Arab States',
  kind: 'international-organisation',
  aliases: ['Arab League'],
};
const OAU: Actor = {
  id: 'oau',
  name: 'Organisation of African Unity',
  kind: 'international-organisation',
  aliases: ['OAU'],
};
const TRIBUNAL: Actor = {
  id: 'eritrea-yemen-tribunal',
  name: 'Eritrea – Yemen Arbitral Tribunal (Permanent Court of Arbitration)',
  kind: 'international-organisation',
  aliases: ['Permanent Court of Arbitration', 'the arbitration tribunal'],
};

const YEMEN_GOV: Person = { name: 'Government of Yemen', actorId: 'yemen' };
const ERITREA_GOV: Person = { name: 'Government of Eritrea', actorId: 'eritrea' };
const ISAIAS: Person = { name: 'Isaias Afwerki', title: 'President of Eritrea', actorId: 'eritrea' };
const BEYENE: Person = { name: 'Beyene Russom', title: 'Eritrean ambassador in Kenya', actorId: 'eritrea' };
const YEMANE: Person = { name: 'Yemane Gebremeskel', title: 'Aide to President Isaias', actorId: 'eritrea' };
const ERITREA_ASSEMBLY: Person = { name: 'Eritrean National Assembly', actorId: 'eritrea' };
const BAJAMMAL: Person = {
  name: 'Abdul-Qader Ba-Jammal',
  title: 'Foreign Minister of Yemen',
  actorId: 'yemen',
};
const ERITREA_MFA: Person = { name: 'Eritrean Ministry of Foreign Affairs', actorId: 'eritrea' };
const YAFAEE: Person = { name: 'Saeed Yafaee', title: 'Yemeni Minister of Maritime Affairs', actorId: 'yemen' };
const UNSC: Person = { name: 'UN Security Council', actorId: 'un' };
const UN_SPOKESWOMAN: Person = { name: 'Sylvana Foa', title: 'UN spokeswoman', actorId: 'un' };
const TRIBUNAL_BENCH: Person = {
  name: 'The Arbitral Tribunal (Sir Robert Jennings, President)',
  actorId: 'eritrea-yemen-tribunal',
};

const WP_URL = 'https://en.wikipedia.org/wiki/Hanish_Islands_conflict';
/** The Wikipedia article on the conflict, dated by the development it is cited for (see the header). */
const wp = (day: string) => source('Hanish Islands conflict', 'Wikipedia', WP_URL, day, 'C', 2);

const S = {
  nrc1218: source(
    'Jemen en Eritrea raken slaags over eilandgroep',
    'NRC Handelsblad',
    'https://www.nrc.nl/nieuws/1995/12/18/jemen-en-eritrea-raken-slaags-over-eilandgroep-7292416-a1333273',
    '1995-12-18',
    'B',
    2,
  ),
  indep: source(
    'Battle over Red Sea islands',
    'The Independent (Reuters)',
    'http://www.independent.co.uk/news/world/battle-over-red-sea-islands-1526359.html',
    '1995-12-18',
    'B',
    3,
  ),
  ctWarships: source(
    'Eritrean Warships Reportedly Attacked',
    'Chicago Tribune',
    'http://articles.chicagotribune.com/1995-12-18/news/9512180143_1_eritrean-red-sea-warships',
    '1995-12-18',
    'B',
    3,
  ),
  ctTruce: source(
    'Conflict Over Island In Red Sea',
    'Chicago Tribune',
    'http://articles.chicagotribune.com/1995-12-18/news/9512190021_1_eritrean-fighting-yemeni',
    '1995-12-18',
    'B',
    2,
  ),
  ct1219: source(
    'Red Sea Island Dispute Heats Up',
    'Chicago Tribune',
    'http://articles.chicagotribune.com/1995-12-19/news/9512190235_1_eritrean-red-sea-truce',
    '1995-12-19',
    'B',
    2,
  ),
  ap1231: source(
    'Eritrea Releases Prisoners In A Goodwill Gesture',
    'The Spokesman-Review (Associated Press)',
    'http://www.spokesman.com/stories/1995/dec/31/eritrea-releases-prisoners-in-a-goodwill-gesture/',
    '1995-12-31',
    'B',
    2,
  ),
  unSg0102: source(
    'Secretary-General arrives in Cairo after visiting Yemen and Eritrea (SG/T/2016/Rev.1)',
    'United Nations',
    'https://press.un.org/en/1996/19960102.sgt2016.html',
    '1996-01-02',
    'B',
    2,
  ),
  unDh0102: source(
    'Daily highlights for 2 January 1996 (DH/2051)',
    'United Nations',
    'https://press.un.org/en/1996/19960102.dh2051.html',
    '1996-01-02',
    'B',
    2,
  ),
  meiClash: source(
    'Clash over islands (Middle East International)',
    'al-bab.com (Brian Whitaker)',
    'https://al-bab.com/articles-section/clash-over-islands',
    '1996-01-05',
    'C',
    2,
  ),
  meiFrench: source(
    'French mediation (Middle East International, 2 February 1996)',
    'al-bab.com (Brian Whitaker)',
    'https://al-bab.com/albab-orig/albab/yemen/artic/mei16.htm',
    '1996-02-02',
    'C',
    2,
  ),
  meiCouncil: source(
    'To the Security Council (Middle East International, 1 March 1996)',
    'al-bab.com (Brian Whitaker)',
    'https://al-bab.com/albab-orig/albab/yemen/artic/mei17.htm',
    '1996-03-01',
    'C',
    2,
  ),
  mfa0501: source(
    'Communiqué du ministère des affaires étrangères, en date du 1er mai 1996, sur l’accord entre le Yémen et l’Erythrée sur leur différend territorial',
    'vie-publique.fr (French Ministry of Foreign Affairs)',
    'https://www.vie-publique.fr/discours/132990-communique-du-ministere-des-affaires-etrangeres-en-date-du-1er-mai-1996',
    '1996-05-01',
    'A',
    2,
  ),
  meiShuttle: source(
    'Shuttle diplomacy (Middle East International)',
    'al-bab.com (Brian Whitaker)',
    'https://al-bab.com/articles-section/shuttle-diplomacy',
    '1996-05-03',
    'C',
    2,
  ),
  ips0829: source(
    'YEMEN-ERITREA: Hanish Islands Conflict Ends, Questions Remain',
    'Inter Press Service',
    'http://www.ipsnews.net/1996/08/yemen-eritrea-hanish-islands-conflict-ends-questions-remain/',
    '1996-08-29',
    'B',
    2,
  ),
  ikuska: source(
    'Eritrea - Yemen: Disputa por la posesión de varias islas en el archipiélago de Hannish y Zukur',
    'ikuska.com',
    'http://ikuska.com/Africa/Historia/conflictos/fronteras21.htm',
    '1996-08-24',
    'C',
    3,
  ),
  mfa1003: source(
    'Communiqué du ministère des affaires étrangères, en date du 3 octobre 1996, sur la signature du texte du compromis d’arbitrage entre l’Erythrée et le Yémen',
    'vie-publique.fr (French Ministry of Foreign Affairs)',
    'https://www.vie-publique.fr/discours/161778-communique-du-ministere-des-affaires-etrangeres-en-date-du-3-octobre-19',
    '1996-10-03',
    'A',
    2,
  ),
  yt0223: source(
    'Decision on Hunaish Next May',
    'Yemen Times',
    'https://yementimes.com/decision-on-hunaish-next-may-archives1998-08-front-page-3/',
    '1998-02-23',
    'C',
    2,
  ),
  reuters1009: source(
    'Yemen says it wins in island row with Eritrea; Text of arbitration Yemen, Eritrea ruling (Reuters, 9 October 1998)',
    'oocities.org (Reuters copy)',
    'https://www.oocities.org/~dagmawi/News/News_Oct9_Yemen.html',
    '1998-10-09',
    'C',
    2,
  ),
  yt1012: source(
    'Yemen Retains Sovereignty Over Hunaish: WE WON!',
    'Yemen Times',
    'https://yementimes.com/yemen-retains-sovereignty-over-hunaish-we-won-archives1998-41-front-page-4',
    '1998-10-12',
    'C',
    2,
  ),
  bbc1101: source(
    'Yemen flag raised on island',
    'BBC News',
    'http://news.bbc.co.uk/2/hi/205757.stm',
    '1998-11-01',
    'B',
    2,
  ),
  yt1109: source(
    'Yemeni-Eritrean Relations: A FRESH START',
    'Yemen Times',
    'https://yementimes.com/yemeni-eritrean-relations-a-fresh-start-archives1998-45-front-page-4/',
    '1998-11-09',
    'C',
    2,
  ),
  eriMfa1220: source(
    'Press release: Tribunal decides maritime boundary between Eritrea and Yemen in the Red Sea to constitute median from coastlines',
    'dehai.org (Eritrean Ministry of Foreign Affairs)',
    'http://dehai.org/conflict/goe/mofa/mofa_122099.htm',
    '1999-12-20',
    'C',
    2,
  ),
  yt0730: source(
    'Eritrea Release Yemeni Fishermen',
    'Yemen Times',
    'https://yementimes.com/eritrea-release-yemeni-fishermen-archives2001-31-local-news-3/',
    '2001-07-30',
    'C',
    2,
  ),
  irin: source(
    'Eritrea-Yemen: Yemeni fishermen released',
    'IRIN (The New Humanitarian)',
    'https://www.thenewhumanitarian.org/report/24089/eritrea-yemen-yemeni-fishermen-released',
    '2001-07-31',
    'B',
    2,
  ),
};

const P = { greater: 'Greater Hanish', lesser: 'Lesser Hanish', fishing: 'Southern Red Sea fishing grounds' };
const D = {
  leave: 'eritrea-yemen-leave-greater-hanish-1995-11',
  withdraw: 'yemen-eritrea-withdraw-greater-hanish-1995-12',
  arbitrate: 'france-arbitrate-and-abide-1996-01',
};
const U = { leave: 'eritrea-ultimatum-greater-hanish-1995-11' };
const R = { sanaa: 'sanaa-meeting-1995-11-22', aden: 'isaias-aden-visit-1998-11', asmara: 'ghanem-asmara-2001-07' };
const A = {
  truce: 'hanish-truce-1995-12-17',
  principles: 'paris-agreement-on-principles-1996',
  compromis: 'arbitration-agreement-1996-10-03',
  fishing: 'fishing-committee-2001-07',
};
const CF = { truce: 'hanish-ceasefire-1995-12-18' };

const events = [
  // ===== November 1995: the garrison and the demand =====
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '1995-11-05', precision: 'approximate', recordedAt: rec('1995-12-18', '20:00') },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Eritrea – Yemen, the Hanish islands: the three-day war, mediation and arbitration, 1995–2001',
      subject:
        'Sovereignty over the Zuqar–Hanish islands in the southern Red Sea: Yemen’s garrison and tourist project on Greater Hanish, the Eritrean invasion of December 1995, the mediation of France, Ethiopia, Egypt and the UN, the arbitration agreed in 1996 and its two awards (1998, 1999), and the fishing disputes after',
      parties: [ERITREA, YEMEN],
      mediators: [FRANCE, ETHIOPIA, EGYPT],
    },
    [S.nrc1218],
  ),
  ev(
    'IncidentReported',
    'inc-garrison',
    { occurredAt: '1995-11-05', precision: 'approximate', recordedAt: rec('1995-12-18', '20:05') },
    {
      incidentId: 'yemen-garrison-greater-hanish-1995-11',
      kind: 'force-posture',
      perpetrator: 'yemen',
      against: 'eritrea',
      place: P.greater,
      description:
        'At the beginning of November Yemen reinforces its garrison on Greater Hanish (some 200 men), apparently tied to plans, with foreign investors, to make the island a tourist attraction: a German company under Yemeni auspices is building a hotel and scuba-diving centre there.',
    },
    [S.nrc1218, wp('1995-11-05')],
  ),
  ev(
    'DemandTabled',
    'dem-leave',
    { occurredAt: '1995-11-20', precision: 'approximate', recordedAt: rec('1995-12-18', '20:10') },
    {
      demandId: D.leave,
      by: 'eritrea',
      addressedTo: ['yemen'],
      text: 'All Yemeni civilians and soldiers leave Greater Hanish at once.',
      category: 'territorial',
    },
    [S.nrc1218],
  ),
  ev(
    'UltimatumIssued',
    'ult-leave',
    { occurredAt: '1995-11-20', precision: 'approximate', recordedAt: rec('1995-12-18', '20:15') },
    {
      ultimatumId: U.leave,
      by: 'eritrea',
      to: ['yemen'],
      demandIds: [D.leave],
      consequences:
        'None stated in the sources read; Eritrea, which holds the islands to be its own, does not accept the reinforced garrison.',
    },
    [S.nrc1218],
    {
      note: 'Undated in the sources read: after the reinforcement of early November, before the Sanaa meeting of 22 November.',
    },
  ),
  ev(
    'TalksRoundOpened',
    'round-sanaa-opened',
    { occurredAt: '1995-11-22', recordedAt: rec('1995-12-18', '20:20') },
    {
      roundId: R.sanaa,
      label: 'Yemeni foreign minister meets three Eritrean officials in Sanaa',
      venue: "Sana'a",
      format: 'informal',
    },
    [wp('1995-11-22')],
  ),
  ev(
    'TalksRoundConcluded',
    'round-sanaa-concluded',
    { occurredAt: '1995-11-22', recordedAt: rec('1995-12-18', '20:25') },
    {
      roundId: R.sanaa,
      outcome: 'no-progress',
      summary:
        'Foreign Minister Abd al-Karim al-Iryani and three Eritrean officials discuss the problem; no outcome is reported, and the negotiations planned for February never take place.',
    },
    [wp('1995-11-22')],
  ),
  // ===== 15–17 December 1995: the invasion and the fighting =====
  ev(
    'IncidentReported',
    'inc-invasion',
    { occurredAt: '1995-12-15', recordedAt: rec('1995-12-18', '20:30') },
    {
      incidentId: 'eritrean-invasion-greater-hanish-1995-12-15',
      kind: 'clash',
      perpetrator: 'eritrea',
      against: 'yemen',
      target: 'The Yemeni garrison on Greater Hanish',
      place: P.greater,
      scale: 'major',
      description:
        'Eritrean forces launch an assault on Greater Hanish on Friday (Yemeni sources): "the invasion" (Wikipedia), with warships and, by Yemen’s account, thousands of men brought by a fleet of naval and civilian vessels; Reuters reports "a fierce battle with warships and aircraft over disputed islands".',
    },
    [S.ctWarships, S.nrc1218, wp('1995-12-15')],
  ),
  ev(
    'IncidentReported',
    'inc-warship-fire',
    { occurredAt: '1995-12-16', precision: 'approximate', recordedAt: rec('1995-12-18', '20:35') },
    {
      incidentId: 'eritrean-warships-fire-greater-hanish-1995-12-16',
      kind: 'shelling',
      perpetrator: 'eritrea',
      allegedBy: 'yemen',
      against: 'yemen',
      target: 'Yemeni positions on Greater Hanish',
      place: P.greater,
      description:
        'Yemeni military sources say Eritrean forces are firing on Yemeni positions on Greater Hanish from warships, and deny that they have landed; the Yemeni garrison is said to be holding out.',
    },
    [S.indep, S.ctWarships],
  ),
  ev(
    'StatementMade',
    'stmt-yemen-piracy',
    { occurredAt: '1995-12-16', precision: 'approximate', recordedAt: rec('1995-12-18', '20:40') },
    {
      speaker: YEMEN_GOV,
      audience: 'eritrea',
      tone: 'accusation',
      summary:
        'A Yemeni statement accuses Eritrean troops of treacherous aggression and piracy, violating territorial waters and threatening security, stability and international shipping in the Red Sea.',
      quote: 'treacherous aggression and piracy',
    },
    [S.indep],
  ),
  ev(
    'IncidentReported',
    'inc-yemen-airstrike',
    { occurredAt: '1995-12-17', recordedAt: rec('1995-12-18', '20:45') },
    {
      incidentId: 'yemeni-airstrike-eritrean-warships-1995-12-17',
      kind: 'airstrike',
      perpetrator: 'yemen',
      allegedBy: 'yemen',
      against: 'eritrea',
      target: 'Eritrean warships besieging the island',
      place: P.greater,
      description:
        'Yemen’s military says its planes attacked the Eritrean warships around Greater Hanish on Sunday; there is no response from Eritrea.',
    },
    [S.ctWarships],
  ),
  ev(
    'IncidentReported',
    'inc-capture',
    { occurredAt: '1995-12-17', recordedAt: rec('1995-12-18', '20:50') },
    {
      incidentId: 'eritrean-capture-greater-hanish-1995-12-17',
      kind: 'clash',
      perpetrator: 'eritrea',
      against: 'yemen',
      target: 'The Yemeni garrison on Greater Hanish',
      place: P.greater,
      description:
        'The fighting ends with Greater Hanish in Eritrean hands; Eritrea says it holds 180 Yemeni soldiers (about 195 soldiers and 17 civilians by the count of the later release), among them the brigadier-general commanding the Yemeni army’s western flank. Eritrea says Yemen provoked the fighting; Yemen keeps Lesser Hanish and Zuqar.',
    },
    [S.nrc1218, wp('1995-12-17')],
  ),
  ev(
    'StatementMade',
    'stmt-eritrea-provoked',
    { occurredAt: '1995-12-17', precision: 'approximate', recordedAt: rec('1995-12-18', '20:55') },
    {
      speaker: ERITREA_GOV,
      audience: 'yemen',
      tone: 'accusation',
      summary:
        'Eritrea says Yemen provoked the hostilities with pinprick attacks on Eritrean troops on neighbouring Lesser Hanish.',
    },
    [S.nrc1218],
  ),
  ev(
    'UltimatumResolved',
    'ult-leave-enforced',
    { occurredAt: '1995-12-17', recordedAt: rec('1995-12-18', '21:00') },
    {
      ultimatumId: U.leave,
      resolution: 'enforced',
      summary: 'Eritrea takes Greater Hanish by force and captures the Yemeni garrison.',
    },
    [S.nrc1218],
  ),
  // ===== The truce =====
  ev(
    'AgreementReached',
    'agr-truce',
    { occurredAt: '1995-12-17T20:00:00Z', recordedAt: rec('1995-12-18', '21:05') },
    {
      agreementId: A.truce,
      kind: 'ceasefire',
      provisions: [
        'A ceasefire from dawn on Monday 18 December',
        'A four-member commission (a Yemeni, an Eritrean and, by the BBC’s account, two American diplomats) to watch the ceasefire and visit Greater Hanish',
      ],
      signatories: ['eritrea', 'yemen'],
      textPublic: false,
      status: 'text-agreed',
    },
    [S.nrc1218, S.ctTruce],
    { note: 'Agreed by the two presidents late on Sunday; dated 20:00 UTC, "late Sunday".' },
  ),
  ev(
    'CeasefireDeclared',
    'cf-truce',
    { occurredAt: '1995-12-18T03:00:00Z', recordedAt: rec('1995-12-18', '21:10') },
    {
      ceasefireId: CF.truce,
      parties: ['eritrea', 'yemen'],
      scope: 'The fighting over Greater Hanish, from dawn on 18 December, watched by a four-member commission',
      duration: 'indefinite',
    },
    [S.nrc1218, S.ctTruce],
    { occurrence: 'hanish-truce-in-force-1995-12-18', note: 'Dawn local time (UTC+3) taken as 03:00 UTC.' },
  ),
  ev(
    'AgreementStatusChanged',
    'agr-truce-in-force',
    { occurredAt: '1995-12-18T03:00:00Z', recordedAt: rec('1995-12-18', '21:15') },
    { agreementId: A.truce, status: 'in-force', reason: 'The ceasefire takes effect at dawn.' },
    [S.nrc1218],
    { occurrence: 'hanish-truce-in-force-1995-12-18' },
  ),
  ev(
    'CeasefireViolationReported',
    'cf-violation-capture',
    { occurredAt: '1995-12-18T06:00:00Z', precision: 'approximate', recordedAt: rec('1995-12-18', '21:20') },
    {
      ceasefireId: CF.truce,
      allegedBy: 'yemen',
      against: 'eritrea',
      description:
        'The state news agency Saba says Eritrean forces broke the truce and that Greater Hanish has "completely fallen into the hands of Eritrean forces". No casualties are reported.',
    },
    [S.ctTruce],
  ),
  ev(
    'StatementMade',
    'stmt-beyene-denial',
    { occurredAt: '1995-12-18', recordedAt: rec('1995-12-19', '18:00') },
    {
      speaker: BEYENE,
      audience: 'yemen',
      tone: 'neutral',
      summary:
        'Eritrea’s ambassador in Kenya denies that Eritrea broke the truce, which he says is holding, and that there was fighting on Monday; the Eritrean consul in Sanaa says the island was in Eritrean hands before the truce.',
    },
    [S.ct1219],
  ),
  ev(
    'StatementMade',
    'stmt-eritrea-prisoners-offer',
    { occurredAt: '1995-12-18', recordedAt: rec('1995-12-19', '18:05') },
    {
      speaker: ERITREA_GOV,
      audience: 'yemen',
      tone: 'conciliatory',
      summary: 'Eritrea says it holds 180 Yemeni soldiers and is ready to free them as a gesture of goodwill.',
    },
    [S.nrc1218],
  ),
  ev(
    'IncidentReported',
    'inc-toll',
    { occurredAt: '1995-12-17', recordedAt: rec('1995-12-19', '18:10') },
    {
      incidentId: 'toll-greater-hanish-1995-12',
      kind: 'casualty-report',
      period: { from: '1995-12-15', to: '1995-12-17' },
      fatalities: { min: 12, max: 27 },
      description:
        'The fighting killed 16 soldiers over the weekend (AP, Chicago Tribune); at least 12 (Reuters); Wikipedia’s infobox gives 12 Eritrean and 15 Yemeni dead. No source gives the dead of a day.',
    },
    [graded(S.ct1219, 3), graded(wp('1995-12-17'), 3)],
  ),
  // ===== The prisoners and the first mediation =====
  ev(
    'DemandTabled',
    'dem-withdraw',
    { occurredAt: '1995-12-30', precision: 'approximate', recordedAt: rec('1995-12-31', '12:00') },
    {
      demandId: D.withdraw,
      by: 'yemen',
      addressedTo: ['eritrea'],
      text: 'Eritrean forces withdraw from Greater Hanish.',
      category: 'territorial',
    },
    [S.ap1231],
  ),
  ev(
    'PositionTaken',
    'pos-eritrea-withdraw-conditional',
    { occurredAt: '1995-12-30', recordedAt: rec('1995-12-31', '12:05') },
    {
      demandId: D.withdraw,
      actorId: 'eritrea',
      stance: 'conditional',
      conditions:
        'Eritrea refuses to withdraw from Greater Hanish unless Yemen pulls its forces from the other islands.',
    },
    [S.ap1231],
  ),
  ev(
    'StatementMade',
    'stmt-prisoners-released',
    { occurredAt: '1995-12-30', recordedAt: rec('1995-12-31', '12:10') },
    {
      speaker: ERITREA_GOV,
      audience: 'yemen',
      tone: 'conciliatory',
      summary:
        'Eritrea sends more than 200 prisoners of war home, with no conditions set: about 195 Yemeni soldiers and 17 civilians return to Sanaa on Red Cross-chartered flights, a goodwill gesture meant to speed the negotiations.',
    },
    [S.ap1231],
  ),
  ev(
    'StatementMade',
    'stmt-yemane-progress',
    { occurredAt: '1995-12-30', recordedAt: rec('1995-12-31', '12:15') },
    {
      speaker: YEMANE,
      audience: 'press',
      tone: 'neutral',
      summary: 'The negotiations are going on; there has been progress, but there is no final agreement.',
      quote:
        'The negotiations are going on. There has been progress in the negotiations but there is no final agreement.',
    },
    [S.ap1231],
  ),
  ev(
    'ActorRegistered',
    'actor-un',
    { occurredAt: '1995-12-30', recordedAt: rec('1996-01-02', '12:00') },
    { actor: UN, role: 'mediator' },
    [S.unSg0102],
    {
      note: 'The Secretary-General offers to be an honest broker; later his envoy Lansana Kouyaté; the Security Council.',
    },
  ),
  ev(
    'MediationAction',
    'med-sg-visits',
    { occurredAt: '1995-12-30', recordedAt: rec('1996-01-02', '12:05') },
    {
      mediator: 'un',
      action: 'visited',
      summary:
        'Secretary-General Boutros-Ghali, the first to visit Yemen, hears Yemen’s views on the Hanish dispute in Sanaa (30 December) and President Isaias’s in Asmara (31 December).',
    },
    [S.unSg0102],
  ),
  ev(
    'MediationAction',
    'med-sg-offer',
    { occurredAt: '1995-12-30', recordedAt: rec('1996-01-02', '12:10') },
    {
      mediator: 'un',
      action: 'offered',
      summary:
        'The Secretary-General reiterates his readiness to play the role of honest broker if the two sides so desire; on 2 January he says the political will exists on both sides to solve the dispute.',
    },
    [S.unSg0102, S.unDh0102],
  ),
  ev(
    'ActorRegistered',
    'actor-arab-league',
    { occurredAt: '1995-12-20', precision: 'approximate', recordedAt: rec('1996-01-05', '12:05') },
    { actor: ARAB_LEAGUE, role: 'third-party' },
    [S.meiClash],
    {
      note: 'Its "war of words" with the OAU over the islands; the League suggested Israel meant to set up a base there.',
    },
  ),
  ev(
    'ActorRegistered',
    'actor-oau',
    { occurredAt: '1995-12-20', precision: 'approximate', recordedAt: rec('1996-01-05', '12:10') },
    { actor: OAU, role: 'third-party' },
    [S.meiClash],
    { note: 'Its "war of words" with the Arab League over the islands.' },
  ),
  ev(
    'StatementMade',
    'stmt-isaias-note',
    { occurredAt: '1995-12-15', precision: 'approximate', recordedAt: rec('1996-01-05', '12:15') },
    {
      speaker: ISAIAS,
      audience: 'yemen',
      tone: 'conciliatory',
      summary:
        'President Isaias sends a conciliatory note to President Ali Abdullah Saleh only a few hours before the Eritrean attack, which takes Yemen by surprise.',
    },
    [S.meiClash],
  ),
  // ===== January – May 1996: the French mediation and the Agreement on Principles =====
  ev(
    'StatementMade',
    'stmt-assembly',
    { occurredAt: '1996-01-24', recordedAt: rec('1996-02-02', '12:00') },
    {
      speaker: ERITREA_ASSEMBLY,
      audience: 'yemen',
      tone: 'neutral',
      summary:
        'A declaration of the Eritrean National Assembly hopes to solve the dispute by agreement or mediation, pointedly without mentioning arbitration.',
    },
    [S.meiFrench],
  ),
  ev(
    'DemandTabled',
    'dem-arbitrate',
    { occurredAt: '1996-01-26', precision: 'approximate', recordedAt: rec('1996-02-02', '12:05') },
    {
      demandId: D.arbitrate,
      by: 'france',
      addressedTo: ['eritrea', 'yemen'],
      text: 'Settle the dispute peacefully: a formal end to hostilities, then arbitration on sovereignty and the maritime boundary, and abide by the award.',
      category: 'procedural',
    },
    [S.meiFrench],
  ),
  ev(
    'MediationAction',
    'med-gutmann-plan',
    { occurredAt: '1996-01-26', precision: 'approximate', recordedAt: rec('1996-02-02', '12:10') },
    {
      mediator: 'france',
      action: 'proposed',
      summary:
        'In separate talks with both sides last week, President Chirac’s special envoy Francis Gutmann puts forward the details of a proposed peace mechanism, understood to involve some form of arbitration.',
    },
    [S.meiFrench],
  ),
  ev(
    'PositionTaken',
    'pos-yemen-arbitrate',
    { occurredAt: '1996-02-28', precision: 'approximate', recordedAt: rec('1996-03-01', '12:00') },
    {
      demandId: D.arbitrate,
      actorId: 'yemen',
      stance: 'accepted-in-principle',
      conditions: 'Yemen agrees to arbitration and drops its demand for an Eritrean withdrawal before talks can start.',
    },
    [S.meiCouncil],
  ),
  ev(
    'PositionTaken',
    'pos-eritrea-arbitrate',
    { occurredAt: '1996-02-28', precision: 'approximate', recordedAt: rec('1996-03-01', '12:05') },
    {
      demandId: D.arbitrate,
      actorId: 'eritrea',
      stance: 'conditional',
      conditions:
        'Eritrea agrees to arbitration but insists on prior agreement on "the nature of the dispute": the whole archipelago, not Greater Hanish alone.',
    },
    [S.meiCouncil],
  ),
  ev(
    'StatementMade',
    'stmt-eritrea-no-result',
    { occurredAt: '1996-02-28', precision: 'approximate', recordedAt: rec('1996-03-01', '12:10') },
    {
      speaker: ERITREA_GOV,
      audience: 'france',
      tone: 'critical',
      summary:
        'The Eritrean government appears to close the door on further French mediation, saying it has "produced no result whatsoever".',
      quote: 'produced no result whatsoever',
    },
    [S.meiCouncil],
  ),
  ev(
    'StatementMade',
    'stmt-yemen-council',
    { occurredAt: '1996-03-01', precision: 'approximate', recordedAt: rec('1996-03-01', '12:15') },
    {
      speaker: YEMEN_GOV,
      audience: 'eritrea',
      tone: 'critical',
      summary:
        'With the mediation at an impasse, Yemen prepares an appeal to the UN Security Council, after its concessions were met by what it sees as an Eritrean attempt to raise the stakes.',
    },
    [S.meiCouncil],
  ),
  ev(
    'AgreementReached',
    'agr-principles',
    { occurredAt: '1996-05-01', recordedAt: rec('1996-05-01', '18:00') },
    {
      agreementId: A.principles,
      kind: 'framework',
      provisions: [
        'Settle the dispute peacefully by arbitration',
        'Refrain from the use of force',
        'Abide by the award of the arbitral tribunal',
        'France countersigns as witness; Ethiopia and Egypt invited to countersign too',
      ],
      signatories: ['eritrea', 'yemen'],
      textPublic: false,
      status: 'text-agreed',
    },
    [S.mfa0501],
    { occurrence: 'arbitration-agreed-1996-05-01' },
  ),
  ev(
    'PositionTaken',
    'pos-yemen-arbitrate-accepted',
    { occurredAt: '1996-05-01', recordedAt: rec('1996-05-01', '18:05') },
    { demandId: D.arbitrate, actorId: 'yemen', stance: 'accepted' },
    [S.mfa0501],
    { occurrence: 'arbitration-agreed-1996-05-01' },
  ),
  ev(
    'PositionTaken',
    'pos-eritrea-arbitrate-accepted',
    { occurredAt: '1996-05-01', recordedAt: rec('1996-05-01', '18:10') },
    { demandId: D.arbitrate, actorId: 'eritrea', stance: 'accepted' },
    [S.mfa0501],
    { occurrence: 'arbitration-agreed-1996-05-01' },
  ),
  ev(
    'StatementMade',
    'stmt-yemen-back-out',
    { occurredAt: '1996-05-02', precision: 'approximate', recordedAt: rec('1996-05-03', '12:00') },
    {
      speaker: YEMEN_GOV,
      audience: 'eritrea',
      tone: 'critical',
      summary: 'As the signing is prepared, Yemeni claims that Eritrea might still back out at the last minute.',
    },
    [S.meiShuttle],
  ),
  ev(
    'AgreementStatusChanged',
    'agr-principles-signed',
    { occurredAt: '1996-05-21', recordedAt: rec('1996-05-21', '18:00') },
    {
      agreementId: A.principles,
      status: 'signed',
      reason:
        'Eritrea and Yemen sign the Agreement on Principles in Paris, witnessed by France, Ethiopia and Egypt: to resort to arbitration, to refrain from using force, and to abide by the verdict of an arbitration tribunal.',
    },
    [wp('1996-05-21')],
  ),
  // ===== August 1996: Lesser Hanish =====
  ev(
    'IncidentReported',
    'inc-lesser-hanish',
    { occurredAt: '1996-08-10', recordedAt: rec('1996-08-11', '12:00') },
    {
      incidentId: 'eritrean-landing-lesser-hanish-1996-08-10',
      kind: 'occupation',
      perpetrator: 'eritrea',
      against: 'yemen',
      place: P.lesser,
      description:
        'Eritrean forces occupy Lesser Hanish (Hanish al-Saghir), held by Yemen; no fighting is reported. The French mediation almost collapses.',
    },
    [wp('1996-08-10')],
  ),
  ev(
    'StatementMade',
    'stmt-yemen-threat',
    { occurredAt: '1996-08-15', precision: 'approximate', recordedAt: rec('1996-08-15', '18:00') },
    {
      speaker: YEMEN_GOV,
      audience: 'eritrea',
      tone: 'military-threat',
      summary: 'Yemen threatens to take military action over the Eritrean occupation of Lesser Hanish.',
    },
    [graded(wp('1996-08-15'), 3)],
  ),
  ev(
    'StatementMade',
    'stmt-unsc-order',
    { occurredAt: '1996-08-24', precision: 'approximate', recordedAt: rec('1996-08-24', '18:00') },
    {
      speaker: UNSC,
      audience: 'eritrea',
      tone: 'critical',
      summary: 'The UN Security Council orders Eritrean troops off Lesser Hanish.',
    },
    [graded(wp('1996-08-24'), 3), S.ikuska],
  ),
  ev(
    'StatementMade',
    'stmt-un-withdrawn',
    { occurredAt: '1996-08-28', recordedAt: rec('1996-08-29', '12:00') },
    {
      speaker: UN_SPOKESWOMAN,
      audience: 'press',
      tone: 'neutral',
      summary:
        'As of Wednesday Eritrea has withdrawn from Lesser Hanish, ending the crisis; the UN envoy Lansana Kouyaté says he is satisfied it has been resolved, and Yemeni officials in New York that the "Eritrean aggression" has ended.',
    },
    [S.ips0829],
  ),
  ev(
    'IncidentReported',
    'inc-lesser-hanish-withdrawal',
    { occurredAt: '1996-08-28', recordedAt: rec('1996-08-29', '12:05') },
    {
      incidentId: 'eritrean-withdrawal-lesser-hanish-1996-08-28',
      kind: 'withdrawal',
      perpetrator: 'eritrea',
      against: 'yemen',
      place: P.lesser,
      description:
        'As of Wednesday Eritrea has withdrawn its forces from Lesser Hanish, ending the crisis its occupation of the island triggered (the UN spokeswoman).',
    },
    [S.ips0829],
  ),
  // ===== October 1996 – 1998: the arbitration =====
  ev(
    'AgreementReached',
    'agr-compromis',
    { occurredAt: '1996-10-03', recordedAt: rec('1996-10-03', '18:00') },
    {
      agreementId: A.compromis,
      kind: 'framework',
      provisions: [
        'The arbitral procedure under the Agreement on Principles of 21 May 1996',
        'A tribunal of five: two arbitrators named by each party by the end of the year, the four choosing the president',
        'The tribunal to begin work by 11 April 1997; two stages: territorial sovereignty and the scope of the dispute, then the maritime boundary',
        'In force one month after signature',
      ],
      signatories: ['eritrea', 'yemen'],
      textPublic: true,
      status: 'signed',
    },
    [S.mfa1003],
    {
      note: 'Signed in Paris by Saleh Meky (Eritrea) and Hussein Ali al-Hubaishi (Yemen), with Francis Gutmann present.',
    },
  ),
  ev(
    'AgreementStatusChanged',
    'agr-compromis-in-force',
    { occurredAt: '1996-11-03', recordedAt: rec('1996-11-03', '12:00') },
    { agreementId: A.compromis, status: 'in-force', reason: 'One month after signature, as the agreement provides.' },
    [S.mfa1003],
  ),
  ev(
    'ActorRegistered',
    'actor-tribunal',
    { occurredAt: '1998-02-20', precision: 'approximate', recordedAt: rec('1998-02-23', '12:00') },
    { actor: TRIBUNAL, role: 'third-party' },
    [S.yt0223],
    {
      note: 'The five-member arbitral tribunal sitting in London, the PCA as registry; its hearings adjourned pending the award.',
    },
  ),
  // ===== October – November 1998: the award and the hand-over =====
  ev(
    'StatementMade',
    'stmt-award-sovereignty',
    { occurredAt: '1998-10-09', recordedAt: rec('1998-10-09', '18:00') },
    {
      speaker: TRIBUNAL_BENCH,
      audience: 'eritrea, yemen',
      tone: 'neutral',
      summary:
        'The tribunal’s unanimous award on territorial sovereignty: the Zuqar–Hanish group and Jabal al-Tayr and the Zubayr group to Yemen, the Mohabbakah islands and some islets near the Eritrean coast to Eritrea; the traditional fishing regime, with free access for the fishermen of both, is perpetuated.',
    },
    [S.reuters1009],
  ),
  ev(
    'StatementMade',
    'stmt-bajammal-neighbours',
    { occurredAt: '1998-10-10', precision: 'approximate', recordedAt: rec('1998-10-12', '12:00') },
    {
      speaker: BAJAMMAL,
      audience: 'eritrea',
      tone: 'conciliatory',
      summary: 'Yemen extends the hand of friendship to Eritrea after the award.',
      quote:
        'We hope to be able to work together and be good neighbors. We need each other for regional stability and for our own prosperity and development.',
    },
    [S.yt1012],
  ),
  ev(
    'PositionTaken',
    'pos-eritrea-withdraws',
    { occurredAt: '1998-11-01', recordedAt: rec('1998-11-01', '20:00') },
    {
      demandId: D.withdraw,
      actorId: 'eritrea',
      stance: 'accepted',
      conditions:
        'Eritrea formally returns Greater Hanish to Yemen in line with the award: its troops leave by helicopter and naval vessel while Yemen’s defence minister raises the Yemeni flag and Yemeni army and navy troops take up positions.',
    },
    [S.bbc1101],
    {
      occurrence: 'greater-hanish-handover-1998-11-01',
      note: "The catalogue has no withdrawal: recorded as Eritrea meeting Yemen's demand.",
    },
  ),
  ev(
    'StatementMade',
    'stmt-bajammal-bridge',
    { occurredAt: '1998-11-01', recordedAt: rec('1998-11-01', '20:05') },
    {
      speaker: BAJAMMAL,
      audience: 'eritrea',
      tone: 'conciliatory',
      summary:
        'Yemen’s foreign minister says the islands will not be used for military purposes under Yemeni sovereignty; both countries’ acceptance of the ruling without complaint wins international praise.',
      quote:
        'The Hanish islands will not be used under Yemeni sovereignty for military purposes. They will be a bridge of friendship between all the countries which border the Red Sea.',
    },
    [S.bbc1101],
    { occurrence: 'greater-hanish-handover-1998-11-01' },
  ),
  ev(
    'TalksRoundOpened',
    'round-aden-opened',
    { occurredAt: '1998-11-03', precision: 'approximate', recordedAt: rec('1998-11-09', '12:00') },
    {
      roundId: R.aden,
      label: 'President Isaias’s three-day visit to Aden',
      venue: 'Aden',
      format: 'formal',
      delegations: [{ actorId: 'eritrea', head: ISAIAS }, { actorId: 'yemen' }],
    },
    [S.yt1109],
  ),
  ev(
    'TalksRoundConcluded',
    'round-aden-concluded',
    { occurredAt: '1998-11-05', precision: 'approximate', recordedAt: rec('1998-11-09', '12:05') },
    {
      roundId: R.aden,
      outcome: 'progress',
      summary:
        'Meetings with President Saleh on bilateral relations and regional security and cooperation; both leaders wish to overcome the Hanish problem and relaunch stronger ties.',
    },
    [S.yt1109],
  ),
  ev(
    'StatementMade',
    'stmt-isaias-family',
    { occurredAt: '1998-11-05', precision: 'approximate', recordedAt: rec('1998-11-09', '12:10') },
    {
      speaker: ISAIAS,
      audience: 'yemen',
      tone: 'conciliatory',
      summary: 'President Isaias tells the press in Aden that the point is not to let disputes get out of hand.',
      quote:
        'Differences and disputes exist among family members. The point is not to let such disputes get out of hand.',
    },
    [S.yt1109],
  ),
  // ===== December 1999: the maritime award =====
  ev(
    'StatementMade',
    'stmt-award-boundary',
    { occurredAt: '1999-12-17', recordedAt: rec('1999-12-20', '12:00') },
    {
      speaker: TRIBUNAL_BENCH,
      audience: 'eritrea, yemen',
      tone: 'neutral',
      summary:
        'The tribunal’s second and final award, received in London by Eritrea’s foreign minister and Yemen’s ambassador: a single all-purpose maritime boundary, as far as practicable the median line between the mainland coasts, and artisanal fishing around the islands awarded to Yemen open to the fishermen of both.',
    },
    [S.eriMfa1220],
  ),
  ev(
    'StatementMade',
    'stmt-eritrea-award-release',
    { occurredAt: '1999-12-20', recordedAt: rec('1999-12-20', '12:05') },
    {
      speaker: ERITREA_MFA,
      audience: 'press',
      tone: 'neutral',
      summary:
        'The Eritrean foreign ministry publishes the main decisions of the second award, stressing the fishermen’s traditional rights around the islands and that administrative measures affecting them are to be taken by Yemen with Eritrea’s agreement.',
    },
    [S.eriMfa1220],
  ),
  // ===== July 2001: the fishing seizures =====
  ev(
    'IncidentReported',
    'inc-fishing-seizures',
    { occurredAt: '2001-07-23', precision: 'approximate', recordedAt: rec('2001-07-30', '12:00') },
    {
      incidentId: 'eritrean-seizure-yemeni-fishermen-2001-07',
      kind: 'non-lethal-force',
      perpetrator: 'eritrea',
      against: 'yemen',
      target: 'Yemeni fishermen and their boats',
      place: P.fishing,
      description:
        'Eritrean authorities capture Yemeni fishermen found fishing in the waters between the two countries; nearly 130 fishing boats, with the fishermen’s possessions and tools, have been seized since the beginning of the month (Yemen Times).',
    },
    [S.yt0730],
  ),
  ev(
    'TalksRoundOpened',
    'round-asmara-opened',
    { occurredAt: '2001-07-25', precision: 'approximate', recordedAt: rec('2001-07-30', '12:05') },
    {
      roundId: R.asmara,
      label: 'Yemen’s minister of legal affairs in Asmara on the fishing dispute',
      venue: 'Asmara',
      format: 'informal',
    },
    [S.yt0730],
  ),
  ev(
    'StatementMade',
    'stmt-yafaee-contact',
    { occurredAt: '2001-07-28', precision: 'approximate', recordedAt: rec('2001-07-30', '12:10') },
    {
      speaker: YAFAEE,
      audience: 'press',
      tone: 'neutral',
      summary: 'Yemen’s minister of maritime affairs says the two governments are in contact to settle the situation.',
      quote: 'There is contact between the two governments, Yemen and Eritrea to settle this aggravated situation.',
    },
    [S.yt0730],
  ),
  ev(
    'AgreementReached',
    'agr-fishing-committee',
    { occurredAt: '2001-07-28', precision: 'approximate', recordedAt: rec('2001-07-31', '12:00') },
    {
      agreementId: A.fishing,
      kind: 'partial',
      provisions: ['A bilateral committee on fishing in the waters the two countries share'],
      signatories: ['eritrea', 'yemen'],
      textPublic: false,
      roundId: R.asmara,
    },
    [S.yt0730, S.irin],
    {
      occurrence: 'fishing-committee-agreed-2001-07',
      note: 'Agreed between Presidents Saleh and Isaias, by the Yemen Times’ account.',
    },
  ),
  ev(
    'TalksRoundConcluded',
    'round-asmara-concluded',
    { occurredAt: '2001-07-28', precision: 'approximate', recordedAt: rec('2001-07-31', '12:01') },
    {
      roundId: R.asmara,
      outcome: 'agreement',
      summary: 'The contacts end with the two presidents agreeing to set up a bilateral committee on fishing.',
    },
    [S.yt0730],
    { occurrence: 'fishing-committee-agreed-2001-07' },
  ),
  ev(
    'StatementMade',
    'stmt-fishermen-released',
    { occurredAt: '2001-07-29', precision: 'approximate', recordedAt: rec('2001-07-31', '12:05') },
    {
      speaker: ERITREA_GOV,
      audience: 'yemen',
      tone: 'conciliatory',
      summary: 'The Yemeni fishermen captured the week before are released (reliable sources to the Yemen Times).',
    },
    [S.yt0730, S.irin],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'eritrea-yemen-1995.jsonl',
  logEnd: '2001-12-31T00:00:00Z',
  events,
};

export default definition;
