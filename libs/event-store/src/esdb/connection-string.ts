/**
 * What Parley checks in an EventStoreDB connection string before the client
 * sees it, and how it shows one in messages. No client import here: the
 * migrate command names stores without loading the gRPC client.
 *
 * The client (`@eventstore/db-client` 6, `parseConnectionString`) does not
 * refuse everything it cannot use, and what it says goes to `console.warn`
 * with the whole string, password included:
 * - an unknown option (a typo: `nodePreferance`, `tlsCaFile=`) is ignored
 *   with a warning that prints the string;
 * - `tlsVerifyCert=false` has no effect (it always verifies), with the same
 *   kind of warning;
 * - credentials are `user:password@` up to the first `@`, split at the first
 *   `:` after the user: an unencoded `@` or `:` in the password silently
 *   yields another password (and a host with the rest of it in its name).
 * These are refused here, naming the problem and never the password.
 */
import type { QueryOptions } from '@eventstore/db-client/dist/Client/parseConnectionString';

/** Every option the client reads from the query string (its `QueryOptions`; the compiler keeps this list whole). */
const KNOWN_OPTIONS = Object.keys({
  userCertFile: true,
  userKeyFile: true,
  maxDiscoverAttempts: true,
  connectionName: true,
  defaultDeadline: true,
  discoveryInterval: true,
  gossipTimeout: true,
  nodePreference: true,
  tls: true,
  tlsVerifyCert: true,
  tlsCAFile: true,
  throwOnAppendFailure: true,
  keepAliveInterval: true,
  keepAliveTimeout: true,
} satisfies Record<keyof Required<QueryOptions>, true>);

/** The client compares option names ignoring case, `_` and `-`. */
function flat(key: string): string {
  return key.trim().toLowerCase().replace(/[_-]/g, '');
}

const BY_FLAT_NAME = new Map(KNOWN_OPTIONS.map((option) => [flat(option), option]));

/** `scheme://` and `user:password` (up to the last `@`, so a stray `@` in a password is hidden too), as the client reads them. */
const CREDENTIALS = /^(\s*[^:/]+:\/\/)([^:@/?]+):(.*)@/s;

/** Hides the password of a connection string in messages. */
export function redactConnectionString(connectionString: string): string {
  return connectionString.replace(CREDENTIALS, '$1$2:***@');
}

/**
 * What is wrong with the connection string that the client would accept
 * anyway (see above), or `undefined`. Never includes the password.
 */
export function connectionStringProblem(connectionString: string): string | undefined {
  const credentials = CREDENTIALS.exec(connectionString);
  if (credentials !== null && /[@:]/.test(credentials[3] as string))
    return "the password contains '@' or ':': percent-encode it (%40, %3A)";
  const query = connectionString.indexOf('?', credentials?.[0].length ?? 0);
  if (query === -1) return undefined;
  for (const pair of connectionString.slice(query + 1).split('&')) {
    if (pair === '') continue; // The client's parser says what is wrong with an empty option.
    const [key = '', value = ''] = pair.split('=');
    const option = BY_FLAT_NAME.get(flat(key));
    if (option === undefined) return `unknown option '${key.trim()}' (known: ${KNOWN_OPTIONS.join(', ')})`;
    if (option === 'tlsVerifyCert' && value.trim() === 'false')
      return "tlsVerifyCert=false has no effect with @eventstore/db-client (it always verifies the nodes' certificates): give the CA that signed them with tlsCAFile";
  }
  return undefined;
}
