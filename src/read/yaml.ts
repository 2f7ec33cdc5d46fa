import type { ValidateFunction } from 'ajv';
import { Composer, isAlias, isMap, isPair, isScalar, isSeq, Lexer, LineCounter, Parser, type Document, type Node, type YAMLError } from 'yaml';
import { InputError } from '../errors.js';
import { stripBom } from './json.js';
import { MAX_NESTING_DEPTH, MAX_YAML_ALIASED_VALUES, MAX_YAML_ANCHORS, MAX_YAML_DOCUMENT_TOKENS, MAX_YAML_DOCUMENTS, MAX_YAML_TOKENS } from './limits.js';
import { formatCount } from '../format.js';
import { quote } from './quote.js';
import { validateWith } from './validate.js';
import type { Problem } from '../model/problem.js';

/** A parsed YAML document that can say on which line a value was written. */
export interface YamlDocument {
  data: unknown;
  /** Line where the document starts (1-based). */
  line: number;
  /** Line of the deepest key (or sequence item) along `path` that exists. */
  lineOf(path: readonly string[]): number | undefined;
}

/**
 * Duplicate keys are found by checkNodes (yaml's own check compares every key with every other:
 * minutes for a mapping of 100,000 keys). Without resolveKnownTags, !!binary, !!set, !!timestamp
 * and the like are unknown tags, refused like any other: these files hold plain data.
 */
const OPTIONS = { uniqueKeys: false, resolveKnownTags: false } as const;

/** Parses one YAML (or JSON) document; syntax errors become an InputError with their lines. */
export function parseYaml(text: string, file: string): YamlDocument {
  const lines = new LineCounter();
  let first: YamlDocument | undefined;
  for (const doc of documents(text, file, lines)) {
    if (first) throw new InputError({ source: file, line: doc.line, message: 'not valid YAML: expected one document, but a second one starts here' });
    first = doc;
  }
  return first ?? { data: null, line: 1, lineOf: () => undefined };
}

/**
 * Parses a multi-document YAML stream (`---` separated), one document at a time: each document's
 * syntax tree can be freed once the caller moves on. Empty (or comment-only) documents are skipped.
 */
export function* parseYamlStream(text: string, file: string): Generator<YamlDocument> {
  for (const doc of documents(text, file, new LineCounter())) if (doc.data !== null && doc.data !== undefined) yield doc;
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

/**
 * The documents of a YAML stream, each checked before it becomes JavaScript: the parser is driven
 * token by token, so too many tokens or too deep a nesting stop it before it holds them all.
 */
function* documents(text: string, file: string, lines: LineCounter): Generator<YamlDocument> {
  const source = stripBom(text);
  const parser = new Parser(lines.addNewLine);
  const stop = (message: string): never => {
    throw new InputError({ source: file, line: lines.linePos(parser.offset).line, message });
  };
  function* tokens() {
    lines.addNewLine(0);
    let inFile = 0;
    let inDocument = 0;
    for (const lexeme of new Lexer().lex(source)) {
      if (++inFile > MAX_YAML_TOKENS)
        stop(`more than ${formatCount(MAX_YAML_TOKENS)} YAML tokens (values, indicators, spaces and line breaks) in one file: too large to read`);
      if (++inDocument > MAX_YAML_DOCUMENT_TOKENS)
        stop(`more than ${formatCount(MAX_YAML_DOCUMENT_TOKENS)} YAML tokens (values, indicators, spaces and line breaks) in one document: too large to read`);
      for (const token of parser.next(lexeme)) {
        if (token.type === 'document') inDocument = 0;
        yield token;
      }
      // the parser's stack holds the document, each collection being built, and the scalar at the top
      if (parser.stack.length > MAX_NESTING_DEPTH + 2) stop(`nested more than ${MAX_NESTING_DEPTH} levels deep: too deep to read`);
    }
    yield* parser.end();
  }
  const composer = new Composer(OPTIONS);
  function* composed() {
    for (const token of tokens()) {
      // hand over the previous document before composing the next: the composer would hold both
      if (token.type === 'document') yield* composer.end();
      yield* composer.next(token);
    }
    yield* composer.end(false, source.length);
  }
  let count = 0;
  try {
    for (const doc of composed()) {
      if (++count > MAX_YAML_DOCUMENTS) {
        throw new InputError({
          source: file,
          line: startLine(doc, lines),
          message: `more than ${formatCount(MAX_YAML_DOCUMENTS)} YAML documents in one file: split it`
        });
      }
      throwIfErrors([...doc.errors, ...doc.warnings.filter(isTagProblem)], source, file, lines);
      checkNodes(doc, file, lines);
      yield { data: doc.toJS({ maxAliasCount: -1 }), line: startLine(doc, lines), lineOf: (path) => lineOfPath(doc, lines, path) };
    }
  } catch (error) {
    // a backstop: the checks above should leave the parser nothing to overflow or refuse
    if (error instanceof RangeError && /call stack/i.test(error.message))
      throw new InputError({ source: file, message: `not valid YAML: nested too deeply to read (${error.message})` });
    if (error instanceof ReferenceError) throw new InputError({ source: file, message: `not valid YAML: ${firstLine(error.message)}` });
    throw error;
  }
}

function startLine(doc: Document, lines: LineCounter): number {
  const start = doc.contents?.range?.[0] ?? doc.range?.[0] ?? 0;
  return lines.linePos(start).line;
}

function isTagProblem(warning: YAMLError): boolean {
  return warning.code === 'TAG_RESOLVE_FAILED' || warning.code === 'BAD_COLLECTION_TYPE';
}

function throwIfErrors(errors: readonly YAMLError[], source: string, file: string, lines: LineCounter): void {
  if (errors.length === 0) return;
  throw new InputError(errors.map((e) => ({ source: file, line: lines.linePos(e.pos[0]).line, message: `not valid YAML: ${describeError(e, source)}` })));
}

function describeError(error: YAMLError, source: string): string {
  if (isTagProblem(error)) {
    const tag = /^\S+/.exec(source.slice(error.pos[0], error.pos[0] + 200))?.[0] ?? '';
    return `the tag ${quote(tag)} is not supported: these files hold plain data (mappings, sequences, strings, numbers, booleans, null); remove the tag`;
  }
  return firstLine(error.message).replace(/ at line \d+, column \d+:?$/, '');
}

/**
 * What yaml's toJS would trip on or silently accept, found with the line to point at: a key
 * written twice in one mapping, an alias without an anchor before it or inside its own anchor's
 * value (a cycle), and aliases that repeat too much (a "billion laughs").
 */
function checkNodes(doc: Document, file: string, lines: LineCounter): void {
  const fail = (node: { range?: readonly number[] | null }, message: string): never => {
    throw new InputError({ source: file, line: lines.linePos(node.range?.[0] ?? 0).line, message });
  };
  /** Anchor name → values in its node, counting what aliases in it repeat; undefined while inside it. */
  const anchors = new Map<string, number | undefined>();
  let anchorsAndAliases = 0;
  let aliased = 0;
  const count = (node: unknown, depth = 0): number => {
    if (isAlias(node)) {
      if (++anchorsAndAliases > MAX_YAML_ANCHORS) fail(node, `not valid YAML: more than ${formatCount(MAX_YAML_ANCHORS)} anchors and aliases in one document`);
      const name = shorten(node.source);
      if (!anchors.has(node.source)) fail(node, `not valid YAML: the alias *${name} has no anchor &${name} before it`);
      const size = anchors.get(node.source);
      if (size === undefined) fail(node, `not valid YAML: the alias *${name} is inside the value of its own anchor &${name}: it would repeat itself forever`);
      aliased += size as number;
      if (aliased > MAX_YAML_ALIASED_VALUES)
        fail(node, `not valid YAML: aliases repeat more than ${formatCount(MAX_YAML_ALIASED_VALUES)} values in one document: write the values out instead`);
      return size as number;
    }
    const anchor = (node as { anchor?: string } | null)?.anchor;
    if (anchor) {
      if (++anchorsAndAliases > MAX_YAML_ANCHORS)
        fail(node as Node, `not valid YAML: more than ${formatCount(MAX_YAML_ANCHORS)} anchors and aliases in one document`);
      anchors.set(anchor, undefined);
    }
    let size = 1;
    if ((isMap(node) || isSeq(node)) && depth === MAX_NESTING_DEPTH) fail(node, `nested more than ${MAX_NESTING_DEPTH} levels deep: too deep to read`);
    if (isMap(node)) {
      const keys = new Set<unknown>();
      for (const pair of node.items) {
        if (isScalar(pair.key)) {
          if (keys.has(pair.key.value)) fail(pair.key, `not valid YAML: Map keys must be unique: ${quote(String(pair.key.value))} appears twice`);
          keys.add(pair.key.value);
        }
        size += count(pair.key, depth + 1) + count(pair.value, depth + 1);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) size += isPair(item) ? count(item.key, depth + 1) + count(item.value, depth + 1) : count(item, depth + 1);
    }
    if (anchor) anchors.set(anchor, size);
    return size;
  };
  count(doc.contents);
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

function shorten(name: string): string {
  return name.length > 100 ? `${name.slice(0, 100)}…` : name;
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
