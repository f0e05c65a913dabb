/**
 * The briefing: one Markdown document of a negotiation for the period
 * `from` → `to` — its status at `to`, what changed in the period, the
 * escalation level at `to` with why it holds and its drivers, the
 * demand-acceptance matrix (a table with names), and the sources cited.
 *
 * A pure function of the views (`GET /negotiations/:id/brief` and
 * `parley brief` both print it). Every claim cites the sources behind it by
 * number ("[2, 5]"); the numbers run in the order the brief first cites a
 * source, each report once (`sourceKey`), and the list at the end gives each
 * one's grade, outlet, date, title and URL. The timeline (at `to`) supplies
 * the sources of the events the other views name by id. A judgement resting
 * on thin evidence says so (`thinEvidence`).
 */
import { isHttpUrl, type Source } from '@parley/domain';
import type { ChangesView } from './changes-view';
import type { EscalationView } from './escalation-view';
import type { MatrixCell, MatrixView } from './matrix-view';
import type { StatusView } from './status-view';
import { sourceKey, type ThinEvidence } from './thin-evidence';
import type { TimelineItem, TimelineView } from './timeline-view';

export interface BriefViews {
  /** At `to`. */
  readonly status: StatusView;
  /** `from` → `to`. */
  readonly changes: ChangesView;
  /** At `to`. */
  readonly escalation: EscalationView;
  /** At `to`. */
  readonly matrix: MatrixView;
  /** At `to`: the sources of every event the other views name. */
  readonly timeline: TimelineView;
}

const STANCE_TEXT: Readonly<Record<string, string>> = {
  accepted: '✔ accepted',
  'accepted-in-principle': '◐ accepted in principle',
  conditional: '◑ conditional',
  ambiguous: '? ambiguous',
  'counter-proposed': '⇄ counter-proposed',
  rejected: '✘ rejected',
  proposer: '★ proposer',
  'no-position': '· no position',
};

/** The numbered list of sources, in the order first cited. */
class Citations {
  private readonly numbers = new Map<string, number>();
  readonly sources: Source[] = [];

  /** ` [1, 4]` for these sources (numbering new ones), or '' when there are none. */
  cite(sources: readonly Source[]): string {
    const cited = new Set<number>();
    for (const s of sources) {
      const key = sourceKey(s);
      let n = this.numbers.get(key);
      if (n === undefined) {
        this.sources.push(s);
        n = this.sources.length;
        this.numbers.set(key, n);
      }
      cited.add(n);
    }
    return cited.size === 0 ? '' : ` [${[...cited].sort((a, b) => a - b).join(', ')}]`;
  }
}

/** Text as Markdown shows it literally (no emphasis, links or HTML of its own), on one line. */
export function markdownText(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/([\\`*_[\]<>|#])/g, '\\$1');
}

/** A day's first or last instant as the day itself (as a date reads in a query: README "Dates in queries"). */
function day(iso: string): string {
  return /T(00:00:00\.000|23:59:59\.999)Z$/.test(iso) ? iso.slice(0, 10) : iso.replace('.000Z', 'Z');
}

function thin(t: ThinEvidence | null | undefined): string {
  return t ? ` *(thin evidence: ${t.text})*` : '';
}

function signed(n: number): string {
  const s = Math.abs(n).toFixed(1);
  return Number(s) === 0 ? s : n > 0 ? `+${s}` : `−${s}`;
}

/** The briefing as Markdown (see the module comment). */
export function briefMarkdown(views: BriefViews): string {
  const { status, changes, escalation, matrix, timeline } = views;
  const cites = new Citations();
  const byId = new Map(timeline.items.map((i) => [i.eventId, i]));
  const items = (ids: readonly (string | null | undefined)[]) =>
    ids.map((id) => (id ? byId.get(id) : undefined)).filter((i): i is TimelineItem => i !== undefined);
  const citeEvents = (ids: readonly (string | null | undefined)[]) => cites.cite(items(ids).flatMap((i) => i.sources));
  /** The sources of every event whose data names this id under this key (a round, a ceasefire, an ultimatum). */
  const citeAbout = (key: string, id: string | null) =>
    id === null
      ? ''
      : cites.cite(
          timeline.items
            .filter((i) => (i.data as unknown as Record<string, unknown>)[key] === id)
            .flatMap((i) => i.sources),
        );
  const names = new Map<string, string>();
  for (const a of [...status.parties, ...status.mediators, ...status.otherActors]) names.set(a.id, a.name);
  for (const c of matrix.columns) if (!names.has(c.actorId)) names.set(c.actorId, c.name);
  const name = (id: string | null) => (id === null ? '—' : markdownText(names.get(id) ?? id));
  const lines: string[] = [];
  const out = (line = '') => lines.push(line);

  out(`# Briefing: ${markdownText(status.title ?? status.negotiationId)}`);
  out();
  out(
    `*${status.negotiationId} · ${day(changes.since)} → ${day(changes.until)}${changes.knownAt ? ` · as known at ${day(changes.knownAt)}` : ''} · escalation model ${escalation.modelVersion}*`,
  );
  if (status.subject) {
    out();
    out(markdownText(status.subject));
  }

  // Status at `to`.
  out();
  out(`## Status at ${day(status.at)}`);
  out();
  const last = status.rounds.last;
  out(
    `- **Phase:** ${status.phase}${last ? ` — last round: ${markdownText(last.label ?? last.roundId)}${last.venue ? `, ${markdownText(last.venue)}` : ''}${last.outcome ? `, ${last.outcome}` : last.inSession ? ', in session' : ''}${citeAbout('roundId', last.roundId)}` : ''}`,
  );
  out(`- **Rounds held:** ${status.rounds.held}`);
  if (status.rounds.next)
    out(
      `- **Next round:** ${markdownText(status.rounds.next.label ?? status.rounds.next.roundId)}${status.rounds.next.plannedFor ? `, planned for ${status.rounds.next.plannedFor}` : ''}${citeAbout('roundId', status.rounds.next.roundId)}`,
    );
  out(`- **Parties:** ${status.parties.map((a) => markdownText(a.name)).join(', ') || 'none'}`);
  if (status.mediators.length) out(`- **Mediators:** ${status.mediators.map((a) => markdownText(a.name)).join(', ')}`);
  const cf = status.ceasefire;
  out(
    `- **Ceasefire:** ${cf.state === 'none' ? 'none' : `${cf.coverage === 'partial' ? `partial${cf.scope ? ` (${markdownText(cf.scope)})` : ''}, ` : ''}${cf.state}${cf.declaredAt ? `, declared ${cf.declaredAt}` : ''}${cf.extensions ? `, extended ${cf.extensions}×` : ''}${cf.until ? `, until ${cf.until}` : ''}${cf.violations ? `, ${cf.violations} violation(s) reported` : ''}${citeAbout('ceasefireId', cf.ceasefireId)}`}`,
  );
  if (status.ultimatums.length === 0) out('- **Active ultimatums:** none');
  for (const u of status.ultimatums)
    out(
      `- **Active ultimatum:** ${name(u.by)} → ${u.to.map(name).join(', ')}, issued ${u.issuedAt}, ${u.deadline ? `deadline ${u.deadline} (${u.deadlineStatus})` : 'no deadline'}: ${markdownText(u.consequences)}${citeAbout('ultimatumId', u.ultimatumId)}`,
    );
  if (status.latestAgreement) {
    const a = status.latestAgreement;
    const parties = a.signatories.map(name).join(', ');
    // Where it stands, when a status was recorded (its text initialled, suspended by a party, …).
    const now = status.agreements.find((x) => x.agreementId === a.agreementId);
    const stands =
      now?.status == null
        ? `signed by ${parties}`
        : `between ${parties}; ${now.statusText}${now.by === null ? '' : ` by ${name(now.by)}`} since ${now.since}${now.implemented ? '' : ', not being implemented'}`;
    out(`- **Latest agreement:** ${a.kind} on ${a.occurredAt}, ${stands}${citeAbout('agreementId', a.agreementId)}`);
  }
  const d = status.demands;
  out(
    `- **Demands:** ${d.total} tabled${d.withdrawn ? `, ${d.withdrawn} withdrawn` : ''}; open: ${(['agreed', 'partial', 'contested', 'pending'] as const).map((k) => `${d.byConsensus[k]} ${k}`).join(', ')}`,
  );
  if (status.latestDevelopment)
    out(
      `- **Latest development:** ${status.latestDevelopment.occurredAt} — ${markdownText(status.latestDevelopment.summary)}${citeEvents([status.latestDevelopment.eventId])}`,
    );

  // What changed.
  out();
  out(`## What changed, ${day(changes.since)} → ${day(changes.until)}`);
  out();
  const ch = changes;
  out(`- **Phase:** ${ch.phase.changed ? `${ch.phase.from} → ${ch.phase.to}` : `${ch.phase.to} (unchanged)`}`);
  out(
    `- **Escalation:** level ${ch.escalation.from.level} ${ch.escalation.from.levelName} (index ${ch.escalation.from.index.toFixed(1)}) → level ${ch.escalation.to.level} ${ch.escalation.to.levelName} (index ${ch.escalation.to.index.toFixed(1)}), ${signed(ch.escalation.delta)}`,
  );
  // In the changes view's words: a ceasefire that gave way to another is said so, never "in-force → in-force".
  out(
    `- **Ceasefire:** ${ch.ceasefire.summary === null ? `${ch.ceasefire.to} (unchanged)` : `${markdownText(ch.ceasefire.summary)}${citeAbout('ceasefireId', ch.ceasefire.ceasefireId)}`}`,
  );
  for (const u of ch.ultimatums.issued)
    out(
      `- **Ultimatum issued** by ${markdownText(u.byName)} to ${u.toNames.map(markdownText).join(', ')} on ${u.occurredAt}${u.deadline ? `, deadline ${u.deadline}` : ''}${citeAbout('ultimatumId', u.ultimatumId)}`,
    );
  for (const u of ch.ultimatums.resolved)
    out(
      `- **Ultimatum ${u.resolution}**${u.byName ? ` (${markdownText(u.byName)})` : ''} on ${u.occurredAt}${citeAbout('ultimatumId', u.ultimatumId)}`,
    );
  for (const t of ch.demands.tabled)
    out(
      `- **Demand tabled** by ${name(t.by)} on ${t.occurredAt}: “${markdownText(t.text)}”${citeAbout('demandId', t.demandId)}`,
    );
  for (const w of ch.demands.withdrawn)
    out(`- **Demand withdrawn** on ${w.occurredAt}: “${markdownText(w.text)}”${citeAbout('demandId', w.demandId)}`);
  for (const s of ch.stanceChanges)
    out(
      `- **Stance:** ${markdownText(s.actorName)}, ${s.from} → **${s.to}**${s.occurredAt ? ` (${s.occurredAt})` : ''} on “${markdownText(s.demand)}”${citeEvents([s.eventId])}`,
    );
  out();
  out(`### Developments (${ch.developments.length})`);
  out();
  if (ch.developments.length === 0) out('None recorded in the period.');
  for (const dev of ch.developments)
    out(`- ${dev.occurredAt} · ${dev.type} — ${markdownText(dev.summary)}${citeEvents([dev.eventId])}`);

  // Escalation at `to`.
  const e = escalation;
  out();
  out(`## Escalation at ${day(e.at)}: level ${e.level} — ${e.levelName}`);
  out();
  out(
    `Index ${e.index.toFixed(1)} / 100, ${e.trend.direction} (${signed(e.trend.delta)} over ${e.trend.windowDays} days)${e.pair ? `, between ${e.pair.names.map(markdownText).join(' and ')}` : ''}.`,
  );
  if (e.quiet)
    out(
      e.quiet.since
        ? `Nothing was recorded in the last ${e.quiet.days} days: the level rests on the conditions still in force.`
        : 'Nothing was recorded yet.',
    );
  if (e.reasons.length) {
    out();
    out('**Why the level holds**');
    out();
    for (const r of e.reasons) out(`- ${markdownText(r.text)}${citeEvents(r.eventIds)}${thin(r.thinEvidence)}`);
  }
  if (e.drivers.length) {
    out();
    out('**Drivers** (largest contribution first; negative pushes towards conflict)');
    out();
    for (const dr of e.drivers)
      out(
        `- ${dr.occurredAt} · ${dr.type} · CAMEO ${dr.code}${dr.codeName ? ` ${markdownText(dr.codeName)}` : ''} — ${markdownText(dr.summary)} (contribution ${dr.contribution.toFixed(2)})${cites.cite(dr.sources)}${thin(dr.thinEvidence)}`,
      );
  }

  // The matrix at `to`.
  out();
  out('## Demand-acceptance matrix');
  out();
  if (matrix.rows.length === 0) out('No demands tabled.');
  else {
    const cell = (c: MatrixCell) =>
      c.value === 'no-position'
        ? STANCE_TEXT['no-position']
        : `${STANCE_TEXT[c.value] ?? c.value}${c.occurredAt ? ` ${c.occurredAt}` : ''}${cites.cite(c.sources)}${c.thinEvidence ? ' △' : ''}`;
    out(`| Demand | ${matrix.columns.map((c) => markdownText(c.name)).join(' | ')} | Consensus |`);
    out(`| --- | ${matrix.columns.map(() => '---').join(' | ')} | --- |`);
    for (const row of matrix.rows)
      out(
        `| ${markdownText(row.text)}${row.state === 'withdrawn' ? ' *(withdrawn)*' : ''} | ${row.cells.map(cell).join(' | ')} | ${row.consensus} |`,
      );
    out();
    out(
      '△ thin evidence: the stance rests on one source only, or only on sources graded below C3. ' +
        'Consensus is over the addressees: agreed (all accepted), contested (any rejected), partial (some accepted), pending.',
    );
  }

  // The sources, as numbered.
  out();
  out('## Sources');
  out();
  if (cites.sources.length === 0) out('None cited.');
  cites.sources.forEach((s, i) => {
    const grade = `${s.reliability ?? '?'}${s.credibility ?? '?'}`;
    const link =
      s.url === undefined
        ? ''
        : isHttpUrl(s.url)
          ? ` — <${new URL(s.url).href}>`
          : ' — (link not shown: not an http(s) URL)';
    out(
      `${i + 1}. **${grade}** · ${markdownText(s.publisher ?? 'unknown outlet')} · ${s.publishedAt ?? 'undated'} · “${markdownText(s.title)}”${link}`,
    );
  });
  out();
  out(
    '*Grades (Admiralty): source reliability A (completely reliable) to F (cannot be judged), information credibility 1 (confirmed) to 6 (cannot be judged).*',
  );
  return `${lines.join('\n')}\n`;
}
