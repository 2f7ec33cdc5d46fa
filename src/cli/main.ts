import { InputError } from '../errors.js';
import { commandHelp, globalHelp } from '../options/help.js';
import type { Command as TableCommand } from '../options/table.js';
import { neutralizeCommands } from '../report/workflow-commands.js';
import { EXIT, type Io } from './io.js';

export { EXIT, type Io } from './io.js';

type Command = (args: readonly string[], io: Io) => Promise<number>;

/** Each command is loaded when it runs: `evaluate` never pays for cdk8s or the Kubernetes schemas. */
const COMMANDS: Record<TableCommand, () => Promise<Command>> = {
  evaluate: async () => (await import('./evaluate.js')).evaluate,
  bench: async () => (await import('./bench.js')).bench,
  synth: async () => (await import('./synth.js')).synth,
  lint: async () => (await import('./lint.js')).lint,
  sql: async () => (await import('./sql.js')).sql,
  summarize: async () => (await import('./summarize.js')).summarize
};

function isCommand(name: string): name is TableCommand {
  return Object.hasOwn(COMMANDS, name);
}

export async function main(argv: readonly string[], unsafeIo: Io, version = '0.0.0'): Promise<number> {
  // the CLI often runs in a workflow step, whose log executes workflow commands: names from input files must not
  const io: Io = {
    cwd: unsafeIo.cwd,
    stdout: (text) => unsafeIo.stdout(neutralizeCommands(text)),
    stderr: (text) => unsafeIo.stderr(neutralizeCommands(text)),
    ...(unsafeIo.stderrTerminal ? { stderrTerminal: unsafeIo.stderrTerminal } : {})
  };
  try {
    const [command, ...rest] = argv;
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      io.stdout(globalHelp());
      return command === undefined ? EXIT.badInput : EXIT.ok;
    }
    if (isCommand(command) && (rest.includes('--help') || rest.includes('-h'))) {
      io.stdout(commandHelp(command));
      return EXIT.ok;
    }
    if (command === '--version') {
      io.stdout(`${version}\n`);
      return EXIT.ok;
    }
    const load = isCommand(command) ? COMMANDS[command] : undefined;
    if (!load)
      throw new InputError({
        source: 'model-gate',
        message: `unknown command ${JSON.stringify(command)}: expected ${Object.keys(COMMANDS).join(', ')} (see model-gate --help)`
      });
    return await (
      await load()
    )(rest, io);
  } catch (error) {
    if (error instanceof InputError) {
      io.stderr(`model-gate: bad input\n${error.message}\n`);
      return EXIT.badInput;
    }
    // never the rollback code: a crash says nothing about the model
    io.stderr(`model-gate failed unexpectedly: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return EXIT.unexpected;
  }
}
