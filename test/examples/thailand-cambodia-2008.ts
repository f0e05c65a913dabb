/**
 * A test fixture, not a shipped example: Thailand and Cambodia over the
 * Preah Vihear temple, from the troop build-up around it a week after its
 * listing as a World Heritage Site (July 2008) to the International Court of
 * Justice's judgment of 11 November 2013, as an analyst following the news
 * could have recorded it. Escalation model v2 was never tuned on it: it is
 * the case the model is held to in thailand-cambodia-2008.spec.ts, against
 * the calls an analyst makes from DOMAIN.md §5b alone. A separate negotiation
 * from the 2025 crisis (thailand-cambodia-2025.ts), with its own id.
 *
 * What it tests that the other cases did not: two rounds of real fighting
 * years apart (October 2008 and April 2009, then February and April–May
 * 2011), a long armed stand-off between them with talks; artillery fighting
 * at several places along the border; and a dispute taken to a court whose
 * provisional order both parties then carried out (the troops withdrawn from
 * the demilitarised zone in July 2012) and whose judgment both accepted.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source.
 *
 * Grading as in examples/README.md: A = the court's own documents; B =
 * established outlet or wire copy (BBC, Reuters, AP, AFP, Xinhua, VOA,
 * Bangkok Post, The Cambodia Daily, UPI, Irrawaddy, RSIS, the Library of
 * Congress, Singapore's foreign ministry); C = blogs and aggregators keeping
 * copies of wire stories (khmerization, KhmerNZ, KI-Media, CNRP Media and
 * the like); 1 = confirmed by both sides or the court's own text; 2 = several
 * outlets agree or an on-record statement of the speaker's own side; 3 =
 * one side's unverified claim about the other (Cambodian battlefield claims
 * relayed by DAP News and Kampuchea Thmey). Attributions are as alleged:
 * both sides blamed the other for nearly every exchange of fire.
 *
 * Source titles: where the copy kept no headline (the China.org.cn report of 22
 * July 2008, VOA Khmer of 28 August 2008, the CNRP Media copies of 22 February
 * and 28 April 2011), the title is taken from the page's address and text.
 *
 * Judgement calls, recorded as an analyst would:
 * - The case opens on 15 July 2008, when Thai troops moved to the pagoda
 *   beside the temple (the Cambodian ambassador's date) and Cambodia answered
 *   in kind: two `force-posture` incidents, no shot fired. The listing itself
 *   (7 July) is UNESCO's act, in the opening's subject only.
 * - Left out for want of a source that can be cited at the time: an exchange
 *   of fire on 3 August 2008 (one Cambodian injured) that a later Cambodian
 *   timeline lists while AP wrote on 20 August that no shot had been fired;
 *   the shooting of a Thai soldier on 31 January 2010, known only from one
 *   line of a 2011 Reuters report that names neither the place nor the
 *   shooter; the checkpoints closed during the April 2011 fighting (the
 *   sources give neither the day they closed nor the day they reopened, only
 *   the commanders' promise of 28 April and 4 May to reopen them); the
 *   Thaksin row of November 2009 (ambassadors recalled), which is not about
 *   the border.
 * - The brief exchange of fire of early October 2008 is known from Reuters
 *   ("earlier this month … a brief exchange of fire in which soldiers on both
 *   sides were wounded"); dated 3 October (`approximate`), the day a later
 *   Cambodian timeline gives.
 * - Hun Sen's demand of 13 October 2008 (Thai troops out of the disputed
 *   area by noon on the 14th, or it becomes a "life-and-death battle zone")
 *   is an ultimatum; resolved `partially-complied` on the 14th: Cambodia said
 *   the Thai troops pulled back 500–600 metres an hour before the deadline,
 *   Thailand denied retreating and sent reinforcements.
 * - The commanders' meeting of 16 October 2008 agreed joint patrols and that
 *   soldiers would not fire: recorded as a ceasefire (AFP quotes the
 *   Cambodian commander: the generals "agreed that soldiers would not fire
 *   their weapons"). It is not declared over until the fighting of 4
 *   February 2011 breaks it (`collapsed`); the clash of 3 April 2009 is its
 *   violation (one occurrence with the incident).
 * - February 2011: the commanders agreed a ceasefire on the evening of the
 *   4th (after the Thai defence minister called Hun Sen), broken the next
 *   morning (one Thai soldier killed) and replaced by the four-point
 *   ceasefire of the 5th; the heavy shelling of the evening of the 6th, which
 *   a Cambodian commander says broke it, ends that one (`collapsed`, an
 *   analyst's reading: no side renounced it). No ceasefire is recorded
 *   between the 7th and the Jakarta meeting of 22 February, where both sides
 *   committed to avoid further armed clashes and to accept Indonesian
 *   observers (AFP: an "informal ceasefire"); the fighting of 22 April
 *   "shattered" it (AFP): ended `collapsed`.
 * - April–May 2011: the commanders' ceasefire of 28 April, broken the same
 *   night (a Thai soldier killed on the 29th: a violation with casualties)
 *   and again on 30 April and 2–3 May by Cambodia's account (no casualties
 *   reported), then superseded by the six-point ceasefire of 4 May at
 *   O'Smach, which held.
 * - Places are recorded one way each: "Preah Vihear temple" for the fighting
 *   around the temple (2008–2011), "Phnom Trap and Veal Intry" where the
 *   sources name those two hills (February 2011; the clash of April 2009 at
 *   Veal Intry, 2 km from the temple, is the only fighting of its day and
 *   stays "Preah Vihear temple"), "Si Sa Ket province" for the Thai side
 *   shelled on 4 February 2011 (the cited reports give no hour: dated within
 *   the two hours of fighting, before the commanders' ceasefire that
 *   evening), "Ta Moan temple", "Ta Krabey
 *   temple", "Banteay Ampil district, Oddar Meanchey" and "O'Smach, Oddar
 *   Meanchey" in April 2011. A day's toll the sources do not split by place
 *   is put on the first incident of the day, with the split unknown in its
 *   text.
 * - Tolls are ranges of the claims: 3 April 2009, 2 (AFP, the Thai prime
 *   minister's condolences) to 4 (the Cambodian government's claim);
 *   February 2011 adds up to 8–10 dead over four days, April–May 2011 to
 *   15–18 (RSIS) with about 85,000 displaced.
 * - The court: `icj` is an observer; Cambodia's application of 28 April 2011
 *   is its demand (Thailand to withdraw from the promontory), its order of 18
 *   July 2011 and its judgment of 11 November 2013 are the court's statements
 *   (`neutral`). Thailand's answer to the judgment (Yingluck: a "win-win",
 *   troops stay until the two governments meet) is `accepted-in-principle`.
 * - The agreements after the change of government in Bangkok: the Hun Sen –
 *   Yingluck meeting of 15 September 2011 (redeploy troops from the disputed
 *   area, abide by the court's order with Indonesia's role) and the General
 *   Border Committee of 21 December 2011 (withdraw from the demilitarised zone
 *   simultaneously under observers; a joint working group) are
 *   `AgreementReached` of kind `partial`, no status recorded (agreed and
 *   applied: the troops left the zone on 18 July 2012, recorded as the two
 *   defence ministries' statements, CAMEO 0874).
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'thailand-cambodia-2008';
const { ev, idOf } = caseKit(NEGOTIATION_ID, 'test-analyst', 2008);
const rec = (day: string, time = '12:00'): string => `${day}T${time}:00Z`;

const THAILAND: Actor = {
  id: 'thailand',
  name: 'Thailand',
  kind: 'state',
  aliases: ['Kingdom of Thailand', 'Bangkok'],
};
const CAMBODIA: Actor = {
  id: 'cambodia',
  name: 'Cambodia',
  kind: 'state',
  aliases: ['Kingdom of Cambodia', 'Phnom Penh'],
};
const INDONESIA: Actor = { id: 'indonesia', name: 'Indonesia', kind: 'state', aliases: ['ASEAN chair 2011'] };
const UNSC: Actor = {
  id: 'un-security-council',
  name: 'United Nations Security Council',
  kind: 'international-organisation',
  aliases: ['UNSC'],
};
const ICJ: Actor = {
  id: 'icj',
  name: 'International Court of Justice',
  kind: 'international-organisation',
  aliases: ['ICJ', 'World Court'],
};

const HUN_SEN: Person = { name: 'Hun Sen', title: 'Prime Minister of Cambodia', actorId: 'cambodia' };
const HOR_NAMHONG: Person = {
  name: 'Hor Namhong',
  title: 'Deputy Prime Minister and Minister of Foreign Affairs of Cambodia',
  actorId: 'cambodia',
};
const TEA_BANH: Person = {
  name: 'Tea Banh',
  title: 'Deputy Prime Minister and Minister of Defence of Cambodia',
  actorId: 'cambodia',
};
const KUN_KIM: Person = {
  name: 'Kun Kim',
  title: 'Deputy Commander-in-Chief, Royal Cambodian Armed Forces',
  actorId: 'cambodia',
};
const NEANG_PHAT: Person = {
  name: 'Neang Phat',
  title: 'Secretary of State, Ministry of Defence of Cambodia',
  actorId: 'cambodia',
};
const SOMPONG: Person = {
  name: 'Sompong Amornvivat',
  title: 'Minister of Foreign Affairs of Thailand',
  actorId: 'thailand',
};
const TH_MFA: Person = { name: 'Ministry of Foreign Affairs of Thailand (statement)', actorId: 'thailand' };
const TH_GOVT: Person = { name: 'Government of Thailand (statement)', actorId: 'thailand' };
const ABHISIT: Person = { name: 'Abhisit Vejjajiva', title: 'Prime Minister of Thailand', actorId: 'thailand' };
const YINGLUCK: Person = { name: 'Yingluck Shinawatra', title: 'Prime Minister of Thailand', actorId: 'thailand' };
const SUKUMPOL: Person = {
  name: 'Sukumpol Suwanatat',
  title: 'Minister of Defence of Thailand',
  actorId: 'thailand',
};
const VIOTTI: Person = {
  name: 'Maria Luiza Ribeiro Viotti',
  title: 'President of the Security Council (Brazil)',
  actorId: 'un-security-council',
};
const ICJ_COURT: Person = { name: 'International Court of Justice (order and judgment)', actorId: 'icj' };

const S = {
  xinhuaJul22: source(
    'Thailand, Cambodia agree not to use force over border dispute',
    'China.org.cn (Xinhua)',
    'http://english.china.org.cn/international/world/2008-07/22/content_16046663.htm',
    '2008-07-22',
    'B',
    2,
  ),
  cpJul29: source(
    'Thai-Cambodian border standoff continues as talks make no progress',
    'KhmerNZ (The Canadian Press)',
    'http://khmernz.blogspot.com/2008/07/thai-cambodian-border-standoff.html',
    '2008-07-29',
    'C',
    2,
  ),
  abcJul30: source(
    "Thailand 'undecided' on troop withdrawal from Cambodian border",
    'Khmerization (ABC, Karen Percy)',
    'https://khmerization.blogspot.com/2008/07/thailand-undecided-on-troop-withdrawal.html',
    '2008-07-30',
    'C',
    2,
  ),
  tnaAug13: source(
    'Border talk continues in Surin',
    'KhmerNZ (MCOT)',
    'https://khmernz.blogspot.com/2008/08/border-talk-continues-in-surin.html',
    '2008-08-13',
    'C',
    2,
  ),
  apAug20: source(
    'Thailand, Cambodia reaffirm border troop pullback',
    'Khmerization (AP)',
    'http://khmerization.blogspot.com/2008/08/thailand-cambodia-reaffirm-border-troop_20.html',
    '2008-08-20',
    'C',
    2,
  ),
  voaAug28: source(
    'Thailand postpones Preah Vihear border meeting',
    'VOA Khmer',
    'https://khmer.voanews.com/a/a-40-2008-08-28-voa2-90167587/1359874.html',
    '2008-08-28',
    'B',
    2,
  ),
  reutersOct14: source(
    'Cambodia demands pull-out of Thai troops from disputed zone',
    'The Irish Times (Reuters)',
    'https://www.irishtimes.com/news/cambodia-demands-pull-out-of-thai-troops-from-disputed-zone-1.895393',
    '2008-10-14',
    'B',
    2,
  ),
  dpaOct14: source(
    'Thailand has withdrawn troops from border, says Cambodia',
    'TopNews (dpa)',
    'http://topnews.in/node/75973',
    '2008-10-14',
    'C',
    2,
  ),
  bbcOct15: source(
    'Gunfight on Thai-Cambodia border',
    'BBC News',
    'http://news.bbc.co.uk/2/hi/asia-pacific/7668657.stm',
    '2008-10-15',
    'B',
    2,
  ),
  independentOct15: source(
    'Soldiers killed in Cambodia/Thailand clash',
    'The Independent',
    'http://www.independent.co.uk/news/world/asia/solidiers-killed-in-cambodiathailand-clash-962409.html',
    '2008-10-15',
    'B',
    2,
  ),
  afpOct16: source(
    'Thailand, Cambodia agree to joint border patrols',
    'ABC News (AFP)',
    'http://www.abc.net.au/news/2008-10-16/thailand-cambodia-agree-to-joint-border-patrols/544240',
    '2008-10-16',
    'B',
    2,
  ),
  xinhuaOct16: source(
    'Thailand, Cambodia agree to joint border patrols',
    'China Daily (Xinhua)',
    'https://global.chinadaily.com.cn/world/2008-10/16/content_7113677.htm',
    '2008-10-16',
    'B',
    2,
  ),
  apApr3: source(
    'Cambodian, Thai troops exchange fire at border',
    'Khmerization (AP)',
    'http://khmerization.blogspot.com/2009/04/cambodian-thai-troops-exchange-fire-at.html',
    '2009-04-03',
    'C',
    2,
  ),
  afpApr4: source(
    'Troops on alert after Cambodia-Thai border clash',
    'KhmerNZ (AFP)',
    'http://khmernz.blogspot.ca/2009_04_04_archive.html',
    '2009-04-04',
    'C',
    2,
  ),
  bkkpostApr5: source(
    'Thai PM vows to solve border dispute',
    'Piromkhmer (Bangkok Post)',
    'https://piromkhmer.blogspot.com/2009/04/thai-pm-vows-to-solve-border-dispute_05.html',
    '2009-04-05',
    'C',
    2,
  ),
  cambodiaDailyApr6: source(
    'Thai, Cambodian Forces Clash at Preah Vihear',
    'The Cambodia Daily',
    'https://english.cambodiadaily.com/news/thai-cambodian-forces-clash-at-preah-vihear-92306/',
    '2009-04-06',
    'B',
    3,
  ),
  voaSep27: source(
    'In New York, Hun Sen, Abhisit Agree to Diffuse Tension',
    'CNRP Media (VOA Khmer)',
    'http://cnrp-media.blogspot.com/2010/09/in-new-york-hun-sen-abhisit-agree-to.html',
    '2010-09-28',
    'C',
    2,
  ),
  mcotOct3: source(
    'Thai-Cambodian PMs to discuss border issues in Belgium',
    'Tourism Cambodia (MCOT)',
    'https://tourismcambodia.com/news/localnews/1601/thai-cambodian-pms-to-discuss-border-issues-in-belgium.htm',
    '2010-10-03',
    'C',
    2,
  ),
  apFeb4: source(
    '2 die as Thai, Cambodian troops battle at border',
    'Asian Correspondent (AP)',
    'https://asiancorrespondent.com/2011/02/2-die-as-thai-cambodian-troops-battle-at-border/',
    '2011-02-04',
    'B',
    2,
  ),
  xinhuaFeb5: source(
    'Thailand, Cambodia reach ceasefire agreement',
    'China Daily (Xinhua)',
    'http://www.chinadaily.com.cn/world/2011-02/05/content_11959919.htm',
    '2011-02-05',
    'B',
    2,
  ),
  bkkpostFeb6: source(
    'Thai soldier killed, govt threatens UNESCO reprisal, Cambodia goes to UN',
    'KI-Media (Bangkok Post)',
    'http://ki-media.blogspot.com/search/label/Listing%20of%20Preah%20Vihear%20as%20a%20World%20Heritage%20Site?m=0',
    '2011-02-06',
    'C',
    2,
  ),
  xinhuaFeb7: source(
    'Temple damaged in Cambodia, Thai troops clashes',
    'China Daily Europe (Xinhua)',
    'http://europe.chinadaily.com.cn/world/2011-02/07/content_11962673.htm',
    '2011-02-07',
    'B',
    3,
  ),
  reutersFeb7: source(
    'Fighting has again broken out along the border between Cambodia and Thailand',
    'Army Recognition (Reuters)',
    'http://armyrecognition.com/february_2011_army_military_defense_industry_news/fighting_has_again_broken_out_along_the_border_between_cambodia_and_thailand_0702111.html',
    '2011-02-07',
    'C',
    2,
  ),
  nytFeb8: source(
    'Thai and Cambodian troops clash violently at the border',
    'The Tech (The New York Times)',
    'https://thetech.com/2011/02/08/long3-v131-n3',
    '2011-02-08',
    'B',
    2,
  ),
  voaFeb14: source(
    'UN Security Council Urges Permanent Cambodia-Thailand Cease-Fire',
    'GlobalSecurity.org (VOA)',
    'https://www.globalsecurity.org/military/library/news/2011/02/mil-110214-voa19.htm',
    '2011-02-14',
    'B',
    2,
  ),
  xinhuaFeb14: source(
    'Security Council urges Cambodia, Thailand to establish permanent cease-fire',
    'KhmerNZ (Xinhua)',
    'https://khmernz.blogspot.com/2011/02/security-council-urges-cambodia.html?m=1',
    '2011-02-14',
    'C',
    2,
  ),
  sgMfaFeb22: source(
    "Visit by Minister for Foreign Affairs George Yeo to Jakarta, Indonesia, for the Informal ASEAN Foreign Ministers' Meeting",
    'Ministry of Foreign Affairs of Singapore',
    'https://mfa.gov.sg/Newsroom/Press-Statements-Transcripts-and-Photos/2011/02/MFA-Press-Statement-Visit-by-Minister-for-Foreign-Affairs-George-Yeo-to-Jakarta-Indonesia_20110222',
    '2011-02-22',
    'B',
    2,
  ),
  voaFeb22: source(
    'ASEAN mediates in Cambodia-Thailand border dispute',
    'CNRP Media (VOA)',
    'https://cnrp-media.blogspot.com/2011/02/asean-mediates-in-cambodia-thailand.html',
    '2011-02-22',
    'C',
    2,
  ),
  antaraFeb24: source(
    "RI's ASEAN leadership style being tested",
    'Fardah Assegaf (ANTARA)',
    'https://fardahassegaf.blogspot.com/2011/02/ris-asean-leadership-style-being-tested.html',
    '2011-02-24',
    'C',
    2,
  ),
  reutersApr23: source(
    'Thai, Cambodian troops clash again on disputed border',
    'The Jerusalem Post (Reuters)',
    'https://www.jpost.com/international/thai-cambodian-troops-clash-again-on-disputed-border',
    '2011-04-23',
    'B',
    2,
  ),
  apApr23: source(
    'Fighting resumes at disputed border',
    'Online News Media (UKPA / AP)',
    'http://onlinenews-media.blogspot.com/2011/04/fighting-resumes-at-disputed-border.html',
    '2011-04-23',
    'C',
    2,
  ),
  reutersApr23b: source(
    'Fighting on Thailand and Cambodia border kills 4 soldiers',
    'Khmer World Daily News (Reuters)',
    'http://dailynews.khmer-world.com/2011/04/april-23-2011-fighting-on-thailand-and.html',
    '2011-04-23',
    'C',
    2,
  ),
  afpApr26: source(
    'Cambodia accuses Thais of temple damage in clash',
    'KhmerNZ (AFP)',
    'http://khmernz.blogspot.com/2011/04/cambodia-accuses-thais-of-temple-damage.html',
    '2011-04-26',
    'C',
    2,
  ),
  apApr28: source(
    'Thailand, Cambodia reach truce after week of fighting',
    'CNRP Media (AP)',
    'http://cnrp-media.blogspot.com/2011/04/thailand-cambodia-reach-truce-after.html',
    '2011-04-28',
    'C',
    2,
  ),
  reutersApr28: source(
    'Thailand, Cambodia agree ceasefire',
    'The Irish Times (Reuters)',
    'https://www.irishtimes.com/news/thailand-cambodia-agree-ceasefire-1.875600',
    '2011-04-28',
    'B',
    2,
  ),
  cnnApr29: source(
    'Deadly fighting resumes at Thai-Cambodian border',
    'The Coming Crisis (CNN)',
    'https://thecomingcrisis.blogspot.com/2011/04/deadly-fighting-resumes-at-thai.html',
    '2011-04-29',
    'C',
    2,
  ),
  dapApr30: source(
    'Fighting broke out again Saturday',
    'LT Sources (DAP News, Kampuchea Thmey, via Khmerization)',
    'http://ltsources.blogspot.com/2011/04/fighting-broke-out-again-saturday.html',
    '2011-04-30',
    'C',
    3,
  ),
  dapMay3: source(
    'Fighting at Ta Krabey temple continues',
    'LT Sources (DAP News, Kampuchea Thmey)',
    'http://ltsources.blogspot.com/2011/05/fighting-at-ta-krabey-temple-continues.html',
    '2011-05-03',
    'C',
    3,
  ),
  xinhuaMay4: source(
    'Cambodian, Thai military commanders agree to ceasefire over border row',
    'Khmerization (Xinhua)',
    'http://khmerization.blogspot.com/2011/05/cambodian-thai-military-commanders.html',
    '2011-05-04',
    'C',
    2,
  ),
  locMay11: source(
    'Cambodia; Thailand: Indonesia Offers Assistance Toward Resolving Border Dispute',
    'Library of Congress, Global Legal Monitor',
    'https://www.loc.gov/item/global-legal-monitor/2011-05-11/cambodia-thailand-indonesia-offers-assistance-toward-resolving-border-dispute/',
    '2011-05-11',
    'B',
    2,
  ),
  rsisMay20: source(
    'NTS Bulletin (May 2011 – Issue 2)',
    'RSIS, Nanyang Technological University',
    'https://rsis.edu.sg/rsis-publication/rsis/2593-nts-bulletin-may-2011-issue-2',
    '2011-05-20',
    'B',
    2,
  ),
  icjJul18: source(
    'Summary of the Order of 18 July 2011: Request for interpretation of the Judgment of 15 June 1962 (Cambodia v. Thailand), provisional measures',
    'International Court of Justice',
    'https://icj-cij.org/node/103947',
    '2011-07-18',
    'A',
    1,
  ),
  xinhuaJul22b: source(
    'Indonesian observers allowed after withdrawal of Cambodian troops: Thai PM',
    'The Great Khmer Empire (Xinhua)',
    'http://thegreatkhmerempire.blogspot.com/2011/07/indonesian-observers-allowed-after.html',
    '2011-07-22',
    'C',
    2,
  ),
  xinhuaAug11: source(
    'Cambodian PM: Cambodian, Thai GBC meeting to hold bilaterally, but report to ASEAN, ICJ',
    'Cambodia News Today (Xinhua)',
    'http://cambodianewstoday.blogspot.com/2011/08/cambodian-pm-cambodian-thai-gbc-meeting.html',
    '2011-08-19',
    'C',
    2,
  ),
  xinhuaSep5: source(
    'Cambodia makes 7th troop withdrawal from border',
    'KI-Media (Xinhua)',
    'http://ki-media.blogspot.com/2011/09/cambodia-makes-7th-troop-withdraw-from.html',
    '2011-09-05',
    'C',
    2,
  ),
  voaSep15: source(
    'Thai PM Visits Cambodia Seeking to Mend Frayed Relations',
    'Voice of America',
    'https://blogs.voanews.com/breaking-news/2011/09/15/thai-pm-visits-cambodia-seeking-to-mend-frayed-relations-2/',
    '2011-09-15',
    'B',
    2,
  ),
  siiaSep16: source(
    'Yingluck visits Cambodia to smoothen ties',
    'Singapore Institute of International Affairs',
    'http://www.siiaonline.org/page/insightsDetails/id/316/ArticleCategoryId/7',
    '2011-09-16',
    'B',
    2,
  ),
  xinhuaDec21: source(
    'Cambodia, Thailand agree to form Joint Working Group for troop withdrawal plan',
    'Cambodia News Today (Xinhua)',
    'http://cambodianewstoday.blogspot.com/2011/12/cambodia-thailand-agree-to-form-joint.html',
    '2011-12-21',
    'C',
    2,
  ),
  bkkpostDec22: source(
    'Cambodia, Thailand reach Preah Vihear deal',
    'Bangkok Post',
    'http://www.bangkokpost.com/print/272014/',
    '2011-12-22',
    'B',
    1,
  ),
  apJul19: source(
    'Thai, Cambodian Troops Withdraw from Disputed Temple',
    'The Irrawaddy (AP)',
    'https://www.irrawaddy.com/news/asia/thai-cambodian-troops-withdraw-from-disputed-temple.html',
    '2012-07-19',
    'B',
    1,
  ),
  upiJul20: source(
    'Thailand, Cambodia pull back from temple',
    'UPI',
    'https://www.upi.com/Top_News/Special/2012/07/20/Thailand-Cambodia-pull-back-from-temple/UPI-34091342802297/',
    '2012-07-20',
    'B',
    2,
  ),
  xinhuaNov7: source(
    "Cambodian PM calls for troops to keep calm ahead of ICJ's verdict over border row with Thailand",
    'Cambodia News Today (Xinhua)',
    'http://cambodianewstoday.blogspot.com/2013/11/cambodian-pm-calls-for-troops-to-keep.html',
    '2013-11-07',
    'C',
    2,
  ),
  icjNov11: source(
    'Summary of the Judgment of 11 November 2013: Request for Interpretation of the Judgment of 15 June 1962 (Cambodia v. Thailand)',
    'International Court of Justice',
    'https://www.icj-cij.org/node/103956',
    '2013-11-11',
    'A',
    1,
  ),
  nnbtNov12: source(
    'THAILAND: International Court of Justice (ICJ) sets Nov 11 for judgement on Preah Vihear conflict',
    'Democracy for Burma (National News Bureau of Thailand)',
    'https://democracyforburma.wordpress.com/2013/10/16/thailand-international-court-of-justice-icj-sets-nov-11-for-judgement-on-preah-vihear-conflict/',
    '2013-11-12',
    'C',
    2,
  ),
  hunSenNov13: source(
    'Statement of Samdech Techo Hun Sen on the Judgment of the International Court of Justice (unofficial translation)',
    'Preah Vihear Memorial (Office of the Prime Minister of Cambodia)',
    'https://pvmemorial.blogspot.com/2013_11_13_archive.html',
    '2013-11-13',
    'C',
    2,
  ),
};

const R = {
  gbc08: 'gbc-special-2008-07-21',
  fmSiemReap: 'fm-siem-reap-2008-07-28',
  surin08: 'commanders-surin-2008-08-13',
  fmHuaHin: 'fm-hua-hin-2008-08-19',
  military0829: 'military-meeting-2008-08-29',
  phnomPenh08: 'phnom-penh-2008-10-13',
  commanders08: 'commanders-si-sa-ket-2008-10-16',
  newYork10: 'hun-sen-abhisit-new-york-2010-09',
  jakarta11: 'asean-jakarta-2011-02-22',
  jakartaMay11: 'fm-jakarta-2011-05-09',
  phnomPenhSep11: 'hun-sen-yingluck-2011-09-15',
  gbc11: 'gbc-8-2011-12-21',
  surin13: 'commanders-surin-2013-11-11',
};

const CF = {
  oct08: 'commanders-2008-10-16',
  feb4: 'commanders-2011-02-04',
  feb5: 'commanders-2011-02-05',
  jakarta: 'jakarta-2011-02-22',
  apr28: 'commanders-2011-04-28',
  may4: 'o-smach-2011-05-04',
};

const D = {
  withdraw08: 'thai-troops-out-of-disputed-area-2008',
  promontory: 'thailand-withdraws-from-promontory',
};

const O = {
  gbc08: 'gbc-special-2008-07-21',
  phnomPenh08: 'phnom-penh-2008-10-13',
  commanders08: 'commanders-2008-10-16',
  veal09: 'veal-intry-clash-2009-04-03',
  jakarta11: 'asean-jakarta-2011-02-22',
  phnomPenhSep11: 'hun-sen-yingluck-2011-09-15',
  gbc11: 'gbc-8-2011-12-21',
  surin13: 'commanders-surin-2013-11-11',
};

const events = [
  // ===== July 2008: the stand-off at the temple =====
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '2008-07-15', recordedAt: rec('2008-07-22', '06:00') },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Thailand – Cambodia: the Preah Vihear temple dispute, 2008–13',
      subject:
        'The 4.6 square kilometres around the Preah Vihear temple (listed as a World Heritage Site on 7 July 2008 at Cambodia’s request) and other stretches of the undemarcated border: the stand-off from July 2008, the clashes of 2008–09 and 2011, ASEAN’s mediation under Indonesia’s chair, and Cambodia’s case at the International Court of Justice',
      parties: [THAILAND, CAMBODIA],
      mediators: [],
    },
    [S.xinhuaJul22],
  ),
  ev(
    'IncidentReported',
    'inc-th-deploys-jul15',
    { occurredAt: '2008-07-15', recordedAt: rec('2008-07-22', '06:05') },
    {
      incidentId: 'thai-deployment-2008-07-15',
      kind: 'force-posture',
      perpetrator: 'thailand',
      against: 'cambodia',
      place: 'Preah Vihear temple',
      description:
        'Thai troops move to the Keo Sikha Kiri Svara pagoda beside the temple after three Thai protesters are detained there; by the 21st some 1,500 Thai soldiers and border police reinforce the area. No shot fired.',
    },
    [S.xinhuaJul22],
  ),
  ev(
    'IncidentReported',
    'inc-kh-deploys-jul15',
    { occurredAt: '2008-07-16', precision: 'approximate', recordedAt: rec('2008-07-22', '06:10') },
    {
      incidentId: 'cambodian-deployment-2008-07',
      kind: 'force-posture',
      perpetrator: 'cambodia',
      against: 'thailand',
      place: 'Preah Vihear temple',
      description:
        'Cambodia answers with its own deployment: hundreds of soldiers on each side face each other in trenches metres apart. No shot fired.',
    },
    [S.xinhuaJul22],
  ),
  ev(
    'TalksRoundOpened',
    'gbc08-opened',
    { occurredAt: '2008-07-21', recordedAt: rec('2008-07-22', '06:20') },
    {
      roundId: R.gbc08,
      label: 'Special meeting of the General Border Committee, Sa Kaeo',
      venue: 'Sa Kaeo, Thailand',
      format: 'formal',
      delegations: [{ actorId: 'thailand' }, { actorId: 'cambodia', head: TEA_BANH }],
    },
    [S.xinhuaJul22],
    { occurrence: O.gbc08 },
  ),
  ev(
    'TalksRoundConcluded',
    'gbc08-concluded',
    { occurredAt: '2008-07-21', recordedAt: rec('2008-07-22', '06:25') },
    {
      roundId: R.gbc08,
      outcome: 'no-progress',
      summary:
        'Nearly eight hours without a breakthrough: the legal questions over the temple compound unresolved; both keep their troops and weapons in place and undertake not to use force.',
    },
    [S.xinhuaJul22],
    { occurrence: O.gbc08 },
  ),
  ev(
    'StatementMade',
    'stmt-hor-namhong-unsc-jul',
    { occurredAt: '2008-07-22', precision: 'approximate', recordedAt: rec('2008-07-29', '06:00') },
    {
      speaker: HOR_NAMHONG,
      audience: 'thailand',
      tone: 'accusation',
      summary:
        'After the border committee failed, Cambodia asks for a meeting of the UN Security Council over the Thai troops near the temple; it will pursue the case at the UN if the talks fail again.',
    },
    [S.cpJul29],
  ),
  ev(
    'TalksRoundOpened',
    'fm-siem-reap-opened',
    { occurredAt: '2008-07-28', recordedAt: rec('2008-07-29', '06:10') },
    {
      roundId: R.fmSiemReap,
      label: 'Foreign ministers’ talks, Siem Reap',
      venue: 'Siem Reap, Cambodia',
      format: 'formal',
      delegations: [{ actorId: 'cambodia', head: HOR_NAMHONG }, { actorId: 'thailand' }],
    },
    [S.cpJul29],
  ),
  ev(
    'TalksRoundConcluded',
    'fm-siem-reap-concluded',
    { occurredAt: '2008-07-28', recordedAt: rec('2008-07-30', '06:00') },
    {
      roundId: R.fmSiemReap,
      outcome: 'progress',
      summary:
        'The foreign ministers agree to pursue a withdrawal of troops from the disputed area, without a timetable; Bangkok’s cabinet is to consult the military on when and how.',
    },
    [S.abcJul30, S.cpJul29],
  ),
  // ===== August 2008: the draw-down, the talks =====
  ev(
    'TalksRoundOpened',
    'surin08-opened',
    { occurredAt: '2008-08-13', recordedAt: rec('2008-08-13', '08:00') },
    {
      roundId: R.surin08,
      label: 'Military talks, Surin (Second Army – Cambodian defence ministry)',
      venue: 'Surin, Thailand',
      format: 'technical',
    },
    [S.tnaAug13],
  ),
  ev(
    'TalksRoundConcluded',
    'surin08-concluded',
    { occurredAt: '2008-08-13', recordedAt: rec('2008-08-20', '06:00') },
    {
      roundId: R.surin08,
      outcome: 'progress',
      summary:
        'On Preah Vihear and Ta Moan Thom; after it both sides pull back hundreds of soldiers from the temple area (about 800 Cambodian and 400 Thai had been deployed).',
    },
    [S.apAug20],
  ),
  ev(
    'TalksRoundOpened',
    'fm-hua-hin-opened',
    { occurredAt: '2008-08-19', recordedAt: rec('2008-08-20', '06:10') },
    {
      roundId: R.fmHuaHin,
      label: 'Foreign ministers’ talks, Hua Hin',
      venue: 'Hua Hin, Thailand',
      format: 'formal',
      delegations: [{ actorId: 'thailand' }, { actorId: 'cambodia', head: HOR_NAMHONG }],
    },
    [S.apAug20],
  ),
  ev(
    'TalksRoundConcluded',
    'fm-hua-hin-concluded',
    { occurredAt: '2008-08-19', recordedAt: rec('2008-08-20', '06:15') },
    {
      roundId: R.fmHuaHin,
      outcome: 'progress',
      summary:
        'No settlement of the overlapping claims, but both ministers pleased: military officials to meet on 29 August to work out how and when to withdraw the troops that remain.',
      nextSteps: 'Military meeting on 29 August.',
    },
    [S.apAug20],
  ),
  ev(
    'TalksRoundScheduled',
    'military0829-scheduled',
    { occurredAt: '2008-08-19', recordedAt: rec('2008-08-20', '06:20') },
    {
      roundId: R.military0829,
      label: 'Military meeting on the troop withdrawal',
      format: 'technical',
      plannedFor: '2008-08-29',
    },
    [S.apAug20],
  ),
  ev(
    'TalksRoundPostponed',
    'military0829-postponed',
    { occurredAt: '2008-08-27', recordedAt: rec('2008-08-28', '06:00') },
    {
      roundId: R.military0829,
      reason: 'Thailand asks to postpone it, its cabinet being busy (the protests in Bangkok); no new date.',
    },
    [S.voaAug28],
  ),
  // ===== October 2008: the ultimatum and the clash =====
  ev(
    'IncidentReported',
    'inc-oct3',
    { occurredAt: '2008-10-03', precision: 'approximate', recordedAt: rec('2008-10-14', '01:00') },
    {
      incidentId: 'preah-vihear-exchange-2008-10',
      kind: 'clash',
      perpetrator: 'cambodia',
      against: 'thailand',
      place: 'Preah Vihear temple',
      injured: { min: 2, max: 4 },
      description:
        'A brief exchange of fire in which soldiers on both sides are wounded; two Thai soldiers lose legs to mines the day after (Reuters). The report says neither who fired first nor where exactly: recorded with Cambodia as perpetrator only to give the exchange a direction.',
    },
    [S.reutersOct14],
    {
      note: 'Reuters gives no day ("earlier this month"); dated to the 3rd, the day a later Cambodian timeline gives.',
    },
  ),
  ev(
    'TalksRoundOpened',
    'phnom-penh08-opened',
    { occurredAt: '2008-10-13', recordedAt: rec('2008-10-14', '01:10') },
    {
      roundId: R.phnomPenh08,
      label: 'Sompong Amornvivat with Hun Sen, Phnom Penh',
      venue: 'Phnom Penh',
      format: 'formal',
      delegations: [
        { actorId: 'thailand', head: SOMPONG },
        { actorId: 'cambodia', head: HUN_SEN },
      ],
    },
    [S.reutersOct14],
    { occurrence: O.phnomPenh08 },
  ),
  ev(
    'TalksRoundConcluded',
    'phnom-penh08-concluded',
    { occurredAt: '2008-10-13', recordedAt: rec('2008-10-14', '01:15') },
    {
      roundId: R.phnomPenh08,
      outcome: 'collapsed',
      summary:
        'The Thai foreign minister’s visit ends with Hun Sen’s ultimatum: Thailand denies any incursion and refuses to pull back.',
    },
    [S.reutersOct14],
    { occurrence: O.phnomPenh08 },
  ),
  ev(
    'DemandTabled',
    'dem-withdraw08',
    { occurredAt: '2008-10-13', recordedAt: rec('2008-10-14', '01:20') },
    {
      demandId: D.withdraw08,
      by: 'cambodia',
      addressedTo: ['thailand'],
      text: 'Thai troops must withdraw from the disputed area near the temple (the Veal Intry / Eagle Field area), which Cambodia holds to be its land.',
      category: 'territorial',
    },
    [S.reutersOct14],
  ),
  ev(
    'UltimatumIssued',
    'ult-hun-sen',
    { occurredAt: '2008-10-13', recordedAt: rec('2008-10-14', '01:25') },
    {
      ultimatumId: 'hun-sen-2008-10-13',
      by: 'cambodia',
      to: ['thailand'],
      demandIds: [D.withdraw08],
      deadline: '2008-10-14T12:00:00+07:00',
      consequences: 'The area becomes a "life-and-death battle zone"; Cambodian troops are sent to the border.',
      channel: 'to the Thai foreign minister in Phnom Penh, then to reporters',
    },
    [S.reutersOct14],
  ),
  ev(
    'PositionTaken',
    'pos-th-withdraw08',
    { occurredAt: '2008-10-13', recordedAt: rec('2008-10-14', '01:30') },
    {
      demandId: D.withdraw08,
      actorId: 'thailand',
      stance: 'rejected',
      quote: 'We see that territory is our land, too. What would it mean if we retreated?',
      speaker: SOMPONG,
    },
    [S.reutersOct14],
  ),
  ev(
    'StatementMade',
    'stmt-th-mfa-oct14',
    { occurredAt: '2008-10-14', recordedAt: rec('2008-10-14', '10:00') },
    {
      speaker: TH_MFA,
      audience: 'cambodia',
      tone: 'warning',
      summary:
        'If Cambodia resorts to force under its so-called ultimatum, Thailand will exercise its right of self-defence under the UN Charter.',
    },
    [S.dpaOct14],
  ),
  ev(
    'UltimatumResolved',
    'ult-hun-sen-resolved',
    { occurredAt: '2008-10-14T11:00:00+07:00', precision: 'approximate', recordedAt: rec('2008-10-14', '10:05') },
    {
      ultimatumId: 'hun-sen-2008-10-13',
      resolution: 'partially-complied',
      summary:
        'Cambodia says the Thai troops moved their camp back 500–600 metres an hour before the deadline; Thailand says it did not retreat and sends reinforcements and heavy artillery.',
    },
    [S.dpaOct14],
  ),
  ev(
    'IncidentReported',
    'inc-oct15',
    { occurredAt: '2008-10-15T14:30:00+07:00', precision: 'approximate', recordedAt: rec('2008-10-15', '12:00') },
    {
      incidentId: 'preah-vihear-clash-2008-10-15',
      kind: 'clash',
      perpetrator: 'thailand',
      allegedBy: 'cambodia',
      against: 'cambodia',
      place: 'Preah Vihear temple',
      fatalities: { min: 2, max: 3 },
      injured: { min: 7, max: 9 },
      description:
        'Small arms and rocket-propelled grenades for about an hour near the temple, each side saying the other fired first: two Cambodian soldiers killed (a third died next day of smoke inhalation), two Cambodians and five to seven Thais wounded. Cambodia says ten Thai soldiers surrendered; Bangkok denies any are missing and urges its nationals to leave Cambodia.',
    },
    [S.bbcOct15, S.independentOct15],
  ),
  ev(
    'TalksRoundOpened',
    'commanders08-opened',
    { occurredAt: '2008-10-16', recordedAt: rec('2008-10-16', '12:00') },
    {
      roundId: R.commanders08,
      label: 'Regional commanders’ meeting, Si Sa Ket',
      venue: 'Si Sa Ket, Thailand',
      format: 'technical',
    },
    [S.xinhuaOct16],
    { occurrence: O.commanders08 },
  ),
  ev(
    'TalksRoundConcluded',
    'commanders08-concluded',
    { occurredAt: '2008-10-16', recordedAt: rec('2008-10-16', '12:05') },
    {
      roundId: R.commanders08,
      outcome: 'progress',
      summary:
        'Five hours: joint patrols of the disputed areas, soldiers not to fire; forces and heavy weapons stay; policy-level talks on 21 October.',
    },
    [S.afpOct16, S.xinhuaOct16],
    { occurrence: O.commanders08 },
  ),
  ev(
    'CeasefireDeclared',
    'cf-oct08',
    { occurredAt: '2008-10-16', recordedAt: rec('2008-10-16', '12:10') },
    {
      ceasefireId: CF.oct08,
      parties: ['thailand', 'cambodia'],
      scope:
        'The generals agree that soldiers will not fire their weapons and that joint patrols will be introduced; troops remain in place.',
      duration: 'indefinite',
    },
    [S.afpOct16],
    { occurrence: O.commanders08 },
  ),
  // ===== April 2009: the clash at Veal Intry =====
  ev(
    'IncidentReported',
    'inc-apr3-09',
    { occurredAt: '2009-04-03', recordedAt: rec('2009-04-06', '06:00') },
    {
      incidentId: 'veal-intry-clash-2009-04-03',
      kind: 'clash',
      perpetrator: 'cambodia',
      allegedBy: 'thailand',
      against: 'thailand',
      place: 'Preah Vihear temple',
      fatalities: { min: 2, max: 4 },
      injured: { min: 7, max: 10 },
      description:
        'Two clashes at Veal Intry (Eagle Field), 2 km from the temple, after Thai soldiers went to the site of a mine blast: machine guns, rockets and mortars; the temple staircase damaged and a Cambodian market burned. At least two soldiers killed (AFP; the Thai prime minister condoles with two families); Cambodia claims four Thai soldiers killed and ten captured.',
    },
    [S.afpApr4, graded(S.cambodiaDailyApr6, 3)],
    { occurrence: O.veal09 },
  ),
  ev(
    'CeasefireViolationReported',
    'viol-apr3-09',
    { occurredAt: '2009-04-03', recordedAt: rec('2009-04-06', '06:05') },
    {
      ceasefireId: CF.oct08,
      allegedBy: 'thailand',
      against: 'cambodia',
      casualties: { min: 2, max: 4 },
      description:
        'Both sides say Cambodia fired first, Cambodia because Thai troops strayed onto its land; commanders talk the same day and again on the 4th.',
    },
    [S.apApr3, S.afpApr4],
    { occurrence: O.veal09 },
  ),
  ev(
    'StatementMade',
    'stmt-hun-sen-apr4-09',
    { occurredAt: '2009-04-04', recordedAt: rec('2009-04-06', '06:10') },
    {
      speaker: HUN_SEN,
      audience: 'domestic audience',
      tone: 'neutral',
      summary: 'Downplays the clash: every side has the right to self-defence; the border is quiet and back to normal.',
    },
    [S.afpApr4],
  ),
  ev(
    'StatementMade',
    'stmt-abhisit-apr5-09',
    { occurredAt: '2009-04-05', recordedAt: rec('2009-04-06', '06:15') },
    {
      speaker: ABHISIT,
      audience: 'cambodia',
      tone: 'conciliatory',
      summary:
        'Respects the 1962 ruling; he and Hun Sen agree that the Joint Border Committee continues the negotiations; the issue will be raised at the ASEAN summit in Pattaya.',
    },
    [S.bkkpostApr5],
  ),
  // ===== 2010: the stand-off, the talks =====
  ev(
    'TalksRoundOpened',
    'ny10-opened',
    { occurredAt: '2010-09-25', precision: 'approximate', recordedAt: rec('2010-09-28', '06:00') },
    {
      roundId: R.newYork10,
      label: 'Hun Sen – Abhisit meeting, New York (US–ASEAN summit)',
      venue: 'New York',
      format: 'informal',
      delegations: [
        { actorId: 'cambodia', head: HUN_SEN },
        { actorId: 'thailand', head: ABHISIT },
      ],
    },
    [S.voaSep27],
  ),
  ev(
    'TalksRoundConcluded',
    'ny10-concluded',
    { occurredAt: '2010-09-25', precision: 'approximate', recordedAt: rec('2010-09-28', '06:05') },
    {
      roundId: R.newYork10,
      outcome: 'progress',
      summary:
        'Both agree to move toward a peaceful resolution of the border row; heavily armed troops stay entrenched along the border.',
    },
    [S.voaSep27],
  ),
  ev(
    'StatementMade',
    'stmt-abhisit-oct3-10',
    { occurredAt: '2010-10-03', recordedAt: rec('2010-10-03', '12:00') },
    {
      speaker: ABHISIT,
      audience: 'cambodia',
      tone: 'neutral',
      summary:
        'Will confer with Hun Sen at the Asia–Europe meeting; the soldiers facing each other on the border may be discussed; the boundary commission’s framework still awaits the Thai parliament.',
    },
    [S.mcotOct3],
  ),
  // ===== 4–7 February 2011: fighting at the temple =====
  ev(
    'IncidentReported',
    'inc-feb4',
    { occurredAt: '2011-02-04T15:15:00+07:00', recordedAt: rec('2011-02-04', '14:00') },
    {
      incidentId: 'preah-vihear-fighting-2011-02-04',
      kind: 'shelling',
      perpetrator: 'thailand',
      allegedBy: 'cambodia',
      against: 'cambodia',
      place: 'Preah Vihear temple',
      fatalities: { min: 1, max: 1 },
      injured: { min: 5, max: 5 },
      description:
        'Two hours of artillery, rockets and small arms near the temple, each side blaming the other: one Cambodian soldier killed and five wounded (Bayon TV). Cambodia says it captured Thai soldiers and will complain to the Security Council of a "Thai invasion".',
    },
    [S.apFeb4],
  ),
  ev(
    'IncidentReported',
    'inc-feb4-si-sa-ket',
    { occurredAt: '2011-02-04T16:00:00+07:00', precision: 'approximate', recordedAt: rec('2011-02-04', '14:05') },
    {
      incidentId: 'si-sa-ket-shelling-2011-02-04',
      kind: 'shelling',
      perpetrator: 'cambodia',
      allegedBy: 'thailand',
      against: 'thailand',
      place: 'Si Sa Ket province',
      fatalities: { min: 1, max: 1 },
      civilianFatalities: { min: 1, max: 1 },
      injured: { min: 4, max: 4 },
      description:
        'During the two hours of fighting, shells fall on the Thai side: a Thai villager killed, four Thai soldiers slightly wounded; Thai villages evacuated (Thai army spokesman).',
    },
    [S.apFeb4],
  ),
  ev(
    'CeasefireEnded',
    'cf-oct08-ended',
    { occurredAt: '2011-02-04T15:15:00+07:00', recordedAt: rec('2011-02-04', '14:10') },
    {
      ceasefireId: CF.oct08,
      reason: 'collapsed',
      summary:
        'The understanding of October 2008 that soldiers would not fire is broken by the artillery fighting of 4 February.',
    },
    [S.apFeb4],
  ),
  ev(
    'CeasefireDeclared',
    'cf-feb4',
    { occurredAt: '2011-02-04T17:30:00+07:00', precision: 'approximate', recordedAt: rec('2011-02-04', '14:15') },
    {
      ceasefireId: CF.feb4,
      parties: ['thailand', 'cambodia'],
      scope: 'The fighting stops after the Thai defence minister calls Hun Sen; confirmed by the Thai army spokesman.',
      duration: 'indefinite',
    },
    [S.apFeb4],
  ),
  ev(
    'IncidentReported',
    'inc-feb5',
    { occurredAt: '2011-02-05T06:15:00+07:00', recordedAt: rec('2011-02-05', '09:00') },
    {
      incidentId: 'preah-vihear-clash-2011-02-05',
      kind: 'clash',
      perpetrator: 'cambodia',
      allegedBy: 'thailand',
      against: 'thailand',
      place: 'Preah Vihear temple',
      fatalities: { min: 1, max: 1 },
      injured: { min: 4, max: 4 },
      description:
        'Rocket-propelled grenades and guns for about 25 minutes in the disputed 4.6 km² around the temple: one Thai soldier killed, four wounded (Thai army).',
    },
    [S.xinhuaFeb5],
  ),
  ev(
    'CeasefireDeclared',
    'cf-feb5',
    { occurredAt: '2011-02-05T13:00:00+07:00', precision: 'approximate', recordedAt: rec('2011-02-05', '09:10') },
    {
      ceasefireId: CF.feb5,
      parties: ['thailand', 'cambodia'],
      scope:
        'Four points agreed by the Thai Second Army and Cambodian Fourth Region commanders: ceasefire, no reinforcement, prevent further clashes, better coordination.',
      duration: 'indefinite',
    },
    [S.xinhuaFeb5],
  ),
  ev(
    'CeasefireEnded',
    'cf-feb4-ended',
    { occurredAt: '2011-02-05T13:00:00+07:00', precision: 'approximate', recordedAt: rec('2011-02-05', '09:15') },
    {
      ceasefireId: CF.feb4,
      reason: 'superseded',
      summary: 'Broken by the morning clash; replaced by the four-point ceasefire.',
    },
    [S.xinhuaFeb5],
  ),
  ev(
    'StatementMade',
    'stmt-th-unesco-feb5',
    { occurredAt: '2011-02-05', recordedAt: rec('2011-02-06', '02:00') },
    {
      speaker: TH_GOVT,
      audience: 'cambodia',
      tone: 'critical',
      summary:
        'The government cranks up pressure on Cambodia over the temple, threatening a reprisal at UNESCO, as Cambodia takes the fighting to the UN.',
    },
    [S.bkkpostFeb6],
  ),
  ev(
    'IncidentReported',
    'inc-feb6-temple',
    { occurredAt: '2011-02-06T18:40:00+07:00', recordedAt: rec('2011-02-07', '01:00') },
    {
      incidentId: 'preah-vihear-shelling-2011-02-06',
      kind: 'shelling',
      perpetrator: 'thailand',
      allegedBy: 'cambodia',
      against: 'cambodia',
      place: 'Preah Vihear temple',
      description:
        'Thai artillery resumes on Cambodian troops for nearly three hours: "a wing of our Preah Vihear Temple has collapsed" (Cambodian commander); Cambodia alleges gas shells. No toll given.',
    },
    [S.xinhuaFeb7],
  ),
  ev(
    'IncidentReported',
    'inc-feb6-phnom-trap',
    { occurredAt: '2011-02-06T18:40:00+07:00', recordedAt: rec('2011-02-07', '01:05') },
    {
      incidentId: 'phnom-trap-fighting-2011-02-06',
      kind: 'clash',
      perpetrator: 'thailand',
      allegedBy: 'cambodia',
      against: 'cambodia',
      place: 'Phnom Trap and Veal Intry',
      description:
        'The fighting of the evening breaks out at Phnom Trap hill and Veal Intry and spreads along the border: rockets, machine guns, mortars and artillery, "bigger in scale than the two previous clashes" (Cambodian colonel at the temple).',
    },
    [S.xinhuaFeb7],
  ),
  ev(
    'CeasefireEnded',
    'cf-feb5-ended',
    { occurredAt: '2011-02-06T18:40:00+07:00', recordedAt: rec('2011-02-07', '01:10') },
    {
      ceasefireId: CF.feb5,
      reason: 'collapsed',
      summary:
        'A Cambodian commander: the Thais had not honoured the ceasefire of Saturday; the fighting resumes the next day.',
    },
    [S.xinhuaFeb7],
  ),
  ev(
    'IncidentReported',
    'inc-feb7',
    { occurredAt: '2011-02-07', recordedAt: rec('2011-02-08', '06:00') },
    {
      incidentId: 'preah-vihear-shelling-2011-02-07',
      kind: 'shelling',
      perpetrator: 'thailand',
      allegedBy: 'cambodia',
      against: 'cambodia',
      place: 'Preah Vihear temple',
      description:
        'A fourth day of shelling: Cambodia evacuates villagers and clears vehicles from the foot of the cliff; as many as five civilians and soldiers killed on both sides by then, by the two countries’ news reports.',
    },
    [S.nytFeb8],
  ),
  ev(
    'StatementMade',
    'stmt-hun-sen-feb7',
    { occurredAt: '2011-02-07', recordedAt: rec('2011-02-08', '06:05') },
    {
      speaker: HUN_SEN,
      audience: 'thailand',
      tone: 'accusation',
      summary:
        'Asks the Security Council to meet urgently to "stop Thailand’s aggression" and urges UN peacekeepers for the border.',
      quote: 'We will go to the Security Council whether you like it or not.',
    },
    [S.nytFeb8],
  ),
  ev(
    'EventCorrected',
    'corr-feb4-toll',
    { occurredAt: '2011-02-07', recordedAt: rec('2011-02-08', '06:10') },
    {
      eventId: idOf('inc-feb4'),
      changes: {
        data: {
          fatalities: { min: 1, max: 3 },
          civilianFatalities: { min: 0, max: 1 },
          injured: { min: 5, max: 10 },
        },
        sources: [S.apFeb4, S.reutersFeb7],
      },
      reason:
        'Reuters: two Cambodian soldiers and a Cambodian civilian (a tourist visiting the temple) killed on the Friday, ten Cambodian soldiers wounded; Bayon TV had one soldier killed.',
    },
    [S.reutersFeb7],
  ),
  // ===== 14–22 February 2011: the Security Council, ASEAN in Jakarta =====
  ev(
    'ActorRegistered',
    'actor-indonesia',
    { occurredAt: '2011-02-14', recordedAt: rec('2011-02-14', '22:00') },
    { actor: INDONESIA, role: 'mediator' },
    [S.voaFeb14],
    { note: 'Marty Natalegawa, foreign minister of Indonesia, chair of ASEAN in 2011.' },
  ),
  ev(
    'ActorRegistered',
    'actor-unsc',
    { occurredAt: '2011-02-14', recordedAt: rec('2011-02-14', '22:05') },
    { actor: UNSC, role: 'third-party' },
    [S.voaFeb14],
  ),
  ev(
    'StatementMade',
    'stmt-unsc-feb14',
    { occurredAt: '2011-02-14', recordedAt: rec('2011-02-14', '22:10') },
    {
      speaker: VIOTTI,
      audience: 'thailand, cambodia',
      tone: 'neutral',
      summary:
        'After closed consultations with both foreign ministers and Indonesia’s: grave concern; maximum restraint; urges a permanent ceasefire implemented fully and dialogue; supports ASEAN’s efforts.',
      quote:
        'The members of the Security Council further urged the parties to establish a permanent ceasefire and to implement it fully.',
    },
    [S.voaFeb14, S.xinhuaFeb14],
  ),
  ev(
    'TalksRoundOpened',
    'jakarta11-opened',
    { occurredAt: '2011-02-22', recordedAt: rec('2011-02-22', '14:00') },
    {
      roundId: R.jakarta11,
      label: 'Informal ASEAN foreign ministers’ meeting, Jakarta',
      venue: 'Jakarta',
      format: 'formal',
      hosts: ['indonesia'],
      delegations: [{ actorId: 'cambodia', head: HOR_NAMHONG }, { actorId: 'thailand' }],
    },
    [S.sgMfaFeb22],
    { occurrence: O.jakarta11 },
  ),
  ev(
    'TalksRoundConcluded',
    'jakarta11-concluded',
    { occurredAt: '2011-02-22', recordedAt: rec('2011-02-22', '14:05') },
    {
      roundId: R.jakarta11,
      outcome: 'agreement',
      summary:
        'Both commit to avoid further armed clashes and invite Indonesia to post unarmed observers on both sides of the affected border; further bilateral talks with Indonesia’s engagement.',
    },
    [S.sgMfaFeb22, S.voaFeb22],
    { occurrence: O.jakarta11 },
  ),
  ev(
    'CeasefireDeclared',
    'cf-jakarta',
    { occurredAt: '2011-02-22', recordedAt: rec('2011-02-22', '14:10') },
    {
      ceasefireId: CF.jakarta,
      parties: ['thailand', 'cambodia'],
      scope:
        'An unofficial ceasefire: no further armed clashes; unarmed Indonesian military and civilian observers to monitor it.',
      duration: 'indefinite',
      mediatedBy: ['indonesia'],
    },
    [S.voaFeb22, S.sgMfaFeb22],
    { occurrence: O.jakarta11 },
  ),
  ev(
    'MediationAction',
    'med-natalegawa-feb7',
    { occurredAt: '2011-02-07', recordedAt: rec('2011-02-24', '06:00') },
    {
      mediator: 'indonesia',
      action: 'visited',
      summary: 'Natalegawa in Phnom Penh (7 February) and Bangkok (8 February) on behalf of the ASEAN chair.',
    },
    [S.antaraFeb24],
  ),
  // ===== 22 April – 4 May 2011: Ta Moan and Ta Krabey =====
  ev(
    'IncidentReported',
    'inc-apr22-ta-moan',
    { occurredAt: '2011-04-22', recordedAt: rec('2011-04-23', '06:00') },
    {
      incidentId: 'ta-moan-fighting-2011-04-22',
      kind: 'shelling',
      perpetrator: 'thailand',
      allegedBy: 'cambodia',
      against: 'cambodia',
      place: 'Ta Moan temple',
      fatalities: { min: 6, max: 7 },
      injured: { min: 19, max: 19 },
      description:
        'Fighting for several hours with artillery and small arms around the Ta Moan (Ta Muen) temples, 150 km west of Preah Vihear, each side blaming the other: three to four Thai and three Cambodian soldiers killed across the day’s three locations (not split by place), 13 Thai and 6 Cambodian wounded; thousands evacuated.',
    },
    [S.reutersApr23, S.apApr23],
  ),
  ev(
    'IncidentReported',
    'inc-apr22-ta-krabey',
    { occurredAt: '2011-04-22', recordedAt: rec('2011-04-23', '06:05') },
    {
      incidentId: 'ta-krabey-fighting-2011-04-22',
      kind: 'clash',
      perpetrator: 'thailand',
      allegedBy: 'cambodia',
      against: 'cambodia',
      place: 'Ta Krabey temple',
      description: 'Skirmishes near the Ta Krabey (Ta Kwai) temple, 12 km from Ta Moan, the same day.',
    },
    [S.apApr23],
  ),
  ev(
    'IncidentReported',
    'inc-apr22-villages',
    { occurredAt: '2011-04-22', recordedAt: rec('2011-04-23', '06:10') },
    {
      incidentId: 'banteay-ampil-shelling-2011-04-22',
      kind: 'shelling',
      perpetrator: 'thailand',
      allegedBy: 'cambodia',
      against: 'cambodia',
      place: 'Banteay Ampil district, Oddar Meanchey',
      description:
        'Artillery falls on villages as far as 13 miles inside Cambodia; houses damaged, civilians evacuated on farm vehicles to schools and pagodas (Cambodian officials, Bayon TV).',
    },
    [S.apApr23],
  ),
  ev(
    'CeasefireEnded',
    'cf-jakarta-ended',
    { occurredAt: '2011-04-22', recordedAt: rec('2011-04-23', '06:15') },
    {
      ceasefireId: CF.jakarta,
      reason: 'collapsed',
      summary:
        'The fighting shatters the informal ceasefire that had held since February (AFP); the Indonesian observers were never deployed.',
    },
    [S.reutersApr23],
  ),
  ev(
    'IncidentReported',
    'inc-apr23',
    { occurredAt: '2011-04-23', recordedAt: rec('2011-04-23', '14:00') },
    {
      incidentId: 'ta-krabey-fighting-2011-04-23',
      kind: 'clash',
      perpetrator: 'thailand',
      allegedBy: 'cambodia',
      against: 'cambodia',
      place: 'Ta Krabey temple',
      fatalities: { min: 4, max: 4 },
      injured: { min: 24, max: 24 },
      description:
        'A second day, from before dawn west of Ta Krabey, with heavy artillery: one Thai and three Cambodian soldiers killed, 13 Thai and 11 Cambodian wounded; Cambodia accuses Thailand of cluster munitions and gas shells, which Bangkok calls groundless.',
    },
    [S.reutersApr23b, S.reutersApr23],
  ),
  ev(
    'StatementMade',
    'stmt-kh-mod-apr23',
    { occurredAt: '2011-04-23', recordedAt: rec('2011-04-23', '14:05') },
    {
      speaker: { name: 'Ministry of National Defence of Cambodia (statement)', actorId: 'cambodia' },
      audience: 'thailand',
      tone: 'accusation',
      summary: 'Condemns "these repeated deliberate acts of aggression" and calls on Thailand to cease hostilities.',
    },
    [S.reutersApr23b],
  ),
  ev(
    'IncidentReported',
    'inc-apr25',
    { occurredAt: '2011-04-25', recordedAt: rec('2011-04-26', '06:00') },
    {
      incidentId: 'ta-moan-shelling-2011-04-25',
      kind: 'shelling',
      perpetrator: 'thailand',
      allegedBy: 'cambodia',
      against: 'cambodia',
      place: 'Ta Moan temple',
      description:
        'Shells fired again on the afternoon of the fourth day; the toll of the fighting since Friday reaches twelve soldiers (seven Cambodian, five Thai); about 20,000 Thai villagers in camps and 17,000 Cambodians evacuated; Cambodia says the temples are damaged.',
    },
    [S.afpApr26],
  ),
  ev(
    'IncidentReported',
    'inc-apr28',
    { occurredAt: '2011-04-28T05:00:00+07:00', precision: 'approximate', recordedAt: rec('2011-04-28', '10:00') },
    {
      incidentId: 'o-smach-fighting-2011-04-28',
      kind: 'shelling',
      perpetrator: 'cambodia',
      allegedBy: 'thailand',
      against: 'thailand',
      place: "O'Smach, Oddar Meanchey",
      fatalities: { min: 1, max: 1 },
      description:
        'A seventh day: clashes early in the morning in four areas, among them near the border town of O’Smach; a rocket kills a Thai soldier (where, the reports do not say); the toll reaches 15 dead, about 60 wounded, over 60,000 in shelters.',
    },
    [S.apApr28, S.reutersApr28],
  ),
  ev(
    'CeasefireDeclared',
    'cf-apr28',
    { occurredAt: '2011-04-28T11:00:00+07:00', precision: 'approximate', recordedAt: rec('2011-04-28', '10:05') },
    {
      ceasefireId: CF.apr28,
      parties: ['thailand', 'cambodia'],
      scope:
        'Agreed by the regional commanders after a 40-minute meeting: ceasefire, troops stay, field commanders meet regularly, checkpoints near the two temples to reopen; the dispute left to the boundary commission. Thailand calls it agreed "in principle".',
      duration: 'indefinite',
    },
    [S.apApr28, S.reutersApr28],
  ),
  ev(
    'CeasefireViolationReported',
    'viol-apr29',
    { occurredAt: '2011-04-29', recordedAt: rec('2011-04-29', '12:00') },
    {
      ceasefireId: CF.apr28,
      allegedBy: 'thailand',
      against: 'cambodia',
      casualties: { min: 1, max: 1 },
      injured: { min: 4, max: 4 },
      description:
        'Fighting rages on a few hours after the commanders’ ceasefire and into Friday: another Thai soldier killed and four wounded (Thai army).',
    },
    [S.cnnApr29],
  ),
  ev(
    'CeasefireViolationReported',
    'viol-apr30',
    { occurredAt: '2011-04-30T05:15:00+07:00', recordedAt: rec('2011-04-30', '06:00') },
    {
      ceasefireId: CF.apr28,
      allegedBy: 'cambodia',
      against: 'thailand',
      description:
        'After a second ceasefire agreed on Friday, Thai rockets at 20:05 and heavy Thai shelling of Ta Moan Thom from 05:15 on Saturday (Cambodian commanders to DAP News). No casualties reported.',
    },
    [S.dapApr30],
  ),
  ev(
    'CeasefireViolationReported',
    'viol-may3',
    { occurredAt: '2011-05-03T05:00:00+07:00', recordedAt: rec('2011-05-03', '06:00') },
    {
      ceasefireId: CF.apr28,
      allegedBy: 'cambodia',
      against: 'thailand',
      description:
        'A twelfth day at Ta Krabey: Thai grenades, mortars and artillery from 22:00 on 2 May to 05:00 on the 3rd, and fierce fighting on the night of the 1st, after the local ceasefire of 1 May (Cambodian troops to DAP News). No casualties reported.',
    },
    [S.dapMay3],
  ),
  ev(
    'CeasefireDeclared',
    'cf-may4',
    { occurredAt: '2011-05-04', recordedAt: rec('2011-05-04', '12:00') },
    {
      ceasefireId: CF.may4,
      parties: ['thailand', 'cambodia'],
      scope:
        'Six points agreed at the O’Smach checkpoint by the Cambodian Military Region 4 and Thai Second Army commanders: a ceasefire, two soldiers of each side at Ta Moan and Ta Krabey, return to the situation before 22 April, villagers home, the O’Smach and Anlong Veng checkpoints reopened.',
      duration: 'indefinite',
    },
    [S.xinhuaMay4],
  ),
  ev(
    'CeasefireEnded',
    'cf-apr28-ended',
    { occurredAt: '2011-05-04', recordedAt: rec('2011-05-04', '12:05') },
    { ceasefireId: CF.apr28, reason: 'superseded', summary: 'Replaced by the six-point ceasefire of O’Smach.' },
    [S.xinhuaMay4],
  ),
  ev(
    'TalksRoundOpened',
    'jakarta-may-opened',
    { occurredAt: '2011-05-09', recordedAt: rec('2011-05-11', '12:00') },
    {
      roundId: R.jakartaMay11,
      label: 'Foreign ministers with Indonesia, Jakarta (after the ASEAN summit)',
      venue: 'Jakarta',
      format: 'formal',
      hosts: ['indonesia'],
      delegations: [{ actorId: 'cambodia', head: HOR_NAMHONG }, { actorId: 'thailand' }],
    },
    [S.locMay11],
  ),
  ev(
    'TalksRoundConcluded',
    'jakarta-may-concluded',
    { occurredAt: '2011-05-09', recordedAt: rec('2011-05-11', '12:05') },
    {
      roundId: R.jakartaMay11,
      outcome: 'progress',
      summary:
        'Three hours, "constructive and comprehensive"; another day of talks agreed, on deploying Indonesian observers. The leaders had shown no progress at the summit on the 8th.',
    },
    [S.locMay11],
  ),
  ev(
    'IncidentReported',
    'inc-apr-may-toll',
    { occurredAt: '2011-05-04', recordedAt: rec('2011-05-20', '06:00') },
    {
      incidentId: 'april-may-2011-toll',
      kind: 'casualty-report',
      period: { from: '2011-04-22', to: '2011-05-04' },
      fatalities: { min: 15, max: 18 },
      description:
        'About 18 killed and 85,000 displaced on both sides since 22 April (RSIS); 15 by the agencies’ count of 28 April.',
    },
    [S.rsisMay20],
  ),
  // ===== The court =====
  ev(
    'ActorRegistered',
    'actor-icj',
    { occurredAt: '2011-04-28', recordedAt: rec('2011-07-18', '14:00') },
    { actor: ICJ, role: 'observer' },
    [S.icjJul18],
    {
      note: 'Cambodia filed its request for interpretation of the 1962 judgment, with a request for provisional measures, on 28 April 2011.',
    },
  ),
  ev(
    'DemandTabled',
    'dem-promontory',
    { occurredAt: '2011-04-28', recordedAt: rec('2011-07-18', '14:05') },
    {
      demandId: D.promontory,
      by: 'cambodia',
      addressedTo: ['thailand'],
      text: 'Cambodia’s request to the ICJ: interpret the 1962 judgment as fixing the frontier on the Annex I map, so that Thailand must withdraw its forces from the temple’s vicinity; meanwhile, provisional measures to make Thai incursions cease.',
      category: 'territorial',
    },
    [S.icjJul18],
  ),
  ev(
    'StatementMade',
    'stmt-icj-jul18',
    { occurredAt: '2011-07-18', recordedAt: rec('2011-07-18', '14:10') },
    {
      speaker: ICJ_COURT,
      audience: 'thailand, cambodia',
      tone: 'neutral',
      summary:
        'Provisional measures: a provisional demilitarised zone of about 17 km² around the temple; both to withdraw their military personnel from it at once and refrain from armed activity directed at it; Thailand not to obstruct Cambodia’s access to the temple; both to continue cooperating within ASEAN and let its observers into the zone.',
    },
    [S.icjJul18],
  ),
  ev(
    'StatementMade',
    'stmt-abhisit-jul21',
    { occurredAt: '2011-07-21', recordedAt: rec('2011-07-22', '06:00') },
    {
      speaker: ABHISIT,
      audience: 'cambodia',
      tone: 'critical',
      summary:
        'The caretaker prime minister: no Indonesian observers in the disputed area until Cambodian troops have left; the two sides’ positions differ; the army waits for the new government before any withdrawal.',
    },
    [S.xinhuaJul22b],
  ),
  ev(
    'StatementMade',
    'stmt-hun-sen-aug11',
    { occurredAt: '2011-08-11', recordedAt: rec('2011-08-19', '06:00') },
    {
      speaker: HUN_SEN,
      audience: 'thailand',
      tone: 'conciliatory',
      summary:
        'The border committee can meet bilaterally, with Indonesia present for the demilitarised zone; "a new era of cooperation" with the Pheu Thai government: the border conflict was a nightmare, "now it is over".',
    },
    [S.xinhuaAug11],
  ),
  ev(
    'StatementMade',
    'stmt-kun-kim-sep5',
    { occurredAt: '2011-09-05', recordedAt: rec('2011-09-05', '12:00') },
    {
      speaker: KUN_KIM,
      audience: 'thailand',
      tone: 'conciliatory',
      summary:
        'Another 500 troops (Battalion 408) pulled back from the border to their barracks, the seventh such withdrawal since July, all outside the demilitarised zone, which must be left simultaneously with Thai troops.',
    },
    [S.xinhuaSep5],
    { cameo: '0874' },
  ),
  ev(
    'TalksRoundOpened',
    'pp-sep11-opened',
    { occurredAt: '2011-09-15', recordedAt: rec('2011-09-15', '14:00') },
    {
      roundId: R.phnomPenhSep11,
      label: 'Yingluck Shinawatra’s visit to Hun Sen, Phnom Penh',
      venue: 'Phnom Penh',
      format: 'formal',
      delegations: [
        { actorId: 'thailand', head: YINGLUCK },
        { actorId: 'cambodia', head: HUN_SEN },
      ],
    },
    [S.voaSep15],
    { occurrence: O.phnomPenhSep11 },
  ),
  ev(
    'TalksRoundConcluded',
    'pp-sep11-concluded',
    { occurredAt: '2011-09-15', recordedAt: rec('2011-09-16', '06:00') },
    {
      roundId: R.phnomPenhSep11,
      outcome: 'agreement',
      summary:
        'Agreement to redeploy troops away from the disputed area and for frequent meetings of the troops on the border; relations "normalizing".',
    },
    [S.voaSep15, S.siiaSep16],
    { occurrence: O.phnomPenhSep11 },
  ),
  ev(
    'AgreementReached',
    'agr-sep11',
    { occurredAt: '2011-09-15', recordedAt: rec('2011-09-16', '06:05') },
    {
      agreementId: 'hun-sen-yingluck-2011-09-15',
      kind: 'partial',
      provisions: [
        'Redeploy troops away from the disputed area near the Preah Vihear temple',
        'Troops along the border meet frequently to ease tensions',
        'Redeployment with observers from Indonesia, the ASEAN chair, as the ICJ’s order provides',
      ],
      signatories: ['thailand', 'cambodia'],
      textPublic: false,
      roundId: R.phnomPenhSep11,
    },
    [S.voaSep15, S.siiaSep16],
    { occurrence: O.phnomPenhSep11 },
  ),
  ev(
    'TalksRoundOpened',
    'gbc11-opened',
    { occurredAt: '2011-12-21', recordedAt: rec('2011-12-21', '12:00') },
    {
      roundId: R.gbc11,
      label: 'Eighth meeting of the General Border Committee, Phnom Penh',
      venue: 'Phnom Penh',
      format: 'formal',
      delegations: [{ actorId: 'cambodia', head: TEA_BANH }, { actorId: 'thailand' }],
    },
    [S.xinhuaDec21],
    { occurrence: O.gbc11 },
  ),
  ev(
    'TalksRoundConcluded',
    'gbc11-concluded',
    { occurredAt: '2011-12-21', recordedAt: rec('2011-12-22', '02:00') },
    {
      roundId: R.gbc11,
      outcome: 'agreement',
      summary:
        'Joint statement: the ICJ’s order to be implemented transparently and verifiably; a joint working group for the complete and simultaneous redeployment out of the zone under Cambodian, Thai and Indonesian observers; joint demining.',
    },
    [S.xinhuaDec21, S.bkkpostDec22],
    { occurrence: O.gbc11 },
  ),
  ev(
    'AgreementReached',
    'agr-gbc11',
    { occurredAt: '2011-12-21', recordedAt: rec('2011-12-22', '02:05') },
    {
      agreementId: 'gbc-8-2011-12-21',
      kind: 'partial',
      provisions: [
        'Implement the ICJ’s order of 18 July 2011 in a transparent, equitable and verifiable manner',
        'Withdraw all troops from the provisional demilitarised zone simultaneously, under the observation of Indonesian observers',
        'A joint working group to plan the redeployment; border police to replace the troops in the zone',
        'Cooperation to clear landmines in the zone',
      ],
      signatories: ['thailand', 'cambodia'],
      textPublic: true,
      roundId: R.gbc11,
    },
    [S.bkkpostDec22, S.xinhuaDec21],
    { occurrence: O.gbc11 },
  ),
  // ===== July 2012: the withdrawal from the zone =====
  ev(
    'StatementMade',
    'stmt-neang-phat-jul18',
    { occurredAt: '2012-07-18', recordedAt: rec('2012-07-19', '06:00') },
    {
      speaker: NEANG_PHAT,
      audience: 'thailand',
      tone: 'conciliatory',
      summary:
        'At the withdrawal ceremony: some 485 Cambodian troops leave the demilitarised zone, replaced by 255 police in the zone and 100 at the temple; Thailand pulls its troops back the same day, complying with the court’s order.',
    },
    [S.apJul19],
    { cameo: '0874' },
  ),
  ev(
    'StatementMade',
    'stmt-sukumpol-jul18',
    { occurredAt: '2012-07-18', recordedAt: rec('2012-07-20', '18:00') },
    {
      speaker: SUKUMPOL,
      audience: 'cambodia',
      tone: 'conciliatory',
      summary:
        'Oversees Thailand’s withdrawal and the deployment of two companies of border patrol police in its place, with the army chief (the Bangkok Post calls the withdrawal "the first step" in following the court’s order).',
    },
    [S.upiJul20],
    { cameo: '0874' },
  ),
  ev(
    'StatementMade',
    'stmt-sukumpol-jul20',
    { occurredAt: '2012-07-20', recordedAt: rec('2012-07-20', '18:05') },
    {
      speaker: SUKUMPOL,
      audience: 'cambodia',
      tone: 'critical',
      summary:
        'On reports that Cambodian soldiers remain in the zone posing as civilians: Cambodia must honour the agreement.',
      quote: 'If they are gentlemen, they must honor the agreement.',
    },
    [S.upiJul20],
  ),
  // ===== November 2013: the judgment =====
  ev(
    'StatementMade',
    'stmt-hun-sen-nov7',
    { occurredAt: '2013-11-07', recordedAt: rec('2013-11-07', '15:00') },
    {
      speaker: HUN_SEN,
      audience: 'thailand',
      tone: 'conciliatory',
      summary:
        'Asks the troops on the border to keep calm and avoid any clash; he and Yingluck have agreed that whatever the verdict on the 11th, both countries comply with it and keep peace on the border.',
    },
    [S.xinhuaNov7],
  ),
  ev(
    'TalksRoundOpened',
    'surin13-opened',
    { occurredAt: '2013-11-11', recordedAt: rec('2013-11-12', '06:00') },
    {
      roundId: R.surin13,
      label: 'Regional commanders’ meeting, Surin (before the ruling)',
      venue: 'Surin, Thailand',
      format: 'technical',
    },
    [S.nnbtNov12],
    { occurrence: O.surin13 },
  ),
  ev(
    'TalksRoundConcluded',
    'surin13-concluded',
    { occurredAt: '2013-11-11', recordedAt: rec('2013-11-12', '06:05') },
    {
      roundId: R.surin13,
      outcome: 'progress',
      summary:
        'More channels of communication between the two armies, to prevent misunderstandings that could lead to clashes after the ruling.',
    },
    [S.nnbtNov12],
    { occurrence: O.surin13 },
  ),
  ev(
    'StatementMade',
    'stmt-icj-nov11',
    { occurredAt: '2013-11-11', recordedAt: rec('2013-11-12', '06:10') },
    {
      speaker: ICJ_COURT,
      audience: 'thailand, cambodia',
      tone: 'neutral',
      summary:
        'Unanimously, by way of interpretation: the 1962 judgment gave Cambodia sovereignty over the whole promontory of Preah Vihear, and Thailand was bound to withdraw its forces from it; the parties to cooperate in protecting the site. Phnom Trap (Phu Makhua) is not part of the promontory.',
    },
    [S.icjNov11],
  ),
  ev(
    'PositionTaken',
    'pos-th-promontory',
    { occurredAt: '2013-11-12', recordedAt: rec('2013-11-12', '06:15') },
    {
      demandId: D.promontory,
      actorId: 'thailand',
      stance: 'accepted-in-principle',
      conditions:
        'Thai troops stay until the two governments have met on how to implement the ruling; a committee studies it.',
      speaker: YINGLUCK,
    },
    [S.nnbtNov12],
  ),
  ev(
    'StatementMade',
    'stmt-hun-sen-nov11',
    { occurredAt: '2013-11-11', recordedAt: rec('2013-11-13', '06:00') },
    {
      speaker: HUN_SEN,
      audience: 'thailand',
      tone: 'conciliatory',
      summary:
        'Welcomes the judgment as "an important step forward with historical significance" toward a peaceful resolution based on international law, giving the parties a clear direction for its implementation.',
    },
    [S.hunSenNov13],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'thailand-cambodia-2008.jsonl',
  logEnd: '2013-11-14T00:00:00Z',
  events,
};

export default definition;
