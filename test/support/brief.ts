/** Reading a briefing's citations (GET /negotiations/:id/brief, `parley brief`). */

/** The numbers cited in the text before the Sources section, and the numbers the Sources section lists (with a grade). */
export function citations(markdown: string): { cited: Set<number>; listed: number[] } {
  const [body = '', sources = ''] = markdown.split('\n## Sources\n');
  const cited = new Set<number>();
  for (const m of body.matchAll(/ \[(\d+(?:, \d+)*)\]/g)) for (const n of m[1]!.split(', ')) cited.add(Number(n));
  const listed = [...sources.matchAll(/^(\d+)\. \*\*[A-F?][1-6?]\*\* · /gm)].map((m) => Number(m[1]));
  return { cited, listed };
}
