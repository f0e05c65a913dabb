/**
 * The oldest server the adapter runs on, and the check made at start-up.
 *
 * 23.10 is when EventStoreDB's `$all` subscriptions started to say "caught
 * up" (`ReadResp.caught_up`): the views' bootstrap and the live event feed
 * wait for it, and on an older server they would wait for ever. Every
 * KurrentDB (25.0 on) is newer.
 */
export const MINIMUM_SERVER_VERSION = { major: 23, minor: 10 } as const;

/** `major.minor[.patch…]` as the server reports it; undefined for anything else ("unknown" when it does not say). */
export function parseServerVersion(version: string): { major: number; minor: number } | undefined {
  const match = /^(\d+)\.(\d+)(?:\.|$)/.exec(version.trim());
  if (match === null) return undefined;
  return { major: Number(match[1]), minor: Number(match[2]) };
}

/** Why `version` cannot be used, or undefined when it can. */
export function unsupportedServerVersion(version: string): string | undefined {
  const { major, minor } = MINIMUM_SERVER_VERSION;
  const needs = `Parley needs EventStoreDB ${major}.${minor} or later, or any KurrentDB (older servers never report a subscription as caught up, and the views would wait for ever)`;
  const parsed = parseServerVersion(version);
  if (parsed === undefined)
    return `the server does not report a version it can be checked by (${JSON.stringify(version)}): ${needs}`;
  if (parsed.major > major || (parsed.major === major && parsed.minor >= minor)) return undefined;
  return `EventStoreDB ${version} is too old: ${needs}`;
}
