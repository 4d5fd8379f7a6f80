/**
 * The floor: a process that only reads and parses the docs' Markdown with
 * remark (the generator's parser and plugins), nothing else. Its time, whole
 * process against whole process, is what the generator's overhead is
 * measured against.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const docsDir = process.argv[2] ?? 'docs-source';
const parser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);
let nodes = 0;
for (const locale of (await readdir(docsDir, { withFileTypes: true })).filter((entry) => entry.isDirectory())) {
  for (const name of (await readdir(path.join(docsDir, locale.name))).filter((file) => file.endsWith('.md'))) {
    nodes += parser.parse(await readFile(path.join(docsDir, locale.name, name), 'utf8')).children.length;
  }
}
process.stderr.write(`timings (ms): ${JSON.stringify({ peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024), nodes })}\n`);
