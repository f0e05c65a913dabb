import { Global, Module } from '@nestjs/common';
import { MetricsService } from './metrics.service';
import { OpsController } from './ops.controller';

@Global()
@Module({ controllers: [OpsController], providers: [MetricsService], exports: [MetricsService] })
export class OpsModule {}
