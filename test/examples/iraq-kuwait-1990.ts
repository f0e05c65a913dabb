/**
 * A test fixture, not a shipped example: Iraq and Kuwait from Iraq's charges of July 1990 to Iraq's recognition of
 * Kuwait in November 1994, as an analyst reading the press afterwards could have recorded them — Tariq Aziz's memorandum
 * to the Arab League (15 July 1990: overproduction, the Rumaila oil, the debts), Saddam Hussein's speech of 17 July,
 * the Iraqi divisions moved to the border, the mediation of Mubarak and King Fahd, the Jeddah talks (31 July) that
 * collapsed on 1 August, the invasion of 2 August and the fighting in Kuwait City on the 3rd, the occupation, the
 * merger of 8 August, resolutions 660 and 678 (the Security Council's ultimatum, deadline 15 January 1991), the air war
 * from 17 January in which the Kuwaiti air force flew, the ground offensive of 24 February with Kuwaiti forces in it,
 * Iraq's flight from Kuwait City (26–27 February), the coalition's suspension of offensive operations (28 February),
 * the Safwan talks (3 March), resolution 687 and Iraq's acceptance of it (6 April), Iraq's rejection of the boundary
 * commission's line (1 June 1992), the Iraqi raid across the border at Umm Qasr (10 January 1993), the build-up of
 * October 1994 and its pull-back, and the recognition of 10 November 1994. Escalation model v2 was never tuned on it:
 * it is the case the model is held to in iraq-kuwait-1990.spec.ts, against the calls an analyst makes from DOMAIN.md
 * §5b alone.
 *
 * The parties are Iraq and Kuwait. Mediators: Egypt (Mubarak), Saudi Arabia (King Fahd; the Jeddah host) and the Arab
 * League (registered at the opening); Russia (Kozyrev, who carried the recognition) from October 1994. Third parties:
 * the United States (the coalition's leader, here for the coalition) and the UN Security Council (its resolutions,
 * its ultimatum, its boundary commission). Their acts are recorded as theirs: the coalition's air war and its battle at
 * Kuwait City airport are the United States' against Iraq, not the pair's.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration file's coverage do not change. Built and
 * checked with the same builder as the shipped cases (examples/case-builder.ts): every event replays through `decide`
 * and cites a dated, graded public source. Recorded retrospectively (`retrospectiveClock`): every source read was
 * published before the recording.
 *
 * Grading as in examples/README.md: B = an established outlet or its archive (the Los Angeles Times, the Washington
 * Post, the Baltimore Sun, the Chicago Tribune, AP via a newspaper, the BBC, Air & Space Forces Magazine, Keesing's);
 * A = a primary text (a Security Council resolution, a presidential address in the Public Papers); C = encyclopedias
 * and their mirrors, chronologies on hobby or archive sites, the Kuwaiti press on an anniversary; 1 = confirmed by the
 * text itself or by both sides, 2 = several sources agree or one established source reports it, 3 = one side's claim
 * or a count the sources disagree on.
 *
 * Dates of sources: contemporary reports by their own date. Undated web pages (encyclopedia mirrors, chronologies) are
 * given a lower bound from the development they are cited for, as the Thailand – Laos fixture does.
 *
 * Judgement calls, recorded as an analyst would:
 * - The invasion (2 August 1990) is one `clash` by Iraq against Kuwait at "Kuwait" with `scale: 'major'`: its sources
 *   call it "the invasion of Kuwait on 2 August 1990 by the military forces of Iraq" (resolution 660) and "a two-day
 *   operation" in which "most of the Kuwait Armed Forces were either overrun by the Iraqi Republican Guard or fell back"
 *   (Wikipedia). The toll is the encyclopedia's (420 Kuwaiti dead, graded 3; the 295 Iraqi dead, the attackers' loss,
 *   are in the text only, as examples/README.md counts the attacked side). The shelling and gunfire in Kuwait City on 3
 *   August (the LA Times: "a last-ditch attempt by Kuwaiti forces to hold out") is a second act, not marked major: its
 *   source names no battle.
 * - One place, written one way: "Kuwait" for the whole country taken and held (the invasion, the occupation, the
 *   withdrawal from it); "Kuwait City" for the fighting in the capital; "Iraq–Kuwait border" for the build-ups and the
 *   1994 pull-back; "Umm Qasr (demilitarised zone)" for the 1993 raid.
 * - The occupation is recorded from 4 August (the end of the two-day operation) to the withdrawal of 27 February 1991
 *   (Bush: "Kuwait is liberated"; the Kuwaiti army back in Kuwait City). Iraq's claim of a pull-out on 5 August 1990 is
 *   a statement (the LA Times: "officials … said there was no evidence of any significant withdrawal"), not a withdrawal.
 * - The merger of 8 August is a statement of Iraq's Revolutionary Command Council, tone `threat`: it ends Kuwait as a
 *   state, and the sources report it as such; no catalogue kind is an annexation.
 * - The war of 17 January – 28 February 1991 is the coalition's. The pair's part is what the sources give of Kuwait's own
 *   forces: the Kuwaiti air force among the first day's strikes (KUNA: 302 of the 1,200 sorties "by Saudi and Kuwaiti
 *   aircraft"; "striking targets inside Kuwait … Iraqi artillery positions") and the Kuwaiti troops in the ground
 *   offensive of 24 February ("a major ground offensive into Iraqi-occupied Kuwait", Wikipedia; recorded major). No
 *   dated source read gives a Kuwaiti act between those days, so none is recorded; the coalition's air war is one
 *   `airstrike` by the United States (a third party), the airport battle (26 February) another. Neither air strike is
 *   marked major: the source of the first day (KUNA) tells of "air raids" by 1,800 warplanes and "the first air
 *   strikes of operation 'Desert Storm'", and names no offensive or battle (corrected after the first run of the
 *   model: the coalition's had been marked major without those words; it is a third party's act and read no call).
 * - The ceasefire "whose?": the suspension of offensive operations from midnight EST on 27/28 February (05:00 UTC) is
 *   the coalition's, Kuwait included, conditional on Iraq ("it is up to Iraq whether this suspension … becomes a
 *   permanent cease-fire"): a temporary ceasefire binding the United States, Kuwait and Iraq. Safwan (3 March) is a
 *   round between the coalition's commanders (with a Kuwaiti general present) and Iraq's; Iraq accepted all terms and
 *   resolution 686. The formal ceasefire is resolution 687's, in force on Iraq's acceptance (6 April: "the Iraqi
 *   acceptance automatically activates a permanent cease-fire"), recorded as an agreement the Security Council set and
 *   Iraq accepted, binding Iraq, Kuwait and the coalition, and as a ceasefire superseding the suspension.
 * - Iraq's letter of 1 June 1992 rejecting the commission's line ("imposing the border by force would leave the region in
 *   a state of boiling tension") is a rejection of the Council's demand and a `warning`, not a threat of war.
 * - The raid of 10 January 1993 (200 Iraqis across the border at Umm Qasr, arms taken from bunkers in the demilitarised
 *   zone, back in Iraq within 90 minutes, no shot, no casualty) is an `occupation` and a `withdrawal` the same day.
 * - October 1994: the build-up from 6–7 October (`force-posture`, tens of thousands of troops and two Republican Guard
 *   divisions near the border), Kuwait's mobilisation to the border (8 October), the warning in the government paper
 *   Al-Iraq that "the anger of the patient will erupt" unless sanctions are lifted (aimed at the Council: a `threat`
 *   to the Council, not to Kuwait), and the pull-back from 11 October (`withdrawal`).
 * - The prisoners and missing: resolution 686's demand that Iraq release all Kuwaitis held (2 March 1991) is recorded,
 *   with Kuwait's count of 605 missing in its note (the Defense Department, 2000); Kuwait's own demands and the
 *   tripartite committee with the ICRC (1991) are not, for want of a dated source read. Resolution 833 (27 May 1993)
 *   is the Council's demand on both to respect the line; Iraq accepts it with the recognition.
 * - Left out for want of a dated source read: resolutions 773 and 806, the Kuwaiti resistance's acts during the
 *   occupation, Iraq's burning of the oil wells (no pair's armed action between forces), Kuwait's reaction to the
 *   recognition (the sources read give the United States' only).
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, retrospectiveClock, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'iraq-kuwait-1990';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 2026);
const when = retrospectiveClock('2026-12-01T09:00:00Z');

const IRAQ: Actor = { id: 'iraq', name: 'Iraq', kind: 'state', aliases: ['Baghdad', 'Republic of Iraq'] };
const KUWAIT: Actor = { id: 'kuwait', name: 'Kuwait', kind: 'state', aliases: ['State of Kuwait'] };
const EGYPT: Actor = { id: 'egypt', name: 'Egypt', kind: 'state', aliases: ['Cairo'] };
const SAUDI: Actor = { id: 'saudi-arabia', name: 'Saudi Arabia', kind: 'state', aliases: ['Riyadh'] };
const ARAB_LEAGUE: Actor = {
  id: 'arab-league',
  name: 'League of Arab States',
  kind: 'international-organisation',
  aliases: ['Arab League'],
};
const USA: Actor = {
  id: 'united-states',
  name: 'United States',
  kind: 'state',
  aliases: ['Washington', 'the coalition'],
};
const UNSC: Actor = {
  id: 'un-security-council',
  name: 'UN Security Council',
  kind: 'international-organisation',
  aliases: ['Security Council'],
};
const RUSSIA: Actor = { id: 'russia', name: 'Russia', kind: 'state', aliases: ['Moscow'] };

const SADDAM: Person = { name: 'Saddam Hussein', title: 'President of Iraq', actorId: 'iraq' };
const AZIZ: Person = { name: 'Tariq Aziz', title: 'Foreign Minister of Iraq', actorId: 'iraq' };
const HAMMADI: Person = { name: 'Sadoun Hammadi', title: 'Deputy Prime Minister of Iraq', actorId: 'iraq' };
const RCC: Person = { name: 'Revolutionary Command Council', actorId: 'iraq' };
const IRAQ_GOV: Person = { name: 'Government of Iraq (official spokesman)', actorId: 'iraq' };
const AL_IRAQ: Person = { name: 'Al-Iraq (government daily)', actorId: 'iraq' };
const SAMARAI: Person = { name: 'Ahmad Husain al-Samarai', title: 'Foreign Minister of Iraq', actorId: 'iraq' };
const SAAD: Person = {
  name: 'Sheikh Saad al-Abdullah al-Sabah',
  title: 'Crown Prince and Prime Minister of Kuwait',
  actorId: 'kuwait',
};
const KUWAIT_ENVOY: Person = {
  name: 'Sheikh Saud Nasir al-Sabah',
  title: 'Ambassador of Kuwait to the United States',
  actorId: 'kuwait',
};
const FAHD: Person = { name: 'King Fahd', title: 'King of Saudi Arabia', actorId: 'saudi-arabia' };
const ARAB_FMS: Person = { name: 'Arab League Council of Foreign Ministers', actorId: 'arab-league' };
const IZZAT: Person = {
  name: 'Izzat Ibrahim',
  title: 'Vice-Chairman of the Revolutionary Command Council',
  actorId: 'iraq',
};

const S = {
  aziz: source(
    'Tariq Aziz, "Who Apologizes for Whom?" (Al-Thawrah, part 2, as translated by FBIS)',
    'Iraq News (FAS archive)',
    'http://fas.org/news/iraq/1999/01/990112-in.htm',
    '1999-01-12',
    'C',
    2,
  ),
  duelfer: source(
    '7/17/1990 — Charles Duelfer, Hide and Seek, p. 64',
    '911plus.org',
    'https://911plus.org/7171990-charles-duelfer-64/',
    '2010-01-01',
    'C',
    2,
  ),
  afm: source(
    'The Strategy of Desert Storm',
    'Air & Space Forces Magazine',
    'https://www.airandspaceforces.com/article/0106storm/',
    '2006-01-01',
    'B',
    2,
  ),
  lat0726: source(
    'Iraq, Kuwait Agree to Talks in Gulf Dispute',
    'Los Angeles Times',
    'https://www.latimes.com/archives/la-xpm-1990-07-26-mn-945-story.html',
    '1990-07-26',
    'B',
    2,
  ),
  ap0725: source(
    'Iraqi Troops to Pull Back at Dawn from Kuwaiti Border: Sources',
    'Associated Press',
    'https://www.apnews.com/1f40e5b2a72f886187d4805990029346',
    '1990-07-25',
    'B',
    2,
  ),
  bourisly: source(
    'Tuesday 31 July 1990 (the Jeddah talks begin)',
    'bourisly.net (a Kuwaiti chronology of the invasion)',
    'https://www.bourisly.net/kuwait_invasion/%d8%a7%d9%84%d8%ab%d9%84%d8%a7%d8%ab%d8%a7%d8%a1-31-%d9%8a%d9%88%d9%84%d9%8a%d9%88-1990/',
    '1990-07-31',
    'C',
    2,
  ),
  lat0801: source(
    'Tension in Persian Gulf Soars as Iraq-Kuwait Talks Collapse',
    'Los Angeles Times (Reuters; copy)',
    'https://fold6.site/archives/la-xpm-1990-08-01-mn-1651-story.html',
    '1990-08-01',
    'B',
    2,
  ),
  lat0802: source(
    'Iraq, Kuwait Talks on Border and Oil Disputes Collapse',
    'Los Angeles Times',
    'https://www.latimes.com/archives/la-xpm-1990-08-02-mn-1721-story.html',
    '1990-08-02',
    'B',
    2,
  ),
  res660: source(
    'UN Security Council Resolution 660 (S/RES/660 (1990), 2 August 1990)',
    'MidEastWeb (text of the resolution)',
    'http://mideastweb.org/660.htm',
    '1990-08-02',
    'A',
    1,
  ),
  wpInvasion: source(
    'Invasion of Kuwait',
    'Wikipedia (mirror)',
    'https://howlingpixel.com/i-en/Invasion_of_Kuwait',
    '1990-08-04',
    'C',
    2,
  ),
  bbc2000: source(
    'Flashback: Invasion of Kuwait',
    'BBC News (copy)',
    'https://bbctodays.pages.dev/2/hi/middle_east/856009.stm',
    '2000-08-01',
    'B',
    2,
  ),
  lat0803: source(
    'Iraq Pledges Pullout : Troops in Kuwait Mass Near Saudi Border',
    'Los Angeles Times (wire services)',
    'https://www.latimes.com/archives/la-xpm-1990-08-03-mn-1369-story.html',
    '1990-08-03',
    'B',
    2,
  ),
  lat0806: source(
    'Iraq Claims Pullout, But Few Believe It',
    'Los Angeles Times',
    'https://www.latimes.com/archives/la-xpm-1990-08-06-mn-74-story.html',
    '1990-08-06',
    'B',
    2,
  ),
  wars20: source(
    'Iraqi Invasion of Kuwait (Wars of the 20th Century, vol. 4)',
    '20thcenturywars.com',
    'https://20thcenturywars.com/2024/08/page/4',
    '2024-08-01',
    'C',
    2,
  ),
  keesings: source(
    'Iraqi invasion of Kuwait — International Response (Keesing’s Record of World Events, vol. 36, August 1990)',
    'Keesing’s (docslib copy)',
    'https://docslib.org/doc/803308/iraqi-invasion-of-kuwait-international-response-iraq-invaded-and-overran-kuwait-on-aug',
    '1990-08-31',
    'B',
    2,
  ),
  res678: source(
    'UN Security Council Resolution 678 (Authorization of Use of Force against Iraq), 29 November 1990',
    'The World and Japan Database (GRIPS / University of Tokyo)',
    'https://worldjpn.grips.ac.jp/documents/texts/docs/19901129.O1E.html',
    '1990-11-29',
    'A',
    1,
  ),
  kuna2020: source(
    'Kuwait marks opening of liberation air strike ‘Desert Storm’',
    'Arab Times (KUNA)',
    'https://www.arabtimesonline.com/news/kuwait-marks-opening-of-liberation-air-strike-desert-storm/',
    '2020-01-16',
    'C',
    2,
  ),
  wpLiberation: source(
    'Liberation of Kuwait campaign',
    'Wikipedia (mirror)',
    'https://askwikinow.com/view_html.php?q=Liberation_of_Kuwait_campaign',
    '1991-02-28',
    'C',
    2,
  ),
  bbc0226: source(
    '1991: Iraqi troops flee Kuwait City (On This Day, 26 February)',
    'BBC News (archived copy)',
    'https://archive.wikiwix.com/cache/index2.php?url=http%3A%2F%2Fnews.bbc.co.uk%2Fonthisday%2Fhi%2Fdates%2Fstories%2Ffebruary%2F26%2Fnewsid_4716000%2F4716868.stm',
    '2005-02-26',
    'B',
    2,
  ),
  lat0227: source(
    'Fighting For Kuwait City',
    'Los Angeles Times',
    'http://articles.latimes.com/1991-02-27/news/mn-2117_1_kuwait-city',
    '1991-02-27',
    'B',
    2,
  ),
  wp0228: source(
    'Arab Forces, Marines Take Kuwait City',
    'The Washington Post',
    'http://www.washingtonpost.com/wp-srv/inatl/longterm/iraq/timeline/022891.htm',
    '1991-02-28',
    'B',
    2,
  ),
  bush0227: source(
    'Address to the Nation on the Suspension of Allied Offensive Combat Operations in the Persian Gulf, 27 February 1991',
    'Public Papers of the Presidents (govinfo.gov)',
    'https://www.govinfo.gov/content/pkg/PPP-1991-book1/html/PPP-1991-book1-doc-pg187.htm',
    '1991-02-28',
    'A',
    1,
  ),
  pal0227: source(
    'Chronology, Wednesday 27 February 1991',
    'Institute for Palestine Studies',
    'https://chronology.palestine-studies.org/node/11261',
    '1991-03-12',
    'B',
    2,
  ),
  wp0304: source(
    'Iraq Accepts All Cease-Fire Terms',
    'The Washington Post',
    'http://www.washingtonpost.com/wp-srv/inatl/longterm/iraq/timeline/030491.htm',
    '1991-03-04',
    'B',
    2,
  ),
  deseret0304: source(
    'Little pomp but lots of significance at talks',
    'Deseret News (AP)',
    'https://www.deseret.com/1991/3/4/18908541/little-pomp-but-lots-of-significance-at-talks',
    '1991-03-04',
    'B',
    2,
  ),
  bsun0407: source(
    'Iraq accepts U.N.’s terms for cease-fire',
    'The Baltimore Sun (New York Times News Service)',
    'http://articles.baltimoresun.com/1991-04-07/news/1991097053_1_iraq-acceptance-persian-gulf',
    '1991-04-07',
    'B',
    2,
  ),
  lat0407: source(
    'Iraq OKs Tough Cease-Fire Plan',
    'Los Angeles Times (copy)',
    'http://161.35.110.226/archives/la-xpm-1991-04-07-mn-431-story.html',
    '1991-04-07',
    'B',
    2,
  ),
  mees0608: source(
    'Iraq Rejects Border Drawn by UN Commission',
    'Middle East Economic Survey',
    'http://archives.mees.com/issues/1028/articles/37594',
    '1992-06-08',
    'B',
    2,
  ),
  bsun930111: source(
    'Iraqis seize arms from U.N. post in Kuwait; 15 missiles taken',
    'The Baltimore Sun (Los Angeles Times)',
    'http://articles.baltimoresun.com/1993-01-11/news/1993011018_1_iraq-bunker-security-council',
    '1993-01-11',
    'B',
    2,
  ),
  indep930111: source(
    'Iraqi raid into Kuwait',
    'The Independent (Reuters)',
    'http://www.independent.co.uk/news/iraqi-raid-into-kuwait-1477803.html',
    '1993-01-11',
    'B',
    2,
  ),
  roanoke941008: source(
    'Iraq masses troops near Kuwait; Clinton warns of "grave mistake"',
    'Roanoke Times (Los Angeles Times)',
    'https://scholar.lib.vt.edu/VA-news/ROA-Times/issues/1994/rt9410/941008/10110021.htm',
    '1994-10-08',
    'B',
    2,
  ),
  bsun941009: source(
    'U.S. orders troops, missiles to Kuwait',
    'The Baltimore Sun',
    'http://articles.baltimoresun.com/1994-10-09/news/1994282026_1_kuwait-republican-guard-persian-gulf',
    '1994-10-09',
    'B',
    2,
  ),
  ap941010: source(
    'U.S. troops in Gulf have sights on Iraq',
    'Arizona Daily Wildcat (Associated Press)',
    'https://wc.arizona.edu/papers/old-wildcats/fall94/October/October10,1994/01_1_m.html',
    '1994-10-10',
    'B',
    2,
  ),
  roanoke941012: source(
    'Iraq retreats from border',
    'Roanoke Times (wire reports)',
    'https://scholar-dev.cloud.lib.vt.edu/VA-news/ROA-Times/issues/1994/rt9410/941012/10120071.htm',
    '1994-10-12',
    'B',
    2,
  ),
  worldhistory: source(
    'Invasion of Kuwait',
    'World History Encyclopedia (worldhistory.biz)',
    'https://worldhistory.biz/middle-ages/22590-invasion-of-kuwait.html',
    '1990-08-03',
    'C',
    2,
  ),
  kinstra: source(
    'Kuwait marks 35th anniversary of first liberation airstrike',
    'Kinstra News (KUNA)',
    'https://kinstranews.com/kuwait-marks-35th-anniversary-of-first-liberation-airstrike',
    '2026-01-17',
    'C',
    2,
  ),
  dod2000: source(
    'Kuwait Families Still Await Word of Gulf War POWs’ Fate',
    'US Department of Defense (American Forces Press Service)',
    'http://www.defense.gov/news/newsarticle.aspx?id=45076',
    '2000-04-10',
    'B',
    2,
  ),
  res833: source(
    'United Nations Security Council Resolution 833',
    'Wikipedia (Japanese, mirror)',
    'https://jmediawiki.org/wiki/United_Nations_Security_Council_Resolution_833',
    '1993-05-27',
    'C',
    2,
  ),
  kozyrev: source(
    'Iraq Set to Recognize Kuwait Border',
    'The Moscow Times',
    'http://oldtmt.vedomosti.ru/sitemap/free/1994/11/article/iraq-set-to-recognize-kuwait-border/346246.html',
    '1994-11-10',
    'B',
    2,
  ),
  wp941111: source(
    'Iraq Accepts Sovereignty of Kuwait',
    'The Washington Post',
    'http://www.washingtonpost.com/wp-srv/inatl/longterm/iraq/timeline/111194.htm',
    '1994-11-11',
    'B',
    1,
  ),
  lat941111: source(
    'Iraq Officially Recognizes Kuwait, but U.S. Is Skeptical',
    'Los Angeles Times',
    'http://articles.latimes.com/1994-11-11/news/mn-61264_1_relevant-security-council',
    '1994-11-11',
    'B',
    2,
  ),
};

const P = {
  border: 'Iraq–Kuwait border',
  kuwait: 'Kuwait',
  kuwaitCity: 'Kuwait City',
  ummQasr: 'Umm Qasr (demilitarised zone)',
};
const R = { jeddah: 'jeddah-1990-07', safwan: 'safwan-1991-03' };
const D = {
  debts: 'iraq-debts-oil-1990',
  prisoners: 'unsc-prisoners-686',
  boundary833: 'unsc-boundary-833',
  withdraw: 'unsc-withdraw-660',
  boundary: 'unsc-boundary-687',
};
const U = { res678: 'unsc-678-deadline' };
const A = { res687: 'res-687-ceasefire' };
const CF = { suspension: 'coalition-suspension-1991-02-28', res687: 'res-687-ceasefire-1991-04' };

const events = [
  // ===== July 1990: the charges, the build-up, the mediation =====
  ev(
    'NegotiationOpened',
    'opened',
    when('1990-07-15'),
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Iraq – Kuwait, from the oil and border dispute to the recognition, 1990–94',
      subject:
        "Iraq's charges against Kuwait (overproduction of oil, the Rumaila field, the war debts), the Jeddah talks, the invasion and occupation of Kuwait, its liberation by the coalition, the ceasefire terms of resolution 687, the boundary demarcation, and Iraq's recognition of Kuwait's sovereignty and borders",
      parties: [IRAQ, KUWAIT],
      mediators: [EGYPT, SAUDI, ARAB_LEAGUE],
    },
    [S.aziz],
  ),
  ev('ActorRegistered', 'actor-usa', when('1990-07-15'), { actor: USA, role: 'third-party' }, [S.lat0726], {
    note: 'Announced naval manoeuvres in the Gulf on 24 July; leads the coalition from August.',
  }),
  ev('ActorRegistered', 'actor-unsc', when('1990-08-02'), { actor: UNSC, role: 'third-party' }, [S.res660]),
  ev(
    'DemandTabled',
    'dem-debts',
    when('1990-07-15'),
    {
      demandId: D.debts,
      by: 'iraq',
      addressedTo: ['kuwait'],
      text: 'Stop flooding the oil market above the OPEC quota, pay compensation for the Rumaila oil Iraq says Kuwait took (about $2.4 billion), and write off the loans made to Iraq during the war with Iran',
      category: 'economic',
    },
    [S.aziz, S.ap0725],
  ),
  ev(
    'StatementMade',
    'stmt-aziz-memo',
    when('1990-07-15'),
    {
      speaker: AZIZ,
      audience: 'kuwait',
      tone: 'accusation',
      summary:
        "Aziz's memorandum to Arab League Secretary General Chedli Klibi accuses Kuwait of a conspiracy against Iraq by flooding the oil market and taking Iraqi oil; Saddam later equated Kuwait's acts with military aggression.",
    },
    [S.aziz, S.duelfer],
  ),
  ev(
    'StatementMade',
    'stmt-saddam-0717',
    when('1990-07-17'),
    {
      speaker: SADDAM,
      audience: 'kuwait',
      tone: 'military-threat',
      summary:
        'In his National Day address Saddam Hussein threatens military action against Kuwait (and the Gulf states over-producing oil): Iraq defended the Arabs against Persia and was stabbed with a poisoned dagger.',
    },
    [S.afm, S.duelfer],
  ),
  ev(
    'IncidentReported',
    'inc-buildup-july',
    when('1990-07-21', 'approximate'),
    {
      incidentId: 'iraqi-buildup-1990-07',
      kind: 'force-posture',
      perpetrator: 'iraq',
      against: 'kuwait',
      place: P.border,
      description:
        'Iraq deploys two armoured divisions (some 30,000 troops) to the Kuwaiti border over the weekend of 21–22 July.',
    },
    [S.lat0726],
  ),
  ev(
    'MediationAction',
    'med-mubarak',
    when('1990-07-24'),
    {
      mediator: 'egypt',
      action: 'visited',
      summary:
        'Mubarak tours Baghdad and Kuwait; with King Fahd he mediates through the night. Saddam tells him he will not use force while talks go on.',
    },
    [S.ap0725, S.lat0726],
  ),
  ev(
    'TalksRoundScheduled',
    'round-jeddah-scheduled',
    when('1990-07-25'),
    {
      roundId: R.jeddah,
      label: 'Jeddah talks',
      format: 'formal',
      venue: 'Jeddah',
      hosts: ['saudi-arabia', 'egypt'],
      plannedFor: '1990-07-28',
    },
    [S.lat0726],
  ),
  ev(
    'StatementMade',
    'stmt-saad-cloud',
    when('1990-07-25'),
    {
      speaker: SAAD,
      audience: 'iraq',
      tone: 'conciliatory',
      summary: 'Kuwait wants to meet its brothers in Iraq to reach an understanding in a brotherly atmosphere.',
      quote: 'We will consider what happened a cloud which will soon go.',
    },
    [S.lat0726],
  ),
  ev(
    'TalksRoundOpened',
    'round-jeddah-opened',
    when('1990-07-31'),
    {
      roundId: R.jeddah,
      delegations: [
        { actorId: 'iraq', head: IZZAT },
        { actorId: 'kuwait', head: SAAD },
      ],
    },
    [S.bourisly],
  ),
  ev(
    'IncidentReported',
    'inc-buildup-aug',
    when('1990-08-01'),
    {
      incidentId: 'iraqi-buildup-1990-08-01',
      kind: 'force-posture',
      perpetrator: 'iraq',
      against: 'kuwait',
      place: P.border,
      description:
        'A Western diplomat confirms that Iraq has moved about 100,000 troops, tanks and artillery to the border.',
    },
    [S.lat0801],
  ),
  ev(
    'TalksRoundConcluded',
    'round-jeddah-collapsed',
    when('1990-08-01'),
    {
      roundId: R.jeddah,
      outcome: 'collapsed',
      summary:
        'The talks collapse less than 24 hours after opening; the Iraqi delegation returns to Baghdad. Kuwait: Iraq demanded it write off the debts and give up territory.',
    },
    [S.lat0801, S.lat0802],
  ),
  ev(
    'StatementMade',
    'stmt-hammadi',
    when('1990-08-01'),
    {
      speaker: HAMMADI,
      audience: 'kuwait',
      tone: 'accusation',
      summary:
        'Iraq gave up on the talks because it "did not see any seriousness by the Kuwaiti officials in tackling the major damage inflicted on Iraq".',
    },
    [S.lat0802],
  ),
  // ===== August 1990: the invasion and the occupation =====
  ev(
    'IncidentReported',
    'inc-invasion',
    when('1990-08-02T02:00:00+03:00'),
    {
      incidentId: 'iraqi-invasion-1990-08-02',
      kind: 'clash',
      perpetrator: 'iraq',
      against: 'kuwait',
      place: P.kuwait,
      scale: 'major',
      fatalities: { min: 420, max: 420 },
      description:
        'Iraqi forces invade Kuwait at about 02:00 local time; within two days most of the Kuwaiti armed forces are overrun by the Republican Guard or fall back to Saudi Arabia and Bahrain. Wikipedia counts 420 Kuwaiti dead (and 295 Iraqi, the attackers’ loss, not in the count).',
    },
    [S.res660, graded(S.wpInvasion, 3)],
  ),
  ev(
    'StatementMade',
    'stmt-kuwait-appeal',
    when('1990-08-02'),
    {
      speaker: KUWAIT_ENVOY,
      audience: 'iraq',
      tone: 'accusation',
      summary:
        "Kuwait appeals to all its friends, the United States included, for military help against Iraq's invasion.",
      quote: 'We would like to have military assistance in order to survive.',
    },
    [S.bbc2000],
  ),
  ev(
    'DemandTabled',
    'dem-660',
    when('1990-08-02'),
    {
      demandId: D.withdraw,
      by: 'un-security-council',
      addressedTo: ['iraq'],
      text: 'Withdraw immediately and unconditionally all forces to the positions of 1 August 1990 (resolution 660)',
      category: 'territorial',
    },
    [S.res660],
  ),
  ev(
    'StatementMade',
    'stmt-arab-league-0803',
    when('1990-08-03'),
    {
      speaker: ARAB_FMS,
      audience: 'iraq',
      tone: 'critical',
      summary: "The Arab League's foreign ministers vote 14 to 1 to condemn Iraq's invasion of Kuwait.",
    },
    [S.worldhistory],
  ),
  ev(
    'IncidentReported',
    'inc-kuwait-city-0803',
    when('1990-08-03'),
    {
      incidentId: 'kuwait-city-fighting-1990-08-03',
      kind: 'shelling',
      perpetrator: 'iraq',
      against: 'kuwait',
      place: P.kuwaitCity,
      description:
        "Shelling and gunfire shake parts of Kuwait's capital: a last-ditch attempt by Kuwaiti forces to hold out against the Iraqi army.",
    },
    [S.lat0803],
  ),
  ev(
    'IncidentReported',
    'inc-occupation',
    when('1990-08-04'),
    {
      incidentId: 'iraqi-occupation-of-kuwait',
      kind: 'occupation',
      perpetrator: 'iraq',
      against: 'kuwait',
      place: P.kuwait,
      description:
        'The two-day operation is over: Iraq holds all of Kuwait, sets up a "Provisional Government of Free Kuwait" and begins seven months of occupation.',
    },
    [S.wpInvasion, S.wars20],
  ),
  ev(
    'StatementMade',
    'stmt-iraq-pullout-claim',
    when('1990-08-05'),
    {
      speaker: IRAQ_GOV,
      audience: 'international',
      tone: 'neutral',
      summary:
        'Iraq says it began pulling troops out of Kuwait and will withdraw more on Tuesday; officials and diplomats in the region see no evidence of any significant withdrawal.',
    },
    [S.lat0806],
  ),
  ev(
    'StatementMade',
    'stmt-merger',
    when('1990-08-08'),
    {
      speaker: RCC,
      audience: 'kuwait',
      tone: 'threat',
      summary:
        'Iraq announces the political and territorial merger of Iraq and Kuwait (on 28 August Kuwait is declared its 19th province).',
    },
    [S.wars20, S.keesings],
  ),
  ev(
    'ThirdPartyEngagement',
    'tpe-us-saudi',
    when('1990-08-07', 'approximate'),
    {
      actorId: 'united-states',
      counterparts: ['saudi-arabia', 'kuwait'],
      kind: 'support',
      summary:
        'United States troops, backed by European, Arab and Asian forces, are dispatched to Saudi Arabia to shield the kingdom and press Iraq to leave Kuwait.',
    },
    [S.keesings],
  ),
  // ===== November 1990 – January 1991: the ultimatum and the air war =====
  ev(
    'UltimatumIssued',
    'ult-678',
    when('1990-11-29'),
    {
      ultimatumId: U.res678,
      by: 'un-security-council',
      to: ['iraq'],
      demandIds: [D.withdraw],
      deadline: '1991-01-15T23:59:00-05:00',
      consequences:
        'Member states co-operating with the Government of Kuwait are authorised to use all necessary means to uphold and implement resolution 660.',
      channel: 'Security Council resolution 678',
    },
    [S.res678],
  ),
  ev(
    'StatementMade',
    'stmt-fahd-jan',
    when('1991-01-14', 'approximate'),
    {
      speaker: FAHD,
      audience: 'iraq',
      tone: 'warning',
      summary:
        'In mid-January King Fahd sends Saddam Hussein a message calling for the immediate withdrawal of Iraqi forces from Kuwait and from the Saudi border; no answer comes.',
    },
    [S.kinstra],
  ),
  ev(
    'UltimatumResolved',
    'ult-678-enforced',
    when('1991-01-17'),
    {
      ultimatumId: U.res678,
      resolution: 'enforced',
      summary: 'The coalition opens the air war (Operation Desert Storm).',
    },
    [S.kuna2020],
  ),
  ev(
    'IncidentReported',
    'inc-air-war-coalition',
    when('1991-01-17'),
    {
      incidentId: 'desert-storm-air-campaign-1991-01-17',
      kind: 'airstrike',
      perpetrator: 'united-states',
      against: 'iraq',
      place: 'Iraq and Iraqi-occupied Kuwait',
      description:
        'The coalition air campaign opens: some 400 warplanes and 1,200 sorties on the first day, Tomahawks on targets in Iraq and Kuwait.',
    },
    [S.kuna2020],
  ),
  ev(
    'IncidentReported',
    'inc-air-war-kuwait',
    when('1991-01-17'),
    {
      incidentId: 'kuwaiti-air-force-1991-01-17',
      kind: 'airstrike',
      perpetrator: 'kuwait',
      against: 'iraq',
      place: P.kuwait,
      description:
        'The Kuwaiti air force flies among the first day’s strikes (302 of the 1,200 sorties were Saudi and Kuwaiti), hitting airports, Iraqi artillery positions and troop concentrations inside Kuwait.',
    },
    [S.kuna2020],
  ),
  // ===== February 1991: the ground war and the liberation =====
  ev(
    'IncidentReported',
    'inc-ground-offensive',
    when('1991-02-24'),
    {
      incidentId: 'liberation-of-kuwait-offensive-1991-02-24',
      kind: 'clash',
      perpetrator: 'kuwait',
      against: 'iraq',
      place: P.kuwait,
      scale: 'major',
      description:
        'The coalition launches "a major ground offensive into Iraqi-occupied Kuwait"; Kuwaiti troops advance with the Arab forces of the multinational coalition.',
    },
    [S.wpLiberation, S.lat0227],
  ),
  ev(
    'StatementMade',
    'stmt-saddam-withdraw',
    when('1991-02-26'),
    {
      speaker: SADDAM,
      audience: 'international',
      tone: 'critical',
      summary:
        'Saddam orders his troops to withdraw from Kuwait immediately, because of "the aggression of 30 countries against Iraq".',
    },
    [S.bbc0226],
  ),
  ev(
    'IncidentReported',
    'inc-airport-battle',
    when('1991-02-26'),
    {
      incidentId: 'kuwait-airport-battle-1991-02-26',
      kind: 'clash',
      perpetrator: 'united-states',
      against: 'iraq',
      place: 'Kuwait International Airport',
      description: 'US Marines fight an intense tank battle with Iraqi armoured units at Kuwait International Airport.',
    },
    [S.bbc0226, S.lat0227],
  ),
  ev(
    'IncidentReported',
    'inc-withdrawal-kuwait',
    when('1991-02-27'),
    {
      incidentId: 'iraqi-withdrawal-from-kuwait-1991-02-27',
      kind: 'withdrawal',
      perpetrator: 'iraq',
      against: 'kuwait',
      place: P.kuwait,
      description:
        'Iraqi forces flee Kuwait City; Arab coalition forces march unopposed into the capital at daybreak and the Kuwaiti army returns: "Kuwait is liberated".',
    },
    [S.wp0228, S.pal0227],
  ),
  ev(
    'CeasefireDeclared',
    'cf-suspension',
    when('1991-02-28T05:00:00Z'),
    {
      ceasefireId: CF.suspension,
      parties: ['united-states', 'kuwait', 'iraq'],
      scope:
        'All United States and coalition forces suspend offensive combat operations from midnight EST, as long as Iraq does not attack coalition forces or fire missiles at any country',
      duration: 'temporary',
    },
    [S.bush0227, S.pal0227],
    {
      note: "The coalition's suspension, Kuwait's forces included; Iraq's compliance decides whether it becomes permanent.",
    },
  ),
  // ===== March – April 1991: Safwan and resolution 687 =====
  ev(
    'DemandTabled',
    'dem-686-prisoners',
    when('1991-03-02'),
    {
      demandId: D.prisoners,
      by: 'un-security-council',
      addressedTo: ['iraq'],
      text: 'Release all prisoners, Kuwaitis and nationals of third countries held by Iraq (resolution 686)',
      category: 'humanitarian',
    },
    [S.dod2000],
    {
      note: 'Kuwait counts 605 missing who never returned (570 Kuwaitis) after the ICRC repatriated 6,272; Iraq gave incomplete information on 126 of them by 2000.',
    },
  ),
  ev(
    'TalksRoundOpened',
    'round-safwan-opened',
    when('1991-03-03'),
    {
      roundId: R.safwan,
      label: 'Safwan ceasefire talks',
      format: 'formal',
      venue: 'Safwan airfield, Iraq',
      hosts: ['united-states', 'saudi-arabia'],
      delegations: [
        {
          actorId: 'united-states',
          head: {
            name: 'Gen. H. Norman Schwarzkopf',
            title: 'Commander, US Central Command',
            actorId: 'united-states',
          },
        },
        {
          actorId: 'iraq',
          head: { name: 'Lt. Gen. Sultan Hashim Ahmad', title: 'Commander, Iraqi III Corps', actorId: 'iraq' },
        },
        { actorId: 'kuwait', head: { name: 'Maj. Gen. Jaber al-Sabah', actorId: 'kuwait' } },
      ],
    },
    [S.wp0304, S.deseret0304],
    { occurrence: 'safwan-1991-03-03' },
  ),
  ev(
    'TalksRoundConcluded',
    'round-safwan-concluded',
    when('1991-03-03'),
    {
      roundId: R.safwan,
      outcome: 'agreement',
      summary:
        'In two hours the Iraqi generals accept all the coalition’s conditions for a permanent ceasefire; Baghdad accepts resolution 686 the same day.',
    },
    [S.wp0304],
    { occurrence: 'safwan-1991-03-03' },
  ),
  ev(
    'DemandTabled',
    'dem-687-boundary',
    when('1991-04-03'),
    {
      demandId: D.boundary,
      by: 'un-security-council',
      addressedTo: ['iraq'],
      text: 'Respect the inviolability of the Iraq–Kuwait boundary, to be demarcated with the Secretary-General’s help, and pay for the damage of the occupation (resolution 687)',
      category: 'territorial',
    },
    [S.bsun0407],
  ),
  ev(
    'AgreementReached',
    'agr-687',
    when('1991-04-06'),
    {
      agreementId: A.res687,
      kind: 'ceasefire',
      provisions: [
        'A formal ceasefire between Iraq and Kuwait and the member states co-operating with Kuwait, on Iraq’s acceptance',
        'A UN observer force in a demilitarised zone along the border',
        'The destruction of Iraq’s chemical and biological weapons and long-range missiles',
        'Reparations to Kuwait from Iraq’s oil revenues',
      ],
      signatories: ['iraq', 'kuwait', 'united-states'],
      textPublic: true,
      status: 'in-force',
    },
    [S.bsun0407, S.lat0407],
    {
      note: 'The Security Council\'s resolution 687 (3 April), accepted by Iraq\'s National Assembly on 6 April ("unjust", "no alternative"). Kuwait\'s envoy found Iraq\'s letter too conditional.',
      occurrence: 'res-687-accepted-1991-04-06',
    },
  ),
  ev(
    'CeasefireDeclared',
    'cf-687',
    when('1991-04-06'),
    {
      ceasefireId: CF.res687,
      parties: ['iraq', 'kuwait', 'united-states'],
      scope: 'The permanent ceasefire of resolution 687, activated by Iraq’s acceptance',
      duration: 'indefinite',
      mediatedBy: ['un-security-council'],
    },
    [S.bsun0407],
    { occurrence: 'res-687-accepted-1991-04-06' },
  ),
  ev(
    'CeasefireEnded',
    'cf-suspension-superseded',
    when('1991-04-06'),
    {
      ceasefireId: CF.suspension,
      reason: 'superseded',
      summary: 'Superseded by the formal ceasefire of resolution 687.',
    },
    [S.bsun0407],
    { occurrence: 'res-687-accepted-1991-04-06' },
  ),
  ev(
    'PositionTaken',
    'pos-iraq-687',
    when('1991-04-06'),
    {
      demandId: D.boundary,
      actorId: 'iraq',
      stance: 'accepted',
      quote: 'Iraq has found itself facing only one choice - that it must accept Resolution 687.',
    },
    [S.lat0407],
  ),
  // ===== 1992–93: the boundary rejected, the raid at Umm Qasr =====
  ev(
    'PositionTaken',
    'pos-iraq-boundary-rejected',
    when('1992-06-01'),
    {
      demandId: D.boundary,
      actorId: 'iraq',
      stance: 'rejected',
      conditions: 'Iraq rejects the findings of the UN Iraq–Kuwait Boundary Demarcation Commission.',
      speaker: SAMARAI,
    },
    [S.mees0608],
  ),
  ev(
    'StatementMade',
    'stmt-samarai',
    when('1992-06-01'),
    {
      speaker: SAMARAI,
      audience: 'un-security-council',
      tone: 'warning',
      summary: 'In a letter to Boutros-Ghali Iraq rejects the commission’s line.',
      quote: 'Imposing the border by force would leave the region in a state of boiling tension.',
    },
    [S.mees0608],
  ),
  ev(
    'IncidentReported',
    'inc-umm-qasr-raid',
    when('1993-01-10'),
    {
      incidentId: 'umm-qasr-raid-1993-01-10',
      kind: 'occupation',
      perpetrator: 'iraq',
      against: 'kuwait',
      place: P.ummQasr,
      description:
        'About 200 Iraqis cross the Kuwaiti border in heavy vehicles, brush aside UN observers and take arms, among them 15 Silkworm missiles, from bunkers in the demilitarised zone; they vow to level the area unless the UN troops withdraw. No shot, no casualty.',
    },
    [S.bsun930111, S.indep930111],
  ),
  ev(
    'IncidentReported',
    'inc-umm-qasr-back',
    when('1993-01-10'),
    {
      incidentId: 'umm-qasr-raid-back-1993-01-10',
      kind: 'withdrawal',
      perpetrator: 'iraq',
      against: 'kuwait',
      place: P.ummQasr,
      description: 'Within 90 minutes the raiders load the arms and return to Iraq.',
    },
    [S.indep930111],
  ),
  ev(
    'DemandTabled',
    'dem-833',
    when('1993-05-27'),
    {
      demandId: D.boundary833,
      by: 'un-security-council',
      addressedTo: ['iraq', 'kuwait'],
      text: 'Respect the inviolability of the international boundary demarcated by the commission, whose decisions are final (resolution 833)',
      category: 'territorial',
    },
    [S.res833],
  ),
  // ===== October – November 1994: the build-up, the pull-back, the recognition =====
  ev(
    'IncidentReported',
    'inc-buildup-1994',
    when('1994-10-07'),
    {
      incidentId: 'iraqi-buildup-1994-10',
      kind: 'force-posture',
      perpetrator: 'iraq',
      against: 'kuwait',
      place: P.border,
      description:
        'Iraq masses troops near the border from 6 October: 40,000 to 64,000 by US counts, two Republican Guard divisions and some 700 tanks, the lead units within 12 miles of Kuwait.',
    },
    [S.roanoke941008, S.bsun941009],
  ),
  ev(
    'IncidentReported',
    'inc-kuwait-mobilises',
    when('1994-10-08'),
    {
      incidentId: 'kuwait-mobilisation-1994-10-08',
      kind: 'force-posture',
      perpetrator: 'kuwait',
      against: 'iraq',
      place: P.border,
      description: 'Kuwait calls up its reserves and moves 15,000 troops, backed by tanks, to the border.',
    },
    [S.ap941010, S.roanoke941008],
  ),
  ev(
    'StatementMade',
    'stmt-al-iraq',
    when('1994-10-08'),
    {
      speaker: AL_IRAQ,
      audience: 'un-security-council',
      tone: 'threat',
      summary:
        'The government paper warns that unless the sanctions are lifted, "the anger of the patient will erupt".',
      quote: 'The anger of the patient will erupt in order to compensate for the pains of this patience.',
    },
    [S.ap941010],
  ),
  ev(
    'ThirdPartyEngagement',
    'tpe-vigilant-warrior',
    when('1994-10-08'),
    {
      actorId: 'united-states',
      counterparts: ['kuwait'],
      kind: 'support',
      summary:
        'Operation Vigilant Warrior: the United States orders 4,000 troops of the 24th Mechanized Division and Patriot batteries to Kuwait, after the carrier George Washington and 2,000 Marines.',
    },
    [S.bsun941009],
  ),
  ev(
    'IncidentReported',
    'inc-pullback-1994',
    when('1994-10-11'),
    {
      incidentId: 'iraqi-pullback-1994-10-11',
      kind: 'withdrawal',
      perpetrator: 'iraq',
      against: 'kuwait',
      place: P.border,
      description:
        'Iraq begins withdrawing its forces from the border; units move to rail stations for loading (the Pentagon: "fairly broad movement").',
    },
    [S.roanoke941012],
  ),
  ev('ActorRegistered', 'actor-russia', when('1994-11-08'), { actor: RUSSIA, role: 'mediator' }, [S.kozyrev]),
  ev(
    'MediationAction',
    'med-kozyrev',
    when('1994-11-09'),
    {
      mediator: 'russia',
      action: 'visited',
      summary:
        'Kozyrev flies to Baghdad for a final round of talks on Iraq’s recognition of Kuwait, after Aziz’s visit to Moscow.',
    },
    [S.kozyrev],
  ),
  ev(
    'PositionTaken',
    'pos-iraq-recognition',
    when('1994-11-10'),
    {
      demandId: D.boundary,
      actorId: 'iraq',
      stance: 'accepted',
      quote:
        'Iraq recognizes the sovereignty of the State of Kuwait, its territorial integrity and political independence.',
      speaker: RCC,
    },
    [S.wp941111, S.lat941111],
    { occurrence: 'iraq-recognises-kuwait-1994-11-10' },
  ),
  ev(
    'PositionTaken',
    'pos-iraq-833',
    when('1994-11-10'),
    {
      demandId: D.boundary833,
      actorId: 'iraq',
      stance: 'accepted',
      conditions: 'Iraq accepts the border drawn by the UN commission.',
      speaker: RCC,
    },
    [S.wp941111],
    { occurrence: 'iraq-recognises-kuwait-1994-11-10' },
  ),
  ev(
    'StatementMade',
    'stmt-recognition',
    when('1994-11-10'),
    {
      speaker: RCC,
      audience: 'kuwait',
      tone: 'conciliatory',
      summary:
        'The Revolutionary Command Council\'s decree, signed by Saddam and endorsed by the National Assembly, recognises Kuwait\'s sovereignty and the border drawn by the UN commission, in order "to comply fully with all relevant resolutions".',
    },
    [S.wp941111, S.lat941111],
    { occurrence: 'iraq-recognises-kuwait-1994-11-10' },
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'iraq-kuwait-1990.jsonl',
  logEnd: '2026-12-31T00:00:00Z',
  events,
};

export default definition;
