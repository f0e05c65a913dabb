import { createHash, hash, timingSafeEqual } from 'node:crypto';
import * as fs from 'node:fs';
import { ConfigError } from '../config/config';

/** Keys shorter than this are refused: a short key can be guessed (`npm run keys` makes 46-character ones). */
export const MIN_KEY_LENGTH = 32;

export const ROLES = ['viewer', 'analyst', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Higher roles include the lower ones: an admin may do what an analyst may. */
const RANK: Record<Role, number> = { viewer: 0, analyst: 1, admin: 2 };
export function roleAllows(held: Role, required: Role): boolean {
  return RANK[held] >= RANK[required];
}

export interface Principal {
  /** Who, for `recordedBy`. */
  readonly name: string;
  readonly role: Role;
  /** True in local mode (no keys configured). */
  readonly local: boolean;
}

interface KeyEntry {
  readonly name: string;
  readonly role: Role;
  /** sha256 of the key. Plaintext keys are never kept. */
  readonly keyHash: Buffer;
}

/** The principal of local mode: every request acts as it. */
const LOCAL: Principal = Object.freeze({ name: 'local', role: 'admin', local: true });

export function hashKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

function parseRole(value: unknown, where: string): Role {
  if (typeof value === 'string' && (ROLES as readonly string[]).includes(value)) return value as Role;
  throw new ConfigError(where, `role must be one of ${ROLES.join(', ')}, got "${String(value)}"`);
}

/**
 * The API keys the service accepts. Keys come from `PARLEY_API_KEYS`
 * (`name:role:key,…`, hashed as soon as they are read) and/or a keys file
 * holding only sha256 hashes. With none configured the service runs in local
 * mode: every request acts as the local user with the admin role.
 */
export class ApiKeyRegistry {
  /** Each entry with the principal it stands for, made once. */
  private readonly principals: readonly (readonly [Buffer, Principal])[];

  private constructor(private readonly entries: readonly KeyEntry[]) {
    this.principals = entries.map((e) => [e.keyHash, Object.freeze({ name: e.name, role: e.role, local: false })]);
  }

  static fromConfig(apiKeys: string | undefined, keysFile: string | undefined): ApiKeyRegistry {
    const entries: KeyEntry[] = [];
    for (const item of (apiKeys ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)) {
      const [name, role, ...rest] = item.split(':');
      const key = rest.join(':');
      if (!name || !role || !key)
        throw new ConfigError('PARLEY_API_KEYS', `entry "${name ?? ''}:…" must be name:role:key`);
      if (key.length < MIN_KEY_LENGTH) {
        throw new ConfigError(
          'PARLEY_API_KEYS',
          `the key of "${name}" must be at least ${MIN_KEY_LENGTH} characters (it has ${key.length}); \`npm run keys -- add\` makes one`,
        );
      }
      entries.push({ name, role: parseRole(role, 'PARLEY_API_KEYS'), keyHash: Buffer.from(hashKey(key), 'hex') });
    }
    if (keysFile) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(fs.readFileSync(keysFile, 'utf8'));
      } catch (e) {
        throw new ConfigError('PARLEY_KEYS_FILE', `cannot read ${keysFile}: ${(e as Error).message}`);
      }
      if (!Array.isArray(parsed))
        throw new ConfigError('PARLEY_KEYS_FILE', 'must hold a JSON array of { name, role, keyHash }');
      for (const raw of parsed as Array<Record<string, unknown>>) {
        const hash = raw?.keyHash;
        if (typeof raw?.name !== 'string' || typeof hash !== 'string' || !/^[0-9a-f]{64}$/.test(hash)) {
          throw new ConfigError('PARLEY_KEYS_FILE', 'each entry needs a name and a keyHash (sha256 hex)');
        }
        entries.push({
          name: raw.name,
          role: parseRole(raw.role, 'PARLEY_KEYS_FILE'),
          keyHash: Buffer.from(hash, 'hex'),
        });
      }
    }
    return new ApiKeyRegistry(entries);
  }

  get localMode(): boolean {
    return this.entries.length === 0;
  }

  /** The principal a presented key stands for, or undefined. Compares hashes in constant time. */
  authenticate(key: string | undefined): Principal | undefined {
    if (this.localMode) return LOCAL;
    if (!key) return undefined;
    const presented = hash('sha256', key, 'buffer');
    return this.principals.find(([keyHash]) => timingSafeEqual(keyHash, presented))?.[1];
  }
}
