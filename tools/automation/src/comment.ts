/**
 * A report as the text of one pull request comment or body: GitHub refuses
 * more than 65,536 characters, so a longer report is cut at a line, a code
 * block it cuts is closed, and a note links to the full report.
 */

/** The most characters GitHub takes in a comment or a pull request body. */
export const githubTextLimit = 65_536;

/**
 * Room left for what a commenting action adds around our text (the sticky
 * comment action's hidden `<!-- Sticky Pull Request Comment… -->` marker).
 */
export const markerAllowance = 256;

/** How to fit a report. */
export interface FitOptions {
  /** Where the whole report is (the run's artifact), for the note when it is cut. */
  fullReportUrl: string;
  /** A first line (a Markdown heading) put before the report. */
  title?: string;
  /** The most characters the text may have, the allowance included. Default {@link githubTextLimit}. */
  limit?: number;
}

/** What {@link fitReport} gives. */
export interface FittedReport {
  text: string;
  /** Whether the report was cut. */
  cut: boolean;
}

/**
 * The report, under the title, in at most `limit - markerAllowance`
 * characters (UTF-16 code units, never fewer than GitHub counts). Cut at the
 * last whole line that fits (or, for a single huge line, at the last whole
 * character), with a note saying how long the report is and linking to it.
 */
export function fitReport(report: string, options: FitOptions): FittedReport {
  const budget = (options.limit ?? githubTextLimit) - markerAllowance;
  const head = options.title === undefined ? '' : `${options.title}\n\n`;
  const whole = `${head}${report.endsWith('\n') ? report : `${report}\n`}`;
  if (whole.length <= budget) return { text: whole, cut: false };

  const note = [
    '',
    '---',
    '',
    `**The report is cut here.** It has ${report.length.toLocaleString('en-US')} characters, more than a comment holds; [the full report](${options.fullReportUrl}) is an artifact of this run.`,
    '',
  ].join('\n');
  // The longest fence a cut could need to close: one as long as the longest run of backticks or tildes.
  const room = budget - head.length - note.length - longestFence(report) - 2;
  if (room <= 0) throw new RangeError(`Expected a limit that leaves room for the note (${note.length} characters), found ${options.limit}`);
  const kept = cutAtLine(report, room);
  const open = openFence(kept);
  return { text: `${head}${kept}${open === undefined ? '' : `${open}\n`}${note}`, cut: true };
}

/** The longest start of `text` of at most `room` characters that ends with a newline, or at a whole character when the first line is longer. */
function cutAtLine(text: string, room: number): string {
  const slice = text.slice(0, room);
  const lastNewline = slice.lastIndexOf('\n');
  if (lastNewline >= 0) return slice.slice(0, lastNewline + 1);
  // A lone high surrogate at the end would be half a character.
  const whole = /[\uD800-\uDBFF]$/.test(slice) ? slice.slice(0, -1) : slice;
  return `${whole}\n`;
}

/** The fence that closes a code block left open at the end of `markdown`, if any. */
function openFence(markdown: string): string | undefined {
  let open: { char: string; length: number } | undefined;
  for (const line of markdown.split('\n')) {
    const fence = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence === undefined) continue;
    const char = fence[0] ?? '`';
    if (open === undefined) open = { char, length: fence.length };
    else if (char === open.char && fence.length >= open.length && line.trim() === fence) open = undefined;
  }
  return open === undefined ? undefined : open.char.repeat(open.length);
}

function longestFence(markdown: string): number {
  let longest = 3;
  for (const match of markdown.matchAll(/`{3,}|~{3,}/g)) longest = Math.max(longest, match[0].length);
  return longest;
}
