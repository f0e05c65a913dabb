import { Global, Module } from '@nestjs/common';
import { VIEWS_PROGRESS } from '../ops/views-progress';
import { escalationModelProvider } from './model.provider';
import { ProjectionEngine } from './projection-engine';
import { QUERY_HANDLERS } from './queries';
import { snapshotStoreProvider } from './snapshot-store.provider';
import { ViewBodies } from './view-bodies';
import { ViewsController } from './views.controller';
import { ViewsService } from './views.service';

@Global()
@Module({
  controllers: [ViewsController],
  providers: [
    escalationModelProvider,
    snapshotStoreProvider,
    ProjectionEngine,
    ViewsService,
    ViewBodies,
    ...QUERY_HANDLERS,
    { provide: VIEWS_PROGRESS, useExisting: ProjectionEngine },
  ],
  exports: [ProjectionEngine, ViewsService, VIEWS_PROGRESS],
})
export class ViewsModule {}
