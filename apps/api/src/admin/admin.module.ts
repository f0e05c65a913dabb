import { Module } from '@nestjs/common';
import { RecordingModule } from '../recording/recording.module';
import { ViewsModule } from '../views/views.module';
import { AdminController } from './admin.controller';

@Module({ imports: [ViewsModule, RecordingModule], controllers: [AdminController] })
export class AdminModule {}
