import type { ValidateFunction } from 'ajv';
import { isMap, isScalar, isSeq, LineCounter, parseAllDocuments, parseDocument, type Document, type YAMLError } from 'yaml';
import { InputError, type Problem } from '../errors.js';
import { stripBom } from './json.js';
import { validateWith } from './validate.js';

/** A parsed YAML document that can say on which line a value was written. */
export interface YamlDocument {
  data: unknown;
  /** Line where the document starts (1-based). */
  line: number;
  /** Line of the deepest key (or sequence item) along `path` that exists. */
  lineOf(path: readonly string[]): number | undefined;
}

/** Parses one YAML (or JSON) document; syntax errors become an InputError with their lines. */
export function parseYaml(text: string, file: string): YamlDocument {
  const lines = new LineCounter();
  const doc = parseDocument(stripBom(text), { lineCounter: lines, uniqueKeys: true, prettyErrors: true });
  throwIfSyntaxErrors(doc.errors, file);
  return wrap(doc, lines);
}

/** Parses a multi-document YAML stream (`---` separated); empty (or comment-only) documents are dropped. */
export function parseYamlStream(text: string, file: string): YamlDocument[] {
  const lines = new LineCounter();
  const docs = parseAllDocuments(stripBom(text), { lineCounter: lines, uniqueKeys: true, prettyErrors: true });
  if (!Array.isArray(docs)) return []; // an empty stream
  throwIfSyntaxErrors(docs.flatMap((doc) => doc.errors), file);
  return docs.map((doc) => wrap(doc, lines)).filter((doc) => doc.data !== null && doc.data !== undefined);
}

/** validateWith, with each problem's JSON pointer turned into the line it was written on. */
export function validateYaml<T>(validate: ValidateFunction, source: YamlDocument, file: string): T {
  try {
    return validateWith<T>(validate, source.data ?? {}, file);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    throw new InputError(error.problems.map((p): Problem => ({ ...p, line: source.lineOf(pointerSegments(p.path)) })));
  }
}

export function pointerSegments(pointer: string | undefined): string[] {
  if (!pointer || pointer === '/') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function wrap(doc: Document, lines: LineCounter): YamlDocument {
  const start = doc.contents?.range?.[0] ?? doc.range?.[0] ?? 0;
  return {
    data: doc.toJS(),
    line: lines.linePos(start).line,
    lineOf: (path) => lineOfPath(doc, lines, path)
  };
}

function throwIfSyntaxErrors(errors: readonly YAMLError[], file: string): void {
  if (errors.length === 0) return;
  throw new InputError(
    errors.map((e) => ({ file, line: e.linePos?.[0].line, message: `not valid YAML: ${firstLine(e.message).replace(/ at line \d+, column \d+:?$/, '')}` }))
  );
}

/** A key's line reads better than its value's, so mapping entries answer with their key's line. */
function lineOfPath(doc: Document, lines: LineCounter, path: readonly string[]): number | undefined {
  for (let depth = path.length; depth > 0; depth--) {
    const parent = depth === 1 ? doc.contents : doc.getIn(path.slice(0, depth - 1), true);
    const segment = path[depth - 1];
    let offset: number | undefined;
    if (isMap(parent)) {
      const pair = parent.items.find((item) => isScalar(item.key) && String(item.key.value) === segment);
      offset = isScalar(pair?.key) ? pair.key.range?.[0] : undefined;
    } else if (isSeq(parent)) {
      const item = parent.items[Number(segment)] as { range?: [number, number, number] } | undefined;
      offset = item?.range?.[0];
    }
    if (offset !== undefined) return lines.linePos(offset).line;
  }
  return undefined;
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
