/**
 * Stage 2: Markdown text to an mdast tree, with GFM tables and YAML front matter.
 */
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { VFile } from 'vfile';
import { report } from './diagnostics.js';

const markdownParser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).freeze();

/** Parses the file's text; a parser crash (such as a stack overflow on absurd nesting) is reported, not thrown. */
export function parseMarkdown(file: VFile): Root | undefined {
  try {
    return markdownParser.parse(file);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    report(file, 'parse-failed', { line: 1, column: 1 }, `Expected Markdown the parser can read, found input it failed on: ${detail}`);
    return undefined;
  }
}
