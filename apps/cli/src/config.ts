/**
 * Where the server is and which key to send.
 *
 * Precedence, per setting: flag (`--url`, `--api-key`) > environment
 * (`PARLEY_URL`, `PARLEY_API_KEY`) > config file > default
 * (`http://localhost:3000`, no key). Config files, the first that sets a
 * value wins: `./.parley.json` (this directory), then
 * `$XDG_CONFIG_HOME/parley/config.json` (default `~/.config/parley/config.json`).
 * A file holds `{ "url": "http://…", "apiKey": "…" }`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { UsageError } from './errors';
import type { Runtime } from './runtime';

export const DEFAULT_URL = 'http://localhost:3000';

export const CONFIG_HELP = `Connection (each setting: flag > environment > config file > default):
  --url / PARLEY_URL / "url"             default ${DEFAULT_URL}
  --api-key / PARLEY_API_KEY / "apiKey"  sent as "Authorization: Bearer <key>"; none by default
  config files, first match wins: ./.parley.json, then ~/.config/parley/config.json
  ($XDG_CONFIG_HOME/parley/config.json), e.g. { "url": "http://localhost:3000", "apiKey": "…" }`;

export interface Connection {
  readonly url: string;
  readonly apiKey: string | undefined;
  /** Where each came from, for `parley config`. */
  readonly from: { readonly url: string; readonly apiKey: string };
}

interface FileConfig {
  readonly url?: string;
  readonly apiKey?: string;
}

export function configFiles(rt: Pick<Runtime, 'cwd' | 'env' | 'home'>): string[] {
  const xdg = rt.env.XDG_CONFIG_HOME || path.join(rt.home, '.config');
  return [path.join(rt.cwd, '.parley.json'), path.join(xdg, 'parley', 'config.json')];
}

function readConfigFile(file: string): FileConfig | undefined {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    throw new UsageError(
      `config file ${file} is not valid JSON (${(e as Error).message}); it should hold { "url": "…", "apiKey": "…" }`,
    );
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new UsageError(`config file ${file} must hold an object: { "url": "…", "apiKey": "…" }`);
  }
  const o = parsed as Record<string, unknown>;
  for (const key of ['url', 'apiKey'] as const) {
    if (o[key] !== undefined && typeof o[key] !== 'string')
      throw new UsageError(`config file ${file}: "${key}" must be a string`);
  }
  return { url: o.url as string | undefined, apiKey: o.apiKey as string | undefined };
}

export function resolveConnection(
  flags: { url?: string; apiKey?: string },
  rt: Pick<Runtime, 'cwd' | 'env' | 'home'>,
): Connection {
  let url: [string, string] | undefined = flags.url
    ? [flags.url, '--url']
    : rt.env.PARLEY_URL
      ? [rt.env.PARLEY_URL, 'PARLEY_URL']
      : undefined;
  let apiKey: [string, string] | undefined = flags.apiKey
    ? [flags.apiKey, '--api-key']
    : rt.env.PARLEY_API_KEY
      ? [rt.env.PARLEY_API_KEY, 'PARLEY_API_KEY']
      : undefined;
  if (!url || !apiKey) {
    for (const file of configFiles(rt)) {
      const config = readConfigFile(file);
      if (!config) continue;
      if (!url && config.url) url = [config.url, file];
      if (!apiKey && config.apiKey) apiKey = [config.apiKey, file];
    }
  }
  const [urlValue, urlFrom] = url ?? [DEFAULT_URL, 'default'];
  let parsed: URL;
  try {
    parsed = new URL(urlValue);
  } catch {
    throw new UsageError(`the server URL "${urlValue}" (from ${urlFrom}) is not a URL; give one like ${DEFAULT_URL}`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new UsageError(`the server URL "${urlValue}" (from ${urlFrom}) must start with http:// or https://`);
  }
  return {
    url: urlValue.replace(/\/+$/, ''),
    apiKey: apiKey?.[0],
    from: { url: urlFrom, apiKey: apiKey?.[1] ?? 'none' },
  };
}
