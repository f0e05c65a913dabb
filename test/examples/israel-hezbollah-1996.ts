/**
 * A test fixture, not a shipped example: Israel and Hezbollah in 1996, from
 * the attacks in the security zone and Hezbollah's Katyusha fire on northern
 * Israel (March – April) through Israel's Operation Grapes of Wrath (11 – 27
 * April: air strikes on Beirut's southern suburbs and south Lebanon, the
 * shelling of the UN compound at Qana on 18 April), the shuttle of Warren
 * Christopher and Hervé de Charette, the April Understanding and the
 * ceasefire of 27 April, the attacks in the security zone after it (29 May,
 * 10 June) and the Monitoring Group's arrangements (12 July), as an analyst
 * reading the record now could have recorded it. Separate from
 * israel-hezbollah-2006.ts, which records the 2006 war and nothing of this.
 * Escalation model v2 was never tuned on it: it is the case the model is held
 * to in israel-hezbollah-1996.spec.ts, against the calls an analyst makes from
 * DOMAIN.md §5b alone.
 *
 * What it tests that the other cases did not:
 * - rockets against an air and artillery campaign, fought two weeks while
 *   the mediators shuttle;
 * - a third party's civilians killed by the pair's fire: the Qana shelling is
 *   Israel's act `against` Hezbollah (its stated target: the fire from beside
 *   the compound) that `harmed` Lebanon (the 101–106 dead were Lebanese
 *   refugees sheltering with the UN's Fijian battalion);
 * - mediation by two outsiders with rival plans (the United States, France);
 * - a written understanding that ends the cross-border fire and the
 *   operation, but not the war in the security zone: its ceasefire is
 *   recorded `coverage: 'partial'`, and the ambushes of 29 May and 10 June
 *   are armed action it does not forbid (the understanding keeps "the right
 *   of self-defense"), not violations of it.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source. The case was researched
 * after the fact from sources read all at once (recorded by
 * `retrospectiveClock`).
 *
 * Grading as in examples/README.md: B = established outlet or wire copy (CNN,
 * Time, AP through The Spokesman-Review and the Daily Bruin, The Independent,
 * the Los Angeles Times, The Washington Post, The Baltimore Sun, the Chicago
 * Tribune, The Moscow Times, JTA, McClatchy, Amnesty International), C =
 * smaller outlet, archive, aggregator or mirror (Wikipedia and its copies, the
 * BBC On This Day mirror, the jawawa.id press archive); 1 = an on-record
 * statement or act confirmed by the actor itself; 2 = several outlets agree or
 * one established outlet reports it; 3 = one side's unverified claim, or an
 * unnamed source. Tolls are as the sources give them, as ranges where they
 * differ. Wikipedia pages and their copies, whose revision is not dated, are
 * dated the day they were read (6 December 2026).
 *
 * Judgement calls, recorded as an analyst would:
 * - The pair is Israel and Hezbollah. Lebanon and Syria are third parties:
 *   Syria's soldiers hit on 12 April and the Lebanese army's losses are
 *   theirs, not the pair's, and are not recorded as the pair's acts. Israel's
 *   strikes anywhere in Lebanon are recorded `against: 'hezbollah'` (its
 *   stated target), whatever they hit; those whose dead were Lebanese
 *   civilians sheltering with the UN (Qana) or Lebanese soldiers (10 June)
 *   also name `harmed: 'lebanon'`. Israel's strike of 22 April on the
 *   PFLP-GC's bunkers south of Beirut is against a third group and is left
 *   out.
 * - `scale: 'major'` only where the source calls the operation an offensive:
 *   CNN of 12 April ("the broad-scale offensive, code-named Grapes of Wrath")
 *   for the air strikes of 11 and 12 April. The Moscow Times speaks of
 *   "Israel's week-long offensive", but of the Qana barrage and the artillery
 *   "still rumbling" of 19 April it gives no act of that size: neither is
 *   marked major (Qana is heavy by its toll).
 * - Places are written one way each: "Beirut southern suburbs", "South
 *   Lebanon", "Northern Israel", "Kiryat Shmona" (when the sources name it),
 *   "Coastal highway (Beirut–Sidon–Tyre)" for the gunboats' fire, and one
 *   name for each village.
 * - The July 1993 understanding that the March – April fire broke is not
 *   recorded as an agreement: it was oral, and no source gives a day it
 *   ended; the operation of 11 April is its end in fact. Israel's naval
 *   blockade of Beirut, Sidon and Tyre (from 13 April) is not recorded as a
 *   closure: no source read gives its lifting.
 * - The April Understanding (announced 18:00 local, 15:00 GMT on 26 April)
 *   is an `AgreementReached` (`ceasefire`) whose text binds Israel and
 *   Lebanon ("Lebanon and Israel will ensure…", armed groups in Lebanon
 *   included) after consultation with Syria; its `CeasefireDeclared` binds
 *   Israel and Hezbollah from 04:00 local (01:00 GMT) on 27 April,
 *   `coverage: 'partial'`: it stops fire on civilians and from civilian
 *   areas and the Katyushas into Israel, not the fighting between the forces
 *   in the security zone.
 * - The Katyusha salvo of the night of 11 April on Kiryat Shmona is dated
 *   `approximate`: the Independent, dated 12 April, says "early yesterday
 *   morning".
 * - Hezbollah's fire of 9 April (30 rockets, after the bomb that killed a boy
 *   at Barashit on 8 April, which Hezbollah blamed on Israel) rests on
 *   Wikipedia; the bomb itself is not recorded (its author is disputed).
 * - Left out for want of a dated report: the first sessions of the
 *   Monitoring Group (summer 1996) and the attacks in the security zone
 *   between July and December 1996. Reuters' count for the year (255 killed
 *   in south Lebanon, 27 of them Israeli soldiers; The Independent, 2 January
 *   1997) is not recorded: it dates no act.
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, retrospectiveClock, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'israel-hezbollah-1996';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 1996);
/** The case was researched after the fact, from sources read all at once. */
const when = retrospectiveClock('2026-12-07T01:00:00Z');
/** The day Wikipedia pages and their copies were read (their revision is not dated). */
const READ = '2026-12-06';

const ISRAEL: Actor = { id: 'israel', name: 'Israel', kind: 'state', aliases: ['IDF', 'Israeli government'] };
const HEZBOLLAH: Actor = {
  id: 'hezbollah',
  name: 'Hezbollah',
  kind: 'armed-group',
  aliases: ['Hizbollah', 'Hizballah', 'Islamic Resistance'],
};
const LEBANON: Actor = { id: 'lebanon', name: 'Lebanon', kind: 'state', aliases: ['Beirut', 'Lebanese government'] };
const SYRIA: Actor = { id: 'syria', name: 'Syria', kind: 'state', aliases: ['Damascus'] };
const USA: Actor = { id: 'united-states', name: 'United States', kind: 'state', aliases: ['US', 'Washington'] };
const FRANCE: Actor = { id: 'france', name: 'France', kind: 'state', aliases: ['Paris', 'Quai d’Orsay'] };

const PERES: Person = { name: 'Shimon Peres', title: 'Prime Minister of Israel', actorId: 'israel' };
const LIPKIN_SHAHAK: Person = {
  name: 'Lt. Gen. Amnon Lipkin-Shahak',
  title: 'Chief of Staff of the Israel Defense Forces',
  actorId: 'israel',
};
const LEVINE: Person = {
  name: 'Maj. Gen. Amiram Levine',
  title: 'Commander, IDF Northern Command',
  actorId: 'israel',
};
const DROMI: Person = { name: 'Uri Dromi', title: 'Israeli government spokesman', actorId: 'israel' };
const NASRALLAH: Person = {
  name: 'Sheikh Hassan Nasrallah',
  title: 'Secretary-General of Hezbollah',
  actorId: 'hezbollah',
};

const S = {
  cnnMar20: source(
    'Israeli soldier dies in suicide bombing',
    'CNN',
    'http://www.cnn.com/WORLD/9603/israel_lebanon/index.html',
    '1996-03-20',
    'B',
    2,
  ),
  timeMar20: source(
    'Suicide Bomber Attacks Israeli Soldiers in Southern Lebanon',
    'Time',
    'http://content.time.com/time/nation/article/0,8599,6071,00.html',
    '1996-03-20',
    'B',
    2,
  ),
  apMar24: source(
    'Israelis Kill Four Guerillas',
    'The Spokesman-Review (Associated Press)',
    'http://www.spokesman.com/stories/1996/mar/24/israelis-kill-four-guerillas/',
    '1996-03-24',
    'B',
    3,
  ),
  cnnMar30: source(
    'Hezbollah fires rockets into northern Israel',
    'CNN',
    'http://www.cnn.com/WORLD/9603/israel_lebanon/30/index.html',
    '1996-03-31',
    'B',
    2,
  ),
  wikiGrapes: source(
    'Operation Grapes of Wrath',
    'Wikipedia',
    'https://en.wikipedia.org/wiki/Operation_Grapes_of_Wrath',
    READ,
    'C',
    2,
  ),
  liqQana: source(
    '1996 Shelling of Qana – Background',
    'LiquiSearch (copy of Wikipedia)',
    'https://liquisearch.com/1996_shelling_of_qana/background',
    READ,
    'C',
    2,
  ),
  bbcApr11: source(
    '1996: Israel launches attack on Beirut',
    'BBC On This Day (mirror)',
    'https://bbctodays.pages.dev/onthisday/hi/dates/stories/april/11/newsid_4828000/4828386.stm',
    READ,
    'C',
    2,
  ),
  indApr12: source(
    'Peres warns as rockets strike Israeli town',
    'The Independent',
    'https://the-independent.com/news/world/peres-warns-as-rockets-strike-israeli-town-1304570.html',
    '1996-04-12',
    'B',
    2,
  ),
  cnnApr12: source(
    'Israel pledges continued attacks on Lebanon',
    'CNN',
    'http://edition.cnn.com/WORLD/9604/12/israel.lebanon.pm/',
    '1996-04-13',
    'B',
    2,
  ),
  amnestyJul96: source(
    'Israel/Lebanon: Unlawful killings during Operation "Grapes of Wrath"',
    'Amnesty International (Refworld)',
    'http://www.refworld.org/publisher,AMNESTY,COUNTRYREP,LBN,3ae6a98f14,0.html',
    '1996-07-01',
    'B',
    2,
  ),
  wikimiliMansouri: source(
    'Mansouri attack',
    'WikiMili (copy of Wikipedia)',
    'https://wikimili.com/en/Mansouri_attack',
    READ,
    'C',
    2,
  ),
  wikiNabatieh: source(
    'Nabatieh Fawka attack',
    'Wikipedia',
    'https://en.wikipedia.org/wiki/Nabatieh_Fawka_attack',
    READ,
    'C',
    2,
  ),
  jawawaApr18: source(
    'The wrath of Israel',
    'jawawa.id (Indonesian press archive)',
    'https://jawawa.id/newsitem/the-wrath-of-israel-1447893297',
    '1996-04-18',
    'C',
    2,
  ),
  moscowApr20: source(
    'Bloody Cleanup Continues at Site of Attack',
    'The Moscow Times',
    'http://oldtmt.vedomosti.ru/sitemap/free/1996/4/article/bloody-cleanup-continues-at-site-of-attack/325307.html',
    '1996-04-20',
    'B',
    2,
  ),
  israeledQana: source(
    '106 Lebanese Civilians Killed at Qana',
    'Center for Israel Education',
    'https://israeled.org/106-lebanese-civilians-killed-at-qana/',
    READ,
    'C',
    2,
  ),
  mcclatchyQana: source(
    'Qana was engulfed in Israeli-Hezbollah conflict in 1996',
    'McClatchy Newspapers',
    'https://www.mcclatchydc.com/latest-news/article24456451.html',
    '2006-07-30',
    'B',
    2,
  ),
  latApr21: source(
    'Quest For Truce In Mideast Puts U.S. Center Stage',
    'Sun-Sentinel (Los Angeles Times)',
    'http://articles.sun-sentinel.com/1996-04-21/news/9604200289_1_israeli-air-cease-fire-lebanon',
    '1996-04-21',
    'B',
    2,
  ),
  apApr22: source(
    'Christopher Waits For Hezbollah’s Terms For Cease-fire',
    'Associated Press',
    'https://www.apnews.com/e584c3f0297c208701d681d3a77ee337',
    '1996-04-22',
    'B',
    2,
  ),
  baltApr23: source(
    'Cease-fire still elusive in Lebanon: Christopher shuttles between Syria, Israel in quest of an accord',
    'The Baltimore Sun',
    'http://articles.baltimoresun.com/1996-04-23/news/1996114006_1_lebanon-hezbollah-guerrillas-northern-israel',
    '1996-04-23',
    'B',
    2,
  ),
  indApr23: source(
    'Syria snubs Christopher peace drive',
    'The Independent',
    'https://www.independent.co.uk/news/world/syria-snubs-christopher-peace-drive-1306495.html',
    '1996-04-23',
    'B',
    2,
  ),
  chiApr23: source(
    'Israeli Jets Hit Mideast Reservoir',
    'Chicago Tribune',
    'http://articles.chicagotribune.com/1996-04-23/news/9604240330_1_israeli-jets-hezbollah-rockets-into-northern-israel',
    '1996-04-23',
    'B',
    2,
  ),
  apApr25: source(
    'Israelis, Hezbollah Keep Fighting',
    'The Spokesman-Review (Associated Press)',
    'http://www.spokesman.com/stories/1996/apr/25/israelis-hezbollah-keep-fighting/',
    '1996-04-25',
    'B',
    2,
  ),
  jtaApr25: source(
    'Israel-Hezbollah Miniwar Shows Little Sign of Ending',
    'Jewish Telegraphic Agency',
    'http://www.jta.org/archive/israel-hezbollah-miniwar-shows-little-sign-of-ending',
    '1996-04-25',
    'B',
    2,
  ),
  apApr26: source(
    'Israel-Lebanon conflict enters third week',
    'Daily Bruin (Associated Press)',
    'http://dailybruin.com/1996/04/25/israel-lebanon-conflict-enters/',
    '1996-04-26',
    'C',
    2,
  ),
  cnnApr26: source(
    'Blasts, then silence: Cease-fire begins',
    'CNN',
    'http://www.cnn.com/WORLD/9604/26/cease.fire/',
    '1996-04-27',
    'B',
    1,
  ),
  wikiUnderstanding: source(
    '1996 Israeli–Lebanese Ceasefire Understanding',
    'Wikipedia',
    'https://en.wikipedia.org/wiki/1996_Israeli%E2%80%93Lebanese_Ceasefire_Understanding',
    READ,
    'C',
    2,
  ),
  wpApr27: source(
    'Christopher Delivers Cease-Fire: Military Restriction Put On Combatants In Israeli-Hezbollah War In Lebanon',
    'The Spokesman-Review (The Washington Post)',
    'http://www.spokesman.com/stories/1996/apr/27/christopher-delivers-cease-fire-military/?print-friendly',
    '1996-04-27',
    'B',
    1,
  ),
  apJun10: source(
    'Five Israeli Soldiers Die In Clash: Two Lebanese Men Killed By Retaliatory Artillery Strikes',
    'The Spokesman-Review (Associated Press)',
    'http://www.spokesman.com/stories/1996/jun/10/five-israeli-soldiers-die-in-clash-two-lebanese/',
    '1996-06-10',
    'B',
    2,
  ),
  timeJun10: source(
    'Israeli Patrol Ambushed',
    'Time',
    'http://content.time.com/time/nation/article/0,8599,6760,00.html',
    '1996-06-10',
    'B',
    2,
  ),
  latJul13: source(
    'Accord Sets Up Five-Nation Monitoring Group for Lebanon Cease-Fire',
    'Los Angeles Times',
    'https://www.latimes.com/archives/la-xpm-1996-07-13-mn-23663-story.html',
    '1996-07-13',
    'B',
    1,
  ),
};

const P = {
  north: 'Northern Israel',
  kiryat: 'Kiryat Shmona',
  beirut: 'Beirut southern suburbs',
  south: 'South Lebanon',
  coast: 'Coastal highway (Beirut–Sidon–Tyre)',
};
const D = {
  katyushas: 'israel-end-katyusha-fire',
  zone: 'israel-no-attacks-in-security-zone',
  withdraw: 'hezbollah-israeli-withdrawal',
};
const AG = { april: 'april-understanding-1996' };
const CF = { april: 'april-understanding-ceasefire-1996-04-27' };

const events = [
  // ===== March: the security zone and the first Katyushas =====
  ev(
    'NegotiationOpened',
    'opened',
    when('1996-03-20'),
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Israel – Hezbollah: Grapes of Wrath and the April Understanding, 1996',
      subject:
        'The war in Israel’s security zone in south Lebanon and Hezbollah’s rockets on northern Israel, which broke the oral understanding of July 1993; Israel’s Operation Grapes of Wrath (11–27 April 1996); the American and French mediation; the written April Understanding and its Monitoring Group',
      parties: [ISRAEL, HEZBOLLAH],
      mediators: [],
    },
    [S.cnnMar20],
    { note: 'Opened at the Taibeh bombing, the first development the case covers.' },
  ),
  ev('ActorRegistered', 'actor-lebanon', when('1996-03-20'), { actor: LEBANON, role: 'third-party' }, [S.cnnMar20]),
  ev('ActorRegistered', 'actor-syria', when('1996-03-20'), { actor: SYRIA, role: 'third-party' }, [S.cnnMar20], {
    note: 'Syria, with some 40,000 troops in Lebanon, is held by Israel and the United States to influence Hezbollah.',
  }),
  ev(
    'StatementMade',
    'stmt-peres-mar19',
    when('1996-03-19'),
    {
      speaker: PERES,
      audience: 'hezbollah',
      tone: 'military-threat',
      summary:
        'Peres publicly warns Hezbollah of swift and strong action if its almost daily attacks on Israeli troops in the security zone go on: guerrillas in Lebanon will pay.',
    },
    [S.cnnMar20, S.timeMar20],
  ),
  ev(
    'IncidentReported',
    'inc-taibeh-mar20',
    when('1996-03-20'),
    {
      incidentId: 'hezbollah-bombing-taibeh-1996-03-20',
      kind: 'clash',
      perpetrator: 'hezbollah',
      against: 'israel',
      target: 'Israeli army convoy',
      place: 'Taibeh',
      fatalities: { min: 1, max: 1 },
      injured: { min: 1, max: 7 },
      description:
        'A Hezbollah suicide bomber blows himself up beside an Israeli army convoy near Taibeh, in the security zone, killing one soldier; mortar fire on the troops at the same time. Hezbollah claims it.',
    },
    [S.cnnMar20, S.timeMar20],
  ),
  ev(
    'IncidentReported',
    'inc-shelling-mar20',
    when('1996-03-20'),
    {
      incidentId: 'israeli-shelling-1996-03-20',
      kind: 'shelling',
      perpetrator: 'israel',
      against: 'hezbollah',
      place: 'Villages north of Taibeh',
      description:
        'Israeli 155 mm howitzers and 120 mm mortars fire on a cluster of Shiite villages north of Taibeh after the bombing (Lebanese security sources); no toll reported.',
    },
    [S.cnnMar20],
  ),
  ev(
    'IncidentReported',
    'inc-arab-salim-mar23',
    when('1996-03-23'),
    {
      incidentId: 'israeli-fire-arab-salim-1996-03-23',
      kind: 'clash',
      perpetrator: 'israel',
      against: 'hezbollah',
      place: 'Arab Salim and Kfar Rumman',
      fatalities: { min: 4, max: 4 },
      description:
        'Israeli tanks fire on a group of guerrillas Israel says were preparing attacks, killing all four; a howitzer fires on a second group; villages facing the enclave shelled (security sources). In three weeks Hezbollah has killed six Israeli soldiers in the enclave.',
    },
    [S.apMar24],
  ),
  ev('ActorRegistered', 'actor-united-states', when('1996-03-30'), { actor: USA, role: 'mediator' }, [S.cnnMar30], {
    note: 'Israel asked the United States (and Syria) to mediate after the rockets of 30 March.',
  }),
  ev(
    'IncidentReported',
    'inc-yater-mar30',
    when('1996-03-30'),
    {
      incidentId: 'israeli-helicopter-yater-1996-03-30',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'hezbollah',
      target: 'Men at a building site near a suspected Hezbollah post',
      place: 'Yater',
      fatalities: { min: 2, max: 2 },
      civilianFatalities: { min: 2, max: 2 },
      injured: { min: 1, max: 1 },
      description:
        'An Israeli helicopter gunship kills two Shiite civilians working on a construction site near Yater; Israeli officials call it a mistake (the troops took them for guerrillas).',
    },
    [S.cnnMar30],
  ),
  ev(
    'IncidentReported',
    'inc-katyushas-mar30',
    when('1996-03-30T19:00:00Z', 'approximate'),
    {
      incidentId: 'hezbollah-katyushas-1996-03-30',
      kind: 'missile-strike',
      perpetrator: 'hezbollah',
      against: 'israel',
      target: 'Western Galilee',
      place: P.north,
      injured: { min: 1, max: 1 },
      description:
        'At least 14 Katyusha rockets in two salvos overnight in revenge for the two civilians killed at Yater; several hit the western Galilee, one civilian lightly wounded; most of the north in shelters. Israel shells suspected guerrilla hideouts in reply.',
    },
    [S.cnnMar30],
  ),
  ev(
    'StatementMade',
    'stmt-nasrallah-mar30',
    when('1996-03-30'),
    {
      speaker: NASRALLAH,
      audience: 'israel',
      tone: 'military-threat',
      summary:
        'On Al-Manar: the people of northern Israel should stay in their shelters tonight, tomorrow and after, because Hezbollah is going to hit back.',
      quote:
        'Gone are days when they kill our people without vengeance. These are the days when we kill when we are killed.',
    },
    [S.cnnMar30],
  ),
  // ===== 9 – 12 April: the rockets and the operation =====
  ev(
    'IncidentReported',
    'inc-katyushas-apr9',
    when('1996-04-09'),
    {
      incidentId: 'hezbollah-katyushas-1996-04-09',
      kind: 'missile-strike',
      perpetrator: 'hezbollah',
      against: 'israel',
      place: P.north,
      description:
        'Hezbollah fires 30 rockets into northern Israel, citing the roadside bomb that killed a 14-year-old boy at Barashit (8 April), which it blamed on Israel.',
    },
    [S.wikiGrapes, S.bbcApr11],
  ),
  ev(
    'StatementMade',
    'stmt-levine-apr9',
    when('1996-04-09'),
    {
      speaker: LEVINE,
      audience: 'hezbollah',
      tone: 'military-threat',
      summary:
        'The residents of south Lebanon under Hezbollah’s responsibility will be hit harder, and Hezbollah will be hit harder; Israel will find the way to act correctly and quickly.',
    },
    [S.liqQana],
  ),
  ev(
    'IncidentReported',
    'inc-beirut-apr11',
    when('1996-04-11'),
    {
      incidentId: 'israeli-strikes-beirut-1996-04-11',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'hezbollah',
      target: 'What Israel called Hezbollah’s "primary operational headquarters"',
      place: P.beirut,
      scale: 'major',
      description:
        'Operation Grapes of Wrath opens: Israeli planes and helicopters strike Beirut for the first time in nearly 14 years; the building aimed at survives. CNN calls the operation "the broad-scale offensive, code-named Grapes of Wrath".',
    },
    [S.bbcApr11, S.cnnApr12],
  ),
  ev(
    'IncidentReported',
    'inc-south-apr11',
    when('1996-04-11'),
    {
      incidentId: 'israeli-strikes-south-1996-04-11',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'hezbollah',
      place: P.south,
      scale: 'major',
      fatalities: { min: 5, max: 5 },
      description:
        'Strikes on the Hezbollah stronghold of Iqlim al-Tuffah, the Bekaa Valley and the coastal road between Beirut, Sidon and Tyre: at least five killed. Israel warns the residents of some forty villages to leave within 24 hours.',
    },
    [S.bbcApr11, S.liqQana],
  ),
  ev(
    'StatementMade',
    'stmt-lipkin-shahak-apr11',
    when('1996-04-11'),
    {
      speaker: LIPKIN_SHAHAK,
      audience: 'hezbollah',
      tone: 'military-threat',
      summary:
        'With Peres beside him at a base near the border, the chief of staff tells the people of the villages from which Katyushas were fired to leave; Israel threatens to bombard 41 villages north of the zone. Peres: if they thought the Katyusha a superior weapon, Israel will remind them otherwise.',
      quote:
        'We recommend that all people living in areas from which Katyushas were launched at Israeli villages now leave.',
    },
    [S.indApr12],
  ),
  ev(
    'IncidentReported',
    'inc-kiryat-apr11',
    when('1996-04-11T03:00:00Z', 'approximate'),
    {
      incidentId: 'hezbollah-katyushas-kiryat-shmona-1996-04-11',
      kind: 'missile-strike',
      perpetrator: 'hezbollah',
      against: 'israel',
      place: P.kiryat,
      description: 'Katyusha rockets fall on the border town of Kiryat Shmona early in the morning.',
    },
    [S.indApr12],
  ),
  ev(
    'IncidentReported',
    'inc-beirut-apr12',
    when('1996-04-12'),
    {
      incidentId: 'israeli-strikes-beirut-1996-04-12',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'hezbollah',
      place: P.beirut,
      scale: 'major',
      description:
        'For the second day helicopters fire rockets on Hezbollah targets in the south of Beirut, with substantial damage to civilian property; Israel reinforces the security zone. CNN: "the broad-scale offensive, code-named Grapes of Wrath".',
    },
    [S.cnnApr12],
  ),
  ev(
    'IncidentReported',
    'inc-katyushas-apr12',
    when('1996-04-12'),
    {
      incidentId: 'hezbollah-katyushas-1996-04-12',
      kind: 'missile-strike',
      perpetrator: 'hezbollah',
      against: 'israel',
      place: P.north,
      description: 'Several Katyusha barrages into northern Israel; people injured, buildings hit.',
    },
    [S.cnnApr12],
  ),
  ev(
    'StatementMade',
    'stmt-dromi-apr12',
    when('1996-04-12'),
    {
      speaker: DROMI,
      audience: 'hezbollah',
      tone: 'military-threat',
      summary:
        'Israel pledges to go on attacking and demands that Hezbollah stop: it will chase Hezbollah everywhere, and going on will be "very costly and painful" for the Lebanese and whoever helps Hezbollah.',
    },
    [S.cnnApr12, S.bbcApr11],
  ),
  // ===== 13 – 19 April: Mansouri, Nabatieh al-Fawqa, Qana =====
  ev(
    'IncidentReported',
    'inc-mansouri-apr13',
    when('1996-04-13T10:40:00Z'),
    {
      incidentId: 'israeli-helicopter-mansouri-1996-04-13',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'hezbollah',
      target: 'A village ambulance carrying 13 people fleeing Mansouri',
      place: 'Mansouri',
      fatalities: { min: 6, max: 6 },
      civilianFatalities: { min: 6, max: 6 },
      injured: { min: 4, max: 5 },
      description:
        'An Israeli Apache fires two missiles at a vehicle marked "ambulance" near a UN checkpoint, killing two women and four children. Israel (Maj. Gen. Ya’alon) says it was used by fighters; Amnesty International found no link to Hezbollah.',
    },
    [S.amnestyJul96, S.wikimiliMansouri],
  ),
  ev(
    'IncidentReported',
    'inc-katyushas-apr14',
    when('1996-04-14'),
    {
      incidentId: 'hezbollah-katyushas-1996-04-14',
      kind: 'missile-strike',
      perpetrator: 'hezbollah',
      against: 'israel',
      place: P.north,
      description:
        'In retaliation for Mansouri, Hezbollah fires 81 Katyusha rockets into Israel, 28% of all it fired during the operation.',
    },
    [S.wikiNabatieh],
  ),
  ev(
    'IncidentReported',
    'inc-nabatieh-apr16',
    when('1996-04-16T03:30:00Z'),
    {
      incidentId: 'israeli-strike-nabatieh-al-fawqa-1996-04-16',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'hezbollah',
      place: 'Nabatieh al-Fawqa',
      fatalities: { min: 9, max: 9 },
      civilianFatalities: { min: 9, max: 9 },
      injured: { min: 2, max: 2 },
      description: 'Israeli warplanes bomb an apartment at 06:30, killing nine, seven of them children.',
    },
    [S.wikiNabatieh, S.amnestyJul96],
  ),
  ev(
    'DemandTabled',
    'dem-katyushas',
    when('1996-04-17'),
    {
      demandId: D.katyushas,
      by: 'israel',
      addressedTo: ['hezbollah'],
      text: 'An end to the Katyusha fire on northern Israel, under a written understanding binding Lebanon, Hezbollah and Syria (not the oral one of July 1993).',
      category: 'security',
    },
    [S.jawawaApr18],
    { note: 'Peres: "We aspire to a written document."' },
  ),
  ev(
    'IncidentReported',
    'inc-kiryat-apr17',
    when('1996-04-17'),
    {
      incidentId: 'hezbollah-katyushas-kiryat-shmona-1996-04-17',
      kind: 'missile-strike',
      perpetrator: 'hezbollah',
      against: 'israel',
      place: P.kiryat,
      description:
        'On the seventh day of the operation Katyushas slam into Kiryat Shmona, Israel’s largest border town. By now the operation has killed at least 31 and driven over 400,000 Lebanese from their homes (some 1,000 sorties).',
    },
    [S.jawawaApr18],
  ),
  ev(
    'IncidentReported',
    'inc-tyre-apr17',
    when('1996-04-17'),
    {
      incidentId: 'israeli-strikes-tyre-1996-04-17',
      kind: 'shelling',
      perpetrator: 'israel',
      against: 'hezbollah',
      place: 'Villages near Tyre',
      description: 'Israel retaliates for the rockets by blasting several villages near the southern port of Tyre.',
    },
    [S.jawawaApr18],
  ),
  ev(
    'IncidentReported',
    'inc-qana-apr18',
    when('1996-04-18T11:05:00Z', 'approximate'),
    {
      incidentId: 'israeli-shelling-qana-1996-04-18',
      kind: 'shelling',
      perpetrator: 'israel',
      against: 'hezbollah',
      harmed: 'lebanon',
      target: 'Hezbollah mortar and rocket crews firing from beside the compound, as Israel gave it',
      place: 'Qana',
      fatalities: { min: 101, max: 106 },
      civilianFatalities: { min: 101, max: 106 },
      injured: { min: 110, max: 116 },
      description:
        'A four-gun battery of 155 mm howitzers, called in by an Israeli commando unit under Hezbollah mortar fire from a cemetery some 200 m away, fires 36 shells; at least 13 hit the UNIFIL Fijian battalion compound where some 800 Lebanese refugees sheltered: 101 (Lebanese security sources, the next day) to 106 killed, over 100 wounded, four Fijian peacekeepers among them. Israel says the shells hit the compound by error; a UN investigation found it unlikely to be an accident.',
    },
    [S.moscowApr20, S.israeledQana, S.mcclatchyQana],
  ),
  ev(
    'StatementMade',
    'stmt-israel-qana-apr18',
    when('1996-04-18'),
    {
      speaker: PERES,
      audience: 'hezbollah',
      tone: 'accusation',
      summary:
        'Israel expresses regret for the civilian deaths, says the compound was hit through "incorrect targeting based on erroneous data", and blames Hezbollah for firing from beside the UN position and using civilians as cover.',
    },
    [S.mcclatchyQana, S.israeledQana],
  ),
  ev(
    'IncidentReported',
    'inc-south-apr19',
    when('1996-04-19'),
    {
      incidentId: 'israeli-fire-south-1996-04-19',
      kind: 'shelling',
      perpetrator: 'israel',
      against: 'hezbollah',
      place: P.south,
      description:
        'With Israeli warplanes overhead and its artillery "still rumbling in the distance", UN soldiers clear the compound at Qana; a mass funeral is prepared in the village.',
    },
    [S.moscowApr20],
  ),
  // ===== 20 – 26 April: the shuttle =====
  ev('ActorRegistered', 'actor-france', when('1996-04-20'), { actor: FRANCE, role: 'mediator' }, [S.latApr21], {
    note: 'Foreign Minister Hervé de Charette, in Damascus with a plan of his own.',
  }),
  ev(
    'MediationAction',
    'med-christopher-apr20',
    when('1996-04-20'),
    {
      mediator: 'united-states',
      action: 'visited',
      summary:
        'Secretary of State Warren Christopher arrives in Damascus and begins a shuttle between Syria and Israel for an immediate ceasefire; Russian, Italian, French and Iranian envoys are in Damascus too.',
    },
    [S.latApr21],
  ),
  ev(
    'MediationAction',
    'med-charette-apr20',
    when('1996-04-20'),
    {
      mediator: 'france',
      action: 'proposed',
      summary:
        'De Charette puts forward a plan independent of the American one, which reportedly would require an Israeli withdrawal from south Lebanon.',
    },
    [S.latApr21],
  ),
  ev(
    'IncidentReported',
    'inc-coast-apr20',
    when('1996-04-20'),
    {
      incidentId: 'israeli-gunboats-coast-1996-04-20',
      kind: 'shelling',
      perpetrator: 'israel',
      against: 'hezbollah',
      place: P.coast,
      description:
        'The fighting spreads to the highways: Israeli gunboats fire cannon at civilian cars on Lebanon’s main coastal road; intense shelling keeps UN aid from two villages.',
    },
    [S.latApr21],
  ),
  ev(
    'IncidentReported',
    'inc-katyushas-apr20',
    when('1996-04-20'),
    {
      incidentId: 'hezbollah-katyushas-1996-04-20',
      kind: 'missile-strike',
      perpetrator: 'hezbollah',
      against: 'israel',
      place: P.north,
      description: 'Hezbollah launches 72 Katyusha rockets at northern Israel in 24 hours (UN officials).',
    },
    [S.latApr21],
  ),
  ev(
    'DemandTabled',
    'dem-withdraw',
    when('1996-04-22'),
    {
      demandId: D.withdraw,
      by: 'hezbollah',
      addressedTo: ['israel'],
      text: 'Israel withdraws from its security zone in south Lebanon.',
      category: 'territorial',
    },
    [S.apApr22],
    {
      note: 'US officials: a pullout cannot be part of a ceasefire deal, only of an overall peace between Israel, Syria and Lebanon.',
    },
  ),
  ev(
    'DemandTabled',
    'dem-zone',
    when('1996-04-22'),
    {
      demandId: D.zone,
      by: 'israel',
      addressedTo: ['hezbollah'],
      text: 'No attacks on Israeli troops in the security zone, and freedom for Israel to fire into villages it deems hostile.',
      category: 'security',
    },
    [S.indApr23],
  ),
  ev(
    'MediationAction',
    'med-christopher-apr22',
    when('1996-04-22'),
    {
      mediator: 'united-states',
      action: 'proposed',
      summary:
        'After five hours of talks in Damascus, Christopher gives President Assad a new version of the plan to stop the fighting ("an early cease-fire and a set of enduring understandings") and returns to Jerusalem; he waits for Hezbollah’s terms.',
    },
    [S.baltApr23, S.apApr22],
  ),
  ev(
    'IncidentReported',
    'inc-katyushas-apr22',
    when('1996-04-22'),
    {
      incidentId: 'hezbollah-katyushas-1996-04-22',
      kind: 'missile-strike',
      perpetrator: 'hezbollah',
      against: 'israel',
      place: P.north,
      injured: { min: 2, max: 2 },
      description:
        'Hezbollah fires rockets into Israel, wounding two Israelis, on the twelfth day, which shows a slackening on both sides; no fatalities reported.',
    },
    [S.baltApr23],
  ),
  ev(
    'IncidentReported',
    'inc-reservoir-apr23',
    when('1996-04-23'),
    {
      incidentId: 'israeli-strike-reservoir-1996-04-23',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'hezbollah',
      place: P.south,
      description:
        'Israeli jets demolish a reservoir supplying 20 villages, to press the Beirut government to act against the guerrillas; air raids and artillery echo across the south.',
    },
    [S.chiApr23],
  ),
  ev(
    'IncidentReported',
    'inc-katyushas-apr23',
    when('1996-04-23'),
    {
      incidentId: 'hezbollah-katyushas-1996-04-23',
      kind: 'missile-strike',
      perpetrator: 'hezbollah',
      against: 'israel',
      place: P.north,
      description: 'At least 45 more Katyushas on northern Israel, taking the 13-day total well over 500.',
    },
    [S.chiApr23],
  ),
  ev(
    'StatementMade',
    'stmt-nasrallah-apr23',
    when('1996-04-23'),
    {
      speaker: NASRALLAH,
      audience: 'israel',
      tone: 'critical',
      summary: 'On Lebanese television: Hezbollah will never sign an accord with Israel.',
      quote: 'Hezbollah’s ink is never going to be next to Israel’s ink.',
    },
    [S.chiApr23],
  ),
  ev(
    'IncidentReported',
    'inc-water-apr24',
    when('1996-04-24'),
    {
      incidentId: 'israeli-strikes-water-1996-04-24',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'hezbollah',
      place: P.south,
      description:
        'Israeli warplanes blast a water pipe feeding 23 villages, apparently to clear the 7,000 remaining inhabitants from the area where Israel hunts Hezbollah.',
    },
    [S.apApr25],
  ),
  ev(
    'IncidentReported',
    'inc-coast-apr24',
    when('1996-04-24'),
    {
      incidentId: 'israeli-gunboats-coast-1996-04-24',
      kind: 'shelling',
      perpetrator: 'israel',
      against: 'hezbollah',
      place: P.coast,
      description: 'Israeli gunboats keep up a steady shelling of the coastal highway, reducing traffic to a trickle.',
    },
    [S.apApr25],
  ),
  ev(
    'IncidentReported',
    'inc-katyushas-apr24',
    when('1996-04-24'),
    {
      incidentId: 'hezbollah-katyushas-1996-04-24',
      kind: 'missile-strike',
      perpetrator: 'hezbollah',
      against: 'israel',
      place: P.north,
      description: 'Hezbollah fires 60 more Katyusha rockets into northern Israel (UN count).',
    },
    [S.apApr25],
  ),
  ev(
    'PositionTaken',
    'pos-hezbollah-zone',
    when('1996-04-24'),
    {
      demandId: D.zone,
      actorId: 'hezbollah',
      stance: 'rejected',
      speaker: NASRALLAH,
      conditions: 'Attacks on Israeli forces in south Lebanon go on even if a ceasefire is declared.',
    },
    [S.apApr25],
  ),
  ev(
    'MediationAction',
    'med-christopher-apr24',
    when('1996-04-24'),
    {
      mediator: 'united-states',
      action: 'visited',
      summary:
        'Christopher meets Peres and Assad, then Prime Minister Hariri and Speaker Berri at Chtaura in the Bekaa: "difficult problems remain". De Charette, in Damascus, hopes for a ceasefire within 24 hours.',
    },
    [S.apApr25],
  ),
  ev(
    'IncidentReported',
    'inc-south-apr25',
    when('1996-04-25'),
    {
      incidentId: 'israeli-strikes-south-1996-04-25',
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'hezbollah',
      place: P.south,
      injured: { min: 1, max: 1 },
      description:
        'Pre-dawn air raids as the bombardment enters a third week; fighter-bombers, helicopters and gunboats blast road bridges and water facilities; a civilian injured when gunboats shell the new bridge at the entrance to Sidon. Israel destroys a Katyusha stockpile in the Bekaa.',
    },
    [S.apApr26, S.jtaApr25],
  ),
  ev(
    'AgreementReached',
    'agr-april-understanding',
    when('1996-04-26T15:00:00Z'),
    {
      agreementId: AG.april,
      kind: 'ceasefire',
      provisions: [
        'Armed groups in Lebanon will not carry out attacks by Katyusha rockets or by any kind of weapon into Israel',
        'Israel and those cooperating with it will not fire any kind of weapon at civilians or civilian targets in Lebanon',
        'Under no circumstances will civilians be the target of attack; civilian populated areas and industrial and electrical installations will not be used as launching grounds for attacks',
        'Nothing herein shall preclude any party from exercising the right of self-defense',
        'A Monitoring Group of the United States, France, Syria, Lebanon and Israel monitors the application of the understanding',
      ],
      signatories: ['israel', 'lebanon'],
      textPublic: true,
    },
    [S.cnnApr26, S.wpApr27, S.wikiUnderstanding],
    {
      note: 'Announced at 18:00 local by Peres and Christopher in Jerusalem and by Hariri and de Charette in Beirut; reached "after discussions with the governments of Israel and Lebanon and in consultation with Syria". It restores in writing the oral understanding of July 1993.',
    },
  ),
  ev(
    'StatementMade',
    'stmt-peres-apr26',
    when('1996-04-26'),
    {
      speaker: PERES,
      audience: 'united-states',
      tone: 'conciliatory',
      summary:
        'Peres welcomes the deal ("It’s a boy!"); Christopher: the ceasefire is "not a substitute for a complete and permanent solution" between Israel and its northern neighbours.',
    },
    [S.wpApr27],
  ),
  ev(
    'IncidentReported',
    'inc-shelling-apr27',
    when('1996-04-27T00:30:00Z', 'approximate'),
    {
      incidentId: 'israeli-artillery-1996-04-27',
      kind: 'shelling',
      perpetrator: 'israel',
      against: 'hezbollah',
      place: P.south,
      description: 'Israeli artillery fires until the truce: "at 4 a.m. local time the artillery fell silent".',
    },
    [S.cnnApr26],
  ),
  ev(
    'IncidentReported',
    'inc-katyusha-apr27',
    when('1996-04-27T00:50:00Z', 'approximate'),
    {
      incidentId: 'hezbollah-katyusha-1996-04-27',
      kind: 'missile-strike',
      perpetrator: 'hezbollah',
      against: 'israel',
      place: P.north,
      description: 'Minutes before the truce a Katyusha slams into a building in northern Israel; no injuries.',
    },
    [S.cnnApr26],
  ),
  ev(
    'CeasefireDeclared',
    'cf-april',
    when('1996-04-27T01:00:00Z'),
    {
      ceasefireId: CF.april,
      parties: ['israel', 'hezbollah'],
      scope:
        'Under the April Understanding: no Katyusha or other fire into Israel, no fire at civilians or civilian targets in Lebanon, no attacks from civilian areas; the operation ends. The fighting between the forces in the security zone is not covered (the right of self-defense is kept)',
      coverage: 'partial',
      duration: 'indefinite',
      mediatedBy: ['united-states', 'france'],
    },
    [S.cnnApr26, S.wpApr27],
  ),
  // ===== After the understanding: the security zone =====
  ev(
    'IncidentReported',
    'inc-ambush-may29',
    when('1996-05-29'),
    {
      incidentId: 'hezbollah-ambush-1996-05-29',
      kind: 'clash',
      perpetrator: 'hezbollah',
      against: 'israel',
      place: 'Security zone, south Lebanon',
      fatalities: { min: 4, max: 4 },
      description:
        'On the day Israelis elect Benjamin Netanyahu, a guerrilla ambush kills three Israeli army officers and a soldier.',
    },
    [S.apJun10],
  ),
  ev(
    'IncidentReported',
    'inc-ali-taher-jun10',
    when('1996-06-10T03:00:00Z', 'approximate'),
    {
      incidentId: 'hezbollah-ambush-ali-taher-1996-06-10',
      kind: 'clash',
      perpetrator: 'hezbollah',
      against: 'israel',
      place: 'Ali Taher',
      fatalities: { min: 5, max: 5 },
      injured: { min: 6, max: 6 },
      description:
        'Hezbollah ambushes an Israeli patrol in the early morning: five soldiers killed, six wounded in a 20-minute firefight, the deadliest since the April ceasefire. UNIFIL saw "a clash of a major magnitude". Hezbollah claims it.',
    },
    [S.apJun10, S.timeJun10],
  ),
  ev(
    'IncidentReported',
    'inc-nabatieh-jun10',
    when('1996-06-10'),
    {
      incidentId: 'israeli-shelling-nabatieh-1996-06-10',
      kind: 'shelling',
      perpetrator: 'israel',
      against: 'hezbollah',
      harmed: 'lebanon',
      place: 'Villages around Nabatieh',
      fatalities: { min: 2, max: 2 },
      description:
        'Israeli tanks and artillery retaliate on Shiite villages and paths around Nabatieh: two Lebanese men killed, one of them a Lebanese army soldier (Nabatieh police); a civilian injured.',
    },
    [S.apJun10, S.timeJun10],
  ),
  ev(
    'MediationAction',
    'med-monitoring-jul12',
    when('1996-07-12'),
    {
      mediator: 'united-states',
      action: 'proposed',
      summary:
        'The State Department: the United States, France, Syria, Lebanon and Israel have approved the long-stalled arrangements for a five-nation Monitoring Group at Naqoura to check compliance with the April ceasefire (which bans targeting civilians but allows combatants the right of retaliation).',
    },
    [S.latJul13],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'israel-hezbollah-1996.jsonl',
  logEnd: '2026-12-07T03:00:00Z',
  events,
};

export default definition;
