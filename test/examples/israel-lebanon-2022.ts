/**
 * A test fixture, not a shipped example: Israel and Lebanon from the arrival
 * of the Energean Power rig at the Karish field (5 June 2022) to the border
 * incidents of the spring and summer of 2023, as an analyst following the
 * news could have recorded it: Lebanon's protests and its claim (Line 23 and
 * the whole of the Qana prospect), the shuttle visits of the US envoy Amos
 * Hochstein, Hezbollah's drones toward Karish (2 July 2022) and Nasrallah's
 * threats, Israel's threats to Lebanon's government, the written US proposal
 * (1 October), Lebanon's amendments and Israel's rejection of them with the
 * army readied for the north (6 October), the final text accepted by both
 * (11–13 October), the letters signed and delivered at Naqoura (27 October:
 * the agreement in force, the day after Karish began producing), Lebanon's
 * Qana consortium signed with TotalEnergies (29 January 2023), the rockets
 * fired from Lebanon and Israel's strikes near Tyre (6–7 April 2023), and
 * Israel's shelling of Kfar Chouba after a missile fired from Lebanon (6 July
 * 2023). Escalation model v2 was never tuned on it: it is the case the model
 * is held to in israel-lebanon-2022.spec.ts, against the calls an analyst
 * makes from DOMAIN.md §5b alone. (The 2024 war is israel-lebanon-2024; none
 * of its events are recorded here.)
 *
 * What it tests: a mediated agreement with no direct talks (the United States
 * carries proposals between two states formally at war, which delivered
 * their letters in separate rooms); a third party's threats and drones,
 * which are not the pair's armed action; an agreement signed and implemented
 * between enemies; and the level's fall to 1 once it is, and its rise again
 * when one party strikes on the other's territory.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source.
 *
 * Grading as in examples/README.md: B = established outlet or wire copy
 * (Reuters and its copies, AP, AFP copies, BBC, DW, Times of Israel, Israel
 * Hayom, Ynet, i24NEWS, Jerusalem Post, Globes, MEES, LBCI, The News with
 * AFP, the State Department's release); C = smaller outlet, aggregator,
 * partisan outlet or mirror (Yalibnan, Dearborn.org, Debka, Islam Times,
 * Pledge Times, Algemeiner, Daily Times, Palestinian Information Center,
 * Epoch Times, East Coast Daily, New York Despatch with Xinhua, NNN); 1 = an
 * act both parties confirm (the letters delivered at Naqoura); 2 = several
 * outlets agree or one established outlet reports an on-record statement or
 * act; 3 = one side's unverified account. No A grades: no primary document is
 * cited.
 *
 * Judgement calls, recorded as an analyst would:
 * - The pair is the Lebanese state (its president, government and army) and
 *   Israel. Hezbollah is a third party: its drones and its leader's threats
 *   are its own, not Lebanon's, and Lebanon's government disowned the drones
 *   ("any action outside the framework of the state's responsibility … is
 *   unacceptable", 4 July 2022). Israel's leaders blamed Hezbollah for the
 *   drones, not the Lebanese state, so no blame on Lebanon is recorded for
 *   them; Lapid's demand of 5 July that Lebanon's government rein Hezbollah
 *   in "or we will be compelled to do so" and Gantz's warning of 19 July to
 *   "Lebanon and its leaders" are addressed to Lebanon and recorded so.
 *   Israel's warnings addressed to Hezbollah alone (Gantz, 2 July, 22 August)
 *   are recorded with Hezbollah as their audience.
 * - The drones of 2 July 2022 are a `drone-strike` by Hezbollah against Israel
 *   (the nearest kind: a drone sortie at a target), though they were unarmed
 *   and shot down at sea by Israel's jet and corvette; Hezbollah called them
 *   reconnaissance. A third party's act: not armed action between the pair.
 * - Gantz's order of 6 October 2022 to prepare the army "for a scenario of
 *   escalation in the north, both offensively and defensively, given the
 *   developments in the negotiations on the maritime border" is a
 *   `force-posture` by Israel against Lebanon (the front it names is
 *   Lebanon's, and it follows Lebanon's amendments), not a statement.
 * - The agreement is `comprehensive`: it settles the maritime boundary
 *   dispute the negotiation is about (it leaves the land border aside, which
 *   was never on the table). It is reached as `text-agreed` on 11 October
 *   (both sides accept the final US text), signed by each on 27 October and
 *   `in-force` when the letters were delivered at Naqoura the same day.
 * - No talks rounds are recorded: Israel and Lebanon never negotiated face to
 *   face; the US envoy carried each side's answers. His visits and the
 *   written proposal are the mediator's acts.
 * - Energean and TotalEnergies are companies, for which the catalogue has no
 *   actor kind: they are not registered. Karish's first gas (26 October 2022)
 *   is recorded through Israel's permit and Lapid's statement of the 25th;
 *   the Qana consortium (29 January 2023) through Lebanon's minister who
 *   signed it.
 * - The rockets of 6 April 2023 are a `militant-attack` whose perpetrator is
 *   Hamas as Israel alleged (Hamas said it had no information); the IDF's
 *   statement that it "considers the state of Lebanon responsible for all
 *   fire from its territory" is Israel's blame on Lebanon. Israel's strikes
 *   near Tyre the next night are an `airstrike` against Lebanon, with Hamas
 *   sites as their target: force by one party on the other's territory (as
 *   pakistan-iran-2024 records such strikes). No one was reported killed.
 * - The missile of 6 July 2023 that exploded near Ghajar is unclaimed: a
 *   `militant-attack` with no perpetrator. Israel's shelling of the outskirts
 *   of Kfar Chouba and Halta in reply is `shelling` against Lebanon. Israel's
 *   hold on the northern part of Ghajar, which Lebanon claims, dates from
 *   2006 and is not recorded as an occupation: no source dates its start
 *   within the case; Lebanon's protest at the new fence (4 July) is.
 * - The Blue Line has no crossing open between the two: no border closure is
 *   recorded (none was made against the other in the period).
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, retrospectiveClock, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'israel-lebanon-2022';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 2022);
const when = retrospectiveClock('2026-12-06T09:00:00Z');

const ISRAEL: Actor = { id: 'israel', name: 'Israel', kind: 'state', aliases: ['IDF', 'Israeli government'] };
const LEBANON: Actor = {
  id: 'lebanon',
  name: 'Lebanon',
  kind: 'state',
  aliases: ['Lebanese Republic', 'Lebanese government', 'Lebanese army', 'Beirut'],
};
const USA: Actor = { id: 'united-states', name: 'United States', kind: 'state', aliases: ['US', 'Washington'] };
const HEZBOLLAH: Actor = {
  id: 'hezbollah',
  name: 'Hezbollah',
  kind: 'armed-group',
  aliases: ['Hizbullah', 'Hizballah'],
};
const UN: Actor = {
  id: 'united-nations',
  name: 'United Nations',
  kind: 'international-organisation',
  aliases: ['UN', 'UN Special Coordinator for Lebanon', 'UNSCOL'],
};
const UNIFIL: Actor = {
  id: 'unifil',
  name: 'UNIFIL',
  kind: 'international-organisation',
  aliases: ['United Nations Interim Force in Lebanon'],
};
const HAMAS: Actor = { id: 'hamas', name: 'Hamas', kind: 'armed-group', aliases: ['Islamic Resistance Movement'] };

const AOUN: Person = { name: 'Michel Aoun', title: 'President of Lebanon', actorId: 'lebanon' };
const MIKATI: Person = { name: 'Najib Mikati', title: 'Caretaker Prime Minister of Lebanon', actorId: 'lebanon' };
const BOU_HABIB: Person = { name: 'Abdallah Bou Habib', title: 'Foreign Minister of Lebanon', actorId: 'lebanon' };
const BOU_SAAB: Person = {
  name: 'Elias Bou Saab',
  title: "Deputy Speaker of Lebanon's parliament, Lebanon's negotiator",
  actorId: 'lebanon',
};
const FAYYAD: Person = { name: 'Walid Fayyad', title: 'Caretaker Energy Minister of Lebanon', actorId: 'lebanon' };
const LEB_FM: Person = { name: 'Ministry of Foreign Affairs of Lebanon', actorId: 'lebanon' };
const GANTZ: Person = { name: 'Benny Gantz', title: 'Defence Minister of Israel', actorId: 'israel' };
const LAPID: Person = {
  name: 'Yair Lapid',
  title: 'Prime Minister of Israel (Foreign Minister until 1 July 2022)',
  actorId: 'israel',
};
const IDF: Person = { name: 'Israel Defense Forces (statement)', title: 'Israeli military', actorId: 'israel' };
const NASRALLAH: Person = { name: 'Hassan Nasrallah', title: 'Secretary-General of Hezbollah', actorId: 'hezbollah' };
const UNIFIL_STMT: Person = { name: 'UNIFIL (statement)', actorId: 'unifil' };
const WRONECKA: Person = {
  name: 'Joanna Wronecka',
  title: 'UN Special Coordinator for Lebanon',
  actorId: 'united-nations',
};

const S = {
  israelHayomJun6: source(
    'New offshore gas rig faces stormy waters amid Israel-Lebanon dispute',
    'Israel Hayom',
    'https://www.israelhayom.com/2022/06/06/new-offshore-gas-rig-faces-stormy-waters-amid-israel-lebanon-dispute/',
    '2022-06-06',
    'B',
    2,
  ),
  financialMirrorJun6: source(
    'Energean’s gas rig reaches Israel amid Lebanon row',
    'Financial Mirror',
    'https://www.financialmirror.com/2022/06/06/energeans-gas-rig-reaches-israel-amid-lebanon-row/',
    '2022-06-06',
    'C',
    2,
  ),
  energyVoiceJun8: source(
    'Israel warns Lebanon, Hezbollah off Energean FPSO',
    'Energy Voice',
    'https://www.energyvoice.com/oilandgas/middle-east/offshore-middle-east/418317/israel-lebanon-energean-fpso/',
    '2022-06-08',
    'B',
    2,
  ),
  jpostJun9: source(
    'Nasrallah: Hezbollah will stop Israel from extracting gas from Karish',
    'The Jerusalem Post',
    'https://www.jpost.com/middle-east/article-709070',
    '2022-06-09',
    'B',
    2,
  ),
  dearbornJun14: source(
    'US envoy talks with Aoun, Miqati, Berri on border dispute with Israel',
    'Dearborn.org (Naharnet)',
    'https://dearborn.org/preview/us-envoy-talks-with-aoun-miqati-berri-on-border-dispute-with-israel-8124',
    '2022-06-14',
    'C',
    2,
  ),
  reutersJul2: source(
    'Israel shoots down unarmed Hezbollah drones heading for gas rig - security source',
    'Reuters',
    'https://www.reuters.com/world/middle-east/israel-shoots-down-unarmed-hezbollah-drones-heading-gas-rig-security-source-2022-07-02/',
    '2022-07-02',
    'B',
    2,
  ),
  theNewsJul3: source(
    'Israeli army says downed three Hizbullah drones',
    'The News International (AFP)',
    'https://www.thenews.com.pk/print/971080-israeli-army-says-downed-three-hizbullah-drones',
    '2022-07-03',
    'B',
    2,
  ),
  despatchJul3: source(
    'Israel says downs 3 Hezbollah drones flying to gas field',
    'New York Despatch (Xinhua)',
    'https://www.newyorkdespatch.com/news/israel-says-downs-3-hezbollah-drones-flying-to-gas-field202207031153380019/',
    '2022-07-03',
    'C',
    2,
  ),
  debkaJul4: source(
    'The Hizballah drones near Israel’s gas rig slammed by Lebanese PM',
    'Debka',
    'https://www.debka.com/mivzak/the-hizballah-drones-near-israelis-gas-rig-slammed-by-lebanese-pm/',
    '2022-07-04',
    'C',
    2,
  ),
  islamTimesJul8: source(
    'U.S. Pressed Lebanon to Criticize Hezbollah for Launching Drones: Axios',
    'Islam Times',
    'https://www.islamtimes.org/en/news/1003334/u-s-pressed-lebanon-to-criticize-hezbollah-for-launching-drones-axios',
    '2022-07-08',
    'C',
    2,
  ),
  toiJul5: source(
    'Taking off to Paris, Lapid says Lebanon must ‘rein in’ Hezbollah, or Israel will',
    'The Times of Israel',
    'https://www.timesofisrael.com/taking-off-to-paris-lapid-says-lebanon-must-rein-in-hezbollah-or-israel-will/',
    '2022-07-05',
    'B',
    2,
  ),
  crisisGroupJul5: source(
    'CrisisWatch: Lebanon, 5 July 2022',
    'International Crisis Group',
    'https://www.crisisgroup.org/content/lebanon-5-july-2022-1',
    '2022-07-05',
    'B',
    2,
  ),
  toiJul13: source(
    'Nasrallah threatens war over Israel-Lebanon maritime border dispute',
    'The Times of Israel',
    'https://www.timesofisrael.com/nasrallah-threatens-war-over-israel-lebanon-maritime-border-dispute/',
    '2022-07-13',
    'B',
    2,
  ),
  jewishPressJul14: source(
    'Hezbollah threatens to attack Israel over gas fields',
    'The Jewish Press',
    'https://jewishpress.com/news/middle-east/hezbollah/hezbollah-threatens-to-attack-israel-over-gas-fields/2022/07/14',
    '2022-07-14',
    'C',
    2,
  ),
  toiJul19: source(
    'Lapid, Gantz warn that Hezbollah drones, threats could lead region to ‘escalation’',
    'The Times of Israel',
    'https://www.timesofisrael.com/lapid-gantz-warn-that-hezbollah-drones-threats-could-lead-region-to-escalation/',
    '2022-07-19',
    'B',
    2,
  ),
  algemeinerJul26: source(
    'Gantz: Israel maintains high level of deterrence against Lebanon after latest threats by Hezbollah chief',
    'The Algemeiner',
    'https://www.algemeiner.com/2022/07/26/gantz-israel-maintains-high-level-of-deterrence-against-lebanon-after-latest-threats-by-hezbollah-chief/',
    '2022-07-26',
    'C',
    2,
  ),
  yalibnanAug1: source(
    'US envoy meets several officials, as Lebanon distances itself from Hezbollah',
    'Yalibnan',
    'https://yalibnan.com/2022/08/01/us-envoy-meets-several-officials-as-lebanon-distances-itself-from-hezbollah/',
    '2022-08-01',
    'C',
    2,
  ),
  jpostSep4: source(
    'US mediator in Lebanon-Israel maritime talks to arrive in Beirut this week',
    'The Jerusalem Post (Reuters)',
    'https://www.jpost.com/breaking-news/article-716307',
    '2022-09-04',
    'B',
    2,
  ),
  algemeinerAug22: source(
    'Hezbollah attack on Israel gas field may spark war with Lebanon, Israel’s defense head warns',
    'The Algemeiner',
    'https://www.algemeiner.com/2022/08/22/hezbollah-attack-on-israel-gas-field-may-spark-war-with-lebanon-israels-defense-head-warns/',
    '2022-08-22',
    'C',
    2,
  ),
  toiAug22: source(
    'Gantz warns Hezbollah attack on Israeli gas field may trigger war',
    'The Times of Israel',
    'https://www.timesofisrael.com/gantz-warns-hezbollah-attack-on-israeli-gas-field-may-trigger-war/',
    '2022-08-22',
    'B',
    2,
  ),
  yalibnanSep9: source(
    'Hochstein optimistic after meeting Aoun over maritime border talks',
    'Yalibnan',
    'https://yalibnan.com/2022/09/09/hochstein-optimistic-after-meeting-aoun-over-maritime-border-talks/',
    '2022-09-09',
    'C',
    2,
  ),
  reutersOct1: source(
    'Lebanon receives U.S. mediator proposals for maritime border with Israel -presidency',
    'Reuters',
    'https://www.reuters.com/world/middle-east/lebanon-receives-us-mediator-proposals-maritime-border-with-israel-presidency-2022-10-01/',
    '2022-10-01',
    'B',
    2,
  ),
  dailyTimesOct2: source(
    'Lebanon receives US offer over Israel maritime border deal',
    'Daily Times (AFP)',
    'https://dailytimes.com.pk/1006014/lebanon-receives-us-offer-over-israel-maritime-border-deal/',
    '2022-10-02',
    'C',
    2,
  ),
  i24Oct6: source(
    'Lebanon proposed several changes to the deal that Israel’s Lapid rejected',
    'i24NEWS',
    'https://www.i24news.tv/en/news/israel/diplomacy/1665044464-israeli-ministers-to-meet-on-lebanon-maritime-deal',
    '2022-10-06',
    'B',
    2,
  ),
  ynetOct6: source(
    'IDF prepares for escalation on Lebanon border as maritime talks hit snag',
    'Ynet',
    'https://www.ynetnews.com/article/hjqdzfhmo',
    '2022-10-06',
    'B',
    2,
  ),
  mediaLineOct6: source(
    'Gantz Tells Israeli Military To Prepare for Lebanon Escalation After Maritime Border Talks Collapse',
    'The Media Line',
    'https://themedialine.org/headlines/gantz-tells-israeli-military-to-prepare-for-lebanon-escalation-after-maritime-border-talks-collapse/',
    '2022-10-06',
    'C',
    2,
  ),
  nnnOct8: source(
    'Israeli Defence Minister instructs army to prepare for escalation with Lebanon',
    'NNN (PNA)',
    'http://namnewsnetwork.org/?p=194518',
    '2022-10-08',
    'C',
    2,
  ),
  devdiscourseOct11: source(
    'Lebanon, Israel clinch maritime border deal, Israel says',
    'Devdiscourse (Reuters)',
    'https://www.devdiscourse.com/article/law-order/2210472-lebanon-israel-clinch-maritime-border-deal-israel-says',
    '2022-10-11',
    'B',
    2,
  ),
  ynetOct11: source(
    'Lapid: Israel, Lebanon reach historic agreement on maritime border',
    'Ynet (Reuters)',
    'https://www.ynetnews.com/article/dvfm6xk9f',
    '2022-10-11',
    'B',
    2,
  ),
  i24Oct13: source(
    'Lebanese President Michel Aoun agrees to adopt finalized version of US-mediated deal',
    'i24NEWS',
    'https://www.i24news.tv/en/news/israel/diplomacy/1665681220-lebanon-approves-maritime-deal-with-israel',
    '2022-10-13',
    'B',
    2,
  ),
  meesOct14: source(
    'Israel, Lebanon strike ‘historic’ maritime border deal',
    'MEES',
    'https://www.mees.com/2022/10/14/geopolitical-risk/israel-lebanon-strike-historic-maritime-border-deal/d967c670-4bba-11ed-89f2-8dcc67b9879e',
    '2022-10-14',
    'B',
    2,
  ),
  devdiscourseOct25: source(
    'Israel grants Energean permission to start production at offshore Karish gas field',
    'Devdiscourse (Reuters)',
    'https://www.devdiscourse.com/article/headlines/2226582-israel-grants-energean-permission-to-start-production-at-offshore-karish-gas-field',
    '2022-10-25',
    'B',
    2,
  ),
  globesOct26: source(
    'Energean begins producing gas from Karish',
    'Globes',
    'https://en.globes.co.il/en/article-energean-begins-producing-gas-from-karish-1001427898',
    '2022-10-26',
    'B',
    2,
  ),
  stateOct26: source(
    'Special Presidential Coordinator Hochstein’s Travel to Lebanon and Israel',
    'EIN Presswire (US Department of State release)',
    'https://www.einpresswire.com/article/597929064/special-presidential-coordinator-hochstein-s-travel-to-lebanon-and-israel',
    '2022-10-26',
    'B',
    1,
  ),
  i24Oct27: source(
    'LIVEBLOG: Israel signs historic maritime border deal with Lebanon',
    'i24NEWS (AFP)',
    'https://www.i24news.tv/en/news/israel/diplomacy/1666860309-liveblog-israel-signs-historic-maritime-border-deal-with-lebanon',
    '2022-10-27',
    'B',
    2,
  ),
  pledgeOct27: source(
    'Lebanon and Israel formalize historic maritime border agreement',
    'Pledge Times (EFE)',
    'https://pledgetimes.com/lebanon-and-israel-formalize-historic-maritime-border-agreement/',
    '2022-10-27',
    'C',
    1,
  ),
  apOct27: source(
    'Lebanon delivers signed sea border deal to U.S. mediator',
    'ClickOrlando (Associated Press)',
    'https://www.clickorlando.com/gallery/news/2022/10/27/lebanon-delivers-signed-sea-border-deal-to-us-mediator',
    '2022-10-27',
    'B',
    1,
  ),
  meesOct28: source(
    'Lebanon-Israel maritime border deal ratified',
    'MEES',
    'https://www.mees.com/2022/10/28/news-in-brief/lebanon-israel-maritime-border-deal-ratified/851ea220-56a7-11ed-843d-13f6d7fb4e23',
    '2022-10-28',
    'B',
    2,
  ),
  cdeOct28: source(
    'Hezbollah chief says armed group’s mobilization to end',
    'CDE News (Reuters)',
    'https://cde.news/hezbollah-chief-says-armed-groups-mobilization-to-end/',
    '2022-10-28',
    'C',
    2,
  ),
  reutersJan29: source(
    'TotalEnergies says well drilling in Lebanon’s offshore Block 9 to begin in Q3',
    'MarketScreener (Reuters)',
    'https://www.marketscreener.com/quote/stock/TOTALENERGIES-SE-4717/news/TotalEnergies-says-well-drilling-in-Lebanon-s-offshore-Block-9-to-begin-in-Q3-42842169/',
    '2023-01-29',
    'B',
    2,
  ),
  islamTimesJan31: source(
    'Lebanon, Qatar Sign Deal for Gas Exploration in Blocks 4 And 9',
    'Islam Times',
    'https://www.islamtimes.org/en/news/1038785/lebanon-qatar-sign-deal-for-gas-exploration-in-blocks-4-and-9',
    '2023-01-31',
    'C',
    2,
  ),
  bbcApr7: source(
    'Israel strikes Lebanon and Gaza after major rocket attack',
    'BBC News',
    'https://www.bbc.co.uk/news/world-middle-east-65210045',
    '2023-04-07',
    'B',
    2,
  ),
  dwApr7: source(
    'Israel strikes Lebanon and Gaza Strip after rocket attack',
    'Deutsche Welle',
    'https://www.dw.com/en/israel-strikes-lebanon-and-gaza-strip-after-rocket-attack/a-65255787',
    '2023-04-07',
    'B',
    2,
  ),
  lbciApr7: source(
    'Israel strikes targets in southern Lebanon following rocket fire',
    'LBCI',
    'https://www.lbcgroup.tv/news/lebanon-news/696223/israel-strikes-targets-in-southern-lebanon-followi/en',
    '2023-04-07',
    'B',
    2,
  ),
  eastCoastApr7: source(
    'Lebanon’s Prime Minister Najib Mikati says that his country refuses any escalation from its territory',
    'East Coast Daily',
    'https://www.eastcoastdaily.in/2023/04/07/lebanons-prime-minister-najib-mikati-says-that-his-country-refuses-any-escalation-from-its-territory.html',
    '2023-04-07',
    'C',
    2,
  ),
  epochApr7: source(
    'Israel Launches Air Strikes Targeting Hamas in Lebanon, Gaza After Rocket Attack',
    'The Epoch Times',
    'https://www.theepochtimes.com/israel-launches-air-strikes-targeting-hamas-in-lebanon-gaza-after-rocket-attack_5178456.html',
    '2023-04-07',
    'C',
    2,
  ),
  toiApr7: source(
    'Lebanon says it will complain to Security Council over Israeli retaliatory strikes',
    'The Times of Israel',
    'https://www.timesofisrael.com/after-rockets-and-israeli-strikes-lebanon-says-it-will-complain-to-security-council/',
    '2023-04-07',
    'B',
    2,
  ),
  palinfoJul6: source(
    'Israeli artillery attacks Lebanon’s border',
    'Palestinian Information Center',
    'https://english.palinfo.com/news/2023/07/06/80533',
    '2023-07-06',
    'C',
    2,
  ),
  bbcJul6: source(
    'Israeli artillery strikes Lebanon after anti-tank missile launch',
    'BBC News',
    'https://feeds.bbci.co.uk/news/world-middle-east-66121260',
    '2023-07-06',
    'B',
    2,
  ),
  theNewsJul7: source(
    'Israel strikes Lebanon after anti-tank missile fire',
    'The News International (AFP)',
    'https://www.thenews.com.pk/print/1087821-israel-strikes-lebanon-after-anti-tank-missile-fire',
    '2023-07-07',
    'B',
    2,
  ),
};

const AGREEMENT = 'israel-lebanon-maritime-boundary-2022';
const D = { line23: 'lebanon-line-23-and-qana', amendments: 'lebanon-amendments-2022-10' };
const O = { drones: 'hezbollah-drones-karish-2022-07-02', naqoura: 'naqoura-letters-2022-10-27' };
const I = {
  drones: 'hezbollah-drones-karish-2022-07-02',
  readiness: 'israel-northern-readiness-2022-10-06',
  rockets: 'rockets-from-lebanon-2023-04-06',
  tyre: 'israel-strikes-tyre-2023-04-07',
  ghajarMissile: 'missile-near-ghajar-2023-07-06',
  kfarChouba: 'israel-shells-kfar-chouba-2023-07-06',
};

const events = [
  // ===== June 2022: the rig at Karish, Lebanon's protest, the envoy's return =====
  ev(
    'NegotiationOpened',
    'opened',
    when('2022-06-05'),
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Israel – Lebanon, the maritime boundary and the Karish field, 2022–23',
      subject:
        "The US-mediated, indirect negotiation on the maritime boundary between Israel and Lebanon (Lebanon's Line 23 and its later Line 29 claim, which reaches into the Karish field), revived when Energean's production rig arrived at Karish, through the agreement exchanged at Naqoura in October 2022 and its first months in force",
      parties: [ISRAEL, LEBANON],
      mediators: [USA],
    },
    [S.israelHayomJun6, S.financialMirrorJun6],
  ),
  ev(
    'ActorRegistered',
    'actor-hezbollah',
    when('2022-06-05'),
    { actor: HEZBOLLAH, role: 'third-party' },
    [S.energyVoiceJun8],
    {
      note: "The Lebanese armed group and party; its acts and threats are its own, not the Lebanese state's (see the header).",
    },
  ),
  ev(
    'StatementMade',
    'stmt-aoun-provocation',
    when('2022-06-05'),
    {
      speaker: AOUN,
      audience: 'israel',
      tone: 'warning',
      summary:
        "After Energean's floating production rig Energean Power arrives at the Karish field, some 80 km off Haifa, Aoun's office says he discussed it with Mikati and asked the army command for information: the negotiations on the southern maritime border are still going on, and any action in the disputed area is a provocation and a hostile act. Israel says Karish is in its economic zone, outside the disputed area.",
      quote: 'Any action or activity in the disputed area represents a provocation and a hostile act',
    },
    [S.israelHayomJun6, S.financialMirrorJun6],
  ),
  ev(
    'StatementMade',
    'stmt-mikati-encroaching',
    when('2022-06-05'),
    {
      speaker: MIKATI,
      audience: 'israel',
      tone: 'accusation',
      summary:
        'Mikati accuses Israel of encroaching on Lebanon’s maritime wealth and imposing a fait accompli in a disputed area, a move he calls extremely dangerous.',
    },
    [S.israelHayomJun6],
  ),
  ev(
    'StatementMade',
    'stmt-gantz-defend-assets',
    when('2022-06-06', 'approximate'),
    {
      speaker: GANTZ,
      audience: 'lebanon',
      tone: 'warning',
      summary:
        'Gantz calls the Karish rig a strategic asset Israel is prepared to defend, says it will not produce from disputed areas, and calls on the Republic of Lebanon to accelerate the negotiations on the maritime border; Foreign Minister Lapid echoes him.',
      quote:
        'The state of Israel prioritises the protection of its strategic assets, and is prepared to defend them … we call on the republic of Lebanon to accelerate negotiations on the maritime border',
    },
    [S.energyVoiceJun8],
  ),
  ev(
    'StatementMade',
    'stmt-nasrallah-jun9',
    when('2022-06-09'),
    {
      speaker: NASRALLAH,
      audience: 'israel',
      tone: 'military-threat',
      summary:
        'Nasrallah says Hezbollah is able to stop Israel from extracting gas from Karish, calls the rig’s arrival an attack on Lebanon, and says the issue must become a major Lebanese cause.',
    },
    [S.jpostJun9],
  ),
  ev(
    'MediationAction',
    'med-hochstein-jun13',
    when('2022-06-13'),
    {
      mediator: 'united-states',
      action: 'visited',
      summary:
        'At the invitation of Aoun and Mikati, the US envoy Amos Hochstein arrives in Beirut (13 June) and meets the deputy speaker Bou Saab, General Security chief Ibrahim, the energy minister and the army commander, then Aoun, Mikati and Speaker Berri (14 June); he is to carry Lebanon’s answer to Israel.',
    },
    [S.dearbornJun14],
  ),
  ev(
    'DemandTabled',
    'demand-line23',
    when('2022-06-14'),
    {
      demandId: D.line23,
      by: 'lebanon',
      addressedTo: ['israel'],
      text: 'The maritime boundary follows Line 23, and the whole Qana prospect, part of which lies south of it, goes to Lebanon (Karish left to Israel); Lebanon keeps its larger Line 29 claim in reserve.',
      category: 'territorial',
    },
    [graded(S.dearbornJun14, 3)],
    { note: 'Given orally by Aoun to Hochstein, by the press accounts of the meeting; the text was not published.' },
  ),
  // ===== July 2022: Hezbollah's drones, Israel's warnings to Lebanon =====
  ev(
    'IncidentReported',
    'inc-drones',
    when('2022-07-02T15:00:00Z', 'approximate'),
    {
      incidentId: I.drones,
      kind: 'drone-strike',
      perpetrator: 'hezbollah',
      against: 'israel',
      target: 'The Karish gas field and the Energean Power rig',
      place: 'Karish gas field',
      description:
        'Hezbollah launches three unarmed drones toward the Karish field; Israel intercepts them at a safe distance from the rig, one by an F-16, two by missiles from a navy corvette. Hezbollah says the drones were sent on reconnaissance and their mission was accomplished.',
    },
    [S.reutersJul2, S.theNewsJul3, S.despatchJul3],
    { occurrence: O.drones },
  ),
  ev(
    'StatementMade',
    'stmt-gantz-drones',
    when('2022-07-02T19:00:00Z', 'approximate'),
    {
      speaker: GANTZ,
      audience: 'hezbollah',
      tone: 'warning',
      summary:
        'Gantz: Israel is prepared to defend its infrastructure against any threat; Hezbollah undermines the Lebanese government’s ability to reach an agreement on the maritime border, though Israel means to move the negotiations forward.',
      quote: 'Israel is prepared to defend its infrastructure against any threat',
    },
    [S.despatchJul3],
    { occurrence: O.drones },
  ),
  ev(
    'StatementMade',
    'stmt-mikati-unacceptable',
    when('2022-07-04'),
    {
      speaker: MIKATI,
      audience: 'hezbollah',
      tone: 'critical',
      summary:
        'Mikati and Foreign Minister Bou Habib, without naming Hezbollah: any act outside the framework of the state and the diplomatic track is unacceptable and exposes Lebanon to unnecessary risks; they call on everyone to stand behind the state in the US-mediated negotiation, which has reached advanced stages. Axios reported that the US envoy and ambassador had asked for such a statement.',
      quote:
        "Any act that falls outside the framework of the state's responsibility and the diplomatic track within which negotiations are taking place, is unacceptable",
    },
    [S.debkaJul4, S.islamTimesJul8],
  ),
  ev(
    'StatementMade',
    'stmt-lapid-rein-in',
    when('2022-07-05'),
    {
      speaker: LAPID,
      audience: 'lebanon',
      tone: 'military-threat',
      summary:
        'Leaving for Paris, Prime Minister Lapid says Israel will not tolerate the repeated attacks on its gas rigs, and that the government of Lebanon must restrain Hezbollah from them or Israel will be compelled to do so.',
      quote:
        'The Government of Lebanon needs to restrain Hizbollah in the face of such attacks or we will be compelled to do so',
    },
    [S.toiJul5, S.crisisGroupJul5],
  ),
  ev(
    'StatementMade',
    'stmt-nasrallah-beyond-karish',
    when('2022-07-13'),
    {
      speaker: NASRALLAH,
      audience: 'israel',
      tone: 'military-threat',
      summary:
        'Nasrallah says the drones were "only the beginning", sent to let those working at Karish know they are not safe; Hezbollah will reach "Karish and everything beyond Karish", and if Lebanon is kept from extracting its gas no one will extract or sell any; war would be more honourable than the collapse Lebanon faces.',
    },
    [S.toiJul13, S.jewishPressJul14],
  ),
  ev(
    'StatementMade',
    'stmt-gantz-path-of-fire',
    when('2022-07-19'),
    {
      speaker: GANTZ,
      audience: 'lebanon',
      tone: 'military-threat',
      summary:
        'Touring the Northern Command with Lapid a day after another drone crossed the border, Gantz warns that Lebanon and its leaders know that if they choose the path of fire they will be severely burnt; Lapid says Israel is not heading into a confrontation but anyone who harms its sovereignty will find he has made a serious mistake, and that Israel wants Lebanon as a stable neighbour.',
      quote:
        'Lebanon and its leaders are well aware that if they choose the path of fire, they will be severely burnt and hurt',
    },
    [S.toiJul19],
  ),
  ev(
    'StatementMade',
    'stmt-nasrallah-september',
    when('2022-07-25'),
    {
      speaker: NASRALLAH,
      audience: 'israel',
      tone: 'military-threat',
      summary:
        'On al-Mayadeen: if extraction from Karish begins in September before Lebanon obtains its right, "we would be heading to a problem"; all of Israel’s fields are under threat, and no target at sea or on land is out of reach of Hezbollah’s precision missiles.',
    },
    [S.algemeinerJul26],
  ),
  ev(
    'MediationAction',
    'med-hochstein-jul31',
    when('2022-07-31'),
    {
      mediator: 'united-states',
      action: 'proposed',
      summary:
        'Hochstein returns to Beirut and meets the army commander, the energy minister, General Security chief and Mikati (31 July), then Aoun and Berri (1 August), bringing a new Israeli offer that, by a senior Israeli official, would let Lebanon develop the gas in the disputed area while preserving Israel’s commercial rights. The State Department: a resolution is necessary and possible, only through negotiations and diplomacy.',
    },
    [S.yalibnanAug1, S.jpostSep4],
  ),
  // ===== August – September 2022 =====
  ev(
    'StatementMade',
    'stmt-nasrallah-severed',
    when('2022-08-09'),
    {
      speaker: NASRALLAH,
      audience: 'israel',
      tone: 'military-threat',
      summary: 'Nasrallah: the hand that reaches for any of this wealth will be severed.',
      quote: 'The hand that reaches for any of this wealth will be severed',
    },
    [S.toiAug22],
  ),
  ev(
    'StatementMade',
    'stmt-gantz-campaign',
    when('2022-08-22'),
    {
      speaker: GANTZ,
      audience: 'hezbollah',
      tone: 'military-threat',
      summary:
        'Asked whether a Hezbollah attack on an Israeli gas field could lead to war, Gantz says it could trigger days of fighting and a military campaign Israel is prepared for but does not want; Israel is ready both to protect its assets and to reach a deal with the Lebanese government on the Sidon (Qana) deposit: "two gas platforms, one on our side, one on theirs".',
      quote: 'Yes, that could trigger a reaction, leading to several days of fighting and to a military campaign',
    },
    [S.toiAug22, S.algemeinerAug22],
  ),
  ev(
    'MediationAction',
    'med-hochstein-sep9',
    when('2022-09-09'),
    {
      mediator: 'united-states',
      action: 'visited',
      summary:
        'Hochstein meets Aoun, with Bou Saab and Ibrahim, then Berri and Mikati in Beirut: "I think we’re making very good progress and I’m very hopeful that we can reach an agreement"; more work remains.',
    },
    [S.yalibnanSep9],
  ),
  // ===== October 2022: the written proposal, the amendments, the deal =====
  ev(
    'MediationAction',
    'med-us-proposal',
    when('2022-10-01'),
    {
      mediator: 'united-states',
      action: 'proposed',
      summary:
        'The US ambassador Dorothy Shea hands Aoun, Mikati and Berri a letter from Hochstein with a written proposal on the demarcation of the southern maritime border; Aoun asks for Lebanon’s answer as quickly as possible. Nasrallah welcomes "a very important step".',
    },
    [S.reutersOct1, S.dailyTimesOct2],
  ),
  ev(
    'DemandTabled',
    'demand-amendments',
    when('2022-10-04'),
    {
      demandId: D.amendments,
      by: 'lebanon',
      addressedTo: ['israel'],
      text: 'Changes to the US draft, handed to the mediator with Lebanon’s answer (not published; by Israeli accounts they touch the line of buoys off the coast and Israel’s share of revenue from Qana).',
      category: 'territorial',
    },
    [graded(S.i24Oct6, 3)],
  ),
  ev(
    'PositionTaken',
    'pos-israel-rejects-amendments',
    when('2022-10-06'),
    {
      demandId: D.amendments,
      actorId: 'israel',
      stance: 'rejected',
      speaker: LAPID,
      quote:
        'Israel will not compromise its security and economic interests in any way, even if it means that there will be no agreement soon',
    },
    [S.i24Oct6, S.ynetOct6],
  ),
  ev(
    'IncidentReported',
    'inc-northern-readiness',
    when('2022-10-06'),
    {
      incidentId: I.readiness,
      kind: 'force-posture',
      perpetrator: 'israel',
      against: 'lebanon',
      target: 'The northern front',
      place: 'Northern Israel (Lebanese border)',
      description:
        'After an assessment with the chief of staff, Gantz directs the army to prepare for a scenario of escalation in the north, both offensively and defensively, "given the developments in the negotiations on the maritime border"; the security cabinet authorises Lapid, Gantz and Bennett to decide on an escalation.',
    },
    [S.ynetOct6, S.mediaLineOct6, S.nnnOct8],
  ),
  ev(
    'StatementMade',
    'stmt-bou-saab-make-or-break',
    when('2022-10-07', 'approximate'),
    {
      speaker: BOU_SAAB,
      audience: 'united-states',
      tone: 'neutral',
      summary:
        'After Israel’s rejection, Bou Saab says the deal is at a "make or break" point and that he has contacted Hochstein to remove the obstacles.',
    },
    [S.nnnOct8],
  ),
  ev(
    'AgreementReached',
    'agr-final-text',
    when('2022-10-11'),
    {
      agreementId: AGREEMENT,
      kind: 'comprehensive',
      provisions: [
        'A permanent maritime boundary between Lebanese and Israeli waters, set for the first time (along Line 23), with the coordinates deposited with the United Nations',
        'The Karish field lies on Israel’s side; Lebanon has the right to explore the Qana (Sidon) prospect, part of which lies south of the line',
        'A mechanism by which Israel is compensated by the operator (TotalEnergies) for its rights in the part of Qana south of the line',
        'The land border is not touched',
      ],
      signatories: ['israel', 'lebanon'],
      textPublic: true,
      status: 'text-agreed',
    },
    [S.devdiscourseOct11, S.ynetOct11],
    {
      note: 'Both accept the final US draft the same day: Lapid announces "a historic agreement", Aoun says its terms satisfy Lebanon. Its text was published on the 12th.',
    },
  ),
  ev(
    'PositionTaken',
    'pos-israel-accepts-line23',
    when('2022-10-11'),
    {
      demandId: D.line23,
      actorId: 'israel',
      stance: 'accepted',
      conditions:
        'Israel is compensated for its rights in the part of Qana south of the line, and keeps the line of buoys off the coast',
      speaker: LAPID,
      quote:
        'This is a historic achievement that will strengthen Israel’s security, inject billions into Israel’s economy, and ensure the stability of our northern border',
    },
    [S.devdiscourseOct11, S.ynetOct11],
  ),
  ev(
    'StatementMade',
    'stmt-aoun-approves',
    when('2022-10-13'),
    {
      speaker: AOUN,
      audience: 'domestic audience',
      tone: 'conciliatory',
      summary:
        'In a televised address Aoun announces Lebanon’s approval of the final text: an indirect agreement that meets Lebanon’s demands and keeps all its rights, which he hopes lays the foundation of an economic revival.',
      quote: 'This indirect agreement responds to Lebanese demands and maintains all our rights',
    },
    [S.i24Oct13, S.meesOct14],
  ),
  ev(
    'StatementMade',
    'stmt-lapid-karish-permit',
    when('2022-10-25'),
    {
      speaker: LAPID,
      audience: 'domestic audience',
      tone: 'neutral',
      summary:
        'Israel’s energy ministry grants Energean permission to start production at Karish (the company began producing on the 26th, by its own announcement); Lapid: the production bolsters Israel’s energy security and its stature as an energy exporter.',
      quote: "The production of natural gas from the Karish platform bolsters Israel's energy security",
    },
    [S.devdiscourseOct25, S.globesOct26],
  ),
  // ===== 27 October 2022: Naqoura =====
  ev('ActorRegistered', 'actor-un', when('2022-10-27'), { actor: UN, role: 'third-party' }, [S.pledgeOct27], {
    note: 'The UN Special Coordinator received the two letters with the coordinates at Naqoura.',
  }),
  ev(
    'MediationAction',
    'med-hochstein-naqoura',
    when('2022-10-27'),
    {
      mediator: 'united-states',
      action: 'visited',
      summary:
        'Hochstein meets Aoun, Berri and Mikati in Beirut, then goes to Naqoura "to take the final steps to bring Israel and Lebanon’s agreement into force", then to Israel to meet Lapid.',
    },
    [S.stateOct26, S.apOct27],
    { occurrence: O.naqoura },
  ),
  ev(
    'AgreementStatusChanged',
    'agr-signed-lebanon',
    when('2022-10-27T08:00:00Z', 'approximate'),
    {
      agreementId: AGREEMENT,
      status: 'signed',
      by: 'lebanon',
      reason: 'Aoun signs the letter at Baabda and hands it to Hochstein',
    },
    [S.i24Oct27, S.apOct27],
    { occurrence: O.naqoura },
  ),
  ev(
    'AgreementStatusChanged',
    'agr-signed-israel',
    when('2022-10-27T10:00:00Z', 'approximate'),
    {
      agreementId: AGREEMENT,
      status: 'signed',
      by: 'israel',
      reason: 'The government approves the agreement at a special meeting and Lapid signs it',
    },
    [S.i24Oct27, S.meesOct28],
    { occurrence: O.naqoura },
  ),
  ev(
    'AgreementStatusChanged',
    'agr-in-force',
    when('2022-10-27T13:00:00Z', 'approximate'),
    {
      agreementId: AGREEMENT,
      status: 'in-force',
      reason:
        'The two delegations deliver their letters and coordinates at UNIFIL’s headquarters in Naqoura, in separate rooms, in the presence of Hochstein and the UN Special Coordinator',
    },
    [S.pledgeOct27, S.apOct27, S.meesOct28],
    { occurrence: O.naqoura },
  ),
  ev(
    'ThirdPartyEngagement',
    'eng-un-letters',
    when('2022-10-27T13:00:00Z', 'approximate'),
    {
      actorId: 'united-nations',
      counterparts: ['israel', 'lebanon'],
      kind: 'support',
      summary: `${WRONECKA.name}, UN Special Coordinator for Lebanon, receives the letters with the coordinates signed by the two countries at Naqoura and is to take them to UN headquarters in New York.`,
    },
    [S.pledgeOct27],
    { occurrence: O.naqoura },
  ),
  ev(
    'StatementMade',
    'stmt-lapid-recognition',
    when('2022-10-27'),
    {
      speaker: LAPID,
      audience: 'lebanon',
      tone: 'neutral',
      summary:
        'Lapid calls the agreement a political achievement, since "it is not every day that an enemy state recognizes the State of Israel in a written agreement"; Aoun answers that it has no political dimension contradicting Lebanon’s foreign policy.',
      quote:
        'It is not every day that an enemy state recognizes the State of Israel in a written agreement in front of the entire international community',
    },
    [S.i24Oct27, S.meesOct28],
  ),
  ev(
    'StatementMade',
    'stmt-nasrallah-mobilisation-over',
    when('2022-10-27T18:00:00Z', 'approximate'),
    {
      speaker: NASRALLAH,
      audience: 'domestic audience',
      tone: 'neutral',
      summary:
        'Nasrallah calls the deal a very big victory for Lebanon, "not an international treaty" nor a recognition of Israel, and declares the exceptional measures and mobilisation of the past months over: "our mission is complete".',
    },
    [S.cdeOct28],
  ),
  // ===== 2023: the agreement implemented; the spring and summer incidents =====
  ev(
    'StatementMade',
    'stmt-fayyad-block9',
    when('2023-01-29'),
    {
      speaker: FAYYAD,
      audience: 'domestic audience',
      tone: 'neutral',
      summary:
        'Lebanon signs with TotalEnergies, Eni and QatarEnergy (35, 35 and 30 per cent) for Blocks 4 and 9, Block 9 holding the Qana prospect by the new boundary; TotalEnergies’ chief executive says a survey vessel arrives on 6 February and drilling is planned for the third quarter.',
    },
    [S.reutersJan29, S.islamTimesJan31],
  ),
  ev('ActorRegistered', 'actor-hamas', when('2023-04-06'), { actor: HAMAS, role: 'third-party' }, [S.bbcApr7], {
    note: 'The Palestinian movement, whose leader was in Lebanon; Israel blamed it for the rockets of 6 April 2023.',
  }),
  ev(
    'IncidentReported',
    'inc-rockets',
    when('2023-04-06T12:00:00Z', 'approximate'),
    {
      incidentId: I.rockets,
      kind: 'militant-attack',
      perpetrator: 'hamas',
      allegedBy: 'israel',
      against: 'israel',
      place: 'Western Galilee (Shlomi)',
      description:
        'About three dozen rockets are fired from southern Lebanon into northern Israel on Passover, the largest barrage from Lebanon since 2006; Israel says 25 were intercepted and five landed in its territory, and blames Palestinian groups (Hamas), which said it had no information on who fired them.',
    },
    [S.bbcApr7, S.dwApr7, S.eastCoastApr7],
  ),
  ev(
    'StatementMade',
    'stmt-mikati-rejects-escalation',
    when('2023-04-06T17:00:00Z', 'approximate'),
    {
      speaker: MIKATI,
      audience: 'domestic audience',
      tone: 'conciliatory',
      summary:
        'Mikati condemns the rocket fire from Lebanese territory: Lebanon rejects any military escalation from its soil and the use of its land for acts that destabilise the situation; the army and UNIFIL are working to arrest the perpetrators.',
    },
    [S.eastCoastApr7, S.lbciApr7],
  ),
  ev(
    'IncidentReported',
    'inc-tyre-strikes',
    when('2023-04-07T01:00:00Z', 'approximate'),
    {
      incidentId: I.tyre,
      kind: 'airstrike',
      perpetrator: 'israel',
      against: 'lebanon',
      target:
        'Hamas sites ("terrorist infrastructure") near the Rashidieh camp and at Qlayleh; a small bridge at Maaliya',
      place: 'Tyre district, southern Lebanon',
      description:
        'Israel strikes targets it says belong to Hamas in southern Lebanon, around Tyre: missiles fall in open areas near the Rashidieh refugee camp and Qlayleh, and a small bridge at Maaliya is destroyed; no casualties are reported. UNIFIL says the IDF told it beforehand of its response.',
    },
    [S.lbciApr7, S.toiApr7, S.dwApr7],
  ),
  ev(
    'StatementMade',
    'stmt-idf-lebanon-responsible',
    when('2023-04-07T01:30:00Z', 'approximate'),
    {
      speaker: IDF,
      audience: 'lebanon',
      tone: 'accusation',
      summary:
        'The IDF says it struck Hamas infrastructure in southern Lebanon, will not allow Hamas to operate from Lebanon, and considers the state of Lebanon responsible for all fire from its territory.',
      quote:
        'The IDF will not allow the terrorist organization Hamas to operate from Lebanon and considers the state of Lebanon responsible for all fire from its territory',
      blames: { incidentId: I.rockets, on: 'lebanon' },
    },
    [S.epochApr7, S.lbciApr7],
  ),
  ev(
    'StatementMade',
    'stmt-lebanon-unsc-complaint',
    when('2023-04-07T10:00:00Z', 'approximate'),
    {
      speaker: LEB_FM,
      audience: 'israel',
      tone: 'accusation',
      summary:
        'Lebanon’s foreign ministry will complain to the Security Council of the deliberate Israeli bombardment of southern Lebanon, a flagrant violation of Lebanon’s sovereignty and of resolution 1701 that threatens the south’s stability; the defence ministry says the army is ready to defend against any attack.',
    },
    [S.toiApr7],
  ),
  ev('ActorRegistered', 'actor-unifil', when('2023-04-07'), { actor: UNIFIL, role: 'third-party' }, [S.lbciApr7]),
  ev(
    'StatementMade',
    'stmt-unifil-no-war',
    when('2023-04-07T08:00:00Z', 'approximate'),
    {
      speaker: UNIFIL_STMT,
      audience: 'israel',
      tone: 'conciliatory',
      summary: 'UNIFIL calls for restraint and says both sides told it they do not want war.',
    },
    [S.lbciApr7, S.dwApr7],
  ),
  ev(
    'StatementMade',
    'stmt-lebanon-ghajar',
    when('2023-07-04'),
    {
      speaker: BOU_HABIB,
      audience: 'israel',
      tone: 'accusation',
      summary:
        'Lebanon’s foreign ministry says it is concerned by Israel’s measures in the northern part of Ghajar, which Lebanon holds to be its territory (a wire fence and a wall around the village), creating "a new fait accompli on the ground".',
    },
    [S.palinfoJul6],
  ),
  ev(
    'IncidentReported',
    'inc-ghajar-missile',
    when('2023-07-06T05:00:00Z', 'approximate'),
    {
      incidentId: I.ghajarMissile,
      kind: 'militant-attack',
      against: 'israel',
      place: 'Ghajar (Blue Line)',
      description:
        'An anti-tank missile fired from Lebanese territory explodes by the border fence at Ghajar, parts of it falling in Lebanon; no one claims it (Lebanese security sources speak of two rockets), no one is hurt.',
    },
    [S.bbcJul6, S.theNewsJul7],
  ),
  ev(
    'IncidentReported',
    'inc-kfar-chouba',
    when('2023-07-06T09:00:00Z', 'approximate'),
    {
      incidentId: I.kfarChouba,
      kind: 'shelling',
      perpetrator: 'israel',
      against: 'lebanon',
      target: 'The area the missile was fired from',
      place: 'Kfar Chouba and Halta, southern Lebanon',
      description:
        'The IDF strikes the area the launch came from: more than 15 artillery shells hit the outskirts of Kfar Chouba and Halta (Lebanon’s National News Agency); no damage or casualties are reported. UNIFIL urges restraint.',
    },
    [S.bbcJul6, S.theNewsJul7, S.palinfoJul6],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'israel-lebanon-2022.jsonl',
  logEnd: '2026-12-07T00:00:00Z',
  events,
};

export default definition;
