/**
 * A test fixture, not a shipped example: India and Canada from the killing
 * of Hardeep Singh Nijjar outside the Guru Nanak Sikh Gurdwara in Surrey,
 * British Columbia (18 June 2023) to the launch of trade negotiations at the
 * G20 in Johannesburg (23 November 2025) — Canada's pause of the trade
 * negotiations (1 September 2023); Trudeau raising the killing with
 * Modi at the New Delhi G20 (9–10 September 2023); his statement in the House
 * of Commons of "credible allegations of a potential link between agents of
 * the Government of India and the killing" and the expulsion of an Indian
 * intelligence official (18 September); India's rejection ("absurd and
 * motivated") and its expulsion of a senior Canadian diplomat (19
 * September); India's advisory on "politically-condoned hate crimes" (20
 * September) and its suspension of visa services for Canadians (21
 * September); India's demand that Canada bring its diplomats down to parity,
 * 41 of 62 to leave by 10 October on pain of losing their immunity (reported
 * 3 October); the 41 withdrawn (19 October), Ottawa's protest and New
 * Delhi's answer; visa services partly resumed (26 October) and e-visas
 * restored (22 November 2023); the arrests of three Indian nationals for the
 * murder (3 May 2024); the RCMP's account of links between agents of India's
 * government and homicides and violence in Canada, and the expulsion of six
 * diplomats by each side, the high commissioner among them (14 October
 * 2024); Morrison naming Amit Shah (29 October) and India's protest (1–2
 * November 2024); the foreign interference inquiry's final report and
 * India's rejection (28 January 2025); Carney's call and invitation (6 June
 * 2025), the Kananaskis meeting and the agreement to restore high
 * commissioners (17 June), the high commissioners named (28 August), the
 * security advisers' meeting (18 September), the "New Roadmap" (13 October),
 * the trade ministers' dialogue, the trade talks taken up again (13
 * November) and the leaders' agreement to launch negotiations on a
 * Comprehensive Economic Partnership Agreement (23 November 2025). Escalation model v2 was never tuned on it: it is the case
 * the model is held to in india-canada-2023.spec.ts, against the calls an
 * analyst makes from DOMAIN.md §5b alone.
 *
 * What it tests that the other cases did not: a killing on one party's soil
 * laid by its head of government on agents of the other; tit-for-tat
 * expulsions and a visa suspension (hostile measures, short of §5b's
 * coercive list); a demand to cut diplomatic staff with a deadline and a
 * sanction (an ultimatum), met; no armed action at all between the pair;
 * a second round of blame a year later; and the slow fall back to
 * cooperation under a new government.
 *
 * The parties are India and Canada. No mediator. Third parties: the United
 * States (its State Department on the 2024 allegations) and the World Sikh
 * Organization (a Canadian Sikh advocacy group, on the arrests), registered
 * so that their words are seen not to make the pair's level. The Five Eyes
 * are not registered: no dated act of theirs is recorded.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source. Recorded after the fact
 * (`retrospectiveClock`), from sources read all at once in December 2025.
 *
 * Grading as in examples/README.md: B = an established national outlet, a
 * wire copy or a government release (Hindustan Times, Business Standard, The
 * Tribune, India Today, Indian Express, Business Today, The Canadian Press,
 * Nikkei Asia, Gulf News, Prothom Alo's Reuters and AFP copies, CNW); C = a
 * smaller outlet, aggregator or mirror of a wire story (dpa via GNA,
 * Novinite, regional sites, blogs quoting the wires); 2 = an on-record
 * statement or act several outlets agree on, or one established outlet
 * reports; 3 = one side's unverified claim or an unnamed source (the
 * Financial Times' report of the 10 October deadline).
 *
 * Judgement calls, recorded as an analyst would:
 * - The killing (18 June 2023) is an incident of kind `militant-attack`
 *   (masked gunmen, some 50 shots; a targeted killing, not armed action
 *   between the parties' forces), `against` Canada (a Canadian citizen on
 *   Canadian soil), with no perpetrator: no one named one that day. It is
 *   laid on India by Trudeau's statement of 18 September (`blames`), and
 *   again by Joly on 14 October 2024 (six Indian diplomats "persons of
 *   interest in the Nijjar case"). Both are read as attacks blamed on the
 *   other party (DOMAIN.md §5b), dated by the statement. Trudeau's words
 *   were "credible allegations of a potential link": an allegation, but his
 *   government's, in Parliament, and acted on the same day.
 * - The RCMP's account of 14 October 2024 (agents of India's government
 *   linked to homicides, extortion and violence), Trudeau's words that day
 *   and Morrison's naming of Amit Shah (29 October 2024) are `accusation`s
 *   without `blames`: they name no incident recorded here (the other
 *   homicides are not named or dated by the sources read).
 * - Expulsions have no development type of their own: each is recorded once,
 *   as the statement announcing it, with CAMEO 161 (reduce or break
 *   diplomatic relations), as the Saudi Arabia – Canada 2018 fixture does.
 *   The visa suspension (21 September 2023) is India's statement with CAMEO
 *   16 (reduce relations). It is not a `border-closure`: no crossing was
 *   shut, Canadians in India kept their visas, and there is no land border;
 *   the suspension was of a consular service.
 * - India's demand for "parity" (first reported 21 September 2023) is a
 *   demand; the deadline of 10 October with the threat to revoke the
 *   immunity of those who remained (the Financial Times, 3 October, citing
 *   people familiar with it; graded 3) is an `UltimatumIssued` with that
 *   deadline, dated to the report (`approximate`: India says it had been
 *   engaged with Canada on it "over the last month"). Joly said on 19
 *   October that India had set 20 October; the catalogue has no amendment of
 *   a deadline, so the later date is in the resolution's summary. Canada
 *   withdrew the 41 and said it would not retaliate: `complied`, 19 October.
 * - India's "reserves the right to take further steps" (14 October 2024) and
 *   "serious consequences for bilateral ties" (2 November 2024) are
 *   `warning`s: no force is threatened.
 * - The foreign interference inquiry (Commissioner Hogue) is recorded as a
 *   Canadian state body speaking for Canada (an `accusation`): it was set up
 *   by the government and reports to it.
 * - The Kananaskis meeting (17 June 2025) is an `informal` round concluded
 *   with an `agreement`, and the agreement to designate new high
 *   commissioners and return to regular services is `AgreementReached` of
 *   kind `partial`, one occurrence with the round; no status is recorded (it
 *   was carried out: the high commissioners were named on 28 August). The
 *   joint statement of 13 October 2025 ("New Roadmap") is a `framework`;
 *   the leaders' agreement of 23 November 2025 to launch CEPA negotiations
 *   and enhance staffing is `partial`.
 * - Canada's pause of the trade negotiations (1 September 2023, before any
 *   accusation was public) is `TalksSuspended` by Canada, `temporary`: by
 *   its own account a pause "to take stock", not a break (India's envoy:
 *   "we will await request to unpause"). It is taken up again
 *   (`TalksResumed`) at the ministerial dialogue on trade of 13 November
 *   2025, the first trade talks since, which the October roadmap announced.
 * - Left out for want of a dated source found in time: the US charges in the Pannun plot
 *   (November 2023; a third party's case, not the pair's), the CSIS reports
 *   of 2025 naming India, the Bishnoi gang's listing (September 2025), the
 *   dates on which the new high commissioners took up their posts. Days with
 *   nothing recorded (February – May 2025) are not days with nothing said.
 */
import type { Actor, NegotiationEvent, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, retrospectiveClock, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'india-canada-2023';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 2025);
const when = retrospectiveClock('2025-12-20T09:00:00Z');

const INDIA: Actor = { id: 'india', name: 'Republic of India', kind: 'state', aliases: ['India', 'New Delhi'] };
const CANADA: Actor = { id: 'canada', name: 'Canada', kind: 'state', aliases: ['Ottawa', 'Government of Canada'] };
const USA: Actor = { id: 'united-states', name: 'United States', kind: 'state', aliases: ['US', 'Washington'] };
const WSO: Actor = {
  id: 'world-sikh-organization',
  name: 'World Sikh Organization of Canada',
  kind: 'opposition-movement',
  aliases: ['WSO'],
};

const TRUDEAU: Person = { name: 'Justin Trudeau', title: 'Prime Minister of Canada', actorId: 'canada' };
const JOLY: Person = { name: 'Mélanie Joly', title: 'Minister of Foreign Affairs of Canada', actorId: 'canada' };
const ANAND: Person = { name: 'Anita Anand', title: 'Minister of Foreign Affairs of Canada', actorId: 'canada' };
const CARNEY: Person = { name: 'Mark Carney', title: 'Prime Minister of Canada', actorId: 'canada' };
const RCMP: Person = { name: 'Royal Canadian Mounted Police', actorId: 'canada' };
const DUHEME: Person = { name: 'Mike Duheme', title: 'Commissioner of the RCMP', actorId: 'canada' };
const MORRISON: Person = {
  name: 'David Morrison',
  title: 'Deputy Minister of Foreign Affairs of Canada',
  actorId: 'canada',
};
const HOGUE: Person = {
  name: 'Marie-Josée Hogue',
  title: 'Commissioner, Public Inquiry into Foreign Interference',
  actorId: 'canada',
};
const MEA: Person = { name: 'Ministry of External Affairs of India', actorId: 'india' };
const HCI: Person = { name: 'High Commission of India in Ottawa', actorId: 'india' };
const JAISHANKAR: Person = { name: 'S. Jaishankar', title: 'External Affairs Minister of India', actorId: 'india' };
const JAISWAL: Person = {
  name: 'Randhir Jaiswal',
  title: 'Spokesperson, Ministry of External Affairs',
  actorId: 'india',
};
const MODI: Person = { name: 'Narendra Modi', title: 'Prime Minister of India', actorId: 'india' };
const STATE_DEPT: Person = { name: 'Matthew Miller', title: 'State Department spokesperson', actorId: 'united-states' };
const BALPREET: Person = {
  name: 'Balpreet Singh',
  title: 'Legal counsel and spokesperson, World Sikh Organization',
  actorId: 'world-sikh-organization',
};

const S = {
  heavyMay4: source(
    // The killing is dated and placed by the RCMP's release of 3 May 2024, as quoted.
    'Who are the Nijjar suspects (quoting the RCMP release of 3 May 2024)',
    'Heavy.com',
    'https://heavy.com/news/hardeep-singh-nijjar-suspects/',
    '2024-05-04',
    'C',
    2,
  ),
  nasdaqSep1: source(
    'In surprise move, Canada pauses talks on trade treaty with India (Reuters)',
    'Nasdaq',
    'https://www.nasdaq.com/articles/in-surprise-move-canada-pauses-talks-on-trade-treaty-with-india',
    '2023-09-01',
    'B',
    2,
  ),
  businessstandardSep2: source(
    'Ahead of G20 Summit in New Delhi, Canada pauses trade talks with India (Bloomberg)',
    'Business Standard',
    'https://www.business-standard.com/india-news/ahead-of-g20-summit-in-new-delhi-canada-pauses-trade-talks-with-india-123090200099_1.html',
    '2023-09-02',
    'B',
    2,
  ),
  diplomacyPkSep19: source(
    'Trudeau accuses India of involvement in murder of Canadian Sikh, expels diplomat',
    'Diplomacy Pakistan',
    'https://www.diplomacypakistan.com/?p=9739',
    '2023-09-19',
    'C',
    2,
  ),
  newsminuteSep19: source(
    "Canadian PM says 'credible allegations' that Indian agents killed Hardeep Singh Nijjar (IANS)",
    'The News Minute',
    'https://www.thenewsminute.com/ians/canadian-pm-says-credible-allegations-that-indian-agents-killed-hardeep-singh-nijjar',
    '2023-09-19',
    'B',
    2,
  ),
  indiatvSep19: source(
    'Canada expels Indian diplomat as Trudeau blames New Delhi for killing of wanted Khalistani leader',
    'India TV',
    'https://www.indiatvnews.com/news/world/canada-trudeau-blames-india-for-wanted-khalistani-leader-s-killing-hardeep-nijjar-as-tensions-soar-indian-diplomat-expelled-latest-updates-2023-09-19-893486',
    '2023-09-19',
    'B',
    2,
  ),
  ummidSep19: source(
    'India expels Canadian diplomat in a tit-for-tat response',
    'Ummid.com',
    'https://ummid.com/news/2023/september/19-09-2023/india-expels-canadian-diplomat-in-a-tit-for-tat-response.html',
    '2023-09-19',
    'C',
    2,
  ),
  prothomaloSep19: source(
    'India expels Canadian diplomat in reciprocal move',
    'Prothom Alo',
    'https://en.prothomalo.com/international/india/4pv4cjl4zn',
    '2023-09-19',
    'B',
    2,
  ),
  eastcoastSep21: source(
    'India suspends visa services for Canadian nationals',
    'East Coast Daily',
    'https://www.eastcoastdaily.in/2023/09/21/india-suspends-visa-services-for-canadian-nationals.html',
    '2023-09-21',
    'C',
    2,
  ),
  nikkeiSep21: source(
    "India visa services in Canada 'suspended till further notice'",
    'Nikkei Asia',
    'https://asia.nikkei.com/Politics/International-relations/India-visa-services-in-Canada-suspended-till-further-notice',
    '2023-09-21',
    'B',
    2,
  ),
  northeastSep21: source(
    'Indian government suspends visa services for Canadian nationals',
    'Northeast Today',
    'https://www.northeasttoday.in/2023/09/21/indian-government-suspends-visa-services-for-canadian-nationals/',
    '2023-09-21',
    'C',
    2,
  ),
  novinitiOct3: source(
    'India tells Canada to withdraw 41 diplomats by October 10 (Financial Times, Reuters)',
    'Novinite',
    'https://www.novinite.com/view_news.php?id=221706',
    '2023-10-03',
    'C',
    3,
  ),
  gnaOct3: source(
    'Report: India demands dozens of Canadian diplomats to leave country (dpa)',
    'Ghana News Agency',
    'https://gna.org.gh/2023/10/report-india-demands-dozens-of-canadian-diplomats-to-leave-country/',
    '2023-10-03',
    'C',
    3,
  ),
  newsminuteOct20: source(
    'Canada pulls out 41 diplomats, dependants from India',
    'The News Minute',
    'https://www.thenewsminute.com/news/canada-pulls-out-41-diplomats-dependants-from-india',
    '2023-10-20',
    'B',
    2,
  ),
  rediffOct20: source(
    'Canada withdraws 41 diplomats from India amid row',
    'Rediff',
    'https://news.rediff.com/commentary/2023/oct/20/canada-withdraws-41-diplomats-from-india-amid-row/aa20d3bb019d02b220d56e37f9a867ff',
    '2023-10-20',
    'B',
    2,
  ),
  dtnextOct21: source(
    'Canada pulls out 41 diplomats; MEA says no violation',
    'DT Next',
    'https://www.dtnext.in/news/national/canada-pulls-out-41-diplomats-mea-says-no-violation-743199',
    '2023-10-21',
    'B',
    2,
  ),
  indiatodayOct25: source(
    'India to resume visa services for certain categories of Canadian citizens',
    'India Today',
    'https://indiatoday.in/india/story/india-to-resume-visa-services-for-certain-categories-of-canadian-citizens-2453633-2023-10-25',
    '2023-10-25',
    'B',
    2,
  ),
  tribuneOct26: source(
    'Envoys assured of safety, India restarts visa services in Canada',
    'The Tribune',
    'https://www.tribuneindia.com/news/india/envoys-assured-of-safety-india-restarts-visa-services-in-canada-556533',
    '2023-10-26',
    'B',
    2,
  ),
  businesstodayNov22: source(
    'India restarts e-visa facility for all eligible Canadian citizens',
    'Business Today',
    'https://www.businesstoday.in/latest/in-focus/story/india-restarts-evisa-facility-for-all-eligible-canadian-citizens-406744-2023-11-22',
    '2023-11-22',
    'B',
    2,
  ),
  gulfnewsNov22: source(
    'India resumes e-visa services for Canadian nationals',
    'Gulf News',
    'https://gulfnews.com/world/asia/india/india-resumes-e-visa-services-for-canadian-nationals-1.1700644938974',
    '2023-11-22',
    'B',
    2,
  ),
  connectedMay3: source(
    "Canadian police arrest three in connection with Khalistani separatist Hardeep Singh Nijjar's killing",
    'Connected to India',
    'https://connectedtoindia.com/canadian-police-arrest-three-in-connection-with-khalistani-separatist-hardeep-singh-nijjars-killing',
    '2024-05-03',
    'C',
    2,
  ),
  ctvMay3: source(
    'Police arrest 3 Indian nationals in killing of B.C. Sikh activist Hardeep Singh Nijjar',
    'CTV News',
    'https://bc.ctvnews.ca/police-arrest-3-indian-nationals-in-killing-of-b-c-sikh-activist-hardeep-singh-nijjar-1.6872496',
    '2024-05-03',
    'B',
    2,
  ),
  yahooOct14: source(
    'Canada expels Indian high commissioner, five other diplomats (The Canadian Press)',
    'Yahoo News Canada',
    'https://ca.news.yahoo.com/cp-newsalert-india-withdraws-high-144836060.html',
    '2024-10-14',
    'B',
    2,
  ),
  nationalnewswatchOct14: source(
    'India expels six Canadian diplomats over accusations against New Delhi (The Canadian Press)',
    'National Newswatch',
    'https://nationalnewswatch.com/2024/10/14/india-expels-six-canadian-diplomats-over-accusations-against-new-delhi',
    '2024-10-14',
    'B',
    2,
  ),
  prothomaloOct14: source(
    'India withdraws high commissioner, expels Canadian diplomats (Reuters)',
    'Prothom Alo',
    'https://en.prothomalo.com/international/india/xhxus67428',
    '2024-10-14',
    'B',
    2,
  ),
  prothomaloOct15: source(
    "Trudeau says India made 'fundamental error' (AFP)",
    'Prothom Alo',
    'https://en.prothomalo.com/international/india/tlkhuvruk7',
    '2024-10-15',
    'B',
    2,
  ),
  aussiedlerOct14: source(
    'Canada dismisses Indian diplomats over their alleged involvement in significant criminal misconduct',
    'Aussiedlerbote',
    'https://aussiedlerbote.de/en/canada-dismisses-indian-diplomats-over-their-alleged-involvement-in-significant-criminal-misconduct/',
    '2024-10-14',
    'C',
    2,
  ),
  businesstodayNov2: source(
    "'Irresponsible actions': MEA summons Canadian diplomat to lodge protest over allegations against Amit Shah",
    'Business Today',
    'https://www.businesstoday.in/world/canada/story/irresponsible-actions-mea-summons-canadian-diplomat-to-lodge-protest-over-allegations-against-amit-shah-452326-2024-11-02',
    '2024-11-02',
    'B',
    2,
  ),
  hindustantimesNov2: source(
    "India lodges strong protest over Canada's allegations against Amit Shah",
    'Hindustan Times',
    'https://www.hindustantimes.com/india-news/india-lodges-strong-protest-over-canadas-allegations-against-amit-shah-101730541529210.html',
    '2024-11-02',
    'B',
    2,
  ),
  hindustantimesJan29: source(
    "India dismisses Canadian commission's insinuations of election interference",
    'Hindustan Times',
    'https://www.hindustantimes.com/india-news/india-dismisses-canadian-commission-s-insinuations-of-election-interference-101738126233110.html',
    '2025-01-29',
    'B',
    2,
  ),
  hindustantimesJan29b: source(
    'India has legitimate concerns over the pro-Khalistan movement in Canada: inquiry commission',
    'Hindustan Times',
    'https://www.hindustantimes.com/world-news/indias-has-legitimate-concerns-over-the-pro-khalistan-movement-in-canada-inquiry-commission-101738129336356.html',
    '2025-01-29',
    'B',
    2,
  ),
  indiatvJun6: source(
    'PM Modi receives call from Canadian PM Mark Carney, thanks him for G7 Summit invite',
    'India TV',
    'https://www.indiatvnews.com/news/india/pm-modi-receives-call-from-canadian-pm-mark-carney-thanks-him-for-g7-summit-invite-2025-06-06-993591',
    '2025-06-06',
    'B',
    2,
  ),
  telegraphJun7: source(
    'PM Modi gets G7 invite from Canada Prime Minister Mark Carney amid strained relations',
    'The Telegraph (India)',
    'https://www.telegraphindia.com/india/pm-modi-gets-g7-invite-from-canada-prime-minister-mark-carney-amid-strained-relations-prnt/cid/2106540',
    '2025-06-07',
    'B',
    2,
  ),
  indbizJun18: source(
    "Modi's G7 presence signals India's growing global stature, says Canadian PM Carney",
    'IndBiz (Government of India)',
    'https://indbiz.gov.in/modis-g7-presence-signals-indias-growing-global-stature-says-canadian-pm-carney',
    '2025-06-18',
    'B',
    2,
  ),
  newindianexpressAug28: source(
    'India, Canada signal thaw by naming new envoys after 10-month freeze',
    'The New Indian Express',
    'https://www.newindianexpress.com/nation/2025/Aug/28/india-canada-signal-thaw-by-naming-new-envoys-after-10-month-freeze',
    '2025-08-28',
    'B',
    2,
  ),
  hindustantimesAug28: source(
    'Dinesh K Patnaik appointed envoy to Canada, Ottawa to name Christopher Cooter',
    'Hindustan Times',
    'https://www.hindustantimes.com/india-news/dinesh-k-patnaik-appointed-envoy-to-canada-ottawa-to-name-christopher-cooter-101756389206307.html',
    '2025-08-28',
    'B',
    2,
  ),
  businessstandardOct13: source(
    'India, Canada agree on new roadmap: trade, ministerial talks (joint statement)',
    'Business Standard',
    'https://www.business-standard.com/amp/external-affairs-defence-security/news/india-canada-relations-trade-ministerial-talks-anita-anand-jaishankar-125101300823_1.html',
    '2025-10-13',
    'B',
    2,
  ),
  rediffOct13: source(
    'India, Canada unveil roadmap to revive ties',
    'Rediff',
    'https://www.rediff.com/news/report/india-canada-unveil-roadmap-to-revive-ties/20251013.htm',
    '2025-10-13',
    'B',
    2,
  ),
  mangaloreanNov12: source(
    'EAM Jaishankar, Canadian FM Anand review progress under New Roadmap 2025 to strengthen bilateral ties (IANS)',
    'Mangalorean',
    'https://www.mangalorean.com/eam-jaishankar-canadian-fm-anand-review-progress-under-new-roadmap-2025-to-strengthen-bilateral-ties/',
    '2025-11-12',
    'C',
    2,
  ),
  cnwNov23: source(
    'Readout: Prime Minister Carney meets with Prime Minister of India Narendra Modi',
    'CNW (Office of the Prime Minister of Canada)',
    'https://www.newswire.ca/news-releases/readout-prime-minister-carney-meets-with-prime-minister-of-india-narendra-modi-816589868.html',
    '2025-11-23',
    'B',
    2,
  ),
  wireNov23: source(
    'Modi, Canadian PM Carney meet, agree to begin negotiations on economic partnership agreement',
    'The Wire',
    'https://m.thewire.in/article/diplomacy/modi-canadian-pm-carney-meet-agree-to-begin-negotiations-on-economic-partnership-agreement/amp',
    '2025-11-23',
    'B',
    2,
  ),
};

/** Ids. */
const NIJJAR = 'nijjar-killing-2023-06-18';
const D = { parity: 'diplomatic-parity', cooperate: 'cooperate-investigation' } as const;
const ULT = 'parity-deadline-2023-10';
const R = {
  kananaskis: 'kananaskis-2025-06',
  nsa: 'nsa-delhi-2025-09',
  delhi: 'anand-delhi-2025-10',
  trade: 'trade-dialogue-2025-11',
  g20: 'g20-johannesburg-2025-11',
} as const;
const A = { hcs: 'high-commissioners-2025', roadmap: 'new-roadmap-2025', cepa: 'cepa-launch-2025' } as const;
const O = {
  parliament: 'commons-statement-2023-09-18',
  delhiAnswer: 'india-answer-2023-09-19',
  expulsions2024: 'expulsions-2024-10-14',
  kananaskis: 'kananaskis-2025-06-17',
  envoys: 'envoys-named-2025-08-28',
  roadmap: 'new-roadmap-2025-10-13',
  g20: 'g20-2025-11-23',
} as const;

const events: readonly NegotiationEvent[] = [
  ev(
    'NegotiationOpened',
    'opened',
    when('2023-06-18'),
    {
      negotiationId: NEGOTIATION_ID,
      title: 'India – Canada: the Nijjar killing and the diplomatic rupture, 2023–25',
      subject:
        "The break between India and Canada over the killing of Hardeep Singh Nijjar in Surrey, which Canada's government linked to agents of India's: the expulsions, India's visa suspension and its demand for diplomatic parity, the RCMP's accusations of 2024 and the second round of expulsions, and the thaw under Carney from the G7 at Kananaskis to the launch of trade negotiations.",
      parties: [INDIA, CANADA],
      mediators: [],
    },
    [S.diplomacyPkSep19, S.newsminuteSep19],
  ),
  ev(
    'IncidentReported',
    'inc-nijjar',
    when('2023-06-19T03:27:00Z'),
    {
      incidentId: NIJJAR,
      kind: 'militant-attack',
      against: 'canada',
      target: 'Hardeep Singh Nijjar, a Canadian citizen and president of the Guru Nanak Sikh Gurdwara',
      place: 'Surrey, British Columbia',
      fatalities: { min: 1, max: 1 },
      civilianFatalities: { min: 1, max: 1 },
      description:
        'Nijjar, a Sikh separatist leader India had designated a terrorist, is shot dead by masked gunmen in the parking lot of the Guru Nanak Sikh Gurdwara in Surrey (first 911 call at 20:27). No one is arrested and no perpetrator is named.',
    },
    [S.heavyMay4, S.diplomacyPkSep19],
  ),
  ev(
    'TalksSuspended',
    'talks-trade-paused',
    when('2023-09-01'),
    {
      by: 'canada',
      temporary: true,
      reason:
        "Canada pauses the negotiations on an Early Progress Trade Agreement, three months after both sides aimed to seal it this year: 'Trade negotiations are long, complex processes. And we've paused to take stock of where we are' (a Canadian official); India's High Commissioner Verma: 'We will await request to unpause'.",
    },
    [S.nasdaqSep1, S.businessstandardSep2],
  ),
  ev(
    'StatementMade',
    'stmt-trudeau-g20',
    when('2023-09-10', 'approximate'),
    {
      speaker: TRUDEAU,
      audience: 'india',
      tone: 'critical',
      summary:
        "At the G20 in New Delhi, Canada conveys its 'deep concerns' about the killing to India's top intelligence and security officials, and Trudeau raises them 'personally and directly' with Modi, who chides him for allowing Sikh separatist protests in Canada (as Trudeau told Parliament on 18 September).",
    },
    [S.newsminuteSep19, S.diplomacyPkSep19],
  ),
  ev(
    'StatementMade',
    'stmt-trudeau-commons',
    when('2023-09-18'),
    {
      speaker: TRUDEAU,
      audience: 'india',
      tone: 'accusation',
      summary:
        "Trudeau in the House of Commons: Canadian security agencies 'have been actively pursuing credible allegations of a potential link between agents of the Government of India and the killing of a Canadian citizen, Hardeep Singh Nijjar'; 'any involvement of a foreign government in the killing of a Canadian citizen on Canadian soil is an unacceptable violation of our sovereignty'.",
      blames: { incidentId: NIJJAR, on: 'india' },
    },
    [S.newsminuteSep19, S.diplomacyPkSep19, S.indiatvSep19],
    { occurrence: O.parliament },
  ),
  ev(
    'DemandTabled',
    'dem-cooperate',
    when('2023-09-18'),
    {
      demandId: D.cooperate,
      by: 'canada',
      addressedTo: ['india'],
      text: 'Cooperate fully with Canada to get to the bottom of the killing of Hardeep Singh Nijjar.',
      category: 'security',
    },
    [S.newsminuteSep19, S.diplomacyPkSep19],
    { occurrence: O.parliament },
  ),
  ev(
    'StatementMade',
    'stmt-joly-expel',
    when('2023-09-18'),
    {
      speaker: JOLY,
      audience: 'india',
      tone: 'accusation',
      summary:
        "Joly announces the expulsion of 'a top Indian diplomat' (reported to be the head of India's intelligence agency in Canada): 'My expectations are clear. I expect India to fully collaborate with us and get to the bottom of this.'",
    },
    [S.newsminuteSep19, S.ummidSep19],
    { cameo: '161', note: 'An expulsion (CAMEO 161).' },
  ),
  ev(
    'StatementMade',
    'stmt-mea-absurd',
    when('2023-09-19'),
    {
      speaker: MEA,
      audience: 'canada',
      tone: 'accusation',
      summary:
        "India rejects the allegations as 'absurd and motivated': 'Such unsubstantiated allegations seek to shift the focus from Khalistani terrorists and extremists, who have been provided shelter in Canada and continue to threaten India's sovereignty and territorial integrity.'",
    },
    [S.ummidSep19, S.prothomaloSep19],
    { occurrence: O.delhiAnswer },
  ),
  ev(
    'PositionTaken',
    'pos-india-cooperate',
    when('2023-09-19'),
    {
      demandId: D.cooperate,
      actorId: 'india',
      stance: 'rejected',
      quote:
        "Allegations of Government of India's involvement in any act of violence in Canada are absurd and motivated.",
    },
    [S.ummidSep19, S.prothomaloSep19],
    { occurrence: O.delhiAnswer },
  ),
  ev(
    'StatementMade',
    'stmt-mea-expel',
    when('2023-09-19'),
    {
      speaker: MEA,
      audience: 'canada',
      tone: 'accusation',
      summary:
        "The Canadian High Commissioner is summoned and told a senior Canadian diplomat is expelled, to leave within five days: the decision 'reflects the Government of India's growing concern at the interference of Canadian diplomats in our internal matters and their involvement in anti-India activities'.",
    },
    [S.prothomaloSep19, S.ummidSep19],
    { cameo: '161', note: 'An expulsion (CAMEO 161).' },
  ),
  ev(
    'StatementMade',
    'stmt-mea-advisory',
    when('2023-09-20'),
    {
      speaker: MEA,
      audience: 'canada',
      tone: 'accusation',
      summary:
        "India's travel advisory urges Indian nationals, especially students, in Canada to be cautious of 'growing anti-India activities and politically-condoned hate-crimes'.",
    },
    [S.eastcoastSep21],
  ),
  ev(
    'StatementMade',
    'stmt-hci-visas',
    when('2023-09-21'),
    {
      speaker: HCI,
      audience: 'canada',
      tone: 'critical',
      summary:
        "'Important notice from Indian Mission: Due to operational reasons, with effect from 21 September 2023, Indian visa services have been suspended till further notice.' Canadians in India keep their visas; India's spokesman cites threats to its staff.",
    },
    [S.nikkeiSep21, S.eastcoastSep21, S.northeastSep21],
    { cameo: '16', note: 'A suspension of visa services (CAMEO 16, reduce relations); no crossing is closed.' },
  ),
  ev(
    'DemandTabled',
    'dem-parity',
    when('2023-09-21', 'approximate'),
    {
      demandId: D.parity,
      by: 'india',
      addressedTo: ['canada'],
      text: "Reduce Canada's diplomatic presence in India to parity with India's in Canada (from 62 diplomats to 21).",
      category: 'political',
    },
    [S.rediffOct20, S.dtnextOct21],
    {
      note: "Dated approximately: India first spoke of 'parity' in the week of the visa suspension; MEA says it had engaged Canada on it 'over the last month' by 20 October.",
    },
  ),
  ev(
    'UltimatumIssued',
    'ult-parity',
    when('2023-10-03', 'approximate'),
    {
      ultimatumId: ULT,
      by: 'india',
      to: ['canada'],
      demandIds: [D.parity],
      deadline: '2023-10-10',
      consequences:
        'The diplomatic immunity of the Canadian diplomats told to leave who remain after the deadline is revoked.',
    },
    [S.novinitiOct3, S.gnaOct3],
  ),
  ev(
    'UltimatumResolved',
    'ult-parity-complied',
    when('2023-10-19'),
    {
      ultimatumId: ULT,
      resolution: 'complied',
      summary:
        'Joly: India formally conveyed its plan to remove the immunities of all but 21 Canadian diplomats by 20 October; Canada has facilitated the departure of 41 diplomats and 42 dependants, and will not retaliate.',
    },
    [S.newsminuteOct20, S.rediffOct20],
  ),
  ev(
    'PositionTaken',
    'pos-canada-parity',
    when('2023-10-19'),
    {
      demandId: D.parity,
      actorId: 'canada',
      stance: 'accepted-in-principle',
      conditions:
        'Complied under protest: the revocation of immunities is called a violation of the Vienna Convention.',
      quote: "India's decision to declare persona non grata is unreasonable. But we will not retaliate.",
      speaker: JOLY,
    },
    [S.newsminuteOct20, S.rediffOct20],
  ),
  ev(
    'StatementMade',
    'stmt-joly-oct19',
    when('2023-10-19'),
    {
      speaker: JOLY,
      audience: 'india',
      tone: 'critical',
      summary:
        "'A unilateral revocation of diplomatic privilege and immunities is contrary to international law … threatening to do so is unreasonable and escalatory.' Canada pauses in-person services at its consulates in Chandigarh, Mumbai and Bengaluru.",
    },
    [S.rediffOct20, S.dtnextOct21],
  ),
  ev(
    'StatementMade',
    'stmt-mea-oct20',
    when('2023-10-20'),
    {
      speaker: MEA,
      audience: 'canada',
      tone: 'critical',
      summary:
        "'We reject any attempt to portray the implementation of parity as a violation of international norms'; the state of relations, the much higher number of Canadian diplomats and 'their continued interference in our internal affairs' warrant parity.",
    },
    [S.dtnextOct21],
  ),
  ev(
    'StatementMade',
    'stmt-jaishankar-oct22',
    when('2023-10-22', 'approximate'),
    {
      speaker: JAISHANKAR,
      audience: 'canada',
      tone: 'accusation',
      summary:
        "Jaishankar says India would 'very much' like to resume visas if its diplomats are safe in Canada, and that the Canadian diplomats were sent home for interfering in India's affairs.",
    },
    [S.tribuneOct26, S.indiatodayOct25],
  ),
  ev(
    'StatementMade',
    'stmt-hci-visas-resume',
    when('2023-10-25'),
    {
      speaker: HCI,
      audience: 'canada',
      tone: 'conciliatory',
      summary:
        "'After a considered review of the security situation that takes into account some recent Canadian measures in this regard', visa services resume from 26 October for entry, business, medical and conference visas.",
    },
    [S.indiatodayOct25, S.tribuneOct26],
    { cameo: '085', note: 'A measure eased (CAMEO 085).' },
  ),
  ev(
    'StatementMade',
    'stmt-hci-evisa',
    when('2023-11-22'),
    {
      speaker: HCI,
      audience: 'canada',
      tone: 'conciliatory',
      summary:
        "'Indian eVisa facility has been restored w.e.f. 22 November 2023, for all eligible Canadian citizens'; Jaishankar calls it a logical step as the situation has become 'relatively improved'.",
    },
    [S.businesstodayNov22, S.gulfnewsNov22],
    { cameo: '085', note: 'A measure eased (CAMEO 085).' },
  ),
  // ===== 2024 =====
  ev('ActorRegistered', 'actor-wso', when('2024-05-03'), { actor: WSO, role: 'third-party' }, [S.heavyMay4]),
  ev(
    'StatementMade',
    'stmt-rcmp-arrests',
    when('2024-05-03'),
    {
      speaker: RCMP,
      audience: 'domestic audience',
      tone: 'neutral',
      summary:
        "The RCMP announces the arrests in Edmonton of three Indian nationals, charged with first-degree murder and conspiracy in Nijjar's killing; Asst. Commissioner Teboul: 'separate and distinct investigations' go on, 'including investigating connections to the government of India'.",
    },
    [S.ctvMay3, S.connectedMay3],
  ),
  ev(
    'StatementMade',
    'stmt-wso-arrests',
    when('2024-05-03'),
    {
      speaker: BALPREET,
      audience: 'india',
      tone: 'accusation',
      summary:
        "'We welcome the arrests but this does lead to a lot more questions … Those who have been arrested are part of a hit squad but it's clear that they were directed.'",
    },
    [S.heavyMay4],
  ),
  ev(
    'StatementMade',
    'stmt-joly-expel-2024',
    when('2024-10-14'),
    {
      speaker: JOLY,
      audience: 'india',
      tone: 'accusation',
      summary:
        "Canada declares six Indian diplomats, High Commissioner Sanjay Kumar Verma among them, persona non grata: 'the RCMP gathered ample, clear and concrete evidence which identified six individuals as persons of interest in the Nijjar case'; India refused to cooperate or to waive their immunity.",
      blames: { incidentId: NIJJAR, on: 'india' },
    },
    [S.yahooOct14, S.aussiedlerOct14, S.prothomaloOct15],
    {
      cameo: '161',
      occurrence: O.expulsions2024,
      note: 'An expulsion (CAMEO 161), and the killing laid on India again.',
    },
  ),
  ev(
    'StatementMade',
    'stmt-rcmp-oct14',
    when('2024-10-14'),
    {
      speaker: DUHEME,
      audience: 'domestic audience',
      tone: 'accusation',
      summary:
        "RCMP Commissioner Duheme: investigations link agents of the Government of India to homicides and violent acts, the use of organised crime against the South Asian community, and interference in democratic processes; Indian diplomats and consular officials 'leveraged their official positions to engage in clandestine activities'; 'well over a dozen credible and imminent threats to life'.",
    },
    [S.nationalnewswatchOct14, S.aussiedlerOct14],
  ),
  ev(
    'StatementMade',
    'stmt-mea-oct14',
    when('2024-10-14'),
    {
      speaker: MEA,
      audience: 'canada',
      tone: 'warning',
      summary:
        "India withdraws its High Commissioner and 'other targeted diplomats' ('we have no faith in the current Canadian Government's commitment to ensure their security'), expels Acting High Commissioner Stewart Wheeler and five other Canadian diplomats (to leave by 23:59 on 19 October), and 'reserves the right to take further steps in response to the Trudeau Government's support for extremism, violence and separatism against India'.",
    },
    [S.prothomaloOct14, S.nationalnewswatchOct14, S.prothomaloOct15],
    { cameo: '161', occurrence: O.expulsions2024, note: 'An expulsion (CAMEO 161).' },
  ),
  ev(
    'StatementMade',
    'stmt-trudeau-oct14',
    when('2024-10-14'),
    {
      speaker: TRUDEAU,
      audience: 'india',
      tone: 'accusation',
      summary:
        "'The government of India made a fundamental error in thinking that they could engage in supporting criminal activity against Canadians here on Canadian soil, whether it be murders or extortion or other violent acts.'",
    },
    [S.prothomaloOct15],
  ),
  ev(
    'StatementMade',
    'stmt-morrison-oct29',
    when('2024-10-29'),
    {
      speaker: MORRISON,
      audience: 'domestic audience',
      tone: 'accusation',
      summary:
        "Before the Commons committee on public safety, Morrison says he confirmed to The Washington Post that India's Home Minister Amit Shah was behind the plots to target Sikh separatists on Canadian soil.",
    },
    [S.businesstodayNov2, S.hindustantimesNov2],
  ),
  ev('ActorRegistered', 'actor-us', when('2024-10-30'), { actor: USA, role: 'third-party' }, [S.hindustantimesNov2]),
  ev(
    'StatementMade',
    'stmt-us-oct30',
    when('2024-10-30'),
    {
      speaker: STATE_DEPT,
      audience: 'india',
      tone: 'critical',
      summary:
        "'The allegations made by the government of Canada are concerning, and we will continue to consult with the Canadian government about those allegations.'",
    },
    [S.hindustantimesNov2],
  ),
  ev(
    'StatementMade',
    'stmt-mea-nov2',
    when('2024-11-02'),
    {
      speaker: JAISWAL,
      audience: 'canada',
      tone: 'warning',
      summary:
        "India summoned a representative of the Canadian High Commission on 1 November and protests 'in the strongest terms' the 'absurd and baseless references' to the Home Minister: 'Such irresponsible actions will have serious consequences for bilateral ties'; it also protests the audio and video surveillance of its consular officials.",
    },
    [S.businesstodayNov2, S.hindustantimesNov2],
  ),
  // ===== 2025 =====
  ev(
    'StatementMade',
    'stmt-hogue-jan28',
    when('2025-01-28'),
    {
      speaker: HOGUE,
      audience: 'india',
      tone: 'accusation',
      summary:
        "The final report of the Public Inquiry into Foreign Interference: 'India is the second most active country engaging in electoral foreign interference in Canada'; Government of India proxy agents 'may have provided … illicit financial support' to Canadian politicians; India has 'some legitimate basis for concerns' about Khalistani extremism.",
    },
    [S.hindustantimesJan29b, S.hindustantimesJan29],
  ),
  ev(
    'StatementMade',
    'stmt-mea-jan28',
    when('2025-01-28'),
    {
      speaker: MEA,
      audience: 'canada',
      tone: 'accusation',
      summary:
        "'It is in fact Canada which has been consistently interfering in India's internal affairs. This has also created an environment for illegal migration and organised criminal activities. We reject the report's insinuations on India.'",
    },
    [S.hindustantimesJan29],
  ),
  ev(
    'StatementMade',
    'stmt-modi-jun6',
    when('2025-06-06'),
    {
      speaker: MODI,
      audience: 'canada',
      tone: 'conciliatory',
      summary:
        "Modi, after Carney's call inviting him to the G7 at Kananaskis: 'As vibrant democracies bound by deep people-to-people ties, India and Canada will work together with renewed vigour, guided by mutual respect and shared interests. Look forward to our meeting at the Summit.'",
    },
    [S.indiatvJun6, S.telegraphJun7],
  ),
  ev(
    'TalksRoundOpened',
    'round-kananaskis-opened',
    when('2025-06-17'),
    {
      roundId: R.kananaskis,
      label: 'Carney – Modi meeting at the G7, Kananaskis',
      format: 'informal',
      venue: 'Kananaskis, Alberta',
      hosts: ['canada'],
      delegations: [
        { actorId: 'canada', head: CARNEY },
        { actorId: 'india', head: MODI },
      ],
    },
    [S.indbizJun18],
    { occurrence: O.kananaskis },
  ),
  ev(
    'TalksRoundConcluded',
    'round-kananaskis-concluded',
    when('2025-06-17'),
    {
      roundId: R.kananaskis,
      outcome: 'agreement',
      summary:
        "A 'frank and open exchange' on law enforcement and transnational repression; agreement to lay the groundwork for rebuilding the relationship on mutual respect, sovereignty and trust, and to reinstate high commissioners.",
    },
    [S.indbizJun18],
    { occurrence: O.kananaskis },
  ),
  ev(
    'AgreementReached',
    'agr-hcs',
    when('2025-06-17'),
    {
      agreementId: A.hcs,
      kind: 'partial',
      provisions: [
        'Each side designates a new high commissioner',
        'A return to regular consular and business services to citizens and businesses in both countries',
      ],
      signatories: ['canada', 'india'],
      textPublic: false,
      roundId: R.kananaskis,
    },
    [S.indbizJun18],
    { occurrence: O.kananaskis },
  ),
  ev(
    'StatementMade',
    'stmt-anand-aug28',
    when('2025-08-28'),
    {
      speaker: ANAND,
      audience: 'india',
      tone: 'conciliatory',
      summary:
        "Canada names Christopher Cooter High Commissioner to India and India names Dinesh K. Patnaik to Ottawa: 'an important step towards restoring necessary diplomatic services to citizens and businesses in both countries'.",
    },
    [S.newindianexpressAug28, S.hindustantimesAug28],
    { occurrence: O.envoys },
  ),
  ev(
    'TalksRoundOpened',
    'round-nsa-opened',
    when('2025-09-18'),
    {
      roundId: R.nsa,
      label: 'National Security Advisers (Doval – Drouin), New Delhi',
      format: 'technical',
      venue: 'New Delhi',
    },
    [S.businessstandardOct13],
  ),
  ev(
    'TalksRoundConcluded',
    'round-nsa-concluded',
    when('2025-09-18'),
    {
      roundId: R.nsa,
      outcome: 'progress',
      summary:
        'The two National Security Advisers meet on advancing security cooperation; senior official-level discussions on security and law enforcement to continue.',
    },
    [S.businessstandardOct13],
  ),
  ev(
    'TalksRoundOpened',
    'round-delhi-opened',
    when('2025-10-13'),
    {
      roundId: R.delhi,
      label: 'Anand – Jaishankar, New Delhi',
      format: 'formal',
      venue: 'New Delhi',
      hosts: ['india'],
      delegations: [
        { actorId: 'canada', head: ANAND },
        { actorId: 'india', head: JAISHANKAR },
      ],
    },
    [S.businessstandardOct13, S.rediffOct13],
    { occurrence: O.roadmap },
  ),
  ev(
    'TalksRoundConcluded',
    'round-delhi-concluded',
    when('2025-10-13'),
    {
      roundId: R.delhi,
      outcome: 'agreement',
      summary: "The joint statement's 'New Roadmap' for India–Canada relations.",
    },
    [S.businessstandardOct13, S.rediffOct13],
    { occurrence: O.roadmap },
  ),
  ev(
    'AgreementReached',
    'agr-roadmap',
    when('2025-10-13'),
    {
      agreementId: A.roadmap,
      kind: 'framework',
      provisions: [
        'A constructive and balanced partnership grounded in respect for each other’s concerns and sensitivities',
        'Ministerial-level discussions on bilateral trade and investment at an early date',
        'The Canada-India CEO Forum resumed; cooperation on energy, critical minerals, AI and civil nuclear collaboration',
        'Security and law-enforcement dialogue to continue',
      ],
      signatories: ['canada', 'india'],
      textPublic: true,
      roundId: R.delhi,
    },
    [S.businessstandardOct13, S.rediffOct13],
    { occurrence: O.roadmap },
  ),
  ev(
    'StatementMade',
    'stmt-jaishankar-nov12',
    when('2025-11-12'),
    {
      speaker: JAISHANKAR,
      audience: 'canada',
      tone: 'conciliatory',
      summary:
        'Jaishankar meets Anand at the G7 foreign ministers’ meeting in Niagara and praises the progress made under the New Roadmap; Anand offers condolences for the Delhi explosion; the law-enforcement dialogue goes on.',
    },
    [S.mangaloreanNov12],
  ),
  ev(
    'TalksResumed',
    'talks-trade-resumed',
    when('2025-11-13'),
    {
      by: 'canada',
      reason:
        'The 7th Ministerial Dialogue on Trade and Investment in New Delhi: the trade track paused in September 2023 taken up again, as the October roadmap set out.',
    },
    [S.cnwNov23],
  ),
  ev(
    'TalksRoundOpened',
    'round-trade-opened',
    when('2025-11-13'),
    {
      roundId: R.trade,
      label: '7th Ministerial Dialogue on Trade and Investment, New Delhi',
      format: 'formal',
      venue: 'New Delhi',
    },
    [S.cnwNov23],
  ),
  ev(
    'TalksRoundConcluded',
    'round-trade-concluded',
    when('2025-11-13'),
    {
      roundId: R.trade,
      outcome: 'progress',
      summary: 'The ministerial dialogue on trade and investment, on which the leaders built on 23 November.',
    },
    [S.cnwNov23],
  ),
  ev(
    'TalksRoundOpened',
    'round-g20-opened',
    when('2025-11-23'),
    {
      roundId: R.g20,
      label: 'Carney – Modi meeting at the G20, Johannesburg',
      format: 'informal',
      venue: 'Johannesburg',
      delegations: [
        { actorId: 'canada', head: CARNEY },
        { actorId: 'india', head: MODI },
      ],
    },
    [S.cnwNov23, S.wireNov23],
    { occurrence: O.g20 },
  ),
  ev(
    'TalksRoundConcluded',
    'round-g20-concluded',
    when('2025-11-23'),
    {
      roundId: R.g20,
      outcome: 'agreement',
      summary:
        'The leaders welcome the momentum since Kananaskis and the roadmap, and agree to launch CEPA negotiations; Carney accepts an invitation to visit India in early 2026.',
    },
    [S.cnwNov23, S.wireNov23],
    { occurrence: O.g20 },
  ),
  ev(
    'AgreementReached',
    'agr-cepa',
    when('2025-11-23'),
    {
      agreementId: A.cepa,
      kind: 'partial',
      provisions: [
        'Formally launch negotiations for a Comprehensive Economic Partnership Agreement (goods, services, investment, agriculture, digital trade, mobility, sustainable development)',
        'Enhance diplomatic staffing levels to meet growing consular demands',
        'Regular reciprocal high-level visits',
      ],
      signatories: ['canada', 'india'],
      textPublic: true,
      roundId: R.g20,
    },
    [S.cnwNov23, S.wireNov23],
    { occurrence: O.g20 },
  ),
];

/** What this case must show besides the rules: the ultimatum is met, and no armed incident is recorded. */
function checks(all: readonly NegotiationEvent[]): string[] {
  const problems: string[] = [];
  const resolved = all.some((e) => e.type === 'UltimatumResolved' && e.data.ultimatumId === ULT);
  if (!resolved) problems.push('the parity ultimatum is not resolved');
  const armed = all.filter((e) => e.type === 'IncidentReported' && e.data.kind !== 'militant-attack');
  if (armed.length > 0) problems.push(`${armed.length} incidents other than the killing are recorded`);
  return problems;
}

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'india-canada-2023.jsonl',
  logEnd: '2025-12-31T00:00:00Z',
  events,
  checks,
};

export default definition;
