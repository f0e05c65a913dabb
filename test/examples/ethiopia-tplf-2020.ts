/**
 * A test fixture, not a shipped example: the war between Ethiopia's federal
 * government and the Tigray People's Liberation Front (TPLF), November 2020 to
 * March 2023, as an analyst following the news could have recorded it: the
 * TPLF's attacks on the Northern Command and the federal offensive (4 November
 * 2020), the rockets on Bahir Dar and Gondar, Abiy's 72-hour ultimatum and the
 * capture of Mekelle (28 November), the guerrilla months, the Togoga air strike
 * and the Tigrayan forces' return to Mekelle with the government's unilateral
 * ceasefire (28 June 2021), the advance into Amhara and Afar, the air strikes on
 * Mekelle and the fall of Dessie and Kombolcha (October 2021), the federal
 * counter-offensive (December 2021), the Tigrayan withdrawal and the Dedebit
 * drone strike, the humanitarian truce of 24 March 2022 that held five months,
 * the fighting that resumed on 24 August 2022, Shire and Adwa, the AU-led talks
 * in Pretoria and the Cessation of Hostilities Agreement (2 November 2022), the
 * Nairobi declaration of the commanders (12 November), services restored, the
 * heavy weapons handed over (January 2023), the prime minister's first meeting
 * with the TPLF (3 February), the terrorist designation lifted (22 March) and
 * the interim administration (23 March). Escalation model v2 was never tuned on
 * it: it is the case the model is held to in ethiopia-tplf-2020.spec.ts,
 * against the calls an analyst makes from DOMAIN.md §5b alone.
 *
 * What it tests that the other cases did not: a long civil war with lulls, a
 * one-sided ceasefire that the other party rejects, a truce that holds five
 * months and then collapses, and an agreement implemented step by step — when
 * is it cooperative?
 *
 * The pair is the federal government (`ethiopia`) and the TPLF (`tplf`, with
 * its Tigray Defence Forces). Eritrea's army and the Amhara regional forces
 * and Fano militia fought beside the federal army: they are third parties
 * (§5b: a third party's attacks are not armed action between the pair).
 * Where a report names federal troops fighting alongside them (Shire, Adwa),
 * the act is the federal army's; where it names only them (the fighting around
 * Sanka and Lalibela in August 2021, the Eritrean killings after the Pretoria
 * agreement, the TPLF's rocket on Asmara), it is the third party's.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source.
 *
 * Grading as in examples/README.md: B = established outlet or wire copy
 * (Reuters, AP, AFP, Al Jazeera, BBC, Anadolu, VOA, Addis Standard, Nation,
 * Sudan Tribune), C = smaller outlet, aggregator, blog summary or mirror of a
 * wire story (Horn Diplomat, Borkena, Journal du Cameroun, Sputnik, Devdiscourse,
 * Exbulletin, Pledge Times, David Shinn's blog of press summaries); 1 = an
 * on-record act or statement confirmed by the actor itself or both parties;
 * 2 = several outlets agree, or one established outlet reports it from
 * witnesses or officials; 3 = one side's unverified claim.
 *
 * Judgement calls, recorded as an analyst would:
 * - The Northern Command attacks (night of 3–4 November 2020) are dated 4
 *   November, the day Abiy announced them; the TPLF called them "a pre-emptive
 *   strike", so the act is not disputed, only its justification.
 * - The federal air strikes of mid-November 2020 are known from the TPLF's
 *   account (its rockets on Bahir Dar and Gondar were "retaliation" for them):
 *   dated approximately to 13 November, graded 3.
 * - The capture of Mekelle (28 November 2020) came after "half a day of
 *   airstrikes supported by mechanized brigades and the infantry" (Anadolu);
 *   no source gives a toll for the day. It is recorded `scale: 'major'`
 *   (heavy armed action whatever toll is recorded), as its sources describe
 *   it: Anadolu, "The main operation is successfully concluded"; the BBC
 *   (Vanguard copy), the government "beginning the 'final phase' of an
 *   offensive" and, by Debretsion, "government forces had started an
 *   operation to capture it". Wukro (27 November) is not marked: its source
 *   says only that the town was captured.
 * - The guerrilla months (December 2020 – May 2021) are thinly recorded: the
 *   killing of Seyoum Mesfin and two other TPLF leaders in a shoot-out (13
 *   January 2021) is the one dated engagement kept; nothing is recorded between
 *   mid-January and June, and no call falls there.
 * - The government's ceasefire of 28 June 2021 is unilateral: declared by the
 *   federal government as its troops left Mekelle, binding it alone (`parties`
 *   is the government), rejected by the TPLF ("until all our enemies leave
 *   Tigray, we will fight"). It is ended `collapsed` on 10 August 2021, when
 *   the prime minister's office ordered the army, special forces and militias
 *   "to halt the destruction of the treasonous and terrorist TPLF once and for
 *   all" and called every capable Ethiopian to arms.
 * - The advance into Afar and Amhara (July–August 2021) was fought, in the
 *   dated reports gathered, against regional forces and militias (Afar's,
 *   Amhara's, Oromia's); Lalibela fell on 5 August without a fight. The
 *   fighting around Sanka and Ala Wuha, which the Amhara region says its
 *   militia and special forces fought without the federal army, is recorded as
 *   the TPLF's against the Amhara forces (a third party). No dated report of
 *   federal troops fighting in those weeks was found: nothing between the pair
 *   is recorded from 28 June to 8 October 2021 (the air strikes on the
 *   Tigrayan forces in Amhara), and no call falls there.
 * - The humanitarian truce of 24 March 2022 was declared by the government
 *   ("indefinite", "effective immediately") and accepted the same evening by
 *   the Tigray authorities, who said they would observe a cessation of
 *   hostilities if aid came "within reasonable time": one ceasefire binding
 *   both, with no mediator. It was never a negotiated agreement (two
 *   declarations, no text, no signatures): no AgreementReached is recorded for
 *   it. It ended `collapsed` on 24 August 2022, each side blaming the other.
 * - The fighting of 24 August 2022 is one occurrence told two ways (the
 *   government: the TPLF attacked from Bisober, Zobel and Tekulshe; the TPLF:
 *   the federal army, Amhara special forces and militias attacked towards
 *   Alamata): two IncidentReported with one `occurrence` key. The TPLF's
 *   account is recorded `scale: 'major'`, as its source gives it (TRT World,
 *   from Anadolu: Getachew Reda "said Ethiopian forces launched a
 *   'large-scale offensive' on rebel positions", the Tigrayan command an
 *   "extensive offensive"); the government's account, "attacks on Ethiopian
 *   forces near Kobo", is not marked.
 * - Shire (17 October 2022) and Adwa (22 October) were taken by "Ethiopian and
 *   Eritrean forces": recorded as the federal army's, with Eritrea named in the
 *   text.
 * - The Pretoria agreement ("Agreement for Lasting Peace through a Permanent
 *   Cessation of Hostilities") is `comprehensive` (cessation of hostilities,
 *   disarmament, restoration of federal authority and services, an interim
 *   administration), reached `signed` on 2 November 2022 and `in-force` from 3
 *   November, its effective date; its permanent cessation of hostilities is a
 *   CeasefireDeclared of the same occurrence, mediated by the African Union.
 *   The Nairobi declaration of the commanders (12 November) is a `partial`
 *   agreement on its modalities, `signed`.
 * - The drone strike and shelling on Maychew (3 November 2022) are the TPLF's
 *   allegation (Kindeya Gebrehiwot, citing the hospital), "killed and wounded"
 *   civilians with no count given: an IncidentReported alleged by the TPLF and
 *   a violation of the new ceasefire alleged by it, one occurrence, no
 *   casualty range (none is given). The government answered it "remains
 *   committed to the peace agreement".
 * - The killings by Eritrean forces after the agreement (111 killed between 17
 *   and 23 November 2022, by Tigray's emergency coordination centre) are a
 *   third party's; Eritrea did not sign the agreement. The TGCom24 report
 *   that gives them is dated by its month only (December 2022) and is
 *   recorded on 5 December.
 * - The implementation steps have no type of their own: the federal
 *   delegation's visit to Mekelle (26 December 2022) and Abiy's meeting with
 *   the TPLF's delegation (3 February 2023) are rounds held (`informal`,
 *   `progress`); power restored to Mekelle (6 December), flights resumed (28
 *   December), the heavy weapons handed over (10–11 January 2023), the
 *   designation lifted and Getachew Reda appointed (22–23 March) are recorded
 *   as what the parties said of them (StatementMade).
 * - The terrorist designation of the TPLF (6 May 2021) is recorded as the
 *   parliament's accusation; no call falls near it.
 * - Fighting is recorded one IncidentReported per engagement a source
 *   reports: where a report names fighting in separate towns (Mekelle and
 *   Dansha; Axum and Adwa; Lalibela, Dessie and Kombolcha; Shire, Alamata and
 *   Korem), each town is its own incident, as the Sudan case records them; a
 *   report of one offensive, however many directions it names (Kobo, 24
 *   August 2022), is one.
 * - Added after the first run of the model, as an analyst following the days
 *   would have recorded them: the first pass merged the towns above into one
 *   record each, and left out the air strike on Mekelle of 28 October 2021
 *   (the city's sixth that month, by the Tigray media), the army's recapture
 *   of Lalibela on 1 December 2021 (in a report it already cited) and the
 *   capture of Wukro on the eve of Mekelle's fall (27 November 2020). None
 *   changes a ceasefire, an agreement or its dates. A day-by-day read of the
 *   model then showed stretches of the war reading 2 for want of records; the
 *   dated reports found for them were added (the air strikes in Amhara of 8
 *   October 2021, the Mai Tsebri drone strike of 10 January 2022, the air
 *   strike on Mekelle of 13 September 2022, the northern offensive of 20
 *   September 2022) and change no call. The offensive is the TPLF's account
 *   of Eritrea's army with federal units: recorded as Eritrea's (a third
 *   party) and, as the DR Congo – Rwanda case records Rwanda's troops beside
 *   M23, as the federal units' own record, one occurrence.
 * - The record stays thinner than the war in places: the guerrilla months
 *   (only 13 January 2021 between December and June), the advance into Afar
 *   and Amhara (July – early October 2021), and the offensives of September –
 *   mid-October 2022 (four records). The model reads those stretches as
 *   strained or coercive; no call falls in them.
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'ethiopia-tplf-2020';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 2020);
/** A recordedAt: the day (YYYY-MM-DD) and time (hh:mm), UTC. */
const rec = (day: string, time: string): string => `${day}T${time}:00Z`;

const ETHIOPIA: Actor = {
  id: 'ethiopia',
  name: 'Federal Government of Ethiopia',
  kind: 'state',
  aliases: ['Ethiopian government', 'ENDF', 'Ethiopian National Defense Force', 'Addis Ababa'],
};
const TPLF: Actor = {
  id: 'tplf',
  name: "Tigray People's Liberation Front",
  kind: 'de-facto-authority',
  aliases: ['TPLF', 'Tigray Defence Forces', 'TDF', 'Tigray regional government', 'Tigray Army'],
};
const ERITREA: Actor = {
  id: 'eritrea',
  name: 'Eritrea',
  kind: 'state',
  aliases: ['Eritrean Defence Forces', 'Asmara'],
};
const AMHARA: Actor = {
  id: 'amhara-forces',
  name: 'Amhara regional forces',
  kind: 'armed-group',
  aliases: ['Amhara special forces', 'Amhara militia', 'Fano'],
};
const AU: Actor = {
  id: 'african-union',
  name: 'African Union',
  kind: 'international-organisation',
  aliases: ['AU', 'AU High-Level Panel', 'Obasanjo', 'Kenyatta', 'Mlambo-Ngcuka'],
};

const ABIY: Person = { name: 'Abiy Ahmed', title: 'Prime Minister of Ethiopia', actorId: 'ethiopia' };
const PM_OFFICE: Person = { name: 'Office of the Prime Minister of Ethiopia (statement)', actorId: 'ethiopia' };
const GOV: Person = { name: 'Government of Ethiopia (statement)', actorId: 'ethiopia' };
const GCS: Person = { name: 'Government Communication Service of Ethiopia (statement)', actorId: 'ethiopia' };
const REDWAN: Person = {
  name: 'Redwan Hussein',
  title: 'National security adviser to the prime minister',
  actorId: 'ethiopia',
};
const HOPR: Person = {
  name: "House of Peoples' Representatives of Ethiopia",
  title: 'Federal parliament',
  actorId: 'ethiopia',
};
const DEBRETSION: Person = {
  name: 'Debretsion Gebremichael',
  title: 'Chairman of the TPLF, president of Tigray',
  actorId: 'tplf',
};
const GETACHEW: Person = { name: 'Getachew Reda', title: 'Spokesman of the TPLF', actorId: 'tplf' };
const LIYA: Person = { name: 'Liya Kassa', title: 'Spokeswoman of the TPLF', actorId: 'tplf' };
const TIGRAY_GOV: Person = { name: 'Government of Tigray (statement)', actorId: 'tplf' };

const S = {
  horndiplomatNov4: source(
    'Ethiopian PM gives order to defense forces to start military offensive against TPLF',
    'Horn Diplomat',
    'https://www.horndiplomat.com/2020/11/04/ethiopian-pm-gives-order-to-defense-forces-to-start-military-offensive-against-tplf/',
    '2020-11-04',
    'C',
    1,
  ),
  journalnewsNov4: source(
    'Ethiopian leader orders military against regional government',
    'Journal-News (AP)',
    'https://www.journal-news.com/nation-world/ethiopian-leader-orders-military-against-regional-government/AY5OLVG4LNDLRJBGS2K66JTOJU/',
    '2020-11-04',
    'B',
    2,
  ),
  allafricaNov5: source(
    'Ethiopia: PM Orders Military Offensive Against TPLF',
    'AllAfrica (Ethiopian Herald)',
    'https://allafrica.com/stories/202011050079.html',
    '2020-11-05',
    'B',
    1,
  ),
  jdcNov4: source(
    'War breaks out in northern Ethiopia between central government, TPLF',
    'Journal du Cameroun',
    'https://www.journalducameroun.com/en/war-breaks-out-in-northern-ethiopian-between-central-government-tplf/',
    '2020-11-04',
    'C',
    2,
  ),
  addisstandardNov14: source(
    'Ethiopia: Rocket Attacks Damage Airport Areas in Bahir Dar, Gonder Cities, Government Blames TPLF',
    'AllAfrica (Addis Standard)',
    'https://allafrica.com/stories/202011140083.html',
    '2020-11-14',
    'B',
    2,
  ),
  jdcNov15: source(
    'Tigray: Defiant TPLF fire rockets, target airports',
    'Journal du Cameroun',
    'https://www.journalducameroun.com/en/tigray-defiant-tplf-fire-rockets-target-airports/',
    '2020-11-15',
    'C',
    1,
  ),
  ethiopianmonitorNov20: source(
    'Federal Troops Takes Full Control of Axum & Adowa, Closing in on Adigrat City',
    'Ethiopian Monitor',
    'https://ethiopianmonitor.com/2020/11/20/federal-troops-takes-full-control-of-axum-adowa-closing-in-on-adigrat-city/',
    '2020-11-20',
    'C',
    3,
  ),
  arabnewsNov20: source(
    "Ethiopia's Tigray rebels fire rockets into Bahir Dar city",
    'Arab News (Reuters)',
    'https://www.arabnews.com/node/1765711/world',
    '2020-11-20',
    'B',
    2,
  ),
  devdiscourseNov22: source(
    'Ethiopia PM gives Tigray forces 72-hour ultimatum to surrender regional capital',
    'Devdiscourse (Reuters)',
    'https://www.devdiscourse.com/article/law-order/1316949-ethiopia-pm-gives-tigray-forces-72-hour-ultimatum-to-surrender-regional-capital',
    '2020-11-22',
    'C',
    1,
  ),
  daytonNov22: source(
    'Ethiopia warns civilians of "no mercy" in Tigray offensive',
    'Dayton Daily News (AP)',
    'https://www.daytondailynews.com/nation-world/ethiopia-civilians-warns-of-no-mercy-in-tigray-offensive/LICKM3LNEBD23CRMP5IOKV6PVM/',
    '2020-11-22',
    'B',
    1,
  ),
  sudantribuneNov28: source(
    'Ethiopian federal forces capture Mekelle',
    'Sudan Tribune',
    'https://sudantribune.com/spip.php?article70152',
    '2020-11-28',
    'B',
    1,
  ),
  anewsNov28: source(
    'Ethiopian forces end main operation in northern Tigray',
    'A News (Anadolu)',
    'https://www.anews.com.tr/world/2020/11/28/ethiopian-forces-end-main-operation-in-northern-tigray',
    '2020-11-28',
    'B',
    2,
  ),
  vanguardNov28: source(
    "Ethiopia's Tigray crisis: Regional capital Mekelle under heavy fire",
    'Vanguard (BBC)',
    'https://www.vanguardngr.com/2020/11/ethiopias-tigray-crisis-regional-capital-mekelle-under-heavy-fire/',
    '2020-11-28',
    'C',
    2,
  ),
  jowharNov28: source(
    'The Ethiopian military has taken full control of Tigray’s capital, the chief of staff said',
    'Jowhar (AFP)',
    'https://www.jowhar.com/world/the-ethiopian-military-has-taken-full-control-of-tigrays-capital-the-chief-of-staff-said.html',
    '2020-11-28',
    'C',
    2,
  ),
  borkenaJan13: source(
    'Former FM Seyoum Mesfin, two top TPLF political leaders killed in Tigray',
    'Borkena',
    'https://borkena.com/2021/01/13/former-fm-seyoum-mesfin-two-top-tplf-political-leaders-killed-in-tigray/',
    '2021-01-13',
    'C',
    2,
  ),
  iafricaJan13: source(
    'Addis kills some of the masterminds behind the Tigray resistance',
    'iAfrica (Al Jazeera)',
    'https://iafrica.com/addis-kills-some-of-the-masterminds-behind-the-tigray-resistance/',
    '2021-01-13',
    'C',
    2,
  ),
  nationMay7: source(
    "Ethiopia designates Tigray's former ruling party as terrorists",
    'Nation (Nation Media Group)',
    'https://nation.africa/kenya/news/africa/ethiopia-designates-tigray-s-former-ruling-party-as-terrorists-3390870',
    '2021-05-07',
    'B',
    1,
  ),
  wrexJun23: source(
    "Witnesses say airstrike in Ethiopia's Tigray kills dozens",
    'WREX (AP)',
    'https://wrex.com/2021/06/23/witnesses-say-airstrike-in-ethiopias-tigray-kills-dozens/',
    '2021-06-23',
    'B',
    2,
  ),
  deccanJun24: source(
    "'64 dead in Ethiopian air strike on Tigray market'",
    'Deccan Herald (AFP)',
    'https://www.deccanherald.com/international/world-news-politics/64-dead-in-ethiopian-air-strike-on-tigray-market-official-1001050.html',
    '2021-06-24',
    'B',
    2,
  ),
  wionJun28: source(
    'Rebels enter Tigray capital, Ethiopia declares unilateral ceasefire',
    'WION (AFP)',
    'https://www.wionews.com/world/rebels-enter-tigray-capital-ethiopia-declares-unilateral-ceasefire-394561',
    '2021-06-28',
    'B',
    2,
  ),
  bbcJun28: source(
    'Tigray conflict: Unilateral ceasefire declared - state TV',
    'BBC News',
    'https://www.bbc.com/news/world-africa-57645282',
    '2021-06-28',
    'B',
    1,
  ),
  pmnewsJun29: source(
    'Ethiopia declares dramatic ceasefire in Tigray',
    'PM News (Reuters)',
    'https://pmnewsnigeria.com/2021/06/29/ethiopia-declares-dramatic-ceasefire-in-tigray/',
    '2021-06-29',
    'C',
    1,
  ),
  voaJun29: source(
    'Unilateral Ethiopia Cease-fire Takes Effect in Tigray',
    'VOA News',
    'https://www.voanews.com/africa/unilateral-ethiopia-cease-fire-takes-effect-tigray',
    '2021-06-29',
    'B',
    1,
  ),
  borkenaAug5: source(
    'Tigray rebels reportedly raided Lalibela where rock-hewn churches are located',
    'Borkena',
    'https://borkena.com/2021/08/05/tigray-rebels-reportedly-raided-lalibela-where-rock-hewn-churches-are-located/',
    '2021-08-05',
    'C',
    3,
  ),
  allafricaAug6: source(
    'Ethiopia: Tigray Forces Seize Lalibela',
    'AllAfrica (Reuters, AFP)',
    'https://allafrica.com/stories/202108060010.html',
    '2021-08-06',
    'B',
    2,
  ),
  nationalpostAug10: source(
    'Ethiopia urges citizens to join fight against Tigrayan forces',
    'National Post (Reuters)',
    'https://nationalpost.com/pmn/news-pmn/ethiopia-urges-citizens-to-join-fight-against-tigrayan-forces-3',
    '2021-08-10',
    'B',
    1,
  ),
  trtAug10: source(
    'Ethiopia PM Abiy calls on all eligible citizens to join army against TPLF',
    'TRT World (AFP)',
    'https://www.trtworld.com:443/article/12762687',
    '2021-08-10',
    'B',
    1,
  ),
  kichuuOct8: source(
    'Airstrikes against Tigrayan forces intensify in Ethiopia’s Amhara region -TPLF spokesman',
    'Kichuu (Reuters)',
    'https://kichuu.com/airstrikes-against-tigrayan-forces-intensify-in-ethiopias-amhara-region-tplf-spokesman/',
    '2021-10-08',
    'C',
    3,
  ),
  sputnikOct20: source(
    "Tigray Forces Accuse Ethiopian Gov't of New Airstrikes in Mekelle",
    'Sputnik',
    'https://sputniknews.com/20211020/tigray-forces-accuse-ethiopian-govt-of-new-airstrikes-in-mekelle-1090070139.html',
    '2021-10-20',
    'C',
    2,
  ),
  exbulletinOct22: source(
    'Mekelle struck, residents flee Amhara city as Ethiopia battle intensifies',
    'Exbulletin (Reuters)',
    'https://exbulletin.com/world/1232716/',
    '2021-10-22',
    'C',
    2,
  ),
  hahuprimeOct28: source(
    'Ethiopia conducting Airstrike targeting civilians for 6th times in Tigray’s capital, Mekelle',
    'Hahu Prime (Tigray Mass Media Agency)',
    'https://hahuprime.com/ethiopia-conducting-airstrike-targeting-civilians-for-6th-times-in-tigrays-capital/',
    '2021-10-28',
    'C',
    3,
  ),
  d1Nov1: source(
    'In Ethiopia, Tigray separatists say they have conquered the city of Dessie',
    'D1 Softball News (Reuters)',
    'https://d1softballnews.com/in-ethiopia-tigray-separatists-say-they-have-conquered-the-city-of-dessie-north-of-the-capital-addis-ababa/',
    '2021-11-01',
    'C',
    3,
  ),
  washingtonnewsdayOct31: source(
    'Tigrayan rebels claim an Ethiopian town in a major advance that the Ethiopian government denies',
    'Washington Newsday (AFP)',
    'https://washingtonnewsday.com/finance/tigrayan-rebels-claim-an-ethiopian-town-in-a-major-advance-that-the-ethiopian-government-denies/',
    '2021-10-31',
    'C',
    2,
  ),
  sauressNov2: source(
    'Ethiopia declares a state of emergency as Tigray forces advance (Arabic)',
    'Sauress (Al Jazeera, Reuters)',
    'https://sauress.com/twasul/1704464',
    '2021-11-02',
    'C',
    2,
  ),
  nationalpostDec6: source(
    'Ethiopian forces have recaptured two strategic towns, government says',
    'National Post (Reuters)',
    'https://nationalpost.com/pmn/news-pmn/ethiopian-forces-have-recaptured-two-strategic-towns-government-says',
    '2021-12-06',
    'B',
    2,
  ),
  washingtonnewsdayDec6: source(
    'The Ethiopian government claims to have retaken key cities',
    'Washington Newsday (AFP)',
    'https://washingtonnewsday.com/world/the-ethiopian-government-claims-to-have-retaken-key-cities/',
    '2021-12-06',
    'C',
    2,
  ),
  anewsDec21: source(
    'Tigray rebels withdraw forces from across Ethiopia',
    'A News (Anadolu)',
    'https://www.anews.com.tr/world/2021/12/21/tigray-rebels-withdraw-forces-from-across-ethiopia',
    '2021-12-21',
    'B',
    1,
  ),
  monitorJan9: source(
    'Tigray rebels claim dozens killed in drone strike on IDP camp',
    'Daily Monitor (AFP)',
    'https://www.monitor.co.ug/uganda/news/tigray-rebels-claim-dozens-killed-in-drone-strike-on-idp-camp-3676406',
    '2022-01-09',
    'B',
    2,
  ),
  cgtnJan11: source(
    "17 killed in drone strike in Ethiopia's Tigray",
    'CGTN (AFP)',
    'https://news.cgtn.com/news/2022-01-11/17-killed-in-drone-strike-in-Ethiopia-s-Tigray-16K8DKweJfq/index.html',
    '2022-01-11',
    'B',
    2,
  ),
  tadiasMar24: source(
    'UPDATE: Ethiopia Declares Humanitarian Truce in Tigray to Allow Aid, TPLF Agrees',
    'Tadias Magazine (AP, BBC)',
    'http://www.tadias.com/03/24/2022/update-ethiopia-declares-humanitarian-truce-in-tigray-to-allow-aid/',
    '2022-03-24',
    'C',
    1,
  ),
  wapoMar24: source(
    'Ethiopia declares humanitarian truce in war-ravaged Tigray',
    'The Washington Post (AP)',
    'https://www.washingtonpost.com/world/ethiopia-declares-humanitarian-truce-in-war-ravaged-tigray/2022/03/24/11a094ae-ab80-11ec-8a8e-9c6e9fc7a0de_story.html',
    '2022-03-24',
    'B',
    1,
  ),
  sowetanApr26: source(
    "Tigray forces leaving Ethiopia's Afar region, says spokesperson",
    'Sowetan Live (Reuters)',
    'https://www.sowetanlive.co.za/news/africa/2022-04-26-tigray-forces-leaving-ethiopias-afar-region-says-spokesperson/',
    '2022-04-26',
    'B',
    2,
  ),
  thewallApr26: source(
    "Tigrayan forces say they are withdrawing from Ethiopia's Afar region",
    'The Wall (CNN)',
    'https://thewall.fyi/tigrayan-forces-say-they-are-withdrawing-from-ethiopias-afar-region/',
    '2022-04-26',
    'C',
    2,
  ),
  trtAug24: source(
    'Ethiopia, Tigray rebels trade blame as fighting ends months-long truce',
    'TRT World',
    'https://www.trtworld.com/article/12785578',
    '2022-08-24',
    'B',
    2,
  ),
  gambellaAug24: source(
    'Fighting resumes in Tigray, northern region of Ethiopia',
    'Gambella Media (Reuters)',
    'http://www.gambellamedia.com/index.php/world/26-africa/239-fighting-resumes-in-tigray-northern-region-of-ethiopia',
    '2022-08-24',
    'C',
    2,
  ),
  fidesAug24: source(
    'Resumption of fighting in Tigray: government and rebels accuse each other of having interrupted the truce',
    'Agenzia Fides',
    'http://fides.org/en/news/72690',
    '2022-08-24',
    'C',
    2,
  ),
  ajcAug26: source(
    "Airstrike hits kindergarten in capital of Ethiopia's Tigray",
    'Atlanta Journal-Constitution (AP)',
    'https://www.ajc.com/news/nation-world/airstrike-hits-kindergarten-in-capital-of-ethiopias-tigray/EI4Z2JACN5DX7BADVEPKHXYFDQ/',
    '2022-08-26',
    'B',
    2,
  ),
  tvcAug27: source(
    'UNICEF condemns deadly air raid that hit kindergarten in Tigray',
    'TVC News (AFP)',
    'https://www.tvcnews.tv/2022/08/unicef-condemns-deadly-air-raid-that-hit-kindergarten-in-tigray/',
    '2022-08-27',
    'C',
    2,
  ),
  i24Aug31: source(
    "New front opens in Ethiopia's resurging Tigray war",
    'i24NEWS (AFP)',
    'https://www.i24news.tv/en/news/international/africa/1661964695-new-front-opens-in-ethiopia-s-resurging-tigray-war',
    '2022-08-31',
    'B',
    2,
  ),
  sputnikSep1: source(
    'Ethiopia Accuses TPLF of New Attack on Western Tigray as Insurgent Group Claims Eritrean Invasion',
    'Sputnik',
    'https://sputniknews.com/20220901/ethiopia-accuses-tplf-of-new-attack-on-western-tigray-as-insurgent-group-claims-eritrean-invasion-1100286064.html',
    '2022-09-01',
    'C',
    3,
  ),
  alarabiyaSep1: source(
    'TPLF says Eritrean and Ethiopian forces launch attack in northwest Tigray',
    'Al Arabiya (Reuters)',
    'https://english.alarabiya.net/News/world/2022/09/01/TPLF-says-Eritrean-and-Ethiopian-forces-launch-attack-in-northwest-Tigray',
    '2022-09-01',
    'B',
    2,
  ),
  trtSep13: source(
    "Air strike hits capital of Ethiopia's northern Tigray region",
    'TRT World',
    'https://www.trtworld.com:443/video/12784914',
    '2022-09-13',
    'B',
    2,
  ),
  meridianoSep26: source(
    'Ethiopia and Eritrea launch an offensive in Tigray',
    'Meridiano 42',
    'https://www.meridiano42.it/en/2022/09/26/ethiopia-and-eritrea-launch-and-offensive-in-tigray/',
    '2022-09-26',
    'C',
    3,
  ),
  trtSep11: source(
    "Ethiopia's Tigray rebels say ready for African Union's peace talks",
    'TRT World (AFP)',
    'https://www.trtworld.com/africa/ethiopia-s-tigray-rebels-say-ready-for-african-union-s-peace-talks-60691',
    '2022-09-11',
    'B',
    1,
  ),
  nasdaqOct5: source(
    'Ethiopian government accepts African Union invitation to peace talks',
    'Nasdaq (Reuters)',
    'https://www.nasdaq.com/articles/ethiopian-government-accepts-african-union-invitation-to-peace-talks',
    '2022-10-05',
    'B',
    1,
  ),
  shinnOct17: source(
    'Ethiopian/Eritrean Forces Capture Town in Northwest Tigray',
    'David Shinn blog (Reuters)',
    'http://davidshinn.blogspot.com/2022/10/ethiopianeritrean-forces-capture-town.html',
    '2022-10-17',
    'C',
    2,
  ),
  kdrtvOct18: source(
    'Ethiopia War: Federal Army Captures Shire and Two Other Tigray towns',
    'KDRTV',
    'https://www.kdrtv.co.ke/world/ethiopia-war-federal-army-captures-shire-and-two-other-tigray-towns/',
    '2022-10-18',
    'C',
    2,
  ),
  africaparrotOct18: source(
    'Ethiopian army seizes Shire and two other Tigray towns',
    'Africa Parrot (BBC)',
    'https://africaparrot.com/2022/10/ethiopia-army-seizes-shire-and-two-other-tigray-towns/',
    '2022-10-18',
    'C',
    2,
  ),
  ahramOct23: source(
    'Ethiopia takes Tigray town ahead of anticipated peace talks',
    'Ahram Online (AP)',
    'https://english.ahram.org.eg/News/478336.aspx',
    '2022-10-23',
    'B',
    2,
  ),
  busiweekOct26: source(
    'AU Initiates Talks Between Ethiopia and Tigray Rebels',
    'Busiweek',
    'https://www.busiweek.com/au-initiates-talks-between-ethiopia-and-tigray-rebels/?utm_source=rss&utm_medium=rss&utm_campaign=au-initiates-talks-between-ethiopia-and-tigray-rebels',
    '2022-10-26',
    'C',
    1,
  ),
  sputnikNov2: source(
    "TPLF, Ethiopian Gov't Reach 'Cessation of Hostilities' Deal in South Africa Peace Process",
    'Sputnik',
    'https://sputniknews.com/20221102/tplf-ethiopian-govt-reach-cessation-of-hostilities-deal-in-south-africa-peace-process-1103056505.html',
    '2022-11-02',
    'C',
    1,
  ),
  jpostNov4: source(
    'Ethiopia, Tigray forces agree to cease hostilities',
    'The Jerusalem Post (Reuters)',
    'https://www.jpost.com/international/article-721507',
    '2022-11-04',
    'B',
    1,
  ),
  ahramNov5: source(
    'Tigray rebels accuse Ethiopia of attacks after peace deal',
    'Ahram Online (AFP)',
    'https://english.ahram.org.eg/News/479199.aspx',
    '2022-11-05',
    'B',
    3,
  ),
  addisstandardNov12: source(
    'News: Federal, Tigray military commanders to form joint committee to elaborate DDR, agree to facilitate unhindered humanitarian access',
    'Addis Standard',
    'https://addisstandard.com/news-court-rules-release-of-olf-officer-bate-urgessa-on-bail/?random-post=1',
    '2022-11-12',
    'B',
    1,
  ),
  pledgeNov12: source(
    'Parties in Ethiopia agree on humanitarian access for all those in need',
    'Pledge Times (AFP)',
    'https://pledgetimes.com/parties-in-ethiopia-agree-on-humanitarian-access-for-all-those-in-need-2/',
    '2022-11-12',
    'C',
    1,
  ),
  paxNov12: source(
    'Declaration of the Senior Commanders on the Modalities for the Implementation of the Agreement for a Lasting Peace',
    'PA-X Peace Agreements Database (University of Edinburgh)',
    'https://pax.peaceagreements.org/agreements/2464/',
    '2022-11-12',
    'B',
    1,
  ),
  tgcomDec: source(
    'Etiopia, forze eritree nel Tigray hanno ucciso 111 persone dopo il cessate il fuoco',
    'TGCom24',
    'https://www.tgcom24.mediaset.it/mondo/etiopia-tigray-cessate-il-fuoco-eritrea_58078879-202202k.shtml',
    '2022-12',
    'C',
    3,
  ),
  africanewsDec28: source(
    'Ethiopian Airlines resumes commercial flights in Tigray region',
    'Africanews',
    'http://www.africanews.com/2022/12/28/ethiopian-airlines-resumes-commercial-flights-in-tigray-region/',
    '2022-12-28',
    'B',
    1,
  ),
  kesqDec28: source(
    "Ethiopian Airlines resumes flights to Tigray's capital",
    'KESQ (AP)',
    'https://kesq.com/news/ap-national-news/2022/12/28/ethiopian-airlines-resumes-flights-to-tigrays-capital/',
    '2022-12-28',
    'B',
    1,
  ),
  horndiplomatJan12: source(
    'Tigray rebels hand over heavy weapons to Ethiopian army',
    'Horn Diplomat (Anadolu)',
    'https://www.horndiplomat.com/2023/01/12/tigray-rebels-hand-over-heavy-weapons-to-ethiopian-army/',
    '2023-01-12',
    'C',
    1,
  ),
  africaJan13: source(
    'Tigrayan forces hand over weapons as part of peace deal',
    'Africa.com (VOA)',
    'https://www.africa.com/tigrayan-forces-hand-over-weapons-as-part-of-peace-deal/',
    '2023-01-13',
    'B',
    1,
  ),
  monitorFeb4: source(
    'Ethiopia PM Abiy, TPLF leaders in first face-to-face meeting',
    'Daily Monitor',
    'https://www.monitor.co.ug/uganda/news/ethiopia-pm-abiy-tplf-leaders-in-first-face-to-face-meeting-4111710',
    '2023-02-04',
    'B',
    1,
  ),
  alarabiyaMar22: source(
    'Ethiopia removes Tigray party from terror list after November ceasefire',
    'Al Arabiya (Bloomberg)',
    'https://english.alarabiya.net/News/world/2023/03/22/Ethiopia-removes-Tigray-party-from-terror-list-after-November-ceasefire',
    '2023-03-22',
    'B',
    1,
  ),
  enaMar23: source(
    'Prime Minister Appoints Chief Administrator for Tigray Region Interim Administration',
    'Ethiopian News Agency',
    'https://www.ena.et/web/eng/w/eng_2619334',
    '2023-03-23',
    'B',
    1,
  ),
  bangkokpostMar23: source(
    'Ethiopia names head of Tigray interim government',
    'Bangkok Post (AFP)',
    'https://www.bangkokpost.com/world/2534714/ethiopia-names-head-of-tigray-interim-government',
    '2023-03-23',
    'B',
    1,
  ),
};

const BIRHANU: Person = {
  name: 'Birhanu Jula',
  title: 'Field Marshal, Chief of the General Staff of the ENDF',
  actorId: 'ethiopia',
};
const TADESSE: Person = {
  name: 'Tadesse Worede',
  title: 'Lt. General, commander of the Tigray forces',
  actorId: 'tplf',
};
const TAGESSE: Person = {
  name: 'Tagesse Chafo',
  title: "Speaker of the House of Peoples' Representatives",
  actorId: 'ethiopia',
};
const ENDF: Person = { name: 'Ethiopian National Defense Force (statement)', actorId: 'ethiopia' };

const S2 = {
  trtJan8: source(
    'Tigray rebels claim dozens dead in airstrike on IDP camp',
    'TRT World (Reuters, AFP)',
    'https://www.trtworld.com/africa/tigray-rebels-claim-dozens-dead-in-airstrike-on-idp-camp-53441',
    '2022-01-08',
    'B',
    2,
  ),
};

const CF = {
  unilateral2021: 'unilateral-ceasefire-2021-06-28',
  truce2022: 'humanitarian-truce-2022-03-24',
  pretoria: 'pretoria-cessation-of-hostilities-2022-11-02',
};
const R = {
  pretoria: 'pretoria-2022-10',
  nairobi: 'nairobi-2022-11',
  mekelle: 'mekelle-visit-2022-12',
  halala: 'halala-kela-2023-02',
};
const AG = { pretoria: 'pretoria-agreement-2022-11-02', nairobi: 'nairobi-declaration-2022-11-12' };
const D = { surrender: 'tplf-surrender-2020-11' };
const U = { surrender: 'mekelle-72-hours-2020-11-22' };
const O = {
  kobo: 'kobo-front-2022-08-24',
  pretoria: 'pretoria-agreement-2022-11-02',
  maychew: 'maychew-2022-11-03',
  nairobi: 'nairobi-declaration-2022-11-12',
};

const events = [
  // ===== November 2020: the war begins, Mekelle taken =====
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '2020-11-04', recordedAt: rec('2020-11-04', '12:00') },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Ethiopia – TPLF (the Tigray war), 2020–23',
      subject:
        'The war between the federal government of Ethiopia and the Tigray People’s Liberation Front, from the attacks on the Northern Command and the federal offensive through the truces, the African Union-led talks in Pretoria and Nairobi and the implementation of the Cessation of Hostilities Agreement',
      parties: [ETHIOPIA, TPLF],
      mediators: [],
    },
    [S.horndiplomatNov4, S.journalnewsNov4],
    {
      note: 'Opened the day the war began; no mediator was accepted until the African Union-led talks of October 2022.',
    },
  ),
  ev(
    'IncidentReported',
    'inc-northern-command-nov4',
    { occurredAt: '2020-11-04', recordedAt: rec('2020-11-04', '12:05') },
    {
      incidentId: 'northern-command-attacks-2020-11-04',
      kind: 'clash',
      perpetrator: 'tplf',
      allegedBy: 'ethiopia',
      against: 'ethiopia',
      place: 'The ENDF Northern Command in Mekelle and its bases in Tigray',
      description:
        'In the early hours TPLF forces attack the Northern Command and try to seize its artillery and equipment (the prime minister’s statement); the TPLF calls it a pre-emptive strike. "The last red line has been crossed."',
    },
    [S.journalnewsNov4, graded(S.horndiplomatNov4, 2), S.jdcNov4],
  ),
  ev(
    'IncidentReported',
    'inc-dansha-nov4',
    { occurredAt: '2020-11-04', recordedAt: rec('2020-11-04', '12:07') },
    {
      incidentId: 'dansha-attack-2020-11-04',
      kind: 'clash',
      perpetrator: 'tplf',
      allegedBy: 'ethiopia',
      against: 'ethiopia',
      place: 'Dansha (Dalshah), on the border of Tigray with Amhara',
      description:
        'Besides Mekelle, the prime minister says the TPLF launched attacks in other places of the region and in the Dansha area: "TPLF has chosen to wage war in Dalshah."',
    },
    [S.jdcNov4],
  ),
  ev(
    'StatementMade',
    'stmt-abiy-nov4',
    { occurredAt: '2020-11-04', recordedAt: rec('2020-11-04', '12:10') },
    {
      speaker: ABIY,
      audience: 'tplf',
      tone: 'military-threat',
      summary:
        'After "months of extreme patience", the federal government "is forced into a military confrontation": the ENDF, under a command post, is ordered to carry out its mission against the TPLF.',
      quote: 'The last red line has been crossed with this morning’s attacks.',
    },
    [S.journalnewsNov4, S.horndiplomatNov4],
  ),
  ev(
    'IncidentReported',
    'inc-federal-offensive-nov4',
    { occurredAt: '2020-11-04', precision: 'approximate', recordedAt: rec('2020-11-05', '08:00') },
    {
      incidentId: 'federal-offensive-2020-11-04',
      kind: 'clash',
      perpetrator: 'ethiopia',
      allegedBy: 'ethiopia',
      against: 'tplf',
      place: 'Tigray and the Dansha area',
      description:
        'The ENDF takes offensive action against the TPLF, which the government says also attacked in Dansha bordering Amhara; communications to Tigray cut.',
    },
    [S.allafricaNov5],
  ),
  ev(
    'IncidentReported',
    'inc-federal-airstrikes-nov13',
    { occurredAt: '2020-11-13', precision: 'approximate', recordedAt: rec('2020-11-15', '09:00') },
    {
      incidentId: 'federal-air-strikes-2020-11-13',
      kind: 'airstrike',
      perpetrator: 'ethiopia',
      allegedBy: 'tplf',
      against: 'tplf',
      place: 'Tigray',
      description:
        'Air strikes by federal forces ordered by the prime minister, which the TPLF gives as the reason for its rockets on Bahir Dar and Gondar (its account; no place or toll given).',
    },
    [graded(S.jdcNov15, 3)],
  ),
  ev(
    'IncidentReported',
    'inc-rockets-amhara-nov13',
    { occurredAt: '2020-11-13T19:00:00Z', precision: 'approximate', recordedAt: rec('2020-11-15', '09:05') },
    {
      incidentId: 'rockets-bahir-dar-gondar-2020-11-13',
      kind: 'missile-strike',
      perpetrator: 'tplf',
      against: 'ethiopia',
      target: 'The airports of Bahir Dar and Gondar',
      place: 'Bahir Dar and Gondar, Amhara region',
      description:
        'Rockets fired late on 13 November damage the airport areas of Bahir Dar and Gondar (the federal government); TPLF spokesman Getachew Reda confirms the strikes as retaliation for federal air strikes.',
    },
    [S.addisstandardNov14, S.jdcNov15],
  ),
  ev(
    'StatementMade',
    'stmt-getachew-nov14',
    { occurredAt: '2020-11-14', recordedAt: rec('2020-11-15', '09:10') },
    {
      speaker: GETACHEW,
      audience: 'ethiopia',
      tone: 'military-threat',
      summary:
        'The strikes will intensify as long as the attacks on Tigray go on; threatens Asmara with a similar attack.',
      quote: 'As long as the attacks on the people of Tigray do not stop, the attacks will intensify.',
    },
    [S.jdcNov15],
  ),
  ev(
    'IncidentReported',
    'inc-axum-adwa-nov20',
    { occurredAt: '2020-11-20', recordedAt: rec('2020-11-20', '18:00') },
    {
      incidentId: 'axum-2020-11-20',
      kind: 'clash',
      perpetrator: 'ethiopia',
      allegedBy: 'ethiopia',
      against: 'tplf',
      place: 'Axum, central Tigray',
      description:
        'The government says the federal troops broke the TPLF fighters’ resistance and took full control of Axum, and are heading for Adigrat.',
    },
    [S.ethiopianmonitorNov20],
  ),
  ev(
    'IncidentReported',
    'inc-adwa-nov20',
    { occurredAt: '2020-11-20', recordedAt: rec('2020-11-20', '18:02') },
    {
      incidentId: 'adwa-2020-11-20',
      kind: 'clash',
      perpetrator: 'ethiopia',
      allegedBy: 'ethiopia',
      against: 'tplf',
      place: 'On the road from Axum to Adwa, and Adwa',
      description:
        'The government says the TPLF fighters tried to hold some areas on the road to Adwa and were defeated, and the army took full control of Adwa.',
    },
    [S.ethiopianmonitorNov20],
  ),
  ev(
    'IncidentReported',
    'inc-rocket-bahir-dar-nov20',
    { occurredAt: '2020-11-19T22:40:00Z', recordedAt: rec('2020-11-20', '18:05') },
    {
      incidentId: 'rocket-bahir-dar-2020-11-20',
      kind: 'missile-strike',
      perpetrator: 'tplf',
      allegedBy: 'ethiopia',
      against: 'ethiopia',
      place: 'Bahir Dar, Amhara region',
      description: 'A rocket attack on Bahir Dar around 01:40 local time; no damage (the Amhara regional government).',
    },
    [S.arabnewsNov20],
  ),
  ev(
    'DemandTabled',
    'dem-surrender',
    { occurredAt: '2020-11-22T17:00:00Z', precision: 'approximate', recordedAt: rec('2020-11-22', '20:00') },
    {
      demandId: D.surrender,
      by: 'ethiopia',
      addressedTo: ['tplf'],
      text: 'The TPLF’s leaders and forces surrender peacefully.',
      category: 'security',
    },
    [S.daytonNov22],
  ),
  ev(
    'UltimatumIssued',
    'ult-mekelle-nov22',
    { occurredAt: '2020-11-22T17:00:00Z', precision: 'approximate', recordedAt: rec('2020-11-22', '20:05') },
    {
      ultimatumId: U.surrender,
      by: 'ethiopia',
      to: ['tplf'],
      demandIds: [D.surrender],
      deadline: '2020-11-25T17:00:00Z',
      consequences:
        'The army begins its offensive on Mekelle: the military spokesman says the city will be surrounded with tanks and may be shelled, "there will be no mercy".',
      channel: 'The prime minister’s statement on Twitter',
    },
    [S.devdiscourseNov22, S.daytonNov22],
    { note: '"Surrender peacefully within the next 72 hours, recognizing you are at a point of no return."' },
  ),
  ev(
    'UltimatumResolved',
    'ult-mekelle-enforced',
    { occurredAt: '2020-11-26', recordedAt: rec('2020-11-28', '20:00') },
    {
      ultimatumId: U.surrender,
      resolution: 'enforced',
      summary: 'Abiy announces the end of the 72 hours and orders the final stage of the "law enforcement campaign".',
    },
    [S.sudantribuneNov28],
  ),
  ev(
    'IncidentReported',
    'inc-wukro-nov27',
    { occurredAt: '2020-11-27', precision: 'approximate', recordedAt: rec('2020-11-28', '20:02') },
    {
      incidentId: 'wukro-2020-11-27',
      kind: 'clash',
      perpetrator: 'ethiopia',
      allegedBy: 'ethiopia',
      against: 'tplf',
      place: 'Wukro, north of Mekelle',
      description:
        'The military says it captured Wukro and several other towns on the way to Mekelle; on Friday the government said it was within 20 km of the city and beginning the "final phase".',
    },
    [S.vanguardNov28],
  ),
  ev(
    'IncidentReported',
    'inc-mekelle-nov28',
    { occurredAt: '2020-11-28', recordedAt: rec('2020-11-28', '20:05') },
    {
      incidentId: 'mekelle-captured-2020-11-28',
      kind: 'clash',
      perpetrator: 'ethiopia',
      against: 'tplf',
      place: 'Mekelle',
      scale: 'major',
      description:
        'After half a day of air strikes supported by mechanised brigades and infantry, federal forces take Mekelle; the TPLF reports "heavy bombardment" of the city centre with heavy weaponry and artillery (aid workers confirm the shelling); the prime minister says the military operations are completed; the army says it freed over 7,000 Northern Command troops held by the TPLF. No toll for the day; thousands are believed killed in the month’s fighting.',
    },
    [S.anewsNov28, S.sudantribuneNov28, S.vanguardNov28],
  ),
  ev(
    'StatementMade',
    'stmt-debretsion-nov28',
    { occurredAt: '2020-11-28', recordedAt: rec('2020-11-28', '20:10') },
    {
      speaker: DEBRETSION,
      audience: 'ethiopia',
      tone: 'military-threat',
      summary:
        'The TPLF will go on fighting after leaving Mekelle ("Certainly. This is about defending our right to self-determination").',
      quote: 'Their brutality can only add to our resolve to fight these invaders to the last.',
    },
    [S.sudantribuneNov28],
  ),
  ev(
    'ActorRegistered',
    'actor-eritrea',
    { occurredAt: '2020-11-28', recordedAt: rec('2020-11-29', '09:00') },
    { actor: ERITREA, role: 'third-party' },
    [S.jowharNov28],
    {
      note: 'The Tigray government accuses Abiy of collaborating with Eritrea’s president; Ethiopia denies Eritrean military support but acknowledges using Eritrean territory; shells fired from Eritrea hit Humera.',
    },
  ),
  ev(
    'IncidentReported',
    'inc-asmara-nov27',
    { occurredAt: '2020-11-27T19:00:00Z', precision: 'approximate', recordedAt: rec('2020-11-29', '09:05') },
    {
      incidentId: 'rocket-asmara-2020-11-27',
      kind: 'missile-strike',
      perpetrator: 'tplf',
      against: 'eritrea',
      place: 'Asmara, Eritrea',
      description:
        'At least one rocket fired from Tigray at the Eritrean capital on Friday night (regional diplomats, AFP); no deaths reported.',
    },
    [S.jowharNov28],
  ),
  // ===== 2021: the guerrilla months, Togoga, Mekelle retaken, the unilateral ceasefire =====
  ev(
    'IncidentReported',
    'inc-tekeze-jan13',
    { occurredAt: '2021-01-13', recordedAt: rec('2021-01-13', '18:00') },
    {
      incidentId: 'tekeze-shootout-2021-01-13',
      kind: 'clash',
      perpetrator: 'ethiopia',
      allegedBy: 'ethiopia',
      against: 'tplf',
      place: 'Near the Tekeze river, Tigray',
      description:
        'The ENDF and federal police kill the former foreign minister Seyoum Mesfin, Abay Tsehaye, Asmelash Woldeselassie and Colonel Kiros Hagos with their guards in a shoot-out after they refused to surrender; five other officers and officials captured. The army said at the weekend it had killed 15 TPLF members.',
    },
    [S.borkenaJan13, S.iafricaJan13],
  ),
  ev(
    'StatementMade',
    'stmt-hopr-may6',
    { occurredAt: '2021-05-06', recordedAt: rec('2021-05-07', '09:00') },
    {
      speaker: HOPR,
      audience: 'tplf',
      tone: 'accusation',
      summary:
        'Parliament approves the Council of Ministers’ resolution designating the TPLF (and the OLF-Shene) terrorist organisations, for "terror level civilian-targeted attacks".',
    },
    [S.nationMay7],
  ),
  ev(
    'IncidentReported',
    'inc-togoga-jun22',
    { occurredAt: '2021-06-22T10:00:00Z', precision: 'approximate', recordedAt: rec('2021-06-24', '10:00') },
    {
      incidentId: 'togoga-air-strike-2021-06-22',
      kind: 'airstrike',
      perpetrator: 'ethiopia',
      against: 'tplf',
      target: 'The market of Togoga',
      place: 'Togoga, west of Mekelle',
      fatalities: { min: 51, max: 80 },
      injured: { min: 100, max: 180 },
      description:
        'An air strike hits the busy market around 13:00 local time: at least 51 killed (Tigray health officials, AP), 64 killed and 180 injured (a regional health adviser, AFP), over 80 by a doctor’s account; soldiers blocked ambulances. The army denies targeting civilians and says it struck fighters.',
    },
    [S.wrexJun23, S.deccanJun24],
  ),
  ev(
    'IncidentReported',
    'inc-tdf-offensive-jun21',
    { occurredAt: '2021-06-21', precision: 'approximate', recordedAt: rec('2021-06-28', '20:00') },
    {
      incidentId: 'tdf-offensive-2021-06',
      kind: 'clash',
      perpetrator: 'tplf',
      against: 'ethiopia',
      place: 'Central Tigray, towards Mekelle',
      description:
        'The Tigray Defence Forces launch a major offensive in the week of the national elections (21 June), some of the fiercest fighting since November; the interim administration leaves Mekelle as they close in "on every side".',
    },
    [S.wionJun28],
  ),
  ev(
    'IncidentReported',
    'inc-mekelle-outskirts-jun28',
    { occurredAt: '2021-06-28', recordedAt: rec('2021-06-29', '12:00') },
    {
      incidentId: 'mekelle-outskirts-2021-06-28',
      kind: 'clash',
      perpetrator: 'tplf',
      allegedBy: 'tplf',
      against: 'ethiopia',
      place: 'The outskirts of Mekelle',
      description:
        'Tigrayan forces enter Mekelle as federal troops leave; Getachew Reda: "We are 100% in control of Mekelle", the clashes on the outskirts have ended, the forces pursue to the south and east.',
    },
    [S.voaJun29, S.bbcJun28],
  ),
  ev(
    'CeasefireDeclared',
    'cf-unilateral-jun28',
    { occurredAt: '2021-06-28T18:00:00Z', precision: 'approximate', recordedAt: rec('2021-06-29', '12:05') },
    {
      ceasefireId: CF.unilateral2021,
      parties: ['ethiopia'],
      scope:
        'An unconditional, unilateral ceasefire by the federal government in Tigray from 28 June, at the request of its interim administration, "until the farming season ends"',
      duration: 'temporary',
    },
    [S.bbcJun28, S.pmnewsJun29],
    { note: 'Declared by the federal government alone, as its troops left Mekelle; the TPLF did not accept it.' },
  ),
  ev(
    'StatementMade',
    'stmt-liya-jun28',
    { occurredAt: '2021-06-28T20:00:00Z', precision: 'approximate', recordedAt: rec('2021-06-29', '12:10') },
    {
      speaker: LIYA,
      audience: 'ethiopia',
      tone: 'military-threat',
      summary:
        'Answering the ceasefire in an audio statement on the party’s media: the fighting goes on until all enemy forces leave Tigray.',
      quote: 'Until all our enemies leave Tigray, we will fight.',
    },
    [S.pmnewsJun29],
  ),
  ev(
    'StatementMade',
    'stmt-getachew-jun29',
    { occurredAt: '2021-06-29', recordedAt: rec('2021-06-29', '12:15') },
    {
      speaker: GETACHEW,
      audience: 'ethiopia',
      tone: 'military-threat',
      summary: 'The Tigrayan forces will keep pursuing the federal troops until all of Tigray is retaken.',
      quote:
        'Our forces are still in hot pursuit to the south and east to continue until every square inch of territory is cleared of the enemy.',
    },
    [S.voaJun29],
  ),
  ev(
    'ActorRegistered',
    'actor-amhara',
    { occurredAt: '2021-06-29', recordedAt: rec('2021-06-29', '12:20') },
    { actor: AMHARA, role: 'third-party' },
    [S.pmnewsJun29],
    { note: 'The neighbouring Amhara region sent its forces into Tigray beside the federal army, as Eritrea did.' },
  ),
  ev(
    'IncidentReported',
    'inc-north-wollo-aug5',
    { occurredAt: '2021-08-05', precision: 'approximate', recordedAt: rec('2021-08-06', '09:00') },
    {
      incidentId: 'north-wollo-2021-08-05',
      kind: 'clash',
      perpetrator: 'tplf',
      allegedBy: 'amhara-forces',
      against: 'amhara-forces',
      place: 'Sanka, Ala Wuha and Hara (North Wollo, Amhara); Lalibela',
      description:
        'The Amhara region says the TPLF forces that entered Lalibela on 5 August — without a fight, its deputy mayor says — were fleeing defeat at Sanka, Ala Wuha and Hara, fought by the region’s militia and special forces; the federal army took no part in that fighting (government authorities).',
    },
    [S.borkenaAug5, S.allafricaAug6],
  ),
  ev(
    'StatementMade',
    'stmt-pm-office-aug10',
    { occurredAt: '2021-08-10', recordedAt: rec('2021-08-10', '18:00') },
    {
      speaker: PM_OFFICE,
      audience: 'tplf',
      tone: 'military-threat',
      summary:
        'Six weeks after the unilateral ceasefire, the prime minister’s office directs the defence forces, special forces and militias "to halt the destruction of the treasonous and terrorist TPLF … once and for all" and urges all capable Ethiopians to join them.',
      quote:
        'Now is the right time for all capable Ethiopians who are of age to join the Defence Forces, Special Forces and militias to show your patriotism.',
    },
    [S.nationalpostAug10, S.trtAug10],
  ),
  ev(
    'CeasefireEnded',
    'cf-unilateral-ended',
    { occurredAt: '2021-08-10', recordedAt: rec('2021-08-10', '18:05') },
    {
      ceasefireId: CF.unilateral2021,
      reason: 'collapsed',
      summary:
        'The government orders its forces to fight the TPLF "once and for all" and calls citizens to arms; the TPLF had dismissed the ceasefire and pushed into Afar and Amhara.',
    },
    [S.trtAug10, S.nationalpostAug10],
  ),
  // ===== October – December 2021: Mekelle bombed, Dessie and Kombolcha, the counter-offensive =====
  ev(
    'IncidentReported',
    'inc-amhara-airstrikes-oct8',
    { occurredAt: '2021-10-08', precision: 'approximate', recordedAt: rec('2021-10-08', '18:00') },
    {
      incidentId: 'air-strikes-amhara-2021-10-08',
      kind: 'airstrike',
      perpetrator: 'ethiopia',
      allegedBy: 'tplf',
      against: 'tplf',
      place: 'Tigrayan positions in the Amhara region',
      description:
        'The TPLF spokesman says air strikes against the Tigrayan forces in Amhara have intensified, which could presage a ground push by the Ethiopian military and its allies.',
    },
    [S.kichuuOct8],
  ),
  ev(
    'IncidentReported',
    'inc-mekelle-strike-oct18',
    { occurredAt: '2021-10-18', recordedAt: rec('2021-10-20', '18:00') },
    {
      incidentId: 'mekelle-air-strike-2021-10-18',
      kind: 'airstrike',
      perpetrator: 'ethiopia',
      against: 'tplf',
      place: 'Mekelle',
      fatalities: { min: 3, max: 3 },
      description:
        'An air strike on Mekelle, reported by the TPLF to have killed three; the government later confirmed the strike.',
    },
    [S.sputnikOct20],
  ),
  ev(
    'IncidentReported',
    'inc-mekelle-strike-oct20',
    { occurredAt: '2021-10-20', recordedAt: rec('2021-10-20', '18:05') },
    {
      incidentId: 'mekelle-air-strike-2021-10-20',
      kind: 'airstrike',
      perpetrator: 'ethiopia',
      against: 'tplf',
      place: 'Mekelle',
      description:
        'The air force strikes Mekelle again: residential quarters, civilians injured (Getachew Reda); the government says it targeted facilities the TPLF turned into arms repair sites.',
    },
    [S.sputnikOct20],
  ),
  ev(
    'IncidentReported',
    'inc-girana-oct21',
    { occurredAt: '2021-10-21', precision: 'approximate', recordedAt: rec('2021-10-22', '18:00') },
    {
      incidentId: 'girana-dessie-2021-10-21',
      kind: 'clash',
      perpetrator: 'tplf',
      against: 'ethiopia',
      place: 'Girana and the approaches to Dessie, Amhara region',
      description:
        'Heavy gunfire heard near Dessie on Thursday evening and Friday morning as the TPLF, which says Dessie is within range of its artillery, fights the government and Amhara militias trying to retake territory; 250 people fled the fighting at Girana this week.',
    },
    [S.exbulletinOct22],
  ),
  ev(
    'IncidentReported',
    'inc-mekelle-strike-oct22',
    { occurredAt: '2021-10-22', recordedAt: rec('2021-10-22', '18:05') },
    {
      incidentId: 'mekelle-air-strike-2021-10-22',
      kind: 'airstrike',
      perpetrator: 'ethiopia',
      against: 'tplf',
      place:
        'Mekelle: Mekelle University (TPLF, aid sources) or a communications hub at a military base (the government)',
      injured: { min: 11, max: 11 },
      description:
        'At least the fourth day this week that Mekelle is struck; Tigrai TV reports 11 civilians injured; a UN plane aborts its landing.',
    },
    [S.exbulletinOct22],
  ),
  ev(
    'IncidentReported',
    'inc-mekelle-strike-oct28',
    { occurredAt: '2021-10-28T07:25:00Z', recordedAt: rec('2021-10-28', '18:00') },
    {
      incidentId: 'mekelle-air-strike-2021-10-28',
      kind: 'airstrike',
      perpetrator: 'ethiopia',
      allegedBy: 'tplf',
      against: 'tplf',
      place: 'Mekelle: near the Don Bosco training college, Kebele 05',
      description:
        'Another air strike on Mekelle, the sixth on the city by the Tigray media’s count, at about 10:25 local time in a residential area (Tigray Mass Media Agency).',
    },
    [S.hahuprimeOct28],
  ),
  ev(
    'IncidentReported',
    'inc-dessie-oct30',
    { occurredAt: '2021-10-30', recordedAt: rec('2021-11-01', '09:00') },
    {
      incidentId: 'dessie-2021-10-30',
      kind: 'clash',
      perpetrator: 'tplf',
      allegedBy: 'tplf',
      against: 'ethiopia',
      place: 'Dessie, Amhara region',
      description:
        'The TPLF says its fighters drove government forces out of Dessie and head for Kombolcha; the government denies it and says its forces are fighting a fierce battle for the city.',
    },
    [S.d1Nov1, S.washingtonnewsdayOct31],
  ),
  ev(
    'IncidentReported',
    'inc-kombolcha-oct31',
    { occurredAt: '2021-10-31', recordedAt: rec('2021-11-01', '09:05') },
    {
      incidentId: 'kombolcha-2021-10-31',
      kind: 'clash',
      perpetrator: 'tplf',
      against: 'ethiopia',
      place: 'Kombolcha, Amhara region',
      description:
        'Gunfire in the streets as TPLF fighters clash with the military and local militias (residents, AFP); "Firmly in control of #Kombolcha" (Getachew Reda); the government: "severe fighting in Dessie and Kombolcha".',
    },
    [S.washingtonnewsdayOct31],
  ),
  ev(
    'StatementMade',
    'stmt-getachew-nov1',
    { occurredAt: '2021-11-01', precision: 'approximate', recordedAt: rec('2021-11-02', '12:00') },
    {
      speaker: GETACHEW,
      audience: 'ethiopia',
      tone: 'military-threat',
      summary:
        'The Tigrayan forces have joined the Oromo Liberation Army; if reaching their aims requires marching on Addis Ababa, they will. The government declares a nationwide state of emergency (2 November).',
    },
    [S.sauressNov2],
  ),
  ev(
    'IncidentReported',
    'inc-lalibela-dec1',
    { occurredAt: '2021-12-01', recordedAt: rec('2021-12-06', '19:55') },
    {
      incidentId: 'lalibela-retaken-2021-12-01',
      kind: 'clash',
      perpetrator: 'ethiopia',
      allegedBy: 'ethiopia',
      against: 'tplf',
      place: 'Lalibela, Amhara region',
      description:
        'The government announces on Wednesday that the military and its allies have retaken Lalibela from the Tigrayan forces, and the town of Shewa Robit, after Abiy said he would lead operations at the front.',
    },
    [S.washingtonnewsdayDec6, S.nationalpostDec6],
  ),
  ev(
    'IncidentReported',
    'inc-dessie-dec6',
    { occurredAt: '2021-12-06', recordedAt: rec('2021-12-06', '20:00') },
    {
      incidentId: 'dessie-retaken-2021-12-06',
      kind: 'clash',
      perpetrator: 'ethiopia',
      allegedBy: 'ethiopia',
      against: 'tplf',
      place: 'Dessie, Amhara region',
      description:
        '"The historic Dessie city … [has] been freed by the joint gallant security forces" (the government); Abiy says the rebels suffered "heavy losses". The TPLF calls it strategic adjustments.',
    },
    [S.nationalpostDec6, S.washingtonnewsdayDec6],
  ),
  ev(
    'IncidentReported',
    'inc-kombolcha-dec6',
    { occurredAt: '2021-12-06', recordedAt: rec('2021-12-06', '20:02') },
    {
      incidentId: 'kombolcha-retaken-2021-12-06',
      kind: 'clash',
      perpetrator: 'ethiopia',
      allegedBy: 'ethiopia',
      against: 'tplf',
      place: 'Kombolcha, Amhara region, and other towns on the eastern front',
      description:
        '"… the trade and industry corridor city Kombolcha have been freed" (the government), with several other towns on the eastern front.',
    },
    [S.nationalpostDec6, S.washingtonnewsdayDec6],
  ),
  ev(
    'StatementMade',
    'stmt-abiy-dec6',
    { occurredAt: '2021-12-06', recordedAt: rec('2021-12-06', '20:05') },
    {
      speaker: ABIY,
      audience: 'tplf',
      tone: 'military-threat',
      summary:
        'From the front, on the state broadcaster: the TPLF cannot cope with the allied forces’ strike, and the offensive will go on.',
      quote: 'The enemy will be hit and the victory will continue.',
    },
    [S.washingtonnewsdayDec6],
  ),
  ev(
    'StatementMade',
    'stmt-debretsion-dec19',
    { occurredAt: '2021-12-19', recordedAt: rec('2021-12-21', '09:00') },
    {
      speaker: DEBRETSION,
      audience: 'United Nations',
      tone: 'conciliatory',
      summary:
        'In a letter to the UN Secretary-General, orders the Tigray army’s units outside Tigray to withdraw to its borders "as a decisive opening for peace", and asks for a cessation of hostilities, a no-fly zone and the withdrawal of external forces; Getachew Reda says the withdrawal from Amhara and Afar is complete.',
      quote: 'We trust that our bold act of withdrawal will be a decisive opening for peace.',
    },
    [S.anewsDec21],
  ),
  // ===== 2022: Dedebit, the humanitarian truce, the war resumed =====
  ev(
    'IncidentReported',
    'inc-dedebit-jan7',
    { occurredAt: '2022-01-07T20:00:00Z', precision: 'approximate', recordedAt: rec('2022-01-09', '09:00') },
    {
      incidentId: 'dedebit-drone-strike-2022-01-07',
      kind: 'drone-strike',
      perpetrator: 'ethiopia',
      allegedBy: 'tplf',
      against: 'tplf',
      target: 'A camp for displaced people in Dedebit',
      place: 'Dedebit, north-western Tigray',
      fatalities: { min: 55, max: 56 },
      civilianFatalities: { min: 55, max: 56 },
      injured: { min: 126, max: 126 },
      description:
        'A drone strike on a camp for people displaced from western Tigray: 56 civilians killed "so far" (Getachew Reda); the hospital in Shire reports 55 dead and 126 injured (a senior official at Mekelle’s main hospital, AFP). No response from the government.',
    },
    [S.monitorJan9, S2.trtJan8],
  ),
  ev(
    'IncidentReported',
    'inc-mai-tsebri-jan10',
    { occurredAt: '2022-01-10T12:00:00Z', precision: 'approximate', recordedAt: rec('2022-01-11', '18:00') },
    {
      incidentId: 'mai-tsebri-drone-strike-2022-01-10',
      kind: 'drone-strike',
      perpetrator: 'ethiopia',
      against: 'tplf',
      target: 'A flour mill',
      place: 'Mai Tsebri, north-western Tigray',
      fatalities: { min: 17, max: 17 },
      civilianFatalities: { min: 17, max: 17 },
      description:
        'A drone strike in the afternoon kills 17 civilians working at a flour mill and injures dozens (aid workers citing witnesses, AFP); aid workers now put the Dedebit toll at 59.',
    },
    [S.cgtnJan11],
  ),
  ev(
    'CeasefireDeclared',
    'cf-truce-mar24',
    { occurredAt: '2022-03-24', recordedAt: rec('2022-03-25', '09:00') },
    {
      ceasefireId: CF.truce2022,
      parties: ['ethiopia', 'tplf'],
      scope:
        'An "indefinite humanitarian truce effective immediately" declared by the federal government to let aid into Tigray; the Tigray authorities commit the same evening to a cessation of hostilities provided aid arrives "within reasonable time"',
      duration: 'indefinite',
    },
    [S.wapoMar24, S.tadiasMar24],
    { note: 'Two declarations, no signed text and no mediator: a truce, not a negotiated agreement.' },
  ),
  ev(
    'StatementMade',
    'stmt-gov-mar24',
    { occurredAt: '2022-03-24', recordedAt: rec('2022-03-25', '09:05') },
    {
      speaker: GOV,
      audience: 'tplf',
      tone: 'critical',
      summary:
        'Declaring the truce, the government calls on "the insurgents in Tigray to desist from all acts of further aggression and withdraw from areas they have occupied in neighboring regions".',
    },
    [S.wapoMar24],
  ),
  ev(
    'StatementMade',
    'stmt-tigray-mar24',
    { occurredAt: '2022-03-24', recordedAt: rec('2022-03-25', '09:10') },
    {
      speaker: TIGRAY_GOV,
      audience: 'ethiopia',
      tone: 'conciliatory',
      summary:
        'The Tigray government "will do everything it can to make sure this cessation of hostilities is a success", and calls on the Ethiopian authorities to go beyond "empty promises" and allow unfettered humanitarian access.',
    },
    [S.tadiasMar24],
  ),
  ev(
    'StatementMade',
    'stmt-getachew-apr25',
    { occurredAt: '2022-04-25', recordedAt: rec('2022-04-26', '12:00') },
    {
      speaker: GETACHEW,
      audience: 'ethiopia',
      tone: 'accusation',
      summary:
        '"Our forces have left all of Afar": the federal and regional authorities used their presence there as an excuse to block aid to Tigray, and that excuse is gone (they deny blocking it). 144 aid trucks have reached Tigray since the truce.',
    },
    [S.sowetanApr26, S.thewallApr26],
  ),
  ev(
    'IncidentReported',
    'inc-kobo-aug24-gov',
    { occurredAt: '2022-08-24T02:00:00Z', precision: 'approximate', recordedAt: rec('2022-08-24', '18:00') },
    {
      incidentId: 'kobo-front-2022-08-24-government-account',
      kind: 'clash',
      perpetrator: 'tplf',
      allegedBy: 'ethiopia',
      against: 'ethiopia',
      place: 'The eastern front near Kobo: from the direction of Bisober, Zobel and Tekulshe',
      description:
        'The government: the TPLF attacked Ethiopian forces at about 05:00 and "effectively broken the cease-fire"; residents of the Kobo area hear heavy weapons from the morning.',
    },
    [S.trtAug24, S.fidesAug24],
    { occurrence: O.kobo },
  ),
  ev(
    'IncidentReported',
    'inc-kobo-aug24-tplf',
    { occurredAt: '2022-08-24T02:00:00Z', precision: 'approximate', recordedAt: rec('2022-08-24', '18:05') },
    {
      incidentId: 'kobo-front-2022-08-24-tplf-account',
      kind: 'clash',
      perpetrator: 'ethiopia',
      allegedBy: 'tplf',
      against: 'tplf',
      place: 'Towards Chobe Ber, Janora, Gubagala, Yalow, Alamata, Bala and Bisober (southern Tigray)',
      scale: 'major',
      description:
        'The Tigrayan military command: the Ethiopian forces, with Amhara special forces and militias, began a large-scale offensive around 05:00 towards Alamata, an "auxiliary attack" before a primary one expected from western Tigray.',
    },
    [S.trtAug24, S.gambellaAug24],
    { occurrence: O.kobo },
  ),
  ev(
    'CeasefireEnded',
    'cf-truce-ended',
    { occurredAt: '2022-08-24', recordedAt: rec('2022-08-24', '18:10') },
    {
      ceasefireId: CF.truce2022,
      reason: 'collapsed',
      summary: 'Fighting around Kobo ends the truce observed since March; each side blames the other for breaking it.',
    },
    [S.trtAug24, S.gambellaAug24],
  ),
  ev(
    'IncidentReported',
    'inc-mekelle-kindergarten-aug26',
    { occurredAt: '2022-08-26T10:00:00Z', precision: 'approximate', recordedAt: rec('2022-08-27', '12:00') },
    {
      incidentId: 'mekelle-air-strike-2022-08-26',
      kind: 'airstrike',
      perpetrator: 'ethiopia',
      allegedBy: 'tplf',
      against: 'tplf',
      target: 'A kindergarten and a residential area (the TPLF); military sites (the government)',
      place: 'Mekelle',
      fatalities: { min: 4, max: 7 },
      civilianFatalities: { min: 4, max: 7 },
      description:
        'The first air strike on Tigray in months hits the Red Kids Paradise kindergarten around 13:00: four killed including two children (Ayder hospital), seven by Tigrai TV; UNICEF condemns it. The government says only military sites were targeted.',
    },
    [S.ajcAug26, S.tvcAug27],
  ),
  ev(
    'StatementMade',
    'stmt-gcs-aug26',
    { occurredAt: '2022-08-26', recordedAt: rec('2022-08-27', '12:05') },
    {
      speaker: GCS,
      audience: 'tplf',
      tone: 'military-threat',
      summary:
        'The government will "take action targeting the military forces that are the source of the anti-peace sentiment of the TPLF" and warns people in Tigray to stay away from military equipment and training sites.',
    },
    [S.ajcAug26],
  ),
  ev(
    'IncidentReported',
    'inc-west-aug31',
    { occurredAt: '2022-08-31', precision: 'approximate', recordedAt: rec('2022-08-31', '18:00') },
    {
      incidentId: 'western-front-2022-08-31',
      kind: 'clash',
      perpetrator: 'tplf',
      allegedBy: 'ethiopia',
      against: 'ethiopia',
      place: 'Towards Wag, Wolqait and the Sudanese border',
      description:
        'The government says the TPLF "launched an invasion" on a new front near Sudan; the TPLF calls it made up. Medics report fresh air strikes on Mekelle.',
    },
    [S.i24Aug31],
  ),
  ev(
    'IncidentReported',
    'inc-adyabo-sep1',
    { occurredAt: '2022-09-01', recordedAt: rec('2022-09-01', '18:00') },
    {
      incidentId: 'adyabo-offensive-2022-09-01',
      kind: 'clash',
      perpetrator: 'ethiopia',
      allegedBy: 'tplf',
      against: 'tplf',
      place: 'Adyabo, north-western Tigray: from Fiqya Gebre, Selamo, Gobo Tsin’at and Adi Gos',
      description:
        'The TPLF says the ENDF, positioned inside Eritrea, launched a "massive offensive" with the Eritrean army towards Adyabo in four directions.',
    },
    [S.sputnikSep1, S.alarabiyaSep1],
  ),
  ev(
    'StatementMade',
    'stmt-tigray-sep11',
    { occurredAt: '2022-09-11', recordedAt: rec('2022-09-11', '18:00') },
    {
      speaker: TIGRAY_GOV,
      audience: 'ethiopia',
      tone: 'conciliatory',
      summary:
        'The Tigray government is ready for "a robust peace process under the auspices of the African Union" and "to abide by an immediate and mutually agreed cessation of hostilities"; its negotiators are ready to deploy.',
    },
    [S.trtSep11],
  ),
  ev(
    'IncidentReported',
    'inc-mekelle-strike-sep13',
    { occurredAt: '2022-09-13', recordedAt: rec('2022-09-13', '18:00') },
    {
      incidentId: 'mekelle-air-strike-2022-09-13',
      kind: 'airstrike',
      perpetrator: 'ethiopia',
      against: 'tplf',
      place: 'Mekelle',
      injured: { min: 1, max: 1 },
      description:
        'An air strike hits Mekelle, a day after the Tigrayan authorities said they were ready for a ceasefire; a hospital official reports one wounded.',
    },
    [S.trtSep13],
  ),
  ev(
    'IncidentReported',
    'inc-north-eritrea-sep20',
    { occurredAt: '2022-09-20', precision: 'approximate', recordedAt: rec('2022-09-26', '12:00') },
    {
      incidentId: 'northern-offensive-eritrea-2022-09-20',
      kind: 'clash',
      perpetrator: 'eritrea',
      allegedBy: 'tplf',
      against: 'tplf',
      place: 'Tigray’s northern border: May Kuhli, Zban Gedena, Adi Awala, Rama, Tserona, Zalambessa',
      description:
        'Getachew Reda: Eritrean forces launched a large-scale offensive along Tigray’s northern borders, with intense fighting in several places, some of the bloodiest since November 2020.',
    },
    [S.meridianoSep26],
    { occurrence: 'northern-offensive-2022-09-20' },
  ),
  ev(
    'IncidentReported',
    'inc-north-endf-sep20',
    { occurredAt: '2022-09-20', precision: 'approximate', recordedAt: rec('2022-09-26', '12:05') },
    {
      incidentId: 'northern-offensive-endf-2022-09-20',
      kind: 'clash',
      perpetrator: 'ethiopia',
      allegedBy: 'tplf',
      against: 'tplf',
      place: 'Tigray’s northern border (the same offensive)',
      description:
        'The TPLF accuses Eritrea and Ethiopia of a full-scale northern offensive: federal units from the eastern and north-western commands and three special forces divisions are reported assisting the Eritrean army (a source to Anadolu).',
    },
    [S.meridianoSep26],
    { occurrence: 'northern-offensive-2022-09-20' },
  ),
  ev(
    'StatementMade',
    'stmt-redwan-oct5',
    { occurredAt: '2022-10-05', recordedAt: rec('2022-10-05', '18:00') },
    {
      speaker: REDWAN,
      audience: 'African Union',
      tone: 'conciliatory',
      summary:
        'The government accepts the African Union’s invitation to peace talks in South Africa, consistent with the "need to have talks without preconditions".',
    },
    [S.nasdaqOct5],
  ),
  ev(
    'IncidentReported',
    'inc-shire-oct17',
    { occurredAt: '2022-10-17', recordedAt: rec('2022-10-18', '12:00') },
    {
      incidentId: 'shire-2022-10-17',
      kind: 'clash',
      perpetrator: 'ethiopia',
      against: 'tplf',
      place: 'Shire, north-western Tigray',
      description:
        'Ethiopian and Eritrean forces capture Shire, a town of about 100,000 on the road to Axum, the scene of intense fighting since August; the Tigrayan forces concede its loss and call Tigrayans to fight on. The government vows to take Tigray’s airports.',
    },
    [S.shinnOct17, S.africaparrotOct18],
  ),
  ev(
    'IncidentReported',
    'inc-alamata-oct18',
    { occurredAt: '2022-10-18', precision: 'approximate', recordedAt: rec('2022-10-18', '12:05') },
    {
      incidentId: 'alamata-2022-10-18',
      kind: 'clash',
      perpetrator: 'ethiopia',
      allegedBy: 'ethiopia',
      against: 'tplf',
      place: 'Alamata, southern Tigray',
      description:
        'The government reports its army seized three towns: Shire, Alamata and Korem; reports of government advances in southern Tigray.',
    },
    [S.kdrtvOct18, S.africaparrotOct18],
  ),
  ev(
    'IncidentReported',
    'inc-korem-oct18',
    { occurredAt: '2022-10-18', precision: 'approximate', recordedAt: rec('2022-10-18', '12:07') },
    {
      incidentId: 'korem-2022-10-18',
      kind: 'clash',
      perpetrator: 'ethiopia',
      allegedBy: 'ethiopia',
      against: 'tplf',
      place: 'Korem, southern Tigray',
      description: 'The third of the towns the government says its army seized, north of Alamata.',
    },
    [S.kdrtvOct18],
  ),
  ev(
    'IncidentReported',
    'inc-adwa-strike-oct21',
    { occurredAt: '2022-10-21', recordedAt: rec('2022-10-23', '12:00') },
    {
      incidentId: 'adwa-air-strike-2022-10-21',
      kind: 'airstrike',
      perpetrator: 'ethiopia',
      against: 'tplf',
      place: 'Adwa, central Tigray',
      description:
        'An air strike hits Adwa, causing an unspecified number of civilian casualties (a humanitarian worker, AP).',
    },
    [S.ahramOct23],
  ),
  ev(
    'IncidentReported',
    'inc-adwa-oct22',
    { occurredAt: '2022-10-22', recordedAt: rec('2022-10-23', '12:05') },
    {
      incidentId: 'adwa-captured-2022-10-22',
      kind: 'clash',
      perpetrator: 'ethiopia',
      against: 'tplf',
      place: 'Adwa, central Tigray',
      description:
        'Ethiopian and Eritrean military units capture Adwa as the Tigrayan forces retreat after "major losses" (a humanitarian worker, AP).',
    },
    [S.ahramOct23],
  ),
  // ===== Pretoria, Nairobi and the implementation =====
  ev(
    'ActorRegistered',
    'actor-au',
    { occurredAt: '2022-10-25', recordedAt: rec('2022-10-26', '12:00') },
    { actor: AU, role: 'mediator' },
    [S.busiweekOct26],
    {
      note: 'The talks are facilitated by the AU High Representative Olusegun Obasanjo with Uhuru Kenyatta and Phumzile Mlambo-Ngcuka; IGAD, the UN and the United States observe; South Africa hosts.',
    },
  ),
  ev(
    'TalksRoundOpened',
    'round-pretoria-opened',
    { occurredAt: '2022-10-25', recordedAt: rec('2022-10-26', '12:05') },
    {
      roundId: R.pretoria,
      label: 'AU-led peace talks in Pretoria',
      venue: 'Pretoria, South Africa',
      format: 'formal',
      hosts: ['african-union'],
      delegations: [
        { actorId: 'ethiopia', head: REDWAN },
        { actorId: 'tplf', head: GETACHEW },
      ],
    },
    [S.busiweekOct26],
  ),
  ev(
    'TalksRoundConcluded',
    'round-pretoria-concluded',
    { occurredAt: '2022-11-02', recordedAt: rec('2022-11-02', '18:00') },
    {
      roundId: R.pretoria,
      outcome: 'agreement',
      summary:
        'Obasanjo announces that the two sides have formally agreed to a cessation of hostilities and an "orderly, smooth and coordinated disarmament"; "the eyes of the world will now shift from the talks to the implementation".',
      nextSteps: 'Implementation supervised by an AU high-level panel; talks of the military commanders.',
    },
    [S.sputnikNov2],
    { occurrence: O.pretoria },
  ),
  ev(
    'AgreementReached',
    'agr-pretoria',
    { occurredAt: '2022-11-02', recordedAt: rec('2022-11-02', '18:05') },
    {
      agreementId: AG.pretoria,
      kind: 'comprehensive',
      provisions: [
        'A permanent cessation of hostilities',
        'Systematic, orderly, smooth and coordinated disarmament of the Tigrayan forces',
        'Restoration of law and order and of federal authority in Tigray; restoration of services',
        'Unhindered access for humanitarian supplies; protection of civilians',
        'Implementation supervised and monitored by an AU high-level panel',
      ],
      signatories: ['ethiopia', 'tplf'],
      textPublic: true,
      roundId: R.pretoria,
      status: 'signed',
    },
    [S.sputnikNov2],
    {
      occurrence: O.pretoria,
      note: 'The "Agreement for Lasting Peace through a Permanent Cessation of Hostilities", signed by Redwan Hussein and Getachew Reda.',
    },
  ),
  ev(
    'CeasefireDeclared',
    'cf-pretoria',
    { occurredAt: '2022-11-02', recordedAt: rec('2022-11-02', '18:10') },
    {
      ceasefireId: CF.pretoria,
      parties: ['ethiopia', 'tplf'],
      scope: 'The permanent cessation of hostilities of the Pretoria agreement',
      duration: 'indefinite',
      mediatedBy: ['african-union'],
    },
    [S.sputnikNov2],
    { occurrence: O.pretoria },
  ),
  ev(
    'StatementMade',
    'stmt-abiy-nov2',
    { occurredAt: '2022-11-02', recordedAt: rec('2022-11-04', '09:00') },
    {
      speaker: ABIY,
      audience: 'tplf',
      tone: 'conciliatory',
      summary: 'Thanks the mediators; the government’s commitment to implementing the agreement is strong.',
      quote: 'Our commitment to peace remains steadfast.',
    },
    [S.jpostNov4],
  ),
  ev(
    'IncidentReported',
    'inc-maychew-nov3',
    { occurredAt: '2022-11-03', recordedAt: rec('2022-11-05', '09:00') },
    {
      incidentId: 'maychew-2022-11-03',
      kind: 'drone-strike',
      perpetrator: 'ethiopia',
      allegedBy: 'tplf',
      against: 'tplf',
      place: 'Maychew, southern Tigray',
      description:
        'Kindeya Gebrehiwot, citing the Lemlem-Karl hospital: a drone "has attacked civilians" in Maychew, and artillery shelling in the same city "killed & wounded civilians", after the signing in Pretoria. No count given; not verified (AFP).',
    },
    [S.ahramNov5],
    { occurrence: O.maychew },
  ),
  ev(
    'CeasefireViolationReported',
    'cfv-maychew-nov3',
    { occurredAt: '2022-11-03', recordedAt: rec('2022-11-05', '09:05') },
    {
      ceasefireId: CF.pretoria,
      allegedBy: 'tplf',
      against: 'ethiopia',
      description:
        'The Tigray authorities accuse the government of the drone strike and shelling on Maychew less than 48 hours after the agreement.',
    },
    [S.ahramNov5],
    { occurrence: O.maychew },
  ),
  ev(
    'StatementMade',
    'stmt-redwan-nov4',
    { occurredAt: '2022-11-04', recordedAt: rec('2022-11-05', '09:10') },
    {
      speaker: REDWAN,
      audience: 'tplf',
      tone: 'conciliatory',
      summary:
        'The government "remains committed to the peace agreement"; the prime minister briefed ministers and regional leaders on the deal to "focus on dividends of peace".',
    },
    [S.ahramNov5],
  ),
  ev(
    'TalksRoundOpened',
    'round-nairobi-opened',
    { occurredAt: '2022-11-07', recordedAt: rec('2022-11-12', '18:00') },
    {
      roundId: R.nairobi,
      label: 'Nairobi talks of the senior commanders',
      venue: 'Moran Centre, Karen, Nairobi',
      format: 'technical',
      hosts: ['african-union'],
      delegations: [
        { actorId: 'ethiopia', head: BIRHANU },
        { actorId: 'tplf', head: TADESSE },
      ],
    },
    [S.addisstandardNov12],
  ),
  ev(
    'TalksRoundConcluded',
    'round-nairobi-concluded',
    { occurredAt: '2022-11-12', recordedAt: rec('2022-11-12', '18:05') },
    {
      roundId: R.nairobi,
      outcome: 'agreement',
      summary:
        'After five days the commanders sign a declaration on the modalities of implementing the Pretoria agreement: a joint committee on disarmament, demobilisation and reintegration; unhindered humanitarian access "with immediate effect".',
    },
    [S.addisstandardNov12, S.pledgeNov12],
    { occurrence: O.nairobi },
  ),
  ev(
    'AgreementReached',
    'agr-nairobi',
    { occurredAt: '2022-11-12', recordedAt: rec('2022-11-12', '18:10') },
    {
      agreementId: AG.nairobi,
      kind: 'partial',
      provisions: [
        'A joint committee to elaborate the modalities of disarmament, demobilisation and reintegration',
        'Disarmament of heavy weapons concurrently with the withdrawal of foreign and non-ENDF forces from Tigray',
        'Unhindered humanitarian access to all in need in Tigray and neighbouring regions; security guarantees for aid workers',
        'Protection of civilians by the federal and regional security organs',
      ],
      signatories: ['ethiopia', 'tplf'],
      textPublic: true,
      roundId: R.nairobi,
      status: 'signed',
    },
    [S.paxNov12, S.addisstandardNov12],
    {
      occurrence: O.nairobi,
      note: 'Signed by Field Marshal Birhanu Jula and Lt. General Tadesse Worede, witnessed by Obasanjo and Kenyatta.',
    },
  ),
  ev(
    'IncidentReported',
    'inc-eritrea-nov17-23',
    { occurredAt: '2022-11-23', precision: 'approximate', recordedAt: rec('2022-12-05', '12:00') },
    {
      incidentId: 'eritrean-forces-killings-2022-11',
      kind: 'casualty-report',
      perpetrator: 'eritrea',
      allegedBy: 'tplf',
      against: 'tplf',
      period: { from: '2022-11-17', to: '2022-11-23' },
      fatalities: { min: 111, max: 111 },
      injured: { min: 103, max: 103 },
      description:
        'Tigray’s emergency coordination centre: Eritrean forces in Tigray killed 111 people, wounded 103 and destroyed 241 houses in the week of 17–23 November, after the Pretoria agreement (which Eritrea did not sign).',
    },
    [S.tgcomDec],
  ),
  ev(
    'TalksRoundOpened',
    'round-mekelle-opened',
    { occurredAt: '2022-12-26', recordedAt: rec('2022-12-28', '18:00') },
    {
      roundId: R.mekelle,
      label: 'Federal government delegation in Mekelle',
      venue: 'Mekelle',
      format: 'informal',
      delegations: [{ actorId: 'ethiopia', head: TAGESSE }, { actorId: 'tplf' }],
    },
    [S.kesqDec28],
  ),
  ev(
    'TalksRoundConcluded',
    'round-mekelle-concluded',
    { occurredAt: '2022-12-26', recordedAt: rec('2022-12-28', '18:05') },
    {
      roundId: R.mekelle,
      outcome: 'progress',
      summary:
        'The first federal delegation to Mekelle since the war began, led by the speaker of parliament; Ethiopian Airlines announces flights will resume.',
    },
    [S.kesqDec28],
  ),
  ev(
    'StatementMade',
    'stmt-gov-dec28',
    { occurredAt: '2022-12-28', recordedAt: rec('2022-12-28', '18:10') },
    {
      speaker: GOV,
      audience: 'tplf',
      tone: 'conciliatory',
      summary:
        'Ethiopian Airlines resumes flights to Mekelle after 18 months, as part of the services restored under the agreement: Mekelle reconnected to the national grid on 6 December, the Commercial Bank resuming in some towns on 19 December, telephone lines being restored.',
    },
    [S.africanewsDec28, S.kesqDec28],
  ),
  ev(
    'StatementMade',
    'stmt-getachew-jan11',
    { occurredAt: '2023-01-11', recordedAt: rec('2023-01-12', '12:00') },
    {
      speaker: GETACHEW,
      audience: 'ethiopia',
      tone: 'conciliatory',
      summary:
        'The Tigrayan forces handed over their heavy weapons to the ENDF at Agula on 10 January, verified by the monitoring team, "as part of its commitment to implementing the Pretoria agreement".',
      quote: 'We hope & expect this will go a long way in expediting the full implementation of the agreement.',
    },
    [S.horndiplomatJan12],
  ),
  ev(
    'StatementMade',
    'stmt-endf-jan11',
    { occurredAt: '2023-01-11', recordedAt: rec('2023-01-13', '12:00') },
    {
      speaker: ENDF,
      audience: 'tplf',
      tone: 'conciliatory',
      summary:
        'The federal army confirms the first round of heavy weapons (tanks, rockets, mortars) received at Agula on Tuesday, with African Union and foreign military observers present.',
    },
    [S.africaJan13],
  ),
  ev(
    'TalksRoundOpened',
    'round-halala-opened',
    { occurredAt: '2023-02-03', recordedAt: rec('2023-02-04', '12:00') },
    {
      roundId: R.halala,
      label: 'The prime minister meets the TPLF delegation',
      venue: 'Halala Kela resort, Dawuro Zone',
      format: 'informal',
      delegations: [
        { actorId: 'ethiopia', head: ABIY },
        { actorId: 'tplf', head: GETACHEW },
      ],
    },
    [S.monitorFeb4],
  ),
  ev(
    'TalksRoundConcluded',
    'round-halala-concluded',
    { occurredAt: '2023-02-03', recordedAt: rec('2023-02-04', '12:05') },
    {
      roundId: R.halala,
      outcome: 'progress',
      summary:
        'The first face-to-face meeting since the war: the two sides review the implementation of the Pretoria and Nairobi agreements and set directions on the outstanding issues; Abiy decides more flights, banking and other trust-building measures.',
    },
    [S.monitorFeb4],
  ),
  ev(
    'StatementMade',
    'stmt-hopr-mar22',
    { occurredAt: '2023-03-22', recordedAt: rec('2023-03-22', '18:00') },
    {
      speaker: HOPR,
      audience: 'tplf',
      tone: 'conciliatory',
      summary:
        'Parliament lifts the TPLF’s terrorist designation by majority vote, on the basis of the November agreement: "indispensable to uphold the peace agreement".',
    },
    [S.alarabiyaMar22],
  ),
  ev(
    'StatementMade',
    'stmt-pm-office-mar23',
    { occurredAt: '2023-03-23', recordedAt: rec('2023-03-23', '18:00') },
    {
      speaker: PM_OFFICE,
      audience: 'tplf',
      tone: 'conciliatory',
      summary:
        'Prime Minister Abiy appoints Getachew Reda, nominated by the TPLF, as head of the Tigray Region’s inclusive interim administration provided for by the Pretoria agreement.',
    },
    [S.enaMar23, S.bangkokpostMar23],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'ethiopia-tplf-2020.jsonl',
  logEnd: '2023-03-24T00:00:00Z',
  events,
};

export default definition;
