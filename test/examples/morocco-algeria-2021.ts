/**
 * A test fixture, not a shipped example: the break between Morocco and
 * Algeria, July 2021 – October 2023, as an analyst following the news could
 * have recorded it — Morocco's envoy at the UN backing "self-determination"
 * for the Kabyle people (13–14 July 2021) and Algeria's recall of its
 * ambassador (18 July); the king's outstretched hand (31 July); the Kabylie
 * wildfires and the lynching of Djamel Bensmail (9–11 August), which Algeria's
 * High Security Council laid at the door of the MAK, "supported by Morocco and
 * the Zionist entity" (18 August); Algeria cutting diplomatic relations (24
 * August) and the calls of Saudi Arabia and the Arab League for dialogue;
 * Algeria's airspace closed to every Moroccan aircraft (22 September); the
 * Maghreb–Europe gas pipeline contract ended (31 October); the three Algerian
 * lorry drivers killed near Bir Lahlou (1 November), which Algeria blamed on
 * Morocco and vowed would "not go unpunished"; the Israeli defence pact with
 * Rabat (24 November); Spain's turn on the Western Sahara and Algeria's recall
 * of its ambassador from Madrid (March 2022); the Arab League summit in
 * Algiers that the king did not attend (November 2022); Tebboune's "point of
 * no return" (March 2023); Israel's recognition of Moroccan sovereignty over
 * the Western Sahara (July 2023); and the Algerian coast guard killing two
 * jet-skiers from Saïdia who strayed into Algerian waters (29 August 2023).
 * Escalation model v2 was never tuned on it: it is the case the model is held
 * to in morocco-algeria-2021.spec.ts, against the calls an analyst makes from
 * DOMAIN.md §5b alone.
 *
 * What it tests that the other cases did not: a crisis between two
 * neighbours with no fighting between them at all — a diplomatic break, an
 * airspace closed against the other party, a gas contract ended, a lethal
 * strike on the other's nationals in a third party's area blamed on the
 * other, a killing at sea by the other's coast guard — and years of frozen
 * relations: where the line lies between strained and coercive, and whether
 * it ever reaches cooperative.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source.
 *
 * Grading as in examples/README.md: B = established outlet or wire copy, C =
 * smaller outlet, aggregator or mirror of a wire story; 1 = an on-record
 * statement or act confirmed by the actor itself; 2 = several outlets agree or
 * one established outlet reports it; 3 = one side's unverified claim about the
 * other. Pages without a printed date are dated from their own account
 * ("Saturday, July 31").
 *
 * Judgement calls, recorded as an analyst would:
 * - The pair is Morocco and Algeria (the parties). Saudi Arabia (whose
 *   foreign ministry called for dialogue the day after the break) and the
 *   Arab League (whose secretary-general urged restraint) are mediators,
 *   though Algeria said no country could mediate (Tebboune to Le Figaro,
 *   December 2022). The MAK, the Polisario Front, Israel, Spain and France
 *   are third parties.
 * - The land border has been closed since 1994, and every source of the
 *   period says so. Nothing closed it in 2021–23: it is the standing state of
 *   the pair, not an act of this crisis, and it is not recorded as a closure
 *   (as the Armenia – Azerbaijan cases do with their border closed since the
 *   1990s). The king's calls to reopen it are recorded as what he said.
 * - Algeria's closure of its airspace to all Moroccan civil and military
 *   aircraft and aircraft registered in Morocco (22 September 2021) is a
 *   border closed against the other party (`border-closure`), as the
 *   India – Pakistan 2019 case records Pakistan's airspace closed to Indian
 *   flights; it shares one occurrence with the High Security Council's
 *   statement that announced it. No source searched reports it lifted: it
 *   stands to the end of the record.
 * - The wildfires (from 9 August 2021, at least 90 dead)
 *   and the lynching of Djamel Bensmail (11 August) are recorded as what
 *   Algeria alleged them to be: the MAK's attacks (`militant-attack`,
 *   perpetrator `mak` as alleged by Algeria, graded 3). Algeria blamed them
 *   on Morocco days later, and the blame is recorded on the day it was laid
 *   (`blames`): by the High Security Council on 18 August (its statement on
 *   the fires and a second development of the same meeting on the lynching,
 *   one occurrence), and renewed for the fires by Lamamra on 24 August. They
 *   were recorded when the High Security Council made the charge (18
 *   August); the count of the fires is of the fires, not of arson proved.
 * - Cutting diplomatic relations (24 August) is Lamamra's statement with
 *   CAMEO 161 (reduce or break diplomatic relations), as the DRC – Rwanda case
 *   records Kinshasa's; the recall of the ambassador (18 July) likewise.
 * - Ending the gas pipeline contract (31 October) has no type of its own: it
 *   is recorded as the presidency's statement with CAMEO 163 (embargo,
 *   boycott or sanctions), with the note.
 * - The killing of the three lorry drivers (1 November 2021) is Algeria's
 *   allegation against Morocco's forces ("sophisticated weaponry", a drone
 *   strike by the specialist press): force that killed the other's
 *   nationals, in the Polisario-held area of the Western Sahara east of the
 *   berm — not on Algeria's territory, not between the two's forces — so
 *   `lethal-force`, perpetrator `morocco` as alleged by Algeria, graded 3.
 *   Morocco did not comment officially; an "informed source" denied it.
 * - The jet-skiers (29 August 2023): Algeria's defence ministry confirmed that
 *   its coast guard fired on three jet-skis in its territorial waters; the
 *   two dead were a French-Moroccan and a Moroccan from the resort of Saïdia,
 *   the third was wounded and detained. Force used by one party's forces on
 *   the other's nationals outside fighting between the two: `lethal-force`,
 *   perpetrator `algeria`, graded 1 for the shooting (Algeria's own account)
 *   and 2 for the toll.
 * - The invitation to the Arab League summit delivered to Rabat by Algeria's
 *   minister of justice (announced by Morocco's foreign ministry on 7
 *   September 2022, and dated to it) is a conciliatory statement of Algeria's;
 *   the king's absence (30–31 October) is Bourita's critical statement.
 * - Third parties' acts (Lapid's words in Casablanca, Gantz's defence pact,
 *   Spain's turn and Algeria's recall of its envoy from Madrid, Israel's
 *   recognition of Moroccan sovereignty, France confirming its national's
 *   death) are recorded as theirs; none is the pair's.
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'morocco-algeria-break-2021';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 2021);
const rec = (day: string, time: string): string => `${day}T${time}:00Z`;

const MOROCCO: Actor = {
  id: 'morocco',
  name: 'Morocco',
  kind: 'state',
  aliases: ['Kingdom of Morocco', 'Rabat'],
};
const ALGERIA: Actor = {
  id: 'algeria',
  name: 'Algeria',
  kind: 'state',
  aliases: ["People's Democratic Republic of Algeria", 'Algiers'],
};
const MAK: Actor = {
  id: 'mak',
  name: 'Movement for the Self-Determination of Kabylie',
  kind: 'opposition-movement',
  aliases: ['MAK'],
};
const POLISARIO: Actor = {
  id: 'polisario',
  name: 'Polisario Front',
  kind: 'armed-group',
  aliases: ['Polisario', 'SADR'],
};
const ISRAEL: Actor = { id: 'israel', name: 'Israel', kind: 'state', aliases: ['Jerusalem'] };
const SAUDI: Actor = { id: 'saudi-arabia', name: 'Saudi Arabia', kind: 'state', aliases: ['Riyadh', 'KSA'] };
const ARAB_LEAGUE: Actor = {
  id: 'arab-league',
  name: 'League of Arab States',
  kind: 'international-organisation',
  aliases: ['Arab League'],
};
const SPAIN: Actor = { id: 'spain', name: 'Spain', kind: 'state', aliases: ['Madrid'] };
const FRANCE: Actor = { id: 'france', name: 'France', kind: 'state', aliases: ['Paris', 'Quai d’Orsay'] };

const KING: Person = { name: 'Mohammed VI', title: 'King of Morocco', actorId: 'morocco' };
const HILALE: Person = {
  name: 'Omar Hilale',
  title: 'Permanent Representative of Morocco to the UN',
  actorId: 'morocco',
};
const BOURITA: Person = { name: 'Nasser Bourita', title: 'Foreign Minister of Morocco', actorId: 'morocco' };
const MOROCCO_MFA: Person = { name: 'Ministry of Foreign Affairs of Morocco (statement)', actorId: 'morocco' };
const MOROCCO_SOURCE: Person = { name: 'An informed Moroccan source (anonymous)', actorId: 'morocco' };
const MOROCCO_ENERGY: Person = {
  name: 'ONHYM and ONEE (joint statement)',
  title: "Morocco's hydrocarbons office and electricity and water office",
  actorId: 'morocco',
};
const MOROCCO_GOVT: Person = { name: 'Government of Morocco', actorId: 'morocco' };
const TEBBOUNE: Person = { name: 'Abdelmadjid Tebboune', title: 'President of Algeria', actorId: 'algeria' };
const LAMAMRA: Person = { name: 'Ramtane Lamamra', title: 'Foreign Minister of Algeria', actorId: 'algeria' };
const ALGERIA_MFA: Person = { name: 'Ministry of Foreign Affairs of Algeria (statement)', actorId: 'algeria' };
const ALGERIA_PRESIDENCY: Person = {
  name: 'Presidency of Algeria (High Security Council statement)',
  actorId: 'algeria',
};
const ALGERIA_MOD: Person = { name: 'Ministry of National Defence of Algeria (statement)', actorId: 'algeria' };
const TABI: Person = {
  name: 'Abderrachid Tabi',
  title: 'Minister of Justice of Algeria, envoy of President Tebboune',
  actorId: 'algeria',
};
const LAPID: Person = { name: 'Yair Lapid', title: 'Foreign Minister of Israel', actorId: 'israel' };
const FRENCH_MFA: Person = { name: 'Ministry for Europe and Foreign Affairs of France', actorId: 'france' };

const KABYLIE = 'Kabylie (Tizi Ouzou and Béjaïa provinces)';
const BIR_LAHLOU = 'Near Bir Lahlou, Western Sahara (Polisario-held area east of the berm)';
const SAIDIA = 'Algerian territorial waters off Saïdia, at the maritime border';

const S = {
  lalibreJul19: source(
    'Maghreb: Alger a rappelé son ambassadeur à Rabat',
    'La Libre Belgique (AFP)',
    'https://www.lalibre.be/archives-journal/2021/07/19/breve-EC4XGEJF6JHNNESJHZ5VKGTRA4/',
    '2021-07-19',
    'B',
    2,
  ),
  memoJul19: source(
    'Algeria recalls ambassador from Morocco for consultation',
    'Middle East Monitor (Anadolu)',
    'https://www.middleeastmonitor.com/20210719-algeria-recalls-ambassador-from-morocco-for-consultation/',
    '2021-07-19',
    'C',
    2,
  ),
  aljazeeraJul18: source(
    'Algeria recalls envoy to Morocco in row over Western Sahara',
    'Al Jazeera',
    'https://www.aljazeera.com/news/2021/7/18/algeria-recalls-envoy-to-morocco-in-row-over-western-sahara',
    '2021-07-18',
    'B',
    1,
  ),
  novaJul19: source(
    "Nord Africa: l'Algeria richiama il suo ambasciatore in Marocco",
    'Agenzia Nova',
    'https://www.agenzianova.com/a/60f5258e8869d6.25685213/3536064/2021-07-19/nord-africa-l-algeria-richiama-il-suo-ambasciatore-in-marocco',
    '2021-07-19',
    'C',
    1,
  ),
  w24Aug1: source(
    'Mohammed VI calls on Algeria for appeasement',
    'W24 News',
    'https://www.w24news.com/news-mohammed-vi-calls-on-algeria-for-appeasement/',
    '2021-08-01',
    'C',
    1,
  ),
  marruecomAug14: source(
    'Primera reacción de Argelia a la visita del MAE de Israel a Marruecos',
    'Marruecom',
    'https://marruecom.com/2021/08/14/primera-reaccion-de-argelia-a-la-visita-del-mae-de-israel-a-marruecos',
    '2021-08-14',
    'C',
    2,
  ),
  africanewsAug18: source(
    'Algeria accuses Morocco of involvement in its deadly fires, to review relations',
    'Africanews (AFP)',
    'https://www.africanews.com/2021/08/18/algeria-accuses-morocco-of-involvement-in-its-deadly-fires-to-review-relations/',
    '2021-08-18',
    'B',
    1,
  ),
  allafricaAug19: source(
    'Algeria: High Security Council decides to review relations with Morocco',
    'AllAfrica (Algérie Presse Service)',
    'https://allafrica.com/stories/202108190266.html',
    '2021-08-19',
    'B',
    1,
  ),
  nationalpostAug24: source(
    'Algeria says cutting diplomatic ties with Morocco',
    'National Post (Reuters)',
    'https://nationalpost.com/pmn/news-pmn/disaster-pmn/algeria-says-cutting-diplomatic-ties-with-morocco-2',
    '2021-08-24',
    'B',
    1,
  ),
  echoroukAug24: source(
    'Ramtane Lamamra: Algeria decides to cut diplomatic relations with Morocco starting today',
    'Echorouk Online',
    'https://www.echoroukonline.com/ramtane-lamamra-algeria-decides-to-cut-diplomatic-relations-with-morocco-starting-today',
    '2021-08-24',
    'B',
    1,
  ),
  alarabiyaAug25: source(
    'Saudi Arabia, Arab League decry Algeria-Morocco diplomatic fallout',
    'Al Arabiya (AFP)',
    'https://english.alarabiya.net/News/north-africa/2021/08/25/Saudi-Arabia-Arab-League-decry-Algeria-Morocco-diplomatic-fallout',
    '2021-08-25',
    'B',
    1,
  ),
  saudigazetteAug25: source(
    'Saudi Arabia calls on Algeria and Morocco to solve dispute through dialogue',
    'Saudi Gazette',
    'https://saudigazette.com.sa/article/610213',
    '2021-08-25',
    'B',
    1,
  ),
  france24Sep22: source(
    'Algeria closes airspace to Moroccan aviation',
    'France 24 (AFP)',
    'https://www.france24.com/en/africa/20210922-algeria-closes-airspace-to-moroccan-aviation',
    '2021-09-22',
    'B',
    1,
  ),
  sifySep23: source(
    'Algeria closes airspace to Moroccan planes',
    'Sify (IANS/Xinhua)',
    'https://www.sify.com/news/algeria-closes-airspace-to-moroccan-planes-news-international-vjxhOfhhbjhjf.html',
    '2021-09-23',
    'C',
    1,
  ),
  matzavOct31: source(
    'The president seals the end of the gas pipeline passing through Morocco',
    'Matzav Review (Le Monde/AFP)',
    'https://matzavreview.com/2021/10/31/the-president-seals-the-end-of-the-gas-pipeline-passing-through-morocco/',
    '2021-10-31',
    'C',
    1,
  ),
  goaNov1: source(
    'Algeria to stop gas supplies to Spain through Morocco',
    'The Goa Spotlight (RIA Novosti)',
    'https://thegoaspotlight.com/2021/11/01/algeria-to-stop-gas-supplies-to-spain-through-morocco/',
    '2021-11-01',
    'C',
    2,
  ),
  aljazeeraNov3: source(
    'Three Algerians killed in attack presidency blames on Morocco',
    'Al Jazeera',
    'https://www.aljazeera.com/news/2021/11/3/three-algerians-killed-in-attack-presidency-blames-on-morocco',
    '2021-11-03',
    'B',
    1,
  ),
  matzavNov3: source(
    'Tension mounts in Western Sahara',
    'Matzav Review (Le Monde)',
    'https://matzavreview.com/2021/11/03/tension-mounts-in-western-sahara/',
    '2021-11-03',
    'C',
    2,
  ),
  axiosNov24: source(
    'Israel and Morocco sign defense deal',
    'Axios',
    'https://www.axios.com/2021/11/24/israel-benny-gantz-morocco-sign-defense-deal',
    '2021-11-24',
    'B',
    1,
  ),
  businessliveNov24: source(
    'Israel signs first defence pact with Morocco',
    'BusinessLIVE (Reuters)',
    'https://www.businesslive.co.za/bd/world/2021-11-24-israel-signs-first-defence-pact-with-morocco/',
    '2021-11-24',
    'B',
    1,
  ),
  ktvzMar20: source(
    'Algeria recalls Spanish ambassador over Western Sahara',
    'KTVZ (AP)',
    'https://ktvz.com/news/2022/03/20/algeria-recalls-spanish-ambassador-over-western-sahara/',
    '2022-03-20',
    'B',
    1,
  ),
  pledgetimesJul30: source(
    'Moroccan king: We will not allow the Algerians to be offended, and we look forward to working together',
    'Pledge Times',
    'https://pledgetimes.com/moroccan-king-we-will-not-allow-the-algerians-to-be-offended-and-we-look-forward-to-working-together/',
    '2022-07-30',
    'C',
    1,
  ),
  mjtSep10: source(
    "Arab League summit: Morocco receives Abdelmajid Tebboune's envoy",
    'MJT News',
    'https://www.mjtnews.com/2022/09/10/arab-league-summit-morocco-receives-abdelmajid-tebbounes-envoy/',
    '2022-09-10',
    'C',
    1,
  ),
  atalayarOct31: source(
    'Mohammed VI will not take part in the Arab League summit in Algeria',
    'Atalayar',
    'https://www.atalayar.com/en/articulo/politics/mohammed-vi-will-not-take-part-arab-league-summit-algeria/20221031164009158881.html',
    '2022-10-31',
    'C',
    2,
  ),
  sputnikNov1: source(
    'Rabat confirme l’absence du roi Mohammed VI au sommet arabe',
    'Sputnik Afrique',
    'https://fr.sputniknews.africa/20221101/rabat-confirme-labsence-du-roi-mohammed-vi-au-sommet-arabe-1056697266.html',
    '2022-11-01',
    'C',
    1,
  ),
  mediumNov1: source(
    'Morocco: king cancels participation in the Arab summit',
    'John Smith on Medium (Al Quds Al Arabi, Jeune Afrique)',
    'https://johnsmith13.medium.com/morocco-king-cancels-participation-in-the-arab-summit-9458e3034be6',
    '2022-11-01',
    'D',
    2,
  ),
  memoDec31: source(
    'Algeria President: severing relations with Rabat an alternative to war',
    'Middle East Monitor',
    'https://www.middleeastmonitor.com/20221231-algeria-president-severing-relations-with-rabat-an-alternative-to-war/',
    '2022-12-31',
    'C',
    1,
  ),
  memoMar22: source(
    "Algeria President: Morocco ties have reached 'point of no return'",
    'Middle East Monitor (Anadolu)',
    'https://www.middleeastmonitor.com/20230322-algeria-president-morocco-ties-have-reached-point-of-no-return/',
    '2023-03-22',
    'C',
    1,
  ),
  kionJul17: source(
    'Israel recognizes Moroccan sovereignty over Western Sahara',
    'KION (AP)',
    'https://kion546.com/news/ap-national-news/2023/07/17/israel-recognizes-moroccan-sovereignty-over-western-sahara/',
    '2023-07-17',
    'B',
    1,
  ),
  lbcJul30: source(
    'The Moroccan monarch hopes to get things back to normal with Algeria',
    'LBCI (AFP)',
    'https://www.lbcgroup.tv/news/middle-east-news/715786/the-moroccan-monarch-hopes-to-get-things-back-to-n/en',
    '2023-07-30',
    'C',
    1,
  ),
  jowharJul30: source(
    'In his Throne Speech, Mohammed VI hopes for a "return to normalcy" with Algiers',
    'Jowhar',
    'https://jowhar.com/in-his-throne-speech-mohammed-vi-hopes-for-a-return-to-normalcy-with-algiers/',
    '2023-07-30',
    'C',
    1,
  ),
  celebsnetAug31: source(
    'French dead in Algeria: why were holidaymakers killed by coastguards?',
    'Celebsnet',
    'https://www.celebsnet.com/breaking/french-dead-in-algeria-why-were-holidaymakers-killed-by-coastguards-h24844.html',
    '2023-08-31',
    'C',
    2,
  ),
  cdeSep1: source(
    'Tourists on jet skis shot dead off coast of Algeria',
    'CDE News (BBC)',
    'https://cde.news/tourists-on-jet-skis-shot-dead-off-coast-of-algeria/',
    '2023-09-01',
    'C',
    2,
  ),
  afroSep2: source(
    'Algerian forces accused of killing two men in jet ski shooting',
    'Afro News (DW)',
    'https://afro.news/2023/09/02/algerian-forces-accused-of-killing-two-men-in-jet-ski-shooting/',
    '2023-09-02',
    'C',
    2,
  ),
  apsSep3: source(
    'National Defense Ministry provides clarifications on three jet skis that crossed Algerian territorial waters illegally',
    'Embassy of Algeria in Zagreb (Algérie Presse Service)',
    'https://www.ambalgzagreb.com/national-defense-ministry-provides-clarifications-on-three-jet-skis-that-crossed-algerian-territorial-waters-illegally/',
    '2023-09-03',
    'B',
    1,
  ),
  trtSep3: source(
    'Algeria says its forces fired on Moroccan jet skiers who refused to stop',
    'TRT World',
    'https://www.trtworld.com/article/14807110',
    '2023-09-03',
    'B',
    1,
  ),
  dawnSep4: source(
    'Algiers says Moroccan jet skiers shot after refusal to comply',
    'Dawn (AFP)',
    'https://www.dawn.com/news/1773870/algiers-says-moroccan-jet-skiers-shot-after-refusal-to-comply',
    '2023-09-04',
    'B',
    1,
  ),
} as const;

const events = [
  // ===== July 2021: the Kabylie note and the recall =====
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '2021-07-13', recordedAt: rec('2021-07-19', '09:00') },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Morocco – Algeria: the break of 2021 and the frozen relations after it',
      subject:
        'Relations between Morocco and Algeria from the Kabylie note of July 2021 through the break of diplomatic relations, the closure of Algerian airspace, the end of the gas pipeline contract and the incidents of 2021–23; the Western Sahara (Algeria backs the Polisario Front) and Kabylie (Morocco’s envoy backed its "self-determination") behind them. The land border has been closed since 1994.',
      parties: [MOROCCO, ALGERIA],
      mediators: [],
    },
    [S.lalibreJul19, S.aljazeeraJul18],
  ),
  ev(
    'ActorRegistered',
    'actor-mak',
    { occurredAt: '2021-07-13', recordedAt: rec('2021-07-19', '09:01') },
    { actor: MAK, role: 'third-party' },
    [S.memoJul19],
  ),
  ev(
    'ActorRegistered',
    'actor-polisario',
    { occurredAt: '2021-07-13', recordedAt: rec('2021-07-19', '09:02') },
    { actor: POLISARIO, role: 'third-party' },
    [S.aljazeeraJul18],
  ),
  ev(
    'StatementMade',
    'stmt-hilale-kabylie',
    { occurredAt: '2021-07-13', recordedAt: rec('2021-07-19', '09:03') },
    {
      speaker: HILALE,
      audience: 'Non-Aligned Movement',
      tone: 'critical',
      summary:
        'In a note circulated at the Non-Aligned Movement meeting in New York (13–14 July), answering Lamamra’s support for self-determination in the Western Sahara, Morocco’s envoy says Algeria denies the same right to the Kabyle people.',
      quote: 'The valiant Kabyle people deserve, more than any other, to fully enjoy their right to self-determination',
    },
    [S.lalibreJul19, S.memoJul19],
  ),
  ev(
    'StatementMade',
    'stmt-algeria-clarify',
    { occurredAt: '2021-07-16', recordedAt: rec('2021-07-19', '09:04') },
    {
      speaker: ALGERIA_MFA,
      audience: 'morocco',
      tone: 'critical',
      summary:
        'Algeria asks Morocco to clarify its final position on the "inadmissible" remarks of its ambassador in New York, which it calls adventurist, irresponsible and manipulative.',
    },
    [S.novaJul19],
  ),
  ev(
    'StatementMade',
    'stmt-algeria-recall',
    { occurredAt: '2021-07-18', recordedAt: rec('2021-07-19', '09:05') },
    {
      speaker: ALGERIA_MFA,
      audience: 'morocco',
      tone: 'critical',
      summary:
        'With no positive answer from Morocco, Algeria recalls its ambassador in Rabat, Abdelhamid Abdaoui, for consultations with immediate effect, "without prejudice to other possible measures".',
    },
    [S.aljazeeraJul18, S.novaJul19, S.memoJul19],
    { cameo: '161', note: 'Recall of the ambassador (CAMEO 161, reduce diplomatic relations).' },
  ),
  ev(
    'StatementMade',
    'stmt-king-throne-2021',
    { occurredAt: '2021-07-31', recordedAt: rec('2021-08-02', '09:00') },
    {
      speaker: KING,
      audience: 'algeria',
      tone: 'conciliatory',
      summary:
        'In his Throne Day speech the king deplores the media and diplomatic tensions, invites Algeria to work together "without conditions" on relations of trust, dialogue and good neighbourliness, and calls for the border closed since 1994 to be reopened.',
      quote:
        'We renew our sincere invitation to our brothers in Algeria, to work together and without conditions for the establishment of bilateral relations based on trust, dialogue and good neighbourliness',
    },
    [S.w24Aug1],
  ),
  // ===== August 2021: the fires, the accusation, the break =====
  ev(
    'ActorRegistered',
    'actor-israel',
    { occurredAt: '2021-08-12', recordedAt: rec('2021-08-14', '09:00') },
    { actor: ISRAEL, role: 'third-party' },
    [S.marruecomAug14],
  ),
  ev(
    'StatementMade',
    'stmt-lapid-casablanca',
    { occurredAt: '2021-08-12', recordedAt: rec('2021-08-14', '09:01') },
    {
      speaker: LAPID,
      audience: 'algeria',
      tone: 'critical',
      summary:
        'At a press conference in Casablanca ending his visit, Israel’s foreign minister voices concern at the regional role of Algeria, "which has grown close to Iran" and leads the campaign against Israel’s observer status at the African Union.',
    },
    [S.marruecomAug14],
  ),
  ev(
    'IncidentReported',
    'inc-fires-kabylie',
    { occurredAt: '2021-08-09', recordedAt: rec('2021-08-19', '09:00') },
    {
      incidentId: 'kabylie-fires-2021-08',
      kind: 'militant-attack',
      perpetrator: 'mak',
      allegedBy: 'algeria',
      against: 'algeria',
      target: 'Forests and villages of northern Algeria',
      place: KABYLIE,
      fatalities: { min: 90, max: 90 },
      description:
        'Dozens of wildfires from 9 August kill at least 90, mostly in Tizi Ouzou and Béjaïa. Tebboune calls most of them criminal; on 18 August the High Security Council says the involvement of the MAK and Rachad in them is established, and that the MAK is supported by Morocco and Israel.',
    },
    [graded(S.allafricaAug19, 3), S.africanewsAug18],
  ),
  ev(
    'IncidentReported',
    'inc-bensmail',
    { occurredAt: '2021-08-11', recordedAt: rec('2021-08-19', '09:01') },
    {
      incidentId: 'bensmail-lynching-2021-08-11',
      kind: 'militant-attack',
      perpetrator: 'mak',
      allegedBy: 'algeria',
      against: 'algeria',
      target: 'Djamel Bensmail, a volunteer wrongly accused of arson',
      place: 'Larbaâ Nath Irathen, Tizi Ouzou',
      fatalities: { min: 1, max: 1 },
      civilianFatalities: { min: 1, max: 1 },
      description:
        'Djamel Bensmail, who had come to help fight the fires, is lynched and burned by a crowd; the High Security Council holds the MAK involved in his murder, and Morocco behind the MAK.',
    },
    [graded(S.allafricaAug19, 3), S.africanewsAug18],
  ),
  ev(
    'StatementMade',
    'stmt-hsc-aug18',
    { occurredAt: '2021-08-18', recordedAt: rec('2021-08-19', '09:02') },
    {
      speaker: ALGERIA_PRESIDENCY,
      audience: 'morocco',
      tone: 'accusation',
      summary:
        'An extraordinary meeting of the High Security Council, chaired by Tebboune, on the fires and "the unceasing hostile acts perpetrated by Morocco and its ally, the Zionist entity, against Algeria": relations with Morocco to be reviewed and security controls on the western borders intensified.',
      quote:
        'The constant hostile acts perpetrated by Morocco against Algeria have necessitated the revision of relations between the two countries and the intensification of security control at the western borders',
      blames: { incidentId: 'kabylie-fires-2021-08', on: 'morocco' },
    },
    [S.allafricaAug19, S.africanewsAug18],
    { occurrence: 'high-security-council-2021-08-18' },
  ),
  ev(
    'StatementMade',
    'stmt-hsc-aug18-bensmail',
    { occurredAt: '2021-08-18', recordedAt: rec('2021-08-19', '09:03') },
    {
      speaker: ALGERIA_PRESIDENCY,
      audience: 'morocco',
      tone: 'accusation',
      summary:
        'The same meeting of the High Security Council holds the MAK involved in the murder of Djamel Bensmail, and Morocco and the Zionist entity behind the MAK.',
      blames: { incidentId: 'bensmail-lynching-2021-08-11', on: 'morocco' },
    },
    [S.allafricaAug19, S.africanewsAug18],
    { occurrence: 'high-security-council-2021-08-18' },
  ),
  ev(
    'StatementMade',
    'stmt-lamamra-break',
    { occurredAt: '2021-08-24', recordedAt: rec('2021-08-24', '18:00') },
    {
      speaker: LAMAMRA,
      audience: 'morocco',
      tone: 'accusation',
      summary:
        'Algeria cuts diplomatic relations with Morocco from today: Morocco "has never stopped its hostile actions against Algeria" — its territory used to plan hostile acts, the last of them Lapid’s words from Rabat in the presence of Bourita, and "evidence" of its cooperation with the MAK and Rachad, "involved in the fires".',
      quote: 'Algeria has decided to cut diplomatic relations with the Kingdom of Morocco from today',
      blames: { incidentId: 'kabylie-fires-2021-08', on: 'morocco' },
    },
    [S.nationalpostAug24, S.echoroukAug24],
    { cameo: '161', note: 'Breaking off diplomatic relations (CAMEO 161).' },
  ),
  ev(
    'ActorRegistered',
    'actor-arab-league',
    { occurredAt: '2021-08-24', recordedAt: rec('2021-08-25', '12:00') },
    { actor: ARAB_LEAGUE, role: 'mediator' },
    [S.alarabiyaAug25],
  ),
  ev(
    'MediationAction',
    'med-arab-league-restraint',
    { occurredAt: '2021-08-24', recordedAt: rec('2021-08-25', '12:01') },
    {
      mediator: 'arab-league',
      action: 'requested-pause',
      summary:
        'Secretary-General Ahmed Aboul Gheit urges both countries "to exercise restraint and to avoid further escalation".',
    },
    [S.alarabiyaAug25],
  ),
  ev(
    'StatementMade',
    'stmt-morocco-unjustified',
    { occurredAt: '2021-08-24', recordedAt: rec('2021-08-25', '12:02') },
    {
      speaker: MOROCCO_MFA,
      audience: 'algeria',
      tone: 'critical',
      summary: 'Morocco’s foreign ministry answers that Algiers’ move is "completely unjustified".',
      quote: 'completely unjustified',
    },
    [S.alarabiyaAug25],
  ),
  ev(
    'ActorRegistered',
    'actor-saudi',
    { occurredAt: '2021-08-25', recordedAt: rec('2021-08-25', '12:03') },
    { actor: SAUDI, role: 'mediator' },
    [S.saudigazetteAug25],
  ),
  ev(
    'MediationAction',
    'med-saudi-dialogue',
    { occurredAt: '2021-08-25', recordedAt: rec('2021-08-25', '12:04') },
    {
      mediator: 'saudi-arabia',
      action: 'requested-resumption',
      summary:
        'Saudi Arabia regrets the break, hopes relations return "as soon as possible" and calls on both to give priority to dialogue and diplomacy; the Organisation of Islamic Cooperation calls for dialogue too.',
    },
    [S.saudigazetteAug25, S.alarabiyaAug25],
  ),
  // ===== September – November 2021: the airspace, the gas, Bir Lahlou =====
  ev(
    'IncidentReported',
    'inc-airspace-closed',
    { occurredAt: '2021-09-22', recordedAt: rec('2021-09-23', '09:00') },
    {
      incidentId: 'algeria-airspace-closure-2021-09-22',
      kind: 'border-closure',
      perpetrator: 'algeria',
      against: 'morocco',
      target: 'Moroccan civil and military aircraft and aircraft registered in Morocco',
      place: 'Algerian airspace',
      description:
        'After a High Security Council meeting on "developments at the borders with the Kingdom of Morocco", Algeria closes its airspace immediately to all Moroccan civil and military aircraft and to aircraft registered in Morocco (the presidency’s statement).',
    },
    [S.france24Sep22, S.sifySep23],
    { occurrence: 'airspace-closure-2021-09-22' },
  ),
  ev(
    'StatementMade',
    'stmt-hsc-sep22',
    { occurredAt: '2021-09-22', recordedAt: rec('2021-09-23', '09:01') },
    {
      speaker: ALGERIA_PRESIDENCY,
      audience: 'morocco',
      tone: 'accusation',
      summary:
        'The presidency announces the closure of the airspace "in view of the continued provocations and hostile practices on the Moroccan side".',
    },
    [S.france24Sep22],
    { occurrence: 'airspace-closure-2021-09-22' },
  ),
  ev(
    'StatementMade',
    'stmt-tebboune-gme',
    { occurredAt: '2021-10-31', recordedAt: rec('2021-11-01', '09:00') },
    {
      speaker: TEBBOUNE,
      audience: 'morocco',
      tone: 'critical',
      summary:
        'Tebboune orders Sonatrach to end its commercial relations with Morocco’s ONEE and not to renew the Maghreb–Europe gas pipeline contract, expiring at midnight, "in view of the hostile practices of the kingdom which undermine national unity": the gas Morocco took in kind for the transit (97 % of its needs, by industry estimates) stops; Spain is supplied by Medgaz.',
    },
    [S.matzavOct31, S.goaNov1],
    {
      cameo: '163',
      note: 'Ending the gas contract has no type of its own: a statement with CAMEO 163 (embargo, boycott or sanctions).',
    },
  ),
  ev(
    'StatementMade',
    'stmt-morocco-gme',
    { occurredAt: '2021-10-31', recordedAt: rec('2021-11-01', '09:01') },
    {
      speaker: MOROCCO_ENERGY,
      audience: 'domestic audience',
      tone: 'neutral',
      summary:
        'Morocco’s hydrocarbons and electricity offices say the decision will have only an insignificant impact on the national electricity system for now, the necessary measures having been taken in anticipation.',
    },
    [S.goaNov1],
  ),
  ev(
    'IncidentReported',
    'inc-bir-lahlou',
    { occurredAt: '2021-11-01', recordedAt: rec('2021-11-03', '18:00') },
    {
      incidentId: 'bir-lahlou-lorries-2021-11-01',
      kind: 'lethal-force',
      perpetrator: 'morocco',
      allegedBy: 'algeria',
      against: 'algeria',
      target: 'Three Algerian lorry drivers on the Nouakchott–Ouargla road',
      place: BIR_LAHLOU,
      fatalities: { min: 3, max: 3 },
      civilianFatalities: { min: 3, max: 3 },
      description:
        'Three Algerian drivers are killed when their lorries are struck on the road from Nouakchott to Ouargla; Algeria says "several factors indicate" Morocco’s forces did it "with sophisticated weaponry" (a drone strike, in the press’s reading). Mauritania says nothing struck its soil. Morocco makes no official comment; an informed source denies it.',
    },
    [graded(S.aljazeeraNov3, 3), graded(S.matzavNov3, 3)],
    {
      note: 'Force that killed the other party’s nationals outside fighting between the two, in the Polisario-held area of the Western Sahara: `lethal-force`, perpetrator as alleged by Algeria.',
    },
  ),
  ev(
    'StatementMade',
    'stmt-presidency-unpunished',
    { occurredAt: '2021-11-03', recordedAt: rec('2021-11-03', '18:01') },
    {
      speaker: ALGERIA_PRESIDENCY,
      audience: 'morocco',
      tone: 'threat',
      summary:
        'The presidency calls the killing a "cowardly assassination" by "the Moroccan occupation forces in the Western Sahara" with "sophisticated weaponry", and warns that it "will not go unpunished".',
      quote: 'Their assassination will not go unpunished',
    },
    [S.aljazeeraNov3, S.matzavNov3],
  ),
  ev(
    'StatementMade',
    'stmt-morocco-source-denial',
    { occurredAt: '2021-11-03', recordedAt: rec('2021-11-03', '18:02') },
    {
      speaker: MOROCCO_SOURCE,
      audience: 'algeria',
      tone: 'neutral',
      summary:
        'Morocco "has never targeted and will never target Algerian citizens, regardless of the circumstances and the provocations"; it will not be dragged into war.',
      quote: "If Algeria wants war, Morocco doesn't",
    },
    [graded(S.aljazeeraNov3, 3)],
  ),
  ev(
    'ThirdPartyEngagement',
    'tpe-gantz-rabat',
    { occurredAt: '2021-11-24', recordedAt: rec('2021-11-25', '09:00') },
    {
      actorId: 'israel',
      counterparts: ['morocco'],
      kind: 'support',
      summary:
        'Israel’s defence minister Benny Gantz, on the first such visit, signs a memorandum of understanding on defence cooperation (intelligence, industry, training) with Morocco’s Abdellatif Loudiyi in Rabat; an Israeli official says Rabat wanted it seen by Algeria.',
    },
    [S.axiosNov24, S.businessliveNov24],
  ),
  // ===== 2022: Spain, the Arab League summit =====
  ev(
    'ActorRegistered',
    'actor-spain',
    { occurredAt: '2022-03-18', recordedAt: rec('2022-03-20', '12:00') },
    { actor: SPAIN, role: 'third-party' },
    [S.ktvzMar20],
  ),
  ev(
    'ThirdPartyEngagement',
    'tpe-spain-autonomy',
    { occurredAt: '2022-03-18', recordedAt: rec('2022-03-20', '12:01') },
    {
      actorId: 'spain',
      counterparts: ['morocco'],
      kind: 'support',
      summary:
        'Spain backs Morocco’s 2007 autonomy plan for the Western Sahara as "the most serious, realistic and credible" basis for settling the dispute.',
    },
    [S.ktvzMar20],
  ),
  ev(
    'StatementMade',
    'stmt-algeria-recalls-madrid',
    { occurredAt: '2022-03-19', recordedAt: rec('2022-03-20', '12:02') },
    {
      speaker: ALGERIA_MFA,
      audience: 'spain',
      tone: 'critical',
      summary: 'Algeria recalls its ambassador to Spain for consultations, condemning Madrid’s "abrupt U-turn".',
    },
    [S.ktvzMar20],
    { cameo: '161' },
  ),
  ev(
    'StatementMade',
    'stmt-king-throne-2022',
    { occurredAt: '2022-07-30', recordedAt: rec('2022-07-31', '09:00') },
    {
      speaker: KING,
      audience: 'algeria',
      tone: 'conciliatory',
      summary:
        'The king says Morocco will not let anyone stir up strife between the two peoples, wants the border to be a bridge, and looks forward to working with the Algerian presidency to establish normal relations.',
      quote:
        'We also look forward to working with the Algerian presidency, for Morocco and Algeria to go hand in hand to establish normal relations',
    },
    [S.pledgetimesJul30],
  ),
  ev(
    'StatementMade',
    'stmt-tabi-invitation',
    { occurredAt: '2022-09-07', recordedAt: rec('2022-09-10', '12:00') },
    {
      speaker: TABI,
      audience: 'morocco',
      tone: 'conciliatory',
      summary:
        'Algeria sends its minister of justice to Rabat as Tebboune’s envoy, carrying the invitation of the king to the Arab League summit in Algiers on 1 November; Morocco’s foreign ministry announces that it will receive him. Dated to the announcement (7 September).',
    },
    [S.mjtSep10],
  ),
  ev(
    'StatementMade',
    'stmt-bourita-summit',
    { occurredAt: '2022-10-31', recordedAt: rec('2022-11-01', '12:00') },
    {
      speaker: BOURITA,
      audience: 'algeria',
      tone: 'critical',
      summary:
        'The king will not attend the Algiers summit; Bourita will lead the delegation, which the press says the Algerian authorities treated with little diplomatic courtesy. Bourita warns that "manipulating the rules and not respecting the norms and protocols" would make the summit fail, and says the Arab League is "the only communication channel with Algeria".',
    },
    [S.atalayarOct31, S.sputnikNov1, S.mediumNov1],
  ),
  ev(
    'StatementMade',
    'stmt-tebboune-figaro',
    { occurredAt: '2022-12-30', recordedAt: rec('2022-12-31', '12:00') },
    {
      speaker: TEBBOUNE,
      audience: 'morocco',
      tone: 'critical',
      summary:
        'To Le Figaro: the break was "an alternative to war", no country can mediate, and "it is the Moroccan regime that creates problems"; he applauded Morocco’s team at the World Cup.',
    },
    [S.memoDec31],
  ),
  // ===== 2023: no return, the jet-skiers =====
  ev(
    'StatementMade',
    'stmt-tebboune-no-return',
    { occurredAt: '2023-03-21', recordedAt: rec('2023-03-22', '12:00') },
    {
      speaker: TEBBOUNE,
      audience: 'morocco',
      tone: 'critical',
      summary:
        'To Al Jazeera: relations with Morocco "have reached a point of no return", which he regrets; Algeria’s position "was a reaction".',
    },
    [S.memoMar22],
  ),
  ev(
    'ThirdPartyEngagement',
    'tpe-israel-recognition',
    { occurredAt: '2023-07-17', recordedAt: rec('2023-07-18', '09:00') },
    {
      actorId: 'israel',
      counterparts: ['morocco'],
      kind: 'recognition',
      summary:
        'In a letter to the king, Netanyahu recognises Morocco’s sovereignty over the Western Sahara and says Israel is considering a consulate in Dakhla.',
    },
    [S.kionJul17],
  ),
  ev(
    'StatementMade',
    'stmt-king-throne-2023',
    { occurredAt: '2023-07-29', recordedAt: rec('2023-07-30', '12:00') },
    {
      speaker: KING,
      audience: 'algeria',
      tone: 'conciliatory',
      summary:
        'The king prays for a return to normal and the reopening of the borders between the two countries, and says Morocco will never be a source of harm to Algeria.',
      quote:
        'We ask Allah Almighty for things to return to their normal state and for the borders between our two countries and our two brotherly peoples to be reopened',
    },
    [S.lbcJul30, S.jowharJul30],
  ),
  ev(
    'IncidentReported',
    'inc-jetskis',
    { occurredAt: '2023-08-29T18:47:00Z', recordedAt: rec('2023-09-01', '12:00') },
    {
      incidentId: 'saidia-jet-skis-2023-08-29',
      kind: 'lethal-force',
      perpetrator: 'algeria',
      against: 'morocco',
      target: 'Four holidaymakers from Saïdia on jet skis (three French-Moroccans and a Moroccan)',
      place: SAIDIA,
      fatalities: { min: 2, max: 2 },
      civilianFatalities: { min: 2, max: 2 },
      injured: { min: 1, max: 1 },
      description:
        'An Algerian coast guard dinghy fires on jet-skiers who strayed, lost and out of fuel, into Algerian waters: Bilal Kissi (French-Moroccan) and Abdelali Mechouar (Moroccan) are killed, Smaïl Snabé wounded and detained; Mohamed Kissi swims back and is picked up by the Moroccan navy. An investigation is opened in Morocco.',
    },
    [S.cdeSep1, S.celebsnetAug31],
  ),
  ev(
    'ActorRegistered',
    'actor-france',
    { occurredAt: '2023-09-01', recordedAt: rec('2023-09-02', '12:00') },
    { actor: FRANCE, role: 'third-party' },
    [S.afroSep2],
  ),
  ev(
    'StatementMade',
    'stmt-france-confirms',
    { occurredAt: '2023-09-01', recordedAt: rec('2023-09-02', '12:01') },
    {
      speaker: FRENCH_MFA,
      audience: 'domestic audience',
      tone: 'neutral',
      summary:
        'France confirms the death of one of its citizens in Algeria and the detention of another "in an incident involving several of our nationals".',
    },
    [S.afroSep2],
  ),
  ev(
    'StatementMade',
    'stmt-morocco-no-comment',
    { occurredAt: '2023-08-31', recordedAt: rec('2023-09-02', '12:02') },
    {
      speaker: MOROCCO_GOVT,
      audience: 'domestic audience',
      tone: 'neutral',
      summary:
        'The Moroccan government declines to comment on the details of the deaths; prosecutors in Morocco open an investigation.',
    },
    [S.afroSep2],
  ),
  ev(
    'StatementMade',
    'stmt-mod-jetskis',
    { occurredAt: '2023-09-03', recordedAt: rec('2023-09-04', '09:00') },
    {
      speaker: ALGERIA_MOD,
      audience: 'domestic audience',
      tone: 'neutral',
      summary:
        'The coast guard intercepted three jet skis that had "clandestinely" entered Algerian waters at 19:47 on 29 August; after an audible warning and orders to stop, and warning shots, it fired, stopping one while two fled, citing drug-trafficking gangs in the border zone; a body with a gunshot wound was recovered the next day. The ministry warns against "false information".',
    },
    [S.apsSep3, S.trtSep3, S.dawnSep4],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'morocco-algeria-2021.jsonl',
  logEnd: '2023-12-31T00:00:00Z',
  events,
};

export default definition;
