import { CatalogueController } from './catalogue.controller';
import { Module } from '@nestjs/common';
import { CommandLoop } from './command-loop';
import { ExecuteNegotiationCommandHandler } from './commands';
import { DecisionStateCache } from './decision-state-cache';
import { RecordingController } from './recording.controller';

@Module({
  controllers: [RecordingController, CatalogueController],
  providers: [CommandLoop, DecisionStateCache, ExecuteNegotiationCommandHandler],
  exports: [CommandLoop],
})
export class RecordingModule {}
