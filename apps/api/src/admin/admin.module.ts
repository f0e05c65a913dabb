import { Module } from '@nestjs/common';
import { RecordingModule } from '../recording/recording.module';
import { ViewsModule } from '../views/views.module';
import { AdminController } from './admin.controller';
import { ExportLogHandler } from './export';

@Module({ imports: [ViewsModule, RecordingModule], controllers: [AdminController], providers: [ExportLogHandler] })
export class AdminModule {}
