/** How the CLI prints a source's link: only http(s) URLs, and nothing a terminal would run. */
import pc from 'picocolors';
import { ceasefireState, linkText, sourceLong } from './common';

const plain = pc.createColors(false);

describe('source links in the CLI', () => {
  it('given an http(s) URL, then it is printed', () => {
    expect(linkText(plain, 'https://www.dawn.com/news/1950026')).toBe('https://www.dawn.com/news/1950026');
    expect(sourceLong(plain, { title: 'A report', url: 'http://example.org/a' })).toContain('http://example.org/a');
  });

  it.each([
    ['javascript:alert(document.domain)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['ftp://example.org/x'],
  ])('given %s, then it is not printed, and the line says a link was left out', (url) => {
    const line = sourceLong(plain, { title: 'A report', url });
    expect(line).not.toContain(url);
    expect(line).toContain('link not shown');
  });

  it('given an http URL carrying a terminal escape sequence, then no control character is printed', () => {
    const text = linkText(plain, 'https://example.org/\u001b]8;;javascript:x\u0007click\u001b[0m');
    expect(text).not.toMatch(/[\u0000-\u001f\u007f]/);
    expect(text).toMatch(/^https:\/\/example\.org\//);
  });
});

describe('a ceasefire in words (status, list and watch lines)', () => {
  it('says a partial one is partial, and a ceasefire of all hostilities as before', () => {
    expect(ceasefireState(plain, 'in-force', 'partial')).toBe('partial, in force');
    expect(ceasefireState(plain, 'violated', 'partial')).toBe('partial, violated');
    expect(ceasefireState(plain, 'in-force', 'all-hostilities')).toBe('in force');
    expect(ceasefireState(plain, 'none', null)).toBe('none');
  });
});
