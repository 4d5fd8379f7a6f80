/**
 * The weekly upstream update: `pull` the English pages from each upstream docs
 * repository, `pull-sdk` the SDKs' code lists, `generate`, and when anything
 * changed, `diff --changeset` against where the run started, whose report
 * becomes the pull request's body. The steps are planned from the sources
 * file purely, then run one child process each.
 */
import { execFile } from 'node:child_process';
import { appendFile, readFile } from 'node:fs/promises';
import { runCodegen } from './codegen.js';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

/** A repository to pull from, as `.github/upstream-sources.json` lists it. */
export interface UpstreamSource {
  /** A git URL or a local path: anything `git clone` accepts. */
  repository: string;
  /** A commit, branch or tag; default the repository's newest commit. */
  ref?: string;
}

/** The sources file: docs repositories for `pull`, SDK repositories for `pull-sdk`. */
export interface UpstreamSources {
  docs: UpstreamSource[];
  sdk: UpstreamSource[];
}

/** Where the update reads and writes, relative to the repository it runs in. */
export interface UpstreamFolders {
  docs: string;
  packages: string;
  changesetDir: string;
}

/** A mistake in the sources file or the command's arguments: one line for the user. */
export class UsageError extends Error {}

/** Reads the sources file's text; `label` names it in errors. */
export function parseSources(text: string, label: string): UpstreamSources {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${label}: expected JSON, found text JSON cannot read (${(error as Error).message})`);
  }
  const record = data as Partial<Record<'docs' | 'sdk', unknown>> | null;
  if (typeof record !== 'object' || record === null || !Array.isArray(record.docs) || !(record.sdk === undefined || Array.isArray(record.sdk))) {
    throw new UsageError(`${label}: expected { "docs": [ … ], "sdk": [ … ] }, found another shape`);
  }
  const read = (entries: unknown[], list: string): UpstreamSource[] =>
    entries.map((entry, index) => {
      const { repository, ref } = (entry ?? {}) as { repository?: unknown; ref?: unknown };
      const where = `${label}: ${list}[${index}]`;
      // A value starting with "-" would be read as an option by the commands it is passed to.
      if (typeof repository !== 'string' || repository === '' || repository.startsWith('-')) {
        throw new UsageError(`${where}: expected "repository", a git URL or path, found ${JSON.stringify(repository)}`);
      }
      if (ref !== undefined && (typeof ref !== 'string' || ref === '' || ref.startsWith('-'))) {
        throw new UsageError(`${where}: expected "ref" to be a commit, branch or tag, found ${JSON.stringify(ref)}`);
      }
      return ref === undefined ? { repository } : { repository, ref };
    });
  return { docs: read(record.docs, 'docs'), sdk: read((record.sdk as unknown[] | undefined) ?? [], 'sdk') };
}

/** The generator's commands the update runs before it looks for changes, in order. */
export function planUpstream(sources: UpstreamSources, folders: UpstreamFolders): string[][] {
  const refOf = (source: UpstreamSource) => (source.ref === undefined ? [] : ['--ref', source.ref]);
  return [
    ...sources.docs.map((source) => ['pull', '--from', source.repository, ...refOf(source), '--docs', folders.docs]),
    ...sources.sdk.map((source) => ['pull-sdk', '--from', source.repository, ...refOf(source)]),
    ['generate', '--docs', folders.docs, '--packages', folders.packages],
  ];
}

/** What the update did. */
export interface UpstreamOutcome {
  /** Whether any file under the docs, packages or changesets folders changed. */
  changed: boolean;
  /** The commit the run started from, which the report compares with. */
  base: string;
}

export interface UpstreamRun {
  sources: UpstreamSources;
  folders: UpstreamFolders;
  /** Where the Markdown report goes when something changed. */
  report: string;
  /** Prefix for the report's source links. */
  linkBase?: string;
  /** A file to append `changed=true|false` to (GitHub's `$GITHUB_OUTPUT`). */
  githubOutput?: string;
  /** The repository's folder; default the current one. */
  cwd?: string;
  /** How long one step may take, in milliseconds. */
  stepTimeout?: number;
  /** Where the steps' own output goes. */
  log: (text: string) => void;
}

/** Runs the update; throws a {@link StepError} when a step fails. */
export async function runUpstream(run: UpstreamRun): Promise<UpstreamOutcome> {
  const cwd = run.cwd ?? process.cwd();
  const base = (await execFileAsync('git', ['rev-parse', 'HEAD'], { cwd, timeout: 60_000, killSignal: 'SIGKILL' })).stdout.trim();
  const step = async (args: string[]) => {
    run.log(`$ batch-errors-codegen ${args.join(' ')}`);
    const result = await runCodegen(args, { cwd, timeout: run.stepTimeout ?? 60 * 60_000 });
    if (result.stderr.trim() !== '') run.log(result.stderr.trimEnd());
    if (result.code !== 0) throw new StepError(`batch-errors-codegen ${args[0]} ${result.signal ? `was killed (${result.signal})` : `exited ${result.code}`}`);
  };
  for (const args of planUpstream(run.sources, run.folders)) {
    // pull prints the change of each page; the report at the end says it all at once.
    await step(args);
  }
  const scope = [run.folders.docs, run.folders.packages, run.folders.changesetDir];
  const status = await execFileAsync('git', ['status', '--porcelain', '--untracked-files=all', '--', ...scope], {
    cwd,
    timeout: 60_000,
    killSignal: 'SIGKILL',
  });
  const changed = status.stdout.trim() !== '';
  if (changed) {
    const linkBase = run.linkBase === undefined ? [] : ['--link-base', run.linkBase];
    await step([
      'diff',
      '--base',
      base,
      '--docs',
      run.folders.docs,
      '--changeset',
      '--changeset-dir',
      run.folders.changesetDir,
      '--report',
      run.report,
      ...linkBase,
    ]);
  }
  if (run.githubOutput !== undefined) await appendFile(run.githubOutput, `changed=${changed}\n`);
  return { changed, base };
}

/** A step of the update that failed: one line naming it. */
export class StepError extends Error {}

/** Reads the sources file. */
export async function readSources(file: string): Promise<UpstreamSources> {
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new UsageError(`cannot read ${file}: ${error.code ?? error.message}`);
  });
  return parseSources(text, file);
}
