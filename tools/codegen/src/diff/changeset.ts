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
import { type TableId, tableLabels } from '../model.js';
import type { Change } from './compare.js';
import { code, paragraph, printMarkdown, text } from './markdown.js';
import { bumpOf } from './policy.js';
import type { DiffReport } from './change-report.js';

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
        ? release.changes.map((change) => ({ bump: bumpOf[change.kind], summary: changeSummary(change) }))
        : [{ bump: release.bump, summary: [text('Regenerated from the Azure Batch docs.')] }];
    return entries.map(({ bump, summary }) => {
      const body = `---\n${stringifyYaml({ [release.name]: bump === 'none' ? release.bump : bump })}---\n\n${printMarkdown([paragraph(...summary)])}`;
      const hash = createHash('sha256').update(body).digest('hex').slice(0, 10);
      return { fileName: `docs-${folder}-${hash}.md`, text: body };
    });
  });
}

function changeSummary(change: Change): Parameters<typeof paragraph> {
  const where = (table: TableId) => ` (${tableLabels[table]})`;
  switch (change.kind) {
    case 'added':
      return [text('New code '), code(change.code), text(`${where(change.table)}.`)];
    case 'removed':
      return [text('Removed code '), code(change.code), text(`${where(change.table)}.`)];
    case 'renamed':
      return [code(change.previousCode), text(' is now '), code(change.code), text(`${where(change.table)}.`)];
    case 'statusChanged':
      return [
        code(change.code),
        text(`${where(change.table)}: HTTP status ${change.statuses.before.join(', ') || 'none'} → ${change.statuses.after.join(', ') || 'none'}.`),
      ];
    case 'categoryChanged':
      return [code(change.code), text(`${where(change.table)}: category ${change.categories.before} → ${change.categories.after}.`)];
    case 'reworded':
      return [
        text(`Reworded the ${change.locale === 'en-us' ? '' : `${change.locale} `}message of `),
        code(change.code),
        text(`${where(change.table)}: "${change.message.after}"`),
      ];
    case 'descriptionReworded':
      return [text(`Reworded the ${change.locale === 'en-us' ? '' : `${change.locale} `}description of `), code(change.category), text('.')];
    case 'moved':
      return [text('Moved '), code(change.code), text(`${where(change.table)} from row ${change.position.before + 1} to row ${change.position.after + 1}.`)];
    case 'anchorChanged':
      return [text(`Docs links of ${tableLabels[change.table]} now use the anchor "${change.anchor.after ?? ''}".`)];
    case 'localeAdded':
      return [text('New locale '), code(change.locale), text('.')];
    case 'localeRemoved':
      return [text('Removed locale '), code(change.locale), text('.')];
    case 'knownCodeAdded':
      return [code(change.code), text(` is now known: the official SDKs list it (${change.lists.join(', ')}), the docs do not.`)];
    case 'knownCodeRemoved':
      return [code(change.code), text(' is no longer known: no SDK list and no docs table has it.')];
    case 'knownSourcesChanged':
      return [text('The SDK lists that hold '), code(change.code), text(` are now ${change.lists.after.join(', ') || 'none'}.`)];
    case 'knownListChanged':
      return [text('The SDK list '), code(change.list), text(` was read again at ${change.commit.after?.slice(0, 12) ?? 'no commit'}.`)];
    case 'statementChanged':
      return [text('"Error handling and detection in Azure Batch" now states '), code(change.statement), text(` as ${change.value.after ?? 'nothing'}.`)];
    case 'headingChanged':
    case 'frontMatterChanged':
    case 'sampleChanged':
      return [text(kindSummary[change.kind])];
  }
}

/** Kinds no package is released for, should one ever reach a changeset. */
const kindSummary = { headingChanged: 'A section heading changed.', frontMatterChanged: 'The front matter changed.', sampleChanged: 'A code sample changed.' };
