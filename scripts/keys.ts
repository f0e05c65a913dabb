/**
 * API keys for the server's keys file (PARLEY_KEYS_FILE), which holds only
 * their sha256 — never a key itself.
 *
 *   npm run keys -- add <name> <viewer|analyst|admin> [--file <path>]
 *       generates a key, prints it once, stores { name, role, keyHash }
 *   npm run keys -- list [--file <path>]       names and roles
 *   npm run keys -- remove <name> [--file <path>]
 *
 * The file is PARLEY_KEYS_FILE, else <PARLEY_DATA_DIR or ./data>/keys.json.
 * It is written whole (a temp file renamed over it) and readable by its owner only.
 */
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { hashKey, ROLES, type Role } from '../apps/api/src/auth/api-keys';

interface Entry {
  readonly name: string;
  readonly role: Role;
  readonly keyHash: string;
  readonly createdAt?: string;
}

class UsageError extends Error {}

const USAGE = `usage:
  npm run keys -- add <name> <${ROLES.join('|')}> [--file <path>]
  npm run keys -- list [--file <path>]
  npm run keys -- remove <name> [--file <path>]`;

function keysFile(args: string[]): string {
  const at = args.indexOf('--file');
  if (at >= 0) {
    const file = args[at + 1];
    if (!file) throw new UsageError('--file needs a path');
    args.splice(at, 2);
    return path.resolve(file);
  }
  if (process.env.PARLEY_KEYS_FILE) return path.resolve(process.env.PARLEY_KEYS_FILE);
  return path.resolve(process.env.PARLEY_DATA_DIR ?? './data', 'keys.json');
}

function read(file: string): Entry[] {
  if (!fs.existsSync(file)) return [];
  const parsed: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
  if (!Array.isArray(parsed))
    throw new Error(`${file} is not a keys file: it must hold a JSON array of { name, role, keyHash }`);
  for (const entry of parsed as Entry[]) {
    if (
      typeof entry?.name !== 'string' ||
      !ROLES.includes(entry.role) ||
      !/^[0-9a-f]{64}$/.test(String(entry.keyHash))
    ) {
      throw new Error(`${file} has an entry that is not { name, role, keyHash (sha256 hex) }`);
    }
  }
  return parsed as Entry[];
}

function write(file: string, entries: readonly Entry[]): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temp, `${JSON.stringify(entries, null, 2)}\n`, { mode: 0o600 });
  fs.renameSync(temp, file);
}

function main(argv: string[]): void {
  const args = [...argv];
  const file = keysFile(args);
  const [command, ...rest] = args;
  switch (command) {
    case 'add': {
      const [name, role] = rest;
      if (!name || !role || rest.length > 2) throw new UsageError('add needs a name and a role');
      if (!/^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$/.test(name))
        throw new UsageError(
          `the name "${name}" must be 1–64 letters, digits, ".", "_", "@" or "-" (it is recorded as recordedBy)`,
        );
      if (!(ROLES as readonly string[]).includes(role))
        throw new UsageError(`the role must be one of ${ROLES.join(', ')}, not "${role}"`);
      const entries = read(file);
      if (entries.some((e) => e.name === name))
        throw new UsageError(`a key named "${name}" exists already in ${file}; remove it first to replace it`);
      // 256 random bits; the prefix makes a leaked key easy to recognise (and to grep for).
      const key = `pk_${randomBytes(32).toString('base64url')}`;
      write(file, [
        ...entries,
        { name, role: role as Role, keyHash: hashKey(key), createdAt: new Date().toISOString() },
      ]);
      process.stdout.write(
        `Created the ${role} key "${name}". It is shown this once — store it now:\n\n  ${key}\n\n` +
          `${file} holds only its sha256. A server reads it at start-up (restart a running one): on its own if it\n` +
          `is in the server's PARLEY_DATA_DIR, else name it with PARLEY_KEYS_FILE=${file}\n`,
      );
      return;
    }
    case 'list': {
      const entries = read(file);
      if (entries.length === 0) process.stdout.write(`no keys in ${file}\n`);
      for (const e of entries) process.stdout.write(`${e.name}\t${e.role}${e.createdAt ? `\t${e.createdAt}` : ''}\n`);
      return;
    }
    case 'remove': {
      const [name] = rest;
      if (!name || rest.length > 1) throw new UsageError('remove needs a name');
      const entries = read(file);
      if (!entries.some((e) => e.name === name)) throw new UsageError(`no key named "${name}" in ${file}`);
      write(
        file,
        entries.filter((e) => e.name !== name),
      );
      process.stdout.write(`Removed the key "${name}" from ${file}; restart the server for it to take effect.\n`);
      return;
    }
    default:
      throw new UsageError(command ? `unknown command "${command}"` : 'no command');
  }
}

try {
  main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n${error instanceof UsageError ? `${USAGE}\n` : ''}`);
  process.exit(error instanceof UsageError ? 2 : 1);
}
