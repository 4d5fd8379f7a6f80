/**
 * Changesets (`.changeset/*.md`) written from the proposed release: one per
 * package and change, so each package's CHANGELOG gets one entry per change
 * that concerns it and nothing of the other packages. A changeset's name is a
 * hash of its text: writing the same change again (a second run, or a second
 * docs change on the same branch whose report repeats the first) finds it
 * there instead of repeating its entry.
 */
import { createHash } from 'node:crypto';
import { stringify as stringifyYaml } from 'yaml';
import { tableNames } from '../emit/core.js';
import type { Change } from './compare.js';
import { code, paragraph, printMarkdown, text } from './markdown.js';
import { bumpOf } from './policy.js';
import type { DiffReport } from './report.js';

export interface Changeset {
  fileName: string;
  text: string;
}

/** The changesets for a report, in package then report order; empty when no package needs a release. */
export function changesetsOf(report: DiffReport): Changeset[] {
  return report.release.flatMap((release) => {
    if (release.bump === 'none') return [];
    const folder = release.name.replace('@batch-errors/', '');
    // A package whose generated code changed for no reason the policy names still gets one entry.
    const entries =
      release.changes.length > 0
        ? release.changes.map((change) => ({ bump: bumpOf[change.kind], summary: summarize(change) }))
        : [{ bump: release.bump, summary: [text('Regenerated from the Azure Batch docs.')] }];
    return entries.map(({ bump, summary }) => {
      const body = `---\n${stringifyYaml({ [release.name]: bump === 'none' ? release.bump : bump })}---\n\n${printMarkdown([paragraph(...summary)])}`;
      const hash = createHash('sha256').update(body).digest('hex').slice(0, 10);
      return { fileName: `docs-${folder}-${hash}.md`, text: body };
    });
  });
}

function summarize(change: Change): Parameters<typeof paragraph> {
  const where = change.table ? ` (${tableNames[change.table].label})` : '';
  switch (change.kind) {
    case 'added':
      return [text('New code '), code(change.code ?? ''), text(`${where}.`)];
    case 'removed':
      return [text('Removed code '), code(change.code ?? ''), text(`${where}.`)];
    case 'renamed':
      return [code(change.previousCode ?? ''), text(' is now '), code(change.code ?? ''), text(`${where}.`)];
    case 'statusChanged':
      return [
        code(change.code ?? ''),
        text(`${where}: HTTP status ${change.statuses?.before.join(', ') || 'none'} → ${change.statuses?.after.join(', ') || 'none'}.`),
      ];
    case 'categoryChanged':
      return [code(change.code ?? ''), text(`${where}: category ${change.categories?.before} → ${change.categories?.after}.`)];
    case 'reworded':
      return [
        text(`Reworded the ${change.locale && change.locale !== 'en-us' ? `${change.locale} ` : ''}message of `),
        code(change.code ?? ''),
        text(`${where}: "${change.message?.after ?? ''}"`),
      ];
    case 'localeAdded':
      return [text('New locale '), code(change.locale ?? ''), text('.')];
    case 'localeRemoved':
      return [text('Removed locale '), code(change.locale ?? ''), text('.')];
    case 'descriptionReworded':
      return [text('Reworded the description of '), code(change.category ?? ''), text('.')];
    case 'moved':
      return [
        text('Moved '),
        code(change.code ?? ''),
        text(`${where} from row ${(change.position?.before ?? 0) + 1} to row ${(change.position?.after ?? 0) + 1}.`),
      ];
    case 'anchorChanged':
      return [text(`Docs links of ${change.table ?? 'a table'} now use the anchor "${change.value?.after ?? ''}".`)];
    default:
      return [text(change.kind)];
  }
}
