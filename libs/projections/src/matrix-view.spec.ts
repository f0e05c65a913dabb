import type { Stance } from '@parley/domain';
import { csvField, matrixCsv, matrixView, type MatrixView } from './matrix-view';
import { LogBuilder } from './testing/builders';
import { foldViews } from './view-state';

function negotiation() {
  const log = new LogBuilder();
  log.open({ occurredAt: '2025-10-01' });
  log.add(
    'ActorRegistered',
    { actor: { id: 'ttp', name: 'TTP', kind: 'armed-group' }, role: 'spoiler' },
    { occurredAt: '2025-10-01' },
  );
  return log;
}

function table(
  log: LogBuilder,
  demandId: string,
  addressedTo: string[] = ['afghan-taliban'],
  by = 'pakistan',
  text = `text of ${demandId}`,
) {
  return log.add(
    'DemandTabled',
    { demandId, by, addressedTo, text, category: 'security' },
    { occurredAt: '2025-10-18' },
  );
}

function position(
  log: LogBuilder,
  demandId: string,
  actorId: string,
  stance: Stance,
  occurredAt: string,
  extra: { conditions?: string; quote?: string } = {},
) {
  return log.add(
    'PositionTaken',
    { demandId, actorId, stance, ...extra },
    { occurredAt, sources: [{ title: `source ${occurredAt}`, credibility: 2 }] },
  );
}

const cell = (m: MatrixView, demandId: string, actorId: string) => {
  const row = m.rows.find((r) => r.demandId === demandId);
  const i = m.columns.findIndex((c) => c.actorId === actorId);
  return row?.cells[i];
};
const matrix = (log: LogBuilder, at?: number) => matrixView(foldViews(log.entries, at === undefined ? {} : { at }));

describe('matrix: rows and columns', () => {
  it('rows are the tabled demands with text, by, category, addressees; columns the parties plus proposers, addressees and position-takers', () => {
    const log = negotiation();
    table(log, 'd1');
    position(log, 'd1', 'qatar', 'ambiguous', '2025-10-19');
    const m = matrix(log);
    expect(m.columns.map((c) => [c.actorId, c.role])).toEqual([
      ['pakistan', 'party'],
      ['afghan-taliban', 'party'],
      ['qatar', 'mediator'],
    ]);
    expect(m.rows).toEqual([
      expect.objectContaining({
        demandId: 'd1',
        text: 'text of d1',
        by: 'pakistan',
        category: 'security',
        addressedTo: ['afghan-taliban'],
        state: 'open',
        tabledAt: '2025-10-18',
      }),
    ]);
    expect(m.modelVersion).toBe('v2'); // names the default model of the request
  });

  it('given a demand addressed to a non-party, then that actor gets a column (consensus is read from it)', () => {
    const log = negotiation();
    table(log, 'd1', ['ttp'], 'afghan-taliban');
    expect(matrix(log).columns.map((c) => c.actorId)).toEqual(['pakistan', 'afghan-taliban', 'ttp']);
  });

  it('given positions recorded before the demand was tabled (in the world), then the demand still shows with them', () => {
    const log = negotiation();
    position(log, 'd1', 'afghan-taliban', 'rejected', '2025-10-17');
    table(log, 'd1');
    expect(cell(matrix(log), 'd1', 'afghan-taliban')?.value).toBe('rejected');
  });

  it('given a position on a demand that was never tabled (e.g. its tabling retracted), then no row', () => {
    const log = negotiation();
    table(log, 'd1');
    position(log, 'd1', 'afghan-taliban', 'rejected', '2025-10-19');
    log.add('EventRetracted', { eventId: 'ev-3', reason: 'no such demand' });
    expect(matrix(log).rows).toEqual([]);
  });
});

describe('matrix: cells', () => {
  it('the tabling actor is proposer, untouched cells are no-position', () => {
    const log = negotiation();
    table(log, 'd1');
    const m = matrix(log);
    expect(cell(m, 'd1', 'pakistan')).toMatchObject({ value: 'proposer', eventId: 'ev-3', occurredAt: '2025-10-18' });
    expect(cell(m, 'd1', 'afghan-taliban')).toEqual({
      actorId: 'afghan-taliban',
      value: 'no-position',
      eventId: null,
      occurredAt: null,
      sources: [],
      conditions: null,
      quote: null,
      speaker: null,
      history: [],
      thinEvidence: null,
    });
  });

  it.each<Stance>(['accepted', 'accepted-in-principle', 'conditional', 'ambiguous', 'rejected', 'counter-proposed'])(
    'given the stance %s, then the cell shows it with its event, date, sources, conditions and quote',
    (stance) => {
      const log = negotiation();
      table(log, 'd1');
      position(log, 'd1', 'afghan-taliban', stance, '2025-10-19', {
        conditions: 'if trade reopens',
        quote: 'we will consider',
      });
      expect(cell(matrix(log), 'd1', 'afghan-taliban')).toMatchObject({
        value: stance,
        eventId: 'ev-4',
        occurredAt: '2025-10-19',
        sources: [{ title: 'source 2025-10-19', credibility: 2 }],
        conditions: 'if trade reopens',
        quote: 'we will consider',
        history: [
          {
            stance,
            eventId: 'ev-4',
            occurredAt: '2025-10-19',
            conditions: 'if trade reopens',
            quote: 'we will consider',
          },
        ],
      });
    },
  );

  it('given several positions, then the latest by occurredAt wins (not the last recorded), with the whole history', () => {
    const log = negotiation();
    table(log, 'd1');
    position(log, 'd1', 'afghan-taliban', 'accepted-in-principle', '2025-10-25'); // "agreed verbally"
    position(log, 'd1', 'afghan-taliban', 'ambiguous', '2025-10-19'); // backdated
    const c = cell(matrix(log), 'd1', 'afghan-taliban');
    expect(c?.value).toBe('accepted-in-principle');
    expect(c?.history.map((h) => h.stance)).toEqual(['ambiguous', 'accepted-in-principle']);
  });

  it('given two positions on the same day, then the later in log order wins', () => {
    const log = negotiation();
    table(log, 'd1');
    position(log, 'd1', 'afghan-taliban', 'accepted', '2025-10-25');
    position(log, 'd1', 'afghan-taliban', 'rejected', '2025-10-25'); // "refused in writing", same day
    expect(cell(matrix(log), 'd1', 'afghan-taliban')?.value).toBe('rejected');
  });

  it('given the proposer also takes a position, then the cell stays proposer and the history keeps it', () => {
    const log = negotiation();
    table(log, 'd1');
    position(log, 'd1', 'pakistan', 'conditional', '2025-10-20');
    expect(cell(matrix(log), 'd1', 'pakistan')).toMatchObject({
      value: 'proposer',
      history: [{ stance: 'conditional' }],
    });
  });

  it('given a withdrawn demand, then its row stays with state withdrawn and its cells', () => {
    const log = negotiation();
    table(log, 'd1');
    position(log, 'd1', 'afghan-taliban', 'rejected', '2025-10-19');
    log.add('DemandWithdrawn', { demandId: 'd1', reason: 'dropped' }, { occurredAt: '2025-10-22' });
    const m = matrix(log);
    expect(m.rows[0]).toMatchObject({ state: 'withdrawn', withdrawnAt: '2025-10-22', consensus: 'contested' });
    expect(cell(m, 'd1', 'afghan-taliban')?.value).toBe('rejected');
    expect(matrix(log, Date.UTC(2025, 9, 21)).rows[0]?.state).toBe('open');
  });

  it('given an amendment, then the row shows the amended text and addressees; stances stand', () => {
    const log = negotiation();
    table(log, 'd1');
    position(log, 'd1', 'afghan-taliban', 'rejected', '2025-10-19');
    log.add(
      'DemandAmended',
      { demandId: 'd1', text: 'a narrower demand', addressedTo: ['afghan-taliban', 'ttp'] },
      { occurredAt: '2025-10-20' },
    );
    const m = matrix(log);
    expect(m.rows[0]).toMatchObject({
      text: 'a narrower demand',
      addressedTo: ['afghan-taliban', 'ttp'],
      amendments: 1,
    });
    expect(cell(m, 'd1', 'afghan-taliban')?.value).toBe('rejected');
  });
});

describe('matrix: consensus', () => {
  function consensus(stances: Array<[string, Stance]>, addressedTo = ['afghan-taliban', 'ttp']) {
    const log = negotiation();
    table(log, 'd1', addressedTo);
    stances.forEach(([actor, stance], i) => position(log, 'd1', actor, stance, `2025-10-${20 + i}`));
    return matrix(log).rows[0]?.consensus;
  }

  it('agreed: every addressee accepted', () => {
    expect(
      consensus([
        ['afghan-taliban', 'accepted'],
        ['ttp', 'accepted'],
      ]),
    ).toBe('agreed');
  });

  it('not agreed when every addressee accepted only in principle: partial', () => {
    expect(
      consensus([
        ['afghan-taliban', 'accepted-in-principle'],
        ['ttp', 'accepted-in-principle'],
      ]),
    ).toBe('partial');
  });

  it('contested: any addressee rejected, even if another accepted', () => {
    expect(
      consensus([
        ['afghan-taliban', 'accepted'],
        ['ttp', 'rejected'],
      ]),
    ).toBe('contested');
  });

  it('partial: some accepted, the others silent or conditional', () => {
    expect(consensus([['afghan-taliban', 'accepted']])).toBe('partial');
    expect(
      consensus([
        ['afghan-taliban', 'accepted'],
        ['ttp', 'conditional'],
      ]),
    ).toBe('partial');
  });

  it('pending: no addressee has accepted or rejected (conditional, ambiguous, counter-proposed, silence)', () => {
    expect(consensus([])).toBe('pending');
    expect(
      consensus([
        ['afghan-taliban', 'conditional'],
        ['ttp', 'counter-proposed'],
      ]),
    ).toBe('pending');
    expect(consensus([['afghan-taliban', 'ambiguous']])).toBe('pending');
  });

  it('only addressees count: a mediator accepting or a party rejecting a demand not addressed to it moves nothing', () => {
    expect(
      consensus(
        [
          ['qatar', 'accepted'],
          ['pakistan', 'rejected'],
        ],
        ['afghan-taliban'],
      ),
    ).toBe('pending');
  });

  it('the latest stance counts: rejected then accepted is agreed', () => {
    expect(
      consensus(
        [
          ['afghan-taliban', 'rejected'],
          ['afghan-taliban', 'accepted'],
        ],
        ['afghan-taliban'],
      ),
    ).toBe('agreed');
  });

  it('a demand addressed to no one is pending', () => {
    expect(consensus([['afghan-taliban', 'accepted']], [])).toBe('pending');
  });
});

describe('matrix: CSV (RFC 4180)', () => {
  it('escapes commas, quotes and line breaks; leaves plain fields bare', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "no"')).toBe('"say ""no"""');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
    expect(csvField('')).toBe('');
  });

  it('keeps a cell that a spreadsheet would run as a formula as text: a leading apostrophe (then quoted as any other)', () => {
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('-1+2')).toBe("'-1+2");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\t=1')).toBe("'\t=1");
    expect(csvField('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    // Not at the start: nothing to do.
    expect(csvField('a=b')).toBe('a=b');
  });

  it('writes a header and one row per demand, a column per actor, CRLF line ends', () => {
    const log = negotiation();
    table(log, 'd1', ['afghan-taliban'], 'pakistan', 'Stop "TTP" attacks, verifiably\nand now');
    table(log, 'd2', ['pakistan'], 'afghan-taliban', 'Respect airspace');
    position(log, 'd1', 'afghan-taliban', 'accepted-in-principle', '2025-10-19');
    expect(matrixCsv(matrix(log))).toBe(
      'demand_id,demand,by,category,addressed_to,state,consensus,pakistan,afghan-taliban\r\n' +
        'd1,"Stop ""TTP"" attacks, verifiably\nand now",pakistan,security,afghan-taliban,open,partial,proposer,accepted-in-principle\r\n' +
        'd2,Respect airspace,afghan-taliban,security,pakistan,open,pending,no-position,proposer\r\n',
    );
  });
});
