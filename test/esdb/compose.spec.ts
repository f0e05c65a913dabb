/**
 * docker-compose.yml runs insecure database nodes and, by default, APIs in
 * local mode (no keys): what it publishes, and where, is checked here, with
 * the API's own refusal to run keyless on a non-loopback address.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { assertNotOpenByAccident, ConfigError, loadConfig } from '../../apps/api/src/config/config';

const compose = fs.readFileSync(path.join(__dirname, '..', '..', 'docker-compose.yml'), 'utf8');

/** `${NAME:-default}` → default, as compose does when NAME is unset. */
function withDefaults(text: string): string {
  return text.replace(/\$\{[A-Z_]+:-([^}]*)\}/g, '$1');
}

describe('docker-compose.yml', () => {
  it('publishes every port on 127.0.0.1 unless told otherwise', () => {
    const published = [...compose.matchAll(/^\s+- "([^"]+:\d+:\d+)"$/gm)].map((m) => withDefaults(m[1] as string));
    expect(published).toHaveLength(5);
    for (const port of published) expect(port).toMatch(/^127\.0\.0\.1:\d+:\d+$/);
  });

  it('never publishes the insecure database nodes on another address', () => {
    const nodePorts = [...compose.matchAll(/^\s+- "(.*:\d+:2113)"$/gm)].map((m) => m[1]);
    expect(nodePorts).toEqual(['127.0.0.1:2113:2113', '127.0.0.1:2114:2113', '127.0.0.1:2115:2113']);
  });

  it('tells the API where it is published, from the same variable as its ports', () => {
    expect(compose).toContain('PARLEY_PUBLISHED_ADDRESS: ${PARLEY_PUBLISH_ADDRESS:-127.0.0.1}');
    expect(compose).toContain('- "${PARLEY_PUBLISH_ADDRESS:-127.0.0.1}:3001:3000"');
    expect(compose).toContain('- "${PARLEY_PUBLISH_ADDRESS:-127.0.0.1}:3002:3000"');
  });

  it('pins a KurrentDB release that exists (26.1.0)', () => {
    expect(compose).toContain('docker.kurrent.io/kurrent-latest/kurrentdb:26.1.0}');
  });
});

describe('the API published by compose', () => {
  // As compose runs it: listening on 0.0.0.0 inside its container, local mode allowed there.
  const env = {
    PARLEY_DATA_DIR: '/tmp/parley-compose-check',
    PARLEY_LOG_LEVEL: 'silent',
    HOST: '0.0.0.0',
    PARLEY_ALLOW_LOCAL_MODE: 'network',
  };

  it.each(['0.0.0.0', '192.168.1.20', '::'])('refuses to run without keys when published on %s', (address) => {
    const config = loadConfig({ ...env, PARLEY_PUBLISHED_ADDRESS: address });
    expect(() => assertNotOpenByAccident(config, true)).toThrow(ConfigError);
    expect(() => assertNotOpenByAccident(config, true)).toThrow(
      `configuration PARLEY_API_KEYS: is required when the API is published on ${address} (PARLEY_PUBLISHED_ADDRESS)`,
    );
  });

  it('runs with keys anywhere, and without keys when published on loopback', () => {
    expect(() =>
      assertNotOpenByAccident(loadConfig({ ...env, PARLEY_PUBLISHED_ADDRESS: '0.0.0.0' }), false),
    ).not.toThrow();
    for (const address of ['127.0.0.1', 'localhost'])
      expect(() =>
        assertNotOpenByAccident(loadConfig({ ...env, PARLEY_PUBLISHED_ADDRESS: address }), true),
      ).not.toThrow();
  });
});
