/**
 * A test fixture, not a shipped example: Pakistan and the government of
 * President Ashraf Ghani in Afghanistan from the exchanges of fire over the gate
 * Pakistan was building at Torkham (12–13 June 2016) to the first
 * China – Afghanistan – Pakistan foreign ministers' dialogue in Beijing
 * (26 December 2017), as an analyst following the news could have recorded it.
 * Escalation model v2 was never tuned on it: it is the case the model is held to
 * in pakistan-afghanistan-2016.spec.ts, against calls written from DOMAIN.md §5b
 * alone. The same pair under the Taliban government is pakistan-afghanistan-2022.ts
 * and examples/pakistan-afghanistan-2025.ts (other negotiations, other actors:
 * `afghan-taliban` there, `afghanistan` here); nothing here is copied from them.
 *
 * What it tests: exchanges of fire between border forces at crossings (Torkham,
 * June 2016; Chaman, May 2017, with tens killed by the two sides' counts and a
 * ceasefire the same day), crossings closed by one side and reopened (Torkham
 * June 2016, Chaman August 2016, the whole border February – March 2017, Chaman
 * May 2017), Pakistan's shelling of what it called militant camps on the Afghan
 * side (February, March and November 2017), blame for bombings laid on the other
 * party (Sehwan on Afghan sanctuaries, Kabul on Pakistan's intelligence service),
 * and mediation by third parties (the United Kingdom in London, China's shuttle
 * diplomacy and the Beijing trilateral).
 *
 * Kept under test/ so that the demo data (examples/) and the calibration file's
 * coverage do not change. Built and checked with the same builder as the shipped
 * cases (examples/case-builder.ts): every event replays through `decide` and cites
 * a dated, graded public source.
 *
 * Titles are the pages' headlines where the stored copy shows one, else the
 * headline its address spells out, else a description in brackets.
 *
 * Grading as in examples/README.md: B = established outlet or wire copy (Reuters,
 * AP, AFP, PTI, Xinhua and dpa through the outlets that carry them; Dawn, The
 * Express Tribune, The News, Geo, Dunya, The Nation, Daily Pakistan, Pakistan
 * Today, APP, India Today, Deccan Chronicle, The Statesman, Mint, Foreign Policy,
 * Haaretz, RFE/RL, VOA, Ariana News, Anadolu; ISPR's own press release and China's
 * embassy for their governments' words), C = smaller outlet, aggregator, blog copy
 * or foreign-language state outlet (The Pashtun Times, Kashmir Observer, iRabwah,
 * Big News Network, the Pajhwok blog copy, RT, Press TV, Sputnik Brasil, Drulap,
 * Salam Watandar). 1 = an on-record statement or act confirmed by the actor
 * itself; 2 = several outlets agree, or one established outlet reports it; 3 =
 * one side's unverified claim about the other, or unnamed sources.
 *
 * Judgement calls, recorded as an analyst would:
 * - Places are written one way each: "Torkham crossing, Khyber Agency" (the June
 *   2016 fire, its closure and reopening), "Chaman crossing (Friendship Gate)"
 *   (its closures and reopenings), "Killi Luqman and Killi Jahangir, Chaman" (the
 *   fighting of 5 May 2017), "Pakistan – Afghanistan border crossings" (the closure
 *   of the whole border after Sehwan and its reopening), "Border districts of
 *   Nangarhar" and "Border districts of Kunar" (Pakistan's shelling).
 * - Torkham, June 2016: the fire from 21:00 on 12 June to 05:00 on the 13th is one
 *   act, recorded under Afghanistan as Pakistan alleged it (Afghan officials said
 *   Pakistan's construction provoked it); its toll is Major Ali Jawad Changezi
 *   (wounded that night, died on the 14th) and one or two Afghan border police,
 *   2–3 killed. The fresh fire of the 13th afternoon rests on one small outlet
 *   (C3; its publication date inferred from its text, "late on Sunday night"), no
 *   toll. News Bharati's "heavy clash underway" on the 15th and Kabul's complaint
 *   (20 June) of "ongoing unprovoked artillery shelling" give no dated act: not
 *   recorded as acts; the complaint is a statement. The crossing was shut by
 *   Pakistan's authorities (curfew at Torkham, traffic stopped at Takhta Baig):
 *   a closure by Pakistan against Afghanistan, 12 June – 18 June. The ceasefire is
 *   dated to 15 June (Dawn: agreed "on Wednesday" after diplomatic and military
 *   contacts); the two sides disputed its terms (the gate). No source limits it
 *   to the crossing or to some arms, so it covers all hostilities between the
 *   two (no `coverage: 'partial'`, unlike the Torkham jirga's ceasefire of 2025
 *   in examples/pakistan-afghanistan-2025.ts, agreed for that crossing alone);
 *   the same for the Chaman ceasefire of May 2017. No source ends either: both
 *   stay in force, and fire after them is fire after a ceasefire agreed. Troops
 *   and tanks moved to the border (14 June) are a show of force.
 * - Chaman, August 2016: Pakistan closed the Friendship Gate after Afghan
 *   protesters burned its flag (18 August) and reopened it on 1 September after
 *   the fifth flag meeting (31 August), where Kabul's letter condemned the act: a
 *   closure against Afghanistan and its reopening; the flag meeting a technical
 *   round ending in agreement. The protesters are not recorded as an act of the
 *   Afghan state.
 * - Sehwan (16 February 2017): claimed by the Islamic State, a third party;
 *   Pakistan blamed "sanctuaries in Afghanistan" the same night and closed the
 *   whole border "till further orders" (ISPR); AP reports Chaman shut late on the
 *   17th: one closure of the border crossings, dated 16 February. The two-day
 *   passage of 7–8 March for stranded travellers is not a reopening (the border
 *   stayed shut after it): a statement. Sharif's order of 20 March reopens it.
 * - Pakistan's shelling of 17–18 February: the army says it destroyed Jamaat-ul-
 *   Ahrar camps opposite Mohmand and Khyber; Kabul says rockets hit Lalpur in
 *   Nangarhar. Strikes by one party on the other's territory (§5b), recorded
 *   under Pakistan, against Afghanistan (on whose soil they fell), with the tolls
 *   Dawn gives from local TV quoting Afghan sources (20 on the 18th, 37 in two
 *   days: 17 on the 17th), graded 3. Afghan reports of more than 500 rockets in
 *   early March and of shelling in Kunar before 15 March were found without a
 *   date: not recorded. The shelling of 29–30 March (Nangarhar and Kunar, no toll)
 *   is Afghan officials' account through Sputnik Brasil (C2). The 342 rockets on
 *   Kunar of 13–14 November 2017 are Kunar's police chief's account (C2), no toll.
 * - Pakistan's list of 76 wanted men sheltering in Afghanistan (17 February) is a
 *   demand, not an ultimatum (no deadline, no stated consequence); Kabul's answer
 *   (its own list, action tied to action against the Afghan Taliban and the
 *   Haqqani network, verified by a third party) is its counter-proposal.
 * - Chaman, 5 May 2017: two acts at one place. Afghanistan's fire on the census
 *   team's escort (as Pakistan alleged it; Kabul said the team was on its side):
 *   Pakistan's counts, 14 killed (12 civilians by PTI, two soldiers by the
 *   Frontier Corps), recorded when those counts were given (8 May). Pakistan's
 *   return fire and destruction of Afghan posts: 3 killed by Kandahar's count
 *   (two border police, a civilian) to "more than 50" soldiers by the Frontier
 *   Corps' (7 May, graded 3). The ceasefire "on Afghan request" (Pakistan's account) is dated to
 *   the afternoon of the 5th (approximate), after the two acts. Lt Gen Amir Riaz's
 *   "anyone who tries to make Pakistan's territory disputed will face similar
 *   consequences" with the Frontier Corps' warning of heavy weapons is a military
 *   threat; the crossing closed "till Afghanistan changes its behaviour" is the
 *   closure, not an ultimatum (no demand put to Kabul with a consequence beyond
 *   it). The third flag meeting (7 May) is a technical round (progress: the joint
 *   survey). Chaman reopened on 27 May (ISPR: "on humanitarian grounds in Ramazan
 *   on request from Afghan authorities"; the ceasefire "shall continue").
 * - Kabul, 31 May 2017: the truck bomb is the Haqqani network's by the Afghan
 *   intelligence service's account (no one claimed it; the Taliban denied it),
 *   blamed on Pakistan's ISI: a militant attack by a third party, blamed on
 *   Pakistan. Toll as first counted when it was recorded (80–90); the later
 *   "more than 150" is not added as a correction (its source is not cited here).
 * - Afghanistan's foreign ministry on the fence (5 April 2017: the Afghan forces
 *   "are ready to" act if the "violations" continue) is a military threat; the
 *   copy found is a blog copy of VOA dated by its text ("on Wednesday"), graded C2.
 * - China: a mediator from the Quadrilateral Coordination Group (with the United
 *   States, here a third party: it took no part in the border disputes recorded),
 *   and in Wang Yi's shuttle of 24–25 June 2017, whose crisis-management
 *   mechanism is recorded as an agreement whose text is agreed, not yet in force
 *   (no report of it working was found). The Beijing dialogue of 26 December is a
 *   round ending in progress (a pledge to improve relations, working groups
 *   proposed), not an agreement. The United Kingdom hosted the London talks
 *   (15–16 March 2017): a mediator from then.
 * - Left out for want of a dated source or of a bearing on the pair: the QCG's
 *   earlier meetings, the US strike that killed Mullah Mansour in Pakistan
 *   (21 May 2016), President Trump's South Asia strategy (21 August 2017), the
 *   Lahore bombing of 13 February 2017 (no blame on Kabul found dated), and any
 *   fire at the border between July and October 2017 (none found). Days with
 *   nothing recorded are not days with nothing done.
 */
import type { Actor, NegotiationEvent, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'pakistan-afghanistan-2016';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 2016);

const PAKISTAN: Actor = {
  id: 'pakistan',
  name: 'Pakistan',
  kind: 'state',
  aliases: ['Islamabad', 'Pakistan Army', 'ISPR', 'Frontier Corps', 'FC'],
};
const AFGHANISTAN: Actor = {
  id: 'afghanistan',
  name: 'Islamic Republic of Afghanistan',
  kind: 'state',
  aliases: ['Afghanistan', 'Kabul', 'Afghan Border Police', 'ABP', 'National Directorate of Security', 'NDS'],
};
const CHINA: Actor = { id: 'china', name: 'China', kind: 'state', aliases: ['Beijing'] };
const USA: Actor = { id: 'united-states', name: 'United States', kind: 'state', aliases: ['US', 'Washington'] };
const UK: Actor = { id: 'united-kingdom', name: 'United Kingdom', kind: 'state', aliases: ['UK', 'Britain', 'London'] };
const IS: Actor = {
  id: 'islamic-state',
  name: 'Islamic State',
  kind: 'armed-group',
  aliases: ['IS', 'Daesh', 'Islamic State Khorasan'],
};
const HAQQANI: Actor = { id: 'haqqani-network', name: 'Haqqani network', kind: 'armed-group', aliases: ['Haqqanis'] };

const ISPR: Person = { name: 'Inter-Services Public Relations (statement)', actorId: 'pakistan' };
const PK_FO: Person = { name: 'Foreign Office of Pakistan (statement)', actorId: 'pakistan' };
const AZIZ: Person = {
  name: 'Sartaj Aziz',
  title: 'Adviser to the Prime Minister on Foreign Affairs',
  actorId: 'pakistan',
};
const SHARIF: Person = { name: 'Nawaz Sharif', title: 'Prime Minister of Pakistan', actorId: 'pakistan' };
const BAJWA: Person = { name: 'Gen Qamar Javed Bajwa', title: 'Chief of Army Staff, Pakistan', actorId: 'pakistan' };
const RIAZ: Person = { name: 'Lt Gen Amir Riaz', title: 'Commander, Southern Command', actorId: 'pakistan' };
const CORPS: Person = { name: 'Corps Commanders’ Conference (ISPR statement)', actorId: 'pakistan' };
const AF_MFA: Person = { name: 'Ministry of Foreign Affairs of Afghanistan (statement)', actorId: 'afghanistan' };
const AF_NSC: Person = { name: 'National Security Council of Afghanistan (statement)', actorId: 'afghanistan' };
const GHANI: Person = { name: 'Ashraf Ghani', title: 'President of Afghanistan', actorId: 'afghanistan' };
const ZAKHILWAL: Person = {
  name: 'Omar Zakhilwal',
  title: 'Ambassador of Afghanistan to Pakistan',
  actorId: 'afghanistan',
};
const HEKMAT: Person = {
  name: 'Hekmat Khalil Karzai',
  title: 'Deputy Foreign Minister of Afghanistan',
  actorId: 'afghanistan',
};
const MOSTAGHANI: Person = {
  name: 'Ahmad Shakib Mostaghani',
  title: 'Spokesman, Ministry of Foreign Affairs of Afghanistan',
  actorId: 'afghanistan',
};
const SEDIQQI: Person = { name: 'Sediq Sediqqi', title: 'Spokesman of the Afghan government', actorId: 'afghanistan' };
const WANG: Person = { name: 'Wang Yi', title: 'Foreign Minister of China', actorId: 'china' };
const ASIF: Person = { name: 'Khawaja Muhammad Asif', title: 'Foreign Minister of Pakistan', actorId: 'pakistan' };
const RABBANI: Person = {
  name: 'Salahuddin Rabbani',
  title: 'Foreign Minister of Afghanistan',
  actorId: 'afghanistan',
};
const ATMAR: Person = {
  name: 'Hanif Atmar',
  title: 'National Security Adviser of Afghanistan',
  actorId: 'afghanistan',
};
const CHAUDHRY: Person = { name: 'Aizaz Ahmad Chaudhry', title: 'Foreign Secretary of Pakistan', actorId: 'pakistan' };

const TORKHAM = 'Torkham crossing, Khyber Agency';
const CHAMAN_GATE = 'Chaman crossing (Friendship Gate)';
const CHAMAN_VILLAGES = 'Killi Luqman and Killi Jahangir, Chaman';
const BORDER = 'Pakistan – Afghanistan border crossings';
const NANGARHAR = 'Border districts of Nangarhar';
const KUNAR = 'Border districts of Kunar';

const R = {
  qcg5: 'qcg-5-islamabad-2016-05-18',
  islamabad: 'islamabad-border-talks-2016-06-20',
  chamanFlag2016: 'chaman-flag-meeting-2016-08-31',
  london: 'london-talks-2017-03-15',
  chamanFlag2017: 'chaman-flag-meeting-2017-05-07',
  bajwaKabul: 'bajwa-kabul-2017-10-01',
  beijing: 'beijing-trilateral-2017-12-26',
} as const;
const CF = { torkham: 'torkham-ceasefire-2016-06-15', chaman: 'chaman-ceasefire-2017-05-05' } as const;
const D = { list76: 'pakistan-list-of-76', stopShelling: 'afghanistan-stop-cross-border-fire' } as const;
const A = { crisis: 'crisis-management-mechanism-2017-06-25' } as const;

const S = {
  xinhuaMay18: source(
    'Four-nation group terms negotiations only option for political settlement',
    'Xinhua (China.org.cn)',
    'http://en.chinagate.cn/2016-05/18/content_38483604.htm',
    '2016-05-18',
    'B',
    2,
  ),
  reutersJun14: source(
    'Pakistan – Afghanistan border (Reuters, Jibran Ahmed)',
    'Reuters',
    'http://in.reuters.com/article/pakistan-afghanistan-border-idINL4N1962W7',
    '2016-06-14',
    'B',
    2,
  ),
  kashmirObsJun14: source(
    'Pakistan Army major injured in Torkham firing dies',
    'Kashmir Observer (Express Tribune copy)',
    'https://kashmirobserver.net/2016/06/14/pakistan-army-major-injured-in-torkham-firing-dies/',
    '2016-06-14',
    'C',
    2,
  ),
  pashtunJun13: source(
    'Fresh clash reported among Afghan and Pakistani forces in Torkham',
    'The Pashtun Times',
    'https://thepashtuntimes.com/fresh-clash-reported-among-afghan-and-pakistani-forces-in-torkham/',
    '2016-06-13',
    'C',
    3,
  ),
  nationJun15: source(
    'Pakistan, Afghanistan amass troops at Torkham border',
    'The Nation',
    'https://nation.com.pk/15-Jun-2016/pakistan-afghanistan-amass-troops-at-torkham-border',
    '2016-06-15',
    'B',
    2,
  ),
  bharatiJun15: source(
    'Pakistan and Afghanistan face conflicts over establishment of gate on Torkham border',
    'News Bharati',
    'http://www.newsbharati.com/Encyc/2016/6/15/Pakistan-Afghanistan-Torkham-border',
    '2016-06-15',
    'C',
    2,
  ),
  irabwahJun17: source(
    'Pakistan announces to build more gates and fences on Pak Afghan border',
    'iRabwah',
    'https://www.irabwah.com/2016/06/17/pakistan-announces-to-build-more-gates-and-fences-on-pak-afghan-border/',
    '2016-06-17',
    'C',
    2,
  ),
  dawnJun18: source(
    'Torkham border reopens after five days of friction',
    'Dawn',
    'https://www.dawn.com/news/1265669/torkham-border-reopens-after-five-days-of-friction',
    '2016-06-18',
    'B',
    2,
  ),
  bnnJun18: source(
    'Pakistan reopens Torkham border crossing to Afghanistan, travellers and trucks pass',
    'Big News Network',
    'http://www.bignewsnetwork.com/news/245083947/pakistan-reopens-torkham-border-crossing-to-afghanistan-travellers-and-trucks-pass',
    '2016-06-18',
    'C',
    2,
  ),
  tribuneJun21: source(
    'Pak-Afghan talks: Mechanism agreed to ensure border peace',
    'The Express Tribune',
    'https://tribune.com.pk/story/1126742/pak-afghan-talks-mechanism-agreed-ensure-border-peace',
    '2016-06-21',
    'B',
    2,
  ),
  thenewsJun21: source(
    'Pakistan, Afghanistan agree on building contacts in inconclusive talks',
    'The News',
    'http://www.thenews.com.pk/print/129538-Pakistan-Afghanistan-agree-on-building-contacts-in-inconclusive-talks',
    '2016-06-21',
    'B',
    2,
  ),
  pajhwokAug21: source(
    'Talks on Chaman border reopening fizzle out',
    'Pajhwok Afghan News (blog copy)',
    'http://enafghan.niloblog.com/p/1631',
    '2016-08-21',
    'C',
    2,
  ),
  dawnSep1: source(
    'Chaman border crossing reopens today',
    'Dawn',
    'https://dawn.com/news/1281318',
    '2016-09-01',
    'B',
    2,
  ),
  thenewsSep2: source(
    'Chaman border reopened',
    'The News',
    'https://www.thenews.com.pk/print/147204-Chaman-border-reopened',
    '2016-09-02',
    'B',
    2,
  ),
  indiaTodayDec4: source(
    'Ashraf Ghani at Heart of Asia: Pakistan shelters terrorists, Taliban testifies',
    'India Today',
    'https://www.indiatoday.in/world/story/ashraf-ghani-at-heart-of-asia-pakistan-shelters-terrorists-taliban-testifies-355568-2016-12-04',
    '2016-12-04',
    'B',
    2,
  ),
  deccanDec5: source(
    "Afghan President Ghani shames Pakistan at 'Heart of Asia' summit",
    'Deccan Chronicle',
    'https://deccanchronicle.com/amp/nation/current-affairs/051216/afghan-president-ghani-shames-pakistan-at-heart-of-asia-summit.html',
    '2016-12-05',
    'B',
    2,
  ),
  geoFeb16: source(
    'Pakistan-Afghanistan border closed with immediate effect',
    'Geo News',
    'https://geo.tv/latest/131385',
    '2017-02-16',
    'B',
    1,
  ),
  wionFeb17: source(
    'Pakistan seals Torkham border crossing with Afghanistan after attack on Sufi shrine',
    'WION',
    'http://www.wionews.com/south-asia/pakistan-seals-torkham-border-crossing-with-afghanistan-after-attack-on-sufi-shrine-12497',
    '2017-02-17',
    'B',
    2,
  ),
  rtFeb17: source(
    'Пакистан закрыл границу с Афганистаном после теракта (Pakistan closed the border with Afghanistan after the attack)',
    'RT (Russian)',
    'https://russian.rt.com/world/news/360053-pakistan-granica-afganistan-terakt/amp',
    '2017-02-17',
    'C',
    2,
  ),
  apFeb18: source(
    'Pakistan shuts key border crossing in wake of shrine attack',
    'Stars and Stripes (AP)',
    'https://www.stripes.com/news/middle-east/pakistan-shuts-key-border-crossing-in-wake-of-shrine-attack-1.454597',
    '2017-02-18',
    'B',
    2,
  ),
  presstvFeb18: source(
    'Pakistan closes second major border crossing with Afghanistan',
    'Press TV',
    'https://presstv.co.uk/Detail/2017/02/18/511114/Pakistan-Afghanistan-Chaman-border-crossing-Sehwan-',
    '2017-02-18',
    'C',
    2,
  ),
  tribuneFeb18: source(
    'Kabul summons Pakistan’s envoy over ‘cross-border shelling’',
    'The Express Tribune',
    'https://tribune.com.pk/story/1331084/afghanistan-pakistan-agree-work-better-anti-terror-response',
    '2017-02-18',
    'B',
    2,
  ),
  dawnFeb19: source(
    'Pakistan army pounds more border hideouts',
    'Dawn',
    'https://dawn.com/news/1315660/pakistan-army-pounds-more-border-hideouts',
    '2017-02-19',
    'B',
    2,
  ),
  voaMar14: source(
    'Britain attempts to defuse Afghanistan tensions with Pakistan',
    'Voice of America',
    'https://voa.pangea-cms.com/preview/en-US/a/britain-attemps-to-defuse-afghanistan-tensions-with-pakistan/3765224.html',
    '2017-03-14',
    'B',
    2,
  ),
  tribuneMar16: source(
    'London talks ‘very positive’, says Kabul envoy',
    'The Express Tribune',
    'https://tribune.com.pk/story/1357111/tribune.com.pk',
    '2017-03-16',
    'B',
    2,
  ),
  siasatMar17: source(
    'Incremental progress in Pak-Afghan talks in London: Media reports',
    'Siasat (Dawn report)',
    'https://archive.siasat.com/news/incremental-progress-pak-afghan-talks-london-media-reports-1152866/',
    '2017-03-17',
    'C',
    2,
  ),
  appMar20: source(
    'PM orders immediate re-opening of Pak-Afghan border',
    'Associated Press of Pakistan',
    'http://www.app.com.pk/pm-orders-immediate-re-opening-of-pak-afghan-border/',
    '2017-03-20',
    'B',
    1,
  ),
  dawnMar20: source(
    'Nawaz orders immediate reopening of Pak-Afghan border',
    'Dawn',
    'https://www.dawn.com/news/1321704/nawaz-issues-orders-to-immediately-reopen-pak-afghan-border',
    '2017-03-20',
    'B',
    2,
  ),
  sputnikMar30: source(
    'Paquistão bombardeia regiões do Afeganistão (Pakistan shells regions of Afghanistan)',
    'Sputnik Brasil',
    'https://noticiabrasil.net.br/20170330/paquistao-bombardeia-regioes-afeganistao-8024213.html',
    '2017-03-30',
    'C',
    2,
  ),
  drulapApr5: source(
    'Afghanistan Reacts Angrily to Pakistan’s Fencing of Border',
    'Drulap (VOA copy)',
    'https://drulap.com/asia/afghanistan-reacts-angrily-to-pakistans-fencing-of-border.html',
    '2017-04-05',
    'C',
    2,
  ),
  dunyaMay5: source(
    'Afghan forces firing on census team kills civilian, injures 18 in Chaman',
    'Dunya News',
    'http://dunyanews.tv/en/Pakistan/386906-Afghan-forces-firing-on-census-team-kills-civilian',
    '2017-05-05',
    'B',
    2,
  ),
  apMay5: source(
    'Pakistan: Afghan security fires on census workers, killing 1',
    'Fox News (AP)',
    'https://www.foxnews.com/world/pakistan-afghan-security-fires-on-census-workers-killing-1',
    '2017-05-05',
    'B',
    2,
  ),
  geoMay7: source(
    'Army destroys five Afghan posts after forces attempt to enter Pakistan',
    'Geo News',
    'https://geo.tv/latest/140846-Army-destroys-five-Afghan-posts-after-Afghan-forces-attempts-to-enter-Pakistan',
    '2017-05-07',
    'B',
    2,
  ),
  statesmanMay7: source(
    '50 Afghan soldiers killed in border firing: Pakistani official',
    'The Statesman (PTI)',
    'https://thestatesman.com/world/50-afghan-soldiers-killed-in-border-firing-pakistani-official-1494158467.html/amp',
    '2017-05-07',
    'B',
    2,
  ),
  thenewsMay8: source(
    'Over 50 Afghan troops killed, five check posts destroyed',
    'The News',
    'https://www.thenews.com.pk/print/203166-Over-50-Afghan-troops-killed-five-check-posts-destroyed',
    '2017-05-08',
    'B',
    2,
  ),
  tribuneMay8: source(
    'Flag meeting: Geological survey of villages agreed',
    'The Express Tribune',
    'https://tribune.com.pk/story/1403921/flag-meeting-geological-survey-villages-agreed?amp=1',
    '2017-05-08',
    'B',
    2,
  ),
  dawnMay9: source(
    'Pak-Afghan officials conduct joint geographical survey in Chaman',
    'Dawn',
    'https://www.dawn.com/news/1332032/pak-afghan-officials-conduct-joint-geographical-survey-in-chaman',
    '2017-05-09',
    'B',
    2,
  ),
  isprMay27: source(
    'Press Release, Rawalpindi, May 27 2017',
    'Inter-Services Public Relations',
    'https://www.pakistanarmy.gov.pk/AWPReview/pDetails95ce.html?pType=PressRelease&pID=1008',
    '2017-05-27',
    'B',
    1,
  ),
  haaretzJun1: source(
    'Afghanistan Spy Agency Points Finger at Pakistan Over Devastating Truck Bombing',
    'Haaretz (dpa)',
    'https://www.haaretz.com/world-news/asia-and-australia/afghanistan-spy-agency-claims-pakistan-aided-kabul-truck-bombers-1.5479182',
    '2017-06-01',
    'B',
    2,
  ),
  fpJun1: source(
    'Afghanistan Blames Pakistan for Planning Deadly Kabul Attack',
    'Foreign Policy',
    'https://foreignpolicy.com/2017/06/01/afghanistan-blames-pakistan-for-planning-deadly-kabul-attack/',
    '2017-06-01',
    'B',
    2,
  ),
  dawnJun6: source(
    "Pakistan waging 'undeclared war of aggression' against Afghanistan, Ghani tells Kabul Process",
    'Dawn',
    'https://dawn.com/news/1337775',
    '2017-06-06',
    'B',
    2,
  ),
  ptJun7: source(
    'Army commanders ask Afghanistan to look inward',
    'Pakistan Today',
    'https://archive.pakistantoday.com.pk/?p=664101',
    '2017-06-07',
    'B',
    2,
  ),
  mintJun26: source(
    'China to launch shuttle diplomacy between Pakistan and Afghanistan',
    'Mint (PTI)',
    'http://www.livemint.com/Politics/AOLSHpBS216RkSUqMVu5pO/China-to-launch-shuttle-diplomacy-between-Pakistan-and-Afg.html',
    '2017-06-26',
    'B',
    2,
  ),
  anewsJun26: source(
    'Afghanistan, Pakistan to form dialogue mechanism',
    'A News (Anadolu)',
    'http://www.anews.com.tr/world/2017/06/26/afghanistan-pakistan-to-form-dialogue-mechanism',
    '2017-06-26',
    'B',
    2,
  ),
  rferlOct1: source(
    'Ghani, Pakistan army chief discuss cooperation',
    'RFE/RL',
    'https://rferl.org/amp/ghani-pakistan-army-chief-discuss-cooperation/28767492.html',
    '2017-10-01',
    'B',
    2,
  ),
  dawnOct3: source(
    'Bajwa meets Ghani, offers support to Afghanistan',
    'Dawn',
    'https://www.dawn.com/news/1361348/bajwa-meets-ghani-offers-support-to-afghanistan',
    '2017-10-03',
    'B',
    2,
  ),
  salamNov14: source(
    'Pakistani military fires hundreds of Rockets into Afghanistan',
    'Salam Watandar',
    'http://salamwatandar.com/english/article.aspx?a=35882',
    '2017-11-14',
    'C',
    2,
  ),
  arianaDec21: source(
    'Afghanistan, Pakistan, China foreign minister to meet on development, security',
    'Ariana News',
    'http://ariananews.af/afghanistan-pakistan-china-foreign-minister-to-meet-on-development-security/',
    '2017-12-21',
    'B',
    2,
  ),
  embassyDec27: source(
    "The 1st China-Afghanistan-Pakistan Foreign Ministers' Dialogue Convenes",
    'Embassy of China (Ministry of Foreign Affairs text)',
    'http://bb.chineseembassy.org/eng/zgyw/t1522541.htm',
    '2017-12-27',
    'B',
    1,
  ),
  ecnsDec27: source(
    '[The foreign ministers meet the press after the 1st trilateral dialogue] (Xinhua)',
    'ECNS (Xinhua)',
    'http://ecns.cn/2017/12-27/285980.shtml',
    '2017-12-27',
    'B',
    2,
  ),
};

const events: NegotiationEvent[] = [
  // ===== June 2016: the gate at Torkham =====
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '2016-06-12', recordedAt: '2016-06-14T12:00:00Z' },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Pakistan – Afghanistan, the border crossings and the blame for terrorism, 2016–17',
      subject:
        'The border between Pakistan and the Afghan government of President Ghani: the gate Pakistan built at Torkham and the exchanges of fire over it, the closures and reopenings of the crossings, Pakistan’s shelling of what it calls militant camps on the Afghan side, each side blaming the other for the militants who attack it, and the talks, bilateral and with the United Kingdom and China, to manage the border and rebuild trust',
      parties: [PAKISTAN, AFGHANISTAN],
      mediators: [],
    },
    [S.reutersJun14],
  ),
  ev(
    'ActorRegistered',
    'actor-china',
    { occurredAt: '2016-05-18', recordedAt: '2016-06-14T12:01:00Z' },
    { actor: CHINA, role: 'mediator' },
    [S.xinhuaMay18],
    { note: 'A member of the Quadrilateral Coordination Group; later the host of the trilateral dialogue.' },
  ),
  ev(
    'ActorRegistered',
    'actor-usa',
    { occurredAt: '2016-05-18', recordedAt: '2016-06-14T12:02:00Z' },
    { actor: USA, role: 'third-party' },
    [S.xinhuaMay18],
    { note: 'A member of the Quadrilateral Coordination Group; no part found in the border disputes recorded here.' },
  ),
  ev(
    'TalksRoundOpened',
    'round-qcg5-opened',
    { occurredAt: '2016-05-18', recordedAt: '2016-06-14T12:03:00Z' },
    {
      roundId: R.qcg5,
      label: 'Fifth meeting of the Quadrilateral Coordination Group (Afghanistan, China, Pakistan, United States)',
      format: 'formal',
      venue: 'Islamabad',
      hosts: ['pakistan'],
      delegations: [
        { actorId: 'pakistan', head: CHAUDHRY },
        { actorId: 'afghanistan', head: ZAKHILWAL },
      ],
    },
    [S.xinhuaMay18],
  ),
  ev(
    'TalksRoundConcluded',
    'round-qcg5-concluded',
    { occurredAt: '2016-05-18', recordedAt: '2016-06-14T12:04:00Z' },
    {
      roundId: R.qcg5,
      outcome: 'no-progress',
      summary:
        'The four reiterate that violence serves no purpose and that negotiations are the only option for a political settlement in Afghanistan, and condemn the Kabul attack of 19 April; no date for the next meeting ("as mutually agreed").',
    },
    [S.xinhuaMay18],
  ),
  ev(
    'IncidentReported',
    'inc-torkham-fire-jun12',
    { occurredAt: '2016-06-12T16:00:00Z', recordedAt: '2016-06-14T12:05:00Z' },
    {
      incidentId: 'torkham-fire-2016-06-12',
      kind: 'clash',
      perpetrator: 'afghanistan',
      allegedBy: 'pakistan',
      against: 'pakistan',
      target: 'Pakistani troops building a gate on the Pakistani side of the crossing',
      place: TORKHAM,
      fatalities: { min: 2, max: 3 },
      injured: { min: 15, max: 17 },
      description:
        'Afghan border forces open fire at about 21:00 to stop the construction of a gate 37 metres inside Pakistan (ISPR); Pakistani forces return fire until about 05:00. Major Ali Jawad Changezi is shot and dies on the 14th; one Afghan border policeman killed (Afghan officials; Dawn: two); nine Pakistani and six Afghan troops wounded by security officials’ count to Reuters (the Express Tribune: two Pakistani soldiers and nine civilians wounded on its side).',
    },
    [S.reutersJun14, S.kashmirObsJun14],
  ),
  ev(
    'IncidentReported',
    'inc-torkham-closed-jun12',
    { occurredAt: '2016-06-12', recordedAt: '2016-06-14T12:06:00Z' },
    {
      incidentId: 'torkham-closed-2016-06-12',
      kind: 'border-closure',
      perpetrator: 'pakistan',
      against: 'afghanistan',
      place: TORKHAM,
      description:
        'The main gates at Torkham stay shut from the night of the firing; Pakistan imposes a curfew on the border town and stops traffic short of the crossing; thousands stranded on both sides.',
    },
    [S.reutersJun14],
  ),
  ev(
    'IncidentReported',
    'inc-torkham-fire-jun13',
    { occurredAt: '2016-06-13', recordedAt: '2016-06-14T12:07:00Z' },
    {
      incidentId: 'torkham-fire-2016-06-13',
      kind: 'clash',
      perpetrator: 'afghanistan',
      allegedBy: 'pakistan',
      against: 'pakistan',
      place: TORKHAM,
      description: 'Fresh exchange of fire reported at about 16:00 local time; no toll given.',
    },
    [S.pashtunJun13],
  ),
  ev(
    'StatementMade',
    'stmt-pk-fo-jun13',
    { occurredAt: '2016-06-13', recordedAt: '2016-06-14T12:08:00Z' },
    {
      speaker: PK_FO,
      audience: 'afghanistan',
      tone: 'accusation',
      summary:
        'The Afghan chargé d’affaires is summoned over the “unprovoked firing” by Afghan forces, contrary to friendly relations; Kabul is urged to investigate and prevent a recurrence; the gate is 37 metres inside Pakistan.',
    },
    [S.kashmirObsJun14],
  ),
  ev(
    'StatementMade',
    'stmt-af-mfa-jun14',
    { occurredAt: '2016-06-14', recordedAt: '2016-06-14T12:09:00Z' },
    {
      speaker: AF_MFA,
      audience: 'pakistan',
      tone: 'accusation',
      summary: 'Afghanistan summons the Pakistani ambassador to protest at the violence at Torkham.',
    },
    [S.reutersJun14],
  ),
  ev(
    'IncidentReported',
    'inc-troops-jun14',
    { occurredAt: '2016-06-14', recordedAt: '2016-06-15T09:00:00Z' },
    {
      incidentId: 'troops-torkham-2016-06-14',
      kind: 'force-posture',
      perpetrator: 'pakistan',
      against: 'afghanistan',
      place: TORKHAM,
      description:
        'Pakistan moves tanks and armoured vehicles and more troops to the border at Torkham; security sources say both sides are beefing up troop numbers.',
    },
    [S.nationJun15],
  ),
  ev(
    'StatementMade',
    'stmt-af-nsc-jun15',
    { occurredAt: '2016-06-15', recordedAt: '2016-06-15T12:00:00Z' },
    {
      speaker: AF_NSC,
      audience: 'pakistan',
      tone: 'critical',
      summary:
        'Chaired by Ghani, the council calls Pakistan’s work on military installations at the zero point against international norms and a matter of concern, to be resolved by diplomatic means; it praises the Afghan forces’ readiness.',
    },
    [S.bharatiJun15],
  ),
  ev(
    'CeasefireDeclared',
    'cf-torkham',
    { occurredAt: '2016-06-15', recordedAt: '2016-06-18T12:00:00Z' },
    {
      ceasefireId: CF.torkham,
      parties: ['pakistan', 'afghanistan'],
      scope:
        'Between the two sides’ forces, after the fighting at Torkham; agreed after diplomatic and military contacts; its terms (the gate) disputed',
      duration: 'indefinite',
    },
    [S.dawnJun18],
  ),
  ev(
    'StatementMade',
    'stmt-aziz-jun16',
    { occurredAt: '2016-06-16', recordedAt: '2016-06-18T12:01:00Z' },
    {
      speaker: AZIZ,
      audience: 'afghanistan',
      tone: 'critical',
      summary:
        'In the Senate: Afghanistan fired unprovoked on a gate built inside Pakistan; Pakistan did not start it; he has asked the Afghan foreign minister and national security adviser to sit together and resolve it by dialogue.',
    },
    [S.irabwahJun17],
  ),
  ev(
    'StatementMade',
    'stmt-zakhilwal-jun17',
    { occurredAt: '2016-06-17', recordedAt: '2016-06-18T12:02:00Z' },
    {
      speaker: ZAKHILWAL,
      audience: 'pakistan',
      tone: 'critical',
      summary:
        'The resumption of work on the gate was not agreed; he sees no reason to stay in his post if construction goes on.',
    },
    [S.bnnJun18, S.dawnJun18],
  ),
  ev(
    'IncidentReported',
    'inc-torkham-reopened-jun18',
    { occurredAt: '2016-06-18', recordedAt: '2016-06-18T12:03:00Z' },
    {
      incidentId: 'torkham-reopened-2016-06-18',
      kind: 'border-reopening',
      perpetrator: 'pakistan',
      against: 'afghanistan',
      place: TORKHAM,
      description:
        'Torkham reopens after officials of both sides meet early in the morning; the curfew is lifted; only travellers with full documents are let through; work on the gate continues.',
    },
    [S.dawnJun18],
  ),
  ev(
    'TalksRoundOpened',
    'round-islamabad-opened',
    { occurredAt: '2016-06-20', recordedAt: '2016-06-21T09:00:00Z' },
    {
      roundId: R.islamabad,
      label: 'Border-management talks in Islamabad',
      format: 'formal',
      venue: 'Islamabad',
      delegations: [
        { actorId: 'pakistan', head: CHAUDHRY },
        { actorId: 'afghanistan', head: HEKMAT },
      ],
    },
    [S.tribuneJun21],
  ),
  ev(
    'TalksRoundConcluded',
    'round-islamabad-concluded',
    { occurredAt: '2016-06-20', recordedAt: '2016-06-21T09:01:00Z' },
    {
      roundId: R.islamabad,
      outcome: 'progress',
      summary:
        'The two agree to set up a mechanism for consultation and coordination on border management to prevent a recurrence of the clashes; no headway on Pakistan’s new controls at Torkham; ideas to go to the leaders.',
      nextSteps: 'Aziz and the Afghan foreign minister to meet at the SCO summit in Tashkent (23–24 June).',
    },
    [S.tribuneJun21, S.thenewsJun21],
  ),
  ev(
    'StatementMade',
    'stmt-af-mfa-jun20',
    { occurredAt: '2016-06-20', recordedAt: '2016-06-21T09:02:00Z' },
    {
      speaker: AF_MFA,
      audience: 'pakistan',
      tone: 'accusation',
      summary:
        'Afghanistan strongly protested in the talks against Pakistan’s “ongoing unprovoked artillery shelling of Afghan villages”, while agreeing to a mechanism for consultation.',
    },
    [S.thenewsJun21],
  ),
  // ===== August 2016: Chaman =====
  ev(
    'IncidentReported',
    'inc-chaman-closed-aug18',
    { occurredAt: '2016-08-18', recordedAt: '2016-08-21T12:00:00Z' },
    {
      incidentId: 'chaman-closed-2016-08-18',
      kind: 'border-closure',
      perpetrator: 'pakistan',
      against: 'afghanistan',
      place: CHAMAN_GATE,
      description:
        'Pakistan closes the Friendship Gate after Afghan protesters at Spin Boldak burn a Pakistani flag and stone the gate; a flag meeting the Afghan side asked for ends without agreement; the border is closed "for an indefinite period".',
    },
    [S.pajhwokAug21],
  ),
  ev(
    'TalksRoundOpened',
    'round-chaman-flag-2016-opened',
    { occurredAt: '2016-08-31', recordedAt: '2016-09-01T09:00:00Z' },
    {
      roundId: R.chamanFlag2016,
      label: 'Fifth flag meeting at the Chaman border',
      format: 'technical',
      venue: 'Chaman',
    },
    [S.dawnSep1],
  ),
  ev(
    'TalksRoundConcluded',
    'round-chaman-flag-2016-concluded',
    { occurredAt: '2016-08-31', recordedAt: '2016-09-01T09:01:00Z' },
    {
      roundId: R.chamanFlag2016,
      outcome: 'agreement',
      summary:
        'The Afghan delegation hands over a letter in which Kabul strongly condemns the burning of the flag; Pakistan agrees to reopen the crossing on 1 September.',
    },
    [S.dawnSep1],
  ),
  ev(
    'IncidentReported',
    'inc-chaman-reopened-sep1',
    { occurredAt: '2016-09-01', recordedAt: '2016-09-02T09:00:00Z' },
    {
      incidentId: 'chaman-reopened-2016-09-01',
      kind: 'border-reopening',
      perpetrator: 'pakistan',
      against: 'afghanistan',
      place: CHAMAN_GATE,
      description: 'The Friendship Gate reopens to travellers with documents and to trade, after 15 days.',
    },
    [S.thenewsSep2],
  ),
  // ===== December 2016: Amritsar =====
  ev(
    'StatementMade',
    'stmt-ghani-dec4',
    { occurredAt: '2016-12-04', recordedAt: '2016-12-05T09:00:00Z' },
    {
      speaker: GHANI,
      audience: 'pakistan',
      tone: 'accusation',
      summary:
        'At the Heart of Asia conference in Amritsar: the undeclared war on Afghanistan has intensified in 2016; a Taliban leader admitted their sanctuary in Pakistan; Pakistan’s $500 million pledge would be better spent containing extremism.',
    },
    [S.indiaTodayDec4, S.deccanDec5],
  ),
  ev(
    'StatementMade',
    'stmt-aziz-dec4',
    { occurredAt: '2016-12-04', recordedAt: '2016-12-05T09:01:00Z' },
    {
      speaker: AZIZ,
      audience: 'afghanistan',
      tone: 'critical',
      summary: 'It is simplistic to blame just one country for the recent upsurge of violence in Afghanistan.',
    },
    [S.deccanDec5],
  ),
  // ===== February – March 2017: Sehwan, the closure, the shelling =====
  ev(
    'StatementMade',
    'stmt-pk-fo-feb15',
    { occurredAt: '2017-02-15', recordedAt: '2017-02-18T11:40:00Z' },
    {
      speaker: PK_FO,
      audience: 'afghanistan',
      tone: 'accusation',
      summary:
        'The Afghan deputy head of mission is summoned to hear Pakistan’s concern at continuing attacks by Jamaat-ul-Ahrar from its sanctuaries inside Afghanistan.',
    },
    [S.geoFeb16],
  ),
  ev(
    'ActorRegistered',
    'actor-is',
    { occurredAt: '2017-02-16', recordedAt: '2017-02-18T11:41:00Z' },
    { actor: IS, role: 'third-party' },
    [S.geoFeb16],
  ),
  ev(
    'IncidentReported',
    'inc-sehwan',
    { occurredAt: '2017-02-16', recordedAt: '2017-02-18T11:42:00Z' },
    {
      incidentId: 'sehwan-bombing-2017-02-16',
      kind: 'militant-attack',
      perpetrator: 'islamic-state',
      allegedBy: 'pakistan',
      blamedOn: 'afghanistan',
      against: 'pakistan',
      target: 'Devotees at the shrine of Lal Shahbaz Qalandar',
      place: 'Sehwan, Sindh',
      fatalities: { min: 80, max: 88 },
      injured: { min: 250, max: 250 },
      description:
        'A suicide bomber attacks the crowded Sufi shrine during the dhamaal; the Islamic State claims it. Pakistan’s military says the recent attacks are directed from sanctuaries in Afghanistan.',
    },
    [S.geoFeb16, S.apFeb18, S.presstvFeb18],
  ),
  ev(
    'IncidentReported',
    'inc-border-closed-feb16',
    { occurredAt: '2017-02-16', recordedAt: '2017-02-18T11:43:00Z' },
    {
      incidentId: 'border-closed-2017-02-16',
      kind: 'border-closure',
      perpetrator: 'pakistan',
      against: 'afghanistan',
      place: BORDER,
      description:
        'ISPR: “Pakistan-Afghanistan border closed with immediate effect till further orders due to security reasons”; Torkham is sealed that night and Chaman late on the 17th; trade and travel halted.',
    },
    [S.geoFeb16, S.apFeb18],
  ),
  ev(
    'DemandTabled',
    'dem-list76',
    { occurredAt: '2017-02-17', recordedAt: '2017-02-18T11:44:00Z' },
    {
      demandId: D.list76,
      by: 'pakistan',
      addressedTo: ['afghanistan'],
      text: 'Act against, or hand over, the 76 terrorists on Pakistan’s list who shelter in Afghanistan.',
      category: 'security',
    },
    [S.rtFeb17],
    { note: 'Given to Afghan embassy officials summoned to the army’s headquarters. A demand, not an ultimatum.' },
  ),
  ev(
    'StatementMade',
    'stmt-bajwa-feb17',
    { occurredAt: '2017-02-17', recordedAt: '2017-02-18T12:00:00Z' },
    {
      speaker: BAJWA,
      audience: 'afghanistan',
      tone: 'threat',
      summary:
        'To the US commander in Afghanistan: Kabul’s inaction against terrorists in safe havens on its soil is testing Islamabad’s policy of cross-border restraint; the prime minister has authorised the forces to eliminate terrorists wherever they may be.',
    },
    [S.tribuneFeb18],
  ),
  ev(
    'StatementMade',
    'stmt-hekmat-feb18',
    { occurredAt: '2017-02-18', recordedAt: '2017-02-18T12:02:00Z' },
    {
      speaker: HEKMAT,
      audience: 'pakistan',
      tone: 'accusation',
      summary:
        'Summoning Pakistan’s ambassador: a formal protest at the rockets fired by Pakistani troops into Lalpur and other areas, and concern at the closure of Torkham and the arrest of 150 Afghan refugees.',
    },
    [S.tribuneFeb18],
  ),
  ev(
    'DemandTabled',
    'dem-stop-shelling',
    { occurredAt: '2017-02-18', recordedAt: '2017-02-18T12:03:00Z' },
    {
      demandId: D.stopShelling,
      by: 'afghanistan',
      addressedTo: ['pakistan'],
      text: 'Stop all cross-border military activity and shelling of Afghan territory.',
      category: 'security',
    },
    [S.tribuneFeb18],
  ),
  ev(
    'IncidentReported',
    'inc-shelling-feb17',
    { occurredAt: '2017-02-17', recordedAt: '2017-02-19T08:59:00Z' },
    {
      incidentId: 'shelling-nangarhar-2017-02-17',
      kind: 'shelling',
      perpetrator: 'pakistan',
      against: 'afghanistan',
      target: 'Camps and training compounds of Jamaat-ul-Ahrar, by Pakistan’s account; villages of Lalpur by Kabul’s',
      place: NANGARHAR,
      fatalities: { min: 17, max: 17 },
      description:
        'Pakistan’s army shells militant camps opposite the Mohmand and Khyber agencies, including one run by Jamaat-ul-Ahrar’s deputy chief; Kabul says rockets hit Lalpur in Nangarhar late on Friday and displaced families. Toll from local TV quoting Afghan sources (37 in two days, 20 of them on the 18th).',
    },
    [S.tribuneFeb18, graded(S.dawnFeb19, 3)],
  ),
  ev(
    'IncidentReported',
    'inc-shelling-feb18',
    { occurredAt: '2017-02-18', recordedAt: '2017-02-19T09:00:00Z' },
    {
      incidentId: 'shelling-nangarhar-2017-02-18',
      kind: 'shelling',
      perpetrator: 'pakistan',
      against: 'afghanistan',
      target: 'Hideouts of the TTP and Jamaat-ul-Ahrar, by Pakistan’s account',
      place: NANGARHAR,
      fatalities: { min: 20, max: 20 },
      description:
        'A second day of artillery fire on camps on the Afghan side of the border: 20 suspects killed and many injured by late-night local TV reports quoting Afghan sources; ISPR: “terrorists’ hideouts on Pak-Afghan border have been effectively targeted”. The two sides dispute the toll.',
    },
    [graded(S.dawnFeb19, 3)],
  ),
  ev(
    'StatementMade',
    'stmt-pk-fo-mar7',
    { occurredAt: '2017-03-07', recordedAt: '2017-03-14T11:59:00Z' },
    {
      speaker: PK_FO,
      audience: 'afghanistan',
      tone: 'neutral',
      summary:
        'Torkham and Chaman open on 7 and 8 March only, for Afghans with valid visas stranded in Pakistan (and those stranded on the other side) to go home; the border stays closed after.',
    },
    [S.voaMar14],
  ),
  ev(
    'PositionTaken',
    'pos-list76',
    { occurredAt: '2017-03-14', precision: 'approximate', recordedAt: '2017-03-14T12:00:00Z' },
    {
      demandId: D.list76,
      actorId: 'afghanistan',
      stance: 'counter-proposed',
      conditions:
        'Its own list of dozens of militants and 32 training centres in Pakistan; action against the sanctuaries tied to Pakistan’s action against the Afghan Taliban and the Haqqani network, verified by a third party',
    },
    [S.voaMar14],
  ),
  ev(
    'ActorRegistered',
    'actor-uk',
    { occurredAt: '2017-03-15', recordedAt: '2017-03-16T09:00:00Z' },
    { actor: UK, role: 'mediator' },
    [S.tribuneMar16],
  ),
  ev(
    'TalksRoundOpened',
    'round-london-opened',
    { occurredAt: '2017-03-15', recordedAt: '2017-03-16T09:01:00Z' },
    {
      roundId: R.london,
      label: 'Aziz – Atmar talks hosted by the UK’s national security adviser',
      format: 'informal',
      venue: 'London',
      hosts: ['united-kingdom'],
      delegations: [
        { actorId: 'pakistan', head: AZIZ },
        { actorId: 'afghanistan', head: ATMAR },
      ],
    },
    [S.tribuneMar16],
  ),
  ev(
    'TalksRoundConcluded',
    'round-london-concluded',
    { occurredAt: '2017-03-16', recordedAt: '2017-03-17T09:00:00Z' },
    {
      roundId: R.london,
      outcome: 'progress',
      summary:
        'Two meetings, facilitated by Sir Mark Lyall Grant: a mechanism to address each other’s concerns about militant sanctuaries and “tangible” confidence-building measures agreed; no breakthrough on reopening the border.',
    },
    [S.tribuneMar16, S.siasatMar17],
  ),
  ev(
    'IncidentReported',
    'inc-border-reopened-mar20',
    { occurredAt: '2017-03-20', recordedAt: '2017-03-20T12:00:00Z' },
    {
      incidentId: 'border-reopened-2017-03-20',
      kind: 'border-reopening',
      perpetrator: 'pakistan',
      against: 'afghanistan',
      place: BORDER,
      description:
        'Prime Minister Sharif orders the immediate reopening of the border, closed since 16 February, “as a goodwill gesture”.',
    },
    [S.appMar20, S.dawnMar20],
  ),
  ev(
    'StatementMade',
    'stmt-sharif-mar20',
    { occurredAt: '2017-03-20', recordedAt: '2017-03-20T12:01:00Z' },
    {
      speaker: SHARIF,
      audience: 'afghanistan',
      tone: 'conciliatory',
      summary:
        'Though those behind the attacks in Pakistan have links with anti-Pakistan elements in Afghanistan, a long closure harms two peoples with centuries-old ties; he hopes Kabul will address the reasons for it; Pakistan will keep cooperating against terrorism.',
    },
    [S.appMar20],
  ),
  ev(
    'IncidentReported',
    'inc-shelling-mar29',
    { occurredAt: '2017-03-29', recordedAt: '2017-03-30T12:00:00Z' },
    {
      incidentId: 'shelling-nangarhar-2017-03-29',
      kind: 'shelling',
      perpetrator: 'pakistan',
      allegedBy: 'afghanistan',
      against: 'afghanistan',
      place: NANGARHAR,
      description:
        'About 30 rockets fired by the Pakistani military on Lalpur, Mohmand Dara and Nazian in 24 hours (the Nangarhar governor’s spokesman to Tolo News).',
    },
    [S.sputnikMar30],
  ),
  ev(
    'IncidentReported',
    'inc-shelling-mar30',
    { occurredAt: '2017-03-30', recordedAt: '2017-03-30T12:01:00Z' },
    {
      incidentId: 'shelling-kunar-2017-03-30',
      kind: 'shelling',
      perpetrator: 'pakistan',
      allegedBy: 'afghanistan',
      against: 'afghanistan',
      place: KUNAR,
      description:
        'About 70 artillery shells land on two districts of Kunar in one day (provincial police); no toll known.',
    },
    [S.sputnikMar30],
  ),
  ev(
    'StatementMade',
    'stmt-mostaghani-apr5',
    { occurredAt: '2017-04-05', recordedAt: '2017-04-05T18:00:00Z' },
    {
      speaker: MOSTAGHANI,
      audience: 'pakistan',
      tone: 'military-threat',
      summary:
        'Pakistan’s unilateral fencing along the Durand Line is ineffective, impractical and impossible; Kabul seeks a diplomatic solution, but if the violations continue the Afghan government and its defence and security forces are ready to act.',
      quote:
        'Any type of unilateral actions taken along the Durand Line without the agreement of the government of Afghanistan [are] going to be ineffective, impractical and impossible.',
    },
    [S.drulapApr5],
  ),
  // ===== May 2017: Chaman =====
  ev(
    'IncidentReported',
    'inc-chaman-closed-may5',
    { occurredAt: '2017-05-05', recordedAt: '2017-05-05T12:01:00Z' },
    {
      incidentId: 'chaman-closed-2017-05-05',
      kind: 'border-closure',
      perpetrator: 'pakistan',
      against: 'afghanistan',
      place: CHAMAN_GATE,
      description:
        'Pakistan shuts the Friendship Gate and blocks the road; the villages near the border are evacuated.',
    },
    [S.dunyaMay5, S.apMay5],
  ),
  ev(
    'StatementMade',
    'stmt-kandahar-may5',
    { occurredAt: '2017-05-05', recordedAt: '2017-05-05T12:02:00Z' },
    {
      speaker: { name: 'Zia Durani, spokesman for the Kandahar police chief', actorId: 'afghanistan' },
      audience: 'pakistan',
      tone: 'accusation',
      summary:
        'Pakistan started the gun battle: its “militias” tried to cross the border under cover of the census, to help militants sneak into Afghanistan; two Pakistani tanks were damaged.',
    },
    [S.apMay5],
  ),
  ev(
    'CeasefireDeclared',
    'cf-chaman',
    { occurredAt: '2017-05-05T10:00:00Z', precision: 'approximate', recordedAt: '2017-05-07T12:01:00Z' },
    {
      ceasefireId: CF.chaman,
      parties: ['pakistan', 'afghanistan'],
      scope:
        'Between the two sides’ forces, after the fighting at Chaman; asked for by Afghanistan and accepted by Pakistan (Pakistan’s account)',
      duration: 'indefinite',
    },
    [S.statesmanMay7],
  ),
  ev(
    'StatementMade',
    'stmt-riaz-may7',
    { occurredAt: '2017-05-07', recordedAt: '2017-05-07T12:02:00Z' },
    {
      speaker: RIAZ,
      audience: 'afghanistan',
      tone: 'military-threat',
      summary:
        'The army had to destroy the Afghan posts after Afghan forces tried to enter Pakistan, a “foolish mistake”; anyone who tries to make Pakistan’s territory disputed will face similar consequences; the border stays closed until Afghanistan changes its behaviour. The Frontier Corps’ chief adds that further firing will be answered with heavy weapons.',
      quote: 'Anyone who tries to make Pakistan’s territory disputed will face similar consequences.',
    },
    [S.geoMay7],
  ),
  ev(
    'IncidentReported',
    'inc-chaman-afghan-fire-may5',
    { occurredAt: '2017-05-04T23:00:00Z', recordedAt: '2017-05-08T08:50:00Z' },
    {
      incidentId: 'chaman-afghan-fire-2017-05-05',
      kind: 'clash',
      perpetrator: 'afghanistan',
      allegedBy: 'pakistan',
      against: 'pakistan',
      target: 'Frontier Corps troops guarding a census team, and the villages',
      place: CHAMAN_VILLAGES,
      fatalities: { min: 14, max: 14 },
      civilianFatalities: { min: 12, max: 12 },
      injured: { min: 18, max: 40 },
      description:
        'At about 04:00 the Afghan Border Police open fire with light and heavy weapons on Pakistani posts guarding the census in the divided villages; mortar shells fall on homes. Pakistan’s counts: 12 civilians (PTI) and two soldiers (the Frontier Corps) killed, 18 (first count) to 40 wounded; the first counts of the day were one, then seven dead. Kabul says the census team was on its side and Pakistan fired first.',
    },
    [S.dunyaMay5, S.apMay5, S.statesmanMay7, S.thenewsMay8],
  ),
  ev(
    'IncidentReported',
    'inc-chaman-pk-fire-may5',
    { occurredAt: '2017-05-05T03:00:00Z', precision: 'approximate', recordedAt: '2017-05-08T08:51:00Z' },
    {
      incidentId: 'chaman-pakistani-fire-2017-05-05',
      kind: 'clash',
      perpetrator: 'pakistan',
      against: 'afghanistan',
      target: 'Afghan border posts',
      place: CHAMAN_VILLAGES,
      fatalities: { min: 3, max: 50 },
      injured: { min: 2, max: 100 },
      description:
        'Pakistan’s return fire: four or five Afghan checkposts destroyed; “more than 50” Afghan soldiers killed and over 100 wounded by the Frontier Corps’ count, which Kabul calls “very false”: two border police and a civilian killed by Kandahar’s.',
    },
    [graded(S.geoMay7, 3), S.thenewsMay8],
  ),
  ev(
    'TalksRoundOpened',
    'round-chaman-flag-2017-opened',
    { occurredAt: '2017-05-07', recordedAt: '2017-05-08T09:00:00Z' },
    {
      roundId: R.chamanFlag2017,
      label: 'Third flag meeting at the Friendship Gate, Chaman',
      format: 'technical',
      venue: 'Chaman',
    },
    [S.tribuneMay8],
  ),
  ev(
    'TalksRoundConcluded',
    'round-chaman-flag-2017-concluded',
    { occurredAt: '2017-05-07', recordedAt: '2017-05-08T09:01:00Z' },
    {
      roundId: R.chamanFlag2017,
      outcome: 'progress',
      summary:
        'After two inconclusive meetings, the two armies agree a joint geological survey of Killi Luqman and Killi Jahangir, Google maps to be consulted; the decision to reopen the border to follow the survey.',
    },
    [S.tribuneMay8],
  ),
  ev(
    'StatementMade',
    'stmt-sediqqi-may8',
    { occurredAt: '2017-05-07', recordedAt: '2017-05-08T09:02:00Z' },
    {
      speaker: SEDIQQI,
      audience: 'pakistan',
      tone: 'critical',
      summary:
        '“Very false claims” by Pakistan’s Frontier Corps that 50 Afghan soldiers were killed: totally rejected.',
    },
    [S.thenewsMay8],
  ),
  ev(
    'StatementMade',
    'stmt-ispr-may9',
    { occurredAt: '2017-05-09', recordedAt: '2017-05-09T18:00:00Z' },
    {
      speaker: ISPR,
      audience: 'afghanistan',
      tone: 'neutral',
      summary:
        'The joint survey is conducted and a report sent to both capitals; over the hotline the Afghan director general of military operations admitted his side’s mistake about where the boundary runs; the Friendship Gate stays closed except to the sick.',
    },
    [S.dawnMay9],
  ),
  ev(
    'IncidentReported',
    'inc-chaman-reopened-may27',
    { occurredAt: '2017-05-27', recordedAt: '2017-05-27T18:00:00Z' },
    {
      incidentId: 'chaman-reopened-2017-05-27',
      kind: 'border-reopening',
      perpetrator: 'pakistan',
      against: 'afghanistan',
      place: CHAMAN_GATE,
      description:
        'Pakistan opens the Friendship Gate on humanitarian grounds in Ramazan at the Afghan authorities’ request; the ceasefire is to be maintained and Pakistani troops keep their positions in the two villages.',
    },
    [S.isprMay27],
  ),
  // ===== June 2017: the Kabul bombing, Wang Yi's shuttle =====
  ev(
    'ActorRegistered',
    'actor-haqqani',
    { occurredAt: '2017-05-31', recordedAt: '2017-06-01T09:00:00Z' },
    { actor: HAQQANI, role: 'third-party' },
    [S.haaretzJun1],
  ),
  ev(
    'IncidentReported',
    'inc-kabul-bomb',
    { occurredAt: '2017-05-31T03:50:00Z', recordedAt: '2017-06-01T09:01:00Z' },
    {
      incidentId: 'kabul-truck-bomb-2017-05-31',
      kind: 'militant-attack',
      perpetrator: 'haqqani-network',
      allegedBy: 'afghanistan',
      blamedOn: 'pakistan',
      against: 'afghanistan',
      target: 'The diplomatic quarter of Kabul',
      place: 'Wazir Akbar Khan, Kabul',
      fatalities: { min: 80, max: 90 },
      injured: { min: 460, max: 460 },
      description:
        'A septic tanker packed with explosives blows up in the rush hour near the German embassy. The NDS: planned by the Haqqani network “with direct coordination and cooperation” from Pakistan’s ISI. No one claims it; the Taliban deny it; Pakistan rejects the charge.',
    },
    [S.haaretzJun1, S.fpJun1],
  ),
  ev(
    'StatementMade',
    'stmt-ghani-jun6',
    { occurredAt: '2017-06-06', recordedAt: '2017-06-06T12:00:00Z' },
    {
      speaker: GHANI,
      audience: 'pakistan',
      tone: 'accusation',
      summary:
        'Opening the Kabul Process: Pakistan is waging an “undeclared war of aggression” on Afghanistan; “what will it take to convince Pakistan that a stable Afghanistan helps them and helps our region?”',
      quote: 'What will it take to convince Pakistan that a stable Afghanistan helps them and helps our region?',
      blames: { incidentId: 'kabul-truck-bomb-2017-05-31', on: 'pakistan' },
    },
    [S.dawnJun6],
  ),
  ev(
    'StatementMade',
    'stmt-corps-jun6',
    { occurredAt: '2017-06-06', recordedAt: '2017-06-07T09:00:00Z' },
    {
      speaker: CORPS,
      audience: 'afghanistan',
      tone: 'critical',
      summary:
        'Solidarity with the Afghan people, but serious reservations at the unwarranted accusations and threats directed at Pakistan after the Kabul bombing: Afghanistan should look inward; the army will defend the motherland against every threat.',
    },
    [S.ptJun7],
  ),
  ev(
    'MediationAction',
    'med-wang-jun24',
    { occurredAt: '2017-06-24', recordedAt: '2017-06-26T09:00:00Z' },
    {
      mediator: 'china',
      action: 'visited',
      summary:
        'Wang Yi visits Islamabad and Kabul (24–25 June) in shuttle diplomacy to improve relations between the two and urges them to set up a crisis prevention and management mechanism.',
    },
    [S.mintJun26],
  ),
  ev(
    'AgreementReached',
    'agr-crisis-mechanism',
    { occurredAt: '2017-06-25', recordedAt: '2017-06-26T09:01:00Z' },
    {
      agreementId: A.crisis,
      kind: 'framework',
      provisions: [
        'A bilateral crisis-management mechanism, with prevention through timely intelligence and information sharing',
        'A China – Afghanistan – Pakistan foreign ministers’ dialogue',
        'The Quadrilateral Coordination Group revived to bring the Taliban to talks',
      ],
      signatories: ['pakistan', 'afghanistan', 'china'],
      textPublic: true,
      status: 'text-agreed',
    },
    [S.anewsJun26, S.mintJun26],
    {
      note: 'The trilateral joint statement of 25 June; no report of the mechanism working was found (see the header).',
    },
  ),
  // ===== October – December 2017 =====
  ev(
    'TalksRoundOpened',
    'round-bajwa-kabul-opened',
    { occurredAt: '2017-10-01', recordedAt: '2017-10-01T15:00:00Z' },
    {
      roundId: R.bajwaKabul,
      label: 'General Bajwa’s visit to Kabul',
      format: 'informal',
      venue: 'Kabul',
      delegations: [
        { actorId: 'pakistan', head: BAJWA },
        { actorId: 'afghanistan', head: GHANI },
      ],
    },
    [S.rferlOct1],
  ),
  ev(
    'TalksRoundConcluded',
    'round-bajwa-kabul-concluded',
    { occurredAt: '2017-10-01', recordedAt: '2017-10-03T09:00:00Z' },
    {
      roundId: R.bajwaKabul,
      outcome: 'progress',
      summary:
        'A one-on-one meeting and delegation talks on peace, counter-terrorism, intelligence sharing, trade and transit; Pakistan offers to train Afghan forces; Ghani speaks of a new season in relations.',
    },
    [S.dawnOct3, S.rferlOct1],
  ),
  ev(
    'IncidentReported',
    'inc-shelling-nov13',
    { occurredAt: '2017-11-13', recordedAt: '2017-11-14T12:00:00Z' },
    {
      incidentId: 'shelling-kunar-2017-11-13',
      kind: 'shelling',
      perpetrator: 'pakistan',
      allegedBy: 'afghanistan',
      against: 'afghanistan',
      place: KUNAR,
      description:
        'From Monday afternoon into Tuesday the Pakistani military fires 342 rockets into Dangam, Sheltan, Khas Kunar and Murora (Kunar’s police chief); no human casualties yet; dozens of families displaced.',
    },
    [S.salamNov14],
  ),
  ev(
    'TalksRoundScheduled',
    'round-beijing-scheduled',
    { occurredAt: '2017-12-21', recordedAt: '2017-12-21T12:00:00Z' },
    {
      roundId: R.beijing,
      label: 'First China – Afghanistan – Pakistan foreign ministers’ dialogue',
      format: 'formal',
      venue: 'Beijing',
      hosts: ['china'],
      plannedFor: '2017-12-26',
    },
    [S.arianaDec21],
  ),
  ev(
    'TalksRoundOpened',
    'round-beijing-opened',
    { occurredAt: '2017-12-26', recordedAt: '2017-12-27T09:00:00Z' },
    {
      roundId: R.beijing,
      delegations: [
        { actorId: 'pakistan', head: ASIF },
        { actorId: 'afghanistan', head: RABBANI },
        { actorId: 'china', head: WANG },
      ],
    },
    [S.embassyDec27],
  ),
  ev(
    'TalksRoundConcluded',
    'round-beijing-concluded',
    { occurredAt: '2017-12-26', recordedAt: '2017-12-27T09:01:00Z' },
    {
      roundId: R.beijing,
      outcome: 'progress',
      summary:
        'Wang Yi: Afghanistan and Pakistan agreed to improve relations as soon as possible and resolve their concerns through comprehensive dialogue; Pakistan’s proposal of working groups on politics, the military, intelligence, the economy and refugees was echoed by Afghanistan and supported by China.',
    },
    [S.ecnsDec27, S.embassyDec27],
  ),
];

/** Every incident names who did it and whom it was aimed at, and an armed act or closure is between the two parties. */
function actorProblems(evs: readonly NegotiationEvent[]): string[] {
  const pair = ['pakistan', 'afghanistan'];
  return evs.flatMap((e) => {
    if (e.type !== 'IncidentReported') return [];
    const { perpetrator, against, kind, incidentId } = e.data;
    if (perpetrator === undefined || against === undefined)
      return [`incident ${incidentId}: perpetrator or target missing`];
    if (kind === 'militant-attack') return [];
    return pair.includes(perpetrator) && pair.includes(against) && perpetrator !== against
      ? []
      : [`incident ${incidentId}: not between the two parties`];
  });
}

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'pakistan-afghanistan-2016.jsonl',
  logEnd: '2018-01-01T00:00:00Z',
  events,
  checks: actorProblems,
};

export default definition;
