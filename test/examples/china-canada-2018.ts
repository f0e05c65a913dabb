/**
 * A test fixture, not a shipped example: China and Canada from the arrest in
 * Vancouver of Huawei's chief financial officer Meng Wanzhou at the request of
 * the United States (1 December 2018) to the release on one day of Meng and of
 * Michael Kovrig and Michael Spavor (24 September 2021) and the months after —
 * China's protest and its warning of "grave consequences" (8 December 2018),
 * the detention of the two Michaels (10 December 2018), Robert Schellenberg's
 * death sentence (14 January 2019), the canola (March 2019) and meat (June
 * 2019) bans, the formal arrests (May 2019), the meat ban lifted (November
 * 2019), the charges (June 2020) and trials (March 2021), the ambassador's
 * Hong Kong remark (October 2020), Spavor's sentence (11 August 2021), the
 * deferred prosecution agreement and the releases (24 September 2021), and
 * Canada's diplomatic boycott of the Beijing Olympics (8 December 2021).
 * Escalation model v2 was never tuned on it: it is the case the model is held
 * to in china-canada-2018.spec.ts, against calls written from DOMAIN.md §5b
 * alone.
 *
 * What it tests: an arrest of one party's national by the other at a third
 * party's request; the detention of the other's nationals as leverage; trade
 * bans (hostile measures, CAMEO 163); threats of consequences that name no
 * force; no force between forces at any time; a release by both on the same
 * day; and the level after it, with no agreement between the pair.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the shared builder
 * (examples/case-builder.ts).
 *
 * Grading as in examples/README.md: B = established outlet or wire copy (SCMP,
 * the Toronto Star/Bloomberg, AP through 680 News, CBC, BIV, the National
 * Post/Canadian Press, RCI, UPI, VOA through GlobalSecurity.org, CGTN for
 * China's own statements); C = smaller
 * outlet, mirror or wiki (Wikipedia, aggregators of Global News or CNN copy),
 * dated by the development it is cited for; 2 = on-record statement or act
 * several outlets agree on; 3 = one side's claim or an interpretation.
 *
 * Judgement calls, recorded as an analyst would:
 * - The pair is China and Canada. The United States, whose extradition request
 *   led to the arrest, is a third party. Huawei and Meng are not actors (no
 *   actor kind fits a company); Meng appears in the descriptions.
 * - Meng's arrest (1 December 2018) is Canada's law-enforcement act on a US
 *   warrant under the extradition treaty: a private national held on a court
 *   process and bailed on 11 December, not the other party's soldiers,
 *   diplomats or crew seized by force. It is NOT recorded as Canada's
 *   `detention`; it is recorded as Canada's Justice Department's statement
 *   (neutral) confirming the arrest, and China's protests as its critical
 *   statements. Her release is likewise the Justice Department's statement.
 * - Kovrig (Beijing) and Spavor (Dandong) detained on 10 December 2018 are
 *   recorded as China's `detention` of Canada's people, allegedBy Canada: the
 *   sources read (AP via 680 News: "in an apparent attempt to pressure for her
 *   release"; BIV: "likely retaliation"; CNN copy: "widely interpreted as
 *   political retaliation") say they were held in retaliation, and Canada calls
 *   it arbitrary detention. China denies any link; that denial is in the
 *   description. Each is held until China's `release` on 24 September 2021,
 *   recorded at the same place.
 * - Schellenberg's death sentence (14 January 2019) is a court's act against a
 *   Canadian convicted of drug smuggling before the crisis; recorded as
 *   Trudeau's critical statement and China's rejoinder, not as a detention (he
 *   was held since 2014).
 * - The canola (Richardson, 1 March; all purchases halted by 22 March 2019) and
 *   meat (25 June 2019) suspensions are China's critical statements with CAMEO
 *   163, China giving quarantine grounds. None is a border closure. The meat
 *   ban lifted (5 November 2019) is conciliatory.
 * - "Grave consequences" (8 December 2018) and the ambassador's Hong Kong
 *   remark (15 October 2020) are `threat`, not `military-threat`: neither names
 *   force. Neither sets a deadline: no ultimatum.
 * - No armed action, incursion or force between the parties' forces is reported
 *   at any time.
 * - The United States' own acts and words (the charges of 28 January 2019,
 *   Blinken's "people are not bargaining chips" of 11 August 2021, the
 *   deferred prosecution agreement of 24 September 2021) are a third party's:
 *   recorded for the story, they do not make the pair's level.
 * - The firing of Ambassador McCallum (26 January 2019) is Canada's neutral
 *   statement: an internal act, neither hostile nor conciliatory to China.
 * - Left out for want of time to source it: the Canadian travel advisory, the
 *   detention of other Canadians (e.g. Sarah McIver), Kovrig's verdict (none
 *   was given), the state of the canola restrictions after the release, and
 *   the 2022 developments (no dated source read).
 */
import type { Actor, NegotiationEvent, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, retrospectiveClock, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'china-canada-2018';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 2018);
const when = retrospectiveClock('2026-12-07T01:00:00Z');

const CHINA: Actor = {
  id: 'china',
  name: "People's Republic of China",
  kind: 'state',
  aliases: ['China', 'Beijing', 'PRC'],
};
const CANADA: Actor = { id: 'canada', name: 'Canada', kind: 'state', aliases: ['Ottawa'] };
const USA: Actor = {
  id: 'united-states',
  name: 'United States of America',
  kind: 'state',
  aliases: ['US', 'United States', 'Washington'],
};

const CAN_JUSTICE: Person = { name: 'Department of Justice Canada', actorId: 'canada' };
const TRUDEAU: Person = { name: 'Justin Trudeau', title: 'Prime Minister of Canada', actorId: 'canada' };
const FREELAND: Person = { name: 'Chrystia Freeland', title: 'Minister of Foreign Affairs', actorId: 'canada' };
const GAC: Person = { name: 'Global Affairs Canada', actorId: 'canada' };
const CN_MFA: Person = { name: 'Ministry of Foreign Affairs of China', actorId: 'china' };
const LE_YUCHENG: Person = { name: 'Le Yucheng', title: 'Vice Foreign Minister of China', actorId: 'china' };
const LU_KANG: Person = { name: 'Lu Kang', title: 'Foreign Ministry spokesman', actorId: 'china' };
const CN_CUSTOMS: Person = { name: 'General Administration of Customs of China', actorId: 'china' };
const CN_EMBASSY: Person = { name: 'Embassy of China in Canada', actorId: 'china' };
const CONG_PEIWU: Person = { name: 'Cong Peiwu', title: 'Ambassador of China to Canada', actorId: 'china' };
const BARTON: Person = { name: 'Dominic Barton', title: 'Ambassador of Canada to China', actorId: 'canada' };
const BLINKEN: Person = { name: 'Antony Blinken', title: 'US Secretary of State', actorId: 'united-states' };
const US_DOJ: Person = { name: 'US Department of Justice', actorId: 'united-states' };

const S = {
  wikiArrest: source(
    'Arrest of Meng Wanzhou',
    'Wikipedia',
    'https://en.wikipedia.org/wiki/Arrest_of_Meng_Wanzhou',
    '2018-12-05',
    'C',
    2,
  ),
  scmpDec9: source(
    "Beijing blames Canada for Huawei arrest and threatens 'grave consequences for hurting feelings of Chinese people'",
    'South China Morning Post',
    'https://scmp.com/news/china/diplomacy/article/2177091/beijing-blames-canada-huawei-arrest-and-threatens-grave',
    '2018-12-09',
    'B',
    2,
  ),
  starDec8: source(
    'Chinese Foreign Ministry summons Canadian envoy over Huawei (Bloomberg)',
    'Toronto Star',
    'https://www.thestar.com/business/2018/12/08/chinese-foreign-ministry-summons-canadian-envoy-over-huawei.html',
    '2018-12-08',
    'B',
    2,
  ),
  wikiMichaels: source('Two Michaels', 'Wikipedia', 'https://en.wikipedia.org/wiki/Two_Michaels', '2018-12-10', 'C', 2),
  apJun25: source(
    'China suspends Canadian meat imports amid Huawei dispute (AP)',
    '680 News',
    'https://www.680news.com/2019/06/25/china-suspends-canadian-meat-imports-amid-huawei-dispute/',
    '2019-06-25',
    'B',
    2,
  ),
  wikiSchellenberg: source(
    'Robert Lloyd Schellenberg',
    'Wikipedia',
    'https://en.wikipedia.org/wiki/Robert_Lloyd_Schellenberg',
    '2019-01-14',
    'C',
    2,
  ),
  cgtnCanola: source(
    'China Customs confirm suspension of Canadian canola imports',
    'CGTN',
    'https://news.cgtn.com/news/3d3d414f3363544d33457a6333566d54/index.html',
    '2019-03-07',
    'B',
    2,
  ),
  rciMar22: source(
    'China stops importing Canadian canola',
    'Radio Canada International',
    'http://www.rcinet.ca/en/2019/03/22/chinese-retaliation-rapeseed-export-canada/',
    '2019-03-22',
    'B',
    2,
  ),
  wikiRelations: source(
    'Canada–China relations',
    'Wikipedia',
    'https://en.wikipedia.org/wiki/Canada%E2%80%93China_relations',
    '2021-12-08',
    'C',
    2,
  ),
  bivSep24: source(
    'Trudeau: Kovrig, Spavor on plane back to Canada after Chinese detention',
    'Business in Vancouver',
    'https://biv.com/article/2021/09/reports-kovrig-spavor-plane-back-canada-after-chinese-detention',
    '2021-09-24',
    'B',
    2,
  ),
  npSep24: source(
    'Meng Wanzhou free to go from B.C. as extradition case dropped by the United States (Canadian Press)',
    'National Post',
    'https://nationalpost.com/pmn/news-pmn/canada-news-pmn/cp-newsalert-mengs-extradition-case-dropped-in-b-c-shes-free-to-go',
    '2021-09-24',
    'B',
    2,
  ),
  cnnSep25: source(
    'Two Canadians imprisoned by China have been released, Prime Minister Trudeau says (CNN copy)',
    '365NEWSX',
    'https://365newsx.com/us/article/two-canadians-imprisoned-by-china-have-been-released-prime-minister-trudeau-says-cnn',
    '2021-09-25',
    'C',
    2,
  ),
  upiAug11: source(
    'China sentences Canadian Michael Spavor to 11 years in prison',
    'UPI',
    'https://www.upi.com/Top_News/World-News/2021/08/11/china-China-sentences-Canadian-Michael-Spavor-to-11-years-in-jail/6271628664669/',
    '2021-08-11',
    'B',
    2,
  ),
  voaAug11: source(
    'China Sentences Canadian to 11 Years on Spying Charges (VOA)',
    'GlobalSecurity.org',
    'https://www.globalsecurity.org/wmd/library/news/china/2021/08/china-210811-voa01.htm',
    '2021-08-11',
    'B',
    2,
  ),
  iphoneJan27: source(
    'PM Trudeau Fires Canadian Ambassador to China Over Huawei CFO Extradition Remarks',
    'iPhone in Canada',
    'https://www.iphoneincanada.ca/2019/01/27/trudeau-fires-ambassador-china-huawei/',
    '2019-01-27',
    'C',
    2,
  ),
  wikiBoycott: source(
    '2022 Winter Olympics diplomatic boycott',
    'Wikipedia',
    'https://en.wikipedia.org/wiki/2022_Winter_Olympics_diplomatic_boycott',
    '2021-12-08',
    'C',
    2,
  ),
};

const INC = {
  kovrig: 'kovrig-detained-2018-12-10',
  spavor: 'spavor-detained-2018-12-10',
  kovrigOut: 'kovrig-released-2021-09-24',
  spavorOut: 'spavor-released-2021-09-24',
} as const;
const D = { meng: 'release-meng', michaels: 'release-michaels' } as const;
const BEIJING = 'Beijing';
const DANDONG = 'Dandong, Liaoning';
const O = {
  dec10: 'michaels-detained-2018-12-10',
  aug11: 'spavor-sentence-2021-08-11',
  sep24: 'releases-2021-09-24',
} as const;

const events: readonly NegotiationEvent[] = [
  // ===== December 2018: the arrest, the protest, the detentions =====
  ev(
    'NegotiationOpened',
    'opened',
    when('2018-12-01'),
    {
      negotiationId: NEGOTIATION_ID,
      title: 'China – Canada: Meng Wanzhou and the two Michaels, 2018–21',
      subject:
        "The arrest in Vancouver of Huawei's CFO Meng Wanzhou at the US request (1 December 2018), China's protests and the detention of Michael Kovrig and Michael Spavor, the trade bans, the trials, and the release on one day of Meng and the two Michaels (24 September 2021).",
      parties: [CHINA, CANADA],
      mediators: [],
    },
    [S.wikiArrest, S.scmpDec9],
  ),
  ev('ActorRegistered', 'actor-us', when('2018-12-01'), { actor: USA, role: 'third-party' }, [S.wikiArrest], {
    note: 'Its extradition request led to the arrest; it charged Meng and settled with her.',
  }),
  ev(
    'StatementMade',
    'stmt-canada-arrest',
    when('2018-12-05'),
    {
      speaker: CAN_JUSTICE,
      audience: 'china',
      tone: 'neutral',
      summary:
        'The Justice Department confirms that Meng Wanzhou, Huawei’s chief financial officer, was arrested in Vancouver on 1 December on a US extradition request and that a bail hearing is set; a publication ban was asked by her lawyers.',
    },
    [S.wikiArrest, S.starDec8],
    { note: "Canada's arrest of a Chinese national on a third party's warrant (see the header: not a detention)." },
  ),
  ev(
    'StatementMade',
    'stmt-china-protest-dec6',
    when('2018-12-06'),
    {
      speaker: CN_MFA,
      audience: 'canada',
      tone: 'critical',
      summary:
        'China has lodged representations with Canada and the United States, demanding they clarify the reasons for the detention and release Meng immediately, protecting her legitimate rights.',
    },
    [S.wikiArrest, S.scmpDec9],
  ),
  ev(
    'DemandTabled',
    'dem-meng',
    when('2018-12-06'),
    {
      demandId: D.meng,
      by: 'china',
      addressedTo: ['canada'],
      text: 'Release Meng Wanzhou immediately.',
      category: 'humanitarian',
    },
    [S.scmpDec9, S.starDec8],
  ),
  ev(
    'StatementMade',
    'stmt-le-yucheng-dec8',
    when('2018-12-08T14:00:00Z'),
    {
      speaker: LE_YUCHENG,
      audience: 'canada',
      tone: 'threat',
      summary:
        "Vice Foreign Minister Le Yucheng summons Ambassador John McCallum, lodges a 'strong protest' at an arrest he calls a severe violation of the Chinese citizen's rights, 'unconscionable and vile', and warns of 'grave consequences' if Meng is not released immediately.",
    },
    [S.scmpDec9, S.starDec8],
  ),
  ev(
    'IncidentReported',
    'kovrig-detained',
    when('2018-12-10'),
    {
      incidentId: INC.kovrig,
      kind: 'detention',
      perpetrator: 'china',
      allegedBy: 'canada',
      against: 'canada',
      target: 'Michael Kovrig, a former Canadian diplomat working for the International Crisis Group',
      place: BEIJING,
      description:
        "Detained in Beijing by state security on suspicion of endangering national security, nine days after Meng's arrest; held in isolation without access to a lawyer. Widely seen as retaliation for the arrest (AP: 'in an apparent attempt to pressure for her release'); China denies any link.",
    },
    [S.wikiMichaels, S.apJun25, S.bivSep24],
    { occurrence: O.dec10, note: "China's detention of Canada's people as leverage (see the header)." },
  ),
  ev(
    'IncidentReported',
    'spavor-detained',
    when('2018-12-10'),
    {
      incidentId: INC.spavor,
      kind: 'detention',
      perpetrator: 'china',
      allegedBy: 'canada',
      against: 'canada',
      target: 'Michael Spavor, a Canadian businessman organising exchanges with North Korea',
      place: DANDONG,
      description:
        'Detained in Dandong the same day on suspicion of endangering national security; the sources read it with Kovrig’s as retaliation for Meng’s arrest.',
    },
    [S.wikiMichaels, S.apJun25, S.cnnSep25],
    { occurrence: O.dec10 },
  ),
  ev(
    'StatementMade',
    'stmt-canada-bail',
    when('2018-12-11'),
    {
      speaker: CAN_JUSTICE,
      audience: 'china',
      tone: 'neutral',
      summary:
        'The British Columbia Supreme Court grants Meng bail of C$10 million; she lives under curfew and electronic monitoring in her Vancouver house while the extradition case goes on.',
    },
    [S.wikiArrest],
  ),
  ev(
    'StatementMade',
    'stmt-freeland-dec21',
    when('2018-12-21'),
    {
      speaker: FREELAND,
      audience: 'china',
      tone: 'critical',
      summary:
        'Canada is deeply concerned by the arbitrary detention of two Canadians by Chinese authorities and calls for their immediate release.',
    },
    [S.wikiMichaels],
  ),
  ev(
    'DemandTabled',
    'dem-michaels',
    when('2018-12-21'),
    {
      demandId: D.michaels,
      by: 'canada',
      addressedTo: ['china'],
      text: 'Release Michael Kovrig and Michael Spavor immediately.',
      category: 'humanitarian',
    },
    [S.wikiMichaels],
  ),
  // ===== 2019: Schellenberg, the trade bans, the formal arrests =====
  ev(
    'StatementMade',
    'stmt-trudeau-schellenberg',
    when('2019-01-14'),
    {
      speaker: TRUDEAU,
      audience: 'china',
      tone: 'critical',
      summary:
        "After a court in Dalian resentences Robert Schellenberg to death at a one-day retrial, Trudeau says China has chosen to 'arbitrarily' apply the death penalty, a matter of 'extreme concern'.",
    },
    [S.wikiSchellenberg, S.apJun25],
  ),
  ev(
    'StatementMade',
    'stmt-china-schellenberg',
    when('2019-01-15'),
    {
      speaker: CN_MFA,
      audience: 'canada',
      tone: 'critical',
      summary:
        "China's Foreign Ministry says Canada should respect China's judicial sovereignty and stop making 'irresponsible remarks'.",
    },
    [S.wikiSchellenberg],
  ),
  ev(
    'StatementMade',
    'stmt-trudeau-mccallum',
    when('2019-01-26'),
    {
      speaker: TRUDEAU,
      audience: 'china',
      tone: 'neutral',
      summary:
        "Trudeau says he has asked for and accepted the resignation of Ambassador John McCallum, who had said Meng had a 'strong case' against extradition and that it would be 'great for Canada' if the US dropped its request.",
    },
    [S.iphoneJan27],
  ),
  ev(
    'StatementMade',
    'stmt-us-charges',
    when('2019-01-28'),
    {
      speaker: US_DOJ,
      audience: 'canada',
      tone: 'neutral',
      summary:
        'The Justice Department unseals charges against Huawei and Meng (bank fraud, sanctions violations, theft of trade secrets) and confirms it will pursue her extradition from Canada.',
    },
    [S.wikiArrest],
  ),
  ev(
    'StatementMade',
    'stmt-canada-atp',
    when('2019-03-01'),
    {
      speaker: CAN_JUSTICE,
      audience: 'china',
      tone: 'neutral',
      summary:
        'The Justice Department issues the authority to proceed: the extradition hearing for Meng will go ahead in the British Columbia Supreme Court.',
    },
    [S.wikiArrest],
  ),
  ev(
    'StatementMade',
    'stmt-lu-kang-canola',
    when('2019-03-06'),
    {
      speaker: LU_KANG,
      audience: 'canada',
      tone: 'critical',
      summary:
        'The suspension is "completely reasonable and legal"; Canada must be aware that imported pests pose a serious threat to agriculture.',
    },
    [S.cgtnCanola],
  ),
  ev(
    'StatementMade',
    'stmt-customs-canola',
    when('2019-03-07'),
    {
      speaker: CN_CUSTOMS,
      audience: 'canada',
      tone: 'critical',
      summary:
        "China's customs confirm they have cancelled Richardson International's registration to ship canola to China, citing hazardous organisms, and step up inspections of Canadian canola.",
    },
    [S.cgtnCanola],
    { cameo: '163', note: 'A ban on the other party’s canola exporter (CAMEO 163).' },
  ),
  ev(
    'StatementMade',
    'stmt-canola-halt',
    when('2019-03-22'),
    {
      speaker: CN_CUSTOMS,
      audience: 'canada',
      tone: 'critical',
      summary:
        'Chinese importers stop buying Canadian canola seed altogether, the Canola Council reports; a second exporter (Viterra) loses its permit. The ban is seen in Canada as retaliation for the arrest.',
    },
    [S.rciMar22],
    { cameo: '163' },
  ),
  ev(
    'StatementMade',
    'stmt-china-formal-arrest',
    when('2019-05-16'),
    {
      speaker: LU_KANG,
      audience: 'canada',
      tone: 'critical',
      summary:
        'Kovrig and Spavor are formally arrested, Kovrig on suspicion of stealing state secrets and intelligence for overseas forces, Spavor of stealing and illegally providing state secrets.',
    },
    [S.wikiMichaels],
  ),
  ev(
    'StatementMade',
    'stmt-embassy-meat',
    when('2019-06-25'),
    {
      speaker: CN_EMBASSY,
      audience: 'canada',
      tone: 'critical',
      summary:
        'China suspends all meat imports from Canada after finding ractopamine residue in a batch of pork, takes "urgent preventive measures" and asks Canada to suspend all meat-export certificates.',
    },
    [S.apJun25],
    { cameo: '163' },
  ),
  ev(
    'StatementMade',
    'stmt-meat-lifted',
    when('2019-11-05'),
    {
      speaker: CN_EMBASSY,
      audience: 'canada',
      tone: 'conciliatory',
      summary:
        'China lifts its ban on Canadian beef and pork imports after Canadian changes to its certificate system.',
    },
    [S.wikiRelations],
  ),
  // ===== 2020: the charges, the threats =====
  ev(
    'StatementMade',
    'stmt-canada-ruling',
    when('2020-05-27'),
    {
      speaker: CAN_JUSTICE,
      audience: 'china',
      tone: 'neutral',
      summary:
        "Associate Chief Justice Heather Holmes rules that the double-criminality test is met: Meng's extradition case goes on.",
    },
    [S.wikiArrest],
  ),
  ev(
    'StatementMade',
    'stmt-china-ruling',
    when('2020-05-28'),
    {
      speaker: CN_MFA,
      audience: 'canada',
      tone: 'critical',
      summary:
        "China's Foreign Ministry says it is strongly dissatisfied with the ruling and again urges Canada to release Meng and let her return to China safely.",
    },
    [S.wikiArrest],
  ),
  ev(
    'StatementMade',
    'stmt-china-charges',
    when('2020-06-19'),
    {
      speaker: CN_MFA,
      audience: 'canada',
      tone: 'critical',
      summary:
        'Prosecutors charge Kovrig with spying for state secrets and intelligence and Spavor with spying and illegally providing state secrets to foreign entities, three weeks after a Vancouver court lets Meng’s extradition case go on.',
    },
    [S.wikiMichaels],
  ),
  ev(
    'StatementMade',
    'stmt-trudeau-charges',
    when('2020-06-19'),
    {
      speaker: TRUDEAU,
      audience: 'china',
      tone: 'critical',
      summary: 'Trudeau says Canada is disappointed by the charges and will keep pressing for their release.',
    },
    [S.wikiMichaels],
  ),
  ev(
    'PositionTaken',
    'pos-canada-meng-swap',
    when('2020-06-24'),
    { demandId: D.meng, actorId: 'canada', stance: 'rejected' },
    [S.wikiMichaels],
    {
      note: 'Trudeau rejects calls to end the extradition case in exchange for the two Michaels: the courts are independent.',
    },
  ),
  ev(
    'StatementMade',
    'stmt-cong-hong-kong',
    when('2020-10-15'),
    {
      speaker: CONG_PEIWU,
      audience: 'canada',
      tone: 'threat',
      summary:
        "Ambassador Cong Peiwu says that if Canada cares about 'the good health and safety' of the 300,000 Canadian passport holders in Hong Kong it should support the fight against violent crime there and not grant asylum to Hong Kong protesters; Canadian ministers call the remark a threat.",
    },
    [S.wikiRelations],
  ),
  // ===== 2021: the trials, the sentence, the releases =====
  ev(
    'StatementMade',
    'stmt-gac-trials',
    when('2021-03-22'),
    {
      speaker: GAC,
      audience: 'china',
      tone: 'critical',
      summary:
        "Canadian diplomats are refused entry to Spavor's trial in Dandong (19 March) and Kovrig's in Beijing (22 March); Canada calls the detention arbitrary and the process lacking transparency.",
    },
    [S.wikiMichaels],
  ),
  ev(
    'StatementMade',
    'stmt-barton-schellenberg',
    when('2021-08-10'),
    {
      speaker: BARTON,
      audience: 'china',
      tone: 'critical',
      summary:
        "A Liaoning high court upholds Robert Schellenberg's death sentence; Canada condemns it and asks for clemency.",
    },
    [S.voaAug11, S.upiAug11],
  ),
  ev(
    'StatementMade',
    'stmt-trudeau-spavor',
    when('2021-08-11'),
    {
      speaker: TRUDEAU,
      audience: 'china',
      tone: 'critical',
      summary:
        "After the Dandong court sentences Spavor to eleven years for spying and illegally providing state secrets, Trudeau calls the verdict 'absolutely unacceptable and unjust', after 'more than two and a half years of arbitrary detention'; securing the two Michaels' immediate release is the top priority.",
    },
    [S.upiAug11, S.voaAug11],
    { occurrence: O.aug11 },
  ),
  ev(
    'StatementMade',
    'stmt-barton-spavor',
    when('2021-08-11'),
    {
      speaker: BARTON,
      audience: 'china',
      tone: 'critical',
      summary:
        "Speaking in Dandong, Ambassador Barton condemns the sentence 'in the strongest possible terms', says the process lacked fairness and transparency, and links the conviction to Meng's case in Canada.",
    },
    [S.upiAug11],
    { occurrence: O.aug11 },
  ),
  ev(
    'StatementMade',
    'stmt-blinken-spavor',
    when('2021-08-11'),
    {
      speaker: BLINKEN,
      audience: 'china',
      tone: 'critical',
      summary:
        "'We join our partners in condemning Beijing's sentencing of Canadian citizen Michael Spavor … People are not bargaining chips': Blinken calls for the release of both Michaels.",
    },
    [S.voaAug11],
  ),
  ev(
    'StatementMade',
    'stmt-us-doj-dpa',
    when('2021-09-24T15:00:00Z'),
    {
      speaker: US_DOJ,
      audience: 'canada',
      tone: 'neutral',
      summary:
        'A deferred prosecution agreement with Meng is approved in a Brooklyn court; the Justice Department will withdraw its extradition request from Canada, and the charges fall after 1 December 2022 if she complies.',
    },
    [S.npSep24, S.bivSep24],
  ),
  ev(
    'StatementMade',
    'stmt-canada-meng-free',
    when('2021-09-24T20:00:00Z'),
    {
      speaker: CAN_JUSTICE,
      audience: 'china',
      tone: 'conciliatory',
      summary:
        'Associate Chief Justice Heather Holmes signs the discharge of the extradition case once the US withdraws its request; Meng leaves Vancouver on a flight chartered by China’s government.',
    },
    [S.npSep24, S.bivSep24],
    { occurrence: O.sep24 },
  ),
  ev(
    'PositionTaken',
    'pos-canada-meng',
    when('2021-09-24T20:00:00Z'),
    { demandId: D.meng, actorId: 'canada', stance: 'accepted' },
    [graded(S.npSep24, 2)],
    { note: 'Met by the US withdrawal of its request and the court’s discharge, not by a concession of Canada’s.' },
  ),
  ev(
    'IncidentReported',
    'kovrig-released',
    when('2021-09-24T23:30:00Z'),
    {
      incidentId: INC.kovrigOut,
      kind: 'release',
      perpetrator: 'china',
      against: 'canada',
      target: 'Michael Kovrig',
      place: BEIJING,
      description:
        'Released after 1,019 days and flown out with Ambassador Dominic Barton, minutes after Meng’s flight left Vancouver (BIV); China still denies a link between the cases.',
    },
    [S.bivSep24, S.cnnSep25],
    { occurrence: O.sep24 },
  ),
  ev(
    'IncidentReported',
    'spavor-released',
    when('2021-09-24T23:30:00Z'),
    {
      incidentId: INC.spavorOut,
      kind: 'release',
      perpetrator: 'china',
      against: 'canada',
      target: 'Michael Spavor',
      place: DANDONG,
      description:
        'Released with Kovrig (on bail for medical reasons, China says); they land in Calgary on 25 September.',
    },
    [S.bivSep24, S.cnnSep25],
    { occurrence: O.sep24 },
  ),
  ev(
    'PositionTaken',
    'pos-china-michaels',
    when('2021-09-24T23:30:00Z'),
    { demandId: D.michaels, actorId: 'china', stance: 'accepted' },
    [S.bivSep24],
  ),
  ev(
    'StatementMade',
    'stmt-trudeau-home',
    when('2021-09-24T23:45:00Z'),
    {
      speaker: TRUDEAU,
      audience: 'china',
      tone: 'neutral',
      summary:
        "Trudeau announces the two are out of Chinese airspace and on their way home: 'These two men have been through an unbelievably difficult situation'.",
    },
    [S.bivSep24],
  ),
  // ===== After: the Olympic boycott =====
  ev(
    'StatementMade',
    'stmt-trudeau-boycott',
    when('2021-12-08'),
    {
      speaker: TRUDEAU,
      audience: 'china',
      tone: 'critical',
      summary:
        "Canada joins the diplomatic boycott of the Beijing Winter Olympics, citing China's human-rights violations; no officials will attend.",
    },
    [S.wikiBoycott],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'china-canada-2018.jsonl',
  logEnd: '2026-12-07T03:00:00Z',
  events,
};

export default definition;
