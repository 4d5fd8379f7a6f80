/**
 * From changes to a proposed release, as data in and data out (no code is
 * emitted): each package says what its generated code holds per subject
 * (emit/*Subjects), a package is released when a subject it holds differs
 * between the two models, and the strongest bump of the changes about those
 * subjects is its bump (a difference no change explains is a patch).
 */
import { generatedPackages, packageSubjects } from '../emit/index.js';
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
  return generatedPackages.map((folder) => {
    const [old, current] = [packageSubjects[folder](before), packageSubjects[folder](after)];
    const differing = new Set([...old.keys(), ...current.keys()].filter((key) => old.get(key) !== current.get(key)));
    const reaching = changes.filter((change) => subjectsOf(change).some((key) => differing.has(key)));
    let bump = reaching.reduce<Bump | 'none'>((current, change) => strongest(current, bumpOf[change.kind]), 'none');
    // What the package holds decides: nothing differs, no release; a difference no change explains, a patch.
    if (differing.size === 0) bump = 'none';
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
