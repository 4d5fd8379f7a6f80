/**
 * The diff for people (a Markdown report for a pull request) and for
 * machines (JSON). Both come from one `DiffReport` value.
 */
import type { PhrasingContent, RootContent } from 'mdast';
import { type SourceLocation, type TableId, tableLabels } from '../model.js';
import { standardReasonPhrase } from '../status.js';
import type { Change, WordPart } from './compare.js';
import { bumpOf } from './policy.js';
import { code, deleted, heading, link, list, listItem, paragraph, printMarkdown, blockquote, strong, table, text } from './markdown.js';
import type { PageChange } from './pages.js';
import type { PackageRelease } from './release.js';
import type { KnownProblem } from '../baseline.js';
import type { UpstreamRevision } from '../upstream.js';

/** A page whose recorded upstream revision changed (`docs-source/upstream.json`). */
export interface UpstreamChange {
  /** Path inside the docs folder: `en-us/batch-status-and-error-codes.md`. */
  page: string;
  before?: UpstreamRevision;
  after?: UpstreamRevision;
}

/** A warning about the docs, by page, rule and the text of its line. */
export interface ProblemEntry extends KnownProblem {
  line: number;
  reason: string;
}

export interface DiffReport {
  /** What the docs were compared from and to: a git ref or a folder, and a folder or "the working tree". */
  from: string;
  to: string;
  /** The upstream revisions the pages now are, where they changed. */
  upstream: UpstreamChange[];
  /** The rows of the drift summary that differ, before and after. */
  drift: { name: string; before: string; after: string }[];
  /** Docs problems (warnings) the new docs add, and those they no longer have. */
  problems: { added: ProblemEntry[]; fixed: ProblemEntry[] };
  changes: Change[];
  pages: PageChange[];
  release: PackageRelease[];
  /** Some package needs a major release. */
  breaking: boolean;
}

export interface MarkdownOptions {
  /** Prefix for source links (`https://github.com/org/repo/blob/<sha>/`); relative paths by default. */
  linkBase?: string;
}

const kindLabels: Record<Change['kind'], string> = {
  added: 'added',
  removed: 'removed',
  renamed: 'renamed?',
  statusChanged: 'status changed',
  categoryChanged: 'category changed',
  reworded: 'reworded',
  descriptionReworded: 'reworded',
  moved: 'moved',
  anchorChanged: 'anchor changed',
  headingChanged: 'heading changed',
  frontMatterChanged: 'front matter',
  sampleChanged: 'sample changed',
  localeAdded: 'locale added',
  localeRemoved: 'locale removed',
  knownCodeAdded: 'newly known',
  knownCodeRemoved: 'no longer known',
  knownSourcesChanged: 'lists changed',
  knownListChanged: 'list read again',
  statementChanged: 'statement changed',
};

const modelFrontMatterFields = new Set(['title', 'ms.title', 'ms.date']);

/** The kinds the release policy bumps nothing for. */
const noEffectKinds = new Set((Object.keys(bumpOf) as Change['kind'][]).filter((kind) => bumpOf[kind] === 'none'));

export function renderChangeReport(report: DiffReport, options: MarkdownOptions = {}): string {
  const linkBase = options.linkBase ?? '';
  const blocks: RootContent[] = [heading(1, text('Docs change report')), paragraph(text('From '), code(report.from), text(' to '), code(report.to), text('.'))];

  if (report.upstream.length > 0) {
    blocks.push(heading(2, text('Upstream')));
    blocks.push(list(report.upstream.map((change) => listItem(...describeUpstream(change)))));
  }

  if (report.changes.length === 0 && report.pages.length === 0 && report.drift.length === 0) {
    blocks.push(paragraph(text('No differences in the docs.')));
    return printMarkdown(blocks);
  }

  blocks.push(heading(2, text('Proposed release')));
  blocks.push(
    table(
      ['package', 'bump', 'because of'],
      report.release.map((release) => [
        [code(release.name)],
        release.bump === 'none' ? [text('none')] : [strong(text(release.bump))],
        [text(summarizeKinds(release.changes))],
      ]),
    ),
  );
  if (report.breaking)
    blocks.push(blockquote(strong(text('Breaking:')), text(' a major release; users relying on the removed, renamed or changed entries must update.')));
  const added = report.changes.filter((change) => change.kind === 'added' || change.kind === 'renamed');
  if (added.length > 0) {
    blocks.push(
      blockquote(
        strong(text('New codes:')),
        text(' code that handles every code in a '),
        code('switch'),
        text(' over a code union (exhaustively) stops compiling until it handles '),
        ...joinPhrasing(added.map((change) => code(change.code))),
        text('.'),
      ),
    );
  }

  for (const table of report.release.length > 0 ? tableOrder(report.changes) : []) {
    const changes = report.changes.filter((change) => 'table' in change && change.table === table && !noEffectKinds.has(change.kind));
    if (changes.length === 0) continue;
    blocks.push(heading(2, text(`${tableLabels[table]} (`), code(table), text(')')));
    blocks.push(list(changes.map((change) => listItem(...describeChange(change, linkBase)))));
  }
  const localeChanges = report.changes.filter((change) => change.kind === 'localeAdded' || change.kind === 'localeRemoved');
  if (localeChanges.length > 0) {
    blocks.push(heading(2, text('Locales')));
    blocks.push(list(localeChanges.map((change) => listItem(...describeChange(change, linkBase)))));
  }
  const statementChanges = report.changes.filter((change) => change.kind === 'statementChanged');
  if (statementChanges.length > 0) {
    blocks.push(heading(2, text('Statements of "Error handling and detection in Azure Batch"')));
    blocks.push(list(statementChanges.map((change) => listItem(...describeChange(change, linkBase)))));
  }
  const knownKinds: ReadonlySet<Change['kind']> = new Set(['knownCodeAdded', 'knownCodeRemoved', 'knownSourcesChanged', 'knownListChanged']);
  const knownChanges = report.changes.filter((change) => knownKinds.has(change.kind));
  if (knownChanges.length > 0 || report.drift.length > 0) {
    blocks.push(heading(2, text('Codes known to the SDKs, and drift')));
    if (knownChanges.length > 0) blocks.push(list(knownChanges.map((change) => listItem(...describeChange(change, linkBase)))));
    if (report.drift.length > 0) {
      blocks.push(
        table(
          ['drift', 'before', 'after'],
          report.drift.map((row) => [[text(row.name)], [text(row.before)], [text(row.after)]]),
        ),
      );
    }
  }
  const categoryChanges = report.changes.filter((change) => change.kind === 'descriptionReworded');
  if (categoryChanges.length > 0) {
    blocks.push(heading(2, text('Category descriptions')));
    blocks.push(list(categoryChanges.map((change) => listItem(...describeChange(change, linkBase)))));
  }

  if (report.problems.added.length > 0 || report.problems.fixed.length > 0) {
    blocks.push(heading(2, text('Docs problems')));
    const problemItem = (problem: ProblemEntry, fixed: boolean) =>
      listItem(
        strong(text(fixed ? 'fixed' : 'new')),
        text(' '),
        code(problem.rule),
        text(`: ${problem.reason} (`),
        code(`${problem.file}:${problem.line}`),
        text(')'),
      );
    blocks.push(
      list([...report.problems.added.map((problem) => problemItem(problem, false)), ...report.problems.fixed.map((problem) => problemItem(problem, true))]),
    );
    if (report.problems.added.length > 0) {
      blocks.push(
        paragraph(
          text('New problems fail '),
          code('check --strict'),
          text(' until they are fixed upstream or accepted with '),
          code('batch-errors-codegen baseline'),
          text('.'),
        ),
      );
    }
  }

  const noEffect = [
    ...report.changes.filter((change) => noEffectKinds.has(change.kind)).map((change) => describeChange(change, linkBase)),
    ...report.pages.flatMap((page) => describePage(page, filesWithChanges(report.changes))),
  ];
  if (noEffect.length > 0) {
    blocks.push(heading(2, text('No effect on packages')));
    blocks.push(list(noEffect.map((phrasing) => listItem(...phrasing))));
  }
  return printMarkdown(blocks);
}

function describeChange(change: Change, linkBase: string): PhrasingContent[] {
  const label = strong(text(kindLabels[change.kind]));
  const parts = ((): PhrasingContent[] => {
    switch (change.kind) {
      case 'added':
      case 'removed': {
        const detail = change.statuses.length > 0 ? change.statuses.map(describeStatus).join(', ') : change.category;
        return [label, text(' '), code(change.code), text(`${detail ? `: ${detail}` : ''}, "${change.messages.join(' / ')}"`)];
      }
      case 'renamed':
        return [label, text(' '), code(change.previousCode), text(' → '), code(change.code), text(': same row, same message')];
      case 'statusChanged':
        return [
          label,
          text(' '),
          code(change.code),
          text(`: ${change.statuses.before.map(describeStatus).join(', ') || 'none'} → ${change.statuses.after.map(describeStatus).join(', ') || 'none'}`),
        ];
      case 'categoryChanged':
        return [label, text(' '), code(change.code), text(`: ${change.categories.before} → ${change.categories.after}`)];
      case 'reworded':
        return [
          label,
          text(' '),
          code(change.code),
          text(` (${[...(change.status === undefined ? [] : [change.status]), change.locale].join(', ')}): `),
          ...wordView(change.message.words),
        ];
      case 'descriptionReworded':
        return [label, text(' '), code(change.category), text(` (${change.locale}): `), ...wordView(change.message.words)];
      case 'moved':
        return [label, text(' '), code(change.code), text(`: row ${change.position.before + 1} → row ${change.position.after + 1}`)];
      case 'anchorChanged':
        return [label, text(` ${change.table}: ${shorten(change.anchor.before) ?? 'none'} → ${shorten(change.anchor.after) ?? 'none'}`)];
      case 'headingChanged':
        return [label, text(` ${change.table}: ${shorten(change.heading.before)} → ${shorten(change.heading.after)}`)];
      case 'frontMatterChanged':
        return [label, text(` ${change.field}: ${shorten(change.value.before) ?? 'none'} → ${shorten(change.value.after) ?? 'none'}`)];
      case 'sampleChanged':
        return [label, text(` sample ${change.sample}: ${shorten(change.text.before) ?? 'none'} → ${shorten(change.text.after) ?? 'none'}`)];
      case 'localeAdded':
      case 'localeRemoved':
        return [label, text(' '), code(change.locale)];
      case 'knownCodeAdded':
      case 'knownCodeRemoved':
        return [label, text(' '), code(change.code), text(` (${change.lists.join(', ')})`)];
      case 'knownSourcesChanged':
        return [label, text(' '), code(change.code), text(`: ${change.lists.before.join(', ') || 'none'} → ${change.lists.after.join(', ') || 'none'}`)];
      case 'knownListChanged':
        return [
          label,
          text(' '),
          code(change.list),
          text(
            `: ${change.path.after ?? 'gone'} at ${change.commit.after?.slice(0, 12) ?? 'none'}, was ${change.path.before ?? 'none'} at ${change.commit.before?.slice(0, 12) ?? 'none'}`,
          ),
        ];
      case 'statementChanged':
        return [label, text(' '), code(change.statement), text(`: ${change.value.before ?? 'not stated'} → ${change.value.after ?? 'not stated'}`)];
    }
  })();
  const location = 'source' in change ? (change.source.after ?? change.source.before) : undefined;
  if (location && 'source' in change) parts.push(text(' ('), sourceLink(location, linkBase, change.source.after === undefined), text(')'));
  return parts;
}

function describeUpstream(change: UpstreamChange): PhrasingContent[] {
  const revision = (value: UpstreamRevision) => [
    code(value.repository),
    text(' '),
    code(value.path),
    text(' at '),
    code(value.commit.slice(0, 12)),
    text(` (${value.date})`),
  ];
  const parts: PhrasingContent[] = [code(change.page), text(': ')];
  if (change.after) parts.push(...revision(change.after));
  else parts.push(text('no upstream revision recorded'));
  if (change.before)
    parts.push(text(', was '), ...(change.after?.path === change.before.path ? [code(change.before.commit.slice(0, 12))] : revision(change.before)));
  return parts;
}

/** Files that a change of the model points into (`docs-source/en-us/…`). */
function filesWithChanges(changes: readonly Change[]): Set<string> {
  return new Set(
    changes.flatMap((change) => ('source' in change ? [change.source.before?.file, change.source.after?.file] : [])).filter((file) => file !== undefined),
  );
}

function describePage(page: PageChange, changedFiles: ReadonlySet<string>): PhrasingContent[][] {
  if (page.status !== 'modified') return [[code(page.file), text(` ${page.status}`)]];
  const lines: PhrasingContent[][] = [];
  if (page.outsideTables) lines.push([text('prose, headings or links outside the tables changed in '), code(page.file)]);
  // title and ms.date are in the model and reported with their values; the other fields only by name.
  const otherFields = page.frontMatterFields.filter((field) => !modelFrontMatterFields.has(field));
  if (otherFields.length > 0) lines.push([text(`front matter fields ${otherFields.join(', ')} changed in `), code(page.file)]);
  // A page whose changes the model reported above, or whose only changes are model fields, needs no line here.
  const reportedAbove = [...changedFiles].some((file) => file === page.file || file.endsWith(`/${page.file}`));
  if (lines.length === 0 && (page.frontMatterFields.length > 0 || reportedAbove)) return [];
  if (lines.length === 0) lines.push([text('formatting only (same text) in '), code(page.file)]);
  return lines;
}

/** Removed words struck through, added words in bold; spaces stay outside the marks, where Markdown wants them. */
function wordView(words: readonly WordPart[]): PhrasingContent[] {
  return words.flatMap((word): PhrasingContent[] => {
    if (word.change === 'same') return [text(word.text)];
    const [, leading = '', core = '', trailing = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(word.text) ?? [];
    if (core === '') return [text(word.text)];
    const marked = word.change === 'added' ? strong(text(core)) : deleted(text(core));
    return [...(leading ? [text(leading)] : []), marked, ...(trailing ? [text(trailing)] : [])];
  });
}

function describeStatus(status: number): string {
  return `${status} ${standardReasonPhrase(status) ?? ''}`.trimEnd();
}

function sourceLink(location: SourceLocation, linkBase: string, before: boolean): PhrasingContent {
  return link(`${linkBase}${location.file}#L${location.line}`, text(`${before ? 'was ' : ''}${location.file.split('/').at(-1)}:${location.line}`));
}

function summarizeKinds(changes: readonly Change[]): string {
  const counts = new Map<string, number>();
  for (const change of changes) counts.set(kindLabels[change.kind], (counts.get(kindLabels[change.kind]) ?? 0) + 1);
  return [...counts].map(([label, count]) => `${count} ${label}`).join(', ');
}

function tableOrder(changes: readonly Change[]): TableId[] {
  return [...new Set(changes.flatMap((change) => ('table' in change ? [change.table] : [])))];
}

function joinPhrasing(items: PhrasingContent[]): PhrasingContent[] {
  return items.flatMap((item, index) => (index === 0 ? [item] : [text(', '), item]));
}

function shorten(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const line = value.replace(/\s+/g, ' ').trim();
  return line.length > 60 ? `${line.slice(0, 59)}…` : line;
}
