import { describe, expect, it } from 'vitest';
import { parseStatusCell, registeredStatuses, type StatusCellResult, standardReasonPhrase } from '../src/status.js';

describe('parseStatusCell', () => {
  it.each<[string, StatusCellResult]>([
    ['Bad Request (400)', { ok: true, status: 400, statusText: 'Bad Request', spelling: 'standard' }],
    ['BadRequest (400)', { ok: true, status: 400, statusText: 'BadRequest', spelling: 'compact' }],
    ['NotFound (404)', { ok: true, status: 404, statusText: 'NotFound', spelling: 'compact' }],
    ['ServiceUnavailable (503)', { ok: true, status: 503, statusText: 'ServiceUnavailable', spelling: 'compact' }],
    ['Request Entity Too Large (413)', { ok: true, status: 413, statusText: 'Request Entity Too Large', spelling: 'historic' }],
    ['Requested Range Not Satisfiable (416)', { ok: true, status: 416, statusText: 'Requested Range Not Satisfiable', spelling: 'historic' }],
    ['Payload Too Large (413)', { ok: true, status: 413, statusText: 'Payload Too Large', spelling: 'standard' }],
    ['not modified ( 304 )', { ok: true, status: 304, statusText: 'not modified', spelling: 'compact' }],
    ['409', { ok: true, status: 409, statusText: '', spelling: 'standard' }],
  ])('reads %j', (cell, expected) => {
    expect(parseStatusCell(cell)).toEqual(expected);
  });

  it.each<[string, string, string]>([
    ['Bad Request', 'missing-number', 'Expected "Reason Phrase (NNN)", found no status number (did you mean "Bad Request (400)"?)'],
    ['', 'missing-number', 'Expected "Reason Phrase (NNN)", found no status number'],
    ['Teapot (299)', 'unknown-number', 'Expected an HTTP status number, found 299, which is not a registered status'],
    ['Bad Request (4000)', 'unknown-number', 'Expected an HTTP status number, found 4000, which is not a registered status'],
    ['Forbidden (404)', 'phrase-mismatch', 'Expected the phrase of 404 ("Not Found"), found "Forbidden", which is the phrase of 403'],
    ['Sunny (200)', 'phrase-mismatch', 'Expected the phrase of 200 ("OK"), found "Sunny", which is no phrase of it'],
  ])('rejects %j (%s)', (cell, problem, detail) => {
    expect(parseStatusCell(cell)).toEqual({ ok: false, problem, detail });
  });
});

describe('registeredStatuses', () => {
  it('lists every registered status once, in numeric order, each with its phrase', () => {
    const registered = registeredStatuses();
    expect(registered).toEqual([...new Set(registered)].sort((left, right) => left - right));
    for (const status of registered) expect(standardReasonPhrase(status), String(status)).toMatch(/^\S.*\S$/);
    // The statuses a gateway or the service answer with beyond the documented ones.
    expect([429, 502, 504].map(standardReasonPhrase)).toEqual(['Too Many Requests', 'Bad Gateway', 'Gateway Timeout']);
    expect(registered).toEqual(expect.arrayContaining([100, 200, 304, 400, 404, 409, 413, 416, 429, 500, 502, 503, 504, 511]));
    expect(registered.every((status) => status >= 100 && status <= 599)).toBe(true);
  });
});
