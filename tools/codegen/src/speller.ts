/**
 * The checker of the English messages' words, by the unified ecosystem's own
 * tools: retext-spell (dictionary-en, plus the project's word list for Batch
 * terms) and retext-repeated-words. It answers in plain data, so it can run
 * in a worker (speller-worker.ts) as well as in this thread: building the
 * dictionary is most of what the prose checks cost a cold run.
 */
import { readFileSync } from 'node:fs';
import dictionaryEn from 'dictionary-en';
import type { Root } from 'mdast';
import remarkRetext from 'remark-retext';
import retextEnglish from 'retext-english';
import retextRepeatedWords from 'retext-repeated-words';
import retextSpell from 'retext-spell';
import { unified } from 'unified';
import { VFile } from 'vfile';

/** Batch terms the English dictionary lacks (`reimaged`, `autopool`), one per line, as the docs spell them. */
const projectWords = readFileSync(new URL('../batch-terms.txt', import.meta.url), 'utf8');

const maxSuggestedWords = 10;

/** retext-spell's note that it stopped suggesting (past `max` unknown words): no finding of the page. */
const suggestionsOverflow = 'overflow';

/** What the speller found in the paragraphs it was given, at their places in the page. */
export interface SpellFinding {
  rule: 'misspelled-word' | 'repeated-word';
  line: number;
  column: number;
  actual: string;
  /** Suggestions, for a misspelled word. */
  expected: string[];
}

/** The speller, wherever it runs: the same answers for the same questions in the same order. */
export interface Speller {
  /** Of a page's words, those the dictionary does not know. */
  unknownWords(words: readonly string[]): Promise<string[]>;
  /** The findings in `paragraphs` (message cells of the page at `path`, whose text is `text`). */
  findings(paragraphs: Root, path: string, text: string): Promise<SpellFinding[]>;
}

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

/** The speller in this thread. */
export function spellerHere(): Speller {
  let checker = spellChecker();
  return {
    async unknownWords(words) {
      let unknown = await unknownIn(checker.retext, words);
      if (checker.unknownSeen.size > 0 && new Set([...checker.unknownSeen, ...unknown]).size > maxSuggestedWords) {
        checker = spellChecker();
        unknown = await unknownIn(checker.retext, words);
      }
      for (const word of unknown) checker.unknownSeen.add(word);
      return unknown;
    },
    async findings(paragraphs, path, text) {
      // A scratch file with the page's text, so positions are the page's; only its findings are kept.
      const scratch = new VFile({ path, value: text });
      await checker.inPlace.run(paragraphs, scratch);
      return scratch.messages.flatMap((finding): SpellFinding[] => {
        const place = { line: finding.line ?? 1, column: finding.column ?? 1, actual: finding.actual ?? '' };
        if (finding.source === 'retext-spell' && finding.ruleId !== suggestionsOverflow)
          return [{ rule: 'misspelled-word', ...place, expected: finding.expected ?? [] }];
        if (finding.source === 'retext-repeated-words') return [{ rule: 'repeated-word', ...place, expected: [] }];
        return [];
      });
    },
  };
}

/** The words retext-spell does not know, checked once each, as one list. */
async function unknownIn(retext: ReturnType<typeof spellChecker>['retext'], words: readonly string[]): Promise<string[]> {
  if (words.length === 0) return [];
  // One paragraph per word, so no word is ever next to another to be taken for a repetition.
  const list = new VFile({ value: words.join('\n\n') });
  await retext.run(retext.parse(list), list);
  return list.messages.flatMap((message) => (message.source === 'retext-spell' && message.ruleId !== suggestionsOverflow ? [message.actual ?? ''] : []));
}
