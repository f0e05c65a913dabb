/**
 * A test fixture, not a shipped example: Japan and China from the collision of
 * the Chinese trawler Minjinyu 5179 with two Japan Coast Guard patrol boats off
 * Kuba Island in the Senkaku (Diaoyu) Islands (7 September 2010) and the
 * arrest of its captain Zhan Qixiong (8 September) to the Kan – Hu meeting in
 * Yokohama (13 November 2010) — China's summonses of Ambassador Uichiro Niwa
 * (7, 8 and 10 September, and at midnight on 12 September by State Councillor
 * Dai Bingguo; a fifth on 19 September), the postponement of the East China Sea
 * treaty talks (10 September), the crew's return while the captain was held
 * (13 September), the ten-day extension and China's suspension of ministerial
 * and provincial contacts (19 September), the detention of four employees of
 * Fujita Corp. in Hebei (20 September), Wen Jiabao's threat of "further
 * actions" (21 September), the reported halt of rare-earth exports (from 21
 * September), the captain's release (24–25 September), China's demand for an
 * apology and compensation and Japan's rejection and counter-demand, the
 * Chinese fishery patrol ships off the islands (27 September), the releases of
 * the Fujita employees (30 September, 9 October), the Kan – Wen conversation in
 * Brussels (4 October), the protests in both countries (16 October), the
 * meeting China called off in Hanoi (29 October), China's answer to the leaked
 * video of the collision (November), the Yokohama meeting, and the exchange
 * over Japan's new defence guidelines (17 December).
 * Escalation model v2 was never tuned on it: it is the case the model is held
 * to in japan-china-2010.spec.ts, against calls written from DOMAIN.md §5b
 * alone. The 2012 crisis over the islands' purchase is another case
 * (china-japan-2012.ts); nothing of it is recorded here.
 *
 * What it tests: a collision at sea between a civilian trawler and coast-guard
 * boats (force short of armed action); a detention of one party's nationals by
 * the other and a counter-detention; summonses, suspended contacts and talks, a
 * reported trade halt; threats of further action that name no force; and the
 * level after both releases, with no agreement between the pair.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the shared builder
 * (examples/case-builder.ts).
 *
 * Grading as in examples/README.md: B = established outlet, national news
 * agency or wire copy (AP, AFP, Reuters, Kyodo through The Japan Times, BBC,
 * the Washington Post, SCMP, Bloomberg, RFA, China Daily and Shanghai Daily for
 * China's own statements, Japan's Foreign Ministry for its own account of a
 * meeting); C = smaller outlet, aggregator, mirror of a wire story or wiki
 * (Wikipedia, Zee News, SGGP, gaeatimes, Lincoln Daily News, OANA, the Japan
 * Times archive mirror); 2 = on-record statement or act several outlets agree
 * on; 3 = one side's claim, unnamed sources or an interpretation.
 *
 * Judgement calls, recorded as an analyst would:
 * - The pair is Japan and China. The United States is a third party
 *   (registered for its welcome of the captain's release); Taiwan, which also
 *   claims the islands, does not appear. Fujita Corp. is not an actor.
 * - The collision (7 September, 10:15–11:00 JST: the trawler's bow hit the
 *   Yonakuni's stern, then the Mizuki, by the Japan Coast Guard's account; no
 *   one was hurt) is recorded as `non-lethal-force` by China against Japan,
 *   alleged by Japan, at "off Kuba Island, Senkaku Islands" — the catalogue's
 *   own example of ramming. It is NOT armed action: no weapon was fired, and
 *   the trawler was a civilian fishing boat, not China's forces. It is
 *   attributed to China as the Chinese-flagged craft Japan held responsible and
 *   whose captain Beijing defended throughout (China said the Japanese boats'
 *   "illegal interception" caused it); the description says so.
 * - The captain and the fourteen crew held at Ishigaki are Japan's `detention`
 *   of China's people (a crew seized by the other's coast guard), one act on 7–8
 *   September at "Ishigaki, Okinawa", ended by Japan's `release` of the captain
 *   (25 September, 00:30 JST: the day the sources give) at the same place. A
 *   release ends the holder's detention at that place, all held there: the
 *   crew's return with the trawler on 13 September, while the captain stayed
 *   held, is therefore recorded as Japan's statement (conciliatory), not as a
 *   `release`, and the detention lasts until the captain is freed.
 * - The four Fujita employees detained near Shijiazhuang on 20 September are
 *   recorded as China's `detention` of Japan's people: the sources read them as
 *   held in retaliation for the captain (AP: "seen in Japan as retaliation";
 *   the Washington Post: experts in Beijing and Tokyo "widely viewed" it so;
 *   Kyodo: "some observers suspect … retaliation"; a Beijing researcher to the
 *   Post: their staged release mirrored the trawler's). China gave its law on
 *   military zones as the reason and Japan's government publicly denied a link
 *   (Sengoku); both are in the description, and the detention is graded 3 on
 *   the leverage reading. As with the crew, the release of three (30
 *   September) is China's statement and the detention ends with Sadamu
 *   Takahashi's release on bail (9 October), recorded at the same place.
 * - The summonses are China's critical statements (the midnight summons by Dai
 *   Bingguo and Wang Guangya's of 19 September with "Japan shall bear all the
 *   consequences" are `warning`/`threat`). The threats of "strong
 *   countermeasures" (Ma Zhaoxu, 19 September) and of "further actions" (Wen
 *   Jiabao, 21 September) are `threat`, not `military-threat` and not
 *   ultimatums: they name no force and set no deadline (as "grave consequences"
 *   in china-canada-2018.ts).
 * - China's postponement of the East China Sea treaty talks (announced 10–11
 *   September) is `TalksSuspended` by China, `temporary` (postponed, by
 *   China's account); they did not resume in 2010 (China denied in Hanoi that
 *   it had agreed to resume them). The suspension of ministerial and
 *   provincial contacts and of the aviation and coal talks (19 September) is
 *   China's statement with CAMEO 161 (reduce relations).
 * - The rare-earth halt (from 21 September) rests on Japanese trading-house
 *   officials (AP) and the New York Times' unnamed sources, denied by China's
 *   commerce ministry: China's critical act with CAMEO 163, graded 3.
 * - The two fishery patrol ships near the islands (27 September, Sengoku: Japan
 *   asked four times that they be withdrawn; they did not enter the
 *   territorial waters) are China's `force-posture` against Japan, alleged by
 *   Japan, at "Senkaku Islands".
 * - The Brussels conversation (4 October, 25 minutes after a working dinner)
 *   and the Yokohama meeting (13 November, 22–23 minutes) are conciliatory
 *   statements of both leaders, one occurrence each, not talks rounds: no
 *   negotiation was held, and no agreement was signed (they agreed to "once
 *   again" promote the mutually beneficial relationship). The Hanoi meeting
 *   China called off (29 October) is Hu Zhengyue's accusation; the ten-minute
 *   conversation of 30 October is conciliatory.
 * - The protests (anti-Japanese marches in Chengdu, Xi'an and Zhengzhou and a
 *   rally of some 3,000 near China's embassy in Tokyo, 16 October) are not acts
 *   of either government; they are in the description of China's statement on
 *   them and no event is recorded for them alone.
 * - The leak of the coast guard's video (4–5 November) was a Japanese officer's
 *   act against his government's wish, not Japan's: it is in the description
 *   of China's answer to it (dated approximately, from a blog relaying the
 *   on-record statement, graded D2). Japan's new defence guidelines naming
 *   China's build-up a concern (17 December) are Japan's critical statement.
 * - Left out for want of a dated source read in time: the summons of China's
 *   ambassador by Japan, the two Japanese survey ships "engaged" by Chinese
 *   ships (11 September), Clinton's remark that the islands fall under the
 *   US–Japan treaty (the sources date it only as "recent"), the rare-earth
 *   shipments' resumption, and December's other developments.
 */
import type { Actor, NegotiationEvent, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, retrospectiveClock, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'japan-china-2010';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 2010);
const when = retrospectiveClock('2026-12-07T02:00:00Z');

const JAPAN: Actor = { id: 'japan', name: 'Japan', kind: 'state', aliases: ['Tokyo'] };
const CHINA: Actor = {
  id: 'china',
  name: "People's Republic of China",
  kind: 'state',
  aliases: ['China', 'Beijing', 'PRC'],
};
const USA: Actor = {
  id: 'united-states',
  name: 'United States of America',
  kind: 'state',
  aliases: ['US', 'United States', 'Washington'],
};

const JCG: Person = { name: 'Japan Coast Guard', actorId: 'japan' };
const SENGOKU: Person = { name: 'Yoshito Sengoku', title: 'Chief Cabinet Secretary', actorId: 'japan' };
const KAN: Person = { name: 'Naoto Kan', title: 'Prime Minister of Japan', actorId: 'japan' };
const JP_MOFA: Person = { name: 'Ministry of Foreign Affairs of Japan', actorId: 'japan' };
const NAHA: Person = { name: 'Naha District Public Prosecutors Office', actorId: 'japan' };
const MAEHARA: Person = { name: 'Seiji Maehara', title: 'Minister for Foreign Affairs', actorId: 'japan' };
const CN_MFA: Person = { name: 'Ministry of Foreign Affairs of China', actorId: 'china' };
const SONG_TAO: Person = { name: 'Song Tao', title: 'Vice Foreign Minister of China', actorId: 'china' };
const HU_ZHENGYUE: Person = { name: 'Hu Zhengyue', title: 'Assistant Foreign Minister of China', actorId: 'china' };
const YANG: Person = { name: 'Yang Jiechi', title: 'Foreign Minister of China', actorId: 'china' };
const DAI: Person = { name: 'Dai Bingguo', title: 'State Councillor', actorId: 'china' };
const JIANG_YU: Person = { name: 'Jiang Yu', title: 'Foreign Ministry spokeswoman', actorId: 'china' };
const HONG_LEI: Person = { name: 'Hong Lei', title: 'Foreign Ministry spokesman', actorId: 'china' };
const JP_CABINET: Person = { name: 'Cabinet of Japan', actorId: 'japan' };
const MA_ZHAOXU: Person = { name: 'Ma Zhaoxu', title: 'Foreign Ministry spokesman', actorId: 'china' };
const WANG_GUANGYA: Person = { name: 'Wang Guangya', title: 'Vice Foreign Minister of China', actorId: 'china' };
const WEN: Person = { name: 'Wen Jiabao', title: 'Premier of China', actorId: 'china' };
const HU_JINTAO: Person = { name: 'Hu Jintao', title: 'President of China', actorId: 'china' };
const CN_EXPORTERS: Person = { name: 'Chinese rare-earth exporters and customs', actorId: 'china' };
const SHIJIAZHUANG: Person = { name: 'State security authorities of Shijiazhuang', actorId: 'china' };
const CROWLEY: Person = { name: 'Philip J. Crowley', title: 'State Department spokesman', actorId: 'united-states' };

const S = {
  wiki: source(
    '2010 Senkaku boat collision incident',
    'Wikipedia',
    'https://en.wikipedia.org/wiki/2010_Senkaku_boat_collision_incident',
    '2010-09-08',
    'C',
    2,
  ),
  cdSep8: source(
    'China lodges strong protest over Japan detention of Chinese fishing boat',
    'China Daily',
    'https://global.chinadaily.com.cn/imqq/china/2010-09/08/content_11276173.htm',
    '2010-09-08',
    'B',
    2,
  ),
  apSep8: source(
    'China calls in Japanese ambassador over boat collision off disputed islands in East China Sea (AP)',
    'Fox News',
    'https://www.foxnews.com/world/china-calls-in-japanese-ambassador-over-boat-collision-off-disputed-islands-in-east-china-sea',
    '2010-09-08',
    'B',
    2,
  ),
  cdSep11: source(
    'China intensifies protest over Diaoyu incident',
    'China Daily',
    'http://global.chinadaily.com.cn/china/2010-09/11/content_11288223.htm',
    '2010-09-11',
    'B',
    2,
  ),
  afpSep12: source(
    'China summons Japan envoy again as boat row intensifies (AFP)',
    'Zee News',
    'http://zeenews.india.com/news/world/china-summons-japan-envoy-again-as-boat-row-intensifies_654482.html',
    '2010-09-12',
    'C',
    2,
  ),
  scmpSep13: source(
    'Diplomat hauled in again over seized boat',
    'South China Morning Post',
    'http://www.scmp.com/article/724638/diplomat-hauled-again-over-seized-boat',
    '2010-09-13',
    'B',
    2,
  ),
  nationalSep13: source(
    'Japan frees China boat crew, but not captain',
    'The National',
    'https://www.thenational.ae/world/asia/japan-frees-china-boat-crew-but-not-captain-1.498935',
    '2010-09-13',
    'B',
    2,
  ),
  apSep19: source(
    'China suspends ministerial-level contacts with Japan, which extends detention of boat captain (AP)',
    'gaeatimes.com',
    'https://calamities.gaeatimes.com/2010/09/19/china-suspends-ministerial-level-contacts-with-japan-which-extends-detention-of-boat-captain-48675/',
    '2010-09-19',
    'C',
    2,
  ),
  afpSep19: source(
    'China suspends senior bilateral exchanges with Japan (AFP)',
    'SGGP',
    'https://www.sggpnews.org.vn/international/china-suspends-senior-bilateral-exchanges-with-japan-11408.html',
    '2010-09-19',
    'C',
    2,
  ),
  rnzSep20: source(
    'China suspends top-level ties with Japan',
    'RNZ',
    'https://www.rnz.co.nz/news/world/57311/china-suspends-top-level-ties-with-japan',
    '2010-09-20',
    'B',
    2,
  ),
  shineSep22: source(
    "Wen demands Chinese captain's immediate, unconditional release",
    'Shanghai Daily',
    'https://archive.shine.cn/nation/Wen-demands-Chinese-captains-immediate-unconditional-release/shdaily.shtml',
    '2010-09-22',
    'B',
    2,
  ),
  apSep22: source(
    'China premier threatens Japan over boat dispute (AP)',
    'The Washington Times',
    'https://www.washingtontimes.com/news/2010/sep/22/china-premier-threatens-japan-over-boat-dispute/',
    '2010-09-22',
    'B',
    2,
  ),
  afpSep23: source(
    'China denies blocking rare earth exports to Japan (AFP)',
    'Nanyang Post',
    'http://www.nanyangpost.net/2010/09/china-denies-blocking-rare-earth.html',
    '2010-09-23',
    'C',
    2,
  ),
  apSep24Rare: source(
    'China halts rare earth exports to Japan amid tensions over territorial dispute, traders say (AP)',
    'gaeatimes.com',
    'https://calamities.gaeatimes.com/2010/09/24/china-halts-rare-earth-exports-to-japan-amid-ensions-over-territorial-dispute-traders-say-49918/',
    '2010-09-24',
    'C',
    3,
  ),
  wapoSep24: source(
    'Japan to release Chinese boat captain',
    'The Washington Post',
    'http://www.washingtonpost.com/wp-dyn/content/article/2010/09/24/AR2010092401149.html',
    '2010-09-24',
    'B',
    2,
  ),
  wapoSep25: source(
    'Chinese boat captain is released',
    'The Washington Post',
    'http://www.washingtonpost.com/wp-dyn/content/article/2010/09/24/AR2010092405966.html',
    '2010-09-25',
    'B',
    2,
  ),
  apSep25: source(
    'Japan releases Chinese boat captain amid dispute (AP)',
    'The San Diego Union-Tribune',
    'http://www.sandiegouniontribune.com/sdut-japan-releases-chinese-boat-captain-amid-dispute-2010sep24-story.html',
    '2010-09-25',
    'B',
    2,
  ),
  apSep25Reject: source(
    "Japan rejects China's demand for apology, compensation over arrest of boat captain (AP)",
    'Fox News',
    'https://www.foxnews.com/world/japan-rejects-chinas-demand-for-apology-compensation-over-arrest-of-boat-captain',
    '2010-09-25',
    'B',
    2,
  ),
  jtSep25: source(
    'Four Fujita employees held in Hebei Province',
    'The Japan Times',
    'https://www.japantimes.co.jp/news/2010/09/25/national/four-fujita-employees-held-in-hebei-province/',
    '2010-09-25',
    'B',
    2,
  ),
  apSep27: source(
    'Japan asks China to pay for damage to patrol boats hit by Chinese trawler as tensions simmer (AP)',
    'gaeatimes.com',
    'https://breakingnews.gaeatimes.com/2010/09/27/japan-asks-china-to-pay-for-damage-to-patrol-boats-hit-by-chinese-trawler-as-tensions-simmer-54144/',
    '2010-09-27',
    'C',
    2,
  ),
  bloombergSep27: source(
    'Japan Demands China Repair Damaged Coast Guard Boats',
    'Bloomberg',
    'http://www.bloomberg.com/news/articles/2010-09-27/japan-counters-china-with-compensation-demand-for-coast-guard-ship-damages',
    '2010-09-27',
    'B',
    2,
  ),
  afpSep27: source(
    'Japan demands China pull back boats from disputed islands (AFP)',
    'Deccan Herald',
    'https://www.deccanherald.com/content/100136/japan-demands-china-pull-back.html',
    '2010-09-27',
    'C',
    2,
  ),
  jtSep28: source(
    'Swift detainee action urged (Kyodo)',
    'The Japan Times',
    'https://www.japantimes.co.jp/news/2010/09/28/national/swift-detainee-action-urged/',
    '2010-09-28',
    'B',
    2,
  ),
  wapoSep30: source(
    'China releases three Japanese citizens',
    'The Washington Post',
    'http://www.washingtonpost.com/wp-dyn/content/article/2010/09/30/AR2010093002350_pf.html',
    '2010-09-30',
    'B',
    2,
  ),
  jtOct2: source(
    'Three Fujita workers back on home ground',
    'The Japan Times',
    'https://www.japantimes.co.jp/news/2010/10/02/national/three-fujita-workers-back-on-home-ground/',
    '2010-10-02',
    'B',
    2,
  ),
  mofaOct5: source(
    'Conversation between Prime Minister Kan and Premier Wen Jiabao',
    'Ministry of Foreign Affairs of Japan',
    'https://www.mofa.go.jp/region/asia-paci/china/summit_conv1010.html',
    '2010-10-05',
    'B',
    2,
  ),
  jtOct6: source(
    'Kan, Wen hold brief talks seeking thaw (Kyodo)',
    'The Japan Times',
    'https://www.japantimes.co.jp/news/2010/10/06/national/kan-wen-hold-brief-talks-seeking-thaw/',
    '2010-10-06',
    'B',
    2,
  ),
  reutersOct9: source(
    'China releases Japanese man on bail as ties ease',
    'Reuters',
    'https://www.reuters.com/article/us-japan-china-detainee/china-releases-japanese-man-on-bail-as-ties-ease-idUSTRE6980OY20101009',
    '2010-10-09',
    'B',
    2,
  ),
  apOct9: source(
    'China says Japanese suspected of filming is freed (AP)',
    'Lincoln Daily News',
    'http://archives.lincolndailynews.com/2010/Oct/09/News/news100010_r.shtml',
    '2010-10-09',
    'C',
    2,
  ),
  kyodoOct10: source(
    'China frees last of 4 detained Japanese (Kyodo)',
    'OANA',
    'https://www.oananews.org/node/145456',
    '2010-10-10',
    'C',
    2,
  ),
  cdOct16: source(
    'Chinese protest against Japan over Diaoyu Islands issue',
    'China Daily',
    'https://global.chinadaily.com.cn/china/2010-10/16/content_11419189.htm',
    '2010-10-16',
    'B',
    2,
  ),
  rfaOct17: source(
    'Thousands Protest',
    'Radio Free Asia',
    'https://tengview.rfaweb.org/english/news/china/antijapan-demonstrations-10172010175748.html',
    '2010-10-17',
    'B',
    2,
  ),
  jtOct30: source(
    'China: Wen will not meet Kan in Hanoi (archived copy)',
    'The Japan Times',
    'http://archive.wikiwix.com/cache/index2.php?url=http%3A%2F%2Fsearch.japantimes.co.jp%2Fcgi-bin%2Fnn20101030a1.html',
    '2010-10-30',
    'C',
    2,
  ),
  independentOct30: source(
    'Premier cancels Japan meeting',
    'The Independent',
    'https://www.the-independent.com/news/world/asia/premier-cancels-japan-meeting-2120526.html',
    '2010-10-30',
    'B',
    2,
  ),
  mofaOct30: source(
    'Conversation between Prime Minister Kan and Premier Wen Jiabao (Overview)',
    'Ministry of Foreign Affairs of Japan',
    'https://www.mofa.go.jp/region/asia-paci/china/eas_conv1010.html',
    '2010-10-30',
    'B',
    2,
  ),
  hinduNov12: source(
    'Hu arrives in Japan, first visit since the spat (AP)',
    'The Hindu',
    'http://www.thehindu.com/news/international/hu-arrives-in-japan-first-visit-since-the-spat/article882178.ece',
    '2010-11-12',
    'B',
    2,
  ),
  staticChaosNov11: source(
    'Google Got Flak Over Leaked Diaoyu/Senkaku Sino-Japanese Boat Clash Videos',
    'Static Chaos (blog)',
    'http://static-chaos.blogspot.com/2010/11/google-got-flack-over-leaked.html',
    '2010-11-11',
    'D',
    2,
  ),
  mofaNov13: source(
    'Overview of Japan-China Summit Meeting',
    'Ministry of Foreign Affairs of Japan',
    'https://www.mofa.go.jp/region/asia-paci/china/apec2010_sm.html',
    '2010-11-13',
    'B',
    2,
  ),
  cdNov13: source(
    'President Hu, Japanese PM hold talks in Yokohama',
    'China Daily',
    'https://global.chinadaily.com.cn/china/2010-11/13/content_11545750.htm',
    '2010-11-13',
    'B',
    2,
  ),
  upiDec20: source(
    "China slams Japan's 'irresponsible' policy (UPI)",
    'SpaceWar',
    'https://www.spacewar.com/reports/China_slams_Japans_irresponsible_policy_999.html',
    '2010-12-20',
    'C',
    2,
  ),
  xinhuaDec17: source(
    "China responds to Japan's new defense guidelines, says it poses no threat to anybody (Xinhua copy)",
    'Defence.pk',
    'https://defence.pk/threads/china-responds-to-japans-new-defense-guidelines-says-it-poses-no-threat-to-anybody.85094',
    '2010-12-17',
    'C',
    2,
  ),
};

const INC = {
  collision: 'collision-2010-09-07',
  crewHeld: 'trawler-crew-detained-2010-09-07',
  captainOut: 'captain-released-2010-09-25',
  fujitaHeld: 'fujita-detained-2010-09-20',
  fujitaOut: 'fujita-released-2010-10-09',
  patrolShips: 'fishery-patrol-ships-2010-09-27',
} as const;
const D = {
  release: 'release-captain-and-crew',
  apology: 'apology-and-compensation',
  repair: 'repair-of-patrol-boats',
  fujita: 'release-fujita-employees',
  withdraw: 'withdraw-patrol-ships',
} as const;
const SEA = 'off Kuba Island, Senkaku Islands';
const ISHIGAKI = 'Ishigaki, Okinawa';
const HEBEI = 'Shijiazhuang, Hebei';
const SENKAKU = 'Senkaku Islands';
const O = {
  sep8: 'summons-and-arrest-2010-09-08',
  release: 'captain-released-2010-09-25',
  brussels: 'kan-wen-brussels-2010-10-04',
  yokohama: 'kan-hu-yokohama-2010-11-13',
} as const;

const events: readonly NegotiationEvent[] = [
  // ===== 7–13 September: the collision, the arrest, the summonses =====
  ev(
    'NegotiationOpened',
    'opened',
    when('2010-09-07'),
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Japan – China: the Senkaku trawler collision and the captain’s detention, 2010',
      subject:
        "The collision of the Chinese trawler Minjinyu 5179 with two Japan Coast Guard boats off the Senkaku (Diaoyu) Islands (7 September 2010), Japan's detention of its captain Zhan Qixiong, China's summonses, suspended contacts and reported rare-earth halt, China's detention of four Fujita employees, the releases, and the thaw to the Yokohama meeting (13 November).",
      parties: [JAPAN, CHINA],
      mediators: [],
    },
    [S.wiki, S.apSep8],
  ),
  ev('ActorRegistered', 'actor-us', when('2010-09-07'), { actor: USA, role: 'third-party' }, [S.wapoSep25], {
    note: "Japan's ally; it welcomed the captain's release. A third party: its words do not make the pair's level.",
  }),
  ev(
    'IncidentReported',
    'collision',
    when('2010-09-07T01:15:00Z'),
    {
      incidentId: INC.collision,
      kind: 'non-lethal-force',
      perpetrator: 'china',
      allegedBy: 'japan',
      against: 'japan',
      target: 'The Japan Coast Guard patrol boats Yonakuni and Mizuki',
      place: SEA,
      description:
        "Ordered to stop for inspection about 12 km north-west of the islands, the Chinese trawler Minjinyu 5179 hits the Yonakuni's stern and, some forty minutes later, the Mizuki, by the Japan Coast Guard's account; no one is hurt. A civilian fishing boat, not China's forces (see the header); China says Japan's boats illegally intercepted it.",
    },
    [S.wiki, S.apSep8, S.cdSep8],
  ),
  ev(
    'IncidentReported',
    'crew-detained',
    when('2010-09-07T03:00:00Z'),
    {
      incidentId: INC.crewHeld,
      kind: 'detention',
      perpetrator: 'japan',
      against: 'china',
      target: 'The trawler Minjinyu 5179, its captain Zhan Qixiong and fourteen crew',
      place: ISHIGAKI,
      description:
        'The Japan Coast Guard boards the trawler and takes it with its fifteen men to Ishigaki; the captain is arrested early on 8 September on suspicion of obstructing public officers on duty, and the crew are held aboard for questioning.',
    },
    [S.wiki, S.apSep8, S.cdSep8],
    { note: "Japan's detention of China's people and craft (see the header): coercion while it lasts." },
  ),
  ev(
    'StatementMade',
    'stmt-song-tao-sep7',
    when('2010-09-07T12:00:00Z'),
    {
      speaker: SONG_TAO,
      audience: 'japan',
      tone: 'critical',
      summary:
        "Vice Foreign Minister Song Tao summons Ambassador Uichiro Niwa and lodges solemn representations, urging Japan's patrol boats to stop their illegal interception of Chinese fishing boats; spokeswoman Jiang Yu: the Diaoyu Islands are Chinese territory and China 'reserves the right to take further actions'.",
    },
    [S.cdSep8, S.cdSep11],
  ),
  ev(
    'StatementMade',
    'stmt-hu-zhengyue-sep8',
    when('2010-09-08T06:00:00Z'),
    {
      speaker: HU_ZHENGYUE,
      audience: 'japan',
      tone: 'critical',
      summary:
        'Assistant Foreign Minister Hu Zhengyue summons Niwa a second time and lodges a strong protest, demanding that Japan immediately release the ship and the crew on board and guarantee their safety.',
    },
    [S.cdSep8, S.apSep8],
    { occurrence: O.sep8 },
  ),
  ev(
    'DemandTabled',
    'dem-release',
    when('2010-09-08T06:00:00Z'),
    {
      demandId: D.release,
      by: 'china',
      addressedTo: ['japan'],
      text: 'Release the trawler, its captain and crew immediately and unconditionally.',
      category: 'humanitarian',
    },
    [S.cdSep8, S.cdSep11],
    { occurrence: O.sep8 },
  ),
  ev(
    'StatementMade',
    'stmt-japan-sep8',
    when('2010-09-08T08:00:00Z'),
    {
      speaker: JP_MOFA,
      audience: 'china',
      tone: 'critical',
      summary:
        "Foreign press secretary Satoru Sato: Japan's ownership of the Senkaku Islands is 'the undeniable fact' and the case will be investigated under Japan's criminal law; Japan has protested to China over the collision and has no plan to release the captain or the boat.",
    },
    [S.apSep8],
  ),
  ev(
    'PositionTaken',
    'pos-japan-release-sep8',
    when('2010-09-08T08:00:00Z'),
    { demandId: D.release, actorId: 'japan', stance: 'rejected' },
    [S.apSep8],
    { note: 'The captain to be dealt with under Japanese law; the crew may leave if China sends a vessel for them.' },
  ),
  ev(
    'StatementMade',
    'stmt-yang-sep10',
    when('2010-09-10'),
    {
      speaker: YANG,
      audience: 'japan',
      tone: 'critical',
      summary:
        "Foreign Minister Yang Jiechi summons Niwa, the third summons, after an Ishigaki court grants the captain's detention for ten days: China is 'staunch and unwavering' in defending its sovereignty over the Diaoyu Islands and demands the unconditional release of the entire crew, the captain included.",
    },
    [S.cdSep11, S.afpSep12],
  ),
  ev(
    'TalksSuspended',
    'talks-ecs-postponed',
    when('2010-09-10T15:00:00Z'),
    {
      by: 'china',
      reason:
        "China postpones the second round of talks on a treaty for the joint development of the East China Sea gas fields, due later in September, accusing Japan of acting 'recklessly' over the captain: Japan 'will reap as it has sown'.",
      temporary: true,
    },
    [S.afpSep12, S.apSep25],
  ),
  ev(
    'StatementMade',
    'stmt-dai-midnight',
    when('2010-09-11T16:00:00Z'),
    {
      speaker: DAI,
      audience: 'japan',
      tone: 'warning',
      summary:
        "State Councillor Dai Bingguo summons Niwa in the small hours of 12 September, the fourth summons in five days, and urges Japan not to misjudge the situation and to make the 'wise political choice' of returning the fishermen and their boat at once.",
    },
    [S.scmpSep13, S.afpSep12],
  ),
  ev(
    'StatementMade',
    'stmt-japan-crew-returned',
    when('2010-09-13'),
    {
      speaker: JCG,
      audience: 'china',
      tone: 'conciliatory',
      summary:
        'Japan lets the fourteen crew fly home from Ishigaki to Fuzhou on a chartered plane and returns the trawler, but keeps the captain in custody; Jiang Yu: Japan "continues to illegally detain" him and China again urges his immediate release.',
    },
    [S.nationalSep13, S.apSep19],
    { note: 'A partial release: the detention lasts while the captain is held (see the header).' },
  ),
  // ===== 19–24 September: the extension, suspended contacts, the counter-detention =====
  ev(
    'StatementMade',
    'stmt-china-suspends-contacts',
    when('2010-09-19T12:00:00Z'),
    {
      speaker: CN_MFA,
      audience: 'japan',
      tone: 'critical',
      summary:
        "After a court extends the captain's detention to 29 September, China suspends bilateral exchanges at and above the ministerial and provincial level, halts talks on expanding flights and postpones a meeting on coal: Japan's refusal to release him has 'already caused serious damage' to relations.",
    },
    [S.apSep19, S.afpSep19, S.rnzSep20],
    { cameo: '161', note: 'Contacts cut as a protest (CAMEO 161).' },
  ),
  ev(
    'StatementMade',
    'stmt-ma-zhaoxu-sep19',
    when('2010-09-19T12:00:00Z'),
    {
      speaker: MA_ZHAOXU,
      audience: 'japan',
      tone: 'threat',
      summary:
        "Spokesman Ma Zhaoxu demands the captain's immediate and unconditional release: 'If Japan acts wilfully, making mistake after mistake, China will take strong countermeasures, and all the consequences will be borne by the Japanese side.'",
      quote: 'China will take strong countermeasures, and all the consequences will be borne by the Japanese side.',
    },
    [S.apSep19, S.afpSep19],
  ),
  ev(
    'StatementMade',
    'stmt-wang-guangya-sep19',
    when('2010-09-19T14:00:00Z'),
    {
      speaker: WANG_GUANGYA,
      audience: 'japan',
      tone: 'warning',
      summary:
        "Vice Foreign Minister Wang Guangya makes solemn representations to Niwa, the fifth summons: 'The incident created by the Japanese side has severely damaged China-Japan relations … Japan shall bear all the consequences that arise.'",
    },
    [S.afpSep19],
  ),
  ev(
    'StatementMade',
    'stmt-japan-calm-sep20',
    when('2010-09-20'),
    {
      speaker: JP_MOFA,
      audience: 'china',
      tone: 'neutral',
      summary:
        'Foreign Ministry spokesman Takeshi Matsunaga calls the measures unilateral and asks China to respond calmly so as not to escalate the problem further; the government says it was not formally told of them.',
    },
    [S.apSep19, S.rnzSep20],
  ),
  ev(
    'IncidentReported',
    'fujita-detained',
    when('2010-09-20'),
    {
      incidentId: INC.fujitaHeld,
      kind: 'detention',
      perpetrator: 'china',
      against: 'japan',
      target:
        'Four Japanese employees of Fujita Corp. (Yoshiro Sasaki, Hiroki Hashimoto, Junichi Iguchi, Sadamu Takahashi) and a Chinese colleague',
      place: HEBEI,
      description:
        "Taken by state security near Shijiazhuang while surveying a site for a plant to destroy chemical weapons abandoned by Japan's army, on suspicion of entering a military zone and filming military targets (Xinhua, 23 September). Seen in Japan as retaliation for the captain's detention (AP); China's Foreign Ministry denies a link and Japan's government denies one too (Sengoku).",
    },
    [S.jtSep25, graded(S.jtSep28, 3), graded(S.apOct9, 3), graded(S.wapoSep30, 3)],
    { note: "China's detention of Japan's people as leverage, on the sources' reading (see the header)." },
  ),
  ev(
    'StatementMade',
    'stmt-rare-earths-halt',
    when('2010-09-21'),
    {
      speaker: CN_EXPORTERS,
      audience: 'japan',
      tone: 'critical',
      summary:
        "Shipments of rare-earth elements to Japan are halted at Chinese ports from 21 September, Japanese trading-house officials say ('only Japan-bound shipments were suspended', no reason given); the New York Times reports an embargo through the end of the month. China's commerce ministry denies any ban.",
    },
    [S.apSep24Rare, S.afpSep23],
    { cameo: '163', note: 'A reported trade halt, denied by China: graded 3 on its existence.' },
  ),
  ev(
    'StatementMade',
    'stmt-wen-further-actions',
    when('2010-09-21T23:00:00Z'),
    {
      speaker: WEN,
      audience: 'japan',
      tone: 'threat',
      summary:
        "In New York, Premier Wen Jiabao urges Japan to release the captain immediately and unconditionally: the Diaoyu Islands are 'sacred Chinese territory', Japan's act is illegal, China was forced to take countermeasures, 'and if Japan clings to its mistake, China will take further actions, and the Japanese side shall bear all the consequences that arise'.",
      quote: 'If Japan clings to its mistake, China will take further actions.',
    },
    [S.shineSep22, S.apSep22],
  ),
  ev(
    'StatementMade',
    'stmt-sengoku-sep22',
    when('2010-09-22'),
    {
      speaker: SENGOKU,
      audience: 'china',
      tone: 'conciliatory',
      summary:
        "Chief Cabinet Secretary Yoshito Sengoku: 'If possible, it would be good to quickly hold high-level talks, including broad, strategic discussions'; China's Foreign Ministry answers that it is 'futile to play tricks'.",
    },
    [S.apSep22, S.shineSep22],
  ),
  ev(
    'StatementMade',
    'stmt-naha-release',
    when('2010-09-24T05:00:00Z'),
    {
      speaker: NAHA,
      audience: 'china',
      tone: 'conciliatory',
      summary:
        "Deputy chief prosecutor Toru Suzuki announces the captain's release, 'considering the future of Japan-China relations and the possible consequences for the Japanese public': continuing his custody and investigation is not appropriate; no charge is filed for now. Sengoku: the prosecutors' own decision.",
    },
    [S.wapoSep24, S.apSep25],
  ),
  ev(
    'IncidentReported',
    'captain-released',
    when('2010-09-24T15:30:00Z'),
    {
      incidentId: INC.captainOut,
      kind: 'release',
      perpetrator: 'japan',
      against: 'china',
      target: 'Captain Zhan Qixiong',
      place: ISHIGAKI,
      description:
        'Released after seventeen days in the small hours of 25 September, he flies from Ishigaki airport to Fuzhou on a plane chartered by China and lands at about 4 a.m. making a victory sign.',
    },
    [S.apSep25, S.wapoSep25],
    { occurrence: O.release },
  ),
  ev(
    'PositionTaken',
    'pos-japan-release',
    when('2010-09-24T15:30:00Z'),
    { demandId: D.release, actorId: 'japan', stance: 'accepted' },
    [S.apSep25],
    { occurrence: O.release, note: 'Met: the crew (13 September) and the captain are all home.' },
  ),
  ev(
    'StatementMade',
    'stmt-us-welcome',
    when('2010-09-24T20:00:00Z'),
    {
      speaker: CROWLEY,
      audience: 'japan',
      tone: 'conciliatory',
      summary:
        "The State Department welcomes the release: 'It's how mature states resolve these things, through diplomacy'; it should significantly reduce tensions.",
    },
    [S.wapoSep25],
  ),
  // ===== 25 September – 9 October: apology demands, the patrol ships, the Fujita releases =====
  ev(
    'StatementMade',
    'stmt-china-apology',
    when('2010-09-25T02:00:00Z'),
    {
      speaker: CN_MFA,
      audience: 'japan',
      tone: 'accusation',
      summary:
        "A statement on the captain's return: the detention 'gravely violated Chinese sovereignty and the human rights of a Chinese citizen'; any Japanese judicial measure is 'unlawful and invalid', and 'the Japanese side must make an apology and compensation for this incident'.",
    },
    [S.apSep25, S.apSep25Reject],
  ),
  ev(
    'DemandTabled',
    'dem-apology',
    when('2010-09-25T02:00:00Z'),
    {
      demandId: D.apology,
      by: 'china',
      addressedTo: ['japan'],
      text: 'Apologise and pay compensation for the detention of the trawler, its captain and crew.',
      category: 'political',
    },
    [S.apSep25, S.apSep25Reject],
  ),
  ev(
    'PositionTaken',
    'pos-japan-apology',
    when('2010-09-25T10:00:00Z'),
    { demandId: D.apology, actorId: 'japan', stance: 'rejected' },
    [S.apSep25Reject, S.apSep27],
    {
      note: "The Foreign Ministry: the demands are groundless and 'absolutely cannot be accepted'; Kan on 26 September: 'I have no intention of accepting'.",
    },
  ),
  ev(
    'DemandTabled',
    'dem-fujita',
    when('2010-09-26T13:00:00Z'),
    {
      demandId: D.fujita,
      by: 'japan',
      addressedTo: ['china'],
      text: 'Ensure the safety of the four Japanese detained in Hebei, give consular access and handle the case swiftly from a humanitarian viewpoint.',
      category: 'humanitarian',
    },
    [S.jtSep28],
  ),
  ev(
    'DemandTabled',
    'dem-repair',
    when('2010-09-27T01:00:00Z'),
    {
      demandId: D.repair,
      by: 'japan',
      addressedTo: ['china'],
      text: 'Pay for the repair of the two Japan Coast Guard boats damaged in the collision.',
      category: 'economic',
    },
    [S.bloombergSep27, S.apSep27],
    { note: "Sengoku: relayed through diplomatic channels; 'the ball is now in China's court'." },
  ),
  ev(
    'IncidentReported',
    'patrol-ships',
    when('2010-09-27T06:00:00Z'),
    {
      incidentId: INC.patrolShips,
      kind: 'force-posture',
      perpetrator: 'china',
      allegedBy: 'japan',
      against: 'japan',
      target: 'The waters around the Senkaku Islands',
      place: SENKAKU,
      description:
        "Two Chinese fishery patrol ships approach the islands; Japan deploys six coast guard vessels to watch them and has asked China four times to withdraw them; they do not enter Japan's territorial waters (Sengoku).",
    },
    [S.bloombergSep27, S.afpSep27],
  ),
  ev(
    'DemandTabled',
    'dem-withdraw',
    when('2010-09-27T06:00:00Z'),
    {
      demandId: D.withdraw,
      by: 'japan',
      addressedTo: ['china'],
      text: 'Withdraw the fishery patrol ships from the waters near the Senkaku Islands.',
      category: 'territorial',
    },
    [S.afpSep27],
  ),
  ev(
    'PositionTaken',
    'pos-china-repair',
    when('2010-09-27T08:00:00Z'),
    { demandId: D.repair, actorId: 'china', stance: 'rejected' },
    [graded(S.bloombergSep27, 3)],
    {
      note: "China holds Japan's boats and its judicial measures illegal (its statement of 25 September) and pays nothing; no separate answer was found.",
    },
  ),
  ev(
    'StatementMade',
    'stmt-china-three-freed',
    when('2010-09-30'),
    {
      speaker: SHIJIAZHUANG,
      audience: 'japan',
      tone: 'conciliatory',
      summary:
        "Three of the four Fujita employees are released 'after admitting to having violated Chinese law and showing regret' (Xinhua); Sadamu Takahashi stays under residential surveillance for further investigation. Japan asks that he be freed on humanitarian grounds.",
    },
    [S.wapoSep30, S.jtOct2],
    { note: 'A partial release: the detention lasts while Takahashi is held (see the header).' },
  ),
  ev(
    'StatementMade',
    'stmt-kan-brussels',
    when('2010-10-04T19:00:00Z'),
    {
      speaker: KAN,
      audience: 'china',
      tone: 'conciliatory',
      summary:
        'In a 25-minute conversation with Wen Jiabao in a corridor after the ASEM working dinner in Brussels, each states his position on the islands; they agree the state of relations is undesirable, to promote again the "mutually beneficial relationship based on common strategic interests", to hold high-level exchanges when appropriate and to resume the postponed private exchanges.',
    },
    [S.mofaOct5, S.jtOct6],
    { occurrence: O.brussels },
  ),
  ev(
    'StatementMade',
    'stmt-wen-brussels',
    when('2010-10-04T19:00:00Z'),
    {
      speaker: WEN,
      audience: 'japan',
      tone: 'conciliatory',
      summary:
        "Wen restates China's position on the Diaoyu Islands and agrees with Kan that protecting and advancing the strategic relationship of mutual benefit serves both peoples; people-to-people and government exchanges to be stepped up, a high-level meeting at an appropriate time.",
    },
    [S.mofaOct5, S.jtOct6],
    { occurrence: O.brussels },
  ),
  ev(
    'IncidentReported',
    'fujita-released',
    when('2010-10-09'),
    {
      incidentId: INC.fujitaOut,
      kind: 'release',
      perpetrator: 'china',
      against: 'japan',
      target: 'Sadamu Takahashi, the last of the four Fujita employees',
      place: HEBEI,
      description:
        "Released on bail of 50,000 yuan after writing a 'statement of repentance', nineteen days after the four were taken; he flies to Shanghai and home on 10 October. Maehara asks China to explain the length of his detention.",
    },
    [S.reutersOct9, S.kyodoOct10, S.apOct9],
  ),
  ev(
    'PositionTaken',
    'pos-china-fujita',
    when('2010-10-09'),
    { demandId: D.fujita, actorId: 'china', stance: 'accepted' },
    [S.reutersOct9, S.kyodoOct10],
  ),
  // ===== October – November: protests, the Hanoi snub, Yokohama =====
  ev(
    'StatementMade',
    'stmt-china-protests-oct16',
    when('2010-10-16T10:00:00Z'),
    {
      speaker: CN_MFA,
      audience: 'japan',
      tone: 'critical',
      summary:
        "More than 10,000 march against Japan in Chengdu, Xi'an, Zhengzhou and Hangzhou ('Defend the Diaoyu Islands', 'Boycott Japanese goods'; Japanese shop windows smashed in Chengdu), the day some 3,000 rally near China's embassy in Tokyo against China's 'invasion' of the islands; Xinhua reports the marches as protests asserting China's sovereignty, and the ministry holds Japan's claim responsible.",
    },
    [S.cdOct16, graded(S.rfaOct17, 3)],
    { note: 'The protests are no government’s act; recorded as China’s critical stance on them (see the header).' },
  ),
  ev(
    'StatementMade',
    'stmt-maehara-hanoi',
    when('2010-10-29T06:00:00Z'),
    {
      speaker: MAEHARA,
      audience: 'china',
      tone: 'conciliatory',
      summary:
        'After meeting Yang Jiechi in Hanoi, Foreign Minister Seiji Maehara says the talks were held calmly in a good atmosphere and a Kan – Wen meeting is likely; Japan asks that the freeze on rare-earth exports be lifted.',
    },
    [S.jtOct30],
  ),
  ev(
    'StatementMade',
    'stmt-hu-zhengyue-hanoi',
    when('2010-10-29T13:00:00Z'),
    {
      speaker: HU_ZHENGYUE,
      audience: 'japan',
      tone: 'accusation',
      summary:
        "China calls off the Wen – Kan meeting at the East Asia Summit: Japan 'ruined the atmosphere' by false statements on the foreign ministers' talks (that the gas-field negotiations would resume) and by playing up the Diaoyu Islands with other countries, violating China's sovereignty; 'the Japanese should take full responsibility for the consequences'.",
    },
    [S.jtOct30, S.independentOct30],
  ),
  ev(
    'StatementMade',
    'stmt-kan-wen-hanoi',
    when('2010-10-30T03:00:00Z'),
    {
      speaker: KAN,
      audience: 'china',
      tone: 'conciliatory',
      summary:
        "A ten-minute conversation with Wen in a leaders' waiting room: both regret that no meeting took place, reaffirm the revival of private exchanges agreed in Brussels and the mutually beneficial relationship, and look to in-depth talks later.",
    },
    [S.mofaOct30],
  ),
  ev(
    'StatementMade',
    'stmt-hong-lei-video',
    when('2010-11-05', 'approximate'),
    {
      speaker: HONG_LEI,
      audience: 'japan',
      tone: 'accusation',
      summary:
        "After the coast guard's video of the collisions is leaked on YouTube (4–5 November; Japan's government, which had shown it only to lawmakers, investigates the leak), spokesman Hong Lei: the collision happened because Japan's coast guard was conducting 'illegal operations' in Chinese waters, and 'the so-called video cannot either change such a fact or cover up Japan's illegality'.",
    },
    [S.staticChaosNov11, S.hinduNov12],
    { note: 'Dated approximately: the sources give the leak (4–5 November) and the statement in the days after it.' },
  ),
  ev(
    'StatementMade',
    'stmt-kan-yokohama',
    when('2010-11-13T08:25:00Z'),
    {
      speaker: KAN,
      audience: 'china',
      tone: 'conciliatory',
      summary:
        'Kan meets Hu Jintao for about 23 minutes on the sidelines of the APEC summit in Yokohama and reconfirms that the two neighbours will promote the mutually beneficial relationship based on common strategic interests from a broader point of view.',
    },
    [S.mofaNov13, S.cdNov13],
    { occurrence: O.yokohama },
  ),
  ev(
    'StatementMade',
    'stmt-hu-yokohama',
    when('2010-11-13T08:25:00Z'),
    {
      speaker: HU_JINTAO,
      audience: 'japan',
      tone: 'conciliatory',
      summary:
        'Hu Jintao, at the 22-minute meeting he attended at Kan’s invitation: getting along serves both peoples; relations should continue on a healthy and stable track under the four political documents, with more human and cultural exchanges and dialogue on global affairs.',
    },
    [S.cdNov13, S.mofaNov13],
    { occurrence: O.yokohama },
  ),
  // ===== December: the defence guidelines =====
  ev(
    'StatementMade',
    'stmt-japan-ndpg',
    when('2010-12-17T03:00:00Z'),
    {
      speaker: JP_CABINET,
      audience: 'china',
      tone: 'critical',
      summary:
        "The cabinet adopts new National Defense Program Guidelines: China's military build-up and lack of transparency are 'a matter of concern for the region and the international community', and the forces' posture shifts from the north to the south-western islands.",
    },
    [S.upiDec20, S.xinhuaDec17],
  ),
  ev(
    'StatementMade',
    'stmt-jiang-yu-ndpg',
    when('2010-12-17T09:00:00Z'),
    {
      speaker: JIANG_YU,
      audience: 'japan',
      tone: 'critical',
      summary:
        "Spokeswoman Jiang Yu: China's defence policy is defensive in nature and threatens no one; 'individual countries have no right to represent the international community and make irresponsible remarks on China's development'.",
    },
    [S.upiDec20, S.xinhuaDec17],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'japan-china-2010.jsonl',
  logEnd: '2026-12-07T03:30:00Z',
  events,
};

export default definition;
