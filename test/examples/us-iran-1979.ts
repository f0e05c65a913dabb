/**
 * A test fixture, not a shipped example: the United States and Iran's
 * revolutionary government from the seizure of the US embassy in Tehran (4
 * November 1979) to the Algiers Accords (19 January 1981), the release of the
 * 52 hostages (20 January 1981) and the first meeting of the Iran–United
 * States Claims Tribunal (1 July 1981) — Khomeini's endorsement of the
 * seizure, Carter's halt of Iranian oil imports (12 November) and freeze of
 * Iranian assets (14 November), the release of thirteen women and
 * African-American hostages (19–20 November), the naval deployment and the
 * warnings, the Security Council's resolutions, the ICJ's order (15 December)
 * and judgment (24 May 1980), the break of relations and the sanctions (7 and
 * 17 April 1980), Operation Eagle Claw (24–25 April 1980), Khomeini's four
 * conditions (12 September 1980), the Majlis's conditions (2 November 1980),
 * the Algerian mediation and the demand for financial guarantees. Escalation
 * model v2 was never tuned on it: it is the case the model is held to in
 * us-iran-1979.spec.ts, against the calls an analyst makes from DOMAIN.md §5b
 * alone.
 *
 * What it tests: a detention of another's diplomats lasting 444 days, which
 * the catalogue holds only as the act of seizure on its day; economic
 * sanctions and a break of relations (hostile measures); a rescue raid on the
 * other's territory with no fire exchanged with the other's forces; demands
 * and conditions; a mediated agreement carried out at once; and the fall of
 * the level after the release.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source.
 *
 * Grading as in examples/README.md: A = the official record (the ICJ's own
 * texts, the State Department's Foreign Relations of the United States,
 * dated as the documents they print, as in chile-argentina-1978.ts); B =
 * established outlet or wire copy (UPI, AP, Reuters through NZPA, the
 * Christian Science Monitor, Time, the Guardian, Politico, ABC News, APS); C =
 * smaller outlet, student paper reprinting wire copy, wiki or mirror (dated,
 * as the other cases do, by the development it is cited for); 2 = an
 * on-record statement or act several outlets agree on, or one established
 * outlet reports; 3 = one side's unverified claim or an unnamed source.
 *
 * Judgement calls, recorded as an analyst would:
 * - The pair is the United States and Iran's revolutionary government. The
 *   students who stormed the embassy ("Muslim Student Followers of the Imam's
 *   Line") are a third party until Khomeini endorsed the seizure (5 November:
 *   he called the embassy a "center of spying and plotting", his son entered
 *   it to cheers, and the Bazargan government fell the next day). From then
 *   the sources, and the ICJ's judgment of 24 May 1980, treat the occupation
 *   and the detention as Iran's: that adoption is recorded as Iran's own
 *   `detention` of the United States' people on 5 November, held until its
 *   `release` of them on 20 January 1981. The seizure
 *   of 4 November is the students' `non-lethal-force` (the Marines used tear
 *   gas, no fire is reported). Both at one place, recorded one way: "US
 *   embassy, Tehran". Algeria is the mediator (registered in November 1980,
 *   when it took the role); the UN Security Council, the ICJ and the Claims
 *   Tribunal are third parties.
 * - The detention itself (4 November 1979 – 20 January 1981) was first
 *   recorded only as its adoption, when the catalogue had no development that
 *   lasts for people held (the calls it could not bear out went to the spec's
 *   LEFT). Re-recorded once the catalogue had `detention` and `release`: the
 *   adoption is Iran's detention, and the 52 flown out of Mehrabad on 20
 *   January 1981 its release (recorded at the place held, so that it ends that
 *   detention). The release of thirteen in November 1979 ended nothing: the
 *   others stayed held, and it is recorded as Khomeini's statement.
 * - The oil-import halt (12 November), the asset freeze (14 November), the
 *   export ban (7 April) and the import and travel bans (17 April) are the
 *   President's statements with CAMEO 163 (embargo); the break of relations
 *   and expulsion of Iran's diplomats (7 April) with CAMEO 161. None is a
 *   border closure: no crossing, port or airspace was shut against Iran's.
 *   Iran's own halt of oil exports to the US (12 November) is recorded the
 *   same way.
 * - Khomeini's "another course of action" if the shah is not handed over (5
 *   November) and the Iranian leaders' statements that hostages would be tried
 *   as spies (Khomeini 18 November, Beheshti 5 December, Nabavi 30 December
 *   1980) are `threat`, not `military-threat`: none names war or armed force.
 *   The students' threat to kill the hostages and blow up the embassy (20
 *   November) is a third party's. Washington's warning that the naval
 *   movement "should be taken seriously" and Iran held "accountable" (20
 *   November), Carter's "next step may be military action" (17 April) and the
 *   private warning that military action "could not be ruled out" if the
 *   hostages were tried (June 1980, month precision, via a Western
 *   ambassador) are `military-threat`. Carter's "other action may become
 *   necessary" (7 April) names no force: `threat`. No ultimatum: no deadline
 *   was set by either government (the Security Council's 7 January 1980 date
 *   in Resolution 461 is a third party's).
 * - Operation Eagle Claw (24–25 April 1980) is the US `occupation` of the
 *   Desert One landing site in Iran (forces landed on the other's territory,
 *   no fire with Iran's forces by any account read), ended by its
 *   `withdrawal` on 25 April. It is not armed action: no clash, strike or
 *   shelling between the parties; the eight US servicemen died when a
 *   helicopter hit a C-130 on the ground as the force withdrew — an accident,
 *   kept in the description, not a toll of an act against Iran. The ICJ's
 *   word for it is an "incursion into the territory of Iran". One account
 *   read (a wiki) counts one Iranian civilian killed; it is in the
 *   description, graded as that source is, not recorded as an act of force.
 * - The release of thirteen women and African-American hostages (19–20
 *   November, on Khomeini's order of 17 November) is Iran's conciliatory act,
 *   recorded as his order; it meets no demand in full.
 * - Iran's demands: the shah's return for trial (5 November, students' demand
 *   endorsed by Khomeini), amended after the shah's death to the return of his
 *   wealth (Khomeini's conditions, 12 September 1980), the release of the
 *   frozen assets, the cancellation of US claims, and non-interference; the
 *   apology (Rafsanjani, September 1980) rejected by Carter; the financial
 *   guarantees (repeated 30 December 1980). The Majlis's conditions of 2
 *   November restate them (a neutral statement).
 * - The Algiers Accords are one `comprehensive` agreement `signed` on 19
 *   January 1981 (Christopher signed for the US; Iran adhered to Algeria's two
 *   declarations), carried out at once: the hostages freed on 20 January as
 *   the assets were transferred. The US `accepted` the unfreeze and
 *   non-interference demands and `counter-proposed` the claims (arbitration
 *   before the Tribunal instead of their cancellation). The Tribunal's first
 *   meeting (1 July 1981) is a third party's engagement with both.
 * - Left out for want of a dated source found in time: the ten-day
 *   Waldheim visit and the UN commission (January–March 1980), the Security
 *   Council's vetoed sanctions (13 January 1980), Richard Queen's release (11
 *   July 1980), the West German channel (Tabatabai–Christopher, September
 *   1980), the Iraq–Iran war's start (22 September 1980, a third party's war),
 *   Reagan's "swift and effective retribution" (27 January 1981, aimed at
 *   terrorists in general) and his administration's decision to honour the
 *   Accords (February 1981).
 */
import type { Actor, NegotiationEvent, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, retrospectiveClock, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'us-iran-1979';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 1979);
const when = retrospectiveClock('2026-12-06T21:00:00Z');

const USA: Actor = {
  id: 'united-states',
  name: 'United States of America',
  kind: 'state',
  aliases: ['US', 'United States', 'Washington'],
};
const IRAN: Actor = {
  id: 'iran',
  name: 'Islamic Republic of Iran',
  kind: 'state',
  aliases: ['Iran', 'Tehran', 'Teheran'],
};
const STUDENTS: Actor = {
  id: 'imam-line-students',
  name: "Muslim Student Followers of the Imam's Line",
  kind: 'armed-group',
  aliases: ['the students', 'the militants'],
};
const UNSC: Actor = {
  id: 'unsc',
  name: 'United Nations Security Council',
  kind: 'international-organisation',
  aliases: ['UN Security Council', 'Security Council'],
};
const ICJ: Actor = {
  id: 'icj',
  name: 'International Court of Justice',
  kind: 'international-organisation',
  aliases: ['ICJ', 'World Court'],
};
const ALGERIA: Actor = {
  id: 'algeria',
  name: "People's Democratic Republic of Algeria",
  kind: 'state',
  aliases: ['Algeria', 'Algiers'],
};
const IUSCT: Actor = {
  id: 'iusct',
  name: 'Iran–United States Claims Tribunal',
  kind: 'international-organisation',
  aliases: ['Claims Tribunal', 'IUSCT'],
};

const CARTER: Person = { name: 'Jimmy Carter', title: 'President of the United States', actorId: 'united-states' };
const WHITE_HOUSE: Person = { name: 'The White House', actorId: 'united-states' };
const STATE_DEPT: Person = { name: 'US Department of State', actorId: 'united-states' };
const US_GOV: Person = { name: 'Government of the United States', actorId: 'united-states' };
const KHOMEINI: Person = { name: 'Ruhollah Khomeini', title: 'Leader of the Revolution', actorId: 'iran' };
const REV_COUNCIL: Person = { name: 'Revolutionary Council of Iran', actorId: 'iran' };
const BEHESHTI: Person = {
  name: 'Mohammad Beheshti',
  title: 'Secretary of the Revolutionary Council',
  actorId: 'iran',
};
const KHALKHALI: Person = { name: 'Sadeq Khalkhali', title: 'Revolutionary judge', actorId: 'iran' };
const MAJLIS: Person = { name: 'Majlis (parliament) of Iran', actorId: 'iran' };
const NABAVI: Person = { name: 'Behzad Nabavi', title: "Iran's chief hostage negotiator", actorId: 'iran' };
const STUDENT_SPOKESMEN: Person = { name: 'Student spokesmen at the embassy', actorId: 'imam-line-students' };
const COUNCIL: Person = { name: 'UN Security Council', actorId: 'unsc' };
const COURT: Person = { name: 'International Court of Justice', actorId: 'icj' };

const S = {
  abcNov4: source(
    'Nov. 4, 1979: Iran Hostage Crisis (ABC News broadcast)',
    'ABC News',
    'https://abcnews.go.com/International/video/nov-1979-iran-hostage-crisis-66694695',
    '1979-11-04',
    'B',
    2,
  ),
  upiNov5: source(
    'Ayatollah denounces U.S. embassy; hostages taken',
    'UPI',
    'https://100years.upi.com/sta_1979-11-05.html',
    '1979-11-05',
    'B',
    2,
  ),
  issuhubEndorsed: source(
    'The Iran hostage crisis (reference history: Khomeini quickly endorsed the embassy seizure)',
    'Issuhub (book page)',
    'https://issuhub.com/view/index?id=23563&pageIndex=403',
    '1979-11-12',
    'C',
    2,
  ),
  newsomDec6: source(
    'Declaration of David D. Newsom, Under Secretary of State, of 6 December 1979 (ICJ documents)',
    'Docslib (copy of the ICJ Pleadings)',
    'https://docslib.org/doc/12261088/case-concerning-united-states-in-tehran-affaire',
    '1979-12-06',
    'C',
    2,
  ),
  frusNov12: source(
    'Editorial Note: the embargo on Iranian crude oil (FRUS 1977–1980, vol. XI, part 1, doc. 22)',
    'Office of the Historian, US Department of State',
    'https://history.state.gov/historicaldocuments/frus1977-80v11p1/d22',
    '1979-11-12',
    'A',
    2,
  ),
  crimsonNov13: source(
    'U.S. Halts Imports Of Oil From Iran (AP)',
    'The Harvard Crimson',
    'https://d119fkn55yihk8.cloudfront.net/article/1979/11/13/us-halts-imports-of-oil-from',
    '1979-11-13',
    'C',
    2,
  ),
  politicoNov12: source(
    'Carter halts Iranian oil imports Nov. 12, 1979',
    'Politico',
    'https://www.politico.com/story/2007/11/carter-halts-iranian-oil-imports-nov-12-1979-006794',
    '2007-11-12',
    'B',
    2,
  ),
  whpNov14: source(
    'President Carter Issues Executive Order 12170',
    'World History Project',
    'https://worldhistoryproject.org/1979/11/14/president-carter-issues-executive-order-12170/',
    '1979-11-14',
    'C',
    2,
  ),
  upiNov19: source(
    'Carter demands release of remaining U.S. hostages',
    'UPI',
    'https://www.upi.com/Archives/1979/11/19/Carter-demands-release-of-remaining-US-hostages/4576002134873/',
    '1979-11-19',
    'B',
    2,
  ),
  frusNov19: source(
    'Editorial Note: the White House statement of 19 November 1979 (FRUS 1977–1980, vol. XI, part 1, doc. 39)',
    'Office of the Historian, US Department of State',
    'https://history.state.gov/historicaldocuments/frus1977-80v11p1/d39',
    '1979-11-19',
    'A',
    2,
  ),
  nytNov21: source(
    'News stories from Wednesday November 21, 1979 (New York Times summaries)',
    'Ultimate70s',
    'http://ultimate70s.com/seventies_history/19791121/news',
    '1979-11-21',
    'C',
    2,
  ),
  icjOrderDec15: source(
    'United States Diplomatic and Consular Staff in Tehran: the Court indicates provisional measures (press communiqué)',
    'International Court of Justice',
    'https://icj-cij.org/node/100862',
    '1979-12-15',
    'A',
    1,
  ),
  worldcourtsOrder: source(
    'United States Diplomatic and Consular Staff in Tehran (U.S. v. Iran), Order of 15 December 1979',
    'WorldCourts',
    'http://www.worldcourts.com/icj/eng/decisions/1979.12.15_consular_staff.htm',
    '1979-12-15',
    'B',
    1,
  ),
  wikiRes457: source(
    'United Nations Security Council Resolution 457',
    'Wikipedia',
    'https://en.wikipedia.org/wiki/United_Nations_Security_Council_Resolution_457',
    '1979-12-04',
    'C',
    2,
  ),
  timesDec5: source(
    "Iran prepares for trial of the American hostages but they would 'be set free if acquitted' (The Times)",
    'Iran Human Rights Documentation Center (Aadel collection)',
    'http://www.iranhrdc.org/english/human-rights-documents/aadel-collection/14671-kurds-seek-political-solution.html',
    '1979-12-06',
    'C',
    2,
  ),
  frusDec31: source(
    'Editorial Note: Resolution 461 and the five points for Waldheim (FRUS 1977–1980, vol. XI, part 1, doc. 128)',
    'Office of the Historian, US Department of State',
    'https://history.state.gov/historicaldocuments/frus1977-80v11p1/d128',
    '1979-12-31',
    'A',
    2,
  ),
  csmJan21: source(
    'Carter reaffirms intent for Iranian sanctions',
    'The Christian Science Monitor',
    'https://www.csmonitor.com/1980/0121/012137.html',
    '1980-01-21',
    'B',
    2,
  ),
  frusApr7: source(
    'Editorial Note: Carter breaks diplomatic relations with Iran (FRUS 1977–1980, vol. XI, part 1, doc. 246)',
    'Office of the Historian, US Department of State',
    'https://history.state.gov/historicaldocuments/frus1977-80v11p1/d246',
    '1980-04-07',
    'A',
    2,
  ),
  crimsonApr8: source(
    'Carter Cuts Ties With Iran; Imposes Other Sanctions',
    'The Harvard Crimson',
    'https://www.thecrimson.com/article/1980/4/8/carter-cuts-ties-with-iran-ppresident/',
    '1980-04-08',
    'C',
    2,
  ),
  pressApr9: source(
    'Naval blockade hint as United States breaks with Iran (NZPA-Reuter)',
    'The Press (Christchurch), Papers Past',
    'https://paperspast.natlib.govt.nz/newspapers/CHP19800409.2.2',
    '1980-04-09',
    'B',
    2,
  ),
  pressApr19: source(
    'Carter warns Iran military action may be only option left (NZPA-Reuter)',
    'The Press (Christchurch), Papers Past',
    'https://paperspast.natlib.govt.nz/newspapers/CHP19800419.2.71.1',
    '1980-04-19',
    'B',
    2,
  ),
  csmApr18: source(
    'New US edicts just short of war',
    'The Christian Science Monitor',
    'https://www.csmonitor.com/1980/0418/041848.html',
    '1980-04-18',
    'B',
    2,
  ),
  tribuneApr24: source(
    'April 24, 1980: Iran Hostage Rescue Fails',
    'Chicago Tribune',
    'http://www.chicagotribune.com/hc-this-day-in-history-365-pictures-027-photo.html',
    '1980-04-25',
    'B',
    2,
  ),
  liquisearchEagleClaw: source(
    'Operation Eagle Claw',
    'LiquiSearch (Wikipedia text)',
    'https://liquisearch.com/operation_eagle_claw',
    '1980-04-25',
    'C',
    2,
  ),
  piglixDesertOne: source(
    'Operation Eagle Claw (Desert One)',
    'Piglix (Wikipedia text)',
    'http://piglix.com/piglix/Desert_One',
    '1980-04-25',
    'C',
    3,
  ),
  csmApr28: source(
    'Iran hints US, not hostages, may be tried',
    'The Christian Science Monitor',
    'https://www.csmonitor.com/1980/0428/042808.html',
    '1980-04-28',
    'B',
    2,
  ),
  worldcourtsJudgment: source(
    'United States Diplomatic and Consular Staff in Tehran (U.S. v. Iran), Judgment of 24 May 1980',
    'WorldCourts',
    'http://www.worldcourts.com/icj/eng/decisions/1980.05.24_consular_staff.htm',
    '1980-05-24',
    'B',
    1,
  ),
  icjSummaryMay24: source(
    'Summary of the Judgment of 24 May 1980',
    'International Court of Justice',
    'https://icj-cij.org/index.php/node/103803',
    '1980-05-24',
    'A',
    1,
  ),
  csmJun24: source(
    'U.S. tells Iran: no trials for our hostages',
    'The Christian Science Monitor',
    'https://www.csmonitor.com/1980/0624/062446.html',
    '1980-06-24',
    'B',
    3,
  ),
  timeJan1981: source(
    'The Long Ordeal of the Hostages (part 5 of 6)',
    'Time',
    'https://content.time.com/time/subscriber/article/0,33009,954605-5,00.html',
    '1981-01-26',
    'B',
    2,
  ),
  csmNov3: source(
    "Iranian banker arranged 'moderate' terms",
    'The Christian Science Monitor',
    'https://www.csmonitor.com/1980/1103/110347.html',
    '1980-11-03',
    'B',
    2,
  ),
  deseretAlgeria: source(
    'Algeria has played pivotal role in such crises since 1977 (AP)',
    'Deseret News',
    'https://www.deseret.com/1988/4/13/18763238/algeria-has-played-privotal-role-in-such-crises-since-1977',
    '1988-04-13',
    'B',
    2,
  ),
  wikiNegotiations: source(
    'Iran hostage crisis negotiations',
    'Wikipedia',
    'https://en.wikipedia.org/wiki/Iran_hostage_crisis_negotiations',
    '1981-01-19',
    'C',
    2,
  ),
  csmDec31: source(
    'Iran links hostage solution to Algerian acceptance',
    'The Christian Science Monitor',
    'https://www.csmonitor.com/1980/1231/123128.html',
    '1980-12-31',
    'B',
    2,
  ),
  timeBreakthrough: source(
    'Hostage Breakthrough',
    'Time',
    'https://time.com/archive/6700285/hostage-breakthrough',
    '1981-01-26',
    'B',
    2,
  ),
  apsJan19: source(
    'Anniversary of release of American hostages in Iran: U.S. reiterates gratitude to Algeria (APS)',
    'Embassy of Algeria in Sofia',
    'https://ambalg-sofia.org/anniversary-of-release-of-american-hostages-in-iran-u-s-reiterates-gratitude-to-algeria/',
    '2017-01-19',
    'B',
    2,
  ),
  algEmbassyAccords: source(
    '37th Anniversary of Algiers Accords on the release of the 52 American hostages: The Art of Diplomacy',
    'Embassy of Algeria in Washington',
    'http://algerianembassy.org/algeria-us-relations/37th%20Anniversary%20of%20Algiers%20Accords.html',
    '2018-01-19',
    'B',
    2,
  ),
  hagueJusticePortal: source(
    'Iran-United States Claims Tribunal: general introduction',
    'Hague Justice Portal',
    'http://www.haguejusticeportal.net/index.php?id=308',
    '1981-07-01',
    'C',
    2,
  ),
  lawhague: source(
    'Iran–United States Claims Tribunal',
    'LawHague',
    'http://www.lawhague.com/us-iran.html',
    '1981-07-01',
    'C',
    2,
  ),
  wikiTribunal: source(
    'Iran–United States Claims Tribunal',
    'Wikipedia',
    'https://en.wikipedia.org/wiki/Iran%E2%80%93United_States_Claims_Tribunal',
    '1981-07-01',
    'C',
    2,
  ),
  guardianJan21: source(
    'Iran frees US hostages after 444 days in captivity – archive, 1981',
    'The Guardian',
    'https://www.theguardian.com/world/2021/jan/21/iran-frees-us-hostages-after-444-days-in-captivity-1981',
    '2021-01-21',
    'B',
    2,
  ),
};

const D = {
  release: 'release-hostages',
  shah: 'return-shah',
  assets: 'unfreeze-assets',
  claims: 'cancel-claims',
  nonInterference: 'non-interference',
  apology: 'us-apology',
  guarantees: 'financial-guarantees',
} as const;
const INC = {
  seizure: 'embassy-seizure-1979-11-04',
  adoption: 'detention-adopted-1979-11-05',
  navy: 'naval-deployment-1979-11-20',
  desertOne: 'desert-one-landing-1980-04-24',
  desertOneOut: 'desert-one-withdrawal-1980-04-25',
  release: 'hostages-released-1981-01-20',
} as const;
const EMBASSY = 'US embassy, Tehran';
const DESERT_ONE = 'Desert One, near Tabas';
const O = { apr7: 'carter-1980-04-07', apr17: 'carter-1980-04-17', nov12: 'oil-1979-11-12' } as const;

const events: readonly NegotiationEvent[] = [
  // ===== 4–6 November 1979: the seizure and its adoption =====
  ev(
    'NegotiationOpened',
    'opened',
    when('1979-11-04'),
    {
      negotiationId: NEGOTIATION_ID,
      title: 'United States – Iran: the embassy hostages and the Algiers Accords, 1979–81',
      subject:
        "The seizure of the US embassy in Tehran and its staff (4 November 1979), Iran's adoption of the detention, the US demand for the release, its sanctions and break of relations, the aborted rescue at Desert One, Iran's conditions, the Algerian mediation, the Algiers Accords (19 January 1981), the release (20 January 1981) and the Claims Tribunal.",
      parties: [USA, IRAN],
      mediators: [],
    },
    [S.abcNov4, S.upiNov5],
  ),
  ev('ActorRegistered', 'actor-students', when('1979-11-04'), { actor: STUDENTS, role: 'third-party' }, [S.abcNov4], {
    note: 'The students who stormed the embassy; a third party until Khomeini endorsed the seizure (5 November).',
  }),
  ev(
    'IncidentReported',
    'seizure',
    when('1979-11-04'),
    {
      incidentId: INC.seizure,
      kind: 'non-lethal-force',
      perpetrator: 'imam-line-students',
      against: 'united-states',
      target: 'The US embassy and its staff, about 66 Americans',
      place: EMBASSY,
      description:
        'Students following Khomeini storm the embassy after a demonstration, overrun the Marine guards after about three hours (the Marines used tear gas; no fire reported) while Revolutionary Guards and police stand by, and take the staff hostage, blindfolded; they demand the shah be sent back from his hospital bed in New York to stand trial (ABC). The consulates in Tabriz and Shiraz are occupied too (UPI).',
    },
    [S.abcNov4, S.upiNov5],
  ),
  ev(
    'StatementMade',
    'stmt-khomeini-nov5',
    when('1979-11-05'),
    {
      speaker: KHOMEINI,
      audience: 'united-states',
      tone: 'threat',
      summary:
        "Khomeini denounces the embassy as a 'center of spying and plotting' and warns the United States of 'another course of action' if the shah is not handed over for Islamic justice; his son Ahmad enters the embassy to cheering.",
    },
    [S.upiNov5],
  ),
  ev(
    'IncidentReported',
    'adoption',
    when('1979-11-05'),
    {
      incidentId: INC.adoption,
      kind: 'detention',
      perpetrator: 'iran',
      allegedBy: 'united-states',
      against: 'united-states',
      target: 'The US diplomatic and consular staff held at the embassy',
      place: EMBASSY,
      description:
        "Khomeini endorses the seizure and the holding of the staff; the Bazargan government resigns the next day, leaving Khomeini's faction in control. From here the detention is Iran's: the ICJ (24 May 1980) found that the approval given by Khomeini and other organs of the state translated the continuing occupation and detention into acts of the Iranian state.",
    },
    [S.upiNov5, S.issuhubEndorsed, S.worldcourtsJudgment],
    {
      note: "Iran's adoption of the detention, recorded as its own detention of the other party's people, held until their release (see the header).",
    },
  ),
  ev(
    'DemandTabled',
    'dem-shah',
    when('1979-11-05'),
    {
      demandId: D.shah,
      by: 'iran',
      addressedTo: ['united-states'],
      text: 'Hand the shah over to Iran to stand trial (the students’ demand for the release, made Iran’s by Khomeini).',
      category: 'political',
    },
    [S.upiNov5, S.abcNov4],
  ),
  ev(
    'PositionTaken',
    'pos-us-shah',
    when('1979-11-05'),
    { demandId: D.shah, actorId: 'united-states', stance: 'rejected' },
    [graded(S.upiNov5, 3)],
    { note: 'A State Department source: the US has no plans to comply.' },
  ),
  ev(
    'DemandTabled',
    'dem-release',
    when('1979-11-07'),
    {
      demandId: D.release,
      by: 'united-states',
      addressedTo: ['iran'],
      text: 'The immediate release of all the hostages and their safe departure from Iran.',
      category: 'humanitarian',
    },
    [S.newsomDec6],
    {
      note: 'Carter sends Ramsey Clark to deliver a message to Khomeini and seek the immediate release; Iran, first agreeing to receive him, withdraws the agreement while he is in Istanbul.',
    },
  ),
  // ===== 12–20 November: the oil halt, the freeze, the first releases, the warnings =====
  ev(
    'StatementMade',
    'stmt-carter-oil',
    when('1979-11-12'),
    {
      speaker: CARTER,
      audience: 'iran',
      tone: 'critical',
      summary:
        "Carter halts all imports of Iranian oil (Proclamation 4702), to 'eliminate any suggestion that economic pressures can weaken our stand on basic issues of principle'; the US must 'refuse to permit the use of terrorism and the seizure and the holding of hostages to impose political demands'.",
    },
    [S.frusNov12, S.crimsonNov13, S.politicoNov12],
    { cameo: '163', occurrence: O.nov12, note: 'An embargo on the other party’s oil (CAMEO 163).' },
  ),
  ev(
    'StatementMade',
    'stmt-iran-oil',
    when('1979-11-12'),
    {
      speaker: REV_COUNCIL,
      audience: 'united-states',
      tone: 'critical',
      summary:
        'Acting Foreign Minister Bani-Sadr announces that the Revolutionary Council has decided to stop all oil exports to the United States (Tehran radio: decided before Carter’s announcement).',
    },
    [S.frusNov12, S.crimsonNov13],
    { cameo: '163', occurrence: O.nov12 },
  ),
  ev(
    'StatementMade',
    'stmt-carter-freeze',
    when('1979-11-14'),
    {
      speaker: CARTER,
      audience: 'iran',
      tone: 'critical',
      summary:
        'Executive Order 12170: a national emergency is declared and all Iranian government assets under US jurisdiction — about $8 billion — are blocked by the Treasury’s Office of Foreign Assets Control.',
    },
    [S.whpNov14],
    { cameo: '163', note: 'A freeze of the other party’s assets (CAMEO 163, embargo).' },
  ),
  ev(
    'StatementMade',
    'stmt-khomeini-release13',
    when('1979-11-17'),
    {
      speaker: KHOMEINI,
      audience: 'united-states',
      tone: 'conciliatory',
      summary:
        'Khomeini orders the release of thirteen of the captives, women and African-American employees, who he says were probably not spies; they are freed on 19 and 20 November. The remaining captives are to stay.',
    },
    [S.issuhubEndorsed, S.politicoNov12, S.upiNov19],
  ),
  ev(
    'StatementMade',
    'stmt-khomeini-trial',
    when('1979-11-18'),
    {
      speaker: KHOMEINI,
      audience: 'united-states',
      tone: 'threat',
      summary:
        "To US television networks: 'any hostage accused of spying would be tried before the Islamic court ... and those tried as spies will have to accept punishment due them according to Islamic justice.'",
    },
    [S.upiNov19, S.frusNov19],
  ),
  ev(
    'StatementMade',
    'stmt-whitehouse-nov19',
    when('1979-11-19'),
    {
      speaker: WHITE_HOUSE,
      audience: 'iran',
      tone: 'accusation',
      summary:
        "'The remaining hostages must also be released. Their detention is without justification. The Government of Iran is responsible for achieving their immediate and safe release'; a trial of diplomats would be 'a further flagrant violation of elementary human rights, religious precepts, and international law'.",
    },
    [S.frusNov19, S.upiNov19],
  ),
  ev(
    'StatementMade',
    'stmt-students-nov20',
    when('1979-11-20'),
    {
      speaker: STUDENT_SPOKESMEN,
      audience: 'united-states',
      tone: 'threat',
      summary:
        "'All hostages will be destroyed' if Washington mounts any military action in Iran, and the embassy compound 'blown up'; millions march in Tehran chanting 'Death to Carter!'",
    },
    [S.nytNov21],
  ),
  ev(
    'IncidentReported',
    'navy',
    when('1979-11-20'),
    {
      incidentId: INC.navy,
      kind: 'force-posture',
      perpetrator: 'united-states',
      against: 'iran',
      target: 'Iran',
      place: 'Arabian Sea',
      description:
        'US naval ships move toward Iran; Washington says the movement should be taken seriously (New York Times, 21 November).',
    },
    [S.nytNov21],
  ),
  ev(
    'StatementMade',
    'stmt-us-nov20',
    when('1979-11-20'),
    {
      speaker: US_GOV,
      audience: 'iran',
      tone: 'military-threat',
      summary:
        "Washington warns Iran that the movement of American naval ships toward it 'should be taken seriously' and that Iran will be held 'accountable' if the hostages are harmed; an official: 'We are not going to sit on our hands and watch our people being slaughtered.'",
    },
    [S.nytNov21],
  ),
  // ===== 29 November – 31 December: the Court and the Council =====
  ev(
    'StatementMade',
    'stmt-us-icj-application',
    when('1979-11-29'),
    {
      speaker: STATE_DEPT,
      audience: 'iran',
      tone: 'accusation',
      summary:
        "The State Department's Legal Adviser files an application against Iran at the ICJ: Iran, 'in tolerating, encouraging, and failing to prevent and punish' the invasion of the embassy and the seizure and continued detention of the staff, violated its obligations; the US asks for provisional measures.",
      blames: { incidentId: INC.seizure, on: 'iran' },
    },
    [S.worldcourtsOrder],
  ),
  ev('ActorRegistered', 'actor-unsc', when('1979-12-04'), { actor: UNSC, role: 'third-party' }, [S.wikiRes457]),
  ev(
    'StatementMade',
    'stmt-unsc-457',
    when('1979-12-04'),
    {
      speaker: COUNCIL,
      audience: 'iran',
      tone: 'critical',
      summary:
        'Resolution 457, adopted 15–0: Iran is called on to release the hostages at the embassy immediately and let them leave; both countries are called on to settle their disputes peacefully and exercise the utmost restraint.',
    },
    [S.wikiRes457],
  ),
  ev(
    'StatementMade',
    'stmt-beheshti-dec5',
    when('1979-12-05'),
    {
      speaker: BEHESHTI,
      audience: 'united-states',
      tone: 'threat',
      summary:
        "At a press conference: the prisoners will be tried on spy charges according to Islamic law, though they would be 'freed if acquitted'.",
    },
    [S.timesDec5],
  ),
  ev('ActorRegistered', 'actor-icj', when('1979-12-15'), { actor: ICJ, role: 'third-party' }, [S.icjOrderDec15]),
  ev(
    'StatementMade',
    'stmt-icj-order',
    when('1979-12-15'),
    {
      speaker: COURT,
      audience: 'iran',
      tone: 'critical',
      summary:
        "Unanimous Order of provisional measures: Iran should immediately restore the embassy to US control and ensure 'the immediate release, without any exception' of all US nationals held; both governments should take no action that may aggravate the tension. Iran did not appear.",
    },
    [S.icjOrderDec15, S.worldcourtsOrder],
  ),
  ev(
    'StatementMade',
    'stmt-unsc-461',
    when('1979-12-31'),
    {
      speaker: COUNCIL,
      audience: 'iran',
      tone: 'warning',
      summary:
        "Resolution 461 (11–0, four abstentions) deplores the continued detention, calls again for the release, asks the Secretary-General to intensify his efforts and decides to meet on 7 January 1980 to adopt, 'in the event of non-compliance', effective measures under Articles 39 and 41.",
    },
    [S.frusDec31],
  ),
  // ===== January – April 1980 =====
  ev(
    'StatementMade',
    'stmt-carter-jan20',
    when('1980-01-20'),
    {
      speaker: CARTER,
      audience: 'iran',
      tone: 'accusation',
      summary:
        "On 'Meet the Press': holding the hostages is an 'abhorrent' and 'cruel' act by 'a group of terrorists'; economic sanctions 'will be pursued unilaterally'; he defends forgoing military force so far, which would have cost the hostages' lives.",
    },
    [S.csmJan21],
  ),
  ev(
    'StatementMade',
    'stmt-khomeini-apr7',
    when('1980-04-07'),
    {
      speaker: KHOMEINI,
      audience: 'united-states',
      tone: 'critical',
      summary:
        'Khomeini rules that the hostages must remain in the hands of the militants at the embassy until the new Majlis decides their fate (the transfer to the government’s custody, which the latest talks had sought, is refused).',
    },
    [S.crimsonApr8, S.pressApr9],
  ),
  ev(
    'StatementMade',
    'stmt-carter-break',
    when('1980-04-07T20:10:00Z'),
    {
      speaker: CARTER,
      audience: 'iran',
      tone: 'accusation',
      summary:
        'Carter holds Khomeini fully responsible for not placing the hostages under the government’s control and breaks diplomatic relations: all Iranian diplomats and officials are to leave by midnight the next day.',
    },
    [S.frusApr7, S.crimsonApr8, S.pressApr9],
    { cameo: '161', occurrence: O.apr7, note: 'The break of relations (CAMEO 161); not a border closure.' },
  ),
  ev(
    'StatementMade',
    'stmt-carter-sanctions-apr7',
    when('1980-04-07T20:15:00Z'),
    {
      speaker: CARTER,
      audience: 'iran',
      tone: 'threat',
      summary:
        "Exports to Iran are banned (food and medicine aside), Iran's assets and US claims inventoried, Iranian visas invalidated; 'Other action may become necessary if these steps do not produce the prompt release of the hostages' — officials later say this might include a naval blockade.",
    },
    [S.frusApr7, S.crimsonApr8, S.pressApr9],
    { cameo: '163', occurrence: O.apr7 },
  ),
  ev(
    'StatementMade',
    'stmt-carter-sanctions-apr17',
    when('1980-04-17'),
    {
      speaker: CARTER,
      audience: 'iran',
      tone: 'critical',
      summary:
        'Further measures: a ban on all imports from Iran, on travel to Iran and on financial transfers; the impounded military equipment Iran ordered is to go to US forces or be sold; Congress asked for authority to pay claims from the frozen assets.',
    },
    [S.pressApr19, S.csmApr18],
    { cameo: '163', occurrence: O.apr17 },
  ),
  ev(
    'StatementMade',
    'stmt-carter-military-apr17',
    when('1980-04-17'),
    {
      speaker: CARTER,
      audience: 'iran',
      tone: 'military-threat',
      summary:
        "At his press conference: the next step may be military action if economic and political sanctions do not free the hostages; its timing would depend on Iran's response and on the allies' measures. 'We are beyond the time for gestures.'",
      quote: 'We are beyond the time for gestures. We want our people to be set free.',
    },
    [S.pressApr19, S.csmApr18],
    { occurrence: O.apr17 },
  ),
  // ===== 24–27 April: Desert One =====
  ev(
    'IncidentReported',
    'desert-one',
    when('1980-04-24'),
    {
      incidentId: INC.desertOne,
      kind: 'occupation',
      perpetrator: 'united-states',
      against: 'iran',
      target: 'A landing site in the desert of Iran (the staging area for a rescue of the hostages in Tehran)',
      place: DESERT_ONE,
      description:
        'Operation Eagle Claw: US transport aircraft and eight Navy helicopters from USS Nimitz land a Delta Force rescue force at the Desert One staging area in Iran; only five helicopters arrive in working order, short of the six required, and Carter approves the commanders’ request to abort. No engagement with Iranian forces is reported.',
    },
    [S.tribuneApr24, S.liquisearchEagleClaw, S.piglixDesertOne],
    { note: 'Ground taken without fire between the parties’ forces (see the header).' },
  ),
  ev(
    'IncidentReported',
    'desert-one-out',
    when('1980-04-25'),
    {
      incidentId: INC.desertOneOut,
      kind: 'withdrawal',
      perpetrator: 'united-states',
      against: 'iran',
      place: DESERT_ONE,
      description:
        'As the force prepares to leave, a helicopter crashes into a C-130 carrying fuel and servicemen; eight US servicemen die in the fire, the remaining helicopters are left behind, and the force flies out of Iran. One account counts one Iranian civilian killed during the operation.',
    },
    [S.tribuneApr24, S.liquisearchEagleClaw, S.piglixDesertOne],
    { note: 'The deaths were an accident on the ground, not fire between the parties: kept in the description.' },
  ),
  ev(
    'StatementMade',
    'stmt-khalkhali-apr27',
    when('1980-04-27'),
    {
      speaker: KHALKHALI,
      audience: 'united-states',
      tone: 'accusation',
      summary:
        'The charred remains of the eight Americans are displayed to foreign reporters in the embassy courtyard, with Khalkhali handing them over to the militants — against President Bani-Sadr’s assurance that they would go back through the Swiss ambassador; the captors speak of trying the United States.',
    },
    [S.csmApr28],
  ),
  // ===== May – September 1980 =====
  ev(
    'StatementMade',
    'stmt-icj-judgment',
    when('1980-05-24'),
    {
      speaker: COURT,
      audience: 'iran',
      tone: 'critical',
      summary:
        'Judgment: Iran has violated and is still violating its obligations to the United States (13–2), must immediately release the hostages (unanimous) and owes reparation (12–3); the Court also comments on the US incursion of 24–25 April.',
    },
    [S.worldcourtsJudgment, S.icjSummaryMay24],
  ),
  ev(
    'StatementMade',
    'stmt-us-june-warning',
    when('1980-06', 'month'),
    {
      speaker: US_GOV,
      audience: 'iran',
      tone: 'military-threat',
      summary:
        "A private message relayed by a Western ambassador in Tehran to senior figures of the Islamic Republican Party: if the hostages are put on trial, US military action against Iran 'could not be ruled out'.",
    },
    [S.csmJun24],
  ),
  ev(
    'StatementMade',
    'stmt-khomeini-conditions',
    when('1980-09-12'),
    {
      speaker: KHOMEINI,
      audience: 'united-states',
      tone: 'neutral',
      summary:
        "Answering Muskie's letter to Prime Minister Rajai (the first direct message since April), Khomeini sets four conditions for the release: the return of the late shah's wealth, the unfreezing of Iran's assets, the cancellation of US claims against Iran, and a pledge of non-interference — for the first time no apology is demanded.",
    },
    [S.timeJan1981],
  ),
  ev(
    'DemandAmended',
    'dem-shah-wealth',
    when('1980-09-12'),
    {
      demandId: D.shah,
      text: "Return the late shah's wealth to Iran.",
      category: 'economic',
      reason: 'The shah died in Cairo on 27 July 1980; Khomeini’s conditions ask for his fortune instead.',
    },
    [S.timeJan1981],
  ),
  ev(
    'DemandTabled',
    'dem-assets',
    when('1980-09-12'),
    {
      demandId: D.assets,
      by: 'iran',
      addressedTo: ['united-states'],
      text: 'Unfreeze all Iranian assets blocked since 14 November 1979.',
      category: 'economic',
    },
    [S.timeJan1981],
  ),
  ev(
    'DemandTabled',
    'dem-claims',
    when('1980-09-12'),
    {
      demandId: D.claims,
      by: 'iran',
      addressedTo: ['united-states'],
      text: 'Cancel US claims against Iran.',
      category: 'economic',
    },
    [S.timeJan1981],
  ),
  ev(
    'DemandTabled',
    'dem-non-interference',
    when('1980-09-12'),
    {
      demandId: D.nonInterference,
      by: 'iran',
      addressedTo: ['united-states'],
      text: 'A US pledge not to interfere, directly or indirectly, politically or militarily, in the affairs of the Islamic Republic.',
      category: 'political',
    },
    [S.timeJan1981],
  ),
  ev(
    'DemandTabled',
    'dem-apology',
    when('1980-09-13', 'approximate'),
    {
      demandId: D.apology,
      by: 'iran',
      addressedTo: ['united-states'],
      text: 'An American apology for its long support of the shah (Rafsanjani, as the Majlis considers a hostage commission).',
      category: 'political',
    },
    [S.timeJan1981],
    { note: "Time: 'a day later' than Khomeini's conditions." },
  ),
  ev(
    'PositionTaken',
    'pos-us-apology',
    when('1980-09', 'month'),
    { demandId: D.apology, actorId: 'united-states', stance: 'rejected', speaker: CARTER },
    [S.timeJan1981],
    { note: "Carter 'ruled out any admission of guilt in strong terms'." },
  ),
  // ===== November 1980 – January 1981: the Algerian mediation =====
  ev(
    'StatementMade',
    'stmt-majlis-nov2',
    when('1980-11-02'),
    {
      speaker: MAJLIS,
      audience: 'united-states',
      tone: 'neutral',
      summary:
        "In open session the Majlis passes four conditions for the release: a US guarantee of non-interference; the release of all Iranian funds frozen on 14 November 1979 and the annulment of US court orders; the cancellation of all lawsuits and claims of the US government and Americans; and the return of the shah's wealth.",
    },
    [S.csmNov3],
  ),
  ev('ActorRegistered', 'actor-algeria', when('1980-11-03', 'approximate'), { actor: ALGERIA, role: 'mediator' }, [
    S.deseretAlgeria,
    S.wikiNegotiations,
  ]),
  ev(
    'MediationAction',
    'med-algeria-nov',
    when('1980-11', 'month'),
    {
      mediator: 'algeria',
      action: 'offered',
      summary:
        'Algeria agrees, reluctantly, to act as intermediary between Washington and Tehran: its envoys carry each side’s messages on the Majlis conditions (a senior Algerian: "A happy ending might change the American view that we are communists").',
    },
    [S.deseretAlgeria, S.wikiNegotiations],
  ),
  ev(
    'DemandTabled',
    'dem-guarantees',
    when('1980-12-30'),
    {
      demandId: D.guarantees,
      by: 'iran',
      addressedTo: ['united-states'],
      text: 'Financial guarantees before the release: cash in advance deposited with the Central Bank of Algeria, from which Iran could claim its frozen assets and the shah’s wealth.',
      category: 'economic',
    },
    [S.csmDec31],
    { note: 'Repeated by Nabavi on 30 December; Washington had rejected it as "unreasonable".' },
  ),
  ev(
    'StatementMade',
    'stmt-nabavi-dec30',
    when('1980-12-30'),
    {
      speaker: NABAVI,
      audience: 'united-states',
      tone: 'threat',
      summary:
        'Iran will agree to any US proposal that guarantees the return of its assets and that Algeria judges acceptable; if no such solution is found, the 52 will be tried as spies.',
    },
    [S.csmDec31],
  ),
  ev(
    'StatementMade',
    'stmt-nabavi-jan18',
    when('1981-01-18'),
    {
      speaker: NABAVI,
      audience: 'united-states',
      tone: 'conciliatory',
      summary:
        "'The government of the Islamic Republic of Iran and the United States finally reached agreement on resolving the issue of the hostages today'; some $2.2 billion in Iranian gold and currency has been moved from New York to London, an Algerian airliner waits at Mehrabad.",
    },
    [S.timeBreakthrough],
  ),
  ev(
    'AgreementReached',
    'agr-algiers',
    when('1981-01-19'),
    {
      agreementId: 'algiers-accords',
      kind: 'comprehensive',
      provisions: [
        'Iran releases the 52 US nationals held hostage',
        'The United States restores Iran’s financial position, as far as possible, to what it was before 14 November 1979: the frozen assets released and the sanctions lifted',
        'The United States pledges not to intervene, directly or indirectly, politically or militarily, in Iran’s internal affairs',
        'Claims of each state and its nationals against the other go to binding arbitration before an Iran–United States Claims Tribunal in The Hague',
      ],
      signatories: ['united-states', 'iran'],
      textPublic: true,
      status: 'signed',
    },
    [S.apsJan19, S.algEmbassyAccords, S.hagueJusticePortal],
    {
      note: 'The General Declaration and the Claims Settlement Declaration of the Government of Algeria, signed for the US by Deputy Secretary Warren Christopher with Foreign Minister Benyahia, adhered to by Iran.',
    },
  ),
  ev(
    'MediationAction',
    'med-algeria-jan19',
    when('1981-01-19'),
    {
      mediator: 'algeria',
      action: 'proposed',
      summary:
        'Having consulted both on the commitments each would undertake, Algeria records them in its two Declarations of 19 January 1981, which both adhere to.',
    },
    [S.hagueJusticePortal, S.apsJan19],
  ),
  ev(
    'PositionTaken',
    'pos-us-assets',
    when('1981-01-19'),
    { demandId: D.assets, actorId: 'united-states', stance: 'accepted' },
    [S.apsJan19, S.lawhague],
  ),
  ev(
    'PositionTaken',
    'pos-us-non-interference',
    when('1981-01-19'),
    { demandId: D.nonInterference, actorId: 'united-states', stance: 'accepted' },
    [S.apsJan19, S.hagueJusticePortal],
  ),
  ev(
    'PositionTaken',
    'pos-us-claims',
    when('1981-01-19'),
    {
      demandId: D.claims,
      actorId: 'united-states',
      stance: 'counter-proposed',
      conditions: 'Claims go to binding arbitration before the Claims Tribunal instead of being cancelled.',
    },
    [S.hagueJusticePortal, S.lawhague],
  ),
  ev(
    'PositionTaken',
    'pos-iran-release',
    when('1981-01-20T17:30:00Z'),
    { demandId: D.release, actorId: 'iran', stance: 'accepted' },
    [S.guardianJan21, S.apsJan19],
    {
      note: 'The 52 are flown out of Mehrabad minutes after Reagan is sworn in, handed to US authorities in Algiers on 21 January and flown on to Wiesbaden, West Germany.',
    },
  ),
  ev(
    'IncidentReported',
    'release',
    when('1981-01-20T17:30:00Z'),
    {
      incidentId: INC.release,
      kind: 'release',
      perpetrator: 'iran',
      against: 'united-states',
      target: 'The 52 American hostages',
      place: EMBASSY,
      description:
        'The 52 are flown out of Mehrabad minutes after Reagan is sworn in: the detention that began with the seizure of the embassy ends after 444 days.',
    },
    [S.guardianJan21, S.apsJan19],
  ),
  // ===== 1981: the Claims Tribunal =====
  ev('ActorRegistered', 'actor-iusct', when('1981-07-01'), { actor: IUSCT, role: 'third-party' }, [
    S.hagueJusticePortal,
  ]),
  ev(
    'ThirdPartyEngagement',
    'tpe-iusct-first-meeting',
    when('1981-07-01'),
    {
      actorId: 'iusct',
      counterparts: ['united-states', 'iran'],
      kind: 'meeting',
      summary:
        'The Claims Tribunal holds its first meeting in The Hague: nine members, three appointed by Iran, three by the United States and three from third countries, under the Claims Settlement Declaration.',
    },
    [S.hagueJusticePortal, S.wikiTribunal],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'us-iran-1979.jsonl',
  logEnd: '2026-12-06T23:00:00Z',
  events,
};

export default definition;
