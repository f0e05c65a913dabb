/**
 * A test fixture, not a shipped example: Thailand and Laos from the border
 * war over the disputed hill of Ban Rom Klao / Na Bo Noi (Hill 1428, Chat
 * Trakan district of Phitsanulok for Thailand, Boten district of Sainyabuli
 * for Laos) to the thaw of late 1988, as an analyst following the news could
 * have recorded them — the Laotian night attack that drove the Thai garrison
 * from the village (15 December 1987, the date Wikipedia gives the war), each
 * side's claim to the village, the Laotian ambush of 20 January 1988 (11 Thai
 * soldiers killed), Laos's charge that Thailand is trying to annex its
 * territory and the Thai military's report of Vietnamese troops moved to the
 * border (23 January), the Laotian shells near the diplomats' tour, the Thai
 * Army's promise of "decisive action", the Thai air strikes and the bomber
 * shot down by Laotian anti-aircraft fire (13 February), the airlift of 3,000
 * troops (14 February), the army talks in Bangkok (16–17 February), the
 * fighting while they met, the truce that took effect on 19 February at 08:00
 * local time after a last skirmish, the separation of the troops, and the
 * "battlefields into marketplaces" policy of the Chatichai government
 * (November 1988). Escalation model v2 was never tuned on it: it is the case
 * the model is held to in thailand-laos-1987.spec.ts, against the calls an
 * analyst makes from DOMAIN.md §5b alone.
 *
 * The parties are Thailand and Laos. No mediator: the truce was agreed
 * between the two armies. Third parties: Vietnam (its troops in Laos, which
 * Thailand says were moved to the border) and the Soviet Union (Laos's
 * backer), registered; nothing of theirs is recorded as the pair's. China,
 * the United States and ASEAN are not registered: no source read gives them
 * an act in this case.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source.
 *
 * Grading as in examples/README.md: B = an established outlet (AP, UPI, the
 * Los Angeles Times); C = an encyclopedia or a copy on an archive site
 * (Wikipedia and its mirrors, an Institute of Current World Affairs letter
 * on docslib); 2 = several sources agree or one established source reports
 * it; 3 = one side's claim, or a count or date the sources disagree on.
 *
 * Dates of sources: contemporary reports by their own date. Wikipedia (a
 * mirror) is given a lower bound from its own content: the day of the
 * development it is cited for, so that the analyst is taken to have known
 * it on its day from the press the encyclopedia summarises.
 *
 * Judgement calls, recorded as an analyst would:
 * - When the fighting began is not agreed: AP and UPI say it flared in
 *   November 1987 (AP: "3 1/2 months" before 19 February), Wikipedia gives
 *   15 December 1987. No source read gives a day or a place for November:
 *   the case opens at the Laotian night attack on the Thai garrison of Ban
 *   Rom Klao, dated 15 December (graded 3: the date is Wikipedia's alone).
 *   The weeks of fighting between that attack and 20 January are known only
 *   from running tolls (UPI, 23 January); they are not recorded as clashes
 *   on days no source gives.
 * - One place, written one way: "Ban Rom Klao (Hill 1428)" for every act on
 *   the disputed hills (the village, Hill 1428, the "contested hills" of the
 *   AP), since no source read places any act elsewhere on the border. The
 *   war is heavy by its toll, not by its places.
 * - The tolls: UPI (23 January) gives at least 33 Thais and 80 Lao killed
 *   and about 280 Thais wounded in "months of fighting"; the Los Angeles
 *   Times (UPI, 15 February) "hundreds of men on both sides" in 11 weeks,
 *   recorded as 200–999 killed on both sides, with no side named as
 *   perpetrator; Wikipedia's final count (147 Thai and 286 Lao soldiers
 *   killed) is recorded after the truce, graded 3 (the sources disagree:
 *   others say about 1,000 killed and wounded, and Laos claimed over 500
 *   Thai dead).
 * - Exchanges of fire whose side is not given (the artillery duels of 14
 *   February, the heavy artillery exchange and the two ground clashes of 17
 *   and 18 February) are recorded with the side that reported them as the
 *   one fired on, only to give them a direction, as the Thailand – Cambodia
 *   2008 fixture does.
 * - The first of the two Thai aircraft lost is not dated by any source read
 *   (Wikipedia: February): not recorded. The bomber shot down on 13
 *   February is a clash by Laos against Thailand, the air strike it flew in
 *   Thailand's air strike.
 * - Scale (the catalogue's `scale: 'major'`): no act is marked. The source
 *   of the acts of 13–14 February (UPI in the Los Angeles Times) reports
 *   "eight warplanes attacking Laotian positions", a bomber downed,
 *   "artillery duels" and 3,000 troops airlifted "to secure disputed
 *   territory" — no offensive, battle or assault named for any of those
 *   acts; the "hundreds" killed are "in 11 weeks of fighting". No other
 *   dated source read names an offensive on those days.
 * - The truce: agreed on Wednesday 17 February after two days of talks in
 *   Bangkok between the two armies' delegations, in effect at 08:00 local
 *   time on 19 February (01:00 UTC). Recorded as an agreement reached on the
 *   17th (kind ceasefire, text agreed), in force on the 19th, and the
 *   ceasefire dated when it took effect, so that the fighting while the
 *   teams met and the skirmish an hour before the start are not read as
 *   breaking it. The troops were to be separated within 48 hours behind a
 *   two-mile zone marked by flags: no source read reports when the
 *   separation was complete, so it is not recorded as a separate act.
 * - The joint border commission that Thailand and Laos later formed (the
 *   Cambodia Daily, undated) and Chatichai's visit to Vientiane are not
 *   recorded: no dated source was read. The thaw is recorded from the AP's
 *   report of 26 November 1988 on the "battlefields into marketplaces"
 *   policy (Thai experts on a farm in Laos, a Thai joint venture in Laos).
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'thailand-laos-1987';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 1988);
/** A recordedAt on a given day (the case spans two years). */
const rec = (day: string, time: string): string => `${day}T${time}:00Z`;

const THAILAND: Actor = {
  id: 'thailand',
  name: 'Thailand',
  kind: 'state',
  aliases: ['Bangkok', 'Kingdom of Thailand'],
};
const LAOS: Actor = {
  id: 'laos',
  name: 'Laos',
  kind: 'state',
  aliases: ['Vientiane', "Lao People's Democratic Republic", 'Lao PDR'],
};
const VIETNAM: Actor = { id: 'vietnam', name: 'Vietnam', kind: 'state', aliases: ['Hanoi'] };
const USSR: Actor = { id: 'soviet-union', name: 'Soviet Union', kind: 'state', aliases: ['USSR', 'Moscow'] };

const THAI_GOV: Person = { name: 'Government of Thailand', actorId: 'thailand' };
const LAO_GOV: Person = { name: 'Government of Laos', actorId: 'laos' };
const RADIO_LAOS: Person = { name: 'Radio Laos (state radio)', actorId: 'laos' };
const THAI_ARMY: Person = { name: 'Royal Thai Army', actorId: 'thailand' };
const RITHI: Person = { name: 'Col. Rithi Rangaputhi', title: 'Spokesman, Third Army Region', actorId: 'thailand' };
const THONGLAY: Person = {
  name: 'Maj. Gen. Thonglay Kommasith',
  title: 'Deputy head of the general political department of the Lao army',
  actorId: 'laos',
};
const PREM: Person = { name: 'Prem Tinsulanonda', title: 'Prime Minister of Thailand', actorId: 'thailand' };
const SIDDHI: Person = { name: 'Siddhi Savetsila', title: 'Foreign Minister of Thailand', actorId: 'thailand' };
const CHATICHAI: Person = { name: 'Chatichai Choonhavan', title: 'Prime Minister of Thailand', actorId: 'thailand' };

const WAR_URL = 'http://en.wiki.x.io/wiki/Thai%E2%80%93Laotian_Border_War';
/** The Wikipedia article on the war (a mirror), dated by the development it is cited for (see the header). */
const wp = (day: string) => source('Thai–Laotian Border War', 'Wikipedia (mirror)', WAR_URL, day, 'C', 2);

const S = {
  upi0123: source(
    'Vientiane accuses Thailand of trying to annex part of Laos',
    'United Press International',
    'https://www.upi.com/Archives/1988/01/23/Vientiane-accuses-Thailand-of-trying-to-annex-part-of-Laos/7609569912400/',
    '1988-01-23',
    'B',
    2,
  ),
  icwa0203: source(
    'Sibling Rivalry: The Thai-Lao Border Conflict (Institute of Current World Affairs letter, 3 February 1988)',
    'Institute of Current World Affairs (docslib copy)',
    'https://docslib.org/doc/725533/the-thai-lao-border-conflict',
    '1988-02-03',
    'C',
    2,
  ),
  lat0215: source(
    'Thais Airlift Troops to Laos Border Conflict; Second Plane Lost',
    'Los Angeles Times (United Press International)',
    'https://latimes.com/archives/la-xpm-1988-02-15-mn-28998-story.html',
    '1988-02-15',
    'B',
    2,
  ),
  ap0219: source(
    'Truce Begins In Disputed Border Area After Last-Minute Fighting',
    'Associated Press',
    'https://www.apnews.com/c64d350c1d5fe40721644f2eaaff5263',
    '1988-02-19',
    'B',
    2,
  ),
  ap1126: source(
    'Thailand Seeks to Turn Indochina Battlefields into Marketplaces',
    'Associated Press',
    'https://apnews.com/3cd9a748b284afa8c300c665551cb935',
    '1988-11-26',
    'B',
    2,
  ),
};

const P = { romKlao: 'Ban Rom Klao (Hill 1428)' };
const R = { bangkok: 'thai-lao-army-talks-bangkok-1988-02' };
const A = { truce: 'thai-lao-truce-1988-02-17' };
const CF = { truce: 'thai-lao-ceasefire-1988-02-19' };

const events = [
  // ===== December 1987: the village taken and retaken =====
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '1987-12-15', recordedAt: rec('1987-12-16', '12:00') },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Thailand – Laos, the Ban Rom Klao border war and the thaw, 1987–88',
      subject:
        'The disputed hills of Ban Rom Klao / Na Bo Noi on the Phitsanulok–Sainyabuli border (two readings of the 1907 Franco-Siamese map, and Thai logging there), the fighting from late 1987, the Thai offensive to retake the hill, the truce agreed between the two armies in February 1988, and the turn to trade under Prime Minister Chatichai',
      parties: [THAILAND, LAOS],
      mediators: [],
    },
    [wp('1987-12-15')],
  ),
  ev(
    'ActorRegistered',
    'actor-vietnam',
    { occurredAt: '1987-12-15', recordedAt: rec('1987-12-16', '12:01') },
    { actor: VIETNAM, role: 'third-party' },
    [wp('1987-12-15')],
    { note: 'Laos’s ally, with some 30,000 troops stationed in Laos (UPI); Thailand says its troops helped Laos.' },
  ),
  ev(
    'ActorRegistered',
    'actor-ussr',
    { occurredAt: '1987-12-15', recordedAt: rec('1987-12-16', '12:02') },
    { actor: USSR, role: 'third-party' },
    [wp('1987-12-15')],
    { note: 'Laos’s backer (Wikipedia lists it as supporting Laos).' },
  ),
  ev(
    'IncidentReported',
    'inc-night-attack',
    { occurredAt: '1987-12-15', recordedAt: rec('1987-12-16', '12:05') },
    {
      incidentId: 'lao-night-attack-rom-klao-1987-12-15',
      kind: 'clash',
      perpetrator: 'laos',
      against: 'thailand',
      place: P.romKlao,
      description:
        'After Thai forces occupied the disputed village of Ban Rom Klao and raised the Thai flag, Lao forces make a night attack on the small Thai garrison, drive it from the village and raise the flag of the Lao PDR; serious fighting follows for weeks.',
    },
    [graded(wp('1987-12-15'), 3)],
  ),
  ev(
    'StatementMade',
    'stmt-laos-protest',
    { occurredAt: '1987-12-16', precision: 'approximate', recordedAt: rec('1987-12-16', '12:10') },
    {
      speaker: LAO_GOV,
      audience: 'thailand',
      tone: 'accusation',
      summary:
        'The Lao government protests strongly at the Thai occupation of the village, insisting that it is part of Boten district of Sainyabuli province.',
    },
    [wp('1987-12-16')],
  ),
  ev(
    'StatementMade',
    'stmt-thailand-claim',
    { occurredAt: '1987-12-16', precision: 'approximate', recordedAt: rec('1987-12-16', '12:15') },
    {
      speaker: THAI_GOV,
      audience: 'laos',
      tone: 'critical',
      summary: 'Thailand replies that the village belongs to Chat Trakan district of Phitsanulok province.',
    },
    [wp('1987-12-16')],
  ),
  // ===== January 1988: the ambush, the charges, the tolls =====
  ev(
    'StatementMade',
    'stmt-prem-visit',
    { occurredAt: '1988-01-22', recordedAt: rec('1988-01-23', '17:55') },
    {
      speaker: PREM,
      audience: 'laos',
      tone: 'critical',
      summary:
        'Prime Minister Prem, with the foreign and defence ministers, the army commander, the army chief of staff and the head of the National Security Council, visits the disputed area; he poses in combat fatigues holding a captured Lao submachine gun, staking out the Thai claim.',
    },
    [S.upi0123],
  ),
  ev(
    'StatementMade',
    'stmt-radio-laos-annex',
    { occurredAt: '1988-01-23', recordedAt: rec('1988-01-23', '18:00') },
    {
      speaker: RADIO_LAOS,
      audience: 'thailand',
      tone: 'accusation',
      summary:
        'Radio Laos accuses Thailand of using military force to annex Lao territory, denies that Laos attacked Thailand, and says the Lao people will not kneel down to any foreign aggressor.',
      quote: 'Thai military forces are launching attacks to annex Lao territory',
    },
    [S.upi0123],
  ),
  ev(
    'IncidentReported',
    'inc-toll-thai-jan',
    { occurredAt: '1988-01-23', recordedAt: rec('1988-01-23', '18:05') },
    {
      incidentId: 'toll-thai-1988-01-23',
      kind: 'casualty-report',
      perpetrator: 'laos',
      against: 'thailand',
      period: { from: '1987-11-01', to: '1988-01-23' },
      fatalities: { min: 33, max: 33 },
      injured: { min: 280, max: 280 },
      description:
        'Months of fighting over the 27-square-mile area have killed at least 33 Thais; about 280 Thai soldiers have been wounded.',
    },
    [S.upi0123],
  ),
  ev(
    'IncidentReported',
    'inc-toll-lao-jan',
    { occurredAt: '1988-01-23', recordedAt: rec('1988-01-23', '18:10') },
    {
      incidentId: 'toll-lao-1988-01-23',
      kind: 'casualty-report',
      perpetrator: 'thailand',
      against: 'laos',
      period: { from: '1987-11-01', to: '1988-01-23' },
      fatalities: { min: 80, max: 80 },
      description: 'Months of fighting over the disputed area have killed at least 80 Lao.',
    },
    [S.upi0123],
  ),
  ev(
    'StatementMade',
    'stmt-thai-vietnamese-troops',
    { occurredAt: '1988-01-23', recordedAt: rec('1988-01-23', '18:15') },
    {
      speaker: THAI_ARMY,
      audience: 'laos',
      tone: 'accusation',
      summary:
        'A Thai military report, quoted by the Thai newspaper Matichon, says 2,500 Vietnamese troops in Laos have been moved near the disputed border and six more divisions brought from Vietnam into Laos.',
    },
    [graded(S.upi0123, 3)],
  ),
  ev(
    'StatementMade',
    'stmt-withdraw-first',
    { occurredAt: '1988-01-23', precision: 'approximate', recordedAt: rec('1988-01-23', '18:20') },
    {
      speaker: THAI_GOV,
      audience: 'laos',
      tone: 'critical',
      summary:
        'Each country demands that the other withdraw its troops from the area before negotiations can begin, and both refuse to abandon what they consider their territory.',
    },
    [S.upi0123],
  ),
  ev(
    'IncidentReported',
    'inc-ambush',
    { occurredAt: '1988-01-20', recordedAt: rec('1988-02-03', '11:55') },
    {
      incidentId: 'lao-ambush-rom-klao-1988-01-20',
      kind: 'clash',
      perpetrator: 'laos',
      against: 'thailand',
      place: P.romKlao,
      fatalities: { min: 11, max: 11 },
      description:
        'Lao "sappers" ambush Thai soldiers near Rom Klao village, killing 11; after a brief lull the conflict intensifies.',
    },
    [S.icwa0203],
  ),
  ev(
    'IncidentReported',
    'inc-shells-diplomats',
    { occurredAt: '1988-01-28', precision: 'approximate', recordedAt: rec('1988-02-03', '12:00') },
    {
      incidentId: 'lao-shells-diplomats-tour-1988-01',
      kind: 'shelling',
      perpetrator: 'laos',
      against: 'thailand',
      place: P.romKlao,
      description:
        'The Thai Foreign Ministry escorts some 40 foreign diplomats to the region to support the Thai claim, and has to escort them out when a few Lao artillery shells fall nearby.',
    },
    [S.icwa0203],
  ),
  ev(
    'StatementMade',
    'stmt-decisive-action',
    { occurredAt: '1988-02-01', precision: 'approximate', recordedAt: rec('1988-02-03', '12:05') },
    {
      speaker: THAI_ARMY,
      audience: 'laos',
      tone: 'military-threat',
      summary:
        'The Thai Army says it will now take "decisive action" to drive the last Lao intruders from the Rom Klao area.',
    },
    [S.icwa0203],
  ),
  // ===== February 1988: the offensive =====
  ev(
    'IncidentReported',
    'inc-airstrike-13',
    { occurredAt: '1988-02-13', recordedAt: rec('1988-02-15', '06:00') },
    {
      incidentId: 'thai-airstrike-rom-klao-1988-02-13',
      kind: 'airstrike',
      perpetrator: 'thailand',
      against: 'laos',
      place: P.romKlao,
      description: 'Thai warplanes (eight, says Radio Laos) attack Laotian positions in the disputed hills.',
    },
    [S.lat0215],
  ),
  ev(
    'IncidentReported',
    'inc-bomber-down',
    { occurredAt: '1988-02-13', recordedAt: rec('1988-02-15', '06:05') },
    {
      incidentId: 'thai-bomber-shot-down-1988-02-13',
      kind: 'clash',
      perpetrator: 'laos',
      against: 'thailand',
      place: P.romKlao,
      description:
        'Laotian anti-aircraft fire downs a Thai bomber, confirmed by the Thai military: the second Thai warplane lost in 11 weeks of fighting.',
    },
    [S.lat0215],
  ),
  ev(
    'IncidentReported',
    'inc-airlift',
    { occurredAt: '1988-02-14', recordedAt: rec('1988-02-15', '06:10') },
    {
      incidentId: 'thai-airlift-1988-02-14',
      kind: 'force-posture',
      perpetrator: 'thailand',
      against: 'laos',
      place: P.romKlao,
      description:
        'The Third Army Region airlifts 3,000 troops, about 10 tanks and some artillery from Phitsanulok into the disputed zone with some 50 helicopters, to secure the territory before the peace talks.',
    },
    [S.lat0215],
  ),
  ev(
    'IncidentReported',
    'inc-artillery-14',
    { occurredAt: '1988-02-14', recordedAt: rec('1988-02-15', '06:15') },
    {
      incidentId: 'artillery-duels-1988-02-14',
      kind: 'shelling',
      perpetrator: 'laos',
      against: 'thailand',
      place: P.romKlao,
      description:
        'Artillery duels continue over the 27-square-mile strip of jungle-covered hills. Which side fired first is not reported: recorded with Laos as perpetrator only to give the duel a direction.',
    },
    [S.lat0215],
  ),
  ev(
    'StatementMade',
    'stmt-rithi-push-out',
    { occurredAt: '1988-02-14', recordedAt: rec('1988-02-15', '06:20') },
    {
      speaker: RITHI,
      audience: 'laos',
      tone: 'military-threat',
      summary:
        'The Third Army spokesman says Thailand does not reject talks, but the Laotians are still on Thai soil and must be pushed out.',
      quote: 'We do not reject (peace) talks, but they are still on our soil and we must push them out',
    },
    [S.lat0215],
  ),
  ev(
    'IncidentReported',
    'inc-toll-feb',
    { occurredAt: '1988-02-14', recordedAt: rec('1988-02-15', '06:25') },
    {
      incidentId: 'toll-both-1988-02-14',
      kind: 'casualty-report',
      period: { from: '1987-11-29', to: '1988-02-14' },
      fatalities: { min: 200, max: 999 },
      description: 'Eleven weeks of fighting have killed hundreds of men on both sides.',
    },
    [S.lat0215],
  ),
  ev(
    'TalksRoundScheduled',
    'round-bangkok-scheduled',
    { occurredAt: '1988-02-14', recordedAt: rec('1988-02-15', '06:30') },
    {
      roundId: R.bangkok,
      label: 'Thai–Lao military talks in Bangkok',
      venue: 'Bangkok',
      format: 'formal',
      plannedFor: '1988-02-16',
    },
    [S.lat0215],
  ),
  ev(
    'TalksRoundOpened',
    'round-bangkok-opened',
    { occurredAt: '1988-02-16', recordedAt: rec('1988-02-19', '05:55') },
    { roundId: R.bangkok, label: 'Thai–Lao military talks in Bangkok', venue: 'Bangkok', format: 'formal' },
    [S.ap0219],
  ),
  ev(
    'IncidentReported',
    'inc-artillery-17',
    { occurredAt: '1988-02-17', recordedAt: rec('1988-02-19', '06:00') },
    {
      incidentId: 'artillery-exchange-1988-02-17',
      kind: 'shelling',
      perpetrator: 'laos',
      against: 'thailand',
      place: P.romKlao,
      description:
        'A heavy artillery exchange while the Thai and Laotian military teams meet in Bangkok (reported by the Third Army Region; recorded with Laos as perpetrator only to give it a direction).',
    },
    [S.ap0219],
  ),
  ev(
    'TalksRoundConcluded',
    'round-bangkok-concluded',
    { occurredAt: '1988-02-17', recordedAt: rec('1988-02-19', '06:05') },
    {
      roundId: R.bangkok,
      outcome: 'agreement',
      summary: 'After two days of talks the Thai and Laotian military delegations agree a ceasefire.',
      nextSteps: 'The truce begins on 19 February at 08:00; the soldiers are separated within 48 hours.',
    },
    [S.ap0219],
    { occurrence: 'thai-lao-truce-agreed-1988-02-17' },
  ),
  ev(
    'AgreementReached',
    'agr-truce',
    { occurredAt: '1988-02-17', recordedAt: rec('1988-02-19', '06:10') },
    {
      agreementId: A.truce,
      kind: 'ceasefire',
      provisions: [
        'A ceasefire from 08:00 on 19 February 1988',
        'The soldiers separated within 48 hours of the start of the truce',
        'A two-mile zone, marked by two rows of Thai and Laotian flags, that soldiers may not cross',
      ],
      signatories: ['thailand', 'laos'],
      textPublic: false,
      roundId: R.bangkok,
      status: 'text-agreed',
    },
    [S.ap0219],
    { occurrence: 'thai-lao-truce-agreed-1988-02-17' },
  ),
  ev(
    'IncidentReported',
    'inc-ground-18',
    { occurredAt: '1988-02-18', precision: 'approximate', recordedAt: rec('1988-02-19', '06:15') },
    {
      incidentId: 'ground-clashes-1988-02-18',
      kind: 'clash',
      perpetrator: 'laos',
      against: 'thailand',
      place: P.romKlao,
      description:
        'Two ground clashes on the Wednesday and Thursday of the talks (dated to the Thursday; recorded with Laos as perpetrator only to give them a direction).',
    },
    [S.ap0219],
  ),
  ev(
    'IncidentReported',
    'inc-last-skirmish',
    { occurredAt: '1988-02-19T00:00:00Z', recordedAt: rec('1988-02-19', '06:20') },
    {
      incidentId: 'last-skirmish-1988-02-19',
      kind: 'clash',
      perpetrator: 'laos',
      against: 'thailand',
      place: P.romKlao,
      fatalities: { min: 0, max: 0 },
      description:
        'A half-hour skirmish on one of the contested hills an hour before the truce begins, without casualties; probably a delay in passing the ceasefire order to the field troops (Third Army Region).',
    },
    [S.ap0219],
  ),
  ev(
    'CeasefireDeclared',
    'cf-truce',
    { occurredAt: '1988-02-19T01:00:00Z', recordedAt: rec('1988-02-19', '06:25') },
    {
      ceasefireId: CF.truce,
      parties: ['thailand', 'laos'],
      scope:
        'The truce agreed by the two armies in Bangkok on 17 February, from 08:00 local time on 19 February, with the soldiers separated behind a two-mile zone',
      duration: 'indefinite',
    },
    [S.ap0219],
    {
      note: 'Agreed on the 17th; dated when it took effect, so that the fighting of the 17th–19th is not read as breaking it.',
      occurrence: 'thai-lao-truce-in-force-1988-02-19',
    },
  ),
  ev(
    'AgreementStatusChanged',
    'agr-truce-in-force',
    { occurredAt: '1988-02-19T01:00:00Z', recordedAt: rec('1988-02-19', '06:30') },
    {
      agreementId: A.truce,
      status: 'in-force',
      reason:
        'The truce begins at 08:00; two parallel rows of Thai and Laotian flags mark off the two-mile zone, and the leaders separate the troops (Gen. Charuay Wongsayant, army chief of staff).',
    },
    [S.ap0219],
    { occurrence: 'thai-lao-truce-in-force-1988-02-19' },
  ),
  ev(
    'StatementMade',
    'stmt-siddhi-paris',
    { occurredAt: '1988-02-19', recordedAt: rec('1988-02-19', '06:35') },
    {
      speaker: SIDDHI,
      audience: 'press',
      tone: 'neutral',
      summary:
        'Foreign Minister Siddhi says Foreign Ministry officials have been sent to Paris to seek the French government’s help in resolving the conflicting claims under the 1907 treaty.',
    },
    [S.ap0219],
  ),
  ev(
    'StatementMade',
    'stmt-thonglay-talks',
    { occurredAt: '1988-02-19', recordedAt: rec('1988-02-19', '06:40') },
    {
      speaker: THONGLAY,
      audience: 'thailand',
      tone: 'conciliatory',
      summary:
        'The Lao news agency KPL quotes him saying the talks in Bangkok have paved the way towards negotiations.',
    },
    [S.ap0219],
  ),
  ev(
    'IncidentReported',
    'inc-toll-final-thai',
    { occurredAt: '1988-02-19', precision: 'approximate', recordedAt: rec('1988-02-20', '12:00') },
    {
      incidentId: 'toll-thai-final-1988-02',
      kind: 'casualty-report',
      perpetrator: 'laos',
      against: 'thailand',
      period: { from: '1987-12-15', to: '1988-02-19' },
      fatalities: { min: 147, max: 147 },
      injured: { min: 166, max: 166 },
      description: 'Thai losses in the war: 147 soldiers killed and 166 injured, and two aircraft.',
    },
    [graded(wp('1988-02-19'), 3)],
  ),
  ev(
    'IncidentReported',
    'inc-toll-final-lao',
    { occurredAt: '1988-02-19', precision: 'approximate', recordedAt: rec('1988-02-20', '12:05') },
    {
      incidentId: 'toll-lao-final-1988-02',
      kind: 'casualty-report',
      perpetrator: 'thailand',
      against: 'laos',
      period: { from: '1987-12-15', to: '1988-02-19' },
      fatalities: { min: 286, max: 286 },
      injured: { min: 200, max: 300 },
      description: 'Lao losses in the war: 286 soldiers killed and 200–300 wounded (Vietnamese losses counted apart).',
    },
    [graded(wp('1988-02-19'), 3)],
  ),
  ev(
    'StatementMade',
    'stmt-thai-seventy-percent',
    { occurredAt: '1988-02-19', precision: 'approximate', recordedAt: rec('1988-02-20', '12:10') },
    {
      speaker: THAI_ARMY,
      audience: 'laos',
      tone: 'critical',
      summary:
        'Thai forces claim to have secured 70% of the ground around Hill 1428, while Lao forces still hold the high ground.',
    },
    [graded(wp('1988-02-19'), 3)],
  ),
  // ===== November 1988: battlefields into marketplaces =====
  ev(
    'StatementMade',
    'stmt-chatichai-marketplaces',
    { occurredAt: '1988-11-26', recordedAt: rec('1988-11-26', '12:00') },
    {
      speaker: CHATICHAI,
      audience: 'laos',
      tone: 'conciliatory',
      summary:
        'Since taking office in August, Chatichai has spoken of improving relations with Indochina and exploring its markets; "battlefields into marketplaces" is one of his government’s slogans. Thai agricultural experts supervise an experimental farm in Laos, Thailand imports Lao timber, and a Thai company has entered the first major joint venture in Laos, a garment factory.',
      quote: 'Battlefields into marketplaces',
    },
    [S.ap1126],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'thailand-laos-1987.jsonl',
  logEnd: '1988-12-31T00:00:00Z',
  events,
};

export default definition;
