/**
 * Recording: `open`, `record <Type>` (one subcommand per event type, its flags
 * derived from the field catalogue) and `events` (the raw log).
 */
import { type Command, Option } from 'commander';
import { sessionFor } from '../context';
import { v7 as uuidv7 } from 'uuid';
import { ApiError, UnreachableError, UsageError } from '../errors';
import type { Runtime } from '../runtime';
import { DEVELOPMENT_TYPES, type DevelopmentType, exampleOccurredAt } from '@parley/domain';
import { EXAMPLE_SOURCE, fieldEntries, flagOf, placeholderOf, typeSpec, type FieldSpec } from '../record/fields';
import {
  SOURCE_HELP,
  applySet,
  collect,
  merge,
  parseActor,
  parseDelegation,
  parseEventTypes,
  parseJsonObject,
  parsePeriod,
  parseRange,
  parseSource,
  readJsonFile,
  setPath,
  shellQuote,
  splitList,
  type Json,
  type JsonObject,
} from '../record/parse';
import { renderEvents, renderWrite, type EventsPage, type WriteResult } from '../render/recording';

const CASE = 'pak-afghan-2025';
const ENVELOPE = 'Envelope (every event):';
const DATA = 'Data fields:';
const BODY = 'Whole data, from JSON (the flags above override it):';

export function registerRecording(program: Command, rt: Runtime): void {
  registerOpen(program, rt);
  registerRecord(program, rt);
  registerEvents(program, rt);
}

// ---------------------------------------------------------------------------
// open
// ---------------------------------------------------------------------------

interface OpenOptions {
  id?: string;
  title?: string;
  subject?: string;
  party?: string[];
  mediator?: string[];
  occurredAt?: string;
  precision?: string;
  source?: string[];
  cameo?: string;
  note?: string;
  eventId?: string;
  idempotencyKey?: string;
  file?: string;
  dryRun?: boolean;
}

function registerOpen(program: Command, rt: Runtime): void {
  program
    .command('open')
    .description('open a negotiation: its parties, mediators and subject (records NegotiationOpened)')
    .option('--id <slug>', 'negotiation id, a lowercase slug (default: from the title)')
    .option('--title <text>', 'title of the negotiation')
    .option('--subject <text>', 'what it is about')
    .option(
      '--party <id:Name:kind>',
      'a party; repeat for each (kinds: state, de-facto-authority, armed-group, …)',
      collect,
    )
    .option('--mediator <id:Name:kind>', 'a mediator; repeat for each', collect)
    .option('--occurred-at <date>', 'when the negotiation began: YYYY-MM, YYYY-MM-DD or ISO date-time with zone')
    .option('--precision <precision>', 'exact | day | month | approximate (default: from the date form)')
    .option('--source <source>', `where it was reported; repeat for each: ${SOURCE_HELP}`, collect)
    .option('--cameo <code>', 'CAMEO event code set by the analyst')
    .option('--note <text>', 'free text for other analysts')
    .option('--event-id <uuid>', 'id of the event (a retry with the same id stores nothing new)')
    .option('--idempotency-key <key>', 'a retry with the same key stores nothing new')
    .option('--file <body.json>', 'the whole body as JSON (- for stdin); flags override its fields')
    .option('--dry-run', 'print the request body instead of sending it')
    .addHelpText(
      'after',
      `
Example (the Pakistan–Afghanistan case):
  $ parley open --id ${CASE} --title "Pakistan – Afghan Taliban talks, 2025" \\
      --subject "Cross-border militancy (TTP), border security and a durable ceasefire" \\
      --party pakistan:Pakistan:state \\
      --party "afghan-taliban:Afghan Taliban government:de-facto-authority" \\
      --mediator qatar:Qatar:state --mediator "turkiye:Türkiye:state" \\
      --occurred-at 2025-10-17 \\
      --source "Pakistan, Afghan Taliban to hold crucial talks in Doha today|https://www.diplomacypakistan.com/?p=28372|Diplomacy Pakistan||C3"`,
    )
    .action(async (opts: OpenOptions, cmd: Command) => {
      const session = sessionFor(cmd, rt);
      const file = opts.file ? readJsonFile(opts.file, rt.cwd) : {};
      const body: JsonObject = { ...file };
      const set = (key: string, value: Json | undefined) => {
        if (value !== undefined) body[key] = value;
      };
      set('id', opts.id);
      set('title', opts.title);
      set('subject', opts.subject);
      if (opts.party) body.parties = opts.party.map((p) => parseActor(p, '--party'));
      if (opts.mediator) body.mediators = opts.mediator.map((p) => parseActor(p, '--mediator'));
      if (body.mediators === undefined) body.mediators = [];
      set('occurredAt', opts.occurredAt);
      set('precision', opts.precision);
      if (opts.source) body.sources = opts.source.map(parseSource);
      set('cameo', opts.cameo);
      set('note', opts.note);
      set('eventId', opts.eventId);
      if (opts.dryRun) return session.out.printJson(body);
      const again = ownEventId(body, opts.idempotencyKey);
      const { body: result } = await session.api
        .json<WriteResult>('POST', '/negotiations', { json: body, headers: { 'Idempotency-Key': opts.idempotencyKey } })
        .catch((error: unknown) => nothingStored(error, openFlagOf, again));
      if (session.out.json) return session.out.printJson(result);
      renderWrite(session.out, result, 'Opened');
    });
}

// ---------------------------------------------------------------------------
// record <Type>
// ---------------------------------------------------------------------------

interface EnvelopeOptions {
  occurredAt?: string;
  precision?: string;
  source?: string[];
  cameo?: string;
  note?: string;
  occurrence?: string;
  eventId?: string;
  ifMatch?: string;
  idempotencyKey?: string;
  data?: string;
  file?: string;
  set?: string[];
  dryRun?: boolean;
}

/** How one option's value lands in `data`. */
interface Binding {
  readonly attribute: string;
  apply(data: JsonObject, value: unknown): void;
}

function registerRecord(program: Command, rt: Runtime): void {
  const record = program
    .command('record')
    .description('record one development of a negotiation: parley record <Type> <negotiation> [flags]')
    .usage('<Type> <negotiation> [flags]')
    .addHelpText('after', () => `\n${typesOverview()}`);
  record.commandsGroup('Event types (parley record <Type> --help lists its flags):');
  for (const type of DEVELOPMENT_TYPES) registerType(record, type, rt);
}

function typesOverview(): string {
  const lines = DEVELOPMENT_TYPES.map((type) => {
    const fields = fieldEntries(type)
      .map(([name, spec]) => `${name}${spec.optional ? '' : '*'}`)
      .join(', ');
    return `  ${type.padEnd(27)} ${fields}`;
  });
  return `Data fields per type (* required; each is also a flag — see parley record <Type> --help):
${lines.join('\n')}

Every type also takes --occurred-at, --source (at least one), --precision, --cameo, --note, --occurrence, --event-id, --if-match, --idempotency-key, and --data '{json}', --file data.json, --set key=value.

Examples (the Pakistan–Afghanistan case):
  $ parley record statement ${CASE} --occurred-at 2025-10-29 --speaker "Khawaja Muhammad Asif" \\
      --speaker-title "Defence Minister of Pakistan" --speaker-actor pakistan --tone military-threat \\
      --summary "Asif warns Pakistan could obliterate the Taliban regime" \\
      --source "Khawaja Asif: Pakistan needs not a fraction of its arsenal to obliterate the Taliban regime|https://thepakistanconnect.com/?p=6689|The Pakistan Connect||D2"
  $ parley record position ${CASE} --occurred-at 2025-11-07 --demand pak-limited-buffer-zone \\
      --actor afghan-taliban --stance rejected \\
      --source "Pakistan delivers 'final message' to Afghan Taliban (re-publication of a News18 report)|https://dipakraj9801.blogspot.com/2025/11/pakistan-delivers-final-message-to.html|dipakraj9801.blogspot.com (blog re-publishing a News18 report)||F3"`;
}

function registerType(record: Command, type: DevelopmentType, rt: Runtime): void {
  const spec = typeSpec(type);
  const cmd = record
    .command(type)
    .description(spec.summary)
    .argument('<negotiation>', 'negotiation id, e.g. pak-afghan-2025');
  for (const alias of spec.aliases ?? []) cmd.alias(alias);

  const bindings: Binding[] = [];
  const flags = new Set<string>();
  const add = (option: Option, group: string, apply?: Binding['apply']) => {
    if (flags.has(option.long!)) throw new Error(`record ${type}: the flag ${option.long} is defined twice`);
    flags.add(option.long!);
    option.helpGroup(group);
    cmd.addOption(option);
    if (apply) bindings.push({ attribute: option.attributeName(), apply });
  };

  // The envelope: the same for every type.
  add(
    new Option('--occurred-at <date>', 'when it happened: YYYY-MM, YYYY-MM-DD or ISO date-time with zone (required)'),
    ENVELOPE,
  );
  add(
    new Option('--source <source>', `where it was reported (at least one; repeat): ${SOURCE_HELP}`).argParser(collect),
    ENVELOPE,
  );
  add(
    new Option('--precision <precision>', 'exact | day | month | approximate (default: from the date form)'),
    ENVELOPE,
  );
  add(new Option('--cameo <code>', "CAMEO code set by the analyst (replaces the type's default)"), ENVELOPE);
  add(new Option('--note <text>', 'free text for other analysts'), ENVELOPE);
  add(
    new Option(
      '--occurrence <key>',
      'key of the one occurrence several developments report (they share it; the escalation model counts them once)',
    ),
    ENVELOPE,
  );
  add(new Option('--event-id <uuid>', 'id of the event: a retry with the same id stores nothing new'), ENVELOPE);
  add(
    new Option('--if-match <revision>', 'write only if the negotiation is still at this revision (else 412)'),
    ENVELOPE,
  );
  add(new Option('--idempotency-key <key>', 'a retry with the same key stores nothing new'), ENVELOPE);
  add(new Option('--dry-run', 'print the request body instead of sending it'), ENVELOPE);

  // The data fields.
  for (const [field, f] of fieldEntries(type)) {
    for (const [option, apply] of optionsFor(field, f)) add(option, DATA, apply);
  }

  add(new Option('--data <json>', 'the data as a JSON object'), BODY);
  add(
    new Option(
      '--file <file>',
      'a JSON file (- for stdin): the data, or a whole event body { type, data, occurredAt, sources, … }',
    ),
    BODY,
  );
  add(
    new Option(
      '--set <key=value>',
      'set one data field by dotted path; the value is read as JSON when it parses (repeat)',
    ).argParser(collect),
    BODY,
  );

  cmd.addHelpText('after', () => `\nExample (the Pakistan–Afghanistan case):\n  $ ${exampleLine(type)}`);

  cmd.action(async (negotiation: string, opts: EnvelopeOptions & Record<string, unknown>, command: Command) => {
    const session = sessionFor(command, rt);
    const body = recordBody(type, opts, bindings, rt);
    if (opts.dryRun) return session.out.printJson(body);
    const again = ownEventId(body, opts.idempotencyKey);
    const { body: result } = await session.api
      .json<WriteResult>('POST', `/negotiations/${encodeURIComponent(negotiation)}/events`, {
        json: body,
        headers: { 'If-Match': opts.ifMatch, 'Idempotency-Key': opts.idempotencyKey },
      })
      .catch((error: unknown) => nothingStored(error, recordFlagOf(type), again));
    if (session.out.json) return session.out.printJson(result);
    renderWrite(session.out, result, 'Recorded');
  });
}

/**
 * Gives a write that names no event id (nor an Idempotency-Key) one of ours, time-ordered as the service's own: if
 * its answer is lost, the same command with that `--event-id` records it once whether or not the first got through.
 * Returns what to add to the command to repeat it safely ('' when the command as typed already is).
 */
function ownEventId(body: JsonObject, idempotencyKey: string | undefined): string {
  if (body.eventId !== undefined || idempotencyKey !== undefined) return '';
  body.eventId = uuidv7();
  return ` with --event-id ${String(body.eventId)}`;
}

/**
 * A refused write stored nothing: say so above the API's reasons, each bad field with the flag that sets it. A write
 * whose answer never came (the connection dropped, a timeout, a 5xx) may have been stored: say how to repeat it.
 */
function nothingStored(error: unknown, flagOf: (field: string) => string | undefined, again: string): never {
  if (error instanceof ApiError && error.status < 500)
    error.withContext('refused: nothing was stored').withFlags(flagOf);
  const repeat = `it may have been recorded before the answer was lost: run the same command again${again}, and it is recorded once either way`;
  if (error instanceof ApiError && error.status >= 500) error.withContext(repeat);
  if (error instanceof UnreachableError && error.delivered) throw new UnreachableError(`${error.message}\n  ${repeat}`);
  throw error;
}

/** The envelope's fields and their flags (the same for `open` and every type). */
const ENVELOPE_FLAGS: Readonly<Record<string, string>> = {
  occurredAt: '--occurred-at',
  precision: '--precision',
  sources: '--source',
  cameo: '--cameo',
  note: '--note',
  occurrence: '--occurrence',
  eventId: '--event-id',
};

/** `sources.0.url`, `data.delegations[0].actorId` → its path's parts: `sources`, `0`, `url`. */
function pathOf(field: string): string[] {
  return field.replace(/\[(\d+)\]/g, '.$1').split('.');
}

function openFlagOf(field: string): string | undefined {
  const [head = ''] = pathOf(field);
  const own: Record<string, string> = {
    id: '--id',
    title: '--title',
    subject: '--subject',
    parties: '--party',
    mediators: '--mediator',
  };
  return own[head] ?? ENVELOPE_FLAGS[head];
}

/** The flag of a field of a `record <type>` body: the envelope's, or the data field's (a person's or actor's part by its own flag). */
function recordFlagOf(type: DevelopmentType): (field: string) => string | undefined {
  const fields = new Map(fieldEntries(type));
  return (field) => {
    const [head = '', name = '', part] = pathOf(field);
    if (head !== 'data') return ENVELOPE_FLAGS[head];
    const f = fields.get(name);
    if (f === undefined) return undefined;
    const flag = `--${flagOf(name, f)}`;
    if (f.kind === 'person' && part === 'title') return `${flag}-title`;
    if (f.kind === 'person' && part === 'actorId') return `${flag}-actor`;
    if (f.kind === 'actor-spec' && part === 'aliases') return '--alias';
    return flag;
  };
}

function describe(field: string, f: FieldSpec): string {
  const values = f.kind === 'enum' ? `: ${f.values.join(' | ')}` : '';
  const repeat =
    f.kind === 'actors' || f.kind === 'ids'
      ? ' (repeat, or separate with commas)'
      : f.kind === 'texts' || f.kind === 'delegations'
        ? ' (repeat)'
        : '';
  return `${f.description}${values}${repeat}${f.optional ? '' : ' (required)'} → data.${field}`;
}

/** The options of one data field, each with how its value lands in `data`. */
function optionsFor(field: string, f: FieldSpec): [Option, Binding['apply']][] {
  const flag = flagOf(field, f);
  const ph = placeholderOf(field, f);
  const text = (path: string) => (data: JsonObject, v: unknown) => setPath(data, path, v as string, `--${flag}`);
  switch (f.kind) {
    case 'actors':
    case 'ids':
      return [
        [
          new Option(`--${flag} ${ph}`, describe(field, f)).argParser(collect),
          (d, v) => (d[field] = splitList(v as string[])),
        ],
      ];
    case 'texts':
      return [
        [
          new Option(`--${flag} ${ph}`, describe(field, f)).argParser(collect),
          (d, v) => (d[field] = [...(v as string[])]),
        ],
      ];
    case 'bool':
      return [
        [new Option(`--${flag}`, describe(field, f)), (d, v) => (d[field] = v as boolean)],
        [new Option(`--no-${flag}`, `sets data.${field} to false`), () => undefined],
      ];
    case 'range':
      return [
        [
          new Option(`--${flag} ${ph}`, describe(field, f)),
          (d, v) => (d[field] = parseRange(v as string, `--${flag}`)),
        ],
      ];
    case 'period':
      return [
        [
          new Option(`--${flag} ${ph}`, describe(field, f)),
          (d, v) => (d[field] = parsePeriod(v as string, `--${flag}`)),
        ],
      ];
    case 'person':
      return [
        [
          new Option(
            `--${flag} <name>`,
            `${f.description}: the person's name${f.optional ? '' : ' (required)'} → data.${field}.name`,
          ),
          text(`${field}.name`),
        ],
        [new Option(`--${flag}-title <title>`, `office or role → data.${field}.title`), text(`${field}.title`)],
        [
          new Option(
            `--${flag}-actor <actor-id>`,
            `the actor the person speaks for${f.optional ? '' : ' (required)'} → data.${field}.actorId`,
          ),
          text(`${field}.actorId`),
        ],
      ];
    case 'actor-spec':
      return [
        [
          new Option(`--${flag} ${ph}`, describe(field, f)),
          (d, v) => (d[field] = merge(asObject(d[field]), parseActor(v as string, `--${flag}`))),
        ],
        [
          new Option('--alias <name>', `another name the actor goes by (repeat) → data.${field}.aliases`).argParser(
            collect,
          ),
          (d, v) => setPath(d, `${field}.aliases`, [...(v as string[])], '--alias'),
        ],
      ];
    case 'delegations':
      return [
        [
          new Option(`--${flag} ${ph}`, describe(field, f)).argParser(collect),
          (d, v) => (d[field] = (v as string[]).map(parseDelegation)),
        ],
      ];
    case 'json':
      return [
        [
          new Option(`--${flag} ${ph}`, describe(field, f)),
          (d, v) => (d[field] = parseJsonObject(v as string, `--${flag}`)),
        ],
      ];
    default:
      return [[new Option(`--${flag} ${ph}`, describe(field, f)), text(field)]];
  }
}

function asObject(v: Json | undefined): JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? v : {};
}

/** The `POST /negotiations/:id/events` body from the file, --data, the field flags and --set, in that order. */
export function recordBody(
  type: DevelopmentType,
  opts: EnvelopeOptions & Record<string, unknown>,
  bindings: readonly Binding[],
  rt: Runtime,
): JsonObject {
  let envelope: JsonObject = {};
  let data: JsonObject = {};
  if (opts.file) {
    const file = readJsonFile(opts.file, rt.cwd);
    if (
      typeof file.type === 'string' &&
      typeof file.data === 'object' &&
      file.data !== null &&
      !Array.isArray(file.data)
    ) {
      const { type: fileType, data: fileData, ...rest } = file;
      if (fileType !== type) throw new UsageError(`--file ${opts.file} holds a ${String(fileType)} event, not ${type}`);
      envelope = rest;
      data = fileData as JsonObject;
    } else {
      data = file;
    }
  }
  if (opts.data) data = merge(data, parseJsonObject(opts.data, '--data'));
  for (const b of bindings) {
    const value = opts[b.attribute];
    if (value !== undefined) b.apply(data, value);
  }
  for (const assignment of opts.set ?? []) applySet(data, assignment);
  const body: JsonObject = { ...envelope, type, data };
  const set = (key: string, value: Json | undefined) => {
    if (value !== undefined) body[key] = value;
  };
  set('occurredAt', opts.occurredAt);
  set('precision', opts.precision);
  if (opts.source) body.sources = opts.source.map(parseSource);
  set('cameo', opts.cameo);
  set('note', opts.note);
  set('occurrence', opts.occurrence);
  set('eventId', opts.eventId);
  return body;
}

/** `parley record StatementMade pak-afghan-2025 --occurred-at … --speaker … --source …` from the catalogue's examples. */
export function exampleLine(type: DevelopmentType): string {
  const parts = ['parley', 'record', type, CASE, '--occurred-at', exampleOccurredAt(type)];
  for (const [field, f] of fieldEntries(type)) {
    const ex = f.example;
    if (ex === undefined) continue;
    const flag = `--${flagOf(field, f)}`;
    if (f.kind === 'bool') parts.push(ex === true ? flag : `--no-${flagOf(field, f)}`);
    else if (f.kind === 'person' && Array.isArray(ex)) {
      const [name, title, actorId] = ex as string[];
      parts.push(flag, shellQuote(name!));
      if (title) parts.push(`${flag}-title`, shellQuote(title));
      if (actorId) parts.push(`${flag}-actor`, shellQuote(actorId));
    } else if (Array.isArray(ex)) {
      if (f.kind === 'actors' || f.kind === 'ids') parts.push(flag, shellQuote(ex.join(',')));
      else for (const item of ex as string[]) parts.push(flag, shellQuote(item));
    } else parts.push(flag, shellQuote(String(ex)));
  }
  parts.push('--source', shellQuote(EXAMPLE_SOURCE));
  return wrapCommand(parts);
}

/** Joins a command line, breaking before a flag once a line passes ~90 characters. */
export function wrapCommand(parts: readonly string[], width = 90): string {
  const lines: string[] = [];
  let line = '';
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const isFlag = part.startsWith('--');
    // A flag and its value stay together.
    const unit = isFlag && i + 1 < parts.length && !parts[i + 1]!.startsWith('--') ? `${part} ${parts[++i]!}` : part;
    if (line && isFlag && line.length + 1 + unit.length > width) {
      lines.push(line);
      line = unit;
    } else line = line ? `${line} ${unit}` : unit;
  }
  lines.push(line);
  return lines.join(' \\\n    ');
}

// ---------------------------------------------------------------------------
// events
// ---------------------------------------------------------------------------

function registerEvents(program: Command, rt: Runtime): void {
  program
    .command('events')
    .description('the raw log of one negotiation, in log order (paged)')
    .argument('<negotiation>', 'negotiation id')
    .option('--type <types>', 'only these event types (comma-separated; a type or its short name, e.g. statement)')
    .option('--limit <n>', 'events per page, 1–1000', '100')
    .option('--from-revision <n>', 'first stream revision of the page', '0')
    .option('--all', 'follow the pages to the end of the log')
    .addHelpText(
      'after',
      `
Examples (the Pakistan–Afghanistan case):
  $ parley events ${CASE}
  $ parley events ${CASE} --type PositionTaken,UltimatumIssued
  $ parley events ${CASE} --all --json | jq '.events[].type'`,
    )
    .action(
      async (
        negotiation: string,
        opts: { type?: string; limit: string; fromRevision: string; all?: boolean },
        cmd: Command,
      ) => {
        const types = opts.type === undefined ? undefined : parseEventTypes(opts.type);
        const session = sessionFor(cmd, rt);
        const path = `/negotiations/${encodeURIComponent(negotiation)}/events`;
        let from: string | number = opts.fromRevision;
        const pages: EventsPage[] = [];
        for (;;) {
          const page: EventsPage = await session.api.get<EventsPage>(path, {
            type: types?.join(','),
            limit: opts.limit,
            fromRevision: from,
          });
          pages.push(page);
          if (!opts.all || page.nextFromRevision === null) break;
          from = page.nextFromRevision;
        }
        const merged: EventsPage = { ...pages[pages.length - 1]!, events: pages.flatMap((p) => p.events) };
        if (session.out.json) return session.out.printJson(opts.all ? merged : pages[0]);
        renderEvents(session.out, merged, Boolean(opts.all));
      },
    );
}
