/**
 * A summary as text an operator reads in ten seconds: what was read, then one
 * numbered block per group, biggest first, each with its counts, time range,
 * nodes, first ids, and the first finding's sentences once.
 */
import { findingDetails } from './format.js';
import type { Summary, SummaryGroup } from './summary.js';
import { summaryTextsFor, textsFor } from './texts/index.js';
import { type DiagnoseTexts, fill, type SummaryTexts } from './texts/texts.js';

/** Nodes and ids shown per group in text (JSON has them all). */
const shownNodes = 5;

/**
 * A summary as readable text in its own language: the job or pool, the items
 * read and failed per kind, then each group (kind, code, exit code, how many
 * items and their share, the time range, the nodes with the most findings,
 * the first ids) with the first finding's summary, error, effects, next steps
 * and docs link, once per group.
 *
 * @example formatSummary(summarize(tasks))
 * // Tasks: 3000 read, 412 with a failure (13.7%)
 * //
 * // 1. task-exit-code · FailureExitCode · exit code 1 · Tasks: 300 (10%)
 * //    …
 */
export function formatSummary(summary: Summary): string {
  return formatSummaryIn(textsFor(summary.locale), summaryTextsFor(summary.locale), summary);
}

/** `formatSummary` with given sentences and labels (the per-locale entries bind theirs). */
export function formatSummaryIn(texts: DiagnoseTexts, labels: SummaryTexts, summary: Summary): string {
  const numbers = numberFormats(summary.locale);
  const lines: string[] = [];
  if (summary.partial) lines.push(labels.partial);
  if (summary.jobId !== undefined) lines.push(`${texts.labels.job} ${summary.jobId}`);
  if (summary.poolId !== undefined) lines.push(`${texts.labels.pool} ${summary.poolId}`);
  const counts = Array.isArray(summary.counts) ? summary.counts : [];
  for (const count of counts) {
    const share = count.read === 0 ? 0 : count.failed / count.read;
    lines.push(
      `${labels.items[count.kind]}: ${fill(labels.counts, { read: numbers.count(count.read), failed: numbers.count(count.failed), share: numbers.share(share) })}`,
    );
  }
  if (summary.skipped > 0) lines.push(fill(labels.skipped, { count: numbers.count(summary.skipped), first: summary.firstSkipped ?? '?' }));
  if (counts.length === 0) {
    lines.push(labels.noItems);
    return `${lines.join('\n')}\n`;
  }
  const groups = Array.isArray(summary.groups) ? summary.groups : [];
  if (groups.length === 0) lines.push(texts.labels.noFindings);
  groups.forEach((group, index) => {
    const number = `${index + 1}. `;
    const indent = ' '.repeat(number.length);
    lines.push('', `${number}${heading(labels, numbers, group)}`);
    if (group.from !== undefined && group.to !== undefined) lines.push(`${indent}${fill(labels.timeRange, { from: group.from, to: group.to })}`);
    if (group.nodes.length > 0) {
      const shown = group.nodes.slice(0, shownNodes).map((node) => `${node.nodeId} (${numbers.count(node.findings)})`);
      const more = group.nodes.length - shown.length;
      lines.push(`${indent}${labels.onNodes}: ${shown.join(', ')}${more > 0 ? ` ${fill(labels.andMore, { count: numbers.count(more) })}` : ''}`);
    }
    if (group.examples.length > 0) {
      const more = group.items - group.examples.length;
      lines.push(`${indent}${labels.examples}: ${group.examples.join(', ')}${more > 0 ? ` ${fill(labels.andMore, { count: numbers.count(more) })}` : ''}`);
    }
    lines.push(`${indent}${group.finding.summary}`, ...findingDetails(texts, group.finding, indent));
    if (group.effectsVary) lines.push(`${indent}${labels.effectsVary}`);
  });
  return `${lines.join('\n')}\n`;
}

/** `task-exit-code · FailureExitCode · exit code 1 · Tasks: 300 (10%)`. */
function heading(labels: SummaryTexts, numbers: NumberFormats, group: SummaryGroup): string {
  const parts: string[] = [group.kind];
  if (group.other) parts.push(labels.otherCodes);
  if (group.code !== undefined) parts.push(group.code);
  if (group.exitCode !== undefined) parts.push(fill(labels.exitCode, { exitCode: group.exitCode }));
  parts.push(`${labels.items[group.subject]}: ${numbers.count(group.items)} (${numbers.share(group.share)})`);
  return parts.join(' · ');
}

interface NumberFormats {
  count(value: number): string;
  share(value: number): string;
}

/** Counts and shares as the locale writes them (`3,000`, `13.7%`; `13,7 %` in French). */
function numberFormats(locale: string): NumberFormats {
  let count: Intl.NumberFormat;
  let share: Intl.NumberFormat;
  try {
    count = new Intl.NumberFormat(locale);
    share = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  } catch {
    count = new Intl.NumberFormat('en-US');
    share = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1 });
  }
  return { count: (value) => count.format(value), share: (value) => share.format(value) };
}
