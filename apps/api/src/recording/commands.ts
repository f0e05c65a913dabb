import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { DecisionContext, NegotiationCommand } from '@parley/domain';
import type { WriteResult } from '../shared/present';
import { CommandLoop, type CommandOptions } from './command-loop';

/** Any negotiation command, typed so `commandBus.execute` returns the write result. */
export class ExecuteNegotiationCommand extends Command<WriteResult> {
  constructor(
    readonly command: NegotiationCommand,
    readonly context: DecisionContext,
    readonly options: CommandOptions = {},
  ) {
    super();
  }
}

@CommandHandler(ExecuteNegotiationCommand)
export class ExecuteNegotiationCommandHandler implements ICommandHandler<ExecuteNegotiationCommand, WriteResult> {
  constructor(private readonly loop: CommandLoop) {}

  execute({ command, context, options }: ExecuteNegotiationCommand): Promise<WriteResult> {
    return this.loop.handle(command, context, options);
  }
}
