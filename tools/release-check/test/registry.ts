/**
 * A throwaway npm registry (verdaccio) on 127.0.0.1: no uplinks, anonymous
 * publishing, storage in a temporary folder. Stopped by its process id.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface Registry {
  url: string;
  pid: number;
  stop: () => Promise<void>;
}

export async function startRegistry(): Promise<Registry> {
  const folder = await mkdtemp(path.join(tmpdir(), 'batch-errors-registry-'));
  const port = await freePort();
  const config = [
    `storage: ${JSON.stringify(path.join(folder, 'storage'))}`,
    'uplinks: {}',
    'packages:',
    "  '@batch-errors/*':",
    '    access: $all',
    '    publish: $anonymous',
    "  '**':",
    '    access: $all',
    'log: { type: stdout, format: pretty, level: error }',
    '',
  ].join('\n');
  await writeFile(path.join(folder, 'config.yaml'), config);
  const bin = createRequire(import.meta.url).resolve('verdaccio/bin/verdaccio');
  const child = spawn(process.execPath, [bin, '--config', path.join(folder, 'config.yaml'), '--listen', `127.0.0.1:${port}`], {
    stdio: ['ignore', 'pipe', 'pipe'],
    // The registry lives as long as one test file at most.
    timeout: 60 * 60_000,
    killSignal: 'SIGKILL',
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}/`;
  // Should this process end without calling stop (a crash, a kill), take the registry along.
  const killOnExit = () => {
    if (child.pid !== undefined && child.exitCode === null) process.kill(child.pid, 'SIGKILL');
  };
  process.once('exit', killOnExit);
  const stop = async () => {
    process.removeListener('exit', killOnExit);
    await stopProcess(child);
    await rm(folder, { recursive: true, force: true });
  };
  try {
    await waitUntilUp(`${url}-/ping`, child, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  if (child.pid === undefined) throw new Error('verdaccio has no process id');
  return { url, pid: child.pid, stop };
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitUntilUp(pingUrl: string, child: ChildProcess, output: () => string): Promise<void> {
  for (let attempt = 0; attempt < 300; attempt++) {
    if (child.exitCode !== null) throw new Error(`verdaccio exited with ${child.exitCode}:\n${output()}`);
    try {
      if ((await fetch(pingUrl)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`verdaccio did not answer ${pingUrl} within 30 s:\n${output()}`);
}

/** SIGTERM by process id, then SIGKILL if it lingers. */
async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  process.kill(child.pid, 'SIGTERM');
  const timer = setTimeout(() => child.pid !== undefined && child.exitCode === null && process.kill(child.pid, 'SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}
