/**
 * The docs as the generator reads them (`docs-source`, read once per run by
 * `@batch-errors/codegen/testing`): tests take the codes they need from here, never from
 * today's page, so they hold after any valid docs change.
 */
// Brings the type of what the setup provides (`docsModel`).
import type {} from '@batch-errors/codegen/testing';
import { inject } from 'vitest';

/** The model of docs-source, as the generator reads it. */
export const model = inject('docsModel');

/** The page the code tables come from. */
export const documentedPage = { url: model.document.url, file: model.document.file };

/** Every distinct code, in order of first appearance. */
export const documentedCodes: readonly string[] = [...new Set(model.tables.flatMap((table) => table.entries.map((entry) => entry.code)))];

/** The tables listing `code`, in document order, with their section anchors. */
export function tablesListing(code: string): { table: string; anchor: string }[] {
  return model.tables.filter((table) => table.entries.some((entry) => entry.code === code)).map((table) => ({ table: table.id, anchor: table.anchor ?? '' }));
}

/** A code listed in two tables or more, if the docs have one. */
export const codeInSeveralTables = documentedCodes.find((code) => tablesListing(code).length > 1);
