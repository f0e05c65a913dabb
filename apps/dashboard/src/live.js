/**
 * Live updates over Server-Sent Events: GET /negotiations/:id/stream pushes
 * `status`, `matrix` and `escalation` messages (the same JSON as the REST
 * views) on connect and whenever they change. Only while the page shows "now":
 * a replayed date is a fixed picture. If the stream cannot be opened (an older
 * server, a missing key) the page says so and refreshes every 30 s instead.
 * On the portfolio the page follows every negotiation: GET /stream/events
 * pushes each new event (`onEvent`), and the page fetches the list again.
 * Both streams send `deleted` (`onDeleted`: the 410 body and the message's
 * position) when an operator deleted a negotiation's stream in EventStoreDB
 * outside Parley; a negotiation's stream ends then, and is not reopened.
 */
import { eventsStreamUrl, streamUrl } from './api.js';

/** Following every negotiation (the portfolio) rather than one. */
const ALL = '*';

const POLL_MS = 30_000;
const RETRY_MS = 30_000;

export function createLive({ indicator, onView, onEvent, onDeleted, onPoll }) {
  let source = null;
  let negotiationId = null;
  let pollTimer = null;
  let retryTimer = null;

  function setState(state, text) {
    indicator.dataset.state = state;
    indicator.querySelector('.live-text').textContent = text;
    indicator.title = text;
  }

  function stopTimers() {
    clearInterval(pollTimer);
    clearTimeout(retryTimer);
    pollTimer = retryTimer = null;
  }

  function close() {
    if (source?.close) source.close();
    source = null;
    stopTimers();
  }

  /** Polls instead, and tries the stream again later. */
  function fallBack(id) {
    source = null;
    setState('polling', 'Live stream unavailable · refreshing every 30 s');
    pollTimer = setInterval(onPoll, POLL_MS);
    retryTimer = setTimeout(() => negotiationId === id && open(id), RETRY_MS * 4);
  }

  /**
   * `resumed`: this opening replaces a stream that was live and then refused (a restart voided its token, or the
   * token expired): when it opens, the page fetches what it may have missed meanwhile.
   */
  async function open(id, resumed = false) {
    close();
    negotiationId = id;
    setState('connecting', 'Connecting…');
    const attempt = {};
    source = attempt;
    let url;
    try {
      url = id === ALL ? await eventsStreamUrl() : await streamUrl(id);
    } catch {
      if (source === attempt) fallBack(id);
      return;
    }
    // Followed another negotiation, or paused, while the token was on its way.
    if (source !== attempt || negotiationId !== id) return;
    const es = new EventSource(url);
    source = es;
    let opened = false;
    es.onopen = () => {
      if (source !== es) return;
      setState('live', 'Live');
      // A first opening, or the browser's own reconnect (it resumes with Last-Event-ID): nothing was missed.
      if (resumed && !opened) onPoll?.();
      opened = true;
    };
    es.addEventListener('event', (e) => {
      if (source !== es) return;
      setState('live', 'Live');
      try {
        onEvent?.(JSON.parse(e.data));
      } catch {
        /* a malformed message is skipped: the next event fetches the whole list again */
      }
    });
    es.addEventListener('deleted', (e) => {
      if (source !== es) return;
      let body = null;
      try {
        body = JSON.parse(e.data);
      } catch {
        /* still deleted: the page reloads what it shows */
      }
      if (id !== ALL) {
        // The server ended the stream, and a new one would be refused (410): stay closed.
        close();
        setState('paused', 'Deleted outside Parley · not live');
      }
      const position = Number(e.lastEventId);
      onDeleted?.(body, Number.isSafeInteger(position) ? position : undefined);
    });
    for (const type of ['status', 'matrix', 'escalation']) {
      es.addEventListener(type, (e) => {
        if (source !== es) return;
        setState('live', 'Live');
        try {
          onView(type, JSON.parse(e.data));
        } catch {
          /* a malformed message is skipped; the next one carries the whole view again */
        }
      });
    }
    es.onerror = () => {
      if (source !== es) return;
      if (es.readyState === EventSource.CLOSED) {
        // Refused. A stream that was live, then refused on its reconnect, lost its token (a restart voids every token,
        // and one expires after ten minutes): ask for a new one at once. One refused from the start (404, 401, not an
        // event stream) would be refused again: poll, and try again later.
        if (opened) open(id, true);
        else fallBack(id);
      } else {
        setState('connecting', 'Reconnecting…');
      }
    };
  }

  return {
    /** Follow a negotiation live. */
    follow(id) {
      if (source && negotiationId === id) return;
      open(id);
    },
    /** Follow every negotiation's new events (the portfolio). */
    followAll() {
      if (source && negotiationId === ALL) return;
      open(ALL);
    },
    /** Stop following: replaying a past date. */
    pause(text = 'Paused') {
      close();
      negotiationId = null;
      setState('paused', text);
    },
    reconnect() {
      if (negotiationId) open(negotiationId);
    },
  };
}
