/**
 * Printing problems: one line per message, `path:line:column: severity: reason [rule-id]`,
 * as compilers do, so editors and CI logs link straight to the place.
 */
import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import reporter from 'vfile-reporter';
import { severityOf } from './diagnostics.js';
import { compareCodePoints } from './read.js';
import { plural } from './words.js';

export type ReportFormat = 'compact' | 'unified';

export interface FormatOptions {
  strict?: boolean;
  /** Warnings the baseline lists: `strict` leaves them warnings. */
  known?: ReadonlySet<VFileMessage>;
  format?: ReportFormat;
  color?: boolean;
  /** Print errors only: for a command that refuses docs with errors and is not about their warnings. */
  errorsOnly?: boolean;
  /** Leave out the warnings the baseline lists (`--quiet`: a build that only wants to hear of what is new). */
  hideKnown?: boolean;
}

export function formatProblems(files: readonly VFile[], options: FormatOptions = {}): string {
  const strict = options.strict ?? false;
  if (options.format === 'unified') {
    const hidden = options.hideKnown ? options.known : undefined;
    // vfile-reporter prints what a file holds and labels a message by `fatal`: copies of the files hold the messages
    // to show (`--quiet`), and a warning this run makes an error (`--strict`) is a fatal copy; no message is changed.
    const shown = files.map((file) =>
      Object.assign(new VFile({ path: file.path, cwd: file.cwd }), {
        messages: file.messages
          .filter((message) => !hidden?.has(message))
          .map((message) =>
            message.fatal !== true && severityOf(message, strict, options.known) === 'error'
              ? Object.assign(Object.create(Object.getPrototypeOf(message) as object) as VFileMessage, message, { fatal: true })
              : message,
          ),
      }),
    );
    return reporter(shown, { quiet: true, silent: options.errorsOnly ?? false, color: options.color ?? false });
  }
  const lines: { file: string; line: number; column: number; text: string }[] = [];
  for (const file of files) {
    for (const message of file.messages) {
      if (options.errorsOnly && severityOf(message, strict, options.known) !== 'error') continue;
      if (options.hideKnown && options.known?.has(message)) continue;
      const line = message.line ?? 1;
      const column = message.column ?? 1;
      const rule = message.ruleId ? ` [${message.ruleId}]` : '';
      lines.push({
        file: file.path,
        line,
        column,
        text: `${file.path}:${line}:${column}: ${severityOf(message, strict, options.known)}: ${message.reason}${rule}`,
      });
    }
  }
  lines.sort((left, right) => compareCodePoints(left.file, right.file) || left.line - right.line || left.column - right.column);
  return lines.map((entry) => entry.text).join('\n');
}

/** `1 error, 16 warnings`. */
export function countProblems(files: readonly VFile[], strict = false, known?: ReadonlySet<VFileMessage>): string {
  let errors = 0;
  let warnings = 0;
  for (const file of files) {
    for (const message of file.messages) {
      const severity = severityOf(message, strict, known);
      if (severity === 'error') errors++;
      else if (severity === 'warning') warnings++;
    }
  }
  return `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
}
