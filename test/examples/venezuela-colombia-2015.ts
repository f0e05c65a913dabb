/**
 * A test fixture, not a shipped example: the border crisis between Venezuela
 * (Nicolás Maduro) and Colombia (Juan Manuel Santos) from August 2015 to
 * September 2016, as an analyst following the news could have recorded it —
 * the shooting of a Venezuelan anti-smuggling patrol in San Antonio del
 * Táchira (19 August 2015, three soldiers and a civilian wounded), which
 * Maduro blamed on Colombian paramilitaries and smugglers; the closure of the
 * Táchira crossings that night, made indefinite with a state of exception (21
 * August) and widened to more Táchira municipalities (28 August); the raids
 * and the deportation of Colombians from the border settlements (from 22–23
 * August) and the flight of thousands more; the recall of both ambassadors (27
 * August); Colombia's failed call for an OAS meeting of foreign ministers (31
 * August); the closure of Paraguachón in Zulia (7 September) and of the Apure
 * border (15 September); the Venezuelan military aircraft Colombia says flew
 * over La Guajira (12 September); the foreign ministers in Quito (12
 * September) and the presidents' meeting there with Ecuador and Uruguay (21
 * September) and its declaration; the ministerial meeting in Caracas (23
 * September) with the border still closed; the one-day return of stranded
 * vehicles (27 February 2016); the 'humanitarian corridors' for pedestrians of
 * 10 and 16–17 July 2016; the foreign ministers in Caracas (4 August 2016);
 * the Puerto Ordaz agreement (11 August 2016) and the reopening of five
 * crossings to pedestrians (13 August 2016); and Maduro at the signing of
 * Colombia's peace agreement with the FARC in Cartagena (26 September 2016).
 * Escalation model v2 was never tuned on it: it is the case the model is held
 * to in venezuela-colombia-2015.spec.ts, against the calls an analyst makes
 * from DOMAIN.md §5b alone.
 *
 * What it tests that the other cases did not: a border closed against the
 * other party for a year without any armed action between the two; an attack
 * by a third party blamed on the other side's nationals (not its state); the
 * deportation of the other's nationals; an agreement reached while the border
 * stays closed; a border opened for a day and shut again; and a partial
 * reopening, by place and by kind of crossing (pedestrians only).
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source.
 *
 * Grading as in examples/README.md: B = established outlet or wire copy
 * (Reuters, AP, AFP, EFE, Xinhua copies included), C = smaller outlet,
 * aggregator, blog or mirror of a wire story; 1 = confirmed by both parties
 * (a joint declaration), 2 = several outlets agree or one established outlet
 * reports an on-record statement, 3 = one side's unverified claim about the
 * other.
 *
 * Judgement calls, recorded as an analyst would:
 * - The attack of 19 August 2015 (about 16:30 local time, UTC−4:30) is a
 *   `militant-attack` by `colombian-paramilitaries` (a third party), as
 *   alleged by Venezuela, against Venezuela. Maduro blamed "paramilitaries"
 *   and smugglers from Colombia and asked Bogotá to help capture them: he
 *   blamed the other side's nationals, not its state, so the attack carries
 *   no `blamedOn: colombia`. No source names the gunmen.
 * - The closures are `border-closure` by Venezuela `against` Colombia, one
 *   per stretch of border, each place named one way: the Táchira crossings
 *   (the 72-hour closure of the night of 19–20 August, its indefinite
 *   extension of 21 August and its widening to four more municipalities of 28
 *   August share one occurrence key: one closure, extended); Paraguachón in
 *   Zulia (7 September); the Apure and southern Zulia border (15 September,
 *   and its 60-day extension by decree of 16 November 2015). Amazonas: on 23
 *   September Maduro announced an eighth security zone there "in coordination
 *   with Colombia"; no source searched reports a crossing closed on that day,
 *   so it is his statement.
 * - The deportations: the catalogue has no expulsion. The raids on the
 *   border settlements, the houses marked "D" for demolition and the
 *   Colombians escorted to the border are force used by Venezuela's forces on
 *   the other's people short of weapons fire: `non-lethal-force` by Venezuela
 *   against Colombia, CAMEO 174 (expel or deport individuals), dated to the
 *   weekend the raids began (23 August, approximate; AP and Reuters report
 *   them by 25–26 August). The flight of some 18,500 more is not an act of
 *   either government: it is in the description and in the United Nations'
 *   figures as relayed by Reuters and TRT (13 September), a statement of the
 *   United Nations (observer).
 * - The recall of the ambassadors (27 August) is each side's statement, CAMEO
 *   161. Their return was agreed at Quito ("the immediate return of the
 *   respective ambassadors", a provision of the declaration); no source
 *   searched dates either arrival, so no event of its own: both ambassadors sat
 *   in the foreign ministers' meeting of 4 August 2016.
 * - The OAS vote (31 August): 17 of the 18 votes needed. The OAS is an
 *   observer; Colombia's ambassador's address to the Permanent Council is
 *   Colombia's accusation, and the vote's failure is in its summary.
 * - The aircraft of 12 September are Colombia's allegation (its defence
 *   ministry's radar), denied by Venezuela: a `force-posture` incident, not a
 *   strike — no weapon was fired — graded 3.
 * - Quito (21 September): the presidents met for five hours with Correa
 *   (CELAC) and Vázquez (UNASUR); the joint declaration read by Correa is a
 *   `framework` agreement, `signed` ("suscribieron un documento"), text public,
 *   one occurrence with the round concluded `agreement`. It did not reopen the
 *   border: Maduro said the next day it would stay closed until "freed" of
 *   smugglers and paramilitaries.
 * - The one-day openings are not reopenings: the closure decrees stood. The
 *   return of stranded vehicles (27 February 2016, five hours, "a single
 *   day", agreed by both foreign ministries) and the pedestrian 'humanitarian
 *   corridors' (10 July, twelve hours; 16–17 July) are recorded as the
 *   statements announcing or reporting them, as the Qatar case recorded the
 *   Salwa crossing opened to pilgrims alone.
 * - Puerto Ordaz (11 August 2016): the presidents agreed to open five
 *   pedestrian crossings from 13 August, 15 hours a day, with vehicles and
 *   freight to follow once the transport ministers agree: a `partial`
 *   agreement, `text-agreed`, `in-force` on 13 August. The reopening of 13
 *   August is recorded once per closure it lifts, with the closure's own place
 *   (Táchira crossings, Paraguachón, the Apure border), one occurrence key;
 *   the description says pedestrians only. Lorries and cars stayed barred (no
 *   source searched reports their return by the end of September 2016): that
 *   is the agreed next step of a jointly agreed reopening, not a measure of one
 *   side against the other, so no closure is kept open for it.
 * - Maduro at the signing of the peace agreement with the FARC (Cartagena, 26
 *   September 2016) is a third party's agreement for this pair; his presence,
 *   reported by Colombia's foreign ministry, is a `ThirdPartyEngagement` of
 *   Venezuela with Colombia (a visit).
 * - Nothing is recorded between 16 November 2015 and 27 February 2016 but the
 *   closure's standing (Maduro refused the opposition's request to reopen on
 *   15 January 2016, known only from a later AFP copy, in the February
 *   event's text). The 5 July 2016 march of Venezuelan women through the
 *   cordon at San Antonio is Venezuela's internal affair, left out.
 */
import type { Actor, NegotiationEvent, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'venezuela-colombia-border-2015';
const { ev, at } = caseKit(NEGOTIATION_ID, 'test-analyst', 2015);

const VENEZUELA: Actor = {
  id: 'venezuela',
  name: 'Venezuela',
  kind: 'state',
  aliases: ['Bolivarian Republic of Venezuela', 'Caracas'],
};
const COLOMBIA: Actor = {
  id: 'colombia',
  name: 'Colombia',
  kind: 'state',
  aliases: ['Republic of Colombia', 'Bogotá'],
};
const PARAMILITARIES: Actor = {
  id: 'colombian-paramilitaries',
  name: 'Colombian paramilitary groups',
  kind: 'armed-group',
  aliases: ['paramilitaries', 'paramilitarismo'],
};
const SMUGGLERS: Actor = {
  id: 'smugglers',
  name: 'Border smuggling networks',
  kind: 'armed-group',
  aliases: ['bachaqueros', 'contrabandistas'],
};
const OAS: Actor = {
  id: 'oas',
  name: 'Organization of American States',
  kind: 'international-organisation',
  aliases: ['OAS', 'OEA'],
};
const UN: Actor = {
  id: 'united-nations',
  name: 'United Nations',
  kind: 'international-organisation',
  aliases: ['UN', 'OCHA'],
};
const ECUADOR: Actor = { id: 'ecuador', name: 'Ecuador', kind: 'state', aliases: ['Quito'] };
const URUGUAY: Actor = { id: 'uruguay', name: 'Uruguay', kind: 'state', aliases: ['Montevideo'] };
const UNASUR: Actor = {
  id: 'unasur',
  name: 'Union of South American Nations',
  kind: 'international-organisation',
  aliases: ['UNASUR', 'Unasur'],
};
const CELAC: Actor = {
  id: 'celac',
  name: 'Community of Latin American and Caribbean States',
  kind: 'international-organisation',
  aliases: ['CELAC', 'Celac'],
};

const MADURO: Person = { name: 'Nicolás Maduro', title: 'President of Venezuela', actorId: 'venezuela' };
const SANTOS: Person = { name: 'Juan Manuel Santos', title: 'President of Colombia', actorId: 'colombia' };
const RODRIGUEZ: Person = { name: 'Delcy Rodríguez', title: 'Foreign Minister of Venezuela', actorId: 'venezuela' };
const HOLGUIN: Person = { name: 'María Ángela Holguín', title: 'Foreign Minister of Colombia', actorId: 'colombia' };
const CRISTO: Person = { name: 'Juan Fernando Cristo', title: 'Interior Minister of Colombia', actorId: 'colombia' };
const GONZALEZ: Person = { name: 'Andrés González', title: 'Ambassador of Colombia to the OAS', actorId: 'colombia' };
const VEN_GOV: Person = { name: 'Government of Venezuela (announcement)', actorId: 'venezuela' };
const COL_MFA: Person = { name: 'Ministry of Foreign Affairs of Colombia (statement)', actorId: 'colombia' };
const UN_AGENCIES: Person = { name: 'United Nations (figures relayed by Reuters and AFP)', actorId: 'united-nations' };

/** One name per stretch of closed border (a closure and its reopening read alike). */
const TACHIRA = 'Táchira crossings (San Antonio del Táchira – Ureña, to Cúcuta)';
const PARAGUACHON = 'Paraguachón crossing (Zulia – La Guajira)';
const APURE = 'Apure and southern Zulia border (to Arauca and La Guajira)';

const S = {
  cubasiAug20: source(
    'Venezuela Closes Colombia Border Amid Paramilitary Violence',
    'Cubasí (teleSUR copy)',
    'https://www.cubasi.cu/en/world/item/4936-venezuela-closes-colombia-border-amid-paramilitary-violence',
    '2015-08-20',
    'C',
    2,
  ),
  invenAug20: source(
    'Border closed',
    'In Venezuela (blog)',
    'https://in-venezuela.com/2015/08/20/08-20-15-border-closed/',
    '2015-08-20',
    'C',
    2,
  ),
  estrellaAug20: source(
    'Maduro ordena el cierre inmediato de la frontera con Colombia',
    'Estrella Digital (Europa Press)',
    'https://estrelladigital.es/mundo/20150820/maduro-ordena-el-cierre-inmediato-de-la-frontera-con-colombia',
    '2015-08-20',
    'B',
    2,
  ),
  jornadaAug21: source(
    'Maduro denuncia una emboscada a sus soldados que dejó 3 heridos',
    'La Jornada',
    'https://estatico.jornada.com.mx/2015/08/21/mundo/022n2mun',
    '2015-08-21',
    'B',
    2,
  ),
  telegrafoAug22: source(
    'Maduro declara estado de excepción en sector de frontera con Colombia',
    'El Telégrafo (Ecuador)',
    'https://eltelegrafo.com.ec/noticias/mundo/8/venezuela-mantiene-seguridad-reforzada-en-frontera-con-colombia',
    '2015-08-22',
    'B',
    2,
  ),
  alwasatAug22: source(
    'Venezuela closes part of its border with Colombia indefinitely (AFP, in Arabic)',
    'Al Wasat',
    'http://alwasatnews.com/news/1018738.html',
    '2015-08-22',
    'C',
    2,
  ),
  apAug26: source(
    'Colombians flee homes in Venezuela amid deportations',
    'Tampa Bay Times (AP)',
    'https://www.tampabay.com/news/world/colombians-flee-homes-in-venezuela-amid-deportations/2242856/',
    '2015-08-26',
    'B',
    2,
  ),
  foxAug27: source(
    'Colombia, Venezuela recall ambassadors for consultations amid border dispute',
    'Fox News (AP)',
    'https://www.foxnews.com/world/colombia-venezuela-recall-ambassadors-for-consultations-amid-border-dispute',
    '2015-08-27',
    'B',
    2,
  ),
  telesurAug27: source(
    'Venezuela, Colombia Recall Their Ambassadors for Consultation',
    'teleSUR English',
    'https://www.telesurenglish.net/news/Santos-Meets-With-Colombian-Ambassador-to-Venezuela-20150827-0040.html',
    '2015-08-27',
    'C',
    2,
  ),
  sigAug28: source(
    'El embajador de Colombia en Venezuela regresa a Bogotá (SIG, Presidencia de Colombia)',
    'Bersoa Informa (blog)',
    'http://www.bersoainforma.com/2015/08/el-embajador-de-colombia-en-venezuela.html',
    '2015-08-28',
    'C',
    2,
  ),
  politicitAug29: source(
    'Venezuela expands Colombian border closure',
    'Politicit (AFP)',
    'http://www.politicit.com/venezuela-expands-colombian-border-closure/',
    '2015-08-29',
    'C',
    2,
  ),
  reutersSep1: source(
    'OAS will not hold meeting on Venezuela-Colombia border crisis',
    'Stabroek News (Reuters)',
    'https://stabroeknews.com/2015/09/01/news/world/oas-will-not-hold-meeting-on-venezuela-colombia-border-crisis',
    '2015-09-01',
    'B',
    2,
  ),
  elmundoSep1: source(
    'Colombia no alcanzó la mayoría ante la OEA',
    'El Mundo (Medellín, EFE)',
    'https://www.elmundo.com/portal/resultados/detalles/?idx=262222&anterior=1&paramdsdia=17&paramdsmes=&paramdsanio=&cantidad=25&pag=442',
    '2015-09-01',
    'B',
    2,
  ),
  cnnSep8: source(
    'Maduro anuncia nuevo cierre fronterizo con Colombia',
    'CNN en Español',
    'https://cnnespanol.cnn.com/2015/09/08/maduro-anuncia-nuevo-cierre-fronterizo-con-colombia',
    '2015-09-08',
    'B',
    2,
  ),
  cocuyoSep8: source(
    'Maduro cierra frontera por el Zulia y decreta tres municipios bajo estado de excepción',
    'Efecto Cocuyo',
    'https://efectococuyo.com/politica/maduro-cierra-frontera-por-el-zulia-y-decreta-tres-municipios-bajo-estado-de-excepion/',
    '2015-09-08',
    'C',
    2,
  ),
  notitotalSep13: source(
    'Esperan concretar en próximos días cita de Maduro y Santos',
    'Notitotal (El Universal, DPA)',
    'http://notitotal.com/2015/09/13/esperan-concretar-en-proximos-dias-cita-de-maduro-y-santos/',
    '2015-09-13',
    'C',
    2,
  ),
  reutersSep13: source(
    'Colombia to protest Venezuela for military flyover',
    'Townhall (Reuters)',
    'https://townhall.com/news/politics-elections/2015/09/13/colombia-to-protest-venezuela-for-military-flyover-n2052306',
    '2015-09-13',
    'B',
    3,
  ),
  trtSep13: source(
    'Colombia to protest Venezuela claiming airspace violation',
    'TRT World',
    'http://www.trtworld.com/americas/colombia-to-protest-venezuela-claiming-airspace-violation-7801',
    '2015-09-13',
    'B',
    2,
  ),
  rcnSep16: source(
    'Maduro extiende cierre de la frontera en otras diez poblaciones, incluyendo los límites con Arauca',
    'RCN Radio',
    'http://www.rcnradio.com/internacional/maduro-extiende-cierre-de-la-frontera-y-dice-creer-que-santos-no-quiere-reunion-bilateral/',
    '2015-09-16',
    'B',
    2,
  ),
  hoySep16: source(
    'Venezuela extiende el estado de excepción a diez municipios',
    'Hoy (Santo Domingo, AP)',
    'https://hoy.com.do/venezuela-extiende-el-estado-de-excepcion-a-diez-municipios',
    '2015-09-16',
    'C',
    2,
  ),
  cubanameraSep16: source(
    'Presidentes Santos y Maduro se reunirán el lunes 21 de septiembre en Quito',
    'Cubanamera (Andes, teleSUR, Aporrea)',
    'https://www.cubanamera.org/2015/09/presidentes-santos-y-maduro-se-reuniran-el-lunes-21-de-septiembre-en-quito/',
    '2015-09-16',
    'C',
    2,
  ),
  cubasiSep17: source(
    'Santos and Maduro to Meet Next Week in Quito to Discuss Border Crisis',
    'Cubasí (Xinhua)',
    'https://cubasi.cu/en/world/item/5255-santos-and-maduro-to-meet-next-week-in-quito-to-discuss-border-crisis',
    '2015-09-17',
    'C',
    2,
  ),
  laverdadvargasSep21: source(
    'Maduro y Santos ya están en Quito para encuentro por situación fronteriza',
    'La Verdad de Vargas',
    'https://laverdaddevargas.com/maduro-y-santos-ya-estan-en-quito-para-encuentro-por-situacion-fronteriza/',
    '2015-09-21',
    'C',
    2,
  ),
  eldiarioSep22: source(
    'Santos y Maduro sellan principio de entendimiento en Quito',
    'El Diario (Bolivia, AFP)',
    'https://pub.eldiario.net/noticias/2015/2015_09/nt150922/principal.php?n=93',
    '2015-09-22',
    'B',
    1,
  ),
  juventudSep22: source(
    'Venezuela y Colombia acuerdan impulsar progresiva normalización de la frontera común',
    'Juventud Rebelde (AVN)',
    'https://juventudrebelde.cu/index.php/internacionales/2015-09-22/venezuela-y-colombia-acuerdan-impulsar-progresiva-normalizacion-de-la-frontera-comun',
    '2015-09-22',
    'C',
    1,
  ),
  elmismopaisSep22: source(
    'Colombia y Venezuela acuerdan dialogar para resolver la crisis fronteriza',
    'El Mismo País',
    'https://elmismopais.com/politica/colombia-y-venezuela-acuerdan-dialogar-para-resolver-la-crisis-fronteriza',
    '2015-09-22',
    'C',
    2,
  ),
  guiaSep23: source(
    'Ministros de Colombia y Venezuela terminan reunión sin revelar resultados',
    'Guía.com.ve (EFE)',
    'http://guia.com.ve/noti/131195/ministros-de-colombia-y-venezuela-terminan-reunion-sin-revelar-resultados',
    '2015-09-23',
    'C',
    2,
  ),
  laverdadSep23: source(
    'Concluye sin anuncios reunión de ministros colombianos y venezolanos',
    'La Verdad (Maracaibo)',
    'https://laverdad.com/concluye-sin-anuncios-reunion-de-ministros-colombianos-y-venezolanos',
    '2015-09-23',
    'C',
    2,
  ),
  selaSep24: source(
    'Venezuela y Colombia avanzan en regularización de frontera común',
    'SELA (Prensa Latina)',
    'http://www.sela.org/es/prensa/servicio-informativo/2015/09/20150924/venezuela-y-colombia-avanzan-en-regularizacion/',
    '2015-09-24',
    'C',
    2,
  ),
  villanuevaNov21: source(
    'Maduro decreta 60 días más de cierre en la frontera Colombia – Venezuela (Diario del Norte)',
    'Villanueva 24 Horas (blog)',
    'https://villanueva24h.blogspot.com/2015/11/en-varios-municipios-de-los-estados-del.html',
    '2015-11-21',
    'C',
    2,
  ),
  colatinoFeb27: source(
    'Venezuela reabre parcialmente la frontera con Colombia',
    'Diario Co Latino (AFP)',
    'https://diariocolatino.com/venezuela-reabre-parcialmente-la-frontera-con-colombia',
    '2016-02-27',
    'B',
    2,
  ),
  biobioFeb28: source(
    'Abren por un día frontera entre Colombia y Venezuela para retorno de vehículos',
    'BioBioChile (AFP)',
    'http://www.biobiochile.cl/noticias/2016/02/28/abren-por-un-dia-frontera-entre-colombia-y-venezuela-para-retorno-de-vehiculos.shtml',
    '2016-02-28',
    'B',
    2,
  ),
  ibtimesJul11: source(
    'Venezuela: Thousands cross into Colombia to get food supplies after government opens border',
    'International Business Times UK',
    'https://www.ibtimes.co.uk/venezuela-thousands-cross-into-colombia-get-food-supplies-after-government-opens-border-1569911',
    '2016-07-11',
    'B',
    2,
  ),
  xinhuaJul17: source(
    'Venezuela reopens pedestrian border crossing with Colombia',
    'China.org.cn (Xinhua)',
    'http://en.chinagate.cn/2016-07/17/content_38898510.htm',
    '2016-07-17',
    'B',
    2,
  ),
  rtJul17: source(
    '35,000 Venezuelans cross Colombian border to buy food, medicine',
    'RT (AP)',
    'https://www.rt.com/news/351747-venezuela-cross-colombia-food/',
    '2016-07-17',
    'C',
    2,
  ),
  cactusJul26: source(
    'Holguín confirmó reunión con Delcy Rodríguez el próximo 4 de agosto',
    'Cactus24 (EFE)',
    'https://owl.cactus24.com.ve/2016/07/26/holguin-confirmo-reunion-con-delcy-rodriguez-el-proximo-4-de-agosto',
    '2016-07-26',
    'C',
    2,
  ),
  eluniversalAug4: source(
    'Nicolás Maduro dialoga con canciller colombiana sobre frontera',
    'El Universal (México)',
    'https://eluniversal.com.mx/articulo/mundo/2016/08/4/nicolas-maduro-dialoga-con-canciller-colombiana-sobre-frontera/?outputType=amp',
    '2016-08-04',
    'B',
    2,
  ),
  elheraldoAug4: source(
    "'Las fronteras son para tenerlas abiertas, no cerradas': Holguín",
    'El Heraldo (Barranquilla)',
    'https://www.elheraldo.co/nacional/2016/08/04/las-fronteras-son-para-tenerlas-abiertas-no-cerradas-holguin-276296',
    '2016-08-04',
    'B',
    2,
  ),
  venanalysisAug11: source(
    'Venezuela, Colombia to Temporarily Reopen Border',
    'Venezuelanalysis',
    'https://venezuelanalysis.com/news/12127/',
    '2016-08-11',
    'C',
    2,
  ),
  thesunAug12: source(
    'Colombia, Venezuela to reopen border',
    'The Sun (Malaysia, AFP)',
    'https://thesun.my/archive/1934111-ISARCH387162',
    '2016-08-12',
    'B',
    1,
  ),
  jagoAug12: source(
    'Venezuela and Colombia to reopen border',
    'Jago News 24 (BBC)',
    'https://jagonews24.com/en/international/news/7807',
    '2016-08-12',
    'C',
    2,
  ),
  geopoliticaAug14: source(
    'Colombia-Venezuela border opens to limited foot traffic',
    'Geopolitica.ru',
    'https://www.geopolitica.ru/en/news/colombia-venezuela-border-opens-limited-foot-traffic',
    '2016-08-14',
    'C',
    2,
  ),
  cancilleriaSep26: source(
    'Invitados a la firma del Acuerdo de Paz ya están listos para la ceremonia',
    'Cancillería de Colombia',
    'https://www.cancilleria.gov.co/newsroom/news/invitados-firma-acuerdo-paz-ya-estan-listos-ceremonia',
    '2016-09-26',
    'B',
    2,
  ),
};

const R = {
  cartagena: 'cartagena-fm-2015-08-26',
  quitoFm: 'quito-fm-2015-09-12',
  quito: 'quito-summit-2015-09-21',
  caracas: 'caracas-ministers-2015-09-23',
  caracasFm: 'caracas-fm-2016-08-04',
  puertoOrdaz: 'puerto-ordaz-2016-08-11',
};

const events: readonly NegotiationEvent[] = [
  // ===== 19–21 August 2015: the attack, the closure of the Táchira crossings =====
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '2015-08-19', recordedAt: at('08-20', '10:00') },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Venezuela – Colombia border crisis, 2015–16',
      subject:
        "Venezuela's closure of its border with Colombia after an attack on an army patrol in Táchira, the deportation of Colombians, and the two governments' talks on reopening it.",
      parties: [VENEZUELA, COLOMBIA],
      mediators: [],
    },
    [S.cubasiAug20, S.invenAug20],
  ),
  ev(
    'ActorRegistered',
    'actor-paramilitaries',
    { occurredAt: '2015-08-19', recordedAt: at('08-20', '10:01') },
    { actor: PARAMILITARIES, role: 'third-party' },
    [S.cubasiAug20],
  ),
  ev(
    'ActorRegistered',
    'actor-smugglers',
    { occurredAt: '2015-08-19', recordedAt: at('08-20', '10:02') },
    { actor: SMUGGLERS, role: 'third-party' },
    [S.invenAug20],
  ),
  ev(
    'IncidentReported',
    'inc-attack-aug19',
    { occurredAt: '2015-08-19T21:00:00Z', precision: 'approximate', recordedAt: at('08-20', '10:05') },
    {
      incidentId: 'san-antonio-attack-2015-08-19',
      kind: 'militant-attack',
      perpetrator: 'colombian-paramilitaries',
      allegedBy: 'venezuela',
      against: 'venezuela',
      target: 'Venezuelan army anti-smuggling patrol',
      place: 'San Antonio del Táchira, Táchira (Venezuela)',
      fatalities: { min: 0, max: 0 },
      injured: { min: 4, max: 4 },
      description:
        'Gunmen (two on a motorcycle, by Maduro\'s account) fire on a patrol about to stop smugglers taking goods to Colombia: three soldiers wounded, one critically, and a civilian. Maduro blames "paramilitary" smugglers coming from Colombia; no source names the gunmen.',
    },
    [S.cubasiAug20, S.estrellaAug20],
  ),
  ev(
    'StatementMade',
    'stmt-maduro-aug19',
    { occurredAt: '2015-08-20T04:30:00Z', precision: 'approximate', recordedAt: at('08-20', '10:10') },
    {
      speaker: MADURO,
      audience: 'colombia',
      tone: 'critical',
      summary:
        'By telephone to state television that night: orders the Táchira crossings closed for 72 hours; "Enough of paramilitary terrorism! It\'s time for justice for Táchira"; calls on Bogotá to cooperate in cracking down on cross-border crime.',
    },
    [S.cubasiAug20, S.invenAug20],
    { occurrence: 'tachira-closure-2015-08-20' },
  ),
  ev(
    'IncidentReported',
    'inc-closure-tachira-aug20',
    { occurredAt: '2015-08-20T04:30:00Z', precision: 'approximate', recordedAt: at('08-20', '10:15') },
    {
      incidentId: 'tachira-closure-2015-08-20',
      kind: 'border-closure',
      perpetrator: 'venezuela',
      against: 'colombia',
      place: TACHIRA,
      description:
        'Venezuela closes the Simón Bolívar, Francisco de Paula Santander and Unión bridges between Táchira and Norte de Santander for 72 hours and deploys troops for house-by-house searches.',
    },
    [S.invenAug20, S.estrellaAug20],
    { occurrence: 'tachira-closure-2015-08-20' },
  ),
  ev(
    'StatementMade',
    'stmt-cristo-aug20',
    { occurredAt: '2015-08-20', recordedAt: at('08-21', '09:00') },
    {
      speaker: CRISTO,
      audience: 'venezuela',
      tone: 'critical',
      summary:
        'Calls the closure "inconvenient" and asks Venezuela to reopen quickly so as not to harm the people of the border.',
    },
    [S.jornadaAug21],
  ),
  ev(
    'IncidentReported',
    'inc-closure-tachira-aug21',
    { occurredAt: '2015-08-21', recordedAt: at('08-22', '09:00') },
    {
      incidentId: 'tachira-closure-2015-08-21',
      kind: 'border-closure',
      perpetrator: 'venezuela',
      against: 'colombia',
      place: TACHIRA,
      description:
        'Maduro extends the closure "beyond 72 hours, much beyond", until further notice, "until we capture the killers", and decrees a state of exception suspending guarantees in several Táchira municipalities.',
    },
    [S.telegrafoAug22, S.alwasatAug22],
    { occurrence: 'tachira-closure-2015-08-20' },
  ),
  // ===== 22–31 August: deportations, recall of ambassadors, the OAS =====
  ev(
    'IncidentReported',
    'inc-deportations-aug23',
    { occurredAt: '2015-08-23', precision: 'approximate', recordedAt: at('08-26', '12:00') },
    {
      incidentId: 'deportations-2015-08-23',
      kind: 'non-lethal-force',
      perpetrator: 'venezuela',
      against: 'colombia',
      target: 'Colombian nationals living in the Táchira border settlements',
      place: 'San Antonio del Táchira and Ureña, Táchira (Venezuela)',
      description:
        'Under the state of exception, troops raid the border settlements, remove people by force, mark their homes for demolition and deport undocumented Colombians: more than 1,000 deported within the week; more than 100 others wade the Táchira river back to Colombia with their belongings.',
    },
    [S.apAug26],
    {
      cameo: '174',
      note: "The catalogue has no expulsion: deportation by force of the other party's nationals is recorded as non-lethal force (CAMEO 174, expel or deport individuals).",
    },
  ),
  ev(
    'StatementMade',
    'stmt-santos-aug25',
    { occurredAt: '2015-08-25', recordedAt: at('08-26', '12:05') },
    {
      speaker: SANTOS,
      audience: 'venezuela',
      tone: 'accusation',
      summary:
        'His strongest rebuke: raiding homes, removing people by force, separating families and marking homes for demolition are "totally unacceptable practices" that "recall the bitterest episodes in history".',
    },
    [S.apAug26],
  ),
  ev(
    'StatementMade',
    'stmt-maduro-aug25',
    { occurredAt: '2015-08-25', recordedAt: at('08-26', '12:10') },
    {
      speaker: MADURO,
      audience: 'colombia',
      tone: 'critical',
      summary:
        'Replies on state television that Venezuelans pay for Colombia\'s neglect of its poor: "Who is treating Colombians with disrespect? Those that expel them from their country, deny them work and housing".',
    },
    [S.apAug26],
  ),
  ev(
    'TalksRoundOpened',
    'round-cartagena-open',
    { occurredAt: '2015-08-26', recordedAt: at('08-27', '09:00') },
    {
      roundId: R.cartagena,
      label: 'Foreign ministers, Cartagena',
      format: 'formal',
      venue: 'Cartagena (Colombia)',
      delegations: [
        { actorId: 'venezuela', head: RODRIGUEZ },
        { actorId: 'colombia', head: HOLGUIN },
      ],
    },
    [S.foxAug27, S.telesurAug27],
  ),
  ev(
    'TalksRoundConcluded',
    'round-cartagena-concluded',
    { occurredAt: '2015-08-26', recordedAt: at('08-27', '09:05') },
    {
      roundId: R.cartagena,
      outcome: 'no-progress',
      summary:
        'The ministers meet but fail to reach an agreement (AP); Rodríguez says the advances made were undone the next day by the "pride of authorities".',
    },
    [S.foxAug27, S.telesurAug27],
  ),
  ev(
    'StatementMade',
    'stmt-santos-recall-aug27',
    { occurredAt: '2015-08-27', recordedAt: at('08-28', '09:00') },
    {
      speaker: SANTOS,
      audience: 'venezuela',
      tone: 'accusation',
      summary:
        "Recalls Colombia's ambassador in Caracas, Ricardo Lozano, for consultations, complaining that Venezuela kept Colombia's ombudsman out of a border city, and asks for an extraordinary UNASUR meeting of foreign ministers on the abuses against the deported.",
      quote: 'No puedo permitir que Venezuela trate a los colombianos y trate al Gobierno colombiano de esa forma',
    },
    [S.foxAug27, S.sigAug28],
    { cameo: '161' },
  ),
  ev(
    'StatementMade',
    'stmt-rodriguez-recall-aug27',
    { occurredAt: '2015-08-27', recordedAt: at('08-28', '09:05') },
    {
      speaker: RODRIGUEZ,
      audience: 'colombia',
      tone: 'accusation',
      summary:
        'Venezuela recalls its ambassador in Bogotá, Iván Rincón, for consultations; relations with Colombia will be reviewed given "the aggressions our people suffer due to paramilitarism and the economic war".',
    },
    [S.foxAug27, S.telesurAug27],
    { cameo: '161' },
  ),
  ev(
    'IncidentReported',
    'inc-closure-tachira-aug28',
    { occurredAt: '2015-08-28', recordedAt: at('08-29', '12:00') },
    {
      incidentId: 'tachira-closure-2015-08-28',
      kind: 'border-closure',
      perpetrator: 'venezuela',
      against: 'colombia',
      place: TACHIRA,
      description:
        'Maduro widens the partial closure and the state of exception to four more Táchira border municipalities.',
    },
    [S.politicitAug29],
    { occurrence: 'tachira-closure-2015-08-20' },
  ),
  ev(
    'ActorRegistered',
    'actor-oas',
    { occurredAt: '2015-08-31', recordedAt: at('09-01', '09:00') },
    { actor: OAS, role: 'observer' },
    [S.reutersSep1],
  ),
  ev(
    'StatementMade',
    'stmt-gonzalez-oas-aug31',
    { occurredAt: '2015-08-31', recordedAt: at('09-01', '09:05') },
    {
      speaker: GONZALEZ,
      audience: 'oas',
      tone: 'accusation',
      summary:
        'Before the OAS Permanent Council: "We come hurt, outraged, indignant" at the arbitrary deportation and mistreatment of Colombians; Colombia asks for a meeting of foreign ministers on a "grave humanitarian crisis". The vote falls one short (17 of 18; 5 against, 11 abstentions): no meeting.',
    },
    [S.reutersSep1, S.elmundoSep1],
  ),
  // ===== September 2015: Zulia, the aircraft, Apure, Quito =====
  ev(
    'IncidentReported',
    'inc-closure-paraguachon-sep7',
    { occurredAt: '2015-09-07', recordedAt: at('09-08', '12:00') },
    {
      incidentId: 'paraguachon-closure-2015-09-07',
      kind: 'border-closure',
      perpetrator: 'venezuela',
      against: 'colombia',
      place: PARAGUACHON,
      description:
        'Maduro closes the Paraguachón crossing "to go on liberating [the border] from paramilitary and smuggling crimes", decrees a state of exception in Guajira, Mara and Almirante Padilla and sends 3,000 troops; Wayúu people keep free passage.',
    },
    [S.cnnSep8, S.cocuyoSep8],
  ),
  ev(
    'ActorRegistered',
    'actor-ecuador',
    { occurredAt: '2015-09-12', recordedAt: at('09-13', '09:00') },
    { actor: ECUADOR, role: 'mediator' },
    [S.notitotalSep13],
  ),
  ev(
    'ActorRegistered',
    'actor-uruguay',
    { occurredAt: '2015-09-12', recordedAt: at('09-13', '09:01') },
    { actor: URUGUAY, role: 'mediator' },
    [S.notitotalSep13],
  ),
  ev(
    'ActorRegistered',
    'actor-celac',
    { occurredAt: '2015-09-12', recordedAt: at('09-13', '09:02') },
    { actor: CELAC, role: 'mediator' },
    [S.notitotalSep13],
  ),
  ev(
    'ActorRegistered',
    'actor-unasur',
    { occurredAt: '2015-09-12', recordedAt: at('09-13', '09:03') },
    { actor: UNASUR, role: 'mediator' },
    [S.notitotalSep13],
  ),
  ev(
    'TalksRoundOpened',
    'round-quito-fm-open',
    { occurredAt: '2015-09-12', recordedAt: at('09-13', '09:05') },
    {
      roundId: R.quitoFm,
      label: 'Foreign ministers, Quito',
      format: 'formal',
      venue: 'Foreign ministry of Ecuador, Quito',
      hosts: ['ecuador', 'uruguay', 'celac', 'unasur'],
      delegations: [
        { actorId: 'venezuela', head: RODRIGUEZ },
        { actorId: 'colombia', head: HOLGUIN },
      ],
    },
    [S.notitotalSep13],
  ),
  ev(
    'TalksRoundConcluded',
    'round-quito-fm-concluded',
    { occurredAt: '2015-09-12', recordedAt: at('09-13', '09:10') },
    {
      roundId: R.quitoFm,
      outcome: 'progress',
      summary:
        'Four hours with Ecuador\'s Patiño (CELAC) and Uruguay\'s Nin Novoa (UNASUR): "satisfactory progress" on sensitive issues; the ministers will consult their presidents to plan a presidential meeting.',
    },
    [S.notitotalSep13],
  ),
  ev(
    'IncidentReported',
    'inc-aircraft-sep12',
    { occurredAt: '2015-09-12', recordedAt: at('09-13', '20:00') },
    {
      incidentId: 'guajira-aircraft-2015-09-12',
      kind: 'force-posture',
      perpetrator: 'venezuela',
      allegedBy: 'colombia',
      against: 'colombia',
      target: 'Colombian army unit at La Flor',
      place: 'Alta Guajira, La Guajira (Colombia)',
      description:
        "Colombia's defence ministry says its air defence detected two Venezuelan military aircraft 2.9 km inside Colombian airspace, then again 2.3 km in, circling over an army unit at La Flor, before returning towards Castilletes. No weapon fired. Venezuela denies it.",
    },
    [S.reutersSep13, S.trtSep13],
  ),
  ev(
    'StatementMade',
    'stmt-santos-protest-sep13',
    { occurredAt: '2015-09-13', recordedAt: at('09-13', '20:05') },
    {
      speaker: SANTOS,
      audience: 'venezuela',
      tone: 'accusation',
      summary:
        'Orders the foreign and defence ministries to lodge a formal protest with Venezuela "for violation of our airspace".',
      quote:
        'I have ordered the Foreign Ministry and Defense Ministry to present a formal protest tomorrow to Venezuela for violation of our airspace',
    },
    [S.reutersSep13, S.trtSep13],
  ),
  ev(
    'StatementMade',
    'stmt-rodriguez-denial-sep13',
    { occurredAt: '2015-09-13', recordedAt: at('09-13', '20:10') },
    {
      speaker: RODRIGUEZ,
      audience: 'colombia',
      tone: 'accusation',
      summary:
        'No evidence of the alleged violation, "beyond an invention to prevent a presidential meeting"; Venezuela is concerned at the Colombian government\'s "trend of inventing incidents that do not exist".',
    },
    [S.trtSep13],
  ),
  ev(
    'ActorRegistered',
    'actor-un',
    { occurredAt: '2015-09-13', recordedAt: at('09-13', '20:12') },
    { actor: UN, role: 'observer' },
    [S.trtSep13],
  ),
  ev(
    'StatementMade',
    'stmt-un-figures-sep13',
    { occurredAt: '2015-09-13', recordedAt: at('09-13', '20:15') },
    {
      speaker: UN_AGENCIES,
      tone: 'neutral',
      summary:
        'Some 1,500 Colombians deported from Venezuela since the crisis began and more than 18,500 others fled in fear (on 31 August: about 10,000 left of their own accord besides the deported).',
    },
    [S.trtSep13, S.reutersSep1],
  ),
  ev(
    'IncidentReported',
    'inc-closure-apure-sep15',
    { occurredAt: '2015-09-15', recordedAt: at('09-16', '12:00') },
    {
      incidentId: 'apure-closure-2015-09-15',
      kind: 'border-closure',
      perpetrator: 'venezuela',
      against: 'colombia',
      place: APURE,
      description:
        'Maduro extends the closure and the state of exception to ten more municipalities — seven in Zulia, three in Apure (Páez, Pedro Camejo, Rómulo Gallegos) on the border with Arauca — and reinforces the troops there "to avoid provocations from that side".',
    },
    [S.rcnSep16, S.hoySep16],
  ),
  ev(
    'MediationAction',
    'med-correa-sep16',
    { occurredAt: '2015-09-16', recordedAt: at('09-17', '09:00') },
    {
      mediator: 'ecuador',
      action: 'proposed',
      summary:
        'Correa announces that Santos and Maduro will meet in Quito on Monday 21 September, with himself (CELAC) and Vázquez (UNASUR) present, after Patiño\'s rounds with both sides; Maduro welcomes it, warning "it will not be easy".',
    },
    [S.cubanameraSep16, S.cubasiSep17],
  ),
  ev(
    'TalksRoundScheduled',
    'round-quito-scheduled',
    { occurredAt: '2015-09-16', recordedAt: at('09-17', '09:05') },
    {
      roundId: R.quito,
      label: 'Presidents Maduro and Santos, Quito',
      format: 'formal',
      venue: 'Carondelet Palace, Quito',
      hosts: ['ecuador', 'uruguay', 'celac', 'unasur'],
      plannedFor: '2015-09-21',
    },
    [S.cubanameraSep16, S.cubasiSep17],
  ),
  ev(
    'TalksRoundOpened',
    'round-quito-open',
    { occurredAt: '2015-09-21', recordedAt: at('09-21', '20:00') },
    {
      roundId: R.quito,
      delegations: [
        { actorId: 'venezuela', head: MADURO },
        { actorId: 'colombia', head: SANTOS },
      ],
    },
    [S.laverdadvargasSep21],
  ),
  ev(
    'StatementMade',
    'stmt-maduro-quito-sep21',
    { occurredAt: '2015-09-21', recordedAt: at('09-21', '20:05') },
    {
      speaker: MADURO,
      audience: 'colombia',
      tone: 'conciliatory',
      summary:
        'Arriving in Quito: wants "a new time of relations with Colombia" and proposes a "pact of coexistence" — but will not step back from the measures he took at the border.',
    },
    [S.laverdadvargasSep21],
  ),
  ev(
    'TalksRoundConcluded',
    'round-quito-concluded',
    { occurredAt: '2015-09-21T23:00:00Z', precision: 'approximate', recordedAt: at('09-22', '09:00') },
    {
      roundId: R.quito,
      outcome: 'agreement',
      summary:
        'Five hours at Carondelet with Correa and Vázquez; a seven-point joint declaration read by Correa. "Sense prevailed" (Maduro). The border is not reopened.',
      nextSteps: 'Ministerial teams meet in Caracas on Wednesday 23 September.',
    },
    [S.eldiarioSep22, S.juventudSep22],
    { occurrence: 'quito-declaration-2015-09-21' },
  ),
  ev(
    'AgreementReached',
    'agr-quito-sep21',
    { occurredAt: '2015-09-21T23:00:00Z', precision: 'approximate', recordedAt: at('09-22', '09:05') },
    {
      agreementId: 'quito-declaration-2015',
      kind: 'framework',
      provisions: [
        'The immediate return of the respective ambassadors',
        'An investigation of the situation on the border',
        'Ministerial teams to meet at once on the sensitive issues (from 23 September in Caracas)',
        'The progressive normalisation of the border',
        "Both heads of state to build an agreement solving the border's problems, on fraternal coexistence, good neighbourliness, mutual respect and international law",
      ],
      signatories: ['venezuela', 'colombia'],
      textPublic: true,
      roundId: R.quito,
      status: 'signed',
    },
    [S.eldiarioSep22, S.juventudSep22, S.elmismopaisSep22],
    { occurrence: 'quito-declaration-2015-09-21' },
  ),
  ev(
    'StatementMade',
    'stmt-maduro-closed-sep22',
    { occurredAt: '2015-09-22', recordedAt: at('09-23', '20:00') },
    {
      speaker: MADURO,
      audience: 'colombia',
      tone: 'critical',
      summary: 'The border will stay closed until it is "freed" of smugglers and paramilitaries.',
    },
    [S.guiaSep23],
  ),
  ev(
    'TalksRoundOpened',
    'round-caracas-open',
    { occurredAt: '2015-09-23', recordedAt: at('09-23', '20:05') },
    {
      roundId: R.caracas,
      label: 'Ministerial teams, Caracas',
      format: 'formal',
      venue: 'Casa Amarilla (foreign ministry), Caracas',
      delegations: [
        { actorId: 'venezuela', head: RODRIGUEZ },
        { actorId: 'colombia', head: HOLGUIN },
      ],
    },
    [S.guiaSep23, S.laverdadSep23],
  ),
  ev(
    'TalksRoundConcluded',
    'round-caracas-concluded',
    { occurredAt: '2015-09-23', recordedAt: at('09-24', '09:00') },
    {
      roundId: R.caracas,
      outcome: 'adjourned',
      summary:
        'Five and a half hours on security and the "attack on the Venezuelan currency", with defence, finance and energy ministers; no announcement; the defence ministers to meet next week.',
    },
    [S.guiaSep23, S.laverdadSep23, S.selaSep24],
  ),
  ev(
    'StatementMade',
    'stmt-maduro-amazonas-sep23',
    { occurredAt: '2015-09-23', recordedAt: at('09-24', '09:05') },
    {
      speaker: MADURO,
      audience: 'colombia',
      tone: 'neutral',
      summary:
        'Announces an eighth security zone of the border plan, in Amazonas, "in coordination with the Colombian authorities", and a proposal to sell fuel legally at the border.',
    },
    [S.laverdadSep23],
  ),
  ev(
    'IncidentReported',
    'inc-closure-apure-nov16',
    { occurredAt: '2015-11-16', recordedAt: at('11-21', '12:00') },
    {
      incidentId: 'apure-closure-2015-11-16',
      kind: 'border-closure',
      perpetrator: 'venezuela',
      against: 'colombia',
      place: APURE,
      description:
        'Decrees 2.095–2.098 (Official Gazette) extend the state of exception and the closure in zones 4–7 (Zulia and Apure) for 60 more days.',
    },
    [S.villanuevaNov21],
    { occurrence: 'apure-closure-2015-09-15' },
  ),
  // ===== 2016: a day for the stranded vehicles, the corridors, Puerto Ordaz =====
  ev(
    'StatementMade',
    'stmt-colmfa-vehicles-feb27',
    { occurredAt: '2016-02-27', recordedAt: '2016-02-28T12:00:00Z' },
    {
      speaker: COL_MFA,
      audience: 'venezuela',
      tone: 'conciliatory',
      summary:
        'Agreed with Venezuela: the Francisco de Paula Santander bridge, the José Antonio Páez bridge (Arauca) and Paraguachón open from 13:00 to 18:00 for one "single" day, for stranded vehicles to return without cargo to where they are registered — "normal transit stays restricted"; 416 vehicles crossed. (AFP: on 15 January Maduro had refused the opposition\'s call to reopen the border.)',
    },
    [S.colatinoFeb27, S.biobioFeb28],
  ),
  ev(
    'StatementMade',
    'stmt-venezuela-corridor-jul10',
    { occurredAt: '2016-07-10', recordedAt: '2016-07-11T12:00:00Z' },
    {
      speaker: VEN_GOV,
      audience: 'colombia',
      tone: 'conciliatory',
      summary:
        'The Simón Bolívar bridge opened to pedestrians for twelve hours on Sunday 10 July for Venezuelans to buy food and medicine in Cúcuta; about 35,000 cross and return. The closure stays in force after the day.',
    },
    [S.ibtimesJul11],
  ),
  ev(
    'StatementMade',
    'stmt-colmfa-corridor-jul16',
    { occurredAt: '2016-07-16', recordedAt: '2016-07-17T20:00:00Z' },
    {
      speaker: COL_MFA,
      audience: 'venezuela',
      tone: 'conciliatory',
      summary:
        'At least 35,000 Venezuelans entered Colombia "in an orderly manner and under conditions of security" when the San Antonio crossing opened for about eight hours on Saturday 16 July; it opens again on Sunday 17 July, then closes.',
    },
    [S.xinhuaJul17, S.rtJul17],
  ),
  ev(
    'StatementMade',
    'stmt-holguin-jul26',
    { occurredAt: '2016-07-26', recordedAt: '2016-07-27T09:00:00Z' },
    {
      speaker: HOLGUIN,
      audience: 'venezuela',
      tone: 'conciliatory',
      summary:
        'Will meet Rodríguez on 4 August: "we have been working very, very hard ... to open the border as soon as possible", for a legal and safe border.',
    },
    [S.cactusJul26],
  ),
  ev(
    'TalksRoundOpened',
    'round-caracas-fm-open',
    { occurredAt: '2016-08-04', recordedAt: '2016-08-05T09:00:00Z' },
    {
      roundId: R.caracasFm,
      label: 'Foreign ministers, Caracas',
      format: 'formal',
      venue: 'Casa Amarilla (foreign ministry), Caracas',
      delegations: [
        { actorId: 'venezuela', head: RODRIGUEZ },
        { actorId: 'colombia', head: HOLGUIN },
      ],
    },
    [S.elheraldoAug4, S.eluniversalAug4],
  ),
  ev(
    'TalksRoundConcluded',
    'round-caracas-fm-concluded',
    { occurredAt: '2016-08-04', recordedAt: '2016-08-05T09:05:00Z' },
    {
      roundId: R.caracasFm,
      outcome: 'progress',
      summary:
        'Three hours, with both ambassadors (Lozano, Rincón) present; a report with recommendations for the presidents on reopening; Maduro receives Holguín afterwards and calls the day "successful".',
    },
    [S.elheraldoAug4, S.eluniversalAug4],
  ),
  ev(
    'TalksRoundOpened',
    'round-puerto-ordaz-open',
    { occurredAt: '2016-08-11', recordedAt: '2016-08-12T09:00:00Z' },
    {
      roundId: R.puertoOrdaz,
      label: 'Presidents Maduro and Santos, Puerto Ordaz',
      format: 'formal',
      venue: 'Puerto Ordaz (Venezuela)',
      delegations: [
        { actorId: 'venezuela', head: MADURO },
        { actorId: 'colombia', head: SANTOS },
      ],
    },
    [S.venanalysisAug11, S.thesunAug12],
  ),
  ev(
    'TalksRoundConcluded',
    'round-puerto-ordaz-concluded',
    { occurredAt: '2016-08-11', recordedAt: '2016-08-12T09:05:00Z' },
    {
      roundId: R.puertoOrdaz,
      outcome: 'agreement',
      summary:
        'The presidents agree to open the border "gradually", starting with five pedestrian crossings on Saturday; Maduro: "a new frontier of peace".',
      nextSteps: 'Transport ministers to agree on reopening to vehicles and freight.',
    },
    [S.venanalysisAug11, S.thesunAug12],
    { occurrence: 'puerto-ordaz-2016-08-11' },
  ),
  ev(
    'AgreementReached',
    'agr-puerto-ordaz-aug11',
    { occurredAt: '2016-08-11', recordedAt: '2016-08-12T09:10:00Z' },
    {
      agreementId: 'puerto-ordaz-2016',
      kind: 'partial',
      provisions: [
        'Five pedestrian crossings open from Saturday 13 August, 15 hours a day',
        'Reopening to vehicles and freight to follow, once the transport ministers agree',
        'Exchange of customs records against the smuggling of Venezuelan fuel',
        'Security cooperation at the border',
      ],
      signatories: ['venezuela', 'colombia'],
      textPublic: false,
      roundId: R.puertoOrdaz,
      status: 'text-agreed',
    },
    [S.venanalysisAug11, S.thesunAug12, S.jagoAug12],
    { occurrence: 'puerto-ordaz-2016-08-11' },
  ),
  ev(
    'IncidentReported',
    'inc-reopening-tachira-aug13',
    { occurredAt: '2016-08-13T09:00:00Z', precision: 'approximate', recordedAt: '2016-08-14T12:00:00Z' },
    {
      incidentId: 'tachira-reopening-2016-08-13',
      kind: 'border-reopening',
      perpetrator: 'venezuela',
      against: 'colombia',
      place: TACHIRA,
      description:
        'From 5 a.m. the San Antonio and Boca de Grita crossings open to pedestrians, "ordered, controlled and gradual", under the Puerto Ordaz agreement; vehicles and freight still barred.',
    },
    [S.geopoliticaAug14],
    { occurrence: 'reopening-2016-08-13' },
  ),
  ev(
    'IncidentReported',
    'inc-reopening-paraguachon-aug13',
    { occurredAt: '2016-08-13T09:00:00Z', precision: 'approximate', recordedAt: '2016-08-14T12:05:00Z' },
    {
      incidentId: 'paraguachon-reopening-2016-08-13',
      kind: 'border-reopening',
      perpetrator: 'venezuela',
      against: 'colombia',
      place: PARAGUACHON,
      description:
        'Paraguachón opens to pedestrians under the Puerto Ordaz agreement; vehicles and freight still barred.',
    },
    [S.geopoliticaAug14],
    { occurrence: 'reopening-2016-08-13' },
  ),
  ev(
    'IncidentReported',
    'inc-reopening-apure-aug13',
    { occurredAt: '2016-08-13T09:00:00Z', precision: 'approximate', recordedAt: '2016-08-14T12:10:00Z' },
    {
      incidentId: 'apure-reopening-2016-08-13',
      kind: 'border-reopening',
      perpetrator: 'venezuela',
      against: 'colombia',
      place: APURE,
      description:
        'Puente Páez (Apure – Arauca) opens to pedestrians under the Puerto Ordaz agreement, with Puerto Ayacucho in Amazonas; vehicles and freight still barred.',
    },
    [S.geopoliticaAug14],
    { occurrence: 'reopening-2016-08-13' },
  ),
  ev(
    'AgreementStatusChanged',
    'agr-puerto-ordaz-in-force',
    { occurredAt: '2016-08-13T09:00:00Z', precision: 'approximate', recordedAt: '2016-08-14T12:15:00Z' },
    {
      agreementId: 'puerto-ordaz-2016',
      status: 'in-force',
      reason: 'The five pedestrian crossings opened on 13 August.',
    },
    [S.geopoliticaAug14],
    { occurrence: 'reopening-2016-08-13' },
  ),
  ev(
    'ThirdPartyEngagement',
    'eng-maduro-cartagena-sep26',
    { occurredAt: '2016-09-26', recordedAt: '2016-09-27T09:00:00Z' },
    {
      actorId: 'venezuela',
      counterparts: ['colombia'],
      kind: 'visit',
      summary:
        "Maduro is among the presidents in Cartagena for the signing of the Final Agreement between Colombia's government and the FARC (Venezuela accompanied the Havana talks).",
    },
    [S.cancilleriaSep26],
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'venezuela-colombia-2015.jsonl',
  logEnd: '2016-10-01T00:00:00Z',
  events,
};

export default definition;
