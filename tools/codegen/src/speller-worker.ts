/** The speller's worker (speller-thread.ts): answers with the speller of its own thread. */
import { answerQuestions } from './question-worker.js';
import { type Speller, spellerHere } from './speller.js';
import type { SpellerQuestion } from './speller-thread.js';

const speller = spellerHere();
answerQuestions<SpellerQuestion, Awaited<ReturnType<Speller['unknownWords'] | Speller['findings']>>>((question) =>
  question.kind === 'unknownWords' ? speller.unknownWords(question.words) : speller.findings(question.paragraphs, question.path, question.text),
);
