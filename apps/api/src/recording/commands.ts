import { Command } from '@nestjs/cqrs';
import type { DecisionContext, NegotiationCommand } from '@parley/domain';
import type { WriteResult } from '../shared/present';

export interface CommandOptions {
  /** From `If-Match`: the write only happens if the stream is still at this revision (else 412). */
  readonly ifMatch?: number;
}

/** Any negotiation command, typed so `commandBus.execute` returns the write result; `CommandLoop` handles it. */
export class ExecuteNegotiationCommand extends Command<WriteResult> {
  constructor(
    readonly command: NegotiationCommand,
    readonly context: DecisionContext,
    readonly options: CommandOptions = {},
  ) {
    super();
  }
}
