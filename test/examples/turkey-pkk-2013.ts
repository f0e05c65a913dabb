/**
 * A test fixture, not a shipped example: the Solution Process between the
 * Government of Türkiye and the PKK, 2013–2015, as an analyst following the
 * news could have recorded it: from the talks with Abdullah Öcalan made public
 * (the first visit of Kurdish deputies to İmralı, January 2013), his Newroz call
 * (21 March 2013) and the PKK's ceasefire (23 March), the withdrawal begun (8
 * May) and halted (9 September 2013), the Kobani protests and the first fighting
 * since the ceasefire (October 2014), the joint press conference at Dolmabahçe
 * (28 February 2015) and Erdoğan distancing himself from it (March), the clash
 * at Diyadin (April), the elections of 7 June; then the Suruç bombing by ISIS (20
 * July), the killing of two police officers in Ceylanpınar claimed by the PKK
 * (22 July), Türkiye's air strikes on the PKK's camps in northern Iraq (24–25
 * July), the PKK calling the ceasefire meaningless (25 July), Erdoğan's "it is
 * impossible to continue the peace process" (28 July) and the fighting of August
 * and September (Silopi and Beytüşşebap, Dağlıca, Iğdır, the curfews in Cizre).
 * Escalation model v2 was never tuned on it: it is the case the model is held to
 * in turkey-pkk-2013.spec.ts, against the calls an analyst makes from DOMAIN.md
 * §5b alone.
 *
 * What it tests that the other cases did not: a long ceasefire between a state
 * and an armed group, with a declared peace process and no signed agreement; a
 * withdrawal begun and halted; street violence that is not the pair's armed
 * action; a third party's bombing that sets off the collapse; and the collapse
 * from a ceasefire into heavy fighting within days.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration file's
 * coverage do not change. Built and checked with the same builder as the
 * shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source.
 *
 * Grading as in examples/README.md: B = established outlet or wire copy
 * (Reuters, AP, AFP copies, Al Jazeera, DW, BBC, UPI, RFE/RL, France 24,
 * Hürriyet Daily News, Ahram Online, Al Arabiya, The Irish Times, Rudaw,
 * bianet), C = smaller outlet, aggregator, blog or mirror (MESOP's copies of
 * Today's Zaman, Eurasia.ro, Zee News, PanArmenian, MENAFN, YJC, Masress, The
 * New Turkey, Kurdpress, Istanbul Post, Circassia Times' copy of Hürriyet,
 * Inform.kz, Al-Iraq News, digidigit); 1 = an on-record statement or act
 * confirmed by the actor itself (the PKK's and its armed wing's own statements
 * and claims, ministers on record); 2 = several outlets agree or one
 * established outlet reports it; 3 = one side's unverified claim about the
 * other.
 *
 * Judgement calls, recorded as an analyst would:
 * - The parties are Türkiye (its government, army and police) and the PKK (its
 *   armed wing, the HPG, and its umbrella, the KCK, speak for it; Öcalan, in
 *   prison, speaks for it through the deputies who visit him). The BDP and,
 *   from 2014, the HDP deputies who carry his messages are a go-between: the
 *   HDP is registered as a third party. ISIS is a third party.
 * - The PKK's ceasefire (declared by Murat Karayılan on 23 March 2013, "since
 *   March 21") is unilateral: `parties: ['pkk']`. Türkiye declared none, though
 *   its army stopped its operations; no agreement was signed or published, and
 *   the "roadmap" the withdrawal followed was Öcalan's, negotiated with the
 *   intelligence service and never made public: no `AgreementReached` is
 *   recorded for 2013. The withdrawal, begun on 8 May and halted on 9
 *   September, has no type of its own: it is recorded as what the PKK said
 *   (StatementMade), with the gap noted.
 * - The ten points read at Dolmabahçe on 28 February 2015 are Öcalan's, read
 *   by an HDP deputy at a joint press conference with the deputy prime
 *   minister and the interior minister: DW reports "a list of 10 measures the
 *   Kurds want the government to agree on". They are recorded as the PKK's
 *   demand; the ministers' welcome as Türkiye's position `accepted-in-principle`;
 *   Erdoğan's answer of 23 March ("we cannot move forward … unless we see
 *   concrete steps") as `conditional`. Not an agreement.
 * - The Kobani protests of 6–8 October 2014 (14 killed by the first counts,
 *   37 by later ones) were fought between protesters, the police and rival
 *   Kurdish and Islamist groups in the cities; the curfews were the governors'.
 *   No source puts the PKK's armed forces in them: the protests are one
 *   incident with no perpetrator and no `against`, not the pair's armed action.
 *   The fighting at Dağlıca a week later (the PKK's attacks on a guard post,
 *   the air strikes of 13 October) is the pair's.
 * - The Suruç bombing (20 July 2015) is ISIS's; the PKK's armed wing claimed
 *   the killing of the two police officers in Ceylanpınar as revenge for it,
 *   accusing them of working with ISIS: that is the PKK's armed action against
 *   Türkiye. The soldier killed in Adıyaman on 20 July is the PKK's as alleged
 *   by Türkiye (The Journal of Turkish Weekly, via MENAFN).
 * - The strikes of 24–25 July hit the Badinan border region (Zap, Metina)
 *   first, then Qandil and Khakurk: three incidents, one per area the HPG
 *   names, at the hours it gives (the prime minister's office: "several
 *   locations in northern Iraq"). The HPG's "the ceasefire has become meaningless" (25 July)
 *   is the ceasefire's end, `collapsed`. Erdoğan's "impossible to continue the
 *   peace process" (28 July) is `TalksSuspended` by Türkiye, not temporary;
 *   his "frozen" of the same weeks is in the note.
 * - Places are written one way each, the town or district and its province
 *   ("Dağlıca, Hakkari"); the strikes in Iraq by the areas named.
 * - Published dates are the sources' own; for pages that show none (The New
 *   Turkey, Istanbul Post, Circassia Times, digidigit, Masress) the day their
 *   text reports ("on Saturday", "Dec. 22", "March 23", "a day after") is taken.
 * - Left out for want of a dated source: Öcalan's warning that the process
 *   would end if Kobani fell (early October 2014; reported without a day), the
 *   KCK statement said by one blog to have ended the ceasefire on 11 July 2015,
 *   the pipeline blast in Ağrı (28 July 2015, sabotage, no one hurt), the
 *   roadside bomb on the Pervari–Şirvan road (19 August 2015, one Hebrew
 *   wire line). The elections of 7 June 2015 have no type of their own: the HDP
 *   crossing the threshold is in the note of Erdoğan's statement after them.
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'turkey-pkk-solution-process-2013';
const { ev, idOf } = caseKit(NEGOTIATION_ID, 'test-analyst', 2013);

const TURKIYE: Actor = {
  id: 'turkiye',
  name: 'Türkiye',
  kind: 'state',
  aliases: ['Turkey', 'Ankara', 'Turkish Armed Forces', 'MİT'],
};
const PKK: Actor = {
  id: 'pkk',
  name: "Kurdistan Workers' Party",
  kind: 'armed-group',
  aliases: ['PKK', 'HPG', "People's Defence Forces", 'KCK', 'Abdullah Öcalan'],
};
const HDP: Actor = {
  id: 'hdp',
  name: "Peoples' Democratic Party (the İmralı delegation)",
  kind: 'opposition-movement',
  aliases: ['HDP', 'BDP', 'Peace and Democracy Party'],
};
const ISIS: Actor = {
  id: 'isis',
  name: 'Islamic State',
  kind: 'armed-group',
  aliases: ['ISIS', 'ISIL', 'IS', 'Daesh'],
};

const ERDOGAN_PM: Person = { name: 'Recep Tayyip Erdoğan', title: 'Prime Minister of Turkey', actorId: 'turkiye' };
const ERDOGAN: Person = { name: 'Recep Tayyip Erdoğan', title: 'President of Turkey', actorId: 'turkiye' };
const DAVUTOGLU: Person = { name: 'Ahmet Davutoğlu', title: 'Prime Minister of Turkey', actorId: 'turkiye' };
const AKDOGAN: Person = { name: 'Yalçın Akdoğan', title: 'Deputy Prime Minister of Turkey', actorId: 'turkiye' };
const OCALAN: Person = { name: 'Abdullah Öcalan', title: 'Leader of the PKK (imprisoned on İmralı)', actorId: 'pkk' };
const KARAYILAN: Person = { name: 'Murat Karayılan', title: 'Field commander of the PKK', actorId: 'pkk' };
const BAYIK: Person = { name: 'Cemil Bayık', title: 'Senior PKK leader', actorId: 'pkk' };
const KCK: Person = { name: 'KCK Executive Council (statement)', actorId: 'pkk' };
const HPG: Person = { name: "HPG, the PKK's armed wing (statement)", actorId: 'pkk' };
const DEMIRTAS: Person = { name: 'Selahattin Demirtaş', title: 'Co-chair of the BDP, later the HDP', actorId: 'hdp' };

const D = { disarm: 'withdraw-and-disarm', reforms: 'democratic-reforms', tenPoints: 'dolmabahce-ten-points' };
const ROUND = 'imrali-talks';
const CF = 'pkk-ceasefire-2013';
const O = {
  newroz: 'newroz-2013-03-21',
  daglica: 'daglica-airstrike-2014-10-13',
  dolmabahce: 'dolmabahce-2015-02-28',
  truceOver: 'hpg-truce-over-2015-07-25',
};

const S = {
  ahramJan8: source(
    "Government talks with Kurdish leader 'right step': Party",
    'Ahram Online (AFP)',
    'https://english.ahram.org.eg/NewsContent/2/8/62027/World/Region/Government-talks-with-Kurdish-leader-right-step-Pa.aspx',
    '2013-01-08',
    'B',
    2,
  ),
  hurriyetTalks: source(
    'Intel agency starts fresh talks on İmralı island',
    'Hürriyet Daily News',
    'https://hurriyetdailynews.com/intel-agency-starts-fresh-talks-on-imrali-island-38084',
    '2012-12-31',
    'B',
    2,
  ),
  mesopFeb24: source(
    'BDP to report on latest talks with Ocalan',
    'MESOP (Kurdistan Tribune)',
    'http://www.mesop.de/bdp-to-report-on-latest-talks-with-ocalan/',
    '2013-02-24',
    'C',
    2,
  ),
  apMar21: source(
    'Kurdish rebel leader calls for cease-fire',
    'USA Today (AP)',
    'https://www.usatoday.com/story/news/world/2013/03/21/kurds-turkey-iraq-ocalan/2005503/',
    '2013-03-21',
    'B',
    1,
  ),
  eurasiaMar22: source(
    'PKK leader Öcalan calls for peace in historic message',
    'Eurasia.ro (Today’s Zaman)',
    'https://eurasia.ro/2013/03/22/pkk-leader-ocalan-calls-for-peace-in-historic-message',
    '2013-03-22',
    'C',
    1,
  ),
  mesopMar23: source(
    'PKK declares formal ceasefire with Turkey',
    "MESOP (Today's Zaman with Reuters)",
    'http://www.mesop.de/pkk-declares-formal-ceasefire-with-turkey/',
    '2013-03-23',
    'C',
    1,
  ),
  zeeApr25: source(
    'Kurdish rebels to begin Turkey withdrawal on May 8',
    'Zee News (AFP)',
    'http://zeenews.india.com/news/world/kurdish-rebels-to-begin-turkey-withdrawal-on-may-8_844738.html',
    '2013-04-25',
    'C',
    1,
  ),
  reutersMay8: source(
    'Kurdish militants begin withdrawal from Turkey',
    'Reuters',
    'http://www.reuters.com/article/us-turkey-kurds-withdrawal-idUSBRE9470H720130508',
    '2013-05-08',
    'B',
    2,
  ),
  panarmenianMay8: source(
    'Kurdish militants begin withdrawal from Turkey',
    'PanArmenian (Reuters)',
    'http://panarmenian.net/m/eng/news/157673/',
    '2013-05-08',
    'C',
    2,
  ),
  upiSep5: source(
    'PKK suspends militant withdrawal',
    'UPI',
    'http://www.upi.com/Top_News/Special/2013/09/05/PKK-suspends-militant-withdrawal/UPI-97641378389595/',
    '2013-09-05',
    'B',
    1,
  ),
  aljazeeraSep9: source(
    "PKK 'halts withdrawal' from Turkey",
    'Al Jazeera (Reuters)',
    'http://www.aljazeera.com/news/europe/2013/09/201399724433841.html',
    '2013-09-09',
    'B',
    1,
  ),
  upiSep9: source(
    'Militant PKK halts withdrawal but says it will honor cease-fire',
    'UPI',
    'http://www.upi.com/Top_News/World-News/2013/09/09/Militant-PKK-halts-withdrawal-but-says-it-will-honor-cease-fire/UPI-45051378736363/',
    '2013-09-09',
    'B',
    1,
  ),
  zeeSep10: source(
    'Kurdish rebels halt withdrawal from Turkey: Report',
    'Zee News (AFP)',
    'http://zeenews.india.com/news/world/kurdish-rebels-halt-withdrawal-from-turkey-report_875425.html',
    '2013-09-10',
    'C',
    1,
  ),
  yjcOct8: source(
    'Kurdish Protests in Turkey Claim 14 Victims: Reports',
    'Young Journalists Club (RIA Novosti, BBC)',
    'http://yjc.ir/en/news/5249/kurdish-protests-in-turkey-claim-12-victims-reports',
    '2014-10-08',
    'C',
    2,
  ),
  nationalturkOct8: source(
    'Kobane Crisis: Several killed Kurdish protests in Turkey',
    'NationalTurk',
    'https://www.nationalturk.com/en/kobane-crisis-several-killed-kurdish-protests-in-turkey-breaking-news-54701/',
    '2014-10-08',
    'C',
    2,
  ),
  dwOct14: source(
    'Turkey bombs Kurdish rebels',
    'Deutsche Welle',
    'https://www.dw.com/en/turkey-bombs-kurdish-rebel-targets/a-17996040',
    '2014-10-14',
    'B',
    2,
  ),
  alarabiyaOct25: source(
    "Three Turkish soldiers shot dead in 'terrorist' attack",
    'Al Arabiya (AFP)',
    'https://english.alarabiya.net/News/middle-east/2014/10/25/Three-Turkish-soldiers-shot-dead-in-terrorist-attack',
    '2014-10-25',
    'B',
    2,
  ),
  hurriyetOct26: source(
    'Three soldiers killed in gunfire in southeastern Turkey',
    'Hürriyet Daily News',
    'https://www.hurriyetdailynews.com/three-soldiers-killed-in-gunfire-in-southeastern-turkey-73465',
    '2014-10-26',
    'B',
    2,
  ),
  istanbulpostDec22: source(
    'Meeting Terms With PKK’s Jailed Leader Öcalan Change',
    'Istanbul Post',
    'https://www.istanbulpost.com.tr/meeting-terms-with-pkks-jailed-leader-ocalan-change/',
    '2014-12-22',
    'C',
    1,
  ),
  dwFeb28: source(
    'PKK urges Kurdish rebels to disarm',
    'Deutsche Welle',
    'https://www.dw.com/en/pkk-leader-ocalan-calls-on-kurdish-separatists-in-turkey-to-lay-down-arms/a-18287083',
    '2015-02-28',
    'B',
    1,
  ),
  newturkeyFeb28: source(
    'Abdullah Öcalan calls on PKK to lay down arms',
    'The New Turkey',
    'https://thenewturkey.org/abdullah-ocalan-calls-on-pkk-to-lay-down-arms/',
    '2015-02-28',
    'C',
    1,
  ),
  circassiaMar23: source(
    'Erdoğan: Nation is a concept that subsumes many ethnic elements',
    'Circassia Times (Hürriyet Daily News)',
    'https://circassiatimesenglish.blogspot.com/2015/03/erdogan-nation-is-concept-that-subsumes.html',
    '2015-03-23',
    'C',
    1,
  ),
  masressApr12: source(
    'Five PKK members killed and four soldiers wounded in clashes in Ağrı (Turkish General Staff via Anadolu)',
    'Masress (Tahrir News)',
    'https://www.masress.com/tahrirnews/2397325',
    '2015-04-12',
    'C',
    3,
  ),
  france24Jun7: source(
    'Turkey’s ruling party loses majority, Kurdish party enters parliament',
    'France 24 (AFP)',
    'https://www.france24.com/en/20150607-turkey-kurdish-elections-parliament-2015-erdogan',
    '2015-06-07',
    'B',
    2,
  ),
  hurriyetJul20: source(
    "At least 32 dead in suspected ISIL suicide bombing in Turkey's border with Syria",
    'Hürriyet Daily News',
    'http://www.hurriyetdailynews.com/at-least-30-dead-in-suspected-isil-suicide-bombing-in-turkeys-border-with-syria.aspx?pageID=238&nID=85659&NewsCatID=341',
    '2015-07-20',
    'B',
    2,
  ),
  menafnJul22: source(
    'PKK claims killing two police officers in southeastern Turkey',
    'MENAFN (The Journal of Turkish Weekly)',
    'http://www.menafn.com/1094288907/PKK-claims-killing-two-police-officers-in-southeastern-Turkey?src=RSS',
    '2015-07-22',
    'C',
    2,
  ),
  hurriyetJul22: source(
    'PKK claims killing of Turkish policemen in revenge for Syria border attack',
    'Hürriyet Daily News (AFP)',
    'https://hurriyetdailynews.com/amp/pkk-claims-killing-of-turkish-policemen-in-revenge-for-syria-border-attack-85756',
    '2015-07-22',
    'B',
    1,
  ),
  rudawJul25: source(
    'PKK: ceasefire with Turkey is meaningless',
    'Rudaw',
    'http://www.rudaw.net/english/middleeast/turkey/25072015',
    '2015-07-25',
    'B',
    1,
  ),
  apJul25: source(
    'Turkish jets strike Kurdistan Workers Party (PKK) Kurds in Iraq and Islamic State in Syria',
    'Wars in the World (AP)',
    'https://warsintheworld.com/index.php/2015/07/25/turkey-turkish-jets-strike-kurdistan-workers-party-pkk-kurds-in-iraq-and-islamic-state-in-syria',
    '2015-07-25',
    'C',
    2,
  ),
  nytJul25: source(
    'Turkey Attacks Kurdish Militant Camps in Northern Iraq',
    'The New York Times (via NewsSniffer)',
    'https://www.newssniffer.co.uk/articles/990622/diff/0/1',
    '2015-07-25',
    'B',
    2,
  ),
  digidigitJul26: source(
    "Car bomb kills two soldiers as rebel fighters 'retaliate for Turkish airstrikes'",
    'digidigit (The Independent)',
    'http://digidigit.com/?page=car-bomb-kills-two-soldiers-as-rebel-fighters',
    '2015-07-26',
    'C',
    2,
  ),
  upiJul28: source(
    "Turkey's Erdogan: peace with Kurds 'impossible'",
    'UPI',
    'http://www.upi.com/Top_News/World-News/2015/07/28/Turkeys-Erdogan-peace-with-Kurds-impossible/9241438091114/',
    '2015-07-28',
    'B',
    1,
  ),
  rferlJul28: source(
    "Turkey's President Says Peace Process No Longer Possible With Kurds",
    'RFE/RL (Reuters, AP)',
    'https://www.rferl.org/a/turkey-iran-pipeline-blast/27156427.html',
    '2015-07-28',
    'B',
    1,
  ),
  bianetAug10: source(
    'Land mine trap in southeastern Turkey: 4 policemen die',
    'bianet',
    'https://bianet.org/haber/land-mine-trap-in-southeastern-turkey-4-policemen-die-166702',
    '2015-08-10',
    'B',
    2,
  ),
  kurdpressAug28: source(
    'Soldier killed in PKK attack in Diyarbakir',
    'Kurdpress (Hürriyet)',
    'http://kurdpress.com/En/NSite/FullStory/News/?Id=3925',
    '2015-08-28',
    'C',
    2,
  ),
  kurdpressSep5: source(
    'Curfew declared in Turkey’s Kurdish district',
    'Kurdpress (Zaman)',
    'http://www.kurdpress.com/En/NSite/FullStory/News/?Id=4007',
    '2015-09-05',
    'C',
    2,
  ),
  reutersSep7: source(
    'Turkish jets strike PKK targets after deadly militant attack',
    'Reuters',
    'https://www.reuters.com/article/idUSKCN0R70BG20150907',
    '2015-09-07',
    'B',
    2,
  ),
  alarabiyaSep7: source(
    'Turkey’s military: 16 troops killed, 6 wounded in PKK attack',
    'Al Arabiya (AP)',
    'https://english.alarabiya.net/News/middle-east/2015/09/07/Turkey-s-military-16-troops-killed-6-wounded-in-PKK-attack',
    '2015-09-07',
    'B',
    2,
  ),
  irishtimesSep8: source(
    'Bomb attack on minibus in Turkey kills 14 police officers',
    'The Irish Times (Reuters)',
    'https://staging.irishtimes.com/news/world/europe/bomb-attack-on-minibus-in-turkey-kills-14-police-officers-1.2344260',
    '2015-09-08',
    'B',
    2,
  ),
  informSep8: source(
    'PKK bomb attack in eastern Turkey kills 12 police officers',
    "Kazinform (Today's Zaman)",
    'https://en.inform.kz/news/pkk-bomb-attack-in-eastern-turkey-kills-12-police-officers_a2815737/',
    '2015-09-08',
    'C',
    2,
  ),
  yahooSep13: source(
    'Turkey imposes new curfew in battered Cizre',
    'Yahoo News (AFP)',
    'https://news.yahoo.com/turkey-imposes-curfew-cizre-governor-161759324.html',
    '2015-09-13',
    'B',
    2,
  ),
  hurriyetSep18: source(
    'Five soldiers killed in PKK attacks in Turkey’s east',
    'Hürriyet Daily News',
    'https://hurriyetdailynews.com/amp/five-soldiers-killed-in-pkk-attacks-in-turkeys-east-103973',
    '2015-09-18',
    'B',
    2,
  ),
  aliraqSep23: source(
    "'PKK raid' kills Turkish soldier in Diyarbakir Province",
    'Al-Iraq News',
    'http://en.alliraqnews.com/modules/news/article.php?storyid=3532',
    '2015-09-23',
    'C',
    2,
  ),
};

const events = [
  // ===== January – March 2013: the talks made public, the Newroz call, the ceasefire =====
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '2013-01-03', recordedAt: '2013-01-09T12:00:00Z' },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Türkiye – PKK: the Solution Process, 2013–2015',
      subject:
        "Talks between the Turkish state (its intelligence service, then ministers) and the PKK's imprisoned leader Abdullah Öcalan, carried by Kurdish deputies who visit him on İmralı: a ceasefire, the PKK's withdrawal and disarmament, democratic reforms for the Kurds",
      parties: [TURKIYE, PKK],
      mediators: [],
    },
    [S.ahramJan8, S.hurriyetTalks],
    {
      note: 'Erdoğan said on 28 December 2012 that the state was talking to Öcalan; the first deputies visited İmralı on 3 January 2013.',
    },
  ),
  ev(
    'ActorRegistered',
    'actor-hdp',
    { occurredAt: '2013-01-03', recordedAt: '2013-01-09T12:05:00Z' },
    { actor: HDP, role: 'third-party' },
    [S.ahramJan8],
    {
      note: 'The BDP (from 2014 the HDP) deputies carry messages between Öcalan, the state and the PKK: a go-between.',
    },
  ),
  ev(
    'TalksRoundOpened',
    'round-imrali-open',
    { occurredAt: '2013-01-03', recordedAt: '2013-01-09T12:10:00Z' },
    {
      roundId: ROUND,
      label: 'The İmralı talks (the Solution Process)',
      format: 'informal',
      venue: 'İmralı island prison',
      delegations: [
        { actorId: 'turkiye', head: { name: 'Hakan Fidan', title: 'Head of MİT', actorId: 'turkiye' } },
        { actorId: 'pkk', head: OCALAN },
      ],
    },
    [S.ahramJan8, S.hurriyetTalks],
  ),
  ev(
    'StatementMade',
    'stmt-demirtas-jan8',
    { occurredAt: '2013-01-08', recordedAt: '2013-01-09T12:15:00Z' },
    {
      speaker: DEMIRTAS,
      audience: 'turkiye',
      tone: 'conciliatory',
      summary:
        'Calls the talks with Öcalan "a right step", but asks for a halt to detentions and military operations before a full negotiation.',
      quote: 'It is a right step. It is a rational and reasonable step that was taken in such a critical process.',
    },
    [S.ahramJan8],
  ),
  ev(
    'DemandTabled',
    'demand-disarm',
    { occurredAt: '2013-01-08', recordedAt: '2013-01-09T12:20:00Z' },
    {
      demandId: D.disarm,
      by: 'turkiye',
      addressedTo: ['pkk'],
      text: 'The PKK lays down its arms and withdraws its fighters from Turkish territory',
      category: 'security',
    },
    [S.ahramJan8],
  ),
  ev(
    'StatementMade',
    'stmt-erdogan-feb24',
    { occurredAt: '2013-02-23', recordedAt: '2013-02-25T12:00:00Z' },
    {
      speaker: ERDOGAN_PM,
      audience: 'pkk',
      tone: 'neutral',
      summary:
        'After a second delegation of deputies visits Öcalan, says the goal of the government is still to convince the PKK to lay down its arms.',
    },
    [S.mesopFeb24],
  ),
  ev(
    'StatementMade',
    'stmt-ocalan-newroz',
    { occurredAt: '2013-03-21', recordedAt: '2013-03-22T12:00:00Z' },
    {
      speaker: OCALAN,
      audience: 'pkk',
      tone: 'conciliatory',
      summary:
        "Öcalan's Newroz message, read by deputies in Diyarbakır: the guns must fall silent, the PKK's armed forces must withdraw beyond the border, politics must come first.",
      quote: 'We have reached the point where the guns must be silenced and where ideas must speak.',
    },
    [S.apMar21, S.eurasiaMar22],
    { occurrence: O.newroz },
  ),
  ev(
    'CeasefireDeclared',
    'cf-2013',
    { occurredAt: '2013-03-23', recordedAt: '2013-03-24T12:00:00Z' },
    {
      ceasefireId: CF,
      parties: ['pkk'],
      scope:
        'The PKK\'s "formal and clear" ceasefire, in force "since March 21", declared by Murat Karayılan at Öcalan\'s call; unilateral (Türkiye declared none, though its army halted its operations)',
      duration: 'indefinite',
    },
    [S.mesopMar23, S.apMar21],
  ),
  ev(
    'StatementMade',
    'stmt-karayilan-apr25',
    { occurredAt: '2013-04-25', recordedAt: '2013-04-26T12:00:00Z' },
    {
      speaker: KARAYILAN,
      audience: 'turkiye',
      tone: 'neutral',
      summary:
        "Announces that the PKK's withdrawal from Turkey to northern Iraq will begin on 8 May, in groups; warns that the withdrawing forces will retaliate and the withdrawal stop if they are attacked.",
      quote: 'The withdrawal is planned in phases ... and is aimed to be finalised as soon as possible.',
    },
    [S.zeeApr25],
  ),
  ev(
    'PositionTaken',
    'pos-pkk-disarm-apr25',
    { occurredAt: '2013-04-25', recordedAt: '2013-04-26T12:05:00Z' },
    {
      demandId: D.disarm,
      actorId: 'pkk',
      stance: 'conditional',
      conditions: 'Withdrawal with its arms, in phases; disarmament only with the democratic reforms',
      speaker: KARAYILAN,
    },
    [S.zeeApr25],
  ),
  ev(
    'StatementMade',
    'stmt-pkk-withdrawal-may8',
    { occurredAt: '2013-05-08', recordedAt: '2013-05-09T12:00:00Z' },
    {
      speaker: KCK,
      audience: 'turkiye',
      tone: 'neutral',
      summary:
        'The first groups of PKK fighters leave Turkey for northern Iraq, as announced (confirmed by BDP co-chair Gültan Kışanak); the PKK accuses the army of endangering the pullout with drones and troop movements.',
    },
    [S.reutersMay8, S.panarmenianMay8],
    { note: 'The withdrawal has no type of its own in the catalogue: recorded as what the PKK said of it.' },
  ),
  ev(
    'StatementMade',
    'stmt-bayik-sep5',
    { occurredAt: '2013-09-05', recordedAt: '2013-09-06T12:00:00Z' },
    {
      speaker: BAYIK,
      audience: 'turkiye',
      tone: 'accusation',
      summary:
        'Says the government has not acted and is not after a solution: the PKK stops its withdrawal and will defend itself.',
      quote:
        "Turkish government has not acted until now. This shows that they are not after a solution. We will defend ourselves. We're stopping the withdrawal.",
    },
    [S.upiSep5],
  ),
  ev(
    'StatementMade',
    'stmt-kck-sep9',
    { occurredAt: '2013-09-09', recordedAt: '2013-09-10T12:00:00Z' },
    {
      speaker: KCK,
      audience: 'turkiye',
      tone: 'accusation',
      summary:
        "The KCK halts the withdrawal of the PKK's fighters, blaming the government's failure to take the steps of the process; the ceasefire is kept, to give the AK Party an opportunity to act.",
      quote:
        "While the withdrawal is halted, the ceasefire position will be maintained so as to give (the ruling) AK Party an opportunity to take steps in line with Leader Apo (Abdullah Ocalan)'s project.",
    },
    [S.aljazeeraSep9, S.upiSep9],
    { note: 'The halt of the withdrawal has no type of its own: recorded as the statement that announced it.' },
  ),
  ev(
    'DemandTabled',
    'demand-reforms',
    { occurredAt: '2013-09-09', recordedAt: '2013-09-10T12:03:00Z' },
    {
      demandId: D.reforms,
      by: 'pkk',
      addressedTo: ['turkiye'],
      text: 'Democratic reforms for the Kurds: education in Kurdish, the anti-terror law scrapped, PKK prisoners released, changes to the penal code and the electoral threshold, regional autonomy',
      category: 'political',
    },
    [S.zeeSep10, S.aljazeeraSep9],
  ),
  ev(
    'PositionTaken',
    'pos-pkk-disarm-sep9',
    { occurredAt: '2013-09-09', recordedAt: '2013-09-10T12:05:00Z' },
    {
      demandId: D.disarm,
      actorId: 'pkk',
      stance: 'conditional',
      conditions: 'The withdrawal resumes only when the government takes the steps of the second phase',
      speaker: KCK,
    },
    [S.aljazeeraSep9],
  ),
  // ===== October 2014: Kobani, the protests, the first fighting since the ceasefire =====
  ev(
    'ActorRegistered',
    'actor-isis',
    { occurredAt: '2014-10-06', recordedAt: '2014-10-08T12:00:00Z' },
    { actor: ISIS, role: 'third-party' },
    [S.yjcOct8],
    {
      note: "Its siege of Kobani, across the border in Syria, set off the protests; it fights the PKK's Syrian affiliate, the YPG.",
    },
  ),
  ev(
    'IncidentReported',
    'inc-kobani-protests',
    { occurredAt: '2014-10-07', recordedAt: '2014-10-08T12:05:00Z' },
    {
      incidentId: 'kobani-protests-2014-10',
      kind: 'clash',
      target: 'Protesters, police and rival Kurdish and Islamist groups in the streets',
      place: 'Cities across Turkey (Diyarbakır, Mardin, Siirt, Batman, Muş, Istanbul, Ankara)',
      fatalities: { min: 14, max: 14 },
      description:
        "Protests over Turkey's inaction while ISIS besieges Kobani turn violent on 6–8 October: police use tear gas and water cannon, protesters and rival groups fight each other (five killed in Diyarbakır in an exchange of fire between protesters and Islamists); curfews in several provinces. Later counts reach 37 dead. Street violence, not armed action between the army and the PKK.",
    },
    [S.yjcOct8, S.nationalturkOct8],
  ),
  ev(
    'IncidentReported',
    'inc-daglica-post',
    { occurredAt: '2014-10-12', precision: 'approximate', recordedAt: '2014-10-14T12:00:00Z' },
    {
      incidentId: 'daglica-post-2014-10',
      kind: 'clash',
      perpetrator: 'pkk',
      allegedBy: 'turkiye',
      against: 'turkiye',
      target: 'A military guard post (and a police station, by Turkish media)',
      place: 'Dağlıca, Hakkari',
      description:
        'By the Turkish authorities, the PKK attacked the Dağlıca guard post with rocket-propelled grenades and heavy machine guns for three days (about 10–12 October); the army speaks of "terrorist" attacks on security forces in two places in the south-east.',
    },
    [S.dwOct14],
  ),
  ev(
    'IncidentReported',
    'inc-daglica-airstrike',
    { occurredAt: '2014-10-13', recordedAt: '2014-10-14T12:05:00Z' },
    {
      incidentId: 'daglica-airstrike-2014-10-13',
      kind: 'airstrike',
      perpetrator: 'turkiye',
      allegedBy: 'pkk',
      against: 'pkk',
      target: 'PKK positions',
      place: 'Dağlıca, Hakkari',
      description:
        'F-16 and F-4 jets strike PKK positions near Dağlıca late on 13 October, the first air strikes on the PKK since the ceasefire; Hürriyet reports heavy damage, the HPG no casualties. The military does not confirm the strikes; Davutoğlu says the armed forces "have taken necessary measures".',
    },
    [S.dwOct14],
    { occurrence: O.daglica },
  ),
  ev(
    'IncidentReported',
    'inc-geyiksuyu-helicopters',
    { occurredAt: '2014-10-13', recordedAt: '2014-10-14T12:10:00Z' },
    {
      incidentId: 'geyiksuyu-2014-10-13',
      kind: 'airstrike',
      perpetrator: 'turkiye',
      allegedBy: 'turkiye',
      against: 'pkk',
      target: 'Suspected PKK targets, after raids by the rebels',
      place: 'Geyiksuyu, Tunceli',
      description: 'Military helicopters strike suspected PKK targets around the village of Geyiksuyu.',
    },
    [S.dwOct14],
  ),
  ev(
    'CeasefireViolationReported',
    'viol-daglica-pkk',
    { occurredAt: '2014-10-14', recordedAt: '2014-10-14T12:15:00Z' },
    {
      ceasefireId: CF,
      allegedBy: 'pkk',
      against: 'turkiye',
      description:
        'The HPG: "the occupying Turkish army carried out air strikes against our forces for the first time yesterday in almost two years", in breach of the ceasefire; no casualties by its account.',
    },
    [S.dwOct14],
    { occurrence: O.daglica },
  ),
  ev(
    'StatementMade',
    'stmt-davutoglu-oct14',
    { occurredAt: '2014-10-14', recordedAt: '2014-10-14T12:20:00Z' },
    {
      speaker: DAVUTOGLU,
      audience: 'pkk',
      tone: 'warning',
      summary:
        'After the attacks on the Dağlıca posts: "we cannot tolerate or make concessions"; but the government is still committed to peace, and the process is not linked to Kobani.',
      quote:
        "The peace process is not linked to Kobani. It's not linked to any development that takes place outside our borders.",
    },
    [S.dwOct14],
  ),
  ev(
    'IncidentReported',
    'inc-yuksekova',
    { occurredAt: '2014-10-25T13:00:00Z', recordedAt: '2014-10-26T12:00:00Z' },
    {
      incidentId: 'yuksekova-2014-10-25',
      kind: 'militant-attack',
      perpetrator: 'pkk',
      allegedBy: 'turkiye',
      against: 'turkiye',
      target: 'Three off-duty gendarmes (a specialist sergeant and two privates) in the town centre',
      place: 'Yüksekova, Hakkari',
      fatalities: { min: 3, max: 3 },
      description:
        'Masked gunmen shoot three soldiers dead on Cengiz Topel Street at about 16:00; no claim; the General Staff blames "three terrorists from the separatist terrorist organisation". The HDP expresses its sadness and asks all sides to speed up the peace process.',
    },
    [S.alarabiyaOct25, S.hurriyetOct26],
  ),
  // ===== December 2014 – June 2015: the new phase, Dolmabahçe, Erdoğan's distance, Diyadin, the elections =====
  ev(
    'StatementMade',
    'stmt-akdogan-dec22',
    { occurredAt: '2014-12-22', recordedAt: '2014-12-23T12:00:00Z' },
    {
      speaker: AKDOGAN,
      audience: 'pkk',
      tone: 'conciliatory',
      summary:
        'The government and the HDP announce together that the process has entered "a new phase": state committees will meet Öcalan with the HDP delegation present.',
      quote:
        'The process is continuing through a strong political will and determination. The meetings, based on confidence and goodwill, have accelerated in order to reach a final result.',
    },
    [S.istanbulpostDec22],
  ),
  ev(
    'DemandTabled',
    'demand-ten-points',
    { occurredAt: '2015-02-28', recordedAt: '2015-03-01T12:00:00Z' },
    {
      demandId: D.tenPoints,
      by: 'pkk',
      addressedTo: ['turkiye'],
      text: "Öcalan's ten points for a democratic solution (democratic politics, legal guarantees of free citizenship, a new constitution among them), with his call on the PKK to convene a congress in spring on laying down arms",
      category: 'political',
    },
    [S.dwFeb28, S.newturkeyFeb28],
    {
      occurrence: O.dolmabahce,
      note: 'Read by HDP deputy Sırrı Süreyya Önder at a joint press conference with the deputy prime minister and the interior minister at Dolmabahçe, Istanbul.',
    },
  ),
  ev(
    'StatementMade',
    'stmt-ocalan-dolmabahce',
    { occurredAt: '2015-02-28', recordedAt: '2015-03-01T12:05:00Z' },
    {
      speaker: OCALAN,
      audience: 'pkk',
      tone: 'conciliatory',
      summary:
        'Calls on the PKK to hold an extraordinary congress in spring to take "a strategic and historic decision" to abandon the armed struggle.',
      quote:
        'I call on the PKK to hold an extraordinary congress in the spring months to take a strategic and historic decision to abandon the armed struggle.',
    },
    [S.dwFeb28, S.newturkeyFeb28],
    { occurrence: O.dolmabahce },
  ),
  ev(
    'PositionTaken',
    'pos-turkiye-ten-points',
    { occurredAt: '2015-02-28', recordedAt: '2015-03-01T12:10:00Z' },
    {
      demandId: D.tenPoints,
      actorId: 'turkiye',
      stance: 'accepted-in-principle',
      conditions: 'The PKK disarms',
      quote: 'We have reached an important and historical phase in the peace process.',
      speaker: AKDOGAN,
    },
    [S.dwFeb28, S.newturkeyFeb28],
    { occurrence: O.dolmabahce },
  ),
  ev(
    'PositionTaken',
    'pos-erdogan-ten-points',
    { occurredAt: '2015-03-23', recordedAt: '2015-03-24T12:00:00Z' },
    {
      demandId: D.tenPoints,
      actorId: 'turkiye',
      stance: 'conditional',
      conditions: 'No further step until the PKK lays down its arms and takes concrete steps',
      quote:
        'Peace is not possible under the shadow of arms ... We cannot move forward in an environment in which promises are violated repeatedly unless we see concrete steps.',
      speaker: ERDOGAN,
    },
    [S.circassiaMar23],
  ),
  ev(
    'StatementMade',
    'stmt-erdogan-mar23',
    { occurredAt: '2015-03-23', recordedAt: '2015-03-24T12:05:00Z' },
    {
      speaker: ERDOGAN,
      audience: 'pkk',
      tone: 'critical',
      summary:
        'Distances himself from the process: peace is not possible under the shadow of arms; the PKK has not kept its promise of an unarmed struggle; people should not vote under its threats; "there is no longer a Kurdish problem".',
    },
    [S.circassiaMar23],
  ),
  ev(
    'IncidentReported',
    'inc-diyadin',
    { occurredAt: '2015-04-11', recordedAt: '2015-04-12T12:00:00Z' },
    {
      incidentId: 'diyadin-2015-04-11',
      kind: 'clash',
      perpetrator: 'pkk',
      allegedBy: 'turkiye',
      against: 'turkiye',
      target: 'Fifteen gendarmerie units sent to keep order at a "spring festival"',
      place: 'Diyadin, Ağrı',
      fatalities: { min: 5, max: 5 },
      injured: { min: 4, max: 4 },
      description:
        'By the General Staff, gendarmes sent to Diyadin come under fire and fight PKK members all day: five PKK members killed, one captured, four soldiers wounded. The General Staff says the PKK meant to press voters before the June elections.',
    },
    [S.masressApr12],
  ),
  ev(
    'StatementMade',
    'stmt-davutoglu-jun7',
    { occurredAt: '2015-06-07', recordedAt: '2015-06-08T12:00:00Z' },
    {
      speaker: DAVUTOGLU,
      audience: 'domestic audience',
      tone: 'neutral',
      summary:
        'Accepts the election result: the AK Party loses its majority (41 %), the pro-Kurdish HDP crosses the 10 % threshold (about 13 %) and enters parliament as a party.',
      quote: "The people's decision is the most correct decision.",
    },
    [S.france24Jun7],
    { note: "The election itself has no type in the catalogue; recorded as the prime minister's acceptance of it." },
  ),
  // ===== July 2015: Suruç, Ceylanpınar, the air strikes, the end of the ceasefire =====
  ev(
    'IncidentReported',
    'inc-suruc',
    { occurredAt: '2015-07-20T09:00:00Z', recordedAt: '2015-07-21T12:00:00Z' },
    {
      incidentId: 'suruc-2015-07-20',
      kind: 'militant-attack',
      perpetrator: 'isis',
      allegedBy: 'turkiye',
      target: 'Young socialists gathered at the Amara culture centre before a trip to rebuild Kobani',
      place: 'Suruç, Şanlıurfa',
      fatalities: { min: 32, max: 32 },
      injured: { min: 100, max: 104 },
      description:
        'A suicide bomber kills 32 at the culture centre run by the HDP-led municipality; the prime minister names ISIS as the prime suspect. Kurdish groups blame the government for tolerating ISIS.',
    },
    [S.hurriyetJul20],
  ),
  ev(
    'IncidentReported',
    'inc-adiyaman',
    { occurredAt: '2015-07-20', recordedAt: '2015-07-22T12:00:00Z' },
    {
      incidentId: 'adiyaman-2015-07-20',
      kind: 'clash',
      perpetrator: 'pkk',
      allegedBy: 'turkiye',
      against: 'turkiye',
      target: 'A gendarmerie team searching around a dam construction site',
      place: 'Adıyaman',
      fatalities: { min: 1, max: 1 },
      injured: { min: 2, max: 2 },
      description: 'The PKK opens fire on gendarmes around a dam site: one soldier killed, two wounded.',
    },
    [S.menafnJul22],
  ),
  ev(
    'IncidentReported',
    'inc-ceylanpinar',
    { occurredAt: '2015-07-22T03:00:00Z', recordedAt: '2015-07-22T18:00:00Z' },
    {
      incidentId: 'ceylanpinar-2015-07-22',
      kind: 'militant-attack',
      perpetrator: 'pkk',
      allegedBy: 'pkk',
      against: 'turkiye',
      target: 'Two police officers in their shared home',
      place: 'Ceylanpınar, Şanlıurfa',
      fatalities: { min: 2, max: 2 },
      description:
        'Two police officers are found shot in the head; the HPG claims "a punitive action ... in revenge for the massacre in Suruç", accusing them of working with ISIS.',
    },
    [S.hurriyetJul22, S.menafnJul22],
  ),
  ev(
    'IncidentReported',
    'inc-airstrike-badinan',
    { occurredAt: '2015-07-24T20:00:00Z', recordedAt: '2015-07-25T12:00:00Z' },
    {
      incidentId: 'badinan-2015-07-24',
      kind: 'airstrike',
      perpetrator: 'turkiye',
      allegedBy: 'turkiye',
      against: 'pkk',
      target: 'PKK camps: shelters, warehouses, logistics points',
      place: 'Badinan border region (Zap, Metina), northern Iraq',
      description:
        "A wave of air strikes on the PKK's camps in northern Iraq from late on 24 July, the first in four years (the prime minister's office); 23:00 local time by the HPG's account.",
    },
    [S.rudawJul25, S.nytJul25],
  ),
  ev(
    'IncidentReported',
    'inc-airstrike-qandil',
    { occurredAt: '2015-07-24T22:00:00Z', recordedAt: '2015-07-25T12:05:00Z' },
    {
      incidentId: 'qandil-2015-07-25',
      kind: 'airstrike',
      perpetrator: 'turkiye',
      allegedBy: 'turkiye',
      against: 'pkk',
      target: 'PKK camps',
      place: 'Qandil, northern Iraq',
      description: 'The strikes reach Qandil at 01:00 on 25 July (the HPG); no casualties reported in the first wave.',
    },
    [S.rudawJul25, S.apJul25],
  ),
  ev(
    'IncidentReported',
    'inc-airstrike-khakurk',
    { occurredAt: '2015-07-24T22:00:00Z', recordedAt: '2015-07-25T12:10:00Z' },
    {
      incidentId: 'khakurk-2015-07-25',
      kind: 'airstrike',
      perpetrator: 'turkiye',
      allegedBy: 'turkiye',
      against: 'pkk',
      target: 'PKK camps',
      place: 'Khakurk, northern Iraq',
      description: 'The strikes reach Khakurk at 01:00 on 25 July, with those on Qandil (the HPG).',
    },
    [S.rudawJul25],
  ),
  ev(
    'StatementMade',
    'stmt-hpg-jul25',
    { occurredAt: '2015-07-25', recordedAt: '2015-07-25T18:00:00Z' },
    {
      speaker: HPG,
      audience: 'turkiye',
      tone: 'accusation',
      summary:
        'After the air strikes, the HPG declares that the ceasefire has become meaningless; a PKK spokesman: "Turkey has basically ended the cease-fire".',
      quote: 'The truce has no meaning anymore after these intense air strikes by the occupant Turkish army.',
    },
    [S.rudawJul25, S.apJul25],
    { occurrence: O.truceOver },
  ),
  ev(
    'CeasefireEnded',
    'cf-2013-ended',
    { occurredAt: '2015-07-25', recordedAt: '2015-07-25T18:05:00Z' },
    {
      ceasefireId: CF,
      reason: 'collapsed',
      summary: "The HPG declares the ceasefire meaningless after Türkiye's air strikes on its camps.",
    },
    [S.rudawJul25, S.apJul25],
    { occurrence: O.truceOver },
  ),
  ev(
    'IncidentReported',
    'inc-lice-car-bomb',
    { occurredAt: '2015-07-26', recordedAt: '2015-07-27T12:00:00Z' },
    {
      incidentId: 'lice-2015-07-26',
      kind: 'militant-attack',
      perpetrator: 'pkk',
      allegedBy: 'turkiye',
      against: 'turkiye',
      target: 'A military vehicle on the road',
      place: 'Lice, Diyarbakır',
      fatalities: { min: 2, max: 2 },
      injured: { min: 4, max: 4 },
      description: 'A car bomb kills two soldiers and wounds four; officials blame "terrorists"; no claim.',
    },
    [S.digidigitJul26],
  ),
  ev(
    'StatementMade',
    'stmt-erdogan-jul28',
    { occurredAt: '2015-07-28', recordedAt: '2015-07-28T18:00:00Z' },
    {
      speaker: ERDOGAN,
      audience: 'pkk',
      tone: 'threat',
      summary:
        'It is impossible to continue the peace process with those who threaten national unity; those who exploit the state\'s patience "will receive the answer they deserve"; asks parliament to strip politicians linked to terrorist groups of their immunity.',
      quote:
        'It is impossible for us to continue the peace process with those who threaten our national unity and brotherhood.',
    },
    [S.upiJul28, S.rferlJul28],
    {
      note: 'In the same weeks Erdoğan said the process had been "frozen" (put on ice); the AK Party spokesman said there was "a stagnation in the mechanism".',
    },
  ),
  ev(
    'TalksSuspended',
    'talks-suspended-jul28',
    { occurredAt: '2015-07-28', recordedAt: '2015-07-28T18:05:00Z' },
    {
      by: 'turkiye',
      reason: 'Erdoğan: "It is impossible for us to continue the peace process" with the PKK.',
    },
    [S.upiJul28, S.rferlJul28],
  ),
  // ===== August – September 2015: the fighting =====
  ev(
    'IncidentReported',
    'inc-silopi',
    { occurredAt: '2015-08-10T06:00:00Z', recordedAt: '2015-08-11T12:00:00Z' },
    {
      incidentId: 'silopi-2015-08-10',
      kind: 'militant-attack',
      perpetrator: 'pkk',
      allegedBy: 'turkiye',
      against: 'turkiye',
      target: 'An armoured police vehicle',
      place: 'Silopi, Şırnak',
      fatalities: { min: 4, max: 4 },
      injured: { min: 1, max: 1 },
      description: 'A land mine planted on the road kills four police officers at 09:00 (the governorship).',
    },
    [S.bianetAug10],
  ),
  ev(
    'IncidentReported',
    'inc-beytussebap',
    { occurredAt: '2015-08-10', recordedAt: '2015-08-11T12:05:00Z' },
    {
      incidentId: 'beytussebap-2015-08-10',
      kind: 'clash',
      perpetrator: 'pkk',
      allegedBy: 'turkiye',
      against: 'turkiye',
      target: 'A Sikorsky military helicopter',
      place: 'Beytüşşebap, Şırnak',
      fatalities: { min: 1, max: 1 },
      injured: { min: 7, max: 7 },
      description:
        "A military helicopter is fired on with an anti-aircraft weapon and rocket launchers: one private killed, seven wounded; Cobra helicopters then bomb the PKK's positions.",
    },
    [S.bianetAug10],
  ),
  ev(
    'IncidentReported',
    'inc-lice-aug27',
    { occurredAt: '2015-08-27T12:40:00Z', recordedAt: '2015-08-28T12:00:00Z' },
    {
      incidentId: 'lice-2015-08-27',
      kind: 'clash',
      perpetrator: 'pkk',
      allegedBy: 'turkiye',
      against: 'turkiye',
      target: 'Military personnel',
      place: 'Lice, Diyarbakır',
      fatalities: { min: 1, max: 1 },
      injured: { min: 4, max: 4 },
      description: 'PKK militants fire long-barrelled weapons and rockets at soldiers: one killed, four injured.',
    },
    [S.kurdpressAug28],
  ),
  ev(
    'IncidentReported',
    'inc-yuksekova-aug27',
    { occurredAt: '2015-08-27', recordedAt: '2015-08-28T12:05:00Z' },
    {
      incidentId: 'yuksekova-2015-08-27',
      kind: 'clash',
      perpetrator: 'turkiye',
      allegedBy: 'turkiye',
      against: 'pkk',
      target: 'PKK militants in the town, under a curfew from 23:30 on 26 August',
      place: 'Yüksekova, Hakkari',
      fatalities: { min: 20, max: 20 },
      description:
        'An anti-terror operation under curfew in which 20 PKK militants are killed (the official account); the curfew is then lifted.',
    },
    [S.kurdpressAug28],
  ),
  ev(
    'IncidentReported',
    'inc-cizre-curfew',
    { occurredAt: '2015-09-04T17:00:00Z', recordedAt: '2015-09-05T12:00:00Z' },
    {
      incidentId: 'cizre-2015-09',
      kind: 'clash',
      perpetrator: 'turkiye',
      allegedBy: 'turkiye',
      against: 'pkk',
      target: 'PKK members and its youth wing (YDG-H) in the town, under an open-ended curfew',
      place: 'Cizre, Şırnak',
      description:
        'The Şırnak governor declares a curfew in Cizre from 20:00 on 4 September "to capture members of the PKK" involved in the violence, until further notice; fighting in the town.',
    },
    [S.kurdpressSep5],
  ),
  ev(
    'IncidentReported',
    'inc-daglica-2015',
    { occurredAt: '2015-09-06T12:00:00Z', recordedAt: '2015-09-07T12:00:00Z' },
    {
      incidentId: 'daglica-2015-09-06',
      kind: 'militant-attack',
      perpetrator: 'pkk',
      allegedBy: 'turkiye',
      against: 'turkiye',
      target: 'Two armoured vehicles of a convoy clearing mines',
      place: 'Dağlıca, Hakkari',
      fatalities: { min: 16, max: 31 },
      injured: { min: 6, max: 6 },
      description:
        "Roadside bombs and gunfire on a convoy from about 15:00: 16 soldiers killed by the army, 31 by the PKK's claim; the deadliest attack since the ceasefire collapsed.",
    },
    [S.reutersSep7, S.alarabiyaSep7],
  ),
  ev(
    'IncidentReported',
    'inc-daglica-airstrikes-2015',
    { occurredAt: '2015-09-07', recordedAt: '2015-09-07T18:00:00Z' },
    {
      incidentId: 'hakkari-airstrikes-2015-09-07',
      kind: 'airstrike',
      perpetrator: 'turkiye',
      allegedBy: 'turkiye',
      against: 'pkk',
      target: '23 PKK targets',
      place: 'Dağlıca, Hakkari',
      description:
        'The military bombs 23 targets in the mountains near the Iraqi frontier overnight and lands special forces by helicopter.',
    },
    [S.reutersSep7],
  ),
  ev(
    'StatementMade',
    'stmt-davutoglu-sep7',
    { occurredAt: '2015-09-07', recordedAt: '2015-09-07T18:05:00Z' },
    {
      speaker: DAVUTOGLU,
      audience: 'pkk',
      tone: 'military-threat',
      summary: 'After Dağlıca: the mountains will be cleared of the terrorists, whatever it takes.',
      quote: 'Those mountains will be cleared of these terrorists. Whatever it takes, they will be cleared.',
    },
    [S.reutersSep7],
  ),
  ev(
    'IncidentReported',
    'inc-igdir',
    { occurredAt: '2015-09-08T04:30:00Z', recordedAt: '2015-09-08T18:00:00Z' },
    {
      incidentId: 'igdir-2015-09-08',
      kind: 'militant-attack',
      perpetrator: 'pkk',
      allegedBy: 'turkiye',
      against: 'turkiye',
      target: 'A minibus carrying police officers escorting customs officials to the Dilucu border gate',
      place: 'Hasanhan, Iğdır',
      fatalities: { min: 12, max: 14 },
      description:
        'A roadside bomb on the minibus: 12 police officers killed by the first reports, 14 by a government official.',
    },
    [S.irishtimesSep8, S.informSep8],
  ),
  ev(
    'IncidentReported',
    'inc-northern-iraq-sep8',
    { occurredAt: '2015-09-07T22:00:00Z', precision: 'approximate', recordedAt: '2015-09-08T18:05:00Z' },
    {
      incidentId: 'northern-iraq-2015-09-08',
      kind: 'airstrike',
      perpetrator: 'turkiye',
      allegedBy: 'turkiye',
      against: 'pkk',
      target: 'PKK bases',
      place: 'Northern Iraq',
      description:
        'More than 40 warplanes hit PKK targets in northern Iraq overnight; scores of PKK fighters killed, by a security source.',
    },
    [S.irishtimesSep8],
  ),
  ev(
    'EventCorrected',
    'corr-cizre-toll',
    { occurredAt: '2015-09-13', recordedAt: '2015-09-14T11:55:00Z' },
    {
      eventId: idOf('inc-cizre-curfew'),
      changes: {
        sources: [S.kurdpressSep5, S.yahooSep13],
        data: {
          fatalities: { min: 21, max: 32 },
          description:
            'The Şırnak governor declares a curfew in Cizre from 20:00 on 4 September "to capture members of the PKK"; it lasts nine days (lifted on the 12th, restored on the 13th). The government says up to 32 militants were killed, the HDP that 21 civilians died.',
        },
      },
      reason: 'The counts of the nine-day curfew, reported when it ended (AFP, 13 September).',
    },
    [S.yahooSep13],
  ),
  ev(
    'IncidentReported',
    'inc-police-sep13',
    { occurredAt: '2015-09-13', recordedAt: '2015-09-14T12:00:00Z' },
    {
      incidentId: 'southeast-police-2015-09-13',
      kind: 'militant-attack',
      perpetrator: 'pkk',
      allegedBy: 'turkiye',
      against: 'turkiye',
      target: 'Police officers',
      place: 'South-east Turkey (two attacks)',
      fatalities: { min: 3, max: 3 },
      description:
        'Three police officers killed by Kurdish militants in two attacks, as the Cizre curfew is restored from 19:00.',
    },
    [S.yahooSep13],
  ),
  ev(
    'IncidentReported',
    'inc-agacdibi',
    { occurredAt: '2015-09-17T07:00:00Z', recordedAt: '2015-09-18T12:00:00Z' },
    {
      incidentId: 'agacdibi-2015-09-17',
      kind: 'clash',
      perpetrator: 'pkk',
      allegedBy: 'turkiye',
      against: 'turkiye',
      target: 'Security forces',
      place: 'Ağaçdibi, Hakkari',
      fatalities: { min: 4, max: 4 },
      injured: { min: 3, max: 3 },
      description:
        'PKK militants open fire at about 10:00: three soldiers killed, a fourth dies of his wounds the next day; an operation with air support follows, "a number of" militants killed.',
    },
    [S.hurriyetSep18],
  ),
  ev(
    'IncidentReported',
    'inc-semdinli',
    { occurredAt: '2015-09-17', precision: 'approximate', recordedAt: '2015-09-18T12:05:00Z' },
    {
      incidentId: 'semdinli-2015-09-17',
      kind: 'clash',
      perpetrator: 'pkk',
      allegedBy: 'turkiye',
      against: 'turkiye',
      target: 'Gendarmerie',
      place: 'Şemdinli, Hakkari',
      fatalities: { min: 1, max: 1 },
      description:
        'A gendarmerie specialised sergeant is heavily wounded in clashes with the PKK and dies in hospital.',
    },
    [S.hurriyetSep18],
  ),
  ev(
    'IncidentReported',
    'inc-silvan',
    { occurredAt: '2015-09-23', recordedAt: '2015-09-23T18:00:00Z' },
    {
      incidentId: 'silvan-2015-09-23',
      kind: 'militant-attack',
      perpetrator: 'pkk',
      allegedBy: 'turkiye',
      against: 'turkiye',
      target: 'A sergeant',
      place: 'Silvan, Diyarbakır',
      fatalities: { min: 1, max: 1 },
      description: 'A sergeant is shot dead in a raid blamed on the PKK.',
    },
    [graded(S.aliraqSep23, 3)],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'turkey-pkk-2013.jsonl',
  logEnd: '2015-10-01T00:00:00Z',
  events,
};

export default definition;
