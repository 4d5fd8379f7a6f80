/**
 * No input grows memory without bound (issue 16): the heap after a full
 * collection, before and after a flood of inputs, each dropped once used.
 * Needs `gc()`, which vitest.config.ts exposes to the test workers.
 */
import { describe, expect, it, vi } from 'vitest';
import { documentedCodes } from './docs.js';

const mebibyte = 2 ** 20;
/** A documented code: its lookups negotiate the locale, which is what fills the cache. */
const code = documentedCodes[0] ?? '';
const collect = (globalThis as { gc?: () => void }).gc;

/** The package as loaded anew: each test starts with an empty cache, whatever the tests before it left there. */
async function freshPackage(): Promise<typeof import('../src/index.js')> {
  vi.resetModules();
  return import('../src/index.js');
}

/** Bytes the heap grew by, after a full collection, across `flood`. */
function retainedBy(flood: () => void): number {
  if (collect === undefined) throw new Error('Expected gc() (node --expose-gc, set in vitest.config.ts), found none');
  collect();
  const before = process.memoryUsage().heapUsed;
  flood();
  collect();
  return process.memoryUsage().heapUsed - before;
}

/** A string of `length` characters, different for each `index`. */
const distinct = (index: number, length: number) => `${index}:`.padEnd(length, 'x');

describe('the negotiation cache is bounded', () => {
  it('256 distinct 1 MiB preferences leave nothing behind', async () => {
    const { negotiateLocale } = await freshPackage();
    const retained = retainedBy(() => {
      for (let index = 0; index < 256; index++) negotiateLocale(`de-AT,${distinct(index, mebibyte)}`);
    });
    expect(retained).toBeLessThan(4 * mebibyte);
  });

  it('64 lists of 64 distinct 16 KiB tags leave nothing behind', async () => {
    const { negotiateLocale } = await freshPackage();
    const retained = retainedBy(() => {
      for (let index = 0; index < 64; index++) negotiateLocale(Array.from({ length: 64 }, (_, tag) => distinct(index * 64 + tag, 16 * 1024)));
    });
    expect(retained).toBeLessThan(4 * mebibyte);
  });

  it('256 short tags cut from 1 MiB strings do not keep those strings alive', async () => {
    const { negotiateLocale } = await freshPackage();
    const retained = retainedBy(() => {
      for (let index = 0; index < 256; index++) {
        const header = `de-AT-x-${String(index).padStart(8, '0')},${distinct(index, mebibyte)}`;
        negotiateLocale(header.split(',')[0]);
      }
    });
    expect(retained).toBeLessThan(4 * mebibyte);
  });

  it('20,000 distinct short preferences keep at most a few hundred', async () => {
    const { getMessage } = await freshPackage();
    const retained = retainedBy(() => {
      for (let index = 0; index < 20_000; index++) getMessage(code, { locale: distinct(index, 250) });
    });
    expect(retained).toBeLessThan(2 * mebibyte);
  });

  it('100 error bodies with a 1 MiB lang leave nothing behind', async () => {
    const { formatBatchError } = await freshPackage();
    const retained = retainedBy(() => {
      for (let index = 0; index < 100; index++) {
        formatBatchError({ code, message: { lang: distinct(index, mebibyte), value: 'x' } }, { locale: 'de', preferResponseMessage: true });
      }
    });
    expect(retained).toBeLessThan(4 * mebibyte);
  });
});
