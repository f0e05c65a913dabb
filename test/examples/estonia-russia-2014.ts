/**
 * A test fixture, not a shipped example: Estonia and Russia from the seizure
 * of Estonian Internal Security Service (KaPo) officer Eston Kohver near the
 * Luhamaa border checkpoint (5 September 2014, two days after President
 * Obama's visit to Tallinn) to his exchange for Aleksei Dressen on the bridge
 * over the Piusa river (26 September 2015) and the months after — Estonia's
 * protests and its demand for his return, the FSB's account that he was
 * arrested on Russian soil on a spy mission, the charges (8 September 2014),
 * the EU's and the Nordic–Baltic ministers' calls for his release, the
 * custody extensions in Moscow, the EU's six-month statement (4 March 2015),
 * the trial in Pskov (June–August 2015) and the 15-year sentence (19 August
 * 2015), Moscow's answer to the protests (20 August), the exchange, and the
 * border treaty's ratification steps (Russia's government committee, 25
 * February 2015; the Riigikogu's first reading, 25 November 2015).
 * Escalation model v2 was never tuned on it: it is the case the model is held
 * to in estonia-russia-2014.spec.ts, against calls written from DOMAIN.md §5b
 * alone.
 *
 * What it tests: one party's official seized by the other and held for more
 * than a year, with no other force between the two; protests and demands
 * with no threat of force, no ultimatum and no border closed; a trial and a
 * sentence; an exchange that ends the detention; and the level after it.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the shared builder
 * (examples/case-builder.ts).
 *
 * Grading as in examples/README.md: B = established outlet or wire copy (ERR,
 * Postimees, The Baltic Times, AP through WTOP, RFE/RL, VOA, The Irish Times,
 * Onet/PAP, Diena.lt/Interfax-BNS, TASS for Russia's own statements, Baltic Course/LETA, the EU's own
 * statements and Estonia's embassies' releases of its foreign minister's
 * words); C = smaller outlet, mirror or wiki (a Wikipedia mirror, copies of
 * BBC, Dow Jones and Xinhua stories, an AFP copy on Expatica, Vaba Eesti Sõna's LETA/BNS
 * copy); 2 = on-record statement or act several outlets
 * agree on; 3 = one side's claim or an interpretation.
 *
 * Judgement calls, recorded as an analyst would:
 * - The pair is Estonia and Russia. The European Union (its spokesperson and
 *   High Representative) and the United States (its State Department) are
 *   third parties; their calls for the release are recorded for the story and
 *   do not make the pair's level. NATO and the OSCE are named by the sources
 *   (the seizure fell on the day NATO's Wales summit reasserted the defence of
 *   the Baltic states; the EU presented an OSCE statement on 5 March 2015), but
 *   no act of their own on the case was read: they are not registered.
 * - The seizure (5 September 2014) is recorded as Russia's `detention` of
 *   Estonia's people, allegedBy Estonia: Estonia's account (KaPo, the
 *   Prosecutor's Office, the border guards' joint protocol) is that men coming
 *   from Russia jammed radio links, threw a smoke grenade and took Kohver at
 *   gunpoint on Estonian soil; Russia's (the FSB) that he was arrested on its
 *   soil in the Pskov region on an intelligence mission. Both agree the FSB
 *   took and held him. No shot was fired and no one was hurt (KaPo: "no
 *   indications that a shooting occurred … no blood"): the force used is part
 *   of the seizure, not a clash; the crossing of the border is in the
 *   detention's description, not recorded as a second act (one fact counts
 *   once). The detention is in force until Russia's `release` of him at the
 *   exchange, recorded at the Piusa bridge (the place he was freed).
 * - Russia's charges and the FSB's account are Russia's accusations (tone
 *   `accusation`); Estonia's protests, its summoning of the ambassador and its
 *   demands are critical statements. No side threatened force, set a deadline
 *   or closed the border: no threat, ultimatum or border closure is recorded.
 *   The two border crossings closed during the exchange (FSB) were closed for
 *   the hand-over, not against the other party: not recorded as closures.
 * - The court steps (the Lefortovo court's remand and extensions, the Pskov
 *   hearings, the sentence) are Russia's neutral or accusing acts, recorded as
 *   statements of its courts; they do not start or end the detention.
 * - The exchange is recorded as Russia's `release` of Kohver, Russia's
 *   acceptance of Estonia's demand, and the two sides' statements (the FSB's,
 *   Interior Minister Pevkur's: Putin pardoned Kohver, Ilves pardoned
 *   Dressen). Dressen, an Estonian citizen serving a sentence for treason in
 *   Estonia, is not Russia's people held by Estonia: his handing over is no
 *   `release` by Estonia. The swap is NOT recorded as an AgreementReached: it
 *   was carried out the day it is first reported, and nothing of it remained
 *   to implement (KaPo's chief spoke of "long-term negotiations" before it, in
 *   copies of wire reports not cited here; no round of them is dated).
 * - The border treaty signed on 18 February 2014 (before the case opens) is
 *   NOT recorded as an agreement of this negotiation: it was ratified by
 *   neither side in the period, and its ratification steps are recorded as the
 *   two sides' conciliatory statements (Russia's government committee
 *   approving the bill, 25 February 2015; Estonia's first reading, 25
 *   November 2015). The Riigikogu's first reading of April 2014 falls before
 *   the case opens.
 * - Kaljurand's remarks of 7 December 2015 (work together where possible, the
 *   differences over Ukraine stand) are neutral, not critical of Russia's acts
 *   towards Estonia.
 * - Left out for want of a dated source read: Kaljurand's meeting with Lavrov
 *   in New York after the exchange (an Estonian embassy page, undated), the
 *   added charges of April 2015 (month only), the case's return from Pskov to
 *   Moscow in June 2015 (dates in the sources disagree), and the senators' and
 *   other states' statements after the sentence (not the pair's, and the story
 *   is carried by the EU's and the US's).
 */
import type { Actor, NegotiationEvent, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, retrospectiveClock, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'estonia-russia-2014';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 2014);
const when = retrospectiveClock('2026-12-07T04:00:00Z');

const ESTONIA: Actor = { id: 'estonia', name: 'Republic of Estonia', kind: 'state', aliases: ['Estonia', 'Tallinn'] };
const RUSSIA: Actor = { id: 'russia', name: 'Russian Federation', kind: 'state', aliases: ['Russia', 'Moscow'] };
const EU: Actor = {
  id: 'european-union',
  name: 'European Union',
  kind: 'international-organisation',
  aliases: ['EU', 'Brussels'],
};
const USA: Actor = {
  id: 'united-states',
  name: 'United States of America',
  kind: 'state',
  aliases: ['US', 'United States', 'Washington'],
};

const KAPO: Person = { name: 'Estonian Internal Security Service (KaPo)', actorId: 'estonia' };
const PAET: Person = { name: 'Urmas Paet', title: 'Minister of Foreign Affairs of Estonia', actorId: 'estonia' };
const ILVES: Person = { name: 'Toomas Hendrik Ilves', title: 'President of Estonia', actorId: 'estonia' };
const ROIVAS: Person = { name: 'Taavi Rõivas', title: 'Prime Minister of Estonia', actorId: 'estonia' };
const EST_MFA: Person = { name: 'Ministry of Foreign Affairs of Estonia', actorId: 'estonia' };
const PENTUS: Person = {
  name: 'Keit Pentus-Rosimannus',
  title: 'Minister of Foreign Affairs of Estonia',
  actorId: 'estonia',
};
const KALJURAND: Person = {
  name: 'Marina Kaljurand',
  title: 'Minister of Foreign Affairs of Estonia',
  actorId: 'estonia',
};
const PEVKUR: Person = { name: 'Hanno Pevkur', title: 'Minister of the Interior of Estonia', actorId: 'estonia' };
const EST_AUTHORITIES: Person = { name: 'Estonian authorities', actorId: 'estonia' };
const RIIGIKOGU: Person = { name: 'Riigikogu (Parliament of Estonia)', actorId: 'estonia' };
const FSB: Person = { name: 'Federal Security Service of Russia (FSB)', actorId: 'russia' };
const LEFORTOVO: Person = { name: 'Lefortovo District Court, Moscow', actorId: 'russia' };
const PSKOV_COURT: Person = { name: 'Pskov Regional Court', actorId: 'russia' };
const RU_GOV: Person = { name: 'Government of the Russian Federation', actorId: 'russia' };
const ZAKHAROVA: Person = {
  name: 'Maria Zakharova',
  title: 'Foreign Ministry spokeswoman of Russia',
  actorId: 'russia',
};
const EU_SPOKES: Person = { name: 'EEAS spokesperson', actorId: 'european-union' };
const MOGHERINI: Person = {
  name: 'Federica Mogherini',
  title: 'EU High Representative for Foreign Affairs',
  actorId: 'european-union',
};
const US_SENATORS: Person = {
  name: 'US Senators John McCain, John Barrasso and Sheldon Whitehouse',
  actorId: 'united-states',
};
const US_STATE: Person = { name: 'US Department of State', actorId: 'united-states' };

const S = {
  apSep5: source(
    'Estonia says security officer abducted to Russia (AP)',
    'WTOP',
    'http://wtop.com/236/3695911/Estonia-says-security-officer-abducted-to-Russia',
    '2014-09-05',
    'B',
    2,
  ),
  bbcSep5: source(
    "Estonia angry at Russia 'abduction' on border (BBC copy)",
    'eng-news.ru',
    'https://eng-news.ru/Estonia-angry-at-Russia-abduction-on-border-world',
    '2014-09-05',
    'C',
    2,
  ),
  xinhuaSep6: source(
    "Estonia seeks Russia's explanation after alleged abduction of security official (Xinhua copy)",
    'Elethos',
    'https://www.elethos.gr/2014/09/estonia-seeks-russias-explanation-after.html',
    '2014-09-06',
    'C',
    2,
  ),
  errSep6: source(
    "Update: 'Abducted' Estonian Security Police Official Held in Moscow Jail",
    'ERR News',
    'http://news.err.ee/113547/update-abducted-estonian-security-police-official-held-in-moscow-jail',
    '2014-09-06',
    'B',
    2,
  ),
  errSep8: source(
    'Estonian Authorities Still Barred From Meeting Captured Official',
    'ERR News',
    'http://news.err.ee/113550/estonian-authorities-still-barred-from-meeting-captured-official',
    '2014-09-08',
    'B',
    2,
  ),
  bbcSep8: source(
    "Russia 'blocks Estonia' over captive border security man (BBC copy)",
    'eng-news.ru',
    'https://eng-news.ru/Russia-blocks-Estonia-over-captive-border-security-man',
    '2014-09-08',
    'C',
    2,
  ),
  wikiKohver: source(
    'Eston Kohver (Wikipedia, May 2015 copy)',
    'the-uncensored-wiki.com',
    'http://the-uncensored-wiki.com:20151/2015-wikipedia_en_all_2015-05/A/Eston_Kohver.html',
    '2015-05-01',
    'C',
    2,
  ),
  euSep11: source(
    'EU: statement by the spokesperson on the abduction of the Estonian police officer',
    'EU Delegation to Serbia',
    'https://europa.rs/?lang=en&p=5399',
    '2014-09-11',
    'B',
    2,
  ),
  voaSep12: source(
    'European Countries Call for Release of Estonian Charged With Spying',
    'Voice of America',
    'https://voa.pangea-cms.com/preview/en-US/a/european-countries-call-for-release-of-estonian-charged-with-spying/2447583.html',
    '2014-09-12',
    'B',
    2,
  ),
  apSep12: source(
    "European countries condemn Estonian's abduction (AP)",
    'WTOP',
    'http://wtop.com/?nid=220&sid=3700495&comments=1',
    '2014-09-12',
    'B',
    2,
  ),
  dienaOct31: source(
    'Rusija pratęsė Estijos saugumo pareigūno E. Kohvero areštą iki sausio 5-osios (Interfax-BNS)',
    'Diena.lt',
    'https://diena.lt/naujienos/pasaulis/konfliktai-nelaimes-gamtos-stichijos/rusija-pratese-estijos-saugumo-pareiguno-kohvero-aresta-iki-sausio-5-osios-657313',
    '2014-10-31',
    'B',
    2,
  ),
  djSep5: source(
    'Estonian Officer Abducted Near Border With Russia (Dow Jones copy)',
    'Silicon Investor',
    'https://si.frajer.net/readreplies.aspx?msgid=29700850&subjectid=51736',
    '2014-09-05',
    'C',
    2,
  ),
  btOct31: source(
    "Russia offers opening for Kohver's return",
    'The Baltic Times',
    'http://www.baltictimes.com/news/articles/35714/',
    '2014-10-31',
    'B',
    2,
  ),
  balticCourseFeb25: source(
    'Russian government committee approved Estonian-Russian border agreement',
    'The Baltic Course (LETA)',
    'http://www.baltic-course.com/eng/transport/?doc=102934',
    '2015-02-25',
    'B',
    2,
  ),
  eeasMar4: source(
    'Statement by the Spokesperson on the abduction and continued illegal detention of the Estonian police officer',
    'European External Action Service (web archive)',
    'http://collections.internetmemory.org/haeu/content/20160313172652/http:/eeas.europa.eu/statements-eeas/2015/150304_01_en.htm',
    '2015-03-04',
    'B',
    2,
  ),
  estembMar5: source(
    'Foreign Minister Keit Pentus-Rosimannus: Estonia along with its allies demands the release of Eston Kohver from Russia',
    'Embassy of Estonia in Moscow',
    'https://www.estemb.ru/eng/news/aid-5223',
    '2015-03-05',
    'B',
    2,
  ),
  postimeesMar5: source(
    'Half year since snatching of Eston Kohver – what has been done?',
    'Postimees',
    'https://news.postimees.ee/3112561/half-year-since-snatching-of-eston-kohver-what-has-been-done',
    '2015-03-05',
    'B',
    2,
  ),
  btJun4: source(
    'Eesti in brief: The Kohver trial begins',
    'The Baltic Times',
    'https://www.baltictimes.com/eesti_in_brief_1530715725556fe7c120cba/',
    '2015-06-04',
    'B',
    2,
  ),
  tassAug19: source(
    'Estonia demands to release its citizen sentenced in Russia for espionage',
    'TASS',
    'https://tass.com/russia/815214',
    '2015-08-19',
    'B',
    2,
  ),
  errAug19: source(
    'Kidnapped security official Eston Kohver sentenced to 15 years in prison in Russia',
    'ERR News',
    'http://news.err.ee/116529/kidnapped-security-official-eston-kohver-sentenced-to-15-years-in-prison-in-russia',
    '2015-08-19',
    'B',
    2,
  ),
  btAug19: source(
    "Estonia and UK react to Russia's sentencing of Eston Kohver",
    'The Baltic Times',
    'https://www.baltictimes.com/estonia_and_uk_react_to_russia_s_sentencing_of_eston_kohver_sentence/',
    '2015-08-19',
    'B',
    2,
  ),
  rferlAug19: source(
    'Russia Sentences Snatched Estonian Security Officer To 15 Years',
    'Radio Free Europe/Radio Liberty',
    'https://www.rferl.org/a/estonia-russia-kohver-spying-/27196880.html',
    '2015-08-19',
    'B',
    2,
  ),
  tassAug20: source(
    'Moscow says other countries’ reaction to Estonian spy case "attempt to politicise" it',
    'TASS',
    'https://tass.com/russia/815609/amp',
    '2015-08-20',
    'B',
    2,
  ),
  hillAug21: source(
    'Senators press Russia to release imprisoned officer (The Hill copy)',
    'Crowdstack',
    'https://guyana.crowdstack.io/topic/senators-press-russia-to-release-imprisoned-officer',
    '2015-08-21',
    'C',
    2,
  ),
  postimeesSep3: source(
    'Estonian ministry says no clarity over Kohver appeal before Monday',
    'Postimees',
    'https://news.postimees.ee/3316147/estonian-ministry-says-no-clarity-over-kohver-appeal-before-monday',
    '2015-09-03',
    'B',
    2,
  ),
  btSep26: source(
    'Kohver released (Interfax)',
    'The Baltic Times',
    'http://www.baltictimes.com/kohver_released/',
    '2015-09-26',
    'B',
    2,
  ),
  irishSep26: source(
    'Russia and Estonia exchange prisoners accused of spying',
    'The Irish Times',
    'https://www.irishtimes.com/news/world/europe/russia-and-estonia-exchange-prisoners-accused-of-spying-1.2368383',
    '2015-09-26',
    'B',
    2,
  ),
  afpSep26: source(
    'Russia frees Estonian officer in spy swap (AFP)',
    'Expatica',
    'https://www.expatica.com/ru/news/Russia-frees-Estonian-officer-in-spy-swap_508797.html',
    '2015-09-26',
    'C',
    2,
  ),
  onetSep28: source(
    'Estonia/premier: sprawa Kohvera odbije się na stosunkach z Rosją (PAP)',
    'Onet Wiadomości',
    'https://wiadomosci.onet.pl/swiat/estoniapremier-sprawa-kohvera-odbije-sie-na-stosunkach-z-rosja/r14mhx',
    '2015-09-28',
    'B',
    2,
  ),
  btNov18: source(
    'Eesti in brief: Border treaty looms',
    'The Baltic Times',
    'https://www.baltictimes.com/eesti_in_brief_973576777564cafb271da7/',
    '2015-11-18',
    'B',
    2,
  ),
  vesNov26: source(
    'Riigikogu completes 1st reading of Estonian-Russian border treaties (LETA/BNS)',
    'Vaba Eesti Sõna',
    'https://vabaeestisona.com/riigikogu-completes-1st-reading-of-estonian-russian-border-treaties',
    '2015-11-26',
    'C',
    2,
  ),
  btDec7: source(
    'Estonian FoMin: Russia and Estonia should cooperate "where possible"',
    'The Baltic Times',
    'https://www.baltictimes.com/estonian_fomin__russia_and_estonia_should_cooperate__where_possible_/',
    '2015-12-07',
    'B',
    2,
  ),
};

const INC = {
  seized: 'kohver-detained-2014-09-05',
  freed: 'kohver-released-2015-09-26',
} as const;
const D = { kohver: 'return-kohver' } as const;
const LUHAMAA = 'Luhamaa, Estonian–Russian border (near Miikse)';
const PIUSA = 'Piusa river bridge, Koidula–Kunichina Gora border crossing';
const O = {
  sep5: 'kohver-seized-2014-09-05',
  aug19: 'kohver-sentence-2015-08-19',
  sep26: 'kohver-exchange-2015-09-26',
} as const;

const events: readonly NegotiationEvent[] = [
  // ===== September 2014: the seizure, the protests, the charges =====
  ev(
    'NegotiationOpened',
    'opened',
    when('2014-09-05'),
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Estonia – Russia: the seizure of Eston Kohver, 2014–15',
      subject:
        'The seizure of Estonian Internal Security Service officer Eston Kohver at the Luhamaa border area (5 September 2014), two days after President Obama’s visit to Tallinn; Estonia’s protests and its demand for his return, Russia’s espionage charges, the trial in Pskov and the 15-year sentence, his exchange for Aleksei Dressen on the Piusa bridge (26 September 2015), and the ratification of the border treaty signed on 18 February 2014.',
      parties: [ESTONIA, RUSSIA],
      mediators: [],
    },
    [S.apSep5, S.bbcSep5],
  ),
  ev('ActorRegistered', 'actor-eu', when('2014-09-05'), { actor: EU, role: 'third-party' }, [S.euSep11], {
    note: 'Calls for the release throughout, through its spokesperson and its High Representative.',
  }),
  ev('ActorRegistered', 'actor-us', when('2014-09-05'), { actor: USA, role: 'third-party' }, [S.rferlAug19], {
    note: 'Its president had visited Tallinn two days before the seizure; its State Department condemned the sentence.',
  }),
  ev(
    'IncidentReported',
    'kohver-detained',
    when('2014-09-05'),
    {
      incidentId: INC.seized,
      kind: 'detention',
      perpetrator: 'russia',
      allegedBy: 'estonia',
      against: 'estonia',
      target: 'Eston Kohver, officer of the Estonian Internal Security Service (KaPo)',
      place: LUHAMAA,
      description:
        "Seized about 9 a.m. near the Luhamaa checkpoint while investigating cross-border smuggling: Estonia says men coming from Russia jammed radio links, threw a smoke grenade and took him across the border at gunpoint, a border violation from Russia confirmed in the two border guards' joint protocol; the FSB says he was arrested on Russian soil in the Pskov region. No shots fired, no one hurt. Taken to Moscow's Lefortovo prison.",
    },
    [S.apSep5, S.bbcSep5, S.wikiKohver],
    { occurrence: O.sep5, note: "Russia's detention of Estonia's official (see the header)." },
  ),
  ev(
    'StatementMade',
    'stmt-kapo-sep5',
    when('2014-09-05'),
    {
      speaker: KAPO,
      audience: 'russia',
      tone: 'accusation',
      summary:
        'KaPo and the Prosecutor’s Office say unidentified persons coming from Russia deprived an officer of his freedom on Estonian territory near Luhamaa and took him to Russia at gunpoint, after jamming radio communications and using a smoke grenade; tracks lead from Russia and back.',
    },
    [S.apSep5, S.bbcSep5],
    { occurrence: O.sep5 },
  ),
  ev(
    'StatementMade',
    'stmt-fsb-sep5',
    when('2014-09-05'),
    {
      speaker: FSB,
      audience: 'estonia',
      tone: 'accusation',
      summary:
        'The FSB says it detained KaPo officer Eston Kohver on Russian territory in the Pskov region during a counter-intelligence operation, carrying a Taurus pistol, 5,000 euros, covert recording equipment and materials that appeared to be an intelligence assignment.',
    },
    [S.apSep5, graded(S.bbcSep5, 3)],
    { occurrence: O.sep5 },
  ),
  ev(
    'StatementMade',
    'stmt-paet-sep5',
    when('2014-09-05'),
    {
      speaker: PAET,
      audience: 'russia',
      tone: 'critical',
      summary:
        "The Foreign Ministry summons Russia's ambassador Yuri Merzlyakov over a 'very disturbing incident'; Paet expects 'all manner of cooperation necessary from Russia in solving this case and bringing the Estonian citizen back to Estonia'.",
    },
    [S.apSep5, S.bbcSep5, S.xinhuaSep6],
    { occurrence: O.sep5 },
  ),
  ev(
    'DemandTabled',
    'dem-kohver',
    when('2014-09-05'),
    {
      demandId: D.kohver,
      by: 'estonia',
      addressedTo: ['russia'],
      text: 'Release Eston Kohver and return him safely to Estonia.',
      category: 'humanitarian',
    },
    [S.apSep5, S.xinhuaSep6],
  ),
  ev(
    'StatementMade',
    'stmt-ilves-sep5',
    when('2014-09-05'),
    {
      speaker: ILVES,
      audience: 'russia',
      tone: 'critical',
      summary:
        "'It is unacceptable that people who have crossed the Estonian border kidnap an Estonian citizen from Estonian territory. I expect the case to be solved quickly.' Prime Minister Rõivas calls getting the officer released the government's 'number one task'.",
    },
    [S.djSep5, S.xinhuaSep6],
  ),
  ev(
    'StatementMade',
    'stmt-lefortovo-sep6',
    when('2014-09-06'),
    {
      speaker: LEFORTOVO,
      audience: 'estonia',
      tone: 'accusation',
      summary:
        'A Moscow court remands Kohver in custody for two months on suspicion of espionage, smuggling firearms and illegal border crossing; Estonian consular officials have not been able to meet him.',
    },
    [S.errSep6, S.errSep8, S.dienaOct31],
  ),
  ev(
    'StatementMade',
    'stmt-paet-sep7',
    when('2014-09-07'),
    {
      speaker: PAET,
      audience: 'russia',
      tone: 'critical',
      summary:
        'Russia has yet to announce the arrest officially, though its law requires notice within 12 hours; the bilateral agreement gives Estonia a consular meeting within 72 hours, a deadline that runs out on Monday. The consul has not been let in.',
    },
    [S.errSep8, S.bbcSep8],
  ),
  ev(
    'StatementMade',
    'stmt-investigators-charges',
    when('2014-09-08'),
    {
      speaker: FSB,
      audience: 'estonia',
      tone: 'accusation',
      summary:
        "Kohver is charged with espionage; he faces up to 20 years in prison. Russia's investigators hold him in Lefortovo.",
    },
    [S.voaSep12, S.apSep12],
  ),
  ev(
    'StatementMade',
    'stmt-kapo-protocol',
    when('2014-09-10'),
    {
      speaker: EST_AUTHORITIES,
      audience: 'russia',
      tone: 'accusation',
      summary:
        'Estonia publishes the bilingual protocol of border violation signed on 5 September by Estonian and Russian border guards who inspected the scene: the border was crossed from Russia into Estonia, with signs of a struggle and smoke-grenade craters on the Estonian side.',
    },
    [S.wikiKohver],
  ),
  ev(
    'StatementMade',
    'stmt-eu-sep11',
    when('2014-09-11'),
    {
      speaker: EU_SPOKES,
      audience: 'russia',
      tone: 'critical',
      summary:
        'The EU is concerned by the abduction of Estonian police officer Eston Kohver by the Russian security services on Estonian territory, which runs against international law and the inviolability of borders; it calls for his immediate release and safe return.',
    },
    [S.euSep11, S.voaSep12],
  ),
  ev(
    'StatementMade',
    'stmt-nb8-sep12',
    when('2014-09-12'),
    {
      speaker: PAET,
      audience: 'russia',
      tone: 'critical',
      summary:
        "Meeting in Tallinn, the foreign ministers of Estonia and the seven other Nordic and Baltic states express 'deep concern' at the abduction and arrest of Kohver and call for his immediate release and safe return to Estonia; Germany joins the call.",
    },
    [S.voaSep12, S.apSep12],
  ),
  // ===== Autumn 2014 – winter 2015: held in Lefortovo =====
  ev(
    'StatementMade',
    'stmt-est-mfa-oct30',
    when('2014-10-30'),
    {
      speaker: EST_MFA,
      audience: 'russia',
      tone: 'critical',
      summary:
        "The Foreign Ministry says it works with the embassy in Moscow for the fast release of the 'illegally detained' Kohver and sees no basis to believe the court process objective or fair; Rõivas says no one can speak of independent courts in the case.",
    },
    [S.btOct31],
  ),
  ev(
    'StatementMade',
    'stmt-lefortovo-oct31',
    when('2014-10-31'),
    {
      speaker: LEFORTOVO,
      audience: 'estonia',
      tone: 'neutral',
      summary:
        "Moscow's Lefortovo court grants the investigators' request to extend Kohver's arrest by two months, to 5 January 2015 (the court's spokeswoman to Interfax).",
    },
    [S.dienaOct31],
  ),
  ev(
    'StatementMade',
    'stmt-russia-treaty-feb25',
    when('2015-02-25'),
    {
      speaker: RU_GOV,
      audience: 'estonia',
      tone: 'conciliatory',
      summary:
        "The Russian government's legislative committee approves the Foreign Ministry's bill on the Estonian–Russian border treaties signed on 18 February 2014; the government will now discuss it.",
    },
    [S.balticCourseFeb25],
  ),
  ev(
    'StatementMade',
    'stmt-eu-mar4',
    when('2015-03-04'),
    {
      speaker: EU_SPOKES,
      audience: 'russia',
      tone: 'critical',
      summary:
        'Six months after the abduction, Kohver is still illegally detained in Lefortovo, without adequate legal aid and ordered to undergo an unfounded psychiatric examination; the EU calls for his immediate release.',
    },
    [S.eeasMar4],
  ),
  ev(
    'StatementMade',
    'stmt-pentus-mar5',
    when('2015-03-05'),
    {
      speaker: PENTUS,
      audience: 'russia',
      tone: 'critical',
      summary:
        "The abduction and six-month detention are a serious violation of international law; Russia has made no substantial progress and has not answered Estonia's request for legal assistance. Estonia will keep up international pressure (the EU at the OSCE and the Council of Europe, the UN Human Rights Council) until Kohver is home.",
    },
    [S.estembMar5, S.postimeesMar5],
  ),
  // ===== June – August 2015: the trial in Pskov and the sentence =====
  ev(
    'StatementMade',
    'stmt-pskov-jun2',
    when('2015-06-02'),
    {
      speaker: PSKOV_COURT,
      audience: 'estonia',
      tone: 'accusation',
      summary:
        'The first, closed hearing of Kohver’s case opens in the Pskov court: he is accused of espionage, arms smuggling and illegal border crossing; no Estonian representative may attend.',
    },
    [S.btJun4],
  ),
  ev(
    'StatementMade',
    'stmt-pskov-jul27',
    when('2015-07-27'),
    {
      speaker: PSKOV_COURT,
      audience: 'estonia',
      tone: 'neutral',
      summary: 'Court proceedings in Kohver’s case start (again) in the Pskov regional court, behind closed doors.',
    },
    [S.tassAug20, S.errAug19],
  ),
  ev(
    'StatementMade',
    'stmt-pskov-sentence',
    when('2015-08-19'),
    {
      speaker: PSKOV_COURT,
      audience: 'estonia',
      tone: 'accusation',
      summary:
        'The Pskov Regional Court finds Kohver guilty of espionage, smuggling and illegal possession of a firearm and illegal border crossing, and sentences him to 15 years in a strict-regime colony and a 100,000-rouble fine, the term counted from 5 September 2014.',
    },
    [S.errAug19, S.tassAug19, S.rferlAug19],
    { occurrence: O.aug19 },
  ),
  ev(
    'StatementMade',
    'stmt-kaljurand-aug19',
    when('2015-08-19'),
    {
      speaker: KALJURAND,
      audience: 'russia',
      tone: 'critical',
      summary:
        "'The abduction of Eston Kohver from the territory of the Republic of Estonia by the FSB on 5 September and his unlawful detainment in Russia thereafter constitute a blatant breach of international law … We call on Russia to immediately release Eston Kohver'; the consul was kept out of the hearings and he was denied adequate legal aid.",
    },
    [S.btAug19, S.tassAug19],
    { occurrence: O.aug19 },
  ),
  ev(
    'StatementMade',
    'stmt-roivas-aug19',
    when('2015-08-19'),
    {
      speaker: ROIVAS,
      audience: 'russia',
      tone: 'critical',
      summary:
        "'I strongly condemn the verdict on Eston Kohver; his illegal detention constitutes a grave violation of international law by RF'; he calls the trial staged.",
    },
    [S.btAug19, S.rferlAug19],
    { occurrence: O.aug19 },
  ),
  ev(
    'StatementMade',
    'stmt-mogherini-aug19',
    when('2015-08-19'),
    {
      speaker: MOGHERINI,
      audience: 'russia',
      tone: 'critical',
      summary:
        "Kohver's abduction and illegal detention are a clear violation of international law and he was denied a fair trial; the EU calls on Russia to release him immediately and guarantee his safe return to Estonia.",
    },
    [S.tassAug19, S.rferlAug19],
  ),
  ev(
    'StatementMade',
    'stmt-us-aug19',
    when('2015-08-19'),
    {
      speaker: US_STATE,
      audience: 'russia',
      tone: 'critical',
      summary:
        "The State Department calls on Russia to release Kohver at once: his 'abduction, detention, and now conviction on baseless charges demonstrate a flagrant disregard' for the rule of law.",
    },
    [S.rferlAug19],
  ),
  ev(
    'StatementMade',
    'stmt-zakharova-aug20',
    when('2015-08-20'),
    {
      speaker: ZAKHAROVA,
      audience: 'estonia',
      tone: 'critical',
      summary:
        "Russia's Foreign Ministry is 'surprised' by foreign partners' reaction to the Pskov verdict, which is 'legal and well founded': such declarations are 'an attempt to blatantly politicise this criminal case'.",
    },
    [S.tassAug20],
  ),
  ev(
    'StatementMade',
    'stmt-senators-aug21',
    when('2015-08-21'),
    {
      speaker: US_SENATORS,
      audience: 'russia',
      tone: 'critical',
      summary:
        "Visiting Tallinn, three US senators call the conviction illegitimate and on Russia to release Kohver at once: 'clear provocations by Vladimir Putin'.",
    },
    [S.hillAug21],
  ),
  ev(
    'StatementMade',
    'stmt-est-mfa-sep3',
    when('2015-09-03'),
    {
      speaker: EST_MFA,
      audience: 'russia',
      tone: 'neutral',
      summary:
        'The deadline to appeal the verdict runs out today; whether Kohver has appealed will be known from the Pskov court on 7 September. His lawyer says he has no word of an appeal.',
    },
    [S.postimeesSep3],
  ),
  // ===== 26 September 2015: the exchange =====
  ev(
    'IncidentReported',
    'kohver-released',
    when('2015-09-26'),
    {
      incidentId: INC.freed,
      kind: 'release',
      perpetrator: 'russia',
      against: 'estonia',
      target: 'Eston Kohver',
      place: PIUSA,
      description:
        'Pardoned by Putin and handed over on the bridge over the Piusa river at the Kunichina Gora checkpoint in exchange for Aleksei Dressen, a former KaPo officer serving 16 years in Estonia for passing secrets to the FSB (pardoned by Ilves); taken to Tartu and Tallinn.',
    },
    [S.btSep26, S.irishSep26, S.afpSep26],
    { occurrence: O.sep26 },
  ),
  ev(
    'StatementMade',
    'stmt-fsb-sep26',
    when('2015-09-26'),
    {
      speaker: FSB,
      audience: 'estonia',
      tone: 'neutral',
      summary:
        'Eston Kohver, convicted in Russia of espionage, was exchanged on 26 September on the bridge across the Piusa river for Aleksei Dressen, serving a sentence for transferring secret data to the FSB.',
    },
    [S.btSep26, S.irishSep26],
    { occurrence: O.sep26 },
  ),
  ev(
    'PositionTaken',
    'pos-russia-kohver',
    when('2015-09-26'),
    { demandId: D.kohver, actorId: 'russia', stance: 'accepted' },
    [S.btSep26, S.afpSep26],
    { note: 'Met by the exchange for Dressen, not unconditionally.' },
  ),
  ev(
    'StatementMade',
    'stmt-pevkur-sep26',
    when('2015-09-26'),
    {
      speaker: PEVKUR,
      audience: 'russia',
      tone: 'conciliatory',
      summary:
        'Kohver is back on Estonian soil: the exchange was made possible by Putin pardoning Kohver and President Ilves pardoning Dressen.',
    },
    [S.afpSep26, S.irishSep26],
    { occurrence: O.sep26 },
  ),
  ev(
    'StatementMade',
    'stmt-ilves-sep26',
    when('2015-09-26'),
    {
      speaker: ILVES,
      audience: 'domestic audience',
      tone: 'neutral',
      summary:
        "Ilves welcomes Kohver home, calling him a 'tough and loyal' officer; Estonia had campaigned for his freedom, the president asking citizens to wear yellow ribbons.",
    },
    [S.afpSep26],
    { occurrence: O.sep26 },
  ),
  ev(
    'StatementMade',
    'stmt-roivas-sep28',
    when('2015-09-28'),
    {
      speaker: ROIVAS,
      audience: 'russia',
      tone: 'critical',
      summary:
        'It is unacceptable that in the 21st century Russia uses such methods to reach its ends; the case will weigh on relations. He hopes the border treaty will go to both parliaments in the second half of the year and that cooperation on matters important to both will go well.',
    },
    [S.onetSep28],
  ),
  // ===== Autumn 2015: the border treaty =====
  ev(
    'StatementMade',
    'stmt-riigikogu-nov18',
    when('2015-11-18'),
    {
      speaker: RIIGIKOGU,
      audience: 'russia',
      tone: 'conciliatory',
      summary:
        'The Riigikogu announces the bill to ratify the border treaty with Russia for its first reading on 25 November; Estonia is marking and building up the border, work made urgent by Kohver’s seizure.',
    },
    [S.btNov18],
  ),
  ev(
    'StatementMade',
    'stmt-kaljurand-nov25',
    when('2015-11-25'),
    {
      speaker: KALJURAND,
      audience: 'russia',
      tone: 'conciliatory',
      summary:
        'The Riigikogu concludes the first reading of the bill to ratify the Estonian–Russian border treaties (a motion to reject fails 13–63); Kaljurand says concluding them will help Estonia’s security by making relations with Russia more stable and predictable.',
    },
    [S.vesNov26],
  ),
  ev(
    'StatementMade',
    'stmt-kaljurand-dec7',
    when('2015-12-07'),
    {
      speaker: KALJURAND,
      audience: 'russia',
      tone: 'neutral',
      summary:
        'Estonia and Russia should work together where possible and stand their ground elsewhere; political consultations were held in Tallinn in mid-November and consular consultations are hoped for in 2016. Ukraine and the Minsk agreements remain the main differences.',
    },
    [S.btDec7],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'estonia-russia-2014.jsonl',
  logEnd: '2026-12-07T05:00:00Z',
  events,
};

export default definition;
