/**
 * A test fixture, not a shipped example: the Federal Republic of Yugoslavia (Serbia; Slobodan Milošević) and the
 * Kosovo Albanians (the Kosovo Liberation Army, KLA / UÇK, and the delegation Hashim Thaçi led at Rambouillet) from
 * the Serbian summer offensive of 1998 to the end of June 1999, as an analyst following the news could have recorded
 * them — the KLA fighters killed crossing from Albania (18–19 July 1998), the offensive to retake the Pristina–Peć
 * road and the fall of Mališevo, the shelling of the Dečani villages, the Drenica offensive and the Gornje Obrinje
 * killings (September), the KLA's declared restraint, NATO's activation order and the Holbrooke – Milošević
 * agreement of 13 October, the border clash at Gorožup–Liken and the Peć café killings (14 December), the Podujevo
 * offensive and the end of the KLA's truce (24 December), the eight Yugoslav soldiers held by the KLA (8–13
 * January 1999), Račak (15 January), the Rogovo raid and the Contact Group's summons (29 January), the Rambouillet
 * conference (6–23 February) and the fighting near Vučitrn, the Paris session (15–19 March) where the Kosovo
 * Albanians signed and the Yugoslav side refused, the offensive as the OSCE verifiers left (20 March), NATO's air
 * campaign (24 March – 10 June), Izbica, Meja, the fighting on the Albanian border (Košare, Operation Arrow on Mount
 * Paštrik), Belgrade's acceptance of the peace plan (3 June), the Kumanovo agreement (9 June), the withdrawal of the
 * Yugoslav forces (20 June) and the KLA's undertaking to demilitarise (21 June). Escalation model v2 was never tuned
 * on it: it is the case the model is held to in yugoslavia-kosovo-1998.spec.ts, against the calls an analyst makes
 * from DOMAIN.md §5b alone.
 *
 * The parties are the FRY (`fry`, a state: the Yugoslav Army, the Serbian police and the governments in Belgrade) and
 * the Kosovo Albanians (`kla`, an armed group: the KLA and, at Rambouillet and Paris, the Kosovo Albanian delegation
 * Thaçi led). Rugova's Democratic League of Kosovo (LDK) is not registered apart: it had no forces and did no act of
 * force in this record; Rugova sat in the delegation and signed with it on 18 March 1999, so the delegation's acts
 * are the party's. The LDK's Kosova Information Centre (KIC) is cited as a partisan source (C3). Mediators: the
 * United States (Holbrooke, Hill, Albright) and the Contact Group from the start; the OSCE (the Kosovo Verification
 * Mission) from 13 October 1998; the European Union (Ahtisaari) and Russia (Chernomyrdin) from 2 June 1999. NATO is a
 * third party: its activation order, its air campaign, its air support on Mount Paštrik, the US soldiers the Yugoslav
 * forces held (31 March – 2 May), the Kumanovo agreement it signed with Belgrade and the undertaking it signed with
 * the KLA are its own dealings with one side, not the pair's. The kosovo-serbia fixtures (2011, 2023) are other
 * negotiations between other governments: nothing of theirs is recorded here.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration file's coverage do not change. Built and
 * checked with the same builder as the shipped cases (examples/case-builder.ts): every event replays through `decide`
 * and cites a dated, graded public source.
 *
 * Grading as in examples/README.md: A = a primary document (the Contact Group's conclusions, NATO's press release);
 * B = an established outlet or a wire story (AP, Reuters, AFP, BBC, CNN, RFE/RL, the Washington Post, the Financial
 * Times, the Independent, the Irish Times, RTÉ, Hina), also in a newspaper's copy; C = copies on forums and archive
 * sites, partisan sources (the KIC, the LDK's news service) and encyclopedia summaries (Wikipedia and its mirrors,
 * Encyclopædia Universalis); 2 = on-record statements or facts several sources agree on; 3 = one side's claim,
 * refugees' accounts, or a count or date the sources disagree on. Sources are dated by their own date; an
 * encyclopedia summary is given the day of the development it is cited for as a lower bound (as the Thailand – Laos
 * fixture does), so that the analyst is taken to have known it on its day from the press it summarises.
 *
 * Judgement calls, recorded as an analyst would:
 * - Scale (`scale: 'major'`) only where the source calls the act an offensive: "une nouvelle offensive" on the
 *   Pristina–Peć road (Universalis, 25 July 1998); "the biggest Serbian offensive to date in the Drenica region" (the
 *   Independent, September 1998); "a new Serb offensive" with about 100 tanks near Podujevo (BBC, 24 December 1998);
 *   the offensive that "coincided with the departure of international monitors" (AP, 20 March 1999) and "the Yugoslav
 *   offensive in Drenica", 20–31 March 1999 (Wikipedia); and Operation Arrow, "a major offensive" of the KLA (the
 *   Washington Post, late May 1999). The battle of Košare is called a battle, not a full-scale battle or an offensive,
 *   by the sources read: not marked.
 * - Places, one way each: "Drenica" for every act in the Drenica region (Gornje Obrinje and Izbica are in it), "Podujevo"
 *   for the villages around it (Lapaštica, Obrandža), "Vučitrn (Čičavica hills)" for the fighting west of Vučitrn and
 *   on Čičavica, "Gorožup–Liken border posts" for the border clash of December, "Kosovo–Albania border" for the July
 *   crossing whose point no source gives.
 * - The massacres (Gornje Obrinje, Račak, Izbica, Meja) are the Yugoslav forces' `lethal-force` against the Kosovo
 *   Albanians' people — villagers and refugees killed outside fighting — with their tolls; the assault, shelling or
 *   fighting around them, where a source reports it, is a separate armed act with no toll of its own (the dead are
 *   counted once, on the killing). Belgrade said the Račak dead were KLA fighters killed in combat (the police spoke
 *   of 15); the OSCE's mission found civilians, most shot at close range: the 45 are on the `lethal-force`, the police
 *   operation that morning is the `clash`. The Rogovo raid (29 January 1999, 24 killed) is recorded as the police's
 *   clash with a group it called a rebel hideout: the monitors' "mass killing" is in the text, the circumstances were
 *   unclear.
 * - The October truce: no text was signed between the two. The KLA declared on 8 October that it would refrain from
 *   all military activity from the 9th; Milošević committed in the Holbrooke agreement (13 October) to the ceasefire
 *   UNSCR 1199 demanded. Recorded as one ceasefire declared on 13 October, parties both, mediated by the United
 *   States, and ended (`collapsed`) on 24 December, when the KLA General Staff called off its "policy of ceasefire"
 *   after the Podujevo offensive. The Serbian government's announcement of the end of its operations (28 September) is
 *   recorded as a statement, not a ceasefire: no source gives terms.
 * - The Holbrooke – Milošević agreement is between Belgrade and the United States (`signatories: fry, united-states`,
 *   text agreed, "has yet to be signed"): the KLA is no party to it. NATO's activation order of 13 October (air
 *   strikes in four days) is NATO's ultimatum to Belgrade; it was kept in force after the deadline passed (Solana, 24
 *   December: "the activation order remains in place") and is resolved `enforced` when the air campaign began. The
 *   Contact Group's summons of 29 January (talks by 6 February, a settlement within 21 days, both sides "held
 *   accountable") is the Contact Group's ultimatum to both, resolved `partially-complied` on 19 March: the Kosovo
 *   Albanians signed, Belgrade refused.
 * - The nine KLA fighters taken prisoner at the border on 14 December are in the clash's text, not a `detention`: the
 *   sources read give no day for their release (Belgrade promised it within ten days of 13 January).
 * - Rambouillet ended on 23 February `adjourned` (a framework on autonomy, nothing signed, Paris on 15 March). The
 *   Paris session is `collapsed` on 19 March, when the co-chairs suspended the talks after Belgrade refused to sign.
 * - The war of 24 March – 10 June: NATO's strikes are NATO's (`perpetrator: nato`). Between the pair, the dated acts
 *   found are recorded: the Drenica offensive and its shelling (20–27 March), Izbica (28 March), the KLA's ambush at
 *   Meja (21 April) and Meja (27 April), the Košare firefights (25 May), Operation Arrow (about 26 May) and the
 *   Yugoslav counterattack on Mount Paštrik (late May, NATO's air support to the KLA apart). The expulsions are in the
 *   acts' text; fighting on days no source read gives is not filled in: the record is thinner than the war.
 * - After Kumanovo: the agreement is between Belgrade and NATO's KFOR; its cessation of hostilities binds the Yugoslav
 *   forces and NATO (recorded as their ceasefire, not the pair's). The KLA's undertaking of 21 June is signed with
 *   KFOR. No ceasefire between the pair is recorded: none was signed.
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'yugoslavia-kosovo-1998';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 1998);
/** A recordedAt on a given day (the case spans two years). */
const rec = (day: string, time: string): string => `${day}T${time}:00Z`;

const FRY: Actor = {
  id: 'fry',
  name: 'Federal Republic of Yugoslavia',
  kind: 'state',
  aliases: ['Yugoslavia', 'Serbia', 'Belgrade', 'Yugoslav Army (VJ)', 'Serbian police (MUP)'],
};
const KLA: Actor = {
  id: 'kla',
  name: 'Kosovo Liberation Army',
  kind: 'armed-group',
  aliases: ['KLA', 'UÇK', 'Kosovo Albanians', 'Kosovo Albanian delegation'],
};
const US: Actor = { id: 'united-states', name: 'United States', kind: 'state', aliases: ['Washington'] };
const CONTACT_GROUP: Actor = {
  id: 'contact-group',
  name: 'Contact Group',
  kind: 'mediator',
  aliases: ['Contact Group on the former Yugoslavia'],
};
const OSCE: Actor = {
  id: 'osce',
  name: 'Organization for Security and Co-operation in Europe',
  kind: 'international-organisation',
  aliases: ['OSCE', 'Kosovo Verification Mission', 'KVM'],
};
const NATO: Actor = {
  id: 'nato',
  name: 'NATO',
  kind: 'international-organisation',
  aliases: ['North Atlantic Treaty Organization', 'KFOR'],
};
const EU: Actor = { id: 'european-union', name: 'European Union', kind: 'international-organisation', aliases: ['EU'] };
const RUSSIA: Actor = { id: 'russia', name: 'Russia', kind: 'state', aliases: ['Moscow'] };

const MILOSEVIC: Person = { name: 'Slobodan Milošević', title: 'President of Yugoslavia', actorId: 'fry' };
const FRY_GOV: Person = { name: 'Government of Serbia', actorId: 'fry' };
const SESELJ: Person = { name: 'Vojislav Šešelj', title: 'Deputy Prime Minister of Serbia', actorId: 'fry' };
const NOVKOVIC: Person = {
  name: 'Col. Milivoje Novković',
  title: 'Head of the Yugoslav Army Information Service',
  actorId: 'fry',
};
const KLA_STAFF: Person = { name: 'KLA General Staff', actorId: 'kla' };
const KLA_COMMANDER: Person = { name: 'KLA commander at a funeral near the Kosovo border', actorId: 'kla' };
const THACI: Person = { name: 'Hashim Thaçi', title: 'Political head of the KLA', actorId: 'kla' };
const HOLBROOKE: Person = { name: 'Richard Holbrooke', title: 'US special envoy', actorId: 'united-states' };
const ALBRIGHT: Person = { name: 'Madeleine Albright', title: 'US Secretary of State', actorId: 'united-states' };
const WALKER: Person = { name: 'William Walker', title: 'Head of the OSCE Kosovo Verification Mission', actorId: 'osce' };

/** An encyclopedia summary, dated by the development it is cited for (see the header). */
const wiki = (title: string, url: string, day: string) => source(title, 'Wikipedia', url, day, 'C', 2);
const W = {
  obrinje: 'https://en.wikipedia.org/wiki/Gornje_Obrinje_massacre',
  rambouillet: 'https://wikisum.wiki/wiki/Rambouillet_Agreement',
  drenica: 'https://wikimili.com/en/Yugoslav_offensive_in_Drenica_(1999)',
  izbica: 'https://wikisum.wiki/wiki/Izbica_massacre',
  meja: 'https://en.wikipedia.org/wiki/Meja_massacre',
  kumanovo: 'https://en.wikipedia.org/wiki/Kumanovo_Agreement',
};

const S = {
  univ0730: source(
    '18-30 juillet 1998 – Yougoslavie. Offensive serbe et revers séparatistes au Kosovo',
    'Encyclopædia Universalis (chronology)',
    'https://universalis.fr/evenement/18-30-juillet-1998-offensive-serbe-et-revers-separatistes-au-kosovo',
    '1998-07-30',
    'C',
    2,
  ),
  hina0812: source(
    'Strong Serbian forces attacking villages in the Decani municipality for the fourth day',
    'Hina',
    'https://hina.hr/vijest/4202699',
    '1998-08-12',
    'B',
    3,
  ),
  ft0930: source(
    'Massacre overshadows Serb ceasefire claim',
    'Financial Times (Guy Dinmore, author’s archive)',
    'https://guydinmore.wordpress.com/1998/09/30/massacre-overshadows-serb-ceasefire-claim/',
    '1998-09-30',
    'B',
    2,
  ),
  indep0930: source(
    'Victims were slaughtered like animals',
    'The Independent',
    'http://www.independent.co.uk/news/victims-were-slaughtered-like-animals-1201506.html',
    '1998-09-30',
    'B',
    2,
  ),
  cnn1008: source(
    'Albanian rebels in Kosovo announce cease-fire',
    'CNN',
    'http://edition.cnn.com/WORLD/europe/9810/08/kosovo.03/',
    '1998-10-08',
    'B',
    2,
  ),
  rferl1013: source(
    'Yugoslavia: Holbrooke announces agreement with Milosevic',
    'Radio Free Europe/Radio Liberty',
    'https://www.rferl.org/a/1089704.html',
    '1998-10-13',
    'B',
    2,
  ),
  nyt1013: source(
    'Yugoslav President Backs Off',
    'Orlando Sentinel (The New York Times)',
    'http://articles.orlandosentinel.com/1998-10-13/news/9810130300_1_nato-slobodan-milosevic-kosovo',
    '1998-10-13',
    'B',
    2,
  ),
  bbc1013: source(
    'Agreement in Belgrade',
    'BBC News',
    'http://news.bbc.co.uk/2/hi/europe/192826.stm',
    '1998-10-13',
    'B',
    2,
  ),
  ap1215: source(
    'Kosovo border clash leaves dozens of ethnic Albanians dead',
    'Kitsap Sun (Associated Press)',
    'https://products.kitsapsun.com/archive/1998/12-15/0009_in_the_headlines__kosovo_border_c.html',
    '1998-12-15',
    'B',
    2,
  ),
  wapo1215: source(
    '30 Kosovo Rebels Killed in Border Clash',
    'The Washington Post (Guy Dinmore, author’s archive)',
    'https://guydinmore.wordpress.com/1998/12/15/30-kosovo-rebels-killed-in-border-clash/',
    '1998-12-15',
    'B',
    2,
  ),
  ap1216: source(
    'Serbs Protest Killings in Kosovo',
    'Associated Press',
    'https://www.apnews.com/5b6318eaf6715248cf478f2b3d009357',
    '1998-12-16',
    'B',
    2,
  ),
  kic1217: source(
    'Residents Speak of Heavy Serb Attacks on Deçan Villages on Thursday (KIC)',
    'Kosova Crisis Center (Kosova Information Centre)',
    'http://www.alb-net.com/kcc/18dhjetor.htm',
    '1998-12-18',
    'C',
    3,
  ),
  bbc1224: source(
    'Kosovo peace shattered',
    'BBC News',
    'http://news.bbc.co.uk/2/hi/242119.stm',
    '1998-12-24',
    'B',
    2,
  ),
  ap1225: source(
    'Yugoslavia: Serbs strike rebel stronghold',
    'Kitsap Sun (Associated Press)',
    'https://products.kitsapsun.com/archive/1998/12-25/0051_yugoslavia__serbs_strike_rebel_st.html',
    '1998-12-25',
    'B',
    2,
  ),
  bbc1226: source(
    'Kosovo fighting flares again',
    'BBC News',
    'http://news.bbc.co.uk/2/hi/europe/242718.stm',
    '1998-12-26',
    'B',
    2,
  ),
  ap1227: source(
    'Clashes Continue in Kosovo',
    'Associated Press',
    'https://www.apnews.com/8bee80934b5a25c0987b49d55f8ed00a',
    '1998-12-27',
    'B',
    2,
  ),
  planken9901: source(
    'SFOR II chronology: January 1999',
    'planken.org',
    'https://planken.org/balkans/chronology/sfor-ii/1999-1',
    '1999-01-02',
    'C',
    2,
  ),
  rferl0108: source(
    'Yugoslavia: Eight Serbian Soldiers Taken Hostage In Kosovo',
    'Radio Free Europe/Radio Liberty',
    'https://www.rferl.org/a/1090306.html',
    '1999-01-08',
    'B',
    2,
  ),
  rferl0112: source(
    'OSCE says UCK agrees to release eight Yugoslav soldiers',
    'Radio Free Europe/Radio Liberty',
    'https://www.rferl.org/a/1090324.html',
    '1999-01-12',
    'B',
    2,
  ),
  ap0112: source(
    'Kosovo Rebels To Free 8 Yugoslavs',
    'Associated Press',
    'https://www.apnews.com/b6da4f3618fee540dbe406b9b5c25f5c',
    '1999-01-12',
    'B',
    2,
  ),
  bbc0113: source(
    'Kosovo hostages released',
    'BBC News',
    'http://news.bbc.co.uk/2/hi/europe/253992.stm',
    '1999-01-13',
    'B',
    2,
  ),
  ap0117: source(
    'Dozens of ethnic Albanians massacred near Kosovo village',
    'South Coast Today (Associated Press)',
    'https://www.southcoasttoday.com/story/news/nation-world/1999/01/17/dozens-ethnic-albanians-massacred-near/50547621007/',
    '1999-01-17',
    'B',
    2,
  ),
  irish0118: source(
    'Enraged villagers searched bloodied faces to identify their dead relatives',
    'The Irish Times',
    'https://irishtimes-irishtimes-prod.cdn.arcpublishing.com/news/enraged-villagers-searched-bloodied-faces-to-identify-their-dead-relatives-1.147039',
    '1999-01-18',
    'B',
    2,
  ),
  kic0118: source(
    'Serb Forces Renew Attack on Reçak (KIC, 17 January)',
    'Kosova Crisis Center (Kosova Information Centre)',
    'http://www.alb-net.com/kcc/18janar.htm',
    '1999-01-18',
    'C',
    3,
  ),
  cg0129: source(
    'Contact Group: Chairman’s Conclusions – London, 29 January 1999',
    'Office of the High Representative (archive)',
    'https://www.ohr.int/ohr_archive/chairmans-conclusions-london-29-january-1999-3/',
    '1999-01-29',
    'A',
    1,
  ),
  rferl0129: source(
    'Yugoslavia: Contact Group Issues Peace Talks Ultimatum Over Kosovo',
    'Radio Free Europe/Radio Liberty',
    'https://www.rferl.org/a/1090454.html',
    '1999-01-29',
    'B',
    2,
  ),
  bsun0130: source(
    'Allies issue ultimatum on Kosovo; Major powers order factions into talks leading to self-rule',
    'The Baltimore Sun',
    'https://www.baltimoresun.com/news/bs-xpm-1999-01-30-9901300065-story.html',
    '1999-01-30',
    'B',
    2,
  ),
  rte0214: source(
    'Contact Group extends Kosovo peace talks',
    'RTÉ News',
    'https://www.rte.ie/news/1999/0214/548-kosovo',
    '1999-02-14',
    'B',
    2,
  ),
  rte0223: source(
    'Albright warns NATO strikes remain a possibility',
    'RTÉ News',
    'https://www.rte.ie/news/1999/0223/639-kosovo',
    '1999-02-23',
    'B',
    2,
  ),
  ap0224: source(
    'Kosovo stalemate broken, but final deal still elusive',
    'Lubbock Avalanche-Journal (Associated Press)',
    'http://lubbockonline.com/stories/022499/wor_022499128.shtml',
    '1999-02-24',
    'B',
    2,
  ),
  ap0224b: source(
    'Kosovo rebels open fire on Serb village',
    'Lubbock Avalanche-Journal (Associated Press)',
    'http://lubbockonline.com/stories/022499/wor_022499129.shtml',
    '1999-02-24',
    'B',
    2,
  ),
  kitsap0224: source(
    'Kosovo: Talks end without agreement',
    'Kitsap Sun',
    'https://products.kitsapsun.com/archive/1999/02-24/0071_kosovo__talks_end_without_agreeme.html',
    '1999-02-24',
    'B',
    2,
  ),
  indep0316: source(
    'Five villages ablaze in new shelling',
    'The Independent',
    'http://www.independent.co.uk/news/five-villages-ablaze-in-new-shelling-1080957.html',
    '1999-03-16',
    'B',
    2,
  ),
  ap0321: source(
    'Kosovo: ethnic Albanians flee Serb offensive as monitors leave (AP Archive, 21 March 1999)',
    'Associated Press Television News (archive copy)',
    'https://newtuber.su/video/NFRlLJKOB9s',
    '1999-03-21',
    'C',
    2,
  ),
  kic0322: source(
    'Three Albanians Killed, Seven Wounded, in Two Podujeva Villages on Saturday (KIC)',
    'Kosova Crisis Center (Kosova Information Centre)',
    'http://www.alb-net.com/kcc/22mars.htm',
    '1999-03-22',
    'C',
    3,
  ),
  indep0324: source(
    'Kosovo Crisis: The Countdown To War',
    'The Independent',
    'http://www.independent.co.uk/news/kosovo-crisis-the-countdown-to-war-1082594.html',
    '1999-03-24',
    'B',
    2,
  ),
  cbc0515: source(
    'Kosovo Chronology',
    'CBC News',
    'https://amp.cbc.ca/lite/story/1.186788',
    '1999-05-15',
    'B',
    2,
  ),
  indep0501: source(
    'Serb forces "kill 300" in massacre',
    'The Independent',
    'http://www.independent.co.uk/news/serb-forces-kill-300-in-massacre-1090568.html',
    '1999-05-01',
    'B',
    3,
  ),
  afp0528: source(
    'A War Chronology',
    'Agence France-Presse (archive copy)',
    'http://www.rrojasdatabank.info/agfrank/nato_kosovo/msg00146.html',
    '1999-05-28',
    'C',
    2,
  ),
  wapo0526: source(
    'NATO Strikes Help Rebels Gain Ground',
    'The Washington Post',
    'http://www.washingtonpost.com/wp-srv/inatl/longterm/balkans/stories/kla052699.htm',
    '1999-05-26',
    'B',
    2,
  ),
  wapo0602: source(
    'NATO Gives Air Support to KLA Forces',
    'The Washington Post',
    'https://www.washingtonpost.com/wp-srv/inatl/longterm/balkans/stories/military060299.htm',
    '1999-06-02',
    'B',
    2,
  ),
  cnn0603: source(
    'Milosevic accepts peace plan, Finnish envoy says',
    'CNN',
    'http://edition.cnn.com/WORLD/europe/9906/03/kosovo.peace.04/',
    '1999-06-03',
    'B',
    2,
  ),
  cnn0603b: source(
    'Serbian Parliament Accepts Peace Plan (CNN, archive copy)',
    'CNN (University of the West of England archive)',
    'https://phdn.org/archives/www.ess.uwe.ac.uk/Kosovo/Kosovo-Current_News210.htm',
    '1999-06-03',
    'C',
    2,
  ),
  irish0604: source(
    'Peace may come to Balkans in days',
    'The Irish Times',
    'https://irishtimes.com/news/peace-may-come-to-balkans-in-days-1.192064',
    '1999-06-04',
    'B',
    2,
  ),
  lat0604: source(
    'Peace Deal Disappoints Kosovo Separatists',
    'Los Angeles Times',
    'https://www.latimes.com/archives/la-xpm-1999-jun-04-mn-44062-story.html',
    '1999-06-04',
    'B',
    2,
  ),
  nato0620: source(
    'Statement by the NATO Secretary General (20 June 1999)',
    'NATO Press Release (1999)101',
    'https://www.nato.int/docu/pr/1999/p99-101e.htm',
    '1999-06-20',
    'A',
    1,
  ),
  cnn0620: source(
    'NATO air war officially ends as Yugoslav troops leave Kosovo',
    'CNN',
    'http://edition.cnn.com/WORLD/europe/9906/20/kosovo.02/index.html',
    '1999-06-20',
    'B',
    2,
  ),
  bbc0621: source(
    'Kosovo rebels to disarm',
    'BBC News',
    'http://news.bbc.co.uk/1/hi/world/europe/374482.stm',
    '1999-06-21',
    'B',
    2,
  ),
  ap0621: source(
    'NATO, KLA Agree on Demilitarization',
    'Associated Press',
    'https://www.apnews.com/8432c3eff2cd589abdaace03d41c5683',
    '1999-06-21',
    'B',
    2,
  ),
};

const P = {
  border: 'Kosovo–Albania border',
  pristinaPec: 'Pristina–Peć road',
  malisevo: 'Mališevo',
  decani: 'Dečani',
  drenica: 'Drenica',
  gorozup: 'Gorožup–Liken border posts',
  pec: 'Peć',
  podujevo: 'Podujevo',
  suvaReka: 'Suva Reka',
  stariTrg: 'Stari Trg (Bajgora)',
  racak: 'Račak',
  rogovo: 'Rogovo',
  vucitrn: 'Vučitrn (Čičavica hills)',
  meja: 'Meja',
  kosare: 'Košare',
  pastrik: 'Mount Paštrik',
  kosovo: 'Kosovo',
  fry: 'Federal Republic of Yugoslavia',
};
const R = { rambouillet: 'rambouillet-1999-02', paris: 'paris-1999-03' };
const D = { interim: 'interim-agreement-1999', peacePlan: 'eu-russia-peace-plan-1999-06' };
const U = { natoActord: 'nato-actord-1998-10', contactGroup: 'contact-group-summons-1999-01' };
const CF = { october: 'october-truce-1998', kumanovo: 'kumanovo-cessation-1999-06' };
const A = { holbrooke: 'holbrooke-milosevic-1998-10', kumanovo: 'kumanovo-mta-1999-06', undertaking: 'kla-undertaking-1999-06' };

const events = [
  // ===== July – August 1998: the summer offensive =====
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '1998-07-18', recordedAt: rec('1998-07-31', '12:00') },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Yugoslavia – the Kosovo Albanians, 1998–99: the summer offensive, Holbrooke’s October agreement, Račak, Rambouillet and the war',
      subject:
        'The KLA’s insurgency for Kosovo’s independence and the Yugoslav and Serbian forces’ campaign against it, from the summer offensive of 1998 through the October truce, its collapse, the Rambouillet and Paris talks on an interim agreement for substantial autonomy, NATO’s air campaign and the withdrawal of the Yugoslav forces under the Kumanovo agreement',
      parties: [FRY, KLA],
      mediators: [US, CONTACT_GROUP],
    },
    [S.univ0730],
  ),
  ev(
    'IncidentReported',
    'inc-border-july',
    { occurredAt: '1998-07-18', recordedAt: rec('1998-07-31', '12:05') },
    {
      incidentId: 'border-crossing-1998-07-18',
      kind: 'clash',
      perpetrator: 'fry',
      against: 'kla',
      place: P.border,
      fatalities: { min: 100, max: 110 },
      description:
        'The fighting between the KLA and the Serbian forces intensifies: some 110 KLA members are killed in two days (18 and 19 July) trying to enter Kosovo from Albania.',
    },
    [graded(S.univ0730, 3)],
  ),
  ev(
    'StatementMade',
    'stmt-kla-liberation',
    { occurredAt: '1998-07-18', recordedAt: rec('1998-07-31', '12:10') },
    {
      speaker: KLA_STAFF,
      audience: 'fry',
      tone: 'military-threat',
      summary:
        'In a communiqué marking a hardening of its positions, the KLA calls on Albanians wherever they are to fight for the "liberation of Kosovo"; it does not recognise the Kosovo "parliament" elected in March nor "president" Rugova.',
    },
    [S.univ0730],
  ),
  ev(
    'IncidentReported',
    'inc-road-offensive',
    { occurredAt: '1998-07-25', recordedAt: rec('1998-07-31', '12:15') },
    {
      incidentId: 'pristina-pec-road-offensive-1998-07-25',
      kind: 'clash',
      perpetrator: 'fry',
      against: 'kla',
      place: P.pristinaPec,
      scale: 'major',
      description:
        'The Serbian forces launch a new offensive ("une nouvelle offensive") to retake the road from Pristina to Peć and Prizren; they succeed before the end of the month.',
    },
    [S.univ0730],
  ),
  ev(
    'IncidentReported',
    'inc-malisevo',
    { occurredAt: '1998-07-28', recordedAt: rec('1998-07-31', '12:20') },
    {
      incidentId: 'malisevo-1998-07-28',
      kind: 'clash',
      perpetrator: 'fry',
      against: 'kla',
      place: P.malisevo,
      description:
        'The Serbian forces take Mališevo, one of the KLA’s main strongholds. The UNHCR counts some 150,000 people displaced by five months of fighting.',
    },
    [S.univ0730],
  ),
  ev(
    'StatementMade',
    'stmt-milosevic-troika',
    { occurredAt: '1998-07-30', recordedAt: rec('1998-07-31', '12:25') },
    {
      speaker: MILOSEVIC,
      tone: 'neutral',
      summary:
        'Milošević tells the European Union troika that the Serbian forces’ offensive in Kosovo is over; the situation on the ground belies it.',
    },
    [S.univ0730],
  ),
  ev(
    'IncidentReported',
    'inc-decani-august',
    { occurredAt: '1998-08-12', recordedAt: rec('1998-08-12', '18:00') },
    {
      incidentId: 'decani-villages-1998-08-12',
      kind: 'shelling',
      perpetrator: 'fry',
      against: 'kla',
      allegedBy: 'kla',
      place: P.decani,
      injured: { min: 45, max: 45 },
      description:
        'For the fourth day Serbian forces attack at least 11 Albanian villages of the Dečani municipality with tanks, heavy artillery and about 250 military vehicles, and keep up fierce artillery fire on Junik, the KLA’s main stronghold near the border; a number of Albanians killed and at least 45 wounded on Wednesday (the KIC’s account); KLA units resist.',
    },
    [S.hina0812],
  ),
  // ===== September 1998: Drenica and Gornje Obrinje =====
  ev(
    'IncidentReported',
    'inc-likovac-police',
    { occurredAt: '1998-09-25', recordedAt: rec('1998-09-30', '12:00') },
    {
      incidentId: 'drenica-police-killed-1998-09-25',
      kind: 'clash',
      perpetrator: 'kla',
      against: 'fry',
      place: P.drenica,
      fatalities: { min: 7, max: 7 },
      description:
        'Seven policemen are killed in the Gornje Obrinje area on Friday (diplomats’ account); an overturned Yugoslav Army tank, apparently ambushed by the KLA, is seen nearby.',
    },
    [S.ft0930, S.indep0930],
  ),
  ev(
    'IncidentReported',
    'inc-drenica-offensive',
    { occurredAt: '1998-09-26', recordedAt: rec('1998-09-30', '12:05') },
    {
      incidentId: 'drenica-offensive-1998-09-26',
      kind: 'clash',
      perpetrator: 'fry',
      against: 'kla',
      place: P.drenica,
      scale: 'major',
      description:
        'Serbian police and troops surround and take Gornje Obrinje in what the Independent calls "the biggest Serbian offensive to date in the Drenica region"; the KLA withdraws from the village; a KLA soldier’s body is carried away.',
    },
    [S.indep0930, wiki('Gornje Obrinje massacre', W.obrinje, '1998-09-26')],
  ),
  ev(
    'IncidentReported',
    'inc-obrinje-massacre',
    { occurredAt: '1998-09-26', recordedAt: rec('1998-09-30', '12:10') },
    {
      incidentId: 'gornje-obrinje-1998-09-26',
      kind: 'lethal-force',
      perpetrator: 'fry',
      against: 'kla',
      place: P.drenica,
      fatalities: { min: 19, max: 21 },
      civilianFatalities: { min: 19, max: 21 },
      description:
        'Members of the Delijaj family — women, children and old men hiding in the woods near Gornje Obrinje — are shot at close range, allegedly by special police units; reporters find 19 bodies in civilian dress (Wikipedia: 21). Belgrade denies responsibility.',
    },
    [graded(S.ft0930, 3), wiki('Gornje Obrinje massacre', W.obrinje, '1998-09-26')],
  ),
  ev(
    'StatementMade',
    'stmt-serbia-ops-ended',
    { occurredAt: '1998-09-28', precision: 'approximate', recordedAt: rec('1998-09-30', '12:15') },
    {
      speaker: FRY_GOV,
      tone: 'neutral',
      summary:
        'The Serbian government announces a ceasefire: its operations against the "terrorists" in Kosovo are over. The Obrinje massacre overshadows the announcement.',
    },
    [S.ft0930],
  ),
  // ===== October 1998: restraint, the activation order and the Holbrooke agreement =====
  ev(
    'StatementMade',
    'stmt-kla-restraint',
    { occurredAt: '1998-10-08', recordedAt: rec('1998-10-09', '08:00') },
    {
      speaker: KLA_STAFF,
      audience: 'fry',
      tone: 'conciliatory',
      summary:
        'The KLA announces that it has "decided to refrain from all military activity" from Friday 9 October, keeps the right to defend itself if attacked, and asks for international monitoring. There has been no major fighting in the past week; Milošević has not declared a ceasefire of his own.',
    },
    [S.cnn1008],
  ),
  ev(
    'ActorRegistered',
    'actor-nato',
    { occurredAt: '1998-10-13', recordedAt: rec('1998-10-13', '18:00') },
    { actor: NATO, role: 'third-party' },
    [S.nyt1013],
    { note: 'Its activation order, air campaign and agreements are its own dealings with one side (see the header).' },
  ),
  ev(
    'ActorRegistered',
    'actor-osce',
    { occurredAt: '1998-10-13', recordedAt: rec('1998-10-13', '18:01') },
    { actor: OSCE, role: 'mediator' },
    [S.bbc1013],
    { note: 'The Kosovo Verification Mission (about 2,000 verifiers) agreed with Belgrade; its head, William Walker, mediates between the two in the field.' },
  ),
  ev(
    'UltimatumIssued',
    'ult-nato-actord',
    { occurredAt: '1998-10-13', recordedAt: rec('1998-10-13', '18:05') },
    {
      ultimatumId: U.natoActord,
      by: 'nato',
      to: ['fry'],
      demandIds: [],
      deadline: '1998-10-17',
      consequences:
        'NATO air strikes on Serbian military targets, authorised by the activation order passed early on 13 October, in as little as four days if Milošević does not comply with the UN demands (UNSCR 1199).',
      channel: 'The North Atlantic Council’s activation order, Brussels',
    },
    [S.nyt1013, S.rferl1013],
    { note: 'Kept in force after its deadline (see the header).' },
  ),
  ev(
    'AgreementReached',
    'agr-holbrooke',
    { occurredAt: '1998-10-13', recordedAt: rec('1998-10-13', '18:10') },
    {
      agreementId: A.holbrooke,
      kind: 'framework',
      provisions: [
        'Compliance with UNSCR 1199: a ceasefire, the withdrawal of forces deployed since February, humanitarian access',
        'An OSCE verification mission of about 2,000 on the ground with freedom of movement, and NATO’s unarmed air surveillance',
        'A timetable for talks with the Kosovo Albanians on self-government and a local police',
      ],
      signatories: ['fry', 'united-states'],
      textPublic: false,
      status: 'text-agreed',
    },
    [S.rferl1013, S.bbc1013],
    { note: 'Announced by Holbrooke in Belgrade; "has yet to be signed". The KLA is no party to it.' },
  ),
  ev(
    'CeasefireDeclared',
    'cf-october',
    { occurredAt: '1998-10-13', recordedAt: rec('1998-10-13', '18:15') },
    {
      ceasefireId: CF.october,
      parties: ['fry', 'kla'],
      scope: 'Kosovo: the ceasefire UNSCR 1199 demanded, verified by the OSCE',
      coverage: 'all-hostilities',
      duration: 'indefinite',
      mediatedBy: ['united-states'],
    },
    [S.rferl1013, S.cnn1008],
    { note: 'No joint text: Milošević’s commitment in the Holbrooke agreement and the KLA’s restraint declared on 8 October (see the header).' },
  ),
  ev(
    'StatementMade',
    'stmt-holbrooke-turning-point',
    { occurredAt: '1998-10-13', recordedAt: rec('1998-10-13', '18:20') },
    {
      speaker: HOLBROOKE,
      tone: 'conciliatory',
      summary:
        'Holbrooke hopes the agreement "will mark a turning point in the tragic relationship between the peoples of Kosovo" and lead to autonomy and self-determination; Clinton: "Balkan graveyards are filled with President Milosevic’s broken promises".',
    },
    [S.bbc1013, S.nyt1013],
  ),
  // ===== December 1998: the truce breaks =====
  ev(
    'IncidentReported',
    'inc-gorozup',
    { occurredAt: '1998-12-14', recordedAt: rec('1998-12-16', '12:00') },
    {
      incidentId: 'gorozup-liken-1998-12-14',
      kind: 'clash',
      perpetrator: 'fry',
      against: 'kla',
      place: P.gorozup,
      fatalities: { min: 31, max: 36 },
      injured: { min: 12, max: 12 },
      description:
        'In five hours of pre-dawn fighting near the border posts of Gorožup and Liken, Yugoslav troops kill at least 30 ethnic Albanians in KLA uniforms trying to enter from Albania and wound 12 (the Serb Media Centre); OSCE monitors see 31 bodies; the AP later counts at least 36. Nine are taken prisoner. The worst clash since the October truce.',
    },
    [S.ap1215, S.wapo1215, S.ap1216],
  ),
  ev(
    'IncidentReported',
    'inc-pec-cafe',
    { occurredAt: '1998-12-14', recordedAt: rec('1998-12-16', '12:05') },
    {
      incidentId: 'pec-cafe-1998-12-14',
      kind: 'militant-attack',
      perpetrator: 'kla',
      allegedBy: 'fry',
      against: 'fry',
      place: P.pec,
      fatalities: { min: 6, max: 6 },
      injured: { min: 5, max: 5 },
      description:
        'Masked gunmen open fire in a Serb-run bar in Peć, killing six Serb youths; Serbs blame the KLA; the gunmen escape. Thousands mourn the dead on 16 December.',
    },
    [S.ap1216, graded(S.wapo1215, 3)],
  ),
  ev(
    'StatementMade',
    'stmt-milosevic-terrorism',
    { occurredAt: '1998-12-16', recordedAt: rec('1998-12-16', '12:10') },
    {
      speaker: MILOSEVIC,
      audience: 'kla',
      tone: 'warning',
      summary:
        'Milošević renews his determination to suppress rebel "terrorism"; the government body for Kosovo calls the Peć killings "the most monstrous crime in the series of assaults by Albanian terrorist gangs". Holbrooke calls the deaths "appalling beyond words".',
    },
    [S.ap1216],
  ),
  ev(
    'IncidentReported',
    'inc-decani-december',
    { occurredAt: '1998-12-17', recordedAt: rec('1998-12-18', '12:00') },
    {
      incidentId: 'decani-villages-1998-12-17',
      kind: 'shelling',
      perpetrator: 'fry',
      against: 'kla',
      allegedBy: 'kla',
      place: P.decani,
      description:
        'Residents who fled say Serbian forces launched a large-scale attack at 04:00 on the Dečani villages of Shaptej, Dubravë, Gramaçel, Irzniq and Gllogjan, with heavy artillery, aircraft and helicopters overhead; the KLA resists.',
    },
    [S.kic1217],
  ),
  ev(
    'IncidentReported',
    'inc-podujevo-offensive',
    { occurredAt: '1998-12-24', recordedAt: rec('1998-12-25', '08:00') },
    {
      incidentId: 'podujevo-offensive-1998-12-24',
      kind: 'clash',
      perpetrator: 'fry',
      against: 'kla',
      place: P.podujevo,
      scale: 'major',
      fatalities: { min: 1, max: 1 },
      description:
        'Brushing aside NATO’s warnings, Serb tanks and troops strike the KLA stronghold of Lapaštica and six villages near Podujevo — a new Serb offensive with around 100 tanks and armoured vehicles (Western diplomats); the police say they "liquidated" several guerrillas after "fierce fire"; Belgrade calls it a limited search for the killers of a policeman slain on Monday. At least one killed.',
    },
    [S.bbc1224, S.ap1225],
  ),
  ev(
    'CeasefireEnded',
    'cf-october-ended',
    { occurredAt: '1998-12-24', recordedAt: rec('1998-12-25', '08:05') },
    {
      ceasefireId: CF.october,
      reason: 'collapsed',
      summary:
        'The KLA General Staff: "under these circumstances our self-restraint policy no longer has meaning. This can be understood as the end of the policy of ceasefire." Solana calls the offensive "a clear violation" of the October ceasefire.',
    },
    [S.bbc1224],
  ),
  ev(
    'StatementMade',
    'stmt-kla-all-means',
    { occurredAt: '1998-12-24', recordedAt: rec('1998-12-25', '08:10') },
    {
      speaker: KLA_STAFF,
      audience: 'fry',
      tone: 'military-threat',
      summary: 'The KLA says the rebels will "not sit idly by" and will "attack with all means available".',
    },
    [S.ap1225],
  ),
  ev(
    'IncidentReported',
    'inc-obrandza',
    { occurredAt: '1998-12-26', recordedAt: rec('1998-12-26', '18:00') },
    {
      incidentId: 'podujevo-obrandza-1998-12-26',
      kind: 'clash',
      perpetrator: 'fry',
      against: 'kla',
      place: P.podujevo,
      description:
        'Fresh fighting in the Podujevo region after an elderly Serb is killed in Obrandža: the LDK says Serbian police in armoured vehicles attacked the village. The Serb forces had pulled back from Lapaštica two days after their offensive.',
    },
    [S.bbc1226],
  ),
  ev(
    'IncidentReported',
    'inc-podujevo-day-four',
    { occurredAt: '1998-12-27', recordedAt: rec('1998-12-27', '20:00') },
    {
      incidentId: 'podujevo-shelling-1998-12-27',
      kind: 'shelling',
      perpetrator: 'fry',
      against: 'kla',
      place: P.podujevo,
      injured: { min: 5, max: 5 },
      description:
        'Artillery and mortar fire over rebel-held ground near Podujevo on the fourth day of the worst clashes in months; four Serbs and a KLA fighter wounded. The toll of the crackdown since Thursday reaches 10 ethnic Albanians. At dusk Walker announces a temporary truce to evacuate the wounded.',
    },
    [S.ap1227],
  ),
  // ===== January 1999: hostages, Račak, the summons =====
  ev(
    'StatementMade',
    'stmt-seselj-all-means',
    { occurredAt: '1999-01-01', recordedAt: rec('1999-01-02', '12:00') },
    {
      speaker: SESELJ,
      audience: 'kla',
      tone: 'military-threat',
      summary:
        'Serb leaders warn they will use "all means" necessary to stamp out the rebellion in Kosovo; Šešelj says the government is ready to stand up to NATO’s threats if fighting erupts on a major scale.',
    },
    [S.planken9901],
  ),
  ev(
    'IncidentReported',
    'inc-suva-reka',
    { occurredAt: '1999-01-08', recordedAt: rec('1999-01-08', '18:00') },
    {
      incidentId: 'suva-reka-police-1999-01-08',
      kind: 'clash',
      perpetrator: 'kla',
      allegedBy: 'fry',
      against: 'fry',
      place: P.suvaReka,
      fatalities: { min: 3, max: 3 },
      injured: { min: 3, max: 3 },
      description:
        'Gunmen attack a Serbian police car at Suva Reka, killing three policemen (confirmed by the OSCE); three civilians nearby are wounded.',
    },
    [S.rferl0108],
  ),
  ev(
    'StatementMade',
    'stmt-vj-force',
    { occurredAt: '1999-01-12', recordedAt: rec('1999-01-12', '18:00') },
    {
      speaker: NOVKOVIC,
      audience: 'kla',
      tone: 'military-threat',
      summary:
        'The Yugoslav Army says it is ready to use force to free the eight soldiers if the OSCE’s mediation fails — justified "constitutionally and morally" — and that they must be released unconditionally; dozens of tanks stand near Stari Trg. Milošević told the OSCE chairman that time was running out before a major crackdown.',
    },
    [S.rferl0112, S.ap0112],
  ),
  ev(
    'MediationAction',
    'med-osce-hostages',
    { occurredAt: '1999-01-12', recordedAt: rec('1999-01-12', '18:05') },
    {
      mediator: 'osce',
      action: 'proposed',
      summary:
        'The OSCE chairman, Knut Vollebaek, announces in Pristina that the KLA has agreed to an early release of the eight soldiers after talks brokered by the OSCE.',
    },
    [S.rferl0112, S.ap0112],
  ),
  ev(
    'IncidentReported',
    'inc-soldiers-held',
    { occurredAt: '1999-01-08', recordedAt: rec('1999-01-13', '17:55') },
    {
      incidentId: 'yugoslav-soldiers-held-1999-01-08',
      kind: 'detention',
      perpetrator: 'kla',
      against: 'fry',
      place: P.stariTrg,
      description:
        'The KLA seizes eight Yugoslav Army soldiers whose convoy strayed into rebel-held ground near Kosovska Mitrovica; it holds them in the village of Bajgora and wants nine KLA fighters captured in December in exchange. The OSCE negotiates.',
    },
    [S.rferl0108, S.ap0112, S.bbc0113],
  ),
  ev(
    'IncidentReported',
    'inc-soldiers-released',
    { occurredAt: '1999-01-13', recordedAt: rec('1999-01-13', '18:00') },
    {
      incidentId: 'yugoslav-soldiers-released-1999-01-13',
      kind: 'release',
      perpetrator: 'kla',
      against: 'fry',
      place: P.stariTrg,
      description:
        'The KLA frees the eight soldiers after five hours of talks at its command centre in Likovac; Walker calls it "part of a fair and balanced agreement" (Belgrade is to free the nine KLA fighters within ten days, a Western source says).',
    },
    [S.bbc0113],
  ),
  ev(
    'IncidentReported',
    'inc-racak-assault',
    { occurredAt: '1999-01-15', recordedAt: rec('1999-01-18', '12:00') },
    {
      incidentId: 'racak-assault-1999-01-15',
      kind: 'clash',
      perpetrator: 'fry',
      against: 'kla',
      place: P.racak,
      description:
        'Serb forces attack the area of Račak, near Štimlje, in the morning (the police call it an operation against "terrorists" and speak of rebels killed in combat); the KIC says Račak and Petrovo were pounded with heavy artillery before infantry rounded up the men.',
    },
    [S.ap0117, graded(S.kic0118, 3)],
  ),
  ev(
    'IncidentReported',
    'inc-racak-massacre',
    { occurredAt: '1999-01-15', recordedAt: rec('1999-01-18', '12:05') },
    {
      incidentId: 'racak-massacre-1999-01-15',
      kind: 'lethal-force',
      perpetrator: 'fry',
      against: 'kla',
      place: P.racak,
      fatalities: { min: 45, max: 45 },
      description:
        'The bodies of 45 ethnic Albanians are found on a hillside and in a gully above Račak, many shot at close range, all in civilian clothing — a young woman, a 12-year-old boy, many old men; villagers say Serb forces rounded up the men, drove them up the hill and shot them. Belgrade insists they were KLA fighters.',
    },
    [S.ap0117, S.irish0118],
  ),
  ev(
    'StatementMade',
    'stmt-walker-racak',
    { occurredAt: '1999-01-16', recordedAt: rec('1999-01-18', '12:10') },
    {
      speaker: WALKER,
      audience: 'fry',
      tone: 'accusation',
      summary:
        'After seeing the bodies, Walker calls it a massacre, "an unspeakable atrocity" and "a crime very much against humanity": "Nor do I hesitate to accuse the government security forces of responsibility."',
    },
    [S.ap0117],
  ),
  ev(
    'IncidentReported',
    'inc-racak-shelling',
    { occurredAt: '1999-01-17', recordedAt: rec('1999-01-18', '12:15') },
    {
      incidentId: 'racak-shelling-1999-01-17',
      kind: 'shelling',
      perpetrator: 'fry',
      against: 'kla',
      allegedBy: 'kla',
      place: P.racak,
      description:
        'Serbian forces shell Račak and the neighbouring Petrovo again; local KLA units stop their advance into the village, where the dead still lie unburied.',
    },
    [S.kic0118],
  ),
  ev(
    'IncidentReported',
    'inc-rogovo',
    { occurredAt: '1999-01-29', recordedAt: rec('1999-01-30', '12:00') },
    {
      incidentId: 'rogovo-raid-1999-01-29',
      kind: 'clash',
      perpetrator: 'fry',
      against: 'kla',
      place: P.rogovo,
      fatalities: { min: 24, max: 24 },
      description:
        'Serbian police kill 24 Kosovo Albanians in what they call a raid on a suspected rebel hideout; an international monitor denounces a "mass killing"; the circumstances are unclear.',
    },
    [S.bsun0130],
  ),
  ev(
    'TalksRoundScheduled',
    'round-rambouillet-scheduled',
    { occurredAt: '1999-01-29', recordedAt: rec('1999-01-30', '12:05') },
    {
      roundId: R.rambouillet,
      label: 'Rambouillet conference',
      venue: 'Château de Rambouillet, France',
      format: 'formal',
      hosts: ['contact-group'],
      plannedFor: '1999-02-06',
    },
    [S.cg0129, S.rferl0129],
  ),
  ev(
    'DemandTabled',
    'dem-interim',
    { occurredAt: '1999-01-29', recordedAt: rec('1999-01-30', '12:10') },
    {
      demandId: D.interim,
      by: 'contact-group',
      addressedTo: ['fry', 'kla'],
      text: 'Conclude within 21 days an interim agreement on the Contact Group’s principles: substantial autonomy for Kosovo within Yugoslavia, with an international civilian and military presence to implement it.',
      category: 'political',
    },
    [S.cg0129, S.bsun0130],
  ),
  ev(
    'UltimatumIssued',
    'ult-contact-group',
    { occurredAt: '1999-01-29', recordedAt: rec('1999-01-30', '12:15') },
    {
      ultimatumId: U.contactGroup,
      by: 'contact-group',
      to: ['fry', 'kla'],
      demandIds: [D.interim],
      deadline: '1999-02-19',
      consequences:
        'The Contact Group "will hold both sides accountable" if they fail to take the opportunity; Albright: NATO is ready to put its military muscle behind it ("the credible threat of force").',
      channel: 'The Contact Group ministers’ conclusions, London; delivered by Robin Cook in Belgrade and Pristina',
    },
    [S.cg0129, S.rferl0129, S.bsun0130],
  ),
  // ===== February 1999: Rambouillet =====
  ev(
    'TalksRoundOpened',
    'round-rambouillet-opened',
    { occurredAt: '1999-02-06', recordedAt: rec('1999-02-14', '18:00') },
    {
      roundId: R.rambouillet,
      label: 'Rambouillet conference',
      venue: 'Château de Rambouillet, France',
      format: 'formal',
      hosts: ['contact-group'],
      delegations: [{ actorId: 'fry' }, { actorId: 'kla', head: THACI }],
    },
    [S.rte0214, wiki('Rambouillet Agreement', W.rambouillet, '1999-02-06')],
    { note: 'Co-chaired by Robin Cook and Hubert Védrine; the negotiators are Christopher Hill (US), Wolfgang Petritsch (EU) and Boris Mayorsky (Russia).' },
  ),
  ev(
    'StatementMade',
    'stmt-albright-force',
    { occurredAt: '1999-02-14', recordedAt: rec('1999-02-14', '18:05') },
    {
      speaker: ALBRIGHT,
      audience: 'fry',
      tone: 'warning',
      summary:
        'Albright tells the delegates at Rambouillet that the United States is ready to back diplomacy with force; the Contact Group gives the parties another week and revives the threat of NATO air strikes. Serbia repeats its opposition to NATO troops in Kosovo.',
    },
    [S.rte0214],
  ),
  ev(
    'IncidentReported',
    'inc-vucitrn-0222',
    { occurredAt: '1999-02-22', recordedAt: rec('1999-02-24', '12:00') },
    {
      incidentId: 'vucitrn-clash-1999-02-22',
      kind: 'clash',
      perpetrator: 'kla',
      against: 'fry',
      place: P.vucitrn,
      description:
        'Clashes between KLA guerrillas and Yugoslav security forces west of Vučitrn, the first of two straight days; a Serb civilian, Mirko Milošević, is killed at Bukoš, allegedly by the KLA.',
    },
    [S.kitsap0224, S.ap0224b],
  ),
  ev(
    'IncidentReported',
    'inc-vucitrn-0223',
    { occurredAt: '1999-02-23', recordedAt: rec('1999-02-24', '12:05') },
    {
      incidentId: 'vucitrn-clash-1999-02-23',
      kind: 'clash',
      perpetrator: 'kla',
      against: 'fry',
      place: P.vucitrn,
      injured: { min: 5, max: 5 },
      description:
        'Suspected rebels open fire on Serb mourners under police escort at Bukoš; police exchange fire for more than an hour and the army sends a tank, an anti-aircraft gun and dozens of soldiers; five policemen and a photographer are wounded. About 9,000 people have fled the area in a few days (UNHCR).',
    },
    [S.ap0224b, S.kitsap0224],
  ),
  ev(
    'TalksRoundConcluded',
    'round-rambouillet-concluded',
    { occurredAt: '1999-02-23', recordedAt: rec('1999-02-24', '12:10') },
    {
      roundId: R.rambouillet,
      outcome: 'adjourned',
      summary:
        'After 17 days the Contact Group announces a consensus on "substantial autonomy" for Kosovo but no signature from either side: the Kosovo Albanians ask two weeks to consult at home and the KLA; the Serbs refuse the military part (a NATO force of up to 30,000). The co-chairs call for an immediate ceasefire.',
      nextSteps: 'A conference on implementing the accord in France from 15 March.',
    },
    [S.rte0223, S.ap0224, S.kitsap0224],
  ),
  ev(
    'PositionTaken',
    'pos-kla-rambouillet',
    { occurredAt: '1999-02-23', recordedAt: rec('1999-02-24', '12:15') },
    {
      demandId: D.interim,
      actorId: 'kla',
      stance: 'accepted-in-principle',
      conditions:
        'The Kosovo Albanian delegation agrees in principle but asks two weeks to consult the KLA and people at home, and still insists on a referendum on independence after the three-year interim period.',
    },
    [S.ap0224, S.kitsap0224],
  ),
  ev(
    'PositionTaken',
    'pos-fry-rambouillet',
    { occurredAt: '1999-02-23', recordedAt: rec('1999-02-24', '12:20') },
    {
      demandId: D.interim,
      actorId: 'fry',
      stance: 'conditional',
      conditions:
        'The Serbs agree in principle to limited self-rule but refuse a NATO force in Kosovo and major elements of the self-rule the Albanians seek (a president, Kosovo courts for Serbs, cooperation with the war crimes tribunal).',
    },
    [S.ap0224, S.kitsap0224],
  ),
  // ===== March 1999: Paris, the signature, the refusal =====
  ev(
    'IncidentReported',
    'inc-cicavica-shelling',
    { occurredAt: '1999-03-15', recordedAt: rec('1999-03-16', '12:00') },
    {
      incidentId: 'cicavica-shelling-1999-03-15',
      kind: 'shelling',
      perpetrator: 'fry',
      against: 'kla',
      place: P.vucitrn,
      description:
        'As the two sides sit down to talks in Paris, Serb security forces pour rocket and mortar fire on suspected rebel positions on the eastern foothills of Čičavica, west of the Pristina–Mitrovica road: at least five villages burn. The army and police have been pushing west since the weekend, assaulting the rebel-held village of Osljane; a KLA fighter is buried.',
    },
    [S.indep0316],
    { note: 'The source’s day is inferred from its text (the Paris talks opened on 15 March).' },
  ),
  ev(
    'TalksRoundScheduled',
    'round-paris-scheduled',
    { occurredAt: '1999-02-23', recordedAt: rec('1999-03-24', '12:00') },
    {
      roundId: R.paris,
      label: 'Paris session (Kléber conference centre)',
      venue: 'Paris',
      format: 'formal',
      hosts: ['contact-group'],
      plannedFor: '1999-03-15',
    },
    [S.rte0223],
  ),
  ev(
    'TalksRoundOpened',
    'round-paris-opened',
    { occurredAt: '1999-03-15', recordedAt: rec('1999-03-24', '12:05') },
    {
      roundId: R.paris,
      label: 'Paris session (Kléber conference centre)',
      venue: 'Paris',
      format: 'formal',
      hosts: ['contact-group'],
      delegations: [{ actorId: 'fry' }, { actorId: 'kla', head: THACI }],
    },
    [S.indep0316, wiki('Rambouillet Agreement', W.rambouillet, '1999-03-15')],
  ),
  ev(
    'PositionTaken',
    'pos-kla-signs',
    { occurredAt: '1999-03-18', recordedAt: rec('1999-03-24', '12:10') },
    {
      demandId: D.interim,
      actorId: 'kla',
      stance: 'accepted',
      speaker: THACI,
      conditions:
        'The Kosovo Albanians sign the peace deal unilaterally: broad interim autonomy and 28,000 NATO troops to implement it. Signed by Ibrahim Rugova, Hashim Thaçi, Rexhep Qosja and Veton Surroi in the presence of Christopher Hill and Wolfgang Petritsch.',
    },
    [S.indep0324, wiki('Rambouillet Agreement', W.rambouillet, '1999-03-18')],
  ),
  ev(
    'PositionTaken',
    'pos-fry-refuses',
    { occurredAt: '1999-03-18', recordedAt: rec('1999-03-24', '12:15') },
    {
      demandId: D.interim,
      actorId: 'fry',
      stance: 'rejected',
      conditions:
        'The Serbs refuse to sign; their delegation signs only its own political draft on self-government and rejects any NATO-led force in Kosovo.',
    },
    [S.indep0324, wiki('Rambouillet Agreement', W.rambouillet, '1999-03-18')],
  ),
  ev(
    'TalksRoundConcluded',
    'round-paris-concluded',
    { occurredAt: '1999-03-19', recordedAt: rec('1999-03-24', '12:20') },
    {
      roundId: R.paris,
      outcome: 'collapsed',
      summary: 'The talks are suspended after the Serbs refuse to sign what the Kosovo Albanians signed.',
    },
    [S.indep0324],
  ),
  ev(
    'UltimatumResolved',
    'ult-contact-group-resolved',
    { occurredAt: '1999-03-19', recordedAt: rec('1999-03-24', '12:25') },
    {
      ultimatumId: U.contactGroup,
      resolution: 'partially-complied',
      summary: 'The Kosovo Albanians signed the interim agreement; Belgrade refused. The talks are suspended.',
    },
    [S.indep0324],
  ),
  ev(
    'IncidentReported',
    'inc-march-offensive-drenica',
    { occurredAt: '1999-03-20', recordedAt: rec('1999-03-24', '12:30') },
    {
      incidentId: 'drenica-offensive-1999-03-20',
      kind: 'clash',
      perpetrator: 'fry',
      against: 'kla',
      place: P.drenica,
      scale: 'major',
      description:
        'As the last OSCE verifiers leave for Macedonia, Yugoslav forces build up and launch offensives against the rebels: in Drenica, the heart of the rebellion, houses burn and thousands of villagers are driven from their homes by troops in white jumpsuits and black ski masks.',
    },
    [S.ap0321, S.indep0324, wiki('Yugoslav offensive in Drenica (1999)', W.drenica, '1999-03-20')],
  ),
  ev(
    'IncidentReported',
    'inc-march-offensive-podujevo',
    { occurredAt: '1999-03-20', recordedAt: rec('1999-03-24', '12:35') },
    {
      incidentId: 'podujevo-shelling-1999-03-20',
      kind: 'shelling',
      perpetrator: 'fry',
      against: 'kla',
      place: P.podujevo,
      fatalities: { min: 3, max: 3 },
      injured: { min: 7, max: 7 },
      description:
        'The fighting stretches over dozens of kilometres from Podujevo to Drenica: a Serbian shell kills a brother and sister in Tërrnavë, an eight-year-old boy dies of his wounds, seven wounded in two Podujevo villages (the KIC).',
    },
    [S.ap0321, S.kic0322],
  ),
  ev(
    'MediationAction',
    'med-holbrooke-belgrade',
    { occurredAt: '1999-03-22', recordedAt: rec('1999-03-24', '12:40') },
    {
      mediator: 'united-states',
      action: 'visited',
      summary:
        'Holbrooke flies to Belgrade to warn Milošević of air strikes unless he signs; Milošević refuses NATO troops in Yugoslavia. On 23 March, after an unsuccessful meeting, Holbrooke declares the talks failed.',
    },
    [S.indep0324],
  ),
  ev(
    'PositionTaken',
    'pos-fry-parliament-rejects',
    { occurredAt: '1999-03-23', recordedAt: rec('1999-03-24', '12:45') },
    {
      demandId: D.interim,
      actorId: 'fry',
      stance: 'rejected',
      conditions:
        'The Serbian assembly’s resolution condemns the withdrawal of the OSCE monitors and accepts only the principle of "autonomy" and the non-military part of the agreement: no foreign troops.',
    },
    [wiki('Rambouillet Agreement', W.rambouillet, '1999-03-23')],
  ),
  // ===== 24 March – 10 June 1999: NATO's air campaign and the war on the ground =====
  ev(
    'IncidentReported',
    'inc-nato-campaign',
    { occurredAt: '1999-03-24', recordedAt: rec('1999-05-28', '12:00') },
    {
      incidentId: 'nato-allied-force-1999-03-24',
      kind: 'airstrike',
      perpetrator: 'nato',
      against: 'fry',
      place: P.fry,
      description:
        'NATO launches its air war (Operation Allied Force) against Yugoslav military targets, to cripple the Serbian forces in Kosovo and enforce the Rambouillet plan; it is NATO’s act, not the Kosovo Albanians’.',
    },
    [S.cbc0515, S.afp0528],
  ),
  ev(
    'UltimatumResolved',
    'ult-nato-enforced',
    { occurredAt: '1999-03-24', recordedAt: rec('1999-05-28', '12:05') },
    {
      ultimatumId: U.natoActord,
      resolution: 'enforced',
      summary: 'NATO’s air campaign begins.',
    },
    [S.cbc0515],
  ),
  ev(
    'IncidentReported',
    'inc-drenica-shelling-march',
    { occurredAt: '1999-03-27', recordedAt: rec('1999-05-28', '12:10') },
    {
      incidentId: 'drenica-izbica-shelling-1999-03-27',
      kind: 'shelling',
      perpetrator: 'fry',
      against: 'kla',
      place: P.drenica,
      scale: 'major',
      description:
        'The Yugoslav offensive in Drenica goes on: government forces shell the area around Izbica, where thousands displaced from the region have gathered under the KLA’s presence, and enter the village that night.',
    },
    [wiki('Izbica massacre', W.izbica, '1999-03-27'), wiki('Yugoslav offensive in Drenica (1999)', W.drenica, '1999-03-27')],
  ),
  ev(
    'IncidentReported',
    'inc-izbica',
    { occurredAt: '1999-03-28', recordedAt: rec('1999-05-28', '12:15') },
    {
      incidentId: 'izbica-1999-03-28',
      kind: 'lethal-force',
      perpetrator: 'fry',
      against: 'kla',
      place: P.drenica,
      fatalities: { min: 93, max: 146 },
      description:
        'At Izbica, Serb forces separate the men from the women and children, order the women to Albania and execute the men — mostly non-combatants aged 60 to 70 — with automatic weapons (ICTY: at least 93 killed; other counts up to 146).',
    },
    [graded(wiki('Izbica massacre', W.izbica, '1999-03-28'), 3)],
  ),
  ev(
    'IncidentReported',
    'inc-us-soldiers-held',
    { occurredAt: '1999-03-31', recordedAt: rec('1999-05-28', '12:20') },
    {
      incidentId: 'us-soldiers-held-1999-03-31',
      kind: 'detention',
      perpetrator: 'fry',
      against: 'united-states',
      place: 'Yugoslav–Macedonian border',
      description:
        'Serb forces capture three US soldiers after an incident on the Macedonian border; Yugoslav television shows them bruised on 1 April. A third party’s people: not the pair’s.',
    },
    [S.afp0528, S.cbc0515],
  ),
  ev(
    'IncidentReported',
    'inc-meja-ambush',
    { occurredAt: '1999-04-21', recordedAt: rec('1999-05-28', '12:25') },
    {
      incidentId: 'meja-ambush-1999-04-21',
      kind: 'clash',
      perpetrator: 'kla',
      against: 'fry',
      place: P.meja,
      fatalities: { min: 6, max: 6 },
      description:
        'The KLA ambushes a Serb police car in Meja village near Đakovica, killing five policemen and an officer (refugees’ account).',
    },
    [graded(S.indep0501, 3), wiki('Meja massacre', W.meja, '1999-04-21')],
  ),
  ev(
    'IncidentReported',
    'inc-meja-massacre',
    { occurredAt: '1999-04-27', recordedAt: rec('1999-05-28', '12:30') },
    {
      incidentId: 'meja-massacre-1999-04-27',
      kind: 'lethal-force',
      perpetrator: 'fry',
      against: 'kla',
      place: P.meja,
      fatalities: { min: 300, max: 377 },
      description:
        'Thousands are ordered out of the villages around Đakovica and told to head for Albania; at a checkpoint in Meja, soldiers and police, some masked, pull men from the convoys and kill them by the road — as many as 300 (refugees; the UNHCR: "there has certainly been a mass killing"; at least 377 by later counts).',
    },
    [S.indep0501, wiki('Meja massacre', W.meja, '1999-04-27')],
  ),
  ev(
    'IncidentReported',
    'inc-us-soldiers-released',
    { occurredAt: '1999-05-02', recordedAt: rec('1999-05-28', '12:35') },
    {
      incidentId: 'us-soldiers-released-1999-05-02',
      kind: 'release',
      perpetrator: 'fry',
      against: 'united-states',
      place: 'Yugoslav–Macedonian border',
      description: 'The three US soldiers are freed into the custody of Jesse Jackson.',
    },
    [S.afp0528],
  ),
  ev(
    'IncidentReported',
    'inc-kosare',
    { occurredAt: '1999-05-25', recordedAt: rec('1999-05-28', '13:00') },
    {
      incidentId: 'kosare-1999-05-25',
      kind: 'clash',
      perpetrator: 'kla',
      against: 'fry',
      place: P.kosare,
      description:
        'On the ridges along the Albanian border at Košare the KLA pushes into Kosovo "a yard and a field at a time": artillery and mortar shells from both sides, sharp firefights, the dead left for days in no man’s land. "We have been attacking Serbian positions from the first day" of NATO’s attacks, says the regional KLA commander.',
    },
    [S.wapo0526],
  ),
  ev(
    'IncidentReported',
    'inc-operation-arrow',
    { occurredAt: '1999-05-26', precision: 'approximate', recordedAt: rec('1999-06-02', '12:00') },
    {
      incidentId: 'operation-arrow-1999-05-26',
      kind: 'clash',
      perpetrator: 'kla',
      against: 'fry',
      place: P.pastrik,
      scale: 'major',
      description:
        'Operation Arrow: up to 4,000 KLA guerrillas launch "a major offensive" — their first major assault in a year — from two points across the Albanian border, to take the Prizren–Peć highway.',
    },
    [S.wapo0602],
  ),
  ev(
    'IncidentReported',
    'inc-pastrik-counterattack',
    { occurredAt: '1999-05-28', precision: 'approximate', recordedAt: rec('1999-06-02', '12:05') },
    {
      incidentId: 'pastrik-counterattack-1999-05-28',
      kind: 'clash',
      perpetrator: 'fry',
      against: 'kla',
      place: P.pastrik,
      description:
        'Heavy Yugoslav artillery and agile counterattacks by Yugoslav troops foil the assault, including a Serb counterattack on Mount Paštrik.',
    },
    [S.wapo0602],
  ),
  ev(
    'IncidentReported',
    'inc-nato-pastrik',
    { occurredAt: '1999-05-28', precision: 'approximate', recordedAt: rec('1999-06-02', '12:10') },
    {
      incidentId: 'nato-pastrik-1999-05-28',
      kind: 'airstrike',
      perpetrator: 'nato',
      against: 'fry',
      place: P.pastrik,
      description:
        'NATO answers the KLA’s "urgent" pleas for air support to rebuff the Serb counterattack on Mount Paštrik and hits targets in or near Bucane and Ljumbarda (US intelligence and military officials): NATO’s act.',
    },
    [S.wapo0602],
  ),
  // ===== June 1999: the peace plan, Kumanovo, the withdrawal =====
  ev(
    'ActorRegistered',
    'actor-eu',
    { occurredAt: '1999-06-02', recordedAt: rec('1999-06-03', '18:00') },
    { actor: EU, role: 'mediator' },
    [S.cnn0603],
    { note: 'Its envoy, President Martti Ahtisaari of Finland, brought the peace plan to Belgrade with Chernomyrdin.' },
  ),
  ev(
    'ActorRegistered',
    'actor-russia',
    { occurredAt: '1999-06-02', recordedAt: rec('1999-06-03', '18:01') },
    { actor: RUSSIA, role: 'mediator' },
    [S.cnn0603],
    { note: 'Its Balkans envoy, Viktor Chernomyrdin, brought the peace plan to Belgrade with Ahtisaari.' },
  ),
  ev(
    'DemandTabled',
    'dem-peace-plan',
    { occurredAt: '1999-06-02', recordedAt: rec('1999-06-03', '18:05') },
    {
      demandId: D.peacePlan,
      by: 'european-union',
      addressedTo: ['fry', 'kla'],
      text: 'Accept the peace plan brought by Ahtisaari and Chernomyrdin: an end to the fighting, the withdrawal of all Yugoslav forces from Kosovo, the return of the refugees, an international security presence with NATO at its core, an interim administration, and the disarming of the KLA.',
      category: 'security',
    },
    [S.cnn0603],
  ),
  ev(
    'PositionTaken',
    'pos-fry-peace-plan',
    { occurredAt: '1999-06-03', recordedAt: rec('1999-06-03', '18:10') },
    {
      demandId: D.peacePlan,
      actorId: 'fry',
      stance: 'accepted',
      speaker: MILOSEVIC,
      conditions:
        'The Serbian parliament approves the plan (136–74) and Milošević’s government accepts it; NATO’s bombing continues until a verifiable withdrawal begins.',
    },
    [S.cnn0603, S.cnn0603b],
  ),
  ev(
    'PositionTaken',
    'pos-kla-peace-plan',
    { occurredAt: '1999-06-03', recordedAt: rec('1999-06-04', '12:00') },
    {
      demandId: D.peacePlan,
      actorId: 'kla',
      stance: 'accepted',
      conditions: 'After apparent initial reluctance (its spokesman called the deal "a new trick"), the KLA says it accepts the plan.',
    },
    [S.irish0604],
  ),
  ev(
    'StatementMade',
    'stmt-kla-fight-on',
    { occurredAt: '1999-06-03', recordedAt: rec('1999-06-04', '12:05') },
    {
      speaker: KLA_COMMANDER,
      audience: 'fry',
      tone: 'threat',
      summary:
        'At a funeral near the border, as NATO bombs resonate, a KLA commander vows: "We, his friends, will liberate our country"; refugees say they will fight again for independence.',
    },
    [S.lat0604],
  ),
  ev(
    'AgreementReached',
    'agr-kumanovo',
    { occurredAt: '1999-06-09', recordedAt: rec('1999-06-10', '12:00') },
    {
      agreementId: A.kumanovo,
      kind: 'ceasefire',
      provisions: [
        'The Yugoslav forces refrain immediately from any hostile or provocative act against any person in Kosovo',
        'A phased withdrawal of all Yugoslav forces from Kosovo within 11 days, concurrent with KFOR’s entry',
        'A 25-km air safety zone and a 5-km ground safety zone beyond Kosovo’s boundary',
      ],
      signatories: ['fry', 'nato'],
      textPublic: true,
      status: 'signed',
    },
    [wiki('Kumanovo Agreement', W.kumanovo, '1999-06-09')],
    { note: 'The Military Technical Agreement between KFOR and the governments of Yugoslavia and Serbia; the KLA is no party to it.' },
  ),
  ev(
    'CeasefireDeclared',
    'cf-kumanovo',
    { occurredAt: '1999-06-10', recordedAt: rec('1999-06-10', '12:05') },
    {
      ceasefireId: CF.kumanovo,
      parties: ['fry', 'nato'],
      scope: 'The Yugoslav forces’ cessation of hostilities in Kosovo and NATO’s suspension of its air campaign',
      duration: 'indefinite',
    },
    [wiki('Kumanovo Agreement', W.kumanovo, '1999-06-10')],
    { note: 'Between Belgrade and NATO, not the pair (see the header).' },
  ),
  ev(
    'IncidentReported',
    'inc-withdrawal-complete',
    { occurredAt: '1999-06-20', recordedAt: rec('1999-06-20', '20:00') },
    {
      incidentId: 'yugoslav-withdrawal-1999-06-20',
      kind: 'withdrawal',
      perpetrator: 'fry',
      against: 'kla',
      place: P.kosovo,
      description:
        'All Yugoslav military and police forces have left Kosovo, ahead of the midnight deadline; NATO terminates its air campaign, suspended on 10 June.',
    },
    [S.nato0620, S.cnn0620],
  ),
  ev(
    'AgreementReached',
    'agr-kla-undertaking',
    { occurredAt: '1999-06-21', recordedAt: rec('1999-06-21', '12:00') },
    {
      agreementId: A.undertaking,
      kind: 'partial',
      provisions: [
        'The KLA ceases firing all weapons and using explosives, leaves its checkpoints and ends military or security activity not approved by KFOR',
        'Heavy weapons into NATO-verified storage within 30 days, automatic weapons within a further 60 days; no uniforms in public',
        'Minefields and booby traps cleared within seven days',
      ],
      signatories: ['kla', 'nato'],
      textPublic: false,
      status: 'signed',
    },
    [S.bbc0621, S.ap0621],
    { note: 'Signed after midnight by Thaçi and Lt. Gen. Mike Jackson, KFOR’s commander: "There is a new epoch beginning for the people of Kosovo" (Thaçi).' },
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'yugoslavia-kosovo-1998.jsonl',
  logEnd: '1999-06-30T00:00:00Z',
  events,
};

export default definition;
