/**
 * A test fixture, not a shipped example: the EU-facilitated dialogue between
 * Kosovo and Serbia from January 2023 to February 2024, as an analyst
 * following the news could have recorded it — the EU proposal accepted in
 * Brussels (27 February) and its Implementation Annex agreed in Ohrid (18
 * March), never signed; the Serb boycott of the April elections in the north;
 * the Kosovo police taking over the municipal buildings (26 May) and the
 * Zvečan clashes with KFOR (29 May); Serbia's army at its highest readiness;
 * Serbia's detention of three Kosovo police officers and Kosovo's ban on goods
 * from Serbia (14 June); the failed meetings in Brussels (22 June, 14
 * September, 26 October); the Banjska attack (24 September) and the Serbian
 * build-up along the boundary; the licence-plate decisions of the new year and
 * the ban on the dinar (February 2024). Escalation model v2 was never tuned on
 * it: it is the case the model is held to in kosovo-serbia-2023.spec.ts,
 * against the calls an analyst makes from DOMAIN.md §5b alone.
 *
 * What it tests that the other cases did not: a crisis between two parties
 * whose forces never fight each other. Every act of violence in the record is
 * a third party's (Kosovo Serb protesters against KFOR; an armed Kosovo Serb
 * group against the Kosovo police) or a party's police against a third party
 * (the Kosovo police against Serb protesters) — blamed on the other party, but
 * not armed action between the pair; a party's arrest of the other's police
 * with no shot fired; a force posture; talks that fail three times; and a
 * border closed against the other party (the goods ban) that lasts past the
 * record's end.
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
 * other. Pages without a printed date are dated from their own account (the
 * Reuters copy of 14 June, "on Wednesday"; the licence-plate story of 5
 * January 2024, "yesterday, Thursday, January 4").
 *
 * Judgement calls, recorded as an analyst would:
 * - The agreement "agreed" but never signed. In Brussels (27 February) both
 *   leaders accepted the EU's text ("no further discussions are needed"), but
 *   Serbia would not sign it (Kurti was ready to); in Ohrid (18 March) they
 *   agreed its Implementation Annex orally and neither signed. The catalogue
 *   has no "agreed, not signed" agreement, and an AgreementReached names its
 *   signatories: recording one would say something was signed that was not.
 *   So, as the Armenia – Azerbaijan fixture records its text agreed in March
 *   2025, the Ohrid meeting is a round concluded with `agreement`, and the
 *   stances are PositionTaken on the EU's proposal (a demand tabled by the EU
 *   to both): Kosovo `accepted`, Serbia `accepted-in-principle` — the
 *   catalogue's own words for "agreed verbally, refused in writing". Brussels
 *   is a round concluded with `progress` (the text accepted, its annex still
 *   to be agreed). What each side then said it must do is recorded as its
 *   stance on the two obligations it disputes: the Association of
 *   Serb-majority municipalities (Kosovo: `conditional`) and not opposing
 *   Kosovo's membership of international organisations (Serbia: `rejected`,
 *   "Serbia will never accept Kosovo's independence").
 * - Third parties: KFOR (NATO's force), the Kosovo Serbs who protested and
 *   the Serbian List (their Belgrade-backed party; `kosovo-serbs`), the armed
 *   group of Banjska (`banjska-group`, led by the Serbian List's
 *   vice-president Milan Radoičić) and the United States. The EU is the
 *   mediator; its measures against Kosovo (June) are the mediator's, and
 *   recorded as its spokesman's warning.
 * - The Zvečan clashes of 29 May are the protesters' attack on KFOR (`clash`,
 *   perpetrator `kosovo-serbs`, against `kfor`), which Kosovo's president and
 *   prime minister blame on Belgrade (`blamedOn: 'serbia'`): coercion by §5b,
 *   not armed action between the pair. The Kosovo police's entry into the
 *   municipal buildings (26 May) is Kosovo's police against the Serb
 *   protesters, a third party, on the territory Kosovo administers: recorded
 *   as a clash against `kosovo-serbs`, with nobody blamed besides.
 * - The Banjska attack (24 September) is the group's attack on the Kosovo
 *   police (`militant-attack`, one officer killed; three attackers killed, in
 *   the description), blamed by Kosovo on Belgrade. Kurti speaks of
 *   "professional forces … linked to Serbian-state supported" structures and,
 *   later, of weapons the Serbian army gave them; no dated source reports
 *   Serbia's own forces taking part, and Serbia denies any role. So it is a
 *   third party's attack blamed on the other party, not armed action between
 *   the pair.
 * - The detention of the three officers (14 June): Serbia's police arrested
 *   three armed Kosovo police officers, Kosovo says 300 metres inside Kosovo
 *   (an incursion, "aggression"), Serbia says 1.8 kilometres inside Serbia. No
 *   shot was fired and nobody was hurt: an analyst does not call that armed
 *   action (no clash, strike or shelling, the forms §5b names). It is recorded
 *   as a `force-posture` by Serbia against Kosovo, alleged by Kosovo, with
 *   both places in the description — the kind the United States – Venezuela
 *   fixture gives the tanker seized without a shot — and Kurti's "act of
 *   aggression" as his accusation.
 * - Kosovo's ban on goods and lorries from Serbia (from the evening of 14
 *   June) is a `border-closure` by Kosovo against Serbia: the crossings closed
 *   to the other party's trade. Nothing in the record reopens them (no source
 *   in the record's window reports the ban lifted), so it is a lasting
 *   condition to the end.
 * - The force postures: Serbia's army raised to its highest readiness and
 *   ordered toward the boundary (26 May, on Serbia's own word), and the
 *   build-up of September (artillery, tanks, mechanised infantry) as the White
 *   House reported it, with Serbia's answer that its troops were back to their
 *   regular 4,500 (2 October). The defence minister's "Serbia's red lines are
 *   well known" is a warning, not a threat of war.
 * - The failed meetings: 22 June (Borrell met each leader apart; they would
 *   not meet) and 26 October (each side's preconditions "unacceptable to the
 *   other", Borrell) are `no-progress`; 14 September is `collapsed`: Borrell
 *   could not "bridge the differences", blamed Kosovo, and no further meeting
 *   was planned ("we know that the results will be the same", an EU
 *   diplomat).
 * - The ban on the dinar (announced 17 January 2024, in force 1 February) is
 *   Kosovo's central bank's regulation; the catalogue has no type for it: it
 *   is recorded as what was announced (StatementMade), with the gap noted.
 *   Serbia's and Kosovo's licence-plate decisions (25 December, 4 January) are
 *   recorded the same way.
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'kosovo-serbia-dialogue-2023';
const { ev, at } = caseKit(NEGOTIATION_ID, 'test-analyst', 2023);

const KOSOVO: Actor = { id: 'kosovo', name: 'Kosovo', kind: 'state', aliases: ['Republic of Kosovo', 'Pristina'] };
const SERBIA: Actor = { id: 'serbia', name: 'Serbia', kind: 'state', aliases: ['Republic of Serbia', 'Belgrade'] };
const EU: Actor = {
  id: 'eu',
  name: 'European Union',
  kind: 'international-organisation',
  aliases: ['EU', 'EEAS', 'Borrell', 'Lajčák'],
};
const KFOR: Actor = {
  id: 'kfor',
  name: 'Kosovo Force (NATO)',
  kind: 'international-organisation',
  aliases: ['KFOR', 'NATO peacekeepers'],
};
const KOSOVO_SERBS: Actor = {
  id: 'kosovo-serbs',
  name: 'Kosovo Serbs of the north and the Serbian List',
  kind: 'opposition-movement',
  aliases: ['Srpska Lista', 'Serb List', 'Serbian List'],
};
const BANJSKA_GROUP: Actor = {
  id: 'banjska-group',
  name: 'Armed group of Banjska (Milan Radoičić)',
  kind: 'armed-group',
  aliases: ['Radoičić group'],
};
const USA: Actor = { id: 'united-states', name: 'United States', kind: 'state', aliases: ['US', 'Washington'] };

const KURTI: Person = { name: 'Albin Kurti', title: 'Prime Minister of Kosovo', actorId: 'kosovo' };
const OSMANI: Person = { name: 'Vjosa Osmani', title: 'President of Kosovo', actorId: 'kosovo' };
const KOSOVO_CBK: Person = { name: 'Central Bank of Kosovo (regulation)', actorId: 'kosovo' };
const BISLIMI: Person = { name: 'Besnik Bislimi', title: 'Deputy Prime Minister of Kosovo', actorId: 'kosovo' };
const VUCIC: Person = { name: 'Aleksandar Vučić', title: 'President of Serbia', actorId: 'serbia' };
const VUCEVIC: Person = {
  name: 'Miloš Vučević',
  title: 'Deputy Prime Minister and Minister of Defence of Serbia',
  actorId: 'serbia',
};
const SERBIA_NSC: Person = { name: 'National Security Council of Serbia (statement)', actorId: 'serbia' };
const SERBIA_GOV: Person = { name: 'Government of Serbia (decision)', actorId: 'serbia' };
const PETKOVIC: Person = { name: 'Petar Petković', title: 'Director of the Office for Kosovo', actorId: 'serbia' };
const MOJSILOVIC: Person = {
  name: 'Milan Mojsilović',
  title: 'Chief of the General Staff of Serbia',
  actorId: 'serbia',
};
const BORRELL: Person = { name: 'Josep Borrell', title: 'EU High Representative', actorId: 'eu' };
const STANO: Person = { name: 'Peter Stano', title: 'EU foreign affairs spokesperson', actorId: 'eu' };
const RADOICIC: Person = {
  name: 'Milan Radoičić',
  title: 'Vice-president of the Serbian List (resigned 29 September)',
  actorId: 'kosovo-serbs',
};
const KIRBY: Person = {
  name: 'John Kirby',
  title: 'White House National Security Council spokesman',
  actorId: 'united-states',
};

const S = {
  opslensJan20: source(
    'EU envoy Lajcak leads Western delegation to Pristina and Belgrade',
    'OpsLens (RFE/RL)',
    'https://opslens.com/ukrainian-crews-will-be-in-britain-soon-for-training-on-challenger-2-tanks-says-kyivs-envoy/',
    '2023-01-20',
    'C',
    2,
  ),
  fastnewsJan20: source(
    'Western envoys in Kosovo and Serbia to push for normalisation',
    'Fast News World (Al Jazeera)',
    'https://fastnewsworld.com/?p=69767',
    '2023-01-20',
    'C',
    2,
  ),
  zeppnewsJan24: source(
    'Serbia received Kosovo ultimatum from Western powers, says Vucic',
    'Zepp News (RT)',
    'https://zeppnews.com/serbia-reaches-kosovo-deal-under-western-pressure-says-vucic-political-news/',
    '2023-01-24',
    'C',
    2,
  ),
  ewbFeb9: source(
    'Borrell invites Vučić and Kurti to Brussels to discuss French-German proposal',
    'European Western Balkans',
    'https://europeanwesternbalkans.com/2023/02/09/borell-invites-vucic-and-kurti-to-brussels-to-discuss-french-german-proposal/',
    '2023-02-09',
    'B',
    1,
  ),
  ktarFeb27: source(
    'Serbia, Kosovo leaders back EU plan, top diplomat says',
    'KTAR (AP)',
    'https://ktar.com/story/5463591/serbia-kosovo-leaders-weigh-eu-proposals-to-improve-ties-2/',
    '2023-02-27',
    'B',
    2,
  ),
  dwFeb28: source(
    'Serbia and Kosovo accept EU proposal to normalize ties',
    'Deutsche Welle',
    'https://amp.dw.com/en/serbia-and-kosovo-accept-eu-proposal-to-normalize-ties/a-64837442',
    '2023-02-28',
    'B',
    1,
  ),
  b92Feb28: source(
    'Kurti: I wanted to sign the agreement, Vučić refused',
    'B92 (Novosti, Tanjug)',
    'https://www.b92.net/eng/news/politics.php?yyyy=2023&mm=02&dd=28&nav_id=115496',
    '2023-02-28',
    'B',
    1,
  ),
  almayadeenMar19: source(
    'Kosovo & Serbia agree on Implementation Annex',
    'Al Mayadeen English',
    'https://english.almayadeen.net/news/politics/kosovo-serbia-agree-on-implementation-annex',
    '2023-03-19',
    'C',
    1,
  ),
  b92Mar19: source(
    'Ohrid meeting to finalize the Annex to the Agreement',
    'B92 (Tanjug, AP)',
    'https://www.b92.net/eng/news/politics.php?yyyy=2023&mm=03&dd=19&nav_id=115614',
    '2023-03-19',
    'B',
    1,
  ),
  postsenMar19: source(
    'Serbia and Kosovo have reached an agreement on the annex',
    'Postsen (Reuters)',
    'https://poland.postsen.com/news/213748/Serbia-and-Kosovo-have-reached-an-agreement-There-is-agreement-to-the-contract.html',
    '2023-03-19',
    'C',
    2,
  ),
  ewbMar24: source(
    'European Council welcomes the agreement between Belgrade and Pristina reached in Ohrid',
    'European Western Balkans',
    'https://europeanwesternbalkans.com/2023/03/24/european-council-welcomes-the-agreement-between-belgrade-and-pristina-reached-in-ohrid/',
    '2023-03-24',
    'B',
    1,
  ),
  aaApr24: source(
    'Kosovo Serbs boycott local elections',
    'Anadolu Agency',
    'https://www.aa.com.tr/en/turkiye/kosovo-serbs-boycott-local-elections/2879647',
    '2023-04-24',
    'B',
    2,
  ),
  exbulletinApr24: source(
    'Polls close in northern Kosovo with paltry turnout as Serbs boycott',
    'Exbulletin (RFE/RL)',
    'https://exbulletin.com/world/international/2117308/',
    '2023-04-24',
    'C',
    2,
  ),
  eeasMay2: source(
    'Declaration of President Aleksandar Vučić and Prime Minister Albin Kurti on Missing Persons',
    'European External Action Service',
    'https://eeas.europa.eu/eeas/declaration-president-aleksandar-vu%C4%8Di%C4%87-and-prime-minister-albin-kurti-missing-persons_en',
    '2023-05-02',
    'B',
    1,
  ),
  betaMay3: source(
    'Vucic, Kurti adopt Declaration on Missing Persons',
    'Beta Briefing',
    'https://betabriefing.com/archive/news/23238-vucic-kurti-adopt-declaration-on-missing-persons',
    '2023-05-03',
    'B',
    1,
  ),
  n1May26: source(
    'Serbian state media: police clash with local Serbs in Kosovo',
    'N1',
    'https://n1info.hr/english/news/serbian-state-media-police-clash-with-local-serbs-in-kosovo/',
    '2023-05-26',
    'B',
    2,
  ),
  urdupointMay27: source(
    'Kosovar police forcefully enter northern municipality of Leposaviq - reports',
    'UrduPoint (Sputnik)',
    'https://www.urdupoint.com/en/world/kosovar-police-forcefully-enter-northern-muni-1698382.html',
    '2023-05-27',
    'C',
    2,
  ),
  tassMay26: source(
    'Serbian armed forces ordered to advance to administrative border with Kosovo',
    'TASS',
    'https://tass.com/world/1623625',
    '2023-05-26',
    'B',
    1,
  ),
  newsamMay27: source(
    'Serbian military units being deployed toward administrative line with Kosovo',
    'News.am (Novosti)',
    'https://news.am/eng/news/762284.html',
    '2023-05-27',
    'C',
    1,
  ),
  tellerMay27: source(
    'An escalating crisis: Serbia keeps troops on alert and Kosovo refuses to back down',
    'Teller Report (Al Jazeera)',
    'https://www.tellerreport.com/news/2023-05-27-an-escalating-crisis--serbia-keeps-troops-on-alert-and-kosovo-refuses-to-back-down.By3AjoJUh.html',
    '2023-05-27',
    'C',
    2,
  ),
  scmpMay30: source(
    'Dozens of Nato soldiers hurt in Kosovo in clash with Serbs',
    'South China Morning Post (Reuters)',
    'https://www.scmp.com/news/world/europe/article/3222247/dozens-nato-soldiers-hurt-kosovo-clash-serbs?utm_source=rss_feed',
    '2023-05-30',
    'B',
    2,
  ),
  protothemaMay30: source(
    'Tensions high in Kosovo as KFOR soldiers injured in clashes with Serbs',
    'Protothema (RFE/RL)',
    'https://en.protothema.gr/2023/05/30/tensions-high-in-kosovo-as-kfor-soldiers-injured-in-clashes-with-serbs',
    '2023-05-30',
    'C',
    2,
  ),
  republikaMay29: source(
    'Osmani: those who carry out Vučić’s orders to destabilise the north of Kosovo must face justice',
    'Republika (Skopje)',
    'https://republika.mk/vesti/balkan/osmani-onie-koi-gi-izvrshuvaat-naredbite-na-vuchik-za-destabilizatsija-na-severot-na-kosovo-mora-da-se-soochat-so-pravdata/',
    '2023-05-29',
    'C',
    1,
  ),
  unmikMay30: source(
    'UNMIK Media Observer, Morning Edition, May 30, 2023',
    'UNMIK',
    'https://media.unmikonline.org/index.php/newsletters/unmik-media-observer-morning-edition-may-30-2023',
    '2023-05-30',
    'B',
    2,
  ),
  urdupointMay29: source(
    'Vucic says goal of aggravation of situation in Kosovo to clash Serbia with NATO',
    'UrduPoint (Sputnik)',
    'https://www.urdupoint.com/en/world/vucic-says-goal-of-aggravation-of-situation-i-1699657.html',
    '2023-05-29',
    'C',
    2,
  ),
  tportalJun1: source(
    'Napeti odnosi: Osmani i Vučić izbjegavaju se na skupu u Moldaviji',
    'tportal (Reuters)',
    'https://www.tportal.hr/vijesti/clanak/napeti-odnosi-osmani-i-vucic-izbjegavaju-se-na-skupu-u-moldaviji-foto-20230601',
    '2023-06-01',
    'C',
    2,
  ),
  newsflashJun14: source(
    'Serbian security forces detain three Kosovo police officers, Kosovo official says',
    'Newsflash (Reuters)',
    'https://newsflash.one/2023/06/14/serbian-security-forces-detain-three-kosovo-police-officers-kosovo-official-says/',
    '2023-06-14',
    'C',
    2,
  ),
  kesqJun14: source(
    'Kosovo says 3 border police officers kidnapped by Serbia; Belgrade says they crossed illegally',
    'KESQ (AP)',
    'https://kesq.com/news/ap-national-news/2023/06/14/kosovo-says-3-border-police-officers-kidnapped-by-serbia-belgrade-says-they-crossed-illegally/',
    '2023-06-14',
    'B',
    2,
  ),
  anewsJun14: source(
    'Serbia detains 3 Kosovo police: authorities',
    'A News',
    'https://www.anews.com.tr/world/2023/06/14/serbia-detains-3-kosovo-police-authorities',
    '2023-06-14',
    'C',
    2,
  ),
  breakinglatestJun14: source(
    'Pristina banned the entry of goods from Serbia',
    'Breaking Latest News (Kosovo Online)',
    'https://www.breakinglatest.news/world/pristina-banned-the-entry-of-goods-from-serbia-info/',
    '2023-06-14',
    'C',
    2,
  ),
  urdupointJun15: source(
    'Pristina bars trucks, goods from entering Kosovo from central Serbia',
    'UrduPoint (Sputnik)',
    'https://www.urdupoint.com/en/world/pristina-bars-trucks-goods-from-entering-kos-1708780.html',
    '2023-06-15',
    'C',
    2,
  ),
  bneJun15: source(
    'EU announces "reversible and temporary" measures against Kosovo',
    'bne IntelliNews',
    'https://www.bne.eu/eu-announces-reversible-and-temporary-measures-against-kosovo-281787',
    '2023-06-15',
    'B',
    1,
  ),
  ekathimeriniJun16: source(
    'EU’s Borrell calls crisis meeting with Kosovo’s Kurti, Serbia’s Vucic',
    'eKathimerini (Reuters)',
    'https://www.ekathimerini.com/news/1213377/eus-borrell-calls-crisis-meeting-with-kosovos-kurti-serbias-vucic/',
    '2023-06-16',
    'B',
    1,
  ),
  naslovi22Jun: source(
    'Krizna runda u Briselu: Borelj — novi izbori na severu Kosova što je pre moguće',
    'Naslovi.net (Euronews Srbija)',
    'https://naslovi.net/2023-06-22/euronews/krizna-runda-u-briselu-borelj-novi-izbori-na-severu-kosova-sto-je-pre-moguce-nedopustiva-proizvoljna-hapsenja/33790395',
    '2023-06-22',
    'C',
    2,
  ),
  eurointegrationJun22: source(
    'Borrell calls Vučić and Kurti to Brussels for urgent talks',
    'Yevropeiska Pravda',
    'https://www.eurointegration.com.ua/news/2023/06/22/7164175/',
    '2023-06-22',
    'B',
    1,
  ),
  trtworldJun26: source(
    'Serbian court orders release of three Kosovo police officers',
    'TRT World',
    'https://www.trtworld.com/article/13786102',
    '2023-06-26',
    'B',
    1,
  ),
  urdupointJun26: source(
    "Kosovo's president thanks US for assisting release of police officers",
    'UrduPoint (Sputnik)',
    'https://www.urdupoint.com/en/world/kosovos-president-thanks-us-for-assisting-re-1715174.html',
    '2023-06-26',
    'C',
    1,
  ),
  menafnSep14: source(
    'Kosovo, Serbia again fail to make progress on normalisation process',
    'MENAFN (KUNA)',
    'https://menafn.com/1107071018/Kosovo-Serbia-Again-Fail-To-Make-Progress-On-Normalisation-Process',
    '2023-09-14',
    'C',
    1,
  ),
  tableSep14: source(
    'Borrell wirft Kosovo neue Blockade beim Dialog mit Serbien vor',
    'Table.Media',
    'https://schulung.table.media/europe/news/borrell-wirft-kosovo-neue-blockade-beim-dialog-mit-serbien-vor',
    '2023-09-14',
    'C',
    1,
  ),
  agenceeuropeSep16: source(
    'Future of relations between Belgrade and Pristina remains unclear after another fruitless meeting',
    'Agence Europe',
    'https://agenceurope.eu/aewebsite_dev/en/bulletin/article/13251/4',
    '2023-09-16',
    'B',
    2,
  ),
  yahooSep24: source(
    'Police officer killed in deadly shooting in northern Kosovo',
    'Yahoo News (Storyful, RFE/RL)',
    'https://ca.sports.yahoo.com/video/police-officer-killed-deadly-shooting-150651942.html',
    '2023-09-24',
    'B',
    2,
  ),
  babelSep25: source(
    'The number of victims of shootouts between armed men and the police has increased in Kosovo',
    'Babel (Reuters)',
    'https://babel.ua/en/news/98804-the-number-of-victims-of-shootouts-between-armed-men-and-the-police-has-increased-in-kosovo',
    '2023-09-25',
    'C',
    2,
  ),
  b92Sep26: source(
    'Day of Mourning declared in Serbia',
    'B92',
    'https://www.b92.net/eng/news/society.php?yyyy=2023&mm=09&dd=26&nav_id=116695',
    '2023-09-26',
    'B',
    1,
  ),
  thejournalSep29: source(
    'White House says Serbia amassing troops on Kosovo border',
    'TheJournal.ie (AFP)',
    'https://www.thejournal.ie/white-house-serbian-military-deployment-kosovo-border-6183045-Sep2023/',
    '2023-09-29',
    'B',
    2,
  ),
  stripesSep30: source(
    'US urges Serbia to pull back troops from Kosovo border',
    'Stars and Stripes (Tribune News Service)',
    'https://www.stripes.com/theaters/europe/2023-09-30/us-serbia-troops-border-kosovo-11549884.html',
    '2023-09-30',
    'B',
    2,
  ),
  voxnewsSep30: source(
    "The attack in Banjska, Albin Kurti: Vucic intends to create a 'Republika Srpska' in Kosovo",
    'Vox News (Al Jazeera interview)',
    'https://www.voxnews.al/english/kosovabota/i-ne-banjske-albin-kurti-vucic-synon-te-krijoje-nje-republika-srp-i49354',
    '2023-09-30',
    'C',
    1,
  ),
  headtopicsOct1: source(
    "Serbia's president denies troop buildup near Kosovo, alleges campaign of lies",
    'Head Topics (AP)',
    'https://headtopics.com/us/serbia-s-president-denies-troop-buildup-near-kosovo-alleges-campaign-of-lies-in-wake-of-clashes-45689569',
    '2023-10-01',
    'C',
    2,
  ),
  kionOct2: source(
    'Serbia says it has reduced army presence near Kosovo after US expressed concern over troop buildup',
    'KION (AP)',
    'https://kion546.com/ap-national/2023/10/02/serbia-says-it-has-reduced-army-presence-near-kosovo-after-us-expressed-concern-over-troop-buildup/',
    '2023-10-02',
    'B',
    1,
  ),
  islamtimesOct3: source(
    'Serbia cuts number of troops on Kosovo border after US warning',
    'Islam Times',
    'https://www.islamtimes.org/en/news/1085672/serbia-cuts-number-of-troops-on-kosovo-border-after-us-warning',
    '2023-10-03',
    'C',
    1,
  ),
  tanjugOct26: source(
    "Vucic's meeting with European officials concludes",
    'Tanjug',
    'https://tanjug.rs/english/politics/56223/vucics-meeting-with-european-officials-concludes/amp',
    '2023-10-26',
    'B',
    1,
  ),
  betaOct27: source(
    "Borrell: no agreement between leaders of Serbia and Kosovo, each side's preconditions unacceptable to the other",
    'Beta Briefing',
    'https://betabriefing.com/archive/news/25175-borrell-no-agreement-between-leaders-of-serbia-and-kosovo-each-sides-preconditions-unacceptable-to-the-other',
    '2023-10-27',
    'B',
    1,
  ),
  urdupointDec26: source(
    'Serbia vows to allow vehicles with Kosovo licence plates',
    'UrduPoint (AFP)',
    'https://www.urdupoint.com/en/world/serbia-vows-to-allow-vehicles-with-kosovo-lic-1780545.html',
    '2023-12-26',
    'C',
    1,
  ),
  newsbulletinJan5: source(
    'Kosovo allows free entry of vehicles with Serbian licence plates',
    'News Bulletin 247',
    'https://newsbulletin247.com/world/461055.html',
    '2024-01-05',
    'C',
    1,
  ),
  worldtodayJan19: source(
    'The euro is introduced in Kosovo, the Serbs are furious',
    'World Today Journal (MTI)',
    'https://www.world-today-journal.com/index-foreign-the-euro-is-introduced-in-kosovo-the-serbs-are-furious/',
    '2024-01-19',
    'C',
    2,
  ),
  urdupointJan31: source(
    'Kosovo ban on Serbian dinar risks new crisis',
    'UrduPoint (AFP)',
    'https://www.urdupoint.com/en/business/kosovo-ban-on-serbian-dinar-risks-new-crisis-1790557.html',
    '2024-01-31',
    'C',
    2,
  ),
  argumentumFeb9: source(
    'CBK launches hotline on the dinar regulation after the Security Council session',
    'Argumentum',
    'https://argumentum.al/?p=108280',
    '2024-02-09',
    'C',
    2,
  ),
};

const D = {
  euProposal: 'eu-proposal-normalisation',
  association: 'association-serb-municipalities',
  membership: 'no-objection-to-membership',
  release: 'release-three-officers',
};
const R = {
  brussels: 'brussels-2023-02-27',
  ohrid: 'ohrid-2023-03-18',
  brusselsMay: 'brussels-2023-05-02',
  crisisJune: 'brussels-crisis-2023-06-22',
  brusselsSep: 'brussels-2023-09-14',
  brusselsOct: 'brussels-2023-10-26',
};

const events = [
  // ===== January – March: the EU proposal, Brussels and Ohrid =====
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '2023-01-20', recordedAt: at('01-20', '20:00') },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Kosovo – Serbia, EU-facilitated dialogue, 2023',
      subject:
        'The EU proposal for the normalisation of relations (the "Agreement on the path to normalisation") and its implementation; the crises in the north of Kosovo',
      parties: [KOSOVO, SERBIA],
      mediators: [EU],
    },
    [S.opslensJan20, S.fastnewsJan20],
    { note: 'Opened at the visit of the EU, US, French, German and Italian envoys to Pristina and Belgrade.' },
  ),
  ev(
    'ActorRegistered',
    'actor-kfor',
    { occurredAt: '2023-01-20', recordedAt: at('01-20', '20:05') },
    { actor: KFOR, role: 'third-party' },
    [S.opslensJan20],
  ),
  ev(
    'ActorRegistered',
    'actor-kosovo-serbs',
    { occurredAt: '2023-01-20', recordedAt: at('01-20', '20:10') },
    { actor: KOSOVO_SERBS, role: 'third-party' },
    [S.opslensJan20],
  ),
  ev(
    'ActorRegistered',
    'actor-usa',
    { occurredAt: '2023-01-20', recordedAt: at('01-20', '20:15') },
    { actor: USA, role: 'third-party' },
    [S.opslensJan20],
    { note: 'Backs the EU proposal; its envoy travels with the EU’s, but the dialogue is the EU’s.' },
  ),
  ev(
    'DemandTabled',
    'dem-eu-proposal',
    { occurredAt: '2023-01-20', recordedAt: at('01-20', '20:20') },
    {
      demandId: D.euProposal,
      by: 'eu',
      addressedTo: ['kosovo', 'serbia'],
      text: 'Accept the EU proposal on the path to normalisation: mutual recognition of documents and symbols, Serbia not objecting to Kosovo’s membership of international organisations, an appropriate level of self-management for the Serb community in Kosovo.',
      category: 'political',
    },
    [S.opslensJan20, S.fastnewsJan20],
    { note: 'The text was handed to both in the autumn of 2022; the envoys press it on 20 January.' },
  ),
  ev(
    'MediationAction',
    'med-envoys-jan20',
    { occurredAt: '2023-01-20', recordedAt: at('01-20', '20:25') },
    {
      mediator: 'eu',
      action: 'visited',
      summary: 'Lajčák with the US, French, German and Italian envoys meets Kurti in Pristina and Vučić in Belgrade.',
    },
    [S.opslensJan20, S.fastnewsJan20],
  ),
  ev(
    'PositionTaken',
    'pos-kosovo-proposal-jan',
    { occurredAt: '2023-01-20', recordedAt: at('01-20', '20:30') },
    {
      demandId: D.euProposal,
      actorId: 'kosovo',
      stance: 'accepted-in-principle',
      quote: 'The EU proposal is "a good basis for further talks".',
      speaker: KURTI,
    },
    [S.opslensJan20],
  ),
  ev(
    'PositionTaken',
    'pos-serbia-proposal-jan',
    { occurredAt: '2023-01-20', recordedAt: at('01-20', '20:35') },
    {
      demandId: D.euProposal,
      actorId: 'serbia',
      stance: 'conditional',
      conditions:
        'Ready to accept the concept and work on the plan, with "concern and reservations about an important matter".',
      speaker: VUCIC,
    },
    [S.opslensJan20],
  ),
  ev(
    'StatementMade',
    'stmt-vucic-jan23',
    { occurredAt: '2023-01-23', recordedAt: at('01-24', '10:00') },
    {
      speaker: VUCIC,
      audience: 'domestic audience',
      tone: 'critical',
      summary:
        'Says the Western envoys told him to accept the plan or face the interruption of Serbia’s EU integration and economic and political measures causing "great damage"; parliament would have to discuss it.',
    },
    [S.zeppnewsJan24],
  ),
  ev(
    'TalksRoundScheduled',
    'round-brussels-scheduled',
    { occurredAt: '2023-02-09', recordedAt: at('02-09', '18:00') },
    {
      roundId: R.brussels,
      label: 'High-level meeting, Brussels (the EU proposal)',
      format: 'formal',
      venue: 'Brussels',
      hosts: ['eu'],
      plannedFor: '2023-02-27',
    },
    [S.ewbFeb9],
    {
      note: 'Borrell invites the two leaders "in a few weeks"; the date (27 February) from the reports of the meeting.',
    },
  ),
  ev(
    'TalksRoundOpened',
    'round-brussels-opened',
    { occurredAt: '2023-02-27', recordedAt: at('02-27', '22:00') },
    {
      roundId: R.brussels,
      delegations: [
        { actorId: 'kosovo', head: KURTI },
        { actorId: 'serbia', head: VUCIC },
      ],
    },
    [S.ktarFeb27],
  ),
  ev(
    'TalksRoundConcluded',
    'round-brussels-concluded',
    { occurredAt: '2023-02-27', recordedAt: at('02-28', '09:55') },
    {
      roundId: R.brussels,
      outcome: 'progress',
      summary:
        'Borrell: the leaders "have today agreed that no further discussions are needed" on the EU proposal; nothing signed; the implementation annex to be agreed at the next meeting in March.',
      nextSteps: 'A meeting in March on the implementation annex.',
    },
    [S.ktarFeb27, S.dwFeb28],
  ),
  ev(
    'PositionTaken',
    'pos-kosovo-proposal-feb',
    { occurredAt: '2023-02-27', recordedAt: at('02-28', '10:00') },
    {
      demandId: D.euProposal,
      actorId: 'kosovo',
      stance: 'accepted',
      quote: '"I expressed my willingness and interest to sign this text, but the Serbian side refused."',
      speaker: KURTI,
    },
    [S.b92Feb28, S.ktarFeb27],
  ),
  ev(
    'PositionTaken',
    'pos-serbia-proposal-feb',
    { occurredAt: '2023-02-27', recordedAt: at('02-28', '10:05') },
    {
      demandId: D.euProposal,
      actorId: 'serbia',
      stance: 'accepted-in-principle',
      conditions: 'Accepts the text with Kosovo in Brussels but will not sign it.',
      quote: '"I hoped we would be able to agree to some compromises, but Mr. Kurti was not ready for that."',
      speaker: VUCIC,
    },
    [S.ktarFeb27, S.b92Feb28],
  ),
  ev(
    'TalksRoundOpened',
    'round-ohrid-opened',
    { occurredAt: '2023-03-18', recordedAt: at('03-19', '08:00') },
    {
      roundId: R.ohrid,
      label: 'High-level meeting, Ohrid (the Implementation Annex)',
      format: 'formal',
      venue: 'Ohrid, North Macedonia',
      hosts: ['eu'],
      delegations: [
        { actorId: 'kosovo', head: KURTI },
        { actorId: 'serbia', head: VUCIC },
      ],
    },
    [S.b92Mar19],
  ),
  ev(
    'TalksRoundConcluded',
    'round-ohrid-concluded',
    { occurredAt: '2023-03-18', recordedAt: at('03-19', '08:05') },
    {
      roundId: R.ohrid,
      outcome: 'agreement',
      summary:
        'After twelve hours: "We have a deal. Kosovo and Serbia have agreed on the Implementation Annex" (Borrell); the parties "fully committed to honour all articles". Neither leader signed: Vučić says it is up to the EU to make it binding.',
      nextSteps:
        'A joint monitoring committee chaired by the EU; Kosovo to open talks on the self-management of the Serb community.',
    },
    [S.b92Mar19, S.almayadeenMar19, S.postsenMar19],
    {
      note: 'Agreed orally, never signed: recorded as a round concluded with agreement, not an AgreementReached (see the header).',
    },
  ),
  ev(
    'PositionTaken',
    'pos-serbia-proposal-ohrid',
    { occurredAt: '2023-03-18', recordedAt: at('03-19', '08:10') },
    {
      demandId: D.euProposal,
      actorId: 'serbia',
      stance: 'accepted-in-principle',
      conditions: 'Agrees the annex orally and avoids signing the agreement and the annex.',
      quote:
        '"Now it is up to the European Union to find a mechanism to make this agreement legally and internationally binding."',
      speaker: VUCIC,
    },
    [S.almayadeenMar19],
  ),
  ev(
    'DemandTabled',
    'dem-association',
    { occurredAt: '2023-03-18', recordedAt: at('03-19', '08:15') },
    {
      demandId: D.association,
      by: 'serbia',
      addressedTo: ['kosovo'],
      text: 'Establish the Association (Community) of Serb-majority municipalities in Kosovo, as agreed in 2013.',
      category: 'political',
    },
    [S.postsenMar19, S.b92Mar19],
  ),
  ev(
    'PositionTaken',
    'pos-kosovo-association-mar',
    { occurredAt: '2023-03-18', recordedAt: at('03-19', '08:20') },
    {
      demandId: D.association,
      actorId: 'kosovo',
      stance: 'conditional',
      conditions:
        'Agrees to open negotiations "immediately" on arrangements for the self-management of Serb communities, but Kurti says he will not agree to the association proposed.',
      speaker: KURTI,
    },
    [S.b92Mar19, S.postsenMar19],
  ),
  ev(
    'DemandTabled',
    'dem-membership',
    { occurredAt: '2023-03-18', recordedAt: at('03-19', '08:25') },
    {
      demandId: D.membership,
      by: 'kosovo',
      addressedTo: ['serbia'],
      text: 'Serbia will not oppose Kosovo’s membership of any international organisation (article 4 of the agreement).',
      category: 'political',
    },
    [S.postsenMar19],
  ),
  ev(
    'PositionTaken',
    'pos-serbia-membership-mar',
    { occurredAt: '2023-03-18', recordedAt: at('03-19', '08:30') },
    {
      demandId: D.membership,
      actorId: 'serbia',
      stance: 'rejected',
      quote: 'Serbia "would never accept Kosovo’s independence".',
      speaker: VUCIC,
    },
    [S.postsenMar19],
  ),
  ev(
    'StatementMade',
    'stmt-eucouncil-mar23',
    { occurredAt: '2023-03-23', recordedAt: at('03-24', '12:00') },
    {
      speaker: BORRELL,
      audience: 'kosovo, serbia',
      tone: 'warning',
      summary:
        '"Any attempt to question the agreement is futile. The agreement was agreed, it has to be implemented … we will follow closely who is implementing and who is not." The European Council welcomes the agreement and its annex as integral to both parties’ European paths.',
    },
    [S.ewbMar24],
  ),
  // ===== April – May: the boycott, the buildings, Zvečan =====
  ev(
    'StatementMade',
    'stmt-radoicic-apr23',
    { occurredAt: '2023-04-23', recordedAt: at('04-24', '10:00') },
    {
      speaker: RADOICIC,
      audience: 'kosovo',
      tone: 'warning',
      summary:
        'After the Serb boycott of the local elections in the four northern municipalities (turnout 3.47%): "those who think that with 1 or 2% of the votes they can lead the municipalities of the north … the Serbian people will never allow them to do this."',
    },
    [S.exbulletinApr24, S.aaApr24],
  ),
  ev(
    'TalksRoundOpened',
    'round-brussels-may-opened',
    { occurredAt: '2023-05-02', recordedAt: at('05-03', '09:00') },
    {
      roundId: R.brusselsMay,
      label: 'High-level meeting, Brussels (missing persons)',
      format: 'formal',
      venue: 'Brussels',
      hosts: ['eu'],
      delegations: [
        { actorId: 'kosovo', head: KURTI },
        { actorId: 'serbia', head: VUCIC },
      ],
    },
    [S.betaMay3],
  ),
  ev(
    'TalksRoundConcluded',
    'round-brussels-may-concluded',
    { occurredAt: '2023-05-02', recordedAt: at('05-03', '09:05') },
    {
      roundId: R.brusselsMay,
      outcome: 'progress',
      summary:
        'The two adopt the Declaration on Missing Persons; the Joint Monitoring Committee of the agreement and its annex will review progress. Vučić calls the meeting "difficult".',
    },
    [S.eeasMay2, S.betaMay3],
  ),
  ev(
    'IncidentReported',
    'inc-police-buildings',
    { occurredAt: '2023-05-26', recordedAt: at('05-27', '09:00') },
    {
      incidentId: 'kosovo-police-municipal-buildings-2023-05-26',
      kind: 'clash',
      perpetrator: 'kosovo',
      allegedBy: 'serbia',
      against: 'kosovo-serbs',
      place: 'Zvečan, Zubin Potok and Leposavić, northern Kosovo',
      injured: { min: 10, max: 10 },
      description:
        'Kosovo police escort the new ethnic-Albanian mayors into the municipal buildings; Serbs blocking the entrances are dispersed with tear gas and stun grenades, police cars are set on fire, about ten protesters are taken to hospital.',
    },
    [S.n1May26, S.urdupointMay27],
    { note: "Kosovo's police against Kosovo Serb protesters, a third party, on the territory Kosovo administers." },
  ),
  ev(
    'IncidentReported',
    'inc-serbia-alert-may26',
    { occurredAt: '2023-05-26', recordedAt: at('05-27', '09:05') },
    {
      incidentId: 'serbia-highest-readiness-2023-05-26',
      kind: 'force-posture',
      perpetrator: 'serbia',
      against: 'kosovo',
      place: 'Serbia, toward the administrative line with Kosovo',
      description:
        'Vučić raises the combat readiness of the Serbian armed forces to the highest level and orders them to move rapidly toward the administrative line with Kosovo; he asks NATO to "urgently stop violence against Serbs".',
    },
    [S.tassMay26, S.newsamMay27],
  ),
  ev(
    'StatementMade',
    'stmt-vucevic-may26',
    { occurredAt: '2023-05-26', recordedAt: at('05-27', '09:10') },
    {
      speaker: VUCEVIC,
      audience: 'kosovo',
      tone: 'warning',
      summary:
        'Kurti’s actions "lead to red lines, to a total collapse of dialogue"; the units will be in position within hours: "We don’t play war games, but Serbia’s red lines are well known."',
    },
    [S.tassMay26, S.newsamMay27],
  ),
  ev(
    'StatementMade',
    'stmt-serbia-nsc-may27',
    { occurredAt: '2023-05-27', recordedAt: at('05-27', '18:00') },
    {
      speaker: SERBIA_NSC,
      audience: 'kosovo',
      tone: 'accusation',
      summary:
        'The army stays on high alert because of the "brutal use of force" against the Serbs of northern Kosovo; KFOR "has not done its job".',
    },
    [S.tellerMay27],
  ),
  ev(
    'IncidentReported',
    'inc-zvecan-may29',
    { occurredAt: '2023-05-29', recordedAt: at('05-30', '09:00') },
    {
      incidentId: 'zvecan-kfor-2023-05-29',
      kind: 'clash',
      perpetrator: 'kosovo-serbs',
      allegedBy: 'kosovo',
      against: 'kfor',
      blamedOn: 'serbia',
      target: 'KFOR soldiers (Italian and Hungarian contingents), Kosovo police and journalists',
      place: 'Zvečan municipal building, northern Kosovo',
      injured: { min: 80, max: 85 },
      description:
        'Serb protesters at the Zvečan municipal building throw stones, bottles and incendiary devices at KFOR troops dispersing them: about 30 soldiers injured (fractures and burns), over 50 protesters injured. Kosovo’s president and prime minister say the attackers act on Belgrade’s orders; Serbia blames Kurti.',
    },
    [S.scmpMay30, S.protothemaMay30, graded(S.republikaMay29, 3)],
    {
      note: 'A third party’s attack on KFOR, blamed by Kosovo on Serbia: the blame is Kosovo’s claim (graded 3 on that source).',
    },
  ),
  ev(
    'StatementMade',
    'stmt-osmani-may29',
    { occurredAt: '2023-05-29', recordedAt: at('05-30', '09:05') },
    {
      speaker: OSMANI,
      audience: 'serbia',
      tone: 'accusation',
      summary: 'Serb "illegal structures turned into criminal gangs" attacked the police, KFOR and journalists.',
      quote: "Those who carry out Vucic's orders to destabilise the north of Kosovo, must face justice.",
    },
    [S.republikaMay29],
  ),
  ev(
    'StatementMade',
    'stmt-vucic-may29',
    { occurredAt: '2023-05-29', recordedAt: at('05-30', '09:10') },
    {
      speaker: VUCIC,
      audience: 'kosovo',
      tone: 'accusation',
      summary:
        '"All this is organized by Albin Kurti, with his great desire for a conflict between the Serbs and NATO … he is the only one guilty of what is happening."',
    },
    [S.urdupointMay29, S.unmikMay30],
  ),
  ev(
    'StatementMade',
    'stmt-kurti-may29',
    { occurredAt: '2023-05-29', recordedAt: at('05-30', '09:15') },
    {
      speaker: KURTI,
      audience: 'serbia',
      tone: 'accusation',
      summary: 'The protests were "not peaceful": "mobs of extremists directed from Belgrade".',
    },
    [S.unmikMay30],
  ),
  ev(
    'StatementMade',
    'stmt-vucic-jun1',
    { occurredAt: '2023-06-01', recordedAt: at('06-01', '18:00') },
    {
      speaker: VUCIC,
      audience: 'kosovo',
      tone: 'conciliatory',
      summary:
        'In Moldova: Kosovo must withdraw the "so-called mayors" and its special police from the north, but "Serbia will do everything it can to de-escalate the situation".',
    },
    [S.tportalJun1],
  ),
  ev(
    'StatementMade',
    'stmt-osmani-jun1',
    { occurredAt: '2023-06-01', recordedAt: at('06-01', '18:05') },
    {
      speaker: OSMANI,
      audience: 'serbia',
      tone: 'accusation',
      summary: '"President Vučić must stop supporting criminal gangs in Kosovo" if he truly wants peace.',
    },
    [S.tportalJun1],
  ),
  // ===== June: the detention, the goods ban, the crisis meeting =====
  ev(
    'IncidentReported',
    'inc-detention-jun14',
    { occurredAt: '2023-06-14', recordedAt: at('06-14', '21:00') },
    {
      incidentId: 'three-kosovo-officers-detained-2023-06-14',
      kind: 'force-posture',
      perpetrator: 'serbia',
      allegedBy: 'kosovo',
      against: 'kosovo',
      place: 'Near the Kosovo–Serbia line: Leposavić (by Kosovo’s account) or Gnjilica, Raška (by Serbia’s)',
      description:
        'Serbian forces arrest three armed Kosovo border police officers on patrol, without a shot. Kosovo: they were seized about 300 metres inside Kosovo ("the entry of Serbian forces into the territory of Kosovo is aggression"); Serbia: they were arrested 1.8 kilometres inside Serbia, "in full combat gear". A court in Kraljevo orders their detention on weapons charges (16 June).',
    },
    [S.newsflashJun14, S.kesqJun14, S.anewsJun14],
    { note: 'An arrest with no shot fired: not recorded as armed action (see the header).' },
  ),
  ev(
    'StatementMade',
    'stmt-kurti-jun14',
    { occurredAt: '2023-06-14', recordedAt: at('06-14', '21:05') },
    {
      speaker: KURTI,
      audience: 'serbia',
      tone: 'accusation',
      summary:
        'The "kidnapping" of the three officers is an "act of aggression"; he suspects the Serbian army, as "revenge" for the arrest of Milun Milenković the day before.',
    },
    [S.anewsJun14, S.kesqJun14],
  ),
  ev(
    'DemandTabled',
    'dem-release',
    { occurredAt: '2023-06-14', recordedAt: at('06-14', '21:10') },
    {
      demandId: D.release,
      by: 'kosovo',
      addressedTo: ['serbia'],
      text: 'Release the three Kosovo police officers immediately.',
      category: 'security',
    },
    [S.anewsJun14, S.newsflashJun14],
  ),
  ev(
    'StatementMade',
    'stmt-vucic-jun14',
    { occurredAt: '2023-06-14', recordedAt: at('06-14', '21:15') },
    {
      speaker: VUCIC,
      audience: 'kosovo',
      tone: 'accusation',
      summary:
        '"There’s one man in the Balkans who wants to incite conflicts at any cost and that is Albin Kurti"; offers an international inquiry and to pull some troops stationed near the line back to their garrisons.',
    },
    [S.newsflashJun14],
  ),
  ev(
    'IncidentReported',
    'inc-goods-ban-jun14',
    { occurredAt: '2023-06-14T16:00:00Z', recordedAt: at('06-15', '08:00') },
    {
      incidentId: 'kosovo-bans-serbian-goods-2023-06-14',
      kind: 'border-closure',
      perpetrator: 'kosovo',
      against: 'serbia',
      place: 'All crossings between Kosovo and Serbia (Jarinje, Merdare, Brnjak and others)',
      description:
        'Kosovo customs bar all lorries with Serbian plates and all goods from Serbia from entering Kosovo, and tighten checks on cars with Serbian plates, in answer to the arrests; the first lorries are turned back at Merdare and Jarinje that evening.',
    },
    [S.urdupointJun15, S.breakinglatestJun14],
    { note: 'A border closed against the other party’s trade; nothing in the record reopens it.' },
  ),
  ev(
    'StatementMade',
    'stmt-vucic-jun14-trucks',
    { occurredAt: '2023-06-14T19:00:00Z', recordedAt: at('06-15', '08:05') },
    {
      speaker: VUCIC,
      audience: 'kosovo',
      tone: 'accusation',
      summary:
        'Pristina wants to leave the Serbs of the north without food and medicine, "to completely expel the Serbs"; "Albin Kurti wants to provoke an armed conflict at any cost".',
    },
    [S.urdupointJun15],
  ),
  ev(
    'StatementMade',
    'stmt-eu-measures-jun14',
    { occurredAt: '2023-06-14', recordedAt: at('06-15', '09:00') },
    {
      speaker: STANO,
      audience: 'kosovo',
      tone: 'warning',
      summary:
        'The 27 member states agree "reversible and temporary measures" against Kosovo (high-level visits and contacts, financial cooperation suspended) since Kurti "has so far failed to take decisive steps … to de-escalate"; Borrell’s letter warns of "negative consequences".',
    },
    [S.bneJun15],
  ),
  ev(
    'MediationAction',
    'med-crisis-invite-jun15',
    { occurredAt: '2023-06-15', recordedAt: at('06-16', '09:00') },
    {
      mediator: 'eu',
      action: 'proposed',
      summary: 'Borrell invites Kurti and Vučić to a "crisis meeting" in Brussels next week.',
    },
    [S.ekathimeriniJun16],
  ),
  ev(
    'TalksRoundOpened',
    'round-crisis-opened',
    { occurredAt: '2023-06-22', recordedAt: at('06-22', '20:00') },
    {
      roundId: R.crisisJune,
      label: 'Crisis meetings, Brussels',
      format: 'informal',
      venue: 'Brussels',
      hosts: ['eu'],
      delegations: [
        { actorId: 'kosovo', head: KURTI },
        { actorId: 'serbia', head: VUCIC },
      ],
    },
    [S.naslovi22Jun, S.eurointegrationJun22],
  ),
  ev(
    'TalksRoundConcluded',
    'round-crisis-concluded',
    { occurredAt: '2023-06-22', recordedAt: at('06-22', '20:05') },
    {
      roundId: R.crisisJune,
      outcome: 'no-progress',
      summary:
        'Borrell and Lajčák meet Kurti, then Vučić, then Kurti again: the two do not meet (Vučić: nothing to talk about with Kurti). Borrell asks for immediate de-escalation and new elections in the north with the Kosovo Serbs.',
    },
    [S.naslovi22Jun, S.eurointegrationJun22],
  ),
  ev(
    'PositionTaken',
    'pos-serbia-release-jun26',
    { occurredAt: '2023-06-26', recordedAt: at('06-26', '20:00') },
    {
      demandId: D.release,
      actorId: 'serbia',
      stance: 'accepted',
      conditions:
        'The court in Kraljevo confirms the indictment but ends their detention; the three return through Merdare.',
    },
    [S.trtworldJun26, S.urdupointJun26],
  ),
  ev(
    'StatementMade',
    'stmt-osmani-jun26',
    { occurredAt: '2023-06-26', recordedAt: at('06-26', '20:05') },
    {
      speaker: OSMANI,
      audience: 'serbia',
      tone: 'accusation',
      summary:
        'The release "does not absolve Serbia of responsibility for this flagrant act of aggression against & violation of the Military Technical Agreement".',
    },
    [S.urdupointJun26],
  ),
  // ===== September: the failed meeting, Banjska, the build-up =====
  ev(
    'TalksRoundOpened',
    'round-brussels-sep-opened',
    { occurredAt: '2023-09-14', recordedAt: at('09-14', '20:00') },
    {
      roundId: R.brusselsSep,
      label: 'High-level meeting, Brussels',
      format: 'formal',
      venue: 'Brussels',
      hosts: ['eu'],
      delegations: [
        { actorId: 'kosovo', head: KURTI },
        { actorId: 'serbia', head: VUCIC },
      ],
    },
    [S.menafnSep14],
  ),
  ev(
    'TalksRoundConcluded',
    'round-brussels-sep-concluded',
    { occurredAt: '2023-09-14', recordedAt: at('09-16', '10:00') },
    {
      roundId: R.brusselsSep,
      outcome: 'collapsed',
      summary:
        '"We tried hard, but unfortunately, it was not possible to bridge the differences today"; no progress on de-escalation in the north; both in "direct and serious violation of their Dialogue obligations". No further meeting planned.',
      nextSteps:
        'None: "No further meetings will take place soon, because we know that the results will be the same" (an EU diplomat).',
    },
    [S.menafnSep14, S.agenceeuropeSep16],
  ),
  ev(
    'StatementMade',
    'stmt-borrell-sep14',
    { occurredAt: '2023-09-14', recordedAt: at('09-16', '10:05') },
    {
      speaker: BORRELL,
      audience: 'kosovo',
      tone: 'critical',
      summary:
        'Kurti "was not ready to move forward" and begin establishing the Association of Serb-majority municipalities; Vučić accepted the EU’s proposal for the sequence.',
    },
    [S.tableSep14],
  ),
  ev(
    'ActorRegistered',
    'actor-banjska-group',
    { occurredAt: '2023-09-24', recordedAt: at('09-24', '18:00') },
    { actor: BANJSKA_GROUP, role: 'third-party' },
    [S.yahooSep24],
  ),
  ev(
    'IncidentReported',
    'inc-banjska-sep24',
    { occurredAt: '2023-09-24T01:00:00Z', recordedAt: at('09-25', '08:00') },
    {
      incidentId: 'banjska-attack-2023-09-24',
      kind: 'militant-attack',
      perpetrator: 'banjska-group',
      allegedBy: 'kosovo',
      against: 'kosovo',
      blamedOn: 'serbia',
      target: 'Kosovo police patrol',
      place: 'Banjska, Zvečan municipality, northern Kosovo',
      fatalities: { min: 1, max: 1 },
      injured: { min: 1, max: 2 },
      description:
        'About 30 armed and masked Serbs block the road at Banjska, kill police sergeant Afrim Bunjaku and wound another officer, then barricade themselves in the Orthodox monastery; three attackers are killed in the day-long gunfight. Kurti: "armed and organized professional forces" supported by the Serbian state; Serbia denies any role.',
    },
    [S.yahooSep24, S.babelSep25],
  ),
  ev(
    'StatementMade',
    'stmt-kurti-sep24',
    { occurredAt: '2023-09-24', recordedAt: at('09-25', '08:05') },
    {
      speaker: KURTI,
      audience: 'serbia',
      tone: 'accusation',
      summary:
        'The attack was carried out by "armed and organized professional forces in armored vehicles" linked to Serbian-state supported structures.',
    },
    [S.yahooSep24],
  ),
  ev(
    'StatementMade',
    'stmt-vucic-sep24',
    { occurredAt: '2023-09-24', recordedAt: at('09-25', '09:00') },
    {
      speaker: VUCIC,
      audience: 'kosovo',
      tone: 'critical',
      summary:
        'Blames the attack on Kurti’s refusal to form the Association of Serb municipalities: "Serbia will never recognize an independent Kosovo, so you can kill us all."',
    },
    [S.babelSep25],
  ),
  ev(
    'StatementMade',
    'stmt-serbia-mourning-sep26',
    { occurredAt: '2023-09-26', recordedAt: at('09-26', '15:00') },
    {
      speaker: SERBIA_GOV,
      audience: 'domestic audience',
      tone: 'neutral',
      summary:
        'Declares 27 September a day of mourning for "the victims of Kosovo and Metohija" — the Serbs killed at Banjska.',
    },
    [S.b92Sep26],
  ),
  ev(
    'IncidentReported',
    'inc-serbia-buildup-sep',
    { occurredAt: '2023-09-29', precision: 'approximate', recordedAt: at('09-30', '12:00') },
    {
      incidentId: 'serbia-buildup-2023-09',
      kind: 'force-posture',
      perpetrator: 'serbia',
      allegedBy: 'united-states',
      against: 'kosovo',
      place: 'Along the administrative line with Kosovo',
      description:
        'The White House reports "a large Serbian military deployment along the border with Kosovo", "an unprecedented staging of advanced Serbian artillery, tanks, mechanized infantry units", built up over the past week. Vučić denies a build-up.',
    },
    [S.thejournalSep29, S.stripesSep30],
    { note: 'Dated to the White House report: the build-up came "in the past week".' },
  ),
  ev(
    'StatementMade',
    'stmt-kirby-sep29',
    { occurredAt: '2023-09-29', recordedAt: at('09-30', '12:05') },
    {
      speaker: KIRBY,
      audience: 'serbia',
      tone: 'warning',
      summary:
        '"A very destabilizing development … We are calling on Serbia to withdraw those forces from the border"; KFOR will increase its presence.',
    },
    [S.thejournalSep29, S.stripesSep30],
  ),
  ev(
    'StatementMade',
    'stmt-radoicic-sep29',
    { occurredAt: '2023-09-29', recordedAt: at('09-30', '12:10') },
    {
      speaker: RADOICIC,
      audience: 'domestic audience',
      tone: 'neutral',
      summary:
        'Through his lawyer, admits leading the group at Banjska and resigns as vice-president of the Serbian List; says he informed no one in Serbia’s government.',
    },
    [S.thejournalSep29],
  ),
  ev(
    'StatementMade',
    'stmt-kurti-sep30',
    { occurredAt: '2023-09-30', recordedAt: at('09-30', '20:00') },
    {
      speaker: KURTI,
      audience: 'serbia',
      tone: 'accusation',
      summary:
        'The weapons seized at Banjska were made in Serbia: "It is clear that the army of Serbia has given this to the paramilitary formations"; Vučić "wants war" and a Republika Srpska in Kosovo.',
    },
    [graded(S.voxnewsSep30, 3)],
  ),
  ev(
    'StatementMade',
    'stmt-vucic-oct1',
    { occurredAt: '2023-10-01', recordedAt: at('10-01', '20:00') },
    {
      speaker: VUCIC,
      audience: 'united-states',
      tone: 'critical',
      summary: 'Denies any build-up: "Everything they said they made up and lied"; "Serbia wants peace".',
    },
    [S.headtopicsOct1],
  ),
  ev(
    'StatementMade',
    'stmt-mojsilovic-oct2',
    { occurredAt: '2023-10-02', recordedAt: at('10-03', '09:00') },
    {
      speaker: MOJSILOVIC,
      audience: 'kosovo',
      tone: 'conciliatory',
      summary:
        'The troops near the administrative line are cut from 8,350 to their regular 4,500; the units are back to their normal operational regime.',
    },
    [S.kionOct2, S.islamtimesOct3],
    { note: 'A troop reduction has no type of its own: recorded as what was announced.' },
  ),
  // ===== October – February: the leaders' meeting, the plates, the dinar =====
  ev(
    'TalksRoundOpened',
    'round-brussels-oct-opened',
    { occurredAt: '2023-10-26', recordedAt: at('10-26', '22:00') },
    {
      roundId: R.brusselsOct,
      label: 'Meetings with the EU, French, German and Italian leaders, Brussels',
      format: 'informal',
      venue: 'Brussels',
      hosts: ['eu'],
      delegations: [
        { actorId: 'kosovo', head: KURTI },
        { actorId: 'serbia', head: VUCIC },
      ],
    },
    [S.tanjugOct26],
  ),
  ev(
    'TalksRoundConcluded',
    'round-brussels-oct-concluded',
    { occurredAt: '2023-10-26', recordedAt: at('10-27', '09:00') },
    {
      roundId: R.brusselsOct,
      outcome: 'no-progress',
      summary:
        'Borrell: a new European proposal for the Association was put to both, but "the parties were not ready to agree" — each side’s preconditions were unacceptable to the other. Kurti says he is ready to sign the agreement and Vučić is not.',
    },
    [S.betaOct27, S.tanjugOct26],
  ),
  ev(
    'StatementMade',
    'stmt-petkovic-dec25',
    { occurredAt: '2023-12-25', recordedAt: at('12-26', '10:00') },
    {
      speaker: PETKOVIC,
      audience: 'kosovo',
      tone: 'conciliatory',
      summary:
        'Serbia’s government decides that vehicles with Kosovo licence plates may enter Serbia from 1 January, "to enable freedom of movement", with a disclaimer that it is no recognition of Kosovo.',
    },
    [S.urdupointDec26],
    { note: 'A decision with no type of its own: recorded as what was announced.' },
  ),
  ev(
    'StatementMade',
    'stmt-kurti-jan4',
    { occurredAt: '2024-01-04', recordedAt: '2024-01-05T10:00:00Z' },
    {
      speaker: KURTI,
      audience: 'serbia',
      tone: 'conciliatory',
      summary:
        'Applying reciprocity, Kosovo allows vehicles with Serbian plates in without stickers, "if it is established that the Serbian border authorities are returning the stickers, so will Kosovo".',
    },
    [S.newsbulletinJan5],
  ),
  ev(
    'StatementMade',
    'stmt-cbk-jan17',
    { occurredAt: '2024-01-17', recordedAt: '2024-01-19T10:00:00Z' },
    {
      speaker: KOSOVO_CBK,
      audience: 'domestic audience',
      tone: 'neutral',
      summary:
        'From 1 February only the euro may be used for cash payments and in the payment system throughout Kosovo, ending the use of the Serbian dinar in the Serb-majority areas.',
    },
    [S.worldtodayJan19],
    { note: 'A regulation has no type of its own: recorded as what was announced.' },
  ),
  ev(
    'StatementMade',
    'stmt-vucic-jan18',
    { occurredAt: '2024-01-18', precision: 'approximate', recordedAt: '2024-01-19T10:05:00Z' },
    {
      speaker: VUCIC,
      audience: 'kosovo',
      tone: 'accusation',
      summary: 'Pristina’s move undermines the dialogue and aims to expel the Serb population from Kosovo (in Davos).',
    },
    [S.worldtodayJan19],
  ),
  ev(
    'StatementMade',
    'stmt-bislimi-jan31',
    { occurredAt: '2024-01-31', recordedAt: '2024-01-31T20:00:00Z' },
    {
      speaker: BISLIMI,
      audience: 'serbia',
      tone: 'neutral',
      summary:
        'The regulation enters into force on 1 February, but no sanctions will be applied during a transition; the central banks of Kosovo and Serbia should find a mechanism for Serbia’s transfers to Kosovo Serbs.',
    },
    [S.urdupointJan31],
  ),
  ev(
    'StatementMade',
    'stmt-vucic-feb8',
    { occurredAt: '2024-02-08', recordedAt: '2024-02-09T12:00:00Z' },
    {
      speaker: VUCIC,
      audience: 'UN Security Council',
      tone: 'accusation',
      summary:
        'At the Security Council session Serbia requested: the ban on the dinar is an "attack" on the Serbs of Kosovo, whose living conditions are made unbearable on purpose.',
    },
    [S.argumentumFeb9],
  ),
  ev(
    'StatementMade',
    'stmt-kurti-feb8',
    { occurredAt: '2024-02-08', recordedAt: '2024-02-09T12:05:00Z' },
    {
      speaker: KURTI,
      audience: 'UN Security Council',
      tone: 'critical',
      summary:
        'Defends the central bank’s regulation: the constitution allows one currency; it does not prevent transfers from any state.',
    },
    [S.argumentumFeb9],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'kosovo-serbia-2023.jsonl',
  logEnd: '2024-02-15T00:00:00Z',
  events,
};

export default definition;
