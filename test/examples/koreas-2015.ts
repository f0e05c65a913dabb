/**
 * A test fixture, not a shipped example: North Korea and South Korea from the landmine blasts in the Demilitarized
 * Zone near Paju (4 August 2015) to the closing of the Kaesong industrial complex (February 2016), as an analyst
 * following the news could have recorded it — the blasts that maimed two South Korean staff sergeants on patrol, the
 * South's finding that North Korean soldiers had planted the mines and its resumption of loudspeaker propaganda after
 * eleven years (10 August), the North's denial (14 August) and its front-line command's threat of "indiscriminate
 * strikes" (15 August), the exchange of fire at Yeoncheon (20 August: the North's shells at a loudspeaker, the South's
 * answer with dozens of 155 mm rounds, no casualties reported), the North's 48-hour ultimatum (20–22 August), Kim Jong
 * Un's "quasi-state of war" on the front, the submarines leaving their bases and the artillery doubled, the marathon
 * high-level talks at Panmunjom (22–25 August), the joint agreement of 25 August (the North's "regret", the
 * loudspeakers switched off at noon, the quasi-state of war lifted, family reunions), the Red Cross agreement and the
 * reunions at Mount Kumgang (October), the vice-ministerial talks that ended without agreement (December), and the
 * drift back after the North's nuclear test of 6 January 2016 (the loudspeakers resumed on 8 January, Kaesong closed
 * by the South on 10 February and seized by the North on 11 February). Escalation model v2 was never tuned on it: it is
 * the case the model is held to in koreas-2015.spec.ts, against the calls an analyst makes from DOMAIN.md §5b alone.
 * (koreas-2010.ts and korea-2018.ts are other negotiations between the same pair, with their own ids; nothing of theirs
 * is recorded here.)
 *
 * What it tests that the other cases did not: an attack blamed on the other party six days after it, with no armed
 * exchange (coercion); one exchange of fire at one place without casualties (armed action, not heavy); an ultimatum
 * with a deadline; force posture at the border while the talks sit; talks that produce an agreement within three days,
 * the agreement implemented (and when that reads cooperative); and a later test that ends the calm.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration file's coverage do not change. Built and
 * checked with the same builder as the shipped cases (examples/case-builder.ts): every event replays through `decide`
 * and cites a dated, graded public source.
 *
 * Grading as in examples/README.md: B = an established outlet or a wire copy in one (Reuters, AP, AFP, Yonhap via the
 * Korea Times, Xinhua, KBS, Arirang, Channel 4, Euronews, DW, VOA, the Washington Times, the Inquirer, the Indian
 * Express, ABC Australia, Al Jazeera, Korea.net, the Ministry of Unification); C = a smaller outlet, an aggregator, a
 * copy of a wire story on another site or an encyclopedia mirror (the Korea Times US, AsiaOne, Belle News, the Korea
 * Post, The Speaker News Journal, Townhall's AP copy, the Missile Defense Advocacy Alliance's Reuters copy, a
 * Wikipedia mirror); 1 = an act or text both sides confirm (the joint statement of 25 August); 2 = on-record
 * statements and facts several outlets agree on, or one established outlet reports; 3 = one side's unverified account
 * or a single small outlet.
 *
 * Dates of sources: contemporary reports by their own date. The Wikipedia mirror is given a lower bound from its own
 * content: the day of the development it is cited for.
 *
 * Judgement calls, recorded as an analyst would:
 * - The pair is North Korea and South Korea (the parties); nobody mediates between them: the talks of August were held
 *   between the two, and the Red Cross societies are each side's own channel. The United States (the joint exercise
 *   Ulchi Freedom Guardian, the simulated bombing run), China and the UN Command (which blamed the North for the mines
 *   and asked for general-officer talks) are third parties. Nothing of theirs is recorded as the pair's; the UN
 *   Command's finding is its own statement and lays no blame in the catalogue's sense (it is not a party).
 * - The blasts (4 August, about 07:40 local time: 3 August, 22:40 UTC) are recorded as the sources had them on the day:
 *   mines of unknown origin that wounded two soldiers, claimed by no one (`militant-attack` without a perpetrator, as
 *   the Cheonan is in the 2010 case). The blame is laid on 10 August by the South's Ministry of National Defense, on
 *   the joint investigation's finding that North Korean soldiers had crossed the line and planted wooden-box mines
 *   (`blames`). Planting mines is not an exchange of fire, and no one fired: the analyst reads an attack blamed on the
 *   other party, coercion.
 * - The loudspeakers resumed on 10 August (17:00 local) are the defence minister's statement (`warning`: "a severe
 *   price"), not an incident: they are propaganda, not force. The North's own broadcasts (from 17 August) likewise.
 * - The exchange of fire of 20 August: the North fired a 14.5 mm anti-aircraft round at 15:52 local time (06:52 UTC)
 *   and 76.2 mm shells about twenty minutes later towards a loudspeaker on the western front at Yeoncheon (one act, the
 *   first time given); the South answered about an hour later with tens of 155 mm rounds (29 in NBC's count) at the
 *   origin of the fire (dated approximately, 08:00 UTC). No casualties were reported by either side: recorded as 0 on
 *   the South's side and 0 on the North's, which is what the sources say and not more. The North denied firing (21
 *   August). Both acts are at one place, written one way: the western front at Yeoncheon.
 * - The ultimatum: the North's General Staff letter of about 17:00 on 20 August (08:00 UTC) gave the South 48 hours to
 *   stop the broadcasts and remove the loudspeakers or face "strong military action" — deadline 17:00 on 22 August
 *   (08:00 UTC). The deadline passed without the threatened action and the talks opened about ninety minutes later: it
 *   is resolved `lapsed` at the deadline. The South's agreement of 25 August to switch the loudspeakers off meets the
 *   demand it enforced; that is recorded as the South's position on the demand (`accepted`), not as the ultimatum met.
 * - Kim Jong Un's order (the Central Military Commission's emergency meeting of the night of 20 August, effective 17:00
 *   on 21 August: 08:00 UTC) putting the front-line units in a "quasi-state of war", the submarines away from their
 *   bases and the front-line artillery doubled (South Korean Defense Ministry, 23 August, as of the 22nd), and the
 *   South Korean and US jets' simulated bombing run near the border (22 August) are shows of force (`force-posture`),
 *   not armed action: no fire at the other party. The joint exercise Ulchi Freedom Guardian (from 17 August) is
 *   recorded as South Korea's force posture, the United States being its partner.
 * - The joint statement of 25 August (talks concluded at 00:55 local time, 15:55 UTC on 24 August) is an agreement of
 *   kind `partial` — it ends the stand-off and sets out measures, it is not a ceasefire (no fighting was going on to
 *   stop) — with the text agreed, and in force from noon on 25 August (03:00 UTC), when the loudspeakers were switched
 *   off and the North lifted its quasi-state of war. Hwang Pyong So's remark the same day that the South had learned
 *   that a "groundless case" would bring "an armed clash" is a `warning` (C3: one small outlet).
 * - The Red Cross agreement of 8 September (reunions at Mount Kumgang on 20–26 October) is an agreement of kind
 *   `partial`, being implemented (no status recorded). The reunions are recorded as the South's account of them.
 * - The vice-ministerial talks at Kaesong (11–12 December) ended without agreement and without a next date; the North
 *   blamed the South and told it that no further discussion was needed (the Korea Times), while neither side renounced
 *   the dialogue of 25 August: `no-progress`, not `collapsed`, with the North's blame as an `accusation`.
 * - The nuclear test of 6 January 2016 (10:00 local, 01:30 UTC) and the rocket launch of 7 February are the North's
 *   shows of force, aimed at no one in particular by the sources (no `against`). The South called the test a "grave
 *   violation" of the agreement of 25 August and switched the loudspeakers back on at noon on 8 January (03:00 UTC): the
 *   agreement is recorded `suspended` by South Korea (it stopped applying the loudspeaker clause, under the clause's
 *   own "unless an abnormal case occurs", it said). Kim Ki Nam's "brink of war" is an `accusation`; the vice minister
 *   of the People's Armed Forces Ro Kwang Chol's "sacred war of retaliation" if any spark touches the North (KBS) a
 *   `military-threat`.
 * - Kaesong: the South's suspension of the complex (10 February 2016), withdrawing its people, and the North's
 *   expulsion of them and declaration of a military control zone (11 February) are each a closure against the other
 *   party (`border-closure`), at one place written one way. No reopening is recorded: the complex stayed closed.
 * - Left out: the South's partial restriction of entry to Kaesong on 7 January 2016 (it restricted, not closed); the
 *   North cutting the hotlines (February 2016, no dated source read); the evacuation of border villages (in the text of
 *   the exchange of fire); the US B-52 flight of 10 January 2016 (no source read here).
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'koreas-landmine-crisis-2015';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 2015);
/** A recordedAt on a given day (the case spans two years). */
const rec = (day: string, time: string): string => `${day}T${time}:00Z`;

const NORTH: Actor = {
  id: 'north-korea',
  name: 'North Korea',
  kind: 'state',
  aliases: ["Democratic People's Republic of Korea", 'DPRK', 'Pyongyang'],
};
const SOUTH: Actor = {
  id: 'south-korea',
  name: 'South Korea',
  kind: 'state',
  aliases: ['Republic of Korea', 'ROK', 'Seoul'],
};
const USA: Actor = { id: 'united-states', name: 'United States', kind: 'state', aliases: ['US', 'Washington'] };
const CHINA: Actor = { id: 'china', name: 'China', kind: 'state', aliases: ["People's Republic of China", 'Beijing'] };
const UNC: Actor = {
  id: 'un-command',
  name: 'United Nations Command',
  kind: 'international-organisation',
  aliases: ['UNC', 'UN Command'],
};

const SOUTH_MND: Person = { name: 'Ministry of National Defense of South Korea', actorId: 'south-korea' };
const SOUTH_JCS: Person = { name: 'Joint Chiefs of Staff of South Korea', actorId: 'south-korea' };
const HAN: Person = { name: 'Han Min-koo', title: 'Defense Minister of South Korea', actorId: 'south-korea' };
const PARK: Person = { name: 'Park Geun-hye', title: 'President of South Korea', actorId: 'south-korea' };
const KIM_KWAN_JIN: Person = {
  name: 'Kim Kwan-jin',
  title: 'National Security Adviser to the President of South Korea',
  actorId: 'south-korea',
};
const HONG: Person = { name: 'Hong Yong-pyo', title: 'Unification Minister of South Korea', actorId: 'south-korea' };
const HWANG_BOO_GI: Person = {
  name: 'Hwang Boo-gi',
  title: 'Vice Unification Minister of South Korea',
  actorId: 'south-korea',
};
const CHO: Person = {
  name: 'Cho Tae-yong',
  title: 'First deputy director of the National Security Office of South Korea',
  actorId: 'south-korea',
};
const SOUTH_GOV: Person = { name: 'Government of South Korea', actorId: 'south-korea' };
const SOUTH_RED_CROSS: Person = { name: 'Korean Red Cross (South)', actorId: 'south-korea' };
const NDC: Person = { name: 'National Defence Commission of the DPRK (policy department)', actorId: 'north-korea' };
const KPA_FRONT: Person = { name: 'Front-line Command of the Korean People’s Army', actorId: 'north-korea' };
const NORTH_GOV: Person = { name: 'Government of North Korea (KCNA)', actorId: 'north-korea' };
const HWANG_PYONG_SO: Person = {
  name: 'Hwang Pyong So',
  title: 'Director of the General Political Bureau of the Korean People’s Army',
  actorId: 'north-korea',
};
const KIM_YANG_GON: Person = {
  name: 'Kim Yang Gon',
  title: 'Secretary of the Workers’ Party, director of the United Front Department',
  actorId: 'north-korea',
};
const JON_JONG_SU: Person = {
  name: 'Jon Jong Su',
  title: 'Vice director of the secretariat of the Committee for the Peaceful Reunification of Korea',
  actorId: 'north-korea',
};
const CPRK: Person = { name: 'Committee for the Peaceful Reunification of Korea', actorId: 'north-korea' };
const KIM_KI_NAM: Person = {
  name: 'Kim Ki Nam',
  title: 'Head of the Workers’ Party propaganda department',
  actorId: 'north-korea',
};
const RO_KWANG_CHOL: Person = {
  name: 'Ro Kwang Chol',
  title: 'Vice minister of the People’s Armed Forces of North Korea',
  actorId: 'north-korea',
};
const UNC_SPEAKER: Person = { name: 'United Nations Command', actorId: 'un-command' };

const LANDMINE_URL = 'https://nzt-eth.ipns.dweb.link/wiki/DMZ_Landmine_Provocation_by_North_Korea.html';
/** The Wikipedia article on the blasts (a mirror), dated by the development it is cited for (see the header). */
const wp = (day: string) =>
  source('DMZ Landmine Provocation by North Korea', 'Wikipedia (mirror)', LANDMINE_URL, day, 'C', 2);

const S = {
  kt0810: source(
    'Seoul resumes loudspeaker propaganda',
    'The Korea Times',
    'http://koreatimes.co.kr/www/news/nation/2015/08/116_184553.html',
    '2015-08-10',
    'B',
    2,
  ),
  asia0811: source(
    'Seoul resumes border broadcasts after 11 years',
    'AsiaOne (The Korea Herald)',
    'https://www.asiaone.com/asia/seoul-resumes-border-broadcasts-after-11-years',
    '2015-08-11',
    'C',
    2,
  ),
  ie0814: source(
    'North Korea denies role in mine blasts that maimed two South Koreans',
    'The Indian Express (Associated Press)',
    'https://indianexpress.com/article/world/asia/north-korea-denies-role-in-mine-blasts-that-maimed-two-south-koreans/',
    '2015-08-14',
    'B',
    2,
  ),
  ktus0814: source(
    'N. Korea denies role in DMZ mine blasts, demands proof',
    'The Korea Times US (Yonhap)',
    'http://www.koreatimesus.com/n-korea-denies-role-in-dmz-mine-blasts-demands-proof/',
    '2015-08-14',
    'C',
    2,
  ),
  inq0815: source(
    'N. Korea threatens imminent strikes against South, warns US',
    'Philippine Daily Inquirer (Agence France-Presse)',
    'https://newsinfo.inquirer.net/713242/n-korea-threatens-imminent-strikes-against-south-warns-us',
    '2015-08-15',
    'B',
    2,
  ),
  c4_0820: source(
    'Korean military tension: North and South exchange fire',
    'Channel 4 News',
    'https://www.channel4.com/news/korea-north-south-fire-tensions-exhange-border-projectile',
    '2015-08-20',
    'B',
    2,
  ),
  arirang0820: source(
    'North Korea fires rocket toward South’s loudspeakers',
    'Arirang News',
    'http://www.arirang.co.kr/News/News_View.asp?nseq=182506',
    '2015-08-20',
    'B',
    2,
  ),
  mda0820: source(
    'North and South Korea exchange artillery fire',
    'Missile Defense Advocacy Alliance (Reuters)',
    'https://missiledefenseadvocacy.org/threat-news/north-and-south-korea-exchange-artillery-fire/',
    '2015-08-20',
    'C',
    2,
  ),
  wt0820: source(
    'North Korea gives 48-hour ultimatum to South over border speakers',
    'The Washington Times',
    'https://www.washingtontimes.com/news/2015/aug/20/north-korea-gives-48-hour-ultimatum-south-border-s/',
    '2015-08-20',
    'B',
    2,
  ),
  ktus0820: source(
    'Kim Jong-un declares ‘quasi-state of war,’ orders full combat readiness',
    'The Korea Times US (Yonhap)',
    'http://www.koreatimesus.com/kim-jong-un-declares-quasi-state-of-war-orders-full-combat-readiness/',
    '2015-08-20',
    'C',
    2,
  ),
  euronews0821: source(
    'Stop propaganda or come under fire, Pyongyang warns Seoul',
    'Euronews (Reuters)',
    'https://www.euronews.com/2015/08/21/stop-propaganda-or-come-under-fire-pyongyang-warns-seoul',
    '2015-08-21',
    'B',
    2,
  ),
  ap0823: source(
    'Rival Koreas restart talks, pull back from brink _ for now',
    'Townhall (Associated Press)',
    'https://townhall.com/news/politics-elections/2015/08/23/s-korea-us-brace-for-n-korea-deadline-as-tension-mounts-n2042308',
    '2015-08-23',
    'C',
    2,
  ),
  dw0823: source(
    'Koreas restart talks as North mobilizes forces',
    'Deutsche Welle',
    'https://dw.com/en/north-korea-and-south-korea-reopen-talks-pyongyang-continues-to-mobilize-forces/a-18666912',
    '2015-08-23',
    'B',
    2,
  ),
  dw0824: source(
    'North, South Korea conclude talks',
    'Deutsche Welle (mirror)',
    'https://tiue.org/dw/en/north-south-korea-conclude-talks/a-18669838',
    '2015-08-24',
    'C',
    2,
  ),
  reuters0824: source(
    'North and South Korea reach agreement to end standoff',
    'Reuters',
    'http://in.reuters.com/article/northkorea-southkorea-idINL4N10Z59M20150824',
    '2015-08-24',
    'B',
    1,
  ),
  xinhua0825: source(
    '2nd LD Writethru: S. Korea, DPRK reach agreement after talks',
    'Xinhua (China.org.cn)',
    'http://en.chinagate.cn/2015-08/25/content_36404134.htm',
    '2015-08-25',
    'B',
    2,
  ),
  koreapost0825: source(
    'South and North dramatically reach an agreement',
    'The Korea Post',
    'http://www.koreapost.com/news/articleView.html?idxno=1032',
    '2015-08-25',
    'C',
    1,
  ),
  belle0824: source(
    'North Korea and South Korea Reach Agreement to Defuse Tension',
    'Belle News',
    'https://bellenews.com/2015/08/24/world/asia-news/north-korea-and-south-korea-reach-agreement-to-defuse-tension',
    '2015-08-25',
    'C',
    2,
  ),
  speaker0825: source(
    'Two Koreas reach deal after three-day marathon talks',
    'The Speaker News Journal',
    'http://thespeakernewsjournal.com/world/two-koreas-reach-deal-three-day-marathon-talks/',
    '2015-08-26',
    'C',
    3,
  ),
  news0830: source(
    'N Korea Red Cross agrees to hold talks on family reunion',
    'The News International (Agence France-Presse)',
    'https://www.thenews.com.pk/print/59517-n-korea-red-cross-agrees-to-hold-talks-on-family-reunion',
    '2015-08-30',
    'B',
    2,
  ),
  kbs0908: source(
    'Two Koreas agree to hold family reunions October 20 to 26',
    'KBS World Radio',
    'http://world.kbs.co.kr/service/news_view.htm?Seq_Code=113218&lang=e',
    '2015-09-08',
    'B',
    2,
  ),
  koreanet1021: source(
    'Separated families reunite after 65 years',
    'Korea.net',
    'https://www.korea.net/NewsFocus/Society/view?articleId=130620',
    '2015-10-21',
    'B',
    2,
  ),
  belle1024: source(
    'Korean Family Reunions 2015: Second Round Held at Mount Kumgang Resort',
    'Belle News',
    'https://bellenews.com/2015/10/24/world/asia-news/korean-family-reunions-2015-second-round-held-at-mount-kumgang-resort/',
    '2015-10-24',
    'C',
    2,
  ),
  xinhua1211: source(
    'S. Korea, DPRK to resume vice ministerial-level talks on Saturday',
    'Xinhua (China Daily)',
    'http://china.chinadaily.com.cn/shizheng/2015-12/11/content_22696810.htm',
    '2015-12-11',
    'B',
    2,
  ),
  xinhua1212: source(
    'Roundup: S.Korea, DPRK end vice ministers’ talks without any agreement',
    'Xinhua (China.org.cn)',
    'http://en.chinagate.cn/2015-12/12/content_37301474.htm',
    '2015-12-12',
    'B',
    2,
  ),
  xinhua1212b: source(
    'Seoul’s refusal to discuss core issues leads to failure of inter-Korean talks: DPRK',
    'Xinhua (China.org.cn)',
    'http://en.chinagate.cn/2015-12/12/content_37301654.htm',
    '2015-12-12',
    'B',
    2,
  ),
  unikorea1212: source(
    'Briefing on Results of the 1st Vice Minister-Level Talks',
    'Ministry of Unification of South Korea',
    'https://www.unikorea.go.kr/eng_unikorea/news/releases/?boardId=bbs_0000000000000034&mode=view&cntId=44121&category=&pageIdx=11',
    '2015-12-12',
    'B',
    2,
  ),
  dn0106: source(
    'North Korea says it tested a hydrogen bomb',
    'Democracy Now!',
    'https://democracynow.org/2016/1/6/headlines/north_korea_says_it_tested_a_hydrogen_bomb',
    '2016-01-06',
    'B',
    2,
  ),
  reuters0107: source(
    'South Korea to resume loudspeaker propaganda broadcasts against Pyongyang',
    'Reuters',
    'http://www.reuters.com/article/us-northkorea-nuclear-loudspeaker-idUSKBN0UL0T520160107',
    '2016-01-07',
    'B',
    2,
  ),
  voa0108: source(
    'South Korea Halts Aid, Inter-Korean Exchanges Over Nuclear Test',
    'Voice of America',
    'http://www.voanews.com/content/south-korea-halts-aid-inter-korean-exchanges-over-missile-test/3135782.html',
    '2016-01-08',
    'B',
    2,
  ),
  reuters0109: source(
    'North Korea says South’s propaganda broadcasts push situation to “brink of war”',
    'Reuters',
    'http://in.reuters.com/article/northkorea-nuclear-idINL3N14T00W20160109',
    '2016-01-09',
    'B',
    2,
  ),
  kbs0109: source(
    'North Korea’s first official reaction to the resumption of the South’s loudspeaker broadcasts (Arabic service)',
    'KBS World Radio',
    'http://rki.kbs.co.kr/service/news_view.htm?Seq_Code=44437&lang=a',
    '2016-01-09',
    'B',
    2,
  ),
  reuters0210: source(
    'South Korea suspends operations at joint factory park with North',
    'Reuters',
    'http://uk.reuters.com/article/northkorea-satellite-kaesong-idUKL3N15P1AY',
    '2016-02-10',
    'B',
    2,
  ),
  abc0210: source(
    'South Korea suspends operations at joint Kaesong factory complex over North Korea missile launch',
    'ABC News (Australia)',
    'http://www.abc.net.au/news/2016-02-10/skorea-to-suspend-operations-at-joint-industrial-park/7157890',
    '2016-02-10',
    'B',
    2,
  ),
  reuters0211: source(
    'North Korea expels South Korean workers from Kaesong, freezes assets',
    'Reuters',
    'http://uk.reuters.com/article/northkorea-satellite-expulsion-idUKS6N0S100P',
    '2016-02-11',
    'B',
    2,
  ),
  aj0211: source(
    'North Korea seizes joint industrial complex with South',
    'Al Jazeera',
    'https://www.aljazeera.com/news/2016/02/north-korea-seizes-joint-industrial-complex-south-160211161107629.html',
    '2016-02-11',
    'B',
    2,
  ),
};

/** One place, written one way (see the header). */
const P = {
  paju: 'DMZ south of the Military Demarcation Line near Paju',
  yeoncheon: 'Western front at Yeoncheon (DMZ)',
  front: 'Front line along the DMZ',
  kaesong: 'Kaesong Industrial Complex',
};
const D = { halt: 'north-halt-broadcasts', regret: 'south-responsibility-for-mines' };
const U = { broadcasts: 'north-48-hour-ultimatum-2015-08-20' };
const R = {
  panmunjom: 'panmunjom-high-level-2015-08',
  redCross: 'red-cross-working-talks-2015-09',
  viceMinisters: 'vice-ministerial-kaesong-2015-12',
};
const A = { aug25: 'joint-statement-2015-08-25', reunions: 'red-cross-reunions-2015-09-08' };
const MINES = 'dmz-landmines-2015-08-04';
const KAESONG_SOUTH = 'kaesong-suspended-2016-02-10';

const events = [
  // ===== 4 August 2015: the blasts =====
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '2015-08-03T22:40:00Z', recordedAt: rec('2015-08-04', '12:00') },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'North Korea – South Korea, the DMZ landmine crisis and the 25 August agreement, 2015–16',
      subject:
        'The landmine blasts in the DMZ near Paju, the loudspeakers, the exchange of fire of 20 August and the North’s ultimatum, the high-level talks at Panmunjom and their joint agreement of 25 August 2015, its implementation (the family reunions) and its end after the North’s nuclear test of January 2016',
      parties: [NORTH, SOUTH],
      mediators: [],
    },
    [wp('2015-08-04')],
  ),
  ev(
    'IncidentReported',
    'inc-mines',
    { occurredAt: '2015-08-03T22:40:00Z', recordedAt: rec('2015-08-04', '12:05') },
    {
      incidentId: MINES,
      kind: 'militant-attack',
      against: 'south-korea',
      target: 'A South Korean army patrol of the 1st Infantry Division',
      place: P.paju,
      fatalities: { min: 0, max: 0 },
      injured: { min: 2, max: 2 },
      description:
        'Two mines explode at the gate of the barbed-wire fence of the southern DMZ as a patrol passes, 440 m south of the demarcation line: one staff sergeant loses both legs, the other a leg. The cause is under investigation; no one claims it.',
    },
    [wp('2015-08-04')],
    { note: 'Recorded as the sources had it on the day: no perpetrator. The blame is laid on 10 August.' },
  ),
  // ===== 10 August: the finding, the loudspeakers =====
  ev(
    'ActorRegistered',
    'actor-unc',
    { occurredAt: '2015-08-10', recordedAt: rec('2015-08-11', '06:00') },
    { actor: UNC, role: 'third-party' },
    [S.kt0810],
    { note: 'The US-led command of the armistice; it took part in the investigation of the blasts.' },
  ),
  ev(
    'StatementMade',
    'stmt-mnd-blame',
    { occurredAt: '2015-08-10', recordedAt: rec('2015-08-11', '06:01') },
    {
      speaker: SOUTH_MND,
      audience: 'north-korea',
      tone: 'accusation',
      summary:
        'After a joint probe with the UN Command, the ministry and the Joint Chiefs of Staff find that North Korean soldiers crossed the demarcation line and deliberately planted three wooden-box mines of the North Korean army on the southern side; they call it a cowardly act that defies the armistice and the non-aggression agreements, and warn of "severe punishment".',
      quote:
        'It is almost clear that the enemy deliberately laid the three mines with the intention to harm South Korean forces',
      blames: { incidentId: MINES, on: 'north-korea' },
    },
    [S.kt0810, S.asia0811],
  ),
  ev(
    'StatementMade',
    'stmt-han-loudspeakers',
    { occurredAt: '2015-08-10T08:00:00Z', recordedAt: rec('2015-08-11', '06:02') },
    {
      speaker: HAN,
      audience: 'north-korea',
      tone: 'warning',
      summary:
        'The South resumes loudspeaker propaganda broadcasts in two front-line areas from 17:00, eleven years after the two Koreas agreed to stop them (June 2004), as the first step of its retaliation; visiting a guard post near the blast site, the minister orders the troops to respond firmly to any further provocation.',
      quote: 'I will have the enemy pay a severe price of its provocations',
    },
    [S.kt0810, S.asia0811],
  ),
  ev(
    'StatementMade',
    'stmt-unc-blame',
    { occurredAt: '2015-08-10', recordedAt: rec('2015-08-11', '06:03') },
    {
      speaker: UNC_SPEAKER,
      audience: 'north-korea',
      tone: 'accusation',
      summary:
        'The UN Command also blames Pyongyang for the blasts, calls them a violation of the Armistice Agreement and asks for general-officer talks with the Korean People’s Army.',
    },
    [S.kt0810],
  ),
  // ===== 14–17 August: the denial, the threat =====
  ev(
    'StatementMade',
    'stmt-ndc-denial',
    { occurredAt: '2015-08-14', recordedAt: rec('2015-08-14', '12:00') },
    {
      speaker: NDC,
      audience: 'south-korea',
      tone: 'accusation',
      summary:
        'The North denies planting the mines: it "makes no sense", it would have used strong firearms; it demands video proof and calls the charge a fabrication by "Park Geun-hye and her groups" to justify the broadcasts.',
      quote:
        'If our army really needs to achieve a military purpose, we would have used strong firearms, and not three units of mines',
    },
    [S.ie0814, S.ktus0814],
  ),
  ev(
    'StatementMade',
    'stmt-jcs-refutes',
    { occurredAt: '2015-08-14', recordedAt: rec('2015-08-14', '12:05') },
    {
      speaker: SOUTH_JCS,
      audience: 'north-korea',
      tone: 'warning',
      summary:
        'The Joint Chiefs of Staff reject the denial and say the North will suffer the consequences of its actions.',
    },
    [S.ktus0814],
  ),
  ev(
    'DemandTabled',
    'dem-halt',
    { occurredAt: '2015-08-15', recordedAt: rec('2015-08-15', '12:00') },
    {
      demandId: D.halt,
      by: 'north-korea',
      addressedTo: ['south-korea'],
      text: 'Stop the loudspeaker propaganda broadcasts at once and remove all means of psychological warfare along the front',
      category: 'security',
    },
    [S.inq0815],
  ),
  ev(
    'StatementMade',
    'stmt-front-command',
    { occurredAt: '2015-08-15', recordedAt: rec('2015-08-15', '12:01') },
    {
      speaker: KPA_FRONT,
      audience: 'south-korea',
      tone: 'military-threat',
      summary:
        'In an "open warning" carried by KCNA, the front-line command calls the broadcasts a direct declaration of war and says that unless they stop it will launch an all-out military action to blow up the loudspeakers along the whole front, with "indiscriminate strikes".',
      quote:
        'an all-out military action of justice to blow up all means for "anti-North psychological warfare" in all areas along the front',
    },
    [S.inq0815],
  ),
  ev(
    'ActorRegistered',
    'actor-us',
    { occurredAt: '2015-08-17', recordedAt: rec('2015-08-20', '10:00') },
    { actor: USA, role: 'third-party' },
    [S.c4_0820],
    { note: 'South Korea’s ally, with it in the annual exercise Ulchi Freedom Guardian.' },
  ),
  ev(
    'IncidentReported',
    'inc-ufg',
    { occurredAt: '2015-08-17', recordedAt: rec('2015-08-20', '10:01') },
    {
      incidentId: 'ulchi-freedom-guardian-2015',
      kind: 'force-posture',
      perpetrator: 'south-korea',
      against: 'north-korea',
      place: 'South Korea',
      description:
        'The annual South Korean–US exercise Ulchi Freedom Guardian begins (until 28 August), which the North regards as preparation for war.',
    },
    [S.c4_0820],
  ),
  ev(
    'StatementMade',
    'stmt-north-broadcasts',
    { occurredAt: '2015-08-17', recordedAt: rec('2015-08-20', '10:02') },
    {
      speaker: NORTH_GOV,
      audience: 'south-korea',
      tone: 'critical',
      summary: 'The North begins loudspeaker broadcasts of its own across the border.',
    },
    [S.c4_0820],
  ),
  // ===== 20 August: the exchange of fire and the ultimatum =====
  ev(
    'IncidentReported',
    'inc-north-fire',
    { occurredAt: '2015-08-20T06:52:00Z', recordedAt: rec('2015-08-20', '10:03') },
    {
      incidentId: 'north-fire-yeoncheon-2015-08-20',
      kind: 'shelling',
      perpetrator: 'north-korea',
      allegedBy: 'south-korea',
      against: 'south-korea',
      target: 'A South Korean propaganda loudspeaker',
      place: P.yeoncheon,
      fatalities: { min: 0, max: 0 },
      description:
        'The North fires a 14.5 mm anti-aircraft round at 15:52 local time, then several 76.2 mm shells about twenty minutes later, towards a loudspeaker on the western front; no damage or injuries in the South. Some 2,000 residents nearby are evacuated.',
    },
    [S.arirang0820, S.mda0820, S.c4_0820],
  ),
  ev(
    'IncidentReported',
    'inc-south-fire',
    { occurredAt: '2015-08-20T08:00:00Z', precision: 'approximate', recordedAt: rec('2015-08-20', '10:04') },
    {
      incidentId: 'south-fire-yeoncheon-2015-08-20',
      kind: 'shelling',
      perpetrator: 'south-korea',
      against: 'north-korea',
      target: 'The origin of the North’s fire',
      place: P.yeoncheon,
      fatalities: { min: 0, max: 0 },
      description:
        'About an hour after the North’s fire, the South answers with tens of 155 mm artillery rounds at the place it came from; no casualties are reported. The North does not return fire.',
    },
    [S.arirang0820, S.mda0820, S.c4_0820],
    { note: 'Dated approximately: "an hour or so after the attack" (Arirang).' },
  ),
  ev(
    'UltimatumIssued',
    'ult-48h',
    { occurredAt: '2015-08-20T08:00:00Z', recordedAt: rec('2015-08-20', '10:05') },
    {
      ultimatumId: U.broadcasts,
      by: 'north-korea',
      to: ['south-korea'],
      demandIds: [D.halt],
      deadline: '2015-08-22T08:00:00Z',
      consequences: 'Strong military action to destroy the loudspeakers',
      channel: 'A letter from the General Staff of the Korean People’s Army to the South’s military',
    },
    [S.wt0820, S.arirang0820, S.mda0820],
  ),
  ev(
    'StatementMade',
    'stmt-kim-yang-gon-letter',
    { occurredAt: '2015-08-20T08:00:00Z', precision: 'approximate', recordedAt: rec('2015-08-20', '10:06') },
    {
      speaker: KIM_YANG_GON,
      audience: 'south-korea',
      tone: 'warning',
      summary:
        'In a separate letter to Kim Kwan-jin, he calls the broadcasts a declaration of war and urges the South to halt them all, saying the North would work to improve ties if it did.',
    },
    [S.arirang0820, S.mda0820],
  ),
  ev(
    'StatementMade',
    'stmt-park-firm',
    { occurredAt: '2015-08-20', recordedAt: rec('2015-08-20', '10:07') },
    {
      speaker: PARK,
      audience: 'north-korea',
      tone: 'warning',
      summary:
        'The President tells her top defence officials to react firmly to North Korean provocations; the broadcasts will continue.',
      quote: 'react firmly',
    },
    [S.mda0820],
  ),
  ev(
    'PositionTaken',
    'pos-south-halt-rejected',
    { occurredAt: '2015-08-20', recordedAt: rec('2015-08-20', '10:08') },
    {
      demandId: D.halt,
      actorId: 'south-korea',
      stance: 'rejected',
      conditions: 'The broadcasts continue until the North accepts responsibility for the mines.',
    },
    [S.arirang0820, S.mda0820],
  ),
  // ===== 21 August: the quasi-state of war =====
  ev(
    'IncidentReported',
    'inc-quasi-war',
    { occurredAt: '2015-08-21T08:00:00Z', recordedAt: rec('2015-08-21', '12:00') },
    {
      incidentId: 'north-quasi-state-of-war-2015-08-21',
      kind: 'force-posture',
      perpetrator: 'north-korea',
      against: 'south-korea',
      place: P.front,
      description:
        'After an emergency meeting of the Central Military Commission on the night of the 20th, Kim Jong Un puts the front-line units in a "quasi-state of war" from 17:00 on the 21st, fully armed for combat, and sends commanders to the front to destroy the loudspeakers if the broadcasts do not stop within 48 hours.',
    },
    [S.ktus0820, S.euronews0821],
  ),
  ev(
    'DemandTabled',
    'dem-regret',
    { occurredAt: '2015-08-21', recordedAt: rec('2015-08-21', '12:01') },
    {
      demandId: D.regret,
      by: 'south-korea',
      addressedTo: ['north-korea'],
      text: 'Accept responsibility for the landmine blasts (the broadcasts continue until it does)',
      category: 'security',
    },
    [S.euronews0821],
  ),
  ev(
    'PositionTaken',
    'pos-north-regret-rejected',
    { occurredAt: '2015-08-21', recordedAt: rec('2015-08-21', '12:02') },
    {
      demandId: D.regret,
      actorId: 'north-korea',
      stance: 'rejected',
      conditions: 'The North denies laying the mines.',
    },
    [S.euronews0821],
  ),
  // ===== 22–25 August: the deadline, the talks, the posture =====
  ev(
    'UltimatumResolved',
    'ult-48h-lapsed',
    { occurredAt: '2015-08-22T08:00:00Z', recordedAt: rec('2015-08-23', '06:00') },
    {
      ultimatumId: U.broadcasts,
      resolution: 'lapsed',
      summary:
        'The deadline of 17:00 passes without the threatened action and without the loudspeakers removed; high-level talks open at Panmunjom shortly after.',
    },
    [S.ap0823, S.dw0823],
  ),
  ev(
    'TalksRoundOpened',
    'round-panmunjom-opened',
    { occurredAt: '2015-08-22T09:30:00Z', recordedAt: rec('2015-08-23', '06:01') },
    {
      roundId: R.panmunjom,
      label: 'High-level talks at Panmunjom',
      venue: 'Panmunjom (truce village, DMZ)',
      format: 'formal',
      delegations: [
        { actorId: 'south-korea', head: KIM_KWAN_JIN, members: [HONG] },
        { actorId: 'north-korea', head: HWANG_PYONG_SO, members: [KIM_YANG_GON] },
      ],
    },
    [S.ap0823, S.dw0823],
    { note: 'Adjourned at 04:15 on the 23rd after ten hours, resumed at 15:30 the same day.' },
  ),
  ev(
    'IncidentReported',
    'inc-submarines',
    { occurredAt: '2015-08-22', recordedAt: rec('2015-08-23', '06:02') },
    {
      incidentId: 'north-submarines-out-2015-08-22',
      kind: 'force-posture',
      perpetrator: 'north-korea',
      against: 'south-korea',
      place: 'North Korean submarine bases',
      description:
        'About 70% of the North’s submarines (some 50 of 77) have left their bases and cannot be located by the South, the largest such deployment since the war (South Korean Defense Ministry, as of the 22nd).',
    },
    [graded(S.ap0823, 3), graded(S.dw0823, 3)],
  ),
  ev(
    'IncidentReported',
    'inc-artillery-doubled',
    { occurredAt: '2015-08-22', recordedAt: rec('2015-08-23', '06:03') },
    {
      incidentId: 'north-artillery-doubled-2015-08-22',
      kind: 'force-posture',
      perpetrator: 'north-korea',
      against: 'south-korea',
      place: P.front,
      description:
        'The North has doubled the strength of its front-line artillery since the talks began (South Korean Defense Ministry).',
    },
    [graded(S.ap0823, 3), graded(S.dw0823, 3)],
  ),
  ev(
    'IncidentReported',
    'inc-bombing-run',
    { occurredAt: '2015-08-22', recordedAt: rec('2015-08-24', '06:00') },
    {
      incidentId: 'simulated-bombing-run-2015-08-22',
      kind: 'force-posture',
      perpetrator: 'south-korea',
      against: 'north-korea',
      place: P.front,
      description:
        'South Korean and US fighter jets fly a simulated bombing run close to the border, as a warning against any military action by the North.',
    },
    [S.dw0824],
  ),
  ev(
    'StatementMade',
    'stmt-north-denies-fire',
    { occurredAt: '2015-08-21', precision: 'approximate', recordedAt: rec('2015-08-25', '06:00') },
    {
      speaker: NORTH_GOV,
      audience: 'south-korea',
      tone: 'critical',
      summary: 'The North denies having shelled the South on the 20th.',
    },
    [S.belle0824],
  ),
  ev(
    'TalksRoundConcluded',
    'round-panmunjom-concluded',
    { occurredAt: '2015-08-24T15:55:00Z', recordedAt: rec('2015-08-25', '06:01') },
    {
      roundId: R.panmunjom,
      outcome: 'agreement',
      summary:
        'After some 43 hours of talks over three days the two sides agree a joint statement, announced at 02:00 on the 25th.',
      nextSteps: 'Government-level talks in Seoul or Pyongyang; Red Cross working talks in early September.',
    },
    [S.reuters0824, S.xinhua0825],
    { occurrence: 'joint-statement-2015-08-25' },
  ),
  ev(
    'AgreementReached',
    'agr-aug25',
    { occurredAt: '2015-08-24T15:55:00Z', recordedAt: rec('2015-08-25', '06:02') },
    {
      agreementId: A.aug25,
      kind: 'partial',
      provisions: [
        'Government-level talks in Seoul or Pyongyang at an early date to improve relations',
        'The North expresses regret over the mine blasts on the southern side of the DMZ that wounded South Korean soldiers',
        'The South stops the loudspeaker broadcasts along the whole DMZ from 12:00 on 25 August, unless an abnormal case occurs',
        'The North lifts its quasi-state of war',
        'Reunions of separated families around Chuseok, to continue; Red Cross working talks in early September',
        'Civilian exchanges in various fields',
      ],
      signatories: ['north-korea', 'south-korea'],
      textPublic: true,
      roundId: R.panmunjom,
      status: 'text-agreed',
    },
    [S.reuters0824, S.koreapost0825],
    { occurrence: 'joint-statement-2015-08-25' },
  ),
  ev(
    'PositionTaken',
    'pos-south-halt-accepted',
    { occurredAt: '2015-08-24T15:55:00Z', recordedAt: rec('2015-08-25', '06:03') },
    {
      demandId: D.halt,
      actorId: 'south-korea',
      stance: 'accepted',
      conditions: 'From noon on 25 August, unless an abnormal case occurs.',
    },
    [S.reuters0824, S.koreapost0825],
    { occurrence: 'joint-statement-2015-08-25' },
  ),
  ev(
    'PositionTaken',
    'pos-north-regret',
    { occurredAt: '2015-08-24T15:55:00Z', recordedAt: rec('2015-08-25', '06:04') },
    {
      demandId: D.regret,
      actorId: 'north-korea',
      stance: 'accepted-in-principle',
      conditions: 'It expresses "regret" over the soldiers wounded, without taking responsibility for the mines.',
    },
    [S.reuters0824],
    { occurrence: 'joint-statement-2015-08-25' },
  ),
  ev(
    'AgreementStatusChanged',
    'agr-aug25-in-force',
    { occurredAt: '2015-08-25T03:00:00Z', recordedAt: rec('2015-08-25', '06:05') },
    {
      agreementId: A.aug25,
      status: 'in-force',
      reason: 'At noon the South switches off the loudspeakers and the North lifts its quasi-state of war.',
    },
    [S.belle0824, S.reuters0824],
  ),
  ev(
    'StatementMade',
    'stmt-kim-kwan-jin',
    { occurredAt: '2015-08-25T03:00:00Z', precision: 'approximate', recordedAt: rec('2015-08-25', '06:06') },
    {
      speaker: KIM_KWAN_JIN,
      audience: 'domestic audience',
      tone: 'conciliatory',
      summary:
        'He says it is very meaningful that the North apologised for the mines and promised to work to prevent such events and ease tensions; it is not the time for a summit.',
      quote:
        'It is very meaningful that from this meeting North Korea apologised for the landmine provocation and promised to work to prevent the recurrence of such events and ease tensions',
    },
    [S.reuters0824],
  ),
  ev(
    'StatementMade',
    'stmt-hwang-lesson',
    { occurredAt: '2015-08-25', recordedAt: rec('2015-08-26', '06:00') },
    {
      speaker: HWANG_PYONG_SO,
      audience: 'south-korea',
      tone: 'warning',
      summary:
        'Five hours after the agreement, on North Korean television: the South must have learned that a groundless case and provocation bring an armed clash.',
      quote:
        'the South must have learned a serious lesson that it will bring an armed clash if it creates a groundless case and provokes the other side',
    },
    [S.speaker0825],
  ),
  // ===== September – October: the Red Cross agreement, the reunions =====
  ev(
    'TalksRoundScheduled',
    'round-red-cross-scheduled',
    { occurredAt: '2015-08-29', recordedAt: rec('2015-08-30', '06:00') },
    {
      roundId: R.redCross,
      label: 'Red Cross working-level talks at Panmunjom',
      venue: 'Panmunjom (Peace House)',
      format: 'technical',
      plannedFor: '2015-09-07',
    },
    [S.news0830],
    { note: 'The North accepts the South’s proposal of 28 August.' },
  ),
  ev(
    'TalksRoundOpened',
    'round-red-cross-opened',
    { occurredAt: '2015-09-07T01:50:00Z', recordedAt: rec('2015-09-08', '06:00') },
    { roundId: R.redCross, delegations: [{ actorId: 'south-korea' }, { actorId: 'north-korea' }] },
    [S.kbs0908],
  ),
  ev(
    'TalksRoundConcluded',
    'round-red-cross-concluded',
    { occurredAt: '2015-09-08', recordedAt: rec('2015-09-08', '06:01') },
    {
      roundId: R.redCross,
      outcome: 'agreement',
      summary: 'After more than 23 hours the two Red Cross delegations agree on family reunions in October.',
      nextSteps: 'Lists exchanged on 15 September, 5 and 8 October; a later Red Cross meeting on regular reunions.',
    },
    [S.kbs0908],
    { occurrence: 'red-cross-agreement-2015-09-08' },
  ),
  ev(
    'AgreementReached',
    'agr-reunions',
    { occurredAt: '2015-09-08', recordedAt: rec('2015-09-08', '06:02') },
    {
      agreementId: A.reunions,
      kind: 'partial',
      provisions: [
        'Reunions of 100 separated families from each side at Mount Kumgang, 20–26 October 2015',
        'Lists of 250 applicants from the South and 200 from the North exchanged on 15 September, answered on 5 October; final lists on 8 October',
        'Another Red Cross meeting on regular reunions and other matters',
      ],
      signatories: ['north-korea', 'south-korea'],
      textPublic: true,
      roundId: R.redCross,
    },
    [S.kbs0908],
    { occurrence: 'red-cross-agreement-2015-09-08' },
  ),
  ev(
    'StatementMade',
    'stmt-reunions-first',
    { occurredAt: '2015-10-20', recordedAt: rec('2015-10-21', '06:00') },
    {
      speaker: SOUTH_GOV,
      audience: 'north-korea',
      tone: 'conciliatory',
      summary:
        'The first reunions since February 2014: 96 South Korean families (398 people) meet their relatives from the North at Mount Kumgang; the first round runs to 22 October, the second, hosted by the North, from 24 October.',
    },
    [S.koreanet1021],
  ),
  ev(
    'StatementMade',
    'stmt-reunions-second',
    { occurredAt: '2015-10-24', recordedAt: rec('2015-10-24', '12:00') },
    {
      speaker: SOUTH_RED_CROSS,
      audience: 'north-korea',
      tone: 'conciliatory',
      summary:
        'About 250 South Koreans travel to Mount Kumgang for the second round of reunions, three days of meetings.',
    },
    [S.belle1024],
  ),
  // ===== December: the vice-ministerial talks =====
  ev(
    'TalksRoundOpened',
    'round-vice-opened',
    { occurredAt: '2015-12-11T01:40:00Z', recordedAt: rec('2015-12-11', '16:00') },
    {
      roundId: R.viceMinisters,
      label: 'Vice-ministerial talks at Kaesong',
      venue: 'Kaesong Industrial Complex',
      format: 'formal',
      delegations: [
        { actorId: 'south-korea', head: HWANG_BOO_GI },
        { actorId: 'north-korea', head: JON_JONG_SU },
      ],
    },
    [S.xinhua1211],
  ),
  ev(
    'TalksRoundConcluded',
    'round-vice-concluded',
    { occurredAt: '2015-12-12', recordedAt: rec('2015-12-12', '16:00') },
    {
      roundId: R.viceMinisters,
      outcome: 'no-progress',
      summary:
        'Two days of talks end without agreement, without a joint statement and without a date for the next round: the North linked the separated families to the resumption of the Mount Kumgang tours, the South refused.',
    },
    [S.xinhua1212, S.unikorea1212],
  ),
  ev(
    'StatementMade',
    'stmt-north-blames-seoul',
    { occurredAt: '2015-12-12', recordedAt: rec('2015-12-12', '16:01') },
    {
      speaker: CPRK,
      audience: 'south-korea',
      tone: 'accusation',
      summary:
        'KCNA blames Seoul for the failure of the talks: the South refused to discuss core issues such as the Mount Kumgang tours and made unreasonable assertions.',
    },
    [S.xinhua1212b],
  ),
  // ===== January 2016: the nuclear test and the loudspeakers =====
  ev(
    'IncidentReported',
    'inc-nuclear-test',
    { occurredAt: '2016-01-06T01:30:00Z', recordedAt: rec('2016-01-06', '12:00') },
    {
      incidentId: 'north-nuclear-test-2016-01-06',
      kind: 'force-posture',
      perpetrator: 'north-korea',
      place: 'Punggye-ri nuclear test site',
      description:
        'The North announces its first hydrogen-bomb test, its fourth nuclear test, after a magnitude 5.1 tremor near its test site; the South calls it a grave provocation to its national security.',
    },
    [S.dn0106],
  ),
  ev(
    'StatementMade',
    'stmt-cho-violation',
    { occurredAt: '2016-01-07', recordedAt: rec('2016-01-07', '12:00') },
    {
      speaker: CHO,
      audience: 'north-korea',
      tone: 'warning',
      summary:
        'The test is a grave violation of the agreement of 25 August: the loudspeaker broadcasts resume from noon on Friday; the military is at full readiness and any provocation will be firmly punished.',
      quote:
        'Our military is at a state of full readiness, and if North Korea wages provocation, there will be firm punishment',
    },
    [S.reuters0107],
  ),
  ev(
    'AgreementStatusChanged',
    'agr-aug25-suspended',
    { occurredAt: '2016-01-08T03:00:00Z', recordedAt: rec('2016-01-08', '12:00') },
    {
      agreementId: A.aug25,
      status: 'suspended',
      by: 'south-korea',
      reason:
        'The South switches its loudspeakers along the DMZ back on at noon, citing the nuclear test as a violation of the agreement (the broadcasts were to stay off "unless an abnormal case occurs").',
    },
    [S.voa0108, S.reuters0107],
  ),
  ev(
    'ActorRegistered',
    'actor-china',
    { occurredAt: '2016-01-06', recordedAt: rec('2016-01-09', '12:00') },
    { actor: CHINA, role: 'third-party' },
    [S.reuters0109],
    { note: 'The North’s ally, angered by the test, of which it was not told in advance.' },
  ),
  ev(
    'StatementMade',
    'stmt-kim-ki-nam',
    { occurredAt: '2016-01-08', recordedAt: rec('2016-01-09', '12:01') },
    {
      speaker: KIM_KI_NAM,
      audience: 'south-korea',
      tone: 'accusation',
      summary:
        'At a rally in Pyongyang celebrating the test, he says the United States and its followers, by resuming the psychological broadcasts and bringing in strategic bombers, are driving the situation to the brink of war.',
      quote: 'the U.S. and its followers are driving the situation to the brink of war',
    },
    [S.reuters0109],
  ),
  ev(
    'StatementMade',
    'stmt-ro-sacred-war',
    { occurredAt: '2016-01-08', recordedAt: rec('2016-01-09', '12:02') },
    {
      speaker: RO_KWANG_CHOL,
      audience: 'south-korea',
      tone: 'military-threat',
      summary:
        'At the same rally he warns that if even a small spark touches the North, on land, at sea or in the air, it will at once launch a sacred war of retaliation.',
    },
    [S.kbs0109],
  ),
  // ===== February 2016: Kaesong closed =====
  ev(
    'IncidentReported',
    'inc-rocket',
    { occurredAt: '2016-02-07', recordedAt: rec('2016-02-10', '12:00') },
    {
      incidentId: 'north-rocket-launch-2016-02-07',
      kind: 'force-posture',
      perpetrator: 'north-korea',
      place: 'Sohae launch site',
      description:
        'The North puts what it calls an observation satellite into orbit; the United States and South Korea see a ballistic missile test in violation of UN resolutions.',
    },
    [S.reuters0210],
  ),
  ev(
    'IncidentReported',
    'inc-kaesong-south',
    { occurredAt: '2016-02-10', recordedAt: rec('2016-02-10', '12:01') },
    {
      incidentId: KAESONG_SOUTH,
      kind: 'border-closure',
      perpetrator: 'south-korea',
      against: 'north-korea',
      target: 'The joint factory park (124 South Korean companies, some 54,700 North Korean workers)',
      place: P.kaesong,
      description:
        'The South stops all operations at the Kaesong complex, the last daily interaction across the border, and gives its nationals until Saturday to leave, to keep its money from funding the North’s nuclear and missile programmes.',
    },
    [S.reuters0210, S.abc0210],
  ),
  ev(
    'StatementMade',
    'stmt-hong-kaesong',
    { occurredAt: '2016-02-10', recordedAt: rec('2016-02-10', '12:02') },
    {
      speaker: HONG,
      audience: 'north-korea',
      tone: 'critical',
      summary:
        'The North is suspected of spending the money from Kaesong on its nuclear weapons and missiles; the same responses as before will not do.',
      quote:
        'We are not going to be able to crack North Korea’s nuclear and missile programmes by sticking to the same kind of response we have taken all along',
    },
    [S.reuters0210],
  ),
  ev(
    'IncidentReported',
    'inc-kaesong-north',
    { occurredAt: '2016-02-11', recordedAt: rec('2016-02-11', '16:00') },
    {
      incidentId: 'kaesong-seized-2016-02-11',
      kind: 'border-closure',
      perpetrator: 'north-korea',
      against: 'south-korea',
      target: 'South Korean workers and companies at Kaesong',
      place: P.kaesong,
      description:
        'The North expels all South Koreans from the complex within half an hour, freezes the companies’ assets, withdraws its own workers and declares the park a military control zone.',
    },
    [S.reuters0211, S.aj0211],
  ),
  ev(
    'StatementMade',
    'stmt-cprk-kaesong',
    { occurredAt: '2016-02-11', recordedAt: rec('2016-02-11', '16:01') },
    {
      speaker: CPRK,
      audience: 'south-korea',
      tone: 'accusation',
      summary: 'It calls the South’s suspension of Kaesong a "declaration of war".',
      quote: 'declaration of war',
    },
    [S.reuters0211, S.aj0211],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'koreas-2015.jsonl',
  logEnd: '2016-03-31T00:00:00Z',
  events,
};

export default definition;
