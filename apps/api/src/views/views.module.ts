import { Global, Module } from '@nestjs/common';
import { ProjectionEngine } from '@parley/projections';
import { VIEWS_PROGRESS } from '../ops/views-progress';
import { escalationModelProvider } from './model.provider';
import { ProjectionEngineLifecycle, projectionEngineProvider } from './projection-engine';
import { QUERY_HANDLERS } from './queries';
import { snapshotStoreProvider } from './snapshot-store.provider';
import { ViewBodies } from './view-bodies';
import { ViewsController } from './views.controller';
import { ViewStates } from './view-states';

@Global()
@Module({
  controllers: [ViewsController],
  providers: [
    escalationModelProvider,
    snapshotStoreProvider,
    projectionEngineProvider,
    ProjectionEngineLifecycle,
    ViewStates,
    ViewBodies,
    ...QUERY_HANDLERS,
    { provide: VIEWS_PROGRESS, useExisting: ProjectionEngine },
  ],
  exports: [ProjectionEngine, VIEWS_PROGRESS],
})
export class ViewsModule {}
