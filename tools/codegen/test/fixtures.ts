/**
 * A small valid "Batch Status and Error Codes" page whose parts tests replace one at a time.
 */

export interface PageParts {
  frontMatter: string;
  common: string;
  batchService: string;
  categories: string;
  jobScheduling: string;
  taskScheduling: string;
  extra: string;
}

export const validParts: PageParts = {
  frontMatter: '---\ntitle: Batch Status and Error Codes\nms.date: 02/01/2017\n---\n',
  common: [
    '|Error code|HTTP status code|User message|',
    '|---|---|---|',
    '|ConditionNotMet|Not Modified (304)|The condition was not met for a read operation.|',
    '|ResourceNotFound|Not Found (404)|The specified resource does not exist.|',
    '|ConditionNotMet|Precondition Failed (412)|The condition was not met for a write operation.|',
  ].join('\n'),
  batchService: [
    '|Error code|HTTP status code|User message|',
    '|---|---|---|',
    '|PoolNotFound|Not Found (404)|The specified pool does not exist.|',
    '|JobBeingTerminated|Conflict (409)|The specified job is being terminated.|',
  ].join('\n'),
  categories: [
    '|Category|Description|',
    '|---|---|',
    '|UserError|Errors in the task specification provided by the user.|',
    '|ServerError|Errors encountered by the Batch service.|',
  ].join('\n'),
  jobScheduling: [
    '|Error code|Category|User message|',
    '|---|---|---|',
    '|JobBeingTerminated|UserError|Task cannot be started because the job is being terminated.|',
    '|Unknown|ServerError|An unknown scheduling error has occurred.|',
  ].join('\n'),
  taskScheduling: [
    '|Error code|Category|User message|',
    '|---|---|---|',
    '|BlobNotFound|UserError|One of the specified Azure Blob(s) is not found.|',
    '|Unknown|ServerError|An unknown scheduling error has occurred.|',
  ].join('\n'),
  extra: '',
};

/** The page with some parts replaced. */
export function statusPage(overrides: Partial<PageParts> = {}): string {
  const parts = { ...validParts, ...overrides };
  return [
    parts.frontMatter,
    '# Batch Status and Error Codes',
    '',
    '## <a name="bk_ComRESTAPIErrCodes"></a> Common REST API Error Codes',
    '',
    parts.common,
    '',
    '## <a name="bk_batchsererrcode"></a> Batch Service Error Codes',
    '',
    parts.batchService,
    '',
    '## <a name="BKMK_JobTaskError"></a> Job/Task Scheduling Error Codes',
    '',
    parts.categories,
    '',
    'Job scheduling codes:',
    '',
    parts.jobScheduling,
    '',
    'Task scheduling codes:',
    '',
    parts.taskScheduling,
    '',
    parts.extra,
  ].join('\n');
}

/** 1-based line of the first line containing `text`. */
export function lineOf(markdown: string, text: string): number {
  const index = markdown.split('\n').findIndex((line) => line.includes(text));
  if (index === -1) throw new Error(`"${text}" is not in the page`);
  return index + 1;
}

/** Replaces one row of a table part. */
export function replaceRow(part: string, from: string, to: string): string {
  if (!part.includes(from)) throw new Error(`"${from}" is not in the part`);
  return part.replace(from, to);
}
