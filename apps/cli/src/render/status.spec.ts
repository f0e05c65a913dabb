/** The status card's ceasefire line, as `parley status` prints it. */
import { foldViews, statusView } from '@parley/projections';
import { LogBuilder, ms } from '@parley/projections/testing/builders';
import { Output } from '../output';
import type { Runtime } from '../runtime';
import { renderStatus } from './status';

function printed(log: LogBuilder, at: string): string {
  let text = '';
  const stream = { write: (chunk: string) => ((text += chunk), true) };
  const rt = { env: {}, stdout: stream, stderr: stream } as unknown as Runtime;
  renderStatus(new Output(rt, { json: false, color: false, wide: true }), statusView(foldViews(log.entries), ms(at)));
  return text;
}

describe('parley status: the ceasefire', () => {
  it('says a partial ceasefire (energy infrastructure only) is partial, and what it covers', () => {
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
    const line = printed(log, '2025-10-20')
      .split('\n')
      .map((l) => l.trim())
      .find((l) => l.startsWith('Ceasefire'));
    expect(line).toMatch(/^Ceasefire +partial, in force — energy, covers: Strikes on energy infrastructure only, /);
  });
});
