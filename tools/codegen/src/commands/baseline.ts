/**
 * `baseline`: record every warning the docs have now as a known problem, after review.
 */
import path from 'node:path';
import { baselineFileName, docsProblems, formatBaseline, problemKey } from '../baseline.js';
import { docsLabel } from '../read.js';
import { plural } from '../words.js';
import { writeFileAtomic } from '../write.js';
import { addDocsOptions, type CommandModule, type DocsOptions, loadDocsForCommand } from './context.js';

export const baselineCommand: CommandModule = {
  name: 'baseline',
  define(command, { io, exit }) {
    addDocsOptions(command)
      .description('record every warning the docs have now as a known problem (<docs>/problems.baseline.json); --strict then fails only on others')
      .action(async (options: DocsOptions) => {
        // Recording warnings needs them to be warnings: --strict does not apply here.
        const loaded = await loadDocsForCommand(options, io, { strict: false });
        if (!loaded) return exit(1);
        const baselinePath = path.join(loaded.folder.dir, baselineFileName);
        const previous = loaded.folder.baseline.bytes && String(loaded.folder.baseline.file.value);
        const problems = docsProblems(loaded.files, loaded.folder.label);
        const text = formatBaseline(problems);
        if (text !== previous) await writeFileAtomic(baselinePath, text);
        io.stdout(
          `batch-errors-codegen: ${docsLabel(baselinePath)} ${text === previous ? 'unchanged' : 'written'}, ${plural(new Set(problems.map(problemKey)).size, 'known problem')}.`,
        );
        exit(0);
      });
  },
};
