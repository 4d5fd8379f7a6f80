/**
 * The codes the findings sort come from core: the docs' task scheduling table
 * and the SDKs' lists, and the wall-clock constraint of the error-handling
 * page. Nothing here is kept by hand but the sorting.
 */
import { errorHandling, knownCodesOf, taskSchedulingErrorCodes } from '@batch-errors/core';
import { describe, expect, it } from 'vitest';
import { failureExitCode, fileUploadCodes, resizeErrorCodes, resourceFileCodes, stoppedExitCodes, taskEndedCode } from '../src/failure-codes.js';

describe('the codes of task failures and resize errors', () => {
  it('sort every task failure code of core that names a resource file or an upload', () => {
    const taskCodes = knownCodesOf('taskScheduling');
    for (const code of taskCodes) {
      expect(resourceFileCodes.has(code), code).toBe(/^(?:Blob|Resource)/.test(code));
      expect(fileUploadCodes.has(code), code).toBe(/^FileUpload/.test(code));
    }
    for (const code of taskSchedulingErrorCodes.filter((candidate) => candidate.startsWith('Blob'))) expect(resourceFileCodes.has(code)).toBe(true);
    expect(taskCodes).toContain(failureExitCode);
  });

  it('tell apart only resize codes the SDK lists have, whatever their case', () => {
    const listed = new Set(knownCodesOf('poolResize').map((code) => code.toLowerCase()));
    for (const code of Object.values(resizeErrorCodes)) expect(listed.has(code.toLowerCase()), code).toBe(true);
  });

  it('take the wall-clock limit from the error-handling page, signed and unsigned', () => {
    if (!errorHandling) return;
    expect(taskEndedCode).toBe(errorHandling.wallClockTimeout.code);
    expect([...stoppedExitCodes].sort()).toEqual([errorHandling.wallClockTimeout.exitCode, errorHandling.wallClockTimeout.exitCode | 0].sort());
  });
});
