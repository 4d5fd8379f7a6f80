/**
 * `docs-source/known-codes.json`: the error codes that the official Batch SDKs
 * keep in hand-written lists, with where each list was read (repository,
 * path, type, commit). Code names and provenance only, never SDK code.
 * `pull-sdk` rewrites a list from a clone of its repository; the generator
 * puts the codes the docs lack into `core` as known but undocumented, and
 * `drift` compares the lists with the docs.
 */
import { type Node as JsonNode, type ParseError, parseTree, printParseErrorCode } from 'jsonc-parser';
import type { VFile } from 'vfile';
import { recordProblem } from './diagnostics.js';
import { codePattern, type KnownCodeList as KnownCodeListModel, type KnownListKind } from './model.js';
import { compareCodePoints } from './read.js';

export const knownCodesFileName = 'known-codes.json';

/** Far above the few hundred codes the SDKs have: a file this large is not a list of codes. */
export const maxKnownCodesBytes = 1024 * 1024;
/** Codes in one list, and lists in the file, at most. */
const maxCodesPerList = 5000;
const maxLists = 100;

export const knownListKinds: readonly KnownListKind[] = ['http', 'jobScheduling', 'taskScheduling', 'poolResize'];

/** Where a piece of the file is, 1-based. */
export interface FilePoint {
  line: number;
  column: number;
}

/** One code of a list: its value on the wire, and the constant's name where it differs. */
export interface KnownCodeEntry {
  value: string;
  /** The constant's name, when it is not the value (`AutoScaleTooManyRequestsToEnable` = `TooManyEnableAutoScaleRequests`). */
  constant?: string;
  place: FilePoint;
}

/** One hand-written list of an SDK as the file has it: the model's list, with where each piece stands. */
export interface KnownCodeList extends Omit<KnownCodeListModel, 'codes' | 'source'> {
  codes: KnownCodeEntry[];
  place: FilePoint;
}

export interface KnownCodesFile {
  /** What the file is, in words (kept as written). */
  note: string;
  lists: KnownCodeList[];
}

/** Reads the file's text, reporting every problem on `file` at its place; undefined when any is found. */
export function parseKnownCodes(text: string, file: VFile): KnownCodesFile | undefined {
  const pointAt = pointFinder(text);
  const problems: { place: FilePoint; reason: string }[] = [];
  const problem = (node: JsonNode | number, reason: string) => problems.push({ place: pointAt(typeof node === 'number' ? node : node.offset), reason });
  const syntaxErrors: ParseError[] = [];
  const root = parseTree(text, syntaxErrors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  for (const error of syntaxErrors) problem(error.offset, `Expected JSON, found a syntax error: ${printParseErrorCode(error.error)}`);

  const lists: KnownCodeList[] = [];
  let note = '';
  if (syntaxErrors.length === 0 && root) {
    const top = objectProperties(root, problem, 'the file');
    const noteNode = top?.get('note');
    if (noteNode && noteNode.type !== 'string') problem(noteNode, `Expected "note" to be a string, found ${describe(noteNode)}`);
    else if (noteNode) note = noteNode.value as string;
    const listsNode = top?.get('lists');
    if (top && listsNode?.type !== 'array') problem(listsNode ?? root, `Expected "lists": [ … ], found ${listsNode ? describe(listsNode) : 'no "lists"'}`);
    else if (listsNode) {
      if ((listsNode.children?.length ?? 0) > maxLists) problem(listsNode, `Expected at most ${maxLists} lists, found ${listsNode.children?.length}`);
      else for (const listNode of listsNode.children ?? []) readList(listNode, problem, pointAt, lists);
    }
  }
  const seenIds = new Map<string, FilePoint>();
  for (const list of lists) {
    const earlier = seenIds.get(list.id);
    if (earlier) problems.push({ place: list.place, reason: `Expected each list id once, found ${list.id} again (first at line ${earlier.line})` });
    else seenIds.set(list.id, list.place);
  }
  for (const { place, reason } of problems) recordProblem(file, 'invalid-known-codes', place, reason);
  return problems.length === 0 ? { note, lists } : undefined;
}

type Report = (node: JsonNode | number, reason: string) => void;

const listFields = ['id', 'kind', 'repository', 'path', 'type', 'commit'] as const;

function readList(node: JsonNode, problem: Report, pointAt: (offset: number) => FilePoint, lists: KnownCodeList[]): void {
  const fields = objectProperties(node, problem, 'a list');
  if (!fields) return;
  const values: Partial<Record<(typeof listFields)[number], string>> = {};
  let complete = true;
  for (const name of listFields) {
    const value = fields.get(name);
    if (value?.type !== 'string' || (value.value as string) === '') {
      problem(value ?? node, `Expected "${name}" to be a non-empty string, found ${value ? describe(value) : 'none'}`);
      complete = false;
    } else values[name] = value.value as string;
  }
  if (values.kind !== undefined && !knownListKinds.includes(values.kind as KnownListKind)) {
    problem(fields.get('kind') ?? node, `Expected "kind" to be one of ${knownListKinds.join(', ')}, found ${JSON.stringify(values.kind)}`);
    complete = false;
  }
  if (values.commit !== undefined && !/^[0-9a-f]{40}$/.test(values.commit)) {
    problem(fields.get('commit') ?? node, `Expected "commit" to be a full commit hash (40 hex digits), found ${JSON.stringify(values.commit)}`);
    complete = false;
  }
  if (values.repository !== undefined && /^[a-z][a-z0-9+.-]*:\/\/[^/]*@/i.test(values.repository)) {
    problem(fields.get('repository') ?? node, 'Expected a repository address without user name or password, found one with credentials');
    complete = false;
  }
  const codesNode = fields.get('codes');
  const codes: KnownCodeEntry[] = [];
  if (codesNode?.type !== 'array') {
    problem(codesNode ?? node, `Expected "codes": [ … ], found ${codesNode ? describe(codesNode) : 'none'}`);
    complete = false;
  } else if ((codesNode.children?.length ?? 0) > maxCodesPerList) {
    problem(codesNode, `Expected at most ${maxCodesPerList} codes in a list, found ${codesNode.children?.length}`);
    complete = false;
  } else {
    const seen = new Map<string, FilePoint>();
    for (const codeNode of codesNode.children ?? []) {
      const entry = readCode(codeNode, problem, pointAt);
      if (!entry) {
        complete = false;
        continue;
      }
      // Two constants may share a value (an SDK fact worth reporting); one constant twice is a mistake.
      const name = entry.constant ?? entry.value;
      const earlier = seen.get(name);
      if (earlier) {
        problem(codeNode, `Expected each constant once in a list, found ${name} again (first at line ${earlier.line})`);
        complete = false;
      } else seen.set(name, entry.place);
      codes.push(entry);
    }
  }
  if (complete)
    lists.push({ ...(values as Record<(typeof listFields)[number], string>), kind: values.kind as KnownListKind, codes, place: pointAt(node.offset) });
}

function readCode(node: JsonNode, problem: Report, pointAt: (offset: number) => FilePoint): KnownCodeEntry | undefined {
  const place = pointAt(node.offset);
  if (node.type === 'string') {
    const value = node.value as string;
    if (!codePattern.test(value))
      return void problem(node, `Expected an error code (a letter, then letters and digits), found ${JSON.stringify(value.slice(0, 60))}`);
    return { value, place };
  }
  const fields = objectProperties(node, problem, 'a code: "Value" or { "constant": "Name", "value": "Value" }');
  if (!fields) return undefined;
  const value = fields.get('value');
  const constant = fields.get('constant');
  const valid = (field: JsonNode | undefined) => field?.type === 'string' && codePattern.test(field.value as string);
  if (!valid(value) || !valid(constant)) {
    return void problem(node, 'Expected { "constant": "Name", "value": "Value" }, both error codes (a letter, then letters and digits)');
  }
  return { value: value?.value as string, constant: constant?.value as string, place };
}

/** An object's properties by name; undefined (reported) when the node is no object or repeats a name. */
function objectProperties(node: JsonNode, problem: Report, what: string): Map<string, JsonNode> | undefined {
  if (node.type !== 'object') return void problem(node, `Expected ${what} as an object, found ${describe(node)}`);
  const properties = new Map<string, JsonNode>();
  for (const property of node.children ?? []) {
    const [key, value] = property.children ?? [];
    if (!key || !value) continue;
    const name = key.value as string;
    if (properties.has(name)) return void problem(key, `Expected each field once, found "${name}" twice`);
    properties.set(name, value);
  }
  return properties;
}

function describe(node: JsonNode): string {
  if (node.type === 'string') return `the string ${JSON.stringify(String(node.value).slice(0, 40))}`;
  if (node.type === 'null') return 'null';
  return `${node.type === 'array' || node.type === 'object' ? 'an' : 'a'} ${node.type}`;
}

/** Turns an offset into a 1-based line and column. */
function pointFinder(text: string): (offset: number) => FilePoint {
  const lineStarts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) lineStarts.push(index + 1);
  return (offset) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((lineStarts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (lineStarts[low] ?? 0) + 1 };
  };
}

/** The file's text: lists in the order given, one code per line, codes sorted by value (code-point order), trailing newline. */
export function formatKnownCodes(known: Omit<KnownCodesFile, 'lists'> & { lists: readonly Omit<KnownCodeList, 'place'>[] }): string {
  const lines = ['{', `  "note": ${JSON.stringify(known.note)},`, '  "lists": ['];
  known.lists.forEach((list, listIndex) => {
    lines.push('    {');
    for (const name of listFields) lines.push(`      ${JSON.stringify(name)}: ${JSON.stringify(list[name])},`);
    lines.push('      "codes": [');
    const codes = [...list.codes].sort((left, right) => compareCodePoints(left.value, right.value));
    codes.forEach((code, index) => {
      const shown =
        code.constant === undefined || code.constant === code.value
          ? JSON.stringify(code.value)
          : JSON.stringify({ constant: code.constant, value: code.value });
      lines.push(`        ${shown}${index < codes.length - 1 ? ',' : ''}`);
    });
    lines.push('      ]', `    }${listIndex < known.lists.length - 1 ? ',' : ''}`);
  });
  lines.push('  ]', '}', '');
  return lines.join('\n');
}

/** The model's lists, placed in the file they were read from. */
export function knownListsOf(known: KnownCodesFile | undefined, file: string): KnownCodeListModel[] {
  return (known?.lists ?? []).map((list) => ({
    id: list.id,
    kind: list.kind,
    repository: list.repository,
    path: list.path,
    type: list.type,
    commit: list.commit,
    codes: [...list.codes]
      .sort((left, right) => compareCodePoints(left.value, right.value) || compareCodePoints(left.constant ?? '', right.constant ?? ''))
      .map(({ value, constant }) => (constant === undefined || constant === value ? { value } : { value, constant })),
    source: { file, line: list.place.line, column: list.place.column },
  }));
}
