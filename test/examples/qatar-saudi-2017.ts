/**
 * A test fixture, not a shipped example: the Gulf crisis between Saudi Arabia
 * and Qatar from May 2017 to June 2021, as an analyst following the news could
 * have recorded it — the hack of the Qatar News Agency and the Saudi block on
 * Qatari media (24 May 2017); the cutting of ties by Saudi Arabia, the UAE,
 * Bahrain and Egypt and the closing of Qatar's only land border (Salwa), of
 * Saudi airspace and sea routes (5 June); the Kuwaiti emir's shuttle; the
 * thirteen demands handed over through Kuwait (22 June) with a ten-day
 * deadline, extended by 48 hours, and Qatar's rejection (1–5 July); the US
 * shuttle and Tillerson's counter-terrorism memorandum with Qatar (July); the
 * Salwa crossing opened to Qatari pilgrims alone (August); the call between
 * Tamim and Mohammed bin Salman and its collapse the same day (8 September);
 * King Salman's reported threat of military action over Qatar's S-400s (June
 * 2018); the Gulf Cup in Doha and the talks reported in late 2019, suspended in
 * January 2020; the ICJ's judgment for Qatar on the ICAO (July 2020); the
 * "fruitful discussions" of December 2020; the reopening of the border (4
 * January 2021) and the Al-Ula declaration (5 January); and what followed in
 * 2021 — flights, the embassy, the follow-up committee, Tamim in Jeddah, the
 * Saudi ambassador in Doha. Escalation model v2 was never tuned on it: it is
 * the case the model is held to in qatar-saudi-2017.spec.ts, against the calls
 * an analyst makes from DOMAIN.md §5b alone.
 *
 * What it tests that the other cases did not: a crisis of three and a half
 * years with no fighting at all and no armed act between the pair, held at
 * coercive by lasting conditions — a border closed against the other party
 * and an ultimatum — with the thirteen demands and Qatar's rejection in the
 * demand-acceptance matrix; and when the reconciliation becomes cooperative
 * (an agreement being implemented, nothing hostile for a month).
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source.
 *
 * Grading as in examples/README.md: B = established outlet or wire copy, C =
 * smaller outlet, aggregator or mirror of a wire story; 1 = an on-record
 * statement or act confirmed by the actor itself; 2 = several outlets agree or
 * one established outlet reports it; 3 = one side's unverified claim about the
 * other, or a report of a document nobody published. Pages without a printed
 * date are dated from their own account ("Wednesday", "Monday evening").
 *
 * Judgement calls, recorded as an analyst would:
 * - The pair is Saudi Arabia and Qatar (the parties); Kuwait mediates from the
 *   start, the United States from Tillerson's shuttle (July 2017). The UAE,
 *   Bahrain and Egypt acted with Saudi Arabia: the catalogue has no coalition,
 *   so they are third parties, their own measures recorded as theirs (the
 *   UAE's closure of its airspace and ports, and its reopening of 9 January
 *   2021; Bahrain's alleged jets over Qatar in December 2020), and they are
 *   co-signatories of the Al-Ula declaration with every GCC state and Egypt
 *   (Oman, which signed too, is an observer). Bahrain's and Egypt's own
 *   closures are not recorded: no source searched dates their end, and an
 *   unended closure would stand for those pairs to the record's end.
 * - The thirteen demands were the four's, handed over jointly through Kuwait:
 *   `DemandTabled` names one proposer, so each is Saudi Arabia's (the party),
 *   with a note; the ultimatum enforcing them is Saudi Arabia's too. The
 *   demands and the ultimatum share one occurrence (one list handed over).
 *   The list is the one AP, Reuters and Al Jazeera published (its order as the
 *   Los Angeles Times printed it); sources differ on its order, not its
 *   content.
 * - The deadline: ten days from 22 June, "midnight Sunday" (2 July, Gulf time:
 *   21:00 UTC). The four extended it by 48 hours early on 3 July at Kuwait's
 *   request. The catalogue has no extension of an ultimatum: the deadline stays
 *   the first, and the extension is recorded as the four's joint statement
 *   (with the note). The ultimatum is resolved `rejected` on 5 July, when the
 *   four in Cairo called Qatar's answer "negative" and said the boycott would
 *   go on.
 * - Qatar's rejection: its formal answer, handed to Kuwait's emir on 3 July,
 *   was never published; its foreign minister said on 1 July that Qatar would
 *   meet none of the demands ("made to be rejected", "rejecting it as a
 *   principle") and on 4 July that the list was "unrealistic and not
 *   actionable". Each demand gets one `PositionTaken` `rejected`, dated to the
 *   answer of 3 July, sharing one occurrence; the Rome remarks of 1 July are
 *   his statement.
 * - The closure: Saudi Arabia's statement cutting ties and its closure of the
 *   Salwa crossing, airspace and ports were one announcement (5 June, about
 *   03:30 GMT): an accusation and a `border-closure` sharing one occurrence.
 *   The closure lasts until the reopening of 4 January 2021 ("from this
 *   evening", about 18:00 UTC, approximate). The Salwa crossing opened to
 *   Qatari pilgrims alone in August 2017 is not a reopening (the border stayed
 *   closed to everything else): it is King Salman's order, a conciliatory
 *   statement.
 * - The Saudi block on Qatari media (24 May 2017) has no type of its own: it is
 *   recorded as a critical statement of the Saudi authorities, with the note.
 * - The call of 8 September 2017: opened on Trump's coordination, and Saudi
 *   Arabia suspended "any dialogue or communication" the same night, accusing
 *   Qatar's agency of "distorting facts": a round opened and concluded
 *   `collapsed` the same day, and the suspension of the talks, one occurrence.
 * - King Salman's letter to Macron (reported by Le Monde on 1 June 2018, not
 *   denied, never published): "ready to take all necessary measures to
 *   eliminate this defence system, including military action" if Qatar gets
 *   the S-400 — a threat of force against Qatar, graded 3 (a report of a
 *   letter), dated to the report (approximate).
 * - The talks of late 2019 (the Qatari foreign minister in Riyadh in October,
 *   month precision) resumed the talks; they were "suspended at the beginning of
 *   January" 2020 (his words at Munich): the round concluded `no-progress`,
 *   dated January 2020 (month precision). The Gulf Cup is the Saudi football
 *   federation's acceptance of the invitation, a conciliatory step.
 * - The ICJ's judgment of 14 July 2020 (the ICAO may hear Qatar's complaint
 *   against the four's air blockade) has no type of its own: it is recorded as
 *   Qatar's minister welcoming it against the blockading countries.
 * - The Al-Ula declaration (5 January 2021) is an agreement of kind
 *   `framework` (the states "turned the page" and restored ties; the text was
 *   not published; outstanding issues were left to bilateral talks), status
 *   `signed`, signed by the six GCC states and Egypt. The summit is a round
 *   concluded with `agreement`, one occurrence with the declaration.
 * - After it: the flights, the Saudi foreign minister's visit to Doha, the
 *   first meeting of the follow-up committee "to implement the Al-Ula accord",
 *   Tamim's visit to Jeddah and the Saudi ambassador's credentials are rounds
 *   and statements; nothing hostile passed between the two in the sources
 *   searched.
 */
import type { Actor, DemandCategory, NegotiationEvent, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'qatar-saudi-gulf-crisis-2017';
const { ev, at } = caseKit(NEGOTIATION_ID, 'test-analyst', 2017);

const SAUDI: Actor = {
  id: 'saudi-arabia',
  name: 'Saudi Arabia',
  kind: 'state',
  aliases: ['Kingdom of Saudi Arabia', 'KSA', 'Riyadh'],
};
const QATAR: Actor = { id: 'qatar', name: 'Qatar', kind: 'state', aliases: ['State of Qatar', 'Doha'] };
const KUWAIT: Actor = { id: 'kuwait', name: 'Kuwait', kind: 'state', aliases: ['State of Kuwait'] };
const USA: Actor = { id: 'united-states', name: 'United States', kind: 'state', aliases: ['US', 'Washington'] };
const UAE: Actor = {
  id: 'uae',
  name: 'United Arab Emirates',
  kind: 'state',
  aliases: ['UAE', 'Abu Dhabi', 'Emirates'],
};
const BAHRAIN: Actor = { id: 'bahrain', name: 'Bahrain', kind: 'state', aliases: ['Kingdom of Bahrain', 'Manama'] };
const EGYPT: Actor = { id: 'egypt', name: 'Egypt', kind: 'state', aliases: ['Arab Republic of Egypt', 'Cairo'] };
const OMAN: Actor = { id: 'oman', name: 'Oman', kind: 'state', aliases: ['Sultanate of Oman', 'Muscat'] };

const TAMIM: Person = { name: 'Sheikh Tamim bin Hamad Al Thani', title: 'Emir of Qatar', actorId: 'qatar' };
const MBA: Person = {
  name: 'Sheikh Mohammed bin Abdulrahman Al Thani',
  title: 'Foreign Minister of Qatar',
  actorId: 'qatar',
};
const QATAR_GCO: Person = {
  name: 'Sheikh Saif bin Ahmed Al Thani',
  title: 'Director of the Government Communications Office of Qatar',
  actorId: 'qatar',
};
const QATAR_MFA: Person = { name: 'Ministry of Foreign Affairs of Qatar (statement)', actorId: 'qatar' };
const SULAITI: Person = {
  name: 'Jassim Saif Ahmed Al-Sulaiti',
  title: 'Minister of Transport and Communications of Qatar',
  actorId: 'qatar',
};
const AL_BAKER: Person = { name: 'Akbar Al Baker', title: 'Group Chief Executive of Qatar Airways', actorId: 'qatar' };
const MBS: Person = {
  name: 'Mohammed bin Salman',
  title: 'Crown Prince of Saudi Arabia (Deputy Crown Prince until 21 June 2017)',
  actorId: 'saudi-arabia',
};
const KING_SALMAN: Person = {
  name: 'King Salman bin Abdulaziz',
  title: 'King of Saudi Arabia',
  actorId: 'saudi-arabia',
};
const JUBEIR: Person = { name: 'Adel al-Jubeir', title: 'Foreign Minister of Saudi Arabia', actorId: 'saudi-arabia' };
const FAISAL: Person = {
  name: 'Prince Faisal bin Farhan',
  title: 'Foreign Minister of Saudi Arabia',
  actorId: 'saudi-arabia',
};
const SAUDI_GOV: Person = { name: 'Government of Saudi Arabia (statement, SPA)', actorId: 'saudi-arabia' };
const SAUDI_FA: Person = { name: 'Saudi Arabian Football Federation (statement)', actorId: 'saudi-arabia' };
const QUARTET: Person = {
  name: 'Joint statement of Saudi Arabia, the UAE, Bahrain and Egypt (SPA)',
  actorId: 'saudi-arabia',
};
const SHOUKRY: Person = {
  name: 'Sameh Shoukry',
  title: 'Foreign Minister of Egypt, reading the four ministers’ joint statement',
  actorId: 'egypt',
};

const S = {
  bbcMay24: source(
    'Qatar says state news agency hacked after report cites emir criticising US',
    'BBC News',
    'https://www.bbc.com/news/world-middle-east-40026822',
    '2017-05-24',
    'B',
    2,
  ),
  apMay24: source(
    'Qatar says state news website hacked, fake article published',
    'Federal News Radio (AP)',
    'https://federalnewsradio.com/government-news/2017/05/qatar-says-state-news-website-hacked-fake-article-published/',
    '2017-05-24',
    'B',
    2,
  ),
  guardianMay25: source(
    'Saudi Arabia and UAE block Qatari media over incendiary statements',
    'The Guardian',
    'https://www.theguardian.com/world/2017/may/25/saudi-arabia-and-uae-block-qatari-media-over-incendiary-statements-iran-israel',
    '2017-05-25',
    'B',
    2,
  ),
  outlookJun5: source(
    "Saudi, Bahrain, Egypt, UAE Cut Ties With Qatar, Accuses It of 'Supporting Terrorism'",
    'Outlook India (AFP)',
    'http://www.outlookindia.com/newswire/story/saudi-bahrain-egypt-uae-cut-ties-with-qatar-accuses-it-of-supporting-terrorism/970252',
    '2017-06-05',
    'B',
    2,
  ),
  newarabJun5: source(
    'Saudi, Egypt, Bahrain and UAE cut relations with Qatar',
    'The New Arab',
    'https://www.newarab.com/news/saudi-egypt-bahrain-and-uae-cut-relations-qatar',
    '2017-06-05',
    'B',
    2,
  ),
  arabnewsJun6: source(
    'Kuwaiti ruler and King Salman meet amid Qatar row',
    'Arab News',
    'http://www.arabnews.com/node/1110916/middle-east',
    '2017-06-06',
    'B',
    1,
  ),
  aljazeeraJun7: source(
    'Emir of Kuwait wraps up Gulf mediation visits',
    'Al Jazeera',
    'https://www.aljazeera.com/news/2017/06/kuwait-emir-qatar-gcc-170607195623973.html',
    '2017-06-07',
    'B',
    1,
  ),
  latimesJun23: source(
    'Will Qatar agree to Arab countries’ new list of demands? Unlikely',
    'Los Angeles Times',
    'https://www.latimes.com/world/middleeast/la-fg-qatar-list-20170623-story.html',
    '2017-06-23',
    'B',
    2,
  ),
  cbcJun23: source(
    "Qatar's neighbours demand changes, small country given 10 days to comply",
    'CBC News (AP)',
    'http://amp.cbc.ca/news/world/qatar-s-neighbours-demand-changes-small-country-given-10-days-to-comply-1.4174484',
    '2017-06-23',
    'B',
    2,
  ),
  newarabJun23: source(
    "Anti-Qatar alliance issues 13-point list of 'far-reaching' demands to end crisis",
    'The New Arab',
    'https://www.newarab.com/news/saudi-arabia-delivers-list-demands-qatar',
    '2017-06-23',
    'B',
    2,
  ),
  mwcnewsJul1: source(
    'Qatar FM: The list of demands was meant to be rejected',
    'MWC News (Al Jazeera)',
    'http://www.mwcnews.net/news/middle-east/66573-the-list-of-demands.html',
    '2017-07-01',
    'C',
    2,
  ),
  tribuneJul2: source(
    "Qatar says Arab states' demands 'made to be rejected'",
    'The Express Tribune (Reuters)',
    'https://tribune.com.pk/story/1448614/qatar-says-arab-states-demands-made-rejected',
    '2017-07-02',
    'B',
    1,
  ),
  kunaJul2: source(
    'Kuwait urges KSA, UAE, Bahrain, Egypt to extend Qatar deadline for 48 hours',
    'Kuwait News Agency (KUNA)',
    'https://www.kuna.net.kw/ArticleDetails.aspx?id=2622185&language=en',
    '2017-07-02',
    'B',
    1,
  ),
  reutersJul3: source(
    'Saudi-led bloc agrees to Kuwait request to extend Qatar deadline by 48 hours',
    'Reuters',
    'http://www.reuters.com/article/gulf-qatar-kuwait-idUSL8N1JT0UU',
    '2017-07-03',
    'B',
    1,
  ),
  arabnewsJul3: source(
    'Saudi Arabia, UAE, Bahrain and Egypt agree to extend Qatar deadline by two days',
    'Arab News',
    'http://www.arabnews.com/node/1123466/middle-east',
    '2017-07-03',
    'B',
    1,
  ),
  peninsulaJul4: source(
    'Foreign minister says list of demands put to Qatar unrealistic; Germany praises restraint by Doha',
    'The Peninsula (AFP, Reuters)',
    'https://www.thepeninsulaqatar.com/article/04/07/2017/Foreign-minister-says-list-of-demands-put-to-Qatar-unrealistic-Germany-praises-restraint-by-Doha',
    '2017-07-04',
    'B',
    1,
  ),
  arabnewsJul5: source(
    "Cairo meeting to discuss Doha's response to Arab quartet's demands",
    'Arab News',
    'https://arabnews.com/node/1124556/amp',
    '2017-07-05',
    'B',
    2,
  ),
  aawsatJul6: source(
    'Quartet: Qatar’s Response is Negative… its Destructive Role not Tolerated',
    'Asharq Al-Awsat',
    'https://eng-archive.aawsat.com/sawsan-abu-husain/news-middle-east/quartet-qatars-response-negative-destructive-role-not-tolerated',
    '2017-07-06',
    'B',
    1,
  ),
  jpostJul6: source(
    'Arab ministers in Cairo agree to maintain boycott of Qatar',
    'The Jerusalem Post (PressReader)',
    'https://www.pressreader.com/israel/jerusalem-post/20170706/281487866376864',
    '2017-07-06',
    'B',
    1,
  ),
  radiofardaJul11: source(
    'U.S., Qatar sign agreement on fighting terror financing',
    'Radio Farda (RFE/RL)',
    'https://en.radiofarda.com/amp/us-qatar-sign-agreement-fighting-terror-financing/28610664.html',
    '2017-07-11',
    'B',
    1,
  ),
  bostonglobeJul13: source(
    'Tillerson comes up short in effort to resolve Qatar dispute',
    'The Boston Globe',
    'https://www.bostonglobe.com/news/world/2017/07/13/tillerson-comes-short-effort-resolve-qatar-dispute/FOOVlDXh3QrmvRVpcbKFRO/story.html',
    '2017-07-13',
    'B',
    2,
  ),
  arabnewsAug17: source(
    'King Salman orders Salwa border crossing opened to Qataris performing Hajj',
    'Arab News',
    'https://arabnews.com/node/1146016',
    '2017-08-17',
    'B',
    1,
  ),
  upiAug17: source(
    'Amid dispute, Saudi Arabia opens border to Qataris for pilgrimage',
    'UPI',
    'https://www.upi.com/Top_News/World-News/2017/08/17/Amid-dispute-Saudi-Arabia-opens-border-to-Qataris-for-pilgrimage/5431502968400/',
    '2017-08-17',
    'B',
    2,
  ),
  rtSep8: source(
    'Saudi Arabia suspends ‘all dialogue’ with Doha after phone talks with Qatar emir & Trump',
    'RT',
    'https://www.rt.com/news/402542-saudi-suspends-talks-qatar-trump/',
    '2017-09-08',
    'C',
    2,
  ),
  argaamSep9: source(
    'Saudi Arabia suspends dialogue with Qatar after phone call',
    'Argaam',
    'https://www.argaam.com/en/article/articledetail/id/503991',
    '2017-09-09',
    'C',
    1,
  ),
  alarabySep9: source(
    'Saudi Arabia suspends breakthrough talks with Qatar',
    'The New Arab',
    'https://english.alaraby.co.uk/news/saudi-arabia-suspends-breakthrough-talks-qatar',
    '2017-09-09',
    'B',
    1,
  ),
  thenewsSep9: source(
    'Saudi crown prince talks with Qatari emir on Gulf crisis',
    'The News International (Reuters)',
    'https://www.thenews.com.pk/latest/228757-Saudi-crown-prince-talks-with-Qatari-emir-on-Gulf-crisis',
    '2017-09-09',
    'B',
    1,
  ),
  trtJun3: source(
    'Saudis seek to prevent Qatar from buying Russian missiles',
    'TRT World (AP)',
    'https://www.trtworld.com:443/article/13108686',
    '2018-06-03',
    'B',
    3,
  ),
  dtnJun3: source(
    'Saudi: Stop Qatar Buying Missiles',
    'DTN (AP)',
    'https://www.dtnpf.com/agriculture/web/ag/news/world-policy/article/2018/06/03/saudi-stop-qatar-buying-missiles',
    '2018-06-03',
    'C',
    3,
  ),
  gulftimesNov13: source(
    'Saudi, UAE and Bahrain to take part in Gulf Cup',
    'Gulf Times',
    'https://www.gulf-times.com/story/647466/Saudi-UAE-and-Bahrain-to-take-part-in-Gulf-Cup',
    '2019-11-13',
    'B',
    1,
  ),
  omanobserverNov13: source(
    'Saudi, UAE and Bahrain to take part in Gulf Cup in Qatar',
    'Oman Observer',
    'https://www.omanobserver.om/saudi-uae-and-bahrain-to-take-part-in-gulf-cup-in-qatar-2/',
    '2019-11-13',
    'B',
    2,
  ),
  dailystarDec17: source(
    'Qatar foreign minister: Talks with Riyadh break stalemate',
    'The Daily Star (Reuters)',
    'https://www.dailystar.com.lb/News/Middle-East/2019/Dec-17/497573-qatar-foreign-minister-talks-with-riyadh-break-stalemate.ashx',
    '2019-12-17',
    'B',
    1,
  ),
  cgtnDec17: source(
    'Qatar says early talks with Saudi Arabia have broken stalemate',
    'CGTN',
    'https://news.cgtn.com/news/2019-12-17/Qatar-says-early-talks-with-Saudi-Arabia-have-broken-stalemate-MuyZFd2lJC/index.html',
    '2019-12-17',
    'B',
    2,
  ),
  dawnFeb17: source(
    'Talks with Saudi Arabia stalled: Qatar',
    'Dawn (AFP)',
    'https://www.dawn.com/news/1534951/talks-with-saudi-arabia-stalled-qatar',
    '2020-02-17',
    'B',
    1,
  ),
  presstvFeb16: source(
    'Doha-Riyadh talks to end ongoing Persian Gulf dispute stalled in January: Qatari FM',
    'Press TV',
    'https://www.presstv.com/Detail/2020/2/16/618769/Qatar-FM-Sheikh-Mohammed-bin-Abdulrahman-Al-Thani-Saudi-Arabia-blockade',
    '2020-02-16',
    'C',
    2,
  ),
  capaJul15: source(
    'UN rejects appeal against ICAO ruling in Qatari airspace sanctions',
    'CAPA – Centre for Aviation',
    'https://centreforaviation.com/news/un-rejects-appeal-against-icao-ruling-in-qatari-airspace-sanctions-1010920',
    '2020-07-15',
    'B',
    1,
  ),
  dohanewsJul14: source(
    'International Court of Justice dismisses appeal from blockading countries',
    'Doha News',
    'https://medium.com/dohanews/international-court-of-justice-dismisses-appeal-from-blockading-countries-d9ad7f76ce22',
    '2020-07-14',
    'C',
    1,
  ),
  dawnDec4: source(
    "Kuwait, Qatar optimistic about ending Gulf dispute after 'fruitful discussions'",
    'Dawn (Reuters)',
    'https://www.dawn.com/news/1594000/kuwait-qatar-optimistic-about-ending-gulf-dispute-after-fruitful-discussions',
    '2020-12-04',
    'B',
    1,
  ),
  moroccoworldDec4: source(
    'Significant Progress in Qatar Boycott Talks, Gulf Crisis Nears End',
    'Morocco World News',
    'https://www.moroccoworldnews.com/2020/12/327967/significant-progress-in-qatar-boycott-talks-gulf-crisis-nears-end/',
    '2020-12-04',
    'C',
    1,
  ),
  alarabiyaDec25: source(
    "Bahrain: Qatar's claim of 4 Bahraini fighters violating its airspace is baseless",
    'Al Arabiya',
    'https://english.alarabiya.net/en/News/gulf/2020/12/25/Bahrain-Qatar-s-claim-of-4-Bahraini-fighters-violating-its-airspace-is-baseless',
    '2020-12-25',
    'B',
    3,
  ),
  omanobserverJan4: source(
    'Qatar, Saudi to reopen borders: Kuwait Foreign Minister',
    'Oman Observer',
    'https://www.omanobserver.om/qatar-saudi-to-reopen-borders-kuwait-foreign-minister/',
    '2021-01-04',
    'B',
    1,
  ),
  aljazeeraJan4: source(
    'Saudi Arabia to ‘reopen border with Qatar’: Live news',
    'Al Jazeera',
    'https://www.aljazeera.com/news/2021/1/4/saudi-to-lift-qatar-blockade-live-news',
    '2021-01-04',
    'B',
    1,
  ),
  arabnewsJan5: source(
    'Saudi Arabia, UAE, Bahrain and Egypt restore full diplomatic relations with Qatar',
    'Arab News Pakistan',
    'https://arabnews.pk/node/1787711/saudi-arabia',
    '2021-01-05',
    'B',
    1,
  ),
  welcomeqatarJan7: source(
    'Saudi, allies restore full diplomatic ties with Qatar',
    'Welcome Qatar (AFP, Reuters)',
    'http://welcomeqatar.com/news/qatar-news/saudi-allies-restore-full-diplomatic-ties-with-qatar/',
    '2021-01-07',
    'C',
    1,
  ),
  gulfnewsJan9: source(
    'UAE to end all measures taken against Qatar, says official',
    'Gulf News',
    'https://gulfnews.com/uae/uae-qatar-ties-uae-to-end-all-measures-taken-against-qatar-says-official-1.1610166033488',
    '2021-01-09',
    'B',
    1,
  ),
  independentJan9: source(
    'Qatar Airways to resume flights to Saudi Arabia Jan 11',
    'Independent Newspaper Nigeria',
    'https://www.independent.ng/qatar-airways-to-resume-flights-to-saudi-arabia-jan-11/',
    '2021-01-09',
    'C',
    1,
  ),
  voaJan16: source(
    'Saudi FM Says Embassy to Reopen in Qatar Within Days',
    'Voice of America (AFP)',
    'https://www.voanews.com/middle-east/saudi-fm-says-embassy-reopen-qatar-within-days',
    '2021-01-16',
    'B',
    1,
  ),
  dohanewsMar8: source(
    'Saudi FM meets Qatar’s Amir Tamim in first Doha visit since 2017',
    'Doha News',
    'https://www.dohanews.co/saudi-fm-meets-qatars-amir-tamim-in-first-doha-visit-since-2017/',
    '2021-03-08',
    'C',
    1,
  ),
  dohanewsApr1: source(
    'Qatar, Saudi Arabia hold first ‘follow-up committee’ meeting',
    'Doha News',
    'https://www.dohanews.co/qatar-saudi-arabia-hold-first-follow-up-committee-meeting/',
    '2021-04-01',
    'C',
    1,
  ),
  aljazeeraMay11: source(
    'Qatar’s emir visits Saudi Arabia, holds talks with crown prince',
    'Al Jazeera',
    'https://www.aljazeera.com/news/2021/5/11/qatars-emir-in-saudi-arabia-for-talks',
    '2021-05-11',
    'B',
    1,
  ),
  kayhanJun22: source(
    'Saudi Envoy to Qatar Takes Up Post as Rift Eases',
    'Kayhan (AFP)',
    'https://kayhan.ir/en/news/91535',
    '2021-06-22',
    'C',
    1,
  ),
  dohanewsJun23: source(
    'Who is Saudi Arabia’s new ambassador to Qatar?',
    'Doha News',
    'https://dohanews.co/who-is-saudi-arabias-new-ambassador-to-qatar',
    '2021-06-23',
    'C',
    1,
  ),
};

const R = {
  call: 'phone-call-2017-09-08',
  riyadh2019: 'riyadh-2019-10',
  alula: 'alula-summit-2021-01-05',
  doha2021: 'doha-2021-03-08',
  followUp1: 'follow-up-committee-1-2021-03-31',
  jeddah2021: 'jeddah-2021-05-10',
};
const ULTIMATUM = 'thirteen-demands-2017-06-22';
const AL_ULA = 'al-ula-declaration-2021-01-05';

/** The thirteen demands, as AP, Reuters and Al Jazeera published the list (the Los Angeles Times's order). */
const DEMANDS: readonly (readonly [id: string, text: string, category: DemandCategory])[] = [
  [
    'iran-ties',
    "Scale back diplomatic ties with Iran and close Iran's diplomatic missions in Qatar; expel members of Iran's Revolutionary Guard; cut military and intelligence cooperation with Iran; trade with Iran only as US and international sanctions allow.",
    'security',
  ],
  [
    'turkish-base',
    'Immediately shut down the Turkish military base being built in Qatar and halt military cooperation with Turkey inside Qatar.',
    'security',
  ],
  [
    'terrorist-organisations',
    'Sever ties to all "terrorist, sectarian and ideological organisations" — the Muslim Brotherhood, the Islamic State, al-Qaeda, Fateh al-Sham, Hezbollah — and declare them terrorist groups on the four’s list, with its future updates.',
    'security',
  ],
  [
    'terror-funding',
    'Stop all funding of individuals, groups or organisations designated as terrorists by Saudi Arabia, the UAE, Egypt, Bahrain, the United States and other countries.',
    'security',
  ],
  [
    'hand-over-wanted',
    'Hand over "terrorist figures", fugitives and wanted individuals from the four to their countries of origin; freeze their assets; give information on their residency, movements and finances.',
    'security',
  ],
  ['al-jazeera', 'Shut down the Al Jazeera network and its affiliated stations.', 'political'],
  [
    'interference-citizenship',
    "End interference in sovereign countries' internal affairs; stop granting citizenship to wanted nationals of the four; revoke Qatari citizenship where it violates their laws.",
    'political',
  ],
  [
    'reparations',
    "Pay reparations and compensation for loss of life and other financial losses caused by Qatar's policies in recent years.",
    'economic',
  ],
  [
    'align-with-gulf',
    'Align itself with the other Gulf and Arab countries militarily, politically, socially and economically, as the 2014 Riyadh agreement provides.',
    'political',
  ],
  [
    'opposition-contacts',
    'Stop all contact with the political opposition in Saudi Arabia, the UAE, Egypt and Bahrain, and hand over files of its past contacts and support.',
    'political',
  ],
  [
    'funded-media',
    'Shut down the news outlets Qatar funds directly or indirectly: Arabi21, Rassd, Al-Araby Al-Jadeed, Middle East Eye and others.',
    'political',
  ],
  [
    'ten-days',
    'Agree to all the demands within ten days of their submission, or the list becomes invalid.',
    'procedural',
  ],
  [
    'compliance-audits',
    'Consent to compliance audits: monthly in the first year, quarterly in the second, then yearly for ten years.',
    'procedural',
  ],
];
const demandId = (id: string): string => `quartet-${id}`;

const DEMAND_EVENTS: readonly NegotiationEvent[] = DEMANDS.map(([id, text, category], i) =>
  ev(
    'DemandTabled',
    `dem-${id}`,
    { occurredAt: '2017-06-22', recordedAt: at('06-23', `12:${String(10 + i).padStart(2, '0')}`) },
    { demandId: demandId(id), by: 'saudi-arabia', addressedTo: ['qatar'], text, category },
    [S.latimesJun23, S.cbcJun23],
    {
      occurrence: 'thirteen-demands-2017-06-22',
      note: 'Tabled jointly by Saudi Arabia, the UAE, Bahrain and Egypt and handed over by Kuwait; the catalogue names one proposer.',
    },
  ),
);

const REJECTIONS: readonly NegotiationEvent[] = DEMANDS.map(([id], i) =>
  ev(
    'PositionTaken',
    `pos-qatar-${id}`,
    { occurredAt: '2017-07-03', recordedAt: at('07-05', `10:${String(10 + i).padStart(2, '0')}`) },
    {
      demandId: demandId(id),
      actorId: 'qatar',
      stance: 'rejected',
      quote:
        '"The list is unrealistic and is not actionable" (4 July); "This list of demands is made to be rejected" (1 July).',
      speaker: MBA,
    },
    [S.peninsulaJul4, S.tribuneJul2],
    {
      occurrence: 'qatar-answer-2017-07-03',
      note: "Qatar's formal answer, handed to Kuwait's emir on 3 July, was not published; its foreign minister said Qatar would meet none of the demands.",
    },
  ),
);

const events: readonly NegotiationEvent[] = [
  // ===== May – June 2017: the hack, the cutting of ties, the closed border =====
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '2017-05-24', recordedAt: at('06-05', '10:00') },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Saudi Arabia – Qatar: the Gulf crisis, 2017–21',
      subject:
        "The crisis between Saudi Arabia (with the UAE, Bahrain and Egypt) and Qatar: the cutting of ties, the closure of Qatar's only land border, airspace and sea routes, the thirteen demands, and Kuwait's and the United States' mediation.",
      parties: [SAUDI, QATAR],
      mediators: [KUWAIT],
    },
    [S.outlookJun5, S.newarabJun5],
  ),
  ev(
    'ActorRegistered',
    'actor-uae',
    { occurredAt: '2017-06-05', recordedAt: at('06-05', '10:05') },
    { actor: UAE, role: 'third-party' },
    [S.outlookJun5],
  ),
  ev(
    'ActorRegistered',
    'actor-bahrain',
    { occurredAt: '2017-06-05', recordedAt: at('06-05', '10:06') },
    { actor: BAHRAIN, role: 'third-party' },
    [S.outlookJun5],
  ),
  ev(
    'ActorRegistered',
    'actor-egypt',
    { occurredAt: '2017-06-05', recordedAt: at('06-05', '10:07') },
    { actor: EGYPT, role: 'third-party' },
    [S.outlookJun5],
  ),
  ev(
    'StatementMade',
    'stmt-qatar-hack-may24',
    { occurredAt: '2017-05-24', recordedAt: at('06-05', '10:10') },
    {
      speaker: QATAR_GCO,
      audience: 'domestic audience',
      tone: 'neutral',
      summary:
        'The Qatar News Agency was hacked by "an unknown entity" and a false statement attributed to the emir (Iran "an Islamic power", tensions with the Trump administration) published; it "has no basis whatsoever" and those responsible will be held accountable.',
    },
    [S.bbcMay24, S.apMay24],
  ),
  ev(
    'StatementMade',
    'stmt-saudi-media-block-may24',
    { occurredAt: '2017-05-24', precision: 'approximate', recordedAt: at('06-05', '10:15') },
    {
      speaker: SAUDI_GOV,
      audience: 'qatar',
      tone: 'critical',
      summary:
        "Saudi Arabia (with the UAE) blocks the websites and broadcasts of Qatari media, Al Jazeera among them, over the remarks attributed to the emir; Saudi newspapers accuse Qatar of siding with the nation's enemies.",
    },
    [S.guardianMay25, S.apMay24],
    {
      note: 'A measure with no type of its own: recorded as what it says. The Guardian dates the block to the evening of 23 May, AP to the morning of 24 May.',
    },
  ),
  ev(
    'StatementMade',
    'stmt-saudi-severs-jun5',
    { occurredAt: '2017-06-05T03:30:00Z', precision: 'approximate', recordedAt: at('06-05', '10:20') },
    {
      speaker: SAUDI_GOV,
      audience: 'qatar',
      tone: 'accusation',
      summary:
        'Saudi Arabia severs diplomatic and consular relations with Qatar and closes all land, sea and air ports to it, "to protect its national security from the dangers of terrorism and extremism", citing "gross violations" by Qatar\'s authorities; the UAE, Bahrain and Egypt cut ties within minutes, and Qatar is expelled from the coalition in Yemen.',
    },
    [S.outlookJun5, S.newarabJun5],
    { occurrence: 'severance-2017-06-05' },
  ),
  ev(
    'IncidentReported',
    'inc-saudi-closure-jun5',
    { occurredAt: '2017-06-05T03:30:00Z', precision: 'approximate', recordedAt: at('06-05', '10:25') },
    {
      incidentId: 'saudi-closure-2017-06-05',
      kind: 'border-closure',
      perpetrator: 'saudi-arabia',
      against: 'qatar',
      place: "The Salwa (Abu Samra) crossing, Qatar's only land border; Saudi airspace and ports",
      description:
        "Saudi Arabia closes its land border with Qatar and its airspace and sea ports to Qatari traffic; Qatar's only land route for imports is cut.",
    },
    [S.outlookJun5, S.newarabJun5],
    { occurrence: 'severance-2017-06-05' },
  ),
  ev(
    'IncidentReported',
    'inc-uae-closure-jun5',
    { occurredAt: '2017-06-05', recordedAt: at('06-05', '10:30') },
    {
      incidentId: 'uae-closure-2017-06-05',
      kind: 'border-closure',
      perpetrator: 'uae',
      against: 'qatar',
      place: 'UAE airspace and ports',
      description:
        'The UAE cuts ties with Qatar and closes its airspace and ports to Qatari traffic; Emirates, Etihad and flydubai suspend their flights to Doha.',
    },
    [S.outlookJun5, S.newarabJun5],
  ),
  ev(
    'StatementMade',
    'stmt-qatar-mfa-jun5',
    { occurredAt: '2017-06-05', recordedAt: at('06-05', '10:35') },
    {
      speaker: QATAR_MFA,
      audience: 'saudi-arabia',
      tone: 'accusation',
      summary:
        'The decision, "clearly pre-meditated", is "based on baseless fabricated claims"; Qatar has been the target of "a systematic incitement campaign that promoted outright lies".',
    },
    [S.newarabJun5],
  ),
  ev(
    'MediationAction',
    'med-kuwait-jun6',
    { occurredAt: '2017-06-06', recordedAt: at('06-07', '20:00') },
    {
      mediator: 'kuwait',
      action: 'visited',
      summary:
        "Kuwait's emir, Sheikh Sabah, flies to Jeddah to meet King Salman (6 June), then to the UAE and Doha (7 June); Qatar has agreed to Kuwait's mediation.",
    },
    [S.arabnewsJun6, S.aljazeeraJun7],
  ),
  ev(
    'StatementMade',
    'stmt-jubeir-jun7',
    { occurredAt: '2017-06-07', recordedAt: at('06-07', '20:05') },
    {
      speaker: JUBEIR,
      audience: 'qatar',
      tone: 'critical',
      summary:
        'In Germany: Qatar is "a brother state", and the measures, taken "with great pain", are meant to make it stop supporting extremism.',
    },
    [S.aljazeeraJun7],
  ),
  // ===== 22 June – 5 July 2017: the thirteen demands and the ultimatum =====
  ev(
    'ActorRegistered',
    'actor-usa',
    { occurredAt: '2017-06-21', recordedAt: at('06-23', '12:00') },
    { actor: USA, role: 'mediator' },
    [S.cbcJun23],
    { note: 'Tillerson asked for demands "reasonable and actionable" and supports Kuwait’s mediation.' },
  ),
  ...DEMAND_EVENTS,
  ev(
    'UltimatumIssued',
    'ult-thirteen-demands',
    { occurredAt: '2017-06-22', recordedAt: at('06-23', '12:30') },
    {
      ultimatumId: ULTIMATUM,
      by: 'saudi-arabia',
      to: ['qatar'],
      demandIds: DEMANDS.map(([id]) => demandId(id)),
      deadline: '2017-07-02T21:00:00Z',
      consequences:
        'Ten days to comply with all thirteen demands, or the list is void; the boycott stays, and the four threaten further unspecified sanctions.',
      channel: 'Handed over by Kuwait',
    },
    [S.cbcJun23, S.newarabJun23],
    {
      occurrence: 'thirteen-demands-2017-06-22',
      note: 'The four’s list, recorded as Saudi Arabia’s (the party). Deadline: midnight on Sunday 2 July, Gulf time.',
    },
  ),
  ev(
    'StatementMade',
    'stmt-mba-rome-jul1',
    { occurredAt: '2017-07-01', recordedAt: at('07-02', '09:00') },
    {
      speaker: MBA,
      audience: 'saudi-arabia',
      tone: 'critical',
      summary:
        'In Rome: the list "is made to be rejected … not meant to be accepted or to be negotiated"; "the world is not governed by ultimatums"; Qatar is ready for dialogue "given the proper conditions" and does not fear any retaliation.',
    },
    [S.tribuneJul2, S.mwcnewsJul1],
  ),
  ev(
    'MediationAction',
    'med-kuwait-extension-jul2',
    { occurredAt: '2017-07-02', recordedAt: at('07-02', '20:00') },
    {
      mediator: 'kuwait',
      action: 'proposed',
      summary:
        "Kuwait's government asks the four to extend the deadline by 48 hours, until Qatar's foreign minister hands the emir of Kuwait Qatar's answer.",
    },
    [S.kunaJul2],
  ),
  ev(
    'StatementMade',
    'stmt-quartet-extension-jul3',
    { occurredAt: '2017-07-03', recordedAt: at('07-03', '08:00') },
    {
      speaker: QUARTET,
      audience: 'qatar',
      tone: 'neutral',
      summary:
        'Saudi Arabia, the UAE, Bahrain and Egypt extend by 48 hours the deadline that expired at midnight on Sunday, at the request of Kuwait’s emir, who has Qatar’s word that it will answer on Monday.',
    },
    [S.reutersJul3, S.arabnewsJul3],
    {
      note: 'The catalogue has no extension of an ultimatum: the ultimatum keeps its first deadline (2 July); the 48 hours are in this statement.',
    },
  ),
  ...REJECTIONS,
  ev(
    'UltimatumResolved',
    'ult-thirteen-rejected',
    { occurredAt: '2017-07-05', recordedAt: at('07-06', '09:00') },
    {
      ultimatumId: ULTIMATUM,
      resolution: 'rejected',
      summary:
        'In Cairo the four foreign ministers call Qatar’s answer "overall negative" and lacking content; "the political and economic boycott will continue until Qatar changes its policies" (al-Jubeir). No new sanctions announced.',
    },
    [S.aawsatJul6, S.jpostJul6],
    { occurrence: 'cairo-2017-07-05' },
  ),
  ev(
    'StatementMade',
    'stmt-cairo-jul5',
    { occurredAt: '2017-07-05', recordedAt: at('07-06', '09:05') },
    {
      speaker: SHOUKRY,
      audience: 'qatar',
      tone: 'warning',
      summary:
        'The four "can no longer tolerate the destructive role" of Doha; "zero tolerance" of any state sponsoring terrorism; six principles to solve the crisis; al-Jubeir: the four will "take the right steps at the right time".',
    },
    [S.aawsatJul6, S.arabnewsJul5],
    { occurrence: 'cairo-2017-07-05' },
  ),
  // ===== July – September 2017: the US shuttle, the pilgrims, the call =====
  ev(
    'MediationAction',
    'med-tillerson-jul11',
    { occurredAt: '2017-07-11', recordedAt: at('07-11', '20:00') },
    {
      mediator: 'united-states',
      action: 'visited',
      summary:
        'Tillerson, after Kuwait, in Doha: the United States and Qatar sign a memorandum of understanding on terror financing, "a hopeful step forward"; Qatar invites the four to sign it too.',
    },
    [S.radiofardaJul11],
  ),
  ev(
    'MediationAction',
    'med-tillerson-jul12',
    { occurredAt: '2017-07-12', recordedAt: at('07-13', '20:00') },
    {
      mediator: 'united-states',
      action: 'visited',
      summary:
        'Tillerson meets the four’s foreign ministers in Jeddah, then the emir in Doha (13 July), and leaves the region without a resolution.',
    },
    [S.bostonglobeJul13],
  ),
  ev(
    'StatementMade',
    'stmt-king-salman-hajj-aug16',
    { occurredAt: '2017-08-16', recordedAt: at('08-17', '12:00') },
    {
      speaker: KING_SALMAN,
      audience: 'qatar',
      tone: 'conciliatory',
      summary:
        'After the crown prince meets Sheikh Abdullah bin Ali Al Thani, the king orders the Salwa crossing opened to Qatari pilgrims for the Hajj, without electronic permits, and Saudi planes sent to Doha to fly them at his expense.',
    },
    [S.arabnewsAug17, S.upiAug17],
    {
      note: 'Not a reopening: the crossing opened to pilgrims alone, and the border stayed closed to everything else.',
    },
  ),
  ev(
    'MediationAction',
    'med-trump-sep7',
    { occurredAt: '2017-09-07', recordedAt: at('09-09', '09:00') },
    {
      mediator: 'united-states',
      action: 'offered',
      summary:
        'Trump, with Kuwait’s emir at the White House, says he is willing to mediate between the four and Qatar and that a deal could come quickly.',
    },
    [S.argaamSep9],
  ),
  ev(
    'TalksRoundOpened',
    'round-call-opened',
    { occurredAt: '2017-09-08', recordedAt: at('09-09', '09:05') },
    {
      roundId: R.call,
      label: 'Telephone call between the emir of Qatar and the Saudi crown prince',
      format: 'informal',
      hosts: ['united-states'],
      delegations: [
        { actorId: 'qatar', head: TAMIM },
        { actorId: 'saudi-arabia', head: MBS },
      ],
    },
    [S.thenewsSep9, S.alarabySep9],
    {
      occurrence: 'call-2017-09-08',
      note: 'The first contact between the two leaders since June; on the basis of coordination with Trump (QNA).',
    },
  ),
  ev(
    'TalksRoundConcluded',
    'round-call-collapsed',
    { occurredAt: '2017-09-08', recordedAt: at('09-09', '09:10') },
    {
      roundId: R.call,
      outcome: 'collapsed',
      summary:
        'SPA: the emir "expressed his desire to sit at the dialogue table and discuss the demands of the four countries"; QNA: the crown prince proposed two envoys to resolve the issues "in a way that does not affect the sovereignty of the states". Hours later Riyadh calls QNA’s report "a distortion of facts".',
    },
    [S.alarabySep9, S.thenewsSep9, S.rtSep8],
    { occurrence: 'call-2017-09-08' },
  ),
  ev(
    'TalksSuspended',
    'talks-suspended-sep8',
    { occurredAt: '2017-09-08', recordedAt: at('09-09', '09:15') },
    {
      by: 'saudi-arabia',
      reason:
        '"The Kingdom of Saudi Arabia announces the suspension of any dialogue or communication with the authority in Qatar until a clear statement is issued clarifying its position in public."',
    },
    [S.alarabySep9, S.rtSep8],
    { occurrence: 'call-2017-09-08' },
  ),
  // ===== 2018 – 2020: the stalemate =====
  ev(
    'StatementMade',
    'stmt-king-salman-s400',
    { occurredAt: '2018-06-01', precision: 'approximate', recordedAt: '2018-06-03T12:00:00Z' },
    {
      speaker: KING_SALMAN,
      audience: 'qatar',
      tone: 'military-threat',
      summary:
        'In a letter to President Macron reported by Le Monde: if Qatar deploys Russia’s S-400, "the kingdom would be ready to take all necessary measures to eliminate this defense system, including military action"; he asks France to help prevent the sale.',
    },
    [S.trtJun3, S.dtnJun3],
    { note: 'A report of a letter nobody published; the Élysée would not comment. Dated to the report.' },
  ),
  ev(
    'StatementMade',
    'stmt-saudi-gulf-cup-nov12',
    { occurredAt: '2019-11-12', recordedAt: '2019-11-13T18:00:00Z' },
    {
      speaker: SAUDI_FA,
      audience: 'qatar',
      tone: 'conciliatory',
      summary:
        'Saudi Arabia accepts a renewed invitation to the 24th Gulf Cup in Doha, reversing its boycott (the UAE and Bahrain too): "a major positive development in the two-year-long Gulf crisis" (Gulf Times).',
    },
    [S.gulftimesNov13, S.omanobserverNov13],
  ),
  ev(
    'TalksResumed',
    'talks-resumed-2019-10',
    { occurredAt: '2019-10', recordedAt: '2019-12-17T12:00:00Z' },
    { by: 'qatar', reason: 'Qatar’s foreign minister visits Riyadh to discuss ending the rift.' },
    [S.dailystarDec17, S.cgtnDec17],
    { occurrence: 'riyadh-2019-10' },
  ),
  ev(
    'TalksRoundOpened',
    'round-riyadh-2019-opened',
    { occurredAt: '2019-10', recordedAt: '2019-12-17T12:05:00Z' },
    {
      roundId: R.riyadh2019,
      label: 'Qatari foreign minister’s talks in Riyadh',
      format: 'informal',
      venue: 'Riyadh',
      delegations: [{ actorId: 'qatar', head: MBA }],
    },
    [S.dailystarDec17, S.cgtnDec17],
    { occurrence: 'riyadh-2019-10', note: 'Reported in December; the sources give the month only.' },
  ),
  ev(
    'StatementMade',
    'stmt-mba-cnn-dec15',
    { occurredAt: '2019-12-15', recordedAt: '2019-12-17T12:10:00Z' },
    {
      speaker: MBA,
      audience: 'saudi-arabia',
      tone: 'conciliatory',
      summary:
        '"We have broken the stalemate of non-communication to starting a communication with the Saudis"; Qatar wants to understand and study the grievances, but will not turn its back on Turkey.',
    },
    [S.dailystarDec17, S.cgtnDec17],
  ),
  ev(
    'TalksRoundConcluded',
    'round-riyadh-2019-concluded',
    { occurredAt: '2020-01', recordedAt: '2020-02-17T12:00:00Z' },
    {
      roundId: R.riyadh2019,
      outcome: 'no-progress',
      summary:
        'At the Munich Security Conference (15 February) Qatar’s foreign minister says the efforts begun in November "didn’t succeed and have been suspended at the beginning of January".',
    },
    [S.dawnFeb17, S.presstvFeb16],
  ),
  ev(
    'StatementMade',
    'stmt-sulaiti-icj-jul14',
    { occurredAt: '2020-07-14', recordedAt: '2020-07-15T12:00:00Z' },
    {
      speaker: SULAITI,
      audience: 'saudi-arabia',
      tone: 'critical',
      summary:
        'Welcomes the ICJ’s unanimous judgment that the ICAO Council may rule on the air blockade of Saudi Arabia, the UAE, Bahrain and Egypt, rejecting the four’s appeal.',
    },
    [S.dohanewsJul14, S.capaJul15],
    { note: 'A court’s judgment has no type of its own: recorded as the Qatari minister’s statement on it.' },
  ),
  // ===== December 2020 – January 2021: the reconciliation =====
  ev(
    'MediationAction',
    'med-kuwait-dec4',
    { occurredAt: '2020-12-04', recordedAt: '2020-12-04T20:00:00Z' },
    {
      mediator: 'kuwait',
      action: 'proposed',
      summary:
        'Kuwait’s foreign minister on Kuwait TV: "fruitful discussions" in which all sides expressed their keenness to "reach a final agreement that realises lasting solidarity"; thanks to Kushner, who was in Riyadh and Doha this week.',
    },
    [S.dawnDec4],
  ),
  ev(
    'StatementMade',
    'stmt-faisal-dec4',
    { occurredAt: '2020-12-04', recordedAt: '2020-12-04T20:05:00Z' },
    {
      speaker: FAISAL,
      audience: 'qatar',
      tone: 'conciliatory',
      summary:
        '"We\'ve made significant progress in the last few days"; he is "somewhat optimistic that we are close to finalising an agreement between all the nations in the dispute".',
    },
    [S.moroccoworldDec4],
  ),
  ev(
    'StatementMade',
    'stmt-mba-dec4',
    { occurredAt: '2020-12-04', recordedAt: '2020-12-04T20:10:00Z' },
    {
      speaker: MBA,
      audience: 'kuwait',
      tone: 'conciliatory',
      summary:
        'The Kuwaiti statement is "an imperative step" towards resolving the GCC crisis; thanks to Kuwait and the United States.',
    },
    [S.dawnDec4],
  ),
  ev(
    'IncidentReported',
    'inc-bahrain-jets-dec9',
    { occurredAt: '2020-12-09', recordedAt: '2020-12-25T12:00:00Z' },
    {
      incidentId: 'bahrain-jets-2020-12-09',
      kind: 'force-posture',
      perpetrator: 'bahrain',
      allegedBy: 'qatar',
      against: 'qatar',
      place: 'Qatari airspace over its territorial waters',
      description:
        'Qatar tells the UN Security Council that four Bahraini fighter jets violated its airspace on 9 December; Bahrain calls the claim "irresponsible and baseless": its two F-16s and two US jets flew back from a drill over Saudi Arabia.',
    },
    [S.alarabiyaDec25],
  ),
  ev(
    'MediationAction',
    'med-kuwait-jan4',
    { occurredAt: '2021-01-04', recordedAt: '2021-01-04T20:00:00Z' },
    {
      mediator: 'kuwait',
      action: 'proposed',
      summary:
        'After the emir of Kuwait’s calls with the emir of Qatar and the Saudi crown prince: "based on Sheikh Nawaf\'s proposal, it was agreed to open the airspace and land and sea borders" between the two, from this evening.',
    },
    [S.omanobserverJan4, S.aljazeeraJan4],
  ),
  ev(
    'IncidentReported',
    'inc-saudi-reopening-jan4',
    { occurredAt: '2021-01-04T18:00:00Z', precision: 'approximate', recordedAt: '2021-01-04T20:05:00Z' },
    {
      incidentId: 'saudi-reopening-2021-01-04',
      kind: 'border-reopening',
      perpetrator: 'saudi-arabia',
      against: 'qatar',
      place: 'The Salwa (Abu Samra) crossing; Saudi airspace and sea borders',
      description:
        'Saudi Arabia reopens its airspace and its land and sea borders with Qatar from the evening of 4 January; Al Jazeera’s reporters at Abu Samra see the crossing open.',
    },
    [S.aljazeeraJan4, S.omanobserverJan4],
  ),
  ev(
    'StatementMade',
    'stmt-mbs-jan4',
    { occurredAt: '2021-01-04', recordedAt: '2021-01-04T20:10:00Z' },
    {
      speaker: MBS,
      audience: 'qatar',
      tone: 'conciliatory',
      summary:
        'The Gulf summit will be "inclusive", leading toward "reunification and solidarity in facing the challenges of our region".',
    },
    [S.aljazeeraJan4],
  ),
  ev(
    'ActorRegistered',
    'actor-oman',
    { occurredAt: '2021-01-05', recordedAt: '2021-01-05T20:00:00Z' },
    { actor: OMAN, role: 'observer' },
    [S.arabnewsJan5],
  ),
  ev(
    'TalksRoundOpened',
    'round-alula-opened',
    { occurredAt: '2021-01-05', recordedAt: '2021-01-07T12:05:00Z' },
    {
      roundId: R.alula,
      label: '41st GCC summit, Al-Ula',
      format: 'formal',
      venue: 'Al-Ula',
      hosts: ['saudi-arabia'],
      delegations: [
        { actorId: 'saudi-arabia', head: MBS },
        { actorId: 'qatar', head: TAMIM },
      ],
    },
    [S.arabnewsJan5, S.welcomeqatarJan7],
    { occurrence: 'alula-2021-01-05' },
  ),
  ev(
    'AgreementReached',
    'agr-alula',
    { occurredAt: '2021-01-05', recordedAt: '2021-01-07T12:10:00Z' },
    {
      agreementId: AL_ULA,
      kind: 'framework',
      provisions: [
        'Gulf, Arab and Islamic solidarity and stability; the GCC one economic and political bloc',
        'A full return of diplomatic relations between Qatar and Saudi Arabia, the UAE, Bahrain and Egypt ("the turning of the page on all points of difference")',
        'No country’s sovereignty violated or its security targeted; solidarity against any direct or indirect interference in members’ internal affairs',
        'Cooperation in combating terrorist entities that threaten the Gulf states’ security',
      ],
      signatories: ['saudi-arabia', 'qatar', 'uae', 'bahrain', 'kuwait', 'oman', 'egypt'],
      textPublic: false,
      roundId: R.alula,
      status: 'signed',
    },
    [S.arabnewsJan5, S.welcomeqatarJan7],
    { occurrence: 'alula-2021-01-05' },
  ),
  ev(
    'TalksRoundConcluded',
    'round-alula-concluded',
    { occurredAt: '2021-01-05', recordedAt: '2021-01-07T12:15:00Z' },
    {
      roundId: R.alula,
      outcome: 'agreement',
      summary:
        'The leaders sign the Al-Ula declaration and a final communiqué; Prince Faisal: "a full return of diplomatic relations"; Qatar’s foreign minister: the leaders "closed the page on disagreement".',
    },
    [S.arabnewsJan5, S.welcomeqatarJan7],
    { occurrence: 'alula-2021-01-05' },
  ),
  ev(
    'IncidentReported',
    'inc-uae-reopening-jan9',
    { occurredAt: '2021-01-09', recordedAt: '2021-01-09T18:05:00Z' },
    {
      incidentId: 'uae-reopening-2021-01-09',
      kind: 'border-reopening',
      perpetrator: 'uae',
      against: 'qatar',
      place: 'UAE land, sea and air ports',
      description:
        'Following the Al-Ula declaration the UAE ends all the measures it took against Qatar on 5 June 2017 and reopens its land, sea and air ports from 9 January; other issues are left to bilateral talks (Khalid Belhoul, undersecretary of its foreign ministry).',
    },
    [S.gulfnewsJan9],
  ),
  ev(
    'StatementMade',
    'stmt-qatar-airways-jan9',
    { occurredAt: '2021-01-09', recordedAt: '2021-01-09T18:10:00Z' },
    {
      speaker: AL_BAKER,
      audience: 'saudi-arabia',
      tone: 'conciliatory',
      summary:
        'Qatar Airways resumes flights to Saudi Arabia: Riyadh on 11 January, Jeddah on 14 January, Dammam on 16 January, after "the positive outcome from the GCC Summit".',
    },
    [S.independentJan9],
  ),
  ev(
    'StatementMade',
    'stmt-faisal-jan16',
    { occurredAt: '2021-01-16', recordedAt: '2021-01-16T18:00:00Z' },
    {
      speaker: FAISAL,
      audience: 'qatar',
      tone: 'conciliatory',
      summary:
        'Saudi Arabia will restore full diplomatic ties with Qatar and reopen its embassy in Doha "within days"; any delay is only logistics. Flights resumed on Monday after the land border reopened.',
    },
    [S.voaJan16],
  ),
  // ===== March – June 2021: the declaration implemented =====
  ev(
    'TalksRoundOpened',
    'round-doha-2021-opened',
    { occurredAt: '2021-03-08', recordedAt: '2021-03-08T20:00:00Z' },
    {
      roundId: R.doha2021,
      label: 'Saudi foreign minister in Doha',
      format: 'informal',
      venue: 'Doha',
      delegations: [
        { actorId: 'saudi-arabia', head: FAISAL },
        { actorId: 'qatar', head: TAMIM },
      ],
    },
    [S.dohanewsMar8],
  ),
  ev(
    'TalksRoundConcluded',
    'round-doha-2021-concluded',
    { occurredAt: '2021-03-08', recordedAt: '2021-03-08T20:05:00Z' },
    {
      roundId: R.doha2021,
      outcome: 'progress',
      summary:
        'Prince Faisal, the first Saudi minister in Doha since 2017, brings the emir a message from King Salman and discusses with Qatar’s foreign minister the development of relations after Al-Ula.',
    },
    [S.dohanewsMar8],
  ),
  ev(
    'TalksRoundOpened',
    'round-follow-up-1-opened',
    { occurredAt: '2021-03-31', recordedAt: '2021-04-01T12:00:00Z' },
    {
      roundId: R.followUp1,
      label: 'Qatari–Saudi follow-up committee, first meeting',
      format: 'technical',
      venue: 'Riyadh',
      delegations: [
        {
          actorId: 'qatar',
          head: { name: 'Ali bin Fahad Al Hajri', title: 'Special Envoy for Regional Affairs', actorId: 'qatar' },
        },
        {
          actorId: 'saudi-arabia',
          head: {
            name: 'Eid Al Thaqafi',
            title: 'Undersecretary for Political and Economic Affairs',
            actorId: 'saudi-arabia',
          },
        },
      ],
    },
    [S.dohanewsApr1],
  ),
  ev(
    'TalksRoundConcluded',
    'round-follow-up-1-concluded',
    { occurredAt: '2021-03-31', recordedAt: '2021-04-01T12:05:00Z' },
    {
      roundId: R.followUp1,
      outcome: 'progress',
      summary: 'Part of a roadmap to implement the Al-Ula accord and strengthen ties (Qatar’s foreign ministry).',
    },
    [S.dohanewsApr1],
  ),
  ev(
    'TalksRoundOpened',
    'round-jeddah-2021-opened',
    { occurredAt: '2021-05-10', recordedAt: '2021-05-11T12:00:00Z' },
    {
      roundId: R.jeddah2021,
      label: 'The emir of Qatar in Jeddah',
      format: 'formal',
      venue: 'Jeddah (al-Salam Palace)',
      hosts: ['saudi-arabia'],
      delegations: [
        { actorId: 'qatar', head: TAMIM },
        { actorId: 'saudi-arabia', head: MBS },
      ],
    },
    [S.aljazeeraMay11],
  ),
  ev(
    'TalksRoundConcluded',
    'round-jeddah-2021-concluded',
    { occurredAt: '2021-05-10', recordedAt: '2021-05-11T12:05:00Z' },
    {
      roundId: R.jeddah2021,
      outcome: 'progress',
      summary:
        'Tamim’s first visit since Al-Ula, at King Salman’s invitation: the two discuss bilateral relations and "the means to enhance them in different fields".',
    },
    [S.aljazeeraMay11],
  ),
  ev(
    'StatementMade',
    'stmt-mba-ambassador-jun21',
    { occurredAt: '2021-06-21', recordedAt: '2021-06-23T12:00:00Z' },
    {
      speaker: MBA,
      audience: 'saudi-arabia',
      tone: 'conciliatory',
      summary:
        'Receives the credentials of Prince Mansour bin Khalid bin Farhan, Saudi Arabia’s first ambassador to Qatar since 2017, and wishes him success, "assuring him of all support to advance bilateral relations".',
    },
    [S.kayhanJun22, S.dohanewsJun23],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'qatar-saudi-2017.jsonl',
  logEnd: '2021-07-01T00:00:00Z',
  events,
};

export default definition;
