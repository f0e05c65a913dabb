/**
 * A test fixture, not a shipped example: Greece and Türkiye in the Imia/Kardak
 * crisis, from the Turkish cargo ship grounded on the islets (25 December 1995)
 * through the crisis of January 1996, the US-brokered disengagement, the claims
 * and counter-claims of February 1996, the Madrid declaration (8 July 1997) and
 * the earthquake diplomacy of 1999, as an analyst following the news could have
 * recorded it. Escalation model v2 was never tuned on it: it is the case the
 * model is held to in greece-turkey-1996.spec.ts, against the calls an analyst
 * makes from DOMAIN.md §5b alone. A separate negotiation from
 * greece-turkey-2020 (its own id).
 *
 * What it tests: a stand-off with no armed action between the parties (flags,
 * soldiers and commandos on disputed rocks, warships around them, nobody
 * firing), deaths in an accident (the Greek helicopter, 31 January 1996), a
 * disengagement agreed overnight through a mediator (the United States), the
 * threats and counter-claims after it, and an agreement to renounce force
 * (Madrid, 1997). The parties are Greece and Türkiye (`turkey`, the id the
 * 2020 case uses); the United States mediates; Italy (the EU presidency)
 * proposes a way out in February 1996; the Hürriyet journalists are a third
 * party.
 *
 * Grading as in examples/README.md: B = established outlet or wire copy (CNN,
 * The Independent, the Orlando Sentinel, Time, The Christian Science Monitor,
 * NRC Handelsblad, The Moscow Times, the Athens News Agency and Macedonian
 * Press Agency bulletins archived by HR-Net, the Los Angeles Times);
 * C = smaller outlet, mirror, archive of a document or retrospective
 * (Asbarez, nt.am's copy of AFP, hellenic.me, turkishgreek.org, the Western
 * Policy Center); A = the Greek foreign ministry's own page. 1 = an act both
 * sides confirm (the Madrid communiqué, the notes' texts); 2 = on-record
 * statements and facts several outlets agree on; 3 = one side's or one
 * person's unverified account.
 *
 * Judgement calls, recorded as an analyst would:
 * - The grounding of the Figen Akat (25 December 1995) is no act of either
 *   government: it is the date the case opens, in the opening's note. The
 *   notes that followed are the claims: Turkey's of 29 December (the islets
 *   are Turkish, registered in Muğla) is a territorial demand; Greece's note
 *   of 9 January 1996 (10 January by the Athens study of February 1996; the
 *   Greek note of 16 February quotes it as dated 9 January) rejects it.
 * - The flags: the mayor of Kalymnos (25 January by the brief and one
 *   retrospective, 26 January by others: `approximate`) is a Greek official
 *   asserting sovereignty, recorded as a statement; the Hürriyet journalists
 *   (27 January) are a third party, not the Turkish state. The Greek navy's
 *   raising the flag again with soldiers left on the islet (28 January), the
 *   warships both sides sent (29–30 January) and the Turkish commandos landing
 *   on the second islet (night of 30–31 January) are `force-posture`: shows
 *   and placements of force, no force used, nobody fired. Every act at the
 *   islets has the one place "Imia/Kardak islets".
 * - Çiller's "the flag will come down, the soldiers will go", backed by the
 *   warships, is a `military-threat` (dated 30 January, approximately: she
 *   quoted it herself as said before on 31 January). Holbrooke said Turkey's
 *   prime minister gave Greece a two-hour ultimatum at one point that night:
 *   an `UltimatumIssued` on his account (B3), resolved `complied` the next
 *   morning when Greece took its soldiers and flag off (Turkey took off its
 *   commandos as well).
 * - The helicopter from the frigate Navarino crashed at dawn on 31 January;
 *   its three officers died. Both governments called it an accident at the
 *   time (claims of Turkish fire came years later and are not recorded): not
 *   an incident of force, recorded as the Greek defence minister's statement.
 * - The disengagement of 31 January ("no ships, no troops, no flags",
 *   status quo ante, US to monitor) is an `AgreementReached` of kind
 *   `partial`, text not public, one `occurrence` with the US proposal that
 *   brought it. Turkey's spokesman said "there is no agreement as such"; the
 *   Greek ministers and Baykal's welcome confirm each side's assurances to
 *   Washington. It is not a ceasefire: nobody had fired.
 * - Çiller's call to treat the islets as a casus belli (3 February) and
 *   Batu's repeating the war threats (2 February) are `military-threat`.
 *   Greece's block on EU funds to Turkey (announced 2 February, in force at
 *   the Council of 26 February) is recorded as Pangalos's and the
 *   government's statements (`warning`, then `critical`): the catalogue has
 *   no type for an economic measure, and the block's lasting is in the text
 *   only. Turkey's recall of its ambassador and Çiller's "no Greek step
 *   against Turkey will remain unanswered" (22 February) are a `warning`.
 * - The Madrid joint communiqué (8 July 1997) is an `AgreementReached` of
 *   kind `framework`, text public, after the foreign ministers' meeting hosted
 *   by the US Secretary of State: one `occurrence` with the Simitis–Demirel
 *   meeting.
 * - Left out for want of a dated, detailed report in the sources searched, or
 *   for time: the Turkish coast guard firing at Greek fishing boats and the
 *   harassment of others (reported in the ANA bulletins of 5 and 17 February
 *   1996, without date, place or harm given in what was read), the Turkish
 *   "grey zones" claims to other islets in the spring of 1996 (no dated
 *   statement found), the Aegean incidents of 1997–99, the Öcalan crisis of
 *   February 1999 and the Helsinki European Council (December 1999). The
 *   record is thinner than the Aegean between February 1996 and July 1997 and
 *   between July 1997 and August 1999: days with nothing recorded are not
 *   days with nothing done.
 * - Sources read only in retrospectives or archives published later (the
 *   notes of December 1995 – February 1996) are cited by recordings made when
 *   those pages were published (at the end of the log, backdated to when the
 *   notes were sent).
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'greece-turkey-1996';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 1996);
/** A recordedAt on a given day, UTC (the case runs over four years, and its archive sources later). */
const rec = (day: string, time = '12:00'): string => `${day}T${time}:00Z`;

const GREECE: Actor = { id: 'greece', name: 'Hellenic Republic', kind: 'state', aliases: ['Greece', 'Athens'] };
const TURKEY: Actor = {
  id: 'turkey',
  name: 'Republic of Türkiye',
  kind: 'state',
  aliases: ['Turkey', 'Türkiye', 'Ankara'],
};
const USA: Actor = {
  id: 'united-states',
  name: 'United States of America',
  kind: 'state',
  aliases: ['United States', 'Washington'],
};
const ITALY: Actor = { id: 'italy', name: 'Italian Republic (EU presidency)', kind: 'state', aliases: ['Italy'] };
const HURRIYET: Actor = {
  id: 'hurriyet',
  name: 'Hürriyet (newspaper)',
  kind: 'individual',
  aliases: ['Hurriyet journalists'],
};

const SIMITIS: Person = { name: 'Costas Simitis', title: 'Prime Minister of Greece', actorId: 'greece' };
const PANGALOS: Person = { name: 'Theodoros Pangalos', title: 'Foreign Minister of Greece', actorId: 'greece' };
const ARSENIS: Person = { name: 'Gerasimos Arsenis', title: 'Defence Minister of Greece', actorId: 'greece' };
const DIAKOMICHALIS: Person = {
  name: 'Dimitris Diakomichalis',
  title: 'Mayor of Kalymnos',
  actorId: 'greece',
};
const PAPANDREOU_G: Person = { name: 'George Papandreou', title: 'Foreign Minister of Greece', actorId: 'greece' };
const GR_GOV: Person = { name: 'Greek government (sources)', actorId: 'greece' };
const CILLER: Person = { name: 'Tansu Çiller', title: 'Prime Minister of Turkey (caretaker)', actorId: 'turkey' };
const BAYKAL: Person = { name: 'Deniz Baykal', title: 'Foreign Minister of Turkey (caretaker)', actorId: 'turkey' };
const BATU: Person = { name: 'İnal Batu', title: 'Turkish diplomat (foreign ministry)', actorId: 'turkey' };
const TR_MFA: Person = { name: 'Ministry of Foreign Affairs of Turkey (note)', actorId: 'turkey' };
const GR_MFA: Person = { name: 'Embassy of Greece in Ankara (note)', actorId: 'greece' };
const HURRIYET_CREW: Person = { name: 'Hürriyet journalists', actorId: 'hurriyet' };
const DEMIREL: Person = { name: 'Süleyman Demirel', title: 'President of Turkey', actorId: 'turkey' };

const S = {
  mpaJan30: source(
    'Brief Greek news bulletin (30/01/1996): Greek premier: government handling Imia issue with determination',
    'Macedonian Press Agency (HR-Net archive)',
    'http://hri.org/news/greek/mpa/1996/96-01-30.mpa.html',
    '1996-01-30',
    'B',
    2,
  ),
  cnnJan31: source(
    'Holbrooke: Greece, Turkey were on verge of battle',
    'CNN',
    'http://edition.cnn.com/WORLD/9601/turkey_greece_dispute/01-31/',
    '1996-01-31',
    'B',
    2,
  ),
  afpJan31: source(
    'Turkey, Greece prepare to quit disputed islet after US intervention',
    'nt.am (AFP)',
    'https://nt.am/en/news/140530',
    '1996-01-31',
    'C',
    2,
  ),
  timeJan31: source(
    'Americans Calm Aegean Waters',
    'Time',
    'http://content.time.com/time/nation/article/0,8599,5753,00.html',
    '1996-01-31',
    'B',
    2,
  ),
  independentFeb1: source(
    'US cools Aegean islands clash',
    'The Independent',
    'http://www.independent.co.uk/news/world/us-cools-aegean-islands-clash-1316687.html',
    '1996-02-01',
    'B',
    2,
  ),
  orlandoFeb1: source(
    'Greece, Turkey Defuse Tensions Over Land Dispute',
    'Orlando Sentinel',
    'http://articles.orlandosentinel.com/1996-02-01/news/9601311305_1_turkey-greece-turkish',
    '1996-02-01',
    'B',
    2,
  ),
  moscowtimesFeb1: source(
    'Greece, Turkey Call Off Forces in Island Feud',
    'The Moscow Times',
    'http://oldtmt.vedomosti.ru/sitemap/free/1996/2/article/greece-turkey-call-off-forces-in-island-feud/329074.html',
    '1996-02-01',
    'B',
    2,
  ),
  anaFeb1: source(
    "A.N.A. Bulletin, 01/02/96: Crisis in the Aegean over, Gov't comes under fire in Parliament",
    'Athens News Agency (HR-Net archive)',
    'http://www.hri.org/news/greek/ana/1996/96-02-01.ana.html',
    '1996-02-01',
    'B',
    2,
  ),
  anaFeb3: source(
    "A.N.A. Bulletin, 03/02/96: Pangalos moves to block EU funds for Turkey; Batu reiterates Ciller's war threats",
    'Athens News Agency (HR-Net archive)',
    'http://www.hri.org/news/greek/ana/1996/96-02-03.ana.html',
    '1996-02-03',
    'B',
    2,
  ),
  anaFeb5: source(
    'A.N.A. Bulletin, 05/02/96: Ciller: Islets issue should be treated as casus belli',
    'Athens News Agency (HR-Net archive)',
    'http://www.hri.org/news/greek/ana/1996/96-02-05.ana.html',
    '1996-02-05',
    'B',
    2,
  ),
  anaFeb7: source(
    "A.N.A. Bulletin, 07/02/96: Helicopter wreckage, crewmen's bodies found",
    'Athens News Agency (HR-Net archive)',
    'http://www.hri.org/news/greek/ana/1996/96-02-07.ana.html',
    '1996-02-07',
    'B',
    2,
  ),
  csmFeb8: source(
    'Saving Greece and Turkey From War Keeps US Busy',
    'The Christian Science Monitor',
    'https://www.csmonitor.com/1996/0208/08071.html',
    '1996-02-08',
    'B',
    2,
  ),
  anaFeb15: source(
    'A.N.A. Bulletin, 15/02/96: Pangalos: Greece has no intention of seeking international arbitration on Imia issue',
    'Athens News Agency (HR-Net archive)',
    'http://www.hri.org/news/greek/ana/1996/96-02-15.ana.html',
    '1996-02-15',
    'B',
    2,
  ),
  anaFeb17: source(
    'A.N.A. Bulletin, 17/02/96: Greece replies to Turkey over Imia dispute, Ankara refuses international arbitration',
    'Athens News Agency (HR-Net archive)',
    'http://www.hri.org/news/greek/ana/1996/96-02-17.ana.html',
    '1996-02-17',
    'B',
    2,
  ),
  nrcFeb23: source(
    'Athene blokkeert weer Europees geld voor Turkije',
    'NRC Handelsblad',
    'https://www.nrc.nl/nieuws/1996/02/23/athene-blokkeert-weer-europees-geld-voor-turkije-7300238-a235608',
    '1996-02-23',
    'B',
    2,
  ),
  nrcFeb27: source(
    'Geen EU-geld voor Turkije; EU loopt vast in Grieks-Turks meningsverschil',
    'NRC Handelsblad',
    'https://www.nrc.nl/nieuws/1996/02/27/geen-eu-geld-voor-turkije-eu-loopt-vast-in-grieks-7300718-a1260600',
    '1996-02-27',
    'B',
    2,
  ),
  wpcJul8: source(
    'Statement regarding Greek-Turkish agreement at NATO summit in Madrid (John Sitilides, Western Policy Center)',
    'HR-Net Forum',
    'http://athena.hri.org/forum/intpol/sitil2.html',
    '1997-07-08',
    'C',
    2,
  ),
  anaJul21: source(
    'Athens News Agency: News in English (PM), 97-07-21: FM says Madrid communique "a major political development"',
    'Athens News Agency (HR-Net archive)',
    'http://www.hri.org/news/greek/apeen/1997/97-07-21_1.apeen.html',
    '1997-07-21',
    'B',
    2,
  ),
  latAug31: source(
    'Greece Reconsidering Veto of EU Funds for Rival Turkey',
    'Los Angeles Times (mirror)',
    'http://161.35.110.226/archives/la-xpm-1999-aug-31-mn-5340-story.html',
    '1999-08-31',
    'B',
    2,
  ),
  timesSep9: source(
    'Friendship grows from quakes as Turks repay Greek help (The Times, 9 September 1999)',
    'George A. Papandreou archive (The Times)',
    'http://archive.papandreou.gr/papandreou/content/Document.aspx?d=6&rd=7739474&f=1360&rf=1307380017&m=3105&rm=22054569&l=1',
    '1999-09-09',
    'C',
    2,
  ),
  mfaOct3: source(
    'Speech of the Minister of Foreign Affairs Mr George A. Papandreou, "Taksim Round Table", Istanbul, October 3, 1999',
    'Ministry of Foreign Affairs of Greece (HR-Net mirror)',
    'http://www.hri.org/MFA/gpap/october99/Istanbul_speech_31099.html',
    '1999-10-03',
    'A',
    2,
  ),
  hellenicJan31: source(
    '29 years since the Imia crisis, when Greece and Turkey were as close as ever to war in their modern history',
    'hellenic.me',
    'https://hellenic.me/29-years-since-the-imia-crisis-when-greece-and-turkey-were-as-close-as-ever-in-war-in-their-modern-history',
    '2025-01-31',
    'C',
    2,
  ),
  fuataksuNote: source(
    '29 Ocak 1996 Tarihli Türk Notası (text of the Turkish note of 29 January 1996)',
    'fuataksu.info.tr',
    'https://fuataksu.info.tr/2023/08/27/29-ocak-1996-tarihli-turk-notasi/',
    '2023-08-27',
    'C',
    1,
  ),
  turkishgreekNote: source(
    'EK II: 16 Şubat 1996 Tarihli Yunan Notası (text of the Greek note of 16 February 1996)',
    'turkishgreek.org',
    'https://turkishgreek.org/index.php/16-subat-1996-tarihli-yunan-notas',
    '2018-04-18',
    'C',
    1,
  ),
};

const D = {
  kardak: 'kardak-turkish',
  withdraw: 'withdraw-from-kardak',
  icj: 'turkey-to-the-hague',
  negotiate: 'negotiate-islets-status',
};
const R = { madrid: 'madrid-nato-summit-1997' };
const PLACE = 'Imia/Kardak islets';

const events = [
  // ===== The crisis, January 1996 =====
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '1995-12-25', recordedAt: rec('1996-01-30', '18:00') },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Greece – Türkiye, the Imia/Kardak crisis, 1996',
      subject:
        'Sovereignty over the Imia/Kardak islets off Kalymnos and Bodrum, the stand-off of January 1996 and its disengagement, and the claims, counter-claims and agreements that followed until the rapprochement of 1999',
      parties: [GREECE, TURKEY],
      mediators: [USA],
    },
    [S.mpaJan30],
    {
      note: 'Dated to the grounding of the Turkish cargo ship Figen Akat on the eastern islet (25 December 1995), whose captain refused Greek help saying he was in Turkish waters: the first development the case covers. Recorded when the crisis reached the wires.',
    },
  ),
  ev(
    'StatementMade',
    'stmt-mayor-flag',
    { occurredAt: '1996-01-25', precision: 'approximate', recordedAt: rec('1996-02-01', '08:02') },
    {
      speaker: DIAKOMICHALIS,
      audience: 'turkey',
      tone: 'critical',
      summary:
        "The mayor of Kalymnos lands on the larger islet with a priest and raises the Greek flag, in answer to Turkey's claim that the islets are Turkish; a Greek television station shows it.",
    },
    [S.independentFeb1, S.moscowtimesFeb1],
    { note: 'The sources differ on the day (25 or 26 January): approximate.' },
  ),
  ev(
    'ActorRegistered',
    'actor-hurriyet',
    { occurredAt: '1996-01-27', recordedAt: rec('1996-02-01', '08:04') },
    { actor: HURRIYET, role: 'third-party' },
    [S.independentFeb1],
  ),
  ev(
    'StatementMade',
    'stmt-hurriyet-flag',
    { occurredAt: '1996-01-27', recordedAt: rec('1996-02-01', '08:06') },
    {
      speaker: HURRIYET_CREW,
      audience: 'greece',
      tone: 'critical',
      summary:
        'Journalists of the Turkish daily Hürriyet land by helicopter, take down the Greek flag and raise a Turkish one, on live television.',
    },
    [S.independentFeb1, S.moscowtimesFeb1],
  ),
  ev(
    'IncidentReported',
    'inc-greek-navy-flag',
    { occurredAt: '1996-01-28', recordedAt: rec('1996-02-01', '08:08') },
    {
      incidentId: 'greek-navy-on-imia-1996-01-28',
      kind: 'force-posture',
      perpetrator: 'greece',
      against: 'turkey',
      place: PLACE,
      description:
        'Sailors from a Greek navy patrol boat lower the Turkish flag and raise the Greek flag again; Greece leaves soldiers (nine, per The Independent; commandos per Moscow Times) on the islet to guard it. No force used.',
    },
    [S.independentFeb1, S.moscowtimesFeb1],
  ),
  ev(
    'DemandTabled',
    'dem-withdraw',
    { occurredAt: '1996-01-29', precision: 'approximate', recordedAt: rec('1996-02-01', '08:10') },
    {
      demandId: D.withdraw,
      by: 'turkey',
      addressedTo: ['greece'],
      text: 'Take the Greek soldiers and the Greek flag off Kardak; negotiate the status of the Aegean islets.',
      category: 'territorial',
    },
    [S.moscowtimesFeb1, S.cnnJan31],
  ),
  ev(
    'IncidentReported',
    'inc-turkish-warships',
    { occurredAt: '1996-01-29', precision: 'approximate', recordedAt: rec('1996-02-01', '08:12') },
    {
      incidentId: 'turkish-warships-kardak-1996-01',
      kind: 'force-posture',
      perpetrator: 'turkey',
      against: 'greece',
      place: PLACE,
      description:
        'Turkish warships and aircraft move to the islets; by Tuesday 30 January both sides have growing numbers of planes, warships and commandos in the area (some 20 warships in all). No fire.',
    },
    [S.cnnJan31, S.independentFeb1],
  ),
  ev(
    'IncidentReported',
    'inc-greek-warships',
    { occurredAt: '1996-01-29', precision: 'approximate', recordedAt: rec('1996-02-01', '08:14') },
    {
      incidentId: 'greek-warships-imia-1996-01',
      kind: 'force-posture',
      perpetrator: 'greece',
      against: 'turkey',
      place: PLACE,
      description:
        'Greek frigates and aircraft are sent to the islets facing the Turkish ships; Simitis says Greek forces will not leave the area while Turkish forces are there. No fire.',
    },
    [S.cnnJan31, S.mpaJan30],
  ),
  ev(
    'StatementMade',
    'stmt-simitis-jan30',
    { occurredAt: '1996-01-30', recordedAt: rec('1996-02-01', '08:16') },
    {
      speaker: SIMITIS,
      audience: 'turkey',
      tone: 'warning',
      summary:
        "In parliament: Turkey's stance is 'provocative', aimed at forcing Greece to negotiate a non-existent issue; the islet is Greek; the EU, the US and Russia are informed; Greek forces will not be withdrawn while Turkish forces are in the area.",
    },
    [S.mpaJan30],
  ),
  ev(
    'StatementMade',
    'stmt-ciller-jan30',
    { occurredAt: '1996-01-30', precision: 'approximate', recordedAt: rec('1996-02-01', '08:18') },
    {
      speaker: CILLER,
      audience: 'greece',
      tone: 'military-threat',
      summary:
        'Turkey will not allow a Greek flag and soldiers on Kardak: the flag will come down and the soldiers will go, as the Turkish navy gathers around the islets; the Turkish military is prepared to take the islet (Holbrooke).',
      quote: 'Those soldiers will go, that flag will come down.',
    },
    [S.moscowtimesFeb1, S.timeJan31],
    { note: 'Quoted by Çiller on 31 January as what Turkey had said; dated to the eve, approximately.' },
  ),
  ev(
    'MediationAction',
    'med-us-jan30',
    { occurredAt: '1996-01-30T22:00:00Z', precision: 'approximate', recordedAt: rec('1996-02-01', '08:20') },
    {
      mediator: 'united-states',
      action: 'proposed',
      summary:
        'Clinton calls the Turkish president and prime minister and the Greek prime minister and asks them to move their forces away from the islet; Holbrooke, Christopher, Perry, Lake and Shalikashvili work the phones all night on a return to the status quo ante: no ships, no troops, no flags.',
    },
    [S.cnnJan31, S.timeJan31],
    { occurrence: 'disengagement-1996-01-31' },
  ),
  ev(
    'UltimatumIssued',
    'ult-two-hours',
    { occurredAt: '1996-01-30T23:00:00Z', precision: 'approximate', recordedAt: rec('1996-02-01', '08:22') },
    {
      ultimatumId: 'ciller-two-hours',
      by: 'turkey',
      to: ['greece'],
      demandIds: [D.withdraw],
      deadline: '1996-01-31T01:00:00Z',
      consequences:
        'Not stated in the sources; Holbrooke: without US intervention the Turks would have seized the island.',
      channel: 'Through the US officials on the telephone',
    },
    [graded(S.cnnJan31, 3), graded(S.timeJan31, 3)],
    {
      note: "Holbrooke's account: 'at one point' that night Turkey's prime minister gave Greece a two-hour ultimatum. Hour approximate; the deadline is two hours later.",
    },
  ),
  ev(
    'IncidentReported',
    'inc-turkish-commandos',
    { occurredAt: '1996-01-30T23:40:00Z', recordedAt: rec('1996-02-01', '08:24') },
    {
      incidentId: 'turkish-commandos-kardak-1996-01-31',
      kind: 'force-posture',
      perpetrator: 'turkey',
      against: 'greece',
      place: PLACE,
      description:
        'Turkish commandos (12, per The Independent) land unnoticed on the second, smaller islet, next to the one the Greek soldiers hold, at 01:40 local time; no shot is fired. Turkish leaders present it as what made Greece reconsider.',
    },
    [S.afpJan31, S.independentFeb1],
  ),
  ev(
    'AgreementReached',
    'agr-disengagement',
    { occurredAt: '1996-01-31T04:10:00Z', precision: 'approximate', recordedAt: rec('1996-02-01', '08:26') },
    {
      agreementId: 'imia-disengagement-1996',
      kind: 'partial',
      provisions: [
        'Both sides remove their flags and troops from the islets and pull back their warships: no ships, no troops, no flags',
        'Return to the status quo ante; neither side gives up its view on sovereignty',
        'Assurances given to the United States, which monitors the withdrawal',
      ],
      signatories: ['greece', 'turkey'],
      textPublic: false,
    },
    [S.afpJan31, S.cnnJan31, S.independentFeb1],
    {
      occurrence: 'disengagement-1996-01-31',
      note: "Announced by Arsenis and Pangalos at about 06:10 local time; Turkey's spokesman: 'there is no agreement as such', Turkey welcomed Greece's withdrawal to the status quo ante.",
    },
  ),
  ev(
    'UltimatumResolved',
    'ult-two-hours-resolved',
    { occurredAt: '1996-01-31T08:00:00Z', precision: 'approximate', recordedAt: rec('1996-02-01', '08:28') },
    {
      ultimatumId: 'ciller-two-hours',
      resolution: 'complied',
      summary:
        'Greek soldiers leave the islet and the Greek flag comes down on the morning of 31 January; the Turkish commandos leave the other islet too.',
    },
    [S.orlandoFeb1, S.moscowtimesFeb1],
  ),
  ev(
    'StatementMade',
    'stmt-arsenis-helicopter',
    { occurredAt: '1996-01-31T04:00:00Z', precision: 'approximate', recordedAt: rec('1996-02-01', '08:30') },
    {
      speaker: ARSENIS,
      audience: 'domestic audience',
      tone: 'neutral',
      summary:
        'A Greek navy helicopter from the frigate Navarino, watching the islets, crashes at dawn; its three officers (Karathanasis, Vlahakos, Gialopsos) are lost. Both governments treat it as an accident.',
    },
    [S.orlandoFeb1, S.independentFeb1],
  ),
  ev(
    'StatementMade',
    'stmt-baykal-jan31',
    { occurredAt: '1996-01-31', recordedAt: rec('1996-02-01', '08:32') },
    {
      speaker: BAYKAL,
      audience: 'greece',
      tone: 'conciliatory',
      summary:
        'Baykal welcomes the Greek decision to take its troops off the islet; the marines landed overnight will be withdrawn too: everything returns to the situation before the Greek intervention.',
    },
    [S.afpJan31],
  ),
  ev(
    'StatementMade',
    'stmt-simitis-jan31',
    { occurredAt: '1996-01-31', recordedAt: rec('1996-02-01', '09:00') },
    {
      speaker: SIMITIS,
      audience: 'domestic audience',
      tone: 'neutral',
      summary:
        "In parliament: 'The Greek government achieved a disengagement of Greek and Turkish forces around Imia and a de-escalation of the crisis'; Imia is and will remain Greek. The opposition calls it treason; the government wins a confidence vote.",
    },
    [S.moscowtimesFeb1, S.anaFeb1],
  ),
  ev(
    'StatementMade',
    'stmt-ciller-jan31',
    { occurredAt: '1996-01-31', recordedAt: rec('1996-02-01', '09:05') },
    {
      speaker: CILLER,
      audience: 'domestic audience',
      tone: 'critical',
      summary:
        'Çiller claims victory: "We said those soldiers would go, that flag would come down. As from today, those soldiers have gone and that flag has come down." Turkish officials say they still consider Kardak Turkish territory.',
    },
    [S.moscowtimesFeb1, S.orlandoFeb1],
  ),
  // ===== February 1996: threats, counter-claims, the EU funds =====
  ev(
    'StatementMade',
    'stmt-pangalos-eu-funds',
    { occurredAt: '1996-02-02', recordedAt: rec('1996-02-03', '10:00') },
    {
      speaker: PANGALOS,
      audience: 'turkey',
      tone: 'warning',
      summary:
        'Greece moves to block the EU funds promised to Turkey with the customs union, over the Turkish stance in the Aegean; Simitis summons the EU troika envoys and starts a diplomatic offensive over the Turkish provocation.',
    },
    [S.anaFeb3],
  ),
  ev(
    'StatementMade',
    'stmt-batu-feb2',
    { occurredAt: '1996-02-02', precision: 'approximate', recordedAt: rec('1996-02-03', '10:05') },
    {
      speaker: BATU,
      audience: 'greece',
      tone: 'military-threat',
      summary: "A senior Turkish diplomat repeats Çiller's threats of war over the islets.",
    },
    [S.anaFeb3],
    { note: 'The bulletin of 3 February reports it without a day: the day before, approximately.' },
  ),
  ev(
    'StatementMade',
    'stmt-ciller-casus-belli',
    { occurredAt: '1996-02-03', recordedAt: rec('1996-02-05', '10:00') },
    {
      speaker: CILLER,
      audience: 'greece',
      tone: 'military-threat',
      summary:
        "To Turkish journalists on Saturday night: Ankara should adopt for the Aegean islets the policy it has declared for Greece's extension of its territorial waters to 12 miles — a declaration of war (casus belli).",
    },
    [S.anaFeb5],
  ),
  ev(
    'StatementMade',
    'stmt-us-mission-cancelled',
    { occurredAt: '1996-02-05', recordedAt: rec('1996-02-08', '10:00') },
    {
      speaker: { name: 'US State Department', actorId: 'united-states' },
      audience: 'greece',
      tone: 'neutral',
      summary:
        "The United States cancels Holbrooke's urgent mission to Athens and Ankara after Greek accusations that Washington took Turkey's side; Greece declined to receive him.",
    },
    [S.csmFeb8, S.anaFeb7],
  ),
  ev(
    'StatementMade',
    'stmt-arsenis-wreckage',
    { occurredAt: '1996-02-06', precision: 'approximate', recordedAt: rec('1996-02-08', '10:05') },
    {
      speaker: ARSENIS,
      audience: 'domestic audience',
      tone: 'neutral',
      summary: "The wreckage of the navy helicopter and its crewmen's bodies are found off the islets.",
    },
    [S.anaFeb7],
  ),
  ev(
    'DemandTabled',
    'dem-icj',
    { occurredAt: '1996-02-14', precision: 'approximate', recordedAt: rec('1996-02-15', '10:00') },
    {
      demandId: D.icj,
      by: 'greece',
      addressedTo: ['turkey'],
      text: 'If Turkey has a claim on Imia it should take it to the International Court of Justice at The Hague; Greece will not negotiate its sovereignty nor itself seek arbitration.',
      category: 'territorial',
    },
    [S.anaFeb15],
  ),
  ev(
    'PositionTaken',
    'pos-turkey-icj',
    { occurredAt: '1996-02-16', precision: 'approximate', recordedAt: rec('1996-02-17', '10:00') },
    {
      demandId: D.icj,
      actorId: 'turkey',
      stance: 'rejected',
      conditions: 'Ankara refuses international arbitration and insists on bilateral negotiations (Baykal).',
      speaker: BAYKAL,
    },
    [S.anaFeb17],
  ),
  ev(
    'DemandTabled',
    'dem-negotiate',
    { occurredAt: '1996-02-16', precision: 'approximate', recordedAt: rec('1996-02-17', '10:05') },
    {
      demandId: D.negotiate,
      by: 'turkey',
      addressedTo: ['greece'],
      text: 'Negotiate bilaterally on the status of Kardak and the Aegean islets whose sovereignty Turkey holds undetermined.',
      category: 'territorial',
    },
    [S.anaFeb17],
  ),
  ev(
    'PositionTaken',
    'pos-greece-negotiate',
    { occurredAt: '1996-02-16', precision: 'approximate', recordedAt: rec('1996-02-17', '10:10') },
    {
      demandId: D.negotiate,
      actorId: 'greece',
      stance: 'rejected',
      conditions: 'There is no issue of sovereignty to negotiate; Greece replies to the Turkish protest.',
    },
    [S.anaFeb17],
  ),
  ev(
    'StatementMade',
    'stmt-ciller-feb22',
    { occurredAt: '1996-02-22', precision: 'approximate', recordedAt: rec('1996-02-23', '10:00') },
    {
      speaker: CILLER,
      audience: 'greece',
      tone: 'warning',
      summary:
        'Turkey recalls its ambassador from Athens for a full review of relations with Greece after Athens blocks the EU funds; Çiller: no Greek step against Turkey will remain unanswered. Simitis: the recall is a Turkish affair, Turkey must understand that Greece goes its own way in Europe.',
      quote: 'Geen Griekse stap tegen Turkije blijft onbeantwoord.',
    },
    [S.nrcFeb23],
  ),
  ev(
    'StatementMade',
    'stmt-greece-block-feb26',
    { occurredAt: '1996-02-26', recordedAt: rec('1996-02-27', '10:00') },
    {
      speaker: GR_GOV,
      audience: 'turkey',
      tone: 'critical',
      summary:
        "At the EU foreign ministers' council in Brussels Greece keeps its block on the 375 million ecu promised to Turkey with the customs union, in protest at Turkey's conduct in the Aegean: the funds are not approved.",
    },
    [S.nrcFeb27],
  ),
  ev(
    'ActorRegistered',
    'actor-italy',
    { occurredAt: '1996-02-26', recordedAt: rec('1996-02-27', '10:05') },
    { actor: ITALY, role: 'mediator' },
    [S.nrcFeb27],
  ),
  ev(
    'MediationAction',
    'med-italy-feb26',
    { occurredAt: '1996-02-26', recordedAt: rec('1996-02-27', '10:10') },
    {
      mediator: 'italy',
      action: 'proposed',
      summary:
        'Italy, holding the EU presidency, proposes a declaration calling on Greece and Turkey to settle their dispute peacefully through the International Court of Justice, confirming the funds promised to Turkey and their details at the next association council; no agreement among the ministers.',
    },
    [S.nrcFeb27],
  ),
  // ===== July 1997: Madrid =====
  ev(
    'TalksRoundOpened',
    'madrid-opened',
    { occurredAt: '1997-07-08', recordedAt: rec('1997-07-08', '20:00') },
    {
      roundId: R.madrid,
      label: 'Simitis – Demirel at the NATO summit, Madrid',
      format: 'informal',
      venue: 'Madrid',
      hosts: ['united-states'],
      delegations: [
        { actorId: 'greece', head: SIMITIS, members: [PANGALOS] },
        { actorId: 'turkey', head: DEMIREL },
      ],
    },
    [S.wpcJul8],
    { occurrence: 'madrid-1997' },
  ),
  ev(
    'TalksRoundConcluded',
    'madrid-concluded',
    { occurredAt: '1997-07-08', recordedAt: rec('1997-07-08', '20:05') },
    {
      roundId: R.madrid,
      outcome: 'agreement',
      summary:
        'Simitis and Demirel note the convergence of views reached by the foreign ministers Pangalos and Cem at the meeting hosted by US Secretary of State Albright, and issue a joint communiqué.',
    },
    [S.wpcJul8],
    { occurrence: 'madrid-1997' },
  ),
  ev(
    'AgreementReached',
    'agr-madrid',
    { occurredAt: '1997-07-08', recordedAt: rec('1997-07-08', '20:10') },
    {
      agreementId: 'madrid-declaration-1997',
      kind: 'framework',
      provisions: [
        'A mutual commitment to peace, security and good-neighbourly relations',
        "Respect for each other's sovereignty, for the principles of international law and international agreements",
        "Respect for each other's legitimate, vital interests and concerns in the Aegean",
        'A commitment to refrain from unilateral acts and to avoid conflicts arising from misunderstanding',
        'A commitment to settle disputes by peaceful means based on mutual consent, without use of force or threat of force',
      ],
      signatories: ['greece', 'turkey'],
      textPublic: true,
      roundId: R.madrid,
    },
    [S.wpcJul8],
    { occurrence: 'madrid-1997' },
  ),
  ev(
    'StatementMade',
    'stmt-pangalos-jul20',
    { occurredAt: '1997-07-21', precision: 'approximate', recordedAt: rec('1997-07-21', '18:00') },
    {
      speaker: PANGALOS,
      audience: 'turkey',
      tone: 'critical',
      summary:
        'The Madrid communiqué is "a major political development" that allows direct talks without intermediaries; but no political rapprochement or cooperation before Ankara takes its claim on Imia to the International Court of Justice.',
    },
    [S.anaJul21],
  ),
  // ===== 1999: the earthquakes =====
  ev(
    'StatementMade',
    'stmt-greece-aug30',
    { occurredAt: '1999-08-30', recordedAt: rec('1999-08-31', '12:00') },
    {
      speaker: GR_GOV,
      audience: 'turkey',
      tone: 'conciliatory',
      summary:
        'Greece, among the first to send rescue teams, doctors and supplies after the earthquake of 17 August, reviews its hard line, including the veto of EU funds for Turkey: "We want to help Turkey in its time of need … The earthquake tragedy has brought us closer."',
    },
    [S.latAug31],
  ),
  ev(
    'StatementMade',
    'stmt-turkish-rescuers-sep8',
    { occurredAt: '1999-09-08', recordedAt: rec('1999-09-09', '12:00') },
    {
      speaker: { name: 'Akut search-and-rescue team (Turkish volunteers)', actorId: 'turkey' },
      audience: 'greece',
      tone: 'conciliatory',
      summary:
        'After the Athens earthquake of 7 September, Turkish rescuers dig in the ruins of a factory north of Athens: "It\'s good to be here in Greece, but bad that it is for such a sad occasion" — earthquake diplomacy returned.',
    },
    [S.timesSep9],
  ),
  ev(
    'StatementMade',
    'stmt-papandreou-oct3',
    { occurredAt: '1999-10-03', recordedAt: rec('1999-10-04', '12:00') },
    {
      speaker: PAPANDREOU_G,
      audience: 'turkey',
      tone: 'conciliatory',
      summary:
        'In Istanbul the Greek foreign minister tells the Taksim Round Table that the two peoples have sent the politicians a message after the earthquakes: "go beyond your stereotypes … stop your slogans, avoid your warmongering"; "we must seize the opportunity".',
    },
    [S.mfaOct3],
  ),
  // ===== Recorded later, from archives and retrospectives: the notes of December 1995 – February 1996 =====
  ev(
    'DemandTabled',
    'dem-kardak',
    { occurredAt: '1995-12-29', recordedAt: rec('2018-04-18', '12:00') },
    {
      demandId: D.kardak,
      by: 'turkey',
      addressedTo: ['greece'],
      text: 'Kardak is Turkish territory, registered in the land registry of the province of Muğla (the Turkish note verbale of 29 December 1995).',
      category: 'territorial',
    },
    [S.turkishgreekNote],
    {
      note: 'The Greek note of 16 February 1996 answers the Turkish notes; the date of 29 December 1995 is that of the Athens study of February 1996 and the retrospectives.',
    },
  ),
  ev(
    'PositionTaken',
    'pos-greece-kardak-jan9',
    { occurredAt: '1996-01-09', recordedAt: rec('2018-04-18', '12:05') },
    {
      demandId: D.kardak,
      actorId: 'greece',
      stance: 'rejected',
      conditions:
        'Imia is Greek by the Italo-Turkish agreements of 1932 and the Paris Peace Treaty of 1947 (Greek note 155/3/50 of 9 January 1996).',
      speaker: GR_MFA,
    },
    [S.turkishgreekNote],
  ),
  ev(
    'PositionTaken',
    'pos-greece-kardak-feb16',
    { occurredAt: '1996-02-16', recordedAt: rec('2018-04-18', '12:10') },
    {
      demandId: D.kardak,
      actorId: 'greece',
      stance: 'rejected',
      conditions:
        'The Greek note of 16 February 1996 answers the Turkish note of 29 January: the 1932 agreements stand, frontier agreements are permanent and unchangeable.',
      speaker: GR_MFA,
    },
    [S.turkishgreekNote],
  ),
  ev(
    'StatementMade',
    'stmt-turkish-note-jan29',
    { occurredAt: '1996-01-29', recordedAt: rec('2023-08-27', '12:00') },
    {
      speaker: TR_MFA,
      audience: 'greece',
      tone: 'critical',
      summary:
        "Turkey's second note verbale: the 1932 agreements do not bind Turkey on Kardak (the December 1932 protocol was never completed nor registered); only the 1947 Paris treaty counts, and it names the islands it cedes.",
    },
    [S.fuataksuNote],
  ),
  ev(
    'StatementMade',
    'stmt-greece-figen-akat',
    { occurredAt: '1995-12-26', recordedAt: rec('2025-01-31', '12:00') },
    {
      speaker: { name: 'Ministry of Foreign Affairs of Greece', actorId: 'greece' },
      audience: 'turkey',
      tone: 'neutral',
      summary:
        'Told by the Kalymnos port authority, the Greek foreign ministry tells the Turkish one that the grounded Figen Akat needs a tug; the ship is freed by a Greek salvage tug and towed to Güllük (28 December).',
    },
    [S.hellenicJan31],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'greece-turkey-1996.jsonl',
  logEnd: '2025-02-28T00:00:00Z',
  events,
};

export default definition;
