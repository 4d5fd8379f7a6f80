/**
 * What `npm install` gives, read from the tarballs `pnpm pack` makes: each
 * carries its own LICENSE and CHANGELOG (and the files its bin names), says where its repository, home page and issues
 * are, and has a license expression that covers what it ships: CC BY 4.0
 * besides MIT exactly when it ships text of Microsoft's documentation, and
 * then its LICENSE and README credit it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { codeRows, loadDocs } from '@batch-errors/codegen';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pnpm, repoRoot, run, workspacePackages } from './commands.js';

const repository = 'https://github.com/batch-errors/batch-errors';

const { model } = await loadDocs(path.join(repoRoot, 'docs-source'));
if (!model) throw new Error('docs-source did not produce a model');
/** The documented messages, long enough that finding one in a file means the file quotes the docs. */
const documentedMessages = [...new Set(codeRows(model).map((row) => row.message))].filter((message) => message.length >= 30);

let scratch = '';
/** Each package's unpacked tarball (its `package/` folder), by folder name. */
const unpacked = new Map<string, string>();

beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'batch-errors-pack-'));
  const [command, prefix] = pnpm();
  for (const { name, folder } of workspacePackages) {
    const destination = path.join(scratch, name);
    await mkdir(destination);
    await run(command, [...prefix, 'pack', '--pack-destination', destination], folder);
    const [tarball] = readdirSync(destination).filter((file) => file.endsWith('.tgz'));
    if (!tarball) throw new Error(`pnpm pack wrote no tarball for ${name}`);
    await run('tar', ['-xzf', tarball], destination);
    unpacked.set(name, path.join(destination, 'package'));
  }
}, 180_000);

afterAll(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)))
    .sort();
}

function unpackedFolder(name: string): string {
  const folder = unpacked.get(name);
  if (!folder) throw new Error(`${name} was not packed`);
  return folder;
}

/** The documented messages that some file of the tarball's dist holds. */
function quotedMessages(name: string): string[] {
  const dist = path.join(unpackedFolder(name), 'dist');
  const texts = filesUnder(dist).map((file) => readFileSync(path.join(dist, file), 'utf8'));
  return documentedMessages.filter((message) => texts.some((text) => text.includes(message)));
}

describe.each(workspacePackages.map((workspacePackage) => [workspacePackage.manifest.name, workspacePackage] as const))(
  'the tarball of %s',
  (_packageName, workspacePackage) => {
    const { name, folder } = workspacePackage;
    it('holds its own LICENSE, which carries the MIT License of the repository', () => {
      const files = filesUnder(unpackedFolder(name));
      expect(files).toEqual(expect.arrayContaining(['LICENSE', 'README.md', 'package.json']));
      const license = readFileSync(path.join(unpackedFolder(name), 'LICENSE'), 'utf8');
      expect(license).toBe(readFileSync(path.join(folder, 'LICENSE'), 'utf8'));
      expect(license).toContain(readFileSync(path.join(repoRoot, 'LICENSE'), 'utf8'));
    });

    it('holds its CHANGELOG, as the repository has it', () => {
      const changelog = readFileSync(path.join(unpackedFolder(name), 'CHANGELOG.md'), 'utf8');
      expect(changelog).toBe(readFileSync(path.join(folder, 'CHANGELOG.md'), 'utf8'));
      expect(changelog.startsWith(`# ${_packageName}\n`)).toBe(true);
    });

    it('holds every file its bin names', () => {
      const bins = Object.values((workspacePackage.manifest['bin'] ?? {}) as Record<string, string>);
      for (const bin of bins) expect(filesUnder(unpackedFolder(name)), bin).toContain(path.normalize(bin));
    });

    it('says where its repository, home page and issues are', () => {
      const manifest = JSON.parse(readFileSync(path.join(unpackedFolder(name), 'package.json'), 'utf8'));
      expect(manifest).toMatchObject({
        repository: { type: 'git', url: `git+${repository}.git`, directory: `packages/${name}` },
        homepage: `${repository}/tree/main/packages/${name}#readme`,
        bugs: `${repository}/issues`,
      });
    });

    it("is licensed under CC BY 4.0 as well as MIT exactly when it ships Microsoft's text, and then credits it", () => {
      const { license } = JSON.parse(readFileSync(path.join(unpackedFolder(name), 'package.json'), 'utf8'));
      const shipsDocsText = quotedMessages(name).length > 0;
      expect(license).toBe(shipsDocsText ? 'MIT AND CC-BY-4.0' : 'MIT');
      if (!shipsDocsText) return;
      for (const file of ['LICENSE', 'README.md']) {
        const text = readFileSync(path.join(unpackedFolder(name), file), 'utf8').replace(/\s+/g, ' ');
        const credits = {
          license: text.includes('Creative Commons Attribution 4.0'),
          page: text.includes(model.document.url),
          copyright: text.includes('© Microsoft'),
        };
        expect(credits, file).toEqual({ license: true, page: true, copyright: true });
      }
    });
  },
);

describe("finding Microsoft's text in a tarball", () => {
  it('has messages to look for, and finds them where the docs are quoted', () => {
    expect(documentedMessages.length).toBeGreaterThan(50);
    expect(quotedMessages('messages').length).toBeGreaterThan(0);
    expect(quotedMessages('core').length).toBeGreaterThan(0);
  });
});
