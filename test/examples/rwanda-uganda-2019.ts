/**
 * A test fixture, not a shipped example: Rwanda and Uganda from the closing of
 * the Gatuna/Katuna border post (February 2019) to Kagame's visit to Entebbe
 * (April 2022), as an analyst following the news could have recorded them.
 * Escalation model v2 was never tuned on it: it is the case the model is held
 * to in rwanda-uganda-2019.spec.ts, against the calls an analyst makes from
 * DOMAIN.md §5b alone.
 *
 * The pair is Rwanda and Uganda; Angola (João Lourenço) and the DR Congo
 * (Félix Tshisekedi) are the mediators of the Luanda process (from the
 * quadripartite summit of July 2019); the RNC is a third party. Phases: the
 * closure of Gatuna to cargo (27 February 2019) and to travellers (28
 * February) and Rwanda's advice to its citizens not to go to Uganda; each
 * side's accusations (Rwanda: arrests, torture and deportations of Rwandans,
 * support to the RNC and the FDLR; Uganda: Rwandan agents at work behind its
 * government, the killings at the border); the Luanda summits and the
 * Memorandum of Understanding (21 August 2019); the ad hoc commission
 * (Kigali, September 2019; Kampala, December 2019; Kigali, February 2020) and
 * the Gatuna summit (21 February 2020, with the extradition treaty and Uganda's
 * release of Rwandans), the border still closed; the long pause (the
 * commission by video in June 2020, then nothing recorded until January 2022);
 * Museveni's envoys to Kagame (Ayebare, 18 January 2022; Muhoozi Kainerugaba,
 * 22 January), Kandiho's removal from military intelligence (25 January), the
 * reopening of Gatuna (31 January), Muhoozi's second visit (14–16 March) and
 * Kagame in Entebbe (24–25 April 2022).
 *
 * How the acts are recorded, by §5b: the closure is Rwanda's `border-closure`
 * against Uganda, the reopening a `border-reopening`; the post is recorded one
 * way ("Gatuna/Katuna border post") each time. The killings at the border are
 * `lethal-force` by Rwanda's forces on people crossing from Uganda (see below),
 * with the toll each source gives.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source.
 *
 * Grading as in examples/README.md: B = established outlet or wire copy (AFP,
 * AP, Anadolu, The EastAfrican, Daily Monitor, New Vision, The Citizen, AllAfrica
 * copies of ANGOP and The New Times), C = smaller outlet, aggregator or mirror
 * (Ugandan and Rwandan online outlets, KT Press, IGIHE, Chronicles); 1 = an act
 * or statement confirmed by the actor itself, 2 = several outlets agree or one
 * established outlet reports it, 3 = one side's unverified claim about the other.
 *
 * Judgement calls, recorded as an analyst would:
 * - The closure: Rwanda's revenue authority diverted heavy trucks from Gatuna
 *   from 27 February 2019 (17:00 local, 15:00 UTC) "to allow completion of the
 *   one-stop border post"; from the 28th Rwandans were stopped from crossing
 *   into Uganda. Whatever the stated reason, the sources read it as a measure
 *   against Uganda, and the advisory of 1 March says why: recorded as two
 *   closures by Rwanda against Uganda at the same post (cargo, then
 *   travellers), both ended by the reopening of 31 January 2022. The two-week
 *   trial passage of heavy trucks in June 2019 (10–23 June, closed again the
 *   next day, the travel advisory unchanged) is not recorded as a reopening: it
 *   was a test of the post's equipment, not the border opened to Uganda.
 * - Rukiga (24 May 2019): Uganda's police say two Rwandan soldiers chased a
 *   smuggler 80 metres into Uganda and shot him and a Ugandan who intervened;
 *   Rwanda says its officers fired in self-defence on its own side. By the
 *   catalogue this is `lethal-force` (border troops firing on people crossing,
 *   outside fighting between the two), not a clash or a strike: no force of
 *   Uganda's was engaged and nothing was fired on Uganda's army or state. The
 *   place is Uganda's account (Rukiga district), the perpetrator alleged by
 *   Uganda, graded 3. An analyst who reads "by one party on the other's
 *   territory" to cover any shooting across the line would record a clash; this
 *   one does not.
 * - Tabagwe (9 November 2019): two Ugandan tobacco smugglers shot dead by
 *   Rwandan security forces about 200 metres inside Rwanda (Uganda's police and
 *   Rwanda's both say so): `lethal-force` against Uganda's nationals, on
 *   Rwanda's soil; Uganda's protest note of 12 November is its own statement.
 * - The Luanda Memorandum (21 August 2019) is a framework agreement signed by
 *   Kagame and Museveni, with Lourenço and Tshisekedi as facilitators: recorded
 *   with no status (signed, and being implemented: the ad hoc commission met
 *   under it). The border it calls to reopen "as soon as possible" stayed
 *   closed: the agreement and the closure are both recorded, each as it was.
 * - The Kampala meeting of the commission (13 December 2019) ended without a
 *   joint communiqué (Uganda wanted a joint verification committee, Rwanda
 *   refused): `no-progress`, not `collapsed` (they met again). Likewise the
 *   fourth meeting by video (4 June 2020), known from a Rwandan outlet only (C3).
 * - The extradition treaty signed at Gatuna (21 February 2020) is a `partial`
 *   agreement, one occurrence with the summit's conclusion.
 * - The prisoner releases of January–February 2020 and Kandiho's removal
 *   (25 January 2022) have no type of their own: the releases are Uganda's
 *   position on Rwanda's demand (the summit of 2 February 2020), the removal is
 *   recorded as what the army said of it (a "routine transfer").
 * - Nothing between June 2020 and January 2022 is recorded: the sources found
 *   say only that the border stayed closed (COVID-19 closed most land borders
 *   besides), so the record is thin there.
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'rwanda-uganda-2019';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 2019);
/** A recording instant: the case spans four years, so the day is given whole. */
const rec = (day: string, time = '12:00'): string => `${day}T${time}:00Z`;

const GATUNA = 'Gatuna/Katuna border post';

const RWANDA: Actor = {
  id: 'rwanda',
  name: 'Rwanda',
  kind: 'state',
  aliases: ['Kigali', 'RDF', 'Rwanda Defence Force'],
};
const UGANDA: Actor = {
  id: 'uganda',
  name: 'Uganda',
  kind: 'state',
  aliases: ['Kampala', 'UPDF', "Uganda People's Defence Force"],
};
const ANGOLA: Actor = { id: 'angola', name: 'Angola', kind: 'state', aliases: ['Luanda', 'João Lourenço'] };
const DRC: Actor = {
  id: 'drc',
  name: 'Democratic Republic of the Congo',
  kind: 'state',
  aliases: ['DRC', 'DR Congo', 'Kinshasa', 'Félix Tshisekedi'],
};
const RNC: Actor = {
  id: 'rnc',
  name: 'Rwanda National Congress',
  kind: 'opposition-movement',
  aliases: ['RNC', 'Kayumba Nyamwasa'],
};

const KAGAME: Person = { name: 'Paul Kagame', title: 'President of Rwanda', actorId: 'rwanda' };
const MUSEVENI: Person = { name: 'Yoweri Museveni', title: 'President of Uganda', actorId: 'uganda' };
const SEZIBERA: Person = { name: 'Richard Sezibera', title: 'Foreign Minister of Rwanda', actorId: 'rwanda' };
const NDUHUNGIREHE: Person = {
  name: 'Olivier Nduhungirehe',
  title: 'Minister of State for the East African Community, Rwanda',
  actorId: 'rwanda',
};
const KUTESA: Person = { name: 'Sam Kutesa', title: 'Foreign Minister of Uganda', actorId: 'uganda' };
const OPONDO: Person = { name: 'Ofwono Opondo', title: 'Spokesman of the Government of Uganda', actorId: 'uganda' };
const RWANDA_MFA: Person = { name: 'Ministry of Foreign Affairs of Rwanda (statement)', actorId: 'rwanda' };
const MUHOOZI: Person = {
  name: 'Muhoozi Kainerugaba',
  title: 'Commander of Land Forces, UPDF, and Senior Presidential Adviser on Special Operations',
  actorId: 'uganda',
};
const AYEBARE: Person = {
  name: 'Adonia Ayebare',
  title: "Uganda's Permanent Representative to the UN, Museveni's envoy",
  actorId: 'uganda',
};
const UPDF_SPOKESMAN: Person = { name: 'Ronald Kakurungu', title: 'UPDF spokesman', actorId: 'uganda' };

const S = {
  skynewsMar1: source(
    "Uganda questions Rwanda's explanation for border closure",
    'Sky News Africa',
    'https://skynewsafrica.net/index.php/2019/03/01/uganda-questions-rwandas-explanation-for-border-closure/',
    '2019-03-01',
    'C',
    2,
  ),
  eastafricanMar2: source(
    'Rwanda-Uganda border closure creates logistics nightmare',
    'The EastAfrican',
    'https://www.theeastafrican.co.ke/news/ea/Rwanda-Uganda-border-closure-creates-logistics-nightmare/4552908-5006212-189wp5z/index.html',
    '2019-03-02',
    'B',
    2,
  ),
  infosgrandslacsMar5: source(
    "Uganda says Rwanda's claims are false",
    'Infos Grands Lacs (The EastAfrican)',
    'https://infosgrandslacs.info/node/26706',
    '2019-03-05',
    'C',
    2,
  ),
  kampalapostMar5: source(
    "Kutesa To Rwanda: We Can't Allow Anyone Operate in Uganda to Threaten A Neighbor",
    'Kampala Post',
    'http://kampalapost.com/content/news/kutesa-rwanda-we-cant-allow-anyone-operate-uganda-threaten-neighbor',
    '2019-03-05',
    'C',
    1,
  ),
  chroniclesMar9: source(
    'President Kagame To Uganda’s Museveni: “Am Begging You, Deal With This Matter”',
    'Chronicles (Rwanda)',
    'https://www.chronicles.rw/2019/03/09/president-kagame-to-ugandas-museveni-am-begging-you-deal-with-this-matter/',
    '2019-03-09',
    'C',
    2,
  ),
  nationalpostMar19: source(
    'Uganda denies backing Rwandan rebels as tensions grow',
    'National Post (AP)',
    'https://nationalpost.com/pmn/news-pmn/uganda-denies-backing-rwandan-rebels-as-tensions-grow',
    '2019-03-19',
    'B',
    2,
  ),
  panafricanMar20: source(
    'Museveni Writes to Kagame on Rwandan Agents Operating in Uganda',
    'Pan-African News Wire (Bloomberg)',
    'https://panafricannews.blogspot.com/2019/03/museveni-writes-to-kagame-on-rwandan.html?m=1',
    '2019-03-20',
    'C',
    2,
  ),
  thenewsMay26: source(
    'Uganda says Rwandan troops crossed border',
    'The News (AFP)',
    'https://www.thenews.com.pk/print/476386-uganda-says-rwandan-troops-crossed-border',
    '2019-05-26',
    'B',
    3,
  ),
  eastafricanMay25: source(
    'Uganda, Rwanda in row over border killings',
    'The EastAfrican (AFP)',
    'https://www.theeastafrican.co.ke/tea/news/east-africa/uganda-rwanda-in-row-over-border-killings-1418854',
    '2019-05-26',
    'B',
    2,
  ),
  pmldailyMay26: source(
    "Rwanda speaks out on its army's killings at Ugandan border",
    'PML Daily',
    'https://pmldaily.com/news/2019/05/rwanda-speaks-out-on-its-armys-killings-at-ugandan-border.html',
    '2019-05-26',
    'C',
    2,
  ),
  allafricaAug22: source(
    'Angola: Rwanda and Uganda sign Memorandum of Understanding',
    'AllAfrica (ANGOP)',
    'https://allafrica.com/stories/201908220141.html',
    '2019-08-22',
    'B',
    1,
  ),
  towerpostAug21: source(
    'Uganda-Rwanda MoU of Luanda: Here is What Museveni and Kagame Agreed to Do',
    'The Tower Post',
    'https://thetowerpost.com/2019/08/21/uganda-rwanda-mou-of-luanda-here-is-what-museveni-and-kagame-agreed-to-do/',
    '2019-08-21',
    'C',
    1,
  ),
  independentSep14: source(
    'Sam Kutesa to lead Ugandan delegation to Rwanda',
    'The Independent (Uganda)',
    'https://independent.co.ug/sam-kutesa-to-lead-ugandan-delegation-to-rwanda',
    '2019-09-14',
    'C',
    1,
  ),
  nilewiresSep16: source(
    'Rwanda, Uganda Take First Step To Implement Luanda MoU',
    'The Nile Wires',
    'https://thenilewires.com/?p=5552',
    '2019-09-16',
    'C',
    1,
  ),
  igiheOct21: source(
    'Museveni ignores peace agreement talks',
    'IGIHE',
    'https://en.igihe.com/news/museveni-ignores-peace-agreement-talks',
    '2019-10-21',
    'C',
    2,
  ),
  klfyNov10: source(
    '2 Ugandans killed in Rwanda amid border tension',
    'KLFY (AP)',
    'https://www.klfy.com/uncategorized/2-ugandans-killed-in-rwanda-amid-border-tension/',
    '2019-11-10',
    'B',
    2,
  ),
  journalducamerounNov10: source(
    'Rwanda-Uganda border: two suspected smugglers shot dead',
    'Journal du Cameroun (APA)',
    'https://www.journalducameroun.com/en/rwanda-uganda-border-two-suspected-smugglers-shot-dead/',
    '2019-11-10',
    'C',
    1,
  ),
  pmldailyNov12: source(
    'This must stop: Uganda sends protest note to Rwanda over reckless shooting dead of its citizens',
    'PML Daily',
    'https://pmldaily.com/news/2019/11/this-must-stop-uganda-sends-protest-note-to-rwanda-over-reckless-shooting-dead-of-its-citizens.html',
    '2019-11-12',
    'C',
    1,
  ),
  kfmDec13: source(
    'Meeting on Uganda-Rwanda relations underway',
    'KFM (Uganda)',
    'http://www.kfm.co.ug/news/meeting-on-uganda-rwanda-relations-underway.html',
    '2019-12-13',
    'C',
    2,
  ),
  newvisionDec14: source(
    'Uganda, Rwanda agree on verification committee',
    'New Vision',
    'https://www.newvision.co.ug/new_vision/news/1512104/uganda-rwanda-agree-verification-committee',
    '2019-12-14',
    'B',
    2,
  ),
  apanewsFeb3: source(
    'Uganda, Rwanda to meet to resolve impasse',
    'APA News',
    'https://apanews.net/uganda-rwanda-to-meet-to-resolve-impasse',
    '2020-02-03',
    'B',
    2,
  ),
  allafricaFeb14: source(
    'Rwanda, Uganda ad hoc commission meets in Kigali',
    'AllAfrica (The New Times)',
    'https://allafrica.com/stories/202002140102.html',
    '2020-02-14',
    'B',
    2,
  ),
  igiheFeb21: source(
    'Rwanda-Uganda: Ad Hoc Commission to reconvene at Gatuna border for solemn border re-opening',
    'IGIHE',
    'https://en.igihe.com/news/rwanda-uganda-ad-hoc-commission-to-reconvene-at',
    '2020-02-21',
    'C',
    1,
  ),
  ntvFeb21: source(
    'Katuna-Gatuna border to remain closed',
    'NTV Uganda',
    'https://www.ntv.co.ug/news/national/Katuna-Gatuna-border-to-remain-closed/4522324-5464338-15us0gf/index.html',
    '2020-02-21',
    'B',
    2,
  ),
  kampalapostFeb21: source(
    '4th Quadripartite Summit: Presidents Meet at Closed Katuna Border',
    'Kampala Post',
    'http://kampalapost.com/index.php/content/4th-quadripartite-summit-presidents-meet-closed-katuna-border',
    '2020-02-21',
    'C',
    2,
  ),
  independentFeb22: source(
    'President Museveni refutes links with Rwandan dissident Kayumba Nyamwasa',
    'The Independent (Uganda, URN)',
    'https://www.independent.co.ug/president-museveni-refutes-links-with-rwandan-dissident-kayumba-nyamwasa/',
    '2020-02-22',
    'C',
    1,
  ),
  virungapostJun: source(
    'Uganda’s shifting of goal posts shows lack of goodwill to end crisis',
    'Virunga Post',
    'https://virungapost.com/ugandas-shifting-of-goal-posts-shows-lack-of-goodwill-to-end-crisis/',
    '2020-06-20',
    'C',
    3,
  ),
  matookeJan23: source(
    'Muhoozi speaks out on meeting Kagame',
    'Matooke Republic',
    'https://matookerepublic.com/2022/01/23/muhoozi-speaks-out-on-meeting-kagame/amp/',
    '2022-01-23',
    'C',
    1,
  ),
  newvisionJan22: source(
    "In pictures: Muhoozi's one-day visit to Rwanda",
    'New Vision',
    'https://www.newvision.co.ug/category/politics/in-pictures-muhoozis-one-day-visit-to-rwanda-NV_125058',
    '2022-01-22',
    'B',
    1,
  ),
  newvisionJan25: source(
    'Museveni replaces Kandiho with Birungi as CMI boss',
    'New Vision',
    'https://www.newvision.co.ug/articledetails/125267',
    '2022-01-25',
    'B',
    1,
  ),
  citizenJan25: source(
    "Uganda's military intelligence boss Gen Kandiho removed from post",
    'The Citizen (The EastAfrican)',
    'https://www.thecitizen.co.tz/tanzania/news/africa/uganda-s-military-intelligence-boss-gen-kandiho-removed-from-post-3693588',
    '2022-01-25',
    'B',
    2,
  ),
  monitorJan26: source(
    'Why Museveni dropped CMI boss Gen Kandiho',
    'Daily Monitor',
    'https://www.monitor.co.ug/uganda/news/national/why-museveni-dropped-cmi-boss-gen-kandiho-3694876',
    '2022-01-26',
    'B',
    2,
  ),
  watchdogJan28: source(
    'Rwanda to reopen its border with Uganda next week after Kagame-Muhoozi meeting',
    'Watchdog Uganda',
    'https://www.watchdoguganda.com/news/20220128/129140/rwanda-to-reopen-its-border-with-uganda-next-week-after-kagame-muhoozi-meeting.html',
    '2022-01-28',
    'C',
    1,
  ),
  allafricaJan28: source(
    'Rwanda to reopen Gatuna border post',
    'AllAfrica (The New Times)',
    'https://allafrica.com/stories/202201280339.html',
    '2022-01-28',
    'B',
    1,
  ),
  monitorJan31: source(
    'Confusion at Rwanda-Uganda border crossing after reopening',
    'Daily Monitor (AFP)',
    'https://www.monitor.co.ug/uganda/news/national/confusion-at-rwanda-uganda-border-crossing-after-reopening-3700712',
    '2022-01-31',
    'B',
    2,
  ),
  monitorMar14: source(
    "Muhoozi makes second 'private' trip to Kigali",
    'Daily Monitor',
    'https://www.monitor.co.ug/uganda/news/national/muhoozi-makes-second-private-trip-to-kigali-3747436',
    '2022-03-14',
    'B',
    1,
  ),
  nilepostMar17: source(
    'Gen Muhoozi returns home after second successful trip to Kigali',
    'Nile Post',
    'http://nilepost.co.ug/2022/03/17/gen-muhoozi-returns-home-after-second-successful-trip-to-kigali/',
    '2022-03-17',
    'C',
    1,
  ),
  ktpressApr24: source(
    "President Kagame in Uganda for Gen Muhoozi's 48th birthday, meets President Museveni",
    'KT Press',
    'https://www.ktpress.rw/2022/04/photos-president-kagame-in-uganda-for-gen-muhoozis-48th-birthday-meets-president-museveni/',
    '2022-04-24',
    'C',
    1,
  ),
  monitorApr26: source(
    'Kagame reboots frozen relations with Uganda',
    'Daily Monitor',
    'https://www.monitor.co.ug/uganda/news/national/kagame-reboots-frozen-relations-with-uganda--3794370',
    '2022-04-26',
    'B',
    1,
  ),
};

/** Round ids. */
const R = {
  luandaJul2019: 'luanda-summit-2019-07',
  luandaAug2019: 'luanda-summit-2019-08',
  kigaliSep2019: 'adhoc-kigali-2019-09',
  kampalaDec2019: 'adhoc-kampala-2019-12',
  luandaFeb2020: 'luanda-summit-2020-02',
  kigaliFeb2020: 'adhoc-kigali-2020-02',
  gatunaFeb2020: 'gatuna-summit-2020-02',
  videoJun2020: 'adhoc-video-2020-06',
  ayebareJan2022: 'ayebare-kigali-2022-01',
  muhooziJan2022: 'muhoozi-kigali-2022-01',
  muhooziMar2022: 'muhoozi-kigali-2022-03',
  entebbeApr2022: 'kagame-entebbe-2022-04',
};

/** Demand ids. */
const D = {
  dissidents: 'end-support-to-rnc-fdlr',
  nationals: 'stop-arrests-of-rwandans',
  reopen: 'reopen-gatuna',
};

const events = [
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '2019-02-27', recordedAt: rec('2019-03-01', '09:00') },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Rwanda – Uganda, 2019–22',
      subject:
        "The dispute between Rwanda and Uganda from Rwanda's closing of the Gatuna/Katuna border post: Rwanda's accusations that Uganda arrests, tortures and deports Rwandans and backs the RNC and the FDLR, Uganda's that Rwandan agents operate behind its government; the Luanda process (the Memorandum of Understanding of 21 August 2019, its ad hoc commission, the quadripartite summits); the reopening of the border in January 2022 and the thaw after it.",
      parties: [RWANDA, UGANDA],
      mediators: [],
    },
    [S.skynewsMar1],
  ),
  ev(
    'IncidentReported',
    'inc-closure-cargo',
    { occurredAt: '2019-02-27T15:00:00Z', recordedAt: rec('2019-03-01', '09:05') },
    {
      incidentId: 'gatuna-closure-cargo-2019-02-27',
      kind: 'border-closure',
      perpetrator: 'rwanda',
      against: 'uganda',
      target: 'Heavy trucks and vehicles from Uganda',
      place: GATUNA,
      description:
        "Rwanda's revenue authority diverts all heavy trucks from Gatuna to Kagitumba/Mirama Hills from 28 February, to allow completion of the one-stop border post; from 6 pm on the 27th (Ugandan time) Rwandan authorities deny entry to private and public vehicles from Uganda (Uganda's government spokesman).",
    },
    [S.skynewsMar1],
  ),
  ev(
    'IncidentReported',
    'inc-closure-travellers',
    { occurredAt: '2019-02-28', recordedAt: rec('2019-03-02', '10:00') },
    {
      incidentId: 'gatuna-closure-travellers-2019-02-28',
      kind: 'border-closure',
      perpetrator: 'rwanda',
      against: 'uganda',
      target: 'Rwandan travellers to Uganda',
      place: GATUNA,
      description:
        'Rwandan immigration officials at Gatuna stop Rwandans from crossing into Uganda ("Do you want to cross to Uganda and be mistreated? They will arrest and torture you"); hundreds of travellers are stranded on the Thursday and sent back; Ugandan, US and Chinese passport holders cross.',
    },
    [S.eastafricanMar2],
  ),
  ev(
    'DemandTabled',
    'dem-reopen',
    { occurredAt: '2019-02-28', recordedAt: rec('2019-03-02', '10:05') },
    {
      demandId: D.reopen,
      by: 'uganda',
      addressedTo: ['rwanda'],
      text: 'Stop preventing people and goods from crossing at Katuna/Gatuna: reopen the border.',
      category: 'economic',
    },
    [S.skynewsMar1],
  ),
  ev(
    'StatementMade',
    'stmt-opondo-feb28',
    { occurredAt: '2019-02-28', recordedAt: rec('2019-03-02', '10:10') },
    {
      speaker: OPONDO,
      audience: 'rwanda',
      tone: 'critical',
      summary:
        "Uganda's government spokesman questions Rwanda's explanation (\"If it was construction of the road they wouldn't have prevented their people from coming into the country\"), calls on Rwanda not to prevent people crossing, and calls for calm while Rwanda is engaged.",
    },
    [S.skynewsMar1],
  ),
  ev(
    'StatementMade',
    'stmt-sezibera-mar1',
    { occurredAt: '2019-03-01', recordedAt: rec('2019-03-02', '10:15') },
    {
      speaker: SEZIBERA,
      audience: 'Rwandans',
      tone: 'accusation',
      summary:
        'Rwanda\'s foreign minister advises Rwandans not to travel to Uganda: "Rwandans are strongly advised not to travel to Uganda for their own safety. We had issues of security with those who crossed to Uganda"; no one is stopped, he says.',
    },
    [S.eastafricanMar2],
  ),
  ev(
    'ActorRegistered',
    'actor-rnc',
    { occurredAt: '2019-03-05', recordedAt: rec('2019-03-05', '18:00') },
    { actor: RNC, role: 'third-party' },
    [S.infosgrandslacsMar5],
  ),
  ev(
    'StatementMade',
    'stmt-sezibera-mar5',
    { occurredAt: '2019-03-05', recordedAt: rec('2019-03-05', '18:05') },
    {
      speaker: SEZIBERA,
      audience: 'uganda',
      tone: 'accusation',
      summary:
        'At a press conference in Kigali, Rwanda\'s foreign minister says Uganda supports the RNC and the FDLR, and arrests, tortures and harasses Rwandans "for reasons we don\'t understand": 190 cases and 986 deportations recorded.',
    },
    [S.infosgrandslacsMar5, S.kampalapostMar5],
  ),
  ev(
    'DemandTabled',
    'dem-dissidents',
    { occurredAt: '2019-03-05', recordedAt: rec('2019-03-05', '18:10') },
    {
      demandId: D.dissidents,
      by: 'rwanda',
      addressedTo: ['uganda'],
      text: 'End all support to the RNC, the FDLR and other groups hostile to Rwanda operating from Uganda.',
      category: 'security',
    },
    [S.infosgrandslacsMar5],
  ),
  ev(
    'DemandTabled',
    'dem-nationals',
    { occurredAt: '2019-03-05', recordedAt: rec('2019-03-05', '18:15') },
    {
      demandId: D.nationals,
      by: 'rwanda',
      addressedTo: ['uganda'],
      text: 'Stop arresting, torturing and deporting Rwandans, and release those held without due process.',
      category: 'humanitarian',
    },
    [S.infosgrandslacsMar5],
  ),
  ev(
    'PositionTaken',
    'pos-uganda-dissidents-mar5',
    { occurredAt: '2019-03-05', recordedAt: rec('2019-03-05', '18:20') },
    {
      demandId: D.dissidents,
      actorId: 'uganda',
      stance: 'rejected',
      speaker: KUTESA,
      quote:
        'It is false that Uganda hosts any elements fighting Rwanda. … Uganda does not and cannot allow anyone to operate from its territory that threatens a neighbour as alleged.',
    },
    [S.kampalapostMar5, S.infosgrandslacsMar5],
  ),
  ev(
    'PositionTaken',
    'pos-uganda-nationals-mar5',
    { occurredAt: '2019-03-05', recordedAt: rec('2019-03-05', '18:25') },
    {
      demandId: D.nationals,
      actorId: 'uganda',
      stance: 'rejected',
      speaker: KUTESA,
      quote: 'It is not true that Uganda arrests, tortures and harasses Rwandans.',
    },
    [S.infosgrandslacsMar5],
  ),
  ev(
    'StatementMade',
    'stmt-kagame-mar9',
    { occurredAt: '2019-03-09', recordedAt: rec('2019-03-10', '09:00') },
    {
      speaker: KAGAME,
      audience: 'uganda',
      tone: 'accusation',
      summary:
        'Opening the national leadership retreat, Kagame says Uganda has for years aided Rwanda\'s enemies (the RNC, the businessman Rujugiro) and arrested, tortured and deported Rwandans (René Rutagungira), that he once "begged" Museveni to deal with it, and that all he can do is advise Rwandans not to go to Uganda.',
    },
    [S.chroniclesMar9],
  ),
  ev(
    'StatementMade',
    'stmt-museveni-letter',
    { occurredAt: '2019-03-10', recordedAt: rec('2019-03-20', '09:00') },
    {
      speaker: MUSEVENI,
      audience: 'rwanda',
      tone: 'accusation',
      summary:
        'In a letter to Kagame (published on 19 March) Museveni says "there is no question of Uganda supporting anti-Rwanda elements", acknowledges he met an RNC member who asked for support and refused, and says it is "wrong" for Rwandan agents to try to operate behind the government of Uganda.',
    },
    [S.nationalpostMar19, S.panafricanMar20],
  ),
  ev(
    'IncidentReported',
    'inc-rukiga',
    { occurredAt: '2019-05-24', recordedAt: rec('2019-05-26', '09:00') },
    {
      incidentId: 'rukiga-killings-2019-05-24',
      kind: 'lethal-force',
      perpetrator: 'rwanda',
      allegedBy: 'uganda',
      against: 'uganda',
      target: 'A Rwandan trader on a motorcycle and a Ugandan who intervened',
      place: 'Kiruhura village, Kamwezi, Rukiga district (Uganda)',
      fatalities: { min: 2, max: 2 },
      civilianFatalities: { min: 2, max: 2 },
      description:
        'Uganda\'s police: at about 8 pm two armed Rwandan soldiers chased a Rwandan smuggler "about 80 metres into Ugandan territory", shot him in the head when he resisted arrest and shot dead a Ugandan who tried to intervene, then withdrew. Rwanda says the shooting was in Tabagwe, Nyagatare district, on its own side, in self-defence against men with machetes.',
    },
    [S.thenewsMay26, graded(S.eastafricanMay25, 3)],
    {
      note: 'Border troops firing on people crossing, outside fighting between the two forces: lethal force, not a clash or a strike (see the header). The place is Uganda’s account.',
    },
  ),
  ev(
    'StatementMade',
    'stmt-uganda-mfa-may25',
    { occurredAt: '2019-05-25', recordedAt: rec('2019-05-26', '09:05') },
    {
      speaker: { name: 'Ministry of Foreign Affairs of Uganda (statement)', actorId: 'uganda' },
      audience: 'rwanda',
      tone: 'accusation',
      summary:
        'Uganda "protests in the strongest terms the violation of its territorial integrity by Rwandan soldiers and the criminal, brutal and violent act … against unarmed civilians"; its police: "no justification for the illegal entry and use of deadly force by the Rwandan military".',
    },
    [S.eastafricanMay25, S.thenewsMay26],
  ),
  ev(
    'StatementMade',
    'stmt-rwanda-mfa-may25',
    { occurredAt: '2019-05-25', recordedAt: rec('2019-05-26', '09:10') },
    {
      speaker: RWANDA_MFA,
      audience: 'uganda',
      tone: 'critical',
      summary:
        'Rwanda says the incident took place in Tabagwe, Nyagatare district, in Rwanda: its officers, attacked with machetes after stopping a suspected smuggler, fired in self-defence; Sezibera calls Uganda\'s account "fake news".',
    },
    [S.pmldailyMay26, S.eastafricanMay25],
  ),
  ev(
    'ActorRegistered',
    'actor-angola',
    { occurredAt: '2019-07-12', precision: 'approximate', recordedAt: rec('2019-08-22', '09:00') },
    { actor: ANGOLA, role: 'mediator' },
    [S.allafricaAug22],
  ),
  ev(
    'ActorRegistered',
    'actor-drc',
    { occurredAt: '2019-07-12', precision: 'approximate', recordedAt: rec('2019-08-22', '09:01') },
    { actor: DRC, role: 'mediator' },
    [S.allafricaAug22],
  ),
  ev(
    'TalksRoundOpened',
    'luanda-jul-opened',
    { occurredAt: '2019-07-12', precision: 'approximate', recordedAt: rec('2019-08-22', '09:02') },
    {
      roundId: R.luandaJul2019,
      label: 'First quadripartite summit, Luanda',
      format: 'formal',
      venue: 'Luanda',
      hosts: ['angola', 'drc'],
      delegations: [
        { actorId: 'rwanda', head: KAGAME },
        { actorId: 'uganda', head: MUSEVENI },
      ],
    },
    [S.allafricaAug22],
    {
      note: 'Known from the reports of the August summit ("the quadripartite Summit of July 2019"); dated approximately.',
    },
  ),
  ev(
    'TalksRoundConcluded',
    'luanda-jul-concluded',
    { occurredAt: '2019-07-12', precision: 'approximate', recordedAt: rec('2019-08-22', '09:03') },
    {
      roundId: R.luandaJul2019,
      outcome: 'progress',
      summary:
        'The summit decided to prioritise the settlement of the two countries\' differences through peaceful means, conventional channels and "the spirit of African brotherhood and solidarity".',
      nextSteps: 'A memorandum of understanding to be signed at a second summit in Luanda.',
    },
    [S.allafricaAug22],
  ),
  ev(
    'TalksRoundOpened',
    'luanda-aug-opened',
    { occurredAt: '2019-08-21', recordedAt: rec('2019-08-22', '09:04') },
    {
      roundId: R.luandaAug2019,
      label: 'Second quadripartite summit, Luanda (the Memorandum of Understanding)',
      format: 'formal',
      venue: 'Luanda, Presidential Palace',
      hosts: ['angola', 'drc'],
      delegations: [
        { actorId: 'rwanda', head: KAGAME },
        { actorId: 'uganda', head: MUSEVENI },
      ],
    },
    [S.allafricaAug22, S.towerpostAug21],
  ),
  ev(
    'TalksRoundConcluded',
    'luanda-aug-concluded',
    { occurredAt: '2019-08-21', recordedAt: rec('2019-08-22', '09:05') },
    {
      roundId: R.luandaAug2019,
      outcome: 'agreement',
      summary:
        'Kagame and Museveni sign the Luanda Memorandum of Understanding, witnessed by Lourenço, Tshisekedi and Sassou Nguesso.',
      nextSteps: 'An ad hoc commission of ministers and intelligence chiefs to implement it.',
    },
    [S.allafricaAug22],
    { occurrence: 'luanda-mou-2019-08-21' },
  ),
  ev(
    'AgreementReached',
    'agr-luanda-mou',
    { occurredAt: '2019-08-21', recordedAt: rec('2019-08-22', '09:06') },
    {
      agreementId: 'luanda-mou-2019',
      kind: 'framework',
      provisions: [
        "Respect each other's sovereignty and that of neighbouring countries",
        'Refrain from actions conducive to destabilisation or subversion in the territory of the other party and neighbouring countries, including the financing, training and infiltration of destabilising forces',
        'Protect and respect the rights and freedoms of the nationals of the other party residing or transiting in their territory',
        'Resume as soon as possible cross-border activities, including the movement of persons and goods',
        'Promote comprehensive cooperation in politics, security, defence, trade and culture',
        'Establish an ad hoc commission for the implementation of the memorandum',
      ],
      signatories: ['rwanda', 'uganda'],
      textPublic: true,
      roundId: R.luandaAug2019,
    },
    [S.towerpostAug21, S.allafricaAug22],
    { occurrence: 'luanda-mou-2019-08-21' },
  ),
  ev(
    'TalksRoundScheduled',
    'kigali-sep-scheduled',
    { occurredAt: '2019-09-12', recordedAt: rec('2019-09-14', '09:00') },
    {
      roundId: R.kigaliSep2019,
      label: 'Ad hoc commission on the Luanda MoU, first meeting (Kigali)',
      format: 'formal',
      venue: 'Kigali',
      hosts: ['rwanda'],
      plannedFor: '2019-09-16',
    },
    [S.independentSep14],
  ),
  ev(
    'StatementMade',
    'stmt-presidents-aug21',
    { occurredAt: '2019-08-21', recordedAt: rec('2019-09-14', '09:05') },
    {
      speaker: MUSEVENI,
      audience: 'rwanda',
      tone: 'conciliatory',
      summary:
        '"We have agreed on a raft of issues that will be implemented between our two countries … Uganda is fully committed to enforcing this agreement"; Kagame, beside him, says he does not anticipate any problem in addressing what they agreed.',
    },
    [S.independentSep14],
  ),
  ev(
    'TalksRoundOpened',
    'kigali-sep-opened',
    { occurredAt: '2019-09-16', recordedAt: rec('2019-09-16', '18:00') },
    {
      roundId: R.kigaliSep2019,
      delegations: [
        { actorId: 'rwanda', head: NDUHUNGIREHE },
        { actorId: 'uganda', head: KUTESA },
      ],
    },
    [S.nilewiresSep16],
  ),
  ev(
    'TalksRoundConcluded',
    'kigali-sep-concluded',
    { occurredAt: '2019-09-16', recordedAt: rec('2019-09-16', '18:05') },
    {
      roundId: R.kigaliSep2019,
      outcome: 'progress',
      summary:
        'In "a frank and cordial atmosphere": Rwanda hands over a list of Rwandans detained in Uganda, which Uganda commits to verify and process, releasing those without evidence against them; both to refrain from hostile propaganda and to protect each other\'s nationals.',
      nextSteps: 'The commission to meet again in Kampala within 30 days.',
    },
    [S.nilewiresSep16],
  ),
  ev(
    'StatementMade',
    'stmt-nduhungirehe-oct21',
    { occurredAt: '2019-10-21', precision: 'approximate', recordedAt: rec('2019-10-21', '18:00') },
    {
      speaker: NDUHUNGIREHE,
      audience: 'uganda',
      tone: 'critical',
      summary:
        'The 30 days for the Kampala meeting have passed and Kigali has had no invitation: "It was Kampala to invite us. We haven\'t received the invitation."',
    },
    [S.igiheOct21],
  ),
  ev(
    'IncidentReported',
    'inc-tabagwe',
    { occurredAt: '2019-11-09', recordedAt: rec('2019-11-10', '18:00') },
    {
      incidentId: 'tabagwe-killings-2019-11-09',
      kind: 'lethal-force',
      perpetrator: 'rwanda',
      against: 'uganda',
      target: 'Two Ugandan tobacco smugglers',
      place: 'Tabagwe, Nyagatare district (Rwanda)',
      fatalities: { min: 2, max: 2 },
      civilianFatalities: { min: 2, max: 2 },
      description:
        "Two Ugandans from Kamwezi, Rukiga district, are shot dead by Rwandan security forces at Tabagwe, about 200 metres inside Rwanda, while smuggling tobacco (Uganda's Kigezi police); Rwanda's police say the smugglers assaulted the officers, who fired in self-defence.",
    },
    [S.klfyNov10, S.journalducamerounNov10],
  ),
  ev(
    'StatementMade',
    'stmt-uganda-note-nov12',
    { occurredAt: '2019-11-12', recordedAt: rec('2019-11-12', '18:00') },
    {
      speaker: OPONDO,
      audience: 'rwanda',
      tone: 'accusation',
      summary:
        'In a protest note to Rwanda\'s High Commissioner, Uganda "protests in the strongest terms the murder of its nationals by Rwandan security personnel", a "pattern of reckless and high-handed acts" inimical to the efforts to improve relations, and demands a joint investigation.',
    },
    [S.pmldailyNov12],
  ),
  ev(
    'TalksRoundOpened',
    'kampala-dec-opened',
    { occurredAt: '2019-12-13', recordedAt: rec('2019-12-13', '18:00') },
    {
      roundId: R.kampalaDec2019,
      label: 'Ad hoc commission on the Luanda MoU, second meeting (Kampala, Munyonyo)',
      format: 'formal',
      venue: 'Munyonyo, Kampala',
      hosts: ['uganda'],
      delegations: [
        { actorId: 'rwanda', head: NDUHUNGIREHE },
        { actorId: 'uganda', head: KUTESA },
      ],
    },
    [S.kfmDec13],
  ),
  ev(
    'TalksRoundConcluded',
    'kampala-dec-concluded',
    { occurredAt: '2019-12-13', recordedAt: rec('2019-12-14', '12:00') },
    {
      roundId: R.kampalaDec2019,
      outcome: 'no-progress',
      summary:
        'Beyond a meeting of minds on an extradition treaty the talks cover little ground; Kutesa speaks of a joint verification committee, which Rwanda does not accept; the sticking issues are left to the heads of state. No joint communiqué.',
    },
    [S.newvisionDec14],
  ),
  ev(
    'TalksRoundOpened',
    'luanda-feb-opened',
    { occurredAt: '2020-02-02', recordedAt: rec('2020-02-03', '09:00') },
    {
      roundId: R.luandaFeb2020,
      label: 'Third quadripartite summit, Luanda',
      format: 'formal',
      venue: 'Luanda',
      hosts: ['angola', 'drc'],
      delegations: [
        { actorId: 'rwanda', head: KAGAME },
        { actorId: 'uganda', head: MUSEVENI },
      ],
    },
    [S.apanewsFeb3],
  ),
  ev(
    'TalksRoundConcluded',
    'luanda-feb-concluded',
    { occurredAt: '2020-02-02', recordedAt: rec('2020-02-03', '09:05') },
    {
      roundId: R.luandaFeb2020,
      outcome: 'progress',
      summary:
        "The summit resolves that each country release the other's duly identified nationals in detention (lists exchanged), that both refrain from anything that creates the perception of supporting, financing or training destabilising forces, and that the ad hoc commission continue.",
      nextSteps: 'The next summit at the Gatuna/Katuna border on 21 February 2020.',
    },
    [S.apanewsFeb3],
  ),
  ev(
    'PositionTaken',
    'pos-uganda-nationals-feb2',
    { occurredAt: '2020-02-02', recordedAt: rec('2020-02-03', '09:10') },
    {
      demandId: D.nationals,
      actorId: 'uganda',
      stance: 'accepted',
    },
    [S.apanewsFeb3],
    {
      note: 'The release of nationals has no type of its own: recorded as Uganda accepting the demand at the summit (it freed over 20 Rwandans in January and February 2020, Kampala Post).',
    },
  ),
  ev(
    'TalksRoundOpened',
    'kigali-feb-opened',
    { occurredAt: '2020-02-14', recordedAt: rec('2020-02-14', '12:00') },
    {
      roundId: R.kigaliFeb2020,
      label: 'Ad hoc commission on the Luanda MoU, third meeting (Kigali)',
      format: 'formal',
      venue: 'Kigali',
      hosts: ['rwanda'],
      delegations: [
        { actorId: 'rwanda', head: NDUHUNGIREHE },
        { actorId: 'uganda', head: KUTESA },
      ],
    },
    [S.allafricaFeb14],
  ),
  ev(
    'TalksRoundConcluded',
    'kigali-feb-concluded',
    { occurredAt: '2020-02-14', recordedAt: rec('2020-02-21', '18:00') },
    {
      roundId: R.kigaliFeb2020,
      outcome: 'progress',
      summary: 'The commission approves the extradition treaty signed at the Gatuna summit a week later.',
    },
    [S.igiheFeb21],
  ),
  ev(
    'TalksRoundOpened',
    'gatuna-feb-opened',
    { occurredAt: '2020-02-21', recordedAt: rec('2020-02-21', '18:05') },
    {
      roundId: R.gatunaFeb2020,
      label: 'Fourth quadripartite summit, Gatuna/Katuna border',
      format: 'formal',
      venue: GATUNA,
      hosts: ['angola', 'drc'],
      delegations: [
        { actorId: 'rwanda', head: KAGAME },
        { actorId: 'uganda', head: MUSEVENI },
      ],
    },
    [S.kampalapostFeb21, S.igiheFeb21],
  ),
  ev(
    'TalksRoundConcluded',
    'gatuna-feb-concluded',
    { occurredAt: '2020-02-21', recordedAt: rec('2020-02-21', '18:10') },
    {
      roundId: R.gatunaFeb2020,
      outcome: 'agreement',
      summary:
        "The presidents sign the extradition treaty; the summit welcomes the release of prisoners on both sides; Uganda is to verify within a month Rwanda's allegations that forces hostile to Kigali operate from its territory and, if proven, stop them. The border stays closed.",
      nextSteps:
        'Once Uganda has done so, the ad hoc commission to meet at Gatuna within 15 days for the "solemn re-opening" of the border.',
    },
    [S.igiheFeb21, S.ntvFeb21],
    { occurrence: 'gatuna-summit-2020-02-21' },
  ),
  ev(
    'AgreementReached',
    'agr-extradition',
    { occurredAt: '2020-02-21', recordedAt: rec('2020-02-21', '18:15') },
    {
      agreementId: 'extradition-treaty-2020',
      kind: 'partial',
      provisions: [
        'A legal framework to extradite and try persons accused of crimes, including subversive activities by nationals of either party in the territory of the other',
      ],
      signatories: ['rwanda', 'uganda'],
      textPublic: false,
      roundId: R.gatunaFeb2020,
    },
    [S.igiheFeb21, S.ntvFeb21],
    { occurrence: 'gatuna-summit-2020-02-21' },
  ),
  ev(
    'PositionTaken',
    'pos-rwanda-reopen-feb21',
    { occurredAt: '2020-02-21', recordedAt: rec('2020-02-21', '18:20') },
    {
      demandId: D.reopen,
      actorId: 'rwanda',
      stance: 'conditional',
      conditions:
        "The border reopens once Uganda has verified, within a month, Rwanda's allegations about hostile forces on its territory and stopped them.",
    },
    [S.igiheFeb21, S.ntvFeb21],
  ),
  ev(
    'StatementMade',
    'stmt-museveni-katuna-feb21',
    { occurredAt: '2020-02-21', recordedAt: rec('2020-02-22', '12:00') },
    {
      speaker: MUSEVENI,
      audience: 'domestic audience',
      tone: 'neutral',
      summary:
        'At Katuna after the summit Museveni asks people affected by the closure to be patient, says Uganda has no links with Kayumba Nyamwasa and the RNC and will investigate whether they pass through Uganda; only Rwandans held for minor offences will be released.',
    },
    [S.independentFeb22],
  ),
  ev(
    'TalksRoundOpened',
    'video-jun-opened',
    { occurredAt: '2020-06-04', recordedAt: rec('2020-06-20', '12:00') },
    {
      roundId: R.videoJun2020,
      label: 'Ad hoc commission on the Luanda MoU, fourth meeting (by video)',
      format: 'formal',
      venue: 'Video conference',
    },
    [S.virungapostJun],
  ),
  ev(
    'TalksRoundConcluded',
    'video-jun-concluded',
    { occurredAt: '2020-06-04', recordedAt: rec('2020-06-20', '12:05') },
    {
      roundId: R.videoJun2020,
      outcome: 'no-progress',
      summary:
        "As at Munyonyo in December, the meeting ends without agreement on a joint communiqué (a Rwandan outlet's account: Uganda again asks for a joint verification mechanism).",
    },
    [S.virungapostJun],
  ),
  ev(
    'TalksRoundOpened',
    'ayebare-jan-opened',
    { occurredAt: '2022-01-18', recordedAt: rec('2022-01-25', '12:00') },
    {
      roundId: R.ayebareJan2022,
      label: "Museveni's envoy Adonia Ayebare with Kagame (Kigali)",
      format: 'informal',
      venue: 'Kigali',
      delegations: [
        { actorId: 'uganda', head: AYEBARE },
        { actorId: 'rwanda', head: KAGAME },
      ],
    },
    [S.citizenJan25],
  ),
  ev(
    'TalksRoundConcluded',
    'ayebare-jan-concluded',
    { occurredAt: '2022-01-18', recordedAt: rec('2022-01-25', '12:05') },
    {
      roundId: R.ayebareJan2022,
      outcome: 'progress',
      summary: 'The envoy delivers a special message from Museveni to Kagame; details not made public.',
    },
    [S.citizenJan25],
  ),
  ev(
    'TalksRoundOpened',
    'muhoozi-jan-opened',
    { occurredAt: '2022-01-22', recordedAt: rec('2022-01-25', '12:10') },
    {
      roundId: R.muhooziJan2022,
      label: 'Muhoozi Kainerugaba with Kagame (Kigali, Village Urugwiro)',
      format: 'informal',
      venue: 'Kigali, Village Urugwiro',
      delegations: [
        { actorId: 'uganda', head: MUHOOZI },
        { actorId: 'rwanda', head: KAGAME },
      ],
    },
    [S.newvisionJan22, S.matookeJan23],
  ),
  ev(
    'TalksRoundConcluded',
    'muhoozi-jan-concluded',
    { occurredAt: '2022-01-22', recordedAt: rec('2022-01-25', '12:15') },
    {
      roundId: R.muhooziJan2022,
      outcome: 'progress',
      summary:
        '"Very cordial and in-depth discussions about how to improve our bilateral relations" (Muhoozi); Kagame releases a Ugandan soldier who strayed into Rwanda at his request.',
    },
    [S.matookeJan23],
  ),
  ev(
    'StatementMade',
    'stmt-muhoozi-jan22',
    { occurredAt: '2022-01-22', recordedAt: rec('2022-01-25', '12:20') },
    {
      speaker: MUHOOZI,
      audience: 'rwanda',
      tone: 'conciliatory',
      summary:
        '"I\'m confident that under the leadership of our two Presidents we shall be able to quickly restore our historical good relations … Uganda and Rwanda are one country! … Let us resolve these small problems quickly."',
    },
    [S.matookeJan23],
  ),
  ev(
    'StatementMade',
    'stmt-updf-kandiho',
    { occurredAt: '2022-01-25', recordedAt: rec('2022-01-26', '12:00') },
    {
      speaker: UPDF_SPOKESMAN,
      audience: 'domestic audience',
      tone: 'neutral',
      summary:
        'Museveni removes Maj Gen Abel Kandiho, head of military intelligence (CMI), whom Rwanda held responsible for the arrests and torture of Rwandans, and posts him to South Sudan; the army calls it "one of the routine transfers". The press links it to Muhoozi\'s visit and to Rwanda\'s conditions.',
    },
    [S.newvisionJan25, S.monitorJan26, S.citizenJan25],
    { note: 'The removal has no type of its own in the catalogue: recorded as what the army said of it.' },
  ),
  ev(
    'StatementMade',
    'stmt-rwanda-mfa-jan28',
    { occurredAt: '2022-01-27', recordedAt: rec('2022-01-28', '12:00') },
    {
      speaker: RWANDA_MFA,
      audience: 'uganda',
      tone: 'conciliatory',
      summary:
        'Rwanda "has taken note that there is a process to solve issues raised by Rwanda, as well as commitments made by the Government of Uganda to address remaining obstacles" and, in line with the Gatuna communiqué of 21 February 2020, will reopen the Gatuna border post from 31 January.',
    },
    [S.watchdogJan28, S.allafricaJan28],
  ),
  ev(
    'PositionTaken',
    'pos-rwanda-reopen-jan27',
    { occurredAt: '2022-01-27', recordedAt: rec('2022-01-28', '12:05') },
    {
      demandId: D.reopen,
      actorId: 'rwanda',
      stance: 'accepted',
      speaker: RWANDA_MFA,
      quote: 'The Gatuna border post between Rwanda and Uganda will be re-opened from 31st January 2022.',
    },
    [S.watchdogJan28, S.allafricaJan28],
  ),
  ev(
    'IncidentReported',
    'inc-reopening',
    { occurredAt: '2022-01-31', recordedAt: rec('2022-01-31', '18:00') },
    {
      incidentId: 'gatuna-reopening-2022-01-31',
      kind: 'border-reopening',
      perpetrator: 'rwanda',
      against: 'uganda',
      place: GATUNA,
      description:
        'Gatuna reopens after three years: trucks cross, and Rwandan citizens and returning residents enter Rwanda under COVID-19 rules (Rwanda\'s government spokeswoman); some Rwandans say they were blocked from crossing on the first day. Muhoozi: "Now our people can freely move, trade and interact".',
    },
    [S.monitorJan31],
  ),
  ev(
    'TalksRoundOpened',
    'muhoozi-mar-opened',
    { occurredAt: '2022-03-14', recordedAt: rec('2022-03-14', '18:00') },
    {
      roundId: R.muhooziMar2022,
      label: "Muhoozi Kainerugaba's second visit to Kagame (Kigali)",
      format: 'informal',
      venue: 'Kigali, Village Urugwiro',
      delegations: [
        { actorId: 'uganda', head: MUHOOZI },
        { actorId: 'rwanda', head: KAGAME },
      ],
    },
    [S.monitorMar14],
  ),
  ev(
    'TalksRoundConcluded',
    'muhoozi-mar-concluded',
    { occurredAt: '2022-03-16', recordedAt: rec('2022-03-17', '12:00') },
    {
      roundId: R.muhooziMar2022,
      outcome: 'progress',
      summary:
        '"A very fruitful three-day visit": the remaining difficulties of the reopened border (the cost of COVID-19 tests) discussed, and "President Kagame assured me all that will be sorted out" (Muhoozi).',
    },
    [S.nilepostMar17],
  ),
  ev(
    'TalksRoundOpened',
    'entebbe-apr-opened',
    { occurredAt: '2022-04-24', recordedAt: rec('2022-04-24', '20:00') },
    {
      roundId: R.entebbeApr2022,
      label: "Kagame at State House Entebbe (Muhoozi's birthday; his first visit to Uganda in four years)",
      format: 'informal',
      venue: 'State House, Entebbe',
      delegations: [
        { actorId: 'rwanda', head: KAGAME },
        { actorId: 'uganda', head: MUSEVENI },
      ],
    },
    [S.ktpressApr24],
  ),
  ev(
    'TalksRoundConcluded',
    'entebbe-apr-concluded',
    { occurredAt: '2022-04-25', recordedAt: rec('2022-04-26', '12:00') },
    {
      roundId: R.entebbeApr2022,
      outcome: 'progress',
      summary:
        'Bilateral talks "on regional peace, stability and cooperation" (Museveni); Kagame says the difficulties the two countries went through were temporary.',
    },
    [S.monitorApr26, S.ktpressApr24],
  ),
  ev(
    'StatementMade',
    'stmt-museveni-apr24',
    { occurredAt: '2022-04-24', recordedAt: rec('2022-04-26', '12:05') },
    {
      speaker: MUSEVENI,
      audience: 'rwanda',
      tone: 'conciliatory',
      summary:
        '"We are very happy that you came … President Kagame is an old friend since way back in 1979": Museveni at the state banquet for Muhoozi\'s birthday.',
    },
    [S.monitorApr26],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'rwanda-uganda-2019.jsonl',
  logEnd: '2022-05-31T00:00:00Z',
  events,
};

export default definition;
