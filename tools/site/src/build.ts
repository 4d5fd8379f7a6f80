/**
 * `pnpm docs`: the docs site in one folder. The error catalog is its home
 * page (index.html); the API reference of each package, made by typedoc from
 * the doc comments of its sources, is under api/<package>/.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BatchErrorModel, loadDocs } from '@batch-errors/codegen';
import { isRetryable } from '@batch-errors/http';
import { Application, LogLevel } from 'typedoc';
import { type Catalog, catalogOf, type KnownCode } from './catalog.js';
import { renderCatalogPage } from './page.js';

/** The packages the site documents, by folder under packages/. */
export const documentedPackages = ['core', 'messages', 'http', 'diagnose'] as const;

/** Every code of the SDKs' lists, with the lists naming it (the catalog shows those the docs lack as known only to the SDKs). */
export function knownCodesOf(model: BatchErrorModel): KnownCode[] {
  const sdks = new Map<string, string[]>();
  for (const list of model.knownCodes.lists) {
    const sdk = `${list.id.startsWith('java.') ? 'Java' : '.NET'} ${list.type}`;
    for (const code of list.codes) sdks.set(code.value, [...new Set([...(sdks.get(code.value) ?? []), sdk])]);
  }
  return [...sdks].map(([code, names]) => ({ code, sdks: names }));
}

export interface BuildOptions {
  /** The repository's folder. */
  root: string;
  /** Where the site goes; emptied first. */
  out: string;
  /** Whether to make the API reference (typedoc), the slow part. Default true. */
  api?: boolean;
  log: (text: string) => void;
}

/** Thrown when the docs do not give a model: one line for the user. */
export class BuildError extends Error {}

/** The catalog of the docs folder. */
export async function loadCatalog(docsDir: string): Promise<Catalog> {
  const { model } = await loadDocs(docsDir);
  if (!model) throw new BuildError(`${docsDir} does not give a model; run \`pnpm exec batch-errors-codegen check\` to see why`);
  return catalogOf(model, { isRetryable: (code) => isRetryable(code), known: knownCodesOf(model) });
}

/** Builds the site into `options.out`. */
export async function buildSite(options: BuildOptions): Promise<void> {
  const catalog = await loadCatalog(path.join(options.root, 'docs-source'));
  await rm(options.out, { recursive: true, force: true });
  await mkdir(options.out, { recursive: true });
  const withApi = options.api ?? true;
  const apiLinks: { name: string; href: string }[] | undefined = withApi ? [] : undefined;
  if (withApi) {
    for (const name of documentedPackages) {
      const manifest = JSON.parse(await readFile(path.join(options.root, 'packages', name, 'package.json'), 'utf8')) as { name: string };
      await buildApiReference(options.root, name, path.join(options.out, 'api', name), options.log);
      apiLinks?.push({ name: manifest.name, href: `api/${name}/index.html` });
    }
  }
  await writeFile(path.join(options.out, 'index.html'), renderCatalogPage(catalog, apiLinks === undefined ? {} : { apiLinks }));
  // GitHub Pages would otherwise run Jekyll, which drops typedoc's files whose names start with "_".
  await writeFile(path.join(options.out, '.nojekyll'), '');
  options.log(
    `batch-errors-site: wrote ${path.relative(process.cwd(), options.out) || '.'} (${catalog.entries.length} codes${withApi ? `, API reference of ${documentedPackages.length} packages` : ''}).`,
  );
}

/** typedoc over one package's public entry point, with only its sources in the program. */
async function buildApiReference(root: string, name: string, out: string, log: (text: string) => void): Promise<void> {
  const folder = path.join(root, 'packages', name);
  const scratch = await mkdtemp(path.join(tmpdir(), 'batch-errors-typedoc-'));
  try {
    const tsconfig = path.join(scratch, 'tsconfig.json');
    // Type packages are looked up from the package, as its own tsconfig would, not from the temporary folder.
    const typeRoots = [path.join(folder, 'node_modules/@types'), path.join(root, 'node_modules/@types')];
    await writeFile(
      tsconfig,
      JSON.stringify({ extends: path.join(folder, 'tsconfig.json'), compilerOptions: { typeRoots }, include: [path.join(folder, 'src')] }),
    );
    const app = await Application.bootstrapWithPlugins({
      entryPoints: [path.join(folder, 'src/index.ts')],
      tsconfig,
      readme: path.join(folder, 'README.md'),
      name: (JSON.parse(await readFile(path.join(folder, 'package.json'), 'utf8')) as { name: string }).name,
      // Source links would name this machine's checkout; the packages' READMEs link to the repository.
      disableSources: true,
      disableGit: true,
      excludePrivate: true,
      excludeInternal: true,
      hideGenerator: true,
      githubPages: false,
      logLevel: LogLevel.Error,
      validation: { notExported: false, invalidLink: false, notDocumented: false, rewrittenLink: false, unusedMergeModuleWith: false },
    });
    const project = await app.convert();
    if (!project) throw new BuildError(`typedoc could not read packages/${name}/src/index.ts`);
    await app.generateDocs(project, out);
    if (app.logger.hasErrors()) throw new BuildError(`typedoc reported errors for packages/${name}`);
    log(`batch-errors-site: API reference of packages/${name}.`);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
