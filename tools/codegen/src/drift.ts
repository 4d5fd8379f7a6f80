/**
 * The drift between the docs and the SDKs' hand-written code lists: per list,
 * the codes only it has, the documented codes of its tables it lacks, and the
 * near misses between the two (the same code in another case, or one word
 * apart: `AutoScale`/`AutoScaling`); across lists, the spellings of one code
 * that differ only in case, and the constants whose name is not their value.
 * Pure: the model in, the report out, in a stable order.
 */
import { type BatchErrorModel, type KnownCodeList, type KnownListKind, type TableId, tableIds } from './model.js';
import { compareCodePoints } from './read.js';

export const driftReportVersion = 1;

/** A code of a list that is a documented code written differently. */
export interface NearMiss {
  list: string;
  docs: string;
  /** `case`: the same letters in another case; `word`: one word of the name differs in its ending. */
  why: 'case' | 'word';
}

export interface ListDrift {
  id: string;
  kind: KnownListKind;
  repository: string;
  path: string;
  commit: string;
  size: number;
  /** The tables compared with: those of the list's kind (none for pool resize errors, which the docs have no table of). */
  tables: TableId[];
  /** Codes of the list that those tables do not have (for pool resize errors: that no table has). */
  onlyInList: string[];
  /** Codes of those tables that the list does not have. */
  onlyInDocs: string[];
  nearMisses: NearMiss[];
}

/** One code spelled in several cases across the lists and the docs. */
export interface CaseVariant {
  spellings: { code: string; in: string[] }[];
}

/** A constant whose name is not the value it holds, with every value that name stands for across the lists. */
export interface NameValueConflict {
  constant: string;
  values: { value: string; lists: string[] }[];
}

export interface DriftReport {
  version: typeof driftReportVersion;
  docs: { file: string; codes: number };
  knownCodes: { file: string; lists: number; codes: number; httpCodes: number };
  lists: ListDrift[];
  /** Documented codes that no list has, and that no list of the REST kind has. */
  docsInNoList: string[];
  docsInNoHttpList: string[];
  /** Codes some list has that the docs do not. */
  listedNotDocumented: string[];
  caseVariants: CaseVariant[];
  nameValueConflicts: NameValueConflict[];
}

/** The docs tables each kind of list stands beside. */
export const tablesOfKind: Readonly<Record<KnownListKind, readonly TableId[]>> = {
  http: ['common', 'batchService'],
  jobScheduling: ['jobScheduling'],
  taskScheduling: ['taskScheduling'],
  poolResize: [],
};

const byCodePoints = (values: Iterable<string>) => [...new Set(values)].sort(compareCodePoints);

export function driftReport(model: BatchErrorModel): DriftReport {
  // Every list code meets every documented code: each is cut into words once, not once per pair.
  const shapes = new Map<string, CodeShape>();
  const shapeOf = (code: string): CodeShape => {
    const known = shapes.get(code);
    if (known) return known;
    const shape = codeShape(code);
    shapes.set(code, shape);
    return shape;
  };
  const codesOf = (tables: readonly TableId[]) =>
    new Set(model.tables.filter((table) => tables.includes(table.id)).flatMap((table) => table.entries.map((entry) => entry.code)));
  const documented = codesOf(tableIds);
  const lists = model.knownCodes.lists;
  const listCodes = (list: KnownCodeList) => new Set(list.codes.map((code) => code.value));
  const allListed = new Set(lists.flatMap((list) => [...listCodes(list)]));
  const httpListed = new Set(lists.filter((list) => list.kind === 'http').flatMap((list) => [...listCodes(list)]));

  const drift = lists.map((list): ListDrift => {
    const tables = [...tablesOfKind[list.kind]];
    const scope = tables.length > 0 ? codesOf(tables) : documented;
    const codes = listCodes(list);
    const onlyInList = byCodePoints([...codes].filter((code) => !scope.has(code)));
    const onlyInDocs = tables.length > 0 ? byCodePoints([...scope].filter((code) => !codes.has(code))) : [];
    const candidates = [...documented].filter((code) => !codes.has(code));
    const nearMisses = onlyInList.flatMap((code) =>
      candidates.flatMap((docs): NearMiss[] => {
        const why = nearMissOf(shapeOf(code), shapeOf(docs));
        return why ? [{ list: code, docs, why }] : [];
      }),
    );
    nearMisses.sort((left, right) => compareCodePoints(left.list, right.list) || compareCodePoints(left.docs, right.docs));
    return {
      id: list.id,
      kind: list.kind,
      repository: list.repository,
      path: list.path,
      commit: list.commit,
      size: codes.size,
      tables,
      onlyInList,
      onlyInDocs,
      nearMisses,
    };
  });

  return {
    version: driftReportVersion,
    docs: { file: model.document.file, codes: documented.size },
    knownCodes: { file: model.knownCodes.file, lists: lists.length, codes: allListed.size, httpCodes: httpListed.size },
    lists: drift,
    docsInNoList: byCodePoints([...documented].filter((code) => !allListed.has(code))),
    docsInNoHttpList: byCodePoints([...codesOf(tablesOfKind.http)].filter((code) => !httpListed.has(code))),
    listedNotDocumented: byCodePoints([...allListed].filter((code) => !documented.has(code))),
    caseVariants: caseVariants(model, documented),
    nameValueConflicts: nameValueConflicts(lists),
  };
}

/** Why two different codes are one code written differently, if they are. */
export function nearMissBetween(left: string, right: string): NearMiss['why'] | undefined {
  return nearMissOf(codeShape(left), codeShape(right));
}

/** A code, lowercased, and its words as written and lowercased. */
interface CodeShape {
  code: string;
  lower: string;
  words: string[];
  lowerWords: string[];
}

function codeShape(code: string): CodeShape {
  const words = wordsOf(code);
  return { code, lower: code.toLowerCase(), words, lowerWords: words.map((word) => word.toLowerCase()) };
}

function nearMissOf(left: CodeShape, right: CodeShape): NearMiss['why'] | undefined {
  if (left.code === right.code) return undefined;
  if (left.lower === right.lower) return 'case';
  if (left.words.length !== right.words.length) return undefined;
  let differing: [string, string] | undefined;
  for (let index = 0; index < left.words.length; index++) {
    if (left.lowerWords[index] === right.lowerWords[index]) continue;
    if (differing) return undefined;
    differing = [left.words[index] ?? '', right.words[index] ?? ''];
  }
  if (!differing) return undefined;
  const stem = stemOf(differing[0]);
  return stem === stemOf(differing[1]) && stem.length >= 3 ? 'word' : undefined;
}

/** `AutoScalingFormulaTooLong` → `Auto`, `Scaling`, `Formula`, `Too`, `Long`; runs of capitals stay together (`SKU`, `IO`). */
function wordsOf(code: string): string[] {
  return code.match(/[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+/g) ?? [code];
}

/** A word without the English endings that make `Scale`, `Scaled` and `Scaling` one word. */
function stemOf(word: string): string {
  return word.toLowerCase().replace(/(?:ing|ed|es|e|s)$/, '');
}

function caseVariants(model: BatchErrorModel, documented: ReadonlySet<string>): CaseVariant[] {
  const holders = new Map<string, Set<string>>();
  const add = (code: string, holder: string) => holders.set(code, (holders.get(code) ?? new Set()).add(holder));
  for (const code of documented) add(code, 'docs');
  for (const list of model.knownCodes.lists) for (const code of list.codes) add(code.value, list.id);
  const byLowerCase = new Map<string, string[]>();
  for (const code of holders.keys()) byLowerCase.set(code.toLowerCase(), [...(byLowerCase.get(code.toLowerCase()) ?? []), code]);
  return [...byLowerCase.values()]
    .filter((spellings) => spellings.length > 1)
    .map((spellings) => ({
      spellings: byCodePoints(spellings).map((code) => ({ code, in: orderedHolders(model, holders.get(code) ?? new Set()) })),
    }))
    .sort((left, right) => compareCodePoints(left.spellings[0]?.code ?? '', right.spellings[0]?.code ?? ''));
}

/** `docs` first, then the lists in file order. */
function orderedHolders(model: BatchErrorModel, holders: ReadonlySet<string>): string[] {
  return ['docs', ...model.knownCodes.lists.map((list) => list.id)].filter((holder) => holders.has(holder));
}

function nameValueConflicts(lists: readonly KnownCodeList[]): NameValueConflict[] {
  const renamed = new Set(
    lists.flatMap((list) => list.codes.flatMap((code) => (code.constant !== undefined && code.constant !== code.value ? [code.constant] : []))),
  );
  return byCodePoints(renamed).map((constant) => {
    const values = new Map<string, string[]>();
    for (const list of lists) {
      for (const code of list.codes) {
        if ((code.constant ?? code.value) !== constant) continue;
        values.set(code.value, [...(values.get(code.value) ?? []), list.id]);
      }
    }
    return { constant, values: byCodePoints(values.keys()).map((value) => ({ value, lists: values.get(value) ?? [] })) };
  });
}

/** The report as Markdown: a summary, then each list, then the variants and conflicts. */
export function formatDriftReport(report: DriftReport): string {
  const codes = (values: readonly string[]) => (values.length === 0 ? 'none' : values.map((code) => `\`${code}\``).join(', '));
  const lines = [
    "# Drift between the docs and the SDKs' code lists",
    '',
    `The docs (\`${report.docs.file}\`) list ${report.docs.codes} codes; the ${report.knownCodes.lists} hand-written lists of the official SDKs in \`${report.knownCodes.file}\` hold ${report.knownCodes.codes} (${report.knownCodes.httpCodes} in the lists of REST codes).`,
    '',
    ...formatDriftSummary(report).split('\n'),
    '',
    '## Each list',
    '',
  ];
  for (const list of report.lists) {
    lines.push(`### ${list.id}`, '', `${list.kind} list of ${list.size} codes: ${list.repository} \`${list.path}\` at ${list.commit}.`, '');
    const against =
      list.tables.length > 0
        ? `the ${list.tables.join(' and ')} ${list.tables.length > 1 ? 'tables' : 'table'}`
        : 'any table (the docs have none of this kind)';
    lines.push(`- Only in the list, not in ${against}: ${codes(list.onlyInList)}`);
    if (list.tables.length > 0) lines.push(`- Only in ${against}: ${codes(list.onlyInDocs)}`);
    lines.push(
      `- Near misses: ${list.nearMisses.length === 0 ? 'none' : list.nearMisses.map((miss) => `\`${miss.list}\` for \`${miss.docs}\` (${miss.why === 'case' ? 'case' : 'one word'})`).join(', ')}`,
      '',
    );
  }
  lines.push('## One code, several spellings', '');
  if (report.caseVariants.length === 0) lines.push('None.', '');
  for (const variant of report.caseVariants)
    lines.push(`- ${variant.spellings.map((spelling) => `\`${spelling.code}\` (${spelling.in.join(', ')})`).join(' vs ')}`);
  if (report.caseVariants.length > 0) lines.push('');
  lines.push('## Constants named otherwise than their value', '');
  if (report.nameValueConflicts.length === 0) lines.push('None.', '');
  for (const conflict of report.nameValueConflicts) {
    lines.push(`- \`${conflict.constant}\`: ${conflict.values.map((value) => `\`${value.value}\` (${value.lists.join(', ')})`).join('; ')}`);
  }
  if (report.nameValueConflicts.length > 0) lines.push('');
  return `${lines.join('\n').trimEnd()}\n`;
}

/** The summary table, as the README shows it. */
export function formatDriftSummary(report: DriftReport): string {
  return ['| | |', '|---|---|', ...driftSummaryRows(report).map(([name, value]) => `| ${name} | ${value} |`)].join('\n');
}

/** The summary as rows of a name and a value. */
export function driftSummaryRows(report: DriftReport): [string, string][] {
  return [
    ['documented codes', String(report.docs.codes)],
    ['codes in the SDK lists', String(report.knownCodes.codes)],
    ['codes in the SDK lists the docs lack', String(report.listedNotDocumented.length)],
    ['documented codes in no SDK list', `${report.docsInNoList.length} (${report.docsInNoList.map((code) => `\`${code}\``).join(', ')})`],
    ['documented REST codes in no REST list', String(report.docsInNoHttpList.length)],
    ['REST codes only in an SDK list, per list', perList(report, 'http', (list) => list.onlyInList.length)],
    ['documented REST codes a REST list lacks, per list', perList(report, 'http', (list) => list.onlyInDocs.length)],
    [
      'near misses',
      report.lists
        .flatMap((list) => list.nearMisses.map((miss) => `\`${miss.list}\`/\`${miss.docs}\``))
        .filter((value, index, all) => all.indexOf(value) === index)
        .join(', ') || 'none',
    ],
    [
      'one code in several cases',
      report.caseVariants.map((variant) => variant.spellings.map((spelling) => `\`${spelling.code}\``).join('/')).join(', ') || 'none',
    ],
    ['constants named otherwise than their value', report.nameValueConflicts.map((conflict) => `\`${conflict.constant}\``).join(', ') || 'none'],
  ];
}

function perList(report: DriftReport, kind: KnownListKind, count: (list: ListDrift) => number): string {
  const counts = byCodePoints(report.lists.filter((list) => list.kind === kind).map((list) => String(count(list)).padStart(6, '0'))).map(Number);
  return counts.length === 0 ? 'no list' : counts.join(' or ');
}
