/**
 * A test fixture, not a shipped example: the Taliban's Afghan government (the
 * Islamic Emirate, a de-facto authority) and Iran, from Iran's pressure over
 * its share of the Helmand river under the 1973 treaty (May 2023) to Iran's
 * mass deportations of Afghans and the shooting of Afghan migrants at the
 * Saravan border (October 2024), as an analyst following the news could have
 * recorded it: Amir-Abdollahian's warning to release the Kajaki dam "before
 * it is late" (17 May 2023); President Raisi's warning to "take my words very
 * seriously" (18 May); the Taliban's answer that they keep the treaty but the
 * river is low, and their refusal to let Iranian officials visit the dam (24
 * May); Iran's envoy's "within a month" (20 May); the exchange of fire at the Sasuli border post (27 May: two Iranian
 * border guards and one Taliban fighter killed, each side saying the other
 * fired first), the Milak crossing closed that day and reopened the next,
 * the border officials' talks that calmed it; the Taliban's consent to the
 * Iranian experts' visit (17 June, by Iran's envoy); the experts at the Deh
 * Rawood station and the understanding announced (13 August); the Taliban's pledge at
 * Tunxi (30 March 2024) and the envoy's thanks for the water that reached
 * Sistan (21 April 2024); Iran's deputy energy minister in Kabul (23 July
 * 2024); Iran's deportations and the Taliban's complaints
 * (September–October 2024); the shooting of Afghan migrants at Kalgan,
 * Saravan (13 October 2024), denied by Iran, and the Taliban's confirmation
 * of it (31 October). Escalation model v2 was never tuned on it: it is the
 * case the model is held to in afghanistan-iran-2023.spec.ts, against the
 * calls an analyst makes from DOMAIN.md §5b alone.
 *
 * Parties: Iran and the Afghan Taliban (`afghan-taliban`, as in the other
 * cases with the Emirate). Third parties: Pakistan (Raisi spoke in Pakistan)
 * and the United Nations (its rapporteur and UNAMA asked for an inquiry into
 * the Saravan shooting); nothing of theirs is recorded as the pair's. The
 * Afghan migrants are people of one party, not an actor.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source.
 *
 * Grading as in examples/README.md: B = an established outlet or a wire copy
 * (AP via KEYT and Newsday, Anadolu via Middle East Monitor); C = a smaller
 * outlet, a state-affiliated one or a mirror (KabulNow, Afghanistan
 * International, Mehr, Tehran Times, IFP News, SEE News, Bayan News, a copy of
 * RT); 2 = an on-record statement reported, or several outlets agree; 3 = one
 * side's unverified account (who fired first, tolls, what the other agreed
 * to).
 *
 * Judgement calls, recorded as an analyst would:
 * - Raisi's warning (18 May 2023) is a `threat`, not a `military-threat` nor
 *   an ultimatum: a demand ("immediately give the water rights") with
 *   unnamed consequences ("so that you won't complain later"), no deadline,
 *   no force named; Amir-Abdollahian's "before it is late" a `warning`.
 * - The 1973 Helmand treaty is the subject of the dispute, not an agreement
 *   reached in it: it is not recorded as `AgreementReached`. Iran's
 *   complaint is that it is not applied (its share withheld); when water
 *   reached Sistan in April 2024 the Taliban put it down to the rain. Iran's
 *   demands (its share under the treaty; its experts' visit to the Kajaki
 *   dam) are demands, and the Taliban's answers positions on them; the
 *   Taliban's consent to the visit (17 June 2023) is known only from Iran's
 *   envoy (graded 3).
 * - Kazemi Qomi's "within a month" (20 May 2023, known from MEMRI's brief of
 *   30 May, recorded then) is an ultimatum: a demand (clarify and deliver the
 *   share), a deadline (a month: 20 June) and a consequence left unsaid ("it
 *   is clear how it should act"). Resolved `partially-complied` when the
 *   Taliban agreed to the inspection (17 June): the analyst's reading.
 * - The experts' visit to Deh Rawood (about 9 August 2023, announced 13
 *   August) is a technical round, concluded with the understanding the two
 *   sides announced (technical committees to decide how Iran's share is
 *   observed; Iran's envoy: "a commitment by the Afghan side" to part of the
 *   treaty). It is the agreement of these talks that is being implemented
 *   afterwards (the water that reached Sistan in April 2024, the deputy
 *   energy minister's "significant amount ... secured this year" in July
 *   2024); no party is reported to have stopped applying it.
 * - The Sasuli clash (27 May 2023): one `clash`, perpetrator as alleged by
 *   Iran (IRNA: the Taliban opened fire around 10:00), `against` Iran; the
 *   Taliban's account (Iran fired first) is Takor's statement, blaming Iran
 *   for it. Toll 3–4: two Iranian guards (IRNA; three per the Tehran Times)
 *   and one Taliban fighter (Takor). Iran's claim of "heavy casualties" on
 *   the Taliban side has no number: in the text only. The AP's "heavy
 *   gunfire" names no offensive or battle: not `major`. One place, written
 *   one way: the Sasuli post. Mehr's and SEE News's word that the post's
 *   commander was killed by the Taliban "last week" gives no day: not
 *   recorded as an act.
 * - The border officials' talks of 27 May (Marhamati, via an RT copy) are a
 *   technical round with progress (the border calm that night); no ceasefire
 *   was declared, so none is recorded.
 * - The Milak closure (27 May) is Iran's, against the Taliban, and reopened
 *   on 28 May.
 * - Iran's deportations of Afghans: the policy is recorded through the
 *   statements announcing and protesting it (Radan, 21 October 2024; the
 *   Taliban official at Islam Qala to AFP, 25 September 2024); the force
 *   used on Afghans in the drive as AFP reported it on 25 September 2024
 *   (beatings with metal batons in the Karaj camp, one death reported, 90
 *   percent of returnees forcibly deported) is one `non-lethal-force`
 *   incident by Iran against the Emirate (police force on the other's
 *   nationals, as the Azerbaijan – Russia 2024 fixture records the
 *   Yekaterinburg raids), dated by the report: the acts have no day.
 * - The Saravan shooting (13 October 2024): Iranian border forces firing on
 *   Afghan migrants crossing into Iran is `lethal-force` (border guards
 *   firing on the other's nationals), reported by Halvash and denied by
 *   Iran; toll 2 (the bodies the Taliban brought back) to 260 (Halvash).
 *   The second shooting reported for 17 October rests on Halvash alone,
 *   with no toll: not recorded.
 * - The video of a Taliban commander saying the "mujahideen will conquer
 *   Iran within 24 hours" if the Emirate's elders allowed it (after 27 May
 *   2023, MEMRI) is not the Emirate's: its spokesman said the same day that
 *   it does not want to fight its neighbours. Not recorded as a threat of the
 *   party. Iranian MP Maleki's proposal to close the Taliban's embassy
 *   (August 2023) is a deputy's, not the government's: not recorded.
 * - Left out for want of a dated source: the Muttaqi – Kazemi Qomi meetings
 *   of May 2023 (undated copies), the announcement of the technical team in
 *   2023 (undated), the Taliban delegation at Raisi's funeral (22 May 2024;
 *   the report read lists "Afghanistan" among foreign ministers, with no
 *   name), and the clashes of 2022 (before the case).
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'afghanistan-iran-2023';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 2023);
/** A recordedAt on a given day (the case spans two years). */
const rec = (day: string, time: string): string => `${day}T${time}:00Z`;

const IRAN: Actor = { id: 'iran', name: 'Iran', kind: 'state', aliases: ['Tehran', 'Islamic Republic of Iran'] };
const TALIBAN: Actor = {
  id: 'afghan-taliban',
  name: 'Afghan Taliban government',
  kind: 'de-facto-authority',
  aliases: ['Islamic Emirate of Afghanistan', 'Kabul', 'the Taliban'],
};
const PAKISTAN: Actor = { id: 'pakistan', name: 'Pakistan', kind: 'state', aliases: ['Islamabad'] };
const UN: Actor = {
  id: 'united-nations',
  name: 'United Nations',
  kind: 'international-organisation',
  aliases: ['UN', 'UNAMA'],
};

const AMIR_ABDOLLAHIAN: Person = {
  name: 'Hossein Amir-Abdollahian',
  title: 'Foreign Minister of Iran',
  actorId: 'iran',
};
const RAISI: Person = { name: 'Ebrahim Raisi', title: 'President of Iran', actorId: 'iran' };
const KAZEMI_QOMI: Person = {
  name: 'Hassan Kazemi Qomi',
  title: "Iran's ambassador in Kabul and special envoy for Afghanistan",
  actorId: 'iran',
};
const REZAEI: Person = { name: 'Gen. Qasem Rezaei', title: 'Deputy police chief of Iran', actorId: 'iran' };
const RADAN: Person = { name: 'Gen. Ahmadreza Radan', title: 'Chief of police of Iran', actorId: 'iran' };
const MARHAMATI: Person = {
  name: 'Alireza Marhamati',
  title: 'Deputy security chief, Sistan and Baluchestan',
  actorId: 'iran',
};
const MUJAHID: Person = { name: 'Zabihullah Mujahid', title: 'Taliban spokesman', actorId: 'afghan-taliban' };
const STANIKZAI: Person = {
  name: 'Sher Mohammad Abbas Stanikzai',
  title: 'Deputy foreign minister of the Taliban government',
  actorId: 'afghan-taliban',
};
const TAKOR: Person = {
  name: 'Abdul Nafi Takor',
  title: 'Spokesman, Taliban interior ministry',
  actorId: 'afghan-taliban',
};
const MUTTAQI: Person = {
  name: 'Amir Khan Muttaqi',
  title: 'Foreign minister of the Taliban government',
  actorId: 'afghan-taliban',
};
const QAZIZADA: Person = {
  name: 'Abdul Ghani Qazizada',
  title: 'Taliban official at the Islam Qala crossing',
  actorId: 'afghan-taliban',
};
const FITRAT: Person = {
  name: 'Hamdullah Fitrat',
  title: 'Deputy spokesman of the Taliban government',
  actorId: 'afghan-taliban',
};

const S = {
  kabulnowMay18: source(
    'Iran increases pressure on Taliban over water rights, Raisi warns of serious consequences',
    'KabulNow',
    'https://kabulnow.com/2023/05/iran-increases-pressure-on-taliban-over-water-rights-raisi-warns-of-serious-consequences/',
    '2023-05-18',
    'C',
    2,
  ),
  apMay18: source(
    "Iran warns Afghanistan's Taliban rulers not to violate its water rights over Helmand River",
    'KEYT (Associated Press)',
    'https://keyt.com/news/2023/05/18/iran-warns-afghanistans-taliban-rulers-not-to-violate-its-water-rights-over-helmand-river/',
    '2023-05-18',
    'B',
    2,
  ),
  tehranTimesMay19: source(
    'Raisi sternly warns Taliban over water rights',
    'Tehran Times',
    'https://www.tehrantimes.com/news/484869/Raisi-sternly-warns-Taliban-over-water-rights',
    '2023-05-19',
    'C',
    2,
  ),
  kabulnowMay19: source(
    'Taliban rejects Iran’s warning over Helmand River water rights, Iranian FM hits back',
    'KabulNow',
    'https://kabulnow.com/2023/05/taliban-rejects-irans-warning-over-helmand-river/',
    '2023-05-19',
    'C',
    2,
  ),
  afintlMay24: source(
    'Will Not Allow Iranian Officials To Visit Kajaki Dam, Says Taliban’s Deputy FM',
    'Afghanistan International',
    'https://www.afintl.com/en/202305241894',
    '2023-05-24',
    'C',
    2,
  ),
  mehrMay27: source(
    '2 Iranian border guards martyred in border clash with Taliban',
    'Mehr News Agency',
    'https://en.mehrnews.com/news/201256/2-Iranian-border-guards-martyred-in-border-clash-with-Taliban',
    '2023-05-27',
    'C',
    3,
  ),
  seeMay27: source(
    'Iran Announces Casualties of Clashes with Taliban',
    'SEE News',
    'https://see.news/iran-announces-casualties-of-clashes-with-taliban',
    '2023-05-27',
    'C',
    3,
  ),
  memMay28: source(
    '2 Iranian border guards killed in fresh clashes with Taliban',
    'Middle East Monitor (Anadolu Agency)',
    'https://www.middleeastmonitor.com/20230528-2-iranian-border-guards-killed-in-fresh-clashes-with-taliban/',
    '2023-05-28',
    'B',
    2,
  ),
  rtMay28: source(
    'Taliban clash with Iranian forces – reports (copy of an RT report)',
    'Livemag (copy of RT)',
    'https://livemag.net/taliban-clash-with-iranian-forces-reports-rt-world-news/',
    '2023-05-28',
    'C',
    3,
  ),
  ifpMay28: source(
    'Iran closes major trade route with Afghanistan after deadly clashes',
    'IFP News',
    'https://ifpnews.com/iran-closes-major-trade-route-afghanistan-deadly-clashes/',
    '2023-05-28',
    'C',
    2,
  ),
  mehrMay28: source(
    'Abrisham Bridge on Iran-Afghanistan border reopened',
    'Mehr News Agency',
    'https://en.mehrnews.com/news/201294/Abrisham-Bridge-on-Iran-Afghanistan-border-reopend',
    '2023-05-28',
    'C',
    2,
  ),
  kabulnowMay28: source(
    'Afghanistan-Iran Nimroz crossing reopens day after border clashes',
    'KabulNow',
    'https://kabulnow.com/2023/05/afghanistan-iran-nimroz-crossing-reopens-day-after-border-clashes/',
    '2023-05-28',
    'C',
    2,
  ),
  mehrJun17: source(
    'Taliban agrees Iranian experts to visit Kajakai Dam',
    'Mehr News Agency',
    'https://en.mehrnews.com/news/202081/Taliban-agrees-Iranian-experts-to-visit-Kajakai-Dam',
    '2023-06-17',
    'C',
    3,
  ),
  ifpApr13: source(
    'Taliban pledge to provide Iran’s share of water from Helmand as agreed: Official',
    'IFP News',
    'https://ifpnews.com/taliban-pledge-to-provide-irans-share-of-water-from-helmand-as-agreed-official/',
    '2024-04-13',
    'C',
    3,
  ),
  bayanApr21: source(
    'The Iranian ambassador expressed gratitude to the Taliban for releasing water from the Helmand River to Sistan, Iran',
    'Bayan News',
    'https://bayannews.af/en/2024/04/21/the-iranian-ambassador-expressed-gratitude-to-the-taliban-for-releasing-water-from-the-helmand-river-to-sistan-iran',
    '2024-04-21',
    'C',
    2,
  ),
  menafnSep25: source(
    'AFP: Afghan Refugees Tortured In Iranian Detention Camps',
    'MENAFN (Khaama Press)',
    'https://menafn.com/1108715791/AFP-Afghan-Refugees-Tortured-In-Iranian-Detention-Camps',
    '2024-09-25',
    'C',
    2,
  ),
  apOct17: source(
    'The Taliban say they are investigating reports of Afghan casualties on the Iran border',
    'Newsday (Associated Press)',
    'https://newsday.com/news/nation/iran-afghanistan-border-attack-halvash-p80336',
    '2024-10-17',
    'B',
    3,
  ),
  ifpOct21: source(
    'Iran police chief: 2 million illegal Afghans to be deported by March 2025',
    'IFP News',
    'https://ifpnews.com/iran-police-chief-2-million-illegal-afghans-deported-march-2025/',
    '2024-10-21',
    'C',
    2,
  ),
  afintlOct31: source(
    'After Two-Week Delay, Taliban Confirms Shooting Of Afghan Refugees At Iranian Border',
    'Afghanistan International',
    'https://afintl.com/en/202410317981',
    '2024-10-31',
    'C',
    2,
  ),
  memriMay30: source(
    'Tensions Deepen Between Iran And Afghan Taliban On Helmand River Issue (MEMRI Daily Brief No. 485)',
    'MEMRI',
    'https://memri.org/reports/tensions-deepen-between-iran-and-afghan-taliban-helmand-river-issue-%E2%80%93-taliban-forces-twitter',
    '2023-05-30',
    'C',
    2,
  ),
  kabulnowJun17: source(
    'Taliban agrees to let Iran inspect Kajaki dam and Helmand River, Iranian ambassador says',
    'KabulNow',
    'https://kabulnow.com/2023/06/taliban-agrees-to-let-iran-inspect-kajaki-dam-and-helmand-river-iranian-ambassador-says/',
    '2023-06-17',
    'C',
    2,
  ),
  bayanAug13: source(
    'Afghanistan Ministry of Foreign Affairs: Iranian delegation informed that there is insufficient water in Helmand River',
    'Bayan News',
    'https://bayannews.af/en/2023/08/13/afghanistan-ministry-of-foreign-affairs-iranian-delegation-informed-that-there-is-insufficient-water-in-helmand-river',
    '2023-08-13',
    'C',
    2,
  ),
  arianaAug13: source(
    'Iranian experts inspect Helmand River situation for first time: envoy',
    'Ariana News',
    'https://www.ariananews.af/iranian-experts-inspect-helmand-river-situation-for-first-time-envoy/',
    '2023-08-13',
    'C',
    2,
  ),
  bayanAug20: source(
    'Iranian Officials Confirm Water Scarcity at Dehrawood Water Monitoring Station',
    'Bayan News',
    'https://bayannews.af/en/2023/08/20/iranian-officials-confirm-water-scarcity-at-dehrawood-water-monitoring-station',
    '2023-08-20',
    'C',
    2,
  ),
  afintlJul24: source(
    'Iranian & Taliban Officials Discuss Helmand River Water Issues',
    'Afghanistan International',
    'https://afintl.com/en/202407245959',
    '2024-07-24',
    'C',
    2,
  ),
  afintlOct21: source(
    'Iranian Border Guards Shoot At Afghan Migrants Again, Reports Halvash',
    'Afghanistan International',
    'https://afintl.com/en/202410217572',
    '2024-10-21',
    'C',
    2,
  ),
};

const P = {
  sasuli: 'Sasuli border post (Zabol, Sistan and Baluchestan / Kang, Nimroz)',
  milak: 'Milak crossing (Abrisham / Silk Bridge)',
  saravan: 'Kalgan, Saravan (Sistan and Baluchestan)',
};
const D = { water: 'iran-helmand-water-share', visit: 'iran-experts-visit-kajaki' };
const I = {
  sasuli: 'sasuli-clash-2023-05-27',
  milakClosed: 'milak-closure-2023-05-27',
  milakOpen: 'milak-reopening-2023-05-28',
  saravan: 'saravan-shooting-2024-10-13',
};
const R = {
  border: 'border-officials-2023-05-27',
  dehRawood: 'deh-rawood-visit-2023-08',
  kabulJul2024: 'energy-delegation-kabul-2024-07',
};
const U = { month: 'qomi-one-month-2023-05-20' };
const A = { dehRawood: 'deh-rawood-understanding-2023-08' };
/** The border talks, reported as a round and in Marhamati's statement: one occurrence. */
const OCC = { borderTalks: 'border-talks-2023-05-27', dehRawood: 'deh-rawood-2023-08' };

const events = [
  // ===== May 2023: the water warnings =====
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '2023-05-17', recordedAt: rec('2023-05-18', '09:00') },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Iran – Afghan Taliban, the Helmand water dispute and the border, 2023–24',
      subject:
        "Iran's share of the Helmand river under the 1973 treaty (820 million cubic metres a year), the Taliban's answer that there is not enough water behind the Kajaki dam, the border clash at Sasuli, and Iran's deportations of Afghans",
      parties: [IRAN, TALIBAN],
      mediators: [],
    },
    [S.kabulnowMay18],
  ),
  ev(
    'StatementMade',
    'stmt-amir-abdollahian-may17',
    { occurredAt: '2023-05-17', precision: 'approximate', recordedAt: rec('2023-05-18', '09:05') },
    {
      speaker: AMIR_ABDOLLAHIAN,
      audience: 'afghan-taliban',
      tone: 'warning',
      summary:
        'Visiting Sistan and Baluchestan, the foreign minister tells the Taliban to release the water of the Kajaki dam before it is too late; Iran says it received less than four percent of its annual share last year.',
      quote: 'before it is late',
    },
    [S.kabulnowMay18],
  ),
  ev(
    'DemandTabled',
    'demand-water',
    { occurredAt: '2023-05-17', precision: 'approximate', recordedAt: rec('2023-05-18', '09:10') },
    {
      demandId: D.water,
      by: 'iran',
      addressedTo: ['afghan-taliban'],
      text: "Deliver Iran's share of the Helmand river under the 1973 treaty (820 million cubic metres a year)",
      category: 'economic',
    },
    [S.kabulnowMay18],
  ),
  ev(
    'StatementMade',
    'stmt-raisi-may18',
    { occurredAt: '2023-05-18', recordedAt: rec('2023-05-18', '18:05') },
    {
      speaker: RAISI,
      audience: 'afghan-taliban',
      tone: 'threat',
      summary:
        'In Sistan and Baluchestan, Raisi warns the rulers of Afghanistan to give the province its water rights immediately and to let Iranian experts inspect the dam; Iran will not allow its people’s rights to be violated.',
      quote: 'You should take my words very seriously so that you won’t complain later',
    },
    [S.apMay18, S.kabulnowMay18],
  ),
  ev(
    'DemandTabled',
    'demand-visit',
    { occurredAt: '2023-05-18', recordedAt: rec('2023-05-18', '18:10') },
    {
      demandId: D.visit,
      by: 'iran',
      addressedTo: ['afghan-taliban'],
      text: 'Let Iranian experts inspect the Kajaki dam to verify the claim that there is not enough water',
      category: 'procedural',
    },
    [S.kabulnowMay18],
  ),
  ev(
    'ActorRegistered',
    'actor-pakistan',
    { occurredAt: '2023-05-18', recordedAt: rec('2023-05-18', '18:15') },
    { actor: PAKISTAN, role: 'third-party' },
    [S.apMay18],
    { note: 'Raisi spoke of the Helmand in Pakistan, inaugurating a border market; no act of its own in this case.' },
  ),
  ev(
    'StatementMade',
    'stmt-mujahid-may18',
    { occurredAt: '2023-05-18', recordedAt: rec('2023-05-19', '08:00') },
    {
      speaker: MUJAHID,
      audience: 'iran',
      tone: 'critical',
      summary:
        'The Taliban say they remain committed to the 1973 treaty, that there is not enough water in the Helmand, and that Iranian officials should first inform themselves and use appropriate language.',
      quote:
        'Iranian officials should first complete their knowledge about water in Helmand and then present their requests with appropriate language',
    },
    [S.kabulnowMay19],
  ),
  ev(
    'PositionTaken',
    'pos-water-may18',
    { occurredAt: '2023-05-18', recordedAt: rec('2023-05-19', '08:05') },
    {
      demandId: D.water,
      actorId: 'afghan-taliban',
      stance: 'conditional',
      conditions: 'The treaty is kept, but the river does not carry enough water to deliver the share',
      speaker: MUJAHID,
    },
    [S.kabulnowMay19],
  ),
  ev(
    'StatementMade',
    'stmt-amir-abdollahian-may18',
    { occurredAt: '2023-05-18', recordedAt: rec('2023-05-19', '08:10') },
    {
      speaker: AMIR_ABDOLLAHIAN,
      audience: 'afghan-taliban',
      tone: 'critical',
      summary:
        'Replying to the Taliban, the foreign minister says he has repeatedly asked Muttaqi to fulfil the treaty and let a technical team measure the water: the level is for technical investigation, not politics.',
    },
    [S.kabulnowMay19],
  ),
  ev(
    'StatementMade',
    'stmt-stanikzai-may24',
    { occurredAt: '2023-05-24', recordedAt: rec('2023-05-24', '18:00') },
    {
      speaker: STANIKZAI,
      audience: 'iran',
      tone: 'critical',
      summary:
        'The deputy foreign minister says the Taliban will not let Iranian officials visit the Kajaki dam (dams are sensitive, like military installations), but will provide Iran’s water under the 1973 treaty.',
    },
    [S.afintlMay24],
  ),
  ev(
    'PositionTaken',
    'pos-visit-may24',
    { occurredAt: '2023-05-24', recordedAt: rec('2023-05-24', '18:05') },
    {
      demandId: D.visit,
      actorId: 'afghan-taliban',
      stance: 'rejected',
      speaker: STANIKZAI,
      quote: 'foreign agents',
    },
    [S.afintlMay24],
  ),
  // ===== 27–28 May 2023: the Sasuli clash =====
  ev(
    'IncidentReported',
    'inc-sasuli',
    { occurredAt: '2023-05-27T06:30:00Z', precision: 'approximate', recordedAt: rec('2023-05-28', '06:00') },
    {
      incidentId: I.sasuli,
      kind: 'clash',
      perpetrator: 'afghan-taliban',
      allegedBy: 'iran',
      against: 'iran',
      target: 'Iranian border guards of the Zabol regiment',
      place: P.sasuli,
      fatalities: { min: 3, max: 4 },
      injured: { min: 2, max: 4 },
      description:
        'Around 10:00 local time Taliban forces open fire on the Sasuli border post with all kinds of weapons, by Iran’s account, and the border guards answer; the exchange lasts several hours with light and heavy weapons. Two Iranian border guards killed (IRNA; three per the Tehran Times) and one Taliban fighter (the Taliban). Iran claims heavy casualties on the other side, with no number.',
    },
    [S.mehrMay27, S.memMay28, graded(S.kabulnowMay28, 3)],
  ),
  ev(
    'StatementMade',
    'stmt-rezaei-may27',
    { occurredAt: '2023-05-27', recordedAt: rec('2023-05-28', '06:05') },
    {
      speaker: REZAEI,
      audience: 'afghan-taliban',
      tone: 'accusation',
      summary:
        'The Taliban started shooting at the Sasuli post without regard for international law and good neighbourliness, and were met with a decisive response after initial warnings.',
    },
    [S.mehrMay27, S.memMay28],
  ),
  ev(
    'IncidentReported',
    'inc-milak-closed',
    { occurredAt: '2023-05-27', recordedAt: rec('2023-05-28', '06:10') },
    {
      incidentId: I.milakClosed,
      kind: 'border-closure',
      perpetrator: 'iran',
      against: 'afghan-taliban',
      target: 'Trade through the Milak crossing',
      place: P.milak,
      description:
        'Sistan and Baluchestan’s director of roads and transport says economic exchanges through Milak are suspended until further notice because of the day’s clashes.',
    },
    [S.mehrMay27, S.ifpMay28],
  ),
  ev(
    'StatementMade',
    'stmt-takor-may27',
    { occurredAt: '2023-05-27', recordedAt: rec('2023-05-28', '06:15') },
    {
      speaker: TAKOR,
      audience: 'iran',
      tone: 'accusation',
      summary:
        'Iranian border forces fired towards Afghanistan in Nimroz and the Taliban border forces answered; one killed on each side; the situation is under control, and the Emirate does not want to fight its neighbours.',
      blames: { incidentId: I.sasuli, on: 'iran' },
    },
    [S.memMay28, graded(S.rtMay28, 2)],
  ),
  ev(
    'StatementMade',
    'stmt-radan-may27',
    { occurredAt: '2023-05-27', recordedAt: rec('2023-05-28', '06:20') },
    {
      speaker: RADAN,
      audience: 'afghan-taliban',
      tone: 'warning',
      summary:
        'The police chief holds the Taliban responsible and orders the border guards to defend the borders and answer such attacks firmly.',
    },
    [S.seeMay27, S.memMay28],
  ),
  ev(
    'TalksRoundOpened',
    'round-border-open',
    { occurredAt: '2023-05-27T16:00:00Z', precision: 'approximate', recordedAt: rec('2023-05-28', '08:00') },
    {
      roundId: R.border,
      label: 'Border officials’ talks after the Sasuli clash',
      format: 'technical',
      venue: 'Sistan and Baluchestan – Nimroz border',
    },
    [S.rtMay28],
    { occurrence: OCC.borderTalks },
  ),
  ev(
    'TalksRoundConcluded',
    'round-border-concluded',
    { occurredAt: '2023-05-27T18:00:00Z', precision: 'approximate', recordedAt: rec('2023-05-28', '08:05') },
    {
      roundId: R.border,
      outcome: 'progress',
      summary: 'Officials of both sides talk to de-escalate; the border is calm by Saturday night (Marhamati).',
    },
    [S.rtMay28],
    { occurrence: OCC.borderTalks },
  ),
  ev(
    'StatementMade',
    'stmt-marhamati-may27',
    { occurredAt: '2023-05-27T18:00:00Z', precision: 'approximate', recordedAt: rec('2023-05-28', '08:10') },
    {
      speaker: MARHAMATI,
      audience: 'domestic audience',
      tone: 'neutral',
      summary: 'The border is calm as of Saturday night; officials on both sides are holding talks to de-escalate.',
    },
    [S.rtMay28],
    { occurrence: OCC.borderTalks },
  ),
  ev(
    'IncidentReported',
    'inc-milak-open',
    { occurredAt: '2023-05-28', recordedAt: rec('2023-05-28', '12:00') },
    {
      incidentId: I.milakOpen,
      kind: 'border-reopening',
      perpetrator: 'iran',
      against: 'afghan-taliban',
      target: 'Trade through the Milak crossing',
      place: P.milak,
      description: 'Economic exchanges at the Milak terminal resume after a one-day suspension.',
    },
    [S.mehrMay28, S.kabulnowMay28],
    { note: 'Recorded under Iran, which had closed the crossing.' },
  ),
  ev(
    'UltimatumIssued',
    'ult-qomi-month',
    { occurredAt: '2023-05-20', recordedAt: rec('2023-05-30', '09:00') },
    {
      ultimatumId: U.month,
      by: 'iran',
      to: ['afghan-taliban'],
      demandIds: [D.water],
      deadline: '2023-06-20',
      consequences:
        'If there is water and the Taliban do not provide it, "it is clear how [Iran] should act"; the matter "should happen during this one month" (Kazemi Qomi)',
    },
    [S.memriMay30],
  ),
  // ===== June 2023: the experts' visit agreed =====
  ev(
    'PositionTaken',
    'pos-visit-jun17',
    { occurredAt: '2023-06-17', precision: 'approximate', recordedAt: rec('2023-06-17', '12:00') },
    {
      demandId: D.visit,
      actorId: 'afghan-taliban',
      stance: 'accepted',
      conditions: 'Reported by Iran’s envoy; a joint committee is to visit the dams (Iran’s interior minister)',
    },
    [S.mehrJun17],
  ),
  ev(
    'StatementMade',
    'stmt-qomi-jun17',
    { occurredAt: '2023-06-17', precision: 'approximate', recordedAt: rec('2023-06-17', '12:05') },
    {
      speaker: KAZEMI_QOMI,
      audience: 'afghan-taliban',
      tone: 'conciliatory',
      summary:
        'The Taliban have agreed to let Iranian experts visit the Kajaki dam, a good step; Iran’s water rights must be secured within the 1973 treaty.',
    },
    [S.mehrJun17],
  ),
  ev(
    'UltimatumResolved',
    'ult-qomi-month-resolved',
    { occurredAt: '2023-06-17', precision: 'approximate', recordedAt: rec('2023-06-17', '12:10') },
    {
      ultimatumId: U.month,
      resolution: 'partially-complied',
      summary:
        'Within the month, the Taliban agree to let Iranian experts inspect the Kajaki dam and the Helmand, a "positive step" by the envoy’s account; the share itself is left to what the inspection finds.',
    },
    [S.mehrJun17, S.kabulnowJun17],
  ),
  // ===== August 2023: the experts at Deh Rawood =====
  ev(
    'TalksRoundOpened',
    'round-deh-rawood-open',
    { occurredAt: '2023-08-09', precision: 'approximate', recordedAt: rec('2023-08-13', '12:00') },
    {
      roundId: R.dehRawood,
      label: 'Iranian technical delegation at the Deh Rawood hydrometric station',
      format: 'technical',
      venue: 'Deh Rawood, Uruzgan (Helmand river)',
    },
    [S.bayanAug13, S.arianaAug13],
    { occurrence: OCC.dehRawood },
  ),
  ev(
    'TalksRoundConcluded',
    'round-deh-rawood-concluded',
    { occurredAt: '2023-08-13', recordedAt: rec('2023-08-13', '12:05') },
    {
      roundId: R.dehRawood,
      outcome: 'agreement',
      summary:
        'The delegation (the energy ministry’s director of cross-border rivers, the head of Sistan and Baluchestan’s water authority, the province’s deputy governor) measures the flow for the first time since the treaty; the Taliban say it found the river low by drought, not by any human act; technical committee meetings are to decide how Iran’s share is observed.',
    },
    [S.bayanAug13, S.arianaAug13],
    { occurrence: OCC.dehRawood },
  ),
  ev(
    'AgreementReached',
    'agr-deh-rawood',
    { occurredAt: '2023-08-13', recordedAt: rec('2023-08-13', '12:10') },
    {
      agreementId: A.dehRawood,
      kind: 'partial',
      provisions: [
        'Iranian experts visit the Deh Rawood hydrometric station to measure the Helmand’s flow',
        'Technical committee meetings decide how Iran’s water right under the 1973 treaty is observed',
        'In rain and favourable conditions the downstream water rights of Sistan are ensured (the Taliban’s foreign ministry)',
      ],
      signatories: ['iran', 'afghan-taliban'],
      textPublic: false,
      roundId: R.dehRawood,
    },
    [S.bayanAug13, S.arianaAug13],
    { occurrence: OCC.dehRawood },
  ),
  ev(
    'StatementMade',
    'stmt-qomi-aug20',
    { occurredAt: '2023-08-20', precision: 'approximate', recordedAt: rec('2023-08-20', '18:00') },
    {
      speaker: KAZEMI_QOMI,
      audience: 'afghan-taliban',
      tone: 'conciliatory',
      summary:
        'The visit is the Afghan side’s commitment to part of the treaty’s provisions and a sign of constructive dealing; with monthly flow data and timely visits Iran’s share should be measured and delivered under Article 3 of the treaty.',
    },
    [S.bayanAug20],
  ),
  // ===== 2024: the pledge, the water, the deportations =====
  ev(
    'PositionTaken',
    'pos-water-tunxi',
    { occurredAt: '2024-03-30', precision: 'approximate', recordedAt: rec('2024-04-13', '12:00') },
    {
      demandId: D.water,
      actorId: 'afghan-taliban',
      stance: 'accepted-in-principle',
      conditions:
        'At the meeting of Afghanistan’s neighbours in Tunxi, the Taliban representatives agreed to put Iran’s water right on their government’s agenda, as the treaty provides (by Iran’s envoy)',
    },
    [S.ifpApr13],
  ),
  ev(
    'StatementMade',
    'stmt-qomi-apr21',
    { occurredAt: '2024-04-21', recordedAt: rec('2024-04-21', '18:00') },
    {
      speaker: KAZEMI_QOMI,
      audience: 'afghan-taliban',
      tone: 'conciliatory',
      summary:
        'Meeting Muttaqi in Kabul, the envoy thanks the Taliban for removing the obstacles to the flow of the Helmand into Sistan and hopes it continues.',
    },
    [S.bayanApr21],
  ),
  ev(
    'StatementMade',
    'stmt-muttaqi-apr21',
    { occurredAt: '2024-04-21', recordedAt: rec('2024-04-21', '18:05') },
    {
      speaker: MUTTAQI,
      audience: 'iran',
      tone: 'conciliatory',
      summary:
        'After years of drought the rains came this year and water flowed down the Helmand to Nimroz and Sistan; relations with Iran are good and should grow.',
    },
    [S.bayanApr21],
  ),
  ev(
    'TalksRoundOpened',
    'round-kabul-jul2024',
    { occurredAt: '2024-07-23', recordedAt: rec('2024-07-24', '12:00') },
    {
      roundId: R.kabulJul2024,
      label: 'Iran’s deputy energy minister Javanbakht with Muttaqi in Kabul',
      format: 'technical',
      venue: 'Kabul',
    },
    [S.afintlJul24],
  ),
  ev(
    'TalksRoundConcluded',
    'round-kabul-jul2024-concluded',
    { occurredAt: '2024-07-23', recordedAt: rec('2024-07-24', '12:05') },
    {
      roundId: R.kabulJul2024,
      outcome: 'progress',
      summary:
        'Javanbakht says a significant amount of Iran’s water right has been secured this year and hopes for more; Muttaqi promises, if there is water, to work for enough to flow to Iran, and says the Kajaki dam has lost 45% of its capacity to silt.',
    },
    [S.afintlJul24],
  ),
  ev(
    'StatementMade',
    'stmt-qazizada-sep25',
    { occurredAt: '2024-09-25', precision: 'approximate', recordedAt: rec('2024-09-25', '18:00') },
    {
      speaker: QAZIZADA,
      audience: 'iran',
      tone: 'critical',
      summary:
        'Deportations from Iran have risen over six months, up to 3,000 a day; 90 percent of returnees were deported by force; Afghans are given a week to leave or fined.',
    },
    [S.menafnSep25],
  ),
  ev(
    'IncidentReported',
    'inc-deportation-force',
    { occurredAt: '2024-09-25', precision: 'approximate', recordedAt: rec('2024-09-25', '18:05') },
    {
      incidentId: 'deportation-force-2024-09',
      kind: 'non-lethal-force',
      perpetrator: 'iran',
      allegedBy: 'afghan-taliban',
      against: 'afghan-taliban',
      target: 'Afghan migrants detained and deported by Iran',
      place: 'Iran (Karaj detention camp; deported through Islam Qala)',
      description:
        'Deportees tell AFP they were beaten with metal batons for a week in the Karaj camp, one migrant reportedly dying of it, and their belongings thrown out; the Taliban official at Islam Qala says 90 percent of returnees were deported by force, up to 3,000 a day.',
    },
    [graded(S.menafnSep25, 3)],
  ),
  ev(
    'StatementMade',
    'stmt-mujahid-oct17',
    { occurredAt: '2024-10-17', recordedAt: rec('2024-10-17', '18:05') },
    {
      speaker: MUJAHID,
      audience: 'domestic audience',
      tone: 'neutral',
      summary:
        'A high-ranking delegation led by the deputy interior minister is investigating the reports of Afghan casualties on the Iran border, earlier called rumours.',
    },
    [S.apOct17],
  ),
  ev(
    'StatementMade',
    'stmt-qomi-denial',
    { occurredAt: '2024-10-16', precision: 'approximate', recordedAt: rec('2024-10-21', '12:00') },
    {
      speaker: KAZEMI_QOMI,
      audience: 'afghan-taliban',
      tone: 'neutral',
      summary:
        'Iran’s ambassador in Kabul, like the commander of Sistan and Baluchestan’s border guards, denies that Iranian forces shot and killed Afghan migrants at Saravan.',
    },
    [S.afintlOct21],
  ),
  ev(
    'StatementMade',
    'stmt-radan-oct21',
    { occurredAt: '2024-10-21', recordedAt: rec('2024-10-21', '18:00') },
    {
      speaker: RADAN,
      audience: 'domestic audience',
      tone: 'critical',
      summary:
        'Two million Afghans in Iran illegally will be deported by the end of the Persian year (19 March 2025); those who came legally are guests.',
    },
    [S.ifpOct21],
  ),
  ev(
    'IncidentReported',
    'inc-saravan',
    { occurredAt: '2024-10-13', recordedAt: rec('2024-10-31', '17:50') },
    {
      incidentId: I.saravan,
      kind: 'lethal-force',
      perpetrator: 'iran',
      against: 'afghan-taliban',
      target: 'Afghan migrants crossing into Iran',
      place: P.saravan,
      fatalities: { min: 2, max: 260 },
      injured: { min: 34, max: 34 },
      description:
        'By Halvash’s account, Iranian border forces open fire, with firearms and rocket-propelled grenades, on a group of some 300 Afghan migrants crossing at Kalgan; dozens killed and wounded (up to 260 by its count; two bodies and 34 wounded brought back to Afghanistan). Iran denies any shooting.',
    },
    [S.apOct17, graded(S.afintlOct31, 3)],
  ),
  ev(
    'ActorRegistered',
    'actor-un',
    { occurredAt: '2024-10-31', recordedAt: rec('2024-10-31', '17:55') },
    { actor: UN, role: 'third-party' },
    [S.apOct17, S.afintlOct31],
    { note: 'Its rapporteur for Afghanistan and UNAMA asked for an inquiry into the Saravan shooting.' },
  ),
  ev(
    'StatementMade',
    'stmt-fitrat-oct31',
    { occurredAt: '2024-10-31', recordedAt: rec('2024-10-31', '18:00') },
    {
      speaker: FITRAT,
      audience: 'iran',
      tone: 'critical',
      summary:
        'The Taliban confirm that explosions and shootings against Afghan migrants took place in the Kalgan valley on Iranian soil, two weeks after the reports that Iranian border guards fired on them; two dead and 34 wounded have been brought back, others are in Iran and Pakistan; the inquiry goes on.',
      blames: { incidentId: I.saravan, on: 'iran' },
    },
    [S.afintlOct31],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'afghanistan-iran-2023.jsonl',
  logEnd: '2024-12-31T00:00:00Z',
  events,
};

export default definition;
