/**
 * What the domain itself refuses since issue #19, whatever path a write takes
 * (an HTTP request, an import line, a correction): data fields named like the
 * machinery of objects, new links that are not http(s), and dates before the
 * earliest Parley records. Reading back stays tolerant of what was stored.
 */
import { fromStoredEvent, toStoredEvent } from './codec';
import { EARLIEST_OCCURRED_AT } from './time';
import { eventDataProblems, isHttpUrl, sourceProblems } from './shape';
import { development, eventId, given, history, openCommand, record, samples, sources } from './testing';

describe('trust boundaries in the domain', () => {
  it.each([['toString'], ['hasOwnProperty'], ['constructor'], ['__proto__'], ['valueOf']])(
    'refuses a data field %s (an own field, not one every object inherits)',
    (key) => {
      const data = JSON.parse(
        `{"${key}":"x","tone":"neutral","summary":"Said.","speaker":{"name":"A","actorId":"pakistan"}}`,
      ) as unknown;
      expect(eventDataProblems('StatementMade', data)).toEqual([`data.${key} is not a known field`]);
    },
  );

  it.each([
    ['javascript:alert(document.domain)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['ftp://example.org/a'],
    ['//example.org/a'],
    ['https://'],
  ])('refuses a new source linking to %s, naming the field', (url) => {
    expect(isHttpUrl(url)).toBe(false);
    expect(sourceProblems({ title: 'A source', url }, 'sources[0]')).toEqual([
      'sources[0].url must be an http(s) URL with its scheme, e.g. https://www.dawn.com/news/1950026',
    ]);
  });

  it('accepts http and https links', () => {
    for (const url of ['https://www.dawn.com/news/1950026', 'http://example.org/a?b=c#d', 'HTTPS://EXAMPLE.ORG'])
      expect(isHttpUrl(url)).toBe(true);
  });

  it('accepts exactly the http(s) links the URL parser reads, whatever their host, port, user or path', () => {
    const parsed = (url: string) => {
      if (!/^https?:\/\/[^\s/?#]/i.test(url)) return false;
      try {
        return ['http:', 'https:'].includes(new URL(url).protocol);
      } catch {
        return false;
      }
    };
    // Hosts and what follows them built from pieces the parser treats specially: numbers (IPv4), punycode, ports, users.
    const pieces = [
      'a',
      'Z',
      '0',
      '9',
      '-',
      '.',
      '..',
      'xn--',
      'XN--a',
      'xn--ls8h',
      '0x',
      '0x1f',
      '1',
      '255',
      '256',
      '4294967296',
      ':',
      ':80',
      ':99999',
      '@',
      '/',
      '?',
      '#',
      '%',
      '%41',
      ' ',
      '\\',
      '[',
      ']',
      '[::1]',
      'ü',
      'ß',
      '\t',
      '\n',
      '\u00ad',
      '\u200b',
      '_',
      '~',
      '!',
      '$',
      '&',
      "'",
      '*',
      '+',
      ',',
      ';',
      '=',
      'com',
      'localhost',
      'a-',
      '--',
    ];
    let seed = 16;
    const pick = () => pieces[(seed = (seed * 1103515245 + 12345) % 2147483648) % pieces.length]!;
    const urls = [
      'https://www.dawn.com/news/1950026',
      'http://1.2.3.4/a',
      'http://a.1',
      'http://a.b1',
      'https://a.com.',
    ];
    for (let i = 0; i < 20_000; i++) {
      let url = i % 2 === 0 ? 'https://' : 'HTTP://';
      for (let k = 1 + (i % 7); k > 0; k--) url += pick();
      urls.push(url);
    }
    const differ = urls.filter((url) => isHttpUrl(url) !== parsed(url));
    expect(differ).toEqual([]);
    expect(urls.filter((url) => isHttpUrl(url)).length).toBeGreaterThan(1_000);
  });

  it('still reads back a stored event whose link is not http(s)', () => {
    const stored = toStoredEvent({ ...samples.StatementMade, sources: [{ title: 'Old', url: 'javascript:alert(1)' }] });
    expect(fromStoredEvent(stored).sources[0]!.url).toBe('javascript:alert(1)');
  });

  it(`refuses an opening or a development dated before ${EARLIEST_OCCURRED_AT}, naming the date and the bound`, () => {
    given()
      .when({ ...openCommand, occurredAt: '1899-12-31' })
      .thenThrows('occurred-too-early', 'rule', ['1899-12-31', EARLIEST_OCCURRED_AT, eventId('opened')]);
    const early = development('StatementMade', samples.StatementMade.data, {
      label: 'early',
      occurredAt: '0000-01-01',
    });
    given(history).when(record(early)).thenThrows('occurred-too-early', 'rule', ['0000-01-01', EARLIEST_OCCURRED_AT]);
    // The bound itself is a date Parley records.
    expect(
      given()
        .when({ ...openCommand, occurredAt: EARLIEST_OCCURRED_AT })
        .run(),
    ).toHaveLength(1);
  });

  it('refuses a source link that is not http(s) in a new development', () => {
    const d = development('StatementMade', samples.StatementMade.data, {
      label: 'bad-link',
      sources: [{ ...sources.dawn, url: 'javascript:alert(1)' }],
    });
    given(history).when(record(d)).thenThrows('invalid-source', 'rule');
  });
});
