/**
 * The first example case (examples/pakistan-afghanistan-2025.jsonl) is data
 * built by the shared builder: the file is byte for byte what its source list
 * declares, it passes every check of the builder (codec round trip, replay
 * through `decide`, log order, citable sources), and the case's own checks
 * hold — and fail when the case loses what it must show.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NegotiationEvent } from '@parley/domain';
import { caseProblems, caseText } from '../../examples/case-builder';
import definition from '../../examples/pakistan-afghanistan-2025';
import { caseEntries, escalationAt } from './case-log';

const text = readFileSync(join(__dirname, '../../examples', definition.file), 'utf8');
/** The number of events the case's documentation says it contains ("What the case contains (N events)"). */
const documented = Number(
  /## What the case contains \((\d+) events\)/.exec(
    readFileSync(join(__dirname, '../../examples/README.md'), 'utf8'),
  )?.[1],
);

describe('the Pakistan–Afghanistan 2025 example', () => {
  it('is the file its source list builds, and passes every check of the builder', () => {
    expect(text).toBe(caseText(definition));
    expect(caseProblems(definition, text)).toEqual([]);
    expect(definition.events).toHaveLength(documented);
  });

  it("refuses the case without an unresolved 'final message' or without its four rounds", () => {
    const checks = definition.checks ?? (() => []);
    const finalMessage = definition.events.find(
      (e) => e.type === 'UltimatumIssued' && e.data.ultimatumId === 'final-message-2025-11',
    );
    expect(finalMessage).toBeDefined();
    const resolved = { type: 'UltimatumResolved', data: { ultimatumId: 'final-message-2025-11' } };
    expect(checks([...definition.events, resolved as NegotiationEvent])).toEqual([
      "the 'final message' ultimatum must be issued and stay unresolved",
    ]);
    const lastRoundOpened = definition.events.findLast((e) => e.type === 'TalksRoundOpened');
    expect(checks(definition.events.filter((e) => e !== lastRoundOpened))).toEqual([
      'expected four rounds held, found 3',
    ]);
  });

  it('dates the clashes of 11–12 October to that night: on the 11th the Kabul strike is militarised until the attacks begin', () => {
    const entries = caseEntries(definition);
    expect(escalationAt(entries, '2025-10-11T12:00:00Z').level).toBe(4);
    expect(escalationAt(entries, '2025-10-11T23:59:00Z').level).toBe(5);
  });
});
