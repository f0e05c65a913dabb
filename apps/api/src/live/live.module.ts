import { Module } from '@nestjs/common';
import { LiveConnections } from './connections';
import { EventHub } from './event-hub';
import { LIVE_CONFIG, loadLiveConfig } from './live.config';
import { LiveController } from './live.controller';
import { ViewsHub } from './views-hub';

/** Live views and the event feed over Server-Sent Events. Settings: `PARLEY_LIVE_*` (live.config.ts). */
@Module({
  controllers: [LiveController],
  providers: [
    { provide: LIVE_CONFIG, useFactory: () => loadLiveConfig(process.env) },
    LiveConnections,
    EventHub,
    ViewsHub,
  ],
  exports: [EventHub, ViewsHub, LiveConnections],
})
export class LiveModule {}
