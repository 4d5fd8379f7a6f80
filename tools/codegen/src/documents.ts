/**
 * What the generator expects to find in the docs: which pages, which sections,
 * which tables in each section. Everything the parser knows about the page's
 * layout lives here, so a docs restructuring is a change to this file only.
 */
/** What a table holds; decides its expected columns. */
export type TableKind = 'rest' | 'scheduling' | 'categories';

/** The role of a column, recognised from the cells' content. */
export type ColumnRole = 'code' | 'status' | 'category' | 'text';

/** Columns each kind of table must have, in the docs' order. */
export const columnsOfKind: Readonly<Record<TableKind, readonly ColumnRole[]>> = {
  rest: ['code', 'status', 'text'],
  scheduling: ['code', 'category', 'text'],
  categories: ['category', 'text'],
};

/** English column headers, used only to describe an expected table in messages. */
export const headersOfKind: Readonly<Record<TableKind, string>> = {
  rest: 'Error code | HTTP status code | User message',
  scheduling: 'Error code | Category | User message',
  categories: 'Category | Description',
};

export type TableSpec =
  | { readonly kind: 'rest'; readonly id: 'common' | 'batchService' }
  | { readonly kind: 'scheduling'; readonly id: 'jobScheduling' | 'taskScheduling' }
  | { readonly kind: 'categories'; readonly id: 'categories' };

export interface SectionSpec {
  /**
   * The section's anchor: its heading's `<a name>` anchor, or on a page
   * without them the heading's slug as Microsoft Learn makes it (lower case,
   * punctuation dropped, spaces to hyphens).
   */
  readonly anchor: string;
  /** The English heading, for revisions without anchors (compared ignoring case and spacing). */
  readonly heading: string;
  /**
   * The tables of the section, in document order. A section without tables
   * is one the packages link to: nothing is generated from it, so a missing
   * one is a warning.
   */
  readonly tables: readonly TableSpec[];
}

export interface DocumentSpec {
  /** File name inside a locale folder of the docs. */
  readonly fileName: string;
  /** Public address on Microsoft Learn; `{locale}` is replaced by the page's locale. */
  readonly urlTemplate: string;
  readonly sections: readonly SectionSpec[];
  /** Where the English page lives in the upstream docs repositories, newest first (`pull` looks there). */
  readonly upstreamPaths: readonly string[];
  /** The page's statements are read (statements.ts). */
  readonly readsStatements?: true;
}

/** "Batch Status and Error Codes": the page the four code tables come from. */
export const statusCodesDocument: DocumentSpec = {
  fileName: 'batch-status-and-error-codes.md',
  urlTemplate: 'https://learn.microsoft.com/{locale}/rest/api/batchservice/batch-status-and-error-codes',
  upstreamPaths: [
    'docs-ref-conceptual/batchservice/Batch-Status-and-Error-Codes.md',
    'documentation/batchservice/Batch-Status-and-Error-Codes.md',
    'documentation/batch/Batch-Status-and-Error-Codes.md',
  ],
  sections: [
    {
      anchor: 'bk_ComRESTAPIErrCodes',
      heading: 'Common REST API Error Codes',
      tables: [{ kind: 'rest', id: 'common' }],
    },
    {
      anchor: 'bk_batchsererrcode',
      heading: 'Batch Service Error Codes',
      tables: [{ kind: 'rest', id: 'batchService' }],
    },
    {
      anchor: 'BKMK_JobTaskError',
      heading: 'Job/Task Scheduling Error Codes',
      tables: [
        { kind: 'categories', id: 'categories' },
        { kind: 'scheduling', id: 'jobScheduling' },
        { kind: 'scheduling', id: 'taskScheduling' },
      ],
    },
  ],
};

/** "Azure Batch job and task errors": prose only, read for its front matter. */
export const jobTaskErrorsDocument: DocumentSpec = {
  fileName: 'batch-job-task-error-checking.md',
  urlTemplate: 'https://learn.microsoft.com/{locale}/azure/batch/batch-job-task-error-checking',
  upstreamPaths: ['articles/batch/batch-job-task-error-checking.md'],
  sections: [],
};

/**
 * "Azure Batch pool and node errors": prose and two JSON samples (relayed
 * provider errors), read for its front matter, its samples and the sections
 * `@batch-errors/diagnose` links its findings to.
 */
export const poolNodeErrorsDocument: DocumentSpec = {
  fileName: 'batch-pool-node-error-checking.md',
  urlTemplate: 'https://learn.microsoft.com/{locale}/azure/batch/batch-pool-node-error-checking',
  upstreamPaths: ['articles/batch/batch-pool-node-error-checking.md'],
  sections: [
    { anchor: 'relay-provider-error-details', heading: 'Relay Provider Error Details', tables: [] },
    { anchor: 'resize-timeout-or-failure', heading: 'Resize timeout or failure', tables: [] },
    { anchor: 'automatic-scaling-failures', heading: 'Automatic scaling failures', tables: [] },
    { anchor: 'pool-deletion-failures', heading: 'Pool deletion failures', tables: [] },
    { anchor: 'start-task-failures', heading: 'Start task failures', tables: [] },
    { anchor: 'application-package-download-failure', heading: 'Application package download failure', tables: [] },
    { anchor: 'container-download-failure', heading: 'Container download failure', tables: [] },
    { anchor: 'node-in-unusable-state', heading: 'Node in unusable state', tables: [] },
    { anchor: 'node-disk-full', heading: 'Node disk full', tables: [] },
  ],
};

/**
 * "Error handling and detection in Azure Batch": prose, read for the
 * statements the packages cite (statements.ts) and the sections they link to.
 */
export const errorHandlingDocument: DocumentSpec = {
  fileName: 'batch-error-handling.md',
  urlTemplate: 'https://learn.microsoft.com/{locale}/azure/batch/error-handling',
  upstreamPaths: ['articles/batch/error-handling.md'],
  readsStatements: true,
  sections: [
    { anchor: 'error-codes', heading: 'Error codes', tables: [] },
    { anchor: 'constraint-errors', heading: 'Constraint errors', tables: [] },
    { anchor: 'retry-after-errors', heading: 'Retry after errors', tables: [] },
  ],
};

export const knownDocuments: readonly DocumentSpec[] = [statusCodesDocument, jobTaskErrorsDocument, poolNodeErrorsDocument, errorHandlingDocument];

/** The locale whose page defines the codes; other locales translate it. */
export const sourceLocale = 'en-us';

export function documentUrl(spec: DocumentSpec, locale: string): string {
  return spec.urlTemplate.replace('{locale}', locale);
}
