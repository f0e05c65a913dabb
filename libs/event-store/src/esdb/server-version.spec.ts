import { parseServerVersion, unsupportedServerVersion } from './server-version';

describe('server version check', () => {
  it.each(['23.10.0', '23.10.5.0', '24.2.0', '24.10.1', '25.0.0', '26.1.0'])('accepts %s', (version) => {
    expect(unsupportedServerVersion(version)).toBeUndefined();
  });

  it.each(['20.10.5', '21.10.9', '22.10.3', '23.6.0', '23.2.1'])('refuses %s, naming what it needs', (version) => {
    expect(unsupportedServerVersion(version)).toBe(
      `EventStoreDB ${version} is too old: Parley needs EventStoreDB 23.10 or later, or any KurrentDB (older servers never report a subscription as caught up, and the views would wait for ever)`,
    );
  });

  it.each(['unknown', '', 'v23', '23'])('refuses a version it cannot read (%j)', (version) => {
    expect(unsupportedServerVersion(version)).toMatch(/does not report a version .*23\.10 or later/);
  });

  it('reads major and minor, whatever follows', () => {
    expect(parseServerVersion('23.10.0-rc.1')).toEqual({ major: 23, minor: 10 });
    expect(parseServerVersion('24.10.0.1234')).toEqual({ major: 24, minor: 10 });
  });
});
