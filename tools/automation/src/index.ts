/**
 * The commands the workflows run, as a library for the tests.
 */
export { fitReport, githubTextLimit, markerAllowance, type FitOptions, type FittedReport } from './comment.js';
export { main, type Io } from './cli.js';
export { type CodegenResult, codegenBin, runCodegen } from './codegen.js';
export { type DocsReportOutcome, type DocsReportRun, errorReport, runDocsReport } from './docs-report.js';
export {
  parseSources,
  planUpstream,
  readSources,
  runUpstream,
  StepError,
  UsageError,
  type UpstreamFolders,
  type UpstreamOutcome,
  type UpstreamRun,
  type UpstreamSource,
  type UpstreamSources,
} from './upstream.js';
