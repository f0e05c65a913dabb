/**
 * A test fixture, not a shipped example: India and Pakistan from the Lahore Declaration (21 February 1999) through
 * the Kargil war to the end of 1999, as an analyst following the news could have recorded them — Vajpayee's bus to
 * Lahore and the declaration (20–21 February), the intrusion across the Line of Control in Kargil reported by
 * shepherds (3 May), the patrol lost at Kaksar (5 May) and the shelling of Kargil (9 May), India's air and ground
 * offensive (Operations Vijay and Safed Sagar, from 26 May), the MiG-21 and the Mi-17 shot down (27–28 May), Sartaj
 * Aziz's talks in New Delhi (12 June), the battles for the Tololing ridge (13 and 20 June) and Tiger Hill (3–4 July),
 * Clinton's pressure (15 June) and his statement with Nawaz Sharif (4 July), the fighting in Batalik and Drass after it
 * (6–9 July), the DGMOs' agreement on the pull-out (11 July), India's deadline (16 July), Pakistan's withdrawal
 * (complete on 18 July), India's word that Operation Vijay was over (26 July), the Atlantique shot down by India over
 * the Rann of Kutch (10 August, 16 killed) and Pakistan's missile at the Indian aircraft the next day, and the coup of
 * 12 October with India's forces on alert. Escalation model v2 was never tuned on it: it is the case the model is held
 * to in india-pakistan-1999.spec.ts, against the calls an analyst makes from DOMAIN.md §5b alone. The later crises
 * (india-pakistan-2001, -2016, -2019, -2025) are other fixtures; none of their events is recorded here.
 *
 * The parties are India and Pakistan; no mediator (the United States said it "did not act as a mediator", The
 * Telegraph, 13 July). Registered: the United States (third party: Clinton's calls and his meeting with Sharif on 4
 * July), the G8 (third party: its Cologne statement of 20 June) and the Kashmiri militant groups (third party, the
 * United Jihad Council; Pakistan called the intruders "mujahideen").
 *
 * Kept under test/ so that the demo data (examples/) and the calibration file's coverage do not change. Built and
 * checked with the same builder as the shipped cases (examples/case-builder.ts): every event replays through `decide`
 * and cites a dated, graded public source. Recorded retrospectively (7 December 2026, one minute apart, in log order).
 *
 * Grading as in examples/README.md: B = an established outlet (Rediff, The Tribune of Chandigarh, The Telegraph of
 * Calcutta, the Chicago Tribune, the Irish Times, the AP via the St. Petersburg Times and the Lubbock
 * Avalanche-Journal, The Hindu, Business Standard, the Arms Control Association) or an official document (the White
 * House's briefing, the Indian embassy's press releases — a party's word: graded 3 where it is its claim alone);
 * C = a copy on an archive or mirror site, an encyclopedia, an anniversary piece or a timeline published decades
 * later (jammu-kashmir.com's copies of Reuters, the Daily Excelsior and the Times of India, Dawn on a mirror site,
 * pakistani.org, Wikipedia, ETV Bharat, Odisha Bytes, the Free Press Journal); 2 = several sources agree or one
 * established source reports it; 3 = one side's claim.
 *
 * Dates of sources: contemporary reports by their own date; anniversary pieces by their own date.
 *
 * Judgement calls, recorded as an analyst would:
 * - The intruders are Pakistan's forces: "Pakistani troops from the 12 Northern Light Infantry occupied Tiger Hill"
 *   (ETV Bharat, 2024); "the Pakistan army was in the process of withdrawing from pockets in the Mushkoh valley"
 *   (India's defence ministry, Rediff, 12 July); Pakistan's foreign minister called them "mujahideen" and denied
 *   control. Recorded as an `occupation` by Pakistan (alleged by India) of "Kargil heights across the Line of
 *   Control", dated the day the shepherds reported them (3 May: the ground was taken over the winter, without fire),
 *   ended by Pakistan's `withdrawal` from the same place on 18 July ("Even as the last Pakistani intruders left the
 *   Kargil sector today", Rediff, 18 July; Mushkoh cleared by the next morning). The withdrawal began from Kaksar on
 *   10–11 July; it is dated when the Indian army announced it complete, because fighting went on until then.
 * - One place, written one way: the sub-sectors as the Indian army named them — "Kaksar", "Drass" (the Tololing
 *   ridge, Point 5140 and Tiger Hill are in it: their names are in `target`), "Batalik", "Kargil" (the town),
 *   "Srinagar–Leh highway"; "Rann of Kutch" for the Atlantique and the missile of the next day.
 * - `scale: 'major'` only where the source calls the act an offensive or a battle: the air strikes of 26 May ("India
 *   launched an air and ground offensive on May 26", Reuters); Point 5140 on the Tololing ridge ("Indian troops
 *   launched a major operation late yesterday night", The Tribune, 21 June; "After 21 days of intense fighting",
 *   Rediff; "the now-ended battle of Tololing ... The capture of the Tololing ridge on June 20", Rediff, 26 June); Tiger Hill ("after a fierce night-long battle with Pakistani soldiers ... the biggest and most important
 *   operation of the Indian Army in the current conflict", Rediff, 4 July); the Batalik posts of 6–7 July ("one of the
 *   fiercest encounters yet ... the battle on the Line of Control has escalated", Rediff, 8 July). The recapture of
 *   Point 4590 (13 June: "17 Indian personnel ... were killed during the battle", Rediff, 14 June) has its toll.
 * - The MiG-27 of 27 May: India says its engine failed, Pakistan that it shot down both jets (graded C3); only the
 *   MiG-21, which India says a Pakistani missile hit, is recorded as armed action.
 * - The talks of 12 June: Rediff has them end "in frosty deadlock" (the officials' "serious and businesslike"; Aziz:
 *   "further talks are necessary"), another Rediff report "collapsed as expected"; no further talks were scheduled.
 *   Recorded as concluded `no-progress`: the two ministers did not break off, and Aziz asked for more.
 * - The DGMOs' meeting of 11 July: Pakistan called it "a sector-by-sector cease-fire" (Aziz); India said "There is no
 *   ceasefire or cessation of hostilities" but no air strikes and some ground weapons held during the pull-out. Not
 *   recorded as a ceasefire: as an agreement of kind `partial` (the modalities of the withdrawal) signed by both.
 * - The Lahore Declaration: India did not renounce it, but from 13 July it stopped applying it — "Our future dealing
 *   with Pakistan will be governed by the sequence of steps already spelt out ... Till this is not completed to our
 *   satisfaction, no other steps will be taken" (its spokesman, 13 July); "a betrayal of trust which has done great
 *   damage to the Lahore process ... The onus is now on Pakistan to repair the damage" (3 August). Recorded as the
 *   declaration `suspended` by India on 13 July. The DGMOs' agreement of 11 July is recorded `terminated` on 18 July,
 *   carried out: it set the modalities of a pull-out then complete. (Both added after the first run: the fixture held
 *   the two agreements as still being implemented in September, which no source says; see the spec.)
 * - India's deadline of 16 July for the pull-out (The Telegraph, 13 July) is an ultimatum; it was extended to first
 *   light on 17 July and then to Sunday 18 July (Rediff, 16 and 17 July; no event type records an extension) and
 *   resolved `complied` on 18 July.
 * - The Atlantique (10 August): 16 killed (five officers, eleven sailors), by India's MiG-21; India says the plane was
 *   10 km inside Indian airspace (its press release, graded 3), Pakistan that it was unarmed and fell in Pakistan
 *   (Dawn, graded 3). The missile fired the next day at the Indian aircraft near the wreckage: Pakistan says it fired at
 *   two MiG-21s, the AP's journalists on the Indian helicopters saw it pass; no one was hurt.
 * - The coup of 12 October is Pakistan's internal act, not recorded as such; India's forces "went on full alert" (the
 *   Chicago Tribune, 13 October) is recorded as India's `force-posture`; Musharraf's pull-back of troops from the
 *   international border (announced 17 October, the Arms Control Association: "in a gesture of goodwill") as his
 *   conciliatory statement: no ground across a line was held.
 * - Not recorded for want of a dated source read: the daily artillery duels along the rest of the Line of Control
 *   (Kupwara to Akhnoor), the fighting of mid-May before the air strikes, the Mushkoh valley battles, Nachiketa's
 *   release (3 June), Pakistan's case at the International Court of Justice (September), and the hijacking of
 *   IC-814 (24 December, by militants: a third party's act).
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, retrospectiveClock, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'india-pakistan-1999';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 1999);
/** Recorded retrospectively on 7 December 2026, one minute apart, in log order. */
const when = retrospectiveClock('2026-12-07T01:00:00Z');

const INDIA: Actor = { id: 'india', name: 'India', kind: 'state', aliases: ['New Delhi', 'Republic of India'] };
const PAKISTAN: Actor = {
  id: 'pakistan',
  name: 'Pakistan',
  kind: 'state',
  aliases: ['Islamabad', 'Islamic Republic of Pakistan'],
};
const USA: Actor = { id: 'united-states', name: 'United States', kind: 'state', aliases: ['Washington'] };
const G8: Actor = {
  id: 'g8',
  name: 'Group of Eight',
  kind: 'international-organisation',
  aliases: ['G8', 'G-8'],
};
const MILITANTS: Actor = {
  id: 'kashmiri-militants',
  name: 'Kashmiri militant groups (United Jihad Council)',
  kind: 'armed-group',
  aliases: ['mujahideen', 'United Jihad Council'],
};

const VAJPAYEE: Person = { name: 'Atal Bihari Vajpayee', title: 'Prime Minister of India', actorId: 'india' };
const SHARIF: Person = { name: 'Nawaz Sharif', title: 'Prime Minister of Pakistan', actorId: 'pakistan' };
const JASWANT: Person = { name: 'Jaswant Singh', title: 'External Affairs Minister of India', actorId: 'india' };
const AZIZ: Person = { name: 'Sartaj Aziz', title: 'Foreign Minister of Pakistan', actorId: 'pakistan' };
const BIKRAM: Person = { name: 'Col. Bikram Singh', title: 'Indian Army spokesman', actorId: 'india' };
const QURESHI: Person = {
  name: 'Brig. Rashid Qureshi',
  title: 'Pakistani military spokesman (ISPR)',
  actorId: 'pakistan',
};
const MUSHARRAF: Person = { name: 'Gen. Pervez Musharraf', title: 'Chief Executive of Pakistan', actorId: 'pakistan' };
const INDIA_GOVT: Person = { name: 'Government of India (Cabinet Committee on Security)', actorId: 'india' };

const S = {
  bs2026: source(
    'A promise betrayed',
    'Business Standard (Blueprint defence magazine)',
    'https://www.business-standard.com/amp/blueprint-defence-magazine/features/a-promise-betrayed-126030500671_1.html',
    '2026-03-10',
    'B',
    2,
  ),
  rediff0221: source(
    'Vajpayee, Sharief sign Lahore Declaration',
    'Rediff',
    'http://www.rediff.com/news/1999/feb/21bus.htm',
    '1999-02-21',
    'B',
    2,
  ),
  lahoreText: source(
    'The Lahore Declaration',
    'pakistani.org (text of the declaration)',
    'http://pakistani.org/pakistan/lahore_declaration.html',
    '1999-02-21',
    'C',
    2,
  ),
  etv2019: source(
    'Operation Vijay: all you need to know',
    'ETV Bharat',
    'https://etvbharat.com/amp/english/bharat/bharat-news/operation-vijay-all-you-need-to-know/na20190726000043323',
    '2019-07-26',
    'C',
    2,
  ),
  etv2024: source(
    '25th anniversary of the recapture of Tiger Hill: all you need to know',
    'ETV Bharat',
    'https://www.etvbharat.com/en/!state/25th-anniversary-of-the-recapture-of-tiger-hill-all-you-need-to-know-enn24070401497',
    '2024-07-04',
    'C',
    2,
  ),
  odisha2019: source(
    'Vijay Diwas: revisiting the Kargil war 20 years later',
    'Odisha Bytes',
    'https://odishabytes.com/vijay-diwas-revisiting-the-kargil-war-20-years-later-when-what-happened',
    '2019-07-26',
    'C',
    2,
  ),
  reuters0704: source(
    'Clinton, Sharif agree on Kashmir withdrawal',
    'jammu-kashmir.com (Reuters copy)',
    'http://www.jammu-kashmir.com/archives/archives1999/99july4a.html',
    '1999-07-04',
    'C',
    2,
  ),
  tribune0529: source(
    'MI-17 helicopter shot down: 4 killed',
    'The Tribune (Chandigarh)',
    'http://www.tribuneindia.com/1999/99may29/head.htm',
    '1999-05-29',
    'B',
    2,
  ),
  rediff0528: source(
    "IAF clueless about 'missing' pilots",
    'Rediff',
    'http://sports.rediff.com/news/1999/may/28kash6.htm',
    '1999-05-28',
    'B',
    2,
  ),
  pkMigs: source(
    'Pakistan shoots down two Indian MiGs',
    'SSUET (tripod mirror of a Pakistani press report)',
    'http://ssuet.edu.pk.pr.tripod.com/migsdown.htm',
    '1999-05-27',
    'C',
    3,
  ),
  hindu2019: source(
    'Air Chief Dhanoa leads missing man formation in MiG-21',
    'The Hindu',
    'https://www.thehindu.com/news/national/air-chief-dhanoa-leads-missing-man-formation-in-mig-21/article27261497.ece',
    '2019-05-27',
    'B',
    2,
  ),
  rediff0602: source(
    "Talks 'meaningful' only if crisis ends",
    'Rediff',
    'http://www.rediff.com/news/1999/jun/02kash1.htm',
    '1999-06-02',
    'B',
    2,
  ),
  rediff0608: source(
    'India invites Aziz for talks on Saturday',
    'Rediff',
    'https://www.rediff.com/news/1999/jun/08iype.htm',
    '1999-06-08',
    'B',
    2,
  ),
  rediff0612: source(
    'Jaswant-Aziz talks end in frosty deadlock',
    'Rediff',
    'https://in.rediff.com/news/1999/jun/12talks.htm',
    '1999-06-12',
    'B',
    2,
  ),
  rediff0612b: source(
    'Talks collapse amidst accusations, bitterness',
    'Rediff',
    'http://sports.rediff.com/news/1999/jun/12iype.htm',
    '1999-06-12',
    'B',
    2,
  ),
  mea0612: source(
    "External Affairs Minister's press conference after meeting Sartaj Aziz",
    'Embassy of India, Washington (press release)',
    'https://indianembassyusa.gov.in/ArchivesDetails?id=294',
    '1999-06-12',
    'B',
    2,
  ),
  fpj2021: source(
    'Kargil Vijay Diwas 2021: how India recaptured the infiltrated territory',
    'Free Press Journal',
    'https://www.freepressjournal.in/india/kargil-vijay-diwas-2021-how-india-recaptured-the-infiltrated-territory-and-declared-it-free-of-pakistani-presence',
    '2021-07-25',
    'C',
    2,
  ),
  rediff0614: source(
    'Army advances, Srinagar-Leh road almost secure',
    'Rediff',
    'http://www.rediff.com/news/1999/jun/14karg.htm',
    '1999-06-14',
    'B',
    2,
  ),
  excelsior0615: source(
    'Clinton asks Sharif to vacate Kargil sector',
    'jammu-kashmir.com (Daily Excelsior copy)',
    'http://jammu-kashmir.com/archives/archives1999/99june15b.html',
    '1999-06-15',
    'C',
    2,
  ),
  tribune0621: source(
    'Tololing ridge freed',
    'The Tribune (Chandigarh)',
    'https://www.tribuneindia.com/1999/99jun21/head1.htm',
    '1999-06-21',
    'B',
    2,
  ),
  rediff0620: source(
    'Indian troops recapture strategic Tololing ridgeline',
    'Rediff',
    'http://sports.rediff.com/news/1999/jun/20kash3.htm',
    '1999-06-20',
    'B',
    2,
  ),
  ap0621: source(
    'India claims important peak from guerrillas in Kashmir',
    'Lubbock Avalanche-Journal (Associated Press)',
    'http://lubbockonline.com/stories/062199/wor_062199035.shtml',
    '1999-06-21',
    'B',
    2,
  ),
  irish0622: source(
    'Indian army consolidates control over seized land',
    'The Irish Times',
    'https://irishtimes-irishtimes-prod.cdn.arcpublishing.com/news/indian-army-consolidates-control-over-seized-land-1.198421',
    '1999-06-22',
    'B',
    2,
  ),
  rediff0626: source(
    "Tiger Hills remains army's main headache",
    'Rediff',
    'http://sports.rediff.com/news/1999/jun/26chindu.htm',
    '1999-06-26',
    'B',
    2,
  ),
  rediff0704: source(
    'Indian Army recaptures Tiger Hill',
    'Rediff',
    'https://m.rediff.com/news/1999/jul/04kash.htm',
    '1999-07-04',
    'B',
    2,
  ),
  excelsior0704: source(
    'Troops re-capture Tiger hill after 3 pronged attack',
    'jammu-kashmir.com (Daily Excelsior copy)',
    'http://jammu-kashmir.com/archives/archives1999/99july04d.html',
    '1999-07-04',
    'C',
    2,
  ),
  statement0704: source(
    'Clinton, Sharif statement on Kashmir',
    'jammu-kashmir.com (text of the joint statement)',
    'http://www.jammu-kashmir.com/archives/archives1999/99july4b.html',
    '1999-07-04',
    'C',
    2,
  ),
  wh0704: source(
    "Press briefing by senior administration official on President's meeting with Prime Minister Sharif",
    'The White House, Office of the Press Secretary (archived)',
    'https://clintonwhitehouse6.archives.gov/1999/07/1999-07-04-background-briefing-on-meeting-with-prime-minister-sharif.html',
    '1999-07-04',
    'B',
    2,
  ),
  rediff0705: source(
    'Pak withdrawal seems imminent',
    'Rediff',
    'http://im.rediff.com/news/1999/jul/05clint1.htm',
    '1999-07-05',
    'B',
    2,
  ),
  rediff0708: source(
    'Fighting gets bloodier in Drass, Batalik',
    'Rediff',
    'http://sports.rediff.com/news/1999/jul/08iype.htm',
    '1999-07-08',
    'B',
    2,
  ),
  rediff0709: source(
    'India reclaims Batalik sector, Drass next',
    'Rediff',
    'http://in.rediff.com/news/1999/jul/09kash7.htm',
    '1999-07-09',
    'B',
    2,
  ),
  rediff0711: source(
    'Pakistani troops begin withdrawal',
    'Rediff',
    'https://m.rediff.com/news/1999/jul/11karg2.htm',
    '1999-07-11',
    'B',
    2,
  ),
  rediff0712: source(
    'Operation Vijay on: ministry',
    'Rediff',
    'http://sports.rediff.com/news/1999/jul/12kash2.htm',
    '1999-07-12',
    'B',
    2,
  ),
  rediff0712b: source(
    'Pullout to be over in a week: Mishra',
    'Rediff',
    'https://m.rediff.com/news/1999/jul/12kash1.htm',
    '1999-07-12',
    'B',
    2,
  ),
  telegraph0713: source(
    'India gives safe passage to intruders',
    'The Telegraph (Calcutta)',
    'https://www.telegraphindia.com/india/india-gives-safe-passage-to-intruders/cid/917852',
    '1999-07-13',
    'B',
    2,
  ),
  rediff0716: source(
    'Mushkoh still in Pakistani hands',
    'Rediff',
    'http://sports.rediff.com/news/1999/jul/16akd1.htm',
    '1999-07-16',
    'B',
    2,
  ),
  rediff0717: source(
    'Hello peace, goodbye war',
    'Rediff',
    'http://sports.rediff.com/news/1999/jul/17mahes.htm',
    '1999-07-17',
    'B',
    2,
  ),
  rediff0718: source(
    'Last of the Pakistanis leaves Kargil',
    'Rediff',
    'https://m.rediff.com/news/1999/jul/18kargil.htm',
    '1999-07-18',
    'B',
    2,
  ),
  toi0719: source(
    'All clear in Kargil: Operation Vijay ends',
    'jammu-kashmir.com (Times of India copy)',
    'http://jammu-kashmir.com/archives/archives1999/99july19.html',
    '1999-07-19',
    'C',
    2,
  ),
  mea0713: source(
    "Press release regarding Pakistan Prime Minister's call for dialogue",
    'Embassy of India, Washington (press release)',
    'https://indianembassyusa.gov.in/ArchivesDetails?id=284',
    '1999-07-13',
    'B',
    2,
  ),
  mea0803: source(
    'On bilateral dialogue with Pakistan',
    'Embassy of India, Washington (press release)',
    'https://indianembassyusa.gov.in/ArchivesDetails?id=278',
    '1999-08-03',
    'B',
    2,
  ),
  mea0810: source(
    'Press release on shooting down of a Pakistan naval aircraft',
    'Embassy of India, Washington (press release)',
    'https://indianembassyusa.gov.in/ArchivesDetails?id=276',
    '1999-08-10',
    'B',
    3,
  ),
  dawn0810: source(
    'India downs PN plane: 16 killed',
    'Dawn / The News International (mirror copy)',
    'http://indianterrorism.bravepages.com/PNplane.htm',
    '1999-08-10',
    'C',
    2,
  ),
  wpAtlantique: source(
    '1999 Pakistani Breguet 1150 Atlantic shootdown',
    'Wikipedia',
    'https://en.wikipedia.org/wiki/1999_Pakistani_Breguet_1150_Atlantic_shootdown',
    '1999-08-10',
    'C',
    2,
  ),
  ap0812: source(
    'Pakistan fires on Indian helicopters',
    'St. Petersburg Times (Associated Press)',
    'https://www.tampabay.com/archive/1999/08/12/pakistan-fires-on-indian-helicopters/',
    '1999-08-12',
    'B',
    2,
  ),
  telegraph0811: source(
    'Pak fires Stinger in tit-for-tat attack',
    'The Telegraph (Calcutta)',
    'https://www.telegraphindia.com/india/pak-fires-stinger-in-tit-for-tat-attack/cid/915783',
    '1999-08-12',
    'B',
    2,
  ),
  rediff0811: source(
    'Pakistan confirms attack on IAF aircraft',
    'Rediff',
    'http://business.rediff.com/news/1999/aug/11plane9.htm',
    '1999-08-11',
    'B',
    2,
  ),
  chicago1013: source(
    "Military Coup Ousts Pakistani Premier; Tensions Rise; India's Forces On Full Alert",
    'Chicago Tribune',
    'http://articles.chicagotribune.com/1999-10-13/news/9910130125_1_gen-pervaiz-musharraf-sharif-pakistani',
    '1999-10-13',
    'B',
    2,
  ),
  aca1999: source(
    'Pakistani Prime Minister Ousted in Bloodless Coup',
    'Arms Control Association (Arms Control Today)',
    'https://www.armscontrol.org/act/1999-09/pakistani-prime-minister-ousted-bloodless-coup',
    '1999-10-25',
    'B',
    2,
  ),
};

const P = {
  occupied: 'Kargil heights across the Line of Control',
  kaksar: 'Kaksar',
  kargil: 'Kargil',
  drass: 'Drass',
  batalik: 'Batalik',
  highway: 'Srinagar–Leh highway',
  kutch: 'Rann of Kutch',
};
const R = { delhi: 'jaswant-aziz-new-delhi-1999-06-12' };
const A = { lahore: 'lahore-declaration-1999-02-21', dgmo: 'dgmo-withdrawal-modalities-1999-07-11' };
const D = { vacate: 'india-vacate-kargil-1999' };
const U = { deadline: 'india-pullout-deadline-1999-07-16' };

const events = [
  // ===== February 1999: the bus to Lahore and the declaration =====
  ev(
    'NegotiationOpened',
    'opened',
    when('1999-02-20'),
    {
      negotiationId: NEGOTIATION_ID,
      title: 'India – Pakistan, the Lahore Declaration and the Kargil war, 1999',
      subject:
        'From Vajpayee’s bus to Lahore and the Lahore Declaration through the intrusion across the Line of Control in Kargil, India’s Operation Vijay, the pressure of the United States and the G8, Pakistan’s withdrawal, the Atlantique shot down and the coup of October 1999',
      parties: [INDIA, PAKISTAN],
      mediators: [],
    },
    [S.bs2026],
    { note: 'Vajpayee arrives at Wagah on the inaugural Delhi–Lahore bus; Sharif greets him at the border.' },
  ),
  ev(
    'AgreementReached',
    'agr-lahore',
    when('1999-02-21'),
    {
      agreementId: A.lahore,
      kind: 'framework',
      provisions: [
        'Intensify efforts to resolve all issues, including Jammu and Kashmir',
        'Refrain from intervention and interference in each other’s internal affairs',
        'Intensify the composite and integrated dialogue process',
        'Take immediate steps to reduce the risk of accidental or unauthorised use of nuclear weapons; advance notice of ballistic missile tests (memorandum of understanding)',
      ],
      signatories: ['india', 'pakistan'],
      textPublic: true,
    },
    [S.rediff0221, S.lahoreText, S.bs2026],
  ),
  ev(
    'StatementMade',
    'stmt-sharif-0221',
    when('1999-02-21'),
    {
      speaker: SHARIF,
      audience: 'india',
      tone: 'conciliatory',
      summary:
        'At the joint press conference, Sharif says the ice has been broken and the dialogue will strengthen peace.',
      quote:
        'The ice has been broken between the countries. Our dialogue will strengthen peace and prosperity in South Asia.',
    },
    [S.rediff0221],
  ),
  // ===== May 1999: the intrusion discovered =====
  ev(
    'IncidentReported',
    'inc-occupation-0503',
    when('1999-05-03'),
    {
      incidentId: 'pakistan-holds-kargil-heights-1999-05-03',
      kind: 'occupation',
      perpetrator: 'pakistan',
      allegedBy: 'india',
      against: 'india',
      place: P.occupied,
      description:
        'Shepherds report intruders on the Jubar ridgeline in Batalik; the heights on the Indian side of the Line of Control from Drass to Batalik, left empty for the winter, are held by Pakistani soldiers (the Northern Light Infantry, by India’s account and the later record) and militants. Pakistan says they are mujahideen it does not control. Taken without fire.',
    },
    [S.etv2019, S.etv2024, S.rediff0712],
  ),
  ev(
    'IncidentReported',
    'inc-kaksar-0505',
    when('1999-05-05'),
    {
      incidentId: 'pakistan-kaksar-patrol-1999-05-05',
      kind: 'clash',
      perpetrator: 'pakistan',
      allegedBy: 'india',
      against: 'india',
      place: P.kaksar,
      target: 'An Indian Army patrol (Capt. Saurabh Kalia)',
      fatalities: { min: 5, max: 6 },
      description:
        'An Indian patrol sent up to check the reports is captured by the intruders; its men are killed in captivity (five or six: sources differ), their bodies returned mutilated on 9–10 June.',
    },
    [S.odisha2019, S.etv2019],
  ),
  ev(
    'IncidentReported',
    'inc-kargil-0509',
    when('1999-05-09'),
    {
      incidentId: 'pakistan-shelling-kargil-1999-05-09',
      kind: 'shelling',
      perpetrator: 'pakistan',
      allegedBy: 'india',
      against: 'india',
      place: P.kargil,
      target: 'Indian Army ammunition dump',
      description: 'Heavy shelling by the Pakistani army damages the Indian ammunition dump in Kargil.',
    },
    [S.odisha2019],
  ),
  // ===== 26 May – early June: Operations Vijay and Safed Sagar =====
  ev(
    'IncidentReported',
    'inc-airstrikes-0526',
    when('1999-05-26'),
    {
      incidentId: 'india-air-offensive-1999-05-26',
      kind: 'airstrike',
      perpetrator: 'india',
      against: 'pakistan',
      place: P.batalik,
      scale: 'major',
      target: 'The intruders’ positions on the Indian side of the Line of Control',
      description:
        'India launches an air and ground offensive (Operation Safed Sagar with Operation Vijay) against the positions held across the Line of Control, its jets striking from its own side of the line.',
    },
    [S.reuters0704, S.odisha2019],
  ),
  ev(
    'IncidentReported',
    'inc-mig21-0527',
    when('1999-05-27'),
    {
      incidentId: 'pakistan-downs-mig21-1999-05-27',
      kind: 'clash',
      perpetrator: 'pakistan',
      against: 'india',
      place: P.batalik,
      target: 'An Indian Air Force MiG-21 (Sqn Ldr Ajay Ahuja)',
      fatalities: { min: 1, max: 1 },
      description:
        'A Pakistani missile hits the MiG-21 searching for the MiG-27 lost the same morning (India: engine failure; its pilot Nachiketa taken prisoner); Ahuja ejects and is killed. Pakistan says its air defence shot down both jets over its side of the Line.',
    },
    [S.rediff0528, S.hindu2019, S.pkMigs],
  ),
  ev(
    'IncidentReported',
    'inc-airstrikes-drass-0528',
    when('1999-05-28'),
    {
      incidentId: 'india-airstrikes-drass-1999-05-28',
      kind: 'airstrike',
      perpetrator: 'india',
      against: 'pakistan',
      place: P.drass,
      target: 'Bunkers, ammunition dumps and posts in Drass and on the Tololing ridge',
      description:
        'The Indian Air Force strikes the intruders in waves throughout the day, more than 200 sorties since the loss of the MiGs by unofficial count.',
    },
    [S.tribune0529],
  ),
  ev(
    'IncidentReported',
    'inc-airstrikes-kaksar-0528',
    when('1999-05-28'),
    {
      incidentId: 'india-airstrikes-kaksar-1999-05-28',
      kind: 'airstrike',
      perpetrator: 'india',
      against: 'pakistan',
      place: P.kaksar,
      description: 'The same day’s air strikes hit the intruders’ camps in Kaksar and Batalik.',
    },
    [S.tribune0529],
  ),
  ev(
    'IncidentReported',
    'inc-mi17-0528',
    when('1999-05-28'),
    {
      incidentId: 'pakistan-downs-mi17-1999-05-28',
      kind: 'clash',
      perpetrator: 'pakistan',
      against: 'india',
      place: P.drass,
      target: 'An Indian Air Force Mi-17 helicopter',
      fatalities: { min: 4, max: 4 },
      description:
        'An Indian Mi-17 taking part in the operations in Drass and Tololing is shot down by a Pakistani surface-to-air missile; its four crew are killed.',
    },
    [S.tribune0529, S.hindu2019],
  ),
  ev(
    'StatementMade',
    'stmt-vajpayee-0531',
    when('1999-05-31'),
    {
      speaker: VAJPAYEE,
      audience: 'pakistan',
      tone: 'warning',
      summary: 'Vajpayee declares that it is a “war-like situation” with Pakistan in Kargil.',
    },
    [S.odisha2019, S.etv2019],
  ),
  ev(
    'IncidentReported',
    'inc-highway-0601',
    when('1999-06-01'),
    {
      incidentId: 'pakistan-shelling-highway-1999-06-01',
      kind: 'shelling',
      perpetrator: 'pakistan',
      allegedBy: 'india',
      against: 'india',
      place: P.highway,
      target: 'National Highway 1A',
      description: 'Pakistan steps up its attacks and shells the Srinagar–Leh highway.',
    },
    [S.odisha2019],
  ),
  ev(
    'StatementMade',
    'stmt-jaswant-0602',
    when('1999-06-02'),
    {
      speaker: JASWANT,
      audience: 'pakistan',
      tone: 'accusation',
      summary:
        'Jaswant Singh calls the intrusion “an armed intrusion amounting to aggression” and says no talks can be meaningful until Pakistan restores the status quo ante; the Lahore Declaration’s substance “is still in place”.',
      quote:
        'The Lahore Declaration was a statement of intent done in good faith. You cannot permit the defeat of a larger strategic objective of peace and amity simply because of a tactical aberration.',
    },
    [S.rediff0602],
  ),
  ev(
    'TalksRoundScheduled',
    'round-delhi-scheduled',
    when('1999-06-08'),
    {
      roundId: R.delhi,
      label: 'Jaswant Singh – Sartaj Aziz, New Delhi',
      venue: 'Hyderabad House, New Delhi',
      plannedFor: '1999-06-12',
    },
    [S.rediff0608],
    {
      note: 'Proposed by Sharif when the air strikes began; India rejected Pakistan’s date of 7 June and set the 12th.',
    },
  ),
  ev(
    'IncidentReported',
    'inc-batalik-0609',
    when('1999-06-09'),
    {
      incidentId: 'india-batalik-positions-1999-06-09',
      kind: 'clash',
      perpetrator: 'india',
      against: 'pakistan',
      place: P.batalik,
      description: 'The Indian Army recaptures two key positions in the Batalik sector.',
    },
    [S.odisha2019],
  ),
  // ===== 12 June: Aziz in New Delhi =====
  ev(
    'TalksRoundOpened',
    'round-delhi-opened',
    when('1999-06-12'),
    {
      roundId: R.delhi,
      venue: 'Hyderabad House, New Delhi',
      delegations: [
        { actorId: 'india', head: JASWANT },
        { actorId: 'pakistan', head: AZIZ },
      ],
    },
    [S.rediff0612],
  ),
  ev(
    'DemandTabled',
    'dem-vacate',
    when('1999-06-12'),
    {
      demandId: D.vacate,
      by: 'india',
      addressedTo: ['pakistan'],
      text: 'Pull out the troops and extremists from the Kargil sector and restore the status quo ante on the Line of Control; respect its sanctity',
      category: 'territorial',
    },
    [S.mea0612, S.rediff0612b],
  ),
  ev(
    'PositionTaken',
    'pos-pakistan-vacate-0612',
    when('1999-06-12'),
    {
      demandId: D.vacate,
      actorId: 'pakistan',
      stance: 'counter-proposed',
      conditions:
        'A ceasefire, a joint working group to review and demarcate the Line of Control, and a reciprocal visit; a “partial de-escalation”',
      speaker: AZIZ,
    },
    [S.rediff0612, S.fpj2021],
  ),
  ev(
    'TalksRoundConcluded',
    'round-delhi-concluded',
    when('1999-06-12'),
    {
      roundId: R.delhi,
      outcome: 'no-progress',
      summary:
        'Seventy minutes and a working lunch in a frosty atmosphere; India rejects partial de-escalation and demands withdrawal; Aziz denies the evidence of Pakistan’s army’s part and says further talks are necessary. No further talks scheduled.',
    },
    [S.rediff0612, S.rediff0612b],
  ),
  ev(
    'StatementMade',
    'stmt-jaswant-0612',
    when('1999-06-12'),
    {
      speaker: JASWANT,
      audience: 'pakistan',
      tone: 'accusation',
      summary:
        'Jaswant Singh: the armed intrusion amounting to aggression must be vacated; those who tortured and killed Indian soldiers in captivity must be brought to justice.',
      quote: 'Sanctity of the LoC must be restored and respected.',
    },
    [S.mea0612],
  ),
  // ===== June: Tololing =====
  ev(
    'IncidentReported',
    'inc-tololing-0613',
    when('1999-06-13'),
    {
      incidentId: 'india-point-4590-1999-06-13',
      kind: 'clash',
      perpetrator: 'india',
      against: 'pakistan',
      place: P.drass,
      target: 'Point 4590, north of Tololing',
      fatalities: { min: 17, max: 17 },
      description:
        'The Rajputana Rifles and the Grenadiers evict the intruders from Point 4590, the nearest point overlooking the highway; 17 Indian soldiers killed in the battle, the intruders leaving “a large number of their dead”.',
    },
    [S.rediff0614, S.tribune0621],
  ),
  ev('ActorRegistered', 'actor-us', when('1999-06-15'), { actor: USA, role: 'third-party' }, [S.excelsior0615], {
    note: 'Clinton wrote to both prime ministers; India refused third-party mediation.',
  }),
  ev(
    'ThirdPartyEngagement',
    'tpe-clinton-0615',
    when('1999-06-15'),
    {
      actorId: 'united-states',
      counterparts: ['pakistan', 'india'],
      kind: 'outreach',
      summary:
        'Clinton asks Sharif by telephone to pull his forces out of Indian territory in Kashmir, saying no progress can be made until they are withdrawn; he called Vajpayee the day before.',
    },
    [S.excelsior0615],
  ),
  ev(
    'IncidentReported',
    'inc-point5140-0620',
    when('1999-06-20'),
    {
      incidentId: 'india-point-5140-1999-06-20',
      kind: 'clash',
      perpetrator: 'india',
      against: 'pakistan',
      place: P.drass,
      scale: 'major',
      target: 'Point 5140, the highest point of the Tololing ridge',
      fatalities: { min: 16, max: 16 },
      description:
        'A major multi-directional night attack by the Garhwal Rifles, the Jammu and Kashmir Rifles and the Naga Regiment takes Point 5140 and clears the Tololing ridge after 21 days of fighting; three Indian soldiers and 13 intruders killed; fierce fighting goes on at Tiger Hill.',
    },
    [S.tribune0621, S.rediff0620, S.ap0621, S.irish0622, S.rediff0626],
  ),
  ev('ActorRegistered', 'actor-g8', when('1999-06-20'), { actor: G8, role: 'third-party' }, [S.ap0621]),
  ev(
    'ThirdPartyEngagement',
    'tpe-g8-0620',
    when('1999-06-20'),
    {
      actorId: 'g8',
      counterparts: ['india', 'pakistan'],
      kind: 'outreach',
      summary:
        'The G8 leaders at Cologne urge a halt to the fighting, respect for the Line of Control and renewed talks, blaming “the infiltration of armed intruders”; India welcomes it.',
    },
    [S.ap0621, S.rediff0620],
  ),
  // ===== July: Tiger Hill, Washington, the last battles =====
  ev(
    'IncidentReported',
    'inc-tigerhill-0704',
    when('1999-07-04'),
    {
      incidentId: 'india-tiger-hill-1999-07-04',
      kind: 'clash',
      perpetrator: 'india',
      against: 'pakistan',
      place: P.drass,
      scale: 'major',
      target: 'Tiger Hill',
      description:
        'The 18 Grenadiers retake Tiger Hill after a fierce night-long battle with Pakistani soldiers along three approaches; mopping up goes on around it. One officer and 11 Indian soldiers are killed in Batalik and Drass in the day.',
    },
    [S.rediff0704, S.excelsior0704],
  ),
  ev(
    'ThirdPartyEngagement',
    'tpe-clinton-0704',
    when('1999-07-04'),
    {
      actorId: 'united-states',
      counterparts: ['pakistan'],
      kind: 'meeting',
      summary:
        'Clinton meets Sharif at Blair House for three hours; their statement says concrete steps will be taken to restore the Line of Control, and Clinton urges an immediate cessation of hostilities once they are taken. Clinton keeps Vajpayee informed by telephone.',
    },
    [S.statement0704, S.wh0704, S.reuters0704],
  ),
  ev(
    'PositionTaken',
    'pos-pakistan-vacate-0704',
    when('1999-07-04'),
    {
      demandId: D.vacate,
      actorId: 'pakistan',
      stance: 'accepted-in-principle',
      conditions: 'No time-frame; Pakistan will “appeal and use its influence” on the mujahideen',
      quote:
        'It was agreed between the President and the Prime Minister that concrete steps will be taken for the restoration of the Line of Control in accordance with the Simla Agreement.',
      speaker: SHARIF,
    },
    [S.statement0704, S.rediff0705],
  ),
  ev(
    'ActorRegistered',
    'actor-militants',
    when('1999-07-04'),
    { actor: MILITANTS, role: 'third-party' },
    [S.rediff0705],
    {
      note: 'Pakistan says the intruders are mujahideen; this fixture records the heights as held by Pakistan’s forces.',
    },
  ),
  ev(
    'IncidentReported',
    'inc-batalik-0707',
    when('1999-07-07'),
    {
      incidentId: 'india-batalik-points-1999-07-07',
      kind: 'clash',
      perpetrator: 'india',
      against: 'pakistan',
      place: P.batalik,
      scale: 'major',
      target: 'Points 5287 and 4927',
      fatalities: { min: 14, max: 14 },
      description:
        'In one of the fiercest encounters yet, the 11 Gorkha Rifles and the 1 Bihar take Points 5287 and 4927 north of Batalik; 14 enemy soldiers killed. Across the front, 92 Pakistani and 38 Indian soldiers are killed in 48 hours.',
    },
    [S.rediff0708],
  ),
  ev(
    'IncidentReported',
    'inc-drass-0707',
    when('1999-07-07'),
    {
      incidentId: 'india-drass-hilltop-1999-07-07',
      kind: 'clash',
      perpetrator: 'india',
      against: 'pakistan',
      place: P.drass,
      description:
        'Indian troops evict the intruders from a hilltop in Drass, facing stiff resistance and counter-attacks.',
    },
    [S.rediff0708],
  ),
  ev(
    'IncidentReported',
    'inc-drass-air-0709',
    when('1999-07-09'),
    {
      incidentId: 'india-airstrike-point-4388-1999-07-09',
      kind: 'airstrike',
      perpetrator: 'india',
      against: 'pakistan',
      place: P.drass,
      target: 'Point 4388 and an enemy concentration along the river north of it',
      description:
        'Indian Mirages strike an enemy concentration at Point 4388; in Drass the army fights a pitched battle, the Batalik–Yaldor sector retaken.',
    },
    [S.rediff0709],
  ),
  // ===== 11–18 July: the pull-out =====
  ev(
    'AgreementReached',
    'agr-dgmo',
    when('1999-07-11'),
    {
      agreementId: A.dgmo,
      kind: 'partial',
      provisions: [
        'Pakistan’s forces pull out sector by sector across the Line of Control (Kaksar from 10 July, then Mushkoh)',
        'No Indian air strikes, and some ground weapons not used, in the sectors being vacated during the pull-out',
      ],
      signatories: ['india', 'pakistan'],
      textPublic: false,
    },
    [S.rediff0711, S.rediff0712],
    {
      note: 'Agreed by the two DGMOs at Attari; Pakistan calls it a sector-by-sector ceasefire, India says there is no ceasefire or cessation of hostilities.',
    },
  ),
  ev(
    'PositionTaken',
    'pos-pakistan-vacate-0711',
    when('1999-07-11'),
    {
      demandId: D.vacate,
      actorId: 'pakistan',
      stance: 'accepted',
      quote:
        'The disengagement from the Mashkoh sector will commence tonight. Gradually the disengagement will be completed in the entire area.',
      speaker: AZIZ,
    },
    [S.rediff0711, S.rediff0712b],
  ),
  ev(
    'UltimatumIssued',
    'ult-deadline',
    when('1999-07-12'),
    {
      ultimatumId: U.deadline,
      by: 'india',
      to: ['pakistan'],
      demandIds: [D.vacate],
      deadline: '1999-07-16',
      consequences:
        'Operation Vijay goes on and no ceasefire is declared until the army regulars and mujahideen have left; no dialogue before',
    },
    [S.telegraph0713],
  ),
  ev(
    'StatementMade',
    'stmt-india-0712',
    when('1999-07-12'),
    {
      speaker: INDIA_GOVT,
      audience: 'pakistan',
      tone: 'warning',
      summary:
        'India’s defence ministry: Operation Vijay is still continuing, there is no ceasefire; Pakistan withdraws having suffered heavy casualties.',
      quote: 'There is no ceasefire or cessation of hostilities in the Kargil sector.',
    },
    [S.rediff0712],
  ),
  ev(
    'AgreementStatusChanged',
    'agr-lahore-suspended',
    when('1999-07-13'),
    {
      agreementId: A.lahore,
      status: 'suspended',
      by: 'india',
      reason:
        'India answers Sharif’s call for dialogue: the intrusion was a betrayal of trust that has set relations back; its future dealings are governed by a sequence of steps — the total withdrawal, then Pakistan’s reaffirming the Line of Control and ending its sponsorship of terrorism — and “till this is not completed to our satisfaction, no other steps will be taken”. On 3 August: “a betrayal of trust which has done great damage to the Lahore process ... The onus is now on Pakistan to repair the damage”.',
    },
    [S.mea0713, S.mea0803],
  ),
  ev(
    'IncidentReported',
    'inc-sandshill-0717',
    when('1999-07-17'),
    {
      incidentId: 'pakistan-firing-sands-hill-1999-07-17',
      kind: 'clash',
      perpetrator: 'pakistan',
      allegedBy: 'india',
      against: 'india',
      place: P.drass,
      target: 'Sands Hill near Tiger Hill',
      description:
        'On the day after the first deadline, extended to Sunday, the enemy is still firing at Sands Hill near Tiger Hill (a reporter at the Drass base camp).',
    },
    [graded(S.rediff0717, 3)],
  ),
  ev(
    'IncidentReported',
    'inc-withdrawal-0718',
    when('1999-07-18'),
    {
      incidentId: 'pakistan-withdraws-kargil-heights-1999-07-18',
      kind: 'withdrawal',
      perpetrator: 'pakistan',
      against: 'india',
      place: P.occupied,
      description:
        'The last Pakistani intruders leave Drass, Batalik and Kaksar (Point 5060 occupied by Indian troops at 18:00); the Mushkoh valley to be cleared by the next morning.',
    },
    [S.rediff0718, S.toi0719, S.rediff0716],
  ),
  ev(
    'UltimatumResolved',
    'ult-deadline-resolved',
    when('1999-07-18'),
    {
      ultimatumId: U.deadline,
      resolution: 'complied',
      summary: 'After two extensions asked by Pakistan’s DGMO, the pull-out is complete on Sunday 18 July.',
    },
    [S.rediff0718, S.rediff0716],
  ),
  ev(
    'AgreementStatusChanged',
    'agr-dgmo-done',
    when('1999-07-18'),
    {
      agreementId: A.dgmo,
      status: 'terminated',
      reason:
        'Carried out: the pull-out it set the modalities for is complete (Drass, Batalik and Kaksar cleared, Mushkoh by the next morning); nothing of it is left to apply.',
    },
    [S.rediff0718, S.toi0719],
  ),
  ev(
    'StatementMade',
    'stmt-bikram-0718',
    when('1999-07-18'),
    {
      speaker: BIKRAM,
      audience: 'pakistan',
      tone: 'neutral',
      summary:
        'The army announces the complete pull-out from Drass, Batalik and Kaksar; Operation Vijay is not over and troops stay in the sector.',
      quote: 'There is no ceasefire or cessation of hostilities. We will wait and watch the situation.',
    },
    [S.rediff0718],
  ),
  ev(
    'StatementMade',
    'stmt-india-0726',
    when('1999-07-26'),
    {
      speaker: INDIA_GOVT,
      audience: 'domestic audience',
      tone: 'neutral',
      summary: 'India declares Operation Vijay a success: its territory is free of Pakistani presence.',
    },
    [S.fpj2021],
  ),
  // ===== August: the Atlantique =====
  ev(
    'IncidentReported',
    'inc-atlantique-0810',
    when('1999-08-10T05:45:00Z'),
    {
      incidentId: 'india-downs-atlantique-1999-08-10',
      kind: 'clash',
      perpetrator: 'india',
      against: 'pakistan',
      place: P.kutch,
      target: 'A Pakistan Navy Breguet Atlantique',
      fatalities: { min: 16, max: 16 },
      description:
        'An Indian MiG-21 shoots down a Pakistan Navy Atlantique with an air-to-air missile near Kori Creek; all 16 on board (five officers, eleven sailors) are killed. India says it was 10 km inside Indian airspace and turned on its fighter; Pakistan that it was unarmed, on a training flight, and fell in Pakistan.',
    },
    [S.mea0810, S.dawn0810, S.wpAtlantique],
  ),
  ev(
    'StatementMade',
    'stmt-pakistan-0810',
    when('1999-08-10'),
    {
      speaker: QURESHI,
      audience: 'india',
      tone: 'accusation',
      summary:
        'Pakistan says the plane was unarmed, on a routine training flight in its own airspace, its wreckage inside Pakistan.',
      quote:
        'The aircraft was under civilian control, and in radio contact with Karachi air traffic control, at the time when it was shot down.',
    },
    [graded(S.dawn0810, 3), S.rediff0811],
  ),
  ev(
    'IncidentReported',
    'inc-missile-0811',
    when('1999-08-11'),
    {
      incidentId: 'pakistan-missile-indian-aircraft-1999-08-11',
      kind: 'clash',
      perpetrator: 'pakistan',
      against: 'india',
      place: P.kutch,
      target: 'Indian helicopters carrying journalists to the wreckage and their MiG-21 escort',
      description:
        'Pakistani troops at the crash site fire a surface-to-air missile towards three Indian helicopters carrying journalists; Pakistan says it fired at two MiG-21s. No one is hurt; both sides’ forces on red alert.',
    },
    [S.ap0812, S.telegraph0811, S.rediff0811],
  ),
  ev(
    'ThirdPartyEngagement',
    'tpe-us-0811',
    when('1999-08-11'),
    {
      actorId: 'united-states',
      counterparts: ['india', 'pakistan'],
      kind: 'outreach',
      summary:
        'The State Department urges restraint and calls on both to respect the 1991 accord barring flights close to the border without warning.',
    },
    [S.ap0812],
  ),
  // ===== October: the coup =====
  ev(
    'IncidentReported',
    'inc-alert-1012',
    when('1999-10-12'),
    {
      incidentId: 'india-forces-full-alert-1999-10-12',
      kind: 'force-posture',
      perpetrator: 'india',
      against: 'pakistan',
      place: 'India’s western border and the Line of Control',
      description:
        'Hours after Musharraf ousts Sharif in a bloodless coup, India’s armed forces go on full alert and its Cabinet Committee on Security meets, creating fresh tension.',
    },
    [S.chicago1013, S.aca1999],
  ),
  ev(
    'StatementMade',
    'stmt-musharraf-1017',
    when('1999-10-17'),
    {
      speaker: MUSHARRAF,
      audience: 'india',
      tone: 'conciliatory',
      summary: 'Musharraf announces that troops will be moved back from the border with India, a gesture of goodwill.',
    },
    [S.aca1999],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'india-pakistan-1999.jsonl',
  logEnd: '2026-12-07T02:00:00Z',
  events,
};

export default definition;
