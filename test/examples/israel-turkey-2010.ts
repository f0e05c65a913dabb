/**
 * A test fixture, not a shipped example: Israel and Türkiye from the Israeli
 * navy's raid on the Gaza flotilla ship Mavi Marmara in international waters
 * (31 May 2010: nine Turkish nationals killed, a tenth dying in 2014) to the
 * ambassadors' return under the normalisation agreement (November – December
 * 2016) — Türkiye's recall of its ambassador and cancelled drills (31 May
 * 2010), its demands (an apology, compensation, the Gaza blockade lifted) and
 * the ban on Israeli military flights over Turkey (27–28 June 2010); the
 * Geneva talks after the Carmel fire (December 2010); Davutoğlu's "Plan B"
 * ultimatum (1 September 2011), the UN Palmer report and the expulsion of
 * Israel's ambassador with the suspension of military agreements (2
 * September 2011); Erdoğan's warships to escort aid ships (8 September 2011);
 * the informal Geneva meeting of November 2012; Erdoğan's "Zionism, a crime
 * against humanity" (27 February 2013); Netanyahu's apology by telephone in
 * Obama's presence (22 March 2013) and the compensation talks (Ankara, 22
 * April; Jerusalem, May 2013); Erdoğan's conditions (April 2014) and his
 * words during the Gaza war of 2014 (normalisation "impossible", "state
 * terrorism", "surpassed Hitler in barbarism"); the Zurich understandings (16
 * December 2015); the Rome round and the agreement signed on 28 June 2016
 * (approved by Israel's security cabinet the next day, ratified by Turkey's
 * parliament on 20 August), the $20 million paid (30 September), the
 * ambassadors named (15–16 November), Erdoğan's Hitler comparison on Israeli
 * television (November 2016), and the ambassadors in post (1 and 12 December
 * 2016). Escalation model v2 was never tuned on it: it is the case the model
 * is held to in israel-turkey-2010.spec.ts, against the calls an analyst
 * makes from DOMAIN.md §5b alone.
 *
 * What it tests that the other cases did not: lethal force by one party on
 * the other's nationals outside any fighting between their forces (coercion,
 * with its toll, not armed action); a break of relations with demands; an
 * ultimatum with a one-day deadline, enforced; a threat of naval escort; a
 * mediated apology meeting one demand; talks put on hold; an agreement signed
 * and implemented; and years of strained relations with no force at all.
 *
 * The pair is Israel and Türkiye. No mediator is registered: the United
 * States (Obama joined the 2013 call and pressed both for years), the United
 * Nations (the Palmer panel) and Hamas (its office in Turkey, an Israeli
 * demand) are third parties. The IHH and the flotilla's passengers are named
 * in the incident, not registered: the catalogue's actor kinds have none for
 * a charity, and nothing of theirs is recorded as an act.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source.
 *
 * Grading as in examples/README.md: B = established national or
 * international outlets and wire copies (Reuters, AP, AFP, CNN, Al Jazeera,
 * Haaretz, the Jerusalem Post, Hürriyet Daily News, RNZ, VOA, RFE/RL,
 * Bloomberg); C = smaller, regional or partisan outlets and copies of wire
 * stories on blogs or aggregators; D = outlets with a record of slanted
 * claims. 2 = an on-record statement or act several outlets agree on, or one
 * established outlet reports; 3 = unnamed sources, one side's claim, or a
 * date the source gives only relative to its own.
 *
 * Judgement calls, recorded as an analyst would:
 * - The raid (31 May 2010) is `lethal-force` by Israel against Türkiye: the
 *   Israeli navy's commandos boarded a Turkish-flagged civilian ship in
 *   international waters and killed Turkish nationals — force on the other
 *   party's nationals, not between the two states' forces and not on
 *   Turkish territory, so not armed action (DOMAIN.md §5b) but coercion,
 *   with its toll. The first reports gave ten dead (RFE/RL, CNN), the count
 *   settled at nine (eight Turks and a Turkish-American): 9–10. A tenth
 *   victim died in hospital in 2014 (Bloomberg, 15 July 2014): the toll is
 *   corrected to 10 then, as an analyst learning it would.
 * - The place is written once, "Mavi Marmara, international waters off Gaza".
 * - The ban on Israeli military aircraft over Turkey (announced by Erdoğan on
 *   27–28 June 2010) is not a `border-closure`: the two share no land border,
 *   the ban is on military flights only, "case by case" (VOA), and civil
 *   flights, trade and travel went on. It is Erdoğan's statement with CAMEO
 *   163 (sanctions), as the other diplomatic measures of the case are
 *   statements with their CAMEO codes: the recall (31 May 2010) and the
 *   downgrade (2 September 2011) 161 (reduce or break diplomatic relations).
 * - The three demands are tabled as Erdoğan restated them in Toronto (27 June
 *   2010, VOA): the sources read do not give a dated first tabling in the
 *   days after the raid. The demand for an international inquiry (met by the
 *   Palmer panel) is not recorded: no dated source read states it as a
 *   demand.
 * - Davutoğlu's words of 1 September 2011 — an apology by the day the UN
 *   report is released (2 September), "or we resort to Plan B", sanctions
 *   "well known by Israel" — are an ultimatum (the JTA's word), with that
 *   deadline; it is `enforced` the next day by the downgrade and the
 *   suspension of military agreements. Erdoğan's "Plan B" threat of August
 *   2011 is not recorded: no source read gives its day.
 * - Erdoğan's warships (8 September 2011, to Al Jazeera): "Turkish warships
 *   ... are authorized to protect our ships that carry humanitarian aid to
 *   Gaza ... we will not let these ships be attacked by Israel" — "setting
 *   the stage for a potential naval confrontation" (Reuters): a
 *   `military-threat`, force threatened against Israel's navy. No
 *   escort ever sailed; nothing later withdraws the threat, and none is
 *   recorded.
 * - The Palmer report (2 September 2011) is the UN's, a third party's:
 *   recorded as the panel's statement, `neutral` (the blockade lawful, the
 *   force "excessive and unreasonable").
 * - The apology (22 March 2013) is one occurrence: Netanyahu's statement
 *   (CAMEO 055, apologise), Israel's positions on the apology (`accepted`)
 *   and compensation (`accepted-in-principle`: "agreed to conclude an
 *   agreement on compensation/non-liability") and Erdoğan's acceptance.
 *   The leaders' agreement to "normalize relations" is not recorded as an
 *   agreement reached: nothing was signed, no ambassador returned, and the
 *   sides went on negotiating its terms for three years. Obama's part is the
 *   United States' engagement, a third party's.
 * - The Jerusalem round of May 2013 is dated by the EJP's report of 8 May
 *   ("a meeting in Jerusalem"), approximately to 7 May.
 * - The Gaza war of 2014 is Israel's with Hamas, a third party: nothing of
 *   it is recorded as the pair's act. Erdoğan's words are: normalisation
 *   "impossible while massacres in Palestine continue" (15 July) is a
 *   `TalksSuspended` by Türkiye, `temporary` (normalisation "not possible
 *   until you stop this"; the talks resumed in 2015), with his "state
 *   terrorism" and "genocide attempt" the same day an accusation; "surpassed
 *   Hitler in barbarism" (19 July) and "just like Hitler" (3 August)
 *   accusations. "They will drown in the blood they shed" is read as a
 *   curse, not a threat of force.
 * - The Zurich meeting (16 December 2015) is a round concluded with
 *   `progress` ("understandings", an Israeli official; a Turkish official:
 *   "we have not reached an agreement yet"). Israel's demand on Hamas's
 *   command in Istanbul (reported 15 December) and Türkiye's undertaking
 *   about Saleh al-Arouri are graded 3 (unnamed officials).
 * - The normalisation agreement: the round in Rome (26 June 2016) concluded
 *   with agreement; announced 27 June; signed 28 June by Dore Gold and
 *   Feridun Sinirlioğlu — `AgreementReached`, kind `comprehensive` (it ends
 *   the dispute the raid opened), status `signed`, text not public then.
 *   Israel's security cabinet approved it on 29 June (Haaretz) and Turkey's
 *   parliament on 20 August: both `ratified`. The blockade demand is amended
 *   to what the agreement gives (Turkish aid and projects in Gaza through
 *   Ashdod; Haaretz: "Turkey gave up on its demands that Israel lift its
 *   naval blockade"), and Israel accepts it as amended; compensation is
 *   accepted ($20 million).
 * - The payment of 30 September 2016 is recorded as Turkish diplomatic
 *   sources' statement (Anadolu), `conciliatory`: the catalogue has no type
 *   for an agreement's provision carried out.
 * - Erdoğan's interview on Israel's Channel 2 (Uvda) is dated by the report
 *   of 22 November 2016, approximately to 21 November: "I do not agree with
 *   what Hitler did and I also do not agree with what Israel did in Gaza" —
 *   an accusation, the agreement still carried out.
 * - Left out for want of a dated source found in time: Israel's own Turkel
 *   inquiry and Turkey's, the Palmer report's delays, the Israeli travel
 *   warnings, the 2016 Turkish aid ship to Ashdod, Hamas's acts in the Gaza
 *   war (a third party's).
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'israel-turkey-2010';
const { ev, idOf } = caseKit(NEGOTIATION_ID, 'test-analyst', 2010);
/** A recordedAt on a given day, UTC (the case runs over seven years). */
const rec = (day: string, time = '18:00'): string => `${day}T${time}:00Z`;

const ISRAEL: Actor = { id: 'israel', name: 'Israel', kind: 'state', aliases: ['Jerusalem', 'IDF'] };
const TURKIYE: Actor = { id: 'turkiye', name: 'Türkiye', kind: 'state', aliases: ['Turkey', 'Ankara'] };
const USA: Actor = { id: 'united-states', name: 'United States', kind: 'state', aliases: ['US', 'Washington'] };
const UN: Actor = { id: 'united-nations', name: 'United Nations', kind: 'international-organisation', aliases: ['UN'] };
const HAMAS: Actor = { id: 'hamas', name: 'Hamas', kind: 'armed-group', aliases: ['Islamic Resistance Movement'] };

const ERDOGAN_PM: Person = { name: 'Recep Tayyip Erdoğan', title: 'Prime Minister of Türkiye', actorId: 'turkiye' };
const ERDOGAN: Person = { name: 'Recep Tayyip Erdoğan', title: 'President of Türkiye', actorId: 'turkiye' };
const ARINC: Person = { name: 'Bülent Arınç', title: 'Deputy Prime Minister of Türkiye', actorId: 'turkiye' };
const YENEL: Person = {
  name: 'Selim Yenel',
  title: 'Deputy Undersecretary, Ministry of Foreign Affairs of Türkiye',
  actorId: 'turkiye',
};
const DAVUTOGLU: Person = { name: 'Ahmet Davutoğlu', title: 'Foreign Minister of Türkiye', actorId: 'turkiye' };
const YILDIRIM: Person = { name: 'Binali Yıldırım', title: 'Prime Minister of Türkiye', actorId: 'turkiye' };
const TR_DIPLO: Person = { name: 'Turkish diplomatic sources (Anadolu Agency)', actorId: 'turkiye' };
const OKEM: Person = { name: 'Kemal Ökem', title: 'Ambassador of Türkiye to Israel', actorId: 'turkiye' };
const NETANYAHU: Person = { name: 'Benjamin Netanyahu', title: 'Prime Minister of Israel', actorId: 'israel' };
const IL_DIPLO: Person = { name: 'Senior Israeli diplomatic sources (Israel Radio)', actorId: 'israel' };
const MERIDOR: Person = { name: 'Dan Meridor', title: 'Minister of Intelligence of Israel', actorId: 'israel' };
const BARAK: Person = { name: 'Ehud Barak', title: 'Defence Minister of Israel', actorId: 'israel' };
const IL_MFA: Person = { name: 'Ministry of Foreign Affairs of Israel', actorId: 'israel' };
const NAEH: Person = { name: 'Eitan Na’eh', title: 'Ambassador of Israel to Türkiye', actorId: 'israel' };
const RIVLIN: Person = { name: 'Reuven Rivlin', title: 'President of Israel', actorId: 'israel' };
const PALMER: Person = {
  name: 'Panel of Inquiry on the 31 May 2010 Flotilla Incident (Palmer panel)',
  actorId: 'united-nations',
};

const S = {
  rferlMay31: source(
    'Casualties As Israeli Ships Attack Aid Flotilla',
    'Radio Free Europe/Radio Liberty',
    'https://rferl.org/amp/Casualties_As_Israeli_Ships_Attack_Aid_Flotilla/2057229.html',
    '2010-05-31',
    'B',
    2,
  ),
  cnnMay31: source(
    'Turkey recalls Israeli ambassador, cancels exercises',
    'CNN',
    'https://news.blogs.cnn.com/2010/05/31/turkey-recalls-israeli-ambassador-cancels-exercises/',
    '2010-05-31',
    'B',
    2,
  ),
  ynetMay31: source(
    'Turkey recalls Israel envoy over flotilla raid',
    'Ynetnews',
    'https://www.ynetnews.com/articles/0,7340,L-3896697,00.html',
    '2010-05-31',
    'B',
    2,
  ),
  voaJun28: source(
    'Turkey Bars Israel Military Flights After Gaza Raid',
    'Voice of America',
    'https://www.voanews.com/a/turkey-bars-israel-military-flight-after-gaza-raid-97325384/120628.html',
    '2010-06-28',
    'B',
    2,
  ),
  rnzJun29: source(
    'Turkey bans Israel military flight',
    'RNZ',
    'https://www.rnz.co.nz/news/world/50602/turkey-bans-israel-military-flight',
    '2010-06-29',
    'B',
    2,
  ),
  haaretzDec5: source(
    'Israeli, Turkish Diplomats Meet in Geneva in Effort to Repair Relations',
    'Haaretz',
    'https://www.haaretz.com/israel-news/israeli-turkish-diplomats-meet-in-geneva-in-effort-to-repair-relations-1.329055',
    '2010-12-05',
    'B',
    2,
  ),
  australianDec8: source(
    'Israel to apologise for flotilla killings (The Australian)',
    'Occupation Magazine (copy)',
    'http://www.kibush.co.il/show_file.asp?num=43801',
    '2010-12-08',
    'C',
    3,
  ),
  jtaSep1: source(
    'Turkey issues apology ultimatum to Israel',
    'JTA',
    'https://www.jta.org/2011/09/01/israel/turkey-issues-apology-ultimatum-to-israel',
    '2011-09-01',
    'B',
    2,
  ),
  jpostSep1: source(
    'Turkish FM warns Israel to apologize or face sanctions',
    'The Jerusalem Post',
    'http://jpost.com/DiplomacyAndPolitics/Article.aspx?id=226651',
    '2011-09-01',
    'B',
    2,
  ),
  jpostSep2: source(
    'Turks reduce Israel’s diplomatic presence, expel envoys',
    'The Jerusalem Post (Reuters)',
    'https://jpost.com/diplomacy-and-politics/turks-reduce-israels-diplomatic-presence-expel-envoys',
    '2011-09-02',
    'B',
    2,
  ),
  btSep2: source(
    'Turkey Decides to Expel Israeli Diplomats After UN Report (Reuters)',
    'Business Turkey Today',
    'https://businessturkeytoday.com/turkey-decides-to-expel-israeli-diplomats-after-un-report.html',
    '2011-09-02',
    'C',
    2,
  ),
  rnzSep3: source(
    'Turkey cuts ties with Israel after Palmer report',
    'RNZ',
    'http://www.radionz.co.nz/news/world/84244/turkey-cuts-ties-with-israel-after-palmer-report',
    '2011-09-03',
    'B',
    2,
  ),
  reutersSep8: source(
    'Turkish warships will escort aid vessels to Gaza: Erdogan',
    'Reuters',
    'http://www.reuters.com/article/2011/09/08/us-turkey-gaza-idUSTRE78765F20110908',
    '2011-09-08',
    'B',
    2,
  ),
  ajSep9: source(
    'Erdogan: Turkish navy to protect Gaza aid',
    'Al Jazeera',
    'http://www.aljazeera.com/news/europe/2011/09/201198225646614806.html',
    '2011-09-09',
    'B',
    2,
  ),
  haaretzNov25: source(
    'Turkey FM Confirms Resumption of Reconciliation Talks With Israel',
    'Haaretz',
    'https://www.haaretz.com/2012-11-25/ty-article/.premium/turkey-confirms-talks-with-israel/0000017f-e3b2-df7c-a5ff-e3fa87590000',
    '2012-11-25',
    'B',
    2,
  ),
  haaretzFeb28: source(
    "At UN Conference, Erdogan Calls Zionism 'Crime Against Humanity'",
    'Haaretz',
    'https://www.haaretz.com/.premium-turkey-pm-lashes-out-against-zionism-1.5231856',
    '2013-02-28',
    'B',
    2,
  ),
  interiaMar1: source(
    'Premier Turcji potępiany za porównanie syjonizmu z faszyzmem (PAP)',
    'Interia',
    'https://wydarzenia.interia.pl/zagranica/news-premier-turcji-potepiany-za-porownanie-syjonizmu-z-faszyzmem,nId,939332',
    '2013-03-01',
    'C',
    2,
  ),
  politicoMar22: source(
    'Under pressure from Obama, Israel, Turkey talk',
    'Politico',
    'https://www.politico.com/blogs/politico44/2013/03/under-pressure-from-obama-israel-turkey-talk-160010',
    '2013-03-22',
    'B',
    2,
  ),
  cableMar22: source(
    'Inside Bibi’s apology to Turkey',
    'Foreign Policy (The Cable)',
    'http://thecable.foreignpolicy.com/posts/2013/03/22/inside_bibi_s_apology_to_turkey',
    '2013-03-22',
    'B',
    2,
  ),
  cnnApr22: source(
    'Israel, Turkey discuss compensation for flotilla raid victims',
    'CNN',
    'http://us.cnn.com/2013/04/22/world/meast/israel-turkey-flotilla/index.html',
    '2013-04-22',
    'B',
    2,
  ),
  hdnApr23: source(
    'Turkey, Israel in ‘positive’ talks over compensation',
    'Hürriyet Daily News',
    'https://www.hurriyetdailynews.com/turkey-israel-in-positive-talks-over-compensation-45383',
    '2013-04-23',
    'B',
    2,
  ),
  ejpMay8: source(
    'Israel and Turkey reach draft agreement on compensation for Mavi Marmara dead (EJP)',
    'World Jewish News (Euro-Asian Jewish Congress)',
    'http://img.jewseurasia.org/page32/news38215.html',
    '2013-05-08',
    'C',
    2,
  ),
  memoApr5: source(
    "Erdogan: No normalisation of Turkish-Israeli relations if siege on Gaza isn't lifted",
    'Middle East Monitor',
    'https://www.middleeastmonitor.com/20140405-erdogan-no-normalisation-of-turkish-israeli-relations-if-siege-on-gaza-isn-t-lifted/',
    '2014-04-05',
    'C',
    2,
  ),
  monitorJul11: source(
    'Erdogan: Gaza strife threatens Turkish-Israeli rapprochement',
    'Al-Monitor',
    'https://www.al-monitor.com/originals/2014/07/daloglu-gaza-erdogan-israel-operation-palestine-turkey.html',
    '2014-07-11',
    'B',
    2,
  ),
  bloombergJul15: source(
    'Erdogan Dismisses Reconciliation With Israel Over Gaza ‘Terror’',
    'Bloomberg',
    'http://www.bloomberg.com/news/2014-07-15/erdogan-dismisses-reconciliation-with-israel-over-gaza-terror-.html',
    '2014-07-15',
    'B',
    2,
  ),
  afpJul15: source(
    "Turkey PM accuses Israel of 'state terrorism' over Gaza",
    'Yahoo News (AFP)',
    'https://www.yahoo.com/news/turkey-pm-accuses-israel-state-terrorism-over-gaza-173217379.html',
    '2014-07-15',
    'B',
    2,
  ),
  reutersJul20: source(
    "Turkish PM Erdogan says Israel 'surpasses Hitler in barbarism' (Reuters)",
    'transudationism (blog copy)',
    'https://transudationism.blogspot.com/2014/07/turkish-pm-erdogan-says-israel.html',
    '2014-07-20',
    'C',
    2,
  ),
  worldbulletinJul19: source(
    'Erdogan: Israel surpasses Hitler with Gaza atrocities',
    'World Bulletin',
    'https://www.worldbulletin.net/turkey/erdogan-israel-surpasses-hitler-with-gaza-atrocities-h141010.html',
    '2014-07-19',
    'C',
    2,
  ),
  newslinesAug4: source(
    '‘Just like Hitler’',
    'Newslines',
    'https://newslines.org/israel/just-like-hitler/',
    '2014-08-04',
    'C',
    2,
  ),
  apDec14: source(
    'Erdogan signals possible warming of ties with Israel (AP)',
    'The Philippine Star',
    'https://philstar.com/world/2015/12/14/1532874/erdogan-signals-possible-warming-ties-israel',
    '2015-12-14',
    'B',
    2,
  ),
  innDec15: source(
    'Israeli and Turkish teams to meet in Switzerland',
    'Arutz Sheva (Israel National News)',
    'https://www.israelnationalnews.com/News/News.aspx/207795',
    '2015-12-15',
    'C',
    3,
  ),
  toiDec17: source(
    'Israel and Turkey on verge of dramatic revival of ties',
    'The Times of Israel',
    'https://www.timesofisrael.com/israel-and-turkey-on-verge-of-dramatic-revival-of-ties/',
    '2015-12-17',
    'B',
    2,
  ),
  afpDec18: source(
    'Israeli-Turkish reconciliation in the making (AFP)',
    'The Pessoptimist (blog copy)',
    'https://the-pessoptimist.blogspot.com/2015/12/israeli-turkish-reconcilitaion-in-making.html',
    '2015-12-18',
    'C',
    3,
  ),
  istanbulpostDec17: source(
    'Turkish official: Turkey, Israel In Talks, May Reach Deal Soon',
    'Istanbul Post',
    'https://www.istanbulpost.com.tr/turkish-official-turkey-israel-in-talks-may-reach-deal-soon/',
    '2015-12-17',
    'C',
    3,
  ),
  kunaJun27: source(
    'Turkey, Israel reach reconciliation agreement (KUNA)',
    'MENA Focus',
    'https://menafocus.qa/turkey-israel-reach-reconciliation-agreement/',
    '2016-06-27',
    'C',
    2,
  ),
  trendJun27: source(
    'Turkey, Israel to ink agreement on normalization of relations (Trend)',
    'Azerbaijan News Gazette',
    'https://azerbaijannewsgazette.com/turkey-israel-to-ink-agreement-on-normalization-of-relations/',
    '2016-06-27',
    'C',
    2,
  ),
  hdnJun28: source(
    'Turkey, Israel sign deal to normalize ties',
    'Hürriyet Daily News',
    'https://hurriyetdailynews.com/amp/turkey-israel-sign-deal-to-normalize-ties-100997',
    '2016-06-28',
    'B',
    2,
  ),
  sputnikJun28: source(
    'Turkey, Israel Sign Agreement on Normalization of Bilateral Ties',
    'Sputnik',
    'https://sputnikglobe.com/20160628/turkey-israel-bilateral-ties-1042062613.html',
    '2016-06-28',
    'D',
    2,
  ),
  quatroAug20: source(
    'Turkey approved normalization deal with Israel',
    'Quatro Strategies',
    'https://www.quatrostrategies.com/2016/08/20/turkey-approved-normalization-deal-with-israel/',
    '2016-08-20',
    'C',
    2,
  ),
  haaretzSep30: source(
    'Israel Pays Turkey $20 Million in Reparations Agreed Upon in Reconciliation Deal',
    'Haaretz',
    'https://www.haaretz.com/israel-news/.premium-israel-pays-turkey-20-million-in-reparations-1.5444873',
    '2016-09-30',
    'B',
    2,
  ),
  aaSep30: source(
    'Israel pays Turkey $20M compensation over Mavi Marmara (Anadolu Agency)',
    'US Muslims (copy)',
    'http://www.usmuslims.com/israel-pays-turkey-20m-compensation-over-mavi-marmara-9213h.htm',
    '2016-09-30',
    'C',
    2,
  ),
  jpostNov15: source(
    'Israel names new ambassador to Turkey',
    'The Jerusalem Post',
    'https://jpost.com/israel-news/politics-and-diplomacy/israel-names-new-ambassador-to-turkey-472756',
    '2016-11-15',
    'B',
    2,
  ),
  hdnNov16: source(
    'President announces Kemal Ökem as Turkey’s new ambassador to Israel',
    'Hürriyet Daily News',
    'https://www.hurriyetdailynews.com/president-announces-kemal-okem-as-turkeys-new-ambassador-to-israel-106179',
    '2016-11-16',
    'B',
    2,
  ),
  albawabaNov22: source(
    'Just after mending ties, Erdogan compares Israeli actions in Gaza to Nazi leader Adolf Hitler (AFP)',
    'Al Bawaba',
    'https://www.albawaba.me/news/just-after-mending-ties-erdogan-compares-israeli-actions-gaza-nazi-leader-adolf-hitler-907100',
    '2016-11-22',
    'C',
    2,
  ),
  hdnDec1: source(
    'New Israeli ambassador arrives in Ankara after rapprochement',
    'Hürriyet Daily News',
    'https://www.hurriyetdailynews.com/new-israeli-ambassador-arrives-in-ankara-after-rapprochement--106747',
    '2016-12-01',
    'B',
    2,
  ),
  hdnDec12: source(
    'Turkish ambassador to Israel submits credentials in Tel Aviv',
    'Hürriyet Daily News',
    'https://www.hurriyetdailynews.com/turkish-ambassador-to-israel-submits-credentials-in-tel-aviv-107205',
    '2016-12-12',
    'B',
    2,
  ),
};

const D = {
  apology: 'apology-for-the-raid',
  compensation: 'compensation-for-the-victims',
  blockade: 'lift-the-gaza-blockade',
  hamas: 'close-hamas-command-in-turkey',
};
const R = {
  geneva2010: 'geneva-2010-12',
  geneva2012: 'geneva-2012-11',
  ankara2013: 'ankara-compensation-2013-04',
  jerusalem2013: 'jerusalem-compensation-2013-05',
  zurich2015: 'zurich-2015-12',
  rome2016: 'rome-2016-06',
};
const U = { planB: 'plan-b-2011-09-01' };
const AGREEMENT = 'normalisation-2016-06-28';
const O = {
  apology: 'apology-call-2013-03-22',
  signing: 'normalisation-signed-2016-06-28',
  credentials: 'okem-credentials-2016-12-12',
};
const MARMARA = 'Mavi Marmara, international waters off Gaza';

const events = [
  // ===== 31 May 2010: the raid and the recall =====
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '2010-05-31', recordedAt: rec('2010-05-31', '16:00') },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Israel – Türkiye, the Mavi Marmara crisis and the normalisation, 2010–16',
      subject:
        'The Israeli navy’s raid on the Gaza flotilla ship Mavi Marmara (31 May 2010) and the Turkish nationals killed; Türkiye’s demands (an apology, compensation, the Gaza blockade lifted), the downgrade of relations, the apology of 2013, the compensation talks and the normalisation agreement of June 2016',
      parties: [ISRAEL, TURKIYE],
      mediators: [],
    },
    [S.rferlMay31, S.cnnMay31],
  ),
  ev(
    'IncidentReported',
    'inc-raid',
    { occurredAt: '2010-05-31', recordedAt: rec('2010-05-31', '16:05') },
    {
      incidentId: 'mavi-marmara-raid-2010-05-31',
      kind: 'lethal-force',
      perpetrator: 'israel',
      against: 'turkiye',
      target: 'Passengers of the Mavi Marmara, the Turkish-flagged ship leading the Gaza flotilla (IHH)',
      place: MARMARA,
      fatalities: { min: 9, max: 10 },
      civilianFatalities: { min: 9, max: 10 },
      description:
        'Israeli naval commandos board the six-ship flotilla trying to break the naval blockade of Gaza, 72 nautical miles from land; on the Mavi Marmara, nine passengers (eight Turks and a Turkish-American) are killed and dozens wounded, several soldiers injured. Israel says its commandos were attacked with clubs and knives and acted in self-defence; the activists say the commandos opened fire as they landed.',
    },
    [S.rferlMay31, S.cnnMay31, S.ynetMay31],
    { note: 'The first reports gave ten dead; the count settled at nine. See the correction of July 2014.' },
  ),
  ev(
    'StatementMade',
    'stmt-yenel-may31',
    { occurredAt: '2010-05-31', recordedAt: rec('2010-05-31', '16:10') },
    {
      speaker: YENEL,
      audience: 'israel',
      tone: 'accusation',
      summary:
        'Israel’s ambassador is called in and warned of "irreversible damage" to relations; the raid in international waters is "a gross violation of international law"; Türkiye calls for an emergency meeting of the UN Security Council.',
      quote: 'This happened in international waters, and this was a gross violation of international law.',
    },
    [S.rferlMay31],
  ),
  ev(
    'StatementMade',
    'stmt-arinc-may31',
    { occurredAt: '2010-05-31', recordedAt: rec('2010-05-31', '16:15') },
    {
      speaker: ARINC,
      audience: 'israel',
      tone: 'accusation',
      summary:
        'Türkiye withdraws its ambassador to Israel, cancels three joint military exercises and calls its youth football team home; the raid is "piracy" and "will leave a bloody stain on the history of humanity". Arınç rules out deploying Turkish warships.',
      quote: 'It will leave a bloody stain on the history of humanity.',
    },
    [S.cnnMay31, S.ynetMay31],
    { cameo: '161' },
  ),
  // ===== June 2010: the demands and the overflight ban =====
  ev(
    'DemandTabled',
    'dem-apology',
    { occurredAt: '2010-06-27', recordedAt: rec('2010-06-28') },
    {
      demandId: D.apology,
      by: 'turkiye',
      addressedTo: ['israel'],
      text: 'A formal apology for the raid on the Mavi Marmara',
      category: 'political',
    },
    [S.voaJun28],
    {
      note: 'Restated by Erdoğan at the G20 in Toronto; first voiced in the days after the raid (no dated source read).',
    },
  ),
  ev(
    'DemandTabled',
    'dem-compensation',
    { occurredAt: '2010-06-27', recordedAt: rec('2010-06-28', '18:01') },
    {
      demandId: D.compensation,
      by: 'turkiye',
      addressedTo: ['israel'],
      text: 'Compensation for the Turkish citizens killed and wounded in the raid',
      category: 'economic',
    },
    [S.voaJun28],
  ),
  ev(
    'DemandTabled',
    'dem-blockade',
    { occurredAt: '2010-06-27', recordedAt: rec('2010-06-28', '18:02') },
    {
      demandId: D.blockade,
      by: 'turkiye',
      addressedTo: ['israel'],
      text: 'Lift the blockade of the Gaza Strip',
      category: 'humanitarian',
    },
    [S.voaJun28],
  ),
  ev(
    'StatementMade',
    'stmt-erdogan-jun28',
    { occurredAt: '2010-06-27', recordedAt: rec('2010-06-29') },
    {
      speaker: ERDOGAN_PM,
      audience: 'israel',
      tone: 'critical',
      summary:
        'Erdoğan confirms that Türkiye has barred Israeli military aircraft from its airspace since the raid (an Israeli transport plane carrying officers to Poland was made to detour); officials say the ban is applied case by case, civil flights unaffected. Relations will be normalised only once Israel meets Türkiye’s demands.',
    },
    [S.voaJun28, S.rnzJun29],
    { cameo: '163' },
  ),
  // ===== December 2010: the Carmel fire and Geneva =====
  ev(
    'StatementMade',
    'stmt-netanyahu-dec3',
    { occurredAt: '2010-12-03', precision: 'approximate', recordedAt: rec('2010-12-05') },
    {
      speaker: NETANYAHU,
      audience: 'turkiye',
      tone: 'conciliatory',
      summary:
        'Netanyahu telephones Erdoğan to thank him for the two firefighting planes Türkiye sent against the Carmel forest fire, and hopes it will be a gateway to better relations.',
    },
    [S.haaretzDec5],
  ),
  ev(
    'TalksRoundOpened',
    'round-geneva-2010-opened',
    { occurredAt: '2010-12-05', recordedAt: rec('2010-12-05', '18:05') },
    {
      roundId: R.geneva2010,
      label: 'Ciechanover – Sinirlioğlu meeting in Geneva',
      format: 'informal',
      venue: 'Geneva',
      delegations: [
        {
          actorId: 'israel',
          head: { name: 'Joseph Ciechanover', title: 'Envoy of the Prime Minister', actorId: 'israel' },
        },
        {
          actorId: 'turkiye',
          head: {
            name: 'Feridun Sinirlioğlu',
            title: 'Undersecretary, Ministry of Foreign Affairs',
            actorId: 'turkiye',
          },
        },
      ],
    },
    [S.haaretzDec5],
  ),
  ev(
    'TalksRoundConcluded',
    'round-geneva-2010-concluded',
    { occurredAt: '2010-12-06', recordedAt: rec('2010-12-08') },
    {
      roundId: R.geneva2010,
      outcome: 'progress',
      summary:
        'Turkish diplomatic sources call the two days of talks "very positive"; a reported formula (an Israeli apology and compensation, ambassadors returned) is not confirmed by Jerusalem. Nothing is signed.',
    },
    [S.australianDec8],
  ),
  // ===== September 2011: the ultimatum, the Palmer report, the downgrade, the warships =====
  ev(
    'ActorRegistered',
    'actor-un',
    { occurredAt: '2011-09-01', recordedAt: rec('2011-09-01', '17:00') },
    { actor: UN, role: 'third-party' },
    [S.jtaSep1],
  ),
  ev(
    'UltimatumIssued',
    'ult-plan-b',
    { occurredAt: '2011-09-01', recordedAt: rec('2011-09-01', '17:05') },
    {
      ultimatumId: U.planB,
      by: 'turkiye',
      to: ['israel'],
      demandIds: [D.apology],
      deadline: '2011-09-02',
      consequences:
        '"Plan B": sanctions "well known by Israel and some other international parties", a further downgrade of ties; no further delay of the UN report accepted.',
    },
    [S.jtaSep1, S.jpostSep1],
    {
      note: 'Davutoğlu in Sarajevo, to Today’s Zaman and Hürriyet: "For us the deadline is the day the U.N. report gets released, or we resort to Plan B."',
    },
  ),
  ev(
    'PositionTaken',
    'pos-israel-apology-rejected',
    { occurredAt: '2011-09-01', recordedAt: rec('2011-09-01', '17:10') },
    {
      demandId: D.apology,
      actorId: 'israel',
      stance: 'rejected',
      conditions: 'Israel offers "regret", not an apology; its commandos acted in self-defence.',
      speaker: IL_DIPLO,
    },
    [graded(S.jpostSep1, 3), S.jtaSep1],
  ),
  ev(
    'StatementMade',
    'stmt-palmer-sep2',
    { occurredAt: '2011-09-02', recordedAt: rec('2011-09-03', '08:00') },
    {
      speaker: PALMER,
      tone: 'neutral',
      summary:
        'The UN panel’s report: the naval blockade of Gaza is "a legitimate security measure" and lawful; the boarding "with such substantial force at a great distance from the blockade zone and with no final warning" was "excessive and unreasonable"; the loss of life unacceptable. Israel should express regret and pay compensation.',
    },
    [S.rnzSep3, S.jpostSep2],
  ),
  ev(
    'StatementMade',
    'stmt-davutoglu-sep2',
    { occurredAt: '2011-09-02', recordedAt: rec('2011-09-03', '08:05') },
    {
      speaker: DAVUTOGLU,
      audience: 'israel',
      tone: 'critical',
      summary:
        'Relations are reduced to second-secretary level (Israel’s ambassador and all diplomats above that level to leave by Wednesday); all military agreements are suspended; Türkiye will take measures for freedom of navigation in the eastern Mediterranean, no longer recognises the blockade and will take it to the International Court of Justice, and will support the flotilla victims in court. "It is time Israel pays a price."',
      quote: 'Turkey-Israel diplomatic relations have been reduced to a second secretary level.',
    },
    [S.jpostSep2, S.btSep2, S.rnzSep3],
    { cameo: '161' },
  ),
  ev(
    'UltimatumResolved',
    'ult-plan-b-enforced',
    { occurredAt: '2011-09-02', recordedAt: rec('2011-09-03', '08:10') },
    {
      ultimatumId: U.planB,
      resolution: 'enforced',
      summary:
        'No apology came by the report’s release: Türkiye expels Israel’s ambassador and suspends military agreements.',
    },
    [S.jpostSep2, S.btSep2],
  ),
  ev(
    'StatementMade',
    'stmt-erdogan-sep8',
    { occurredAt: '2011-09-08', recordedAt: rec('2011-09-08', '22:00') },
    {
      speaker: ERDOGAN_PM,
      audience: 'israel',
      tone: 'military-threat',
      summary:
        'To Al Jazeera: Turkish warships will escort Turkish aid ships bound for Gaza and will not let them be attacked by Israel again; Türkiye has also taken steps to stop Israel exploiting the eastern Mediterranean’s resources unilaterally.',
      quote:
        'Turkish warships, in the first place, are authorized to protect our ships that carry humanitarian aid to Gaza. From now on, we will not let these ships to be attacked by Israel, as what happened with the Freedom Flotilla.',
    },
    [S.reutersSep8],
  ),
  ev(
    'StatementMade',
    'stmt-barak-sep8',
    { occurredAt: '2011-09-08', recordedAt: rec('2011-09-08', '22:05') },
    {
      speaker: BARAK,
      audience: 'turkiye',
      tone: 'conciliatory',
      summary: 'Barak says Israel and Türkiye will eventually mend fences rather than become foes.',
    },
    [S.reutersSep8],
  ),
  ev(
    'StatementMade',
    'stmt-meridor-sep9',
    { occurredAt: '2011-09-09', recordedAt: rec('2011-09-09') },
    {
      speaker: MERIDOR,
      audience: 'turkiye',
      tone: 'critical',
      summary:
        'Meridor on army radio: Erdoğan’s remarks are "grave and serious", but Israel has no wish to add to the polemic and will not reply.',
      quote: 'These remarks are grave and serious, but we have no wish to add to the polemic.',
    },
    [S.ajSep9],
  ),
  ev(
    'PositionTaken',
    'pos-israel-blockade-rejected',
    { occurredAt: '2011-09-08', recordedAt: rec('2011-09-09', '18:05') },
    {
      demandId: D.blockade,
      actorId: 'israel',
      stance: 'rejected',
      conditions: 'Israel will enforce the blockade, which it says is needed to stop arms reaching Hamas.',
      speaker: IL_MFA,
    },
    [S.reutersSep8],
  ),
  // ===== November 2012: Geneva again =====
  ev(
    'TalksRoundOpened',
    'round-geneva-2012-opened',
    { occurredAt: '2012-11-20', precision: 'approximate', recordedAt: rec('2012-11-25') },
    {
      roundId: R.geneva2012,
      label: 'Ciechanover – Sinirlioğlu meeting in Geneva',
      format: 'informal',
      venue: 'Geneva',
    },
    [S.haaretzNov25],
    { note: '"Last week" by Haaretz’s report of 25 November; dated approximately.' },
  ),
  ev(
    'TalksRoundConcluded',
    'round-geneva-2012-concluded',
    { occurredAt: '2012-11-20', precision: 'approximate', recordedAt: rec('2012-11-25', '18:05') },
    {
      roundId: R.geneva2012,
      outcome: 'no-progress',
      summary:
        'An informal meeting; Davutoğlu: "We are prepared to talk if the Israelis say they are prepared to fulfill our conditions." Nothing agreed.',
    },
    [S.haaretzNov25],
  ),
  ev(
    'StatementMade',
    'stmt-davutoglu-nov25',
    { occurredAt: '2012-11-24', precision: 'approximate', recordedAt: rec('2012-11-25', '18:10') },
    {
      speaker: DAVUTOGLU,
      audience: 'israel',
      tone: 'critical',
      summary:
        'To CNN Türk: Türkiye will make no concession on its terms — an apology, compensation for the dead and wounded, the Gaza blockade removed.',
    },
    [S.haaretzNov25],
  ),
  // ===== February – May 2013: Zionism, the apology, the compensation talks =====
  ev(
    'StatementMade',
    'stmt-erdogan-feb27',
    { occurredAt: '2013-02-27', recordedAt: rec('2013-02-28') },
    {
      speaker: ERDOGAN_PM,
      audience: 'UN Alliance of Civilizations forum, Vienna',
      tone: 'accusation',
      summary: 'Erdoğan calls Zionism, like anti-Semitism and fascism, a crime against humanity.',
      quote:
        'Just like Zionism, anti-Semitism and fascism, it becomes unavoidable that Islamophobia must be regarded as a crime against humanity.',
    },
    [S.haaretzFeb28],
  ),
  ev(
    'StatementMade',
    'stmt-netanyahu-feb28',
    { occurredAt: '2013-02-28', recordedAt: rec('2013-03-01') },
    {
      speaker: NETANYAHU,
      audience: 'turkiye',
      tone: 'critical',
      summary:
        'Netanyahu’s office strongly condemns Erdoğan’s words: "a dark and false statement" of a kind thought to belong to the past.',
    },
    [S.interiaMar1],
  ),
  ev(
    'ActorRegistered',
    'actor-usa',
    { occurredAt: '2013-03-22', recordedAt: rec('2013-03-22', '20:00') },
    { actor: USA, role: 'third-party' },
    [S.politicoMar22],
  ),
  ev(
    'StatementMade',
    'stmt-netanyahu-apology',
    { occurredAt: '2013-03-22', recordedAt: rec('2013-03-22', '20:05') },
    {
      speaker: NETANYAHU,
      audience: 'turkiye',
      tone: 'conciliatory',
      summary:
        'By telephone from Ben Gurion airport, with Obama present, Netanyahu apologises to the Turkish people "for any mistakes that might have led to the loss of life or injury", citing operational mistakes, and agrees to conclude an agreement on compensation/non-liability; the two agree to normalise relations, return ambassadors and, on Türkiye’s part, cancel the legal proceedings against Israeli soldiers.',
      quote:
        'The Prime Minister expressed Israel’s apology to the Turkish people for any mistakes that might have led to the loss of life or injury.',
    },
    [S.cableMar22, S.politicoMar22],
    { cameo: '055', occurrence: O.apology },
  ),
  ev(
    'PositionTaken',
    'pos-israel-apology-accepted',
    { occurredAt: '2013-03-22', recordedAt: rec('2013-03-22', '20:10') },
    { demandId: D.apology, actorId: 'israel', stance: 'accepted', speaker: NETANYAHU },
    [S.cableMar22, S.politicoMar22],
    { occurrence: O.apology },
  ),
  ev(
    'PositionTaken',
    'pos-israel-compensation-in-principle',
    { occurredAt: '2013-03-22', recordedAt: rec('2013-03-22', '20:15') },
    {
      demandId: D.compensation,
      actorId: 'israel',
      stance: 'accepted-in-principle',
      conditions: 'An agreement on compensation/non-liability to be concluded.',
      speaker: NETANYAHU,
    },
    [S.cableMar22],
    { occurrence: O.apology },
  ),
  ev(
    'StatementMade',
    'stmt-erdogan-accepts',
    { occurredAt: '2013-03-22', recordedAt: rec('2013-03-22', '20:20') },
    {
      speaker: ERDOGAN_PM,
      audience: 'israel',
      tone: 'conciliatory',
      summary:
        'Erdoğan accepts the apology on behalf of the Turkish people, a "first step" toward normalisation (US officials).',
    },
    [S.politicoMar22],
    { occurrence: O.apology },
  ),
  ev(
    'ThirdPartyEngagement',
    'tpe-obama-mar22',
    { occurredAt: '2013-03-22', recordedAt: rec('2013-03-22', '20:25') },
    {
      actorId: 'united-states',
      counterparts: ['israel', 'turkiye'],
      kind: 'meeting',
      summary:
        'Obama, who had pressed both leaders for two years, joins the call briefly and welcomes it: the United States attaches "great importance to the restoration of positive relations between them".',
    },
    [S.politicoMar22],
  ),
  ev(
    'TalksRoundOpened',
    'round-ankara-2013-opened',
    { occurredAt: '2013-04-22', recordedAt: rec('2013-04-22', '22:00') },
    {
      roundId: R.ankara2013,
      label: 'Compensation talks in Ankara',
      format: 'technical',
      venue: 'Ankara (Ministry of Foreign Affairs)',
      delegations: [
        { actorId: 'israel', head: { name: 'Yaakov Amidror', title: 'National Security Adviser', actorId: 'israel' } },
        {
          actorId: 'turkiye',
          head: {
            name: 'Feridun Sinirlioğlu',
            title: 'Undersecretary, Ministry of Foreign Affairs',
            actorId: 'turkiye',
          },
        },
      ],
    },
    [S.cnnApr22],
  ),
  ev(
    'TalksRoundConcluded',
    'round-ankara-2013-concluded',
    { occurredAt: '2013-04-22', recordedAt: rec('2013-04-23') },
    {
      roundId: R.ankara2013,
      outcome: 'progress',
      summary:
        'A "positive" meeting (Arınç): no amount discussed; the principles and parameters for calculating compensation were set, to be announced once a complete agreement is approved.',
    },
    [S.hdnApr23, S.cnnApr22],
  ),
  ev(
    'TalksRoundOpened',
    'round-jerusalem-2013-opened',
    { occurredAt: '2013-05-07', precision: 'approximate', recordedAt: rec('2013-05-08') },
    {
      roundId: R.jerusalem2013,
      label: 'Compensation talks in Jerusalem',
      format: 'technical',
      venue: 'Jerusalem',
      delegations: [
        { actorId: 'israel', head: { name: 'Yaakov Amidror', title: 'National Security Adviser', actorId: 'israel' } },
        { actorId: 'turkiye', head: ARINC },
      ],
    },
    [S.ejpMay8],
  ),
  ev(
    'TalksRoundConcluded',
    'round-jerusalem-2013-concluded',
    { occurredAt: '2013-05-07', precision: 'approximate', recordedAt: rec('2013-05-08', '18:05') },
    {
      roundId: R.jerusalem2013,
      outcome: 'progress',
      summary:
        '"The delegations reached an agreed draft, but further clarifications are required on certain subjects" (Netanyahu’s office); an agreement expected "in the near future".',
    },
    [S.ejpMay8],
  ),
  // ===== 2014: conditions, and the Gaza war =====
  ev(
    'StatementMade',
    'stmt-erdogan-apr1',
    { occurredAt: '2014-04-01', recordedAt: rec('2014-04-05') },
    {
      speaker: ERDOGAN_PM,
      audience: 'israel',
      tone: 'critical',
      summary:
        'No normalisation until Israel lifts the blockade of Gaza and signs a protocol: the apology was made, compensation is still being discussed; without the blockade lifted "nothing has happened".',
    },
    [S.memoApr5],
  ),
  ev(
    'StatementMade',
    'stmt-erdogan-jul11',
    { occurredAt: '2014-07-11', recordedAt: rec('2014-07-11', '20:00') },
    {
      speaker: ERDOGAN_PM,
      audience: 'israel',
      tone: 'critical',
      summary:
        'As Israel’s offensive on Gaza goes on, normalisation is "not possible" while the escalation continues; the paper "was waiting at Netanyahu’s desk, but this takes away all of it".',
    },
    [S.monitorJul11],
  ),
  ev(
    'TalksSuspended',
    'susp-turkiye-jul15',
    { occurredAt: '2014-07-15', recordedAt: rec('2014-07-15', '20:00') },
    {
      by: 'turkiye',
      temporary: true,
      reason:
        'Erdoğan to his party’s deputies: "Normalization of our ties is impossible while massacres in Palestine continue"; a ceasefire is not enough, the embargo on Gaza must be lifted.',
    },
    [S.bloombergJul15, S.afpJul15],
  ),
  ev(
    'StatementMade',
    'stmt-erdogan-jul15',
    { occurredAt: '2014-07-15', recordedAt: rec('2014-07-15', '20:05') },
    {
      speaker: ERDOGAN_PM,
      audience: 'israel',
      tone: 'accusation',
      summary: 'Erdoğan accuses Israel of "state terrorism" and a "genocide attempt" against the Palestinians.',
      quote: 'Israel is continuing to carry out state terrorism in the region. Nobody, except us, tells it to stop.',
    },
    [S.afpJul15, S.bloombergJul15],
  ),
  ev(
    'EventCorrected',
    'corr-raid-toll',
    { occurredAt: '2014-07-15', recordedAt: rec('2014-07-15', '20:10') },
    {
      eventId: idOf('inc-raid'),
      changes: { data: { fatalities: { min: 10, max: 10 }, civilianFatalities: { min: 10, max: 10 } } },
      reason: 'A tenth passenger wounded in the raid has died in hospital (Bloomberg): ten Turkish nationals killed.',
    },
    [S.bloombergJul15],
  ),
  ev(
    'StatementMade',
    'stmt-erdogan-jul19',
    { occurredAt: '2014-07-19', recordedAt: rec('2014-07-20') },
    {
      speaker: ERDOGAN_PM,
      audience: 'rally in Ordu',
      tone: 'accusation',
      summary:
        'Israel has "surpassed Hitler in barbarism" in Gaza; Erdoğan warns Turks against taking their anger out on Turkey’s Jews.',
      quote: 'Those who condemn Hitler day and night have surpassed Hitler in barbarism.',
    },
    [S.reutersJul20, S.worldbulletinJul19],
  ),
  ev(
    'StatementMade',
    'stmt-erdogan-aug3',
    { occurredAt: '2014-08-03', recordedAt: rec('2014-08-04') },
    {
      speaker: ERDOGAN_PM,
      audience: 'campaign rally in Istanbul',
      tone: 'accusation',
      summary:
        'Israel kills Palestinian women and children deliberately, "just like Hitler" seeking a race free of faults; "they will drown in the blood they shed".',
    },
    [S.newslinesAug4],
  ),
  // ===== December 2015: Zurich =====
  ev(
    'StatementMade',
    'stmt-erdogan-dec13',
    { occurredAt: '2015-12-13', recordedAt: rec('2015-12-14') },
    {
      speaker: ERDOGAN,
      audience: 'israel',
      tone: 'conciliatory',
      summary:
        'Normalisation with Israel is possible if compensation is finalised and the blockade lifted; "there is so much that we, Israel, Palestine and the region can gain" from it.',
    },
    [S.apDec14],
  ),
  ev(
    'ActorRegistered',
    'actor-hamas',
    { occurredAt: '2015-12-15', recordedAt: rec('2015-12-15', '20:00') },
    { actor: HAMAS, role: 'third-party' },
    [S.innDec15],
  ),
  ev(
    'DemandTabled',
    'dem-hamas',
    { occurredAt: '2015-12-15', recordedAt: rec('2015-12-15', '20:05') },
    {
      demandId: D.hamas,
      by: 'israel',
      addressedTo: ['turkiye'],
      text: 'Shut down Hamas’s command in Istanbul and bar Hamas from military activity in Turkey',
      category: 'security',
    },
    [S.innDec15],
    { note: 'A senior Israeli official to Haaretz, relayed by Arutz Sheva: unnamed, graded 3.' },
  ),
  ev(
    'TalksResumed',
    'resumed-zurich',
    { occurredAt: '2015-12-16', recordedAt: rec('2015-12-17', '17:55') },
    { by: 'turkiye', reason: 'The reconciliation talks resume: Israeli and Turkish teams meet in Switzerland.' },
    [S.toiDec17, S.istanbulpostDec17],
  ),
  ev(
    'TalksRoundOpened',
    'round-zurich-opened',
    { occurredAt: '2015-12-16', recordedAt: rec('2015-12-17') },
    {
      roundId: R.zurich2015,
      label: 'Reconciliation talks in Switzerland',
      format: 'informal',
      venue: 'Zurich',
      delegations: [
        {
          actorId: 'israel',
          head: { name: 'Joseph Ciechanover', title: 'Envoy of the Prime Minister', actorId: 'israel' },
        },
        {
          actorId: 'turkiye',
          head: {
            name: 'Feridun Sinirlioğlu',
            title: 'Undersecretary, Ministry of Foreign Affairs',
            actorId: 'turkiye',
          },
        },
      ],
    },
    [S.toiDec17, S.istanbulpostDec17],
  ),
  ev(
    'TalksRoundConcluded',
    'round-zurich-concluded',
    { occurredAt: '2015-12-16', recordedAt: rec('2015-12-18') },
    {
      roundId: R.zurich2015,
      outcome: 'progress',
      summary:
        'Understandings, by an Israeli official: a compensation fund for the victims, Turkish claims dropped, ambassadors returned, Saleh al-Arouri barred from Turkey, talks on a gas pipeline; a Turkish official: "We have not reached an agreement yet."',
    },
    [S.toiDec17, S.afpDec18, S.istanbulpostDec17],
  ),
  ev(
    'PositionTaken',
    'pos-turkiye-hamas',
    { occurredAt: '2015-12-16', recordedAt: rec('2015-12-18', '18:05') },
    {
      demandId: D.hamas,
      actorId: 'turkiye',
      stance: 'accepted-in-principle',
      conditions:
        'Türkiye will prevent Saleh al-Arouri from entering and acting from its territory (the Israeli account).',
    },
    [S.afpDec18],
  ),
  // ===== June 2016: Rome and the agreement =====
  ev(
    'StatementMade',
    'stmt-yildirim-jun27',
    { occurredAt: '2016-06-27', recordedAt: rec('2016-06-27') },
    {
      speaker: YILDIRIM,
      audience: 'israel',
      tone: 'conciliatory',
      summary:
        'Yıldırım announces the deal to normalise relations, to be signed on 28 June: $20 million in compensation, ambassadors exchanged after it enters into force, a ship with 10,000 tons of aid for Gaza through Ashdod on 1 July.',
    },
    [S.kunaJun27, S.trendJun27],
  ),
  ev(
    'TalksRoundOpened',
    'round-rome-opened',
    { occurredAt: '2016-06-26', recordedAt: rec('2016-06-28', '12:00') },
    { roundId: R.rome2016, label: 'Final round in Rome', format: 'formal', venue: 'Rome' },
    [S.hdnJun28],
  ),
  ev(
    'TalksRoundConcluded',
    'round-rome-concluded',
    { occurredAt: '2016-06-26', recordedAt: rec('2016-06-28', '12:05') },
    {
      roundId: R.rome2016,
      outcome: 'agreement',
      summary: 'The two teams agree the last draft of the normalisation agreement.',
    },
    [S.hdnJun28],
  ),
  ev(
    'AgreementReached',
    'agr-normalisation',
    { occurredAt: '2016-06-28', recordedAt: rec('2016-06-28', '18:00') },
    {
      agreementId: AGREEMENT,
      kind: 'comprehensive',
      provisions: [
        'Israel pays $20 million in compensation to the families of the Mavi Marmara victims',
        'All claims against Israeli soldiers in Turkey dropped; Israeli nationals not held liable',
        'Ambassadors exchanged and relations normalised',
        'Turkish humanitarian aid and infrastructure projects for Gaza (housing, a hospital, a power station, a desalination plant) through Israel’s Ashdod port',
      ],
      signatories: ['israel', 'turkiye'],
      textPublic: false,
      roundId: R.rome2016,
      status: 'signed',
    },
    [S.hdnJun28, S.sputnikJun28],
    {
      occurrence: O.signing,
      note: 'Signed by Dore Gold (Israel’s Foreign Ministry) in Tel Aviv or Rome and Feridun Sinirlioğlu in Ankara or Rome: the reports differ on where.',
    },
  ),
  ev(
    'PositionTaken',
    'pos-israel-compensation-accepted',
    { occurredAt: '2016-06-28', recordedAt: rec('2016-06-28', '18:05') },
    {
      demandId: D.compensation,
      actorId: 'israel',
      stance: 'accepted',
      conditions: '$20 million, against claims dropped.',
    },
    [S.hdnJun28],
    { occurrence: O.signing },
  ),
  ev(
    'DemandAmended',
    'dem-blockade-amended',
    { occurredAt: '2016-06-28', recordedAt: rec('2016-06-28', '18:10') },
    {
      demandId: D.blockade,
      text: 'Turkish humanitarian aid and reconstruction for Gaza, through Israel’s Ashdod port',
      reason:
        'Türkiye gave up its demand that Israel lift the naval blockade; the agreement gives aid and projects through Ashdod.',
    },
    [S.hdnJun28],
    { occurrence: O.signing },
  ),
  ev(
    'PositionTaken',
    'pos-israel-blockade-accepted',
    { occurredAt: '2016-06-28', recordedAt: rec('2016-06-28', '18:15') },
    { demandId: D.blockade, actorId: 'israel', stance: 'accepted' },
    [S.hdnJun28],
    { occurrence: O.signing },
  ),
  ev(
    'AgreementStatusChanged',
    'agr-ratified-turkiye',
    { occurredAt: '2016-08-20', recordedAt: rec('2016-08-20') },
    {
      agreementId: AGREEMENT,
      status: 'ratified',
      by: 'turkiye',
      reason:
        'Turkey’s parliament approves the agreement before its summer recess (delayed by the failed coup of 15 July).',
    },
    [S.quatroAug20],
  ),
  ev(
    'AgreementStatusChanged',
    'agr-ratified-israel',
    { occurredAt: '2016-06-29', recordedAt: rec('2016-09-30', '12:00') },
    {
      agreementId: AGREEMENT,
      status: 'ratified',
      by: 'israel',
      reason: 'Israel’s security cabinet approves the agreement the day after its signing.',
    },
    [S.haaretzSep30],
  ),
  ev(
    'StatementMade',
    'stmt-compensation-paid',
    { occurredAt: '2016-09-30', recordedAt: rec('2016-09-30', '18:05') },
    {
      speaker: TR_DIPLO,
      audience: 'israel',
      tone: 'conciliatory',
      summary:
        'Israel has paid the $20 million in compensation under the agreement, to be distributed to the families of the victims.',
    },
    [S.aaSep30, S.haaretzSep30],
  ),
  // ===== November – December 2016: the ambassadors =====
  ev(
    'StatementMade',
    'stmt-israel-naeh',
    { occurredAt: '2016-11-15', recordedAt: rec('2016-11-15') },
    {
      speaker: IL_MFA,
      audience: 'turkiye',
      tone: 'conciliatory',
      summary: 'The Foreign Ministry’s appointments committee names Eitan Na’eh ambassador to Türkiye.',
    },
    [S.jpostNov15],
  ),
  ev(
    'StatementMade',
    'stmt-erdogan-okem',
    { occurredAt: '2016-11-16', recordedAt: rec('2016-11-16') },
    {
      speaker: ERDOGAN,
      audience: 'israel',
      tone: 'conciliatory',
      summary: 'Erdoğan names Kemal Ökem ambassador to Israel: "He took up the position yesterday."',
    },
    [S.hdnNov16],
  ),
  ev(
    'StatementMade',
    'stmt-erdogan-uvda',
    { occurredAt: '2016-11-21', precision: 'approximate', recordedAt: rec('2016-11-22') },
    {
      speaker: ERDOGAN,
      audience: 'Israel’s Channel 2 (Uvda)',
      tone: 'accusation',
      summary:
        'In his first interview with Israeli television since the agreement, Erdoğan likens Israel’s actions in Gaza to Hitler’s and calls Israel’s account of the Mavi Marmara boarding "all lies".',
      quote: 'I do not agree with what Hitler did and I also do not agree with what Israel did in Gaza.',
    },
    [S.albawabaNov22],
  ),
  ev(
    'StatementMade',
    'stmt-naeh-dec1',
    { occurredAt: '2016-12-01', recordedAt: rec('2016-12-01') },
    {
      speaker: NAEH,
      audience: 'turkiye',
      tone: 'conciliatory',
      summary:
        'Israel’s new ambassador arrives in Ankara; after Türkiye’s help against the wildfires in Israel, the two countries "have a history of helping each other in times of need".',
    },
    [S.hdnDec1],
  ),
  ev(
    'StatementMade',
    'stmt-rivlin-dec12',
    { occurredAt: '2016-12-12', recordedAt: rec('2016-12-12') },
    {
      speaker: RIVLIN,
      audience: 'turkiye',
      tone: 'conciliatory',
      summary:
        'Ökem presents his credentials, the first Turkish ambassador in Israel in six years; Rivlin: "I hope that the reconciliation and the new appointments will turn a new leaf".',
    },
    [S.hdnDec12],
    { occurrence: O.credentials },
  ),
  ev(
    'StatementMade',
    'stmt-okem-dec12',
    { occurredAt: '2016-12-12', recordedAt: rec('2016-12-12', '18:05') },
    {
      speaker: OKEM,
      audience: 'israel',
      tone: 'conciliatory',
      summary:
        '"I present to you, with great appreciation, my letter of appointment as the Turkish ambassador to Israel."',
    },
    [S.hdnDec12],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'israel-turkey-2010.jsonl',
  logEnd: '2017-02-01T00:00:00Z',
  events,
};

export default definition;
