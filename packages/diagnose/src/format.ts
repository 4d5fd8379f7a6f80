/**
 * A diagnosis as text people read: one numbered block per finding.
 */
import type { Diagnosis, Finding } from './finding.js';
import { textsFor } from './texts/index.js';
import type { DiagnoseTexts } from './texts/texts.js';

/** The longest relayed provider JSON printed as is, when it cannot be read as an error. */
const shownJsonLength = 500;

/**
 * A diagnosis as readable text in its own language: a heading naming the
 * task, job, pool or node, then each finding with its error code, effects,
 * what to look at next and its docs link.
 *
 * @example formatDiagnosis(diagnoseTask(task))
 * // Task task-7
 * // 1. The command line of task task-7 exited with code 1, so the task failed.
 * //    …
 */
export function formatDiagnosis(diagnosis: Diagnosis): string {
  return formatDiagnosisIn(textsFor(diagnosis.locale), diagnosis);
}

/** `formatDiagnosis` with given sentences (the per-locale entries bind theirs). */
export function formatDiagnosisIn(texts: DiagnoseTexts, diagnosis: Diagnosis): string {
  const label = { task: texts.labels.task, job: texts.labels.job, pool: texts.labels.pool, node: texts.labels.node }[diagnosis.subject] ?? texts.labels.job;
  const subject = `${label} ${diagnosis.id ?? '?'}${diagnosis.state ? ` (${diagnosis.state})` : ''}`;
  const findings = Array.isArray(diagnosis.findings) ? diagnosis.findings : [];
  if (findings.length === 0) return `${subject}\n${texts.labels.noFindings}\n`;
  const lines = [subject];
  findings.forEach((finding, index) => {
    const number = `${index + 1}. `;
    lines.push(`${number}${finding.summary}`, ...findingDetails(texts, finding, ' '.repeat(number.length)));
  });
  return `${lines.join('\n')}\n`;
}

/** The lines under a finding's summary: its code, provider error, effects, what to look at next and its docs link, each indented. */
export function findingDetails(texts: DiagnoseTexts, finding: Finding, indent: string): string[] {
  const lines: string[] = [];
  const error = finding.error;
  if (error) {
    const category = error.category ? ` (${error.category}${error.categoryDescription ? `: ${error.categoryDescription}` : ''})` : '';
    lines.push(`${indent}${texts.labels.code}: ${error.code}${category}`);
    if (error.message) lines.push(`${indent}  ${error.message}`);
    if (error.details.length > 0)
      lines.push(`${indent}${texts.labels.details}: ${error.details.map((detail) => `${detail.key} = ${detail.value}`).join('; ')}`);
  }
  const provider = finding.providerError;
  if (provider) {
    const described =
      provider.code !== undefined || provider.message !== undefined
        ? [provider.code, provider.message].filter((part) => part !== undefined).join(': ')
        : provider.json.length > shownJsonLength
          ? `${provider.json.slice(0, shownJsonLength)}…`
          : provider.json;
    lines.push(`${indent}${texts.labels.providerError}: ${described}${provider.truncated ? ` (${texts.labels.truncated})` : ''}`);
  }
  if (finding.effects) lines.push(`${indent}${texts.labels.effects}: ${finding.effects.descriptions.join(' ')}`);
  if (finding.impact) lines.push(`${indent}${texts.labels.effects}: ${finding.impact}`);
  if (finding.lookNext.length > 0) {
    lines.push(`${indent}${texts.labels.lookNext}:`);
    for (const entry of finding.lookNext) lines.push(`${indent}- ${entry.text}`);
  }
  lines.push(`${indent}${texts.labels.docs}: ${finding.docsUrl}`);
  return lines;
}
