/**
 * A test fixture, not a shipped example: the DR Congo government and the M23
 * rebellion of 2012–13, as an analyst following the news could have recorded
 * it — the mutiny of former CNDP officers (the Kibumba gunfight of May 2012
 * and the army's five-day surrender deadline), the fighting in the Runyoni
 * hills, the army's offensive of 5 July and M23's capture of Bunagana (6 July)
 * and of Rutshuru and Kiwanja, the lull, the advance on Goma from 15 November
 * and its capture (20 November), the ICGLR's 48-hour demand that M23 leave,
 * M23's withdrawal from Goma (1 December), the Kampala talks (from 9 December
 * 2012, adjourned, resumed, halted in May 2013, resumed in September and broken
 * off by Kinshasa on 21 October), the split of M23 (February–March 2013), the
 * fighting of May, July and August 2013 around Mutaho, Kanyaruchinya and
 * Kibati, the FARDC offensive with the UN's Force Intervention Brigade
 * (25 October – 5 November 2013), M23's declared end of its rebellion
 * (5 November), the failed signing in Kampala (11 November) and the Nairobi
 * declarations (12 December 2013). Escalation model v2 was never tuned on it:
 * it is the case the model is held to in drc-m23-2012.spec.ts, against the
 * calls an analyst makes from DOMAIN.md §5b alone.
 *
 * The pair is the DRC (Kinshasa, President Joseph Kabila, the FARDC) and the
 * M23 (Sultani Makenga; Jean-Marie Runiga, then Bertrand Bisimwa). Mediators:
 * the ICGLR (its heads of state's summits) and Uganda (its chair, President
 * Museveni; the facilitator of the Kampala dialogue, Defence Minister Crispus
 * Kiyonga; its army chief, who brokered the withdrawal from Goma), both
 * registered from the ICGLR's extraordinary summit of 8 August 2012. Third
 * parties: Rwanda (accused by Kinshasa and UN experts of backing M23; none of
 * its acts is recorded as the pair's), MONUSCO and its Force Intervention
 * Brigade (its attack helicopters and artillery are its own acts, against
 * M23), the United States (where Ntaganda surrendered), Bosco Ntaganda and
 * the Runiga–Ntaganda wing of M23 after the split (its fighting with
 * Makenga's M23 is not armed action between the pair). This case is separate
 * from drc-m23-2025.ts and drc-rwanda-2025.ts: nothing of theirs is recorded
 * here.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source. Recorded after the fact
 * (February 2014) from sources read all at once.
 *
 * Grading as in examples/README.md: B = an established outlet or a wire story
 * it carries (Reuters, AP, AFP, VOA, Al Jazeera, France 24, Mail & Guardian,
 * New Vision, The New Times, The EastAfrican, Sudan Tribune); C = a smaller
 * outlet, blog, aggregator, mirror or encyclopedia (StrategyPage, Great Lakes
 * Voice, Red Pepper, ChimpReports, Congo Siasa, Congo News Agency, Wikipedia,
 * copies of AFP in Arabic on Masress and Al-Wasat); 1 = confirmed by the
 * actors (the pullout from Goma, confirmed by MONUSCO; Ntaganda's surrender,
 * confirmed by the State Department; the Nairobi texts); 2 = several outlets
 * agree or one established outlet reports it; 3 = one side's claim (tolls
 * given by a party, a civil-society count, M23's account of Kinshasa's
 * refusal). A title in square brackets describes a page whose headline the
 * copy read did not show (the AFP copies in Arabic, CongoPlanet). Published
 * dates a page does not show are taken from its URL or the days it names
 * (Great Lakes Voice: 6 July 2012; the AP copy on IMDiversity: 21 May 2013,
 * "a second day Tuesday"; Wikipedia's offensive article: the day of the last
 * development it is cited for).
 *
 * Judgement calls, recorded as an analyst would:
 * - The case opens at the army's surrender deadline to the mutineers ("at the
 *   weekend", 5–6 May 2012, dated 6 May, approximate; deadline 11 May). The
 *   defection of Ntaganda's men on 4 April is not recorded: no dated source
 *   read. The ultimatum is resolved `lapsed` on its deadline: no source
 *   reports a surrender, and the fighting went on in the Runyoni hills.
 * - Who fired first is disputed for most clashes (Rugari, 15 November 2012;
 *   Mutaho, 14 July 2013; Kibati, 21 August; the restart of 25 October). The
 *   perpetrator recorded is the one the UN or the reporting side names, the
 *   other side's account in the description; where no one is named it is
 *   recorded only to give the act a direction.
 * - Scale (`scale: 'major'`) is recorded where the source names an offensive:
 *   the army's attack of 5 July 2012 around Jomba (Great Lakes Voice: "FARDC
 *   launched an offensive against rebel positions around 3 am"), the restart
 *   of 25 October 2013 (Al Jazeera, AFP: "the fourth day of an offensive
 *   against the M23"; AFP: "the offensive that began on 25 October") and the
 *   attack on the hills of 3 November (AFP: "a new attack on the last
 *   strongholds"; Wikipedia: "a new offensive on 3 November in the hills").
 *   Not the fall of Goma (Reuters: "after days of clashes"; "the FARDC has let
 *   the town fall") nor the Kibati fighting of 28 August ("the assault on rebel
 *   positions"), nor the fighting of 14 July, which only M23 calls "a
 *   large-scale attack".
 * - Tolls are each side's claims, as ranges: Rugari (15 November 2012) 113
 *   M23 dead by North Kivu's governor to that plus the 9 soldiers M23 claims;
 *   Mutaho (20–21 May 2013) 19 by Kinshasa's count; Mutaho (14–15 July) 120
 *   rebels and 10 soldiers (Mende); Kanyaruchinya (16 July) 51 rebels and 5
 *   soldiers (a civil-society source via Xinhua); the Kibati fighting of 21–22
 *   August "dozens of M23 rebels" (military sources via CongoPlanet), recorded
 *   as 24–99, graded 3. The shells on Goma (22 and 24 August) are M23's by the
 *   UN's account (Kinshasa said some came from Rwanda: recorded in the
 *   description only).
 * - Ground held: Bunagana (6 July 2012), Rutshuru and Kiwanja (taken "in July
 *   2012", dated 8 July, approximate) and Goma (20 November) are `occupation`s
 *   by M23. Goma ends with M23's withdrawal (1 December, confirmed by
 *   MONUSCO). Rutshuru and Kiwanja were left by M23 at the split (about 28
 *   February 2013), secured by the army and handed back "to avoid taking a step
 *   back" in the talks (3 March): recorded as M23's withdrawal and renewed
 *   occupation. They end with the army's offensive (27 October 2013), Bunagana
 *   on 30 October. Sake, Masisi and Kibumba, which M23 also held for days or
 *   months, are not recorded as occupations (no source read dates their
 *   taking, or they changed hands only in fighting recorded as clashes).
 * - The lull of August–November 2012, which AP calls "a two-month
 *   ceasefire", is not recorded as a ceasefire: no source read dates its
 *   declaration or names who agreed it. M23's call of 3 November 2013 to "end
 *   hostilities" is its statement, not a ceasefire: the army fought on.
 * - The Kampala dialogue: the first round (9–21 December 2012) is concluded
 *   `adjourned` when Kiyonga put off the preliminary meetings to 4 January; the
 *   second is dated to that day (approximate: The New Times describes the
 *   talks as ongoing on 6 February). The halt "in May" is recorded as M23's
 *   suspension (month only; it was M23's delegation that left, and Kinshasa
 *   said it "never left the table"); the resumption on 10 September
 *   (approximate) after the ICGLR's summit of 5 September; Kinshasa's
 *   suspension on 21 October (amnesty); the failed signing of 11 November
 *   (the round concluded `no-progress`). The Nairobi declarations of 12
 *   December are one agreement (kind `partial`, signed): the two parties
 *   signed separate texts that "taken together articulate the 11 points".
 * - The split of M23 (27–28 February 2013): the Runiga–Ntaganda wing is
 *   registered as a third party; its attack on Makenga's men at Chanzu (1
 *   March, about 23 dead) and Makenga's rout of it (to 16 March) are fighting
 *   between M23 and that wing, not between the pair. Ntaganda's surrender at
 *   the US embassy in Kigali (18 March) is his engagement with the United
 *   States.
 * - MONUSCO's acts (the helicopters at Kibumba, 17 November 2012; the
 *   brigade's artillery, 23 August 2013) are its own, against M23: the
 *   army's part in the same fighting is recorded as the army's.
 * - Left out for want of a dated source read: the fighting of late May and
 *   June 2012 other than the Runyoni battle of 14 June, the taking of
 *   Rumangabo (July 2012), the second ICGLR deadline (30 November), the
 *   Addis Ababa framework (24 February 2013), Security Council resolution 2098
 *   (28 March 2013), the fighting between 28 and 30 August 2013 when M23 left
 *   the hills above Kibati, and any development of January 2014 (the only
 *   later report read, of 13 February 2014, is recorded).
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, retrospectiveClock, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'drc-m23-2012';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 2014);
const when = retrospectiveClock('2014-02-20T09:00:00Z');

const DRC: Actor = {
  id: 'drc',
  name: 'Democratic Republic of the Congo',
  kind: 'state',
  aliases: ['DRC', 'DR Congo', 'Kinshasa', 'FARDC'],
};
const M23: Actor = {
  id: 'm23',
  name: 'M23',
  kind: 'armed-group',
  aliases: ['March 23 Movement', 'Mouvement du 23 mars', 'Revolutionary Army of the Congo', 'CNDP mutineers'],
};
const ICGLR: Actor = {
  id: 'icglr',
  name: 'International Conference on the Great Lakes Region',
  kind: 'international-organisation',
  aliases: ['ICGLR', 'CIRGL'],
};
const UGANDA: Actor = { id: 'uganda', name: 'Uganda', kind: 'state', aliases: ['Kampala', 'UPDF'] };
const RWANDA: Actor = { id: 'rwanda', name: 'Rwanda', kind: 'state', aliases: ['Kigali', 'RDF'] };
const MONUSCO: Actor = {
  id: 'monusco',
  name: 'MONUSCO',
  kind: 'international-organisation',
  aliases: ['UN mission in the DR Congo', 'Force Intervention Brigade', 'FIB'],
};
const M23_RUNIGA: Actor = {
  id: 'm23-runiga',
  name: 'M23, Runiga–Ntaganda wing',
  kind: 'armed-group',
  aliases: ['Runiga faction', 'Ngaruye faction'],
};
const NTAGANDA: Actor = { id: 'bosco-ntaganda', name: 'Bosco Ntaganda', kind: 'individual', aliases: ['Terminator'] };
const USA: Actor = { id: 'united-states', name: 'United States', kind: 'state', aliases: ['US', 'Washington'] };

const FARDC_CAPTAIN: Person = { name: 'FARDC captain (unnamed)', actorId: 'drc' };
const HAMULI: Person = { name: 'Col. Olivier Hamuli', title: 'FARDC spokesman', actorId: 'drc' };
const MENDE: Person = { name: 'Lambert Mende', title: 'Government spokesman of the DRC', actorId: 'drc' };
const KABILA: Person = { name: 'Joseph Kabila', title: 'President of the DRC', actorId: 'drc' };
const DRC_GOV: Person = { name: 'Government of the DRC', actorId: 'drc' };
const KAZARAMA: Person = { name: 'Col. Vianney Kazarama', title: 'M23 military spokesman', actorId: 'm23' };
const RUNIGA: Person = { name: 'Jean-Marie Runiga', title: 'President of the M23 political wing', actorId: 'm23' };
const MAKENGA: Person = { name: 'Sultani Makenga', title: 'M23 military chief', actorId: 'm23' };
const BISIMWA: Person = { name: 'Bertrand Bisimwa', title: 'President of M23 (from March 2013)', actorId: 'm23' };
const M23_STATEMENTS: Person = { name: 'M23 (statements reported without a named speaker)', actorId: 'm23' };
const M23_EX_FIGHTER: Person = { name: 'Former M23 fighter (unnamed), Bihanga camp', actorId: 'm23' };
const S = {
  mg0509: source(
    "Terminator's mutineers wreak new havoc",
    'Mail & Guardian (AFP)',
    'https://mg.co.za/article/2012-05-09-overnight-clashes-between-congolese-army-deserters-soldiers',
    '2012-05-09',
    'B',
    2,
  ),
  strategy0618: source(
    'Congo: Another Rumble With Rwanda',
    'StrategyPage',
    'https://www.strategypage.com/qnd/congo/articles/20120618.aspx',
    '2012-06-18',
    'C',
    2,
  ),
  glv0706: source(
    'M23 takes over Bunagana, refugees flee to Uganda',
    'Great Lakes Voice',
    'https://greatlakesvoice.com/m23-takes-over-bunagana-refugees-flee-to-uganda/',
    '2012-07-06',
    'C',
    2,
  ),
  mg0304: source(
    'DRC troops hand major towns back to rebels',
    'Mail & Guardian (AFP)',
    'https://mg.co.za/article/2013-03-04-drc-troops-hand-key-towns-back-to-rebels',
    '2013-03-04',
    'B',
    2,
  ),
  chimp1212: source(
    'DRC-M23 Peace Deal: How It happened',
    'ChimpReports',
    'http://www.chimpreports.com/14923-drc-m23-peace-deal-how-it-happened/',
    '2013-12-12',
    'C',
    2,
  ),
  ap1115: source(
    'Congo: Fighting resumes between M23 and army',
    'Times Herald (Associated Press)',
    'http://www.timesherald.com/article/20121115/NEWS05/121119734/0/rememberingpa.us/rememberingpa.us/timesherald',
    '2012-11-15',
    'B',
    2,
  ),
  f24obs1116: source(
    'Reportage exclusif de France 24 au Nord-Kivu dans la zone de combats entre le M23 et l’armée congolaise',
    'The Rwandan (France 24 Observers)',
    'https://www.therwandan.com/fr/reportage-exclusif-de-france-24-au-nord-kivu-dans-la-zone-de-combats-entre-le-m23-et-larmee-congolaise/',
    '2012-11-16',
    'C',
    3,
  ),
  reuters1118: source(
    'UN attack helicopters hit rebels in eastern Congo',
    'Stabroek News (Reuters)',
    'https://www.stabroeknews.com/2012/news/world/11/18/un-attack-helicopters-hit-rebels-in-eastern-congo/print/',
    '2012-11-18',
    'B',
    2,
  ),
  afp1117: source(
    'M23 rebels take new town despite UN attacks',
    'The Rwandan (AFP)',
    'http://www.therwandan.com/m23-rebels-take-new-town-despite-un-attacks/',
    '2012-11-17',
    'C',
    2,
  ),
  reuters1120: source(
    'Congo rebels take control of eastern city of Goma',
    'Reuters',
    'http://in.reuters.com/article/congo-democratic-goma-capture-idINL5E8MK5GK20121120',
    '2012-11-20',
    'B',
    2,
  ),
  voa1121: source(
    'DRC Rebels Seize Goma',
    'Voice of America',
    'https://voanews.com/amp/m23-in-the-democratic-republic-of-congo/1549784.html',
    '2012-11-21',
    'B',
    2,
  ),
  eastafrican1122: source(
    'Museveni, Kagame to M23: Get out of Goma',
    'The EastAfrican',
    'https://www.theeastafrican.co.ke/news/Museveni--Kagame-to--M23--Get-out-of-Goma/-/2558/1626638/-/svjnrjz/-/index.html',
    '2012-11-22',
    'B',
    2,
  ),
  redpepper1124: source(
    'Leaders Tell M23 To Withdraw From Goma',
    'Red Pepper (Uganda)',
    'https://redpepper.co.ug/leaders-tell-m23-to-withdraw-from-goma/2642/',
    '2012-11-24',
    'C',
    2,
  ),
  reuters1124: source(
    'Great Lakes leaders urge Congo rebels to leave Goma',
    'Reuters',
    'http://in.reuters.com/article/congo-democratic-talks-idINL5E8MO0T220121124',
    '2012-11-24',
    'B',
    2,
  ),
  newtimes1125: source(
    'M23 rebels given 48 hrs to leave Goma',
    'The New Times (Rwanda)',
    'http://newtimes.co.rw/article/83972/m23-rebels-given-48-hrs-to-leave-goma/amp',
    '2012-11-25',
    'B',
    2,
  ),
  pana1125: source(
    'RDC : un ultimatum au "M23" pour quitter la ville de Goma',
    'ARIB (PANA)',
    'http://www.arib.info/index2.php?option=com_content&task=view&id=6239&pop=1&page=1825&Itemid=87',
    '2012-11-25',
    'C',
    2,
  ),
  reuters1127: source(
    'Congo M23 rebels to pull out of Goma: Uganda military chief',
    'Reuters',
    'http://in.reuters.com/article/congodemocratic-m-idINL5E8MR1DK20121127',
    '2012-11-27',
    'B',
    2,
  ),
  ewn1128: source(
    'Congo rebels will withdraw from Goma',
    'Eyewitness News (AFP)',
    'https://ewn.co.za/2012/11/28/Congo-rebels-will-withdraw-from-Goma',
    '2012-11-28',
    'B',
    2,
  ),
  stabroek1128: source(
    'Congo M23 rebels withdrawing forces, to quit Goma later',
    'Stabroek News (Reuters)',
    'http://www.stabroeknews.com/2012/archives/11/28/congo-m23-rebels-withdrawing-forces-to-quit-goma-later/',
    '2012-11-28',
    'B',
    2,
  ),
  f24_1201: source(
    "Congo's M23 rebels complete Goma pullout",
    'France 24 (news wires)',
    'http://www.france24.com/en/20121201-congo-rebels-m23-pull-out-goma-ultimatum-rwanda-drc/',
    '2012-12-02',
    'B',
    1,
  ),
  newvision1206: source(
    'M23 rebels, Kabila agree to talks in Kampala',
    'New Vision',
    'http://www.newvision.co.ug/new_vision/news/1310950/m23-rebels-kabila-agree-talks-kampala',
    '2012-12-06',
    'B',
    2,
  ),
  pax1212: source(
    'Outcome Documents from the Conclusion of the Kampala Dialogue between the Government of the Democratic Republic of the Congo and the M23',
    'PA-X Peace Agreements Database (University of Edinburgh)',
    'https://pax.peaceagreements.org/agreements/wgg/793',
    '2013-12-12',
    'B',
    1,
  ),
  afp1221: source(
    '[Kampala talks between M23 and Kinshasa suspended until January]',
    'Al-Shorouk via Masress (AFP)',
    'https://www.masress.com/shorouk/645025',
    '2012-12-21',
    'C',
    2,
  ),
  newtimes0207: source(
    'Congo, M23 adopt old 2009 agreement provisions at talks',
    'The New Times (Rwanda)',
    'http://newtimes.co.rw/article/87828/National/congo-m23-adopt-old-2009-agreement-provisions-at-talks/amp',
    '2013-02-07',
    'B',
    2,
  ),
  blouin0228: source(
    'Congo rebels split over dismissal of president',
    'Blouin News (Associated Press)',
    'https://www.blouinnews.com/49446/story/congo-rebels-split-over-dismissal-president',
    '2013-02-28',
    'B',
    2,
  ),
  ap0301: source(
    'Fighting between rebel factions in east Congo',
    'Townhall (Associated Press)',
    'https://townhall.com/news/world/2013/03/01/fighting-between-rebel-factions-in-east-congo-n1523696',
    '2013-03-01',
    'B',
    2,
  ),
  mg0317: source(
    'M23 rebels run out of ammunition, flee to Rwanda',
    'Mail & Guardian (AFP)',
    'https://mg.co.za/article/2013-03-17-m23-rebels-run-out-of-ammunition-flee-to-rwanda/',
    '2013-03-17',
    'B',
    2,
  ),
  reuters0319: source(
    'Bosco Ntaganda surrendered at U.S. embassy in Kigali',
    'Reuters',
    'http://uk.reuters.com/article/rwanda-warcrimes-idUKL6N0CBG0V20130319',
    '2013-03-19',
    'B',
    1,
  ),
  ap0521: source(
    'Fighting for 2nd day between army, rebels in Congo',
    'IMDiversity (Associated Press)',
    'https://imdiversity.com/diversity-news/fighting-for-2nd-day-between-army-rebels-in-congo/',
    '2013-05-21',
    'B',
    2,
  ),
  newtimes0909: source(
    'DRC, M23 officials in Kampala for peace talks',
    'The New Times (Rwanda)',
    'http://newtimes.co.rw/article/97520/National/drc-m23-officials-in-kampala-for-peace-talks/amp',
    '2013-09-09',
    'B',
    2,
  ),
  reuters0714: source(
    'Congo army clashes with M23 rebels close to eastern city of Goma',
    'Chicago Tribune (Reuters)',
    'http://articles.chicagotribune.com/2013-07-14/news/sns-rt-congo-democraticm23-20130714_1_congo-army-clashes-colonel-olivier-hamuli-m23',
    '2013-07-14',
    'B',
    2,
  ),
  voa0715: source(
    'DRC Says 120 Rebels Killed in East',
    'Voice of America',
    'https://voa.pangea-cms.com/preview/en-US/a/drc-says-one-hundred-twenty-killed-in-east-goma/1702137.html',
    '2013-07-15',
    'B',
    2,
  ),
  xinhua0718: source(
    'Democratic Republic of Congo: 51 more rebels reported dead in DR Congo clash',
    'The Muslim News (Xinhua)',
    'http://muslimnews.co.uk/news/africa/democratic-republic-of-congo-51-more-rebels-reported-dead-in-dr-congo-clash/',
    '2013-07-18',
    'C',
    3,
  ),
  cna0725: source(
    'M23 rebels said to flee Rumangabo after Congo army airstrikes',
    'Congo News Agency',
    'https://congonewsagency.info/2013/07/25/m23-rebels-said-to-flee-rumangabo-after-congo-army-airstrikes/',
    '2013-07-25',
    'C',
    3,
  ),
  afp0822: source('Fighting rages outside Goma', 'Praag (AFP)', 'http://praag.org/?p=9771', '2013-08-22', 'C', 2),
  cp0823: source(
    'Democratic Republic of Congo: Dozens of M23 rebels killed by army in renewed fighting',
    'Wars in the World (CongoPlanet)',
    'https://www.warsintheworld.com/index.php/2013/08/24/democratic-republic-of-congo-dozens-of-m23-rebels-killed-by-army-in-renewed-fighting/',
    '2013-08-23',
    'C',
    3,
  ),
  reuters0823: source(
    'UN Intervention Brigade Fires First Shots in Anger',
    'Grog News (Reuters)',
    'http://grognews.blogspot.com/2013/08/un-intervention-brigade-fires-first.html',
    '2013-08-24',
    'C',
    2,
  ),
  bbc0824: source(
    'UN troops in DR Congo shell M23 rebels near Goma',
    'Sunday Observer (BBC)',
    'https://archives.sundayobserver.lk/2013/08/25/wld04.asp',
    '2013-08-25',
    'C',
    2,
  ),
  plaut0824: source(
    'Urgent: D.R. Congo – 3 dead, several wounded in shelling of Goma, says UN spokesman',
    'Martin Plaut',
    'https://martinplaut.com/2013/08/24/urgent-d-r-congo-3-dead-several-wounded-in-shelling-of-goma-says-un-spokesman/',
    '2013-08-24',
    'C',
    2,
  ),
  reuters0829: source(
    'U.N. peacekeeper killed in Congo fighting; three others wounded',
    'defenceWeb (Reuters)',
    'https://www.defenceweb.co.za/joint/diplomacy-a-peace/un-peacekeeper-killed-in-congo-fighting-three-others-wounded/',
    '2013-08-29',
    'B',
    2,
  ),
  st1021: source(
    'Talks suspended after M23, DRC disagree',
    'Sudan Tribune',
    'https://sudantribune.com/article47507',
    '2013-10-21',
    'B',
    2,
  ),
  reuters1021: source(
    'Congo peace talks stall, government rejects amnesty proposal',
    'defenceWeb (Reuters)',
    'https://www.defenceweb.co.za/joint/diplomacy-a-peace/congo-peace-talks-stall-government-rejects-amnesty-proposal/',
    '2013-10-22',
    'B',
    2,
  ),
  reuters1027: source(
    "U.N. peacekeeper killed as Congo's army gains ground against rebels",
    'Townhall (Reuters)',
    'https://townhall.com/news/world/2013/10/27/un-peacekeeper-killed-as-congos-army-gains-ground-against-rebels-n1732367',
    '2013-10-27',
    'B',
    2,
  ),
  blog1028: source(
    'Contre offensive de FARDC redore le blason terni, le M23 en déroute sur tous les fronts',
    'Alain Wandimoyi (blog)',
    'http://alainwandimoyi.blogspot.com/2013_10_27_archive.html?m=0',
    '2013-10-28',
    'C',
    3,
  ),
  aljazeera1028: source(
    'Congolese soldiers push back M23 rebels',
    'Al Jazeera',
    'https://www.aljazeera.com/news/2013/10/28/congolese-soldiers-push-back-m23-rebels',
    '2013-10-28',
    'B',
    2,
  ),
  rfi1028: source(
    'Nord-Kivu : l’armée congolaise reprend du terrain face au M23',
    'Burundi Agnews (RFI)',
    'https://burundi-agnews.org/daily-africa-news/africa-28-octobre-2013-nord-kivu-larmee-congolaise-reprend-du-terrain-face-au-m23',
    '2013-10-28',
    'C',
    2,
  ),
  ap1030: source(
    'Congo army takes M23 rebel stronghold',
    'Huffington Post (Associated Press)',
    'http://www.huffingtonpost.com/huff-wires/20131030/af-congo-fighting/?ir=green',
    '2013-10-30',
    'B',
    2,
  ),
  afp1103: source(
    '[The Congolese army launches a new attack on the M23’s last strongholds in the hills]',
    'Al-Wasat (AFP)',
    'http://alwasatnews.com/news/825066.html',
    '2013-11-03',
    'C',
    2,
  ),
  wiki1105: source(
    '2013 Kivu Offensive',
    'Wikipedia',
    'http://en.wikipedia.org/wiki/2013_Kivu_Offensive',
    '2013-11-05',
    'C',
    2,
  ),
  dw1105: source(
    'M23 rebels call it quits',
    'Deutsche Welle (mirror)',
    'https://tiue.org/dw/en/m23-rebels-in-east-congo-call-end-to-insurgency/a-17204244',
    '2013-11-05',
    'C',
    2,
  ),
  objectif1105: source(
    'Page d’histoire : le 5 novembre 2013, le jour où le M23 fut totalement défait',
    'Objectif Infos',
    'https://objectif-infos.cd/page-dhistoire-le-5-novembre-2013-le-jour-ou-le-m23-fut-totalement-defait/',
    '2013-11-05',
    'C',
    2,
  ),
  siasa1113: source(
    "What's left to save in Kampala?",
    'Congo Siasa (Jason Stearns)',
    'https://congosiasa.blogspot.com/2013/11/whats-left-to-save-in-kampala.html?showComment=1384539824085',
    '2013-11-13',
    'C',
    2,
  ),
  mpelembe1212: source(
    'DR Congo signs peace deal with M23 rebels',
    'Mpelembe (Reuters video)',
    'https://world-news.mpelembe.net/world-news/dr-congo-signs-peace-deal-with-m23-rebels',
    '2013-12-12',
    'C',
    2,
  ),
  congoplanet1213: source(
    '[DR Congo and M23 sign separate declarations in Nairobi]',
    'CongoPlanet',
    'https://congoplanet.com/article.jsp?id=45262072',
    '2013-12-13',
    'C',
    2,
  ),
  newvision0213: source(
    'After flight to Uganda, M23 rebels still in limbo',
    'New Vision (AFP)',
    'https://www.newvision.co.ug/news/1337658/flight-uganda-m23-rebels-limbo',
    '2014-02-13',
    'B',
    2,
  ),
};

/** One place, written one way (acts whose place reads alike are one place). */
const P = {
  kibumba: 'Kibumba, Nyiragongo',
  runyoni: 'Runyoni, Chanzu and Mbuzi hills, Rutshuru',
  jomba: 'Jomba (Tchengerero, Bugusa hill), Rutshuru',
  bunagana: 'Bunagana, Rutshuru',
  rutshuru: 'Rutshuru and Kiwanja, Rutshuru',
  rugari: 'Rugari, Rutshuru',
  goma: 'Goma, North Kivu',
  mutaho: 'Mutaho, Nyiragongo',
  kanyaruchinya: 'Kanyaruchinya, Nyiragongo',
  rumangabo: 'Rumangabo, Rutshuru',
  kibati: 'Kibati, Nyiragongo',
  kanyamahoro: 'Kanyamahoro, Nyiragongo',
};
const D = {
  surrender: 'mutineers-surrender',
  leaveGoma: 'icglr-m23-leave-goma',
  grievances: 'icglr-drc-hear-grievances',
  ceasefireFirst: 'm23-ceasefire-first',
  amnesty: 'm23-amnesty',
};
const U = { surrender: 'fardc-surrender-deadline-2012-05', goma: 'icglr-48-hours-2012-11-24' };
const R = { dec2012: 'kampala-2012-12', y2013: 'kampala-2013' };
const O = {
  goma: 'goma-2012-11-20',
  gomaOut: 'goma-withdrawal-2012-12-01',
  bunagana2012: 'bunagana-2012-07-06',
  adjourned: 'kampala-adjourned-2012-12-21',
  kiwanja: 'kiwanja-2013-10-27',
  bunagana2013: 'bunagana-2013-10-30',
  signing: 'kampala-signing-2013-11-11',
};

const events = [
  // ===== May – July 2012: the mutiny, Runyoni, Bunagana =====
  ev(
    'NegotiationOpened',
    'opened',
    when('2012-05-06', 'approximate'),
    {
      negotiationId: NEGOTIATION_ID,
      title: 'DR Congo – M23, the rebellion of 2012–13 (the Kampala dialogue)',
      subject:
        'The mutiny of former CNDP officers in North Kivu and the M23 rebellion: its fighting with the army, the capture and abandonment of Goma, the ICGLR-mandated Kampala dialogue facilitated by Uganda, the army offensive with the UN intervention brigade that ended the rebellion, and the Nairobi declarations',
      parties: [DRC, M23],
      mediators: [],
    },
    [S.mg0509],
    {
      note: 'Opened at the army’s surrender deadline to the mutineers; the ICGLR and Uganda come in as mediators on 8 August 2012.',
    },
  ),
  ev(
    'DemandTabled',
    'demand-surrender',
    when('2012-05-06', 'approximate'),
    {
      demandId: D.surrender,
      by: 'drc',
      addressedTo: ['m23'],
      text: 'The mutineers surrender within five days',
      category: 'security',
    },
    [S.mg0509],
  ),
  ev(
    'UltimatumIssued',
    'ult-surrender',
    when('2012-05-06', 'approximate'),
    {
      ultimatumId: U.surrender,
      by: 'drc',
      to: ['m23'],
      demandIds: [D.surrender],
      deadline: '2012-05-11',
      consequences: 'Military operations against the mutineers are pursued when the time is up',
    },
    [S.mg0509],
    {
      note: 'Col. Ekenge: "When the time is up, if the mutineers don’t surrender, we are going to pursue operations against them."',
    },
  ),
  ev(
    'IncidentReported',
    'inc-kibumba-2012-05',
    when('2012-05-08'),
    {
      incidentId: 'kibumba-gunfight-2012-05-08',
      kind: 'clash',
      perpetrator: 'm23',
      against: 'drc',
      place: P.kibumba,
      description:
        'A four-hour gun battle from midnight in Kibumba between the mutineers, with Ntaganda in their ranks (an army captain says), and the army, backed by heavy weapons; the mutineers disperse into the woods towards Virunga. No toll given. Who fired first is not reported: recorded with the mutineers as perpetrator only to give the fight a direction.',
    },
    [S.mg0509],
  ),
  ev(
    'StatementMade',
    'stmt-captain-kibumba',
    when('2012-05-09'),
    {
      speaker: FARDC_CAPTAIN,
      audience: 'press',
      tone: 'critical',
      summary:
        'An army captain says the mutineers were "numerous" and regrets that Ntaganda does not want to surrender as the other colonels did.',
      quote: 'It’s too bad the general doesn’t want to surrender as well as the other colonels',
    },
    [S.mg0509],
  ),
  ev(
    'UltimatumResolved',
    'ult-surrender-lapsed',
    when('2012-05-11'),
    {
      ultimatumId: U.surrender,
      resolution: 'lapsed',
      summary:
        'The five days pass with no surrender reported; the mutineers regroup in the hills by the Rwandan border and the fighting goes on.',
    },
    [S.mg0509, S.strategy0618],
  ),
  ev(
    'IncidentReported',
    'inc-runyoni-2012-06-14',
    when('2012-06-14'),
    {
      incidentId: 'runyoni-battle-2012-06-14',
      kind: 'clash',
      perpetrator: 'drc',
      against: 'm23',
      place: P.runyoni,
      description:
        'A battle around Mbuzi and Runyoni on the Rwandan border: government forces attack with attack helicopters; M23 says it seized a large quantity of the army’s weapons. Fighting continues there. No toll given.',
    },
    [S.strategy0618],
  ),
  ev(
    'StatementMade',
    'stmt-kazarama-weapons',
    when('2012-06-17'),
    {
      speaker: KAZARAMA,
      audience: 'drc',
      tone: 'critical',
      summary:
        'M23’s commander in the border region says his forces seized a large quantity of weapons from the army after the battle of 14 June.',
    },
    [S.strategy0618],
  ),
  ev('ActorRegistered', 'actor-rwanda', when('2012-06-18'), { actor: RWANDA, role: 'third-party' }, [S.strategy0618], {
    note: 'Kinshasa has insisted since early May that Rwanda is involved with M23; Rwanda denies it. Its acts are not the pair’s.',
  }),
  ev(
    'IncidentReported',
    'inc-jomba-offensive',
    when('2012-07-05'),
    {
      incidentId: 'fardc-offensive-jomba-2012-07-05',
      kind: 'clash',
      perpetrator: 'drc',
      against: 'm23',
      place: P.jomba,
      scale: 'major',
      description:
        'The FARDC launch an offensive against rebel positions around 3 a.m.; fierce fighting through the day and night around Tchengerero, Jomba and Bugusa hill, some 7 km from Bunagana, with combat helicopters and heavy weapons. Thousands flee.',
    },
    [S.glv0706],
  ),
  ev(
    'IncidentReported',
    'inc-bunagana-2012',
    when('2012-07-06'),
    {
      incidentId: 'm23-bunagana-2012-07-06',
      kind: 'clash',
      perpetrator: 'm23',
      against: 'drc',
      place: P.bunagana,
      description:
        'M23 takes the town of Bunagana and the border post to Uganda in the morning; about 600 Congolese soldiers flee into Uganda, and an Indian peacekeeper is shot dead.',
    },
    [S.glv0706],
    { occurrence: O.bunagana2012 },
  ),
  ev(
    'IncidentReported',
    'occ-bunagana',
    when('2012-07-06'),
    {
      incidentId: 'm23-holds-bunagana-2012-07-06',
      kind: 'occupation',
      perpetrator: 'm23',
      against: 'drc',
      place: P.bunagana,
      description:
        'M23 holds Bunagana and its border crossing into Uganda: its stronghold and the seat of its political wing.',
    },
    [S.glv0706, S.ap1030],
    { occurrence: O.bunagana2012 },
  ),
  ev(
    'IncidentReported',
    'occ-rutshuru',
    when('2012-07-08', 'approximate'),
    {
      incidentId: 'm23-holds-rutshuru-kiwanja-2012-07',
      kind: 'occupation',
      perpetrator: 'm23',
      against: 'drc',
      place: P.rutshuru,
      description:
        'M23 takes control of Rutshuru and Kiwanja, which become its strongholds (AFP: "since the group had taken control of them in July 2012"; the day is not given).',
    },
    [S.mg0304],
  ),
  ev(
    'ActorRegistered',
    'actor-icglr',
    when('2012-08-08'),
    { actor: ICGLR, role: 'mediator' },
    [S.chimp1212, S.pax1212],
    {
      note: 'The ICGLR’s extraordinary summit of 8 August 2012 takes up the crisis at Kabila’s and Ban Ki-moon’s request to its chair, President Museveni.',
    },
  ),
  ev(
    'ActorRegistered',
    'actor-uganda',
    when('2012-08-08'),
    { actor: UGANDA, role: 'mediator' },
    [S.chimp1212, S.pax1212],
    {
      note: 'Chair of the ICGLR: its president mediates, its defence minister Crispus Kiyonga facilitates the Kampala dialogue. UN experts accuse it, too, of backing M23.',
    },
  ),
  // ===== November 2012: the advance on Goma =====
  ev(
    'IncidentReported',
    'inc-rugari',
    when('2012-11-15'),
    {
      incidentId: 'rugari-2012-11-15',
      kind: 'clash',
      perpetrator: 'm23',
      allegedBy: 'drc',
      against: 'drc',
      place: P.rugari,
      fatalities: { min: 113, max: 122 },
      description:
        'Fighting breaks out at 5 a.m. at Rugari, some 30 km from Goma, between the positions of the two sides, ending "a two-month ceasefire" (AP); each side blames the other. North Kivu’s governor says 113 M23 fighters were killed; M23 says the army attacked first and that it killed nine soldiers.',
    },
    [S.ap1115, graded(S.f24obs1116, 3)],
  ),
  ev('ActorRegistered', 'actor-monusco', when('2012-11-17'), { actor: MONUSCO, role: 'third-party' }, [S.reuters1118], {
    note: 'The UN mission; its attack helicopters and, from 2013, its intervention brigade fight M23 beside the army: their acts are its own.',
  }),
  ev(
    'IncidentReported',
    'inc-kibumba-2012-11',
    when('2012-11-17'),
    {
      incidentId: 'm23-kibumba-2012-11-17',
      kind: 'clash',
      perpetrator: 'm23',
      against: 'drc',
      place: P.kibumba,
      description:
        'Heavy fighting south of Kibumba; the army retreats and Kibumba falls to M23, which comes within 30 km of Goma. The army and MONUSCO try to hold a further advance at Kibati.',
    },
    [S.reuters1118, S.afp1117],
  ),
  ev(
    'IncidentReported',
    'inc-monusco-helicopters',
    when('2012-11-17'),
    {
      incidentId: 'monusco-helicopters-2012-11-17',
      kind: 'airstrike',
      perpetrator: 'monusco',
      against: 'm23',
      place: P.kibumba,
      description: 'UN attack helicopters hit M23 positions after the rebels gain ground.',
    },
    [S.reuters1118, S.afp1117],
  ),
  ev(
    'StatementMade',
    'stmt-drc-rwandans-crossed',
    when('2012-11-17'),
    {
      speaker: DRC_GOV,
      audience: 'rwanda',
      tone: 'accusation',
      summary:
        'The Congolese government says 4,000 Rwandans crossed the border to back M23 (later 3,500); Rwanda rejects the charge.',
    },
    [S.reuters1118],
  ),
  ev(
    'IncidentReported',
    'inc-goma',
    when('2012-11-20'),
    {
      incidentId: 'm23-goma-2012-11-20',
      kind: 'clash',
      perpetrator: 'm23',
      against: 'drc',
      place: P.goma,
      description:
        'After days of clashes with the UN-backed army, M23 takes Goma: "The town of Goma fell at 11:33 local time, despite the attack helicopters, despite the heavy weapons" (Kazarama). Scores of rebels walk through the city unchallenged as peacekeepers watch. No toll given.',
    },
    [S.reuters1120, S.voa1121],
    { occurrence: O.goma },
  ),
  ev(
    'IncidentReported',
    'occ-goma',
    when('2012-11-20'),
    {
      incidentId: 'm23-holds-goma-2012-11-20',
      kind: 'occupation',
      perpetrator: 'm23',
      against: 'drc',
      place: P.goma,
      description:
        'M23 holds Goma, the capital of North Kivu, and its airport; policemen hand their weapons to the rebels at a rally on the 21st.',
    },
    [S.reuters1120, S.voa1121],
    { occurrence: O.goma },
  ),
  ev(
    'StatementMade',
    'stmt-m23-liberate',
    when('2012-11-21', 'approximate'),
    {
      speaker: M23_STATEMENTS,
      audience: 'drc',
      tone: 'military-threat',
      summary: 'M23 vows to expand its control and "liberate" the whole country, even to take Kinshasa.',
    },
    [S.reuters1124, S.redpepper1124],
  ),
  ev(
    'MediationAction',
    'med-kampala-1121',
    when('2012-11-21'),
    {
      mediator: 'uganda',
      action: 'proposed',
      summary:
        'After talks in Kampala, Presidents Museveni, Kagame and Kabila say M23 must withdraw from Goma; "a plan to end this is being communicated to them", and the DRC promises to look into the causes of the revolt.',
    },
    [S.eastafrican1122],
  ),
  ev(
    'DemandTabled',
    'demand-leave-goma',
    when('2012-11-24'),
    {
      demandId: D.leaveGoma,
      by: 'icglr',
      addressedTo: ['m23'],
      text: 'Stop all war activities, stop talk of overthrowing an elected government, and withdraw from Goma to positions not less than 20 km from the town within two days',
      category: 'security',
    },
    [S.reuters1124, S.newtimes1125],
  ),
  ev(
    'DemandTabled',
    'demand-grievances',
    when('2012-11-24'),
    {
      demandId: D.grievances,
      by: 'icglr',
      addressedTo: ['drc'],
      text: 'Listen to, evaluate and resolve the legitimate grievances of M23',
      category: 'political',
    },
    [S.newtimes1125],
  ),
  ev(
    'UltimatumIssued',
    'ult-goma',
    when('2012-11-24'),
    {
      ultimatumId: U.goma,
      by: 'icglr',
      to: ['m23'],
      demandIds: [D.leaveGoma],
      deadline: '2012-11-26',
      consequences:
        'MONUSCO to secure Goma and the neutral zone and to see that every M23 fighter has left within the time agreed; a neutral international force to deploy at the airport',
      channel: 'Communiqué of the ICGLR heads of state, Kampala',
    },
    [S.newtimes1125, S.pana1125],
  ),
  ev(
    'PositionTaken',
    'pos-drc-grievances',
    when('2012-11-24'),
    {
      demandId: D.grievances,
      actorId: 'drc',
      stance: 'accepted',
      quote:
        'Although M23 rebels may be an illegitimate group, it has legitimate concerns which the DRC government has undertaken to evaluate and resolve (Sam Kuteesa)',
    },
    [S.newtimes1125],
  ),
  ev(
    'MediationAction',
    'med-aronda-makenga',
    when('2012-11-26'),
    {
      mediator: 'uganda',
      action: 'visited',
      summary:
        'Uganda’s army chief Aronda Nyakayirima meets Makenga and conveys the summit’s decision; he says Makenga accepted to pull his forces out of Goma and Sake and to stop advancing south, with no conditions.',
    },
    [S.reuters1127],
  ),
  ev(
    'PositionTaken',
    'pos-m23-conditional',
    when('2012-11-27'),
    {
      demandId: D.leaveGoma,
      actorId: 'm23',
      stance: 'conditional',
      conditions: 'Only if President Kabila agrees to M23’s demands',
      speaker: RUNIGA,
    },
    [S.ewn1128],
  ),
  ev(
    'StatementMade',
    'stmt-mende-false-promises',
    when('2012-11-27'),
    {
      speaker: MENDE,
      audience: 'm23',
      tone: 'critical',
      summary:
        'Kinshasa hears the answer to the request to pull out is yes, but doubts the time frame and dismisses M23’s conditions.',
      quote: 'We are well used to false promises so we’ll wait and see',
    },
    [S.reuters1127, S.ewn1128],
  ),
  ev(
    'PositionTaken',
    'pos-m23-accepted',
    when('2012-11-28'),
    {
      demandId: D.leaveGoma,
      actorId: 'm23',
      stance: 'accepted',
      quote: 'We’re leaving Sake, we’re leaving Masisi … Goma will be later',
      speaker: MAKENGA,
    },
    [S.stabroek1128],
  ),
  ev(
    'IncidentReported',
    'wd-goma',
    when('2012-12-01'),
    {
      incidentId: 'm23-leaves-goma-2012-12-01',
      kind: 'withdrawal',
      perpetrator: 'm23',
      against: 'drc',
      place: P.goma,
      description:
        'Hundreds of M23 fighters pull out of Goma, singing and brandishing weapons; MONUSCO confirms the withdrawal complete and secures the Central Bank, the governor’s house and Goma Hill. The army returns on 3 December.',
    },
    [S.f24_1201],
    { occurrence: O.gomaOut },
  ),
  ev(
    'UltimatumResolved',
    'ult-goma-complied',
    when('2012-12-01'),
    {
      ultimatumId: U.goma,
      resolution: 'complied',
      summary: 'M23 completes its retreat from Goma, after defying two earlier deadlines (France 24).',
    },
    [S.f24_1201],
    { occurrence: O.gomaOut },
  ),
  // ===== December 2012: the Kampala dialogue opens =====
  ev(
    'TalksRoundScheduled',
    'round-dec2012-scheduled',
    when('2012-12-06'),
    {
      roundId: R.dec2012,
      label: 'Kampala dialogue, first session',
      venue: 'Speke Resort Munyonyo, Kampala',
      hosts: ['uganda', 'icglr'],
      format: 'formal',
      plannedFor: '2012-12-07',
    },
    [S.newvision1206],
  ),
  ev(
    'TalksRoundOpened',
    'round-dec2012-opened',
    when('2012-12-09'),
    { roundId: R.dec2012, venue: 'Speke Resort Munyonyo, Kampala', hosts: ['uganda', 'icglr'], format: 'formal' },
    [S.pax1212, S.chimp1212],
    {
      note: 'Formal dialogue from 9 December 2012, facilitated by Kiyonga for President Museveni (the Nairobi texts’ own account).',
    },
  ),
  ev(
    'DemandTabled',
    'demand-ceasefire-first',
    when('2012-12-19'),
    {
      demandId: D.ceasefireFirst,
      by: 'm23',
      addressedTo: ['drc'],
      text: 'Sign a ceasefire agreement before any substantive dialogue begins',
      category: 'security',
    },
    [S.afp1221],
  ),
  ev(
    'PositionTaken',
    'pos-drc-ceasefire-first',
    when('2012-12-19'),
    { demandId: D.ceasefireFirst, actorId: 'drc', stance: 'rejected' },
    [graded(S.afp1221, 3)],
    { note: 'M23’s account: Kinshasa refuses, stalling to reinforce its positions in the east.' },
  ),
  ev(
    'TalksRoundConcluded',
    'round-dec2012-adjourned',
    when('2012-12-21'),
    {
      roundId: R.dec2012,
      outcome: 'adjourned',
      summary: 'Despite basic progress, no understanding on the items of the agenda (Kiyonga).',
      nextSteps: 'The facilitator, after consulting both sides, puts off the preliminary meetings to 4 January 2013.',
    },
    [S.afp1221],
    { occurrence: O.adjourned },
  ),
  ev(
    'TalksRoundScheduled',
    'round-2013-scheduled',
    when('2012-12-21'),
    {
      roundId: R.y2013,
      label: 'Kampala dialogue, 2013',
      venue: 'Speke Resort Munyonyo, Kampala',
      hosts: ['uganda', 'icglr'],
      format: 'formal',
      plannedFor: '2013-01-04',
    },
    [S.afp1221],
    { occurrence: O.adjourned },
  ),
  // ===== January – March 2013: the talks, the split =====
  ev(
    'TalksRoundOpened',
    'round-2013-opened',
    when('2013-01-04', 'approximate'),
    { roundId: R.y2013, venue: 'Speke Resort Munyonyo, Kampala', hosts: ['uganda', 'icglr'], format: 'formal' },
    [S.afp1221, S.newtimes0207],
    {
      note: 'Dated to the day set for the resumption; on 6 February the parties adopt the review of the 2009 agreement, the first item of the agenda (The New Times).',
    },
  ),
  ev(
    'StatementMade',
    'stmt-bisimwa-runiga-dismissed',
    when('2013-02-28'),
    {
      speaker: BISIMWA,
      audience: 'press',
      tone: 'neutral',
      summary:
        'M23’s spokesman says Makenga dismissed Runiga the day before for financing Ntaganda’s recruitment and compromising the peace process to protect him.',
    },
    [S.blouin0228],
  ),
  ev(
    'ActorRegistered',
    'actor-m23-runiga',
    when('2013-02-28'),
    { actor: M23_RUNIGA, role: 'third-party' },
    [S.blouin0228],
    {
      note: 'The wing that follows Runiga and Gen. Ngaruye, aligned with Ntaganda, after M23 splits; it fights Makenga’s M23.',
    },
  ),
  ev(
    'IncidentReported',
    'wd-rutshuru-split',
    when('2013-02-28', 'approximate'),
    {
      incidentId: 'm23-leaves-rutshuru-kiwanja-2013-02',
      kind: 'withdrawal',
      perpetrator: 'm23',
      against: 'drc',
      place: P.rutshuru,
      description:
        'After the split, M23 leaves Rutshuru and Kiwanja to reinforce its positions against the splinter; the FDLR moves in.',
    },
    [S.mg0304, S.ap0301],
  ),
  ev(
    'IncidentReported',
    'inc-chanzu-split',
    when('2013-03-01'),
    {
      incidentId: 'runiga-wing-attacks-chanzu-2013-03-01',
      kind: 'clash',
      perpetrator: 'm23-runiga',
      against: 'm23',
      place: 'Chanzu, Rutshuru',
      fatalities: { min: 23, max: 23 },
      description:
        'The Runiga wing attacks Makenga’s faction at Chanzu near the Ugandan border from about midnight to 5 a.m. with heavy and light weapons; an officer of the main M23 estimates 23 dead.',
    },
    [S.ap0301],
  ),
  ev(
    'StatementMade',
    'stmt-hamuli-handback',
    when('2013-03-03'),
    {
      speaker: HAMULI,
      audience: 'm23',
      tone: 'conciliatory',
      summary:
        'The army secured Rutshuru and Kiwanja on 1 March, then left them to M23 again so as not to take a step back in the Kampala negotiations; its troops are a kilometre from Kiwanja.',
      quote:
        'Our troops left Rutshuru and Kiwanja to avoid taking a step back regarding the evolution of the negotiations in Kampala',
    },
    [S.mg0304],
  ),
  ev(
    'IncidentReported',
    'occ-rutshuru-again',
    when('2013-03-03', 'approximate'),
    {
      incidentId: 'm23-holds-rutshuru-kiwanja-2013-03',
      kind: 'occupation',
      perpetrator: 'm23',
      against: 'drc',
      place: P.rutshuru,
      description:
        'Control of Rutshuru and Kiwanja goes back to M23 ("Rutshuru and Kiwanja are in our territory", Kazarama).',
    },
    [S.mg0304],
  ),
  ev(
    'IncidentReported',
    'inc-makenga-routs-runiga',
    when('2013-03-15', 'approximate'),
    {
      incidentId: 'm23-routs-runiga-wing-2013-03-15',
      kind: 'clash',
      perpetrator: 'm23',
      against: 'm23-runiga',
      place: P.kibumba,
      description:
        'After a week of fighting since 9 March, Makenga’s M23 routs the Runiga wing around Kibumba; Runiga, Ngaruye and about 600 fighters flee into Rwanda, where they are disarmed and detained. Bisimwa, M23’s new political leader, announces the end of these operations.',
    },
    [S.mg0317],
  ),
  ev(
    'ActorRegistered',
    'actor-ntaganda',
    when('2013-03-18'),
    { actor: NTAGANDA, role: 'third-party' },
    [S.reuters0319],
    {
      note: 'Indicted by the ICC; sided with the Runiga wing after the split.',
    },
  ),
  ev('ActorRegistered', 'actor-usa', when('2013-03-18'), { actor: USA, role: 'third-party' }, [S.reuters0319]),
  ev(
    'ThirdPartyEngagement',
    'tpe-ntaganda-embassy',
    when('2013-03-18'),
    {
      actorId: 'bosco-ntaganda',
      counterparts: ['united-states'],
      kind: 'visit',
      summary:
        'Ntaganda walks into the US embassy in Kigali and asks to be transferred to the International Criminal Court in The Hague; the State Department confirms it.',
    },
    [S.reuters0319],
  ),
  // ===== May – August 2013: Mutaho, Kanyaruchinya, Kibati =====
  ev(
    'TalksSuspended',
    'talks-suspended-may',
    when('2013-05', 'month'),
    { by: 'm23', reason: 'The talks stall and M23’s delegation leaves Kampala, calling them hopeless.' },
    [graded(S.newtimes0909, 3)],
    {
      note: 'The New Times: "Talks between the two sides were suspended in May." No day is given; who left is M23 by the accounts of September.',
    },
  ),
  ev(
    'IncidentReported',
    'inc-mutaho-helicopter-2013-05',
    when('2013-05-20'),
    {
      incidentId: 'fardc-helicopter-mutaho-2013-05-20',
      kind: 'airstrike',
      perpetrator: 'drc',
      against: 'm23',
      place: P.mutaho,
      description:
        'After a six-month lull, fighting starts again near Mutaho; an army combat helicopter bombs rebel positions and M23 retreats after several hours.',
    },
    [S.ap0521],
  ),
  ev(
    'IncidentReported',
    'inc-mutaho-2013-05-21',
    when('2013-05-21'),
    {
      incidentId: 'mutaho-2013-05-21',
      kind: 'clash',
      perpetrator: 'm23',
      against: 'drc',
      place: P.mutaho,
      fatalities: { min: 19, max: 19 },
      injured: { min: 27, max: 27 },
      description:
        'Fighting for a second day at Mutaho, 10 km from Goma, after M23 tries to take back positions lost on the 20th; the army opens a second front at Kanyaruchinya. Mende counts 15 M23 dead, 21 wounded and 6 captured, and 4 soldiers dead and 6 wounded, over the two days.',
    },
    [graded(S.ap0521, 3)],
  ),
  ev(
    'IncidentReported',
    'inc-mutaho-2013-07-14',
    when('2013-07-14'),
    {
      incidentId: 'mutaho-2013-07-14',
      kind: 'clash',
      perpetrator: 'm23',
      allegedBy: 'monusco',
      against: 'drc',
      place: P.mutaho,
      fatalities: { min: 130, max: 130 },
      description:
        'The most serious combat for weeks, 7 km from Goma: the UN mission says M23 attacked the army near Mutaho and Rusayo (M23 says the army launched "a large-scale attack"). It goes on the next day. Mende: some 120 rebels and 10 soldiers killed.',
    },
    [S.reuters0714, graded(S.voa0715, 3)],
  ),
  ev(
    'IncidentReported',
    'inc-kanyaruchinya',
    when('2013-07-16'),
    {
      incidentId: 'kanyaruchinya-2013-07-16',
      kind: 'clash',
      perpetrator: 'drc',
      against: 'm23',
      place: P.kanyaruchinya,
      fatalities: { min: 56, max: 56 },
      description:
        'Fighting around Kanyaruchinya, 15 km from Goma: a civil-society source counts 51 M23 fighters and 5 soldiers killed.',
    },
    [S.xinhua0718],
  ),
  ev(
    'IncidentReported',
    'inc-rumangabo-air',
    when('2013-07-24'),
    {
      incidentId: 'fardc-helicopters-rumangabo-2013-07-24',
      kind: 'airstrike',
      perpetrator: 'drc',
      against: 'm23',
      place: P.rumangabo,
      description:
        'Army attack helicopters strike the Rumangabo military camp held by M23; the rebels are said to flee towards Kibumba.',
    },
    [S.cna0725],
  ),
  ev(
    'IncidentReported',
    'inc-kibati-2013-08-21',
    when('2013-08-21'),
    {
      incidentId: 'kibati-2013-08-21',
      kind: 'clash',
      perpetrator: 'm23',
      allegedBy: 'drc',
      against: 'drc',
      place: P.kibati,
      description:
        'An army officer says the rebels attacked government positions 20 km north of Goma, near Mutaho and Kibati, on Wednesday night, with heavy weapons into Thursday; M23 says the army attacked its positions around Kibati.',
    },
    [S.afp0822],
  ),
  ev(
    'IncidentReported',
    'inc-kibati-2013-08-22',
    when('2013-08-22'),
    {
      incidentId: 'kibati-2013-08-22',
      kind: 'clash',
      perpetrator: 'drc',
      against: 'm23',
      place: P.kibati,
      fatalities: { min: 24, max: 99 },
      description:
        'The fighting intensifies between northern Kibati and southern Kibumba ("Three antennas"): military sources say dozens of M23 rebels have been killed and twelve captured since Wednesday.',
    },
    [S.cp0823],
  ),
  ev(
    'IncidentReported',
    'inc-goma-shells-0822',
    when('2013-08-22'),
    {
      incidentId: 'm23-shells-goma-2013-08-22',
      kind: 'shelling',
      perpetrator: 'm23',
      allegedBy: 'monusco',
      against: 'drc',
      place: P.goma,
      fatalities: { min: 3, max: 5 },
      description:
        'Shells land on Goma, killing at least three people (five, say Congolese officials); the UN blames M23, Mende says some came from the direction of Rwanda.',
    },
    [S.reuters0823, S.bbc0824],
  ),
  ev(
    'IncidentReported',
    'inc-fib-artillery',
    when('2013-08-23'),
    {
      incidentId: 'fib-artillery-2013-08-23',
      kind: 'shelling',
      perpetrator: 'monusco',
      against: 'm23',
      place: P.kibati,
      description:
        'The UN intervention brigade takes its first military action, firing artillery and flying two helicopters against M23 positions at Kibati.',
    },
    [S.reuters0823, S.bbc0824],
  ),
  ev(
    'IncidentReported',
    'inc-goma-shells-0824',
    when('2013-08-24'),
    {
      incidentId: 'm23-shells-goma-2013-08-24',
      kind: 'shelling',
      perpetrator: 'm23',
      allegedBy: 'monusco',
      against: 'drc',
      place: P.goma,
      fatalities: { min: 3, max: 3 },
      description:
        'Two shells land in Goma around 8 a.m., killing three people; fighting between the army and M23 since 5 a.m. 15 km north of Goma. MONUSCO’s chief calls the attack indiscriminate.',
    },
    [S.plaut0824],
  ),
  ev(
    'IncidentReported',
    'inc-kibati-2013-08-28',
    when('2013-08-28'),
    {
      incidentId: 'fardc-kibati-hills-2013-08-28',
      kind: 'clash',
      perpetrator: 'drc',
      against: 'm23',
      place: P.kibati,
      description:
        'Government forces, supported by MONUSCO’s helicopters, artillery and ground troops, assault the high ground around Kibati and by evening hold strategic hills; a Tanzanian peacekeeper is killed and three wounded.',
    },
    [S.reuters0829],
  ),
  // ===== September – October 2013: talks resumed and broken off =====
  ev(
    'MediationAction',
    'med-icglr-0905',
    when('2013-09-05'),
    {
      mediator: 'icglr',
      action: 'requested-resumption',
      summary:
        'The ICGLR summit in Kampala directs the parties back to the table within three days, to conclude within 14 days, with maximum restraint on the ground meanwhile.',
    },
    [S.newtimes0909],
  ),
  ev(
    'TalksResumed',
    'talks-resumed-sep',
    when('2013-09-10', 'approximate'),
    { reason: 'The ICGLR’s directive of 5 September; both delegations in Kampala.' },
    [S.newtimes0909, S.st1021],
  ),
  ev(
    'DemandTabled',
    'demand-amnesty',
    when('2013-10-21', 'approximate'),
    {
      demandId: D.amnesty,
      by: 'm23',
      addressedTo: ['drc'],
      text: 'A general and unconditional amnesty and the reintegration of its fighters (the amnesty as proposed by the Ugandan facilitator)',
      category: 'political',
    },
    [S.st1021, S.reuters1021],
  ),
  ev(
    'PositionTaken',
    'pos-drc-amnesty',
    when('2013-10-21'),
    {
      demandId: D.amnesty,
      actorId: 'drc',
      stance: 'rejected',
      quote:
        'There is total disagreement on the general and unconditional amnesty proposed by the Ugandan facilitator, which is absolutely opposed to our position',
      speaker: MENDE,
    },
    [S.st1021, S.reuters1021],
  ),
  ev(
    'TalksSuspended',
    'talks-suspended-oct',
    when('2013-10-21'),
    { by: 'drc', reason: 'Disagreement on the amnesty and the reintegration of M23 fighters.' },
    [S.st1021, S.reuters1021],
    { note: 'M23 accuses the government delegation of seeking a return to hostilities.' },
  ),
  ev(
    'StatementMade',
    'stmt-kabila-military',
    when('2013-10-23', 'approximate'),
    {
      speaker: KABILA,
      audience: 'm23',
      tone: 'military-threat',
      summary: 'Kabila threatens a return to military action and rules out an unconditional amnesty.',
    },
    [S.reuters1027],
  ),
  // ===== 25 October – 5 November 2013: the offensive and the end of the rebellion =====
  ev(
    'IncidentReported',
    'inc-offensive-1025',
    when('2013-10-25'),
    {
      incidentId: 'fardc-offensive-2013-10-25',
      kind: 'clash',
      perpetrator: 'drc',
      against: 'm23',
      place: P.kanyamahoro,
      scale: 'major',
      description:
        'Fighting resumes at about 3 a.m. at Kanyamahoro, 20 km north of Goma, after two months of relative calm; the army launches offensives on several axes of Rutshuru territory. Each side blames the other for the restart.',
    },
    [S.blog1028, S.aljazeera1028],
  ),
  ev(
    'IncidentReported',
    'inc-kibumba-1026',
    when('2013-10-26'),
    {
      incidentId: 'fardc-kibumba-2013-10-26',
      kind: 'clash',
      perpetrator: 'drc',
      against: 'm23',
      place: P.kibumba,
      description:
        'The army wrests the strategic town of Kibumba near the Rwandan border from M23; three mass graves are found there.',
    },
    [S.reuters1027, S.aljazeera1028],
  ),
  ev(
    'IncidentReported',
    'inc-kiwanja-1027',
    when('2013-10-27'),
    {
      incidentId: 'fardc-kiwanja-2013-10-27',
      kind: 'clash',
      perpetrator: 'drc',
      against: 'm23',
      place: P.rutshuru,
      description:
        'A third day of fighting: the army takes Kiwanja and Kalengera and presses on Rutshuru, which it takes; a Tanzanian peacekeeper is killed in Kiwanja.',
    },
    [S.reuters1027],
    { occurrence: O.kiwanja },
  ),
  ev(
    'IncidentReported',
    'wd-rutshuru-1027',
    when('2013-10-27'),
    {
      incidentId: 'm23-leaves-rutshuru-kiwanja-2013-10-27',
      kind: 'withdrawal',
      perpetrator: 'm23',
      against: 'drc',
      place: P.rutshuru,
      description: 'M23 says it has withdrawn its troops from Kiwanja; the army holds Kiwanja and Rutshuru.',
    },
    [S.reuters1027, S.rfi1028],
    { occurrence: O.kiwanja },
  ),
  ev(
    'IncidentReported',
    'inc-rumangabo-1028',
    when('2013-10-28'),
    {
      incidentId: 'fardc-rumangabo-2013-10-28',
      kind: 'clash',
      perpetrator: 'drc',
      against: 'm23',
      place: P.rumangabo,
      description:
        'The army retakes the Rumangabo military base, the fifth rebel-held town to fall since the offensive began ("We fought, but not for very long", Hamuli). M23 abandons Mount Hehu; MONUSCO’s chief tells the Security Council it is "practically the military end of the M23".',
    },
    [S.aljazeera1028],
  ),
  ev(
    'StatementMade',
    'stmt-m23-counteroffensive',
    when('2013-10-28'),
    {
      speaker: M23_STATEMENTS,
      audience: 'drc',
      tone: 'military-threat',
      summary:
        'M23 vows to fight on, threatening to leave the peace talks and launch a counter-offensive if Kinshasa does not halt its troops.',
    },
    [S.rfi1028, S.aljazeera1028],
  ),
  ev(
    'IncidentReported',
    'inc-bunagana-1030',
    when('2013-10-30'),
    {
      incidentId: 'fardc-bunagana-2013-10-30',
      kind: 'clash',
      perpetrator: 'drc',
      against: 'm23',
      place: P.bunagana,
      description:
        'The army retakes Bunagana by midday after small skirmishes through the town, the fighters fleeing up the hills; Bisimwa crosses into Uganda.',
    },
    [S.ap1030],
    { occurrence: O.bunagana2013 },
  ),
  ev(
    'IncidentReported',
    'wd-bunagana-1030',
    when('2013-10-30'),
    {
      incidentId: 'm23-leaves-bunagana-2013-10-30',
      kind: 'withdrawal',
      perpetrator: 'm23',
      against: 'drc',
      place: P.bunagana,
      description: 'M23 abandons Bunagana, the first town it seized in 2012, leaving it a few hills near the border.',
    },
    [S.ap1030, S.wiki1105],
    { occurrence: O.bunagana2013 },
  ),
  ev(
    'MediationAction',
    'med-uganda-pause',
    when('2013-11-01'),
    { mediator: 'uganda', action: 'requested-pause', summary: 'Uganda calls for a ceasefire.' },
    [S.wiki1105],
  ),
  ev(
    'IncidentReported',
    'inc-shelling-1102',
    when('2013-11-02'),
    {
      incidentId: 'fardc-shelling-2013-11-02',
      kind: 'shelling',
      perpetrator: 'drc',
      against: 'm23',
      description: 'Government shelling of M23 positions the day after Uganda’s call for a ceasefire (no place given).',
    },
    [S.wiki1105],
  ),
  ev(
    'IncidentReported',
    'inc-hills-1103',
    when('2013-11-03'),
    {
      incidentId: 'fardc-hills-offensive-2013-11-03',
      kind: 'clash',
      perpetrator: 'drc',
      against: 'm23',
      place: P.runyoni,
      scale: 'major',
      description:
        'A new offensive on the last M23 strongholds in the hills by the Ugandan and Rwandan borders: "We are shelling Mbuzi … after the artillery comes the infantry" (Gen. Lucien Bahuma); gunfire in the Ntamugenga, Mbuzi and Runyoni hills, the rebels fleeing.',
    },
    [S.afp1103, S.wiki1105],
  ),
  ev(
    'StatementMade',
    'stmt-bisimwa-end-hostilities',
    when('2013-11-03'),
    {
      speaker: BISIMWA,
      audience: 'drc',
      tone: 'conciliatory',
      summary:
        'M23 calls for an immediate end to hostilities and asks the Kampala facilitator to put in place a mechanism to monitor the ceasefire.',
      quote:
        'We call on the facilitator of the Kampala peace talks to immediately put in place a mechanism to monitor the ceasefire',
    },
    [S.wiki1105],
  ),
  ev(
    'IncidentReported',
    'inc-bunagana-shells-1104',
    when('2013-11-04'),
    {
      incidentId: 'm23-shells-bunagana-2013-11-04',
      kind: 'shelling',
      perpetrator: 'm23',
      allegedBy: 'drc',
      against: 'drc',
      place: P.bunagana,
      fatalities: { min: 4, max: 6 },
      injured: { min: 10, max: 10 },
      civilianFatalities: { min: 4, max: 6 },
      description:
        'Bombs fall on Bunagana: "it is bombs launched by M23 targeting the population" (Hamuli); Radio Okapi counts four civilians killed and ten wounded, other reports six. M23 says it was attacked with heavy weapons.',
    },
    [S.wiki1105],
  ),
  ev(
    'IncidentReported',
    'inc-chanzu-1104',
    when('2013-11-04'),
    {
      incidentId: 'fardc-chanzu-runyoni-2013-11-04',
      kind: 'clash',
      perpetrator: 'drc',
      against: 'm23',
      place: P.runyoni,
      description:
        'Fierce clashes around Bunagana: the army, backed by the UN intervention brigade, drives M23 from its last positions at Chanzu and Runyonyi.',
    },
    [S.dw1105, S.objectif1105],
  ),
  ev(
    'StatementMade',
    'stmt-mende-victory',
    when('2013-11-05'),
    {
      speaker: MENDE,
      audience: 'press',
      tone: 'neutral',
      summary:
        'The government declares victory: the last M23 fighters have surrendered or fled into Uganda, and their weapons were destroyed overnight.',
    },
    [S.dw1105],
  ),
  ev(
    'StatementMade',
    'stmt-bisimwa-end-rebellion',
    when('2013-11-05'),
    {
      speaker: BISIMWA,
      audience: 'drc',
      tone: 'conciliatory',
      summary:
        'M23 ends its rebellion and will pursue its aims by purely political means; it asks its chief of staff and commanders to prepare the troops for disarmament, demobilisation and reintegration on terms to be agreed with the government.',
      quote:
        'The chief of general staff and the commanders of all major units are requested to prepare troops for disarmament, demobilization and reintegration on terms to be agreed with the government of Congo',
    },
    [S.dw1105, S.objectif1105],
  ),
  // ===== November 2013 – February 2014: the signing that failed, the Nairobi declarations =====
  ev(
    'TalksResumed',
    'talks-resumed-nov',
    when('2013-11-11'),
    { reason: 'Both delegations are on their way to State House to sign the eleven articles agreed in Kampala.' },
    [S.siasa1113],
    { occurrence: O.signing },
  ),
  ev(
    'TalksRoundConcluded',
    'round-2013-concluded',
    when('2013-11-11'),
    {
      roundId: R.y2013,
      outcome: 'no-progress',
      summary:
        'At the last minute the signing falls apart over the document’s title: Kinshasa will sign only a "declaration", not an "agreement", with a movement that has declared its own dissolution; the Ugandan facilitation blames Kinshasa.',
    },
    [S.siasa1113],
    { occurrence: O.signing },
  ),
  ev(
    'StatementMade',
    'stmt-drc-no-agreement',
    when('2013-11-12', 'approximate'),
    {
      speaker: MENDE,
      audience: 'm23',
      tone: 'critical',
      summary: 'Kinshasa refuses to sign an agreement with M23.',
      quote: 'No country in history has signed an agreement with a movement that has declared its own dissolution',
    },
    [S.siasa1113],
  ),
  ev(
    'AgreementReached',
    'agr-nairobi',
    when('2013-12-12'),
    {
      agreementId: 'nairobi-declarations-2013-12-12',
      kind: 'partial',
      provisions: [
        'M23 renounces armed rebellion and confirms its dissolution as an armed group',
        'Disarmament, demobilisation and reintegration of former M23 fighters',
        'A draft amnesty law for acts of war and insurrection, not for war crimes or crimes against humanity',
        'Return of refugees and displaced people, national reconciliation, and social, security and economic reforms',
      ],
      signatories: ['drc', 'm23'],
      textPublic: true,
      status: 'signed',
    },
    [S.pax1212, S.mpelembe1212, S.congoplanet1213, S.chimp1212],
    {
      note: 'Two declarations, one signed by Foreign Minister Raymond Tshibanda for the government and one by Bisimwa for M23, at State House in Nairobi; a third by Presidents Museveni (ICGLR) and Banda (SADC) notes the end of the Kampala talks.',
    },
  ),
  ev(
    'StatementMade',
    'stmt-ex-fighter-waiting',
    when('2014-02-13'),
    {
      speaker: M23_EX_FIGHTER,
      audience: 'drc',
      tone: 'neutral',
      summary:
        'Close to 1,300 former M23 fighters, disarmed, wait in the Bihanga camp in Uganda for the December deal to be implemented so that they can go home.',
      quote: 'We’re waiting for the agreements to be implemented',
    },
    [S.newvision0213],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'drc-m23-2012.jsonl',
  logEnd: '2014-03-01T00:00:00Z',
  events,
};

export default definition;
