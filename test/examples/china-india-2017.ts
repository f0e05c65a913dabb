/**
 * A test fixture, not a shipped example: China and India over the Doklam
 * plateau (Donglang to China), from the PLA's road building of 16 June 2017
 * and the Indian troops who crossed from Sikkim to stop it (18 June), through
 * the 73-day face-off and its disengagement (28 August 2017), to the Xiamen
 * meeting of Modi and Xi (5 September 2017) and the Wuhan informal summit
 * (27–28 April 2018), as an analyst following the news could have recorded
 * it. Escalation model v2 was never tuned on it: it is the case the model is
 * held to in china-india-2017.spec.ts, against calls written from DOMAIN.md
 * §5b alone. The same pair three years later is india-china-2020.ts; nothing
 * here is copied from it.
 *
 * What it tests: a long stand-off of troops with no shot fired, a crossing
 * closed to the other party's citizens (the Nathu La route of the Kailash
 * Mansarovar pilgrimage), a brawl without firearms (Pangong Tso, 15 August
 * 2017), a disengagement agreed, and a summit's informal consensus (Wuhan).
 * Bhutan, whose claim to Doklam China disputes, is a third party; India acted
 * for it. No mediator.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source.
 *
 * Titles are the pages' headlines where the stored copy shows one, else the
 * headline its address spells out.
 *
 * Grading as in examples/README.md: B = established outlet or wire copy (PTI,
 * Reuters, AFP through the outlets that carry them; Hindustan Times, Scroll,
 * Business Standard, Zee News, India Today, Firstpost, Mint, Financial
 * Express, The Asian Age, NDTV, News18, New Indian Express, Global Times and
 * China Daily for China's official statements); C = smaller, partisan or
 * aggregator outlets and blogs (OpIndia, Kashmir Reader, Sify, Suryaa,
 * domain-b, Pak Observer, Pacific Sentinel, Sputnik). 1 = a statement both
 * sides issued or confirmed; 2 = an on-record statement of one side, or a
 * fact several outlets agree on; 3 = one side's unverified claim or unnamed
 * sources about the other.
 *
 * Judgement calls, recorded as an analyst would:
 * - The face-off itself (Indian troops crossing on 18 June, some 270 with two
 *   bulldozers, and standing in the PLA's way for 73 days) is a
 *   `force-posture` of India against China, as China alleged it: a show of
 *   force, no force used and no shot fired. India's reports of jostling on
 *   18 June and of two bunkers destroyed by the PLA (denied by Indian
 *   commentators the next day) are left out: no source searched dates them
 *   firmly. The PLA's road building of 16 June is a `force-posture` of China
 *   against Bhutan, whose territory it is by Bhutan's claim, not an act on
 *   India.
 * - China's refusal, from 23 June 2017, to let Indian pilgrims cross the
 *   Nathu La pass (the Chinese embassy: "China has to halt their entry … "
 *   because Indian troops crossed at Doklam; India was told the pilgrims
 *   would pass only if it withdrew) is a `border-closure` against India: a
 *   crossing closed to the other party's citizens, by that party's decision,
 *   as leverage in the dispute. Trade and the Lipulekh route were not closed;
 *   the closure is of this crossing to these travellers, recorded as such.
 *   It lasts until China confirmed that the pilgrimage would resume on the
 *   route, which India's Minister of State told Parliament on 8 February 2018
 *   (after Swaraj raised it with Wang Yi in December 2017): a
 *   `border-reopening` dated approximately then. The later announcements
 *   (22 April, 8 May 2018) are statements; the first pilgrims crossed on
 *   20 June 2018. Both acts name the place as "Nathu La pass, Sikkim".
 * - China's demand that India withdraw "unconditionally", "as the
 *   precondition for any meaningful dialogue", is a demand (DemandTabled),
 *   restated many times, not an ultimatum: no deadline and no consequence
 *   stated beyond refusing talks. India's call for a simultaneous withdrawal
 *   (July) is its counter-proposal.
 * - The defence ministry's briefing of 24 July ("shaking a mountain is easy,
 *   shaking the PLA is hard"; emergency measures taken, deployments and
 *   drills to be stepped up; sovereignty safeguarded "at any cost") is a
 *   `military-threat`. The state press (Global Times, 5 July: India would
 *   suffer greater losses than in 1962 "if it incites a military conflict")
 *   is not an official voice: a `warning`, with a note.
 * - The Pangong Tso brawl of 15 August 2017 (stones, iron rods and fists, no
 *   firearm, minor injuries on both sides) is `non-lethal-force` by China as
 *   India's officials alleged it, against India: force on the other's troops
 *   short of armed action, coercion.
 * - The disengagement understanding of 28 August 2017 is an agreement
 *   (`partial`, in force), not a ceasefire: nobody had fired. India's
 *   statement announcing it is the same occurrence. Its implementation (the
 *   pull-back, verified by China the same day) is China's statement.
 * - Xiamen (5 September 2017) and Qingdao (9 June 2018) are informal rounds
 *   ending in `progress`. Wuhan (27–28 April 2018) ends in `agreement`: both
 *   sides announced that the leaders would issue "strategic guidance" to
 *   their militaries to build trust and manage the border. There was no joint
 *   text; the consensus is recorded as an `AgreementReached` of kind
 *   `framework`, text not public, in force, the round's occurrence.
 * - Left out for want of a dated report in the sources searched: the
 *   People's Daily editorial of 12 July, Xi's speech of 30 July (no country
 *   named), China's safety advisories to its citizens in India (8 July, 24
 *   August), the PLA's presence in north Doklam reported in the winter of
 *   2017–18, the Special Representatives' 20th round (22 December 2017) and
 *   China's protest at Modi's visit to Arunachal Pradesh (February 2018).
 *   Days with nothing recorded are not days with nothing done.
 */
import type { Actor, NegotiationEvent, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'china-india-doklam-2017';
const { ev, at } = caseKit(NEGOTIATION_ID, 'test-analyst', 2017);
/** A recordedAt in 2018, UTC. */
const at18 = (day: string, time: string): string => `2018-${day}T${time}:00Z`;

const CHINA: Actor = {
  id: 'china',
  name: "People's Republic of China",
  kind: 'state',
  aliases: ['China', 'Beijing', "People's Liberation Army", 'PLA'],
};
const INDIA: Actor = {
  id: 'india',
  name: 'India',
  kind: 'state',
  aliases: ['New Delhi', 'Indian Army', 'Ministry of External Affairs', 'MEA'],
};
const BHUTAN: Actor = {
  id: 'bhutan',
  name: 'Kingdom of Bhutan',
  kind: 'state',
  aliases: ['Bhutan', 'Thimphu', 'Royal Bhutan Army'],
};

const GENG: Person = {
  name: 'Geng Shuang',
  title: 'Spokesperson, Ministry of Foreign Affairs of China',
  actorId: 'china',
};
const LU: Person = { name: 'Lu Kang', title: 'Spokesperson, Ministry of Foreign Affairs of China', actorId: 'china' };
const HUA: Person = {
  name: 'Hua Chunying',
  title: 'Spokesperson, Ministry of Foreign Affairs of China',
  actorId: 'china',
};
const REN: Person = {
  name: 'Sr Col Ren Guoqiang',
  title: 'Spokesperson, Ministry of National Defence of China',
  actorId: 'china',
};
const WU: Person = {
  name: 'Sr Col Wu Qian',
  title: 'Spokesperson, Ministry of National Defence of China',
  actorId: 'china',
};
const XIE: Person = { name: 'Xie Liyan', title: 'Spokesperson, Embassy of China in India', actorId: 'china' };
const CN_MFA: Person = { name: 'Ministry of Foreign Affairs of China (statement)', actorId: 'china' };
const GLOBAL_TIMES: Person = { name: 'Global Times (state-run newspaper)', actorId: 'china' };
const XI: Person = { name: 'Xi Jinping', title: 'President of China', actorId: 'china' };
const MEA: Person = { name: 'Ministry of External Affairs of India (statement)', actorId: 'india' };
const JAITLEY: Person = { name: 'Arun Jaitley', title: 'Defence Minister of India', actorId: 'india' };
const JAISHANKAR: Person = { name: 'S. Jaishankar', title: 'Foreign Secretary of India', actorId: 'india' };
const SWARAJ: Person = { name: 'Sushma Swaraj', title: 'External Affairs Minister of India', actorId: 'india' };
const VK_SINGH: Person = {
  name: 'V.K. Singh',
  title: 'Minister of State for External Affairs of India',
  actorId: 'india',
};
const BHUTAN_GOVT: Person = { name: 'Government of Bhutan (embassy in New Delhi)', actorId: 'bhutan' };

const R = {
  nsa: 'nsa-beijing-2017-07-28',
  xiamen: 'xiamen-2017-09-05',
  beijing: 'fm-beijing-2018-04-22',
  wuhan: 'wuhan-2018-04-27',
  qingdao: 'qingdao-2018-06-09',
} as const;
const WITHDRAW = 'china-india-withdraw-doklam';
const NATHU_LA = 'Nathu La pass, Sikkim';
const DOKLAM = 'Doklam plateau (Donglang), near the Sikkim – Bhutan – Tibet tri-junction';

const S = {
  opindiaJun27: source(
    'China accuses Indian Army of stopping them from constructing road near border areas',
    'OpIndia',
    'https://opindia.com/2017/06/china-accuses-indian-army-of-stopping-them-from-constructing-road-near-border-areas',
    '2017-06-27',
    'C',
    2,
  ),
  htJun26: source(
    'China gives no reason for suspending Mansarovar Yatra, says in touch with India',
    'Hindustan Times',
    'https://www.hindustantimes.com/india-news/china-refuses-to-give-reason-for-suspending-mansarovar-yatra-says-two-govts-in-touch/story-nzcqxMy73zLosCUvJT2TWL.html',
    '2017-06-26',
    'B',
    2,
  ),
  scrollJun26: source(
    'China suspends Kailash Mansarovar Yatra via Nathu La, refuses to say why',
    'Scroll.in',
    'https://scroll.in/latest/841804/china-suspends-kailash-mansarovar-yatra-via-nathu-la-refuses-to-say-why',
    '2017-06-26',
    'B',
    2,
  ),
  sentinelJun28: source(
    'News Report: India Stops China’s Road Construction, Braces for Lengthy Face-off',
    'Pacific Sentinel (Sputnik)',
    'http://pacificsentinel.blogspot.sg/2017/06/news-report-india-stops-chinas-road.html',
    '2017-06-28',
    'C',
    2,
  ),
  gtJun28: source(
    'China urges India to withdraw guards crossing boundary',
    'Global Times',
    'https://www.globaltimes.cn/content/1054029.shtml',
    '2017-06-28',
    'B',
    2,
  ),
  kashmirJun30: source(
    'China hardens stance, says no dialogue till India withdraws troops',
    'Kashmir Reader',
    'https://kashmirreader.com/2017/06/30/china-hardens-stance-says-no-dialogue-till-india-withdraws-troops/',
    '2017-06-30',
    'C',
    2,
  ),
  sifyJun30: source(
    'Chinese troops entered Doklam area in attempt to construct road: MEA',
    'Sify',
    'http://www.sify.com/news/chinese-troops-entered-doklam-area-in-attempt-to-construct-road-mea-news-national-rg4oJzfiijiig.html',
    '2017-06-30',
    'C',
    2,
  ),
  rediffJun30: source(
    'Sikkim standoff: Kailash Mansarovar yatra through Nathu La cancelled',
    'Rediff (PTI)',
    'https://m.rediff.com/amp/news/report/sikkim-standoff-kailash-mansarovar-yatra-through-nathu-la-cancelled/20170630.htm',
    '2017-06-30',
    'B',
    2,
  ),
  pakobserverJul1: source(
    'China releases evidence of Indian army’s transgression into its territory',
    'Pakistan Observer (Reuters)',
    'http://pakobserver.net/china-releases-evidence-indian-armys-transgression-territory/',
    '2017-07-01',
    'C',
    2,
  ),
  bsJul5: source(
    'Nathula shut, China willing to discuss alternative Kailash',
    'Business Standard (PTI)',
    'https://www.business-standard.com/amp/article/pti-stories/nathula-shut-china-willing-to-discuss-alternative-kailash-117070501340_1.html',
    '2017-07-05',
    'B',
    2,
  ),
  kashmirJul20: source(
    'China preconditions talks with India',
    'Kashmir Reader',
    'https://kashmirreader.com/2017/07/20/china-preconditions-talks-with-india/',
    '2017-07-20',
    'C',
    2,
  ),
  zeeJul24: source(
    'Shaking a mountain is easy but shaking Chinese Army is hard: Beijing on Dokalam stand-off',
    'Zee News',
    'http://zeenews.india.com/india/shaking-a-mountain-is-easy-but-shaking-chinese-army-is-hard-beijing-on-dokalam-stand-off-2026341.html',
    '2017-07-24',
    'B',
    2,
  ),
  indiatodayJul24: source(
    "Moving a mountain easier than shaking PLA: China's army threatens India",
    'India Today',
    'https://www.indiatoday.in/world/story/chinese-army-pla-india-doklam-standoff-sikkim-border-standoff-1025895-2017-07-24',
    '2017-07-24',
    'B',
    2,
  ),
  chinadailyJul25: source(
    'Defense Ministry warns India to withdraw troops',
    'China Daily',
    'https://covid-19.chinadaily.com.cn/cndy/2017-07/25/content_30232613.htm',
    '2017-07-25',
    'B',
    2,
  ),
  scrollAug2: source(
    'Pull back troops from Doklam immediately, sign new border treaty, China tells India',
    'Scroll.in',
    'https://scroll.in/latest/845859/pull-back-troops-from-doklam-immediately-sign-new-border-treaty-china-tells-india',
    '2017-08-02',
    'B',
    2,
  ),
  domainbAug16: source(
    'Chinese troops hurl stones at Indian Army in Ladakh region',
    'domain-b (AFP, PTI)',
    'https://www.domain-b.com/defence/general/20170816_ladakh.html',
    '2017-08-16',
    'C',
    2,
  ),
  suryaaAug16: source(
    'China again asks India to withdraw after three months of Doklam standoff',
    'Suryaa (IANS)',
    'http://suryaa.com/17029-china-again-asks-india-to-withdraw-after-three-months-of-doklam-standoff.html',
    '2017-08-16',
    'C',
    2,
  ),
  bsAug18: source(
    'First violent clash between Indian, Chinese troops',
    'Business Standard',
    'http://www.business-standard.com/article/current-affairs/first-violent-clash-between-indian-chinese-troops-117081800054_1.html',
    '2017-08-18',
    'B',
    2,
  ),
  firstpostAug19: source(
    'Sikkim standoff: Video surfaces of clashes between Chinese Army and ITBP in Ladakh',
    'Firstpost (PTI)',
    'http://www.firstpost.com/world/sikkim-standoff-video-surfaces-of-clashes-between-chinese-army-and-itbp-in-ladakh-3950003.html',
    '2017-08-19',
    'B',
    2,
  ),
  mintAug28: source(
    'A timeline to the Doklam standoff',
    'Mint',
    'https://www.livemint.com/Politics/cnn184rRa6dVvFKfivST8M/A-timeline-to-the-Doklam-standoff.html',
    '2017-08-28',
    'B',
    2,
  ),
  firstpostAug28: source(
    'India, China take steps towards ending Doka La standoff as MEA announces expeditious disengagement',
    'Firstpost',
    'http://www.firstpost.com/india/india-china-take-steps-towards-ending-doka-la-standoff-as-mea-announces-expeditious-disengagement-3981849.html',
    '2017-08-28',
    'B',
    1,
  ),
  domainbAug28: source(
    'Doklam standoff resolved; Chinese, Indian troops begin pullback',
    'domain-b',
    'https://www.domain-b.com/defence/general/20170828_pullback.html',
    '2017-08-28',
    'C',
    1,
  ),
  fexpSep5: source(
    'When Narendra Modi met Xi Jinping, here’s what they talked about; don’t guess terrorism',
    'Financial Express',
    'http://www.financialexpress.com/india-news/when-narendra-modi-met-xi-jinping-heres-what-they-talked-about-dont-guess-terrorism/841961/',
    '2017-09-05',
    'B',
    2,
  ),
  asianageSep6: source(
    'BRICS Summit: PM Modi, Xi Jinping talks move beyond Doklam',
    'The Asian Age',
    'https://asianage.com/world/asia/060917/brics-summit-pm-modi-xi-jinping-talks-move-beyond-doklam.html',
    '2017-09-06',
    'B',
    2,
  ),
  sputnikFeb9: source(
    'China reopens mountain pass for Indian pilgrims',
    'Sputnik',
    'https://sputniknews.com/asia/201802091061517490-china-reopens-mountain-pass/',
    '2018-02-09',
    'C',
    2,
  ),
  zeeApr22: source(
    'Kailash Mansarovar Yatra to resume through Nathu La route in Sikkim in 2018',
    'Zee News',
    'https://zeenews.india.com/india/kailash-mansarovar-yatra-to-resume-through-nathu-la-route-in-sikkim-in-2018-2102217.html/amp',
    '2018-04-22',
    'B',
    2,
  ),
  nieApr23: source(
    'PM Modi to meet Chinese President for talks on April 27-28',
    'The New Indian Express',
    'http://www.newindianexpress.com/nation/2018/apr/23/pm-modi-to-meet-chinese-president-for-talks-on-april-27-28-1805047.html',
    '2018-04-23',
    'B',
    1,
  ),
  ndtvApr28: source(
    'Narendra Modi In China: Great Opportunity, Says PM To End Visit With A Walk With Xi Jinping In Wuhan',
    'NDTV',
    'https://www.ndtv.com/india-news/narendra-modi-in-china-great-opportunity-says-pm-to-end-visit-with-a-walk-with-xi-jinping-in-wuhan-1-1844105',
    '2018-04-28',
    'B',
    2,
  ),
  news18Apr28: source(
    'Narendra Modi in Wuhan LIVE: India, China may venture into joint economic project in Afghanistan',
    'News18',
    'https://www.news18.com/news/india/narendra-modi-in-wuhan-live-india-china-may-venture-into-joint-economic-project-in-afghanistan-1731107.html',
    '2018-04-28',
    'B',
    2,
  ),
  ndtvMay9: source(
    'Kailash Mansarovar Yatra Resumes Via Nathu La Pass: Sushma Swaraj',
    'NDTV',
    'https://www.ndtv.com/india-news/kailash-mansarovar-yatra-resumes-via-nathu-la-pass-sushma-swaraj-1849327',
    '2018-05-09',
    'B',
    2,
  ),
  htJun9: source(
    'Xi Jinping accepts PM Modi’s invitation for informal summit in India in 2019',
    'Hindustan Times',
    'https://www.hindustantimes.com/india-news/xi-jinping-accepts-pm-modi-s-invitation-for-informal-summit-in-india-in-2019/story-ap0gEG2RwqoPPEr69Y95JN.html',
    '2018-06-09',
    'B',
    2,
  ),
  ndtvJun20: source(
    'Kailash Mansarovar Pilgrims Cross Over To China From Nathu-La',
    'NDTV',
    'https://www.ndtv.com/india-news/kailash-mansarovar-pilgrims-cross-over-to-china-from-nathu-la-1870709',
    '2018-06-20',
    'B',
    2,
  ),
};

const events = [
  // ===== June 2017: the road, the crossing, the closed pass =====
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '2017-06-16', recordedAt: at('06-27', '09:00') },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'China – India stand-off and talks on the Doklam plateau, 2017–18',
      subject:
        'The military face-off on the Doklam plateau (Donglang), territory disputed between China and Bhutan, after Indian troops stopped the PLA building a road there, and the diplomatic contacts that ended it and restored relations.',
      parties: [CHINA, INDIA],
      mediators: [],
    },
    [S.opindiaJun27],
    { note: 'Dated to the PLA road building the case starts from; recorded when China’s protest was reported.' },
  ),
  ev(
    'ActorRegistered',
    'actor-bhutan',
    { occurredAt: '2017-06-16', recordedAt: at('06-27', '09:01') },
    { actor: BHUTAN, role: 'third-party' },
    [S.opindiaJun27],
  ),
  ev(
    'IncidentReported',
    'inc-india-crossing-2017-06-18',
    { occurredAt: '2017-06-18', recordedAt: at('06-27', '09:05') },
    {
      incidentId: 'india-troops-doklam-2017-06-18',
      kind: 'force-posture',
      perpetrator: 'india',
      allegedBy: 'china',
      against: 'china',
      target: 'PLA road-construction party and border troops',
      place: DOKLAM,
      description:
        'Indian border troops cross the boundary in the Sikkim section and stop the PLA building a road in Doklam (some 270 troops with two bulldozers, by China’s later account); the two sides’ troops face each other. No shot fired. China says it has taken counter-measures.',
    },
    [S.opindiaJun27],
  ),
  ev(
    'StatementMade',
    'stmt-geng-jun26',
    { occurredAt: '2017-06-26', recordedAt: at('06-27', '09:10') },
    {
      speaker: GENG,
      audience: 'india',
      tone: 'accusation',
      summary:
        'Indian border guards crossed the boundary in the Sikkim section, entered Chinese territory and obstructed the normal activities of Chinese frontier forces in Donglang; China has taken counter-measures and urges India to withdraw them immediately and investigate.',
      quote:
        'China urges India to immediately withdraw its border guards that have crossed the boundary and have a thorough investigation of this matter.',
    },
    [S.opindiaJun27],
  ),
  ev(
    'DemandTabled',
    'demand-withdraw',
    { occurredAt: '2017-06-26', recordedAt: at('06-27', '09:11') },
    {
      demandId: WITHDRAW,
      by: 'china',
      addressedTo: ['india'],
      text: 'Withdraw the Indian border troops that crossed into Doklam (Donglang), immediately and unconditionally, as the precondition for any meaningful dialogue.',
      category: 'territorial',
    },
    [S.opindiaJun27],
  ),
  ev(
    'IncidentReported',
    'inc-nathu-la-closure',
    { occurredAt: '2017-06-23', recordedAt: at('06-27', '09:15') },
    {
      incidentId: 'nathu-la-closed-2017-06-23',
      kind: 'border-closure',
      perpetrator: 'china',
      against: 'india',
      target: 'Indian pilgrims of the Kailash Mansarovar Yatra',
      place: NATHU_LA,
      description:
        'China refuses entry to the first batch of some 50 Indian pilgrims through the Nathu La pass, citing damaged roads, and gives no reason when asked; the pilgrimage through Nathu La is suspended. The Lipulekh route stays open.',
    },
    [S.htJun26, S.scrollJun26],
    { note: 'A crossing closed to the other party’s citizens, as leverage in the stand-off: see the header.' },
  ),
  ev(
    'StatementMade',
    'stmt-ren-jun26',
    { occurredAt: '2017-06-26', recordedAt: at('06-28', '12:00') },
    {
      speaker: REN,
      audience: 'india',
      tone: 'accusation',
      summary:
        'Indian troops crossed the border to prevent a road construction on Chinese territory; their provocation violated the consensus and agreements on border issues and seriously endangers peace in the border areas.',
      quote:
        'Indian troops’ provocation has violated the consensus and relevant agreements on border issues between the Chinese and Indian governments, seriously endangering the peace of the border areas.',
    },
    [S.sentinelJun28],
  ),
  ev(
    'StatementMade',
    'stmt-lu-jun28',
    { occurredAt: '2017-06-28', recordedAt: at('06-29', '09:00') },
    {
      speaker: LU,
      audience: 'india',
      tone: 'accusation',
      summary:
        'Doklam belongs to China, not Bhutan or India; China’s road building on its territory is legitimate and no other party may interfere; India must immediately withdraw its border guards.',
      quote:
        "China's road construction in Doklam area, which is our territory, is legitimate, and any other party has no right to interfere.",
    },
    [S.gtJun28],
  ),
  ev(
    'StatementMade',
    'stmt-lu-jun29',
    { occurredAt: '2017-06-29', recordedAt: at('06-30', '12:00') },
    {
      speaker: LU,
      audience: 'india',
      tone: 'critical',
      summary:
        'The withdrawal of Indian troops to the Indian side of the boundary is the precondition for settling the incident and the basis of any meaningful dialogue; the diplomatic channel remains unimpeded.',
      quote:
        'This is the precondition for the settlement of the incident and also the basis for us to conduct a meaningful dialogue.',
    },
    [S.kashmirJun30],
  ),
  ev(
    'IncidentReported',
    'inc-pla-road-2017-06-16',
    { occurredAt: '2017-06-16', recordedAt: at('06-30', '18:00') },
    {
      incidentId: 'pla-road-doklam-2017-06-16',
      kind: 'force-posture',
      perpetrator: 'china',
      allegedBy: 'india',
      against: 'bhutan',
      target: 'Territory claimed by Bhutan',
      place: DOKLAM,
      description:
        'A PLA construction party with earth movers enters the Doklam area to build a road; a Royal Bhutan Army patrol tries to dissuade it (India’s account).',
    },
    [S.sifyJun30],
  ),
  ev(
    'StatementMade',
    'stmt-mea-jun30',
    { occurredAt: '2017-06-30', recordedAt: at('06-30', '18:05') },
    {
      speaker: MEA,
      audience: 'china',
      tone: 'critical',
      summary:
        'India is deeply concerned at the recent Chinese actions: the road would be a significant change of the status quo with serious security implications for India; any attempt to determine tri-junction points unilaterally violates the 2012 understanding; India asks China for restraint and the status quo.',
      quote:
        'Such construction would represent a significant change of status quo with serious security implications for India.',
    },
    [S.sifyJun30],
  ),
  ev(
    'StatementMade',
    'stmt-india-yatra-jun30',
    { occurredAt: '2017-06-30', recordedAt: at('06-30', '18:10') },
    {
      speaker: { name: 'Government of India (officials)', actorId: 'india' },
      audience: 'china',
      tone: 'neutral',
      summary:
        'India calls off this year’s pilgrimage through Nathu La after Beijing made the pilgrims’ passage conditional on India moving its troops from Doklam; the Lipulekh route goes on.',
    },
    [S.rediffJun30],
  ),
  ev(
    'StatementMade',
    'stmt-lu-jul1',
    { occurredAt: '2017-06-30', recordedAt: at('07-01', '12:00') },
    {
      speaker: LU,
      audience: 'india',
      tone: 'accusation',
      summary:
        'China releases pictures it says show Indian troops trespassing: an undeniable fact that they crossed the boundary, violating the historical boundary conventions and the Indian government’s promises.',
    },
    [S.pakobserverJul1],
  ),
  ev(
    'StatementMade',
    'stmt-xie-jul5',
    { occurredAt: '2017-07-05', recordedAt: at('07-05', '18:00') },
    {
      speaker: XIE,
      audience: 'india',
      tone: 'accusation',
      summary:
        'Because Indian border troops crossed into Chinese territory at Doklam days before the pilgrims’ departure, China has had to halt their entry through Nathu La; the Lipulekh and unofficial routes go on, and China will discuss other arrangements.',
      quote:
        'To ensure the safe and smooth visit of Indian yatris, China has to halt their entry into Xizang through Nathula Pass.',
    },
    [S.bsJul5],
  ),
  // ===== July 2017: the demand restated, the threats =====
  ev(
    'StatementMade',
    'stmt-lu-jul20',
    { occurredAt: '2017-07-20', recordedAt: at('07-20', '18:00') },
    {
      speaker: LU,
      audience: 'india',
      tone: 'critical',
      summary:
        'The diplomatic channel is unimpeded; the withdrawal of the Indian border troops is the precondition for any meaningful dialogue; the Indian troops illegally trespassed into Chinese territory.',
    },
    [S.kashmirJul20],
  ),
  ev(
    'StatementMade',
    'stmt-wu-jul24',
    { occurredAt: '2017-07-24', recordedAt: at('07-24', '18:00') },
    {
      speaker: WU,
      audience: 'india',
      tone: 'military-threat',
      summary:
        'The PLA will safeguard China’s sovereignty whatever the cost; it has taken emergency response measures at the site and will step up targeted deployments and drills; India should not push its luck or harbour illusions, and must withdraw: its withdrawal is the basis of any resolution.',
      quote: 'Shaking a mountain is easy but shaking the People’s Liberation Army is hard.',
    },
    [S.zeeJul24, S.indiatodayJul24],
  ),
  ev(
    'StatementMade',
    'stmt-cn-mfa-aug2',
    { occurredAt: '2017-08-02', recordedAt: at('08-02', '12:00') },
    {
      speaker: CN_MFA,
      audience: 'india',
      tone: 'accusation',
      summary:
        'A 15-page document with maps: 270 Indian troops entered over 100 metres into Chinese territory on 18 June, over 400 at one point, and some 40 and a bulldozer remain; India must withdraw immediately with no strings attached; China proposes a new boundary convention.',
    },
    [S.scrollAug2],
  ),
  ev(
    'TalksRoundOpened',
    'round-nsa-opened',
    { occurredAt: '2017-07-28', recordedAt: at('08-02', '12:05') },
    {
      roundId: R.nsa,
      label: 'Doval – Yang Jiechi meeting in Beijing (BRICS security advisers’ meeting)',
      format: 'informal',
      venue: 'Beijing',
    },
    [S.scrollAug2],
  ),
  ev(
    'TalksRoundConcluded',
    'round-nsa-concluded',
    { occurredAt: '2017-07-28', recordedAt: at('08-02', '12:06') },
    {
      roundId: R.nsa,
      outcome: 'no-progress',
      summary:
        'Met at India’s request; Yang Jiechi expressed China’s “stern positions and explicit requirements” on the trespass of the Indian troops.',
    },
    [S.scrollAug2],
  ),
  // ===== August 2017: Pangong Tso, the disengagement =====
  ev(
    'StatementMade',
    'stmt-hua-aug16',
    { occurredAt: '2017-08-16', recordedAt: at('08-16', '18:00') },
    {
      speaker: HUA,
      audience: 'india',
      tone: 'critical',
      summary:
        'As the stand-off enters its third month: the Indian border troops must be withdrawn unconditionally, the precondition for any meaningful talks.',
    },
    [S.suryaaAug16],
  ),
  ev(
    'IncidentReported',
    'inc-pangong-2017-08-15',
    { occurredAt: '2017-08-15', recordedAt: at('08-19', '10:00') },
    {
      incidentId: 'pangong-brawl-2017-08-15',
      kind: 'non-lethal-force',
      perpetrator: 'china',
      allegedBy: 'india',
      against: 'india',
      target: 'Indian Army and ITBP patrol',
      place: 'North bank of Pangong Tso (Finger 4 – Finger 5), eastern Ladakh',
      description:
        'A PLA patrol trying twice to enter the area India holds is pushed back; the two patrols brawl with fists, stones and iron rods for about half an hour; minor injuries on both sides; no firearm used. Local commanders meet the next day. China says it is "not aware" of it.',
    },
    [S.domainbAug16, S.bsAug18, S.firstpostAug19],
    { note: 'Force on the other’s troops short of armed action: see the header.' },
  ),
  ev(
    'StatementMade',
    'stmt-hua-aug17',
    { occurredAt: '2017-08-16', recordedAt: at('08-19', '10:05') },
    {
      speaker: HUA,
      audience: 'india',
      tone: 'critical',
      summary:
        'On the Pangong reports: China is not aware of them; the PLA always patrols on the Chinese side of the LAC; China urges India to abide by the LAC and the two sides’ conventions.',
      quote: 'We urge the Indian side abide by the LAC and relevant conventions between the two sides.',
    },
    [S.firstpostAug19],
  ),
  ev(
    'StatementMade',
    'stmt-jaitley-jun30',
    { occurredAt: '2017-06-30', recordedAt: at('08-28', '09:00') },
    {
      speaker: JAITLEY,
      audience: 'china',
      tone: 'warning',
      summary: 'The India of 2017 is different from the India of 1962, when it fought a brief war with China.',
    },
    [S.mintAug28],
    { note: 'Recorded late, from a timeline published when the stand-off ended.' },
  ),
  ev(
    'StatementMade',
    'stmt-bhutan-jun20',
    { occurredAt: '2017-06-20', recordedAt: at('08-28', '09:00') },
    {
      speaker: BHUTAN_GOVT,
      audience: 'china',
      tone: 'critical',
      summary:
        'Bhutan formally protests, through its embassy in New Delhi, against China’s road construction on the Doklam plateau.',
    },
    [S.mintAug28],
    { note: 'Recorded late, from the timeline.' },
  ),
  ev(
    'StatementMade',
    'stmt-gt-jul5',
    { occurredAt: '2017-07-05', recordedAt: at('08-28', '09:01') },
    {
      speaker: GLOBAL_TIMES,
      audience: 'india',
      tone: 'warning',
      summary: 'India will suffer greater losses than in 1962 if it incites a military conflict.',
    },
    [S.mintAug28],
    {
      note: 'State press, not an official voice: recorded as a warning, not a threat of war (see the header). Recorded late.',
    },
  ),
  ev(
    'IncidentReported',
    'inc-tibet-drill-2017-07-17',
    { occurredAt: '2017-07-17', recordedAt: at('08-28', '09:02') },
    {
      incidentId: 'pla-live-fire-tibet-2017-07-17',
      kind: 'force-posture',
      perpetrator: 'china',
      against: 'india',
      target: 'Indian forces facing the PLA',
      place: 'Tibet',
      description: 'China’s military holds live-fire exercises in Tibet during the stand-off.',
    },
    [S.mintAug28, S.zeeJul24],
    { note: 'Recorded late, from the timeline.' },
  ),
  ev(
    'PositionTaken',
    'pos-india-simultaneous',
    { occurredAt: '2017-07-21', recordedAt: at('08-28', '09:03') },
    {
      demandId: WITHDRAW,
      actorId: 'india',
      stance: 'counter-proposed',
      conditions: 'A simultaneous withdrawal of the troops of both sides.',
    },
    [S.mintAug28],
    { note: 'Recorded late, from the timeline.' },
  ),
  ev(
    'StatementMade',
    'stmt-cn-mfa-aug24',
    { occurredAt: '2017-08-24', recordedAt: at('08-28', '11:00') },
    {
      speaker: CN_MFA,
      audience: 'india',
      tone: 'critical',
      summary:
        'India has "slapped its own face" by deciding to build a road near Pangong Lake; the move would worsen the Doklam dispute and is not conducive to peace in the region.',
    },
    [S.firstpostAug28],
  ),
  ev(
    'AgreementReached',
    'agreement-disengagement',
    { occurredAt: '2017-08-28', recordedAt: at('08-28', '12:00') },
    {
      agreementId: 'doklam-disengagement-2017-08-28',
      kind: 'partial',
      provisions: ['Expeditious disengagement of the border personnel at the face-off site at Doklam'],
      signatories: ['india', 'china'],
      textPublic: false,
      status: 'in-force',
    },
    [S.firstpostAug28, S.domainbAug28],
    { occurrence: 'disengagement-2017-08-28' },
  ),
  ev(
    'StatementMade',
    'stmt-mea-aug28',
    { occurredAt: '2017-08-28', recordedAt: at('08-28', '12:05') },
    {
      speaker: MEA,
      audience: 'china',
      tone: 'conciliatory',
      summary:
        'In recent weeks India and China have maintained diplomatic communication on Doklam; on this basis expeditious disengagement of border personnel at the face-off site has been agreed and is ongoing.',
      quote:
        'Expeditious disengagement of border personnel at the face-off site at Doklam has been agreed to and is on-going.',
    },
    [S.firstpostAug28],
    { occurrence: 'disengagement-2017-08-28' },
  ),
  ev(
    'StatementMade',
    'stmt-china-aug28',
    { occurredAt: '2017-08-28', recordedAt: at('08-28', '12:10') },
    {
      speaker: CN_MFA,
      audience: 'india',
      tone: 'neutral',
      summary:
        'The Indian side has withdrawn its personnel and equipment that crossed the boundary, which Chinese officials verified (Xinhua: Indian troops withdrawing); China will go on exercising its sovereignty in the area.',
    },
    [S.domainbAug28],
  ),
  // ===== September 2017: Xiamen =====
  ev(
    'TalksRoundOpened',
    'round-xiamen-opened',
    { occurredAt: '2017-09-05', recordedAt: at('09-05', '18:00') },
    {
      roundId: R.xiamen,
      label: 'Modi – Xi bilateral meeting on the sidelines of the BRICS summit',
      format: 'informal',
      venue: 'Xiamen',
    },
    [S.fexpSep5],
  ),
  ev(
    'TalksRoundConcluded',
    'round-xiamen-concluded',
    { occurredAt: '2017-09-05', recordedAt: at('09-05', '18:05') },
    {
      roundId: R.xiamen,
      outcome: 'progress',
      summary:
        'An hour-long meeting, "forward-looking" and "constructive": peace and tranquillity in the border areas is a prerequisite; closer communication between the defence and security personnel of the two countries; the Astana understanding (not to let differences become disputes) reaffirmed.',
    },
    [S.fexpSep5],
  ),
  ev(
    'StatementMade',
    'stmt-jaishankar-sep5',
    { occurredAt: '2017-09-05', recordedAt: at('09-06', '09:00') },
    {
      speaker: JAISHANKAR,
      audience: 'china',
      tone: 'conciliatory',
      summary:
        'Defence and security personnel must maintain strong contacts and cooperation so that the sort of situation that happened recently does not recur; differences should be handled with mutual respect.',
      quote: 'It was a forward-looking conversation and not a backward-looking one.',
    },
    [S.fexpSep5, S.asianageSep6],
  ),
  ev(
    'StatementMade',
    'stmt-xi-sep5',
    { occurredAt: '2017-09-05', recordedAt: at('09-06', '09:05') },
    {
      speaker: XI,
      audience: 'india',
      tone: 'conciliatory',
      summary:
        'Healthy, stable relations are in the fundamental interest of both; China wants the relationship on the right track; the two are opportunities for each other, not threats.',
    },
    [S.asianageSep6],
  ),
  // ===== 2018: the pass reopened, Wuhan =====
  ev(
    'IncidentReported',
    'inc-nathu-la-reopening',
    { occurredAt: '2018-02-08', precision: 'approximate', recordedAt: at18('02-09', '12:00') },
    {
      incidentId: 'nathu-la-reopened-2018-02',
      kind: 'border-reopening',
      perpetrator: 'china',
      against: 'india',
      target: 'Indian pilgrims of the Kailash Mansarovar Yatra',
      place: NATHU_LA,
      description:
        'China confirms that the pilgrimage will resume through the Nathu La pass, after India raised it, Swaraj with Wang Yi among others in December 2017 (India’s Minister of State told Parliament).',
    },
    [S.sputnikFeb9],
    { note: 'China’s confirmation is undated; dated to the reply in Parliament that reported it (see the header).' },
  ),
  ev(
    'StatementMade',
    'stmt-vksingh-feb8',
    { occurredAt: '2018-02-08', recordedAt: at18('02-09', '12:05') },
    {
      speaker: VK_SINGH,
      audience: 'china',
      tone: 'neutral',
      summary:
        'The Chinese government has confirmed the resumption of the pilgrimage through Nathu La, after India raised it, including at the External Affairs Minister’s meeting with China’s Foreign Minister in December 2017.',
    },
    [S.sputnikFeb9],
  ),
  ev(
    'TalksRoundOpened',
    'round-beijing-opened',
    { occurredAt: '2018-04-22', recordedAt: at18('04-23', '09:00') },
    {
      roundId: R.beijing,
      label: 'Swaraj – Wang Yi talks in Beijing',
      format: 'formal',
      venue: 'Beijing',
    },
    [S.zeeApr22, S.nieApr23],
  ),
  ev(
    'TalksRoundConcluded',
    'round-beijing-concluded',
    { occurredAt: '2018-04-22', recordedAt: at18('04-23', '09:05') },
    {
      roundId: R.beijing,
      outcome: 'progress',
      summary:
        'A broad consensus on high-level contacts: Modi and Xi will hold an informal summit in Wuhan on 27–28 April; the pilgrimage through Nathu La will resume this year.',
    },
    [S.zeeApr22, S.nieApr23],
  ),
  ev(
    'TalksRoundScheduled',
    'round-wuhan-scheduled',
    { occurredAt: '2018-04-22', recordedAt: at18('04-23', '09:10') },
    {
      roundId: R.wuhan,
      label: 'Wuhan informal summit of Modi and Xi',
      format: 'informal',
      venue: 'Wuhan',
      plannedFor: '2018-04-27',
    },
    [S.nieApr23],
  ),
  ev(
    'TalksRoundOpened',
    'round-wuhan-opened',
    { occurredAt: '2018-04-27', recordedAt: at18('04-28', '09:00') },
    {
      roundId: R.wuhan,
      label: 'Wuhan informal summit of Modi and Xi',
      format: 'informal',
      venue: 'Wuhan',
    },
    [S.ndtvApr28],
  ),
  ev(
    'TalksRoundConcluded',
    'round-wuhan-concluded',
    { occurredAt: '2018-04-28', recordedAt: at18('04-28', '18:00') },
    {
      roundId: R.wuhan,
      outcome: 'agreement',
      summary:
        'Two days of talks without an agenda; the leaders agree to pursue a peaceful relationship and to issue strategic guidance to their militaries to build confidence and manage the border; Xi invited to a second informal summit in India in 2019.',
    },
    [S.news18Apr28, S.ndtvApr28],
    { occurrence: 'wuhan-2018-04-28' },
  ),
  ev(
    'AgreementReached',
    'agreement-wuhan',
    { occurredAt: '2018-04-28', recordedAt: at18('04-28', '18:05') },
    {
      agreementId: 'wuhan-consensus-2018-04-28',
      kind: 'framework',
      provisions: [
        'The two leaders issue strategic guidance to their militaries to strengthen communication and build trust and predictability in managing the border',
        'Peace and tranquillity in the border areas maintained',
      ],
      signatories: ['india', 'china'],
      textPublic: false,
      roundId: R.wuhan,
      status: 'in-force',
    },
    [S.news18Apr28],
    { occurrence: 'wuhan-2018-04-28', note: 'An informal consensus without a joint text: see the header.' },
  ),
  ev(
    'StatementMade',
    'stmt-swaraj-may8',
    { occurredAt: '2018-05-08', recordedAt: at18('05-09', '09:00') },
    {
      speaker: SWARAJ,
      audience: 'china',
      tone: 'conciliatory',
      summary:
        'The Nathu La pass has been opened for this year’s pilgrimage: ten batches of 50 pilgrims will go through it, eighteen of 60 through Lipulekh.',
      quote: 'I am happy to announce that it has now been opened for Yatra.',
    },
    [S.ndtvMay9],
  ),
  ev(
    'TalksRoundOpened',
    'round-qingdao-opened',
    { occurredAt: '2018-06-09', recordedAt: at18('06-10', '09:00') },
    {
      roundId: R.qingdao,
      label: 'Modi – Xi meeting on the sidelines of the SCO summit',
      format: 'informal',
      venue: 'Qingdao',
    },
    [S.htJun9],
  ),
  ev(
    'TalksRoundConcluded',
    'round-qingdao-concluded',
    { occurredAt: '2018-06-09', recordedAt: at18('06-10', '09:05') },
    {
      roundId: R.qingdao,
      outcome: 'progress',
      summary:
        'Measures to build on the Wuhan consensus, including steps to keep peace along the border and a second informal summit in India in 2019; agreements on hydrological data for the Brahmaputra and on rice exports.',
    },
    [S.htJun9],
  ),
  ev(
    'StatementMade',
    'stmt-sikkim-jun20',
    { occurredAt: '2018-06-20', recordedAt: at18('06-20', '18:00') },
    {
      speaker: { name: 'Government of Sikkim (information department)', actorId: 'india' },
      tone: 'neutral',
      summary:
        'The first batch of pilgrims since the Doklam stand-off, 31 pilgrims and two liaison officers, crosses into China through Nathu La.',
    },
    [S.ndtvJun20],
  ),
];

/** Every incident names who did it and whom it was aimed at: the pair, or Bhutan for the road on the land it claims. */
function actorProblems(evs: readonly NegotiationEvent[]): string[] {
  const known = ['india', 'china', 'bhutan'];
  return evs.flatMap((e) => {
    if (e.type !== 'IncidentReported') return [];
    const { perpetrator, against } = e.data;
    return perpetrator !== undefined && against !== undefined && known.includes(perpetrator) && known.includes(against)
      ? []
      : [`incident ${e.data.incidentId}: perpetrator or target missing`];
  });
}

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'china-india-2017.jsonl',
  logEnd: '2018-07-01T00:00:00Z',
  events,
  checks: actorProblems,
};

export default definition;
