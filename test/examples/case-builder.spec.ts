/**
 * The example builder (examples/case-builder.ts) refuses what a shipped case
 * must not contain: a stale file, a log out of recordedAt order or past its
 * end, an uncitable source or one published after the event citing it, a
 * rule `decide` refuses, and whatever the case's own checks name.
 */
import type { NegotiationEvent } from '@parley/domain';
import { history, sources } from '@parley/domain/testing';
import { type CaseDefinition, caseProblems, caseText } from '../../examples/case-builder';

/** The domain's fixture log, every event citing one complete source. */
const events = history.map((e) => ({ ...e, sources: [sources.dawn] }) as NegotiationEvent);
const base: CaseDefinition = {
  negotiationId: 'pak-afghan-2025',
  file: 'unused.jsonl',
  logEnd: '2025-12-31T23:59:59Z',
  events,
};
const last = events.length - 1;
const replaceLast = (change: (e: NegotiationEvent) => NegotiationEvent): readonly NegotiationEvent[] =>
  events.map((e, i) => (i === last ? change(e) : e));

describe('the example builder', () => {
  it('passes a log recorded through decide with citable, dated sources', () => {
    expect(caseProblems(base)).toEqual([]);
  });

  it('refuses a file that is not what the definition builds', () => {
    const lines = caseText(base).split('\n');
    const stale = [...lines.slice(0, 2), ...lines.slice(3)].join('\n');
    expect(caseProblems(base, stale)).toContainEqual(`${lines.length - 2} lines for ${history.length} events`);
  });

  it('refuses a log out of recordedAt order, or recorded after its end', () => {
    const early = replaceLast((e) => ({ ...e, recordedAt: '2025-10-01T00:00:00Z', occurredAt: '2025-09-30' }));
    expect(caseProblems({ ...base, events: early }).join('\n')).toMatch(
      /recorded 2025-10-01T00:00:00Z, before the event it follows/,
    );
    expect(caseProblems({ ...base, logEnd: '2025-11-01T00:00:00Z' }).join('\n')).toMatch(
      /after the log's end 2025-11-01T00:00:00Z/,
    );
  });

  it('refuses an undated source unless the case allows them, and a source published after the recording', () => {
    const undated = replaceLast((e) => ({ ...e, sources: [sources.news18] }) as NegotiationEvent);
    expect(caseProblems({ ...base, events: undated })).toEqual([
      expect.stringMatching(/source 0 "Pakistan sends ultimatum to Taliban, calls it final message": no url$/),
      expect.stringMatching(/source 0 "Pakistan sends ultimatum to Taliban, calls it final message": no publishedAt$/),
    ]);
    expect(caseProblems({ ...base, events: undated, undatedSources: 'allowed' })).toEqual([
      expect.stringMatching(/: no url$/),
    ]);
    const late = replaceLast(
      (e) => ({ ...e, sources: [{ ...sources.dawn, publishedAt: '2025-12-01' }] }) as NegotiationEvent,
    );
    expect(caseProblems({ ...base, events: late })).toEqual([
      expect.stringMatching(/published 2025-12-01, after the event was recorded \(2025-11-20T12:00:00Z\)$/),
    ]);
  });

  it('refuses what decide refuses, through the replay', () => {
    const dangling = replaceLast(
      (e) =>
        ({
          ...e,
          type: 'PositionTaken',
          data: { demandId: 'nope', actorId: 'pakistan', stance: 'rejected' },
        }) as NegotiationEvent,
    );
    expect(caseProblems({ ...base, events: dangling })).toEqual([expect.stringMatching(/refused \[unknown-demand\]/)]);
  });

  it("adds the case's own checks", () => {
    expect(
      caseProblems({ ...base, checks: (events) => (events.length > 3 ? ['too long for this case'] : []) }),
    ).toEqual(['too long for this case']);
  });
});
