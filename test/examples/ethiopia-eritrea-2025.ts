/**
 * A test fixture, not a shipped example: Ethiopia and Eritrea over the Red
 * Sea, from Abiy Ahmed's speech on Ethiopia's "existential" need for access to
 * the sea (13 October 2023) to Eritrea's withdrawal from IGAD and the African
 * Union's call on both to keep the Algiers Agreement (12 December 2025), as an
 * analyst following the news could have recorded it. Escalation model v2 was
 * never tuned on it: it is the case the model is held to in
 * ethiopia-eritrea-2025.spec.ts, against the calls an analyst makes from
 * DOMAIN.md §5b alone.
 *
 * What it tests that the other cases did not: two neighbours at peace on paper
 * (the 2018 Joint Declaration "ended the state of war") drifting towards a war
 * that never comes — rhetoric about the other's coast (a threat of war or
 * not?), each side aligning with the other's rivals (Ethiopia with Somaliland,
 * Eritrea with Egypt and Somalia), troop build-ups and a mobilisation on both
 * sides of the border, accusations carried to the United Nations, and no armed
 * action between the two at all. The parties are Ethiopia and Eritrea; nobody
 * mediates between them in the record. The TPLF, Tigray's interim
 * administration, Fano, Somaliland, Egypt, Somalia, the African Union and
 * Ethiopia's former president Mulatu Teshome (who wrote in his own name) are
 * third parties.
 *
 * The cases `ethiopia-eritrea-1998` and `eritrea-ethiopia-2018` record the
 * border war and the 2018 peace; none of their events is recorded here, and
 * this log has its own negotiation id.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source.
 *
 * Grading as in examples/README.md: B = established outlet or wire copy (Al
 * Jazeera, Africanews, AllAfrica/Addis Standard, Capital FM, Wikipedia for a
 * signed document, Portfolio); C = smaller, regional, partisan or mirror
 * outlets (Borkena, Tigray Herald, Hiiraan, Garowe Online, Ethiomonitor,
 * Hornpulse, Dawan Africa, MENAFN, blogs and aggregator copies of wire
 * stories); 1 = an act its author confirms in public (the MoU, the summit's
 * communiqué, the IGAD withdrawal); 2 = on-record statements several outlets
 * agree on; 3 = one side's unverified account or a single outlet's unnamed
 * sources (troop movements, mobilisation reports, Fano's own claims).
 *
 * Judgement calls, recorded as an analyst would:
 * - The 2018 Joint Declaration of Peace and Friendship is not recorded as an
 *   agreement of this log: it belongs to eritrea-ethiopia-2018, and no source
 *   searched for 2023–25 shows anything of it applied (no talks, no joint
 *   commission, the crossings shut since 2019, Eritrea's troops still in parts
 *   of Tigray by Ethiopia's and the UN's account). A peace formally in force
 *   but hollow is, for §5b, no agreement being implemented.
 * - Abiy's speech of 13 October 2023 is a demand (access to the Red Sea,
 *   `territorial`, addressed to Eritrea: it is Eritrea's coast and Assab that
 *   the speech and the replies turn on, though Djibouti and Somalia are also
 *   named) and a statement of tone `warning`: he called the matter
 *   existential and said Ethiopia would pursue it "as much as possible" by
 *   peaceful means. The Conversation's reading ("or by force if necessary")
 *   and Borkena's headline ("intention of war") are commentary, not his words;
 *   he named no force. His "mistake … will be corrected tomorrow" (1
 *   September 2025) is a `threat` (CAMEO 13, short of force): a claim on the
 *   neighbour's coast with no force named; he said again in March and October
 *   2025 that Ethiopia would not go to war for it.
 * - Troop movements and the mobilisation are `force-posture`: shows of force
 *   with no force used, graded by their sources (eyewitnesses relayed by the
 *   Tigray Herald; Ethiopia Observer and BeyondMSN on the call-up, which
 *   Eritrea never announced; diplomatic sources relayed by Al Jazeera from Reuters; an Eritrean Afar
 *   opposition group on Bure). Where a source gives no day, the date is the
 *   report's, `approximate`.
 * - Ethiopia's letter to the UN Secretary-General (2 October 2025) accuses
 *   Eritrea and the TPLF's hardliners of "actively preparing to wage war" and
 *   of directing Fano's September offensive on Woldiya, and warns that the
 *   army's "patience is not without limit": a `warning` that `blames` Eritrea
 *   for Fano's attack (recorded as Fano's `militant-attack` against Ethiopia,
 *   dated to the offensive's start, 24 September, `approximate`). Fano's own
 *   tolls (hundreds of soldiers killed) are its claims and are left in the
 *   text: Fano is a third party, and no source puts Eritrea's forces in the
 *   fighting.
 * - Mulatu Teshome's op-ed (17 February 2025) is his own: Ethiopia's foreign
 *   ministry called it a personal opinion (28 February). He is registered as
 *   an individual third party; Eritrea's answer, which took it as Ethiopia's,
 *   is Eritrea's accusation of Ethiopia.
 * - Tigray's interim administration (Getachew Reda) accusing Eritrea, and the
 *   TPLF's answer to Ethiopia's letter, are third parties' words.
 * - Eritrea's alignments (the Asmara summit with Egypt and Somalia) and
 *   Ethiopia's (the MoU with Somaliland) are `ThirdPartyEngagement`, not acts
 *   between the two. Eritrea's withdrawal from IGAD is recorded as what its
 *   foreign ministry said (`critical`, addressed to IGAD): the catalogue has
 *   no type for leaving an organisation.
 * - Left out for want of a dated report in the sources searched, or for time:
 *   Eritrea's reaction to the Somaliland MoU, Isaias Afwerki's interviews,
 *   Eritrea's foreign minister's briefing of diplomats (March 2025, undated in
 *   the copy found), Gen. Teshome Gemechu's "Assab is a national objective"
 *   (late August 2025), Eritrea's "poisonous agenda of territorial claims",
 *   and everything after 2025 (Ethiopia's accusation of an Eritrean incursion,
 *   February 2026). Days with nothing recorded are not days with nothing done.
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'ethiopia-eritrea-2025';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 2023);
/** A recordedAt on a given day, UTC (the case runs over three years). */
const rec = (day: string, time = '12:00'): string => `${day}T${time}:00Z`;

const ETHIOPIA: Actor = {
  id: 'ethiopia',
  name: 'Federal Democratic Republic of Ethiopia',
  kind: 'state',
  aliases: ['Ethiopia', 'Addis Ababa', 'ENDF', 'Ethiopian National Defense Force'],
};
const ERITREA: Actor = {
  id: 'eritrea',
  name: 'State of Eritrea',
  kind: 'state',
  aliases: ['Eritrea', 'Asmara', 'EDF', 'Eritrean Defence Forces'],
};
const TPLF: Actor = {
  id: 'tplf',
  name: "Tigray People's Liberation Front",
  kind: 'opposition-movement',
  aliases: ['TPLF', 'Debretsion faction', 'Tsimdo'],
};
const SOMALILAND: Actor = {
  id: 'somaliland',
  name: 'Somaliland',
  kind: 'de-facto-authority',
  aliases: ['Republic of Somaliland', 'Hargeisa'],
};
const EGYPT: Actor = { id: 'egypt', name: 'Arab Republic of Egypt', kind: 'state', aliases: ['Egypt', 'Cairo'] };
const SOMALIA: Actor = {
  id: 'somalia',
  name: 'Federal Republic of Somalia',
  kind: 'state',
  aliases: ['Somalia', 'Mogadishu'],
};
const MULATU: Actor = {
  id: 'mulatu-teshome',
  name: 'Mulatu Teshome',
  kind: 'individual',
  aliases: ['former President of Ethiopia (2013–18)'],
};
const TIGRAY_IA: Actor = {
  id: 'tigray-interim-administration',
  name: 'Tigray Interim Regional Administration',
  kind: 'de-facto-authority',
  aliases: ['TIRA', 'Tigray interim administration'],
};
const FANO: Actor = {
  id: 'fano',
  name: 'Fano (Amhara Fano National Force)',
  kind: 'armed-group',
  aliases: ['Fano', 'AFNF'],
};
const AU: Actor = {
  id: 'african-union',
  name: 'African Union Commission',
  kind: 'international-organisation',
  aliases: ['AU', 'African Union'],
};

const ABIY: Person = { name: 'Abiy Ahmed', title: 'Prime Minister of Ethiopia', actorId: 'ethiopia' };
const GEDION: Person = { name: 'Gedion Timothewos', title: 'Foreign Minister of Ethiopia', actorId: 'ethiopia' };
const NEBIAT: Person = {
  name: 'Nebiat Getachew',
  title: 'Spokesperson of the Ministry of Foreign Affairs of Ethiopia',
  actorId: 'ethiopia',
};
const ETHIOPIA_GOV: Person = { name: 'Government of Ethiopia (letter to Western governments)', actorId: 'ethiopia' };
const YEMANE: Person = { name: 'Yemane Gebremeskel', title: 'Information Minister of Eritrea', actorId: 'eritrea' };
const ERITREA_MOI: Person = { name: 'Ministry of Information of Eritrea (statement)', actorId: 'eritrea' };
const ERITREA_MFA: Person = { name: 'Ministry of Foreign Affairs of Eritrea (statement)', actorId: 'eritrea' };
const MULATU_P: Person = { name: 'Mulatu Teshome', title: 'former President of Ethiopia', actorId: 'mulatu-teshome' };
const GETACHEW: Person = {
  name: 'Getachew Reda',
  title: 'President of the Tigray Interim Administration',
  actorId: 'tigray-interim-administration',
};
const TPLF_P: Person = { name: 'TPLF (statement)', actorId: 'tplf' };
const YOUSSOUF: Person = {
  name: 'Mahmoud Ali Youssouf',
  title: 'Chairperson of the African Union Commission',
  actorId: 'african-union',
};

const S = {
  newssummedupOct15: source(
    '"Securing Red Sea access vital for Ethiopia\'s survival," Abiy Ahmed',
    'News Summed Up (Ethiopian News)',
    'https://newssummedup.com/summary/%E2%80%9CSecuring-Red-Sea-access-vital-for-Ethiopia%E2%80%99s-survival-%E2%80%9D-Abiy-Ahmed-a9ug0f',
    '2023-10-15',
    'C',
    2,
  ),
  tigrayHeraldOct16: source(
    'Eritrea warns to Ethiopian government regarding the Red sea and related topics floated in the recent time',
    'Tigray Herald (copy of the statement)',
    'https://tigrayherald.com/2023/10/16/the-goe-further-urges-all-concerned-not-to-be-provoked-by-these-events/',
    '2023-10-16',
    'C',
    1,
  ),
  borkenaOct16: source(
    'Eritrea says "do not be provoked" in response to Red Sea talk that Ethiopian PM triggered',
    'Borkena',
    'https://borkena.com/2023/10/16/eritrea-says-do-not-be-provoked-in-response-to-red-sea-talk-that-ethiopian-pm-triggered/',
    '2023-10-16',
    'C',
    1,
  ),
  tigrayHeraldOct23: source(
    "Ethiopia is deploying it's Soldiers to the Eritrean Borders",
    'Tigray Herald',
    'https://tigrayherald.com/2023/10/23/ethiopia-is-deploying-its-soldiers-to-the-eritrean-borders/',
    '2023-10-23',
    'C',
    3,
  ),
  webadorOct26: source(
    'Ethiopian PM Abiy Ahmed Unveils Plans to Secure Port Access by Negotiation or by Force',
    'Webador blog (copy of a wire report)',
    'https://free-4257636.webador.com/blog/1577476_ethiopian-pm-abiy-ahmed-unveils-plans-to-secure-port-access-by-negotiation-or-by-force',
    '2023-10-26',
    'C',
    2,
  ),
  informareJan2: source(
    'Ethiopia signs an agreement with Somaliland to secure access to the sea',
    'Informare',
    'https://www.informare.it/news/gennews/2024/20240004-Etiopia-accordo-con-Somaliland-x-assicurarsi-accesso-mareuk.asp',
    '2024-01-02',
    'C',
    1,
  ),
  menafnOct10: source(
    'Eritrea, Egypt, And Somalia Leaders Issue Joint Communiqué Affirming Regional Stability And Cooperation',
    'MENAFN (Daily News Egypt)',
    'https://menafn.com/1108767724/Eritrea-Egypt-And-Somalia-Leaders-Issue-Joint-Communique%CC%81-Affirming-Regional-Stability-And-Cooperation',
    '2024-10-10',
    'C',
    1,
  ),
  fidesOct11: source(
    'AFRICA/ERITREA - Egypt, Eritrea, Somalia leaders hold Tripartite Summit in Asmara',
    'Agenzia Fides',
    'https://fides.org/en/news/75522',
    '2024-10-11',
    'B',
    1,
  ),
  ethiopiaObserverMar1: source(
    "Gov't distances itself from ex-president's criticism of Eritrean regime",
    'Ethiopia Observer',
    'https://ethiopiaobserver.com/2025/03/01/govt-distances-itself-from-ex-presidents-criticism-of-eritrean-regime',
    '2025-03-01',
    'B',
    2,
  ),
  ecssFeb18: source(
    'The panacea does not lie in externalizing the conflict or scapegoating Eritrea',
    'ECSS (copy of the Information Minister’s statement)',
    'https://ecss-online.com/the-pancea-does-not-lie-in-externalizing-the-conflict-or-scapegoating-eritrea-i',
    '2025-02-18',
    'C',
    1,
  ),
  beyondmsnMar1: source(
    'Ethiopian government disavows claims linking Eritrea to TPLF conflict',
    'BeyondMSN',
    'https://beyondmsn.com/2025/03/01/ethiopian-government-disavows-claims-linking-eritrea-to-tplf-conflict',
    '2025-03-01',
    'C',
    3,
  ),
  allafricaMar13: source(
    'Ethiopia: Likelihood of War in Tigray Climbing by the Day, Warns Getachew Reda',
    'AllAfrica',
    'https://allafrica.com/stories/202503130488.html',
    '2025-03-13',
    'B',
    2,
  ),
  allafricaMar14: source(
    'Ethiopia: Getachew Reda Accuses Eritrea of Seeking to Benefit From Turmoil in Tigray',
    'AllAfrica (Addis Standard)',
    'https://allafrica.com/stories/202503140041.html',
    '2025-03-14',
    'B',
    2,
  ),
  aljazeeraMar20: source(
    'Ethiopia rules out conflict with Eritrea over Red Sea access',
    'Al Jazeera',
    'https://www.aljazeera.com/news/2025/3/20/ethiopia-rules-out-conflict-with-eritrea-over-red-sea-access',
    '2025-03-20',
    'B',
    2,
  ),
  devdiscourseMar20: source(
    'Ethiopia Rules Out Conflict with Eritrea Over Sea Access',
    'Devdiscourse (Reuters)',
    'https://www.devdiscourse.com/article/law-order/3314620-ethiopia-rules-out-conflict-with-eritrea-over-sea-access',
    '2025-03-20',
    'B',
    2,
  ),
  ambassadorsJul30: source(
    'The price of partnering with dictators: Ethiopia faces the fallout of embracing Asmara',
    'Ambassadors Media',
    'https://ambassadorsmedia.com/amp/news/the-price-of-partnering-with-dictators-ethiopia-faces-the-fallout-of-embracing-asmara',
    '2025-07-30',
    'C',
    3,
  ),
  hiiraanSep5: source(
    'Abiy vows to "correct" historic mistake of losing Red Sea access',
    'Hiiraan Online (copy)',
    'https://magafe.com/?p=202798',
    '2025-09-05',
    'C',
    2,
  ),
  agcSep26: source(
    'Etiopia: nuova offensiva contro Abiy Ahmed Ali',
    'AGC News',
    'https://www.agcnews.eu/etiopia-nuova-offensiva-contro-abiy-ahmed-ali/',
    '2025-09-26',
    'C',
    3,
  ),
  africanewsOct8: source(
    'Ethiopia accuses Eritrea of preparing to wage war against it',
    'Africanews',
    'https://www.africanews.com/2025/10/08/ethiopia-accuses-eritrea-of-preparing-to-wage-war-against-it',
    '2025-10-08',
    'B',
    2,
  ),
  portfolioOct8: source(
    'Küszöbön az újabb háború? Súlyos vád mentén kezdődhet a katonai invázió',
    'Portfolio',
    'https://www.portfolio.hu/global/20251008/kuszobon-az-ujabb-haboru-mar-ropognak-a-fegyverek-sulyos-vad-menten-kezdodhet-a-katonai-invazio-791628',
    '2025-10-08',
    'B',
    2,
  ),
  fullclipOct9: source(
    'Ethiopia Levels War Preparations Charge at Eritrea in UN Plea',
    'The Full Clip Media',
    'https://www.thefullclipmedia.com/news/590:Ethiopia%20Levels%20War%20Preparations%20Charge%20at%20Eri',
    '2025-10-09',
    'C',
    2,
  ),
  menafnOct12: source(
    'Ethiopia Accuses Eritrea of War Preparations',
    'MENAFN',
    'https://menafn.com/1110184918/Ethiopia-Accuses-Eritrea-of-War-Preparations',
    '2025-10-12',
    'C',
    2,
  ),
  ethiomonitorOct28: source(
    "Ethiopia's Abiy Dismisses War with Eritrea, Stresses Need for Red Sea Access",
    'Ethiomonitor',
    'https://www.ethiomonitor.net/en/18357',
    '2025-10-28',
    'C',
    2,
  ),
  hornpulseOct29: source(
    'Ethiopian PM Abiy Says No Official Record Exists on How Ethiopia Became Landlocked, Links Eritrea Tensions to Pretoria Agreement',
    'Horn Pulse',
    'https://hornpulse.com/2025/10/29/ethiopian-pm-abiy-says-no-official-record-exists-on-how-ethiopia-became-landlocked-links-eritrea-tensions-to-pretoria-agreement',
    '2025-10-29',
    'C',
    2,
  ),
  dawanNov15: source(
    'Eritrea accuses Ethiopia of reviving expansionist and war rhetoric',
    'Dawan Africa',
    'https://www.dawan.africa/news/eritrea-accuses-ethiopia-of-reviving-expansionist-and-war-rhetoric',
    '2025-11-15',
    'C',
    2,
  ),
  africanewsDec13: source(
    'Eritrea announces departure from IGAD regional bloc',
    'Africanews',
    'https://www.africanews.com/2025/12/13/eritrea-announces-departure-from-igad-regional-bloc/',
    '2025-12-13',
    'B',
    1,
  ),
  capitalfmDec13: source(
    'Eritrea quits IGAD as tensions rise with Ethiopia',
    'Capital FM (Kenya)',
    'https://www.capitalfm.co.ke/news/2025/12/eritrea-quits-igad-as-tensions-rise-with-ethiopia/',
    '2025-12-13',
    'B',
    1,
  ),
  hiiraanDec16: source(
    'Eritrea withdraws from IGAD as tensions with Ethiopia rise',
    'Hiiraan Online',
    'https://www.hiiraan.com/politics4/2025/Dec/203953/eritrea_withdraws_from_igad_as_tensions_with_ethiopia_rise.aspx',
    '2025-12-16',
    'C',
    2,
  ),
};

const D = {
  seaAccess: 'ethiopia-red-sea-access',
  sovereignty: 'eritrea-respect-sovereignty',
};

const I = {
  woldiya: 'fano-woldiya-offensive-2025-09',
};

const events = [
  // ===== October 2023: the Red Sea speech and Eritrea's reply =====
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '2023-10-13', recordedAt: rec('2023-10-15', '09:00') },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Ethiopia – Eritrea, the Red Sea question, 2023–25',
      subject:
        "Ethiopia's demand for access to the Red Sea (Assab), Eritrea's refusal, the alignments each makes with the other's rivals, the build-ups on the border, and each side's accusations that the other prepares a war, while the 2018 peace stays formally in force",
      parties: [ETHIOPIA, ERITREA],
      mediators: [],
    },
    [S.newssummedupOct15],
    { note: "Dated to Abiy's speech on Red Sea access, the first development the case covers." },
  ),
  ev(
    'ActorRegistered',
    'actor-tplf',
    { occurredAt: '2023-10-13', recordedAt: rec('2023-10-15', '09:01') },
    { actor: TPLF, role: 'third-party' },
    [S.newssummedupOct15],
    { note: "Party to the Pretoria agreement with Ethiopia's government (November 2022), not to this negotiation." },
  ),
  ev(
    'DemandTabled',
    'dem-sea-access',
    { occurredAt: '2023-10-13', recordedAt: rec('2023-10-15', '09:02') },
    {
      demandId: D.seaAccess,
      by: 'ethiopia',
      addressedTo: ['eritrea'],
      text: 'Ethiopia must gain sovereign access to the Red Sea (a port and a naval base), by purchase, lease, share swap or any mutual arrangement: an existential matter for a landlocked nation of 120 million.',
      category: 'territorial',
    },
    [S.newssummedupOct15],
    { note: "Eritrea's coast and Assab are what the replies turn on; Djibouti and Somalia were also named." },
  ),
  ev(
    'StatementMade',
    'stmt-abiy-2023-10-13',
    { occurredAt: '2023-10-13', recordedAt: rec('2023-10-15', '09:03') },
    {
      speaker: ABIY,
      audience: 'eritrea',
      tone: 'warning',
      summary:
        'In a televised address to parliamentarians and party officials, Abiy says Ethiopia has historical, geographical, ethnic and economic grounds to access the Red Sea, calls it existential, and says Ethiopia will pursue it by peaceful means as far as possible; neighbours should discuss it to avoid future conflict. He names no use of force.',
      quote: 'Ethiopia, indeed, has every right to pursue access to the Red Sea and the Indian Ocean.',
    },
    [S.newssummedupOct15],
  ),
  ev(
    'StatementMade',
    'stmt-eritrea-moi-2023-10-16',
    { occurredAt: '2023-10-16', recordedAt: rec('2023-10-17', '09:00') },
    {
      speaker: ERITREA_MOI,
      audience: 'ethiopia',
      tone: 'critical',
      summary:
        'A few lines that neither name Abiy nor cite his speech: the talk of water and access to the sea is numerous and excessive; Eritrea will not be drawn into such alleys and platforms, and urges all concerned not to be provoked.',
      quote:
        'The Government of Eritrea repeatedly reiterates that it will not, as ever, be drawn into such alleys and platforms.',
    },
    [S.borkenaOct16, S.tigrayHeraldOct16],
  ),
  ev(
    'StatementMade',
    'stmt-ethiopia-letter-2023-10',
    { occurredAt: '2023-10-20', precision: 'approximate', recordedAt: rec('2023-10-23', '18:00') },
    {
      speaker: ETHIOPIA_GOV,
      audience: 'eritrea',
      tone: 'accusation',
      summary:
        "Ethiopia writes to Western governments that Eritrea obstructs the Pretoria cessation of hostilities agreement, still occupies parts of Tigray and arms the Fano militia in Amhara (as reported by the Tigray Herald; the letter's text was not published).",
    },
    [S.tigrayHeraldOct23],
    { note: 'Dated to the week the report places it ("this week"), approximately.' },
  ),
  ev(
    'IncidentReported',
    'inc-endf-tsorona-2023-10',
    { occurredAt: '2023-10-22', precision: 'approximate', recordedAt: rec('2023-10-23', '18:01') },
    {
      incidentId: 'endf-moves-towards-tsorona-2023-10',
      kind: 'force-posture',
      perpetrator: 'ethiopia',
      against: 'eritrea',
      target: 'the border opposite Tsorona and Zalambessa',
      place: 'Tsorona',
      description:
        'Eyewitnesses report the Ethiopian army moving vehicles, some carrying heavy weapons, from Mekelle towards Tsorona, and military activity from Adigrat to Zalambessa on the Eritrean border. No fire reported.',
    },
    [S.tigrayHeraldOct23],
  ),
  ev(
    'IncidentReported',
    'inc-edf-reinforce-2023-10',
    { occurredAt: '2023-10-22', precision: 'approximate', recordedAt: rec('2023-10-23', '18:02') },
    {
      incidentId: 'edf-reinforces-2023-10',
      kind: 'force-posture',
      perpetrator: 'eritrea',
      against: 'ethiopia',
      target: 'the border with Tigray and Afar',
      place: 'Eritrea – Tigray border',
      description:
        'The Eritrean army is reported to have increased its troops, including in the Ethiopian territory it holds, and military movements continue in the areas of Afar bordering Eritrea. No fire reported.',
    },
    [S.tigrayHeraldOct23],
  ),
  ev(
    'StatementMade',
    'stmt-abiy-2023-10-25',
    { occurredAt: '2023-10-25', precision: 'approximate', recordedAt: rec('2023-10-26', '12:00') },
    {
      speaker: ABIY,
      audience: 'eritrea',
      tone: 'conciliatory',
      summary:
        "Abiy says Ethiopia will not invade any nation to secure access to a port, seeking to quell the neighbours' concern after his speech of 13 October.",
    },
    [S.webadorOct26],
    {
      note: 'The copy gives the report, not the day of the remarks: dated the day before it was published, approximately.',
    },
  ),
  // ===== 2024: the Somaliland MoU and the Asmara summit =====
  ev(
    'ActorRegistered',
    'actor-somaliland',
    { occurredAt: '2024-01-01', recordedAt: rec('2024-01-02', '12:00') },
    { actor: SOMALILAND, role: 'third-party' },
    [S.informareJan2],
  ),
  ev(
    'ThirdPartyEngagement',
    'tpe-somaliland-mou',
    { occurredAt: '2024-01-01', recordedAt: rec('2024-01-02', '12:01') },
    {
      actorId: 'ethiopia',
      counterparts: ['somaliland'],
      kind: 'meeting',
      summary:
        "Abiy and Somaliland's President Muse Bihi Abdi sign a memorandum of understanding in Addis Ababa: by Somaliland's account, a 50-year lease of about 20 km of coast for Ethiopia's navy in exchange for Ethiopia's future recognition of Somaliland. Its text is not published; Somalia, Egypt and Eritrea condemn it.",
    },
    [S.informareJan2],
  ),
  ev(
    'ActorRegistered',
    'actor-egypt',
    { occurredAt: '2024-10-10', recordedAt: rec('2024-10-11', '12:00') },
    { actor: EGYPT, role: 'third-party' },
    [S.fidesOct11],
  ),
  ev(
    'ActorRegistered',
    'actor-somalia',
    { occurredAt: '2024-10-10', recordedAt: rec('2024-10-11', '12:01') },
    { actor: SOMALIA, role: 'third-party' },
    [S.fidesOct11],
  ),
  ev(
    'ThirdPartyEngagement',
    'tpe-asmara-summit',
    { occurredAt: '2024-10-10', recordedAt: rec('2024-10-11', '12:02') },
    {
      actorId: 'eritrea',
      counterparts: ['egypt', 'somalia'],
      kind: 'meeting',
      summary:
        "Isaias Afwerki hosts Sisi and Hassan Sheikh Mohamud in Asmara: a joint communiqué on 'absolute respect' for the sovereignty and territorial integrity of the region's states, support for Somalia's army to protect its land and sea borders, and a tripartite committee of foreign ministers. Ethiopia is not named; the summit follows the Somaliland MoU and Egypt's arms shipments to Somalia.",
    },
    [S.menafnOct10, S.fidesOct11],
  ),
  // ===== February – March 2025: the op-ed, the mobilisation, Tigray's split, the troop movements =====
  ev(
    'ActorRegistered',
    'actor-mulatu',
    { occurredAt: '2025-02-17', recordedAt: rec('2025-03-01', '11:00') },
    { actor: MULATU, role: 'third-party' },
    [S.ethiopiaObserverMar1],
    { note: 'Former President of Ethiopia writing in his own name; Ethiopia later called it his personal opinion.' },
  ),
  ev(
    'StatementMade',
    'stmt-mulatu-2025-02-17',
    { occurredAt: '2025-02-17', recordedAt: rec('2025-03-01', '11:01') },
    {
      speaker: MULATU_P,
      audience: 'eritrea',
      tone: 'accusation',
      summary:
        'In an op-ed for Al Jazeera, Mulatu Teshome accuses Isaias of working to reignite conflict in northern Ethiopia through a TPLF faction and asks for diplomatic pressure on Eritrea.',
      quote: 'War is the main business and preoccupation of the Eritrean state.',
    },
    [S.ethiopiaObserverMar1],
  ),
  ev(
    'StatementMade',
    'stmt-yemane-2025-02-18',
    { occurredAt: '2025-02-18', recordedAt: rec('2025-03-01', '11:02') },
    {
      speaker: YEMANE,
      audience: 'ethiopia',
      tone: 'accusation',
      summary:
        "Eritrea's answer takes the op-ed as Ethiopia's: a false-flag alarm meant to conceal and rationalise a war-mongering agenda; Ethiopia's talk of acquiring ports by force is provocative; Eritrea does not interfere in Ethiopia and has withdrawn to the recognised border.",
      quote:
        "Ethiopia's former figure-head President raises a false-flag alarm … Audacious claim is precisely intended to conceal and rationalize a war-mongering agenda.",
    },
    [S.ecssFeb18, S.ethiopiaObserverMar1],
  ),
  ev(
    'IncidentReported',
    'inc-eritrea-mobilisation-2025-02',
    { occurredAt: '2025-02-24', precision: 'approximate', recordedAt: rec('2025-03-01', '12:00') },
    {
      incidentId: 'eritrea-mobilisation-2025-02',
      kind: 'force-posture',
      perpetrator: 'eritrea',
      against: 'ethiopia',
      target: 'Ethiopia',
      place: 'Eritrea',
      description:
        "Reports that Eritrea has called former soldiers up to the age of 60 back to training centres and barred citizens under 50 from leaving the country; it is said to consider closing its embassy in Addis Ababa. Eritrea's supporters deny the reports. No official announcement.",
    },
    [S.ethiopiaObserverMar1, S.beyondmsnMar1],
    {
      note: 'Reported "in the days following" the op-ed of 17 February; dated approximately to the week before the reports.',
    },
  ),
  ev(
    'StatementMade',
    'stmt-nebiat-2025-02-28',
    { occurredAt: '2025-02-28', recordedAt: rec('2025-03-01', '12:01') },
    {
      speaker: NEBIAT,
      audience: 'eritrea',
      tone: 'neutral',
      summary:
        "Asked at the weekly briefing whether Eritrea is a threat, the foreign ministry's spokesperson says the former president's article is a personal opinion, not the government's position.",
      quote: 'Ethiopia is a country with, fortunately, more than one former president.',
    },
    [S.ethiopiaObserverMar1, S.beyondmsnMar1],
  ),
  ev(
    'ActorRegistered',
    'actor-tigray-ia',
    { occurredAt: '2025-03-13', recordedAt: rec('2025-03-13', '18:00') },
    { actor: TIGRAY_IA, role: 'third-party' },
    [S.allafricaMar13],
  ),
  ev(
    'StatementMade',
    'stmt-getachew-2025-03-13',
    { occurredAt: '2025-03-13', recordedAt: rec('2025-03-14', '12:00') },
    {
      speaker: GETACHEW,
      audience: 'eritrea',
      tone: 'accusation',
      summary:
        "After the Debretsion faction of the TPLF took Adigrat's administration, Getachew warns that the likelihood of another war in Tigray is climbing by the day, accuses the faction and senior officers of working with Eritrea, and says Eritrea is among those who think they can benefit from turmoil in Tigray.",
      quote: 'I know the Eritrean government is one of them.',
    },
    [S.allafricaMar13, S.allafricaMar14],
  ),
  ev(
    'IncidentReported',
    'inc-endf-deploys-2025-03',
    { occurredAt: '2025-03-10', precision: 'approximate', recordedAt: rec('2025-03-20', '18:00') },
    {
      incidentId: 'endf-deploys-towards-border-2025-03',
      kind: 'force-posture',
      perpetrator: 'ethiopia',
      against: 'eritrea',
      target: 'the border with Eritrea',
      place: 'Ethiopia – Eritrea border',
      description:
        'Ethiopia deploys troops towards the border with Eritrea in recent weeks, diplomatic sources and officials tell Reuters. No fire reported.',
    },
    [S.aljazeeraMar20, S.devdiscourseMar20],
    { note: '"In recent weeks" before 20 March: dated approximately.' },
  ),
  ev(
    'DemandTabled',
    'dem-sovereignty',
    { occurredAt: '2025-03-18', recordedAt: rec('2025-03-20', '18:01') },
    {
      demandId: D.sovereignty,
      by: 'eritrea',
      addressedTo: ['ethiopia'],
      text: "Ethiopia must respect the sovereignty and territorial integrity of its neighbours and drop its ambition of maritime access and a naval base 'through diplomacy or military force'; Eritrea asks the international community to press it to.",
      category: 'territorial',
    },
    [S.aljazeeraMar20],
  ),
  ev(
    'StatementMade',
    'stmt-yemane-2025-03-18',
    { occurredAt: '2025-03-18', recordedAt: rec('2025-03-20', '18:02') },
    {
      speaker: YEMANE,
      audience: 'ethiopia',
      tone: 'accusation',
      summary:
        "On X, echoing the foreign minister's briefing of diplomats: Eritrea is perplexed by Ethiopia's misguided and outdated ambitions for maritime access and a naval base through diplomacy or military force; the accusations that Eritrea prepares a war against Ethiopia are false.",
      quote: "Eritrea is perplexed by Ethiopia's misguided and outdated ambitions for maritime access and naval base.",
    },
    [S.aljazeeraMar20],
  ),
  ev(
    'PositionTaken',
    'pos-eritrea-sea-access',
    { occurredAt: '2025-03-18', recordedAt: rec('2025-03-20', '18:03') },
    {
      demandId: D.seaAccess,
      actorId: 'eritrea',
      stance: 'rejected',
      conditions:
        'Misguided and outdated; Ethiopia must respect the sovereignty and territorial integrity of its neighbours.',
      speaker: YEMANE,
    },
    [S.aljazeeraMar20],
  ),
  ev(
    'StatementMade',
    'stmt-abiy-2025-03-20',
    { occurredAt: '2025-03-20', recordedAt: rec('2025-03-20', '18:04') },
    {
      speaker: ABIY,
      audience: 'eritrea',
      tone: 'conciliatory',
      summary:
        "Abiy tells parliament, and his office posts on X, that Ethiopia has no intention of fighting Eritrea for access to the sea: the matter is existential but will be pursued by dialogue, on the principle of give and take; Eritrea's people need development, not conflict.",
      quote:
        'Ethiopia does not have any intention of engaging in conflict with Eritrea for the purpose of gaining access to the sea.',
    },
    [S.aljazeeraMar20, S.devdiscourseMar20],
  ),
  // ===== July – September 2025 =====
  ev(
    'IncidentReported',
    'inc-edf-bure-2025-07',
    { occurredAt: '2025-07-29', precision: 'approximate', recordedAt: rec('2025-07-31', '12:00') },
    {
      incidentId: 'edf-moves-towards-bure-2025-07',
      kind: 'force-posture',
      perpetrator: 'eritrea',
      against: 'ethiopia',
      target: 'the Bure front, facing Afar',
      place: 'Bure',
      description:
        "The Eritrean Afar National Assembly, an opposition group, tells Deutsche Welle that Eritrea has deployed heavily armed troops, heavy weapons and mechanised units towards Bure on the border with Ethiopia's Afar region. Asmara does not comment. No fire reported.",
    },
    [S.ambassadorsJul30],
    { note: "An exiled opposition group's account relayed by one outlet: graded 3." },
  ),
  ev(
    'StatementMade',
    'stmt-abiy-2025-09-01',
    { occurredAt: '2025-09-01', recordedAt: rec('2025-09-05', '12:00') },
    {
      speaker: ABIY,
      audience: 'eritrea',
      tone: 'threat',
      summary:
        "In a televised interview at the Renaissance Dam, Abiy says the loss of access to the Red Sea thirty years ago was a mistake that will be corrected; remaining landlocked is no longer sustainable, an existential issue. He names no means. Days earlier Ethiopia's military diplomacy chief called Assab a national objective; Eritrea calls it a poisonous agenda of territorial claims.",
      quote:
        'The Red Sea was in our hands 30 years ago. That history was yesterday’s mistake. Tomorrow it will be corrected. It is not too difficult.',
    },
    [S.hiiraanSep5],
  ),
  // ===== October 2025: the letter to the UN =====
  ev(
    'ActorRegistered',
    'actor-fano',
    { occurredAt: '2025-09-24', recordedAt: rec('2025-10-09', '18:00') },
    { actor: FANO, role: 'third-party' },
    [S.agcSep26],
  ),
  ev(
    'IncidentReported',
    'inc-fano-woldiya',
    { occurredAt: '2025-09-24', precision: 'approximate', recordedAt: rec('2025-10-09', '18:01') },
    {
      incidentId: I.woldiya,
      kind: 'militant-attack',
      perpetrator: 'fano',
      allegedBy: 'ethiopia',
      against: 'ethiopia',
      target: 'Ethiopian army positions in North and South Wollo',
      place: 'Woldiya',
      description:
        "Fano's offensive of late September in Amhara, which Ethiopia says aimed at capturing Woldiya; Fano claims hundreds of federal soldiers killed (its own counts, not recorded as tolls). Ethiopia's letter of 2 October says TPLF commanders and fighters took part directly and that Eritrea directs the armed groups.",
    },
    [S.agcSep26, S.portfolioOct8],
    {
      note: "Dated to the start of Fano's offensive by its own account (24 September), approximately: the letter says 'September'.",
    },
  ),
  ev(
    'StatementMade',
    'stmt-gedion-letter-2025-10-02',
    { occurredAt: '2025-10-02', recordedAt: rec('2025-10-09', '18:02') },
    {
      speaker: GEDION,
      audience: 'eritrea',
      tone: 'warning',
      summary:
        "In a letter to the UN Secretary-General, Ethiopia's foreign minister says the collusion between Eritrea and the TPLF's hardliners (the 'Tsimdo' alliance) has become more evident and that they are actively preparing to wage war against Ethiopia; that Eritrea funds, mobilises and directs armed groups in Amhara and is the main architect of the attack on Woldiya; that the army has kept a defensive posture and extreme patience, which is not without limit. Ethiopia hopes to negotiate sea access with Eritrea by peaceful means.",
      quote:
        'The hardliner faction of the TPLF and the Eritrean government are actively preparing to wage war against Ethiopia.',
      blames: { incidentId: I.woldiya, on: 'eritrea' },
    },
    [S.africanewsOct8, S.portfolioOct8, S.fullclipOct9],
  ),
  ev(
    'StatementMade',
    'stmt-yemane-2025-10-09',
    { occurredAt: '2025-10-09', recordedAt: rec('2025-10-12', '12:00') },
    {
      speaker: YEMANE,
      audience: 'ethiopia',
      tone: 'accusation',
      summary:
        'Eritrea dismisses the letter as provocative sabre-rattling and a deceitful charade; it denies preparing a war.',
      quote: 'A deceitful charade.',
    },
    [S.menafnOct12],
  ),
  ev(
    'StatementMade',
    'stmt-tplf-2025-10-09',
    { occurredAt: '2025-10-09', recordedAt: rec('2025-10-12', '12:01') },
    {
      speaker: TPLF_P,
      audience: 'ethiopia',
      tone: 'accusation',
      summary: "The TPLF rejects the letter's claims: the federal government is building a case for another war.",
      quote:
        'The federal government appears to be building a case for yet another war in the region based on unfounded allegations.',
    },
    [S.menafnOct12],
  ),
  ev(
    'StatementMade',
    'stmt-abiy-2025-10-28',
    { occurredAt: '2025-10-28', recordedAt: rec('2025-10-29', '12:00') },
    {
      speaker: ABIY,
      audience: 'eritrea',
      tone: 'conciliatory',
      summary:
        "To parliament: Ethiopia has no intention of war with Eritrea and hopes to settle their differences by dialogue with the help of international partners; sea access is a legal, historical and existential matter that no cabinet or parliament ever decided to give up, and the quest will go on. He traces the rift to Eritrea's position after Pretoria that peace needed the TPLF destroyed.",
      quote: 'We have no intention of war with Eritrea. We hope to resolve our differences through dialogue.',
    },
    [S.ethiomonitorOct28, S.hornpulseOct29],
  ),
  ev(
    'PositionTaken',
    'pos-ethiopia-sovereignty',
    { occurredAt: '2025-10-28', recordedAt: rec('2025-10-29', '12:01') },
    {
      demandId: D.sovereignty,
      actorId: 'ethiopia',
      stance: 'ambiguous',
      conditions:
        'No intention of war with Eritrea and a settlement by dialogue, but the quest for access to the sea will go on and Ethiopia will not listen to those who say it does not deserve it.',
      speaker: ABIY,
    },
    [S.ethiomonitorOct28, S.hornpulseOct29],
  ),
  // ===== November – December 2025 =====
  ev(
    'StatementMade',
    'stmt-gedion-2025-11-13',
    { occurredAt: '2025-11-13', recordedAt: rec('2025-11-15', '12:00') },
    {
      speaker: GEDION,
      audience: 'eritrea',
      tone: 'accusation',
      summary:
        'At a foreign policy forum in Addis Ababa, the foreign minister accuses Eritrea of a long doctrine of destabilising Ethiopia (as reported in Eritrea’s answer).',
    },
    [S.dawanNov15],
  ),
  ev(
    'StatementMade',
    'stmt-yemane-2025-11-15',
    { occurredAt: '2025-11-15', recordedAt: rec('2025-11-15', '12:01') },
    {
      speaker: YEMANE,
      audience: 'ethiopia',
      tone: 'accusation',
      summary:
        "Eritrea's information minister: Ethiopia's ruling party has toned down its talk of taking sea access by force only to cast a war it has sought for two years as self-defence; the foreign minister's charges have no factual basis; the 1998–2000 war aimed at Assab.",
    },
    [S.dawanNov15],
  ),
  ev(
    'StatementMade',
    'stmt-eritrea-igad-2025-12-12',
    { occurredAt: '2025-12-12', recordedAt: rec('2025-12-13', '12:00') },
    {
      speaker: ERITREA_MFA,
      audience: 'IGAD',
      tone: 'critical',
      summary:
        'Eritrea withdraws from IGAD, which it says has forfeited its legal mandate, offers no strategic benefit and fails to contribute to regional stability; Asmara has long accused the bloc of siding with Ethiopia. IGAD regrets the decision.',
    },
    [S.africanewsDec13, S.capitalfmDec13],
  ),
  ev(
    'ActorRegistered',
    'actor-au',
    { occurredAt: '2025-12-12', recordedAt: rec('2025-12-16', '12:00') },
    { actor: AU, role: 'third-party' },
    [S.hiiraanDec16],
  ),
  ev(
    'StatementMade',
    'stmt-youssouf-2025-12-12',
    { occurredAt: '2025-12-12', recordedAt: rec('2025-12-16', '12:01') },
    {
      speaker: YOUSSOUF,
      audience: 'ethiopia, eritrea',
      tone: 'conciliatory',
      summary:
        'On the 25th anniversary of the Algiers Agreement, the AU Commission chairperson calls on Ethiopia and Eritrea to renew their commitment to it and to choose dialogue and good neighbourliness; the UN Secretary-General makes a like call.',
    },
    [S.hiiraanDec16],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'ethiopia-eritrea-2025.jsonl',
  logEnd: '2026-01-01T00:00:00Z',
  events,
};

export default definition;
