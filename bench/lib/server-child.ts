/**
 * The parent's side of a server child (the app, the framework floor): tells
 * the parent its port; on `{ type: 'stats' }` answers its memory and CPU time;
 * on `{ type: 'stop' }` closes the app and exits; exits when the parent goes
 * (even by SIGKILL), so no server outlives a bench. The app listens on a free
 * loopback port.
 */
import type { INestApplication } from '@nestjs/common';
import { performance } from 'node:perf_hooks';

export async function listenForParent(app: INestApplication): Promise<void> {
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as { port: number };
  serveParent(app, port);
}

function serveParent(app: { close(): Promise<void> }, port: number): void {
  process.on('message', (message: { type: string }) => {
    if (message.type === 'stats') {
      const memory = process.memoryUsage();
      const cpu = process.cpuUsage();
      process.send?.({
        type: 'stats',
        rss: memory.rss,
        heapUsed: memory.heapUsed,
        maxRssKiB: process.resourceUsage().maxRSS,
        cpuMicros: cpu.user + cpu.system,
        systemMicros: cpu.system,
        busyMicros: performance.eventLoopUtilization().active * 1000,
      });
    } else if (message.type === 'stop') {
      app.close().finally(() => process.send?.({ type: 'stopped' }, () => process.exit(0)));
    }
  });
  process.on('disconnect', () => process.exit(0));
  process.send?.({ type: 'ready', port });
}
