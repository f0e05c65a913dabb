/**
 * A test fixture, not a shipped example: Ethiopia and Eritrea from the clash
 * at Badme (6 May 1998) to the Algiers Agreement (12 December 2000), as an
 * analyst following the news could have recorded them. Escalation model v2
 * was never tuned on it: it is the case the model is held to in
 * ethiopia-eritrea-1998.spec.ts, against the calls an analyst makes from
 * DOMAIN.md §5b alone. (A separate negotiation from `eritrea-ethiopia-2018`,
 * the rapprochement of 2018, with its own id.)
 *
 * What it tests that the other cases did not: heavy armed action over weeks
 * on three fronts (Badme in the west, Zalambessa in the centre, Bure on the
 * Assab road in the east); a ceasefire limited to the air (the US-brokered
 * moratorium on air strikes of 14 June 1998, recorded `partial`) while the
 * ground war went on; long pauses between offensives (July 1998 – January
 * 1999, July 1999 – May 2000) with no fighting recorded and no ceasefire on
 * the ground; demands and framework proposals accepted by one side only (the
 * US–Rwanda plan, the OAU Framework Agreement, the technical arrangements);
 * a cessation of hostilities that holds (Algiers, 18 June 2000), and a
 * comprehensive agreement being implemented (Algiers, 12 December 2000).
 *
 * The parties are Ethiopia and Eritrea; the United States and Rwanda (the
 * "facilitators" of May – June 1998) mediate from the opening; the OAU from
 * its Ouagadougou summit (June 1998); Algeria (OAU chair) from July 1999; the
 * United Nations from the establishment of UNMEE (31 July 2000).
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source.
 *
 * Grading as in examples/README.md: A = the primary document itself (the
 * White House statement of the moratorium); B = established outlet or wire
 * copy (AP, Reuters, AFP, BBC, VOA, the Times, the Guardian, the Los Angeles
 * Times); C = a wire story or official statement copied on a partisan archive
 * (the Ethiopian "dagmawi" news archive, the Eritrean "dehai" archive), a
 * reference chronology or database; 1 = an on-record statement or act
 * confirmed by the actor itself (or an agreement's text); 2 = several outlets
 * agree or one established outlet reports it; 3 = one side's unverified claim
 * about the other (tolls, who fired first).
 *
 * Dates of sources: archive copies carry the date of the wire story or the
 * statement they copy. Pages of reference works that carry no date of their
 * own (the Universalis chronology, the PA-X database, the OAU text on dehai)
 * are given the day after the last development they report, a lower bound
 * stated as such.
 *
 * Judgement calls, recorded as an analyst would:
 * - The case is opened on 25 June 1998, the day of the Ethiopian government's
 *   chronology, dated 6 May; the first seven weeks are backfilled that day
 *   from the press of May – June. The clash of 6 May (Eritrean officers shot
 *   near Badme, by Eritrea's account; a shoot-out started by them, by
 *   Ethiopia's) has no toll in what was read: recorded without one. Eritrea's
 *   entry into Badme on 12 May is recorded as armed action by Eritrea on
 *   territory Ethiopia administered (the OAU committee's finding), alleged by
 *   Ethiopia; no fighting toll is given for it.
 * - Ethiopia's demand that Eritrea withdraw is dated 13 May, the Council of
 *   Ministers' statement to which Eritrea's cabinet answered on the 14th
 *   (known from Eritrea's broadcast statement of 5 June, as the BBC gave it,
 *   and from the Ethiopian press releases of June); its warning that Ethiopia
 *   "will take all the necessary measures" is a threat, recorded as such.
 * - Places are recorded one way each, as the fronts were named: "Badme" (the
 *   western, Badme – Shiraro or Mereb – Setit front), "Zalambessa" (the
 *   central front), "Bure" (the eastern front on the Assab road; reports
 *   "near Assab" are recorded there), "Tsorona", and the towns struck or
 *   taken by name ("Mekele", "Asmara", "Adigrat", "Barentu", "Massawa",
 *   "Senafe", "Tesseney", "Gergef", "Guluj"; in April 1999 "Adi Keih",
 *   "Mendefera", "Forto" — the three raids of Eritrea's press release).
 * - Tolls are the sides' claims, graded 3: the Mekele raid (44 killed by
 *   Ethiopia's release of 6 June; at least 48 civilians killed by bombing in
 *   northern Ethiopia by the AP of 15 June: recorded 44–48); Eritrea's list of 3,697 Ethiopian
 *   soldiers killed on 24 February 1999; Eritrea's 2,400 Ethiopians killed on
 *   10–11 June 1999; the 300 Ethiopian dead a Reuters correspondent saw at
 *   Tsorona (Eritrea claimed 10,000). Counts of "killed, wounded or captured"
 *   are kept in the text, never as fatalities. Running totals (tens of
 *   thousands dead) are never recorded as an act.
 * - The moratorium on air strikes (14 June 1998) is a `partial` ceasefire
 *   between both parties, mediated by the United States (Italy's part is in
 *   the note). It was broken by Ethiopian air strikes in February 1999
 *   (violation alleged by Eritrea and noted by the White House); no side
 *   renounced it, so it is not ended until the cessation of hostilities of
 *   18 June 2000 supersedes it.
 * - The US – Rwanda plan, the OAU Framework Agreement, its modalities, its
 *   technical arrangements and the OAU's proposal for a cessation of
 *   hostilities are recorded as demands the OAU (or the facilitators) tabled
 *   to both parties, with each party's stance as reported. Ethiopia's
 *   statement of 4–6 September 1999 on the technical arrangements is
 *   recorded as a rejection (Reuters: "Ethiopia rejects OAU peace deal"),
 *   although Addis Ababa said a day later it had only asked questions.
 * - The expulsions of each other's nationals have no type of their own: they
 *   are in the parties' statements (Eritrea's National Assembly, 27 June
 *   1998).
 * - After 14 June 1998 the press reports one artillery exchange (24 June,
 *   Zalambessa) and then no fighting until 6 February 1999; after the June
 *   1999 battles none until 12 May 2000. Those months have no armed act
 *   recorded: none was found in the sources read.
 * - Ethiopia's offensive of May 2000: a report naming fighting at Badme and
 *   Bure on 12 May (the Independent, from AP), Barentu taken on 17 May,
 *   Massawa bombed on the 18th, Zalambessa attacked on the 23rd and taken on
 *   the 25th, fighting at Senafe on the 28th (Eritrea's account), at Bure on
 *   3 and 5 June, around Tesseney from 5 June, at Gergef on the 10th, Guluj
 *   on the 12th and Tesseney again on the 14th, with shelling near Assab.
 * - Scale (the catalogue's `scale: 'major'`, heavy armed action whatever
 *   toll is recorded: both armies kept their losses secret). Marked only
 *   where the incident's own source calls that act an offensive or a
 *   full-scale battle: the Badme battle of 8 February 1999 (BBC: "On the
 *   third day of heavy fighting the late afternoon brought a full-scale
 *   battle"; AP: Eritrea "had pushed back a three-day Ethiopian
 *   offensive"); the Badme fighting of 12 May 2000 (AP in the Independent,
 *   quoting Eritrea's Foreign Ministry: "The Ethiopian regime has launched
 *   an offensive on the right and left flanks of the Mereb-Setit front
 *   (Badme)"); the taking of Barentu on 17 May 2000 (Reuters: "Ethiopian
 *   forces launched a huge offensive last Friday and targeted Barentu").
 *   Not marked: Konin (8 February 1999: strongholds "captured", no
 *   offensive named for that act), Bure (12 May 2000: "fighting was also
 *   going on"), the Massawa raid (18 May 2000), and every other act.
 * - The Agreement on Cessation of Hostilities (18 June 2000) is recorded as
 *   signed (the agreement) and as an indefinite ceasefire of all hostilities
 *   mediated by the OAU, Algeria and the United States; no violation of it
 *   is reported in the sources read. UNMEE (31 July and 15 September 2000)
 *   is recorded as the United Nations' mediation at work.
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'ethiopia-eritrea-1998';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 1998);
/** A recordedAt on a given day (the case spans three years). */
const rec = (day: string, time: string): string => `${day}T${time}:00Z`;

const ETHIOPIA: Actor = { id: 'ethiopia', name: 'Ethiopia', kind: 'state', aliases: ['Addis Ababa'] };
const ERITREA: Actor = { id: 'eritrea', name: 'Eritrea', kind: 'state', aliases: ['Asmara'] };
const USA: Actor = { id: 'united-states', name: 'United States', kind: 'state', aliases: ['US', 'Washington'] };
const RWANDA: Actor = { id: 'rwanda', name: 'Rwanda', kind: 'state', aliases: ['Kigali'] };
const OAU: Actor = {
  id: 'oau',
  name: 'Organization of African Unity',
  kind: 'international-organisation',
  aliases: ['OAU', 'OAU High-Level Delegation'],
};
const ALGERIA: Actor = { id: 'algeria', name: 'Algeria', kind: 'state', aliases: ['Algiers', 'OAU chair'] };
const UN: Actor = {
  id: 'united-nations',
  name: 'United Nations',
  kind: 'international-organisation',
  aliases: ['UN', 'UN Security Council', 'UNMEE'],
};

const ETH_COUNCIL: Person = { name: 'Council of Ministers of Ethiopia (statement)', actorId: 'ethiopia' };
const SELOME: Person = {
  name: 'Selome Tadesse',
  title: 'Spokeswoman of the government of Ethiopia',
  actorId: 'ethiopia',
};
const SEYOUM: Person = { name: 'Seyoum Mesfin', title: 'Foreign Minister of Ethiopia', actorId: 'ethiopia' };
const MELES: Person = { name: 'Meles Zenawi', title: 'Prime Minister of Ethiopia', actorId: 'ethiopia' };
const ERI_ASSEMBLY: Person = { name: 'National Assembly of Eritrea (statement)', actorId: 'eritrea' };
const ERI_MOFA: Person = { name: 'Ministry of Foreign Affairs of Eritrea (statement)', actorId: 'eritrea' };
const YEMANE: Person = {
  name: 'Yemane Gebremeskel',
  title: 'Adviser and spokesman of the President of Eritrea',
  actorId: 'eritrea',
};
const ERI_GOV: Person = { name: 'Government of Eritrea (statement broadcast on Eritrean radio)', actorId: 'eritrea' };
const HAILE: Person = { name: 'Haile Woldensae', title: 'Foreign Minister of Eritrea', actorId: 'eritrea' };

const S = {
  reutersMekeleJun5: source(
    'Eritrean air raid shatters calm of Ethiopian town (Rosalind Russell, Reuters)',
    'Reuters (archive copy)',
    'http://www.oocities.org/eureka/park/5875/NewsAirRaidComment_Jun5.html',
    '1998-06-05',
    'C',
    2,
  ),
  ethReleaseJun6: source(
    'Press release of the government of Ethiopia on the air raids of 5–6 June 1998',
    'Government of Ethiopia (archive copy)',
    'https://www.oocities.org/~dagmawi/News_Jun6_EthPressRelease.html',
    '1998-06-06',
    'C',
    1,
  ),
  bbcAsmaraJun6: source(
    'The latest raid targeted the military airport (Cathy Jenkins, BBC News)',
    'BBC News (archive copy)',
    'https://www.oocities.org/~dagmawi/NewsAirRaidComment_Jun6.html',
    '1998-06-06',
    'C',
    2,
  ),
  bbcEritreaStatementJun6: source(
    "Eritrea: 'Ethiopia pursues total war'",
    'BBC News',
    'http://news.bbc.co.uk/1/hi/world/africa/107985.stm',
    '1998-06-06',
    'B',
    1,
  ),
  timesJun9: source(
    'Border town at eye of African storm (Sam Kiley, The Times)',
    'The Times (archive copy)',
    'https://www.oocities.org/~dagmawi/News_Jun9_Zalambessa.html',
    '1998-06-09',
    'C',
    2,
  ),
  reutersJun9: source(
    'Hand-to-Hand Battle at Ethiopia-Eritrea Frontier (Rosalind Russell, Reuters)',
    'Reuters (archive copy)',
    'https://www.oocities.org/~dagmawi/News_Jun9_Zalambessa2.html',
    '1998-06-09',
    'C',
    2,
  ),
  ethReleaseJun10: source(
    'Press release of the Embassy of Ethiopia, Washington: the US–Rwanda peace plan',
    'Government of Ethiopia (archive copy)',
    'https://www.oocities.org/~dagmawi/News_Jun10_EthPressRelease.html',
    '1998-06-10',
    'C',
    1,
  ),
  mgJun12: source(
    'A bloody trivial war between friends (David Hirst)',
    'Mail & Guardian',
    'https://mg.co.za/article/1998-06-12-a-bloody-trivial-war-between-friends/',
    '1998-06-12',
    'B',
    2,
  ),
  whiteHouseJun14: source(
    'Ethiopia and Eritrea: Agreement to Moratorium on Air Strikes (Statement by the Press Secretary)',
    'The White House (Clinton White House archive)',
    'https://clintonwhitehouse6.archives.gov/1998/06/1998-06-14-statement-by-the-press-secretary-on-ethiopia-and-eritrea.html',
    '1998-06-14',
    'A',
    1,
  ),
  apJun15: source(
    'Eritrea, Ethiopia May Halt Strikes',
    'Associated Press',
    'https://www.apnews.com/2bc3dc5eaf419561c4fbe439c6808407',
    '1998-06-15',
    'B',
    2,
  ),
  latimesJun15: source(
    'Eritrea, Ethiopia Accept U.S. Proposal to Halt Airstrikes Immediately',
    'Los Angeles Times',
    'https://www.latimes.com/archives/la-xpm-1998-jun-15-mn-60124-story.html',
    '1998-06-15',
    'B',
    1,
  ),
  reutersJun24: source(
    'Ethiopia, Eritrea exchange fire on border (Matthew Bigg, Reuters)',
    'Reuters (archive copy)',
    'https://www.oocities.org/~dagmawi/News_Jun24_Addis.html',
    '1998-06-24',
    'C',
    2,
  ),
  ethChronologyJun25: source(
    'Background to and chronology of events on the Eritrean aggression against Ethiopia',
    'Government of Ethiopia (archive copy)',
    'https://www.oocities.org/~dagmawi/News_Jun25_EthPressRelease.html',
    '1998-06-25',
    'C',
    3,
  ),
  voaJun27: source(
    'Eritrea national assembly (Carol Pineau, VOA)',
    'Voice of America (archive copy)',
    'https://www.oocities.org/~dagmawi/News_Jun27_VOA2.html',
    '1998-06-27',
    'C',
    1,
  ),
  oauDecisionJun: source(
    'AHG/Dec. 130 (XXXIV): The Dispute Between Ethiopia and Eritrea',
    'Organization of African Unity (AfricanLII)',
    'https://agp.africanlii.org/akn/aa-au/decision/decision/1998/130/eng@1998-07-10',
    '1998-07-10',
    'A',
    1,
  ),
  reutersAug14: source(
    'Ethiopia calls for settlement of Eritrea dispute (Reuters)',
    'Reuters (archive copy)',
    'http://www.oocities.org/eureka/park/5875/News/News_Aug14_PeaceCall.html',
    '1998-08-14',
    'C',
    2,
  ),
  oauFramework: source(
    'OAU High-Level Delegation: Proposals for a Framework Agreement for a peaceful settlement of the dispute between Eritrea and Ethiopia',
    'OAU (dehai archive copy)',
    'http://www.dehai.org/conflict/oau/oau-framework-11-98.htm',
    '1998-11-09',
    'C',
    1,
  ),
  seyoumNov11: source(
    'Statement to the diplomatic community in Addis Ababa on the crisis between Ethiopia and Eritrea (Seyoum Mesfin)',
    'Government of Ethiopia (archive copy)',
    'https://www.oocities.org/~dagmawi/News/News_Nov11_Seyoum.html',
    '1998-11-11',
    'C',
    1,
  ),
  eriMofaJan12: source(
    "Eritrean Foreign Ministry statement on Ethiopia's preparations for war",
    'Ministry of Foreign Affairs of Eritrea (dehai archive)',
    'http://dehai.org/conflict/GoE_Press_Release/mofa/g_010899.html',
    '1999-01-12',
    'C',
    1,
  ),
  ledgerFeb7: source(
    'Eritrea-Ethiopia fighting escalates',
    'The Ledger (wire)',
    'https://www.theledger.com/story/news/1999/02/07/eritrea-ethiopia-fighting-escalates/26579451007/',
    '1999-02-07',
    'B',
    2,
  ),
  apBbcFeb8: source(
    'Columns of smoke and circles of fire (BBC); Eritrea: Ethiopian Forces Beaten Back at New Front (AP)',
    'BBC News and Associated Press (archive copy)',
    'https://www.oocities.org/~dagmawi/NewsFeb99/Feb8_Fighting.html',
    '1999-02-08',
    'C',
    2,
  ),
  apFeb9: source(
    'Ethiopia, Eritrea Wage Fierce Fight',
    'Associated Press',
    'https://apnews.com/03af16aad78d38a0323732e309f053b9',
    '1999-02-09',
    'B',
    2,
  ),
  clintonFeb9: source(
    'Statement by the President on the fighting between Ethiopia and Eritrea',
    'The White House (archive copy)',
    'https://www.oocities.org/~dagmawi/NewsFeb99/Feb9_US.html',
    '1999-02-09',
    'C',
    1,
  ),
  afpFeb26: source(
    "Ethiopia claims heavy damage to Eritrea's air force, infantry (AFP)",
    'Agence France-Presse (archive copy)',
    'https://www.oocities.org/~dagmawi/NewsFeb99/Feb26_Fighting.html',
    '1999-02-26',
    'C',
    2,
  ),
  afpFeb27: source(
    'High casualties in border fighting, according to all indications (AFP); Eritrea retreats for second day (Reuters)',
    'Agence France-Presse and Reuters (archive copy)',
    'https://www.oocities.org/~dagmawi/NewsFeb99/Feb27_Fighting.html',
    '1999-02-27',
    'C',
    2,
  ),
  universalisFeb99: source(
    '6-27 février 1999 — Éthiopie - Érythrée. Reconquête par Addis-Abeba des territoires occupés par Asmara',
    'Encyclopædia Universalis (chronology)',
    'https://universalis.fr/evenement/6-27-fevrier-1999-ethiopie-erythree-reconquete-par-addis-abeba-des-territoires-occupes-par-asmara',
    '1999-02-28',
    'C',
    2,
  ),
  afpMar13: source(
    'Eritrea dismisses Ethiopian demands for withdrawal (AFP)',
    'Agence France-Presse (archive copy)',
    'https://www.oocities.org/~dagmawi/NewsMar99/Mar13_Eritrea_Rejection.html',
    '1999-03-13',
    'C',
    2,
  ),
  reutersMar18: source(
    'Eritrea says over 10,000 Ethiopians died on border (Alexander Last, Reuters)',
    'Reuters (ReliefWeb)',
    'https://reliefweb.int/report/eritrea/eritrea-says-over-10000-ethiopians-died-border',
    '1999-03-18',
    'B',
    2,
  ),
  eriMofaApr15: source(
    'Press release: Ethiopian jets bomb civilian areas',
    'Ministry of Foreign Affairs of Eritrea (dehai archive)',
    'http://dehai.org/conflict/goe/mofa/mofa_041599.htm',
    '1999-04-15',
    'C',
    3,
  ),
  reutersJun12: source(
    'Eritrea Claims 2,400 Ethiopians Killed In Clashes (Reuters)',
    'Reuters (archive copy)',
    'http://www.oocities.org/eureka/park/5875/NewsJun99/Jun12_Horn-of-Africa_News.html',
    '1999-06-12',
    'C',
    2,
  ),
  reutersJul14: source(
    'Ethiopia, Eritrea accept new OAU mediation bid (Reuters)',
    'Reuters (archive copy)',
    'http://www.oocities.org/~dagmawi/NewsJuly99/Jul15_OAU_News.html',
    '1999-07-14',
    'C',
    2,
  ),
  panaJul15: source(
    'Eritrea Accepts OAU Modalities (Panafrican News Agency)',
    'Global Policy Forum',
    'https://www.globalpolicy.org/component/content/article/190-issues/33894.html?tmpl=component&print=1&page=',
    '1999-07-15',
    'C',
    1,
  ),
  eriMofaJul22: source(
    'Press release: The TPLF regime continues to beat the war drum',
    'Ministry of Foreign Affairs of Eritrea (dehai archive)',
    'http://dehai.org/conflict/goe/mofa/mofa_072299.htm',
    '1999-07-22',
    'C',
    2,
  ),
  reutersAug9: source(
    'Eritrea Accepts OAU Plan to End Horn War (Reuters)',
    'Global Policy Forum',
    'https://www.globalpolicy.org/component/content/article/184-ethiopia/34032.html?tmpl=component&print=1&page=',
    '1999-08-09',
    'C',
    1,
  ),
  reutersSep6: source(
    'Ethiopia rejects OAU peace deal on Eritrea (Reuters)',
    'Reuters (archive copy)',
    'https://www.oocities.org/~dagmawi/NewsSep99/News_Sep15_Ethio-Eritrea.html',
    '1999-09-06',
    'C',
    2,
  ),
  independentMay12: source(
    'Fighting breaks out on Ethiopian-Eritrean border',
    'The Independent (AP)',
    'http://www.independent.co.uk/news/world/africa/fighting-breaks-out-on-ethiopian-eritrean-border-279388.html',
    '2000-05-12',
    'B',
    2,
  ),
  reutersMay18: source(
    'Ethiopia Scores Major Victory in War With Eritrea (Kieran Murray, Reuters)',
    'Reuters (archive copy)',
    'https://www.oocities.org/~dagmawi/NewsMay2000/Ethiopia_Barentu_War.html',
    '2000-05-18',
    'C',
    2,
  ),
  nytMay19: source(
    'Ethiopian Troops Capture Strategic Town (Ian Fisher, The New York Times)',
    'Sun-Sentinel (The New York Times)',
    'http://articles.sun-sentinel.com/2000-05-19/news/0005180936_1_eritrea-ethiopian-border',
    '2000-05-19',
    'B',
    2,
  ),
  apMay23: source(
    'Fighting Hits Key Ethiopian Border (AP)',
    'Associated Press (archive copy)',
    'https://www.oocities.org/~dagmawi/NewsMay2000/May23_Central_Front.html',
    '2000-05-23',
    'C',
    2,
  ),
  telegraphMay26: source(
    'Ethiopia on brink of victory in war against Eritrea (Anton La Guardia, The Telegraph)',
    'The Telegraph (archive copy)',
    'https://www.oocities.org/~dagmawi/NewsMay2000/Eritrea_War_Zalambessa.html',
    '2000-05-26',
    'C',
    2,
  ),
  irishTimesMay26: source(
    'Crucial win by Ethiopia may hasten end of war',
    'The Irish Times',
    'https://irishtimes.com/news/crucial-win-by-ethiopia-may-hasten-end-of-war-1.275227',
    '2000-05-26',
    'B',
    2,
  ),
  voaMay28: source(
    'Eritrea / Border war (Nick Simeone, VOA)',
    'Voice of America (GlobalSecurity copy)',
    'https://www.globalsecurity.org/military/library/news/2000/05/000528-eritrea1.htm',
    '2000-05-28',
    'C',
    3,
  ),
  bbcMay31: source(
    "Ethiopia says 'war is over'",
    'BBC News',
    'http://news.bbc.co.uk/2/hi/africa/771972.stm',
    '2000-05-31',
    'B',
    1,
  ),
  voaJun5: source(
    'Ethiopia / Eritrea (Scott Stearns, VOA)',
    'Voice of America (GlobalSecurity copy)',
    'https://www.globalsecurity.org/military/library/news/2000/06/000605-eritrea1.htm',
    '2000-06-05',
    'C',
    2,
  ),
  reutersJun11: source(
    'Life and Death in the Horn of Africa (Reuters)',
    'Reuters (archive copy)',
    'https://www.oocities.org/~dagmawi/NewsJune2000/Ethiopia_Eritrea_Jun11.html',
    '2000-06-11',
    'C',
    2,
  ),
  reutersJun14: source(
    'Ethiopia, Eritrea say fighting rages on west front (Reuters)',
    'Reuters (archive copy)',
    'https://www.oocities.org/~dagmawi/NewsJune2000/Ethiopia_Eritrea_Jun14.html',
    '2000-06-14',
    'C',
    2,
  ),
  voaJun14: source(
    'Ethiopia / Eritrea (L update) (Scott Stearns, VOA)',
    'Voice of America (GlobalSecurity copy)',
    'https://www.globalsecurity.org/military/library/news/2000/06/000614-eritrea1.htm',
    '2000-06-14',
    'C',
    2,
  ),
  universalisJun2000: source(
    "5-18 juin 2000 — Éthiopie - Érythrée. Signature d'un accord de cessez-le-feu",
    'Encyclopædia Universalis (chronology)',
    'https://universalis.fr/evenement/5-18-juin-2000-ethiopie-erythree-signature-d-un-accord-de-cessez-le-feu',
    '2000-06-19',
    'C',
    2,
  ),
  latimesJun19: source(
    'Ethiopia and Eritrea Agree to Cease-Fire',
    'Los Angeles Times',
    'https://www.latimes.com/archives/la-xpm-2000-jun-19-mn-42559-story.html',
    '2000-06-19',
    'B',
    1,
  ),
  paxCoh: source(
    'Agreement on Cessation of Hostilities between the Government of the Federal Democratic Republic of Ethiopia and the Government of the State of Eritrea (18 Jun 2000)',
    'PA-X Peace Agreements Database (University of Edinburgh)',
    'https://test.pax.peaceagreements.org/agreements/261',
    '2000-06-19',
    'C',
    1,
  ),
  bbcJul31: source(
    'UN to monitor Horn ceasefire',
    'BBC News',
    'http://news.bbc.co.uk/2/hi/860304.stm',
    '2000-07-31',
    'B',
    1,
  ),
  unisSep19: source(
    'Security Council Authorizes 4,200 Troops for Ethiopia-Eritrea Mission (UNIS/SC/1263)',
    'United Nations Information Service, Vienna',
    'http://unis.unvienna.org/unis/en/pressrels/2000/sc1263r1.html',
    '2000-09-19',
    'A',
    1,
  ),
  apDec13: source(
    'Ethiopia, Eritrea sign peace agreement (AP)',
    'Amarillo Globe-News (Associated Press)',
    'http://amarillo.com/stories/2000/12/13/usn_signpeace.shtml',
    '2000-12-13',
    'B',
    1,
  ),
  latimesDec13: source(
    'Ethiopia, Eritrea Sign Pact to End 2-Year War (AP)',
    'Los Angeles Times',
    'https://www.latimes.com/archives/la-xpm-2000-dec-13-mn-64887-story.html',
    '2000-12-13',
    'B',
    1,
  ),
};

const D = {
  withdraw: 'eritrea-withdraws-from-occupied-territory-1998',
  usRwanda: 'us-rwanda-recommendations-1998',
  framework: 'oau-framework-agreement-1998',
  modalities: 'oau-modalities-1999',
  technical: 'oau-technical-arrangements-1999',
  cessation: 'oau-cessation-of-hostilities-2000',
};
const C = { moratorium: 'air-strike-moratorium-1998-06-14', cessation: 'algiers-cessation-2000-06-18' };
const R = { proximity: 'algiers-proximity-talks-2000', algiers: 'algiers-signing-2000-12' };
const A = { cessation: 'agreement-cessation-of-hostilities-2000', algiers: 'algiers-agreement-2000' };
const O = { cessation: 'algiers-cessation-2000-06-18', algiers: 'algiers-agreement-2000-12-12' };
const MEDIATORS_2000 = ['oau', 'algeria', 'united-states'];

const events = [
  // ===== May – June 1998: Badme, the war on three fronts, the air raids (backfilled on 25 June) =====
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '1998-05-06', recordedAt: rec('1998-06-25', '09:00') },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Ethiopia – Eritrea, the border war and the OAU peace process, 1998–2000',
      subject:
        'The disputed border (Badme, Zalambessa, Bure and other areas): from the clash at Badme of 6 May 1998 through the facilitators’ and the OAU’s mediation (US–Rwanda plan, Framework Agreement, modalities, technical arrangements) to the cessation of hostilities (Algiers, 18 June 2000), UNMEE and the Algiers Agreement (12 December 2000)',
      parties: [ETHIOPIA, ERITREA],
      mediators: [USA, RWANDA],
    },
    [S.ethChronologyJun25, S.reutersJun24],
    {
      note: 'Opened at the clash of 6 May; the United States (Susan Rice) and Rwanda were the facilitators of May – June 1998. Backfilled on 25 June from the press of May – June.',
    },
  ),
  ev(
    'IncidentReported',
    'inc-badme-may6',
    { occurredAt: '1998-05-06', recordedAt: rec('1998-06-25', '09:05') },
    {
      incidentId: 'badme-1998-05-06',
      kind: 'clash',
      perpetrator: 'ethiopia',
      allegedBy: 'eritrea',
      against: 'eritrea',
      place: 'Badme',
      description:
        'Near Badme, Eritrean officers on their way to discuss a border incident are shot by Ethiopian militia and police (by Eritrea\u2019s account); by Ethiopia\u2019s, armed Eritrean officers refused to lay down their weapons and opened fire, and a shoot-out followed. The war dates from this incident. No toll in the sources read.',
    },
    [graded(S.ethChronologyJun25, 3), S.reutersJun24],
  ),
  ev(
    'IncidentReported',
    'inc-badme-may12',
    { occurredAt: '1998-05-12', recordedAt: rec('1998-06-25', '09:10') },
    {
      incidentId: 'badme-1998-05-12',
      kind: 'clash',
      perpetrator: 'eritrea',
      allegedBy: 'ethiopia',
      against: 'ethiopia',
      place: 'Badme',
      description:
        'Eritrean forces with armour move into Badme and its environs, administered by Ethiopia: "the Eritrean aggression of May 12" in Ethiopia\u2019s chronology. Eritrea says it is retaking its own territory. No toll given.',
    },
    [S.ethChronologyJun25, S.ethReleaseJun6],
  ),
  ev(
    'DemandTabled',
    'dem-withdraw',
    { occurredAt: '1998-05-13', recordedAt: rec('1998-06-25', '09:15') },
    {
      demandId: D.withdraw,
      by: 'ethiopia',
      addressedTo: ['eritrea'],
      text: 'Withdraw the Eritrean forces from the Ethiopian territory occupied since 6 May (Badme and its environs), unconditionally, before any talks.',
      category: 'territorial',
    },
    [S.ethReleaseJun6, S.bbcEritreaStatementJun6, S.apJun15],
    {
      note: 'Dated to the Council of Ministers\u2019 statement of 13 May, answered by Eritrea\u2019s cabinet on the 14th; restated by the spokeswoman on 15 June.',
    },
  ),
  ev(
    'StatementMade',
    'stmt-eth-council-may13',
    { occurredAt: '1998-05-13', recordedAt: rec('1998-06-25', '09:20') },
    {
      speaker: ETH_COUNCIL,
      audience: 'eritrea',
      tone: 'threat',
      summary:
        'Condemns the Eritrean army\u2019s invasion of Ethiopian territory, accuses Eritrea of a policy of territorial expansion, demands the withdrawal of its forces and warns that Ethiopia will take all the necessary measures to protect its territorial integrity.',
    },
    [graded(S.bbcEritreaStatementJun6, 2), S.ethChronologyJun25],
  ),
  ev(
    'MediationAction',
    'med-us-rwanda',
    { occurredAt: '1998-06', recordedAt: rec('1998-06-25', '09:25') },
    {
      mediator: 'united-states',
      action: 'proposed',
      summary:
        'The facilitators (the United States and Rwanda) propose a four-point plan: demilitarisation of the areas of conflict, withdrawal of all troops to their positions before 6 May, a third-party observer mission, and delimitation and demarcation of the border by colonial treaties and international law.',
    },
    [S.ethReleaseJun10, S.ethReleaseJun6],
  ),
  ev(
    'DemandTabled',
    'dem-us-rwanda',
    { occurredAt: '1998-06', recordedAt: rec('1998-06-25', '09:26') },
    {
      demandId: D.usRwanda,
      by: 'united-states',
      addressedTo: ['ethiopia', 'eritrea'],
      text: 'Accept the facilitators\u2019 recommendations: withdraw all troops to the positions held before 6 May 1998, demilitarise the areas, accept observers, and demarcate the border.',
      category: 'security',
    },
    [S.ethReleaseJun10],
  ),
  ev(
    'PositionTaken',
    'pos-eth-us-rwanda',
    { occurredAt: '1998-06', recordedAt: rec('1998-06-25', '09:27') },
    { demandId: D.usRwanda, actorId: 'ethiopia', stance: 'accepted' },
    [S.ethReleaseJun10],
  ),
  ev(
    'PositionTaken',
    'pos-eri-us-rwanda',
    { occurredAt: '1998-06-05', recordedAt: rec('1998-06-25', '09:28') },
    {
      demandId: D.usRwanda,
      actorId: 'eritrea',
      stance: 'counter-proposed',
      conditions:
        'Its own proposals: acceptance of the colonial boundaries, demarcation with UN cartographers, demilitarisation under a third party accepted by both; no withdrawal to the positions of 6 May.',
    },
    [S.bbcEritreaStatementJun6, graded(S.ethReleaseJun10, 3)],
  ),
  ev(
    'IncidentReported',
    'inc-zalambessa-early-june',
    { occurredAt: '1998-06-03', precision: 'approximate', recordedAt: rec('1998-06-25', '09:30') },
    {
      incidentId: 'zalambessa-1998-06-03',
      kind: 'clash',
      perpetrator: 'eritrea',
      allegedBy: 'ethiopia',
      against: 'ethiopia',
      place: 'Zalambessa',
      description:
        'Eritrean forces overrun the Ethiopian border town of Zalambessa on the Addis Ababa – Asmara highway "last week" (the Times, 9 June); the corpses of Ethiopian soldiers are gathered into a mass grave. No count given.',
    },
    [S.timesJun9],
  ),
  ev(
    'IncidentReported',
    'inc-asmara-jun5',
    { occurredAt: '1998-06-05', recordedAt: rec('1998-06-25', '09:35') },
    {
      incidentId: 'asmara-airport-1998-06-05',
      kind: 'airstrike',
      perpetrator: 'ethiopia',
      allegedBy: 'ethiopia',
      against: 'eritrea',
      place: 'Asmara',
      description:
        'Ethiopian jets bomb the airport of Asmara (the military air base beside the civil airport); commercial air traffic to Asmara stops. Four people are killed in the raids on the airport of 5–6 June (AP).',
    },
    [S.ethReleaseJun6, S.latimesJun15, S.apJun15],
  ),
  ev(
    'IncidentReported',
    'inc-mekele-jun5',
    { occurredAt: '1998-06-05', recordedAt: rec('1998-06-25', '09:40') },
    {
      incidentId: 'mekele-1998-06-05',
      kind: 'airstrike',
      perpetrator: 'eritrea',
      allegedBy: 'ethiopia',
      against: 'ethiopia',
      place: 'Mekele',
      fatalities: { min: 44, max: 48 },
      civilianFatalities: { min: 44, max: 48 },
      injured: { min: 135, max: 135 },
      description:
        'An Eritrean warplane bombs Mekele, the capital of Tigray, at dusk, twice: an elementary school (Ayder) and the crowd that came to help. Ethiopia counts 44 killed and 135 wounded, among them children; the AP counts at least 48 civilians killed by bombing in northern Ethiopia.',
    },
    [S.reutersMekeleJun5, S.ethReleaseJun6, S.apJun15],
  ),
  ev(
    'IncidentReported',
    'inc-asmara-jun6',
    { occurredAt: '1998-06-06', recordedAt: rec('1998-06-25', '09:45') },
    {
      incidentId: 'asmara-airport-1998-06-06',
      kind: 'airstrike',
      perpetrator: 'ethiopia',
      allegedBy: 'ethiopia',
      against: 'eritrea',
      place: 'Asmara',
      description:
        'A second day of Ethiopian raids on the military airport of Asmara: one bomb hits the base, secondary explosions follow; an Ethiopian plane is shot down and its pilot captured. Ethiopia says the raids crippled the Eritrean air force.',
    },
    [S.bbcAsmaraJun6, S.ethReleaseJun6],
  ),
  ev(
    'StatementMade',
    'stmt-eri-total-war',
    { occurredAt: '1998-06-05', recordedAt: rec('1998-06-25', '09:50') },
    {
      speaker: ERI_GOV,
      audience: 'ethiopia',
      tone: 'accusation',
      summary:
        'Accuses Ethiopia of pursuing a policy of "total war" despite the peace efforts, and restates Eritrea\u2019s proposals (colonial boundaries, demarcation with UN cartographers, demilitarisation under a third party).',
    },
    [S.bbcEritreaStatementJun6],
  ),
  ev(
    'ActorRegistered',
    'actor-oau',
    { occurredAt: '1998-06-10', recordedAt: rec('1998-06-25', '09:55') },
    { actor: OAU, role: 'mediator' },
    [S.ethReleaseJun10],
    {
      note: 'The OAU summit at Ouagadougou (8–10 June) endorses the facilitators\u2019 recommendations and sends a High-Level Delegation of heads of state to both capitals.',
    },
  ),
  ev(
    'IncidentReported',
    'inc-zalambessa-jun9',
    { occurredAt: '1998-06-09', recordedAt: rec('1998-06-25', '10:00') },
    {
      incidentId: 'zalambessa-1998-06-09',
      kind: 'clash',
      perpetrator: 'ethiopia',
      allegedBy: 'eritrea',
      against: 'eritrea',
      place: 'Zalambessa',
      description:
        'Twelve hours of fighting around Zalambessa, from a pre-dawn Ethiopian barrage to infantry assaults and hand-to-hand combat; trenches change hands at least twice and the Eritreans hold the town by nightfall. Each side says the other attacked; an Ethiopian commander speaks of "tremendous losses" among the Eritreans, no count.',
    },
    [S.reutersJun9, S.mgJun12],
  ),
  ev(
    'IncidentReported',
    'inc-adigrat-jun11',
    { occurredAt: '1998-06-11', recordedAt: rec('1998-06-25', '10:05') },
    {
      incidentId: 'adigrat-1998-06-11',
      kind: 'airstrike',
      perpetrator: 'eritrea',
      allegedBy: 'ethiopia',
      against: 'ethiopia',
      place: 'Adigrat',
      description: 'Eritrea bombs the northern Ethiopian town of Adigrat (Reuters). No toll in the report.',
    },
    [S.reutersJun24],
  ),
  ev(
    'IncidentReported',
    'inc-bure-jun11',
    { occurredAt: '1998-06-11', recordedAt: rec('1998-06-25', '10:10') },
    {
      incidentId: 'bure-1998-06-11',
      kind: 'clash',
      perpetrator: 'eritrea',
      allegedBy: 'ethiopia',
      against: 'ethiopia',
      place: 'Bure',
      description: 'Ethiopia reports fighting at Burre, on the Assab front, the same day. No toll given.',
    },
    [S.reutersJun24],
  ),
  ev(
    'CeasefireDeclared',
    'cf-moratorium',
    { occurredAt: '1998-06-14', recordedAt: rec('1998-06-25', '10:15') },
    {
      ceasefireId: C.moratorium,
      parties: ['ethiopia', 'eritrea'],
      scope: 'Air strikes and the threat of air strikes only; the ground war is not covered',
      coverage: 'partial',
      duration: 'indefinite',
      mediatedBy: ['united-states'],
    },
    [S.whiteHouseJun14, S.latimesJun15],
    {
      note: 'In response to a US proposal, after Clinton\u2019s calls to both leaders; Italy\u2019s envoy Rino Serri helped. To last indefinitely, or until either party gives the United States formal advance notice that it will no longer respect it. Eritrea calls it "a partial aspect of a cessation of hostilities".',
    },
  ),
  ev(
    'StatementMade',
    'stmt-selome-jun15',
    { occurredAt: '1998-06-15', recordedAt: rec('1998-06-25', '10:20') },
    {
      speaker: SELOME,
      audience: 'eritrea',
      tone: 'critical',
      summary:
        'After the moratorium, Ethiopia rules out direct talks and restates its demand that Eritrea withdraw first.',
      quote:
        'There will be no direct talks or negotiations through third parties before Eritrea withdraws its troops from our territory.',
    },
    [S.apJun15],
  ),
  ev(
    'IncidentReported',
    'inc-zalambessa-jun24',
    { occurredAt: '1998-06-24', recordedAt: rec('1998-06-25', '10:25') },
    {
      incidentId: 'zalambessa-1998-06-24',
      kind: 'shelling',
      perpetrator: 'eritrea',
      allegedBy: 'ethiopia',
      against: 'ethiopia',
      place: 'Zalambessa',
      description:
        'A brief exchange of heavy artillery fire around Zalambessa from 06:00, Eritrea firing first by Ethiopia\u2019s account ("We responded with heavy artillery. It was very brief"): the first upsurge in almost two weeks. No toll given.',
    },
    [S.reutersJun24],
  ),
  // ===== July 1998 – January 1999: the lull, the OAU framework =====
  ev(
    'PositionTaken',
    'pos-eri-withdraw',
    { occurredAt: '1998-06-27', recordedAt: rec('1998-06-28', '12:00') },
    {
      demandId: D.withdraw,
      actorId: 'eritrea',
      stance: 'rejected',
      conditions:
        'Under no circumstances will it withdraw to the positions held before 6 May; only a bilateral withdrawal.',
      speaker: ERI_ASSEMBLY,
    },
    [S.voaJun27],
  ),
  ev(
    'StatementMade',
    'stmt-eri-assembly-jun27',
    { occurredAt: '1998-06-27', recordedAt: rec('1998-06-28', '12:05') },
    {
      speaker: ERI_ASSEMBLY,
      audience: 'ethiopia',
      tone: 'accusation',
      summary:
        'Endorses the government\u2019s peace plan and calls for a cessation of hostilities going beyond the air-strike ban; demands the withdrawal of Ethiopian troops from Eritrean territory, and accuses Ethiopia of expelling, kidnapping and killing Eritreans living in Ethiopia.',
    },
    [S.voaJun27],
  ),
  ev(
    'StatementMade',
    'stmt-eth-mofa-aug14',
    { occurredAt: '1998-08-14', recordedAt: rec('1998-08-15', '12:00') },
    {
      speaker: ETH_COUNCIL,
      audience: 'eritrea',
      tone: 'accusation',
      summary:
        'The Foreign Ministry accuses Eritrea of a "new round of prevarication" meant to scuttle the OAU\u2019s effort after the OAU committee found that Badme was administered by Ethiopia before May, and asks the OAU and the international community to press Eritrea.',
    },
    [S.reutersAug14],
  ),
  ev(
    'DemandTabled',
    'dem-framework',
    { occurredAt: '1998-11-08', recordedAt: rec('1998-11-12', '12:00') },
    {
      demandId: D.framework,
      by: 'oau',
      addressedTo: ['ethiopia', 'eritrea'],
      text: 'The OAU Framework Agreement: an immediate cessation of hostilities; redeployment of the Eritrean forces from Badme and its environs; demilitarisation of the whole border under observers; delimitation and demarcation of the border.',
      category: 'security',
    },
    [S.oauFramework, S.seyoumNov11],
    {
      note: 'Presented to both leaders at the OAU High-Level Delegation\u2019s meeting at Ouagadougou on 7–8 November.',
    },
  ),
  ev(
    'PositionTaken',
    'pos-eth-framework',
    { occurredAt: '1998-11-08', recordedAt: rec('1998-11-12', '12:05') },
    { demandId: D.framework, actorId: 'ethiopia', stance: 'accepted', speaker: SEYOUM },
    [S.seyoumNov11],
  ),
  ev(
    'StatementMade',
    'stmt-eri-mofa-jan12',
    { occurredAt: '1999-01-12', recordedAt: rec('1999-01-13', '12:00') },
    {
      speaker: ERI_MOFA,
      audience: 'ethiopia',
      tone: 'accusation',
      summary:
        'Accuses Ethiopia of preparing attacks along three directions between mid-January and mid-February and of opposing a binding cessation of hostilities; Eritrea does not consider war an option but reserves its right to self-defence.',
    },
    [S.eriMofaJan12],
  ),
  // ===== February – June 1999: the second round, Operation Sunset, Tsorona =====
  ev(
    'IncidentReported',
    'inc-badme-feb6',
    { occurredAt: '1999-02-06', recordedAt: rec('1999-02-07', '12:00') },
    {
      incidentId: 'badme-1999-02-06',
      kind: 'clash',
      perpetrator: 'ethiopia',
      allegedBy: 'eritrea',
      against: 'eritrea',
      place: 'Badme',
      description:
        'Fighting resumes on the western front after eight months: Eritrea says Ethiopian soldiers attacked its outposts at Merib at 06:00; Ethiopia says Eritrean forces attacked its positions at Badme at dawn and that it took the outpost of Geza Gerlase, inflicting "heavy losses".',
    },
    [S.ledgerFeb7],
  ),
  ev(
    'IncidentReported',
    'inc-badme-feb8',
    { occurredAt: '1999-02-08', recordedAt: rec('1999-02-09', '12:00') },
    {
      incidentId: 'badme-1999-02-08',
      kind: 'airstrike',
      perpetrator: 'ethiopia',
      allegedBy: 'ethiopia',
      against: 'eritrea',
      place: 'Badme',
      scale: 'major',
      description:
        'On the third day, a full-scale battle at Badme: Ethiopian artillery and helicopter gunships pound Eritrean positions above Geza Gerlase; Ethiopia admits its jets support the counter-offensive.',
    },
    [S.apBbcFeb8, S.apFeb9],
  ),
  ev(
    'CeasefireViolationReported',
    'cfv-moratorium-feb8',
    { occurredAt: '1999-02-08', recordedAt: rec('1999-02-09', '12:05') },
    {
      ceasefireId: C.moratorium,
      allegedBy: 'eritrea',
      against: 'ethiopia',
      description:
        'Eritrea condemns the Ethiopian use of jets and helicopter gunships as a violation of the moratorium; President Clinton says the use of air power "violates the agreed airstrike moratorium".',
    },
    [S.apBbcFeb8, S.clintonFeb9],
  ),
  ev(
    'IncidentReported',
    'inc-konin-feb8',
    { occurredAt: '1999-02-08', recordedAt: rec('1999-02-09', '12:10') },
    {
      incidentId: 'konin-1999-02-08',
      kind: 'clash',
      perpetrator: 'ethiopia',
      allegedBy: 'ethiopia',
      against: 'eritrea',
      place: 'Konin',
      description:
        'East of Badme, Ethiopia says its troops captured the Eritrean strongholds of Konin and Konito; Eritrea says it beat back the Ethiopians on a new front, inflicting casualties and forcing thousands to retreat.',
    },
    [S.apFeb9, S.apBbcFeb8],
  ),
  ev(
    'StatementMade',
    'stmt-clinton-feb9',
    { occurredAt: '1999-02-09', recordedAt: rec('1999-02-09', '12:15') },
    {
      speaker: { name: 'Bill Clinton', title: 'President of the United States', actorId: 'united-states' },
      audience: 'ethiopia',
      tone: 'critical',
      summary:
        'Deeply concerned by the heavy fighting; urges both to halt it immediately, Ethiopia to refrain from using its aircraft, and both to renew their commitment to the moratorium; welcomes Ethiopia\u2019s acceptance of the OAU Framework Agreement.',
    },
    [S.clintonFeb9],
  ),
  ev(
    'IncidentReported',
    'inc-bure-feb14',
    { occurredAt: '1999-02-14', recordedAt: rec('1999-02-28', '12:00') },
    {
      incidentId: 'bure-1999-02-14',
      kind: 'clash',
      perpetrator: 'ethiopia',
      allegedBy: 'eritrea',
      against: 'eritrea',
      place: 'Bure',
      description:
        'The fighting spreads to the border near the Eritrean port of Assab, an area not in dispute. No toll given.',
    },
    [S.universalisFeb99],
  ),
  ev(
    'IncidentReported',
    'inc-badme-feb23',
    { occurredAt: '1999-02-23', recordedAt: rec('1999-02-28', '12:05') },
    {
      incidentId: 'badme-1999-02-23',
      kind: 'clash',
      perpetrator: 'ethiopia',
      allegedBy: 'eritrea',
      against: 'eritrea',
      place: 'Badme',
      description:
        'Ethiopia launches "Operation Sunset", a vast ground offensive on the Badme front backed by air strikes and artillery, over a front of some 60 km of fortified trenches.',
    },
    [S.universalisFeb99, S.afpFeb27],
  ),
  ev(
    'IncidentReported',
    'inc-badme-feb24',
    { occurredAt: '1999-02-24', recordedAt: rec('1999-02-28', '12:10') },
    {
      incidentId: 'badme-1999-02-24',
      kind: 'clash',
      perpetrator: 'eritrea',
      allegedBy: 'eritrea',
      against: 'ethiopia',
      place: 'Badme',
      fatalities: { min: 3697, max: 3697 },
      injured: { min: 4270, max: 4270 },
      description:
        'Eritrea\u2019s armed forces list for the day\u2019s fighting at Badme: 3,697 Ethiopian soldiers killed, 4,270 wounded, 115 taken prisoner, 18 tanks destroyed (its official communiqué says 31 tanks and a helicopter gunship). No Eritrean losses given; Ethiopia gives none of its own.',
    },
    [graded(S.afpFeb27, 3), S.afpFeb26],
  ),
  ev(
    'IncidentReported',
    'inc-badme-feb26',
    { occurredAt: '1999-02-26', recordedAt: rec('1999-02-28', '12:15') },
    {
      incidentId: 'badme-1999-02-26',
      kind: 'clash',
      perpetrator: 'ethiopia',
      allegedBy: 'ethiopia',
      against: 'eritrea',
      place: 'Badme',
      description:
        'Ethiopia breaks through the Eritrean lines on the Badme front ("total victory" on the 26th by its spokesman; "tens of thousands" of Eritreans captured, killed or wounded); Eritrean troops fall back for a second day on the 27th while Ethiopia consolidates; Badme is retaken.',
    },
    [S.afpFeb27, S.universalisFeb99],
  ),
  ev(
    'PositionTaken',
    'pos-eri-framework',
    { occurredAt: '1999-02-27', recordedAt: rec('1999-02-28', '12:20') },
    { demandId: D.framework, actorId: 'eritrea', stance: 'accepted' },
    [S.universalisFeb99],
    {
      note: 'Acknowledging its defeat at Badme, Eritrea accepts the OAU peace plan Ethiopia accepted in November (Universalis).',
    },
  ),
  ev(
    'StatementMade',
    'stmt-eth-mar12',
    { occurredAt: '1999-03-12', recordedAt: rec('1999-03-13', '12:00') },
    {
      speaker: ETH_COUNCIL,
      audience: 'eritrea',
      tone: 'accusation',
      summary:
        'Calls Eritrea\u2019s acceptance of the OAU plan "bogus, tactical and designed to buy time" and demands Eritrea\u2019s "immediate and unconditional retreat from all our territories" before talks; Eritrea calls the demand "ludicrous" the next day.',
    },
    [S.afpMar13],
  ),
  ev(
    'IncidentReported',
    'inc-tsorona-mar',
    { occurredAt: '1999-03-15', precision: 'approximate', recordedAt: rec('1999-03-18', '12:00') },
    {
      incidentId: 'tsorona-1999-03',
      kind: 'clash',
      perpetrator: 'ethiopia',
      allegedBy: 'eritrea',
      against: 'eritrea',
      place: 'Tsorona',
      fatalities: { min: 300, max: 10000 },
      description:
        'Intense fighting on the central Tsorona front this week: a Reuters correspondent walking 200 metres of the front on the 16th sees at least 300 Ethiopian dead; Eritrea claims at least 10,000 Ethiopians killed, which Ethiopia flatly denies.',
    },
    [graded(S.reutersMar18, 3)],
  ),
  ev(
    'IncidentReported',
    'inc-adikeih-apr15',
    { occurredAt: '1999-04-15', recordedAt: rec('1999-04-16', '12:00') },
    {
      incidentId: 'adi-keih-1999-04-15',
      kind: 'airstrike',
      perpetrator: 'ethiopia',
      allegedBy: 'eritrea',
      against: 'eritrea',
      place: 'Adi Keih',
      injured: { min: 8, max: 8 },
      description:
        'Ethiopian jets bomb the town of Adi Keih between 12:30 and 13:00, hitting a school: eight children wounded, a church partly destroyed.',
    },
    [S.eriMofaApr15],
  ),
  ev(
    'IncidentReported',
    'inc-mendefera-apr15',
    { occurredAt: '1999-04-15', recordedAt: rec('1999-04-16', '12:05') },
    {
      incidentId: 'mendefera-1999-04-15',
      kind: 'airstrike',
      perpetrator: 'ethiopia',
      allegedBy: 'eritrea',
      against: 'eritrea',
      place: 'Mendefera',
      description: 'In the same half-hour, Ethiopian jets bomb the environs of Mendefera; no casualties.',
    },
    [S.eriMofaApr15],
  ),
  ev(
    'IncidentReported',
    'inc-forto-apr15',
    { occurredAt: '1999-04-15', recordedAt: rec('1999-04-16', '12:10') },
    {
      incidentId: 'forto-1999-04-15',
      kind: 'airstrike',
      perpetrator: 'ethiopia',
      allegedBy: 'eritrea',
      against: 'eritrea',
      place: 'Forto',
      description: 'And the village of Forto in western Eritrea; no casualties.',
    },
    [S.eriMofaApr15],
  ),
  ev(
    'IncidentReported',
    'inc-badme-jun10-99',
    { occurredAt: '1999-06-10', recordedAt: rec('1999-06-12', '12:00') },
    {
      incidentId: 'badme-1999-06-10',
      kind: 'clash',
      perpetrator: 'eritrea',
      allegedBy: 'ethiopia',
      against: 'ethiopia',
      place: 'Badme',
      fatalities: { min: 2400, max: 2400 },
      injured: { min: 4000, max: 4000 },
      description:
        'A new battle on the western front near Badme from Thursday the 10th, each side saying the other fired first: Eritrea claims 2,400 Ethiopian soldiers killed and 4,000 wounded in two days, which Ethiopia calls a fabrication.',
    },
    [graded(S.reutersJun12, 3)],
  ),
  ev(
    'IncidentReported',
    'inc-bure-jun11-99',
    { occurredAt: '1999-06-11', recordedAt: rec('1999-06-12', '12:05') },
    {
      incidentId: 'bure-1999-06-11',
      kind: 'clash',
      perpetrator: 'ethiopia',
      allegedBy: 'eritrea',
      against: 'eritrea',
      place: 'Bure',
      description: 'Eritrean media report continued fighting on the southern Burre front near Assab. No toll given.',
    },
    [S.reutersJun12],
  ),
  // ===== July 1999 – April 2000: the modalities and the technical arrangements =====
  ev(
    'ActorRegistered',
    'actor-algeria',
    { occurredAt: '1999-07-14', recordedAt: rec('1999-07-15', '11:55') },
    { actor: ALGERIA, role: 'mediator' },
    [S.reutersJul14],
    {
      note: 'Algeria, chair of the OAU from the Algiers summit, leads the mediation (President Bouteflika; envoy Ahmed Ouyahia).',
    },
  ),
  ev(
    'DemandTabled',
    'dem-modalities',
    { occurredAt: '1999-07-14', recordedAt: rec('1999-07-15', '12:00') },
    {
      demandId: D.modalities,
      by: 'oau',
      addressedTo: ['ethiopia', 'eritrea'],
      text: 'The Modalities for the Implementation of the Framework Agreement: cessation of hostilities, redeployment from positions taken after 6 May 1998 without prejudice to the final status of the territories, observers, delimitation and demarcation.',
      category: 'security',
    },
    [S.reutersJul14, S.panaJul15],
  ),
  ev(
    'PositionTaken',
    'pos-eri-modalities',
    { occurredAt: '1999-07-14', recordedAt: rec('1999-07-15', '12:05') },
    { demandId: D.modalities, actorId: 'eritrea', stance: 'accepted' },
    [S.panaJul15],
  ),
  ev(
    'PositionTaken',
    'pos-eth-modalities',
    { occurredAt: '1999-07-21', recordedAt: rec('1999-07-22', '12:00') },
    {
      demandId: D.modalities,
      actorId: 'ethiopia',
      stance: 'accepted',
      conditions: 'Read by Ethiopia as Eritrea\u2019s withdrawal from sovereign Ethiopian territory.',
      speaker: ETH_COUNCIL,
    },
    [S.eriMofaJul22, S.reutersJul14],
  ),
  ev(
    'DemandTabled',
    'dem-technical',
    { occurredAt: '1999-08-06', recordedAt: rec('1999-08-09', '12:00') },
    {
      demandId: D.technical,
      by: 'oau',
      addressedTo: ['ethiopia', 'eritrea'],
      text: 'The Technical Arrangements for the implementation of the Framework Agreement and the Modalities: a UN peacekeeping mission, redeployment, civilian administration and demarcation within set time frames.',
      category: 'security',
    },
    [S.reutersAug9],
    {
      note: 'Handed to Meles in Addis Ababa on 6 August and to Isaias on the 7th by the Algerian envoy Ahmed Ouyahia.',
    },
  ),
  ev(
    'PositionTaken',
    'pos-eri-technical',
    { occurredAt: '1999-08-07', recordedAt: rec('1999-08-09', '12:05') },
    { demandId: D.technical, actorId: 'eritrea', stance: 'accepted' },
    [S.reutersAug9],
  ),
  ev(
    'PositionTaken',
    'pos-eth-technical',
    { occurredAt: '1999-09-06', recordedAt: rec('1999-09-07', '12:00') },
    {
      demandId: D.technical,
      actorId: 'ethiopia',
      stance: 'rejected',
      conditions:
        'Not satisfied: the arrangements do not make clear that Eritrea withdraws from Zalambessa and Bure and that the territories return fully to their former administration.',
    },
    [S.reutersSep6],
  ),
  ev(
    'StatementMade',
    'stmt-eri-sep6',
    { occurredAt: '1999-09-06', recordedAt: rec('1999-09-07', '12:05') },
    {
      speaker: ERI_MOFA,
      audience: 'ethiopia',
      tone: 'accusation',
      summary: 'Calls Ethiopia\u2019s statement a complete rejection of the OAU plan.',
      quote: "Ethiopia's statement is tantamount to a declaration of war.",
    },
    [S.reutersSep6],
  ),
  // ===== May – June 2000: the Ethiopian offensive, the proximity talks, the cessation =====
  ev(
    'IncidentReported',
    'inc-badme-may12-2000',
    { occurredAt: '2000-05-12', recordedAt: rec('2000-05-12', '20:00') },
    {
      incidentId: 'badme-2000-05-12',
      kind: 'clash',
      perpetrator: 'ethiopia',
      allegedBy: 'eritrea',
      against: 'eritrea',
      place: 'Badme',
      scale: 'major',
      description:
        'Two days after a UN Security Council mission leaves, Ethiopia launches an offensive "on the right and left flanks of the Mereb-Setit front" shortly after midnight (Eritrea\u2019s Foreign Ministry); Ethiopia says heavy fighting broke out and accuses Eritrea. Both say heavy fighting at three contested places.',
    },
    [S.independentMay12],
  ),
  ev(
    'IncidentReported',
    'inc-bure-may12-2000',
    { occurredAt: '2000-05-12', recordedAt: rec('2000-05-12', '20:05') },
    {
      incidentId: 'bure-2000-05-12',
      kind: 'clash',
      perpetrator: 'ethiopia',
      allegedBy: 'eritrea',
      against: 'eritrea',
      place: 'Bure',
      description: 'Fighting also at Bure, 80 km west of Assab, by the Ethiopian spokeswoman. No toll given.',
    },
    [S.independentMay12],
  ),
  ev(
    'IncidentReported',
    'inc-barentu-may17',
    { occurredAt: '2000-05-17', recordedAt: rec('2000-05-18', '20:00') },
    {
      incidentId: 'barentu-2000-05-17',
      kind: 'clash',
      perpetrator: 'ethiopia',
      allegedBy: 'ethiopia',
      against: 'eritrea',
      place: 'Barentu',
      scale: 'major',
      description:
        'After seven days of fighting and a three-day bombardment, Ethiopian forces take Barentu, Eritrea\u2019s command centre for the western front, about 70 km inside Eritrea; more than 200,000 Eritreans flee. Eritrea calls it a strategic withdrawal.',
    },
    [S.reutersMay18],
  ),
  ev(
    'IncidentReported',
    'inc-massawa-may18',
    { occurredAt: '2000-05-18', recordedAt: rec('2000-05-19', '12:00') },
    {
      incidentId: 'massawa-2000-05-18',
      kind: 'airstrike',
      perpetrator: 'ethiopia',
      allegedBy: 'ethiopia',
      against: 'eritrea',
      place: 'Massawa',
      description:
        'Ethiopian state television reports that Ethiopia bombed military targets near Massawa, Eritrea\u2019s main port on the Red Sea. Meles says his troops will chase Eritrean soldiers anywhere until they leave the land Ethiopia claims.',
    },
    [S.nytMay19],
  ),
  ev(
    'IncidentReported',
    'inc-zalambessa-may23',
    { occurredAt: '2000-05-23', recordedAt: rec('2000-05-23', '20:00') },
    {
      incidentId: 'zalambessa-2000-05-23',
      kind: 'clash',
      perpetrator: 'ethiopia',
      allegedBy: 'eritrea',
      against: 'eritrea',
      place: 'Zalambessa',
      description:
        'Ethiopia opens a major offensive at dawn against the Eritrean-held Zalambessa front; Eritrean radio says its forces are beating back a "large-scale offensive"; both speak of heavy fighting.',
    },
    [S.apMay23],
  ),
  ev(
    'IncidentReported',
    'inc-zalambessa-may25',
    { occurredAt: '2000-05-25', recordedAt: rec('2000-05-26', '12:00') },
    {
      incidentId: 'zalambessa-2000-05-25',
      kind: 'clash',
      perpetrator: 'ethiopia',
      allegedBy: 'ethiopia',
      against: 'eritrea',
      place: 'Zalambessa',
      description:
        'After a two-day battle, the Ethiopian flag is raised over Zalambessa at midnight; fighting goes on along the central front during the day. Ethiopia says the Eritrean army was "demolished"; Eritrea says it withdrew.',
    },
    [S.telegraphMay26, S.irishTimesMay26],
  ),
  ev(
    'StatementMade',
    'stmt-eri-may25',
    { occurredAt: '2000-05-25', recordedAt: rec('2000-05-26', '12:05') },
    {
      speaker: YEMANE,
      audience: 'ethiopia',
      tone: 'conciliatory',
      summary:
        'Eritrea says that "for the sake of peace" it is complying with the OAU\u2019s request for de-escalation and redeploying from the disputed areas; Ethiopia calls the move "a despicable farce" and fights on.',
    },
    [S.telegraphMay26, S.irishTimesMay26],
  ),
  ev(
    'IncidentReported',
    'inc-senafe-may28',
    { occurredAt: '2000-05-28', recordedAt: rec('2000-05-28', '20:00') },
    {
      incidentId: 'senafe-2000-05-28',
      kind: 'shelling',
      perpetrator: 'ethiopia',
      allegedBy: 'eritrea',
      against: 'eritrea',
      place: 'Senafe',
      description:
        'Fighting around the southern Eritrean town of Senafe: refugees speak of Ethiopian forces shelling the region; journalists are kept away. Eritrea says it is still attacked although it has withdrawn from all disputed territory.',
    },
    [S.voaMay28],
  ),
  ev(
    'TalksRoundOpened',
    'round-proximity-opened',
    { occurredAt: '2000-05-29', recordedAt: rec('2000-05-31', '20:00') },
    {
      roundId: R.proximity,
      label: 'OAU proximity talks, Algiers',
      venue: 'Algiers',
      format: 'formal',
      hosts: MEDIATORS_2000,
    },
    [S.voaMay28, S.bbcMay31],
    {
      note: 'Proximity talks: the two foreign ministers do not meet; the mediators shuttle between them (29 May – 10 June).',
    },
  ),
  ev(
    'StatementMade',
    'stmt-meles-may31',
    { occurredAt: '2000-05-31', recordedAt: rec('2000-05-31', '20:05') },
    {
      speaker: MELES,
      audience: 'eritrea',
      tone: 'conciliatory',
      summary:
        'Ethiopia has verified that the disputed areas are cleared of Eritrean troops; it is ready to discuss a ceasefire, but its troops keep their positions around Zalambessa until security is guaranteed and are free to act on any provocation. Eritrea: the war is not over while Ethiopia occupies Eritrean land.',
      quote: 'As far as Ethiopia is concerned, the war is over today.',
    },
    [S.bbcMay31],
  ),
  ev(
    'IncidentReported',
    'inc-bure-jun3',
    { occurredAt: '2000-06-03', recordedAt: rec('2000-06-05', '20:00') },
    {
      incidentId: 'bure-2000-06-03',
      kind: 'clash',
      perpetrator: 'eritrea',
      allegedBy: 'eritrea',
      against: 'ethiopia',
      place: 'Bure',
      description:
        'Eritrea says it "decimated" an Ethiopian ground attack near Assab, killing, wounding or capturing more than 3,700 Ethiopians in sometimes hand-to-hand combat (no killed count of its own).',
    },
    [graded(S.voaJun5, 3)],
  ),
  ev(
    'IncidentReported',
    'inc-bure-jun5',
    { occurredAt: '2000-06-05', recordedAt: rec('2000-06-05', '20:05') },
    {
      incidentId: 'bure-2000-06-05',
      kind: 'shelling',
      perpetrator: 'ethiopia',
      allegedBy: 'eritrea',
      against: 'eritrea',
      place: 'Bure',
      description:
        'Shelling across the southern Bure front, with Ethiopian air action by Eritrea\u2019s account; Ethiopia confirms fighting there but calls it "low scale".',
    },
    [S.voaJun5],
  ),
  ev(
    'IncidentReported',
    'inc-gergef-jun10',
    { occurredAt: '2000-06-10', recordedAt: rec('2000-06-11', '20:00') },
    {
      incidentId: 'gergef-2000-06-10',
      kind: 'clash',
      perpetrator: 'ethiopia',
      allegedBy: 'ethiopia',
      against: 'eritrea',
      place: 'Gergef',
      fatalities: { min: 44, max: 44 },
      description:
        'An Ethiopian counter-offensive near Gergef and Ma\u2019Loba on the Humera – Tesseney road, with helicopters, artillery and tanks: reporters count eight Eritrean dead at the clearing and more than three dozen on the plain below. The Ethiopian colonel gives no Ethiopian losses.',
    },
    [S.reutersJun11],
  ),
  ev(
    'IncidentReported',
    'inc-guluj-jun12',
    { occurredAt: '2000-06-12', precision: 'approximate', recordedAt: rec('2000-06-14', '20:00') },
    {
      incidentId: 'guluj-2000-06-12',
      kind: 'clash',
      perpetrator: 'ethiopia',
      allegedBy: 'ethiopia',
      against: 'eritrea',
      place: 'Guluj',
      description:
        'Ethiopia says it retook Guluj earlier in the week; Eritrea confirms that the Ethiopians again control it.',
    },
    [S.voaJun14],
  ),
  ev(
    'IncidentReported',
    'inc-tesseney-jun5',
    { occurredAt: '2000-06-05', recordedAt: rec('2000-06-14', '20:02') },
    {
      incidentId: 'tesseney-2000-06-05',
      kind: 'clash',
      perpetrator: 'eritrea',
      allegedBy: 'ethiopia',
      against: 'ethiopia',
      place: 'Tesseney',
      description:
        'Eritrean forces attack the Ethiopian rearguard withdrawing from Tesseney (Ethiopia\u2019s account); Eritrea says it retook the town after a day-long battle.',
    },
    [S.voaJun14],
  ),
  ev(
    'IncidentReported',
    'inc-tesseney-jun14',
    { occurredAt: '2000-06-14', recordedAt: rec('2000-06-14', '20:05') },
    {
      incidentId: 'tesseney-2000-06-14',
      kind: 'clash',
      perpetrator: 'ethiopia',
      allegedBy: 'ethiopia',
      against: 'eritrea',
      place: 'Tesseney',
      description:
        '"An intensified counter-offensive at midnight in the vicinity of Tesseney", fighting through the night and the morning (Ethiopian Foreign Ministry); Ethiopia says it retook the garrison town, 100 km inside Eritrea; Eritrea confirms the fighting.',
    },
    [S.reutersJun14, S.voaJun14],
  ),
  ev(
    'IncidentReported',
    'inc-bure-jun14',
    { occurredAt: '2000-06-14', recordedAt: rec('2000-06-14', '20:10') },
    {
      incidentId: 'bure-2000-06-14',
      kind: 'shelling',
      perpetrator: 'ethiopia',
      allegedBy: 'eritrea',
      against: 'eritrea',
      place: 'Bure',
      description: 'Heavy shelling on the eastern front near the port of Assab, by the Eritrean presidential adviser.',
    },
    [S.reutersJun14, S.voaJun14],
  ),
  ev(
    'DemandTabled',
    'dem-cessation',
    { occurredAt: '2000-06-10', recordedAt: rec('2000-06-14', '20:15') },
    {
      demandId: D.cessation,
      by: 'oau',
      addressedTo: ['ethiopia', 'eritrea'],
      text: 'The OAU proposal for an Agreement on Cessation of Hostilities: an immediate ceasefire, a UN peacekeeping mission, a temporary security zone 25 km deep inside Eritrea, the redeployment of Ethiopian forces to the positions held before 6 February 1999.',
      category: 'security',
    },
    [S.reutersJun14],
  ),
  ev(
    'PositionTaken',
    'pos-eri-cessation',
    { occurredAt: '2000-06-10', recordedAt: rec('2000-06-14', '20:20') },
    {
      demandId: D.cessation,
      actorId: 'eritrea',
      stance: 'accepted',
      conditions: 'Despite deep reservations about the buffer zone inside its territory.',
    },
    [S.reutersJun14],
  ),
  ev(
    'PositionTaken',
    'pos-eth-cessation',
    { occurredAt: '2000-06-14', recordedAt: rec('2000-06-19', '12:00') },
    { demandId: D.cessation, actorId: 'ethiopia', stance: 'accepted' },
    [S.universalisJun2000],
  ),
  ev(
    'TalksRoundConcluded',
    'round-proximity-concluded',
    { occurredAt: '2000-06-18', recordedAt: rec('2000-06-19', '12:05') },
    {
      roundId: R.proximity,
      outcome: 'agreement',
      summary:
        'The foreign ministers Seyoum Mesfin and Haile Woldensae sign the Agreement on Cessation of Hostilities in Algiers, with the OAU chair, the United States (Anthony Lake) and the European Union present.',
      nextSteps: 'Talks on a comprehensive and final settlement (the border, prisoners, compensation).',
    },
    [S.latimesJun19, S.paxCoh],
    { occurrence: O.cessation },
  ),
  ev(
    'AgreementReached',
    'agr-cessation',
    { occurredAt: '2000-06-18', recordedAt: rec('2000-06-19', '12:10') },
    {
      agreementId: A.cessation,
      kind: 'ceasefire',
      provisions: [
        'Immediate cessation of all hostilities',
        'A UN peacekeeping mission under the auspices of the OAU',
        'Ethiopia redeploys from positions taken after 6 February 1999 that were not under Ethiopian administration before 6 May 1998, within two weeks of the mission\u2019s deployment',
        'Eritrean forces remain 25 km from the Ethiopian positions: a temporary security zone',
        'A Military Coordination Commission; demining',
      ],
      signatories: ['ethiopia', 'eritrea'],
      textPublic: true,
      roundId: R.proximity,
      status: 'signed',
    },
    [S.paxCoh, S.latimesJun19],
    { occurrence: O.cessation },
  ),
  ev(
    'CeasefireDeclared',
    'cf-cessation',
    { occurredAt: '2000-06-18', recordedAt: rec('2000-06-19', '12:15') },
    {
      ceasefireId: C.cessation,
      parties: ['ethiopia', 'eritrea'],
      scope: 'All hostilities along the border, monitored by a UN mission',
      duration: 'indefinite',
      mediatedBy: MEDIATORS_2000,
    },
    [S.latimesJun19, S.paxCoh],
    { occurrence: O.cessation },
  ),
  ev(
    'CeasefireEnded',
    'cf-moratorium-superseded',
    { occurredAt: '2000-06-18', recordedAt: rec('2000-06-19', '12:20') },
    {
      ceasefireId: C.moratorium,
      reason: 'superseded',
      summary: 'The moratorium on air strikes is superseded by the cessation of all hostilities.',
    },
    [S.paxCoh],
    { occurrence: O.cessation },
  ),
  ev(
    'StatementMade',
    'stmt-haile-jun18',
    { occurredAt: '2000-06-18', recordedAt: rec('2000-06-19', '12:25') },
    {
      speaker: HAILE,
      audience: 'ethiopia',
      tone: 'conciliatory',
      summary: 'The road to a durable peace is "fraught with dangers and complications", but Eritrea is hopeful.',
      quote: 'This is the beginning and not the end of the process.',
    },
    [S.latimesJun19],
  ),
  // ===== July – December 2000: UNMEE, the Algiers Agreement =====
  ev(
    'ActorRegistered',
    'actor-un',
    { occurredAt: '2000-07-31', recordedAt: rec('2000-07-31', '20:00') },
    { actor: UN, role: 'mediator' },
    [S.bbcJul31],
  ),
  ev(
    'MediationAction',
    'med-unmee-jul31',
    { occurredAt: '2000-07-31', recordedAt: rec('2000-07-31', '20:05') },
    {
      mediator: 'united-nations',
      action: 'visited',
      summary:
        'The Security Council establishes UNMEE (resolution 1312): up to 100 military observers to liaise with both armies, verify the cessation of hostilities and prepare the peacekeepers\u2019 arrival. "A significant sign of confidence in the cessation of hostilities" (the US deputy ambassador).',
    },
    [S.bbcJul31],
  ),
  ev(
    'MediationAction',
    'med-unmee-sep15',
    { occurredAt: '2000-09-15', recordedAt: rec('2000-09-19', '12:00') },
    {
      mediator: 'united-nations',
      action: 'visited',
      summary:
        'Resolution 1320: up to 4,200 troops for UNMEE, to monitor the cessation of hostilities, the redeployment of Ethiopian forces and the 25-km temporary security zone, chair the Military Coordination Commission and assist demining; the parties are urged to conclude a comprehensive settlement.',
    },
    [S.unisSep19],
  ),
  ev(
    'TalksRoundOpened',
    'round-algiers-opened',
    { occurredAt: '2000-12-12', recordedAt: rec('2000-12-13', '12:00') },
    {
      roundId: R.algiers,
      label: 'Signing of the Algiers Agreement',
      venue: 'Algiers',
      format: 'formal',
      hosts: ['algeria', 'oau', 'united-states', 'united-nations'],
    },
    [S.apDec13, S.latimesDec13],
    { occurrence: O.algiers },
  ),
  ev(
    'TalksRoundConcluded',
    'round-algiers-concluded',
    { occurredAt: '2000-12-12', recordedAt: rec('2000-12-13', '12:05') },
    {
      roundId: R.algiers,
      outcome: 'agreement',
      summary: 'Meles Zenawi and Isaias Afwerki sign the peace agreement before Kofi Annan and Madeleine Albright.',
    },
    [S.apDec13, S.latimesDec13],
    { occurrence: O.algiers },
  ),
  ev(
    'AgreementReached',
    'agr-algiers',
    { occurredAt: '2000-12-12', recordedAt: rec('2000-12-13', '12:10') },
    {
      agreementId: A.algiers,
      kind: 'comprehensive',
      provisions: [
        'The Agreement on Cessation of Hostilities of 18 June is reaffirmed; a permanent end to hostilities',
        'A neutral Boundary Commission to delimit and demarcate the border, its decision final and binding',
        'A Claims Commission for compensation of war damages',
        'Release and repatriation of prisoners of war and return of displaced persons',
        'An independent investigation of the origins of the conflict',
      ],
      signatories: ['ethiopia', 'eritrea'],
      textPublic: true,
      roundId: R.algiers,
      status: 'signed',
    },
    [S.apDec13, S.latimesDec13],
    { occurrence: O.algiers },
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'ethiopia-eritrea-1998.jsonl',
  logEnd: '2001-01-01T00:00:00Z',
  events,
};

export default definition;
