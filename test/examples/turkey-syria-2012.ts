/**
 * A test fixture, not a shipped example: Türkiye and the Assad government of
 * Syria from Türkiye's sanctions (30 November 2011) through the fire of 2012
 * along their border to the Cilvegözü bombing of February 2013 and Türkiye's
 * charge that Syrian security forces were behind it (March 2013), as an
 * analyst following the news could have recorded them — the sanctions and the
 * closure of the Turkish embassy in Damascus, the Syrian fire across the border
 * into the Kilis refugee camp (9 April 2012), the RF-4E reconnaissance jet shot
 * down off Latakia (22 June), the NATO consultations under Article 4 and
 * Erdoğan's new rules of engagement (26 June), the Syrian mortar that killed
 * five civilians in Akçakale (3 October) and Türkiye's artillery in return, the
 * parliament's one-year authorisation of operations abroad (4 October), the
 * shells and return fire at Altınözü, Yayladağı and Akçakale (5–7 October), the
 * Syrian Air airliner forced down at Ankara (10 October), the airspace closed
 * to each other's civil aircraft (13 October), the Ras al-Ain air raids and the
 * Turkish jets scrambled (November), NATO's Patriot batteries (4 December), the
 * Cilvegözü bombing (11 February 2013) and the shell and return fire at
 * Yayladağı (14 February). Escalation model v2 was never tuned on it: it is
 * the case the model is held to in turkey-syria-2012.spec.ts, against the
 * calls an analyst makes from DOMAIN.md §5b alone.
 *
 * The parties are Türkiye and Syria (the Assad government and its armed
 * forces). No mediator: no source read has anyone mediate between the two.
 * Third parties, registered: the Free Syrian Army (the rebels the Syrian army
 * was fighting on the border), NATO (the Article 4 consultations, the Patriot
 * decision), the UN Security Council (Türkiye's letters after Akçakale), Russia
 * (the airliner's cargo and half its passengers) and Iran (a critic of the
 * Patriots). Nothing of theirs is recorded as the pair's. Separate from
 * turkey-syria-1998.ts (the Öcalan crisis) and turkey-syria-2020.ts (Idlib):
 * nothing of theirs is recorded here.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source.
 *
 * Grading as in examples/README.md: B = an established outlet or a wire
 * (Reuters, AP, AFP, UPI, RFE/RL, the Los Angeles Times, Hürriyet Daily News,
 * Today's Zaman, CNN); C = smaller, regional or partisan outlets and copies on
 * blogs or aggregators (Al-Manar, SANA's Syria Times, Dünya, the Jerusalem
 * Post's wire briefs, Ransquawk, Akhbar al-Aan); 2 = several sources agree or
 * one established source reports an on-record statement; 3 = one side's
 * claim, a count the sources disagree on, or an author the source does not
 * give. Where the page read gave no headline, the title is a bracketed
 * description of the report (outlet, dateline, what it reports).
 *
 * Judgement calls, recorded as an analyst would:
 * - The sanctions of 30 November 2011 and the closure of the embassy (26 March
 *   2012) have no type of their own in the catalogue: each is the Turkish
 *   government's statement that announced it (tone `critical`: they are aimed
 *   at the crackdown, not a threat of force). Davutoğlu's "ready for any
 *   scenario" of 29 November 2011 is known only as quoted in reports of the
 *   30th and is not recorded separately.
 * - Kilis, 9 April 2012: Syrian forces firing on rebels who fled towards the
 *   camp sent bullets into it (AP, Reuters). Recorded as a `clash` by Syria
 *   against Türkiye on Turkish soil (armed action by one party on the other's
 *   territory); the wounded are five or six by the governor's and the
 *   ministry's counts, the two dead are the activists' claim Reuters could not
 *   confirm: fatalities 0–2, graded 3.
 * - The RF-4E (22 June): Syria's air defences shot it down (Syria's own
 *   statement). A `clash` by Syria against Türkiye, at one place written
 *   "off Ras al-Basit (Latakia)". The two crew were found dead in early July;
 *   no dated source read gives the day, so the toll is not recorded.
 * - The mortars on Akçakale of 28 September (one wounded) are recorded with
 *   Syria as perpetrator, graded 3: AFP does not say who fired them, but
 *   Türkiye's warning that it would respond names the Syrian side.
 * - One place, one way: every act at Akçakale or on Tall Abyad opposite it
 *   (the 3 October mortar, Türkiye's artillery of 3 and 4 October, the shell of
 *   7 October and its reply) is "Akçakale – Tall Abyad"; the shell of 5 October
 *   and its reply are "Altınözü (Hatay)"; those of 6 October and 14 February
 *   2013 "Yayladağı (Hatay)" (Güveççi village and the Kayapınar outpost are both
 *   in Yayladağı district). Türkiye's return fire is recorded at the place of
 *   the shell it answered: the sources give no other.
 * - The shells of 5, 6 and 7 October and 14 February 2013 are recorded as
 *   Syria's, graded 3: Reuters and Hürriyet call them Syrian shelling or
 *   fire "by the Syrian army at opposition forces", Damascus called them
 *   accidents. Türkiye's replies are its own acts (graded 2).
 * - Scale: no act is marked `major`. No source read calls any of these
 *   exchanges an offensive or a battle ("retaliatory fire", "artillery
 *   exchanges", "the most serious cross-border violence").
 * - The parliament's authorisation of 4 October (320 to 129, one year) is the
 *   Grand National Assembly's statement, tone `military-threat`: the motion
 *   authorises sending the army into Syria and calls Syria's "aggressive
 *   action" a serious threat; Atalay's "not for war … deterrent" is in its
 *   summary.
 * - The Syrian airliner (10 October): intercepted by F-16s without fire and
 *   held at Esenboğa with its passengers for some nine hours, part of its
 *   cargo seized: a `detention` by Türkiye against Syria, ended by the
 *   `release` that night (the plane flew on to Damascus; dated 11 October,
 *   approximate: the sources give "after nine hours").
 * - The airspace: Syria closed its airspace to Turkish civil aircraft from
 *   midnight on 13 October; Türkiye's ban on Syrian civil aircraft came in the
 *   same Saturday night (announced on the 14th); military aircraft were
 *   "de facto banned way before" (no date given: not recorded). Each is a
 *   `border-closure` against the other, at "Syrian airspace" and "Turkish
 *   airspace". No source read reports either reopened by March 2013.
 * - Ras al-Ain / Ceylanpınar (12–14 November): the shells that fell in
 *   Ceylanpınar are not recorded as Syria's act: the source says it was not
 *   clear whether the army or the rebels fired them. Türkiye's jets scrambled
 *   are a `force-posture`.
 * - Cilvegözü (11 February 2013): a car bomb in the buffer zone at the border
 *   gate, 13–14 killed (three Turks), 28–33 wounded; recorded without a
 *   perpetrator (a `militant-attack`: none was named that day). Türkiye's
 *   charge that the suspects worked with Syrian security forces is the
 *   interior minister's statement of 11 March, which blames Syria for it.
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'turkey-syria-2012';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 2012);
/** A recordedAt on a given day (the case spans three years). */
const rec = (day: string, time: string): string => `${day}T${time}:00Z`;

const TURKIYE: Actor = {
  id: 'turkiye',
  name: 'Türkiye',
  kind: 'state',
  aliases: ['Turkey', 'Ankara', 'Republic of Türkiye'],
};
const SYRIA: Actor = {
  id: 'syria',
  name: 'Syria (the Assad government)',
  kind: 'state',
  aliases: ['Damascus', 'Syrian Arab Republic', 'the Syrian regime'],
};
const FSA: Actor = { id: 'free-syrian-army', name: 'Free Syrian Army', kind: 'armed-group', aliases: ['FSA'] };
const NATO: Actor = {
  id: 'nato',
  name: 'NATO',
  kind: 'international-organisation',
  aliases: ['North Atlantic Treaty Organization', 'North Atlantic Council'],
};
const UNSC: Actor = {
  id: 'un-security-council',
  name: 'UN Security Council',
  kind: 'international-organisation',
};
const RUSSIA: Actor = { id: 'russia', name: 'Russia', kind: 'state', aliases: ['Moscow'] };
const IRAN: Actor = { id: 'iran', name: 'Iran', kind: 'state', aliases: ['Tehran'] };

const TURKISH_MFA: Person = { name: 'Ministry of Foreign Affairs of Türkiye', actorId: 'turkiye' };
const SYRIAN_GOV: Person = { name: 'Government of Syria', actorId: 'syria' };
const SYRIAN_MFA: Person = { name: 'Ministry of Foreign Affairs of Syria', actorId: 'syria' };
const ERDOGAN: Person = { name: 'Recep Tayyip Erdoğan', title: 'Prime Minister of Türkiye', actorId: 'turkiye' };
const DAVUTOGLU: Person = { name: 'Ahmet Davutoğlu', title: 'Foreign Minister of Türkiye', actorId: 'turkiye' };
const TBMM: Person = { name: 'Grand National Assembly of Türkiye', actorId: 'turkiye' };
const OZEL: Person = { name: 'Gen. Necdet Özel', title: 'Chief of the General Staff of Türkiye', actorId: 'turkiye' };
const YILMAZ: Person = { name: 'İsmet Yılmaz', title: 'Defence Minister of Türkiye', actorId: 'turkiye' };
const GULER: Person = { name: 'Muammer Güler', title: 'Interior Minister of Türkiye', actorId: 'turkiye' };
const MAKDISSI: Person = {
  name: 'Jihad Makdissi',
  title: 'Spokesman, Ministry of Foreign Affairs of Syria',
  actorId: 'syria',
};

const S = {
  latimes1130: source(
    'Turkey announces new sanctions on Syria',
    'Los Angeles Times (World Now)',
    'https://latimesblogs.latimes.com/world_now/2011/11/turkey-syria-sanctions.html',
    '2011-11-30',
    'B',
    2,
  ),
  voa1130: source(
    'Turkey Imposes Asset Freeze, Other Sanctions on Syrian Leaders',
    'Voice of America',
    'https://blogs.voanews.com/breaking-news/2011/11/30/turkey-imposes-asset-freeze-other-sanctions-on-syrian-leaders-4/',
    '2011-11-30',
    'B',
    2,
  ),
  hurriyet0327: source(
    'Ankara ‘temporarily’ suspends embassy',
    'Hürriyet Daily News',
    'https://hurriyetdailynews.com/amp/ankara-temporarily-suspends-embassy-16960',
    '2012-03-27',
    'B',
    2,
  ),
  reuters0409: source(
    'Gunfire from Syria wounds three inside Turkey: official',
    'Reuters',
    'http://www.reuters.com/article/us-turkey-syria-gunfire-idUSBRE83807920120409',
    '2012-04-09',
    'B',
    2,
  ),
  ap0410: source(
    'Gunfire from Syria injures refugees in Turkey (AP)',
    'The China Post (Associated Press)',
    'http://www.chinapost.com.tw/print/337352.htm',
    '2012-04-10',
    'B',
    2,
  ),
  aft0622: source(
    '[News item: Türkiye confirms an F-4 Phantom shot down by Syria, 22 June 2012]',
    'Airforce Technology',
    'https://www.airforce-technology.com/news/newsturkish-f-4-syria/',
    '2012-06-22',
    'C',
    2,
  ),
  bi0622: source(
    'Syrian Military Says It Shot Down A Turkish Fighter Jet',
    'Business Insider',
    'https://www.businessinsider.com/syrian-military-says-it-shot-down-a-turkish-fighter-jet-2012-6',
    '2012-06-22',
    'C',
    2,
  ),
  salon0626: source(
    'Turkey issues border warning to Syria (GlobalPost)',
    'Salon',
    'https://www.salon.com/2012/06/26/turkey_issues_border_warning_to_syria_salpart/',
    '2012-06-26',
    'C',
    2,
  ),
  rferl0626: source(
    "NATO 'Stands' With Turkey But Does Not Invoke Article 5",
    'Radio Free Europe/Radio Liberty',
    'https://www.rferl.org/amp/turkey-syria-nato/24625900.html',
    '2012-06-26',
    'B',
    2,
  ),
  chinadaily0627: source(
    'Turkey warns Syria over border (AP-Reuters-AFP)',
    'China Daily',
    'http://www.chinadaily.com.cn/kindle/2012-06/27/content_15524847.htm',
    '2012-06-27',
    'B',
    2,
  ),
  ynet1003: source(
    'Mortar from Syria kills 5 family members in Turkey (Reuters)',
    'Ynetnews',
    'https://www.ynetnews.com/articles/0,7340,L-4288211,00.html',
    '2012-10-03',
    'C',
    2,
  ),
  cnn1003: source(
    'Turkey strikes targets in Syria in retaliation for shelling deaths',
    'CNN',
    'https://news.blogs.cnn.com/2012/10/03/turkey-strikes-targets-in-syria-in-retaliation-for-shelling-deaths/',
    '2012-10-03',
    'B',
    2,
  ),
  upi1003: source(
    'Turkey retaliates, strikes Syrian targets',
    'United Press International',
    'https://www.upi.com/Top_News/World-News/2012/10/03/Turkey-retaliates-strikes-Syrian-targets/UPI-34851349287937/?rel=16611349332200',
    '2012-10-03',
    'B',
    2,
  ),
  afp1004: source(
    'Syria shells kill five inside Turkey (AFP)',
    'Pakistan Today',
    'https://archive.pakistantoday.com.pk/2012/10/04/syria-shells-kill-five-inside-turkey',
    '2012-10-04',
    'C',
    2,
  ),
  ap1004: source(
    "Turkey's Parliament Authorizes Strikes in Syria (AP)",
    'WLTX',
    'http://archive.wltx.com/news/national/article/204448/142/Turkeys-Parliament-Authorizes-Strikes-in-Syria',
    '2012-10-04',
    'B',
    2,
  ),
  manar1004: source(
    'Turkey’s parliament had authorized on Thursday military operations outside Turkish borders',
    'Al-Manar',
    'https://archive.almanar.com.lb/english/article.php?id=70611',
    '2012-10-04',
    'C',
    2,
  ),
  wapo1004: source(
    'Turkey authorizes military action in Syria after mortar attack that killed civilians (The Washington Post)',
    'Egypt Day (blog copy)',
    'http://egyptday1.blogspot.com/2012/10/oh-nooo-turkey-authorizes-military.html',
    '2012-10-04',
    'C',
    2,
  ),
  reuters1005: source(
    'Turkish army returns fire after mortar attack from Syria',
    'Reuters',
    'http://cn.reuters.com/article/uk-syria-crisis-turkey-mortar-idCNBRE89414920121005',
    '2012-10-05',
    'B',
    2,
  ),
  afp1005: source(
    'Turkey returns fire after new Syria shelling: media (AFP)',
    'Geo News',
    'https://www.geo.tv/latest/50690',
    '2012-10-05',
    'C',
    2,
  ),
  reuters1006: source(
    '[Reuters, Istanbul, 6 October: Turkish military returns fire after a mortar bomb from Syria]',
    'Reuters',
    'http://in.reuters.com/article/syria-crisis-turkey-mortar-idINL6E8L603L20121006',
    '2012-10-06',
    'B',
    2,
  ),
  reuters1007: source(
    '[Reuters, Istanbul, 7 October: Turkey fires an artillery round into Syria after a shell hits Akcakale]',
    'Reuters',
    'http://in.reuters.com/article/syria-crisis-turkey-shelling-idINL6E8L74PM20121007',
    '2012-10-07',
    'B',
    2,
  ),
  rferl1010: source(
    'Turkish Jets Force Syrian Passenger Plane To Land',
    'Radio Free Europe/Radio Liberty',
    'https://www.rferl.org/a/syria-turkey-plane-russia-arms-/24735701.html',
    '2012-10-11',
    'B',
    2,
  ),
  age1011: source(
    'Turkey forces Syrian plane to land after cargo tip-off',
    'The Age (Reuters)',
    'http://www.theage.com.au/world/turkey-forces-syrian-plane-to-land-after-cargo-tipoff-20121011-27fiv.html',
    '2012-10-11',
    'B',
    2,
  ),
  ht1012: source(
    '[Reuters via Hindustan Times, Istanbul, 12 October: Turkey forces a Syrian passenger jet to land]',
    'Hindustan Times',
    'http://www.hindustantimes.com/StoryPage/Print/943311.aspx',
    '2012-10-12',
    'B',
    2,
  ),
  reuters1013: source(
    '[Reuters, Beirut, 13 October: Syria bans Turkish civilian flights over its territory]',
    'Reuters',
    'http://in.reuters.com/article/syria-crisis-turkey-flights-idINL5E8LD4OP20121013',
    '2012-10-13',
    'B',
    2,
  ),
  syriatimes1013: source(
    'Turkish Passengers Planes Prohibited from Flights over Syria',
    'Syria Times',
    'http://syriatimes.sy/index.php/news/local/282-turkish-passengers-planes-prohibited-from-flights-over-syria',
    '2012-10-13',
    'C',
    2,
  ),
  reuters1014: source(
    'Turkey bans all Syria aircraft from its air space',
    'Reuters',
    'http://www.reuters.com/article/us-syria-crisis-turkey-air-idUSBRE89D09A20121014',
    '2012-10-14',
    'B',
    2,
  ),
  dunya1014: source(
    "Turkey's airspace barred to Syria",
    'Dünya',
    'https://www.dunya.com/gundem/turkey039s-airspace-barred-to-syria-haberi-188235',
    '2012-10-14',
    'C',
    2,
  ),
  jpost1112: source(
    "Turkey scrambles jets as Syrian gov't bombs border town (Reuters)",
    'The Jerusalem Post',
    'https://www.jpost.com/breaking-news/turkey-scrambles-jets-as-syrian-govt-bombs-border-town',
    '2012-11-12',
    'C',
    2,
  ),
  reuters1114: source(
    '[Reuters, Ceylanpinar, 14 November: Turkey scrambles jets as Syria bombs Ras al-Ain again]',
    'Reuters',
    'http://uk.reuters.com/article/syria-crisis-turkey-border-idUKL5E8ME37N20121114',
    '2012-11-14',
    'B',
    2,
  ),
  ap1114: source(
    'Turkey warns Syria on border violation (AP)',
    'The Times Herald',
    'http://www.timesherald.com/article/20121114/NEWS05/121119807&template=printart',
    '2012-11-14',
    'B',
    2,
  ),
  ransquawk1204: source(
    'NATO gives go-ahead for deployment of Patriot missiles to Turkey according to NATO official',
    'Ransquawk',
    'http://ransquawk.com/headlines/nato-gives-go-ahead-for-deployment-of-patriot-missiles-to-turkey-according-to-nato-official-04-12-2012',
    '2012-12-04',
    'C',
    3,
  ),
  reuters1204: source(
    '[Reuters, Brussels, 4 December: NATO gives the go-ahead to Patriot missiles in Turkey]',
    'Reuters',
    'http://in.reuters.com/article/nato-patriots-idINL5E8MU74Y20121204',
    '2012-12-04',
    'B',
    2,
  ),
  zaman0211: source(
    'Explosion at Turkey-Syria border gate kills at least 14, injures dozens',
    "Today's Zaman",
    'http://www.todayszaman.com/news-306718-explosion-at-turkey-syria-border-gate-kills-at-least-14-injures-dozens.html',
    '2013-02-11',
    'B',
    2,
  ),
  hurriyet0212: source(
    'Explosion at Turkish-Syrian border gate kills 14, police search two suspects',
    'Hürriyet Daily News',
    'https://www.hurriyetdailynews.com/explosion-at-turkish-syrian-border-gate-kills-14-police-search-two-suspects-40874',
    '2013-02-12',
    'B',
    2,
  ),
  hurriyet0215: source(
    'Turkey responds to mortar shell from Syria',
    'Hürriyet Daily News (Anatolia News Agency)',
    'http://www.hurriyetdailynews.com/turkey-responds-to-mortar-shell-from-syria.aspx?pageID=238&nID=41187&NewsCatID=341',
    '2013-02-15',
    'B',
    2,
  ),
  naharnet0215: source(
    'Report: Turkey Fires Back after Syrian Shell Hits',
    'Naharnet',
    'https://www.naharnet.com/stories/en/72030-report-turkey-fires-back-after-syrian-shell-hits',
    '2013-02-15',
    'C',
    2,
  ),
  akhbar0311: source(
    '[Akhbar al-Aan, in Arabic, after Anadolu: a Turkish court remands suspects linked to Damascus in the Bab al-Hawa border attack]',
    'Akhbar al-Aan',
    'https://www.akhbaralaan.net/news/arab-world/2013/03/11/syria-free-army-regime-syrian-arrest-linked-damascus-border-attack',
    '2013-03-11',
    'C',
    3,
  ),
};

const P = {
  kilis: 'Kilis (Öncüpınar refugee camp)',
  latakia: 'Off Ras al-Basit (Latakia), eastern Mediterranean',
  akcakale: 'Akçakale – Tall Abyad',
  altinozu: 'Altınözü (Hatay)',
  yayladagi: 'Yayladağı (Hatay)',
  esenboga: 'Esenboğa airport (Ankara)',
  syrianAirspace: 'Syrian airspace',
  turkishAirspace: 'Turkish airspace',
  ceylanpinar: 'Ceylanpınar – Ras al-Ain',
  cilvegozu: 'Cilvegözü border gate (Reyhanlı, Hatay)',
};
const I = { cilvegozu: 'cilvegozu-bombing-2013-02-11' };

const events = [
  // ===== November 2011 – March 2012: the break =====
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '2011-11-30', recordedAt: rec('2011-11-30', '18:00') },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Türkiye – Syria, the border crisis of 2012',
      subject:
        'Türkiye’s break with the Assad government over its crackdown (sanctions, the embassy closed), the fire from Syria across the border (the Kilis camp, Akçakale), the Turkish jet shot down, Türkiye’s return fire and the parliament’s authorisation of operations in Syria, the airliner forced down and the airspace closed to each other, NATO’s Patriots, and the Cilvegözü bombing blamed on Syria',
      parties: [TURKIYE, SYRIA],
      mediators: [],
    },
    [S.latimes1130],
  ),
  ev(
    'StatementMade',
    'stmt-sanctions',
    { occurredAt: '2011-11-30', recordedAt: rec('2011-11-30', '18:05') },
    {
      speaker: DAVUTOGLU,
      audience: 'syria',
      tone: 'critical',
      summary:
        'Davutoğlu announces sanctions on the Syrian government: its assets in Türkiye frozen, dealings with its central bank cut off, loans suspended, arms sales and deliveries banned, a travel ban on senior officials, and the High-Level Strategic Cooperation Council suspended until a legitimate government is in place. The regime has "come to the end of the road".',
      quote:
        'Every bullet fired, every bombed mosque has eliminated the legitimacy of the Syrian leadership and has widened the gap between us',
    },
    [S.latimes1130, S.voa1130],
  ),
  ev(
    'ActorRegistered',
    'actor-fsa',
    { occurredAt: '2012-03-26', recordedAt: rec('2012-03-27', '09:00') },
    { actor: FSA, role: 'third-party' },
    [S.hurriyet0327],
    { note: 'The rebels the Syrian army fights along the Turkish border; Türkiye shelters and backs the opposition.' },
  ),
  ev(
    'StatementMade',
    'stmt-embassy-closed',
    { occurredAt: '2012-03-26', recordedAt: rec('2012-03-27', '09:05') },
    {
      speaker: TURKISH_MFA,
      audience: 'syria',
      tone: 'critical',
      summary:
        'Türkiye "temporarily" suspends all activities at its embassy in Damascus and recalls Ambassador Ömer Önhon and the staff, citing the security situation; the consulate in Aleppo stays open and relations are not cut. Days earlier Erdoğan said Türkiye had had enough of "interlocution".',
    },
    [S.hurriyet0327],
  ),
  // ===== April 2012: fire on the Kilis camp =====
  ev(
    'IncidentReported',
    'inc-kilis-camp',
    { occurredAt: '2012-04-09', recordedAt: rec('2012-04-10', '08:00') },
    {
      incidentId: 'syrian-fire-kilis-camp-2012-04-09',
      kind: 'clash',
      perpetrator: 'syria',
      against: 'turkiye',
      target: 'The Öncüpınar refugee camp near Kilis, inside Türkiye',
      place: P.kilis,
      fatalities: { min: 0, max: 2 },
      injured: { min: 3, max: 6 },
      description:
        'Syrian forces, firing on rebels who fled towards the camp after attacking a checkpoint, send bullets across the border into the Kilis camp, wounding Syrian refugees, a Turkish translator and a Turkish policeman; activists say two refugees were killed (unconfirmed). The first such fire into Türkiye. Türkiye did not return fire.',
    },
    [graded(S.reuters0409, 3), graded(S.ap0410, 3)],
  ),
  ev(
    'StatementMade',
    'stmt-kilis-protest',
    { occurredAt: '2012-04-09', recordedAt: rec('2012-04-10', '08:05') },
    {
      speaker: TURKISH_MFA,
      audience: 'syria',
      tone: 'accusation',
      summary:
        'The Syrian chargé d’affaires is summoned in Ankara and Türkiye demands an end to the fire; the ministry says Syrians who fled the regime are under Türkiye’s full protection.',
    },
    [S.reuters0409, S.ap0410],
  ),
  // ===== June 2012: the jet shot down =====
  ev(
    'IncidentReported',
    'inc-rf4e-down',
    { occurredAt: '2012-06-22', recordedAt: rec('2012-06-23', '08:00') },
    {
      incidentId: 'rf4e-shot-down-2012-06-22',
      kind: 'clash',
      perpetrator: 'syria',
      against: 'turkiye',
      target: 'A Turkish Air Force RF-4E Phantom reconnaissance jet and its two crew',
      place: P.latakia,
      description:
        'Syrian air defences shoot down a Turkish F-4 Phantom off the Syrian coast. Syria says it was inside Syrian airspace, 1 km off the coast, flying low and fast; Türkiye says it was hit in international airspace, 13 nautical miles out, on an unarmed radar test. The two crew are missing.',
    },
    [S.aft0622, S.bi0622],
  ),
  ev(
    'StatementMade',
    'stmt-makdissi-sovereignty',
    { occurredAt: '2012-06-22', recordedAt: rec('2012-06-23', '08:05') },
    {
      speaker: MAKDISSI,
      audience: 'turkiye',
      tone: 'critical',
      summary: 'Syria says the downing was no hostile act against Türkiye but the defence of its sovereignty.',
      quote: 'There was no hostile act against Turkey whatsoever. It was just an act of defence for our sovereignty.',
    },
    [S.aft0622],
  ),
  ev(
    'StatementMade',
    'stmt-erdogan-office-jet',
    { occurredAt: '2012-06-22', recordedAt: rec('2012-06-23', '08:10') },
    {
      speaker: ERDOGAN,
      audience: 'syria',
      tone: 'warning',
      summary:
        'The Prime Minister’s office says the plane was shot down in international airspace and that Türkiye will present its final stance once the incident is brought to light and "decisively take the necessary steps".',
    },
    [S.aft0622],
  ),
  ev(
    'ActorRegistered',
    'actor-nato',
    { occurredAt: '2012-06-26', recordedAt: rec('2012-06-27', '08:00') },
    { actor: NATO, role: 'third-party' },
    [S.rferl0626],
    {
      note: 'Türkiye’s alliance: consulted under Article 4 (June and October 2012); the Patriot batteries (December).',
    },
  ),
  ev(
    'ThirdPartyEngagement',
    'tpe-nato-article4-june',
    { occurredAt: '2012-06-26', recordedAt: rec('2012-06-27', '08:05') },
    {
      actorId: 'nato',
      counterparts: ['turkiye'],
      kind: 'meeting',
      summary:
        'At Türkiye’s request the North Atlantic Council meets under Article 4; it calls the downing unacceptable, condemns it "in the strongest terms" and stands with Türkiye "in the spirit of strong solidarity", without discussing Article 5.',
    },
    [S.rferl0626, S.salon0626],
  ),
  ev(
    'StatementMade',
    'stmt-erdogan-rules-of-engagement',
    { occurredAt: '2012-06-26', recordedAt: rec('2012-06-27', '08:10') },
    {
      speaker: ERDOGAN,
      audience: 'syria',
      tone: 'military-threat',
      summary:
        'Erdoğan tells parliament the rules of engagement of the Turkish armed forces have changed: any Syrian military element approaching the border and posing a danger will be treated as a military target; the downing will not go unpunished.',
      quote:
        'Every military element that approaches the Turkish border from Syria in a manner that constitutes a security risk or danger would be considered as a threat and would be treated as a military target',
    },
    [S.chinadaily0627, S.salon0626, S.rferl0626],
  ),
  // ===== September – October 2012: Akçakale =====
  ev(
    'IncidentReported',
    'inc-akcakale-0928',
    { occurredAt: '2012-09-28', recordedAt: rec('2012-10-04', '07:00') },
    {
      incidentId: 'mortars-akcakale-2012-09-28',
      kind: 'shelling',
      perpetrator: 'syria',
      against: 'turkiye',
      place: P.akcakale,
      injured: { min: 1, max: 1 },
      description:
        'Mortars from across the border smash into buildings in Akçakale, wounding one person; Türkiye warns that it will respond if it happens again.',
    },
    [graded(S.afp1004, 3)],
  ),
  ev(
    'StatementMade',
    'stmt-davutoglu-warning-0930',
    { occurredAt: '2012-09-30', precision: 'approximate', recordedAt: rec('2012-10-04', '07:05') },
    {
      speaker: DAVUTOGLU,
      audience: 'syria',
      tone: 'warning',
      summary:
        'Over the weekend Davutoğlu signals that Türkiye will take action if the mortar strike on Akçakale of Friday is repeated.',
    },
    [S.ynet1003, S.afp1004],
  ),
  ev(
    'IncidentReported',
    'inc-akcakale-1003',
    { occurredAt: '2012-10-03', recordedAt: rec('2012-10-04', '07:10') },
    {
      incidentId: 'mortar-akcakale-2012-10-03',
      kind: 'shelling',
      perpetrator: 'syria',
      against: 'turkiye',
      target: 'A residential district of Akçakale',
      place: P.akcakale,
      fatalities: { min: 5, max: 5 },
      civilianFatalities: { min: 5, max: 5 },
      injured: { min: 8, max: 13 },
      description:
        'A mortar bomb fired from Tall Abyad lands in a residential district of Akçakale, killing a woman and four children of one family (the first Turkish citizens killed by fire from Syria) and wounding 8 to 13, police officers among them. Erdoğan’s office says the town was hit by the artillery of the Syrian regime’s forces.',
    },
    [S.ynet1003, S.cnn1003, S.upi1003],
  ),
  ev(
    'IncidentReported',
    'inc-turkish-artillery-1003',
    { occurredAt: '2012-10-03', recordedAt: rec('2012-10-04', '07:15') },
    {
      incidentId: 'turkish-artillery-tall-abyad-2012-10-03',
      kind: 'shelling',
      perpetrator: 'turkiye',
      against: 'syria',
      target: 'Points in Syria located by radar',
      place: P.akcakale,
      description:
        'The Turkish armed forces on the border answer "within the rules of engagement": points in Syria located by radar are hit with artillery fire that evening.',
    },
    [S.cnn1003, S.upi1003],
  ),
  ev(
    'StatementMade',
    'stmt-erdogan-office-1003',
    { occurredAt: '2012-10-03', recordedAt: rec('2012-10-04', '07:20') },
    {
      speaker: ERDOGAN,
      audience: 'syria',
      tone: 'warning',
      summary:
        'Erdoğan’s office: Türkiye, within the rules of engagement and international law, will never leave such provocations against its national security unanswered. Türkiye contacts the UN and NATO.',
      quote:
        'Turkey, within the confines of the rules of engagement and international law, will never leave these types of provocations aimed at our national security unanswered.',
    },
    [S.cnn1003, S.upi1003],
  ),
  ev(
    'ThirdPartyEngagement',
    'tpe-nato-meeting-1003',
    { occurredAt: '2012-10-03', recordedAt: rec('2012-10-04', '07:25') },
    {
      actorId: 'nato',
      counterparts: ['turkiye'],
      kind: 'meeting',
      summary: 'NATO calls an urgent meeting on the shelling of Akçakale at Türkiye’s request.',
    },
    [S.upi1003],
  ),
  ev(
    'ActorRegistered',
    'actor-unsc',
    { occurredAt: '2012-10-03', recordedAt: rec('2012-10-04', '07:30') },
    { actor: UNSC, role: 'third-party' },
    [S.afp1004],
    { note: 'Türkiye takes the Akçakale deaths to the United Nations (Davutoğlu to Ban Ki-moon, the same day).' },
  ),
  ev(
    'IncidentReported',
    'inc-turkish-artillery-1004',
    { occurredAt: '2012-10-04', recordedAt: rec('2012-10-05', '07:00') },
    {
      incidentId: 'turkish-artillery-tall-abyad-2012-10-04',
      kind: 'shelling',
      perpetrator: 'turkiye',
      against: 'syria',
      target: 'Targets near the Syrian border town of Tall Abyad',
      place: P.akcakale,
      description: 'Turkish artillery hits targets near Tall Abyad for a second day.',
    },
    [S.wapo1004],
  ),
  ev(
    'StatementMade',
    'stmt-parliament-mandate',
    { occurredAt: '2012-10-04', recordedAt: rec('2012-10-05', '07:05') },
    {
      speaker: TBMM,
      audience: 'syria',
      tone: 'military-threat',
      summary:
        'Parliament votes 320 to 129 to authorise the government for one year to send the army on operations abroad, into Syria, as it deems necessary; the government’s motion calls the "aggressive action" of Syria’s armed forces on Turkish soil a serious threat to national security. Deputy Prime Minister Atalay: "The bill is not for war… It has deterrent qualities."',
    },
    [S.ap1004, S.manar1004],
  ),
  ev(
    'StatementMade',
    'stmt-syria-apology',
    { occurredAt: '2012-10-04', precision: 'approximate', recordedAt: rec('2012-10-05', '07:10') },
    {
      speaker: SYRIAN_GOV,
      audience: 'turkiye',
      tone: 'conciliatory',
      summary:
        'By Atalay’s account, Syria admits responsibility for the shelling that killed five on Turkish soil, apologises, and assures Türkiye it will not be repeated; Damascus had offered its condolences on the 3rd.',
    },
    [graded(S.manar1004, 3)],
  ),
  ev(
    'IncidentReported',
    'inc-altinozu-shell-1005',
    { occurredAt: '2012-10-05', recordedAt: rec('2012-10-06', '07:05') },
    {
      incidentId: 'syrian-shell-altinozu-2012-10-05',
      kind: 'shelling',
      perpetrator: 'syria',
      against: 'turkiye',
      place: P.altinozu,
      description: 'A mortar shell fired from Syria lands in the countryside near Altınözü; no casualties.',
    },
    [graded(S.reuters1005, 3), graded(S.afp1005, 3)],
  ),
  ev(
    'IncidentReported',
    'inc-altinozu-reply-1005',
    { occurredAt: '2012-10-05', recordedAt: rec('2012-10-06', '07:10') },
    {
      incidentId: 'turkish-fire-altinozu-2012-10-05',
      kind: 'shelling',
      perpetrator: 'turkiye',
      against: 'syria',
      place: P.altinozu,
      description: 'Turkish forces return fire at once (about 16:30 GMT).',
    },
    [S.reuters1005, S.afp1005],
  ),
  ev(
    'IncidentReported',
    'inc-yayladagi-shell-1006',
    { occurredAt: '2012-10-06', recordedAt: rec('2012-10-07', '07:00') },
    {
      incidentId: 'syrian-mortar-yayladagi-2012-10-06',
      kind: 'shelling',
      perpetrator: 'syria',
      against: 'turkiye',
      place: P.yayladagi,
      description:
        'A mortar round from Syria hits the countryside near Güveççi village, Yayladağı, amid intense clashes in Idlib province across the border; no casualties.',
    },
    [graded(S.reuters1006, 3)],
  ),
  ev(
    'IncidentReported',
    'inc-yayladagi-reply-1006',
    { occurredAt: '2012-10-06', recordedAt: rec('2012-10-07', '07:05') },
    {
      incidentId: 'turkish-fire-yayladagi-2012-10-06',
      kind: 'shelling',
      perpetrator: 'turkiye',
      against: 'syria',
      place: P.yayladagi,
      description: 'Military units on the Turkish border launch retaliatory fire immediately.',
    },
    [S.reuters1006],
  ),
  ev(
    'StatementMade',
    'stmt-erdogan-not-shy-of-war',
    { occurredAt: '2012-10-05', recordedAt: rec('2012-10-07', '07:10') },
    {
      speaker: ERDOGAN,
      audience: 'syria',
      tone: 'military-threat',
      summary:
        'Erdoğan says Türkiye does not want war but will not shy away from it if provoked, and warns Syria not to make a "fatal mistake" by testing its resolve.',
    },
    [S.reuters1006, S.reuters1007],
  ),
  ev(
    'IncidentReported',
    'inc-akcakale-shell-1007',
    { occurredAt: '2012-10-07', recordedAt: rec('2012-10-08', '07:00') },
    {
      incidentId: 'syrian-shell-akcakale-2012-10-07',
      kind: 'shelling',
      perpetrator: 'syria',
      against: 'turkiye',
      place: P.akcakale,
      description:
        'A shell from Syria, where government forces are shelling around Tall Abyad, lands by the Turkish Grain Board’s silos in Akçakale; no casualties.',
    },
    [graded(S.reuters1007, 3)],
  ),
  ev(
    'IncidentReported',
    'inc-akcakale-reply-1007',
    { occurredAt: '2012-10-07', recordedAt: rec('2012-10-08', '07:05') },
    {
      incidentId: 'turkish-fire-tall-abyad-2012-10-07',
      kind: 'shelling',
      perpetrator: 'turkiye',
      against: 'syria',
      place: P.akcakale,
      description:
        'The Turkish military fires an artillery round into Syria in immediate retaliation; it lands near Tall Abyad.',
    },
    [S.reuters1007],
  ),
  // ===== 10–14 October 2012: the airliner and the airspace =====
  ev(
    'StatementMade',
    'stmt-ozel-akcakale',
    { occurredAt: '2012-10-10', recordedAt: rec('2012-10-11', '07:00') },
    {
      speaker: OZEL,
      audience: 'syria',
      tone: 'military-threat',
      summary:
        'Touring Akçakale, the Chief of the General Staff warns that Turkish troops will respond with greater force if shells from Syria keep hitting Turkish territory.',
    },
    [S.rferl1010],
  ),
  ev(
    'ActorRegistered',
    'actor-russia',
    { occurredAt: '2012-10-10', recordedAt: rec('2012-10-11', '07:05') },
    { actor: RUSSIA, role: 'third-party' },
    [S.age1011],
    {
      note: 'The airliner came from Moscow with Russian cargo; about half its passengers were Russian. Russia demanded an explanation.',
    },
  ),
  ev(
    'IncidentReported',
    'inc-airliner-held',
    { occurredAt: '2012-10-10', recordedAt: rec('2012-10-11', '07:10') },
    {
      incidentId: 'syrian-air-a320-held-2012-10-10',
      kind: 'detention',
      perpetrator: 'turkiye',
      against: 'syria',
      target: 'Syrian Air flight SRY442 (Airbus A320, Moscow–Damascus), its crew and some 30 passengers',
      place: P.esenboga,
      description:
        'Turkish F-16s intercept the Syrian Air A320 on intelligence that it carries military cargo and force it to land at Esenboğa; the plane is searched and part of its cargo (crates of what Türkiye calls military communications equipment and munitions for the Syrian army) seized.',
    },
    [S.rferl1010, S.age1011],
  ),
  ev(
    'StatementMade',
    'stmt-davutoglu-airliner',
    { occurredAt: '2012-10-10', recordedAt: rec('2012-10-11', '07:15') },
    {
      speaker: DAVUTOGLU,
      audience: 'syria',
      tone: 'warning',
      summary:
        'Davutoğlu: Türkiye is determined to control the flow of weapons to a regime that is massacring its people; using Turkish airspace for such shipments is unacceptable. "Turkey does not want war but there is a war in Syria."',
      quote:
        'We are determined to control the flow of weapons to the regime in Syria, which is mercilessly massacring its people',
    },
    [S.age1011],
  ),
  ev(
    'IncidentReported',
    'inc-airliner-released',
    { occurredAt: '2012-10-11', precision: 'approximate', recordedAt: rec('2012-10-11', '07:20') },
    {
      incidentId: 'syrian-air-a320-released-2012-10-11',
      kind: 'release',
      perpetrator: 'turkiye',
      against: 'syria',
      place: P.esenboga,
      description:
        'After the search (some nine hours on the ground), the plane and its passengers are allowed to fly on to Damascus; the seized cargo is kept.',
    },
    [S.rferl1010, S.age1011],
  ),
  ev(
    'StatementMade',
    'stmt-syria-piracy',
    { occurredAt: '2012-10-11', precision: 'approximate', recordedAt: rec('2012-10-12', '07:00') },
    {
      speaker: SYRIAN_MFA,
      audience: 'turkiye',
      tone: 'accusation',
      summary:
        'Syria protests the interception strongly, calling it air piracy, and denies that the plane carried arms.',
    },
    [S.ht1012],
  ),
  ev(
    'IncidentReported',
    'inc-syria-airspace-closed',
    { occurredAt: '2012-10-13', recordedAt: rec('2012-10-13', '20:00') },
    {
      incidentId: 'syrian-airspace-closed-to-turkish-flights-2012-10-13',
      kind: 'border-closure',
      perpetrator: 'syria',
      against: 'turkiye',
      target: 'Turkish civil aircraft',
      place: P.syrianAirspace,
      description:
        'Syria bans Turkish civilian flights over its territory from midnight, "in line with the principle of reciprocity" after Türkiye’s own decision, regretting the Turkish government’s "escalatory" decision.',
    },
    [S.reuters1013, S.syriatimes1013],
  ),
  ev(
    'IncidentReported',
    'inc-turkey-airspace-closed',
    { occurredAt: '2012-10-13', recordedAt: rec('2012-10-14', '14:00') },
    {
      incidentId: 'turkish-airspace-closed-to-syrian-aircraft-2012-10-13',
      kind: 'border-closure',
      perpetrator: 'turkiye',
      against: 'syria',
      target: 'Syrian civil aircraft (military aircraft already barred de facto)',
      place: P.turkishAirspace,
      description:
        'Türkiye bans all Syrian aircraft from its airspace: the ban on civil aircraft comes in on Saturday night, notified to Syria, and is announced on Sunday; military aircraft were "de facto banned way before".',
    },
    [S.reuters1014, S.dunya1014],
  ),
  ev(
    'StatementMade',
    'stmt-davutoglu-konya',
    { occurredAt: '2012-10-14', recordedAt: rec('2012-10-14', '14:05') },
    {
      speaker: DAVUTOGLU,
      audience: 'syria',
      tone: 'warning',
      summary:
        'Davutoğlu: "The Syrian announcement has no value for us"; he dismisses Damascus’s call for dialogue (the regime should first talk to its own people) and says Türkiye will retaliate without hesitation if its border is violated again.',
      quote: 'The Syrian announcement has no value for us',
    },
    [S.dunya1014],
  ),
  // ===== November – December 2012: Ras al-Ain and the Patriots =====
  ev(
    'IncidentReported',
    'inc-jets-scrambled-1112',
    { occurredAt: '2012-11-12', recordedAt: rec('2012-11-13', '07:00') },
    {
      incidentId: 'turkish-jets-scrambled-2012-11-12',
      kind: 'force-posture',
      perpetrator: 'turkiye',
      against: 'syria',
      place: P.ceylanpinar,
      description:
        'Turkish F-16s are scrambled from Diyarbakır along the border after Syrian government aircraft bomb rebel positions in Ras al-Ain; stray shells land in Ceylanpınar, whether the army’s or the rebels’ is not clear.',
    },
    [S.jpost1112],
  ),
  ev(
    'StatementMade',
    'stmt-erdogan-harsher',
    { occurredAt: '2012-11-13', recordedAt: rec('2012-11-14', '18:00') },
    {
      speaker: ERDOGAN,
      audience: 'syria',
      tone: 'warning',
      summary: 'Erdoğan says his government will not refrain from a "harsher response" on the border.',
    },
    [S.reuters1114],
  ),
  ev(
    'StatementMade',
    'stmt-yilmaz-aircraft',
    { occurredAt: '2012-11-14', recordedAt: rec('2012-11-14', '18:05') },
    {
      speaker: YILMAZ,
      audience: 'syria',
      tone: 'military-threat',
      summary:
        'As Syrian aircraft bomb Ras al-Ain for a third day and Türkiye scrambles jets again, the Defence Minister warns that the military will respond to any Syrian aircraft violating Turkish airspace.',
      quote: 'The necessary response will be given to Syrian planes and helicopters that violate our border',
    },
    [S.ap1114, S.reuters1114],
  ),
  ev(
    'StatementMade',
    'stmt-syria-patriot-provocation',
    { occurredAt: '2012-11-30', recordedAt: rec('2012-12-04', '18:00') },
    {
      speaker: SYRIAN_GOV,
      audience: 'turkiye',
      tone: 'accusation',
      summary: 'Syria calls Türkiye’s request to NATO for Patriot missiles "a new act of provocation".',
    },
    [S.ransquawk1204],
  ),
  ev(
    'ActorRegistered',
    'actor-iran',
    { occurredAt: '2012-12-04', recordedAt: rec('2012-12-04', '18:05') },
    { actor: IRAN, role: 'third-party' },
    [S.reuters1204],
    { note: 'Syria’s ally; with Russia and Syria it criticised Türkiye’s request for the Patriots.' },
  ),
  ev(
    'ThirdPartyEngagement',
    'tpe-nato-patriots',
    { occurredAt: '2012-12-04', recordedAt: rec('2012-12-04', '18:10') },
    {
      actorId: 'nato',
      counterparts: ['turkiye'],
      kind: 'support',
      summary:
        'NATO foreign ministers agree to augment Türkiye’s air defence with Patriot batteries (from the United States, Germany and the Netherlands, under NATO command) "to defend the population and territory of Turkey and to contribute to the de-escalation of the crisis along the alliance’s border", citing repeated violations of Türkiye’s territory.',
    },
    [S.reuters1204],
  ),
  // ===== February – March 2013: Cilvegözü and Yayladağı =====
  ev(
    'IncidentReported',
    'inc-cilvegozu',
    { occurredAt: '2013-02-11', recordedAt: rec('2013-02-12', '07:00') },
    {
      incidentId: I.cilvegozu,
      kind: 'militant-attack',
      target: 'The buffer zone at the Cilvegözü border gate, where aid for Syria is handled',
      place: P.cilvegozu,
      fatalities: { min: 13, max: 14 },
      injured: { min: 28, max: 33 },
      description:
        'A minibus with Syrian plates explodes in the buffer zone metres from the Turkish gate, opposite the rebel-held Bab al-Hawa, killing 13 to 14 (three of them Turks) and wounding some 28 to 33. No one claims it; the government investigates all causes, a suicide attack among them.',
    },
    [S.zaman0211, S.hurriyet0212],
  ),
  ev(
    'StatementMade',
    'stmt-erdogan-cilvegozu',
    { occurredAt: '2013-02-11', recordedAt: rec('2013-02-12', '07:05') },
    {
      speaker: ERDOGAN,
      audience: 'domestic audience',
      tone: 'critical',
      summary:
        'Erdoğan: the bombing shows that Türkiye’s approach to terrorism and to Syria is right; it will not make the slightest compromise in its determination on either.',
    },
    [S.hurriyet0212],
  ),
  ev(
    'IncidentReported',
    'inc-yayladagi-shell-0214',
    { occurredAt: '2013-02-14', recordedAt: rec('2013-02-15', '09:00') },
    {
      incidentId: 'syrian-mortar-yayladagi-2013-02-14',
      kind: 'shelling',
      perpetrator: 'syria',
      against: 'turkiye',
      place: P.yayladagi,
      description:
        'Late on Thursday a mortar shell, supposedly fired from Syria, lands in a forest a kilometre from the Kayapınar border outpost in Yayladağı; no casualties.',
    },
    [graded(S.hurriyet0215, 3), graded(S.naharnet0215, 3)],
  ),
  ev(
    'IncidentReported',
    'inc-yayladagi-reply-0214',
    { occurredAt: '2013-02-14', recordedAt: rec('2013-02-15', '09:05') },
    {
      incidentId: 'turkish-fire-yayladagi-2013-02-14',
      kind: 'shelling',
      perpetrator: 'turkiye',
      against: 'syria',
      place: P.yayladagi,
      description:
        'Turkish artillery strikes back immediately: since 3 October, Türkiye has systematically retaliated to every cross-border shelling.',
    },
    [S.hurriyet0215, S.naharnet0215],
  ),
  ev(
    'StatementMade',
    'stmt-guler-cilvegozu',
    { occurredAt: '2013-03-11', recordedAt: rec('2013-03-12', '07:00') },
    {
      speaker: GULER,
      audience: 'syria',
      tone: 'accusation',
      summary:
        'A Turkish court remands a Turk and four Syrians suspected of the Cilvegözü bombing; the Interior Minister says the suspects were in contact with the Syrian security forces.',
      blames: { incidentId: I.cilvegozu, on: 'syria' },
    },
    [S.akhbar0311],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'turkey-syria-2012.jsonl',
  logEnd: '2013-03-31T00:00:00Z',
  events,
};

export default definition;
