/**
 * A test fixture, not a shipped example: Egypt and Ethiopia over the Grand
 * Ethiopian Renaissance Dam (GERD) from the Washington talks of February 2020
 * to the Asmara summit of October 2024, as an analyst following the news
 * could have recorded it — the Washington round hosted by the US Treasury and
 * the World Bank that Ethiopia did not attend (27–28 February 2020) and the
 * text Egypt alone initialled; the African Union's summit of June 2020; the
 * first filling (July 2020); Trump's remark that Egypt will "blow up" the dam
 * (23 October 2020) and Ethiopia's answer; Sisi's "no one can take a drop of
 * Egypt's water" (30 March 2021); the AU-led Kinshasa talks (4–6 April 2021)
 * and Sisi's "all options are open" the day after they ended; the second
 * filling and the Security Council's session (July 2021) and its
 * presidential statement (15 September 2021); Egypt's letter to the Council
 * and the third filling (July–August 2022); the Sisi–Abiy joint statement in
 * Cairo (13 July 2023: a deal within four months); the rounds of August,
 * September, October and December 2023, the fourth filling between them, and
 * Egypt declaring the talks over (19 December 2023); then 2024: Egypt's
 * defence pact with Somalia (14 August), its officers and arms landed in
 * Mogadishu (27 August, 23 September), its letter to the Council (1
 * September), Abiy's "think ten times" (8 September), the Asmara summit (10
 * October). Escalation model v2 was never tuned on it: it is the case the
 * model is held to in egypt-ethiopia-2020.spec.ts, against the calls an
 * analyst makes from DOMAIN.md §5b alone.
 *
 * What it tests that the other cases did not: a long negotiation with no
 * fighting at all and no closed border — talks that repeatedly end without
 * agreement, threats of war that are veiled, unilateral acts (the fillings)
 * that the other side calls a threat, a third party's words of war (Trump's),
 * and a force sent to a third country on the other's border.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source.
 *
 * Grading as in examples/README.md: B = established outlet or wire copy
 * (Reuters, AP, AFP, Anadolu, TRT, Ahram, Addis Standard, Arab News, The
 * National, AllAfrica's copies of the parties' state agencies), C = smaller
 * outlet, aggregator or mirror of a wire story; 1 = the text of a joint
 * statement both parties published; 2 = several outlets agree or one
 * established outlet reports an on-record statement; 3 = one side's
 * unverified account of the other (Egypt's account of what Ethiopia rejected
 * in Kinshasa). No A grades: no primary document is cited.
 *
 * Judgement calls, recorded as an analyst would:
 * - Sudan is a third party (`sudan`), at the table in every round; its
 *   proposals are recorded as its own demands. The United States and the
 *   World Bank mediated in Washington; the African Union led the talks from
 *   June 2020; the UN Security Council is an observer.
 * - A round that ends without progress is not collapsed talks unless the
 *   talks themselves are broken off. Washington (28 February 2020: Ethiopia
 *   absent, the US to keep mediating, Ethiopia saying "the negotiation has
 *   not stopped") and the rounds of August, September and October 2023 (each
 *   with the next one set) are `no-progress`. Kinshasa (6 April 2021) is
 *   `collapsed`: no progress, and no agreement even on how to resume — the
 *   AU-led talks did not meet again for over two years. Addis Ababa (19
 *   December 2023) is `collapsed`: Egypt declared the negotiations over.
 * - The fillings. The catalogue has no type for a unilateral act that is
 *   neither force nor a closure: each filling is recorded as the Ethiopian
 *   announcement of it (StatementMade, `neutral`), and Egypt's protest as its
 *   own statement (`accusation`: "a threat to regional stability", "a
 *   violation of the Declaration of Principles"). A dam filled in the rainy
 *   season is not armed action, a closed border or an ultimatum.
 * - Veiled threats. An analyst reads words that say force may be used, however
 *   veiled, as a threat of war — the catalogue's `military-threat` (CAMEO 138,
 *   threaten with military force; `threat`, CAMEO 13, is for threats short of
 *   force) — and words that only assert a right as a `warning`. Threats of
 *   force: Sisi's "no one should assume he is beyond the reach of our
 *   capabilities" (30 March 2021), his "all options are open … we have
 *   witnessed the cost of any confrontation" (7 April 2021), Egypt's letter of
 *   1 September 2024 — "having exhausted all amicable means", ready "to
 *   exercise our right to defend" under the UN Charter (the Charter's right of
 *   self-defence). Warnings: Egypt's "legitimate right … to take all necessary
 *   measures to ensure and protect its national security" (29 July 2022), its
 *   "reserves its right … to defend its water and national security" (19
 *   December 2023), Abdelatty's "anyone who thinks Egypt will budge under
 *   existential threats is deluded" (28 September 2024), Ethiopia's "will take
 *   any necessary measures" (16 August 2024) and Abiy's "anyone intending to
 *   invade Ethiopia should think ten times" (8 September 2024: deterrence
 *   against an invasion, nobody named). Shoukry at the Security Council, asked
 *   about a military option, said only that Egypt must protect its people's
 *   rights: an accusation, not a threat. (The first pass recorded the 30 March
 *   2021 and 1 September 2024 statements with the tone `threat`, splitting
 *   veiled from open threats of force, which the tones do not: both are
 *   threats of force, re-recorded `military-threat` after the first run.)
 *   Egypt's "no tangible change in the Ethiopian position" is a critical
 *   assessment; its "the filling violates the Declaration of Principles" an
 *   accusation.
 * - Trump's "they'll blow up that dam" (23 October 2020) is the words of a
 *   third party (the mediator's president), recorded under `united-states` as
 *   a `military-threat` aimed at Ethiopia; Ethiopia's answers (the foreign
 *   minister's "incitement of war", Abiy's office's "belligerent threats")
 *   are accusations aimed at the United States.
 * - The Sisi–Abiy joint statement (13 July 2023) is an agreement both
 *   leaders published (`framework`: negotiations to finish a deal within four
 *   months; Ethiopia's commitment not to cause significant harm during the
 *   2023–24 filling). It is recorded as reached and being implemented while
 *   its rounds were held, and `terminated` on 19 December 2023, when the four
 *   months had passed and Egypt declared the negotiations over.
 * - The AU summit of 26 June 2020 is a round concluded with `progress`:
 *   Egypt and Sudan said Ethiopia would not fill before an agreement, Ethiopia
 *   spoke of a deal within two or three weeks; nothing was signed.
 * - 2024: Egypt's defence pact with Somalia (a third party) is Egypt's
 *   engagement with Somalia; the two Egyptian deliveries of officers and arms
 *   to Mogadishu (27 August, 23 September) are a `force-posture` by Egypt
 *   against Ethiopia, as the press and Ethiopia read them (no Egyptian troops
 *   at the border were reported in the sources). The Somaliland memorandum
 *   and the Ethiopia – Somalia quarrel are that pair's, not recorded.
 * - Left out: the talks of July–November 2020 and January 2021 under the AU
 *   (no dated source of each round's end was found), the US suspension of aid
 *   to Ethiopia (September 2020: a third party's measure), the first power
 *   from the dam (February 2022), the fifth filling itself (2024: only Egypt's
 *   letter about it is recorded). Days with nothing recorded are not days
 *   with nothing said.
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'egypt-ethiopia-gerd-2020';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 2020);
/** A recordedAt on a given day, UTC (the case runs over five years). */
const rec = (day: string, time = '12:00'): string => `${day}T${time}:00Z`;

const EGYPT: Actor = { id: 'egypt', name: 'Arab Republic of Egypt', kind: 'state', aliases: ['Egypt', 'Cairo'] };
const ETHIOPIA: Actor = {
  id: 'ethiopia',
  name: 'Federal Democratic Republic of Ethiopia',
  kind: 'state',
  aliases: ['Ethiopia', 'Addis Ababa'],
};
const USA: Actor = { id: 'united-states', name: 'United States', kind: 'state', aliases: ['US', 'US Treasury'] };
const WORLD_BANK: Actor = { id: 'world-bank', name: 'World Bank', kind: 'international-organisation' };
const SUDAN: Actor = { id: 'sudan', name: 'Republic of the Sudan', kind: 'state', aliases: ['Sudan', 'Khartoum'] };
const AU: Actor = {
  id: 'african-union',
  name: 'African Union',
  kind: 'international-organisation',
  aliases: ['AU', 'AU chair'],
};
const UN: Actor = {
  id: 'united-nations',
  name: 'United Nations Security Council',
  kind: 'international-organisation',
  aliases: ['UNSC', 'Security Council'],
};
const SOMALIA: Actor = { id: 'somalia', name: 'Federal Republic of Somalia', kind: 'state', aliases: ['Mogadishu'] };
const ERITREA: Actor = { id: 'eritrea', name: 'State of Eritrea', kind: 'state', aliases: ['Asmara'] };

const SISI: Person = { name: 'Abdel Fattah el-Sisi', title: 'President of Egypt', actorId: 'egypt' };
const SHOUKRY: Person = { name: 'Sameh Shoukry', title: 'Foreign Minister of Egypt', actorId: 'egypt' };
const ABDELATTY: Person = { name: 'Badr Abdelatty', title: 'Foreign Minister of Egypt', actorId: 'egypt' };
const ABDEL_ATY: Person = { name: 'Mohamed Abdel Aty', title: 'Irrigation Minister of Egypt', actorId: 'egypt' };
const SEWILAM: Person = { name: 'Hani Sewilam', title: 'Irrigation Minister of Egypt', actorId: 'egypt' };
const EGYPT_MFA: Person = { name: 'Ministry of Foreign Affairs of Egypt (statement)', actorId: 'egypt' };
const EGYPT_MWRI: Person = {
  name: 'Ministry of Water Resources and Irrigation of Egypt (statement)',
  actorId: 'egypt',
};
const ABIY: Person = { name: 'Abiy Ahmed', title: 'Prime Minister of Ethiopia', actorId: 'ethiopia' };
const ABIY_OFFICE: Person = { name: 'Office of the Prime Minister of Ethiopia (statement)', actorId: 'ethiopia' };
const GEDU: Person = { name: 'Gedu Andargachew', title: 'Foreign Minister of Ethiopia', actorId: 'ethiopia' };
const DEMEKE: Person = {
  name: 'Demeke Mekonnen',
  title: 'Deputy Prime Minister and Foreign Minister of Ethiopia',
  actorId: 'ethiopia',
};
const SELESHI: Person = {
  name: 'Seleshi Bekele',
  title: 'Water Minister, then chief negotiator of Ethiopia',
  actorId: 'ethiopia',
};
const ETHIOPIA_MFA: Person = { name: 'Ministry of Foreign Affairs of Ethiopia (statement)', actorId: 'ethiopia' };
const NEBIYU: Person = {
  name: 'Nebiyu Tedla',
  title: 'Spokesperson of the Ministry of Foreign Affairs of Ethiopia',
  actorId: 'ethiopia',
};
const TAYE: Person = { name: 'Taye Atske Selassie', title: 'Foreign Minister of Ethiopia', actorId: 'ethiopia' };
const TRUMP: Person = { name: 'Donald Trump', title: 'President of the United States', actorId: 'united-states' };
const MARIAM: Person = { name: 'Mariam al-Sadig al-Mahdi', title: 'Foreign Minister of Sudan', actorId: 'sudan' };

const S = {
  akhbarFeb25: source(
    "Egypt's FM heads to Washington for final deal on GERD talks due on Feb. 28-29",
    'Akhbar Elyom',
    'https://www.akhbarelyaom.com/en/138186/egypts-fm-heads-to-washington-for-final-deal-on-gerd-talks-due-on-feb-28-29',
    '2020-02-25',
    'C',
    2,
  ),
  enterpriseMar1: source(
    'Washington GERD talks wrap without agreement as Ethiopia no-shows',
    'Enterprise (Reuters, AP, Bloomberg)',
    'https://enterprise.press/stories/2020/03/01/washington-gerd-talks-wrap-without-agreement-as-ethiopia-no-shows-12744/',
    '2020-03-01',
    'B',
    2,
  ),
  cameroun2020Mar1: source(
    'Ethiopia expresses disappointment over US statement on controversial dam',
    'Journal du Cameroun',
    'https://www.journalducameroun.com/en/ethiopia-expresses-disappointment-over-us-statement-on-controversial-dam/',
    '2020-03-01',
    'C',
    2,
  ),
  addisstandardMar3: source(
    'Ethiopia sticks to July schedule to begin first stage filling of GERD',
    'Addis Standard',
    'http://addisstandard.com/news-ethiopia-sticks-to-july-schedule-to-begin-first-stage-filling-of-gerd/',
    '2020-03-03',
    'B',
    2,
  ),
  wrexJun26: source(
    "Egypt, Sudan, Ethiopia won't fill disputed dam before accord",
    'WREX (AP)',
    'https://wrex.com/2020/06/26/egypt-sudan-ethiopia-wont-fill-disputed-dam-before-accord/',
    '2020-06-26',
    'B',
    2,
  ),
  trtJun27: source(
    'Egypt, Sudan, Ethiopia agree to return to talks on Nile dam',
    'TRT World',
    'https://www.trtworld.com/article/12875324',
    '2020-06-27',
    'B',
    2,
  ),
  devdiscourseJul21: source(
    'Ethiopia says first year of filling Renaissance dam achieved due to rain',
    'Devdiscourse (Reuters)',
    'https://www.devdiscourse.com/article/international/1138489-ethiopia-says-first-year-of-filling-renaissance-dam-achieved-due-to-rain',
    '2020-07-21',
    'C',
    2,
  ),
  africacomJul22: source(
    'Ethiopia pats itself on the back for grand dam project',
    'Africa.com (Al Jazeera)',
    'https://africa.com/ethiopia-pats-itself-on-the-back-for-grand-dam-project/',
    '2020-07-22',
    'C',
    2,
  ),
  rawstoryOct23: source(
    "Trump suggests Egypt may 'blow up' Ethiopia dam",
    'Raw Story (AFP)',
    'https://www.rawstory.com/2020/10/trump-suggests-egypt-may-blow-up-ethiopia-dam/',
    '2020-10-23',
    'C',
    2,
  ),
  wapoOct24: source(
    "Ethiopia accuses Trump of 'incitement of war' over remarks that Egypt will 'blow up' disputed dam",
    'The Washington Post',
    'https://www.washingtonpost.com/world/2020/10/24/ethiopia-accuses-trump-incitement-war-over-remarks-that-egypt-will-blow-up-disputed-dam/',
    '2020-10-24',
    'B',
    2,
  ),
  urdupointOct26: source(
    'Ethiopia, Sudan, Egypt to resume talks on Renaissance dam',
    'UrduPoint (Sputnik)',
    'https://www.urdupoint.com/en/world/ethiopia-sudan-egypt-to-resume-talks-on-ren-1067518.html',
    '2020-10-26',
    'C',
    2,
  ),
  merejaMar17: source(
    'Ethiopia will fill its massive dam next July',
    'Mereja',
    'https://mereja.com/index/352921',
    '2021-03-17',
    'C',
    2,
  ),
  medialineMar30: source(
    'Sisi threatens regional instability over Nile water',
    'The Media Line',
    'https://themedialine.org/headlines/sisi-threatens-regional-instability-over-nile-water/',
    '2021-03-30',
    'B',
    2,
  ),
  newsafricaMar31: source(
    'No one can take a single drop of water from Egypt, says Sisi',
    'News Africa Now (Egypt Independent)',
    'https://newsafricanow.com/egypt/video-no-one-can-take-a-single-drop-of-water-from-egypt-says-sisi/',
    '2021-03-31',
    'C',
    2,
  ),
  pledgetimesApr5: source(
    'Resumption of the Renaissance Dam negotiations in Kinshasa',
    'Pledge Times',
    'https://pledgetimes.com/resumption-of-the-renaissance-dam-negotiations-in-kinshasa/',
    '2021-04-05',
    'C',
    2,
  ),
  trtApr6: source(
    'Egypt, Sudan say GERD talks in Kinshasa end with no progress',
    'TRT World',
    'https://www.trtworld.com:443/article/12759140',
    '2021-04-06',
    'B',
    2,
  ),
  sisApr7: source(
    'Egypt - Kinshasa hosted talks failed to achieve progress on relaunching negotiations on GERD',
    'AllAfrica (Egypt State Information Service)',
    'https://allafrica.com/stories/202104070041.html',
    '2021-04-07',
    'B',
    2,
  ),
  anewsApr7: source(
    'Egypt warns all options open to tackle dam crisis',
    'A News (Anadolu Agency)',
    'https://www.anews.com.tr/world/2021/04/07/egypt-warns-all-options-open-to-tackle-dam-crisis',
    '2021-04-07',
    'B',
    2,
  ),
  issApr14: source(
    'Why the AU-brokered talks on the GERD yielded no progress',
    'AllAfrica (Institute for Security Studies)',
    'https://allafrica.com/stories/202104140124.html',
    '2021-04-14',
    'B',
    2,
  ),
  newsghanaJun14: source(
    "Egypt complains to UN of Ethiopia's unilateral measures on filling of Nile dam",
    'News Ghana',
    'https://newsghana.com.gh/egypt-complains-to-un-of-ethiopias-unilateral-measures-on-filling-of-nile-dam/',
    '2021-06-14',
    'C',
    2,
  ),
  reutersJul5: source(
    'Egypt informs Ethiopia of its categorical refusal of second GERD filling - statement',
    'MarketScreener (Reuters)',
    'https://www.marketscreener.com/news/latest/Egypt-informs-Ethiopia-of-its-categorical-refusal-of-second-GERD-filling-statement--35792979/',
    '2021-07-05',
    'C',
    2,
  ),
  sisJul9: source(
    'Shoukry asks UNSC to shoulder its responsibility on GERD',
    'AllAfrica (Egypt State Information Service)',
    'https://allafrica.com/stories/202107090508.html',
    '2021-07-09',
    'B',
    2,
  ),
  sudantribuneJul10: source(
    'U.S. calls for urgent resumption of the AU-led GERD talks',
    'Sudan Tribune',
    'https://www.sudantribune.com/spip.php?article69792',
    '2021-07-10',
    'B',
    2,
  ),
  camerounJul20: source(
    'Ethiopia completes second filling of controversial dam on Nile',
    'Journal du Cameroun',
    'https://www.journalducameroun.com/en/ethiopia-completes-second-filling-of-controversial-dam-on-nile/',
    '2021-07-20',
    'C',
    2,
  ),
  arabnewsJul22: source(
    "Ethiopian PM assures second filling of dam 'will not do any harm'",
    'Arab News',
    'https://www.arabnews.com/node/1898461/world',
    '2021-07-22',
    'B',
    2,
  ),
  ahramSep15: source(
    'UNSC expected to issue presidential statement urging resumption of GERD talks: Diplomatic sources',
    'Ahram Online',
    'https://english.ahram.org.eg/NewsContent/1/64/423159/Egypt/Politics-/UNSC-expected-to-issue-presidential-statement-urgi.aspx',
    '2021-09-15',
    'B',
    2,
  ),
  ammanSep16: source(
    'Text of a presidential statement to the Security Council on the "Renaissance Dam"',
    'Amman Today',
    'https://amman.today/2021/09/16/world/text-of-a-presidential-statement-to-the-security-council-on-the-renaissance-dam-document/',
    '2021-09-16',
    'C',
    2,
  ),
  trtJul29: source(
    'Egypt protests to UN over third filling of Ethiopian dam',
    'TRT World',
    'https://www.trtworld.com:443/article/12786561',
    '2022-07-29',
    'B',
    2,
  ),
  lokmatJul30: source(
    "Egypt rejects Ethiopia's continued filling of Nile dam",
    'Lokmat Times (IANS)',
    'https://www.lokmattimes.com/politics/egypt-rejects-ethiopias-continued-filling-of-nile-dam/',
    '2022-07-30',
    'C',
    2,
  ),
  whatsnewAug12: source(
    'Ethiopia says third fill of mega-dam reservoir is complete',
    'WhatsNew2Day (AFP)',
    'https://whatsnew2day.com/ethiopia-says-third-fill-of-mega-dam-reservoir-is-complete/',
    '2022-08-12',
    'C',
    2,
  ),
  addisstandardJul13: source(
    'Ethiopia, Egypt agree to finalize GERD filling, rules of operations agreement in four months (joint statement)',
    'Addis Standard',
    'https://addisstandard.com/newsalert-ethiopia-egypt-agree-to-finalize-gerd-filling-rules-of-operations-agreement-in-four-months/',
    '2023-07-13',
    'B',
    1,
  ),
  alarabiyaJul13: source(
    "Egypt's Sisi, Ethiopia PM to work to finalize dam agreement within four months",
    'Al Arabiya (Reuters)',
    'https://english.alarabiya.net/News/middle-east/2023/07/13/Egypt-s-Sisi-Ethiopia-PM-to-work-to-finalize-dam-agreement-within-four-months',
    '2023-07-13',
    'B',
    1,
  ),
  enterpriseAug29: source(
    'GERD talks end with no breakthrough',
    'Enterprise',
    'https://enterpriseam.com/egypt/2023/08/29/gerd-talks-end-with-no-breakthrough',
    '2023-08-29',
    'B',
    2,
  ),
  ahramSep10: source(
    'Ethiopia announces completion of fourth and final filling of GERD',
    'Ahram Online',
    'https://english.ahram.org.eg/NewsContent/1/1234/508121/Egypt/Foreign-Affairs/UPDATED-Ethiopia-announces-completion-of-fourth-an.aspx',
    '2023-09-10',
    'B',
    2,
  ),
  medialineSep11: source(
    "Egypt claims Ethiopia's dam filling breaches tripartite agreement",
    'The Media Line',
    'https://themedialine.org/headlines/egypt-claims-ethiopias-dam-filling-breaches-tripartite-agreement/',
    '2023-09-11',
    'B',
    2,
  ),
  trtSep23: source(
    'Ethiopia begins second round of talks with Egypt, Sudan over Nile mega-dam',
    'TRT World',
    'https://www.trtworld.com/article/15096698',
    '2023-09-23',
    'B',
    2,
  ),
  ahramOct23: source(
    'Third round of tripartite GERD talks kicks off in Cairo',
    'Ahram Online',
    'https://english.ahram.org.eg/NewsContent/1/1234/510794/Egypt/Foreign-Affairs/Third-round-of-tripartite-GERD-talks-kicks-off-in-.aspx',
    '2023-10-23',
    'B',
    2,
  ),
  enaOct25: source(
    'Third round of GERD talks concludes in Cairo',
    'AllAfrica',
    'https://allafrica.com/stories/202310250573.html',
    '2023-10-25',
    'B',
    2,
  ),
  enaDec18: source(
    'Fourth round of trilateral negotiation on GERD starts in Addis Ababa',
    'AllAfrica',
    'https://allafrica.com/stories/202312180454.html',
    '2023-12-18',
    'B',
    2,
  ),
  nationalDec19: source(
    'Egypt says Gerd talks with Ethiopia have failed',
    'The National',
    'https://thenationalnews.com/mena/2023/12/19/egypt-ethiopia-gerd-nile-dam',
    '2023-12-19',
    'B',
    2,
  ),
  memoDec20: source(
    'Ethiopia dam talks have failed, says Egypt',
    'Middle East Monitor (Reuters)',
    'https://www.middleeastmonitor.com/20231220-ethiopia-dam-talks-have-failed-says-egypt/',
    '2023-12-20',
    'C',
    2,
  ),
  novaJan17: source(
    'Egitto, ministro Esteri: accordo tra Etiopia e Somaliland crea disordini nella regione',
    'Agenzia Nova',
    'https://www.agenzianova.com/a/65a7de673c0d69.54918825/4775078/2024-01-17/egitto-ministro-esteri-accordo-tra-etiopia-e-somaliland-crea-disordini-nella-regione-2',
    '2024-01-17',
    'B',
    2,
  ),
  ethionegariAug16: source(
    'Ethiopia warns of potential actions to protect national interests in Somalia',
    'Ethio Negari',
    'https://ethionegari.com/2024/08/16/ethiopia-warns-of-potential-actions-to-protect-national-interests-in-somalia',
    '2024-08-16',
    'C',
    2,
  ),
  hiiraanAug28: source(
    'Egyptian military aircraft arrive in Mogadishu as growing tensions in Horn of Africa',
    'Hiiraan Online',
    'https://www.hiiraan.com/news4/2024/aug/197739/egyptian_military_aircraft_arrive_in_mogadishu_as_growing_tensions_in_horn_of_africa.aspx',
    '2024-08-28',
    'C',
    2,
  ),
  lbcAug28: source(
    'Egypt sends military aid to Somalia following security pact',
    'LBC (Reuters)',
    'https://www.lbcgroup.tv/news/middleeastnews/792612/egypt-sends-military-aid-to-somalia-following-security-pact/en',
    '2024-08-28',
    'C',
    2,
  ),
  fidesSep2: source(
    'After reaching a military agreement with Somalia, Cairo warns Ethiopia about the filling of the Nile dam',
    'Agenzia Fides',
    'http://fides.org/en/news/75355',
    '2024-09-02',
    'C',
    2,
  ),
  zambianSep10: source(
    'Ethiopia warns against invasion amid regional tensions',
    'Zambian Observer (BBC)',
    'https://zambianobserver.com/ethiopia-warns-against-invasion-amid-regional-tensions/',
    '2024-09-10',
    'C',
    2,
  ),
  merchantSep24: source(
    'Ethiopia worried over arms shipment to Somalia, state news agency says',
    'Merchant Business (Reuters)',
    'https://merchant-business.com/ethiopia-worried-over-arms-shipment-to-somalia-state-news-agency-says',
    '2024-09-24',
    'C',
    2,
  ),
  axadleSep29: source(
    "Egypt commits to protecting Nile resources and upholding Somalia's integrity amidst rising tensions with Ethiopia",
    'Axadle Times',
    'https://axadletimes.com/somalia/egypt-commits-to-protecting-nile-resources-and-upholding-somalias-integrity-amidst-rising-tensions-with-ethiopia.html5',
    '2024-09-29',
    'C',
    2,
  ),
  menafnOct10: source(
    'Eritrea, Egypt and Somalia leaders issue joint communiqué affirming regional stability and cooperation',
    'MENAFN (Daily News Egypt)',
    'https://menafn.com/1108767724/Eritrea-Egypt-And-Somalia-Leaders-Issue-Joint-Communique%CC%81-Affirming-Regional-Stability-And-Cooperation',
    '2024-10-10',
    'C',
    2,
  ),
};

/** Round ids. */
const R = {
  washington: 'washington-2020-02',
  auSummit: 'au-summit-2020-06',
  kinshasa: 'kinshasa-2021-04',
  cairoSummit: 'cairo-leaders-2023-07',
  cairo1: 'cairo-2023-08',
  addis2: 'addis-ababa-2023-09',
  cairo3: 'cairo-2023-10',
  addis4: 'addis-ababa-2023-12',
};
/** Demand ids. */
const D = {
  usText: 'washington-text-2020',
  quartet: 'international-quartet-2021',
  binding: 'binding-agreement',
};
const AGREEMENT = 'sisi-abiy-joint-statement-2023';
/** Occurrence keys: developments that report one occurrence. */
const O = {
  cairoSummit: 'cairo-leaders-2023-07-13',
  addisCollapse: 'addis-ababa-2023-12-19',
};

const events = [
  // ===== February – March 2020: Washington =====
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '2020-02-24', recordedAt: rec('2020-02-25', '20:00') },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Egypt – Ethiopia over the Grand Ethiopian Renaissance Dam, 2020–24',
      subject:
        'The filling and operation of the Grand Ethiopian Renaissance Dam on the Blue Nile: Egypt (and Sudan) seek a binding agreement on its rules; Ethiopia fills it in the rainy seasons — from the US-hosted Washington talks through the AU-led talks, the Security Council, the Sisi–Abiy agreement of July 2023 and its failed rounds, to the Egypt–Somalia defence pact of 2024',
      parties: [EGYPT, ETHIOPIA],
      mediators: [USA, WORLD_BANK],
    },
    [S.akhbarFeb25],
    { note: 'Dated to the US draft agreement handed to the three countries, the first development the case covers.' },
  ),
  ev(
    'ActorRegistered',
    'actor-sudan',
    { occurredAt: '2020-02-24', recordedAt: rec('2020-02-25', '20:05') },
    { actor: SUDAN, role: 'third-party' },
    [S.akhbarFeb25],
    {
      note: 'Sudan, the third riparian state, is at the table in every round: a co-negotiator, not a party to this pair.',
    },
  ),
  ev(
    'DemandTabled',
    'demand-us-text',
    { occurredAt: '2020-02-24', recordedAt: rec('2020-02-25', '20:10') },
    {
      demandId: D.usText,
      by: 'united-states',
      addressedTo: ['egypt', 'ethiopia', 'sudan'],
      text: 'Sign the final agreement on the rules of filling and operating the GERD drafted in Washington (the US draft handed over on 24 February, with the World Bank).',
      category: 'economic',
    },
    [S.akhbarFeb25],
  ),
  ev(
    'TalksRoundScheduled',
    'round-washington-scheduled',
    { occurredAt: '2020-02-25', recordedAt: rec('2020-02-25', '20:15') },
    {
      roundId: R.washington,
      label: 'Washington, the final round hosted by the US Treasury and the World Bank',
      format: 'formal',
      venue: 'Washington, D.C.',
      hosts: ['united-states', 'world-bank'],
      plannedFor: '2020-02-28',
    },
    [S.akhbarFeb25],
  ),
  ev(
    'TalksRoundOpened',
    'round-washington-opened',
    { occurredAt: '2020-02-27', recordedAt: rec('2020-03-01', '10:00') },
    {
      roundId: R.washington,
      delegations: [{ actorId: 'egypt', head: SHOUKRY }, { actorId: 'sudan' }],
    },
    [S.enterpriseMar1],
    { note: 'Ethiopia did not attend: it had asked the US to postpone the meeting for its "national consultations".' },
  ),
  ev(
    'PositionTaken',
    'pos-egypt-us-text',
    { occurredAt: '2020-02-28', recordedAt: rec('2020-03-01', '10:05') },
    {
      demandId: D.usText,
      actorId: 'egypt',
      stance: 'accepted',
      conditions: 'Egypt initialled the preliminary draft in Washington and showed "readiness" to sign.',
    },
    [S.enterpriseMar1],
  ),
  ev(
    'MediationAction',
    'med-us-treasury-feb28',
    { occurredAt: '2020-02-28', recordedAt: rec('2020-03-01', '10:10') },
    {
      mediator: 'united-states',
      action: 'proposed',
      summary:
        'The Treasury says Egypt is ready to sign and Ethiopia still holds national consultations; Mnuchin: "final testing and filling should not take place without an agreement"; the US will go on mediating until a final agreement is signed.',
    },
    [S.enterpriseMar1],
  ),
  ev(
    'TalksRoundConcluded',
    'round-washington-concluded',
    { occurredAt: '2020-02-28', recordedAt: rec('2020-03-01', '10:15') },
    {
      roundId: R.washington,
      outcome: 'no-progress',
      summary:
        'The round ends without a signed accord: Ethiopia absent, Egypt alone initialled the text; Egypt waits for Ethiopia and Sudan to sign "as soon as possible".',
      nextSteps: 'The US to keep mediating until a final agreement is reached.',
    },
    [S.enterpriseMar1],
  ),
  ev(
    'StatementMade',
    'stmt-ethiopia-feb29',
    { occurredAt: '2020-02-29', recordedAt: rec('2020-03-01', '12:00') },
    {
      speaker: ETHIOPIA_MFA,
      audience: 'united-states',
      tone: 'critical',
      summary:
        "Ethiopia is disappointed by the Treasury's statement; as the dam's owner it will commence the first filling in parallel with construction under the 2015 Declaration of Principles; it does not accept that the negotiation is completed.",
    },
    [S.cameroun2020Mar1],
  ),
  ev(
    'PositionTaken',
    'pos-ethiopia-us-text',
    { occurredAt: '2020-02-29', recordedAt: rec('2020-03-01', '12:05') },
    {
      demandId: D.usText,
      actorId: 'ethiopia',
      stance: 'rejected',
      quote:
        'The "text" reportedly initialed by the Arab Republic of Egypt in Washington D.C. is not the outcome of the negotiation or the technical and legal discussion of the three countries.',
      speaker: ETHIOPIA_MFA,
    },
    [S.cameroun2020Mar1],
  ),
  ev(
    'StatementMade',
    'stmt-gedu-mar3',
    { occurredAt: '2020-03-03', recordedAt: rec('2020-03-03', '20:00') },
    {
      speaker: GEDU,
      audience: 'united-states',
      tone: 'critical',
      summary:
        'With the water minister: Ethiopia will begin the first filling in July as scheduled; it will not accept "unnecessary" demands outside the agreed frameworks; "the negotiation has not stopped; it will continue."',
    },
    [S.addisstandardMar3],
  ),
  // ===== June – October 2020: the AU, the first filling, Trump =====
  ev(
    'ActorRegistered',
    'actor-au',
    { occurredAt: '2020-06-26', recordedAt: rec('2020-06-27', '10:00') },
    { actor: AU, role: 'mediator' },
    [S.trtJun27],
  ),
  ev(
    'TalksRoundOpened',
    'round-au-summit-opened',
    { occurredAt: '2020-06-26', recordedAt: rec('2020-06-27', '10:05') },
    {
      roundId: R.auSummit,
      label: 'AU extraordinary summit (virtual), chaired by Cyril Ramaphosa',
      format: 'informal',
      venue: 'videoconference',
      hosts: ['african-union'],
      delegations: [{ actorId: 'egypt', head: SISI }, { actorId: 'ethiopia', head: ABIY }, { actorId: 'sudan' }],
    },
    [S.wrexJun26, S.trtJun27],
  ),
  ev(
    'TalksRoundConcluded',
    'round-au-summit-concluded',
    { occurredAt: '2020-06-26', recordedAt: rec('2020-06-27', '10:10') },
    {
      roundId: R.auSummit,
      outcome: 'progress',
      summary:
        'The leaders agree to return to AU-led talks; Egypt and Sudan say Ethiopia will not fill the dam before an agreement; Ethiopia speaks of finalising a deal within two to three weeks; Abiy calls the summit "fruitful".',
      nextSteps: 'A committee of experts to draft a final agreement within weeks.',
    },
    [S.wrexJun26, S.trtJun27],
  ),
  ev(
    'StatementMade',
    'stmt-abiy-office-jul21',
    { occurredAt: '2020-07-21', recordedAt: rec('2020-07-21', '20:00') },
    {
      speaker: ABIY_OFFICE,
      audience: 'egypt',
      tone: 'neutral',
      summary:
        'The first year of filling the reservoir is achieved, thanks to the rains: "the dam under construction is already overtopping"; Ethiopia will hold further talks with Egypt and Sudan.',
    },
    [S.devdiscourseJul21],
    { note: 'The first filling: a unilateral act with no type of its own, recorded as its announcement.' },
  ),
  ev(
    'StatementMade',
    'stmt-abiy-jul22',
    { occurredAt: '2020-07-22', recordedAt: rec('2020-07-22', '20:00') },
    {
      speaker: ABIY,
      audience: 'domestic audience',
      tone: 'neutral',
      summary:
        'The completion of the first filling is "a historic moment"; "we conducted the filling of the dam without causing harm to anyone."',
    },
    [S.africacomJul22],
  ),
  ev(
    'StatementMade',
    'stmt-trump-oct23',
    { occurredAt: '2020-10-23', recordedAt: rec('2020-10-23', '22:00') },
    {
      speaker: TRUMP,
      audience: 'ethiopia',
      tone: 'military-threat',
      summary:
        'In the Oval Office, on the Sudan–Israel call: Egypt "is not going to be able to live that way"; "they\'ll blow up that dam. And they have to do something"; Ethiopia "broke the deal" and will not see the suspended aid unless it adheres to it.',
      quote: "They'll end up blowing up the dam. And I said it and I say it loud and clear — they'll blow up that dam.",
    },
    [S.rawstoryOct23],
    { note: "A third party's words (the mediator's president), not Egypt's." },
  ),
  ev(
    'StatementMade',
    'stmt-gedu-oct24',
    { occurredAt: '2020-10-24', recordedAt: rec('2020-10-24', '20:00') },
    {
      speaker: GEDU,
      audience: 'united-states',
      tone: 'accusation',
      summary:
        'Summons the US ambassador: "the incitement of war between Ethiopia and Egypt from a sitting U.S. president" is not acceptable in international law.',
    },
    [S.wapoOct24],
  ),
  ev(
    'StatementMade',
    'stmt-abiy-office-oct24',
    { occurredAt: '2020-10-24', recordedAt: rec('2020-10-24', '20:05') },
    {
      speaker: ABIY_OFFICE,
      audience: 'united-states',
      tone: 'accusation',
      summary:
        '"Occasional statements of belligerent threats to have Ethiopia succumb to unfair terms still abound"; they are "clear violations of international law"; "Ethiopia will not cave in to aggressions of any kind." Nobody named.',
    },
    [S.wapoOct24],
  ),
  ev(
    'MediationAction',
    'med-au-oct26',
    { occurredAt: '2020-10-26', recordedAt: rec('2020-10-26', '20:00') },
    {
      mediator: 'african-union',
      action: 'requested-resumption',
      summary:
        'Ramaphosa, as AU chair: the trilateral negotiations resume on 27 October after a seven-week break, with the three leaders.',
    },
    [S.urdupointOct26],
  ),
  // ===== March – April 2021: Sisi's warnings and Kinshasa =====
  ev(
    'StatementMade',
    'stmt-seleshi-mar16',
    { occurredAt: '2021-03-16', precision: 'approximate', recordedAt: rec('2021-03-17', '20:00') },
    {
      speaker: SELESHI,
      audience: 'egypt',
      tone: 'neutral',
      summary:
        'Ethiopia will carry out the second filling in the coming rainy season; "there is no good reason to postpone the filling".',
    },
    [S.merejaMar17],
  ),
  ev(
    'StatementMade',
    'stmt-sisi-mar30',
    { occurredAt: '2021-03-30', recordedAt: rec('2021-03-31', '10:00') },
    {
      speaker: SISI,
      audience: 'ethiopia',
      tone: 'military-threat',
      summary:
        'At the Suez Canal: "no one can take a drop of water from Egypt"; doing so "will create unimaginable instability in the region"; "no one should assume that he is beyond the reach of our capabilities"; Egypt\'s water is a red line — while saying "we are not threatening anyone" and that negotiation is Egypt\'s choice.',
      quote:
        'We are not threatening anyone … but no one can take a drop of water from Egypt … and no one should assume that he is beyond the reach of our capabilities.',
    },
    [S.medialineMar30, S.newsafricaMar31],
  ),
  ev(
    'TalksRoundOpened',
    'round-kinshasa-opened',
    { occurredAt: '2021-04-04', recordedAt: rec('2021-04-05', '10:00') },
    {
      roundId: R.kinshasa,
      label: 'Kinshasa ministerial conference under the AU chair, President Tshisekedi',
      format: 'formal',
      venue: 'Kinshasa',
      hosts: ['african-union'],
      delegations: [
        { actorId: 'egypt', head: SHOUKRY },
        { actorId: 'ethiopia', head: DEMEKE },
        { actorId: 'sudan', head: MARIAM },
      ],
    },
    [S.pledgetimesApr5],
    { note: 'Shoukry calls it "a final opportunity" to reach an agreement before the next flood season.' },
  ),
  ev(
    'DemandTabled',
    'demand-quartet',
    { occurredAt: '2021-04-05', precision: 'approximate', recordedAt: rec('2021-04-07', '10:00') },
    {
      demandId: D.quartet,
      by: 'sudan',
      addressedTo: ['ethiopia', 'egypt'],
      text: 'An international quartet led by the DR Congo as AU chair to mediate between the three countries, the parties to the negotiations taking part in offering solutions to the legal and technical issues.',
      category: 'procedural',
    },
    [S.sisApr7, S.trtApr6],
  ),
  ev(
    'PositionTaken',
    'pos-egypt-quartet',
    { occurredAt: '2021-04-05', precision: 'approximate', recordedAt: rec('2021-04-07', '10:05') },
    { demandId: D.quartet, actorId: 'egypt', stance: 'accepted' },
    [S.sisApr7, S.trtApr6],
  ),
  ev(
    'PositionTaken',
    'pos-ethiopia-quartet',
    { occurredAt: '2021-04-06', recordedAt: rec('2021-04-07', '10:10') },
    {
      demandId: D.quartet,
      actorId: 'ethiopia',
      stance: 'rejected',
      conditions:
        "Egypt's account: Ethiopia rejected the quartet and every other proposal to develop the negotiation process.",
    },
    [graded(S.sisApr7, 3)],
  ),
  ev(
    'TalksRoundConcluded',
    'round-kinshasa-concluded',
    { occurredAt: '2021-04-06', recordedAt: rec('2021-04-07', '10:15') },
    {
      roundId: R.kinshasa,
      outcome: 'collapsed',
      summary:
        'The talks end with no progress and no agreement even on relaunching the negotiations; Egypt: Ethiopia lacks "the political will to negotiate in good faith"; Sudan will "consider all possible options".',
    },
    [S.trtApr6, S.sisApr7],
  ),
  ev(
    'StatementMade',
    'stmt-sisi-apr7',
    { occurredAt: '2021-04-07', recordedAt: rec('2021-04-07', '20:00') },
    {
      speaker: SISI,
      audience: 'ethiopia',
      tone: 'military-threat',
      summary:
        'On state television, the day after Kinshasa: "I say to our Ethiopian brothers, there is no need to reach a level that you mess with a water drop of Egypt\'s water because all options are open"; "we have witnessed the cost of any confrontation".',
      quote:
        'There is no need to reach a level that you mess with a water drop of Egypt’s water because all options are open.',
    },
    [S.anewsApr7],
  ),
  ev(
    'DemandTabled',
    'demand-binding',
    { occurredAt: '2021-04-14', precision: 'approximate', recordedAt: rec('2021-04-14', '20:00') },
    {
      demandId: D.binding,
      by: 'egypt',
      addressedTo: ['ethiopia'],
      text: 'A legally binding agreement on the filling and operation of the GERD, concluded before Ethiopia fills the reservoir again.',
      category: 'security',
    },
    [S.issApr14],
    { note: "Egypt's standing demand throughout; dated to the first dated source in this record that states it." },
  ),
  // ===== June – September 2021: the second filling and the Security Council =====
  ev(
    'StatementMade',
    'stmt-egypt-unsc-jun11',
    { occurredAt: '2021-06-11', recordedAt: rec('2021-06-14', '10:00') },
    {
      speaker: EGYPT_MFA,
      audience: 'UN Security Council',
      tone: 'accusation',
      summary:
        "Letter to the Security Council: Egypt's complete rejection of Ethiopia's unilateral measures; Ethiopia frustrates a tripartite agreement and tries to impose a fait accompli in violation of international law.",
    },
    [S.newsghanaJun14],
  ),
  ev(
    'StatementMade',
    'stmt-abdelaty-jul5',
    { occurredAt: '2021-07-05', recordedAt: rec('2021-07-05', '22:00') },
    {
      speaker: ABDEL_ATY,
      audience: 'ethiopia',
      tone: 'accusation',
      summary:
        "Egypt received Ethiopia's official notice that the second filling has begun, and informed Ethiopia of its categorical rejection of a measure it regards as a threat to regional stability.",
    },
    [S.reutersJul5],
  ),
  ev(
    'ActorRegistered',
    'actor-un',
    { occurredAt: '2021-07-08', recordedAt: rec('2021-07-09', '10:00') },
    { actor: UN, role: 'observer' },
    [S.sisJul9],
  ),
  ev(
    'StatementMade',
    'stmt-shoukry-jul8',
    { occurredAt: '2021-07-08', recordedAt: rec('2021-07-09', '10:05') },
    {
      speaker: SHOUKRY,
      audience: 'UN Security Council',
      tone: 'accusation',
      summary:
        'At the Council\'s session requested by Egypt and Sudan and after it: the second filling is an "existential" threat to 150 million people; Ethiopia shows no political will; the Council should back the Tunisian draft. Asked about military action: Egypt has to protect the rights of its people, "a necessary matter for every government".',
    },
    [S.sisJul9],
  ),
  ev(
    'MediationAction',
    'med-us-jul8',
    { occurredAt: '2021-07-08', recordedAt: rec('2021-07-10', '10:00') },
    {
      mediator: 'united-states',
      action: 'requested-resumption',
      summary:
        'Linda Thomas-Greenfield at the Council: the three should resume the AU-led talks "with urgency"; the interests are reconcilable; the US will support them.',
    },
    [S.sudantribuneJul10],
  ),
  ev(
    'StatementMade',
    'stmt-seleshi-jul19',
    { occurredAt: '2021-07-19', recordedAt: rec('2021-07-20', '10:00') },
    {
      speaker: SELESHI,
      audience: 'domestic audience',
      tone: 'neutral',
      summary:
        'The second filling is complete, ahead of time thanks to heavy rains; the water is overtopping; about 18 billion cubic metres retained in the two fillings.',
    },
    [S.camerounJul20],
    { note: 'The second filling: recorded as its announcement.' },
  ),
  ev(
    'StatementMade',
    'stmt-abiy-jul22-2021',
    { occurredAt: '2021-07-22', recordedAt: rec('2021-07-22', '20:00') },
    {
      speaker: ABIY,
      audience: 'egypt',
      tone: 'conciliatory',
      summary:
        '"To my sisters and brothers in the downstream countries": the second filling was done with caution in the rainy season; "this filling will not do any harm to any of our countries".',
    },
    [S.arabnewsJul22],
  ),
  ev(
    'MediationAction',
    'med-unsc-prst-sep15',
    { occurredAt: '2021-09-15', recordedAt: rec('2021-09-16', '12:00') },
    {
      mediator: 'united-nations',
      action: 'requested-resumption',
      summary:
        'Presidential statement: the Council encourages Egypt, Ethiopia and Sudan to resume negotiations at the invitation of the AU chair, to finalise a mutually acceptable and binding agreement on filling and operation "within a reasonable time frame".',
    },
    [S.ahramSep15, S.ammanSep16],
  ),
  // ===== July – August 2022: the third filling =====
  ev(
    'StatementMade',
    'stmt-shoukry-unsc-jul29',
    { occurredAt: '2022-07-29', recordedAt: rec('2022-07-30', '10:00') },
    {
      speaker: SHOUKRY,
      audience: 'UN Security Council',
      tone: 'warning',
      summary:
        'Letter to the Council after Ethiopia\'s notice (26 July) that it continues the filling: complete rejection of the unilateral filling, a violation of the 2015 Declaration; Egypt will not tolerate any prejudice to its rights; the foreign ministry adds that it keeps its "legitimate right … to take all necessary measures to ensure and protect its national security".',
    },
    [S.trtJul29, S.lokmatJul30],
  ),
  ev(
    'StatementMade',
    'stmt-abiy-aug12',
    { occurredAt: '2022-08-12', recordedAt: rec('2022-08-12', '20:00') },
    {
      speaker: ABIY,
      audience: 'domestic audience',
      tone: 'neutral',
      summary:
        'From the dam: "the third fill has been completed", 600 metres, 25 more than last year; "The Nile is a gift from God given to us for Ethiopians to use."',
    },
    [S.whatsnewAug12],
    { note: 'The third filling: recorded as its announcement.' },
  ),
  // ===== July – December 2023: the leaders' agreement and its four rounds =====
  ev(
    'TalksRoundOpened',
    'round-cairo-summit-opened',
    { occurredAt: '2023-07-13', recordedAt: rec('2023-07-13', '20:00') },
    {
      roundId: R.cairoSummit,
      label: 'Sisi–Abiy meeting in Cairo (on the margins of the Sudan neighbours’ summit)',
      format: 'informal',
      venue: 'Cairo',
      delegations: [
        { actorId: 'egypt', head: SISI },
        { actorId: 'ethiopia', head: ABIY },
      ],
    },
    [S.addisstandardJul13],
    { occurrence: O.cairoSummit },
  ),
  ev(
    'TalksRoundConcluded',
    'round-cairo-summit-concluded',
    { occurredAt: '2023-07-13', recordedAt: rec('2023-07-13', '20:05') },
    {
      roundId: R.cairoSummit,
      outcome: 'agreement',
      summary: 'A joint statement: expedited negotiations to finalise the agreement within four months.',
    },
    [S.addisstandardJul13, S.alarabiyaJul13],
    { occurrence: O.cairoSummit },
  ),
  ev(
    'AgreementReached',
    'agr-cairo-joint-statement',
    { occurredAt: '2023-07-13', recordedAt: rec('2023-07-13', '20:10') },
    {
      agreementId: AGREEMENT,
      kind: 'framework',
      provisions: [
        'Initiate expedited negotiations to finalise the agreement between Egypt, Ethiopia and Sudan on the filling of the GERD and the rules of its operation, making every effort to finalise it within four months',
        'During these negotiations Ethiopia commits, in the filling within the hydrological year 2023–2024, not to cause significant harm to Egypt and Sudan, providing for the water needs of both',
        'Enhance bilateral relations politically, economically and culturally',
      ],
      signatories: ['egypt', 'ethiopia'],
      textPublic: true,
      roundId: R.cairoSummit,
    },
    [S.addisstandardJul13, S.alarabiyaJul13],
    { occurrence: O.cairoSummit },
  ),
  ev(
    'TalksRoundOpened',
    'round-cairo1-opened',
    { occurredAt: '2023-08-27', recordedAt: rec('2023-08-29', '10:00') },
    {
      roundId: R.cairo1,
      label: 'First round of the resumed talks, Cairo',
      format: 'formal',
      venue: 'Cairo',
      delegations: [{ actorId: 'egypt' }, { actorId: 'ethiopia' }, { actorId: 'sudan' }],
    },
    [S.enterpriseAug29],
  ),
  ev(
    'TalksRoundConcluded',
    'round-cairo1-concluded',
    { occurredAt: '2023-08-28', recordedAt: rec('2023-08-29', '10:05') },
    {
      roundId: R.cairo1,
      outcome: 'no-progress',
      summary:
        'The first round in two years ends without a breakthrough: Egypt saw no "tangible change in the Ethiopian position"; Ethiopia says the parties "exchanged views to reach a win-win situation".',
      nextSteps: 'A new round in Addis Ababa in September.',
    },
    [S.enterpriseAug29],
  ),
  ev(
    'StatementMade',
    'stmt-abiy-sep10',
    { occurredAt: '2023-09-10', recordedAt: rec('2023-09-10', '20:00') },
    {
      speaker: ABIY,
      audience: 'domestic audience',
      tone: 'neutral',
      summary:
        '"Congratulations to all on the fourth filling of the Grand Ethiopian Renaissance Dam. Our national perseverance against all odds has delivered." The fourth and final filling is complete.',
    },
    [S.ahramSep10],
    { note: 'The fourth filling: recorded as its announcement.' },
  ),
  ev(
    'StatementMade',
    'stmt-egypt-mfa-sep10',
    { occurredAt: '2023-09-10', recordedAt: rec('2023-09-11', '12:00') },
    {
      speaker: EGYPT_MFA,
      audience: 'ethiopia',
      tone: 'accusation',
      summary:
        "The completion of the fourth filling violates the 2015 Declaration of Principles, which requires agreed rules before filling; Ethiopia's unilateral acts jeopardise the downstream states' water security and will complicate the negotiations.",
    },
    [S.medialineSep11],
  ),
  ev(
    'TalksRoundOpened',
    'round-addis2-opened',
    { occurredAt: '2023-09-23', recordedAt: rec('2023-09-23', '20:00') },
    {
      roundId: R.addis2,
      label: 'Second round, Addis Ababa',
      format: 'formal',
      venue: 'Addis Ababa',
      delegations: [{ actorId: 'egypt' }, { actorId: 'ethiopia' }, { actorId: 'sudan' }],
    },
    [S.trtSep23],
  ),
  ev(
    'TalksRoundConcluded',
    'round-addis2-concluded',
    { occurredAt: '2023-09-24', precision: 'approximate', recordedAt: rec('2023-10-23', '20:00') },
    {
      roundId: R.addis2,
      outcome: 'no-progress',
      summary: 'The Egyptian government: the first two rounds showed no change in the Ethiopian stance.',
      nextSteps: 'A third round in Cairo in October.',
    },
    [S.ahramOct23],
    {
      note: "No dated report of the round's end was found; dated approximately to its second day, from the report of the third round.",
    },
  ),
  ev(
    'TalksRoundOpened',
    'round-cairo3-opened',
    { occurredAt: '2023-10-23', recordedAt: rec('2023-10-23', '20:05') },
    {
      roundId: R.cairo3,
      label: 'Third round, Cairo',
      format: 'formal',
      venue: 'Cairo',
      delegations: [{ actorId: 'egypt', head: SEWILAM }, { actorId: 'ethiopia', head: SELESHI }, { actorId: 'sudan' }],
    },
    [S.ahramOct23],
  ),
  ev(
    'TalksRoundConcluded',
    'round-cairo3-concluded',
    { occurredAt: '2023-10-24', recordedAt: rec('2023-10-25', '12:00') },
    {
      roundId: R.cairo3,
      outcome: 'no-progress',
      summary:
        'Two days of talks end "without conclusive outcome" as the four months run out; Seleshi: "some progress and understanding".',
      nextSteps: 'The next round in Addis Ababa in December.',
    },
    [S.enaOct25],
  ),
  ev(
    'TalksRoundOpened',
    'round-addis4-opened',
    { occurredAt: '2023-12-18', recordedAt: rec('2023-12-18', '20:00') },
    {
      roundId: R.addis4,
      label: 'Fourth round, Addis Ababa',
      format: 'formal',
      venue: 'Addis Ababa',
      delegations: [{ actorId: 'egypt' }, { actorId: 'ethiopia' }, { actorId: 'sudan' }],
    },
    [S.enaDec18],
  ),
  ev(
    'TalksRoundConcluded',
    'round-addis4-concluded',
    { occurredAt: '2023-12-19', recordedAt: rec('2023-12-19', '22:00') },
    {
      roundId: R.addis4,
      outcome: 'collapsed',
      summary:
        "The fourth and last round under the leaders' agreement ends, and Egypt says the four-month deadline has expired without any progress: the talks have failed; it will now closely monitor the filling and operation of the dam.",
    },
    [S.nationalDec19],
    { occurrence: O.addisCollapse },
  ),
  ev(
    'StatementMade',
    'stmt-egypt-mwri-dec19',
    { occurredAt: '2023-12-19', recordedAt: rec('2023-12-19', '22:05') },
    {
      speaker: EGYPT_MWRI,
      audience: 'ethiopia',
      tone: 'warning',
      summary:
        '"Egypt now reserves its guaranteed right under international charters to defend its water and national security if it comes under threat"; it will closely monitor the filling and operation of the dam.',
    },
    [S.nationalDec19],
    { occurrence: O.addisCollapse },
  ),
  ev(
    'AgreementStatusChanged',
    'agr-cairo-terminated',
    { occurredAt: '2023-12-19', recordedAt: rec('2023-12-19', '22:10') },
    {
      agreementId: AGREEMENT,
      status: 'terminated',
      reason:
        'The four months have passed without an agreement, and Egypt declares the negotiations the two leaders launched over.',
    },
    [S.nationalDec19],
    { occurrence: O.addisCollapse },
  ),
  ev(
    'PositionTaken',
    'pos-ethiopia-binding',
    { occurredAt: '2023-12-19', recordedAt: rec('2023-12-20', '10:00') },
    {
      demandId: D.binding,
      actorId: 'ethiopia',
      stance: 'rejected',
      conditions:
        'Ethiopia has balked at a legally binding agreement, saying recommendations should suffice, and rejected international mediation.',
    },
    [S.nationalDec19],
  ),
  ev(
    'StatementMade',
    'stmt-ethiopia-mfa-dec20',
    { occurredAt: '2023-12-20', recordedAt: rec('2023-12-20', '20:00') },
    {
      speaker: ETHIOPIA_MFA,
      audience: 'egypt',
      tone: 'accusation',
      summary:
        'Egypt "misrepresented" Ethiopia\'s positions; "Cairo\'s colonial era mentality erected roadblocks against efforts toward convergence"; Ethiopia remains committed to a negotiated settlement and looks forward to the talks resuming.',
    },
    [S.memoDec20],
  ),
  // ===== 2024: Somalia =====
  ev(
    'StatementMade',
    'stmt-shoukry-jan17',
    { occurredAt: '2024-01-17', recordedAt: rec('2024-01-17', '20:00') },
    {
      speaker: SHOUKRY,
      audience: 'ethiopia',
      tone: 'accusation',
      summary:
        "At the Arab League: the Ethiopia–Somaliland memorandum proves what Egypt warned of in Ethiopia's unilateral policies; Ethiopia imposes a fait accompli and sows instability in its region; Egypt coordinates training and support for Somalia.",
    },
    [S.novaJan17],
  ),
  ev(
    'ActorRegistered',
    'actor-somalia',
    { occurredAt: '2024-08-14', recordedAt: rec('2024-08-16', '12:00') },
    { actor: SOMALIA, role: 'third-party' },
    [S.ethionegariAug16],
  ),
  ev(
    'StatementMade',
    'stmt-nebiyu-aug15',
    { occurredAt: '2024-08-15', precision: 'approximate', recordedAt: rec('2024-08-16', '12:05') },
    {
      speaker: NEBIYU,
      audience: 'egypt',
      tone: 'warning',
      summary:
        'Asked about the Egypt–Somalia military agreement: Somalia may make agreements with any country and the pact is no significant concern, but Ethiopia "will take any necessary measures" if developments in Somalia threaten its national security and interests.',
    },
    [S.ethionegariAug16],
  ),
  ev(
    'ThirdPartyEngagement',
    'tpe-egypt-somalia-pact',
    { occurredAt: '2024-08-14', recordedAt: rec('2024-08-28', '12:00') },
    {
      actorId: 'egypt',
      counterparts: ['somalia'],
      kind: 'support',
      summary:
        'Sisi and Hassan Sheikh Mohamud sign a defence and security cooperation agreement in Cairo; Egypt offers troops to the AU mission that replaces ATMIS in January 2025.',
    },
    [S.hiiraanAug28, S.lbcAug28],
  ),
  ev(
    'IncidentReported',
    'inc-egypt-mogadishu-aug27',
    { occurredAt: '2024-08-27', recordedAt: rec('2024-08-28', '12:05') },
    {
      incidentId: 'egypt-aircraft-mogadishu-2024-08-27',
      kind: 'force-posture',
      perpetrator: 'egypt',
      against: 'ethiopia',
      target: "Somalia's army (weapons, ammunition and officers delivered under the defence pact)",
      place: 'Mogadishu',
      description:
        'Two Egyptian C-130s land at Mogadishu\'s airport with weapons, ammunition and officers: Egypt\'s first military aid to Somalia in four decades, the first step of the defence pact; a diplomat says Somalia is "playing with fire" by antagonising Ethiopia.',
    },
    [S.hiiraanAug28, S.lbcAug28],
  ),
  ev(
    'StatementMade',
    'stmt-abdelatty-unsc-sep1',
    { occurredAt: '2024-09-01', recordedAt: rec('2024-09-02', '12:00') },
    {
      speaker: ABDELATTY,
      audience: 'ethiopia',
      tone: 'military-threat',
      summary:
        "Letter to the Security Council on Abiy's announcement of the fifth filling (26 August): the negotiations ended after 13 years, Ethiopia using them as cover for a fait accompli; its policies could be an existential threat to Egypt; having exhausted all amicable means, Egypt is ready to exercise its right to defend its people under the UN Charter.",
      quote:
        'We are ready to exercise our right to defend and protect the rights and interests of the Egyptian people, in accordance with the UN Charter.',
    },
    [S.fidesSep2],
  ),
  ev(
    'StatementMade',
    'stmt-abiy-sep8',
    { occurredAt: '2024-09-08', recordedAt: rec('2024-09-10', '10:00') },
    {
      speaker: ABIY,
      audience: 'egypt',
      tone: 'warning',
      summary:
        'On Sovereignty Day, naming no country: Ethiopia has no intention of creating conflict, but "those who are afar and nearby" should know "we usually embarrass and repel those who dare try to invade us"; "anyone intending to invade Ethiopia should think not just once but 10 times".',
    },
    [S.zambianSep10],
  ),
  ev(
    'IncidentReported',
    'inc-egypt-mogadishu-sep23',
    { occurredAt: '2024-09-23', recordedAt: rec('2024-09-24', '20:00') },
    {
      incidentId: 'egypt-warship-mogadishu-2024-09',
      kind: 'force-posture',
      perpetrator: 'egypt',
      against: 'ethiopia',
      target: "Somalia's army (heavy weaponry delivered under the defence pact)",
      place: 'Mogadishu',
      description:
        'An Egyptian warship unloads heavy weaponry in Mogadishu: the second Egyptian arms shipment in a month under the defence pact.',
    },
    [S.merchantSep24],
  ),
  ev(
    'StatementMade',
    'stmt-taye-sep23',
    { occurredAt: '2024-09-23', precision: 'approximate', recordedAt: rec('2024-09-24', '20:05') },
    {
      speaker: TAYE,
      audience: 'egypt',
      tone: 'critical',
      summary:
        'At the UN in New York: the supply of ammunition by "external forces would further exacerbate the fragile security and would end up in the hands of terrorists in Somalia".',
    },
    [S.merchantSep24],
  ),
  ev(
    'StatementMade',
    'stmt-abdelatty-unga-sep28',
    { occurredAt: '2024-09-28', precision: 'approximate', recordedAt: rec('2024-09-29', '20:00') },
    {
      speaker: ABDELATTY,
      audience: 'ethiopia',
      tone: 'warning',
      summary:
        'At the General Assembly: Ethiopia acts unilaterally on the Nile in violation of international law; "anyone thinking Egypt will budge under existential threats is deluded"; Egypt condemns unilateral acts against Somalia\'s territorial integrity.',
    },
    [S.axadleSep29],
  ),
  ev(
    'ActorRegistered',
    'actor-eritrea',
    { occurredAt: '2024-10-10', recordedAt: rec('2024-10-10', '20:00') },
    { actor: ERITREA, role: 'third-party' },
    [S.menafnOct10],
  ),
  ev(
    'ThirdPartyEngagement',
    'tpe-asmara-summit',
    { occurredAt: '2024-10-10', recordedAt: rec('2024-10-10', '20:05') },
    {
      actorId: 'egypt',
      counterparts: ['eritrea', 'somalia'],
      kind: 'meeting',
      summary:
        'Sisi, Isaias Afwerki and Hassan Sheikh Mohamud meet in Asmara: "absolute respect for the sovereignty, independence, and territorial integrity of countries in the region", opposing any interference in their internal affairs; cooperation to enable the Somali army to counter terrorism and face internal and external challenges.',
    },
    [S.menafnOct10],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'egypt-ethiopia-2020.jsonl',
  logEnd: '2024-11-01T00:00:00Z',
  events,
};

export default definition;
