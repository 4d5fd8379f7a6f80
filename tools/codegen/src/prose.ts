/**
 * Checks on the English messages by the unified ecosystem's own tools: the
 * message cells of the tables go through remark-retext into retext-spell
 * (dictionary-en, plus the project's word list for Batch terms) and
 * retext-repeated-words. Each finding is reported at its place in the page,
 * with its rule; the docs are never corrected.
 *
 * Building a natural-language tree of every cell costs seconds per ten
 * thousand rows, so the words of all cells are first checked once, as one
 * list, and only the cells that hold an unknown or a repeated word are
 * checked in place. The speller itself (speller.ts) runs in a worker where
 * one can (speller-thread.ts), so its dictionary is built while pages parse.
 */
import type { Root, RootContent, TableCell } from 'mdast';
import { toString as mdastToString } from 'mdast-util-to-string';
import type { Point } from 'unist';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { about, quote, recordProblem } from './diagnostics.js';
import type { SpellFinding, Speller } from './speller.js';
import { WorkerLost } from './question-worker.js';
import { sharedSpeller, spellerInThisThread } from './speller-thread.js';

/** Longer cells are no message; checking them would only cost time (their other problems are reported elsewhere). */
const maxCellLength = 10_000;
const wordPattern = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const repeatedWordPattern = /(?<![\p{L}\p{N}])([\p{L}\p{N}]+)\s+\1(?![\p{L}\p{N}])/iu;

/**
 * Checks the message cells of `tree`, those starting at `cellStarts`
 * (`line:column` of their first character), and reports on `file`.
 */
export async function checkMessageProse(tree: Root, file: VFile, cellStarts: ReadonlySet<string>): Promise<void> {
  const cells: { node: TableCell; text: string }[] = [];
  visit(tree, 'tableCell', (node: TableCell) => {
    const start = node.children[0]?.position?.start;
    if (!start || !cellStarts.has(`${start.line}:${start.column}`)) return;
    const text = mdastToString(node, { includeHtml: false });
    if (text.length <= maxCellLength) cells.push({ node, text });
  });
  // retext-spell ignores words with digits; leaving them out keeps the list to the vocabulary.
  const words = [...new Set(cells.flatMap(({ text }) => (text.match(wordPattern) ?? []).filter((word) => !/\d/.test(word))))];
  const suspectCells = (unknown: ReadonlySet<string>) =>
    cells.filter(({ text }) => repeatedWordPattern.test(text) || (text.match(wordPattern) ?? []).some((word) => unknown.has(word)));
  const paragraphsOf = (suspect: typeof cells): Root => ({
    type: 'root',
    children: suspect.map(({ node }): RootContent => ({ type: 'paragraph', children: node.children, ...(node.position ? { position: node.position } : {}) })),
    ...(tree.position ? { position: tree.position } : {}),
  });
  const check = async (speller: Speller): Promise<SpellFinding[]> => {
    const suspect = suspectCells(new Set(await speller.unknownWords(words)));
    return suspect.length === 0 ? [] : speller.findings(paragraphsOf(suspect), file.path, String(file.value));
  };
  let findings: SpellFinding[];
  try {
    // Asked at once (the question is posted before this function first waits), so the worker answers while other pages parse.
    findings = await check(sharedSpeller());
  } catch (error) {
    if (!(error instanceof WorkerLost)) throw error;
    findings = await check(spellerInThisThread());
  }
  for (const finding of findings) {
    const place: Point = { line: finding.line, column: finding.column };
    if (finding.rule === 'misspelled-word') {
      const suggestions = finding.expected.length
        ? ` (did you mean ${finding.expected
            .slice(0, 3)
            .map((word) => quote(word))
            .join(' or ')}?)`
        : '';
      recordProblem(
        file,
        'misspelled-word',
        place,
        `Expected a word of the English dictionary or of tools/codegen/batch-terms.txt, found ${quote(finding.actual)}${suggestions}; kept as written`,
        [about.word(finding.actual)],
      );
    } else {
      recordProblem(file, 'repeated-word', place, `Expected each word once, found ${quote(finding.actual)} repeated; kept as written`, [
        about.word(finding.actual),
      ]);
    }
  }
}
