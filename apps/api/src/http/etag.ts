import { hash } from 'node:crypto';

/** A strong ETag of a body (its text, or its UTF-8 bytes: the same tag): its SHA-1, base64url, quoted. */
export function etagOf(body: string | Buffer): string {
  return `"${hash('sha1', body, 'base64url')}"`;
}

/** True when `If-None-Match` lists `etag` (or `*`), compared weakly as RFC 9110 asks for GET. */
export function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  const bare = etag.replace(/^W\//, '');
  return header.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t.replace(/^W\//, '') === bare;
  });
}
