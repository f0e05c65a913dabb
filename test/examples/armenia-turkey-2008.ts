/**
 * A test fixture, not a shipped example: Armenia and Türkiye from "football
 * diplomacy" to the suspension of the Zurich Protocols, September 2008 –
 * December 2010, as an analyst following the news could have recorded it —
 * Türkiye's closure of the border in April 1993 (recorded as a development of
 * its own day), Gül's acceptance of Sargsyan's invitation and his visit to
 * Yerevan for the World Cup qualifier (6 September 2008), Erdoğan's statements
 * that the border stays closed until the Karabakh conflict is solved (April
 * and May 2009), the "roadmap" announced by the three foreign ministries on 22
 * April 2009, the protocols initialled on 31 August 2009, their signing in
 * Zurich on 10 October 2009 after three hours' delay, Sargsyan's visit to
 * Bursa (14 October), Armenia's Constitutional Court ruling (12 January 2010)
 * and Türkiye's objection to it (18 January), the ministers' talks in London
 * (28 January), Erdoğan's threat to send 100,000 Armenians home (16 March),
 * the leaders' meeting in Washington (12 April), Armenia's suspension of the
 * ratification (22 April 2010) and Davutoğlu's answer (24 April). Escalation
 * model v2 was never tuned on it: it is the case the model is held to in
 * armenia-turkey-2008.spec.ts, against the calls an analyst makes from
 * DOMAIN.md §5b alone.
 *
 * What it tests that the other cases did not: a border closed by one party
 * against the other for fifteen years before the case opens and throughout
 * it; talks and a signed agreement that was never ratified; a party
 * suspending the ratification; no force at all; and what the level reads
 * with the border closed the whole time.
 *
 * The parties are Armenia and Türkiye; Switzerland is the mediator (the
 * three ministries' statements say so). The United States, Russia, France,
 * the European Union and Azerbaijan are third parties, registered when they
 * first act in the record. The Armenia – Azerbaijan cases of this repository
 * (2016, 2020, 2022, 2025) are another pair; nothing of theirs is recorded
 * here.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source.
 *
 * Grading as in examples/README.md: B = an established outlet or wire report
 * (Reuters via RFE/RL, Hürriyet, Hürriyet Daily News, the Sydney Morning
 * Herald, the Armenian Weekly, the Armenian Mirror-Spectator) or a party's own
 * published statement of its own act (Türkiye's foreign ministry, graded 1);
 * C = smaller or regional outlets (Trend, Today.Az, PanARMENIAN.Net, Vestnik
 * Kavkaza, National Turk) and copies of wire or press stories on archive and
 * forum sites (armeniandiaspora.com, armenianclub.com, docslib); 2 = several
 * sources agree or one established source reports it on the record; 3 = one
 * side's unverified account or a single-outlet report. Pages without a
 * printed date are dated from their own content (the day after the last
 * development they report).
 *
 * Judgement calls, recorded as an analyst would:
 * - The closure of 1993. Every source of the period says Türkiye closed its
 *   border with Armenia "in 1993" in support of Azerbaijan over Nagorno-
 *   Karabakh (RFE/RL and AFP, 19 April 2004; AFP, 22 April 2009); none read
 *   gives its day. The Sydney Morning Herald of 5 April 1993 ("MOSCOW,
 *   Sunday") reports that "Turkey responded yesterday" to the Armenian
 *   capture of Kelbajar with "an embargo on Western food aid to blockaded
 *   [Armenia]", aid that had crossed Türkiye, and warning sorties along the
 *   border. The closure is recorded as Türkiye's `border-closure` against
 *   Armenia on 3 April 1993, precision `approximate` (the day of the embargo;
 *   the later sources give the year only). The warning sorties of that day
 *   are not recorded: they belong to the war of 1993, not to this case. No
 *   source read reports the border reopened: it stands to the end of the
 *   record (and, the later sources say, long after).
 * - One place, written one way: "Armenia–Türkiye land border".
 * - Erdoğan's "the border gates will remain closed until the occupation
 *   ends" (Baku, 13 May 2009) and the like are recorded as what they are:
 *   critical statements and Türkiye's condition on Armenia's demand for
 *   normalisation without preconditions, not an ultimatum — they threaten
 *   nothing new; the closure they keep is recorded once, in 1993.
 * - The roadmap (22 April 2009) is an `AgreementReached` of kind
 *   `framework`, status `text-agreed`, its text not public: the three
 *   ministries announced a "comprehensive framework" and "a roadmap", nothing
 *   signed. The protocols are one agreement (two texts initialled and signed
 *   together, in one ceremony, and suspended together): reached on 31 August
 *   2009 as `initialled` (the joint press release: "initiated", i.e.
 *   initialled, in the course of the Swiss mediation), `signed` on 10 October
 *   2009. The catalogue counts a signed agreement as being implemented; the
 *   protocols needed ratification by both parliaments to enter into force
 *   and never did (see the spec on what that means for level 1).
 * - Armenia's decree of 22 April 2010 "suspending the procedure of
 *   ratifying the protocols" while keeping its signature is recorded as the
 *   agreement `suspended` by Armenia (the catalogue: a party "suspends it or
 *   holds it in abeyance"), with Sargsyan's address as a critical statement
 *   of the same occurrence. The talks are not recorded as suspended:
 *   Sargsyan said Armenia was "not to exit the process".
 * - The signing in Zurich was held up three hours over the statements each
 *   side meant to read; Clinton and the Swiss mediated, and no statements
 *   were read (Politico Europe). The signing is the round that concluded
 *   with the agreement signed (one occurrence).
 * - Erdoğan's threat to send home 100,000 Armenians living in Türkiye
 *   without citizenship (BBC Turkish Service, London, Tuesday 16 March 2010;
 *   EurasiaNet dates the interview 15 March, Reuters "on Tuesday", recorded on
 *   the 16th) is a `threat` against Armenia: not of war.
 * - The Constitutional Court's ruling of 12 January 2010 is Armenia's
 *   statement (the court found the protocols in conformity with the
 *   constitution, bound to paragraph 11 of the Declaration of Independence);
 *   the US House committee's resolution of 4 March 2010 and Türkiye's recall
 *   of its ambassador from Washington are a quarrel between Türkiye and the
 *   United States and are not recorded.
 * - No dated development between the two after April 2010 was found in the
 *   sources searched; the record ends there and the calls to the end of 2010
 *   read what it holds.
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'armenia-turkey-2008';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 2009);
const rec = (day: string, time: string): string => `${day}T${time}:00Z`;

const ARMENIA: Actor = { id: 'armenia', name: 'Armenia', kind: 'state', aliases: ['Yerevan', 'Republic of Armenia'] };
const TURKIYE: Actor = {
  id: 'turkiye',
  name: 'Türkiye',
  kind: 'state',
  aliases: ['Turkey', 'Ankara', 'Republic of Turkey'],
};
const SWITZERLAND: Actor = { id: 'switzerland', name: 'Switzerland', kind: 'state', aliases: ['Bern', 'FDFA'] };
const USA: Actor = { id: 'united-states', name: 'United States', kind: 'state', aliases: ['Washington', 'US'] };
const RUSSIA: Actor = { id: 'russia', name: 'Russia', kind: 'state', aliases: ['Moscow'] };
const FRANCE: Actor = { id: 'france', name: 'France', kind: 'state', aliases: ['Paris'] };
const EU: Actor = {
  id: 'european-union',
  name: 'European Union',
  kind: 'international-organisation',
  aliases: ['EU', 'Brussels'],
};
const AZERBAIJAN: Actor = { id: 'azerbaijan', name: 'Azerbaijan', kind: 'state', aliases: ['Baku'] };

const GUL: Person = { name: 'Abdullah Gül', title: 'President of Türkiye', actorId: 'turkiye' };
const TR_PRESIDENCY: Person = { name: 'Presidency of Türkiye (statement)', actorId: 'turkiye' };
const ERDOGAN: Person = { name: 'Recep Tayyip Erdoğan', title: 'Prime Minister of Türkiye', actorId: 'turkiye' };
const DAVUTOGLU: Person = { name: 'Ahmet Davutoğlu', title: 'Foreign Minister of Türkiye', actorId: 'turkiye' };
const TR_MFA: Person = { name: 'Ministry of Foreign Affairs of Türkiye (press release)', actorId: 'turkiye' };
const SARGSYAN: Person = { name: 'Serzh Sargsyan', title: 'President of Armenia', actorId: 'armenia' };
const NALBANDIAN: Person = { name: 'Eduard Nalbandian', title: 'Foreign Minister of Armenia', actorId: 'armenia' };
const AM_COURT: Person = { name: 'Constitutional Court of Armenia', actorId: 'armenia' };
const T_SARGSYAN: Person = { name: 'Tigran Sargsyan', title: 'Prime Minister of Armenia', actorId: 'armenia' };
const AZIMOV: Person = { name: 'Araz Azimov', title: 'Deputy Foreign Minister of Azerbaijan', actorId: 'azerbaijan' };
const US_STATE: Person = { name: 'United States Department of State', actorId: 'united-states' };

const BORDER = 'Armenia–Türkiye land border';
const PROTOCOLS = 'zurich-protocols';
const ROADMAP = 'roadmap-2009';
const NORMALISE = 'normalisation-without-preconditions';
const KARABAKH = 'karabakh-withdrawal';

const S = {
  smh1993: source(
    'Armenian offensive breaks through; [Turkey] backs [Azerbaijan] in battle over Nagorno-Karabakh with embargo on food aid and warning sorties',
    'Sydney Morning Herald (docslib copy)',
    'https://docslib.org/doc/3432177/armenian-offensive-breaks-through-turkey-backs-azerbaijan-in-battle-over-nagorno-karabakh-with-embargo-on-food-aid-and-warning-sorties',
    '1993-04-05',
    'B',
    2,
  ),
  rferl2004: source(
    'Turkish Minister: Border With Armenia To Stay Closed',
    'Radio Free Europe/Radio Liberty',
    'https://www.rferl.org/a/1052376.html',
    '2004-04-19',
    'B',
    2,
  ),
  afp2004: source(
    'Turkey to keep border with Armenia closed: Turkish FM',
    'Agence France-Presse (armeniandiaspora.com copy)',
    'https://armeniandiaspora.com/forum/2004/april-2004/2270-ankara-turkey-to-keep-border-with-armenia-closed-turkish-fm',
    '2004-04-19',
    'C',
    2,
  ),
  panorama0904: source(
    'Presidential office of Turkey: Gul will visit Armenia',
    'Panorama.am (armenianclub.com copy)',
    'https://armenianclub.com/2008/09/05/presidential-office-of-turkey-gul-will-visit-armenia/amp',
    '2008-09-04',
    'C',
    2,
  ),
  azer0906: source(
    'President Abdulla Gul of Turkey accepts the invitation of President Serzh Sarkisyan of Armenia to attend a soccer match in Yerevan',
    'Azerbaijan International (timeline)',
    'http://azer.com/aiweb/categories/caucasus_crisis/index/cc_timeline/time_0905_soccer.html',
    '2008-09-06',
    'C',
    2,
  ),
  azertac0410: source(
    'Turkish-Armenian border can open in context of NK settlement',
    'AzerTAc (armenianclub.com copy)',
    'https://armenianclub.com/?p=174881',
    '2009-04-10',
    'C',
    2,
  ),
  trend0420: source(
    'Turkey not to open borders with Armenia until Nagorno-Karabakh conflict solution: PM',
    'Trend',
    'https://en.trend.az/azerbaijan/karabakh/1458143.html',
    '2009-04-20',
    'C',
    2,
  ),
  afp0422: source(
    "Turkey, Armenia agree 'roadmap' on normalising ties",
    'Agence France-Presse (armeniandiaspora.com copy)',
    'https://armeniandiaspora.com/forum/2009/april-2009/164126-turkey-armenia-agree-roadmap-on-normalising-ties',
    '2009-04-22',
    'C',
    2,
  ),
  arka0423: source(
    'Armenian, Turkish foreign ministers make joint statement, Switzerland mediates',
    'ARKA (armeniandiaspora.com copy)',
    'https://armeniandiaspora.com/forum/2009/april-2009/164362-armenian-turkish-foreign-ministers-make-joint-statement-switzerlan',
    '2009-04-23',
    'C',
    2,
  ),
  mirror0430: source(
    'Governments of Armenia, Turkey announce their roadmap for peace',
    'The Armenian Mirror-Spectator',
    'https://mirrorspectator.com/2009/04/30/governments-of-armenia-turkey-announce-their-roadmap-for-peace/',
    '2009-04-30',
    'B',
    2,
  ),
  hurriyet0509: source(
    'Turkey could open border if Armenia withdraws from Nagorno-Karabakh',
    'Hürriyet',
    'https://www.hurriyet.com.tr/gundem/turkey-could-open-border-if-armenia-withdraws-from-nagorno-karabakh-11615507',
    '2009-05-09',
    'B',
    2,
  ),
  hdn0513: source(
    'Turkey not to open Armenia border before Karabakh occupation ends-PM',
    'Hürriyet Daily News',
    'https://hurriyetdailynews.com/turkey-not-to-open-armenia-border-before-karaba-194743',
    '2009-05-13',
    'B',
    2,
  ),
  joint0831: source(
    'Joint Armenia-Turkey-Switzerland August 31 press release',
    'Ministry of Foreign Affairs of Armenia (armeniandiaspora.com copy)',
    'https://www.armeniandiaspora.com/september-2009-a/182965-joint-armenia-turkey-switzerland-august-31-press-release.html',
    '2009-09-01',
    'C',
    1,
  ),
  todayaz0901: source(
    'Situation in Caucasus not suitable for Turkey, Azerbaijan and Armenia: Turkish FM',
    'Today.Az (armenianclub.com copy)',
    'https://www.armenianclub.com/2009/09/page/394',
    '2009-09-01',
    'C',
    2,
  ),
  mfaChicago1011: source(
    'Turkish and Armenian foreign ministers sign protocols',
    'Consulate General of Türkiye in Chicago (Ministry of Foreign Affairs)',
    'https://chicago-cg.mfa.gov.tr/Mission/ShowAnnouncement/116710',
    '2009-10-11',
    'B',
    1,
  ),
  rferl1012: source(
    'Armenian Leader To Make Landmark Trip To Turkey',
    'Radio Free Europe/Radio Liberty (Reuters)',
    'https://www.rferl.org/a/Armenian_Leader_To_Make_Landmark_Trip_To_Turkey/1849445.html',
    '2009-10-12',
    'B',
    2,
  ),
  panarm1013: source(
    "Turkish side's cunning step fell through in Zurich",
    'PanARMENIAN.Net',
    'http://panarmenian.net/m/eng/news/37564/',
    '2009-10-13',
    'C',
    2,
  ),
  politico1015: source(
    'Armenia and Turkey sign landmark deal',
    'Politico Europe (European Voice)',
    'https://politico.eu/article/armenia-and-turkey-sign-landmark-deal',
    '2009-10-15',
    'B',
    2,
  ),
  trend1014: source(
    'Turkish President to meet with his Armenian counterpart on Wednesday',
    'Trend (Anadolu)',
    'https://en.trend.az/scaucasus/armenia/1558668.html',
    '2009-10-14',
    'C',
    2,
  ),
  interfax1015: source(
    'В турецкой Бурсе завершилась встреча президентов Армении и Турции',
    'Interfax (narodinfo.ru copy)',
    'http://narodinfo.ru/news/73964.html',
    '2009-10-15',
    'C',
    2,
  ),
  todayaz1015: source(
    "Turkey's national football team beats Armenia in world cup qualifier",
    'Today.Az (Cihan)',
    'https://today.az./print/news/society/56557.html',
    '2009-10-15',
    'C',
    2,
  ),
  mfaDelhi0118: source(
    'Press release regarding the recently published grounds of the decision of the Armenian Constitutional Court on the protocols between Turkey and Armenia',
    'Embassy of Türkiye in New Delhi (Ministry of Foreign Affairs)',
    'http://newdelhi.emb.mfa.gov.tr/ShowAnnouncement.aspx?ID=117065',
    '2010-01-18',
    'B',
    1,
  ),
  armweekly0119: source(
    "Ankara Unhappy with Armenia Court's 'Grounds of Decision'",
    'The Armenian Weekly',
    'https://armenianweekly.com/2010/01/19/ankara-unhappy-with-armenia-courts-grounds-of-decision/',
    '2010-01-19',
    'B',
    2,
  ),
  hdn0119: source(
    "Armenian ruling could 'impair' protocols, says Turkey's foreign ministry",
    'Hürriyet Daily News (armenianclub.com copy)',
    'https://armenianclub.com/?p=211118',
    '2010-01-19',
    'C',
    2,
  ),
  trend0120: source(
    "Turkey's FM: Armenia must consider protocols thoroughly as Turkey",
    'Trend (armenianclub.com copy)',
    'https://armenianclub.com/2010/01/25/baku-turk-fm-armenia-must-consider-protocols-thoroughly-as-turkey/amp',
    '2010-01-20',
    'C',
    3,
  ),
  jtw0128: source(
    'FM Davutoglu meets Armenian counterpart Nalbandian',
    'Journal of Turkish Weekly (armenianclub.com copy)',
    'https://armenianclub.com/2010/01/29/ankara-fm-davutoglu-meets-armenian-counterpart-nalbandian',
    '2010-01-28',
    'C',
    2,
  ),
  reuters0317: source(
    'Turkey threatens to deport 100,000 Armenians',
    'Reuters via msnbc (alipac.us copy)',
    'https://www.alipac.us/f12/turkey-threatens-deport-100-000-armenians-181823/',
    '2010-03-17',
    'C',
    2,
  ),
  eurasianet0317: source(
    'Ankara threatens to send illegal Armenians home',
    'EurasiaNet (armeniandiaspora.com copy)',
    'https://armeniandiaspora.com/forum/2010/march-2010/209505-ankara-threatens-to-send-illegal-armenians-home',
    '2010-03-17',
    'C',
    2,
  ),
  presstv0318: source(
    'Turkey may deport illegal Armenian immigrants',
    'Press TV (armeniandiaspora.com copy)',
    'https://armeniandiaspora.com/forum/2010/march-2010/209736-turkey-may-deport-illegal-armenian-immigrants?p=209736',
    '2010-03-18',
    'C',
    2,
  ),
  nationalturk0412: source(
    'Nuclear Security Summit – Turkey PM and Armenia President meet',
    'National Turk',
    'https://www.nationalturk.com/en/nuclear-security-summit-turkey-pm-and-armenia-president-meats-78475217/',
    '2010-04-12',
    'C',
    2,
  ),
  chroniques0413: source(
    'Washington: Armenia, Turkey and bilateral meetings',
    'Chroniques diplomatiques',
    'https://chroniques-diplomatiques.eu/2010/04/washington-armenia-turkey-and-bilateral.html',
    '2010-04-13',
    'C',
    2,
  ),
  newsaz0415: source(
    'Obama, Erdogan discuss Armenian rapprochement',
    'news.az (armenianclub.com copy)',
    'https://armenianclub.com/2010/04/17/baku-obama-erdogan-discuss-armenian-rapprochement/amp',
    '2010-04-15',
    'C',
    2,
  ),
  ria0422: source(
    'Armenia puts hold on ratifying Armenian-Turkish protocols',
    'RIA Novosti (armeniandiaspora.com copy)',
    'https://armeniandiaspora.com/forum/2010/april-2010/216768-armenia-puts-hold-on-ratifying-armenian-turkish-protocols?p=216768',
    '2010-04-22',
    'C',
    2,
  ),
  vestnik0422: source(
    'Armenia officially suspends rapprochement with Turkey',
    'Vestnik Kavkaza',
    'https://en.vestikavkaza.ru/news/politics/934.html',
    '2010-04-22',
    'C',
    2,
  ),
  afp0423: source(
    'Armenia halts ratification deal with Turkey',
    'The News International (AFP; armeniandiaspora.com copy)',
    'https://armeniandiaspora.com/forum/2010/april-2010/217002-armenia-halts-ratification-deal-with-turkey',
    '2010-04-23',
    'C',
    2,
  ),
  panarm0424: source(
    'Ahmet Davutoglu hopes for resumption of Armenia-Turkey process',
    'PanARMENIAN.Net (armeniandiaspora.com copy)',
    'https://www.armeniandiaspora.com/showthread.php?t=235370',
    '2010-04-24',
    'C',
    2,
  ),
};

const events = [
  // ----- The opening: Gül accepts the invitation -----
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '2008-09-03', recordedAt: rec('2008-09-04', '09:00') },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Armenia – Türkiye normalisation, 2008–10',
      subject:
        'The normalisation of relations between Armenia and Türkiye under Swiss mediation: diplomatic relations and the opening of the border Türkiye has kept closed since 1993, from football diplomacy to the Zurich Protocols and their unratified fate.',
      parties: [ARMENIA, TURKIYE],
      mediators: [SWITZERLAND],
    },
    [S.panorama0904],
  ),
  ev(
    'IncidentReported',
    'closure-1993',
    { occurredAt: '1993-04-03', precision: 'approximate', recordedAt: rec('2008-09-04', '09:05') },
    {
      incidentId: 'border-closure-1993',
      kind: 'border-closure',
      perpetrator: 'turkiye',
      against: 'armenia',
      target: 'Transit to Armenia across Türkiye (Western food aid), and the land border',
      place: BORDER,
      description:
        'After Armenian forces took Kelbajar, Türkiye announced an embargo on Western food aid to blockaded Armenia that had crossed its territory (SMH, 5 April 1993: "Turkey responded yesterday"); the later reports say Türkiye closed its border with Armenia in 1993 in support of Azerbaijan over Nagorno-Karabakh. Not reopened in the record.',
    },
    [S.smh1993, S.rferl2004, S.afp2004],
    {
      note: 'Dated to the embargo of 3 April 1993 (approximate): the sources that speak of the closure give the year only.',
    },
  ),
  ev(
    'StatementMade',
    'stmt-gul-accepts',
    { occurredAt: '2008-09-03', recordedAt: rec('2008-09-04', '09:10') },
    {
      speaker: TR_PRESIDENCY,
      audience: 'armenia',
      tone: 'conciliatory',
      summary:
        "Gül accepts Sargsyan's invitation to watch the World Cup qualifier in Yerevan at the weekend; the visit can help peace and stability in the region.",
      quote:
        '"We hope the coming match will remove certain obstacles in the development of relations of the two neighboring countries."',
    },
    [S.panorama0904],
  ),
  ev(
    'TalksRoundOpened',
    'round-yerevan-opened',
    { occurredAt: '2008-09-06', recordedAt: rec('2008-09-07', '09:00') },
    {
      roundId: 'yerevan-2008-09',
      label: "Gül's visit to Yerevan for the World Cup qualifier",
      format: 'informal',
      venue: 'Yerevan',
      delegations: [
        {
          actorId: 'turkiye',
          head: GUL,
          members: [{ name: 'Ali Babacan', title: 'Foreign Minister of Türkiye', actorId: 'turkiye' }],
        },
        { actorId: 'armenia', head: SARGSYAN },
      ],
    },
    [S.azer0906, S.panorama0904],
    { occurrence: 'yerevan-2008-09-06' },
  ),
  ev(
    'TalksRoundConcluded',
    'round-yerevan-concluded',
    { occurredAt: '2008-09-06', recordedAt: rec('2008-09-07', '09:05') },
    {
      roundId: 'yerevan-2008-09',
      outcome: 'progress',
      summary:
        'Gül, with his foreign minister Babacan, watches the qualifier in Yerevan with Sargsyan (Türkiye won 2–0); Turkish media say Gül invited Sargsyan to the return match in Türkiye.',
    },
    [S.azer0906],
    { occurrence: 'yerevan-2008-09-06' },
  ),
  // ----- April – May 2009: the roadmap, and the border tied to Karabakh -----
  ev(
    'ActorRegistered',
    'actor-azerbaijan',
    { occurredAt: '2009-04-10', recordedAt: rec('2009-04-11', '09:00') },
    { actor: AZERBAIJAN, role: 'third-party' },
    [S.azertac0410],
  ),
  ev(
    'StatementMade',
    'stmt-azimov',
    { occurredAt: '2009-04-10', recordedAt: rec('2009-04-11', '09:05') },
    {
      speaker: AZIMOV,
      audience: 'turkiye',
      tone: 'warning',
      summary:
        "Azerbaijan's deputy foreign minister: the Turkish–Armenian border can be reopened only in the context of a Karabakh settlement; Baku has told Ankara so.",
      quote: '"Opening of the borders out of this context does not correspond to Azerbaijan\'s interests."',
    },
    [S.azertac0410],
  ),
  ev(
    'StatementMade',
    'stmt-erdogan-apr',
    { occurredAt: '2009-04-19', precision: 'approximate', recordedAt: rec('2009-04-20', '09:00') },
    {
      speaker: ERDOGAN,
      audience: 'armenia',
      tone: 'critical',
      summary:
        'Erdoğan: contacts with Armenia go on, but Türkiye will not open the border until the Karabakh conflict is solved.',
      quote: '"We will not open the borders, if the issue on the Azerbaijani occupied territories is not solved."',
    },
    [S.trend0420],
    { note: 'Reported on 20 April from RIA Novosti and Turkish media; dated to the day before (approximate).' },
  ),
  ev(
    'DemandTabled',
    'demand-karabakh',
    { occurredAt: '2009-04-19', precision: 'approximate', recordedAt: rec('2009-04-20', '09:05') },
    {
      demandId: KARABAKH,
      by: 'turkiye',
      addressedTo: ['armenia'],
      text: 'Progress on Nagorno-Karabakh — the end of the occupation of Azerbaijani territory — before Türkiye opens the border.',
      category: 'territorial',
    },
    [S.trend0420],
  ),
  ev(
    'AgreementReached',
    'roadmap',
    { occurredAt: '2009-04-22', recordedAt: rec('2009-04-23', '09:00') },
    {
      agreementId: ROADMAP,
      kind: 'framework',
      provisions: [
        'A comprehensive framework for the normalisation of bilateral relations in a mutually satisfactory manner',
        'A road-map identified in this context',
      ],
      signatories: ['armenia', 'turkiye'],
      textPublic: false,
      status: 'text-agreed',
    },
    [S.afp0422, S.arka0423],
    {
      occurrence: 'roadmap-2009-04-22',
      note: 'Announced in a joint statement of the foreign ministries of Türkiye, Armenia and Switzerland.',
    },
  ),
  ev(
    'MediationAction',
    'swiss-roadmap',
    { occurredAt: '2009-04-22', recordedAt: rec('2009-04-23', '09:05') },
    {
      mediator: 'switzerland',
      action: 'proposed',
      summary:
        'Switzerland\'s Federal Department of Foreign Affairs joins in announcing the roadmap, agreed "with the mediation of Switzerland" after talks held away from public view.',
    },
    [S.arka0423, S.afp0422],
    { occurrence: 'roadmap-2009-04-22' },
  ),
  ev(
    'DemandTabled',
    'demand-normalise',
    { occurredAt: '2009-04-22', precision: 'approximate', recordedAt: rec('2009-04-23', '09:10') },
    {
      demandId: NORMALISE,
      by: 'armenia',
      addressedTo: ['turkiye'],
      text: 'Establish diplomatic relations and open the border without preconditions.',
      category: 'political',
    },
    [S.arka0423],
    {
      note: '"Official Yerevan says it is ready to establish relations with Turkey without any preconditions" (ARKA).',
    },
  ),
  ev(
    'ActorRegistered',
    'actor-usa',
    { occurredAt: '2009-04-22', recordedAt: rec('2009-04-30', '12:00') },
    { actor: USA, role: 'third-party' },
    [S.mirror0430],
  ),
  ev(
    'StatementMade',
    'stmt-us-welcomes',
    { occurredAt: '2009-04-23', precision: 'approximate', recordedAt: rec('2009-04-30', '12:05') },
    {
      speaker: US_STATE,
      audience: 'armenia, turkiye',
      tone: 'conciliatory',
      summary: 'The United States welcomes the joint statement on the roadmap.',
      quote: '"Normalization should take place without preconditions and within a reasonable timeframe."',
    },
    [S.mirror0430],
  ),
  ev(
    'ActorRegistered',
    'actor-france',
    { occurredAt: '2009-04-23', precision: 'approximate', recordedAt: rec('2009-04-30', '12:10') },
    { actor: FRANCE, role: 'third-party' },
    [S.mirror0430],
  ),
  ev(
    'StatementMade',
    'stmt-france-welcomes',
    { occurredAt: '2009-04-23', precision: 'approximate', recordedAt: rec('2009-04-30', '12:15') },
    {
      speaker: { name: 'Ministry of Foreign and European Affairs of France (spokesperson)', actorId: 'france' },
      audience: 'armenia, turkiye',
      tone: 'conciliatory',
      summary: 'France "warmly greets" the joint statement on a road map for the normalisation of relations.',
    },
    [S.mirror0430],
  ),
  ev(
    'StatementMade',
    'stmt-erdogan-trt',
    { occurredAt: '2009-05-08', recordedAt: rec('2009-05-09', '13:00') },
    {
      speaker: ERDOGAN,
      audience: 'armenia',
      tone: 'critical',
      summary:
        'Erdoğan on TRT Türk: Türkiye could open its border with Armenia if Armenia withdraws its forces from the occupied Azerbaijani territory of Nagorno-Karabakh.',
    },
    [S.hurriyet0509],
  ),
  ev(
    'PositionTaken',
    'pos-turkiye-normalise',
    { occurredAt: '2009-05-08', recordedAt: rec('2009-05-09', '13:05') },
    {
      demandId: NORMALISE,
      actorId: 'turkiye',
      stance: 'conditional',
      conditions: 'The border opens if Armenia withdraws from the occupied Azerbaijani territory (Karabakh).',
      speaker: ERDOGAN,
    },
    [S.hurriyet0509],
  ),
  ev(
    'StatementMade',
    'stmt-erdogan-baku',
    { occurredAt: '2009-05-13', recordedAt: rec('2009-05-13', '18:00') },
    {
      speaker: ERDOGAN,
      audience: 'armenia',
      tone: 'critical',
      summary:
        'In Baku with Aliyev, and to the Azerbaijani parliament: the closure of the border is a result of the occupation of Karabakh, and the border gates will stay closed until it ends; "Ankara will take no steps as long as we do not agree with our Azeri brothers".',
      quote: '"I want to repeat once more that until the occupation ends, the border gates will remain closed."',
    },
    [S.hdn0513],
  ),
  // ----- August – October 2009: the protocols initialled, signed; Bursa -----
  ev(
    'AgreementReached',
    'protocols-initialled',
    { occurredAt: '2009-08-31', recordedAt: rec('2009-09-01', '09:00') },
    {
      agreementId: PROTOCOLS,
      kind: 'framework',
      provisions: [
        'Protocol on the establishment of diplomatic relations',
        'Protocol on the development of bilateral relations (the opening of the common border, a sub-commission on the historical dimension)',
        'Six weeks of internal political consultations, then signature and submission to both parliaments for ratification',
      ],
      signatories: ['armenia', 'turkiye'],
      textPublic: true,
      status: 'initialled',
    },
    [S.joint0831, S.todayaz0901],
    { occurrence: 'protocols-2009-08-31' },
  ),
  ev(
    'MediationAction',
    'swiss-protocols',
    { occurredAt: '2009-08-31', recordedAt: rec('2009-09-01', '09:05') },
    {
      mediator: 'switzerland',
      action: 'proposed',
      summary:
        'The joint press release of Armenia, Türkiye and Switzerland: the two protocols initialled under Swiss mediation go to six weeks of internal consultations; the two sides pursue their efforts "with the assistance of Switzerland".',
    },
    [S.joint0831],
    { occurrence: 'protocols-2009-08-31' },
  ),
  ev(
    'ActorRegistered',
    'actor-russia',
    { occurredAt: '2009-10-10', recordedAt: rec('2009-10-11', '09:00') },
    { actor: RUSSIA, role: 'third-party' },
    [S.mfaChicago1011],
  ),
  ev(
    'ActorRegistered',
    'actor-eu',
    { occurredAt: '2009-10-10', recordedAt: rec('2009-10-11', '09:01') },
    { actor: EU, role: 'third-party' },
    [S.mfaChicago1011],
  ),
  ev(
    'TalksRoundOpened',
    'round-zurich-opened',
    { occurredAt: '2009-10-10', recordedAt: rec('2009-10-11', '09:05') },
    {
      roundId: 'zurich-2009-10',
      label: 'Signing ceremony of the protocols, University of Zurich',
      format: 'formal',
      venue: 'Zurich',
      hosts: ['switzerland'],
      delegations: [
        { actorId: 'turkiye', head: DAVUTOGLU },
        { actorId: 'armenia', head: NALBANDIAN },
      ],
    },
    [S.mfaChicago1011],
    { occurrence: 'zurich-2009-10-10' },
  ),
  ev(
    'AgreementStatusChanged',
    'protocols-signed',
    { occurredAt: '2009-10-10', recordedAt: rec('2009-10-11', '09:10') },
    {
      agreementId: PROTOCOLS,
      status: 'signed',
      reason:
        'Signed by Davutoğlu and Nalbandian in Zurich, hosted by Calmy-Rey, with Clinton, Lavrov, Kouchner, Solana and Žbogar present; to be submitted to the two parliaments for ratification.',
    },
    [S.mfaChicago1011],
    { occurrence: 'zurich-2009-10-10' },
  ),
  ev(
    'TalksRoundConcluded',
    'round-zurich-concluded',
    { occurredAt: '2009-10-10', recordedAt: rec('2009-10-11', '09:15') },
    {
      roundId: 'zurich-2009-10',
      outcome: 'agreement',
      summary: 'The two protocols signed, some three hours late; no statements read.',
    },
    [S.mfaChicago1011],
    { occurrence: 'zurich-2009-10-10' },
  ),
  ev(
    'ThirdPartyEngagement',
    'tpe-clinton-zurich',
    { occurredAt: '2009-10-10', recordedAt: rec('2009-10-15', '12:00') },
    {
      actorId: 'united-states',
      counterparts: ['armenia', 'turkiye'],
      kind: 'support',
      summary:
        'The signing, planned as a simple ceremony, turned into three hours of negotiation over the statements each side meant to read (Nalbandian on the events of 1915, Davutoğlu on Karabakh); Clinton mediated between the two ministers, with the Swiss diplomats; in the end no statements were read.',
    },
    [S.politico1015, S.panarm1013],
  ),
  ev(
    'ThirdPartyEngagement',
    'tpe-lavrov-zurich',
    { occurredAt: '2009-10-10', recordedAt: rec('2009-10-15', '12:01') },
    {
      actorId: 'russia',
      counterparts: ['armenia', 'turkiye'],
      kind: 'support',
      summary: 'Lavrov attends the signing in Zurich.',
    },
    [S.mfaChicago1011],
  ),
  ev(
    'ThirdPartyEngagement',
    'tpe-kouchner-zurich',
    { occurredAt: '2009-10-10', recordedAt: rec('2009-10-15', '12:02') },
    {
      actorId: 'france',
      counterparts: ['armenia', 'turkiye'],
      kind: 'support',
      summary: 'Kouchner attends the signing in Zurich.',
    },
    [S.mfaChicago1011],
  ),
  ev(
    'ThirdPartyEngagement',
    'tpe-solana-zurich',
    { occurredAt: '2009-10-10', recordedAt: rec('2009-10-15', '12:03') },
    {
      actorId: 'european-union',
      counterparts: ['armenia', 'turkiye'],
      kind: 'support',
      summary: 'Solana, the EU High Representative, attends the signing in Zurich.',
    },
    [S.mfaChicago1011],
  ),
  ev(
    'StatementMade',
    'stmt-sargsyan-bursa',
    { occurredAt: '2009-10-12', recordedAt: rec('2009-10-15', '12:05') },
    {
      speaker: SARGSYAN,
      audience: 'turkiye',
      tone: 'conciliatory',
      summary: "Sargsyan says he will accept Gül's invitation and go to Bursa for the return match.",
      quote:
        '"Providing nothing extraordinary happens in these two days, I will go to Bursa and support my favourite team."',
    },
    [S.rferl1012],
  ),
  ev(
    'TalksRoundOpened',
    'round-bursa-opened',
    { occurredAt: '2009-10-14', recordedAt: rec('2009-10-15', '12:10') },
    {
      roundId: 'bursa-2009-10',
      label: "Sargsyan's visit to Bursa for the World Cup qualifier",
      format: 'informal',
      venue: 'Bursa',
      hosts: ['turkiye'],
      delegations: [
        { actorId: 'armenia', head: SARGSYAN, members: [NALBANDIAN] },
        { actorId: 'turkiye', head: GUL, members: [DAVUTOGLU] },
      ],
    },
    [S.trend1014, S.interfax1015],
    { occurrence: 'bursa-2009-10-14' },
  ),
  ev(
    'TalksRoundConcluded',
    'round-bursa-concluded',
    { occurredAt: '2009-10-14', recordedAt: rec('2009-10-15', '12:15') },
    {
      roundId: 'bursa-2009-10',
      outcome: 'progress',
      summary:
        'The first visit of an Armenian president to Türkiye for talks with its president: the delegations meet, Gül hosts a lunch, the match (Türkiye won 2–0) and a dinner; Gül says Davutoğlu will present the protocols to parliament on 21 October.',
    },
    [S.interfax1015, S.todayaz1015],
    { occurrence: 'bursa-2009-10-14' },
  ),
  // ----- January 2010: the Constitutional Court and Türkiye's objection -----
  ev(
    'StatementMade',
    'stmt-court',
    { occurredAt: '2010-01-12', recordedAt: rec('2010-01-19', '12:00') },
    {
      speaker: AM_COURT,
      audience: 'domestic audience',
      tone: 'neutral',
      summary:
        'The Constitutional Court finds the two protocols in conformity with the constitution, stipulating that they must not contradict paragraph 11 of the Declaration of Independence (the international recognition of the 1915 genocide).',
    },
    [S.hdn0119, S.armweekly0119],
  ),
  ev(
    'StatementMade',
    'stmt-tr-mfa-court',
    { occurredAt: '2010-01-18', recordedAt: rec('2010-01-19', '12:05') },
    {
      speaker: TR_MFA,
      audience: 'armenia',
      tone: 'critical',
      summary:
        'The grounds of the Armenian court\'s decision contain "preconditions and restrictive provisions which impair the letter and spirit of the Protocols"; Türkiye cannot accept this approach, keeps to the protocols\' primary provisions and expects the same of Armenia.',
      quote: '"This approach cannot be accepted on our part."',
    },
    [S.mfaDelhi0118, S.armweekly0119],
  ),
  ev(
    'StatementMade',
    'stmt-davutoglu-phone',
    { occurredAt: '2010-01-19', precision: 'approximate', recordedAt: rec('2010-01-20', '12:00') },
    {
      speaker: DAVUTOGLU,
      audience: 'armenia',
      tone: 'critical',
      summary:
        'In a telephone call with Nalbandian, Davutoğlu expresses discontent at the Constitutional Court\'s "preconditions", which could cause problems in future relations (CNN Türk, via Trend).',
    },
    [S.trend0120],
  ),
  ev(
    'TalksRoundOpened',
    'round-london-opened',
    { occurredAt: '2010-01-28', recordedAt: rec('2010-01-29', '09:00') },
    {
      roundId: 'london-2010-01',
      label: 'Davutoğlu–Nalbandian meeting on the sidelines of the London conference on Afghanistan',
      format: 'informal',
      venue: 'London',
      delegations: [
        { actorId: 'turkiye', head: DAVUTOGLU },
        { actorId: 'armenia', head: NALBANDIAN },
      ],
    },
    [S.jtw0128],
    { occurrence: 'london-2010-01-28' },
  ),
  ev(
    'TalksRoundConcluded',
    'round-london-concluded',
    { occurredAt: '2010-01-28', recordedAt: rec('2010-01-29', '09:05') },
    {
      roundId: 'london-2010-01',
      outcome: 'no-progress',
      summary:
        "A fifteen-minute meeting on the situation after the court's decision: Nalbandian says the character of the process has not changed; Türkiye wants Armenia to declare that the decision changes nothing in the protocols; no change in either position.",
    },
    [S.jtw0128],
    { occurrence: 'london-2010-01-28' },
  ),
  // ----- March – April 2010: the threat, Washington, the suspension -----
  ev(
    'StatementMade',
    'stmt-erdogan-deport',
    { occurredAt: '2010-03-16', recordedAt: rec('2010-03-17', '12:00') },
    {
      speaker: ERDOGAN,
      audience: 'armenia',
      tone: 'threat',
      summary:
        'After the US House committee and the Swedish parliament called the 1915 killings genocide, Erdoğan tells the BBC Turkish Service he may tell the 100,000 Armenians living in Türkiye without citizenship to go back to their country.',
      quote:
        '"If necessary, I may have to tell these 100,000 to go back to their country because they are not my citizens. I don\'t have to keep them in my country."',
    },
    [S.reuters0317, S.eurasianet0317],
  ),
  ev(
    'StatementMade',
    'stmt-tsargsyan-deport',
    { occurredAt: '2010-03-17', precision: 'approximate', recordedAt: rec('2010-03-18', '12:00') },
    {
      speaker: T_SARGSYAN,
      audience: 'turkiye',
      tone: 'critical',
      summary:
        'Armenia\'s prime minister calls Erdoğan\'s words a "political statement" that cannot help relations: such statements bring back the memory of 1915.',
    },
    [S.presstv0318],
  ),
  ev(
    'TalksRoundOpened',
    'round-washington-opened',
    { occurredAt: '2010-04-12', recordedAt: rec('2010-04-13', '12:00') },
    {
      roundId: 'washington-2010-04',
      label: 'Erdoğan–Sargsyan meeting at the Nuclear Security Summit',
      format: 'informal',
      venue: 'Washington',
      delegations: [
        { actorId: 'turkiye', head: ERDOGAN, members: [DAVUTOGLU] },
        { actorId: 'armenia', head: SARGSYAN, members: [NALBANDIAN] },
      ],
    },
    [S.nationalturk0412, S.chroniques0413],
    { occurrence: 'washington-2010-04-12' },
  ),
  ev(
    'TalksRoundConcluded',
    'round-washington-concluded',
    { occurredAt: '2010-04-13', recordedAt: rec('2010-04-15', '12:00') },
    {
      roundId: 'washington-2010-04',
      outcome: 'no-progress',
      summary:
        "The leaders meet on 12 April and the foreign ministers continue the discussion over Clinton's lunch on the 13th; Sargsyan says Yerevan will not accept preconditions; no step on ratification is announced.",
    },
    [S.chroniques0413, S.newsaz0415],
  ),
  ev(
    'ThirdPartyEngagement',
    'tpe-obama-washington',
    { occurredAt: '2010-04-12', recordedAt: rec('2010-04-15', '12:05') },
    {
      actorId: 'united-states',
      counterparts: ['armenia', 'turkiye'],
      kind: 'outreach',
      summary:
        'Obama meets Sargsyan and Erdoğan separately, urging both to complete the ratification of the protocols; the White House: he "encouraged him to continue forward toward ratification of the protocols".',
    },
    [S.newsaz0415],
    { note: "The White House's readouts speak for the United States; the speaker is recorded in the summary." },
  ),
  ev(
    'AgreementStatusChanged',
    'protocols-suspended',
    { occurredAt: '2010-04-22', recordedAt: rec('2010-04-23', '09:00') },
    {
      agreementId: PROTOCOLS,
      status: 'suspended',
      by: 'armenia',
      reason:
        'Sargsyan signs a decree suspending the procedure of ratifying the two protocols, after the ruling coalition said Türkiye refuses to ratify them without preconditions and within a reasonable timeframe; Armenia keeps its signature and does not leave the process; the foreign minister is to inform Türkiye.',
    },
    [S.ria0422, S.vestnik0422, S.afp0423],
    { occurrence: 'suspension-2010-04-22' },
  ),
  ev(
    'StatementMade',
    'stmt-sargsyan-suspension',
    { occurredAt: '2010-04-22', recordedAt: rec('2010-04-23', '09:05') },
    {
      speaker: SARGSYAN,
      audience: 'turkiye',
      tone: 'critical',
      summary:
        'In a televised address Sargsyan accuses Türkiye\'s senior officials of a year of "the language of preconditions", suspends the ratification and calls the current phase of normalisation exhausted, while keeping Armenia\'s signature.',
      quote: '"From this moment on, we consider the current phase of normalisation exhausted."',
    },
    [S.afp0423, S.ria0422],
    { occurrence: 'suspension-2010-04-22' },
  ),
  ev(
    'PositionTaken',
    'pos-armenia-karabakh',
    { occurredAt: '2010-04-22', recordedAt: rec('2010-04-23', '09:10') },
    {
      demandId: KARABAKH,
      actorId: 'armenia',
      stance: 'rejected',
      quote:
        '"For a whole year, Turkey\'s senior officials have not spared public statements in the language of preconditions."',
      speaker: SARGSYAN,
    },
    [S.afp0423],
    { occurrence: 'suspension-2010-04-22' },
  ),
  ev(
    'StatementMade',
    'stmt-davutoglu-suspension',
    { occurredAt: '2010-04-24', recordedAt: rec('2010-04-25', '09:00') },
    {
      speaker: DAVUTOGLU,
      audience: 'armenia',
      tone: 'conciliatory',
      summary:
        "Davutoğlu calls Armenia's suspension a unilateral decision and hopes the political atmosphere in both countries normalises soon so that the process resumes.",
      quote:
        '"I hope that political atmosphere in Armenia and Turkey will be normalized as soon as possible for the process to resume."',
    },
    [S.panarm0424],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'armenia-turkey-2008.jsonl',
  logEnd: '2010-12-31T23:59:00Z',
  events,
};

export default definition;
