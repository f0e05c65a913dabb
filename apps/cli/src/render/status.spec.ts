/** The ceasefire as `parley status` and `parley list` print it. */
import { foldViews, negotiationSummary, statusView } from '@parley/projections';
import { LogBuilder, ms } from '@parley/projections/testing/builders';
import { Output } from '../output';
import type { Runtime } from '../runtime';
import { renderStatus } from './status';
import { renderList } from './views';

function printed(log: LogBuilder, at: string, list = false): string {
  let text = '';
  const stream = { write: (chunk: string) => ((text += chunk), true) };
  const rt = { env: {}, stdout: stream, stderr: stream } as unknown as Runtime;
  const out = new Output(rt, { json: false, color: false, wide: true });
  const status = statusView(foldViews(log.entries), ms(at));
  if (list) renderList(out, { negotiations: [negotiationSummary(status)] });
  else renderStatus(out, status);
  return text;
}

describe('parley status: the ceasefire', () => {
  function energyMoratorium() {
    const log = new LogBuilder();
    log.open({ occurredAt: '2025-10-01' });
    log.add(
      'CeasefireDeclared',
      {
        ceasefireId: 'energy',
        parties: ['pakistan', 'afghan-taliban'],
        scope: 'Strikes on energy infrastructure only',
        coverage: 'partial',
        duration: 'temporary',
        until: '2025-11-15',
      },
      { occurredAt: '2025-10-15' },
    );
    return log;
  }

  it('says a partial ceasefire (energy infrastructure only) is partial, and what it covers', () => {
    const line = printed(energyMoratorium(), '2025-10-20')
      .split('\n')
      .map((l) => l.trim())
      .find((l) => l.startsWith('Ceasefire'));
    expect(line).toMatch(/^Ceasefire +partial, in force — energy, covers: Strikes on energy infrastructure only, /);
  });

  it('parley list says it is partial too', () => {
    expect(printed(energyMoratorium(), '2025-10-20', true)).toContain('ceasefire partial, in force · ');
  });
});
