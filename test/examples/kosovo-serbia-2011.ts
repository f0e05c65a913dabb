/**
 * A test fixture, not a shipped example: the EU-facilitated dialogue between
 * Kosovo and Serbia from March 2011 to November 2013, as an analyst following
 * the news could have recorded it — the technical dialogue of Robert Cooper
 * (from 8 March 2011) and its first agreements (freedom of movement and the
 * civil registry, 2 July); Kosovo's embargo on Serbian goods in reciprocity
 * for Serbia's blockade of goods with Kosovo's customs stamps (20 July); the
 * Kosovo police's seizure of the Jarinje and Brnjak crossings (25 July; a
 * policeman killed on the 26th) and the burning of Jarinje (27 July), which
 * Thaçi blamed on Belgrade; the customs-stamp agreement (2 September) and the
 * two blockades lifted (16 and 22 September); the barricades of the northern
 * Serbs and their clashes with KFOR (September 2011 – June 2012); the
 * integrated border management agreement (2 December 2011) and the regional
 * representation agreement (24 February 2012); Serbia's EU candidacy (1 March
 * 2012); the high-level dialogue of Thaçi and Dačić (from 19 October 2012);
 * the joint crossings opened (10 December 2012); the First Agreement of
 * Principles Governing the Normalisation of Relations (initialled 19 April
 * 2013) and its implementation plan (22 May, approved by both governments on
 * 27 May); Dačić's warning that he would leave the dialogue (7 October); and
 * the northern municipal elections (3 November, attacked; rerun 17 November).
 * Escalation model v2 was never tuned on it: it is the case the model is held
 * to in kosovo-serbia-2011.spec.ts, against the calls an analyst makes from
 * DOMAIN.md §5b alone. A separate negotiation from kosovo-serbia-2023.ts, with
 * its own id.
 *
 * What it tests that the other cases did not: a dispute between a state and
 * the state that does not recognise it, whose forces never meet; coercion by
 * trade blockades on both sides (one older than the record) and by seizing
 * crossings; violence by a third party (the northern Serbs, against Kosovo's
 * police and against KFOR) blamed on the other party once; agreements reached
 * step by step, first only agreed, then applied; and crossings closed and
 * reopened.
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
 * (Euractiv's election story, "on Sunday (3 November)").
 *
 * Judgement calls, recorded as an analyst would:
 * - Serbia's blockade. Since 3 December 2008 Serbia (with Bosnia) let no goods
 *   with Kosovo's new customs stamps enter or cross its territory (AFP, via
 *   ECIKS); Kosovo's embargo of 20 July 2011 was imposed "in reciprocity". The
 *   blockade is a border closed against the other party's trade, as the
 *   Kosovo – Serbia 2023 fixture records Kosovo's ban on Serbian goods: it is
 *   recorded as a `border-closure` by Serbia against Kosovo, dated when it
 *   began and recorded when the case was opened. It ends when goods with
 *   Kosovo's documents enter Serbia "after September 22" (Kosovo's trade
 *   minister, 28 September: `border-reopening`, approximate).
 * - Kosovo's embargo (decided 20 July) is a `border-closure` by Kosovo against
 *   Serbia; it is lifted on 16 September (`border-reopening`). Kosovo's letter
 *   of 19 September to the EU, that it will reimpose it if Serbia does not
 *   honour the deal, is a warning.
 * - The police operation of 25 July. Kosovo's special police (ROSU) took the
 *   Jarinje and Brnjak crossings, staffed by Kosovo Serb officers who would
 *   not enforce the embargo: Kosovo's police acting on the territory Kosovo
 *   administers, against the northern Serbs (a third party), as the 2023
 *   fixture records the police entering the northern municipal buildings. It
 *   is a `force-posture` by Kosovo against `kosovo-serbs`, not armed action
 *   between the pair; what it enforced (the embargo) is recorded as its own
 *   border closure. The fighting of 26 July, in which a Kosovo policeman was
 *   killed, is a clash of the northern Serbs with Kosovo's police; no source
 *   in the record blames Belgrade for it.
 * - The burning of Jarinje (27 July) is a `militant-attack` by masked Serbs on
 *   the crossing Kosovo's officers held (shots were fired at KFOR), blamed by
 *   Thaçi on Belgrade ("ordered, coordinated and managed by the highest
 *   political structures of the government of Serbia"): coercion by §5b, not
 *   armed action between the pair. Tadić condemned the attackers.
 * - The barricade clashes (27 September and 23–24 and 28 November 2011, 1 June
 *   2012) are the northern Serbs' against KFOR (`clash`, against `kfor`). No
 *   source in the record has either party blame the other for them (Serbia's
 *   minister for Kosovo blamed KFOR): a third party's violence against a third
 *   party. KFOR taking over the crossings (28 July) and closing or reopening
 *   them to traffic are KFOR's acts, noted in the descriptions, not recorded
 *   as either party's border closure or reopening.
 * - The agreements were "agreed conclusions", none signed (PA-X: "agreement
 *   unsigned"). Those applied at once are recorded without a status (agreed
 *   and being implemented): the customs stamps (2 September 2011) and the
 *   regional representation (24 February 2012). Those that waited are recorded
 *   `text-agreed` and put `in-force` when a source reports them applied:
 *   freedom of movement (Serbia's decree, 22 December 2011) and integrated
 *   border management (the first joint crossings, 10 December 2012). The First
 *   Agreement of 19 April 2013 was initialled by the two prime ministers
 *   (`initialled`); it and its implementation plan (22 May, `text-agreed`) are
 *   put `in-force` when both governments approved the plan (27 May, AFP).
 * - Dačić's words of 7 October 2013 — if Kosovo keeps its ban on Serbian
 *   officials visiting during the election campaign, "my involvement is over"
 *   — are a `warning` to leave the dialogue, not a threat of war; the ban
 *   itself (on officials, not on goods or people crossing) is in the
 *   statement's summary, not recorded as a border closure.
 * - The attack on the polling stations of north Mitrovica (3 November 2013) is
 *   a `militant-attack` by masked Serb hardliners (`kosovo-serbs`) on Kosovo's
 *   elections, blamed on no one in the record: Serbia had urged the Serbs to
 *   vote.
 * - Serbia's EU candidacy (1 March 2012) is the EU's act toward Serbia
 *   (`ThirdPartyEngagement`, `support`).
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'kosovo-serbia-dialogue-2011';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 2011);
/** A recordedAt on a day of any year of the case, UTC. */
const rec = (day: string, time: string): string => `${day}T${time}:00Z`;

const KOSOVO: Actor = { id: 'kosovo', name: 'Kosovo', kind: 'state', aliases: ['Republic of Kosovo', 'Pristina'] };
const SERBIA: Actor = { id: 'serbia', name: 'Serbia', kind: 'state', aliases: ['Republic of Serbia', 'Belgrade'] };
const EU: Actor = {
  id: 'eu',
  name: 'European Union',
  kind: 'international-organisation',
  aliases: ['EU', 'EEAS', 'Ashton', 'Cooper', 'EULEX'],
};
const KFOR: Actor = {
  id: 'kfor',
  name: 'Kosovo Force (NATO)',
  kind: 'international-organisation',
  aliases: ['KFOR', 'NATO peacekeepers'],
};
const KOSOVO_SERBS: Actor = {
  id: 'kosovo-serbs',
  name: 'Kosovo Serbs of the north (the barricades and their armed men)',
  kind: 'opposition-movement',
  aliases: ['northern Kosovo Serbs', 'parallel structures'],
};

const THACI: Person = { name: 'Hashim Thaçi', title: 'Prime Minister of Kosovo', actorId: 'kosovo' };
const TAHIRI: Person = {
  name: 'Edita Tahiri',
  title: 'Deputy Prime Minister of Kosovo, head of its delegation',
  actorId: 'kosovo',
};
const REXHEPI: Person = { name: 'Bajram Rexhepi', title: 'Minister of Internal Affairs of Kosovo', actorId: 'kosovo' };
const KOSOVO_GOV: Person = { name: 'Government of Kosovo (letter to the EU)', actorId: 'kosovo' };
const TADIC: Person = { name: 'Boris Tadić', title: 'President of Serbia', actorId: 'serbia' };
const STEFANOVIC: Person = {
  name: 'Borislav (Borko) Stefanović',
  title: 'Head of the Belgrade negotiating team',
  actorId: 'serbia',
};
const BOGDANOVIC: Person = { name: 'Goran Bogdanović', title: 'Minister for Kosovo of Serbia', actorId: 'serbia' };
const PAVICEVIC: Person = {
  name: 'Dejan Pavićević',
  title: 'Head of the Belgrade negotiating team',
  actorId: 'serbia',
};
const DACIC: Person = { name: 'Ivica Dačić', title: 'Prime Minister of Serbia', actorId: 'serbia' };
const ASHTON: Person = { name: 'Catherine Ashton', title: 'EU High Representative', actorId: 'eu' };

const S = {
  eciksDec22_2008: source(
    'Kosovo warns of trade ban on Serbia, Bosnia',
    'ECIKS (AFP)',
    'https://eciks.com/kosovo-warns-of-trade-ban-on-serbia-bosnia/',
    '2008-12-22',
    'C',
    2,
  ),
  setimesMar9: source(
    'Belgrade, Pristina launch new talks',
    'Southeast European Times',
    'http://www.setimes.com/cocoon/setimes/xhtml/en_GB/features/setimes/features/2011/03/09/feature-02',
    '2011-03-09',
    'B',
    1,
  ),
  sofiaechoMar9: source(
    'Dialogue between Serbia and Kosovo underway in Brussels',
    'The Sofia Echo',
    'http://sofiaecho.com/2011/03/09/1055859_dialogue-between-serbia-and-kosovo-underway-in-brussels',
    '2011-03-09',
    'C',
    2,
  ),
  wikinewsMar9: source(
    'Završen prvi dijalog Beograda i Prištine',
    'Wikinews (Beta)',
    'https://sr.m.wikinews.org/sr-el/Zavr%C5%A1en_prvi_dijalog_Beograda_i_Pri%C5%A1tine',
    '2011-03-09',
    'C',
    2,
  ),
  euobserverJul4: source(
    'Serbia and Kosovo agree on freedom of movement of people',
    'De Nederlandse Grondwet (EUobserver)',
    'https://denederlandsegrondwet.nl/id/viqqcabf3hz5/nieuws/servie_en_kosovo_akkoord_over_vrij',
    '2011-07-04',
    'C',
    1,
  ),
  eurasiaJul21: source(
    'Kosovo imposes embargo on Serbia',
    'Eurasia.ro',
    'https://eurasia.ro/2011/07/21/kosovo-imposes-embargo-on-serbia/',
    '2011-07-21',
    'C',
    1,
  ),
  voaJul27: source(
    'Kosovo special police withdraw from border posts in Serb-dominated areas',
    'Voice of America',
    'https://blogs.voanews.com/breaking-news/2011/07/27/kosovo-special-police-withdraw-from-border-posts-in-serb-dominated-areas',
    '2011-07-27',
    'B',
    2,
  ),
  trendJul27: source(
    'Kosovo withdraws police commandos from contested border checkpoints',
    'Trend (dpa)',
    'http://en.trend.az/regions/world/europe/1911077.html',
    '2011-07-27',
    'C',
    2,
  ),
  balkaninsightJul27: source(
    "Serb 'Hooligans' Burn Kosovo-Serbia Crossing",
    'Balkan Insight',
    'http://www.balkaninsight.com/en/article/serbian-hooligans-burn-kosovo-serbia-crossing',
    '2011-07-27',
    'B',
    2,
  ),
  b92Jul27: source(
    'Checkpoint Jarinje in northern Kosovo set on fire',
    'B92',
    'http://www.b92.net/eng/news/politics-article.php?yyyy=2011&mm=07&dd=27&nav_id=75648',
    '2011-07-27',
    'B',
    2,
  ),
  dwJul28: source(
    'NATO takes charge of Kosovo border crossings',
    'Deutsche Welle (mirror)',
    'https://tiue.org/dw/en/nato-takes-charge-of-kosovo-border-crossings/a-15273408',
    '2011-07-28',
    'C',
    2,
  ),
  priJul28: source(
    'Tensions mount as Nato troops take over Kosovo border post',
    'PRI (GlobalPost, AFP)',
    'https://www.pri.org/stories/2011-07-28/tensions-mount-nato-troops-take-over-kosovo-border-post',
    '2011-07-28',
    'B',
    2,
  ),
  serbianjournalSep4: source(
    '“Serbia won’t accept Kosovo customs officers”',
    'Serbian Journal (Tanjug)',
    'https://serbianjournal.wordpress.com/2011/09/04/serbia-wont-accept-kosovo-customs-officers/',
    '2011-09-04',
    'C',
    1,
  ),
  eurasiaSep5: source(
    'Serbia not to accept Kosovo customs officers',
    'Eurasia.ro',
    'https://eurasia.ro/2011/09/05/serbia-not-to-accept-kosovo-customs-officers',
    '2011-09-05',
    'C',
    1,
  ),
  kosovocompromiseSep16: source(
    'Both checkpoints in north Kosovo blocked',
    'KosovoCompromise',
    'http://kosovocompromise.com/cms/item/topic/en.html?id=3603&sectionId=1&view=story',
    '2011-09-16',
    'C',
    2,
  ),
  middleeastinfoSep16: source(
    'Kosovo Customs is Back on Disputed Border Crossings',
    'Middle East Info',
    'https://middleeastinfo.wordpress.com/2011/09/16/kosovo-customs-is-back-on-disputed-border-crossings/',
    '2011-09-16',
    'C',
    2,
  ),
  eurasiaSep20: source(
    'Kosovo says Serbia reactivated its trade ban',
    'Eurasia.ro',
    'https://eurasia.ro/2011/09/20/kosovo-says-serbia-reactivated-its-trade-ban/',
    '2011-09-20',
    'C',
    1,
  ),
  peopleSep28: source(
    'NATO troops, Serbs wounded in Kosovo border clashes',
    "People's Daily (Xinhua)",
    'http://en.people.cn/90777/7606545.html',
    '2011-09-28',
    'B',
    2,
  ),
  savekosovoSep27: source(
    'KFOR fires at Serbs, seven injured',
    'SaveKosovo (B92, Tanjug, Beta)',
    'http://savekosovo.org/?p=3&sp=577',
    '2011-09-27',
    'C',
    2,
  ),
  eciksSep28: source(
    'Exports to Serbia using only Kosovo documents',
    'ECIKS (Telegrafi)',
    'https://eciks.com/exports-to-serbia-using-only-kosovo-documents/',
    '2011-09-28',
    'C',
    1,
  ),
  peopleNov25: source(
    '21 NATO soldiers injured in northern Kosovo conflict',
    "People's Daily (Xinhua)",
    'http://en.people.cn/90777/7655889.html',
    '2011-11-25',
    'B',
    2,
  ),
  peopleNov29: source(
    'NATO soldiers, Serbs injured in Kosovo clashes',
    "People's Daily (Xinhua)",
    'http://en.people.cn/90777/7660166.html',
    '2011-11-29',
    'B',
    2,
  ),
  ahramDec3: source(
    'Serbia confirms border deal with Kosovo',
    'Ahram Online (AFP)',
    'https://english.ahram.org.eg/NewsContent/2/8/28399/World/Region/Serbia-confirms-border-deal-with-Kosovo.aspx',
    '2011-12-03',
    'B',
    1,
  ),
  emgDec5: source(
    'Agreement on administrative border crossings (text)',
    'eMg (Tanjug)',
    'https://emg.rs/en/news/serbia/170163.html',
    '2011-12-05',
    'C',
    1,
  ),
  eubusinessDec22: source(
    'Serbia to allow freedom of movement to Kosovo citizens',
    'EUbusiness (AFP)',
    'https://www.eubusiness.com/news-eu/serbia-kosovo.eai',
    '2011-12-22',
    'B',
    1,
  ),
  sofiaechoFeb24: source(
    'Belgrade and Pristina resume dialogue',
    'The Sofia Echo',
    'http://www.sofiaecho.com/2012/02/24/1773605_belgrade-and-pristina-resume-dialogue',
    '2012-02-24',
    'C',
    2,
  ),
  apFeb24: source(
    'Kosovo, Serbia reach deal on 2 key issues',
    'Times-Gazette (AP)',
    'http://times-gazette.com/ap%20international/2012/02/24/kosovo-serbia-reach-deal-on-2-key-issues',
    '2012-02-24',
    'B',
    1,
  ),
  euobserverMar2: source(
    'Serbia gets EU candidate status, Romania gets nothing',
    'EUobserver',
    'https://euobserver.com/eu-and-the-world/ar587f87fd',
    '2012-03-02',
    'B',
    1,
  ),
  maltatodayJun2: source(
    'Northern Kosovo clashes raise tension',
    'MaltaToday (Reuters)',
    'https://maltatoday.com.mt/news/world/18625/northern-kosovo-clashes-raise-tension-20120602',
    '2012-06-02',
    'C',
    2,
  ),
  eurasiaSep25_2012: source(
    'Serbia to Put Kosovo Border Deal Into Action',
    'Eurasia.ro (Balkan Insight)',
    'https://eurasia.ro/2012/09/25/serbia-to-put-kosovo-border-deal-into-action/',
    '2012-09-25',
    'C',
    1,
  ),
  councilOct19_2012: source(
    'Statement by High Representative Catherine Ashton on the continuation of the EU-facilitated dialogue',
    'De Nederlandse Grondwet (Council of the EU)',
    'https://denederlandsegrondwet.nl/id/vj3vlyxp9nwx/nieuws/hoge_vertegenwoordiger_catherine_ashton',
    '2012-10-19',
    'C',
    1,
  ),
  kosovocompromiseOct19_2012: source(
    'EU’s Ashton, Serbian, Kosovo PMs meet',
    'KosovoCompromise (Tanjug)',
    'http://kosovocompromise.com/cms/item/topic/en.html?id=3903&sectionId=1&view=story',
    '2012-10-19',
    'C',
    1,
  ),
  derstandardOct19_2012: source(
    'Dacic und Thaci peilen neues Treffen an',
    'Der Standard (APA)',
    'http://derstandard.at/1350258928086/Dacic-und-Thaci-peilen-neues-Treffen-an',
    '2012-10-19',
    'B',
    1,
  ),
  smarkosDec9_2012: source(
    '“Jarinje crossing to be opened on Monday”',
    'Smarkos blog (B92)',
    'https://smarkos.blogspot.com/2012/12/jarinje-crossing-to-be-opened-on-monday.html',
    '2012-12-09',
    'C',
    2,
  ),
  reutersDec10_2012: source(
    'Under EU pressure, Serbia and Kosovo launch joint border checks',
    'Reuters',
    'https://uk.reuters.com/article/uk-serbia-kosovo/under-eu-pressure-serbia-and-kosovo-launch-joint-border-checks-idUKBRE8B90GP20121210',
    '2012-12-10',
    'B',
    1,
  ),
  dwDec10_2012: source(
    'Joint border controls begin',
    'Deutsche Welle',
    'https://www.dw.com/en/serbia-kosovo-implement-joint-border-controls/a-16443038',
    '2012-12-10',
    'B',
    1,
  ),
  friendsofkosovoApr19: source(
    'First Agreement of Principles Governing the Normalization of Relations',
    'Friends of Kosovo (Tanjug)',
    'https://friendsofkosovo.wordpress.com/2013/04/19/first-agreement-of-principles-governing-the-normalization-of-relations/',
    '2013-04-19',
    'C',
    2,
  ),
  bloombergApr19: source(
    'Serbia, Kosovo Sign Initial Deal to Normalize Relations',
    'Bloomberg',
    'https://www.bloomberg.com/news/articles/2013-04-18/serbia-kosovo-to-meet-for-more-talks-as-eu-report-looms',
    '2013-04-19',
    'B',
    1,
  ),
  irishtimesApr19: source(
    'Serbia and Kosovo sign historic accord',
    'The Irish Times (Reuters)',
    'https://irishtimes.com/news/world/europe/serbia-and-kosovo-sign-historic-accord-1.1365961',
    '2013-04-19',
    'B',
    1,
  ),
  wbcApr19: source(
    'Belgrade and Pristina struck landmark deal in the EU-facilitated dialogue',
    'WBC-RTI',
    'https://wbc-rti.info/object/news/12054.html',
    '2013-04-19',
    'C',
    1,
  ),
  smarkosMay21: source(
    '"Action plan for implementation expected"',
    'Smarkos blog (B92, Tanjug)',
    'https://smarkos.blogspot.com/2013/05/action-plan-for-implementation-expected.html?m=1',
    '2013-05-21',
    'C',
    2,
  ),
  zeitMay27: source(
    'Serbien und Kosovo treiben Normalisierung ihrer Beziehungen voran',
    'Zeit Online (AFP)',
    'https://www.zeit.de/news/2013-05/27/serbien-serbien-und-kosovo-treiben-normalisierung-ihrer-beziehungen-voran-27144603',
    '2013-05-27',
    'B',
    1,
  ),
  euobserverMay31: source(
    'First deadline expires tonight on a Kosovo-Serbia plan',
    'De Nederlandse Grondwet (EUobserver)',
    'https://denederlandsegrondwet.nl/id/vja3lz1immxr/nieuws/vanavond_verloopt_eerste_deadline_voor',
    '2013-05-31',
    'C',
    1,
  ),
  b92Oct7: source(
    'Dačić and Thaci meeting again in Brussels',
    'B92',
    'https://www.b92.net/eng/comments.php?nav_id=87901',
    '2013-10-07',
    'B',
    1,
  ),
  euractivNov3: source(
    'Kosovo elections marred by violence',
    'Euractiv (Reuters)',
    'https://www.euractiv.com/section/global-europe/news/kosovo-elections-marred-by-violence/',
    '2013-11-03',
    'B',
    2,
  ),
  intellinewsNov4: source(
    "Violence mars Kosovo's Nov 3 local elections, turnout relatively low",
    'bne IntelliNews',
    'http://www.intellinews.com/violence-mars-kosovo-s-nov-3-local-elections-turnout-relatively-low-20807/',
    '2013-11-04',
    'B',
    2,
  ),
  novinitetNov4: source(
    'Violence Mars Key Kosovo Election',
    'Novinite (BBC)',
    'https://m.novinite.com/view_news.php?id=155181',
    '2013-11-04',
    'C',
    2,
  ),
  prizrenpostNov17: source(
    'Serbs in North Kosovo Head for Polls Again',
    'Prizren Post (Balkan Insight)',
    'https://prizrenpost.com/en/serbs-in-north-kosovo-head-for-polls-again',
    '2013-11-17',
    'C',
    2,
  ),
  refworldNov18: source(
    'Votes being counted in Serb-dominated Kosovo town',
    'Refworld (RFE/RL)',
    'http://www.refworld.org/country,,,,SRB,,52e658e6d,0.html',
    '2013-11-18',
    'B',
    1,
  ),
};

const R = {
  first: 'brussels-2011-03-08',
  july: 'brussels-2011-07-02',
  september: 'brussels-2011-09-02',
  december: 'brussels-2011-11-30',
  february: 'brussels-2012-02-21',
  highLevel1: 'brussels-2012-10-19',
  highLevel3: 'brussels-2012-12-04',
  april17: 'brussels-2013-04-17',
  april19: 'brussels-2013-04-19',
  may: 'brussels-2013-05-21',
};
const A = {
  movement: 'freedom-of-movement-2011',
  stamps: 'customs-stamps-2011',
  ibm: 'integrated-border-management-2011',
  regional: 'regional-representation-2012',
  first: 'first-agreement-normalisation-2013',
  plan: 'implementation-plan-2013',
};
const D = {
  stamps: 'recognise-customs-stamps',
  noOfficers: 'no-kosovo-customs-in-north',
};
const O = {
  july: 'agreement-2011-07-02',
  september: 'agreement-2011-09-02',
  december: 'agreement-2011-12-02',
  february: 'agreements-2012-02-24',
  april19: 'first-agreement-2013-04-19',
  may22: 'implementation-plan-2013-05-22',
  may27: 'governments-approve-2013-05-27',
};
/** Places, written one way each. */
const JARINJE = 'Jarinje crossing, northern Kosovo';
const ALL_CROSSINGS = 'The crossings between Kosovo and Serbia';

const events = [
  // ===== March – July 2011: the technical dialogue opens; Serbia's blockade; the first agreements =====
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '2011-03-08', recordedAt: rec('2011-03-09', '09:00') },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Kosovo – Serbia, EU-facilitated dialogue, 2011–13',
      subject:
        'The technical dialogue on practical issues (trade and customs, freedom of movement, registries, regional cooperation), then the high-level dialogue on the normalisation of relations and the north of Kosovo',
      parties: [KOSOVO, SERBIA],
      mediators: [EU],
    },
    [S.setimesMar9, S.sofiaechoMar9],
    { note: 'The first direct talks since Kosovo declared independence (2008); Robert Cooper chairs them.' },
  ),
  ev(
    'ActorRegistered',
    'actor-kfor',
    { occurredAt: '2011-03-08', recordedAt: rec('2011-03-09', '09:05') },
    { actor: KFOR, role: 'third-party' },
    [S.setimesMar9],
  ),
  ev(
    'ActorRegistered',
    'actor-kosovo-serbs',
    { occurredAt: '2011-03-08', recordedAt: rec('2011-03-09', '09:10') },
    { actor: KOSOVO_SERBS, role: 'third-party' },
    [S.setimesMar9],
  ),
  ev(
    'IncidentReported',
    'inc-serbia-blockade',
    { occurredAt: '2008-12-03', recordedAt: rec('2011-03-09', '09:15') },
    {
      incidentId: 'serbia-blocks-kosovo-goods-2008-12-03',
      kind: 'border-closure',
      perpetrator: 'serbia',
      against: 'kosovo',
      place: ALL_CROSSINGS,
      description:
        'Serbia (with Bosnia and Herzegovina) stops the import and transit of goods from Kosovo, whose paperwork now bears the stamps of "Kosovo Customs" instead of UNMIK’s; Kosovo’s chamber of commerce warns of a ban in return.',
    },
    [S.eciksDec22_2008],
    { note: 'Dated when it began, recorded when the case was opened: it is in force when the dialogue starts.' },
  ),
  ev(
    'TalksRoundOpened',
    'round-first-opened',
    { occurredAt: '2011-03-08', recordedAt: rec('2011-03-09', '09:20') },
    {
      roundId: R.first,
      label: 'Technical dialogue, first round, Brussels',
      format: 'formal',
      venue: 'Brussels',
      hosts: ['eu'],
      delegations: [
        { actorId: 'kosovo', head: TAHIRI },
        { actorId: 'serbia', head: STEFANOVIC },
      ],
    },
    [S.setimesMar9, S.sofiaechoMar9],
  ),
  ev(
    'StatementMade',
    'stmt-stefanovic-mar8',
    { occurredAt: '2011-03-08', recordedAt: rec('2011-03-09', '09:25') },
    {
      speaker: STEFANOVIC,
      audience: 'kosovo',
      tone: 'conciliatory',
      summary:
        'His team came "with a bag full of proposals and good solutions"; some key issues should be resolved by the year’s end, "though miracles should not be expected".',
    },
    [S.setimesMar9, S.sofiaechoMar9],
  ),
  ev(
    'TalksRoundConcluded',
    'round-first-concluded',
    { occurredAt: '2011-03-09', recordedAt: rec('2011-03-09', '20:00') },
    {
      roundId: R.first,
      outcome: 'progress',
      summary:
        'After more than five and a half hours on the second day: Stefanović calls the talks constructive, some issues close to a solution; Tahiri says they went well.',
    },
    [S.wikinewsMar9],
  ),
  ev(
    'TalksRoundOpened',
    'round-july-opened',
    { occurredAt: '2011-07-02', recordedAt: rec('2011-07-04', '10:00') },
    {
      roundId: R.july,
      label: 'Technical dialogue, Brussels (freedom of movement, civil registry, diplomas)',
      format: 'formal',
      venue: 'Brussels',
      hosts: ['eu'],
      delegations: [
        { actorId: 'kosovo', head: TAHIRI },
        { actorId: 'serbia', head: STEFANOVIC },
      ],
    },
    [S.euobserverJul4],
  ),
  ev(
    'TalksRoundConcluded',
    'round-july-concluded',
    { occurredAt: '2011-07-02', recordedAt: rec('2011-07-04', '10:05') },
    {
      roundId: R.july,
      outcome: 'agreement',
      summary:
        'After five months of talks, the first agreements: Kosovo ID cards and licence plates to be accepted by Serbia, diplomas recognised, copies of the civil registry kept in Belgrade to be certified by EULEX.',
    },
    [S.euobserverJul4],
    { occurrence: O.july },
  ),
  ev(
    'AgreementReached',
    'agr-movement',
    { occurredAt: '2011-07-02', recordedAt: rec('2011-07-04', '10:10') },
    {
      agreementId: A.movement,
      kind: 'partial',
      provisions: [
        'Freedom of movement: Kosovo identity cards and licence plates accepted at Serbia’s crossings (not Kosovo’s passports)',
        'Civil registry: EULEX certifies copies of the registry books kept in Belgrade, toward a full registry in Kosovo',
        'School and university diplomas recognised on both sides',
      ],
      signatories: ['kosovo', 'serbia'],
      textPublic: true,
      roundId: R.july,
      status: 'text-agreed',
    },
    [S.euobserverJul4],
    {
      occurrence: O.july,
      note: 'Agreed conclusions, not signed; applied only from December (Serbia’s decree): see the header.',
    },
  ),
  // ===== July 2011: the embargo, the crossings seized, Jarinje burned =====
  ev(
    'DemandTabled',
    'dem-stamps',
    { occurredAt: '2011-07-20', recordedAt: rec('2011-07-21', '10:00') },
    {
      demandId: D.stamps,
      by: 'kosovo',
      addressedTo: ['serbia'],
      text: 'Recognise Kosovo’s customs stamps and let goods from Kosovo enter and cross Serbia.',
      category: 'economic',
    },
    [S.eurasiaJul21],
  ),
  ev(
    'IncidentReported',
    'inc-kosovo-embargo',
    { occurredAt: '2011-07-20', recordedAt: rec('2011-07-21', '10:05') },
    {
      incidentId: 'kosovo-embargo-serbian-goods-2011-07-20',
      kind: 'border-closure',
      perpetrator: 'kosovo',
      against: 'serbia',
      place: ALL_CROSSINGS,
      description:
        'Kosovo’s government bans the import of goods from Serbia, in reciprocity for Belgrade’s refusal of Kosovo’s customs stamps (and puts a 10% duty on goods from Bosnia).',
    },
    [S.eurasiaJul21],
  ),
  ev(
    'IncidentReported',
    'inc-rosu-crossings',
    { occurredAt: '2011-07-25T22:00:00Z', recordedAt: rec('2011-07-27', '08:55') },
    {
      incidentId: 'rosu-takes-jarinje-brnjak-2011-07-25',
      kind: 'force-posture',
      perpetrator: 'kosovo',
      against: 'kosovo-serbs',
      target: 'The Jarinje and Brnjak crossings, staffed by Kosovo Serb police and customs officers',
      place: 'Jarinje and Brnjak crossings, northern Kosovo',
      description:
        'Late on Monday Kosovo’s special police (ROSU) move on the Jarinje and Brnjak crossings to let Kosovo’s customs officers enforce the ban on Serbian goods, which the Serb officers there ignored; local Serbs block the roads.',
    },
    [S.voaJul27, S.trendJul27],
    { note: 'Kosovo’s police on the territory Kosovo administers, against the northern Serbs: see the header.' },
  ),
  ev(
    'IncidentReported',
    'inc-clash-jul26',
    { occurredAt: '2011-07-26', recordedAt: rec('2011-07-27', '09:00') },
    {
      incidentId: 'zubin-potok-clash-2011-07-26',
      kind: 'clash',
      perpetrator: 'kosovo-serbs',
      allegedBy: 'kosovo',
      against: 'kosovo',
      target: 'Kosovo special police units',
      place: 'Zubin Potok, northern Kosovo',
      fatalities: { min: 1, max: 1 },
      description:
        'Fighting between the special police and Serbs blocking their way to Brnjak: one Kosovo policeman is killed, several people, civilians among them, are wounded.',
    },
    [S.voaJul27, S.trendJul27],
  ),
  ev(
    'StatementMade',
    'stmt-tadic-jul26',
    { occurredAt: '2011-07-26', recordedAt: rec('2011-07-27', '09:05') },
    {
      speaker: TADIC,
      audience: 'kosovo',
      tone: 'critical',
      summary: 'Pristina is trying to take over the Serb areas; the move is "completely unacceptable".',
    },
    [S.voaJul27],
  ),
  ev(
    'StatementMade',
    'stmt-thaci-jul26',
    { occurredAt: '2011-07-26', recordedAt: rec('2011-07-27', '09:10') },
    {
      speaker: THACI,
      audience: 'serbia',
      tone: 'neutral',
      summary: 'The special police operation was necessary to close a legal "black hole" in the north.',
    },
    [S.voaJul27],
  ),
  ev(
    'StatementMade',
    'stmt-rexhepi-jul27',
    { occurredAt: '2011-07-27', recordedAt: rec('2011-07-27', '16:00') },
    {
      speaker: REXHEPI,
      audience: 'domestic audience',
      tone: 'neutral',
      summary:
        'The special police withdraw: "the goal was to enable customs officials to do their work"; the crossings are now held by Kosovo’s customs officers backed by KFOR, flown in by helicopter. A KFOR-mediated arrangement is reported.',
    },
    [S.trendJul27, S.voaJul27],
  ),
  ev(
    'IncidentReported',
    'inc-jarinje-burned',
    { occurredAt: '2011-07-27T17:00:00Z', recordedAt: rec('2011-07-28', '08:00') },
    {
      incidentId: 'jarinje-burned-2011-07-27',
      kind: 'militant-attack',
      perpetrator: 'kosovo-serbs',
      allegedBy: 'kosovo',
      against: 'kosovo',
      blamedOn: 'serbia',
      target: 'The Jarinje crossing held by Kosovo’s officers and EULEX; KFOR troops nearby',
      place: JARINJE,
      description:
        'About fifty masked young men burn the crossing with Molotov cocktails and bulldoze it; shots are fired at KFOR. Nobody is hurt; the officers take refuge on the Serbian side. KFOR takes over both crossings the next day and makes them military zones.',
    },
    [S.balkaninsightJul27, S.b92Jul27, S.priJul28],
    { note: 'A third party’s attack, blamed by Kosovo on Belgrade: coercion, not armed action between the pair.' },
  ),
  ev(
    'StatementMade',
    'stmt-thaci-jul27',
    { occurredAt: '2011-07-27T21:00:00Z', recordedAt: rec('2011-07-28', '08:05') },
    {
      speaker: THACI,
      audience: 'serbia',
      tone: 'accusation',
      summary:
        'The arson was encouraged by Serbia’s "parallel structures" and by Belgrade, which funds them: "Behind this is Belgrade."',
      quote:
        'These violent acts were ordered, coordinated and managed by the highest political structures of the government of Serbia.',
    },
    [S.dwJul28, S.balkaninsightJul27],
    { note: 'The blame is laid with the attack (its `blamedOn`, the same evening): not laid again here.' },
  ),
  ev(
    'StatementMade',
    'stmt-tadic-jul27',
    { occurredAt: '2011-07-27T21:00:00Z', recordedAt: rec('2011-07-28', '08:10') },
    {
      speaker: TADIC,
      audience: 'domestic audience',
      tone: 'critical',
      summary:
        'Calls for an end to the violence: the "hooligans" and "extremists" do not defend Serbia and join the Albanian extremists who want to end the dialogue "through unilateral acts and violence".',
    },
    [S.dwJul28, S.balkaninsightJul27],
  ),
  ev(
    'StatementMade',
    'stmt-ashton-jul27',
    { occurredAt: '2011-07-27T21:00:00Z', recordedAt: rec('2011-07-28', '08:15') },
    {
      speaker: ASHTON,
      audience: 'kosovo, serbia',
      tone: 'neutral',
      summary:
        'Condemns the violence: it is for Belgrade and Pristina to remove the tension; both should return to the dialogue "without delay".',
    },
    [S.balkaninsightJul27],
  ),
  // ===== September 2011: the customs stamps, the blockades lifted, the barricades =====
  ev(
    'TalksRoundOpened',
    'round-september-opened',
    { occurredAt: '2011-09-02', recordedAt: rec('2011-09-05', '10:00') },
    {
      roundId: R.september,
      label: 'Technical dialogue, Brussels (customs stamps, cadastre)',
      format: 'formal',
      venue: 'Brussels',
      hosts: ['eu'],
      delegations: [
        { actorId: 'kosovo', head: TAHIRI },
        { actorId: 'serbia', head: STEFANOVIC },
      ],
    },
    [S.eurasiaSep5, S.serbianjournalSep4],
  ),
  ev(
    'TalksRoundConcluded',
    'round-september-concluded',
    { occurredAt: '2011-09-02', recordedAt: rec('2011-09-05', '10:05') },
    {
      roundId: R.september,
      outcome: 'agreement',
      summary: 'Agreement on customs stamps and the free movement of goods between the two.',
    },
    [S.eurasiaSep5],
    { occurrence: O.september },
  ),
  ev(
    'AgreementReached',
    'agr-stamps',
    { occurredAt: '2011-09-02', recordedAt: rec('2011-09-05', '10:10') },
    {
      agreementId: A.stamps,
      kind: 'partial',
      provisions: ['Customs stamps reading "Kosovo Customs" accepted; goods move freely between Kosovo and Serbia'],
      signatories: ['kosovo', 'serbia'],
      textPublic: false,
      roundId: R.september,
    },
    [S.eurasiaSep5],
    { occurrence: O.september },
  ),
  ev(
    'PositionTaken',
    'pos-serbia-stamps',
    { occurredAt: '2011-09-02', recordedAt: rec('2011-09-05', '10:15') },
    {
      demandId: D.stamps,
      actorId: 'serbia',
      stance: 'accepted',
      quote: 'The agreement on the customs stamps "is an opportunity for lifting the embargo on Serbian goods".',
      speaker: BOGDANOVIC,
    },
    [S.serbianjournalSep4, S.eurasiaSep5],
  ),
  ev(
    'DemandTabled',
    'dem-no-officers',
    { occurredAt: '2011-09-04', recordedAt: rec('2011-09-05', '10:20') },
    {
      demandId: D.noOfficers,
      by: 'serbia',
      addressedTo: ['kosovo'],
      text: 'No Kosovo customs officers at the northern crossings, and no revenue collected there for Pristina’s budget.',
      category: 'territorial',
    },
    [S.serbianjournalSep4, S.eurasiaSep5],
  ),
  ev(
    'StatementMade',
    'stmt-bogdanovic-sep4',
    { occurredAt: '2011-09-04', recordedAt: rec('2011-09-05', '10:25') },
    {
      speaker: BOGDANOVIC,
      audience: 'kosovo',
      tone: 'critical',
      summary:
        'Belgrade will never accept Kosovo’s customs officers at the crossings nor the revenue going to the budget of the "so-called Republic of Kosovo"; otherwise the agreement could be read as recognition.',
    },
    [S.serbianjournalSep4],
  ),
  ev(
    'IncidentReported',
    'inc-kosovo-embargo-lifted',
    { occurredAt: '2011-09-16', recordedAt: rec('2011-09-20', '09:50') },
    {
      incidentId: 'kosovo-lifts-embargo-2011-09-16',
      kind: 'border-reopening',
      perpetrator: 'kosovo',
      against: 'serbia',
      place: ALL_CROSSINGS,
      description:
        'Kosovo lifts its ban on Serbian goods; the same day Kosovo’s customs and border police, with EULEX, are flown by KFOR helicopters to Jarinje and Brnjak, and the northern Serbs barricade the roads to them.',
    },
    [S.eurasiaSep20, S.middleeastinfoSep16, S.kosovocompromiseSep16],
  ),
  ev(
    'PositionTaken',
    'pos-kosovo-no-officers',
    { occurredAt: '2011-09-16', recordedAt: rec('2011-09-20', '09:55') },
    {
      demandId: D.noOfficers,
      actorId: 'kosovo',
      stance: 'rejected',
      quote:
        '"Kosovo border police and customs and EULEX teams have been deployed at the Jarinje and Brnjak crossings."',
      speaker: THACI,
    },
    [S.kosovocompromiseSep16],
  ),
  ev(
    'StatementMade',
    'stmt-kosovo-letter-sep19',
    { occurredAt: '2011-09-19', recordedAt: rec('2011-09-20', '10:00') },
    {
      speaker: KOSOVO_GOV,
      audience: 'eu',
      tone: 'warning',
      summary:
        'A letter asks the EU to get Serbia to honour the agreement of 2 September: Serbia still lets no goods from Kosovo in; Kosovo will reimpose its ban if Belgrade fails to honour the deal.',
    },
    [S.eurasiaSep20],
  ),
  ev(
    'IncidentReported',
    'inc-serbia-blockade-lifted',
    { occurredAt: '2011-09-22', precision: 'approximate', recordedAt: rec('2011-09-28', '08:00') },
    {
      incidentId: 'serbia-lets-kosovo-goods-in-2011-09-22',
      kind: 'border-reopening',
      perpetrator: 'serbia',
      against: 'kosovo',
      place: ALL_CROSSINGS,
      description:
        'Kosovo’s trade minister: after 22 September lorries from Kosovo enter Serbia with documents of Kosovo’s customs only (before, Serbian customs asked for papers of the Serbian structures in Kosovo).',
    },
    [S.eciksSep28],
    { note: 'Dated by the minister’s "after September 22": approximate.' },
  ),
  ev(
    'IncidentReported',
    'inc-jarinje-clash-sep27',
    { occurredAt: '2011-09-27', recordedAt: rec('2011-09-28', '09:00') },
    {
      incidentId: 'jarinje-kfor-clash-2011-09-27',
      kind: 'clash',
      perpetrator: 'kosovo-serbs',
      allegedBy: 'kfor',
      against: 'kfor',
      target: 'KFOR troops removing a barricade',
      place: JARINJE,
      injured: { min: 10, max: 11 },
      description:
        'Serbs trying to rebuild a barricade on the road to Jarinje stone KFOR troops and throw pipe bombs (four soldiers wounded, one seriously); KFOR answers with tear gas and rubber bullets; six or seven Serbs are wounded, the hospital says by live rounds. Serbia’s minister for Kosovo blames KFOR.',
    },
    [S.peopleSep28, S.savekosovoSep27],
  ),
  // ===== November 2011 – June 2012: the barricades, IBM, regional representation, candidacy =====
  ev(
    'IncidentReported',
    'inc-zvecan-clash-nov23',
    { occurredAt: '2011-11-23T23:00:00Z', recordedAt: rec('2011-11-25', '09:00') },
    {
      incidentId: 'zvecan-kfor-clash-2011-11-23',
      kind: 'clash',
      perpetrator: 'kosovo-serbs',
      allegedBy: 'kfor',
      against: 'kfor',
      target: 'KFOR troops removing a barricade',
      place: 'Zvečan, northern Kosovo',
      injured: { min: 21, max: 21 },
      description:
        'Around midnight protesters at a barricade near Zvečan throw stones and push KFOR troops back with lorries loaded with gravel: 21 soldiers injured, two seriously; KFOR fires warning shots, uses tear gas and batons, and stops its operation.',
    },
    [S.peopleNov25],
  ),
  ev(
    'IncidentReported',
    'inc-jagnjenica-clash-nov28',
    { occurredAt: '2011-11-28', recordedAt: rec('2011-11-29', '09:00') },
    {
      incidentId: 'jagnjenica-kfor-clash-2011-11-28',
      kind: 'clash',
      perpetrator: 'kosovo-serbs',
      allegedBy: 'kfor',
      against: 'kfor',
      target: 'KFOR troops removing the Jagnjenica barricade',
      place: 'Jagnjenica, between north Mitrovica and Zubin Potok',
      injured: { min: 32, max: 35 },
      description:
        'KFOR removes vehicles from the Jagnjenica barricade; in the clashes and exchange of fire two German soldiers are wounded (a battalion commander shot), and more than thirty Serbs need treatment.',
    },
    [S.peopleNov29],
  ),
  ev(
    'TalksRoundOpened',
    'round-december-opened',
    { occurredAt: '2011-11-30', recordedAt: rec('2011-12-03', '10:00') },
    {
      roundId: R.december,
      label: 'Technical dialogue, Brussels (integrated border management)',
      format: 'formal',
      venue: 'Brussels',
      hosts: ['eu'],
      delegations: [
        { actorId: 'kosovo', head: TAHIRI },
        { actorId: 'serbia', head: STEFANOVIC },
      ],
    },
    [S.ahramDec3],
    { note: 'Three days of long talks ending on 2 December (AFP).' },
  ),
  ev(
    'TalksRoundConcluded',
    'round-december-concluded',
    { occurredAt: '2011-12-02', recordedAt: rec('2011-12-03', '10:05') },
    {
      roundId: R.december,
      outcome: 'agreement',
      summary:
        'The EU announces agreement on the integrated management of the crossing points; Stefanović confirms it the next day after "additional assurances".',
    },
    [S.ahramDec3],
    { occurrence: O.december },
  ),
  ev(
    'AgreementReached',
    'agr-ibm',
    { occurredAt: '2011-12-02', recordedAt: rec('2011-12-05', '10:00') },
    {
      agreementId: A.ibm,
      kind: 'partial',
      provisions: [
        'Joint, integrated, single and secure posts gradually set up at all common crossing points',
        'A balanced presence of both sides’ authorities (customs, police) with EULEX; no state symbols in the joint facilities',
        'Implementation monitored by an EU-led group',
      ],
      signatories: ['kosovo', 'serbia'],
      textPublic: true,
      roundId: R.december,
      status: 'text-agreed',
    },
    [S.ahramDec3, S.emgDec5],
    { occurrence: O.december, note: 'Agreed conclusions; applied from 10 December 2012 (see the header).' },
  ),
  ev(
    'StatementMade',
    'stmt-stefanovic-dec3',
    { occurredAt: '2011-12-03', recordedAt: rec('2011-12-05', '10:05') },
    {
      speaker: STEFANOVIC,
      audience: 'kosovo',
      tone: 'conciliatory',
      summary: 'Confirms the crossings deal after receiving "additional assurances".',
    },
    [S.ahramDec3],
  ),
  ev(
    'AgreementStatusChanged',
    'agr-movement-in-force',
    { occurredAt: '2011-12-22', recordedAt: rec('2011-12-23', '09:00') },
    {
      agreementId: A.movement,
      status: 'in-force',
      reason:
        'Serbia’s government passes the decree on freedom of movement (Kosovo documents, temporary plates), "a follow-up to the agreement"; EULEX handed over the certified civil registries on 20 December.',
    },
    [S.eubusinessDec22],
  ),
  ev(
    'TalksRoundOpened',
    'round-february-opened',
    { occurredAt: '2012-02-21', recordedAt: rec('2012-02-24', '12:00') },
    {
      roundId: R.february,
      label: 'Technical dialogue, Brussels (regional representation, IBM protocol)',
      format: 'formal',
      venue: 'Brussels',
      hosts: ['eu'],
      delegations: [
        { actorId: 'kosovo', head: TAHIRI },
        { actorId: 'serbia', head: STEFANOVIC },
      ],
    },
    [S.sofiaechoFeb24],
  ),
  ev(
    'TalksRoundConcluded',
    'round-february-concluded',
    { occurredAt: '2012-02-24', recordedAt: rec('2012-02-24', '20:00') },
    {
      roundId: R.february,
      outcome: 'agreement',
      summary:
        'Agreement on Kosovo’s representation at regional meetings ("Kosovo*", with a footnote on resolution 1244 and the ICJ opinion) and on the technical details of managing the crossings; Ashton: "a major step forward".',
    },
    [S.apFeb24],
    { occurrence: O.february },
  ),
  ev(
    'AgreementReached',
    'agr-regional',
    { occurredAt: '2012-02-24', recordedAt: rec('2012-02-24', '20:05') },
    {
      agreementId: A.regional,
      kind: 'partial',
      provisions: [
        '"Kosovo*" is the only denomination in regional cooperation, with a footnote on UNSC 1244 and the ICJ opinion',
        'Kosovo participates on its own account and speaks for itself at all regional meetings',
      ],
      signatories: ['kosovo', 'serbia'],
      textPublic: true,
      roundId: R.february,
    },
    [S.apFeb24],
    { occurrence: O.february },
  ),
  ev(
    'StatementMade',
    'stmt-stefanovic-feb24',
    { occurredAt: '2012-02-24', recordedAt: rec('2012-02-24', '20:10') },
    {
      speaker: STEFANOVIC,
      audience: 'kosovo',
      tone: 'conciliatory',
      summary:
        '"The outcome represents a clear willingness from our side that (Kosovo) should and will have its seat in regional forums."',
    },
    [S.apFeb24],
  ),
  ev(
    'ThirdPartyEngagement',
    'eu-candidacy',
    { occurredAt: '2012-03-01', recordedAt: rec('2012-03-02', '10:00') },
    {
      actorId: 'eu',
      counterparts: ['serbia'],
      kind: 'support',
      summary:
        'The European Council grants Serbia the status of candidate country; accession talks could open if Belgrade keeps improving relations with Kosovo.',
    },
    [S.euobserverMar2],
  ),
  ev(
    'IncidentReported',
    'inc-rudare-clash-jun1',
    { occurredAt: '2012-06-01', recordedAt: rec('2012-06-02', '10:00') },
    {
      incidentId: 'rudare-kfor-clash-2012-06-01',
      kind: 'clash',
      perpetrator: 'kosovo-serbs',
      allegedBy: 'kfor',
      against: 'kfor',
      target: 'KFOR troops dismantling a roadblock',
      place: 'Rudare, near Zvečan, northern Kosovo',
      injured: { min: 6, max: 6 },
      description:
        'Serbs defending a roadblock throw stones at KFOR; shots are exchanged: two soldiers and four Serbs wounded. KFOR goes on removing the roadblocks.',
    },
    [S.maltatodayJun2],
  ),
  // ===== September 2012 – December 2012: the new government; the high-level dialogue; the joint crossings =====
  ev(
    'StatementMade',
    'stmt-pavicevic-sep24',
    { occurredAt: '2012-09-24', recordedAt: rec('2012-09-25', '10:00') },
    {
      speaker: PAVICEVIC,
      audience: 'eu',
      tone: 'conciliatory',
      summary:
        'The new Serbian government accepts the IBM technical protocol its predecessor initialled; implementation will start once working groups are formed.',
    },
    [S.eurasiaSep25_2012],
  ),
  ev(
    'TalksRoundOpened',
    'round-hl1-opened',
    { occurredAt: '2012-10-19', recordedAt: rec('2012-10-19', '21:00') },
    {
      roundId: R.highLevel1,
      label: 'High-level dialogue, first meeting of the prime ministers, Brussels',
      format: 'formal',
      venue: 'Brussels',
      hosts: ['eu'],
      delegations: [
        { actorId: 'kosovo', head: THACI },
        { actorId: 'serbia', head: DACIC },
      ],
    },
    [S.councilOct19_2012, S.derstandardOct19_2012],
    { note: 'The first meeting of the two governments’ leaders since Kosovo’s independence.' },
  ),
  ev(
    'TalksRoundConcluded',
    'round-hl1-concluded',
    { occurredAt: '2012-10-19', recordedAt: rec('2012-10-19', '21:05') },
    {
      roundId: R.highLevel1,
      outcome: 'progress',
      summary:
        'After separate meetings, an hour-long joint meeting "in a good and constructive atmosphere": both agree to continue the dialogue on normalisation and to work together (Ashton).',
      nextSteps: 'A new meeting in November, by when Serbia will have its platform on Kosovo.',
    },
    [S.councilOct19_2012, S.kosovocompromiseOct19_2012],
  ),
  ev(
    'StatementMade',
    'stmt-dacic-oct19',
    { occurredAt: '2012-10-19', recordedAt: rec('2012-10-19', '21:10') },
    {
      speaker: DACIC,
      audience: 'domestic audience',
      tone: 'neutral',
      summary:
        'Serbia has not changed its position and holds the talks status-neutral; "it is time for a historic agreement"; he told Thaçi that Kosovo is as much his as Thaçi’s.',
    },
    [S.kosovocompromiseOct19_2012, S.derstandardOct19_2012],
  ),
  ev(
    'TalksRoundOpened',
    'round-hl3-opened',
    { occurredAt: '2012-12-04', recordedAt: rec('2012-12-10', '12:00') },
    {
      roundId: R.highLevel3,
      label: 'High-level dialogue, third meeting, Brussels',
      format: 'formal',
      venue: 'Brussels',
      hosts: ['eu'],
      delegations: [
        { actorId: 'kosovo', head: THACI },
        { actorId: 'serbia', head: DACIC },
      ],
    },
    [S.dwDec10_2012, S.reutersDec10_2012],
  ),
  ev(
    'TalksRoundConcluded',
    'round-hl3-concluded',
    { occurredAt: '2012-12-04', recordedAt: rec('2012-12-10', '12:05') },
    {
      roundId: R.highLevel3,
      outcome: 'agreement',
      summary:
        'The prime ministers agree on how the joint crossings will open (Jarinje and Merdare on 10 December, two more by the year’s end) and to exchange liaison officers.',
    },
    [S.dwDec10_2012, S.reutersDec10_2012],
  ),
  ev(
    'AgreementStatusChanged',
    'agr-ibm-in-force',
    { occurredAt: '2012-12-10', recordedAt: rec('2012-12-10', '12:10') },
    {
      agreementId: A.ibm,
      status: 'in-force',
      reason:
        'Police and customs officers of Serbia, Kosovo and EULEX begin joint control at Jarinje and Merdare, without incident; the northern Serbs ended their four-day protest after Belgrade’s written guarantees.',
    },
    [S.reutersDec10_2012, S.dwDec10_2012, S.smarkosDec9_2012],
  ),
  // ===== April – May 2013: the First Agreement =====
  ev(
    'TalksRoundOpened',
    'round-apr17-opened',
    { occurredAt: '2013-04-17', recordedAt: rec('2013-04-19', '08:00') },
    {
      roundId: R.april17,
      label: 'High-level dialogue, Brussels (the north of Kosovo)',
      format: 'formal',
      venue: 'Brussels',
      hosts: ['eu'],
      delegations: [
        { actorId: 'kosovo', head: THACI },
        { actorId: 'serbia', head: DACIC },
      ],
    },
    [S.friendsofkosovoApr19, S.bloombergApr19],
  ),
  ev(
    'TalksRoundConcluded',
    'round-apr17-concluded',
    { occurredAt: '2013-04-17', recordedAt: rec('2013-04-19', '08:05') },
    {
      roundId: R.april17,
      outcome: 'no-progress',
      summary:
        'Fifteen hours of talks end after midnight without agreement; Serbia is willing to resume the dialogue (Dačić).',
    },
    [S.friendsofkosovoApr19, S.bloombergApr19],
  ),
  ev(
    'StatementMade',
    'stmt-dacic-apr17',
    { occurredAt: '2013-04-17', recordedAt: rec('2013-04-19', '08:10') },
    {
      speaker: DACIC,
      audience: 'kosovo',
      tone: 'accusation',
      summary:
        'Thaçi undermined the agreement by tying the powers of the Serb municipalities to Kosovo’s membership of international organisations; Pristina "is not ready to go all the way", obstructs the talks and even threatens "to resolve the issue of the north by some other methods".',
    },
    [S.friendsofkosovoApr19],
  ),
  ev(
    'TalksRoundOpened',
    'round-apr19-opened',
    { occurredAt: '2013-04-19', recordedAt: rec('2013-04-19', '20:00') },
    {
      roundId: R.april19,
      label: 'High-level dialogue, tenth meeting, Brussels',
      format: 'formal',
      venue: 'Brussels',
      hosts: ['eu'],
      delegations: [
        { actorId: 'kosovo', head: THACI },
        { actorId: 'serbia', head: DACIC },
      ],
    },
    [S.bloombergApr19, S.irishtimesApr19],
  ),
  ev(
    'TalksRoundConcluded',
    'round-apr19-concluded',
    { occurredAt: '2013-04-19', recordedAt: rec('2013-04-19', '20:05') },
    {
      roundId: R.april19,
      outcome: 'agreement',
      summary:
        'The First Agreement of Principles Governing the Normalisation of Relations is initialled by the two prime ministers; both must have it approved in their capitals.',
    },
    [S.bloombergApr19, S.wbcApr19],
    { occurrence: O.april19 },
  ),
  ev(
    'AgreementReached',
    'agr-first',
    { occurredAt: '2013-04-19', recordedAt: rec('2013-04-19', '20:10') },
    {
      agreementId: A.first,
      kind: 'framework',
      provisions: [
        'An Association/Community of Serb-majority municipalities in Kosovo',
        'One police force, the Kosovo Police, in all of Kosovo, with a regional commander for the north',
        'Municipal elections in the north in 2013 under Kosovo’s law, facilitated by the OSCE',
        'Neither side will block the other’s progress on its EU path',
        'An implementation plan and an EU-assisted implementation committee',
      ],
      signatories: ['kosovo', 'serbia'],
      textPublic: true,
      roundId: R.april19,
      status: 'initialled',
    },
    [S.bloombergApr19, S.wbcApr19, S.irishtimesApr19],
    { occurrence: O.april19 },
  ),
  ev(
    'StatementMade',
    'stmt-thaci-apr19',
    { occurredAt: '2013-04-19', recordedAt: rec('2013-04-19', '20:15') },
    {
      speaker: THACI,
      audience: 'serbia',
      tone: 'conciliatory',
      summary:
        'The "best possible" solution; "there will be people in both of our countries that are not going to be very happy".',
    },
    [S.bloombergApr19, S.irishtimesApr19],
  ),
  ev(
    'TalksRoundOpened',
    'round-may-opened',
    { occurredAt: '2013-05-21', recordedAt: rec('2013-05-21', '12:00') },
    {
      roundId: R.may,
      label: 'High-level dialogue, Brussels (the implementation plan)',
      format: 'formal',
      venue: 'Brussels',
      hosts: ['eu'],
      delegations: [
        { actorId: 'kosovo', head: THACI },
        { actorId: 'serbia', head: DACIC },
      ],
    },
    [S.smarkosMay21],
  ),
  ev(
    'TalksRoundConcluded',
    'round-may-concluded',
    { occurredAt: '2013-05-22', recordedAt: rec('2013-05-31', '16:00') },
    {
      roundId: R.may,
      outcome: 'agreement',
      summary:
        'A six-point implementation plan of the April agreement: a management team for the north and a northern police chief by the end of May; Serbia to give an overview of its funding of institutions in Kosovo.',
    },
    [S.euobserverMay31],
    { occurrence: O.may22 },
  ),
  ev(
    'AgreementReached',
    'agr-plan',
    { occurredAt: '2013-05-22', recordedAt: rec('2013-05-31', '16:05') },
    {
      agreementId: A.plan,
      kind: 'partial',
      provisions: [
        'A management team for the north by the end of May',
        'A police commander for the north by the end of May',
        'Serbia gives a detailed overview of all its funding of institutions in Kosovo',
      ],
      signatories: ['kosovo', 'serbia'],
      textPublic: false,
      roundId: R.may,
      status: 'text-agreed',
    },
    [S.euobserverMay31],
    {
      occurrence: O.may22,
      note: 'Recorded from the EUobserver story that saw the plan; approved by both governments on 27 May.',
    },
  ),
  ev(
    'AgreementStatusChanged',
    'agr-plan-in-force',
    { occurredAt: '2013-05-27', recordedAt: rec('2013-05-31', '16:10') },
    {
      agreementId: A.plan,
      status: 'in-force',
      reason:
        'The governments in Pristina and Belgrade both approve the steps agreed in Brussels, to be carried out by the year’s end; Ashton welcomes it.',
    },
    [S.zeitMay27],
    { occurrence: O.may27 },
  ),
  ev(
    'AgreementStatusChanged',
    'agr-first-in-force',
    { occurredAt: '2013-05-27', recordedAt: rec('2013-05-31', '16:15') },
    {
      agreementId: A.first,
      status: 'in-force',
      reason: 'Both governments approve its implementation plan: the agreement is now being carried out.',
    },
    [S.zeitMay27, S.euobserverMay31],
    { occurrence: O.may27 },
  ),
  // ===== October – November 2013: the campaign ban, the northern elections =====
  ev(
    'StatementMade',
    'stmt-dacic-oct7',
    { occurredAt: '2013-10-07', recordedAt: rec('2013-10-07', '12:00') },
    {
      speaker: DACIC,
      audience: 'kosovo',
      tone: 'warning',
      summary:
        'Kosovo’s ban on Serbian officials, him included, visiting during the campaign for the 3 November local elections is "an unprecedented scandal" and "pure obstruction of the Brussels agreement"; if it stays, "my involvement is over". Ashton calls the two prime ministers to Brussels.',
    },
    [S.b92Oct7],
  ),
  ev(
    'IncidentReported',
    'inc-mitrovica-polls-nov3',
    { occurredAt: '2013-11-03T16:00:00Z', recordedAt: rec('2013-11-04', '09:00') },
    {
      incidentId: 'north-mitrovica-polling-stations-2013-11-03',
      kind: 'militant-attack',
      perpetrator: 'kosovo-serbs',
      against: 'kosovo',
      target: 'Polling stations of Kosovo’s municipal elections in three schools; OSCE staff and voters',
      place: 'North Mitrovica, northern Kosovo',
      injured: { min: 2, max: 2 },
      description:
        'Two hours before the polls close, masked men burst into three schools housing polling stations, set off tear gas and smash ballot boxes; two people are seriously hurt; the OSCE withdraws its staff and voting in north Mitrovica stops. Serb hardliners had campaigned for a boycott; Belgrade had urged the Serbs to vote.',
    },
    [S.euractivNov3, S.intellinewsNov4, S.novinitetNov4],
    { note: 'A third party’s attack, blamed on no one in the record.' },
  ),
  ev(
    'StatementMade',
    'stmt-ashton-nov18',
    { occurredAt: '2013-11-18', recordedAt: rec('2013-11-18', '18:00') },
    {
      speaker: ASHTON,
      audience: 'kosovo, serbia',
      tone: 'conciliatory',
      summary:
        'The peaceful rerun of the vote in north Mitrovica (17 November) is "an important part of the moving forward of Kosovo and Serbia" toward European integration.',
    },
    [S.refworldNov18, S.prizrenpostNov17],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'kosovo-serbia-2011.jsonl',
  logEnd: '2013-11-30T00:00:00Z',
  events,
};

export default definition;
