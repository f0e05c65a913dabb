/**
 * A test fixture, not a shipped example: the crisis between Nepal (the
 * governments of Sushil Koirala and, from October 2015, K. P. Sharma Oli) and
 * India (Narendra Modi's government) from September 2015 to March 2016, as an
 * analyst following the news could have recorded it — Foreign Secretary
 * Jaishankar in Kathmandu as Modi's envoy on the eve of the constitution (18–19
 * September 2015); the constitution promulgated on 20 September, which India
 * only 'noted' (20 September) before blaming Nepal's leadership for the
 * violence in the plains (21 September); the seven amendments India was
 * reported to want, and India's denial (23 September); the blockade of the
 * crossings from 23–24 September — the United Democratic Madhesi Front's
 * sit-ins at the crossings (Birgunj–Raxaul the main one) and, by the account
 * of Nepal's officials, Indian customs and the Sashastra Seema Bal halting
 * trucks at the other crossings, which India denied ('no blockade by India');
 * the fuel shortage; Nepal's fuel agreement with China (28 October) and
 * China's first tankers (1 November); the police clearing the Miteri bridge at
 * Birgunj and firing on protesters (2 November: an Indian national killed) and
 * Oli's accusation that India propped up the blockade; Nepal's complaint at the
 * UN Human Rights Council's review in Geneva and India's reply there (4
 * November); the normal supply at the other crossings (about 7 December);
 * India welcoming the cabinet's decisions (21 December) and the constitution's
 * first amendment (23–24 January 2016); the end of the Birgunj blockade (5
 * February: traders and Madhesi activists clearing the crossing, trucks
 * moving; the front calling its blockade off on 8 February); and Oli's state
 * visit to New Delhi (19–24 February) with the agreements signed on 20
 * February. Escalation model v2 was never tuned on it: it is the case the model
 * is held to in nepal-india-2015.spec.ts, against the calls an analyst makes
 * from DOMAIN.md §5b alone.
 *
 * What it tests that the other cases did not: a closure done by a third party
 * (the Madhesi front's sit-ins, against Nepal's government) that one party
 * blames on the other; a border formally open (no decree closes it) while one
 * party's officials, by the other's account, halt the trade; no armed action
 * at all between the two, and a killing by one party's police in a crackdown
 * on its own protesters that kills the other's national; and a visit with
 * agreements that restores cooperation.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source.
 *
 * Grading as in examples/README.md: A = the government's own published text
 * (India's Ministry of External Affairs press releases, for what India said);
 * B = established outlet or wire copy (Reuters, AP, AFP, PTI, IANS copies
 * included); C = smaller outlet, aggregator, blog or mirror of a wire story;
 * 2 = several outlets agree or one established outlet reports an on-record
 * statement or fact; 3 = one side's unverified claim about the other, or
 * unnamed sources.
 *
 * Judgement calls, recorded as an analyst would:
 * - The blockade is two acts, recorded as the sources tell them. (1) The
 *   Madhesi front's sit-in at the Birgunj–Raxaul crossing (the Miteri bridge):
 *   a `border-closure` by `madhesi-front` (a third party) `against` Nepal,
 *   whose government it presses; Nepal holds India responsible (`blamedOn:
 *   india`, `allegedBy: nepal`). The protesters' own words (ANI, 7 October) and
 *   Indian customs at Raxaul say it is theirs. Dated 23 September
 *   (approximate): the date the blockade is usually given; the Himalayan Times
 *   reports no vehicle entering at Raxaul on the 24th and 25th, and Raxaul
 *   customs says truck trade stopped on the 24th. (2) Indian customs and the
 *   SSB halting trucks at the other crossings (Jogbani, Panitanki, Sunauli,
 *   Rupaidiha, Gauriphanta, Trinagar), where, by Nepal's officials (the
 *   Kathmandu Post, 28 September; New Business Age, 27 September), trucks
 *   cleared by Indian customs were stopped by the SSB and Indian Oil filled a
 *   fraction of the tankers: a `border-closure` by India `against` Nepal,
 *   `allegedBy: nepal`, graded 3 (India denies any blockade: 'security
 *   concerns' of its transporters, the protests on Nepal's side). No decree
 *   closed any crossing: the border stayed formally open, the trade halted.
 * - The end of India's halting at the other crossings is dated about 7
 *   December 2015 (approximate): the Nepal Oil Corporation's regional office
 *   says the Indian Oil depot at Banbasa loads all Nepali tankers "in recent
 *   days" (6 December) and normal supply through Gauriphanta "from Monday" (the
 *   Himalayan Times, 10 December); at Kakarbhitta and Bhairahawa tankers stayed
 *   few for some days more. Recorded as the `border-reopening` of that closure,
 *   by India, with its place. The Birgunj sit-in went on.
 * - 2 November: the police clearing of the Miteri bridge opened the crossing for
 *   a few hours (some 200 empty trucks left for India); the protesters were
 *   back the same day and India's spokesman reports Raxaul–Birgunj 'continues
 *   to remain blocked' on 5 November: it is in the description, not a
 *   reopening. Who fired: Nepal's police, by Nepal's Home Ministry, PTI, IANS
 *   and the Himalayan Times alike. The dead man, Ashish Kumar Ram of Raxaul,
 *   was an Indian national: `lethal-force` by Nepal `against` the Madhesi
 *   front (the protesters it was aimed at), `harmed: india`. Not armed action
 *   between the two (§5b); no source says it was aimed at India.
 * - The seven amendments were reported by the Indian Express from unnamed
 *   Indian government sources and denied the same day by India's ministry: a
 *   `DemandTabled` by India graded C3, and India's denial recorded beside it.
 * - Thapa's address at the UN Human Rights Council (4 November) names no
 *   country ('under any pretext'): an accusation aimed at India's obstruction
 *   (India replied to it there), without a `blames` field. Oli's accusation of
 *   2 November names India, and blames it for the Birgunj sit-in.
 * - The constitution's promulgation and its first amendment are Nepal's
 *   internal acts, recorded as the statements announcing them (neutral).
 * - Oli's visit: one round (`formal`), opened and concluded on 20 February
 *   with the talks at Hyderabad House; the agreements signed that day are one
 *   `partial` agreement, `signed`, text not public (reported as nine
 *   agreements by PTI and the Indian Express, seven by other outlets).
 * - China (third party): the fuel agreement of 28 October (the Nepal Oil
 *   Corporation with PetroChina, a framework for commercial imports) and its
 *   1,000 tonnes of petrol granted, first tankers on 1 November, are
 *   `ThirdPartyEngagement` of China with Nepal (`support`). The UN is a third
 *   party, the forum of the 4 November exchange.
 * - Left out: the Madhesi front's talks with Nepal's government and the
 *   clashes between protesters and police in the plains (Nepal's internal
 *   affairs, no act between the two); the Indian Oil depot's refusal on Bakr
 *   Eid (25 September), a holiday; Oli's China visit of March 2016, after the
 *   last call.
 */
import type { Actor, NegotiationEvent, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'nepal-india-blockade-2015';
const { ev, at } = caseKit(NEGOTIATION_ID, 'test-analyst', 2015);

const NEPAL: Actor = {
  id: 'nepal',
  name: 'Nepal',
  kind: 'state',
  aliases: ['Federal Democratic Republic of Nepal', 'Kathmandu'],
};
const INDIA: Actor = { id: 'india', name: 'India', kind: 'state', aliases: ['Republic of India', 'New Delhi'] };
const MADHESI_FRONT: Actor = {
  id: 'madhesi-front',
  name: 'United Democratic Madhesi Front',
  kind: 'opposition-movement',
  aliases: ['UDMF', 'Samyukta Loktantrik Madhesi Morcha', 'Madhesi Morcha', 'Madhes-based parties'],
};
const CHINA: Actor = { id: 'china', name: 'China', kind: 'state', aliases: ["People's Republic of China", 'Beijing'] };
const UN: Actor = {
  id: 'united-nations',
  name: 'United Nations',
  kind: 'international-organisation',
  aliases: ['UN', 'UN Human Rights Council'],
};

const JAISHANKAR: Person = { name: 'S. Jaishankar', title: 'Foreign Secretary of India', actorId: 'india' };
const MEA: Person = { name: 'Ministry of External Affairs of India (statement)', actorId: 'india' };
const SWARUP: Person = {
  name: 'Vikas Swarup',
  title: 'Spokesperson, Ministry of External Affairs of India',
  actorId: 'india',
};
const RAXAUL_CUSTOMS: Person = {
  name: 'Kamlesh Kumar',
  title: 'Assistant Commissioner of Customs, Raxaul',
  actorId: 'india',
};
const INDIA_UPR: Person = { name: 'Delegation of India to the UPR Working Group', actorId: 'india' };
const MODI: Person = { name: 'Narendra Modi', title: 'Prime Minister of India', actorId: 'india' };
const NEPAL_GOV: Person = { name: 'Government of Nepal (announcement)', actorId: 'nepal' };
const OLI: Person = { name: 'K. P. Sharma Oli', title: 'Prime Minister of Nepal', actorId: 'nepal' };
const THAPA: Person = {
  name: 'Kamal Thapa',
  title: 'Deputy Prime Minister and Foreign Minister of Nepal',
  actorId: 'nepal',
};
const UPADHYAY: Person = { name: 'Deep Kumar Upadhyay', title: 'Ambassador of Nepal to India', actorId: 'nepal' };
const MAHATO: Person = {
  name: 'Rajendra Mahato',
  title: 'Chair, Sadbhawana Party (United Democratic Madhesi Front)',
  actorId: 'madhesi-front',
};
const UDMF_LEADERS: Person = { name: 'United Democratic Madhesi Front (statement)', actorId: 'madhesi-front' };

/** One name per closed stretch (a closure and its reopening read alike). */
const BIRGUNJ = 'Birgunj–Raxaul crossing (Miteri bridge)';
const OTHER_CROSSINGS = 'Other Nepal–India crossings (Jogbani, Panitanki, Sunauli, Rupaidiha, Gauriphanta, Trinagar)';

const S = {
  bsSep20: source(
    'India asks Nepal to resolve differences via peaceful dialogue',
    'Business Standard (PTI)',
    'https://business-standard.com/article/pti-stories/india-asks-nepal-to-resolve-differences-via-peaceful-dialogue-115092000597_1.html',
    '2015-09-20',
    'B',
    2,
  ),
  meaSep20: source(
    'Statement on the situation in Nepal (20 September 2015)',
    'Ministry of External Affairs of India',
    'http://www.mea.gov.in/press-releases.htm?dtl/25821/Statement+on+the+situation+in+Nepal%20',
    '2015-09-20',
    'A',
    2,
  ),
  thtSep20: source(
    'Indian govt wishes well but refrains from welcoming statute',
    'The Himalayan Times',
    'http://thehimalayantimes.com/kathmandu/indian-govt-wishes-well-but-refrains-from-welcoming-statute',
    '2015-09-20',
    'B',
    2,
  ),
  deccanSep20: source(
    'India expresses concern over Nepal violence',
    'Deccan Herald',
    'https://www.deccanherald.com/content/501975/india-expresses-concern-over-nepal.html',
    '2015-09-20',
    'B',
    2,
  ),
  htSep21: source(
    'Violence in Nepal over new constitution a worry for India',
    'Hindustan Times',
    'http://www.hindustantimes.com/world/violence-in-nepal-over-new-constitution-a-worry-for-india/story-06Rs5RBQwxpFj36dwcV0gP.html',
    '2015-09-21',
    'B',
    2,
  ),
  meaSep21: source(
    'Statement on the situation in Nepal (21 September 2015)',
    'Ministry of External Affairs of India',
    'http://www.mea.gov.in/press-releases.htm?dtl/25825/Statement+on+the+situation+in+Nepal',
    '2015-09-21',
    'A',
    2,
  ),
  setopatiSep23: source(
    'India wants Nepal to make 7 changes in statute, reports The Indian Express',
    'Setopati',
    'http://setopati.net/politics/9433/India-wants-Nepal-to-make-7-changes-in-statute,-reports-The-Indian-',
    '2015-09-23',
    'C',
    3,
  ),
  newsroomSep23: source(
    "India outlines seven changes for Nepal's constitution",
    'Newsroom24x7',
    'https://newsroom24x7.com/2015/09/23/india-outlines-seven-changes-for-nepals-constitution/',
    '2015-09-23',
    'C',
    3,
  ),
  odishaSep23: source(
    'India denies proposing any Amendments to Nepal Constitution',
    'Odisha News Insight (IANS)',
    'https://odishanewsinsight.com/world/india-denies-proposing-any-amendments-to-nepal-constitution/',
    '2015-09-23',
    'C',
    2,
  ),
  thtSep25: source(
    'Agitators in Tarai block essential supplies',
    'The Himalayan Times',
    'https://thehimalayantimes.com/ampArticle/127558',
    '2015-09-25',
    'B',
    2,
  ),
  nbaSep27: source(
    "India's unofficial embargo continues",
    'New Business Age',
    'https://www.old.newbusinessage.com/Articles/view/2914',
    '2015-09-27',
    'C',
    3,
  ),
  kpSep28: source(
    'Indian side blocks goods carriers at border points',
    'The Kathmandu Post',
    'https://kathmandupost.com/national/2015/09/28/indian-side-blocks-goods-carriers-at-border-points',
    '2015-09-28',
    'B',
    3,
  ),
  aarthikOct5: source(
    'IOC refuses to provide fuel despite assurances',
    'Aarthik News',
    'https://english.aarthiknews.com/news/detail/13834',
    '2015-10-05',
    'C',
    2,
  ),
  siasatOct7: source(
    'India unable to move trucks to Nepal due to protesting Madhesis at border',
    'Siasat (ANI)',
    'https://archive.siasat.com/news/india-unable-move-trucks-nepal-due-protesting-madhesis-border-848284/',
    '2015-10-07',
    'C',
    2,
  ),
  thtOct7: source(
    'No vehicular movement for two weeks',
    'The Himalayan Times',
    'http://thehimalayantimes.com/nepal/no-vehicular-movement-for-two-weeks/',
    '2015-10-07',
    'B',
    2,
  ),
  thtOct28: source(
    'Nepal, China seal deal for import of fuel',
    'The Himalayan Times',
    'http://thehimalayantimes.com/nepal/nepal-china-seal-deal-for-import-of-fuel/',
    '2015-10-28',
    'B',
    2,
  ),
  bahrainOct28: source(
    'Nepal inks fuel agreement with China to ease crisis',
    'News of Bahrain (AFP)',
    'https://www.newsofbahrain.com/world/7677.html',
    '2015-10-28',
    'C',
    2,
  ),
  dunhamNov1: source(
    'Desperately needed fuel from China arrives in Nepal (Xinhua)',
    'Mikel Dunham (blog)',
    'https://www.mikeldunham.com/mikeldunham/2015/11/desperately-needed-fuel-from-china-arrives-in-nepal.html',
    '2015-11-01',
    'C',
    2,
  ),
  middayNov2: source(
    'Indian killed as Nepal police clear Madhesis from border point',
    'Mid-day (PTI)',
    'https://mid-day.com/news/world-news/article/Indian-killed-as-Nepal-police-clear-Madhesis-from-border-point-16649190',
    '2015-11-02',
    'B',
    2,
  ),
  darpanNov2: source(
    'Police Kill Indian During Nepal Protest',
    'Darpan (IANS)',
    'https://darpanmagazine.com/news/international/police-kill-indian-during-nepal-protest/',
    '2015-11-02',
    'C',
    2,
  ),
  thtNov2: source(
    'Indian official in Birgunj to receive body of youth killed in police firing',
    'The Himalayan Times',
    'http://thehimalayantimes.com/nepal/indian-official-in-birgunj-to-receive-body-of-youth-killed-in-police-firing/',
    '2015-11-02',
    'B',
    2,
  ),
  voaNov2: source(
    'Nepal Police Clear Border Blockade',
    'Voice of America',
    'https://voanews.com/amp/nepal-police-clear-border-blockade/3032630.html',
    '2015-11-02',
    'B',
    2,
  ),
  thtNov4: source(
    'DPM Thapa highlights impending humanitarian crisis',
    'The Himalayan Times',
    'https://thehimalayantimes.com/nepal/dpm-thapa-highlights-impending-humanitarian-crisis/',
    '2015-11-04',
    'B',
    2,
  ),
  hinduNov5: source(
    "'Amendments to charter will resolve Nepal crisis'",
    'The Hindu',
    'https://www.thehindu.com/news/international/amendments-to-charter-will-resolve-nepal-crisis-kamal-thapa/article7843136.ece',
    '2015-11-05',
    'B',
    2,
  ),
  bsNov5: source(
    'No international dimension to stand on Nepal at the UN: India',
    'Business Standard (PTI)',
    'https://www.business-standard.com/amp/article/pti-stories/no-international-dimension-to-stand-on-nepal-at-the-un-india-115110501169_1.html',
    '2015-11-05',
    'B',
    2,
  ),
  newsgramNov5: source(
    'No blockade of cargo vehicles to Nepal: Vikas Swarup',
    'NewsGram (IANS)',
    'https://www.newsgram.com/no-blockade-of-cargo-vehicles-to-nepal-vikas-swarup',
    '2015-11-05',
    'C',
    2,
  ),
  thtNov6: source(
    'Tarai unrest is internal matter: DPM Thapa',
    'The Himalayan Times',
    'https://thehimalayantimes.com/nepal/tarai-unrest-is-internal-matter-dpm-thapa',
    '2015-11-06',
    'B',
    2,
  ),
  xinhuaNov19: source(
    'Nepalese delegation to leave for China to seal commercial deal on fuel import',
    'China.org.cn (Xinhua)',
    'http://en.chinagate.cn/2015-11/19/content_37107938.htm',
    '2015-11-19',
    'B',
    2,
  ),
  domainbDec26: source(
    'Nepal signs long-term fuel supply deal with China',
    'domain-b',
    'https://domain-b.com/economy/trade/nepal-signs-long-term-fuel-supply-deal-with-china',
    '2015-12-26',
    'C',
    2,
  ),
  glocalDec6: source(
    'More fuel-laden tankers enter Nepal via Dhangadhi point (RSS)',
    'Glocal Khabar',
    'https://glocalkhabar.com/more-fuel-laden-tankers-enter-nepal-via-dhangadhi-point/',
    '2015-12-06',
    'C',
    2,
  ),
  thtDec10: source(
    'Normal fuel supply via Gauriphanta resumes',
    'The Himalayan Times',
    'https://thehimalayantimes.com/nepal/normal-fuel-supply-via-gauriphanta-resumes',
    '2015-12-10',
    'B',
    2,
  ),
  ibnsDec22: source(
    "India welcomes Nepal's decision to amend Constitution",
    'India Blooms (IBNS)',
    'https://www.indiablooms.com/phoenix/public/news/india-welcomes-nepals-decision-to-amend-constitution/details',
    '2015-12-22',
    'C',
    2,
  ),
  hinduJan24: source(
    'India welcomes amendments in Nepal Constitution',
    'The Hindu',
    'https://www.thehindu.com/news/national/India-welcomes-amendments-in-Nepal-Constitution/article14017647.ece',
    '2016-01-24',
    'B',
    2,
  ),
  shillongJan25: source(
    'India hails Nepal constitution amendments',
    'The Shillong Times (IANS)',
    'https://theshillongtimes.com/2016/01/25/india-hails-nepal-constitution-amendments',
    '2016-01-25',
    'C',
    2,
  ),
  directionFeb5: source(
    'Birgunj blockade lifted after four months (MyRepublica)',
    'Direction Kathmandu',
    'http://directionkathmandu.com/information/birgunj-blockade-lifted-after-four-months/',
    '2016-02-05',
    'C',
    2,
  ),
  aarthikFeb5: source(
    'Birgunj border blockade not enough to pressure government claims Rajendra Mahato',
    'Aarthik News',
    'https://english.aarthiknews.com/news/detail/13060',
    '2016-02-05',
    'C',
    2,
  ),
  toiFeb8: source(
    'Madhesis end agitation, supplies to Nepal resume',
    'The Times of India',
    'https://timesofindia.indiatimes.com/city/patna/madhesis-end-agitation-supplies-to-nepal-resume/articleshow/50906943.cms',
    '2016-02-08',
    'B',
    2,
  ),
  tibetsunFeb8: source(
    'Madhesis call off blockade protest against new Nepal constitution',
    'Tibet Sun (AP photo, IANS)',
    'https://www.tibetsun.com/news/2016/02/08/madhesis-call-off-blockade-protest-against-new-nepal-constitution',
    '2016-02-08',
    'C',
    2,
  ),
  bsFeb8: source(
    'IOC resumes fuel supply to Nepal through Raxaul',
    'Business Standard (IANS)',
    'https://business-standard.com/article/news-ians/ioc-resumes-fuel-supply-to-nepal-through-raxaul-116020801027_1.html',
    '2016-02-08',
    'B',
    2,
  ),
  bsFeb20: source(
    "Oli briefs Modi on developments after Nepal constitution's adoption",
    'Business Standard (IANS)',
    'https://www.business-standard.com/amp/article/news-ians/oli-briefs-modi-on-developments-after-nepal-constitution-s-adoption-116022000572_1.html',
    '2016-02-20',
    'B',
    2,
  ),
  bsPtiFeb20: source(
    'Modi, Oli discuss India-Nepal ties',
    'Business Standard (PTI)',
    'https://www.business-standard.com/amp/article/pti-stories/modi-oli-discuss-india-nepal-ties-116022000242_1.html',
    '2016-02-20',
    'B',
    2,
  ),
  expressFeb21: source(
    "India, Nepal sign nine agreements; Oli says 'misunderstandings' over",
    'The Indian Express',
    'http://indianexpress.com/article/india/india-news-india/nepal-oli-modi-agreements',
    '2016-02-21',
    'B',
    2,
  ),
  asianageFeb21: source(
    'India signs 9 Nepal pacts, offers $250 million',
    'The Asian Age',
    'https://www.asianage.com/india/india-signs-9-nepal-pacts-offers-250-million-777',
    '2016-02-21',
    'B',
    2,
  ),
  thtFeb22: source(
    "India welcomes Nepal's amended constitution",
    'The Himalayan Times',
    'https://thehimalayantimes.com/nepal/india-welcomes-nepals-amended-constitution',
    '2016-02-22',
    'B',
    2,
  ),
};

const ROUND_DELHI = 'oli-new-delhi-2016-02';

const events: readonly NegotiationEvent[] = [
  // ===== 18–22 September 2015: the constitution, India's displeasure =====
  ev(
    'NegotiationOpened',
    'open',
    { occurredAt: '2015-09-18', recordedAt: at('09-20', '18:00') },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Nepal – India: the constitution and the border blockade, 2015–16',
      subject:
        "India's objections to Nepal's constitution of 20 September 2015, the blockade of the border crossings that followed (the Madhesi protesters' sit-ins, and the trucks halted on India's side that Nepal calls an unofficial blockade), and the two governments' way back to cooperation.",
      parties: [NEPAL, INDIA],
      mediators: [],
    },
    [S.bsSep20, S.deccanSep20],
  ),
  ev(
    'ActorRegistered',
    'actor-madhesi-front',
    { occurredAt: '2015-09-18', recordedAt: at('09-20', '18:01') },
    { actor: MADHESI_FRONT, role: 'third-party' },
    [S.bsSep20],
  ),
  ev(
    'StatementMade',
    'stmt-jaishankar-sep19',
    { occurredAt: '2015-09-19', recordedAt: at('09-20', '18:05') },
    {
      speaker: JAISHANKAR,
      audience: 'nepal',
      tone: 'critical',
      summary:
        "Wrapping up two days in Kathmandu as Modi's special envoy (he met President Yadav, Prime Minister Koirala, Oli, Prachanda and the Madhesi leaders) on the eve of the promulgation: India wants the constitution's completion to be an occasion of joy, not of agitation and violence.",
      quote:
        'India has always been strongly supporting constitution-making process in Nepal and we would like its completion to be an occasion of joy and satisfaction, not agitation and violence',
    },
    [S.bsSep20, S.deccanSep20],
  ),
  ev(
    'StatementMade',
    'stmt-nepal-promulgation-sep20',
    { occurredAt: '2015-09-20', recordedAt: at('09-20', '18:10') },
    {
      speaker: NEPAL_GOV,
      audience: 'domestic audience',
      tone: 'neutral',
      summary:
        'The constitution adopted by the Constituent Assembly is promulgated; the Madhesi and Tharu parties, who say it marginalises them, boycott it, and more than 40 people have died in the plains since August.',
    },
    [S.thtSep20, S.deccanSep20],
  ),
  ev(
    'StatementMade',
    'stmt-mea-sep20',
    { occurredAt: '2015-09-20', recordedAt: at('09-20', '18:15') },
    {
      speaker: MEA,
      audience: 'nepal',
      tone: 'critical',
      summary:
        "India 'notes' the promulgation, without welcoming it (China, Japan and the EU welcomed it); it is concerned at the violence in the regions bordering India, its ambassador has spoken to Koirala, and it urges differences be resolved by dialogue free from violence and intimidation.",
      quote: 'We note the promulgation in Nepal today of a Constitution.',
    },
    [S.meaSep20, S.thtSep20],
  ),
  ev(
    'StatementMade',
    'stmt-mea-sep21',
    { occurredAt: '2015-09-21', recordedAt: at('09-21', '20:00') },
    {
      speaker: MEA,
      audience: 'nepal',
      tone: 'critical',
      summary:
        "'Deeply concerned' at the deaths in the regions bordering India; India's freight companies and transporters complain of difficulties and security concerns; India had 'repeatedly cautioned' Nepal's leadership to defuse the tension; the issues 'cannot be resolved through force'.",
      quote: 'The issues facing Nepal are political in nature and cannot be resolved through force.',
    },
    [S.meaSep21, S.htSep21],
  ),
  ev(
    'DemandTabled',
    'dem-seven-amendments',
    { occurredAt: '2015-09-22', precision: 'approximate', recordedAt: at('09-23', '12:00') },
    {
      demandId: 'seven-amendments',
      by: 'india',
      addressedTo: ['nepal'],
      text: "Seven amendments to Nepal's constitution, relayed by India's ambassador Ranjit Rae (as reported by the Indian Express from Indian government sources): constituencies by population, proportional inclusion in state bodies, the top posts open to citizens by birth or naturalisation, the National Assembly by population, five plains districts in the Madhesh province, delimitation every ten years, naturalisation for women married to Nepalis.",
      category: 'political',
    },
    [S.setopatiSep23, S.newsroomSep23],
  ),
  ev(
    'StatementMade',
    'stmt-mea-denial-sep23',
    { occurredAt: '2015-09-23', recordedAt: at('09-23', '20:00') },
    {
      speaker: MEA,
      audience: 'nepal',
      tone: 'neutral',
      summary:
        "Calls the report 'incorrect': India 'has not handed over any list of specific Constitutional amendments or changes to the Government of Nepal'; it goes on urging dialogue and broad-based ownership.",
    },
    [S.odishaSep23],
  ),
  // ===== 23 September – November 2015: the blockade =====
  ev(
    'IncidentReported',
    'inc-birgunj-sitin',
    { occurredAt: '2015-09-23', precision: 'approximate', recordedAt: at('09-25', '12:00') },
    {
      incidentId: 'birgunj-sitin-2015-09-23',
      kind: 'border-closure',
      perpetrator: 'madhesi-front',
      allegedBy: 'nepal',
      against: 'nepal',
      blamedOn: 'india',
      place: BIRGUNJ,
      target: "Nepal's imports from India (fuel, cooking gas, medicines, goods)",
      description:
        "Front activists pitch tents and sit in on the bridge in no man's land at Birgunj–Raxaul, through which some 70 per cent of the two countries' trade passes; no vehicle enters Nepal there (Birgunj customs). Sit-ins also at Biratnagar–Jogbani, Gaur, Jatahi and other plains crossings. Nepal's government says India is behind the blockade; India says it is the protesters'.",
    },
    [S.thtSep25],
  ),
  ev(
    'IncidentReported',
    'inc-india-halting',
    { occurredAt: '2015-09-24', precision: 'approximate', recordedAt: at('09-28', '12:00') },
    {
      incidentId: 'india-halting-2015-09-24',
      kind: 'border-closure',
      perpetrator: 'india',
      allegedBy: 'nepal',
      against: 'nepal',
      place: OTHER_CROSSINGS,
      target: 'Cargo trucks and fuel tankers bound for Nepal',
      description:
        "By Nepal's customs and district officials: at crossings without sit-ins, Indian customs clears few trucks and the SSB stops tankers already cleared (70 tankers and 200 trucks held at Rupaidiha; 15 trucks at Trinagar; about 100 tankers in the east), and India's district authorities ignore requests to let them pass; 314 trucks entered Nepal in five days. India denies any blockade and speaks of its transporters' security concerns. No order closes the border.",
    },
    [S.nbaSep27, S.kpSep28],
  ),
  ev(
    'StatementMade',
    'stmt-upadhyay-oct4',
    { occurredAt: '2015-10-04', recordedAt: at('10-05', '12:00') },
    {
      speaker: UPADHYAY,
      audience: 'india',
      tone: 'accusation',
      summary:
        'Indian Oil fills only a tenth of the Nepali tankers sent to its depots despite its assurances; if India goes on restricting supplies without a time frame, Nepal will be forced to approach other countries, China included.',
      quote: 'They [India] should give a time frame. Does it mean hours, weeks or months?',
    },
    [S.aarthikOct5],
  ),
  ev(
    'StatementMade',
    'stmt-raxaul-customs-oct7',
    { occurredAt: '2015-10-07', recordedAt: at('10-07', '18:00') },
    {
      speaker: RAXAUL_CUSTOMS,
      audience: 'nepal',
      tone: 'neutral',
      summary:
        'India is ready to move the trucks if Nepal removes the protesters sitting on the bridge; passing them through now would be wrong on humanitarian grounds; there is no ban or order from the Government of India. Truck trade halted since 24 September, rail trade goes on.',
      quote: 'There is no ban or order of such a kind from the Government of India.',
    },
    [S.siasatOct7],
  ),
  ev(
    'ActorRegistered',
    'actor-china',
    { occurredAt: '2015-10-28', recordedAt: at('10-28', '18:00') },
    { actor: CHINA, role: 'third-party' },
    [S.thtOct28],
  ),
  ev(
    'ThirdPartyEngagement',
    'eng-china-fuel-oct28',
    { occurredAt: '2015-10-28', recordedAt: at('10-28', '18:05') },
    {
      actorId: 'china',
      counterparts: ['nepal'],
      kind: 'support',
      summary:
        "The Nepal Oil Corporation and PetroChina sign in Beijing a framework agreement for the commercial import of petroleum products from China (Nepal aims at a third of its needs), ending India's four-decade monopoly; China also grants 1,000 tonnes (1.3 million litres) of petrol.",
    },
    [S.thtOct28, S.bahrainOct28],
  ),
  ev(
    'ThirdPartyEngagement',
    'eng-china-tankers-nov1',
    { occurredAt: '2015-11-01', precision: 'approximate', recordedAt: at('11-01', '18:00') },
    {
      actorId: 'china',
      counterparts: ['nepal'],
      kind: 'support',
      summary:
        'The first Nepal Oil Corporation tankers return through Rasuwa with Chinese petrol (9,000 litres each), part of the 1,000 tonnes granted by China.',
    },
    [S.dunhamNov1],
  ),
  ev(
    'IncidentReported',
    'inc-birgunj-firing',
    { occurredAt: '2015-11-02', recordedAt: at('11-02', '18:00') },
    {
      incidentId: 'birgunj-firing-2015-11-02',
      kind: 'lethal-force',
      perpetrator: 'nepal',
      against: 'madhesi-front',
      harmed: 'india',
      target: 'Madhesi protesters at Shankaracharya Gate, Birgunj',
      place: 'Birgunj, Parsa (Nepal)',
      fatalities: { min: 1, max: 1 },
      description:
        "Before dawn Nepal's police baton-charge the protesters on the Miteri bridge, burn their tents and open the crossing for the first time in 40 days (some 200 empty trucks leave for India); in the clashes that follow, police fire on stone-throwing protesters near the customs gate and kill Ashish Kumar Ram, 24, an Indian national from Raxaul (Nepal's Home Ministry, police). A curfew is imposed; the protesters are back on the bridge and the crossing stays blocked.",
    },
    [S.middayNov2, S.darpanNov2, S.thtNov2],
  ),
  ev(
    'StatementMade',
    'stmt-mea-nov2',
    { occurredAt: '2015-11-02', recordedAt: at('11-02', '18:05') },
    {
      speaker: MEA,
      audience: 'nepal',
      tone: 'critical',
      summary:
        "Expresses concern at the killing of an Indian youth in the Birgunj police firing: the issues are political and cannot be resolved by force; the causes of the confrontation must be addressed by Nepal's government credibly and effectively.",
      quote:
        'Issues facing Nepal are political in nature and cannot be resolved by force. Causes underlying the present state of confrontation need to addressed by the Government of Nepal credibly and effectively.',
    },
    [S.thtNov2],
  ),
  ev(
    'StatementMade',
    'stmt-oli-nov2',
    { occurredAt: '2015-11-02', recordedAt: at('11-05', '12:00') },
    {
      speaker: OLI,
      audience: 'india',
      tone: 'accusation',
      summary:
        'Hours after the Birgunj killing, at a public function in Kathmandu: India is propping up the Madhes-based parties to impose blockades at the main customs points along the open border.',
      blames: { incidentId: 'birgunj-sitin-2015-09-23', on: 'india' },
    },
    [S.newsgramNov5, S.voaNov2],
  ),
  ev(
    'ActorRegistered',
    'actor-un',
    { occurredAt: '2015-11-04', recordedAt: at('11-05', '12:05') },
    { actor: UN, role: 'third-party' },
    [S.thtNov4],
  ),
  ev(
    'StatementMade',
    'stmt-thapa-upr-nov4',
    { occurredAt: '2015-11-04', recordedAt: at('11-05', '12:10') },
    {
      speaker: THAPA,
      audience: 'united-nations',
      tone: 'accusation',
      summary:
        "Presenting Nepal's Universal Periodic Review at the UN Human Rights Council in Geneva: the obstruction of essential supplies at the border points 'under any pretext' curtails Nepal's rights as a landlocked country and threatens a severe humanitarian crisis — the first time Nepal takes a dispute with India to an international forum (no country named).",
      quote:
        'The continuous obstructions at border points under any pretext has severely impeded the exercise of rights and freedom that Nepal is entitled under the international law as a land-locked country.',
    },
    [S.thtNov4, S.hinduNov5],
  ),
  ev(
    'StatementMade',
    'stmt-india-upr-nov4',
    { occurredAt: '2015-11-04', recordedAt: at('11-05', '12:15') },
    {
      speaker: INDIA_UPR,
      audience: 'united-nations',
      tone: 'critical',
      summary:
        "Replying in the review: the obstruction the minister refers to is on Nepal's side, caused by Nepalese protesters; India notes the concerns of UN bodies and Nepal's Human Rights Commission at violence, extra-judicial killings and ethnic discrimination, and urges Nepal to investigate them and to accommodate all sections in its constitution. India's first statement on Nepal at the UN.",
      quote:
        "Obstruction referred in the Hon'ble Minister's statement is on Nepalese side caused by Nepalese protesters.",
    },
    [S.hinduNov5, S.bsNov5],
  ),
  ev(
    'StatementMade',
    'stmt-swarup-nov5',
    { occurredAt: '2015-11-05', recordedAt: at('11-05', '18:00') },
    {
      speaker: SWARUP,
      audience: 'nepal',
      tone: 'critical',
      summary:
        "There is no blockade by India: 300 to 750 cargo vehicles a day move to Nepal; 6,906 wait at six crossings, 4,800 at Raxaul, where the main trading point continues to be blocked; the problem is political and needs a political solution; India awaits Nepal's report on the Birgunj killing.",
      quote: 'Let me once again categorically state that there is no blockade by India.',
    },
    [S.newsgramNov5, S.bsNov5],
  ),
  ev(
    'StatementMade',
    'stmt-thapa-nov6',
    { occurredAt: '2015-11-06', recordedAt: at('11-06', '18:00') },
    {
      speaker: THAPA,
      audience: 'domestic audience',
      tone: 'accusation',
      summary:
        'Back from Geneva: he raised the disruption of supplies strongly at the Council and "the world now knows who is doing it"; a blockade of a landlocked country is unacceptable; the unrest in the plains is an internal matter.',
    },
    [S.thtNov6],
  ),
  ev(
    'ThirdPartyEngagement',
    'eng-nepal-china-nov20',
    { occurredAt: '2015-11-20', precision: 'approximate', recordedAt: at('11-20', '12:00') },
    {
      actorId: 'nepal',
      counterparts: ['china'],
      kind: 'visit',
      summary:
        "A Nepali delegation (Nepal Oil Corporation, ministry of commerce and supplies) leaves for Beijing to seal the commercial deal with PetroChina on the basis of the October framework; Xinhua reports the move 'comes after its southern neighbor India imposed an unofficial blockade'.",
    },
    [S.xinhuaNov19],
  ),
  // ===== December 2015 – January 2016: supplies at the other crossings, the amendment =====
  ev(
    'IncidentReported',
    'inc-india-halting-ends',
    { occurredAt: '2015-12-07', precision: 'approximate', recordedAt: at('12-10', '12:00') },
    {
      incidentId: 'india-halting-ends-2015-12-07',
      kind: 'border-reopening',
      perpetrator: 'india',
      against: 'nepal',
      place: OTHER_CROSSINGS,
      description:
        "Nepal Oil Corporation's regional office: Indian Oil's depot fills all Nepali tankers again and normal fuel supply through Gauriphanta resumes from Monday, after weeks when only 25–40 per cent of the fuel vehicles were let through; cargo vehicles enter by Kailali customs daily. Tankers stay few at Kakarbhitta and Bhairahawa for some days. The Birgunj–Raxaul sit-in goes on.",
    },
    [S.glocalDec6, S.thtDec10],
  ),
  ev(
    'StatementMade',
    'stmt-mea-dec21',
    { occurredAt: '2015-12-21', recordedAt: at('12-22', '12:00') },
    {
      speaker: MEA,
      audience: 'nepal',
      tone: 'conciliatory',
      summary:
        "Informed by Thapa of the cabinet's decisions to amend the constitution (proportional inclusion, constituencies by population), India welcomes them as 'positive steps that help create the basis for a resolution of the current impasse'.",
    },
    [S.ibnsDec22],
  ),
  ev(
    'ThirdPartyEngagement',
    'eng-thapa-beijing-dec25',
    { occurredAt: '2015-12-25', recordedAt: at('12-26', '12:00') },
    {
      actorId: 'nepal',
      counterparts: ['china'],
      kind: 'meeting',
      summary:
        "Thapa, on a week-long visit to China, meets Foreign Minister Wang Yi: broad consensus that China will supply fuel to Nepal 'for the first time', long-term trade to be worked out by the companies; a grant of 900 million yuan is signed the same day.",
    },
    [S.domainbDec26],
  ),
  ev(
    'StatementMade',
    'stmt-nepal-amendment-jan23',
    { occurredAt: '2016-01-23', recordedAt: '2016-01-24T12:00:00Z' },
    {
      speaker: NEPAL_GOV,
      audience: 'domestic audience',
      tone: 'neutral',
      summary:
        "Parliament passes the constitution's first amendment late at night, 461 votes to 7 (articles 42, 84 and 286: proportional inclusion, seats and constituencies by population); the Madhesi lawmakers boycott the vote, and the front calls it incomplete.",
    },
    [S.hinduJan24],
  ),
  ev(
    'StatementMade',
    'stmt-swarup-jan24',
    { occurredAt: '2016-01-24', recordedAt: '2016-01-25T12:00:00Z' },
    {
      speaker: SWARUP,
      audience: 'nepal',
      tone: 'conciliatory',
      summary: "India regards the two amendments passed by Nepal's parliament as positive developments.",
      quote:
        'We regard the two amendments passed yesterday by the Nepali Parliament as positive developments. We hope that other outstanding issues are similarly addressed in a constructive spirit.',
    },
    [S.hinduJan24, S.shillongJan25],
  ),
  // ===== February 2016: the blockade ends, Oli in New Delhi =====
  ev(
    'StatementMade',
    'stmt-mahato-feb5',
    { occurredAt: '2016-02-05', recordedAt: '2016-02-06T09:00:00Z' },
    {
      speaker: MAHATO,
      audience: 'madhesi-front',
      tone: 'neutral',
      summary:
        'The front, of late obstructing only the Birgunj–Raxaul crossing, should blockade all the entry points or none: the Birgunj blockade has not pressed the government and only fed the black market.',
    },
    [S.aarthikFeb5],
  ),
  ev(
    'IncidentReported',
    'inc-birgunj-reopening',
    { occurredAt: '2016-02-05', recordedAt: '2016-02-08T12:00:00Z' },
    {
      incidentId: 'birgunj-reopening-2016-02-05',
      kind: 'border-reopening',
      perpetrator: 'madhesi-front',
      against: 'nepal',
      place: BIRGUNJ,
      description:
        "Local traders and border villagers of Birgunj and Raxaul burn the front's tents and barricade on the Miteri bridge, and front leaders join in lifting the blockade: cargo trucks enter Nepal the same day, more than 900 vehicles with fuel, gas and goods by 8 February. Other crossings had been open for some time.",
    },
    [S.directionFeb5, S.toiFeb8],
  ),
  ev(
    'StatementMade',
    'stmt-udmf-feb8',
    { occurredAt: '2016-02-08', recordedAt: '2016-02-08T18:00:00Z' },
    {
      speaker: UDMF_LEADERS,
      audience: 'nepal',
      tone: 'neutral',
      summary:
        "The front calls off its general strike, border blockade and shutdown of government offices 'for now', 'considering the current crisis facing the nation'; the agitation goes on with rallies until its demands are met. Indian Oil resumes fuel supply through Raxaul the same day.",
    },
    [S.tibetsunFeb8, S.toiFeb8, S.bsFeb8],
  ),
  ev(
    'TalksRoundOpened',
    'round-delhi-open',
    { occurredAt: '2016-02-20T05:00:00Z', precision: 'approximate', recordedAt: '2016-02-20T18:00:00Z' },
    {
      roundId: ROUND_DELHI,
      label: "Oli's state visit to New Delhi (19–24 February 2016): talks at Hyderabad House",
      format: 'formal',
      venue: 'Hyderabad House, New Delhi',
      delegations: [
        { actorId: 'nepal', head: OLI, members: [THAPA] },
        { actorId: 'india', head: MODI, members: [JAISHANKAR] },
      ],
    },
    [S.bsPtiFeb20, S.bsFeb20],
  ),
  ev(
    'TalksRoundConcluded',
    'round-delhi-concluded',
    { occurredAt: '2016-02-20T09:00:00Z', precision: 'approximate', recordedAt: '2016-02-21T09:00:00Z' },
    {
      roundId: ROUND_DELHI,
      outcome: 'agreement',
      summary:
        "Delegation-level talks and the exchange of agreements. Modi calls the constitution 'an important achievement' whose success depends on consensus and dialogue; Jaishankar: 'not a recriminatory visit … a visit in a cooperative sense'.",
    },
    [S.expressFeb21, S.asianageFeb21],
    { occurrence: 'delhi-agreements-2016-02-20' },
  ),
  ev(
    'AgreementReached',
    'agr-delhi',
    { occurredAt: '2016-02-20T09:00:00Z', precision: 'approximate', recordedAt: '2016-02-21T09:05:00Z' },
    {
      agreementId: 'delhi-agreements-2016',
      kind: 'partial',
      provisions: [
        "Use of India's USD 250 million grant for post-earthquake reconstruction (housing, health, education, cultural heritage)",
        'Improvement of roads in the Terai (postal highway)',
        'The Muzaffarpur–Dhalkebar power transmission line',
        'Transit and connectivity through Bangladesh (Kakarbhitta–Banglabandh)',
      ],
      signatories: ['nepal', 'india'],
      textPublic: false,
      roundId: ROUND_DELHI,
      status: 'signed',
    },
    [S.expressFeb21, S.asianageFeb21],
    { occurrence: 'delhi-agreements-2016-02-20' },
  ),
  ev(
    'StatementMade',
    'stmt-modi-feb20',
    { occurredAt: '2016-02-20', recordedAt: '2016-02-21T09:08:00Z' },
    {
      speaker: MODI,
      audience: 'nepal',
      tone: 'conciliatory',
      summary:
        "After the talks: the constitution is an important achievement after decades of struggle, its success depends on consensus and dialogue; he acknowledges the two amendments as positive steps; Nepal's stability is linked to India's security; India's USD 250 million grant for reconstruction.",
    },
    [S.expressFeb21, S.bsFeb20],
  ),
  ev(
    'StatementMade',
    'stmt-oli-feb20',
    { occurredAt: '2016-02-20', recordedAt: '2016-02-21T09:10:00Z' },
    {
      speaker: OLI,
      audience: 'india',
      tone: 'conciliatory',
      summary:
        'His mission was to clear the misunderstandings and take the ties back to their level of 2014; the misunderstanding of the last months is no longer there.',
      quote: 'The misunderstanding that persisted in the last few months is no longer there.',
    },
    [S.expressFeb21],
  ),
  ev(
    'StatementMade',
    'stmt-swaraj-feb22',
    { occurredAt: '2016-02-22', recordedAt: '2016-02-22T18:00:00Z' },
    {
      speaker: { name: 'Sushma Swaraj', title: 'External Affairs Minister of India', actorId: 'india' },
      audience: 'nepal',
      tone: 'conciliatory',
      summary:
        "At the Indian Council of World Affairs with Oli: India welcomes Nepal's constitution as amended on 23 January and wishes it success; India is Nepal's 'elder brother, not a big brother'.",
    },
    [S.thtFeb22],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'nepal-india-2015.jsonl',
  logEnd: '2016-04-01T00:00:00Z',
  events,
};

export default definition;
