/**
 * Nothing waits without bound: every child process the tools and tests start
 * is given a time after which it is killed with SIGKILL (npm ignores SIGTERM:
 * a 300 s timeout once waited 24 minutes). Read from the sources, so a new
 * call without a bound fails here before it hangs a CI run. A call bounded
 * another way says how in a `// bounded:` comment on the line before it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const folders = ['packages', 'tools'].flatMap((top) =>
  readdirSync(path.join(repoRoot, top)).flatMap((name) => ['src', 'test', 'bin'].map((inner) => path.join(repoRoot, top, name, inner))),
);

function sources(folder: string): string[] {
  let entries: { name: string; parentPath: string; isFile(): boolean }[];
  try {
    entries = readdirSync(folder, { recursive: true, withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter((entry) => entry.isFile() && /\.[cm]?[jt]s$/.test(entry.name) && !entry.parentPath.includes('node_modules'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

const callPattern = /\b(execFileSync|execFile|spawnSync|spawn|execSync|fork)\(|promisify\((?:execFile|exec)\)\(/g;

/** Each call that starts a child process, with its arguments' text. */
function childProcessCalls(file: string): { line: number; text: string; bounded: string }[] {
  const text = readFileSync(file, 'utf8');
  const calls: { line: number; text: string; bounded: string }[] = [];
  for (const match of text.matchAll(callPattern)) {
    const start = match.index ?? 0;
    // A call of the imported function, not its import, its type or a method of the same name.
    if (/import|typeof|\.$|function $/.test(text.slice(Math.max(0, start - 12), start))) continue;
    let depth = 0;
    let end = start + match[0].length - 1;
    for (; end < text.length; end++) {
      if (text[end] === '(') depth++;
      else if (text[end] === ')' && --depth === 0) break;
    }
    const lineStart = text.lastIndexOf('\n', start);
    const previousLine = text.slice(text.lastIndexOf('\n', lineStart - 1) + 1, lineStart);
    calls.push({ line: text.slice(0, start).split('\n').length, text: text.slice(start, end + 1), bounded: previousLine });
  }
  return calls;
}

describe('child processes', () => {
  const files = folders.flatMap(sources);

  it('are found in the sources (the scan reads what it should)', () => {
    const found = files.flatMap((file) => childProcessCalls(file));
    expect(found.length).toBeGreaterThan(20);
  });

  it('each end by SIGKILL past a timeout', () => {
    const unbounded = files.flatMap((file) =>
      childProcessCalls(file)
        .filter((call) => !(call.text.includes('killSignal') && call.text.includes('timeout')) && !/\/\/ bounded: /.test(call.bounded))
        .map((call) => `${path.relative(repoRoot, file)}:${call.line}: ${call.text.split('\n')[0]}`),
    );
    expect(unbounded).toEqual([]);
  });
});
