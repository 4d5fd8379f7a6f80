/**
 * `baseline`: record every warning the docs have now as a known problem, after review.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { baselineFileName, docsProblems, formatBaseline, problemKey } from '../baseline.js';
import { docsLabel } from '../read.js';
import { plural } from '../words.js';
import { writeFileAtomic } from '../write.js';
import { addDocsOptions, type CommandModule, type DocsOptions, readDocs } from './context.js';

export const baselineCommand: CommandModule = {
  name: 'baseline',
  define(command, { io, exit }) {
    addDocsOptions(command)
      .description('record every warning the docs have now as a known problem (<docs>/problems.baseline.json); --strict then fails only on others')
      .action(async (options: DocsOptions) => {
        // Recording warnings needs them to be warnings: --strict does not apply here.
        const loaded = await readDocs(options, io, { strict: false });
        if (!loaded) return exit(1);
        const baselinePath = path.join(loaded.docsDir, baselineFileName);
        const previous = await readFile(baselinePath, 'utf8').catch(() => undefined);
        const problems = docsProblems(loaded.files, docsLabel(loaded.docsDir));
        const text = formatBaseline(problems);
        if (text !== previous) await writeFileAtomic(baselinePath, text);
        io.stdout(
          `batch-errors-codegen: ${docsLabel(baselinePath)} ${text === previous ? 'unchanged' : 'written'}, ${plural(new Set(problems.map(problemKey)).size, 'known problem')}.`,
        );
        exit(0);
      });
  },
};
