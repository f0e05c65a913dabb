/**
 * A test fixture, not a shipped example: Syria and Jordan from the crisis of
 * September 1970 to the end of 1971 — the hijackings to Dawson's Field by the
 * PFLP (6 September), the Jordanian army's offensive on the fedayeen (from 17
 * September), President Atassi's vow to "spare no blood", the Syrian
 * armoured column that crossed into northern Jordan at Ramtha under the
 * colours of the Palestine Liberation Army (18 September), the tank battles
 * near Ramtha (19–20 September, "an invasion" on "a broad front"), the Syrian
 * entry into Irbid, the Jordanian air–ground offensive that drove the Syrians
 * from Irbid (22 September), their retreat across the border under Jordanian
 * fire (23 September), the American condemnation and démarche to Moscow,
 * Israel's tanks on the Golan as a warning, the Soviet warning against any
 * foreign intervention, the Cairo agreement between King Hussein and Arafat
 * (27 September, brokered by Nasser, signed at the Arab summit Syria
 * boycotted), then, after ten quiet months, the army's last offensive on the
 * fedayeen at Ajlun (July 1971), Syria's charge that Jordan shelled its
 * border posts and Damascus Radio's threat (21 July), the closing of the
 * frontier (July 1971) and of Syria's air space to Jordan's airline (August
 * 1971), the border clashes of mid-August and Egypt's missions to Damascus.
 * Escalation model v2 was never tuned on it: it is the case the model is
 * held to in syria-jordan-1970.spec.ts, against the calls an analyst makes
 * from DOMAIN.md §5b alone.
 *
 * The parties are Syria and Jordan. The PLO and its factions (Fatah, the
 * PFLP, the Palestine Liberation Army) are the other side of Jordan's civil
 * war and a third party to this pair; the United States, Israel, Iraq and the
 * Soviet Union are third parties; Egypt is the mediator (Nasser's plan and
 * the Cairo summit between Jordan and the PLO in 1970; its war minister and
 * chief of staff in Damascus to cool Syria off in August 1971). No earlier
 * case in this repository records any of this story (egypt-israel-1973 and
 * israel-syria-2025 are other pairs and other years).
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source.
 *
 * Recorded retrospectively: the case was opened on 7 December 2026 and every
 * development recorded that day from archives, press archives and
 * encyclopedias, so its knownAt begins then. The escalation calls are on
 * world time (`at`).
 *
 * Grading as in examples/README.md: A = the document itself (the State
 * Department's telegrams and the National Security Council's memoranda of the
 * crisis, in Foreign Relations of the United States, 1969–1976, vol. XXIV);
 * B = an established outlet or its archive copy (AP, Reuters and AP copies in
 * The Press of Christchurch, TIME, the Jewish Telegraphic Agency's daily
 * bulletin, Dawn's, the Hindustan Times' and Folha de S.Paulo's "fifty years
 * ago" columns reprinting their own reports of the day); C = an encyclopedia
 * page or its copy, or a blog chronology; 2 = several sources agree or one
 * established source reports it; 3 = one side's unverified claim, or a date
 * or count the sources disagree on.
 *
 * Dates of sources: contemporary reports and documents by their own date; the
 * newspapers' anniversary columns by the day they ran; encyclopedia pages and
 * the blog chronology, which carry no date of their own, the day after the
 * last development they are cited for, a lower bound, as the other
 * historical cases do.
 *
 * Judgement calls, recorded as an analyst would:
 * - Whose act is the column under the Palestine Liberation Army's colours?
 *   Syria's. Damascus insisted the force belonged to the PLA (TIME), and the
 *   vehicles bore its emblems, but the emblems "had been hastily painted, and
 *   most of the equipment and troops belonged to the Syrian army's reserve in
 *   Damascus" (TIME); the State Department, the National Security Council's
 *   reports (on Israeli and Jordanian information), the JTA and the
 *   encyclopedia all call it Syria's invasion, and Syria's Fifth Division
 *   crossed with it. Every act of the column is recorded with Syria as
 *   perpetrator and Jordan as the side attacked; Syria's claim that it was
 *   the PLA's is recorded as Syria's own statement. Recording it as the
 *   PLO's would have made a war between two states' armies a third party's
 *   act. No `allegedBy`: the author is what several independent sources say,
 *   not one side's charge.
 * - One place, written one way: "Ramtha" for every act at the border
 *   crossing and the Ramtha junction (the crossing on the 18th, the night
 *   engagements of the 19th, the invasion of the 20th, the air strikes on
 *   the retreat of the 23rd), "Irbid" for the city the Syrians entered and
 *   the offensive that drove them out (the 22nd). The war of 20–22 September
 *   is heavy by its size as its sources name it, not by a toll: no source
 *   read gives the dead of a day (the encyclopedia's totals are casualties,
 *   dead and wounded together: some 600 Syrian; 112 Jordanian, by Jordan's
 *   claim), so no act carries fatalities.
 * - Scale (`scale: 'major'`), only where the source says so: the Syrian
 *   attack of 20 September (the NSC memorandum: "the Syrians were attacking
 *   on a broad front"; the blog chronology: the Fifth Division "began
 *   invading northern Jordan" with more than 170 tanks; TIME: "the Syrian
 *   invasion", "the 16-hour battle") and the Jordanian offensive of 22
 *   September (the encyclopedia: "a coordinated aerial–ground offensive by
 *   the Jordanians" — the ground offensive at Irbid and the air strikes of
 *   that day, one offensive). Not the night engagements of the 19th
 *   ("armored engagements", "two earlier Syrian tank attacks" repulsed), nor
 *   the Jordanian air strikes of the 20th and the fire on the retreat of the
 *   23rd, nor any act of 1971.
 * - Ground taken without fire: the column's crossing at Ramtha on 18
 *   September (the encyclopedia: the invasion "began" that day; the blog
 *   chronology: smaller units "infiltrated across" two days before the main
 *   attack; no fire is reported that day) and the Syrian entry into Irbid,
 *   held by the fedayeen (the US embassy's telegram: "the Syrians are now in
 *   Irbid"; the JTA: Syrian armour and the guerrillas "captured Irbid"; dated
 *   21 September approximately, graded 3: the JTA's dispatch of the 22nd
 *   says "today", the telegram is of the 20th–21st) are Syria's
 *   `occupation`s; the withdrawal from Irbid (22 September) ends the second,
 *   the retreat across the border (23 September, recorded with no place: all
 *   it held) the first. The 2004 claims that Syria kept a strip of Jordanian
 *   land after 1970 (Rantburg, DEBKA) are not contemporary, sourced to no
 *   document: not recorded.
 * - The withdrawal was no ceasefire between the pair: no source read gives
 *   a truce or talks between Damascus and Amman in 1970. The Cairo agreement
 *   of 27 September is between Jordan and the PLO (signed by Hussein and
 *   Arafat before the Arab heads of state; Syria boycotted the summit):
 *   recorded as an agreement of kind `ceasefire` and a ceasefire, both
 *   between Jordan and the PLO, mediated by Egypt, one occurrence. The
 *   inter-Arab military commission's call for a ceasefire in Amman the same
 *   day is part of it.
 * - The Jordanian army's war with the fedayeen (from 17 September 1970; the
 *   Ajlun offensive of July 1971) is recorded as Jordan's acts against the
 *   PLO (one report for each phase, not day by day), and the hijackings as
 *   the PLO's: a third party's war, not the pair's.
 * - Syria's charge of 21 July 1971 (AP: Damascus "charged the Jordanian Army
 *   with shelling Syrian border posts") is recorded as Jordan's shelling of
 *   Syria, as alleged by Syria, dated to the report (the shelling's own day
 *   is not given), graded 3; no place is given but the border posts:
 *   "Syrian border posts".
 * - The frontier's closing: the JTA (December 1972) says only that it was
 *   closed "in July, 1971, after King Hussein's armies ousted the
 *   Palestinian terrorists"; the Ajlun offensive ran from 13 July (the army
 *   announced it held the area on the 16th; the encyclopedia's box gives
 *   12–23 July), and Syria still spoke of mediating until 21 July (AP). A
 *   month-only date would count it from 1 July, before the offensive the
 *   source puts it after: dated approximately to 25 July, graded 3. Its
 *   reopening, which Assad ordered on 1 December 1972 (the same JTA report),
 *   is after this log's end: not recorded, so the closure is in force to the
 *   end of the log.
 * - The air space: Syria "barred its airspace last week to the Royal
 *   Jordanian Airline" (JTA, Monday 16 August 1971): a closure against
 *   Jordan, recorded as a second `border-closure` ("Syrian air space (Royal
 *   Jordanian flights)"), dated approximately to 12 August.
 * - The border clashes of August 1971: "late last week when Syria claimed
 *   the destruction of several Jordanian tanks" (JTA, 16 August) — Syria's
 *   act by its own claim, dated approximately 13 August, graded 3; the
 *   smaller clashes of "last night and this morning" (15–16 August) are
 *   given Syria as perpetrator only to give them a direction (the source
 *   names neither side). No place is given: "Syrian–Jordanian frontier".
 * - Not recorded, for want of a dated source read: Syria's break of
 *   diplomatic relations with Jordan (a country study: "by July 1971"; the
 *   day is not given, and the catalogue has no development for it), the
 *   fighting around Irbid on 21 September, the Jordanian count of Syrian
 *   tanks destroyed (80, claimed on 24 September) other than in the text,
 *   Assad's seizure of power in Damascus (13 November 1970) and anything
 *   between the pair from October 1970 to July 1971.
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, retrospectiveClock, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'syria-jordan-1970';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 1970);
/** Recorded retrospectively on 7 December 2026, one minute apart, in log order. */
const when = retrospectiveClock('2026-12-07T05:00:00Z');

const SYRIA: Actor = { id: 'syria', name: 'Syria', kind: 'state', aliases: ['Damascus', 'Syrian Arab Republic'] };
const JORDAN: Actor = {
  id: 'jordan',
  name: 'Jordan',
  kind: 'state',
  aliases: ['Amman', 'Hashemite Kingdom of Jordan'],
};
const PLO: Actor = {
  id: 'plo',
  name: 'Palestine Liberation Organization',
  kind: 'armed-group',
  aliases: ['PLO', 'fedayeen', 'Fatah', 'PFLP', 'Palestinian guerrillas'],
};
const EGYPT: Actor = {
  id: 'egypt',
  name: 'Egypt (United Arab Republic)',
  kind: 'state',
  aliases: ['Cairo', 'UAR'],
};
const USA: Actor = { id: 'united-states', name: 'United States', kind: 'state', aliases: ['Washington'] };
const ISRAEL: Actor = { id: 'israel', name: 'Israel', kind: 'state', aliases: ['Jerusalem'] };
const IRAQ: Actor = { id: 'iraq', name: 'Iraq', kind: 'state', aliases: ['Baghdad'] };
const USSR: Actor = { id: 'soviet-union', name: 'Soviet Union', kind: 'state', aliases: ['USSR', 'Moscow'] };

const ATASSI: Person = { name: 'Nureddin al-Atassi', title: 'President of Syria', actorId: 'syria' };
const SYRIA_FM: Person = { name: 'Syrian Foreign Ministry', actorId: 'syria' };
const SYRIA_GOVT: Person = { name: 'Government of Syria', actorId: 'syria' };
const DAMASCUS_RADIO: Person = { name: 'Damascus Radio (state radio)', actorId: 'syria' };
const ROGERS: Person = { name: 'William P. Rogers', title: 'US Secretary of State', actorId: 'united-states' };
const SOVIET_GOVT: Person = { name: 'Government of the Soviet Union', actorId: 'soviet-union' };

const FRUS = 'https://history.state.gov/historicaldocuments/frus1969-76v24';

const S = {
  wikiBS: source(
    'Black September',
    'Wikipedia (mirror)',
    'https://wikimili.com/en/Black_September',
    '1971-07-24',
    'C',
    2,
  ),
  wikiInvasion: source(
    'Syrian invasion of Jordan',
    'Wikipedia',
    'https://en.wikipedia.org/wiki/Syrian_invasion_of_Jordan',
    '1970-09-24',
    'C',
    2,
  ),
  wikiSummit: source(
    '1970 Arab League summit',
    'Wikipedia (mirror)',
    'https://wikimili.com/en/1970_Arab_League_summit',
    '1970-09-29',
    'C',
    2,
  ),
  wikiAjlun: source(
    'Ajlun offensive',
    'Wikipedia (mirror)',
    'https://a.osmarks.net/content/wikipedia_en_all_maxi_2020-08/A/Ajlun_offensive',
    '1971-07-24',
    'C',
    2,
  ),
  rr: source(
    'Syrian incursion into Jordan, September 20-23, 1970',
    'Rebellion Research',
    'https://www.rebellionresearch.com/syrian-incursion-into-jordan-september-20-23-1970',
    '1970-09-24',
    'C',
    2,
  ),
  frus275: source(
    'Memorandum from Kissinger to President Nixon: Situation in Jordan (FRUS 1969–76, vol. XXIV, doc. 275)',
    'US Department of State, Office of the Historian',
    `${FRUS}/d275`,
    '1970-09-20',
    'A',
    2,
  ),
  frus276: source(
    'Telegram from the Department of State to the Embassy in Jordan, 154413 (FRUS 1969–76, vol. XXIV, doc. 276)',
    'US Department of State, Office of the Historian',
    `${FRUS}/d276`,
    '1970-09-20',
    'A',
    1,
  ),
  frus280: source(
    'Memorandum from Kissinger to President Nixon: The Jordan Situation — 6:30 P.M. Sunday, September 20 (FRUS 1969–76, vol. XXIV, doc. 280)',
    'US Department of State, Office of the Historian',
    `${FRUS}/d280`,
    '1970-09-20',
    'A',
    2,
  ),
  frus282: source(
    'Telegram from the Embassy in Jordan to the Department of State, 4984: Syrian Threat and Security Council Meeting (FRUS 1969–76, vol. XXIV, doc. 282)',
    'US Department of State, Office of the Historian',
    `${FRUS}/d282`,
    '1970-09-21',
    'A',
    3,
  ),
  frus322: source(
    'Memorandum from Harold Saunders (NSC) to Kissinger: The Situation in Jordan (FRUS 1969–76, vol. XXIV, doc. 322)',
    'US Department of State, Office of the Historian',
    `${FRUS}/d322`,
    '1970-09-23',
    'A',
    2,
  ),
  press0919: source(
    'Arab summit plan (NZPA–Reuter, Cairo, 18 September)',
    'The Press, Christchurch (Papers Past)',
    'https://paperspast.natlib.govt.nz/newspapers/CHP19700919.2.122',
    '1970-09-19',
    'B',
    2,
  ),
  ap0921: source(
    "Syria's Jordan Involvement Stirs U.S. (AP, John M. Hightower)",
    'The Daily Register, Red Bank (docslib copy)',
    'https://docslib.org/doc/1113537/syrias-jordan-involvement-stirs-u-s-by-john-m',
    '1970-09-21',
    'B',
    2,
  ),
  jta0923: source(
    'Israel Keeps Watch on Syrian Thrust into Jordan, Considers Intervention',
    'Jewish Telegraphic Agency',
    'http://www.jta.org/archive/israel-keeps-watch-on-syrian-thrust-into-jordan-considers-intervention',
    '1970-09-23',
    'B',
    2,
  ),
  jta0925: source(
    'Specters of U.S.-Soviet Collision, Israeli Thrust into Jordan Fade As Hussein Gains',
    'Jewish Telegraphic Agency',
    'http://www.jta.org/1970/09/25/archive/specters-of-u-s-soviet-collision-israeli-thrust-into-jordan-fade-as-hussein-gains',
    '1970-09-25',
    'B',
    2,
  ),
  folha0924: source(
    '1970: Blindados sírios que apoiavam guerrilheiros saem da Jordânia (Há 50 anos: the front page of 24 September 1970)',
    'Folha de S.Paulo',
    'https://www1.folha.uol.com.br/banco-de-dados/2020/09/1970-blindados-sirios-que-apoiavam-guerrilheiros-saem-da-jordania.shtml',
    '2020-09-24',
    'B',
    2,
  ),
  dawn0928: source(
    'From the past pages of Dawn: 1970: Fifty years ago: Arab summit agreement',
    'Dawn',
    'https://www.dawn.com/news/1582077/from-the-past-pages-of-dawn-1970-fifty-years-ago-arab-summit-agreement',
    '2020-09-28',
    'B',
    2,
  ),
  ht0927: source(
    'HT This Day: Sept 28, 1970 — Hussein, Arafat sign peace agreement',
    'Hindustan Times',
    'https://www.hindustantimes.com/world-news/ht-this-day-sept-28-1975-hussein-arafat-sign-peace-agreement-101632763695585.html',
    '2021-09-27',
    'B',
    2,
  ),
  time1005: source(
    'Jordan: The Battle Ends; the War Begins',
    'TIME',
    'https://content.time.com/time/subscriber/article/0,33009,904341-3,00.html',
    '1970-10-05',
    'B',
    2,
  ),
  press0722: source(
    'Growing isolation for Jordan (NZPA–AP, Beirut, 21 July)',
    'The Press, Christchurch (Papers Past)',
    'https://paperspast.natlib.govt.nz/newspapers/CHP19710722.2.98',
    '1971-07-22',
    'B',
    2,
  ),
  jta710816: source(
    'Syria-Jordan Clashes Abating; Hussein Seeking Ways to Coexist with Arab States',
    'Jewish Telegraphic Agency',
    'http://www.jta.org/archive/syria-jordan-clashes-abating-hussein-seeking-ways-to-coexist-with-arab-states',
    '1971-08-16',
    'B',
    2,
  ),
  jta721207: source(
    'Syria Re-enforcing Border Positions',
    'Jewish Telegraphic Agency',
    'http://www.jta.org/1972/12/07/archive/syria-re-enforcing-border-positions',
    '1972-12-07',
    'B',
    2,
  ),
};

const P = {
  ramtha: 'Ramtha',
  irbid: 'Irbid',
  amman: 'Amman',
  ajlun: 'Ajlun',
  postsSyria: 'Syrian border posts',
  frontier: 'Syrian–Jordanian frontier',
  airspace: 'Syrian air space (Royal Jordanian flights)',
};
const A = { cairo: 'cairo-agreement-1970-09-27' };
const CF = { cairo: 'cairo-ceasefire-1970-09-27' };
const OCC = { cairo: 'cairo-agreement-signed-1970-09-27' };

const events = [
  // ===== September 1970: the hijackings and Jordan's war on the fedayeen =====
  ev(
    'NegotiationOpened',
    'opened',
    when('1970-09-06'),
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Syria – Jordan, Black September and the Syrian tanks, 1970–71',
      subject:
        "Syria's armoured intervention in northern Jordan under the Palestine Liberation Army's colours during Jordan's war with the fedayeen (September 1970), its defeat and withdrawal, and the ruptures of 1971 after Jordan's last offensive on the fedayeen: the frontier and the air space closed, border clashes",
      parties: [SYRIA, JORDAN],
      mediators: [],
    },
    [S.wikiBS],
  ),
  ev('ActorRegistered', 'actor-plo', when('1970-09-06'), { actor: PLO, role: 'third-party' }, [S.wikiBS], {
    note: "The other side of Jordan's civil war (Fatah, the PFLP and the other fedayeen groups, and the Palestine Liberation Army): a third party to the pair.",
  }),
  ev('ActorRegistered', 'actor-usa', when('1970-09-06'), { actor: USA, role: 'third-party' }, [S.wikiBS], {
    note: "Jordan's backer: it condemned the Syrian intervention and pressed Moscow to restrain Damascus.",
  }),
  ev('ActorRegistered', 'actor-israel', when('1970-09-06'), { actor: ISRAEL, role: 'third-party' }, [S.wikiBS], {
    note: 'Massed forces on the Golan Heights as a warning to Syria during the invasion.',
  }),
  ev('ActorRegistered', 'actor-iraq', when('1970-09-06'), { actor: IRAQ, role: 'third-party' }, [S.wikiBS], {
    note: 'Kept a division in Jordan in 1970 and did not move it against Hussein (TIME).',
  }),
  ev('ActorRegistered', 'actor-ussr', when('1970-09-06'), { actor: USSR, role: 'third-party' }, [S.wikiBS], {
    note: "Syria's backer, asked by Washington to make Damascus withdraw.",
  }),
  ev(
    'IncidentReported',
    'inc-dawsons-field',
    when('1970-09-06'),
    {
      incidentId: 'pflp-hijackings-dawsons-field-1970-09-06',
      kind: 'militant-attack',
      perpetrator: 'plo',
      target: 'Three airliners and their passengers',
      place: "Dawson's Field, Zarqa",
      description:
        "The PFLP seizes passenger flights, forces them to land at Dawson's Field near Zarqa in Jordan, takes foreign passengers hostage and later blows up the planes before the press: the last straw for King Hussein.",
    },
    [S.wikiBS],
  ),
  ev(
    'IncidentReported',
    'inc-jordan-fedayeen-0917',
    when('1970-09-17'),
    {
      incidentId: 'jordan-army-offensive-fedayeen-1970-09-17',
      kind: 'clash',
      perpetrator: 'jordan',
      against: 'plo',
      place: P.amman,
      description:
        'The Jordanian army surrounds the cities with a strong PLO presence, Amman and Irbid among them, and attacks the fedayeen posts in the refugee camps: the battle of Amman goes on for ten days.',
    },
    [S.wikiBS],
  ),
  ev(
    'StatementMade',
    'stmt-atassi-no-blood',
    when('1970-09-17', 'approximate'),
    {
      speaker: ATASSI,
      audience: 'jordan',
      tone: 'military-threat',
      summary:
        "Syria publicly threatens King Hussein: President Atassi says Syria will spare no blood to help the Palestinians; the Ba'ath party adopts Salah Jadid's line of military intervention against Jordan the same day.",
      quote: 'spare no blood',
    },
    [S.wikiInvasion],
  ),
  ev(
    'StatementMade',
    'stmt-syria-fm-not-idle',
    when('1970-09-17', 'approximate'),
    {
      speaker: SYRIA_FM,
      audience: 'jordan',
      tone: 'warning',
      summary:
        'The Syrian Foreign Ministry warns that Syria cannot stay idle while the Palestinian groups are "massacred" in Jordan.',
      quote:
        'Syrian revolution cannot remain silent or idle about the massacres to which the Palestine revolution groups and the masses in Jordan are being exposed',
    },
    [S.wikiInvasion],
  ),
  ev('ActorRegistered', 'actor-egypt', when('1970-09-18'), { actor: EGYPT, role: 'mediator' }, [S.press0919], {
    note: 'Mediates between Jordan and the PLO in 1970 (Nasser); in August 1971 its war minister and chief of staff go to Damascus to cool Syria off.',
  }),
  ev(
    'MediationAction',
    'med-egypt-eight-points',
    when('1970-09-18'),
    {
      mediator: 'egypt',
      action: 'proposed',
      summary:
        'Nasser and the leaders of Libya and Sudan send King Hussein and Arafat an eight-point plan to end the fighting in Jordan, carried to Amman by the Egyptian chief of staff, Lt-Gen. Sadek: a plan between Jordan and the PLO.',
    },
    [S.press0919],
  ),
  // ===== 18–23 September 1970: the Syrian column =====
  ev(
    'IncidentReported',
    'inc-syria-crosses-0918',
    when('1970-09-18'),
    {
      incidentId: 'syria-column-enters-jordan-1970-09-18',
      kind: 'occupation',
      perpetrator: 'syria',
      against: 'jordan',
      place: P.ramtha,
      description:
        'Syrian troops bearing the markings of the Palestine Liberation Army cross into northern Jordan at Ramtha and advance toward Irbid, held by the fedayeen (some 10,000 men by the encyclopedia; smaller units "infiltrated across" first, by the chronology). No fire with the Jordanian army is reported that day.',
    },
    [S.wikiBS, S.rr],
  ),
  ev(
    'ThirdPartyEngagement',
    'tpe-us-asks-moscow',
    when('1970-09-18'),
    {
      actorId: 'united-states',
      counterparts: ['soviet-union'],
      kind: 'outreach',
      summary:
        'Secretary of State Rogers asks the Soviet Union to intervene with Syria to end its invasion of Jordan (the most important American diplomatic move, the State Department says).',
    },
    [S.jta0923],
  ),
  ev(
    'IncidentReported',
    'inc-night-engagements-0919',
    when('1970-09-19'),
    {
      incidentId: 'syrian-tank-attacks-ramtha-1970-09-19',
      kind: 'clash',
      perpetrator: 'syria',
      against: 'jordan',
      place: P.ramtha,
      description:
        'Armoured engagements during the night: the Jordanians repulse two Syrian tank attacks and report heavy losses inflicted on a Syrian armoured brigade (the NSC, on Israeli and Jordanian information).',
    },
    [S.frus275, S.frus280],
  ),
  ev(
    'IncidentReported',
    'inc-invasion-0920',
    when('1970-09-20'),
    {
      incidentId: 'syrian-invasion-ramtha-1970-09-20',
      kind: 'clash',
      perpetrator: 'syria',
      against: 'jordan',
      place: P.ramtha,
      scale: 'major',
      description:
        'Syria\'s Fifth Division, with more than 170 T-55 tanks and some 16,000 troops under PLA colours, "began invading northern Jordan" at about 2 a.m.; two Syrian armoured brigades attack "on a broad front" toward Irbid, some 70 tanks inside Jordan; the Jordanian 40th and 60th armoured brigades meet them at the Ramtha junction in "the 16-hour battle" (TIME); both sides take losses. The Syrian air force stays out.',
    },
    [S.frus280, S.rr, S.time1005],
  ),
  ev(
    'IncidentReported',
    'inc-jordan-air-0920',
    when('1970-09-20'),
    {
      incidentId: 'jordan-air-strikes-ramtha-1970-09-20',
      kind: 'airstrike',
      perpetrator: 'jordan',
      against: 'syria',
      place: P.ramtha,
      description:
        "Jordan's Hawker Hunters attack the Syrian tanks in the afternoon and set some on fire, until nightfall grounds them.",
    },
    [S.frus280, S.rr],
  ),
  ev(
    'StatementMade',
    'stmt-syria-pla-claim',
    when('1970-09-20', 'approximate'),
    {
      speaker: SYRIA_GOVT,
      audience: 'international',
      tone: 'neutral',
      summary:
        "Damascus insists that the force in northern Jordan belongs to the guerrillas' Palestine Liberation Army, not to Syria's army (TIME: the emblems were hastily painted on the Syrian army reserve's equipment).",
    },
    [graded(S.time1005, 3)],
  ),
  ev(
    'ThirdPartyEngagement',
    'tpe-hussein-asks-help',
    when('1970-09-20'),
    {
      actorId: 'jordan',
      counterparts: ['united-states'],
      kind: 'outreach',
      summary:
        'King Hussein asks the United States three times for help — a statement condemning the invasion from Syria and a declaration that the intrusion of an outside power cannot be tolerated — and sounds out Britain about an air strike on the invading Syrian forces.',
    },
    [S.frus275, S.frus280],
  ),
  ev(
    'StatementMade',
    'stmt-rogers-0920',
    when('1970-09-20'),
    {
      speaker: ROGERS,
      audience: 'syria',
      tone: 'warning',
      summary:
        'Secretary Rogers condemns the invasion as "irresponsible and imprudent", warns that it carries the danger of a broadened conflict and calls on Syria to withdraw at once; the State Department makes a strong démarche to the Soviet chargé.',
      quote: 'We call upon the Syrian government to end immediately this intervention in Jordan',
    },
    [S.ap0921, S.frus276],
  ),
  ev(
    'IncidentReported',
    'inc-syria-irbid-0921',
    when('1970-09-21', 'approximate'),
    {
      incidentId: 'syria-enters-irbid-1970-09-21',
      kind: 'occupation',
      perpetrator: 'syria',
      against: 'jordan',
      place: P.irbid,
      description:
        'Syrian armoured forces enter Irbid, Jordan\'s second city, held by the fedayeen ("the Syrians are now in Irbid", Jordan\'s chief of the royal court tells the US ambassador; the King fears columns heading south for Amman).',
    },
    [S.frus282, graded(S.jta0923, 3)],
  ),
  ev(
    'IncidentReported',
    'inc-israel-golan',
    when('1970-09-21', 'approximate'),
    {
      incidentId: 'israel-tanks-golan-warning-1970-09',
      kind: 'force-posture',
      perpetrator: 'israel',
      against: 'syria',
      place: 'Golan Heights',
      description:
        'Israel moves tanks and troops into border areas where they are easily seen, the occupied Golan Heights among them, as a warning to the guerrillas and to Syria; its cabinet meets in extraordinary session three times in the week.',
    },
    [S.jta0923, S.jta0925],
  ),
  ev(
    'IncidentReported',
    'inc-jordan-offensive-irbid-0922',
    when('1970-09-22'),
    {
      incidentId: 'jordan-offensive-irbid-1970-09-22',
      kind: 'clash',
      perpetrator: 'jordan',
      against: 'syria',
      place: P.irbid,
      scale: 'major',
      description:
        'A coordinated aerial–ground offensive by the Jordanians inflicts heavy losses on the Syrians around Irbid (the encyclopedia).',
    },
    [S.wikiBS],
    { occurrence: 'jordan-offensive-1970-09-22' },
  ),
  ev(
    'IncidentReported',
    'inc-jordan-air-irbid-0922',
    when('1970-09-22'),
    {
      incidentId: 'jordan-air-strikes-irbid-1970-09-22',
      kind: 'airstrike',
      perpetrator: 'jordan',
      against: 'syria',
      place: P.irbid,
      scale: 'major',
      description:
        "The air arm of the same offensive: the King's Hawker Hunters strike the Syrian tanks (ten knocked out by the planes alone, Hussein says).",
    },
    [S.wikiBS, S.time1005],
    { occurrence: 'jordan-offensive-1970-09-22' },
  ),
  ev(
    'IncidentReported',
    'inc-syria-leaves-irbid-0922',
    when('1970-09-22'),
    {
      incidentId: 'syria-withdraws-irbid-1970-09-22',
      kind: 'withdrawal',
      perpetrator: 'syria',
      against: 'jordan',
      place: P.irbid,
      description: 'The Syrians withdraw from Irbid after their heavy losses.',
    },
    [S.wikiBS],
  ),
  ev(
    'ThirdPartyEngagement',
    'tpe-cairo-summit-opens',
    when('1970-09-22'),
    {
      actorId: 'egypt',
      counterparts: ['jordan', 'plo'],
      kind: 'meeting',
      summary:
        "Arab heads of state gather in Cairo at Nasser's call to settle the conflict between Jordan and the PLO; Syria, Iraq, Algeria and Morocco boycott the summit.",
    },
    [S.dawn0928, S.wikiSummit],
  ),
  ev(
    'StatementMade',
    'stmt-soviet-inadmissible',
    when('1970-09-23', 'approximate'),
    {
      speaker: SOVIET_GOVT,
      audience: 'united-states',
      tone: 'warning',
      summary:
        'The Soviet Union warns the United States, Israel, Syria and Iraq that it considers any foreign intervention in Jordan "inadmissible".',
    },
    [S.folha0924],
  ),
  ev(
    'IncidentReported',
    'inc-fire-on-retreat-0923',
    when('1970-09-23'),
    {
      incidentId: 'jordan-fire-on-syrian-retreat-1970-09-23',
      kind: 'airstrike',
      perpetrator: 'jordan',
      against: 'syria',
      place: P.ramtha,
      description:
        "The Syrian armour carrying the PLA's flags pulls out of Jordan under the fire of the Jordanian artillery and air force; Jordan publicly claims to have routed the retreating Syrians from the Irbid–Ramtha area.",
    },
    [S.folha0924, S.frus322, S.time1005],
  ),
  ev(
    'IncidentReported',
    'inc-syria-withdraws-0923',
    when('1970-09-23'),
    {
      incidentId: 'syria-withdraws-from-jordan-1970-09-23',
      kind: 'withdrawal',
      perpetrator: 'syria',
      against: 'jordan',
      description:
        'The Syrian column retreats across the border after three days of combat, mauled by the Jordanian army (some 80 Syrian tanks disabled or destroyed, by the Jordanian claim of the 24th; about 100, TIME). No truce or talks between Damascus and Amman: the State Department credits the Jordanian army first, then Syrian fear of Israel, American diplomacy and Soviet influence.',
    },
    [S.jta0925, S.folha0924, S.wikiInvasion],
  ),
  // ===== 27 September 1970: the Cairo agreement (Jordan and the PLO) =====
  ev(
    'AgreementReached',
    'agr-cairo',
    when('1970-09-27'),
    {
      agreementId: A.cairo,
      kind: 'ceasefire',
      provisions: [
        'A ceasefire between the Jordanian army and the Palestinian forces',
        'The rapid withdrawal of the guerrilla forces from the Jordanian cities and towns',
        'The release of prisoners by both sides',
        'An inter-Arab military commission in Amman to supervise the ceasefire',
      ],
      signatories: ['jordan', 'plo'],
      textPublic: false,
    },
    [S.dawn0928, S.ht0927, S.wikiAjlun],
    {
      note: 'Signed by King Hussein and Arafat before the Arab heads of state in Cairo, brokered by Nasser; an agreement between Jordan and a third party, not with Syria, which boycotted the summit.',
      occurrence: OCC.cairo,
    },
  ),
  ev(
    'CeasefireDeclared',
    'cf-cairo',
    when('1970-09-27'),
    {
      ceasefireId: CF.cairo,
      parties: ['jordan', 'plo'],
      scope:
        'The Jordanian army and the Palestinian forces in Jordan, supervised by an inter-Arab military commission (officers of Egypt, Tunisia, Kuwait, Sudan and Saudi Arabia) whose first communiqué asks all combatants to cease fire at once',
      duration: 'indefinite',
      mediatedBy: ['egypt'],
    },
    [S.dawn0928],
    { occurrence: OCC.cairo },
  ),
  // ===== July–August 1971: the last offensive on the fedayeen and the ruptures =====
  ev(
    'IncidentReported',
    'inc-ajlun-offensive',
    when('1971-07-13'),
    {
      incidentId: 'jordan-ajlun-offensive-1971-07-13',
      kind: 'clash',
      perpetrator: 'jordan',
      against: 'plo',
      place: P.ajlun,
      fatalities: { min: 250, max: 250 },
      description:
        'After ordering the fedayeen to evacuate Tal al-Aqra (12 July), the Jordanian army opens its offensive on their last stronghold in the Ajlun hills with artillery and air support; on 16 July it announces control of the whole area, about 250 guerrillas killed; some 500 escape to Syria.',
    },
    [S.wikiAjlun],
  ),
  ev(
    'IncidentReported',
    'inc-shelling-syrian-posts',
    when('1971-07-21', 'approximate'),
    {
      incidentId: 'jordan-shelling-syrian-border-posts-1971-07',
      kind: 'shelling',
      perpetrator: 'jordan',
      allegedBy: 'syria',
      against: 'syria',
      place: P.postsSyria,
      description:
        'Syria, which had taken a softer line than in the earlier rounds and offered its mediation, charges the Jordanian army with shelling Syrian border posts (dated to the charge; the day of the shelling is not given).',
    },
    [graded(S.press0722, 3)],
  ),
  ev(
    'AgreementStatusChanged',
    'agr-cairo-repudiated',
    when('1971-07-21', 'approximate'),
    {
      agreementId: A.cairo,
      status: 'withdrawn',
      by: 'jordan',
      reason:
        'Jordan repudiates the two agreements that regulated the relations between Amman and the guerrillas (the AP, 21 July, on the Arab disapproval of it): the Cairo agreement of September 1970 is taken to be one: the report does not name them).',
    },
    [graded(S.press0722, 3)],
  ),
  ev(
    'StatementMade',
    'stmt-damascus-radio-0721',
    when('1971-07-21'),
    {
      speaker: DAMASCUS_RADIO,
      audience: 'jordan',
      tone: 'threat',
      summary:
        'Damascus Radio says the Jordanian "aggressive acts and provocations" will only stiffen Syria\'s resolve to take whatever measures are needed to support the Palestinian commandos.',
      quote:
        'the aggressive acts and provocations will only stiffen our determination to take whatever measures are needed to support the Palestinian commando movement',
    },
    [S.press0722],
  ),
  ev(
    'IncidentReported',
    'inc-frontier-closed',
    when('1971-07-25', 'approximate'),
    {
      incidentId: 'syria-closes-frontier-1971-07',
      kind: 'border-closure',
      perpetrator: 'syria',
      against: 'jordan',
      place: P.frontier,
      description:
        'Syria closes its frontier with Jordan after King Hussein\'s army has driven the last fedayeen out (the JTA, December 1972: "closed in July, 1971"; dated approximately to the last week of July, see the header).',
    },
    [graded(S.jta721207, 3)],
  ),
  ev(
    'IncidentReported',
    'inc-airspace-closed',
    when('1971-08-12', 'approximate'),
    {
      incidentId: 'syria-bars-airspace-royal-jordanian-1971-08',
      kind: 'border-closure',
      perpetrator: 'syria',
      against: 'jordan',
      place: P.airspace,
      description:
        'Syria bars its air space to the Royal Jordanian Airline ("last week", the JTA of 16 August); Iraq had already barred Jordan\'s planes. Middle East Airlines is left the only carrier between Beirut and Amman.',
    },
    [S.jta710816],
  ),
  ev(
    'IncidentReported',
    'inc-border-clash-0813',
    when('1971-08-13', 'approximate'),
    {
      incidentId: 'syria-jordan-border-clash-1971-08-13',
      kind: 'clash',
      perpetrator: 'syria',
      against: 'jordan',
      place: P.frontier,
      description:
        'Border clashes between Syrian and Jordanian forces "late last week", Syria claiming the destruction of several Jordanian tanks: a Syrian armed foray after Hussein\'s crackdown on the fedayeen (JTA, 16 August).',
    },
    [graded(S.jta710816, 3)],
  ),
  ev(
    'IncidentReported',
    'inc-border-clash-0815',
    when('1971-08-15', 'approximate'),
    {
      incidentId: 'syria-jordan-border-clash-1971-08-15',
      kind: 'clash',
      perpetrator: 'syria',
      against: 'jordan',
      place: P.frontier,
      description:
        'The border clashes go on "last night and this morning", though not on the scale of the week before (JTA, 16 August; the source names neither side as the one that fired: Syria is given as perpetrator only to give them a direction).',
    },
    [S.jta710816],
  ),
  ev(
    'MediationAction',
    'med-egypt-damascus',
    when('1971-08-15', 'approximate'),
    {
      mediator: 'egypt',
      action: 'visited',
      summary:
        'Egypt sends its war minister, Gen. Mohammed Sadek, and then its chief of staff, Maj.-Gen. Saad el-Din Shazli, to Damascus within 24 hours, seen as an effort to cool off the evident Syrian desire for a military showdown with Hussein.',
    },
    [S.jta710816],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'syria-jordan-1970.jsonl',
  logEnd: '2026-12-07T06:00:00Z',
  events,
};

export default definition;
