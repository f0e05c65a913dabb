/**
 * Every edge follows the one catalogue (`libs/domain/src/catalogue.ts`): the
 * OpenAPI document the server serves, the CLI's flags and help, and the form
 * schema the dashboard builds its record form from (`GET /catalogue`). And the
 * OpenAPI document lints clean with Redocly's recommended rules: no error, no
 * example that breaks its own schema, no `oneOf` whose branches overlap.
 */
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import {
  CATALOGUE,
  DEVELOPMENT_TYPES,
  ENVELOPE,
  RECORDS,
  recordExample,
  type FieldSpec,
  type RecordName,
} from '@parley/domain';
import { fieldEntries, flagOf } from '../../apps/cli/src/record/fields';
import { runInProcess } from '../cli/support';
import { startTestApp, type TestApp } from '../support/app';

type Schema = { properties?: Record<string, unknown>; required?: string[] };

const required = (fields: Readonly<Record<string, FieldSpec>>) =>
  Object.entries(fields)
    .filter(([, spec]) => !spec.optional)
    .map(([name]) => name)
    .sort();

describe('the edges follow the catalogue', () => {
  let t: TestApp;
  let doc: { components: { schemas: Record<string, Schema> } };
  let served: {
    types: Record<string, { fields: Record<string, FieldSpec> }>;
    records: unknown;
    recordExamples: Record<string, unknown>;
    envelope: unknown;
  };

  beforeAll(async () => {
    t = await startTestApp();
    doc = (await (await fetch(`${t.url}/openapi.json`)).json()) as typeof doc;
    served = (await (await fetch(`${t.url}/catalogue`)).json()) as typeof served;
  });
  afterAll(() => t.cleanup());

  it('the OpenAPI schema of every type has exactly its catalogue fields, required where the catalogue requires them', () => {
    for (const type of DEVELOPMENT_TYPES) {
      const schema = doc.components.schemas[`${type}DataDto`]!;
      const fields = CATALOGUE[type].fields as Record<string, FieldSpec>;
      expect(Object.keys(schema.properties ?? {}).sort()).toEqual(Object.keys(fields).sort());
      expect([...(schema.required ?? [])].sort()).toEqual(required(fields));
      for (const [name, spec] of Object.entries(fields)) {
        expect(schema.properties?.[name]).toMatchObject({ description: spec.description });
      }
    }
    for (const name of Object.keys(RECORDS) as RecordName[]) {
      const schema = doc.components.schemas[`${name}Dto`]!;
      expect(Object.keys(schema.properties ?? {}).sort()).toEqual(Object.keys(RECORDS[name]).sort());
    }
    for (const field of Object.keys(ENVELOPE))
      expect(doc.components.schemas.RecordStatementMadeDto?.properties).toHaveProperty(field);
  });

  it('the form schema the page builds its record form from is the catalogue, every development type in it', () => {
    expect(Object.keys(served.types)).toEqual(DEVELOPMENT_TYPES);
    for (const type of DEVELOPMENT_TYPES)
      expect(served.types[type]).toEqual(JSON.parse(JSON.stringify(CATALOGUE[type])));
    expect(served.records).toEqual(JSON.parse(JSON.stringify(RECORDS)));
    expect(served.envelope).toEqual(JSON.parse(JSON.stringify(ENVELOPE)));
    // A nested shape's example, as the API reference builds it: what the form shows a JSON field that has none.
    for (const name of Object.keys(RECORDS) as RecordName[])
      expect(served.recordExamples[name]).toEqual(JSON.parse(JSON.stringify(recordExample(name))));
  });

  it.each(DEVELOPMENT_TYPES)(
    'the CLI offers a flag for every catalogue field of %s, described as there',
    async (type) => {
      const fields = Object.entries(CATALOGUE[type].fields as Record<string, FieldSpec>);
      expect(fieldEntries(type).map(([name]) => name)).toEqual(fields.map(([name]) => name));
      const { stdout } = await runInProcess(['record', type, '--help']);
      const help = stdout.replace(/\s+/g, ' ');
      for (const [name, spec] of fieldEntries(type)) {
        expect(help).toContain(`--${flagOf(name, spec)}`);
        expect(help).toContain(`data.${name}`);
        const catalogued = (CATALOGUE[type].fields as Record<string, FieldSpec>)[name]!;
        expect(help).toContain(catalogued.description.replace(/\.$/, '').replace(/\s+/g, ' ').slice(0, 40));
      }
      expect(help).toContain(CATALOGUE[type].summary);
    },
  );

  it('lints with Redocly: no error, no example that breaks its schema, no overlapping oneOf', async () => {
    const file = path.join(t.dataDir, 'openapi.json');
    fs.writeFileSync(file, JSON.stringify(doc));
    const redocly = path.join(__dirname, '../../node_modules/.bin/redocly');
    const { stdout } = await promisify(execFile)(redocly, ['lint', file, '--format=json', '--max-problems=1000'], {
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
    }).catch((e: { stdout: string }) => e);
    const problems = (JSON.parse(stdout) as { problems: { ruleId: string; severity: string; message: string }[] })
      .problems;
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(
      problems.filter(
        (p) => p.ruleId === 'no-invalid-media-type-examples' || p.ruleId === 'no-invalid-schema-examples',
      ),
    ).toEqual([]);
    expect(problems.filter((p) => p.ruleId === 'no-illogical-composition-keywords')).toEqual([]);
  });
});
