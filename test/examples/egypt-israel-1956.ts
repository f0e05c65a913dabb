/**
 * A test fixture, not a shipped example: Egypt and Israel from the Israeli raid on Gaza of 28 February 1955 to the
 * weeks after Israel's last withdrawal from Egyptian ground (March 1957), as an analyst following the news could have
 * recorded them — the Gaza raid (Operation Black Arrow), the fedayeen raids from Gaza that Israel blamed on Egypt,
 * Israel's raid on Khan Yunis (31 August 1955), Egypt's closure of the Straits of Tiran to Israeli shipping and the
 * Czechoslovak arms deal (September 1955), the battle at El Sabha in the Nitzana (El Auja) zone (2–3 November 1955),
 * the artillery duel over the Gaza Strip of 5 April 1956 and the UN truce chief's ceasefire that evening, the fedayeen
 * raids of April 1956 and Cairo Radio's boast, Hammarskjöld's mission and the ceasefire orders in force from 18 April
 * 1956, the fedayeen raids of October 1956, Israel's attack in Sinai (29 October 1956: the paratroop drop at the
 * Mitla Pass), the battles at Kusseima, Rafah and El Arish and the Egyptian frigate's shelling of Haifa, the surrender
 * of Gaza and the killings at Khan Yunis (3 November), the capture of Sharm el-Sheikh (5 November), the General
 * Assembly's call for a ceasefire (2 November) and the ceasefire both accepted (5–6 November), the prisoners each held,
 * Israel's hold on Sinai, Gaza and Sharm el-Sheikh and its phased withdrawals, UNEF's arrival, and Israel's last
 * withdrawals from Gaza (6–7 March 1957) and Sharm el-Sheikh (8 March 1957). Escalation model v2 was never tuned on
 * it: it is the case the model is held to in egypt-israel-1956.spec.ts. Separate from egypt-israel-1969.ts and
 * egypt-israel-1973.ts: nothing of those cases is recorded here.
 *
 * The parties are Egypt (Nasser) and Israel (Ben-Gurion, Sharett, Moshe Dayan). Mediators: the United Nations
 * (Hammarskjöld, the truce chief General Burns, the General Assembly, UNEF) and the Egypt–Israel Mixed Armistice
 * Commission, registered. Third parties: the fedayeen (the Palestinian commandos trained and sent from Gaza, whose
 * raids Israel blamed on Egypt: their raids are recorded as theirs, with Israel's blame on Egypt, not as armed action
 * between the pair), Czechoslovakia (the arms deal), the United Kingdom and France (the Suez operation is their war
 * with Egypt, and their ultimatum of 30 October went to both parties: nothing of theirs is recorded as the pair's),
 * the United States and the Soviet Union.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration file's coverage do not change. Built and
 * checked with the same builder as the shipped cases (examples/case-builder.ts): every event replays through `decide`
 * and cites a dated, graded public source.
 *
 * Grading as in examples/README.md: B = an established outlet or its archive (the Jewish Telegraphic Agency's daily
 * bulletin, UPI, The Press of Christchurch on Papers Past, the US State Department's Foreign Relations series); C = an
 * encyclopedia, an educational or documents site, or a copy on another site (Wikipedia and its mirrors, Time and
 * Facts on File and Keesing's copies on mirror and docslib sites, the Center for Israel Education, the Jewish Agency's
 * map archive); 2 = an on-record statement or a fact several sources agree on; 3 = one side's claim, or a count or
 * date the sources disagree on.
 *
 * Dates of sources: contemporary reports by their own date (a JTA daily bulletin reports the day before its date as
 * "today"). Retrospective sources (encyclopedias, educational sites, later articles) are given a lower bound from
 * their own content: the day of the development they are cited for, so that the analyst is taken to have known it on
 * its day from the press they summarise (as in the Thailand – Laos 1987 fixture).
 *
 * Judgement calls, recorded as an analyst would:
 * - Waterways closed to the other's ships are recorded as borders closed against it (the catalogue's
 *   `border-closure`): Egypt's bar on Israeli shipping in the Suez Canal, in force since before the case opens
 *   (against the Security Council's resolution of 1 September 1951), recorded on the day the case opens; and the
 *   Straits of Tiran sealed off to Eilat in September 1955 ("in what amounted to an act of war", the Jewish Agency's
 *   account; month precision). The Tiran blockade ended when Israel took the Egyptian guns at Ras Nasrani and Sharm
 *   el-Sheikh (5 November 1956): recorded as the straits' reopening under Egypt, which had closed them, as the
 *   Afghanistan – Iran 2023 fixture records a reopening under the party that closed the crossing. The Suez Canal was
 *   never reopened to Israeli ships in the period (the Jewish Agency: "Despite Israel's withdrawal, the Egyptians
 *   refused to open the Suez canal to Israeli shipping"): that closure runs to the end of the log.
 * - The fedayeen raids: recorded as the fedayeen's militant attacks on Israel, alleged by Israel and blamed on Egypt
 *   (Keesing's calls them "Egyptian commando"; Cairo Radio boasted of them), on the days the sources give. The raids
 *   of late August 1955 and of October 1956 are known only as a run of incursions: each run is one development, dated
 *   approximately.
 * - Tolls: the Gaza raid, 39 Egyptians dead (Time: Captain Sadek "and 38 others") and 8 Israelis (both Time and the
 *   Center for Israel Education); Khan Yunis 1955, 72 Egyptian soldiers and one Israeli (the encyclopedia, graded 3:
 *   one source); El Sabha, 50 Egyptians killed and 40 captured by Israel's count (JTA), 70 killed or missing by
 *   Egypt's, with Egypt's claim of 200 Israelis killed recorded as its own claim (graded 3); the Gaza shelling of 5
 *   April 1956, 42 killed and 103 wounded by Egypt's count, all but seven civilians (JTA, graded 3). Khan Yunis 3
 *   November 1956: 200–275 killed (the UNRWA report's lists; Israel says its soldiers ran into militants), graded 3.
 * - The 40 Egyptians captured at El Sabha are not recorded as a detention: no source read says when they were
 *   released.
 * - Scale (`scale: 'major'`): only the attack of 29 October 1956 ("On 29 October, Israel invaded the Egyptian Sinai",
 *   the Wikipedia article on the Suez Crisis; "large-scale, successful operations ... heavy fighting", the Friends of
 *   Zion museum). The battles of Kusseima, Rafah and El Arish are recorded as clashes at their own places, with no
 *   scale: their sources name captures, not an offensive of their own.
 * - The ceasefire of 5 April 1956: called by the truce chief General Burns, accepted by Israel at 17:00 and by Egypt
 *   for 18:00 local time (Israel's letter to the Security Council), recorded at 16:00 UTC; Israel's reports of
 *   Egyptian fire on 6 and 7 April are its allegations of violations, with no casualties. The ceasefire orders both
 *   governments put in force at 18:00 on 18 April at Hammarskjöld's request supersede it.
 * - The ceasefire of November 1956: the General Assembly called for it on 2 November; Egypt accepted on 5 November,
 *   and Israel's unconditional acceptance was cabled at 01:46 on 6 November (local time; 23:46 UTC on the 5th). The
 *   fighting between the two ended on the morning of 5 November (a contemporary Indonesian account), after the
 *   capture of Sharm el-Sheikh. Recorded as in force from Israel's cable, mediated by the UN.
 * - Ground held: Israel's hold after the ceasefire is recorded as three occupations, one place written one way each —
 *   "Gaza Strip" (from the surrender of Egypt's military governor, 3 November), "Sinai Peninsula" (the rest of Sinai,
 *   from the end of the fighting, 5 November) and "Sharm el-Sheikh" (taken on 5 November) — each ended by Israel's
 *   withdrawal from it: Sinai on 22 January 1957 (a low-grade source, graded 3: the JTA report of the evacuation of El
 *   Arish read in the search is undated, and the phases of December 1956 are Israel's notices to the UN, recorded as
 *   its statements), Gaza on 7 March and Sharm el-Sheikh on 8 March 1957 (UPI).
 * - Prisoners: Israel's prisoners are recorded from the capture of the frigate Ibrahim el-Awal's crew (31 October,
 *   250 men); Egypt's prisoners (four Israeli soldiers) from the end of the fighting (5 November, approximate: no
 *   source read dates their capture). The exchange, "two months later" (AP's list of Israel's prisoner swaps), is
 *   recorded in January 1957, month precision: no source read gives its day.
 * - The Anglo-French ultimatum of 30 October, their air war and landings, the US and Soviet demands and Bulganin's
 *   letters are third parties' acts: not recorded as the pair's. Nasser's nationalisation of the Suez Canal Company
 *   (26 July 1956) is a matter between Egypt and the canal's owners: not recorded.
 * - The clashes along the Gaza Strip on 4 and 5 November 1955 ("no casualties were reported", Facts on File) are not
 *   recorded: no source read says who fired.
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'egypt-israel-1956';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 1956);
/** A recordedAt on a given day (the case spans three years). */
const rec = (day: string, time: string): string => `${day}T${time}:00Z`;

const EGYPT: Actor = { id: 'egypt', name: 'Egypt', kind: 'state', aliases: ['Cairo', 'Republic of Egypt'] };
const ISRAEL: Actor = { id: 'israel', name: 'Israel', kind: 'state', aliases: ['Jerusalem', 'State of Israel'] };
const UN: Actor = {
  id: 'un',
  name: 'United Nations',
  kind: 'international-organisation',
  aliases: ['UN', 'UNTSO', 'UNEF', 'General Assembly'],
};
const MAC: Actor = {
  id: 'egypt-israel-mac',
  name: 'Egypt–Israel Mixed Armistice Commission',
  kind: 'international-organisation',
  aliases: ['Mixed Armistice Commission', 'MAC'],
};
const FEDAYEEN: Actor = {
  id: 'fedayeen',
  name: 'Fedayeen',
  kind: 'armed-group',
  aliases: ['Palestinian fedayeen', 'Egyptian commandos'],
};
const CZECHOSLOVAKIA: Actor = { id: 'czechoslovakia', name: 'Czechoslovakia', kind: 'state', aliases: ['Prague'] };
const UK: Actor = { id: 'united-kingdom', name: 'United Kingdom', kind: 'state', aliases: ['Britain', 'London'] };
const FRANCE: Actor = { id: 'france', name: 'France', kind: 'state', aliases: ['Paris'] };
const USA: Actor = { id: 'united-states', name: 'United States', kind: 'state', aliases: ['US', 'Washington'] };
const USSR: Actor = { id: 'soviet-union', name: 'Soviet Union', kind: 'state', aliases: ['USSR', 'Moscow'] };

const NASSER: Person = { name: 'Gamal Abdel Nasser', title: 'Prime Minister of Egypt', actorId: 'egypt' };
const CAIRO_RADIO: Person = { name: 'Cairo Radio (state radio)', actorId: 'egypt' };
const EGYPT_EMBASSY_AMMAN: Person = { name: 'Spokesman, Egyptian Embassy in Amman', actorId: 'egypt' };
const AL_AHRAM: Person = { name: 'Al Ahram (Cairo daily)', actorId: 'egypt' };
const IDF: Person = { name: 'Israel Defence Forces General Headquarters', actorId: 'israel' };
const BEN_GURION: Person = { name: 'David Ben-Gurion', title: 'Prime Minister of Israel', actorId: 'israel' };
const EBAN: Person = { name: 'Abba Eban', title: 'Ambassador of Israel to the United Nations', actorId: 'israel' };
const MEIR: Person = { name: 'Golda Meir', title: 'Foreign Minister of Israel', actorId: 'israel' };
const ISRAEL_FM: Person = { name: 'Foreign Ministry of Israel (spokesman)', actorId: 'israel' };
const ISRAEL_CABINET: Person = { name: 'Government of Israel', actorId: 'israel' };

const S = {
  suezBlockade: source(
    'The 1956 Suez Canal Conflict',
    'Israelwire (angelfire)',
    'https://www.angelfire.com/biz/Israelwire/suez.html',
    '1955-02-28',
    'C',
    3,
  ),
  cieGaza: source(
    'Raid on Gaza Takes Place',
    'Center for Israel Education',
    'https://israeled.org/raid-on-gaza/',
    '1955-02-28',
    'C',
    2,
  ),
  time550314: source(
    'Border Battle',
    'Time (archive copy)',
    'http://610211.6jhxt.group/txt/time/Time1955/1955-03-14/807089.html',
    '1955-03-14',
    'C',
    2,
  ),
  elkayam: source(
    'Opération Elkayam',
    'Wikipedia (knowledger.de mirror)',
    'http://fr.knowledger.de/11638934/OperationElkayam',
    '1955-08-31',
    'C',
    3,
  ),
  time550912: source(
    'Trouble In Gaza',
    'Time (archive copy)',
    'http://610211.6jhxt.group/txt/time/Time1955/1955-09-12/893117.html',
    '1955-09-12',
    'C',
    2,
  ),
  sinaiWar: source(
    'Sinai War (Historical Dictionary of Israel)',
    'Academic dictionaries (mirror)',
    'https://akademik.clovius.club/definition?url=https%3A%2F%2Fisrael_history.en-academic.com%2F917%2FSinai_War',
    '1955-09-27',
    'C',
    2,
  ),
  jewishAgency: (day: string) =>
    source(
      'The Sinai Campaign, 1956',
      'The Jewish Agency for Israel (map archive)',
      'https://archive.jewishagency.org/maps/content/35941/',
      day,
      'C',
      2,
    ),
  jta551104: source(
    'Fifty Egyptians, Five Israelis Killed in Egyptian-Israel Battle',
    'Jewish Telegraphic Agency',
    'http://www.jta.org/1955/11/04/archive/fifty-egyptians-five-israelis-killed-in-egyptian-israel-battle',
    '1955-11-04',
    'B',
    2,
  ),
  egyptianGazette: source(
    'The Egyptian Gazette of November 4, 1955 (from the archive)',
    'The Egyptian Gazette (masress)',
    'https://www.masress.com/en/egyptiangazette/27446',
    '1955-11-04',
    'C',
    3,
  ),
  facts551109: source(
    'Middle East: New Violence in El Auja; Other Developments',
    'Facts on File (docslib copy)',
    'https://docslib.org/doc/8616538/middle-east-new-violence-in-el-auja-other-developments',
    '1955-11-09',
    'C',
    2,
  ),
  jta560406: source(
    '42 Egyptians Killed in Gaza Strip Artillery Duel; Many Wounded',
    'Jewish Telegraphic Agency',
    'http://www.jta.org/archive/42-egyptians-killed-in-gaza-strip-artillery-duel-many-wounded',
    '1956-04-06',
    'B',
    2,
  ),
  s3580: source(
    'Letter dated 9 April 1956 from the Permanent Representative of Israel addressed to the President of the Security Council (S/3580)',
    'United Nations (docslib copy)',
    'https://docslib.org/download/3291883/security-security',
    '1956-04-09',
    'C',
    3,
  ),
  jta560411: source(
    'Hammarskjold Confers in Tel Aviv with Israelis; Leaves for Cairo',
    'Jewish Telegraphic Agency',
    'http://www.jta.org/archive/hammarskjold-confers-in-tel-aviv-with-israelis-leaves-for-cairo',
    '1956-04-11',
    'B',
    2,
  ),
  jta560420: source(
    'Egypt and Israel Issue Cease-fire Orders; U.S. Welcomes Achievement',
    'Jewish Telegraphic Agency',
    'https://www.jta.org/1956/04/20/archive/egypt-and-israel-issue-cease-fire-orders-u-s-welcomes-achievement',
    '1956-04-20',
    'B',
    2,
  ),
  time560514: source(
    'Mission Accomplished',
    'Time (archive copy)',
    'http://softbeam.net/txt/time/Time1956/1956-05-14/808407.html',
    '1956-05-14',
    'C',
    2,
  ),
  keesing: (day: string) =>
    source(
      "Renewal of Egyptian Fedayeen Attacks. - Mobilization in Israel (Keesing's Record of World Events, November 1956)",
      "Keesing's (docslib copy)",
      'https://docslib.org/doc/4151387/renewal-of-egyptian-fedayeen-attacks-mobilization-in-israel',
      day,
      'C',
      2,
    ),
  suezWiki: (day: string) =>
    source('Suez Crisis', 'Wikipedia (owiki mirror)', 'http://w.owiki.org/wiki/Suez_Crisis', day, 'C', 2),
  fozMuseum: source(
    'The Suez Crisis of 1956: Fighting the Egyptian-Soviet Bloc',
    'Friends of Zion Museum',
    'https://www.fozmuseum.com/explore-foz/the-suez-crisis-of-1956-fighting-the-egyptian-soviet-bloc/',
    '1956-10-29',
    'C',
    2,
  ),
  histhrill: source(
    'Sinai Campaign, 1956',
    'Histhrill',
    'https://www.histhrill.com/sinai-campaign-1956/',
    '1956-10-29',
    'C',
    2,
  ),
  jta561101: source(
    'Israel Forces Press Forward; Seek to Sever Gaza Strip from Egypt',
    'Jewish Telegraphic Agency',
    'http://www.jta.org/archive/israel-forces-press-forward-seek-to-sever-gaza-strip-from-egypt',
    '1956-11-01',
    'B',
    2,
  ),
  rafah: source(
    'Gaza Strip operations (31 October 1956)',
    'time.graphics',
    'https://time.graphics/it/event/9614231',
    '1956-11-02',
    'C',
    3,
  ),
  gaResolutions: source(
    'United Nations General Assembly Resolutions 997 through 1003 (1956)',
    'Economic Cooperation Foundation',
    'https://ecf.org.il/issues/issue/1323',
    '1956-11-02',
    'C',
    2,
  ),
  afpGaza: source(
    "Israel's First Occupation Of Gaza Was Triggered By The Suez Crisis (AFP)",
    'Washington Newsday (AFP copy)',
    'https://washingtonnewsday.com/finance/israels-first-occupation-of-gaza-was-triggered-by-the-suez-crisis/',
    '1956-11-03',
    'C',
    2,
  ),
  khanYunis: source(
    'Khan Yunis massacre',
    'Wikipedia',
    'https://en.wikipedia.org/wiki/Khan_Yunis_massacre',
    '1956-11-03',
    'C',
    3,
  ),
  jta561105: source(
    'Israel Ready for Immediate Peace Talks with Egypt; Notifies U. N.',
    'Jewish Telegraphic Agency',
    'https://www.jta.org/1956/11/05/archive/israel-ready-for-immediate-peace-talks-with-egypt-notifies-u-n',
    '1956-11-05',
    'B',
    2,
  ),
  jta561106: source(
    'Israel Seeks Clarity from U. N. on Cease-fire; Smashes Blockade',
    'Jewish Telegraphic Agency',
    'http://www.jta.org/1956/11/06/archive/israel-seeks-clarity-from-u-n-on-cease-fire-smashes-blockade',
    '1956-11-06',
    'B',
    2,
  ),
  frus514: source(
    'Foreign Relations of the United States, 1955–1957, Volume XVI, Suez Crisis: Document 514, Editorial Note',
    'Office of the Historian, US Department of State',
    'https://history.state.gov./historicaldocuments/frus1955-57v16/d514',
    '1956-11-06',
    'B',
    2,
  ),
  garuda: (day: string) =>
    source(
      'Garuda Perdamaian (Garuda Indonesia, 1957), page 55',
      'Wikisource (Indonesian)',
      'https://id.wikisource.org/wiki/Halaman:Garuda_Perdamaian_(Garuda_Indonesia,_1957).pdf/55',
      day,
      'C',
      2,
    ),
  withdrawalWiki: (day: string) =>
    source(
      "IDF's withdrawal from Sinai and Gaza (1956–1957)",
      'Wikipedia user draft (weglot proxy)',
      'https://proxy.weglot.com/wg_a52b03be97db00a8b00fb8f33a293d141/en/de/en.wikipedia.org/wiki/User:Coin945/IDF%27s_withdrawal_from_Sinai_and_Gaza_(1956-1957)',
      day,
      'C',
      3,
    ),
  press561119: source(
    '"Egypt Will Fight Again"',
    'The Press (Christchurch), Papers Past',
    'https://paperspast.natlib.govt.nz/newspapers/CHP19561119.2.87',
    '1956-11-19',
    'B',
    2,
  ),
  jta561203: source(
    'Israel to Withdraw Its Forces Today 50 Kilometers from Suez Canal',
    'Jewish Telegraphic Agency',
    'http://www.jta.org/1956/12/03/archive/israel-to-withdraw-its-forces-today-50-kilometers-from-suez-canal',
    '1956-12-03',
    'B',
    2,
  ),
  time561231: source(
    'The Road Back',
    'Time (archive copy)',
    'http://610211.6jhxt.group/txt/time/Time1956/1956-12-31/867489.html',
    '1956-12-31',
    'C',
    2,
  ),
  apSwaps: (day: string) =>
    source(
      'History of Arab-Israeli prisoner swaps (Associated Press)',
      'Jerusalem Post (copy on mia.org.il)',
      'http://www.mia.org.il/archive/040125jp.html',
      day,
      'C',
      2,
    ),
  jta570115: source(
    'Secrecy Veils Decision of Israel Cabinet on Strait of Tiran',
    'Jewish Telegraphic Agency',
    'http://www.jta.org/archive/secrecy-veils-decision-of-israel-cabinet-on-strait-of-tiran',
    '1957-01-15',
    'B',
    2,
  ),
  sinaiWithdrawal: source(
    "Israel's Withdrawal from Sinai Peninsula",
    'thisday.fyi',
    'https://thisday.fyi/1/22/1957/israels-withdrawal-from-sinai-peninsula',
    '1957-01-22',
    'C',
    3,
  ),
  facts570306: source(
    'Israel and Egypt: UNEF Enters Gaza; Other Developments',
    'Facts on File (docslib copy)',
    'https://docslib.org/doc/8722505/israel-and-egypt-unef-enters-gaza-other-developments-withdrawal-pledge-lodge-statement-other-un-comment-u-s',
    '1957-03-06',
    'C',
    2,
  ),
  upi570308: source(
    'UN troops replacing last Aqaba Israelis',
    'United Press International',
    'https://www.upi.com/Archives/1957/03/08/UN-troops-replacing-last-Aqaba-Israelis/6901422714106/',
    '1957-03-08',
    'B',
    2,
  ),
  time570318: source(
    'The Pullout',
    'Time (archive copy)',
    'http://487790.bceovw70.asia/txt/time/Time1957/1957-03-18/809186.html',
    '1957-03-18',
    'C',
    2,
  ),
};

/** Places, each written one way (the model counts places as recorded). */
const P = {
  suez: 'Suez Canal',
  tiran: 'Straits of Tiran',
  gaza: 'Gaza',
  gazaSettlements: 'Israeli settlements along the Gaza Strip',
  khanYunis: 'Khan Yunis',
  sabha: 'El Sabha (Nitzana / El Auja zone)',
  israelInland: 'Inside Israel (fedayeen incursions)',
  mitla: 'Mitla Pass',
  kusseima: 'Kusseima',
  haifa: 'Haifa',
  rafah: 'Rafah',
  elArish: 'El Arish',
  sharm: 'Sharm el-Sheikh',
  gazaStrip: 'Gaza Strip',
  sinai: 'Sinai Peninsula',
  israeliPows: 'Egyptian prisoners of war held in Israel',
  egyptianPows: 'Israeli prisoners of war held in Egypt',
};
const CF = {
  burns: 'egypt-israel-burns-ceasefire-1956-04-05',
  hammarskjold: 'egypt-israel-hammarskjold-ceasefire-1956-04-18',
  assembly: 'egypt-israel-assembly-ceasefire-1956-11-06',
};

const events = [
  // ===== February – March 1955: the Gaza raid =====
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '1955-02-28', recordedAt: rec('1955-03-01', '12:00') },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Egypt – Israel, the fedayeen raids, the Sinai campaign and the withdrawal, 1955–57',
      subject:
        'The armistice line around the Gaza Strip and in the Nitzana (El Auja) zone, the fedayeen raids from Gaza and Israel’s reprisals, Egypt’s bar on Israeli shipping in the Suez Canal and the Straits of Tiran, the UN’s ceasefires, Israel’s Sinai campaign of October–November 1956 and its withdrawal from Sinai and Gaza under UN and US pressure',
      parties: [EGYPT, ISRAEL],
      mediators: [UN],
    },
    [S.cieGaza],
  ),
  ev(
    'ActorRegistered',
    'actor-mac',
    { occurredAt: '1955-02-28', recordedAt: rec('1955-03-01', '12:01') },
    { actor: MAC, role: 'mediator' },
    [S.cieGaza],
    { note: 'The armistice commission that hears each side’s complaints along the 1949 line.' },
  ),
  ev(
    'ActorRegistered',
    'actor-fedayeen',
    { occurredAt: '1955-02-28', recordedAt: rec('1955-03-01', '12:02') },
    { actor: FEDAYEEN, role: 'third-party' },
    [S.cieGaza],
    { note: 'Palestinian commandos raiding Israel from Gaza; Israel holds Egypt responsible for them.' },
  ),
  ev(
    'IncidentReported',
    'inc-suez-closed',
    { occurredAt: '1955-02-28', recordedAt: rec('1955-03-01', '12:03') },
    {
      incidentId: 'egypt-suez-canal-closed-to-israel',
      kind: 'border-closure',
      perpetrator: 'egypt',
      against: 'israel',
      place: P.suez,
      target: 'Ships to and from Israel',
      description:
        'Egypt bars ships to and from Israel from the Suez Canal, in contradiction of the Security Council’s resolution of 1 September 1951 (in force before the case opens; recorded from its opening).',
    },
    [S.suezBlockade],
  ),
  ev(
    'IncidentReported',
    'inc-gaza-raid',
    { occurredAt: '1955-02-28', recordedAt: rec('1955-03-14', '12:00') },
    {
      incidentId: 'israel-gaza-raid-1955-02-28',
      kind: 'clash',
      perpetrator: 'israel',
      against: 'egypt',
      place: P.gaza,
      fatalities: { min: 39, max: 39 },
      description:
        'Israeli paratroopers cross into the Gaza Strip at night, blow up the water pumping station and the Egyptian army barracks near Gaza railway station and ambush a truck of Egyptian reinforcements: 39 Egyptians killed (two of them civilians, 19 Palestinian border guards), and 8 Israelis killed and 13 wounded — the bloodiest incident since the armistice. Israel calls it a reprisal for the fedayeen attacks.',
    },
    [S.time550314, S.cieGaza],
    {
      note: 'Operation Black Arrow. The eight Israeli dead are in the text only (the toll is of the Egyptian side the raid was aimed at).',
    },
  ),
  // ===== August – September 1955: Khan Yunis, Tiran, the arms deal =====
  ev(
    'IncidentReported',
    'inc-fedayeen-aug55',
    { occurredAt: '1955-08-25', precision: 'approximate', recordedAt: rec('1955-08-31', '12:00') },
    {
      incidentId: 'fedayeen-raids-1955-08',
      kind: 'militant-attack',
      perpetrator: 'fedayeen',
      against: 'israel',
      allegedBy: 'israel',
      blamedOn: 'egypt',
      place: P.israelInland,
      description:
        'At the end of August 1955 fedayeen sponsored by Egyptian military intelligence step up their raids into Israel from the Gaza Strip; Israel holds Egypt responsible.',
    },
    [graded(S.elkayam, 2)],
  ),
  ev(
    'IncidentReported',
    'inc-khan-yunis-1955',
    { occurredAt: '1955-08-31', recordedAt: rec('1955-09-12', '12:00') },
    {
      incidentId: 'israel-khan-yunis-raid-1955-08-31',
      kind: 'clash',
      perpetrator: 'israel',
      against: 'egypt',
      place: P.khanYunis,
      fatalities: { min: 72, max: 72 },
      description:
        'Israeli forces raid Egyptian military positions at Khan Yunis in the Gaza Strip and destroy military installations: 72 Egyptian soldiers killed, one Israeli; Time calls the week’s fighting the bloodiest on the border since the 1949 armistice.',
    },
    [S.elkayam, S.time550912],
    {
      note: 'Operation Elkayam. Dated by the encyclopedia (the night of 31 August); the toll is its alone (graded 3).',
    },
  ),
  ev(
    'IncidentReported',
    'inc-tiran-closed',
    { occurredAt: '1955-09', precision: 'month', recordedAt: rec('1955-09-30', '12:00') },
    {
      incidentId: 'egypt-straits-of-tiran-closed-1955-09',
      kind: 'border-closure',
      perpetrator: 'egypt',
      against: 'israel',
      place: P.tiran,
      target: 'Israeli shipping to and from Eilat',
      description:
        'Egypt seals off access to the Israeli port of Eilat through the Straits of Tiran, with guns at Ras Nasrani and on the islands, stopping Israel’s sea trade with much of Africa and the Far East.',
    },
    [S.jewishAgency('1955-09-30')],
  ),
  ev(
    'ActorRegistered',
    'actor-czechoslovakia',
    { occurredAt: '1955-09-27', precision: 'approximate', recordedAt: rec('1955-09-30', '12:01') },
    { actor: CZECHOSLOVAKIA, role: 'third-party' },
    [S.sinaiWar],
  ),
  ev(
    'ActorRegistered',
    'actor-ussr',
    { occurredAt: '1955-09-27', precision: 'approximate', recordedAt: rec('1955-09-30', '12:02') },
    { actor: USSR, role: 'third-party' },
    [S.sinaiWar],
  ),
  ev(
    'ThirdPartyEngagement',
    'tpe-czech-arms',
    { occurredAt: '1955-09-27', precision: 'approximate', recordedAt: rec('1955-09-30', '12:03') },
    {
      actorId: 'czechoslovakia',
      counterparts: ['egypt'],
      kind: 'support',
      summary:
        'The Czechoslovak–Egyptian arms deal, announced in September 1955, brings Soviet-bloc bombers, MiG-15 jet fighters and tanks to Egypt and makes the Soviet Union a major arms supplier to the Arab states.',
    },
    [S.sinaiWar],
  ),
  // ===== November 1955: El Sabha =====
  ev(
    'IncidentReported',
    'inc-sabha',
    { occurredAt: '1955-11-02T21:00:00Z', recordedAt: rec('1955-11-09', '12:00') },
    {
      incidentId: 'israel-attack-el-sabha-1955-11-02',
      kind: 'clash',
      perpetrator: 'israel',
      against: 'egypt',
      place: P.sabha,
      fatalities: { min: 50, max: 70 },
      description:
        'Israeli forces attack the Egyptian troops entrenched at El Sabha in the Nitzana (El Auja) demilitarised zone by night and cross the border to silence their artillery: the most violent fighting since the armistice. Israel says 50 Egyptians were killed and 40 captured, with 5 Israelis killed and 19 wounded; Egypt puts its own losses at 70 killed or missing.',
    },
    [S.jta551104, S.facts551109],
  ),
  ev(
    'IncidentReported',
    'inc-sabha-egypt-claim',
    { occurredAt: '1955-11-03', recordedAt: rec('1955-11-09', '12:05') },
    {
      incidentId: 'egypt-counterattack-el-sabha-1955-11-03',
      kind: 'clash',
      perpetrator: 'egypt',
      against: 'israel',
      allegedBy: 'egypt',
      place: P.sabha,
      fatalities: { min: 5, max: 200 },
      description:
        'Egypt says its troops, with armour and heavy guns, counter-attacked and recaptured Sabha, killing 200 Israeli soldiers; Israel denies any counter-attack.',
    },
    [S.egyptianGazette, graded(S.jta551104, 3)],
  ),
  ev(
    'StatementMade',
    'stmt-nasser-sabha',
    { occurredAt: '1955-11-03', recordedAt: rec('1955-11-09', '12:10') },
    {
      speaker: NASSER,
      audience: 'israel',
      tone: 'accusation',
      summary:
        'Nasser tells the New York Times that Israel’s forces attacked Egypt’s, answering Ben-Gurion’s call for negotiations: his offer of peace talks was a smoke screen for the attack on Sabha.',
      quote:
        'Hardly 10 hours passed since he posed to the world as a peace-loving man before he ordered his troops to march on El Sabha inside Egyptian territory.',
    },
    [S.facts551109],
  ),
  // ===== April 1956: the Gaza shelling, the fedayeen, Hammarskjöld =====
  ev(
    'IncidentReported',
    'inc-egypt-shelling-settlements',
    { occurredAt: '1956-04-05', recordedAt: rec('1956-04-06', '12:00') },
    {
      incidentId: 'egypt-shelling-gaza-border-settlements-1956-04-05',
      kind: 'shelling',
      perpetrator: 'egypt',
      against: 'israel',
      allegedBy: 'israel',
      place: P.gazaSettlements,
      injured: { min: 6, max: 6 },
      description:
        'For a second day the Egyptian army shells six Israeli settlements along the Gaza Strip (Nirim, Kissufim, Ein HaShlosha, Nahal Oz) with heavy mortars and 120-millimetre guns and makes seven attempts to penetrate them: four Israeli soldiers and two civilians wounded.',
    },
    [S.jta560406],
  ),
  ev(
    'IncidentReported',
    'inc-israel-shelling-gaza',
    { occurredAt: '1956-04-05', recordedAt: rec('1956-04-06', '12:05') },
    {
      incidentId: 'israel-shelling-gaza-1956-04-05',
      kind: 'shelling',
      perpetrator: 'israel',
      against: 'egypt',
      place: P.gaza,
      fatalities: { min: 42, max: 42 },
      injured: { min: 103, max: 103 },
      civilianFatalities: { min: 35, max: 35 },
      description:
        'Israel retaliates with heavy artillery fire on Gaza, Deir el-Balah, Abasan and Khuza’a in the Gaza Strip: Egypt’s delegate at the UN reports 42 killed and 103 wounded, all but seven of them civilians.',
    },
    [graded(S.jta560406, 3)],
    {
      note: 'The toll is Egypt’s count (graded 3); "all but seven of the casualties were civilians" is read as 35 of the dead.',
    },
  ),
  ev(
    'CeasefireDeclared',
    'cf-burns',
    { occurredAt: '1956-04-05T16:00:00Z', recordedAt: rec('1956-04-09', '11:50') },
    {
      ceasefireId: CF.burns,
      parties: ['egypt', 'israel'],
      scope:
        'Firing across the demarcation line around the Gaza Strip, at the call of the UN truce chief, General Burns',
      duration: 'indefinite',
      mediatedBy: ['un'],
    },
    [S.jta560406, S.s3580],
    {
      note: 'Israel accepted at 17:00 on condition that all Egyptian firing cease; Egypt was to stop firing at 18:00 (local time, UTC+2).',
    },
  ),
  ev(
    'CeasefireViolationReported',
    'cfv-apr6',
    { occurredAt: '1956-04-06T06:15:00Z', recordedAt: rec('1956-04-09', '12:00') },
    {
      ceasefireId: CF.burns,
      allegedBy: 'israel',
      against: 'egypt',
      description:
        'Israel says Egyptian sub-machine-gun fire was opened on an Israeli patrol inside Israel at about 08:15; the fire was returned and a ceasefire arranged an hour later.',
    },
    [S.s3580],
  ),
  ev(
    'CeasefireViolationReported',
    'cfv-apr7',
    { occurredAt: '1956-04-07T05:30:00Z', recordedAt: rec('1956-04-09', '12:05') },
    {
      ceasefireId: CF.burns,
      allegedBy: 'israel',
      against: 'egypt',
      description:
        'Israel says Egyptian rifle and sub-machine-gun fire was directed at its positions in the Kissufim, Mefalsim and Erez sectors through the morning; the fire was returned.',
    },
    [S.s3580],
  ),
  ev(
    'IncidentReported',
    'inc-fedayeen-apr56',
    { occurredAt: '1956-04-10', precision: 'approximate', recordedAt: rec('1956-04-11', '12:00') },
    {
      incidentId: 'fedayeen-raids-1956-04',
      kind: 'militant-attack',
      perpetrator: 'fedayeen',
      against: 'israel',
      allegedBy: 'israel',
      blamedOn: 'egypt',
      place: P.israelInland,
      description:
        'Fedayeen "suicide squads" penetrate many miles into Israel; Israel’s Foreign Ministry says Cairo Radio’s boast of their penetration proves Egypt’s responsibility for their terrorist activities.',
    },
    [S.jta560411],
  ),
  ev(
    'StatementMade',
    'stmt-cairo-radio',
    { occurredAt: '1956-04-10', precision: 'approximate', recordedAt: rec('1956-04-11', '12:05') },
    {
      speaker: CAIRO_RADIO,
      audience: 'israel',
      tone: 'threat',
      summary:
        'Cairo Radio says the war against Israel will go on not with shooting on the borders but with acts inside Israel, and boasts of the marauders’ penetration many miles into Israeli territory.',
      quote:
        'war against Israel will not necessarily be continued with shooting on the borders, but with continued acts inside Israel territory',
    },
    [S.jta560411],
  ),
  ev(
    'StatementMade',
    'stmt-israel-fm-apr56',
    { occurredAt: '1956-04-10', precision: 'approximate', recordedAt: rec('1956-04-11', '12:10') },
    {
      speaker: ISRAEL_FM,
      audience: 'egypt',
      tone: 'accusation',
      summary:
        'Israel’s Foreign Ministry calls Cairo Radio’s broadcast an open declaration of Egypt’s aggressive designs and tells Hammarskjöld that unless Egypt extends the ceasefire to the suicide squads the situation will grow worse.',
    },
    [S.jta560411],
  ),
  ev(
    'MediationAction',
    'med-hammarskjold-visit',
    { occurredAt: '1956-04-10', precision: 'approximate', recordedAt: rec('1956-04-11', '12:15') },
    {
      mediator: 'un',
      action: 'visited',
      summary:
        'Secretary-General Hammarskjöld, on the Security Council’s mandate of 4 April, meets Israel’s Foreign Ministry in Tel Aviv and flies on to Cairo with General Burns.',
    },
    [S.jta560411],
  ),
  ev(
    'CeasefireDeclared',
    'cf-hammarskjold',
    { occurredAt: '1956-04-18T16:00:00Z', recordedAt: rec('1956-04-20', '12:00') },
    {
      ceasefireId: CF.hammarskjold,
      parties: ['egypt', 'israel'],
      scope:
        'Orders to all forces, regular and non-regular (the commandos included), that none may shoot across the demarcation line or cross it for any purpose, in implementation of Article 2, paragraph 2 of the Armistice Agreement',
      duration: 'indefinite',
      mediatedBy: ['un'],
    },
    [S.jta560420],
    {
      note: 'In force from 18:00 local time on 18 April, as both governments notified Hammarskjöld.',
      occurrence: 'ceasefire-orders-1956-04-18',
    },
  ),
  ev(
    'CeasefireEnded',
    'cfe-burns',
    { occurredAt: '1956-04-18T16:00:00Z', recordedAt: rec('1956-04-20', '12:01') },
    {
      ceasefireId: CF.burns,
      reason: 'superseded',
      summary: 'Superseded by the ceasefire orders obtained by Hammarskjöld.',
    },
    [S.jta560420],
    { occurrence: 'ceasefire-orders-1956-04-18' },
  ),
  ev(
    'MediationAction',
    'med-hammarskjold-report',
    { occurredAt: '1956-05-06', precision: 'approximate', recordedAt: rec('1956-05-14', '12:00') },
    {
      mediator: 'un',
      action: 'proposed',
      summary:
        'Hammarskjöld reports to the Security Council that Israel and its four Arab neighbours have all promised to observe a ceasefire along their borders and not to retaliate even if provoked.',
    },
    [S.time560514],
  ),
  // ===== October 1956: the fedayeen, the attack in Sinai =====
  ev(
    'IncidentReported',
    'inc-fedayeen-oct56',
    { occurredAt: '1956-10-20', precision: 'approximate', recordedAt: rec('1956-10-29', '12:00') },
    {
      incidentId: 'fedayeen-raids-1956-10',
      kind: 'militant-attack',
      perpetrator: 'fedayeen',
      against: 'israel',
      allegedBy: 'israel',
      blamedOn: 'egypt',
      place: P.israelInland,
      description:
        'In the fortnight before Israel’s attack in Sinai a number of fedayeen incursions are made into Israeli territory, which Israel lays at Egypt’s door.',
    },
    [S.keesing('1956-10-29')],
  ),
  ev(
    'IncidentReported',
    'inc-mitla',
    { occurredAt: '1956-10-29T15:00:00Z', recordedAt: rec('1956-10-30', '12:00') },
    {
      incidentId: 'israel-attack-sinai-mitla-1956-10-29',
      kind: 'clash',
      perpetrator: 'israel',
      against: 'egypt',
      place: P.mitla,
      scale: 'major',
      description:
        'Israel invades the Egyptian Sinai: at 5 p.m. Israeli paratroopers drop at the eastern approaches of the Mitla Pass and Israeli forces push forward on southern and central axes against Egyptian positions; heavy fighting develops.',
    },
    [S.suezWiki('1956-10-29'), S.fozMuseum, S.keesing('1956-10-29')],
    {
      note: 'Scale: "On 29 October, Israel invaded the Egyptian Sinai" (Wikipedia); "large-scale, successful operations ... heavy fighting" (Friends of Zion).',
    },
  ),
  ev(
    'CeasefireEnded',
    'cfe-hammarskjold',
    { occurredAt: '1956-10-29T15:00:00Z', recordedAt: rec('1956-10-30', '12:01') },
    {
      ceasefireId: CF.hammarskjold,
      reason: 'collapsed',
      summary: 'Israel’s attack in Sinai ends the ceasefire orders of April 1956.',
    },
    [S.keesing('1956-10-29')],
  ),
  ev(
    'StatementMade',
    'stmt-idf-communique',
    { occurredAt: '1956-10-29', recordedAt: rec('1956-10-30', '12:05') },
    {
      speaker: IDF,
      audience: 'egypt',
      tone: 'accusation',
      summary:
        'The IDF communiqué says its units have penetrated and attacked fedayeen bases and taken up positions toward the Suez Canal, an operation necessitated by Egypt’s continuous military attacks on Israel’s citizens and its land and sea communications.',
    },
    [S.histhrill],
  ),
  ev(
    'ActorRegistered',
    'actor-uk',
    { occurredAt: '1956-10-30', recordedAt: rec('1956-10-31', '12:00') },
    { actor: UK, role: 'third-party' },
    [S.keesing('1956-10-30')],
    {
      note: 'With France, sends both parties a 12-hour ultimatum (30 October) and goes to war with Egypt: its war, not the pair’s.',
    },
  ),
  ev(
    'ActorRegistered',
    'actor-france',
    { occurredAt: '1956-10-30', recordedAt: rec('1956-10-31', '12:01') },
    { actor: FRANCE, role: 'third-party' },
    [S.keesing('1956-10-30')],
  ),
  ev(
    'ActorRegistered',
    'actor-usa',
    { occurredAt: '1956-10-30', recordedAt: rec('1956-10-31', '12:02') },
    { actor: USA, role: 'third-party' },
    [S.suezWiki('1956-10-30')],
    { note: 'Demands with the Soviet Union that hostilities cease; presses Israel to withdraw.' },
  ),
  ev(
    'IncidentReported',
    'inc-kusseima',
    { occurredAt: '1956-10-30', recordedAt: rec('1956-11-01', '12:00') },
    {
      incidentId: 'israel-capture-kusseima-1956-10-30',
      kind: 'clash',
      perpetrator: 'israel',
      against: 'egypt',
      place: P.kusseima,
      description:
        'Israeli land forces, with air support, capture the junction of Kusseima, about 10 miles inside Egypt.',
    },
    [S.jta561101],
  ),
  ev(
    'IncidentReported',
    'inc-haifa',
    { occurredAt: '1956-10-31', recordedAt: rec('1956-11-01', '12:05') },
    {
      incidentId: 'egypt-frigate-shells-haifa-1956-10-31',
      kind: 'shelling',
      perpetrator: 'egypt',
      against: 'israel',
      place: P.haifa,
      description:
        'The Egyptian frigate Ibrahim el-Awal opens fire on the port installations of Haifa and is shelled into surrender.',
    },
    [S.jta561101],
  ),
  ev(
    'IncidentReported',
    'inc-israel-pows',
    { occurredAt: '1956-10-31', recordedAt: rec('1956-11-01', '12:10') },
    {
      incidentId: 'israel-holds-egyptian-pows-1956',
      kind: 'detention',
      perpetrator: 'israel',
      against: 'egypt',
      place: P.israeliPows,
      description:
        'The frigate’s crew of 250 is sent to a prisoner-of-war camp; by the end of the campaign Israel holds some 5,500 Egyptian soldiers.',
    },
    [S.jta561101, S.apSwaps('1956-10-31')],
  ),
  ev(
    'IncidentReported',
    'inc-rafah',
    { occurredAt: '1956-11-01', recordedAt: rec('1956-11-02', '12:00') },
    {
      incidentId: 'israel-battle-rafah-1956-11-01',
      kind: 'clash',
      perpetrator: 'israel',
      against: 'egypt',
      place: P.rafah,
      description:
        'Israeli forces fight night battles for the hills around Rafah and encircle the town; the Egyptian and Palestinian brigades defending it withdraw.',
    },
    [S.rafah],
  ),
  ev(
    'IncidentReported',
    'inc-el-arish',
    { occurredAt: '1956-11-02', recordedAt: rec('1956-11-03', '12:00') },
    {
      incidentId: 'israel-capture-el-arish-1956-11-02',
      kind: 'clash',
      perpetrator: 'israel',
      against: 'egypt',
      place: P.elArish,
      description:
        'Israeli armour advances on El Arish against little resistance and captures it; Egyptian stragglers fight on.',
    },
    [S.rafah],
  ),
  ev(
    'MediationAction',
    'med-ga-997',
    { occurredAt: '1956-11-02', recordedAt: rec('1956-11-03', '12:05') },
    {
      mediator: 'un',
      action: 'requested-pause',
      summary:
        'The General Assembly, in emergency session, calls for an immediate ceasefire and the return of forces behind the 1949 armistice lines (resolution 997).',
    },
    [S.gaResolutions, S.garuda('1956-11-02')],
  ),
  ev(
    'IncidentReported',
    'inc-gaza-occupied',
    { occurredAt: '1956-11-03', recordedAt: rec('1956-11-04', '12:00') },
    {
      incidentId: 'israel-holds-gaza-strip-1956-11-03',
      kind: 'occupation',
      perpetrator: 'israel',
      against: 'egypt',
      place: P.gazaStrip,
      description:
        'Egypt’s military governor of Gaza surrenders and Israel takes control of the Gaza Strip, beginning a four-month occupation.',
    },
    [S.afpGaza],
  ),
  ev(
    'IncidentReported',
    'inc-khan-yunis-1956',
    { occurredAt: '1956-11-03', recordedAt: rec('1956-11-04', '12:05') },
    {
      incidentId: 'israel-khan-yunis-1956-11-03',
      kind: 'clash',
      perpetrator: 'israel',
      against: 'egypt',
      place: P.khanYunis,
      fatalities: { min: 200, max: 275 },
      description:
        'Israeli troops take Khan Yunis and its refugee camp; a UNRWA report lists 275 people killed that day, shot during a search for fedayeen and arms. Israel says its soldiers ran into local militants and a battle erupted.',
    },
    [S.khanYunis],
  ),
  ev(
    'StatementMade',
    'stmt-israel-accepts-ga',
    { occurredAt: '1956-11-04', recordedAt: rec('1956-11-05', '12:00') },
    {
      speaker: EBAN,
      audience: 'un',
      tone: 'conciliatory',
      summary:
        'Israel accepts the General Assembly’s call for a ceasefire on condition that Egypt gives a like assurance, and says it is ready to send representatives forthwith to negotiate peace directly with Egypt.',
    },
    [S.jta561105],
  ),
  ev(
    'IncidentReported',
    'inc-sharm',
    { occurredAt: '1956-11-05', recordedAt: rec('1956-11-06', '12:00') },
    {
      incidentId: 'israel-capture-sharm-1956-11-05',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'egypt',
      place: P.sharm,
      description:
        'After air bombardment, Israeli forces capture the islands of Tiran and Sanafir and the stronghold of Sharm el-Sheikh, whose guns had blockaded the entrance to the Gulf of Aqaba.',
    },
    [S.jta561106],
  ),
  ev(
    'IncidentReported',
    'inc-tiran-open',
    { occurredAt: '1956-11-05', recordedAt: rec('1956-11-06', '12:05') },
    {
      incidentId: 'straits-of-tiran-open-1956-11-05',
      kind: 'border-reopening',
      perpetrator: 'egypt',
      against: 'israel',
      place: P.tiran,
      target: 'Israeli shipping to and from Eilat',
      description:
        'With the Egyptian guns at the straits taken, the blockade of Eilat is broken: the straits are open to Israeli shipping.',
    },
    [S.jta561106],
    {
      note: 'Recorded under Egypt, which had closed the straits; the closure ended by Israel’s capture of the guns, not by Egypt’s decision.',
    },
  ),
  ev(
    'IncidentReported',
    'inc-fedayeen-nov5',
    { occurredAt: '1956-11-05', recordedAt: rec('1956-11-06', '12:10') },
    {
      incidentId: 'fedayeen-clash-1956-11-05',
      kind: 'militant-attack',
      perpetrator: 'fedayeen',
      against: 'israel',
      allegedBy: 'israel',
      blamedOn: 'egypt',
      place: P.israelInland,
      fatalities: { min: 4, max: 4 },
      description:
        'Israel says fedayeen attacks continue: in clashes with Israeli security forces four fedayeen are killed and two captured.',
    },
    [S.jta561106],
  ),
  ev(
    'StatementMade',
    'stmt-meir-questions',
    { occurredAt: '1956-11-05', recordedAt: rec('1956-11-06', '12:15') },
    {
      speaker: MEIR,
      audience: 'egypt',
      tone: 'critical',
      summary:
        'Replying to Hammarskjöld, Meir asks whether Egypt clearly agrees to a ceasefire, whether it still holds itself in a state of war with Israel, whether it will negotiate peace, lift the boycott and the blockade of Israeli shipping in the Suez Canal, and recall the fedayeen.',
    },
    [S.jta561106],
  ),
  ev(
    'IncidentReported',
    'inc-sinai-held',
    { occurredAt: '1956-11-05', recordedAt: rec('1956-11-06', '12:20') },
    {
      incidentId: 'israel-holds-sinai-1956-11-05',
      kind: 'occupation',
      perpetrator: 'israel',
      against: 'egypt',
      place: P.sinai,
      description:
        'The fighting over, Israel holds the Sinai Peninsula up to about ten miles east of the Suez Canal (besides the Gaza Strip and Sharm el-Sheikh).',
    },
    [S.garuda('1956-11-05'), S.suezWiki('1956-11-05')],
  ),
  ev(
    'IncidentReported',
    'inc-sharm-held',
    { occurredAt: '1956-11-05', recordedAt: rec('1956-11-06', '12:25') },
    {
      incidentId: 'israel-holds-sharm-1956-11-05',
      kind: 'occupation',
      perpetrator: 'israel',
      against: 'egypt',
      place: P.sharm,
      description: 'Israel holds Sharm el-Sheikh and the islands at the Straits of Tiran.',
    },
    [S.jta561106],
  ),
  ev(
    'IncidentReported',
    'inc-egypt-pows',
    { occurredAt: '1956-11-05', precision: 'approximate', recordedAt: rec('1956-11-06', '12:30') },
    {
      incidentId: 'egypt-holds-israeli-pows-1956',
      kind: 'detention',
      perpetrator: 'egypt',
      against: 'israel',
      place: P.egyptianPows,
      description: 'Egypt holds four Israeli soldiers captured in the campaign.',
    },
    [S.apSwaps('1956-11-05')],
  ),
  ev(
    'CeasefireDeclared',
    'cf-assembly',
    { occurredAt: '1956-11-05T23:46:00Z', recordedAt: rec('1956-11-06', '12:35') },
    {
      ceasefireId: CF.assembly,
      parties: ['egypt', 'israel'],
      scope:
        'The ceasefire called for by the General Assembly (resolution 997 of 2 November): accepted by Egypt on 5 November with the UN force (resolution 1000), and by Israel without conditions in its cable of 01:46 on 6 November',
      duration: 'indefinite',
      mediatedBy: ['un'],
    },
    [S.frus514, S.garuda('1956-11-06')],
    {
      note: 'The fighting between the two ended on the morning of 5 November; dated by Israel’s unconditional acceptance.',
    },
  ),
  // ===== November – December 1956: held ground, UNEF, the first withdrawals =====
  ev(
    'StatementMade',
    'stmt-ben-gurion-withdraw',
    { occurredAt: '1956-11-08', recordedAt: rec('1956-11-09', '12:00') },
    {
      speaker: BEN_GURION,
      audience: 'un',
      tone: 'conciliatory',
      summary:
        'Under political pressure, Ben-Gurion announces that the IDF will withdraw from all the territories it took.',
    },
    [S.withdrawalWiki('1956-11-08')],
  ),
  ev(
    'MediationAction',
    'med-unef',
    { occurredAt: '1956-11-15', recordedAt: rec('1956-11-19', '12:00') },
    {
      mediator: 'un',
      action: 'visited',
      summary:
        'The UN Emergency Force’s airlift from Naples to Abu Suweir near Ismailia begins: Danish, Norwegian and Canadian soldiers land in Egypt to secure and supervise the cessation of hostilities and the withdrawals.',
    },
    [S.press561119, S.withdrawalWiki('1956-11-15')],
  ),
  ev(
    'StatementMade',
    'stmt-egypt-fight-again',
    { occurredAt: '1956-11-18', recordedAt: rec('1956-11-19', '12:05') },
    {
      speaker: EGYPT_EMBASSY_AMMAN,
      audience: 'israel',
      tone: 'military-threat',
      summary:
        'An Egyptian Embassy spokesman in Amman says Egypt will start to fight again if the British, French and Israeli forces refuse or delay their withdrawal from the Canal Zone, Sinai and the Gaza Strip; Cairo papers say Egypt’s forces stay in a state of preparedness.',
      quote: 'Egypt would start to fight again',
    },
    [S.press561119],
  ),
  ev(
    'StatementMade',
    'stmt-eban-50km',
    { occurredAt: '1956-12-02', recordedAt: rec('1956-12-03', '12:00') },
    {
      speaker: EBAN,
      audience: 'un',
      tone: 'neutral',
      summary:
        'Eban informs Hammarskjöld that all Israeli forces will be 50 kilometres from the Suez Canal by the next morning and another infantry brigade has left Egyptian territory and been demobilised, besides the withdrawals announced on 24 November.',
    },
    [S.jta561203],
  ),
  ev(
    'StatementMade',
    'stmt-ben-gurion-gaza',
    { occurredAt: '1956-12-24', precision: 'approximate', recordedAt: rec('1956-12-31', '12:00') },
    {
      speaker: BEN_GURION,
      audience: 'egypt',
      tone: 'critical',
      summary:
        'Ben-Gurion says that "under no circumstances" will Israel agree to return the Gaza Strip to Egypt; the Israelis retreating in Sinai tear up the roads and railway behind them.',
      quote: 'under no circumstances',
    },
    [S.time561231],
  ),
  // ===== January – March 1957: prisoners, the last withdrawals =====
  ev(
    'StatementMade',
    'stmt-israel-cabinet-tiran',
    { occurredAt: '1957-01-14', recordedAt: rec('1957-01-15', '12:00') },
    {
      speaker: ISRAEL_CABINET,
      audience: 'un',
      tone: 'critical',
      summary:
        'After a five-hour meeting the Cabinet issues a one-line communiqué; the coalition parties oppose withdrawing from the Strait of Tiran without guarantees of free navigation, while Israel tells Hammarskjöld of a further withdrawal in northern Sinai.',
    },
    [S.jta570115],
  ),
  ev(
    'IncidentReported',
    'inc-sinai-withdrawal',
    { occurredAt: '1957-01-22', recordedAt: rec('1957-01-23', '12:00') },
    {
      incidentId: 'israel-withdraws-sinai-1957-01-22',
      kind: 'withdrawal',
      perpetrator: 'israel',
      against: 'egypt',
      place: P.sinai,
      description:
        'Under UN and US pressure Israel withdraws its forces from the Sinai Peninsula, UN forces moving in behind them; it keeps the Gaza Strip and Sharm el-Sheikh.',
    },
    [S.sinaiWithdrawal],
  ),
  ev(
    'IncidentReported',
    'inc-israel-releases',
    { occurredAt: '1957-01', precision: 'month', recordedAt: rec('1957-01-31', '12:00') },
    {
      incidentId: 'israel-releases-egyptian-pows-1957-01',
      kind: 'release',
      perpetrator: 'israel',
      against: 'egypt',
      place: P.israeliPows,
      description:
        'Israel returns all the Egyptian soldiers it captured in exchange for the four Israeli soldiers Egypt held.',
    },
    [S.apSwaps('1957-01-31')],
    { occurrence: 'prisoner-exchange-1957-01' },
  ),
  ev(
    'IncidentReported',
    'inc-egypt-releases',
    { occurredAt: '1957-01', precision: 'month', recordedAt: rec('1957-01-31', '12:01') },
    {
      incidentId: 'egypt-releases-israeli-pows-1957-01',
      kind: 'release',
      perpetrator: 'egypt',
      against: 'israel',
      place: P.egyptianPows,
      description: 'Egypt returns the four Israeli soldiers in the exchange.',
    },
    [S.apSwaps('1957-01-31')],
    { occurrence: 'prisoner-exchange-1957-01' },
  ),
  ev(
    'StatementMade',
    'stmt-meir-pledge',
    { occurredAt: '1957-03-01', recordedAt: rec('1957-03-06', '12:00') },
    {
      speaker: MEIR,
      audience: 'egypt',
      tone: 'warning',
      summary:
        'Meir tells the General Assembly that Israel will make a "full and prompt withdrawal" from the Gaza Strip and Sharm el-Sheikh, relying on the maritime powers’ pledges on Israel’s security and navigation, and warns that interference by armed force with Israeli ships in the Gulf of Aqaba and the Straits of Tiran would be regarded as an attack entitling Israel to defend itself.',
      quote: 'full and prompt withdrawal',
    },
    [S.facts570306],
  ),
  ev(
    'MediationAction',
    'med-unef-gaza',
    { occurredAt: '1957-03-06', recordedAt: rec('1957-03-06', '18:00') },
    {
      mediator: 'un',
      action: 'visited',
      summary:
        'Advance units of UNEF take up positions in the Gaza Strip as Israeli troops and civil administrators withdraw, under arrangements agreed by Dayan and General Burns on 4 March.',
    },
    [S.facts570306],
  ),
  ev(
    'IncidentReported',
    'inc-gaza-withdrawal',
    { occurredAt: '1957-03-07', recordedAt: rec('1957-03-08', '12:00') },
    {
      incidentId: 'israel-withdraws-gaza-1957-03-07',
      kind: 'withdrawal',
      perpetrator: 'israel',
      against: 'egypt',
      place: P.gazaStrip,
      description: 'Israel turns the Gaza Strip over to the UN Emergency Force.',
    },
    [S.upi570308],
  ),
  ev(
    'IncidentReported',
    'inc-sharm-withdrawal',
    { occurredAt: '1957-03-08', recordedAt: rec('1957-03-08', '18:00') },
    {
      incidentId: 'israel-withdraws-sharm-1957-03-08',
      kind: 'withdrawal',
      perpetrator: 'israel',
      against: 'egypt',
      place: P.sharm,
      description:
        'Israeli forces evacuate Sharm el-Sheikh and UNEF troops move into the shattered fortress; Israel’s army is gone from Egypt after a 126-day stay.',
    },
    [S.upi570308],
  ),
  ev(
    'StatementMade',
    'stmt-al-ahram',
    { occurredAt: '1957-03-08', recordedAt: rec('1957-03-08', '18:05') },
    {
      speaker: AL_AHRAM,
      audience: 'israel',
      tone: 'critical',
      summary:
        'Al Ahram says the withdrawal of the last Israeli troops means the war is over and the political battle has begun, over the Suez Canal, Israeli shipping in the Gulf of Aqaba and the UN administration of Gaza.',
    },
    [S.upi570308],
  ),
  ev(
    'StatementMade',
    'stmt-ben-gurion-knesset',
    { occurredAt: '1957-03-12', precision: 'approximate', recordedAt: rec('1957-03-18', '12:00') },
    {
      speaker: BEN_GURION,
      audience: 'domestic audience',
      tone: 'neutral',
      summary:
        'Ben-Gurion tells the Knesset there is no certainty that the Egyptians will not return to Gaza and no express UN decision that the force stays at the straits until peace, but Israel’s security has become a question of conscience for many states; he wins the confidence vote 84 to 25.',
    },
    [S.time570318],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'egypt-israel-1956.jsonl',
  logEnd: '1957-04-30T00:00:00Z',
  events,
};

export default definition;
