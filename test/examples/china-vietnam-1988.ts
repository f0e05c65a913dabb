/**
 * A test fixture, not a shipped example: China and Vietnam in the Spratly
 * Islands in 1988, as an analyst following the news could have recorded them —
 * China's naval expedition to the archipelago (January 1988), the post it
 * built on Fiery Cross Reef and the reefs it occupied in February (Cuarteron,
 * Subi, Gaven, Hughes), the Vietnamese ships driven off, the skirmish at
 * Johnson South Reef (Gạc Ma / Chigua Jiao) on 14 March 1988 (64 Vietnamese
 * killed by Vietnam's later count, two transports sunk and a landing ship
 * burned), the nine Vietnamese taken prisoner, the rescue boats turned back,
 * each side's protests, Vietnam's note proposing a truce and talks (17 March),
 * China's warning of 5 April that Vietnam "must be responsible for all the
 * consequences", the reefs each side went on taking, and the build-up of both
 * navies into June. Escalation model v2 was never tuned on it: it is the case
 * the model is held to in china-vietnam-1988.spec.ts, against the calls an
 * analyst makes from DOMAIN.md §5b alone.
 *
 * Separate from china-vietnam-1979.ts (the 1979 war and the land border war
 * of the 1980s, which ends in January 1985): nothing of that case is recorded
 * again here. The negotiation recorded is the dispute over the Spratly
 * Islands between the two: parties China and Vietnam, no mediator. Third
 * party: the Soviet Union (Vietnam's ally, which did not take part; the
 * Christian Science Monitor reports a rift over it), registered; nothing of
 * its is recorded as the pair's.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source.
 *
 * Grading as in examples/README.md: B = an established outlet (the Los
 * Angeles Times, the Chicago Tribune, the Christian Science Monitor); C = an
 * encyclopedia or a copy on an archive or aggregator site (Wikipedia and its
 * old copies, GlobalSecurity.org, a history blog, a Chinese date site, the
 * faqs.org copy of a declassified CIA daily); 2 = several sources agree or
 * one established source reports it; 3 = one side's claim, or a date or count
 * the sources disagree on.
 *
 * Dates of sources: contemporary reports by their own date. Encyclopedias and
 * later summaries are given a lower bound from their own content: the day of
 * the development they are cited for, so that the analyst is taken to have
 * known it on its day from the press they summarise (as in the Thailand –
 * Laos 1987 fixture).
 *
 * Judgement calls, recorded as an analyst would:
 * - Places, one way each: every reef is its own place, written with its
 *   English, Vietnamese and Chinese names ("Johnson South Reef (Gạc Ma /
 *   Chigua Jiao)"). The fire of 14 March is recorded at Johnson South Reef
 *   alone: the contemporary reports (Los Angeles Times, 17 March) put it "on
 *   and near a reef"; Vietnamese accounts written later say HQ-505 was also
 *   shelled where it had beached at Collins Reef, which the sources read do
 *   not date or count apart, so it is kept in the description, not recorded
 *   as a second place. The clash is heavy by its toll, not by its places.
 * - The toll of 14 March: Vietnam first gave 3–4 killed and 74 missing (Los
 *   Angeles Times, 6 April: four killed, 24 injured, 74 missing); its later
 *   count, which Wikipedia and the Voice of America give, is 64 killed and 11
 *   wounded. Recorded as 64–78 killed (the later count to the first count's
 *   dead and missing), 11–24 injured, graded 3. The Chinese side: one member
 *   of the survey team wounded by China's account (6 killed and 18 wounded in
 *   Wikipedia's infobox, unsourced there): China's account of the same
 *   occurrence is recorded with its one wounded, and no toll of its own.
 * - Who fired first is disputed: each side's account is recorded (perpetrator
 *   as alleged), sharing one `occurrence` key. Not `scale: 'major'`: the
 *   sources call it a "skirmish", an "armed skirmish", a "brief clash" or a
 *   battle "over in minutes"; the Chicago Tribune's "the first major sea
 *   battle between the two" compares it with none before, and names no
 *   offensive or full-scale battle. Its toll already makes it heavy.
 * - The reefs taken without fire are `occupation` incidents by the party that
 *   took them, against the other (each claims the whole archipelago). Their
 *   dates are those of an old copy of the Wikipedia article on the battle
 *   (Fiery Cross 31 January, Cuarteron 18 February, Subi 23 February, Gaven
 *   26 February, Hughes 28 February), graded 3: GlobalSecurity and the CS
 *   Monitor give the count (six reefs taken by China by the end of April),
 *   not the days. Johnson South Reef: China's party went ashore on 13 March
 *   to set up an observation point (China's account, the Chinese date site
 *   and Koo Min Gyo's version): a landing to set up a post, recorded as an
 *   occupation from that day, as Fiery Cross is (first recorded as a show of
 *   force, corrected after the first run: see the spec); the clash of the
 *   14th was fought over the reef China then held. Vietnam's four reefs of January–February have no names or
 *   days in the sources read: one occupation, dated to February (month),
 *   graded 3. The two reefs Vietnam took after 14 March are China's claim
 *   (5 April), dated to it, approximate; the three more islets Vietnam
 *   "purportedly occupied" after May are dated to the Monitor's report of
 *   14 June, approximate; the reef China garrisoned in May has no name: May
 *   (month). No withdrawal from any of them was found in 1988.
 * - The Vietnamese ships driven off at Fiery Cross (31 January) and at
 *   Cuarteron (17 February) and the rescue boats turned back after the clash
 *   are `non-lethal-force` (no fire reported), China's by Vietnam's or a later
 *   scholar's account.
 * - The prisoners: China said on 5 April it was holding nine Vietnamese
 *   soldiers "rescued" after the fighting; later sources say they were held
 *   for three years (released in 1991, the piglix copy of Wikipedia: no day).
 *   A `detention` by China, dated to the clash and recorded when China
 *   announced it; no release in 1988.
 * - Vietnam's note of 17 March asks for negotiations and a truce: two
 *   demands (talks, procedural; no use of force pending talks, security). No
 *   dated source read gives China's answer to the note: the CIA's daily of 18
 *   March says Beijing "has not responded" and is "not likely to respond
 *   favorably"; China's statement of 5 April answers with its own demand
 *   (stop the "invasion and occupation") and a warning. So China's refusal of
 *   talks is NOT recorded as a position: no source read states it. The
 *   warning of 5 April is a threat (`military-threat`), not an ultimatum: no
 *   deadline, and the consequences are conditional on "new military
 *   provocations".
 * - Vietnam's notes of December 1987 are quoted only in a novel (Hawksley's
 *   "Dragon Strike"): not recorded. The land border is not recorded: the CIA's
 *   daily says Beijing had not significantly reinforced it after the clash,
 *   and no dated source read reports fire there in 1988.
 * - The end of the year: no dated development between the pair after the
 *   Monitor's report of 14 June was found in the sources read (the first
 *   public overture toward normalisation is Vietnam's of January 1989, per
 *   the Monitor in 1991): nothing after June is recorded.
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'china-vietnam-1988';
const { ev, at } = caseKit(NEGOTIATION_ID, 'test-analyst', 1988);

const CHINA: Actor = {
  id: 'china',
  name: 'China',
  kind: 'state',
  aliases: ['Beijing', 'Peking', "People's Republic of China", 'PRC'],
};
const VIETNAM: Actor = {
  id: 'vietnam',
  name: 'Vietnam',
  kind: 'state',
  aliases: ['Hanoi', 'Socialist Republic of Vietnam'],
};
const USSR: Actor = { id: 'soviet-union', name: 'Soviet Union', kind: 'state', aliases: ['USSR', 'Moscow'] };

const CHINA_FM: Person = { name: 'Ministry of Foreign Affairs of China', actorId: 'china' };
const LI_JINHUA: Person = { name: 'Li Jinhua', title: 'Spokeswoman, Chinese Foreign Ministry', actorId: 'china' };
const VIETNAM_GOV: Person = { name: 'Government of Vietnam', actorId: 'vietnam' };
const VOICE_OF_VIETNAM: Person = { name: 'Voice of Vietnam (state radio)', actorId: 'vietnam' };
const LE_MAI: Person = { name: 'Le Mai', title: 'Ambassador of Vietnam to Thailand', actorId: 'vietnam' };
const DINH_NHO_LIEM: Person = { name: 'Dinh Nho Liem', title: 'Vice Foreign Minister of Vietnam', actorId: 'vietnam' };
const TRAN_MAN_CONG: Person = {
  name: 'Gen. Tran Man Cong',
  title: "Editor of the All-People's Defense Review",
  actorId: 'vietnam',
};

/** The Wikipedia article on the skirmish, dated by the development it is cited for (see the header). */
const wp = (day: string) =>
  source(
    'Johnson South Reef skirmish',
    'Wikipedia',
    'https://en.wikipedia.org/wiki/Johnson_South_Reef_skirmish',
    day,
    'C',
    2,
  );
/** An old copy of the Wikipedia article ("Naval battle in Spratly 1988"), with the days of the reefs taken. */
const wpOld = (day: string) =>
  source(
    'Naval battle in Spratly 1988 (old Wikipedia copy)',
    'the-uncensored-wiki.com (Wikipedia copy)',
    'http://the-uncensored-wiki.com:20082/articles/n/a/v/Naval_battle_in_Spratly_1988_475a.html',
    day,
    'C',
    3,
  );
/** An old copy of the Wikipedia article with the ships' movements of January–March. */
const wpAcademic = (day: string) =>
  source(
    'Johnson South Reef Skirmish (old Wikipedia copy)',
    'enwiki.academic.ru (Wikipedia copy)',
    'https://enwiki.academic.ru/dic.nsf/enwiki/5158291',
    day,
    'C',
    3,
  );
/** GlobalSecurity.org's summary of the 1988 skirmish. */
const gs = (day: string) =>
  source(
    'Spratly Skirmish - 1988',
    'GlobalSecurity.org',
    'https://www.globalsecurity.org/military/world/war/spratly-1988.htm',
    day,
    'C',
    3,
  );
/** A history blog's summary of the two scholarly versions of the events (Cheng and Tien; Koo Min Gyo). */
const hb = (day: string) =>
  source(
    '1988 – Johnson South Reef Skirmish',
    'HistoryBytez',
    'https://historybytez.com/2016/03/14/1988-johnson-south-reef-skirmish/',
    day,
    'C',
    3,
  );

const S = {
  lat0317: source(
    'China, Hanoi Count Losses in Isles Clash',
    'Los Angeles Times',
    'https://www.latimes.com/archives/la-xpm-1988-03-17-mn-2014-story.html',
    '1988-03-17',
    'B',
    2,
  ),
  lat0318: source(
    'Hanoi Proposes Truce, Talks With China Over Disputed Islands',
    'Los Angeles Times',
    'https://www.latimes.com/archives/la-xpm-1988-03-18-mn-1694-story.html',
    '1988-03-18',
    'B',
    2,
  ),
  cia0318: source(
    'National Intelligence Daily (declassified; China – Vietnam: the Spratlys)',
    'Central Intelligence Agency (faqs.org copy)',
    'http://www.faqs.org/cia/docs/19/0000789475/NATIONAL-INTELLIGENCE-DAILY.html',
    '1988-03-18',
    'C',
    2,
  ),
  lat0406: source(
    'Vietnam Seen Preparing for War: China Warns Hanoi to Stop Invading Spratlys',
    'Los Angeles Times',
    'https://latimes.com/archives/la-xpm-1988-04-06-mn-510-story.html',
    '1988-04-06',
    'B',
    2,
  ),
  ct0508: source(
    "China's Resurgent Navy Makes Waves In Clash With Vietnam",
    'Chicago Tribune',
    'http://articles.chicagotribune.com/1988-05-08/news/8803150198_1_spratlys-chinese-warships-china-and-vietnam',
    '1988-05-08',
    'B',
    2,
  ),
  csm0614: source(
    'Conflict in Spratlys spurs rift between Hanoi and Moscow',
    'The Christian Science Monitor',
    'https://www.csmonitor.com/1988/0614/ospra.html',
    '1988-06-14',
    'B',
    2,
  ),
  history0314: source(
    'March 14, 1988 – Vietnamese armed ships intrude into the Spratly Islands waters',
    'history.04007.cn',
    'http://history.04007.cn/en.php/HisMain/2180.html',
    '1988-03-14',
    'C',
    3,
  ),
  voaNine: source(
    'Vietnam bans dissidents at remembrance of 88 Spratly Islands battle with China (Voice of America copy)',
    'bvcqvn.com (Voice of America copy)',
    'https://bvcqvn.com/post/vietnam-bans-dissidents-at-remembrance-of-88-spratly-islands-battle-with-china',
    '1988-04-06',
    'C',
    2,
  ),
};

/** Each reef one way (see the header). */
const P = {
  spratlys: 'Spratly Islands (Trường Sa / Nansha)',
  fieryCross: 'Fiery Cross Reef (Chữ Thập / Yongshu Jiao)',
  cuarteron: 'Cuarteron Reef (Châu Viên / Huayang Jiao)',
  subi: 'Subi Reef (Xu Bi / Zhubi Jiao)',
  gaven: 'Gaven Reef (Ga Ven / Nanxun Jiao)',
  hughes: 'Hughes Reef (Tư Nghĩa / Dongmen Jiao)',
  johnson: 'Johnson South Reef (Gạc Ma / Chigua Jiao)',
  collins: 'Collins Reef (Cô Lin / Guihan Jiao)',
  lansdowne: 'Lansdowne Reef (Len Đao / Qiong Jiao)',
};
const D = {
  talks: 'vietnam-negotiations-spratlys-1988-03',
  noForce: 'vietnam-truce-spratlys-1988-03',
  stopOccupying: 'china-stop-occupation-spratlys-1988-04',
};
const O = { clash: 'johnson-south-reef-clash-1988-03-14' };

const events = [
  // ===== January 1988: the Chinese expedition, Fiery Cross Reef =====
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '1988-01-21', recordedAt: at('01-22', '12:00') },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'China – Vietnam, the Spratly Islands and the Johnson South Reef skirmish, 1988',
      subject:
        'Sovereignty over the Spratly Islands (Trường Sa / Nansha), which both claim whole: the reefs China occupied from January 1988 after choosing Fiery Cross Reef for a UNESCO-commissioned observation post, the reefs Vietnam occupied in answer, the clash at Johnson South Reef on 14 March 1988, the prisoners China took, and the notes and warnings of both sides',
      parties: [CHINA, VIETNAM],
      mediators: [],
    },
    [wpAcademic('1988-01-21')],
  ),
  ev(
    'IncidentReported',
    'inc-yibin-arrives',
    { occurredAt: '1988-01-21', recordedAt: at('01-22', '12:05') },
    {
      incidentId: 'china-naval-expedition-spratlys-1988-01-21',
      kind: 'force-posture',
      perpetrator: 'china',
      against: 'vietnam',
      place: P.spratlys,
      description:
        'The Chinese frigate Yibin arrives in the Spratly Islands, the first of the People’s Liberation Army Navy ships sent to build and guard the observation post; Vietnamese forces are rushed into the area.',
    },
    [wpAcademic('1988-01-21')],
  ),
  ev(
    'IncidentReported',
    'inc-occupy-fiery-cross',
    { occurredAt: '1988-01-31', recordedAt: at('02-01', '12:00') },
    {
      incidentId: 'china-occupies-fiery-cross-1988-01-31',
      kind: 'occupation',
      perpetrator: 'china',
      against: 'vietnam',
      place: P.fieryCross,
      description:
        'Chinese forces land on Fiery Cross Reef, unoccupied until then, and begin building a permanent post (the observation post).',
    },
    [wpOld('1988-01-31'), gs('1988-01-31')],
  ),
  ev(
    'IncidentReported',
    'inc-fiery-cross-ships-driven-off',
    { occurredAt: '1988-01-31', recordedAt: at('02-01', '12:05') },
    {
      incidentId: 'china-drives-off-vietnamese-ships-fiery-cross-1988-01-31',
      kind: 'non-lethal-force',
      perpetrator: 'china',
      against: 'vietnam',
      place: P.fieryCross,
      target: 'Two Vietnamese armed cargo ships',
      description:
        'Two Vietnamese armed cargo ships approach Fiery Cross Reef with construction material to mark Vietnam’s claim; Chinese navy ships intercept them and force them away (Koo Min Gyo’s account).',
    },
    [hb('1988-01-31')],
  ),
  // ===== February 1988: the reefs taken =====
  ev(
    'StatementMade',
    'stmt-vietnam-protest-feb',
    { occurredAt: '1988-02', recordedAt: at('02-16', '12:00') },
    {
      speaker: VIETNAM_GOV,
      audience: 'china',
      tone: 'accusation',
      summary:
        'Vietnam again charges China with intruding into its territory in the Spratly archipelago and accuses it of violating its sovereignty by landing troops on two reefs; China ignores the protest.',
    },
    [gs('1988-02-01')],
  ),
  ev(
    'IncidentReported',
    'inc-vietnam-occupies-four',
    { occurredAt: '1988-02', recordedAt: at('02-16', '12:05') },
    {
      incidentId: 'vietnam-occupies-four-islands-1988-02',
      kind: 'occupation',
      perpetrator: 'vietnam',
      against: 'china',
      place: 'Four Spratly features, unnamed in the sources read',
      description:
        'To counter China’s post on Fiery Cross Reef, Vietnam occupies four more islands in the first two months of 1988 (names and days not given).',
    },
    [gs('1988-02-01')],
  ),
  ev(
    'IncidentReported',
    'inc-cuarteron-standoff',
    { occurredAt: '1988-02-17', recordedAt: at('02-19', '12:00') },
    {
      incidentId: 'cuarteron-landing-standoff-1988-02-17',
      kind: 'non-lethal-force',
      perpetrator: 'china',
      against: 'vietnam',
      place: P.cuarteron,
      target: 'A Vietnamese minesweeper and an armed freighter',
      description:
        'A group of Chinese ships (a destroyer, an escort and transports) and Vietnamese ships (a minesweeper and an armed freighter) both try to land troops on Cuarteron Reef; the out-gunned Vietnamese ships are forced to withdraw, with no fire reported.',
    },
    [hb('1988-02-17')],
  ),
  ev(
    'IncidentReported',
    'inc-occupy-cuarteron',
    { occurredAt: '1988-02-18', recordedAt: at('02-19', '12:05') },
    {
      incidentId: 'china-occupies-cuarteron-1988-02-18',
      kind: 'occupation',
      perpetrator: 'china',
      against: 'vietnam',
      place: P.cuarteron,
      description: 'Chinese forces occupy Cuarteron Reef.',
    },
    [wpOld('1988-02-18')],
  ),
  ev(
    'IncidentReported',
    'inc-frigates-reinforce',
    { occurredAt: '1988-02-22', recordedAt: at('02-23', '12:00') },
    {
      incidentId: 'china-frigates-reinforce-spratlys-1988-02-22',
      kind: 'force-posture',
      perpetrator: 'china',
      against: 'vietnam',
      place: P.spratlys,
      description:
        'The Chinese navy dispatches frigates (Nanchong, Xiangtan, Yingtan; on 22 February and 5 March) to reinforce its ships in the Spratlys.',
    },
    [wpAcademic('1988-02-22')],
  ),
  ev(
    'IncidentReported',
    'inc-occupy-subi',
    { occurredAt: '1988-02-23', recordedAt: at('02-24', '12:00') },
    {
      incidentId: 'china-occupies-subi-1988-02-23',
      kind: 'occupation',
      perpetrator: 'china',
      against: 'vietnam',
      place: P.subi,
      description: 'Chinese forces occupy Subi Reef.',
    },
    [wpOld('1988-02-23')],
  ),
  ev(
    'IncidentReported',
    'inc-occupy-gaven',
    { occurredAt: '1988-02-26', recordedAt: at('02-27', '12:00') },
    {
      incidentId: 'china-occupies-gaven-1988-02-26',
      kind: 'occupation',
      perpetrator: 'china',
      against: 'vietnam',
      place: P.gaven,
      description: 'Chinese forces occupy Gaven Reef.',
    },
    [wpOld('1988-02-26')],
  ),
  ev(
    'IncidentReported',
    'inc-occupy-hughes',
    { occurredAt: '1988-02-28', recordedAt: at('02-29', '12:00') },
    {
      incidentId: 'china-occupies-hughes-1988-02-28',
      kind: 'occupation',
      perpetrator: 'china',
      against: 'vietnam',
      place: P.hughes,
      description: 'Chinese forces occupy Hughes Reef, the fifth reef China holds in the Spratlys.',
    },
    [wpOld('1988-02-28')],
  ),
  // ===== March 1988: Johnson South Reef =====
  ev(
    'IncidentReported',
    'inc-vietnam-ships-sent',
    { occurredAt: '1988-03-11', recordedAt: at('03-12', '12:00') },
    {
      incidentId: 'vietnam-ships-to-union-banks-1988-03-11',
      kind: 'force-posture',
      perpetrator: 'vietnam',
      against: 'china',
      place: P.spratlys,
      description:
        'Vietnam dispatches its own forces from the Ba Son naval yards in Ho Chi Minh City: the transports HQ-604 and HQ-605 and the landing ship HQ-505, to hold Johnson South, Collins and Lansdowne reefs around its island of Sin Cowe.',
    },
    [wpAcademic('1988-03-11')],
  ),
  ev(
    'IncidentReported',
    'inc-china-lands-johnson-0313',
    { occurredAt: '1988-03-13', recordedAt: at('03-14', '12:00') },
    {
      incidentId: 'china-occupies-johnson-south-1988-03-13',
      kind: 'occupation',
      perpetrator: 'china',
      against: 'vietnam',
      place: P.johnson,
      description:
        'China: its navy ships visit reefs of the Union Banks, and a party goes ashore on Chigua (Johnson South) Reef to set up an observation point, while a Chinese frigate surveys the reef and sights three Vietnamese ships approaching. China holds the reef from then on, through the clash of the next day, and builds on it.',
    },
    [S.history0314, hb('1988-03-13')],
  ),
  ev(
    'IncidentReported',
    'inc-clash-vietnam-account',
    { occurredAt: '1988-03-14', recordedAt: at('03-15', '12:00') },
    {
      incidentId: 'johnson-south-reef-clash-1988-03-14-vn',
      kind: 'clash',
      perpetrator: 'china',
      allegedBy: 'vietnam',
      against: 'vietnam',
      place: P.johnson,
      fatalities: { min: 64, max: 78 },
      injured: { min: 11, max: 24 },
      description:
        'Chinese frigates open fire on Vietnamese troops landed on Johnson South Reef and on the ships that brought them: the transport HQ-604 is sunk, HQ-605 burns and sinks, the landing ship HQ-505, beached at Collins Reef, is set ablaze. Vietnam: the Chinese landed armed men on the reef and opened fire when told to leave. 64 Vietnamese killed by Vietnam’s later count (first given as 3–4 killed and 74 missing), 11–24 wounded.',
    },
    [graded(wp('1988-03-14'), 3), S.history0314],
    { occurrence: O.clash },
  ),
  ev(
    'IncidentReported',
    'inc-clash-china-account',
    { occurredAt: '1988-03-14', recordedAt: at('03-15', '12:05') },
    {
      incidentId: 'johnson-south-reef-clash-1988-03-14-cn',
      kind: 'clash',
      perpetrator: 'vietnam',
      allegedBy: 'china',
      against: 'china',
      place: P.johnson,
      injured: { min: 1, max: 1 },
      description:
        'China: a Chinese survey party setting up an observation post on Chigua Reef is confronted by 43 armed Vietnamese landed from three ships; told to leave, they open fire and wound a member of the party, and machine-gun fire from the Vietnamese ships follows; the Chinese ships return fire "in self-defence" (about 28 minutes).',
    },
    [S.history0314, gs('1988-03-14')],
    { occurrence: O.clash },
  ),
  ev(
    'IncidentReported',
    'inc-vietnam-holds-collins',
    { occurredAt: '1988-03-14', recordedAt: at('03-15', '12:15') },
    {
      incidentId: 'vietnam-holds-collins-1988-03-14',
      kind: 'occupation',
      perpetrator: 'vietnam',
      against: 'china',
      place: P.collins,
      description: 'Vietnam keeps the men it landed on Collins Reef (Cô Lin) and holds the reef.',
    },
    [wp('1988-03-14')],
  ),
  ev(
    'IncidentReported',
    'inc-vietnam-holds-lansdowne',
    { occurredAt: '1988-03-14', recordedAt: at('03-15', '12:20') },
    {
      incidentId: 'vietnam-holds-lansdowne-1988-03-14',
      kind: 'occupation',
      perpetrator: 'vietnam',
      against: 'china',
      place: P.lansdowne,
      description: 'Vietnam keeps the men it landed on Lansdowne Reef (Len Đao) and holds the reef.',
    },
    [wp('1988-03-14')],
  ),
  ev(
    'StatementMade',
    'stmt-china-note-0314',
    { occurredAt: '1988-03-14', recordedAt: at('03-15', '12:25') },
    {
      speaker: CHINA_FM,
      audience: 'vietnam',
      tone: 'accusation',
      summary:
        'The Chinese Foreign Ministry sends a note of protest to the Vietnamese Embassy: Vietnamese armed ships intruded into China’s Nansha waters and attacked Chinese vessels doing normal survey work, which were forced to defend themselves.',
    },
    [S.history0314],
  ),
  ev(
    'StatementMade',
    'stmt-li-jinhua-0316',
    { occurredAt: '1988-03-16', recordedAt: at('03-17', '12:00') },
    {
      speaker: LI_JINHUA,
      audience: 'vietnam',
      tone: 'accusation',
      summary:
        'At a press conference in Beijing the Foreign Ministry spokeswoman says Chinese personnel were wounded, without numbers, and blames Vietnam entirely.',
      quote: 'The armed conflict on March 14 was provoked entirely by the Vietnamese side',
    },
    [S.lat0317],
  ),
  ev(
    'IncidentReported',
    'inc-rescue-blocked',
    { occurredAt: '1988-03-16', recordedAt: at('03-17', '12:05') },
    {
      incidentId: 'china-blocks-vietnamese-rescue-1988-03-16',
      kind: 'non-lethal-force',
      perpetrator: 'china',
      allegedBy: 'vietnam',
      against: 'vietnam',
      place: P.johnson,
      target: 'Vietnamese lifeboats and a freighter under Red Cross flags',
      description:
        'Voice of Vietnam: Chinese warships obstruct the lifeboats flying Red Cross flags sent to rescue the crews of the burning freighters, still burning two days after the clash; a third freighter is turned back. China denies hindering the rescue.',
    },
    [graded(S.lat0317, 3)],
  ),
  ev(
    'StatementMade',
    'stmt-voice-of-vietnam-0316',
    { occurredAt: '1988-03-16', recordedAt: at('03-17', '12:10') },
    {
      speaker: VOICE_OF_VIETNAM,
      audience: 'china',
      tone: 'accusation',
      summary:
        'Vietnamese radio charges that Chinese warships are blocking the rescue of the crews of three burning freighters.',
      quote:
        'The Vietnamese side sent lifeboats flying Red Cross flags to rescue those freighters, but they were obstructed by Chinese warships',
    },
    [S.lat0317],
  ),
  ev(
    'DemandTabled',
    'dem-talks',
    { occurredAt: '1988-03-17', recordedAt: at('03-18', '12:00') },
    {
      demandId: D.talks,
      by: 'vietnam',
      addressedTo: ['china'],
      text: 'Negotiations to resolve the dispute over the Spratly (and Paracel) Islands, whose sovereignty Vietnam reasserts.',
      category: 'procedural',
    },
    [S.lat0318, S.cia0318],
    {
      note: 'A note handed by Vice Foreign Minister Dinh Nho Liem to the Chinese ambassador in Hanoi; no immediate Chinese response (Le Mai, Bangkok).',
    },
  ),
  ev(
    'DemandTabled',
    'dem-truce',
    { occurredAt: '1988-03-17', recordedAt: at('03-18', '12:05') },
    {
      demandId: D.noForce,
      by: 'vietnam',
      addressedTo: ['china'],
      text: 'A cease-fire in the Spratlys while the dispute is negotiated.',
      category: 'security',
    },
    [S.lat0318],
  ),
  ev(
    'StatementMade',
    'stmt-dinh-nho-liem-note',
    { occurredAt: '1988-03-17', recordedAt: at('03-18', '12:10') },
    {
      speaker: DINH_NHO_LIEM,
      audience: 'china',
      tone: 'conciliatory',
      summary:
        'The Vice Foreign Minister calls in the Chinese ambassador in Hanoi and hands him a note calling for a cease-fire and negotiations to resolve the long-standing dispute, reasserting Vietnamese sovereignty over the Spratly and Paracel archipelagos.',
    },
    [S.lat0318],
  ),
  ev(
    'StatementMade',
    'stmt-le-mai-peace',
    { occurredAt: '1988-03-17', recordedAt: at('03-18', '12:15') },
    {
      speaker: LE_MAI,
      audience: 'china',
      tone: 'conciliatory',
      summary:
        'Vietnam’s ambassador in Bangkok presents the proposal to the press; he cannot confirm the sinking or the casualties, but says some sailors were wounded.',
      quote: 'What I am bringing you today is not a message of war, but a message of peace',
    },
    [S.lat0318],
  ),
  ev(
    'IncidentReported',
    'inc-china-warships-nine',
    { occurredAt: '1988-03-17', precision: 'approximate', recordedAt: at('03-18', '12:20') },
    {
      incidentId: 'china-warships-spratlys-increase-1988-03',
      kind: 'force-posture',
      perpetrator: 'china',
      against: 'vietnam',
      place: P.spratlys,
      description:
        'Since the shooting on Monday China has increased its warships in the Spratlys from six to as many as nine (a destroyer and up to eight frigates); Beijing has not significantly reinforced the land border.',
    },
    [S.cia0318],
  ),
  ev(
    'StatementMade',
    'stmt-vietnam-rescue-agreed',
    { occurredAt: '1988-03-17', precision: 'approximate', recordedAt: at('03-18', '12:25') },
    {
      speaker: VIETNAM_GOV,
      audience: 'china',
      tone: 'neutral',
      summary:
        'Vietnamese officials say the Chinese have agreed not to obstruct the efforts to rescue sailors from the three ships attacked on Monday.',
    },
    [graded(S.cia0318, 3)],
  ),
  // ===== April 1988: China's warning, the prisoners =====
  ev(
    'IncidentReported',
    'inc-detention-nine',
    { occurredAt: '1988-03-14', recordedAt: at('04-06', '12:00') },
    {
      incidentId: 'china-holds-nine-vietnamese-1988-03-14',
      kind: 'detention',
      perpetrator: 'china',
      against: 'vietnam',
      place: P.johnson,
      target: 'Nine Vietnamese soldiers (engineering troops) taken from the reef after the clash',
      description:
        'China announces on 5 April that it is holding nine Vietnamese soldiers "rescued" after the fighting of 14 March; they are held in China (later sources: for three years, released in 1991).',
    },
    [S.lat0406, S.voaNine],
  ),
  ev(
    'StatementMade',
    'stmt-china-fm-0405',
    { occurredAt: '1988-04-05', recordedAt: at('04-06', '12:05') },
    {
      speaker: CHINA_FM,
      audience: 'vietnam',
      tone: 'military-threat',
      summary:
        'The Chinese Foreign Ministry accuses Vietnam of preparing for war in the Spratlys (more ships, installations on reefs, aircraft, the air force reinforced in the south), says it must stop its "invasion and occupation" at once, and warns of the consequences of new provocations; it accuses Vietnam of flying Red Cross flags on naval vessels.',
      quote:
        'Should the Vietnamese authorities act willfully and dare to make new military provocations, they must be responsible for all the consequences',
    },
    [S.lat0406],
  ),
  ev(
    'DemandTabled',
    'dem-stop-occupying',
    { occurredAt: '1988-04-05', recordedAt: at('04-06', '12:10') },
    {
      demandId: D.stopOccupying,
      by: 'china',
      addressedTo: ['vietnam'],
      text: 'Stop immediately the "invasion and occupation" of the Nansha (Spratly) islands and atolls China claims.',
      category: 'territorial',
    },
    [S.lat0406],
  ),
  ev(
    'IncidentReported',
    'inc-vietnam-two-more-reefs',
    { occurredAt: '1988-04-05', precision: 'approximate', recordedAt: at('04-06', '12:15') },
    {
      incidentId: 'vietnam-occupies-two-more-reefs-1988-03-04',
      kind: 'occupation',
      perpetrator: 'vietnam',
      allegedBy: 'china',
      against: 'china',
      place: 'Two Spratly reefs, unnamed in the sources read',
      description:
        'China: since mid-March Vietnam "has continued to seize and occupy Chinese islands and atolls under the pretext of undertaking rescue operations", has invaded two more reefs and built military installations on some.',
    },
    [graded(S.lat0406, 3)],
  ),
  ev(
    'IncidentReported',
    'inc-vietnam-buildup-april',
    { occurredAt: '1988-04-05', precision: 'approximate', recordedAt: at('04-06', '12:20') },
    {
      incidentId: 'vietnam-naval-buildup-spratlys-1988-04',
      kind: 'force-posture',
      perpetrator: 'vietnam',
      allegedBy: 'china',
      against: 'china',
      place: P.spratlys,
      description:
        'China: Vietnam has raised its vessels in the area from a dozen or so before the clash, sends aircraft to intensify reconnaissance and reinforces its air force in southern Vietnam.',
    },
    [graded(S.lat0406, 3)],
  ),
  ev(
    'StatementMade',
    'stmt-vietnam-ready-battle',
    { occurredAt: '1988-04-05', precision: 'approximate', recordedAt: at('04-06', '12:25') },
    {
      speaker: VIETNAM_GOV,
      audience: 'china',
      tone: 'warning',
      summary:
        'By China’s account, the Vietnamese authorities say they are fully prepared to take up battle at any time in the Spratlys (no Vietnamese source read for the words).',
      quote: 'fully prepared to take up battle at any time',
    },
    [graded(S.lat0406, 3)],
  ),
  ev(
    'StatementMade',
    'stmt-vietnam-toll-april',
    { occurredAt: '1988-04-05', precision: 'approximate', recordedAt: at('04-06', '12:30') },
    {
      speaker: VIETNAM_GOV,
      audience: 'china',
      tone: 'accusation',
      summary:
        'Vietnam says four of its sailors were killed, 24 injured and 74 listed as missing after three of its ships were sunk, holds that China fired first, and accuses China of hindering the rescue (China denies it).',
    },
    [S.lat0406],
  ),
  // ===== May – June 1988: both navies build up =====
  ev(
    'IncidentReported',
    'inc-china-garrisons-may',
    { occurredAt: '1988-05', recordedAt: at('06-15', '12:00') },
    {
      incidentId: 'china-garrisons-seventh-reef-1988-05',
      kind: 'occupation',
      perpetrator: 'china',
      against: 'vietnam',
      place: 'A seventh Spratly reef, unnamed in the sources read',
      description: 'After the six reefs China seized by the end of April, another one is garrisoned in May.',
    },
    [gs('1988-05-31')],
  ),
  ev(
    'IncidentReported',
    'inc-navies-may',
    { occurredAt: '1988-05', recordedAt: at('06-15', '12:05') },
    {
      incidentId: 'china-navy-spratlys-buildup-1988-05',
      kind: 'force-posture',
      perpetrator: 'china',
      against: 'vietnam',
      place: P.spratlys,
      description:
        'Both sides have built up naval forces in the disputed area (Jane’s Defence Weekly, May): China may have up to 20 warships there, Vietnam as many as 30; the PLA Daily says Chinese sailors are training in the islands.',
    },
    [S.csm0614, S.ct0508],
  ),
  ev(
    'IncidentReported',
    'inc-vietnam-three-islets',
    { occurredAt: '1988-06-14', precision: 'approximate', recordedAt: at('06-15', '12:10') },
    {
      incidentId: 'vietnam-occupies-three-islets-1988',
      kind: 'occupation',
      perpetrator: 'vietnam',
      against: 'china',
      place: 'Three Spratly islets, unnamed in the sources read',
      description:
        'Vietnam purportedly occupies three more islets; Peking says Vietnam has taken 20 islands or reefs in all.',
    },
    [gs('1988-06-14'), graded(S.csm0614, 3)],
  ),
  ev(
    'StatementMade',
    'stmt-tran-man-cong',
    { occurredAt: '1988-06-14', precision: 'approximate', recordedAt: at('06-15', '12:15') },
    {
      speaker: TRAN_MAN_CONG,
      audience: 'china',
      tone: 'warning',
      summary:
        'A Vietnamese general says the Chinese chose to attack an island where Vietnam had just put troops, and that the Spratlys are now another "hotbed" for Vietnam besides the Chinese border and Cambodia.',
      quote: 'Perhaps it could be a war front.',
    },
    [S.csm0614],
  ),
  ev(
    'ActorRegistered',
    'actor-ussr',
    { occurredAt: '1988-06-14', precision: 'approximate', recordedAt: at('06-15', '12:20') },
    { actor: USSR, role: 'third-party' },
    [graded(S.csm0614, 3)],
    {
      note: 'Vietnam’s ally; it did not intervene, and the CS Monitor reports a rift between Hanoi and Moscow over it.',
    },
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'china-vietnam-1988.jsonl',
  logEnd: '1988-12-31T00:00:00Z',
  events,
};

export default definition;
