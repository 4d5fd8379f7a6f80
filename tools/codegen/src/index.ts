/**
 * The generator as a library: what the CLI does, step by step, for tests,
 * benchmarks and the packages' conformance tests.
 */
export { buildModel } from './build-model.js';
export { rules, hasErrors, type RuleId, type Severity } from './diagnostics.js';
export { statusCodesDocument, jobTaskErrorsDocument, sourceLocale } from './documents.js';
export { emitPackages, generatedPackages, type GeneratedFile } from './emit/index.js';
export { extractPage } from './extract.js';
export { loadDocs, loadModel, type LoadOptions, type LoadResult } from './load.js';
export { readDocsFolder, type DocsFolder, type SidecarFile } from './docs-folder.js';
export {
  codeRows,
  distinctCodes,
  errorCategories,
  modelVersion,
  sameTextId,
  sourceTexts,
  tableIds,
  translatedTextOf,
  type BatchErrorModel,
  type CategoryEntry,
  type CodeRow,
  type CodeSample,
  type ErrorCategory,
  type ErrorTable,
  type RestErrorEntry,
  type RestErrorTable,
  type RestErrorVariant,
  type SchedulingErrorEntry,
  type SchedulingErrorTable,
  type SourceDocument,
  type SourceLocation,
  type SourceText,
  type TableId,
  type TextId,
  type TranslatedText,
  type Translation,
} from './model.js';
export { parseMarkdown } from './parse.js';
export { renderStatusCodesPage } from './render.js';
export { syntheticModel, writeSyntheticDocs } from './synthetic.js';
export { decodePage } from './read.js';
export { countProblems, formatProblems } from './print-problems.js';
export { stages, Timings } from './timings.js';
export type { Stage } from './timings.js';
export { lockKey, updateLock } from './translations.js';
export { applyPlan, isUpToDate, planOutput, type OutputPlan } from './write.js';
export { main } from './cli.js';
export { compareModels, type Change } from './diff/compare.js';
export { proposeRelease, type PackageRelease } from './diff/release.js';
