/**
 * Escalation model v2 on a case it was never tuned on: the government of Bosnia and Herzegovina and the Bosnian Serbs
 * from Jimmy Carter's mission (18–20 December 1994) and the four-month cessation of hostilities (in force 1 January – 1
 * May 1995) to the end of June 1995 (bosnia-serbs-1994.ts, a test fixture; NATO, the UN, Serbia, the Contact Group and
 * the Krajina Serbs as third parties). What it holds the model to that the other cases did not: a ceasefire agreement
 * for a fixed term that held in most of Bosnia for two and a half months, was broken by an offensive and the shelling
 * answering it, and expired unrenewed into renewed fighting; a third party's air strikes on one party and that party's
 * hostage-taking of a third party's soldiers (NATO and the UN, never the pair's level); and heavy shelling with tens
 * killed (Tuzla, 25 May: 71). The calls below were written from DOMAIN.md §5b alone, before the model was run on the
 * case, each with its reason; the model must agree with every one in CALLS.
 *
 * The first run: 20 calls, 17 agreed at once; one revised, two left. No fixture fix was made.
 * - 19 June 1995, called 4, read 5: the call misjudged "~3 days" (revised, see its comment): Friday 16 June's battles,
 *   the offensive at full intensity all around Sarajevo, ended less than three days before Monday noon.
 * - 21 March 1995, called 4, read 5 (heavy-armed-action), left: the analyst holds the cessation of hostilities "in
 *   force" until its expiry on 1 May, violated (line 4's "ceasefire violated with casualties"); the model reads a
 *   ceasefire broken by heavy armed action after its agreement as not holding, so not in force on line 5.
 * - 30 May 1995, called 4, read 5 (heavy-armed-action), left: the analyst's line 5 asks for heavy armed action in the
 *   last ~3 days (Tuzla is nearly five days old, the shelling of the 28th light); the model's line 5 also takes heavy
 *   action in the last ~7 days with fighting going on in the last ~3 between two that have been at hostilities before.
 */
import { caseProblems } from '../../examples/case-builder';
import {
  type Call,
  caseEntries,
  escalationAt,
  itCitesNone,
  itLeavesEachCall,
  itReadsEachCall,
  type LeftCall,
} from './case-log';
import definition from './bosnia-serbs-1994';

const entries = caseEntries(definition);
const escalation = (T: string) => escalationAt(entries, T);

/** The analyst's calls for Bosnia – Bosnian Serbs: [at, level, why]. */
const CALLS: readonly Call[] = [
  // ----- December 1994: Carter's mission, the general ceasefire -----
  [
    '1994-12-19T20:00:00Z',
    4,
    'On the day Carter is in Pale the UN reports Serb mortar fire on Bihać, two civilians wounded, "the worst day in Bihac"; Ganić says Karadžić "lies every day": armed action today, no ceasefire; one place, no one killed, not hostilities',
  ],
  [
    '1994-12-21T12:00:00Z',
    4,
    'Both sides signed the Carter agreement yesterday, but its ceasefire starts only on the 23rd–24th: the shelling of Bihać two days ago is armed action within the week, and no ceasefire agreed after it has yet held three days',
  ],
  [
    '1994-12-28T12:00:00Z',
    3,
    "The general ceasefire has held since noon on the 24th, four days; the Krajina Serbs' and Abdić's attack at Velika Kladuša is a third party's. The Bihać shelling of the 19th is nine days old: armed action within the month",
  ],
  [
    '1995-01-03T12:00:00Z',
    3,
    'The cessation of hostilities signed on 31 December is in force since noon on the 1st and holds; the last armed action between the two (Bihać, 19 December) is fifteen days old: within the month',
  ],
  // ----- January – March 1995: the cessation of hostilities holds -----
  [
    '1995-01-25T12:00:00Z',
    1,
    "The cessation of hostilities is being implemented (Igman partly evacuated at the Serbs' demand); no armed action, threat or hostile act between the two since 19 December, over a month; the UN's complaints of foot-dragging are a third party's",
  ],
  [
    '1995-03-08T12:00:00Z',
    2,
    'The truce still holds in most of Bosnia, but Silajdžić warns of "more bloodshed" and a stalemate (6 March): a warning, not a threat of war; a ceasefire holding with critical rhetoric: strained',
  ],
  [
    '1995-04-05T12:00:00Z',
    4,
    'Fighting on Majevica yesterday at its most intense since 20 March, and the government says it will not halt its offensives until the Serbs accept the plan: armed action within the week, the ceasefire broken',
  ],
  [
    '1995-04-21T12:00:00Z',
    3,
    "Akashi failed yesterday to get the truce extended; the last armed action recorded (Majevica, 4 April) is seventeen days old and the government's threat as old: armed action within the month",
  ],
  // ----- May 1995: the expiry, Butmir, Tuzla, NATO and the hostages -----
  [
    '1995-05-02T12:00:00Z',
    3,
    'The cessation of hostilities expired yesterday at noon, unrenewed (the government refused); Majevica on 4 April is 28 days old: armed action within the month, no ceasefire now',
  ],
  [
    '1995-05-08T12:00:00Z',
    4,
    'Serb mortars killed 10–11 people at Butmir yesterday: armed action within the week, no ceasefire; one place, about ten dead, not tens: militarised, not hostilities',
  ],
  [
    '1995-05-25T12:00:00Z',
    4,
    "Heavy fighting in Sarajevo yesterday, at least five killed, the Serbs shelling with guns taken from UN collection points; the UN's ultimatum expires at noon (a third party's): armed action within the week, no ceasefire",
  ],
  [
    '1995-05-26T12:00:00Z',
    5,
    'Last night a Serb shell killed 71 in Tuzla and four other safe areas were shelled: heavy armed action, tens killed and several places, within three days, no ceasefire. NATO’s strikes on Pale and the hostages are the UN’s and NATO’s, not the pair’s',
  ],
  [
    '1995-06-05T12:00:00Z',
    3,
    "The last armed action between the two (Tuzla, 28 May) is eight days old; the UN's peacekeepers are still held by the Serbs, but that is the Serbs' coercion of a third party: armed action within the month",
  ],
  // ----- June 1995: the offensive around Sarajevo -----
  [
    '1995-06-14T12:00:00Z',
    3,
    'Up to 30,000 ARBiH troops massing north-west of Sarajevo (a show of force), Karadžić calls the hostage crisis over; the last armed action is seventeen days old: within the month',
  ],
  [
    '1995-06-16T12:00:00Z',
    5,
    "The ARBiH's offensive all around Sarajevo since 04:00 yesterday, the biggest of the war, and the Serbs' tanks and artillery on the city: heavy armed action, a major offensive in several places, no ceasefire",
  ],
  // Revised after the first run (the call misjudged "~3 days"; first written as 4, "The offensive has subsided to
  // harassing fire since its two heavy days (15–16 June); a shell killed seven in a Dobrinja water queue yesterday and
  // both sides speak of war (17 June): armed action within the week, the heavy fighting three and a half days old"):
  // Friday 16 June's battles — artillery, missile and infantry assaults all around Sarajevo, as intense as the first
  // day's (AP), and the Serb tanks and guns on the city — went on through the day, so they ended some two and a half
  // days before Monday noon: heavy armed action in several places within ~3 days, with no ceasefire.
  [
    '1995-06-19T12:00:00Z',
    5,
    "Friday's battles of the offensive around Sarajevo ended less than three days ago, a shell killed seven in a Dobrinja water queue yesterday and both sides speak of war: heavy armed action in several places within ~3 days, no ceasefire",
  ],
  [
    '1995-06-26T12:00:00Z',
    4,
    'Shells near the central market and a sniper killed nine in Sarajevo yesterday: armed action within the week, no ceasefire; under tens dead',
  ],
  [
    '1995-06-30T12:00:00Z',
    4,
    'The shelling of central Sarajevo five days ago, the siege and the offensive going on: armed action within the week, no ceasefire',
  ],
];

/**
 * Calls the model reads differently, left as written (the model's level and first rule beside each): the analyst and
 * the model differ on what line 5 asks for, not on the record.
 */
const LEFT: readonly LeftCall[] = [
  // The analyst reads "no ceasefire in force" by its letter: the cessation of hostilities ran to noon on 1 May and was
  // still in force on 21 March — the UN reported "the single most serious ceasefire violation", not its end, and was
  // "not yet ready to bury the peace process"; it held on other fronts and Akashi sought its extension in April. So
  // line 5 does not hold, and line 4's "ceasefire violated with casualties" describes the day. The model reads a
  // ceasefire that heavy armed action broke after it was agreed as not holding, hence not in force on line 5.
  {
    call: [
      '1995-03-21T12:00:00Z',
      4,
      'Yesterday the ARBiH attacked on Majevica and Vlašić and the VRS shelled Tuzla, 19–30 killed: heavy armed action in several places, but the cessation of hostilities is still formally in force, so not line 5; armed action and a ceasefire violated with casualties within the week',
    ],
    model: 5,
    rule: 'heavy-armed-action',
  },
  // The level table the calls follow puts heavy armed action on line 5 only "in the last ~3 days": Tuzla (71 dead) is
  // four days and seventeen hours old, and the only act since, Tuzla shelled again on the 28th, is light, at one place.
  // The model's line 5 also holds for heavy armed action in the last ~7 days with the fighting going on in the last ~3,
  // between two that have been at hostilities before (docs/DOMAIN.md's wider line 5).
  {
    call: [
      '1995-05-30T12:00:00Z',
      4,
      'Tuzla is five days old, older than three; Tuzla shelled again on the 28th with no toll: armed action within the week, not heavy in the last three days',
    ],
    model: 5,
    rule: 'heavy-armed-action',
  },
];

describe('escalation model v2 on Bosnia – Bosnian Serbs, 1994–95 (a case it was never tuned on)', () => {
  it('the fixture is what an analyst could record: every event replays through decide and cites a dated source', () => {
    expect(caseProblems(definition)).toEqual([]);
  });

  itReadsEachCall(escalation, CALLS);

  itLeavesEachCall(escalation, LEFT);

  // The cessation of hostilities is a lasting condition (§5b): in force from noon on 1 January (violated from 20 March)
  // to its expiry at noon on 1 May, and none after it.
  it('the cessation of hostilities is in force from 1 January to its expiry on 1 May, and no ceasefire after it', () => {
    const inForce = (T: string) => escalation(T).conditions.some((c) => c.kind === 'ceasefire');
    const during = ['1995-01-03T12:00:00Z', '1995-03-21T12:00:00Z', '1995-04-21T12:00:00Z'];
    expect([...during, '1995-05-02T12:00:00Z', '1995-06-05T12:00:00Z'].filter(inForce)).toEqual(during);
  });

  // The pair of actors matters (§5b): NATO's strikes on Pale, the Serbs' hostages (the UN's people), the UN's ultimatum
  // and statements, the Serbs' threats and words to the UN, and the Krajina Serbs' attack at Velika Kladuša are third
  // parties' acts, never a reason for the pair's level.
  itCitesNone(
    escalation,
    CALLS,
    "a third party's act, or an act between a party and a third party",
    definition.events.filter(
      (e) =>
        (e.type === 'IncidentReported' &&
          (e.data.perpetrator === 'nato' ||
            e.data.perpetrator === 'krajina-serbs' ||
            e.data.against === 'united-nations')) ||
        e.type === 'UltimatumIssued' ||
        (e.type === 'StatementMade' &&
          (e.data.speaker.actorId === 'united-nations' ||
            (e.data.speaker.actorId === 'bosnian-serbs' && e.data.audience === 'united-nations'))),
    ),
  );
});
