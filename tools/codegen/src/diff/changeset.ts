/**
 * A changeset (`.changeset/*.md`) written from the proposed release: the
 * bumps as front matter, a summary naming the codes concerned. Its name is a
 * hash of its text, so writing it again for the same change finds it there.
 */
import { createHash } from 'node:crypto';
import { stringify as stringifyYaml } from 'yaml';
import { tableNames } from '../emit/core.js';
import type { Change } from './compare.js';
import { code, list, listItem, paragraph, printMarkdown, text } from './markdown.js';
import type { DiffReport } from './report.js';

export interface Changeset {
  fileName: string;
  text: string;
}

/** The changeset for a report, or undefined when no package needs a release. */
export function changesetOf(report: DiffReport): Changeset | undefined {
  const bumped = report.release.filter((release) => release.bump !== 'none');
  if (bumped.length === 0) return undefined;
  const bumps = Object.fromEntries(bumped.map((release) => [release.name, release.bump]));
  const concerned = new Map<string, Change>();
  for (const release of bumped) for (const change of release.changes) concerned.set(JSON.stringify(change), change);
  const summary = printMarkdown([
    paragraph(text('Generated from a change to the Azure Batch docs ("Batch Status and Error Codes"):')),
    list([...concerned.values()].map((change) => listItem(...summarize(change)))),
  ]);
  const body = `---\n${stringifyYaml(bumps)}---\n\n${summary}`;
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 10);
  return { fileName: `docs-${hash}.md`, text: body };
}

function summarize(change: Change): Parameters<typeof listItem> {
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
        text(`${where}.`),
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
