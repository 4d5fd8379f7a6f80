/**
 * `model`: the model read from the docs, as JSON.
 */
import { addDocsOptions, type CommandModule, type DocsOptions, loadDocsForCommand } from './context.js';

export const modelCommand: CommandModule = {
  name: 'model',
  define(command, { io, exit }) {
    addDocsOptions(command)
      .description('print the model read from the docs, as JSON')
      .action(async (options: DocsOptions) => {
        const loaded = await loadDocsForCommand(options, io);
        if (!loaded) return exit(1);
        io.stdout(JSON.stringify(loaded.model, null, 2));
        exit(0);
      });
  },
};
