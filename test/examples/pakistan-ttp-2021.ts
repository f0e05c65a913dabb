/**
 * A test fixture, not a shipped example: the talks between Pakistan (its
 * government and army) and the Tehrik-i-Taliban Pakistan (TTP), hosted and
 * mediated in Afghanistan by the Afghan Taliban government, as an analyst
 * following the news could have recorded them: from Imran Khan's statement that
 * talks are under way (1 October 2021) through the month-long ceasefire (9
 * November – 9 December 2021) the TTP refused to extend, accusing Pakistan of
 * breaking its terms; the TTP's attacks and Pakistan's strikes in Khost and Kunar
 * of early 2022; the Kabul talks of May–June 2022 (the army's delegation, the
 * tribal jirgas, the TTP's demands) and the "indefinite ceasefire" of 2 June; the
 * TTP's attacks during it (September, November 2022); the TTP calling the
 * ceasefire off on 28 November 2022 and ordering attacks nationwide; the Bannu CTD
 * siege (18–20 December 2022); the National Security Committee's "no talks with
 * terrorists" (January 2023); the Peshawar police mosque bombing (30 January
 * 2023) and the Karachi police office attack (17 February 2023). Escalation model
 * v2 was never tuned on it: it is the case the model is held to in
 * pakistan-ttp-2021.spec.ts, against the calls an analyst makes from DOMAIN.md
 * §5b alone.
 *
 * What it tests that the other cases did not: a state talking to an armed group
 * through a mediator that shelters the group (the Afghan Taliban host the TTP's
 * leadership and the talks); a ceasefire declared for a month and ended by one
 * side's statement; demands tabled and rejected; an attack by a faction its
 * group's leadership disowns; and a long ceasefire (June – November 2022) with
 * sporadic attacks.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration file's
 * coverage do not change. Built and checked with the same builder as the shipped
 * cases (examples/case-builder.ts): every event replays through `decide` and
 * cites a dated, graded public source.
 *
 * Grading as in examples/README.md: B = established outlet or wire copy (Dawn,
 * The News, Geo, Business Recorder, Pakistan Today, Express Tribune, Al Jazeera,
 * AP, AFP, Reuters copies, RFE/RL, DW, VOA, News18, India Today, Outlook), C =
 * smaller outlet, aggregator, wiki or mirror (Republic World, Devdiscourse/ANI,
 * Eurasia Review, Wikipedia, The Current, Independent Pakistan); 1 = an on-record
 * statement or act confirmed by the actor itself (the TTP's own statements and
 * claims, ministers on record); 2 = several outlets agree or one established
 * outlet reports it; 3 = one side's unverified claim about the other, or a report
 * that gives no day.
 *
 * Judgement calls, recorded as an analyst would:
 * - The TTP is the other party, so its attacks on the army and the police are
 *   armed action between the pair (§5b): gunfights and ambushes are `clash`,
 *   bombings and armed assaults `militant-attack` (by a party on the other), the
 *   army's helicopter gunships and the strikes in Afghanistan `airstrike`. Each
 *   act names whom it was `against`. Places are written one way each (the
 *   district and province: "Lakki Marwat, Khyber Pakhtunkhwa").
 * - The Peshawar police mosque bombing (30 January 2023) is recorded as the
 *   TTP's, alleged by Pakistan: it was claimed by Sarbakaf Mohmand, a TTP
 *   commander of the Jamaat-ul-Ahrar faction (which rejoined the TTP in 2020),
 *   and Pakistan's defence minister held the TTP responsible; the TTP's
 *   spokesman denied it hours later ("not its policy to target mosques"), which
 *   is recorded as the TTP's statement. A faction inside the group acting under a
 *   commander's claim is the group's act as alleged (§5b: alleged counts), not a
 *   third party's; the denial is graded into the record, not a reason to drop it.
 * - The strikes in Khost and Kunar (16 April 2022) are Pakistan's `airstrike`
 *   against the TTP as alleged by the Afghan Taliban (Pakistan neither confirmed
 *   nor denied at first); they `harmed` the Afghan Taliban's territory and the
 *   people killed were civilians by the Afghan account. The Afghan Taliban's
 *   warning to Pakistan the same day is theirs with Pakistan, not the pair's.
 * - The agreement of autumn 2021 (a ceasefire, committees under the Afghan
 *   Taliban's mediation, a prisoner release) is one `AgreementReached` of kind
 *   `ceasefire`, dated to the government's announcement (8 November; the TTP
 *   later dated it to 25 October), text not public. The ceasefire ran from 9
 *   November to midnight (PKT) on 9 December; the TTP refused to extend it and
 *   accused Pakistan of breaking its terms: the ceasefire `expired` and the TTP
 *   `withdrew` from the agreement. The TTP's account of raids during the
 *   ceasefire is its allegation of violations, without a count.
 * - The ceasefire of 2022 is one `CeasefireDeclared`: agreed for Eid (dated
 *   about 2 May, `approximate`: the reports say only "for the Eid period"),
 *   extended to 16 May, to 30 May and, after the jirga's talks in Kabul,
 *   indefinitely (2 June; the reports say it had "officially ended on 30 May"
 *   without either side confirming its renewal: no gap is recorded). No
 *   agreement is recorded for it: neither side published terms and the jirga
 *   said nothing had been committed. The TTP called it off on 28 November 2022
 *   (`collapsed`). The TTP's attacks during it are incidents; no one reported
 *   them as violations, so none is recorded.
 * - The TTP's demands (reversal of the FATA merger, release of its prisoners,
 *   troops out of the tribal districts, return with its weapons, Sharia) and
 *   Pakistan's (lay down arms and accept the Constitution; end cross-border
 *   attacks and let the fencing go on) are `DemandTabled`, dated to the reports
 *   that give them. The Sharia demand is known only from Al Jazeera's summary of
 *   the group's standing demands on the day the ceasefire ended (dated to it,
 *   `approximate`).
 * - The National Security Committee's decision (2 January 2023) and the
 *   interior minister's "no talks with any terrorist or militant group" (5
 *   January) are Pakistan's statements; the talks are `TalksSuspended` by
 *   Pakistan on 5 January (no temporary suspension: no more talks).
 * - Published dates are the sources' own; for three pages that show none
 *   (Republic World on the Tank attack, Independent Pakistan on 5 January, The
 *   Current on Bannu) the day their text reports ("on Saturday", "on
 *   Thursday") is taken, and for the Wikipedia articles the first days after
 *   the event their counts come from.
 * - Left out for want of a dated source: the TTP's attacks of October 2021 (24
 *   by one count, no days given), the TTP's own three-week ceasefire of 1–20
 *   October 2021 (reported for one North Waziristan group only), the Miranshah
 *   and Wana attacks of 19–20 December 2022 (a list without sources), the death
 *   of Omar Khalid Khorasani in Paktika (August 2022, no one's claim), and the
 *   attacks of spring 2023 after the Karachi police office.
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'pakistan-ttp-talks-2021';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 2021);

const PAKISTAN: Actor = {
  id: 'pakistan',
  name: 'Pakistan (government and army)',
  kind: 'state',
  aliases: ['Government of Pakistan', 'Pakistan Army', 'ISPR', 'Khyber Pakhtunkhwa Police', 'CTD'],
};
const TTP: Actor = {
  id: 'ttp',
  name: 'Tehrik-i-Taliban Pakistan (TTP)',
  kind: 'armed-group',
  aliases: ['Tehreek-e-Taliban Pakistan', 'Pakistani Taliban', 'Jamaat-ul-Ahrar (faction)'],
};
const AFGHAN_TALIBAN: Actor = {
  id: 'afghan-taliban',
  name: 'Afghan Taliban (Islamic Emirate of Afghanistan)',
  kind: 'de-facto-authority',
  aliases: ['Islamic Emirate of Afghanistan', 'IEA', 'Kabul'],
};

const IMRAN: Person = { name: 'Imran Khan', title: 'Prime Minister of Pakistan', actorId: 'pakistan' };
const FAWAD: Person = { name: 'Fawad Chaudhry', title: 'Information Minister of Pakistan', actorId: 'pakistan' };
const SANAULLAH: Person = { name: 'Rana Sanaullah', title: 'Interior Minister of Pakistan', actorId: 'pakistan' };
const ASIF: Person = { name: 'Khawaja Asif', title: 'Defence Minister of Pakistan', actorId: 'pakistan' };
const NSC: Person = { name: 'National Security Committee (Shehbaz Sharif, chair)', actorId: 'pakistan' };
const SAIF: Person = {
  name: 'Barrister Muhammad Ali Saif',
  title: 'Spokesman of the Khyber Pakhtunkhwa government',
  actorId: 'pakistan',
};
const KHURASANI: Person = { name: 'Muhammad Khurasani', title: 'TTP spokesman', actorId: 'ttp' };
const NOOR_WALI: Person = { name: 'Mufti Noor Wali Mehsud', title: 'Chief of the TTP', actorId: 'ttp' };
const TTP_COMMAND: Person = { name: 'TTP (statement)', actorId: 'ttp' };
const MUJAHID: Person = { name: 'Zabihullah Mujahid', title: 'Afghan Taliban spokesman', actorId: 'afghan-taliban' };

const ROUND = {
  afghanistan2021: 'afghanistan-2021-10',
  kabulMay: 'kabul-2022-05',
  kabulJirga: 'kabul-jirga-2022-06',
};
const CF = { month2021: 'cf-2021-11', cf2022: 'cf-2022' };
const AGREEMENT_2021 = 'ceasefire-agreement-2021';
const D = {
  fata: 'fata-merger-reversal',
  prisoners: 'release-ttp-prisoners',
  troops: 'troops-out-of-tribal-districts',
  returnArmed: 'return-with-weapons',
  sharia: 'sharia',
  disarm: 'lay-down-arms',
  crossBorder: 'end-cross-border-attacks',
};
const O = { agreement2021: 'agreement-2021-11-08', jirga: 'kabul-jirga-2022-06-02' };

const S = {
  newsQuettaSep6: source(
    '4 martyred, 19 injured in Quetta suicide blast',
    'The News',
    'https://www.thenews.com.pk/print/888371-4-martyred-19-injured-in-quetta-suicide-blast',
    '2021-09-06',
    'B',
    2,
  ),
  newsweekQuettaSep6: source(
    'Banned TTP claims responsibility for Quetta bombing',
    'Newsweek Pakistan',
    'https://www.newsweekpakistan.com/banned-ttp-claims-responsibility-for-quetta-bombing/',
    '2021-09-06',
    'B',
    1,
  ),
  aryOct2: source(
    'Imran Khan: US have to recognise new Afghan govt',
    'ARY News',
    'https://arynews.tv/imran-khan-us-have-to-recognise-new-afghan-govt/',
    '2021-10-02',
    'B',
    1,
  ),
  fridayTimesOct2: source(
    'Reconciliation process: TTP group announces three-week ceasefire',
    'The Friday Times',
    'https://thefridaytimes.com/02-Oct-2021/reconciliation-process-ttp-group-announces-three-week-ceasefire',
    '2021-10-02',
    'C',
    3,
  ),
  theNewsNov9: source(
    'Banned TTP announces month-long ceasefire starting Nov 9',
    'The News',
    'https://www.thenews.com.pk/latest/907092-banned-ttp-announces-month-long-ceasefire-starting-nov-9',
    '2021-11-09',
    'B',
    1,
  ),
  brecorderNov10: source(
    'TTP asks fighters to observe one-month ceasefire',
    'Business Recorder',
    'https://www.brecorder.com/news/40132373/ttp-asks-fighters-to-observe-one-month-ceasefire',
    '2021-11-10',
    'B',
    1,
  ),
  tribuneNov27: source(
    'TTP withdraws demand of reversing FATA merger',
    'The Express Tribune',
    'https://tribune.com.pk/story/2331189/ttp-withdraws-demand-of-reversing-fata-merger',
    '2021-11-27',
    'B',
    3,
  ),
  i24Dec9: source(
    'Pakistan Taliban declare end to ceasefire with government',
    'i24NEWS (Reuters)',
    'https://www.i24news.tv/en/news/middle-east/iran-eastern-states/1639081293-pakistan-taliban-declare-end-to-ceasefire-with-government',
    '2021-12-09',
    'B',
    1,
  ),
  theNewsDec10: source(
    'TTP refuses to extend ceasefire',
    'The News',
    'https://www.thenews.com.pk/print/915532-ttp-refuses-to-extend-ceasefire',
    '2021-12-10',
    'B',
    1,
  ),
  afpDec10: source(
    'The Pakistani Taliban have ended their ceasefire with the government',
    'Washington Newsday (AFP)',
    'https://washingtonnewsday.com/world/the-pakistani-taliban-have-ended-their-ceasefire-with-the-government/',
    '2021-12-10',
    'C',
    2,
  ),
  republicDec11: source(
    'Pakistan: TTP claims to have attacked two policemen in Tank district post ceasefire end',
    'Republic World',
    'https://www.republicworld.com/world-news/pakistan-news/pakistan-ttp-claims-to-have-attacked-two-policemen-in-tank-district-post-ceasefire-end.html',
    '2021-12-11',
    'C',
    2,
  ),
  republicFeb17: source(
    '2 Pakistan soldiers killed in latest attacks by TTP at Dera Ismail Khan, 2nd attack in Feb',
    'Republic World',
    'https://www.republicworld.com/world-news/pakistan-news/2-pakistan-soldiers-killed-in-latest-attacks-by-ttp-at-dera-ismail-khan-2nd-attack-in-feb-articleshow.html',
    '2022-02-17',
    'C',
    2,
  ),
  wikiStrikes: source(
    '2022 Pakistani airstrikes in Afghanistan',
    'Wikipedia',
    'https://en.wikipedia.org/wiki/2022_Pakistani_airstrikes_in_Afghanistan',
    '2022-04-18',
    'C',
    2,
  ),
  indiaTodayApr16: source(
    'Pakistan airstrike in Afghanistan’s Khost province',
    'India Today',
    'https://www.indiatoday.in/world/story/pakistan-airstrike-afghanistan-khost-province-dead-1938268-2022-04-16',
    '2022-04-16',
    'B',
    3,
  ),
  cradleApr18: source(
    'Pakistani airstrikes on Afghanistan leave 47 dead',
    'The Cradle',
    'https://thecradle.co/article-view/9250/pakistani-airstrikes-on-afghanistan-leave-47-dead',
    '2022-04-18',
    'C',
    2,
  ),
  urdupointApr17: source(
    'Taliban Condemn Pakistani Airstrikes Against 2 Border Provinces - Spokesman',
    'UrduPoint (Sputnik)',
    'https://www.urdupoint.com/en/pakistan/taliban-condemn-pakistani-airstrikes-against-1498206.html',
    '2022-04-17',
    'C',
    1,
  ),
  dawnMay12: source(
    'TTP extends truce to hold peace talks',
    'Dawn (AFP)',
    'https://www.dawn.com/news/1689249/ttp-extends-truce-to-hold-peace-talks',
    '2022-05-12',
    'B',
    2,
  ),
  pakistanTodayMay18: source(
    'TTP extends ceasefire until May 30',
    'Pakistan Today',
    'https://www.pakistantoday.com.pk/2022/05/18/ttp-extends-ceasefire-until-may-30/',
    '2022-05-18',
    'B',
    1,
  ),
  tribuneViaVoiceMay19: source(
    'TTP extends ceasefire till May 30 after successful talks',
    'Voice of Vienna (The Express Tribune)',
    'http://voiceofvienna.org/2022/05/19/ttp-extends-ceasefire-till-may-30-after-successful-talks/',
    '2022-05-19',
    'C',
    3,
  ),
  dawnJun3: source(
    'TTP confirms ceasefire, Fata merger still sticking point',
    'Dawn',
    'https://www.dawn.com/news/1692892/ttp-confirms-ceasefire-fata-merger-still-sticking-point',
    '2022-06-03',
    'B',
    2,
  ),
  newsweekJun3: source(
    'TTP confirms indefinite ceasefire with government',
    'Newsweek Pakistan',
    'https://www.newsweekpakistan.com/ttp-confirms-indefinite-ceasefire-with-government/',
    '2022-06-03',
    'B',
    2,
  ),
  outlookJun4: source(
    'Taliban Facilitated 3 Month Ceasefire Announced In Pakistan’s Khyber Pakhtunkhwa',
    'Outlook India (PTI)',
    'https://www.outlookindia.com/international/taliban-facilitated-3-month-ceasefire-announced-in-pakistan-s-khyber-pakhtunkhwa-news-200332',
    '2022-06-04',
    'B',
    2,
  ),
  dawnJun23: source(
    'Reversal of Fata merger impossible: Sanaullah',
    'Dawn',
    'https://www.dawn.com/news/1696323',
    '2022-06-23',
    'B',
    1,
  ),
  dawnJun30: source(
    'TTP refuses to budge from demand for Fata merger reversal',
    'Dawn',
    'https://www.dawn.com/news/1697452/ttp-refuses-to-budge-from-demand-for-fata-merger-reversal',
    '2022-06-30',
    'B',
    1,
  ),
  eurasiaOct4: source(
    'Pakistan: Crumbling Ceasefire In Khyber-Pakhtunkhwa – Analysis',
    'Eurasia Review (SATP)',
    'https://www.eurasiareview.com/04102022-pakistan-crumbling-ceasefire-in-khyber-pakhtunkhwa-analysis/',
    '2022-10-04',
    'C',
    2,
  ),
  dawnNov17: source(
    'Eight law enforcers martyred in Lakki, Bajaur',
    'Dawn',
    'https://www.dawn.com/news/1721354/eight-law-enforcers-martyred-in-lakki-bajaur',
    '2022-11-17',
    'B',
    2,
  ),
  apNov16: source(
    'Militants ambush police patrol, kill 6 in NW Pakistan',
    'The Hill (AP)',
    'https://thehill.com/homenews/ap/ap-international/ap-militants-ambush-police-patrol-kill-6-in-nw-pakistan/',
    '2022-11-16',
    'B',
    1,
  ),
  rferlNov28: source(
    'Pakistani Taliban end cease-fire',
    'RFE/RL',
    'https://rferl.org/a/pakistan-taliban-end-cease-fire/32152531.html',
    '2022-11-28',
    'B',
    2,
  ),
  dawnNov28: source(
    'TTP ends ceasefire with govt, orders its militants to carry out attacks in entire country',
    'Dawn',
    'https://www.dawn.com/news/1723647/ttp-ends-ceasefire-with-govt-orders-its-militants-to-carry-out-attacks-in-entire-country',
    '2022-11-28',
    'B',
    1,
  ),
  aljazeeraNov28: source(
    'Pakistan Taliban ends ceasefire with gov’t, threatens new attacks',
    'Al Jazeera',
    'https://www.aljazeera.com/news/2022/11/28/pakistan-taliban-ends-ceasefire-with-govt-threatens-new-attacks',
    '2022-11-28',
    'B',
    1,
  ),
  standardDec1: source(
    'Soldier martyred in clash with terrorists in North Waziristan',
    'Pakistan Standard',
    'https://www.pakistanstandard.com/soldier-martyred-in-clash-with-terrorists-in-north-waziristan/',
    '2022-12-01',
    'C',
    2,
  ),
  samaaDec1: source(
    'KP government offers table talks to TTP',
    'Samaa',
    'https://www.samaaenglish.tv/news/40022462/pakistan-kp-government-offers-table-talks-to-ttp',
    '2022-12-01',
    'B',
    1,
  ),
  pakistanTodayDec18: source(
    'Suspected TTP ambush kills four police officers in KP',
    'Pakistan Today',
    'https://www.pakistantoday.com.pk/2022/12/18/suspected-ttp-ambush-kills-four-police-officers-in-kp/',
    '2022-12-18',
    'B',
    3,
  ),
  pakistanTodayDec19: source(
    'Two officials martyred as held terrorists seize Bannu CTD building',
    'Pakistan Today',
    'https://www.pakistantoday.com.pk/2022/12/19/two-officials-martyred-as-held-terrorists-seize-bannu-ctd-building/',
    '2022-12-19',
    'B',
    2,
  ),
  currentDec20: source(
    "What's happening in Bannu?",
    'The Current',
    'https://thecurrent.pk/whats-happening-in-bannu/',
    '2022-12-20',
    'C',
    2,
  ),
  wionDec20: source(
    'Pakistan: All militants killed in Bannu CTD operation, says defence minister',
    'WION',
    'https://www.wionews.com/node/544846',
    '2022-12-20',
    'B',
    1,
  ),
  news18Dec27: source(
    'With TTP resurgent, US, UK, Australia, Saudi Arabia issue advisories for their citizens in Pakistan',
    'News18',
    'https://www.news18.com/news/world/with-ttp-resurgent-us-uk-aus-saudi-arabia-issue-advisories-for-their-citizens-in-pakistan-exclusive-details-6706417.html',
    '2022-12-27',
    'B',
    3,
  ),
  news18Jan2: source(
    "Pakistan's National Security Committee takes aim at TTP, gives go-ahead for massive military operation",
    'News18',
    'https://www.news18.com/amp/news/world/pakistans-national-security-committee-takes-aim-at-ttp-gives-go-ahead-for-massive-military-operation-6744541.html',
    '2023-01-02',
    'B',
    3,
  ),
  devdiscourseJan3: source(
    'Amid TTP strikes, Pakistan vows to show zero tolerance for terrorism',
    'Devdiscourse (ANI)',
    'https://www.devdiscourse.com/article/international/2307213-amid-ttp-strikes-pakistan-vows-to-show-zero-tolerance-for-terrorism',
    '2023-01-03',
    'C',
    2,
  ),
  independentJan5: source(
    'Minister Sanaullah says no talks with TTP terrorists',
    'Independent Pakistan',
    'https://independent-pakistan.com/?p=4679',
    '2023-01-05',
    'C',
    2,
  ),
  dawnJan5: source(
    'NSC decided that there would be no talks with terrorists, militant groups: Sanaullah',
    'Dawn',
    'https://www.dawn.com/news/1730070/nsc-decided-that-there-would-be-no-talks-with-terrorists-militant-groups-sanaullah',
    '2023-01-05',
    'B',
    1,
  ),
  wikiPeshawar: source(
    '2023 Peshawar mosque bombing',
    'Wikipedia',
    'https://en.wikipedia.org/wiki/2023_Peshawar_mosque_bombing',
    '2023-02-01',
    'C',
    2,
  ),
  medialineJan31: source(
    'Pakistani Taliban Splinter Group Claims Responsibility for Mosque Bombing as Death Toll Hits 100',
    'The Media Line',
    'https://themedialine.org/top-stories/pakistani-taliban-splinter-group-claims-responsibility-for-mosque-bombing-as-death-toll-hits-100',
    '2023-01-31',
    'B',
    2,
  ),
  wionJan30: source(
    'Peshawar mosque blast: TTP soldier claims responsibility, calls it act of revenge',
    'WION',
    'https://www.wionews.com/south-asia/peshawar-mosque-blast-ttp-soldier-claims-responsibility-calls-it-act-of-revenge-557337',
    '2023-01-30',
    'B',
    2,
  ),
  pakistanTodayFeb2: source(
    'Taliban ask Pakistan not to blame them for violence at home',
    'Pakistan Today (AP)',
    'https://www.pakistantoday.com.pk/2023/02/02/taliban-ask-pakistan-not-to-blame-them-for-violence-at-home/',
    '2023-02-02',
    'B',
    1,
  ),
  brecorderFeb17: source(
    'Security forces clear Karachi police office, 3 terrorists killed',
    'Business Recorder',
    'https://www.brecorder.com/news/40226991/explosions-heard-as-operation-underway-after-terrorists-attack-karachi-police-office',
    '2023-02-17',
    'B',
    1,
  ),
  firstpostFeb18: source(
    'Pakistan: Several killed as Taliban suicide attack on Karachi Police headquarters ends',
    'Firstpost (AFP)',
    'https://www.firstpost.com/world/pakistan-several-killed-as-taliban-suicide-attack-on-karachi-police-headquarters-ends-12172162.html',
    '2023-02-18',
    'B',
    2,
  ),
};

const events = [
  // ===== October – December 2021: talks in Afghanistan, the month-long ceasefire =====
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '2021-10-01', recordedAt: '2021-10-02T12:00:00Z' },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Pakistan – TTP talks, 2021–2023',
      subject:
        'Talks between the government of Pakistan and the Tehrik-i-Taliban Pakistan, held in Afghanistan with the Afghan Taliban as mediators: a ceasefire, the TTP laying down arms, its prisoners and its demands (the former FATA, Sharia)',
      parties: [PAKISTAN, TTP],
      mediators: [AFGHAN_TALIBAN],
    },
    [S.aryOct2],
    { note: 'The Afghan Taliban host the TTP leadership as well as the talks.' },
  ),
  ev(
    'IncidentReported',
    'inc-quetta-2021-09-05',
    { occurredAt: '2021-09-05', recordedAt: '2021-10-02T12:05:00Z' },
    {
      incidentId: 'quetta-2021-09-05',
      kind: 'militant-attack',
      perpetrator: 'ttp',
      allegedBy: 'pakistan',
      against: 'pakistan',
      target: 'Frontier Corps vehicle at the Sohana Khan check-post, Mastung Road',
      place: 'Quetta, Balochistan',
      fatalities: { min: 3, max: 4 },
      injured: { min: 19, max: 20 },
      description:
        'A suicide bomber rams a motorcycle into a Frontier Corps vehicle; the TTP claims it and the prime minister condemns "the TTP suicide attack". Recorded when the case was opened, as the last attack before the talks were announced.',
    },
    [S.newsQuettaSep6, S.newsweekQuettaSep6],
  ),
  ev(
    'TalksRoundOpened',
    'round-afghanistan-2021-open',
    { occurredAt: '2021-10-01', precision: 'approximate', recordedAt: '2021-10-02T12:10:00Z' },
    {
      roundId: ROUND.afghanistan2021,
      label: 'Talks in Afghanistan, autumn 2021',
      format: 'informal',
      venue: 'Afghanistan',
      hosts: ['afghan-taliban'],
    },
    [S.aryOct2, S.fridayTimesOct2],
    {
      note: 'Imran Khan: "talks are taking place in Afghanistan"; under way for some time by the tribal leaders\' account.',
    },
  ),
  ev(
    'StatementMade',
    'stmt-imran-oct1',
    { occurredAt: '2021-10-01', recordedAt: '2021-10-02T12:15:00Z' },
    {
      speaker: IMRAN,
      audience: 'ttp',
      tone: 'conciliatory',
      summary:
        'Tells TRT World that Pakistan is in talks with some TTP groups, with the Afghan Taliban\'s help, in a "reconciliation process"; those who lay down their arms can be pardoned and live as ordinary citizens.',
      quote: 'There are different groups which form the TTP and some of them want to talk to our government for peace.',
    },
    [S.aryOct2],
  ),
  ev(
    'DemandTabled',
    'demand-disarm',
    { occurredAt: '2021-10-01', recordedAt: '2021-10-02T12:20:00Z' },
    {
      demandId: D.disarm,
      by: 'pakistan',
      addressedTo: ['ttp'],
      text: 'Lay down arms and accept the Constitution of Pakistan; then a pardon and a return to ordinary life',
      category: 'security',
    },
    [S.aryOct2],
  ),
  ev(
    'DemandTabled',
    'demand-prisoners',
    { occurredAt: '2021-10-01', precision: 'approximate', recordedAt: '2021-10-02T12:25:00Z' },
    {
      demandId: D.prisoners,
      by: 'ttp',
      addressedTo: ['pakistan'],
      text: 'Release of TTP prisoners (102 named in the autumn 2021 agreement; in May 2022 also commanders serving life and death sentences)',
      category: 'humanitarian',
    },
    [S.fridayTimesOct2],
    { note: "A North Waziristan tribal leader on the TTP's three demands (de-merger of FATA, arms, prisoners)." },
  ),
  ev(
    'AgreementReached',
    'agr-2021',
    { occurredAt: '2021-11-08', recordedAt: '2021-11-10T12:00:00Z' },
    {
      agreementId: AGREEMENT_2021,
      kind: 'ceasefire',
      provisions: [
        'A complete ceasefire for one month from 9 November, to be extended with progress in the talks',
        'Negotiating committees of both sides, under the mediation of the Islamic Emirate of Afghanistan',
      ],
      signatories: ['pakistan', 'ttp'],
      textPublic: false,
      roundId: ROUND.afghanistan2021,
    },
    [S.theNewsNov9, S.brecorderNov10],
    {
      occurrence: O.agreement2021,
      note: 'Announced by Fawad Chaudhry on 8 November ("as per the agreement"); a prisoner release, by the TTP’s later account (recorded with Pakistan’s position on the demand).',
    },
  ),
  ev(
    'TalksRoundConcluded',
    'round-afghanistan-2021-concluded',
    { occurredAt: '2021-11-08', recordedAt: '2021-11-10T12:05:00Z' },
    {
      roundId: ROUND.afghanistan2021,
      outcome: 'agreement',
      summary: 'A month-long ceasefire agreed; committees to carry the talks forward under Afghan mediation.',
    },
    [S.theNewsNov9],
    { occurrence: O.agreement2021 },
  ),
  ev(
    'StatementMade',
    'stmt-fawad-nov8',
    { occurredAt: '2021-11-08', recordedAt: '2021-11-10T12:10:00Z' },
    {
      speaker: FAWAD,
      audience: 'ttp',
      tone: 'neutral',
      summary:
        'Confirms the talks and a complete ceasefire, to be extended with progress; the talks stay within the Constitution; the Afghan Taliban government played a key role.',
      quote: 'A complete ceasefire has been agreed as per the agreement.',
    },
    [S.theNewsNov9, S.brecorderNov10],
  ),
  ev(
    'CeasefireDeclared',
    'cf-2021',
    { occurredAt: '2021-11-09', recordedAt: '2021-11-10T12:15:00Z' },
    {
      ceasefireId: CF.month2021,
      parties: ['pakistan', 'ttp'],
      scope:
        'Complete ceasefire, 9 November – 9 December 2021; the TTP chief orders all fighters to refrain from any action',
      duration: 'temporary',
      until: '2021-12-09T19:00:00Z',
      mediatedBy: ['afghan-taliban'],
    },
    [S.theNewsNov9, S.brecorderNov10],
  ),
  ev(
    'DemandTabled',
    'demand-fata',
    { occurredAt: '2021-11-26', precision: 'approximate', recordedAt: '2021-11-27T12:00:00Z' },
    {
      demandId: D.fata,
      by: 'ttp',
      addressedTo: ['pakistan'],
      text: 'Reverse the merger of the former Federally Administered Tribal Areas (FATA) with Khyber Pakhtunkhwa',
      category: 'political',
    },
    [S.tribuneNov27],
    { note: 'A security official: tabled "at the very onset" of the talks; dated to his account.' },
  ),
  ev(
    'PositionTaken',
    'pos-pakistan-fata-2021',
    { occurredAt: '2021-11-26', precision: 'approximate', recordedAt: '2021-11-27T12:05:00Z' },
    {
      demandId: D.fata,
      actorId: 'pakistan',
      stance: 'rejected',
      quote:
        "FATA's integration into K-P is not the decision of a single individual but of the people of the region and the parliament.",
    },
    [S.tribuneNov27],
  ),
  ev(
    'PositionTaken',
    'pos-pakistan-prisoners-2021',
    { occurredAt: '2021-11-08', recordedAt: '2021-12-10T12:00:00Z' },
    {
      demandId: D.prisoners,
      actorId: 'pakistan',
      stance: 'accepted-in-principle',
      conditions: 'Agreed in the autumn agreement (the TTP’s account); the TTP says the prisoners were not released',
    },
    [graded(S.i24Dec9, 3), S.afpDec10],
  ),
  ev(
    'CeasefireViolationReported',
    'cfv-ttp-dec9',
    { occurredAt: '2021-12-09', precision: 'approximate', recordedAt: '2021-12-10T12:05:00Z' },
    {
      ceasefireId: CF.month2021,
      allegedBy: 'ttp',
      against: 'pakistan',
      description:
        'The TTP says security forces raided its men in Dera Ismail Khan, Lakki Marwat, Swat, Bajaur, Swabi and North Waziristan during the ceasefire, killing militants (no count, no days).',
    },
    [S.i24Dec9],
    { note: 'Dated to the TTP statement that made the allegation.' },
  ),
  ev(
    'StatementMade',
    'stmt-ttp-dec9',
    { occurredAt: '2021-12-09', recordedAt: '2021-12-10T12:10:00Z' },
    {
      speaker: TTP_COMMAND,
      audience: 'pakistan',
      tone: 'accusation',
      summary:
        'The TTP accuses the government of breaking the ceasefire agreement (prisoners not released, no negotiating committees, raids) and refuses to extend it.',
      quote:
        'Now let the Pakistani people decide whether it is the TTP or the Pakistani army and establishment that is not abiding by the agreements? In these circumstances, it is not possible to advance the ceasefire.',
    },
    [S.i24Dec9, S.theNewsDec10],
  ),
  ev(
    'StatementMade',
    'stmt-noorwali-dec9',
    { occurredAt: '2021-12-09', recordedAt: '2021-12-10T12:15:00Z' },
    {
      speaker: NOOR_WALI,
      audience: 'pakistan',
      tone: 'military-threat',
      summary:
        'In an audio message: no response from the mediators or the government, so after midnight the fighters, wherever they are, may resume attacks; the group has chosen the path of military conflict as well as talks.',
    },
    [S.theNewsDec10, S.afpDec10],
  ),
  ev(
    'AgreementStatusChanged',
    'agr-2021-withdrawn',
    { occurredAt: '2021-12-09', recordedAt: '2021-12-10T12:20:00Z' },
    {
      agreementId: AGREEMENT_2021,
      status: 'withdrawn',
      by: 'ttp',
      reason: 'The TTP refuses to go on with the ceasefire, saying the government did not honour the agreement.',
    },
    [S.i24Dec9, S.theNewsDec10],
  ),
  ev(
    'CeasefireEnded',
    'cf-2021-ended',
    { occurredAt: '2021-12-09T19:00:00Z', recordedAt: '2021-12-10T12:25:00Z' },
    {
      ceasefireId: CF.month2021,
      reason: 'expired',
      summary: 'The month ran out at midnight (PKT) on 9 December; the TTP refused to extend it.',
    },
    [S.theNewsDec10, S.i24Dec9],
  ),
  ev(
    'IncidentReported',
    'inc-tank-2021-12-11',
    { occurredAt: '2021-12-11', recordedAt: '2021-12-11T18:00:00Z' },
    {
      incidentId: 'tank-2021-12-11',
      kind: 'clash',
      perpetrator: 'ttp',
      allegedBy: 'ttp',
      against: 'pakistan',
      target: 'Two policemen',
      place: 'Tank, Khyber Pakhtunkhwa',
      injured: { min: 2, max: 2 },
      description:
        'The TTP claims an attack that critically injured two policemen in the Chaddar area, its first after the ceasefire.',
    },
    [S.republicDec11],
  ),
  // ===== February – April 2022: attacks and strikes =====
  ev(
    'IncidentReported',
    'inc-kurram-2022-02-07',
    { occurredAt: '2022-02-07', recordedAt: '2022-02-17T12:00:00Z' },
    {
      incidentId: 'kurram-2022-02-07',
      kind: 'clash',
      perpetrator: 'ttp',
      allegedBy: 'pakistan',
      against: 'pakistan',
      target: 'Pakistani troops at the border',
      place: 'Kurram, Khyber Pakhtunkhwa',
      fatalities: { min: 5, max: 5 },
      description:
        'Fighters firing from across the border in Afghanistan kill five soldiers (the army); the TTP claims it. Pakistan "strongly condemns the use of Afghan soil by terrorists".',
    },
    [S.republicFeb17],
  ),
  ev(
    'IncidentReported',
    'inc-dikhan-2022-02-16',
    { occurredAt: '2022-02-16', recordedAt: '2022-02-17T12:05:00Z' },
    {
      incidentId: 'dikhan-2022-02-16',
      kind: 'clash',
      perpetrator: 'ttp',
      allegedBy: 'pakistan',
      against: 'pakistan',
      target: 'Police post',
      place: 'Dera Ismail Khan, Khyber Pakhtunkhwa',
      fatalities: { min: 2, max: 2 },
      description: 'Two police personnel killed in a TTP attack on a police post.',
    },
    [S.republicFeb17],
  ),
  ev(
    'IncidentReported',
    'inc-nwaziristan-2022-04-14',
    { occurredAt: '2022-04-14', recordedAt: '2022-04-18T12:00:00Z' },
    {
      incidentId: 'north-waziristan-2022-04-14',
      kind: 'clash',
      perpetrator: 'ttp',
      allegedBy: 'pakistan',
      against: 'pakistan',
      target: 'Army convoy (ambushes at Datakhel and Isham)',
      place: 'North Waziristan, Khyber Pakhtunkhwa',
      fatalities: { min: 7, max: 8 },
      description:
        'Seven or eight soldiers killed in ambushes; the Foreign Office says banned groups "including TTP" keep attacking border posts from Afghan soil.',
    },
    [S.wikiStrikes, graded(S.cradleApr18, 3)],
  ),
  ev(
    'IncidentReported',
    'inc-khost-kunar-2022-04-16',
    { occurredAt: '2022-04-16', recordedAt: '2022-04-18T12:05:00Z' },
    {
      incidentId: 'khost-kunar-2022-04-16',
      kind: 'airstrike',
      perpetrator: 'pakistan',
      allegedBy: 'afghan-taliban',
      against: 'ttp',
      harmed: 'afghan-taliban',
      target:
        'TTP hideouts and camps of refugees from North Waziristan (Spera district, Khost; Shultan district, Kunar)',
      place: 'Khost and Kunar, Afghanistan',
      fatalities: { min: 45, max: 47 },
      injured: { min: 22, max: 23 },
      description:
        'Pre-dawn strikes by Pakistani aircraft or drones, two days after the North Waziristan ambushes; Afghan officials count 45–47 killed, civilians by their account. Pakistan neither confirmed nor denied at first, then its security officials spoke of drone strikes on militants.',
    },
    [S.wikiStrikes, S.indiaTodayApr16, S.cradleApr18],
  ),
  ev(
    'StatementMade',
    'stmt-mujahid-apr16',
    { occurredAt: '2022-04-16', recordedAt: '2022-04-18T12:10:00Z' },
    {
      speaker: MUJAHID,
      audience: 'pakistan',
      tone: 'warning',
      summary:
        'Condemns the attacks on refugees in Khost and Kunar and warns Pakistan not to test the patience of Afghans.',
      quote:
        'IEA calls on the Pakistani side not to test the patience of Afghans on such issues and not repeat the same mistake again otherwise it will have bad consequences.',
    },
    [S.urdupointApr17, S.cradleApr18],
  ),
  // ===== May – June 2022: the Kabul talks and the indefinite ceasefire =====
  ev(
    'CeasefireDeclared',
    'cf-2022',
    { occurredAt: '2022-05-02', precision: 'approximate', recordedAt: '2022-05-12T12:00:00Z' },
    {
      ceasefireId: CF.cf2022,
      parties: ['ttp', 'pakistan'],
      scope: 'Agreed for the Eid period; the TTP’s letter tells fighters not to violate the central command’s decision',
      duration: 'temporary',
      mediatedBy: ['afghan-taliban'],
    },
    [S.dawnMay12],
    {
      note: 'The reports say only "agreed for the Eid period" (Eid al-Fitr fell on 3 May in Pakistan): dated approximately.',
    },
  ),
  ev(
    'CeasefireExtended',
    'cf-2022-ext-may16',
    { occurredAt: '2022-05-11', recordedAt: '2022-05-12T12:05:00Z' },
    { ceasefireId: CF.cf2022, duration: 'temporary', until: '2022-05-16', terms: 'Extended to hold peace talks' },
    [S.dawnMay12],
  ),
  ev(
    'TalksRoundOpened',
    'round-kabul-may-open',
    { occurredAt: '2022-05-13', recordedAt: '2022-05-19T11:55:00Z' },
    {
      roundId: ROUND.kabulMay,
      label: 'Kabul talks, May 2022',
      format: 'informal',
      venue: 'Kabul (Serena Hotel)',
      hosts: ['afghan-taliban'],
      delegations: [
        {
          actorId: 'pakistan',
          head: { name: 'Lt Gen Faiz Hameed', title: 'Peshawar Corps Commander', actorId: 'pakistan' },
        },
        { actorId: 'ttp' },
      ],
    },
    [S.pakistanTodayMay18, S.tribuneViaVoiceMay19],
    { note: 'The Mehsud (32) and Malakand committees met the TTP on 13–14 May; the military delegation from 16 May.' },
  ),
  ev(
    'DemandTabled',
    'demand-troops',
    { occurredAt: '2022-05-16', precision: 'approximate', recordedAt: '2022-05-19T12:00:00Z' },
    {
      demandId: D.troops,
      by: 'ttp',
      addressedTo: ['pakistan'],
      text: 'End military operations in North and South Waziristan and withdraw troops (60 percent, by a later report) from the tribal districts',
      category: 'security',
    },
    [S.tribuneViaVoiceMay19],
    { note: 'The share of troops (60 percent) is given by a later report (Newsweek Pakistan, 3 June).' },
  ),
  ev(
    'DemandTabled',
    'demand-cross-border',
    { occurredAt: '2022-05-16', precision: 'approximate', recordedAt: '2022-05-19T12:05:00Z' },
    {
      demandId: D.crossBorder,
      by: 'pakistan',
      addressedTo: ['ttp'],
      text: 'Cease cross-border attacks, extend the ceasefire and let the fencing of the Afghan border go on',
      category: 'security',
    },
    [S.tribuneViaVoiceMay19],
  ),
  ev(
    'CeasefireExtended',
    'cf-2022-ext-may30',
    { occurredAt: '2022-05-18', recordedAt: '2022-05-19T12:10:00Z' },
    {
      ceasefireId: CF.cf2022,
      duration: 'temporary',
      until: '2022-05-30',
      terms: 'Both sides announce a ceasefire until 30 May at the request of the tribal committees',
    },
    [S.pakistanTodayMay18],
  ),
  ev(
    'StatementMade',
    'stmt-mujahid-may18',
    { occurredAt: '2022-05-18', recordedAt: '2022-05-19T12:15:00Z' },
    {
      speaker: MUJAHID,
      audience: 'pakistan, ttp',
      tone: 'conciliatory',
      summary:
        '"Significant progress" in the Kabul talks the Islamic Emirate mediates; a ceasefire agreed; both sides asked to show flexibility.',
    },
    [S.pakistanTodayMay18],
  ),
  ev(
    'TalksRoundConcluded',
    'round-kabul-may-concluded',
    { occurredAt: '2022-05-18', recordedAt: '2022-05-19T12:20:00Z' },
    {
      roundId: ROUND.kabulMay,
      outcome: 'progress',
      summary:
        'Ceasefire extended to 30 May; demands exchanged; a jirga to hold direct talks with the TTP in Kabul next.',
    },
    [S.pakistanTodayMay18, S.tribuneViaVoiceMay19],
  ),
  ev(
    'TalksRoundOpened',
    'round-kabul-jirga-open',
    { occurredAt: '2022-06-01', recordedAt: '2022-06-03T12:00:00Z' },
    {
      roundId: ROUND.kabulJirga,
      label: 'Kabul talks with the grand tribal jirga',
      format: 'informal',
      venue: 'Kabul',
      hosts: ['afghan-taliban'],
      delegations: [
        {
          actorId: 'pakistan',
          head: { name: 'Government-sponsored jirga of 53–57 tribal elders and ulema', actorId: 'pakistan' },
        },
        { actorId: 'ttp' },
      ],
    },
    [S.dawnJun3, S.newsweekJun3],
    { note: 'Supervised by Sirajuddin Haqqani, the acting Afghan interior minister.' },
  ),
  ev(
    'MediationAction',
    'med-akhund-jun2',
    { occurredAt: '2022-06-02', recordedAt: '2022-06-03T12:05:00Z' },
    {
      mediator: 'afghan-taliban',
      action: 'requested-pause',
      summary:
        'Acting prime minister Mullah Muhammad Hassan Akhund asks both sides to announce an indefinite ceasefire and continue the talks.',
    },
    [S.dawnJun3],
    { occurrence: O.jirga },
  ),
  ev(
    'CeasefireExtended',
    'cf-2022-indefinite',
    { occurredAt: '2022-06-02', recordedAt: '2022-06-03T12:10:00Z' },
    {
      ceasefireId: CF.cf2022,
      duration: 'indefinite',
      terms: 'The TTP announces an "indefinite ceasefire" after "substantive progress" with the jirga',
    },
    [S.dawnJun3, S.newsweekJun3],
    { occurrence: O.jirga },
  ),
  ev(
    'StatementMade',
    'stmt-ttp-jun2',
    { occurredAt: '2022-06-02', recordedAt: '2022-06-03T12:15:00Z' },
    {
      speaker: KHURASANI,
      audience: 'pakistan',
      tone: 'conciliatory',
      summary:
        'Substantive progress in the talks with the grand jirga of the "Pashtun nation"; the ceasefire is indefinite.',
    },
    [S.dawnJun3],
    { occurrence: O.jirga },
  ),
  ev(
    'TalksRoundConcluded',
    'round-kabul-jirga-concluded',
    { occurredAt: '2022-06-03', recordedAt: '2022-06-04T12:00:00Z' },
    {
      roundId: ROUND.kabulJirga,
      outcome: 'progress',
      summary:
        'The ceasefire continued; deadlock on the reversal of the FATA merger and on the TTP’s return; the jirga says nothing was committed to the TTP.',
      nextSteps: 'The TTP’s return to be deliberated by the government and the security agencies.',
    },
    [S.outlookJun4, S.newsweekJun3],
  ),
  ev(
    'DemandTabled',
    'demand-return-armed',
    { occurredAt: '2022-06-02', precision: 'approximate', recordedAt: '2022-06-04T12:05:00Z' },
    {
      demandId: D.returnArmed,
      by: 'ttp',
      addressedTo: ['pakistan'],
      text: 'Let TTP members return to Pakistan from Afghanistan with their weapons and ammunition',
      category: 'security',
    },
    [S.newsweekJun3, S.outlookJun4],
    { note: 'Left open at the jirga: "no conclusion was reached on their return".' },
  ),
  ev(
    'PositionTaken',
    'pos-pakistan-fata-2022',
    { occurredAt: '2022-06-23', recordedAt: '2022-06-23T18:00:00Z' },
    {
      demandId: D.fata,
      actorId: 'pakistan',
      stance: 'rejected',
      speaker: SANAULLAH,
      conditions: 'Against the Constitution: the merger was a constitutional amendment',
    },
    [S.dawnJun23],
    { note: 'On Samaa TV (Nadeem Malik Live): talks are possible only with those willing to surrender arms.' },
  ),
  ev(
    'PositionTaken',
    'pos-pakistan-troops',
    { occurredAt: '2022-06-23', recordedAt: '2022-06-23T18:05:00Z' },
    {
      demandId: D.troops,
      actorId: 'pakistan',
      stance: 'rejected',
      speaker: SANAULLAH,
      conditions:
        'No discussion of withdrawing the military from the tribal areas; the TTP will not be allowed to bear arms',
    },
    [S.dawnJun23],
  ),
  ev(
    'StatementMade',
    'stmt-noorwali-jun29',
    { occurredAt: '2022-06-29', recordedAt: '2022-06-30T18:10:00Z' },
    {
      speaker: NOOR_WALI,
      audience: 'pakistan',
      tone: 'critical',
      summary:
        'In a YouTube interview in Kabul: the talks have not concluded and no breakthrough is made; the reversal of the FATA merger is the primary demand, from which the group cannot back down.',
      quote:
        'Our demands are clear and especially the reversal of Fata merger with KP is our primary demand which the group cannot back down from.',
    },
    [S.dawnJun30],
  ),
  // ===== September – November 2022: attacks during the ceasefire, its end =====
  ev(
    'IncidentReported',
    'inc-esham-2022-09-24',
    { occurredAt: '2022-09-24', recordedAt: '2022-10-04T12:00:00Z' },
    {
      incidentId: 'esham-2022-09-24',
      kind: 'militant-attack',
      perpetrator: 'ttp',
      allegedBy: 'ttp',
      against: 'pakistan',
      target: 'Army soldiers (IED)',
      place: 'North Waziristan, Khyber Pakhtunkhwa',
      fatalities: { min: 2, max: 2 },
      description: 'Two soldiers killed by a roadside bomb in the Esham area; the TTP claims it.',
    },
    [S.eurasiaOct4],
  ),
  ev(
    'IncidentReported',
    'inc-azam-warsak-2022-09-26',
    { occurredAt: '2022-09-26', recordedAt: '2022-10-04T12:05:00Z' },
    {
      incidentId: 'azam-warsak-2022-09-26',
      kind: 'clash',
      perpetrator: 'ttp',
      allegedBy: 'ttp',
      against: 'pakistan',
      target: 'Military post',
      place: 'South Waziristan, Khyber Pakhtunkhwa',
      fatalities: { min: 3, max: 3 },
      description:
        'Exchange of fire at a military post near Azam Warsak: two soldiers and a militant killed; the TTP claims it.',
    },
    [S.eurasiaOct4],
  ),
  ev(
    'IncidentReported',
    'inc-kharlachi-2022-09-29',
    { occurredAt: '2022-09-29', recordedAt: '2022-10-04T12:10:00Z' },
    {
      incidentId: 'kharlachi-2022-09-29',
      kind: 'clash',
      perpetrator: 'ttp',
      allegedBy: 'ttp',
      against: 'pakistan',
      target: 'Army troops at the Kharlachi border crossing',
      place: 'Kurram, Khyber Pakhtunkhwa',
      fatalities: { min: 1, max: 3 },
      description: 'A soldier killed in an exchange of fire (the army); the TTP claims it and says three were killed.',
    },
    [S.eurasiaOct4],
  ),
  ev(
    'IncidentReported',
    'inc-lakki-2022-11-16',
    { occurredAt: '2022-11-16', recordedAt: '2022-11-17T12:00:00Z' },
    {
      incidentId: 'lakki-marwat-2022-11-16',
      kind: 'clash',
      perpetrator: 'ttp',
      allegedBy: 'ttp',
      against: 'pakistan',
      target: 'Police van of the Abbas check-post',
      place: 'Lakki Marwat, Khyber Pakhtunkhwa',
      fatalities: { min: 6, max: 6 },
      description:
        'Militants with automatic rifles ambush a police van, killing all six aboard; the TTP claims it, saying the police were coming for a raid.',
    },
    [S.apNov16, S.dawnNov17],
  ),
  ev(
    'IncidentReported',
    'inc-lakki-gunships-2022-11-26',
    { occurredAt: '2022-11-26', recordedAt: '2022-11-28T18:00:00Z' },
    {
      incidentId: 'lakki-marwat-gunships-2022-11-26',
      kind: 'airstrike',
      perpetrator: 'pakistan',
      allegedBy: 'pakistan',
      against: 'ttp',
      target: 'TTP hideouts',
      place: 'Lakki Marwat, Khyber Pakhtunkhwa',
      description:
        'The army patrols the district and its helicopter gunships shell TTP hideouts, after the 16 November ambush; no toll given.',
    },
    [S.rferlNov28],
  ),
  ev(
    'CeasefireEnded',
    'cf-2022-ended',
    { occurredAt: '2022-11-28', recordedAt: '2022-11-28T18:05:00Z' },
    {
      ceasefireId: CF.cf2022,
      reason: 'collapsed',
      summary:
        'The TTP calls off the ceasefire agreed in June, citing the army’s operations in Lakki Marwat and Bannu.',
    },
    [S.dawnNov28, S.aljazeeraNov28, S.rferlNov28],
  ),
  ev(
    'StatementMade',
    'stmt-ttp-nov28',
    { occurredAt: '2022-11-28', recordedAt: '2022-11-28T18:10:00Z' },
    {
      speaker: TTP_COMMAND,
      audience: 'pakistan',
      tone: 'military-threat',
      summary:
        'Orders its fighters to carry out attacks across the country in retaliation for the military operations.',
      quote: 'It is imperative for you to carry out attacks wherever you can in the entire country.',
    },
    [S.dawnNov28, S.aljazeeraNov28],
  ),
  ev(
    'DemandTabled',
    'demand-sharia',
    { occurredAt: '2022-11-28', precision: 'approximate', recordedAt: '2022-11-28T18:15:00Z' },
    {
      demandId: D.sharia,
      by: 'ttp',
      addressedTo: ['pakistan'],
      text: 'Impose its hardline interpretation of Islamic law (Sharia) in Pakistan',
      category: 'political',
    },
    [graded(S.aljazeeraNov28, 2)],
    { note: 'Given by Al Jazeera as one of the group’s standing demands; no source found dates its tabling.' },
  ),
  ev(
    'IncidentReported',
    'inc-quetta-2022-11-30',
    { occurredAt: '2022-11-30', recordedAt: '2022-12-01T12:00:00Z' },
    {
      incidentId: 'quetta-2022-11-30',
      kind: 'militant-attack',
      perpetrator: 'ttp',
      allegedBy: 'ttp',
      against: 'pakistan',
      target: 'Police truck',
      place: 'Quetta, Balochistan',
      fatalities: { min: 4, max: 4 },
      injured: { min: 25, max: 25 },
      description:
        'A suicide bomber targets a police truck; the TTP claims it as "retaliation", the first attack after the ceasefire ended.',
    },
    [S.standardDec1],
  ),
  ev(
    'StatementMade',
    'stmt-saif-dec1',
    { occurredAt: '2022-12-01', recordedAt: '2022-12-01T18:00:00Z' },
    {
      speaker: SAIF,
      audience: 'ttp',
      tone: 'conciliatory',
      summary:
        'The TTP’s decision to end the ceasefire is regrettable; the doors of negotiation were never closed: the TTP should put down its weapons and come to the table.',
    },
    [S.samaaDec1],
  ),
  // ===== December 2022 – February 2023: Bannu, "no talks", Peshawar, Karachi =====
  ev(
    'IncidentReported',
    'inc-burgai-2022-12-18',
    { occurredAt: '2022-12-17T19:00:00Z', recordedAt: '2022-12-18T12:00:00Z' },
    {
      incidentId: 'burgai-2022-12-18',
      kind: 'clash',
      perpetrator: 'ttp',
      allegedBy: 'pakistan',
      against: 'pakistan',
      target: 'Burgai police station',
      place: 'Lakki Marwat, Khyber Pakhtunkhwa',
      fatalities: { min: 4, max: 4 },
      injured: { min: 4, max: 4 },
      description:
        'Militants attack the police station at midnight with grenades and rockets; four policemen killed. No claim; the police suspect the TTP.',
    },
    [S.pakistanTodayDec18],
  ),
  ev(
    'IncidentReported',
    'inc-bannu-seizure-2022-12-18',
    { occurredAt: '2022-12-18', recordedAt: '2022-12-19T12:00:00Z' },
    {
      incidentId: 'bannu-ctd-seizure-2022-12-18',
      kind: 'clash',
      perpetrator: 'ttp',
      allegedBy: 'pakistan',
      against: 'pakistan',
      target: 'Counter-Terrorism Department compound, Bannu cantonment',
      place: 'Bannu, Khyber Pakhtunkhwa',
      fatalities: { min: 1, max: 2 },
      description:
        'TTP detainees seize a guard’s rifle, take the CTD compound and hold its staff hostage, demanding safe passage to Afghanistan or Waziristan; the TTP claims it.',
    },
    [S.pakistanTodayDec19],
  ),
  ev(
    'IncidentReported',
    'inc-bannu-storm-2022-12-20',
    { occurredAt: '2022-12-20T07:30:00Z', recordedAt: '2022-12-27T12:00:00Z' },
    {
      incidentId: 'bannu-ctd-operation-2022-12-20',
      kind: 'clash',
      perpetrator: 'pakistan',
      allegedBy: 'pakistan',
      against: 'ttp',
      target: 'TTP militants holding the CTD compound',
      place: 'Bannu, Khyber Pakhtunkhwa',
      fatalities: { min: 27, max: 35 },
      injured: { min: 10, max: 15 },
      description:
        'The army’s Special Service Group storms the compound at 12:30 PKT; all the hostage-takers are killed (25 by the army chief, 33 by the defence minister’s account of those held) and two commandos; 10–15 wounded.',
    },
    [S.wionDec20, S.currentDec20, S.news18Dec27],
    { note: 'Recorded on 27 December, with the army chief’s count; the first reports gave six hostage-takers killed.' },
  ),
  ev(
    'StatementMade',
    'stmt-nsc-jan2',
    { occurredAt: '2023-01-02', recordedAt: '2023-01-03T12:00:00Z' },
    {
      speaker: NSC,
      audience: 'ttp',
      tone: 'threat',
      summary:
        '"Zero tolerance" for terrorism: the state will take on all entities that resort to violence; no talks with terrorists, by the reports of the meeting; the counter-terrorism departments to be strengthened.',
    },
    [S.devdiscourseJan3, S.news18Jan2],
  ),
  ev(
    'IncidentReported',
    'inc-khanewal-2023-01-03',
    { occurredAt: '2023-01-03', recordedAt: '2023-01-05T12:00:00Z' },
    {
      incidentId: 'khanewal-2023-01-03',
      kind: 'militant-attack',
      perpetrator: 'ttp',
      allegedBy: 'ttp',
      against: 'pakistan',
      target: 'Two ISI officers outside a hotel',
      place: 'Khanewal, Punjab',
      fatalities: { min: 2, max: 2 },
      description: 'Two Inter-Services Intelligence officers shot dead; the TTP claims it.',
    },
    [S.independentJan5],
  ),
  ev(
    'StatementMade',
    'stmt-ttp-jan3',
    { occurredAt: '2023-01-03', precision: 'approximate', recordedAt: '2023-01-05T12:05:00Z' },
    {
      speaker: KHURASANI,
      audience: 'pakistan',
      tone: 'threat',
      summary:
        'Warns the PML-N and the PPP, naming Shehbaz Sharif and Bilawal Bhutto Zardari, that their leaders will be targeted if they keep "declaring war" on the TTP.',
      quote:
        'If these two parties remain firm on their position … then action will be taken against the leaders of these parties.',
    },
    [S.independentJan5, S.dawnJan5],
  ),
  ev(
    'StatementMade',
    'stmt-sanaullah-jan5',
    { occurredAt: '2023-01-05', recordedAt: '2023-01-05T18:00:00Z' },
    {
      speaker: SANAULLAH,
      audience: 'ttp',
      tone: 'critical',
      summary:
        'The National Security Committee decided there will be no talks with any terrorist or militant group; talks, if needed, with the Afghan government, to hold it to its Doha commitments.',
    },
    [S.dawnJan5, S.independentJan5],
  ),
  ev(
    'TalksSuspended',
    'talks-suspended-jan5',
    { occurredAt: '2023-01-05', recordedAt: '2023-01-05T18:05:00Z' },
    {
      by: 'pakistan',
      reason: 'The National Security Committee decided there will be no talks with any terrorist or militant group.',
      temporary: false,
    },
    [S.dawnJan5],
  ),
  ev(
    'IncidentReported',
    'inc-peshawar-2023-01-30',
    { occurredAt: '2023-01-30T08:30:00Z', recordedAt: '2023-02-01T12:00:00Z' },
    {
      incidentId: 'peshawar-police-lines-2023-01-30',
      kind: 'militant-attack',
      perpetrator: 'ttp',
      allegedBy: 'pakistan',
      against: 'pakistan',
      target: 'Mosque inside the Police Lines, headquarters of the Khyber Pakhtunkhwa police, during prayers',
      place: 'Peshawar, Khyber Pakhtunkhwa',
      fatalities: { min: 84, max: 101 },
      injured: { min: 217, max: 225 },
      description:
        'A suicide bomber in police uniform blows himself up in the front row at the Zuhr prayer; the roof collapses. Claimed by Sarbakaf Mohmand, a TTP commander of the Jamaat-ul-Ahrar faction, as revenge for Omar Khalid Khorasani; the TTP’s spokesman denies it; the defence minister holds the TTP responsible.',
    },
    [S.wionJan30, S.medialineJan31, S.wikiPeshawar],
  ),
  ev(
    'StatementMade',
    'stmt-ttp-jan30',
    { occurredAt: '2023-01-30', recordedAt: '2023-02-01T12:05:00Z' },
    {
      speaker: KHURASANI,
      audience: 'pakistan',
      tone: 'neutral',
      summary:
        'Distances the TTP from the Peshawar bombing: it is not its policy to attack mosques or other religious places.',
    },
    [S.medialineJan31],
  ),
  ev(
    'StatementMade',
    'stmt-asif-jan31',
    { occurredAt: '2023-01-31', recordedAt: '2023-02-02T12:00:00Z' },
    {
      speaker: ASIF,
      audience: 'ttp',
      tone: 'accusation',
      summary:
        'Accuses the TTP of the Peshawar bombing, saying it operates from Afghan territory, and demands that the Afghan Taliban act against it.',
    },
    [S.pakistanTodayFeb2],
  ),
  ev(
    'IncidentReported',
    'inc-karachi-2023-02-17',
    { occurredAt: '2023-02-17T14:10:00Z', recordedAt: '2023-02-18T12:00:00Z' },
    {
      incidentId: 'karachi-police-office-2023-02-17',
      kind: 'militant-attack',
      perpetrator: 'ttp',
      allegedBy: 'ttp',
      against: 'pakistan',
      target: 'Karachi Police Office, Shahrah-e-Faisal',
      place: 'Karachi, Sindh',
      fatalities: { min: 7, max: 8 },
      injured: { min: 14, max: 18 },
      description:
        'Gunmen with suicide vests and grenades storm the police headquarters at about 19:10 PKT; after hours of fighting the army, Rangers and police clear it. Four or five killed (two policemen, a Ranger, a civilian) and the three attackers; the TTP claims it.',
    },
    [S.brecorderFeb17, S.firstpostFeb18],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'pakistan-ttp-2021.jsonl',
  logEnd: '2023-03-01T00:00:00Z',
  events,
};

export default definition;
