/**
 * What `generate` would write, for `generate` (which writes it) and `check`
 * (which compares it): the generated files and the translations lock.
 */
import path from 'node:path';
import { emitFiles } from '../emit-thread.js';
import { isLockText } from '../docs-folder.js';
import type { LoadedDocs } from './context.js';
import type { Timings } from '../timings.js';
import { formatLock, updateLock } from '../translations.js';
import { defaultRegenerateCommand, generatedPackages, translationsLockFileName } from '../layout.js';
import { type OutputPlan, planOutput } from '../write.js';

export interface PlannedOutput {
  plan: OutputPlan;
  generatedCount: number;
  lockPath: string;
  lockText: string;
  /** The lock on disk is what generate writes (or the docs have no translations). */
  lockIsCurrent: boolean;
}

export async function planGeneration(loaded: LoadedDocs, packagesDir: string, timings: Timings): Promise<PlannedOutput> {
  const { model, folder } = loaded;
  const generated = await timings.measure('emit', () => emitFiles(model, regenerateCommandFor(folder.label)));
  const plan = await planOutput(packagesDir, generatedPackages, generated);
  const lockPath = path.join(folder.dir, translationsLockFileName);
  const lockText = formatLock(updateLock(model, loaded.lock).lock);
  const lockIsCurrent = model.translations.length === 0 || isLockText(folder, lockText);
  return { plan, generatedCount: generated.length, lockPath, lockText, lockIsCurrent };
}

/** The command printed in generated headers: the options that shape the output, none of where it goes. */
export function regenerateCommandFor(docsFolder: string): string {
  if (docsFolder === 'docs-source') return defaultRegenerateCommand;
  return `${defaultRegenerateCommand} --docs ${/^[\w./@:+-]+$/.test(docsFolder) ? docsFolder : `'${docsFolder.replaceAll("'", `'\\''`)}'`}`;
}

/** A path as the user would type it from where the command runs. */
export function shownPath(file: string): string {
  return path.relative(process.cwd(), file).split(path.sep).join('/') || '.';
}
