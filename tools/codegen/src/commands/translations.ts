/**
 * `translations`: each locale's coverage, and the lock of which English text
 * each translated row translates.
 */
import path from 'node:path';
import { InvalidArgumentError } from 'commander';
import { isLockText } from '../docs-folder.js';
import { docsLabel } from '../read.js';
import { formatLock, type LocaleCoverage, updateLock } from '../translations.js';
import { translationsLockFileName } from '../layout.js';
import { writeFileAtomic } from '../write.js';
import { addDocsOptions, type CommandModule, type DocsOptions, loadDocsForCommand } from './context.js';

export interface TranslationsOptions extends DocsOptions {
  check: boolean;
  accept: string[];
}

const localePattern = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})+$/;

export const translationsCommand: CommandModule = {
  name: 'translations',
  define(command, { io, exit }) {
    addDocsOptions(command)
      .description("print each locale's coverage (translated, stale, missing) and record updated rows in the translations lock")
      .option('--check', 'exit 1 when the lock is not up to date; write nothing', false)
      .option('--accept <locale>', 'mark every translated row of a locale as up to date (repeatable)', collectLocale, [])
      .action(async (options: TranslationsOptions) => {
        const loaded = await loadDocsForCommand(options, io);
        if (!loaded) return exit(1);
        const { model, folder } = loaded;
        const locales = model.translations.map((translation) => translation.document.locale);
        const unknown = options.accept.filter((locale) => !locales.includes(locale));
        if (unknown.length > 0) {
          io.stderr(
            `batch-errors-codegen: --accept expects a translated locale (${locales.join(', ') || 'none'}), found ${unknown.join(', ')}; nothing was written.`,
          );
          return exit(2);
        }
        const lockPath = path.join(folder.dir, translationsLockFileName);
        const { lock, coverage } = updateLock(model, loaded.lock, options.accept);
        const lockText = formatLock(lock);
        const lockIsCurrent = model.translations.length === 0 || isLockText(folder, lockText);
        io.stdout(formatCoverage(coverage));
        if (options.check) {
          if (!lockIsCurrent) io.stdout(`stale: ${docsLabel(lockPath)}; run \`pnpm exec batch-errors-codegen translations\`.`);
          return exit(lockIsCurrent ? 0 : 1);
        }
        if (!lockIsCurrent) await writeFileAtomic(lockPath, lockText);
        io.stdout(`batch-errors-codegen: ${docsLabel(lockPath)} ${lockIsCurrent ? 'unchanged' : 'written'}.`);
        exit(0);
      });
  },
};

function collectLocale(value: string, previous: string[]): string[] {
  if (!localePattern.test(value)) throw new InvalidArgumentError(`Expected a locale such as fr-fr, found "${value}".`);
  return [...previous, value];
}

function formatCoverage(coverage: readonly LocaleCoverage[]): string {
  const rows = [
    ['locale', 'translated', 'stale', 'missing'],
    ...coverage.map((entry) => [entry.locale, String(entry.translated), String(entry.stale), String(entry.missing)]),
  ];
  const widths = rows.reduce<number[]>((max, row) => row.map((cell, column) => Math.max(max[column] ?? 0, cell.length)), []);
  const lines = rows.map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  '));
  for (const entry of coverage) for (const key of entry.staleRows) lines.push(`stale in ${entry.locale}: ${key}`);
  return lines.join('\n');
}
