/**
 * A test fixture, not a shipped example: India and Pakistan from the Mumbai
 * attacks (26–29 November 2008, 166 killed) to the end of 2009 — India's blame
 * on "elements" in Pakistan (28 November), Pakistan's offer and withdrawal of
 * its ISI chief's visit, India's demarche and its demand for the hand-over of
 * some twenty fugitives (1 December), Zardari's refusal and his doubt that the
 * captured gunman was Pakistani, the United States' visits (Rice in New Delhi,
 * Mullen in Islamabad, 3 December), Qureshi's "fully prepared in case war is
 * imposed" (9 December), the airspace incident Pakistan alleged (13 December)
 * and its air force's alert, the "pause" in the composite dialogue (16
 * December), Pakistan's troop moves from the Afghan border to the Indian one
 * (26 December), India's dossier (5 January 2009), Pakistan's acknowledgement
 * that Ajmal Kasab is Pakistani (7 January), its FIR and arrests (12
 * February), the Singh – Zardari meeting at Yekaterinburg (16 June), the
 * Sharm el-Sheikh joint statement (16 July), the foreign ministers in New York
 * (27 September) and India's seventh dossier (November 2009). Escalation model
 * v2 was never tuned on it: it is the case the model is held to in
 * india-pakistan-2008.spec.ts, against the calls an analyst makes from
 * DOMAIN.md §5b alone. Separate from the other India – Pakistan fixtures
 * (1965, 1999, 2001, 2016, 2019, 2025): nothing of theirs is recorded here.
 *
 * What it tests: a terrorist attack by a third party blamed on the other
 * party; demands for the hand-over of suspects; talks suspended; troop moves
 * and alerts with no fire; a denial and then an admission; and a joint
 * statement that resumes contact without resuming the dialogue.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source.
 *
 * Grading as in examples/README.md: B = established outlet or wire copy
 * (Reuters, AP, AFP, Washington Post, Guardian, Al Jazeera, The Hindu,
 * Hindustan Times, Business Standard, NDTV, Rediff/PTI, Xinhua); C = smaller
 * outlet, blog or forum copy of a wire story; 2 = an on-record statement or
 * act several outlets agree on; 3 = one side's unverified claim, unnamed
 * "diplomatic sources" or a single partisan outlet.
 *
 * Judgement calls, recorded as an analyst would:
 * - The pair is India and Pakistan. Lashkar-e-Taiba is a third party (a
 *   spoiler): its attack is not armed action between the pair. The attack is
 *   recorded once, on 26 November, at one place, "Mumbai" (ten sites in one
 *   city over three days), with the toll of 166 killed (175 with the nine
 *   gunmen killed); it carries no blame itself — India's blame comes with its
 *   statements: Singh's address of 27 November spoke only of "external
 *   linkages" (recorded as a warning, no blame), Mukherjee's "elements in
 *   Pakistan" of 28 November is the first blame on Pakistan, repeated on 26
 *   December, 5 and 6 January ("official agencies"), each recorded with
 *   `blames`.
 * - The United States and the United Kingdom pressed both sides (Rice,
 *   Mullen, Brown); neither party asked for mediation. They are registered as
 *   mediators, as in india-pakistan-2001.ts.
 * - Mukherjee's remarks of 3 December (India "would take appropriate action",
 *   did not rule out strikes on camps — the Hindu's copy) are a `threat`, not
 *   a `military-threat`: the day before he had said "nobody is talking of
 *   military action against Pakistan". Qureshi's "we do not want to impose
 *   war, but we are fully prepared in case war is imposed on us" (9 December)
 *   names war: `military-threat`.
 * - The airspace incident of 13 December is Pakistan's allegation (its air
 *   force: Indian jets over Azad Kashmir and Lahore, chased back), denied by
 *   India's air force: a `force-posture` of India's as alleged by Pakistan,
 *   no fire; Pakistan's air force on alert the same day is its own
 *   `force-posture`. Neither is armed action, and no border was closed.
 * - The troop moves of 26 December (AP: the 14th Division to Kasur and
 *   Sialkot, some 20,000; a Pakistani official: no more than 5,000, "minimum
 *   required defensive steps"; ISPR: seasonal shifting) are a `force-posture`
 *   of Pakistan's against India, no fire. The leave cancelled is in its
 *   description.
 * - The dialogue's suspension is dated 16 December, when Mukherjee said on
 *   record there was "a pause in the composite dialogue process" (Reuters);
 *   the earlier "on hold" (IANS, 5 December) and "suspend indefinitely" (ANI,
 *   8 December) reports cite unnamed sources and are in its note. The
 *   dialogue is never recorded as resumed: at Sharm el-Sheikh the joint
 *   statement "delinked" action on terrorism from the dialogue but Singh said
 *   there would be no talks until the perpetrators were punished, and the
 *   foreign secretaries were only to meet "as often as necessary".
 * - Yekaterinburg (16 June), Sharm el-Sheikh (16 July) and New York (26–27
 *   September) are recorded as rounds of talks (informal), each opened and
 *   concluded the same day; the Sharm el-Sheikh statement is not an
 *   agreement being implemented (no provisions to carry out besides meeting
 *   again), so no `AgreementReached` is recorded.
 * - The seventh dossier (November 2009): India Today's URL dates it 16
 *   November while its text says "Tuesday" (17 November); recorded on 16
 *   November, as the page is dated.
 * - Left out for want of a dated source found in time: the Muridke raid and
 *   Lakhvi's arrest (7–8 December 2008), the UN listing of Jamaat-ud-Dawa (10
 *   December), Pakistan's charging of seven suspects (25 November 2009) and
 *   the Headley arrest in the United States (October 2009, a third party's).
 */
import type { Actor, NegotiationEvent, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, retrospectiveClock, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'india-pakistan-2008';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 2008);
const when = retrospectiveClock('2026-12-07T04:40:00Z');

const INDIA: Actor = { id: 'india', name: 'Republic of India', kind: 'state', aliases: ['India', 'New Delhi'] };
const PAKISTAN: Actor = {
  id: 'pakistan',
  name: 'Islamic Republic of Pakistan',
  kind: 'state',
  aliases: ['Pakistan', 'Islamabad'],
};
const USA: Actor = {
  id: 'united-states',
  name: 'United States of America',
  kind: 'state',
  aliases: ['US', 'Washington'],
};
const UK: Actor = { id: 'united-kingdom', name: 'United Kingdom', kind: 'state', aliases: ['UK', 'Britain'] };
const LET: Actor = {
  id: 'lashkar-e-taiba',
  name: 'Lashkar-e-Taiba',
  kind: 'armed-group',
  aliases: ['LeT', 'Lashkar-e-Tayyaba', 'Jamaat-ud-Dawa'],
};

const SINGH: Person = { name: 'Manmohan Singh', title: 'Prime Minister of India', actorId: 'india' };
const MUKHERJEE: Person = {
  name: 'Pranab Mukherjee',
  title: 'Minister of External Affairs of India',
  actorId: 'india',
};
const MENON: Person = { name: 'Shivshankar Menon', title: 'Foreign Secretary of India', actorId: 'india' };
const KRISHNA: Person = { name: 'S. M. Krishna', title: 'Minister of External Affairs of India', actorId: 'india' };
const MEA: Person = { name: 'Ministry of External Affairs of India', actorId: 'india' };
const ZARDARI: Person = { name: 'Asif Ali Zardari', title: 'President of Pakistan', actorId: 'pakistan' };
const GILANI: Person = { name: 'Yousaf Raza Gilani', title: 'Prime Minister of Pakistan', actorId: 'pakistan' };
const QURESHI: Person = { name: 'Shah Mehmood Qureshi', title: 'Foreign Minister of Pakistan', actorId: 'pakistan' };
const SADIQ: Person = { name: 'Mohammad Sadiq', title: 'Foreign Office spokesman, Pakistan', actorId: 'pakistan' };
const MALIK: Person = {
  name: 'Rehman Malik',
  title: 'Adviser to the Prime Minister on Interior, Pakistan',
  actorId: 'pakistan',
};
const PAK_SECURITY: Person = { name: 'A senior Pakistani security official (unnamed)', actorId: 'pakistan' };

const S = {
  globeChron: source(
    'Mumbai massacre chronology',
    'The Globe and Mail',
    'https://www.theglobeandmail.com/news/world/asia-pacific/mumbai-massacre-chronology/article1555211/?cmpid=rss1',
    '2010-05-03',
    'B',
    2,
  ),
  zeeAttack: source(
    'Nawaz Sharif admits Pakistan-based terror outfits responsible for 2008 Mumbai attacks (with a timeline of 26/11)',
    'Zee News',
    'http://zeenews.india.com/india/nawaz-sharif-admits-pakistan-based-terror-outfits-responsible-for-2008-mumbai-attacks-2107311.html',
    '2018-05-12',
    'B',
    2,
  ),
  bloombergNov29: source(
    "Pakistan won't send intelligence head to India (Bloomberg)",
    'Beritabiz (blog copy of Bloomberg)',
    'http://beritabiz.blogspot.com/2008/11/pakistan-wont-send-intelligence-head-to.html',
    '2008-11-29',
    'C',
    2,
  ),
  uncensoredNov28: source(
    "ISI chief to visit India on PM's summon",
    'Uncensored News (blog copy of agency reports)',
    'https://uncensorednews.wordpress.com/2008/11/28/isi-chief-to-visit-india-on-pm%E2%80%99s-summon/',
    '2008-11-28',
    'C',
    2,
  ),
  rediffNov29: source(
    "Pak's U-turn: ISI chief's visit to India cancelled (PTI)",
    'Rediff',
    'http://www.rediff.com/news/2008/nov/29mumterror-isi-chief-visit-to-india-cancelled.htm',
    '2008-11-29',
    'B',
    2,
  ),
  france24Nov29: source(
    'Pakistan to dispatch intelligence agent, not chief (Reuters)',
    'France 24',
    'http://www.france24.com/en/20081129-pakistan-dispatch-intelligence-agent-not-chief-mumbai-attacks/',
    '2008-11-30',
    'B',
    2,
  ),
  rantburgNov30: source(
    'ISI chief not going to India',
    'Rantburg (copy of agency reports)',
    'http://www.rantburg.com/Jmailer.php?ID=256246',
    '2008-11-30',
    'C',
    2,
  ),
  wpDec2: source(
    'India Demands Pakistan Hand Over Fugitives',
    'The Washington Post',
    'http://www.washingtonpost.com/wp-dyn/content/article/2008/12/02/AR2008120200188.html',
    '2008-12-02',
    'B',
    2,
  ),
  france24Dec2: source(
    'India demands Pakistan hand over fugitives (Reuters)',
    'France 24',
    'https://www.france24.com/en/20081202-india-demands-pakistan-hand-over-fugitives-mumbai-attacks',
    '2008-12-02',
    'B',
    2,
  ),
  telegraphDec3: source(
    'India demands Pakistan hand over suspects; Government seeks 20 most wanted militants',
    'As in the Days of Noah (blog copy of a British newspaper report)',
    'http://asinthedaysofnoah.blogspot.com/2008/12/india-demands-pakistan-hand-over.html',
    '2008-12-03',
    'C',
    2,
  ),
  htDec4: source(
    'Tensions mount as Zardari rules out handing over fugitives to India',
    'Hindustan Times',
    'http://www.hindustantimes.com/world/tensions-mount-as-zardari-rules-out-handing-over-fugitives-to-india/story-sFtSsGei6MIz0R8zrs8avJ.html',
    '2008-12-04',
    'B',
    2,
  ),
  hinduDec4: source(
    'Zardari rules out returning fugitives (The Hindu)',
    'Spoonfeedin (blog copy of The Hindu)',
    'http://spoonfeedin.blogspot.com/2008/12/world-pakistanzardari-rules-out.html',
    '2008-12-04',
    'C',
    2,
  ),
  debkaDec3: source(
    'Pakistan refuses to hand over 20 wanted terrorists as Rice lands in New Delhi',
    'DEBKAfile',
    'https://www.debka.com/pakistan-refuses-to-hand-over-20-wanted-terrorists-as-rice-lands-in-new-delhi/',
    '2008-12-03',
    'C',
    3,
  ),
  afpDec27: source(
    "India's year of diplomatic triumph and terror (AFP)",
    'Indian Revolutioners (blog copy of AFP)',
    'https://indianrevolutioners.blogspot.com/2008/12',
    '2008-12-27',
    'C',
    2,
  ),
  ianssDec5: source(
    'India-Pakistan composite dialogue "on hold" (IANS)',
    'North News (blog copy of IANS)',
    'http://northnews2008.blogspot.com/2008/12/india-pakistan-composite-dialogue-on.html',
    '2008-12-05',
    'C',
    3,
  ),
  aniDec8: source(
    'Pakistan, India suspend talks indefinitely (ANI)',
    'TopNews',
    'https://topnews.in/pakistan-india-suspend-talks-indefinitely-296444',
    '2008-12-08',
    'C',
    3,
  ),
  afpDec9: source(
    'What Next? (quoting AFP: Pakistan will not hand over suspects, ready for war if attacked)',
    'PJ Media',
    'https://pjmedia.com/vodkapundit/2008/12/09/what-next-6-n231219',
    '2008-12-09',
    'C',
    2,
  ),
  wpDec14: source(
    'Pakistan Says Indian Fighter Jets Breached Its Airspace',
    'The Washington Post',
    'http://www.washingtonpost.com/wp-dyn/content/article/2008/12/13/AR2008121301311.html',
    '2008-12-14',
    'B',
    2,
  ),
  afpDec14: source(
    'India denies violating Pakistani airspace (AFP)',
    'Lanka Business Online',
    'https://www.lankabusinessonline.com/india-denies-violating-pakistani-airspace/',
    '2008-12-14',
    'C',
    2,
  ),
  asiaoneDec14: source(
    "Pakistan, India row over 'violation' by fighter jets (AFP)",
    'AsiaOne',
    'http://news.asiaone.com/News/Latest+News/Asia/Story/A1Story20081214-107693.html',
    '2008-12-14',
    'B',
    2,
  ),
  reutersDec16: source(
    'India-Pakistan talks stalled after attacks',
    'Reuters',
    'https://www.reuters.com/article/us-india-mumbai-pakistan/india-pakistan-talks-stalled-after-attacks-idUSTRE4BF3GK20081216',
    '2008-12-16',
    'B',
    2,
  ),
  toiDec17: source(
    'India keeps up pressure, puts peace process with Pak on hold (Times of India)',
    'Cannot Wait (blog copy of The Times of India)',
    'http://cannot-wait.blogspot.com/2008/12/india-keeps-up-pressure-puts-peace.html',
    '2008-12-17',
    'C',
    2,
  ),
  foxDec26: source(
    'Pakistan Moving Troops Away From Afghan Border (AP)',
    'Fox News',
    'http://www.foxnews.com/story/2008/12/26/pakistan-moving-troops-away-from-afghan-border.html',
    '2008-12-26',
    'B',
    2,
  ),
  wpDec27: source(
    'Pakistan Moves Troops From Tribal Areas to Border With India',
    'The Washington Post',
    'http://www.washingtonpost.com/wp-dyn/content/article/2008/12/26/AR2008122601198.html',
    '2008-12-27',
    'B',
    2,
  ),
  apDec27: source(
    'Pakistan moves troops toward Indian border (AP)',
    'Southeast Missourian',
    'https://www.semissourian.com/story/1489032.html',
    '2008-12-27',
    'C',
    2,
  ),
  guardianJan5: source(
    'India hands Mumbai terror attack evidence to Pakistan',
    'The Guardian',
    'https://www.theguardian.com/world/2009/jan/05/mumbai-terror-attacks-india-pakistan',
    '2009-01-05',
    'B',
    2,
  ),
  mcclatchyJan5: source(
    'India says Pakistan officials had to know of Mumbai plans',
    'McClatchy',
    'https://www.mcclatchydc.com/news/nation-world/world/article24518932.html',
    '2009-01-05',
    'B',
    2,
  ),
  guardianJan6: source(
    'India hands Mumbai dossier to Pakistan to back extradition plea',
    'The Guardian',
    'https://www.theguardian.com/world/2009/jan/06/mumbai-terror-attacks-suspects',
    '2009-01-06',
    'B',
    2,
  ),
  bsJan8: source(
    'Pak admits Kasab is its national',
    'Business Standard',
    'https://www.business-standard.com/article/economy-policy/pak-admits-kasab-is-its-national-109010801052_1.html',
    '2009-01-08',
    'B',
    2,
  ),
  ajJan7: source(
    'Pakistan fires security adviser',
    'Al Jazeera',
    'https://www.aljazeera.com/news/asia/2009/01/200917205337680134.html',
    '2009-01-07',
    'B',
    2,
  ),
  ianssJan8: source(
    'Pakistan officially admits Kasab is a Pakistani citizen (IANS)',
    'Nagaland Post',
    'https://nagalandpost.com/index.php/2009/01/08/pakistan-officially-admits-kasab-is-a-pakistani-citizen/',
    '2009-01-08',
    'C',
    2,
  ),
  reutersFeb12: source(
    'Pakistan says it arrests Mumbai attack plotters',
    'Reuters',
    'https://www.reuters.com/article/us-pakistan-india-idUSTRE51B25820090212',
    '2009-02-12',
    'B',
    2,
  ),
  hinduFeb13: source(
    '26/11 partly planned in Pakistan: Malik',
    'The Hindu',
    'http://www.thehindu.com/todays-paper/article353707.ece',
    '2009-02-13',
    'B',
    2,
  ),
  wpFeb13: source(
    'Assault On Mumbai Planned In Pakistan',
    'The Washington Post',
    'http://www.washingtonpost.com/wp-dyn/content/story/2009/02/13/ST2009021300034.html',
    '2009-02-13',
    'B',
    2,
  ),
  pfpFeb18: source(
    'War with Pakistan not an option after Mumbai attacks states India’s Minister',
    'Pakistanis for Peace (blog)',
    'https://pakistanisforpeace.wordpress.com/2009/02/18/war-with-pakistan-not-an-option-after-mumbai-attacks-states-indias-minister/',
    '2009-02-18',
    'C',
    2,
  ),
  xinhuaJun16: source(
    'Indian, Pakistani leaders meet in Russia (Xinhua)',
    'China Daily',
    'http://www.chinadaily.com.cn/world/2009-06/16/content_8290666.htm',
    '2009-06-16',
    'B',
    2,
  ),
  ndtvJun16: source(
    'India, Pak Foreign Secretaries to meet to discuss terror',
    'NDTV',
    'https://ndtv.com/india-news/india-pak-foreign-secretaries-to-meet-to-discuss-terror-396315/amp/1',
    '2009-06-16',
    'B',
    2,
  ),
  netindianJun16: source(
    'PM tells Zardari to act against terror, two to meet again in Egypt in July',
    'NetIndian',
    'https://www.netindian.in/news/general/pm-tells-zardari-act-against-terror-two-meet-again-egypt-july',
    '2009-06-16',
    'C',
    2,
  ),
  appJul16: source(
    'Pakistan, India agree on resumption of peace talks (APP)',
    'NetGuide Plus (blog copy of APP)',
    'http://netguideplus.blogspot.com/2009/07/pakistan-india-agree-on-resumption-of.html',
    '2009-07-16',
    'C',
    2,
  ),
  hinduJul17: source(
    'Joint statement flowed from meeting of Prime Ministers (The Hindu)',
    'Siddharth Varadarajan',
    'https://svaradarajan.com/2009/07/17/joint-statement-flowed-from-meeting-of-prime-ministers/',
    '2009-07-17',
    'B',
    2,
  ),
  siasatJul17: source(
    'Talks, no dialogue: PM flip-flops on Pak',
    'The Siasat Daily',
    'https://archive.siasat.com/news/talks-no-dialogue-pm-flip-flops-pak-0-18336',
    '2009-07-17',
    'C',
    2,
  ),
  ndtvSharm: source(
    'What is the Sharm-al-Sheikh pact?',
    'NDTV',
    'https://www.ndtv.com/india-news/what-is-the-sharm-al-sheikh-pact-416647',
    '2010-04-29',
    'B',
    2,
  ),
  appJul18: source(
    'Pakistan gives evidence of Indian involvement in Balochistan: Gilani (APP)',
    'Defence.pk (forum copy of APP)',
    'https://defence.pk./threads/baluchistan-included-in-indo-pak-joint-statement.30125/post-428449',
    '2009-07-18',
    'C',
    2,
  ),
  ndtvSep27: source(
    'Krishna meets Qureshi; India rejects backchannel talks offer',
    'NDTV',
    'https://ndtv.com/world-news/krishna-meets-qureshi-india-rejects-backchannel-talks-offer-402259',
    '2009-09-27',
    'B',
    2,
  ),
  hinduSep27: source(
    'Krishna, Qureshi meet over dinner ahead of crucial talks',
    'The Hindu',
    'http://www.thehindu.com/news/international/krishna-qureshi-meet-over-dinner-ahead-of-crucial-talks/article25762.ece?textsize=large&test=1',
    '2009-09-27',
    'B',
    2,
  ),
  idsaOct: source(
    'EAM Krishna meets with his Pakistani counterpart in New York, urges progress in bringing the perpetrators of Mumbai attack to justice',
    'Institute for Defence Studies and Analyses (weekly review)',
    'https://idsa.in/TWIR/9_5_2009_Pakistan',
    '2009-10-05',
    'B',
    2,
  ),
  indiaTodayNov16: source(
    'India gives fresh dossier on Mumbai terror attack to Pakistan',
    'India Today',
    'https://prod-appfeeds.intoday.in/india/story/india-gives-fresh-dossier-on-mumbai-terror-attack-to-pakistan-61090-2009-11-16',
    '2009-11-16',
    'B',
    2,
  ),
};

const D = {
  isiChief: 'isi-chief-visit',
  handover: 'hand-over-fugitives',
  action: 'act-against-perpetrators',
  evidence: 'share-evidence',
  dialogue: 'resume-composite-dialogue',
} as const;
const INC = {
  mumbai: 'mumbai-attacks-2008-11-26',
  airspace: 'airspace-2008-12-13',
  pafAlert: 'paf-alert-2008-12-13',
  troops: 'troop-moves-2008-12-26',
} as const;
const R = {
  yekaterinburg: 'yekaterinburg-2009-06',
  sharm: 'sharm-el-sheikh-2009-07',
  newYork: 'new-york-2009-09',
} as const;

const events: readonly NegotiationEvent[] = [
  // ===== 26–29 November 2008: the attacks and the first blame =====
  ev(
    'NegotiationOpened',
    'opened',
    when('2008-11-26'),
    {
      negotiationId: NEGOTIATION_ID,
      title: 'India – Pakistan, 2008–09: the Mumbai attacks and the pause in the dialogue',
      subject:
        "The crisis after the Mumbai attacks of 26–29 November 2008: India's blame on elements in Pakistan and its demands (the hand-over of suspects, action against the perpetrators), the suspension of the composite dialogue, the alerts and troop moves, Pakistan's denial and then its admission and prosecution, and the leaders' meetings at Yekaterinburg and Sharm el-Sheikh.",
      parties: [INDIA, PAKISTAN],
      mediators: [USA, UK],
    },
    [S.globeChron, S.zeeAttack],
    { note: 'The United States and the United Kingdom pressed both sides; neither party asked for mediation.' },
  ),
  ev('ActorRegistered', 'actor-let', when('2008-11-26'), { actor: LET, role: 'spoiler' }, [S.globeChron]),
  ev(
    'IncidentReported',
    'inc-mumbai',
    when('2008-11-26'),
    {
      incidentId: INC.mumbai,
      kind: 'militant-attack',
      perpetrator: 'lashkar-e-taiba',
      against: 'india',
      target:
        'Chhatrapati Shivaji Terminus, the Taj Mahal Palace and the Oberoi Trident hotels, Leopold Café, Nariman House, Cama Hospital',
      place: 'Mumbai',
      fatalities: { min: 166, max: 175 },
      injured: { min: 300, max: 308 },
      description:
        'Ten gunmen who came by sea from Karachi land in Colaba on the evening of 26 November and attack ten sites in south Mumbai; the siege of the Taj ends on 29 November when the National Security Guards kill the last attackers. 166 killed (175 with the nine gunmen), over 300 wounded; one gunman, Ajmal Kasab, is captured alive.',
    },
    [S.globeChron, S.zeeAttack],
  ),
  ev(
    'StatementMade',
    'stmt-singh-nov27',
    when('2008-11-27'),
    {
      speaker: SINGH,
      tone: 'warning',
      summary:
        'In a televised address, Singh says the attacks were "well-planned with external linkages" and that India will "go after" the individuals and organisations behind them; he names no country.',
    },
    [S.bloombergNov29],
  ),
  ev(
    'StatementMade',
    'stmt-mukherjee-nov28',
    when('2008-11-28'),
    {
      speaker: MUKHERJEE,
      audience: 'pakistan',
      tone: 'accusation',
      summary:
        '"According to preliminary information, some elements in Pakistan are responsible for Mumbai terror attacks"; proof cannot be disclosed yet; Pakistan had assured India its territory would not be used for attacks against it.',
      blames: { incidentId: INC.mumbai, on: 'pakistan' },
    },
    [S.uncensoredNov28, S.france24Nov29],
  ),
  ev(
    'DemandTabled',
    'dem-isi-chief',
    when('2008-11-28'),
    {
      demandId: D.isiChief,
      by: 'india',
      addressedTo: ['pakistan'],
      text: 'Send the Director General of the ISI, Lt Gen Shuja Pasha, to New Delhi to share information on the attacks.',
      category: 'security',
    },
    [S.uncensoredNov28, S.rediffNov29],
    { note: 'Singh asked Gilani by telephone; Gilani agreed the same day.' },
  ),
  ev(
    'PositionTaken',
    'pos-pak-isi-accept',
    when('2008-11-28'),
    { demandId: D.isiChief, actorId: 'pakistan', stance: 'accepted', speaker: GILANI },
    [S.uncensoredNov28, S.rediffNov29],
  ),
  ev(
    'PositionTaken',
    'pos-pak-isi-counter',
    when('2008-11-29'),
    {
      demandId: D.isiChief,
      actorId: 'pakistan',
      stance: 'counter-proposed',
      conditions: 'A representative of the ISI, not its Director General, will go to India.',
      speaker: GILANI,
    },
    [S.rediffNov29, S.france24Nov29],
    {
      note: 'Decided at a night meeting of Zardari, Gilani and army chief Kayani; Zardari blamed a "miscommunication".',
    },
  ),
  ev(
    'StatementMade',
    'stmt-qureshi-nov29',
    when('2008-11-29'),
    {
      speaker: QURESHI,
      audience: 'india',
      tone: 'critical',
      summary:
        'Qureshi denies any role of Pakistani authorities: "If they have evidence they should share it with us. Our hands are clean"; Pakistan stands "shoulder to shoulder" with the Indian people against the common enemy.',
    },
    [S.rantburgNov30, S.france24Nov29],
  ),
  ev(
    'DemandTabled',
    'dem-evidence',
    when('2008-11-29'),
    {
      demandId: D.evidence,
      by: 'pakistan',
      addressedTo: ['india'],
      text: 'Share the evidence behind the charge that elements in Pakistan were involved.',
      category: 'procedural',
    },
    [S.rantburgNov30, S.france24Nov29],
  ),
  // ===== 1–16 December: the demarche, the refusal, the warnings, the pause =====
  ev(
    'DemandTabled',
    'dem-handover',
    when('2008-12-01'),
    {
      demandId: D.handover,
      by: 'india',
      addressedTo: ['pakistan'],
      text: 'Arrest and hand over some twenty fugitives from Indian law settled in Pakistan (among them Dawood Ibrahim, Masood Azhar and Hafiz Saeed).',
      category: 'security',
    },
    [S.wpDec2, S.france24Dec2],
    { note: 'In a demarche handed to Pakistan’s High Commissioner in New Delhi on the night of 1 December.' },
  ),
  ev(
    'DemandTabled',
    'dem-action',
    when('2008-12-01'),
    {
      demandId: D.action,
      by: 'india',
      addressedTo: ['pakistan'],
      text: 'Take strong action against those behind the attacks and bring them to justice; do not allow Pakistani territory to be used for terrorism against India.',
      category: 'security',
    },
    [S.wpDec2, S.france24Dec2],
  ),
  ev(
    'PositionTaken',
    'pos-pak-handover',
    when('2008-12-03'),
    {
      demandId: D.handover,
      actorId: 'pakistan',
      stance: 'rejected',
      conditions: 'If there were proof, they would be tried in Pakistani courts.',
      quote:
        'At the moment these are just names of individuals. No proof, no investigation, nothing has been brought forward.',
      speaker: ZARDARI,
    },
    [S.htDec4, S.hinduDec4],
  ),
  ev(
    'StatementMade',
    'stmt-zardari-dec3',
    when('2008-12-03'),
    {
      speaker: ZARDARI,
      audience: 'india',
      tone: 'critical',
      summary:
        'On CNN: the gunmen and planners are "stateless actors"; "the state of Pakistan is no way responsible"; "I very much doubt that he\'s a Pakistani" (of the captured gunman).',
    },
    [S.htDec4, S.hinduDec4],
  ),
  ev(
    'StatementMade',
    'stmt-mukherjee-dec3',
    when('2008-12-03'),
    {
      speaker: MUKHERJEE,
      audience: 'pakistan',
      tone: 'threat',
      summary:
        'India awaits Pakistan’s answer to its demarche; it has every right to protect its territorial integrity and will take "appropriate action" as necessary against terror from Pakistan — not ruling out strikes on camps, by the Hindu’s account.',
    },
    [S.htDec4, S.hinduDec4],
    { note: 'The day before he had said "nobody is talking of military action against Pakistan" (see the header).' },
  ),
  ev(
    'MediationAction',
    'med-rice-mullen',
    when('2008-12-03'),
    {
      mediator: 'united-states',
      action: 'visited',
      summary:
        'Secretary of State Condoleezza Rice arrives in New Delhi and pledges to work with India and Pakistan to bring the perpetrators to justice; Admiral Mike Mullen, chairman of the Joint Chiefs, is in Islamabad to defuse the tension.',
    },
    [S.debkaDec3, S.telegraphDec3, S.afpDec27],
  ),
  ev(
    'StatementMade',
    'stmt-qureshi-dec9',
    when('2008-12-09'),
    {
      speaker: QURESHI,
      audience: 'india',
      tone: 'military-threat',
      summary:
        'Pakistan will hand over no suspects; "We do not want to impose war, but we are fully prepared in case war is imposed on us," after India said it kept all options open.',
    },
    [S.afpDec9],
  ),
  ev(
    'IncidentReported',
    'inc-airspace',
    when('2008-12-13'),
    {
      incidentId: INC.airspace,
      kind: 'force-posture',
      perpetrator: 'india',
      allegedBy: 'pakistan',
      against: 'pakistan',
      target: 'Pakistani airspace',
      place: 'Azad Kashmir and Lahore',
      description:
        'Pakistan’s air force says Indian jets crossed into its airspace over Azad Kashmir and near Lahore and were chased back; Information Minister Sherry Rehman says India’s air force called it "inadvertent". India’s air force denies any violation. No fire.',
    },
    [S.wpDec14, S.afpDec14, S.asiaoneDec14],
  ),
  ev(
    'IncidentReported',
    'inc-paf-alert',
    when('2008-12-13'),
    {
      incidentId: INC.pafAlert,
      kind: 'force-posture',
      perpetrator: 'pakistan',
      against: 'india',
      target: 'Pakistan Air Force',
      place: 'Pakistan',
      description:
        'Pakistan’s air force, its fighters scrambled, is placed on high alert "to thwart any aggression" from India; Rehman: "There is no need for undue alarm."',
    },
    [S.wpDec14],
  ),
  ev(
    'ThirdPartyEngagement',
    'tpe-brown',
    when('2008-12-14'),
    {
      actorId: 'united-kingdom',
      counterparts: ['india', 'pakistan'],
      kind: 'visit',
      summary:
        'Gordon Brown holds talks with Manmohan Singh in New Delhi, then goes on to Pakistan, to defuse the tension.',
    },
    [S.asiaoneDec14],
  ),
  ev(
    'TalksSuspended',
    'susp-dialogue',
    when('2008-12-16'),
    {
      by: 'india',
      reason:
        '"There is a pause in the composite dialogue process because of the attack on Mumbai" (Mukherjee); it can resume only if Pakistan acts against the militant groups on its soil.',
    },
    [S.reutersDec16, S.toiDec17, S.ianssDec5, S.aniDec8],
    {
      note: 'Reported earlier from unnamed sources as "on hold" (IANS, 5 December) and suspended (ANI, 8 December); Pakistan’s spokesman: "If Mr Mukherjee says there’s a pause, then there’s a pause."',
    },
  ),
  ev(
    'StatementMade',
    'stmt-zardari-dec16',
    when('2008-12-16'),
    {
      speaker: ZARDARI,
      audience: 'india',
      tone: 'critical',
      summary:
        'In an interview to a US weekly, Zardari accepts that Pakistan is responsible for non-state actors on its soil but again rules out handing anyone over to India.',
    },
    [S.toiDec17],
  ),
  // ===== 26 December: the troop moves =====
  ev(
    'IncidentReported',
    'inc-troops',
    when('2008-12-26'),
    {
      incidentId: INC.troops,
      kind: 'force-posture',
      perpetrator: 'pakistan',
      against: 'india',
      target: 'The border with India',
      place: 'Kasur and Sialkot',
      description:
        'Pakistan cancels all military leave and moves troops from the Afghan border toward the Indian one: the 14th Division to Kasur and Sialkot, some 20,000 men by two intelligence officials (AP); no more than 5,000, "minimum required defensive steps", by a senior security official; ISPR calls it seasonal shifting. No fire.',
    },
    [S.foxDec26, S.wpDec27, S.apDec27],
  ),
  ev(
    'StatementMade',
    'stmt-pak-security-dec26',
    when('2008-12-26'),
    {
      speaker: PAK_SECURITY,
      audience: 'india',
      tone: 'accusation',
      summary:
        '"We are taking the minimum required defensive steps for our security in the face of Indian troops\' escalation at the border."',
    },
    [graded(S.wpDec27, 3)],
  ),
  ev(
    'StatementMade',
    'stmt-mukherjee-dec26',
    when('2008-12-26'),
    {
      speaker: MUKHERJEE,
      audience: 'pakistan',
      tone: 'accusation',
      summary:
        'Mukherjee warns Pakistan against diverting its attention from fighting terrorism: "We would expect instead of raising war hysteria, they will address this problem" and "bring to book the perpetrators of the Mumbai terrorist attack".',
      blames: { incidentId: INC.mumbai, on: 'pakistan' },
    },
    [S.wpDec27],
  ),
  ev(
    'MediationAction',
    'med-us-dec26',
    when('2008-12-26'),
    {
      mediator: 'united-states',
      action: 'requested-pause',
      summary:
        'The National Security Council: "We hope that both sides will avoid taking steps that will unnecessarily raise tensions during these already tense times."',
    },
    [S.foxDec26],
  ),
  // ===== January 2009: the dossier, the admission =====
  ev(
    'StatementMade',
    'stmt-india-dossier',
    when('2009-01-05'),
    {
      speaker: MENON,
      audience: 'pakistan',
      tone: 'accusation',
      summary:
        'India hands Pakistan’s High Commissioner a dossier (Kasab’s interrogation, the intercepts between the gunmen and their handlers, GPS and satellite-phone data, the weapons recovered) and asks for those responsible to face Indian justice; Menon: it "beggars the imagination" that no one in the Pakistani establishment knew.',
      blames: { incidentId: INC.mumbai, on: 'pakistan' },
    },
    [S.guardianJan5, S.mcclatchyJan5, S.guardianJan6],
  ),
  ev(
    'PositionTaken',
    'pos-india-evidence',
    when('2009-01-05'),
    { demandId: D.evidence, actorId: 'india', stance: 'accepted', speaker: MUKHERJEE },
    [S.guardianJan5],
    { note: 'The evidence Pakistan asked for is handed over with the dossier.' },
  ),
  ev(
    'StatementMade',
    'stmt-singh-jan6',
    when('2009-01-06'),
    {
      speaker: SINGH,
      audience: 'pakistan',
      tone: 'accusation',
      summary: 'Singh says some official agencies of Pakistan were involved in the attacks.',
      blames: { incidentId: INC.mumbai, on: 'pakistan' },
    },
    [S.bsJan8],
  ),
  ev(
    'StatementMade',
    'stmt-pak-kasab',
    when('2009-01-07'),
    {
      speaker: SADIQ,
      audience: 'india',
      tone: 'neutral',
      summary:
        'After weeks of denial, Pakistan confirms that Ajmal Kasab is a Pakistani national ("further investigations are being carried out"), as does Information Minister Sherry Rehman; the same evening Gilani sacks his national security adviser, Mahmud Ali Durrani, who had said so first.',
    },
    [S.bsJan8, S.ajJan7, S.ianssJan8],
  ),
  // ===== February 2009: the FIR and the arrests =====
  ev(
    'StatementMade',
    'stmt-malik-feb12',
    when('2009-02-12'),
    {
      speaker: MALIK,
      audience: 'india',
      tone: 'conciliatory',
      summary:
        '"Some part of the conspiracy has taken place in Pakistan": an FIR is registered under the Anti-Terrorism Act against eight or nine suspects, six in custody, among them the Lashkar’s Zaki-ur-Rehman Lakhvi and Zarar Shah; Pakistan’s findings and thirty questions are handed to India’s High Commissioner.',
    },
    [S.reutersFeb12, S.hinduFeb13, S.wpFeb13],
  ),
  ev(
    'PositionTaken',
    'pos-pak-action-feb12',
    when('2009-02-12'),
    {
      demandId: D.action,
      actorId: 'pakistan',
      stance: 'conditional',
      conditions:
        'The suspects will be tried under Pakistani law; Pakistan needs more information from India to secure convictions.',
      speaker: MALIK,
    },
    [S.reutersFeb12, S.hinduFeb13],
  ),
  ev(
    'StatementMade',
    'stmt-mea-feb12',
    when('2009-02-12'),
    {
      speaker: MEA,
      audience: 'pakistan',
      tone: 'conciliatory',
      summary:
        'India calls Pakistan’s announcement "a positive development" and will consider its request for more information.',
    },
    [S.reutersFeb12, S.wpFeb13],
  ),
  ev(
    'StatementMade',
    'stmt-mukherjee-feb18',
    when('2009-02-18'),
    {
      speaker: MUKHERJEE,
      audience: 'pakistan',
      tone: 'conciliatory',
      summary:
        'In Parliament: war with Pakistan was not an option; "We did not mobilize a single soldier, we did not press the panic button"; India will keep up the pressure for the perpetrators to be brought to justice.',
    },
    [S.pfpFeb18],
  ),
  // ===== June – July 2009: Yekaterinburg and Sharm el-Sheikh =====
  ev(
    'TalksRoundOpened',
    'round-yek-open',
    when('2009-06-16'),
    {
      roundId: R.yekaterinburg,
      label: 'Singh – Zardari at Yekaterinburg (SCO summit)',
      format: 'informal',
      venue: 'Yekaterinburg, Russia',
      delegations: [
        { actorId: 'india', head: SINGH },
        { actorId: 'pakistan', head: ZARDARI },
      ],
    },
    [S.xinhuaJun16, S.ndtvJun16],
  ),
  ev(
    'StatementMade',
    'stmt-singh-jun16',
    when('2009-06-16'),
    {
      speaker: SINGH,
      audience: 'pakistan',
      tone: 'critical',
      summary:
        'Before the cameras, shaking Zardari’s hand: "my mandate is to tell you that Pakistan territory should not be used for terrorism against India."',
    },
    [S.ndtvJun16, S.xinhuaJun16],
  ),
  ev(
    'TalksRoundConcluded',
    'round-yek-concl',
    when('2009-06-16'),
    {
      roundId: R.yekaterinburg,
      outcome: 'progress',
      summary:
        'The first top-level contact since the attacks (about 40 minutes): the foreign secretaries are to meet within the month to review Pakistan’s steps against terrorism; the composite dialogue is not resumed.',
      nextSteps: 'The leaders to meet again at the Non-Aligned summit at Sharm el-Sheikh (16 July).',
    },
    [S.ndtvJun16, S.netindianJun16],
  ),
  ev(
    'TalksRoundOpened',
    'round-sharm-open',
    when('2009-07-16'),
    {
      roundId: R.sharm,
      label: 'Singh – Gilani at Sharm el-Sheikh (Non-Aligned summit)',
      format: 'informal',
      venue: 'Sharm el-Sheikh, Egypt',
      delegations: [
        { actorId: 'india', head: SINGH, members: [MENON] },
        { actorId: 'pakistan', head: GILANI },
      ],
    },
    [S.hinduJul17, S.appJul16],
  ),
  ev(
    'TalksRoundConcluded',
    'round-sharm-concl',
    when('2009-07-16'),
    {
      roundId: R.sharm,
      outcome: 'progress',
      summary:
        'A joint statement: "dialogue is the only way forward"; terrorism is the main threat to both; "action on terrorism should not be linked to the Composite Dialogue process and these should not be bracketed"; Singh reiterates that the perpetrators must be brought to justice, Gilani assures that Pakistan will do everything in its power; Gilani mentions threats in Balochistan. Singh afterwards: no talks until the perpetrators are punished.',
      nextSteps:
        'The foreign secretaries to meet as often as necessary and report to the foreign ministers, who meet at the UN General Assembly.',
    },
    [S.hinduJul17, S.appJul16, S.siasatJul17, S.ndtvSharm],
  ),
  ev(
    'DemandTabled',
    'dem-dialogue',
    when('2009-07-16'),
    {
      demandId: D.dialogue,
      by: 'pakistan',
      addressedTo: ['india'],
      text: 'Resume the composite dialogue on all core issues, not bracketed with action on terrorism.',
      category: 'procedural',
    },
    [S.appJul16],
  ),
  ev(
    'PositionTaken',
    'pos-india-dialogue',
    when('2009-07-16'),
    {
      demandId: D.dialogue,
      actorId: 'india',
      stance: 'conditional',
      conditions:
        'No resumption of the composite dialogue until Pakistan brings the Mumbai perpetrators to justice; "another attack will affect talks of any kind".',
      speaker: SINGH,
    },
    [S.siasatJul17, S.ndtvSharm],
  ),
  ev(
    'PositionTaken',
    'pos-pak-action-jul16',
    when('2009-07-16'),
    {
      demandId: D.action,
      actorId: 'pakistan',
      stance: 'accepted-in-principle',
      quote: 'Pakistan will do everything in its power in this regard.',
      speaker: GILANI,
    },
    [S.hinduJul17, S.appJul16],
  ),
  ev(
    'StatementMade',
    'stmt-gilani-jul18',
    when('2009-07-18'),
    {
      speaker: GILANI,
      audience: 'india',
      tone: 'accusation',
      summary:
        'Back from Egypt, Gilani says Pakistan gave Singh evidence of India’s involvement in Balochistan, "made part of joint statement"; the two agreed that dialogue is the only way forward.',
    },
    [S.appJul18],
  ),
  // ===== September – November 2009: New York, the seventh dossier =====
  ev(
    'TalksRoundOpened',
    'round-ny-open',
    when('2009-09-26'),
    {
      roundId: R.newYork,
      label: 'Foreign secretaries and foreign ministers in New York (UN General Assembly)',
      format: 'informal',
      venue: 'New York',
      delegations: [
        { actorId: 'india', head: KRISHNA },
        { actorId: 'pakistan', head: QURESHI },
      ],
    },
    [S.hinduSep27, S.ndtvSep27],
    { note: 'Foreign Secretaries Nirupama Rao and Salman Bashir met on 26 September, the ministers on 27 September.' },
  ),
  ev(
    'TalksRoundConcluded',
    'round-ny-concl',
    when('2009-09-27'),
    {
      roundId: R.newYork,
      outcome: 'no-progress',
      summary:
        'Krishna and Qureshi meet for nearly two hours ("useful, candid and constructive"): India presses for action against the groups and says a meaningful dialogue needs an environment free of violence; Qureshi says the trial will begin on 3 October and wants all composite-dialogue issues discussed; no timetable to restart the dialogue is agreed, and India rejects back-channel talks.',
    },
    [S.ndtvSep27, S.idsaOct],
  ),
  ev(
    'StatementMade',
    'stmt-india-dossier7',
    when('2009-11-16'),
    {
      speaker: MEA,
      audience: 'pakistan',
      tone: 'critical',
      summary:
        'India hands Pakistan’s Deputy High Commissioner a seventh dossier (witness statements from the Mumbai trial, the magistrate’s record of Kasab’s confession, FBI depositions), hoping the prosecution in Pakistan will be expedited; Pakistan’s Interior Ministry is to examine it.',
    },
    [S.indiaTodayNov16],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'india-pakistan-2008.jsonl',
  logEnd: '2026-12-07T06:00:00Z',
  events,
};

export default definition;
