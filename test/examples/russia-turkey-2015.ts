/**
 * A test fixture, not a shipped example: Russia – Türkiye, 2015–16, as an
 * analyst following the news could have recorded it, from the Turkish
 * complaints of Russian airspace violations at the start of Russia's air
 * campaign in Syria (3–5 October 2015) through the downing of a Russian Su-24
 * by Turkish F-16s on the Syrian border (24 November), Russia's sanctions and
 * its demand for an apology, Erdoğan's letter of regret (27 June 2016), the
 * lifting of the sanctions and the St Petersburg meeting (9 August), the
 * TurkStream agreement (10 October), to the assassination of the Russian
 * ambassador Andrei Karlov in Ankara by an off-duty Turkish policeman (19
 * December 2016) and the Moscow declaration on Syria the next day. Escalation
 * model v2 was never tuned on it: it is the case the model is held to in
 * russia-turkey-2015.spec.ts, against the calls an analyst makes from
 * DOMAIN.md §5b alone.
 *
 * What it tests that the other cases did not: one lethal incident between two
 * states' forces that never becomes fighting; sanctions as coercion without
 * force; a demand for an apology met seven months later; a reconciliation;
 * and a grave act by a third party (the ambassador's murder) that both
 * parties condemn together and that must not raise the pair's level.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source.
 *
 * Grading as in examples/README.md: B = established outlet or wire copy (or a
 * party's own published statement, for what it says), C = smaller outlet,
 * aggregator, blog or mirror of a wire story; 1 = an on-record statement or
 * act confirmed by the actor itself; 2 = several outlets agree or one
 * established outlet reports it; 3 = one side's unverified claim about the
 * other.
 *
 * Judgement calls, recorded as an analyst would:
 * - The downing of the Su-24 (24 November) is armed action by Türkiye's forces
 *   on Russia's (kind `airstrike`, as the Georgia – Russia case records a
 *   MiG-29 downing a drone): both sides confirm Turkish F-16s fired; where it
 *   happened is disputed (Türkiye: 17 seconds in its airspace near Yayladağı;
 *   Russia: a kilometre inside Syria). One place, one aircraft. The two
 *   Russians who died — the pilot Oleg Peshkov, shot by Syrian Turkmen rebels
 *   as he came down by parachute, and the marine Alexander Pozynich, killed
 *   when the rebels fired on the rescue helicopter — were killed by a third
 *   party: that fire is recorded as the Turkmen brigades' act against Russia,
 *   blamed on no one (no source has Moscow blaming Ankara for it as such), and
 *   the downing itself carries no toll.
 * - The airspace violations (3 and 4 October, 29 January 2016) and the
 *   sailor with a MANPADS on the Bosphorus (5 December) are `force-posture`,
 *   not armed action: nobody fired. Russia acknowledged the first violation
 *   (bad weather); it denied the January one (graded 3, Türkiye's claim). The
 *   MiG-29 radar locks on Turkish F-16s of 4–5 October are left out: the
 *   Turkish General Staff did not say whose MiG-29 it was. The deployment of
 *   S-400s to Hmeimim (25–26 November) is Russia's force posture against
 *   Türkiye (Shoigu: ready to destroy any aerial target that threatens its
 *   aircraft).
 * - The sanctions have no type of their own: the decree of 28 November is
 *   recorded as the Kremlin announcing it (CAMEO 163, impose embargo or
 *   sanctions), as the India – China case records India's app bans; their
 *   lifting (30 June 2016) as the decree lifting them (CAMEO 085, ease
 *   economic sanctions). No border was closed: regular flights, the land
 *   crossings and the Straits stayed open, so no `border-closure` is recorded;
 *   the end of visa-free travel (1 January) is part of the decree.
 * - Russia's demand (apology, compensation, punishment of those responsible)
 *   is a demand, not an ultimatum: no source gives a deadline, and the
 *   sanctions it was tied to were already in force. Türkiye rejected it (26
 *   and 30 November). Erdoğan's letter of 27 June is recorded as `accepted`,
 *   as the Kremlin read it ("I'm sorry"), with Ankara's reading
 *   ("regret", "may they excuse us"; compensation "if necessary") in its
 *   conditions.
 * - The TurkStream intergovernmental talks, suspended by Russia on 3 December
 *   2015 as part of the measures (Novak), are `TalksSuspended` (not
 *   temporary); they resumed with the St Petersburg meeting (9 August 2016),
 *   where both presidents said they would go ahead with the pipeline. Lavrov's
 *   meeting with Çavuşoğlu in Belgrade (3 December) is an informal round
 *   without progress; the telephone call of 29 June 2016 an informal round
 *   with progress; St Petersburg a formal summit reaching a framework
 *   (restoring trade, tourism and the energy projects step by step, and a
 *   mechanism on Syria; no text published).
 * - Karlov's assassin, Mevlüt Mert Altıntaş, is registered as a spoiler: both
 *   presidents called the murder a provocation aimed at the normalisation.
 *   The attack is his against Russia, blamed on Türkiye by no one; Putin's
 *   "the bandits will feel it" is aimed at terrorists, not at Türkiye
 *   (recorded `neutral`, to a domestic audience). The Moscow declaration of
 *   20 December (Russia, Türkiye and Iran) is a framework between the three on
 *   Syria, recorded as agreed by its three signatories.
 * - Left out for want of a dated source in the search: Türkiye's summons of
 *   the Russian ambassador over the bombing of Turkmen villages (about 20
 *   November), the unidentified drone Türkiye shot down on 16 October, the
 *   Putin–Erdoğan call after the coup attempt of 15 July 2016, the resumption
 *   of charter flights (late August) and the partial lifting of the food
 *   embargo (autumn), and the Syrian air strike near al-Bab of 24 November
 *   2016 (a third party's). Days with nothing recorded are not days with
 *   nothing done.
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'russia-turkey-2015';
const { ev, at } = caseKit(NEGOTIATION_ID, 'test-analyst', 2015);
const { at: at16 } = caseKit(NEGOTIATION_ID, 'test-analyst', 2016);

const RUSSIA: Actor = {
  id: 'russia',
  name: 'Russia',
  kind: 'state',
  aliases: ['Russian Federation', 'Moscow', 'Kremlin'],
};
const TURKIYE: Actor = { id: 'turkiye', name: 'Türkiye', kind: 'state', aliases: ['Turkey', 'Ankara'] };
const TURKMEN: Actor = {
  id: 'syrian-turkmen-brigades',
  name: 'Syrian Turkmen brigades',
  kind: 'armed-group',
  aliases: ['Turkmen rebels', 'Syrian Turkmen'],
};
const ALTINTAS: Actor = {
  id: 'mevlut-altintas',
  name: 'Mevlüt Mert Altıntaş',
  kind: 'individual',
  aliases: ['Karlov assassin'],
};
const IRAN: Actor = { id: 'iran', name: 'Iran', kind: 'state', aliases: ['Tehran'] };

const PUTIN: Person = { name: 'Vladimir Putin', title: 'President of Russia', actorId: 'russia' };
const KREMLIN: Person = { name: 'Kremlin (presidential decree)', actorId: 'russia' };
const LAVROV: Person = { name: 'Sergei Lavrov', title: 'Foreign Minister of Russia', actorId: 'russia' };
const ANTONOV: Person = { name: 'Anatoly Antonov', title: 'Deputy Defence Minister of Russia', actorId: 'russia' };
const KONASHENKOV: Person = {
  name: 'Igor Konashenkov',
  title: 'Spokesman of the Russian Defence Ministry',
  actorId: 'russia',
};
const ERDOGAN: Person = { name: 'Recep Tayyip Erdoğan', title: 'President of Türkiye', actorId: 'turkiye' };
const DAVUTOGLU: Person = { name: 'Ahmet Davutoğlu', title: 'Prime Minister of Türkiye', actorId: 'turkiye' };
const YILDIRIM: Person = { name: 'Binali Yıldırım', title: 'Prime Minister of Türkiye', actorId: 'turkiye' };
const CAVUSOGLU: Person = { name: 'Mevlüt Çavuşoğlu', title: 'Foreign Minister of Türkiye', actorId: 'turkiye' };
const TR_MFA: Person = { name: 'Ministry of Foreign Affairs of Türkiye (press release)', actorId: 'turkiye' };

const S = {
  atlanticOct5: source(
    'Turkey: Russian fighter jet violated our airspace',
    'Atlantic Council (Turkish Foreign Ministry press release)',
    'https://www.atlanticcouncil.org/blogs/natosource/turkey-russian-fighter-jet-violated-our-airspace/',
    '2015-10-05',
    'B',
    1,
  ),
  kpdailyOct5: source(
    'Russian MIG harrasses Turkish F-16 jets',
    "KP Daily News (Today's Zaman)",
    'http://www.kpdailynews.com/index.php/cat/36/news/6002/PageName/TURKEY_NEWS',
    '2015-10-05',
    'C',
    2,
  ),
  arabnewsOct6: source(
    'Attack on Turkey means attack on NATO: Erdogan',
    'Arab News (Reuters)',
    'https://www.arabnews.com/middle-east/news/816686',
    '2015-10-06',
    'B',
    1,
  ),
  weeklyobserverOct6: source(
    "Turkish jets 'harassed by MIG-29' on Syrian border",
    'The Weekly Observer',
    'http://theweeklyobserver.com/turkish-jets-harassed-by-mig-29-on-syrian-border/10058/',
    '2015-10-06',
    'C',
    2,
  ),
  hurriyetNov24: source(
    "Russia 'stabbed in back' by Turkey, says Putin over downed Russian jet",
    'Hürriyet Daily News (Reuters)',
    'https://www.hurriyetdailynews.com/russia-stabbed-in-back-by-turkey-says-putin-over-downed-russian-jet-91595',
    '2015-11-24',
    'B',
    1,
  ),
  afmagNov24: source(
    'Turkey Shoots Down Russian Su-24',
    'Air & Space Forces Magazine',
    'https://www.airandspaceforces.com/turkey-shoots-down-russian-su-24/',
    '2015-11-24',
    'B',
    1,
  ),
  washexNov24: source(
    "Putin fumes: Downed Russian jet a 'stab in the back'",
    'Washington Examiner',
    'https://www.washingtonexaminer.com/?p=1973121',
    '2015-11-24',
    'B',
    2,
  ),
  reutersNov24: source(
    "Russia's Lavrov cancels Turkey trip after jet downing",
    'Reuters',
    'http://www.reuters.com/article/us-mideast-crisis-syria-turkey-lavrov-idUSKBN0TD1UG20151124',
    '2015-11-24',
    'B',
    1,
  ),
  armradioNov24: source(
    "Russia's Lavrov cancels Turkey trip after jet downing",
    'Public Radio of Armenia',
    'https://en.armradio.am/2015/11/24/russias-lavrov-cancels-turkey-trip-after-jet-downing/',
    '2015-11-24',
    'C',
    1,
  ),
  arkansasNov26: source(
    'Russian anti-aircraft missiles sent to Syria',
    'Arkansas Democrat-Gazette (AP)',
    'http://www.arkansasonline.com/news/2015/nov/26/russian-anti-aircraft-missiles-sent-to-/',
    '2015-11-26',
    'B',
    1,
  ),
  millenniumNov26: source(
    'Putin sends air defense missiles to Syria to deter Turkey',
    'Millennium Post (AP)',
    'https://www.millenniumpost.in/amp/putin-sends-air-defense-missiles-to-syria-to-deter-turkey-114141',
    '2015-11-26',
    'C',
    1,
  ),
  skyNov26: source(
    'Turkey Refuses To Apologise For Downing Jet',
    'Sky News (Yahoo News UK)',
    'https://uk.news.yahoo.com/putin-no-apology-turkey-downing-jet-123111643.html',
    '2015-11-26',
    'B',
    1,
  ),
  trtNov29: source(
    'Putin signs sanctions decree on Turkey',
    'TRT World (Reuters)',
    'http://www.trtworld.com/europe/putin-signs-sanctions-decree-on-turkey-11819',
    '2015-11-29',
    'B',
    1,
  ),
  chinadailyNov29: source(
    'Putin approves economic retaliation measures against Turkey',
    'China Daily (agencies)',
    'http://covid-19.chinadaily.com.cn/world/2015-11/29/content_22527079.htm',
    '2015-11-29',
    'B',
    1,
  ),
  dawnNov30: source(
    "Turkey won't apologise to Russia for downing warplane",
    'Dawn (AP)',
    'https://dawn.com/news/1223319',
    '2015-11-30',
    'B',
    1,
  ),
  celebcafeDec2: source(
    "Russian Federation accuses Turkey's Erdogan of involvement with ISIS oil trade",
    'CelebCafe (wire copy)',
    'https://celebcafe.org/?p=217398',
    '2015-12-02',
    'C',
    2,
  ),
  alriyadhDec2: source(
    'وزارة الدفاع الروسية: تركيا المستهلك الأكبر لنفط داعش',
    'Al Riyadh (via Sauress)',
    'https://sauress.com/alriyadh/1106143',
    '2015-12-02',
    'C',
    2,
  ),
  tassDec3: source(
    'Putin: Turkey won\'t get away with "tomato bans"',
    'TASS',
    'http://tass.com/politics/841260',
    '2015-12-03',
    'B',
    1,
  ),
  dwDec3: source(
    "Putin: Turkey 'will feel sorry'",
    'Deutsche Welle',
    'https://www.dw.com/en/putin-promises-turkey-will-feel-sorry-in-annual-address/a-18890422',
    '2015-12-03',
    'B',
    1,
  ),
  armradioDec3: source(
    'Moscow, Ankara halt negotiations over Turkish Stream',
    'Public Radio of Armenia (Sputnik)',
    'https://en.armradio.am/2015/12/03/moscow-ankara-halt-negotiations-over-turkish-stream/',
    '2015-12-03',
    'C',
    1,
  ),
  sputnikOssetiaDec3: source(
    'Переговоры по «Турецкому потоку» приостановлены',
    'Sputnik Ossetia (RIA Novosti)',
    'https://sputnik-ossetia.ru/20151203/957607.html',
    '2015-12-03',
    'C',
    1,
  ),
  b92Dec4: source(
    'Russian FM "hears nothing new" from Turkish colleague',
    'B92 (Beta, RT)',
    'https://www.b92.net/eng/news/world.php?yyyy=2015&mm=12&dd=04&nav_id=96258',
    '2015-12-04',
    'B',
    1,
  ),
  criDec4: source(
    'Lavrov s-a întâlnit cu omologul turc la Belgrad',
    'Radio China International (Romanian)',
    'https://romanian.cri.cn/341/2015/12/04/1s165591.htm',
    '2015-12-04',
    'C',
    1,
  ),
  thenewsDec7: source(
    'Turkey angered by rocket-brandishing on Russian ship',
    'The News International (AFP)',
    'https://thenews.com.pk/print/80091-turkey-angered-by-rocket-brandishing-on-russian-ship',
    '2015-12-07',
    'B',
    2,
  ),
  breitbartDec7: source(
    'Turkey Summons Envoy as Russian Soldier Wields Rocket Launcher in Bosporus',
    'Breitbart (Reuters photo)',
    'https://www.breitbart.com/national-security/2015/12/07/turkey-summons-envoy-russian-soldier-wields-rocket-launcher-bosporus/',
    '2015-12-07',
    'C',
    2,
  ),
  mfaJan30: source(
    'Press Release Regarding the Violation of Turkish airspace on 29 January 2016 by a RF aircraft',
    'Ministry of Foreign Affairs of Türkiye (Embassy in Canberra)',
    'https://canberra-emb.mfa.gov.tr/Mission/ShowAnnouncement/249455',
    '2016-01-30',
    'B',
    1,
  ),
  menafocusJan30: source(
    "Erdogan warns Russia will face 'consequences' over airspace breach",
    'Mena Focus (KUNA)',
    'https://menafocus.qa/erdogan-warns-russia-will-face-consequences-over-airspace-breach/',
    '2016-01-30',
    'C',
    1,
  ),
  aljazeeraJan30: source(
    "Turkey summons Russia envoy over 'airspace violation'",
    'Political Taxes (Al Jazeera and Reuters)',
    'http://politicaltaxes.com/2016/01/30/turkey-summons-russia-envoy-over-airspace-violation/',
    '2016-01-30',
    'C',
    1,
  ),
  reutersFeb4: source(
    'Russia says it suspects Turkey of preparing military incursion into Syria',
    'wandrew2k (Reuters copy)',
    'https://wandrew2k.blogspot.com/2016/02/russia-says-it-suspects-turkey-of.html',
    '2016-02-04',
    'C',
    1,
  ),
  presstvMay24: source(
    "Turkey to 'seek normal ties with Russia under new government'",
    'Press TV (Reuters)',
    'https://www.presstv.ir/Detail/2016/05/24/467233/Turkey-Russia-Binali-Yildirim',
    '2016-05-24',
    'C',
    1,
  ),
  dailysabahJun27: source(
    'Erdoğan expressed regret for downing of Russian jet in letter to Putin: Kremlin',
    'Daily Sabah (Reuters)',
    'https://www.dailysabah.com/diplomacy/2016/06/27/erdogan-expressed-regret-for-downing-of-russian-jet-in-letter-to-putin-kremlin',
    '2016-06-27',
    'B',
    1,
  ),
  epochJun27: source(
    'Moscow Says Turkey Has Apologized for Downing of Russian Jet',
    'The Epoch Times (AP)',
    'https://www.theepochtimes.com/article/moscow-says-turkey-has-apologized-for-downing-of-russian-jet-2101102',
    '2016-06-27',
    'C',
    1,
  ),
  tassJun28: source(
    "Turkish PM: Ice in Ankara's relations with Moscow starts melting",
    'TASS',
    'http://tass.com/world/885099',
    '2016-06-28',
    'B',
    1,
  ),
  rferlJun29: source(
    'Putin Lifts Ban On Tourism In Turkey In Effort To Repair Ties',
    'Radio Free Europe/Radio Liberty',
    'https://rferl.org/amp/putin-lifts-ban-tourism-in-turkey-in-effort-repair-ties-erdogan/27829699.html',
    '2016-06-29',
    'B',
    1,
  ),
  thenewsJun29: source(
    'Putin lifts Turkey restrictions after Erdogan call',
    'The News International (AFP)',
    'https://www.thenews.com.pk/latest/131592-Putin-lifts-Turkey-restrictions-after-Erdogan-call',
    '2016-06-29',
    'B',
    1,
  ),
  siasatJun30: source(
    'Putin lifts Turkey tourism ban after apology over downed Russian jet',
    'The Siasat Daily (AFP)',
    'https://www.siasat.com/news/putin-lifts-turkey-tourism-ban-apology-downed-russian-jet-980818/',
    '2016-06-30',
    'C',
    1,
  ),
  hurriyetJun30: source(
    "Putin says Turkey 'apologized' for downing of Russian jet",
    'Hürriyet Daily News (AFP)',
    'https://www.hurriyetdailynews.com/putin-says-turkey-apologized-for-downing-of-russian-jet--101107',
    '2016-06-30',
    'B',
    1,
  ),
  sentinelAug9: source(
    'Putin, Erdogan agree on steps to mend relations',
    'Santa Cruz Sentinel (AP)',
    'https://www.santacruzsentinel.com/2016/08/09/putin-erdogan-agree-on-steps-to-mend-relations/',
    '2016-08-09',
    'B',
    1,
  ),
  eirAug10: source(
    'Putin and Erdogan Move To Promote Cooperation on All Issues',
    'EIR News Service (TASS)',
    'http://larouchepub.com./pr/2016/160810_putin_erdogan.html',
    '2016-08-10',
    'C',
    1,
  ),
  kroneOct10: source(
    'Putin und Erdogan besiegeln Erdgas-Deal Turkish Stream',
    'Kronen Zeitung',
    'http://www.krone.at/nachrichten/putin-und-erdogan-besiegeln-erdgas-deal-turkish-stream-story-533729',
    '2016-10-10',
    'B',
    1,
  ),
  asiaplusOct11: source(
    'Putin, Erdogan meet in Istanbul on the sidelines of the World Energy Congress',
    'Asia-Plus (RT)',
    'https://asiaplustj.info/en/news/world/20161011/231850',
    '2016-10-11',
    'C',
    1,
  ),
  slateDec19: source(
    "Russia's Ambassador to Turkey Shot Dead in Ankara",
    'Slate',
    'https://slate.com/news-and-politics/2016/12/russias-ambassador-to-turkey-shot-in-ankara.html',
    '2016-12-19',
    'B',
    1,
  ),
  tassDec19: source(
    "Erdogan says Russian diplomat's assassination in Ankara 'obvious provocation'",
    'TASS',
    'https://tass.com/world/920695/amp',
    '2016-12-19',
    'B',
    1,
  ),
  euobserverDec20: source(
    'Diplomat murder is provocation, say Russia and Turkey',
    'EUobserver',
    'https://euobserver.com/eu-and-the-world/ar336039df',
    '2016-12-20',
    'B',
    1,
  ),
  ahramDec20: source(
    'Russia, Iran, Turkey say ready to broker Syria deal',
    'Ahram Online (Reuters)',
    'https://english.ahram.org.eg/News/253508.aspx',
    '2016-12-20',
    'B',
    1,
  ),
  globalnewsDec20: source(
    "Russia drafts 'Moscow Declaration' to resolve Syrian conflict with Turkey, Iran",
    'Global News (Reuters)',
    'http://globalnews.ca/news/3137911/russia-drafts-moscow-declaration-to-resolve-syrian-conflict-with-turkey-iran/',
    '2016-12-20',
    'B',
    1,
  ),
};

const BORDER = 'Yayladağı, Hatay (Turkish–Syrian border)';
const D = { apology: 'russia-apology-compensation' };
const R = {
  belgrade: 'belgrade-osce-2015-12-03',
  call: 'putin-erdogan-call-2016-06-29',
  stPetersburg: 'st-petersburg-2016-08-09',
  istanbul: 'istanbul-wec-2016-10-10',
  moscow: 'moscow-trilateral-2016-12-20',
};
const O = {
  stPetersburg: 'st-petersburg-2016-08-09',
  istanbul: 'turkstream-2016-10-10',
  moscow: 'moscow-declaration-2016-12-20',
  karlov: 'karlov-2016-12-19',
};

const events = [
  // ===== October 2015: the airspace violations =====
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '2015-10-03', recordedAt: at('10-05', '14:00') },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Russia – Türkiye, 2015–16',
      subject:
        "Russia's air campaign in Syria along the Turkish border, Turkish airspace, the downing of the Su-24, Russia's sanctions and demand for an apology, and the normalisation of relations",
      parties: [RUSSIA, TURKIYE],
      mediators: [],
    },
    [S.atlanticOct5],
    { note: 'Opened at the first airspace violation Türkiye protested (3 October); no mediator.' },
  ),
  ev(
    'IncidentReported',
    'inc-violation-oct3',
    { occurredAt: '2015-10-03', recordedAt: at('10-05', '14:05') },
    {
      incidentId: 'airspace-violation-2015-10-03',
      kind: 'force-posture',
      perpetrator: 'russia',
      allegedBy: 'turkiye',
      against: 'turkiye',
      place: BORDER,
      description:
        'A Russian fighter enters Turkish airspace south of Yayladağı at 12:08 and leaves for Syria after two Turkish F-16s intercept it. The Russian embassy acknowledges a violation; Moscow later blames bad weather.',
    },
    [S.atlanticOct5, S.kpdailyOct5],
  ),
  ev(
    'IncidentReported',
    'inc-violation-oct4',
    { occurredAt: '2015-10-04', recordedAt: at('10-06', '18:00') },
    {
      incidentId: 'airspace-violation-2015-10-04',
      kind: 'force-posture',
      perpetrator: 'russia',
      allegedBy: 'turkiye',
      against: 'turkiye',
      place: BORDER,
      description:
        'A second incursion into Turkish airspace on Sunday, reported by NATO; Russia says it is looking into it. NATO: "this does not look like an accident".',
    },
    [graded(S.arabnewsOct6, 3)],
  ),
  ev(
    'StatementMade',
    'stmt-tr-mfa-oct5',
    { occurredAt: '2015-10-05', recordedAt: at('10-06', '18:05') },
    {
      speaker: TR_MFA,
      audience: 'russia',
      tone: 'warning',
      summary:
        'Summons the Russian ambassador, strongly protests the violation, demands it not be repeated and warns that otherwise Russia will be responsible for any undesired incident; the foreign minister says the same to Lavrov by phone.',
      quote: 'Otherwise, the Russian Federation will be responsible for any undesired incident that may occur.',
    },
    [S.atlanticOct5, S.kpdailyOct5],
  ),
  ev(
    'StatementMade',
    'stmt-erdogan-oct6',
    { occurredAt: '2015-10-06', recordedAt: at('10-06', '18:10') },
    {
      speaker: ERDOGAN,
      audience: 'russia',
      tone: 'warning',
      summary:
        'In Brussels: Türkiye will not be patient with violations of its airspace; an attack on Türkiye is an attack on NATO; Russia will lose a lot if it loses a friend like Türkiye.',
      quote: 'An attack on Turkey means an attack on NATO.',
    },
    [S.arabnewsOct6, S.weeklyobserverOct6],
  ),
  // ===== 24 November 2015: the Su-24 =====
  ev(
    'ActorRegistered',
    'actor-turkmen',
    { occurredAt: '2015-11-24', recordedAt: at('11-24', '18:00') },
    { actor: TURKMEN, role: 'third-party' },
    [S.washexNov24],
  ),
  ev(
    'IncidentReported',
    'inc-su24',
    { occurredAt: '2015-11-24T07:24:00Z', recordedAt: at('11-24', '18:05') },
    {
      incidentId: 'su24-shootdown-2015-11-24',
      kind: 'airstrike',
      perpetrator: 'turkiye',
      against: 'russia',
      target: 'Russian Su-24M bomber',
      place: BORDER,
      description:
        'Two Turkish F-16s on border patrol shoot down a Russian Su-24 with an air-to-air missile after ten warnings in five minutes; it crashes in the Jabal Turkmen area of Latakia. Türkiye: it was in Turkish airspace for 17 seconds; Russia: it never left Syrian airspace. Both crew eject.',
    },
    [S.hurriyetNov24, S.afmagNov24],
    {
      note: 'Both sides confirm the Turkish fire; where the aircraft was is disputed. The deaths that followed were caused by a third party (next event).',
    },
  ),
  ev(
    'StatementMade',
    'stmt-putin-nov24',
    { occurredAt: '2015-11-24', recordedAt: at('11-24', '18:15') },
    {
      speaker: PUTIN,
      audience: 'turkiye',
      tone: 'threat',
      summary:
        'In Sochi, with the King of Jordan: the downing is a "stab in the back" by "accomplices of terrorists", a crime that will have serious consequences for Russia\'s relations with Türkiye; the jet threatened no one.',
      quote: 'We will never let crimes like the one committed today go unanswered.',
    },
    [S.hurriyetNov24, S.washexNov24],
  ),
  ev(
    'StatementMade',
    'stmt-lavrov-nov24',
    { occurredAt: '2015-11-24', recordedAt: at('11-24', '18:20') },
    {
      speaker: LAVROV,
      audience: 'turkiye',
      tone: 'accusation',
      summary:
        'Cancels his visit to Istanbul planned for the next day (the joint strategic planning group) and advises Russians not to travel to Türkiye: the terrorist threat from its territory is no less than in Egypt.',
    },
    [S.reutersNov24, S.armradioNov24],
    { cameo: '161', note: 'A ministerial visit cancelled in protest: reduce relations (CAMEO 161).' },
  ),
  ev(
    'IncidentReported',
    'inc-s400',
    { occurredAt: '2015-11-25', recordedAt: at('11-26', '12:00') },
    {
      incidentId: 's400-hmeimim-2015-11-25',
      kind: 'force-posture',
      perpetrator: 'russia',
      against: 'turkiye',
      place: 'Hmeimim air base, Latakia, Syria',
      description:
        'Putin orders S-400 air-defence systems to Hmeimim, about 50 km from the Turkish border; the cruiser Moskva moves inshore. Shoigu: it "will be ready to destroy any aerial target posing a potential danger to our aircraft". Russian strikes near the border will fly under fighter cover.',
    },
    [S.arkansasNov26, S.millenniumNov26],
  ),
  ev(
    'DemandTabled',
    'dem-apology',
    { occurredAt: '2015-11-26', recordedAt: at('11-26', '20:00') },
    {
      demandId: D.apology,
      by: 'russia',
      addressedTo: ['turkiye'],
      text: 'Apologise for the downing of the Su-24, offer compensation for the damage, and punish those responsible.',
      category: 'political',
    },
    [S.skyNov26],
    {
      note: "Putin: Russia has had no apology, no offer of reimbursement and no assurance that the culprits will be punished; he does not take Erdoğan's calls.",
    },
  ),
  ev(
    'PositionTaken',
    'pos-apology-rejected-nov26',
    { occurredAt: '2015-11-26', recordedAt: at('11-26', '20:05') },
    {
      demandId: D.apology,
      actorId: 'turkiye',
      stance: 'rejected',
      speaker: ERDOGAN,
      quote: 'Those who violated our airspace are the ones who need to apologise.',
    },
    [S.skyNov26],
  ),
  ev(
    'StatementMade',
    'stmt-kremlin-sanctions',
    { occurredAt: '2015-11-28', recordedAt: at('11-29', '10:00') },
    {
      speaker: KREMLIN,
      audience: 'turkiye',
      tone: 'accusation',
      summary:
        'Putin signs the decree "on measures to ensure Russia\'s national security … and the application of special economic measures against Turkey", in force at once: a ban on imports of some Turkish goods (the list to follow: food), on charter flights and the sale of package tours, curbs on Turkish firms, no hiring of Turkish workers from 1 January, and the end of visa-free travel.',
    },
    [S.trtNov29, S.chinadailyNov29],
    {
      cameo: '163',
      note: 'The sanctions are recorded as the decree announcing them (CAMEO 163, impose embargo or sanctions).',
    },
  ),
  ev(
    'IncidentReported',
    'inc-turkmen-fire',
    { occurredAt: '2015-11-24', recordedAt: at('11-29', '10:05') },
    {
      incidentId: 'turkmen-fire-2015-11-24',
      kind: 'militant-attack',
      perpetrator: 'syrian-turkmen-brigades',
      against: 'russia',
      place: 'Jabal Turkmen, Latakia, Syria',
      fatalities: { min: 2, max: 2 },
      description:
        'Syrian Turkmen rebels shoot the pilot, Lt Col Oleg Peshkov, as he comes down by parachute, and fire on the rescue helicopter, killing a marine; the navigator is rescued by a Syrian–Russian team.',
    },
    [S.trtNov29, S.washexNov24],
    { note: 'Backdated: the toll of two (the pilot and the marine) as TRT World gave it on the 29th.' },
  ),
  ev(
    'PositionTaken',
    'pos-apology-rejected-nov30',
    { occurredAt: '2015-11-30', recordedAt: at('11-30', '18:00') },
    {
      demandId: D.apology,
      actorId: 'turkiye',
      stance: 'rejected',
      speaker: DAVUTOGLU,
      quote: 'No Turkish prime minister or president will apologise … because of doing our duty.',
    },
    [S.dawnNov30],
  ),
  // ===== December 2015: accusations, the frozen talks, the Bosphorus =====
  ev(
    'StatementMade',
    'stmt-antonov-dec2',
    { occurredAt: '2015-12-02', recordedAt: at('12-02', '18:00') },
    {
      speaker: ANTONOV,
      audience: 'turkiye',
      tone: 'accusation',
      summary:
        "At a Defence Ministry briefing: Türkiye is the main consumer of the Islamic State's stolen oil, and Erdoğan and his family are involved in the trade. Erdoğan calls it slander and says he would resign if it were proven.",
    },
    [S.celebcafeDec2, S.alriyadhDec2],
  ),
  ev(
    'TalksSuspended',
    'susp-turkstream',
    { occurredAt: '2015-12-03', recordedAt: at('12-03', '18:00') },
    {
      by: 'russia',
      reason:
        'Novak: the intergovernmental talks on the TurkStream pipeline (and the Akkuyu nuclear plant) are suspended, since the government has suspended the intergovernmental commission on trade and economic cooperation (1 December) as part of the measures against Türkiye.',
    },
    [S.armradioDec3, S.sputnikOssetiaDec3],
  ),
  ev(
    'TalksRoundOpened',
    'round-belgrade-opened',
    { occurredAt: '2015-12-03', recordedAt: at('12-04', '12:00') },
    {
      roundId: R.belgrade,
      label: 'Lavrov – Çavuşoğlu, Belgrade (OSCE ministerial)',
      venue: 'Belgrade',
      format: 'informal',
      delegations: [
        { actorId: 'russia', head: LAVROV },
        { actorId: 'turkiye', head: CAVUSOGLU },
      ],
    },
    [S.b92Dec4, S.criDec4],
  ),
  ev(
    'TalksRoundConcluded',
    'round-belgrade-concluded',
    { occurredAt: '2015-12-03', recordedAt: at('12-04', '12:05') },
    {
      roundId: R.belgrade,
      outcome: 'no-progress',
      summary:
        'Forty minutes at Türkiye\'s insistent request. Lavrov: "we heard nothing new"; the downing was a criminal act. Çavuşoğlu: "The situation remains tense. It would be unrealistic to say that these first negotiations solved any problems."',
    },
    [S.b92Dec4, S.criDec4],
  ),
  ev(
    'StatementMade',
    'stmt-putin-dec3',
    { occurredAt: '2015-12-03', recordedAt: at('12-04', '12:10') },
    {
      speaker: PUTIN,
      audience: 'turkiye',
      tone: 'threat',
      summary:
        'Annual address to the Federal Assembly: Türkiye\'s "ruling clique" profits from the Islamic State\'s oil; Russia will not rattle sabres, but those who committed "a treacherous war crime" will not get away with tomato bans: "they will regret it more than once".',
      quote:
        'We shall remind them many a time what they have done and they will more than once feel regret what they have done.',
    },
    [S.tassDec3, S.dwDec3],
  ),
  ev(
    'IncidentReported',
    'inc-manpads',
    { occurredAt: '2015-12-05', recordedAt: at('12-07', '12:00') },
    {
      incidentId: 'bosphorus-manpads-2015-12-05',
      kind: 'force-posture',
      perpetrator: 'russia',
      allegedBy: 'turkiye',
      against: 'turkiye',
      place: 'Bosphorus, Istanbul',
      description:
        'A serviceman on the deck of the landing ship Caesar Kunikov, on its way to Syria, holds a shoulder-launched missile launcher in firing position as the ship passes through Istanbul (photographs broadcast by NTV). Türkiye summons the Russian ambassador on 7 December.',
    },
    [S.thenewsDec7, S.breitbartDec7],
  ),
  ev(
    'StatementMade',
    'stmt-cavusoglu-dec6',
    { occurredAt: '2015-12-06', recordedAt: at('12-07', '12:05') },
    {
      speaker: CAVUSOGLU,
      audience: 'russia',
      tone: 'warning',
      summary:
        'The display of a rocket launcher by a Russian serviceman on a warship passing Istanbul is a provocation; Türkiye will respond if it perceives a threat.',
      quote: 'If we perceive a threatening situation, we will give the necessary response.',
    },
    [S.thenewsDec7, S.breitbartDec7],
  ),
  // ===== January – May 2016 =====
  ev(
    'IncidentReported',
    'inc-violation-jan29',
    { occurredAt: '2016-01-29T09:46:00Z', recordedAt: at16('01-30', '16:00') },
    {
      incidentId: 'airspace-violation-2016-01-29',
      kind: 'force-posture',
      perpetrator: 'russia',
      allegedBy: 'turkiye',
      against: 'turkiye',
      description:
        'A Russian Su-34 violates Turkish airspace at 11:46 local time after repeated warnings in Russian and English, by Türkiye\'s account (NATO says it detected it too). The Russian Defence Ministry calls it "unfounded propaganda".',
    },
    [graded(S.mfaJan30, 3), graded(S.aljazeeraJan30, 3)],
  ),
  ev(
    'StatementMade',
    'stmt-erdogan-jan30',
    { occurredAt: '2016-01-30', recordedAt: at16('01-30', '16:05') },
    {
      speaker: ERDOGAN,
      audience: 'russia',
      tone: 'warning',
      summary:
        "The violation is part of Moscow's effort to escalate; Turkish airspace is NATO's; if Russia continues to violate Türkiye's sovereignty it will have to face the consequences. The Foreign Ministry, having summoned the ambassador, warns that such actions \"could lead to serious consequences, the responsibility of which will totally rest with the Russian Federation\".",
      quote: "If Russia continues to violate Turkey's sovereignty, it has to put up with the consequences.",
    },
    [S.menafocusJan30, S.aljazeeraJan30, S.mfaJan30],
  ),
  ev(
    'StatementMade',
    'stmt-konashenkov-feb4',
    { occurredAt: '2016-02-04', recordedAt: at16('02-04', '18:00') },
    {
      speaker: KONASHENKOV,
      audience: 'turkiye',
      tone: 'accusation',
      summary:
        'Russia has "serious grounds to suspect" Türkiye of preparing a military incursion into Syria, with a growing number of signs of hidden preparations; Ankara\'s refusal of a Russian Open Skies observation flight is "a dangerous precedent".',
    },
    [S.reutersFeb4],
  ),
  ev(
    'StatementMade',
    'stmt-yildirim-may24',
    { occurredAt: '2016-05-24', recordedAt: at16('05-24', '18:00') },
    {
      speaker: YILDIRIM,
      audience: 'russia',
      tone: 'conciliatory',
      summary:
        'Reading the new government\'s programme: Türkiye will work to mend relations with Russia through dialogue. "We will increase the number of our friends; we will decrease the number of our enemies."',
    },
    [S.presstvMay24],
  ),
  // ===== June – August 2016: the letter, the call, the sanctions lifted, St Petersburg =====
  ev(
    'StatementMade',
    'stmt-erdogan-letter',
    { occurredAt: '2016-06-27', recordedAt: at16('06-27', '18:00') },
    {
      speaker: ERDOGAN,
      audience: 'russia',
      tone: 'conciliatory',
      summary:
        "Letter to Putin: Russia is a friend and strategic partner; he shares the pain of the pilot's family, offers condolences and asks them to excuse Türkiye; he will do everything to restore the traditionally friendly relations.",
      quote:
        'I want to once again express my sympathy and deep condolences to the family of the Russian pilot who died and I say: "I\'m sorry." (the Kremlin\'s rendering)',
    },
    [S.dailysabahJun27, S.epochJun27],
  ),
  ev(
    'PositionTaken',
    'pos-apology-accepted',
    { occurredAt: '2016-06-27', recordedAt: at16('06-27', '18:05') },
    {
      demandId: D.apology,
      actorId: 'turkiye',
      stance: 'accepted',
      speaker: ERDOGAN,
      conditions:
        'The Kremlin reads the letter as an apology ("I\'m sorry"); Ankara calls it an expression of deep regret ("may they excuse us"). Yıldırım: Türkiye is ready to pay compensation "if necessary".',
      quote: 'May they excuse us.',
    },
    [S.dailysabahJun27, S.epochJun27],
  ),
  ev(
    'StatementMade',
    'stmt-yildirim-jun28',
    { occurredAt: '2016-06-28', recordedAt: at16('06-28', '18:00') },
    {
      speaker: YILDIRIM,
      audience: 'russia',
      tone: 'conciliatory',
      summary:
        'To the AK Party group: the ice is melting; the normalisation of relations with Russia has started; thanks to Kazakhstan, Azerbaijan and others for their efforts.',
    },
    [S.tassJun28],
  ),
  ev(
    'TalksRoundOpened',
    'round-call-opened',
    { occurredAt: '2016-06-29', recordedAt: at16('06-29', '20:00') },
    {
      roundId: R.call,
      label: 'Putin – Erdoğan telephone call',
      format: 'informal',
      delegations: [
        { actorId: 'russia', head: PUTIN },
        { actorId: 'turkiye', head: ERDOGAN },
      ],
    },
    [S.rferlJun29, S.thenewsJun29],
  ),
  ev(
    'TalksRoundConcluded',
    'round-call-concluded',
    { occurredAt: '2016-06-29', recordedAt: at16('06-29', '20:05') },
    {
      roundId: R.call,
      outcome: 'progress',
      summary:
        'The first contact since November, about 45 minutes: Putin offers condolences for the Istanbul airport attack; both pledge to restore relations and to meet. Putin tells his government the letter has created conditions to close "the crisis chapter".',
      nextSteps: 'A meeting of the presidents; the Russian government to begin normalising trade and economic ties.',
    },
    [S.rferlJun29, S.thenewsJun29],
  ),
  ev(
    'StatementMade',
    'stmt-putin-lifts-jun30',
    { occurredAt: '2016-06-30', recordedAt: at16('06-30', '18:00') },
    {
      speaker: KREMLIN,
      audience: 'turkiye',
      tone: 'conciliatory',
      summary:
        'Putin signs a decree lifting the ban on the sale of package tours to Türkiye and orders the government to lift the ban on charter flights and to open trade talks; the other restrictions will depend on those talks.',
    },
    [S.siasatJun30, S.hurriyetJun30],
    { cameo: '085', note: 'Sanctions eased (CAMEO 085), the first step of their lifting.' },
  ),
  ev(
    'TalksRoundOpened',
    'round-stp-opened',
    { occurredAt: '2016-08-09', recordedAt: at16('08-10', '12:00') },
    {
      roundId: R.stPetersburg,
      label: 'Putin – Erdoğan, St Petersburg',
      venue: 'Konstantin Palace, Strelna, St Petersburg',
      format: 'formal',
      hosts: ['russia'],
      delegations: [
        { actorId: 'russia', head: PUTIN },
        { actorId: 'turkiye', head: ERDOGAN, members: [CAVUSOGLU] },
      ],
    },
    [S.sentinelAug9, S.eirAug10],
    { occurrence: O.stPetersburg },
  ),
  ev(
    'TalksRoundConcluded',
    'round-stp-concluded',
    { occurredAt: '2016-08-09', recordedAt: at16('08-10', '12:05') },
    {
      roundId: R.stPetersburg,
      outcome: 'agreement',
      summary:
        'Putin wants a "full-spectrum restoration of relations"; the sanctions can be lifted step by step, Russian tourists will return; Erdoğan: both sides are determined to take relations back to where they were and further; a separate meeting on Syria with military and intelligence chiefs.',
    },
    [S.sentinelAug9, S.eirAug10],
    { occurrence: O.stPetersburg },
  ),
  ev(
    'AgreementReached',
    'agr-stp',
    { occurredAt: '2016-08-09', recordedAt: at16('08-10', '12:10') },
    {
      agreementId: 'normalisation-2016-08-09',
      kind: 'framework',
      roundId: R.stPetersburg,
      signatories: ['russia', 'turkiye'],
      textPublic: false,
      provisions: [
        'Restore trade and economic ties to the pre-crisis level, with the Russian measures lifted step by step',
        'Resume Russian tourism and charter flights to Türkiye',
        'Go ahead with the TurkStream pipeline and the Akkuyu nuclear plant',
        'A mechanism of military, intelligence and diplomatic contacts on Syria',
      ],
    },
    [S.sentinelAug9, S.eirAug10],
    { occurrence: O.stPetersburg, note: 'Agreed at the summit and announced by both presidents; no text published.' },
  ),
  ev(
    'TalksResumed',
    'resumed-turkstream',
    { occurredAt: '2016-08-09', recordedAt: at16('08-10', '12:15') },
    {
      by: 'turkiye',
      reason: 'Erdoğan in St Petersburg: Türkiye is ready to implement the TurkStream pipeline and the Akkuyu deal.',
    },
    [S.sentinelAug9],
    { occurrence: O.stPetersburg },
  ),
  // ===== October 2016: TurkStream signed =====
  ev(
    'TalksRoundOpened',
    'round-istanbul-opened',
    { occurredAt: '2016-10-10', recordedAt: at16('10-11', '12:00') },
    {
      roundId: R.istanbul,
      label: 'Putin – Erdoğan, Istanbul (World Energy Congress)',
      venue: 'Istanbul',
      format: 'formal',
      hosts: ['turkiye'],
      delegations: [
        { actorId: 'russia', head: PUTIN },
        { actorId: 'turkiye', head: ERDOGAN },
      ],
    },
    [S.kroneOct10, S.asiaplusOct11],
    { occurrence: O.istanbul },
  ),
  ev(
    'TalksRoundConcluded',
    'round-istanbul-concluded',
    { occurredAt: '2016-10-10', recordedAt: at16('10-11', '12:05') },
    {
      roundId: R.istanbul,
      outcome: 'agreement',
      summary:
        "The energy ministers sign the TurkStream intergovernmental agreement in the presidents' presence; both urge an end to the bloodshed in Syria and agree to strengthen military and intelligence contacts and to speed up Akkuyu.",
    },
    [S.kroneOct10, S.asiaplusOct11],
    { occurrence: O.istanbul },
  ),
  ev(
    'AgreementReached',
    'agr-turkstream',
    { occurredAt: '2016-10-10', recordedAt: at16('10-11', '12:10') },
    {
      agreementId: 'turkstream-2016-10-10',
      kind: 'partial',
      roundId: R.istanbul,
      signatories: ['russia', 'turkiye'],
      textPublic: false,
      status: 'signed',
      provisions: [
        'Two lines of the TurkStream gas pipeline under the Black Sea to Türkiye',
        'A discount on Russian gas for Türkiye',
      ],
    },
    [S.kroneOct10, S.asiaplusOct11],
    { occurrence: O.istanbul },
  ),
  // ===== December 2016: the assassination of Andrei Karlov, the Moscow declaration =====
  ev(
    'ActorRegistered',
    'actor-altintas',
    { occurredAt: '2016-12-19', recordedAt: at16('12-19', '21:00') },
    { actor: ALTINTAS, role: 'spoiler' },
    [S.slateDec19],
    {
      note: 'An off-duty Turkish riot policeman, 22; both presidents call his act a provocation against the normalisation.',
    },
  ),
  ev(
    'IncidentReported',
    'inc-karlov',
    { occurredAt: '2016-12-19T16:05:00Z', recordedAt: at16('12-19', '21:05') },
    {
      incidentId: 'karlov-assassination-2016-12-19',
      kind: 'militant-attack',
      perpetrator: 'mevlut-altintas',
      against: 'russia',
      target: "Russia's ambassador Andrei Karlov",
      place: 'Ankara',
      fatalities: { min: 1, max: 1 },
      injured: { min: 3, max: 3 },
      description:
        'At the opening of a photo exhibition, a gunman in a suit shoots the ambassador in the back, shouting about Aleppo; he is killed by the police. Three others are wounded.',
    },
    [S.slateDec19, S.tassDec19],
    { occurrence: O.karlov },
  ),
  ev(
    'StatementMade',
    'stmt-putin-dec19',
    { occurredAt: '2016-12-19', recordedAt: at16('12-20', '08:00') },
    {
      speaker: PUTIN,
      audience: 'domestic audience',
      tone: 'neutral',
      summary:
        'After a call with Erdoğan: the murder is "clearly a provocation aimed at undermining the improvement and normalisation of Russian-Turkish relations" and the peace process in Syria promoted by Russia, Türkiye and Iran; the answer is to step up the fight against terror; Russian investigators go to Ankara.',
    },
    [S.slateDec19, S.euobserverDec20],
    { occurrence: O.karlov },
  ),
  ev(
    'StatementMade',
    'stmt-erdogan-dec19',
    { occurredAt: '2016-12-19', recordedAt: at16('12-20', '08:05') },
    {
      speaker: ERDOGAN,
      audience: 'russia',
      tone: 'conciliatory',
      summary:
        'Condemns the murder and offers condolences to the Russian people; an obvious provocation to disrupt relations; "we agree with Putin", there is no split of opinion; a joint investigation committee with Russian investigators; more security for Russian missions.',
      quote:
        'I am calling on those who aim to destroy our relations: You are waiting in vain. You will never reach your goals.',
    },
    [S.tassDec19, S.euobserverDec20],
    { occurrence: O.karlov },
  ),
  ev(
    'ActorRegistered',
    'actor-iran',
    { occurredAt: '2016-12-20', recordedAt: at16('12-20', '20:00') },
    { actor: IRAN, role: 'third-party' },
    [S.ahramDec20],
  ),
  ev(
    'TalksRoundOpened',
    'round-moscow-opened',
    { occurredAt: '2016-12-20', recordedAt: at16('12-20', '20:05') },
    {
      roundId: R.moscow,
      label: 'Russia – Türkiye – Iran foreign and defence ministers on Syria, Moscow',
      venue: 'Moscow',
      format: 'formal',
      hosts: ['russia'],
      delegations: [{ actorId: 'russia', head: LAVROV }, { actorId: 'turkiye', head: CAVUSOGLU }, { actorId: 'iran' }],
    },
    [S.ahramDec20, S.globalnewsDec20],
    { occurrence: O.moscow, note: 'Held the day after the murder as planned: the Russians kept the meeting.' },
  ),
  ev(
    'TalksRoundConcluded',
    'round-moscow-concluded',
    { occurredAt: '2016-12-20', recordedAt: at16('12-20', '20:10') },
    {
      roundId: R.moscow,
      outcome: 'agreement',
      summary:
        'The three adopt the Moscow Declaration and say they are ready to broker and guarantee an agreement between the Syrian government and the opposition.',
    },
    [S.ahramDec20, S.globalnewsDec20],
    { occurrence: O.moscow },
  ),
  ev(
    'AgreementReached',
    'agr-moscow',
    { occurredAt: '2016-12-20', recordedAt: at16('12-20', '20:15') },
    {
      agreementId: 'moscow-declaration-2016-12-20',
      kind: 'framework',
      roundId: R.moscow,
      signatories: ['russia', 'turkiye', 'iran'],
      textPublic: true,
      provisions: [
        "Respect for Syria's sovereignty, independence, unity and territorial integrity",
        'Readiness to facilitate and guarantee an agreement between the Syrian government and the opposition',
        'An expanded ceasefire in Syria; a joint fight against the Islamic State and al-Nusra',
      ],
    },
    [S.ahramDec20, S.globalnewsDec20],
    { occurrence: O.moscow },
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'russia-turkey-2015.jsonl',
  logEnd: '2016-12-23T00:00:00Z',
  events,
};

export default definition;
