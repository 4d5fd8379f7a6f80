/**
 * `batch-errors-site build`: what `pnpm docs` runs. Failures are one line.
 */
import path from 'node:path';
import { Command, CommanderError } from 'commander';
import { BuildError, buildSite } from './build.js';

/** Where the command prints. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const processIo: Io = {
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
};

/** Runs one command; resolves to the exit code (0 built, 1 failed, 2 usage). Never throws. */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  const program = new Command('batch-errors-site')
    .description('Builds the docs site: the error catalog and the API reference of every package.')
    .helpOption('-h, --help', 'show the help of the program or of a command')
    .showHelpAfterError(true)
    .exitOverride()
    .configureOutput({ writeOut: (text) => io.stdout(text.trimEnd()), writeErr: (text) => io.stderr(text.trimEnd()) });
  program
    .command('build')
    .description('write the site into --out (emptied first)')
    .option('--out <dir>', 'where the site goes', 'site')
    .option('--root <dir>', "the repository's folder", '.')
    .option('--no-api', 'only the error catalog, without the API reference')
    .allowExcessArguments(false)
    .action(async (options: { out: string; root: string; api: boolean }) => {
      await buildSite({ root: path.resolve(options.root), out: path.resolve(options.out), api: options.api, log: io.stderr });
    });
  try {
    if (argv.length === 0) {
      program.outputHelp({ error: true });
      return 2;
    }
    await program.parseAsync([...argv], { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    const detail = error instanceof BuildError ? error.message : `unexpected failure: ${String((error as Error)?.message ?? error).split('\n')[0]}`;
    io.stderr(`batch-errors-site: ${detail}`);
    return 1;
  }
}
