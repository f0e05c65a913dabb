/**
 * A test fixture, not a shipped example: the United Kingdom and Iran in the
 * tanker crisis of 2019 — the seizure of the Iranian supertanker Grace 1 off
 * Gibraltar by Royal Marines with Gibraltar's police (4 July, on suspicion of
 * carrying oil to Syria against EU sanctions), Iran's summons of the British
 * ambassador, its demand for the release and its threats of reciprocal action
 * (Rezaei, 5 July; Hatami, 8 July; Rouhani's "consequences", 10 July;
 * Khamenei's "will not leave this wickedness unanswered", 16 July), the IRGC
 * boats' attempt to impede the British Heritage warded off by HMS Montrose
 * (10 July), Hunt's offer to facilitate the release against guarantees (13
 * July), the IRGC's seizure of the British-flagged Stena Impero in the Strait
 * of Hormuz (19 July), the UK's demand for its release and its "state piracy",
 * the Royal Navy escort of British-flagged ships (25 July) and the US-led
 * maritime mission (5 August), Gibraltar's release of Grace 1 (15 August) over
 * a US warrant (16 August), the ship's departure as Adrian Darya 1 (18 August),
 * the UK's protest at its oil reaching Syria (10 September), the Stena
 * Impero's release (27 September), and the months after to the end of 2019.
 * Escalation model v2 was never tuned on it: it is the case the model is held
 * to in uk-iran-2019.spec.ts, against the calls an analyst makes from DOMAIN.md
 * §5b alone. The 2007 seizure of fifteen Royal Navy personnel is another case
 * (iran-uk-2007.ts); nothing of it is recorded here.
 *
 * What it tests: ships seized by each side at gunpoint with no shot fired
 * (force short of armed action), threats of retaliation, a naval show of force
 * and an escort operation, detentions lasting six and ten weeks, the releases
 * one after the other, and the fall of the level after both.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source.
 *
 * Grading as in examples/README.md: B = established outlet, national news
 * agency or wire copy (Reuters, AP, AFP, BBC, VOA); C = smaller outlet,
 * aggregator, blog or mirror of a wire story; 2 = an on-record statement or
 * act several outlets agree on, or one established outlet reports; 3 = one
 * side's unverified claim or an unnamed source.
 *
 * Judgement calls, recorded as an analyst would:
 * - The pair is the United Kingdom and Iran. Gibraltar's government and
 *   courts, the United States and Sweden (the Stena Impero's owner, Stena
 *   Bulk) are third parties. The seizure of Grace 1 is recorded as the UK's:
 *   the sources say Royal Marines of 42 Commando boarded it (MoD), with
 *   Gibraltar's police; its release is Gibraltar's (its Supreme Court and
 *   government), not the UK's (the Foreign Office: "a matter for the
 *   government of Gibraltar").
 * - Both seizures were boarded from helicopters and boats, no shot fired by
 *   either account; not armed action (no fire between the forces, nothing on
 *   the other's territory). The Stena Impero's is Iran's `detention`: the IRGC
 *   took the ship and crew and Iran held them in Bandar Abbas until its
 *   `release` (27 September, when it sailed: the sources' day it was freed;
 *   Iran's "free to leave" of 23 September is a statement). Grace 1's
 *   boarding is the UK's `non-lethal-force`, not a detention of the UK's: the
 *   holding was Gibraltar's (its courts' detention order, released by its
 *   Supreme Court and government, "a matter for the government of
 *   Gibraltar"), a third party's, and a UK detention would have no UK release
 *   to end it. The IRGC boats' attempt to
 *   impede the British Heritage (10 July, the UK's account; the IRGC denied
 *   any confrontation) is `non-lethal-force` too, alleged by the UK and graded
 *   3 where only one side speaks. The places are recorded one way:
 *   "Strait of Gibraltar, off Gibraltar" and "Strait of Hormuz".
 * - First recorded when the catalogue had no lasting detention: both
 *   seizures as `non-lethal-force`, the detentions held only by each side's
 *   demand for the release and the statements of the weeks (`occupation` is
 *   ground, not a ship in port). Re-recorded with the kinds `detention` and
 *   `release` once the catalogue had them: the Stena Impero's seizure as a
 *   detention and its release (above); Grace 1 unchanged.
 * - Iran's threats to seize a British ship in return (Rezaei, 5 July), to
 *   respond (Hatami, 8 July; Khamenei, 16 July) and Rouhani's
 *   "consequences" (10 July) are `threat`, not `military-threat`: none names
 *   war or armed force. Hunt's "serious consequences" (20 July) and Zarif's
 *   "these are our waters and we will protect them" (25 July) are warnings.
 *   No ultimatum: no deadline or consequence was set by either government.
 * - The Royal Navy's escort of British-flagged ships (25 July) and the UK's
 *   joining of the US-led maritime mission (5 August) are the UK's
 *   `force-posture` against Iran: the sources say they are aimed at Iran's
 *   seizures. HMS Montrose training its guns on the IRGC boats (10 July) is
 *   in that incident's description, not a separate act.
 * - Hunt's offer to "facilitate release" against guarantees that the oil
 *   would not go to Syria (13 July) is the UK's demand for an assurance and
 *   its `conditional` stance on Iran's demand for the release; Gibraltar's
 *   statement that it released Grace 1 "in light of the assurances we have
 *   received" (15 August) is Iran's `accepted` of the assurance demand.
 *   Rouhani's hint that the Stena Impero could go if the UK freed Grace 1 (24
 *   July) is Iran's `conditional` on the UK's demand; the release of 27
 *   September its `accepted`. No agreement between the two is recorded:
 *   neither side called the two releases a deal (Iran denied any link).
 * - The US warrant (16 August) and Gibraltar's refusal of the US request (18
 *   August) are third parties' acts. The UK's protest of 10 September that
 *   the oil went to Syria in breach of the assurances is an accusation.
 * - The release of seven of the Stena Impero's crew (4 September) and the
 *   IRGC's daily probing of HMS Montrose ("115 interactions", its captain, in
 *   September) are left out: no dated source for each act was found in time.
 *   From October to December 2019 only the UK's part in the E3 letter on
 *   Iran's missiles (4 December) and Zarif's answer are recorded: no other
 *   dated source of an act or statement between the two was found in time.
 * - HMS Duncan's dispatch (12 July) and arrival (28 July) are the UK's
 *   `force-posture` too, recorded with the same place as the escorts.
 */
import type { Actor, NegotiationEvent, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'uk-iran-2019';
const { ev, at } = caseKit(NEGOTIATION_ID, 'test-analyst', 2019);

const UK: Actor = {
  id: 'united-kingdom',
  name: 'United Kingdom',
  kind: 'state',
  aliases: ['UK', 'Britain', 'London'],
};
const IRAN: Actor = {
  id: 'iran',
  name: 'Islamic Republic of Iran',
  kind: 'state',
  aliases: ['Iran', 'Tehran'],
};
const GIBRALTAR: Actor = {
  id: 'gibraltar',
  name: 'Government of Gibraltar',
  kind: 'state',
  aliases: ['Gibraltar', 'HM Government of Gibraltar'],
};
const USA: Actor = { id: 'united-states', name: 'United States', kind: 'state', aliases: ['US', 'Washington'] };
const SWEDEN: Actor = { id: 'sweden', name: 'Kingdom of Sweden', kind: 'state', aliases: ['Sweden', 'Stockholm'] };

const MOD: Person = { name: 'Ministry of Defence of the United Kingdom', actorId: 'united-kingdom' };
const HUNT: Person = { name: 'Jeremy Hunt', title: 'Foreign Secretary', actorId: 'united-kingdom' };
const MAY_SPOKESMAN: Person = { name: "Theresa May's spokesman", actorId: 'united-kingdom' };
const RAAB: Person = { name: 'Dominic Raab', title: 'Foreign Secretary', actorId: 'united-kingdom' };
const JOHNSON: Person = { name: 'Boris Johnson', title: 'Prime Minister', actorId: 'united-kingdom' };
const IR_MFA: Person = { name: 'Ministry of Foreign Affairs of Iran', actorId: 'iran' };
const REZAEI: Person = { name: 'Mohsen Rezaei', title: 'Secretary of the Expediency Council', actorId: 'iran' };
const HATAMI: Person = { name: 'Amir Hatami', title: 'Defence Minister of Iran', actorId: 'iran' };
const ROUHANI: Person = { name: 'Hassan Rouhani', title: 'President of Iran', actorId: 'iran' };
const KHAMENEI: Person = { name: 'Ali Khamenei', title: 'Supreme Leader of Iran', actorId: 'iran' };
const ZARIF: Person = { name: 'Mohammad Javad Zarif', title: 'Foreign Minister of Iran', actorId: 'iran' };
const BAEIDINEJAD: Person = { name: 'Hamid Baeidinejad', title: 'Ambassador of Iran to the UK', actorId: 'iran' };
const IR_GOV: Person = { name: 'Government of Iran', actorId: 'iran' };
const UK_UN: Person = { name: 'Permanent Mission of the UK to the UN (with France and Germany)', actorId: 'united-kingdom' };
const IRGC: Person = { name: 'Islamic Revolutionary Guard Corps', actorId: 'iran' };

const S = {
  inewsJul4: source(
    'Royal Marines seize Iranian oil tanker suspected of transporting oil to Syria and defying sanctions',
    'i news',
    'https://inews.co.uk/news/world/royal-marines-iran-oil-tanker-transporting-oil-syria-diplomatic-crisis-310310',
    '2019-07-04',
    'B',
    2,
  ),
  sofrepJul4: source(
    'Royal Marines storm Iranian supertanker bound for Syria',
    'SOFREP',
    'https://sofrep.com/news/breaking-royal-marines-storm-iranian-supertanker-bound-for-syria/',
    '2019-07-04',
    'C',
    2,
  ),
  warfareJul5: source(
    'Royal Marines Seize Iranian Tanker',
    'Warfare Today',
    'http://www.warfare.today/2019/07/05/royal-marines-seize-iranian-tanker/',
    '2019-07-05',
    'C',
    2,
  ),
  telesurJul5: source(
    'Iran Can Seize UK Tanker If Iranian Vessel Is Not Freed: IRGC (Reuters)',
    'teleSUR',
    'https://www.telesurenglish.net/news/Iran-Can-Seize-UK-Tanker-If-Iranian-Vessel-Is-Not-Freed-IRGC-20190705-0002.html',
    '2019-07-05',
    'C',
    2,
  ),
  kayhanJul10: source(
    "President Rouhani's Warning to UK",
    'Kayhan International',
    'http://kayhan.ir/en/news/67959',
    '2019-07-10',
    'C',
    2,
  ),
  bdnewsJul10: source(
    "Britain to face 'consequences' for seizing Iranian tanker: Rouhani (Reuters)",
    'bdnews24',
    'https://bdnews24.com/world/2019/07/10/britain-to-face-consequences-for-seizing-iranian-tanker-rouhani',
    '2019-07-10',
    'B',
    2,
  ),
  dailystarJul11: source(
    "UK to face 'consequences'",
    'The Daily Star',
    'https://images.thedailystar.net/middle-east/news/uk-face-consequences-1769728',
    '2019-07-11',
    'B',
    2,
  ),
  nasdaqJul11: source(
    'Britain says three Iranian boats tried to block its ship in Gulf (Reuters)',
    'Nasdaq',
    'https://www.nasdaq.com/article/britain-says-three-iranian-boats-tried-to-block-its-ship-in-gulf-20190711-00022',
    '2019-07-11',
    'B',
    2,
  ),
  bicomJul11: source(
    'Iranian boats try to block British tanker',
    'BICOM',
    'http://www.bicom.org.uk/news/iranian-boats-try-to-block-british-tanker/',
    '2019-07-11',
    'C',
    2,
  ),
  itvJul11: source(
    'Gibraltar Police arrest captain of Iranian supertanker raided by Royal Marines',
    'ITV News',
    'https://www.itv.com/news/2019-07-11/gibraltar-police-arrest-captain-of-iranian-supertanker-raided-by-royal-marines/',
    '2019-07-11',
    'B',
    2,
  ),
  voaJul13: source(
    'Britain to Release Iranian Tanker if Tehran Gives Guarantee (Reuters)',
    'VOA',
    'https://www.voanews.com/europe/britain-release-iranian-tanker-if-tehran-gives-guarantee',
    '2019-07-13',
    'B',
    2,
  ),
  aniJul14: source(
    'Will facilitate release of seized tanker if Iran assures oil not headed for Syria: UK',
    'ANI',
    'https://www.aninews.in/news/world/europe/will-facilitate-release-of-seized-tanker-if-iran-assures-oil-not-headed-for-syria-uk20190714013006/',
    '2019-07-14',
    'B',
    2,
  ),
  rudawJul16: source(
    "Iran's Khamenei threatens that 'Britain's piracy' will not go unanswered",
    'Rudaw',
    'https://rudaw.net/english/middleeast/iran/16072019-amp',
    '2019-07-16',
    'C',
    2,
  ),
  telesurJul16: source(
    "Iran's Supreme Leader Threatens to Respond to UK's 'Piracy'",
    'teleSUR',
    'https://www.telesurenglish.net/news/Irans-Supreme-Leader-Threatens-to-Respond-to-UKs-Piracy-20190716-0004.html',
    '2019-07-16',
    'C',
    2,
  ),
  aolJul16: source(
    "Iran's supreme leader promises response to seizure of Grace 1 tanker (PA)",
    'AOL UK',
    'https://www.aol.co.uk/2019/07/16/irana-s-supreme-leader-promises-response-to-seizure-of-grace-1/',
    '2019-07-16',
    'C',
    2,
  ),
  nprJul19: source(
    'Iran Says It Seized A British Oil Tanker In Strait Of Hormuz',
    'NPR',
    'https://www.npr.org/2019/07/19/743556229/iran-says-it-has-seized-a-british-tanker-in-strait-of-hormuz',
    '2019-07-19',
    'B',
    2,
  ),
  rferlJul19: source(
    'Iran Says It Has Seized British Tanker In Strait Of Hormuz',
    'RFE/RL',
    'https://www.rferl.org/a/iran-says-confiscated-british-tanker/30065419.html',
    '2019-07-19',
    'B',
    2,
  ),
  naharnetJul19: source(
    'Iran Seizes British Tanker in Strait of Hormuz (AFP)',
    'Naharnet',
    'http://www.naharnet.com/stories/en/262866-iran-seizes-british-tanker-in-strait-of-hormuz',
    '2019-07-19',
    'C',
    2,
  ),
  noticiaJul19: source(
    'Reino Unido diz que apreensão de petroleiro pelo Irã é inaceitável',
    'Notícia Brasil',
    'https://noticiabrasil.net.br/amp/20190719/reino-unido-diz-que-apreensao-de-petroleiro-pelo-ira-e-inaceitavel-14240695.html',
    '2019-07-19',
    'C',
    2,
  ),
  axarJul20: source(
    'Jeremy Hunt urges Iran to release Stena Impero (BBC)',
    'Axar.az',
    'https://en.axar.az/news/politics/391976.html',
    '2019-07-20',
    'C',
    2,
  ),
  tellerJul20: source(
    'Hunt told about the discussion with Zarif of the situation with the detention of the tanker',
    'Teller Report',
    'https://www.tellerreport.com/amp/2019-07-20---hunt-told-about-the-discussion-with-zarif-of-the-situation-with-the-detention-of-the-tanker-.ByBZE-2eMB.html',
    '2019-07-20',
    'C',
    2,
  ),
  hathaJul23: source(
    'Release tanker and crew immediately, Britain tells Iran (Reuters)',
    'Hatha al-Youm',
    'https://english.hathalyoum.net/articles/9543-release-tanker-and-crew-immediatelybritain-tells-iran-',
    '2019-07-23',
    'C',
    2,
  ),
  driveJul22: source(
    'Divisions With U.S. Emerge As U.K. Proposes European Force To Protect Tankers From Iran',
    'The War Zone (The Drive)',
    'https://www.thedrive.com/the-war-zone/29111/divisions-with-u-s-emerge-as-u-k-proposes-european-force-to-protect-tankers-from-iran',
    '2019-07-22',
    'C',
    2,
  ),
  thenewsJul25: source(
    'Royal Navy to protect British ships in Strait of Hormuz',
    'The News International',
    'https://www.thenews.com.pk/print/503615-royal-navy-to-protect-british-ships-in-strait-of-hormuz',
    '2019-07-25',
    'B',
    2,
  ),
  guardianJul25: source(
    'Navy to guard UK ships in strait of Hormuz, MoD says',
    'The Guardian',
    'https://www.theguardian.com/uk-news/2019/jul/25/navy-to-guard-uk-ships-in-strait-of-hormuz-mod-iran',
    '2019-07-25',
    'B',
    2,
  ),
  itvJul25: source(
    'Royal Navy to escort British-flagged ships through strait of Hormuz amid Iran tensions',
    'ITV News',
    'https://www.itv.com/news/2019-07-25/british-vessels-urged-not-to-sail-through-gulf-as-uk-iran-tension-remain-high/',
    '2019-07-25',
    'B',
    2,
  ),
  aljazeeraAug6: source(
    'UK joins US-led security mission in Strait of Hormuz',
    'Al Jazeera',
    'https://www.aljazeera.com/news/2019/08/uk-joins-led-security-mission-strait-hormuz-190806054914631.html',
    '2019-08-06',
    'B',
    2,
  ),
  defensepostAug5: source(
    'UK joins US in new Persian Gulf maritime security mission',
    'The Defense Post',
    'https://www.thedefensepost.com/2019/08/05/uk-us-gulf-maritime-security-mission/',
    '2019-08-05',
    'C',
    2,
  ),
  marsecAug15: source(
    'Gibraltar Frees Iranian Supertanker Despite US Pleas to Stop Release',
    'MarSec Review',
    'https://www.marsecreview.com/2019/08/gibraltar-frees-iranian-supertanker-grace-1-despite-us-pleas-to-stop-release-uk-appears-to-attempt-to-distance-itself-from-seizure/',
    '2019-08-15',
    'C',
    2,
  ),
  arabnewsAug18: source(
    "Gibraltar rejects US request to seize Iranian tanker now called 'Adrian Darya-1' (Reuters)",
    'Arab News',
    'https://www.arabnews.com/node/1541631/middle-east',
    '2019-08-18',
    'B',
    2,
  ),
  imnAug19: source(
    'Grace 1 leaves Gibraltar, heads to Greece',
    'Insurance Marine News',
    'https://insurancemarinenews.com/insurance-marine-news/grace-1-leaves-gibraltar-heads-to-greece/',
    '2019-08-19',
    'C',
    2,
  ),
  urdupointAug19: source(
    "Iran's Ambassador To UK Confirms Seized Oil Tanker Left Gibraltar (Sputnik)",
    'UrduPoint',
    'https://www.urdupoint.com/en/world/irans-ambassador-to-uk-confirms-seized-oil-t-692753.html',
    '2019-08-19',
    'C',
    2,
  ),
  radiofardaSep10: source(
    'UK Protests To Iran For Reported Oil Delivery To Syria From Tanker (Reuters)',
    'Radio Farda',
    'https://en.radiofarda.com/amp/uk-protests-to-iran-for-reported-oil-delivery-to-syria-from-tanker/30157153.html',
    '2019-09-10',
    'B',
    2,
  ),
  pakpointSep11: source(
    'UK Foreign Office Accuses Iran Of Selling Oil To Syrian Government (Sputnik)',
    'Pakistan Point',
    'https://www.pakistanpoint.com/en/story/709016/uk-foreign-office-accuses-iran-of-selling-oil-to-syrian.html',
    '2019-09-11',
    'C',
    2,
  ),
  marexSep23: source(
    'Iran: Detained Tanker Stena Impero is "Free to Leave"',
    'The Maritime Executive',
    'https://maritime-executive.com/article/iran-detained-tanker-stena-impero-is-free-to-leave',
    '2019-09-23',
    'B',
    2,
  ),
  dailymailSep25: source(
    'Boris Johnson invites Iranian President Hassan Rouhani to London after New York meeting',
    'Daily Mail',
    'https://www.dailymail.co.uk/news/article-7501143/Boris-Johnson-invites-Iranian-President-Hassan-Rouhani-London-New-York-meeting.html',
    '2019-09-25',
    'B',
    2,
  ),
  jpostSep25: source(
    "Macron, Johnson urge Iran's Rouhani to meet Trump - UK press pool (Reuters)",
    'The Jerusalem Post',
    'https://www.jpost.com/Breaking-News/Macron-Johnson-urge-Irans-Rouhani-to-meet-Trump-UK-press-pool-602752',
    '2019-09-25',
    'B',
    2,
  ),
  marexSep27: source(
    'Detained UK Tanker Stena Impero Leaves Iran',
    'The Maritime Executive',
    'https://maritime-executive.com/article/detained-uk-tanker-stena-impero-leaves-iran',
    '2019-09-27',
    'B',
    2,
  ),
  defencepointSep27: source(
    'Owner confirms release of Stena Impero oil tanker held by Iran',
    'Defence Point',
    'https://defence-point.com/2019/09/27/owner-confirms-release-of-stena-impero-oil-tanker-held-by-iran/',
    '2019-09-27',
    'C',
    2,
  ),
  europeworldSep27: source(
    "The British tanker 'Stena Impero' leaves the Iranian port of Bandar Abbas after two months held (Reuters/EP)",
    'Europe World News',
    'https://www.europeworldnews.com/news/the-british-tanker-stena-impero-leaves-the-iranian-port-of-bandar-abbas-after-two-months-held/',
    '2019-09-27',
    'C',
    2,
  ),
  inewsJul12: source(
    'UK to send second warship to Gulf amid rising tensions with Iran',
    'i news',
    'https://inews.co.uk/news/world/uk-gulf-presence-iran-second-warship-313385',
    '2019-07-12',
    'B',
    2,
  ),
  navaltodayJul29: source(
    'HMS Duncan arrives in the Gulf to bolster merchant shipping protection',
    'Naval Today',
    'https://www.navaltoday.com/2019/07/29/hms-duncan-arrives-in-the-gulf-to-bolster-merchant-shipping-protection/',
    '2019-07-29',
    'C',
    2,
  ),
  timeDec5: source(
    'European Nations Call Out Iran for Working on Nuclear-Capable Ballistic Missiles (AP)',
    'TIME',
    'https://time.com/5744297/europe-u-n-security-council-iran-nuclear-missiles/',
    '2019-12-05',
    'B',
    2,
  ),
  tellerDec5: source(
    'Iran develops "nuclear-capable ballistic missiles"',
    'Teller Report',
    'http://www.tellerreport.com/news/2019-12-05---iran-develops-%22nuclear-capable-ballistic-missiles%22-.HkQD2xCIpr.html',
    '2019-12-05',
    'C',
    2,
  ),
};

const SEIZE_GRACE = 'grace-1-seizure';
const SEIZE_STENA = 'stena-impero-seizure';
const D = {
  releaseGrace: 'release-grace-1',
  assurance: 'no-oil-to-syria',
  releaseStena: 'release-stena-impero',
} as const;
const O = {
  huntZarifJul13: 'hunt-zarif-call-2019-07-13',
  graceRelease: 'grace-1-release-2019-08-15',
  stenaRelease: 'stena-impero-release-2019-09-27',
} as const;

const events: NegotiationEvent[] = [
  // ===== 4–8 July: Grace 1 =====
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '2019-07-04', recordedAt: at('07-04', '20:00') },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'United Kingdom – Iran: the Grace 1 and Stena Impero tanker seizures, 2019',
      subject:
        "The seizure of the Iranian tanker Grace 1 off Gibraltar by Royal Marines and Gibraltar's police, Iran's demand for its release and threats of reciprocal action, the IRGC's seizure of the British-flagged Stena Impero in the Strait of Hormuz, the UK's demand for its release and its naval escorts, and the two releases (15 August, 27 September).",
      parties: [UK, IRAN],
      mediators: [],
    },
    [S.inewsJul4, S.sofrepJul4],
  ),
  ev(
    'ActorRegistered',
    'actor-gibraltar',
    { occurredAt: '2019-07-04', recordedAt: at('07-04', '20:01') },
    { actor: GIBRALTAR, role: 'third-party' },
    [S.inewsJul4],
  ),
  ev(
    'IncidentReported',
    'seizure-grace-1',
    { occurredAt: '2019-07-04T03:30:00Z', recordedAt: at('07-04', '20:05') },
    {
      incidentId: SEIZE_GRACE,
      kind: 'non-lethal-force',
      perpetrator: 'united-kingdom',
      allegedBy: 'iran',
      against: 'iran',
      target: 'The Iranian supertanker Grace 1 (Panamanian flag until May) and its crew of 28',
      place: 'Strait of Gibraltar, off Gibraltar',
      description:
        "In the early hours about 30 Royal Marines of 42 Commando, some roping down from a Wildcat helicopter, others from boats, board the tanker with about 16 Royal Gibraltar Police officers; no shots fired. Gibraltar detains it on suspicion of carrying oil to the Banyas refinery in Syria against EU sanctions. Iran: an 'illegal seizure', in international waters; 'maritime banditry'.",
    },
    [S.inewsJul4, S.sofrepJul4],
  ),
  ev(
    'StatementMade',
    'stmt-iran-summons-jul4',
    { occurredAt: '2019-07-04', recordedAt: at('07-04', '20:10') },
    {
      speaker: IR_MFA,
      audience: 'united-kingdom',
      tone: 'accusation',
      summary:
        "The foreign ministry summons the British ambassador, Rob Macaire, to voice 'its very strong objection to the illegal and unacceptable seizure' of the tanker (spokesman Abbas Mousavi).",
      quote: 'illegal and unacceptable seizure',
    },
    [S.inewsJul4, S.sofrepJul4],
    { cameo: '111' },
  ),
  ev(
    'StatementMade',
    'stmt-hunt-jul4',
    { occurredAt: '2019-07-04', recordedAt: at('07-04', '20:20') },
    {
      speaker: HUNT,
      audience: 'domestic audience',
      tone: 'neutral',
      summary:
        "Hunt defends the seizure as a 'bold move to enforce Syria sanctions' that denies resources to Assad's 'murderous regime', and congratulates those involved.",
    },
    [S.inewsJul4],
  ),
  ev(
    'StatementMade',
    'stmt-rezaei-jul5',
    { occurredAt: '2019-07-05', recordedAt: at('07-05', '20:00') },
    {
      speaker: REZAEI,
      audience: 'united-kingdom',
      tone: 'threat',
      summary:
        'On Twitter: if Britain does not release the Iranian tanker, it is the duty of the authorities to seize a British oil tanker.',
      quote: 'If Britain does not release the Iranian oil tanker, it is the authorities’ duty to seize a British oil tanker.',
    },
    [S.telesurJul5, S.warfareJul5],
  ),
  ev(
    'StatementMade',
    'stmt-hatami-jul8',
    { occurredAt: '2019-07-08', recordedAt: at('07-11', '08:05') },
    {
      speaker: HATAMI,
      audience: 'united-kingdom',
      tone: 'threat',
      summary:
        "Calling the seizure maritime piracy, the defence minister says it 'will not be tolerated by us and will not go without a response'.",
    },
    [S.kayhanJul10, S.dailystarJul11],
  ),
  // ===== 10–16 July: the British Heritage, Hunt's offer, Khamenei =====
  ev(
    'StatementMade',
    'stmt-rouhani-jul10',
    { occurredAt: '2019-07-10', recordedAt: at('07-11', '08:10') },
    {
      speaker: ROUHANI,
      audience: 'united-kingdom',
      tone: 'threat',
      summary:
        "After a cabinet meeting: 'You (Britain) are the initiator of insecurity and you will realize the consequences later'; Britain is so 'hopeless' it must bring frigates to escort its tankers; the seizure was 'a foolish act'.",
      quote: 'You are the initiator of insecurity and you will realize the consequences later.',
    },
    [S.bdnewsJul10, S.kayhanJul10, S.dailystarJul11],
  ),
  ev(
    'DemandTabled',
    'dem-release-grace',
    { occurredAt: '2019-07-04', recordedAt: at('07-11', '08:15') },
    {
      demandId: D.releaseGrace,
      by: 'iran',
      addressedTo: ['united-kingdom'],
      text: 'The immediate release of the Grace 1 and its crew.',
      category: 'security',
    },
    [S.bdnewsJul10, S.inewsJul4],
  ),
  ev(
    'IncidentReported',
    'british-heritage-jul10',
    { occurredAt: '2019-07-10', recordedAt: at('07-11', '12:00') },
    {
      incidentId: 'british-heritage-2019-07-10',
      kind: 'non-lethal-force',
      perpetrator: 'iran',
      allegedBy: 'united-kingdom',
      against: 'united-kingdom',
      target: 'The British tanker British Heritage, shadowed by the frigate HMS Montrose',
      place: 'Strait of Hormuz',
      description:
        "Three Iranian vessels (US officials: IRGC boats) 'attempted to impede' the British Heritage leaving the Gulf, 'contrary to international law'; HMS Montrose 'was forced to position herself between' them and the tanker and issue verbal warnings (US officials: it trained its guns on them), and they turned away. No shots fired. The IRGC: 'no confrontation in the last 24 hours with any foreign vessels, including British ones'.",
    },
    [S.nasdaqJul11, S.bicomJul11, graded(S.itvJul11, 3)],
  ),
  ev(
    'StatementMade',
    'stmt-mod-jul11',
    { occurredAt: '2019-07-11', recordedAt: at('07-11', '12:05') },
    {
      speaker: MOD,
      audience: 'iran',
      tone: 'accusation',
      summary:
        "The government 'is concerned by this action and continue[s] to urge the Iranian authorities to de-escalate the situation in the region'; Mordaunt calls on Tehran to de-escalate.",
      blames: { incidentId: 'british-heritage-2019-07-10', on: 'iran' },
    },
    [S.nasdaqJul11, S.bicomJul11, S.itvJul11],
  ),
  ev(
    'IncidentReported',
    'duncan-jul12',
    { occurredAt: '2019-07-12', recordedAt: at('07-12', '20:00') },
    {
      incidentId: 'hms-duncan-2019-07-12',
      kind: 'force-posture',
      perpetrator: 'united-kingdom',
      against: 'iran',
      target: 'British merchant shipping in the Gulf',
      place: 'Strait of Hormuz',
      description:
        "The MoD sends the Type 45 destroyer HMS Duncan from the Black Sea to the Gulf ahead of schedule to join HMS Montrose in shadowing British merchant ships through the Strait; a period of 'overlap' with Montrose (cabinet sources). Downing Street: 'We are concerned about the threats that they are making to disrupt shipping in the area'.",
    },
    [S.inewsJul12],
  ),
  ev(
    'StatementMade',
    'stmt-iran-dangerous-game-jul12',
    { occurredAt: '2019-07-12', recordedAt: at('07-12', '20:05') },
    {
      speaker: IR_GOV,
      audience: 'united-kingdom',
      tone: 'warning',
      summary:
        "Iran warns the UK not to enter a 'dangerous game' after the British Heritage incident, and repeats that the seizure of its tanker will have consequences.",
      quote: 'dangerous game',
    },
    [S.inewsJul12],
  ),
  ev(
    'StatementMade',
    'stmt-hunt-zarif-jul13',
    { occurredAt: '2019-07-13', recordedAt: at('07-14', '09:00') },
    {
      speaker: HUNT,
      audience: 'iran',
      tone: 'conciliatory',
      summary:
        "After a 'constructive call' with Zarif: the UK's concern is the destination, not the origin, of the oil; it 'would facilitate release if we received guarantees that it would not be going to Syria, following due process in Gib courts'. Zarif told him Iran 'wants to resolve the issue and is not seeking to escalate' (Hunt); by Iran's account Zarif asked for a quick release and said Iran would export oil 'under any circumstances'.",
    },
    [S.voaJul13, S.aniJul14],
    { occurrence: O.huntZarifJul13 },
  ),
  ev(
    'DemandTabled',
    'dem-assurance',
    { occurredAt: '2019-07-13', recordedAt: at('07-14', '09:05') },
    {
      demandId: D.assurance,
      by: 'united-kingdom',
      addressedTo: ['iran'],
      text: 'Guarantees that the Grace 1 and its oil will not go to Syria (to EU-sanctioned entities).',
      category: 'security',
    },
    [S.voaJul13, S.aniJul14],
    { occurrence: O.huntZarifJul13 },
  ),
  ev(
    'PositionTaken',
    'pos-uk-release-grace-conditional',
    { occurredAt: '2019-07-13', recordedAt: at('07-14', '09:10') },
    {
      demandId: D.releaseGrace,
      actorId: 'united-kingdom',
      stance: 'conditional',
      speaker: HUNT,
      conditions: "The UK would 'facilitate' the release if Iran guarantees the oil is not going to Syria, after due process in Gibraltar's courts.",
    },
    [S.voaJul13, S.aniJul14],
    { occurrence: O.huntZarifJul13 },
  ),
  ev(
    'StatementMade',
    'stmt-khamenei-jul16',
    { occurredAt: '2019-07-16', recordedAt: at('07-16', '20:00') },
    {
      speaker: KHAMENEI,
      audience: 'united-kingdom',
      tone: 'threat',
      summary:
        "To Friday preachers in Tehran: 'Evil Britain commits piracy and steals our ship … and gives it a legal appearance'; the Islamic Republic 'will not leave such evil deeds unanswered' and will respond 'when the time and the place are appropriate'. Downing Street: escalation 'is not in anyone's interests'.",
      quote: 'The Islamic Republic and the believing members of the establishment will not leave such vicious acts without a response.',
    },
    [S.rudawJul16, S.telesurJul16, S.aolJul16],
  ),
  // ===== 19–25 July: the Stena Impero =====
  ev(
    'ActorRegistered',
    'actor-sweden',
    { occurredAt: '2019-07-19', recordedAt: at('07-19', '20:00') },
    { actor: SWEDEN, role: 'third-party' },
    [S.nprJul19],
  ),
  ev(
    'IncidentReported',
    'seizure-stena-impero',
    { occurredAt: '2019-07-19T15:30:00Z', recordedAt: at('07-19', '20:05') },
    {
      incidentId: SEIZE_STENA,
      kind: 'detention',
      perpetrator: 'iran',
      allegedBy: 'united-kingdom',
      against: 'united-kingdom',
      target: 'The British-flagged tanker Stena Impero (owner Stena Bulk of Sweden) and its crew of 23',
      place: 'Strait of Hormuz',
      description:
        "Approached by small craft and a helicopter in the strait (the owners: in international waters; Hunt: in Omani waters), the tanker turns north toward Iran; IRGC commandos board it and take it to Bandar Abbas. The IRGC: 'confiscated … at the request of Hormozgan Ports and Maritime Organisation … for failing to respect international maritime rules'. No injuries reported. The Liberian-flagged, British-operated Mesdar is boarded briefly and let go within the hour.",
    },
    [S.nprJul19, S.rferlJul19, S.naharnetJul19],
    {
      note: 'The ship and its crew seized and held in Bandar Abbas by Iran: a detention, coercion until its release (27 September); recorded at the place of the seizure.',
    },
  ),
  ev(
    'StatementMade',
    'stmt-hunt-jul19',
    { occurredAt: '2019-07-19', recordedAt: at('07-19', '20:10') },
    {
      speaker: HUNT,
      audience: 'iran',
      tone: 'accusation',
      summary:
        "Going into the emergency (COBR) meeting: 'These seizures are unacceptable'; freedom of navigation must be maintained.",
      quote: 'These seizures are unacceptable.',
      blames: { incidentId: SEIZE_STENA, on: 'iran' },
    },
    [S.noticiaJul19],
  ),
  ev(
    'StatementMade',
    'stmt-irgc-jul19',
    { occurredAt: '2019-07-19', recordedAt: at('07-19', '20:15') },
    {
      speaker: IRGC,
      audience: 'united-kingdom',
      tone: 'accusation',
      summary:
        "The IRGC navy (Fars): the Stena Impero was detained for 'disregarding international maritime rules and regulations' and escorted to Iran's coastal waters.",
    },
    [S.nprJul19, S.rferlJul19],
  ),
  ev(
    'DemandTabled',
    'dem-release-stena',
    { occurredAt: '2019-07-20', recordedAt: at('07-20', '20:00') },
    {
      demandId: D.releaseStena,
      by: 'united-kingdom',
      addressedTo: ['iran'],
      text: 'The release of the Stena Impero and its 23 crew, and a de-escalation by Iran.',
      category: 'security',
    },
    [S.axarJul20, S.tellerJul20],
  ),
  ev(
    'StatementMade',
    'stmt-hunt-jul20',
    { occurredAt: '2019-07-20', recordedAt: at('07-20', '20:05') },
    {
      speaker: HUNT,
      audience: 'iran',
      tone: 'warning',
      summary:
        "After calling Zarif: the seizure is 'illegal' and 'raises very serious questions' about the security of shipping in the Strait; he expressed 'extreme disappointment' that Iran's talk of de-escalation had turned back; Iran sees a 'tit-for-tat' but 'nothing could be further from the truth'; the UK wants a way to de-escalate but warns of consequences if the ship is not freed.",
    },
    [S.axarJul20, S.tellerJul20],
  ),
  ev(
    'StatementMade',
    'stmt-may-spokesman-jul22',
    { occurredAt: '2019-07-22', recordedAt: at('07-23', '08:00') },
    {
      speaker: MAY_SPOKESMAN,
      audience: 'iran',
      tone: 'accusation',
      summary:
        "'The ship was seized under false and illegal pretenses and the Iranians should release it and its crew immediately'; 'We do not seek confrontation with Iran, but it is unacceptable and highly escalatory'.",
      quote: 'We do not seek confrontation with Iran, but it is unacceptable and highly escalatory.',
    },
    [S.hathaJul23],
  ),
  ev(
    'StatementMade',
    'stmt-hunt-commons-jul22',
    { occurredAt: '2019-07-22', recordedAt: at('07-23', '08:05') },
    {
      speaker: HUNT,
      audience: 'iran',
      tone: 'accusation',
      summary:
        "To Parliament: Iran's act is 'state piracy'; he urges Iran to release the Stena Impero and her crew; 'no comparison' between an illegal seizure in a recognised shipping lane and the enforcement of EU sanctions at Gibraltar; he proposes a European-led maritime protection mission, and says that if Iran continues on this 'dangerous path' it must accept a larger Western military presence.",
    },
    [S.driveJul22, S.hathaJul23],
  ),
  ev(
    'PositionTaken',
    'pos-iran-release-stena-conditional',
    { occurredAt: '2019-07-24', recordedAt: at('07-25', '12:00') },
    {
      demandId: D.releaseStena,
      actorId: 'iran',
      stance: 'conditional',
      speaker: ROUHANI,
      conditions: 'Rouhani suggests the Stena Impero could be released if the UK takes similar steps to hand back the Grace 1.',
    },
    [S.thenewsJul25],
  ),
  ev(
    'IncidentReported',
    'escort-jul25',
    { occurredAt: '2019-07-25', recordedAt: at('07-25', '18:00') },
    {
      incidentId: 'royal-navy-escort-2019-07-25',
      kind: 'force-posture',
      perpetrator: 'united-kingdom',
      against: 'iran',
      target: 'British-flagged ships transiting the Strait of Hormuz',
      place: 'Strait of Hormuz',
      description:
        "'The Royal Navy has been tasked to accompany British-flagged ships through the Strait of Hormuz, either individually or in groups' (government statement), by HMS Montrose and the destroyer HMS Duncan, 'in response to the heightened threat to commercial shipping'. No encounter with Iranian forces reported that day.",
    },
    [S.guardianJul25, S.thenewsJul25, S.itvJul25],
  ),
  ev(
    'StatementMade',
    'stmt-zarif-jul25',
    { occurredAt: '2019-07-25', recordedAt: at('07-25', '18:05') },
    {
      speaker: ZARIF,
      audience: 'united-kingdom',
      tone: 'warning',
      summary:
        "Congratulating Boris Johnson, Zarif accuses Britain of 'piracy' over Grace 1: 'Iran does not seek confrontation. But we have 1,500 miles of Persian Gulf coastline. These are our waters and we will protect them.'",
      quote: 'These are our waters and we will protect them.',
    },
    [S.itvJul25],
  ),
  // ===== 5 August: the US-led mission =====
  ev(
    'IncidentReported',
    'duncan-arrives-jul28',
    { occurredAt: '2019-07-28', recordedAt: at('07-29', '12:00') },
    {
      incidentId: 'hms-duncan-arrives-2019-07-28',
      kind: 'force-posture',
      perpetrator: 'united-kingdom',
      against: 'iran',
      target: 'British-flagged ships transiting the Strait of Hormuz',
      place: 'Strait of Hormuz',
      description:
        "HMS Duncan arrives in the Gulf to accompany British-flagged ships with HMS Montrose (35 merchant ships escorted so far). Wallace: 'While we continue to push for a diplomatic resolution that will make this possible again without military accompaniment, the Royal Navy will continue to provide a safeguard for UK vessels'.",
    },
    [S.navaltodayJul29],
  ),
  ev(
    'ActorRegistered',
    'actor-usa',
    { occurredAt: '2019-08-05', recordedAt: at('08-05', '20:00') },
    { actor: USA, role: 'third-party' },
    [S.defensepostAug5],
  ),
  ev(
    'IncidentReported',
    'us-led-mission-aug5',
    { occurredAt: '2019-08-05', recordedAt: at('08-06', '08:00') },
    {
      incidentId: 'maritime-mission-2019-08-05',
      kind: 'force-posture',
      perpetrator: 'united-kingdom',
      against: 'iran',
      target: 'Merchant shipping in the Strait of Hormuz',
      place: 'Strait of Hormuz',
      description:
        "Wallace: 'The UK is determined to ensure her shipping is protected from unlawful threats and for that reason we have today joined the new maritime security mission in the Gulf', with HMS Duncan and HMS Montrose alongside two US warships; 47 ships accompanied so far. Raab: no change of policy toward Iran; the UK remains committed to de-escalate and to the nuclear deal.",
    },
    [S.aljazeeraAug6, S.defensepostAug5],
  ),
  // ===== 15–18 August: Grace 1 released =====
  ev(
    'ThirdPartyEngagement',
    'tpe-gibraltar-release-aug15',
    { occurredAt: '2019-08-15', recordedAt: at('08-19', '09:00') },
    {
      actorId: 'gibraltar',
      counterparts: ['iran'],
      kind: 'outreach',
      summary:
        "Picardo: 'In light of the assurances we have received, there are no longer any reasonable grounds for the continued legal detention of the Grace 1'; it is released by operation of law, as the Chief Justice confirms that afternoon. A US Justice Department application to seize it had delayed the decision. The Foreign Office: the investigations are 'a matter for the government of Gibraltar'.",
    },
    [S.marsecAug15, S.imnAug19],
    { occurrence: O.graceRelease },
  ),
  ev(
    'PositionTaken',
    'pos-iran-assurance-accepted',
    { occurredAt: '2019-08-15', recordedAt: at('08-19', '09:05') },
    {
      demandId: D.assurance,
      actorId: 'iran',
      stance: 'accepted',
      conditions: "Written assurances to Gibraltar that the ship would not discharge its oil in Syria (Gibraltar's account).",
    },
    [S.marsecAug15, S.imnAug19],
    { occurrence: O.graceRelease },
  ),
  ev(
    'ThirdPartyEngagement',
    'tpe-us-warrant-aug16',
    { occurredAt: '2019-08-16', recordedAt: at('08-19', '09:10') },
    {
      actorId: 'united-states',
      counterparts: ['gibraltar'],
      kind: 'outreach',
      summary:
        'A federal court in Washington issues a warrant to seize the Grace 1, its 2.1m barrels of oil and $995,000, alleging links to the IRGC (a designated terrorist organisation in the US); the US sends Gibraltar a supplemental request for its restraint.',
    },
    [S.imnAug19, S.arabnewsAug18],
  ),
  ev(
    'ThirdPartyEngagement',
    'tpe-gibraltar-refuses-aug18',
    { occurredAt: '2019-08-18', recordedAt: at('08-19', '09:15') },
    {
      actorId: 'gibraltar',
      counterparts: ['united-states'],
      kind: 'outreach',
      summary:
        "Gibraltar says it cannot seek the order the US asks for: EU law applies and the EU's Iran sanctions are 'much narrower' than the US's; the IRGC is not a terrorist organisation in EU law. The tanker, renamed Adrian Darya 1 and flying Iran's flag, leaves that night.",
    },
    [S.arabnewsAug18, S.imnAug19],
  ),
  ev(
    'StatementMade',
    'stmt-baeidinejad-aug19',
    { occurredAt: '2019-08-19', recordedAt: at('08-19', '12:00') },
    {
      speaker: BAEIDINEJAD,
      audience: 'united-kingdom',
      tone: 'neutral',
      summary:
        "'We confirm that, after 45 days in detention in Gibraltar waters, the tanker carrying Iranian oil set sail toward international waters.' Iran says it is ready to send a naval escort for it.",
    },
    [S.urdupointAug19, S.imnAug19],
  ),
  // ===== 10 September: the oil in Syria =====
  ev(
    'StatementMade',
    'stmt-raab-sep10',
    { occurredAt: '2019-09-10', recordedAt: at('09-11', '08:00') },
    {
      speaker: RAAB,
      audience: 'iran',
      tone: 'accusation',
      summary:
        "The Foreign Office summons Iran's ambassador: 'Iran has shown complete disregard for its own assurances over Adrian Darya 1'; the sale of oil to Assad is 'part of a pattern of behaviour … designed to disrupt regional security', including 'its attempts to hijack commercial ships passing through the Gulf'; 'We want Iran to come in from the cold'. The UK will raise it at the UN.",
      quote: 'Iran has shown complete disregard for its own assurances over Adrian Darya 1.',
    },
    [S.radiofardaSep10, S.pakpointSep11],
    { cameo: '112' },
  ),
  // ===== 23–27 September: New York and the Stena Impero's release =====
  ev(
    'StatementMade',
    'stmt-baeidinejad-sep23',
    { occurredAt: '2019-09-23', recordedAt: at('09-23', '21:00') },
    {
      speaker: BAEIDINEJAD,
      audience: 'united-kingdom',
      tone: 'conciliatory',
      summary:
        "'The British flagged tanker Stena Impero, pursuant to the completion of the judicial and legal process, is now free to leave.' It does not sail at once.",
    },
    [S.marexSep23],
  ),
  ev(
    'StatementMade',
    'stmt-johnson-rouhani-sep24',
    { occurredAt: '2019-09-24', recordedAt: at('09-25', '09:00') },
    {
      speaker: JOHNSON,
      audience: 'iran',
      tone: 'critical',
      summary:
        "Meeting Rouhani at the UN General Assembly (with Macron), Johnson blames Tehran for the attacks on Saudi oil facilities, raises 'serious concerns' about dual nationals held in Iran, calls the nuclear deal a 'bad deal', urges Rouhani to meet Trump, and invites him to London to 'discuss things more'.",
    },
    [S.dailymailSep25, S.jpostSep25],
  ),
  ev(
    'PositionTaken',
    'pos-iran-release-stena-accepted',
    { occurredAt: '2019-09-27T05:30:00Z', recordedAt: at('09-27', '18:00') },
    {
      demandId: D.releaseStena,
      actorId: 'iran',
      stance: 'accepted',
      conditions:
        "The ship sails from Bandar Abbas (09:00 local, IRNA) for Dubai; Iran says the legal case against it for 'violations' of maritime law remains open. No link to Grace 1 acknowledged.",
    },
    [S.marexSep27, S.defencepointSep27, S.europeworldSep27],
    { occurrence: O.stenaRelease },
  ),
  ev(
    'IncidentReported',
    'release-stena-impero',
    { occurredAt: '2019-09-27T05:30:00Z', recordedAt: at('09-27', '18:02') },
    {
      incidentId: 'stena-impero-release',
      kind: 'release',
      perpetrator: 'iran',
      allegedBy: 'united-kingdom',
      against: 'united-kingdom',
      target: 'The British-flagged tanker Stena Impero and its remaining crew',
      place: 'Bandar Abbas',
      description:
        "Iran frees the Stena Impero: it sails from Bandar Abbas (09:00 local, IRNA) for Dubai, ten weeks after its seizure; Stena Bulk: 'now left Iranian waters', all crew safe.",
    },
    [S.marexSep27, S.defencepointSep27, S.europeworldSep27],
    {
      occurrence: O.stenaRelease,
      note: "The end of Iran's detention of the ship (recorded where it sailed from: no detention is recorded at Bandar Abbas, so it ends all of Iran's against the UK — this one). Iran declared it free to leave on 23 September, but it was held in port until it sailed: freed on the 27th, by its sources.",
    },
  ),
  ev(
    'ThirdPartyEngagement',
    'tpe-stena-owner-sep27',
    { occurredAt: '2019-09-27', recordedAt: at('09-27', '18:05') },
    {
      actorId: 'sweden',
      counterparts: ['iran'],
      kind: 'outreach',
      summary:
        "Stena Bulk (Sweden): 'The Stena Impero has now left Iranian waters and is on route to Dubai'; all crew safe; it thanks the Swedish foreign ministry and the UK government for their assistance.",
    },
    [S.marexSep27, S.defencepointSep27],
    { occurrence: O.stenaRelease },
  ),
  // ===== October – December =====
  ev(
    'StatementMade',
    'stmt-e3-letter-dec4',
    { occurredAt: '2019-12-04', recordedAt: at('12-05', '12:00') },
    {
      speaker: UK_UN,
      audience: 'iran',
      tone: 'accusation',
      summary:
        "A letter of the French, German and British ambassadors circulated at the UN: Iran is developing 'nuclear-capable ballistic missiles', 'inconsistent' with resolution 2231; they ask the Secretary-General to report on it.",
    },
    [S.timeDec5, S.tellerDec5],
  ),
  ev(
    'StatementMade',
    'stmt-zarif-dec5',
    { occurredAt: '2019-12-05', recordedAt: at('12-05', '12:05') },
    {
      speaker: ZARIF,
      audience: 'united-kingdom',
      tone: 'accusation',
      summary:
        "On Twitter: the letter is 'a desperate lie to hide their miserable incompetence in fulfilling the bare minimum of their own obligations'; the three should exercise their sovereignty 'rather than bowing to US pressure'.",
      quote: 'a desperate lie',
    },
    [S.tellerDec5],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'uk-iran-2019.jsonl',
  logEnd: '2020-01-01T00:00:00Z',
  events,
};

export default definition;
