/**
 * The commands the workflows run, as a library for the tests.
 */
export { fitReport, githubTextLimit, markerAllowance, type FitOptions, type FittedReport } from './comment.js';
export { main, type Io } from './cli.js';
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
