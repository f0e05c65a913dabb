/**
 * A test fixture, not a shipped example: Qatar and Bahrain from the landing
 * of Qatari troops on the reef of Fasht al-Dibal (26 April 1986) to the
 * judgment of the International Court of Justice (16 March 2001) and the
 * causeway memorandum after it, as an analyst could have recorded them —
 * the helicopter-borne landing on the reef where a Dutch contractor (Ballast
 * Nedam) was building a coast guard station for Bahrain, the detention of
 * the contractor's workers and the Bahraini officials there, King Fahd's
 * mediation through Prince Sultan (27 April), the agreement to restore the
 * status quo ante (12 May: the workers released, the structure to be
 * removed), the Qatari withdrawal (15 June); the Saudi-mediated exchanges of
 * letters of December 1987 (all disputed matters to the ICJ, the status quo
 * kept meanwhile), the Bahraini formula (October 1988), the six months of
 * Saudi mediation agreed at the GCC summit in Manama (December 1988), the
 * Doha Minutes (25 December 1990), Qatar's unilateral application to the
 * Court (8 July 1991) and Bahrain's letters contesting it (14 July), the
 * Court's jurisdiction judgments (1 July 1994, 15 February 1995), Bahrain's
 * boycott of the session and of the GCC summit in Doha (December 1996) with
 * its arrest of two Qataris for spying, the thaw (the Emir's visit of
 * December 1999, ambassadors exchanged, Qatar Airways flights), Bahrain's
 * suspension of the joint committee (19 May 2000), the judgment on the
 * merits accepted by both (16 March 2001) and the causeway memorandum
 * (24 September 2001). Escalation model v2 was never tuned on it: it is
 * held to the calls in qatar-bahrain-1986.spec.ts, written from DOMAIN.md
 * §5b alone.
 *
 * What it tests that the other cases did not: ground taken with no fire
 * between the parties' forces and people seized on it (an `occupation` and
 * `non-lethal-force`, not armed action), a third party's mediation that
 * restores the status quo ante and ends with a `withdrawal`, an agreement to
 * go to court, a unilateral application to the court (not an agreement of
 * the pair), years of strained relations, and a judgment both accept.
 *
 * The parties are Qatar and Bahrain. Mediators: Saudi Arabia (King Fahd)
 * from the opening, the Gulf Cooperation Council from its Manama summit
 * (December 1988). Third party: the International Court of Justice (its
 * judgments are the Court's statements, not agreements of the pair, as in
 * the Cameroon – Nigeria 1994 fixture). The contractor's workers (British,
 * Dutch, Thai, Filipino) are third parties' nationals; their states are not
 * registered: no source read gives them an act in this case.
 *
 * Kept under test/ so that the demo data (examples/) and the calibration
 * file's coverage do not change. Built and checked with the same builder as
 * the shipped cases (examples/case-builder.ts): every event replays through
 * `decide` and cites a dated, graded public source.
 *
 * Grading as in examples/README.md: A = the Court's own document (its
 * summaries and communiqués, the UN's copy of them); B = an established
 * outlet or wire (UPI, The Christian Science Monitor, Al-Ahram Weekly); C =
 * a regional aggregator relaying the wires (Al Bawaba, relaying AFP, Reuters
 * and the Gulf Daily News), an encyclopedia mirror, or a copy of a reference
 * work on an archive site (the MID narratives on issuhub, a copy of the 1994
 * judgment on pdfslide). 1 = the Court's own finding, or a fact both parties
 * confirm; 2 = several sources agree or one established source reports it;
 * 3 = one side's claim, or a date the sources disagree on.
 *
 * Dates of sources: contemporary reports by their own date. The Wikipedia
 * mirror and the MID narrative (a reference work copied without its date)
 * are given a lower bound from their own content: the day of the development
 * they are cited for, as the Thailand – Laos 1987 fixture does. Developments
 * of 1987–1994 known only from the Court's judgment of 1 July 1994 are
 * recorded the day after it, backdated to when they happened.
 *
 * Judgement calls, recorded as an analyst would:
 * - The landing (26 April 1986) is an `occupation` of the reef by Qatar
 *   (`against` Bahrain, which held it and was building on it), and the
 *   detention of the workers and Bahraini officials a `non-lethal-force`
 *   (force on the other's people short of fire at them): one occurrence.
 *   It is not recorded as a clash: the sources read report no fire between
 *   the parties' forces and no one hurt (the MID narrative: "Fatalities:
 *   None"; Wikipedia: casualties 0 on both sides). The one account of fire
 *   — soldiers "firing in the air", gunfire hitting the hull of a
 *   contractor's ship, helicopters chasing another with machine-gun fire —
 *   is a Bahraini state research centre's book as Bahrain Mirror reported
 *   it in 2018 (http://bhmapi.servehttp.com/en/news/45584.html): one side's
 *   account thirty-two years on, of fire at a contractor's boats, not at
 *   Bahrain's forces; it is not cited by a development of 1986 (its date is
 *   after the log's end) and no clash is recorded. The Christian Science
 *   Monitor (27 January 1989) says the dispute "erupted three years ago into
 *   artillery fire": no other source read says so, and it gives no day or
 *   place: not recorded as an act.
 * - Bahrain's construction on the reef (1985 or early 1986 by the sources)
 *   has no day in any source read, and it was a contractor's work, not
 *   forces': it is in the case's subject, not recorded as an act. The
 *   structure's removal is recorded in the status-quo agreement's reason.
 * - One place, written one way: "Fasht al-Dibal" for the landing and the
 *   withdrawal (the sources spell it Fasht al Dibal, Fasht Dibal, Dibal
 *   Banks, Fasht ad Dibal, Daibal).
 * - The agreement of 12 May 1986 (Wikipedia: "Bahrain and Qatar reached an
 *   agreement", the workers released; the MID narrative: released on 12
 *   May) is a `partial` agreement mediated by Saudi Arabia, being
 *   implemented from the day. The withdrawal is dated 15 June (Wikipedia,
 *   and the MID narrative's end date).
 * - The exchanges of letters of 19 and 21 December 1987 between King Fahd
 *   and the two Amirs are recorded as one `framework` agreement of the pair
 *   on the 21st (the Court, 1994: "international agreements creating rights
 *   and obligations for the Parties"), as are the Doha Minutes (25 December
 *   1990). Qatar's application (8 July 1991) is Qatar's demand, filed with
 *   the Court, not an agreement; Bahrain's letters contesting the Court's
 *   jurisdiction (14 July 1991) are its position (`rejected`) and a critical
 *   statement.
 * - The accusation in the brief of this case that Bahrain charged Qatar in
 *   1996 with backing a coup plot is not recorded: no source read says so
 *   (the coup attempt of February 1996 was against Qatar's Emir, and the
 *   charges that Bahrain had a hand in it are Al Jazeera's of 2018). The
 *   Bahraini pilot's defection to Doha (January 1997) has no dated source
 *   read: not recorded.
 * - Qatar's decree of April 1992 redefining its territorial waters to take
 *   in waters Bahrain claims (UPI, 1995) is Qatar's `territorial` demand,
 *   month precision.
 * - Bahrain's suspension of the joint committee (19 May 2000) is
 *   `TalksSuspended` by Bahrain (not temporary: no source gives a term). The
 *   Emir's words of 27 May ("an impact on relations was inevitable", as AFP
 *   relays them) are recorded with the source's word, `warning`: a warning
 *   about relations, not a threat of force.
 * - The steps the two agreed in early March 2001 (ambassadors, travel, a
 *   causeway study), which Reuters reports on the day of the judgment, are
 *   recorded as an agreement of about 5 March (the Emir of Qatar's visit to
 *   Bahrain; The Media Line puts a visit in February): the first agreement
 *   of the pair after Bahrain suspended the joint committee in May 2000.
 *   It was missing from the first recording (see the spec).
 * - The Court's judgment of 16 March 2001 is the Court's statement; both
 *   sides' acceptance is each Emir's statement (`conciliatory`). Both had
 *   undertaken in 1987 to execute its terms: the 1987 agreement is not
 *   recorded as ended by the judgment.
 */
import type { Actor, Person } from '../../libs/domain/src';
import { type CaseDefinition, caseKit, graded, source } from '../../examples/case-builder';

const NEGOTIATION_ID = 'qatar-bahrain-1986';
const { ev } = caseKit(NEGOTIATION_ID, 'test-analyst', 1986);
/** A recordedAt on a given day (the case spans fifteen years). */
const rec = (day: string, time: string): string => `${day}T${time}:00Z`;

const QATAR: Actor = { id: 'qatar', name: 'Qatar', kind: 'state', aliases: ['Doha', 'State of Qatar'] };
const BAHRAIN: Actor = { id: 'bahrain', name: 'Bahrain', kind: 'state', aliases: ['Manama', 'State of Bahrain'] };
const SAUDI: Actor = {
  id: 'saudi-arabia',
  name: 'Saudi Arabia',
  kind: 'state',
  aliases: ['Riyadh', 'King Fahd', 'Kingdom of Saudi Arabia'],
};
const GCC: Actor = {
  id: 'gcc',
  name: 'Gulf Cooperation Council',
  kind: 'international-organisation',
  aliases: ['GCC'],
};
const ICJ: Actor = {
  id: 'icj',
  name: 'International Court of Justice',
  kind: 'international-organisation',
  aliases: ['ICJ', 'World Court', 'The Hague'],
};

const QATAR_GOV: Person = { name: 'Government of Qatar', actorId: 'qatar' };
const BAHRAIN_GOV: Person = { name: 'Government of Bahrain', actorId: 'bahrain' };
const KHALIFA_PM: Person = {
  name: 'Sheikh Khalifa bin Salman Al Khalifa',
  title: 'Prime Minister of Bahrain',
  actorId: 'bahrain',
};
const HAMAD_QA: Person = { name: 'Sheikh Hamad bin Khalifa Al Thani', title: 'Emir of Qatar', actorId: 'qatar' };
const HAMAD_BH: Person = { name: 'Sheikh Hamad bin Isa Al Khalifa', title: 'Emir of Bahrain', actorId: 'bahrain' };
const HBJ: Person = { name: 'Sheikh Hamad bin Jassim Al Thani', title: 'Foreign Minister of Qatar', actorId: 'qatar' };
const SALMAN: Person = {
  name: 'Sheikh Salman bin Hamad Al Khalifa',
  title: 'Crown Prince of Bahrain',
  actorId: 'bahrain',
};
const COURT: Person = { name: 'International Court of Justice', actorId: 'icj' };

/** The Wikipedia article on the conflict (a mirror), dated by the development it is cited for (see the header). */
const wp = (day: string) =>
  source(
    'Fasht Dibal conflict',
    'Wikipedia (mirror)',
    'http://everyfhing.explained.today/Fasht_Dibal_conflict',
    day,
    'C',
    2,
  );
/** The MID narrative of the dispute (a copy of the reference work), dated by the development it is cited for. */
const mid = (day: string) =>
  source(
    'MID#2572, Bahrain/Qatar, 26 April – 15 June 1986 (Militarized Interstate Disputes narratives)',
    'issuhub (copy of the MID narratives)',
    'https://issuhub.com/view/index/23327?pageIndex=742',
    day,
    'C',
    2,
  );

const S = {
  csm1989: source(
    'Mediation Tried for Border Dispute in Gulf',
    'The Christian Science Monitor',
    'https://www.csmonitor.com/1989/0127/obah.html',
    '1989-01-27',
    'B',
    2,
  ),
  icj1994: source(
    'Maritime Delimitation and Territorial Questions between Qatar and Bahrain, Jurisdiction and Admissibility, Judgment of 1 July 1994',
    'pdfslide (copy of I.C.J. Reports 1994)',
    'https://pdfslide.fr/documents/case-maritime-delimitation-19940701-case-maritime-delimitation-and-territorial.html',
    '1994-07-01',
    'C',
    1,
  ),
  icj1995: source(
    'Summary of the Judgment of 15 February 1995 (Qatar v. Bahrain, jurisdiction and admissibility)',
    'International Court of Justice',
    'https://icj-cij.org/index.php/node/103866',
    '1995-02-15',
    'A',
    1,
  ),
  un1995: source(
    'Case concerning maritime delimitation and territorial questions between Qatar and Bahrain (jurisdiction and admissibility), Judgment of 15 February 1995',
    'United Nations (summaries of ICJ judgments)',
    'https://www.un.org/law/icjsum/9606.htm',
    '1995-02-15',
    'A',
    1,
  ),
  upi1995: source(
    'Saudis welcome Qatar-Bahrain mediation',
    'United Press International',
    'https://www.upi.com/Archives/1995/02/17/Saudis-welcome-Qatar-Bahrain-mediation/2307792997200/',
    '1995-02-17',
    'B',
    2,
  ),
  upi1996: source(
    'Dispute overshadows Gulf Arabs meeting',
    'United Press International',
    'http://www.upi.com/Archives/1996/12/07/Dispute-overshadows-Gulf-Arabs-meeting/2182849934800',
    '1996-12-07',
    'B',
    2,
  ),
  bawaba000425: source(
    "Bahrain's Crown Prince Starts Confidence Building Mission In Doha",
    'Al Bawaba',
    'https://www.albawaba.com/news/bahrains-crown-prince-starts-confidence-building-mission-doha',
    '2000-04-25',
    'C',
    2,
  ),
  bawaba000528: source(
    'Qatar Vs Bahrain Land Dispute Enters Final Phase at World Court',
    'Al Bawaba (AFP)',
    'https://www.albawaba.com/news/qatar-vs-bahrain-land-dispute-enters-final-phase-world-court',
    '2000-05-28',
    'C',
    2,
  ),
  icj2001: source(
    'Summary of the Judgment of 16 March 2001 (Qatar v. Bahrain, merits)',
    'International Court of Justice',
    'https://icj-cij.org/node/103872',
    '2001-03-16',
    'A',
    1,
  ),
  bawabaVictory: source(
    'Both Bahrain, Qatar proclaim victory in court ruling on border dispute',
    'Al Bawaba (AFP)',
    'https://www.albawaba.net/news/both-bahrain-qatar-proclaim-victory-court-ruling-border-dispute',
    '2001-03-17',
    'C',
    2,
  ),
  ahram010322: source(
    'Gulf emirates settle dispute',
    'Al-Ahram Weekly',
    'http://weekly.ahram.org.eg/2001/526/re3.htm',
    '2001-03-22',
    'B',
    2,
  ),
  bawabaTeacup: source(
    'Qatar versus Bahrain: storm in an oil-rich teacup',
    'Al Bawaba (Reuters)',
    'https://www.albawaba.com/news/qatar-versus-bahrain-storm-oil-rich-teacup',
    '2001-03-16',
    'C',
    2,
  ),
  bawaba010925: source(
    'Bahrain, Qatar Sign Accord on Causeway',
    'Al Bawaba (Gulf Daily News)',
    'https://www.albawaba.com/news/bahrain-qatar-sign-accord-causeway',
    '2001-09-25',
    'C',
    2,
  ),
};

const P = { dibal: 'Fasht al-Dibal' };
const A = {
  statusQuo: 'qatar-bahrain-status-quo-1986-05-12',
  letters1987: 'qatar-bahrain-icj-referral-1987-12',
  manama1988: 'qatar-bahrain-saudi-mediation-1988-12',
  doha1990: 'qatar-bahrain-doha-minutes-1990-12-25',
  thaw1999: 'qatar-bahrain-normalisation-1999-12',
  march2001: 'qatar-bahrain-steps-2001-03',
  causeway: 'qatar-bahrain-causeway-memorandum-2001-09-24',
};
const R = { committee: 'qatar-bahrain-joint-committee-doha-2000-04' };
const D = { application: 'qatar-icj-application-1991', decree1992: 'qatar-territorial-waters-decree-1992' };
const LANDING = 'qatar-landing-fasht-al-dibal-1986-04-26';

const events = [
  // ===== April – June 1986: the landing on the reef, the mediation, the status quo ante =====
  ev(
    'NegotiationOpened',
    'opened',
    { occurredAt: '1986-04-26', recordedAt: rec('1986-04-27', '12:00') },
    {
      negotiationId: NEGOTIATION_ID,
      title: 'Qatar – Bahrain, Fasht al-Dibal, the Hawar islands and the World Court, 1986–2001',
      subject:
        'The reef of Fasht al-Dibal, where Bahrain had a Dutch contractor build a coast guard station, and the wider dispute over the Hawar islands, Zubarah, Qit’at Jaradah and the maritime boundary: the Qatari landing of April 1986, the Saudi mediation, the referral to the International Court of Justice, and the judgment of 2001',
      parties: [QATAR, BAHRAIN],
      mediators: [SAUDI],
    },
    [wp('1986-04-26'), mid('1986-04-26')],
  ),
  ev(
    'IncidentReported',
    'inc-landing',
    { occurredAt: '1986-04-26', recordedAt: rec('1986-04-27', '12:05') },
    {
      incidentId: 'qatar-occupation-fasht-al-dibal-1986-04-26',
      kind: 'occupation',
      perpetrator: 'qatar',
      against: 'bahrain',
      place: P.dibal,
      target: 'The Bahraini coast guard station under construction on the reef',
      description:
        'Qatari troops land on the reef by helicopter, occupy it and declare it a "restricted zone"; the sources read report no one killed or hurt.',
    },
    [wp('1986-04-26'), mid('1986-04-26')],
    { occurrence: LANDING },
  ),
  ev(
    'IncidentReported',
    'inc-detention',
    { occurredAt: '1986-04-26', recordedAt: rec('1986-04-27', '12:10') },
    {
      incidentId: 'qatar-detention-dibal-workers-1986-04-26',
      kind: 'non-lethal-force',
      perpetrator: 'qatar',
      against: 'bahrain',
      place: P.dibal,
      target:
        'Bahraini officials and some 29–30 workers of Ballast Nedam, the Dutch contractor (British, Dutch, Thai, Filipino)',
      description:
        'The troops detain the Bahraini officials and the contractor’s workers on the reef and take them to Qatar.',
    },
    [wp('1986-04-26'), mid('1986-04-26')],
    { occurrence: LANDING },
  ),
  ev(
    'StatementMade',
    'stmt-qatar-1978',
    { occurredAt: '1986-04-26', precision: 'approximate', recordedAt: rec('1986-04-27', '12:15') },
    {
      speaker: QATAR_GOV,
      audience: 'bahrain',
      tone: 'accusation',
      summary:
        'Qatar holds that Bahrain’s construction on the reef violates an existing agreement of 1978 between the two.',
    },
    [graded(wp('1986-04-26'), 3)],
  ),
  ev(
    'MediationAction',
    'med-sultan',
    { occurredAt: '1986-04-27', recordedAt: rec('1986-04-28', '12:00') },
    {
      mediator: 'saudi-arabia',
      action: 'visited',
      summary: 'King Fahd sends his defence minister, Prince Sultan ibn Abdel Aziz, to mediate between the two.',
    },
    [mid('1986-04-27')],
  ),
  ev(
    'StatementMade',
    'stmt-bahrain-protest-1986',
    { occurredAt: '1986-04-27', precision: 'approximate', recordedAt: rec('1986-04-28', '12:05') },
    {
      speaker: BAHRAIN_GOV,
      audience: 'qatar',
      tone: 'accusation',
      summary:
        'Bahrain protests the seizure of the reef and of the officials and workers on it; protests follow in the Gulf and in the Netherlands.',
    },
    [graded(wp('1986-04-27'), 3)],
    {
      note: 'Wikipedia speaks of "protests in the Gulf and the Netherlands" before the agreement of 12 May, without a day: dated to the day after the landing, approximate.',
    },
  ),
  ev(
    'AgreementReached',
    'agr-status-quo',
    { occurredAt: '1986-05-12', recordedAt: rec('1986-05-13', '12:00') },
    {
      agreementId: A.statusQuo,
      kind: 'partial',
      provisions: [
        'The detained officials and workers released',
        'The status quo ante restored: the Bahraini structure on the reef removed and the Qatari troops withdrawn',
      ],
      signatories: ['qatar', 'bahrain'],
      textPublic: false,
    },
    [wp('1986-05-12'), mid('1986-05-12')],
    { note: 'Reached through the Saudi mediation.', occurrence: 'qatar-bahrain-agreement-1986-05-12' },
  ),
  ev(
    'StatementMade',
    'stmt-qatar-release',
    { occurredAt: '1986-05-12', recordedAt: rec('1986-05-13', '12:05') },
    {
      speaker: QATAR_GOV,
      audience: 'bahrain',
      tone: 'conciliatory',
      summary: 'Qatar releases the detained officials and workers under the agreement.',
    },
    [wp('1986-05-12'), mid('1986-05-12')],
    { occurrence: 'qatar-bahrain-agreement-1986-05-12' },
  ),
  ev(
    'IncidentReported',
    'inc-withdrawal',
    { occurredAt: '1986-06-15', recordedAt: rec('1986-06-16', '12:00') },
    {
      incidentId: 'qatar-withdrawal-fasht-al-dibal-1986-06-15',
      kind: 'withdrawal',
      perpetrator: 'qatar',
      against: 'bahrain',
      place: P.dibal,
      description:
        'Qatar withdraws its troops from the reef, a month after the agreement; the Bahraini structure is removed.',
    },
    [wp('1986-06-15'), mid('1986-06-15')],
  ),
  // ===== December 1988: the Manama summit (reported January 1989) =====
  ev(
    'ActorRegistered',
    'actor-gcc',
    { occurredAt: '1988-12', recordedAt: rec('1989-01-27', '12:00') },
    { actor: GCC, role: 'mediator' },
    [S.csm1989],
    {
      note: 'The six-month mediation was agreed in back-room meetings at its summit in Manama; analysts weigh the dispute as a test of the GCC.',
    },
  ),
  ev(
    'AgreementReached',
    'agr-manama-1988',
    { occurredAt: '1988-12', recordedAt: rec('1989-01-27', '12:05') },
    {
      agreementId: A.manama1988,
      kind: 'framework',
      provisions: [
        'A six-month mediation period over the ownership of the islands, reefs and sand bars both claim, proposed by Bahrain’s Sheikh Isa and accepted by Qatar’s Sheikh Khalifa',
        'King Fahd of Saudi Arabia to serve as mediator',
      ],
      signatories: ['qatar', 'bahrain'],
      textPublic: false,
    },
    [S.csm1989],
    {
      note: 'The Monitor: it "postpones an earlier decision by Qatar and Bahrain to take the sovereignty dispute to the International Court of Justice".',
    },
  ),
  // ===== 1987–1994 as the Court recites them (recorded from the judgment of 1 July 1994) =====
  ev(
    'ActorRegistered',
    'actor-icj',
    { occurredAt: '1991-07-08', recordedAt: rec('1994-07-02', '12:00') },
    { actor: ICJ, role: 'third-party' },
    [S.icj1994],
  ),
  ev(
    'AgreementReached',
    'agr-letters-1987',
    { occurredAt: '1987-12-21', recordedAt: rec('1994-07-02', '12:05') },
    {
      agreementId: A.letters1987,
      kind: 'framework',
      provisions: [
        'All the disputed matters referred to the International Court of Justice for a final ruling binding on both, who shall execute its terms',
        'The status quo kept meanwhile',
        'A Tripartite Committee (Saudi Arabia, Qatar, Bahrain) to approach the Court and agree how to submit the dispute',
      ],
      signatories: ['qatar', 'bahrain'],
      textPublic: true,
    },
    [S.icj1994],
    {
      note: 'The exchanges of letters of 19 and 21 December 1987 between King Fahd and the Amirs of Qatar and Bahrain, accepted by both; recorded on the later date.',
    },
  ),
  ev(
    'DemandTabled',
    'dem-bahraini-formula',
    { occurredAt: '1988-10-26', recordedAt: rec('1994-07-02', '12:10') },
    {
      demandId: 'bahraini-formula-1988',
      by: 'bahrain',
      addressedTo: ['qatar'],
      text: 'The "Bahraini formula": the Court to decide any matter of territorial right or other title or interest which may be a matter of difference between the two, and to draw a single maritime boundary',
      category: 'procedural',
    },
    [S.icj1994],
  ),
  ev(
    'AgreementReached',
    'agr-doha-minutes',
    { occurredAt: '1990-12-25', recordedAt: rec('1994-07-02', '12:15') },
    {
      agreementId: A.doha1990,
      kind: 'framework',
      provisions: [
        'The commitments of 1987 reaffirmed',
        'King Fahd’s good offices to continue until May 1991; after that the matter may be submitted to the Court in accordance with the Bahraini formula',
      ],
      signatories: ['qatar', 'bahrain'],
      textPublic: true,
    },
    [S.icj1994],
    { note: 'Signed in Doha at the GCC summit by the foreign ministers of Bahrain, Qatar and Saudi Arabia.' },
  ),
  ev(
    'PositionTaken',
    'pos-qatar-formula',
    { occurredAt: '1990-12-25', recordedAt: rec('1994-07-02', '12:20') },
    { demandId: 'bahraini-formula-1988', actorId: 'qatar', stance: 'accepted' },
    [S.icj1994],
  ),
  ev(
    'DemandTabled',
    'dem-qatar-application',
    { occurredAt: '1991-07-08', recordedAt: rec('1994-07-02', '12:25') },
    {
      demandId: D.application,
      by: 'qatar',
      addressedTo: ['bahrain'],
      text: 'Qatar’s application to the Court: sovereignty over the Hawar islands, sovereign rights over the shoals of Dibal and Qit’at Jaradah, and the delimitation of the maritime areas of the two States',
      category: 'territorial',
    },
    [S.icj1994],
    {
      note: 'Filed unilaterally with the Court by Qatar’s foreign minister; Qatar founds the Court’s jurisdiction on the 1987 and 1990 agreements.',
    },
  ),
  ev(
    'StatementMade',
    'stmt-bahrain-contests-1991',
    { occurredAt: '1991-07-14', recordedAt: rec('1994-07-02', '12:30') },
    {
      speaker: BAHRAIN_GOV,
      audience: 'icj',
      tone: 'critical',
      summary:
        'In letters to the Court’s Registrar (14 July and 18 August 1991) Bahrain contests the basis of jurisdiction Qatar invokes: the Doha Minutes do not allow one party to seise the Court alone.',
    },
    [S.icj1994],
  ),
  ev(
    'PositionTaken',
    'pos-bahrain-application',
    { occurredAt: '1991-07-14', recordedAt: rec('1994-07-02', '12:35') },
    {
      demandId: D.application,
      actorId: 'bahrain',
      stance: 'rejected',
      conditions: 'The Court has no jurisdiction on Qatar’s unilateral application',
    },
    [S.icj1994],
  ),
  ev(
    'StatementMade',
    'stmt-icj-1994',
    { occurredAt: '1994-07-01', recordedAt: rec('1994-07-02', '12:40') },
    {
      speaker: COURT,
      audience: 'Qatar and Bahrain',
      tone: 'neutral',
      summary:
        'Judgment on jurisdiction and admissibility: the exchanges of letters of December 1987 and the Doha Minutes of December 1990 are international agreements creating rights and obligations for the two; the Court gives them until 30 November 1994 to submit the whole of the dispute, jointly or separately.',
    },
    [S.icj1994],
    { note: "The Court's judgment, not an agreement of the pair." },
  ),
  ev(
    'DemandAmended',
    'dem-qatar-application-1994',
    { occurredAt: '1994-11-30', recordedAt: rec('1995-02-16', '12:00') },
    {
      demandId: D.application,
      text: 'Qatar’s application as formulated on 30 November 1994: the whole of the dispute submitted to the Court, as the judgment of 1 July 1994 allowed',
      reason: 'Qatar acts alone on the Court’s invitation to submit the whole of the dispute by 30 November 1994.',
    },
    [S.icj1995, S.un1995],
  ),
  // ===== February 1995: jurisdiction, the boycott, Saudi mediation again =====
  ev(
    'StatementMade',
    'stmt-icj-1995',
    { occurredAt: '1995-02-15', recordedAt: rec('1995-02-17', '12:00') },
    {
      speaker: COURT,
      audience: 'Qatar and Bahrain',
      tone: 'neutral',
      summary:
        'By 10 votes to 5, the Court finds it has jurisdiction to adjudicate the dispute and that Qatar’s application as formulated on 30 November 1994 is admissible.',
    },
    [S.icj1995, S.un1995, S.upi1995],
    { note: "The Court's judgment, not an agreement of the pair." },
  ),
  ev(
    'StatementMade',
    'stmt-bahrain-boycott-1995',
    { occurredAt: '1995-02-15', recordedAt: rec('1995-02-17', '12:05') },
    {
      speaker: BAHRAIN_GOV,
      audience: 'qatar',
      tone: 'critical',
      summary:
        'Bahrain boycotts the Court’s session, arguing that the Court cannot take the case on Qatar’s unilateral request.',
    },
    [S.upi1995],
  ),
  ev(
    'StatementMade',
    'stmt-bahrain-welcomes-1995',
    { occurredAt: '1995-02-16', recordedAt: rec('1995-02-17', '12:10') },
    {
      speaker: BAHRAIN_GOV,
      audience: 'qatar',
      tone: 'conciliatory',
      summary: 'Bahrain "welcomed the Qatari call for solving the dispute in a comprehensive brotherly manner".',
      quote: 'welcomed the Qatari call for solving the dispute in a comprehensive brotherly manner',
    },
    [S.upi1995],
  ),
  ev(
    'MediationAction',
    'med-saudi-1995',
    { occurredAt: '1995-02-17', recordedAt: rec('1995-02-17', '12:15') },
    {
      mediator: 'saudi-arabia',
      action: 'offered',
      summary:
        'The Saudi government welcomes, with "extreme relief and happiness", the requests of Qatar and Bahrain that King Fahd mediate; officials are to hold talks with both sides.',
    },
    [S.upi1995],
  ),
  ev(
    'DemandTabled',
    'dem-qatar-decree-1992',
    { occurredAt: '1992-04', recordedAt: rec('1995-02-17', '12:20') },
    {
      demandId: D.decree1992,
      by: 'qatar',
      addressedTo: ['bahrain'],
      text: 'Qatar’s decree redefining its borders to include territorial waters claimed by Bahrain',
      category: 'territorial',
    },
    [S.upi1995],
    { note: 'UPI (1995): "The dispute flared in April 1992" with this decree.' },
  ),
  // ===== December 1996: the spies and the boycotted summit =====
  ev(
    'StatementMade',
    'stmt-bahrain-spies-1996',
    { occurredAt: '1996-12-02', recordedAt: rec('1996-12-07', '12:00') },
    {
      speaker: BAHRAIN_GOV,
      audience: 'qatar',
      tone: 'accusation',
      summary:
        'Bahrain announces it has arrested two Qatari citizens, Salwa Jassim Mohammed Fakhri and Fahd Hamad Abdullah al-Baqir, who it says confessed to spying for Qatar.',
    },
    [graded(S.upi1996, 3)],
  ),
  ev(
    'StatementMade',
    'stmt-bahrain-summit-boycott-1996',
    { occurredAt: '1996-12-05', precision: 'approximate', recordedAt: rec('1996-12-07', '12:05') },
    {
      speaker: KHALIFA_PM,
      audience: 'qatar',
      tone: 'critical',
      summary:
        'Bahrain will not attend the GCC summit in Doha: Qatar has taken its claims to the Hawar islands, the Jaradah reefs and the Dibal shoals to the Court instead of leaving them to GCC mediation, and Bahrain fears Qatar would use the summit, as in 1990, to press them.',
    },
    [S.upi1996],
  ),
  ev(
    'StatementMade',
    'stmt-qatar-emir-summit-1996',
    { occurredAt: '1996-12-07', recordedAt: rec('1996-12-07', '18:00') },
    {
      speaker: HAMAD_QA,
      audience: 'bahrain',
      tone: 'conciliatory',
      summary:
        'Opening the summit, the Emir of Qatar expresses only regret at Bahrain’s absence and hopes future sessions will have its ruler’s participation.',
      quote:
        'I would like to express our deep regret that the sisterly State of Bahrain has apologized that it would not be taking part in this summit meeting',
    },
    [S.upi1996],
  ),
  // ===== December 1999 – May 2000: the thaw and the suspended committee =====
  ev(
    'AgreementReached',
    'agr-thaw-1999',
    { occurredAt: '1999-12', recordedAt: rec('2000-04-25', '12:00') },
    {
      agreementId: A.thaw1999,
      kind: 'partial',
      provisions: [
        'Ambassadors exchanged for the first time',
        'Qatar Airways flights between Doha and Manama',
        'A joint committee chaired by the crown princes',
      ],
      signatories: ['qatar', 'bahrain'],
      textPublic: false,
    },
    [S.bawaba000425],
    {
      note: 'Agreed after the Emir of Qatar’s landmark visit to Bahrain in December 1999 (Al Bawaba); the ambassadors were exchanged on 17 April 2000.',
    },
  ),
  ev(
    'AgreementStatusChanged',
    'agr-thaw-ambassadors',
    { occurredAt: '2000-04-17', recordedAt: rec('2000-04-25', '12:02') },
    { agreementId: A.thaw1999, status: 'in-force', reason: 'The two exchange ambassadors for the first time.' },
    [S.bawaba000425],
  ),
  ev(
    'TalksRoundOpened',
    'round-committee-opened',
    { occurredAt: '2000-04-24', recordedAt: rec('2000-04-25', '12:05') },
    {
      roundId: R.committee,
      label: 'Qatar–Bahrain joint committee, Doha',
      venue: 'Doha',
      format: 'formal',
      delegations: [{ actorId: 'bahrain', head: SALMAN }],
    },
    [S.bawaba000425],
  ),
  ev(
    'TalksRoundConcluded',
    'round-committee-concluded',
    { occurredAt: '2000-04-24', recordedAt: rec('2000-04-25', '12:10') },
    {
      roundId: R.committee,
      outcome: 'progress',
      summary:
        'The Crown Prince of Bahrain is optimistic at the outcome of the meeting with his Qatari counterpart; Qatar Airways starts its flights to Bahrain the same day.',
    },
    [S.bawaba000425],
  ),
  ev(
    'TalksSuspended',
    'susp-committee-2000',
    { occurredAt: '2000-05-19', recordedAt: rec('2000-05-28', '12:00') },
    {
      by: 'bahrain',
      reason:
        'Bahrain suspends the work of the high-level joint committee, protesting that Qatar has failed to respond to its proposals for a settlement; the causeway plans are put on hold.',
    },
    [S.bawaba000528],
  ),
  ev(
    'StatementMade',
    'stmt-bahrain-emir-2000-05',
    { occurredAt: '2000-05-27', recordedAt: rec('2000-05-28', '12:05') },
    {
      speaker: HAMAD_BH,
      audience: 'domestic audience',
      tone: 'warning',
      summary:
        'The Emir of Bahrain braces his people for the Court’s ruling and warns that an impact on relations with Qatar is inevitable; Bahrain regrets not having reached a brotherly solution.',
      quote: 'Bahrain regrets not having reached a brotherly solution to this boundary dispute',
    },
    [S.bawaba000528],
  ),
  // ===== March 2001: the judgment, accepted by both =====
  ev(
    'StatementMade',
    'stmt-icj-2001',
    { occurredAt: '2001-03-16', recordedAt: rec('2001-03-16', '18:00') },
    {
      speaker: COURT,
      audience: 'Qatar and Bahrain',
      tone: 'neutral',
      summary:
        'Judgment on the merits: Qatar has sovereignty over Zubarah, Janan island (with Hadd Janan) and the low-tide elevation of Fasht ad Dibal; Bahrain over the Hawar islands and Qit’at Jaradah; Qatari vessels have the right of innocent passage between Hawar and the other Bahraini islands; a single maritime boundary drawn.',
    },
    [S.icj2001],
    { note: "The Court's judgment, not an agreement of the pair." },
  ),
  ev(
    'AgreementReached',
    'agr-march-2001',
    { occurredAt: '2001-03-05', precision: 'approximate', recordedAt: rec('2001-03-16', '19:00') },
    {
      agreementId: A.march2001,
      kind: 'partial',
      provisions: [
        'Ambassadors exchanged',
        'Travel restrictions eased',
        'A feasibility study of a causeway across the channel between the two',
      ],
      signatories: ['qatar', 'bahrain'],
      textPublic: false,
    },
    [S.bawabaTeacup],
    {
      note: 'Reuters (relayed by Al Bawaba on the day of the judgment): the two "have recently agreed on a series of economic and political steps to improve bilateral ties", with the Emir of Qatar in Bahrain in early March; dated approximately to the visit (The Media Line, later, puts a visit of the Emir to Bahrain in February 2001).',
    },
  ),
  ev(
    'StatementMade',
    'stmt-bahrain-emir-2001',
    { occurredAt: '2001-03-16', recordedAt: rec('2001-03-17', '12:00') },
    {
      speaker: HAMAD_BH,
      audience: 'qatar',
      tone: 'conciliatory',
      summary:
        'On state television the Emir of Bahrain hails the verdict as a "historic victory" and a "glorious day" that ushers in a "new era of understanding" with Qatar, and revives the call for a causeway linking the two.',
      quote: 'new era of understanding',
    },
    [S.bawabaVictory],
  ),
  ev(
    'StatementMade',
    'stmt-qatar-fm-2001',
    { occurredAt: '2001-03-16', recordedAt: rec('2001-03-17', '12:05') },
    {
      speaker: HBJ,
      audience: 'bahrain',
      tone: 'conciliatory',
      summary:
        'Qatar’s foreign minister embraces his Bahraini counterpart in court, and says Qatar has a sincere will to develop its relations with Bahrain after "60 divided years of conflict"; both states give their people the Saturday off.',
      quote:
        'We have had enough of 60 divided years of conflict. We have a sincere will to develop our relations with Bahrain',
    },
    [S.bawabaVictory],
  ),
  ev(
    'StatementMade',
    'stmt-qatar-emir-2001',
    { occurredAt: '2001-03-16', recordedAt: rec('2001-03-22', '12:00') },
    {
      speaker: HAMAD_QA,
      audience: 'bahrain',
      tone: 'conciliatory',
      summary:
        'The Emir of Qatar calls the decision "painful" but says it has ended the dispute and has many positive aspects.',
      quote: 'Although the ruling is painful, we understand that it has ended the dispute',
    },
    [S.ahram010322],
  ),
  // ===== September 2001: the causeway =====
  ev(
    'AgreementReached',
    'agr-causeway',
    { occurredAt: '2001-09-24', recordedAt: rec('2001-09-25', '12:00') },
    {
      agreementId: A.causeway,
      kind: 'partial',
      provisions: [
        'A working memorandum on developing the Bahrain–Qatar causeway',
        'The joint supreme committee chaired by the two crown princes to be activated',
      ],
      signatories: ['qatar', 'bahrain'],
      textPublic: false,
      status: 'signed',
    },
    [S.bawaba010925],
    {
      note: 'Signed in Doha by Bahrain’s housing minister Sheikh Khalid bin Abdulla Al Khalifa and Qatar’s minister of municipal affairs Ali bin Mohammed Al Khatir.',
    },
  ),
];

const definition: CaseDefinition = {
  negotiationId: NEGOTIATION_ID,
  file: 'qatar-bahrain-1986.jsonl',
  logEnd: '2001-12-31T00:00:00Z',
  events,
};

export default definition;
