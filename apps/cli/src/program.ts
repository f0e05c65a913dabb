/**
 * The `parley` command line: every command, the global flags, and the exit
 * codes. `run` never exits the process itself; it returns the code.
 */
import { Command, CommanderError, Option } from 'commander';
import { CONFIG_HELP } from './config';
import { EXIT, EXIT_CODES_HELP, EXIT_CODES_SHORT, type ExitCode } from './errors';
import { Output, fitHelp } from './output';
import type { Runtime } from './runtime';
import { registerAdmin } from './commands/admin';
import { registerLive } from './commands/live';
import { registerRecording } from './commands/recording';
import { registerViews } from './commands/views';

const VERSION = '0.1.0';

export function createProgram(rt: Runtime): Command {
  const program = new Command('parley');
  // Help fits the width the results fit: the terminal's, COLUMNS, or 80 piped.
  const help = new Output(rt, { json: false, color: false });
  program
    .description(
      'Parley: record diplomatic negotiations as events; read their status, demand matrix and escalation — now, as of any date, and live.',
    )
    .version(VERSION, '-V, --version')
    .addOption(new Option('--url <url>', 'the Parley server (env PARLEY_URL; default http://localhost:3000)'))
    .addOption(new Option('--api-key <key>', 'API key (env PARLEY_API_KEY)'))
    .addOption(new Option('--json', "print the API's JSON instead of text (errors: the API error body on stderr)"))
    .addOption(new Option('--no-color', 'no colours (also: NO_COLOR, or when output is not a terminal)'))
    .addOption(
      new Option(
        '--wide',
        "don't fit the output to the terminal (or, piped, to 80 columns; COLUMNS sets another width)",
      ),
    )
    .configureHelp({
      showGlobalOptions: true,
      sortSubcommands: false,
      // Descriptions wrap in their column even beside a long term (the record types').
      minWidthToWrap: 24,
      // Every command takes options: "[options]" in each line of a list says nothing; nor does
      // "<negotiation>" beside each event type (`record`'s usage says it once).
      subcommandTerm: (cmd) => {
        const name = cmd.name() + (cmd.aliases()[0] ? `|${cmd.aliases()[0]}` : '');
        if (cmd.parent?.name() === 'record') return name;
        return [name, ...cmd.registeredArguments.map(argTerm)].join(' ');
      },
    })
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => rt.stdout.write(fitHelp(s, help.width)),
      getOutHelpWidth: () => help.width,
      getErrHelpWidth: () => help.width,
      writeErr: (s) => rt.stderr.write(s),
    })
    .addHelpText(
      'after',
      `
Getting started (the Pakistan–Afghanistan example case):
  $ npm run demo                                   # a server on :3000 with the example loaded
  $ parley status pak-afghan-2025
  $ parley matrix pak-afghan-2025
  $ parley escalation pak-afghan-2025 --at 2025-11-30
  $ parley status pak-afghan-2025 --at 2025-10-20   # the past
  $ parley watch pak-afghan-2025                    # live

${CONFIG_HELP}

${EXIT_CODES_HELP}`,
    );
  program.commandsGroup('Record:');
  registerRecording(program, rt);
  program.commandsGroup('Read (each takes --known-at, and --at — brief: --to):');
  registerViews(program, rt);
  program.commandsGroup('Live:');
  registerLive(program, rt);
  program.commandsGroup('Operate:');
  registerAdmin(program, rt);
  // Every subcommand's help ends with the exit codes too.
  const addExitCodes = (cmd: Command) => {
    for (const sub of cmd.commands) {
      sub.addHelpText('after', `\n${EXIT_CODES_SHORT}`);
      addExitCodes(sub);
    }
  };
  addExitCodes(program);
  return program;
}

/** An argument as a list of commands names it: `<negotiation>`, `[file]`, `<ids...>`. */
function argTerm(arg: { name(): string; required: boolean; variadic: boolean }): string {
  const name = `${arg.name()}${arg.variadic ? '...' : ''}`;
  return arg.required ? `<${name}>` : `[${name}]`;
}

/** Runs the CLI on `argv` (without node and the script); resolves to the exit code. */
export async function run(argv: readonly string[], rt: Runtime): Promise<ExitCode> {
  const program = createProgram(rt);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version "errors" are how commander says it printed them.
      if (
        error.code === 'commander.helpDisplayed' ||
        error.code === 'commander.version' ||
        error.code === 'commander.help'
      )
        return EXIT.ok;
      if (error.code === 'commander.executeSubCommandAsync') return EXIT.ok;
      return EXIT.usage;
    }
    const json = argv.includes('--json');
    const color = !argv.includes('--no-color');
    return new Output(rt, { json, color, wide: argv.includes('--wide') }).error(error);
  }
}
