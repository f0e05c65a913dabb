/**
 * A test fixture, not a shipped example: the government of Mali (President Ibrahim Boubacar Keïta, the army, FAMa) and
 * the Coordination of Azawad Movements (CMA: the MNLA, the HCUA and the MAA faction with them) from Prime Minister
 * Moussa Mara's visit to Kidal (17 May 2014) to the autumn of 2015, as an analyst following the news could have
 * recorded them — the fighting at the governorate during the visit and the officials seized there, Mara's "the Republic
 * of Mali is henceforth at war", the army's offensive on Kidal (21 May 2014) and its rout, the ceasefire of 23 May
 * obtained in Kidal by Mauritania's President Mohamed Ould Abdel Aziz (then chairman of the African Union), the
 * prisoner swap and the opening of the Algiers talks (16 July 2014), the roadmap and declaration of cessation of
 * hostilities (24 July), the fifth round and the declaration of 19 February 2015, the accord initialled by the
 * government in Algiers (1 March 2015) and the CMA's refusal, the Platform's capture of Ménaka (27 April), the CMA's
 * attacks on the army at Léré (29 April) and Ténenkou (5 May), the CMA's initialling (14 May), the government's
 * signature in Bamako (15 May), the CMA's signature (20 June), the fighting of the Platform and the CMA at Anéfis
 * (August 2015) and the CMA's suspension of its seat on the follow-up committee, resumed in late September. Escalation
 * model v2 was never tuned on it: it is the case the model is held to in mali-cma-2014.spec.ts, against the calls an
 * analyst makes from DOMAIN.md §5b alone.
 *
 * Separate from mali-algeria-2023.ts (Mali and Algeria, 2023–25: another pair, another decade); nothing of it is
 * recorded here.
 *
 * The parties are Mali and the CMA (registered as one armed group: the MNLA, HCUA and MAA acted and signed together
 * from the ceasefire of 23 May 2014 on, and were named the CMA from mid-2014). Mediators: Algeria (chief mediator of
 * the Algiers talks), the African Union (its chairman obtained the ceasefire) and MINUSMA (the UN mission, which
 * co-signed the ceasefire communiqué; the UN Secretary-General's calls are recorded as its acts). Third parties:
 * France (Operation Serval, then Barkhane) and the Platform (the pro-government armed groups, GATIA and the MAA
 * faction allied to Bamako): no source read ties any of the Platform's acts to the government, so they are its own;
 * the CMA's charge that the government broke the ceasefire at Ménaka is recorded as the CMA's blame. Jihadist groups
 * (AQIM, Ansar Dine, MUJAO) are not registered: no act of theirs is recorded.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration file's coverage do not change. Built and
 * checked with the same builder as the shipped cases (examples/case-builder.ts): every event replays through `decide`
 * and cites a dated, graded public source.
 *
 * Grading as in examples/README.md: B = an established outlet or a wire copy (Reuters, AP, AFP via Newsmax, Business
 * Recorder, France 24, RFI, VOA); C = a smaller or regional outlet, a copy on an aggregator, or an encyclopedia
 * (Cameroon Tribune, Daily Excelsior, Daily Times Nigeria, PressAfrik, Press TV, Magharebia on allAfrica,
 * Encyclopædia Universalis, Wikipedia and its mirrors, the HIIK Conflict Barometer on Yumpu); 2 = several sources agree
 * or one established source reports it on the record; 3 = one side's claim, a headline alone, or a count or date the
 * sources disagree on.
 *
 * Dates of sources: contemporary reports by their own date. Encyclopedias (Wikipedia mirrors, Universalis) are given
 * a lower bound from their own content: the day of the development cited. The Conflict Barometer 2015 (HIIK) was
 * published on 3 March 2016: what only it gives (the CMA's suspension of its seat on the follow-up committee, its
 * return) is recorded on that day, backdated to when it happened.
 *
 * Judgement calls, recorded as an analyst would:
 * - The fighting of 17 May 2014 at Kidal: Reuters (18 May) gives at least eight soldiers killed and about 30 civil
 *   servants captured at the governorate; AFP (Arabic copy) gives 36 dead by the government's sources; the French
 *   Wikipedia (mirror) gives 8 soldiers, 28 rebels (by Mali's count) and 8 civilians (the officials) killed. Recorded
 *   as one clash, by the rebels on the army (they attacked the governorate), 8–36 killed, and the officials' capture
 *   as the CMA's `detention` at Kidal, ended by their release (the Wikipedia mirror: the hostages freed; no source
 *   read gives the day, dated approximately to 19 May).
 * - The army's attack of 21 May is recorded with `scale: 'major'`: the Cameroon Tribune calls it "a failed army
 *   offensive" and "a crushing defeat"; AFP (via Newsmax) "a deadly offensive across the northern desert". Toll:
 *   about 20 soldiers killed and 30 wounded "since Wednesday" (Mali's defence ministry) to 40 (the MNLA's count since
 *   the Saturday, both in AFP of 23 May): 20–40. The "around 50 soldiers" an Algerian diplomat gave France 24 in July
 *   is later and not used for the count. The MNLA's claim of 70 soldiers taken prisoner (AFP) is the CMA's
 *   `detention`, graded 3 (one side's count); its end is the prisoner swap before the Algiers talks (allAfrica,
 *   15 July 2014, dated approximately).
 * - Ménaka, 22 May 2014: the Cameroon Tribune (citing RFI) says the rebels "overran" Ménaka; the defence ministry's
 *   toll covers Kidal and Ménaka together. Recorded as a clash at Ménaka with no toll of its own, graded 3. The other
 *   towns the army abandoned (Anéfis, Aguelhok, Tessalit) are in the description of the offensive, not recorded as
 *   ground taken: the ceasefire of 23 May (AFP) had the groups "stay where they are", so their holding is the
 *   agreed position, not an occupation against the agreement.
 * - Keïta's "immediate ceasefire" of 21 May (a unilateral declaration, with the charge that the rebels were backed by
 *   AQIM) is recorded as his statement, not as a ceasefire: only the ceasefire signed by both on 23 May binds the
 *   pair. The ceasefire is dated at the government's signature, 21:30 local time (UTC) on 23 May (MINUSMA's
 *   communiqué; the groups signed at about 16:30).
 * - The Algiers rounds: only the first (16–24 July 2014) and the fifth (from 16 February 2015 to the initialling of
 *   1 March) are recorded; no dated source read gives the opening or closing of the second to fourth rounds
 *   (September–November 2014). The fifth round is concluded `progress`: the accord was initialled by the government
 *   and the Platform, not by the CMA.
 * - The peace accord (Agreement for Peace and Reconciliation in Mali resulting from the Algiers process) is one
 *   agreement, reached `initialled` on 1 March 2015 with the government's initials (the CMA a signatory-to-be); the
 *   CMA's initials (14 May), the government's signature (15 May, Bamako) and the CMA's signature (20 June, Bamako)
 *   are status changes by each.
 * - The CMA's threat of 24 February 2015 rests on one headline and lead (lovesahara, copying a Malian outlet: "the
 *   MNLA and its allies threaten to break the ceasefire"): graded C3. Tone `military-threat` (CAMEO 138, threaten with
 *   military force): to break a ceasefire is to resume fighting. (First recorded as `threat`, CAMEO 13, a threat short
 *   of force; corrected after the first run, since the threat is of fire, not of a measure short of it.)
 * - 29 April 2015: the Goundam attack at 05:00 (two national guards and a child killed) was by gunmen unidentified by
 *   AFP's security source; Mali's defence ministry blamed it on "the MNLA, the HCUA and their terrorist allies":
 *   recorded as a clash by the CMA `allegedBy` Mali, graded 3. The Léré attack that afternoon is the CMA's, by AFP's
 *   army source and the CMA's own warning. Two places, no toll for Léré; AFP: "the first clash this year between
 *   government forces and the main Tuareg rebel alliance".
 * - The Platform's fights with the CMA (Ménaka, 27 April 2015; Ménaka's approaches, 14–15 May; Anéfis, 15–17 August)
 *   are the Platform's acts against the CMA (a third party's), not the pair's.
 * - The CMA's suspension of its participation in the follow-up committee (24 August 2015) is recorded as
 *   `TalksSuspended` (no source read says the CMA called it temporary), and its return ("late September", HIIK) as
 *   `TalksResumed` dated approximately to 25 September.
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'mali-cma-2014';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 2014);
/** A recordedAt on a given day (the case spans three years). */
const rec = (day: string, time: string): string => `${day}T${time}:00Z`;

const MALI: Actor = {
  id: 'mali',
  name: 'Mali',
  kind: 'state',
  aliases: ['Bamako', 'Government of Mali', 'FAMa', 'Malian Armed Forces'],
};
const CMA: Actor = {
  id: 'cma',
  name: 'Coordination of Azawad Movements',
  kind: 'armed-group',
  aliases: [
    'CMA',
    'Coordination des mouvements de l’Azawad',
    'MNLA',
    'National Movement for the Liberation of Azawad',
    'HCUA',
    'High Council for the Unity of Azawad',
    'MAA',
    'Arab Movement of Azawad',
  ],
};
const ALGERIA: Actor = { id: 'algeria', name: 'Algeria', kind: 'state', aliases: ['Algiers'] };
const AU: Actor = { id: 'african-union', name: 'African Union', kind: 'international-organisation', aliases: ['AU'] };
const MINUSMA: Actor = {
  id: 'minusma',
  name: 'MINUSMA (United Nations)',
  kind: 'international-organisation',
  aliases: ['UN Multidimensional Integrated Stabilization Mission in Mali', 'United Nations'],
};
const FRANCE: Actor = {
  id: 'france',
  name: 'France',
  kind: 'state',
  aliases: ['Operation Serval', 'Operation Barkhane'],
};
const PLATFORM: Actor = {
  id: 'platform',
  name: 'Platform (pro-government armed groups)',
  kind: 'armed-group',
  aliases: ['GATIA', 'Imghad and Allies Tuareg Self-Defence Group', 'Plateforme'],
};

const MARA: Person = { name: 'Moussa Mara', title: 'Prime Minister of Mali', actorId: 'mali' };
const KEITA: Person = { name: 'Ibrahim Boubacar Keïta', title: 'President of Mali', actorId: 'mali' };
const DIOP: Person = { name: 'Abdoulaye Diop', title: 'Foreign Minister of Mali', actorId: 'mali' };
const MALI_DEFENCE: Person = { name: 'Ministry of Defence of Mali', actorId: 'mali' };
const CMA_STATEMENT: Person = { name: 'Coordination of Azawad Movements (statement)', actorId: 'cma' };
const BILAL: Person = {
  name: 'Bilal Ag Acherif',
  title: 'Secretary-General of the MNLA, head of the CMA delegation',
  actorId: 'cma',
};
const RAMADAN: Person = { name: 'Mohamed Ould Mahmoud Ramadan', title: 'Rebel representative', actorId: 'cma' };

/** The French Wikipedia's articles on the two battles of Kidal (mirrors), dated by the development cited. */
const wpKidal2 = (day: string) =>
  source(
    'Deuxième bataille de Kidal',
    'Wikipedia (mirror)',
    'https://de.frwiki.wiki/wiki/Deuxi%C3%A8me_bataille_de_Kidal',
    day,
    'C',
    2,
  );

const S = {
  reuters0518: source(
    'Mali sends troops to retake town from Tuareg separatists',
    'Reuters (Townhall copy)',
    'https://townhall.com/news/politics-elections/2014/05/18/mali-sends-troops-to-retake-town-from-tuareg-separatists-n1839887',
    '2014-05-18',
    'B',
    2,
  ),
  afpAr0518: source(
    'Tuareg separatists attack Kidal during the prime minister’s visit (AFP, in Arabic)',
    'Al-Shorouk (Masress copy)',
    'https://www.masress.com/shorouk/826508',
    '2014-05-18',
    'C',
    3,
  ),
  tribune0523: source(
    'Mali - Tuareg Rebels Overrun Northern Territory',
    'Cameroon Tribune (CameroonWeb copy)',
    'https://www.camerounweb.com/CameroonHomePage/NewsArchive/Mali-Tuareg-Rebels-Overrun-Northern-Territory-310613',
    '2014-05-23',
    'C',
    2,
  ),
  newsmax0523: source(
    'Northern Mali Rebels Agree to Cease-fire',
    'Newsmax (Agence France-Presse)',
    'https://www.newsmax.com/world/africa/mali-conflict-tuareg-au/2014/05/23/id/573137/',
    '2014-05-23',
    'B',
    2,
  ),
  excelsior0524: source(
    'Mali government, rebels sign ceasefire deal: AU',
    'Daily Excelsior (AFP)',
    'https://www.dailyexcelsior.com/mali-government-rebels-sign-ceasefire-deal-au/',
    '2014-05-24',
    'C',
    2,
  ),
  minusma0524: source(
    'Mali : signature d’un accord de cessez-le-feu entre le gouvernement et les groupes armés (communiqué de la MINUSMA)',
    'sn-sn.com (Xinhua, French)',
    'http://sn-sn.com/n/2014/0524/c96852-8732057.html',
    '2014-05-24',
    'C',
    2,
  ),
  ap0610: source(
    'Mali rebel groups sign truce accord in Algeria',
    'Associated Press (Daily Mail copy)',
    'https://www.dailymail.co.uk/wires/ap/article-2654054/Mali-rebel-groups-sign-truce-accord-Algeria.html',
    '2014-06-10',
    'B',
    2,
  ),
  france24_0716: source(
    'Mali rebels, government to start peace talks in Algiers',
    'France 24',
    'http://www.france24.com/en/20140716-mali-rebels-tuaregs-government-peace-talks-algiers/',
    '2014-07-16',
    'B',
    2,
  ),
  allafrica0717: source(
    'Algeria Hosts Mali Peace Talks',
    'Magharebia (allAfrica)',
    'http://allafrica.com/stories/201407180103.html',
    '2014-07-17',
    'C',
    2,
  ),
  universalis0724: source(
    '14-24 juillet 2014 – Mali. Accord de cessation des hostilités',
    'Encyclopædia Universalis',
    'https://universalis.fr/evenement/14-24-juillet-2014-accord-de-cessation-des-hostilites',
    '2014-07-24',
    'C',
    2,
  ),
  eurasia0216: source(
    'Another conference on Mali situation resumes in Algeria',
    'Eurasia Review (eurasia.ro copy)',
    'https://eurasia.ro/2015/02/16/another-conference-on-mali-situation-resumes-in-algeria',
    '2015-02-16',
    'C',
    2,
  ),
  rfi0220: source(
    'Mali : une déclaration signée à Alger lors des négociations de paix',
    'RFI',
    'https://articles.rfi.fr/fr/afrique/20150220-mali-une-declaration-signee-alger-lors-negociations-paix',
    '2015-02-20',
    'B',
    2,
  ),
  lovesahara0224: source(
    'Mali : A peine signé, le MNLA et ses alliés menacent de rompre le cessez-le-feu',
    'lovesahara.com (press digest)',
    'http://www.lovesahara.com/index.php?action=zoom&id=33805&method=section',
    '2015-02-24',
    'C',
    3,
  ),
  reuters0301: source(
    'Mali signs preliminary peace deal, Tuareg rebels ask for more time',
    'Reuters',
    'http://in.reuters.com/article/mali-talks-idINL5N0W30A020150301',
    '2015-03-01',
    'B',
    2,
  ),
  voa0301: source(
    'Mali Government Signs Peace Deal While Rebels Delay',
    'Voice of America',
    'https://www.voanews.com/a/mali-government-signs-peace-deal-wihile-rebels-delay/2663548.html',
    '2015-03-01',
    'B',
    2,
  ),
  voaf0316: source(
    'L’Azawad rejette l’accord d’Alger',
    'VOA Afrique (Reuters)',
    'https://voaafrique.com/a/lazawad-rejette-laccord-dalger/2681623.html',
    '2015-03-16',
    'B',
    2,
  ),
  naharnet0506: source(
    'Mali Rebels Confirm Refusal to Sign Peace Deal',
    'Naharnet (AFP)',
    'https://naharnet.com/stories/en/176429-mali-rebels-confirm-refusal-to-sign-peace-deal',
    '2015-05-06',
    'C',
    2,
  ),
  reuters0427: source(
    'Pro-government militia seize north Mali town after battle',
    'Reuters (Townhall copy)',
    'https://townhall.com/news/politics-elections/2015/04/27/progovernment-militia-seize-north-mali-town-after-battle-n1991080',
    '2015-04-27',
    'B',
    2,
  ),
  lovesahara0427: source(
    'Mali: le Gatia prend des positions rebelles, le MNLA dénonce une rupture du cessez-le-feu',
    'lovesahara.com (AFP digest)',
    'http://www.lovesahara.com/index.php?action=zoom&id=37117&method=section',
    '2015-04-27',
    'C',
    2,
  ),
  dailytimes0430: source(
    'Mali Peace Deal Threatened as Army, Rebels Clash',
    'Daily Times Nigeria (AFP)',
    'https://dailytimes.ng/mali-peace-deal-threatened-as-army-rebels-clash/',
    '2015-04-30',
    'C',
    2,
  ),
  pressafrik0430: source(
    'Crise malienne : affrontements meurtriers entre armée et rebelles près de la frontière mauritanienne',
    'PressAfrik',
    'https://www.pressafrik.com/Mali-Crise-malienne-affrontements-meurtriers-entre-armee-et-rebelles-pres-de-la-frontiere-mauritanienne_a135491.html',
    '2015-04-30',
    'C',
    2,
  ),
  presstv0505: source(
    'Malian army troops clash with rebels in Tenenkou',
    'Press TV (AFP)',
    'http://www.presstv.ir/Detail/2015/05/05/409576/Mali-clash-soldiers-Tenenkou-rebels',
    '2015-05-05',
    'C',
    2,
  ),
  reuters0513: source(
    'Mali rebels agree to sign preliminary peace deal - Algeria state media',
    'Reuters',
    'http://www.reuters.com/article/mali-security-peace-idUSL5N0Y450820150513',
    '2015-05-13',
    'B',
    2,
  ),
  alwasat0514: source(
    'Tuareg rebels initial the Mali peace accord in Algiers (AFP, in Arabic)',
    'Al Wasat (AFP)',
    'http://alwasatnews.com/4632/news/read/990914/1.html',
    '2015-05-14',
    'C',
    2,
  ),
  diasporaction0516: source(
    'Les morts de l’accord de paix et la réconciliation au Mali',
    'Diasporaction',
    'https://diasporaction.fr/les-morts-de-l-accord-de-paix-et-la-reconciliation-au-mali',
    '2015-05-16',
    'C',
    3,
  ),
  rfi0515: source(
    'Mali signs half-baked peace deal without main ingredients: Tuareg rebels',
    'RFI',
    'https://www.rfi.fr/en/africa/20150515-mali-signs-half-baked-peace-deal-without-main-ingredients-tuareg-rebels-MNLA-Azawad-separatism-Bamako',
    '2015-05-15',
    'B',
    2,
  ),
  brecorder0516: source(
    'Mali peace accord signed without main rebel groups',
    'Business Recorder (AFP)',
    'https://brecorder.com/news/amp/4300216',
    '2015-05-16',
    'B',
    2,
  ),
  echorouk0605: source(
    'The CMA will sign the peace and reconciliation agreement on 20 June in Bamako (in Arabic)',
    'Echorouk (Djazairess copy)',
    'https://djazairess.com/echorouk/245055',
    '2015-06-05',
    'C',
    2,
  ),
  france24_0620: source(
    'Malian rebels sign landmark peace deal with government',
    'France 24',
    'https://www.france24.com/en/20150620-rebels-mali-tuareg-peace-deal-algiers-accord',
    '2015-06-20',
    'B',
    2,
  ),
  bi0818: source(
    'There’s been an ominous spike in violence in northern Mali',
    'Business Insider (Sahelien)',
    'https://www.businessinsider.com/theres-been-an-ominous-spike-in-violence-in-northern-mali-2015-8?r=US&IR=T',
    '2015-08-18',
    'C',
    2,
  ),
  hiik2016: source(
    'Conflict Barometer 2015 (Mali: HCUA, MNLA et al. / Azawad)',
    'Heidelberg Institute for International Conflict Research (Yumpu copy)',
    'https://www.yumpu.com/en/document/view/55272039/conflictbarometer-2015/81',
    '2016-03-03',
    'C',
    2,
  ),
};

const P = {
  kidal: 'Kidal',
  menaka: 'Ménaka',
  lere: 'Léré',
  goundam: 'Goundam',
  tenenkou: 'Ténenkou',
  anefis: 'Anéfis',
};
const R = {
  algiers1: 'algiers-round-1-2014-07',
  algiers5: 'algiers-round-5-2015-02',
  algiersJune: 'algiers-june-2015',
};
const A = {
  ceasefire: 'kidal-ceasefire-agreement-2014-05-23',
  roadmap: 'algiers-roadmap-2014-07-24',
  accord: 'algiers-accord-2015',
};
const CF = { kidal: 'kidal-ceasefire-2014-05-23' };
const D = { azawad: 'cma-azawad-entity-2015' };
const I = {
  governorate: 'kidal-governorate-fighting-2014-05-17',
  officials: 'kidal-officials-seized-2014-05-17',
  offensive: 'kidal-offensive-2014-05-21',
  menaka2014: 'menaka-overrun-2014-05-22',
  soldiers: 'kidal-soldiers-captured-2014-05-21',
  menaka2015: 'menaka-platform-2015-04-27',
};
const O = {
  ceasefire: 'kidal-ceasefire-2014-05-23',
  roadmap: 'algiers-roadmap-2014-07-24',
  accord: 'algiers-accord-initialled-2015-03-01',
};

const events = [
  // ===== May 2014: the prime minister's visit and the fighting at Kidal =====
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '2014-05-17', recordedAt: rec('2014-05-18', '18:00') },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Mali – the Coordination of Azawad Movements, the Kidal fighting and the Algiers talks, 2014–15',
      subject:
        'The status of the north that the movements call Azawad, the army’s return to Kidal, the ceasefire of May 2014, the Algiers talks mediated by Algeria, and the Agreement for Peace and Reconciliation initialled in March 2015 and signed in May and June 2015',
      parties: [MALI, CMA],
      mediators: [ALGERIA, AU, MINUSMA],
    },
    [S.reuters0518],
  ),
  ev(
    'ActorRegistered',
    'actor-france',
    { occurredAt: '2014-05-17', recordedAt: rec('2014-05-18', '18:01') },
    { actor: FRANCE, role: 'third-party' },
    [S.reuters0518],
    {
      note: 'Operation Serval, whose forces are in Kidal; Mara blamed the UN and French forces for letting the attack happen.',
    },
  ),
  ev(
    'IncidentReported',
    'inc-governorate',
    { occurredAt: '2014-05-17', recordedAt: rec('2014-05-18', '18:05') },
    {
      incidentId: I.governorate,
      kind: 'clash',
      perpetrator: 'cma',
      against: 'mali',
      place: P.kidal,
      fatalities: { min: 8, max: 36 },
      description:
        'Gunfire breaks out before the prime minister’s arrival; rebel fighters attack and seize the regional governor’s office, and the prime minister shelters in an army base. At least eight soldiers killed (Reuters); 36 dead by the Malian government’s sources (AFP), among them officials at the governorate.',
    },
    [S.reuters0518, S.afpAr0518],
  ),
  ev(
    'IncidentReported',
    'inc-officials',
    { occurredAt: '2014-05-17', recordedAt: rec('2014-05-18', '18:10') },
    {
      incidentId: I.officials,
      kind: 'detention',
      perpetrator: 'cma',
      against: 'mali',
      place: P.kidal,
      target: 'About 30 civil servants at the governorate',
      description: 'The rebels capture about 30 civil servants when they seize the governor’s office.',
    },
    [S.reuters0518],
  ),
  ev(
    'StatementMade',
    'stmt-mara-war',
    { occurredAt: '2014-05-17T23:00:00Z', precision: 'approximate', recordedAt: rec('2014-05-18', '18:15') },
    {
      speaker: MARA,
      audience: 'cma',
      tone: 'military-threat',
      summary:
        'Inside the army base overnight, Mara tells Reuters that the attack is a declaration of war and that Mali is now at war; the next day in Gao he says troops, including special forces, are on their way to retake Kidal.',
      quote: 'In light of this declaration of war, the Republic of Mali is henceforth at war',
    },
    [S.reuters0518],
  ),
  ev(
    'IncidentReported',
    'inc-reinforcements',
    { occurredAt: '2014-05-18', recordedAt: rec('2014-05-18', '18:20') },
    {
      incidentId: 'kidal-reinforcements-2014-05-18',
      kind: 'force-posture',
      perpetrator: 'mali',
      against: 'cma',
      place: P.kidal,
      description:
        'Mali sends troops, including special forces, to retake Kidal ("The objective is to totally retake Kidal", a senior military source).',
    },
    [S.reuters0518],
  ),
  ev(
    'IncidentReported',
    'inc-officials-freed',
    { occurredAt: '2014-05-19', precision: 'approximate', recordedAt: rec('2014-05-20', '12:00') },
    {
      incidentId: 'kidal-officials-freed-2014-05-19',
      kind: 'release',
      perpetrator: 'cma',
      against: 'mali',
      place: P.kidal,
      target: 'The officials held at the governorate',
      description: 'The officials taken at the governorate are released (the French Wikipedia: 32 prisoners, freed).',
    },
    [graded(wpKidal2('2014-05-19'), 3)],
  ),
  // ===== 21–23 May 2014: the offensive, the rout, the ceasefire =====
  ev(
    'IncidentReported',
    'inc-offensive',
    { occurredAt: '2014-05-21', recordedAt: rec('2014-05-23', '12:00') },
    {
      incidentId: I.offensive,
      kind: 'clash',
      perpetrator: 'mali',
      against: 'cma',
      place: P.kidal,
      scale: 'major',
      fatalities: { min: 20, max: 40 },
      injured: { min: 30, max: 30 },
      description:
        'A failed army offensive to retake Kidal, without the knowledge of the UN and French forces: after about six hours of fighting the MNLA, HCUA and MAA drive the army out and raise their flag over the military base; retreating troops flee toward Gao or to the UN and French camp; Col. Fayçal Ag Kiba is killed. The rebels then take towns the army abandons (Anéfis, Aguelhok, Tessalit). About 20 soldiers killed and 30 wounded since Wednesday (defence ministry, AFP); the MNLA says 40 killed since Saturday.',
    },
    [S.tribune0523, S.newsmax0523],
  ),
  ev(
    'IncidentReported',
    'inc-soldiers-captured',
    { occurredAt: '2014-05-21', recordedAt: rec('2014-05-23', '12:05') },
    {
      incidentId: I.soldiers,
      kind: 'detention',
      perpetrator: 'cma',
      against: 'mali',
      place: P.kidal,
      target: 'Malian soldiers (70 by the MNLA’s count)',
      description:
        'The MNLA says it has taken 70 Malian soldiers prisoner since the fighting began, with dozens of vehicles and tonnes of arms.',
    },
    [graded(S.newsmax0523, 3)],
  ),
  ev(
    'StatementMade',
    'stmt-keita-ceasefire',
    { occurredAt: '2014-05-21', recordedAt: rec('2014-05-23', '12:10') },
    {
      speaker: KEITA,
      audience: 'cma',
      tone: 'accusation',
      summary:
        'On state television Keïta declares an immediate ceasefire, says the rebels were supported by AQIM, terrorists and drug traffickers, and that the troops are being reorganised.',
    },
    [S.tribune0523],
  ),
  ev(
    'IncidentReported',
    'inc-menaka-2014',
    { occurredAt: '2014-05-22', precision: 'approximate', recordedAt: rec('2014-05-23', '12:15') },
    {
      incidentId: I.menaka2014,
      kind: 'clash',
      perpetrator: 'cma',
      against: 'mali',
      place: P.menaka,
      description:
        'The rebels overrun Ménaka (RFI via the Cameroon Tribune); the defence ministry’s toll counts Kidal and Ménaka together.',
    },
    [graded(S.tribune0523, 3)],
  ),
  ev(
    'MediationAction',
    'med-aziz-kidal',
    { occurredAt: '2014-05-23', recordedAt: rec('2014-05-24', '12:00') },
    {
      mediator: 'african-union',
      action: 'visited',
      summary:
        'Mohamed Ould Abdel Aziz, President of Mauritania and chairman of the African Union, cuts short a visit to Rwanda and flies to Kidal with Bert Koenders, head of MINUSMA, to meet the MNLA, HCUA and MAA.',
    },
    [S.newsmax0523, S.excelsior0524],
  ),
  ev(
    'AgreementReached',
    'agr-ceasefire',
    { occurredAt: '2014-05-23T21:30:00Z', recordedAt: rec('2014-05-24', '12:05') },
    {
      agreementId: A.ceasefire,
      kind: 'ceasefire',
      provisions: [
        'A cessation of hostilities over the whole national territory',
        'A return to the preliminary agreement of 18 June 2013 (Ouagadougou) and the immediate resumption of negotiations',
        'The release of prisoners as soon as possible',
        'Humanitarian access and respect for international humanitarian law',
        'An international commission of inquiry into the events, beginning with Kidal',
      ],
      signatories: ['mali', 'cma'],
      textPublic: true,
      status: 'signed',
    },
    [S.minusma0524, S.excelsior0524],
    { occurrence: O.ceasefire },
  ),
  ev(
    'CeasefireDeclared',
    'cf-kidal',
    { occurredAt: '2014-05-23T21:30:00Z', recordedAt: rec('2014-05-24', '12:10') },
    {
      ceasefireId: CF.kidal,
      parties: ['mali', 'cma'],
      scope: 'The whole national territory; the groups stay where they are',
      duration: 'indefinite',
      mediatedBy: ['african-union', 'minusma'],
    },
    [S.minusma0524, S.excelsior0524, S.newsmax0523],
    {
      note: 'Signed by the armed groups in Kidal at about 16:30 and by the government (Interior Minister Sada Samaké) in Bamako at 21:30; in effect with all signatures.',
      occurrence: O.ceasefire,
    },
  ),
  // ===== June – July 2014: Algiers =====
  ev(
    'StatementMade',
    'stmt-algiers-declaration',
    { occurredAt: '2014-06-10', precision: 'approximate', recordedAt: rec('2014-06-11', '12:00') },
    {
      speaker: CMA_STATEMENT,
      audience: 'mali',
      tone: 'conciliatory',
      summary:
        'The MNLA, HCUA and MAA sign the Algiers Declaration, pledging their "good faith" to a dialogue with the government that respects the territorial integrity and unity of Mali.',
    },
    [S.ap0610],
  ),
  ev(
    'IncidentReported',
    'inc-prisoner-swap',
    { occurredAt: '2014-07-15', precision: 'approximate', recordedAt: rec('2014-07-17', '12:00') },
    {
      incidentId: 'prisoner-swap-2014-07',
      kind: 'release',
      perpetrator: 'cma',
      against: 'mali',
      target: 'Soldiers held since May',
      description:
        'Before the talks open, the two sides swap prisoners in a goodwill gesture brokered by Algeria ("It’s not time for escalation, but for calm", Lamamra).',
    },
    [S.allafrica0717],
  ),
  ev(
    'TalksRoundOpened',
    'round-algiers1-opened',
    { occurredAt: '2014-07-16', recordedAt: rec('2014-07-17', '12:05') },
    {
      roundId: R.algiers1,
      label: 'Algiers, first round of the inter-Malian dialogue',
      venue: 'Algiers',
      format: 'formal',
      hosts: ['algeria'],
      delegations: [
        { actorId: 'mali', head: DIOP },
        { actorId: 'cma', head: BILAL },
      ],
    },
    [S.allafrica0717, S.france24_0716],
  ),
  ev(
    'TalksRoundConcluded',
    'round-algiers1-concluded',
    { occurredAt: '2014-07-24', recordedAt: rec('2014-07-25', '12:00') },
    {
      roundId: R.algiers1,
      outcome: 'agreement',
      summary:
        'The government and six armed groups sign a roadmap for the negotiations, with a declaration of cessation of hostilities, under the aegis of the neighbouring states and the regional and international organisations.',
    },
    [S.universalis0724],
    { occurrence: O.roadmap },
  ),
  ev(
    'AgreementReached',
    'agr-roadmap',
    { occurredAt: '2014-07-24', recordedAt: rec('2014-07-25', '12:05') },
    {
      agreementId: A.roadmap,
      kind: 'framework',
      provisions: [
        'A roadmap for the negotiations of the Algiers process',
        'A declaration of cessation of hostilities',
      ],
      signatories: ['mali', 'cma'],
      textPublic: true,
      roundId: R.algiers1,
      status: 'signed',
    },
    [S.universalis0724],
    { occurrence: O.roadmap },
  ),
  ev(
    'CeasefireExtended',
    'cf-kidal-algiers',
    { occurredAt: '2014-07-24', recordedAt: rec('2014-07-25', '12:10') },
    {
      ceasefireId: CF.kidal,
      terms:
        'The declaration of cessation of hostilities of Algiers, signed with the roadmap, confirms the ceasefire of 23 May.',
    },
    [S.universalis0724],
    { occurrence: O.roadmap },
  ),
  // ===== February – March 2015: the fifth round and the accord =====
  ev(
    'TalksRoundOpened',
    'round-algiers5-opened',
    { occurredAt: '2015-02-16', recordedAt: rec('2015-02-17', '12:00') },
    {
      roundId: R.algiers5,
      label: 'Algiers, fifth round of the inter-Malian dialogue',
      venue: 'Algiers',
      format: 'formal',
      hosts: ['algeria'],
    },
    [S.eurasia0216],
  ),
  ev(
    'CeasefireExtended',
    'cf-kidal-feb',
    { occurredAt: '2015-02-19', recordedAt: rec('2015-02-20', '12:00') },
    {
      ceasefireId: CF.kidal,
      terms:
        'The government and the armed groups sign in Algiers a declaration committing them to respect the ceasefires of May and July 2014, applicable at once in the north while the talks go on.',
    },
    [S.rfi0220],
  ),
  ev(
    'StatementMade',
    'stmt-cma-threat',
    { occurredAt: '2015-02-24', precision: 'approximate', recordedAt: rec('2015-02-25', '12:00') },
    {
      speaker: CMA_STATEMENT,
      audience: 'mali',
      tone: 'military-threat',
      summary:
        'Less than a week after signing the declaration of 19 February, the MNLA and its allies threaten to break the ceasefire and want to call the cessation of hostilities into question.',
    },
    [S.lovesahara0224],
  ),
  ev(
    'TalksRoundConcluded',
    'round-algiers5-concluded',
    { occurredAt: '2015-03-01', recordedAt: rec('2015-03-02', '12:00') },
    {
      roundId: R.algiers5,
      outcome: 'progress',
      summary:
        'The government initials the accord in Algiers; the CMA, present at the ceremony, does not sign and asks for a "reasonable delay" to consult its people.',
      nextSteps: 'A formal signature in Mali, expected later in March.',
    },
    [S.reuters0301, S.voa0301],
    { occurrence: O.accord },
  ),
  ev(
    'AgreementReached',
    'agr-accord',
    { occurredAt: '2015-03-01', recordedAt: rec('2015-03-02', '12:05') },
    {
      agreementId: A.accord,
      kind: 'comprehensive',
      provisions: [
        'Devolution of powers to the north: elected regional assemblies with a directly elected president',
        'From 2018, 30% of state revenue allocated to local authorities, especially in the north',
        'Fighters integrated into the army and stationed in the north; a regional security force',
        'A special development plan; the political identity of Azawad left to a national conference',
      ],
      signatories: ['mali', 'cma'],
      textPublic: true,
      roundId: R.algiers5,
      status: 'initialled',
    },
    [S.reuters0301, S.voa0301],
    {
      occurrence: O.accord,
      note: 'Initialled by the government (Foreign Minister Diop) and the Platform groups; the CMA asked for time.',
    },
  ),
  ev(
    'StatementMade',
    'stmt-cma-delay',
    { occurredAt: '2015-03-01', recordedAt: rec('2015-03-02', '12:10') },
    {
      speaker: RAMADAN,
      audience: 'mali',
      tone: 'critical',
      summary:
        'The rebels did not sign because they have reservations; they need a special status for Azawad and will continue the dialogue with their supporters.',
      quote:
        'We didn’t sign the document today, because we have some reservations... We need a special status for the Azawad',
    },
    [S.reuters0301],
  ),
  ev(
    'StatementMade',
    'stmt-cma-rejects',
    { occurredAt: '2015-03-15', recordedAt: rec('2015-03-16', '12:00') },
    {
      speaker: CMA_STATEMENT,
      audience: 'mali',
      tone: 'critical',
      summary:
        'After consulting its base, the CMA rejects the preliminary accord as it stands: it does not address the roots of the conflict; the CMA proposes to continue the talks and hopes to find "an acceptable and realistic document" with the government.',
    },
    [S.voaf0316],
  ),
  ev(
    'DemandTabled',
    'dem-azawad',
    { occurredAt: '2015-03-15', precision: 'approximate', recordedAt: rec('2015-05-06', '11:55') },
    {
      demandId: D.azawad,
      by: 'cma',
      addressedTo: ['mali'],
      text: 'Amend the accord to recognise Azawad as a geographic, political and juridical entity',
      category: 'political',
    },
    [S.naharnet0506],
  ),
  ev(
    'PositionTaken',
    'pos-mali-azawad',
    { occurredAt: '2015-03-17', precision: 'approximate', recordedAt: rec('2015-05-06', '12:00') },
    { demandId: D.azawad, actorId: 'mali', stance: 'rejected' },
    [S.naharnet0506],
    {
      note: 'The international delegation that came to Kidal on 17 March rejected the demands, "as did the Bamako government" (AFP).',
    },
  ),
  ev(
    'MediationAction',
    'med-kidal-delegation',
    { occurredAt: '2015-03-17', recordedAt: rec('2015-05-06', '12:05') },
    {
      mediator: 'algeria',
      action: 'visited',
      summary:
        'A delegation of international and African diplomats from the mediation comes to Kidal and rejects the CMA’s demands for amendments.',
    },
    [S.naharnet0506],
  ),
  // ===== April – May 2015: Ménaka, Léré, Ténenkou, the signatures =====
  ev(
    'ActorRegistered',
    'actor-platform',
    { occurredAt: '2015-04-27', recordedAt: rec('2015-05-06', '12:08') },
    { actor: PLATFORM, role: 'third-party' },
    [S.reuters0427],
    {
      note: 'Pro-government armed groups (GATIA, the MAA faction allied to Bamako); no source ties their acts to the government.',
    },
  ),
  ev(
    'IncidentReported',
    'inc-menaka-2015',
    { occurredAt: '2015-04-27', recordedAt: rec('2015-05-06', '12:10') },
    {
      incidentId: I.menaka2015,
      kind: 'clash',
      perpetrator: 'platform',
      against: 'cma',
      place: P.menaka,
      description:
        'GATIA and the pro-government MAA faction attack Ménaka in the morning and take it from the MNLA after fierce fighting; GATIA says it took about 30 prisoners, in retaliation for attacks on its supporters.',
    },
    [S.reuters0427],
  ),
  ev(
    'StatementMade',
    'stmt-cma-breach',
    { occurredAt: '2015-04-27', recordedAt: rec('2015-05-06', '12:15') },
    {
      speaker: CMA_STATEMENT,
      audience: 'mali',
      tone: 'accusation',
      summary:
        'The rebellion denounces the pro-government group’s capture of Ménaka as a manifest breach of the ceasefire by the government.',
      quote: 'une rupture manifeste du cessez-le-feu par le gouvernement',
      blames: { incidentId: I.menaka2015, on: 'mali' },
    },
    [S.lovesahara0427],
  ),
  ev(
    'StatementMade',
    'stmt-cma-self-defence',
    { occurredAt: '2015-04-28', recordedAt: rec('2015-05-06', '12:20') },
    {
      speaker: CMA_STATEMENT,
      audience: 'mali',
      tone: 'warning',
      summary:
        'After the pro-government militia’s attack, the CMA says it has "no other choice than to use its right to exercise legitimate self-defence to protect civilians, its people and its positions".',
    },
    [S.dailytimes0430],
  ),
  ev(
    'IncidentReported',
    'inc-goundam',
    { occurredAt: '2015-04-29T05:00:00Z', recordedAt: rec('2015-05-06', '12:25') },
    {
      incidentId: 'goundam-attack-2015-04-29',
      kind: 'clash',
      perpetrator: 'cma',
      allegedBy: 'mali',
      against: 'mali',
      place: P.goundam,
      fatalities: { min: 3, max: 3 },
      civilianFatalities: { min: 1, max: 1 },
      description:
        'Gunmen open fire at 05:00 on a national guard camp at Goundam, 80 km from Timbuktu, killing two guards (the platoon chief and his deputy) and a child. AFP’s security source calls them unidentified; Mali’s defence ministry blames "the MNLA, the HCUA and their terrorist allies".',
    },
    [graded(S.pressafrik0430, 3), graded(S.dailytimes0430, 3)],
  ),
  ev(
    'IncidentReported',
    'inc-lere',
    { occurredAt: '2015-04-29T16:00:00Z', recordedAt: rec('2015-05-06', '12:30') },
    {
      incidentId: 'lere-attack-2015-04-29',
      kind: 'clash',
      perpetrator: 'cma',
      against: 'mali',
      place: P.lere,
      description:
        'CMA fighters, arriving in vehicles from the west near the Mauritanian border, attack the army’s positions at Léré from 16:00; by evening the fighting stops with "neither victor nor vanquished", the rebels holding the south-east of the town. AFP: the first clash this year between government forces and the main Tuareg rebel alliance.',
    },
    [S.dailytimes0430, S.pressafrik0430],
  ),
  ev(
    'StatementMade',
    'stmt-defence-goundam',
    { occurredAt: '2015-04-29', recordedAt: rec('2015-05-06', '12:32') },
    {
      speaker: MALI_DEFENCE,
      audience: 'cma',
      tone: 'accusation',
      summary:
        'The defence ministry says the MNLA, the HCUA and their terrorist allies, after killing the Goundam platoon chief, his deputy and an innocent girl in the morning, attacked the forces stationed at Léré "openly" in the afternoon.',
      blames: { incidentId: 'goundam-attack-2015-04-29', on: 'cma' },
    },
    [S.pressafrik0430],
  ),
  ev(
    'MediationAction',
    'med-ban-halt',
    { occurredAt: '2015-04-29', recordedAt: rec('2015-05-06', '12:35') },
    {
      mediator: 'minusma',
      action: 'requested-pause',
      summary:
        'UN Secretary-General Ban Ki-moon calls for an "immediate cessation of the hostilities in northern Mali" after "serious ceasefire violations" in recent days.',
    },
    [S.dailytimes0430],
  ),
  ev(
    'IncidentReported',
    'inc-tenenkou',
    { occurredAt: '2015-05-05T05:00:00Z', recordedAt: rec('2015-05-06', '12:40') },
    {
      incidentId: 'tenenkou-clash-2015-05-05',
      kind: 'clash',
      perpetrator: 'cma',
      against: 'mali',
      place: P.tenenkou,
      description:
        'Soldiers and CMA fighters clash at about 05:00 in the central town of Ténenkou; the CMA claims to control the town, which the army and a local councillor deny.',
    },
    [S.presstv0505],
  ),
  ev(
    'StatementMade',
    'stmt-cma-refusal',
    { occurredAt: '2015-05-06', precision: 'approximate', recordedAt: rec('2015-05-06', '12:45') },
    {
      speaker: CMA_STATEMENT,
      audience: 'mali',
      tone: 'critical',
      summary:
        'The CMA reaffirms that it "shall not commit" to the accord in its current form, and reaffirms its commitment to the ceasefire of 23 May 2014 and the declaration of cessation of hostilities of 24 July 2014.',
    },
    [S.naharnet0506],
  ),
  ev(
    'StatementMade',
    'stmt-cma-will-initial',
    { occurredAt: '2015-05-13', recordedAt: rec('2015-05-13', '18:00') },
    {
      speaker: CMA_STATEMENT,
      audience: 'mali',
      tone: 'conciliatory',
      summary:
        'The rebel alliance agrees to initial the preliminary peace deal in Algiers the next day (Algeria’s state news agency).',
    },
    [S.reuters0513],
  ),
  ev(
    'AgreementStatusChanged',
    'agr-accord-cma-initialled',
    { occurredAt: '2015-05-14', recordedAt: rec('2015-05-15', '12:00') },
    {
      agreementId: A.accord,
      status: 'initialled',
      by: 'cma',
      reason:
        'Bilal Ag Acherif initials the accord in Algiers before the mediation; the CMA says initialling and a final signature remain legally separate acts, and new negotiations are needed before it signs.',
    },
    [S.alwasat0514, S.rfi0515],
  ),
  ev(
    'AgreementStatusChanged',
    'agr-accord-mali-signed',
    { occurredAt: '2015-05-15', recordedAt: rec('2015-05-16', '12:00') },
    {
      agreementId: A.accord,
      status: 'signed',
      by: 'mali',
      reason:
        'Foreign Minister Diop signs in Bamako before several heads of state, with three representatives of the pro-Bamako militias, two minor members of the CMA and the mediation led by Algeria; the CMA’s three main factions stay away.',
    },
    [S.brecorder0516, S.rfi0515],
  ),
  ev(
    'IncidentReported',
    'inc-menaka-approaches',
    { occurredAt: '2015-05-14', precision: 'approximate', recordedAt: rec('2015-05-17', '12:00') },
    {
      incidentId: 'menaka-approaches-2015-05-14',
      kind: 'clash',
      perpetrator: 'platform',
      against: 'cma',
      place: P.menaka,
      fatalities: { min: 12, max: 19 },
      description:
        'Fighting between the Platform (GATIA and the MAA faction) and the CMA on the approaches to Ménaka (Tin Fadimata, Ikadewane) on 14–15 May, MINUSMA holding a line before the town: 12 fighters killed by a provisional count, 17 dead on the CMA side by another.',
    },
    [S.diasporaction0516],
  ),
  // ===== June 2015: the amendments, the CMA's signature =====
  ev(
    'TalksRoundOpened',
    'round-june-opened',
    { occurredAt: '2015-06-05', recordedAt: rec('2015-06-06', '12:00') },
    {
      roundId: R.algiersJune,
      label: 'Algiers, consultations with the mediation on the security arrangements',
      venue: 'Algiers',
      format: 'technical',
      hosts: ['algeria'],
    },
    [S.echorouk0605],
  ),
  ev(
    'TalksRoundConcluded',
    'round-june-concluded',
    { occurredAt: '2015-06-05', recordedAt: rec('2015-06-06', '12:05') },
    {
      roundId: R.algiersJune,
      outcome: 'agreement',
      summary:
        'At the end of a meeting in Algiers with the international mediation on the security arrangements, Bilal Ag Acherif announces that the CMA will sign the peace and reconciliation agreement on 20 June in Bamako.',
    },
    [S.echorouk0605],
  ),
  ev(
    'StatementMade',
    'stmt-bilal-will-sign',
    { occurredAt: '2015-06-05', recordedAt: rec('2015-06-06', '12:10') },
    {
      speaker: BILAL,
      audience: 'mali',
      tone: 'conciliatory',
      summary: '"If things go well, we will sign the peace agreement on 20 June in the Malian capital Bamako."',
    },
    [S.echorouk0605],
  ),
  ev(
    'AgreementStatusChanged',
    'agr-accord-cma-signed',
    { occurredAt: '2015-06-20', recordedAt: rec('2015-06-21', '12:00') },
    {
      agreementId: A.accord,
      status: 'signed',
      by: 'cma',
      reason:
        'Sidi Brahim Ould Sidati (MAA) signs for the CMA in a televised ceremony in Bamako, with President Keïta and Algeria’s Foreign Minister Lamamra present, after amendments were agreed two weeks earlier.',
    },
    [S.france24_0620],
  ),
  ev(
    'StatementMade',
    'stmt-keita-signing',
    { occurredAt: '2015-06-20', recordedAt: rec('2015-06-21', '12:05') },
    {
      speaker: KEITA,
      audience: 'cma',
      tone: 'conciliatory',
      summary: 'Keïta attends the CMA’s signature of the accord in Bamako.',
    },
    [S.france24_0620],
  ),
  // ===== August – September 2015: Anéfis, the follow-up committee =====
  ev(
    'IncidentReported',
    'inc-anefis',
    { occurredAt: '2015-08-17', recordedAt: rec('2015-08-18', '12:00') },
    {
      incidentId: 'anefis-platform-2015-08-17',
      kind: 'clash',
      perpetrator: 'platform',
      against: 'cma',
      place: P.anefis,
      fatalities: { min: 13, max: 13 },
      description:
        'After skirmishes from 15 August in the Touzik wadi and at Amassine, the Platform takes Anéfis from the CMA; GATIA’s secretary-general Fahad Ag Almahmoud says 13 CMA fighters were killed and none on its side; the HCUA’s spokesman says the CMA captured many Platform members and warns that the CMA "will react".',
    },
    [S.bi0818],
  ),
  ev(
    'TalksSuspended',
    'cma-suspends-csa',
    { occurredAt: '2015-08-24', recordedAt: rec('2016-03-03', '12:00') },
    {
      by: 'cma',
      reason:
        'The CMA suspends its participation in the follow-up committee of the accord (CSA), accusing the Platform of violating the peace agreement at Anéfis.',
    },
    [S.hiik2016],
  ),
  ev(
    'IncidentReported',
    'inc-platform-leaves-anefis',
    { occurredAt: '2015-09-14', recordedAt: rec('2016-03-03', '12:05') },
    {
      incidentId: 'platform-leaves-anefis-2015-09-14',
      kind: 'withdrawal',
      perpetrator: 'platform',
      against: 'cma',
      place: P.anefis,
      description: 'After President Keïta insisted on it, the Platform retreats from Anéfis.',
    },
    [S.hiik2016],
  ),
  ev(
    'TalksResumed',
    'cma-resumes-csa',
    { occurredAt: '2015-09-25', precision: 'approximate', recordedAt: rec('2016-03-03', '12:10') },
    {
      by: 'cma',
      reason: 'In late September the CMA announces that it has resumed its participation in the follow-up committee.',
    },
    [S.hiik2016],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'mali-cma-2014.jsonl',
  logEnd: '2016-12-31T00:00:00Z',
  events,
};

export default definition;
