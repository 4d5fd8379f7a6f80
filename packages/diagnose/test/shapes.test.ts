/**
 * The same task, job, pool or node in the shapes users have it: the REST
 * JSON (the fixtures), the official client's objects (`Date` timestamps, its
 * casing of enums) and what `az batch … show -o json` prints (Python's
 * timestamps and durations, `null` for absent fields). Each gives the same
 * diagnosis. The real client is exercised against a loopback service in
 * tools/release-check/test/diagnose-client.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { diagnoseTask } from '../src/index.js';
import { diagnoseInputs, fixture, fixtureNames, inputsOf } from './fixture.js';

/** Fields the REST reference types as DateTime. */
const timestampFields = new Set([
  'creationTime',
  'lastModified',
  'stateTransitionTime',
  'previousStateTransitionTime',
  'allocationStateTransitionTime',
  'startTime',
  'endTime',
  'lastRetryTime',
  'lastRequeueTime',
  'timestamp',
  'lastBootTime',
  'allocationTime',
]);

/** Fields the REST reference types as Duration. */
const durationFields = new Set(['maxWallClockTime', 'retentionTime', 'resizeTimeout', 'autoScaleEvaluationInterval']);

/** Rewrites every field of a JSON value, depth first. */
function mapFields(value: unknown, rewrite: (name: string, value: unknown) => unknown): unknown {
  if (Array.isArray(value)) return value.map((entry) => mapFields(entry, rewrite));
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([name, child]) => [name, rewrite(name, mapFields(child, rewrite))]));
}

/** As `@azure/batch` 10.2 deserializes it: `Date` timestamps, enums in its casing (`performexitoptionsjobaction`). */
function asClientObject(value: unknown): unknown {
  return mapFields(value, (name, child) => {
    if (timestampFields.has(name) && typeof child === 'string') return new Date(child);
    if ((name === 'onTaskFailure' || name === 'category') && typeof child === 'string') return child.toLowerCase();
    return child;
  });
}

/** Python's `datetime.isoformat()` of a UTC time: microseconds when there are any, and `+00:00`. */
function pythonTimestamp(iso: string): string {
  const date = new Date(iso);
  const milliseconds = date.getUTCMilliseconds();
  return `${date.toISOString().slice(0, 19)}${milliseconds === 0 ? '' : `.${String(milliseconds * 1000).padStart(6, '0')}`}+00:00`;
}

/** Python's `str(timedelta)`: `1:00:00`, `2 days, 0:30:00`, `0:00:03.500000`. */
function pythonDuration(iso: string): string {
  const match = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(iso);
  if (!match) throw new Error(`not an ISO 8601 duration the fixtures use: ${iso}`);
  const [days, hours, minutes, seconds] = match.slice(1).map((part) => Number(part ?? 0)) as [number, number, number, number];
  const totalHours = hours + Math.floor(minutes / 60);
  const whole = Math.floor(seconds);
  const fraction = seconds - whole;
  const clock = `${totalHours}:${String(minutes % 60).padStart(2, '0')}:${String(whole).padStart(2, '0')}${
    fraction
      ? `.${Math.round(fraction * 1e6)
          .toString()
          .padStart(6, '0')}`
      : ''
  }`;
  return days ? `${days} day${days === 1 ? '' : 's'}, ${clock}` : clock;
}

/** As `az batch … show -o json` prints it: camelCase keys, Python timestamps and durations, `additionalProperties`, and `null` for what is absent. */
function asAzOutput(value: unknown): unknown {
  const rewritten = mapFields(value, (name, child) => {
    if (timestampFields.has(name) && typeof child === 'string') return pythonTimestamp(child);
    if (durationFields.has(name) && typeof child === 'string') return pythonDuration(child);
    return child;
  });
  return addAzFields(rewritten);
}

function addAzFields(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(addAzFields);
  if (typeof value !== 'object' || value === null) return value;
  const fields = Object.fromEntries(Object.entries(value).map(([name, child]) => [name, addAzFields(child)]));
  return { additionalProperties: {}, displayName: null, eTag: null, ...fields, ...('executionInfo' in fields ? {} : { executionInfo: null }) };
}

describe('the same diagnosis from every shape', () => {
  it.each(fixtureNames)('%s', (name) => {
    const inputs = inputsOf(name);
    const rest = diagnoseInputs(name, inputs);
    const convert = (shape: (value: unknown) => unknown) => ({
      document: shape(inputs.document),
      ...(inputs.companion === undefined ? {} : { companion: shape(inputs.companion) }),
    });
    expect(diagnoseInputs(name, convert(asClientObject))).toEqual(rest);
    expect(diagnoseInputs(name, convert(asAzOutput))).toEqual(rest);
  });
});

describe('the shapes themselves', () => {
  it('writes timestamps and durations as Python does', () => {
    expect(pythonTimestamp('2026-11-20T09:00:03.500Z')).toBe('2026-11-20T09:00:03.500000+00:00');
    expect(pythonTimestamp('2026-11-20T09:00:00.000Z')).toBe('2026-11-20T09:00:00+00:00');
    expect(['PT1H', 'PT15M', 'P2DT30M', 'PT3.5S'].map(pythonDuration)).toEqual(['1:00:00', '0:15:00', '2 days, 0:30:00', '0:00:03.500000']);
  });

  it('would tell a task stopped by its wall clock from one ended early only by reading both timestamp shapes', () => {
    // The REST fixture and the client's object of the same task, with an exit code that does not say "stopped".
    const task = {
      ...(fixture('task-wall-clock') as object),
      executionInfo: { ...(fixture('task-wall-clock') as { executionInfo: object }).executionInfo, exitCode: 137 },
    };
    const early = { ...task, executionInfo: { ...task.executionInfo, endTime: '2026-11-20T08:10:00.000Z' } };
    for (const shape of [(value: unknown) => value, asClientObject, asAzOutput]) {
      expect(diagnoseTask(shape(task) as never).findings[0]?.kind).toBe('task-max-wall-clock-time-exceeded');
      expect(diagnoseTask(shape(early) as never).findings[0]?.kind).toBe('task-ended');
    }
  });
});
