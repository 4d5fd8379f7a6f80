/**
 * `batch-errors-diagnose`: reads one JSON document (a task, job, pool, compute
 * node, or a job's preparation and release task status) from a file or
 * standard input, and prints its diagnosis. Exit 0: no failure found; 1: a
 * failure diagnosed; 2: input or arguments it cannot read, said in one line.
 */
import { parseArgs } from 'node:util';
import { diagnoseJob } from '../diagnose-job.js';
import { diagnoseNode } from '../diagnose-node.js';
import { diagnosePool } from '../diagnose-pool.js';
import { diagnoseTask } from '../diagnose-task.js';
import type { Diagnosis } from '../finding.js';
import { formatDiagnosis } from '../format.js';
import { type DocumentKind, detectDocument } from './detect.js';

/** The command's name, as messages start. */
export const commandName = 'batch-errors-diagnose';

/** The largest document read, so a wrong file (a disk image, say) fails fast. */
const maxInputBytes = 64 * 1024 * 1024;

/** What the command reads and writes: the process, or a test's stand-in. */
export interface CommandIo {
  /** Reads a file (at most `limit` bytes, then fails with `tooLarge`); rejects with the system error (`ENOENT`, `EISDIR`, …). */
  readFile(path: string, limit: number): Promise<Uint8Array>;
  /** Reads all of standard input (at most `limit` bytes). */
  readStdin(limit: number): Promise<Uint8Array>;
  stdinIsTerminal: boolean;
  stdoutIsTerminal: boolean;
  env: Readonly<Record<string, string | undefined>>;
  stdout(text: string): void;
  stderr(text: string): void;
  version: string;
}

/** Thrown by `readFile`/`readStdin` when the input is larger than the limit. */
export class InputTooLarge extends Error {}

/** An input or argument problem: one line saying what was expected and what was found. */
class UsageProblem extends Error {}

const exitCodes = { noFailure: 0, failureFound: 1, unreadable: 2 } as const;

export const helpText = `Usage: ${commandName} [options] [file]

Explains why an Azure Batch task, job, pool or compute node failed, from the
JSON the REST API returns or \`az batch … show -o json\` prints: a task, a job,
a job's preparation and release task status list, a pool or a node. Reads the
file, or standard input when no file (or -) is given.

  az batch task show --job-id <job> --task-id <task> -o json | npx ${commandName}

Options:
  --locale <tag>  language of the text: en-US, de-DE, es-ES, fr-FR, ja-JP, pt-BR,
                  zh-CN (default: from LC_ALL, LC_MESSAGES or LANG, else English)
  --json          print the diagnosis as JSON instead of text
  -h, --help      print this help
  -v, --version   print the version

Exit status: 0 when no failure was found, 1 when one was diagnosed, 2 when the
input or the arguments cannot be read. Colours only on a terminal, never when
NO_COLOR is set.
`;

/** Runs the command; resolves to its exit code. Every problem it can meet is written as one line. */
export async function runCommand(args: readonly string[], io: CommandIo): Promise<number> {
  try {
    return await diagnoseInput(args, io);
  } catch (error) {
    if (!(error instanceof UsageProblem)) throw error;
    io.stderr(`${commandName}: ${error.message}\n`);
    return exitCodes.unreadable;
  }
}

async function diagnoseInput(args: readonly string[], io: CommandIo): Promise<number> {
  const options = readArguments(args);
  if (options.help) {
    io.stdout(helpText);
    return exitCodes.noFailure;
  }
  if (options.version) {
    io.stdout(`${io.version}\n`);
    return exitCodes.noFailure;
  }
  const { bytes, source } = await readInput(options.file, io);
  const detected = detectDocument(parseJson(decode(bytes, source), source));
  if ('found' in detected)
    throw new UsageProblem(
      `expected a Batch task, job, pool, compute node or job preparation and release task status (the REST API's JSON or az batch … show -o json) in ${source}, found ${detected.found}`,
    );
  const locale = options.locale ?? localeOfEnvironment(io.env);
  const diagnosis = diagnose(detected.kind, detected.document, locale === undefined ? {} : { locale });
  if (options.json) io.stdout(`${JSON.stringify(diagnosis, null, 2)}\n`);
  else io.stdout(colourEnabled(io) ? colour(formatDiagnosis(diagnosis)) : formatDiagnosis(diagnosis));
  return diagnosis.findings.length > 0 ? exitCodes.failureFound : exitCodes.noFailure;
}

interface Arguments {
  file?: string;
  locale?: string;
  json: boolean;
  help: boolean;
  version: boolean;
}

const optionNames = ['--locale', '--json', '--help', '--version'];

function readArguments(args: readonly string[]): Arguments {
  // Not strict: every token is checked here, so each problem gets its own one-line message.
  const { tokens } = parseArgs({
    args: [...args],
    options: {
      locale: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  const result: Arguments = { json: false, help: false, version: false };
  const files: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') files.push(token.value);
    if (token.kind !== 'option') continue;
    if (!['locale', 'json', 'help', 'version'].includes(token.name))
      throw new UsageProblem(`expected options ${optionNames.join(', ')} (see --help), found ${token.rawName}`);
    if (token.name === 'locale') {
      if (token.value === undefined || token.value === '') throw new UsageProblem('expected a language tag after --locale (such as de-DE), found none');
      result.locale = token.value;
    } else if (token.value !== undefined) {
      throw new UsageProblem(`expected ${token.rawName} without a value, found ${token.rawName}=${token.value}`);
    } else result[token.name as 'json' | 'help' | 'version'] = true;
  }
  if (files.length > 1)
    throw new UsageProblem(`expected one file (or JSON on standard input), found ${files.length}: ${files.map((file) => JSON.stringify(file)).join(', ')}`);
  const [file] = files;
  if (file !== undefined && file !== '-') result.file = file;
  return result;
}

async function readInput(file: string | undefined, io: CommandIo): Promise<{ bytes: Uint8Array; source: string }> {
  if (file === undefined) {
    if (io.stdinIsTerminal) throw new UsageProblem('expected a file argument or JSON on standard input, found a terminal (see --help)');
    const bytes = await io.readStdin(maxInputBytes).catch((error: unknown) => {
      throw new UsageProblem(`expected JSON on standard input, found ${describeReadError(error)}`);
    });
    return { bytes, source: 'standard input' };
  }
  const shown = JSON.stringify(file);
  const bytes = await io.readFile(file, maxInputBytes).catch((error: unknown) => {
    throw new UsageProblem(`expected a readable JSON file at ${shown}, found ${describeReadError(error)}`);
  });
  return { bytes, source: shown };
}

function describeReadError(error: unknown): string {
  if (error instanceof InputTooLarge) return `more than ${maxInputBytes / 1024 / 1024} MiB`;
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'a directory';
    case 'EACCES':
    case 'EPERM':
      return 'a file it may not read';
    default:
      return code === undefined ? (String(error).split('\n', 1)[0] ?? 'an error') : `an error (${code})`;
  }
}

/** UTF-8 (a byte order mark dropped), or UTF-16 with a byte order mark (PowerShell's `>` writes it). */
function decode(bytes: Uint8Array, source: string): string {
  const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new UsageProblem(`expected UTF-8 text in ${source}, found bytes that are not (a binary file?)`);
  }
}

function parseJson(text: string, source: string): unknown {
  if (text.trim() === '') throw new UsageProblem(`expected a JSON document in ${source}, found ${source === 'standard input' ? 'nothing' : 'an empty file'}`);
  try {
    return JSON.parse(text);
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').slice(0, 160);
    const position = /at position (\d+)/.exec(reason)?.[1];
    const place = position === undefined ? '' : ` at ${placeOf(text, Number(position))}`;
    throw new UsageProblem(`expected JSON in ${source}, found text JSON cannot read${place} (${reason})`);
  }
}

/** `line L, column C` of a character offset. */
function placeOf(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `line ${line}, column ${offset - before.lastIndexOf('\n')}`;
}

function diagnose(kind: DocumentKind, document: unknown, options: { locale?: string }): Diagnosis {
  switch (kind) {
    case 'task':
      return diagnoseTask(document as never, options);
    case 'job':
      return diagnoseJob(document as never, undefined, options);
    case 'preparation-and-release-status':
      return diagnoseJob({}, document as never, options);
    case 'pool':
      return diagnosePool(document as never, options);
    case 'node':
      return diagnoseNode(document as never, options);
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

/** The heading in bold, each finding's summary in bold red (or "no failure" in green), links in cyan. */
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
