/**
 * A test fixture, not a shipped example: the war in Donbas and the Minsk
 * agreements, July 2014 – October 2015, as an analyst following the news could
 * have recorded them for the pair Ukraine – Russia. Escalation model v2 was
 * never tuned on it: it is the case the model is held to in
 * ukraine-russia-2014.spec.ts, against the calls an analyst makes from
 * DOMAIN.md §5b alone.
 *
 * What it tests that the other cases did not: a war fought largely through
 * proxies, with one party's own forces acting at times. The parties are
 * Ukraine and Russia; the 'DPR' and 'LPR' are third parties acting with
 * Russia's support; the OSCE mediates in the Trilateral Contact Group, and
 * Germany and France with it in the Normandy format (from February 2015).
 * The Minsk Protocol (5 September 2014) and the package of measures (12
 * February 2015) were signed by Ukraine, Russia, the OSCE and the separatist
 * leaders, so their ceasefires bind all four.
 *
 * How the fighting is recorded, as an analyst would by §5b ("armed action …
 * by one party on the other's territory — alleged counts, graded by its
 * sources"): the separatists' acts are theirs (perpetrator `dpr`), against
 * Ukraine, and where Ukraine held Russia responsible for them that is
 * `blamedOn: 'russia'`. An act is Russia's own only where a dated source says
 * Russian forces acted: the columns at Novoazovsk and Ilovaisk (NATO, the
 * NSDC, late August 2014), and Ukraine's claims that the Russian military was
 * responsible at Mariupol (24 January 2015) and fought at Marinka (3 June
 * 2015) — one side's claims, graded 3, recorded besides the separatists' act
 * with the same `occurrence` key, so each pair reads the one fact once.
 * Ceasefire violations are recorded as alleged: Ukraine alleging them of the
 * separatists is `against: 'dpr'`.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source.
 *
 * Grading as in examples/README.md: B = established outlet or wire copy, C =
 * smaller outlet, aggregator, wiki or mirror; 1 = an on-record statement or
 * act confirmed by the actor itself; 2 = several outlets agree or one
 * established outlet reports it; 3 = one side's unverified claim about the
 * other.
 *
 * Judgement calls, recorded as an analyst would:
 * - The negotiation is opened on 13 July 2014, the first development with a
 *   dated source here (Ukraine's NSDC on a Russian grouping at the border);
 *   the fighting of April–June 2014 is before it and not recorded.
 * - MH17 (17 July 2014) is recorded as the separatists' missile strike
 *   aimed at a Ukrainian military aircraft (their leader's own claim at the
 *   time) that harmed Malaysia; the sources of that week say Ukraine blamed
 *   the separatists, not yet Russia, so no `blamedOn`. The Dutch findings
 *   (the Buk of a Russian brigade) came later and are not in this log.
 * - Ilovaisk: the toll of 366 Ukrainian soldiers is the battle's (6–29
 *   August), recorded on the day of the shelled "green corridor" (29
 *   August), by a smaller outlet: C2. The places are recorded one way each
 *   ("Novoazovsk, Donetsk Oblast", "Ilovaisk, Donetsk Oblast").
 * - The Minsk Memorandum is dated 19 September (signed that night; one
 *   source dates it the 20th).
 * - The fighting at Donetsk airport went on daily from 28 September 2014 to
 *   21 January 2015; it is recorded on its first deadly day (29 September)
 *   and on its fall, not on every day: the log has no entries for December.
 * - The Minsk Protocol's ceasefire is recorded `collapsed` on 23 January
 *   2015, when Zakharchenko said the separatists would not negotiate a
 *   ceasefire and announced the offensive (the press speaks of its
 *   "complete collapse" in January).
 * - Minsk II's ceasefire is declared on 12 February, to take effect at
 *   00:00 Kyiv time on 15 February (14 February, 22:00 UTC): it is recorded
 *   at the time it took effect. The separatists' assault on Debaltseve after
 *   it is theirs: no dated source here puts Russian units in it; Poroshenko
 *   blamed Russia as well as the rebels (18 February).
 * - Putin's call on the Ukrainian troops at Debaltseve to surrender is
 *   recorded as a warning, not as an ultimatum (no deadline, no consequence
 *   stated to Ukraine).
 * - The 'school ceasefire' (agreed in the Contact Group on 26 August 2015,
 *   from 1 September) is a recommitment to the February ceasefire, recorded
 *   as its extension.
 * - Published dates are the sources' own; for the Wikipedia articles and
 *   pages that show none, the first days after the event their text reports.
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'ukraine-russia-donbas-2014';
const { ev, at: at14 } = caseKit(NEGOTIATION_ID, 'test-analyst', 2014);
const { at: at15 } = caseKit(NEGOTIATION_ID, 'test-analyst', 2015);

const UKRAINE: Actor = { id: 'ukraine', name: 'Ukraine', kind: 'state', aliases: ['Kyiv', 'Kiev', 'NSDC'] };
const RUSSIA: Actor = { id: 'russia', name: 'Russia', kind: 'state', aliases: ['Russian Federation', 'Moscow'] };
const OSCE: Actor = {
  id: 'osce',
  name: 'OSCE',
  kind: 'international-organisation',
  aliases: ['Organization for Security and Co-operation in Europe', 'SMM', 'Trilateral Contact Group'],
};
const DPR: Actor = {
  id: 'dpr',
  name: "Donetsk People's Republic",
  kind: 'de-facto-authority',
  aliases: ['DPR', 'DNR', 'separatists', 'Zakharchenko'],
};
const LPR: Actor = {
  id: 'lpr',
  name: "Luhansk People's Republic",
  kind: 'de-facto-authority',
  aliases: ['LPR', 'LNR', 'Plotnitsky'],
};
const MALAYSIA: Actor = { id: 'malaysia', name: 'Malaysia', kind: 'state', aliases: ['Malaysia Airlines'] };
const GERMANY: Actor = { id: 'germany', name: 'Germany', kind: 'state', aliases: ['Merkel', 'Berlin'] };
const FRANCE: Actor = { id: 'france', name: 'France', kind: 'state', aliases: ['Hollande', 'Paris'] };

const POROSHENKO: Person = { name: 'Petro Poroshenko', title: 'President of Ukraine', actorId: 'ukraine' };
const KUCHMA: Person = { name: 'Leonid Kuchma', title: "Ukraine's envoy to the Contact Group", actorId: 'ukraine' };
const ZURABOV: Person = { name: 'Mikhail Zurabov', title: 'Ambassador of Russia to Ukraine', actorId: 'russia' };
const PUTIN: Person = { name: 'Vladimir Putin', title: 'President of Russia', actorId: 'russia' };
const PROKOPCHUK: Person = { name: 'Ihor Prokopchuk', title: "Ukraine's envoy to the OSCE", actorId: 'ukraine' };
const ZAKHARCHENKO: Person = { name: 'Alexander Zakharchenko', title: 'Leader of the DPR', actorId: 'dpr' };
const SMM: Person = { name: 'OSCE Special Monitoring Mission (report)', actorId: 'osce' };

const S = {
  ukrweekJul13: source(
    'National Defence and Security Council: A grouping of Russian military detected near Russia-Ukraine border in Luhansk Oblast',
    'The Ukrainian Week',
    'https://ukrainianweek.com/national-defence-and-security-council-a-grouping-of-russian-military-detected-near-russia-ukraine-border-in-luhansk-oblast',
    '2014-07-13',
    'B',
    3,
  ),
  huffJul17: source(
    'Nine Britons Killed In MH17 Attack, 298 On Board',
    'HuffPost UK',
    'https://www.huffingtonpost.co.uk/amp/entry/british-passengers-were-killed-in-mh17-attack_n_5596855/',
    '2014-07-17',
    'B',
    2,
  ),
  huffJul17b: source(
    'Downing Of MH17 Places Huge Pressure On Putin Over Support For Pro-Russian Separatists',
    'HuffPost UK (Reuters)',
    'https://www.huffingtonpost.co.uk/amp/entry/downing-of-mh17-places-huge-pressure-on-putin_n_5596429/',
    '2014-07-17',
    'B',
    2,
  ),
  rferlAug28: source(
    'Live blog: Ukraine, 28 August 2014 (NATO: "more than 1,000 Russian troops" in Ukraine)',
    'Radio Free Europe/Radio Liberty',
    'https://www.rferl.org/a/25416257/lbl0lbi42237.html',
    '2014-08-28',
    'B',
    2,
  ),
  ilovaiskWar: source(
    'Battle of Ilovaisk',
    'UA War Explained',
    'https://uawarexplained.com/fr/battle-of-ilovaisk',
    '2014-09-01',
    'C',
    2,
  ),
  kyivpostSep5: source(
    'Cease-fire agreement reached in Minsk',
    'Kyiv Post',
    'http://www.kyivpost.com/article/content/kyiv-post-plus/ceasefire-agreement-reached-in-minsk-363529.html',
    '2014-09-05',
    'B',
    1,
  ),
  rtCopySep5: source(
    'Kiev, E. Ukraine militia agree on ceasefire starting 1500 GMT Friday',
    'Blog copy of RT',
    'https://ainhoaaristizabal.wordpress.com/2014/09/05/',
    '2014-09-05',
    'C',
    2,
  ),
  tassFeb15: source(
    'OSCE: ceasefire regime in eastern Ukraine has been generally observed in the past 12 hours',
    'TASS',
    'http://tass.com/en/world/777730',
    '2015-02-15',
    'B',
    2,
  ),
  tagesschau: source(
    'Die Unterzeichner des Minsker Abkommens',
    'tagesschau.de',
    'https://www.tagesschau.de/multimedia/bilder/ukraine-krise-133.html',
    '2015-02-12',
    'B',
    2,
  ),
  wikiAirport: source(
    'Second Battle of Donetsk Airport',
    'Wikipedia',
    'https://en.wikipedia.org/wiki/Second_Battle_of_Donetsk_Airport',
    '2014-10-05',
    'C',
    2,
  ),
  milreviewAirport: source(
    'La morte dei cyborg dell’aeroporto di Donetsk',
    'Military Review',
    'https://it.military-review.com/12489431-the-death-of-the-donetsk-airport-cyborgs-the-ending',
    '2014-10-05',
    'C',
    3,
  ),
  kyivpostAirport: source(
    'Defense of Donetsk airport: chronology',
    'Kyiv Post',
    'https://www.kyivpost.com/post/11191',
    '2015-01-22',
    'B',
    3,
  ),
  independentNov4: source(
    "Ukraine crisis: Separatist leaders elected in Donetsk and Luhansk in 'sham' vote",
    'The Independent',
    'https://www.independent.co.uk/news/world/europe/ukraine-crisis-separatist-leaders-elected-in-donetsk-and-luhansk-in-sham-vote-9837474.html',
    '2014-11-04',
    'B',
    2,
  ),
  wikiElections: source(
    '2014 Donbas general elections',
    'Wikipedia',
    'https://en.wikipedia.org/wiki/2014_Donbas_general_elections',
    '2014-11-04',
    'C',
    2,
  ),
  lifeinuaJan22: source(
    'Donetsk airport has been destroyed',
    'Life in Ukraine',
    'https://lifeinua.info/donetsk-airport-destroyed/',
    '2015-01-22',
    'C',
    3,
  ),
  azatutyunJan24: source(
    'Rebels shell Mariupol (Armenian service)',
    'Radio Free Europe/Radio Liberty (Azatutyun)',
    'https://azatutyun.am/amp/26812182.html',
    '2015-01-24',
    'B',
    2,
  ),
  rferlJan24: source(
    'Rockets Target Mariupol',
    'Radio Free Europe/Radio Liberty',
    'https://www.rferl.org/a/ukraine-mariupol/26811110.html',
    '2015-01-24',
    'B',
    2,
  ),
  wikiMariupol: source(
    'January 2015 Mariupol rocket attack',
    'Wikipedia',
    'https://en.wikipedia.org/wiki/January_2015_Mariupol_rocket_attack',
    '2015-01-26',
    'C',
    3,
  ),
  wikiMinsk2: source(
    'Minsk II',
    'Wikipedia (IPFS mirror)',
    'https://gateway.ipfs.io/ipfs/QmXoypizjW3WknFiJnKLwHCnL72vedxjQkDDP1mXWo6uco/wiki/Minsk_II.html',
    '2015-02-12',
    'C',
    2,
  ),
  voaFeb15: source(
    'Delapan tentara tewas di Ukraina timur pasca gencatan senjata',
    'VOA Indonesia',
    'https://voaindonesia.com/amp/delapan-tentara-tewas-di-ukraina-timur-pasca-gencatan-senjata/2641919.html',
    '2015-02-15',
    'B',
    2,
  ),
  uapositionFeb12: source(
    'The results of peace talks in Minsk',
    'UA Position',
    'https://uaposition.com/video/the-results-of-peace-talks-in-minsk',
    '2015-02-12',
    'C',
    2,
  ),
  vlnewsFeb18: source(
    'Poroshenko announced the withdrawal of almost all troops from Debaltseve',
    'VL News',
    'http://vl-news.com/other/poroshenko-announced-the-withdrawal-of-almost-all-troops-from-debaltseve-00001453.html',
    '2015-02-18',
    'C',
    2,
  ),
  greenwatchFeb18: source(
    'Ukraine troops retreat from key town of Debaltseve',
    'Greenwatch (BBC copy)',
    'https://wp.greenwatchbd.com/ukraine-troops-retreat-from-key-town-of-debaltseve/',
    '2015-02-18',
    'C',
    2,
  ),
  xinhuaFeb18: source(
    'Ukraine withdraws government troops from contested Debaltseve',
    'Xinhua (China.org.cn)',
    'http://en.chinagate.cn/2015-02/18/content_34855050.htm',
    '2015-02-18',
    'B',
    2,
  ),
  yahooFeb18: source(
    'Ukrainian Troops Withdraw From Debaltseve',
    'Yahoo News (RFE/RL video)',
    'https://uk.news.yahoo.com/video/ukrainian-troops-withdraw-debaltseve-180431110.html',
    '2015-02-18',
    'B',
    2,
  ),
  rtCopyFeb22: source(
    'Kiev, rebels start arms pullback in E. Ukraine',
    'Russia in Blogs (RT copy)',
    'https://russiainblogs.blogspot.com/2015/02/kiev-rebels-start-arms-pullback-in-e.html',
    '2015-02-22',
    'C',
    2,
  ),
  presstvMar3: source(
    'OSCE confirms pullback of heavy weapons by pro-Russians in Ukraine',
    'GlobalSecurity.org (Press TV)',
    'https://www.globalsecurity.org/wmd/library/news/ukraine/2015/ukraine-150303-presstv04.htm',
    '2015-03-03',
    'C',
    2,
  ),
  unianJun3: source(
    'Battle rages for Marinka, 25 Ukrainian soldiers reported wounded',
    'UNIAN',
    'https://www.unian.info/war/1084840-battle-rages-for-marinka-25-ukrainian-soldiers-reported-wounded.html',
    '2015-06-03',
    'B',
    2,
  ),
  interpreterJun3: source(
    'Ukraine Live Day 471: Russian-Backed Forces Launch Major Assault Near Donetsk',
    'The Interpreter',
    'https://www.interpretermag.com/ukraine-live-day-471-russian-backed-forces-launch-major-assaults-north-and-south-west-of-donetsk/',
    '2015-06-03',
    'C',
    2,
  ),
  vchaspikJun6: source(
    'Near Marinka 12 militants captured, among them citizens of the Russian Federation',
    'Vchaspik',
    'https://www.vchaspik.ua/region/324021pod-marinkoy-v-plen-popali-12-boevikov-sredi-kotoryh-est-grazhdane-rf',
    '2015-06-06',
    'C',
    3,
  ),
  euobserverAug27: source(
    'Ukraine and pro-Russia forces promise to stop fighting',
    'EUobserver (Parlementaire Monitor)',
    'https://www.parlementairemonitor.nl/9353000/1/j9vvij5epmj1ey0/vjwtcgiazdrh?ctx=vgaxlcr1jzm0&tab=1&start_tab0=665',
    '2015-08-27',
    'B',
    2,
  ),
  osceSep2: source(
    'Latest from OSCE Special Monitoring Mission (SMM) to Ukraine based on information received as of 1 September 2015',
    'OSCE (newsletter archive)',
    'https://us6.campaign-archive.com/?u=b11aceda364f8f9afa6cadbbb&id=9da12086c3&e=7f74fe5629',
    '2015-09-02',
    'B',
    1,
  ),
  sputnikSep3: source(
    'Rentrée scolaire dans le Donbass sans violation du cessez-le-feu',
    'Sputnik France',
    'https://fr.sputniknews.africa/20150903/1017956321.html',
    '2015-09-03',
    'C',
    2,
  ),
  criSep10: source(
    'Liderii formatului Normandia, conferinţă telefonică',
    'China Radio International (Romanian)',
    'https://romanian.cri.cn/341/2015/09/10/1s163129.htm',
    '2015-09-10',
    'C',
    2,
  ),
  ukrradioSep29: source(
    'Contact Group initials agreement on withdrawal of weapons under 100 mm',
    'Ukrainian Radio (German service)',
    'https://ukr.radio/ur3/news.html?newsID=8246',
    '2015-09-29',
    'B',
    1,
  ),
  tassOct2: source(
    'Putin heads to Paris for Normandy Four summit on Ukraine crisis',
    'TASS',
    'http://tass.com/politics/825491',
    '2015-10-02',
    'B',
    2,
  ),
  palestinetodayOct2: source(
    'Peace process in Ukraine impossible to complete this year (AFP)',
    'Palestine Today (AFP)',
    'https://palestinetoday.net/amp/1138/استحالة-تطبيق-عملية-السلام-في-اوكرانيا-هذا-العام',
    '2015-10-02',
    'C',
    2,
  ),
};

const R = {
  minsk1: 'tcg-minsk-2014-09-01',
  minsk5: 'tcg-minsk-2014-09-05',
  minsk19: 'tcg-minsk-2014-09-19',
  minsk2: 'normandy-minsk-2015-02-11',
  tcgAug: 'tcg-minsk-2015-08-26',
  paris: 'normandy-paris-2015-10-02',
};
const C = {
  protocol: 'minsk-protocol-ceasefire-2014-09-05',
  minsk2: 'minsk-ii-ceasefire-2015-02-15',
};
const A = {
  protocol: 'minsk-protocol-2014-09-05',
  memorandum: 'minsk-memorandum-2014-09-19',
  package: 'minsk-package-of-measures-2015-02-12',
  under100: 'withdrawal-under-100mm-2015-09-29',
};
const O = {
  minsk5: 'minsk-protocol-signing-2014-09-05',
  mariupol: 'mariupol-rockets-2015-01-24',
  minsk2: 'minsk-ii-signing-2015-02-12',
  marinka: 'marinka-2015-06-03',
};

const events = [
  // ===== July – August 2014: the border, MH17, Russian columns at Novoazovsk and Ilovaisk =====
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '2014-07-13', recordedAt: at14('07-13', '12:00') },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Ukraine – Russia: the war in Donbas and the Minsk agreements, 2014–2015',
      subject:
        "The war in Donbas, Russia's support for the 'DPR' and 'LPR' and its forces in Ukraine, and its settlement in the Trilateral Contact Group (Minsk) and the Normandy format",
      parties: [UKRAINE, RUSSIA],
      mediators: [OSCE],
    },
    [S.ukrweekJul13],
    { note: 'The Trilateral Contact Group (Ukraine, Russia, the OSCE) met from June 2014.' },
  ),
  ev(
    'ActorRegistered',
    'actor-dpr',
    { occurredAt: '2014-07-13', recordedAt: at14('07-13', '12:05') },
    { actor: DPR, role: 'third-party' },
    [S.ukrweekJul13],
    { note: "Acts with Russia's support; its own acts are a third party's." },
  ),
  ev(
    'ActorRegistered',
    'actor-lpr',
    { occurredAt: '2014-07-13', recordedAt: at14('07-13', '12:10') },
    { actor: LPR, role: 'third-party' },
    [S.ukrweekJul13],
  ),
  ev(
    'IncidentReported',
    'inc-russia-grouping-luhansk',
    { occurredAt: '2014-07-13', recordedAt: at14('07-13', '12:15') },
    {
      incidentId: 'russia-grouping-2014-07-13',
      kind: 'force-posture',
      perpetrator: 'russia',
      allegedBy: 'ukraine',
      against: 'ukraine',
      place: 'Russia–Ukraine border, Luhansk Oblast',
      description:
        "Ukraine's NSDC (Lysenko) reports a grouping of Russian military near the border in Luhansk Oblast, and a convoy of armoured vehicles under Russian flags breaking through the border.",
    },
    [S.ukrweekJul13],
    { note: "Ukraine's claim: graded 3." },
  ),
  ev(
    'ActorRegistered',
    'actor-malaysia',
    { occurredAt: '2014-07-17', recordedAt: at14('07-17', '20:00') },
    { actor: MALAYSIA, role: 'third-party' },
    [S.huffJul17],
  ),
  ev(
    'IncidentReported',
    'inc-mh17',
    { occurredAt: '2014-07-17', recordedAt: at14('07-17', '20:05') },
    {
      incidentId: 'mh17-2014-07-17',
      kind: 'missile-strike',
      perpetrator: 'dpr',
      allegedBy: 'ukraine',
      against: 'ukraine',
      harmed: 'malaysia',
      target: 'Malaysia Airlines flight MH17 (Amsterdam – Kuala Lumpur)',
      place: 'Hrabove, Donetsk Oblast',
      fatalities: { min: 298, max: 298 },
      civilianFatalities: { min: 298, max: 298 },
      description:
        'MH17 is shot down by a ground-to-air missile over separatist-held territory; all 298 on board are killed. A separatist leader had boasted of downing a Ukrainian military transport plane at the time; Ukraine blames the separatists, the rebels blame Kyiv.',
    },
    [S.huffJul17, S.huffJul17b],
  ),
  ev(
    'IncidentReported',
    'inc-russia-novoazovsk',
    { occurredAt: '2014-08-27', recordedAt: at14('08-28', '18:00') },
    {
      incidentId: 'russia-novoazovsk-2014-08-27',
      kind: 'clash',
      perpetrator: 'russia',
      allegedBy: 'ukraine',
      against: 'ukraine',
      place: 'Novoazovsk, Donetsk Oblast',
      description:
        "Ukraine's NSDC says Novoazovsk has fallen to Russian troops; a NATO officer says more than 1,000 Russian troops are operating inside Ukraine, supporting the separatists and fighting with them. Moscow denies it.",
    },
    [S.rferlAug28],
  ),
  ev(
    'StatementMade',
    'stmt-ukraine-invasion',
    { occurredAt: '2014-08-28', recordedAt: at14('08-28', '18:05') },
    {
      speaker: PROKOPCHUK,
      audience: 'russia',
      tone: 'accusation',
      summary:
        'At the OSCE in Vienna, Ukraine\'s envoy accuses Russia of a "direct invasion"; Poroshenko convenes the NSDC and accuses Moscow of sending troops into Ukraine.',
    },
    [S.rferlAug28],
  ),
  ev(
    'IncidentReported',
    'inc-russia-ilovaisk',
    { occurredAt: '2014-08-29', recordedAt: at14('09-01', '10:00') },
    {
      incidentId: 'russia-ilovaisk-2014-08-29',
      kind: 'shelling',
      perpetrator: 'russia',
      allegedBy: 'ukraine',
      against: 'ukraine',
      place: 'Ilovaisk, Donetsk Oblast',
      fatalities: { min: 366, max: 366 },
      description:
        "Russian units that crossed the border on 23–24 August encircle Ukrainian forces at Ilovaisk and fire on their columns leaving by the agreed 'green corridor'; the army counts 366 soldiers killed, 429 wounded and 300 captured in the battle.",
    },
    [S.rferlAug28, S.ilovaiskWar],
    { note: 'The toll is the battle of 6–29 August, recorded on the day of the corridor.' },
  ),
  // ===== September 2014: Minsk Protocol and Memorandum =====
  ev(
    'TalksRoundOpened',
    'round-minsk1-opened',
    { occurredAt: '2014-09-01', recordedAt: at14('09-05', '16:00') },
    {
      roundId: R.minsk1,
      label: 'Trilateral Contact Group, Minsk (1 September)',
      venue: 'Minsk',
      format: 'formal',
      hosts: ['osce'],
      delegations: [
        { actorId: 'ukraine', head: KUCHMA },
        { actorId: 'russia', head: ZURABOV },
      ],
    },
    [S.kyivpostSep5],
  ),
  ev(
    'TalksRoundConcluded',
    'round-minsk1-concluded',
    { occurredAt: '2014-09-01', recordedAt: at14('09-05', '16:05') },
    { roundId: R.minsk1, outcome: 'no-progress', summary: 'The first round yields no results.' },
    [S.kyivpostSep5],
  ),
  ev(
    'TalksRoundOpened',
    'round-minsk5-opened',
    { occurredAt: '2014-09-05', recordedAt: at14('09-05', '16:10') },
    {
      roundId: R.minsk5,
      label: 'Trilateral Contact Group, Minsk (5 September)',
      venue: 'Minsk',
      format: 'formal',
      hosts: ['osce'],
      delegations: [
        { actorId: 'ukraine', head: KUCHMA },
        { actorId: 'russia', head: ZURABOV },
        { actorId: 'dpr', head: ZAKHARCHENKO },
      ],
    },
    [S.kyivpostSep5, S.rtCopySep5],
    { occurrence: O.minsk5 },
  ),
  ev(
    'AgreementReached',
    'agr-protocol',
    { occurredAt: '2014-09-05', recordedAt: at14('09-05', '16:15') },
    {
      agreementId: A.protocol,
      kind: 'framework',
      provisions: [
        'A bilateral ceasefire from 18:00 Kyiv time, monitored by the OSCE',
        'Release of captives; humanitarian aid',
        'Withdrawal of illegal armed groups, military equipment and mercenaries',
        'Decentralisation in the Donetsk and Luhansk regions',
      ],
      signatories: ['ukraine', 'russia', 'dpr', 'lpr'],
      textPublic: true,
      roundId: R.minsk5,
    },
    [S.kyivpostSep5, S.rtCopySep5],
    {
      occurrence: O.minsk5,
      note: 'Twelve points; signed by Kuchma, Zurabov, Tagliavini, Zakharchenko and Plotnitsky.',
    },
  ),
  ev(
    'CeasefireDeclared',
    'cf-protocol',
    { occurredAt: '2014-09-05T15:00:00Z', recordedAt: at14('09-05', '16:20') },
    {
      ceasefireId: C.protocol,
      parties: ['ukraine', 'russia', 'dpr', 'lpr'],
      scope:
        'A bilateral ceasefire across Donbas from 18:00 Kyiv time, 5 September; Poroshenko orders his forces to cease fire',
      duration: 'indefinite',
      mediatedBy: ['osce'],
    },
    [S.kyivpostSep5, S.rtCopySep5],
    { occurrence: O.minsk5 },
  ),
  ev(
    'TalksRoundConcluded',
    'round-minsk5-concluded',
    { occurredAt: '2014-09-05T15:00:00Z', recordedAt: at14('09-05', '16:25') },
    {
      roundId: R.minsk5,
      outcome: 'agreement',
      summary: 'The Minsk Protocol signed; Russia welcomes it (Peskov).',
    },
    [S.kyivpostSep5],
    { occurrence: O.minsk5 },
  ),
  // ===== Autumn 2014: Donetsk airport, the separatists' elections =====
  ev(
    'IncidentReported',
    'inc-dpr-airport-sep',
    { occurredAt: '2014-09-29', recordedAt: at14('10-05', '10:00') },
    {
      incidentId: 'dpr-airport-2014-09-29',
      kind: 'shelling',
      perpetrator: 'dpr',
      allegedBy: 'ukraine',
      against: 'ukraine',
      blamedOn: 'russia',
      place: 'Donetsk airport',
      fatalities: { min: 16, max: 16 },
      description:
        'Despite the Minsk ceasefire, the separatists attack Donetsk airport, the last part of the city Ukraine holds (from 28 September); an armoured vehicle of the 79th brigade is hit, 16 soldiers killed. Kyiv says the separatists are aided by heavy weapons from Russia.',
    },
    [S.wikiAirport, S.milreviewAirport],
  ),
  ev(
    'CeasefireViolationReported',
    'viol-airport-sep',
    { occurredAt: '2014-09-29', recordedAt: at14('10-05', '10:05') },
    {
      ceasefireId: C.protocol,
      allegedBy: 'ukraine',
      against: 'dpr',
      casualties: { min: 16, max: 16 },
      description: 'The attack on Donetsk airport, in breach of the Minsk ceasefire.',
    },
    [S.wikiAirport],
  ),
  ev(
    'StatementMade',
    'stmt-poroshenko-elections',
    { occurredAt: '2014-11-03', recordedAt: at14('11-04', '12:00') },
    {
      speaker: POROSHENKO,
      audience: 'russia',
      tone: 'accusation',
      summary:
        'Denounces the separatists\' elections of 2 November as an "electoral farce" violating the Minsk Protocol, says Putin\'s government encouraged them, and threatens to scrap the law on special status for the rebel-held areas.',
    },
    [S.independentNov4, S.wikiElections],
  ),
  ev(
    'StatementMade',
    'stmt-russia-elections',
    { occurredAt: '2014-11-03', recordedAt: at14('11-04', '12:05') },
    {
      speaker: { name: 'Sergey Lavrov', title: 'Foreign Minister of Russia', actorId: 'russia' },
      audience: 'ukraine',
      tone: 'neutral',
      summary:
        'Russia indicates it respects the results of the elections, an important step "to legitimize" the DPR and LPR authorities.',
    },
    [S.wikiElections],
  ),
  // ===== January 2015: the fall of the airport, Mariupol, the collapse of the Protocol ceasefire =====
  ev(
    'IncidentReported',
    'inc-dpr-airport-jan',
    { occurredAt: '2015-01-21', recordedAt: at15('01-22', '12:00') },
    {
      incidentId: 'dpr-airport-2015-01-21',
      kind: 'clash',
      perpetrator: 'dpr',
      allegedBy: 'ukraine',
      against: 'ukraine',
      blamedOn: 'russia',
      place: 'Donetsk airport',
      fatalities: { min: 6, max: 10 },
      description:
        "After weeks of the fiercest fighting, the last Ukrainian defenders leave the destroyed terminals; Ukraine's ATO headquarters counts 10 servicemen killed in a day, 6 at the airport, 16 wounded and captured. Kyiv calls the attackers 'Russian-terrorist forces'.",
    },
    [S.lifeinuaJan22, S.kyivpostAirport],
  ),
  ev(
    'StatementMade',
    'stmt-zakharchenko-offensive',
    { occurredAt: '2015-01-23', recordedAt: at15('01-24', '18:00') },
    {
      speaker: ZAKHARCHENKO,
      audience: 'ukraine',
      tone: 'military-threat',
      summary:
        'Says the separatists do not intend to negotiate a ceasefire, and on the 24th announces an offensive on Mariupol.',
    },
    [S.azatutyunJan24],
  ),
  ev(
    'CeasefireEnded',
    'cf-protocol-ended',
    { occurredAt: '2015-01-23', recordedAt: at15('01-24', '18:05') },
    {
      ceasefireId: C.protocol,
      reason: 'collapsed',
      summary:
        "The separatists' January offensive and their refusal to negotiate a ceasefire: the Minsk Protocol's ceasefire has collapsed.",
    },
    [S.azatutyunJan24],
  ),
  ev(
    'IncidentReported',
    'inc-dpr-mariupol',
    { occurredAt: '2015-01-24', recordedAt: at15('01-24', '18:10') },
    {
      incidentId: 'dpr-mariupol-2015-01-24',
      kind: 'shelling',
      perpetrator: 'dpr',
      allegedBy: 'ukraine',
      against: 'ukraine',
      blamedOn: 'russia',
      place: 'Mariupol, Donetsk Oblast',
      fatalities: { min: 30, max: 31 },
      civilianFatalities: { min: 30, max: 30 },
      injured: { min: 97, max: 128 },
      description:
        "Grad rockets hit a market and apartment blocks in Mariupol's eastern district; the OSCE says they came from separatist-held areas. Kyiv blames the rebels and Russia.",
    },
    [S.azatutyunJan24, S.rferlJan24],
    { occurrence: O.mariupol },
  ),
  ev(
    'StatementMade',
    'stmt-poroshenko-mariupol',
    { occurredAt: '2015-01-24', recordedAt: at15('01-24', '18:15') },
    {
      speaker: POROSHENKO,
      audience: 'russia',
      tone: 'accusation',
      summary: 'Calls the rocket attack on Mariupol a "crime against humanity".',
    },
    [S.azatutyunJan24],
  ),
  ev(
    'IncidentReported',
    'inc-russia-mariupol',
    { occurredAt: '2015-01-24', recordedAt: at15('01-26', '12:00') },
    {
      incidentId: 'russia-mariupol-2015-01-24',
      kind: 'shelling',
      perpetrator: 'russia',
      allegedBy: 'ukraine',
      against: 'ukraine',
      place: 'Mariupol, Donetsk Oblast',
      fatalities: { min: 30, max: 31 },
      civilianFatalities: { min: 30, max: 30 },
      description:
        'Ukrainian officials say the Russian military was responsible with the rebels; Ukrainian intelligence says the attack was ordered by Russian commanders. Russia denies it.',
    },
    [S.wikiMariupol],
    { occurrence: O.mariupol, note: "Ukraine's claim: graded 3." },
  ),
  // ===== February 2015: the Normandy plan, Minsk II, Debaltseve =====
  ev(
    'ActorRegistered',
    'actor-germany',
    { occurredAt: '2015-02-07', recordedAt: at15('02-12', '09:00') },
    { actor: GERMANY, role: 'mediator' },
    [S.wikiMinsk2],
  ),
  ev(
    'ActorRegistered',
    'actor-france',
    { occurredAt: '2015-02-07', recordedAt: at15('02-12', '09:05') },
    { actor: FRANCE, role: 'mediator' },
    [S.wikiMinsk2],
  ),
  ev(
    'MediationAction',
    'med-franco-german-plan',
    { occurredAt: '2015-02-07', recordedAt: at15('02-12', '09:10') },
    {
      mediator: 'germany',
      action: 'proposed',
      summary:
        'Merkel and Hollande put forward a peace plan, drawn up after talks with Poroshenko and Putin, to revive the Minsk Protocol ("the last chance", Hollande).',
    },
    [S.wikiMinsk2],
  ),
  ev(
    'TalksRoundOpened',
    'round-minsk2-opened',
    { occurredAt: '2015-02-11', recordedAt: at15('02-12', '12:00') },
    {
      roundId: R.minsk2,
      label: 'Normandy summit and Contact Group, Minsk',
      venue: 'Minsk',
      format: 'formal',
      hosts: ['germany', 'france', 'osce'],
      delegations: [
        { actorId: 'ukraine', head: POROSHENKO },
        { actorId: 'russia', head: PUTIN },
      ],
    },
    [S.uapositionFeb12, S.wikiMinsk2],
  ),
  ev(
    'AgreementReached',
    'agr-package',
    { occurredAt: '2015-02-12', recordedAt: at15('02-12', '12:05') },
    {
      agreementId: A.package,
      kind: 'comprehensive',
      provisions: [
        'A ceasefire from 00:00 Kyiv time on 15 February',
        'Withdrawal of heavy weapons (50–140 km buffer zones), monitored by the OSCE',
        'Release of hostages all for all; amnesty',
        'Withdrawal of foreign armed formations and equipment',
        'Local elections and constitutional reform with special status by the end of 2015',
        'Ukrainian control of the border with Russia',
      ],
      signatories: ['ukraine', 'russia', 'dpr', 'lpr'],
      textPublic: true,
      roundId: R.minsk2,
    },
    [S.uapositionFeb12, S.wikiMinsk2],
    { occurrence: O.minsk2, note: 'The "package of measures"; endorsed by a declaration of the four leaders.' },
  ),
  ev(
    'TalksRoundConcluded',
    'round-minsk2-concluded',
    { occurredAt: '2015-02-12', recordedAt: at15('02-12', '12:10') },
    {
      roundId: R.minsk2,
      outcome: 'agreement',
      summary:
        'After some 16 hours, the package of measures signed by the Contact Group and endorsed by the four leaders.',
    },
    [S.uapositionFeb12],
    { occurrence: O.minsk2 },
  ),
  ev(
    'CeasefireDeclared',
    'cf-minsk2',
    { occurredAt: '2015-02-14T22:00:00Z', recordedAt: at15('02-15', '12:05') },
    {
      ceasefireId: C.minsk2,
      parties: ['ukraine', 'russia', 'dpr', 'lpr'],
      scope:
        'A comprehensive ceasefire in the Donetsk and Luhansk regions from 00:00 Kyiv time on 15 February, monitored by the OSCE',
      duration: 'indefinite',
      mediatedBy: ['osce', 'germany', 'france'],
    },
    [S.tassFeb15, S.uapositionFeb12],
  ),
  ev(
    'AgreementReached',
    'agr-memorandum',
    { occurredAt: '2014-09-19', recordedAt: at15('02-15', '12:10') },
    {
      agreementId: A.memorandum,
      kind: 'partial',
      provisions: [
        'A demilitarised buffer zone along the line of contact',
        'Withdrawal of heavy weapons from the line',
        'OSCE monitoring of the ceasefire',
      ],
      signatories: ['ukraine', 'russia', 'dpr', 'lpr'],
      textPublic: true,
    },
    [S.tagesschau, S.tassFeb15],
    { note: 'Recorded late, from the accounts of February 2015; one source dates it the 20th.' },
  ),
  ev(
    'IncidentReported',
    'inc-dpr-debaltseve',
    { occurredAt: '2015-02-16', recordedAt: at15('02-18', '12:00') },
    {
      incidentId: 'dpr-debaltseve-2015-02-16',
      kind: 'clash',
      perpetrator: 'dpr',
      allegedBy: 'ukraine',
      against: 'ukraine',
      place: 'Debaltseve, Donetsk Oblast',
      description:
        'The separatists press their assault on Debaltseve despite the ceasefire in force since the 15th; they say the town was theirs when the deal was signed. Ukrainian soldiers are killed in the fighting around it.',
    },
    [S.voaFeb15, S.xinhuaFeb18, S.greenwatchFeb18],
  ),
  ev(
    'CeasefireViolationReported',
    'viol-debaltseve',
    { occurredAt: '2015-02-16', recordedAt: at15('02-18', '12:05') },
    {
      ceasefireId: C.minsk2,
      allegedBy: 'ukraine',
      against: 'dpr',
      casualties: { min: 8, max: 8 },
      description:
        'Eight soldiers killed in the first days after the ceasefire, the fighting heaviest around Debaltseve.',
    },
    [S.voaFeb15],
  ),
  ev(
    'StatementMade',
    'stmt-putin-surrender',
    { occurredAt: '2015-02-17', recordedAt: at15('02-18', '12:10') },
    {
      speaker: PUTIN,
      audience: 'ukraine',
      tone: 'warning',
      summary: 'Urges the Ukrainian troops at Debaltseve to lay down their arms and surrender.',
    },
    [S.greenwatchFeb18, S.vlnewsFeb18],
  ),
  ev(
    'StatementMade',
    'stmt-poroshenko-debaltseve',
    { occurredAt: '2015-02-18', recordedAt: at15('02-18', '12:15') },
    {
      speaker: POROSHENKO,
      audience: 'russia',
      tone: 'accusation',
      summary:
        'Announces the planned withdrawal of 80% of the troops from Debaltseve and condemns the rebels and the Russian government for failing to put the Minsk terms into effect; Russia had demanded the soldiers raise the white flag.',
      blames: { incidentId: 'dpr-debaltseve-2015-02-16', on: 'russia' },
    },
    [S.yahooFeb18, S.xinhuaFeb18, S.vlnewsFeb18],
  ),
  ev(
    'MediationAction',
    'med-osce-weapons',
    { occurredAt: '2015-02-21', recordedAt: at15('02-22', '12:00') },
    {
      mediator: 'osce',
      action: 'proposed',
      summary:
        'The sides sign the plan for withdrawing heavy weapons all along the front line, from 24 February, to be completed by 7 March; the OSCE to receive the inventories.',
    },
    [S.rtCopyFeb22],
  ),
  ev(
    'StatementMade',
    'stmt-osce-pullback',
    { occurredAt: '2015-03-02', recordedAt: at15('03-03', '12:00') },
    {
      speaker: SMM,
      audience: 'ukraine',
      tone: 'neutral',
      summary:
        'The SMM reports it followed DPR and LPR convoys withdrawing heavy weapons from the line (from 28 February); ceasefire violations have halved.',
    },
    [S.presstvMar3],
  ),
  // ===== June 2015: Marinka =====
  ev(
    'IncidentReported',
    'inc-dpr-marinka',
    { occurredAt: '2015-06-03', recordedAt: at15('06-03', '18:00') },
    {
      incidentId: 'dpr-marinka-2015-06-03',
      kind: 'clash',
      perpetrator: 'dpr',
      allegedBy: 'ukraine',
      against: 'ukraine',
      blamedOn: 'russia',
      place: 'Marinka, Donetsk Oblast',
      fatalities: { min: 4, max: 5 },
      injured: { min: 25, max: 39 },
      description:
        "Russian-backed forces attack Marinka and Krasnohorivka at dawn with Grad rockets and tanks, weapons the Minsk package withdrew; one of the most serious outbreaks since 15 February. The Kremlin blames Ukraine's forces.",
    },
    [S.unianJun3, S.interpreterJun3],
    { occurrence: O.marinka },
  ),
  ev(
    'CeasefireViolationReported',
    'viol-marinka',
    { occurredAt: '2015-06-03', recordedAt: at15('06-03', '18:05') },
    {
      ceasefireId: C.minsk2,
      allegedBy: 'ukraine',
      against: 'dpr',
      casualties: { min: 4, max: 5 },
      description: 'The assault on Marinka, with weapons due to have been withdrawn under the package of measures.',
    },
    [S.unianJun3],
    { occurrence: O.marinka },
  ),
  ev(
    'IncidentReported',
    'inc-russia-marinka',
    { occurredAt: '2015-06-03', recordedAt: at15('06-06', '12:00') },
    {
      incidentId: 'russia-marinka-2015-06-03',
      kind: 'clash',
      perpetrator: 'russia',
      allegedBy: 'ukraine',
      against: 'ukraine',
      place: 'Marinka, Donetsk Oblast',
      description:
        "Ukraine's defence minister speaks of stopping the offensive of the militants and the Russian military at Marinka; 12 captured, Russian citizens among them, checked for service in Russia's regular forces.",
    },
    [S.vchaspikJun6],
    { occurrence: O.marinka, note: "Ukraine's claim: graded 3." },
  ),
  // ===== August – October 2015: the school ceasefire and the quieter autumn =====
  ev(
    'TalksRoundOpened',
    'round-tcg-aug-opened',
    { occurredAt: '2015-08-26', recordedAt: at15('08-27', '10:00') },
    {
      roundId: R.tcgAug,
      label: 'Trilateral Contact Group, Minsk (26 August)',
      venue: 'Minsk',
      format: 'formal',
      hosts: ['osce'],
      delegations: [{ actorId: 'ukraine', head: KUCHMA }, { actorId: 'russia' }],
    },
    [S.euobserverAug27],
  ),
  ev(
    'TalksRoundConcluded',
    'round-tcg-aug-concluded',
    { occurredAt: '2015-08-26', recordedAt: at15('08-27', '10:05') },
    {
      roundId: R.tcgAug,
      outcome: 'agreement',
      summary:
        'Agreed that from 1 September the sides will stop violating the February ceasefire, a day after the OSCE observed an increase in violations.',
    },
    [S.euobserverAug27],
  ),
  ev(
    'CeasefireExtended',
    'cf-minsk2-school',
    { occurredAt: '2015-08-26', recordedAt: at15('08-27', '10:10') },
    {
      ceasefireId: C.minsk2,
      duration: 'indefinite',
      terms:
        "Full observance of the February ceasefire from 1 September, the start of the school year (the 'school ceasefire').",
    },
    [S.euobserverAug27],
  ),
  ev(
    'StatementMade',
    'stmt-osce-school',
    { occurredAt: '2015-09-01', recordedAt: at15('09-03', '12:00') },
    {
      speaker: SMM,
      audience: 'ukraine',
      tone: 'neutral',
      summary:
        'Few ceasefire violations, exclusively at or around Donetsk airport; none elsewhere in Donetsk or Luhansk regions; a peaceful start of the school year.',
    },
    [S.osceSep2, S.sputnikSep3],
  ),
  ev(
    'MediationAction',
    'med-normandy-call',
    { occurredAt: '2015-09-09', recordedAt: at15('09-10', '10:00') },
    {
      mediator: 'france',
      action: 'proposed',
      summary:
        'In a call of the four leaders, satisfied that the 1 September ceasefire is respected, Hollande and Merkel press for an agreement on withdrawing weapons under 100 mm and announce a summit in Paris in October.',
    },
    [S.criSep10],
  ),
  ev(
    'AgreementReached',
    'agr-under100',
    { occurredAt: '2015-09-29', recordedAt: at15('09-29', '18:00') },
    {
      agreementId: A.under100,
      kind: 'partial',
      provisions: ['Withdrawal of tanks and of artillery under 100 mm calibre from the line of contact'],
      signatories: ['ukraine', 'russia', 'dpr', 'lpr'],
      textPublic: true,
      status: 'initialled',
    },
    [S.ukrradioSep29],
  ),
  ev(
    'TalksRoundOpened',
    'round-paris-opened',
    { occurredAt: '2015-10-02', recordedAt: at15('10-02', '20:00') },
    {
      roundId: R.paris,
      label: 'Normandy summit, Paris',
      venue: 'Élysée Palace, Paris',
      format: 'formal',
      hosts: ['france'],
      delegations: [
        { actorId: 'ukraine', head: POROSHENKO },
        { actorId: 'russia', head: PUTIN },
      ],
    },
    [S.tassOct2],
  ),
  ev(
    'TalksRoundConcluded',
    'round-paris-concluded',
    { occurredAt: '2015-10-02', recordedAt: at15('10-02', '20:05') },
    {
      roundId: R.paris,
      outcome: 'progress',
      summary:
        'The leaders conclude the Minsk process cannot be completed this year: the local elections under Minsk II will be held after 2015.',
    },
    [S.palestinetodayOct2],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'ukraine-russia-2014.jsonl',
  logEnd: '2015-10-20T00:00:00Z',
  events,
};

export default definition;
