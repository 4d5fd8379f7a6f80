/**
 * Wall time per pipeline stage, printed by `--timings` and read by the benchmark.
 * Stages overlap: `emit` is the wait for the generated files once the docs are
 * loaded, since emitting starts in a worker as soon as the model is whole.
 */
export type Stage = 'read' | 'parse' | 'model' | 'emit' | 'write';

export const stages: readonly Stage[] = ['read', 'parse', 'model', 'emit', 'write'];

export class Timings {
  readonly milliseconds = new Map<Stage, number>();
  /** Pages whose reading a parse worker made: their parse and extraction ran in parallel, and count as the wait for them. */
  pagesFromWorkers = 0;

  measure<T>(stage: Stage, work: () => T): T {
    const start = performance.now();
    const result = work();
    if (result instanceof Promise) {
      return result.finally(() => this.add(stage, performance.now() - start)) as T;
    }
    this.add(stage, performance.now() - start);
    return result;
  }

  private add(stage: Stage, elapsed: number): void {
    this.milliseconds.set(stage, (this.milliseconds.get(stage) ?? 0) + elapsed);
  }

  /** `{ read: 12.3, parse: 45.6, …, peakRssMb: 170, pagesFromWorkers: 0 }`: stages in order, rounded to 0.1 ms, the process's peak memory so far (workers included), and the pages workers read. */
  toJSON(): Record<Stage | 'peakRssMb' | 'pagesFromWorkers', number> {
    const result = {} as Record<Stage | 'peakRssMb' | 'pagesFromWorkers', number>;
    for (const stage of stages) result[stage] = Math.round((this.milliseconds.get(stage) ?? 0) * 10) / 10;
    result.peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
    result.pagesFromWorkers = this.pagesFromWorkers;
    return result;
  }
}
