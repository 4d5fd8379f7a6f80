/**
 * From changes to a proposed release: which packages each change reaches, by
 * what each package's generated code is made of, confirmed by comparing the
 * generated code itself (comments aside) for both models.
 */
import { ts } from 'ts-morph';
import { bundledGeneratedFiles, emitPackages, generatedPackages, packageSubjects } from '../emit/index.js';
import { subject } from '../emit/subjects.js';
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
  return generatedPackages.map((folder) => {
    const [old, current] = [packageSubjects[folder](before), packageSubjects[folder](after)];
    const reaching = changes.filter((change) => subjectsOf(change).some((key) => old.get(key) !== current.get(key)));
    let bump = reaching.reduce<Bump | 'none'>((current, change) => strongest(current, bumpOf[change.kind]), 'none');
    // The generated code decides: unchanged code, no release; changed code with no known reason, a patch.
    if (!changedCode.has(folder)) bump = 'none';
    else if (bump === 'none') bump = 'patch';
    return { name: `@batch-errors/${folder}`, bump, changes: bump === 'none' ? [] : reaching.filter((change) => bumpOf[change.kind] !== 'none') };
  });
}

/** The subjects of the packages' code a change is about; it reaches a package whose code for one of them differs. */
function subjectsOf(change: Change): string[] {
  switch (change.kind) {
    case 'added':
    case 'removed':
    case 'statusChanged':
    case 'categoryChanged':
    case 'reworded':
      return [subject.row(change.table, change.code), subject.code(change.code)];
    case 'moved':
      return [subject.order(change.table)];
    case 'renamed':
      return [
        subject.row(change.table, change.code),
        subject.code(change.code),
        subject.row(change.table, change.previousCode),
        subject.code(change.previousCode),
      ];
    case 'descriptionReworded':
      return [subject.category(change.category)];
    case 'anchorChanged':
      return [subject.anchor(change.table)];
    case 'localeAdded':
    case 'localeRemoved':
      return [subject.locale(change.locale)];
    case 'knownCodeAdded':
    case 'knownCodeRemoved':
    case 'knownSourcesChanged':
      return [subject.knownCode(change.code)];
    case 'knownListChanged':
      return [subject.knownList(change.list)];
    case 'statementChanged':
      return [subject.statement(change.statement)];
    case 'headingChanged':
    case 'frontMatterChanged':
    case 'sampleChanged':
      return [];
  }
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
  for (const file of emitPackages(comparable).filter((generated) => generated.path.endsWith('.ts'))) {
    // A file counts for its own package and for each package that bundles it.
    const owners = generatedPackages.filter((name) => file.path.startsWith(`${name}/`) || bundledGeneratedFiles[name]?.includes(file.path));
    if (owners.length === 0) continue;
    const printed = printer.printFile(ts.createSourceFile(file.path, file.text, ts.ScriptTarget.ES2022, false, ts.ScriptKind.TS));
    for (const folder of owners) code.set(folder, `${code.get(folder) ?? ''}// ${file.path}\n${printed}`);
  }
  return code;
}
