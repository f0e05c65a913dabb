import type { Type } from '@nestjs/common';
import { AdminModule } from './admin/admin.module';
import { LiveModule } from './live/live.module';
import { DashboardModule } from './dashboard/dashboard.module';
import { RecordingModule } from './recording/recording.module';
import { ViewsModule } from './views/views.module';

/** The feature slices mounted by the app. */
export const FEATURE_MODULES: Type<unknown>[] = [
  ViewsModule,
  RecordingModule,
  AdminModule,
  DashboardModule,
  LiveModule,
];
