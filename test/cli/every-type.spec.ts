/**
 * Every event type can be recorded with the flags `parley record <Type>
 * --help` lists, and what the server stores is exactly the data those flags
 * describe. Runs the CLI in this process (`run()`, the same code
 * bin/parley.js runs) against a real server, to keep 27 writes quick.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { EXAMPLE_EVENTS } from '@parley/domain/testing/examples';
import { DEVELOPMENT_TYPES, type DevelopmentType } from '@parley/domain';
import { fieldEntries, flagOf } from '../../apps/cli/src/record/fields';
import { startTestApp, type TestApp } from '../support/app';
import { everyEventType, openBody } from '../support/cases';
import { runInProcess, scratchDir } from './support';

const NEG = 'every-type';

type Data = Record<string, unknown>;

/** The command-line flags that say `data` for `type`, as an analyst would type them. */
function flagsFor(type: DevelopmentType, data: Data): string[] {
  const args: string[] = [];
  for (const [field, spec] of fieldEntries(type)) {
    const v = data[field];
    if (v === undefined) continue;
    const flag = `--${flagOf(field, spec)}`;
    switch (spec.kind) {
      case 'actors':
      case 'ids':
        args.push(flag, (v as string[]).join(','));
        break;
      case 'texts':
        if ((v as string[]).length === 0) args.push('--set', `${field}=[]`);
        for (const item of v as string[]) args.push(flag, item);
        break;
      case 'bool':
        args.push(v ? flag : `--no-${flagOf(field, spec)}`);
        break;
      case 'range': {
        const r = v as { min: number; max: number };
        args.push(flag, `${r.min}-${r.max}`);
        break;
      }
      case 'period': {
        const p = v as { from: string; to: string };
        args.push(flag, `${p.from}..${p.to}`);
        break;
      }
      case 'person': {
        const p = v as { name: string; title?: string; actorId: string };
        args.push(flag, p.name, `${flag}-actor`, p.actorId);
        if (p.title) args.push(`${flag}-title`, p.title);
        break;
      }
      case 'actor-spec': {
        const a = v as { id: string; name: string; kind: string; aliases?: string[] };
        args.push(flag, `${a.id}:${a.name}:${a.kind}`);
        for (const alias of a.aliases ?? []) args.push('--alias', alias);
        break;
      }
      case 'delegations': {
        const list = v as {
          actorId: string;
          head?: { name: string; title?: string; actorId: string };
          members?: unknown[];
        }[];
        const simple = list.every((d) => !d.members && (!d.head || d.head.actorId === d.actorId));
        if (simple)
          for (const d of list) args.push(flag, [d.actorId, d.head?.name, d.head?.title].filter(Boolean).join(':'));
        else args.push('--set', `${field}=${JSON.stringify(list)}`);
        break;
      }
      case 'json':
        args.push(flag, JSON.stringify(v));
        break;
      default:
        args.push(flag, String(v));
    }
  }
  return args;
}

describe('parley record: every event type from its flags (in process, real server)', () => {
  let server: TestApp;

  beforeAll(async () => {
    server = await startTestApp();
    const dir = scratchDir();
    const body = path.join(dir, 'open.json');
    fs.writeFileSync(body, JSON.stringify(openBody(NEG)));
    const opened = await runInProcess(['open', '--file', body, '--url', server.url]);
    if (opened.code !== 0) throw new Error(opened.stderr);
  });
  afterAll(() => server.cleanup());

  it('covers the whole catalogue', () => {
    expect(new Set(everyEventType().map((d) => d.type))).toEqual(new Set(DEVELOPMENT_TYPES));
    expect(Object.keys(EXAMPLE_EVENTS).sort()).toEqual([...DEVELOPMENT_TYPES].sort());
  });

  it('records each development from flags, and the server stores exactly its data', async () => {
    for (const d of everyEventType()) {
      const type = d.type as DevelopmentType;
      const args = [
        'record',
        type,
        NEG,
        '--url',
        server.url,
        '--json',
        '--occurred-at',
        d.occurredAt,
        '--event-id',
        d.eventId,
      ];
      if (d.precision) args.push('--precision', d.precision);
      for (const s of d.sources) args.push('--source', JSON.stringify(s));
      if (d.cameo) args.push('--cameo', d.cameo);
      if (d.note) args.push('--note', d.note);
      if (d.occurrence) args.push('--occurrence', d.occurrence);
      args.push(...flagsFor(type, d.data as unknown as Data));

      const result = await runInProcess(args);
      expect({ type, code: result.code, stderr: result.stderr }).toEqual({ type, code: 0, stderr: '' });
      const stored = JSON.parse(result.stdout).events[0];
      expect({ type, data: stored.data }).toEqual({ type, data: d.data });
      expect(stored).toMatchObject({ eventId: d.eventId, occurredAt: d.occurredAt, sources: d.sources });
      expect({ type, occurrence: stored.occurrence }).toEqual({ type, occurrence: d.occurrence });
    }
    const log = JSON.parse((await runInProcess(['events', NEG, '--all', '--json', '--url', server.url])).stdout);
    expect(log.events).toHaveLength(everyEventType().length + 1);
  });

  it('--set, --data and --file fill the data; flags win over them; --dry-run sends nothing', async () => {
    const dir = scratchDir();
    fs.writeFileSync(path.join(dir, 'statement.json'), JSON.stringify(EXAMPLE_EVENTS.StatementMade));
    const dry = await runInProcess([
      'record',
      'statement',
      NEG,
      '--file',
      path.join(dir, 'statement.json'),
      '--tone',
      'warning',
      '--set',
      'speaker.title="Minister"',
      '--data',
      '{"audience":"domestic audience"}',
      '--dry-run',
      '--url',
      server.url,
    ]);
    expect(dry.code).toBe(0);
    const body = JSON.parse(dry.stdout);
    expect(body).toMatchObject({
      type: 'StatementMade',
      occurredAt: EXAMPLE_EVENTS.StatementMade.occurredAt,
      sources: EXAMPLE_EVENTS.StatementMade.sources,
      data: {
        tone: 'warning',
        audience: 'domestic audience',
        speaker: { name: 'Khawaja Muhammad Asif', title: 'Minister', actorId: 'pakistan' },
        summary: EXAMPLE_EVENTS.StatementMade.data.summary,
      },
    });
    const wrongType = await runInProcess([
      'record',
      'position',
      NEG,
      '--file',
      path.join(dir, 'statement.json'),
      '--url',
      server.url,
    ]);
    expect(wrongType.code).toBe(2);
    expect(wrongType.stderr).toMatch(/holds a StatementMade event, not PositionTaken/);
  });
});
