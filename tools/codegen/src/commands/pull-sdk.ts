/**
 * `pull-sdk`: the code lists of an official SDK repository (azure-sdk-for-net,
 * azure-sdk-for-java), read again at a ref from the files and types that
 * known-codes.json names, with the commit each was read at. Names and values
 * only; the SDK's files are never copied. A list whose file or type is not
 * there is reported with the paths looked at, and kept.
 */
import path from 'node:path';
import { Option } from 'commander';
import { hasErrors } from '../diagnostics.js';
import { readDocsFolder } from '../docs-folder.js';
import { GitError, git, lastChange, openRepository, repositoryName, resolveCommit } from '../git.js';
import { formatKnownCodes, type KnownCodeList, knownCodesFileName } from '../known-codes.js';
import { formatProblems, type ReportFormat } from '../print-problems.js';
import { languageOf, sdkConstants } from '../sdk-lists.js';
import { plural } from '../words.js';
import { writeFileAtomic } from '../write.js';
import type { CommandModule, Io } from './context.js';

export interface PullSdkOptions {
  docs: string;
  from: string;
  ref?: string;
  reporter: ReportFormat;
}

export const pullSdkCommand: CommandModule = {
  name: 'pull-sdk',
  define(command, { io, exit }) {
    command
      .description(
        `read again the code lists that <docs>/${knownCodesFileName} names from a clone of their SDK repository (or anything git clone accepts) at a ref, and record the commit of each`,
      )
      .requiredOption('--from <repository>', 'the SDK repository (azure-sdk-for-net, azure-sdk-for-java)')
      .option('--ref <ref>', 'the commit, branch or tag to read the lists at (default: the newest commit)')
      .option('--docs <dir>', 'docs folder', 'docs-source')
      .addOption(new Option('--reporter <name>', 'how problems are printed').choices(['compact', 'unified']).default('compact'))
      .action(async (options: PullSdkOptions) => exit(await runPullSdk(options, io)));
  },
};

async function runPullSdk(options: PullSdkOptions, io: Io): Promise<number> {
  const folder = await readDocsFolder(options.docs);
  const { knownCodes } = folder;
  if (!knownCodes.value) {
    if (hasErrors([knownCodes.file])) io.stderr(formatProblems([knownCodes.file], { color: io.color ?? false, format: options.reporter }));
    io.stderr(
      `batch-errors-codegen: ${knownCodes.file.path} ${knownCodes.bytes ? 'cannot be read' : 'is not there'}; it names the lists to read; nothing was written.`,
    );
    return 1;
  }
  const known = knownCodes.value;
  let repository: Awaited<ReturnType<typeof openRepository>>;
  try {
    repository = await openRepository(options.from);
  } catch (error) {
    if (!(error instanceof GitError)) throw error;
    io.stderr(`batch-errors-codegen: ${error.message}; nothing was written.`);
    return 1;
  }
  try {
    const mine = known.lists.filter((list) => repositoryName(list.repository) === repository.name);
    if (mine.length === 0) {
      const names = [...new Set(known.lists.map((list) => repositoryName(list.repository)))].join(', ');
      io.stderr(`batch-errors-codegen: Expected a clone of a repository the lists come from (${names}), found ${repository.name}; nothing was written.`);
      return 1;
    }
    const commit = await resolveCommit(repository, options.ref ?? 'HEAD');
    const lists: KnownCodeList[] = [];
    let changed = 0;
    let kept = 0;
    for (const list of known.lists) {
      if (!mine.includes(list)) {
        lists.push(list);
        continue;
      }
      const read = await readList(repository, commit, list);
      if (typeof read === 'string') {
        io.stderr(`${knownCodes.file.path}:${list.place.line}:${list.place.column}: warning: ${read}; the list is kept as it was [sdk-list-missing]`);
        lists.push(list);
        kept++;
        continue;
      }
      const before = new Set(list.codes.map((code) => `${code.constant ?? code.value}=${code.value}`));
      const after = new Set(read.codes.map((code) => `${code.constant ?? code.value}=${code.value}`));
      const added = [...after].filter((code) => !before.has(code));
      const removed = [...before].filter((code) => !after.has(code));
      if (added.length + removed.length > 0 || read.commit !== list.commit) changed++;
      io.stdout(
        `${list.id}: ${plural(read.codes.length, 'code')} at ${read.commit.slice(0, 12)}${added.length > 0 ? `; added ${added.map(shown).join(', ')}` : ''}${removed.length > 0 ? `; removed ${removed.map(shown).join(', ')}` : ''}`,
      );
      lists.push(read);
    }
    const text = formatKnownCodes({ note: known.note, lists });
    const previous = String(knownCodes.file.value);
    if (text !== previous) await writeFileAtomic(path.join(folder.dir, knownCodesFileName), text);
    io.stdout(
      `batch-errors-codegen: ${knownCodes.file.path} ${text === previous ? 'unchanged' : 'written'}: ${plural(mine.length - kept, 'list')} read from ${repository.label} at ${commit.slice(0, 12)}, ${changed} changed${kept > 0 ? `, ${kept} kept as they were` : ''}. Run \`pnpm exec batch-errors-codegen generate\`, then \`drift\`.`,
    );
    return 0;
  } catch (error) {
    if (!(error instanceof GitError)) throw error;
    io.stderr(`batch-errors-codegen: ${error.message}; nothing was written.`);
    return 1;
  } finally {
    await repository.close();
  }
}

/** `Name=Value` as the report shows it: the value, with the constant's name when it differs. */
function shown(entry: string): string {
  const [constant, value] = entry.split('=');
  return constant === value ? `${value}` : `${value} (as ${constant})`;
}

/** The list read again at `commit`; a sentence saying what was not found otherwise. */
async function readList(repository: Awaited<ReturnType<typeof openRepository>>, commit: string, list: KnownCodeList): Promise<KnownCodeList | string> {
  const language = languageOf(list.path);
  if (!language) return `Expected a .cs or .java file for ${list.id}, found ${list.path}`;
  const listed = (await git(repository.folder, ['ls-tree', '-z', '--full-tree', commit, '--', list.path])).split('\0').filter(Boolean);
  const entry = listed[0]?.match(/^(\d+) (\w+) ([0-9a-f]+)\t/);
  if (entry?.[2] !== 'blob') {
    return `Expected ${list.type} in ${list.path} of ${repository.label} at ${commit.slice(0, 12)}, found ${entry ? `a ${entry[2]} there` : 'no such file'} (looked at ${list.path})`;
  }
  const source = await git(repository.folder, ['cat-file', 'blob', entry[3] ?? '']);
  const constants = sdkConstants(source, list.type, language);
  if (!constants) return `Expected the type ${list.type} in ${list.path} of ${repository.label} at ${commit.slice(0, 12)}, found the file without it`;
  const { commit: changedAt } = await lastChange(repository, commit, list.path);
  // A constant declared twice (in two nested types of one name) is one constant.
  const unique = [...new Map(constants.map((entry) => [entry.constant, entry])).values()];
  return {
    ...list,
    commit: changedAt,
    codes: unique.map(({ constant, value }) => (constant === value ? { value, place: list.place } : { value, constant, place: list.place })),
  };
}
