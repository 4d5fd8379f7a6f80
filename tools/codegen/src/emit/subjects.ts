/**
 * What a package's generated code holds, by subject: a row of a code table,
 * a code (across tables), a table's anchor, a category, a locale. Each
 * emitter describes its own package this way, from the data it writes; the
 * release proposal asks which subjects a change touched, and so which
 * packages it reaches.
 */
import type { ErrorCategory, TableId } from '../model.js';

/** Subject → a value that changes exactly when the package's code for that subject does. */
export type PackageSubjects = Map<string, string>;

export const subject = {
  row: (table: TableId, code: string) => `row ${table}/${code}`,
  /** The order of a table's rows; kept apart from the rows so a row added above another does not change the other. */
  order: (table: TableId) => `order ${table}`,
  code: (code: string) => `code ${code}`,
  anchor: (table: TableId) => `anchor ${table}`,
  category: (category: ErrorCategory) => `category ${category}`,
  locale: (locale: string) => `locale ${locale}`,
  knownList: (id: string) => `known-list ${id}`,
  knownCode: (code: string) => `known-code ${code}`,
  statement: (name: string) => `statement ${name}`,
};
