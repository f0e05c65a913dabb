import { Global, Module } from '@nestjs/common';
import { GetHealthHandler } from './health';
import { MetricsService } from './metrics.service';
import { OpsController } from './ops.controller';

@Global()
@Module({ controllers: [OpsController], providers: [MetricsService, GetHealthHandler], exports: [MetricsService] })
export class OpsModule {}
