/**
 * A test fixture, not a shipped example: the seizure by Iran's Revolutionary
 * Guard navy of fifteen Royal Navy sailors and Royal Marines of HMS
 * Cornwall's boarding party near the mouth of the Shatt al-Arab (23 March
 * 2007) and the thirteen days to their return — the UK's demand for their
 * immediate release, each side's claims about whose waters they were in (the
 * MoD's GPS position 1.7 nautical miles inside Iraqi waters, Iran's two sets
 * of coordinates), Blair's "different phase" (27 March), the freeze on all
 * other official bilateral business and the televised "confession" and
 * letters of Faye Turney (28–29 March), Iran's demand that Britain admit the
 * trespass and apologise, the UN Security Council's "grave concern" (29
 * March) and the EU's "appropriate measures" (30 March), Ahmadinejad's
 * "arrogant" (31 March), the release in Iraq of the Iranian diplomat Jalal
 * Sharafi (2–3 April), Ahmadinejad's pardon of the fifteen as a "gift to the
 * British people" (4 April) and their return, with Blair's "no deal" and his
 * charge that elements of the Iranian regime back terrorism in Iraq (5
 * April). Escalation model v2 was never tuned on it: it is the case the model
 * is held to in iran-uk-2007.spec.ts, against the calls an analyst makes from
 * DOMAIN.md §5b alone.
 *
 * What it tests: a seizure of one party's forces at gunpoint without a shot
 * fired (force short of armed action); a demand with a freeze of relations;
 * a hostage-like detention lasting thirteen days, held from the seizure to
 * the release; a release given as a unilateral "gift"; and
 * the fall back to strained.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source.
 *
 * Grading as in examples/README.md: B = established outlet, national news
 * agency or wire copy (Reuters, AP, AFP, BBC, VOA, UN News); C = smaller
 * outlet, aggregator, wiki or mirror of a wire story; D = a blog or forum
 * copy; 2 = an on-record statement or act several outlets agree on, or one
 * established outlet reports; 3 = one side's unverified claim or an unnamed
 * source.
 *
 * Judgement calls, recorded as an analyst would:
 * - The pair is Iran and the United Kingdom. Iraq, the United States, the EU,
 *   the UN Security Council are third parties; Türkiye, which asked Tehran to
 *   let its diplomats see the fifteen and to free Turney, and Syria, whose
 *   foreign minister said on 4 April it was conducting "quiet diplomacy"
 *   between the two (at London's request, by his account), are mediators.
 * - The seizure is Iran's `detention` of the UK's servicemen: the fifteen
 *   were surrounded and taken at gunpoint, and Commodore Lambert said "there
 *   was no fighting, no engagement of weapons". It is not armed action (no
 *   fire between the forces, nothing on the other's territory). Its place is
 *   recorded once, "Shatt al-Arab mouth, northern Gulf"; whose waters it was
 *   is in the description with each side's claim.
 * - The detention (23 March – 5 April) holds until Iran's `release` on 5
 *   April, the morning they left Tehran (pardoned on the 4th, Iran's
 *   `accepted` of the UK's demand for the release). First recorded when the
 *   catalogue had no lasting detention: the seizure as `non-lethal-force`,
 *   the detention held only by the UK's demand and the statements of each
 *   day; re-recorded with the kinds `detention` and `release` once it had them.
 * - Blair's "different phase" (27 March) is a `warning`, not a threat of war:
 *   his spokesman said it meant neither military action nor expulsions. No
 *   ultimatum is recorded: no deadline, no consequence named by either party.
 *   The EU's "appropriate measures" (30 March) is a third party's warning.
 * - The freeze on "all other official bilateral business" (28 March) is the
 *   Foreign Secretary's statement with CAMEO 161 (reduce relations). It is not
 *   a border closure: no crossing, port or airspace was shut. Its lifting is
 *   not recorded: no dated source was found in time.
 * - Iran's condition — free them if Britain admits the trespass (Mottaki, 29
 *   March) and apologises (Ahmadinejad, 31 March) — is a demand (`political`),
 *   rejected by Britain (no apology, "not negotiating"); never met. The
 *   "letter pledging the incident would not be repeated" Ahmadinejad cited on
 *   4 April is his account only (in the note).
 * - The Basra consulate episode (29 March: Iran's consulate said British
 *   forces surrounded it; the British said their patrol exchanged fire with
 *   gunmen nearby) is recorded as Iran's accusation, not as armed action:
 *   no source says Iranian forces were involved.
 * - Sharafi's release (2–3 April) was Iraq's doing by Iraq's account; who held
 *   him is unknown and London denied any deal: a third party's act
 *   (`ThirdPartyEngagement`), not a concession between the parties. Iran's
 *   reported access to the five Iranians held by the US since the Erbil raid
 *   rests on one undated, secondary account and is left out.
 * - The release is Iran's `accepted` of the UK's demand (4 April, the pardon;
 *   carried out on 5 April), not an agreement: Blair said "no deal". Nothing
 *   agreed between the two is being implemented afterwards.
 * - Larijani's Channel 4 interview (2 April: no trial needed, a delegation to
 *   clarify the position, an apology if they were in Iranian waters) is a
 *   conciliatory statement; it restates Iran's demand and changes no stance.
 *   Velayati's claim of a British letter of apology (5 April), denied by
 *   London, is a neutral statement graded 3.
 * - The after-talk is recorded as the UK's domestic statements: the Navy's
 *   review (6 April) and Browne's inquiries (16 April: "no apology and no
 *   deal"). Neither is an act toward Iran.
 * - Left out for want of a dated source found in time: Iran's keeping of the
 *   two 2007 boats and their equipment (the sources found are about the boats
 *   of 2004), the lifting of the UK's freeze, the Turkish and Iraqi contacts
 *   after 31 March, and Zebari's statements before 28 March.
 */
import type { Actor, NegotiationEvent, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'iran-uk-2007';
const { ev, at } = caseKit(NEGOTIATION_ID, 'test-analyst', 2007);

const IRAN: Actor = {
  id: 'iran',
  name: 'Islamic Republic of Iran',
  kind: 'state',
  aliases: ['Iran', 'Tehran'],
};
const UK: Actor = {
  id: 'united-kingdom',
  name: 'United Kingdom',
  kind: 'state',
  aliases: ['UK', 'Britain', 'London'],
};
const USA: Actor = { id: 'united-states', name: 'United States', kind: 'state', aliases: ['US', 'Washington'] };
const IRAQ: Actor = { id: 'iraq', name: 'Republic of Iraq', kind: 'state', aliases: ['Iraq', 'Baghdad'] };
const TURKIYE: Actor = { id: 'turkiye', name: 'Republic of Türkiye', kind: 'state', aliases: ['Turkey', 'Ankara'] };
const EU: Actor = { id: 'eu', name: 'European Union', kind: 'international-organisation', aliases: ['EU'] };
const SYRIA: Actor = { id: 'syria', name: 'Syrian Arab Republic', kind: 'state', aliases: ['Syria', 'Damascus'] };
const UNSC: Actor = {
  id: 'unsc',
  name: 'United Nations Security Council',
  kind: 'international-organisation',
  aliases: ['UN Security Council', 'Security Council'],
};

const MOD: Person = { name: 'Ministry of Defence of the United Kingdom', actorId: 'united-kingdom' };
const BECKETT: Person = { name: 'Margaret Beckett', title: 'Foreign Secretary', actorId: 'united-kingdom' };
const BLAIR: Person = { name: 'Tony Blair', title: 'Prime Minister of the United Kingdom', actorId: 'united-kingdom' };
const STYLE: Person = {
  name: 'Vice Admiral Charles Style',
  title: 'Deputy Chief of the Defence Staff',
  actorId: 'united-kingdom',
};
const IR_MFA: Person = { name: 'Ministry of Foreign Affairs of Iran', actorId: 'iran' };
const MOSTAFAVI: Person = { name: 'Mehdi Mostafavi', title: 'Deputy Foreign Minister of Iran', actorId: 'iran' };
const MOTTAKI: Person = { name: 'Manouchehr Mottaki', title: 'Foreign Minister of Iran', actorId: 'iran' };
const IR_EMB_LONDON: Person = { name: 'Embassy of Iran in London', actorId: 'iran' };
const IR_STATE_TV: Person = { name: 'Iranian state television', actorId: 'iran' };
const AFSHAR: Person = { name: 'Alireza Afshar', title: 'Iranian military commander', actorId: 'iran' };
const IR_UN: Person = { name: 'Permanent Mission of Iran to the UN', actorId: 'iran' };
const IR_BASRA: Person = { name: 'Consulate of Iran in Basra', actorId: 'iran' };
const AHMADINEJAD: Person = { name: 'Mahmoud Ahmadinejad', title: 'President of Iran', actorId: 'iran' };
const ANSARI: Person = { name: 'Gholamreza Ansari', title: 'Ambassador of Iran to Russia', actorId: 'iran' };
const LARIJANI: Person = {
  name: 'Ali Larijani',
  title: 'Secretary of the Supreme National Security Council of Iran',
  actorId: 'iran',
};
const VELAYATI: Person = {
  name: 'Ali Akbar Velayati',
  title: 'Adviser to the Supreme Leader of Iran',
  actorId: 'iran',
};
const BROWNE: Person = { name: 'Des Browne', title: 'Defence Secretary', actorId: 'united-kingdom' };
const KUMALO: Person = {
  name: 'Dumisani Kumalo',
  title: 'President of the UN Security Council (South Africa)',
  actorId: 'unsc',
};
const EU_FM: Person = { name: 'EU foreign ministers (Bremen)', actorId: 'eu' };
const BUSH: Person = { name: 'George W. Bush', title: 'President of the United States', actorId: 'united-states' };

const S = {
  rawstoryMar23: source(
    'Report: Iran seizes 15 British Marines (CNN, Reuters)',
    'Raw Story',
    'https://www.rawstory.com/news/2007/Report_Iran_seizes_15_British_Marines_0323.html',
    '2007-03-23',
    'C',
    2,
  ),
  htMar24: source(
    'Iran seizes 15 British marines and sailors in Gulf (Reuters)',
    'Hindustan Times',
    'https://www.hindustantimes.com/world/iran-seizes-15-british-marines-and-sailors-in-gulf/story-QTl573lDhV51RDFv8T0jBM.html',
    '2007-03-24',
    'B',
    2,
  ),
  paMar23: source(
    'Iran seizes 15 British sailors (UK Press Association)',
    'CounterVortex',
    'https://countervortex.org/blog/iran-seizes-15-british-sailors/',
    '2007-03-23',
    'C',
    2,
  ),
  uskowiMar23: source(
    'Iran Captures 15 British Sailors and Marines',
    'Uskowi on Iran',
    'https://www.uskowioniran.com/2007/03/iran-captures-15-british-sailors-and.html',
    '2007-03-23',
    'C',
    3,
  ),
  chinadailyMar27: source(
    'Blair hopes diplomacy gets sailors back',
    'China Daily',
    'http://www.chinadaily.com.cn/world/2007-03/27/content_837766.htm',
    '2007-03-27',
    'B',
    2,
  ),
  reutersMar27: source(
    'Blair warns Iran of "different phase" (Reuters)',
    'OSINT mailing list archive',
    'https://www.mail-archive.com/osint@yahoogroups.com/msg38872.html',
    '2007-03-27',
    'C',
    2,
  ),
  irishtimesMar28: source(
    'Blair hints at firmer action over captive sailors',
    'The Irish Times',
    'https://www.irishtimes.com/news/blair-hints-at-firmer-action-over-captive-sailors-1.1294446',
    '2007-03-28',
    'B',
    2,
  ),
  voaMar28: source(
    'Britain Freezes Business with Iran Until Sailors Released',
    'VOA',
    'https://www.voatibetan.com/a/a-28-2007-03-28-voa4-90288087/1271230.html',
    '2007-03-28',
    'B',
    2,
  ),
  mintMar28: source(
    'Britain freezes ties with Iran over sailors spat (AFP)',
    'Mint',
    'http://www.livemint.com/Home-Page/S6uggd8YTDnDUWueejFYhI/Britain-freezes-ties-with-Iran-over-sailors-spat.html',
    '2007-03-28',
    'B',
    2,
  ),
  latimesMar29: source(
    'Britain freezes official ties with Iran',
    'Los Angeles Times',
    'http://articles.latimes.com/2007/mar/29/world/fg-sailors29',
    '2007-03-29',
    'B',
    2,
  ),
  trendMar29: source(
    'With sailors held, Britain freezes contacts with Iran',
    'Trend News Agency',
    'https://en.trend.az/world/other/902714.html',
    '2007-03-29',
    'C',
    2,
  ),
  voaMar29: source(
    'Britain Asks UN to Condemn Iran for Capture of British Sailors (VOA)',
    'GlobalSecurity.org',
    'https://www.globalsecurity.org/military/library/news/2007/03/mil-070329-voa01.htm',
    '2007-03-29',
    'B',
    2,
  ),
  unnewsMar29: source(
    "Security Council calls for 'early resolution' of Iran's detention of British sailors",
    'UN News',
    'https://news.un.org/en/story/2007/03/214062-security-council-calls-early-resolution-irans-detention-british-sailors',
    '2007-03-29',
    'B',
    1,
  ),
  rferlMar30: source(
    "UN 'Concerned' At Iran's Detention Of British Sailors (Reuters, AP, AFP)",
    'RFE/RL',
    'https://www.rferl.org/a/1075589.html',
    '2007-03-30',
    'B',
    2,
  ),
  bbcMar30: source(
    "Navy crew 'concern' voiced by UN",
    'BBC News',
    'http://news.bbc.co.uk/1/hi/uk/6508909.stm',
    '2007-03-30',
    'B',
    2,
  ),
  cbsMar29: source(
    'U.N. Calls On Iran To Free Britons',
    'CBS News',
    'https://www.cbsnews.com/news/un-calls-on-iran-to-free-britons/',
    '2007-03-29',
    'B',
    2,
  ),
  dwMar30: source(
    'EU Backs Britain on Iran (AFP)',
    'Deutsche Welle',
    'https://amp.dw.com/en/eu-tells-iran-to-release-british-sailors-immediately/a-2425605',
    '2007-03-30',
    'B',
    2,
  ),
  aaMar30: source(
    'Erklärung der EU-Außenminister anlässlich ihres Treffens in Bremen am 30. März',
    'Auswärtiges Amt',
    'https://www.auswaertiges-amt.de/de/newsroom/070330-iran-erklaerung/222570',
    '2007-03-30',
    'B',
    1,
  ),
  wapoMar31: source(
    'Ahmadinejad Calls U.K., Allies Arrogant (AP)',
    'The Washington Post',
    'http://www.washingtonpost.com/wp-dyn/content/article/2007/03/31/AR2007033100309.html?hpid=moreheadlines',
    '2007-03-31',
    'B',
    2,
  ),
  newson6Mar31: source(
    "Iranian President Insists Captured British Sailors Trespassed, Calls World Powers 'Arrogant' (AP)",
    'News On 6',
    'https://www.newson6.com/story/5e3688862f69d76f6209ec05/iranian-president-insists-captured-british-sailors-trespassed-calls-world-powers-arrogant',
    '2007-03-31',
    'C',
    2,
  ),
  brecorderApr1: source(
    'Ahmadinejad demands British apology over sailors',
    'Business Recorder',
    'https://brecorder.com/news/amp/3379773',
    '2007-04-01',
    'B',
    2,
  ),
  islamwebMar31: source(
    "Iran leader attacks 'arrogant' UK (BBC)",
    'IslamWeb',
    'https://islamweb.net/en/ramadan/article/138720/iran-leader-attacks-arrogant-uk',
    '2007-03-31',
    'C',
    3,
  ),
  afpApr3: source(
    'Iran says snatched diplomat freed in Iraq (AFP)',
    'Iran Focus',
    'https://iranfocus.com/iran-and-its-neighbours/iraq/10713-iran-says-snatched-diplomat-freed-in-iraq/',
    '2007-04-03',
    'C',
    2,
  ),
  wtimesApr3: source(
    'Iranian diplomat seized in Iraq freed (AP)',
    'The Washington Times',
    'https://www.washingtontimes.com/news/2007/apr/3/20070403-124836-1687r/',
    '2007-04-03',
    'B',
    2,
  ),
  brecorderApr3: source(
    'Iranian diplomat kidnapped in Iraq freed (Reuters)',
    'Business Recorder',
    'https://brecorder.com/news/amp/3380420',
    '2007-04-03',
    'B',
    2,
  ),
  cbcApr4: source(
    "Iran to free sailors as 'gift' to British people",
    'CBC News',
    'https://www.cbc.ca/news/world/iran-to-free-sailors-as-gift-to-british-people-1.640500',
    '2007-04-04',
    'B',
    2,
  ),
  wikinewsApr4: source(
    'Ahmadinejad to free British navy personnel',
    'Wikinews',
    'https://en.m.wikinews.org/wiki/Ahmadinejad_to_free_British_navy_personnel',
    '2007-04-04',
    'C',
    2,
  ),
  xinhuaApr5: source(
    'Iran releases 15 British sailors (Xinhua)',
    'China.org.cn',
    'http://china.org.cn/international/photos/2007-04/05/content_1206076.htm',
    '2007-04-05',
    'B',
    2,
  ),
  bbcApr5: source(
    'Navy crew reunited with families',
    'BBC News',
    'http://news.bbc.co.uk/2/hi/uk_news/6529193.stm?ls',
    '2007-04-05',
    'B',
    2,
  ),
  abcApr5: source(
    'Freed British sailors arrive back in Britain (Reuters)',
    'ABC News (Australia)',
    'https://www.abc.net.au/news/2007-04-05/freed-british-sailors-arrive-back-in-britain/2235670',
    '2007-04-05',
    'B',
    2,
  ),
  bbcMar25: source(
    'Iran denies UK access to sailors',
    'BBC News',
    'http://news.bbc.co.uk/2/hi/uk_news/6492489.stm',
    '2007-03-25',
    'B',
    2,
  ),
  guardianApr3: source(
    'Iran outlines conditions for release of UK sailors',
    'The Guardian',
    'https://www.theguardian.com/world/2007/apr/03/politics.uk',
    '2007-04-03',
    'B',
    2,
  ),
  brisbaneApr4: source(
    'Syria mediating in Britain-Iran dispute (AP)',
    'Brisbane Times',
    'http://www.brisbanetimes.com.au/news/world/syria-mediating-in-britainiran-dispute/2007/04/04/1175366317420.html',
    '2007-04-04',
    'B',
    2,
  ),
  metroApr4: source(
    'Syria to mediate in hostage crisis',
    'Metro',
    'https://metro.co.uk/2007/04/04/syria-to-mediate-in-hostage-crisis-257510/amp/',
    '2007-04-04',
    'C',
    2,
  ),
  bbcNoDealApr5: source(
    "'No deal done with Iran' - Blair",
    'BBC News',
    'http://news.bbc.co.uk/1/hi/uk_politics/6529431.stm',
    '2007-04-05',
    'B',
    2,
  ),
  rferlApr6: source(
    "British Navy To Review Naval Crew's Seizure",
    'RFE/RL',
    'https://rferl.org/amp/1075711.html',
    '2007-04-06',
    'B',
    2,
  ),
  guardianApr16: source(
    'Browne announces inquiries into Iran affair',
    'The Guardian',
    'https://www.theguardian.com/politics/2007/apr/16/foreignpolicy.iran2',
    '2007-04-16',
    'B',
    2,
  ),
  apApr16: source(
    'U.K. plans inquiries into captured sailors crisis (AP)',
    'NBC News',
    'https://www.nbcnews.com/id/wbna18135261',
    '2007-04-16',
    'B',
    2,
  ),
};

const D = { release: 'release-personnel', admit: 'admit-trespass-apologise' } as const;
const SEIZURE = 'seizure-2007-03-23';
const O = { freeze: 'commons-2007-03-28', pardon: 'pardon-2007-04-04' } as const;

const events: readonly NegotiationEvent[] = [
  // ===== 23 March: the seizure =====
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '2007-03-23', recordedAt: at('03-24', '08:00') },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Iran – United Kingdom: the seizure of fifteen Royal Navy personnel, 2007',
      subject:
        "Iran's seizure of fifteen sailors and marines of HMS Cornwall's boarding party near the Shatt al-Arab, the UK's demand for their release and freeze of bilateral business, Iran's demand for an admission and apology, the third parties' statements, and the release announced as a 'gift' on 4 April.",
      parties: [IRAN, UK],
      mediators: [],
    },
    [S.rawstoryMar23, S.htMar24],
  ),
  ev(
    'IncidentReported',
    'seizure',
    { occurredAt: '2007-03-23T07:30:00Z', recordedAt: at('03-24', '08:05') },
    {
      incidentId: SEIZURE,
      kind: 'detention',
      perpetrator: 'iran',
      allegedBy: 'united-kingdom',
      against: 'united-kingdom',
      target: "Fifteen Royal Navy sailors and Royal Marines of HMS Cornwall's boarding party, in two boats",
      place: 'Shatt al-Arab mouth, northern Gulf',
      description:
        "About 10:30 Iraqi time, after inspecting a merchant vessel suspected of smuggling cars, the boarding party and its two boats were surrounded by Revolutionary Guard navy vessels and taken at gunpoint into Iranian waters (MoD). 'There was no fighting, no engagement of weapons' (Commodore Lambert). The UK: in Iraqi waters under a UN mandate; Iran: they entered Iranian waters illegally.",
    },
    [S.rawstoryMar23, S.htMar24, S.paMar23],
    {
      note: "The fifteen taken at gunpoint and held in Iran: Iran's detention of the UK's servicemen, coercion until their release (5 April).",
    },
  ),
  ev(
    'StatementMade',
    'stmt-mod-mar23',
    { occurredAt: '2007-03-23', recordedAt: at('03-24', '08:10') },
    {
      speaker: MOD,
      audience: 'iran',
      tone: 'critical',
      summary:
        "The MoD: the fifteen were seized while engaged in routine boarding operations in Iraqi territorial waters; the Iranian ambassador is summoned to the Foreign Office; 'The British Government is demanding the immediate and safe return of our people and equipment.'",
    },
    [S.rawstoryMar23, S.paMar23],
  ),
  ev(
    'DemandTabled',
    'dem-release',
    { occurredAt: '2007-03-23', recordedAt: at('03-24', '08:15') },
    {
      demandId: D.release,
      by: 'united-kingdom',
      addressedTo: ['iran'],
      text: 'The immediate and safe return of the fifteen personnel and their boats and equipment (with information on them and consular access meanwhile).',
      category: 'security',
    },
    [S.rawstoryMar23, S.htMar24],
  ),
  ev(
    'StatementMade',
    'stmt-beckett-mar23',
    { occurredAt: '2007-03-23', recordedAt: at('03-24', '09:00') },
    {
      speaker: BECKETT,
      audience: 'iran',
      tone: 'critical',
      summary:
        "Beckett 'extremely disturbed': 'We sought a full explanation of what happened and left the Iranian authorities in no doubt that we expect immediate and safe return of our service personnel and boats.'",
    },
    [S.htMar24],
  ),
  ev(
    'ActorRegistered',
    'actor-usa',
    { occurredAt: '2007-03-23', recordedAt: at('03-24', '09:05') },
    { actor: USA, role: 'third-party' },
    [S.htMar24],
  ),
  ev(
    'ThirdPartyEngagement',
    'tpe-usa-mar23',
    { occurredAt: '2007-03-23', recordedAt: at('03-24', '09:10') },
    {
      actorId: 'united-states',
      counterparts: ['united-kingdom'],
      kind: 'support',
      summary: "State Department: 'We support the British demand for the safe return of their people and equipment.'",
    },
    [S.htMar24],
  ),
  ev(
    'StatementMade',
    'stmt-irmfa-mar23',
    { occurredAt: '2007-03-23', recordedAt: at('03-24', '09:15') },
    {
      speaker: IR_MFA,
      audience: 'united-kingdom',
      tone: 'accusation',
      summary:
        'A foreign ministry statement read on Iranian television: the British personnel had entered Iranian territorial waters at Arvandrud (the Shatt al-Arab) illegally; they are being questioned by the border guards.',
    },
    [S.uskowiMar23],
  ),
  ev(
    'StatementMade',
    'stmt-irmfa-protest-mar25',
    { occurredAt: '2007-03-25', recordedAt: at('03-25', '18:00') },
    {
      speaker: IR_MFA,
      audience: 'united-kingdom',
      tone: 'critical',
      summary:
        "The British ambassador, Geoffrey Adams, meets Iranian officials in Tehran (Iranian television: summoned to receive a protest at the British 'violation' of Iran's waters); asked where the fifteen are held and for consular access, Iran gives neither and says their release is 'yet to be determined'.",
    },
    [S.bbcMar25],
  ),
  // ===== 26–27 March =====
  ev(
    'StatementMade',
    'stmt-mostafavi-mar26',
    { occurredAt: '2007-03-26', recordedAt: at('03-27', '09:00') },
    {
      speaker: MOSTAFAVI,
      audience: 'united-kingdom',
      tone: 'neutral',
      summary:
        'The personnel are being interrogated to determine whether their entry into Iranian waters was intentional or unintentional, before Iran decides what to do with them; they are in good health.',
    },
    [S.chinadailyMar27, S.reutersMar27],
  ),
  ev(
    'StatementMade',
    'stmt-blair-mar27',
    { occurredAt: '2007-03-27', recordedAt: at('03-28', '09:00') },
    {
      speaker: BLAIR,
      audience: 'iran',
      tone: 'warning',
      summary:
        "On GMTV: the Iranian government must understand 'these people have to be released … If not, then this will move into a different phase.' His spokesman: a different phase means neither military action nor the expulsion of diplomats, perhaps publishing the GPS proof.",
      quote: 'They have to release them. If not, then this will move into a different phase.',
    },
    [S.reutersMar27, S.irishtimesMar28, S.chinadailyMar27],
  ),
  // ===== 28 March: the coordinates, the freeze, Turney on television =====
  ev(
    'StatementMade',
    'stmt-style-mar28',
    { occurredAt: '2007-03-28', recordedAt: at('03-29', '08:00') },
    {
      speaker: STYLE,
      audience: 'iran',
      tone: 'accusation',
      summary:
        "The MoD's briefing: the GPS position (29°50.36'N, 48°43.08'E) puts the boats 1.7 nautical miles inside Iraqi waters; Iran gave two sets of coordinates, the first also in Iraqi waters, the second, 'corrected', in Iranian waters; the detention is 'unjustified and wrong'.",
    },
    [S.voaMar28, S.latimesMar29],
  ),
  ev(
    'StatementMade',
    'stmt-iran-coords-mar28',
    { occurredAt: '2007-03-28', recordedAt: at('03-29', '08:05') },
    {
      speaker: IR_EMB_LONDON,
      audience: 'united-kingdom',
      tone: 'accusation',
      summary:
        "Iran: the personnel were arrested inside Iranian waters (0.5 km, by the embassy in London; 0.3 miles, as the Los Angeles Times reported Iran's account), a 'very grave and technical breach' of its borders.",
    },
    [S.latimesMar29, graded(S.trendMar29, 3)],
  ),
  ev(
    'StatementMade',
    'stmt-blair-mar28',
    { occurredAt: '2007-03-28', recordedAt: at('03-29', '08:10') },
    {
      speaker: BLAIR,
      audience: 'iran',
      tone: 'accusation',
      summary:
        "In the Commons: the detention is 'completely unacceptable, wrong and illegal'; 'It is now time to ratchet up the diplomatic and international pressure in order to make sure the Iranian government understands their total isolation on this issue.'",
    },
    [S.voaMar28, S.mintMar28],
    { occurrence: O.freeze },
  ),
  ev(
    'StatementMade',
    'stmt-beckett-freeze-mar28',
    { occurredAt: '2007-03-28', recordedAt: at('03-29', '08:15') },
    {
      speaker: BECKETT,
      audience: 'iran',
      tone: 'critical',
      summary:
        "Beckett to the Commons: 'We will therefore be imposing a freeze on all other official bilateral business with Iran until this situation is resolved' — diplomatic contacts, trade missions and visas for Iranian officials (Foreign Office) — keeping other aspects of policy under close review.",
    },
    [S.voaMar28, S.mintMar28, S.latimesMar29],
    {
      cameo: '161',
      occurrence: O.freeze,
      note: 'The freeze recorded as its announcement (CAMEO 161, reduce relations); not a border closure.',
    },
  ),
  ev(
    'StatementMade',
    'stmt-iran-tv-turney-mar28',
    { occurredAt: '2007-03-28', recordedAt: at('03-29', '08:20') },
    {
      speaker: IR_STATE_TV,
      audience: 'united-kingdom',
      tone: 'accusation',
      summary:
        "Iranian television broadcasts Leading Seaman Faye Turney saying the crew trespassed into Iranian waters, and a letter to her family: 'I have written a letter to the Iranian people to apologize for entering into their waters.' London: 'completely unacceptable'.",
    },
    [S.latimesMar29, S.trendMar29],
  ),
  ev(
    'StatementMade',
    'stmt-mottaki-mar28',
    { occurredAt: '2007-03-28', recordedAt: at('03-29', '08:25') },
    {
      speaker: MOTTAKI,
      audience: 'united-kingdom',
      tone: 'conciliatory',
      summary:
        'Mottaki: Faye Turney, the only woman among the fifteen, will be released on 28 or 29 March (he appeared to pull back later the same day).',
    },
    [S.mintMar28, S.latimesMar29],
  ),
  ev(
    'ActorRegistered',
    'actor-turkiye',
    { occurredAt: '2007-03-28', recordedAt: at('03-29', '08:30') },
    { actor: TURKIYE, role: 'mediator' },
    [S.mintMar28],
  ),
  ev(
    'MediationAction',
    'med-turkiye-mar28',
    { occurredAt: '2007-03-28', recordedAt: at('03-29', '08:35') },
    {
      mediator: 'turkiye',
      action: 'offered',
      summary:
        'Türkiye says its diplomats might be allowed to see the fifteen, held at a secret location; Erdoğan later urged Ahmadinejad to allow a Turkish diplomat to meet them and to free Turney.',
    },
    [S.mintMar28, S.cbsMar29],
  ),
  // ===== 29 March: the second letter, the note, the Security Council =====
  ev(
    'StatementMade',
    'stmt-afshar-mar29',
    { occurredAt: '2007-03-29', recordedAt: at('03-30', '08:00') },
    {
      speaker: AFSHAR,
      audience: 'united-kingdom',
      tone: 'warning',
      summary:
        "Turney's release is 'suspended'; Larijani: it will be delayed if Britain shows 'wrong behavior'. A second letter attributed to Turney is released, confessing the entry and asking why British forces are still in Iraq; Beckett calls it 'outrageous and cruel'.",
    },
    [S.rferlMar30, S.voaMar29, S.cbsMar29],
  ),
  ev(
    'DemandTabled',
    'dem-admit',
    { occurredAt: '2007-03-29', recordedAt: at('03-30', '08:05') },
    {
      demandId: D.admit,
      by: 'iran',
      addressedTo: ['united-kingdom'],
      text: 'Admit that the personnel were in Iranian waters when seized (Mottaki: the standoff could be resolved then) and apologise for the trespass (Ahmadinejad, 31 March).',
      category: 'political',
    },
    [S.voaMar29, S.latimesMar29],
  ),
  ev(
    'StatementMade',
    'stmt-iran-note-mar29',
    { occurredAt: '2007-03-29', recordedAt: at('03-30', '09:00') },
    {
      speaker: IR_MFA,
      audience: 'united-kingdom',
      tone: 'neutral',
      summary:
        'Iran sends a formal note to the British embassy in Tehran; the Foreign Office confirms it and says it will respond formally (its answer was sent by 31 March).',
    },
    [S.bbcMar30],
  ),
  ev(
    'StatementMade',
    'stmt-basra-mar29',
    { occurredAt: '2007-03-29', recordedAt: at('03-30', '09:05') },
    {
      speaker: IR_BASRA,
      audience: 'united-kingdom',
      tone: 'accusation',
      summary:
        "The Iranian consulate in Basra accuses British forces of briefly surrounding its building, 'a provocative act'. The British military: its patrol exchanged fire with gunmen nearby and 'there was no encirclement'.",
    },
    [S.voaMar29],
  ),
  ev(
    'ActorRegistered',
    'actor-unsc',
    { occurredAt: '2007-03-29', recordedAt: at('03-30', '09:10') },
    { actor: UNSC, role: 'third-party' },
    [S.unnewsMar29],
  ),
  ev(
    'StatementMade',
    'stmt-unsc-mar29',
    { occurredAt: '2007-03-29', recordedAt: at('03-30', '09:15') },
    {
      speaker: KUMALO,
      audience: 'iran',
      tone: 'critical',
      summary:
        "Security Council press statement: members express 'grave concern at the capture by the Revolutionary Guard and the continuing detention by the government of Iran of 15 United Kingdom naval personnel', appeal for consular access and support calls for 'an early resolution of this problem including the release'. Weaker than the UK's draft ('deplore'), at Russia's insistence.",
    },
    [S.unnewsMar29, S.rferlMar30, S.bbcMar30],
  ),
  ev(
    'StatementMade',
    'stmt-iran-un-mar29',
    { occurredAt: '2007-03-29', recordedAt: at('03-30', '09:20') },
    {
      speaker: IR_UN,
      audience: 'united-kingdom',
      tone: 'critical',
      summary:
        "'This case can and should be settled through bilateral channels. The British government's attempt to engage third parties, including the Security Council, with this case is not helpful.'",
    },
    [S.bbcMar30, S.rferlMar30],
  ),
  // ===== 30–31 March =====
  ev(
    'ActorRegistered',
    'actor-eu',
    { occurredAt: '2007-03-30', recordedAt: at('03-30', '18:00') },
    { actor: EU, role: 'third-party' },
    [S.dwMar30],
  ),
  ev(
    'StatementMade',
    'stmt-eu-mar30',
    { occurredAt: '2007-03-30', recordedAt: at('03-30', '18:05') },
    {
      speaker: EU_FM,
      audience: 'iran',
      tone: 'warning',
      summary:
        "The EU foreign ministers at Bremen: the seizure in Iraqi waters 'represents a clear breach of international law'; they call for the immediate and unconditional release and consular access; 'should the British citizens not be released in the near future, the EU will decide on appropriate measures'.",
    },
    [S.aaMar30, S.dwMar30],
  ),
  ev(
    'StatementMade',
    'stmt-blair-mar30',
    { occurredAt: '2007-03-30', recordedAt: at('03-31', '09:00') },
    {
      speaker: BLAIR,
      audience: 'iran',
      tone: 'critical',
      summary:
        "Blair expresses disgust that the captives have been 'paraded and manipulated' in Iran's footage, and warns that Iran faces increasing isolation if it does not free them.",
    },
    [S.wapoMar31],
  ),
  ev(
    'StatementMade',
    'stmt-bush-mar31',
    { occurredAt: '2007-03-31', recordedAt: at('04-01', '08:00') },
    {
      speaker: BUSH,
      audience: 'iran',
      tone: 'critical',
      summary: "Bush calls the fifteen 'hostages' and their seizure 'inexcusable', and calls for their release.",
    },
    [S.wapoMar31],
  ),
  ev(
    'StatementMade',
    'stmt-ahmadinejad-mar31',
    { occurredAt: '2007-03-31', recordedAt: at('04-01', '08:05') },
    {
      speaker: AHMADINEJAD,
      audience: 'united-kingdom',
      tone: 'accusation',
      summary:
        "At Andimeshk: 'The British occupier forces did trespass our waters. Our border guards detained them with skill and bravery … Instead of apologizing over trespassing by British forces, the world arrogant powers issue statements and deliver speeches.' The crowd chanted 'Death to Britain' (state radio).",
    },
    [S.newson6Mar31, S.wapoMar31, S.brecorderApr1],
  ),
  ev(
    'PositionTaken',
    'pos-uk-admit-rejected',
    { occurredAt: '2007-03-31', recordedAt: at('04-01', '08:10') },
    {
      demandId: D.admit,
      actorId: 'united-kingdom',
      stance: 'rejected',
      speaker: BECKETT,
      conditions:
        'No admission: the UK maintains the GPS evidence puts the boats in Iraqi waters; it regrets that "this position has arisen" and remains open to dialogue.',
      quote: 'I think everyone regrets that this position has arisen ... What we want is a way out of it.',
    },
    [S.wapoMar31, S.islamwebMar31],
  ),
  ev(
    'StatementMade',
    'stmt-beckett-mar31',
    { occurredAt: '2007-03-31', recordedAt: at('04-01', '08:15') },
    {
      speaker: BECKETT,
      audience: 'iran',
      tone: 'conciliatory',
      summary:
        "At Bremen: 'We continue to express our willingness to engage in dialogue and discussions with Iran … What we want is a way out of it — we want it peacefully and we want it as soon as possible.' A British note has been sent in answer to Iran's.",
    },
    [S.wapoMar31, S.islamwebMar31],
  ),
  ev(
    'StatementMade',
    'stmt-ansari-mar31',
    { occurredAt: '2007-03-31', recordedAt: at('04-01', '08:20') },
    {
      speaker: ANSARI,
      audience: 'united-kingdom',
      tone: 'warning',
      summary:
        "Iran's ambassador in Moscow, to Russian television: the case 'has taken on a judicial form' and legal proceedings have begun; IRNA first quoted him saying the fifteen could be tried, then published a correction (a 'translation mistake'). Beckett: 'unhelpful'.",
    },
    [S.islamwebMar31, S.brecorderApr1],
  ),
  ev(
    'StatementMade',
    'stmt-irmfa-note-mar31',
    { occurredAt: '2007-03-31', recordedAt: at('04-01', '09:00') },
    {
      speaker: IR_MFA,
      audience: 'united-kingdom',
      tone: 'neutral',
      summary:
        "The foreign ministry: the British note 'could be examined' — 'In this note there are different points which could be examined' — but Tehran awaits 'a correction of attitude on Britain's part'.",
    },
    [S.brecorderApr1],
  ),
  // ===== 2–3 April: Sharafi =====
  ev(
    'ActorRegistered',
    'actor-iraq',
    { occurredAt: '2007-04-03', recordedAt: at('04-03', '18:02') },
    { actor: IRAQ, role: 'third-party' },
    [S.brecorderApr3],
  ),
  ev(
    'ThirdPartyEngagement',
    'tpe-iraq-sharafi',
    { occurredAt: '2007-04-03', recordedAt: at('04-03', '18:05') },
    {
      actorId: 'iraq',
      counterparts: ['iran'],
      kind: 'outreach',
      summary:
        "Jalal Sharafi, second secretary of Iran's embassy in Baghdad, seized on 4 February by gunmen in Iraqi uniforms, is freed (2 April, per the embassy) and back in Tehran on 3 April. Zebari: 'We made tremendous efforts to free him'; who held him is not said. London, Washington and Baghdad do not link it to the fifteen.",
    },
    [S.brecorderApr3, S.afpApr3, S.wtimesApr3],
  ),
  ev(
    'StatementMade',
    'stmt-larijani-apr2',
    { occurredAt: '2007-04-02', recordedAt: at('04-03', '18:07') },
    {
      speaker: LARIJANI,
      audience: 'united-kingdom',
      tone: 'conciliatory',
      summary:
        "To Channel 4 News: 'Our interest is in solving this problem as soon as possible … there is no need for any trial'; a delegation should clarify whether the crew was in Iranian waters, and if so there should be an apology; solved bilaterally. He warns a trial could come back if Britain adds international pressure.",
    },
    [S.guardianApr3],
  ),
  ev(
    'StatementMade',
    'stmt-blair-apr3',
    { occurredAt: '2007-04-03', recordedAt: at('04-03', '18:10') },
    {
      speaker: BLAIR,
      audience: 'domestic audience',
      tone: 'neutral',
      summary: "In Scotland: the next two days will be 'fairly critical' to resolving the standoff.",
    },
    [S.wtimesApr3],
  ),
  ev(
    'ActorRegistered',
    'actor-syria',
    { occurredAt: '2007-04-04', recordedAt: at('04-04', '12:00') },
    { actor: SYRIA, role: 'mediator' },
    [S.brisbaneApr4],
  ),
  ev(
    'MediationAction',
    'med-syria-apr4',
    { occurredAt: '2007-04-04', recordedAt: at('04-04', '12:05') },
    {
      mediator: 'syria',
      action: 'offered',
      summary:
        "Walid al-Moallem to the Kuwaiti Al-Anba: 'Syria is now undertaking such quiet diplomacy between the two countries'; the Foreign Office calls it 'something to welcome'. Downing Street: the two sides 'share a desire for an early resolution of this issue through direct talks'.",
    },
    [S.brisbaneApr4, S.metroApr4],
  ),
  // ===== 4–5 April: the pardon and the return =====
  ev(
    'StatementMade',
    'stmt-ahmadinejad-pardon-apr4',
    { occurredAt: '2007-04-04', recordedAt: at('04-05', '08:00') },
    {
      speaker: AHMADINEJAD,
      audience: 'united-kingdom',
      tone: 'conciliatory',
      summary:
        "At a news conference: 'with all powers and legal right to put the soldiers on trial', Iran has pardoned the fifteen; 'This pardon is a gift to the British people', on the Prophet's birthday and Easter. No deal was made, he says, but Britain wrote pledging the incident will not be repeated (his account).",
      quote: 'This pardon is a gift to the British people.',
    },
    [S.cbcApr4, S.xinhuaApr5, S.wikinewsApr4],
    { occurrence: O.pardon },
  ),
  ev(
    'PositionTaken',
    'pos-iran-release-accepted',
    { occurredAt: '2007-04-04', recordedAt: at('04-05', '08:05') },
    {
      demandId: D.release,
      actorId: 'iran',
      stance: 'accepted',
      speaker: AHMADINEJAD,
      conditions: 'Released as a pardon, without conditions; the boats and equipment are not mentioned.',
    },
    [S.cbcApr4, S.xinhuaApr5],
    { occurrence: O.pardon },
  ),
  ev(
    'StatementMade',
    'stmt-ahmadinejad-accuse-apr4',
    { occurredAt: '2007-04-04', recordedAt: at('04-05', '08:10') },
    {
      speaker: AHMADINEJAD,
      audience: 'united-kingdom',
      tone: 'accusation',
      summary:
        "At the same conference he decorates the coast guard commander who 'arrested the trespassers', says the British government was not 'brave enough to tell their people the truth', and regrets that 'British troops remain in Iraq'.",
    },
    [S.wikinewsApr4, S.cbcApr4],
  ),
  ev(
    'StatementMade',
    'stmt-blair-apr4',
    { occurredAt: '2007-04-04', recordedAt: at('04-05', '08:15') },
    {
      speaker: BLAIR,
      audience: 'iran',
      tone: 'conciliatory',
      summary:
        "Blair welcomes the decision: Britain bears 'no ill will' toward the Iranian people; 'The disagreements that we have with your government, we wish to resolve peacefully through dialogue'; 'firm but calm, not negotiating but not confronting either'.",
    },
    [S.cbcApr4],
  ),
  ev(
    'IncidentReported',
    'release',
    { occurredAt: '2007-04-05', recordedAt: at('04-05', '15:55') },
    {
      incidentId: 'release-of-the-fifteen-2007-04-05',
      kind: 'release',
      perpetrator: 'iran',
      allegedBy: 'united-kingdom',
      against: 'united-kingdom',
      target: "The fifteen Royal Navy sailors and Royal Marines of HMS Cornwall's boarding party",
      place: 'Tehran',
      description:
        "Iran frees the fifteen, pardoned the day before: they leave Tehran on a scheduled flight in the morning and land at Heathrow about 12:00 BST, 'safe and unharmed' (Blair). Their two boats and equipment are not returned.",
    },
    [S.xinhuaApr5, S.bbcApr5, S.abcApr5],
    {
      note: "The end of Iran's detention of the fifteen (recorded at Tehran, where they left from: no detention is recorded there, so it ends all of Iran's against the UK — this one).",
    },
  ),
  ev(
    'StatementMade',
    'stmt-blair-apr5',
    { occurredAt: '2007-04-05', recordedAt: at('04-05', '16:00') },
    {
      speaker: BLAIR,
      audience: 'iran',
      tone: 'accusation',
      summary:
        "As the fifteen land at Heathrow (about 12:00 BST): they are back 'safe and unharmed' and 'no deal' was done; he mourns four British soldiers killed near Basra by a 'terrorist act' and says 'elements of the Iranian regime' are 'financing, arming and supporting terrorism in Iraq' (too early to say whether Iran-backed fighters killed the four).",
    },
    [S.bbcApr5, S.abcApr5],
  ),
  ev(
    'StatementMade',
    'stmt-velayati-apr5',
    { occurredAt: '2007-04-05', recordedAt: at('04-05', '20:00') },
    {
      speaker: VELAYATI,
      audience: 'united-kingdom',
      tone: 'neutral',
      summary:
        'Iranian television quotes Ali Akbar Velayati, adviser to the Supreme Leader, saying Britain sent a letter of apology; British diplomats say no such letter exists, the only written exchange being the diplomatic notes of late March.',
    },
    [graded(S.bbcNoDealApr5, 3)],
  ),
  // ===== After: the reviews =====
  ev(
    'StatementMade',
    'stmt-mod-review-apr6',
    { occurredAt: '2007-04-06', recordedAt: at('04-06', '18:00') },
    {
      speaker: MOD,
      audience: 'domestic audience',
      tone: 'neutral',
      summary:
        "The Royal Navy begins a review of the circumstances of the capture (rules of engagement, procedures, equipment); the fifteen will not be punished for their apologies on Iranian television. Blair: 'new and interesting lines of communication' have opened with Iran.",
    },
    [S.rferlApr6],
  ),
  ev(
    'StatementMade',
    'stmt-browne-apr16',
    { occurredAt: '2007-04-16', recordedAt: at('04-16', '20:00') },
    {
      speaker: BROWNE,
      audience: 'domestic audience',
      tone: 'neutral',
      summary:
        "Browne to the Commons: 'no apology and no deal' with Iran; an inquiry into the capture led by Lt Gen Sir Rob Fulton (six weeks) and a review of the decision to let crew members sell their stories, which he calls his 'mistake'.",
    },
    [S.guardianApr16, S.apApr16],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'iran-uk-2007.jsonl',
  logEnd: '2007-06-01T00:00:00Z',
  events,
};

export default definition;
