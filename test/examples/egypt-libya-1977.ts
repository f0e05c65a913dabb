/**
 * A test fixture, not a shipped example: Egypt and Libya from the feud of 1976
 * after Sadat's turn to the West to the reopening of their border in 1989, as
 * an analyst following the news could have recorded them — Libya's threat to
 * break relations (22 July 1976), the bombing in Cairo and the hijacking Egypt
 * blamed on Libyan agents (August 1976), the troops both sides massed on the
 * frontier, Libya's expulsion of the Egyptians working there (deadline 1 July
 * 1977), the four-day war (21–24 July 1977: the Libyan raid on Sallum,
 * Egypt's counter-attack on Musaid, its air strikes on the Gamal Abdel Nasser
 * air base at al-Adem, on al-Kufra and Umm Alayan, its commando raid on the
 * camp near al-Jaghbub), Sadat's ceasefire of 24 July after Boumediene's and
 * Arafat's mediation, the ceasefire arranged between the two by 28 July, the
 * exchange of prisoners (24 August 1977), the Tripoli conference and the break
 * of relations (2–5 December 1977), the border closed from 1979, its partial
 * reopening (1 February 1982) and its reopening after the Casablanca summit
 * (May – June 1989). Escalation model v2 was never tuned on it: it is the case
 * the model is held to in egypt-libya-1977.spec.ts, against the calls an
 * analyst makes from DOMAIN.md §5b alone.
 *
 * The parties are Egypt and Libya. Mediators: Algeria (Boumediene), the PLO
 * (Arafat) and Kuwait. Third parties: the United States and the Soviet Union
 * (registered; nothing of theirs is recorded as the pair's).
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source.
 *
 * Grading as in examples/README.md: B = an established outlet (TIME, the
 * Christian Science Monitor, the Los Angeles Times, BBC On This Day, the CIA's
 * own contemporary bulletin); C = an encyclopedia or a copy of an article on
 * an archive site (Wikipedia and its mirrors, OnWar, EIR on docslib, a Korean
 * paper quoting MENA); 2 = several sources agree or one established source
 * reports it; 3 = one side's claim, or a count or date the sources disagree
 * on.
 *
 * Dates of sources: contemporary documents by their own date (TIME by its
 * issue, the CIA bulletin by its creation date, EIR by its issue). Wikipedia
 * and its mirrors are given a lower bound from their own content: the day of
 * the last development they are cited for (as the Chile – Argentina fixture
 * does), so that the analyst is taken to have known each development on its
 * day from the contemporary press the encyclopedia summarises.
 *
 * Judgement calls, recorded as an analyst would:
 * - The negotiation is opened at Libya's public threat of 22 July 1976 to
 *   break relations. The border clashes with guards "in early 1976" that
 *   Wikipedia reports are undated and without a place: they are not recorded
 *   as armed action; the troops massed by both sides are recorded as force
 *   posture, dated approximately (mid-1976).
 * - The bombing at Tahrir Square (8 August 1976) and the hijacking of 23
 *   August 1976 are attacks by persons Egypt says worked for Libyan
 *   intelligence: recorded as militant attacks blamed on Libya by Egypt, not
 *   as Libya's armed action (no source shows Libya's forces).
 * - The demonstrators who attacked consulates in both countries (April – May
 *   1977) are mobs, not a party's forces: not recorded. The "March on Cairo"
 *   stopped at the border is dated by TIME to July 1973, before this case;
 *   the one source read that places a march in 1977 (a list page) gives no
 *   date: not recorded.
 * - Places are written one way each: "Sallum" (the Libyan raid and the
 *   artillery exchanges across the frontier there), "Musaid" (the Egyptian
 *   counter-attack into Libya), "al-Adem air base" (the Gamal Abdel Nasser
 *   air base, struck on 22 and 24 July), "al-Kufra", "Umm Alayan",
 *   "al-Jaghbub". TIME's list of the air strikes and the commando raid gives
 *   no days: al-Kufra, Umm Alayan and al-Jaghbub are dated approximately on
 *   23 July, inside the span TIME gives them ("at least three days").
 * - The toll: the sources disagree (Egypt about 100 killed, or killed and
 *   wounded; Libya 400 killed and wounded, or killed). Recorded as two
 *   casualty reports over 21–24 July graded 3: Egypt's losses as 100 killed
 *   (the current Wikipedia article), Libya's as 400 killed and wounded
 *   without a count of the dead.
 * - Sadat's ceasefire of 24 July is Egypt's own: recorded binding Egypt
 *   alone, mediated by Algeria and the PLO. The ceasefire between the two is
 *   the one Arafat announced in Damascus by 28 July on the basis of the
 *   Kuwaiti–Algerian mediation (EIR, graded 3) and that the CIA calls "the
 *   cease-fire established late last month" (24 August). The "sporadic
 *   fighting" while the Egyptian troops withdrew (Wikipedia: "over the next
 *   few days"; its Italian version: the two following days) is recorded as
 *   one clash at Sallum on 25 July, approximate, graded 3.
 * - The prisoner exchange is dated by the CIA bulletin of 25 August
 *   ("yesterday"): 24 August 1977, not September. The agreement the CIA
 *   describes (prisoners exchanged, ceasefire posts along the border, an end
 *   to the propaganda war) is recorded as a partial agreement reached about
 *   20 August ("several days ago"), being implemented from the exchange.
 * - The Declaration of Tripoli (5 December 1977) is Libya's (with Syria,
 *   Algeria, South Yemen and the PLO) freeze of relations with Egypt: recorded
 *   as Libya's statement with CAMEO 161; Egypt's break the same day likewise.
 *   Algeria, a mediator in July, is a signatory of the declaration: nothing
 *   of Algeria's is recorded as the pair's.
 * - The border: the Christian Science Monitor (2 February 1982) reports it
 *   opened to limited traffic "for the first time in three years". Who
 *   closed it, and on which day, is not in a source read: the closure is
 *   recorded when the analyst reads of it (February 1982), dated
 *   approximately (February 1979), by no party named; the 1982 opening to
 *   limited traffic is recorded as a partial reopening, the reopening of
 *   May – June 1989 (Los Angeles Times, 4 June 1989) as the border reopened.
 * - Relations: Wikipedia says they were suspended for twelve years; the only
 *   dated report read for 1989 is MENA's (via a Korean paper, 18 August
 *   1989) that Gaddafi would likely announce their resumption on 1 September:
 *   recorded as Libya's conciliatory statement, graded 3. No agreement of
 *   1989 is recorded: none was read.
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'egypt-libya-1977';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 1977);
/** A recordedAt on a given day (the case spans thirteen years). */
const rec = (day: string, time: string): string => `${day}T${time}:00Z`;

const EGYPT: Actor = { id: 'egypt', name: 'Egypt', kind: 'state', aliases: ['Cairo', 'Arab Republic of Egypt'] };
const LIBYA: Actor = {
  id: 'libya',
  name: 'Libya',
  kind: 'state',
  aliases: ['Tripoli', 'Libyan Arab Republic', 'Libyan Arab Jamahiriya'],
};
const ALGERIA: Actor = { id: 'algeria', name: 'Algeria', kind: 'state', aliases: ['Boumediene'] };
const PLO: Actor = {
  id: 'plo',
  name: 'Palestine Liberation Organization',
  kind: 'opposition-movement',
  aliases: ['PLO', 'Arafat'],
};
const KUWAIT: Actor = { id: 'kuwait', name: 'Kuwait', kind: 'state' };
const USA: Actor = { id: 'united-states', name: 'United States', kind: 'state', aliases: ['Washington'] };
const USSR: Actor = { id: 'soviet-union', name: 'Soviet Union', kind: 'state', aliases: ['USSR', 'Moscow'] };

const LIBYA_GOV: Person = { name: 'Government of Libya', actorId: 'libya' };
const EGYPT_GOV: Person = { name: 'Government of Egypt', actorId: 'egypt' };
const SADAT: Person = { name: 'Anwar Sadat', title: 'President of Egypt', actorId: 'egypt' };
const GADDAFI: Person = { name: 'Muammar Gaddafi', title: 'Leader of Libya', actorId: 'libya' };
const FAHMY: Person = { name: 'Ismail Fahmy', title: 'Foreign Minister of Egypt', actorId: 'egypt' };
const LIBYA_ENVOY: Person = { name: "Libya's Ambassador to France", actorId: 'libya' };

const WAR_URL = 'https://en.wikipedia.org/wiki/Egyptian%E2%80%93Libyan_War';
/** The Wikipedia article on the war, dated by the development it is cited for (see the header). */
const wp = (day: string) => source('Egyptian–Libyan War', 'Wikipedia', WAR_URL, day, 'C', 2);
/** A 2012 mirror of the same article, which keeps the dated chronology of 1976. */
const wp2012 = (day: string) =>
  source(
    'Egyptian–Libyan War (2012 copy)',
    'Wikipedia (mirror)',
    'http://the-uncensored-wiki.com:20121/2012-wikipedia_en_all_nopic_01_2012/A/Libyan%E2%80%93Egyptian%20War.html',
    day,
    'C',
    2,
  );
const wpMobile = (day: string) =>
  source(
    'Libyan–Egyptian War',
    'Wikipedia (mobile)',
    'https://en.m.wikipedia.org/wiki/Libyan%E2%80%93Egyptian_War',
    day,
    'C',
    2,
  );

const S = {
  expulsion: source(
    '1977 expulsion of Egyptians from Libya',
    'Wikipedia',
    'http://en.wikipedia.org./wiki/1977_expulsion_of_Egyptians_from_Libya',
    '1977-07-01',
    'C',
    2,
  ),
  onwar: source(
    'Libyan-Egyptian War 1977',
    'OnWar.com',
    'http://onwar.com/data/libyaegypt1977.html',
    '1977-07-24',
    'C',
    2,
  ),
  time0801: source(
    'Revenge in the Desert (TIME, 1 August 1977)',
    'TIME (archive copy)',
    'http://20.210.105.67/txt/time/Time1977/1977-08-01/915160.html',
    '1977-08-01',
    'B',
    2,
  ),
  eir0802: source(
    'Egypt-Libya Truce Precarious (EIR, vol. 4 no. 31, 2 August 1977)',
    'Executive Intelligence Review (docslib copy)',
    'https://docslib.org/doc/1886432/egypt-libya-truce-precarious',
    '1977-08-02',
    'C',
    3,
  ),
  time0808: source(
    'Maxi-Plots Behind a Strange Mini-War (TIME, 8 August 1977)',
    'TIME (archive copy)',
    'http://20.210.105.67/txt/time/Time1977/1977-08-08/915206.html',
    '1977-08-08',
    'B',
    2,
  ),
  cia0825: source(
    'Egypt-Libya: Prisoner Exchange (CIA bulletin, 25 August 1977)',
    'CIA (declassified, faqs.org copy)',
    'http://www.faqs.org/cia/docs/45/0000215145/EGYPT-LIBYA:-PRISIONER-EXCHANGE.html',
    '1977-08-25',
    'B',
    2,
  ),
  tripoliConf: source(
    'Tripoli Conference (1977)',
    'Encyclopedia of the Modern Middle East and North Africa (encyclopedia.com)',
    'https://www.encyclopedia.com/humanities/encyclopedias-almanacs-transcripts-and-maps/tripoli-conference-1977',
    '1977-12-05',
    'B',
    2,
  ),
  bbcDec5: source(
    '1977: Egypt severs ties with Arab hardliners (BBC On This Day)',
    'Macau Daily Times (courtesy BBC News)',
    'https://macaudailytimes.com.mo/1977-egypt-severs-ties-with-arab-hardliners.html',
    '1977-12-05',
    'B',
    2,
  ),
  csm1982: source(
    'While Mubarak and Qaddafi mend fences along their border',
    'The Christian Science Monitor',
    'https://www.csmonitor.com/1982/0202/020239.html',
    '1982-02-02',
    'B',
    2,
  ),
  lat1989: source(
    'The World - News from June 4, 1989',
    'Los Angeles Times',
    'https://latimes.com/archives/la-xpm-1989-06-04-mn-2477-story.html',
    '1989-06-04',
    'B',
    2,
  ),
  hankyung1989: source(
    'Libya likely to announce resumption of relations with Egypt (MENA, citing a Tunisian paper)',
    'Korea Economic Daily (Hankyung)',
    'https://www.hankyung.com/article/1989081801301',
    '1989-08-18',
    'C',
    3,
  ),
  relations: source(
    'Egypt–Libya relations',
    'Wikipedia',
    'https://en.wikipedia.org/wiki/Egypt%E2%80%93Libya_relations',
    '1989-08-18',
    'C',
    2,
  ),
};

const CF = { sadat: 'sadat-ceasefire-1977-07-24', arranged: 'egypt-libya-ceasefire-1977-07-28' };
const A = { prisoners: 'prisoner-exchange-agreement-1977-08' };
const R = { tripoli1989: 'egypt-libya-tripoli-1989-06' };
const P = {
  sallum: 'Sallum',
  musaid: 'Musaid',
  adem: 'al-Adem air base',
  kufra: 'al-Kufra',
  ummAlayan: 'Umm Alayan',
  jaghbub: 'al-Jaghbub',
  border: 'the Egyptian–Libyan border',
};

const events = [
  // ===== 1976: threats, bombings blamed, troops on the frontier =====
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '1976-07-22', recordedAt: rec('1976-07-22', '18:00') },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Egypt – Libya, the four-day war and the long freeze, 1976–89',
      subject:
        'From the feud after Sadat rebuffed union with Libya and turned to the West (plots and bombings Egypt blamed on Libya, troops on the frontier), through the expulsion of the Egyptians from Libya, the border war of July 1977, the ceasefire and the prisoner exchange, the break of relations over Sadat’s peace initiative with Israel (December 1977), to the reopening of the border in 1989',
      parties: [EGYPT, LIBYA],
      mediators: [ALGERIA, PLO, KUWAIT],
    },
    [wp2012('1976-07-22')],
  ),
  ev(
    'ActorRegistered',
    'actor-usa',
    { occurredAt: '1976-07-22', recordedAt: rec('1976-07-22', '18:01') },
    { actor: USA, role: 'third-party' },
    [wp('1976-07-22')],
    { note: 'Egypt’s partner; it pressed Sadat to end the attacks in July 1977.' },
  ),
  ev(
    'ActorRegistered',
    'actor-ussr',
    { occurredAt: '1976-07-22', recordedAt: rec('1976-07-22', '18:02') },
    { actor: USSR, role: 'third-party' },
    [wp2012('1976-07-22')],
    { note: 'Libya kept its military ties with Moscow after Egypt broke its own.' },
  ),
  ev(
    'StatementMade',
    'stmt-libya-threat-break',
    { occurredAt: '1976-07-22', recordedAt: rec('1976-07-22', '18:05') },
    {
      speaker: LIBYA_GOV,
      audience: 'egypt',
      tone: 'warning',
      summary:
        'Libya publicly threatens to break diplomatic relations with Cairo if Egyptian subversive actions continue.',
    },
    [wp2012('1976-07-22')],
  ),
  ev(
    'IncidentReported',
    'inc-tahrir-bomb',
    { occurredAt: '1976-08-08', recordedAt: rec('1976-08-08', '20:00') },
    {
      incidentId: 'tahrir-square-bomb-1976-08-08',
      kind: 'militant-attack',
      allegedBy: 'egypt',
      blamedOn: 'libya',
      against: 'egypt',
      place: 'Cairo',
      injured: { min: 14, max: 14 },
      description:
        'An explosion in the bathroom of a government office on Tahrir Square in Cairo injures 14; the Egyptian government and media say Libyan agents did it, and Egypt says it arrested two Egyptians trained by Libyan intelligence for sabotage.',
    },
    [wp2012('1976-08-08')],
  ),
  ev(
    'IncidentReported',
    'inc-hijack',
    { occurredAt: '1976-08-23', recordedAt: rec('1976-08-23', '20:00') },
    {
      incidentId: 'egyptair-hijack-1976-08-23',
      kind: 'militant-attack',
      allegedBy: 'egypt',
      blamedOn: 'libya',
      against: 'egypt',
      place: 'Egyptian passenger airliner',
      fatalities: { min: 0, max: 0 },
      description:
        'An Egyptian passenger plane is hijacked by men who reportedly worked with Libyan intelligence; Egyptian forces capture them in an operation without casualties.',
    },
    [wp2012('1976-08-23')],
  ),
  ev(
    'IncidentReported',
    'inc-posture-1976',
    { occurredAt: '1976-08-25', precision: 'approximate', recordedAt: rec('1976-08-25', '20:00') },
    {
      incidentId: 'troops-massed-1976',
      kind: 'force-posture',
      perpetrator: 'egypt',
      against: 'libya',
      place: P.border,
      description:
        'Gaddafi has sent troops to the Egyptian frontier; Sadat answers by moving many troops to the area, and the Egyptian General Staff draws up plans for an invasion to depose Gaddafi.',
    },
    [graded(wp('1976-08-25'), 3)],
  ),
  // ===== 1977: the expulsion and the slide to war =====
  ev(
    'StatementMade',
    'stmt-libya-expulsion',
    { occurredAt: '1977-06', recordedAt: rec('1977-07-01', '12:00') },
    {
      speaker: GADDAFI,
      audience: 'egypt',
      tone: 'accusation',
      summary:
        'Accusing Egypt of provoking a war to seize Libya’s oil fields, Gaddafi orders the some 225,000 Egyptians living and working in Libya to leave by 1 July or face arrest.',
    },
    [S.expulsion],
  ),
  ev(
    'StatementMade',
    'stmt-egypt-denies',
    { occurredAt: '1977-07-01', precision: 'approximate', recordedAt: rec('1977-07-01', '12:05') },
    {
      speaker: EGYPT_GOV,
      audience: 'libya',
      tone: 'critical',
      summary: 'Egypt denies the charge that it is provoking a war to seize the Libyan oil fields.',
    },
    [graded(S.expulsion, 3)],
  ),
  // ===== 21–24 July 1977: the four-day war =====
  ev(
    'IncidentReported',
    'inc-sallum-raid',
    { occurredAt: '1977-07-21', recordedAt: rec('1977-07-21', '20:00') },
    {
      incidentId: 'libyan-raid-sallum-1977-07-21',
      kind: 'clash',
      perpetrator: 'libya',
      against: 'egypt',
      place: P.sallum,
      description:
        'A Libyan tank battalion raids the Egyptian border town of Sallum after an exchange of gunfire between troops on the border; the Egyptian forces ambush it.',
    },
    [wp('1977-07-21')],
  ),
  ev(
    'IncidentReported',
    'inc-musaid',
    { occurredAt: '1977-07-21', recordedAt: rec('1977-07-21', '20:05') },
    {
      incidentId: 'egyptian-counterattack-musaid-1977-07-21',
      kind: 'clash',
      perpetrator: 'egypt',
      against: 'libya',
      place: P.musaid,
      description:
        'Egypt’s counter-attack: a mechanised force drives some 24 km (15 mi) into Libyan territory past the border post of Musaid before withdrawing.',
    },
    [wp('1977-07-21')],
  ),
  ev(
    'IncidentReported',
    'inc-adem-22',
    { occurredAt: '1977-07-22', recordedAt: rec('1977-07-22', '20:00') },
    {
      incidentId: 'egyptian-airstrike-adem-1977-07-22',
      kind: 'airstrike',
      perpetrator: 'egypt',
      against: 'libya',
      place: P.adem,
      target: 'Gamal Abdel Nasser air base, near Tobruk',
      description:
        'Egyptian aircraft strike the Gamal Abdel Nasser air base at al-Adem; Libyan aircraft are destroyed on the ground.',
    },
    [wp('1977-07-22')],
  ),
  ev(
    'IncidentReported',
    'inc-artillery-22',
    { occurredAt: '1977-07-22', recordedAt: rec('1977-07-22', '20:05') },
    {
      incidentId: 'artillery-sallum-1977-07-22',
      kind: 'shelling',
      perpetrator: 'egypt',
      against: 'libya',
      place: P.sallum,
      description: 'Heavy artillery fire is exchanged across the border at Sallum.',
    },
    [wp('1977-07-22')],
  ),
  ev(
    'StatementMade',
    'stmt-sadat-lesson',
    { occurredAt: '1977-07-23', precision: 'approximate', recordedAt: rec('1977-07-23', '20:00') },
    {
      speaker: SADAT,
      audience: 'libya',
      tone: 'military-threat',
      summary:
        'On Egyptian television Sadat says Gaddafi ordered border raids near Sallum (the Libyans took 14 prisoners) and that his forces gave him "a lesson he will never forget".',
      quote: 'I could not hold back my armed forces!',
    },
    [wp('1977-07-23')],
  ),
  ev(
    'IncidentReported',
    'inc-kufra',
    { occurredAt: '1977-07-23', precision: 'approximate', recordedAt: rec('1977-07-23', '20:05') },
    {
      incidentId: 'egyptian-airstrike-kufra-1977-07',
      kind: 'airstrike',
      perpetrator: 'egypt',
      against: 'libya',
      place: P.kufra,
      description: 'Egyptian jets strike the Libyan airfield at al-Kufra.',
    },
    [wp('1977-07-23')],
  ),
  ev(
    'IncidentReported',
    'inc-umm-alayan',
    { occurredAt: '1977-07-23', precision: 'approximate', recordedAt: rec('1977-07-23', '20:10') },
    {
      incidentId: 'egyptian-airstrike-umm-alayan-1977-07',
      kind: 'airstrike',
      perpetrator: 'egypt',
      against: 'libya',
      place: P.ummAlayan,
      description: 'Egyptian jets strike the Libyan airfield and radar installations at Umm Alayan.',
    },
    [wp('1977-07-23')],
  ),
  ev(
    'IncidentReported',
    'inc-jaghbub',
    { occurredAt: '1977-07-23', precision: 'approximate', recordedAt: rec('1977-07-23', '20:15') },
    {
      incidentId: 'egyptian-commando-raid-jaghbub-1977-07',
      kind: 'clash',
      perpetrator: 'egypt',
      against: 'libya',
      place: P.jaghbub,
      description:
        'Helicopter-borne Egyptian commandos attack a training camp for African "volunteers" near al-Jaghbub.',
    },
    [wp('1977-07-23')],
  ),
  ev(
    'MediationAction',
    'med-boumediene',
    { occurredAt: '1977-07-23', precision: 'approximate', recordedAt: rec('1977-07-23', '20:20') },
    {
      mediator: 'algeria',
      action: 'requested-pause',
      summary:
        'Boumediene shuttles between Tripoli and Cairo to stop the fighting; in Cairo he warns the Egyptians that he is prepared to intervene on Libya’s side if the attacks go on. Arafat joins the mediation.',
    },
    [wp('1977-07-23')],
  ),
  ev(
    'IncidentReported',
    'inc-adem-24',
    { occurredAt: '1977-07-24', recordedAt: rec('1977-07-24', '16:00') },
    {
      incidentId: 'egyptian-airstrike-adem-1977-07-24',
      kind: 'airstrike',
      perpetrator: 'egypt',
      against: 'libya',
      place: P.adem,
      target: 'Gamal Abdel Nasser air base and Libyan supply depots',
      description:
        'A larger Egyptian raid on the Nasser air base and on Libyan supply depots; Cairo claims six Libyan planes and several tanks destroyed; two Egyptian Su-20s are shot down.',
    },
    [wp('1977-07-24')],
  ),
  ev(
    'MediationAction',
    'med-arafat',
    { occurredAt: '1977-07-24', precision: 'approximate', recordedAt: rec('1977-07-24', '19:00') },
    {
      mediator: 'plo',
      action: 'requested-pause',
      summary: 'Arafat joins Boumediene in trying to mediate an end to the fighting between Egypt and Libya.',
    },
    [wp('1977-07-24')],
  ),
  ev(
    'CeasefireDeclared',
    'cf-sadat',
    { occurredAt: '1977-07-24T18:00:00Z', precision: 'approximate', recordedAt: rec('1977-07-24', '20:00') },
    {
      ceasefireId: CF.sadat,
      parties: ['egypt'],
      scope:
        'Unilateral: Sadat declares an immediate ceasefire, under pressure from the United States and after the mediation of Boumediene and Arafat',
      duration: 'indefinite',
      mediatedBy: ['algeria', 'plo'],
    },
    [wp('1977-07-24'), S.onwar],
  ),
  ev(
    'IncidentReported',
    'inc-sporadic',
    { occurredAt: '1977-07-25', precision: 'approximate', recordedAt: rec('1977-07-25', '20:00') },
    {
      incidentId: 'sporadic-fighting-1977-07-25',
      kind: 'clash',
      perpetrator: 'libya',
      against: 'egypt',
      place: P.sallum,
      description: 'Sporadic fighting as the Egyptian troops withdraw across the border.',
    },
    [graded(wp('1977-07-25'), 3)],
  ),
  ev(
    'IncidentReported',
    'inc-toll-egypt',
    { occurredAt: '1977-07-24', precision: 'approximate', recordedAt: rec('1977-07-26', '12:00') },
    {
      incidentId: 'war-toll-egypt-1977-07',
      kind: 'casualty-report',
      perpetrator: 'libya',
      against: 'egypt',
      period: { from: '1977-07-21', to: '1977-07-24' },
      fatalities: { min: 100, max: 100 },
      description:
        'Egypt’s losses in the four days: about 100 killed (other versions of the count say 100 killed and wounded), four MiG-21s and two Su-20s.',
    },
    [graded(wpMobile('1977-07-26'), 3)],
  ),
  ev(
    'IncidentReported',
    'inc-toll-libya',
    { occurredAt: '1977-07-24', precision: 'approximate', recordedAt: rec('1977-07-26', '12:05') },
    {
      incidentId: 'war-toll-libya-1977-07',
      kind: 'casualty-report',
      perpetrator: 'egypt',
      against: 'libya',
      period: { from: '1977-07-21', to: '1977-07-24' },
      description:
        'Libya’s losses in the four days: 400 killed and wounded (an older version of the article: 400 dead), 30 to 60 tanks, 40 armoured carriers, aircraft losses disputed; 12 Libyans captured.',
    },
    [graded(wpMobile('1977-07-26'), 3)],
  ),
  ev(
    'StatementMade',
    'stmt-libya-counterclaim',
    { occurredAt: '1977-07-23', precision: 'approximate', recordedAt: rec('1977-08-01', '12:00') },
    {
      speaker: LIBYA_GOV,
      audience: 'egypt',
      tone: 'accusation',
      summary: 'The Libyans answer Sadat that it was the Egyptians who had been raiding across the border.',
    },
    [S.time0801],
  ),
  ev(
    'MediationAction',
    'med-kuwait',
    { occurredAt: '1977-07-28', precision: 'approximate', recordedAt: rec('1977-08-02', '11:55') },
    {
      mediator: 'kuwait',
      action: 'proposed',
      summary:
        'Kuwait, with Algeria, puts forward the basis on which the ceasefire between Egypt and Libya is arranged.',
    },
    [S.eir0802],
  ),
  ev(
    'CeasefireDeclared',
    'cf-arranged',
    { occurredAt: '1977-07-28', precision: 'approximate', recordedAt: rec('1977-08-02', '12:00') },
    {
      ceasefireId: CF.arranged,
      parties: ['egypt', 'libya'],
      scope:
        'The ceasefire Arafat announces at a press conference in Damascus, arranged on the basis of the Kuwaiti–Algerian mediation',
      duration: 'indefinite',
      mediatedBy: ['algeria', 'plo', 'kuwait'],
    },
    [S.eir0802],
    { note: 'The CIA bulletin of 25 August calls it the cease-fire "established late last month".' },
  ),
  ev(
    'StatementMade',
    'stmt-libya-green-light',
    { occurredAt: '1977-07-30', precision: 'approximate', recordedAt: rec('1977-08-02', '12:05') },
    {
      speaker: LIBYA_ENVOY,
      audience: 'egypt',
      tone: 'accusation',
      summary:
        'Libya’s Ambassador to France charges that Egypt had "gotten the green light from the U.S. and Israel" for its invasion of Libya; Libyan emissaries accuse Egypt of working with Israel against Arab national interests.',
    },
    [S.eir0802],
  ),
  ev(
    'StatementMade',
    'stmt-sadat-napoleon',
    { occurredAt: '1977-08-05', precision: 'approximate', recordedAt: rec('1977-08-08', '12:00') },
    {
      speaker: SADAT,
      audience: 'libya',
      tone: 'critical',
      summary:
        'Egypt calls the four-day war no more than a border skirmish forced by Libyan infiltrations and espionage; Sadat calls Gaddafi "a second Napoleon" and "just a child", Tripoli calls Sadat "a Zionist tool".',
    },
    [S.time0808],
  ),
  // ===== August 1977: the prisoner exchange =====
  ev(
    'AgreementReached',
    'agr-prisoners',
    { occurredAt: '1977-08-20', precision: 'approximate', recordedAt: rec('1977-08-25', '12:00') },
    {
      agreementId: A.prisoners,
      kind: 'partial',
      provisions: [
        'Exchange of the prisoners taken in the July fighting',
        'Ceasefire posts along the border',
        'A halt to the propaganda exchanges',
      ],
      signatories: ['egypt', 'libya'],
      textPublic: false,
    },
    [S.cia0825],
    {
      note: 'Worked out between the Egyptian War Minister Gamasy and a Libyan negotiator "several days" before the exchange, directly between the two; Arafat takes credit for arranging the exchange.',
    },
  ),
  ev(
    'StatementMade',
    'stmt-fahmy-terms',
    { occurredAt: '1977-08-23', recordedAt: rec('1977-08-25', '12:05') },
    {
      speaker: FAHMY,
      audience: 'African diplomats in Cairo',
      tone: 'neutral',
      summary:
        'Briefing African diplomats, Fahmy discloses terms of the agreement: ceasefire posts along the border and an end to the propaganda exchanges, negotiated directly between Egyptian and Libyan representatives.',
    },
    [S.cia0825],
  ),
  ev(
    'AgreementStatusChanged',
    'agr-prisoners-exchanged',
    { occurredAt: '1977-08-24', recordedAt: rec('1977-08-25', '12:10') },
    {
      agreementId: A.prisoners,
      status: 'in-force',
      reason: 'Egypt and Libya exchange prisoners, apparently the first step to consolidate the ceasefire.',
    },
    [S.cia0825],
  ),
  // ===== December 1977: the Tripoli conference and the break =====
  ev(
    'StatementMade',
    'stmt-tripoli-declaration',
    { occurredAt: '1977-12-05', recordedAt: rec('1977-12-05', '18:00') },
    {
      speaker: GADDAFI,
      audience: 'egypt',
      tone: 'accusation',
      summary:
        'The Tripoli conference Libya convened against Sadat’s visit to Jerusalem ends with the Declaration of Tripoli: Libya, Syria, Algeria, South Yemen and the PLO form the Steadfastness and Confrontation Front, condemn the visit as "high treason" and pledge to freeze political and diplomatic relations with Egypt.',
    },
    [S.tripoliConf, S.bbcDec5],
    { cameo: '161', note: 'Freezing diplomatic relations (CAMEO 161).' },
  ),
  ev(
    'StatementMade',
    'stmt-egypt-break',
    { occurredAt: '1977-12-05', recordedAt: rec('1977-12-05', '18:05') },
    {
      speaker: SADAT,
      audience: 'libya',
      tone: 'critical',
      summary:
        'In retaliation for the Declaration of Tripoli, Egypt breaks relations with Libya, Syria, Algeria and South Yemen: their diplomats have 24 hours to leave, Egypt’s envoys are recalled.',
    },
    [S.bbcDec5, S.tripoliConf],
    { cameo: '161', note: 'Breaking off diplomatic relations (CAMEO 161).' },
  ),
  // ===== 1979–1982: the closed border, opened to limited traffic =====
  ev(
    'IncidentReported',
    'inc-border-closed',
    { occurredAt: '1979-02-01', precision: 'approximate', recordedAt: rec('1982-02-02', '12:00') },
    {
      incidentId: 'border-closed-1979',
      kind: 'border-closure',
      place: P.border,
      description:
        'The common border has been closed for three years (the Christian Science Monitor, February 1982): who closed it, and on which day, is not reported.',
    },
    [graded(S.csm1982, 3)],
  ),
  ev(
    'IncidentReported',
    'inc-border-limited',
    { occurredAt: '1982-02-01', recordedAt: rec('1982-02-02', '12:05') },
    {
      incidentId: 'border-limited-traffic-1982-02-01',
      kind: 'border-reopening',
      place: P.border,
      description:
        'Egypt and Libya announce that they have agreed to open their common border to limited traffic, for the first time in three years.',
    },
    [S.csm1982],
  ),
  // ===== 1989: the reopening =====
  ev(
    'IncidentReported',
    'inc-border-reopened',
    { occurredAt: '1989-06-01', precision: 'approximate', recordedAt: rec('1989-06-04', '12:00') },
    {
      incidentId: 'border-reopened-1989',
      kind: 'border-reopening',
      place: P.border,
      description:
        'Less than a week after Mubarak met Gaddafi at the Casablanca summit that readmitted Egypt to the Arab League, the two reopen their border; Libyans come to Egypt to visit families for the first time in a decade; Egyptian airspace is to be reopened to Libya.',
    },
    [S.lat1989],
  ),
  ev(
    'TalksRoundScheduled',
    'round-tripoli-1989',
    { occurredAt: '1989-06-04', recordedAt: rec('1989-06-04', '12:05') },
    {
      roundId: R.tripoli1989,
      label: 'Egyptian official delegation to Tripoli (rapprochement talks)',
      venue: 'Tripoli',
      format: 'formal',
      plannedFor: '1989-06-04',
    },
    [S.lat1989],
  ),
  ev(
    'StatementMade',
    'stmt-gaddafi-compensation',
    { occurredAt: '1989-06-04', precision: 'approximate', recordedAt: rec('1989-06-04', '12:10') },
    {
      speaker: GADDAFI,
      audience: 'egypt',
      tone: 'conciliatory',
      summary:
        'Gaddafi is said to have agreed to compensate the thousands of Egyptian workers expelled when Egypt signed its peace treaty with Israel in 1979.',
    },
    [graded(S.lat1989, 3)],
  ),
  ev(
    'StatementMade',
    'stmt-gaddafi-resume',
    { occurredAt: '1989-08-18', recordedAt: rec('1989-08-18', '18:00') },
    {
      speaker: LIBYA_GOV,
      audience: 'egypt',
      tone: 'conciliatory',
      summary:
        'Gaddafi is expected to announce the resumption of diplomatic relations with Egypt on 1 September, the twentieth anniversary of the revolution, and to visit Egypt for a summit with Mubarak; Libya has invited Mubarak to the anniversary.',
    },
    [S.hankyung1989, S.relations],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'egypt-libya-1977.jsonl',
  logEnd: '1989-09-01T00:00:00Z',
  events,
};

export default definition;
