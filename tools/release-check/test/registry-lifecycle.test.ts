import { expect, it } from 'vitest';
import { startRegistry } from './registry.js';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

it('starts a registry that answers, and stops it by its process id', async () => {
  const registry = await startRegistry();
  try {
    expect(isAlive(registry.pid)).toBe(true);
    const response = await fetch(`${registry.url}-/ping`);
    expect(response.ok).toBe(true);
    const missing = await fetch(`${registry.url}@batch-errors%2fnot-published`);
    expect(missing.status).toBe(404);
  } finally {
    await registry.stop();
  }
  expect(isAlive(registry.pid)).toBe(false);
}, 60_000);
