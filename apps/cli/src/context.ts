/**
 * What every command's action gets: the output (human or --json) and the API
 * client, both from the global flags.
 */
import type { Command } from 'commander';
import { resolveConnection, type Connection } from './config';
import { ApiClient } from './http';
import { Output } from './output';
import type { Runtime } from './runtime';

export interface GlobalOptions {
  readonly url?: string;
  readonly apiKey?: string;
  readonly json?: boolean;
  readonly color?: boolean;
  readonly wide?: boolean;
}

export interface Session {
  readonly out: Output;
  readonly api: ApiClient;
  readonly connection: Connection;
  readonly rt: Runtime;
}

export function globalsOf(cmd: Command): GlobalOptions {
  return cmd.optsWithGlobals<GlobalOptions>();
}

export function outputFor(cmd: Command, rt: Runtime): Output {
  const g = globalsOf(cmd);
  return new Output(rt, { json: g.json === true, color: g.color !== false, wide: g.wide === true });
}

export function sessionFor(cmd: Command, rt: Runtime): Session {
  const g = globalsOf(cmd);
  const connection = resolveConnection({ url: g.url, apiKey: g.apiKey }, rt);
  return { out: outputFor(cmd, rt), api: new ApiClient(connection, rt.fetch), connection, rt };
}
