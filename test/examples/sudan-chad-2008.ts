/**
 * A test fixture, not a shipped example: Sudan and Chad from the rebel assault
 * on N'Djamena (2–3 February 2008) to the joint border force and Chad turning
 * away JEM's leader (May 2010), as an analyst following the news could have
 * recorded it — the Dakar Agreement signed by Déby and Bashir (13 March 2008)
 * and its Contact Group, JEM's attack on Omdurman (10 May 2008) and Sudan
 * breaking off relations (11 May), Chad closing the border (12 May), the
 * ambassadors exchanged (9 November 2008), the Doha agreement (3 May 2009) and
 * the rebel offensive at Am Dam days later, Chad's air raids inside West
 * Darfur (15 May and 16 July 2009), the N'Djamena accord (15 January 2010),
 * Déby's visit to Khartoum (8–9 February 2010) and the border reopened (10
 * April 2010). Escalation model v2 was never tuned on it:
 * sudan-chad-2008.spec.ts holds it to the calls an analyst makes from
 * DOMAIN.md §5b alone.
 *
 * The parties are the two governments (Sudan: Bashir's government and the
 * SAF; Chad: Déby's government and the ANT). The Chadian rebel alliances
 * (UFDD, RFC, UFDD-F; from 2009 the UFR) and Darfur's JEM are third parties:
 * their attacks are theirs (`perpetrator`), and a government holding the
 * other responsible is `blamedOn` — coercion between the pair, not armed
 * action. Armed action between the pair is what a source reports of a
 * government's own forces: Chad's account of Sudanese aircraft at Adré (3
 * February 2008), Sudan's of Chadian helicopters in West Darfur (2 April
 * 2008), and Chad's air raids in West Darfur (May and July 2009). Libya,
 * Senegal, Qatar and the Dakar Contact Group mediate.
 *
 * Built and checked with the shipped cases' builder (examples/case-builder.ts):
 * every event replays through `decide` and cites a dated, graded public source.
 *
 * Grading as in examples/README.md: B = established outlet or wire copy
 * (Reuters, AFP, AP, BBC, Al Jazeera, VOA, the Washington Post, The Irish Times,
 * Mail & Guardian's wire copy), C = smaller or regional outlet, blog or
 * mirror copy of a wire story (Sudan Tribune, Sudanese Online, News Sniffer,
 * StrategyPage, Pambazuka, Città Nuova); 1 = an on-record statement or act
 * confirmed by the actor itself; 2 = several outlets agree or one established
 * outlet reports it; 3 = one side's unverified claim about the other.
 *
 * Judgement calls, recorded as an analyst would:
 * - The assault on N'Djamena is the rebels' (UFDD, UFDD-F, RFC), blamed on
 *   Sudan by Chad. Chad's account that Sudanese helicopters and Antonov
 *   bombers backed the rebels at Adré on 3 February (a Chadian official to
 *   the Washington Post; General Nassour's "declaration of war" to AP) is
 *   recorded besides as Sudan's air action at Adré, alleged by Chad, graded 3:
 *   one side's unverified claim, denied by Khartoum. No toll is reported for it.
 * - Sudan's account of Chadian helicopters firing rockets at its positions
 *   south-east of Beida and at Um Tajok (2 April 2008) is one raid, recorded
 *   once, at one place ("Beida area, West Darfur"), graded 3 (N'Djamena denies).
 * - JEM's attack on Omdurman (10 May 2008) is JEM's, blamed on Chad by Sudan.
 *   Sudan's UN ambassador said Chadian officers were among the dead; no
 *   source confirms Chad's own forces fought, so it is not recorded as Chad's.
 *   No source found gives a toll on the day; none is recorded.
 * - Sudan breaking off relations and Bashir "reserving the right to retaliate"
 *   are one statement (threat of force, CAMEO 161 noted). The restoration of
 *   relations (9 November 2008) has no type of its own: it is the
 *   ambassadors' statements on arrival (conciliatory, CAMEO 064 noted).
 * - Chad's "hermetic closure" of the border (12 May 2008) is a border closed
 *   against Sudan. The sources of November 2008 and April 2010 say it stayed
 *   closed through the restoration of relations; the reopening is recorded on
 *   10 April 2010 ("opened Saturday", Adré's prefect to AFP on the 14th), by
 *   Chad, at the same place spelled the same way.
 * - The Doha agreement (3 May 2009) commits both "to refrain from the use of
 *   force" and to implement past accords; Qatar's minister calls it "the
 *   halting of hostilities". The two armies were not fighting each other: it
 *   is recorded as an agreement, not a ceasefire (as the Sudan – South Sudan
 *   case records the commitments of May 2012).
 * - Chad's air raids on Jebel Sindo (15 May 2009): Sudan's foreign ministry
 *   reports them, and N'Djamena speaks of "preventive action" against the
 *   rebels Sudan harbours (and later admits bombing rear bases in Darfur):
 *   graded 2. Sudan speaks of three raids in May; only the dated one is
 *   recorded. The raid on Umm Dukhun (16 July 2009) is Sudan's account alone
 *   (N'Djamena says it struck rebels, not Sudanese territory): graded 3.
 * - Sudan's account that Chadian forces reinforced JEM in its attack on Kornoi
 *   (North Darfur, 16 May 2009) is recorded as Chad's clash at Kornoi, alleged
 *   by Sudan, graded 3 (Chad did not comment), besides JEM's own attack (the
 *   same occurrence, blamed on Chad).
 * - The battle of Am Dam (7–8 May 2009, 247 dead by N'Djamena's count) is
 *   the UFR's fight with the ANT, blamed on Sudan: coercion between the pair,
 *   however many died.
 * - The joint border force deployed under the N'Djamena accord is recorded as
 *   the accord coming into force (AgreementStatusChanged `in-force`) when a
 *   source first reports it operating from El Geneina (14 April 2010).
 * - Chad turning away JEM's leader (19 May 2010) is recorded as what Chad's
 *   interior minister said (the catalogue has no type for an expulsion).
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'sudan-chad-2008';
const { ev, idOf } = caseKit(NEGOTIATION_ID, 'test-analyst', 2008);
/** A recordedAt on a day of any year of the case, UTC. */
const rec = (day: string, time: string): string => `${day}T${time}:00Z`;

const SUDAN: Actor = {
  id: 'sudan',
  name: 'Sudan',
  kind: 'state',
  aliases: ['Khartoum', 'SAF', 'Sudanese Armed Forces', 'Omar al-Bashir'],
};
const CHAD: Actor = {
  id: 'chad',
  name: 'Chad',
  kind: 'state',
  aliases: ["N'Djamena", 'Ndjamena', 'ANT', 'Armée nationale tchadienne', 'Idriss Déby'],
};
const SENEGAL: Actor = { id: 'senegal', name: 'Senegal', kind: 'state', aliases: ['Dakar', 'Abdoulaye Wade'] };
const LIBYA: Actor = { id: 'libya', name: 'Libya', kind: 'state', aliases: ['Tripoli', 'Muammar Gaddafi'] };
const QATAR: Actor = { id: 'qatar', name: 'Qatar', kind: 'state', aliases: ['Doha'] };
const CONTACT_GROUP: Actor = {
  id: 'dakar-contact-group',
  name: 'Dakar Agreement Contact Group',
  kind: 'mediator',
  aliases: ['Contact Group', 'Libya, Congo, Senegal, Gabon, Eritrea'],
};
const CHADIAN_REBELS: Actor = {
  id: 'chadian-rebels',
  name: 'Chadian rebel alliances (UFDD, UFDD-F, RFC; from 2009 the UFR)',
  kind: 'armed-group',
  aliases: ['UFDD', 'RFC', 'UFDD-F', 'National Alliance', 'UFR', 'Union of Forces of Resistance', 'Mahamat Nouri'],
};
const JEM: Actor = {
  id: 'jem',
  name: 'Justice and Equality Movement',
  kind: 'armed-group',
  aliases: ['JEM', 'Khalil Ibrahim'],
};

const BASHIR: Person = { name: 'Omar al-Bashir', title: 'President of Sudan', actorId: 'sudan' };
const DEBY: Person = { name: 'Idriss Déby Itno', title: 'President of Chad', actorId: 'chad' };
const ALLAM_MI: Person = { name: 'Ahmat Allam-Mi', title: 'Foreign Minister of Chad', actorId: 'chad' };
const NASSOUR: Person = {
  name: 'Mahamat Ali Abdallah Nassour',
  title: 'General, Chadian Minister of Defence',
  actorId: 'chad',
};
const KASSIRE: Person = { name: 'Nouradine Delwa Kassiré Coumakoye', title: 'Prime Minister of Chad', actorId: 'chad' };
const HISSEIN: Person = {
  name: 'Mahamat Hissène',
  title: 'Chadian Minister of Communication, government spokesman',
  actorId: 'chad',
};
const BACHIR: Person = { name: 'Ahmat Mahamat Bachir', title: 'Interior Minister of Chad', actorId: 'chad' };
const ABDALHALEEM: Person = {
  name: 'Abdalmahmood Abdalhaleem Mohamad',
  title: "Sudan's Ambassador to the UN",
  actorId: 'sudan',
};
const AGHBASH: Person = { name: 'Osman Mohamed al-Aghbash', title: 'SAF spokesman', actorId: 'sudan' };
const YOUSSEF: Person = {
  name: 'Ali Youssef',
  title: 'Acting Undersecretary, Sudanese Ministry of Foreign Affairs',
  actorId: 'sudan',
};
const AL_SADIG: Person = { name: 'Ali al-Sadig', title: 'Sudanese Foreign Ministry spokesman', actorId: 'sudan' };
const SUDAN_ARMY: Person = { name: 'Senior SAF officers (Sudan Media Center)', actorId: 'sudan' };
const AL_SHEIKH: Person = { name: 'Abdalla al-Sheikh', title: "Sudan's Ambassador to Chad", actorId: 'sudan' };
const HAROUNE: Person = { name: 'Baharadine Haroune Ibrahim', title: "Chad's Ambassador to Sudan", actorId: 'chad' };
const ALOR: Person = { name: 'Deng Alor', title: 'Foreign Minister of Sudan', actorId: 'sudan' };
const FAKI: Person = { name: 'Moussa Faki Mahamat', title: 'Foreign Minister of Chad', actorId: 'chad' };

const S = {
  wpFeb4: source(
    "Rebels Press Attacks in Chad's Capital and East",
    'Washington Post',
    'http://www.washingtonpost.com/wp-dyn/content/article/2008/02/03/AR2008020300540.html',
    '2008-02-04',
    'B',
    2,
  ),
  apFeb4: source(
    "Rebels Say They've Left Chad's Capital",
    'Wilmington StarNews (AP)',
    'https://www.starnewsonline.com/story/news/2008/02/04/rebels-say-theyve-left-chads-capital/30339325007/',
    '2008-02-04',
    'B',
    2,
  ),
  france24Feb4: source(
    "Rebels 'pushed out' of N'Djamena",
    'France 24 (AFP)',
    'http://www.france24.com/en/20080204-rebels-pushed-out-ndjamena-chad',
    '2008-02-04',
    'B',
    2,
  ),
  ajFeb5: source(
    'Chadians flee as rebels pull back',
    'Al Jazeera',
    'https://www.aljazeera.com/news/2008/2/5/chadians-flee-as-rebels-pull-back',
    '2008-02-05',
    'B',
    2,
  ),
  stMar13: source(
    'Sudan, Chad agree to implement previous non-aggression deals',
    'Sudan Tribune (AFP)',
    'https://sudantribune.com/article26417',
    '2008-03-13',
    'C',
    2,
  ),
  voaMar14: source(
    'Chad, Sudan sign agreement in Dakar to end cross-border attacks',
    'Voice of America',
    'https://voa.pangea-cms.com/preview/en-US/a/a-13-2008-03-14-voa2/345089.html',
    '2008-03-14',
    'B',
    1,
  ),
  stMar15: source(
    'A group of contact to implement Sudan Chad agreement',
    'Sudan Tribune',
    'https://www.sudantribune.com/spip.php?article26374',
    '2008-03-15',
    'C',
    1,
  ),
  afpMar22: source(
    'Chad, Sudan trade accusations of violating Dakar deal',
    'Sudan Tribune (AFP)',
    'https://sudantribune.com/article26509',
    '2008-03-22',
    'C',
    2,
  ),
  irinMar26: source(
    'SUDAN-CHAD: Hopes for peace fade with fresh round of accusations',
    'GlobalSecurity.org (IRIN)',
    'https://www.globalsecurity.org/military/library/news/2008/03/mil-080326-irin03.htm',
    '2008-03-26',
    'C',
    1,
  ),
  reutersApr1: source(
    'Chad says Sudan broke peace pact',
    'elEconomista (Reuters)',
    'https://ecodiario.eleconomista.es/noticias/noticias/447942/04/08/Chad-says-Sudan-broke-peace-pact.html',
    '2008-04-01',
    'B',
    2,
  ),
  stApr2: source(
    'Sudan says Chadian helicopters attacked military positions in Darfur',
    'Sudan Tribune',
    'https://sudantribune.com/article26641',
    '2008-04-02',
    'C',
    3,
  ),
  mgApr9: source(
    "Rebel attack from Sudan 'imminent', says Chad",
    'Mail & Guardian (AFP)',
    'https://mg.co.za/article/2008-04-09-rebel-attack-from-sudan-imminent-says-chad/',
    '2008-04-09',
    'B',
    1,
  ),
  bbcMay11: source(
    'Sudan cuts Chad ties over attack',
    'BBC News',
    'http://news.bbc.co.uk/2/hi/africa/7394422.stm',
    '2008-05-11',
    'B',
    1,
  ),
  france24May11: source(
    'Sudan cuts diplomatic ties with Chad',
    'France 24 (AFP)',
    'http://www.france24.com/en/20080511-sudan-cuts-diplomatic-ties-with-chad-sudan-darfur',
    '2008-05-11',
    'B',
    1,
  ),
  apMay11: source(
    'Sudan Cuts Ties With Chad After Attack On Khartoum',
    'Fox News (AP)',
    'https://www.foxnews.com/story/sudan-cuts-ties-with-chad-after-attack-on-khartoum',
    '2008-05-11',
    'B',
    1,
  ),
  bbcMay12: source(
    'Chad closes its border with Sudan',
    'BBC News',
    'http://news.bbc.co.uk/2/hi/africa/7397412.stm',
    '2008-05-12',
    'B',
    1,
  ),
  apMay12: source(
    'Sudan closes border with Chad and halts trade',
    'NBC News (AP)',
    'https://www.nbcnews.com/id/wbna24556085',
    '2008-05-12',
    'B',
    1,
  ),
  reutersMay13: source(
    'Chad shuts border after Sudan cuts diplomatic ties',
    'Mail & Guardian (Reuters)',
    'https://mg.co.za/article/2008-05-13-chad-shuts-border-after-sudan-cuts-diplomatic-ties/',
    '2008-05-13',
    'B',
    1,
  ),
  bbcJun14: source(
    'Chadian rebels launch town attack',
    'BBC News',
    'http://news.bbc.co.uk/2/hi/africa/7454749.stm',
    '2008-06-14',
    'B',
    2,
  ),
  stJun14: source(
    'Rebels seize Chadian border town',
    'Sudan Tribune (AFP)',
    'https://sudantribune.com/article27510',
    '2008-06-14',
    'C',
    2,
  ),
  stJul17: source(
    'Sudan agrees to resume diplomatic relations with Chad',
    'Sudan Tribune (AP)',
    'https://sudantribune.com/article27889',
    '2008-07-17',
    'C',
    1,
  ),
  stAug9: source(
    'Sudan’s embassy in Chad to re-open next week',
    'Sudan Tribune',
    'https://sudantribune.com/article28170',
    '2008-08-09',
    'C',
    2,
  ),
  mgOct24: source(
    'Chad, Sudan move closer to restoring diplomatic ties',
    'Mail & Guardian (AFP)',
    'https://mg.co.za/article/2008-10-24-chad-sudan-move-closer-to-restoring-diplomatic-ties/',
    '2008-10-24',
    'B',
    1,
  ),
  reutersNov9: source(
    'Sudan, Chad swap ambassadors six months after rift',
    'Sudanese Online (Reuters)',
    'http://sudaneseonline.com/en2/publish/Latest_News_1/Sudan_Chad_swap_ambassadors_six_months_after_rift_printer.shtml',
    '2008-11-09',
    'C',
    1,
  ),
  bbcNov9: source(
    'Sudan and Chad restore relations',
    'News Sniffer (BBC News)',
    'https://newssniffer.co.uk/articles/171770/versions/315061',
    '2008-11-09',
    'C',
    1,
  ),
  stNov15: source(
    'Sudan and Chad to assess border patrols',
    'Sudan Tribune',
    'https://sudantribune.com/?p=29188',
    '2008-11-15',
    'C',
    1,
  ),
  reutersNov17: source(
    'Chad and Sudan plan deployment to secure border',
    'Sudanese Online (Reuters)',
    'http://sudaneseonline.com/en2/publish/Latest_News_1/Chad_and_Sudan_plan_deployment_to_secure_border_printer.shtml',
    '2008-11-17',
    'C',
    1,
  ),
  reutersMay4: source(
    'Chad and Sudan agree to halt attacks',
    'Reuters',
    'https://www.reuters.com/article/worldNews/idUKTRE54318620090504?edition-redirect=uk',
    '2009-05-04',
    'B',
    1,
  ),
  afpMay4: source(
    'Sudan and Chad agree to end feud',
    'Capital FM (AFP)',
    'https://www.capitalfm.co.ke/news/2009/05/sudan-and-chad-agree-to-end-feud/',
    '2009-05-04',
    'B',
    1,
  ),
  afpMay5: source(
    'Sudan accused of launching assault',
    'Capital FM (AFP)',
    'https://www.capitalfm.co.ke/news/2009/05/sudan-accused-of-launching-assault/',
    '2009-05-05',
    'B',
    2,
  ),
  afpMay9: source(
    'Sudan, Chad trade accusations of aiding rebels',
    'Mail & Guardian (AFP)',
    'https://mg.co.za/article/2009-05-09-sudan-chad-trade-accusations-of-aiding-rebels/',
    '2009-05-09',
    'B',
    1,
  ),
  strategypageMay16: source(
    'Chad: news of the day (May 2009)',
    'StrategyPage',
    'http://www.strategypage.com:80/qnd/chad/articles/20090516.aspx?comments=Y',
    '2009-05-16',
    'C',
    2,
  ),
  stMay16: source(
    'Chad carries out air strikes in Sudan’s Darfur - official',
    'Sudan Tribune',
    'https://www.sudantribune.com/spip.php?iframe&page=imprimable&id_article=31177',
    '2009-05-16',
    'C',
    2,
  ),
  reutersMay18: source(
    'Sudan accuses Chad of sending troops to aid rebels',
    'Taipei Times (Reuters)',
    'http://www.taipeitimes.com/News/world/archives/2009/05/20/2003444043',
    '2009-05-20',
    'B',
    3,
  ),
  stMay24: source(
    'Sudan says ready to normalize ties with Chad',
    'Sudan Tribune',
    'https://sudantribune.com/article31140',
    '2009-05-24',
    'C',
    1,
  ),
  afpJul17: source(
    'Sudan Accuses Chad of Launching Air Raids Over Darfur Region',
    'Pan-African News Wire (AFP)',
    'http://panafricannews.blogspot.com/2009/07/sudan-accuses-chad-of-launching-air.html',
    '2009-07-17',
    'C',
    3,
  ),
  reutersJul21: source(
    'Sudan refers Chad to UN over air raid accusation',
    'Trend (Reuters)',
    'https://en.trend.az/world/other/1508584.html',
    '2009-07-21',
    'B',
    1,
  ),
  cittanuovaJan25: source(
    'Ciad e Sudan verso la pace: accordo firmato il 15 gennaio',
    'Città Nuova',
    'https://cittanuova.it/ciad-e-sudan-verso-la-pace/?ms=003&se=020',
    '2010-01-25',
    'C',
    1,
  ),
  bbcFeb8: source(
    'Chad President Deby in Sudan talks on Darfur',
    'BBC News',
    'http://news.bbc.co.uk/2/hi/africa/8503720.stm',
    '2010-02-08',
    'B',
    1,
  ),
  afpFeb8: source(
    'Chad’s Déby in Sudan amid thaw in ties',
    'Mail & Guardian (AFP)',
    'https://mg.co.za/article/2010-02-08-chads-deacuteby-in-sudan-amid-thaw-ties/',
    '2010-02-08',
    'B',
    1,
  ),
  ajFeb9: source(
    "Chad's leader in Sudan to ease ties",
    'Al Jazeera',
    'http://www.aljazeera.com/news/africa/2010/02/20102910033222268.html',
    '2010-02-09',
    'B',
    1,
  ),
  stApr14: source(
    'Chad and Sudan reopen border',
    'Sudan Tribune (AFP)',
    'https://sudantribune.com/article34554',
    '2010-04-14',
    'C',
    1,
  ),
  pambazukaApr14: source(
    'Afrique : la frontière Tchad-Soudan rouverte',
    'Pambazuka News',
    'https://pambazuka.org/fr/governance/afrique-la-fronti%C3%A8re-tchad-soudan-rouverte',
    '2010-04-14',
    'C',
    2,
  ),
  reutersMay19: source(
    'Darfur rebel leader 19-hour standoff ends',
    'Reuters',
    'https://www.reuters.com/article/us-sudan-darfur/darfur-rebel-leader-19-hour-standoff-ends-idUSTRE64I6ZF20100519',
    '2010-05-19',
    'B',
    1,
  ),
  irishTimesMay20: source(
    'Chad turns Darfur rebel group away from airport',
    'The Irish Times',
    'https://irishtimes.com/news/chad-turns-darfur-rebel-group-away-from-airport-1.667433',
    '2010-05-20',
    'B',
    1,
  ),
};

/** One place, one spelling: the border Chad closed on 12 May 2008 and reopened on 10 April 2010. */
const BORDER = 'Chad – Sudan border';

const A = {
  dakar: 'dakar-agreement-2008-03-13',
  tripoli: 'tripoli-understanding-2008-10-23',
  doha: 'doha-agreement-2009-05-03',
  ndjamena: 'ndjamena-accord-2010-01-15',
} as const;
const R = {
  dakar: 'dakar-summit-2008-03-13',
  contactNdjamena: 'contact-group-ndjamena-2008-11-15',
  doha: 'doha-talks-2009-05',
  khartoum: 'deby-khartoum-visit-2010-02-08',
} as const;

const events = [
  // ===== February 2008: the assault on N'Djamena =====
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '2008-02-02', recordedAt: rec('2008-02-04', '09:00') },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Sudan – Chad: the proxy war and the Dakar, Doha and N’Djamena agreements (2008–10)',
      subject:
        'Each government’s backing of the other’s rebels (Chad’s UFDD, RFC and later UFR from Darfur; Sudan’s JEM from eastern Chad), the border, and the series of non-aggression accords meant to end it: Dakar (Senegal, with a Contact Group), Tripoli and Doha (Libya, Qatar), and the N’Djamena accord with a joint border force.',
      parties: [SUDAN, CHAD],
      mediators: [LIBYA, SENEGAL],
    },
    [S.wpFeb4],
  ),
  ev(
    'ActorRegistered',
    'actor-chadian-rebels',
    { occurredAt: '2008-02-02', recordedAt: rec('2008-02-04', '09:05') },
    { actor: CHADIAN_REBELS, role: 'third-party' },
    [S.wpFeb4],
    { note: 'Chadian armed opposition, based in Darfur; its attacks are its own, blamed on Sudan by N’Djamena.' },
  ),
  ev(
    'IncidentReported',
    'inc-ndjamena-assault',
    { occurredAt: '2008-02-02', recordedAt: rec('2008-02-04', '09:10') },
    {
      incidentId: 'ndjamena-assault-2008-02-02',
      kind: 'clash',
      perpetrator: 'chadian-rebels',
      allegedBy: 'chad',
      against: 'chad',
      blamedOn: 'sudan',
      place: "N'Djamena",
      description:
        'Some 2,000 rebels of the UFDD, UFDD-F and RFC enter the capital after a three-day advance and fight the ANT around the presidential palace for two days, with tanks and helicopter gunships in the streets; bodies in the streets, hundreds wounded; the rebels pull out on the night of the 3rd–4th. Chad and France accuse Sudan of masterminding the attempt; Sudan denies.',
    },
    [S.wpFeb4, S.apFeb4, S.france24Feb4],
  ),
  ev(
    'IncidentReported',
    'inc-adre-air',
    { occurredAt: '2008-02-03', recordedAt: rec('2008-02-04', '09:15') },
    {
      incidentId: 'adre-sudanese-air-2008-02-03',
      kind: 'airstrike',
      perpetrator: 'sudan',
      allegedBy: 'chad',
      against: 'chad',
      place: 'Adré',
      description:
        'A Chadian official in Adré says Sudanese helicopters and Antonov bombers helped the rebels attack government positions in the border town; General Nassour alleges Sudanese troops were involved. Sudan calls the allegations baseless.',
    },
    [graded(S.wpFeb4, 3), graded(S.apFeb4, 3)],
  ),
  ev(
    'StatementMade',
    'stmt-nassour-declaration-of-war',
    { occurredAt: '2008-02-03', recordedAt: rec('2008-02-04', '09:20') },
    {
      speaker: NASSOUR,
      audience: 'sudan',
      tone: 'accusation',
      summary:
        'Alleges Sudanese troops took part in the attacks and calls the attack on Adré "a declaration of war" from Sudan.',
      quote: 'a declaration of war',
    },
    [S.apFeb4, S.wpFeb4],
  ),
  ev(
    'StatementMade',
    'stmt-allam-mi-feb3',
    { occurredAt: '2008-02-03', recordedAt: rec('2008-02-04', '09:25') },
    {
      speaker: ALLAM_MI,
      audience: 'sudan',
      tone: 'accusation',
      summary:
        'Says the battle for N’Djamena is over and angrily accuses Sudan of being directly behind the rebellion, to stop the EU force from deploying in the east.',
      quote: 'Sudan does not want this force because it would open a window on the genocide in Darfur',
    },
    [S.france24Feb4, S.apFeb4],
  ),
  ev(
    'StatementMade',
    'stmt-abdalhaleem-feb3',
    { occurredAt: '2008-02-03', recordedAt: rec('2008-02-04', '09:30') },
    {
      speaker: ABDALHALEEM,
      audience: 'chad',
      tone: 'critical',
      summary: 'Calls the allegations of Sudanese involvement baseless: Chad’s problems are homegrown.',
      quote: "Chad's problems are homegrown, and they are very old",
    },
    [S.wpFeb4],
  ),
  // ===== March 2008: Moudeina and the Dakar Agreement =====
  ev(
    'IncidentReported',
    'inc-moudeina-mar12',
    { occurredAt: '2008-03-12', recordedAt: rec('2008-03-13', '20:00') },
    {
      incidentId: 'moudeina-columns-2008-03-12',
      kind: 'militant-attack',
      perpetrator: 'chadian-rebels',
      allegedBy: 'chad',
      against: 'chad',
      blamedOn: 'sudan',
      place: 'Moudeina',
      description:
        'Chad’s government says Sudan launched "several heavily armed columns" of "mercenaries" (its word for the rebels it says Sudan backs) that crossed from Sudan and reached the border town of Moudeina.',
    },
    [S.stMar13],
  ),
  ev(
    'TalksRoundOpened',
    'round-dakar-open',
    { occurredAt: '2008-03-13', recordedAt: rec('2008-03-14', '09:00') },
    {
      roundId: R.dakar,
      label: 'Déby – Bashir meeting on the sidelines of the OIC summit',
      format: 'formal',
      venue: 'Dakar',
      hosts: ['senegal'],
      delegations: [
        { actorId: 'sudan', head: BASHIR },
        { actorId: 'chad', head: DEBY },
      ],
    },
    [S.voaMar14],
  ),
  ev(
    'AgreementReached',
    'agr-dakar',
    { occurredAt: '2008-03-13', recordedAt: rec('2008-03-14', '09:05') },
    {
      agreementId: A.dakar,
      kind: 'framework',
      provisions: [
        'Ban the activities of all armed groups and prevent the use of each territory to destabilise the other',
        'Implement the past accords (Tripoli 2006, Riyadh 2007)',
        'A Contact Group of foreign ministers (Libya, Congo, Senegal, Gabon, Eritrea) meeting monthly to monitor implementation and violations',
      ],
      signatories: ['sudan', 'chad'],
      textPublic: true,
      roundId: R.dakar,
    },
    [S.voaMar14, S.stMar13],
    { note: 'Brokered by President Wade, witnessed by the UN Secretary-General and the OIC Secretary-General.' },
  ),
  ev(
    'TalksRoundConcluded',
    'round-dakar-end',
    { occurredAt: '2008-03-13', recordedAt: rec('2008-03-14', '09:10') },
    { roundId: R.dakar, outcome: 'agreement', summary: 'Déby and Bashir sign the Dakar Agreement.' },
    [S.voaMar14],
  ),
  ev(
    'ActorRegistered',
    'actor-contact-group',
    { occurredAt: '2008-03-13', recordedAt: rec('2008-03-15', '10:00') },
    { actor: CONTACT_GROUP, role: 'mediator' },
    [S.stMar15],
  ),
  ev(
    'StatementMade',
    'stmt-allam-mi-mar21',
    { occurredAt: '2008-03-21', recordedAt: rec('2008-03-22', '12:00') },
    {
      speaker: ALLAM_MI,
      audience: 'sudan',
      tone: 'accusation',
      summary:
        'Shows envoys of France, the United States, Congo, Libya, the UN and the AU "irrefutable proof" of Sudan’s plans and pressure on the Chadian rebels to stage a fresh attack; reaffirms Chad’s commitment to the Dakar pact.',
    },
    [S.afpMar22],
  ),
  ev(
    'StatementMade',
    'stmt-abdalhaleem-mar24',
    { occurredAt: '2008-03-24', recordedAt: rec('2008-03-26', '12:00') },
    {
      speaker: ABDALHALEEM,
      audience: 'chad',
      tone: 'accusation',
      summary:
        'Informs the Security Council of Chad’s violations of the Dakar accord: Chad has carried out major operations and facilitated the entry of rebels into Darfur to destabilise it.',
    },
    [S.irinMar26, S.afpMar22],
  ),
  // ===== April 2008: Adé, Beida =====
  ev(
    'IncidentReported',
    'inc-ade-apr1',
    { occurredAt: '2008-04-01', recordedAt: rec('2008-04-01', '18:00') },
    {
      incidentId: 'ade-attack-2008-04-01',
      kind: 'clash',
      perpetrator: 'chadian-rebels',
      allegedBy: 'chad',
      against: 'chad',
      blamedOn: 'sudan',
      place: 'Adé',
      description:
        'Rebels of the National Alliance attack the eastern border town of Adé; dozens of government troops and civilians wounded. N’Djamena says the raiders came 78 km from inside Sudan "under orders from the Sudanese regime", in violation of the Dakar accord; Sudan’s army denies any role.',
    },
    [S.reutersApr1],
  ),
  ev(
    'StatementMade',
    'stmt-kassire-apr1',
    { occurredAt: '2008-04-01', recordedAt: rec('2008-04-01', '18:05') },
    {
      speaker: KASSIRE,
      audience: 'sudan',
      tone: 'accusation',
      summary: 'Tells foreign ambassadors that Bashir is attacking Chad again despite the Dakar accord.',
      quote:
        'President Bashir has not changed and continues to try to destroy Chad. We call on the international community to bear witness that, despite the Dakar accord, he is attacking us again today.',
    },
    [S.reutersApr1],
  ),
  ev(
    'IncidentReported',
    'inc-beida-apr2',
    { occurredAt: '2008-04-02', recordedAt: rec('2008-04-02', '18:00') },
    {
      incidentId: 'beida-helicopters-2008-04-02',
      kind: 'airstrike',
      perpetrator: 'chad',
      allegedBy: 'sudan',
      against: 'sudan',
      place: 'Beida area, West Darfur',
      description:
        'The SAF spokesman says Chadian military helicopters fired rockets at Sudanese army positions south-east of Beida at dawn and, hours later, at Um Tajok north-east of Beida. A Chadian government source denies it: the army chased rebels back to the border and never left its positions.',
    },
    [S.stApr2],
  ),
  ev(
    'StatementMade',
    'stmt-aghbash-apr2',
    { occurredAt: '2008-04-02', recordedAt: rec('2008-04-02', '18:05') },
    {
      speaker: AGHBASH,
      audience: 'chad',
      tone: 'accusation',
      summary:
        'Calls the helicopter raid a hostile act and a clear breach by Chad of the Dakar non-aggression agreement.',
    },
    [S.stApr2],
  ),
  ev(
    'StatementMade',
    'stmt-nassour-apr9',
    { occurredAt: '2008-04-09', recordedAt: rec('2008-04-09', '18:00') },
    {
      speaker: NASSOUR,
      audience: 'sudan',
      tone: 'warning',
      summary:
        'On the eve of the Contact Group’s first meeting (Libreville): Bashir’s regime is massing, training and arming thousands of "mercenaries" on Chad’s eastern frontier for attacks in the next few days, in flagrant violation of the accords.',
    },
    [S.mgApr9],
  ),
  // ===== May 2008: Omdurman, the break, the border closed =====
  ev(
    'ActorRegistered',
    'actor-jem',
    { occurredAt: '2008-05-10', recordedAt: rec('2008-05-11', '17:55') },
    { actor: JEM, role: 'third-party' },
    [S.bbcMay11],
    { note: 'Darfur rebel movement; Khartoum accuses N’Djamena of arming and sheltering it, which both deny.' },
  ),
  ev(
    'IncidentReported',
    'inc-omdurman',
    { occurredAt: '2008-05-10', recordedAt: rec('2008-05-11', '18:00') },
    {
      incidentId: 'omdurman-attack-2008-05-10',
      kind: 'militant-attack',
      perpetrator: 'jem',
      allegedBy: 'sudan',
      against: 'sudan',
      blamedOn: 'chad',
      place: 'Omdurman',
      description:
        'JEM’s columns, after days of fighting in Kordofan, reach Omdurman across the Nile from Khartoum — the first time rebels reach the capital — and are repulsed by government forces; heavy gunfire and artillery, streets littered with charred cars, more than 300 rebels arrested. Sudan says the force was Chadian, "supported and prepared by Chad"; Chad and JEM deny it.',
    },
    [S.bbcMay11, S.apMay11],
  ),
  ev(
    'StatementMade',
    'stmt-bashir-breaks-ties',
    { occurredAt: '2008-05-11', recordedAt: rec('2008-05-11', '18:10') },
    {
      speaker: BASHIR,
      audience: 'chad',
      tone: 'military-threat',
      summary:
        'On state television, in field marshal’s fatigues: Sudan severs diplomatic relations with Chad, holds the Chadian regime fully responsible for the attack, and reserves the right to retaliate against the "outlaw regime".',
      quote:
        'We place the entire responsibility for this attack on Chad … We are now cutting our diplomatic relations with this regime.',
    },
    [S.bbcMay11, S.france24May11, S.apMay11],
    { cameo: '161', note: 'Breaking off diplomatic relations (CAMEO 161), with a threat of retaliation.' },
  ),
  ev(
    'StatementMade',
    'stmt-chad-regrets-may11',
    { occurredAt: '2008-05-11', recordedAt: rec('2008-05-11', '18:15') },
    {
      speaker: HISSEIN,
      audience: 'sudan',
      tone: 'critical',
      summary:
        'Chad takes note "with regret" of the "hasty decision", denies any involvement in the attack and condemns the ransacking of its embassy in Khartoum.',
    },
    [S.france24May11, S.bbcMay11],
  ),
  ev(
    'IncidentReported',
    'inc-border-closed',
    { occurredAt: '2008-05-12', recordedAt: rec('2008-05-13', '09:00') },
    {
      incidentId: 'chad-border-closure-2008-05-12',
      kind: 'border-closure',
      perpetrator: 'chad',
      against: 'sudan',
      place: BORDER,
      description:
        'An extraordinary cabinet chaired by Déby decides the "hermetic closure" of the border with Sudan, halts all trade, bans Sudanese airlines and freezes the assets of a Sudanese bank.',
    },
    [S.bbcMay12, S.apMay12, S.reutersMay13],
  ),
  // ===== June 2008: the rebels' offensive in the east =====
  ev(
    'IncidentReported',
    'inc-goz-beida',
    { occurredAt: '2008-06-14', recordedAt: rec('2008-06-14', '22:00') },
    {
      incidentId: 'goz-beida-2008-06-14',
      kind: 'clash',
      perpetrator: 'chadian-rebels',
      allegedBy: 'chad',
      against: 'chad',
      blamedOn: 'sudan',
      place: 'Goz Beida',
      description:
        'A rebel alliance offensive from the Sudanese border takes Goz Beida, 75 km from the border, after fierce fighting with the ANT (at least 24 wounded), then pulls out, vowing to reach N’Djamena; EU peacekeepers return fire. Chad says the rebels are armed and organised by Sudan.',
    },
    [S.bbcJun14, S.stJun14],
  ),
  ev(
    'StatementMade',
    'stmt-hissein-jun14',
    { occurredAt: '2008-06-14', recordedAt: rec('2008-06-14', '22:05') },
    {
      speaker: HISSEIN,
      audience: 'sudan',
      tone: 'accusation',
      summary: 'The rebels are being armed and organised by Sudan; the army will push them out of Chad’s territory.',
    },
    [S.bbcJun14],
  ),
  // ===== July – November 2008: relations restored =====
  ev(
    'StatementMade',
    'stmt-alor-jul17',
    { occurredAt: '2008-07-17', recordedAt: rec('2008-07-18', '09:00') },
    {
      speaker: ALOR,
      audience: 'chad',
      tone: 'conciliatory',
      summary:
        'At the Contact Group’s meeting in Dakar chaired by Senegal, with Chad’s foreign minister: Bashir has accepted, at President Wade’s appeal, to resume diplomatic relations with Chad.',
    },
    [S.stJul17],
  ),
  ev(
    'MediationAction',
    'med-libya-aug1',
    { occurredAt: '2008-08-01', recordedAt: rec('2008-08-09', '12:00') },
    {
      mediator: 'libya',
      action: 'visited',
      summary:
        'Libya’s minister for African affairs, Abdel-Salam Triki, visits both capitals: they agree to restore relations and stop hostile media campaigns, and their presidents to a summit with Gaddafi.',
    },
    [S.stAug9],
  ),
  ev(
    'AgreementReached',
    'agr-tripoli-oct',
    { occurredAt: '2008-10-23', recordedAt: rec('2008-10-24', '12:00') },
    {
      agreementId: A.tripoli,
      kind: 'partial',
      provisions: [
        'Return of the ambassadors to Khartoum and N’Djamena within two weeks',
        'Neither side to assist the other’s rebels',
      ],
      signatories: ['sudan', 'chad'],
      textPublic: false,
    },
    [S.mgOct24],
    {
      note: 'Agreed in Tripoli by Chad’s foreign minister Moussa Faki and Sudan’s presidential adviser Mustafa Osman Ismail, under Libyan auspices.',
    },
  ),
  ev(
    'StatementMade',
    'stmt-ambassadors-nov9',
    { occurredAt: '2008-11-09', recordedAt: rec('2008-11-10', '09:00') },
    {
      speaker: HAROUNE,
      audience: 'sudan',
      tone: 'conciliatory',
      summary:
        'The ambassadors are exchanged on a Libyan plane, ending six months of severed relations; at a joint press conference in Khartoum, Chad’s ambassador speaks of living in harmony as brotherly neighbours; Sudan’s ambassador leaves for N’Djamena.',
      quote:
        'We came round to the idea of strengthening our relations in all sincerity and to live in harmony as two brotherly neighbours who share many things in common.',
    },
    [S.bbcNov9, S.reutersNov9],
    {
      cameo: '064',
      note: 'Diplomatic relations restored (CAMEO 064). Reuters: Chad had closed its eastern border in response to the break.',
    },
  ),
  ev(
    'StatementMade',
    'stmt-al-sheikh-nov9',
    { occurredAt: '2008-11-09', recordedAt: rec('2008-11-10', '09:05') },
    {
      speaker: AL_SHEIKH,
      audience: 'chad',
      tone: 'conciliatory',
      summary:
        'His priority is to maintain the relations between the two brotherly peoples; the Dakar mechanism will meet in N’Djamena.',
    },
    [S.bbcNov9, S.reutersNov9],
  ),
  ev(
    'TalksRoundOpened',
    'round-contact-ndjamena-open',
    { occurredAt: '2008-11-15', recordedAt: rec('2008-11-17', '09:00') },
    {
      roundId: R.contactNdjamena,
      label: 'Dakar Contact Group, ministerial meeting',
      format: 'formal',
      venue: "N'Djamena",
      hosts: ['dakar-contact-group'],
      delegations: [
        { actorId: 'chad', head: FAKI },
        { actorId: 'sudan', head: ALOR },
      ],
    },
    [S.stNov15, S.reutersNov17],
  ),
  ev(
    'TalksRoundConcluded',
    'round-contact-ndjamena-end',
    { occurredAt: '2008-11-16', recordedAt: rec('2008-11-17', '09:05') },
    {
      roundId: R.contactNdjamena,
      outcome: 'progress',
      summary:
        'The Contact Group adopts the border force’s budget ($21 million) and sends a mission to choose its observation posts: 1,000 Chadian and 1,000 Sudanese soldiers on either side of the border, expected by January.',
      nextSteps: 'Seventh meeting in Khartoum to bring the force into being.',
    },
    [S.stNov15, S.reutersNov17],
  ),
  // ===== May 2009: Doha, Am Dam, the air raids =====
  ev(
    'ActorRegistered',
    'actor-qatar',
    { occurredAt: '2009-05-03', recordedAt: rec('2009-05-04', '08:55') },
    { actor: QATAR, role: 'mediator' },
    [S.reutersMay4],
    { note: 'Hosts the Doha talks with Libya (then chairing the African Union).' },
  ),
  ev(
    'AgreementReached',
    'agr-doha',
    { occurredAt: '2009-05-03', recordedAt: rec('2009-05-04', '09:00') },
    {
      agreementId: A.doha,
      kind: 'partial',
      provisions: [
        'Implement the past agreements, with a mechanism to monitor them on the ground',
        'Refrain from the use of force; not interfere in each other’s affairs; no support to the other’s armed opponents',
        'Cease hostile media campaigns',
        'A summit of the two leaders',
      ],
      signatories: ['sudan', 'chad'],
      textPublic: true,
    },
    [S.reutersMay4, S.afpMay4],
    {
      note: 'Signed by Chad’s foreign minister and Sudan’s minister for international cooperation, brokered by Qatar and Libya.',
    },
  ),
  ev(
    'StatementMade',
    'stmt-hissein-may5',
    { occurredAt: '2009-05-05', recordedAt: rec('2009-05-05', '18:00') },
    {
      speaker: HISSEIN,
      audience: 'sudan',
      tone: 'accusation',
      summary:
        'On state radio: Sudan has reneged on the Doha deal and sent "several armoured columns" against Chad, a "planned aggression". Sudan’s army spokesman replies that the fighting is between the Chadian army and Chadian rebels.',
      quote:
        'While the ink has yet to dry on the Doha accord, the Khartoum regime has just launched several armoured columns against our country.',
    },
    [S.afpMay5],
  ),
  ev(
    'StatementMade',
    'stmt-allam-mi-unsc-may8',
    { occurredAt: '2009-05-08', recordedAt: rec('2009-05-09', '12:00') },
    {
      speaker: { name: 'Ahmad Allam-Mi', title: "Chad's Ambassador to the UN", actorId: 'chad' },
      audience: 'sudan',
      tone: 'accusation',
      summary:
        'At a special meeting of the Security Council, which condemns military incursions "coming from outside" Chad: Khartoum misled Chad in Doha; forces coming from Sudan attacked before the ink was dry. Sudan accuses Chad in turn of aiding its rebels.',
      quote: 'Before the ink is even dry we are attacked by forces coming from Sudan.',
    },
    [S.afpMay9],
  ),
  ev(
    'IncidentReported',
    'inc-am-dam',
    { occurredAt: '2009-05-07', recordedAt: rec('2009-05-16', '09:00') },
    {
      incidentId: 'am-dam-2009-05-07',
      kind: 'clash',
      perpetrator: 'chadian-rebels',
      allegedBy: 'chad',
      against: 'chad',
      blamedOn: 'sudan',
      place: 'Am Dam',
      fatalities: { min: 247, max: 247 },
      description:
        'The ANT meets the UFR’s column at Am Dam on 7–8 May: by N’Djamena’s count 226 rebels and 22 soldiers killed, 212 rebels captured; the survivors flee back toward Sudan. Chad holds Sudan responsible for the invasion.',
    },
    [S.strategypageMay16, S.stMay16],
  ),
  ev(
    'IncidentReported',
    'inc-jebel-sindo',
    { occurredAt: '2009-05-15', recordedAt: rec('2009-05-16', '09:05') },
    {
      incidentId: 'jebel-sindo-raids-2009-05-15',
      kind: 'airstrike',
      perpetrator: 'chad',
      allegedBy: 'sudan',
      against: 'sudan',
      place: 'Jebel Sindo, West Darfur',
      description:
        'Three Chadian aircraft bomb the Jebel Sindo (Jabel Sandu) area south of El Geneina, about 60 km inside Sudan, at 10:00 and 13:30 (Sudan’s foreign ministry). N’Djamena speaks of preventive action against the rebels Sudan harbours; the UFR says it is bombed every day by Sukhois and helicopters.',
    },
    [S.stMay16, S.strategypageMay16],
    { note: 'Chad said on 17 May that it had carried out the air raids (Reuters, 18 May).' },
  ),
  ev(
    'StatementMade',
    'stmt-youssef-may15',
    { occurredAt: '2009-05-15', recordedAt: rec('2009-05-16', '09:10') },
    {
      speaker: YOUSSEF,
      audience: 'chad',
      tone: 'military-threat',
      summary:
        'The raids are a flagrant violation of Sudan’s sovereignty, a dangerous precedent and an act of war; Chad must bear the consequences of this aggression.',
      quote: 'the Government of Chad has to bear the consequences of this aggression',
    },
    [S.stMay16],
  ),
  ev(
    'IncidentReported',
    'inc-kornoi-jem',
    { occurredAt: '2009-05-16', recordedAt: rec('2009-05-20', '09:00') },
    {
      incidentId: 'kornoi-jem-2009-05-16',
      kind: 'clash',
      perpetrator: 'jem',
      allegedBy: 'sudan',
      against: 'sudan',
      blamedOn: 'chad',
      place: 'Kornoi, North Darfur',
      description:
        'JEM attacks the town of Kornoi near the Chadian border; North Darfur’s governor says Sudan’s forces stopped the aggression and that Chadian forces reinforced JEM.',
    },
    [graded(S.reutersMay18, 2)],
    { occurrence: 'kornoi-2009-05-16' },
  ),
  ev(
    'IncidentReported',
    'inc-kornoi-chad',
    { occurredAt: '2009-05-16', recordedAt: rec('2009-05-20', '09:05') },
    {
      incidentId: 'kornoi-chadian-forces-2009-05-16',
      kind: 'clash',
      perpetrator: 'chad',
      allegedBy: 'sudan',
      against: 'sudan',
      place: 'Kornoi, North Darfur',
      description:
        'North Darfur’s governor Osman Kebir says Chadian forces reinforced JEM’s fighters in the attack on Kornoi ("Chadian aggression has reached the locality of Kornoi"): the first time in recent times Sudan says Chad’s ground troops crossed the border. Chad does not comment; on the 17th it says it carried out the air raids and fought near the border to destroy Chadian insurgents sheltering in Sudan.',
    },
    [S.reutersMay18],
    { occurrence: 'kornoi-2009-05-16' },
  ),
  ev(
    'MediationAction',
    'med-qatar-may24',
    { occurredAt: '2009-05-24', recordedAt: rec('2009-05-24', '18:00') },
    {
      mediator: 'qatar',
      action: 'visited',
      summary:
        'Qatar’s minister of state for foreign affairs brings the Emir’s message to Bashir, who says Sudan is ready to normalise ties; the minister goes on to N’Djamena.',
    },
    [S.stMay24],
  ),
  // ===== July 2009: Umm Dukhun =====
  ev(
    'IncidentReported',
    'inc-umm-dukhun',
    { occurredAt: '2009-07-16', recordedAt: rec('2009-07-17', '09:00') },
    {
      incidentId: 'umm-dukhun-raid-2009-07-16',
      kind: 'airstrike',
      perpetrator: 'chad',
      allegedBy: 'sudan',
      against: 'sudan',
      place: 'Umm Dukhun, West Darfur',
      description:
        'Two Chadian planes raid the Umm Dukhun area of West Darfur (Sudan Media Center, quoting senior officers); no casualties. N’Djamena says it struck Chadian rebel positions, not Sudanese territory.',
    },
    [S.afpJul17],
  ),
  ev(
    'StatementMade',
    'stmt-saf-jul16',
    { occurredAt: '2009-07-16', recordedAt: rec('2009-07-17', '09:05') },
    {
      speaker: SUDAN_ARMY,
      audience: 'chad',
      tone: 'military-threat',
      summary: 'The army is on standby, waiting for "the green light for retaliation".',
    },
    [S.afpJul17],
  ),
  ev(
    'StatementMade',
    'stmt-al-sadig-jul20',
    { occurredAt: '2009-07-20', recordedAt: rec('2009-07-21', '09:00') },
    {
      speaker: AL_SADIG,
      audience: 'chad',
      tone: 'accusation',
      summary:
        'Sudan has complained to the Security Council of the raid, the fourth in two months; Chad is not interested in a settlement and has declined all reconciliation attempts. All is quiet in the area since.',
      quote: 'The only other thing we are sure of is the Chad is not interested in a settlement.',
    },
    [S.reutersJul21],
  ),
  // ===== January – February 2010: the N'Djamena accord, Déby in Khartoum =====
  ev(
    'AgreementReached',
    'agr-ndjamena',
    { occurredAt: '2010-01-15', recordedAt: rec('2010-01-25', '12:00') },
    {
      agreementId: A.ndjamena,
      kind: 'framework',
      provisions: [
        'Normalise relations',
        'End the presence and activity of, and all support to, armed groups hostile to the other on each territory',
        'A protocol on border security: a joint force (1,500 from each side), its headquarters in El Geneina under Sudanese command for the first six months',
      ],
      signatories: ['chad', 'sudan'],
      textPublic: true,
    },
    [S.cittanuovaJan25],
    {
      note: 'Signed in N’Djamena by Chad’s foreign minister Moussa Faki and Sudan’s presidential adviser Ghazi Salaheddin.',
    },
  ),
  ev(
    'TalksRoundOpened',
    'round-khartoum-open',
    { occurredAt: '2010-02-08', recordedAt: rec('2010-02-08', '18:00') },
    {
      roundId: R.khartoum,
      label: 'Déby’s visit to Khartoum, the first since 2004',
      format: 'formal',
      venue: 'Khartoum',
      delegations: [
        { actorId: 'chad', head: DEBY },
        { actorId: 'sudan', head: BASHIR },
      ],
    },
    [S.bbcFeb8, S.afpFeb8],
  ),
  ev(
    'StatementMade',
    'stmt-deby-dove',
    { occurredAt: '2010-02-08', recordedAt: rec('2010-02-08', '18:05') },
    {
      speaker: DEBY,
      audience: 'sudan',
      tone: 'conciliatory',
      summary: 'Greeted at the airport by Bashir: he has come to seal peace and confidence between the two countries.',
      quote:
        'We have come here like a dove... we came to show our will, our availability, our commitment to see peace, tranquillity and confidence return',
    },
    [S.bbcFeb8, S.afpFeb8],
  ),
  ev(
    'TalksRoundConcluded',
    'round-khartoum-end',
    { occurredAt: '2010-02-09', recordedAt: rec('2010-02-09', '18:00') },
    {
      roundId: R.khartoum,
      outcome: 'progress',
      summary:
        'The visit seals January’s accord normalising ties: a joint force of 3,000 (1,500 from each side) to deploy on the border so that neither backs the other’s rebels.',
    },
    [S.ajFeb9],
  ),
  // ===== April – May 2010: the border reopened, the joint force, JEM turned away =====
  ev(
    'IncidentReported',
    'inc-border-reopened',
    { occurredAt: '2010-04-10', recordedAt: rec('2010-04-14', '12:00') },
    {
      incidentId: 'chad-border-reopening-2010-04-10',
      kind: 'border-reopening',
      perpetrator: 'chad',
      against: 'sudan',
      place: BORDER,
      description:
        'The border is reopened on Saturday under the January accord; Sudanese taxis go back and forth between Adré and El Geneina (Adré’s prefect to AFP; confirmed by an official of Chad’s foreign ministry).',
    },
    [S.stApr14, S.pambazukaApr14],
  ),
  ev(
    'AgreementStatusChanged',
    'agr-ndjamena-in-force',
    { occurredAt: '2010-04-14', recordedAt: rec('2010-04-14', '12:05') },
    {
      agreementId: A.ndjamena,
      status: 'in-force',
      reason:
        'The joint border monitoring force is operating from El Geneina, and the border has reopened under the accord (AFP via Sudan Tribune).',
    },
    [S.stApr14],
  ),
  ev(
    'StatementMade',
    'stmt-bachir-jem',
    { occurredAt: '2010-05-19', recordedAt: rec('2010-05-20', '09:00') },
    {
      speaker: BACHIR,
      audience: 'sudan',
      tone: 'conciliatory',
      summary:
        'Chad refuses entry to JEM’s leader Khalil Ibrahim at N’Djamena airport, destroys his party’s passports and sends him back to Tripoli after a 19-hour standoff: Chad has re-established relations with Sudan and will not let JEM pass through.',
      quote:
        'We have re-established relations with Sudan so we cannot allow these undesirable people to pass through Chad.',
    },
    [S.reutersMay19, S.irishTimesMay20],
  ),
];

/** The ids of the events declared above, by key: what the spec names. */
export const SUDAN_CHAD_IDS = {
  ndjamenaAssault: idOf('inc-ndjamena-assault'),
  omdurman: idOf('inc-omdurman'),
  amDam: idOf('inc-am-dam'),
  goz: idOf('inc-goz-beida'),
  ade: idOf('inc-ade-apr1'),
  moudeina: idOf('inc-moudeina-mar12'),
};

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'sudan-chad-2008.jsonl',
  logEnd: '2010-06-30T00:00:00Z',
  events,
};

export default definition;
