/**
 * A test fixture, not a shipped example: Israel and Hamas from the border
 * fire of late October 2012 to the end of December 2012, as an analyst
 * following the news could have recorded them — the Israeli strikes that
 * killed Hamas fighters and the rockets the Qassam Brigades claimed (23–24
 * October), the anti-tank missile that hit an army jeep at the Gaza fence and
 * Israel's tank fire on Gaza City (10 November), the killing of Ahmed Jabari
 * that opened Operation Pillar of Defense (14 November) and the eight days of
 * air strikes and rockets that followed (Kiryat Malachi, Tel Aviv, the
 * Jerusalem area), the reservists called up and the threats of a ground
 * invasion, the Egyptian prime minister's visit to Gaza, the four-way meeting
 * in Cairo, the indirect talks through Egypt, Hillary Clinton's visit, the
 * ceasefire announced in Cairo on 21 November and in force at 21:00 local
 * time, the farmer shot dead at the fence on 23 November (a violation, said
 * Hamas), the fishing zone widened, the indirect talks on the terms in Cairo,
 * the fishermen detained at sea (28 November), Khaled Meshaal's speech in
 * Gaza (8 December), and the first building materials let in for Gaza's
 * private sector (30 December). Escalation model v2 was never tuned on it: it
 * is the case the model is held to in israel-hamas-2012.spec.ts, against the
 * calls an analyst makes from DOMAIN.md §5b alone.
 *
 * Separate from israel-hamas-2014.ts, israel-hamas-2021.ts and
 * israel-hamas-2025.ts: none of their events is recorded here.
 *
 * The parties are Israel and Hamas (its armed wing, the Izz ad-Din
 * al-Qassam Brigades). Egypt is the mediator from the start; the United
 * States is registered as a mediator when Obama took up the calls to
 * Netanyahu and Morsi (16 November). Qatar and Türkiye are third parties (the
 * four-way meeting with Morsi and Meshaal in Cairo, 17 November), the United
 * Nations an observer (Ban Ki-moon in Cairo, 19 November). The Palestinian
 * Islamic Jihad is a third party: its rockets (the first on Tel Aviv, 15
 * November) are not Hamas's.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source.
 *
 * Grading as in examples/README.md: B = an established outlet or a wire copy
 * (Reuters, AFP via Naharnet or Ahram Online, AP via its subscribers, Al
 * Jazeera, the Guardian, the New York Times, the Times of Israel, Ynet, CNN);
 * C = smaller outlets, blogs and aggregators; 1 = an on-record act or
 * statement confirmed by the actor, 2 = several outlets agree or one
 * established outlet reports it, 3 = one side's unverified claim. Tolls are
 * Gaza's health officials' as the sources give them.
 *
 * Judgement calls, recorded as an analyst would:
 * - The anti-tank missile on the jeep (10 November) was claimed by the
 *   PFLP's armed wing (AFP), not by Hamas: it is a militant attack with no perpetrator among the
 *   registered actors, against Israel. Israel's tank fire into Gaza City
 *   that followed is Israel's shelling on Hamas-ruled territory, recorded
 *   against Hamas. The rockets of 11–13 November were not claimed by Hamas in
 *   the sources read and are not recorded.
 * - Rockets are `missile-strike`s, recorded as Hamas's only where its armed
 *   wing claimed them (24 October; Kiryat Malachi, 15 November, as Al
 *   Jazeera reported the claim; Tel Aviv and the Jerusalem area, 16
 *   November). Rockets fired from Gaza whose sources name no group (20
 *   November, a soldier and a civilian killed in Eshkol) are recorded with no
 *   perpetrator.
 * - Places: each Israeli strike day is recorded at the place the source
 *   names ("Gaza City", "Gaza Strip" for strikes the source spreads over the
 *   whole territory); each Hamas rocket attack at its target town.
 * - Scale (`scale: 'major'`): only the opening strikes of 14 November, which
 *   CNN calls the start of Israel's "offensive" ("since Israel launched its
 *   offensive on Wednesday") and Reuters "a massive air campaign". CNN's
 *   report is of 18 November: the two acts are recorded on the 14th without
 *   a scale and corrected to `major` on the 18th, when the analyst read it.
 *   The other days are heavy (or not) by their tolls and places alone.
 * - The ceasefire: announced by Egypt's foreign minister with Hillary
 *   Clinton at about 19:30 Cairo time (17:30 UTC) on 21 November, in force
 *   at 21:00 (19:00 UTC). Recorded as the agreement reached at the
 *   announcement (text agreed) and in force at 21:00, with the ceasefire
 *   declared when it took effect, mediated by Egypt and the United States,
 *   indefinite.
 * - The farmer shot dead at the fence east of Khan Younis (23 November, 19
 *   wounded) is Israel's `lethal-force` on Gazans, not armed action between
 *   the two forces, and the violation Hamas alleged (Sami Abu Zuhri), one
 *   occurrence. Israel said it fired warning shots, then at legs.
 * - The fishermen seized on 28 November are a `detention` by Israel; no
 *   source read reports their release, so none is recorded (Reuters: taken
 *   to Ashdod "for questioning"). The two seized off Gaza City on 23
 *   December and freed at Erez that night (Al Mezan) are a detention and its
 *   release, at a place of their own. The soldiers'
 *   fire that wounded seven in the buffer zone the same day is
 *   `lethal-force`.
 * - The indirect talks on the terms that opened in Cairo on 26 November
 *   through Egyptian intelligence have no recorded end: no source read says
 *   how or when they closed.
 * - The temporary closing of the Kerem Shalom crossing (10 November) is not
 *   recorded: no source read dates its reopening. Israel's blockade of Gaza
 *   (since 2007) is the background of the case, not a development of it.
 * - The first building materials let in for the private sector (30
 *   December), "expected as part of the deal" (a Palestinian official), are
 *   Israel's act under the agreement: the catalogue has no type for a term
 *   carried out, so it is a conciliatory statement, as the 2025 case records
 *   its exchanges.
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'israel-hamas-2012';
const { ev, at, idOf } = caseKit(NEGOTIATION_ID, 'test-analyst', 2012);

const ISRAEL: Actor = { id: 'israel', name: 'Israel', kind: 'state', aliases: ['IDF', 'Israeli government'] };
const HAMAS: Actor = {
  id: 'hamas',
  name: 'Hamas',
  kind: 'de-facto-authority',
  aliases: ['Islamic Resistance Movement', 'Izz ad-Din al-Qassam Brigades', 'al-Qassam Brigades'],
};
const EGYPT: Actor = { id: 'egypt', name: 'Egypt', kind: 'state', aliases: ['Cairo'] };
const USA: Actor = { id: 'united-states', name: 'United States', kind: 'state', aliases: ['US', 'Washington'] };
const QATAR: Actor = { id: 'qatar', name: 'Qatar', kind: 'state', aliases: ['Doha'] };
const TURKIYE: Actor = { id: 'turkiye', name: 'Türkiye', kind: 'state', aliases: ['Turkey', 'Ankara'] };
const UN: Actor = {
  id: 'united-nations',
  name: 'United Nations',
  kind: 'international-organisation',
  aliases: ['UN'],
};
const PIJ: Actor = {
  id: 'palestinian-islamic-jihad',
  name: 'Palestinian Islamic Jihad',
  kind: 'armed-group',
  aliases: ['PIJ', 'Islamic Jihad', 'al-Quds Brigades'],
};

const NETANYAHU: Person = { name: 'Benjamin Netanyahu', title: 'Prime Minister of Israel', actorId: 'israel' };
const LIBERMAN: Person = { name: 'Avigdor Liberman', title: 'Foreign Minister of Israel', actorId: 'israel' };
const ISRAEL_OFFICIAL: Person = { name: 'Senior Israeli official (unnamed)', actorId: 'israel' };
const COGAT: Person = {
  name: 'Coordinator of Government Activities in the Territories',
  title: 'Israeli Defence Ministry',
  actorId: 'israel',
};
const HAMAS_STMT: Person = { name: 'Hamas (statement)', actorId: 'hamas' };
const ABU_OBEIDA: Person = { name: 'Abu Obeida', title: 'Spokesman of the al-Qassam Brigades', actorId: 'hamas' };
const RISHQ: Person = { name: 'Ezzat al-Rishq', title: 'Hamas political bureau member', actorId: 'hamas' };
const MESHAAL: Person = { name: 'Khaled Meshaal', title: 'Head of the Hamas political bureau', actorId: 'hamas' };
const ABU_MARZOUK: Person = {
  name: 'Moussa Abu Marzouk',
  title: 'Deputy head of the Hamas political bureau',
  actorId: 'hamas',
};
const AL_ZAHAR: Person = { name: 'Mahmoud al-Zahar', title: 'Senior Hamas leader', actorId: 'hamas' };

const S = {
  naharnetOct24: source(
    'Gaza Strikes Kill 4 Fighters as 68 Rockets Hit Israel',
    'Naharnet (AFP)',
    'https://naharnet.com/stories/en/58063-gaza-strikes-kill-4-fighters-as-68-rockets-hit-israel',
    '2012-10-24',
    'B',
    2,
  ),
  eyeOct24: source(
    'Palestinians fire 72 rockets and mortars from Gaza into Israel in 2 days, IDF retaliates by killing 4 Hamas terrorists',
    'The Eye on the World (Jerusalem Post)',
    'https://the-eyeontheworld.blogspot.com/2012/10/palestinians-fire-72-rockets-and.html',
    '2012-10-24',
    'C',
    2,
  ),
  naharnetNov10: source(
    '3 Gazans Killed, 4 Israel Soldiers Hurt as Rocket Hits Army Jeep',
    'Naharnet (AFP)',
    'https://mobile.naharnet.com/stories/en/60247-3-gazans-killed-4-israel-soldiers-hurt-as-rocket-hits-army-jeep',
    '2012-11-10',
    'B',
    2,
  ),
  toiNov10: source(
    'Four soldiers injured, two seriously, by anti-tank missile fired at their jeep from Gaza; rocket fire on South',
    'The Times of Israel',
    'https://www.timesofisrael.com/army-jeep-reportedly-struck-by-anti-tank-missile-fired-from-gaza/',
    '2012-11-10',
    'B',
    2,
  ),
  embassyNov11: source(
    'Israel under Fire – November 2012',
    'Embassy of Israel in Abuja',
    'https://embassies.gov.il/abuja/NewsAndEvents/Pages/Israel-under-Fire.aspx',
    '2012-11-11',
    'B',
    1,
  ),
  cjnNov14: source(
    'Israel launches operation ‘Pillar of Defense’',
    'The Canadian Jewish News',
    'http://cjnews.com/news/israel-launches-operation-%E2%80%98pillar-defense%E2%80%99',
    '2012-11-14',
    'B',
    2,
  ),
  channel4Nov14: source(
    'Hamas military chief Jaabari killed by Israeli air strike',
    'Channel 4 News',
    'https://www.channel4.com/news/israeli-air-strike-kills-hamas-military-chief-jabari',
    '2012-11-14',
    'B',
    2,
  ),
  israeledNov14: source(
    'Hamas Military Chief Killed as Pillar of Defense Begins',
    'Center for Israel Education',
    'https://israeled.org/hamas-military-chief-killed-as-pillar-of-defense-begins/',
    '2012-11-14',
    'C',
    2,
  ),
  jcNov15: source(
    'Rockets near Tel Aviv as Gaza fighting continues',
    'The Jewish Chronicle',
    'http://www.thejc.com/news/israel-news/90978/rockets-near-tel-aviv-gaza-fighting-continues',
    '2012-11-15',
    'B',
    2,
  ),
  atjehNov15: source(
    'Pejuang Hamas luncurkan serangan roket (Al Jazeera)',
    'Atjeh Horizon',
    'https://atjeh-horizon.blogspot.com/2012/11/pejuang-hamas-luncurkan-serangan.html',
    '2012-11-15',
    'C',
    3,
  ),
  huffpostNov15: source(
    'Tel Aviv Rocket Attack: Islamic Jihad Claims Responsibility For Rocket Fired At Tel Aviv',
    'The Huffington Post (Reuters)',
    'http://www.huffingtonpost.com/2012/11/15/islamic-jihad-tel-aviv-rocket-attack_n_2138070.html',
    '2012-11-15',
    'B',
    2,
  ),
  militaryNov16: source(
    'Israeli Air Strike on Gaza Interior Ministry',
    'Military.com (Reuters video)',
    'https://www.military.com/video/operations-and-strategy/air-strikes/israeli-air-strike-on-gaza-interior-ministry/1974226808001',
    '2012-11-16',
    'B',
    2,
  ),
  reutersNov16: source(
    'Explosion heard in Tel Aviv; Hamas says fired rocket',
    'Reuters',
    'http://www.reuters.com/article/palestinians-israel-telaviv-hamas-idUSL5E8MG8V620121116',
    '2012-11-16',
    'B',
    2,
  ),
  naharnetNov16: source(
    '10 Palestinians Dead as Gaza Rockets Hit Jerusalem, Tel Aviv and Hamas Claims Downing Warplane',
    'Naharnet (AFP)',
    'https://www.naharnet.com/stories/en/60972-10-palestinians-dead-as-gaza-rockets-hit-jerusalem-tel-aviv-and-hamas-claims-downing-warplane',
    '2012-11-16',
    'B',
    2,
  ),
  cbsNov16: source(
    'Palestinian rocket aimed at Jerusalem for first time as Hamas vows "more surprises"',
    'CBS News',
    'https://cbsnews.com/news/palestinian-rocket-aimed-at-jerusalem-for-first-time-as-hamas-vows-more-surprises',
    '2012-11-16',
    'B',
    2,
  ),
  alakhbarNov16: source(
    'Egyptian PM visits Gaza, decries Israeli offensive',
    'Al-Akhbar English (AFP)',
    'https://english.al-akhbar.com/content/egyptian-pm-visits-gaza-decries-israeli-offensive',
    '2012-11-16',
    'B',
    2,
  ),
  toiNov16: source(
    'Egyptian prime minister pays solidarity visit to Gaza',
    'The Times of Israel',
    'https://www.timesofisrael.com/egyptian-prime-minister-pays-symbolic-visit-to-gaza/',
    '2012-11-16',
    'B',
    2,
  ),
  jpostNov16: source(
    'Cabinet OKs 75,000 reservists for possible Gaza operation (Jerusalem Post copy)',
    'Lynleahz (Jerusalem Post)',
    'https://lynleahz.com/2012/11/16/cabinet-oks-75000-reservists-for-possible-gaza-operation/',
    '2012-11-16',
    'C',
    2,
  ),
  dailybeastNov16: source(
    'Israel Readies 75,000 Ground Troops',
    'The Daily Beast (Reuters)',
    'http://www.thedailybeast.com/cheats/2012/11/16/brief-israel-ceasefire-collapses.html',
    '2012-11-16',
    'B',
    2,
  ),
  americanThinkerNov16: source(
    'Israeli cabinet approves call up of 75,000 reservists',
    'American Thinker (Jerusalem Post)',
    'http://americanthinker.com/blog/2012/11/israeli_cabinet_approves_call_up_of_75000_reservists.html',
    '2012-11-16',
    'C',
    2,
  ),
  republikaNov17: source(
    'Egypt holds talks with Qatar, Turkey and Hamas over Gaza',
    'Republika (Reuters)',
    'https://en.republika.co.id/berita/mdmzhp/egypt-holds-talks-with-qatar-turkey-and-hamas-over-gaza',
    '2012-11-17',
    'B',
    2,
  ),
  cnnNov18: source(
    'Netanyahu: Israel ‘prepared for a significant expansion’ of Gaza operations',
    'WTVR (CNN)',
    'https://www.wtvr.com/2012/11/18/netanyahu-israel-prepared-for-a-significant-expansion-of-gaza-operations',
    '2012-11-18',
    'B',
    1,
  ),
  nytNov18: source(
    'Gaza Violence Is Unabating as Other Nations Push for Truce',
    'NewsSniffer (The New York Times)',
    'https://www.newssniffer.co.uk/articles/578274/diff/16/17',
    '2012-11-18',
    'B',
    2,
  ),
  abcNov19: source(
    'Death toll rises as Israel pounds Gaza, rockets target Tel Aviv',
    'ABC News (Australia)',
    'http://www.abc.net.au/news/2012-11-19/hamas-official-and-family-killed-by-air-strike/4378718',
    '2012-11-19',
    'B',
    2,
  ),
  guardianNov19: source(
    'Israel-Gaza: truce talks ongoing in Cairo – as it happened',
    'The Guardian',
    'https://www.theguardian.com/world/middle-east-live/2012/nov/19/israel-gaza-hamas-rocket-fire-idf-bombing',
    '2012-11-19',
    'B',
    2,
  ),
  cbsNov20: source(
    'Clinton in Israel aiming for Gaza cease-fire',
    'CBS News',
    'https://www.cbsnews.com/news/clinton-in-israel-aiming-for-gaza-cease-fire/',
    '2012-11-20',
    'B',
    1,
  ),
  postGazetteNov20: source(
    'Clinton Arrives in Middle East as Egypt Says Truce in Gaza Is Close',
    'Pittsburgh Post-Gazette (The New York Times)',
    'http://www.post-gazette.com/world/2012/11/20/Clinton-Arrives-in-Middle-East-as-Egypt-Says-Truce-in-Gaza-Is-Close/stories/201211200178',
    '2012-11-20',
    'B',
    2,
  ),
  chinadailyNov21: source(
    'Clinton meets Netanyahu, seeking Gaza truce',
    'China Daily (Reuters)',
    'http://www.chinadaily.com.cn/world/2012-11/21/content_15946403.htm',
    '2012-11-21',
    'B',
    2,
  ),
  ipsNov21: source(
    'Israel and Hamas Agree to Gaza Ceasefire',
    'IPS (Al Jazeera)',
    'http://www.ipsnews.net/2012/11/israel-and-hamas-agree-to-gaza-ceasefire/',
    '2012-11-21',
    'B',
    1,
  ),
  wtspNov21: source(
    'Egypt: Gaza cease-fire reached between Israel and Hamas',
    'WTSP (USA Today / CBS)',
    'http://www.wtsp.com/news/article/283306/81/Egypt-Gaza-cease-fire-reached',
    '2012-11-21',
    'B',
    2,
  ),
  ahramNov21: source(
    'Hamas-Israel truce announced in Cairo',
    'Ahram Online (Reuters, AFP)',
    'https://english.ahram.org.eg/NewsContent/1/64/58833/Egypt/Politics-/BREAKING-Truce-reached-in-Cairo-to-stop-Israeli-as.aspx',
    '2012-11-21',
    'B',
    1,
  ),
  crosswalkNov21: source(
    'Ceasefire Deal Between Israel and Hamas Announced',
    'Crosswalk (Fox News, AP)',
    'https://crosswalk.com/headlines/contributors/guest-commentary/ceasefire-deal-between-israel-and-hamas-announced.html',
    '2012-11-21',
    'C',
    2,
  ),
  aljazeeraNov24: source(
    'Man shot dead in Gaza-Israel buffer zone',
    'Al Jazeera',
    'http://www.aljazeera.com/news/middleeast/2012/11/201211238226924973.html',
    '2012-11-24',
    'B',
    2,
  ),
  brisbaneNov24: source(
    'Truce intact despite death on Gaza border',
    'Brisbane Times (AP)',
    'https://www.brisbanetimes.com.au/world/truce-intact-despite-death-on-gaza-border-20121124-29znq.html',
    '2012-11-24',
    'B',
    2,
  ),
  aljazeeraNov26: source(
    'Egypt fleshes out Hamas-Israel truce deal',
    'Al Jazeera',
    'http://www.aljazeera.com/news/middleeast/2012/11/20121126223424685424.html',
    '2012-11-26',
    'B',
    2,
  ),
  priNov26: source(
    'Gaza ceasefire: Israel and Hamas begin indirect talks',
    'PRI (GlobalPost)',
    'https://www.pri.org/stories/2012-11-26/gaza-ceasefire-israel-and-hamas-begin-indirect-talks',
    '2012-11-26',
    'B',
    2,
  ),
  upiNov27: source(
    'Cairo hosts Israel, Hamas talks',
    'UPI',
    'http://www.upi.com/Top_News/World-News/2012/11/27/Cairo-hosts-Israel-Hamas-talks/UPI-82531354013136/?spt=hs&or=tn',
    '2012-11-27',
    'B',
    2,
  ),
  reutersNov28: source(
    'Israel detains Gaza fishermen for sailing too far out to sea',
    'Reuters',
    'http://www.reuters.com/article/israel-palestinians-gaza-idUSL5E8MS5Y920121128',
    '2012-11-28',
    'B',
    2,
  ),
  nytNov28: source(
    'Israel seizes 2 Gaza boats near new offshore limit (The New York Times)',
    'American Task Force on Palestine (The New York Times)',
    'http://www.americantaskforce.org/daily_news_article/2012/11/28/israel_seizes_2_gaza_boats_near_new_offshore_limit',
    '2012-11-28',
    'B',
    2,
  ),
  reutersDec08: source(
    'Hamas leader Meshaal, in first Gaza visit, vows never to recognise Israel',
    'Reuters',
    'http://in.reuters.com/article/palestinians-hamas-speech-idINL5E8N82YB20121208',
    '2012-12-08',
    'B',
    1,
  ),
  france24Dec08: source(
    'Hamas chief Meshaal vows never to recognise Israel',
    'France 24',
    'http://www.france24.com/en/20121208-hamas-chief-meshaal-palestininian-gaza-vows-never-recognise-israel/',
    '2012-12-08',
    'B',
    1,
  ),
  mezanDec23: source(
    'Israeli Gunboats Open Fire at Palestinian Fishing Boats and Arrest Two',
    'Al Mezan Center for Human Rights',
    'https://mezan.org/en/post/15997',
    '2012-12-23',
    'C',
    2,
  ),
  maanDec30: source(
    'Israel allows building material to enter Gaza',
    "Ma'an News Agency (Reuters)",
    'http://www.maannews.com/Content.aspx?id=552150',
    '2012-12-30',
    'B',
    2,
  ),
  ynetDec30: source(
    'Israel allows construction materials into Gaza',
    'Ynet',
    'https://www.ynetnews.com/articles/0,7340,L-4432207,00.html',
    '2012-12-30',
    'B',
    1,
  ),
};

/** Places, each written one way. */
const P = {
  gazaCity: 'Gaza City',
  gazaStrip: 'Gaza Strip',
  karni: 'Gaza border fence near the Karni crossing',
  southernIsrael: 'Southern Israel (Eshkol and Ashkelon areas)',
  kiryatMalachi: 'Kiryat Malachi',
  telAviv: 'Tel Aviv',
  jerusalem: 'Jerusalem area (Gush Etzion)',
  eshkol: 'Eshkol Regional Council',
  khanYounisFence: 'Gaza border fence east of Khan Younis',
  sea: 'Off the Gaza coast',
  seaGazaCity: 'Off the Gaza City harbour',
} as const;

const CF = 'cairo-ceasefire-2012-11';
const AGR = 'cairo-ceasefire-understanding-2012-11';
const R = { truce: 'cairo-truce-talks-2012-11', terms: 'cairo-terms-talks-2012-11' } as const;
const D = {
  crossings: 'hamas-open-crossings',
  noRockets: 'israel-no-rockets-no-smuggling',
} as const;

const events = [
  // ===== October: strikes and claimed rockets after the Qatari emir's visit =====
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '2012-10-23', recordedAt: at('10-24', '18:00') },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Israel – Hamas: the Gaza escalation and the Cairo ceasefire, 2012',
      subject:
        'The fire between Israel and Hamas around Gaza from late October 2012, Operation Pillar of Defense, the ceasefire Egypt brokered in Cairo on 21 November and the indirect talks on its terms',
      parties: [ISRAEL, HAMAS],
      mediators: [EGYPT],
    },
    [S.naharnetOct24],
    { note: 'Opened at the surge of 23–24 October; Egypt had brokered an informal truce earlier in October.' },
  ),
  ev(
    'ActorRegistered',
    'actor-pij',
    { occurredAt: '2012-10-23', recordedAt: at('10-24', '18:01') },
    { actor: PIJ, role: 'third-party' },
    [S.eyeOct24],
    { note: 'Its fighters are among those killed by Israeli strikes; its rockets are not Hamas’s.' },
  ),
  ev(
    'IncidentReported',
    'inc-strikes-oct23',
    { occurredAt: '2012-10-23', recordedAt: at('10-24', '18:05') },
    {
      incidentId: 'israel-strikes-gaza-2012-10-23',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'hamas',
      place: P.gazaStrip,
      fatalities: { min: 4, max: 4 },
      description:
        'After six rockets on the evening of 23 October, Israeli air strikes over northern Gaza kill two Hamas fighters; a raid near Rafah early on the 24th kills a third, and a fourth dies of his wounds (Gaza health ministry).',
    },
    [S.naharnetOct24, S.eyeOct24],
  ),
  ev(
    'IncidentReported',
    'inc-rockets-oct24',
    { occurredAt: '2012-10-24', recordedAt: at('10-24', '18:10') },
    {
      incidentId: 'hamas-rockets-2012-10-24',
      kind: 'missile-strike',
      perpetrator: 'hamas',
      against: 'israel',
      place: P.southernIsrael,
      injured: { min: 5, max: 6 },
      description:
        'Some 68–79 rockets and mortar shells are fired from Gaza at southern Israel since midnight, six people wounded (two Thai farm workers seriously); Hamas’s armed wing and the Popular Resistance Committees claim the fire.',
    },
    [S.naharnetOct24, S.eyeOct24],
  ),
  // ===== 10 November: the jeep and the tank fire =====
  ev(
    'IncidentReported',
    'inc-jeep-nov10',
    { occurredAt: '2012-11-10', recordedAt: at('11-10', '20:00') },
    {
      incidentId: 'jeep-anti-tank-missile-2012-11-10',
      kind: 'militant-attack',
      against: 'israel',
      place: P.karni,
      injured: { min: 4, max: 4 },
      description:
        'An anti-tank missile fired from Gaza hits an Israeli army jeep patrolling inside the border near the Karni crossing, wounding four soldiers, two seriously. Claimed by the PFLP’s armed wing (AFP); not by Hamas.',
    },
    [S.naharnetNov10, S.toiNov10],
  ),
  ev(
    'IncidentReported',
    'inc-tankfire-nov10',
    { occurredAt: '2012-11-10', recordedAt: at('11-10', '20:05') },
    {
      incidentId: 'israel-tank-fire-gaza-city-2012-11-10',
      kind: 'shelling',
      perpetrator: 'israel',
      against: 'hamas',
      place: P.gazaCity,
      fatalities: { min: 3, max: 4 },
      injured: { min: 25, max: 30 },
      description:
        'Israeli tank fire on the eastern districts of Zeitun and Shejaiya in Gaza City after the jeep attack kills three to four Palestinians, civilians by the health ministry’s account, and wounds 25–30.',
    },
    [S.naharnetNov10, S.toiNov10],
  ),
  ev(
    'StatementMade',
    'stmt-hamas-legitimate-nov10',
    { occurredAt: '2012-11-10', recordedAt: at('11-10', '20:10') },
    {
      speaker: HAMAS_STMT,
      audience: 'israel',
      tone: 'warning',
      summary: 'A Hamas statement says all Israeli military targets are "legitimate" objects of attack.',
    },
    [S.toiNov10],
  ),
  ev(
    'StatementMade',
    'stmt-netanyahu-nov11',
    { occurredAt: '2012-11-11', recordedAt: at('11-11', '18:00') },
    {
      speaker: NETANYAHU,
      audience: 'hamas',
      tone: 'military-threat',
      summary:
        'After more than 100 rockets since Saturday evening, Netanyahu says the IDF is operating, and will operate, aggressively against the terrorist organisations in Gaza.',
      quote: 'The IDF is operating, and will operate, aggressively against the terrorist organizations',
    },
    [S.embassyNov11],
  ),
  // ===== 14 November: Jabari and the start of Pillar of Defense =====
  ev(
    'IncidentReported',
    'inc-jabari-nov14',
    { occurredAt: '2012-11-14T14:00:00Z', recordedAt: at('11-14', '20:00') },
    {
      incidentId: 'jabari-killing-2012-11-14',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'hamas',
      target: 'Ahmed Jabari, chief of the Hamas military wing, in his car',
      place: P.gazaCity,
      fatalities: { min: 2, max: 2 },
      description:
        'An Israeli missile kills Ahmed Jabari, the head of Hamas’s military wing, and a passenger in his car at about 16:00 local time: the opening of Operation Pillar of Defense.',
    },
    [S.cjnNov14, S.israeledNov14],
  ),
  ev(
    'IncidentReported',
    'inc-strikes-nov14',
    { occurredAt: '2012-11-14T15:00:00Z', recordedAt: at('11-14', '20:05') },
    {
      incidentId: 'israel-strikes-gaza-2012-11-14',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'hamas',
      place: P.gazaStrip,
      fatalities: { min: 6, max: 6 },
      injured: { min: 30, max: 30 },
      description:
        'Following the strike on Jabari, the IDF bombs about 20 underground launch sites and ammunition stores across the Gaza Strip; eight Palestinians, fighters and civilians, are reported killed that day in all (six besides Jabari and his passenger), 30 wounded.',
    },
    [S.cjnNov14],
  ),
  ev(
    'StatementMade',
    'stmt-qassam-nov14',
    { occurredAt: '2012-11-14', recordedAt: at('11-14', '20:10') },
    {
      speaker: HAMAS_STMT,
      audience: 'israel',
      tone: 'military-threat',
      summary:
        'Hamas says the killing of Jabari has "opened the gates of hell" (its armed wing’s words, as relayed); more than 50 rockets follow from Gaza, 17 Grads at Beersheba.',
      quote: 'opened the gates of hell',
    },
    [S.channel4Nov14, S.cjnNov14],
  ),
  // ===== 15 November =====
  ev(
    'IncidentReported',
    'inc-kiryat-malachi-nov15',
    { occurredAt: '2012-11-15', recordedAt: at('11-16', '06:00') },
    {
      incidentId: 'hamas-rocket-kiryat-malachi-2012-11-15',
      kind: 'missile-strike',
      perpetrator: 'hamas',
      against: 'israel',
      place: P.kiryatMalachi,
      fatalities: { min: 3, max: 3 },
      description:
        'A rocket hits an apartment building in Kiryat Malachi, killing three Israelis, among some 200 rockets fired at Israel that day; Hamas’s armed wing claims the attack as revenge for Jabari (Al Jazeera, as relayed).',
    },
    [S.jcNov15, S.atjehNov15],
  ),
  ev(
    'IncidentReported',
    'inc-strikes-nov15',
    { occurredAt: '2012-11-15', recordedAt: at('11-16', '06:05') },
    {
      incidentId: 'israel-strikes-gaza-2012-11-15',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'hamas',
      place: P.gazaStrip,
      fatalities: { min: 7, max: 11 },
      description:
        'Israeli raids on Gaza go on through the second day; two days of strikes have killed at least 19 Palestinians (Reuters), up to 15 (the Jewish Chronicle on the 15th): recorded as 7–11 killed on the 15th.',
    },
    [S.jcNov15, S.militaryNov16],
  ),
  ev(
    'IncidentReported',
    'inc-pij-telaviv-nov15',
    { occurredAt: '2012-11-15', recordedAt: at('11-16', '06:10') },
    {
      incidentId: 'pij-rocket-tel-aviv-2012-11-15',
      kind: 'missile-strike',
      perpetrator: 'palestinian-islamic-jihad',
      against: 'israel',
      place: P.telAviv,
      description:
        'Islamic Jihad says it fired a Fajr-5 rocket at Tel Aviv, the first sirens there since 1991; no damage or injuries.',
    },
    [S.huffpostNov15],
  ),
  ev(
    'IncidentReported',
    'inc-reservists-nov15',
    { occurredAt: '2012-11-15', recordedAt: at('11-16', '06:15') },
    {
      incidentId: 'israel-reservists-30000-2012-11-15',
      kind: 'force-posture',
      perpetrator: 'israel',
      against: 'hamas',
      place: P.gazaStrip,
      description:
        'The Knesset Foreign Affairs and Defence Committee authorises Barak’s request to call up to 30,000 reservists; infantry units move south for a possible ground operation.',
    },
    [S.jpostNov16, S.cjnNov14],
  ),
  // ===== 16 November: Qandil in Gaza, Tel Aviv and Jerusalem, 75,000 reservists =====
  ev(
    'MediationAction',
    'med-qandil-nov16',
    { occurredAt: '2012-11-16', recordedAt: at('11-16', '18:00') },
    {
      mediator: 'egypt',
      action: 'visited',
      summary:
        'Egypt’s prime minister Hesham Qandil, sent by President Morsi, spends three hours in Gaza, meets Ismail Haniyeh and vows to intensify Egypt’s efforts for a truce. Israel said it would hold fire during the visit if Gaza’s groups did; the pause did not hold.',
    },
    [S.alakhbarNov16, S.toiNov16],
  ),
  ev(
    'ActorRegistered',
    'actor-usa',
    { occurredAt: '2012-11-16', recordedAt: at('11-16', '18:05') },
    { actor: USA, role: 'mediator' },
    [S.dailybeastNov16],
    { note: 'Obama calls Netanyahu and Morsi to scale back the conflict.' },
  ),
  ev(
    'IncidentReported',
    'inc-telaviv-nov16',
    { occurredAt: '2012-11-16', recordedAt: at('11-16', '18:10') },
    {
      incidentId: 'hamas-rocket-tel-aviv-2012-11-16',
      kind: 'missile-strike',
      perpetrator: 'hamas',
      against: 'israel',
      place: P.telAviv,
      description:
        'Air-raid sirens in Tel Aviv and an explosion; Hamas’s armed wing says it fired a rocket (an M75) at Israel’s commercial centre. It falls into the sea; no casualties.',
    },
    [S.reutersNov16, S.naharnetNov16],
  ),
  ev(
    'IncidentReported',
    'inc-jerusalem-nov16',
    { occurredAt: '2012-11-16', recordedAt: at('11-16', '18:15') },
    {
      incidentId: 'hamas-rocket-jerusalem-2012-11-16',
      kind: 'missile-strike',
      perpetrator: 'hamas',
      against: 'israel',
      place: P.jerusalem,
      description:
        'Hamas’s armed wing fires a rocket at Jerusalem, the first aimed at the city; it lands in an open area in the Gush Etzion bloc; no casualties.',
    },
    [S.naharnetNov16, S.cbsNov16],
  ),
  ev(
    'IncidentReported',
    'inc-strikes-nov16',
    { occurredAt: '2012-11-16', recordedAt: at('11-16', '18:20') },
    {
      incidentId: 'israel-strikes-gaza-2012-11-16',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'hamas',
      place: P.gazaCity,
      fatalities: { min: 10, max: 10 },
      description:
        'Israeli warplanes destroy the Hamas Interior Ministry and strike a senior commander’s house; Ahmed Abu Jalal, a Hamas military commander, and two others are killed in the evening. Ten Palestinians killed that day, 29 since Wednesday (AFP).',
    },
    [S.naharnetNov16, S.militaryNov16, S.jpostNov16],
  ),
  ev(
    'StatementMade',
    'stmt-abu-obeida-nov16',
    { occurredAt: '2012-11-16', recordedAt: at('11-16', '18:25') },
    {
      speaker: ABU_OBEIDA,
      audience: 'israel',
      tone: 'military-threat',
      summary: 'After the rocket on Jerusalem, the Qassam Brigades promise more surprises.',
      quote: 'There is no security for any Zionist on any single inch of Palestine, and we plan more surprises',
    },
    [S.cbsNov16],
  ),
  ev(
    'IncidentReported',
    'inc-reservists-nov16',
    { occurredAt: '2012-11-16', recordedAt: at('11-16', '21:00') },
    {
      incidentId: 'israel-reservists-75000-2012-11-16',
      kind: 'force-posture',
      perpetrator: 'israel',
      against: 'hamas',
      place: P.gazaStrip,
      description:
        'The inner cabinet approves calling up to 75,000 reservists ahead of a possible ground operation (16,000 draft orders issued); the roads around Gaza are closed as military zones and armour masses on the border.',
    },
    [S.jpostNov16, S.dailybeastNov16, S.americanThinkerNov16],
  ),
  ev(
    'StatementMade',
    'stmt-liberman-nov16',
    { occurredAt: '2012-11-16', recordedAt: at('11-16', '21:05') },
    {
      speaker: LIBERMAN,
      audience: 'hamas',
      tone: 'military-threat',
      summary:
        'Liberman says a ground operation is being considered, and that each time Hamas fires there will be a harsher response.',
      quote: 'Each time that Hamas fires, there will be a harsher and harsher response',
    },
    [S.americanThinkerNov16],
  ),
  // ===== 17–18 November: Cairo, the Dalu family, the threat to expand =====
  ev(
    'ActorRegistered',
    'actor-qatar',
    { occurredAt: '2012-11-17', recordedAt: at('11-17', '18:00') },
    { actor: QATAR, role: 'third-party' },
    [S.republikaNov17],
  ),
  ev(
    'ActorRegistered',
    'actor-turkiye',
    { occurredAt: '2012-11-17', recordedAt: at('11-17', '18:01') },
    { actor: TURKIYE, role: 'third-party' },
    [S.republikaNov17],
  ),
  ev(
    'ThirdPartyEngagement',
    'tpe-cairo-four-way-nov17',
    { occurredAt: '2012-11-17', recordedAt: at('11-17', '18:05') },
    {
      actorId: 'egypt',
      counterparts: ['qatar', 'turkiye', 'hamas'],
      kind: 'meeting',
      summary:
        'Morsi holds four-way talks in Cairo with the Emir of Qatar, Turkish prime minister Erdoğan and Khaled Meshaal on the Gaza crisis; Meshaal also meets Egypt’s intelligence chief Raafat Shehata.',
    },
    [S.republikaNov17],
  ),
  ev(
    'StatementMade',
    'stmt-netanyahu-expand-nov18',
    { occurredAt: '2012-11-18', recordedAt: at('11-18', '20:00') },
    {
      speaker: NETANYAHU,
      audience: 'hamas',
      tone: 'military-threat',
      summary:
        'At the weekly cabinet meeting Netanyahu says the IDF has hit more than 1,000 targets and is prepared for a significant expansion of the operation.',
      quote:
        'We are exacting a heavy price from Hamas and the (other) terrorist organizations, and IDF is prepared for a significant expansion of its operations',
    },
    [S.cnnNov18],
  ),
  ev(
    'EventCorrected',
    'corr-jabari-scale',
    { occurredAt: '2012-11-18', recordedAt: at('11-18', '20:02') },
    {
      eventId: idOf('inc-jabari-nov14'),
      changes: { data: { scale: 'major' }, sources: [S.cjnNov14, S.israeledNov14, S.cnnNov18] },
      reason:
        'CNN dates the start of Israel’s offensive to the strike on Jabari ("since Israel launched its offensive on Wednesday"): the opening of the offensive.',
    },
    [S.cnnNov18],
  ),
  ev(
    'EventCorrected',
    'corr-strikes-nov14-scale',
    { occurredAt: '2012-11-18', recordedAt: at('11-18', '20:03') },
    {
      eventId: idOf('inc-strikes-nov14'),
      changes: { data: { scale: 'major' }, sources: [S.cjnNov14, S.cnnNov18] },
      reason:
        'CNN: "since Israel launched its offensive on Wednesday" — the strikes of the first day are the offensive’s opening.',
    },
    [S.cnnNov18],
  ),
  ev(
    'IncidentReported',
    'inc-dalu-nov18',
    { occurredAt: '2012-11-18', recordedAt: at('11-19', '06:00') },
    {
      incidentId: 'israel-strikes-gaza-2012-11-18',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'hamas',
      place: P.gazaCity,
      fatalities: { min: 29, max: 29 },
      description:
        'The bloodiest day so far: a bomb destroys the Dalu family home in Gaza City, killing 11, nine of one family, five women and four small children among them (the military says it targeted a rocket commander); strikes on two media buildings wound eight journalists; 29 Palestinians killed that day (AFP).',
    },
    [S.nytNov18, S.abcNov19],
  ),
  // ===== 19–20 November: talks in Cairo, Clinton, the announcement put off =====
  ev(
    'ActorRegistered',
    'actor-un',
    { occurredAt: '2012-11-19', recordedAt: at('11-19', '20:00') },
    { actor: UN, role: 'observer' },
    [S.guardianNov19],
    { note: 'Ban Ki-moon arrives in Cairo for ceasefire talks.' },
  ),
  ev(
    'TalksRoundOpened',
    'round-truce-opened',
    { occurredAt: '2012-11-19', recordedAt: at('11-19', '20:05') },
    {
      roundId: R.truce,
      label: 'Cairo truce talks (indirect, through Egypt)',
      format: 'informal',
      venue: 'Cairo',
      hosts: ['egypt'],
    },
    [S.guardianNov19],
    { note: 'An Israeli delegation and Hamas leaders meet Egyptian officials separately.' },
  ),
  ev(
    'IncidentReported',
    'inc-strikes-nov19',
    { occurredAt: '2012-11-19', recordedAt: at('11-19', '20:10') },
    {
      incidentId: 'israel-strikes-gaza-2012-11-19',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'hamas',
      place: P.gazaStrip,
      fatalities: { min: 34, max: 34 },
      description:
        'The deadliest day in Gaza: 34 reported killed on Monday, four of one family in Jabaliya and two teenage brothers in Rafah among them; 109 killed since Wednesday; about 140 rockets fired at Israel.',
    },
    [S.guardianNov19],
  ),
  ev(
    'MediationAction',
    'med-clinton-nov20',
    { occurredAt: '2012-11-20', recordedAt: at('11-21', '06:00') },
    {
      mediator: 'united-states',
      action: 'visited',
      summary:
        'Hillary Clinton breaks off Obama’s Asian tour and meets Netanyahu in Jerusalem, pledging to work "in the days ahead" for a durable outcome; she goes on to Ramallah and Cairo.',
    },
    [S.cbsNov20, S.chinadailyNov21],
  ),
  ev(
    'StatementMade',
    'stmt-netanyahu-nov20',
    { occurredAt: '2012-11-20', recordedAt: at('11-21', '06:05') },
    {
      speaker: NETANYAHU,
      audience: 'hamas',
      tone: 'warning',
      summary:
        'Beside Clinton, Netanyahu says he prefers a long-term diplomatic solution, but that otherwise Israel will take whatever action is necessary to protect its people.',
      quote: 'Israel will take whatever action is necessary to protect its people',
    },
    [S.cbsNov20, S.chinadailyNov21],
  ),
  ev(
    'StatementMade',
    'stmt-rishq-delay-nov20',
    { occurredAt: '2012-11-20', recordedAt: at('11-21', '06:10') },
    {
      speaker: RISHQ,
      audience: 'israel',
      tone: 'accusation',
      summary:
        'The truce announcement expected that evening is put off; Hamas says there will be none before Wednesday and blames Israel for not answering the proposals.',
    },
    [S.chinadailyNov21, S.cbsNov20],
  ),
  ev(
    'IncidentReported',
    'inc-strikes-nov20',
    { occurredAt: '2012-11-20', recordedAt: at('11-21', '06:15') },
    {
      incidentId: 'israel-strikes-gaza-2012-11-20',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'hamas',
      place: P.gazaCity,
      fatalities: { min: 13, max: 13 },
      description:
        'Israeli air and naval strikes on several Gaza targets, one near the Shifa hospital killing more than a dozen; the Gaza toll passes 130.',
    },
    [S.postGazetteNov20],
  ),
  ev(
    'IncidentReported',
    'inc-eshkol-nov20',
    { occurredAt: '2012-11-20', recordedAt: at('11-21', '06:20') },
    {
      incidentId: 'rockets-eshkol-2012-11-20',
      kind: 'missile-strike',
      against: 'israel',
      place: P.eshkol,
      fatalities: { min: 2, max: 2 },
      description:
        'Of a barrage of at least 200 rockets from Gaza, strikes in the Eshkol Regional Council kill an Israeli soldier and a civilian contractor; the group that fired them is not named.',
    },
    [S.postGazetteNov20],
  ),
  // ===== 21 November: the ceasefire =====
  ev(
    'IncidentReported',
    'inc-strikes-nov21',
    { occurredAt: '2012-11-21T12:00:00Z', recordedAt: at('11-21', '21:00') },
    {
      incidentId: 'israel-strikes-gaza-2012-11-21',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'hamas',
      place: P.gazaStrip,
      fatalities: { min: 20, max: 20 },
      description:
        'Israeli strikes go on for an eighth day, on ministries, tunnels and a media office, with shells from a warship; 20 killed in Gaza that day (medical officials), 150 since the operation began.',
    },
    [S.ipsNov21, S.wtspNov21],
  ),
  ev(
    'IncidentReported',
    'inc-bus-nov21',
    { occurredAt: '2012-11-21T10:00:00Z', precision: 'approximate', recordedAt: at('11-21', '21:05') },
    {
      incidentId: 'tel-aviv-bus-bomb-2012-11-21',
      kind: 'militant-attack',
      against: 'israel',
      place: P.telAviv,
      injured: { min: 27, max: 27 },
      description:
        'A bomb explodes on a bus near the military headquarters in Tel Aviv, wounding 27; no group named in the sources read.',
    },
    [S.wtspNov21],
  ),
  ev(
    'TalksRoundConcluded',
    'round-truce-concluded',
    { occurredAt: '2012-11-21T17:30:00Z', recordedAt: at('11-21', '21:10') },
    {
      roundId: R.truce,
      outcome: 'agreement',
      summary:
        'Egypt’s foreign minister Mohamed Kamel Amr, beside Clinton, announces that Egypt’s talks with all parties have reached a ceasefire.',
    },
    [S.ahramNov21, S.ipsNov21],
    { occurrence: 'cairo-ceasefire-announced-2012-11-21' },
  ),
  ev(
    'AgreementReached',
    'agr-cairo-nov21',
    { occurredAt: '2012-11-21T17:30:00Z', recordedAt: at('11-21', '21:15') },
    {
      agreementId: AGR,
      kind: 'ceasefire',
      provisions: [
        'Israel ends its targeted killings of Hamas leaders and its hostilities on Gaza',
        'Hamas stops all rocket fire from the militant groups in the Gaza Strip',
        'After a 24-hour cooling-off period, Israel eases its blockade of Gaza (no firm terms)',
      ],
      signatories: ['israel', 'hamas'],
      textPublic: true,
      roundId: R.truce,
      status: 'text-agreed',
    },
    [S.crosswalkNov21, S.ahramNov21],
    {
      occurrence: 'cairo-ceasefire-announced-2012-11-21',
      note: 'Provisions as in the copy of the agreement the AP obtained, as relayed.',
    },
  ),
  ev(
    'StatementMade',
    'stmt-netanyahu-chance-nov21',
    { occurredAt: '2012-11-21T17:45:00Z', recordedAt: at('11-21', '21:20') },
    {
      speaker: NETANYAHU,
      audience: 'hamas',
      tone: 'conciliatory',
      summary:
        'Netanyahu’s office says he agreed, on Obama’s recommendation, to give the Egyptian proposal a chance; more forceful action may be needed if it fails.',
      quote: 'give a chance to an Egyptian proposal for a ceasefire',
    },
    [S.ipsNov21, S.crosswalkNov21],
  ),
  ev(
    'CeasefireDeclared',
    'cf-cairo-nov21',
    { occurredAt: '2012-11-21T19:00:00Z', recordedAt: at('11-21', '21:25') },
    {
      ceasefireId: CF,
      parties: ['israel', 'hamas'],
      scope: 'The Gaza Strip and Israel: the ceasefire announced in Cairo, from 21:00 local time on 21 November',
      duration: 'indefinite',
      mediatedBy: ['egypt', 'united-states'],
    },
    [S.ahramNov21, S.ipsNov21],
    { occurrence: 'cairo-ceasefire-in-force-2012-11-21' },
  ),
  ev(
    'AgreementStatusChanged',
    'agr-cairo-in-force',
    { occurredAt: '2012-11-21T19:00:00Z', recordedAt: at('11-21', '21:30') },
    { agreementId: AGR, status: 'in-force', reason: 'The ceasefire takes effect at 21:00 Cairo time.' },
    [S.ahramNov21],
    { occurrence: 'cairo-ceasefire-in-force-2012-11-21' },
  ),
  ev(
    'StatementMade',
    'stmt-meshaal-honour-nov21',
    { occurredAt: '2012-11-21T19:30:00Z', recordedAt: at('11-21', '21:35') },
    {
      speaker: MESHAAL,
      audience: 'israel',
      tone: 'conciliatory',
      summary:
        'In Cairo, beside Islamic Jihad’s Ramadan Shalah, Meshaal thanks Morsi and says the Palestinians will honour the truce as long as Israel does.',
      quote: 'the Palestinians will honour the truce as long as Israel does',
    },
    [S.ahramNov21],
  ),
  // ===== 23 November: the farmer at the fence =====
  ev(
    'IncidentReported',
    'inc-farmer-nov23',
    { occurredAt: '2012-11-23', recordedAt: at('11-24', '09:00') },
    {
      incidentId: 'israel-fire-khan-younis-fence-2012-11-23',
      kind: 'lethal-force',
      perpetrator: 'israel',
      against: 'hamas',
      target: 'Gazans, farmers among them, approaching the border fence in the no-go zone',
      place: P.khanYounisFence,
      fatalities: { min: 1, max: 1 },
      injured: { min: 10, max: 19 },
      description:
        'Israeli soldiers fire on hundreds of Gazans who approach the fence east of Khan Younis, believing the truce lifted the 300-metre no-go zone: Anwar Qdeih, 21, is shot in the head and killed, 10–19 wounded. The army says it fired warning shots, then at legs.',
    },
    [S.aljazeeraNov24, S.brisbaneNov24],
    { occurrence: 'khan-younis-fence-2012-11-23' },
  ),
  ev(
    'CeasefireViolationReported',
    'cfv-farmer-nov23',
    { occurredAt: '2012-11-23', recordedAt: at('11-24', '09:05') },
    {
      ceasefireId: CF,
      allegedBy: 'hamas',
      against: 'israel',
      casualties: { min: 1, max: 1 },
      injured: { min: 10, max: 19 },
      description:
        'Sami Abu Zuhri calls the shooting a clear violation of the truce by Israeli forces and says Hamas will raise it with the Egyptian mediators.',
    },
    [S.aljazeeraNov24],
    { occurrence: 'khan-younis-fence-2012-11-23' },
  ),
  ev(
    'StatementMade',
    'stmt-abu-marzouk-nov23',
    { occurredAt: '2012-11-23', recordedAt: at('11-24', '09:10') },
    {
      speaker: ABU_MARZOUK,
      audience: 'egypt',
      tone: 'neutral',
      summary: 'From the talks in Cairo, Abu Marzouk tells AP the violence will not affect the ceasefire.',
    },
    [S.brisbaneNov24],
  ),
  // ===== The weeks after: the terms =====
  ev(
    'DemandTabled',
    'dem-crossings',
    { occurredAt: '2012-11-24', recordedAt: at('11-26', '22:00') },
    {
      demandId: D.crossings,
      by: 'hamas',
      addressedTo: ['israel'],
      text: 'Open all four goods crossings with Gaza that worked before 2006, free movement for Gazans, and a 12-nautical-mile fishing zone.',
      category: 'economic',
    },
    [S.aljazeeraNov26, S.priNov26],
    { note: 'Mahmoud al-Zahar, Saturday 24 November; Abu Marzouk on the 12 miles.' },
  ),
  ev(
    'DemandTabled',
    'dem-no-rockets',
    { occurredAt: '2012-11-26', recordedAt: at('11-26', '22:05') },
    {
      demandId: D.noRockets,
      by: 'israel',
      addressedTo: ['hamas'],
      text: 'No rocket fire from Gaza by any group, and an end to arms smuggling into Gaza.',
      category: 'security',
    },
    [S.priNov26],
  ),
  ev(
    'StatementMade',
    'stmt-fishing-zone',
    { occurredAt: '2012-11-25', recordedAt: at('11-26', '22:10') },
    {
      speaker: ABU_MARZOUK,
      audience: 'israel',
      tone: 'neutral',
      summary:
        'Abu Marzouk says that under the preliminary agreement Israel widened the fishing zone off Gaza from three to six nautical miles from Sunday; Hamas wants twelve. Israel also lets farmers work near the fence.',
      quote: 'Israel agreed to widen the area from three to six nautical miles, which started yesterday',
    },
    [S.priNov26, S.aljazeeraNov26],
  ),
  ev(
    'TalksRoundOpened',
    'round-terms-opened',
    { occurredAt: '2012-11-26', recordedAt: at('11-27', '21:00') },
    {
      roundId: R.terms,
      label: 'Cairo talks on the terms of the ceasefire (indirect, through Egyptian intelligence)',
      format: 'informal',
      venue: 'Cairo',
      hosts: ['egypt'],
    },
    [S.aljazeeraNov26, S.upiNov27],
  ),
  ev(
    'StatementMade',
    'stmt-zahar-rearm',
    { occurredAt: '2012-11-24', precision: 'approximate', recordedAt: at('11-27', '21:05') },
    {
      speaker: AL_ZAHAR,
      audience: 'israel',
      tone: 'critical',
      summary: 'Hamas officials in Gaza say Israel must open all crossings, and that Hamas will go on rearming.',
    },
    [S.upiNov27],
  ),
  // ===== 28 November: the fishermen =====
  ev(
    'IncidentReported',
    'inc-fishermen-nov28',
    { occurredAt: '2012-11-28', recordedAt: at('11-28', '20:00') },
    {
      incidentId: 'israel-detains-fishermen-2012-11-28',
      kind: 'detention',
      perpetrator: 'israel',
      against: 'hamas',
      target: 'Gaza fishermen on two boats',
      place: P.sea,
      description:
        'Israel’s navy detains fishermen on two boats it says went beyond the new six-mile limit and takes them to Ashdod for questioning; the Hamas interior ministry says nine men were seized and a boat sunk.',
    },
    [S.reutersNov28, S.nytNov28],
  ),
  ev(
    'IncidentReported',
    'inc-buffer-nov28',
    { occurredAt: '2012-11-28', recordedAt: at('11-28', '20:05') },
    {
      incidentId: 'israel-fire-buffer-zone-2012-11-28',
      kind: 'lethal-force',
      perpetrator: 'israel',
      against: 'hamas',
      target: 'Gazans in the buffer zone',
      place: P.gazaStrip,
      injured: { min: 7, max: 7 },
      description:
        'Seven Palestinians wounded by Israeli gunfire in the buffer zone, one seriously (a Hamas health official).',
    },
    [S.nytNov28],
  ),
  ev(
    'StatementMade',
    'stmt-hamas-fishermen',
    { occurredAt: '2012-11-28', recordedAt: at('11-28', '20:10') },
    {
      speaker: HAMAS_STMT,
      audience: 'israel',
      tone: 'accusation',
      summary: 'Hamas denounces the seizure of the boats as a threat to the week-old ceasefire.',
    },
    [S.nytNov28],
  ),
  ev(
    'StatementMade',
    'stmt-israel-envelope',
    { occurredAt: '2012-11-28', recordedAt: at('11-28', '20:15') },
    {
      speaker: ISRAEL_OFFICIAL,
      audience: 'hamas',
      tone: 'warning',
      summary:
        'A senior Israeli official confirms the "new arrangement" at sea and calls the incidents the Gazans’ attempt to push the envelope.',
      quote: 'When we think there’s a violation, we respond.',
    },
    [S.nytNov28],
  ),
  // ===== December: Meshaal in Gaza, the building materials =====
  ev(
    'StatementMade',
    'stmt-meshaal-gaza-dec08',
    { occurredAt: '2012-12-08', recordedAt: at('12-08', '20:00') },
    {
      speaker: MESHAAL,
      audience: 'israel',
      tone: 'threat',
      summary:
        'On his first visit to Gaza, at the rally for Hamas’s 25th anniversary, Meshaal vows never to recognise Israel or concede "an inch" of the land, and to free the prisoners the way some were freed before — read as a threat to seize Israeli soldiers.',
      quote:
        'The way we freed some of the prisoners in the past is the way we will use to free the remaining prisoners',
    },
    [S.reutersDec08, S.france24Dec08],
  ),
  ev(
    'IncidentReported',
    'inc-fishermen-dec23',
    { occurredAt: '2012-12-23T13:30:00Z', recordedAt: at('12-23', '22:00') },
    {
      incidentId: 'israel-detains-fishermen-2012-12-23',
      kind: 'detention',
      perpetrator: 'israel',
      against: 'hamas',
      target: 'Two Gaza fishermen, the brothers Mohammed and Zidan Zidan, and their boat',
      place: P.seaGazaCity,
      description:
        'Israeli naval vessels open fire on fishing boats about five nautical miles off the harbour west of Gaza City, surround one, make two fishermen strip and swim to them, seize the boat and take the men away (Al Mezan’s field investigation).',
    },
    [S.mezanDec23],
  ),
  ev(
    'IncidentReported',
    'inc-fishermen-released-dec23',
    { occurredAt: '2012-12-23T20:30:00Z', recordedAt: at('12-23', '22:05') },
    {
      incidentId: 'israel-releases-fishermen-2012-12-23',
      kind: 'release',
      perpetrator: 'israel',
      against: 'hamas',
      place: P.seaGazaCity,
      description:
        'At about 22:30 the same day Israel releases the two fishermen at the Erez crossing; the boat is kept.',
    },
    [S.mezanDec23],
  ),
  ev(
    'StatementMade',
    'stmt-gravel-dec30',
    { occurredAt: '2012-12-30', recordedAt: at('12-30', '20:00') },
    {
      speaker: COGAT,
      audience: 'hamas',
      tone: 'conciliatory',
      summary:
        'Israel lets gravel for private construction into Gaza through Kerem Shalom for the first time since 2007 (20 truckloads); a Palestinian official with knowledge of the Egyptian-brokered ceasefire says the move was expected as part of the deal.',
    },
    [S.maanDec30, graded(S.ynetDec30, 2)],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'israel-hamas-2012.jsonl',
  logEnd: '2012-12-31T23:59:00Z',
  events,
};

export default definition;
