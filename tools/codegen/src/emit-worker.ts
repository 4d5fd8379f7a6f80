/** The emitters' worker (emit-thread.ts): ts-morph loads here while the main thread parses. */
import { emitPackages, type GeneratedFile } from './emit/index.js';
import type { EmitQuestion } from './emit-thread.js';
import { answerQuestions } from './question-worker.js';

answerQuestions<EmitQuestion, GeneratedFile[]>(({ model, regenerateCommand }) => emitPackages(model, { regenerateCommand }));
