/**
 * The docs site builder as a library, for the tests.
 */
export { BuildError, buildSite, documentedPackages, knownCodesOf, loadCatalog, type BuildOptions } from './build.js';
export { type Catalog, type CatalogEntry, type CatalogMessage, type CatalogOptions, catalogOf, type CodeOrigin, type KnownCode } from './catalog.js';
export { main, type Io } from './cli.js';
export { colourPairs, escapeHtml, palette, renderCatalogPage, type PageOptions } from './page.js';
export { pageScript } from './page-script.js';
