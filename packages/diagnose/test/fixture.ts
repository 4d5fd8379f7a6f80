/**
 * The REST-shaped fixtures (test/fixtures/*.json) and how each is diagnosed:
 * by its name's prefix; a job's `.status.json` companion is its preparation and
 * release task status, and a task may name the node it waits for.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { type Diagnosis, diagnoseJob, diagnoseNode, diagnosePool, diagnoseTask } from '../src/index.js';

export const fixtureFolder = new URL('./fixtures/', import.meta.url);

/** The time pools are diagnosed at, an hour and a half after `pool-deleting` started deleting. */
export const diagnosedAt = '2026-11-20T12:00:00.000Z';

/** Tasks diagnosed with a node, by fixture name. */
export const nodeOfTask: Readonly<Record<string, string>> = { 'task-waiting-for-node': 'node-start-task-failed' };

/** A fixture, parsed. */
export function fixture(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`${name}.json`, fixtureFolder), 'utf8'));
}

/** Every fixture that is a document of its own (companions left out). */
export const fixtureNames = readdirSync(fixtureFolder)
  .filter((name) => name.endsWith('.json') && !name.endsWith('.status.json'))
  .map((name) => name.replace(/\.json$/, ''))
  .sort();

/** The inputs of a fixture's diagnosis: the document, and its companion when it has one. */
export function inputsOf(name: string): { document: unknown; companion?: unknown } {
  const document = fixture(name);
  if (name.startsWith('job-') && readdirSync(fixtureFolder).includes(`${name}.status.json`)) return { document, companion: fixture(`${name}.status`) };
  const node = nodeOfTask[name];
  return node === undefined ? { document } : { document, companion: fixture(node) };
}

/** Diagnoses a fixture's inputs (REST JSON, or the same in another shape) as its name says. */
export function diagnoseInputs(name: string, inputs: { document: unknown; companion?: unknown }, locale?: string): Diagnosis {
  const withLocale = locale === undefined ? {} : { locale };
  const document = inputs.document as never;
  if (name.startsWith('task-')) return diagnoseTask(document, inputs.companion === undefined ? withLocale : { ...withLocale, node: inputs.companion as never });
  if (name.startsWith('job-')) return diagnoseJob(document, inputs.companion as never, withLocale);
  if (name.startsWith('pool-')) return diagnosePool(document, { ...withLocale, now: diagnosedAt });
  if (name.startsWith('node-')) return diagnoseNode(document, withLocale);
  throw new Error(`a fixture named ${name} says neither task, job, pool nor node`);
}

/** The diagnosis of a fixture. */
export function diagnoseFixture(name: string, locale?: string): Diagnosis {
  return diagnoseInputs(name, inputsOf(name), locale);
}
