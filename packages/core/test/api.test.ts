/**
 * The public surface, pinned: adding or removing an export is a visible decision.
 */
import { expect, it } from 'vitest';
import * as core from '../src/index.js';

it('exports exactly these names', () => {
  expect(Object.keys(core).sort()).toEqual([
    'BatchErrorCodes',
    'batchServiceErrorCodes',
    'categoryOf',
    'codesByTable',
    'commonErrorCodes',
    'docUrlOf',
    'errorCategories',
    'errorCodes',
    'errorCodesDocument',
    'errorHandling',
    'errorTables',
    'httpKnownCodes',
    'isBatchErrorCode',
    'isBatchServiceErrorCode',
    'isCommonErrorCode',
    'isErrorCategory',
    'isJobSchedulingErrorCode',
    'isKnownBatchErrorCode',
    'isTaskSchedulingErrorCode',
    'isUndocumentedKnownCode',
    'jobSchedulingCategories',
    'jobSchedulingErrorCodes',
    'jobSchedulingKnownCodes',
    'knownCodeLists',
    'knownCodesOf',
    'knownSourcesOf',
    'networkFailuresStatement',
    'parseBatchErrorResponse',
    'parseErrorCategory',
    'parseFailureInfo',
    'poolResizeKnownCodes',
    'serverErrorsStatement',
    'sourcesOf',
    'stateErrorsStatement',
    'tableAnchors',
    'taskSchedulingCategories',
    'taskSchedulingErrorCodes',
    'taskSchedulingKnownCodes',
    'throttlingStatement',
    'undocumentedKnownCodes',
    'wallClockTimeoutStatement',
  ]);
});
