/**
 * The framework floor: a bare NestJS app on the same HTTP adapter
 * (@nestjs/platform-express) and Node, with routes shaped like ours that do no
 * work — no guard, pipe, filter, helmet, logging, metrics, validation, store
 * or views — and answer with bodies the parent hands in (copies of the real
 * app's answers, so the bytes on the wire are the same). What it costs is
 * what any route of a NestJS + Express service costs on this machine: the
 * HTTP workloads report it next to our figures, measured in the same run.
 *
 * Bodies come in the environment: PARLEY_FLOOR_POST (the 201 body of a write)
 * and PARLEY_FLOOR_GET (a JSON object view name → body). Tells the parent its
 * port; on `{ type: 'stats' }` answers its CPU time; exits when the parent goes.
 */
import 'reflect-metadata';
import { Controller, Get, HttpCode, Module, NotFoundException, Param, Post, Res } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Response } from 'express';

const postReply = process.env['PARLEY_FLOOR_POST'] ?? '{}';
const views = new Map(Object.entries(JSON.parse(process.env['PARLEY_FLOOR_GET'] ?? '{}') as Record<string, string>));

@Controller('negotiations')
class FloorController {
  @Post(':id/events')
  @HttpCode(201)
  record(@Res({ passthrough: true }) res: Response): string {
    res.type('application/json');
    return postReply;
  }

  @Get(':id/:view')
  view(@Param('view') view: string, @Res({ passthrough: true }) res: Response): string {
    const body = views.get(view);
    if (body === undefined) throw new NotFoundException(view);
    res.type('application/json');
    return body;
  }
}

@Module({ controllers: [FloorController] })
class FloorModule {}

async function main(): Promise<void> {
  const app = await NestFactory.create<NestExpressApplication>(FloorModule, { logger: false });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as { port: number };
  process.on('message', (message: { type: string }) => {
    if (message.type === 'stats') {
      const cpu = process.cpuUsage();
      const memory = process.memoryUsage();
      process.send?.({
        type: 'stats',
        rss: memory.rss,
        heapUsed: memory.heapUsed,
        maxRssKiB: process.resourceUsage().maxRSS,
        cpuMicros: cpu.user + cpu.system,
      });
    } else if (message.type === 'stop') {
      app.close().finally(() => process.send?.({ type: 'stopped' }, () => process.exit(0)));
    }
  });
  process.on('disconnect', () => process.exit(0));
  process.send?.({ type: 'ready', port });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
