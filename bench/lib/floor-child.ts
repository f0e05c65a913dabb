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
 * The durable floor (PARLEY_FLOOR_STORE, a file path): the same route, but
 * before answering it appends the body, as Fastify parsed it, to the
 * negotiation's stream of our SQLite event store on that file (WAL, an fsync
 * per commit, the appends of one turn of the event loop in one commit: the
 * group commit our app uses). What it costs is what any NestJS + Fastify
 * service that stores each POST durably on this machine pays, before it
 * checks, decides or projects anything.
 *
 * Bodies come in the environment: PARLEY_FLOOR_POST (the 201 body of a write)
 * and PARLEY_FLOOR_GET (a JSON object view name → body). Tells the parent its
 * port; on `{ type: 'stats' }` answers its CPU time; exits when the parent goes.
 */
import 'reflect-metadata';
import { Body, Controller, Get, HttpCode, Module, NotFoundException, Param, Post, Res } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { type JsonObject, openSqliteEventStore, type SqliteEventStore } from '@parley/event-store';
import { freshEventId } from '../../apps/api/src/recording/idempotency';
import { listenForParent } from './server-child';

/** What both adapters' replies offer (Express's `res.type`, Fastify's `reply.type`). */
interface Typed {
  type(contentType: string): unknown;
}

const postReply = process.env['PARLEY_FLOOR_POST'] ?? '{}';
const views = new Map(Object.entries(JSON.parse(process.env['PARLEY_FLOOR_GET'] ?? '{}') as Record<string, string>));
const storePath = process.env['PARLEY_FLOOR_STORE'];
let store: SqliteEventStore | undefined;

@Controller('negotiations')
class FloorController {
  @Post(':id/events')
  @HttpCode(201)
  async record(
    @Param('id') id: string,
    @Body() body: JsonObject,
    @Res({ passthrough: true }) res: Typed,
  ): Promise<string> {
    if (store !== undefined)
      await store.append(`negotiation-${id}`, [{ id: freshEventId(), type: 'Posted', data: body }], {
        expectedRevision: 'any',
      });
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
  if (storePath !== undefined) store = await openSqliteEventStore({ path: storePath });
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
