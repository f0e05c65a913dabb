/**
 * A test fixture, not a shipped example: Eritrea and Djibouti over Ras
 * Doumeira, 2008–16, as an analyst following the news could have recorded
 * it — from Djibouti's reports of Eritrean troops digging in on its side of
 * the Ras Doumeira promontory (16 April 2008) through the fighting of 10–11
 * June 2008, the Security Council's demands (its president's statement of 12
 * June 2008, resolution 1862 of 14 January 2009 with a five-week deadline that
 * Eritrea ignored) and its sanctions (resolution 1907, 23 December 2009), to
 * the agreement of 6 June 2010 under Qatar's mediation (Eritrean withdrawal,
 * Qatari observers between the two) and the release of four Djiboutian
 * prisoners of war on 18 March 2016. Escalation model v2 was never tuned on
 * it: it is the case the model is held to in eritrea-djibouti-2008.spec.ts,
 * against the calls an analyst makes from DOMAIN.md §5b alone.
 *
 * What it tests that the other cases did not: one heavy clash at one place
 * (tens killed), then an occupation and a stand-off of two years with troops
 * face to face and no shot fired, in which the ultimatum (the Council's
 * deadline) and the sanctions are a third party's, not the pair's; then an
 * agreement carried out with peacekeepers while prisoners of war stay held.
 * The parties are Eritrea and Djibouti; France (which supported Djibouti's
 * army), the Security Council, the African Union, the Arab League and the
 * United States are third parties; Qatar is the mediator from June 2010.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source.
 *
 * Grading as in examples/README.md: B = established outlet or wire copy
 * (Reuters, AFP, AP, BBC, Al Jazeera, VOA, Sudan Tribune's wire copies), C =
 * smaller outlet, aggregator, blog copy or mirror; 1 = an act or statement on
 * record, confirmed by the actor itself (a resolution's text, a ministry's own
 * statement); 2 = several outlets agree or one established outlet reports it;
 * 3 = one side's unverified claim about the other.
 *
 * Judgement calls, recorded as an analyst would:
 * - The place is recorded one way, "Ras Doumeira" (Mount Gabla, with
 *   Doumeira island offshore, in the descriptions): every act of 2008 was
 *   there.
 * - The fighting is recorded as three acts: the first exchange of fire on 10
 *   June (09:30 GMT, no toll reported), the Eritrean attack
 *   of that evening (15:40 GMT) and the fighting of 11 June, which stopped that
 *   night (Reuters, 12 June). The toll is the battle's and stands once, on the
 *   evening attack: 2 dead and 21 wounded (11 June), 9 and 60 (12 June), "at
 *   least 35" (January 2009), 35–44 (the upper count of the later record). All
 *   are Djibouti's counts: Eritrea neither confirmed nor denied the clashes, later denied any incursion, and gave none; Djibouti's
 *   claim of about a hundred Eritreans killed is left out (no dated source).
 * - The Eritrean commanders' demand for the deserters "or face armed action"
 *   (Djibouti's army's account) is an ultimatum of one party to the other,
 *   enforced the same evening by the attack.
 * - The occupation is one `force-posture` (16 April 2008). The stand-off that
 *   followed (two armies face to face, AFP's reports of February 2009) is the
 *   same fact and is not recorded again. The catalogue has no withdrawal: the
 *   Eritrean pull-back of 2 June 2010 is recorded as Eritrea's acceptance of
 *   Djibouti's demand, with the Qatari observers' deployment (a third party's
 *   engagement) and the Qatari premier's announcement.
 * - Resolution 1862's five-week deadline (14 January → 18 February 2009) is the
 *   Security Council's ultimatum to Eritrea, recorded as lapsed on its
 *   deadline (Eritrea neither complied nor was anything done then; 1907 of
 *   December restates the demand). The sanctions of 1907 are recorded as the
 *   Council's statement with CAMEO 163 (impose embargo or sanctions).
 * - The agreement of 6 June 2010 (signed by both presidents, Qatar's emir as
 *   mediator and witness) is a `framework`, its text not public; it is being
 *   implemented from its signing (the withdrawal had been verified). Its
 *   article on prisoners of war and missing persons is known from 2016
 *   reports; Djibouti's demand for its prisoners is dated to the agreement,
 *   approximately, and recorded in 2016.
 * - Left out for want of a dated source: Eritrea's refusal of visas to the
 *   UN fact-finding mission (September 2008, in resolution 1862's text only),
 *   Guelleh's warning to the Council in October 2008 (month only), the Arab
 *   League's emergency session of April–May 2008, Iran's offer to mediate
 *   (November 2008), the escape of some prisoners (September 2011), the
 *   tightening of the sanctions (resolution 2023, December 2011) and
 *   Djibouti's handing of Eritrean deserters to the UNHCR (2014).
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'eritrea-djibouti-2008';
const { ev, idOf } = caseKit(NEGOTIATION_ID, 'test-analyst', 2008);
const rec = (day: string, time = '12:00'): string => `${day}T${time}:00Z`;

const ERITREA: Actor = { id: 'eritrea', name: 'Eritrea', kind: 'state', aliases: ['Asmara'] };
const DJIBOUTI: Actor = {
  id: 'djibouti',
  name: 'Djibouti',
  kind: 'state',
  aliases: ['FAD', 'Djiboutian Armed Forces'],
};
const UNSC: Actor = {
  id: 'unsc',
  name: 'United Nations Security Council',
  kind: 'international-organisation',
  aliases: ['UN Security Council', 'Security Council'],
};
const US: Actor = { id: 'united-states', name: 'United States', kind: 'state', aliases: ['US', 'Washington'] };
const FRANCE: Actor = { id: 'france', name: 'France', kind: 'state', aliases: ['Paris', 'French forces in Djibouti'] };
const AU: Actor = {
  id: 'au',
  name: 'African Union',
  kind: 'international-organisation',
  aliases: ['AU', 'AU Peace and Security Council'],
};
const ARAB_LEAGUE: Actor = {
  id: 'arab-league',
  name: 'Arab League',
  kind: 'international-organisation',
  aliases: ['League of Arab States'],
};
const QATAR: Actor = { id: 'qatar', name: 'Qatar', kind: 'state', aliases: ['Doha'] };

const GUELLEH: Person = { name: 'Ismaïl Omar Guelleh', title: 'President of Djibouti', actorId: 'djibouti' };
const YOUSSOUF: Person = {
  name: 'Mahmoud Ali Youssouf',
  title: 'Foreign Minister of Djibouti',
  actorId: 'djibouti',
};
const DOUALEH: Person = {
  name: 'Mohamed Siad Doualeh',
  title: "Djibouti's Permanent Representative to the UN",
  actorId: 'djibouti',
};
const ERITREA_MFA: Person = { name: 'Ministry of Foreign Affairs of Eritrea (statement)', actorId: 'eritrea' };
const ERITREA_OFFICIAL: Person = { name: 'Official close to the Eritrean president (to AFP)', actorId: 'eritrea' };
const GIRMA: Person = {
  name: 'Girma Asmerom',
  title: "Eritrea's Permanent Representative to the UN",
  actorId: 'eritrea',
};
const KHALILZAD: Person = {
  name: 'Zalmay Khalilzad',
  title: 'President of the Security Council (June 2008)',
  actorId: 'unsc',
};
const COUNCIL: Person = { name: 'Security Council (resolution)', actorId: 'unsc' };
const US_EMBASSY: Person = { name: 'US Embassy in Djibouti / State Department (statement)', actorId: 'united-states' };
const AU_PSC: Person = { name: 'AU Peace and Security Council (decision)', actorId: 'au' };
const PING: Person = { name: 'Jean Ping', title: 'Chairperson of the AU Commission', actorId: 'au' };
const ARAB_LEAGUE_SPOKESMAN: Person = { name: 'Arab League (statement)', actorId: 'arab-league' };
const HBJ: Person = {
  name: 'Sheikh Hamad bin Jassim Al Thani',
  title: 'Prime Minister and Foreign Minister of Qatar',
  actorId: 'qatar',
};
const MBA: Person = {
  name: 'Sheikh Mohammed bin Abdulrahman Al Thani',
  title: 'Foreign Minister of Qatar',
  actorId: 'qatar',
};
const FRANCE_MFA: Person = { name: 'French Ministry of Foreign Affairs (statement)', actorId: 'france' };

const S = {
  sudantribuneMay9: source(
    "Djibouti army in 'tricky' standoff with Eritrea troops – president",
    'Sudan Tribune (AFP)',
    'https://sudantribune.com/spip.php?article27071',
    '2008-05-09',
    'B',
    2,
  ),
  aljazeeraJun10: source(
    'Horn of Africa neighbours clash',
    'Al Jazeera English (news agencies; web archive copy)',
    'https://web.archive.org/web/20080611084000/http:/english.aljazeera.net/NR/exeres/08F6F498-733D-48AC-B2F5-49E008BBE01B.htm',
    '2008-06-10',
    'B',
    2,
  ),
  sudantribuneJun11: source(
    'Two dead in Djibouti, Eritrea border clash',
    'Sudan Tribune (Reuters)',
    'https://sudantribune.com/article27477',
    '2008-06-11',
    'B',
    2,
  ),
  reutersJun12: source(
    'Nine dead in Djibouti-Eritrea border clashes',
    'Reuters',
    'https://www.reuters.com/article/us-eritrea-djibouti-idUSL1236173020080612',
    '2008-06-12',
    'B',
    2,
  ),
  fidesJun12: source(
    'Fighting between soldiers of Djibouti and Eritrea near the strategic Strait of Bab el Mandeb',
    'Agenzia Fides',
    'http://www.fides.org/en/news/15311-AFRICA_DJIBOUTI_Fighting_between_soldiers_of_Djibouti_and_Eritrea_near_the_strategic_Strait_of_Bab_el_Mandeb',
    '2008-06-12',
    'C',
    2,
  ),
  jpostJun12: source(
    'UN Security Council condemns Eritrean attack on Djibouti',
    'Jerusalem Post (AP)',
    'https://www.jpost.com/international/un-security-council-condemns-eritrean-attack-on-djibouti',
    '2008-06-12',
    'B',
    1,
  ),
  voaAfriqueJun12: source(
    "Affrontements à la frontière entre l'Érythrée et Djibouti",
    'VOA Afrique',
    'https://voaafrique.com/a/a-46-2008-06-12-voa6-91965454/1375322.html',
    '2008-06-12',
    'B',
    2,
  ),
  bbcJun13: source(
    "France backing Djibouti in 'war'",
    'BBC News',
    'http://news.bbc.co.uk/2/hi/africa/7453063.stm',
    '2008-06-13',
    'B',
    2,
  ),
  mgJun14: source(
    'France supports Djibouti in clashes with Eritrea',
    'Mail & Guardian (AFP)',
    'https://mg.co.za/article/2008-06-14-france-supports-djibouti-in-clashes-with-eritrea',
    '2008-06-14',
    'B',
    2,
  ),
  afrolJul1: source(
    'AU condemns Eritrea military attack on Djibouti',
    'afrol News',
    'http://afrol.com/articles/29637',
    '2008-07-01',
    'C',
    2,
  ),
  ethiofactJan14: source(
    'UN council demands Eritrea pullback from Djibouti',
    'Ethiofact (Reuters)',
    'https://ethiofact.com/3654/eritrea-djiboti/',
    '2009-01-14',
    'C',
    2,
  ),
  res1862Jan14: source(
    'United Nations Security Council Resolution 1862 – Peace and security in Africa (text)',
    'Law Global Hub (copy of S/RES/1862)',
    'https://lawglobalhub.com/united-nations-security-council-resolution-1862-peace-and-security-in-africa',
    '2009-01-14',
    'C',
    1,
  ),
  medeshiJan15: source(
    "UN orders Eritrea's withdrawal from disputed Djibouti border",
    'Medeshi (blog)',
    'http://medeshi-medeshi.blogspot.com/2009/01/un-orders-eritreas-withdrawal-from.html',
    '2009-01-15',
    'C',
    2,
  ),
  res1907Dec23: source(
    'Resolution 1907 (2009), S/RES/1907',
    'unscr.com (United Nations document)',
    'http://unscr.com/en/resolutions/1907',
    '2009-12-23',
    'B',
    1,
  ),
  sc9833Dec23: source(
    'Security Council imposes sanctions on Eritrea over its role in Somalia, refusal to withdraw troops following conflict with Djibouti (SC/9833)',
    'Dehai (copy of the UN press release)',
    'http://dehai.org/archives/dehai_news_archive/oct-dec09/0748.html',
    '2009-12-23',
    'C',
    1,
  ),
  gedabJun2: source(
    'Qatari Forces Deployed On The Eritrean-Djibouti Border',
    'Mascareignas (copy of Gedab News)',
    'http://mascareignas.blogspot.com/2010/06/qatari-forces-deployed-on-eritrean.html',
    '2010-06-02',
    'C',
    3,
  ),
  sudantribuneJun8: source(
    'Qatar to mediate between Djibouti and Eritrea on border dispute',
    'Sudan Tribune',
    'https://sudantribune.com/article35095',
    '2010-06-08',
    'B',
    2,
  ),
  ethiofactJun8: source(
    'Qatar mediating in Eritrea-Djibouti row',
    'Ethiofact (QNA)',
    'https://ethiofact.com/4594/qatar-mediating-in-eritrea-djibouti-row/',
    '2010-06-08',
    'C',
    2,
  ),
  afrolJun8: source(
    'Djibouti-Eritrea border dispute towards solution',
    'afrol News',
    'http://www.afrol.com/articles/36288',
    '2010-06-08',
    'C',
    2,
  ),
  aljazeeraMar18: source(
    'Eritrea releases four Djiboutian prisoners',
    'Al Jazeera English',
    'http://www.aljazeera.com/news/2016/03/eritrea-releases-djiboutian-prisoners-160318135124086.html',
    '2016-03-18',
    'B',
    2,
  ),
  voaMar18: source(
    'Eritrea Releases Four Djiboutian Soldiers After Eight Years Imprisonment',
    'Voice of America',
    'https://www.voanews.com/a/eritrea-releases-4-djiboutian-soldiers-after-eight-years-imprisonment/3246435.html',
    '2016-03-18',
    'B',
    2,
  ),
  tesfanewsMar18: source(
    'Eritrea Freed Djibouti Prisoners of War',
    'TesfaNews (QNA)',
    'https://tesfanews.com/eritrea-freed-djibouti-pow/',
    '2016-03-18',
    'C',
    2,
  ),
  franceMar18: source(
    'Eritrea - Djibouti – Prisoner release (March 18, 2016)',
    'French Ministry of Foreign Affairs',
    'https://www.diplomatie.gouv.fr/en/country-files/eritrea/events/article/eritrea-djibouti-prisoner-release-18-03-16',
    '2016-03-18',
    'B',
    1,
  ),
  qatarMofaMar19: source(
    'UN Chief Commends Qatar Government for Brokering Release of Djiboutian Prisoners of War in Eritrea',
    'Ministry of Foreign Affairs of Qatar',
    'https://www.mofa.gov.qa/en/all-mofa-news/details/2016/03/19/un-chief-commends-qatar-government-for-brokering-release-of-djiboutian-prisoners-of-war-in-eritrea-',
    '2016-03-19',
    'B',
    1,
  ),
  wikipediaOct2016: source(
    'Djiboutian–Eritrean border conflict (revision of 29 October 2016)',
    'Wikipedia',
    'https://en.wikipedia.org/wiki/Djiboutian%E2%80%93Eritrean_border_conflict?oldid=746762867',
    '2016-10-29',
    'C',
    3,
  ),
};

const PLACE = 'Ras Doumeira';

const D = {
  withdraw: 'djibouti-eritrean-withdrawal',
  deserters: 'eritrea-deserters-returned',
  prst: 'unsc-status-quo-ante-2008',
  res1862: 'unsc-1862-withdrawal',
  pows: 'djibouti-pows-released',
};
const U = { deserters: 'eritrea-deserters-2008-06-10', res1862: 'unsc-1862-deadline' };

const events = [
  // ===== April–May 2008: the incursion and the stand-off =====
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '2008-04-16', recordedAt: rec('2008-05-09', '10:00') },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Eritrea – Djibouti, Ras Doumeira, 2008–16',
      subject:
        'The Eritrean troops at Ras Doumeira and Doumeira island, the border between the two, and the prisoners of war of June 2008: from the incursion through the Security Council and the African Union to the Qatari mediation',
      parties: [ERITREA, DJIBOUTI],
      mediators: [],
    },
    [S.sudantribuneMay9],
    { note: 'Opened at the incursion Djibouti reported (16 April 2008), recorded when the stand-off was reported.' },
  ),
  ev(
    'IncidentReported',
    'inc-incursion',
    { occurredAt: '2008-04-16', recordedAt: rec('2008-05-09', '10:05') },
    {
      incidentId: 'eritrean-incursion-2008-04-16',
      kind: 'force-posture',
      perpetrator: 'eritrea',
      allegedBy: 'djibouti',
      against: 'djibouti',
      place: PLACE,
      description:
        'Djibouti reports Eritrean troops digging trenches and building fortifications on both sides of the border at Ras Doumeira (Mount Gabla), several hundred metres into Djiboutian territory; both armies then face each other. No shot fired.',
    },
    [S.sudantribuneMay9],
  ),
  ev(
    'StatementMade',
    'stmt-eritrea-denies',
    { occurredAt: '2008-04-25', precision: 'approximate', recordedAt: rec('2008-05-09', '10:10') },
    {
      speaker: ERITREA_OFFICIAL,
      audience: 'djibouti',
      tone: 'critical',
      summary: "Asmara denies Djibouti's accusation that its troops crossed the border and dug in at Ras Doumeira.",
    },
    [S.sudantribuneMay9],
    {
      note: 'AFP reported the denial "on Friday" after a Djiboutian official spoke on Monday 21 April: dated about 25 April.',
    },
  ),
  ev(
    'StatementMade',
    'stmt-guelleh-may9',
    { occurredAt: '2008-05-09', recordedAt: rec('2008-05-09', '10:15') },
    {
      speaker: GUELLEH,
      audience: 'eritrea',
      tone: 'warning',
      summary:
        'The two armies face each other in a "rather tricky situation", a blatant violation of Djibouti\'s territorial integrity, though no intention to wage war has been seen; should international arbitration fail and the Eritrean presence remain, Djibouti would take firm action.',
      quote: 'We will be compelled to defend our country and our national sovereignty, that is my duty.',
    },
    [S.sudantribuneMay9],
  ),
  // ===== 10–11 June 2008: the fighting =====
  ev(
    'DemandTabled',
    'dem-deserters',
    { occurredAt: '2008-06-10T12:00:00Z', precision: 'approximate', recordedAt: rec('2008-06-10', '21:00') },
    {
      demandId: D.deserters,
      by: 'eritrea',
      addressedTo: ['djibouti'],
      text: 'Hand back all the Eritrean deserters on Djiboutian soil, some thirty men.',
      category: 'security',
    },
    [graded(S.aljazeeraJun10, 3)],
    { note: "Djibouti's army's account; Eritrea has not confirmed it." },
  ),
  ev(
    'UltimatumIssued',
    'ult-deserters',
    { occurredAt: '2008-06-10T12:00:00Z', precision: 'approximate', recordedAt: rec('2008-06-10', '21:05') },
    {
      ultimatumId: U.deserters,
      by: 'eritrea',
      to: ['djibouti'],
      demandIds: [D.deserters],
      consequences: 'Hand the deserters back "or face armed action" (Djibouti\'s army\'s statement).',
      channel: 'The Eritrean commanders on Mount Gabla to the Djiboutian officers facing them',
    },
    [graded(S.aljazeeraJun10, 3)],
    { note: "Djibouti's army's account, between the first exchange of fire (09:30 GMT) and the attack (15:40 GMT)." },
  ),
  ev(
    'IncidentReported',
    'inc-first-fire',
    { occurredAt: '2008-06-10T09:30:00Z', recordedAt: rec('2008-06-10', '21:10') },
    {
      incidentId: 'ras-doumeira-first-fire-2008-06-10',
      kind: 'clash',
      perpetrator: 'eritrea',
      allegedBy: 'djibouti',
      against: 'djibouti',
      place: PLACE,
      description:
        "Eritrean soldiers pursuing a deserter who ran into the Djiboutian lines open fire on Djiboutian units around 12:30 local time; Djibouti's forces return fire. No toll reported for it.",
    },
    [S.aljazeeraJun10],
  ),
  ev(
    'IncidentReported',
    'inc-attack',
    { occurredAt: '2008-06-10T15:40:00Z', recordedAt: rec('2008-06-10', '21:15') },
    {
      incidentId: 'ras-doumeira-attack-2008-06-10',
      kind: 'clash',
      perpetrator: 'eritrea',
      allegedBy: 'djibouti',
      against: 'djibouti',
      place: PLACE,
      description:
        "At 18:40 local time, at nightfall and prayer time, Eritrean troops open fire on the Djiboutian forces at Ras Doumeira (Mount Gabla and Doumeira island); Djibouti's army strikes back and the fighting goes on into the night. Eritrea neither confirms nor denies.",
    },
    [S.aljazeeraJun10],
  ),
  ev(
    'UltimatumResolved',
    'ult-deserters-enforced',
    { occurredAt: '2008-06-10T15:40:00Z', recordedAt: rec('2008-06-10', '21:20') },
    {
      ultimatumId: U.deserters,
      resolution: 'enforced',
      summary:
        "The deserters were not handed back; the Eritrean attack followed the same evening (Djibouti's account).",
    },
    [graded(S.aljazeeraJun10, 3)],
  ),
  ev(
    'EventCorrected',
    'corr-attack-toll-2',
    { occurredAt: '2008-06-11', recordedAt: rec('2008-06-11', '12:00') },
    {
      eventId: idOf('inc-attack'),
      changes: { data: { fatalities: { min: 2, max: 2 }, injured: { min: 21, max: 21 } } },
      reason: "Djibouti's first count: two of its soldiers killed, 21 wounded (Reuters, 11 June).",
    },
    [S.sudantribuneJun11],
  ),
  ev(
    'IncidentReported',
    'inc-fighting-jun11',
    { occurredAt: '2008-06-11', recordedAt: rec('2008-06-11', '12:05') },
    {
      incidentId: 'ras-doumeira-fighting-2008-06-11',
      kind: 'clash',
      perpetrator: 'eritrea',
      allegedBy: 'djibouti',
      against: 'djibouti',
      place: PLACE,
      description:
        "Fighting continues on Wednesday in the Mount Gabla area, Djibouti's defence ministry says; helicopters ferry dead and wounded to the French military hospital. The toll is the battle's, recorded once on the attack of the 10th.",
    },
    [S.sudantribuneJun11],
  ),
  ev(
    'IncidentReported',
    'inc-djibouti-callup',
    { occurredAt: '2008-06-11', recordedAt: rec('2008-06-11', '12:10') },
    {
      incidentId: 'djibouti-call-up-2008-06-11',
      kind: 'force-posture',
      perpetrator: 'djibouti',
      against: 'eritrea',
      place: PLACE,
      description:
        'Djibouti orders soldiers and police officers retired from 2004 to 2008 back to their units; its army says nearly 75 percent of its 11,000 troops are on the Eritrean border.',
    },
    [S.sudantribuneJun11],
  ),
  ev(
    'StatementMade',
    'stmt-eritrea-jun11',
    { occurredAt: '2008-06-11', recordedAt: rec('2008-06-11', '12:15') },
    {
      speaker: ERITREA_MFA,
      audience: 'djibouti',
      tone: 'accusation',
      summary:
        'Without confirming or denying the clashes, Eritrea dismisses Djibouti\'s statements as "anti-Eritrean": Djibouti makes "continued futile attempts to drag the government of Eritrea into its concocted animosity"; Eritrea will not be drawn into "squabbles and acts of hostility".',
    },
    [S.sudantribuneJun11],
  ),
  // ===== 12–14 June 2008: the toll, the Council, France =====
  ev(
    'EventCorrected',
    'corr-attack-toll-9',
    { occurredAt: '2008-06-12', recordedAt: rec('2008-06-12', '20:00') },
    {
      eventId: idOf('inc-attack'),
      changes: { data: { fatalities: { min: 9, max: 9 }, injured: { min: 60, max: 60 } } },
      reason:
        'A Djiboutian defence official: "up to nine dead and 60 wounded"; the fighting stopped late on Wednesday (Reuters, 12 June).',
    },
    [S.reutersJun12, S.fidesJun12],
  ),
  ev(
    'ActorRegistered',
    'actor-unsc',
    { occurredAt: '2008-05-06', recordedAt: rec('2008-06-12', '20:05') },
    { actor: UNSC, role: 'third-party' },
    [S.fidesJun12],
    { note: "Djibouti's letter to the Council's president of 6 May." },
  ),
  ev(
    'DemandTabled',
    'dem-withdraw',
    { occurredAt: '2008-05-06', recordedAt: rec('2008-06-12', '20:10') },
    {
      demandId: D.withdraw,
      by: 'djibouti',
      addressedTo: ['eritrea'],
      text: 'Withdraw the Eritrean troops and fortifications from the Djiboutian side of Ras Doumeira.',
      category: 'territorial',
    },
    [S.fidesJun12],
  ),
  ev(
    'StatementMade',
    'stmt-youssouf-letter',
    { occurredAt: '2008-05-06', recordedAt: rec('2008-06-12', '20:15') },
    {
      speaker: YOUSSOUF,
      audience: 'unsc',
      tone: 'accusation',
      summary:
        'In a letter to the president of the Security Council, accuses Eritrea of "an obvious attempt against the national territorial integrity of my country" (forts and well-armed troops in Djibouti\'s part of Ras Doumeira) and asks the Council to act to prevent another conflict.',
    },
    [S.fidesJun12],
  ),
  ev(
    'ActorRegistered',
    'actor-us',
    { occurredAt: '2008-06-12', recordedAt: rec('2008-06-12', '20:20') },
    { actor: US, role: 'third-party' },
    [S.voaAfriqueJun12],
  ),
  ev(
    'StatementMade',
    'stmt-us-jun12',
    { occurredAt: '2008-06-12', recordedAt: rec('2008-06-12', '20:25') },
    {
      speaker: US_EMBASSY,
      audience: 'eritrea',
      tone: 'critical',
      summary:
        "Condemns Eritrea's military aggression, a further threat to peace and security in the Horn of Africa, and calls on both to settle their dispute peacefully and withdraw their troops from the border.",
    },
    [S.voaAfriqueJun12],
  ),
  ev(
    'DemandTabled',
    'dem-prst',
    { occurredAt: '2008-06-12', recordedAt: rec('2008-06-12', '20:30') },
    {
      demandId: D.prst,
      by: 'unsc',
      addressedTo: ['eritrea', 'djibouti'],
      text: 'Commit to a ceasefire, show maximum restraint and withdraw forces to the status quo ante.',
      category: 'security',
    },
    [S.jpostJun12],
  ),
  ev(
    'StatementMade',
    'stmt-unsc-prst',
    { occurredAt: '2008-06-12', recordedAt: rec('2008-06-12', '20:35') },
    {
      speaker: KHALILZAD,
      audience: 'eritrea',
      tone: 'critical',
      summary:
        "The Council's presidential statement (S/PRST/2008/20) condemns Eritrea's military action against Djibouti at Ras Doumeira and Doumeira island, urges both to commit to a ceasefire and withdraw, and invites the African Union, the Arab League and the Secretary-General to help.",
    },
    [S.jpostJun12],
  ),
  ev(
    'ActorRegistered',
    'actor-france',
    { occurredAt: '2008-06-12', recordedAt: rec('2008-06-14', '10:00') },
    { actor: FRANCE, role: 'third-party' },
    [S.bbcJun13],
  ),
  ev(
    'ThirdPartyEngagement',
    'eng-france-support',
    { occurredAt: '2008-06-12', precision: 'approximate', recordedAt: rec('2008-06-14', '10:05') },
    {
      actorId: 'france',
      counterparts: ['djibouti'],
      kind: 'support',
      summary:
        'French forces in Djibouti give the Djiboutian army logistical, medical and intelligence support "since the beginning of hostilities" (Col. Ducret to ADI), without taking part in the fighting; France has a defence pact with Djibouti.',
    },
    [S.bbcJun13, S.reutersJun12],
  ),
  ev(
    'StatementMade',
    'stmt-guelleh-war',
    { occurredAt: '2008-06-13', precision: 'approximate', recordedAt: rec('2008-06-14', '10:10') },
    {
      speaker: GUELLEH,
      audience: 'eritrea',
      tone: 'military-threat',
      summary: 'After visiting wounded troops, Guelleh says the two countries are "absolutely" at war.',
      quote: 'If Eritrea wants war, it will get it.',
    },
    [S.bbcJun13],
  ),
  ev(
    'StatementMade',
    'stmt-eritrea-us',
    { occurredAt: '2008-06-12', recordedAt: rec('2008-06-14', '10:15') },
    {
      speaker: ERITREA_MFA,
      audience: 'united-states',
      tone: 'accusation',
      summary:
        'Rejects the charge of military aggression and blames the United States: its "policy and meddling in our region" is "instigating, compounding and inflaming regional conflicts".',
    },
    [S.bbcJun13, S.mgJun14],
  ),
  ev(
    'ActorRegistered',
    'actor-arab-league',
    { occurredAt: '2008-06-13', precision: 'approximate', recordedAt: rec('2008-06-14', '10:20') },
    { actor: ARAB_LEAGUE, role: 'third-party' },
    [S.bbcJun13],
  ),
  ev(
    'StatementMade',
    'stmt-arab-league',
    { occurredAt: '2008-06-13', precision: 'approximate', recordedAt: rec('2008-06-14', '10:25') },
    {
      speaker: ARAB_LEAGUE_SPOKESMAN,
      audience: 'eritrea',
      tone: 'critical',
      summary: 'The Arab League calls on Eritrea to withdraw its forces from the border area (Reuters, from ADI).',
    },
    [S.bbcJun13],
  ),
  ev(
    'ActorRegistered',
    'actor-au',
    { occurredAt: '2008-06-29', recordedAt: rec('2008-07-01', '12:00') },
    { actor: AU, role: 'third-party' },
    [S.afrolJul1],
  ),
  ev(
    'StatementMade',
    'stmt-au-psc',
    { occurredAt: '2008-06-29', recordedAt: rec('2008-07-01', '12:05') },
    {
      speaker: AU_PSC,
      audience: 'eritrea',
      tone: 'critical',
      summary:
        'Meeting at Sharm el-Sheikh before the AU summit (the Eritrean delegation boycotting it), the Peace and Security Council strongly condemns Eritrea for its military action against Djibouti and asks it to withdraw from the occupied Djiboutian territory immediately and unconditionally.',
    },
    [S.afrolJul1],
  ),
  // ===== 2009: resolution 1862 and its deadline; resolution 1907 =====
  ev(
    'PositionTaken',
    'pos-djibouti-prst',
    { occurredAt: '2009-01-14', precision: 'approximate', recordedAt: rec('2009-01-15', '09:00') },
    {
      demandId: D.prst,
      actorId: 'djibouti',
      stance: 'accepted',
      conditions: 'Djibouti withdrew its forces to the status quo ante, as resolution 1862 notes and welcomes.',
    },
    [S.res1862Jan14, S.ethiofactJan14],
    { note: 'The day of the withdrawal is not given; dated to the resolution that records it.' },
  ),
  ev(
    'DemandTabled',
    'dem-1862',
    { occurredAt: '2009-01-14', recordedAt: rec('2009-01-15', '09:05') },
    {
      demandId: D.res1862,
      by: 'unsc',
      addressedTo: ['eritrea'],
      text: 'Withdraw the forces and all their equipment to the positions of the status quo ante; no military presence or activity in Ras Doumeira and Doumeira island; acknowledge the border dispute and engage in dialogue.',
      category: 'territorial',
    },
    [S.res1862Jan14, S.ethiofactJan14],
  ),
  ev(
    'UltimatumIssued',
    'ult-1862',
    { occurredAt: '2009-01-14', recordedAt: rec('2009-01-15', '09:10') },
    {
      ultimatumId: U.res1862,
      by: 'unsc',
      to: ['eritrea'],
      demandIds: [D.res1862],
      deadline: '2009-02-18',
      consequences:
        'None stated (not under Chapter VII): the Secretary-General reports in six weeks and the Council "will review the situation and take a further decision".',
      channel: 'Security Council resolution 1862 (2009), adopted unanimously, drafted by France',
    },
    [S.res1862Jan14, S.ethiofactJan14, S.medeshiJan15],
    { note: 'Five weeks from 14 January: 18 February 2009.' },
  ),
  ev(
    'EventCorrected',
    'corr-attack-toll-35',
    { occurredAt: '2009-01-15', recordedAt: rec('2009-01-15', '09:15') },
    {
      eventId: idOf('inc-attack'),
      changes: { data: { fatalities: { min: 35, max: 35 }, injured: null } },
      reason:
        'The fighting of June 2008 "killed at least 35 people and left dozens wounded" (report of resolution 1862).',
    },
    [S.medeshiJan15],
  ),
  ev(
    'UltimatumResolved',
    'ult-1862-lapsed',
    { occurredAt: '2009-02-18', recordedAt: rec('2009-12-23', '20:00') },
    {
      ultimatumId: U.res1862,
      resolution: 'lapsed',
      summary:
        'The deadline passed with the Eritrean troops in place and nothing done: in December the Council finds Eritrea had not withdrawn its forces and restates the demand.',
    },
    [S.sc9833Dec23],
  ),
  ev(
    'StatementMade',
    'stmt-unsc-1907',
    { occurredAt: '2009-12-23', recordedAt: rec('2009-12-23', '20:05') },
    {
      speaker: COUNCIL,
      audience: 'eritrea',
      tone: 'critical',
      summary:
        'Resolution 1907, under Chapter VII (13 for, Libya against, China abstaining): an arms embargo on Eritrea, travel bans and asset freezes on its political and military leaders, for its support to armed groups in Somalia and its refusal to withdraw its forces after the conflict with Djibouti; it demands again the withdrawal to the status quo ante.',
    },
    [S.res1907Dec23, S.sc9833Dec23],
    {
      cameo: '163',
      note: 'The sanctions are recorded as the resolution imposing them (CAMEO 163, impose embargo or sanctions).',
    },
  ),
  // ===== June 2010: the Qatari mediation, the withdrawal, the agreement =====
  ev(
    'ActorRegistered',
    'actor-qatar',
    { occurredAt: '2010-06-01', precision: 'approximate', recordedAt: rec('2010-06-08', '10:00') },
    { actor: QATAR, role: 'mediator' },
    [S.gedabJun2, S.sudantribuneJun8],
    { note: 'Qatar brokered the deal after months of shuttle diplomacy (Gedab News).' },
  ),
  ev(
    'ThirdPartyEngagement',
    'eng-qatar-observers',
    { occurredAt: '2010-06-01', precision: 'approximate', recordedAt: rec('2010-06-08', '10:05') },
    {
      actorId: 'qatar',
      counterparts: ['eritrea', 'djibouti'],
      kind: 'support',
      summary:
        'Qatari troops deploy on the disputed border areas from late Tuesday (Gedab News: several hundred; QNA: an observation force, some 20 of whom arrived in Djibouti on Friday) to monitor it between the two "until the conclusion of a final agreement".',
    },
    [S.gedabJun2, S.ethiofactJun8],
  ),
  ev(
    'PositionTaken',
    'pos-eritrea-withdraws',
    { occurredAt: '2010-06-02', recordedAt: rec('2010-06-08', '10:10') },
    {
      demandId: D.withdraw,
      actorId: 'eritrea',
      stance: 'accepted',
      conditions:
        'All Eritrean forces pull out of the disputed border area and are stationed a few kilometres away (Gedab News, Wednesday morning); the Qatari premier says Qatari observers verified the withdrawal.',
    },
    [S.gedabJun2, S.sudantribuneJun8],
    { note: "The catalogue has no withdrawal: recorded as Eritrea meeting Djibouti's demand." },
  ),
  ev(
    'AgreementReached',
    'agr-doha-2010',
    { occurredAt: '2010-06-06', recordedAt: rec('2010-06-08', '10:15') },
    {
      agreementId: 'doha-agreement-2010-06-06',
      kind: 'framework',
      provisions: [
        "Qatar's emir mediates, with full authority to issue an executive document for the agreement",
        'Eritrean (and Djiboutian) troops withdraw from the disputed Ras Doumeira area',
        'A Qatari observation force monitors the border until a final agreement settles the conflict',
        "A committee chaired by Qatar's prime minister, with a member from each side, settles the boundary and appoints an international company to demarcate it; Qatar monitors the demarcation",
      ],
      signatories: ['eritrea', 'djibouti'],
      textPublic: false,
    },
    [S.sudantribuneJun8, S.ethiofactJun8, S.afrolJun8],
    {
      note: "Seven articles, signed by Isaias Afwerki and Ismaïl Omar Guelleh, Qatar's emir signing as mediator and witness; announced by QNA on 7 June. Its article on prisoners of war and missing persons is known from 2016.",
    },
  ),
  ev(
    'StatementMade',
    'stmt-hbj-jun7',
    { occurredAt: '2010-06-07', recordedAt: rec('2010-06-08', '10:20') },
    {
      speaker: HBJ,
      audience: 'public',
      tone: 'conciliatory',
      summary:
        'Announces that the two presidents signed an agreement entrusting Qatar with the mediation; the Eritrean troops have already pulled out of the disputed zones and Qatari observers verified it.',
    },
    [S.sudantribuneJun8, S.ethiofactJun8],
  ),
  ev(
    'StatementMade',
    'stmt-ping-jun8',
    { occurredAt: '2010-06-08', recordedAt: rec('2010-06-08', '10:25') },
    {
      speaker: PING,
      audience: 'public',
      tone: 'conciliatory',
      summary:
        'Confirms the agreement and welcomes the Qatari mediation: settling the border conflict will help the whole Horn of Africa.',
    },
    [S.afrolJun8],
  ),
  // ===== March 2016: four prisoners of war released =====
  ev(
    'DemandTabled',
    'dem-pows',
    { occurredAt: '2010-06-06', precision: 'approximate', recordedAt: rec('2016-03-19', '10:00') },
    {
      demandId: D.pows,
      by: 'djibouti',
      addressedTo: ['eritrea'],
      text: "Release the Djiboutian soldiers taken prisoner in June 2008 (19 by Djibouti's count) and account for the missing.",
      category: 'humanitarian',
    },
    [S.tesfanewsMar18, S.voaMar18],
    {
      note: 'Dated to the agreement whose article 3 covers prisoners of war and missing persons; Djibouti made their release the first condition for the border talks (TesfaNews). Recorded when the release was reported.',
    },
  ),
  ev(
    'MediationAction',
    'med-qatar-pows',
    { occurredAt: '2016-03-18', recordedAt: rec('2016-03-19', '10:05') },
    {
      mediator: 'qatar',
      action: 'visited',
      summary:
        "Qatar's foreign minister flies the four prisoners released by Eritrea to Djibouti on a Qatari plane; they are received by Djibouti's foreign and defence ministers.",
    },
    [S.aljazeeraMar18, S.voaMar18],
  ),
  ev(
    'PositionTaken',
    'pos-eritrea-pows',
    { occurredAt: '2016-03-18', recordedAt: rec('2016-03-19', '10:10') },
    {
      demandId: D.pows,
      actorId: 'eritrea',
      stance: 'conditional',
      conditions:
        'Four prisoners released through the Qatari mediation, the only process Eritrea accepts (article 3 of the 2010 agreement); Djibouti says others remain held.',
      speaker: GIRMA,
      quote: 'Eritrea has been saying from day one that it is committed to the Qatari mediation.',
    },
    [S.voaMar18, S.tesfanewsMar18],
  ),
  ev(
    'StatementMade',
    'stmt-mba-mar18',
    { occurredAt: '2016-03-18', recordedAt: rec('2016-03-19', '10:15') },
    {
      speaker: MBA,
      audience: 'public',
      tone: 'conciliatory',
      summary:
        'Thanks Eritrea for the release and hopes it is a step towards settling the remaining differences between the two.',
    },
    [S.tesfanewsMar18, S.qatarMofaMar19],
  ),
  ev(
    'StatementMade',
    'stmt-doualeh-mar18',
    { occurredAt: '2016-03-18', recordedAt: rec('2016-03-19', '10:20') },
    {
      speaker: DOUALEH,
      audience: 'eritrea',
      tone: 'critical',
      summary:
        'Four families are rejoicing, but the prisoners were held incommunicado for eight years and others remain in detention; Djibouti holds 19 Eritrean prisoners of war, to whom the Red Cross has regular access.',
    },
    [S.voaMar18],
  ),
  ev(
    'StatementMade',
    'stmt-france-mar18',
    { occurredAt: '2016-03-18', recordedAt: rec('2016-03-19', '10:25') },
    {
      speaker: FRANCE_MFA,
      audience: 'eritrea',
      tone: 'critical',
      summary:
        "Takes note of the release, applauds Qatar's role, notes that Djiboutian soldiers are still held and demands their release; calls on both to settle the border by negotiation.",
    },
    [S.franceMar18],
  ),
  ev(
    'EventCorrected',
    'corr-attack-toll-44',
    { occurredAt: '2016-10-29', recordedAt: rec('2016-10-30', '10:00') },
    {
      eventId: idOf('inc-attack'),
      changes: { data: { fatalities: { min: 35, max: 44 } } },
      reason:
        "Djibouti's later count of its soldiers killed in the June 2008 fighting reaches 44 (with 55 wounded and 19 captured): the range runs from the 35 of January 2009 to it.",
    },
    [S.wikipediaOct2016],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'eritrea-djibouti-2008.jsonl',
  logEnd: '2016-11-01T00:00:00Z',
  events,
};

export default definition;
