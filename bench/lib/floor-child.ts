/**
 * The framework floor: a bare NestJS app on an HTTP adapter (PARLEY_FLOOR_ADAPTER:
 * `fastify`, the app's own, or `express`, the one it used before, kept as a
 * reference) and the same Node, with routes shaped like ours that do no
 * work — no guard, pipe, filter, helmet, logging, metrics, validation, store
 * or views — and answer with bodies the parent hands in (copies of the real
 * app's answers, so the bytes on the wire are the same). What it costs is
 * what any route of a NestJS service on that adapter costs on this machine: the
 * HTTP workloads report it next to our figures, measured in the same run.
 *
 * Bodies come in the environment: PARLEY_FLOOR_POST (the 201 body of a write)
 * and PARLEY_FLOOR_GET (a JSON object view name → body). Tells the parent its
 * port; on `{ type: 'stats' }` answers its CPU time; exits when the parent goes.
 */
import 'reflect-metadata';
import { Controller, Get, HttpCode, Module, NotFoundException, Param, Post, Res } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { listenForParent } from './server-child';

/** What both adapters' replies offer (Express's `res.type`, Fastify's `reply.type`). */
interface Typed {
  type(contentType: string): unknown;
}

const postReply = process.env['PARLEY_FLOOR_POST'] ?? '{}';
const views = new Map(Object.entries(JSON.parse(process.env['PARLEY_FLOOR_GET'] ?? '{}') as Record<string, string>));

@Controller('negotiations')
class FloorController {
  @Post(':id/events')
  @HttpCode(201)
  record(@Res({ passthrough: true }) res: Typed): string {
    res.type('application/json');
    return postReply;
  }

  @Get(':id/:view')
  view(@Param('view') view: string, @Res({ passthrough: true }) res: Typed): string {
    const body = views.get(view);
    if (body === undefined) throw new NotFoundException(view);
    res.type('application/json');
    return body;
  }
}

@Module({ controllers: [FloorController] })
class FloorModule {}

async function main(): Promise<void> {
  const app =
    process.env['PARLEY_FLOOR_ADAPTER'] === 'express'
      ? await NestFactory.create(FloorModule, { logger: false })
      : await NestFactory.create(FloorModule, new FastifyAdapter(), { logger: false });
  await listenForParent(app);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
