/**
 * A test fixture, not a shipped example: Chad (President Hissène Habré) and
 * Libya (Muammar Gaddafi) from the offensive of the GUNT and the Libyans
 * across the 16th parallel (February 1986) to the restoration of their
 * diplomatic relations (3 October 1988), as an analyst following the news
 * could have recorded them — the attacks on Kouba Olanga and Oum Chalouba
 * (10–11 February 1986), France's Opération Épervier and its strike on
 * Ouadi Doum (16 February), the Libyan bomber over N'Djamena airport (17
 * February), the Libyan offensive against Goukouni's rebels in the Tibesti
 * (December 1986), Chad's offensive in the north — Fada (2 January 1987),
 * the Libyan and French air strikes of January, Ouadi Doum (22 March),
 * Faya-Largeau and the Libyan retreat to the Aouzou Strip (27 March) — the
 * fighting for Aouzou (Chad takes the town on 8 August 1987, Libya retakes
 * it on 28 August), the Libyan offensive on Ounianga Kebir and Chad's raid
 * on Maaten al-Sarra inside Libya (5 September), the Libyan raids on
 * N'Djamena and Abéché (7 September) and on Fada, Ouadi Doum and
 * Faya-Largeau (10 September), the ceasefire brokered by the OAU's chairman
 * Kenneth Kaunda (11 September, noon), the alleged breach of its first
 * afternoon, the OAU ad hoc committee in Lusaka (23–24 September), the
 * first skirmish since the truce (23 November), Gaddafi's "gift to Africa"
 * recognising Habré's government (25 May 1988), and the restoration of
 * relations (3 October 1988). Escalation model v2 was never tuned on it: it
 * is the case the model is held to in chad-libya-1987.spec.ts, against the
 * calls an analyst makes from DOMAIN.md §5b alone.
 *
 * The parties are Chad and Libya. Mediators: the OAU (its chairman, Zambia's
 * Kenneth Kaunda, brokered the truce; its ad hoc committee on the dispute
 * met in Lusaka), Gabon (President Omar Bongo, who reported for the ad hoc
 * committee) and Togo (President Gnassingbé Eyadéma, whose mediation the AP
 * credits with the restoration of relations). Third parties: France
 * (Opération Épervier, its air strikes, the Hawk that downed a Libyan
 * bomber), the United States (aid to Chad) and the GUNT of Goukouni
 * Oueddei (Libya's ally, then its enemy): their acts are recorded as
 * theirs, never as the pair's.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source. No other case in the
 * repository records this story (sudan-chad-2008 and egypt-libya-1977 are
 * other pairs and other years).
 *
 * Grading as in examples/README.md: B = an established outlet or a wire
 * (AP, UPI, Reuters, the Los Angeles Times, the Chicago Tribune, the
 * Orlando Sentinel, the Sun-Sentinel, the Deseret News, The Press of
 * Christchurch); C = an encyclopedia or a copy on an archive or mirror
 * site (Wikipedia and its copies, Encyclopædia Universalis' chronology, the
 * Library of Congress country study's copy, Facts on File's copy on
 * docslib, copies of LA Times pages on mirrors, TIME on archive sites, a
 * memoir site on the Aouzou affair); 2 = several sources agree or one
 * established source reports it; 3 = one side's claim (every toll of this
 * war is one side's claim), or a date the sources disagree on.
 *
 * Dates of sources: contemporary reports by their own date. Pages that
 * carry no date of their own (encyclopedias, their copies, TIME on archive
 * sites, the memoir site) are given a lower bound, the day of the last
 * development they are cited for, so that the analyst is taken to have
 * known it on its day from the press they summarise. Recorded
 * retrospectively on 7 December 2026, one minute apart, in log order.
 *
 * Judgement calls, recorded as an analyst would:
 * - Libya's forces on Chad's soil are two `occupation`s, both recorded at
 *   the opening of the case though they began before it: northern Chad
 *   north of the 16th parallel (held since 1983; some 5,000 Libyan troops
 *   remained there, says the Library of Congress country study) and the
 *   Aouzou Strip (annexed in 1973). The first ends by Libya's `withdrawal`
 *   on 27 March 1987, when Faya-Largeau fell and the Libyans fled north: the
 *   AP (14 August 1987) says they "were driven from the rest of northern
 *   Chad in March and retreated to the Aouzou strip". Ground lost in
 *   fighting is recorded so — the clashes that drove them out, then the
 *   retreat as the party's withdrawal — since no source gives a Libyan
 *   post in the north after March (Habré's word of 4 April that Libyans
 *   still held "large parts of Chad" in the Tibesti is recorded as his
 *   statement). The Aouzou Strip is never given up in the case: Chad's
 *   capture of the town of Aouzou (8 August) is a clash, not the end of the
 *   Libyan hold on the strip (TIME: the foray "did not produce the 'total
 *   defeat' of Libyan forces"), and Libya's recapture (28 August) is a
 *   clash on ground it still held around the town. Libya still held the
 *   strip at the end of 1988 (the AP in July 1989: "the Libyans, however,
 *   have kept their foothold in the Aouzou Strip").
 * - Places, one way each: "Aouzou" for the town (the sources also write
 *   Aozou), "Aouzou Strip" for the occupied strip, "Ouadi Doum",
 *   "Faya-Largeau", "Fada", "N'Djamena", "Kouba Olanga" (Koubba Oulanga),
 *   "Oum Chalouba", "Ounianga Kebir", "Maaten al-Sarra (Libya)" (Matan as
 *   Sarra), "Abeche".
 * - Scale (`scale: 'major'`), only where a source names an offensive or a
 *   battle for the act: the attack on Kouba Olanga (the LA Times of 17
 *   February 1986: the rebels' "week-old offensive", in which, the French
 *   say, Libyan soldiers took part; graded 3: Libya denied any part);
 *   Fada ("after a fierce battle", Facts on File; "Battle of Fada",
 *   Wikipedia); Ouadi Doum ("violent battle", Chad's statement in the LA
 *   Times, confirmed by the French defence ministry); Chad's capture of
 *   Aouzou ("carried their offensive into the disputed Aouzou Strip ...
 *   following another battle", the Wikipedia text on liquisearch); Libya's
 *   recapture ("a two-hour battle", AP; "decisive battle", UPI); the Libyan
 *   "ground offensive" on Ounianga Kebir (LA Times, 6 September 1987);
 *   Maaten al-Sarra ("counteroffensive", Sun-Sentinel; "Battle of Maaten
 *   al-Sarra", Wikipedia); the interception of the Libyan convoy near
 *   Zouar (UPI: "in the ensuing battle", 88 killed). Air raids are never
 *   marked: no source calls one an offensive or a battle.
 * - Attacks in February 1986 are the GUNT's with Libyan troops (UPI:
 *   "Libyan and rebel forces"; Chad says it took 350 "black Libyans and
 *   Africans" prisoner); recorded as Libya's, alleged by Chad, graded 3.
 *   The Libyan Tu-22 over N'Djamena (17 February 1986) is Libya's, graded
 *   3 (Libya's news agency credited the rebels' "air force").
 * - The fighting in the Tibesti from December 1986 is between Libya and
 *   Goukouni's fighters, who had turned against it and were joining the
 *   government (AP, 16 January 1987), helped by a government column (the
 *   New York Times, 21 December 1986). The Libyan attack of 20 December is
 *   recorded twice, as the sources give it: against the GUNT (the New York
 *   Times) and as the Chadian government's own claimed victory at Zouar,
 *   more than 400 Libyans killed (the AP, 8 January 1987), graded 3. The
 *   later acts at Zouar, Wour and Fada (3, 8 and 16 January, 15 February
 *   1987) are Chad's reports of fighting with its forces, graded 3. The
 *   first recording left out the AP reports of 8 and 16 January and the
 *   Universalis entry for 15 February: found after the first run, when a
 *   call on 15 February that read a five-week lull was checked against the
 *   press, they were added (an analyst would have recorded them).
 *   The 23 Libyans Chad says it killed near Zouar are dated by the
 *   announcement (15 February, approximate): no source read gives the day
 *   of the fight.
 * - France's strikes on Ouadi Doum (16 February 1986, 7 January 1987) and
 *   its Hawk that downed a Libyan bomber over N'Djamena (7 September 1987)
 *   are France's acts against Libya; the Libyan offensive in the Tibesti
 *   (20 December 1986) is against Goukouni's GUNT; the GUNT's revolt
 *   against Libya (October 1986) is the GUNT's. None is armed action
 *   between the pair.
 * - Tolls are the sides' claims: Fada 200 (US officials' "several hundred")
 *   to 784 (Wikipedia); Ouadi Doum 1,269 (Chad); the convoy 88 (Chad);
 *   Aouzou on 28 August 25 (the bodies the AP saw) to 460 (Libya's count of
 *   Chadian dead); Maaten al-Sarra 1,000–1,713 (Wikipedia, Chad); Faya-
 *   Largeau on 10 September "more than a dozen" (Chad's embassy), recorded
 *   as 13; Abeche two civilians (TIME).
 * - The Libyan ground offensive on Ounianga Kebir is dated 5 September
 *   (approximate): the LA Times of 6 September reports it "hours earlier"
 *   than the raid, without its day.
 * - The ceasefire took effect at midday on Friday 11 September 1987
 *   (Libya's news agency: noon, the call to Friday prayer), recorded at
 *   11:00 UTC (noon in N'Djamena). Recorded as an agreement reached (kind
 *   ceasefire: both governments announced they accepted the OAU truce) and
 *   the ceasefire declared, one occurrence. The raids Chad reported that
 *   morning on Wour and Ounianga Kebir are before it (Libya: the last run
 *   ended 15 minutes before the deadline); the afternoon raid on Bardai
 *   that Chad reported and Libya denied is a violation report, not an
 *   incident: one side's word, denied, with no toll.
 * - The OAU committee in Lusaka: the Reuter report of 25 September (a
 *   "13-day-old ceasefire") says the two-day meeting "opened yesterday":
 *   recorded as opened on 23 September and concluded on 24 September,
 *   both approximate.
 * - The skirmish of 23 November 1987 (five Libyan soldiers killed, Chad
 *   says, when a Libyan column tried to enter from Darfur) is recorded as a
 *   clash by Libya, alleged by Chad, and a violation report with its toll,
 *   one occurrence.
 * - Gaddafi's speech of 25 May 1988 (recognition of "the regime of
 *   N'Djamena", a definitive end to the war, prisoners to be freed) is his
 *   statement; the restoration of diplomatic relations of 3 October 1988 is
 *   an agreement (kind partial: relations restored, the ceasefire to be
 *   respected "scrupulously", the territorial dispute to be settled
 *   peacefully; Aouzou not mentioned). The exchange of embassies "by the
 *   end of October" is not recorded: no source read says it was done.
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, retrospectiveClock, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'chad-libya-1987';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 1987);
/** Recorded retrospectively on 7 December 2026, one minute apart, in log order. */
const when = retrospectiveClock('2026-12-07T04:00:00Z');

const CHAD: Actor = { id: 'chad', name: 'Chad', kind: 'state', aliases: ["N'Djamena", 'Republic of Chad'] };
const LIBYA: Actor = {
  id: 'libya',
  name: 'Libya',
  kind: 'state',
  aliases: ['Tripoli', 'Great Socialist People’s Libyan Arab Jamahiriya'],
};
const OAU: Actor = {
  id: 'oau',
  name: 'Organisation of African Unity',
  kind: 'international-organisation',
  aliases: ['OAU', 'OAU ad hoc committee on the Chad–Libya dispute'],
};
const GABON: Actor = { id: 'gabon', name: 'Gabon', kind: 'state', aliases: ['Libreville'] };
const TOGO: Actor = { id: 'togo', name: 'Togo', kind: 'state', aliases: ['Lomé'] };
const FRANCE: Actor = { id: 'france', name: 'France', kind: 'state', aliases: ['Paris'] };
const USA: Actor = { id: 'united-states', name: 'United States', kind: 'state', aliases: ['Washington'] };
const GUNT: Actor = {
  id: 'gunt',
  name: 'Transitional Government of National Unity (GUNT) of Goukouni Oueddei',
  kind: 'armed-group',
  aliases: ['GUNT', "Goukouni's forces", 'People’s Armed Forces (FAP)'],
};

const CHAD_GOV: Person = { name: 'Government of Chad', actorId: 'chad' };
const CHAD_RADIO: Person = { name: 'Chad radio (state radio)', actorId: 'chad' };
const HABRE: Person = { name: 'Hissène Habré', title: 'President of Chad', actorId: 'chad' };
const LASSOU: Person = { name: 'Gouara Lassou', title: 'Foreign Minister of Chad', actorId: 'chad' };
const GADDAFI: Person = { name: 'Muammar Gaddafi', title: 'Leader of Libya', actorId: 'libya' };
const JANA: Person = { name: 'JANA (Libyan news agency)', actorId: 'libya' };
const LIBYA_GOV: Person = { name: 'Government of Libya', actorId: 'libya' };
const HOUDERI: Person = { name: 'Hamed Houderi', title: 'Libyan Ambassador to France', actorId: 'libya' };
const AZZOUZ: Person = { name: 'Jadallah Azzouz al-Talhi', title: 'Foreign Minister of Libya', actorId: 'libya' };
const KAUNDA: Person = { name: 'Kenneth Kaunda', title: 'President of Zambia, Chairman of the OAU', actorId: 'oau' };
const MITTERRAND: Person = { name: 'François Mitterrand', title: 'President of France', actorId: 'france' };
const QUILES: Person = { name: 'Paul Quiles', title: 'Defence Minister of France', actorId: 'france' };

/** A page with no date of its own, dated by the development it is cited for (see the header). */
const wiki =
  (title: string, publisher: string, url: string) =>
  (day: string, credibility: 2 | 3 = 2) =>
    source(title, publisher, url, day, 'C', credibility);
const wpOuadiStrike = wiki('Ouadi Doum airstrike', 'Wikipedia', 'https://en.wikipedia.org/wiki/Ouadi_Doum_airstrike');
const wpFada = wiki('Battle of Fada', 'Wikipedia', 'https://en.wikipedia.org/wiki/Battle_of_Fada');
const wpMaaten = wiki(
  'Battle of Maaten al-Sarra',
  'Wikipedia',
  'https://en.wikipedia.org/wiki/Battle_of_Maaten_al-Sarra',
);
const liqOffensive = wiki(
  'Toyota War – Renewed Chadian Offensive',
  'LiquiSearch (copy of Wikipedia)',
  'https://www.liquisearch.com/toyota_war/renewed_chadian_offensive',
);
const locStudy = wiki(
  "Chad: Repelling Libya's Occupying Force, 1985-87 (Library of Congress country study)",
  'country-data.com (copy of the Library of Congress country study)',
  'http://www.country-data.com/cgi-bin/query/r-2375.html',
);
const timeAug = wiki(
  'World Notes: Chad (TIME, 24 August 1987)',
  'TIME (archive copy)',
  'http://softbeam.net/txt/time/Time1987/1987-08-24/965306.html',
);
const timeToyotas = wiki(
  'Disputes: Raiders of the Armed Toyotas',
  'TIME',
  'http://content.time.com/time/subscriber/article/0,33009,965563,00.html',
);
const bescond = wiki(
  'Le « cadeau à l’Afrique » de Kadhafi (Aozou et le troisième homme)',
  'À la mémoire du docteur Jean-Paul Bescond (memoir site)',
  'https://a-la-memoire-du-docteur-jean-paul-bescond.joelbescond.fr/malim/aozou-et-le-troisieme-homme/le-cadeau-a-lafrique-de-kadhafi/',
);
const univFeb87 = wiki(
  '6-15 février 1987 – Tchad - France. Renforcement du dispositif de défense français au Tchad',
  'Encyclopædia Universalis (chronology)',
  'https://universalis.fr/evenement/6-15-fevrier-1987-tchad-france-renforcement-du-dispositif-de-defense-francais-au-tchad',
);
const univSummit = wiki(
  "25-28 mai 1988 – Afrique. 24e sommet de l'O.U.A.",
  'Encyclopædia Universalis (chronology)',
  'https://universalis.fr/evenement/25-28-mai-1988-24e-sommet-de-l-o-u-a',
);
const univRelations = wiki(
  "3 octobre 1988 – Libye - Tchad. Rétablissement des relations diplomatiques entre Tripoli et N'Djamena",
  'Encyclopædia Universalis (chronology)',
  'https://universalis.fr/evenement/3-octobre-1988-retablissement-des-relations-diplomatiques-entre-tripoli-et-n-djamena',
);
/** The Los Angeles Times topic page, each item by its own date. */
const latTopic = (day: string) =>
  source(
    'Chad Revolts (Los Angeles Times topic page)',
    'Los Angeles Times',
    'http://articles.latimes.com/keyword/chad-revolts/recent/2',
    day,
    'B',
    2,
  );

const S = {
  chi860213: source(
    'Chad Turns Back Libyan, Rebel Forces',
    'Chicago Tribune (United Press International)',
    'http://articles.chicagotribune.com/1986-02-13/news/8601110899_1_president-goukouni-oueddei-oum-chalouba-president-hissene-habre',
    '1986-02-13',
    'B',
    2,
  ),
  lat860217: source(
    'French Jets Bomb Rebel Airfield in Chad : Paris Says Libya Operated Base; Tripoli Denies Involvement',
    'Los Angeles Times (wire services)',
    'https://www.latimes.com/archives/la-xpm-1986-02-17-mn-9016-story.html',
    '1986-02-17',
    'B',
    2,
  ),
  chi860218: source(
    'France sends troops and planes to Chad (Chicago Tribune wires, 18 February 1986)',
    'Chicago Tribune (wires)',
    'https://www.chicagotribune.com/1986/02/18/from-chicago-tribune-wires-5',
    '1986-02-18',
    'B',
    2,
  ),
  ss861221: source(
    'Libya Attacks Chad Rebels',
    'Sun-Sentinel (The New York Times)',
    'http://articles.sun-sentinel.com/1986-12-21/news/8603180263_1_president-goukouni-oueddei-chadian-government-troops-thousand-libyan-troops',
    '1986-12-21',
    'B',
    2,
  ),
  fof870109: source(
    'Chad War Heats Up; Government Force Routs Libyans; Insurgents Said to Turn Against Libya; Libya, France Trade Air Strikes',
    'Facts on File (docslib copy)',
    'https://docslib.org/doc/2649882/chad-war-heats-up-government-force-routs-libyans-insurgents-said-to-turn-against-libya-libya-france-trade-air-strikes-insurgents-said-to-turn-against-libya',
    '1987-01-09',
    'C',
    2,
  ),
  ap870108: source(
    'Chad Reports Libyan Bombardment of Zouar',
    'Associated Press',
    'https://www.apnews.com/38d57bd68e7845e057b1c378553a5350',
    '1987-01-08',
    'B',
    2,
  ),
  ap870116: source(
    'Libya Renews Air Raids at Three Points in Northern Chad',
    'Associated Press',
    'https://apnews.com/65138d186e9c78738758e02a5c0de77a',
    '1987-01-16',
    'B',
    2,
  ),
  lat870108: source(
    'French Jets Retaliate, Hit Libyan Air Base in Chad',
    'Los Angeles Times',
    'https://www.latimes.com/archives/la-xpm-1987-01-08-mn-3169-story.html',
    '1987-01-08',
    'B',
    2,
  ),
  lat870323: source(
    'The World : Chad Seizes Libyan Base',
    'Los Angeles Times',
    'https://www.latimes.com/archives/la-xpm-1987-03-23-mn-8955-story.html',
    '1987-03-23',
    'B',
    2,
  ),
  ap870325: source(
    'Chad Claims 1,200 Libyans Killed, 200 Tanks Captured or Destroyed',
    'Associated Press',
    'https://www.apnews.com/dfee004b99f16df01031bc01d0d0ba12',
    '1987-03-25',
    'B',
    3,
  ),
  lat870329: source(
    '88 Retreating Libya Troops Killed, 14 Seized, Chad Says',
    'Los Angeles Times (United Press International)',
    'https://www.latimes.com/archives/la-xpm-1987-03-29-mn-1270-story.html',
    '1987-03-29',
    'B',
    2,
  ),
  lat870405: source(
    'Ready to Talk Peace, Chad’s President Says',
    'Los Angeles Times (Associated Press), mirror copy',
    'https://vinapk.com/archives/la-xpm-1987-04-05-mn-386-story.html',
    '1987-04-05',
    'C',
    2,
  ),
  lat870809: source(
    'Libya’s Grip on Desert Area Broken, Chad Says',
    'Los Angeles Times, mirror copy',
    'http://video.nohib.com./archives/la-xpm-1987-08-09-mn-478-story.html',
    '1987-08-09',
    'C',
    2,
  ),
  os870811: source(
    'Libya Again Bombs In Northwest Chad',
    'Orlando Sentinel (United Press International)',
    'http://articles.orlandosentinel.com/1987-08-11/news/0140050260_1_chad-bombs-president-francois-mitterrand',
    '1987-08-11',
    'B',
    2,
  ),
  ap870814: source(
    'Chad Ready for Peace Talks with Libya',
    'Associated Press',
    'https://www.apnews.com/c106d00f070d9bf4d1fd1d5d42c7a2e9',
    '1987-08-14',
    'B',
    2,
  ),
  lat870829: source(
    'Libya Says It Recaptured Key Outpost; Chadians Deny Claim',
    'Los Angeles Times (Associated Press)',
    'https://www.latimes.com/archives/la-xpm-1987-08-29-mn-1361-story.html',
    '1987-08-29',
    'B',
    2,
  ),
  ap870829: source(
    'Libya Shows Booty It Says It Captured in Retaking Disputed Area',
    'Associated Press',
    'https://www.apnews.com/072cdf44e5f5e16944fa4b9d0a77e950',
    '1987-08-29',
    'B',
    3,
  ),
  os870831: source(
    'Libya Claims Retaking Key Oasis Of Aouzou From Chadian Army',
    'Orlando Sentinel (United Press International)',
    'http://articles.orlandosentinel.com/1987-08-31/news/0140260041_1_chadian-oasis-libya',
    '1987-08-31',
    'B',
    2,
  ),
  lat870906: source(
    'Military Base 60 Miles Inside Libya Destroyed, Chad Reports',
    'Los Angeles Times (wire services)',
    'http://articles.latimes.com/1987-09-06/news/mn-6287_1_libyans',
    '1987-09-06',
    'B',
    2,
  ),
  ss870907: source(
    'Chad says its army is demolishing the Libyan air base it captured (Sun-Sentinel, 7 September 1987)',
    'Sun-Sentinel',
    'https://www.sun-sentinel.com/news/fl-xpm-1987-09-07-8703120147-story.html',
    '1987-09-07',
    'B',
    2,
  ),
  lat870911: source(
    'Chad, Libya Accept Truce Under OAU Sponsorship',
    'Los Angeles Times (Associated Press)',
    'http://articles.latimes.com/1987-09-11/news/mn-4862_1_chad-libya-accept',
    '1987-09-11',
    'B',
    2,
  ),
  lat870912: source(
    'Chad, Libya Declare Truce in Territorial War',
    'Los Angeles Times (Associated Press)',
    'https://www.latimes.com/archives/la-xpm-1987-09-12-mn-1990-story.html',
    '1987-09-12',
    'B',
    2,
  ),
  press870925: source(
    'Peacekeeping force for Chad-Libya dispute',
    'The Press, Christchurch (NZPA-Reuter), Papers Past',
    'https://paperspast.natlib.govt.nz/newspapers/CHP19870925.2.76.9',
    '1987-09-25',
    'B',
    2,
  ),
  lat870925: source(
    'The World - News from Sept. 25, 1987',
    'Los Angeles Times, mirror copy',
    'https://stats.nohib.com/archives/la-xpm-1987-09-25-mn-6648-story.html',
    '1987-09-25',
    'C',
    2,
  ),
  lat871125: source(
    'The World - News from Nov. 25, 1987',
    'Los Angeles Times',
    'https://latimes.com/archives/la-xpm-1987-11-25-mn-16129-story.html',
    '1987-11-25',
    'B',
    3,
  ),
  lat881004: source(
    'Former Foes Libya and Chad Restore Ties',
    'Los Angeles Times (wire services)',
    'https://www.latimes.com/archives/la-xpm-1988-10-04-mn-3497-story.html',
    '1988-10-04',
    'B',
    2,
  ),
  des881004: source(
    'Libya, Chad restore ties',
    'Deseret News (Associated Press)',
    'https://www.deseret.com/1988/10/4/18780242/libya-chad-restore-ties',
    '1988-10-04',
    'B',
    2,
  ),
};

const P = {
  north: 'northern Chad, north of the 16th parallel',
  strip: 'Aouzou Strip',
  aouzou: 'Aouzou',
  koubaOlanga: 'Kouba Olanga',
  oumChalouba: 'Oum Chalouba',
  ndjamena: "N'Djamena",
  ouadiDoum: 'Ouadi Doum',
  fada: 'Fada',
  faya: 'Faya-Largeau',
  arada: 'Arada',
  zouar: 'Zouar',
  tibesti: 'Tibesti (Bardai, Wour, Zouar)',
  bardai: 'Bardai',
  ouniangaKebir: 'Ounianga Kebir',
  maaten: 'Maaten al-Sarra (Libya)',
  abeche: 'Abeche',
  wour: 'Wour',
  darfurBorder: 'eastern Chad, near the Sudanese border',
};
const R = { lusaka: 'oau-ad-hoc-committee-lusaka-1987-09' };
const A = { truce: 'oau-truce-chad-libya-1987-09-11', relations: 'chad-libya-relations-restored-1988-10-03' };
const CF = { truce: 'oau-ceasefire-chad-libya-1987-09-11' };
const O = { truce: 'oau-truce-1987-09-11', skirmish: 'darfur-border-skirmish-1987-11-23' };

const events = [
  // ===== February 1986: the offensive across the 16th parallel =====
  ev(
    'NegotiationOpened',
    'opened',
    when('1986-02-10'),
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Chad – Libya, from the offensive across the 16th parallel to the restored relations, 1986–88',
      subject:
        "Libya's forces in northern Chad and in the Aouzou Strip it annexed in 1973, its support of Goukouni Oueddei's GUNT against Hissène Habré, Chad's war to drive them out (the Toyota War, 1987), the OAU-brokered ceasefire of 11 September 1987, the OAU ad hoc committee's mediation over the strip, and the normalisation of 1988",
      parties: [CHAD, LIBYA],
      mediators: [OAU],
    },
    [locStudy('1986-02-10')],
  ),
  ev('ActorRegistered', 'actor-france', when('1986-02-10'), { actor: FRANCE, role: 'third-party' }, [S.chi860213]),
  ev('ActorRegistered', 'actor-gunt', when('1986-02-10'), { actor: GUNT, role: 'third-party' }, [S.chi860213], {
    note: 'Libya’s ally in February 1986; most of its forces turned against Libya in October 1986.',
  }),
  ev('ActorRegistered', 'actor-usa', when('1986-02-10'), { actor: USA, role: 'third-party' }, [S.ss861221]),
  ev(
    'IncidentReported',
    'inc-occupation-north',
    when('1986-02-10'),
    {
      incidentId: 'libyan-forces-northern-chad-1986',
      kind: 'occupation',
      perpetrator: 'libya',
      against: 'chad',
      place: P.north,
      description:
        'Libyan forces hold northern Chad north of the 16th parallel with the GUNT (since 1983); despite the Franco-Libyan accord of September 1984 some 5,000 Libyan troops remain, with a new air base at Ouadi Doum.',
    },
    [locStudy('1986-02-10')],
  ),
  ev(
    'IncidentReported',
    'inc-occupation-strip',
    when('1986-02-10'),
    {
      incidentId: 'libyan-forces-aouzou-strip-1986',
      kind: 'occupation',
      perpetrator: 'libya',
      against: 'chad',
      place: P.strip,
      description:
        'Libya holds the Aouzou Strip along Chad’s northern border, which it annexed in 1973 under the unratified Franco-Italian treaty of 1935; no other government recognises the annexation.',
    },
    [S.lat870911, locStudy('1986-02-10')],
  ),
  ev(
    'IncidentReported',
    'inc-kouba-olanga',
    when('1986-02-10'),
    {
      incidentId: 'libyan-gunt-attack-kouba-olanga-1986-02-10',
      kind: 'clash',
      perpetrator: 'libya',
      allegedBy: 'chad',
      against: 'chad',
      place: P.koubaOlanga,
      scale: 'major',
      description:
        'Libyan and rebel forces attack Kouba Olanga, 240 miles north of N’Djamena, across the ceasefire line of the 16th parallel, in the rebels’ offensive; government forces drive them back and say they took 350 "black Libyans and Africans" prisoner. Libya denies any part in the fighting.',
    },
    [graded(S.chi860213, 3), graded(S.lat860217, 3)],
  ),
  ev(
    'IncidentReported',
    'inc-oum-chalouba',
    when('1986-02-11'),
    {
      incidentId: 'libyan-gunt-attack-oum-chalouba-1986-02-11',
      kind: 'clash',
      perpetrator: 'libya',
      allegedBy: 'chad',
      against: 'chad',
      place: P.oumChalouba,
      description:
        'Goukouni’s troops, backed by Libya, attack Oum Chalouba, 20 miles south of the ceasefire line; fighting continues through the night.',
    },
    [graded(S.chi860213, 3)],
  ),
  ev(
    'ThirdPartyEngagement',
    'eng-epervier',
    when('1986-02-13', 'approximate'),
    {
      actorId: 'france',
      counterparts: ['chad'],
      kind: 'support',
      summary:
        'France starts Opération Épervier: troops, aircraft and anti-aircraft units sent to Chad to counter the offensive south of the 16th parallel.',
    },
    [wpOuadiStrike('1986-02-16'), S.chi860218],
  ),
  ev(
    'IncidentReported',
    'inc-france-ouadi-doum-1986',
    when('1986-02-16'),
    {
      incidentId: 'french-strike-ouadi-doum-1986-02-16',
      kind: 'airstrike',
      perpetrator: 'france',
      against: 'libya',
      place: P.ouadiDoum,
      description:
        'French Jaguars bomb the runway of the Libyan-built airfield at Ouadi Doum, the hub supplying the forces attacking south of the 16th parallel, at Chad’s request; the runway is left unusable.',
    },
    [S.lat860217, wpOuadiStrike('1986-02-16')],
  ),
  ev(
    'StatementMade',
    'stmt-quiles-foreign-aggression',
    when('1986-02-16'),
    {
      speaker: QUILES,
      audience: 'libya',
      tone: 'warning',
      summary: 'France says the strike shows its determination to help Chad in the face of a foreign aggression.',
      quote:
        'This action demonstrates our determination to come to the aid of Chad in the face of a foreign aggression',
    },
    [S.lat860217],
  ),
  ev(
    'StatementMade',
    'stmt-libya-denies-1986',
    when('1986-02-16'),
    {
      speaker: LIBYA_GOV,
      audience: 'chad',
      tone: 'neutral',
      summary:
        'Libyan state radio denies any Libyan involvement in the fighting between "the two warring parties", says Ouadi Doum served famine relief, and calls for an immediate end to the fighting.',
    },
    [S.lat860217],
  ),
  ev(
    'IncidentReported',
    'inc-ndjamena-1986',
    when('1986-02-17'),
    {
      incidentId: 'libyan-tu22-ndjamena-airport-1986-02-17',
      kind: 'airstrike',
      perpetrator: 'libya',
      allegedBy: 'france',
      against: 'chad',
      place: P.ndjamena,
      description:
        'A Libyan Tupolev-22 bombs N’Djamena airport at about 7 a.m.; France reports minimal damage and no one hurt. Libya’s news agency credits the rebels’ "air force" and denies Libyan involvement.',
    },
    [graded(S.chi860218, 3)],
  ),
  ev(
    'StatementMade',
    'stmt-chad-annex-1986',
    when('1986-02-17'),
    {
      speaker: CHAD_GOV,
      audience: 'libya',
      tone: 'accusation',
      summary: 'Chad’s foreign ministry calls the bombing an escalation of Libyan aggression.',
      quote:
        'The ambition of Khadafy does not stop at the 16th parallel, but the Tripoli regime wants to annihilate and annex the whole of Chad',
    },
    [S.chi860218],
  ),
  // ===== Late 1986: the GUNT turns on Libya =====
  ev(
    'IncidentReported',
    'inc-gunt-revolt',
    when('1986-10', 'month'),
    {
      incidentId: 'gunt-revolt-against-libya-1986-10',
      kind: 'clash',
      perpetrator: 'gunt',
      against: 'libya',
      place: P.tibesti,
      description:
        'About 2,000 of the 3,000 rebels of Goukouni Oueddei turn against their Libyan allies and drive them from some smaller posts in the Tibesti.',
    },
    [S.ss861221],
  ),
  ev(
    'ThirdPartyEngagement',
    'eng-us-aid',
    when('1986-12', 'month'),
    {
      actorId: 'united-states',
      counterparts: ['chad'],
      kind: 'support',
      summary: 'The United States gives Habré’s government $15 million in emergency aid late in 1986.',
    },
    [timeToyotas('1987-03-30')],
  ),
  ev(
    'IncidentReported',
    'inc-libya-tibesti',
    when('1986-12-20'),
    {
      incidentId: 'libyan-offensive-tibesti-1986-12-20',
      kind: 'clash',
      perpetrator: 'libya',
      against: 'gunt',
      place: P.tibesti,
      description:
        'Several thousand Libyan troops with tanks and warplanes launch a major attack on the Tibesti towns of Bardai, Wour and Zouar, held by the Chadian forces that rebelled against Libya (US officials).',
    },
    [S.ss861221],
  ),
  ev(
    'IncidentReported',
    'inc-zouar-dec',
    when('1986-12-20'),
    {
      incidentId: 'chad-claims-victory-zouar-1986-12-20',
      kind: 'clash',
      perpetrator: 'chad',
      allegedBy: 'chad',
      against: 'libya',
      place: P.zouar,
      fatalities: { min: 400, max: 400 },
      description:
        'The Chadian government claims a victory over the Libyan offensive at Zouar, with more than 400 Libyan troops killed; it charges Libya with using napalm and toxic gas in the Tibesti.',
    },
    [graded(S.ap870108, 3)],
  ),
  ev(
    'StatementMade',
    'stmt-chad-mobilization',
    when('1986-12-20'),
    {
      speaker: CHAD_RADIO,
      audience: 'libya',
      tone: 'accusation',
      summary:
        'Chad’s radio says the Libyan offensive is waged "with incredible violence" and calls for a general mobilisation; a column of government troops moves across the 16th parallel to help the rebels.',
    },
    [S.ss861221],
  ),
  // ===== January 1987: Fada =====
  ev(
    'IncidentReported',
    'inc-fada',
    when('1987-01-02'),
    {
      incidentId: 'chad-takes-fada-1987-01-02',
      kind: 'clash',
      perpetrator: 'chad',
      against: 'libya',
      place: P.fada,
      scale: 'major',
      fatalities: { min: 200, max: 784 },
      description:
        'A mobile column of Chad’s army captures the oasis town of Fada from its 1,000-man Libyan garrison after a fierce battle (announced on 3 January); US officials say Libya and its rebel allies lost several hundred dead (Wikipedia: 784), with dozens of T-55 tanks captured.',
    },
    [S.fof870109, graded(wpFada('1987-01-02'), 3)],
  ),
  ev(
    'IncidentReported',
    'inc-zouar-jan3',
    when('1987-01-03'),
    {
      incidentId: 'libyan-attack-zouar-1987-01-03',
      kind: 'clash',
      perpetrator: 'libya',
      allegedBy: 'chad',
      against: 'chad',
      place: P.zouar,
      description:
        'The Chadian government says it beat back a Libyan attack on Zouar, scene of attacks and counterattacks for three weeks.',
    },
    [graded(S.ap870108, 3)],
  ),
  ev(
    'IncidentReported',
    'inc-arada',
    when('1987-01-04'),
    {
      incidentId: 'libyan-mig-strike-arada-1987-01-04',
      kind: 'airstrike',
      perpetrator: 'libya',
      against: 'chad',
      place: P.arada,
      fatalities: { min: 1, max: 1 },
      civilianFatalities: { min: 1, max: 1 },
      injured: { min: 4, max: 4 },
      description:
        'Four Libyan MiG-23 fighter-bombers bomb the village of Arada in southern Chad, killing one Chadian and wounding four.',
    },
    [S.lat870108],
  ),
  ev(
    'IncidentReported',
    'inc-france-ouadi-doum-1987',
    when('1987-01-07'),
    {
      incidentId: 'french-strike-ouadi-doum-1987-01-07',
      kind: 'airstrike',
      perpetrator: 'france',
      against: 'libya',
      place: P.ouadiDoum,
      description:
        'About ten French jets strike the Libyan air base at Ouadi Doum, reportedly crippling its radar, in retaliation for Arada.',
    },
    [S.lat870108],
  ),
  ev(
    'IncidentReported',
    'inc-kouba-olanga-1987',
    when('1987-01-07'),
    {
      incidentId: 'libyan-strike-kouba-olanga-1987-01-07',
      kind: 'airstrike',
      perpetrator: 'libya',
      allegedBy: 'chad',
      against: 'chad',
      place: P.koubaOlanga,
      description:
        'Hours after the French raid, Libyan warplanes bomb a Chadian government post at Kouba Olanga, 40 miles south of the 16th parallel (Chad’s ambassador in Paris).',
    },
    [graded(S.lat870108, 3)],
  ),
  ev(
    'IncidentReported',
    'inc-zouar-jan8',
    when('1987-01-08'),
    {
      incidentId: 'libyan-bombardment-zouar-1987-01-08',
      kind: 'shelling',
      perpetrator: 'libya',
      allegedBy: 'chad',
      against: 'chad',
      place: P.zouar,
      description:
        'Chad says Libyan forces subjected Zouar to a "savage" bombardment early in the day; it does not say with what, nor mention warplanes; no casualties reported.',
    },
    [graded(S.ap870108, 3)],
  ),
  ev(
    'IncidentReported',
    'inc-raid-fada-jan16',
    when('1987-01-16'),
    {
      incidentId: 'libyan-raid-fada-1987-01-16',
      kind: 'airstrike',
      perpetrator: 'libya',
      allegedBy: 'chad',
      against: 'chad',
      place: P.fada,
      fatalities: { min: 1, max: 1 },
      civilianFatalities: { min: 1, max: 1 },
      injured: { min: 2, max: 2 },
      description:
        'Libyan warplanes bombard the Fada oasis, taken by the government on 2 January, killing a girl and seriously wounding two women (Chad radio).',
    },
    [graded(S.ap870116, 3)],
  ),
  ev(
    'IncidentReported',
    'inc-raid-wour-jan16',
    when('1987-01-16'),
    {
      incidentId: 'libyan-raid-wour-1987-01-16',
      kind: 'airstrike',
      perpetrator: 'libya',
      allegedBy: 'chad',
      against: 'chad',
      place: P.wour,
      description: 'Libyan planes attack the Tibesti outpost of Wour (Chad radio; no details).',
    },
    [graded(S.ap870116, 3)],
  ),
  ev(
    'IncidentReported',
    'inc-raid-zouar-jan16',
    when('1987-01-16'),
    {
      incidentId: 'libyan-raid-zouar-1987-01-16',
      kind: 'airstrike',
      perpetrator: 'libya',
      allegedBy: 'chad',
      against: 'chad',
      place: P.zouar,
      description: 'Libyan planes attack the Tibesti outpost of Zouar (Chad radio; no details).',
    },
    [graded(S.ap870116, 3)],
  ),
  ev(
    'ThirdPartyEngagement',
    'eng-epervier-reinforced',
    when('1987-02-06'),
    {
      actorId: 'france',
      counterparts: ['chad'],
      kind: 'support',
      summary:
        'Fearing new Libyan offensives in the north, France reinforces Opération Épervier from 1,400 to 2,200 men; Libya appears to be mobilising large forces.',
    },
    [univFeb87('1987-02-15')],
  ),
  ev(
    'IncidentReported',
    'inc-kouba-olanga-feb15',
    when('1987-02-15'),
    {
      incidentId: 'libyan-bomber-kouba-olanga-1987-02-15',
      kind: 'airstrike',
      perpetrator: 'libya',
      against: 'chad',
      place: P.koubaOlanga,
      description:
        'As clashes and skirmishes multiply in the north, a Libyan bomber raids Kouba Olanga, south of the 16th parallel.',
    },
    [univFeb87('1987-02-15')],
  ),
  ev(
    'IncidentReported',
    'inc-zouar-feb15',
    when('1987-02-15', 'approximate'),
    {
      incidentId: 'chad-claims-libyans-killed-zouar-1987-02-15',
      kind: 'clash',
      perpetrator: 'chad',
      allegedBy: 'chad',
      against: 'libya',
      place: P.zouar,
      fatalities: { min: 23, max: 23 },
      description:
        'Chad’s army announces it killed 23 Libyan soldiers and destroyed three Soviet-made tanks in the Zouar region.',
    },
    [graded(univFeb87('1987-02-15'), 3)],
  ),
  // ===== March 1987: Ouadi Doum, Faya-Largeau, the retreat =====
  ev(
    'IncidentReported',
    'inc-ouadi-doum-battle',
    when('1987-03-22'),
    {
      incidentId: 'chad-takes-ouadi-doum-1987-03-22',
      kind: 'clash',
      perpetrator: 'chad',
      against: 'libya',
      place: P.ouadiDoum,
      scale: 'major',
      fatalities: { min: 1269, max: 1269 },
      description:
        'Chad’s army overruns Libya’s air base at Ouadi Doum, held by some 5,000 Libyans, in a two-hour "violent battle" on Sunday evening (confirmed by the French defence ministry); Chad says 1,269 Libyans were killed and 438 taken prisoner, with 29 of its own dead.',
    },
    [S.lat870323, S.ap870325],
  ),
  ev(
    'IncidentReported',
    'inc-zouar-convoy',
    when('1987-03-27'),
    {
      incidentId: 'chad-intercepts-libyan-convoy-zouar-1987-03-27',
      kind: 'clash',
      perpetrator: 'chad',
      against: 'libya',
      place: P.zouar,
      scale: 'major',
      fatalities: { min: 88, max: 88 },
      description:
        'Chadian troops intercept a convoy of 300 Libyan vehicles fleeing north from Faya-Largeau; in the ensuing battle southeast of Zouar they kill 88 Libyans and take 14 prisoner (Chad’s high command).',
    },
    [graded(S.lat870329, 3)],
  ),
  ev(
    'IncidentReported',
    'inc-withdrawal-north',
    when('1987-03-27'),
    {
      incidentId: 'libya-retreats-from-northern-chad-1987-03-27',
      kind: 'withdrawal',
      perpetrator: 'libya',
      against: 'chad',
      place: P.north,
      description:
        'The Libyans abandon Faya-Largeau, their last stronghold in northern Chad, which the Chadian army takes the same day; some 3,000 Libyans retreat north, and the Libyan troops driven from the rest of northern Chad fall back to the Aouzou Strip.',
    },
    [S.lat870329, S.ap870814],
  ),
  ev(
    'IncidentReported',
    'inc-bombing-ouadi-doum-1987-03',
    when('1987-03-28'),
    {
      incidentId: 'libyan-bombing-ouadi-doum-1987-03-28',
      kind: 'airstrike',
      perpetrator: 'libya',
      allegedBy: 'chad',
      against: 'chad',
      place: P.ouadiDoum,
      description:
        'After the fall of Faya-Largeau Libyan warplanes bomb the former Libyan base at Ouadi Doum, now held by Chad, and the garrison of Fada; the bombing continues on Saturday (Chad radio).',
    },
    [graded(S.lat870329, 3)],
  ),
  ev(
    'StatementMade',
    'stmt-gaddafi-continue',
    when('1987-03-28', 'approximate'),
    {
      speaker: GADDAFI,
      audience: 'chad',
      tone: 'military-threat',
      summary:
        'Gaddafi says on Libyan television that hostilities in Chad will continue as long as French forces remain and until two rebel leaders join the N’Djamena government.',
      quote:
        'As long as this movement continues to fight for the liberation of Chad we will continue to stand by its side with all force and firmness, whatever the battles, however long the conflict',
    },
    [S.lat870329],
  ),
  ev(
    'StatementMade',
    'stmt-habre-ready-to-talk',
    when('1987-04-04'),
    {
      speaker: HABRE,
      audience: 'libya',
      tone: 'conciliatory',
      summary:
        'Habré, celebrating the victory with President Mobutu, says Chad is ready at any moment for peace talks with Libya, but will not let Gaddafi occupy Chadian territory; the Libyans still hold large parts of Chad in the Tibesti and still bomb their lost bases, he says.',
      quote:
        'Chad wants peace. If the Libyan regime wants to open a dialogue with us in order to find a peaceful solution to the conflict, we are ready at any moment',
    },
    [S.lat870405],
  ),
  ev(
    'StatementMade',
    'stmt-libya-aouzou-indivisible',
    when('1987-04-12'),
    {
      speaker: LIBYA_GOV,
      audience: 'chad',
      tone: 'critical',
      summary:
        'Libya’s People’s Committee for Foreign Liaison says the Aouzou Strip is an indivisible part of Libyan Arab land, not open to negotiation (Reuters).',
    },
    [latTopic('1987-04-13')],
  ),
  // ===== August 1987: the fighting for Aouzou =====
  ev(
    'IncidentReported',
    'inc-bardai-aug',
    when('1987-08-08'),
    {
      incidentId: 'libyan-advance-bardai-blunted-1987-08-08',
      kind: 'clash',
      perpetrator: 'libya',
      allegedBy: 'chad',
      against: 'chad',
      place: P.bardai,
      description:
        'Chad’s forces blunt a Libyan advance on Chadian positions near Bardai, in the Tibesti (N’Djamena radio).',
    },
    [graded(S.lat870809, 3)],
  ),
  ev(
    'IncidentReported',
    'inc-aouzou-taken',
    when('1987-08-08'),
    {
      incidentId: 'chad-takes-aouzou-1987-08-08',
      kind: 'clash',
      perpetrator: 'chad',
      against: 'libya',
      place: P.aouzou,
      scale: 'major',
      description:
        'Chad carries its offensive into the Aouzou Strip and takes the town of Aouzou, its administrative centre, in another battle in which the Libyans suffer severe losses; Chad says the "barbaric troops of Tripoli" suffer "total defeat on Chadian soil".',
    },
    [S.lat870809, liqOffensive('1987-08-08'), timeAug('1987-08-15')],
  ),
  ev(
    'IncidentReported',
    'inc-aouzou-bombed-9',
    when('1987-08-09'),
    {
      incidentId: 'libyan-bombing-aouzou-1987-08-09',
      kind: 'airstrike',
      perpetrator: 'libya',
      allegedBy: 'chad',
      against: 'chad',
      place: P.aouzou,
      description:
        'Libyan jets bomb Chadian troop positions at Aouzou and in the Tibesti, the first day of raids in retaliation for the loss of the town.',
    },
    [graded(S.os870811, 3)],
  ),
  ev(
    'IncidentReported',
    'inc-aouzou-bombed-10',
    when('1987-08-10'),
    {
      incidentId: 'libyan-bombing-aouzou-1987-08-10',
      kind: 'airstrike',
      perpetrator: 'libya',
      allegedBy: 'chad',
      against: 'chad',
      place: P.aouzou,
      description:
        'For a second day Libyan jets drop napalm and fragmentation bombs on Aouzou and other Chadian positions; Chad radio says civilians were bombed as far south as Faya-Largeau.',
    },
    [graded(S.os870811, 3)],
  ),
  ev(
    'StatementMade',
    'stmt-mitterrand-no-air-cover',
    when('1987-08-10'),
    {
      speaker: MITTERRAND,
      audience: 'chad',
      tone: 'neutral',
      summary:
        'Mitterrand rejects Chad’s appeal for French air cover north of the 16th parallel; France calls for mediation of the claims to the strip.',
    },
    [S.os870811, liqOffensive('1987-08-10')],
  ),
  ev(
    'StatementMade',
    'stmt-lassou-lome',
    when('1987-08-13'),
    {
      speaker: LASSOU,
      audience: 'libya',
      tone: 'conciliatory',
      summary:
        'In Lomé, Chad’s foreign minister says Habré is ready to meet Gaddafi at any time to end the fighting, but Chad’s border is not a matter for discussion.',
      quote:
        'The liberation of our Aouzou territory does not keep us from following our good-neighbor policy with Libya, a brother country',
    },
    [S.ap870814],
  ),
  ev(
    'StatementMade',
    'stmt-houderi-drive-them',
    when('1987-08-13', 'approximate'),
    {
      speaker: HOUDERI,
      audience: 'chad',
      tone: 'military-threat',
      summary:
        'Libya’s ambassador in Paris confirms the daily Libyan bombing of Aouzou and the towns to its south and says Libya will drive the Chadians out; Libya would welcome mediation that does not address ownership of the strip, "which is Libyan".',
      quote: 'We are going to drive them from Aouzou. We are attacking the places from which their reinforcements come',
    },
    [S.ap870814],
  ),
  ev(
    'IncidentReported',
    'inc-aouzou-bombed-13',
    when('1987-08-13'),
    {
      incidentId: 'libyan-bombing-aouzou-1987-08-13',
      kind: 'airstrike',
      perpetrator: 'libya',
      allegedBy: 'chad',
      against: 'chad',
      place: P.aouzou,
      description:
        'Overnight Libyan bombing leaves part of the town of Aouzou "totally burned" (Chad’s army headquarters).',
    },
    [graded(S.ap870814, 3)],
  ),
  ev(
    'StatementMade',
    'stmt-gaddafi-colonial-aggression',
    when('1987-08-15', 'approximate'),
    {
      speaker: GADDAFI,
      audience: 'chad',
      tone: 'accusation',
      summary:
        'Gaddafi denounces the "colonial aggression" of Habré, backed by France and the United States, and sends waves of Tupolev bombers against Chadian villages and troops.',
    },
    [timeAug('1987-08-15')],
  ),
  ev(
    'IncidentReported',
    'inc-aouzou-retaken',
    when('1987-08-28'),
    {
      incidentId: 'libya-retakes-aouzou-1987-08-28',
      kind: 'clash',
      perpetrator: 'libya',
      against: 'chad',
      place: P.aouzou,
      scale: 'major',
      fatalities: { min: 25, max: 460 },
      injured: { min: 877, max: 877 },
      description:
        'After two failed attempts, Libyan forces attack Aouzou first from the air, then on the ground in a two-hour battle, and drive out the 400 Chadian soldiers; Libya says 460 Chadians were killed and 877 wounded, with 10 Libyans dead, while journalists taken there saw 25 to 30 bodies. Chad denies the loss and says extraordinarily violent fighting continues.',
    },
    [graded(S.lat870829, 3), graded(S.ap870829, 3), S.os870831],
  ),
  ev(
    'StatementMade',
    'stmt-jana-occupy-aouzou',
    when('1987-08-28'),
    {
      speaker: JANA,
      audience: 'chad',
      tone: 'threat',
      summary:
        'Libya’s news agency says the army was ordered to occupy Aouzou after all political and diplomatic solutions failed, and now controls it completely.',
      quote: 'After all political and diplomatic solutions failed, Libyan troops were ordered to occupy Aozou',
    },
    [S.lat870829],
  ),
  ev(
    'IncidentReported',
    'inc-aouzou-bombed-30',
    when('1987-08-30'),
    {
      incidentId: 'libyan-bombing-aouzou-region-1987-08-30',
      kind: 'airstrike',
      perpetrator: 'libya',
      allegedBy: 'chad',
      against: 'chad',
      place: P.aouzou,
      description:
        'Chad says its troops still hold positions around Aouzou and that Libyan fighters bombard the Aouzou region and towns further south, including Faya-Largeau.',
    },
    [graded(S.os870831, 3)],
  ),
  // ===== September 1987: Ounianga Kebir, Maaten al-Sarra, the last raids =====
  ev(
    'IncidentReported',
    'inc-ounianga-offensive',
    when('1987-09-05', 'approximate'),
    {
      incidentId: 'libyan-offensive-ounianga-kebir-1987-09',
      kind: 'clash',
      perpetrator: 'libya',
      against: 'chad',
      place: P.ouniangaKebir,
      scale: 'major',
      description:
        'Chadian troops repulse a Libyan ground offensive against the town of Ounianga Kebir, 130 miles south of the border, and pursue the Libyans north toward it.',
    },
    [S.lat870906, S.ss870907],
  ),
  ev(
    'IncidentReported',
    'inc-maaten-raid',
    when('1987-09-05'),
    {
      incidentId: 'chad-raid-maaten-al-sarra-1987-09-05',
      kind: 'clash',
      perpetrator: 'chad',
      against: 'libya',
      place: P.maaten,
      scale: 'major',
      fatalities: { min: 1000, max: 1713 },
      description:
        'Some 2,000 Chadian troops drive 60 miles into Libya and overrun the air base of Maaten al-Sarra, used for bombing missions in Chad — the first Chadian attack on Libyan soil; Chad claims 1,713 Libyans killed and 26 aircraft and 70 tanks destroyed. Libya’s news agency acknowledges an attack on a "civilian" airport.',
    },
    [S.lat870906, S.ss870907, graded(wpMaaten('1987-09-05'), 3)],
  ),
  ev(
    'IncidentReported',
    'inc-maaten-bombed',
    when('1987-09-06'),
    {
      incidentId: 'libyan-bombing-maaten-al-sarra-1987-09-06',
      kind: 'airstrike',
      perpetrator: 'libya',
      allegedBy: 'chad',
      against: 'chad',
      place: P.maaten,
      description:
        'Libya’s air force bombs the base at Maaten al-Sarra, held by the Chadian raiders, who demolish it before withdrawing to Chad (Chad’s ambassador in Paris).',
    },
    [graded(S.ss870907, 3)],
  ),
  ev(
    'IncidentReported',
    'inc-ndjamena-1987',
    when('1987-09-07'),
    {
      incidentId: 'libyan-raid-ndjamena-1987-09-07',
      kind: 'airstrike',
      perpetrator: 'libya',
      against: 'chad',
      place: P.ndjamena,
      description:
        'Libyan Tupolev-22 bombers raid N’Djamena in retaliation for Maaten al-Sarra; one is shot down by French troops, another flees.',
    },
    [latTopic('1987-09-08'), timeToyotas('1987-09-08')],
  ),
  ev(
    'IncidentReported',
    'inc-hawk',
    when('1987-09-07'),
    {
      incidentId: 'french-hawk-downs-libyan-bomber-1987-09-07',
      kind: 'clash',
      perpetrator: 'france',
      against: 'libya',
      place: P.ndjamena,
      description: 'French troops in N’Djamena shoot down a Libyan Tu-22 bomber with a US-made Hawk missile.',
    },
    [latTopic('1987-09-08'), timeToyotas('1987-09-08')],
  ),
  ev(
    'IncidentReported',
    'inc-abeche',
    when('1987-09-07'),
    {
      incidentId: 'libyan-raid-abeche-1987-09-07',
      kind: 'airstrike',
      perpetrator: 'libya',
      against: 'chad',
      place: P.abeche,
      fatalities: { min: 2, max: 2 },
      civilianFatalities: { min: 2, max: 2 },
      description:
        'Two other Tupolevs strike the town of Abeche, 400 miles east of N’Djamena, missing the airstrip and killing two civilians.',
    },
    [timeToyotas('1987-09-08')],
  ),
  ev(
    'StatementMade',
    'stmt-jana-franco-american',
    when('1987-09-08', 'approximate'),
    {
      speaker: JANA,
      audience: 'france',
      tone: 'accusation',
      summary:
        'Libya calls the raid a "combined Franco-American military action" and says Washington and Paris are behind the aggression against Libya.',
    },
    [timeToyotas('1987-09-08')],
  ),
  ev(
    'MediationAction',
    'med-kaunda-truce',
    when('1987-09-09'),
    {
      mediator: 'oau',
      action: 'proposed',
      summary: 'Kenneth Kaunda, chairman of the OAU, begins negotiating a truce between Chad and Libya.',
    },
    [S.lat870912],
  ),
  ev(
    'IncidentReported',
    'inc-raid-fada-sep',
    when('1987-09-10'),
    {
      incidentId: 'libyan-raid-fada-1987-09-10',
      kind: 'airstrike',
      perpetrator: 'libya',
      allegedBy: 'chad',
      against: 'chad',
      place: P.fada,
      description: 'Libyan warplanes bomb the town of Fada.',
    },
    [graded(S.lat870911, 3)],
  ),
  ev(
    'IncidentReported',
    'inc-raid-ouadi-doum-sep',
    when('1987-09-10'),
    {
      incidentId: 'libyan-raid-ouadi-doum-1987-09-10',
      kind: 'airstrike',
      perpetrator: 'libya',
      allegedBy: 'chad',
      against: 'chad',
      place: P.ouadiDoum,
      description: 'Libyan warplanes bomb the base of Ouadi Doum.',
    },
    [graded(S.lat870911, 3)],
  ),
  ev(
    'IncidentReported',
    'inc-raid-faya-sep',
    when('1987-09-10'),
    {
      incidentId: 'libyan-raid-faya-largeau-1987-09-10',
      kind: 'airstrike',
      perpetrator: 'libya',
      allegedBy: 'chad',
      against: 'chad',
      place: P.faya,
      fatalities: { min: 13, max: 13 },
      description:
        'Libyan warplanes bomb the oasis of Faya-Largeau; Chad’s embassy in Paris says more than a dozen people were killed.',
    },
    [graded(S.lat870911, 3)],
  ),
  ev(
    'IncidentReported',
    'inc-raid-wour',
    when('1987-09-11'),
    {
      incidentId: 'libyan-raid-wour-1987-09-11',
      kind: 'airstrike',
      perpetrator: 'libya',
      allegedBy: 'chad',
      against: 'chad',
      place: P.wour,
      description:
        'On the morning before the truce, Libyan aircraft raid Wour in northwestern Chad (Chad radio); Libya says its last bombing run ended 15 minutes before the deadline.',
    },
    [graded(S.lat870912, 3)],
  ),
  ev(
    'IncidentReported',
    'inc-raid-ounianga',
    when('1987-09-11'),
    {
      incidentId: 'libyan-raid-ounianga-kebir-1987-09-11',
      kind: 'airstrike',
      perpetrator: 'libya',
      allegedBy: 'chad',
      against: 'chad',
      place: P.ouniangaKebir,
      description: 'On the morning before the truce, Libyan aircraft raid Ounianga Kebir (Chad radio).',
    },
    [graded(S.lat870912, 3)],
  ),
  // ===== 11 September 1987: the OAU truce =====
  ev(
    'AgreementReached',
    'agr-truce',
    when('1987-09-11T11:00:00Z'),
    {
      agreementId: A.truce,
      kind: 'ceasefire',
      provisions: [
        'A ceasefire between Chad and Libya from midday on 11 September 1987, sponsored by the OAU',
        'Libya to stop its air raids against Chad at noon',
        'The dispute over the Aouzou Strip left to the OAU committee’s mediation',
      ],
      signatories: ['chad', 'libya'],
      textPublic: false,
    },
    [S.lat870911, S.lat870912],
    { occurrence: O.truce },
  ),
  ev(
    'CeasefireDeclared',
    'cf-truce',
    when('1987-09-11T11:00:00Z'),
    {
      ceasefireId: CF.truce,
      parties: ['chad', 'libya'],
      duration: 'indefinite',
      mediatedBy: ['oau'],
    },
    [S.lat870911, S.lat870912],
    { occurrence: O.truce, note: 'Midday local time; recorded at 11:00 UTC (noon in N’Djamena).' },
  ),
  ev(
    'StatementMade',
    'stmt-chad-vigilant',
    when('1987-09-11'),
    {
      speaker: CHAD_GOV,
      audience: 'libya',
      tone: 'critical',
      summary:
        'Chad accepts the ceasefire but says it does not mean agreement on the ownership of the Aouzou region; it calls on Chadians to remain vigilant and mobilised and asks for an immediate meeting of the OAU committee.',
    },
    [S.lat870911],
  ),
  ev(
    'StatementMade',
    'stmt-libya-truce',
    when('1987-09-11'),
    {
      speaker: LIBYA_GOV,
      audience: 'chad',
      tone: 'conciliatory',
      summary:
        'Libyan radio says Tripoli will observe the truce and hopes it will put an end to Chadian suffering and help find a solution under the aegis of the OAU.',
    },
    [S.lat870911],
  ),
  ev(
    'CeasefireViolationReported',
    'cfv-bardai',
    when('1987-09-11T14:00:00Z', 'approximate'),
    {
      ceasefireId: CF.truce,
      allegedBy: 'chad',
      against: 'libya',
      description:
        'Chadian radio reports Libyan aircraft returning in the afternoon to bomb Bardai; Libya says its planes struck only in the morning.',
    },
    [graded(S.lat870912, 3)],
  ),
  // ===== The OAU committee in Lusaka =====
  ev(
    'TalksRoundOpened',
    'round-lusaka-opened',
    when('1987-09-23', 'approximate'),
    {
      roundId: R.lusaka,
      label: 'OAU ad hoc committee on the Chad–Libya dispute, Lusaka',
      format: 'formal',
      venue: 'Lusaka',
      hosts: ['oau'],
      delegations: [
        { actorId: 'chad', head: HABRE },
        { actorId: 'libya', head: AZZOUZ },
      ],
    },
    [S.press870925],
    {
      note: 'The first time Libya attended a session of the six-nation committee since it first met in 1977; Gaddafi stayed away.',
    },
  ),
  ev(
    'MediationAction',
    'med-nigeria-observers',
    when('1987-09-23', 'approximate'),
    {
      mediator: 'oau',
      action: 'proposed',
      summary:
        'Nigeria, a member of the committee, proposes an OAU observer force to keep the ceasefire in the Aouzou Strip and that the dispute be taken to the International Court of Justice.',
    },
    [S.press870925],
  ),
  ev(
    'TalksRoundConcluded',
    'round-lusaka-concluded',
    when('1987-09-24', 'approximate'),
    {
      roundId: R.lusaka,
      outcome: 'progress',
      summary:
        'Chad and Libya reaffirm their rival claims to the strip but agree to an independent study of the dispute; the committee urges them to keep the ceasefire, and both indicate they will.',
      nextSteps:
        'Legal experts and map makers to meet in Gabon in December on the historical and legal aspects of the claims.',
    },
    [S.lat870925, S.press870925],
  ),
  ev(
    'StatementMade',
    'stmt-kaunda-lusaka',
    when('1987-09-24', 'approximate'),
    {
      speaker: KAUNDA,
      audience: 'chad',
      tone: 'conciliatory',
      summary:
        'Kaunda, who persuaded the two delegations to sit at the same table, hails their presence as an achievement in itself.',
    },
    [S.press870925],
  ),
  // ===== November 1987: the first skirmish since the truce =====
  ev(
    'IncidentReported',
    'inc-darfur-skirmish',
    when('1987-11-23'),
    {
      incidentId: 'libyan-column-clash-sudan-border-1987-11-23',
      kind: 'clash',
      perpetrator: 'libya',
      allegedBy: 'chad',
      against: 'chad',
      place: P.darfurBorder,
      fatalities: { min: 5, max: 5 },
      description:
        'Chad says its troops clashed with a Libyan column that tried to enter Chad from Sudan’s Darfur province, killing five Libyan soldiers.',
    },
    [S.lat871125],
    { occurrence: O.skirmish },
  ),
  ev(
    'CeasefireViolationReported',
    'cfv-darfur-skirmish',
    when('1987-11-23'),
    {
      ceasefireId: CF.truce,
      allegedBy: 'chad',
      against: 'libya',
      casualties: { min: 5, max: 5 },
      description:
        'The first reported skirmish since the ceasefire of 11 September: a Libyan column crossing from Darfur, five Libyan soldiers killed (Chad radio).',
    },
    [S.lat871125],
    { occurrence: O.skirmish },
  ),
  // ===== 1988: recognition and relations =====
  ev(
    'ActorRegistered',
    'actor-gabon',
    when('1988-05-24'),
    { actor: GABON, role: 'mediator' },
    [graded(bescond('1988-05-25'), 3)],
    { note: 'President Omar Bongo reports for the OAU ad hoc committee on the Aouzou Strip.' },
  ),
  ev(
    'StatementMade',
    'stmt-azzouz-pows',
    when('1988-05-24'),
    {
      speaker: AZZOUZ,
      audience: 'chad',
      tone: 'accusation',
      summary:
        'Before the ad hoc committee meets in Addis Ababa, Libya’s foreign minister says Gaddafi will not attend, citing Chad’s breach of the Geneva conventions on prisoners of war and "material and moral pressures" on the some 2,000 Libyan prisoners.',
    },
    [graded(bescond('1988-05-25'), 3)],
  ),
  ev(
    'StatementMade',
    'stmt-gaddafi-gift',
    when('1988-05-25'),
    {
      speaker: GADDAFI,
      audience: 'chad',
      tone: 'conciliatory',
      summary:
        'As the OAU celebrates its 25th anniversary in Addis Ababa, Gaddafi announces from Tripoli, "as a gift to Africa", a definitive end to the war in Chad and recognition of the N’Djamena government; he promises to free all prisoners of war held in Libya and offers to help rebuild Chad.',
      quote: 'A gift to Africa',
    },
    [univSummit('1988-05-28'), bescond('1988-05-25')],
  ),
  ev(
    'StatementMade',
    'stmt-habre-cautious',
    when('1988-05-26', 'approximate'),
    {
      speaker: HABRE,
      audience: 'libya',
      tone: 'neutral',
      summary:
        'At the OAU summit in Addis Ababa (26–28 May), where Gaddafi’s proposals are at the centre of the talks, Habré reacts with caution.',
    },
    [univSummit('1988-05-28')],
  ),
  ev('ActorRegistered', 'actor-togo', when('1988-10-03'), { actor: TOGO, role: 'mediator' }, [S.des881004]),
  ev(
    'AgreementReached',
    'agr-relations',
    when('1988-10-03'),
    {
      agreementId: A.relations,
      kind: 'partial',
      provisions: [
        'Diplomatic relations restored, effective immediately',
        'Full diplomatic missions in each other’s capitals by the end of October',
        'The ceasefire of 11 September 1987 to be scrupulously respected',
        'The land dispute to be settled peacefully, respecting the UN and OAU charters',
      ],
      signatories: ['chad', 'libya'],
      textPublic: true,
    },
    [S.lat881004, S.des881004, univRelations('1988-10-03')],
    {
      note: 'Mediated by Togo’s President Eyadéma (AP); Gabon’s Bongo and Tunisia’s Ben Ali had offered their good offices. The statement does not mention the Aouzou Strip.',
    },
  ),
  ev(
    'StatementMade',
    'stmt-france-satisfaction',
    when('1988-10-03'),
    {
      speaker: { name: 'Government of France', actorId: 'france' },
      audience: 'chad',
      tone: 'conciliatory',
      summary:
        'France expresses its satisfaction at the restoration of relations, as do the presidents of Tunisia and Gabon.',
    },
    [univRelations('1988-10-03')],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'chad-libya-1987.jsonl',
  logEnd: '2026-12-07T12:00:00Z',
  events,
};

export default definition;
