/**
 * A test fixture, not a shipped example: Rwanda and Uganda from the first
 * battle between their armies at Kisangani, in the DR Congo (14–17 August
 * 1999), to the Pretoria and Luanda agreements of 2002 and the London meeting
 * of October 2002, as an analyst following the news could have recorded them
 * — the fighting at Bangoka airport and in the city, the Mweya talks and the
 * ceasefire (17 August 1999); the second battle (5 May 2000, again on 9 and 14
 * May), each side's charge that the other massed troops on their common
 * border, the Mwanza summit hosted by Tanzania, the army chiefs' withdrawal
 * agreement (21 May); the third battle, the "Six-Day War" (5–10 June 2000),
 * the ceasefire Kofi Annan brokered by telephone (8 June) and its collapse,
 * Uganda's announcement that it would leave Kisangani, the Security Council's
 * demand that both withdraw (resolution 1304, 16 June); Uganda's listing of
 * Rwanda as a hostile state (made public 11 March 2001); the Gatuna meeting
 * (July 2001); Museveni's letter to Clare Short (28 August 2001) and the
 * accusations of October 2001; the defence ministers at Kabale, the London
 * summit (6 November 2001) and its verification committee; the Gatuna/Kabale
 * summit with Clare Short (14 February 2002); the Addis Ababa meeting (May
 * 2002); the Pretoria (30 July) and Luanda (6 September 2002) agreements, each
 * one party's with the DR Congo; and the London meeting of 17 October 2002.
 * Escalation model v2 was never tuned on it: it is the case the model is held
 * to in rwanda-uganda-2000.spec.ts, against the calls an analyst makes from
 * DOMAIN.md §5b alone. Separate from rwanda-uganda-2019.ts (the Gatuna border
 * closure of 2019–22): nothing of that case is recorded here.
 *
 * The pair is Rwanda (Paul Kagame, vice-president then president; the RPA) and
 * Uganda (Yoweri Museveni; the UPDF). Mediators, registered when they first
 * act: Tanzania (the Mwanza summit, 14 May 2000), the United Nations (Annan's
 * ceasefire of 8 June 2000; MONUC) and the United Kingdom (Clare Short, from
 * the London summit). Third parties: the DR Congo (the country the battles
 * were fought in), the RCD-Goma (backed by Rwanda) and the RCD-ML / RCD-
 * Kisangani of Wamba dia Wamba (backed by Uganda), South Africa and Angola
 * (the Pretoria and Luanda agreements). Nothing of theirs is recorded as the
 * pair's: the Security Council's demand is the UN's, the 2002 agreements are
 * each party's with the DR Congo.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source.
 *
 * Grading as in examples/README.md: A = the text of an agreement (the Pretoria
 * agreement on the State Department's archive); B = an established outlet or
 * wire copy (BBC, AP, Reuters, AFP and Sapa copies in the Mail & Guardian, UPI,
 * VOA, IRIN, the UN's own press release, People's Daily, New Vision, NRC); C =
 * an encyclopedia, a chronology site or a later retrospective (Wikipedia,
 * StrategyPage, the Daily Monitor's 2020 look back on the Mweya talks); 1 =
 * confirmed by both parties or by the act's own text, 2 = several outlets
 * agree or one established outlet reports it, 3 = one side's claim about the
 * other, or a count the sources disagree on.
 *
 * Judgement calls, recorded as an analyst would:
 * - One place, written one way: every act between the two armies is at
 *   "Kisangani" (Bangoka airport, the city centre, the Tshopo bridge, the
 *   river banks are all the one city the two armies shared). The battles are
 *   heavy by their tolls, never by their places.
 * - Tolls: the sources give a running toll for each battle, not a toll per
 *   day. Each is recorded on the act of the day it was published, with the
 *   description saying what it covers: at least 50 killed since 14 August
 *   (aid workers, VOA, 17 August 1999) on the street fighting of 16 August,
 *   the day IRIN reports the fighting intensified; at least 28 civilians and
 *   15 soldiers killed (AP) on the fighting of 5 May 2000; more than 50
 *   civilians in four days (Reuters and the BBC, 8 June) on the shelling of 8
 *   June; 100 dead found in the streets by the UN (BBC, 10 June), 150 by the
 *   Red Cross, more than 1,000 by the Congolese government (StrategyPage),
 *   recorded as 100–1,000 on the acts of 10 June (graded 3: the counts
 *   disagree). The later estimates of the Six-Day War (about 1,000 dead and
 *   3,000 wounded, Justice et Libération; the ICRC's 518) are not recorded as
 *   acts.
 * - Scale (the catalogue's `scale: 'major'`): no act is marked. The dated
 *   sources read speak of "heavy fighting", "fierce street battles" (IRIN,
 *   16 August 1999), "intense shelling and machine-gun fire" (Reuters, 8 June
 *   2000), "a week of heavy fighting" (Mail & Guardian, 15 June 2000); none
 *   names an offensive, an invasion or a full-scale battle for a day's act.
 *   VOA (10 May 2000) calls August 1999 "full-scale fighting" in hindsight, for
 *   the four days together; it is not taken as a day's scale. The tolls above
 *   carry the battles.
 * - Who fired first is disputed in each battle. The acts are recorded with
 *   the perpetrator each side alleged (`allegedBy`), and, where both accused
 *   the other of the same fighting (5 June 2000), as two acts sharing one
 *   `occurrence`. Exchanges whose side no source gives (9 May 2000, 7–8 and 10
 *   June 2000) are recorded with Uganda as the one firing only to give them a
 *   direction.
 * - The Mweya talks: the Daily Monitor (2020) gives 16–18 August 1999 and a
 *   ceasefire agreement signed on the 18th; VOA, on the 17th, reports the
 *   ceasefire deal reached after two days of talks and in immediate effect,
 *   the city calm since late afternoon while firefights went on during the
 *   day. Recorded as VOA gives it: the round opened on the 16th, the
 *   ceasefire in effect on 17 August at 15:00 UTC (late afternoon in
 *   Kisangani), after the day's fighting. An AP correspondent was shot in
 *   Kisangani on 18 August 1999 (Todd Pitman, 2007): no dated source read
 *   says who fired, and it is not recorded.
 * - The Mweya ceasefire is ended as collapsed on 5 May 2000, when the armies
 *   fought again at the airport. The ceasefire orders that ended the fighting
 *   of May 2000 (AP: "a cease-fire order on both sides") are not dated by any
 *   source read: not recorded. The army chiefs' agreement to leave Kisangani
 *   (21 May 2000, signed before UN observers, reaffirmed by Annan's ceasefire
 *   on 8 June) is recorded as a partial agreement; it is not a ceasefire.
 *   Annan's ceasefire (8 June 2000, from 16:00 local time, 14:00 UTC) is
 *   recorded as collapsed on 10 June, when the BBC reports heavy shelling
 *   resumed after a brief truce.
 * - Build-ups: each side's charge that the other massed troops on the border
 *   (May 2000) is recorded as a `force-posture` by the accused, as alleged by
 *   the accuser, with the accuser's statement; so is Rwanda's charge (October
 *   2001) that Uganda stationed troops along the border (IRIN, month only),
 *   and the International Crisis Group's finding (21 December 2001) that each
 *   is mobilising its forces. Museveni's request to double Uganda's defence
 *   budget is part of his letter, recorded as his accusation.
 * - Uganda's listing of Rwanda as a hostile state (with Sudan and the DR
 *   Congo) was made in a letter of the security minister to the Speaker,
 *   undated; it came to light on 11 March 2001 and Museveni explained it that
 *   day. Recorded on the 11th as the minister's statement, tone `warning`:
 *   a formal designation and a charge of sponsoring Uganda's opposition, not
 *   a threat of war. It was "resolved" at the Gatuna meeting (July 2001, month
 *   only: the BBC of 24 October 2001 dates it).
 * - Museveni's letter to Clare Short (28 August 2001: "Rwanda is planning
 *   aggression against us") became known in October 2001: recorded on its
 *   date, from the BBC of 24 October. Mbabazi's article of 25 November 2001
 *   (Uganda does not want war; the headline "we are ready") is a `warning`.
 * - The London communiqué (6 November 2001) is a framework agreement between
 *   the two; the ICG (21 December 2001) reports the verification committee it
 *   created at work in both countries: recorded as the agreement in force.
 * - The Pretoria (30 July 2002) and Luanda (6 September 2002) agreements are
 *   each one party's with the DR Congo: recorded as that party's engagement
 *   with a third party, not as an agreement of the pair.
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'rwanda-uganda-2000';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 2000);
/** A recordedAt on a given day (the case spans four years). */
const rec = (day: string, time: string): string => `${day}T${time}:00Z`;

const RWANDA: Actor = {
  id: 'rwanda',
  name: 'Rwanda',
  kind: 'state',
  aliases: ['Kigali', 'RPA', 'Rwandan Patriotic Army'],
};
const UGANDA: Actor = {
  id: 'uganda',
  name: 'Uganda',
  kind: 'state',
  aliases: ['Kampala', 'UPDF', "Uganda People's Defence Forces"],
};
const DRC: Actor = {
  id: 'dr-congo',
  name: 'Democratic Republic of the Congo',
  kind: 'state',
  aliases: ['DRC', 'Kinshasa', 'Congo-Kinshasa'],
};
const RCD_GOMA: Actor = {
  id: 'rcd-goma',
  name: 'RCD-Goma',
  kind: 'armed-group',
  aliases: ['Congolese Rally for Democracy (Goma)', 'Rassemblement congolais pour la démocratie'],
};
const RCD_ML: Actor = {
  id: 'rcd-ml',
  name: 'RCD-ML',
  kind: 'armed-group',
  aliases: ['RCD-Kisangani', 'RCD-Mouvement de libération', 'Wamba dia Wamba faction'],
};
const TANZANIA: Actor = { id: 'tanzania', name: 'Tanzania', kind: 'state', aliases: ['Dodoma', 'Dar es Salaam'] };
const UN: Actor = {
  id: 'united-nations',
  name: 'United Nations',
  kind: 'international-organisation',
  aliases: ['UN', 'Security Council', 'MONUC'],
};
const UK: Actor = {
  id: 'united-kingdom',
  name: 'United Kingdom',
  kind: 'state',
  aliases: ['Britain', 'London', 'DFID'],
};
const SOUTH_AFRICA: Actor = { id: 'south-africa', name: 'South Africa', kind: 'state', aliases: ['Pretoria'] };
const ANGOLA: Actor = { id: 'angola', name: 'Angola', kind: 'state', aliases: ['Luanda'] };

const RUTAYISIRE: Person = {
  name: 'Lt. Col. Wilson Rutayisire',
  title: 'Rwandan government spokesman',
  actorId: 'rwanda',
};
const BIDERI: Person = { name: 'Joseph Bideri', title: 'Rwandan government spokesman', actorId: 'rwanda' };
const UG_GOV: Person = { name: 'Government of Uganda', actorId: 'uganda' };
const RW_GOV: Person = { name: 'Government of Rwanda', actorId: 'rwanda' };
const MUKASA: Person = { name: 'Muruli Mukasa', title: 'Minister of State for Security of Uganda', actorId: 'uganda' };
const MUSEVENI: Person = { name: 'Yoweri Museveni', title: 'President of Uganda', actorId: 'uganda' };
const KAGAME: Person = { name: 'Paul Kagame', title: 'President of Rwanda', actorId: 'rwanda' };
const RUTASINGA: Person = {
  name: 'Ben Rutasinga',
  title: "Rwanda's chargé d'affaires in Kampala",
  actorId: 'rwanda',
};
const MBABAZI: Person = { name: 'Amama Mbabazi', title: 'Minister of Defence of Uganda', actorId: 'uganda' };
const WAPAKHABULO: Person = { name: 'James Wapakhabulo', title: 'Ugandan government official', actorId: 'uganda' };
const KARAKE: Person = {
  name: 'Col. Karenzi Karake',
  title: 'Operational commander of the Rwandan army in Kisangani',
  actorId: 'rwanda',
};

const WP_LUANDA = 'https://en.wikipedia.org/wiki/Luanda_Agreement';

const S = {
  bbc990815: source(
    'Foreign troops clash in Congo',
    'BBC News',
    'http://news.bbc.co.uk/1/hi/world/africa/421036.stm',
    '1999-08-15',
    'B',
    2,
  ),
  mg990815: source(
    'Uganda, Rwanda battle eachother in DR Congo',
    'Mail & Guardian (AFP)',
    'https://mg.co.za/article/1999-08-15-uganda-rwanda-battle-eachother-in-dr-congo/',
    '1999-08-15',
    'B',
    2,
  ),
  irin990816: source(
    'IRIN-CEA Update No. 736 for Central and Eastern Africa (16 August 1999)',
    'IRIN (UN OCHA), University of Pennsylvania African Studies Center copy',
    'http://www.africa.upenn.edu/Hornet/irin736.html',
    '1999-08-16',
    'B',
    2,
  ),
  voa990817: source(
    'Congo fighting (update): ceasefire agreed and appears to be holding',
    'Voice of America (GlobalSecurity.org copy)',
    'https://www.globalsecurity.org/military/library/news/1999/08/990817-congo2.htm',
    '1999-08-17',
    'B',
    2,
  ),
  voa000510: source(
    'Uganda / Rwanda: accusations of massing troops along the border',
    'Voice of America (GlobalSecurity.org copy)',
    'https://www.globalsecurity.org/military/library/news/2000/05/000510-rwanda1.htm',
    '2000-05-10',
    'B',
    2,
  ),
  ap000514: source(
    'Rwanda, Uganda Hold Talks',
    'Associated Press',
    'https://www.apnews.com/9006474d3c149ecf534f7e019af396cd',
    '2000-05-14',
    'B',
    2,
  ),
  mg000514: source(
    'Uganda, Rwanda agree on peace',
    'Mail & Guardian',
    'https://mg.co.za/article/2000-05-14-uganda-rwanda-agree-on-peace/',
    '2000-05-14',
    'B',
    2,
  ),
  ap000516: source(
    'Rwandan, Ugandan armies agree to start pulling out of Congo city',
    'Associated Press (Seacoast Online)',
    'https://www.seacoastonline.com/story/news/2000/05/16/rwandan-ugandan-armies-agree-to/51310302007/',
    '2000-05-16',
    'B',
    2,
  ),
  bbc000522: source(
    'Date agreed for Kisangani withdrawal',
    'BBC News',
    'http://news.bbc.co.uk/2/hi/759270.stm',
    '2000-05-22',
    'B',
    2,
  ),
  upi000605: source(
    'Uganda, Rwanda clash again in Congo',
    'United Press International',
    'https://www.upi.com/Archives/2000/06/05/Uganda-Rwanda-clash-againin-Congo/1653960177600/',
    '2000-06-05',
    'B',
    2,
  ),
  mg000608: source(
    'Rwanda orders DR_Congo ceasefire',
    'Mail & Guardian (Reuters)',
    'https://mg.co.za/article/2000-06-08-rwanda-orders-dr-congo-ceasefire/',
    '2000-06-08',
    'B',
    2,
  ),
  bbc000608: source(
    'Truce move in rebel city',
    'BBC News',
    'http://news.bbc.co.uk/2/hi/782450.stm',
    '2000-06-08',
    'B',
    2,
  ),
  usis000608: source(
    'U.N. Brokers New Kisangani Cease-Fire in DRC',
    'USIS Washington File (GlobalSecurity.org copy)',
    'https://www.globalsecurity.org/military/library/news/2000/06/000608-congo-usia1.htm',
    '2000-06-08',
    'B',
    2,
  ),
  bbc000610: source(
    'Heavy fighting resumes in Kisangani',
    'BBC News',
    'http://news.bbc.co.uk/2/hi/785089.stm',
    '2000-06-10',
    'B',
    2,
  ),
  sp000610: source(
    'Uganda: June 10, 2000',
    'StrategyPage',
    'https://strategypage.com/qnd/uganda/articles/20000610.aspx',
    '2000-06-10',
    'C',
    3,
  ),
  mg000615: source(
    'Rwandan forces claim victory in Kisangani',
    'Mail & Guardian',
    'https://mg.co.za/article/2000-06-15-rwandan-forces-claim-victory-in-kisangani/',
    '2000-06-15',
    'B',
    2,
  ),
  un000616: source(
    'Security Council demands Uganda, Rwanda withdraw from Kisangani (resolution 1304)',
    'United Nations Information Service',
    'http://unis.unvienna.org/unis/en/pressrels/2000/sc1235.html',
    '2000-06-16',
    'B',
    1,
  ),
  sp000617: source(
    'Uganda: June 17, 2000',
    'StrategyPage',
    'https://editors.strategypage.com/qnd/uganda/articles/20000617.aspx',
    '2000-06-17',
    'C',
    2,
  ),
  tt010312: source(
    'Uganda Puts Rwanda on List of Enemy Nations',
    'Tehran Times (Reuters)',
    'https://www.tehrantimes.com/news/60678/Uganda-Puts-Rwanda-on-List-of-Enemy-Nations',
    '2001-03-12',
    'B',
    2,
  ),
  bbc011024: source(
    'Rwanda and Uganda hit new low',
    'BBC News',
    'http://news.bbc.co.uk/2/hi/1617339.stm',
    '2001-10-24',
    'B',
    2,
  ),
  irin011106: source(
    'Les présidents Kagame et Museveni se réuniront pour discuter de la paix',
    'IRIN (The New Humanitarian)',
    'https://www.thenewhumanitarian.org/fr/actualit%C3%A9s/2001/11/06/les-pr%C3%A9sidents-kagame-et-museveni-se-r%C3%A9uniront-pour-discuter-de-la-paix',
    '2001-11-06',
    'B',
    2,
  ),
  nrc011106: source(
    "Rwanda-Oeganda: `provocatie'",
    'NRC Handelsblad',
    'https://www.nrc.nl/nieuws/2001/11/06/rwanda-oeganda-provocatie-7563997-a1346261',
    '2001-11-06',
    'B',
    2,
  ),
  pd011107: source(
    'Ugandan, Rwandan Presidents Hold Fruitful Talks in London',
    "People's Daily Online",
    'http://en.people.cn/english/200111/07/print20011107_84085.html',
    '2001-11-07',
    'B',
    2,
  ),
  nv011107: source(
    'Respect London accord',
    'New Vision',
    'https://www.newvision.co.ug/news/1022223/respect-london-accord',
    '2001-11-07',
    'B',
    2,
  ),
  voa011126: source(
    'Uganda-Rwanda Relations Deteriorate - 2001-11-26',
    'Voice of America',
    'https://www.voanews.com/a/a-13-a-2001-11-26-12-uganda-rwanda-66437107/550575.html',
    '2001-11-26',
    'B',
    2,
  ),
  icg011221: source(
    'Rwanda/Uganda: a dangerous war of nerves (Africa Briefing, 21 December 2001)',
    'International Crisis Group (docslib copy)',
    'https://docslib.org/doc/12645455/rwanda-uganda-a-dangerous-war-of-nerves',
    '2001-12-21',
    'B',
    2,
  ),
  bbc020214: source(
    "Rwanda and Uganda hold 'friendly' talks",
    'BBC News',
    'http://news.bbc.co.uk/2/hi/africa/1821301.stm',
    '2002-02-14',
    'B',
    2,
  ),
  irin020215: source(
    'Presidents in "meaningful and fruitful discussions"',
    'IRIN (The New Humanitarian)',
    'https://www.thenewhumanitarian.org/report/30288/rwanda-uganda-presidents-meaningful-and-fruitful-discussions',
    '2002-02-15',
    'B',
    2,
  ),
  nv020524: source(
    'Museveni, Kagame Agree On Interahamwe',
    'New Vision',
    'https://www.newvision.co.ug/news/1056440/museveni-kagame-agree-interahamwe',
    '2002-05-24',
    'B',
    2,
  ),
  pretoria: source(
    'Peace Agreement between the Governments of the Republic of Rwanda and the Democratic Republic of the Congo (Pretoria Agreement)',
    'U.S. Department of State (archive)',
    'https://2001-2009.state.gov/t/ac/csbm/rd/22637.htm',
    '2002-07-30',
    'A',
    1,
  ),
  wpLuanda: source('Luanda Agreement', 'Wikipedia', WP_LUANDA, '2002-09-06', 'C', 2),
  irin030508: source(
    'Presidents Kagame, Museveni meet in London',
    'IRIN (The New Humanitarian)',
    'https://www.thenewhumanitarian.org/node/211828',
    '2003-05-08',
    'B',
    2,
  ),
};

const P = { kisangani: 'Kisangani', border: 'Rwanda–Uganda border' };
const R = {
  mweya: 'mweya-1999-08',
  mwanza: 'mwanza-2000-05',
  kampala: 'army-chiefs-kampala-2000-05',
  kigali: 'army-chiefs-kigali-2000-05',
  gatuna2001: 'gatuna-2001-07',
  kabaleMinisters: 'defence-ministers-kabale-2001-10',
  london2001: 'london-2001-11',
  kabale2002: 'gatuna-kabale-2002-02',
  addis: 'addis-ababa-2002-05',
  london2002: 'london-2002-10',
};
const CF = { mweya: 'mweya-ceasefire-1999-08-17', annan: 'annan-ceasefire-2000-06-08' };
const A = { kisangani: 'kisangani-withdrawal-2000-05-21', london: 'london-communique-2001-11-06' };
const D = { unKisangani: 'unsc-1304-withdraw-kisangani', unDrc: 'unsc-1304-withdraw-drc' };
const O = {
  june5: 'kisangani-fighting-2000-06-05',
  mweya: 'mweya-ceasefire-1999-08-17',
  annan: 'annan-ceasefire-2000-06-08',
};

const events = [
  // ===== August 1999: the first battle of Kisangani and the Mweya ceasefire =====
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '1999-08-14', recordedAt: rec('1999-08-15', '12:00') },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Rwanda – Uganda, the Kisangani battles and the disengagement talks, 1999–2002',
      subject:
        'The two allies of 1998 against Laurent Kabila, backing rival factions of the Congolese rebellion, fight three battles for Kisangani in the DR Congo (August 1999, May 2000, June 2000); the ceasefires and withdrawal agreements, the Security Council’s demands, the accusations and build-ups of 2001 and the talks mediated by the United Kingdom',
      parties: [RWANDA, UGANDA],
      mediators: [],
    },
    [S.bbc990815],
  ),
  ev(
    'ActorRegistered',
    'actor-drc',
    { occurredAt: '1999-08-14', recordedAt: rec('1999-08-15', '12:01') },
    { actor: DRC, role: 'third-party' },
    [S.bbc990815],
    { note: 'Kabila’s government, which both armies came to overthrow; the battles are fought on its soil.' },
  ),
  ev(
    'ActorRegistered',
    'actor-rcd-goma',
    { occurredAt: '1999-08-14', recordedAt: rec('1999-08-15', '12:02') },
    { actor: RCD_GOMA, role: 'third-party' },
    [S.bbc990815],
    { note: 'The RCD’s dominant faction (Emile Ilunga), based in Goma, backed by Rwanda.' },
  ),
  ev(
    'ActorRegistered',
    'actor-rcd-ml',
    { occurredAt: '1999-08-14', recordedAt: rec('1999-08-15', '12:03') },
    { actor: RCD_ML, role: 'third-party' },
    [S.bbc990815],
    { note: 'Wamba dia Wamba’s faction, headquartered in Kisangani under Ugandan protection.' },
  ),
  ev(
    'IncidentReported',
    'inc-airport-1999-08-14',
    { occurredAt: '1999-08-14T19:00:00Z', recordedAt: rec('1999-08-15', '12:05') },
    {
      incidentId: 'bangoka-airport-clash-1999-08-14',
      kind: 'clash',
      perpetrator: 'uganda',
      allegedBy: 'rwanda',
      against: 'rwanda',
      place: P.kisangani,
      injured: { min: 1, max: 1 },
      description:
        'Around 21:00 on Saturday, Ugandan troops who had surrounded Bangoka airport open fire on Rwandan positions a short distance away, twice; the Rwandans return fire in an hour-long clash (one Rwandan soldier slightly wounded, several Ugandans wounded by the Rwandan account). The first time the two armies exchange fire.',
    },
    [graded(S.bbc990815, 3), graded(S.mg990815, 3)],
  ),
  ev(
    'StatementMade',
    'stmt-rutayisire-1999-08-15',
    { occurredAt: '1999-08-15', recordedAt: rec('1999-08-15', '12:10') },
    {
      speaker: RUTAYISIRE,
      audience: 'uganda',
      tone: 'accusation',
      summary:
        'Rwanda accuses Uganda of provoking the clash to take control of the airport, where supplies are flown in daily.',
      quote:
        'The Ugandan army deployed troops all night to surround the airport, and they tried to block us in, they fired and there was a skirmish',
    },
    [S.bbc990815],
  ),
  ev(
    'IncidentReported',
    'inc-city-1999-08-15',
    { occurredAt: '1999-08-15', recordedAt: rec('1999-08-16', '12:00') },
    {
      incidentId: 'kisangani-street-fighting-1999-08-15',
      kind: 'clash',
      perpetrator: 'uganda',
      allegedBy: 'rwanda',
      against: 'rwanda',
      place: P.kisangani,
      description:
        'The fighting spreads from the airport into the city on Sunday afternoon; residents are trapped where they are, water and electricity are cut. The Rwanda News Agency says some 400 Ugandan soldiers flown in were ordered to encircle Rwandan positions.',
    },
    [graded(S.irin990816, 3)],
  ),
  ev(
    'IncidentReported',
    'inc-city-1999-08-16',
    { occurredAt: '1999-08-16', recordedAt: rec('1999-08-17', '12:00') },
    {
      incidentId: 'kisangani-street-fighting-1999-08-16',
      kind: 'clash',
      perpetrator: 'uganda',
      against: 'rwanda',
      place: P.kisangani,
      fatalities: { min: 50, max: 50 },
      description:
        'Heavy fighting for a third day, intensifying on Monday morning: fierce street battles in the city. Aid workers estimate at least 50 people killed in the clashes since Saturday (the battle’s toll, recorded on its heaviest day). Which side attacked is disputed: recorded with Uganda as perpetrator, as Rwanda alleged of the battle.',
    },
    [S.irin990816, graded(S.voa990817, 3)],
  ),
  ev(
    'TalksRoundOpened',
    'round-mweya-opened',
    { occurredAt: '1999-08-16', recordedAt: rec('1999-08-17', '12:05') },
    {
      roundId: R.mweya,
      label: 'Museveni–Kagame talks at Mweya Safari Lodge',
      venue: 'Mweya Safari Lodge, Kasese, Uganda',
      format: 'formal',
      delegations: [
        { actorId: 'uganda', head: MUSEVENI },
        {
          actorId: 'rwanda',
          head: { name: 'Paul Kagame', title: 'Vice-President and Minister of Defence of Rwanda', actorId: 'rwanda' },
        },
      ],
    },
    [S.voa990817],
  ),
  ev(
    'IncidentReported',
    'inc-city-1999-08-17',
    { occurredAt: '1999-08-17', recordedAt: rec('1999-08-17', '18:00') },
    {
      incidentId: 'kisangani-firefights-1999-08-17',
      kind: 'clash',
      perpetrator: 'uganda',
      against: 'rwanda',
      place: P.kisangani,
      description:
        'Firefights and sporadic fighting between Ugandan and Rwandan troops continue across the city during Tuesday; both claim the upper hand and report many dead and wounded. Recorded with Uganda as perpetrator only to give it a direction.',
    },
    [S.voa990817],
  ),
  ev(
    'TalksRoundConcluded',
    'round-mweya-concluded',
    { occurredAt: '1999-08-17T15:00:00Z', recordedAt: rec('1999-08-17', '18:05') },
    {
      roundId: R.mweya,
      outcome: 'agreement',
      summary:
        'After two days of talks Museveni and Kagame agree a ceasefire between their forces in Kisangani, in immediate effect, and reaffirm their commitment to a peaceful resolution of the Congo crisis.',
      nextSteps: 'A joint investigation of the clashes by the two army chiefs (Nyamwasa and Odongo).',
    },
    [S.voa990817],
    { occurrence: O.mweya },
  ),
  ev(
    'CeasefireDeclared',
    'cf-mweya',
    { occurredAt: '1999-08-17T15:00:00Z', recordedAt: rec('1999-08-17', '18:10') },
    {
      ceasefireId: CF.mweya,
      parties: ['rwanda', 'uganda'],
      scope: 'The Rwandan and Ugandan forces in Kisangani',
      duration: 'indefinite',
    },
    [S.voa990817],
    {
      note: 'Kisangani calm since late Tuesday afternoon (VOA); dated then, after the day’s firefights.',
      occurrence: O.mweya,
    },
  ),
  // ===== May 2000: the second battle, the build-ups, Mwanza and the withdrawal agreement =====
  ev(
    'IncidentReported',
    'inc-ug-massing-2000-05',
    { occurredAt: '2000-05-05', recordedAt: rec('2000-05-10', '18:00') },
    {
      incidentId: 'uganda-troops-border-2000-05',
      kind: 'force-posture',
      perpetrator: 'uganda',
      allegedBy: 'rwanda',
      against: 'rwanda',
      place: P.border,
      description:
        'Rwanda says the Ugandan army began massing extra troops along the common border on Friday, when the clashes broke out in Kisangani; Uganda denies it. Witnesses on both sides report large numbers of soldiers headed for the frontier.',
    },
    [graded(S.voa000510, 3)],
  ),
  ev(
    'IncidentReported',
    'inc-rw-massing-2000-05',
    { occurredAt: '2000-05-10', precision: 'approximate', recordedAt: rec('2000-05-10', '18:05') },
    {
      incidentId: 'rwanda-troops-border-2000-05',
      kind: 'force-posture',
      perpetrator: 'rwanda',
      allegedBy: 'uganda',
      against: 'uganda',
      place: P.border,
      description: 'Uganda accuses Rwanda of building up its own troops along the frontier; Rwanda denies it.',
    },
    [graded(S.voa000510, 3)],
  ),
  ev(
    'StatementMade',
    'stmt-bideri-2000-05-10',
    { occurredAt: '2000-05-10', recordedAt: rec('2000-05-10', '18:10') },
    {
      speaker: BIDERI,
      audience: 'uganda',
      tone: 'accusation',
      summary: 'Rwanda’s spokesman says the Ugandan army has been massing extra troops on the border since Friday.',
    },
    [S.voa000510],
  ),
  ev(
    'StatementMade',
    'stmt-uganda-2000-05-10',
    { occurredAt: '2000-05-10', recordedAt: rec('2000-05-10', '18:15') },
    {
      speaker: UG_GOV,
      audience: 'rwanda',
      tone: 'accusation',
      summary: 'The Ugandan government denies the charge and accuses Rwanda of building up troops on the frontier.',
    },
    [S.voa000510],
  ),
  ev(
    'IncidentReported',
    'inc-2000-05-09',
    { occurredAt: '2000-05-09', recordedAt: rec('2000-05-14', '18:00') },
    {
      incidentId: 'kisangani-clash-2000-05-09',
      kind: 'clash',
      perpetrator: 'uganda',
      against: 'rwanda',
      place: P.kisangani,
      description:
        'The two armies clash again in Kisangani, four days after the fighting of 5 May. Which side fired is not reported: recorded with Uganda as perpetrator only to give it a direction.',
    },
    [S.ap000514],
  ),
  ev(
    'ActorRegistered',
    'actor-tanzania',
    { occurredAt: '2000-05-14', recordedAt: rec('2000-05-14', '18:05') },
    { actor: TANZANIA, role: 'mediator' },
    [S.ap000514],
    { note: 'President Benjamin Mkapa hosts the Mwanza summit.' },
  ),
  ev(
    'TalksRoundOpened',
    'round-mwanza-opened',
    { occurredAt: '2000-05-14', recordedAt: rec('2000-05-14', '18:10') },
    {
      roundId: R.mwanza,
      label: 'Kagame–Museveni summit at Mwanza, hosted by Mkapa',
      venue: 'Hotel Tilapia, Mwanza, Tanzania',
      format: 'formal',
      hosts: ['tanzania'],
      delegations: [
        { actorId: 'rwanda', head: KAGAME },
        { actorId: 'uganda', head: MUSEVENI },
      ],
    },
    [S.ap000514],
  ),
  ev(
    'TalksRoundConcluded',
    'round-mwanza-concluded',
    { occurredAt: '2000-05-14', recordedAt: rec('2000-05-14', '18:15') },
    {
      roundId: R.mwanza,
      outcome: 'progress',
      summary:
        'The two presidents reaffirm the declaration of 8 May committing them to demilitarise Kisangani, and the Lusaka process; they will meet regularly on bilateral issues.',
      nextSteps: 'The army commanders meet to agree the details of the demilitarisation.',
    },
    [S.mg000514],
  ),
  ev(
    'IncidentReported',
    'inc-airport-2000-05-05',
    { occurredAt: '2000-05-05', recordedAt: rec('2000-05-16', '12:00') },
    {
      incidentId: 'kisangani-airport-clash-2000-05-05',
      kind: 'clash',
      perpetrator: 'uganda',
      allegedBy: 'rwanda',
      against: 'rwanda',
      place: P.kisangani,
      fatalities: { min: 43, max: 43 },
      civilianFatalities: { min: 28, max: 28 },
      description:
        'Clashes resume at the main airport, where the two armies are dug in on opposite sides of the runway: the Ugandans try to bring reinforcements into Kisangani and expel the Rwandan units (the Rwandan army and UN military observers); Uganda accuses the Rwandans of starting it. At least 28 civilians and 15 soldiers killed before a ceasefire order on both sides.',
    },
    [S.voa000510, graded(S.ap000516, 3)],
  ),
  ev(
    'CeasefireEnded',
    'cf-mweya-ended',
    { occurredAt: '2000-05-05', recordedAt: rec('2000-05-16', '12:05') },
    {
      ceasefireId: CF.mweya,
      reason: 'collapsed',
      summary: 'The two armies fight again at Kisangani airport.',
    },
    [S.voa000510],
  ),
  ev(
    'IncidentReported',
    'inc-airport-2000-05-14',
    { occurredAt: '2000-05-14', recordedAt: rec('2000-05-16', '12:10') },
    {
      incidentId: 'bangoka-firefight-2000-05-14',
      kind: 'clash',
      perpetrator: 'uganda',
      allegedBy: 'rwanda',
      against: 'rwanda',
      place: P.kisangani,
      description:
        'A brief firefight at Bangoka airport when Ugandan forces shoot at the Rwandans, thinking they were under attack (a Rwandan army commander).',
    },
    [graded(S.ap000516, 3)],
  ),
  ev(
    'TalksRoundOpened',
    'round-kampala-opened',
    { occurredAt: '2000-05-15', recordedAt: rec('2000-05-16', '12:15') },
    {
      roundId: R.kampala,
      label: 'Army chiefs Odongo and Nyamwasa in Kampala',
      venue: 'Kampala',
      format: 'technical',
    },
    [S.ap000516],
  ),
  ev(
    'TalksRoundConcluded',
    'round-kampala-concluded',
    { occurredAt: '2000-05-15', recordedAt: rec('2000-05-16', '12:20') },
    {
      roundId: R.kampala,
      outcome: 'progress',
      summary:
        'The two army chiefs agree to pull their forces out of Kisangani at once, each leaving some 215 soldiers to patrol airports, bridges and road junctions jointly until UN observers and troops take over the demilitarised city.',
    },
    [S.ap000516],
  ),
  ev(
    'TalksRoundOpened',
    'round-kigali-opened',
    { occurredAt: '2000-05-21', recordedAt: rec('2000-05-22', '18:00') },
    {
      roundId: R.kigali,
      label: 'Army chiefs Odongo and Nyamwasa in Kigali',
      venue: 'Kigali',
      format: 'technical',
    },
    [S.bbc000522],
  ),
  ev(
    'TalksRoundConcluded',
    'round-kigali-concluded',
    { occurredAt: '2000-05-21', recordedAt: rec('2000-05-22', '18:05') },
    {
      roundId: R.kigali,
      outcome: 'agreement',
      summary: 'The army chiefs agree the date and terms of the withdrawal from Kisangani.',
      nextSteps: 'The pull-out begins on Thursday 25 May.',
    },
    [S.bbc000522],
    { occurrence: A.kisangani },
  ),
  ev(
    'AgreementReached',
    'agr-kisangani',
    { occurredAt: '2000-05-21', recordedAt: rec('2000-05-22', '18:10') },
    {
      agreementId: A.kisangani,
      kind: 'partial',
      provisions: [
        'Both forces withdraw to a distance of at least 100 km from Kisangani, from 25 May 2000',
        'Each leaves 216 soldiers to conduct joint patrols until UN peacekeepers arrive',
      ],
      signatories: ['rwanda', 'uganda'],
      textPublic: false,
      roundId: R.kigali,
      status: 'signed',
    },
    [S.bbc000522],
    { occurrence: A.kisangani },
  ),
  // ===== June 2000: the Six-Day War =====
  ev(
    'IncidentReported',
    'inc-2000-06-05-ug',
    { occurredAt: '2000-06-05T07:00:00Z', recordedAt: rec('2000-06-05', '20:00') },
    {
      incidentId: 'kisangani-fighting-2000-06-05-ugandan-account',
      kind: 'clash',
      perpetrator: 'rwanda',
      allegedBy: 'uganda',
      against: 'uganda',
      place: P.kisangani,
      description:
        'At about 09:00 Rwandan forces open fire on a Ugandan jeep on the outskirts of the city, destroying it with an RPG; the Ugandans fire back and begin firing mortar rounds (Maj. Gen. Jeje Odongo, Maj. Phineas Katirima). A UN monitor says fighting stopped for most of the day and resumed at about 17:00 GMT.',
    },
    [graded(S.upi000605, 3)],
    { occurrence: O.june5 },
  ),
  ev(
    'IncidentReported',
    'inc-2000-06-05-rw',
    { occurredAt: '2000-06-05T07:00:00Z', recordedAt: rec('2000-06-05', '20:05') },
    {
      incidentId: 'kisangani-fighting-2000-06-05-rwandan-account',
      kind: 'shelling',
      perpetrator: 'uganda',
      allegedBy: 'rwanda',
      against: 'rwanda',
      place: P.kisangani,
      description:
        'Ugandan troops begin firing at Rwandan positions in mid-morning, the shelling coming from different sides after they had infiltrated the surrounding bush (Joseph Bideri); Rwandan soldiers say they were surrounded and fought back.',
    },
    [graded(S.upi000605, 3)],
    { occurrence: O.june5 },
  ),
  ev(
    'IncidentReported',
    'inc-2000-06-07',
    { occurredAt: '2000-06-07', recordedAt: rec('2000-06-08', '10:00') },
    {
      incidentId: 'kisangani-shelling-2000-06-07',
      kind: 'shelling',
      perpetrator: 'uganda',
      against: 'rwanda',
      place: P.kisangani,
      description:
        'The fighting grows steadily in intensity on Wednesday and does not let up at nightfall: mortar rounds and tracer fire over the city. Recorded with Uganda as perpetrator only to give it a direction.',
    },
    [S.mg000608],
  ),
  ev(
    'IncidentReported',
    'inc-2000-06-08',
    { occurredAt: '2000-06-08T10:00:00Z', recordedAt: rec('2000-06-08', '16:00') },
    {
      incidentId: 'kisangani-shelling-2000-06-08',
      kind: 'shelling',
      perpetrator: 'uganda',
      against: 'rwanda',
      place: P.kisangani,
      fatalities: { min: 50, max: 50 },
      civilianFatalities: { min: 50, max: 50 },
      injured: { min: 100, max: 100 },
      description:
        'Intense shelling and machine-gun fire across the city early on Thursday, a fourth day of fighting; the cathedral is hit. More than 50 civilians, at least 16 of them children, killed and 100 injured in the four days (the battle’s toll so far). Recorded with Uganda as perpetrator only to give it a direction.',
    },
    [S.mg000608, S.bbc000608],
  ),
  ev(
    'ActorRegistered',
    'actor-un',
    { occurredAt: '2000-06-08', recordedAt: rec('2000-06-08', '16:05') },
    { actor: UN, role: 'mediator' },
    [S.usis000608],
    { note: 'Kofi Annan and Richard Holbrooke broker the ceasefire by telephone; MONUC observers are in the city.' },
  ),
  ev(
    'MediationAction',
    'med-annan',
    { occurredAt: '2000-06-08', recordedAt: rec('2000-06-08', '16:10') },
    {
      mediator: 'united-nations',
      action: 'requested-pause',
      summary:
        'Annan telephones Kagame and Museveni: the fighting is lamentable and, whoever started it, must cease immediately.',
    },
    [S.usis000608],
  ),
  ev(
    'CeasefireDeclared',
    'cf-annan',
    { occurredAt: '2000-06-08T14:00:00Z', recordedAt: rec('2000-06-08', '16:15') },
    {
      ceasefireId: CF.annan,
      parties: ['rwanda', 'uganda'],
      scope: 'Kisangani, with the withdrawal of both armies under the agreement of 21 May',
      duration: 'indefinite',
      mediatedBy: ['united-nations'],
    },
    [S.usis000608, S.bbc000608],
    { occurrence: O.annan },
  ),
  ev(
    'StatementMade',
    'stmt-karake-2000-06-08',
    { occurredAt: '2000-06-08', recordedAt: rec('2000-06-08', '16:20') },
    {
      speaker: KARAKE,
      audience: 'uganda',
      tone: 'conciliatory',
      summary: 'Rwanda orders its troops in Kisangani to stop: the instruction comes from the top authorities.',
      quote: 'It’s coming from the top authorities in our country and normally, the ceasefire should hold',
    },
    [S.mg000608],
  ),
  ev(
    'StatementMade',
    'stmt-wapakhabulo-2000-06-08',
    { occurredAt: '2000-06-08', recordedAt: rec('2000-06-08', '18:00') },
    {
      speaker: WAPAKHABULO,
      audience: 'rwanda',
      tone: 'warning',
      summary:
        'The UPDF is prepared to ignore sporadic shelling of its positions to let the ceasefire hold, but only if it does not amount to preparation for a ground attack.',
    },
    [S.bbc000608],
  ),
  ev(
    'IncidentReported',
    'inc-2000-06-10-shelling',
    { occurredAt: '2000-06-10', recordedAt: rec('2000-06-10', '12:00') },
    {
      incidentId: 'kisangani-shelling-2000-06-10',
      kind: 'shelling',
      perpetrator: 'uganda',
      against: 'rwanda',
      place: P.kisangani,
      fatalities: { min: 100, max: 1000 },
      injured: { min: 700, max: 3000 },
      description:
        'Further heavy shelling breaks out around the city after a brief four-hour truce arranged by the UN. The UN finds 100 people dead in the streets and more than 700 wounded in two hospitals; the Red Cross counts 150 dead, the Congolese government more than 1,000 civilians killed and 3,000 wounded in the five days (the battle’s tolls so far). Recorded with Uganda as perpetrator only to give it a direction.',
    },
    [S.bbc000610, graded(S.sp000610, 3)],
  ),
  ev(
    'IncidentReported',
    'inc-2000-06-10-rw',
    { occurredAt: '2000-06-10', recordedAt: rec('2000-06-10', '12:05') },
    {
      incidentId: 'rwandan-assault-kisangani-2000-06-10',
      kind: 'clash',
      perpetrator: 'rwanda',
      against: 'uganda',
      place: P.kisangani,
      description: 'Rwanda says its troops have driven the Ugandan forces out of Kisangani.',
    },
    [graded(S.sp000610, 3)],
  ),
  ev(
    'CeasefireEnded',
    'cf-annan-ended',
    { occurredAt: '2000-06-10', recordedAt: rec('2000-06-10', '12:10') },
    {
      ceasefireId: CF.annan,
      reason: 'collapsed',
      summary: 'Uganda and Rwanda blame each other for the rapid breakdown of the agreement brokered by Annan.',
    },
    [S.bbc000610, S.sp000610],
  ),
  ev(
    'StatementMade',
    'stmt-uganda-withdraw-2000-06-11',
    { occurredAt: '2000-06-11', recordedAt: rec('2000-06-15', '12:00') },
    {
      speaker: UG_GOV,
      audience: 'press',
      tone: 'neutral',
      summary:
        'Uganda, which had insisted it would not withdraw unilaterally, announces it will leave Kisangani; it denies its forces were beaten. Rwanda, holding both airports and the main bridge, says it will hand the city to MONUC.',
    },
    [S.mg000615],
  ),
  ev(
    'DemandTabled',
    'dem-un-kisangani',
    { occurredAt: '2000-06-16', recordedAt: rec('2000-06-16', '22:00') },
    {
      demandId: D.unKisangani,
      by: 'united-nations',
      addressedTo: ['rwanda', 'uganda'],
      text: 'Ugandan and Rwandan forces withdraw immediately and completely from Kisangani (resolution 1304, under Chapter VII).',
      category: 'security',
    },
    [S.un000616],
  ),
  ev(
    'DemandTabled',
    'dem-un-drc',
    { occurredAt: '2000-06-16', recordedAt: rec('2000-06-16', '22:05') },
    {
      demandId: D.unDrc,
      by: 'united-nations',
      addressedTo: ['rwanda', 'uganda'],
      text: 'Uganda and Rwanda withdraw all their troops from the territory of the DR Congo without further delay, and make reparations for the loss of life and property in Kisangani.',
      category: 'territorial',
    },
    [S.un000616],
  ),
  ev(
    'PositionTaken',
    'pos-rwanda-kisangani',
    { occurredAt: '2000-06-16', precision: 'approximate', recordedAt: rec('2000-06-17', '12:00') },
    { demandId: D.unKisangani, actorId: 'rwanda', stance: 'accepted' },
    [S.sp000617],
  ),
  ev(
    'PositionTaken',
    'pos-uganda-kisangani',
    { occurredAt: '2000-06-16', precision: 'approximate', recordedAt: rec('2000-06-17', '12:05') },
    { demandId: D.unKisangani, actorId: 'uganda', stance: 'accepted' },
    [S.sp000617],
  ),
  ev(
    'StatementMade',
    'stmt-rwanda-reneging-2000-06-17',
    { occurredAt: '2000-06-17', precision: 'approximate', recordedAt: rec('2000-06-17', '12:10') },
    {
      speaker: RW_GOV,
      audience: 'uganda',
      tone: 'accusation',
      summary:
        'Rwanda says it is withdrawing its forces from Kisangani but accuses Uganda of reneging on the withdrawal deal.',
    },
    [S.sp000617],
  ),
  // ===== 2001: the hostile state, the letter, the accusations =====
  ev(
    'StatementMade',
    'stmt-hostile-state',
    { occurredAt: '2001-03-11', recordedAt: rec('2001-03-12', '12:00') },
    {
      speaker: MUKASA,
      audience: 'rwanda',
      tone: 'warning',
      summary:
        'A letter from the security minister to the Speaker, made public on Sunday by New Vision, lists Rwanda with Sudan and the DR Congo as a hostile state; Museveni explains that the misunderstandings of Kisangani "were contained but not resolved" and accuses a state he does not name of sponsoring people in Uganda’s politics on the eve of the elections.',
      quote:
        'If there is a state with which we have got some misunderstanding, if it can come and sponsor people within our political system, then our sovereignty would be in danger.',
    },
    [S.tt010312],
  ),
  ev(
    'StatementMade',
    'stmt-rutasinga-shocked',
    { occurredAt: '2001-03-11', recordedAt: rec('2001-03-12', '12:05') },
    {
      speaker: RUTASINGA,
      audience: 'uganda',
      tone: 'critical',
      summary:
        'Rwanda’s embassy is "shocked" at being listed as a hostile state, says it was not informed and will demand an explanation, and denies financing Museveni’s opponents.',
    },
    [S.tt010312],
  ),
  ev(
    'TalksRoundOpened',
    'round-gatuna-2001-opened',
    { occurredAt: '2001-07', recordedAt: rec('2001-10-24', '12:00') },
    {
      roundId: R.gatuna2001,
      label: 'Museveni–Kagame meeting at Gatuna',
      venue: 'Gatuna, on the Rwandan side of the border',
      format: 'informal',
    },
    [S.bbc011024],
  ),
  ev(
    'TalksRoundConcluded',
    'round-gatuna-2001-concluded',
    { occurredAt: '2001-07', recordedAt: rec('2001-10-24', '12:05') },
    {
      roundId: R.gatuna2001,
      outcome: 'progress',
      summary: 'Museveni and Kagame pledge to improve relations soured by their involvement in the Congo.',
    },
    [S.bbc011024],
  ),
  ev(
    'StatementMade',
    'stmt-museveni-letter',
    { occurredAt: '2001-08-28', recordedAt: rec('2001-10-24', '12:10') },
    {
      speaker: MUSEVENI,
      audience: 'united-kingdom',
      tone: 'accusation',
      summary:
        'In a letter to Clare Short, published in October, Museveni complains that Rwanda is preparing to attack Uganda and asks Britain to let Uganda double its defence budget to meet the threat.',
    },
    [S.bbc011024],
  ),
  ev(
    'StatementMade',
    'stmt-mutual-accusations-2001-10',
    { occurredAt: '2001-10-24', recordedAt: rec('2001-10-24', '12:15') },
    {
      speaker: RW_GOV,
      audience: 'uganda',
      tone: 'accusation',
      summary:
        'Ties hit a new low: mutual accusations that the other is backing dissidents fighting its government; a Western diplomat in Kampala does not expect full-scale war but a long way back to cordial relations.',
    },
    [S.bbc011024],
  ),
  ev(
    'IncidentReported',
    'inc-ug-border-troops-2001-10',
    { occurredAt: '2001-10', recordedAt: rec('2001-11-06', '09:00') },
    {
      incidentId: 'uganda-troops-border-2001-10',
      kind: 'force-posture',
      perpetrator: 'uganda',
      allegedBy: 'rwanda',
      against: 'rwanda',
      place: P.border,
      description: 'Rwanda accuses Uganda of stationing troops along the border.',
    },
    [graded(S.irin011106, 3)],
  ),
  ev(
    'TalksRoundOpened',
    'round-kabale-ministers-opened',
    { occurredAt: '2001-10-30', precision: 'approximate', recordedAt: rec('2001-11-06', '09:05') },
    {
      roundId: R.kabaleMinisters,
      label: 'Defence ministers at Kabale',
      venue: 'Kabale, Uganda',
      format: 'technical',
    },
    [S.irin011106],
  ),
  ev(
    'TalksRoundConcluded',
    'round-kabale-ministers-concluded',
    { occurredAt: '2001-10-30', precision: 'approximate', recordedAt: rec('2001-11-06', '09:10') },
    {
      roundId: R.kabaleMinisters,
      outcome: 'progress',
      summary:
        'The two defence ministers agree not to let their territories be used by dissident forces and to revive a joint military commission to verify the allegations; Uganda then pulls a battalion back from the border with Rwanda.',
      nextSteps: 'Museveni’s letter to Clare Short is to be discussed at the London summit.',
    },
    [S.irin011106],
  ),
  ev(
    'StatementMade',
    'stmt-rwanda-kazini',
    { occurredAt: '2001-11-05', precision: 'approximate', recordedAt: rec('2001-11-06', '09:15') },
    {
      speaker: RW_GOV,
      audience: 'uganda',
      tone: 'critical',
      summary:
        'On the eve of the London talks Uganda promotes Maj. Gen. James Kazini, its commander in the Congo during the Kisangani clashes, to acting army commander; Rwandan diplomats see it as a provocation.',
    },
    [S.nrc011106, S.irin011106],
  ),
  ev(
    'ActorRegistered',
    'actor-uk',
    { occurredAt: '2001-11-06', recordedAt: rec('2001-11-07', '09:00') },
    { actor: UK, role: 'mediator' },
    [S.pd011107],
    { note: 'Clare Short, Secretary of State for International Development, chairs the talks; Tony Blair opens them.' },
  ),
  ev(
    'TalksRoundOpened',
    'round-london-2001-opened',
    { occurredAt: '2001-11-06T14:00:00Z', recordedAt: rec('2001-11-07', '09:05') },
    {
      roundId: R.london2001,
      label: 'Museveni–Kagame summit in London',
      venue: '10 Downing Street and Lancaster House, London',
      format: 'formal',
      hosts: ['united-kingdom'],
      delegations: [
        { actorId: 'uganda', head: MUSEVENI },
        { actorId: 'rwanda', head: KAGAME },
      ],
    },
    [S.pd011107],
  ),
  ev(
    'TalksRoundConcluded',
    'round-london-2001-concluded',
    { occurredAt: '2001-11-06T22:00:00Z', recordedAt: rec('2001-11-07', '09:10') },
    {
      roundId: R.london2001,
      outcome: 'agreement',
      summary: '"Good, fruitful and frank" talks; a communiqué issued late on Tuesday night.',
    },
    [S.pd011107, S.nv011107],
    { occurrence: A.london },
  ),
  ev(
    'AgreementReached',
    'agr-london',
    { occurredAt: '2001-11-06T22:00:00Z', recordedAt: rec('2001-11-07', '09:15') },
    {
      agreementId: A.london,
      kind: 'framework',
      provisions: [
        'State-to-state relations maintained and improved in accordance with the UN and African Union charters',
        'No toleration of dissidents from either country using the other to destabilise relations; other dissidents referred to the UNHCR',
        'An extradition treaty',
        'Allegations of external interference investigated and verified (a joint verification and investigation committee)',
        'Joint work on regional security in the Congo and elsewhere',
      ],
      signatories: ['rwanda', 'uganda'],
      textPublic: true,
      roundId: R.london2001,
    },
    [S.pd011107, S.nv011107],
    { occurrence: A.london },
  ),
  ev(
    'StatementMade',
    'stmt-mbabazi-ready',
    { occurredAt: '2001-11-25', recordedAt: rec('2001-11-26', '12:00') },
    {
      speaker: MBABAZI,
      audience: 'rwanda',
      tone: 'warning',
      summary:
        'In a two-page article in the state-owned Sunday Vision, headlined "we are ready", Uganda’s defence minister says Uganda does not want war, accuses Rwanda of spreading deliberate falsehoods to divide Uganda and the Rwandan people, and asks for a joint investigation into the Kisangani clashes.',
    },
    [S.voa011126],
  ),
  ev(
    'AgreementStatusChanged',
    'agr-london-in-force',
    { occurredAt: '2001-12-21', recordedAt: rec('2001-12-21', '18:00') },
    {
      agreementId: A.london,
      status: 'in-force',
      reason:
        'Since the London meeting the joint verification and investigation committee has visited Rwanda and Uganda several times and, with MONUC, inspected alleged dissident training camps in the Congo (ICG).',
    },
    [S.icg011221],
  ),
  ev(
    'IncidentReported',
    'inc-rw-mobilising-2001-12',
    { occurredAt: '2001-12-21', precision: 'approximate', recordedAt: rec('2001-12-21', '18:05') },
    {
      incidentId: 'rwanda-mobilising-2001-12',
      kind: 'force-posture',
      perpetrator: 'rwanda',
      against: 'uganda',
      description: 'The ICG finds each of the two presidents mobilising his own forces: Rwanda’s.',
    },
    [S.icg011221],
  ),
  ev(
    'IncidentReported',
    'inc-ug-mobilising-2001-12',
    { occurredAt: '2001-12-21', precision: 'approximate', recordedAt: rec('2001-12-21', '18:10') },
    {
      incidentId: 'uganda-mobilising-2001-12',
      kind: 'force-posture',
      perpetrator: 'uganda',
      against: 'rwanda',
      description: 'The ICG finds each of the two presidents mobilising his own forces: Uganda’s.',
    },
    [S.icg011221],
  ),
  // ===== 2002: Kabale, Addis Ababa, Pretoria and Luanda, London again =====
  ev(
    'TalksRoundOpened',
    'round-kabale-2002-opened',
    { occurredAt: '2002-02-14', recordedAt: rec('2002-02-15', '09:00') },
    {
      roundId: R.kabale2002,
      label: 'Museveni–Kagame summit at Gatuna and Kabale, with Clare Short',
      venue: 'Gatuna, then Kabale, Uganda',
      format: 'formal',
      hosts: ['united-kingdom'],
      delegations: [
        { actorId: 'uganda', head: MUSEVENI },
        { actorId: 'rwanda', head: KAGAME },
      ],
    },
    [S.bbc020214, S.irin020215],
  ),
  ev(
    'TalksRoundConcluded',
    'round-kabale-2002-concluded',
    { occurredAt: '2002-02-14', recordedAt: rec('2002-02-15', '09:05') },
    {
      roundId: R.kabale2002,
      outcome: 'progress',
      summary:
        'A joint communiqué: the progress made has "led to a significant reduction in tension"; full, normal relations; each side to persuade the dissidents it shelters to go to a third country; a permanent bilateral commission and a mutual extradition treaty. Clare Short calls the talks warm and friendly.',
    },
    [S.bbc020214, S.irin020215],
  ),
  ev(
    'TalksRoundOpened',
    'round-addis-opened',
    { occurredAt: '2002-05-23', recordedAt: rec('2002-05-24', '09:00') },
    {
      roundId: R.addis,
      label: 'Museveni–Kagame meeting at the COMESA summit, Addis Ababa',
      venue: 'Economic Commission for Africa, Addis Ababa',
      format: 'informal',
    },
    [S.nv020524],
  ),
  ev(
    'TalksRoundConcluded',
    'round-addis-concluded',
    { occurredAt: '2002-05-23', recordedAt: rec('2002-05-24', '09:05') },
    {
      roundId: R.addis,
      outcome: 'progress',
      summary:
        'They agree to share security information on the Interahamwe and ex-FAR militia, to work with MONUC and the JMC on it, and on the need for an inclusive transitional government in the DR Congo.',
    },
    [S.nv020524],
  ),
  ev(
    'ActorRegistered',
    'actor-south-africa',
    { occurredAt: '2002-07-30', recordedAt: rec('2002-07-31', '09:00') },
    { actor: SOUTH_AFRICA, role: 'third-party' },
    [S.pretoria],
    { note: 'Facilitator of the Pretoria agreement between Rwanda and the DR Congo, as chair of the African Union.' },
  ),
  ev(
    'ThirdPartyEngagement',
    'tpe-pretoria',
    { occurredAt: '2002-07-30', recordedAt: rec('2002-07-31', '09:05') },
    {
      actorId: 'rwanda',
      counterparts: ['dr-congo', 'south-africa'],
      kind: 'meeting',
      summary:
        'Kagame and Joseph Kabila sign the Pretoria agreement: Rwanda withdraws its troops from the DR Congo as the DR Congo disarms and regroups the ex-FAR and Interahamwe.',
    },
    [S.pretoria],
  ),
  ev(
    'ActorRegistered',
    'actor-angola',
    { occurredAt: '2002-09-06', recordedAt: rec('2002-09-07', '09:00') },
    { actor: ANGOLA, role: 'third-party' },
    [S.wpLuanda],
    { note: 'President dos Santos witnesses the Luanda agreement between the DR Congo and Uganda.' },
  ),
  ev(
    'ThirdPartyEngagement',
    'tpe-luanda',
    { occurredAt: '2002-09-06', recordedAt: rec('2002-09-07', '09:05') },
    {
      actorId: 'uganda',
      counterparts: ['dr-congo', 'angola'],
      kind: 'meeting',
      summary:
        'Museveni and Joseph Kabila sign the Luanda agreement: Ugandan troops withdraw from the DR Congo and relations between the two are normalised.',
    },
    [S.wpLuanda],
  ),
  ev(
    'TalksRoundOpened',
    'round-london-2002-opened',
    { occurredAt: '2002-10-17', recordedAt: rec('2003-05-09', '09:00') },
    {
      roundId: R.london2002,
      label: 'Museveni–Kagame meeting at Lancaster House, hosted by Clare Short',
      venue: 'Lancaster House, London',
      format: 'formal',
      hosts: ['united-kingdom'],
    },
    [S.irin030508],
  ),
  ev(
    'TalksRoundConcluded',
    'round-london-2002-concluded',
    { occurredAt: '2002-10-17', recordedAt: rec('2003-05-09', '09:05') },
    {
      roundId: R.london2002,
      outcome: 'progress',
      summary:
        'On bilateral relations and regional security, both presidents condemn renewed fighting in the Congo and call on all parties to respect the ceasefire of the disengagement plan they had agreed earlier.',
    },
    [S.irin030508],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'rwanda-uganda-2000.jsonl',
  logEnd: '2003-06-01T00:00:00Z',
  events,
};

export default definition;
