/**
 * A test fixture, not a shipped example: the United Kingdom and Argentina from
 * the scrap-metal workers landed at Leith, South Georgia (19 March 1982),
 * through the Argentine invasion of the Falklands (2 April) and of South
 * Georgia (3 April), Security Council Resolution 502, the break of relations,
 * the task force, the maritime and total exclusion zones, Haig's shuttle and
 * its failure, South Georgia retaken (25 April), the Vulcan raid on Stanley (1
 * May), the General Belgrano (2 May) and HMS Sheffield (4 May), the Peruvian
 * plan and the Secretary-General's talks, the landings at San Carlos (21 May)
 * and the air attacks on the ships, Goose Green (28 May), Bluff Cove (8 June),
 * the battles for the hills around Stanley (11–14 June) and the surrender (14
 * June), to the years without relations, the Madrid joint statements (19
 * October 1989 and 15 February 1990) and the lifting of the protection zone.
 * Escalation model v2 was never tuned on it: it is the case the model is held
 * to in uk-argentina-1982.spec.ts, against the calls an analyst makes from
 * DOMAIN.md §5b alone.
 *
 * What it tests that the other cases did not: an invasion that is armed action
 * with one man killed; zones of sea closed against the other party's ships
 * that outlast the war by eight years; heavy armed action in several places
 * over weeks; a surrender that ends the fighting without any ceasefire the
 * loser would call one; years with no force and no relations; and the
 * restoration of relations.
 *
 * The negotiation recorded is the diplomacy around the conflict: the parties
 * are the United Kingdom and Argentina; the United States (Alexander Haig's
 * shuttle), Peru (President Belaúnde's plan), the UN Secretary-General (Javier
 * Pérez de Cuéllar) and the UN Security Council are mediators.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source.
 *
 * Recorded retrospectively: the case was opened on 6 December 2026 and every
 * development recorded that morning from archives, document collections and
 * anniversary pieces, so its knownAt begins then (no knownAt before that date
 * shows anything). The escalation calls are on world time (`at`).
 *
 * Grading as in examples/README.md: A = the document itself (the text of
 * Resolution 502, the State Department's published telegrams, Hansard); B =
 * established outlet, wire copy or official service history (AP, the
 * Guardian's archive, the Christian Science Monitor, El País, MercoPress, the
 * Royal Navy, the RAF, Forces News, ITV, the Portsmouth News); C = smaller
 * outlet, museum, blog, archive mirror, encyclopedia page or reference database
 * (Wikipedia and its copies, PA-X, the Falkland Islands Museum, copies of the
 * BBC's "On This Day"); 1 = an on-record statement or act confirmed by the
 * actor itself (or a document's text); 2 = several outlets agree or one
 * established outlet reports it; 3 = one side's unverified claim.
 *
 * Dates of sources: pages that carry no date of their own (encyclopedia pages
 * and their copies, museum and service history pages, the copies of the
 * BBC's "On This Day", the chronicle pages) are given the day after the last
 * development they report, a lower bound stated as such, as the Ecuador – Peru
 * case does. The State Department's telegrams are dated by the telegram; the
 * Time magazine item by its issue (1 December 1986); the Guardian's archive
 * piece by its republication (26 April 2017).
 *
 * Judgement calls, recorded as an analyst would:
 * - The landing at Leith is dated 19 March 1982 by the WN copy of the
 *   encyclopedia and the Spanish forum chronology; the Falkland Islands
 *   Museum's page says "19th April", a slip (its own text has the invasion
 *   decided on 26 March, after it). The landing itself is no act of force
 *   (civilian workers put ashore from an Argentine navy transport): it is in
 *   the text of Britain's protest (20 March, a warning: leave, or measures
 *   follow). HMS Endurance sent with Royal Marines (21 March) and Argentina's
 *   naval forces sent to Leith (late March, `approximate`) are shows of force.
 * - The invasion of the Falklands (2 April) is armed action by Argentina on a
 *   territory the United Kingdom held: a clash at Stanley (Government House),
 *   one Argentine killed, the Royal Marines' surrender. South Georgia (3
 *   April) is a second clash, at Grytviken (no deaths in the source read; two
 *   Argentine helicopters destroyed and a corvette hit).
 * - Resolution 502 (3 April) is the Security Council's demand, with no
 *   deadline and no consequence: a `DemandTabled` by the Council (a mediator),
 *   not an ultimatum between the parties. Argentina's answer through Haig's
 *   shuttle (withdrawal only with a guarantee of sovereignty) is `conditional`.
 * - The exclusion zones: from 12 April (04:00 GMT) "any Argentine warships and
 *   Argentine naval auxiliaries found within this zone will be treated as
 *   hostile and are liable to be attacked" — a zone of sea around the islands
 *   closed against the other party's ships by force: a `border-closure` by the
 *   United Kingdom against Argentina, place "Falklands exclusion zone". The
 *   total exclusion zone (30 April, 11:00 GMT) closes the same circle to any
 *   ship or aircraft: recorded at the same place, the same way. The warning
 *   passed through the Swiss embassy on 23 April (any approach that threatens
 *   the task force "will encounter the appropriate response") is a
 *   `military-threat`. Argentina's own 200-mile "war zone" (29 April), which
 *   no source read dates the end of, is recorded as what it said, a
 *   `military-threat` (British ships and aircraft in it "treated
 *   accordingly"), not as a closure that would never end.
 * - The zone outlasted the war: by Time (1 December 1986) "a 150-mile
 *   protective zone around the Falkland Islands that keeps out Argentine
 *   ships" was still there, and the Madrid joint statement of 15 February
 *   1990 records the British decision to lift the protection zone. The
 *   narrowing of the total exclusion zone to the 150-mile protection zone is
 *   not dated in the sources read, so no separate event is recorded: the
 *   closure of the sea around the islands against Argentina stands from 12
 *   April 1982 and is lifted (`border-reopening`, same place) on 15 February
 *   1990.
 * - Haig's shuttle is a round of talks hosted by the United States (opened 8
 *   April, `approximate`: Haig flew to London that day) that `collapsed` on 30
 *   April, when the United States declared its support for Britain. The
 *   Peruvian plan (2 May) is Peru's proposal; Galtieri's answer after the
 *   Belgrano ("all that remained was to fight", as Belaúnde relayed it to the
 *   US ambassador) is a `military-threat`. The Secretary-General's talks are a
 *   round opened on 7 May (`approximate`) that `collapsed` on 20 May
 *   (`approximate`: the day before the landings; the Security Council asked him
 *   to renew his efforts on 26 May, Resolution 505, recorded as the Council's
 *   request for a pause).
 * - Places are recorded one way each: "Stanley", "Grytviken", "Burdwood Bank"
 *   (the Belgrano), "south of Stanley" (HMS Sheffield), "San Carlos Water",
 *   "Falkland Sound" (HMS Ardent), "off Pebble Island" (HMS Coventry, as the
 *   Royal Navy's week of 21–27 May is told), "Goose Green", "Fitzroy" (Bluff
 *   Cove), "Mount Longdon", "Two Sisters", "Mount Harriet", "Mount Tumbledown",
 *   "Wireless Ridge". The first strike of 1 May is recorded at Stanley only
 *   (the Vulcan and the Sea Harriers on the airfield): the source that adds
 *   Goose Green's airstrip that day is an unattributed video page, not cited.
 *   Tolls are recorded only where a source read gives them: one Argentine
 *   killed on 2 April, 323 on the Belgrano, 20 on HMS Sheffield, 22 on HMS
 *   Ardent, 18 British and 45–55 Argentine at Goose Green. Bluff Cove, HMS
 *   Antelope and HMS Coventry and the battles of 11–14 June are recorded
 *   without tolls (none is given in what was read).
 * - The battles of the nights of 11–12 and 13–14 June (local time, UTC−3) are
 *   dated in UTC, `approximate`: 12 June 03:00 and 14 June 04:00.
 * - The surrender: at 23:59 GMT on 14 June Menéndez signed the surrender of
 *   all Argentine forces on the islands, which he called "an unnegotiated
 *   cease fire": the catalogue has no surrender, so it is recorded as a
 *   `CeasefireDeclared` binding both (indefinite) and, the same occurrence, an
 *   `AgreementReached` of kind `ceasefire` signed by the two commanders (text
 *   public). Argentina did not declare the hostilities over: by Time (1986) no
 *   cease-fire was ever signed, and Argentina offered to end hostilities in
 *   November 1986 if Britain lifted the zone (Britain spurned it). The UK's
 *   own declaration that hostilities had ended was not found in a dated source
 *   read, and is not recorded.
 * - The Bern talks (July 1984) are a round `no-progress` (El País: "concluded
 *   without agreement"), dated by month. Britain's lifting of the ban on
 *   Argentine imports (July 1985) and Argentina's lifting of its trade
 *   restrictions (26 July 1989) are conciliatory statements.
 * - Madrid I (17–19 October 1989) is a round concluded with an `agreement`:
 *   the `framework` joint statement (the sovereignty formula, consular
 *   relations, trade, air and sea links; the UN Chronicle reports that "all
 *   hostilities between them had ceased"). AP wrote on 16 February 1990 that
 *   Argentina had "refused until Thursday to declare the war officially over";
 *   the joint statement's own text and the UN Chronicle put that in October,
 *   so it is recorded there, as a provision. Madrid II (14–15 February 1990)
 *   restores diplomatic relations (`partial`, as PA-X classes it), with the
 *   lifting of the protection zone the same day.
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, source, retrospectiveClock } from '../../examples/case-builder';

const NEGOTIATION_ID = 'uk-argentina-1982';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 1982);
/** Recorded retrospectively on 6 December 2026, one minute apart, in log order. */
const when = retrospectiveClock('2026-12-06T08:00:00Z');

const UK: Actor = {
  id: 'united-kingdom',
  name: 'United Kingdom',
  kind: 'state',
  aliases: ['Britain', 'London', "Her Majesty's Government"],
};
const ARGENTINA: Actor = { id: 'argentina', name: 'Argentina', kind: 'state', aliases: ['Buenos Aires', 'the junta'] };
const USA: Actor = { id: 'united-states', name: 'United States', kind: 'state', aliases: ['US', 'Washington'] };
const PERU: Actor = { id: 'peru', name: 'Peru', kind: 'state', aliases: ['Lima'] };
const UNSG: Actor = {
  id: 'un-secretary-general',
  name: 'Secretary-General of the United Nations',
  kind: 'international-organisation',
  aliases: ['Javier Pérez de Cuéllar', 'UN Secretary-General'],
};
const UNSC: Actor = {
  id: 'un-security-council',
  name: 'United Nations Security Council',
  kind: 'international-organisation',
  aliases: ['Security Council', 'UNSC'],
};

const THATCHER_GOVT: Person = { name: 'Margaret Thatcher', title: 'Prime Minister', actorId: 'united-kingdom' };
const UK_GOVT: Person = { name: 'British Government (statement)', actorId: 'united-kingdom' };
const UK_EMBASSY: Person = {
  name: 'Anthony Williams',
  title: 'British Ambassador in Buenos Aires',
  actorId: 'united-kingdom',
};
const JUNTA: Person = { name: 'Military junta of Argentina (communiqué)', actorId: 'argentina' };
const GALTIERI: Person = { name: 'Leopoldo Galtieri', title: 'President of Argentina', actorId: 'argentina' };
const ALFONSIN: Person = { name: 'Raúl Alfonsín', title: 'President of Argentina', actorId: 'argentina' };
const CAVALLO: Person = { name: 'Domingo Cavallo', title: 'Foreign Minister of Argentina', actorId: 'argentina' };
const MENEM: Person = { name: 'Carlos Menem', title: 'President of Argentina', actorId: 'argentina' };
const HURD: Person = { name: 'Douglas Hurd', title: 'Foreign Secretary', actorId: 'united-kingdom' };
const TREFGARNE: Person = {
  name: 'Lord Trefgarne',
  title: 'Government minister, House of Lords',
  actorId: 'united-kingdom',
};

const S = {
  forumMar19: source(
    'The Falklands War / La guerra de las Malvinas (chronology of 19–21 March 1982)',
    'BAT Madrid forum',
    'https://batmadrid.forosactivos.net/t193-14-y-15-04-12-the-falklands-war-la-guerra-de-las-malvinas-partidas-especiales',
    '1982-03-22',
    'D',
    2,
  ),
  wnSouthGeorgia: source(
    'Invasion of South Georgia',
    'WN (encyclopedia copy)',
    'https://wn.com/Invasion_of_South_Georgia',
    '1982-04-04',
    'C',
    2,
  ),
  museum: source(
    'South Georgia "Incident"',
    'Falkland Islands Museum and National Trust',
    'http://www.falklands-museum.com/index.php?option=com_content&view=article&id=155&Itemid=222',
    '1982-03-27',
    'C',
    2,
  ),
  bbcApr2: source(
    '02 April 1982: Argentina invades Falklands (BBC On This Day, copy)',
    'Battle-updates (copy of BBC On This Day)',
    'https://battle-updates.com/update/on-this-day-150/',
    '1982-04-03',
    'C',
    2,
  ),
  natgeo: source(
    'The Falklands War: history and legacy',
    'National Geographic',
    'https://www.nationalgeographic.com/history/article/falklands-war-history-and-legacy',
    '1982-06-15',
    'B',
    2,
  ),
  rafSouthGeorgia: source(
    'The recapture of South Georgia',
    'Royal Air Force (history)',
    'https://www.raf.mod.uk/history/TherecaptureofSouthGeorgia.cfm',
    '1982-04-26',
    'B',
    2,
  ),
  res502: source(
    'Resolution 502 (1982) of 3 April 1982',
    'UNSCR (text of the resolution)',
    'http://unscr.com/en/resolutions/502',
    '1982-04-03',
    'A',
    1,
  ),
  wikiWar: source('Falklands War', 'Wikipedia', 'https://en.wikipedia.org/wiki/Falklands_War', '1982-06-15', 'C', 2),
  politicoHaig: source(
    'Haig seeks to mediate Falklands crisis, April 9, 1982',
    'Politico',
    'https://www.politico.com/story/2018/04/09/this-day-in-politics-april-9-1982-506180',
    '2018-04-09',
    'B',
    2,
  ),
  rafhsHaig: source(
    'Journal of the RAF Historical Society 30, p. 27 (the British embassy in Washington on the Haig shuttle)',
    'RAF Historical Society',
    'https://flips.oldcranwellians.info/RAFHS/030/files/basic-html/page27.html',
    '1982-05-01',
    'C',
    2,
  ),
  zones: source(
    'Falklandskrigen (texts of the exclusion zone declarations of 12 April, 23 April and 30 April 1982)',
    'Wikiquote (Danish)',
    'https://da.m.wikiquote.org/wiki/Falklandskrigen',
    '1982-05-01',
    'C',
    1,
  ),
  wikiTEZ: source(
    'Total Exclusion Zone',
    'Wikipedia',
    'https://en.wikipedia.org/wiki/Total_Exclusion_Zone',
    '1982-05-03',
    'C',
    2,
  ),
  portsmouthApr11: source(
    'Falklands 30 - On this day - April 11, 1982',
    'The News (Portsmouth)',
    'http://www.portsmouth.co.uk/news/defence/falklands-30-on-this-day-april-11-1982-1-3719444',
    '2012-04-11',
    'B',
    2,
  ),
  guardianSG: source(
    'South Georgia recaptured in first skirmish of Falklands campaign – archive, 1982',
    'The Guardian (archive of 26 April 1982)',
    'https://www.theguardian.com/uk-news/2017/apr/26/south-georgia-recaptured-falklands-1982',
    '2017-04-26',
    'B',
    2,
  ),
  portsmouthApr30: source(
    'Falklands 40: Headlines from The News on April 30, 1982',
    'The News (Portsmouth)',
    'https://www.portsmouth.co.uk/news/defence/falklands-40-headlines-from-the-news-on-april-30-1982-3675224',
    '2022-04-30',
    'B',
    2,
  ),
  fia: source(
    'Perez De Cuéllar, UN Secretary General 1982 – 1991',
    'Falkland Islands Association',
    'https://www.fiassociation.com/resources/obituaries/perez-de-cuellar-un-secretary-general-1982-1991/',
    '2020-03-05',
    'C',
    2,
  ),
  rnBelgrano: source(
    'The Sinking of Belgrano',
    'Royal Navy (UK Government Web Archive copy)',
    'https://webarchive.nationalarchives.gov.uk/20090430221731/http:/www.royalnavy.mod.uk/history/battles/falklands-conflict/the-sinking-of-belgrano/',
    '2009-04-30',
    'B',
    2,
  ),
  radioUrbana: source(
    'Hundimiento del crucero ARA General Belgrano',
    'Radio Urbana',
    'https://radiourbana.com.ar/2021/05/02/hundimiento-del-crucero-ara-general-belgrano',
    '2021-05-02',
    'C',
    2,
  ),
  frus202: source(
    'Telegram From the Embassy in Peru to the Department of State: South Atlantic Peace Proposal: Peruvian Text (FRUS 1981–1988, vol. XIII, doc. 202)',
    'Office of the Historian, US Department of State',
    'https://history.state.gov/historicaldocuments/frus1981-88v13/d202',
    '1982-05-02',
    'A',
    1,
  ),
  frus209: source(
    'Telegram From the Embassy in Peru to the Department of State: End of the Peruvian Initiative (FRUS 1981–1988, vol. XIII, doc. 209)',
    'Office of the Historian, US Department of State',
    'https://history.state.gov/historicaldocuments/frus1981-88v13/d209',
    '1982-05-03',
    'A',
    2,
  ),
  bbcMay4: source(
    '04 May 1982: Argentines destroy HMS Sheffield (BBC On This Day, copy)',
    'Battle-updates (copy of BBC On This Day)',
    'https://battle-updates.com/update/falklands-25th-anniversary-2/',
    '1982-05-08',
    'C',
    2,
  ),
  itvSheffield: source(
    'HMS Sheffield memorial',
    'ITV News',
    'http://www.itv.com/news/calendar/2012-05-06/hms-sheffield-memorial/',
    '2012-05-06',
    'B',
    2,
  ),
  portsmouthMay7: source(
    'Falklands 30 - On this day - May 7, 1982',
    'The News (Portsmouth)',
    'https://www.portsmouth.co.uk/news/defence/falklands-30-on-this-day-may-7-1982-1-3815662',
    '2012-05-07',
    'B',
    2,
  ),
  csmMay26: source(
    'UN may call for Falklands talks',
    'The Christian Science Monitor',
    'https://csmonitor.com/1982/0526/052615.html',
    '1982-05-26',
    'B',
    2,
  ),
  res505: source(
    'United Nations Security Council Resolution 505',
    'Wikipedia (offline copy of August 2020)',
    'https://a.osmarks.net/content/wikipedia_en_all_maxi_2020-08/A/United_Nations_Security_Council_Resolution_505',
    '2020-08-01',
    'C',
    1,
  ),
  rnSanCarlos: source(
    "San Carlos landings anniversary begins the Royal Navy's 'hardest week'",
    'Royal Navy',
    'https://www.royalnavy.mod.uk/news-and-latest-activity/news/2021/may/21/20210521-San-Carlos',
    '2021-05-21',
    'B',
    2,
  ),
  wars20th: source(
    'May 21, 1982: the British land at San Carlos',
    '20th Century Wars',
    'https://20thcenturywars.com/2024/05/21',
    '2024-05-21',
    'C',
    2,
  ),
  paradata: source(
    'Goose Green',
    'ParaData (Airborne Assault Museum)',
    'https://www.paradata.org.uk/article/goose-green',
    '1982-05-30',
    'C',
    2,
  ),
  wikiGooseGreen: source(
    'Battle of Goose Green',
    'Wikipedia',
    'https://en.wikipedia.org/wiki/Battle_of_Goose_Green',
    '1982-05-30',
    'C',
    2,
  ),
  bluffCove: source(
    'Bluff Cove air attacks',
    'Wikisum (encyclopedia digest)',
    'https://wikisum.wiki/wiki/Bluff_Cove_air_attacks',
    '1982-06-09',
    'C',
    2,
  ),
  longdon: source(
    'Battle of Mt Longdon. The beginning of the end..',
    "Peter's Penguin Post (blog, Stanley)",
    'http://peterspenguinpost.blogspot.com/2012/06/battle-of-mt-longdon-beginning-of-end.html',
    '2012-06-11',
    'C',
    2,
  ),
  forcesTumbledown: source(
    'Falklands 40: The battle for Wireless Ridge and Mount Tumbledown',
    'Forces News',
    'https://www.forces.net/falklands-1982/falklands-40-battle-wireless-ridge-and-mount-tumbledown',
    '1982-06-15',
    'B',
    2,
  ),
  mercoSurrender: source(
    'Falklands War: end of hostilities, General Menendez surrenders to Major General Jeremy Moore',
    'MercoPress',
    'https://en.mercopress.com/2022/06/14/falklands-war-end-of-hostilities-general-menendez-surrenders-to-major-general-jeremy-moore',
    '2022-06-14',
    'B',
    1,
  ),
  wikiSurrender: source(
    'Argentine surrender in the Falklands War',
    'Wikipedia',
    'https://en.wikipedia.org/wiki/Argentine_surrender_in_the_Falklands_War',
    '1982-06-15',
    'C',
    1,
  ),
  mersSurrender: source(
    '14 juni 1982: Falkland-oorlog beëindigd',
    'Mers.be (chronicle)',
    'https://mers.be/ARTICLE/904890.php',
    '2003-06-14',
    'C',
    2,
  ),
  time1986: source(
    'World Notes: Diplomacy (Time, 1 December 1986)',
    'Time (archive copy)',
    'http://20.210.105.67/txt/time/Time1986/1986-12-01/962999.html',
    '1986-12-01',
    'C',
    2,
  ),
  elpais1989: source(
    'Mensajes secretos en siete años de ruptura',
    'El País',
    'https://elpais.com/diario/1989/08/19/internacional/619480802_850215.html',
    '1989-08-19',
    'B',
    2,
  ),
  madrid1: source(
    'Joint Statement by the British and Argentine Delegations, Madrid, 19 October 1989',
    'falklands.info (Wayback Machine copy of the text)',
    'https://web.archive.org/web/20120517012555/http://falklands.info/history/1989agreement.html',
    '1989-10-19',
    'B',
    1,
  ),
  hansard1989: source(
    'Argentina: Diplomatic Relations (HL Deb 26 October 1989 vol 511 cc1554-7)',
    'Hansard (UK Parliament)',
    'https://api.parliament.uk/historic-hansard/lords/1989/oct/26/argentina-diplomatic-relations',
    '1989-10-26',
    'A',
    1,
  ),
  unChronicle: source(
    'Argentina, United Kingdom decide to re-establish diplomatic relations',
    'UN Chronicle (Questia copy)',
    'https://www.questia.com/magazine/1G1-9159515/argentina-united-kingdom-decide-to-re-establish-diplomatic',
    '1990-02-16',
    'B',
    1,
  ),
  ap1990: source(
    'Britain, Argentina Restore Ties Despite Falklands Dispute',
    'Associated Press',
    'https://www.apnews.com/12b3444a6ae586d8455ea4e56e07ac6f',
    '1990-02-16',
    'B',
    1,
  ),
  pax1990: source(
    'Joint Statement of Confidence-Building Measures, including an Information and Consultation System and Safety Measures for Air and Maritime Navigation (15 Feb 1990)',
    'PA-X Peace Agreements Database (University of Edinburgh)',
    'https://pax.peaceagreements.org/agreements/431',
    '1990-02-16',
    'C',
    1,
  ),
  observatorio: source(
    '15 de Febrero de 1990: Acuerdo Madrid II – Entre la República Argentina y el Reino Unido',
    'Observatorio Malvinas (Legislatura de Río Negro)',
    'https://observatoriomalvinas.legisrn.gov.ar/15-de-febrero-de-1990/',
    '1990-02-16',
    'C',
    1,
  ),
  mercoFeb1990: source(
    'On 16 February 1990, the re-establishment of diplomatic relations between UK and Argentina was announced',
    'MercoPress',
    'https://en.mercopress.com/2022/02/17/on-16-february-1990-the-re-establishment-of-diplomatic-relations-between-uk-and-argentina-was-announced',
    '2022-02-17',
    'B',
    1,
  ),
};

const ZONE = 'Falklands exclusion zone';
const D = { withdraw: 'res-502-withdrawal' };
const R = {
  haig: 'haig-shuttle-1982-04',
  unsg: 'un-secretary-general-1982-05',
  bern: 'bern-1984-07',
  newYork: 'new-york-1989-08',
  madrid1: 'madrid-1989-10',
  madrid2: 'madrid-1990-02',
};
const C = { surrender: 'surrender-1982-06-14' };
const O = { surrender: 'surrender-1982-06-14', madrid1: 'madrid-1989-10-19', madrid2: 'madrid-1990-02-15' };

const events = [
  // ===== March 1982: Leith =====
  ev(
    'NegotiationOpened',
    'opened',
    when('1982-03-19'),
    {
      negotiationId: NEGOTIATION_ID,
      title: 'United Kingdom – Argentina, the Falklands war and its aftermath, 1982–90',
      subject:
        'The Falkland Islands, South Georgia and the South Sandwich Islands: from the landing at Leith and the Argentine invasion through the mediation of the United States, Peru and the United Nations, the war and the surrender, to the Madrid joint statements that restored relations',
      parties: [UK, ARGENTINA],
      mediators: [USA, PERU, UNSG, UNSC],
    },
    [S.wnSouthGeorgia, S.forumMar19],
    { note: 'Opened at the landing at Leith, the first development of the crisis; recorded retrospectively.' },
  ),
  ev(
    'StatementMade',
    'stmt-uk-protest-mar20',
    when('1982-03-20'),
    {
      speaker: UK_EMBASSY,
      audience: 'argentina',
      tone: 'warning',
      summary:
        'After Argentine workers landed at Leith from the navy transport Bahía Buen Suceso (19 March), raised the Argentine flag and replaced British notices, Britain protests formally and warns that measures will be taken unless all Argentine personnel leave South Georgia; Buenos Aires answers that they are civilian workers under contract.',
    },
    [S.forumMar19, S.wnSouthGeorgia],
  ),
  ev(
    'IncidentReported',
    'inc-endurance-mar21',
    when('1982-03-21'),
    {
      incidentId: 'endurance-1982-03-21',
      kind: 'force-posture',
      perpetrator: 'united-kingdom',
      against: 'argentina',
      place: 'South Georgia',
      description:
        'London orders the governor of the Falklands to embark a platoon of Royal Marines on the ice patrol ship HMS Endurance to remove the workers at Leith; the ship is sent to South Georgia without permission to act.',
    },
    [S.forumMar19, S.museum],
  ),
  ev(
    'IncidentReported',
    'inc-argentine-navy-leith',
    when('1982-03-25', 'approximate'),
    {
      incidentId: 'argentine-navy-leith-1982-03',
      kind: 'force-posture',
      perpetrator: 'argentina',
      against: 'united-kingdom',
      place: 'South Georgia',
      description:
        'Argentina refuses to withdraw the party and sends military forces to Leith and naval corvettes into the area; the Bahía Paraíso and Endurance shadow each other until 31 March.',
    },
    [S.museum, S.wnSouthGeorgia],
  ),
  // ===== April 1982: the invasion, the zones, Haig =====
  ev(
    'IncidentReported',
    'inc-stanley-apr2',
    when('1982-04-02'),
    {
      incidentId: 'rosario-1982-04-02',
      kind: 'clash',
      perpetrator: 'argentina',
      against: 'united-kingdom',
      target: 'Royal Marines of Naval Party 8901 and Government House',
      place: 'Stanley',
      fatalities: { min: 1, max: 1 },
      description:
        'Operation Rosario: Argentine commandos and marines land near Stanley; after an attack on Government House in which one Argentine soldier is said to have been killed, Governor Rex Hunt orders the Royal Marines to surrender. No islander or Royal Marine killed.',
    },
    [S.bbcApr2, S.natgeo],
  ),
  ev(
    'StatementMade',
    'stmt-uk-breaks-relations',
    when('1982-04-02'),
    {
      speaker: UK_GOVT,
      audience: 'argentina',
      tone: 'critical',
      summary:
        'The British government cuts diplomatic ties with Argentina and starts to assemble a naval task force to reclaim the islands.',
    },
    [S.bbcApr2],
    { cameo: '161' },
  ),
  ev(
    'IncidentReported',
    'inc-grytviken-apr3',
    when('1982-04-03'),
    {
      incidentId: 'grytviken-1982-04-03',
      kind: 'clash',
      perpetrator: 'argentina',
      against: 'united-kingdom',
      target: '23 Royal Marines at King Edward Point',
      place: 'Grytviken',
      description:
        'Argentine naval forces seize the east coast of South Georgia; the Royal Marines destroy two helicopters and hit the corvette ARA Guerrico before surrendering. No Royal Marine killed.',
    },
    [S.rafSouthGeorgia, S.wnSouthGeorgia],
  ),
  ev(
    'DemandTabled',
    'dem-502',
    when('1982-04-03'),
    {
      demandId: D.withdraw,
      by: 'un-security-council',
      addressedTo: ['argentina'],
      text: 'Resolution 502: an immediate cessation of hostilities and an immediate withdrawal of all Argentine forces from the Falkland Islands (Islas Malvinas); both governments to seek a diplomatic solution.',
      category: 'territorial',
    },
    [S.res502],
    { note: 'Adopted by 10 votes to 1 (Panama), with 4 abstentions; no deadline, no consequence stated.' },
  ),
  ev(
    'IncidentReported',
    'inc-task-force',
    when('1982-04-05'),
    {
      incidentId: 'task-force-1982-04-05',
      kind: 'force-posture',
      perpetrator: 'united-kingdom',
      against: 'argentina',
      place: 'South Atlantic',
      description: 'The British government dispatches a naval task force to the South Atlantic.',
    },
    [S.wikiWar],
  ),
  ev(
    'TalksRoundOpened',
    'round-haig-opened',
    when('1982-04-08', 'approximate'),
    {
      roundId: R.haig,
      label: "Haig's shuttle between London and Buenos Aires",
      venue: 'London, Buenos Aires and Washington',
      format: 'informal',
      hosts: ['united-states'],
    },
    [S.politicoHaig, S.rafhsHaig],
  ),
  ev(
    'PositionTaken',
    'pos-argentina-502',
    when('1982-04-10', 'approximate'),
    {
      demandId: D.withdraw,
      actorId: 'argentina',
      stance: 'conditional',
      conditions: 'No withdrawal without a guarantee of Argentine sovereignty.',
    },
    [S.rafhsHaig],
  ),
  ev(
    'IncidentReported',
    'inc-mez',
    when('1982-04-12T04:00:00Z'),
    {
      incidentId: 'maritime-exclusion-zone-1982-04-12',
      kind: 'border-closure',
      perpetrator: 'united-kingdom',
      against: 'argentina',
      place: ZONE,
      description:
        'From 04:00 GMT a maritime exclusion zone of 200 nautical miles around the Falkland Islands: "any Argentine warships and Argentine naval auxiliaries found within this zone will be treated as hostile and are liable to be attacked by British forces".',
    },
    [S.zones, S.wikiTEZ, S.portsmouthApr11],
  ),
  ev(
    'StatementMade',
    'stmt-uk-warning-apr23',
    when('1982-04-23'),
    {
      speaker: UK_GOVT,
      audience: 'argentina',
      tone: 'military-threat',
      summary:
        'In a message passed through the Swiss embassy in Buenos Aires, any approach by Argentine warships, submarines, naval auxiliaries or military aircraft that could threaten the British forces in the South Atlantic "will encounter the appropriate response"; aircraft shadowing the task force will be regarded as hostile.',
    },
    [S.zones, S.wikiTEZ],
  ),
  ev(
    'IncidentReported',
    'inc-south-georgia-apr25',
    when('1982-04-25'),
    {
      incidentId: 'paraquet-1982-04-25',
      kind: 'clash',
      perpetrator: 'united-kingdom',
      against: 'argentina',
      target: 'the submarine ARA Santa Fe and the Argentine garrison',
      place: 'Grytviken',
      description:
        'British helicopters attack the submarine Santa Fe off Grytviken and Royal Marines land; the garrison hoists a white flag within two hours after "limited resistance". No British casualties reported; some of the submarine\'s crew wounded.',
    },
    [S.guardianSG, S.rafSouthGeorgia],
  ),
  ev(
    'StatementMade',
    'stmt-junta-war-zone',
    when('1982-04-29', 'approximate'),
    {
      speaker: JUNTA,
      audience: 'united-kingdom',
      tone: 'military-threat',
      summary:
        'The junta declares its own 200-mile zone around the Falklands, South Georgia, the Sandwich Islands and the Argentine mainland: any British ship or plane found within it will be regarded as hostile and "treated accordingly"; it also tells the United States that the latest proposals are "unsatisfactory".',
    },
    [S.portsmouthApr30],
  ),
  ev(
    'IncidentReported',
    'inc-tez',
    when('1982-04-30T11:00:00Z'),
    {
      incidentId: 'total-exclusion-zone-1982-04-30',
      kind: 'border-closure',
      perpetrator: 'united-kingdom',
      against: 'argentina',
      place: ZONE,
      description:
        'From 11:00 GMT a total exclusion zone over the same 200-mile circle: any ship or aircraft, of any country, supporting the Argentine occupation is liable to be fired on without further warning.',
    },
    [S.zones, S.wikiTEZ, S.portsmouthApr30],
  ),
  ev(
    'TalksRoundConcluded',
    'round-haig-collapsed',
    when('1982-04-30'),
    {
      roundId: R.haig,
      outcome: 'collapsed',
      summary:
        "Haig's shuttle ends without agreement: Argentina would not withdraw without sovereignty, Britain would not negotiate before a withdrawal; the United States declares its support for Britain.",
    },
    [S.fia, S.rafhsHaig, S.portsmouthApr30],
  ),
  // ===== May 1982: the air and sea war, the Peruvian plan, the UN =====
  ev(
    'IncidentReported',
    'inc-stanley-may1',
    when('1982-05-01'),
    {
      incidentId: 'black-buck-1982-05-01',
      kind: 'airstrike',
      perpetrator: 'united-kingdom',
      against: 'argentina',
      target: 'Stanley airfield',
      place: 'Stanley',
      description:
        'A Vulcan from Ascension bombs the runway at Stanley before dawn; RAF and Royal Navy aircraft attack Stanley the same day. Argentina launches its naval groups against the British ships.',
    },
    [S.rnBelgrano],
  ),
  ev(
    'MediationAction',
    'med-peru-plan',
    when('1982-05-02'),
    {
      mediator: 'peru',
      action: 'proposed',
      summary:
        "President Belaúnde, from a conversation with Haig, puts a seven-point plan to Galtieri: an immediate ceasefire, mutual withdrawal, third parties to administer the islands, the islanders' views taken into account, a contact group (Brazil, Peru, West Germany, the United States), a final settlement by 30 April 1983.",
    },
    [S.frus202],
  ),
  ev(
    'IncidentReported',
    'inc-belgrano',
    when('1982-05-02T19:00:00Z', 'approximate'),
    {
      incidentId: 'belgrano-1982-05-02',
      kind: 'clash',
      perpetrator: 'united-kingdom',
      against: 'argentina',
      target: 'the cruiser ARA General Belgrano',
      place: 'Burdwood Bank',
      fatalities: { min: 323, max: 323 },
      description:
        'The submarine HMS Conqueror torpedoes the cruiser General Belgrano outside the exclusion zone; it sinks within an hour, 323 of its crew killed.',
    },
    [S.rnBelgrano, S.radioUrbana],
  ),
  ev(
    'StatementMade',
    'stmt-galtieri-fight',
    when('1982-05-02T23:45:00Z', 'approximate'),
    {
      speaker: GALTIERI,
      audience: 'united-kingdom',
      tone: 'military-threat',
      summary:
        'Galtieri tells Belaúnde that after the "unspeakable" British actions of the day, the torpedoing of the Belgrano, there is nothing left for Argentina to discuss: all that remains is to fight. Belaúnde considers his initiative ended.',
    },
    [S.frus209],
  ),
  ev(
    'IncidentReported',
    'inc-sheffield',
    when('1982-05-04'),
    {
      incidentId: 'sheffield-1982-05-04',
      kind: 'missile-strike',
      perpetrator: 'argentina',
      against: 'united-kingdom',
      target: 'the destroyer HMS Sheffield',
      place: 'south of Stanley',
      fatalities: { min: 20, max: 20 },
      description:
        'A Super Étendard fires two Exocet missiles; one hits HMS Sheffield on a scouting mission inside the exclusion zone, and the fire kills 20 of the crew. The ship sinks under tow on 10 May.',
    },
    [S.bbcMay4, S.itvSheffield],
  ),
  ev(
    'TalksRoundOpened',
    'round-unsg-opened',
    when('1982-05-07', 'approximate'),
    {
      roundId: R.unsg,
      label: "The Secretary-General's talks with the British and Argentine delegations",
      venue: 'United Nations, New York',
      format: 'informal',
      hosts: ['un-secretary-general'],
    },
    [S.portsmouthMay7, S.fia],
  ),
  ev(
    'TalksRoundConcluded',
    'round-unsg-collapsed',
    when('1982-05-20', 'approximate'),
    {
      roundId: R.unsg,
      outcome: 'collapsed',
      summary:
        "The Secretary-General's efforts end without a ceasefire on the eve of the British landings; Britain holds that the time for talking has gone.",
    },
    [S.fia, S.csmMay26],
  ),
  ev(
    'IncidentReported',
    'inc-san-carlos',
    when('1982-05-21'),
    {
      incidentId: 'san-carlos-1982-05-21',
      kind: 'clash',
      perpetrator: 'united-kingdom',
      against: 'argentina',
      target: 'the Argentine post at Fanning Head and the garrison at Port San Carlos',
      place: 'San Carlos Water',
      description:
        'Operation Sutton: some 4,000 Royal Marines and paratroopers land at San Carlos; HMS Antrim shells the Fanning Head post before Special Forces take it, and the small Argentine garrison is overpowered.',
    },
    [S.rnSanCarlos, S.wars20th],
  ),
  ev(
    'IncidentReported',
    'inc-ardent',
    when('1982-05-21'),
    {
      incidentId: 'ardent-1982-05-21',
      kind: 'airstrike',
      perpetrator: 'argentina',
      against: 'united-kingdom',
      target: 'the frigates of the outer screen, HMS Ardent among them',
      place: 'Falkland Sound',
      fatalities: { min: 22, max: 22 },
      description:
        'Wave after wave of Argentine air attacks on the ships covering the landings: HMS Ardent is hit repeatedly and abandoned, 22 of her crew killed; Argonaut and Brilliant badly damaged.',
    },
    [S.rnSanCarlos, S.wars20th],
  ),
  ev(
    'IncidentReported',
    'inc-antelope',
    when('1982-05-23'),
    {
      incidentId: 'antelope-1982-05-23',
      kind: 'airstrike',
      perpetrator: 'argentina',
      against: 'united-kingdom',
      target: 'the frigate HMS Antelope',
      place: 'San Carlos Water',
      description: 'HMS Antelope is bombed in San Carlos Water and explodes; she sinks on the 24th.',
    },
    [S.wars20th],
  ),
  ev(
    'IncidentReported',
    'inc-coventry',
    when('1982-05-25'),
    {
      incidentId: 'coventry-1982-05-25',
      kind: 'airstrike',
      perpetrator: 'argentina',
      against: 'united-kingdom',
      target: 'the destroyer HMS Coventry',
      place: 'off Pebble Island',
      description: 'Argentine aircraft sink the destroyer HMS Coventry.',
    },
    [S.wars20th, S.rnSanCarlos],
  ),
  ev(
    'MediationAction',
    'med-res-505',
    when('1982-05-26'),
    {
      mediator: 'un-security-council',
      action: 'requested-pause',
      summary:
        'Resolution 505, adopted unanimously, reaffirms Resolution 502 and urges both parties to cooperate with the Secretary-General to achieve a ceasefire, with UN observers if necessary.',
    },
    [S.res505, S.csmMay26],
  ),
  ev(
    'IncidentReported',
    'inc-goose-green',
    when('1982-05-28'),
    {
      incidentId: 'goose-green-1982-05-28',
      kind: 'clash',
      perpetrator: 'united-kingdom',
      against: 'argentina',
      target: 'the Argentine garrison of Darwin and Goose Green',
      place: 'Goose Green',
      fatalities: { min: 63, max: 73 },
      description:
        '2 Para attacks the Darwin – Goose Green isthmus from the early hours; its commanding officer, Lt Col H Jones, is killed. 18 British and 45–55 Argentine killed; the garrison (961 prisoners) surrenders the next morning.',
    },
    [S.paradata, S.wikiGooseGreen],
  ),
  // ===== June 1982: Bluff Cove, the hills, the surrender =====
  ev(
    'IncidentReported',
    'inc-bluff-cove',
    when('1982-06-08'),
    {
      incidentId: 'bluff-cove-1982-06-08',
      kind: 'airstrike',
      perpetrator: 'argentina',
      against: 'united-kingdom',
      target: 'the landing ships Sir Galahad and Sir Tristram',
      place: 'Fitzroy',
      description:
        'Argentine Skyhawks and Daggers bomb the landing ships Sir Galahad and Sir Tristram at Fitzroy, off Bluff Cove, while the Welsh Guards wait to land; Sir Galahad is damaged beyond repair.',
    },
    [S.bluffCove],
  ),
  ev(
    'IncidentReported',
    'inc-longdon',
    when('1982-06-12T03:00:00Z', 'approximate'),
    {
      incidentId: 'longdon-1982-06-11',
      kind: 'clash',
      perpetrator: 'united-kingdom',
      against: 'argentina',
      place: 'Mount Longdon',
      description:
        'On the night of 11–12 June 3 Para attacks Mount Longdon, west of Stanley: one of three battles that night.',
    },
    [S.longdon],
  ),
  ev(
    'IncidentReported',
    'inc-two-sisters',
    when('1982-06-12T03:00:00Z', 'approximate'),
    {
      incidentId: 'two-sisters-1982-06-11',
      kind: 'clash',
      perpetrator: 'united-kingdom',
      against: 'argentina',
      place: 'Two Sisters',
      description: 'On the night of 11–12 June 3 Commando Brigade attacks Two Sisters.',
    },
    [S.longdon],
  ),
  ev(
    'IncidentReported',
    'inc-harriet',
    when('1982-06-12T03:00:00Z', 'approximate'),
    {
      incidentId: 'harriet-1982-06-11',
      kind: 'clash',
      perpetrator: 'united-kingdom',
      against: 'argentina',
      place: 'Mount Harriet',
      description: 'On the night of 11–12 June 3 Commando Brigade attacks Mount Harriet (Mount Challenger).',
    },
    [S.longdon],
  ),
  ev(
    'IncidentReported',
    'inc-tumbledown',
    when('1982-06-14T04:00:00Z', 'approximate'),
    {
      incidentId: 'tumbledown-1982-06-13',
      kind: 'clash',
      perpetrator: 'united-kingdom',
      against: 'argentina',
      place: 'Mount Tumbledown',
      description: 'On the night of 13–14 June the 2nd Scots Guards assault Mount Tumbledown.',
    },
    [S.forcesTumbledown, S.mercoSurrender],
  ),
  ev(
    'IncidentReported',
    'inc-wireless-ridge',
    when('1982-06-14T04:00:00Z', 'approximate'),
    {
      incidentId: 'wireless-ridge-1982-06-13',
      kind: 'clash',
      perpetrator: 'united-kingdom',
      against: 'argentina',
      place: 'Wireless Ridge',
      description:
        'On the night of 13–14 June 2 Para, reinforced, assaults Wireless Ridge; the town defences of Stanley falter.',
    },
    [S.forcesTumbledown, S.mercoSurrender],
  ),
  ev(
    'CeasefireDeclared',
    'cf-surrender',
    when('1982-06-14T23:59:00Z'),
    {
      ceasefireId: C.surrender,
      parties: ['argentina', 'united-kingdom'],
      scope:
        'The surrender of all Argentine land, sea and air forces on East Falkland, West Falkland and the outlying islands to Major General Jeremy Moore, effective 23:59 GMT on 14 June; Menéndez called it "an unnegotiated cease fire"',
      duration: 'indefinite',
    },
    [S.wikiSurrender, S.mercoSurrender, S.mersSurrender],
    { occurrence: O.surrender },
  ),
  ev(
    'AgreementReached',
    'agr-surrender',
    when('1982-06-14T23:59:00Z'),
    {
      agreementId: 'surrender-document-1982',
      kind: 'ceasefire',
      provisions: [
        'All Argentine personnel on the Falkland Islands muster at assembly points and hand over their arms, ammunition and equipment',
        'Argentine forces treated with honour under the Geneva Convention of 1949',
        "'Unconditional' struck out at Menéndez's request; units keep their flags and officers their sidearms; the ceremony is private",
      ],
      signatories: ['argentina', 'united-kingdom'],
      textPublic: true,
    },
    [S.wikiSurrender, S.mercoSurrender],
    {
      occurrence: O.surrender,
      note: 'Signed by the two commanders in the field (Menéndez, Moore); Argentina did not declare a cessation of hostilities.',
    },
  ),
  // ===== 1982–89: no relations, the zone kept =====
  ev(
    'TalksRoundOpened',
    'round-bern-opened',
    when('1984-07', 'month'),
    {
      roundId: R.bern,
      label: 'First contacts since the war, Bern',
      venue: 'Bern',
      format: 'informal',
    },
    [S.elpais1989],
  ),
  ev(
    'TalksRoundConcluded',
    'round-bern-concluded',
    when('1984-07', 'month'),
    {
      roundId: R.bern,
      outcome: 'no-progress',
      summary:
        'Talks on restoring relations and the future of the islands (not sovereignty, by British spokesmen) conclude without agreement.',
    },
    [S.elpais1989],
  ),
  ev(
    'StatementMade',
    'stmt-uk-imports-1985',
    when('1985-07', 'month'),
    {
      speaker: UK_GOVT,
      audience: 'argentina',
      tone: 'conciliatory',
      summary:
        'Britain lifts its ban on all imports from Argentina, while insisting that sovereignty over the islands is not negotiable.',
    },
    [S.elpais1989],
  ),
  ev(
    'StatementMade',
    'stmt-alfonsin-offer-1986',
    when('1986-11-24', 'approximate'),
    {
      speaker: ALFONSIN,
      audience: 'united-kingdom',
      tone: 'conciliatory',
      summary:
        'Argentina proposes an end to hostilities and a resumption of normal relations if Britain lifts the 150-mile protective zone around the islands that keeps out Argentine ships, and asks to discuss sovereignty. No cease-fire was ever signed.',
    },
    [S.time1986],
  ),
  ev(
    'StatementMade',
    'stmt-uk-spurns-1986',
    when('1986-11-24', 'approximate'),
    {
      speaker: THATCHER_GOVT,
      audience: 'argentina',
      tone: 'critical',
      summary:
        'Britain immediately spurns the proposal as an attempt to gain at the bargaining table what could not be won in combat; Alfonsín answers that Britain shows "intransigence and obstinacy".',
    },
    [S.time1986],
  ),
  ev(
    'StatementMade',
    'stmt-argentina-trade-1989',
    when('1989-07-26'),
    {
      speaker: MENEM,
      audience: 'united-kingdom',
      tone: 'conciliatory',
      summary:
        "Menem's government lifts Argentina's restrictions on imports from and exports to the United Kingdom, a step towards normal relations.",
    },
    [S.elpais1989],
  ),
  // ===== 1989–90: New York, Madrid I and II =====
  ev(
    'TalksRoundOpened',
    'round-ny-opened',
    when('1989-08', 'month'),
    {
      roundId: R.newYork,
      label: 'First meeting of the delegations, New York',
      venue: 'New York',
      format: 'formal',
    },
    [S.madrid1],
  ),
  ev(
    'TalksRoundConcluded',
    'round-ny-concluded',
    when('1989-08', 'month'),
    {
      roundId: R.newYork,
      outcome: 'progress',
      summary:
        'The delegations agree the agenda of the Madrid meeting: a formula on sovereignty and bilateral relations.',
    },
    [S.madrid1],
  ),
  ev(
    'TalksRoundOpened',
    'round-madrid1-opened',
    when('1989-10-17'),
    {
      roundId: R.madrid1,
      label: 'Madrid I',
      venue: 'Madrid',
      format: 'formal',
      delegations: [
        {
          actorId: 'united-kingdom',
          head: {
            name: 'Sir Crispin Tickell',
            title: 'UK Permanent Representative to the UN',
            actorId: 'united-kingdom',
          },
        },
        {
          actorId: 'argentina',
          head: { name: 'Lucio García del Solar', title: 'Special Representative', actorId: 'argentina' },
        },
      ],
    },
    [S.madrid1],
  ),
  ev(
    'TalksRoundConcluded',
    'round-madrid1-concluded',
    when('1989-10-19'),
    {
      roundId: R.madrid1,
      outcome: 'agreement',
      summary: 'The joint statement of 19 October 1989.',
    },
    [S.madrid1, S.unChronicle],
    { occurrence: O.madrid1 },
  ),
  ev(
    'AgreementReached',
    'agr-madrid1',
    when('1989-10-19'),
    {
      agreementId: 'madrid-joint-statement-1989',
      kind: 'framework',
      roundId: R.madrid1,
      provisions: [
        "The sovereignty formula: nothing in the meetings changes either government's position on sovereignty over the islands and the surrounding maritime areas",
        'All hostilities between the two have ceased; neither will pursue claims for loss or damage against the other',
        'Consular relations re-established at the level of consul general',
        'Commercial and financial relations normalised; air and sea communications to resume',
        'Working groups on measures to avoid military incidents and on fisheries',
      ],
      signatories: ['argentina', 'united-kingdom'],
      textPublic: true,
    },
    [S.madrid1, S.unChronicle],
    { occurrence: O.madrid1 },
  ),
  ev(
    'StatementMade',
    'stmt-trefgarne-1989',
    when('1989-10-26'),
    {
      speaker: TREFGARNE,
      audience: 'domestic audience',
      tone: 'conciliatory',
      summary:
        "Last week's talks in Madrid let both governments take significant steps towards more normal relations; consuls general are exchanged, and diplomatic relations are to be discussed at the next talks in February.",
    },
    [S.hansard1989],
  ),
  ev(
    'TalksRoundOpened',
    'round-madrid2-opened',
    when('1990-02-14'),
    { roundId: R.madrid2, label: 'Madrid II', venue: 'Madrid', format: 'formal' },
    [S.unChronicle, S.mercoFeb1990],
  ),
  ev(
    'TalksRoundConcluded',
    'round-madrid2-concluded',
    when('1990-02-15'),
    {
      roundId: R.madrid2,
      outcome: 'agreement',
      summary: 'The joint statement of 15 February 1990 restores diplomatic relations.',
    },
    [S.unChronicle, S.ap1990, S.pax1990],
    { occurrence: O.madrid2 },
  ),
  ev(
    'AgreementReached',
    'agr-madrid2',
    when('1990-02-15'),
    {
      agreementId: 'madrid-joint-statement-1990',
      kind: 'partial',
      roundId: R.madrid2,
      provisions: [
        'Diplomatic relations re-established; embassies to reopen after notice to the protecting powers',
        'Confidence-building measures: an information and consultation system, a direct military communications link, safety measures for air and maritime navigation',
        'The sovereignty formula of 19 October 1989 applies',
        'A visit by Argentine next-of-kin to the cemetery on the islands under the ICRC',
        'Britain lifts the protection zone around the islands',
      ],
      signatories: ['argentina', 'united-kingdom'],
      textPublic: true,
    },
    [S.pax1990, S.observatorio, S.unChronicle],
    { occurrence: O.madrid2 },
  ),
  ev(
    'IncidentReported',
    'inc-zone-lifted',
    when('1990-02-15'),
    {
      incidentId: 'protection-zone-lifted-1990-02-15',
      kind: 'border-reopening',
      perpetrator: 'united-kingdom',
      against: 'argentina',
      place: ZONE,
      description:
        "The British delegation announces its government's decision to lift the protection zone around the Falkland Islands, which had kept Argentine ships out since the war.",
    },
    [S.observatorio, S.pax1990],
    { occurrence: O.madrid2 },
  ),
  ev(
    'StatementMade',
    'stmt-hurd-1990',
    when('1990-02-15'),
    {
      speaker: HURD,
      audience: 'argentina',
      tone: 'conciliatory',
      summary:
        'Praises the Madrid accord: "we have no quarrel with Argentina", achieved without any sacrifice of sovereignty.',
    },
    [S.ap1990],
  ),
  ev(
    'StatementMade',
    'stmt-cavallo-1990',
    when('1990-02-15'),
    {
      speaker: CAVALLO,
      audience: 'united-kingdom',
      tone: 'conciliatory',
      summary:
        'The accord "means passing from a state of war to a state of peace"; Menem names Mario Cámpora ambassador to Britain.',
    },
    [S.ap1990],
  ),
  ev(
    'StatementMade',
    'stmt-menem-claim-1990',
    when('1990-02-16'),
    {
      speaker: MENEM,
      audience: 'united-kingdom',
      tone: 'neutral',
      summary:
        "Menem says the accord opens trade, and repeats Argentina's claim to sovereignty over the islands, which restoring relations does not diminish.",
    },
    [graded(S.ap1990, 2)],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'uk-argentina-1982.jsonl',
  logEnd: '2026-12-06T12:00:00Z',
  events,
};

export default definition;
