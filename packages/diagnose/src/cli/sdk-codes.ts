/**
 * Codes the official SDKs know and "Batch Status and Error Codes" does not
 * list: `explain` asks `@batch-errors/core`, which keeps the SDKs' lists with
 * their provenance (`knownSourcesOf`).
 */
import { isUndocumentedKnownCode, knownSourcesOf } from '@batch-errors/core';

/** Where the SDKs name a code the docs do not list (`Java BatchErrorCodeStrings`, …); undefined when no SDK list has it. */
export type SdkSourcesOf = (code: string) => readonly string[] | undefined;

/** The SDK lists holding a code only they know, named by language and type. */
export const sdkSourcesOf: SdkSourcesOf = (code) => {
  if (!isUndocumentedKnownCode(code)) return undefined;
  const names = knownSourcesOf(code).map(
    (source) => `${source.list.startsWith('java.') ? 'Java' : '.NET'} ${source.list.slice(source.list.lastIndexOf('.') + 1)}`,
  );
  return [...new Set(names)];
};
