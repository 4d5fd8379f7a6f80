/**
 * The docs as the generator reads them (`docs-source`, read once per run by
 * `@batch-errors/codegen/testing`): tests take the codes and statuses they need from here,
 * never from today's page, so they hold after any valid docs change.
 */
import { codeRows } from '@batch-errors/codegen';
// Brings the type of what the setup provides (`docsModel`).
import type {} from '@batch-errors/codegen/testing';
import { inject } from 'vitest';

/** The model of docs-source, as the generator reads it. */
export const docsModel = inject('docsModel');
const rows = codeRows(docsModel);
const restRows = rows.filter((row) => row.status !== undefined);

/** Each code of the REST tables with its documented statuses, in document order. */
export const documentedStatuses: ReadonlyMap<string, readonly number[]> = new Map(
  [...new Set(restRows.map((row) => row.code))].map((code) => [
    code,
    [...new Set(restRows.flatMap((row) => (row.code === code && row.status !== undefined ? [row.status] : [])))],
  ]),
);

/** Codes of the scheduling tables that no REST table lists: they have no HTTP status. */
export const schedulingOnlyCodes: readonly string[] = [...new Set(rows.filter((row) => !documentedStatuses.has(row.code)).map((row) => row.code))];

/** A REST code documented with 304 Not Modified and another status, if the docs have one. */
export const readWriteCode = [...documentedStatuses].find(([, statuses]) => statuses.includes(304) && statuses.length > 1)?.[0];

/** A REST code documented with several statuses, if the docs have one. */
export const severalStatusesCode = [...documentedStatuses].find(([, statuses]) => statuses.length > 1)?.[0];

/** Every documented code whose name says it is about a quota. */
export const quotaCodes: readonly string[] = [...new Set(rows.map((row) => row.code))].filter((code) => /Quota/.test(code));
