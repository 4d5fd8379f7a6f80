/**
 * From changes to a proposed release: which packages each change reaches, by
 * what each package's generated code is made of, confirmed by comparing the
 * generated code itself (comments aside) for both models.
 */
import { ts } from 'ts-morph';
import { emitPackages, generatedPackages } from '../emit/index.js';
import type { BatchErrorModel } from '../model.js';
import type { Change } from './compare.js';
import { type Bump, bumpOf, strongest } from './policy.js';

export type PackageFolder = (typeof generatedPackages)[number];

export interface PackageRelease {
  /** npm name, `@batch-errors/core`. */
  name: string;
  bump: Bump | 'none';
  /** The changes behind the bump, in report order. */
  changes: Change[];
}

/** The proposed bump of every generated package, in package order. */
export function proposeRelease(changes: readonly Change[], before: BatchErrorModel, after: BatchErrorModel): PackageRelease[] {
  const changedCode = packagesWithChangedCode(before, after);
  const beforeStatuses = restStatusesByCode(before);
  const afterStatuses = restStatusesByCode(after);
  return generatedPackages.map((folder) => {
    const reaching = changes.filter((change) => packagesReachedBy(change, beforeStatuses, afterStatuses).includes(folder));
    let bump = reaching.reduce<Bump | 'none'>((current, change) => strongest(current, bumpOf[change.kind]), 'none');
    // The generated code decides: unchanged code, no release; changed code with no known reason, a patch.
    if (!changedCode.has(folder)) bump = 'none';
    else if (bump === 'none') bump = 'patch';
    return { name: `@batch-errors/${folder}`, bump, changes: bump === 'none' ? [] : reaching.filter((change) => bumpOf[change.kind] !== 'none') };
  });
}

/**
 * Which packages a change can reach, by what each emitter writes as code:
 * core the code lists, scheduling categories and anchors (messages and
 * statuses only in comments); messages the messages, with statuses for codes
 * documented with several; http the statuses of REST codes.
 */
function packagesReachedBy(change: Change, before: Map<string, string>, after: Map<string, string>): PackageFolder[] {
  const code = change.code ?? '';
  const statusesDiffer = (name: string) => before.get(name) !== after.get(name);
  switch (change.kind) {
    case 'added':
    case 'removed':
    case 'moved':
      return ['core', 'messages', ...(statusesDiffer(code) || change.kind === 'moved' ? (['http'] as const) : [])];
    case 'renamed':
      return ['core', 'messages', ...(statusesDiffer(code) || statusesDiffer(change.previousCode ?? '') ? (['http'] as const) : [])];
    case 'statusChanged': {
      const severalStatuses = (change.statuses?.before.length ?? 0) > 1 || (change.statuses?.after.length ?? 0) > 1;
      return [...(severalStatuses ? (['messages'] as const) : []), ...(statusesDiffer(code) ? (['http'] as const) : [])];
    }
    case 'categoryChanged':
    case 'anchorChanged':
      return ['core'];
    case 'reworded':
    case 'descriptionReworded':
    case 'localeAdded':
    case 'localeRemoved':
      return ['messages'];
    case 'headingChanged':
    case 'frontMatterChanged':
    case 'sampleChanged':
      return [];
  }
}

/** Each REST code's statuses as http writes them: the union over the REST tables, in document order. */
function restStatusesByCode(model: BatchErrorModel): Map<string, string> {
  const statuses = new Map<string, number[]>();
  for (const table of model.tables) {
    if (table.kind !== 'rest') continue;
    for (const entry of table.entries) {
      const list = statuses.get(entry.code) ?? [];
      for (const variant of entry.variants) if (!list.includes(variant.status)) list.push(variant.status);
      statuses.set(entry.code, list);
    }
  }
  return new Map([...statuses].map(([code, list]) => [code, list.join(',')]));
}

/** Packages whose generated code differs between the two models, comments ignored. */
function packagesWithChangedCode(before: BatchErrorModel, after: BatchErrorModel): Set<PackageFolder> {
  const beforeCode = codeByPackage(before);
  const afterCode = codeByPackage(after);
  return new Set(generatedPackages.filter((folder) => beforeCode.get(folder) !== afterCode.get(folder)));
}

function codeByPackage(model: BatchErrorModel): Map<PackageFolder, string> {
  const printer = ts.createPrinter({ removeComments: true });
  const code = new Map<PackageFolder, string>();
  // Two docs folders being compared have different paths; the path is not what changed.
  const comparable: BatchErrorModel = { ...model, document: { ...model.document, file: 'docs' } };
  for (const file of emitPackages(comparable)) {
    const folder = generatedPackages.find((name) => file.path.startsWith(`${name}/`));
    if (!folder) continue;
    const source = ts.createSourceFile(file.path, file.text, ts.ScriptTarget.ES2022, false, ts.ScriptKind.TS);
    code.set(folder, `${code.get(folder) ?? ''}// ${file.path}\n${printer.printFile(source)}`);
  }
  return code;
}
