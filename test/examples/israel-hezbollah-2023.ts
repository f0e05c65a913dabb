/**
 * A test fixture, not a shipped example: the year of cross-border fire between Israel and Hezbollah, from Hezbollah's
 * first fire on the Shebaa Farms (8 October 2023) to the ceasefire's entry into force (27 November 2024, 02:00 GMT),
 * as an analyst following the news could have recorded it. Escalation model v2 was never tuned on it: it is the case
 * the model is held to in israel-hezbollah-2023.spec.ts, against calls written from DOMAIN.md §5b alone.
 *
 * Separate from israel-hezbollah-2006.ts, israel-hezbollah-1996.ts, israel-lebanon-2022.ts and israel-lebanon-2024.ts
 * (which begins with this ceasefire): nothing here is after the ceasefire took effect, and none of those fixtures'
 * events is copied.
 *
 * What it tests: a year of low-level fire with peaks (January, June, late July, 25 August); an attack blamed on the
 * other and denied (Majdal Shams); targeted killings in the other's capital; an attack on the other's devices; an air
 * campaign and a ground invasion recorded `scale: 'major'` where the sources call them so; a third party's mediation
 * (the United States, Amos Hochstein; France) and the ceasefire's day.
 *
 * Grading as in examples/README.md: B = established outlet or wire copy, C = smaller outlet, aggregator or mirror;
 * 1 = on-record statement or act confirmed by the actor itself; 2 = several outlets agree or one established outlet
 * reports it; 3 = one side's unverified claim about the other. Tolls are Lebanon's health ministry's or Israel's
 * emergency services', as the sources give them, as ranges where they differ.
 *
 * Judgement calls, recorded as an analyst would:
 * - The daily exchanges along the Blue Line (October 2023 – September 2024) are not recorded day by day: the log holds
 *   the first day, the peaks the press reported as such, and one casualty report (AP, 12 June 2024: "over 400" killed
 *   in Lebanon, 15 soldiers and 10 civilians in Israel since October). The days between are days with no recorded act.
 * - The killing of Saleh al-Arouri in Beirut (2 January 2024) is Israel's strike on Hamas, a third party, on Lebanese
 *   soil: recorded `against: 'hamas'`, alleged by Hezbollah (Israel neither confirmed nor denied). It is not armed
 *   action between the pair; Nasrallah's vow of 3 January is Hezbollah's threat to Israel, and its "initial response"
 *   (6 January, Meron) is armed action.
 * - Majdal Shams (27 July 2024): the rocket is recorded as Hezbollah's `missile-strike`, alleged by Israel (graded 3:
 *   Hezbollah "categorically denies"; the United States also blamed Hezbollah); Hezbollah's denial is its statement.
 * - The pager and walkie-talkie explosions (17–18 September 2024) are recorded as `militant-attack` by Israel alleged
 *   by Hezbollah (Israel did not comment at the time): bombs set off in the other's devices are force, but not one of
 *   the catalogue's armed kinds (no clash, strike or shelling); the model is left to read them as it reads that kind.
 * - `scale: 'major'`: the air campaign of 23 September (The Hindu: "the deadliest escalation of Israeli offensive on
 *   Lebanon since the 2006 Israel-Hezbollah war"; Wikipedia: "Operation Northern Arrows") and the ground operation of
 *   1 October (Eye Radio, citing the BBC: "Israel launches ground offensive in southern Lebanon"; The Independent:
 *   "The ground invasion of Lebanon").
 * - The ceasefire was agreed between Israel and Lebanon's government; Hezbollah accepted the US proposal through
 *   Speaker Berri and Naim Qassem said the group had given its feedback: it is recorded as binding Israel and Hezbollah,
 *   mediated by the United States and France, `indefinite` (Biden: "designed to be a permanent cessation").
 * - Israeli troops in south Lebanon when the ceasefire took effect, with 60 days to withdraw, are an `occupation` by
 *   Israel recorded at its entry into force; no withdrawal falls within the log.
 * - Places are recorded one way each (PLACE below): the border strip of south Lebanon as one place, northern Israel
 *   (Galilee) as one, Beirut's southern suburbs as one.
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'israel-hezbollah-2023';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 2023);

const ISRAEL: Actor = { id: 'israel', name: 'Israel', kind: 'state', aliases: ['IDF', 'Israeli government'] };
const HEZBOLLAH: Actor = {
  id: 'hezbollah',
  name: 'Hezbollah',
  kind: 'armed-group',
  aliases: ['Hizbollah', 'Hizbullah', 'the Islamic Resistance'],
};
const USA: Actor = { id: 'united-states', name: 'United States', kind: 'state', aliases: ['US', 'Washington'] };
const FRANCE: Actor = { id: 'france', name: 'France', kind: 'state', aliases: ['Paris'] };
const LEBANON: Actor = {
  id: 'lebanon',
  name: 'Lebanon',
  kind: 'state',
  aliases: ['Lebanese government', 'Lebanese army'],
};
const HAMAS: Actor = { id: 'hamas', name: 'Hamas', kind: 'armed-group', aliases: ['Islamic Resistance Movement'] };
const UNIFIL: Actor = {
  id: 'unifil',
  name: 'UN Interim Force in Lebanon',
  kind: 'international-organisation',
  aliases: ['UNIFIL'],
};

const NASRALLAH: Person = { name: 'Hassan Nasrallah', title: 'Secretary-General of Hezbollah', actorId: 'hezbollah' };
const HEZBOLLAH_STMT: Person = { name: 'Hezbollah (statement)', title: 'Hezbollah', actorId: 'hezbollah' };
const SAFIEDDINE: Person = {
  name: 'Hashem Safieddine',
  title: 'Head of Hezbollah’s executive council',
  actorId: 'hezbollah',
};
const QASSEM: Person = { name: 'Naim Qassem', title: 'Secretary-General of Hezbollah', actorId: 'hezbollah' };
const NETANYAHU: Person = { name: 'Benjamin Netanyahu', title: 'Prime Minister of Israel', actorId: 'israel' };
const GALLANT: Person = { name: 'Yoav Gallant', title: 'Defence Minister of Israel', actorId: 'israel' };

const PLACE = {
  shebaa: 'Shebaa Farms (Har Dov)',
  southLebanon: 'south Lebanon border villages',
  northIsrael: 'northern Israel (Galilee)',
  beirut: 'Beirut southern suburbs (Dahiyeh)',
  golan: 'Majdal Shams (Golan Heights)',
  meron: 'Mount Meron air control base',
  jouaiya: 'Jouaiya, south Lebanon',
  haifa: 'Haifa',
  centralIsrael: 'central Israel (Tel Aviv, Petah Tikva)',
  lebanon: 'across Lebanon (Beirut suburbs, the south, the Bekaa)',
};

const S = {
  ddOct8: source(
    'Israel strikes Lebanon after Hezbollah hits Shebaa Farms',
    'DD India (Reuters)',
    'https://ddindia.co.in/2023/10/israel-strikes-lebanon-after-hezbollah-hits-shebaa-farms',
    '2023-10-08',
    'B',
    2,
  ),
  geoOct8: source(
    'Israel strikes southern Lebanon after Hezbollah attacks Shebaa farms',
    'Geo News (Reuters)',
    'https://www.geo.tv/latest/513600-israel-strikes-lebanon-after-hezbollah-hits-shebaa-farms',
    '2023-10-08',
    'B',
    1,
  ),
  jpostOct8: source(
    'Two rockets fired from Lebanon, IDF responds with artillery',
    'The Jerusalem Post',
    'https://www.jpost.com/breaking-news/article-763201',
    '2023-10-08',
    'B',
    1,
  ),
  nationOct8: source(
    'Israeli army hits Lebanese territory with artillery',
    'The Nation (Anadolu)',
    'https://www.nation.com.pk/08-Oct-2023/israeli-army-hits-lebanese-territory-with-artillery',
    '2023-10-08',
    'C',
    1,
  ),
  nationalNov16: source(
    'Two Hezbollah fighters killed in renewed fighting along Lebanon-Israel border',
    'The National',
    'https://www.thenationalnews.com/mena/lebanon/2023/11/16/two-hezbollah-fighters-killed-in-renewed-fighting-along-lebanon-israel-border/',
    '2023-11-16',
    'B',
    1,
  ),
  siasatNov24_2023: source(
    '2 killed, 5 wounded in Israeli airstrikes on Lebanon',
    'Siasat Daily (Xinhua)',
    'https://www.siasat.com/2-killed-5-wounded-in-israeli-airstrikes-on-lebanon-2918322/',
    '2023-11-24',
    'C',
    2,
  ),
  newsrMar2: source(
    'Israeli strike in south Lebanon kills Hezbollah fighters',
    'Newsr (Reuters video)',
    'https://newsr.in/video/20240302/16678720/Israeli-strike-in-south-Lebanon-kills-Hezbollah-fighters.htm',
    '2024-03-02',
    'C',
    2,
  ),
  cbsOct2: source(
    'Israel says 8 soldiers killed in Lebanon amid "intense fighting" with Hezbollah',
    'CBS News',
    'https://www.cbsnews.com/chicago/video/israel-says-8-soldiers-killed-in-lebanon-amid-intense-fighting-with-hezbollah/',
    '2024-10-02',
    'B',
    1,
  ),
  newsxOct2: source(
    'Eight soldiers killed in clashes with Hezbollah in Lebanon: Israel',
    'NewsX',
    'https://www.newsx.com/world/eight-soldiers-killed-in-clashes-with-hezbollah-in-lebanon-israel/',
    '2024-10-02',
    'C',
    1,
  ),
  maltaOct3: source(
    'Israel, Hezbollah in deadly battles on Lebanon border',
    'Times of Malta (AFP)',
    'https://timesofmalta.com/article/israel-hezbollah-deadly-battles-lebanon-border.1098942',
    '2024-10-03',
    'B',
    1,
  ),
  clamOct13: source(
    'Lebanon conflict: rising death toll amid intensified Israeli raids and Hezbollah clashes',
    'Clam Report',
    'https://clamreport.com/story/lebanon-conflict--rising-death-toll-amid-intensified-israeli-raids-and-hezbollah-clashes.SJrnz3tyke.html',
    '2024-10-13',
    'C',
    2,
  ),
  swissOct24: source(
    'Israeli military says five soldiers were killed during combat in southern Lebanon',
    'Swissinfo (Reuters)',
    'https://www.swissinfo.ch/eng/israeli-military-says-five-soldiers-were-killed-during-combat-in-southern-lebanon/87793541',
    '2024-10-24',
    'B',
    1,
  ),
  sabahJan3: source(
    "Nasrallah vows revenge against Israel after Hamas official's killing",
    'Daily Sabah',
    'https://www.dailysabah.com/world/mid-east/nasrallah-vows-revenge-against-israel-after-hamas-officials-killing',
    '2024-01-03',
    'B',
    1,
  ),
  anewsJan3: source(
    "Hamas official's assassination in Lebanon won't go unpunished: Hezbollah chief",
    'A News',
    'https://www.anews.com.tr/middle-east/2024/01/03/hamas-officials-assassination-in-lebanon-wont-go-unpunished-hezbollah-chief',
    '2024-01-03',
    'C',
    2,
  ),
  ajJan6: source(
    "Hezbollah fires rockets at Israel in response to Hamas leader's killing",
    'Al Jazeera',
    'https://www.aljazeera.com/news/2024/1/6/hezbollah-fires-rockets-at-israel-in-response-to-hamas-leaders-killing',
    '2024-01-06',
    'B',
    1,
  ),
  chronicleJan6: source(
    "Hezbollah Fires Rockets at Israel in 'Initial Response' to Arouri's Assassination",
    'Palestine Chronicle',
    'https://www.palestinechronicle.com/hezbollah-fires-rockets-at-israel-in-initial-response-to-arouris-assassination/',
    '2024-01-06',
    'C',
    2,
  ),
  ahramJun12: source(
    'Rockets fired from Lebanon after Israel kills Hezbollah commander',
    'Ahram Online (AP)',
    'https://english.ahram.org.eg/News/525387.aspx',
    '2024-06-12',
    'B',
    2,
  ),
  lbcJun12: source(
    'Israeli army confirms killing of senior Hezbollah leader in raid on Lebanon',
    'LBCI (Reuters)',
    'https://www.lbcgroup.tv/news/lebanon-news/778122/israeli-army-confirms-killing-of-senior-hezbollah-leader-in-raid-on-le/en',
    '2024-06-12',
    'B',
    1,
  ),
  nationalJun13: source(
    'Hezbollah targets northern Israel in retaliation for death of commander Abu Taleb',
    'The National',
    'https://thenationalnews.com/news/mena/2024/06/13/hezbollah-vows-to-intensify-attacks-on-israel-after-top-commander-abu-taleb-killed',
    '2024-06-13',
    'B',
    1,
  ),
  tassJul27: source(
    'Death toll from rocket fall in Majdal Shams rises to 12',
    'TASS',
    'https://tass.com/world/1822231',
    '2024-07-27',
    'B',
    2,
  ),
  tassJul28: source(
    'Hezbollah did not target Majdal Shams',
    'TASS',
    'https://tass.com/world/1822247',
    '2024-07-28',
    'B',
    1,
  ),
  reutersJul28: source(
    'Druze bury children killed in Golan Heights rocket attack',
    'MarketScreener (Reuters)',
    'https://www.marketscreener.com/news/latest/Druze-bury-children-killed-in-Golan-Heights-rocket-attack-47488895/',
    '2024-07-28',
    'B',
    2,
  ),
  ifpJul28: source(
    'Hezbollah clears out key sites over possible Israeli strike',
    'IFP News',
    'https://ifpnews.com/hezbollah-key-sites-possible-israeli-strike/',
    '2024-07-28',
    'C',
    1,
  ),
  wikiShukr: source(
    'Killing of Fuad Shukr',
    'Wikipedia',
    'https://en.wikipedia.org/wiki/Killing_of_Fuad_Shukr',
    '2024-07-31',
    'C',
    2,
  ),
  pledgeJul30: source(
    'Israel Defense Forces says Hezbollah leader killed in attack',
    'Pledge Times (EFE)',
    'https://pledgetimes.com/israel-defense-forces-says-hezbollah-leader-killed-in-attack/',
    '2024-07-30',
    'C',
    1,
  ),
  sunstarAug25: source(
    'Israel stages heavy airstrikes on Lebanon',
    'SunStar (AP)',
    'https://www.sunstar.com.ph/network/israel-stages-heavy-airstrikes-on-lebanon',
    '2024-08-25',
    'B',
    1,
  ),
  ynetAug25: source(
    'IDF destroys thousands of rocket launching platforms in southern Lebanon',
    'Ynetnews',
    'https://www.ynetnews.com/article/skdhxrds0',
    '2024-08-25',
    'B',
    1,
  ),
  hinduAug25: source(
    'Israeli Air Force target Hezbollah using precision strikes',
    'The Hindu',
    'https://www.thehindu.com/news/international/israeli-air-force-target-hezbollah-using-precision-strikes/article68567865.ece',
    '2024-08-25',
    'B',
    1,
  ),
  babelSep23: source(
    'Israel struck 300 strikes against Hezbollah, more than 180 dead are known',
    'Babel',
    'https://babel.ua/en/news/111104-israel-struck-300-strikes-against-hezbollah-more-than-180-dead-are-known',
    '2024-09-23',
    'C',
    2,
  ),
  hinduSep24: source(
    "Editor's pick: 492 killed in Israeli strikes in Lebanon",
    'The Hindu',
    'https://www.thehindu.com/newsletter/editors-pick-492-killed-in-israeli-strikes-in-lebanon/article68674319.ece',
    '2024-09-24',
    'B',
    2,
  ),
  wikiSep23: source(
    '23 September 2024 Lebanon strikes',
    'Wikipedia (mirror)',
    'https://backend.710302.xyz/https/en.wikipedia.org/wiki/23_September_2024_Lebanon_strikes',
    '2024-09-25',
    'C',
    2,
  ),
  hurriyetSep28: source(
    'Israeli military says Hezbollah leader Hassan Nasrallah killed in strikes on Beirut',
    'Hürriyet Daily News (AFP)',
    'https://www.hurriyetdailynews.com/israel-army-says-hezbollah-chief-nasrallah-eliminated-in-beirut-strike-201017',
    '2024-09-28',
    'B',
    1,
  ),
  menafnSep28: source(
    "Hezbollah Confirms Leader Nasrallah's Death",
    'MENAFN (AFP)',
    'https://menafn.com/1108725671/Hezbollah-Confirms-Leader-Nasrallahs-Death',
    '2024-09-28',
    'C',
    1,
  ),
  baongheanSep28: source(
    'Israel confirms Hezbollah leader killed in Beirut',
    'Baonghean (France24, AFP)',
    'https://baonghean.vn/en/israel-khang-dinh-thu-linh-hezbollah-da-thiet-mang-o-beirut-10281369.html',
    '2024-09-28',
    'C',
    2,
  ),
  independentOct1: source(
    'Israel begins ground invasion of Lebanon',
    'The Independent',
    'https://www.independent.co.uk/news/world/middle-east/israel-lebanon-hezbollah-ground-invasion-beirut-latest-news-b2621702.html',
    '2024-10-01',
    'B',
    1,
  ),
  eyeOct1: source(
    'Israel launches ground offensive in southern Lebanon',
    'Eye Radio (BBC)',
    'https://www.eyeradio.org/israel-launches-ground-offensive-in-southern-lebanon/',
    '2024-10-01',
    'C',
    1,
  ),
  htOct1: source(
    'Israel begins targeted ground raids on Hezbollah in Lebanon',
    'Hindustan Times (AP)',
    'https://www.hindustantimes.com/world-news/israel-begins-targeted-ground-raids-on-hezbollah-in-lebanon-101727740168095.html',
    '2024-10-01',
    'B',
    1,
  ),
  devOct7: source(
    'Tensions Escalate: Hezbollah Rockets Hit Haifa',
    'Devdiscourse (agencies)',
    'https://www.devdiscourse.com/article/law-order/3112826-tensions-escalate-hezbollah-rockets-hit-haifa',
    '2024-10-07',
    'C',
    2,
  ),
  jpostNov19: source(
    'Hochstein urges Israel, Lebanon, Hezbollah to seize opportunity for ceasefire',
    'The Jerusalem Post',
    'https://www.jpost.com/breaking-news/article-829811',
    '2024-11-19',
    'B',
    1,
  ),
  monitorNov19: source(
    "Hochstein in Beirut, says 'significant progress' on Lebanon-Israel cease-fire as Hezbollah accepts proposal",
    'Al-Monitor',
    'https://al-monitor.com/originals/2024/11/hochstein-beirut-says-significant-progress-made-lebanon-israel-cease-fire-talks',
    '2024-11-19',
    'B',
    1,
  ),
  yahooNov20: source(
    'Hezbollah chief says group gave feedback on US ceasefire proposal',
    'Yahoo News (Reuters)',
    'https://ca.news.yahoo.com/postal-strike-stalls-delivery-passports-024256642.html',
    '2024-11-20',
    'B',
    1,
  ),
  newsvotNov24: source(
    'Hezbollah rockets strike near Tel Aviv after deadly Israeli airstrike on Beirut',
    'Newsvot',
    'https://newsvot.com/hezbollah-rockets-strike-near-tel-aviv-after-deadly-israeli-airstrike-on-beirut',
    '2024-11-24',
    'C',
    2,
  ),
  anewsNov24: source(
    'Several people injured as Hezbollah launches dozens of rockets at Israel',
    'A News (dpa)',
    'https://www.anews.com.tr/world/2024/11/24/several-people-injured-as-hezbollah-launches-dozens-of-rockets-at-israel',
    '2024-11-24',
    'C',
    2,
  ),
  siasatNov24: source(
    'Hezbollah fires 200 rockets at northern, central Israel, injuring eight',
    'Siasat Daily (IANS)',
    'https://www.siasat.com/hezbollah-fires-200-rockets-at-northern-central-israel-injuring-eight-3137009/',
    '2024-11-24',
    'C',
    2,
  ),
  londonbeeNov27: source(
    'Israel-Hezbollah ceasefire: Biden pushes for permanent end to hostilities',
    'London Bee',
    'https://londonbee.co.uk/israel-hezbollah-ceasefire-biden-pushes-for-permanent-end-to-hostilities',
    '2024-11-27',
    'C',
    2,
  ),
  kgNov27: source(
    'Israel and Hezbollah agree to ceasefire',
    '24.kg',
    'https://24.kg/english/312364__Israel_and_Hezbollah_agree_to_ceasefire/',
    '2024-11-27',
    'C',
    1,
  ),
  idnNov27: source(
    'Biden announces Israel and Hezbollah ceasefire',
    'Indian Defense News',
    'https://www.indiandefensenews.in/2024/11/biden-announces-israel-and-hezbollah.html',
    '2024-11-27',
    'C',
    2,
  ),
  dwNov27: source(
    'Cease-fire between Israel and Hezbollah takes effect',
    'Deutsche Welle',
    'https://www.dw.com/en/middle-east-israel-hezbollah-cease-fire-begins/live-70885392?maca=en-rss-en-top-1022-rdf',
    '2024-11-27',
    'B',
    1,
  ),
  menafnNov27: source(
    'Ceasefire between Israel, Hezbollah officially takes effect',
    'MENAFN',
    'https://menafn.com/1108943217/Ceasefire-between-Israel-Hezbollah-officially-takes-effect',
    '2024-11-27',
    'C',
    2,
  ),
};

const CF = 'israel-hezbollah-cessation-of-hostilities-2024-11-27';

const events = [
  // ===== 8 October 2023: the first fire =====
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '2023-10-08T04:00:00Z', precision: 'approximate', recordedAt: '2023-10-08T18:00:00Z' },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Israel – Hezbollah, 2023–24: the Blue Line front, the September war and the ceasefire',
      subject:
        "Hezbollah's fire on Israel 'in solidarity' with Gaza from 8 October 2023 and Israel's strikes on Lebanon; the escalation of 2024, the air campaign and ground invasion, and the US- and French-mediated cessation of hostilities",
      parties: [ISRAEL, HEZBOLLAH],
      mediators: [USA],
    },
    [S.ddOct8, S.geoOct8],
    { note: 'Opened on the day of the first fire; the United States (Amos Hochstein) carried the diplomacy.' },
  ),
  ev(
    'ActorRegistered',
    'actor-lebanon',
    { occurredAt: '2023-10-08T04:00:00Z', precision: 'approximate', recordedAt: '2023-10-08T18:05:00Z' },
    { actor: LEBANON, role: 'third-party' },
    [S.nationOct8],
    { note: 'The Lebanese state; it made no comment on the first fire and did not fight.' },
  ),
  ev(
    'ActorRegistered',
    'actor-unifil',
    { occurredAt: '2023-10-08T04:00:00Z', precision: 'approximate', recordedAt: '2023-10-08T18:06:00Z' },
    { actor: UNIFIL, role: 'third-party' },
    [S.geoOct8],
  ),
  ev(
    'ActorRegistered',
    'actor-hamas',
    { occurredAt: '2023-10-08T04:00:00Z', precision: 'approximate', recordedAt: '2023-10-08T18:07:00Z' },
    { actor: HAMAS, role: 'third-party' },
    [S.geoOct8],
    { note: "Hamas's war with Israel is a third party's: Hezbollah fires 'in solidarity' with it." },
  ),
  ev(
    'IncidentReported',
    'inc-shebaa-oct8',
    { occurredAt: '2023-10-08T04:00:00Z', precision: 'approximate', recordedAt: '2023-10-08T18:10:00Z' },
    {
      incidentId: 'hezbollah-shebaa-2023-10-08',
      kind: 'shelling',
      perpetrator: 'hezbollah',
      against: 'israel',
      target: 'Three Israeli army posts in the Shebaa Farms, among them a radar',
      place: PLACE.shebaa,
      description:
        "Hezbollah says it fired guided rockets and artillery at three Israeli posts in the Shebaa Farms 'in solidarity' with the Palestinian people; UNIFIL detects several rockets fired from southeast Lebanon. No casualties reported.",
    },
    [S.ddOct8, S.geoOct8, S.nationOct8],
  ),
  ev(
    'IncidentReported',
    'inc-israel-oct8',
    { occurredAt: '2023-10-08T04:30:00Z', precision: 'approximate', recordedAt: '2023-10-08T18:15:00Z' },
    {
      incidentId: 'israel-shelling-south-lebanon-2023-10-08',
      kind: 'shelling',
      perpetrator: 'israel',
      against: 'hezbollah',
      target: 'The areas from which fire was launched (Kfarchouba hills, al-Mari, Halta)',
      place: PLACE.southLebanon,
      injured: { min: 2, max: 2 },
      description:
        'Israeli artillery strikes the area in Lebanon the fire came from, and a drone strikes a Hezbollah post (and the tent Hezbollah had set up in the Har Dov area); two Lebanese civilians injured, the National News Agency says.',
    },
    [S.jpostOct8, S.nationOct8],
  ),
  // ===== November 2023: the daily exchanges (the days the press marked) =====
  ev(
    'IncidentReported',
    'inc-hezbollah-nov16',
    { occurredAt: '2023-11-16T10:00:00Z', precision: 'approximate', recordedAt: '2023-11-16T18:00:00Z' },
    {
      incidentId: 'hezbollah-missiles-2023-11-16',
      kind: 'missile-strike',
      perpetrator: 'hezbollah',
      against: 'israel',
      target: 'Eight Israeli positions across the border, an infantry force and a barracks among them',
      place: PLACE.northIsrael,
      description:
        'After a day of relative calm Hezbollah says it fired missiles at eight positions across the border through the day.',
    },
    [S.nationalNov16],
  ),
  ev(
    'IncidentReported',
    'inc-israel-nov16',
    { occurredAt: '2023-11-16T12:00:00Z', precision: 'approximate', recordedAt: '2023-11-16T18:05:00Z' },
    {
      incidentId: 'israel-shelling-2023-11-16',
      kind: 'shelling',
      perpetrator: 'israel',
      against: 'hezbollah',
      target: 'A dozen villages along the border; a cell trying to fire anti-tank missiles',
      place: PLACE.southLebanon,
      fatalities: { min: 2, max: 2 },
      description:
        "Israel strikes 'a terror cell' and shells at least a dozen border villages, one of the most violent days since 8 October (a Lebanese security source to Reuters); Hezbollah says two of its fighters were killed.",
    },
    [S.nationalNov16],
  ),
  ev(
    'IncidentReported',
    'inc-israel-nov23',
    { occurredAt: '2023-11-23T10:00:00Z', precision: 'approximate', recordedAt: '2023-11-24T18:00:00Z' },
    {
      incidentId: 'israel-strikes-south-lebanon-2023-11-23',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'hezbollah',
      target: 'Villages across south Lebanon, a house in Aita al-Shaab',
      place: PLACE.southLebanon,
      fatalities: { min: 2, max: 2 },
      injured: { min: 5, max: 5 },
      description:
        'Israeli drones and warplanes carry out 13 strikes in south Lebanon and artillery fires more than 600 shells, the most severe since the escalation began (Lebanese military sources); a civilian and a Hezbollah fighter killed. Hezbollah says it attacked an infantry force at al-Manara.',
    },
    [S.siasatNov24_2023],
  ),
  // ===== January 2024: al-Arouri and the "initial response" =====
  ev(
    'IncidentReported',
    'inc-arouri',
    { occurredAt: '2024-01-02T16:00:00Z', precision: 'approximate', recordedAt: '2024-01-03T18:00:00Z' },
    {
      incidentId: 'drone-strike-arouri-2024-01-02',
      kind: 'drone-strike',
      perpetrator: 'israel',
      allegedBy: 'hezbollah',
      against: 'hamas',
      target: "Hamas's office in Beirut's southern suburb; Hamas deputy leader Saleh al-Arouri",
      place: PLACE.beirut,
      fatalities: { min: 7, max: 7 },
      description:
        'A drone strike on a Hamas office in Dahiyeh kills Hamas deputy leader Saleh al-Arouri and six other Hamas members; Hezbollah and Lebanese media blame Israel, which neither confirms nor denies. The first strike on the Beirut suburb since 2006, Nasrallah says.',
    },
    [S.sabahJan3, S.anewsJan3],
  ),
  ev(
    'StatementMade',
    'stmt-nasrallah-jan3',
    { occurredAt: '2024-01-03T17:00:00Z', precision: 'approximate', recordedAt: '2024-01-03T18:10:00Z' },
    {
      speaker: NASRALLAH,
      audience: 'israel',
      tone: 'military-threat',
      summary:
        "Nasrallah: the killing of al-Arouri 'will not go unpunished'; if the enemy launches a war on Lebanon, Hezbollah's fighting will be 'without ceilings, limits, rules and controls'.",
      quote: 'Whoever thinks about war with us will regret it, as war with us is very, very costly.',
      blames: { incidentId: 'drone-strike-arouri-2024-01-02', on: 'israel' },
    },
    [S.sabahJan3, S.anewsJan3],
  ),
  ev(
    'IncidentReported',
    'inc-meron-jan6',
    { occurredAt: '2024-01-06T06:10:00Z', recordedAt: '2024-01-06T18:00:00Z' },
    {
      incidentId: 'hezbollah-meron-2024-01-06',
      kind: 'missile-strike',
      perpetrator: 'hezbollah',
      against: 'israel',
      target: "Israel's Meron air control base",
      place: PLACE.meron,
      description:
        "Hezbollah fires 62 rockets of various types at the Meron air surveillance base as its 'initial response' to al-Arouri's killing (the IDF counts about 40); no casualties reported.",
    },
    [S.ajJan6, S.chronicleJan6],
  ),
  ev(
    'IncidentReported',
    'inc-israel-jan6',
    { occurredAt: '2024-01-06T07:00:00Z', precision: 'approximate', recordedAt: '2024-01-06T18:05:00Z' },
    {
      incidentId: 'israel-strikes-south-lebanon-2024-01-06',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'hezbollah',
      target: 'The launch cell and launchers in south Lebanon',
      place: PLACE.southLebanon,
      description:
        'The IDF says it struck the cell responsible for the launches; artillery shells areas of south Lebanon.',
    },
    [S.ajJan6, S.chronicleJan6],
  ),
  // ===== March 2024: one of the near-daily strikes =====
  ev(
    'IncidentReported',
    'inc-israel-mar2',
    { occurredAt: '2024-03-02T10:00:00Z', precision: 'approximate', recordedAt: '2024-03-02T18:00:00Z' },
    {
      incidentId: 'israel-strike-car-2024-03-02',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'hezbollah',
      target: 'A car in south Lebanon',
      place: PLACE.southLebanon,
      fatalities: { min: 3, max: 3 },
      description:
        'An Israeli strike on a car kills three Hezbollah fighters, a security source says: the latest in almost five months of near-daily cross-border fire.',
    },
    [S.newsrMar2],
  ),
  // ===== June 2024: Abu Taleb and the largest barrage yet =====
  ev(
    'IncidentReported',
    'inc-jouaiya-jun11',
    { occurredAt: '2024-06-11T19:00:00Z', precision: 'approximate', recordedAt: '2024-06-12T18:00:00Z' },
    {
      incidentId: 'israel-strike-jouaiya-2024-06-11',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'hezbollah',
      target: 'A house in Jouaiya where Hezbollah commander Taleb Abdallah (Abu Taleb) met three others',
      place: PLACE.jouaiya,
      fatalities: { min: 4, max: 4 },
      description:
        'An Israeli strike on what the IDF calls a Hezbollah command centre kills Taleb Abdallah, commander of the Nasr unit and the most senior Hezbollah commander killed since October, with three other fighters.',
    },
    [S.ahramJun12, S.lbcJun12],
  ),
  ev(
    'IncidentReported',
    'inc-barrage-jun12',
    { occurredAt: '2024-06-12T06:00:00Z', precision: 'approximate', recordedAt: '2024-06-13T17:50:00Z' },
    {
      incidentId: 'hezbollah-barrage-2024-06-12',
      kind: 'missile-strike',
      perpetrator: 'hezbollah',
      against: 'israel',
      target: 'Israeli military bases and arms factories in northern Israel',
      place: PLACE.northIsrael,
      description:
        'Hezbollah fires more than 200 rockets at northern Israel, its largest barrage since 8 October; fires break out, no immediate reports of casualties.',
    },
    [S.ahramJun12, S.nationalJun13],
  ),
  ev(
    'IncidentReported',
    'inc-toll-jun12',
    { occurredAt: '2024-06-12T12:00:00Z', precision: 'approximate', recordedAt: '2024-06-13T17:55:00Z' },
    {
      incidentId: 'casualties-blue-line-2023-10-08-2024-06-12',
      kind: 'casualty-report',
      period: { from: '2023-10-08', to: '2024-06-12' },
      fatalities: { min: 425, max: 425 },
      description:
        "Since the fighting began, Israeli strikes on Lebanon have killed over 400 people, most of them Hezbollah members, more than 70 civilians among them; in Israel 15 soldiers and 10 civilians have been killed (AP's count).",
    },
    [S.ahramJun12],
  ),
  ev(
    'StatementMade',
    'stmt-safieddine-jun12',
    { occurredAt: '2024-06-12T14:00:00Z', precision: 'approximate', recordedAt: '2024-06-13T18:00:00Z' },
    {
      speaker: SAFIEDDINE,
      audience: 'israel',
      tone: 'threat',
      summary:
        "At Abu Taleb's funeral: Hezbollah will intensify its operations 'in severity, strength, quantity and quality'.",
      quote: 'Let the enemy wait for us in the battlefield.',
    },
    [S.nationalJun13],
  ),
  ev(
    'IncidentReported',
    'inc-galilee-jun13',
    { occurredAt: '2024-06-13T09:00:00Z', precision: 'approximate', recordedAt: '2024-06-13T18:05:00Z' },
    {
      incidentId: 'hezbollah-missiles-drones-2024-06-13',
      kind: 'drone-strike',
      perpetrator: 'hezbollah',
      against: 'israel',
      target: 'Six Israeli military sites and the main intelligence base in northern Israel',
      place: PLACE.northIsrael,
      injured: { min: 2, max: 2 },
      description:
        'Hezbollah fires missiles at six military sites and sends squadrons of attack drones; the IDF counts about 40 projectiles towards the Galilee and the Golan; two wounded by shrapnel.',
    },
    [S.nationalJun13],
  ),
  // ===== 27–30 July 2024: Majdal Shams and Fuad Shukr =====
  ev(
    'IncidentReported',
    'inc-hezbollah-jul27',
    { occurredAt: '2024-07-27T12:00:00Z', precision: 'approximate', recordedAt: '2024-07-28T18:00:00Z' },
    {
      incidentId: 'hezbollah-fire-golan-galilee-2024-07-27',
      kind: 'missile-strike',
      perpetrator: 'hezbollah',
      against: 'israel',
      target: 'Israeli forces in the Golan Heights and the Upper Galilee',
      place: PLACE.northIsrael,
      description:
        'Hezbollah says it fired more than 100 rocket-launcher munitions in 12 operations against Israeli forces, in response to the killing of four of its fighters in an Israeli air raid on Kafr Kila.',
    },
    [S.tassJul28],
  ),
  ev(
    'IncidentReported',
    'inc-majdal-shams',
    { occurredAt: '2024-07-27T15:20:00Z', precision: 'approximate', recordedAt: '2024-07-28T18:05:00Z' },
    {
      incidentId: 'majdal-shams-rocket-2024-07-27',
      kind: 'missile-strike',
      perpetrator: 'hezbollah',
      allegedBy: 'israel',
      against: 'israel',
      target: 'A football pitch in the Druze town of Majdal Shams',
      place: PLACE.golan,
      fatalities: { min: 12, max: 12 },
      civilianFatalities: { min: 12, max: 12 },
      injured: { min: 18, max: 19 },
      description:
        'A rocket hits a football pitch and kills 12 children and teenagers; the IDF says its intelligence shows a Hezbollah Falaq-1 fired from the Chebaa area. Hezbollah denies any involvement. The deadliest strike on Israeli-held territory since October.',
    },
    [graded(S.tassJul27, 3), graded(S.reutersJul28, 3), S.ifpJul28],
  ),
  ev(
    'StatementMade',
    'stmt-hezbollah-denial-jul27',
    { occurredAt: '2024-07-27T18:00:00Z', precision: 'approximate', recordedAt: '2024-07-28T18:10:00Z' },
    {
      speaker: HEZBOLLAH_STMT,
      audience: 'israel',
      tone: 'critical',
      summary:
        "Hezbollah 'categorically denies' targeting Majdal Shams; it tells UNIFIL the deaths were caused by a falling Israeli interceptor.",
      quote: 'The Islamic Resistance has no connection to this incident.',
    },
    [S.ifpJul28, S.tassJul28],
  ),
  ev(
    'StatementMade',
    'stmt-gallant-jul28',
    { occurredAt: '2024-07-28T10:00:00Z', precision: 'approximate', recordedAt: '2024-07-28T18:15:00Z' },
    {
      speaker: GALLANT,
      audience: 'hezbollah',
      tone: 'military-threat',
      summary: "Israel's defence minister: Hezbollah is responsible for Majdal Shams and will pay a price.",
      blames: { incidentId: 'majdal-shams-rocket-2024-07-27', on: 'hezbollah' },
    },
    [S.reutersJul28],
  ),
  ev(
    'IncidentReported',
    'inc-shukr',
    { occurredAt: '2024-07-30T16:40:00Z', recordedAt: '2024-07-31T18:00:00Z' },
    {
      incidentId: 'israel-strike-shukr-2024-07-30',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'hezbollah',
      target: 'An apartment building in Haret Hreik; Hezbollah commander Fuad Shukr',
      place: PLACE.beirut,
      fatalities: { min: 4, max: 7 },
      civilianFatalities: { min: 3, max: 5 },
      injured: { min: 74, max: 80 },
      description:
        "Israel strikes a building in Beirut's southern suburbs, killing Fuad Shukr, Hezbollah's most senior military commander, whom it holds responsible for Majdal Shams; a woman and two children are among the dead (Lebanon's health ministry, later seven dead in all).",
    },
    [S.wikiShukr, S.pledgeJul30],
  ),
  // ===== 25 August 2024: the retaliation and the pre-emptive strikes =====
  ev(
    'IncidentReported',
    'inc-preemptive-aug25',
    { occurredAt: '2024-08-25T02:00:00Z', recordedAt: '2024-08-25T18:00:00Z' },
    {
      incidentId: 'israel-preemptive-strikes-2024-08-25',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'hezbollah',
      target: 'Hezbollah rocket launchers in south Lebanon',
      place: PLACE.southLebanon,
      description:
        'About 100 Israeli jets strike more than 270 targets in south Lebanon in what Israel calls a pre-emptive strike on launchers aimed at northern and central Israel.',
    },
    [S.sunstarAug25, S.hinduAug25, S.ynetAug25],
  ),
  ev(
    'IncidentReported',
    'inc-retaliation-aug25',
    { occurredAt: '2024-08-25T02:30:00Z', recordedAt: '2024-08-25T18:05:00Z' },
    {
      incidentId: 'hezbollah-retaliation-2024-08-25',
      kind: 'missile-strike',
      perpetrator: 'hezbollah',
      against: 'israel',
      target: '11 Israeli military positions, barracks and Iron Dome batteries; Acre, Ma’alot, Safed',
      place: PLACE.northIsrael,
      description:
        "Hezbollah fires some 320 Katyusha rockets and drones at northern Israel as 'phase one' of its response to Shukr's killing; homes hit in Acre. By mid-morning the exchange appears to have ended, both sides having kept to military targets (AP).",
    },
    [S.sunstarAug25, S.ynetAug25],
  ),
  ev(
    'StatementMade',
    'stmt-netanyahu-aug25',
    { occurredAt: '2024-08-25T08:00:00Z', precision: 'approximate', recordedAt: '2024-08-25T18:10:00Z' },
    {
      speaker: NETANYAHU,
      audience: 'hezbollah',
      tone: 'military-threat',
      summary:
        "Netanyahu: Israel is striking Hezbollah with 'surprising, crushing blows'; 'this is not the final word'.",
      quote: 'Whoever hurts us, we will hurt him.',
    },
    [S.hinduAug25, S.ynetAug25],
  ),
  // ===== 17–18 September 2024: the devices =====
  ev(
    'IncidentReported',
    'inc-pagers',
    { occurredAt: '2024-09-17T12:30:00Z', precision: 'approximate', recordedAt: '2024-09-25T12:00:00Z' },
    {
      incidentId: 'pager-explosions-2024-09-17',
      kind: 'militant-attack',
      perpetrator: 'israel',
      allegedBy: 'hezbollah',
      against: 'hezbollah',
      target: "Pagers carried by Hezbollah's members",
      place: PLACE.lebanon,
      fatalities: { min: 9, max: 12 },
      injured: { min: 2750, max: 3000 },
      description:
        'Thousands of pagers used by Hezbollah members explode almost at once across Lebanon; Hezbollah blames Israel and vows retaliation; Israel does not comment.',
    },
    [S.babelSep23, graded(S.wikiSep23, 3)],
  ),
  ev(
    'IncidentReported',
    'inc-walkie-talkies',
    { occurredAt: '2024-09-18T14:00:00Z', precision: 'approximate', recordedAt: '2024-09-25T12:05:00Z' },
    {
      incidentId: 'walkie-talkie-explosions-2024-09-18',
      kind: 'militant-attack',
      perpetrator: 'israel',
      allegedBy: 'hezbollah',
      against: 'hezbollah',
      target: "Walkie-talkies used by Hezbollah's members",
      place: PLACE.lebanon,
      fatalities: { min: 14, max: 25 },
      injured: { min: 450, max: 450 },
      description: "A second wave: walkie-talkies used by Hezbollah's members explode across Lebanon.",
    },
    [S.babelSep23],
  ),
  // ===== 23 September – 1 October 2024: the air campaign, Nasrallah, the ground invasion =====
  ev(
    'IncidentReported',
    'inc-northern-arrows',
    { occurredAt: '2024-09-23T03:30:00Z', recordedAt: '2024-09-25T12:10:00Z' },
    {
      incidentId: 'israel-air-campaign-2024-09-23',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'hezbollah',
      target: 'What Israel calls Hezbollah weapons sites in homes, in the south, the Bekaa and as far as Byblos',
      place: PLACE.southLebanon,
      scale: 'major',
      fatalities: { min: 492, max: 558 },
      description:
        "Israel opens its air campaign ('Operation Northern Arrows'): some 800–1,100 targets struck in a day; Lebanon's health ministry counts at least 492 dead, the deadliest day since the civil war.",
    },
    [S.hinduSep24, S.wikiSep23, S.babelSep23],
  ),
  ev(
    'IncidentReported',
    'inc-hezbollah-sep23',
    { occurredAt: '2024-09-23T12:00:00Z', precision: 'approximate', recordedAt: '2024-09-25T12:15:00Z' },
    {
      incidentId: 'hezbollah-rockets-galilee-haifa-2024-09-23',
      kind: 'missile-strike',
      perpetrator: 'hezbollah',
      against: 'israel',
      target: 'An Israeli military post in Galilee and the Rafael facilities near Haifa',
      place: PLACE.northIsrael,
      description:
        'Hezbollah says it fired dozens of rockets at a military post in Galilee and at the Rafael defence firm.',
    },
    [S.hinduSep24],
  ),
  ev(
    'IncidentReported',
    'inc-nasrallah',
    { occurredAt: '2024-09-27T15:30:00Z', precision: 'approximate', recordedAt: '2024-09-28T18:00:00Z' },
    {
      incidentId: 'israel-strike-nasrallah-2024-09-27',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'hezbollah',
      target: "Hezbollah's central headquarters beneath residential buildings in Dahiyeh",
      place: PLACE.beirut,
      fatalities: { min: 2, max: 2 },
      description:
        "Israeli jets strike Hezbollah's underground headquarters, killing Secretary-General Hassan Nasrallah and the southern front commander Ali Karki; six residential buildings are destroyed; Hezbollah confirms his death on the 28th.",
    },
    [S.hurriyetSep28, S.menafnSep28, S.baongheanSep28],
  ),
  ev(
    'StatementMade',
    'stmt-hezbollah-sep28',
    { occurredAt: '2024-09-28T12:00:00Z', precision: 'approximate', recordedAt: '2024-09-28T18:05:00Z' },
    {
      speaker: HEZBOLLAH_STMT,
      audience: 'israel',
      tone: 'threat',
      summary:
        "Hezbollah confirms Nasrallah's death and says it will continue its battle against Israel 'in support of Gaza and Palestine, and in defence of Lebanon'.",
    },
    [S.menafnSep28, S.baongheanSep28],
  ),
  ev(
    'IncidentReported',
    'inc-hezbollah-sep28',
    { occurredAt: '2024-09-28T09:00:00Z', precision: 'approximate', recordedAt: '2024-09-28T18:10:00Z' },
    {
      incidentId: 'hezbollah-missiles-2024-09-28',
      kind: 'missile-strike',
      perpetrator: 'hezbollah',
      against: 'israel',
      target: 'Northern Israel; a surface-to-surface missile lands in an open area of central Israel',
      place: PLACE.northIsrael,
      description:
        'Hezbollah launches a missile attack on northern Israel, its first after the strikes on Beirut; Israel strikes dozens of targets in the south and the Bekaa the same day.',
    },
    [S.baongheanSep28],
  ),
  ev(
    'IncidentReported',
    'inc-ground-invasion',
    { occurredAt: '2024-09-30T21:00:00Z', precision: 'approximate', recordedAt: '2024-10-01T18:00:00Z' },
    {
      incidentId: 'israel-ground-offensive-2024-10-01',
      kind: 'clash',
      perpetrator: 'israel',
      against: 'hezbollah',
      target: 'Hezbollah targets and infrastructure in villages close to the border',
      place: PLACE.southLebanon,
      scale: 'major',
      description:
        "Israeli troops cross into south Lebanon in what the IDF calls 'limited, localized, and targeted ground raids', backed by air force and artillery; residents of Aita al-Shaab report heavy shelling; the Lebanese army pulls back from the border.",
    },
    [S.independentOct1, S.eyeOct1, S.htOct1],
  ),
  ev(
    'IncidentReported',
    'inc-fighting-oct2',
    { occurredAt: '2024-10-02T08:00:00Z', precision: 'approximate', recordedAt: '2024-10-02T18:00:00Z' },
    {
      incidentId: 'ground-fighting-2024-10-02',
      kind: 'clash',
      perpetrator: 'hezbollah',
      against: 'israel',
      target: 'Israeli troops advancing into south Lebanon (Maroun al-Ras)',
      place: PLACE.southLebanon,
      fatalities: { min: 8, max: 8 },
      description:
        "Israel says eight of its soldiers were killed in 'intense fighting' with Hezbollah in south Lebanon, its deadliest toll on this front; Hezbollah says it destroyed three Merkava tanks near Maroun al-Ras.",
    },
    [S.cbsOct2, S.newsxOct2],
  ),
  ev(
    'IncidentReported',
    'inc-bintjbeil-oct3',
    { occurredAt: '2024-10-02T22:00:00Z', precision: 'approximate', recordedAt: '2024-10-03T18:00:00Z' },
    {
      incidentId: 'israel-strike-bint-jbeil-2024-10-03',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'hezbollah',
      target: 'Hezbollah fighters in Bint Jbeil',
      place: 'Bint Jbeil',
      fatalities: { min: 15, max: 15 },
      description:
        'Israel says an overnight strike killed 15 Hezbollah fighters in Bint Jbeil and orders more than 20 villages and Nabatiyeh evacuated; Hezbollah says it fought off an advance at Fatima’s Gate.',
    },
    [S.maltaOct3],
  ),
  ev(
    'IncidentReported',
    'inc-haifa-oct7',
    { occurredAt: '2024-10-07T04:00:00Z', precision: 'approximate', recordedAt: '2024-10-07T18:00:00Z' },
    {
      incidentId: 'hezbollah-rockets-haifa-2024-10-07',
      kind: 'missile-strike',
      perpetrator: 'hezbollah',
      against: 'israel',
      target: 'A military base south of Haifa; rockets hit Haifa and Tiberias',
      place: PLACE.haifa,
      injured: { min: 10, max: 10 },
      description:
        "Hezbollah fires 'Fadi 1' missiles at a base south of Haifa; two rockets strike the city and five Tiberias; ten people injured.",
    },
    [S.devOct7],
  ),
  ev(
    'IncidentReported',
    'inc-beirut-oct7',
    { occurredAt: '2024-10-07T06:00:00Z', precision: 'approximate', recordedAt: '2024-10-07T18:05:00Z' },
    {
      incidentId: 'israel-strikes-beirut-2024-10-07',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'hezbollah',
      target: 'Hezbollah intelligence facilities in Beirut and weapons depots in the south and the Bekaa',
      place: PLACE.beirut,
      description:
        "Israeli jets strike Hezbollah's intelligence headquarters in Beirut and sites in the south and the Bekaa.",
    },
    [S.devOct7],
  ),
  ev(
    'IncidentReported',
    'inc-strikes-oct13',
    { occurredAt: '2024-10-13T12:00:00Z', precision: 'approximate', recordedAt: '2024-10-13T20:00:00Z' },
    {
      incidentId: 'israel-strikes-2024-10-12-13',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'hezbollah',
      target: 'Towns of south and east Lebanon (al-Bazouriyeh, Arnaba, the Bekaa)',
      place: PLACE.southLebanon,
      fatalities: { min: 51, max: 51 },
      injured: { min: 174, max: 174 },
      description:
        "Israeli strikes on 12 and 13 October kill 51 and wound 174, Lebanon's health ministry says; Hezbollah says it fought Israeli troops at close range near Mays al-Jabal.",
    },
    [S.clamOct13],
  ),
  ev(
    'IncidentReported',
    'inc-soldiers-oct24',
    { occurredAt: '2024-10-24T08:00:00Z', precision: 'approximate', recordedAt: '2024-10-24T18:00:00Z' },
    {
      incidentId: 'ground-fighting-2024-10-24',
      kind: 'clash',
      perpetrator: 'hezbollah',
      against: 'israel',
      target: 'Israeli troops in south Lebanon',
      place: PLACE.southLebanon,
      fatalities: { min: 5, max: 5 },
      injured: { min: 7, max: 7 },
      description:
        'The Israeli military says five soldiers were killed and seven wounded in combat with Hezbollah in south Lebanon.',
    },
    [S.swissOct24],
  ),
  // ===== November 2024: Hochstein's talks, the last days of fire, the ceasefire =====
  ev(
    'MediationAction',
    'med-hochstein-nov19',
    { occurredAt: '2024-11-19T10:00:00Z', precision: 'approximate', recordedAt: '2024-11-19T18:00:00Z' },
    {
      mediator: 'united-states',
      action: 'visited',
      summary:
        "Hochstein in Beirut, after meeting Speaker Berri (Hezbollah's ally) and Prime Minister Mikati: 'significant progress'; 'we have a real opportunity to bring this conflict to an end. This is a moment of decision-making.' Lebanon and Hezbollah have accepted the US proposal with comments.",
    },
    [S.jpostNov19, S.monitorNov19],
  ),
  ev(
    'StatementMade',
    'stmt-qassem-nov20',
    { occurredAt: '2024-11-20T16:00:00Z', precision: 'approximate', recordedAt: '2024-11-20T20:00:00Z' },
    {
      speaker: QASSEM,
      audience: 'israel',
      tone: 'neutral',
      summary:
        'Qassem: Hezbollah has reviewed and given its feedback on the US-drafted ceasefire proposal; a halt to hostilities is now in Israel’s hands.',
    },
    [S.yahooNov20],
  ),
  ev(
    'IncidentReported',
    'inc-beirut-nov23',
    { occurredAt: '2024-11-23T02:00:00Z', precision: 'approximate', recordedAt: '2024-11-24T17:55:00Z' },
    {
      incidentId: 'israel-strike-beirut-2024-11-23',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'hezbollah',
      target: 'A building in central Beirut (Basta)',
      place: 'central Beirut',
      fatalities: { min: 20, max: 29 },
      description:
        "An Israeli strike on central Beirut kills at least 20 people (29, Lebanon's health ministry later says); Mikati calls it a 'bloody message' rejecting the ceasefire efforts.",
    },
    [S.anewsNov24, S.newsvotNov24],
  ),
  ev(
    'IncidentReported',
    'inc-rockets-nov24',
    { occurredAt: '2024-11-24T04:30:00Z', recordedAt: '2024-11-24T18:00:00Z' },
    {
      incidentId: 'hezbollah-rockets-central-israel-2024-11-24',
      kind: 'missile-strike',
      perpetrator: 'hezbollah',
      against: 'israel',
      target: 'A military target in Tel Aviv, the Ashdod naval base; Petah Tikva, Haifa, Kiryat Shmona, Ma’alot',
      place: PLACE.centralIsrael,
      injured: { min: 8, max: 8 },
      description:
        'Hezbollah fires some 200–250 rockets and drones at northern and central Israel; houses hit near Petah Tikva and in Haifa; at least eight injured.',
    },
    [S.siasatNov24, S.anewsNov24, S.newsvotNov24],
  ),
  ev(
    'IncidentReported',
    'inc-beirut-nov26',
    { occurredAt: '2024-11-26T14:00:00Z', precision: 'approximate', recordedAt: '2024-11-27T08:50:00Z' },
    {
      incidentId: 'israel-raids-beirut-2024-11-26',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'hezbollah',
      target: 'Hezbollah sites in Beirut',
      place: PLACE.beirut,
      description: 'A series of heavy Israeli raids on Beirut in the hours before the ceasefire takes effect.',
    },
    [S.londonbeeNov27],
  ),
  ev(
    'ActorRegistered',
    'actor-france',
    { occurredAt: '2024-11-26T19:00:00Z', precision: 'approximate', recordedAt: '2024-11-27T08:52:00Z' },
    { actor: FRANCE, role: 'mediator' },
    [S.menafnNov27],
    { note: 'France brokered the ceasefire with the United States and sits on the committee overseeing it.' },
  ),
  ev(
    'StatementMade',
    'stmt-netanyahu-nov26',
    { occurredAt: '2024-11-26T18:00:00Z', precision: 'approximate', recordedAt: '2024-11-27T08:54:00Z' },
    {
      speaker: NETANYAHU,
      audience: 'hezbollah',
      tone: 'warning',
      summary:
        "Netanyahu confirms the ceasefire, thanks the United States, and says Israel keeps 'its right to act against any threat to its security' and 'the freedom to enforce' the agreement: if Hezbollah breaches it or rearms, Israel will strike.",
    },
    [S.kgNov27, S.idnNov27],
  ),
  ev(
    'CeasefireDeclared',
    'cf-nov27',
    { occurredAt: '2024-11-27T02:00:00Z', recordedAt: '2024-11-27T09:00:00Z' },
    {
      ceasefireId: CF,
      parties: ['israel', 'hezbollah'],
      scope:
        'An immediate cessation of hostilities from 04:00 local time; Israeli forces withdraw from south Lebanon within 60 days as the Lebanese army deploys; Hezbollah pulls its fighters and heavy weapons north of the Litani; a US-led committee with France oversees it',
      duration: 'indefinite',
      mediatedBy: ['united-states', 'france'],
    },
    [S.dwNov27, S.idnNov27, S.menafnNov27],
    { note: 'Agreed with the Lebanese government; Hezbollah accepted it through Speaker Berri (see the header).' },
  ),
  ev(
    'IncidentReported',
    'inc-occupation-nov27',
    { occurredAt: '2024-11-27T02:00:00Z', recordedAt: '2024-11-27T09:05:00Z' },
    {
      incidentId: 'israel-troops-south-lebanon-2024-11-27',
      kind: 'occupation',
      perpetrator: 'israel',
      against: 'hezbollah',
      target: 'Villages of the border strip held by Israeli ground forces',
      place: PLACE.southLebanon,
      description:
        'When the ceasefire takes effect Israeli troops still hold ground in south Lebanon; under its terms they withdraw over 60 days. The Israeli army warns residents to avoid certain areas.',
    },
    [S.londonbeeNov27, S.kgNov27],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'israel-hezbollah-2023.jsonl',
  logEnd: '2024-11-28T00:00:00Z',
  events,
};

export default definition;
