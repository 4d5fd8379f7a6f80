export {
  batchServiceErrorCodes,
  codesByTable,
  commonErrorCodes,
  errorCodes,
  errorTables,
  jobSchedulingErrorCodes,
  taskSchedulingErrorCodes,
} from './generated/codes.js';
export type {
  BatchErrorCode,
  BatchServiceErrorCode,
  CommonErrorCode,
  ErrorTable,
  JobSchedulingErrorCode,
  TaskSchedulingErrorCode,
} from './generated/codes.js';
export { errorCategories, jobSchedulingCategories, taskSchedulingCategories } from './generated/categories.js';
export type { ErrorCategory } from './generated/categories.js';
export { BatchErrorCodes } from './generated/constants.js';
export { errorCodesDocument, tableAnchors } from './generated/sources.js';
export { parseErrorCategory, parseFailureInfo } from './failure.js';
export type { BatchFailureInfo, WireErrorCategory } from './failure.js';
export {
  categoryOf,
  isBatchErrorCode,
  isBatchServiceErrorCode,
  isCommonErrorCode,
  isErrorCategory,
  isJobSchedulingErrorCode,
  isTaskSchedulingErrorCode,
} from './guards.js';
export type { CategoryOfOptions } from './guards.js';
export {
  errorHandling,
  networkFailuresStatement,
  serverErrorsStatement,
  stateErrorsStatement,
  throttlingStatement,
  wallClockTimeoutStatement,
} from './generated/error-handling.js';
export type { ErrorHandlingStatements, StatementLink } from './error-handling.js';
export {
  httpKnownCodes,
  jobSchedulingKnownCodes,
  knownCodeLists,
  poolResizeKnownCodes,
  taskSchedulingKnownCodes,
  undocumentedKnownCodes,
} from './generated/known.js';
export type { KnownBatchErrorCode, UndocumentedKnownCode } from './generated/known.js';
export { isKnownBatchErrorCode, isUndocumentedKnownCode, knownCodesOf, knownSourcesOf } from './known.js';
export type { KnownCodeSource, KnownListKind } from './known.js';
export { docUrlOf, sourcesOf } from './provenance.js';
export type { ErrorCodeSource } from './provenance.js';
export { parseBatchErrorResponse } from './response.js';
export type { BatchErrorDetail, BatchErrorMessage, BatchErrorResponse, OpenBatchErrorCode, ParsedBatchErrorResponse } from './response.js';
