/**
 * A test fixture, not a shipped example: Italy and India over the Enrica Lexie marines, from the shooting of two
 * Indian fishermen off Kerala by Italian navy marines guarding the tanker Enrica Lexie (15 February 2012) to the end
 * of 2014 — the tanker brought into Kochi, the marines Massimiliano Latorre and Salvatore Girone arrested by Kerala
 * police (19 February), Italy's protests over jurisdiction (the shooting was in international waters, it says), the
 * recall of Italy's ambassador when the charge sheet was filed (18 May), the ship's release (May) and the marines'
 * bail (30 May), their Christmas leave (December), the Supreme Court's ruling that the Union, not Kerala, must try
 * them before a special court (18 January 2013), their leave to vote (22 February), Italy's announcement that they
 * would not return (11 March), the Prime Minister's "consequences" (13 March), the Supreme Court's order barring
 * Italy's ambassador Daniele Mancini from leaving India (14 March), Italy's reversal and the marines' return (21–22
 * March), the order lifted (2 April); the dispute over the anti-piracy (SUA) law and Italy's second recall of its
 * ambassador (February 2014), India dropping the SUA charges (24 February 2014), Latorre's medical leave (September
 * 2014), and Italy's third recall after the Supreme Court refused to extend it (16–17 December 2014). Escalation
 * model v2 was never tuned on it: it is the case the model is held to in italy-india-2012.spec.ts, against the calls
 * an analyst makes from DOMAIN.md §5b alone.
 *
 * What it tests: a killing at sea by one party's forces of the other's civilians, outside any fighting between the
 * two; a judicial detention of the other's soldiers with a jurisdiction dispute; an ambassador barred from leaving;
 * an ultimatum-like warning with the court's deadline; a reversal that meets it; and a long row with no force after.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration file's coverage do not change. Built and
 * checked with the same builder as the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source.
 *
 * Grading as in examples/README.md: B = established outlet or wire copy (Reuters, AFP through GlobalPost, Ahram and
 * the Straits Times, AP through Sify, Dow Jones through gCaptain, PTI through Rediff and Business Standard, IANS
 * through the New Indian Express and India TV, ANSA, NDTV, The Hindu, the Telegraph, Deccan Herald, Al Jazeera, DW,
 * the Independent, UPI, Gulf News, Gulf Times, the Tribune, Firstpost); C = smaller outlet, blog, forum copy of a
 * wire story, wiki mirror or foreign-language aggregator (dated, as the other cases do, by the development it is
 * cited for when the page gives no date); 2 = an on-record statement or act several outlets agree on, or one
 * established outlet reports; 3 = one side's unverified claim, an unnamed source or a single weak copy. The Supreme
 * Court's record of proceedings of 18 January 2013 is cited through a copy (B1: the court's own words, not its site).
 *
 * Judgement calls, recorded as an analyst would:
 * - The pair is Italy and India; Kerala's police, courts and government act for India (they arrested and charged the
 *   marines, held the ship and, until the Supreme Court ruled in January 2013, tried the case), and so do India's
 *   Supreme Court and its High Court of Kerala: their orders are India's acts. The European Union is a third party:
 *   its statements are recorded and weigh nothing on the pair's level.
 * - The shooting of 15 February 2012 is Italy's `lethal-force` against India: two Indian fishermen, Valentine
 *   (Jelastine) and Ajesh Binki, killed on the fishing boat St Antony by fire from the Italian navy's protection
 *   detachment aboard the Enrica Lexie. The marines say they fired warning shots at a boat they took for pirates;
 *   India's police charged two of them with murder. It is force by one party's forces on the other's civilians
 *   outside any fighting between the two — not armed action (no clash, strike or shelling between the parties'
 *   forces, and not on India's territory by Italy's account, which places it in international waters; India says its
 *   contiguous zone, 20.5 nautical miles out). Perpetrator `italy`, as alleged by India; toll 2, both civilians.
 * - The tanker, ordered into Kochi by India's Coast Guard on 16 February and held there by India's authorities until
 *   the Supreme Court let it sail (order of 2 May; bond executed and release order sent on Saturday 5 May), is India's
 *   `detention` of Italy's vessel — an Italian-flagged ship carrying the Italian navy's detachment — at "Kochi port",
 *   ended by India's `release` there.
 * - The marines arrested on 19 February and held in police custody, then in the Central Prison in Thiruvananthapuram
 *   and the Borstal school in Kochi, are India's `detention` of Italy's soldiers at "Kerala" (a different place from
 *   the ship's, so that the ship's release does not end it). The Kerala High Court's bail of 30 May is India's
 *   `release` of them (dated to the order; they left the reformatory once the formalities were done, a few days on,
 *   which no source read gives a day for). Read this way: after bail the sources have them living first in Kochi,
 *   then from January 2013 in the Italian embassy in New Delhi "under the control of the Italian embassy" (the
 *   Supreme Court's words), reporting to a police station weekly, passports with the court, allowed home twice —
 *   defendants on bail in a criminal trial, not people held by India's authorities. The bail terms are in the
 *   descriptions; no detention runs from June 2012.
 * - The Supreme Court's order of 14 March 2013 that Italy's ambassador Daniele Mancini "shall not leave India without
 *   the permission of this court", notified to every airport and seaport the next day and extended "till further
 *   orders" on 18 March, is India's `detention` of Italy's diplomat at "New Delhi": the kinds' doc names diplomats held
 *   by the other's authorities, and the order held him in India against his government's will, as the leverage for
 *   the marines' return (Italy's note verbale of 15 March invoked the Vienna Convention's bar on any form of arrest or
 *   detention of an envoy; the Court said he had waived his immunity). He was not confined: he went about New Delhi in
 *   his flagged car; the holding is the bar on leaving. Ended by India's `release` when the Court vacated the order on
 *   2 April.
 * - Manmohan Singh's statement to Parliament on 13 March 2013 — "If they do not keep their word, there will be
 *   consequences for our relations with Italy" — is India's ultimatum to Italy to return the marines by the Supreme
 *   Court's deadline of 22 March: a demand, a deadline and a consequence. `complied` on 22 March, when they landed in
 *   New Delhi. It names no force: the statement is a `threat`, not a `military-threat`.
 * - Demands: Italy's, that it has jurisdiction and the marines be tried in Italy (20 February 2012; India's courts
 *   rejected it — the High Court on 29 May 2012, the Supreme Court, holding the Union has jurisdiction, on 18 January
 *   2013); India's, that the marines return to stand trial as Italy undertook (22 February 2013; Italy accepted with
 *   the affidavit, rejected on 11 March, accepted on 21 March); Italy's, that the SUA anti-piracy law not be applied
 *   (February 2014; India dropped it on 24 February 2014); Italy's plea that Latorre stay in Italy and Girone go home
 *   for Christmas (rejected by the Supreme Court on 16 December 2014).
 * - The three recalls of Italy's ambassador "for consultations" (18 May 2012, 18 February 2014, 17 December 2014) are
 *   Italy's statements with CAMEO 161 (reduce relations); India's hold on its new ambassador to Rome (14 March 2013)
 *   too. None is a border closure, a threat of force or an ultimatum.
 * - Left out: the compensation Italy paid the victims' families (April 2012: between Italy and the families, not the
 *   pair; in the description of the bail); the Christmas return in January 2013 (no source read gives its day: the
 *   leave and its honouring are in the 22 February 2013 description); the NIA's investigation and the special court's
 *   slow start (April 2013 – January 2014) beyond the 2 April hearing; Italy's move towards international arbitration
 *   (2015) falls after the window. Terzi's resignation (26 March 2013) is kept, as an Italian minister's statement to
 *   his own parliament (audience: domestic).
 * - Federica Mogherini's statement for the EU is dated approximately (18 December 2014): the Times of India of 19
 *   December reports it after the recall of the 17th without giving its day.
 */
import type { Actor, NegotiationEvent, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, retrospectiveClock, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'italy-india-2012';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 2012);
const when = retrospectiveClock('2026-12-07T01:00:00Z');

const ITALY: Actor = { id: 'italy', name: 'Italian Republic', kind: 'state', aliases: ['Italy', 'Rome'] };
const INDIA: Actor = {
  id: 'india',
  name: 'Republic of India',
  kind: 'state',
  aliases: ['India', 'New Delhi', 'Kerala', 'Government of Kerala'],
};
const EU: Actor = {
  id: 'european-union',
  name: 'European Union',
  kind: 'international-organisation',
  aliases: ['EU', 'Brussels'],
};

const ITALIAN_NAVY: Person = { name: 'Italian Navy', actorId: 'italy' };
const TERZI: Person = { name: 'Giulio Terzi', title: 'Foreign Minister of Italy', actorId: 'italy' };
const FARNESINA: Person = { name: 'Italian Ministry of Foreign Affairs', actorId: 'italy' };
const DE_MISTURA: Person = { name: 'Staffan de Mistura', title: 'Deputy Foreign Minister of Italy', actorId: 'italy' };
const MANCINI: Person = { name: 'Daniele Mancini', title: 'Ambassador of Italy to India', actorId: 'italy' };
const ITALIAN_GOV: Person = { name: 'Government of Italy', actorId: 'italy' };
const BONINO: Person = { name: 'Emma Bonino', title: 'Foreign Minister of Italy', actorId: 'italy' };
const GENTILONI: Person = { name: 'Paolo Gentiloni', title: 'Foreign Minister of Italy', actorId: 'italy' };
const KRISHNA: Person = { name: 'S. M. Krishna', title: 'External Affairs Minister of India', actorId: 'india' };
const MEA: Person = { name: 'Ministry of External Affairs of India', actorId: 'india' };
const SINGH: Person = { name: 'Manmohan Singh', title: 'Prime Minister of India', actorId: 'india' };
const MATHAI: Person = { name: 'Ranjan Mathai', title: 'Foreign Secretary of India', actorId: 'india' };
const KHURSHID: Person = { name: 'Salman Khurshid', title: 'External Affairs Minister of India', actorId: 'india' };
const SUPREME_COURT: Person = { name: 'Supreme Court of India', actorId: 'india' };
const KERALA_HC: Person = { name: 'High Court of Kerala', actorId: 'india' };
const ANTONY: Person = { name: 'A. K. Antony', title: 'Defence Minister of India', actorId: 'india' };
const VAHANVATI: Person = { name: 'Goolam E. Vahanvati', title: 'Attorney General of India', actorId: 'india' };
const SWARAJ: Person = { name: 'Sushma Swaraj', title: 'External Affairs Minister of India', actorId: 'india' };
const ASHTON_SPOKES: Person = {
  name: 'Spokesperson of the EU High Representative Catherine Ashton',
  actorId: 'european-union',
};
const ASHTON: Person = { name: 'Catherine Ashton', title: 'EU High Representative', actorId: 'european-union' };
const MOGHERINI: Person = { name: 'Federica Mogherini', title: 'EU High Representative', actorId: 'european-union' };

const S = {
  italianotizie: source(
    'India, scambiati per pirati uccisi da marinai italiani',
    'Italia Notizie',
    'https://italianotizie.online/cronaca/italia-cronaca/india-scambiati-per-pirati-uccisi-da-marinai-italiani',
    '2012-02-16',
    'C',
    2,
  ),
  sole24: source(
    '15 febbraio 2012 / La sparatoria al largo del Kerala (ANSA)',
    'Il Sole 24 Ore',
    'https://www.ilsole24ore.com/art/5-febbraio-2012la-sparatoria-largo-kerala-ADPQl0b',
    '2020-07-01',
    'B',
    2,
  ),
  seachest: source(
    'Kochi shootout: India marks strong protest',
    'Seachest',
    'http://www.seachest.in/2012/02/kochi-shootoutindia-marks-strong.html',
    '2012-02-17',
    'C',
    2,
  ),
  telegraphFeb20: source(
    'Italian Marines held for fishermen deaths',
    'The Telegraph (India)',
    'https://www.telegraphindia.com/india/italian-marines-held-for-fishermen-deaths/cid/450735',
    '2012-02-20',
    'B',
    2,
  ),
  gulfnewsFeb20: source(
    'Kerala police arrest two Italian naval guards',
    'Gulf News',
    'http://m.gulfnews.com/1.983266',
    '2012-02-20',
    'B',
    2,
  ),
  ndtvFeb21: source(
    'Indian fishermen killed: Italy to go to High Court against arrests',
    'NDTV',
    'https://ndtv.com/india-news/indian-fishermen-killed-italy-to-go-to-high-court-against-arrests-569322',
    '2012-02-21',
    'B',
    2,
  ),
  oneindiaFeb20: source(
    'Italy ship: Italian naval guards to stay in police custody',
    'OneIndia',
    'https://www.oneindia.com/2012/02/20/italian-naval-guards-to-stay-in-police-custody.html',
    '2012-02-20',
    'C',
    2,
  ),
  ianssFeb22: source(
    'Italy investigates why ship docked in Kerala (Lead)',
    'IANS via Thaindian News',
    'http://www.thaindian.com/newsportal/world-news/italy-investigates-why-ship-docked-in-kerala-lead_100599542.html',
    '2012-02-22',
    'C',
    2,
  ),
  asianageMay5: source(
    'HC permits Enrica Lexie to leave Kerala shores',
    'The Asian Age',
    'http://archive.asianage.com/india/hc-permits-enrica-lexie-leave-kerala-shores-211',
    '2012-05-05',
    'B',
    2,
  ),
  asianewsMay18: source(
    'Kerala police claim Italian marines responsible for murder and attempted murder',
    'AsiaNews',
    'http://asianews.it/index.php?l=en&idn=1&art=24790&mag=visualizzaperlastampa',
    '2012-05-18',
    'C',
    2,
  ),
  reutersMay18: source(
    'Rome recalls ambassador from India in piracy spat (Reuters, forum copy)',
    'Defence.pk',
    'https://defence.pk/threads/rome-recalls-ambassador-from-india-in-piracy-spat.180729',
    '2012-05-18',
    'C',
    2,
  ),
  arabstodayMay19: source(
    'India-Italy row deepens',
    'Arabs Today',
    'https://arabstoday.net/en/amp/41/india-italy-row-deepens',
    '2012-05-19',
    'C',
    2,
  ),
  rediffMay30: source(
    'Court grants bail with stiff terms to 2 Italian marines (PTI)',
    'Rediff',
    'https://m.rediff.com/amp/news/report/kochi-court-grants-bail-with-stiff-terms-to-2-italian-marines/20120530.htm',
    '2012-05-30',
    'B',
    2,
  ),
  gcaptainMay30: source(
    'India Grants Bail for Italian Marines In Enrica Lexie Case (Dow Jones)',
    'gCaptain',
    'https://gcaptain.com/india-grants-bail-italian-marines/',
    '2012-05-30',
    'B',
    2,
  ),
  asianewsMay30: source(
    'Kerala: Italian marines out on bail',
    'AsiaNews',
    'http://www.asianews.it/news-en/Kerala:-Italian-marines-out-on-bail-24889.html',
    '2012-05-30',
    'C',
    2,
  ),
  sifyDec20: source(
    'Kerala HC allows Italian marines to go home for Christmas (AP)',
    'Sify',
    'http://www.sify.com/news/kerala-hc-allows-italian-marines-to-go-home-for-christmas-news-national-mmuwrHaaiee.html',
    '2012-12-20',
    'B',
    2,
  ),
  indiatvDec20: source(
    'Kerala High Court allows Italian marines Christmas at home (IANS)',
    'India TV',
    'https://indiatvnews.com/news/india/kerala-high-court-allows-italian-marines-christmas-at-home-19193.html',
    '2012-12-20',
    'B',
    2,
  ),
  scJan18: source(
    'Supreme Court of India, Record of Proceedings, W.P. (C) No. 135 of 2012, Republic of Italy v. Union of India, 18 January 2013',
    'Docsbay (copy of the court record)',
    'https://docsbay.net/doc/71982/item-no-ia-court-no-1-section-x',
    '2013-01-18',
    'B',
    1,
  ),
  asianageJan18: source(
    'Special court to try Marines',
    'The Asian Age',
    'http://archive.asianage.com/india/special-court-try-marines-133',
    '2013-01-18',
    'B',
    2,
  ),
  wikiTensions: source(
    '2013 Italy–India diplomatic tensions (Wikipedia mirror, 2016)',
    'The Uncensored Wiki',
    'http://the-uncensored-wiki.com:20161/2016-wikipedia_en_all_2016-02/A/2013_Italy_India_diplomatic_tensions.html',
    '2016-02-01',
    'C',
    2,
  ),
  midday: source(
    'Supreme Court restrains Italian ambassador from leaving India',
    'Mid-Day',
    'https://stageorigin.mid-day.com/news/india-news/article/Supreme-Court-restrains-Italian-ambassador-from-leaving-India-204189',
    '2013-03-14',
    'B',
    2,
  ),
  domainbMar18: source(
    "'We don't trust you,' SC tells Italian ambassador Mancini",
    'domain-b',
    'http://domain-b.com/industry/we-don-t-trust-you-sc-tells-italian-ambassador-mancini',
    '2013-03-18',
    'C',
    2,
  ),
  truthdiveMar12: source(
    "MEA summons Italian envoy, says 'decision not to send marines to India is unacceptable' (ANI)",
    'TruthDive',
    'https://truthdive.com/2013/03/12/mea-summons-italian-envoy-says-decision-not-to-send-marines-to-india-is-unacceptable/',
    '2013-03-12',
    'C',
    2,
  ),
  firstpostMar12: source(
    'Marines case: Italian envoy may be sent packing',
    'Firstpost',
    'https://www.firstpost.com/world/marines-case-italian-envoy-may-be-sent-packing-658210.html/amp',
    '2013-03-12',
    'B',
    3,
  ),
  bsMar13: source(
    'PM warns Italy of "consequences" on marines issue (PTI)',
    'Business Standard',
    'https://www.business-standard.com/amp/article/pti-stories/pm-warns-italy-of-consequences-on-marine-sissue-113031300294_1.html',
    '2013-03-13',
    'B',
    2,
  ),
  hinduMar14: source(
    'Ties may suffer, Manmohan warns Italy',
    'The Hindu',
    'http://www.thehindu.com/news/national/ties-may-suffer-manmohan-warns-italy/article4504445.ece?ref=relatedNews',
    '2013-03-14',
    'B',
    2,
  ),
  afpMar14: source(
    'Top court demands Italian envoy stay in India (AFP)',
    'GlobalPost',
    'http://www.globalpost.com/dispatch/news/afp/130314/top-court-demands-italian-envoy-stay-india-0',
    '2013-03-14',
    'B',
    2,
  ),
  brisbaneMar15: source(
    "India's top court puts curbs on Italy envoy",
    'Brisbane Times',
    'https://www.brisbanetimes.com.au/world/indias-top-court-puts-curbs-on-italy-envoy-20130315-2g63j.html',
    '2013-03-15',
    'B',
    2,
  ),
  gazzettaMar15: source(
    "Indian airports told Italian ambassador can't leave (ANSA)",
    'Gazzetta del Sud',
    'http://www.gazzettadelsud.it/news/english/38599/Indian-airports-told-Italian-ambassador-can-t-leave.html',
    '2013-03-15',
    'B',
    2,
  ),
  independentMar18: source(
    'India extends travel ban on ambassador as stand-off escalates over Italian marines charged with shooting fishermen',
    'The Independent',
    'http://www.independent.co.uk/news/world/asia/india-extends-travel-ban-on-ambassador-as-standoff-escalates-over-italian-marines-charged-with-shooting-fishermen-8539672.html',
    '2013-03-18',
    'B',
    2,
  ),
  apMar18: source(
    'Court extends order that Italy envoy stay in India (AP)',
    'San Diego Union-Tribune',
    'http://www.sandiegouniontribune.com/sdut-court-extends-order-that-italy-envoy-stay-in-india-2013mar18-story.html',
    '2013-03-18',
    'B',
    2,
  ),
  hinaMar19: source(
    'Indijski vrhovni sud: talijanski veleposlanik izgubio imunitet (HINA)',
    'HINA',
    'https://hina.hr/OTS/8108004',
    '2013-03-19',
    'C',
    2,
  ),
  afpMar21: source(
    'Italy says will send marines back to India for trial (AFP)',
    'GlobalPost',
    'http://www.globalpost.com/dispatch/news/afp/130321/italy-says-will-send-marines-back-india-trial',
    '2013-03-21',
    'B',
    2,
  ),
  indiatvMar22: source(
    'Italy agrees to send back marines, after India promises no death penalty',
    'India TV',
    'https://indiatvnews.com/amp/news/india/italy-agrees-to-send-back-marines-after-india-promises-no-death-20957.html',
    '2013-03-22',
    'B',
    2,
  ),
  afpMar22: source(
    'Murder trial marines return to India in Italian climbdown (AFP)',
    'GlobalPost',
    'http://www.globalpost.com/dispatch/news/afp/130322/murder-trial-marines-return-india-italian-climbdown-0',
    '2013-03-22',
    'B',
    2,
  ),
  upiMar22: source(
    'Italy returning accused marines to India',
    'UPI',
    'https://www.upi.com/Top_News/World-News/2013/03/22/Italy-returning-accused-marines-to-India/UPI-19561363929984/',
    '2013-03-22',
    'B',
    2,
  ),
  iansMar22: source(
    'Marines returned on guarantee of no death penalty: Italian Minister (IANS)',
    'Dainik Disha',
    'http://www.dainikdisha.com/india/marines-returned-on-guarantee-of-no-death-penalty-italian-minister',
    '2013-03-22',
    'C',
    2,
  ),
  reutersMar26: source(
    "Italy foreign minister resigns over marines' return to India",
    'Reuters',
    'http://in.reuters.com/article/india-italy-marines-idINL5N0CI3GM20130326',
    '2013-03-26',
    'B',
    2,
  ),
  ahramApr2: source(
    "India's top court drops order restraining Italian envoy (AFP)",
    'Ahram Online',
    'https://english.ahram.org.eg/NewsContent/2/9/68276/World/International/Indias-top-court-drops-order-restraining-Italian-e.aspx',
    '2013-04-02',
    'B',
    2,
  ),
  bsApr2: source(
    'SC lifts order restraining Italy ambassador from leaving India (PTI)',
    'Business Standard',
    'https://business-standard.com/amp/article/pti-stories/sc-lifts-order-restraining-italy-ambassador-from-leaving-india-113040200113_1.html',
    '2013-04-02',
    'B',
    2,
  ),
  firstpostApr2: source(
    "SC lifts travel restraints on Italian envoy after marines' return",
    'Firstpost',
    'https://www.firstpost.com/india/sc-lifts-travel-restraints-on-italian-envoy-after-marines-return-682455.html/amp',
    '2013-04-02',
    'B',
    2,
  ),
  ansaFeb14: source(
    'India risks global anti-piracy efforts - Italian task force',
    'ANSA',
    'http://www.ansa.it/web/notizie/rubriche/english/2014/02/14/India-risks-global-anti-piracy-efforts-Italian-task-force_10074224.html',
    '2014-02-14',
    'B',
    2,
  ),
  xinhuaFeb18: source(
    'Italy recalls ambassador to India in row over jailed marines (Xinhua)',
    'APD News',
    'https://www.apdnews.com/article/1a377b2',
    '2014-02-18',
    'C',
    2,
  ),
  wsjFeb18: source(
    'Italy Recalls Ambassador to India (Wall Street Journal, forum copy)',
    'Defence.pk',
    'https://defence.pk/threads/italy-recalls-ambassador-to-india.300745/post-5288807',
    '2014-02-18',
    'C',
    2,
  ),
  ansaFeb18: source(
    "EU warns of 'repercussions' of India marines case",
    'ANSA',
    'http://www.ansa.it/web/notizie/rubriche/english/2014/02/18/EU-warns-repercussions-India-marines-case_10096304.html',
    '2014-02-18',
    'B',
    2,
  ),
  aljazeeraFeb24: source(
    'India drops anti-piracy marine charges',
    'Al Jazeera',
    'http://www.aljazeera.com/news/asia/2014/02/india-proceed-with-italian-marine-case-201422453431308731.html',
    '2014-02-24',
    'B',
    2,
  ),
  tribuneFeb25: source(
    'No death penalty for marines, Centre tells SC',
    'The Tribune',
    'http://tribuneindia.com/2014/20140225/main5.htm',
    '2014-02-25',
    'B',
    2,
  ),
  ilikepugliaSep8: source(
    'Marò, possibile un rientro terapeutico in Italia di 3-4 mesi per Latorre',
    'iLikePuglia',
    'https://ilikepuglia.it/08/09/2014/maro-possibile-un-rientro-terapeutico-in-italia-di-3-4-mesi-per-latorre',
    '2014-09-08',
    'C',
    2,
  ),
  wideoSep12: source(
    'La India permite el regreso a uno de los marines italianos acusados de matar a dos pescadores indios',
    'Wideo',
    'https://wideo.ovh/video/x25v07b/la-india-permite-el-regreso-a-uno-de-los-marines-italianos-acusados-de-matar-a-dos-pescadores-indios',
    '2014-09-12',
    'C',
    2,
  ),
  yahooDec16: source(
    'Marines case: Italy recalls its Ambassador to India',
    'Yahoo News',
    'http://news.yahoo.com/marines-case--italy-recalls-its-ambassador-to-india-050746464.html',
    '2014-12-17',
    'B',
    2,
  ),
  unionesardaDec17: source(
    "India, l'Italia richiama l'ambasciatore: la decisione dopo il no ai marò",
    "L'Unione Sarda",
    'http://www.unionesarda.it/articolo/notizie_mondo/2014/12/17/india_l_italia_richiama_l_ambasciatore_la_decisione_dopo_il_no_ai-3-401083.html',
    '2014-12-17',
    'C',
    2,
  ),
  gulftimesDec18: source(
    'Italy recalls ambassador in row over marines issue (Xinhua)',
    'Gulf Times',
    'http://www.gulf-times.com/india/185/details/420201/italy-recalls-ambassador-in-row-over-marines-issue',
    '2014-12-18',
    'B',
    2,
  ),
  toiDec19: source(
    'Rome in no mood to send Marine back',
    'The Times of India',
    'http://timesofindia.indiatimes.com/india/Rome-in-no-mood-to-send-Marine-back/articleshow/45567974.cms',
    '2014-12-19',
    'B',
    2,
  ),
};

const INC = {
  shooting: 'st-antony-shooting-2012-02-15',
  ship: 'enrica-lexie-held-2012-02-16',
  arrest: 'marines-arrested-2012-02-19',
  shipFreed: 'enrica-lexie-released-2012-05-05',
  bail: 'marines-bailed-2012-05-30',
  envoy: 'mancini-barred-2013-03-14',
  envoyFreed: 'mancini-order-vacated-2013-04-02',
} as const;
const SEA = 'Off the Kerala coast, near Neendakara';
const KOCHI_PORT = 'Kochi port';
const KERALA = 'Kerala';
const NEW_DELHI = 'New Delhi';
const D = {
  jurisdiction: 'italy-jurisdiction',
  return: 'marines-return-for-trial',
  sua: 'no-sua-charges',
  leave: 'latorre-girone-leave-2014',
} as const;
const U = { return: 'return-by-march-22' } as const;

const events: readonly NegotiationEvent[] = [
  ev(
    'NegotiationOpened',
    'opened',
    when('2012-02-15'),
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Italy – India: the Enrica Lexie marines, 2012–14',
      subject:
        "The shooting of two Indian fishermen off Kerala by Italian navy marines guarding the tanker Enrica Lexie (15 February 2012), the ship held and the marines Latorre and Girone arrested and tried in India, Italy's claim to jurisdiction, their leaves, Italy's refusal to return them and India's response (March 2013), the anti-piracy law and Italy's recalls of its ambassador (2014).",
      parties: [ITALY, INDIA],
      mediators: [],
    },
    [S.sole24, S.italianotizie],
  ),
  // ===== February 2012: the shooting, the ship, the arrest =====
  ev(
    'IncidentReported',
    'inc-shooting',
    when('2012-02-15T11:00:00Z'),
    {
      incidentId: INC.shooting,
      kind: 'lethal-force',
      perpetrator: 'italy',
      allegedBy: 'india',
      against: 'india',
      target: 'The Indian fishing boat St Antony and its eleven fishermen',
      place: SEA,
      fatalities: { min: 2, max: 2 },
      civilianFatalities: { min: 2, max: 2 },
      description:
        "Fire from the Italian navy's protection detachment aboard the Italian-flagged tanker Enrica Lexie (Singapore to Egypt) kills two fishermen on the St Antony, Valentine (Jelastine), 45, of Kerala, and Ajesh Binki, of Tamil Nadu, about 16:30 local time. The Italian navy says the San Marco marines thwarted a boarding by firing three bursts as a deterrent; the marines say they took the boat for pirates. Italy says it happened in international waters; India's police place it in the contiguous zone, about 20.5 nautical miles out.",
    },
    [S.sole24, S.italianotizie, S.seachest],
  ),
  ev(
    'StatementMade',
    'st-navy-feb15',
    when('2012-02-15T18:00:00Z'),
    {
      speaker: ITALIAN_NAVY,
      audience: 'domestic audience',
      tone: 'neutral',
      summary:
        'The Italian navy says the marines aboard the Enrica Lexie thwarted a pirate boarding by firing three series of shots as a deterrent.',
    },
    [S.italianotizie],
  ),
  ev(
    'IncidentReported',
    'inc-ship',
    when('2012-02-16'),
    {
      incidentId: INC.ship,
      kind: 'detention',
      perpetrator: 'india',
      allegedBy: 'italy',
      against: 'italy',
      target: "The Italian-flagged tanker Enrica Lexie, its crew and the Italian navy's six-man protection detachment",
      place: KOCHI_PORT,
      description:
        "India's Coast Guard, having radioed the ships near the spot, orders the Enrica Lexie to Kochi, where it is taken into custody pending the investigation (Indian navy spokesman); Neendakara police register a homicide case. Italy's navy had objected to the ship entering Indian waters and landing its detachment (Corriere della Sera, via IANS).",
    },
    [S.seachest, S.italianotizie, S.ianssFeb22],
  ),
  ev(
    'StatementMade',
    'st-summons-feb17',
    when('2012-02-17'),
    {
      speaker: MEA,
      audience: 'italy',
      tone: 'accusation',
      summary:
        "India calls in Italy's ambassador to explain the killing of two Indian fishermen by members of the Italian navy: a strong protest.",
    },
    [S.seachest],
  ),
  ev(
    'IncidentReported',
    'inc-arrest',
    when('2012-02-19T10:30:00Z'),
    {
      incidentId: INC.arrest,
      kind: 'detention',
      perpetrator: 'india',
      allegedBy: 'italy',
      against: 'italy',
      target: 'Chief Master Sergeant Massimiliano Latorre and Sergeant Salvatore Girone of the San Marco regiment',
      place: KERALA,
      description:
        "Kerala police, with the Centre's go-ahead, take the two marines off the ship at Kochi after three days of diplomatic wrangling and arrest them for murder; the next day a Kollam magistrate puts them in police custody, then judicial custody. They are held in the CISF guesthouse, then in Thiruvananthapuram's Central Prison.",
    },
    [S.telegraphFeb20, S.gulfnewsFeb20, S.ndtvFeb21, S.asianageMay5],
  ),
  ev(
    'DemandTabled',
    'dem-jurisdiction',
    when('2012-02-20'),
    {
      demandId: D.jurisdiction,
      by: 'italy',
      addressedTo: ['india'],
      text: 'Italy has jurisdiction: the marines, on an Italian-flagged ship in international waters under UN anti-piracy resolutions, must be tried in Italy, not India.',
      category: 'political',
    },
    [S.ndtvFeb21, S.oneindiaFeb20],
  ),
  ev(
    'StatementMade',
    'st-terzi-feb20',
    when('2012-02-20'),
    {
      speaker: TERZI,
      audience: 'india',
      tone: 'critical',
      summary:
        "Italy strongly criticises the arrests; 'there are considerable differences of a judicial nature ... I do not believe there has been the kind of collaboration between the states of India and Italy which could be hoped for'. Italy will go to the High Court to quash the FIR.",
    },
    [S.ndtvFeb21],
  ),
  ev(
    'PositionTaken',
    'pos-jurisdiction-krishna',
    when('2012-02-20'),
    {
      demandId: D.jurisdiction,
      actorId: 'india',
      stance: 'rejected',
      quote: 'The law of the land will have to take its own course.',
      speaker: KRISHNA,
    },
    [S.oneindiaFeb20],
  ),
  // ===== March – May 2012: the ship, the charge sheet, the bail =====
  ev(
    'IncidentReported',
    'inc-ship-freed',
    when('2012-05-05'),
    {
      incidentId: INC.shipFreed,
      kind: 'release',
      perpetrator: 'india',
      against: 'italy',
      target: 'The Enrica Lexie',
      place: KOCHI_PORT,
      description:
        "On the Supreme Court's order of 2 May, the owners execute a Rs 3 crore bond and the High Court's registrar faxes Cochin Port the release order: the ship may leave with its four other marines, undertaking to produce them when summoned.",
    },
    [S.asianageMay5],
  ),
  ev(
    'StatementMade',
    'st-recall-may18',
    when('2012-05-18'),
    {
      speaker: FARNESINA,
      audience: 'india',
      tone: 'critical',
      summary:
        "After Kerala police file murder charges against the marines, Italy recalls its ambassador from New Delhi for consultations 'in light of the situation in Kerala and the charges'; de Mistura calls it 'a signal of profound displeasure' at the 'absurd accusation of premeditated murder'. India's foreign ministry: 'for consultation, not for recall'.",
    },
    [S.reutersMay18, S.arabstodayMay19, S.asianewsMay18],
    { cameo: '161', note: 'A recall of the ambassador for consultations (CAMEO 161).' },
  ),
  ev(
    'PositionTaken',
    'pos-jurisdiction-hc',
    when('2012-05-29'),
    {
      demandId: D.jurisdiction,
      actorId: 'india',
      stance: 'rejected',
      conditions:
        'The High Court of Kerala dismisses the plea to quash the FIR: the marines are liable to the penal jurisdiction of Indian courts.',
      speaker: KERALA_HC,
    },
    [S.rediffMay30],
  ),
  ev(
    'IncidentReported',
    'inc-bail',
    when('2012-05-30'),
    {
      incidentId: INC.bail,
      kind: 'release',
      perpetrator: 'india',
      against: 'italy',
      target: 'Latorre and Girone',
      place: KERALA,
      description:
        "The Kerala High Court grants the marines bail: a bond of Rs 1 crore each and two Indian sureties, passports surrendered, to live within 10 km of the Kochi police commissioner's office and report there daily; they leave the Borstal reformatory once the formalities are done. Italy had paid the victims' families compensation in April, and the families had settled with it.",
    },
    [S.rediffMay30, S.gcaptainMay30, S.asianewsMay30, S.asianewsMay18],
  ),
  // ===== December 2012 – February 2013: the leaves, the Supreme Court =====
  ev(
    'StatementMade',
    'st-christmas-leave',
    when('2012-12-20'),
    {
      speaker: KERALA_HC,
      audience: 'italy',
      tone: 'conciliatory',
      summary:
        "The Kerala High Court lets the marines go home for Christmas, on Italy's guarantee (the foreign minister, the ambassador, the consul general) and a further Rs 6 crore, to return by 10 January; India's foreign ministry has no objection.",
    },
    [S.sifyDec20, S.indiatvDec20],
  ),
  ev(
    'PositionTaken',
    'pos-jurisdiction-sc',
    when('2013-01-18'),
    {
      demandId: D.jurisdiction,
      actorId: 'india',
      stance: 'rejected',
      conditions:
        'Kerala has no jurisdiction; until Article 100 of UNCLOS is shown to apply, the Union of India alone has jurisdiction, and a special court is to try the marines. They move to Delhi on the same bail terms, under the Italian embassy’s control, reporting weekly to the Chanakyapuri police.',
      speaker: SUPREME_COURT,
    },
    [S.scJan18, S.asianageJan18],
  ),
  ev(
    'DemandTabled',
    'dem-return',
    when('2013-02-22'),
    {
      demandId: D.return,
      by: 'india',
      addressedTo: ['italy'],
      text: 'The marines, allowed home for four weeks to vote, return to India by 22 March to stand trial, as Italy undertook to the Supreme Court.',
      category: 'procedural',
    },
    [S.wikiTensions, S.bsMar13],
    {
      note: 'The Supreme Court grants the leave on the ambassador’s affidavit; the Christmas leave had been honoured both ways (ANSA, 15 March 2013).',
    },
  ),
  ev(
    'PositionTaken',
    'pos-return-affidavit',
    when('2013-02-22'),
    {
      demandId: D.return,
      actorId: 'italy',
      stance: 'accepted',
      conditions: 'The ambassador’s affidavit takes full responsibility for the return of the marines.',
      speaker: MANCINI,
    },
    [S.wikiTensions, S.gazzettaMar15],
  ),
  // ===== March 2013: Italy reneges; the consequences; the ambassador barred =====
  ev(
    'PositionTaken',
    'pos-return-rejected',
    when('2013-03-11'),
    {
      demandId: D.return,
      actorId: 'italy',
      stance: 'rejected',
      conditions:
        'India’s courts have no jurisdiction; India ignored Italy’s written offer of talks (note of 6 March).',
      speaker: FARNESINA,
    },
    [S.afpMar14, S.midday, S.apMar18, S.truthdiveMar12],
  ),
  ev(
    'StatementMade',
    'st-italy-mar11',
    when('2013-03-11'),
    {
      speaker: FARNESINA,
      audience: 'india',
      tone: 'critical',
      summary:
        'Italy announces that the marines will not return to India when their leave ends: India has no jurisdiction over an incident in international waters, and it ignored Italy’s offer of diplomatic talks; Italy wants the case before an international court.',
    },
    [S.afpMar14, S.midday, S.apMar18, S.domainbMar18],
  ),
  ev(
    'StatementMade',
    'st-mathai-mar12',
    when('2013-03-12'),
    {
      speaker: MATHAI,
      audience: 'italy',
      tone: 'accusation',
      summary:
        "The foreign secretary summons the Italian ambassador: the Italian note is 'not acceptable to us'; Italy is obliged under its assurance to the Supreme Court to return the marines in the time frame it gave.",
    },
    [S.truthdiveMar12, S.midday],
  ),
  ev(
    'StatementMade',
    'st-singh-mar13',
    when('2013-03-13'),
    {
      speaker: SINGH,
      audience: 'italy',
      tone: 'threat',
      summary:
        "In both Houses: Italy's actions 'violate every rule of diplomatic discourse' and are 'not acceptable'; 'If they do not keep their word, there will be consequences for our relations with Italy.'",
      quote: 'If they do not keep their word, there will be consequences for our relations with Italy.',
    },
    [S.bsMar13, S.hinduMar14],
    { occurrence: 'singh-2013-03-13' },
  ),
  ev(
    'UltimatumIssued',
    'ult-return',
    when('2013-03-13'),
    {
      ultimatumId: U.return,
      by: 'india',
      to: ['italy'],
      demandIds: [D.return],
      deadline: '2013-03-22',
      consequences:
        'Consequences for India’s relations with Italy (the Prime Minister); the government waits for the Supreme Court’s deadline of 22 March.',
      channel: 'Statement to Parliament',
    },
    [S.bsMar13, S.hinduMar14, S.firstpostMar12],
    { occurrence: 'singh-2013-03-13' },
  ),
  ev(
    'IncidentReported',
    'inc-envoy',
    when('2013-03-14'),
    {
      incidentId: INC.envoy,
      kind: 'detention',
      perpetrator: 'india',
      allegedBy: 'italy',
      against: 'italy',
      target: "Italy's ambassador Daniele Mancini",
      place: NEW_DELHI,
      description:
        "The Supreme Court orders that 'Mr. Daniele Mancini shall not leave India without the permission of this court' and that he explain Italy's decision by 18 March; the interior ministry notifies every airport of the bar the next day. Italy's note verbale of 15 March says it violates the Vienna Convention; the ambassador is not confined and goes about New Delhi.",
    },
    [S.afpMar14, S.midday, S.gazzettaMar15],
    { note: 'The ambassador held in India by the court’s order (see the header).' },
  ),
  ev(
    'StatementMade',
    'st-india-envoy-hold',
    when('2013-03-14'),
    {
      speaker: KHURSHID,
      audience: 'italy',
      tone: 'critical',
      summary:
        "'Everything that is necessary to ensure the dignity and the primacy of India in this matter will be preserved'; India puts on hold its new ambassador's move to Rome and summons the EU's ambassador.",
    },
    [S.brisbaneMar15, S.gazzettaMar15],
    { cameo: '161' },
  ),
  ev(
    'StatementMade',
    'st-mancini-mar18',
    when('2013-03-18'),
    {
      speaker: MANCINI,
      audience: 'india',
      tone: 'critical',
      summary:
        'Before the Supreme Court the ambassador invokes his diplomatic immunity and says his undertaking was his government’s, which has changed; the Court says he has lost its trust and extends the bar on his leaving "till further orders".',
    },
    [S.apMar18, S.independentMar18],
  ),
  ev('ActorRegistered', 'actor-eu', when('2013-03-18'), { actor: EU, role: 'third-party' }, [S.hinaMar19]),
  ev(
    'StatementMade',
    'st-ashton-mar18',
    when('2013-03-18'),
    {
      speaker: ASHTON,
      audience: 'italy, india',
      tone: 'neutral',
      summary:
        'The EU is not a party to the legal dispute; Ashton calls on Italy and India to respect the Vienna Convention and find a mutually satisfactory, amicable solution under UNCLOS and international law.',
    },
    [S.hinaMar19],
  ),
  // ===== 21 March – 2 April 2013: the reversal =====
  ev(
    'PositionTaken',
    'pos-return-accepted',
    when('2013-03-21'),
    {
      demandId: D.return,
      actorId: 'italy',
      stance: 'accepted',
      conditions:
        'Having received written assurances from India on the treatment of the marines and their fundamental rights (no death penalty, no arrest on return).',
      speaker: ITALIAN_GOV,
    },
    [S.afpMar21, S.indiatvMar22, S.iansMar22],
  ),
  ev(
    'StatementMade',
    'st-khurshid-mar22',
    when('2013-03-22'),
    {
      speaker: KHURSHID,
      audience: 'italy',
      tone: 'conciliatory',
      summary:
        "To Parliament: India assured Italy the marines will not face the death penalty (not a 'rarest of rare' case) and will not be arrested if they return within the court's time frame; 'diplomacy continues to work'.",
    },
    [S.upiMar22, S.iansMar22],
  ),
  ev(
    'UltimatumResolved',
    'ult-return-complied',
    when('2013-03-22'),
    {
      ultimatumId: U.return,
      resolution: 'complied',
      summary:
        "The marines land in New Delhi on the evening of the 22nd, within the Supreme Court's deadline, escorted by de Mistura, and go to the Italian embassy.",
    },
    [S.afpMar22, S.iansMar22],
  ),
  ev(
    'StatementMade',
    'st-demistura-mar22',
    when('2013-03-22'),
    {
      speaker: DE_MISTURA,
      audience: 'india',
      tone: 'conciliatory',
      summary:
        "'A potential diplomatic crisis was avoided': the marines are back on India's written guarantee that no death penalty can be envisaged; Italy wants the special court set up quickly.",
    },
    [S.iansMar22],
  ),
  ev(
    'StatementMade',
    'st-terzi-mar26',
    when('2013-03-26'),
    {
      speaker: TERZI,
      audience: 'domestic audience',
      tone: 'critical',
      summary:
        "Terzi resigns in parliament over the return of the marines to India: 'My reservations about sending the marines back to India were not listened to.'",
    },
    [S.reutersMar26],
  ),
  ev(
    'IncidentReported',
    'inc-envoy-freed',
    when('2013-04-02'),
    {
      incidentId: INC.envoyFreed,
      kind: 'release',
      perpetrator: 'india',
      against: 'italy',
      target: "Italy's ambassador Daniele Mancini",
      place: NEW_DELHI,
      description:
        "The Supreme Court vacates its orders of 14 and 18 March: the marines have returned, so the ambassador's undertaking is satisfied; it asks the government to set up the special court without delay. Italy's counsel objects to the NIA's investigation.",
    },
    [S.ahramApr2, S.bsApr2, S.firstpostApr2],
  ),
  // ===== February 2014: the anti-piracy law, the second recall =====
  ev(
    'DemandTabled',
    'dem-sua',
    when('2014-02-14'),
    {
      demandId: D.sua,
      by: 'italy',
      addressedTo: ['india'],
      text: 'The marines must not be charged under the SUA Act, the anti-piracy and anti-terrorism law: they are soldiers, not pirates or terrorists.',
      category: 'political',
    },
    [S.ansaFeb14, S.wsjFeb18],
  ),
  ev(
    'StatementMade',
    'st-taskforce-feb14',
    when('2014-02-14'),
    {
      speaker: ITALIAN_GOV,
      audience: 'india',
      tone: 'warning',
      summary:
        "Italy's inter-ministerial task force on the marines: charging them under the SUA law would impair the dignity of Italy and the marines and 'would have negative consequences in relations with India and in the global fight against piracy'.",
    },
    [S.ansaFeb14],
  ),
  ev(
    'StatementMade',
    'st-bonino-feb18',
    when('2014-02-18'),
    {
      speaker: BONINO,
      audience: 'india',
      tone: 'critical',
      summary:
        "After the Supreme Court again postpones its ruling on the SUA charges, Italy recalls its ambassador for consultations: the 'unacceptable postponement' shows 'the Indian manifest incapacity to handle the affair'; Italy will intensify its effort for recognition of its rights as a sovereign state.",
    },
    [S.xinhuaFeb18, S.wsjFeb18],
    { cameo: '161', note: 'The second recall of the ambassador (CAMEO 161).' },
  ),
  ev(
    'StatementMade',
    'st-eu-feb18',
    when('2014-02-18'),
    {
      speaker: ASHTON_SPOKES,
      audience: 'india',
      tone: 'warning',
      summary:
        "'We are very concerned': if the marines are charged under the anti-terrorism law 'there will be important consequences for our fight against piracy'.",
    },
    [S.ansaFeb18],
  ),
  ev(
    'StatementMade',
    'st-antony-feb23',
    when('2014-02-23'),
    {
      speaker: ANTONY,
      audience: 'italy',
      tone: 'critical',
      summary:
        'The government will proceed with stringent action against the Italian marines charged with killing the fishermen.',
    },
    [S.aljazeeraFeb24],
  ),
  ev(
    'PositionTaken',
    'pos-sua-dropped',
    when('2014-02-24'),
    {
      demandId: D.sua,
      actorId: 'india',
      stance: 'accepted',
      conditions:
        'The Attorney General tells the Supreme Court the prosecution will not proceed under the SUA Act; the marines can still be tried under the ordinary criminal law.',
      speaker: VAHANVATI,
    },
    [S.aljazeeraFeb24, S.tribuneFeb25],
  ),
  // ===== September – December 2014: Latorre's leave, the third recall =====
  ev(
    'StatementMade',
    'st-swaraj-sep8',
    when('2014-09-08'),
    {
      speaker: SWARAJ,
      audience: 'italy',
      tone: 'conciliatory',
      summary:
        'India will not oppose, on humanitarian grounds, Latorre’s return to Italy for treatment after the cerebral ischaemia that struck him on 31 August, if the Supreme Court allows it.',
    },
    [S.ilikepugliaSep8],
  ),
  ev(
    'StatementMade',
    'st-sc-sep12',
    when('2014-09-12'),
    {
      speaker: SUPREME_COURT,
      audience: 'italy',
      tone: 'conciliatory',
      summary:
        'The Supreme Court lets Latorre go home for four months of treatment on a written guarantee of his return; India did not oppose it as a humanitarian matter (foreign ministry spokesman).',
    },
    [S.wideoSep12, S.gulftimesDec18],
  ),
  ev(
    'DemandTabled',
    'dem-leave',
    when('2014-12-16'),
    {
      demandId: D.leave,
      by: 'italy',
      addressedTo: ['india'],
      text: 'Latorre’s stay in Italy extended for four more months of treatment, and Girone allowed home for Christmas.',
      category: 'humanitarian',
    },
    [S.yahooDec16, S.gulftimesDec18],
  ),
  ev(
    'PositionTaken',
    'pos-leave-rejected',
    when('2014-12-16'),
    {
      demandId: D.leave,
      actorId: 'india',
      stance: 'rejected',
      quote: 'The plea of the accused is dismissed.',
      speaker: SUPREME_COURT,
    },
    [S.yahooDec16, S.unionesardaDec17],
  ),
  ev(
    'StatementMade',
    'st-gentiloni-dec17',
    when('2014-12-17'),
    {
      speaker: GENTILONI,
      audience: 'india',
      tone: 'critical',
      summary:
        "Italy recalls its ambassador for 'urgent consultations' — not a break of relations, Gentiloni tells parliament; Defence Minister Pinotti says Latorre is in no condition to travel and 'conditions aren't there' for his return, which is not defiance of India.",
    },
    [S.gulftimesDec18, S.unionesardaDec17, S.toiDec19],
    { cameo: '161', note: 'The third recall of the ambassador (CAMEO 161).' },
  ),
  ev(
    'StatementMade',
    'st-mogherini-dec18',
    when('2014-12-18', 'approximate'),
    {
      speaker: MOGHERINI,
      audience: 'india',
      tone: 'critical',
      summary:
        'The decision to deny Latorre’s plea and Girone’s Christmas at home is disappointing; the issue could affect EU–India relations and the fight against piracy.',
    },
    [S.toiDec19],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'italy-india-2012.jsonl',
  logEnd: '2026-12-07T03:00:00Z',
  events,
};

export default definition;
