/**
 * A test fixture, not a shipped example: Türkiye and Syria from the Öcalan
 * crisis of autumn 1998 to the thaw of 2004, as an analyst could have
 * recorded it from the press — the land forces commander's call on Damascus
 * to expel Abdullah Öcalan and the PKK (16 September 1998), President
 * Demirel's "we reserve the right to retaliate" at the opening of parliament
 * (1 October), the chief of staff's "undeclared war" (2 October), Turkish
 * jets and troops on the border, President Mubarak's shuttle between
 * Damascus and Ankara (4–6 October), Prime Minister Yılmaz's "last warning"
 * and the leave cancelled for the troops on the frontier (6 October),
 * Foreign Minister Kharrazi's mediation for Iran (8–9 October), Öcalan's
 * departure from Syria (9 October), Amr Moussa's visit to Ankara with
 * Syria's answer (12 October), the security meeting in Adana (19–20
 * October) and the Adana agreement (20 October: the PKK banned and its camps
 * closed, Öcalan not let back in, joint mechanisms), Öcalan's capture in
 * Kenya (15 February 1999), the talks on a friendship document (August
 * 2001), Syria's handover of the Istanbul bombing suspects and the security
 * memorandum (November–December 2003), Bashar al-Assad's visit to Türkiye
 * (6–8 January 2004) and the free-trade agreement signed in Damascus (22
 * December 2004). Escalation model v2 was never tuned on it: it is the case
 * the model is held to in turkey-syria-1998.spec.ts, against the calls an
 * analyst makes from DOMAIN.md §5b alone.
 *
 * The parties are Türkiye and Syria. Mediators: Egypt (President Mubarak and
 * Foreign Minister Amr Moussa) and Iran (Foreign Minister Kharrazi), each
 * registered when it stepped in. Third parties: the PKK (the armed group
 * Türkiye fights, whose leader Syria sheltered), Israel (Syria blamed the
 * crisis on its alignment with Türkiye) and the United States (it urged
 * restraint on both). The Arab League is not registered: no dated source
 * read gives it an act in this case (Syria's appeal to it is known only from
 * undated later accounts). The case turkey-syria-2020 (Idlib) is another
 * negotiation between the same pair; nothing of it is recorded here.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source. Recorded retrospectively
 * (all sources read on one day), one minute apart in log order.
 *
 * Grading as in examples/README.md: A = a primary document (the Turkish
 * Foreign Ministry's release of Cem's statement and the Adana text); B = an
 * established outlet or a wire story in its own or a regional paper's copy
 * (Reuters, AP, The New York Times, the Chicago Tribune, The Independent,
 * RFE/RL, CBS News, VOA, CNN, Al Jazeera, Hürriyet Daily News, Arab News,
 * the Hoover Institution, Al-Monitor); C = a forum or blog copy of a wire
 * story, an archive of translated press, a partisan or small outlet, or an
 * encyclopedia mirror. 1 = the text itself, or confirmed by both sides; 2 =
 * several sources agree or one established outlet reports it on the record;
 * 3 = one side's unverified claim, a press report of unnamed sources, or a
 * date the sources disagree on.
 *
 * Dates of sources: contemporary reports by their own date. Later accounts
 * (Al-Monitor 2013, the Hoover Institution 2011, Al Majalla 2023) by theirs.
 * The archive of translated press (nadir.org, October 1998) gives only the
 * month: dated to its last day.
 *
 * Judgement calls, recorded as an analyst would:
 * - The opening: the case opens on 16 September 1998, when Gen. Atilla Ateş,
 *   commander of the land forces, called on Damascus near the Syrian border
 *   to expel Öcalan and the PKK (Al-Monitor: "the crisis started" there).
 *   The brief speaks of "our patience is running out" on that day; no source
 *   read quotes Ateş, so his speech is recorded as a demand and a warning,
 *   not a threat of force. Türkiye's accusation that Syria shelters the PKK
 *   is years old; it is not recorded as a dated act before the crisis.
 * - No armed action between the pair: no shot was fired between Turkish and
 *   Syrian forces. The jets that "buzzed the Syrian border" (Radikal via
 *   AP, 2 October), the build-up reported by the Turkish press (5 October)
 *   and the leave cancelled for the frontier troops (6 October) are
 *   recorded as force posture against Syria, at one place written one way
 *   ("Turkish–Syrian border (Hatay)") since no source read places them
 *   more precisely. No source read says when the troops stood down: no
 *   withdrawal is recorded. Türkiye's incursion into northern Iraq (2–3
 *   October) is against the PKK in a third country: not recorded.
 * - The ultimatum: Yılmaz's "We are warning Syria for the last time ... We
 *   are waiting for a reply from Syria" (6 October, to his party's deputies)
 *   is recorded as an ultimatum without a deadline, enforcing the two
 *   demands tabled by then (expel Öcalan and the PKK; close the camps and
 *   end all support); its consequences are those the sources give for the
 *   days around it (armed forces "ready to act if diplomacy fails"). It is
 *   resolved `complied` on 20 October, when Syria signed the Adana text and
 *   Türkiye called its attitude satisfactory. The CBS report of a
 *   parliamentary ultimatum "two days" before 9 October is not recorded
 *   apart: no other source gives it, and it reads as the same "last warning".
 * - Öcalan's departure: Damascus said nothing in public. Wikipedia (a
 *   mirror: "11 days" before 20 October) and Al Majalla (2023) say Syria
 *   made him leave; the date is the encyclopedia's (9 October), while
 *   Yılmaz on 20 October put him in a Moscow suburb "for a week", and one
 *   Italian account says he left on 20 October. Recorded as Syria's
 *   acceptance of the expulsion demand, dated 9 October, `approximate`,
 *   graded 3. The demand to hand him over is recorded too (the Telegraph, 6
 *   October); Syria never took a position on it.
 * - The Adana agreement: signed on 20 October by Uğur Ziyal (Türkiye) and
 *   Maj. Gen. Adnan Badr al-Hassan (Syria), recorded as reached `signed`
 *   (being implemented from then), kind `partial` (security only: water and
 *   Hatay were left aside), text public (Cem: "not confidential"). The
 *   round is the Special Security Meeting of 19–20 October, scheduled on 13
 *   October (Al Majalla's account of the Turkish ambassador's briefing).
 * - Implementation: the joint committee meetings of 1999–2000 and Sezer's
 *   presence at Hafez al-Assad's funeral (June 2000) are not recorded: no
 *   dated source read reports them. The thaw is recorded from the deputy
 *   foreign ministers' talks of 1–2 August 2001 (AFP via Al Bawaba), the
 *   handover of the 22 Istanbul suspects (Gül's thanks, early December
 *   2003), the security memorandum of 17 December 2003, Assad's visit (6
 *   January 2004) and the free-trade agreement (22 December 2004). The
 *   accords expected to be signed during Assad's visit (double taxation,
 *   investments) are not recorded: the sources read report them only as
 *   expected.
 * - Threats: a statement that threatens military force, in words or by
 *   plain implication, is a `military-threat` (Demirel's "reserve the right
 *   to retaliate", Kıvrıkoğlu's "undeclared war", Yılmaz's "we will step
 *   forward", Demirel's "the last of the peaceful ways ... no one should
 *   test Türkiye's power" of 19 October); a threat of unnamed "measures" is
 *   a `threat` (Sezgin's "all necessary measures where diplomacy fails", 18
 *   October). Demirel's words of 19 October were first recorded as a
 *   `threat`; corrected after the first run of the model (see the spec):
 *   the statement sets force against the peaceful ways he says are ending,
 *   as the AP and its analysts read it, and is coded as his speeches of 1
 *   and 5 October are.
 * - Öcalan's capture in Kenya (15 February 1999) is Türkiye's act against
 *   the PKK, in a third country: recorded as Ecevit's announcement (16
 *   February), not as an act between the pair.
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, retrospectiveClock, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'turkey-syria-1998';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 1998);
/** Recorded retrospectively on 6 December 2026, one minute apart, in log order. */
const when = retrospectiveClock('2026-12-06T09:00:00Z');

const TURKIYE: Actor = { id: 'turkiye', name: 'Türkiye', kind: 'state', aliases: ['Turkey', 'Ankara'] };
const SYRIA: Actor = { id: 'syria', name: 'Syria', kind: 'state', aliases: ['Damascus', 'Syrian Arab Republic'] };
const EGYPT: Actor = { id: 'egypt', name: 'Egypt', kind: 'state', aliases: ['Cairo', 'Arab Republic of Egypt'] };
const IRAN: Actor = { id: 'iran', name: 'Iran', kind: 'state', aliases: ['Tehran', 'Islamic Republic of Iran'] };
const PKK: Actor = {
  id: 'pkk',
  name: 'Kurdistan Workers’ Party',
  kind: 'armed-group',
  aliases: ['PKK', 'Partiya Karkerên Kurdistanê'],
};
const ISRAEL: Actor = { id: 'israel', name: 'Israel', kind: 'state', aliases: ['Jerusalem'] };
const USA: Actor = { id: 'united-states', name: 'United States', kind: 'state', aliases: ['Washington', 'US'] };

const ATES: Person = { name: 'Gen. Atilla Ateş', title: 'Commander of the Turkish Land Forces', actorId: 'turkiye' };
const DEMIREL: Person = { name: 'Süleyman Demirel', title: 'President of Türkiye', actorId: 'turkiye' };
const CEM: Person = { name: 'İsmail Cem', title: 'Foreign Minister of Türkiye', actorId: 'turkiye' };
const KIVRIKOGLU: Person = {
  name: 'Gen. Hüseyin Kıvrıkoğlu',
  title: 'Chief of the Turkish General Staff',
  actorId: 'turkiye',
};
const YILMAZ: Person = { name: 'Mesut Yılmaz', title: 'Prime Minister of Türkiye', actorId: 'turkiye' };
const SEZGIN: Person = { name: 'İsmet Sezgin', title: 'Defence Minister of Türkiye', actorId: 'turkiye' };
const UTKAN: Person = { name: 'Necati Utkan', title: 'Spokesman, Turkish Foreign Ministry', actorId: 'turkiye' };
const ECEVIT: Person = { name: 'Bülent Ecevit', title: 'Prime Minister of Türkiye', actorId: 'turkiye' };
const GUL: Person = { name: 'Abdullah Gül', title: 'Foreign Minister of Türkiye', actorId: 'turkiye' };
const AKSU: Person = { name: 'Abdulkadir Aksu', title: 'Interior Minister of Türkiye', actorId: 'turkiye' };
const SEZER: Person = { name: 'Ahmet Necdet Sezer', title: 'President of Türkiye', actorId: 'turkiye' };
const ERDOGAN: Person = { name: 'Recep Tayyip Erdoğan', title: 'Prime Minister of Türkiye', actorId: 'turkiye' };
const SYRIA_PRESS: Person = { name: 'Syrian official newspapers and government', actorId: 'syria' };
const SYRIA_GOV: Person = { name: 'Government of Syria', actorId: 'syria' };
const TLAS: Person = { name: 'Lt. Gen. Mustafa Tlas', title: 'Defence Minister of Syria', actorId: 'syria' };
const BASHAR: Person = { name: 'Bashar al-Assad', title: 'President of Syria', actorId: 'syria' };
const OCALAN: Person = { name: 'Abdullah Öcalan', title: 'Leader of the PKK', actorId: 'pkk' };
const ISRAEL_MOD: Person = { name: 'Avi Benayahu', title: 'Spokesman, Israeli Defence Ministry', actorId: 'israel' };

const S = {
  almonitor: source(
    'Five Lessons From Turkey’s 1998 Standoff With Syria',
    'Al-Monitor',
    'https://www.al-monitor.com/originals/2013/09/lessons-syria-turkey-standoff.html',
    '2013-09-01',
    'B',
    2,
  ),
  reutersDemirel: source(
    'Demirel Threatens Syria on Kurds (Reuters)',
    'Asbarez (Reuters)',
    'https://asbarez.com/37768/demirel-threatens-syria-on-kurds/',
    '1998-10-02',
    'B',
    2,
  ),
  hdnOctober: source(
    'October: Crisis with Damascus defused after Ocalan leaves Syria; the rise and fall of Korkmaz Yigit',
    'Hürriyet Daily News',
    'http://www.hurriyetdailynews.com/october-crisis-with-damascus-defused-after-ocalan-leaves-syria-the-rise-and-fall-of-korkmaz-yigit.aspx?pageID=438&n=october-crisis-with-damascus-defused-after-ocalan-leaves-syria-the-rise-and-fall-of-korkmaz-yigit-1998-11-04',
    '1998-11-04',
    'B',
    2,
  ),
  ap1003: source(
    'Turkey invades northern Iraq; 10,000 soldiers prepare to attack Kurdish rebels (Associated Press, forum copy)',
    'Silicon Investor (Associated Press copy)',
    'https://si.frajer.net/readreplies.aspx?msgid=5906934&subjectid=12099',
    '1998-10-04',
    'C',
    2,
  ),
  hoover: source(
    'Turkish-Syrian Tensions Flare Anew',
    'Hoover Institution (Daniel Pipes)',
    'https://www.hoover.org/research/turkish-syrian-tensions-flare-anew',
    '2011-06-20',
    'B',
    2,
  ),
  nyt1005: source(
    'Syria-Turkey Dispute Alarms Arabs (The New York Times)',
    'South Florida Sun-Sentinel (The New York Times)',
    'http://articles.sun-sentinel.com/1998-10-05/news/9810040153_1_turkey-and-syria-syrian-president-hafez-turkish',
    '1998-10-05',
    'B',
    2,
  ),
  trib1005: source(
    'Syria-turkey Feud Worries Arab World',
    'Chicago Tribune (Tribune News Services)',
    'http://articles.chicagotribune.com/1998-10-05/news/9810050185_1_syria-and-turkey-turkish-syrian-president-hafez-assad',
    '1998-10-05',
    'B',
    2,
  ),
  trib1006: source(
    'Military Ready To Attack Syria If Diplomacy Fails, Nation Says',
    'Chicago Tribune (Tribune News Services)',
    'http://articles.chicagotribune.com/1998-10-06/news/9810060352_1_turkey-and-syria-syrian-side-turkish-president-suleyman-demirel',
    '1998-10-06',
    'B',
    2,
  ),
  indep1006: source(
    'Turks issue threat to invade Syria',
    'The Independent',
    'http://www.independent.co.uk/news/turks-issue-threat-to-invade-syria-1176472.html',
    '1998-10-06',
    'B',
    2,
  ),
  telegraph1006: source(
    'Turkish leader backs force against Syria (The Daily Telegraph, forum copy)',
    'Silicon Investor (The Daily Telegraph copy)',
    'https://si.frajer.net/readmsg.aspx?msgid=5919898',
    '1998-10-06',
    'C',
    2,
  ),
  bbc1006: source(
    'Turkey warns Syria for the last time (BBC News, forum copy)',
    'Silicon Investor (BBC News copy)',
    'https://si.frajer.net/readmsg.aspx?msgid=5923405',
    '1998-10-06',
    'C',
    2,
  ),
  reutersLast: source(
    'Turkey Issues “Last Warning” to Syria (Reuters)',
    'Asbarez (Reuters)',
    'https://asbarez.com/37786/turkey-issues-last-warning-to-syria/',
    '1998-10-07',
    'B',
    2,
  ),
  rferl1007: source(
    'Middle East: Mubarak Attempts To Defuse Turkey-Syria Crisis',
    'Radio Free Europe/Radio Liberty',
    'https://www.rferl.org/a/1089666.html',
    '1998-10-07',
    'B',
    2,
  ),
  cbs1009: source(
    'Iran Takes On Turkey-Syria Row',
    'CBS News',
    'https://www.cbsnews.com/news/iran-takes-on-turkey-syria-row',
    '1998-10-09',
    'B',
    2,
  ),
  iskuYilmaz: source(
    'Yilmaz verstärkt Drohungen gegen Syrien (translated Turkish press, October 1998)',
    'ISKU – Informationsstelle Kurdistan (nadir.org archive)',
    'https://nadir.org/nadir/initiativ/isku/AKTUELL/2002/1998/9810/981069.html',
    '1998-10-31',
    'C',
    2,
  ),
  wikiMirror: source(
    'Adana Agreement (Wikipedia, mirror)',
    'Wikipedia (mirror)',
    'https://fahrschulethomas.com/2022/01/22/adana-agreement-1998-wikipedia/',
    '2022-01-22',
    'C',
    3,
  ),
  majallaExit: source(
    'The story behind Abdullah Öcalan’s high-profile exit from Syria (Al Majalla)',
    'khaddam.net (Al Majalla copy)',
    'https://khaddam.net/articles/the-story-behind-abdullah-ocalans-high-profile-exit-from-syria/',
    '2023-03-20',
    'C',
    2,
  ),
  majallaReset: source(
    'A reset for relations (Al Majalla, on the road to Adana)',
    'mixedtimes (Al Majalla copy)',
    'https://news.mixedtimes.com/6Kh5',
    '2023-03-20',
    'C',
    2,
  ),
  voa1019: source(
    'Turkey / Kurds (VOA correspondent report, Amberin Zaman)',
    'Voice of America (GlobalSecurity.org archive)',
    'https://www.globalsecurity.org/military/library/news/1998/10/981019-kurd.htm',
    '1998-10-19',
    'B',
    2,
  ),
  ap1019: source(
    'Turks, Syrians Discuss Kurd Crisis (Associated Press, forum copy)',
    'Silicon Investor (Associated Press copy)',
    'https://si.frajer.net/goback.aspx?msgnum=23&subjectid=23204',
    '1998-10-19',
    'C',
    2,
  ),
  mfa1020: source(
    'Statement Made By İsmail Cem, Foreign Minister, On The Special Security Meeting Held Between Turkey And Syria, October 20, 1998 (unofficial translation)',
    'Ministry of Foreign Affairs of the Republic of Türkiye',
    'https://www.mfa.gov.tr/_p_statement-made-by-ismail-cem_-foreign-minister_-on-the-special-security-meeting-held-between-turkey-and-syria_br_october-20_-1998_br__unofficial-translation___p_.en.mfa',
    '1998-10-20',
    'A',
    1,
  ),
  cbs1021: source(
    'Syria Blinks At Turkey Threats',
    'CBS News',
    'https://www.cbsnews.com/news/syria-blinks-at-turkey-threats',
    '1998-10-21',
    'B',
    2,
  ),
  indep1022: source(
    'Syria agrees ban on Turkish rebels',
    'The Independent',
    'http://www.independent.co.uk/news/syria-agrees-ban-on-turkish-rebels-1179842.html',
    '1998-10-22',
    'B',
    2,
  ),
  trib1022: source(
    'Turkey, Syria sign accord on Kurdish rebels',
    'Chicago Tribune',
    'https://www.chicagotribune.com/news/ct-xpm-1998-10-22-9810220104-story.html',
    '1998-10-22',
    'B',
    2,
  ),
  rferl1999: source(
    'Turkey: Ocalan Captured And Returned To His Homeland',
    'Radio Free Europe/Radio Liberty',
    'https://www.rferl.org/a/1090566.html',
    '1999-02-16',
    'B',
    2,
  ),
  albawaba2001: source(
    'Former foes Turkey and Syria seek advance cooperation (AFP)',
    'Al Bawaba',
    'https://www.albawaba.me/business/former-foes-turkey-and-syria-seek-advance-cooperation',
    '2001-08-03',
    'C',
    2,
  ),
  wt1204: source(
    'Turkey to bolster security cooperation with Syria',
    'World Tribune (Middle East Newsline)',
    'https://www.worldtribune.com/worldtribune/WTARC/2003/me_turkey_12_04.html',
    '2003-12-04',
    'C',
    2,
  ),
  wt1218: source(
    'Syria, Turkey sign security memorandum',
    'World Tribune (Middle East Newsline)',
    'https://www.worldtribune.com/worldtribune/WTARC/2003/me_turkey_12_18.html',
    '2003-12-18',
    'C',
    2,
  ),
  aljazeera0105: source(
    'Historic Turkey visit for Syrian leader',
    'Al Jazeera',
    'https://www.aljazeera.com/archive/2004/01/2008410103030658232.html',
    '2004-01-05',
    'B',
    2,
  ),
  cnn0106: source(
    'Syrian president makes landmark Turkey trip (Reuters)',
    'CNN (Reuters)',
    'http://www.cnn.com/2004/WORLD/meast/01/06/turkey.syria.reut/index.html',
    '2004-01-06',
    'B',
    2,
  ),
  voa0106: source(
    'Assad: Relationship Between Syria, Turkey Evolving to One of Trust',
    'Voice of America',
    'https://www.voanews.com/a/a-13-a-2004-01-06-18-assad/394109.html',
    '2004-01-06',
    'B',
    2,
  ),
  reutersFta: source(
    'Turkey, Syria sign free trade agreement (Reuters)',
    'bilaterals.org (Reuters)',
    'https://www.bilaterals.org/?turkey-syria-sign-free-trade',
    '2004-12-23',
    'B',
    2,
  ),
  arabnewsFta: source(
    'Turkey, Syria Sign Free Trade Agreement',
    'Arab News (Reuters)',
    'https://www.arabnews.com/node/259971',
    '2004-12-23',
    'B',
    2,
  ),
};

const D = {
  expel: 'tr-expel-ocalan-pkk',
  camps: 'tr-close-pkk-camps-end-support',
  handOver: 'tr-hand-over-ocalan',
};
const U = { lastWarning: 'tr-last-warning-1998-10-06' };
const R = { adana: 'adana-special-security-meeting-1998-10' };
const A = {
  adana: 'adana-agreement-1998-10-20',
  securityMou: 'tr-sy-security-mou-2003-12-17',
  fta: 'tr-sy-free-trade-2004-12-22',
};
/** Force posture is recorded at one place, written one way (see the header). */
const BORDER = 'Turkish–Syrian border (Hatay)';

const events = [
  // ===== 16 September 1998: the demand =====
  ev(
    'NegotiationOpened',
    'opened',
    when('1998-09-16'),
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Türkiye – Syria, the Öcalan crisis, the Adana agreement and the thaw, 1998–2004',
      subject:
        'Türkiye’s demand that Syria expel PKK leader Abdullah Öcalan and end its support for the PKK, the threats and troop build-up of autumn 1998, the Egyptian and Iranian mediation, the Adana agreement of 20 October 1998 and its implementation, and the rapprochement that followed (Assad’s visit to Türkiye, the free-trade agreement of 2004)',
      parties: [TURKIYE, SYRIA],
      mediators: [],
    },
    [S.almonitor],
  ),
  ev('ActorRegistered', 'actor-pkk', when('1998-09-16'), { actor: PKK, role: 'third-party' }, [S.almonitor], {
    note: 'The armed group fighting Türkiye since 1984, whose leader lived in Damascus; not a party to the talks.',
  }),
  ev(
    'DemandTabled',
    'dem-expel',
    when('1998-09-16'),
    {
      demandId: D.expel,
      by: 'turkiye',
      addressedTo: ['syria'],
      text: 'Expel Abdullah Öcalan and the PKK from Syria.',
      category: 'security',
    },
    [S.almonitor],
  ),
  ev(
    'StatementMade',
    'stmt-ates',
    when('1998-09-16'),
    {
      speaker: ATES,
      audience: 'syria',
      tone: 'warning',
      summary:
        'Speaking near the Syrian border, the land forces commander calls on Damascus to expel Abdullah Öcalan and the PKK; Al-Monitor dates the start of the crisis to this speech.',
    },
    [S.almonitor],
  ),
  // ===== 1–3 October: "we reserve the right to retaliate", "undeclared war" =====
  ev(
    'StatementMade',
    'stmt-demirel-parliament',
    when('1998-10-01'),
    {
      speaker: DEMIREL,
      audience: 'syria',
      tone: 'military-threat',
      summary:
        'Opening parliament, President Demirel says Syria continues to actively support the PKK and warns that Türkiye reserves the right to retaliate and its patience is nearing an end; deputies applaud.',
      quote:
        'I declare once more to the world that we reserve the right to retaliate against Syria, which has not abandoned its hostile attitude despite all our warnings and peaceful initiatives, and that our patience is nearing an end',
    },
    [S.reutersDemirel, S.hdnOctober],
  ),
  ev(
    'StatementMade',
    'stmt-cem-seriously',
    when('1998-10-01'),
    {
      speaker: CEM,
      audience: 'syria',
      tone: 'warning',
      summary: 'Foreign Minister Cem says the warning to Damascus should not be taken lightly.',
      quote: 'I hope they take it seriously, because we have very serious concerns about Syria',
    },
    [S.reutersDemirel],
  ),
  ev(
    'StatementMade',
    'stmt-kivrikoglu-undeclared-war',
    when('1998-10-02'),
    {
      speaker: KIVRIKOGLU,
      audience: 'syria',
      tone: 'military-threat',
      summary:
        'The chief of the general staff says relations with Damascus have already become an "undeclared war"; Prime Minister Yılmaz calls Syria "the headquarters of terrorism in the Middle East", and the press reports the army’s plans for air strikes on Syrian airfields.',
      quote: 'undeclared war',
    },
    [S.hoover, S.ap1003, S.nyt1005],
  ),
  ev(
    'IncidentReported',
    'inc-jets-border',
    when('1998-10-02'),
    {
      incidentId: 'turkish-jets-border-1998-10-02',
      kind: 'force-posture',
      perpetrator: 'turkiye',
      against: 'syria',
      place: BORDER,
      description:
        'In a show of force Turkish jets buzz the Syrian border (the daily Radikal); Defence Minister Sezgin says Türkiye will soon hold military exercises near the border. No fire is reported.',
    },
    [graded(S.ap1003, 3)],
  ),
  ev(
    'StatementMade',
    'stmt-syria-israel-plot',
    when('1998-10-03'),
    {
      speaker: SYRIA_GOV,
      audience: 'turkiye',
      tone: 'accusation',
      summary: 'Damascus again accuses Türkiye of plotting with Israel to undermine Syria.',
    },
    [S.ap1003],
  ),
  ev('ActorRegistered', 'actor-israel', when('1998-10-03'), { actor: ISRAEL, role: 'third-party' }, [S.ap1003], {
    note: 'Türkiye’s military partner since 1996; Syria blames the crisis on the alignment.',
  }),
  ev(
    'StatementMade',
    'stmt-israel-denial',
    when('1998-10-03'),
    {
      speaker: ISRAEL_MOD,
      audience: 'syria',
      tone: 'neutral',
      summary:
        'Israel’s Defence Ministry denies that Israel is involved "in any way" in the Turkey–Syria confrontation.',
    },
    [S.ap1003],
  ),
  ev('ActorRegistered', 'actor-egypt', when('1998-10-03'), { actor: EGYPT, role: 'mediator' }, [S.ap1003], {
    note: 'Foreign Minister Amr Moussa announces in Riyadh that President Mubarak will go to Türkiye and Syria.',
  }),
  // ===== 4–7 October: Mubarak's shuttle, the build-up, the "last warning" =====
  ev(
    'MediationAction',
    'med-mubarak-damascus-1',
    when('1998-10-04'),
    {
      mediator: 'egypt',
      action: 'visited',
      summary:
        'Mubarak flies at short notice to Damascus and meets President Hafez al-Assad, to defuse the crisis; he is to go on to Ankara.',
    },
    [S.nyt1005, S.trib1005],
  ),
  ev(
    'StatementMade',
    'stmt-syria-denies-calls-talks',
    when('1998-10-04'),
    {
      speaker: SYRIA_PRESS,
      audience: 'turkiye',
      tone: 'critical',
      summary:
        'Syria’s official newspapers deny that Syria is a base for the Kurdish rebels and call for talks to end the dispute, as do the Syrian and Egyptian foreign ministers after their meeting.',
    },
    [S.nyt1005],
  ),
  ev(
    'IncidentReported',
    'inc-buildup',
    when('1998-10-05', 'approximate'),
    {
      incidentId: 'turkish-buildup-syrian-border-1998-10',
      kind: 'force-posture',
      perpetrator: 'turkiye',
      against: 'syria',
      place: BORDER,
      description:
        'Turkish newspapers report increased military activity and a build-up along the 386-mile border with Syria; war games are announced there. Türkiye says its armed forces are ready to act if diplomacy fails.',
    },
    [S.trib1006, S.telegraph1006, S.indep1006],
  ),
  ev(
    'StatementMade',
    'stmt-demirel-warning-world',
    when('1998-10-05'),
    {
      speaker: DEMIREL,
      audience: 'syria',
      tone: 'military-threat',
      summary:
        'Demirel backs his threat of force: Syria cannot shelter the PKK and send it into Türkiye; he says he is too busy to see Mubarak that day. Cem says Türkiye would be justified in "any measures we choose to take".',
      quote: 'We are not just warning Syria, we are warning the entire world',
    },
    [S.indep1006, S.telegraph1006],
  ),
  ev(
    'DemandTabled',
    'dem-camps',
    when('1998-10-05'),
    {
      demandId: D.camps,
      by: 'turkiye',
      addressedTo: ['syria'],
      text: 'Shut down all PKK camps in Syria and in the Syrian-controlled Bekaa Valley of Lebanon, and end all moral and material support to the PKK.',
      category: 'security',
    },
    [S.telegraph1006, S.rferl1007],
  ),
  ev(
    'DemandTabled',
    'dem-hand-over',
    when('1998-10-05'),
    {
      demandId: D.handOver,
      by: 'turkiye',
      addressedTo: ['syria'],
      text: 'Hand over the PKK leader Abdullah Öcalan to Türkiye.',
      category: 'security',
    },
    [S.telegraph1006],
  ),
  ev('ActorRegistered', 'actor-iran', when('1998-10-05'), { actor: IRAN, role: 'mediator' }, [S.trib1006, S.bbc1006]),
  ev(
    'MediationAction',
    'med-iran-offer',
    when('1998-10-05'),
    {
      mediator: 'iran',
      action: 'offered',
      summary:
        'Iran offers to mediate; Foreign Minister Kharrazi says Türkiye should maintain self-restraint because military threats will not solve anything.',
    },
    [S.trib1006, S.bbc1006],
  ),
  ev('ActorRegistered', 'actor-us', when('1998-10-05'), { actor: USA, role: 'third-party' }, [S.bbc1006]),
  ev(
    'ThirdPartyEngagement',
    'tpe-us-restraint',
    when('1998-10-05', 'approximate'),
    {
      actorId: 'united-states',
      counterparts: ['turkiye', 'syria'],
      kind: 'outreach',
      summary:
        'The State Department has been in touch with both and urges restraint; it understands Türkiye’s concern about the PKK but does not want the dispute to go "to the next step".',
    },
    [S.bbc1006],
  ),
  ev(
    'UltimatumIssued',
    'ult-last-warning',
    when('1998-10-06'),
    {
      ultimatumId: U.lastWarning,
      by: 'turkiye',
      to: ['syria'],
      demandIds: [D.expel, D.camps],
      consequences:
        'Not stated by Yılmaz; Türkiye says its armed forces are ready to act against Syria if diplomacy fails.',
      channel: 'Prime Minister Yılmaz to his party’s deputies, in public',
    },
    [S.reutersLast, S.bbc1006],
    {
      note: '"We are warning Syria for the last time. We want them to stop their support for separatist terrorists and stop their policies of hostility. We are waiting for a reply from Syria."',
    },
  ),
  ev(
    'IncidentReported',
    'inc-leave-cancelled',
    when('1998-10-06'),
    {
      incidentId: 'frontier-leave-cancelled-1998-10-06',
      kind: 'force-posture',
      perpetrator: 'turkiye',
      against: 'syria',
      place: BORDER,
      description: 'Türkiye cancels all leave for the troops guarding the frontier with Syria.',
    },
    [S.reutersLast, S.cbs1009],
  ),
  ev(
    'MediationAction',
    'med-mubarak-ankara',
    when('1998-10-06'),
    {
      mediator: 'egypt',
      action: 'visited',
      summary:
        'Mubarak holds five hours of talks with Demirel in Ankara; Türkiye sets out the concrete steps Syria must take (six demands, by Turkish reports). Amr Moussa: "President Mubarak is here for negotiating between the two sides."',
    },
    [S.reutersLast, S.rferl1007],
  ),
  ev(
    'StatementMade',
    'stmt-syria-campaign-of-threats',
    when('1998-10-06'),
    {
      speaker: SYRIA_GOV,
      audience: 'turkiye',
      tone: 'critical',
      summary:
        'Syria says the Turkish threats will harm regional stability and security, calls the allegations false, and renews its call for dialogue.',
    },
    [S.reutersLast],
  ),
  ev(
    'MediationAction',
    'med-mubarak-damascus-2',
    when('1998-10-06'),
    {
      mediator: 'egypt',
      action: 'visited',
      summary: 'Mubarak flies back to Damascus the same evening for more consultations with Assad.',
    },
    [S.reutersLast, S.rferl1007],
  ),
  ev(
    'StatementMade',
    'stmt-tlas',
    when('1998-10-07'),
    {
      speaker: TLAS,
      audience: 'turkiye',
      tone: 'accusation',
      summary:
        'At a military academy graduation, Syria’s defence minister calls the Turkish threats "aggressive and provocative" and points to the dangers of the Israeli–Turkish alliance.',
    },
    [S.cbs1009],
  ),
  // ===== 8–13 October: Iran, Öcalan's departure, Syria's answer =====
  ev(
    'MediationAction',
    'med-kharrazi-damascus',
    when('1998-10-08'),
    {
      mediator: 'iran',
      action: 'visited',
      summary: 'Kharrazi meets Assad in Damascus on a mission to prevent "another war in the Middle East".',
    },
    [S.cbs1009],
  ),
  ev(
    'MediationAction',
    'med-kharrazi-ankara',
    when('1998-10-09'),
    {
      mediator: 'iran',
      action: 'visited',
      summary: 'Kharrazi arrives in Ankara on the second leg of his mediation.',
    },
    [S.cbs1009],
  ),
  ev(
    'StatementMade',
    'stmt-yilmaz-tusiad',
    when('1998-10-09'),
    {
      speaker: YILMAZ,
      audience: 'syria',
      tone: 'military-threat',
      summary:
        'At the TÜSİAD business association, after the crisis meeting of the day, Yılmaz repeats his charges: Türkiye can carry out its threats as the United States did against Sudan and Afghanistan.',
      quote:
        'Syria may think Turkey is bluffing; in that case it will bear the consequences. If Syria does not step back, we will step forward.',
    },
    [S.iskuYilmaz],
  ),
  ev(
    'PositionTaken',
    'pos-syria-expel',
    when('1998-10-09', 'approximate'),
    {
      demandId: D.expel,
      actorId: 'syria',
      stance: 'accepted',
      conditions: 'Done, not said: Syria makes Öcalan leave the country, without a public word.',
    },
    [S.wikiMirror, graded(S.majallaExit, 3)],
    {
      note: 'The date is the encyclopedia’s; Yılmaz put Öcalan in Moscow "for a week" on 20 October (see the header).',
    },
  ),
  ev(
    'MediationAction',
    'med-moussa-ankara',
    when('1998-10-12'),
    {
      mediator: 'egypt',
      action: 'proposed',
      summary:
        'Amr Moussa in Ankara brings Syria’s answer: a security meeting at the border within days, followed by a meeting of the foreign ministers on all pending problems; he then briefs Damascus.',
    },
    [S.majallaReset],
  ),
  ev(
    'TalksRoundScheduled',
    'round-adana-scheduled',
    when('1998-10-13'),
    {
      roundId: R.adana,
      label: 'Special Security Meeting, Adana',
      format: 'formal',
      venue: 'Adana',
      hosts: ['turkiye'],
      plannedFor: '1998-10-19',
    },
    [S.majallaReset],
    {
      note: 'Agreed as a covert meeting near the border, security the only item; first proposed for Aleppo or Latakia, moved to Adana.',
    },
  ),
  // ===== 18–21 October: Adana =====
  ev(
    'StatementMade',
    'stmt-sezgin-necessary-measures',
    when('1998-10-18'),
    {
      speaker: SEZGIN,
      audience: 'syria',
      tone: 'threat',
      summary: 'The defence minister repeats that Türkiye will take "all necessary measures where diplomacy fails".',
    },
    [S.voa1019],
  ),
  ev(
    'StatementMade',
    'stmt-ocalan-not-in-syria',
    when('1998-10-19'),
    {
      speaker: OCALAN,
      audience: 'press',
      tone: 'neutral',
      summary:
        'Through the pro-Kurdish DEM agency, Öcalan says he has been in Syria only "from time to time" and is no longer there, but "somewhere in Kurdistan".',
    },
    [S.voa1019, S.ap1019],
  ),
  ev(
    'TalksRoundOpened',
    'round-adana-opened',
    when('1998-10-19'),
    {
      roundId: R.adana,
      delegations: [
        {
          actorId: 'turkiye',
          head: { name: 'Uğur Ziyal', title: 'Deputy Undersecretary, Turkish Foreign Ministry', actorId: 'turkiye' },
        },
        { actorId: 'syria', head: { name: 'Maj. Gen. Adnan Badr al-Hassan', actorId: 'syria' } },
      ],
    },
    [S.ap1019, S.mfa1020],
    {
      note: 'Syrian officials hand over information meant to show Syria does not support the PKK and a list of PKK members arrested (NTV).',
    },
  ),
  ev(
    'StatementMade',
    'stmt-demirel-hatay',
    when('1998-10-19'),
    {
      speaker: DEMIREL,
      audience: 'syria',
      tone: 'military-threat',
      summary:
        'In Hatay, Demirel says the talks are Syria’s last chance for a peaceful solution, the last of the peaceful ways, and that no one should test Türkiye’s power: Syria must stop sheltering the leader and the camps and end all support. A threat of force if the talks fail (analysts quoted by AP expect pinpoint strikes on the PKK in Syria or Lebanon if diplomacy fails).',
      quote:
        'We have tried all peaceful ways, we are now trying out the last one. ... No one should test Turkey’s power.',
    },
    [S.ap1019],
  ),
  ev(
    'TalksRoundConcluded',
    'round-adana-concluded',
    when('1998-10-20'),
    {
      roundId: R.adana,
      outcome: 'agreement',
      summary:
        'The Special Security Meeting ends with a text signed by Uğur Ziyal and Maj. Gen. Adnan Badr al-Hassan, in which Syria undertakes commitments on Türkiye’s security concerns.',
      nextSteps:
        'Joint mechanisms and a direct telephone line between the security services; Türkiye to monitor Syria’s implementation.',
    },
    [S.mfa1020, S.cbs1021],
    { occurrence: 'adana-agreement-1998-10-20' },
  ),
  ev(
    'AgreementReached',
    'agr-adana',
    when('1998-10-20'),
    {
      agreementId: A.adana,
      kind: 'partial',
      provisions: [
        'Syria, on the basis of reciprocity, will not permit any activity from its territory aimed at the security and stability of Türkiye',
        'Syria will not allow the PKK weapons, logistical or financial support, or propaganda on its territory',
        'The PKK is a terrorist organisation for Syria; its camps and activities are banned',
        'Öcalan will not be allowed into Syria',
        'Joint security mechanisms, a direct telephone line between the security services, and special security representatives in the embassies',
      ],
      signatories: ['turkiye', 'syria'],
      textPublic: true,
      roundId: R.adana,
      status: 'signed',
    },
    [S.mfa1020, S.cbs1021, S.trib1022],
    { occurrence: 'adana-agreement-1998-10-20' },
  ),
  ev(
    'PositionTaken',
    'pos-syria-camps',
    when('1998-10-20'),
    {
      demandId: D.camps,
      actorId: 'syria',
      stance: 'accepted',
      conditions: 'In the Adana text: the PKK banned, its camps closed, no support on Syrian territory.',
    },
    [S.mfa1020, S.cbs1021],
    { occurrence: 'adana-agreement-1998-10-20' },
  ),
  ev(
    'UltimatumResolved',
    'ult-last-warning-complied',
    when('1998-10-20'),
    {
      ultimatumId: U.lastWarning,
      resolution: 'complied',
      summary: 'Syria signs the Adana text meeting Türkiye’s demands; Öcalan has left Syria.',
    },
    [S.cbs1021, S.indep1022],
  ),
  ev(
    'StatementMade',
    'stmt-cem-adana',
    when('1998-10-20'),
    {
      speaker: CEM,
      audience: 'syria',
      tone: 'conciliatory',
      summary:
        'Cem: Syria has undertaken commitments to satisfy Türkiye’s security concerns; its attitude at the meeting is satisfactory, and Türkiye will carefully monitor the implementation.',
      quote: 'At this stage, the attitude that Syria adopted in the Special Security Meeting is satisfactory.',
    },
    [S.mfa1020, S.indep1022],
  ),
  ev(
    'StatementMade',
    'stmt-utkan-hand-of-friendship',
    when('1998-10-21'),
    {
      speaker: UTKAN,
      audience: 'syria',
      tone: 'conciliatory',
      summary:
        'The foreign ministry spokesman calls the document an agreement that ends the crisis and starts dialogue.',
      quote: 'Syria extends its hand of friendship to us',
    },
    [S.trib1022],
  ),
  // ===== February 1999: Öcalan captured =====
  ev(
    'StatementMade',
    'stmt-ecevit-capture',
    when('1999-02-16'),
    {
      speaker: ECEVIT,
      audience: 'press',
      tone: 'neutral',
      summary:
        'Ecevit announces that Öcalan, seized in Kenya after a 12-day undercover operation, is in Türkiye since 03:00, and calls on PKK fighters to lay down their arms.',
      quote:
        'Abdullah Ocalan, leader of the separatist terrorist organization PKK, is in Turkey as of 0300 this morning.',
    },
    [S.rferl1999],
  ),
  // ===== 2001–2004: the thaw =====
  ev(
    'TalksRoundOpened',
    'round-friendship-opened',
    when('2001-08-01'),
    {
      roundId: 'tr-sy-deputy-fm-talks-2001-08',
      label: 'Deputy foreign ministers’ talks on a friendship and cooperation document',
      format: 'formal',
      delegations: [
        {
          actorId: 'syria',
          head: { name: 'Siba Nasser', title: 'Deputy Foreign Minister of Syria', actorId: 'syria' },
        },
      ],
    },
    [S.albawaba2001],
  ),
  ev(
    'TalksRoundConcluded',
    'round-friendship-concluded',
    when('2001-08-02'),
    {
      roundId: 'tr-sy-deputy-fm-talks-2001-08',
      outcome: 'progress',
      summary:
        'Two days of talks on the text of a "friendship and cooperation document" and on security, economic and cultural cooperation; the water dispute is left aside.',
      nextSteps: 'The document to be adopted after a visit by Foreign Minister Cem to Damascus.',
    },
    [S.albawaba2001],
  ),
  ev(
    'StatementMade',
    'stmt-gul-cooperating',
    when('2003-12-03', 'approximate'),
    {
      speaker: GUL,
      audience: 'syria',
      tone: 'conciliatory',
      summary:
        'After Syria hands over 22 Turkish nationals suspected in the November Istanbul bombings (the first use of the extradition part of the Syrian–Turkish accord, officials say), Gül says Syria and Iran have been cooperating on terrorism.',
      quote:
        'Both Iran and Syria, at least recently, have been cooperating with Turkey on the issue of terrorism. We hope this continues.',
    },
    [S.wt1204],
  ),
  ev(
    'AgreementReached',
    'agr-security-mou',
    when('2003-12-17'),
    {
      agreementId: A.securityMou,
      kind: 'partial',
      provisions: [
        'Cooperation against terrorism and organised crime',
        'Syria to detain anyone deemed a threat to Türkiye’s security',
      ],
      signatories: ['turkiye', 'syria'],
      textPublic: false,
      status: 'signed',
    },
    [S.wt1218, S.aljazeera0105],
  ),
  ev(
    'StatementMade',
    'stmt-aksu-bygones',
    when('2003-12-17'),
    {
      speaker: AKSU,
      audience: 'syria',
      tone: 'conciliatory',
      summary:
        'Signing the memorandum with Syrian Interior Minister Ali Hamoud, Aksu says improved cooperation against terrorism matters for regional peace.',
      quote: 'Let bygones be bygones',
    },
    [S.wt1218],
  ),
  ev(
    'StatementMade',
    'stmt-bashar-ankara',
    when('2004-01-06'),
    {
      speaker: BASHAR,
      audience: 'turkiye',
      tone: 'conciliatory',
      summary:
        'On the first visit by a Syrian head of state to Türkiye, Assad tells a joint news conference that relations are at their peak.',
      quote: 'We have moved together from an atmosphere of distrust to one of trust.',
    },
    [S.cnn0106, S.voa0106],
  ),
  ev(
    'StatementMade',
    'stmt-sezer-ankara',
    when('2004-01-06'),
    {
      speaker: SEZER,
      audience: 'syria',
      tone: 'conciliatory',
      summary:
        'Sezer echoes Assad: no time should be lost in replacing enmity and distrust in the region with peace and stability.',
    },
    [S.cnn0106, S.voa0106],
  ),
  ev(
    'AgreementReached',
    'agr-fta',
    when('2004-12-22'),
    {
      agreementId: A.fta,
      kind: 'partial',
      provisions: [
        'A free-trade zone between Türkiye and Syria',
        'Turkish investment in Syria and joint agricultural projects',
      ],
      signatories: ['turkiye', 'syria'],
      textPublic: false,
      status: 'signed',
    },
    [S.reutersFta, S.arabnewsFta],
  ),
  ev(
    'StatementMade',
    'stmt-erdogan-damascus',
    when('2004-12-22'),
    {
      speaker: ERDOGAN,
      audience: 'syria',
      tone: 'conciliatory',
      summary:
        'Signing the free-trade agreement in Damascus with Prime Minister Naji al-Otari, Erdoğan says the visit shows how far relations have come since Assad’s trip.',
      quote:
        'This visit shows how far our trade, economic and political ties have developed since President Assad’s historic trip.',
    },
    [S.reutersFta, S.arabnewsFta],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'turkey-syria-1998.jsonl',
  logEnd: '2026-12-07T00:00:00Z',
  events,
};

export default definition;
