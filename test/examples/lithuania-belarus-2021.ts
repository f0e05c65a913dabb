/**
 * A test fixture, not a shipped example: Lithuania and Belarus from May 2021 to
 * December 2025, as an analyst following the news could have recorded it —
 * Lukashenko's warning to the EU after the sanctions over the Ryanair diversion
 * that Belarus had stopped holding back migrants ("now you will catch them
 * yourselves", 26 May 2021) and the suspension of the readmission agreement
 * (28 June); the surge of crossings into Lithuania and its state of emergency
 * (2 July); the fence (from 7 July) and the policy of turning migrants back
 * (from 3 August), which Lithuania called its answer to a "hybrid attack";
 * the deaths Belarus blamed on Lithuania's guards (an Iraqi at Benyakoni, 4
 * August 2021; a body at Vidzy, 27 November 2021); Belarusian guards crossing
 * the line (August and October 2021) and Lithuania's notes; the fence finished
 * (August 2022) and the pushbacks made law (April 2023); the closing of two of
 * the six crossing points (Šumskas and Tverečius, 18 August 2023) and two more
 * (Lavoriškės and Raigardas, 1 March 2024), which no source reports reopened;
 * Lithuania's case at the International Court of Justice (19 May 2025); the
 * smugglers' balloons from Belarus that Lithuania called a hybrid attack, the
 * last two crossings closed for hours (22 and 24 October 2025) and then for a
 * month (from the evening of 26 October), Belarus holding Lithuania's lorries
 * (from 31 October) and Lukashenko's threat to confiscate them (10 November),
 * the customs officials' meeting (18 November) and the reopening (20
 * November); Belarus's protest over a drone from Lithuania (1 December) and
 * Lithuania's state of emergency over the balloons (9 December). Escalation
 * model v2 was never tuned on it: it is the case the model is held to in
 * lithuania-belarus-2021.spec.ts, against the calls an analyst makes from
 * DOMAIN.md §5b alone.
 *
 * What it tests that the other cases did not: a dispute with no armed force at
 * all, fought with migrants, fences, notes and crossing points; blame for
 * migrant flows ("hybrid attack", "hybrid aggression") that is not an attack in
 * the catalogue's sense; closures of some crossings only, by one side against
 * the other, that last for years and are never lifted in the record; a full
 * closure for a month that is lifted; and whether anything between the two
 * ever reads strained or cooperative.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source.
 *
 * Grading as in examples/README.md: B = established outlet, wire copy or a
 * party's own official page; C = smaller outlet, aggregator or mirror of a
 * wire story; 1 = an on-record statement or act confirmed by the actor itself;
 * 2 = several outlets agree or one established outlet reports it; 3 = one
 * side's unverified claim about the other. Pages without a printed date are
 * dated from their own account (Bob FM's copy: "a week after Vilnius declared
 * a state of emergency").
 *
 * Judgement calls, recorded as an analyst would:
 * - The pair is Lithuania and Belarus. The EU (its sanctions, its interior
 *   ministers' statement), NATO's team, Poland, Latvia, Russia (Lavrov) and
 *   Iraq are third parties; only those the record cites are registered. The
 *   migrants are not a party. There are no talks between the two before the
 *   customs officials' meeting of 18 November 2025: no negotiation was
 *   opened, so the log opens on the first development it covers.
 * - Blame for the migrant flows. Lithuania, the EU and NATO call the crossings
 *   organised by Minsk a "hybrid attack", "hybrid aggression" or "hybrid
 *   operation". No source reports an attack in the catalogue's sense (force by
 *   anyone on Lithuania): the flows are recorded as what was said, Lithuania's
 *   accusations (StatementMade, tone `accusation`), never as an incident. The
 *   same for the balloons of 2025: smugglers' balloons carrying cigarettes,
 *   which Lithuania called a hybrid attack and blamed on the regime for not
 *   stopping them — its accusations, not an incident.
 * - The deaths Belarus blamed on Lithuania. Belarus's border committee and
 *   Lukashenko's channel said an Iraqi "returning from Lithuania" died at
 *   Benyakoni on 4 August 2021 ("this shocking murder"), and that Lithuanian
 *   forces dumped a beaten migrant's body at Vidzy on 27 November 2021;
 *   Lithuania denied both ("Brothers Grimm's tales"; "we do not have such
 *   information"). Each is recorded as Belarus alleged it: `lethal-force` by
 *   Lithuania, alleged by Belarus, one dead (0–1: Lithuania denies anything
 *   happened), graded 3. The victims were not Belarus's nationals; `against`
 *   is Belarus because the bodies were left on its side, as Belarus alleged.
 *   No death in September 2021 blamed on Lithuania was found in the sources
 *   searched.
 * - The pushbacks from 3 August 2021 and the fence are measures against
 *   migrants crossing outside the crossing points, which stayed open: not a
 *   border closed against Belarus. They are recorded as Lithuania's statements
 *   of policy. Belarus's claim that Lithuania used force on the migrants it
 *   turned back (3 August) is Belarus's accusation.
 * - The closures. Each decision that closed crossing points to traffic from
 *   Belarus is a `border-closure` by Lithuania `against` Belarus, one place
 *   per closure as the sources name it: "Šumskas and Tverečius crossing
 *   points" (from 18 August 2023), "Lavoriškės and Raigardas crossing points"
 *   (from 1 March 2024), "Medininkai and Šalčininkai crossing points" (the
 *   last two, October 2025). No source found reports the first four reopened
 *   by the end of 2025 (the reports of 2025 speak of "the last two" crossings
 *   and of four of six closed since 2023), so they stand to the record's end.
 *   The closures of 22 October (02:30–09:00) and 24–25 October (21:30 to
 *   noon) are each recorded with their reopening; the closure from the
 *   evening of 26 October was kept by the government's decision of 29 October
 *   (to 30 November, Šalčininkai shut, Medininkai open only to exempted
 *   travellers): one closure, extended, so the decision shares its
 *   occurrence. It ended with the reopening of 20 November.
 * - Belarus's restriction of 31 October 2025 on lorries registered in
 *   Lithuania (they may not leave by the Lithuanian border; about a thousand
 *   held on paid parking) is a measure at the border against the other party:
 *   a `border-closure` by Belarus against Lithuania, at "the Belarusian side of
 *   the border, for Lithuanian-registered lorries". The lorries were still held
 *   on 12 December (Polskie Radio); no lifting is recorded.
 * - Lukashenko's words of 10 November 2025 ("If they don't do it in the next
 *   few days, we will make a decision in accordance with our law … up to the
 *   confiscation of the vehicles") are an ultimatum: a demand (reopen the
 *   border fully), a deadline of days, a consequence. It is resolved `lapsed`
 *   on 20 November, when Lithuania reopened the crossings by its own decision
 *   after weeks of calm, without Belarus having confiscated the lorries. The
 *   demands Lukashenko tied to the lorries in December (vehicles held under
 *   sanctions, a sanatorium, the Klaipėda terminal) rest on one report that
 *   gives them through an opposition figure: left out.
 * - The customs officials' meeting of 18 November 2025 is the only meeting
 *   between the two in the record: a technical round, concluded `progress`
 *   (Lithuania decided the next day to reopen the crossings; the sources give
 *   no more of its outcome).
 * - The drone of 30 November 2025 that Belarus says flew from Lithuania and
 *   crashed in Grodno is recorded as Belarus's protest (tone `warning`:
 *   Belarus "reserves the right to take all necessary measures"): an unarmed
 *   aircraft is not armed action, and Lithuania's answer was not found.
 * - The EU's sanctions on Belarus and its interior ministers' statement, the
 *   NATO counter-hybrid team and Lavrov's words are third parties'.
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'lithuania-belarus-2021';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 2021);
const rec = (day: string, time: string): string => `${day}T${time}:00Z`;

const LITHUANIA: Actor = { id: 'lithuania', name: 'Lithuania', kind: 'state', aliases: ['Vilnius'] };
const BELARUS: Actor = {
  id: 'belarus',
  name: 'Belarus',
  kind: 'state',
  aliases: ['Minsk', 'Lukashenko regime', 'Lukashenka regime'],
};
const EU: Actor = {
  id: 'eu',
  name: 'European Union',
  kind: 'international-organisation',
  aliases: ['EU', 'Brussels', 'European Commission', 'Frontex'],
};
const RUSSIA: Actor = { id: 'russia', name: 'Russia', kind: 'state', aliases: ['Moscow', 'Kremlin'] };

const LUKASHENKO: Person = { name: 'Alexander Lukashenko', title: 'President of Belarus', actorId: 'belarus' };
const BY_BORDER: Person = { name: 'State Border Committee of Belarus', actorId: 'belarus' };
const BY_BYCHKOVSKY: Person = {
  name: 'Anton Bychkovsky',
  title: 'Spokesman of the State Border Committee of Belarus',
  actorId: 'belarus',
};
const BY_MFA: Person = { name: 'Ministry of Foreign Affairs of Belarus', actorId: 'belarus' };
const BY_GOVT: Person = { name: 'Government of Belarus', actorId: 'belarus' };
const SIMONYTE: Person = { name: 'Ingrida Šimonytė', title: 'Prime Minister of Lithuania', actorId: 'lithuania' };
const BILOTAITE: Person = { name: 'Agnė Bilotaitė', title: 'Interior Minister of Lithuania', actorId: 'lithuania' };
const LANDSBERGIS: Person = {
  name: 'Gabrielius Landsbergis',
  title: 'Foreign Minister of Lithuania',
  actorId: 'lithuania',
};
const LT_MFA: Person = { name: 'Ministry of Foreign Affairs of Lithuania', actorId: 'lithuania' };
const LT_GOVT: Person = { name: 'Government of Lithuania', actorId: 'lithuania' };
const LT_SBGS: Person = { name: 'State Border Guard Service of Lithuania (VSAT)', actorId: 'lithuania' };
const MOCKUS: Person = { name: 'Rimantas Mockus', title: 'Justice Minister of Lithuania', actorId: 'lithuania' };
const RUGINIENE: Person = { name: 'Inga Ruginienė', title: 'Prime Minister of Lithuania', actorId: 'lithuania' };
const KONDRATOVIC: Person = {
  name: 'Vladislav Kondratovič',
  title: 'Interior Minister of Lithuania',
  actorId: 'lithuania',
};
const EU_MINISTERS: Person = { name: 'EU interior ministers (joint statement)', actorId: 'eu' };
const LAVROV: Person = { name: 'Sergey Lavrov', title: 'Foreign Minister of Russia', actorId: 'russia' };

/** One place per closure, spelt one way (a reopening names the place it reopens). */
const SUMSKAS_TVERECIUS = 'Šumskas and Tverečius crossing points';
const LAVORISKES_RAIGARDAS = 'Lavoriškės and Raigardas crossing points';
const MEDININKAI_SALCININKAI = 'Medininkai and Šalčininkai crossing points';
const LORRIES = 'Belarusian side of the border, for Lithuanian-registered lorries';

const S = {
  timesMay27: source(
    'Lukashenko willing to ‘flood EU with drugs and migrants’ to stop new sanctions',
    'The Times',
    'https://www.thetimes.co.uk/article/lukashenko-willing-to-flood-eu-with-drugs-and-migrants-to-stop-new-sanctions-vtrwndw82',
    '2021-05-27',
    'B',
    1,
  ),
  theweekMay28: source(
    'Belarus dictator threatens to ‘flood EU with drugs and migrants’',
    'The Week',
    'https://theweek.com/news/world-news/europe/952979/belarus-dictator-threatens-flood-eu-with-drugs-migrants-avoid-sanctions',
    '2021-05-28',
    'B',
    2,
  ),
  todaychinaJul3: source(
    'Belarus retaliates by letting migrants flood in; Lithuania declares state of emergency',
    'Today China (AP)',
    'https://todaychina.cc/51386.html',
    '2021-07-03',
    'C',
    2,
  ),
  kttcJul3: source(
    'Lithuania declares emergency due to migration from Belarus',
    'KTTC (AP)',
    'https://kttc.com/2021/07/03/lithuania-declares-emergency-due-to-migration-from-belarus-2/',
    '2021-07-03',
    'B',
    1,
  ),
  opslensJul3: source(
    'Lithuania says illegal migrants continue to pour in from Belarus',
    'OpsLens (RFE/RL)',
    'https://opslens.com/lithuania-says-illegal-migrants-continue-to-pour-in-from-belarus/',
    '2021-07-03',
    'C',
    2,
  ),
  onenewspageJul9: source(
    'Lithuania begins building Belarus border fence to deter migrant arrivals',
    'One News Page (Euronews)',
    'https://www.onenewspage.com/n/Front+Page/1zn2qcajje/Lithuania-begins-building-Belarus-border-fence-to-deter.htm',
    '2021-07-09',
    'C',
    2,
  ),
  bobfmJul9: source(
    'Lithuania erects border fence to stop immigration from Belarus',
    'Bob FM (AFP copy)',
    'http://bobfm.co.uk/lithuania-erects-border-fence-to-stop-immigration-to-belarus',
    '2021-07-09',
    'C',
    2,
  ),
  rferlAug4: source(
    'Lukashenka orders probe into alleged death of Iraqi migrant near Lithuanian border',
    'Radio Free Europe/Radio Liberty (AFP)',
    'https://www.rferl.org/a/belarus-dead-iraqi-migrant/31393611.html',
    '2021-08-04',
    'B',
    2,
  ),
  lrtAug4: source(
    'Lithuania dismisses as provocation Belarus claim of migrant death',
    'LRT',
    'https://www.lrt.lt/en/news-in-english/19/1462645/lithuania-dismisses-as-provocation-belarus-claim-of-migrant-death',
    '2021-08-04',
    'B',
    1,
  ),
  estaAug4: source(
    'Lukashenko orders probe into death of Iraqi near Lithuanian border',
    'ESTA (AFP)',
    'https://esta.krd/en/?p=82253',
    '2021-08-04',
    'C',
    2,
  ),
  trtAug19: source(
    'Lithuania, Belarus trade accusations over migrants',
    'TRT World (Reuters)',
    'https://www.trtworld.com/article/12762019',
    '2021-08-19',
    'B',
    2,
  ),
  overtdefenseAug20: source(
    'Lithuania accuses Belarus border guards of illegal border crossing',
    'Overt Defense',
    'https://overtdefense.com/2021/08/20/lithuania-accuses-belarus-border-guards-of-illegal-border-crossing',
    '2021-08-20',
    'C',
    2,
  ),
  warsawpointAug25: source(
    'NATO sends team to Lithuania to counter hybrid threats',
    'Warsaw Point',
    'http://warsawpoint.com/news/19626-nato-sends-team-to-lithuania-to-counter-hybrid-threats.html',
    '2021-08-25',
    'C',
    1,
  ),
  urdupointSep12: source(
    'Belarus refuses to discuss migration with West until sanctions lifted - Lukashenko',
    'UrduPoint (Sputnik)',
    'https://www.urdupoint.com/en/world/belarus-refuses-to-discuss-migration-with-wes-1349214.html',
    '2021-09-12',
    'C',
    1,
  ),
  urdupointOct20: source(
    'Lithuanian Foreign Ministry summons Belarusian diplomat over border row',
    'UrduPoint (Sputnik)',
    'https://www.urdupoint.com/en/world/lithuanian-foreign-ministry-summons-belarusia-1380712.html',
    '2021-10-20',
    'C',
    1,
  ),
  baltictimesOct21: source(
    "Lithuanian formin on note to Belarus: it's hard to talk diplomatically with 'criminals'",
    'The Baltic Times (BNS)',
    'https://www.baltictimes.com/lithuanian_formin_on_note_to_belarus__it_s_hard_to_talk_diplomatically_with__criminals_/',
    '2021-10-21',
    'B',
    1,
  ),
  telesurNov9: source(
    'Lithuania declares state of emergency in border with Belarus',
    'teleSUR',
    'https://www.telesurenglish.net/news/Lithuania-Declares-State-of-Emergency-in-Border-With-Belarus-20211109-0026.html',
    '2021-11-09',
    'C',
    1,
  ),
  goaNov28: source(
    'Belarusian border guards announce that they have found a dead migrant on the border with Lithuania',
    'The Goa Spotlight (Gazeta.ru)',
    'https://thegoaspotlight.com/2021/11/28/belarusian-border-guards-announce-that-they-have-found-a-dead-migrant-on-the-border-with-lithuania/',
    '2021-11-28',
    'C',
    3,
  ),
  vrmNov28: source(
    'The SBGS reacted about the allegedly found migrant body: we do not have such information',
    'Ministry of the Interior of Lithuania',
    'https://vrm.lrv.lt/en/news/the-sbgs-reacted-about-the-allegedly-found-migrant-body-we-do-not-have-such-information',
    '2021-11-28',
    'B',
    1,
  ),
  urdupointNov29: source(
    'Dead body of migrant pushed to Belarusian side of border - Lukashenko',
    'UrduPoint (Sputnik)',
    'https://www.urdupoint.com/en/world/dead-body-of-migrant-pushed-to-belarusian-sid-1413150.html',
    '2021-11-29',
    'C',
    1,
  ),
  lastampaNov29: source(
    'Bielorussia, Lukashenko accusa la Lituania: uccide i migranti sul confine',
    'La Stampa',
    'https://www.lastampa.it/esteri/2021/11/29/news/bielorussia_lukashenko_accusa_la_lituania_uccide_i_migranti_sul_confine_-837619/',
    '2021-11-29',
    'B',
    1,
  ),
  mezhaAug31: source(
    'Lithuania has separated itself from Belarus with a border fence',
    'Mezha',
    'https://mezha.media/en/2022/08/31/lithuania-has-separated-itself-from-belarus-with-a-border-fence/',
    '2022-08-31',
    'C',
    2,
  ),
  bnnSep1: source(
    'BNN analyses: Lithuania completes 502 kilometre border barrier with Belarus',
    'Ogres Ziņas (BNN)',
    'https://ogreszinas.news/?p=8160',
    '2022-09-01',
    'C',
    1,
  ),
  reutersApr25: source(
    'Lithuania passes legislation allowing border guards to turn back migrants',
    'Eye on Islamism (Reuters)',
    'https://eyeonislamism.com/2023/04/25/lithuania-passes-legislation-allowing-border-guards-to-turn-back-migrants',
    '2023-04-25',
    'C',
    2,
  ),
  babelAug16: source(
    'Lithuania will close two border crossing points with Belarus',
    'Babel (LRT)',
    'https://babel.ua/en/news/97452-lithuania-will-close-two-border-crossing-points-with-belarus',
    '2023-08-16',
    'C',
    1,
  ),
  tassAug16: source(
    "Lithuania takes 'unfriendly step' with closure of two checkpoints on Belarusian border",
    'TASS',
    'https://tass.com/world/1661425',
    '2023-08-16',
    'B',
    1,
  ),
  delfiAug18: source(
    'Traffic queues not increasing after closure of two border crossings with Belarus',
    'Delfi (ELTA)',
    'https://delfi.lt/en/politics/traffic-queues-not-increasing-after-closure-of-two-border-crossings-with-belarus-94237721',
    '2023-08-18',
    'B',
    1,
  ),
  mfabyAug21: source(
    'Foreign Ministry comments on Lithuania closing two Belarus border crossings',
    'Ministry of Foreign Affairs of Belarus',
    'https://mfa.gov.by/en/press/news_mfa/e748c535f74728c0.html',
    '2023-08-21',
    'B',
    1,
  ),
  pravdaAug28: source(
    'Lithuania plans to close two more checkpoints on the border with Belarus',
    'European Pravda (LRT)',
    'https://www.pravda.com.ua/eng/news/2023/08/28/7417407/',
    '2023-08-28',
    'B',
    1,
  ),
  charter97Feb21: source(
    'Lithuania closes two more border crossings with Belarus',
    'Charter 97 (LRT)',
    'https://charter97.org/en/news/2024/2/21/584548/',
    '2024-02-21',
    'C',
    1,
  ),
  vrmFeb21: source(
    'The operation of the Lavoriškės and Raigardas border crossing points will be terminated from 1 March',
    'Ministry of the Interior of Lithuania',
    'https://vrm.lrv.lt/en/news/the-operation-of-the-lavoriskes-and-raigardas-border-crossing-points-will-be-terminated-from-1-march/',
    '2024-02-21',
    'B',
    1,
  ),
  txtreportMar1: source(
    'Lithuania closed two checkpoints on the border with Belarus',
    'TXT Report (LRT)',
    'https://www.txtreport.com/news/2024-03-01-lithuania-closed-two-checkpoints-on-the-border-with-belarus.ByJAa4y6p.html',
    '2024-03-01',
    'C',
    1,
  ),
  upiMay20: source(
    'Lithuania files case against Belarus in International Court of Justice',
    'UPI',
    'https://www.upi.com/Top_News/World-News/2025/05/20/lithuania-Belarus-ICJ/6481747711204/',
    '2025-05-20',
    'B',
    1,
  ),
  politicoMay20: source(
    'Lithuania takes Belarus to The Hague over migrant smuggling',
    'Politico Europe',
    'https://www.politico.eu/article/belarus-lithuania-the-hague-smuggling-migrants-borders/',
    '2025-05-20',
    'B',
    1,
  ),
  ligaOct24: source(
    'Lithuania temporarily closes border with Belarus due to weather probes',
    'LIGA.net',
    'https://news.liga.net/en/politics/news/lithuania-temporarily-closes-border-with-belarus-due-to-weather-probes',
    '2025-10-24',
    'C',
    1,
  ),
  unnOct25: source(
    'Lithuania closed its border with Belarus: the reason named',
    'UNN (LRT)',
    'https://unn.ua/en/news/lithuania-closed-its-border-with-belarus-the-reason-named',
    '2025-10-25',
    'C',
    1,
  ),
  unnOct27: source(
    'Lithuania has again closed border crossings with Belarus',
    'UNN (LRT)',
    'https://unn.ua/en/news/lithuania-has-again-closed-border-crossings-with-belarus',
    '2025-10-27',
    'C',
    1,
  ),
  tassOct27: source(
    "Belarusian Foreign Ministry hands protest note to Lithuanian charge d'affaires over border closure",
    'TASS',
    'https://tass.com/world/2035757',
    '2025-10-27',
    'B',
    1,
  ),
  reportazOct29: source(
    'Lithuania closes border with Belarus',
    'Report.az (LSM)',
    'https://report.az/en/other-countries/lithuania-closes-border-with-belarus',
    '2025-10-29',
    'C',
    1,
  ),
  newsazOct29: source(
    'Lithuania to keep Belarus border closed until November 30 over balloon incidents',
    'News.Az (Reuters)',
    'https://news.az/news/lithuania-to-keep-belarus-border-closed-until-november-30-over-balloon-incidents',
    '2025-10-29',
    'C',
    2,
  ),
  menafnOct29: source(
    'Lithuania to close border with Belarus for 1 month',
    'MENAFN (Xinhua)',
    'https://menafn.com/1110265999/Lithuania-To-Close-Border-With-Belarus-For-1-Month',
    '2025-10-29',
    'C',
    1,
  ),
  tassNov1: source(
    'About 5,000 Lithuanian trucks stranded in Belarus due to border closure',
    'TASS',
    'https://tass.com/world/2038297',
    '2025-11-01',
    'B',
    1,
  ),
  whioNov10: source(
    'Belarus leader threatens to seize over 1,000 Lithuanian trucks stranded after border closure',
    'WHIO (AP)',
    'https://www.whio.com/news/world/belarus-leader/22BV2GBXAY2NJOLIPN563PO76Y/',
    '2025-11-10',
    'B',
    1,
  ),
  tassNov11: source(
    "Lavrov calls Lithuania's closure of border with Belarus outrageous",
    'TASS',
    'https://tass.com/politics/2042157',
    '2025-11-11',
    'B',
    1,
  ),
  independentNov19: source(
    'Lithuania to reopen border crossings with Russia-allied Belarus after tensions over balloons',
    'The Independent (AP)',
    'https://www.independent.co.uk/news/world/europe/lithuania-belarus-russia-alexander-lukashenko-vilnius-b2868204.html',
    '2025-11-19',
    'B',
    1,
  ),
  globalpulseNov19: source(
    'Lithuania to reopen border crossings with Russia-allied Belarus after tensions over balloons',
    'Global Pulse (AP copy)',
    'https://wp.globalpulseonline.com/lithuania-to-reopen-border-crossings-with-russia-allied-belarus-after-tensions-over-balloons',
    '2025-11-19',
    'C',
    2,
  ),
  reportazDec1: source(
    "Lithuanian charge d'affaires summoned to Belarusian Foreign Ministry",
    'Report.az',
    'https://report.az/en/other-countries/lithuanian-charge-d-affaires-summoned-to-belarusian-foreign-ministry',
    '2025-12-01',
    'C',
    1,
  ),
  independentDec9: source(
    'Lithuania declares national emergency over balloons from Belarus',
    'The Independent (AP)',
    'https://www.independent.co.uk/news/world/europe/lithuania-belarus-russia-nato-ukraine-b2880700.html',
    '2025-12-09',
    'B',
    1,
  ),
  gamereactorDec9: source(
    'Lithuania declares state of emergency over smuggler balloons from Belarus',
    'Gamereactor',
    'https://www.gamereactor.eu/lithuania-declares-state-of-emergency-over-smuggler-balloons-from-belarus-1645883/',
    '2025-12-09',
    'C',
    2,
  ),
  polskieradioDec12: source(
    'Belarus blocks Lithuanian trucks in standoff, Lukashenko issues ultimatum',
    'Polskie Radio',
    'https://www.polskieradio.pl/395/7785/Artykul/3620237,belarus-blocks-lithuanian-trucks-in-standoff-lukashenko-issues-ultimatum',
    '2025-12-12',
    'B',
    2,
  ),
};

const I = {
  benyakoni: 'benyakoni-death-2021-08-04',
  vidzy: 'vidzy-body-2021-11-27',
  sumskas: 'sumskas-tverecius-closure-2023-08-18',
  lavoriskes: 'lavoriskes-raigardas-closure-2024-03-01',
  oct22: 'medininkai-salcininkai-closure-2025-10-22',
  oct22open: 'medininkai-salcininkai-reopening-2025-10-22',
  oct24: 'medininkai-salcininkai-closure-2025-10-24',
  oct25open: 'medininkai-salcininkai-reopening-2025-10-25',
  oct26: 'medininkai-salcininkai-closure-2025-10-26',
  nov20open: 'medininkai-salcininkai-reopening-2025-11-20',
  lorries: 'lithuanian-lorries-held-2025-10-31',
};

const events = [
  // ===== 2021: the migrant crisis =====
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '2021-05-26', recordedAt: rec('2021-05-28', '09:00') },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Lithuania – Belarus: the migrant crisis and the closed crossings, 2021–25',
      subject:
        'Relations between Lithuania and Belarus after the sanctions over the Ryanair diversion: the migrants Belarus stopped holding back, Lithuania’s emergency, fence and pushbacks, the deaths Belarus blamed on Lithuania, the crossing points Lithuania closed from 2023, the smugglers’ balloons and the closure of the border in 2025, and Belarus holding Lithuania’s lorries.',
      parties: [LITHUANIA, BELARUS],
      mediators: [],
    },
    [S.timesMay27, S.theweekMay28],
  ),
  ev(
    'ActorRegistered',
    'actor-eu',
    { occurredAt: '2021-05-26', recordedAt: rec('2021-05-28', '09:01') },
    { actor: EU, role: 'third-party' },
    [S.theweekMay28],
  ),
  ev(
    'StatementMade',
    'stmt-lukashenko-may26',
    { occurredAt: '2021-05-26', recordedAt: rec('2021-05-28', '09:02') },
    {
      speaker: LUKASHENKO,
      audience: 'eu',
      tone: 'threat',
      summary:
        'Speaking to parliament as the EU weighs sanctions over the forced landing of the Ryanair flight, Lukashenko says Belarus will no longer stop migrants and drugs heading west.',
      quote: 'We stopped drugs and migrants. Now you will eat them and catch them yourselves.',
    },
    [S.timesMay27, S.theweekMay28],
  ),
  ev(
    'StatementMade',
    'stmt-simonyte-may27',
    { occurredAt: '2021-05-27', recordedAt: rec('2021-05-28', '09:03') },
    {
      speaker: SIMONYTE,
      audience: 'belarus',
      tone: 'critical',
      summary: "Lithuania's prime minister on Lukashenko's warning: an unpredictable regime, be prepared for anything.",
      quote:
        'This is an unpredictable regime from which you can expect anything, and you have to be prepared for anything.',
    },
    [S.timesMay27],
  ),
  ev(
    'StatementMade',
    'stmt-belarus-readmission-jun28',
    { occurredAt: '2021-06-28', recordedAt: rec('2021-07-03', '10:00') },
    {
      speaker: BY_GOVT,
      audience: 'eu',
      tone: 'critical',
      summary:
        "In retaliation for the EU's economic sanctions, Belarus suspends its participation in the Eastern Partnership and its readmission agreement with the EU.",
    },
    [S.todaychinaJul3],
    { note: 'A measure with no type of its own in the catalogue: recorded as what Belarus announced.' },
  ),
  ev(
    'StatementMade',
    'stmt-bilotaite-emergency-jul2',
    { occurredAt: '2021-07-02', recordedAt: rec('2021-07-03', '10:05') },
    {
      speaker: BILOTAITE,
      audience: 'domestic audience',
      tone: 'accusation',
      summary:
        "Lithuania declares a state-level emergency after 150 migrants from Belarus are detained in a day, three times the previous daily number (822 this year, 81 in all of 2020); Vilnius says Minsk moves the migrants to the border and its guards turn a blind eye, and asks for Frontex's help.",
    },
    [S.kttcJul3, S.opslensJul3],
  ),
  ev(
    'ThirdPartyEngagement',
    'tpe-eu-frontex-jul',
    { occurredAt: '2021-07-02', recordedAt: rec('2021-07-03', '10:10') },
    {
      actorId: 'eu',
      counterparts: ['lithuania'],
      kind: 'support',
      summary: 'The EU promises Lithuania help with the influx: additional Frontex staff at the border with Belarus.',
    },
    [S.todaychinaJul3],
  ),
  ev(
    'StatementMade',
    'stmt-bilotaite-fence-jul7',
    { occurredAt: '2021-07-07', precision: 'approximate', recordedAt: rec('2021-07-09', '12:00') },
    {
      speaker: BILOTAITE,
      audience: 'belarus',
      tone: 'accusation',
      summary:
        'Lithuania begins a 550-kilometre razor-wire fence on the border with Belarus and sends troops to it, blaming the influx on the Belarusian authorities and calling it "hybrid war".',
    },
    [S.onenewspageJul9, S.bobfmJul9],
    { note: 'The sources date the start of the works to the week after the emergency: approximate.' },
  ),
  ev(
    'StatementMade',
    'stmt-lukashenko-jul',
    { occurredAt: '2021-07-06', precision: 'approximate', recordedAt: rec('2021-07-09', '12:05') },
    {
      speaker: LUKASHENKO,
      audience: 'eu',
      tone: 'critical',
      summary:
        'Lukashenko says Belarus will not close its borders and "become a camp" for people fleeing Afghanistan, Iraq, Syria and Libya: they come not to Belarus but to "warm and welcoming Europe".',
      quote: 'We will not hold anyone.',
    },
    [S.bobfmJul9],
    { note: 'Said "this week" (the week of 5 July), per the AFP copy.' },
  ),
  ev(
    'StatementMade',
    'stmt-lt-pushbacks-aug3',
    { occurredAt: '2021-08-03', recordedAt: rec('2021-08-04', '08:00') },
    {
      speaker: LT_SBGS,
      audience: 'belarus',
      tone: 'accusation',
      summary:
        'Lithuania begins turning back migrants trying to cross from Belarus outside the crossing points, its guards authorised to use force; 180 turned away in the first days. Officials say the flows are orchestrated by Lukashenko in retaliation for the sanctions.',
    },
    [S.rferlAug4],
  ),
  ev(
    'StatementMade',
    'stmt-by-force-aug3',
    { occurredAt: '2021-08-03', recordedAt: rec('2021-08-04', '08:05') },
    {
      speaker: BY_BORDER,
      audience: 'lithuania',
      tone: 'accusation',
      summary:
        'Belarusian border guards say some 40 migrants with "bodily injuries", women and children among them, were turned back by Lithuania, and accuse Lithuania of using force; the foreign ministry rejects the charge of orchestrating the flows as "unfounded accusations".',
    },
    [S.estaAug4],
  ),
  ev(
    'IncidentReported',
    'inc-benyakoni-aug4',
    { occurredAt: '2021-08-04', recordedAt: rec('2021-08-04', '18:00') },
    {
      incidentId: I.benyakoni,
      kind: 'lethal-force',
      perpetrator: 'lithuania',
      allegedBy: 'belarus',
      against: 'belarus',
      target: 'An Iraqi man "returning from Lithuania"',
      place: 'Benyakoni, Grodno region (Belarus)',
      fatalities: { min: 0, max: 1 },
      description:
        'Belarusian border guards say they found a man in "serious" condition at Benyakoni who "died in the arms of the border guards"; Lukashenko\'s channel calls it "this shocking murder of an Iraqi returning from Lithuania" and he orders an investigation. No outside confirmation; Lithuania calls it disinformation.',
    },
    [graded(S.rferlAug4, 3), graded(S.estaAug4, 3)],
    { occurrence: 'benyakoni-2021-08-04' },
  ),
  ev(
    'StatementMade',
    'stmt-bilotaite-aug4',
    { occurredAt: '2021-08-04', recordedAt: rec('2021-08-04', '18:05') },
    {
      speaker: BILOTAITE,
      audience: 'belarus',
      tone: 'accusation',
      summary:
        'Lithuania rejects the claim as "clear misinformation", part of the hybrid attack being carried out against it; the defence minister calls it a provocation expected from the regime that organised the route.',
      quote:
        "A hybrid attack is being carried out against Lithuania and the dissemination of such disinformation are examples of this. It's nonsense, Brothers Grimm's tales.",
    },
    [S.rferlAug4, S.lrtAug4],
  ),
  ev(
    'StatementMade',
    'stmt-lt-guards-crossed-aug17',
    { occurredAt: '2021-08-17', recordedAt: rec('2021-08-20', '10:00') },
    {
      speaker: LT_SBGS,
      audience: 'belarus',
      tone: 'accusation',
      summary:
        'Lithuania accuses a dozen Belarusian border guards in riot gear of crossing the border near Dieveniškės while driving a group of 35 Iraqi migrants into Lithuania, and publishes video; Belarus counters with its own video of migrants it says were shoved back by Lithuanian guards.',
    },
    [S.overtdefenseAug20, S.trtAug19],
  ),
  ev(
    'StatementMade',
    'stmt-eu-ministers-aug18',
    { occurredAt: '2021-08-18', recordedAt: rec('2021-08-20', '10:05') },
    {
      speaker: EU_MINISTERS,
      audience: 'belarus',
      tone: 'accusation',
      summary:
        'The EU interior ministers, after an emergency meeting, accuse Belarus of seeking to "instrumentalise human beings for political purposes": "a direct attack aimed at destabilizing and pressurizing the EU".',
    },
    [S.trtAug19],
  ),
  ev(
    'StatementMade',
    'stmt-landsbergis-aug25',
    { occurredAt: '2021-08-25', recordedAt: rec('2021-08-26', '09:00') },
    {
      speaker: LANDSBERGIS,
      audience: 'belarus',
      tone: 'accusation',
      summary:
        "As NATO decides to send a counter-hybrid team to Lithuania, its foreign minister says the situation is not a migration crisis but a hybrid operation by Lukashenko in retaliation for Lithuania's support for the Belarusian opposition.",
      quote:
        "This is a well-organised, cynical, hybrid operation that Lukashenka is carrying out in retaliation for Lithuania's support for Belarusians fighting for the democratic future of their country.",
    },
    [S.warsawpointAug25],
  ),
  ev(
    'StatementMade',
    'stmt-lukashenko-sep12',
    { occurredAt: '2021-09-12', recordedAt: rec('2021-09-13', '09:00') },
    {
      speaker: LUKASHENKO,
      audience: 'eu',
      tone: 'critical',
      summary:
        'Lukashenko says Belarus will not discuss the migrants with the West, Lithuania among its neighbours accusing it, until the sanctions are lifted.',
      quote:
        'Until they stop these dumb sanctions and humiliation of our patriotic people, no one will talk to them, we will not get on our knees.',
    },
    [S.urdupointSep12],
  ),
  ev(
    'StatementMade',
    'stmt-lt-mfa-note-oct20',
    { occurredAt: '2021-10-20', recordedAt: rec('2021-10-21', '09:00') },
    {
      speaker: LT_MFA,
      audience: 'belarus',
      tone: 'accusation',
      summary:
        "Lithuania hands Belarus's embassy a note of strong protest: a Belarusian border guard entered Lithuanian territory near Druskininkai on 18 October, reaching border marker 0133. It condemns Minsk's orchestration of the migrant flows and asks for an explanation.",
    },
    [S.urdupointOct20, S.baltictimesOct21],
  ),
  ev(
    'StatementMade',
    'stmt-landsbergis-oct21',
    { occurredAt: '2021-10-21', recordedAt: rec('2021-10-21', '12:00') },
    {
      speaker: LANDSBERGIS,
      audience: 'belarus',
      tone: 'critical',
      summary:
        'Landsbergis says contacts with Minsk are minimal and it is hard to talk to "criminals" in any diplomatic language; he sees more sense in talking to airlines and the countries the migrants come from.',
    },
    [S.baltictimesOct21],
  ),
  ev(
    'StatementMade',
    'stmt-lt-emergency-nov9',
    { occurredAt: '2021-11-09', recordedAt: rec('2021-11-09', '20:00') },
    {
      speaker: SIMONYTE,
      audience: 'domestic audience',
      tone: 'neutral',
      summary:
        "Lithuania's parliament declares a state of emergency along the whole border with Belarus and five kilometres inland, for a month, as migrants mass at the Polish border.",
    },
    [S.telesurNov9],
  ),
  ev(
    'IncidentReported',
    'inc-vidzy-nov27',
    { occurredAt: '2021-11-27', recordedAt: rec('2021-11-28', '12:00') },
    {
      incidentId: I.vidzy,
      kind: 'lethal-force',
      perpetrator: 'lithuania',
      allegedBy: 'belarus',
      against: 'belarus',
      target: 'A migrant, found dead in a sleeping bag',
      place: 'Vidzy, Vitebsk region (Belarus)',
      fatalities: { min: 0, max: 1 },
      description:
        "Belarus's border committee says the body of a man of about 30 was found on the border at the Vidzy post, thrown there by Lithuanian security forces; Lithuania's border service says it has no such information and that Belarusian forces have tried before to stage beatings and deaths and blame Lithuania.",
    },
    [S.goaNov28, graded(S.vrmNov28, 3)],
  ),
  ev(
    'StatementMade',
    'stmt-lukashenko-nov29',
    { occurredAt: '2021-11-29', recordedAt: rec('2021-11-29', '18:00') },
    {
      speaker: LUKASHENKO,
      audience: 'lithuania',
      tone: 'accusation',
      summary:
        'Lukashenko, at a meeting of the defence ministry, accuses Lithuania of killing migrants and throwing the dead or half-dead onto the Belarusian border in sleeping bags.',
      quote: 'Last night they threw a corpse on our border, tonight they found another corpse.',
      blames: { incidentId: I.vidzy, on: 'lithuania' },
    },
    [S.urdupointNov29, S.lastampaNov29],
  ),
  // ===== 2022–23: the fence, the pushback law =====
  ev(
    'StatementMade',
    'stmt-simonyte-fence-aug30',
    { occurredAt: '2022-08-30', precision: 'approximate', recordedAt: rec('2022-09-01', '12:00') },
    {
      speaker: SIMONYTE,
      audience: 'domestic audience',
      tone: 'neutral',
      summary:
        'Lithuania announces the 502-kilometre fence on the border with Belarus complete; more than 13,600 migrants have been turned back since August 2021, and a new wave is arriving through Russia.',
    },
    [S.mezhaAug31, S.bnnSep1],
  ),
  ev(
    'StatementMade',
    'stmt-bilotaite-law-apr25',
    { occurredAt: '2023-04-25', recordedAt: rec('2023-04-25', '18:00') },
    {
      speaker: BILOTAITE,
      audience: 'domestic audience',
      tone: 'neutral',
      summary:
        "Lithuania's parliament makes the pushbacks of August 2021 law, allowing border guards to turn back migrants who cross from Belarus illegally; the Baltic states and the EU call the influx a form of hybrid warfare.",
      quote: 'Our country must defend itself.',
    },
    [S.reutersApr25],
  ),
  // ===== August 2023: Šumskas and Tverečius closed =====
  ev(
    'StatementMade',
    'stmt-lt-govt-aug16',
    { occurredAt: '2023-08-16', recordedAt: rec('2023-08-16', '15:00') },
    {
      speaker: LT_GOVT,
      audience: 'belarus',
      tone: 'warning',
      summary:
        'The Lithuanian government decides to close the Šumskas and Tverečius crossing points with Belarus from 18 August, citing the geopolitical situation, threats to national security from the Wagner Group in Belarus, and smuggling.',
    },
    [S.babelAug16],
  ),
  ev(
    'StatementMade',
    'stmt-bychkovsky-aug16',
    { occurredAt: '2023-08-16', recordedAt: rec('2023-08-16', '18:00') },
    {
      speaker: BY_BYCHKOVSKY,
      audience: 'lithuania',
      tone: 'critical',
      summary:
        "Belarus's border committee calls the closure another unconstructive, unfriendly step and says Lithuania is creating artificial barriers to serve its political ambitions.",
    },
    [S.tassAug16],
  ),
  ev(
    'IncidentReported',
    'inc-sumskas-closure',
    { occurredAt: '2023-08-18T00:00:00+03:00', recordedAt: rec('2023-08-18', '14:00') },
    {
      incidentId: I.sumskas,
      kind: 'border-closure',
      perpetrator: 'lithuania',
      against: 'belarus',
      place: SUMSKAS_TVERECIUS,
      description:
        'Lithuania closes two of its six crossing points with Belarus at midnight, Šumskas and Tverečius, "temporarily"; traffic is diverted to the others, Medininkai first.',
    },
    [S.delfiAug18, S.babelAug16],
  ),
  ev(
    'StatementMade',
    'stmt-by-mfa-aug21',
    { occurredAt: '2023-08-21', recordedAt: rec('2023-08-21', '15:00') },
    {
      speaker: BY_MFA,
      audience: 'lithuania',
      tone: 'critical',
      summary:
        'Belarus\'s foreign ministry calls the closure "far-fetched", politically motivated, meant to stop Lithuanians seeing Belarus for themselves; Belarus will answer "calmly, responsibly and pragmatically" and keeps its visa-free regime.',
    },
    [S.mfabyAug21],
  ),
  ev(
    'StatementMade',
    'stmt-bilotaite-aug28',
    { occurredAt: '2023-08-28', recordedAt: rec('2023-08-28', '16:00') },
    {
      speaker: BILOTAITE,
      audience: 'belarus',
      tone: 'warning',
      summary:
        'Bilotaitė proposes closing two more crossing points, Lavoriškės and Raigardas; meeting in Warsaw, the interior ministers of Poland, Lithuania, Latvia and Estonia agree the border with Belarus will be closed completely in case of a "critical incident".',
    },
    [S.pravdaAug28],
  ),
  // ===== March 2024: Lavoriškės and Raigardas closed =====
  ev(
    'StatementMade',
    'stmt-bilotaite-feb21',
    { occurredAt: '2024-02-21', recordedAt: rec('2024-02-21', '16:00') },
    {
      speaker: BILOTAITE,
      audience: 'belarus',
      tone: 'warning',
      summary:
        'The government approves closing Lavoriškės and Raigardas from 1 March and barring pedestrians and cyclists at Medininkai and Šalčininkai, citing sanctions enforcement, smuggling and the increased activity of Belarusian intelligence against Lithuania and its citizens.',
    },
    [S.vrmFeb21, S.charter97Feb21],
  ),
  ev(
    'IncidentReported',
    'inc-lavoriskes-closure',
    { occurredAt: '2024-03-01T00:00:00+02:00', recordedAt: rec('2024-03-01', '12:00') },
    {
      incidentId: I.lavoriskes,
      kind: 'border-closure',
      perpetrator: 'lithuania',
      against: 'belarus',
      place: LAVORISKES_RAIGARDAS,
      description:
        'Lithuania closes the Lavoriškės (Kotlovka) and Raigardas (Privalka) crossing points to goods, vehicles and people; only Medininkai and Šalčininkai stay open, to vehicles only.',
    },
    [S.txtreportMar1, S.vrmFeb21],
  ),
  // ===== 2025: the ICJ case, the balloons, the closed border =====
  ev(
    'StatementMade',
    'stmt-mockus-icj-may19',
    { occurredAt: '2025-05-19', recordedAt: rec('2025-05-20', '12:00') },
    {
      speaker: MOCKUS,
      audience: 'belarus',
      tone: 'accusation',
      summary:
        'Lithuania files a case against Belarus at the International Court of Justice under the UN protocol against the smuggling of migrants: Belarus facilitated the smuggling, failed to secure its border and to cooperate, and refused constructive dialogue; Lithuania asks for compensation.',
      quote:
        'No state can use vulnerable people as political pawns without facing consequences under international law.',
    },
    [S.upiMay20, S.politicoMay20],
  ),
  ev(
    'IncidentReported',
    'inc-closure-oct22',
    { occurredAt: '2025-10-22T02:30:00+03:00', recordedAt: rec('2025-10-24', '20:00') },
    {
      incidentId: I.oct22,
      kind: 'border-closure',
      perpetrator: 'lithuania',
      against: 'belarus',
      place: MEDININKAI_SALCININKAI,
      description:
        'Lithuania closes its last two crossing points with Belarus from 02:30 to 09:00 because of weather balloons.',
    },
    [S.ligaOct24],
  ),
  ev(
    'IncidentReported',
    'inc-reopening-oct22',
    { occurredAt: '2025-10-22T09:00:00+03:00', recordedAt: rec('2025-10-24', '20:01') },
    {
      incidentId: I.oct22open,
      kind: 'border-reopening',
      perpetrator: 'lithuania',
      against: 'belarus',
      place: MEDININKAI_SALCININKAI,
      description: 'Medininkai and Šalčininkai reopen at 09:00.',
    },
    [S.ligaOct24],
  ),
  ev(
    'IncidentReported',
    'inc-closure-oct24',
    { occurredAt: '2025-10-24T21:30:00+03:00', recordedAt: rec('2025-10-24', '20:05') },
    {
      incidentId: I.oct24,
      kind: 'border-closure',
      perpetrator: 'lithuania',
      against: 'belarus',
      place: MEDININKAI_SALCININKAI,
      description:
        'After a "large group" of smugglers\' balloons from Belarus shuts Vilnius and Kaunas airports, the border guard closes Medininkai and Šalčininkai until noon tomorrow.',
    },
    [S.ligaOct24],
  ),
  ev(
    'StatementMade',
    'stmt-ruginiene-oct24',
    { occurredAt: '2025-10-24T22:00:00+03:00', recordedAt: rec('2025-10-24', '20:10') },
    {
      speaker: RUGINIENE,
      audience: 'belarus',
      tone: 'warning',
      summary:
        'Ruginienė says the services act on the National Security Commission\'s decisions, and the commission will decide what more can be done "to make it painful for both smugglers and the Lukashenka regime"; if the balloons come again, the border will be closed completely.',
    },
    [S.ligaOct24],
  ),
  ev(
    'IncidentReported',
    'inc-reopening-oct25',
    { occurredAt: '2025-10-25T12:00:00+03:00', precision: 'approximate', recordedAt: rec('2025-10-27', '08:00') },
    {
      incidentId: I.oct25open,
      kind: 'border-reopening',
      perpetrator: 'lithuania',
      against: 'belarus',
      place: MEDININKAI_SALCININKAI,
      description: 'The two crossing points reopen at noon, as announced.',
    },
    [S.unnOct25],
    { note: 'The reopening is the announced end of the closure ("until 12:00"); no report of it was found.' },
  ),
  ev(
    'IncidentReported',
    'inc-closure-oct26',
    { occurredAt: '2025-10-26T21:45:00+02:00', precision: 'approximate', recordedAt: rec('2025-10-27', '08:05') },
    {
      incidentId: I.oct26,
      kind: 'border-closure',
      perpetrator: 'lithuania',
      against: 'belarus',
      place: MEDININKAI_SALCININKAI,
      description:
        'Lithuania closes Šalčininkai and Medininkai again on Sunday evening as balloons fly towards Vilnius airport (66 detected, twice the day before); the airport closes for the third day running.',
    },
    [S.unnOct27],
    { occurrence: 'closure-2025-10-26' },
  ),
  ev(
    'StatementMade',
    'stmt-by-mfa-note-oct27',
    { occurredAt: '2025-10-27', recordedAt: rec('2025-10-27', '16:00') },
    {
      speaker: BY_MFA,
      audience: 'lithuania',
      tone: 'critical',
      summary:
        "Belarus summons Lithuania's chargé d'affaires and hands him a note of protest over the unilateral closure without notice: ordinary people made hostages to politics; Belarus stands for dialogue and cooperation on border control.",
    },
    [S.tassOct27],
  ),
  ev(
    'StatementMade',
    'stmt-ruginiene-oct29',
    { occurredAt: '2025-10-29', recordedAt: rec('2025-10-29', '16:00') },
    {
      speaker: RUGINIENE,
      audience: 'belarus',
      tone: 'accusation',
      summary:
        'Ruginienė says the balloons, which have shut the airport five times this month, are a hybrid attack, and the army will shoot them down; Lithuania may raise Article 4 with NATO.',
    },
    [S.newsazOct29],
  ),
  ev(
    'IncidentReported',
    'inc-closure-oct29-extended',
    { occurredAt: '2025-10-29', recordedAt: rec('2025-10-29', '16:05') },
    {
      incidentId: 'medininkai-salcininkai-closure-2025-10-29',
      kind: 'border-closure',
      perpetrator: 'lithuania',
      against: 'belarus',
      place: MEDININKAI_SALCININKAI,
      description:
        'The government keeps the border closed until 30 November: Šalčininkai shut completely, Medininkai open only to diplomats, Kaliningrad transit, Lithuanian, EU and NATO citizens and residents returning; the cabinet will then decide whether to extend it.',
    },
    [S.reportazOct29, S.menafnOct29, S.newsazOct29],
    { occurrence: 'closure-2025-10-26' },
  ),
  ev(
    'StatementMade',
    'stmt-lukashenko-oct',
    { occurredAt: '2025-10-29', recordedAt: rec('2025-10-29', '16:10') },
    {
      speaker: LUKASHENKO,
      audience: 'lithuania',
      tone: 'accusation',
      summary:
        'Lukashenko calls the closure a "crazy scam" and accuses the West of waging a hybrid war against Belarus and Russia.',
    },
    [S.newsazOct29],
  ),
  ev(
    'IncidentReported',
    'inc-lorries-oct31',
    { occurredAt: '2025-10-31', recordedAt: rec('2025-11-01', '12:00') },
    {
      incidentId: I.lorries,
      kind: 'border-closure',
      perpetrator: 'belarus',
      against: 'lithuania',
      place: LORRIES,
      target: 'Lorries, tractors and trailers registered in Lithuania',
      description:
        'By a decree of its prime minister Belarus restricts the movement of lorries registered in Lithuania at the border, "a forced response" to Lithuania closing the checkpoints without notice; some 5,000 (Belarus\'s customs) are stranded in Belarus, to leave only when Lithuania reopens the border.',
    },
    [S.tassNov1],
  ),
  ev(
    'DemandTabled',
    'demand-reopen-nov10',
    { occurredAt: '2025-11-10', recordedAt: rec('2025-11-10', '18:00') },
    {
      demandId: 'reopen-border',
      by: 'belarus',
      addressedTo: ['lithuania'],
      text: 'Reopen the border fully (Minsk refuses a corridor only for the stranded lorries).',
      category: 'economic',
    },
    [S.whioNov10],
  ),
  ev(
    'UltimatumIssued',
    'ult-lorries-nov10',
    { occurredAt: '2025-11-10', recordedAt: rec('2025-11-10', '18:05') },
    {
      ultimatumId: 'lorries-confiscation',
      by: 'belarus',
      to: ['lithuania'],
      demandIds: ['reopen-border'],
      deadline: '2025-11-14',
      consequences:
        'Belarus will decide "in accordance with our law … up to the confiscation of the vehicles" (up to 1,200 Lithuanian lorries).',
    },
    [S.whioNov10],
    { note: '"In the next few days": the deadline is the analyst\'s reading of it (the end of that week).' },
  ),
  ev(
    'ActorRegistered',
    'actor-russia',
    { occurredAt: '2025-11-11', recordedAt: rec('2025-11-11', '14:59') },
    { actor: RUSSIA, role: 'third-party' },
    [S.tassNov11],
  ),
  ev(
    'StatementMade',
    'stmt-lavrov-nov11',
    { occurredAt: '2025-11-11', recordedAt: rec('2025-11-11', '15:00') },
    {
      speaker: LAVROV,
      audience: 'lithuania',
      tone: 'critical',
      summary:
        "Russia's foreign minister calls Lithuania's closure of its border with Belarus, stranding its own carriers' lorries, outrageous.",
    },
    [S.tassNov11],
  ),
  ev(
    'TalksRoundOpened',
    'round-customs-opened',
    { occurredAt: '2025-11-18', recordedAt: rec('2025-11-19', '18:00') },
    {
      roundId: 'customs-2025-11-18',
      label: "Meeting of Lithuania's and Belarus's customs officials",
      format: 'technical',
      delegations: [{ actorId: 'lithuania' }, { actorId: 'belarus' }],
    },
    [S.independentNov19],
  ),
  ev(
    'TalksRoundConcluded',
    'round-customs-concluded',
    { occurredAt: '2025-11-18', recordedAt: rec('2025-11-19', '18:01') },
    {
      roundId: 'customs-2025-11-18',
      outcome: 'progress',
      summary: 'Technical talks on the stranded lorries; the next day Lithuania decides to reopen the crossings.',
    },
    [S.independentNov19],
  ),
  ev(
    'StatementMade',
    'stmt-ruginiene-nov19',
    { occurredAt: '2025-11-19', recordedAt: rec('2025-11-19', '18:05') },
    {
      speaker: RUGINIENE,
      audience: 'belarus',
      tone: 'warning',
      summary:
        'The cabinet decides to reopen Medininkai and Šalčininkai on Thursday after several weeks of relative calm, keeping the right to close the border again if balloons or drones violate its airspace.',
    },
    [S.independentNov19, S.globalpulseNov19],
  ),
  ev(
    'IncidentReported',
    'inc-reopening-nov20',
    { occurredAt: '2025-11-20', recordedAt: rec('2025-11-20', '12:00') },
    {
      incidentId: I.nov20open,
      kind: 'border-reopening',
      perpetrator: 'lithuania',
      against: 'belarus',
      place: MEDININKAI_SALCININKAI,
      description: 'Lithuania reopens the Medininkai and Šalčininkai crossing points.',
    },
    [S.independentNov19],
  ),
  ev(
    'StatementMade',
    'stmt-by-mfa-drone-dec1',
    { occurredAt: '2025-12-01', recordedAt: rec('2025-12-01', '16:00') },
    {
      speaker: BY_MFA,
      audience: 'lithuania',
      tone: 'warning',
      summary:
        "Belarus hands Lithuania's chargé d'affaires a protest over a fixed-wing drone it says was launched from Lithuania's Lazdijai district on 30 November and crashed in Grodno: a deliberate provocation; Belarus demands information and an investigation and reserves the right to take all necessary measures to protect its sovereignty and security.",
    },
    [S.reportazDec1],
  ),
  ev(
    'StatementMade',
    'stmt-ruginiene-emergency-dec9',
    { occurredAt: '2025-12-09', recordedAt: rec('2025-12-09', '18:00') },
    {
      speaker: RUGINIENE,
      audience: 'belarus',
      tone: 'accusation',
      summary:
        'Lithuania declares a state of emergency over the balloons from Belarus, a "hybrid attack" that risks national security and civil aviation, giving the army powers beside the police; Belarus denies responsibility and accuses Lithuania of provocations.',
    },
    [S.independentDec9, S.gamereactorDec9],
  ),
  ev(
    'StatementMade',
    'stmt-kondratovic-dec9',
    { occurredAt: '2025-12-09', recordedAt: rec('2025-12-09', '18:05') },
    {
      speaker: KONDRATOVIC,
      audience: 'domestic audience',
      tone: 'neutral',
      summary:
        'The interior minister: the emergency is declared not only for the disruption of civil aviation but in the interests of national security.',
    },
    [S.gamereactorDec9],
  ),
  ev(
    'UltimatumResolved',
    'ult-lorries-lapsed',
    { occurredAt: '2025-11-20', recordedAt: rec('2025-12-12', '14:00') },
    {
      ultimatumId: 'lorries-confiscation',
      resolution: 'lapsed',
      summary:
        'The days passed without the lorries being confiscated; Lithuania reopened the crossings on 20 November by its own decision. The lorries stay held.',
    },
    [S.polskieradioDec12, S.independentNov19],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'lithuania-belarus-2021.jsonl',
  logEnd: '2025-12-31T00:00:00Z',
  events,
};

export default definition;
