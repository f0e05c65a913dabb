/**
 * A subscriber that stops reading must cost the writers and the other
 * subscribers nothing: its queue is bounded, and once past the bound it is
 * told where to resume (`overflow`) and disconnected.
 */
import { startTestApp, type TestApp } from '../support/app';
import {
  exportedLog,
  liveEnv,
  metric,
  openNegotiation,
  RawStream,
  recordBatch,
  SseRecorder,
  statement,
} from './support/live';

/** ~12 kB per development (three 3,900-character texts), 60 per batch: ~0.7 MB per write. */
const BIG = 3900;
const PER_BATCH = 60;

describe('a stalled subscriber', () => {
  let t: TestApp;
  beforeAll(async () => {
    liveEnv({ PARLEY_LIVE_MAX_BUFFER_BYTES: String(64 * 1024), PARLEY_LIVE_OVERFLOW_GRACE_MS: '30000' });
    t = await startTestApp();
    await openNegotiation(t, 'slow-reader');
  });
  afterAll(() => t.cleanup());

  it('is cut off with an overflow message naming its resume point, while writers and other subscribers carry on', async () => {
    const stalled = new RawStream(t.url, '/stream/events');
    const healthy = new SseRecorder(`${t.url}/stream/events`);
    try {
      await stalled.until(() => stalled.body().includes('event: ready'), 'ready on the raw stream');
      await healthy.until((c) => c.of('ready').length === 1, 'ready');
      const start = Number(healthy.of('ready')[0]!.id);
      stalled.pause();

      // Write until the server has cut the stalled client off: the kernel's socket buffers take a few MB before
      // the server's own queue grows, so the volume needed depends on the machine. Every write must succeed.
      let batches = 0;
      let head = start;
      while ((await metric(t, /^parley_sse_overflows_total\{stream="events"\}/)) < 1) {
        if (++batches > 40) throw new Error('no overflow after 40 batches (~28 MB)');
        const events = Array.from({ length: PER_BATCH }, (_, i) => statement(batches * 1000 + i, BIG));
        // A stuck reader must not hold a write up: one that hung would fail on the test's timeout.
        head = (await recordBatch(t, 'slow-reader', events)).position;
      }

      // The healthy subscriber got everything, in order.
      await healthy.reach(head, 20_000);
      const log = (await exportedLog(t)).map((e) => e.position).filter((p) => p > start);
      expect(healthy.positions()).toEqual(log);

      // The stalled one, once it reads again, finds a gapless prefix of the log, then the overflow notice, then the end.
      stalled.resume();
      await stalled.until(() => stalled.ended, 'the end of the stalled stream', 20_000);
      const messages = stalled.messages();
      const events = messages.filter((m) => m.type === 'event').map((m) => Number(m.id));
      expect(events).toEqual(log.slice(0, events.length));
      expect(events.length).toBeLessThan(log.length);
      const last = messages.at(-1)!;
      expect(last.type).toBe('overflow');
      const notice = JSON.parse(last.data);
      expect(notice.resumeFrom).toBe(events.at(-1) ?? start);
      expect(notice.message).toContain(`Last-Event-ID: ${notice.resumeFrom}`);

      // And it can resume from there without a gap.
      const resumed = new SseRecorder(`${t.url}/stream/events`, {
        headers: { 'Last-Event-ID': String(notice.resumeFrom) },
      });
      try {
        await resumed.reach(head, 20_000);
        expect([...events, ...resumed.positions()]).toEqual(log);
      } finally {
        resumed.close();
      }
    } finally {
      healthy.close();
      stalled.destroy();
    }
  });
});
