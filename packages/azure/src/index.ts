export { batchErrorPolicy, batchErrorPolicyName } from './core-rest-pipeline.js';
export type { BatchErrorPipelinePolicy, PipelineRequestLike, PipelineResponseLike } from './core-rest-pipeline.js';
export { batchErrorRequestPolicyFactory } from './ms-rest-js.js';
export type { BatchErrorRequestPolicyFactory, HttpOperationResponseLike, RequestPolicyLike, WebResourceLike } from './ms-rest-js.js';
export type { AbortSignalLike, BatchErrorPolicyOptions } from './retry-loop.js';
