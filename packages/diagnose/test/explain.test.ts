/**
 * `batch-errors-diagnose explain <code>`: every documented code with what the
 * other packages say of it (message, statuses, tables, category, retry), the
 * codes the diagnosis reads by name, the seam for codes only the SDKs name,
 * and the nearest code for a near miss.
 */
import { categoryOf, errorCodes, isUndocumentedKnownCode, sourcesOf, undocumentedKnownCodes } from '@batch-errors/core';
import { isRetryable, reasonPhrase, statusesOf } from '@batch-errors/http';
import { getMessage } from '@batch-errors/messages';
import { describe, expect, it } from 'vitest';
import { type Explanation, explainCode, formatExplanation, nearestCode } from '../src/cli/explain.js';
import { runCommand } from '../src/cli/main.js';
import { recordingIo } from './recording-io.js';
import { sdkSourcesOf } from '../src/cli/sdk-codes.js';
import { negotiateLanguage } from '../src/languages.js';

const english = negotiateLanguage('en');
const german = negotiateLanguage('de');

describe('documented codes', () => {
  it.each(errorCodes.map((code) => [code] as const))('%s: its message, statuses, tables, category and retry, as the other packages say', (code) => {
    const explained = explainCode(code, german, sdkSourcesOf) as Explanation;
    expect(explained).toMatchObject({ code, documented: true, locale: 'de-de', retryable: isRetryable(code) });
    expect(explained.message).toBe(getMessage(code, { locale: 'de-de' }));
    expect(explained.statuses.map((entry) => entry.status)).toEqual(statusesOf(code));
    expect(explained.statuses.map((entry) => entry.reasonPhrase)).toEqual(statusesOf(code).map((status) => reasonPhrase(status)));
    expect(explained.tables).toEqual(sourcesOf(code).map((source) => source.table));
    expect(explained.category).toBe(categoryOf(code));
    expect(explained.docsUrl).toBe(sourcesOf(code)[0]?.url.replace('/en-us/', '/de-de/'));
  });

  it('prints one fact a line', () => {
    expect(formatExplanation(explainCode('PoolNotFound', english, sdkSourcesOf) as Explanation)).toBe(
      [
        'PoolNotFound',
        `  ${getMessage('PoolNotFound')}`,
        'HTTP status: 404 Not Found',
        'Listed in: Batch service error codes',
        'Worth retrying: no',
        `Docs: ${sourcesOf('PoolNotFound')[0]?.url}`,
        '',
      ].join('\n'),
    );
  });
});

describe('codes the page does not list', () => {
  it.each([
    ['FailureExitCode', 'failureInfo', ['task-exit-code']],
    ['ResourceContainerAccessDenied', 'failureInfo', ['task-resource-file-download-failed']],
    ['FileUploadTimedOut', 'failureInfo', ['task-output-file-upload-failed']],
    ['AllocationTimedout', 'resizeErrors', ['pool-resize-timed-out']],
    ['AccountSpotCoreQuotaReached', 'resizeErrors', ['pool-resize-quota-reached']],
  ])('%s: where the service sends it and what the diagnosis makes of it', (code, sentIn, findings) => {
    expect(explainCode(code, english, sdkSourcesOf)).toMatchObject({ code, documented: false, sentIn, findings });
  });

  it('adds what the diagnosis makes of a documented code it reads by name', () => {
    expect(explainCode('BlobAccessDenied', english, sdkSourcesOf)).toMatchObject({ documented: true, findings: ['task-resource-file-download-failed'] });
    expect(explainCode('TaskEnded', english, sdkSourcesOf)).toMatchObject({ documented: true, findings: ['task-max-wall-clock-time-exceeded', 'task-ended'] });
  });

  it('says a code is known only to the SDKs when the SDK lists name it', () => {
    const explained = explainCode('AutoScaleFormulaTooLong', english, (code) =>
      code === 'AutoScaleFormulaTooLong' ? ['Java BatchErrorCodeStrings'] : undefined,
    );
    expect(explained).toMatchObject({ code: 'AutoScaleFormulaTooLong', documented: false, sdkSources: ['Java BatchErrorCodeStrings'], findings: [] });
    expect(formatExplanation(explained as Explanation)).toBe(
      'AutoScaleFormulaTooLong\n  Only the Batch SDKs name this code (Java BatchErrorCodeStrings); "Batch Status and Error Codes" does not list it.\n  The docs list a code spelled alike: AutoScalingFormulaTooLong.\n',
    );
  });

  it('names the SDK lists core knows for a code only they have, and none for a documented or unknown code', () => {
    const [code] = undocumentedKnownCodes;
    if (code === undefined) return;
    expect(sdkSourcesOf(code)?.length).toBeGreaterThan(0);
    for (const name of sdkSourcesOf(code) ?? []) expect(name).toMatch(/^(\.NET|Java) [A-Za-z]+$/);
    expect(sdkSourcesOf(errorCodes[0] ?? '')).toBeUndefined();
    expect(sdkSourcesOf(`${code}Typo`)).toBeUndefined();
  });
});

describe('near misses', () => {
  it.each([
    ['AutoScaleFormulaTooLong', 'AutoScalingFormulaTooLong'],
    ['poolnotfound', 'PoolNotFound'],
    ['PoolNotFund', 'PoolNotFound'],
    ['PoolNotFuond', 'PoolNotFound'],
    ['FailureExitcode', 'FailureExitCode'],
    ['NothingLikeAnyCodeAtAll', undefined],
    ['', undefined],
  ])('%s → %s', (typed, nearest) => {
    expect(nearestCode(typed)).toBe(nearest);
  });

  it('suggests nothing when two codes are equally near', () => {
    // Two edits from both JobNotFound and PoolNotFound... and others: no single nearest.
    expect(nearestCode('NotFound')).toBeUndefined();
  });
});

describe('the command', () => {
  it('explains a code in the reader’s language, as text or JSON; exit 0', async () => {
    const text = recordingIo();
    expect(await runCommand(['explain', 'PoolNotFound', '--locale', 'de-DE'], text)).toBe(0);
    expect(text.out.join('')).toBe(formatExplanation(explainCode('PoolNotFound', german, sdkSourcesOf) as Explanation));
    expect(text.out.join('')).toContain(getMessage('PoolNotFound', { locale: 'de-de' }));
    const json = recordingIo();
    expect(await runCommand(['explain', '--json', 'PoolNotFound'], json)).toBe(0);
    expect(JSON.parse(json.out.join(''))).toEqual(JSON.parse(JSON.stringify(explainCode('PoolNotFound', english, sdkSourcesOf))));
  });

  it('refuses an unknown code with the nearest documented one; exit 2', async () => {
    const stand = recordingIo();
    expect(await runCommand(['explain', 'PoolNotFund'], stand)).toBe(2);
    expect(stand.err.join('')).toBe(
      'batch-errors-diagnose: expected an error code the docs list or the service sends, found "PoolNotFund": did you mean PoolNotFound?\n',
    );
    expect(stand.out).toEqual([]);
  });

  it('explains a code only the SDKs know, with their lists and the documented code spelled alike; exit 0', async () => {
    if (!isUndocumentedKnownCode('AutoScaleFormulaTooLong')) return;
    const stand = recordingIo({ sdkSourcesOf });
    expect(await runCommand(['explain', 'AutoScaleFormulaTooLong'], stand)).toBe(0);
    const out = stand.out.join('');
    expect(out).toContain('Only the Batch SDKs name this code (');
    expect(out).toContain('The docs list a code spelled alike: AutoScalingFormulaTooLong.');
  });

  it('explains a code only the SDKs name through the seam core will fill; exit 0', async () => {
    const stand = recordingIo({ sdkSourcesOf: (code) => (code === 'AutoScaleFormulaTooLong' ? ['Java BatchErrorCodeStrings'] : undefined) });
    expect(await runCommand(['explain', 'AutoScaleFormulaTooLong'], stand)).toBe(0);
    expect(stand.out.join('')).toContain('Only the Batch SDKs name this code (Java BatchErrorCodeStrings)');
  });

  it('wants exactly one code, and escapes what it echoes', async () => {
    const none = recordingIo();
    expect(await runCommand(['explain'], none)).toBe(2);
    expect(none.err.join('')).toBe('batch-errors-diagnose: expected one error code after explain (such as PoolNotFound), found 0\n');
    const hostile = recordingIo();
    expect(await runCommand(['explain', 'Pool\u001b]0;x\u0007NotFound'], hostile)).toBe(2);
    expect(hostile.err.join('')).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
  });
});
