import { Module } from '@nestjs/common';
import { ViewsModule } from '../views/views.module';
import { AdminController } from './admin.controller';

@Module({ imports: [ViewsModule], controllers: [AdminController] })
export class AdminModule {}
