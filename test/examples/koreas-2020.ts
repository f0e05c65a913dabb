/**
 * A test fixture, not a shipped example: North Korea and South Korea in 2020, from the exchange of fire at a guard post
 * in the DMZ at Cheorwon (3 May) through the leaflet crisis and the destruction of the inter-Korean joint liaison
 * office at Kaesong (16 June) to the killing of a South Korean fisheries official at sea (22 September), Kim Jong Un's
 * apology (25 September) and the South's law against the leaflets (14 December), as an analyst following the news
 * could have recorded it — the defectors' leaflet launches (31 May, 22 June), Kim Yo Jong's statement of 4 June
 * demanding that Seoul stop them on pain of the military agreement of 2018 being scrapped and the liaison office
 * closed, the North cutting every line with the South and calling it "the enemy" (9 June), her threat of 13 June that
 * the office would "completely collapse" and the army would take the next action, the office blown up, the General
 * Staff's plans to send troops back into Kaesong and Mount Kumgang, man the guard posts withdrawn in 2018 and resume
 * drills at the line (16–17 June), the South's warnings of a "strong response", Kim Jong Un's suspension of the plans
 * (23 June) and the loudspeakers taken down (24 June), the United States' envoy in Seoul (July), the killing at sea,
 * the apology and the North's warning over the South's search, Kim's "take each other's hand again" (10 October).
 * Escalation model v2 was never tuned on it: it is the case the model is held to in koreas-2020.spec.ts, against the
 * calls an analyst makes from DOMAIN.md §5b alone.
 *
 * korea-2018.ts is another negotiation between the same pair (id `korea-2018`) whose last months cover the same June
 * and September of 2020; nothing of it is copied here: this case is the 2020 crisis as its own negotiation, researched
 * again from its own sources, with the developments that one leaves out (the fire of 3 May, the leaflet launches, the
 * General Staff's statement of 16 June, the South's warnings, the loudspeakers, the search vessels, the law of
 * December). The agreements of 2018 (the Panmunjom Declaration, the Comprehensive Military Agreement, the liaison
 * office) are recorded there, not here: in this negotiation they are the background the North threatens, and no
 * agreement between the two is recorded as being implemented in 2020.
 *
 * What it tests that the other cases did not: one exchange of fire at one place, with no toll and called unintended,
 * followed by a month and more of nothing armed; an ultimatum without a deadline enforced by blowing up a building of
 * the other party's on the one's own soil; communication cut; military plans announced and then suspended, with no
 * troops moved; a killing at sea by one party's forces of the other's official, and an apology; and months of
 * strained silence after, with the lines still cut.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration file's coverage do not change. Built and
 * checked with the same builder as the shipped cases (examples/case-builder.ts): every event replays through `decide`
 * and cites a dated, graded public source.
 *
 * Grading as in examples/README.md: B = an established outlet or a wire copy in one (Yonhap, KBS, the Korea Herald,
 * the Hankyoreh, Reuters through Al Arabiya, the National Post and the Asahi, AP, Xinhua through the People's Daily,
 * TASS, Al Jazeera, the BBC, the SCMP, the Nation Thailand's Bloomberg copy); C = a smaller outlet, an aggregator or a
 * copy of a wire story on another site (The Epoch Times, KIMT, HNGN, Al-Masdar, North Korea Times, Upnewsinfo,
 * Newsdio, ForexLive, GlobalSecurity's KCNA copy, the Free Press Journal, One News Page, Diplomacy Pakistan, Republic
 * World, Newsy, Newser, Siasat, AsiaToday); 1 = an act both sides confirm (the office destroyed: the South's ministries
 * saw it, the North's KCNA announced it); 2 = on-record statements and facts several outlets agree on, or one
 * established outlet reports; 3 = one side's unverified account (unnamed military sources on the loudspeakers).
 * Contemporary reports are dated by their own date; a page that shows none is dated by the day it reports.
 *
 * Judgement calls, recorded as an analyst would:
 * - The pair is North Korea and South Korea (the parties); nobody mediates between them. The United States is a third
 *   party (Pompeo's reading of the fire of 3 May, Biegun's visit to Seoul). The defectors' group Fighters for a Free
 *   North Korea (Park Sang-hak) is a third party too: South Koreans, but not the South's state, whose government
 *   pressed charges against it. Its launches are recorded as the group's own account of them (statements), not as
 *   acts of the South: nothing of theirs is the pair's.
 * - The fire of 3 May (07:41 local time, 22:41 UTC on the 2nd): several rounds from the North hit a South Korean guard
 *   post in the central DMZ at Cheorwon; the South broadcast a warning and fired back twice (its time not given:
 *   dated approximately). No one hurt on either side. The JCS said it did not see the fire as intentional; Pompeo
 *   called it accidental. Fire between the two sides' forces is armed action whatever its intent: two `clash`
 *   incidents (each side's fire), at one place written one way, with a toll of 0.
 * - Kim Yo Jong's statement of 4 June is an ultimatum: it demands that the South stop the leaflets (a law against
 *   them), on pain of the North withdrawing from Kaesong, closing the liaison office and scrapping the military
 *   agreement, with no deadline. The South's answer the same day (it was already looking at a law to ban the launches)
 *   is `accepted-in-principle`; its charges against the two groups (10 June) a `conciliatory` statement. The
 *   ultimatum is `enforced` when the office is destroyed (16 June): the consequence it named was carried out.
 * - Cutting every line (noon on 9 June, 03:00 UTC), with the North saying it sees no need to sit face to face and will
 *   treat the South as "the enemy", is `TalksSuspended` by the North (not `temporary`): contact broken off. It is not a
 *   border closure: no crossing between the two was open (the office had been empty since January, for Covid-19).
 * - The liaison office blown up (16 June, 14:49 local, 05:49 UTC): the building stood on the North's soil, in Kaesong,
 *   built and paid for by the South and staffed by both, empty since January. It is recorded as a hostile act, not
 *   armed action: `non-lethal-force` by North Korea against South Korea at Kaesong, no one hurt. Why: §5b's armed
 *   action is force between the two sides' forces or by one party on the other's territory; the North used explosives
 *   on its own ground, on a building in which the South had a stake, with no fire at the South's forces or soil. It is
 *   force on the other party's property short of armed action — the catalogue's kind for that — and coercion between
 *   the two, announced by the North itself (so it is its act, not an allegation).
 * - The General Staff's statements of 16 June (studying plans to re-enter the demilitarized zones) and 17 June
 *   (regiments and firing units into Kaesong and Mount Kumgang, guard posts re-manned, artillery on top-class combat
 *   duty, drills resumed near the line) and Kim Yo Jong's of 13 June (the next action against "the enemy" entrusted to
 *   the army) are `military-threat` statements. No source read says the troops moved before the plans were suspended,
 *   so no force posture is recorded. The North's preparation of 12 million leaflets "for retaliatory punishment"
 *   (22 June) is a `threat`, not a threat of war.
 * - Kim Jong Un's suspension of the plans (the preliminary meeting of the Central Military Commission, 23 June, reported
 *   on the 24th) is a `conciliatory` statement: a step back from the military threats, not a withdrawal of them (they
 *   are suspended) and no offer. The loudspeakers the North put back up near the DMZ on about 21–23 June and took down
 *   on 24 June rest on unnamed military sources: only their removal is recorded, as the South's military's account
 *   (`neutral`, graded 3); loudspeakers are propaganda, not force.
 * - The South's warnings (the NSC of 16 June: "we will strongly respond"; the JCS of 17 June: the North "will pay the
 *   price" for any military action; the Blue House of 17 June: "we won't tolerate" its words and acts) are `warning`
 *   statements. Kim Yo Jong's of 17 June (Moon's speech "sickening", his envoys "flatly" rejected) is an `accusation`.
 * - The killing of 22 September: North Korean sailors shot a South Korean fisheries official found adrift in the
 *   North's waters off the western border island of Yeonpyeong and burned the float (the South says the body). Not
 *   armed action: not between the two sides' forces, not on the South's territory. It is `lethal-force` by North Korea
 *   against South Korea (the catalogue's kind for the other's national shot at sea), one civilian killed, alleged by
 *   the South and admitted by the North's letter; the South's defence ministry lays the blame on 24 September. Kim's
 *   apology (25 September) is `conciliatory`, and the North's answer to the South's demand (its own account) is
 *   `accepted-in-principle`: explained, regretted, nobody punished. The North's warning of 27 September against the
 *   South's search vessels is a `warning`; the South's request for a joint investigation (26 September) a demand,
 *   unanswered.
 * - The letters Moon and Kim exchanged on 8 and 12 September were disclosed on 25 September: recorded then, dated when
 *   they were written.
 * - The law banning the leaflets (passed 14 December) is the South's `accepted` stance on the North's demand.
 * - Left out: the UN Command's investigation of the fire of 3 May (no dated source read), the North's United Front
 *   Department's statements of 5 and 21 June, Moon's speech of 15 June (in Kim Yo Jong's answer), the defector who
 *   swam back to the North in July and the lockdown of Kaesong (nothing between the two governments), the US–ROK
 *   exercise of August, Kim's parade weapons (aimed at no one by the sources). Days with nothing recorded are not days
 *   with nothing done.
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'koreas-2020';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 2020);
/** A recordedAt on a given day (UTC). */
const rec = (day: string, time: string): string => `${day}T${time}:00Z`;

const NORTH: Actor = {
  id: 'north-korea',
  name: 'North Korea',
  kind: 'state',
  aliases: ["Democratic People's Republic of Korea", 'DPRK', 'Pyongyang'],
};
const SOUTH: Actor = {
  id: 'south-korea',
  name: 'South Korea',
  kind: 'state',
  aliases: ['Republic of Korea', 'ROK', 'Seoul'],
};
const USA: Actor = { id: 'united-states', name: 'United States', kind: 'state', aliases: ['US', 'Washington'] };
const FFNK: Actor = {
  id: 'fighters-for-a-free-north-korea',
  name: 'Fighters for a Free North Korea',
  kind: 'opposition-movement',
  aliases: ['FFNK', 'Fighters for Free North Korea'],
};

const SOUTH_JCS: Person = { name: 'Joint Chiefs of Staff of South Korea', actorId: 'south-korea' };
const SOUTH_MND: Person = { name: 'Ministry of National Defense of South Korea', actorId: 'south-korea' };
const YOH: Person = { name: 'Yoh Sang-key', title: 'Spokesman of the Unification Ministry', actorId: 'south-korea' };
const KIM_YOU_GEUN: Person = {
  name: 'Kim You-geun',
  title: 'Deputy director of the National Security Office (Cheong Wa Dae)',
  actorId: 'south-korea',
};
const YOON_DO_HAN: Person = {
  name: 'Yoon Do-han',
  title: 'Senior secretary for public communication (Cheong Wa Dae)',
  actorId: 'south-korea',
};
const JEON_DONG_JIN: Person = {
  name: 'Jeon Dong-jin',
  title: 'Director of operations, Joint Chiefs of Staff of South Korea',
  actorId: 'south-korea',
};
const AHN: Person = {
  name: 'Ahn Young-ho',
  title: 'Chief director of operations, Joint Chiefs of Staff of South Korea',
  actorId: 'south-korea',
};
const SUH: Person = { name: 'Suh Hoon', title: 'National Security Adviser of South Korea', actorId: 'south-korea' };
const SOUTH_MILITARY_SOURCES: Person = { name: 'South Korean military sources', actorId: 'south-korea' };
const KIM_YO_JONG: Person = {
  name: 'Kim Yo Jong',
  title: 'First vice department director of the Central Committee of the Workers’ Party of Korea',
  actorId: 'north-korea',
};
const KIM_JONG_UN: Person = {
  name: 'Kim Jong Un',
  title: 'Chairman of the State Affairs Commission of North Korea',
  actorId: 'north-korea',
};
const KCNA: Person = { name: 'Korean Central News Agency', actorId: 'north-korea' };
const KPA_GS: Person = { name: 'General Staff of the Korean People’s Army', actorId: 'north-korea' };
const UFD: Person = { name: 'United Front Department of the Workers’ Party of Korea', actorId: 'north-korea' };
const POMPEO: Person = { name: 'Mike Pompeo', title: 'US Secretary of State', actorId: 'united-states' };
const PARK_SANG_HAK: Person = {
  name: 'Park Sang-hak',
  title: 'Head of Fighters for a Free North Korea',
  actorId: 'fighters-for-a-free-north-korea',
};

/** Places, written one way each. */
const P = {
  cheorwon: 'South Korean guard post in the central DMZ at Cheorwon',
  kaesong: 'Kaesong',
  yeonpyeong: 'North Korean waters off Yeonpyeong island (Yellow Sea)',
} as const;

const D = {
  leaflets: 'dem-stop-leaflets',
  killing: 'dem-explain-killing',
  jointProbe: 'dem-joint-investigation',
} as const;
const U = { leaflets: 'ult-leaflets' } as const;
const FIRE_NORTH = 'inc-cheorwon-north-fire';
const FIRE_SOUTH = 'inc-cheorwon-south-fire';
const OFFICE = 'inc-liaison-office';
const KILLING = 'inc-official-killed';

const S = {
  yna0503: source(
    'Multiple gunshots fired from N. Korea hit S. Korean DMZ guard post: JCS',
    'Yonhap',
    'https://m-en.yna.co.kr/view/AEN20200503002400325',
    '2020-05-03',
    'B',
    2,
  ),
  epoch0503: source(
    'North and South Korea Exchange Gunfire as North Unintentionally Hits DMZ Guard Post',
    'The Epoch Times (Reuters)',
    'https://www.theepochtimes.com/north-and-south-korea-exchange-gunfire-as-north-hits-dmz-guard-post_3336361.html',
    '2020-05-03',
    'C',
    2,
  ),
  kimt0503: source(
    'Gunfire exchanged in DMZ across border between North and South Korea',
    'KIMT (CNN)',
    'https://www.kimt.com/content/national/570155411.html?ref=411',
    '2020-05-03',
    'C',
    2,
  ),
  hngn0504: source(
    'Gunshot exchange in the DMZ between North and South Korea',
    'HNGN',
    'https://www.hngn.com/articles/229221/20200504/gunshot-exchange-dmz-between-north-south-korea.htm',
    '2020-05-04',
    'C',
    2,
  ),
  almasdar0604: source(
    'Sister of North Korean leader threatens to end military agreement with South over leaflets',
    'Al-Masdar News (Yonhap)',
    'https://www.almasdarnews.com/article/sister-of-north-korean-leader-threatens-to-end-military-agreement-with-south-over-leaflets/',
    '2020-06-04',
    'C',
    2,
  ),
  kbs0604: source(
    'N. Korea expresses discontent over leaflets',
    'KBS',
    'http://news.kbs.co.kr/news/view.do?ncd=4462802',
    '2020-06-04',
    'B',
    2,
  ),
  xinhua0604: source(
    'DPRK warns S. Korea against sending anti-Pyongyang leaflets',
    'North Korea Times (Xinhua)',
    'https://www.northkoreatimes.com/news/265336444/dprk-warns-s-korea-against-sending-anti-pyongyang-leaflets',
    '2020-06-04',
    'C',
    2,
  ),
  scmp0604: source(
    'North Korea threatens to abandon military agreement with the South over leaflets criticising Kim Jong-un',
    'South China Morning Post',
    'https://www.scmp.com/news/asia/east-asia/article/3087488/north-korea-threatens-abandon-military-agreement-south-over',
    '2020-06-04',
    'B',
    2,
  ),
  upnews0604: source(
    'North Korea lashes out at the United States, saying China is dwarfing it',
    'Upnewsinfo',
    'https://upnewsinfo.com/2020/06/04/north-korea-lashes-out-at-the-united-states-saying-china-is-dwarfing-it/',
    '2020-06-04',
    'C',
    2,
  ),
  yna0609: source(
    'N. Korea to cut off all inter-Korean communication lines at noon',
    'Yonhap',
    'https://m-en.yna.co.kr/view/AEN20200609000500325',
    '2020-06-09',
    'B',
    2,
  ),
  scmp0609: source(
    'North Korea says it will cut communication with ‘enemy’ South Korea, state media reports',
    'South China Morning Post',
    'https://www.scmp.com/news/asia/east-asia/article/3088121/north-korea-says-it-will-cut-communication-enemy-south-korea',
    '2020-06-09',
    'B',
    2,
  ),
  kbs0610: source(
    'N. Korea cuts all communication with S. Korea',
    'KBS',
    'http://news.kbs.co.kr/news/view.do?ncd=4467365',
    '2020-06-10',
    'B',
    2,
  ),
  yna0610: source(
    'Unification ministry to file legal complaint against leaflet-sending defector groups',
    'Yonhap',
    'https://en.yna.co.kr/view/AEN20200610007400325',
    '2020-06-10',
    'B',
    2,
  ),
  kh0610: source(
    'Seoul to press charges against defector groups sending anti-Pyongyang leaflets',
    'The Korea Herald',
    'https://www.koreaherald.com/view.php?ud=20200610000933',
    '2020-06-10',
    'B',
    2,
  ),
  newsdio0613: source(
    'Kim Jong Un’s sister threatens military action against South Korea, promises ‘tragic scene’ in the liaison office',
    'Newsdio',
    'https://newsdio.com/kim-jong-uns-sister-threatens-military-action-against-south-korea-promises-39-tragic-scene-39-in-the-liaison-office/124067/',
    '2020-06-13',
    'C',
    2,
  ),
  yna0616gs: source(
    'N. Korea’s military threatens to reenter disarmed border areas',
    'Yonhap',
    'https://en.yna.co.kr/view/AEN20200616000400325',
    '2020-06-16',
    'B',
    2,
  ),
  people0616: source(
    'DPRK military says ready to go into action -- KCNA',
    'People’s Daily Online (Xinhua)',
    'http://en.people.cn/n3/2020/0616/c90000-9701082.html',
    '2020-06-16',
    'B',
    2,
  ),
  bbc0616: source(
    'N Korea ‘blows up liaison office in S Korea’',
    'BBC News',
    'https://www.bbc.co.uk/news/av/world-asia-53060787/n-korea-blows-up-liaison-office-in-s-korea',
    '2020-06-16',
    'B',
    1,
  ),
  scmp0616: source(
    'North Korea blows up Kaesong liaison office near border with South',
    'South China Morning Post',
    'https://www.scmp.com/news/asia/east-asia/article/3089244/north-korea-reportedly-blows-kaesong-liaison-office-near-border',
    '2020-06-16',
    'B',
    1,
  ),
  yna0616nsc: source(
    '(3rd LD) Seoul says it will ‘strongly respond’ if North further worsens situation',
    'Yonhap',
    'https://en.yna.co.kr/view/AEN20200616009553315',
    '2020-06-16',
    'B',
    2,
  ),
  kh0616: source(
    'S. Korea vows "strong" responses if N. Korea carries out provocation: defense ministry',
    'The Korea Herald (Yonhap)',
    'http://www.koreaherald.com/view.php?ud=20200616000976',
    '2020-06-16',
    'B',
    2,
  ),
  yna0617: source(
    'N. Korea’s army to renter Kaesong, Mount Kumgang areas',
    'Yonhap',
    'https://m-en.yna.co.kr/view/AEN20200617000500325',
    '2020-06-17',
    'B',
    2,
  ),
  tass0617: source(
    'North Korea to deploy troops near Kaesong, Mount Kumgang — agency',
    'TASS',
    'https://tass.com/world/1168435',
    '2020-06-17',
    'B',
    2,
  ),
  hani0617: source(
    'N. Korea says it will deploy military to Mt. Kumgang, Kaesong complex and DMZ',
    'The Hankyoreh',
    'http://english.hani.co.kr/arti/english_edition/e_northkorea/949792.html',
    '2020-06-17',
    'B',
    2,
  ),
  hani0617kyj: source(
    'Kim Yo-jong calls Moon’s remarks “sickening” and “full of incoherence”',
    'The Hankyoreh',
    'https://hani.co.kr/arti/english_edition/e_northkorea/949799.html',
    '2020-06-17',
    'B',
    2,
  ),
  kcna0617: source(
    'S. Korean Authorities Plead for Accepting Special Envoys',
    'GlobalSecurity.org (KCNA)',
    'https://www.globalsecurity.org/wmd/library/news/dprk/2020/dprk-200617-kcna05.htm',
    '2020-06-17',
    'C',
    2,
  ),
  yna0617bh: source(
    'Cheong Wa Dae hits back at N. Korea’s ‘rude, senseless’ criticism of Moon',
    'Yonhap',
    'https://m-en.yna.co.kr/view/AEN20200617003900315',
    '2020-06-17',
    'B',
    2,
  ),
  forex0617: source(
    'South Korea said it will retaliate against any North military action',
    'ForexLive',
    'https://www.forexlive.com/news/!/south-korea-said-it-will-retaliate-against-any-north-military-action-20200617',
    '2020-06-17',
    'C',
    2,
  ),
  people0622: source(
    'DPRK to send millions of leaflets to South Korea for retaliation: media',
    'People’s Daily Online (Xinhua)',
    'http://en.people.cn/n3/2020/0622/c90000-9702838.html',
    '2020-06-22',
    'B',
    2,
  ),
  fpj0622: source(
    'North Korea to dump 12 million propaganda leaflets on South',
    'The Free Press Journal (IANS)',
    'https://www.freepressjournal.in/world/north-korea-to-dump-12-million-propaganda-leaflets-on-south',
    '2020-06-22',
    'C',
    2,
  ),
  onp0623: source(
    'South Korean activists launch leaflets into North amid tensions',
    'One News Page',
    'https://www.onenewspage.com/n/Front+Page/1zlsbu7clr/South-Korean-activists-launch-leaflets-into-North-amid.htm',
    '2020-06-23',
    'C',
    2,
  ),
  yna0624: source(
    'N. Korean leader suspends military action plans against S. Korea',
    'Yonhap',
    'https://m-en.yna.co.kr/view/AEN20200624000600325',
    '2020-06-24',
    'B',
    2,
  ),
  aj0624: source(
    'North Korea’s Kim suspends plans for military action against South',
    'Al Jazeera',
    'https://www.aljazeera.com/news/2020/06/korea-kim-suspends-plans-military-action-south-200624004316030.html',
    '2020-06-24',
    'B',
    2,
  ),
  alarabiya0624: source(
    'North Korea suspends military action plans against South Korea: Reports',
    'Al Arabiya (Reuters)',
    'https://english.alarabiya.net/en/News/world/2020/06/24/North-Korea-suspends-military-action-plans-against-South-Korea-Reports.html',
    '2020-06-24',
    'B',
    2,
  ),
  dippak0624: source(
    'North Korea suspends military action plans against South Korea',
    'Diplomacy Pakistan',
    'http://www.diplomacypakistan.com/main-front/north-korea-suspends-military-action-plans-against-south-korea/',
    '2020-06-24',
    'C',
    3,
  ),
  asahi0708: source(
    'Biegun says did not request North Korea meeting, open to talks',
    'The Asahi Shimbun (Reuters)',
    'https://ajw-origin.potaufeu.asahi.com/ajw/articles/13526368',
    '2020-07-08',
    'B',
    2,
  ),
  republic0708: source(
    'US envoy downplays meeting expectations with North Korea after Pyongyang rejected talks',
    'Republic World',
    'https://www.republicworld.com/world-news/us-news/us-envoy-downplays-meeting-expectations-with-north-korea-after-pyongya.html',
    '2020-07-08',
    'C',
    2,
  ),
  yna0924: source(
    'Defense ministry confirms N. Korea shot missing S. Korean official to death',
    'Yonhap',
    'https://m-en.yna.co.kr/view/AEN20200924004300325',
    '2020-09-24',
    'B',
    2,
  ),
  np0924: source(
    'North Korean troops killed missing S.Korean, then burned body, Seoul says',
    'National Post (Reuters)',
    'https://nationalpost.com/pmn/news-pmn/north-korean-troops-killed-missing-s-korean-then-burned-body-seoul-says',
    '2020-09-24',
    'B',
    2,
  ),
  epoch0924: source(
    'North Korea Shoots South Korean Official, Burns His Body: Seoul',
    'The Epoch Times (Associated Press)',
    'https://www.theepochtimes.com/north-korea-shoots-skorean-official-burns-his-body-seoul_3512558.html',
    '2020-09-24',
    'C',
    2,
  ),
  nation0925: source(
    'Kim Jong Un makes rare apology over killing of South Korean',
    'The Nation Thailand (Bloomberg)',
    'https://www.nationthailand.com/in-focus/30395156',
    '2020-09-25',
    'B',
    2,
  ),
  newsy0925: source(
    'Kim Jong-Un Apologizes For Death Of South Korean Official',
    'Newsy',
    'https://www.newsy.com/stories/kim-jong-un-apologizes-for-south-korean-official-s-death/',
    '2020-09-25',
    'C',
    2,
  ),
  newser0925: source(
    'Kim Jong Un Offers Rare Apology',
    'Newser',
    'https://amp.newser.com/story/296647/kim-jong-un-offers-rare-apology.html',
    '2020-09-25',
    'C',
    2,
  ),
  yna0927: source(
    'N.K. warns S. Korea against violating western sea border to search for official’s body',
    'Yonhap',
    'https://m-en.yna.co.kr/view/AEN20200927000300325',
    '2020-09-27',
    'B',
    2,
  ),
  siasat0927: source(
    'Pyongyang warns S.Korea against violating sea border',
    'The Siasat Daily (IANS)',
    'https://www.siasat.com/pyongyang-warns-s-korea-against-violating-sea-border-1984699/',
    '2020-09-27',
    'C',
    2,
  ),
  kbs1010: source(
    'Kim Jong-un Says Push to Strengthen ‘War Deterrence’ Capabilities is for Self Defense',
    'KBS World',
    'http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=156804',
    '2020-10-10',
    'B',
    2,
  ),
  asiatoday1012: source(
    'Kim Jong-un expresses hope that the day will come for two Koreas to join hands',
    'AsiaToday',
    'http://en.asiatoday.co.kr/view.php?key=20201011002146527',
    '2020-10-12',
    'C',
    2,
  ),
  yna1214: source(
    'Assembly passes bill on banning cross-border launch of anti-Pyongyang leaflets',
    'Yonhap',
    'https://m-en.yna.co.kr/view/AEN20201214003400315',
    '2020-12-14',
    'B',
    2,
  ),
  kbs1214: source(
    'National Assembly passes bill banning anti-North Korea leaflet campaigns',
    'KBS World',
    'http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=158273',
    '2020-12-14',
    'B',
    2,
  ),
};

const events = [
  // ===== 3 May: the fire at Cheorwon =====
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '2020-05-02T22:41:00Z', recordedAt: rec('2020-05-03', '06:00') },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'North Korea – South Korea, 2020: the leaflets, the liaison office and the killing at sea',
      subject:
        'The exchange of fire at Cheorwon, the leaflet crisis and the North’s ultimatum, the lines cut and the joint liaison office at Kaesong destroyed, the army’s plans announced and suspended, the killing of a South Korean official at sea and Kim Jong Un’s apology, the law against the leaflets',
      parties: [NORTH, SOUTH],
      mediators: [],
    },
    [S.yna0503],
  ),
  ev(
    'IncidentReported',
    FIRE_NORTH,
    { occurredAt: '2020-05-02T22:41:00Z', recordedAt: rec('2020-05-03', '06:01') },
    {
      incidentId: FIRE_NORTH,
      kind: 'clash',
      perpetrator: 'north-korea',
      allegedBy: 'south-korea',
      against: 'south-korea',
      target: 'A South Korean guard post in the DMZ',
      place: P.cheorwon,
      fatalities: { min: 0, max: 0 },
      description:
        'Several bullets fired from the North hit the wall of a South Korean guard post inside the DMZ at 07:41 local time; no one hurt and no damage to the post, says the JCS, which does not see the fire as intentional.',
    },
    [S.yna0503, S.epoch0503, S.kimt0503],
  ),
  ev(
    'IncidentReported',
    FIRE_SOUTH,
    { occurredAt: '2020-05-02T23:00:00Z', precision: 'approximate', recordedAt: rec('2020-05-03', '06:02') },
    {
      incidentId: FIRE_SOUTH,
      kind: 'clash',
      perpetrator: 'south-korea',
      allegedBy: 'south-korea',
      against: 'north-korea',
      target: 'The origin of the fire on the North’s side',
      place: P.cheorwon,
      fatalities: { min: 0, max: 0 },
      description:
        'After a broadcast warning, the South Korean unit fires back twice, by the response manual and the field commander’s judgement; no casualties reported.',
    },
    [S.yna0503, S.kimt0503],
  ),
  ev(
    'StatementMade',
    'stmt-jcs-0503',
    { occurredAt: '2020-05-03', recordedAt: rec('2020-05-03', '06:03') },
    {
      speaker: SOUTH_JCS,
      audience: 'north-korea',
      tone: 'neutral',
      summary:
        'The JCS says it is taking actions through the inter-Korean military line to grasp the situation and prevent further incidents, and keeps a readiness posture.',
      quote:
        'We are taking actions via inter-Korean communication lines to grasp the detailed situation and to prevent any further incidents.',
    },
    [S.yna0503],
  ),
  ev(
    'ActorRegistered',
    'actor-usa',
    { occurredAt: '2020-05-03', recordedAt: rec('2020-05-04', '06:00') },
    { actor: USA, role: 'third-party' },
    [S.hngn0504],
  ),
  ev(
    'StatementMade',
    'stmt-pompeo-0503',
    { occurredAt: '2020-05-03', recordedAt: rec('2020-05-04', '06:01') },
    {
      speaker: POMPEO,
      audience: 'ABC This Week',
      tone: 'neutral',
      summary: 'Pompeo says the initial reports indicate the gunfire from the North was accidental.',
    },
    [S.hngn0504],
  ),
  // ===== 31 May – 4 June: the leaflets, the ultimatum =====
  ev(
    'ActorRegistered',
    'actor-ffnk',
    { occurredAt: '2020-05-31', recordedAt: rec('2020-06-04', '06:00') },
    { actor: FFNK, role: 'third-party' },
    [S.almasdar0604],
    { note: 'A defectors’ group in the South: not the South’s state (see the header).' },
  ),
  ev(
    'StatementMade',
    'stmt-ffnk-0531',
    { occurredAt: '2020-05-31', recordedAt: rec('2020-06-04', '06:01') },
    {
      speaker: PARK_SANG_HAK,
      audience: 'north-korea',
      tone: 'critical',
      summary:
        'The group says it sent 500,000 leaflets, 50 booklets, 2,000 dollars and 1,000 memory cards across the border by balloon from Gimpo, criticising Kim Jong Un.',
    },
    [S.almasdar0604],
  ),
  ev(
    'DemandTabled',
    D.leaflets,
    { occurredAt: '2020-06-04', recordedAt: rec('2020-06-04', '06:02') },
    {
      demandId: D.leaflets,
      by: 'north-korea',
      addressedTo: ['south-korea'],
      text: 'Stop the defectors’ leaflet launches across the border (a law banning them, or their seizure), as the Panmunjom Declaration and the military agreement ban hostile acts along the line',
      category: 'security',
    },
    [S.kbs0604, S.xinhua0604],
  ),
  ev(
    'UltimatumIssued',
    U.leaflets,
    { occurredAt: '2020-06-04', recordedAt: rec('2020-06-04', '06:03') },
    {
      ultimatumId: U.leaflets,
      by: 'north-korea',
      to: ['south-korea'],
      demandIds: [D.leaflets],
      consequences:
        'The North’s complete withdrawal from the Kaesong industrial project, the shutting of the joint liaison office and possibly the scrapping of the military agreement of 2018: the South "must face the worst phase shortly"',
      channel: 'A statement by Kim Yo Jong carried by KCNA and the Rodong Sinmun',
    },
    [S.kbs0604, S.xinhua0604, S.scmp0604],
  ),
  ev(
    'PositionTaken',
    'pos-south-leaflets-0604',
    { occurredAt: '2020-06-04', recordedAt: rec('2020-06-04', '12:00') },
    {
      demandId: D.leaflets,
      actorId: 'south-korea',
      stance: 'accepted-in-principle',
      conditions:
        'The Unification Ministry says it has already been looking at ways to ban the launches effectively, which threaten residents near the border; no law yet.',
      speaker: YOH,
    },
    [S.upnews0604, S.scmp0604],
  ),
  ev(
    'StatementMade',
    'stmt-ffnk-0604',
    { occurredAt: '2020-06-04', recordedAt: rec('2020-06-04', '12:01') },
    {
      speaker: PARK_SANG_HAK,
      audience: 'domestic audience',
      tone: 'critical',
      summary: 'Park says the group will keep sending leaflets.',
      quote: 'We are no longer slaves to North Korea',
    },
    [S.upnews0604],
  ),
  // ===== 9–10 June: the lines cut =====
  ev(
    'TalksSuspended',
    'talks-cut-0609',
    { occurredAt: '2020-06-09T03:00:00Z', recordedAt: rec('2020-06-10', '06:00') },
    {
      by: 'north-korea',
      reason:
        'At noon the North cuts and shuts every line with the South — the liaison line of the joint office, the military lines of the east and west coasts, the test line and the hotline between the Party’s headquarters and Cheong Wa Dae — as the first step towards cutting all contact: it sees no need to sit face to face with the South’s authorities.',
    },
    [S.yna0609, S.kbs0610],
  ),
  ev(
    'StatementMade',
    'stmt-kcna-enemy-0609',
    { occurredAt: '2020-06-09', recordedAt: rec('2020-06-10', '06:01') },
    {
      speaker: KCNA,
      audience: 'south-korea',
      tone: 'accusation',
      summary:
        'By Kim Yo Jong’s and Kim Yong Chol’s order, the North will treat the South as an enemy: the South has caused only "disillusionment", and there is no reason to sit down with its authorities.',
      quote: 'The latest measure is the first step in our action to eliminate anything unnecessary',
    },
    [S.scmp0609, S.kbs0610],
  ),
  ev(
    'StatementMade',
    'stmt-mou-charges-0610',
    { occurredAt: '2020-06-10', recordedAt: rec('2020-06-10', '09:00') },
    {
      speaker: YOH,
      audience: 'north-korea',
      tone: 'conciliatory',
      summary:
        'The Unification Ministry will file criminal complaints against Fighters for a Free North Korea and Keunsaem for sending leaflets and rice bottles to the North, and revoke their permits, for raising tensions and endangering residents of the border areas.',
    },
    [S.yna0610, S.kh0610],
  ),
  // ===== 13–17 June: the threats, the office destroyed, the army's plans =====
  ev(
    'StatementMade',
    'stmt-kyj-0613',
    { occurredAt: '2020-06-13', recordedAt: rec('2020-06-13', '12:00') },
    {
      speaker: KIM_YO_JONG,
      audience: 'south-korea',
      tone: 'military-threat',
      summary:
        'She has instructed the department in charge of affairs with "the enemy" to carry out the next action, the right to take it entrusted to the General Staff of the army; the South will soon see the "useless" liaison office completely collapsed.',
      quote:
        'Before long, a tragic scene of the useless north-south joint liaison office completely collapsed would be seen',
    },
    [S.newsdio0613],
  ),
  ev(
    'StatementMade',
    'stmt-kpa-gs-0616',
    { occurredAt: '2020-06-16', recordedAt: rec('2020-06-16', '03:00') },
    {
      speaker: KPA_GS,
      audience: 'south-korea',
      tone: 'military-threat',
      summary:
        'The army is studying an action plan to advance again into the zones demilitarized under the north-south agreement, "turn the front line into a fortress" and heighten its vigilance against the South, and will submit it to the Party’s Central Military Commission.',
      quote:
        'The KPA is studying an action plan for taking measures to make the army advance again into the zones that had been demilitarized',
    },
    [S.yna0616gs, S.people0616],
  ),
  ev(
    'IncidentReported',
    OFFICE,
    { occurredAt: '2020-06-16T05:49:00Z', recordedAt: rec('2020-06-16', '07:00') },
    {
      incidentId: OFFICE,
      kind: 'non-lethal-force',
      perpetrator: 'north-korea',
      allegedBy: 'south-korea',
      against: 'south-korea',
      target: 'The inter-Korean joint liaison office, built and paid for by the South (empty since January)',
      place: P.kaesong,
      fatalities: { min: 0, max: 0 },
      description:
        'The North blows up the four-storey joint liaison office in the Kaesong industrial zone at 14:49 local time; the South’s ministries confirm it, and KCNA says the office was "ruined with a terrific explosion" to make "human scum and those who sheltered the scum" pay.',
    },
    [S.bbc0616, S.scmp0616, S.yna0616nsc],
    { note: 'A hostile act on the North’s own soil, not armed action (see the header).' },
  ),
  ev(
    'UltimatumResolved',
    'ult-leaflets-enforced',
    { occurredAt: '2020-06-16T05:49:00Z', recordedAt: rec('2020-06-16', '07:01') },
    {
      ultimatumId: U.leaflets,
      resolution: 'enforced',
      summary: 'The liaison office the statement of 4 June threatened to shut is destroyed.',
    },
    [S.yna0616nsc, S.scmp0616],
  ),
  ev(
    'StatementMade',
    'stmt-nsc-0616',
    { occurredAt: '2020-06-16T09:00:00Z', precision: 'approximate', recordedAt: rec('2020-06-16', '12:00') },
    {
      speaker: KIM_YOU_GEUN,
      audience: 'north-korea',
      tone: 'warning',
      summary:
        'After an emergency meeting of the NSC standing committee, the presidential office expresses strong regret and warns that the South will respond strongly to any further action that worsens the situation; the responsibility lies entirely with the North.',
      quote:
        'We sternly warn that we will strongly respond to it if North Korea takes any action that further worsens the situation.',
    },
    [S.yna0616nsc],
  ),
  ev(
    'StatementMade',
    'stmt-mnd-0616',
    { occurredAt: '2020-06-16T10:00:00Z', precision: 'approximate', recordedAt: rec('2020-06-16', '12:01') },
    {
      speaker: SOUTH_MND,
      audience: 'north-korea',
      tone: 'warning',
      summary:
        'The defence ministry will strongly respond to any provocative military action by the North; it watches the North’s forces round the clock to keep the situation from becoming a military crisis.',
    },
    [S.kh0616],
  ),
  ev(
    'StatementMade',
    'stmt-kpa-gs-0617',
    { occurredAt: '2020-06-17', recordedAt: rec('2020-06-17', '03:00') },
    {
      speaker: KPA_GS,
      audience: 'south-korea',
      tone: 'military-threat',
      summary:
        'Regiment-level units and firing sub-units will be deployed to the Mount Kumgang tourist area and the Kaesong industrial zone; the guard posts withdrawn from the DMZ under the military agreement will be re-manned; the artillery on the whole front, the south-western naval front included, is put on top-class combat duty, and all regular exercises near the line resume; the plans go to the Central Military Commission for approval.',
    },
    [S.yna0617, S.tass0617, S.hani0617],
  ),
  ev(
    'StatementMade',
    'stmt-kyj-0617',
    { occurredAt: '2020-06-17', recordedAt: rec('2020-06-17', '03:01') },
    {
      speaker: KIM_YO_JONG,
      audience: 'south-korea',
      tone: 'accusation',
      summary:
        'She calls Moon’s speech for the twentieth anniversary of the June 15 declaration "sickening" and full of "shameless and impudent words", and flatly rejects his offer of 15 June to send two special envoys; the crisis can end only when a proper price is paid.',
      quote: 'It was sickening to listen to his speech',
    },
    [S.hani0617kyj, S.kcna0617],
  ),
  ev(
    'StatementMade',
    'stmt-bh-0617',
    { occurredAt: '2020-06-17', recordedAt: rec('2020-06-17', '06:00') },
    {
      speaker: YOON_DO_HAN,
      audience: 'north-korea',
      tone: 'warning',
      summary:
        'The presidential office condemns Kim Yo Jong’s "rude and senseless" criticism of Moon and the disclosure of the envoys’ offer, and says it will not tolerate the North’s unreasonable words and acts any more.',
      quote: 'We won’t tolerate the North’s unreasonable words and acts anymore',
    },
    [S.yna0617bh],
  ),
  ev(
    'StatementMade',
    'stmt-jcs-0617',
    { occurredAt: '2020-06-17', recordedAt: rec('2020-06-17', '06:01') },
    {
      speaker: JEON_DONG_JIN,
      audience: 'north-korea',
      tone: 'warning',
      summary:
        'The JCS says the North will pay the price for any military action; it watches the North’s forces round the clock and keeps a firm readiness.',
      quote: 'The North will pay the price for any military actions',
    },
    [S.forex0617],
  ),
  // ===== 22–24 June: the leaflets again, the plans suspended =====
  ev(
    'StatementMade',
    'stmt-kcna-leaflets-0622',
    { occurredAt: '2020-06-22', recordedAt: rec('2020-06-22', '06:00') },
    {
      speaker: KCNA,
      audience: 'south-korea',
      tone: 'threat',
      summary:
        'The North has printed 12 million leaflets and readied over 3,000 balloons to scatter them deep inside the South, the largest such campaign ever: "the time for retaliatory punishment is drawing near".',
      quote: 'The time for retaliatory punishment is drawing near',
    },
    [S.people0622, S.fpj0622],
  ),
  ev(
    'StatementMade',
    'stmt-mou-0622',
    { occurredAt: '2020-06-22', recordedAt: rec('2020-06-22', '09:00') },
    {
      speaker: YOH,
      audience: 'north-korea',
      tone: 'critical',
      summary:
        'The Unification Ministry urges the North to drop its plan to send leaflets, which are "not helpful to South-North relations at all".',
    },
    [S.fpj0622],
  ),
  ev(
    'StatementMade',
    'stmt-ffnk-0622',
    { occurredAt: '2020-06-22T14:00:00Z', precision: 'approximate', recordedAt: rec('2020-06-23', '06:00') },
    {
      speaker: PARK_SANG_HAK,
      audience: 'north-korea',
      tone: 'critical',
      summary:
        'Park says his group floated 20 balloons with 500,000 leaflets, 2,000 one-dollar bills and booklets from Paju on the night of 22 June.',
    },
    [S.onp0623],
  ),
  ev(
    'StatementMade',
    'stmt-kju-suspends-0623',
    { occurredAt: '2020-06-23', recordedAt: rec('2020-06-24', '00:00') },
    {
      speaker: KIM_JONG_UN,
      audience: 'south-korea',
      tone: 'conciliatory',
      summary:
        'Presiding over a preliminary meeting of the Party’s Central Military Commission by video, Kim suspends the military action plans against the South brought by the General Staff; the meeting also examines documents for "further bolstering the war deterrent".',
      quote: 'suspended the military action plans against the South',
    },
    [S.yna0624, S.aj0624, S.alarabiya0624],
  ),
  ev(
    'StatementMade',
    'stmt-loudspeakers-0624',
    { occurredAt: '2020-06-24', recordedAt: rec('2020-06-24', '09:00') },
    {
      speaker: SOUTH_MILITARY_SOURCES,
      audience: 'domestic audience',
      tone: 'neutral',
      summary:
        'The North’s military is seen removing about ten loudspeakers near the DMZ, days after it reinstalled about twenty; the Unification Ministry notes that some articles critical of the South were taken down from the North’s websites.',
    },
    [S.dippak0624, graded(S.alarabiya0624, 3)],
  ),
  // ===== July: the United States' envoy =====
  ev(
    'ThirdPartyEngagement',
    'tpe-biegun-0708',
    { occurredAt: '2020-07-08', recordedAt: rec('2020-07-08', '12:00') },
    {
      actorId: 'united-states',
      counterparts: ['south-korea'],
      kind: 'visit',
      summary:
        'Biegun, the US point man for North Korea, meets South Korean officials in Seoul; he did not request a meeting with the North, he says, but the United States is ready to resume talks whenever it chooses.',
    },
    [S.asahi0708, S.republic0708],
  ),
  // ===== September: the letters, the killing at sea, the apology =====
  ev(
    'IncidentReported',
    KILLING,
    { occurredAt: '2020-09-22', recordedAt: rec('2020-09-24', '06:00') },
    {
      incidentId: KILLING,
      kind: 'lethal-force',
      perpetrator: 'north-korea',
      allegedBy: 'south-korea',
      against: 'south-korea',
      target: 'A 47-year-old official of the South’s Ministry of Oceans and Fisheries, adrift on a float',
      place: P.yeonpyeong,
      fatalities: { min: 1, max: 1 },
      civilianFatalities: { min: 1, max: 1 },
      description:
        'The official, missing from a fisheries inspection boat south of the sea boundary since the 21st, is found by a North Korean vessel in the North’s waters, questioned from a distance, then shot by a North Korean navy boat, which burns the float (the South says the body), by order from above under the North’s anti-Covid rules, according to the South’s military.',
    },
    [S.yna0924, S.np0924, S.epoch0924],
  ),
  ev(
    'StatementMade',
    'stmt-mnd-blame-0924',
    { occurredAt: '2020-09-24', recordedAt: rec('2020-09-24', '06:01') },
    {
      speaker: AHN,
      audience: 'north-korea',
      tone: 'accusation',
      summary:
        'Reading the defence ministry’s statement, the JCS’s director of operations says the North shot the South Korean found in its waters and burned his body, condemns the "brutality", demands an explanation and the punishment of those responsible, and warns that all responsibility lies with the North.',
      quote:
        'Our military strongly condemns such an atrocity, and strongly demands North Korea provide explanations and punish those who are responsible',
      blames: { incidentId: KILLING, on: 'north-korea' },
    },
    [S.yna0924, S.np0924],
  ),
  ev(
    'DemandTabled',
    D.killing,
    { occurredAt: '2020-09-24', recordedAt: rec('2020-09-24', '06:02') },
    {
      demandId: D.killing,
      by: 'south-korea',
      addressedTo: ['north-korea'],
      text: 'Explain the killing of the fisheries official and punish those responsible',
      category: 'humanitarian',
    },
    [S.yna0924, S.np0924],
  ),
  ev(
    'StatementMade',
    'stmt-kju-letter-0912',
    { occurredAt: '2020-09-12', recordedAt: rec('2020-09-25', '06:00') },
    {
      speaker: KIM_JONG_UN,
      audience: 'south-korea',
      tone: 'conciliatory',
      summary:
        'In a letter to Moon (answering Moon’s of 8 September), Kim shares the hardships of the South’s fight against Covid-19 and wishes South Koreans health; disclosed by Seoul on 25 September.',
    },
    [S.newser0925, S.nation0925],
  ),
  ev(
    'StatementMade',
    'stmt-kju-apology-0925',
    { occurredAt: '2020-09-25', recordedAt: rec('2020-09-25', '06:01') },
    {
      speaker: UFD,
      audience: 'south-korea',
      tone: 'conciliatory',
      summary:
        'A letter from the United Front Department to Cheong Wa Dae conveys that Kim Jong Un is "very sorry" for the "unexpected, disgraceful" case that disappointed Moon and the South’s people; it gives the North’s account (about ten rounds fired at an intruder who would not identify himself and tried to flee; only the float burned) and says measures are taken so that trust is not damaged, while faulting Seoul’s "confrontational" words.',
      quote: 'very sorry',
    },
    [S.nation0925, S.newsy0925, S.newser0925],
  ),
  ev(
    'PositionTaken',
    'pos-north-killing-0925',
    { occurredAt: '2020-09-25', recordedAt: rec('2020-09-25', '06:02') },
    {
      demandId: D.killing,
      actorId: 'north-korea',
      stance: 'accepted-in-principle',
      conditions:
        'It explains the shooting in its own account and apologises; no one is said to be punished, and it denies burning the body.',
    },
    [S.nation0925, S.newser0925],
  ),
  ev(
    'StatementMade',
    'stmt-suh-0925',
    { occurredAt: '2020-09-25', recordedAt: rec('2020-09-25', '06:03') },
    {
      speaker: SUH,
      audience: 'domestic audience',
      tone: 'neutral',
      summary: 'Suh discloses the North’s letter, and the letters Moon and Kim exchanged on 8 and 12 September.',
    },
    [S.nation0925, S.newser0925],
  ),
  ev(
    'DemandTabled',
    D.jointProbe,
    { occurredAt: '2020-09-26', recordedAt: rec('2020-09-27', '06:00') },
    {
      demandId: D.jointProbe,
      by: 'south-korea',
      addressedTo: ['north-korea'],
      text: 'Carry out an additional or a joint investigation into the killing (the two accounts differ)',
      category: 'humanitarian',
    },
    [S.siasat0927],
    { note: 'Cheong Wa Dae’s request, reported on the 27th as made on Saturday the 26th.' },
  ),
  ev(
    'StatementMade',
    'stmt-kcna-search-0927',
    { occurredAt: '2020-09-27', recordedAt: rec('2020-09-27', '06:01') },
    {
      speaker: KCNA,
      audience: 'south-korea',
      tone: 'warning',
      summary:
        'The North says the South’s vessels, warships among them, have intruded into its waters since 25 September in what looks like a search, which "may lead to another awful incident"; it seriously warns the South and urges it to stop at once, while organising its own search and considering how to hand over a body if found.',
      quote:
        'We can never overlook any intrusion into our territorial waters, and we seriously warn the south side against it.',
    },
    [S.yna0927, S.siasat0927],
  ),
  // ===== October – December =====
  ev(
    'StatementMade',
    'stmt-kju-parade-1010',
    { occurredAt: '2020-10-09T15:00:00Z', recordedAt: rec('2020-10-12', '12:00') },
    {
      speaker: KIM_JONG_UN,
      audience: 'domestic audience',
      tone: 'conciliatory',
      summary:
        'At the midnight parade for the Party’s 75th anniversary, Kim sends "warm" wishes to "beloved compatriots in the South" fighting Covid-19 and hopes the two will take each other’s hand again; the arms shown are for self-defence, he says, aimed at no one.',
      quote: 'take each other’s hand again',
    },
    [S.kbs1010, S.asiatoday1012],
  ),
  ev(
    'PositionTaken',
    'pos-south-leaflets-1214',
    { occurredAt: '2020-12-14', recordedAt: rec('2020-12-14', '15:00') },
    {
      demandId: D.leaflets,
      actorId: 'south-korea',
      stance: 'accepted',
      conditions:
        'The National Assembly passes, 187–0 (the opposition boycotting), the revision of the Development of Inter-Korean Relations Act that bans scattering leaflets across the border: up to three years in prison or 30 million won.',
    },
    [S.yna1214, S.kbs1214],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'koreas-2020.jsonl',
  logEnd: '2020-12-31T00:00:00Z',
  events,
};

export default definition;
