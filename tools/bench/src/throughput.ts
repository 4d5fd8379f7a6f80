/**
 * Lookups per second, on the built packages, with tinybench.
 */
import { errorCodes, isBatchErrorCode } from '@batch-errors/core';
import { statusesOf } from '@batch-errors/http';
import { getMessage } from '@batch-errors/messages';
import { Bench } from 'tinybench';

export async function lookupThroughput(): Promise<Record<string, number>> {
  const codes = [...errorCodes, 'NotACode', 'poolnotfound'];
  let index = 0;
  const next = () => codes[index++ % codes.length] ?? '';
  const bench = new Bench({ time: 500, warmup: true });
  bench
    .add('isBatchErrorCode', () => {
      isBatchErrorCode(next());
    })
    .add('statusesOf', () => {
      statusesOf(next());
    })
    .add('getMessage (English)', () => {
      getMessage(next());
    })
    .add("getMessage ({ locale: 'de-AT' })", () => {
      getMessage(next(), { locale: 'de-AT' });
    });
  await bench.run();
  return Object.fromEntries(bench.tasks.map((task) => [task.name, Math.round(task.result && 'throughput' in task.result ? task.result.throughput.mean : 0)]));
}
