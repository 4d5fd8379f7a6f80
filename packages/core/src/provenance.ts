/**
 * Where each code is documented: the page, the table and its section anchor.
 */
import { codesByTable, type ErrorTable, errorTables } from './generated/codes.js';
import { errorCodesDocument, tableAnchors } from './generated/sources.js';

/** A table of the docs that lists a code. */
export interface ErrorCodeSource {
  table: ErrorTable;
  /** The section's `<a name>` anchor on the page. */
  anchor: string;
  /** The page's address with the anchor: opens the table in a browser. */
  url: string;
}

/** Every table listing `code`, in document order; empty for codes the docs do not list. */
export function sourcesOf(code: string): readonly ErrorCodeSource[] {
  const sources: ErrorCodeSource[] = [];
  for (const table of errorTables) {
    if (!(codesByTable[table] as readonly string[]).includes(code)) continue;
    const anchor = tableAnchors[table];
    sources.push({ table, anchor, url: anchor === '' ? errorCodesDocument.url : `${errorCodesDocument.url}#${anchor}` });
  }
  return sources;
}

/** The docs address of the first table listing `code`; undefined for codes the docs do not list. */
export function docUrlOf(code: string): string | undefined {
  return sourcesOf(code)[0]?.url;
}
