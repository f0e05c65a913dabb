/**
 * A test fixture, not a shipped example: the Russian Federation and the
 * Chechen separatists (the Chechen Republic of Ichkeria) from the Budyonnovsk
 * hostage raid (June 1995) to the Chechen elections of January 1997, as an
 * analyst reading the period's press could have recorded them — Basayev's raid
 * on Budyonnovsk and Chernomyrdin's telephone talks with him, the ceasefire
 * and the OSCE-mediated talks in Grozny, the military agreement of 30 July
 * 1995 and its unravelling through the autumn (the bomb that wounded General
 * Romanov, the halt to its implementation), the battle for Gudermes
 * (December), the Kizlyar–Pervomayskoye raid into Dagestan (January 1996), the
 * separatists' raid on Grozny (March), Yeltsin's peace plan, the Shatoy
 * ambush, Dudayev's killing (21 April), the Kremlin ceasefire (27 May) and the
 * Nazran protocols (10 June), the Russian offensive after the presidential
 * election (July), the separatists' assault on Grozny (6 August), the truce of
 * 17 August, Pulikovsky's ultimatum (19 August), the bombardment of 21 August,
 * Lebed's Novye Atagi ceasefire (22 August), the Khasavyurt accord (31
 * August), the federal withdrawal (completed 5 January 1997) and the
 * elections (27 January 1997). Escalation model v2 was never tuned on it: it
 * is the case the model is held to in russia-chechnya-1996.spec.ts, against
 * the calls an analyst makes from DOMAIN.md §5b alone.
 *
 * The parties are Russia and the separatists (Dudayev, then Yandarbiyev, with
 * Maskhadov as chief of staff). The mediator is the OSCE Assistance Group in
 * Grozny (Tim Guldimann from 1996). Ingushetia (Nazran) and Dagestan (Kizlyar,
 * Pervomayskoye, Khasavyurt) are places, not actors. The Moscow-installed
 * Chechen administration (Zavgayev) is counted with Russia: it is not
 * registered, and none of its own acts is recorded.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source. Recorded after the fact,
 * from sources read all at once (`retrospectiveClock`).
 *
 * Grading as in examples/README.md: B = an established outlet (AP, the Los
 * Angeles Times, the Chicago Tribune, CNN, the Independent, the Moscow Times,
 * RFE/RL, the Jamestown Foundation's Monitor digest of the Russian and Western
 * agencies, the PA-X peace agreements database's copy of a signed text); C =
 * an encyclopedia or a copy on an aggregator (Wikipedia and its mirrors,
 * Historydraft, Time's web brief); 2 = several sources agree or one
 * established source reports it; 3 = one side's claim, or a count or date the
 * sources disagree on. Wikipedia and the other encyclopedias (its mirrors,
 * Military Wiki, Historydraft) are dated by the development they are cited
 * for, as in the other retrospective cases; the PA-X copies of signed texts
 * by the day of signing; Time's undated web brief by the day after Yeltsin's
 * announcement it reports; Oğuz's paper (January–May 1997) by 1 June 1997.
 *
 * Judgement calls, recorded as an analyst would:
 * - Places, one way each: "Grozny", "Gudermes", "Budyonnovsk, Stavropol
 *   Krai", "Kizlyar, Dagestan", "Pervomayskoye, Dagestan", and the villages by
 *   their own names.
 * - Scale (`scale: 'major'`) only where a source names an offensive or a
 *   battle: Gudermes, 14 December 1995 (Jamestown: "the Chechen war's
 *   second-largest battle to date"); Pervomayskoye, January 1996 (Military
 *   Wiki: "a bloody, full-scale battle"); Grozny, 6 March 1996 (Orlando
 *   Sentinel / Itar-Tass: "the rebels' offensive"); Gekhi, 9 July 1996
 *   (Jamestown: "Russia begins new offensive in Chechnya"; Chicago Tribune:
 *   "the offensive entered its second day"); Grozny, 6 August 1996 (RFE/RL:
 *   "launched a major attack on Grozny"; CNN: "a surprise offensive on Grozny
 *   and two other cities"). The bombardment of 21 August (AP: "a savage
 *   artillery assault on the city") and the campaign in the southern
 *   highlands from 20 July (Wikipedia: "a large-scale campaign") are not
 *   marked: neither source names an offensive or a battle.
 * - The hostage raids are armed action by the separatists on Russia's own
 *   territory (Stavropol, Dagestan): the fighting is a `clash`, the hostages
 *   held a `detention`, ended by the hostage-takers' `release`. At Kizlyar
 *   the release of 10 January freed all but about 120–160 hostages, who went
 *   on as human shields to Pervomayskoye; no source read dates the release
 *   of those carried into Chechnya, so the detention is recorded as ended with
 *   the mass release and the rest is told in the text. The 26 Russian
 *   soldiers captured at Nozhay-Yurt on 1 June 1996 (Jamestown) are left out
 *   for the same reason: no dated release was found.
 * - Tolls over days (Budyonnovsk 14–19 June, the Gudermes battle of 14–24
 *   December, Kizlyar–Pervomayskoye 9–18 January, the August battle for
 *   Grozny) are `casualty-report`s over their span, not acts. The first three
 *   count the dead of both sides and civilians, so no side is named as
 *   perpetrator; the August count is of the federal losses alone (400 by the
 *   military prosecutor on 22 August, 687 by later Russian military data).
 * - The ceasefire of June 1995: Chernomyrdin's promise to Basayev on 18 June
 *   of an immediate ceasefire in Chechnya and talks (the LA Times: Russia
 *   "agreed to a cease-fire after a deadly Chechen guerrilla raid"). The
 *   military agreement of 30 July restates it (an immediate ceasefire with
 *   monitoring teams): recorded as the agreement, not a second ceasefire. The
 *   ceasefire is recorded as collapsed on 14 December (Gudermes), which the LA
 *   Times calls "the utter collapse of a July cease-fire".
 * - Chechen attacks after the signing (Jamestown: "more than 20 times in the
 *   24 hours following") are an alleged violation, with no casualties given.
 * - The halt of 9 October 1995 ("negotiators called a temporary halt to
 *   implementing an agreement", LA Times) is recorded as talks suspended for
 *   a time by Russia, whose co-chairman had been wounded; the source names no
 *   side (graded 3).
 * - The bomb that wounded General Romanov (6 October 1995) is a
 *   `militant-attack` with no perpetrator: no one claimed it, and the Chechen
 *   side condemned it; Grachev's call to "destroy the bandits" is his own act.
 * - Yeltsin's peace plan of 31 March 1996 is Russia's unilateral, partial
 *   ceasefire (combat operations to cease, but forces "will continue to
 *   respond to all terrorist acts"), superseded by the Kremlin ceasefire when
 *   it took effect on 1 June (00:00 Moscow summer time, 20:00 UTC on 31 May).
 *   The column ambushed after the announcement (Time: 28 soldiers killed) is
 *   dated 1 April, approximately (the brief gives no day).
 * - Dudayev's death: the Russian military denied involvement (AP), the
 *   separatists say a Russian rocket strike killed him near Gekhi-Chu on 21
 *   April: recorded as Russia's air strike as alleged by the separatists.
 * - The Shatoy ambush (16 April 1996): official Russian figures 53 killed, 52
 *   wounded; other accounts up to nearly 100 (AP: "a humiliating loss of more
 *   than 90 men"): 53–100 killed, graded 3.
 * - Tikhomirov's ultimatum (hand over prisoners, account for violations)
 *   is dated approximately to 8 July 1996 (Jamestown of 10 July refers to it;
 *   no deadline given), enforced when the offensive began on 9 July, "even
 *   before the expiry". The Kremlin ceasefire is recorded as collapsed on 9
 *   July (Chicago Tribune: "The assault has shattered a tenuous cease-fire");
 *   Chernomyrdin said the offensive did not violate it (his statement).
 * - The truce of 17 August (Pulikovsky and Maskhadov) is recorded as a
 *   ceasefire; the rebels' report of federal attacks on 19 August is an
 *   alleged violation, and the truce as collapsed with the bombardment of 21
 *   August. Pulikovsky's ultimatum: civilians to leave within 48 hours, until
 *   08:00 local time (UTC+4) on 22 August; withdrawn by Lebed on 22 August
 *   ("a bad joke").
 * - The Novye Atagi ceasefire takes effect at noon Moscow time on 23 August
 *   (08:00 GMT, Jamestown). The Khasavyurt accord was signed late on 30
 *   August or in the night to 31 August (RFE/RL, Caucasian Knot): dated 31
 *   August, as the brief and Caucasian Knot give it.
 * - The federal withdrawal: ordered by Yeltsin on 23 November 1996, complete
 *   on 5 January 1997 (Interfax via AP): a `withdrawal` by Russia. No
 *   `occupation` is recorded before it (the troops were in what Russia holds
 *   its own republic), so it ends nothing in the log; it is the accord
 *   carried out.
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, retrospectiveClock, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'russia-chechnya-1996';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 1996);
const when = retrospectiveClock('2026-12-07T05:00:00Z');

const RUSSIA: Actor = {
  id: 'russia',
  name: 'Russian Federation',
  kind: 'state',
  aliases: ['Moscow', 'the Kremlin', 'federal forces'],
};
const ICHKERIA: Actor = {
  id: 'ichkeria',
  name: 'Chechen Republic of Ichkeria (separatists)',
  kind: 'de-facto-authority',
  aliases: ['Chechen separatists', 'Chechen rebels', 'Chechen resistance', 'Dudayev government'],
};
const OSCE: Actor = {
  id: 'osce',
  name: 'OSCE Assistance Group to Chechnya',
  kind: 'mediator',
  aliases: ['OSCE', 'OSCE mission in Grozny'],
};

const YELTSIN: Person = { name: 'Boris Yeltsin', title: 'President of Russia', actorId: 'russia' };
const CHERNOMYRDIN: Person = { name: 'Viktor Chernomyrdin', title: 'Prime Minister of Russia', actorId: 'russia' };
const MIKHAILOV: Person = {
  name: 'Vyacheslav Mikhailov',
  title: 'Nationalities Minister of Russia',
  actorId: 'russia',
};
const GRACHEV: Person = { name: 'Pavel Grachev', title: 'Defence Minister of Russia', actorId: 'russia' };
const LEBED: Person = {
  name: 'Alexander Lebed',
  title: 'Secretary of the Security Council of Russia, presidential envoy to Chechnya',
  actorId: 'russia',
};
const PULIKOVSKY: Person = {
  name: 'Lt. Gen. Konstantin Pulikovsky',
  title: 'Acting commander of the federal forces in Chechnya',
  actorId: 'russia',
};
const RUSSIAN_GOV: Person = { name: 'Government commission for Chechnya', actorId: 'russia' };
const DUDAYEV: Person = { name: 'Dzhokhar Dudayev', title: 'President of Ichkeria', actorId: 'ichkeria' };
const YANDARBIYEV: Person = {
  name: 'Zelimkhan Yandarbiyev',
  title: 'Acting President of Ichkeria (from April 1996)',
  actorId: 'ichkeria',
};
const MASKHADOV: Person = {
  name: 'Aslan Maskhadov',
  title: 'Chief of staff of the Chechen forces',
  actorId: 'ichkeria',
};
const IMAYEV: Person = { name: 'Usman Imayev', title: 'Chief Chechen negotiator', actorId: 'ichkeria' };
const TUTAKOV: Person = { name: 'Vagap Tutakov', title: "Dudayev's representative in Moscow", actorId: 'ichkeria' };
const GULDIMANN: Person = { name: 'Tim Guldimann', title: 'Head of the OSCE Assistance Group', actorId: 'osce' };

const WIKI = 'Wikipedia';
/** A Wikipedia article, dated by the development it is cited for (see the header). */
const wp = (title: string, url: string, day: string) => source(title, WIKI, url, day, 'C', 2);
const WP = {
  budyonnovsk: (day: string) =>
    wp('Budyonnovsk hospital hostage crisis', 'https://en.wikipedia.org/wiki/Budyonnovsk_hospital_hostage_crisis', day),
  kizlyar: (day: string) =>
    wp(
      'Kizlyar–Pervomayskoye hostage crisis',
      'https://en.wikipedia.org/wiki/Kizlyar%E2%80%93Pervomayskoye_hostage_crisis',
      day,
    ),
  grozny96: (day: string) =>
    wp('Battle of Grozny (August 1996)', 'https://en.wikipedia.org/wiki/Battle_of_Grozny_(August_1996)', day),
  khasavyurt: (day: string) => wp('Khasavyurt Accord', 'https://en.wikipedia.org/wiki/Khasavyurt_Accord', day),
};

const S = {
  pax950621: source(
    'Protocol of the Meeting of Delegates for the Peaceful Resolution of the Crisis in the Chechen Republic, with the Cooperation of the OSCE (21 June 1995)',
    'PA-X Peace Agreements Database, University of Edinburgh',
    'https://pax.peaceagreements.org/agreements/509',
    '1995-06-21',
    'B',
    2,
  ),
  pax950730: source(
    'Agreement on the peaceful regulation of the situation in the Chechen Republic (on a set of military issues), 30 July 1995',
    'PA-X Peace Agreements Database, University of Edinburgh',
    'https://test.pax.peaceagreements.org/agreements/288',
    '1995-07-30',
    'B',
    2,
  ),
  sunSentinel950731: source(
    'Russia, Republic At Peace: Chechen Pact Ends Hostilities',
    'Sun-Sentinel (Los Angeles Times)',
    'http://articles.sun-sentinel.com/1995-07-31/news/9507300218_1_russian-and-chechen-russian-negotiators-peace-pact',
    '1995-07-31',
    'B',
    2,
  ),
  jt950801: source(
    'Chechens, Russians sign armistice',
    'Jamestown Foundation, Monitor vol. 1 no. 63',
    'https://jamestown.org/program/chechens-russians-sign-armistice/',
    '1995-08-01',
    'B',
    2,
  ),
  ct950814: source(
    'Chechen Rebels Refuse To Sign Pact',
    'Chicago Tribune',
    'http://articles.chicagotribune.com/1995-08-14/news/9508150026_1_military-deal-sign-pact-chechnya',
    '1995-08-14',
    'B',
    2,
  ),
  lat950817: source(
    'Chechens Begin Fulfilling Pact With Russia by Disarming',
    'Los Angeles Times',
    'https://www.latimes.com/archives/la-xpm-1995-08-17-mn-36051-story.html',
    '1995-08-17',
    'B',
    2,
  ),
  lat951007: source(
    'Russian Military Chief in Chechnya Struggles for Life After Bomb Blast',
    'Los Angeles Times',
    'https://www.latimes.com/archives/la-xpm-1995-10-07-mn-54288-story.html',
    '1995-10-07',
    'B',
    2,
  ),
  ap951008: source(
    'Defense Minister Wants War With Chechen Rebels After Series Of Bomb Attacks',
    'The Spokesman-Review (Associated Press)',
    'http://www.spokesman.com/stories/1995/oct/08/defense-minister-wants-war-with-chechen-rebels/',
    '1995-10-08',
    'B',
    2,
  ),
  lat951010: source(
    'Negotiators Suspend Chechen Peace Effort',
    'Los Angeles Times (wire reports)',
    'https://www.latimes.com/archives/la-xpm-1995-10-10-mn-55305-story.html',
    '1995-10-10',
    'B',
    2,
  ),
  ct951215: source(
    'In Bid To Deter Voting, Chechen Rebels Target Russians In Deadly Raid',
    'Chicago Tribune',
    'http://articles.chicagotribune.com/1995-12-15/news/9512150207_1_russian-forces-russian-troops-chechen',
    '1995-12-15',
    'B',
    2,
  ),
  lat951215: source(
    'Russia, Rebels Battle on 1st Day of Chechen Vote',
    'Los Angeles Times (Associated Press)',
    'https://latimes.com/archives/la-xpm-1995-12-15-mn-14377-story.html',
    '1995-12-15',
    'B',
    2,
  ),
  cnn951215: source(
    'Russians, rebels clash in Chechnya',
    'CNN',
    'http://www.cnn.com/WORLD/9512/russia_chechnya/index.html',
    '1995-12-15',
    'B',
    2,
  ),
  lat951226: source(
    'Renewed Fighting In Chechnya Leaves 600 Dead',
    'The Spokesman-Review (Los Angeles Times)',
    'http://www.spokesman.com/stories/1995/dec/26/renewed-fighting-in-chechnya-leaves-600-dead/',
    '1995-12-26',
    'B',
    2,
  ),
  jt951227: source(
    'Fighting subsides in Gudermes, spreads elsewhere in Chechnya',
    'Jamestown Foundation, Monitor vol. 1 no. 161',
    'https://jamestown.org/program/fighting-subsides-in-gudermes-spreads-elsewhere-in-chechnya/',
    '1995-12-27',
    'B',
    2,
  ),
  mwPervomayskoye: source(
    'Kizlyar-Pervomayskoye hostage crisis',
    'Military Wiki (Fandom)',
    'https://military-history.fandom.com/wiki/Kizlyar-Pervomayskoye_hostage_crisis',
    '1996-01-15',
    'C',
    2,
  ),
  os960308: source(
    'Russian Troops, Separatists Clash In Chechen City',
    'Orlando Sentinel (Itar-Tass)',
    'http://articles.orlandosentinel.com/1996-03-08/news/9603071357_1_russian-rebels-chechen',
    '1996-03-08',
    'B',
    2,
  ),
  hd960306: source(
    'Chechen fighters infiltrated Grozny and launched a three-day surprise raid on the city',
    'Historydraft',
    'https://historydraft.com/story/first-chechen-war/chechen-fighters-infiltrated-grozny-and-launched-a-three-day-surprise-raid-on-the-city/370/4330',
    '1996-03-06',
    'C',
    2,
  ),
  time960401: source(
    'Yeltsin Unveils Chechen Peace Plan',
    'Time',
    'http://content.time.com/time/nation/article/0,8599,6158,00.html',
    '1996-04-01',
    'B',
    2,
  ),
  pax960331: source(
    "Decree of the President of the Russian Federation ('Yeltsin's Peace Plan'), 31 March 1996",
    'PA-X Peace Agreements Database, University of Edinburgh',
    'https://pax.peaceagreements.org/agreements/365',
    '1996-03-31',
    'B',
    2,
  ),
  wikiShatoy: source(
    'Shatoy ambush',
    'Wikipedia (mirror)',
    'https://pt.qwe.wiki/wiki/Shatoy_ambush',
    '1996-04-16',
    'C',
    3,
  ),
  ap960424: source(
    'Top Chechen Leader Killed in Russian Airstrike and Buried, Aides Say',
    'Associated Press',
    'https://apnews.com/article/53bf9c23888e3fcffd0368690677eeb6',
    '1996-04-24',
    'B',
    2,
  ),
  cnn960424: source(
    'Chechen leader confirmed dead',
    'CNN',
    'http://edition.cnn.com/WORLD/9604/24/dudayev/index.html',
    '1996-04-24',
    'B',
    2,
  ),
  jt960528: source(
    'Russian-Chechen preliminary agreement signed',
    'Jamestown Foundation, Monitor vol. 2 no. 102',
    'https://jamestown.org/program/russian-chechen-preliminary-agreement-signed/',
    '1996-05-28',
    'B',
    2,
  ),
  ct960528: source(
    'Cease-fire Set For Chechnya',
    'Chicago Tribune',
    'http://articles.chicagotribune.com/1996-05-28/news/9605280069_1_cease-fire-chechen-chechnya',
    '1996-05-28',
    'B',
    2,
  ),
  jt960603: source(
    'Russian military disrupts Chechnya ceasefire',
    'Jamestown Foundation, Monitor vol. 2 no. 106',
    'https://jamestown.org/program/russian-military-disrupts-chechnya-ceasefire/',
    '1996-06-03',
    'B',
    2,
  ),
  mt960611: source(
    'Russia, Rebels Sign Deal for Pullout',
    'The Moscow Times',
    'http://oldtmt.vedomosti.ru/sitemap/free/1996/6/article/russia-rebels-sign-deal-for-pullout/323200.html',
    '1996-06-11',
    'B',
    2,
  ),
  jt960611: source(
    'Chechnya armistice documents signed',
    'Jamestown Foundation, Monitor vol. 2 no. 110',
    'https://jamestown.org/program/chechnya-armistice-documents-signed/',
    '1996-06-11',
    'B',
    2,
  ),
  jt960710: source(
    'Russia begins new offensive in Chechnya',
    'Jamestown Foundation, Monitor vol. 2 no. 135',
    'https://jamestown.org/program/russia-begins-new-offensive-in-chechnya/',
    '1996-07-10',
    'B',
    2,
  ),
  ct960711: source(
    'Chechnya Truce Is Shattered: Shelling Kills Dozens In 2 Towns',
    'Chicago Tribune',
    'http://articles.chicagotribune.com/1996-07-11/news/9607110252_1_cease-fire-chechnya-gen-vyacheslav-tikhomirov',
    '1996-07-11',
    'B',
    2,
  ),
  cnn960807: source(
    'Rebel attack on Grozny intensifies',
    'CNN',
    'http://web.archive.org/web/20080503034653/http:/edition.cnn.com/WORLD/9608/07/chechnya/',
    '1996-08-07',
    'B',
    2,
  ),
  rferl060830: source(
    'Chechnya: Khasavyurt Accords Failed To Preclude A Second War',
    'Radio Free Europe/Radio Liberty',
    'https://www.rferl.org/a/1070939.html',
    '2006-08-30',
    'B',
    2,
  ),
  cnn960817: source(
    'Russians, Chechen rebels announce cease-fire',
    'CNN',
    'http://edition.cnn.com/WORLD/9608/17/russia.chechnya/',
    '1996-08-17',
    'B',
    2,
  ),
  ind960819: source(
    'Chechen truce dies at birth',
    'The Independent',
    'https://independent.co.uk/news/chechen-truce-dies-at-birth-1310523.html',
    '1996-08-19',
    'B',
    2,
  ),
  ap960822: source(
    'Russia Truce Deadline Expires',
    'Associated Press (ReliefWeb)',
    'https://reliefweb.int/report/russian-federation/russia-truce-deadline-expires',
    '1996-08-22',
    'B',
    2,
  ),
  rferl960822: source(
    'Chechnya: Lebed and Chechen Leader Sign Agreement To End Fighting',
    'Radio Free Europe/Radio Liberty',
    'https://www.rferl.org/a/1081403.html',
    '1996-08-22',
    'B',
    2,
  ),
  jt960823: source(
    'Chechnya armistice to take effect today as Yeltsin grumbles',
    'Jamestown Foundation, Monitor vol. 2 no. 156',
    'https://jamestown.org/program/chechnya-armistice-to-take-effect-today-as-yeltsin-grumbles/',
    '1996-08-23',
    'B',
    2,
  ),
  mt960823: source(
    'Lebed Calls Off Assault, Secures Truce',
    'The Moscow Times',
    'http://oldtmt.vedomosti.ru/sitemap/free/1996/8/23.html',
    '1996-08-23',
    'B',
    2,
  ),
  kavkaz170831: source(
    '21 years ago Khasavyurt agreements ended First Chechen War',
    'Caucasian Knot',
    'http://www.eng.kavkaz-uzel.eu/articles/40651/',
    '2017-08-31',
    'B',
    2,
  ),
  rferl960902: source(
    'Chechnya: Chernomyrdin Approves Chechen Peace Plan',
    'Radio Free Europe/Radio Liberty',
    'https://www.rferl.org/a/1081612.html',
    '1996-09-02',
    'B',
    2,
  ),
  oguz: source(
    'The relations between Chechnya and Russia since the election of A. Maskhadov (January–May 1997)',
    'C. Cem Oğuz, Bilkent University (docslib copy)',
    'https://docslib.org/doc/12582911/the-relations-between-chechnya-and-russia-since-the-election-of-a',
    '1997-06-01',
    'C',
    2,
  ),
  ap970106: source(
    'Russia Pulls Out Of Chechnya: Last Soldier Leaves Republic, Ending 2-Year Fight With Rebels',
    'The Spokesman-Review (Associated Press)',
    'http://www.spokesman.com/stories/1997/jan/06/russia-pulls-out-of-chechnya-last-soldier-leaves/',
    '1997-01-06',
    'B',
    2,
  ),
  jt970129: source(
    'Maskhadov claims victory',
    'Jamestown Foundation, Monitor vol. 3 no. 20',
    'https://jamestown.org/program/maskhadov-claims-victory/',
    '1997-01-29',
    'B',
    2,
  ),
  cnn970128: source(
    'Chechen rebel leader claims presidential victory',
    'CNN',
    'http://edition.cnn.com/WORLD/9701/28/chechnya/',
    '1997-01-28',
    'B',
    2,
  ),
};

/** Places, recorded one way each (§5b counts places as recorded). */
const P = {
  budyonnovsk: 'Budyonnovsk, Stavropol Krai',
  grozny: 'Grozny',
  gudermes: 'Gudermes',
  urusMartan: 'Urus-Martan',
  kizlyar: 'Kizlyar, Dagestan',
  pervomayskoye: 'Pervomayskoye, Dagestan',
  shatoy: 'Yaryshmardy, near Shatoy',
  gekhiChu: 'Gekhi-Chu',
  shali: 'Shali',
  gekhi: 'Gekhi',
  makhkety: 'Makhkety',
  highlands: 'Southern highlands of Chechnya',
  argun: 'Argun',
  khankala: 'Khankala',
  chechnya: 'Chechnya',
};

const R = {
  phone: 'budyonnovsk-phone-talks-1995-06',
  grozny95: 'grozny-talks-1995',
  kremlin: 'kremlin-talks-1996-05-27',
  nazran: 'nazran-talks-1996-06',
  atagi: 'lebed-maskhadov-talks-1996-08',
  khasavyurt: 'khasavyurt-talks-1996-08',
};
const A = {
  protocol: 'grozny-protocol-1995-06-21',
  military: 'military-agreement-1995-07-30',
  moscow: 'moscow-agreement-1996-05-27',
  nazran: 'nazran-protocols-1996-06-10',
  atagi: 'novye-atagi-agreement-1996-08-22',
  khasavyurt: 'khasavyurt-accord-1996-08-31',
};
const CF = {
  june95: 'ceasefire-1995-06-18',
  yeltsin: 'yeltsin-halt-1996-03-31',
  moscow: 'moscow-ceasefire-1996-06-01',
  aug17: 'pulikovsky-maskhadov-truce-1996-08-17',
  atagi: 'novye-atagi-ceasefire-1996-08-23',
};
const D = {
  withdraw: 'withdraw-federal-troops',
  prisoners: 'tikhomirov-prisoners',
  leaveGrozny: 'civilians-leave-grozny',
};
const U = { tikhomirov: 'tikhomirov-ultimatum-1996-07', pulikovsky: 'pulikovsky-ultimatum-1996-08-19' };
const O = {
  phone: 'budyonnovsk-deal-1995-06-18',
  july: 'military-agreement-1995-07-30',
  kremlin: 'kremlin-1996-05-27',
  nazran: 'nazran-1996-06-10',
  atagi: 'novye-atagi-1996-08-22',
  khasavyurt: 'khasavyurt-1996-08-31',
};

const events = [
  // ===== June 1995: Budyonnovsk =====
  ev(
    'NegotiationOpened',
    'opened',
    when('1995-06-14'),
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Russia – Chechen separatists, from Budyonnovsk to Khasavyurt, 1995–97',
      subject:
        'The first Chechen war from the Budyonnovsk hostage raid: the OSCE-mediated talks and the military agreement of July 1995, its breakdown, the Kizlyar raid, Dudayev’s killing, the Kremlin ceasefire and the Nazran protocols, the separatists’ assault on Grozny in August 1996, Lebed’s ceasefire, the Khasavyurt accord, the federal withdrawal and the elections of January 1997',
      parties: [RUSSIA, ICHKERIA],
      mediators: [OSCE],
    },
    [WP.budyonnovsk('1995-06-14')],
  ),
  ev(
    'IncidentReported',
    'inc-budyonnovsk-raid',
    when('1995-06-14'),
    {
      incidentId: 'budyonnovsk-raid-1995-06-14',
      kind: 'clash',
      perpetrator: 'ichkeria',
      against: 'russia',
      place: P.budyonnovsk,
      fatalities: { min: 41, max: 41 },
      description:
        'Over 100 separatist fighters under Shamil Basayev, having crossed from Chechnya in trucks, fight the police in Budyonnovsk, 220 km from the Chechen border, and retreat into the town hospital; up to 41 people (police, soldiers, airmen and civilians) are killed in the clashes and on the way to the hospital.',
    },
    [WP.budyonnovsk('1995-06-14')],
  ),
  ev(
    'IncidentReported',
    'inc-budyonnovsk-hostages',
    when('1995-06-14'),
    {
      incidentId: 'budyonnovsk-hostages-1995-06-14',
      kind: 'detention',
      perpetrator: 'ichkeria',
      against: 'russia',
      place: P.budyonnovsk,
      description:
        'Basayev’s group holds over 1,500 (by other counts 2,000) people hostage in the Budyonnovsk hospital complex, most of them civilians, demanding a ceasefire in Chechnya and talks with the Chechen leadership.',
    },
    [WP.budyonnovsk('1995-06-14')],
  ),
  ev(
    'DemandTabled',
    'dem-withdraw',
    when('1995-06-14'),
    {
      demandId: D.withdraw,
      by: 'ichkeria',
      addressedTo: ['russia'],
      text: 'Cease hostilities in Chechnya, withdraw the federal troops and open negotiations with the Chechen leadership.',
      category: 'security',
    },
    [WP.budyonnovsk('1995-06-14')],
  ),
  ev(
    'IncidentReported',
    'inc-budyonnovsk-storming',
    when('1995-06-17'),
    {
      incidentId: 'budyonnovsk-storming-1995-06-17',
      kind: 'clash',
      perpetrator: 'russia',
      against: 'ichkeria',
      place: P.budyonnovsk,
      description:
        'MVD and FSB special forces (Alfa, Vympel), with armoured vehicles and helicopters, try to storm the hospital; the attempts fail and the hospital burns.',
    },
    [WP.budyonnovsk('1995-06-17')],
  ),
  ev(
    'TalksRoundOpened',
    'round-phone-opened',
    when('1995-06-18'),
    {
      roundId: R.phone,
      label: 'Chernomyrdin – Basayev telephone talks',
      format: 'informal',
      venue: 'By telephone, Moscow – Budyonnovsk hospital',
      delegations: [{ actorId: 'russia', head: CHERNOMYRDIN }, { actorId: 'ichkeria' }],
    },
    [WP.budyonnovsk('1995-06-18')],
    { occurrence: O.phone },
  ),
  ev(
    'CeasefireDeclared',
    'cf-june95',
    when('1995-06-18'),
    {
      ceasefireId: CF.june95,
      parties: ['russia', 'ichkeria'],
      scope:
        'Chernomyrdin agrees to Basayev’s demands: an immediate ceasefire in Chechnya and the resumption of negotiations, and safe passage for the raiders once the hostages are freed',
      duration: 'indefinite',
    },
    [WP.budyonnovsk('1995-06-18'), S.lat950817],
    { occurrence: O.phone },
  ),
  ev(
    'TalksRoundConcluded',
    'round-phone-concluded',
    when('1995-06-18'),
    {
      roundId: R.phone,
      outcome: 'agreement',
      summary: 'A ceasefire in Chechnya and talks, the hostages to be released, the raiders to return to Chechnya.',
    },
    [WP.budyonnovsk('1995-06-18')],
    { occurrence: O.phone },
  ),
  ev(
    'IncidentReported',
    'inc-budyonnovsk-release',
    when('1995-06-19'),
    {
      incidentId: 'budyonnovsk-release-1995-06-19',
      kind: 'release',
      perpetrator: 'ichkeria',
      against: 'russia',
      place: P.budyonnovsk,
      description:
        'The hostages are released and the raiders leave for Chechnya with volunteer hostages as shields, who are freed on arrival; the crisis of 14–19 June has cost 129 to 166 lives.',
    },
    [WP.budyonnovsk('1995-06-19')],
  ),
  ev(
    'IncidentReported',
    'inc-budyonnovsk-toll',
    when('1995-06-19'),
    {
      incidentId: 'budyonnovsk-toll-1995-06',
      kind: 'casualty-report',
      period: { from: '1995-06-14', to: '1995-06-19' },
      fatalities: { min: 129, max: 166 },
      injured: { min: 415, max: 415 },
      description: 'The Budyonnovsk crisis as a whole: 129 (Russian figures) to 166 killed, 415 injured.',
    },
    [graded(WP.budyonnovsk('1995-06-19'), 3)],
  ),
  // ===== June–August 1995: the Grozny talks and the military agreement =====
  ev(
    'TalksRoundOpened',
    'round-grozny95-opened',
    when('1995-06-19', 'approximate'),
    {
      roundId: R.grozny95,
      label: 'Russian–Chechen talks in Grozny with the OSCE Assistance Group',
      format: 'formal',
      venue: 'OSCE Assistance Group premises, Grozny',
      hosts: ['osce'],
      delegations: [
        { actorId: 'russia', head: MIKHAILOV },
        { actorId: 'ichkeria', head: IMAYEV, members: [MASKHADOV] },
      ],
    },
    [S.pax950621],
  ),
  ev(
    'AgreementReached',
    'agr-protocol',
    when('1995-06-21'),
    {
      agreementId: A.protocol,
      kind: 'partial',
      provisions: [
        'Measures to guarantee the cessation of armed activity',
        'The Chechen side to help the federal authorities find Shamil Basayev (a confidence-building measure)',
      ],
      signatories: ['russia', 'ichkeria'],
      textPublic: true,
      roundId: R.grozny95,
    },
    [S.pax950621],
  ),
  ev(
    'AgreementReached',
    'agr-military',
    when('1995-07-30'),
    {
      agreementId: A.military,
      kind: 'ceasefire',
      provisions: [
        'An immediate ceasefire, with special monitoring teams',
        'An exchange of maps showing forces, equipment and mines',
        'The release of all prisoners within a week',
        'The disarmament of the Chechen units (small self-defence formations kept)',
        'The withdrawal of the federal troops except one motorised infantry brigade and one Interior Ministry brigade',
        'A renunciation of terrorism and sabotage',
        'Talks on the political and economic issues to continue',
      ],
      signatories: ['russia', 'ichkeria'],
      textPublic: true,
      roundId: R.grozny95,
    },
    [S.pax950730, S.sunSentinel950731],
    { occurrence: O.july, note: 'Signed in the presence of the OSCE Assistance Group; in force from signature.' },
  ),
  ev(
    'TalksRoundConcluded',
    'round-grozny95-concluded',
    when('1995-07-30'),
    {
      roundId: R.grozny95,
      outcome: 'agreement',
      summary: 'The military agreement signed; the political status of Chechnya left to further talks.',
      nextSteps: 'Negotiations on the political and economic issues to resume on 3 August.',
    },
    [S.sunSentinel950731],
    { occurrence: O.july },
  ),
  ev(
    'StatementMade',
    'stmt-imayev-end-of-war',
    when('1995-07-30'),
    {
      speaker: IMAYEV,
      audience: 'russia',
      tone: 'conciliatory',
      summary: 'The Chechen chief negotiator hails the military agreement as the legal end of the war.',
      quote: 'We have now legally confirmed the end of the war in Chechnya',
    },
    [S.sunSentinel950731],
  ),
  ev(
    'StatementMade',
    'stmt-dudayev-denounces',
    when('1995-07-31', 'approximate'),
    {
      speaker: DUDAYEV,
      audience: 'russia',
      tone: 'critical',
      summary: 'Dudayev denounces the military agreement as the result of Russian pressure.',
    },
    [S.jt950801],
  ),
  ev(
    'CeasefireViolationReported',
    'viol-grozny-jul31',
    when('1995-07-31'),
    {
      ceasefireId: CF.june95,
      allegedBy: 'russia',
      against: 'ichkeria',
      description:
        'Chechen units reportedly attack Russian units in Grozny more than 20 times in the 24 hours after the signing.',
    },
    [graded(S.jt950801, 3)],
  ),
  ev(
    'StatementMade',
    'stmt-moscow-tough-measures',
    when('1995-08-14'),
    {
      speaker: RUSSIAN_GOV,
      audience: 'ichkeria',
      tone: 'threat',
      summary:
        'Moscow says it might revert to tough measures if the rebels do not accept all its demands on carrying out the military agreement.',
    },
    [S.ct950814],
  ),
  ev(
    'StatementMade',
    'stmt-maskhadov-refuses-protocol',
    when('1995-08-14'),
    {
      speaker: MASKHADOV,
      audience: 'russia',
      tone: 'critical',
      summary:
        'Maskhadov refuses to sign the protocol on implementing the military part of the agreement, objecting to some of its mechanisms, while saying he remains committed to the agreement of 30 July.',
    },
    [S.ct950814],
  ),
  ev(
    'StatementMade',
    'stmt-maskhadov-zandak',
    when('1995-08-16'),
    {
      speaker: MASKHADOV,
      audience: 'russia',
      tone: 'conciliatory',
      summary:
        'At Zandak thirty Chechen fighters hand over their weapons before international observers, the first step of the disarmament; Russian troops begin pulling back from the area. Maskhadov says the same will happen everywhere.',
      quote: 'If they allow us to fulfill the agreement without ultimatums, we will do so.',
    },
    [S.lat950817],
  ),
  // ===== October – December 1995: the agreement unravels =====
  ev(
    'IncidentReported',
    'inc-romanov-bomb',
    when('1995-10-06'),
    {
      incidentId: 'romanov-bomb-1995-10-06',
      kind: 'militant-attack',
      against: 'russia',
      place: P.grozny,
      target:
        'The convoy of Lt. Gen. Anatoly Romanov, commander of the federal forces and co-chairman of the joint commission',
      fatalities: { min: 3, max: 3 },
      injured: { min: 10, max: 10 },
      description:
        'A remote-controlled bomb in a Grozny underpass gravely wounds General Romanov, killing his driver and aide; no one claims it, and the Chechen side condemns it as a provocation.',
    },
    [S.lat951007, S.ap951008],
  ),
  ev(
    'StatementMade',
    'stmt-grachev-destroy',
    when('1995-10-07'),
    {
      speaker: GRACHEV,
      audience: 'ichkeria',
      tone: 'military-threat',
      summary:
        'Grachev calls for an end to the peace talks and all-out war on the rebels in Grozny: stop the talks and take any measures to wipe out the gangs.',
      quote: 'The bandits must be destroyed',
    },
    [S.ap951008],
  ),
  ev(
    'TalksSuspended',
    'talks-suspended-oct95',
    when('1995-10-09'),
    {
      by: 'russia',
      reason:
        'A temporary halt to implementing the agreement on disarming the Chechen units and reducing the federal presence, after the bomb that wounded the co-chairman of the joint commission',
      temporary: true,
    },
    [graded(S.lat951010, 3)],
  ),
  ev(
    'StatementMade',
    'stmt-dudayev-war-beginning',
    when('1995-12-13'),
    {
      speaker: DUDAYEV,
      audience: 'russia',
      tone: 'military-threat',
      summary:
        'From his mountain hideout, Dudayev tells reporters the war will soon heat up again and warns of a totally new turnaround.',
      quote: 'The war is only beginning.',
    },
    [S.ct951215],
  ),
  ev(
    'IncidentReported',
    'inc-gudermes-seized',
    when('1995-12-14'),
    {
      incidentId: 'gudermes-seized-1995-12-14',
      kind: 'clash',
      perpetrator: 'ichkeria',
      against: 'russia',
      place: P.gudermes,
      scale: 'major',
      fatalities: { min: 12, max: 12 },
      injured: { min: 20, max: 50 },
      description:
        'Up to 600 (by another count 1,000) separatist fighters under Salman Raduyev seize key buildings in Gudermes, Chechnya’s second city, on the first day of the Moscow-ordered elections; 12 Russian soldiers killed, some 20 to 50 wounded and dozens missing on the first day. Jamestown: "the Chechen war’s second-largest battle to date".',
    },
    [S.lat951215, S.ct951215, S.jt951227],
  ),
  ev(
    'CeasefireEnded',
    'cf-june95-collapsed',
    when('1995-12-14'),
    {
      ceasefireId: CF.june95,
      reason: 'collapsed',
      summary: 'The battle for Gudermes: "the utter collapse of a July cease-fire" (LA Times).',
    },
    [S.lat951226],
  ),
  ev(
    'IncidentReported',
    'inc-gudermes-counterattack',
    when('1995-12-15'),
    {
      incidentId: 'gudermes-counterattack-1995-12-15',
      kind: 'clash',
      perpetrator: 'russia',
      against: 'ichkeria',
      place: P.gudermes,
      description:
        'Russian troops, with helicopter gunships and artillery, counter-attack in Gudermes and retake some of the points seized; military sources put the federal losses at 22 killed, 41 wounded and 38 missing.',
    },
    [S.cnn951215],
  ),
  ev(
    'IncidentReported',
    'inc-urus-martan',
    when('1995-12-15'),
    {
      incidentId: 'urus-martan-1995-12-15',
      kind: 'clash',
      perpetrator: 'ichkeria',
      against: 'russia',
      place: P.urusMartan,
      description: 'Rebel forces seize key buildings in Urus-Martan, 12 miles south-west of Grozny.',
    },
    [S.cnn951215],
  ),
  ev(
    'IncidentReported',
    'inc-gudermes-retaken',
    when('1995-12-24'),
    {
      incidentId: 'gudermes-retaken-1995-12-24',
      kind: 'clash',
      perpetrator: 'russia',
      against: 'ichkeria',
      place: P.gudermes,
      description:
        'Russian forces regain control of Gudermes after a ten-day siege under artillery and rocket fire; Maskhadov orders his fighters to slip out in small groups.',
    },
    [S.jt951227],
  ),
  ev(
    'IncidentReported',
    'inc-gudermes-toll',
    when('1995-12-25'),
    {
      incidentId: 'gudermes-toll-1995-12',
      kind: 'casualty-report',
      period: { from: '1995-12-14', to: '1995-12-24' },
      fatalities: { min: 605, max: 605 },
      civilianFatalities: { min: 267, max: 267 },
      description:
        'The federal commander, Gen. Anatoly Shkirko: the 11-day battle for Gudermes killed 38 federal troops, more than 300 Chechen fighters and 267 civilians.',
    },
    [graded(S.lat951226, 3)],
  ),
  // ===== January 1996: Kizlyar and Pervomayskoye =====
  ev(
    'IncidentReported',
    'inc-kizlyar-raid',
    when('1996-01-09'),
    {
      incidentId: 'kizlyar-raid-1996-01-09',
      kind: 'clash',
      perpetrator: 'ichkeria',
      against: 'russia',
      place: P.kizlyar,
      fatalities: { min: 33, max: 33 },
      description:
        'About 200 separatist fighters under Salman Raduyev make a night assault on the federal airbase outside Kizlyar in Dagestan, destroying at least two helicopters and killing 33 servicemen, then enter the town.',
    },
    [WP.kizlyar('1996-01-09')],
  ),
  ev(
    'IncidentReported',
    'inc-kizlyar-hostages',
    when('1996-01-09'),
    {
      incidentId: 'kizlyar-hostages-1996-01-09',
      kind: 'detention',
      perpetrator: 'ichkeria',
      against: 'russia',
      place: P.kizlyar,
      description:
        'The raiders take 2,000 to 3,400 people hostage (Russian officials: no more than 1,200) and hold them in the town hospital.',
    },
    [graded(WP.kizlyar('1996-01-09'), 3)],
  ),
  ev(
    'IncidentReported',
    'inc-kizlyar-release',
    when('1996-01-10'),
    {
      incidentId: 'kizlyar-release-1996-01-10',
      kind: 'release',
      perpetrator: 'ichkeria',
      against: 'russia',
      place: P.kizlyar,
      description:
        'All but about 120–160 of the hostages are released; the rest leave with the raiders in a convoy as human shields, and are held at Pervomayskoye with 37 captured Novosibirsk OMON policemen when the convoy is fired on near the Chechen border.',
    },
    [WP.kizlyar('1996-01-10')],
  ),
  ev(
    'IncidentReported',
    'inc-pervomayskoye',
    when('1996-01-15'),
    {
      incidentId: 'pervomayskoye-assault-1996-01-15',
      kind: 'clash',
      perpetrator: 'russia',
      against: 'ichkeria',
      place: P.pervomayskoye,
      scale: 'major',
      description:
        'Russian special forces, supported by artillery, Grad rockets and helicopters, assault the village where the raiders hold their hostages; "a bloody, full-scale battle" (Military Wiki) over three days, the village largely destroyed. The raiders break out to Chechnya on the 18th with some of the hostages.',
    },
    [WP.kizlyar('1996-01-15'), S.mwPervomayskoye],
  ),
  ev(
    'IncidentReported',
    'inc-kizlyar-toll',
    when('1996-01-18'),
    {
      incidentId: 'kizlyar-pervomayskoye-toll-1996-01',
      kind: 'casualty-report',
      period: { from: '1996-01-09', to: '1996-01-18' },
      fatalities: { min: 226, max: 300 },
      civilianFatalities: { min: 26, max: 26 },
      description: 'At least 26 hostages and more than 200 combatants on both sides died in the crisis.',
    },
    [graded(WP.kizlyar('1996-01-18'), 3)],
  ),
  // ===== March – April 1996: the raid on Grozny, the peace plan, Dudayev's death =====
  ev(
    'IncidentReported',
    'inc-grozny-march',
    when('1996-03-06'),
    {
      incidentId: 'grozny-raid-1996-03-06',
      kind: 'clash',
      perpetrator: 'ichkeria',
      against: 'russia',
      place: P.grozny,
      scale: 'major',
      fatalities: { min: 70, max: 70 },
      description:
        'Between 1,500 and 2,000 Chechen fighters infiltrate Grozny and launch a three-day surprise raid, overrunning much of the city; hand-to-hand fighting in the centre on the 7th. The Russian-installed commandant: 70 Russian and pro-Russian servicemen killed since Wednesday. Itar-Tass: "the rebels’ offensive".',
    },
    [S.hd960306, S.os960308],
  ),
  ev(
    'CeasefireDeclared',
    'cf-yeltsin',
    when('1996-03-31T20:00:00Z'),
    {
      ceasefireId: CF.yeltsin,
      parties: ['russia'],
      coverage: 'partial',
      scope:
        'Yeltsin’s peace plan: combat operations in Chechnya to cease at midnight on 31 March and a staged withdrawal of federal troops from calm areas to begin; federal forces "will continue to respond to all terrorist acts"',
      duration: 'indefinite',
    },
    [S.time960401, S.pax960331],
  ),
  ev(
    'IncidentReported',
    'inc-column-april1',
    when('1996-04-01', 'approximate'),
    {
      incidentId: 'column-ambush-1996-04-01',
      kind: 'clash',
      perpetrator: 'ichkeria',
      against: 'russia',
      fatalities: { min: 28, max: 28 },
      injured: { min: 75, max: 75 },
      description:
        'After Yeltsin’s announcement, separatist rebels attack a column of federal troops, killing 28 Russian soldiers and wounding 75.',
    },
    [graded(S.time960401, 3)],
  ),
  ev(
    'IncidentReported',
    'inc-shatoy-ambush',
    when('1996-04-16'),
    {
      incidentId: 'shatoy-ambush-1996-04-16',
      kind: 'clash',
      perpetrator: 'ichkeria',
      against: 'russia',
      place: P.shatoy,
      fatalities: { min: 53, max: 100 },
      injured: { min: 52, max: 52 },
      description:
        'Fighters under Ibn al-Khattab and Ruslan Gelayev ambush a column of the 2nd battalion of the 245th Motor Rifle Regiment near Shatoy: 53 killed and 52 wounded by official Russian figures, nearly 100 by others (AP: "a humiliating loss of more than 90 men").',
    },
    [S.wikiShatoy, graded(S.ap960424, 3)],
  ),
  ev(
    'IncidentReported',
    'inc-dudayev-killed',
    when('1996-04-21'),
    {
      incidentId: 'dudayev-killed-1996-04-21',
      kind: 'airstrike',
      perpetrator: 'russia',
      allegedBy: 'ichkeria',
      against: 'ichkeria',
      place: P.gekhiChu,
      fatalities: { min: 1, max: 1 },
      description:
        'Dzhokhar Dudayev is killed by a Russian rocket strike near Gekhi-Chu, 30 km south of Grozny, while making a satellite telephone call; the separatists confirm his death on the 23rd and 24th, the Russian military denies involvement.',
    },
    [S.ap960424, S.cnn960424],
  ),
  ev(
    'StatementMade',
    'stmt-tutakov-avenge',
    when('1996-04-24'),
    {
      speaker: TUTAKOV,
      audience: 'russia',
      tone: 'threat',
      summary: 'Dudayev’s supporters have vowed to avenge his death; the struggle will go on.',
      quote: 'The struggle will be continued with tripled energy',
    },
    [S.cnn960424],
  ),
  ev(
    'StatementMade',
    'stmt-yeltsin-with-or-without',
    when('1996-04-24'),
    {
      speaker: YELTSIN,
      audience: 'ichkeria',
      tone: 'neutral',
      summary: 'Yeltsin plays down the reports of Dudayev’s death and says the rebels may intensify their activity.',
      quote: 'With or without Dudayev, we will wind up everything in Chechnya with peace.',
    },
    [S.cnn960424],
  ),
  // ===== May – June 1996: the Kremlin ceasefire and the Nazran protocols =====
  ev(
    'TalksRoundOpened',
    'round-kremlin-opened',
    when('1996-05-27'),
    {
      roundId: R.kremlin,
      label: 'Yeltsin – Yandarbiyev talks in the Kremlin',
      format: 'formal',
      venue: 'The Kremlin, Moscow',
      hosts: ['osce'],
      delegations: [
        { actorId: 'russia', head: YELTSIN, members: [CHERNOMYRDIN, MIKHAILOV] },
        { actorId: 'ichkeria', head: YANDARBIYEV },
      ],
    },
    [S.jt960528],
    { occurrence: O.kremlin, note: 'Mediated by the OSCE’s Chechnya mission (Jamestown).' },
  ),
  ev(
    'AgreementReached',
    'agr-moscow',
    when('1996-05-27'),
    {
      agreementId: A.moscow,
      kind: 'ceasefire',
      provisions: [
        'Cessation of hostilities from 00:00 on 1 June 1996',
        'An exchange of all prisoners within two weeks',
        'Further negotiations; the future relationship deferred by mutual consent',
      ],
      signatories: ['russia', 'ichkeria'],
      textPublic: false,
      roundId: R.kremlin,
    },
    [S.jt960528, S.ct960528],
    { occurrence: O.kremlin },
  ),
  ev(
    'TalksRoundConcluded',
    'round-kremlin-concluded',
    when('1996-05-27'),
    {
      roundId: R.kremlin,
      outcome: 'agreement',
      summary: 'The Moscow armistice signed; talks on its implementation to follow.',
    },
    [S.jt960528],
    { occurrence: O.kremlin },
  ),
  ev(
    'StatementMade',
    'stmt-yeltsin-find-signatories',
    when('1996-05-27'),
    {
      speaker: YELTSIN,
      audience: 'ichkeria',
      tone: 'warning',
      summary: 'Yeltsin calls the agreement historic, but warns the signatories what a violation would mean.',
      quote: 'If the accord is violated, we can find each of the signatories',
    },
    [S.ct960528],
  ),
  ev(
    'IncidentReported',
    'inc-shali',
    when('1996-05-31'),
    {
      incidentId: 'shali-clash-1996-05-31',
      kind: 'clash',
      perpetrator: 'russia',
      against: 'ichkeria',
      place: P.shali,
      fatalities: { min: 1, max: 1 },
      description:
        'On the eve of the ceasefire the army orders the Chechen detachment in Shali to disarm by 08:00 on 1 June or face a "special operation"; in the clash that follows the military kills a local resistance commander and takes 14 prisoners.',
    },
    [S.jt960603],
  ),
  ev(
    'CeasefireDeclared',
    'cf-moscow',
    when('1996-05-31T20:00:00Z'),
    {
      ceasefireId: CF.moscow,
      parties: ['russia', 'ichkeria'],
      scope:
        'Cessation of hostilities in Chechnya from 00:00 Moscow time on 1 June 1996 (the Kremlin agreement of 27 May)',
      duration: 'indefinite',
      mediatedBy: ['osce'],
    },
    [S.jt960528, S.ct960528],
  ),
  ev(
    'CeasefireEnded',
    'cf-yeltsin-superseded',
    when('1996-05-31T20:00:00Z'),
    {
      ceasefireId: CF.yeltsin,
      reason: 'superseded',
      summary: 'Yeltsin’s unilateral halt gives way to the ceasefire agreed in the Kremlin.',
    },
    [S.jt960528],
  ),
  ev(
    'TalksRoundOpened',
    'round-nazran-opened',
    when('1996-06-05', 'approximate'),
    {
      roundId: R.nazran,
      label: 'Nazran talks on implementing the Moscow armistice',
      format: 'formal',
      venue: 'Nazran, Ingushetia',
      hosts: ['osce'],
      delegations: [
        { actorId: 'russia', head: MIKHAILOV },
        { actorId: 'ichkeria', head: MASKHADOV },
      ],
    },
    [S.jt960603, S.mt960611],
    { note: 'Moved from Makhachkala; hosted by Ingush President Ruslan Aushev, brokered by Tim Guldimann.' },
  ),
  ev(
    'AgreementReached',
    'agr-nazran',
    when('1996-06-10'),
    {
      agreementId: A.nazran,
      kind: 'partial',
      provisions: [
        'No use of force, including artillery shelling and air bombing; "special operations" banned',
        'The military blockade of Chechen towns and villages lifted from 11 June, replaced by checkpoints guarding Russian units',
        'The federal grouping to complete its withdrawal from Chechnya by the end of August, synchronised with the disarmament of the Chechen detachments',
        'An all-for-all exchange of forcibly held persons, through a joint working group in Grozny',
        'The elections in Chechnya postponed until after the withdrawal',
      ],
      signatories: ['russia', 'ichkeria'],
      textPublic: true,
      roundId: R.nazran,
    },
    [S.mt960611, S.jt960611],
    { occurrence: O.nazran },
  ),
  ev(
    'TalksRoundConcluded',
    'round-nazran-concluded',
    when('1996-06-10'),
    {
      roundId: R.nazran,
      outcome: 'agreement',
      summary: 'Mikhailov and Maskhadov sign the military protocol and the protocol on the exchange of prisoners.',
    },
    [S.mt960611],
    { occurrence: O.nazran },
  ),
  // ===== July 1996: the offensive after the election =====
  ev(
    'DemandTabled',
    'dem-prisoners',
    when('1996-07-08', 'approximate'),
    {
      demandId: D.prisoners,
      by: 'russia',
      addressedTo: ['ichkeria'],
      text: 'Hand over the prisoners and account for the ceasefire violations.',
      category: 'security',
    },
    [S.ct960711],
  ),
  ev(
    'UltimatumIssued',
    'ult-tikhomirov',
    when('1996-07-08', 'approximate'),
    {
      ultimatumId: U.tikhomirov,
      by: 'russia',
      to: ['ichkeria'],
      demandIds: [D.prisoners],
      consequences: 'Military operations against the Chechen detachments (the offensive that followed)',
    },
    [S.ct960711, S.jt960710],
    { note: 'Issued by Lt. Gen. Vyacheslav Tikhomirov, commander of the federal forces in Chechnya.' },
  ),
  ev(
    'IncidentReported',
    'inc-gekhi',
    when('1996-07-09'),
    {
      incidentId: 'gekhi-offensive-1996-07-09',
      kind: 'shelling',
      perpetrator: 'russia',
      against: 'ichkeria',
      place: P.gekhi,
      scale: 'major',
      fatalities: { min: 20, max: 20 },
      civilianFatalities: { min: 20, max: 20 },
      description:
        'Even before the ultimatum expires, Russian aviation and artillery attack Gekhi in western Chechnya, killing at least 20 civilians and wounding scores (the pro-Moscow district administration); Russian forces report at least 6 killed. Jamestown: "Russia begins new offensive in Chechnya".',
    },
    [S.jt960710, S.ct960711],
  ),
  ev(
    'UltimatumResolved',
    'ult-tikhomirov-enforced',
    when('1996-07-09'),
    { ultimatumId: U.tikhomirov, resolution: 'enforced', summary: 'The offensive on Gekhi begins.' },
    [S.jt960710],
  ),
  ev(
    'CeasefireEnded',
    'cf-moscow-collapsed',
    when('1996-07-09'),
    {
      ceasefireId: CF.moscow,
      reason: 'collapsed',
      summary: 'The offensive "has shattered a tenuous cease-fire" (Chicago Tribune).',
    },
    [S.ct960711],
  ),
  ev(
    'StatementMade',
    'stmt-commission-threat',
    when('1996-07-09'),
    {
      speaker: RUSSIAN_GOV,
      audience: 'ichkeria',
      tone: 'military-threat',
      summary:
        'The government commission chaired by Chernomyrdin accuses the Chechen side of violating the armistice and threatens further military action.',
    },
    [S.jt960710],
  ),
  ev(
    'IncidentReported',
    'inc-makhkety',
    when('1996-07-10'),
    {
      incidentId: 'makhkety-bombing-1996-07-10',
      kind: 'airstrike',
      perpetrator: 'russia',
      against: 'ichkeria',
      place: P.makhkety,
      description:
        'Russian planes and artillery pound Makhkety, said by the military to be Yandarbiyev’s headquarters; dozens of civilians are reported killed in Makhkety and Gekhi.',
    },
    [S.ct960711],
  ),
  ev(
    'StatementMade',
    'stmt-chernomyrdin-impudent',
    when('1996-07-10'),
    {
      speaker: CHERNOMYRDIN,
      audience: 'ichkeria',
      tone: 'threat',
      summary: 'Chernomyrdin says the offensive neither violates the ceasefire nor disrupts the peace process.',
      quote: 'just bringing some of the impudent rebels to their senses',
    },
    [S.ct960711],
  ),
  ev(
    'IncidentReported',
    'inc-highlands',
    when('1996-07-20'),
    {
      incidentId: 'southern-highlands-1996-07-20',
      kind: 'clash',
      perpetrator: 'russia',
      against: 'ichkeria',
      place: P.highlands,
      description:
        'Russian forces launch a large-scale campaign to pacify the southern highlands, moving most of their combat troops there.',
    },
    [WP.grozny96('1996-07-20')],
  ),
  // ===== August 1996: the battle for Grozny =====
  ev(
    'IncidentReported',
    'inc-grozny-assault',
    when('1996-08-06'),
    {
      incidentId: 'grozny-assault-1996-08-06',
      kind: 'clash',
      perpetrator: 'ichkeria',
      against: 'russia',
      place: P.grozny,
      scale: 'major',
      description:
        'Chechen forces launch a major surprise attack on Grozny (and two other cities), infiltrating past the checkpoints, cutting off the federal posts and besieging the government compound; within days they hold most of the city. Russian officials say more than two dozen soldiers were killed by the 7th.',
    },
    [S.rferl060830, S.cnn960807, WP.grozny96('1996-08-06')],
  ),
  ev(
    'IncidentReported',
    'inc-grozny-shelling',
    when('1996-08-07'),
    {
      incidentId: 'grozny-counterfire-1996-08-07',
      kind: 'shelling',
      perpetrator: 'russia',
      against: 'ichkeria',
      place: P.grozny,
      description:
        'Russian helicopters fire rockets at rebel positions outside Grozny and Russian artillery on the outskirts shells the central districts; the pro-Moscow government moves to the Khankala base.',
    },
    [S.cnn960807],
  ),
  ev(
    'TalksRoundOpened',
    'round-atagi-opened',
    when('1996-08-12'),
    {
      roundId: R.atagi,
      label: 'Lebed – Maskhadov talks (Starye and Novye Atagi)',
      format: 'informal',
      venue: 'Starye Atagi and Novye Atagi, Chechnya',
      delegations: [
        { actorId: 'russia', head: LEBED, members: [PULIKOVSKY] },
        { actorId: 'ichkeria', head: MASKHADOV },
      ],
    },
    [S.rferl060830],
    { note: 'OSCE’s Guldimann had been seeking to mediate since the assault (RFE/RL).' },
  ),
  ev(
    'IncidentReported',
    'inc-argun-strikes',
    when('1996-08-16', 'approximate'),
    {
      incidentId: 'argun-strikes-1996-08-16',
      kind: 'airstrike',
      perpetrator: 'russia',
      allegedBy: 'ichkeria',
      against: 'ichkeria',
      place: P.argun,
      fatalities: { min: 5, max: 5 },
      description:
        'The rebel spokesman Movladi Udugov says Russian air strikes on Argun and on Grozny killed at least five people, including civilians (unconfirmed).',
    },
    [graded(S.cnn960817, 3)],
  ),
  ev(
    'IncidentReported',
    'inc-khankala-attack',
    when('1996-08-16', 'approximate'),
    {
      incidentId: 'khankala-attack-1996-08-16',
      kind: 'clash',
      perpetrator: 'ichkeria',
      allegedBy: 'russia',
      against: 'russia',
      place: P.khankala,
      fatalities: { min: 2, max: 2 },
      injured: { min: 2, max: 2 },
      description:
        'A Russian military spokesman: rebels killed two soldiers and wounded two in an attack on the Khankala base.',
    },
    [graded(S.cnn960817, 3)],
  ),
  ev(
    'CeasefireDeclared',
    'cf-aug17',
    when('1996-08-17'),
    {
      ceasefireId: CF.aug17,
      parties: ['russia', 'ichkeria'],
      scope:
        'Pulikovsky and Maskhadov agree at Novye Atagi to cease fire; the logistics unclear, sporadic firing continues',
      duration: 'indefinite',
    },
    [S.cnn960817],
  ),
  ev(
    'CeasefireViolationReported',
    'viol-aug19',
    when('1996-08-19'),
    {
      ceasefireId: CF.aug17,
      allegedBy: 'ichkeria',
      against: 'russia',
      description:
        'A rebel spokesman reports federal troops attacking several areas of Grozny; the Russian authorities deny an assault; intermittent fighting reported.',
    },
    [graded(S.ind960819, 3)],
  ),
  ev(
    'DemandTabled',
    'dem-leave-grozny',
    when('1996-08-19'),
    {
      demandId: D.leaveGrozny,
      by: 'russia',
      addressedTo: ['ichkeria'],
      text: 'Civilians to leave Grozny within 48 hours; the rebel fighters to leave the city.',
      category: 'security',
    },
    [S.ind960819],
  ),
  ev(
    'UltimatumIssued',
    'ult-pulikovsky',
    when('1996-08-19'),
    {
      ultimatumId: U.pulikovsky,
      by: 'russia',
      to: ['ichkeria'],
      demandIds: [D.leaveGrozny],
      deadline: '1996-08-22T04:00:00Z',
      consequences:
        'A massive onslaught on Grozny "using all available means": an aerial and ground attack on the city after the deadline',
      channel: 'Leaflets dropped from helicopters; announced through Interfax',
    },
    [S.ind960819, S.ap960822],
  ),
  ev(
    'StatementMade',
    'stmt-pulikovsky-ultimatum',
    when('1996-08-19'),
    {
      speaker: PULIKOVSKY,
      audience: 'ichkeria',
      tone: 'military-threat',
      summary:
        'Pulikovsky says that after 48 hours he will begin military operations against the separatists in Grozny, in response to continuing Chechen attacks on his forces.',
      quote: 'using all available means',
    },
    [S.ind960819],
  ),
  ev(
    'IncidentReported',
    'inc-grozny-bombardment',
    when('1996-08-21'),
    {
      incidentId: 'grozny-bombardment-1996-08-21',
      kind: 'shelling',
      perpetrator: 'russia',
      against: 'ichkeria',
      place: P.grozny,
      description:
        'The Russian military unleashes "a savage artillery assault" on Grozny (AP); tens of thousands of civilians flee the city before the deadline.',
    },
    [S.ap960822],
  ),
  ev(
    'CeasefireEnded',
    'cf-aug17-collapsed',
    when('1996-08-21'),
    {
      ceasefireId: CF.aug17,
      reason: 'collapsed',
      summary: 'The truce "dies at birth" (the Independent); the bombardment of Grozny.',
    },
    [S.ind960819, S.ap960822],
  ),
  ev(
    'UltimatumResolved',
    'ult-pulikovsky-withdrawn',
    when('1996-08-22'),
    {
      ultimatumId: U.pulikovsky,
      resolution: 'withdrawn',
      summary: 'Lebed withdraws the army’s ultimatum in person; the deadline passes without the assault.',
    },
    [S.ap960822, S.mt960823],
  ),
  ev(
    'StatementMade',
    'stmt-lebed-bad-joke',
    when('1996-08-22'),
    {
      speaker: LEBED,
      audience: 'ichkeria',
      tone: 'conciliatory',
      summary: 'Lebed calls off the storming of Grozny and says there will be no more ultimatums.',
      quote: 'There will be no more ultimatums. The delivering of the ultimatum was a bad joke.',
    },
    [S.mt960823, S.ap960822],
  ),
  ev(
    'AgreementReached',
    'agr-atagi',
    when('1996-08-22'),
    {
      agreementId: A.atagi,
      kind: 'ceasefire',
      provisions: [
        'Fire and combat operations to stop from 12:00 on 23 August 1996, including special operations and terrorist acts',
        'An all-for-all exchange of prisoners, hostages and bodies, without preconditions',
        'Both sides’ forces to withdraw from Grozny; joint commandant’s offices to police the city',
        'Federal troops to withdraw from the highlands to set sites in the lowlands along agreed routes',
      ],
      signatories: ['russia', 'ichkeria'],
      textPublic: true,
      roundId: R.atagi,
    },
    [S.jt960823, S.rferl960822],
    { occurrence: O.atagi },
  ),
  ev(
    'TalksRoundConcluded',
    'round-atagi-concluded',
    when('1996-08-22'),
    {
      roundId: R.atagi,
      outcome: 'agreement',
      summary: 'After eight hours of talks in Novye Atagi, Lebed and Maskhadov sign a nine-point ceasefire agreement.',
      nextSteps: 'Lebed to return with a draft political agreement in two days.',
    },
    [S.rferl960822, S.rferl060830],
    { occurrence: O.atagi },
  ),
  ev(
    'IncidentReported',
    'inc-grozny-august-toll',
    when('1996-08-22'),
    {
      incidentId: 'grozny-august-toll-1996-08',
      kind: 'casualty-report',
      perpetrator: 'ichkeria',
      against: 'russia',
      period: { from: '1996-08-06', to: '1996-08-22' },
      fatalities: { min: 400, max: 687 },
      injured: { min: 1200, max: 1407 },
      description:
        'The federal losses since the Chechen offensive on Grozny of 6 August: more than 400 soldiers killed, over 1,200 wounded and 130 missing (the military prosecutor in Chechnya, 22 August); 687 killed and 1,407 wounded by later Russian military data. Chechen and civilian losses not known.',
    },
    [graded(S.rferl960822, 3), graded(WP.grozny96('1996-08-22'), 3)],
  ),
  ev(
    'CeasefireDeclared',
    'cf-atagi',
    when('1996-08-23T08:00:00Z'),
    {
      ceasefireId: CF.atagi,
      parties: ['russia', 'ichkeria'],
      scope: 'All combat actions in Chechnya, including "special operations", from noon Moscow time on 23 August',
      duration: 'indefinite',
    },
    [S.jt960823, S.mt960823],
  ),
  // ===== 31 August 1996: Khasavyurt =====
  ev(
    'TalksRoundOpened',
    'round-khasavyurt-opened',
    when('1996-08-30'),
    {
      roundId: R.khasavyurt,
      label: 'Khasavyurt talks',
      format: 'formal',
      venue: 'Khasavyurt, Dagestan',
      hosts: ['osce'],
      delegations: [
        { actorId: 'russia', head: LEBED },
        { actorId: 'ichkeria', head: MASKHADOV },
      ],
    },
    [S.rferl060830, WP.khasavyurt('1996-08-30')],
  ),
  ev(
    'AgreementReached',
    'agr-khasavyurt',
    when('1996-08-31'),
    {
      agreementId: A.khasavyurt,
      kind: 'framework',
      provisions: [
        'A joint declaration and "Principles for Determining the Bases of Relations" between the Russian Federation and the Chechen Republic',
        'The decision on Chechnya’s status deferred to 31 December 2001',
        'A joint Russian–Chechen commission to restore public order and fight crime',
        'Disputes to be settled by mutual agreement, by peaceful means',
        'The federal forces to leave Chechnya by the end of 1996',
      ],
      signatories: ['russia', 'ichkeria'],
      textPublic: true,
      roundId: R.khasavyurt,
    },
    [S.rferl060830, S.kavkaz170831, WP.khasavyurt('1996-08-31')],
    { occurrence: O.khasavyurt, note: 'Signed by Lebed and Kharlamov, Maskhadov and Abumuslimov, with Guldimann.' },
  ),
  ev(
    'TalksRoundConcluded',
    'round-khasavyurt-concluded',
    when('1996-08-31'),
    {
      roundId: R.khasavyurt,
      outcome: 'agreement',
      summary: 'The Khasavyurt accords signed after a night of talks.',
    },
    [S.kavkaz170831],
    { occurrence: O.khasavyurt },
  ),
  ev(
    'StatementMade',
    'stmt-lebed-war-over',
    when('1996-08-31'),
    {
      speaker: LEBED,
      audience: 'ichkeria',
      tone: 'conciliatory',
      summary: 'Lebed announces that the sides have decided to stop the war and withdraw the troops.',
      quote: 'The war is over! Enough, we’re sick and tired of fighting.',
    },
    [S.kavkaz170831],
  ),
  ev(
    'StatementMade',
    'stmt-chernomyrdin-success',
    when('1996-09-02'),
    {
      speaker: CHERNOMYRDIN,
      audience: 'ichkeria',
      tone: 'conciliatory',
      summary:
        'Chernomyrdin approves the Khasavyurt deal as a "success"; in Grozny the command and the separatists sign a final agreement confirming the withdrawal of both sides from the capital (over 5,000 federal troops and 4,300 fighters withdrawn in the past days).',
    },
    [S.rferl960902],
  ),
  // ===== November 1996 – January 1997: the withdrawal and the elections =====
  ev(
    'StatementMade',
    'stmt-yeltsin-withdrawal-decree',
    when('1996-11-23'),
    {
      speaker: YELTSIN,
      audience: 'ichkeria',
      tone: 'conciliatory',
      summary:
        'Yeltsin signs a decree ordering the withdrawal of the last two federal brigades from Chechnya before the elections of 27 January 1997.',
    },
    [S.oguz],
  ),
  ev(
    'IncidentReported',
    'inc-withdrawal-complete',
    when('1997-01-05'),
    {
      incidentId: 'federal-withdrawal-1997-01-05',
      kind: 'withdrawal',
      perpetrator: 'russia',
      against: 'ichkeria',
      place: P.chechnya,
      description:
        'The Interior Ministry announces that not a single Interior or Defence Ministry soldier remains in Chechnya: the withdrawal under the peace agreement is complete.',
    },
    [S.ap970106],
  ),
  ev(
    'StatementMade',
    'stmt-guldimann-elections',
    when('1997-01-28'),
    {
      speaker: GULDIMANN,
      audience: 'both parties',
      tone: 'neutral',
      summary: 'The OSCE concludes that the elections of 27 January reflect the free will of the voters.',
      quote:
        'these elections reflect the free will of the voters and create a legitimate basis for the new authorities',
    },
    [S.jt970129],
  ),
  ev(
    'StatementMade',
    'stmt-maskhadov-political-means',
    when('1997-01-28'),
    {
      speaker: MASKHADOV,
      audience: 'russia',
      tone: 'neutral',
      summary:
        'Declaring victory in the presidential election, Maskhadov says Chechnya will seek recognition of its independence by all states, including Russia, by political means only, and is ready for direct talks with Moscow.',
    },
    [S.cnn970128],
  ),
  ev(
    'StatementMade',
    'stmt-yeltsin-elections',
    when('1997-01-28'),
    {
      speaker: YELTSIN,
      audience: 'ichkeria',
      tone: 'conciliatory',
      summary:
        'Yeltsin’s press office: the results give a serious chance for productive negotiations with the new Chechen leadership, though full independence remains ruled out.',
    },
    [S.cnn970128],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'russia-chechnya-1996.jsonl',
  logEnd: '2026-12-07T07:00:00Z',
  events,
};

export default definition;
