import { CatalogueController } from './catalogue.controller';
import { Module } from '@nestjs/common';
import { CommandLoop } from './command-loop';
import { DecisionStateCache } from './decision-state-cache';
import { GetEventHandler, ListEventsHandler } from './queries';
import { RecordingController } from './recording.controller';

@Module({
  controllers: [RecordingController, CatalogueController],
  providers: [CommandLoop, DecisionStateCache, ListEventsHandler, GetEventHandler],
  exports: [CommandLoop],
})
export class RecordingModule {}
