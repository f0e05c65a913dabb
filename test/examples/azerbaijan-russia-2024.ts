/**
 * A test fixture, not a shipped example: the crisis between Azerbaijan and
 * Russia from the downing of Azerbaijan Airlines flight J2-8243 (25 December
 * 2024, 38 killed) to the end of 2025, as an analyst following the news could
 * have recorded it — Putin's apology for a "tragic incident" without admitting
 * fault (28 December), Aliyev's demands (an apology, an admission of guilt,
 * punishment, compensation), the Russian House and Sputnik's office closed in
 * Baku (February), Aliyev staying away from the Victory Day parade (May), the
 * Russian police raids on Azerbaijanis in Yekaterinburg in which two brothers
 * died in custody (27 June), Baku's answer (Russian cultural events
 * cancelled, Sputnik Azerbaijan raided and its editors arrested, about fifteen
 * Russian citizens detained), the summoned envoys, Aliyev's announced lawsuit
 * (19 July), the meeting of the presidents in Dushanbe (9 October) where
 * Putin said Russian air-defence missiles brought the plane down and promised
 * compensation, the release of the Sputnik editors, the Russian missile that
 * fell on Azerbaijan's embassy compound in Kyiv (14 November), and the calls
 * and reports of December. Escalation model v2 was never tuned on it: it is
 * the case the model is held to in azerbaijan-russia-2024.spec.ts, against
 * the calls an analyst makes from DOMAIN.md §5b alone.
 *
 * What it tests that the other cases did not: a diplomatic crisis with deaths
 * in it but no fighting between the two states' forces. The negotiation
 * recorded is the bilateral one over the crash and its sequels (no mediator;
 * Kazakhstan, which leads the air-accident investigation, is a third party).
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source.
 *
 * Grading as in examples/README.md: B = established outlet or wire copy
 * (Reuters, AP, AFP, EFE, Xinhua, TASS copies included), C = smaller outlet,
 * aggregator or mirror; 1 = an on-record statement or act confirmed by the
 * actor itself; 2 = several outlets agree or one established outlet reports
 * it; 3 = one side's unverified claim about the other. Dates of pages that
 * give only a weekday are taken from the event they report ("on Saturday" for
 * the apology of 28 December 2024). Where the stored copy of a page gave no
 * headline (Kommersant 7 October, Vzglyad 10 October, Vedomosti 24 December),
 * the title given is its lead in short; commonspace.eu is cited by the
 * listing page that carried its item of 29 December.
 *
 * Judgement calls, recorded as an analyst would:
 * - The downing of flight 8243 (25 December) is an `IncidentReported` of kind
 *   `missile-strike` by Russia, as alleged by Azerbaijan (government sources
 *   on 26 December, Aliyev on 29 December; graded 3 until Putin's own account
 *   of 9 October, which corrects its sources). It is `against` Ukraine (a
 *   third party): the missiles were fired at Ukrainian drones and hit the
 *   airliner by mistake (Aliyev: "not on purpose"; the Kremlin and Putin:
 *   the air defences were repelling a Ukrainian drone attack); what was hit
 *   is its `target`, and it `harmed` Azerbaijan (its airliner, its citizens).
 *   First recorded with no `against`, which escalation v2 reads as aimed at
 *   the other party, then `against` Ukraine alone, which read only the
 *   accusations (see the spec). By §5b
 *   it is not armed action between the pair — an airliner is not Azerbaijan's
 *   forces, and it was over Russia, not Azerbaijan's territory — however many
 *   were killed; Azerbaijan holding Russia responsible for it is an attack
 *   blamed on the other party (coercion).
 * - The deaths in the Yekaterinburg raids (27 June) are `non-lethal-force`
 *   by Russia against Azerbaijan: police force on people Baku calls its
 *   citizens, short of weapons fire (Baku's forensic examination: beatings;
 *   Russia: heart failure, and the men held Russian passports), with the two
 *   deaths as its `fatalities`. Not armed action between forces; Baku calls
 *   them "targeted and extrajudicial killings" — an attack blamed on Russia.
 * - Arrests, raids, closures of offices, cancelled events and summoned envoys
 *   have no type of their own: each is recorded as the statement that
 *   announced it (the Interior Ministry's on the Sputnik raid with CAMEO 173,
 *   arrest or detain), the summons as the protest that was delivered. By §5b
 *   they are accusations and measures, not coercion (they are none of
 *   ultimatums, threats of war, collapsed talks, attacks, or a closed border).
 *   AZAL's suspension of flights to Russian cities "for safety reasons" is not
 *   a border closed against Russia: Moscow, St Petersburg and other routes
 *   kept flying.
 * - Aliyev's announcement of a case before international courts (19 July) is
 *   a warning of legal action, not a threat of war.
 * - Dushanbe (9 October): the meeting of the presidents is a round held at
 *   the CIS summit, concluded with an agreement (`partial`, text not public)
 *   that both sides name as such ("the agreements reached in Dushanbe"):
 *   compensation, a legal assessment of the officials' actions, and the
 *   exchange of detainees agreed by the presidents' aides just before (one
 *   occurrence). Putin's account answers the demands: the admission and
 *   compensation `accepted`, punishment `accepted-in-principle`.
 * - The Russian missile that fell on the compound of Azerbaijan's embassy in
 *   Kyiv (14 November, no one hurt) is recorded like the downing: Russia's
 *   `missile-strike` as alleged by Azerbaijan, `against` Ukraine (Russia's
 *   strike was on Kyiv), the embassy its `target`, `harmed` Azerbaijan. Not
 *   armed action between the pair (Kyiv is not Azerbaijan's territory); Baku's
 *   protest blames Russia for it.
 * - Left out for want of a dated statement by Baku in the sources searched:
 *   the Russian drone strikes on SOCAR's oil depot near Odesa (8 and 18
 *   August), reported by Ukrainian and Azerbaijani media and an Azerbaijani
 *   MP; the Russian insurer's payments (from February) are in the text of the
 *   exchange of 4 September, not recorded on their own.
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'azerbaijan-russia-azal-2024';
const { ev, idOf } = caseKit(NEGOTIATION_ID, 'test-analyst', 2025);
const at24 = (day: string, time: string): string => `2024-${day}T${time}:00Z`;
const at = (day: string, time: string): string => `2025-${day}T${time}:00Z`;

const AZERBAIJAN: Actor = {
  id: 'azerbaijan',
  name: 'Azerbaijan',
  kind: 'state',
  aliases: ['Baku', 'Republic of Azerbaijan'],
};
const RUSSIA: Actor = {
  id: 'russia',
  name: 'Russia',
  kind: 'state',
  aliases: ['Moscow', 'Kremlin', 'Russian Federation'],
};
const KAZAKHSTAN: Actor = { id: 'kazakhstan', name: 'Kazakhstan', kind: 'state', aliases: ['Astana'] };
const UKRAINE: Actor = { id: 'ukraine', name: 'Ukraine', kind: 'state', aliases: ['Kyiv'] };

const ALIYEV: Person = { name: 'Ilham Aliyev', title: 'President of Azerbaijan', actorId: 'azerbaijan' };
const PUTIN: Person = { name: 'Vladimir Putin', title: 'President of Russia', actorId: 'russia' };
const PESKOV: Person = { name: 'Dmitry Peskov', title: 'Kremlin spokesman', actorId: 'russia' };
const ZAKHAROVA: Person = {
  name: 'Maria Zakharova',
  title: 'Spokeswoman of the Russian Foreign Ministry',
  actorId: 'russia',
};
const USHAKOV: Person = {
  name: 'Yuri Ushakov',
  title: 'Foreign-policy aide to the Russian president',
  actorId: 'russia',
};
const RUSSIA_MFA: Person = { name: 'Ministry of Foreign Affairs of Russia (statement)', actorId: 'russia' };
const HAJIZADA: Person = {
  name: 'Aykhan Hajizada',
  title: 'Spokesman of the Azerbaijani Foreign Ministry',
  actorId: 'azerbaijan',
};
const AZ_MFA: Person = { name: 'Ministry of Foreign Affairs of Azerbaijan (statement)', actorId: 'azerbaijan' };
const AZ_CULTURE: Person = { name: 'Ministry of Culture of Azerbaijan (statement)', actorId: 'azerbaijan' };
const AZ_INTERIOR: Person = { name: 'Ministry of Internal Affairs of Azerbaijan (statement)', actorId: 'azerbaijan' };
const AZAL: Person = { name: 'Azerbaijan Airlines (AZAL, the state carrier)', actorId: 'azerbaijan' };
const MUSTAFAYEV: Person = {
  name: 'Rahman Mustafayev',
  title: 'Ambassador of Azerbaijan to Russia',
  actorId: 'azerbaijan',
};
const KZ_TRANSPORT: Person = { name: 'Ministry of Transport of Kazakhstan (report)', actorId: 'kazakhstan' };

const S = {
  trendDec27: source(
    'AZAL suspends flights to several Russian cities',
    'Trend News Agency',
    'https://en.trend.az/azerbaijan/society/3987444.html',
    '2024-12-27',
    'B',
    1,
  ),
  moscowtimesDec27: source(
    'Azerbaijan Airlines suspends flights to Russia following deadly crash',
    'The Moscow Times',
    'https://www.themoscowtimes.com/2024/12/27/azerbaijan-airlines-suspends-flights-to-russia-following-deadly-crash-a87471',
    '2024-12-27',
    'B',
    2,
  ),
  aviation24Dec27: source(
    'Several airlines suspend flights to Russia following suspected downing of Azerbaijan Airlines plane',
    'Aviation24.be',
    'https://www.aviation24.be/airlines/azerbaijan-airlines/several-airlines-suspend-flights-to-russia-following-suspected-downing-of-azerbaijan-airlines-plane/',
    '2024-12-27',
    'C',
    2,
  ),
  neheraldDec28: source(
    "Days after plane crash, Putin apologises to Azerbaijan's President Ilham Aliyev for 'tragic incident' in Russian airspace",
    'Northeast Herald',
    'https://neherald.com/world/days-after-plane-crash-putin-apologises-to-azerbaijans-president-ilham-aliyev-for-tragic-incident-in-russian-airspace',
    '2024-12-28',
    'C',
    1,
  ),
  cnewsDec28: source(
    "Putin apologises to Azerbaijan's Aliyev over 'tragic incident' with plane in Russian airspace",
    'CNews Live (Reuters)',
    'https://cnewsliveenglish.com/news/29195/putin-apologises-to-azerbaijans-aliyev-over-tragic-incident-with-plane-in-russian-airspace-tt',
    '2024-12-28',
    'C',
    2,
  ),
  thefederalDec29: source(
    'Plane crash: pay compensation, Azerbaijan President tells Russia',
    'The Federal',
    'https://thefederal.com/category/international/plane-crash-pay-compensation-azerbaijan-president-tells-russia-164216',
    '2024-12-29',
    'B',
    1,
  ),
  inn29: source(
    'Azerbaijan demands Russia apologize and compensate for the downing of its plane',
    'Israel National News',
    'https://www.israelnationalnews.com/news/401479',
    '2024-12-29',
    'B',
    1,
  ),
  commonspaceDec29: source(
    'Ilham Aliyev makes three demands to Russian Federation following crash of AZAL plane',
    'commonspace.eu',
    'https://www.commonspace.eu/node/?page=2',
    '2024-12-29',
    'C',
    2,
  ),
  pravdaUaFeb4: source(
    'Kazakhstan publishes preliminary report on Azerbaijan Airlines crash',
    'Ukrainska Pravda (European Pravda)',
    'https://www.pravda.com.ua/eng/news/2025/02/4/7496772/',
    '2025-02-04',
    'B',
    1,
  ),
  aviation24Feb5: source(
    'Kazakhstan confirms Azerbaijan Airlines crash caused by external objects',
    'Aviation24.be',
    'https://www.aviation24.be/airlines/azerbaijan-airlines/kazakhstan-confirms-azerbaijan-airlines-crash-caused-by-external-objects/',
    '2025-02-05',
    'C',
    2,
  ),
  azernewsFeb11: source(
    "Russian House suspends its activities in Azerbaijan at Foreign Ministry's request",
    'AzerNews',
    'https://www.azernews.az/nation/237617.html',
    '2025-02-11',
    'B',
    1,
  ),
  newsazFeb24: source(
    "Sputnik's office in Azerbaijan shut down",
    'News.Az',
    'https://news.az/news/sputnik-s-office-in-azerbaijan-shut-down',
    '2025-02-24',
    'C',
    1,
  ),
  evrimagaciMay7: source(
    'Azerbaijani President Aliyev cancels Moscow visit for Victory Day',
    'Evrim Ağacı',
    'https://evrimagaci.org/tpg/azerbaijani-president-aliyev-cancels-moscow-visit-for-victory-day-345859',
    '2025-05-07',
    'C',
    2,
  ),
  kyivindependentJun29: source(
    "Azerbaijan cancels Russian events over 'extrajudicial killings' of 2 citizens in Russia's Yekaterinburg",
    'The Kyiv Independent',
    'https://kyivindependent.com/nobot/azerbaijan-cancels-russian-events-over-extrajudicial-killings-of-2-citizens-in-russias-yekaterinburg/',
    '2025-06-29',
    'B',
    2,
  ),
  moscowtimesJun30: source(
    'Azerbaijan cancels Russian cultural events amid fallout over police raids in Yekaterinburg',
    'The Moscow Times',
    'https://www.themoscowtimes.com/2025/06/30/azerbaijan-cancels-russian-cultural-events-amid-fallout-over-police-raids-in-yekaterinburg-a89610',
    '2025-06-30',
    'B',
    1,
  ),
  hurriyetJun30: source(
    'Azerbaijan cancels Russian events over deaths of nationals',
    'Hürriyet Daily News (AP)',
    'https://www.hurriyetdailynews.com/azerbaijan-cancels-russian-events-over-deaths-of-nationals-210933',
    '2025-06-30',
    'B',
    1,
  ),
  brusselsJun30: source(
    'Azerbaijan police raid Russian media bureau in Baku, as relations sour',
    'Brussels Signal',
    'https://brusselssignal.eu/2025/06/azerbaijan-police-raid-russian-media-bureau-in-baku-as-relations-sour',
    '2025-06-30',
    'C',
    2,
  ),
  apJul1: source(
    'Azerbaijan detains 7 linked to a Russian media outlet as a rift between Baku and Moscow deepens',
    'Springfield News-Sun (AP)',
    'https://coxohio-springfield-news-sun-prod.cdn.arcpublishing.com/nation-world/azerbaijan-detains-7-linked-to-a-russian-media-outlet-as-a-rift-between-baku-and-moscow-deepens/BP6ZF5GOORHZ5K2N7HRT4GKQ64',
    '2025-07-01',
    'B',
    1,
  ),
  euEastJul1: source(
    'Azerbaijan detains 7 linked to Russian media outlet amid worsening of Baku-Moscow ties',
    'EU East (AP)',
    'https://eu-east.com/world-news/azerbaijan-detains-7-linked-to-russian-media-outlet-amid-worsening-of-baku-moscow-ties',
    '2025-07-01',
    'C',
    1,
  ),
  devdiscourseJul2: source(
    'Russia says it still has no access to its detained citizens in Azerbaijan',
    'Devdiscourse (Reuters)',
    'https://www.devdiscourse.com/article/law-order/3489604-russia-says-it-still-has-no-access-to-its-detained-citizens-in-azerbaijan',
    '2025-07-02',
    'B',
    1,
  ),
  tassJul7: source(
    'Moscow in constant contact with Baku to protect detained Russians, Kremlin says',
    'TASS',
    'https://tass.com/politics/1986363',
    '2025-07-07',
    'B',
    1,
  ),
  trendJul19: source(
    'Azerbaijan preparing case to appeal to international court over AZAL plane incident - President Ilham Aliyev',
    'Trend News Agency',
    'https://www.trend.az/azerbaijan/politics/4072015.html',
    '2025-07-19',
    'B',
    1,
  ),
  unnJul19: source(
    'Azerbaijan prepares lawsuit against Russia over AZAL plane crash',
    'UNN',
    'https://unn.ua/en/news/azerbaijan-prepares-lawsuit-against-russia-over-azal-plane-crash',
    '2025-07-19',
    'C',
    1,
  ),
  kavkazJul21: source(
    "Preparation of international lawsuits marked Baku's political distancing from Moscow",
    'Caucasian Knot',
    'https://caucasianknot.org/articles/66694',
    '2025-07-21',
    'C',
    1,
  ),
  kavkazSep10: source(
    "Lawyers consider Baku's demand for compensation for the AZAL plane crash appropriate",
    'Caucasian Knot',
    'https://www.eng.kavkaz-uzel.eu/articles/68465',
    '2025-09-10',
    'C',
    2,
  ),
  kommersantOct7: source(
    'Путин и Алиев провели телефонный разговор',
    'Kommersant',
    'https://www.kommersant.ru/doc/8098911',
    '2025-10-07',
    'B',
    1,
  ),
  vedomostiOct7: source(
    'В Кремле оценили важность звонка Алиева Путину',
    'Vedomosti',
    'https://www.vedomosti.ru/politics/news/2025/10/07/1144888-v-kremle-otsenili',
    '2025-10-07',
    'B',
    1,
  ),
  anewsOct9: source(
    'Putin vows full compensation for AZAL plane crash victims',
    'A News (Anadolu)',
    'https://www.anews.com.tr/world/2025/10/09/putin-vows-full-compensation-for-azal-plane-crash-victims',
    '2025-10-09',
    'B',
    1,
  ),
  apOct9: source(
    "Putin says Russian air defenses were responsible for Azerbaijani jet's crash last year, killing 38",
    'Journal-News (AP)',
    'https://www.journal-news.com/news/nation-world/putin-says-russian-air-defenses-were-responsible-for-azerbaijani-jets-crash-last-year-killing-38/QAA7O5UJUZMSFNXH65PWFCXB3M/',
    '2025-10-09',
    'B',
    1,
  ),
  moscowtimesOct10: source(
    'Azerbaijan frees Sputnik editor after Putin blames deadly plane crash on Russian missiles',
    'The Moscow Times',
    'https://www.themoscowtimes.com/2025/10/10/azerbaijan-frees-sputnik-editor-after-putin-blames-deadly-plane-crash-on-russian-missiles-a90775',
    '2025-10-10',
    'B',
    1,
  ),
  vzOct10: source(
    'Ушаков рассказал об освобождении Картавых',
    'Vzglyad',
    'https://vz.ru/news/2025/10/10/1365525.html',
    '2025-10-10',
    'C',
    1,
  ),
  portfolioOct24: source(
    'Összeveszés után nagy összeborulás: több jel is utal arra, hogy Putyin visszaszerezheti régi szövetségese barátságát',
    'Portfolio.hu (TASS)',
    'https://www.portfolio.hu/global/20251024/osszeveszes-utan-nagy-osszeborulas-tobb-jel-is-utal-arra-hogy-putyin-visszaszerezheti-regi-szovetsegese-barasagat-795192',
    '2025-10-24',
    'C',
    1,
  ),
  abcOct25: source(
    'Azerbaiyán libera a periodista ruso de Sputnik tras conversación entre Aliyev y Putin',
    'ABC Color (EFE)',
    'https://www.abc.com.py/internacionales/2025/10/25/azerbaiyan-libera-a-periodista-ruso-de-sputnik-tras-conversacion-entre-aliyev-y-putin/',
    '2025-10-25',
    'B',
    1,
  ),
  newsazNov14: source(
    'Baku summons Russian envoy after missile hits Azerbaijani embassy in Kyiv',
    'News.Az',
    'https://news.az/news/baku-summons-russian-envoy-after-missile-hits-azerbaijani-embassy-in-kyiv',
    '2025-11-14',
    'C',
    1,
  ),
  factflowNov14: source(
    'Azerbaijan protests to Russia after Kyiv embassy damaged in Russian missile attack',
    'FactFlow',
    'https://factflow.world/2025/11/14/azerbaijan-protests-to-russia-after-kyiv-embassy-damaged-in-russian-missile-attack',
    '2025-11-14',
    'C',
    2,
  ),
  vedomostiDec24: source(
    'Путин выступит … (Putin and Aliyev spoke by phone)',
    'Vedomosti',
    'https://www.vedomosti.ru/politics/news/2025/12/24/1166012-putin-vistupit',
    '2025-12-24',
    'B',
    1,
  ),
  reportDec26: source(
    'Interim report says AZAL plane was shot down over Grozny',
    'Report.az',
    'https://report.az/en/foreign-politics/interim-report-says-azal-plane-was-shot-down-over-grozny',
    '2025-12-26',
    'C',
    2,
  ),
  newsazDec26: source(
    'Joint expert assessment: AZAL plane was shot down',
    'News.Az (AZERTAC)',
    'https://news.az/news/joint-expert-assessment-azal-plane-was-shot-down',
    '2025-12-26',
    'C',
    1,
  ),
  newsazDec30: source(
    'Azerbaijan urges Russia to deliver on crash compensation pledge',
    'News.Az',
    'https://news.az/news/azerbaijan-urges-russia-to-deliver-on-crash-compensation-pledge',
    '2025-12-30',
    'C',
    1,
  ),
};

const D = {
  apology: 'az-apology',
  guilt: 'az-admit-guilt',
  punish: 'az-punish-culprits',
  compensation: 'az-compensation',
  yekaterinburgProbe: 'az-yekaterinburg-investigation',
  release: 'ru-release-detained',
};
const R = { dushanbe: 'dushanbe-2025-10-09' };
const O = { dushanbe: 'dushanbe-meeting-2025-10-09', sputnikRaid: 'sputnik-raid-2025-06-30' };

const events = [
  // ===== December 2024: the downing, the apology, the demands =====
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '2024-12-25', recordedAt: at24('12-27', '12:00') },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Azerbaijan – Russia: the AZAL crash and its sequels, 2024–25',
      subject:
        "Azerbaijan's demands over the downing of Azerbaijan Airlines flight 8243 (an apology, an admission of guilt, punishment of those responsible, compensation), and the crisis of relations that followed: the Yekaterinburg deaths, the arrests in Baku, the detainees on both sides",
      parties: [AZERBAIJAN, RUSSIA],
      mediators: [],
    },
    [S.trendDec27, S.moscowtimesDec27],
    { note: 'Opened at the crash, the first development it covers; no mediator (the two deal directly).' },
  ),
  ev(
    'ActorRegistered',
    'actor-ukraine',
    { occurredAt: '2024-12-25', recordedAt: at24('12-27', '12:02') },
    { actor: UKRAINE, role: 'third-party' },
    [S.aviation24Dec27],
    {
      note: "Russia's air defences were firing at Ukrainian drones over Grozny when the airliner was hit; Ukraine is at war with Russia and no party to these talks.",
    },
  ),
  ev(
    'IncidentReported',
    'inc-azal-8243',
    { occurredAt: '2024-12-25', recordedAt: at24('12-27', '12:05') },
    {
      incidentId: 'azal-8243-2024-12-25',
      kind: 'missile-strike',
      perpetrator: 'russia',
      allegedBy: 'azerbaijan',
      against: 'ukraine',
      harmed: 'azerbaijan',
      target: 'Azerbaijan Airlines flight J2-8243 (Embraer 190, Baku–Grozny), a civil airliner',
      place: 'Over Grozny, Chechnya (Russian airspace); the plane crashed near Aktau, Kazakhstan',
      fatalities: { min: 38, max: 38 },
      injured: { min: 29, max: 29 },
      civilianFatalities: { min: 38, max: 38 },
      description:
        'The airliner, approaching Grozny while Russian air defences were firing at Ukrainian drones, is hit from outside, loses control and is sent across the Caspian; it crashes near Aktau, killing 38 of the 67 aboard. Azerbaijani government sources say a Russian surface-to-air missile hit it; AZAL blames "physical and technical external interference"; the Kremlin declines to comment and awaits the investigation.',
    },
    [graded(S.moscowtimesDec27, 3), graded(S.aviation24Dec27, 3), S.trendDec27],
    {
      note: "Azerbaijan's account when recorded (graded 3): see the correction of 9 October. `against` Ukraine: the missiles were fired at Ukrainian drones and hit the airliner by mistake; `harmed` Azerbaijan: an attack blamed on Russia, not armed action between the pair (see the header).",
    },
  ),
  ev(
    'StatementMade',
    'stmt-azal-dec27',
    { occurredAt: '2024-12-27', recordedAt: at24('12-27', '12:10') },
    {
      speaker: AZAL,
      audience: 'russia',
      tone: 'critical',
      summary:
        'The preliminary results of the investigation show the crash was caused by "physical and technical interference"; flights from Baku to Mineralnye Vody, Sochi, Volgograd, Ufa and Samara are suspended from 28 December for safety (Grozny and Makhachkala since the 25th; Saratov, Vladikavkaz and Nizhny Novgorod later that day). Moscow, St Petersburg and other routes keep flying.',
    },
    [S.trendDec27, S.moscowtimesDec27],
  ),
  ev(
    'StatementMade',
    'stmt-putin-apology',
    { occurredAt: '2024-12-28', recordedAt: at24('12-28', '20:00') },
    {
      speaker: PUTIN,
      audience: 'azerbaijan',
      tone: 'conciliatory',
      summary:
        'In a phone call he initiated, Putin apologises to Aliyev for the "tragic incident" in Russian airspace and offers condolences; the Kremlin says Grozny, Mozdok and Vladikavkaz were under Ukrainian drone attack and Russian air defences were repelling it, and that a criminal case was opened — without saying Russia shot the plane down.',
      quote:
        'Vladimir Putin apologised for the tragic incident that occurred in Russian airspace and once again expressed his deep and sincere condolences to the families of the victims',
    },
    [S.neheraldDec28, S.cnewsDec28],
  ),
  ev(
    'DemandTabled',
    'dem-apology',
    { occurredAt: '2024-12-27', recordedAt: at24('12-29', '18:00') },
    {
      demandId: D.apology,
      by: 'azerbaijan',
      addressedTo: ['russia'],
      text: 'Russia apologises to Azerbaijan for the downing of the plane',
      category: 'political',
    },
    [S.thefederalDec29, S.commonspaceDec29],
    { note: "Handed to the Russian side on 27 December, by Aliyev's account of 29 December." },
  ),
  ev(
    'DemandTabled',
    'dem-guilt',
    { occurredAt: '2024-12-27', recordedAt: at24('12-29', '18:01') },
    {
      demandId: D.guilt,
      by: 'azerbaijan',
      addressedTo: ['russia'],
      text: 'Russia admits its guilt for the downing of the plane',
      category: 'political',
    },
    [S.thefederalDec29, S.commonspaceDec29],
  ),
  ev(
    'DemandTabled',
    'dem-punish',
    { occurredAt: '2024-12-27', recordedAt: at24('12-29', '18:02') },
    {
      demandId: D.punish,
      by: 'azerbaijan',
      addressedTo: ['russia'],
      text: 'Those responsible are punished and brought to criminal responsibility',
      category: 'political',
    },
    [S.thefederalDec29, S.commonspaceDec29],
  ),
  ev(
    'DemandTabled',
    'dem-compensation',
    { occurredAt: '2024-12-27', recordedAt: at24('12-29', '18:03') },
    {
      demandId: D.compensation,
      by: 'azerbaijan',
      addressedTo: ['russia'],
      text: 'Compensation is paid to the Azerbaijani state and to the injured passengers and crew members',
      category: 'economic',
    },
    [S.thefederalDec29, S.commonspaceDec29],
  ),
  ev(
    'PositionTaken',
    'pos-ru-apology',
    { occurredAt: '2024-12-28', recordedAt: at24('12-29', '18:05') },
    { demandId: D.apology, actorId: 'russia', stance: 'accepted', speaker: PUTIN },
    [S.neheraldDec28, S.thefederalDec29],
    { note: 'Aliyev: "The first of them was already fulfilled yesterday."' },
  ),
  ev(
    'PositionTaken',
    'pos-ru-guilt-dec',
    { occurredAt: '2024-12-28', recordedAt: at24('12-29', '18:06') },
    {
      demandId: D.guilt,
      actorId: 'russia',
      stance: 'ambiguous',
      conditions: 'An apology for a "tragic incident" in Russian airspace, without saying Russia shot the plane down',
      speaker: PUTIN,
    },
    [S.neheraldDec28, S.cnewsDec28],
  ),
  ev(
    'StatementMade',
    'stmt-aliyev-dec29',
    { occurredAt: '2024-12-29', recordedAt: at24('12-29', '18:10') },
    {
      speaker: ALIYEV,
      audience: 'russia',
      tone: 'accusation',
      summary:
        'On state television: the plane was damaged by fire from the ground over Russia, "not on purpose"; Russian bodies tried to hush it up with "absurd versions" for days; he rejects an investigation by the Interstate Aviation Committee (mostly Russian officials) and names his conditions: an apology (fulfilled), an admission of guilt, punishment and compensation.',
      quote:
        'We can say with complete clarity that the plane was shot down by Russia. We are not saying that it was done intentionally, but it was done.',
    },
    [S.thefederalDec29, S.inn29, S.commonspaceDec29],
  ),
  ev(
    'StatementMade',
    'stmt-putin-call2-dec29',
    { occurredAt: '2024-12-29', recordedAt: at24('12-30', '09:00') },
    {
      speaker: PUTIN,
      audience: 'azerbaijan',
      tone: 'neutral',
      summary: 'Putin phones Aliyev again after the interview is aired.',
    },
    [S.commonspaceDec29],
  ),

  // ===== February – May 2025: the Russian House, Sputnik, the parade =====
  ev(
    'ActorRegistered',
    'actor-kazakhstan',
    { occurredAt: '2025-02-04', recordedAt: at('02-05', '09:00') },
    { actor: KAZAKHSTAN, role: 'third-party' },
    [S.pravdaUaFeb4],
    {
      note: 'Leads the air-accident investigation (the crash was on its soil), with ICAO, Azerbaijan, Brazil and Russia.',
    },
  ),
  ev(
    'StatementMade',
    'stmt-kz-prelim-report',
    { occurredAt: '2025-02-04', recordedAt: at('02-05', '09:05') },
    {
      speaker: KZ_TRANSPORT,
      audience: 'international community',
      tone: 'neutral',
      summary:
        'The preliminary report finds many through holes in the tail, stabilisers, left engine and wing, some "of a distinct rectangular shape", and foreign metal objects in the wreckage; it assigns no blame and names no weapon.',
    },
    [S.pravdaUaFeb4, S.aviation24Feb5],
  ),
  ev(
    'StatementMade',
    'stmt-az-russian-house',
    { occurredAt: '2025-02-11', recordedAt: at('02-11', '18:00') },
    {
      speaker: AZ_MFA,
      audience: 'russia',
      tone: 'critical',
      summary:
        "The Russian House (Rossotrudnichestvo's office in Baku) suspends its activities at the Foreign Ministry's request: by Baku's note of 3 February it is not registered and has \"seriously violated\" Azerbaijani law; Baku expects Moscow to close it.",
    },
    [S.azernewsFeb11],
  ),
  ev(
    'StatementMade',
    'stmt-hajizada-sputnik-feb24',
    { occurredAt: '2025-02-24', recordedAt: at('02-24', '18:00') },
    {
      speaker: HAJIZADA,
      audience: 'russia',
      tone: 'critical',
      summary:
        'The office of Rossiya Segodnya (Sputnik) in Azerbaijan is closed; the agency may accredit one correspondent only.',
    },
    [S.newsazFeb24],
  ),
  ev(
    'StatementMade',
    'stmt-ushakov-parade',
    { occurredAt: '2025-05-07', recordedAt: at('05-07', '20:00') },
    {
      speaker: USHAKOV,
      audience: 'domestic audience',
      tone: 'neutral',
      summary:
        'Aliyev will not come to the Victory Day parade in Moscow on 9 May: Baku explained he must attend events dedicated to Heydar Aliyev. The only post-Soviet leader on cordial terms with Moscow to stay away.',
      quote: 'Unfortunately, we received news that Aliyev will not come.',
    },
    [S.evrimagaciMay7],
  ),

  // ===== June – July 2025: Yekaterinburg and Baku's answer =====
  ev(
    'IncidentReported',
    'inc-yekaterinburg',
    { occurredAt: '2025-06-27', recordedAt: at('06-30', '10:00') },
    {
      incidentId: 'yekaterinburg-raids-2025-06-27',
      kind: 'non-lethal-force',
      perpetrator: 'russia',
      allegedBy: 'azerbaijan',
      against: 'azerbaijan',
      target: 'Ethnic Azerbaijani residents of Yekaterinburg (the Safarov family)',
      place: 'Yekaterinburg, Sverdlovsk region, Russia',
      fatalities: { min: 2, max: 2 },
      civilianFatalities: { min: 2, max: 2 },
      description:
        'Russian police and National Guard (SOBR) units raid the homes of ethnic Azerbaijanis at night in an investigation of murders of 2001–2011; the brothers Ziyaddin and Huseyn Safarov die in custody, several people are seriously injured and nine detained. Baku: Azerbaijani citizens killed, "brutally" and on ethnic grounds; their brother: tortured to death. Russia\'s Investigative Committee: one died of heart failure, the other\'s cause of death was being established; those arrested are Azerbaijani-born Russian citizens.',
    },
    [S.moscowtimesJun30, S.hurriyetJun30, graded(S.kyivindependentJun29, 3)],
    { note: 'Police force on people, short of weapons fire: not armed action between forces (see the header).' },
  ),
  ev(
    'StatementMade',
    'stmt-az-mfa-jun28',
    { occurredAt: '2025-06-28', recordedAt: at('06-30', '10:05') },
    {
      speaker: AZ_MFA,
      audience: 'russia',
      tone: 'accusation',
      summary:
        'Summons Russia\'s chargé d\'affaires, Pyotr Volokovykh, to protest the "brutal killing" of two Azerbaijanis in Yekaterinburg; calls the acts "ethnically motivated public and deliberate unlawful actions" that "have recently taken on a systematic nature".',
    },
    [S.moscowtimesJun30, S.kyivindependentJun29],
  ),
  ev(
    'DemandTabled',
    'dem-yekaterinburg-probe',
    { occurredAt: '2025-06-28', recordedAt: at('06-30', '10:06') },
    {
      demandId: D.yekaterinburgProbe,
      by: 'azerbaijan',
      addressedTo: ['russia'],
      text: 'A full investigation of the Yekaterinburg deaths and prompt prosecution of all those responsible',
      category: 'humanitarian',
    },
    [S.hurriyetJun30, S.kyivindependentJun29],
  ),
  ev(
    'StatementMade',
    'stmt-az-culture-jun29',
    { occurredAt: '2025-06-29', recordedAt: at('06-30', '10:10') },
    {
      speaker: AZ_CULTURE,
      audience: 'russia',
      tone: 'accusation',
      summary:
        'All concerts, festivals, performances and exhibitions planned in Azerbaijan by Russian state and private organisations are cancelled over "the demonstrative targeted and extrajudicial killings and acts of violence committed by Russian law enforcement agencies against Azerbaijanis on ethnic grounds"; the government also calls off Deputy Prime Minister Overchuk\'s visit ("not appropriate under the current circumstances").',
    },
    [S.kyivindependentJun29, S.hurriyetJun30, S.moscowtimesJun30],
  ),
  ev(
    'StatementMade',
    'stmt-ru-mfa-jun30',
    { occurredAt: '2025-06-30', recordedAt: at('06-30', '12:00') },
    {
      speaker: PESKOV,
      audience: 'azerbaijan',
      tone: 'critical',
      summary:
        'The Kremlin regrets Baku\'s cancellations; the police acted lawfully and Moscow "will keep explaining" what happened. The Foreign Ministry says Volokovykh "offered the necessary explanations" and that those arrested are Russian citizens accused of past crimes.',
    },
    [S.moscowtimesJun30, S.brusselsJun30],
  ),
  ev(
    'StatementMade',
    'stmt-az-interior-sputnik',
    { occurredAt: '2025-06-30', recordedAt: at('07-01', '10:00') },
    {
      speaker: AZ_INTERIOR,
      audience: 'russia',
      tone: 'accusation',
      summary:
        'Masked police raid the Baku office of Sputnik Azerbaijan: it kept operating through "illegal financing" after its accreditation was revoked in February. Its executive director Igor Kartavykh and editor-in-chief Yevgeny Belousov are detained (local media: as FSB officers) and charged with fraud, money laundering and illegal enterprise, held four months; five others are detained.',
    },
    [S.apJul1, S.euEastJul1, S.brusselsJun30],
    {
      cameo: '173',
      occurrence: O.sputnikRaid,
      note: 'An arrest, recorded as the statement that announced it (see the header).',
    },
  ),
  ev(
    'StatementMade',
    'stmt-ru-summons-jun30',
    { occurredAt: '2025-06-30', recordedAt: at('07-01', '10:05') },
    {
      speaker: RUSSIA_MFA,
      audience: 'azerbaijan',
      tone: 'accusation',
      summary:
        'Summons Azerbaijan\'s ambassador, Rahman Mustafayev, over "unfriendly actions by Baku and the illegal detention of Russian journalists"; Zakharova says consular officers are refused access to them.',
    },
    [S.brusselsJun30, S.apJul1],
    { occurrence: O.sputnikRaid },
  ),
  ev(
    'DemandTabled',
    'dem-release',
    { occurredAt: '2025-07-01', recordedAt: at('07-01', '18:00') },
    {
      demandId: D.release,
      by: 'russia',
      addressedTo: ['azerbaijan'],
      text: 'The immediate release of the detained Sputnik Azerbaijan journalists and consular access to the Russians held in Baku',
      category: 'humanitarian',
    },
    [S.apJul1, S.euEastJul1],
  ),
  ev(
    'StatementMade',
    'stmt-peskov-jul1',
    { occurredAt: '2025-07-01', recordedAt: at('07-01', '18:05') },
    {
      speaker: PESKOV,
      audience: 'azerbaijan',
      tone: 'critical',
      summary: 'The Kremlin calls for the release of the detained Russians.',
      quote:
        'Such measures against members of the media are absolutely not in line with generally accepted rules and norms and, of course, do not match the spirit and nature of Russian-Azerbaijani relations.',
    },
    [S.apJul1, S.euEastJul1],
  ),
  ev(
    'StatementMade',
    'stmt-zakharova-jul2',
    { occurredAt: '2025-07-02', recordedAt: at('07-02', '18:00') },
    {
      speaker: ZAKHAROVA,
      audience: 'azerbaijan',
      tone: 'critical',
      summary:
        'Russia still has no access to its citizens detained in Baku: after the two journalists on Monday, about fifteen Russians were detained on Tuesday on suspicion of drug trafficking and cybercrime (a court remanded eight for four months). She calls on Baku to return relations to the level of strategic cooperation.',
    },
    [S.devdiscourseJul2],
  ),
  ev(
    'StatementMade',
    'stmt-peskov-jul7',
    { occurredAt: '2025-07-07', recordedAt: at('07-07', '18:00') },
    {
      speaker: PESKOV,
      audience: 'azerbaijan',
      tone: 'neutral',
      summary:
        'Moscow is in "continuous dialogue" with Baku to protect the detained Russians; the prosecutors general and the heads of the investigative bodies are in regular contact. Consular officers have seen 13 Russians held in Azerbaijan.',
    },
    [S.tassJul7],
  ),
  ev(
    'StatementMade',
    'stmt-aliyev-jul19',
    { occurredAt: '2025-07-19', recordedAt: at('07-20', '09:00') },
    {
      speaker: ALIYEV,
      audience: 'russia',
      tone: 'warning',
      summary:
        'At the Shusha Global Media Forum: for seven months Russia has answered only that "the investigation continues"; Azerbaijan has told Russia it is preparing a case for international courts over the plane, and will wait ten years if need be, as for MH17. The Ukrainian-drone version is "a story for kindergarten"; the demands stand (admission of guilt, punishment, compensation to the families and to AZAL).',
      quote: 'We will not forget. … justice must be achieved.',
    },
    [S.trendJul19, S.unnJul19],
  ),
  ev(
    'StatementMade',
    'stmt-peskov-jul21',
    { occurredAt: '2025-07-21', recordedAt: at('07-21', '18:00') },
    {
      speaker: PESKOV,
      audience: 'azerbaijan',
      tone: 'neutral',
      summary:
        'It is Azerbaijan\'s right to go to court; Moscow will wait for official verdicts and hopes the "difficult period" in relations will pass.',
    },
    [S.kavkazJul21],
  ),

  // ===== September 2025: insurance or compensation =====
  ev(
    'StatementMade',
    'stmt-ru-mfa-sep4',
    { occurredAt: '2025-09-04', recordedAt: at('09-10', '09:00') },
    {
      speaker: RUSSIA_MFA,
      audience: 'azerbaijan',
      tone: 'critical',
      summary:
        'Russia has "fully paid" for the plane: the insurer AlfaStrakhovanie has paid AZAL the hull\'s insured value (about 1 billion roubles) and settled the claims of most passengers and families; reports of non-payment are "lies". Baku answers that insurance payments are not compensation.',
    },
    [S.kavkazSep10],
  ),
  ev(
    'PositionTaken',
    'pos-ru-compensation-sep',
    { occurredAt: '2025-09-04', recordedAt: at('09-10', '09:05') },
    {
      demandId: D.compensation,
      actorId: 'russia',
      stance: 'counter-proposed',
      conditions:
        'Insurance payments to AZAL and the passengers stand for compensation; no state compensation, no admission of guilt',
    },
    [S.kavkazSep10],
  ),

  // ===== October 2025: the call, Dushanbe, the releases =====
  ev(
    'StatementMade',
    'stmt-peskov-oct7',
    { occurredAt: '2025-10-07', recordedAt: at('10-07', '18:00') },
    {
      speaker: PESKOV,
      audience: 'azerbaijan',
      tone: 'conciliatory',
      summary:
        'Aliyev phoned Putin for his birthday, their first call since December; they discussed the state and prospects of relations. Peskov calls the conversation "very important"; the presidents will meet in Dushanbe.',
    },
    [S.kommersantOct7, S.vedomostiOct7],
  ),
  ev(
    'TalksRoundOpened',
    'round-dushanbe-open',
    { occurredAt: '2025-10-09', recordedAt: at('10-09', '18:00') },
    {
      roundId: R.dushanbe,
      label: 'Putin – Aliyev meeting, Dushanbe (CIS summit)',
      format: 'formal',
      venue: 'Dushanbe, Tajikistan',
      delegations: [
        { actorId: 'azerbaijan', head: ALIYEV },
        { actorId: 'russia', head: PUTIN },
      ],
    },
    [S.anewsOct9, S.apOct9],
    { occurrence: O.dushanbe },
  ),
  ev(
    'StatementMade',
    'stmt-putin-dushanbe',
    { occurredAt: '2025-10-09', recordedAt: at('10-09', '18:05') },
    {
      speaker: PUTIN,
      audience: 'azerbaijan',
      tone: 'conciliatory',
      summary:
        'Opening the talks, Putin says two Russian air-defence missiles fired at Ukrainian drones exploded metres from the airliner, through "technical malfunctions", and their fragments most likely brought it down; Russia will pay compensation and give a legal assessment of the actions of all officials involved; he hopes the alliance will be restored.',
      quote:
        "The Russian side will obviously do everything to provide compensation and give legal assessment to all responsible officials' action.",
    },
    [S.anewsOct9, S.apOct9],
    { occurrence: O.dushanbe },
  ),
  ev(
    'StatementMade',
    'stmt-aliyev-dushanbe',
    { occurredAt: '2025-10-09', recordedAt: at('10-09', '18:10') },
    {
      speaker: ALIYEV,
      audience: 'russia',
      tone: 'conciliatory',
      summary:
        'Aliyev thanks Putin for overseeing the investigation personally and has "no doubt" it will settle everything objectively.',
    },
    [S.anewsOct9, S.apOct9],
    { occurrence: O.dushanbe },
  ),
  ev(
    'PositionTaken',
    'pos-ru-guilt-oct',
    { occurredAt: '2025-10-09', recordedAt: at('10-09', '18:15') },
    {
      demandId: D.guilt,
      actorId: 'russia',
      stance: 'accepted',
      quote: 'Two missiles … exploded several meters from the plane',
      speaker: PUTIN,
    },
    [S.apOct9, S.anewsOct9],
  ),
  ev(
    'PositionTaken',
    'pos-ru-compensation-oct',
    { occurredAt: '2025-10-09', recordedAt: at('10-09', '18:16') },
    { demandId: D.compensation, actorId: 'russia', stance: 'accepted', speaker: PUTIN },
    [S.apOct9, S.anewsOct9],
  ),
  ev(
    'PositionTaken',
    'pos-ru-punish-oct',
    { occurredAt: '2025-10-09', recordedAt: at('10-09', '18:17') },
    {
      demandId: D.punish,
      actorId: 'russia',
      stance: 'accepted-in-principle',
      conditions:
        'A legal assessment of the actions of all officials involved (AP: "pledged to punish those responsible")',
      speaker: PUTIN,
    },
    [S.apOct9, S.anewsOct9],
  ),
  ev(
    'EventCorrected',
    'corr-azal-8243',
    { occurredAt: '2025-10-09', recordedAt: at('10-09', '18:20') },
    {
      eventId: idOf('inc-azal-8243'),
      changes: { sources: [S.moscowtimesDec27, S.trendDec27, S.apOct9, S.anewsOct9] },
      reason:
        "Putin says Russian air-defence missiles exploded near the airliner and their fragments brought it down: Azerbaijan's account is no longer one side's claim.",
    },
    [S.apOct9, S.anewsOct9],
  ),
  ev(
    'AgreementReached',
    'agr-dushanbe',
    { occurredAt: '2025-10-09', recordedAt: at('10-10', '12:00') },
    {
      agreementId: 'dushanbe-2025-10-09',
      kind: 'partial',
      provisions: [
        'Russia provides compensation for the downing of the AZAL plane',
        'Russia gives a legal assessment of the actions of all officials involved',
        "Each side releases a detainee of the other: Sputnik Azerbaijan's Igor Kartavykh (to house arrest in Baku) and an Azerbaijani held in Russia (reported as Mamedali Agayev)",
      ],
      signatories: ['azerbaijan', 'russia'],
      textPublic: false,
      roundId: R.dushanbe,
    },
    [S.moscowtimesOct10, S.vzOct10, S.apOct9],
    {
      occurrence: O.dushanbe,
      note: 'The release was agreed by the presidents\' aides (Ushakov and Hikmet Hajiyev) on the eve of the meeting; Baku later speaks of "the agreements reached in Dushanbe" on compensation.',
    },
  ),
  ev(
    'TalksRoundConcluded',
    'round-dushanbe-concluded',
    { occurredAt: '2025-10-09', recordedAt: at('10-10', '12:05') },
    {
      roundId: R.dushanbe,
      outcome: 'agreement',
      summary:
        'Putin admits the cause and promises compensation; the first meeting of the presidents since the crisis began; detainees released on both sides.',
    },
    [S.moscowtimesOct10, S.apOct9],
    { occurrence: O.dushanbe },
  ),
  ev(
    'StatementMade',
    'stmt-putin-aliyev-call-oct24',
    { occurredAt: '2025-10-24', recordedAt: at('10-25', '17:00') },
    {
      speaker: PUTIN,
      audience: 'azerbaijan',
      tone: 'conciliatory',
      summary:
        'Putin and Aliyev speak by phone: both reaffirm their commitment to developing trade and joint projects and agree to keep up contacts at all levels. Kartavykh, released from house arrest, has returned to Russia this week.',
    },
    [S.portfolioOct24, S.abcOct25],
  ),
  ev(
    'PositionTaken',
    'pos-az-release-oct25',
    { occurredAt: '2025-10-25', recordedAt: at('10-25', '18:00') },
    {
      demandId: D.release,
      actorId: 'azerbaijan',
      stance: 'accepted',
      conditions:
        "Belousov flies to Moscow after the presidents' call, a week after Kartavykh; no source gives the fate of the other Russians held",
    },
    [S.abcOct25],
  ),

  // ===== November – December 2025: the embassy, the anniversary =====
  ev(
    'IncidentReported',
    'inc-kyiv-embassy',
    { occurredAt: '2025-11-14', recordedAt: at('11-14', '18:00') },
    {
      incidentId: 'kyiv-embassy-2025-11-14',
      kind: 'missile-strike',
      perpetrator: 'russia',
      allegedBy: 'azerbaijan',
      against: 'ukraine',
      harmed: 'azerbaijan',
      target: 'The compound of the Embassy of Azerbaijan in Kyiv',
      place: 'Kyiv, Ukraine',
      description:
        "During Russia's missile and drone attack on Kyiv around 01:00, an Iskander-type missile falls on the embassy's grounds: part of the perimeter wall destroyed, the administrative building, the consular section and service vehicles damaged; no one hurt. Baku recalls earlier Russian strikes near its missions (Kharkiv 2022, a Kinzhal 35 steps from the embassy in January 2024, a strike 50 metres away on 28 August 2025).",
    },
    [S.newsazNov14, S.factflowNov14],
    {
      note: "`against` Ukraine: Russia's strike was on Kyiv; `harmed` Azerbaijan: an attack blamed on Russia, not armed action between the pair (see the header).",
    },
  ),
  ev(
    'StatementMade',
    'stmt-az-mfa-nov14',
    { occurredAt: '2025-11-14', recordedAt: at('11-14', '18:05') },
    {
      speaker: AZ_MFA,
      audience: 'russia',
      tone: 'accusation',
      summary:
        'Summons Russia\'s ambassador, Mikhail Yevdokimov, hands him a note verbale and a "strong protest": such attacks on diplomatic missions are "unacceptable" and contrary to international law; Russia must investigate and explain in detail.',
    },
    [S.newsazNov14, S.factflowNov14],
  ),
  ev(
    'StatementMade',
    'stmt-putin-aliyev-call-dec24',
    { occurredAt: '2025-12-24', recordedAt: at('12-24', '20:00') },
    {
      speaker: PESKOV,
      audience: 'azerbaijan',
      tone: 'conciliatory',
      summary:
        'Putin phoned Aliyev for his birthday and the New Year; they exchanged views on the current situation. The Kremlin calls the conversation "very warm and needed".',
    },
    [S.vedomostiDec24],
  ),
  ev(
    'StatementMade',
    'stmt-kz-interim-report',
    { occurredAt: '2025-12-25', recordedAt: at('12-26', '12:00') },
    {
      speaker: KZ_TRANSPORT,
      audience: 'international community',
      tone: 'neutral',
      summary:
        "On the anniversary, Kazakhstan's interim statement: no internal explosion (the oxygen cylinders were intact); the damage was presumably caused by the striking elements of a warhead; the final report will follow.",
    },
    [S.reportDec26, S.newsazDec26],
  ),
  ev(
    'StatementMade',
    'stmt-mustafayev-dec30',
    { occurredAt: '2025-12-30', recordedAt: at('12-30', '18:00') },
    {
      speaker: MUSTAFAYEV,
      audience: 'russia',
      tone: 'neutral',
      summary:
        'At a meeting he asked for with Deputy Foreign Minister Mikhail Galuzin, the ambassador stresses the swift implementation of the agreements reached in Dushanbe, above all compensation and the legal assessment of the officials; the Dushanbe meeting was "an important step toward normalising" relations.',
    },
    [S.newsazDec30],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'azerbaijan-russia-2024.jsonl',
  logEnd: '2026-01-01T00:00:00Z',
  events,
};

export default definition;
