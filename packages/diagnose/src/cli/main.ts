/**
 * `batch-errors-diagnose`: reads Batch JSON (one document, a list, REST list
 * bodies or JSON Lines) from a file or standard input and prints its
 * diagnosis, or a grouped summary for many items; asks the service itself
 * (`job`, `pool`, `node`); explains one error code (`explain`). Exit 0: no
 * failure found; 1: a failure diagnosed; 2: input, arguments or a service
 * answer it cannot use, said in one line.
 */
import { parseArgs } from 'node:util';
import { entriesOfPage, type ItemKind } from '../detect.js';
import type { Diagnosis } from '../finding.js';
import { formatDiagnosisIn } from '../format.js';
import { formatSummaryIn } from '../format-summary.js';
import type { Language } from '../language.js';
import { negotiateLanguage } from '../languages.js';
import { isList } from '../read.js';
import { summaryTextsFor } from '../texts/index.js';
import { type AddedItem, createSummarizerIn, type Summarizer, type Summary } from '../summary.js';
import { InputProblem, readWhole, type TopLevel, wholeInputBytes } from './input.js';
import type { ListLaneReader } from './list-lane.js';
import type { Account, Patience } from './live.js';
import { escapeJson, escapeLines, escapeStrings, escapeText, Output } from './output.js';
import type { SdkSourcesOf } from './sdk-codes.js';

/** The command's name, as messages start. */
export const commandName = 'batch-errors-diagnose';

/** Where input comes from: a file (or named pipe), or standard input. */
export interface Source {
  /** The bytes, in chunks, as they arrive. */
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>;
  /** A named pipe: nothing read from it means no program wrote to it. */
  pipe?: boolean;
}

/** What the command reads and writes: the process, or a test's stand-in. */
export interface CommandIo {
  /** Opens a file; rejects with the system error (`ENOENT`, `EISDIR`, …). A named pipe is opened without waiting for a writer. */
  openFile(path: string): Promise<Source>;
  /** Standard input. */
  stdin(): Source;
  stdinIsTerminal: boolean;
  stdoutIsTerminal: boolean;
  env: Readonly<Record<string, string | undefined>>;
  /** Writes to standard output; resolves once written, rejects when it cannot be (`ENOSPC`, `EPIPE`). */
  stdout(text: string): Promise<void> | void;
  stderr(text: string): void;
  version: string;
  /** Imports `@azure/batch`, for the live commands. */
  importBatchClient(): Promise<unknown>;
  /** How patient the live commands are (tests shorten the waits). */
  patience?: Patience;
  /** Where the SDKs name a code the docs do not list (tests stand in for core's answer). */
  sdkSourcesOf?: SdkSourcesOf;
}

/** An input or argument problem: one line saying what was expected and what was found. */
class UsageProblem extends Error {}

/** A failure of the service, or of reaching it (thrown by the live commands): one line. */
class ServiceFailure extends Error {}

/** Standard output could not be written. */
class OutputFailure extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

const exitCodes = { noFailure: 0, failureFound: 1, unreadable: 2 } as const;

export const helpText = `Usage: ${commandName} [options] [file]
       ${commandName} job <job-id> | pool <pool-id> | node <pool-id> <node-id> [options]
       ${commandName} explain <code> [options]

Explains why Azure Batch tasks, jobs, pools or compute nodes failed, from the
JSON the REST API returns or \`az batch …\` prints: one document, a list
(az … list -o json), REST list bodies ({"value": [...]}, one or several) or
JSON Lines, from the file or standard input (no file, or -). One document
gets its diagnosis; a list gets a summary grouped by finding, code, exit code
and node, read as it streams in.

  az batch task list --job-id <job> -o json | npx ${commandName} --job-id <job>
  az batch task show --job-id <job> --task-id <task> -o json | npx ${commandName}

job, pool and node ask the service itself with @azure/batch (install it next
to this package): a job's failed tasks, preparation and release task status;
a pool's nodes; one node. The account comes from AZURE_BATCH_ACCOUNT,
AZURE_BATCH_ACCESS_KEY and AZURE_BATCH_ENDPOINT, as az batch reads them.
explain prints what the docs say of one error code.

Options:
  --locale <tag>          language of the text: en-US, de-DE, es-ES, fr-FR, ja-JP,
                          pt-BR, zh-CN (default: from LC_ALL, LC_MESSAGES or LANG)
  --json                  print JSON: the diagnosis of one document, or the summary
                          (schemaVersion 1) of a list
  --items                 with --json: each failed item's diagnosis too
  --ndjson                print each finding as one line of JSON, as it is found
  --examples <n>          ids shown per group (default 5)
  --job-id <id>           the job of the items, where they do not name it
  --pool-id <id>          the pool of the nodes, where they do not name it
  --account-name <name>   for job, pool, node (default: AZURE_BATCH_ACCOUNT)
  --account-key <key>     for job, pool, node (default: AZURE_BATCH_ACCESS_KEY)
  --account-endpoint <url>  for job, pool, node (default: AZURE_BATCH_ENDPOINT)
  -h, --help              print this help
  -v, --version           print the version

Exit status: 0 when no failure was found, 1 when one was diagnosed, 2 when the
input, the arguments or the service's answer cannot be used (one line on
standard error; a list cut short still gets the summary of what was read).
Colours only on a terminal, never when NO_COLOR is set.
`;

/** Runs the command; resolves to its exit code. Every problem it can meet is written as one line. */
export async function runCommand(args: readonly string[], io: CommandIo): Promise<number> {
  try {
    return await dispatch(args, io);
  } catch (error) {
    if (error instanceof OutputFailure) {
      // A reader that stopped early (`| head`) is not an error of ours; a full disk is.
      if (error.code === 'EPIPE') return exitCodes.noFailure;
      io.stderr(`${commandName}: expected to write to standard output, found ${describeSystemError(error.code)}\n`);
      return exitCodes.unreadable;
    }
    if (!(error instanceof UsageProblem || error instanceof ServiceFailure)) throw error;
    io.stderr(`${commandName}: ${escapeText(error.message)}\n`);
    return exitCodes.unreadable;
  }
}

interface Arguments {
  positionals: string[];
  locale?: string;
  json: boolean;
  ndjson: boolean;
  items: boolean;
  help: boolean;
  version: boolean;
  examples?: number;
  jobId?: string;
  poolId?: string;
  accountName?: string;
  accountKey?: string;
  accountEndpoint?: string;
}

const switches = ['json', 'ndjson', 'items', 'help', 'version'] as const;
const valued = ['locale', 'examples', 'job-id', 'pool-id', 'account-name', 'account-key', 'account-endpoint'] as const;
const optionNames = [...valued, ...switches].map((name) => `--${name}`);
const commands = ['explain', 'job', 'pool', 'node'] as const;

function readArguments(args: readonly string[]): Arguments {
  // Not strict: every token is checked here, so each problem gets its own one-line message.
  const { tokens } = parseArgs({
    args: [...args],
    options: {
      ...Object.fromEntries(valued.map((name) => [name, { type: 'string' as const }])),
      ...Object.fromEntries(switches.map((name) => [name, { type: 'boolean' as const }])),
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  const result: Arguments = { positionals: [], json: false, ndjson: false, items: false, help: false, version: false };
  for (const token of tokens) {
    if (token.kind === 'positional') result.positionals.push(token.value);
    if (token.kind !== 'option') continue;
    const name = token.name;
    if ((switches as readonly string[]).includes(name)) {
      if (token.value !== undefined) throw new UsageProblem(`expected ${token.rawName} without a value, found ${token.rawName}=${token.value}`);
      result[name as (typeof switches)[number]] = true;
      continue;
    }
    if (!(valued as readonly string[]).includes(name))
      throw new UsageProblem(`expected options ${optionNames.join(', ')} (see --help), found ${token.rawName}`);
    const value = token.value;
    if (value === undefined || value === '')
      throw new UsageProblem(
        `expected a value after ${token.rawName} (${name === 'locale' ? 'a language tag such as de-DE' : name === 'examples' ? 'a count' : 'text'}), found none`,
      );
    switch (name) {
      case 'locale':
        result.locale = value;
        break;
      case 'examples': {
        const count = /^\d{1,4}$/.test(value) ? Number(value) : Number.NaN;
        if (!(count >= 0 && count <= 1000)) throw new UsageProblem(`expected a count from 0 to 1000 after --examples, found ${JSON.stringify(value)}`);
        result.examples = count;
        break;
      }
      case 'job-id':
        result.jobId = value;
        break;
      case 'pool-id':
        result.poolId = value;
        break;
      case 'account-name':
        result.accountName = value;
        break;
      case 'account-key':
        result.accountKey = value;
        break;
      case 'account-endpoint':
        result.accountEndpoint = value;
        break;
    }
  }
  if (result.json && result.ndjson) throw new UsageProblem('expected --json or --ndjson, found both');
  if (result.items && !result.json) throw new UsageProblem('expected --items with --json, found --items alone');
  return result;
}

async function dispatch(args: readonly string[], io: CommandIo): Promise<number> {
  const options = readArguments(args);
  if (options.help) {
    await write(io, helpText);
    return exitCodes.noFailure;
  }
  if (options.version) {
    await write(io, `${io.version}\n`);
    return exitCodes.noFailure;
  }
  const language = negotiateLanguage(options.locale ?? localeOfEnvironment(io.env));
  const [first, ...rest] = options.positionals;
  const command = (commands as readonly (string | undefined)[]).includes(first) ? (first as (typeof commands)[number]) : undefined;
  const accountFlags = options.accountName ?? options.accountKey ?? options.accountEndpoint;
  if (accountFlags !== undefined && command !== 'job' && command !== 'pool' && command !== 'node')
    throw new UsageProblem('expected --account-name, --account-key and --account-endpoint only with job, pool or node, found them with no such command');
  switch (command) {
    case 'explain':
      return explain(rest, options, language, io);
    case 'job':
    case 'pool':
    case 'node':
      return live(command, rest, options, language, io);
    default:
      return diagnoseInput(options, language, io);
  }
}

async function write(io: CommandIo, text: string): Promise<void> {
  try {
    await io.stdout(text);
  } catch (error) {
    throw new OutputFailure(systemCode(error) ?? 'an error');
  }
}

// --- explain ---------------------------------------------------------------------------------

async function explain(codes: string[], options: Arguments, language: Language, io: CommandIo): Promise<number> {
  if (codes.length !== 1) throw new UsageProblem(`expected one error code after explain (such as PoolNotFound), found ${codes.length}`);
  const code = codes[0] ?? '';
  // Loaded only for this command: reading lists need none of it.
  const [{ explainCode, formatExplanation }, { sdkSourcesOf }] = await Promise.all([import('./explain.js'), import('./sdk-codes.js')]);
  const explained = explainCode(code, language, io.sdkSourcesOf ?? sdkSourcesOf);
  if ('unknown' in explained) {
    const shown = JSON.stringify(code.length > 80 ? `${code.slice(0, 79)}…` : code);
    throw new UsageProblem(
      `expected an error code the docs list or the service sends, found ${shown}${explained.suggestion === undefined ? '' : `: did you mean ${explained.suggestion}?`}`,
    );
  }
  await write(io, options.json ? `${escapeJson(JSON.stringify(explained, null, 2))}\n` : escapeLines(formatExplanation(explained)));
  return exitCodes.noFailure;
}

// --- reading documents and lists ---------------------------------------------------------------

async function diagnoseInput(options: Arguments, language: Language, io: CommandIo): Promise<number> {
  if (options.positionals.length > 1)
    throw new UsageProblem(
      `expected one file (or JSON on standard input), found ${options.positionals.length}: ${options.positionals.map((file) => JSON.stringify(file)).join(', ')}`,
    );
  const file = options.positionals[0];
  const { source, name } = await openInput(file === '-' ? undefined : file, io);
  const report = new Report(options, language, io);
  const sink = { item: (value: unknown, topLevel: TopLevel) => report.item(value, topLevel) };
  // A small input that arrives whole is read with JSON.parse; anything more, or anything it refuses, streams.
  let head: Uint8Array[] = [];
  let headBytes = 0;
  let reader: ListLaneReader | undefined;
  const stream = async () => {
    // The streaming reader and its parser load only for input that needs them.
    const [{ loadStreamingParser }, { ListLaneReader }] = await Promise.all([import('./json-stream.js'), import('./list-lane.js')]);
    await loadStreamingParser();
    const created = new ListLaneReader(sink);
    for (const chunk of head) created.write(chunk);
    head = [];
    return created;
  };
  let problem: InputProblem | undefined;
  let empty = false;
  try {
    for await (const chunk of source.chunks) {
      if (reader === undefined) {
        head.push(chunk);
        headBytes += chunk.length;
        if (headBytes > wholeInputBytes) reader = await stream();
      } else reader.write(chunk);
      await report.drain();
    }
    if (reader === undefined && !readWhole(Buffer.concat(head), sink)) reader = await stream();
    if (reader !== undefined) {
      reader.end();
      empty = reader.empty;
    }
  } catch (error) {
    if (error instanceof InputProblem) problem = error;
    else if (error instanceof OutputFailure) throw error;
    else if (systemCode(error) !== undefined) problem = new InputProblem(describeSystemError(systemCode(error) ?? ''), undefined);
    else throw error;
  }
  if (empty && problem === undefined)
    throw new UsageProblem(
      `expected a JSON document in ${name}, found ${source.pipe ? 'a named pipe that no program wrote to' : file === undefined || file === '-' ? 'nothing' : 'an empty file'}`,
    );
  return report.finish(problem, name);
}

async function openInput(file: string | undefined, io: CommandIo): Promise<{ source: Source; name: string }> {
  if (file === undefined) {
    if (io.stdinIsTerminal) throw new UsageProblem('expected a file argument or JSON on standard input, found a terminal (see --help)');
    return { source: io.stdin(), name: 'standard input' };
  }
  const name = JSON.stringify(file);
  try {
    return { source: await io.openFile(file), name };
  } catch (error) {
    throw new UsageProblem(`expected a readable JSON file at ${name}, found ${describeSystemError(systemCode(error) ?? String(error))}`);
  }
}

/**
 * What is printed, as items arrive: one document alone gets its diagnosis as
 * today; anything more (a list, a page, a second document) gets the summary;
 * `--ndjson` prints each finding at once, `--json --items` each failed item's
 * diagnosis inside the summary object, before the groups.
 */
class Report {
  private readonly summarizer: Summarizer;
  private readonly output: Output;
  private documents = 0;
  private list = false;
  /** The first document's result, until the input proves to be more than one. */
  private single: AddedItem | undefined;
  private itemsOpen = false;
  private itemsWritten = 0;
  private added = 0;

  constructor(
    private readonly options: Arguments,
    private readonly language: Language,
    private readonly io: CommandIo,
    kind?: ItemKind,
  ) {
    this.summarizer = createSummarizerIn(language, {
      examples: options.examples,
      jobId: options.jobId,
      poolId: options.poolId,
      kind,
    });
    this.output = new Output(async (text) => write(io, text));
  }

  item(value: unknown, topLevel: TopLevel): void {
    if (topLevel === 'document') this.documents += 1;
    const entries = entriesOfPage(value) ?? (isList(value) ? (value as unknown[]) : undefined);
    if (topLevel !== 'document' || this.documents > 1 || entries !== undefined) this.becomeList();
    if (entries !== undefined) {
      for (const entry of entries) this.add(entry);
      return;
    }
    this.add(value);
  }

  /** One item, from the live commands, whose kind is known. */
  liveItem(kind: ItemKind, value: unknown): void {
    this.becomeList();
    this.record(this.summarizer.add(value, kind));
  }

  private add(value: unknown): void {
    const added = this.summarizer.add(value);
    if (!this.list && this.single === undefined) this.single = added;
    this.record(added);
  }

  private record(added: AddedItem): void {
    this.added += 1;
    if (!('diagnosis' in added) || added.diagnosis.findings.length === 0) return;
    if (this.options.ndjson) for (const finding of added.diagnosis.findings) this.queue(`${escapeJson(JSON.stringify(finding))}\n`);
    else if (this.options.items && this.list) this.writeItem(added.diagnosis);
  }

  /** The input is more than one document: from now on, a summary. */
  private becomeList(): void {
    if (this.list) return;
    this.list = true;
    if (this.options.items && this.single !== undefined && 'diagnosis' in this.single && this.single.diagnosis.findings.length > 0)
      this.writeItem(this.single.diagnosis);
    this.single = undefined;
  }

  private writeItem(diagnosis: Diagnosis): void {
    this.queue(`${this.itemsOpen ? ',' : '{"items":['}\n${escapeJson(JSON.stringify(diagnosis))}`);
    this.itemsOpen = true;
    this.itemsWritten += 1;
  }

  private pending: string[] = [];

  private queue(text: string): void {
    this.pending.push(text);
  }

  /** Writes what the items so far produced, waiting for a slow reader. */
  async drain(): Promise<void> {
    const pending = this.pending;
    this.pending = [];
    for (const text of pending) await this.output.add(text);
  }

  /** Prints the diagnosis or the summary; returns the exit code. */
  async finish(problem: InputProblem | undefined, source: string): Promise<number> {
    await this.drain();
    const summary = this.summarizer.summary();
    const read = summary.counts.reduce((total, count) => total + count.read, 0);
    if (problem !== undefined && read === 0 && summary.skipped === 0) throw new UsageProblem(problemLine(problem, source, 0));
    if (!this.list && problem === undefined && this.single !== undefined) return this.finishSingle(this.single, source);
    if (problem === undefined && read === 0 && summary.skipped > 0)
      throw new UsageProblem(
        `expected Batch tasks, jobs, pools, compute nodes or job preparation and release task statuses in ${source}, found ${summary.skipped === 1 ? 'one value' : `${summary.skipped} values`} of no such kind (${summary.firstSkipped ?? '?'})`,
      );
    summary.partial = problem !== undefined;
    await this.printSummary(summary);
    await this.output.flush();
    if (problem !== undefined) {
      this.io.stderr(`${commandName}: ${escapeText(problemLine(problem, source, read))}\n`);
      return exitCodes.unreadable;
    }
    return summary.findings > 0 ? exitCodes.failureFound : exitCodes.noFailure;
  }

  private async finishSingle(single: AddedItem, source: string): Promise<number> {
    if (!('diagnosis' in single))
      throw new UsageProblem(
        `expected a Batch task, job, pool, compute node or job preparation and release task status (the REST API's JSON or az batch … -o json) in ${source}, found ${single.skipped}`,
      );
    const { diagnosis } = single;
    if (this.options.json) await this.output.add(`${escapeJson(JSON.stringify(diagnosis, null, 2))}\n`);
    else if (!this.options.ndjson) {
      const text = escapeLines(formatDiagnosisIn(this.language.texts, escapeStrings(diagnosis)));
      await this.output.add(colourEnabled(this.io) ? colour(text) : text);
    }
    await this.output.flush();
    return diagnosis.findings.length > 0 ? exitCodes.failureFound : exitCodes.noFailure;
  }

  async printSummary(summary: Summary): Promise<void> {
    if (this.options.ndjson) return;
    if (this.options.json) {
      const json = escapeJson(JSON.stringify(summary));
      await this.output.add(this.itemsOpen ? `\n],${json.slice(1)}\n` : this.options.items ? `{"items":[],${json.slice(1)}\n` : `${json}\n`);
      return;
    }
    const text = escapeLines(formatSummaryIn(this.language.texts, summaryTextsFor(this.language.locale), escapeStrings(summary)));
    await this.output.add(colourEnabled(this.io) ? colour(text) : text);
  }

  /** Prints the summary of what the live commands handed over. */
  async finishLive(): Promise<number> {
    await this.drain();
    const summary = this.summarizer.summary();
    await this.printSummary(summary);
    await this.output.flush();
    return summary.findings > 0 ? exitCodes.failureFound : exitCodes.noFailure;
  }
}

/** `expected JSON in "f", found "x", which JSON does not allow there, at byte 12, line 3` (and what was read, when something was). */
function problemLine(problem: InputProblem, source: string, read: number): string {
  const place = problem.place === undefined ? '' : ` at byte ${problem.place.byte}, line ${problem.place.line}`;
  const expected = problem.truncated ? `expected the rest of the JSON in ${source}` : `expected JSON in ${source}`;
  const counted = read > 0 ? `; the summary covers the ${read} ${read === 1 ? 'item' : 'items'} read before` : '';
  return `${expected}, found ${problem.found}${place}${counted}`;
}

// --- the live service ------------------------------------------------------------------------------

async function live(command: 'job' | 'pool' | 'node', ids: string[], options: Arguments, language: Language, io: CommandIo): Promise<number> {
  const needed = command === 'node' ? 2 : 1;
  const usage = command === 'node' ? 'node <pool-id> <node-id>' : `${command} <${command}-id>`;
  if (ids.length !== needed || ids.some((id) => id === ''))
    throw new UsageProblem(`expected ${usage}, found ${ids.length === 0 ? 'no id' : ids.map((id) => JSON.stringify(id)).join(' ')}`);
  // Loaded only for these commands, as the client is.
  const { accountVariables, askService, ClientMissing, defaultPatience, loadClient, ServiceProblem } = await import('./live.js');
  const account = accountOf(options, io.env, accountVariables);
  let batch: Awaited<ReturnType<typeof loadClient>>;
  try {
    batch = await loadClient(io.importBatchClient);
  } catch (error) {
    if (!(error instanceof ClientMissing)) throw error;
    throw new UsageProblem(
      `expected the official client @azure/batch to ask the service (an optional peer dependency: npm install @azure/batch@10), found ${error.message}`,
    );
  }
  const [first = '', second = ''] = ids;
  const patience = io.patience ?? defaultPatience;
  try {
    return await askAndReport(command, first, second, options, language, io, (target, sink) => askService(batch, account, target, sink, language, patience));
  } catch (error) {
    if (error instanceof ServiceProblem) throw new ServiceFailure(error.message);
    throw error;
  }
}

type Target = { kind: 'job'; jobId: string } | { kind: 'pool'; poolId: string } | { kind: 'node'; poolId: string; nodeId: string };

async function askAndReport(
  command: 'job' | 'pool' | 'node',
  first: string,
  second: string,
  options: Arguments,
  language: Language,
  io: CommandIo,
  ask: (target: Target, sink: { item(kind: ItemKind, value: unknown): Promise<void> | void }) => Promise<void>,
): Promise<number> {
  if (command === 'node') {
    let node: unknown;
    await ask(
      { kind: 'node', poolId: first, nodeId: second },
      {
        item: (_kind, value) => {
          node = value;
        },
      },
    );
    const report = new Report({ ...options, poolId: options.poolId ?? first }, language, io, 'node');
    report.item(node, 'document');
    return report.finish(undefined, `node ${second} of pool ${first}`);
  }
  const report = new Report(command === 'job' ? { ...options, jobId: first } : { ...options, poolId: first }, language, io);
  const target = command === 'job' ? { kind: 'job' as const, jobId: first } : { kind: 'pool' as const, poolId: first };
  await ask(target, {
    item: async (kind, value) => {
      report.liveItem(kind, value);
      await report.drain();
    },
  });
  return report.finishLive();
}

/** The account from the flags, else the variables `az batch` reads; an endpoint without a scheme gets `https://`. */
function accountOf(
  options: Arguments,
  env: Readonly<Record<string, string | undefined>>,
  accountVariables: { readonly name: string; readonly key: string; readonly endpoint: string },
): Account {
  const name = options.accountName ?? env[accountVariables.name];
  const key = options.accountKey ?? env[accountVariables.key];
  const endpoint = options.accountEndpoint ?? env[accountVariables.endpoint];
  const missing = [
    name ? undefined : `${accountVariables.name} (or --account-name)`,
    key ? undefined : `${accountVariables.key} (or --account-key)`,
    endpoint ? undefined : `${accountVariables.endpoint} (or --account-endpoint)`,
  ].filter((entry) => entry !== undefined);
  if (missing.length > 0 || !name || !key || !endpoint)
    throw new UsageProblem(`expected the Batch account's name, key and endpoint to ask the service, found no ${missing.join(', no ')}`);
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(endpoint) ? endpoint : `https://${endpoint}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw new UsageProblem(`expected the account endpoint as a URL (https://<account>.<region>.batch.azure.com), found ${JSON.stringify(endpoint)}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new UsageProblem(`expected the account endpoint as an https URL, found ${JSON.stringify(endpoint)}`);
  return { name, key, endpoint: withScheme.replace(/\/+$/, '') };
}

// --- shared ------------------------------------------------------------------------------------

function systemCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

function describeSystemError(code: string): string {
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'a directory';
    case 'EACCES':
    case 'EPERM':
      return 'a file it may not read';
    case 'ENOSPC':
      return 'no space left on the device (ENOSPC)';
    case 'EIO':
      return 'an input/output error (EIO)';
    default:
      return /^E[A-Z]+$/.test(code) ? `an error (${code})` : code.split('\n', 1)[0] || 'an error';
  }
}

/**
 * The reader's language from the environment, as POSIX orders it: LC_ALL,
 * then LC_MESSAGES, then LANG (`de_DE.UTF-8` is `de-DE`); `C` and `POSIX` mean
 * English (undefined).
 */
export function localeOfEnvironment(env: Readonly<Record<string, string | undefined>>): string | undefined {
  const setting = [env['LC_ALL'], env['LC_MESSAGES'], env['LANG']].find((value) => value !== undefined && value !== '');
  if (setting === undefined) return undefined;
  const tag = setting.replace(/[.@].*$/, '').replace(/_/g, '-');
  return tag === 'C' || tag === 'POSIX' || tag === '' ? undefined : tag;
}

/** Colours on a terminal only, and never when NO_COLOR is set to anything (no-color.org) or the terminal is dumb. */
export function colourEnabled(io: Pick<CommandIo, 'stdoutIsTerminal' | 'env'>): boolean {
  return io.stdoutIsTerminal && (io.env['NO_COLOR'] ?? '') === '' && io.env['TERM'] !== 'dumb';
}

const bold = (text: string) => `\u001b[1m${text}\u001b[22m`;
const red = (text: string) => `\u001b[31m${text}\u001b[39m`;
const green = (text: string) => `\u001b[32m${text}\u001b[39m`;
const cyan = (text: string) => `\u001b[36m${text}\u001b[39m`;

/** The heading in bold, each finding's (or group's) first line in bold red (or "no failure" in green), links in cyan. */
function colour(formatted: string): string {
  const lines = formatted.split('\n');
  return lines
    .map((line, index) => {
      if (index === 0) return bold(line);
      if (index === 1 && lines.length === 3) return green(line);
      if (/^\d+\. /.test(line)) return bold(red(line));
      return line.replace(/https:\/\/\S+/g, (url) => cyan(url));
    })
    .join('\n');
}
