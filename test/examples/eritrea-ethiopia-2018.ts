/**
 * A test fixture, not a shipped example: Eritrea and Ethiopia from the
 * Tsorona clash of June 2016 (pre-history: the "no war, no peace" after the
 * 1998–2000 war) through Abiy Ahmed's acceptance of the Algiers agreement
 * and the Boundary Commission's ruling (5 June 2018), the Joint Declaration
 * of Peace and Friendship (Asmara, 9 July 2018: "the state of war … has come
 * to an end"), the embassies and flights, the border crossings opened (11
 * September 2018) and the Jeddah agreement (16 September 2018), the
 * crossings closed again by Eritrea without announcement (26 December 2018,
 * 19 and 22 April 2019), Abiy's Nobel Peace Prize (11 October 2019), and the
 * war in Tigray from November 2020, in which Eritrea's army fought the TPLF
 * beside Ethiopia's, to Ethiopia's acknowledgement of the Eritrean troops
 * (March 2021) and the pressure to withdraw them (April 2021), as an analyst
 * following the news could have recorded it. Escalation model v2 was never
 * tuned on it: it is the case the model is held to in
 * eritrea-ethiopia-2018.spec.ts, against the calls an analyst makes from
 * DOMAIN.md §5b alone.
 *
 * What it tests that the other cases did not: the calm end of the scale — an
 * agreement ending a state of war and being implemented; a border opened
 * with fanfare and then closed again quietly by one side; and two former
 * enemies fighting side by side against a third party (the TPLF), never
 * against each other. The parties are Eritrea and Ethiopia; nobody mediates
 * between them in the record. The United Arab Emirates and Saudi Arabia
 * (which hosted the leaders and the Jeddah signing), the United States and
 * the TPLF are third parties; the Norwegian Nobel Committee an observer.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source.
 *
 * Grading as in examples/README.md: B = established outlet or wire copy
 * (Reuters, AP, AFP, VOA, Bloomberg through the outlets that carry them; Al
 * Jazeera, France 24, TRT World, the Ethiopian Herald and the Ethiopian
 * Broadcasting Corporation for the government's own acts); C = smaller,
 * regional, partisan or mirror outlets (Ezega, Borkena copies, TesfaNews,
 * HornAffairs, Mereja, Raimoq, Serawr, Africanews' aggregation, blogs);
 * 1 = an act both sides confirm (the declarations signed, the crossings
 * opened, the embassy reopened); 2 = on-record statements and facts several
 * outlets agree on; 3 = one side's unverified account (each side's version
 * of Tsorona, the tolls, a blog's report).
 *
 * Judgement calls, recorded as an analyst would:
 * - Tsorona (12–13 June 2016): each side blames the other for starting it;
 *   Ethiopia's government confirms its army took "proportional measures"
 *   against Eritrea, Eritrea that it repelled an attack. One occurrence told
 *   two ways (two IncidentReported, one `occurrence`), place "Tsorona" both
 *   times. The only toll is Eritrea's (more than 200 Ethiopian soldiers
 *   killed, 300 wounded, "conservative estimates", 16 June), graded 3;
 *   Ethiopia's "significant casualties on both sides" gives no number.
 * - Nothing is recorded between June 2016 and June 2018: the "no war, no
 *   peace" had troops facing each other along a frontier shut since 1998,
 *   but no dated act in the sources searched. The frontier's closure in 1998
 *   is not recorded as a `border-closure`: it was a front line left by the
 *   war, not one party's measure against the other, and no source dates it.
 * - Eritrea's long-standing demand (Ethiopia to accept the 2002 ruling and
 *   leave Badme before any talks) is tabled at the date of Ethiopia's answer
 *   (5 June 2018, `approximate`), which is `accepted` ("fully accept …
 *   without any precondition"). The Algiers agreement itself (December 2000)
 *   is not recorded as an agreement of this log: Ethiopia had refused its
 *   boundary ruling for sixteen years; recording it would make it "being
 *   implemented" through the no-war-no-peace years.
 * - The Joint Declaration of Peace and Friendship (9 July 2018) is a
 *   `framework` agreement (five pillars, the first that the state of war has
 *   ended), `signed`, its pillars public (tweeted by Yemane Gebremeskel). The
 *   Jeddah agreement (16 September 2018) is `comprehensive`, `signed`, its
 *   text not public ("a seven-point agreement" by Ethiopia's foreign
 *   ministry). Saudi Arabia hosted the signing and the UAE the leaders in
 *   July: their role in brokering is unclear (Reuters: the UAE privately
 *   took credit), so they are third parties hosting, not mediators.
 * - The crossings opened on 11 September 2018 (Zalambessa – Serha and Bure –
 *   Debay Sima) and 7 January 2019 (Humera – Om Hajer) are `border-reopening`
 *   with no perpetrator: both leaders opened them together. Each crossing is
 *   one place, named one way ("Zalambessa", "Rama", "Bure", "Humera").
 * - The closures: on 26 December 2018 Eritrea closed Zalambessa and Rama to
 *   Ethiopians (Eritreans still crossed freely; Ethiopians were asked for a
 *   federal travel document), without notice or reason; on 19 April 2019 it
 *   closed Humera to all but returning visitors, and on 22 April Bure, "only
 *   on the Eritrean side". They are `border-closure` by Eritrea `against`
 *   Ethiopia: one party's own measure, applied to the other's people, never
 *   explained (the only account is Debretsion's of what Isaias told him:
 *   customs procedures, to be reopened soon). No source reports a crossing
 *   reopened after April 2019; none is recorded.
 * - The Nobel Peace Prize (11 October 2019) is a `recognition` by the
 *   Norwegian Nobel Committee (an observer) of Ethiopia's prime minister.
 * - The war in Tigray: the TPLF's attack on the Northern Command (4 November
 *   2020) and Abiy's order to the army are the Ethiopia – TPLF pair's; the
 *   TPLF's rockets on Asmara (14 November 2020) are the TPLF's armed action
 *   against Eritrea, a third party's. Eritrea's army in Tigray fought the
 *   TPLF beside Ethiopia's forces: its acts are recorded `against` the TPLF
 *   (as the Ethiopia – TPLF fixture records them), never against Ethiopia.
 *   The killings in Axum (28–29 November 2020, "hundreds" of unarmed
 *   civilians, Amnesty International) are recorded when Amnesty reported them
 *   (26 February 2021), as Eritrea's `lethal-force` against the TPLF (the
 *   troops' search for TPLF fighters and supporters), with no `harmed`: the
 *   victims were Ethiopian citizens, but Ethiopia's government fought beside
 *   those troops, denied then acknowledged their presence and thanked
 *   Eritrea; it never held the massacre against Eritrea as an act on
 *   Ethiopia. "Hundreds" is recorded as 200 (the least the word says).
 * - Abiy's acknowledgement of the Eritrean troops (23 March 2021) is a
 *   `conciliatory` statement towards Eritrea (he thanks it and says its army
 *   will leave); his visit to Asmara (25–26 March) a round concluded with an
 *   agreement (`partial`: Eritrea to withdraw its forces, Ethiopia's army to
 *   take over the border), announced by Abiy, confirmed by Eritrea's letter to
 *   the Security Council (16 April). The UN and the United States saw no
 *   withdrawal; no status is recorded against the agreement (neither party
 *   suspended or withdrew from it). The United States' calls for withdrawal
 *   are a third party's words.
 * - Where a page shows no date, its published date is read from its content
 *   (the day it reports) and set no earlier than that day.
 * - Left out for want of a dated report in the sources searched, or for
 *   time: the embassy of Ethiopia reopened in Asmara (September 2018), the
 *   second and third rocket attacks on Asmara (27–28 November 2020), the
 *   fighting of the Eritrean army in Tigray after November 2020 (Shire, Adwa,
 *   Zalambessa itself), and the United States' sanctions on Eritrea's army
 *   chief (August 2021). The record is thinner than the relations: days with
 *   nothing recorded are not days with nothing done.
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'eritrea-ethiopia-2018';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 2018);
/** A recordedAt on a given day, UTC (the case runs over five years). */
const rec = (day: string, time = '12:00'): string => `${day}T${time}:00Z`;

const ERITREA: Actor = { id: 'eritrea', name: 'State of Eritrea', kind: 'state', aliases: ['Eritrea', 'Asmara'] };
const ETHIOPIA: Actor = {
  id: 'ethiopia',
  name: 'Federal Democratic Republic of Ethiopia',
  kind: 'state',
  aliases: ['Ethiopia', 'Addis Ababa'],
};
const UAE: Actor = { id: 'uae', name: 'United Arab Emirates', kind: 'state', aliases: ['UAE', 'Abu Dhabi'] };
const SAUDI: Actor = { id: 'saudi-arabia', name: 'Kingdom of Saudi Arabia', kind: 'state', aliases: ['Saudi Arabia'] };
const NOBEL: Actor = {
  id: 'nobel-committee',
  name: 'Norwegian Nobel Committee',
  kind: 'international-organisation',
};
const TPLF: Actor = {
  id: 'tplf',
  name: "Tigray People's Liberation Front",
  kind: 'de-facto-authority',
  aliases: ['TPLF', 'Tigray regional government'],
};
const USA: Actor = {
  id: 'united-states',
  name: 'United States of America',
  kind: 'state',
  aliases: ['United States', 'Washington'],
};

const ABIY: Person = { name: 'Abiy Ahmed', title: 'Prime Minister of Ethiopia', actorId: 'ethiopia' };
const ISAIAS: Person = { name: 'Isaias Afwerki', title: 'President of Eritrea', actorId: 'eritrea' };
const OSMAN: Person = { name: 'Osman Saleh', title: 'Foreign Minister of Eritrea', actorId: 'eritrea' };
const YEMANE_GEBREAB: Person = { name: 'Yemane Gebreab', title: 'Adviser to the President of Eritrea', actorId: 'eritrea' };
const ERI_MOI: Person = { name: 'Ministry of Information of Eritrea (statement)', actorId: 'eritrea' };
const GETACHEW: Person = {
  name: 'Getachew Reda',
  title: 'Minister of Government Communication Affairs of Ethiopia',
  actorId: 'ethiopia',
};
const EPRDF: Person = { name: 'Executive Committee of the EPRDF (statement)', actorId: 'ethiopia' };
const ETH_MFA: Person = { name: 'Ministry of Foreign Affairs of Ethiopia (spokesman)', actorId: 'ethiopia' };
const TEWOLDE: Person = {
  name: 'Tewolde GebreMariam',
  title: 'Chief Executive of Ethiopian Airlines (state-owned)',
  actorId: 'ethiopia',
};
const DEBRETSION_2019: Person = {
  name: 'Debretsion Gebremichael',
  title: 'Acting President of the Tigray Regional State of Ethiopia',
  actorId: 'ethiopia',
};
const DEBRETSION_2020: Person = { name: 'Debretsion Gebremichael', title: 'Chairman of the TPLF', actorId: 'tplf' };
const NAGY: Person = {
  name: 'Tibor Nagy',
  title: 'US Assistant Secretary of State for African Affairs',
  actorId: 'united-states',
};
const BLINKEN: Person = { name: 'Antony Blinken', title: 'US Secretary of State', actorId: 'united-states' };
const SOPHIA: Person = {
  name: 'Sophia Tesfamariam',
  title: 'Permanent Representative of Eritrea to the United Nations',
  actorId: 'eritrea',
};

const S = {
  // 2016: Tsorona
  israelpressJun12: source(
    'Eritrea says Ethiopia made an attack within its territory',
    'Israel Press (Reuters)',
    'http://www.israelpress.com/eritrea-says-ethiopia-made-an-attack-within-its-territory/',
    '2016-06-12',
    'C',
    2,
  ),
  hornaffairsJun13: source(
    'Eritrea confirmed fighting on border with Ethiopia',
    'HornAffairs',
    'http://hornaffairs.com/en/2016/06/13/eritrea-confirmed-fighting-border-ethiopia/',
    '2016-06-13',
    'C',
    2,
  ),
  israelpressJun13: source(
    'Ethiopia, Eritrea trade accusations over border incident',
    'Israel Press (Reuters)',
    'http://www.israelpress.com/ethiopia-eritrea-trade-accusations-over-border-incident/',
    '2016-06-13',
    'C',
    2,
  ),
  masressJun14: source(
    'إثيوبيا: لن نصعد النزاع مع إريتريا من تلقاء أنفسنا',
    'Veto (Masress, Reuters)',
    'https://www.masress.com/veto/2233117',
    '2016-06-14',
    'C',
    2,
  ),
  chronicleJun16: source(
    'Eritrea claims over 200 Ethiopians killed in border battle',
    'The Muslim Chronicle (AFP via Arab News)',
    'https://www.themuslimchronicle.com/news-37/eritrea-over-200-ethiopians-170616190644',
    '2016-06-16',
    'C',
    3,
  ),
  tesfanewsJun16: source(
    'Eritrea Killed 200, Wounded 300 Ethiopian Troops in Border Clash',
    'TesfaNews',
    'https://tesfanews.net/eritrea-killed-200-ethiopian-troops-tsorona-border-clash/',
    '2016-06-16',
    'C',
    3,
  ),
  // 2018: the peace
  ebcJun5: source(
    'Ethiopia decides to fully accept Algiers agreement',
    'Ethiopian Broadcasting Corporation (ethiopia.gov.et)',
    'http://www.ethiopia.gov.et/news',
    '2018-06-05',
    'B',
    1,
  ),
  rasaasaJun5: source(
    'Ethiopia Gives Badme Town, Disputed Territories to Eritrea',
    'Rasaasa',
    'http://rasaasa.com/ethiopia-gives-badme-town-disputed-territories-to-eritrea/',
    '2018-06-05',
    'C',
    2,
  ),
  harnnetJun20: source(
    'Eritrea sending delegation to Ethiopia: diplomat',
    'Harnnet (Reuters)',
    'http://harnnet.org/index.php/articles-corner/english-articles/item/4723-eritrea-sending-delegation-to-ethiopia-diplomat',
    '2018-06-20',
    'C',
    2,
  ),
  bbcJun26: source(
    'Eritrean officials visit Ethiopia for first time since 1998',
    'Eritrea Beligerance (BBC News copy)',
    'https://www.eritrea-beligerance.com/2018/06/',
    '2018-06-26',
    'C',
    1,
  ),
  shabaitJun26: source(
    'Senior Eritrean delegation arrives in Addis Ababa',
    '65tes Habesha (Eritrean Ministry of Information copy)',
    'https://www.65tes-habeshamusic.com/eritrea-delegates-arrives-addis-ababa/',
    '2018-06-26',
    'C',
    1,
  ),
  enaJun27: source(
    'Eritrean delegation arrives in Addis Ababa',
    'Esyol Media (Ethiopian News Agency)',
    'https://www.esyolmedia.com/single-post/2018/06/27/eritrean-delegation-arrives-in-addis-ababa',
    '2018-06-27',
    'C',
    1,
  ),
  aljazeeraJul9: source(
    'Ethiopia and Eritrea declare war ‘has come to an end’',
    'Al Jazeera',
    'https://1-e8259.azureedge.net/news/2018/7/9/ethiopia-and-eritrea-declare-war-has-come-to-an-end',
    '2018-07-09',
    'B',
    1,
  ),
  reutersJul9: source(
    'Ethiopia deal means “state of war is over” - Eritrean minister',
    'The Zimbabwe Mail (Reuters)',
    'https://www.thezimbabwemail.com/world-news/ethiopia-deal-means-state-of-war-is-over-eritrean-minister/',
    '2018-07-09',
    'B',
    1,
  ),
  afpJul9: source(
    "Ethiopia, Eritrea sign statement that war 'has come to an end'",
    'Pulse (AFP)',
    'https://www.pulse.ng/news/world/ethiopia-eritrea-sign-statement-that-war-has-come-to-an-end-id8595045.html',
    '2018-07-09',
    'B',
    1,
  ),
  nbeJul9: source(
    'Ethiopia, Eritrea Sign Peace, friendship declaration',
    'New Business Ethiopia',
    'https://newbusinessethiopia.com/politics/ethiopia-eritrea-sign-peace-friendship-declaration/',
    '2018-07-09',
    'C',
    1,
  ),
  apJul14: source(
    'Eritrean President Isaias Afwerki is welcomed by Ethiopia’s Prime Minister Abiy Ahmed',
    'Hiwot (AP photo caption)',
    'https://hiwot.video/content/25914',
    '2018-07-14',
    'C',
    1,
  ),
  enaJul14: source(
    'Eritrean Leader Receives Warm Welcome in Addis',
    'Banaadir Weyne (Ethiopian News Agency)',
    'https://banaadirweyne.com/2018/07/14/eritrean-leader-receives-warm-welcome-in-addis/',
    '2018-07-14',
    'C',
    1,
  ),
  afpJul18: source(
    'First Commercial Flight in 20 Years Departs Ethiopia for Eritrea',
    'KSA Players (AFP)',
    'https://ksaplayers.com/Ksahome/NewsDetial/?nid=11745099',
    '2018-07-18',
    'C',
    1,
  ),
  reutersJul18: source(
    'First Ethiopian flight in 20 years lands to cheers in Eritrea',
    'Reuters',
    'https://www.reuters.com/article/us-ethiopia-eritrea-arrival/first-ethiopian-flight-in-20-years-lands-to-cheers-in-eritrea-idUSKBN1K81FQ',
    '2018-07-18',
    'B',
    1,
  ),
  voaJul18: source(
    'Ethiopia Resumes Commercial Flights to Eritrea',
    'Dehai News (VOA)',
    'http://www.dehai.org/dehai/dehai-news/266138',
    '2018-07-18',
    'C',
    1,
  ),
  wamJul24: source(
    'Mohammad Bin Zayed Welcomes Eritrean and Ethiopian Leaders and Praises Efforts to End Conflict',
    'Naaju (WAM copy)',
    'https://naaju.com/kenya/african-agreement-highlights-uae-peacemaking-role',
    '2018-07-24',
    'C',
    2,
  ),
  europaelyoumJul24: source(
    'الإمارات تمنح زعيمي إريتريا وإثيوبيا وسام زايد',
    'Europa El Yom',
    'http://www.europaelyoum.com/%D8%A7%D9%84%D8%A5%D9%85%D8%A7%D8%B1%D8%A7%D8%AA-%D8%AA%D9%85%D9%86%D8%AD-%D8%B2%D8%B9%D9%8A%D9%85%D9%8A-%D8%A5%D8%B1%D9%8A%D8%AA%D8%B1%D9%8A%D8%A7-%D9%88%D8%A5%D8%AB%D9%8A%D9%88%D8%A8%D9%8A%D8%A7/',
    '2018-07-24',
    'C',
    2,
  ),
  tadiasSep11: source(
    'Ethiopia, Eritrea reopen border points for first time in 20 years',
    'Tadias (Reuters)',
    'http://www.tadias.com/09/11/2018/ethiopia-eritrea-reopen-border-roads/',
    '2018-09-11',
    'B',
    1,
  ),
  voaSep11: source(
    'Ethiopia, Eritrea Reopen Border Crossing',
    'ReliefWeb (VOA)',
    'https://reliefweb.int/report/eritrea/ethiopia-eritrea-reopen-border-crossing',
    '2018-09-11',
    'B',
    1,
  ),
  ewnSep17: source(
    'Ethiopian, Eritrean leaders sign peace agreement in Jeddah',
    'Eyewitness News (Reuters)',
    'https://ewn.co.za/2018/09/17/ethiopian-eritrean-leaders-sign-peace-agreement-in-jeddah',
    '2018-09-17',
    'B',
    1,
  ),
  pakobserverSep16: source(
    'Eritrea, Ethiopia sign peace agreement in Saudi Arabia',
    'Pakistan Observer',
    'https://pakobserver.net/eritrea-ethiopia-sign-peace-agreement-in-saudi-arabia/',
    '2018-09-16',
    'C',
    1,
  ),
  bloombergSep17: source(
    'Saudi Brokers Ethiopia-Eritrea Deal to Aid Regional Security',
    'Nizar Manek (Bloomberg)',
    'https://www.nizarmanek.com/reporting/2018/9/30/saudi-brokers-ethiopia-eritrea-deal-to-aid-regional-security',
    '2018-09-17',
    'B',
    2,
  ),
  // 2018–19: the crossings closed
  apDec28: source(
    'Eritrea closes border crossings to Ethiopian travelers',
    'Higher Ground Times (AP)',
    'https://highergroundtimes.com/higher-ground/2018/dec/28/eritrea-closes-border-crossings-to-ethiopian-trave',
    '2018-12-28',
    'B',
    2,
  ),
  ezegaDec28: source(
    'Eritrea Closes Border Crossings Partially',
    'Ezega',
    'https://www.ezega.com/News/NewsDetails/6872/Eritrea-Closes-Border-Crossings-Partially',
    '2018-12-28',
    'C',
    2,
  ),
  runsheegDec26: source(
    'Eritrea orders border shutdown with Tigray',
    'Runsheeg (blog)',
    'https://runsheeg.blog/2018/12/26/eritrea-orders-border-shutdown-with-tigray/',
    '2018-12-26',
    'C',
    3,
  ),
  heraldJan9: source(
    'Ethiopia, Eritrea officially open Oumajir-Humera border',
    'The Ethiopian Herald',
    'https://press.et/herald/?p=1341',
    '2019-01-09',
    'B',
    1,
  ),
  borkenaJan7: source(
    'Eritrea and Ethiopia opened Oumajir-Humera border',
    'Arif7 (Borkena)',
    'https://arif7.com/eritrea-and-ethiopia-opened-oumajir-humera-border/',
    '2019-01-07',
    'C',
    2,
  ),
  diretubeJan10: source(
    'As a New Border Reopened Ceremony is Held in Humera to Celebrate',
    'Diretube (Fana Broadcasting)',
    'https://diretube.com/go/as-a-new-border-reopened-ceremony-is-held-in-humera-to-celebrate',
    '2019-01-10',
    'C',
    3,
  ),
  ezegaApr19: source(
    'Eritrea Closes Omhajer-Humera Border Crossings',
    'Ezega',
    'https://www.ezega.com/News/NewsDetails/7070/Eritrea-Closes-Omhajer-Humera-Border-Crossings',
    '2019-04-19',
    'C',
    2,
  ),
  africanewsApr23: source(
    'Eritrea shuts all borders with Ethiopia – unilaterally',
    'Africanews',
    'https://www.africanews.com/2019/04/23/eritrea-shuts-all-borders-with-ethiopia-unilaterally/',
    '2019-04-23',
    'B',
    2,
  ),
  borkenaApr23: source(
    'Eritrea reportedly closed another border crossing with Ethiopia',
    'Banaadir Weyne (Borkena)',
    'https://banaadirweyne.com/eritrea-reportedly-closed-another-border-crossing-with-ethiopia/',
    '2019-04-23',
    'C',
    2,
  ),
  monitorJun19: source(
    'Eritrea’s Top Diplomat Meet Abiy in Addis',
    'Ethiopia Monitor',
    'https://ethiopianmonitor.com/2019/06/19/eritreas-top-diplomat-meet-abiy-in-addis/',
    '2019-06-19',
    'C',
    1,
  ),
  france24Oct11: source(
    'Nobel Peace Prize awarded to Ethiopian Prime Minister Abiy Ahmed',
    'France 24',
    'https://www.france24.com/en/video/20191011-nobel-peace-prize-awarded-to-ethiopian-prime-minister-abiy-ahmed',
    '2019-10-11',
    'B',
    1,
  ),
  fpjOct11: source(
    'Nobel Peace Prize awarded to Ethiopian Prime Minister Abiy Ahmed Ali',
    'Free Press Journal',
    'https://www.freepressjournal.in/world/nobel-peace-prize-awarded-to-ethiopian-prime-minister-abiy-ahmed-ali',
    '2019-10-11',
    'C',
    1,
  ),
  // 2020–21: the war in Tigray
  apNov4: source(
    'Ethiopian leader orders military against regional government',
    'Journal-News (AP)',
    'https://www.journal-news.com/nation-world/ethiopian-leader-orders-military-against-regional-government/AY5OLVG4LNDLRJBGS2K66JTOJU/',
    '2020-11-04',
    'B',
    2,
  ),
  horndiplomatNov4: source(
    'Ethiopian PM gives order to defense forces to start military offensive against TPLF',
    'Horn Diplomat',
    'https://www.horndiplomat.com/2020/11/04/ethiopian-pm-gives-order-to-defense-forces-to-start-military-offensive-against-tplf/',
    '2020-11-04',
    'C',
    2,
  ),
  monitorNov15: source(
    'Rockets Fired by TPLF Forces Hit Eritrea’s Capital',
    'Ethiopia Monitor',
    'https://ethiopianmonitor.com/2020/11/15/rockets-fired-by-tplf-forces-hit-eritreas-capital/',
    '2020-11-15',
    'C',
    2,
  ),
  sbsNov15: source(
    "Ethiopia's Tigray region claims rocket strikes on Eritrea airport",
    'One News Page (SBS)',
    'https://www.onenewspage.com/n/Front+Page/1zlumkzg7i/Ethiopia-Tigray-region-claims-rocket-strikes-on.htm',
    '2020-11-15',
    'C',
    2,
  ),
  wionFeb26: source(
    'Eritrean soldiers killed hundreds in Ethiopia massacre, says Amnesty',
    'WION (AFP)',
    'https://www.wionews.com/world/eritrean-soldiers-killed-hundreds-in-ethiopia-massacre-says-amnesty-366400',
    '2021-02-26',
    'B',
    2,
  ),
  trtFeb26: source(
    'Eritrean troops accused of crimes against humanity',
    'TRT World',
    'https://www.trtworld.com/video/12812942',
    '2021-02-26',
    'B',
    2,
  ),
  aniFeb28: source(
    'US calls for immediate withdrawal of Eritrean, Amhara regional forces from Tigray amid humanitarian crisis',
    'Devdiscourse (ANI)',
    'https://www.devdiscourse.com/article/international/1476671-us-calls-for-immediate-withdrawal-of-eritrean-amhara-regional-forces-from-tigray-amid-humanitarian-crisis',
    '2021-02-28',
    'C',
    2,
  ),
  raimoqMar23: source(
    'Ethiopian PM Abiy Ahmed expressed his gratitude for the people and government of Eritrea',
    'Raimoq',
    'http://raimoq.com/video-ethiopian-pm-abiy-a-expressed-his-gratitude-for-the-people-and-government-of-eritrea/',
    '2021-03-23',
    'C',
    2,
  ),
  trtMar26: source(
    'Abiy Ahmed: Eritrea to withdraw troops from Ethiopia’s Tigray',
    'TRT World (AFP)',
    'https://www.trtworld.com:443/article/12760616',
    '2021-03-26',
    'B',
    2,
  ),
  telesurMar26: source(
    'Eritrea To Withdraw Troops From Ethiopia',
    'teleSUR English',
    'https://www.telesurenglish.net/news/Eritrea-To-Withdraw-Troops-From-Ethiopia-20210326-0019.html',
    '2021-03-26',
    'C',
    2,
  ),
  reutersApr16: source(
    'Eritrea admits to being present in the Tigray in Ethiopia, the UN says to withdraw',
    'ABC7 News (Reuters copy)',
    'https://abc7.news/eritrea-admits-to-being-present-in-the-tigray-in-ethiopia-the-un-says-to-withdraw.html',
    '2021-04-16',
    'C',
    1,
  ),
  voaApr16: source(
    "Eritrea Admits Presence in Ethiopia's Tigray, Tells UN It Is Withdrawing",
    'Webjosh (VOA)',
    'https://webjosh.com/article/eritrea-admits-presence-in-ethiopia-s-tigray-tells-un-it-is-withdrawing-1618610187-62991',
    '2021-04-16',
    'C',
    1,
  ),
  reutersApr26: source(
    "Blinken presses Ethiopia's Abiy on withdrawal of Eritreans from Tigray",
    'National Post (Reuters)',
    'https://nationalpost.com/pmn/news-pmn/blinken-presses-ethiopias-abiy-on-withdrawal-of-eritreans-from-tigray',
    '2021-04-26',
    'B',
    2,
  ),
};

/** The crossings, each named one way. */
const ZALAMBESSA = 'Zalambessa';
const RAMA = 'Rama';
const BURE = 'Bure';
const HUMERA = 'Humera';

/** Talks rounds (ids). */
const R = {
  addis2018: 'addis-2018-06',
  asmara2018: 'asmara-2018-07',
  addisIsaias: 'addis-2018-07',
  jeddah: 'jeddah-2018-09',
  addis2019: 'addis-2019-06',
  asmara2021: 'asmara-2021-03',
};

const events = [
  // ===== 2016: Tsorona, in the "no war, no peace" =====
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '2016-06-12', recordedAt: rec('2016-06-13', '06:00') },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Eritrea – Ethiopia, 2016–21: from "no war, no peace" to the peace and after',
      subject:
        'Relations between Eritrea and Ethiopia from the Tsorona clash (June 2016) in the stand-off after the 1998–2000 war, through the peace of 2018 (the Algiers agreement accepted, the Joint Declaration, the Jeddah agreement, the crossings opened and closed again) to the war in Tigray, in which Eritrea fought the TPLF beside Ethiopia (2020–21)',
      parties: [ERITREA, ETHIOPIA],
      mediators: [],
    },
    [S.israelpressJun12],
    { note: 'Dated to the Tsorona clash, the first development the case covers.' },
  ),
  ev(
    'StatementMade',
    'stmt-eri-tsorona',
    { occurredAt: '2016-06-12T20:30:00Z', precision: 'approximate', recordedAt: rec('2016-06-13', '06:05') },
    {
      speaker: ERI_MOI,
      audience: 'ethiopia',
      tone: 'accusation',
      summary:
        "Eritrea's Ministry of Information accuses Ethiopia (\"the TPLF regime\") of an attack on the Tsorona Central Front today; its purpose and ramifications are not clear.",
      quote: 'The TPLF regime has today, Sunday 12 June 2016, unleashed an attack against Eritrea on the Tsorona Central Front.',
    },
    [S.israelpressJun12, S.hornaffairsJun13],
  ),
  ev(
    'IncidentReported',
    'inc-tsorona-eth-account',
    { occurredAt: '2016-06-12', recordedAt: rec('2016-06-13', '15:00') },
    {
      incidentId: 'tsorona-2016-ethiopian-account',
      kind: 'clash',
      perpetrator: 'eritrea',
      allegedBy: 'ethiopia',
      against: 'ethiopia',
      place: 'Tsorona',
      description:
        "Ethiopia's Communications Affairs Office: its army took \"proportional measures\" against Eritrea in response to an attempted Eritrean attack in the Tsorona area, which \"heavily weakened Eritrean military's attacking capacity\"; significant casualties on both sides, no figure given. Artillery used on both sides, the worst fighting in years.",
    },
    [S.israelpressJun13, graded(S.hornaffairsJun13, 3)],
    { occurrence: 'tsorona-2016' },
  ),
  ev(
    'StatementMade',
    'stmt-getachew-jun14',
    { occurredAt: '2016-06-14', recordedAt: rec('2016-06-14', '18:00') },
    {
      speaker: GETACHEW,
      audience: 'eritrea',
      tone: 'warning',
      summary:
        'Getachew Reda: significant casualties on both sides, more on the Eritrean side; Eritrea started the fighting; Ethiopia is capable of waging all-out war against Eritrea but will not choose to, and withdrew its troops once its objectives were met.',
      quote: 'There were significant casualties on both sides, but more on the Eritrean side.',
    },
    [S.masressJun14],
  ),
  ev(
    'IncidentReported',
    'inc-tsorona-eri-account',
    { occurredAt: '2016-06-12', recordedAt: rec('2016-06-16', '18:00') },
    {
      incidentId: 'tsorona-2016-eritrean-account',
      kind: 'clash',
      perpetrator: 'ethiopia',
      allegedBy: 'eritrea',
      against: 'eritrea',
      place: 'Tsorona',
      fatalities: { min: 200, max: 200 },
      injured: { min: 300, max: 300 },
      description:
        "Eritrea's Ministry of Information (16 June): Ethiopia's surprise attack of 12 June on the Tsorona Central Front was quashed after two days; more than 200 Ethiopian troops killed and more than 300 wounded (\"conservative estimates\"), no Eritrean losses given. Ethiopia calls the figures inaccurate without denying them.",
    },
    [S.chronicleJun16, S.tesfanewsJun16],
    { occurrence: 'tsorona-2016' },
  ),
  // ===== 2018: the peace =====
  ev(
    'DemandTabled',
    'demand-ruling',
    { occurredAt: '2018-06-05', precision: 'approximate', recordedAt: rec('2018-06-05', '15:00') },
    {
      demandId: 'accept-boundary-ruling',
      by: 'eritrea',
      addressedTo: ['ethiopia'],
      text: "Accept the Boundary Commission's 2002 ruling unconditionally and withdraw from the territory it awarded Eritrea (Badme) before any talks.",
      category: 'territorial',
    },
    [S.rasaasaJun5],
    {
      note: "Eritrea's standing condition since 2002 (\"Eritrea had refused to hold any talks with Ethiopia until it agreed unconditionally\"): tabled at the date of Ethiopia's answer.",
    },
  ),
  ev(
    'PositionTaken',
    'pos-eth-accepts-ruling',
    { occurredAt: '2018-06-05', recordedAt: rec('2018-06-05', '15:05') },
    {
      demandId: 'accept-boundary-ruling',
      actorId: 'ethiopia',
      stance: 'accepted',
      speaker: EPRDF,
      quote:
        'The EPRDF Executive Committee has decided to fully implement the Algiers agreement and the decision of Ethio-Eritrea Boundary Commission.',
      conditions:
        'None; the committee calls on Eritrea to take the same stand without any precondition, to restore peace between the two peoples.',
    },
    [S.ebcJun5, S.rasaasaJun5],
  ),
  ev(
    'StatementMade',
    'stmt-isaias-jun20',
    { occurredAt: '2018-06-20', recordedAt: rec('2018-06-20', '20:00') },
    {
      speaker: ISAIAS,
      audience: 'ethiopia',
      tone: 'conciliatory',
      summary:
        'In his Martyrs Day speech Isaias announces that he will send a delegation to Addis Ababa for "constructive engagement", to gauge developments directly and chart a plan for future action.',
    },
    [S.harnnetJun20],
  ),
  ev(
    'TalksRoundOpened',
    'addis-opened',
    { occurredAt: '2018-06-26', recordedAt: rec('2018-06-26', '16:00') },
    {
      roundId: R.addis2018,
      label: "Eritrea's delegation in Addis Ababa (the first high-level visit since 1998)",
      format: 'formal',
      venue: 'Addis Ababa',
      delegations: [
        { actorId: 'eritrea', head: OSMAN, members: [YEMANE_GEBREAB] },
        { actorId: 'ethiopia', head: ABIY },
      ],
    },
    [S.bbcJun26, S.shabaitJun26],
  ),
  ev(
    'TalksRoundConcluded',
    'addis-concluded',
    { occurredAt: '2018-06-27', precision: 'approximate', recordedAt: rec('2018-06-27', '18:00') },
    {
      roundId: R.addis2018,
      outcome: 'progress',
      summary:
        'The delegation discussed with Ethiopian officials the implementation of the Algiers agreement and the restoration of relations; Abiy hopes the visit "will lay the foundation for a much brighter future".',
      nextSteps: 'A visit by Abiy to Asmara.',
    },
    [S.enaJun27, S.bbcJun26],
    { note: 'The end of the visit is not dated by the sources; recorded the day after the arrival.' },
  ),
  ev(
    'TalksRoundOpened',
    'asmara-opened',
    { occurredAt: '2018-07-08', recordedAt: rec('2018-07-09', '06:00') },
    {
      roundId: R.asmara2018,
      label: 'Abiy in Asmara: the summit',
      format: 'formal',
      venue: 'Asmara',
      delegations: [
        { actorId: 'ethiopia', head: ABIY },
        { actorId: 'eritrea', head: ISAIAS },
      ],
    },
    [S.aljazeeraJul9, S.nbeJul9],
  ),
  ev(
    'StatementMade',
    'stmt-abiy-jul8',
    { occurredAt: '2018-07-08', recordedAt: rec('2018-07-09', '06:05') },
    {
      speaker: ABIY,
      audience: 'eritrea',
      tone: 'conciliatory',
      summary:
        'At the state dinner Isaias gave him, Abiy says flights will start, the ports will be accessible, people will move between the two countries and the embassies will open; the direct telephone line between the two, cut for twenty years, was restored the same day.',
      quote: 'We will demolish the wall and, with love, build a bridge between the two countries.',
    },
    [S.aljazeeraJul9, S.nbeJul9],
  ),
  ev(
    'TalksRoundConcluded',
    'asmara-concluded',
    { occurredAt: '2018-07-09', recordedAt: rec('2018-07-09', '12:00') },
    {
      roundId: R.asmara2018,
      outcome: 'agreement',
      summary: 'Isaias and Abiy sign the Joint Declaration of Peace and Friendship at State House, Asmara.',
      nextSteps: 'Embassies reopened, flights resumed, the border decision implemented; Isaias to visit Addis Ababa.',
    },
    [S.aljazeeraJul9, S.afpJul9],
    { occurrence: 'joint-declaration-2018' },
  ),
  ev(
    'AgreementReached',
    'agr-joint-declaration',
    { occurredAt: '2018-07-09', recordedAt: rec('2018-07-09', '12:05') },
    {
      agreementId: 'joint-declaration-2018',
      kind: 'framework',
      provisions: [
        'The state of war that existed between the two countries has come to an end; a new era of peace and friendship has been ushered in.',
        'Both countries will work to promote close cooperation in political, economic, social, cultural and security areas.',
        'Transport, trade and telecommunication ties will be resumed; diplomatic ties and activities renewed.',
        'The border decision will be implemented.',
        'Both countries will work together to guarantee regional peace, development and cooperation.',
      ],
      signatories: ['eritrea', 'ethiopia'],
      textPublic: true,
      roundId: R.asmara2018,
      status: 'signed',
    },
    [S.aljazeeraJul9, S.reutersJul9, S.afpJul9, S.nbeJul9],
    { occurrence: 'joint-declaration-2018' },
  ),
  ev(
    'TalksRoundOpened',
    'isaias-addis-opened',
    { occurredAt: '2018-07-14', recordedAt: rec('2018-07-14', '15:00') },
    {
      roundId: R.addisIsaias,
      label: "Isaias's state visit to Ethiopia (his first in 22 years)",
      format: 'formal',
      venue: 'Addis Ababa',
      delegations: [
        { actorId: 'eritrea', head: ISAIAS, members: [OSMAN, YEMANE_GEBREAB] },
        { actorId: 'ethiopia', head: ABIY },
      ],
    },
    [S.apJul14, S.enaJul14],
  ),
  ev(
    'TalksRoundConcluded',
    'isaias-addis-concluded',
    { occurredAt: '2018-07-16', recordedAt: rec('2018-07-18', '09:00') },
    {
      roundId: R.addisIsaias,
      outcome: 'progress',
      summary:
        "The three-day visit ends with Isaias and Abiy reopening Eritrea's embassy in Addis Ababa, closed for twenty years (16 July).",
    },
    [S.afpJul18, S.voaJul18],
  ),
  ev(
    'StatementMade',
    'stmt-flight-jul18',
    { occurredAt: '2018-07-18', recordedAt: rec('2018-07-18', '12:00') },
    {
      speaker: TEWOLDE,
      audience: 'eritrea',
      tone: 'conciliatory',
      summary:
        "The first commercial flight in twenty years, Ethiopian Airlines' ET312, lands in Asmara with 315 passengers to a red-carpet welcome; a second flight follows within fifteen minutes.",
      quote: 'This is the first time that this is happening in twenty years.',
    },
    [S.reutersJul18, S.afpJul18],
  ),
  ev(
    'ActorRegistered',
    'actor-uae',
    { occurredAt: '2018-07-24', recordedAt: rec('2018-07-24', '16:00') },
    { actor: UAE, role: 'third-party' },
    [S.wamJul24],
    { note: 'Hosts the two leaders in Abu Dhabi; Reuters reports the UAE privately taking credit for the rapprochement.' },
  ),
  ev(
    'ThirdPartyEngagement',
    'uae-summit',
    { occurredAt: '2018-07-24', recordedAt: rec('2018-07-24', '16:05') },
    {
      actorId: 'uae',
      counterparts: ['eritrea', 'ethiopia'],
      kind: 'meeting',
      summary:
        "Abu Dhabi's Crown Prince Mohammed bin Zayed hosts Isaias and Abiy at a tripartite summit and confers the Order of Zayed on both for ending their countries' conflict; the UAE \"stands ready to actively assist\".",
    },
    [S.wamJul24, S.europaelyoumJul24],
  ),
  ev(
    'IncidentReported',
    'inc-open-zalambessa',
    { occurredAt: '2018-09-11', recordedAt: rec('2018-09-11', '15:00') },
    {
      incidentId: 'zalambessa-opened-2018-09',
      kind: 'border-reopening',
      place: ZALAMBESSA,
      description:
        'Abiy and Isaias open the Serha – Zalambessa crossing, shut for twenty years, on the Ethiopian New Year; soldiers of both armies dismantle the sandbags; Abiy: "We heralded the new year by demolishing the trenches"; both armies to pull back from the border to their camps.',
    },
    [S.tadiasSep11, S.voaSep11],
  ),
  ev(
    'IncidentReported',
    'inc-open-bure',
    { occurredAt: '2018-09-11', recordedAt: rec('2018-09-11', '15:05') },
    {
      incidentId: 'bure-opened-2018-09',
      kind: 'border-reopening',
      place: BURE,
      description:
        'The two leaders open the Debay Sima – Bure crossing on the road to the port of Assab for road transport (Yemane Gebremeskel).',
    },
    [S.voaSep11, S.tadiasSep11],
  ),
  ev(
    'ActorRegistered',
    'actor-saudi',
    { occurredAt: '2018-09-16', recordedAt: rec('2018-09-16', '15:00') },
    { actor: SAUDI, role: 'third-party' },
    [S.pakobserverSep16],
    { note: 'Hosts the Jeddah signing; its role in the deal itself is not clear (Reuters).' },
  ),
  ev(
    'TalksRoundOpened',
    'jeddah-opened',
    { occurredAt: '2018-09-16', recordedAt: rec('2018-09-16', '15:05') },
    {
      roundId: R.jeddah,
      label: 'The Jeddah summit, hosted by King Salman',
      format: 'formal',
      venue: 'Jeddah',
      hosts: ['saudi-arabia'],
      delegations: [
        { actorId: 'eritrea', head: ISAIAS },
        { actorId: 'ethiopia', head: ABIY },
      ],
    },
    [S.pakobserverSep16],
    { occurrence: 'jeddah-2018' },
  ),
  ev(
    'TalksRoundConcluded',
    'jeddah-concluded',
    { occurredAt: '2018-09-16', recordedAt: rec('2018-09-17', '08:00') },
    {
      roundId: R.jeddah,
      outcome: 'agreement',
      summary:
        'Isaias and Abiy sign a peace agreement in the presence of King Salman, the Crown Prince and UN Secretary-General Guterres; both receive the Order of King Abdulaziz.',
    },
    [S.ewnSep17, S.pakobserverSep16],
    { occurrence: 'jeddah-2018' },
  ),
  ev(
    'AgreementReached',
    'agr-jeddah',
    { occurredAt: '2018-09-16', recordedAt: rec('2018-09-17', '08:05') },
    {
      agreementId: 'jeddah-agreement-2018',
      kind: 'comprehensive',
      provisions: [
        "The Jeddah peace agreement (Ethiopia's foreign ministry: \"a seven-point agreement\"), the second peace deal since July; its terms were not published.",
      ],
      signatories: ['eritrea', 'ethiopia'],
      textPublic: false,
      roundId: R.jeddah,
      status: 'signed',
    },
    [S.ewnSep17, S.bloombergSep17],
    { occurrence: 'jeddah-2018' },
  ),
  // ===== December 2018 – April 2019: the crossings closed again =====
  ev(
    'IncidentReported',
    'inc-close-zalambessa',
    { occurredAt: '2018-12-26', recordedAt: rec('2018-12-28', '12:00') },
    {
      incidentId: 'zalambessa-closed-2018-12',
      kind: 'border-closure',
      perpetrator: 'eritrea',
      against: 'ethiopia',
      target: 'Ethiopian travellers and traders',
      place: ZALAMBESSA,
      description:
        'Eritrea closes the Zalambessa crossing to Ethiopians from Wednesday morning, without notice or reason; Eritreans still cross freely; Eritrean border officials ask Ethiopians for a travel document issued by the federal authorities; buses and trucks stranded (Liya Kassa, Tigray region spokeswoman).',
    },
    [S.apDec28, S.ezegaDec28, S.runsheegDec26],
  ),
  ev(
    'IncidentReported',
    'inc-close-rama',
    { occurredAt: '2018-12-26', recordedAt: rec('2018-12-28', '12:05') },
    {
      incidentId: 'rama-closed-2018-12',
      kind: 'border-closure',
      perpetrator: 'eritrea',
      against: 'ethiopia',
      target: 'Ethiopian travellers',
      place: RAMA,
      description:
        'The Rama crossing closed to Ethiopians from the Eritrean side the same morning as Zalambessa ("only Ethiopians are facing the restrictions").',
    },
    [S.apDec28, S.ezegaDec28],
  ),
  ev(
    'StatementMade',
    'stmt-eth-mfa-dec27',
    { occurredAt: '2018-12-27', recordedAt: rec('2018-12-28', '12:10') },
    {
      speaker: ETH_MFA,
      audience: 'press',
      tone: 'neutral',
      summary:
        "Ethiopia's foreign ministry spokesman tells reporters he has no information about the new border restrictions; the Tigray region says the federal government told it the same. Eritrea does not comment.",
    },
    [S.apDec28],
  ),
  ev(
    'IncidentReported',
    'inc-open-humera',
    { occurredAt: '2019-01-07', recordedAt: rec('2019-01-09', '12:00') },
    {
      incidentId: 'humera-opened-2019-01',
      kind: 'border-reopening',
      place: HUMERA,
      description:
        'Abiy and Isaias open the Om Hajer – Humera crossing on Orthodox Christmas, with the Tigray and Amhara regional presidents, after visiting projects in Eritrea (Tesseney); Zalambessa and Rama stay closed; Tigrayan youth protest in Humera against their closure.',
    },
    [S.borkenaJan7, S.heraldJan9],
  ),
  ev(
    'StatementMade',
    'stmt-debretsion-jan10',
    { occurredAt: '2019-01-10', recordedAt: rec('2019-01-10', '16:00') },
    {
      speaker: DEBRETSION_2019,
      audience: 'domestic audience',
      tone: 'neutral',
      summary:
        'At the Humera ceremony, Debretsion says he learned from Isaias that the Zalambessa crossing was closed to put formal customs procedures in place and will soon reopen.',
    },
    [S.diretubeJan10],
  ),
  ev(
    'IncidentReported',
    'inc-close-humera',
    { occurredAt: '2019-04-19', recordedAt: rec('2019-04-19', '18:00') },
    {
      incidentId: 'humera-closed-2019-04',
      kind: 'border-closure',
      perpetrator: 'eritrea',
      against: 'ethiopia',
      target: 'non-Eritrean travellers',
      place: HUMERA,
      description:
        'Eritrea closes the Om Hajer – Humera crossing to all but returning visitors; no reason given by either government; Tigray asks the federal foreign ministry for an explanation.',
    },
    [S.ezegaApr19],
  ),
  ev(
    'IncidentReported',
    'inc-close-bure',
    { occurredAt: '2019-04-22', recordedAt: rec('2019-04-23', '09:00') },
    {
      incidentId: 'bure-closed-2019-04',
      kind: 'border-closure',
      perpetrator: 'eritrea',
      against: 'ethiopia',
      target: 'travellers and trade on the Assab road',
      place: BURE,
      description:
        'Eritrea closes the Bure – Assab crossing, the last one open, "only on the Eritrean side" (the Afar regional communication bureau, DW Amharic); Reuters\' Aaron Maasho: "all border points are now closed".',
    },
    [S.africanewsApr23, S.borkenaApr23],
  ),
  ev(
    'TalksRoundOpened',
    'addis-2019-opened',
    { occurredAt: '2019-06-19', recordedAt: rec('2019-06-19', '18:00') },
    {
      roundId: R.addis2019,
      label: 'Osman Saleh and Yemane Gebreab in Addis Ababa',
      format: 'informal',
      venue: "Prime Minister's Office, Addis Ababa",
      delegations: [
        { actorId: 'eritrea', head: OSMAN, members: [YEMANE_GEBREAB] },
        { actorId: 'ethiopia', head: ABIY },
      ],
    },
    [S.monitorJun19],
    { occurrence: 'addis-2019-06' },
  ),
  ev(
    'TalksRoundConcluded',
    'addis-2019-concluded',
    { occurredAt: '2019-06-19', recordedAt: rec('2019-06-19', '18:05') },
    {
      roundId: R.addis2019,
      outcome: 'progress',
      summary:
        'The envoys bring a message from Isaias; both sides "reflected on the milestones achieved over the past year in ceasing of hostilities and discussed upon the next steps to be taken in further strengthening the relationship" (the prime minister\'s office).',
    },
    [S.monitorJun19],
    { occurrence: 'addis-2019-06' },
  ),
  ev(
    'ActorRegistered',
    'actor-nobel',
    { occurredAt: '2019-10-11', recordedAt: rec('2019-10-11', '12:00') },
    { actor: NOBEL, role: 'observer' },
    [S.france24Oct11],
  ),
  ev(
    'ThirdPartyEngagement',
    'nobel',
    { occurredAt: '2019-10-11', recordedAt: rec('2019-10-11', '12:05') },
    {
      actorId: 'nobel-committee',
      counterparts: ['ethiopia'],
      kind: 'recognition',
      summary:
        "The Norwegian Nobel Committee awards Abiy the 2019 Nobel Peace Prize \"for his efforts to achieve peace and international cooperation, and in particular for his decisive initiative to resolve the border conflict with neighbouring Eritrea\".",
    },
    [S.france24Oct11, S.fpjOct11],
  ),
  // ===== November 2020 – April 2021: the war in Tigray =====
  ev(
    'ActorRegistered',
    'actor-tplf',
    { occurredAt: '2020-11-04', recordedAt: rec('2020-11-04', '10:00') },
    { actor: TPLF, role: 'third-party' },
    [S.apNov4],
    { note: "Governs Tigray; Eritrea's enemy since the 1998–2000 war, which it led Ethiopia in." },
  ),
  ev(
    'IncidentReported',
    'inc-northern-command',
    { occurredAt: '2020-11-04', recordedAt: rec('2020-11-04', '10:05') },
    {
      incidentId: 'northern-command-2020-11-04',
      kind: 'militant-attack',
      perpetrator: 'tplf',
      allegedBy: 'ethiopia',
      against: 'ethiopia',
      target: "The Ethiopian army's Northern Command",
      place: 'Mekelle',
      description:
        "Abiy's office: the TPLF attacked a military base in Tigray in the early hours and tried to take its artillery and equipment; \"the last red line has been crossed\".",
    },
    [S.apNov4, S.horndiplomatNov4],
  ),
  ev(
    'StatementMade',
    'stmt-abiy-nov4',
    { occurredAt: '2020-11-04', recordedAt: rec('2020-11-04', '10:10') },
    {
      speaker: ABIY,
      audience: 'tplf',
      tone: 'military-threat',
      summary:
        'Abiy orders the National Defence Force, under a command post, to carry out its mission against the TPLF: "the federal government is therefore forced into a military confrontation".',
    },
    [S.apNov4, S.horndiplomatNov4],
  ),
  ev(
    'IncidentReported',
    'inc-asmara-rockets',
    { occurredAt: '2020-11-14T19:00:00Z', precision: 'approximate', recordedAt: rec('2020-11-15', '09:00') },
    {
      incidentId: 'asmara-rockets-2020-11-14',
      kind: 'missile-strike',
      perpetrator: 'tplf',
      against: 'eritrea',
      place: 'Asmara',
      description:
        "Rockets fired from Tigray at Asmara on Saturday night, two of them reported near the airport (diplomats; the BBC); no casualties reported. Eritrea says they landed in the countryside.",
    },
    [S.monitorNov15, S.sbsNov15],
  ),
  ev(
    'StatementMade',
    'stmt-debretsion-nov15',
    { occurredAt: '2020-11-15', recordedAt: rec('2020-11-15', '12:00') },
    {
      speaker: DEBRETSION_2020,
      audience: 'eritrea',
      tone: 'accusation',
      summary:
        "Debretsion confirms that Tigray's forces fired the rockets at Asmara's airport, as retaliation for Eritrea's part in the federal offensive, which Ethiopia denies.",
    },
    [S.sbsNov15, S.monitorNov15],
  ),
  ev(
    'ActorRegistered',
    'actor-usa',
    { occurredAt: '2020-11-15', recordedAt: rec('2020-11-15', '12:05') },
    { actor: USA, role: 'third-party' },
    [S.monitorNov15],
  ),
  ev(
    'StatementMade',
    'stmt-nagy-nov15',
    { occurredAt: '2020-11-15', recordedAt: rec('2020-11-15', '12:10') },
    {
      speaker: NAGY,
      audience: 'tplf',
      tone: 'critical',
      summary:
        'The United States strongly condemns the TPLF\'s "unjustifiable attacks against Eritrea on November 14" and its efforts to internationalise the conflict in Tigray.',
    },
    [S.monitorNov15],
  ),
  ev(
    'IncidentReported',
    'inc-axum-shelling',
    { occurredAt: '2020-11-19', recordedAt: rec('2021-02-26', '12:00') },
    {
      incidentId: 'axum-offensive-2020-11-19',
      kind: 'shelling',
      perpetrator: 'eritrea',
      allegedBy: 'tplf',
      against: 'tplf',
      place: 'Axum',
      description:
        'Amnesty International (26 February 2021): Ethiopian and Eritrean forces took Axum on 19 November 2020 in a large-scale offensive, killing and displacing civilians with indiscriminate shelling and shooting.',
    },
    [S.wionFeb26, S.trtFeb26],
    { note: 'Recorded when Amnesty published its report; the source is Amnesty, not the TPLF, but the account is that of the survivors.' },
  ),
  ev(
    'IncidentReported',
    'inc-axum-massacre',
    { occurredAt: '2020-11-28', recordedAt: rec('2021-02-26', '12:05') },
    {
      incidentId: 'axum-massacre-2020-11-28',
      kind: 'lethal-force',
      perpetrator: 'eritrea',
      against: 'tplf',
      target: 'Unarmed civilians of Axum, taken for TPLF fighters and supporters',
      place: 'Axum',
      fatalities: { min: 200, max: 200 },
      description:
        'Amnesty International: Eritrean troops "systematically killed hundreds of civilians in cold blood" in Axum on 28–29 November 2020, opening fire in the streets and going house to house, after an attack by a small group of TPLF-aligned militiamen; it may be a crime against humanity. Ethiopia and Eritrea then denied Eritrean troops were in Tigray.',
    },
    [S.wionFeb26, S.trtFeb26],
  ),
  ev(
    'StatementMade',
    'stmt-blinken-feb27',
    { occurredAt: '2021-02-27', recordedAt: rec('2021-02-28', '08:00') },
    {
      speaker: BLINKEN,
      audience: 'eritrea',
      tone: 'critical',
      summary:
        'Blinken: the United States is gravely concerned by reported atrocities in Tigray; it calls for the immediate withdrawal of Eritrean forces and Amhara regional forces from Tigray and for declarations of cessation of hostilities.',
    },
    [S.aniFeb28],
  ),
  ev(
    'StatementMade',
    'stmt-abiy-mar23',
    { occurredAt: '2021-03-23', recordedAt: rec('2021-03-23', '18:00') },
    {
      speaker: ABIY,
      audience: 'eritrea',
      tone: 'conciliatory',
      summary:
        "Answering MPs, Abiy acknowledges for the first time that Eritrean troops are in Tigray: they took positions to protect Eritrea's security when the Ethiopian army left the border; they will leave once Ethiopia's army controls it; Ethiopia will meet Eritrea shortly. He thanks Eritrea's people and government for their support after the TPLF's attack.",
    },
    [S.raimoqMar23],
  ),
  ev(
    'TalksRoundOpened',
    'asmara-2021-opened',
    { occurredAt: '2021-03-25', recordedAt: rec('2021-03-26', '12:00') },
    {
      roundId: R.asmara2021,
      label: 'Abiy in Asmara on the Eritrean troops',
      format: 'formal',
      venue: 'Asmara',
      delegations: [
        { actorId: 'ethiopia', head: ABIY },
        { actorId: 'eritrea', head: ISAIAS },
      ],
    },
    [S.trtMar26],
  ),
  ev(
    'TalksRoundConcluded',
    'asmara-2021-concluded',
    { occurredAt: '2021-03-26', recordedAt: rec('2021-03-26', '12:05') },
    {
      roundId: R.asmara2021,
      outcome: 'agreement',
      summary: "Abiy announces that Eritrea has agreed to withdraw its forces out of Ethiopia's border.",
    },
    [S.trtMar26, S.telesurMar26],
    { occurrence: 'eritrean-withdrawal-2021' },
  ),
  ev(
    'AgreementReached',
    'agr-withdrawal',
    { occurredAt: '2021-03-26', recordedAt: rec('2021-03-26', '12:10') },
    {
      agreementId: 'eritrean-withdrawal-2021',
      kind: 'partial',
      provisions: [
        'The government of Eritrea withdraws its forces out of the Ethiopian border.',
        'The Ethiopian National Defense Force takes over guarding the border areas, effective immediately.',
      ],
      signatories: ['eritrea', 'ethiopia'],
      textPublic: false,
      roundId: R.asmara2021,
    },
    [S.trtMar26, S.telesurMar26],
    {
      occurrence: 'eritrean-withdrawal-2021',
      note: "Announced by Abiy; Eritrea did not confirm it until its letter to the Security Council (16 April). The UN and the United States saw no withdrawal in April.",
    },
  ),
  ev(
    'StatementMade',
    'stmt-eri-un-apr16',
    { occurredAt: '2021-04-16', recordedAt: rec('2021-04-17', '09:00') },
    {
      speaker: SOPHIA,
      audience: 'united-states',
      tone: 'critical',
      summary:
        "In a letter to the Security Council, Eritrea acknowledges its troops in Tigray for the first time and says Eritrea and Ethiopia have agreed \"at the highest levels\" to begin their withdrawal and the simultaneous redeployment of Ethiopian contingents along the border; it protests the United States' \"unwarranted statements\" and blames the TPLF for the war.",
      quote:
        'As the looming grave threat has been largely thwarted, Eritrea and Ethiopia have agreed — at the highest levels — to embark on the withdrawal of Eritrean forces and the simultaneous redeployment of Ethiopian contingents along the international boundary.',
    },
    [S.reutersApr16, S.voaApr16],
  ),
  ev(
    'StatementMade',
    'stmt-blinken-apr26',
    { occurredAt: '2021-04-26', recordedAt: rec('2021-04-26', '20:00') },
    {
      speaker: BLINKEN,
      audience: 'ethiopia',
      tone: 'critical',
      summary:
        "In a call with Abiy, Blinken presses for Ethiopia's and Eritrea's commitments to withdraw the Eritrean troops from Tigray to be carried out \"immediately, in full, and in a verifiable manner\"; Washington has seen no evidence of a withdrawal.",
    },
    [S.reutersApr26],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'eritrea-ethiopia-2018.jsonl',
  logEnd: '2021-05-31T00:00:00Z',
  events,
};

export default definition;
