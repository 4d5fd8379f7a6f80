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
 * checked in place.
 */
import { readFileSync } from 'node:fs';
import dictionaryEn from 'dictionary-en';
import type { Root, RootContent, TableCell } from 'mdast';
import { toString as mdastToString } from 'mdast-util-to-string';
import remarkRetext from 'remark-retext';
import retextEnglish from 'retext-english';
import retextRepeatedWords from 'retext-repeated-words';
import retextSpell from 'retext-spell';
import { unified } from 'unified';
import type { Point } from 'unist';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { quote, recordProblem, about } from './diagnostics.js';

/** Batch terms the English dictionary lacks (`reimaged`, `autopool`), one per line, as the docs spell them. */
const projectWords = readFileSync(new URL('../batch-terms.txt', import.meta.url), 'utf8');

const maxSuggestedWords = 10;

/**
 * One retext processor checks the word list and the cells: retext-spell builds its dictionary
 * (most of a run's time) and caches suggestions once per processor. It stops suggesting after
 * `max` distinct unknown words, so a processor that has already spent its budget on other pages
 * is replaced: a page's findings never depend on what the process read before.
 */
function spellChecker() {
  const retext = unified()
    .use(retextEnglish)
    // A suggestion costs nspell up to half a second; past ten unknown words a page wants a person, not a suggester.
    .use(retextSpell, { dictionary: dictionaryEn, personal: projectWords, max: maxSuggestedWords })
    .use(retextRepeatedWords)
    .freeze();
  // remark-retext's types want a processor that has not been given transformers yet; at run time any retext processor works.
  const inPlace = unified()
    .use(remarkRetext, retext as unknown as Parameters<typeof remarkRetext>[0])
    .freeze();
  return { retext, inPlace, unknownSeen: new Set<string>() };
}

let speller = spellChecker();

/** retext-spell's note that it stopped suggesting (past `max` unknown words): no finding of the page. */
const suggestionsOverflow = 'overflow';

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
  const words = new Set(cells.flatMap(({ text }) => (text.match(wordPattern) ?? []).filter((word) => !/\d/.test(word))));
  let unknown = await unknownWords(speller.retext, words);
  if (speller.unknownSeen.size > 0 && new Set([...speller.unknownSeen, ...unknown]).size > maxSuggestedWords) {
    speller = spellChecker();
    unknown = await unknownWords(speller.retext, words);
  }
  for (const word of unknown) speller.unknownSeen.add(word);
  const suspect = cells.filter(({ text }) => repeatedWordPattern.test(text) || (text.match(wordPattern) ?? []).some((word) => unknown.has(word)));
  if (suspect.length === 0) return;

  const paragraphs: RootContent[] = suspect.map(({ node }) => ({
    type: 'paragraph',
    children: node.children,
    ...(node.position ? { position: node.position } : {}),
  }));
  // A scratch file with the page's text, so positions are the page's; only its findings are kept.
  const scratch = new VFile({ path: file.path, value: file.value });
  await speller.inPlace.run({ type: 'root', children: paragraphs, ...(tree.position ? { position: tree.position } : {}) }, scratch);
  for (const finding of scratch.messages) {
    const place: Point = { line: finding.line ?? 1, column: finding.column ?? 1 };
    const actual = finding.actual ?? '';
    if (finding.source === 'retext-spell' && finding.ruleId !== suggestionsOverflow) {
      const suggestions = finding.expected?.length
        ? ` (did you mean ${finding.expected
            .slice(0, 3)
            .map((word) => quote(word))
            .join(' or ')}?)`
        : '';
      recordProblem(
        file,
        'misspelled-word',
        place,
        `Expected a word of the English dictionary or of tools/codegen/batch-terms.txt, found ${quote(actual)}${suggestions}; kept as written`,
        [about.word(actual)],
      );
    } else if (finding.source === 'retext-repeated-words') {
      recordProblem(file, 'repeated-word', place, `Expected each word once, found ${quote(actual)} repeated; kept as written`, [about.word(actual)]);
    }
  }
}

/** The words retext-spell does not know, checked once each, as one list. */
async function unknownWords(retext: ReturnType<typeof spellChecker>['retext'], words: ReadonlySet<string>): Promise<Set<string>> {
  if (words.size === 0) return new Set();
  // One paragraph per word, so no word is ever next to another to be taken for a repetition.
  const list = new VFile({ value: [...words].join('\n\n') });
  await retext.run(retext.parse(list), list);
  return new Set(
    list.messages.flatMap((message) => (message.source === 'retext-spell' && message.ruleId !== suggestionsOverflow ? [message.actual ?? ''] : [])),
  );
}
