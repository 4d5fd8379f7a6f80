/**
 * `batch-errors-codegen <command>`: the generator's command line. Each command
 * is a module of src/commands/ declaring its own options; this parses the
 * arguments, dispatches, and turns every failure into one line and an exit code.
 */
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import type { CommandModule, Io } from './commands/context.js';

export type { Io } from './commands/context.js';

/**
 * The commands, loaded on demand: a run loads only the module of the command it
 * names (all of them for help or an unknown name), so `check` on an unchanged
 * tree never loads the parser or the emitters the other commands import.
 */
const commands: readonly (readonly [string, () => Promise<CommandModule>])[] = [
  ['generate', async () => (await import('./commands/generate.js')).generateCommand],
  ['check', async () => (await import('./commands/check.js')).checkCommand],
  ['model', async () => (await import('./commands/model.js')).modelCommand],
  ['diff', async () => (await import('./commands/diff.js')).diffCommand],
  ['pull', async () => (await import('./commands/pull.js')).pullCommand],
  ['baseline', async () => (await import('./commands/baseline.js')).baselineCommand],
  ['translations', async () => (await import('./commands/translations.js')).translationsCommand],
  ['pull-sdk', async () => (await import('./commands/pull-sdk.js')).pullSdkCommand],
  ['drift', async () => (await import('./commands/drift.js')).driftCommand],
];

const version = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

const exitCodes = `
Exit codes:
  0  done: files written or up to date, report printed
  1  the docs have errors (or, with --strict, new warnings); check: generated files are out of date;
     diff --fail-on breaking: a package needs a major release; a file could not be read or written
  2  usage: unknown command or option, a missing or invalid argument`;

const processIo: Io = {
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
  color: process.stderr.isTTY === true && process.env['NO_COLOR'] === undefined,
};

/** Runs one command; resolves to the process exit code (see `exitCodes`). Never throws. */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  let exitCode = 0;
  const program = new Command('batch-errors-codegen')
    .description('Reads the Azure Batch error docs (Markdown) and generates the @batch-errors packages.')
    .version(version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show the help of the program or of a command')
    .showHelpAfterError(true)
    .addHelpText('after', exitCodes)
    .exitOverride()
    .configureOutput({ writeOut: (text) => io.stdout(text.trimEnd()), writeErr: (text) => io.stderr(text.trimEnd()) });
  const named = commands.filter(([name]) => name === argv[0]);
  for (const module of await Promise.all((named.length > 0 ? named : commands).map(([, load]) => load()))) {
    const command = program.command(module.name).addHelpText('after', exitCodes).allowExcessArguments(false);
    module.define(command, {
      io,
      exit: (code) => {
        exitCode = code;
      },
    });
  }
  try {
    if (argv.length === 0) {
      program.outputHelp({ error: true });
      return 2;
    }
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    const { CommandFailure } = await import('./commands/report-output.js');
    io.stderr(`batch-errors-codegen: ${error instanceof CommandFailure ? error.message : describeFailure(error)}`);
    return 1;
  }
}

/** One line for a failure no command foresaw: the file and what went wrong for file errors, else the message. */
function describeFailure(error: unknown): string {
  const failure = error as Partial<NodeJS.ErrnoException>;
  if (typeof failure.code === 'string' && typeof failure.syscall === 'string') {
    const where = failure.path ?? '';
    return `cannot ${failure.syscall} ${where}: ${failure.code}${failure.message ? ` (${failure.message.replace(/^[A-Z]+: /, '').split(',')[0]})` : ''}`;
  }
  return `unexpected failure: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`;
}
