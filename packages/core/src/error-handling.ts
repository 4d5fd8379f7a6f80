/**
 * The shape of what "Error handling and detection in Azure Batch" states; the
 * values are generated from the page (generated/error-handling.ts).
 */
import type { ErrorCategory } from './generated/categories.js';

/** A statement of the page: the address of its section. */
export interface StatementLink {
  /** The page's address with the section's anchor. */
  readonly url: string;
}

/** What the page states that the packages rely on (`http`'s retry policy, `diagnose`'s findings). */
export interface ErrorHandlingStatements {
  /** The page: its title and public address. */
  readonly document: { readonly title: string; readonly url: string };
  /** Requests that never reached Batch, or whose response did not come in time: failures with no HTTP status. */
  readonly networkFailures: StatementLink;
  /** Internal server errors: every status of this class (5 for `5xx`). */
  readonly serverErrors: StatementLink & { readonly statusClass: number };
  /** Throttling: these statuses, with this header saying when to retry. */
  readonly throttling: StatementLink & { readonly statuses: readonly number[]; readonly header: string };
  /** A resource not in the state a transition needs: this status class, and the codes the page names. */
  readonly stateErrors: StatementLink & { readonly statusClass: number; readonly codes: readonly string[] };
  /** A task over its wall-clock constraint: completed, with this exit code and this failure. */
  readonly wallClockTimeout: StatementLink & {
    readonly constraint: string;
    readonly exitCode: number;
    readonly category: ErrorCategory;
    readonly code: string;
  };
}
