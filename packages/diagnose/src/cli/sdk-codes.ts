/**
 * Codes the Batch SDKs name but "Batch Status and Error Codes" does not list
 * (`AutoScaleFormulaTooLong` in the Java SDK's `BatchErrorCodeStrings`, say):
 * the one place `explain` asks about them. `@batch-errors/core` is to answer
 * this from its reviewed list (`knownSourcesOf`); this package then returns
 * what core returns here, and nothing else in `explain` changes.
 */

/** Where the SDKs name a code the docs do not list (`Java BatchErrorCodeStrings`, …); undefined when no SDK list is known to this package. */
export type SdkSourcesOf = (code: string) => readonly string[] | undefined;

/** The SDK lists this package knows: none of its own yet, so every code is undefined here. */
export const sdkSourcesOf: SdkSourcesOf = () => undefined;
