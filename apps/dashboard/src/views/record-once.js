/**
 * Recording once, and knowingly, from the record form (not the catalogue's
 * business: that is record-form.js). Each filling of the form sends one
 * `Idempotency-Key`, so a Record whose answer was lost, chosen again, stores
 * nothing new; a correction or retraction sends `If-Match` with the
 * negotiation's revision when the form opened, so a colleague's development
 * recorded meanwhile is named before this one goes on top of it.
 */
import { api } from '../api.js';
import { formatOccurred, typeLabel } from '../format.js';

/**
 * A key for one filling of the form. (`crypto.randomUUID` needs a secure context, which a page served over plain
 * http from another machine is not; `getRandomValues` works everywhere.)
 */
const attemptKey = () => `form-${Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('')}`;

const eventsOf = (negotiationId, params) => api(`/negotiations/${encodeURIComponent(negotiationId)}/events`, { params });

/** The stream revision now (the raw log's first page names it); undefined when it cannot be read. */
const revisionNow = (negotiationId) => eventsOf(negotiationId, { limit: 1 }).then((page) => page.revision, () => undefined);

/**
 * The headers of a Record: the key always; `If-Match` for a development that changes another (the catalogue's
 * corrections group) when the revision it was decided on is known — a new development goes on top of a colleague's
 * without overwriting anything.
 */
const writeHeaders = (key, entry, seen) => ({
  'Idempotency-Key': key,
  ...(entry?.group === 'corrections' && seen !== undefined ? { 'If-Match': `"${seen}"` } : {}),
});

/** What the analyst reads after a 412: what colleagues recorded after revision `since` (a few; the views show all). */
async function recordedMeanwhile(negotiationId, since, now) {
  const count = now - since;
  const { events } = await eventsOf(negotiationId, { fromRevision: since + 1, limit: 5 }).catch(() => ({ events: [] }));
  const what = events.map((e) => `${typeLabel(e.type)} of ${formatOccurred(e.occurredAt, e.precision)}${e.recordedBy ? ` (by ${e.recordedBy})` : ''}`);
  return `Not recorded yet: ${count === 1 ? 'a development was' : `${count} developments were`} recorded in this negotiation since you opened this form${what.length ? ` — ${what.join('; ')}${count > what.length ? '; …' : ''}` : ''}. The views behind this form show ${count === 1 ? 'it' : 'them'}. If yours still holds, choose Record again.`;
}

/**
 * One filling of the form: `open` takes its key and the revision it opens at, `post` records with them, `problem`
 * words a refusal that names no field (a colleague's write, a lost answer, an earlier Record stored, a key).
 */
export function recordOnce() {
  let key;
  let seen;
  return {
    async open(negotiationId) {
      key = attemptKey();
      seen = await revisionNow(negotiationId);
    },
    post: (negotiationId, body, entry) =>
      api(`/negotiations/${encodeURIComponent(negotiationId)}/events`, { method: 'POST', body, headers: writeHeaders(key, entry, seen) }),
    async problem(negotiationId, error) {
      if (error.code === 'revision-mismatch') {
        // A colleague recorded something since the form opened: name it; a second Record, made knowingly, goes on top.
        const since = seen;
        seen = error.details.currentRevision;
        return recordedMeanwhile(negotiationId, since, seen);
      }
      // The request may have reached the server and been stored: only its answer is missing. The same key makes a second Record safe.
      if (error.status === 0) return 'The server did not answer, so this page cannot tell whether it was recorded. Choose Record again: it is recorded once either way.';
      if (error.code === 'event-id-conflict') return 'An earlier Record of this form was stored, as the form stood then (its answer was lost): see the timeline. To change it, record a correction.';
      if (error.status === 401 || error.status === 403) return `Not recorded: ${error.message}. Set an API key with the analyst role (the “API key” button at the top).`;
      return `Not recorded: ${error.message}`;
    },
  };
}
