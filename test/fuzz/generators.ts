import { isUtf8 } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseAllDocuments, stringify as yamlText } from 'yaml';

// What the fuzz tests feed the readers: random bytes and text, valid files with a few bytes
// broken (seeds from examples/ and test/fixtures/), and valid files with a few values replaced.

const ROOT = process.cwd();

/** `npm run fuzz` sets FUZZ_RUNS; `npm test` runs each property `bounded` times. */
const FUZZ_RUNS = Number(process.env.FUZZ_RUNS) || 0;
export const LONG_RUN = FUZZ_RUNS > 0;

/** Runs of one property: `bounded` in npm test, else FUZZ_RUNS times `share` (end-to-end runs start processes: a smaller share). */
export function runs(bounded: number, share = 1): number {
  return LONG_RUN ? Math.max(bounded, Math.round(FUZZ_RUNS * share)) : bounded;
}

/** Jest's time limit for one property. */
export const PROPERTY_TIMEOUT_MS = LONG_RUN ? 4 * 60 * 60_000 : 60_000;

/**
 * fast-check's options for every property. FUZZ_SEED=… (and FUZZ_PATH=…, with jest -t picking the
 * property) replays a failure it printed. In npm test, shrinking a slow input stops after 30 s.
 */
export const ASSERT_OPTIONS: fc.Parameters<unknown> = {
  ...(process.env.FUZZ_SEED ? { seed: Number(process.env.FUZZ_SEED) } : {}),
  ...(process.env.FUZZ_PATH ? { path: process.env.FUZZ_PATH } : {}),
  ...(LONG_RUN ? {} : { interruptAfterTimeLimit: 30_000 })
};

export interface Seed {
  name: string;
  bytes: Uint8Array;
}

/** A valid input file, cut to its first `maxLines` lines: mutations near the start reach the reader sooner. */
export function seed(path: string, maxLines = Infinity): Seed {
  const text = readFileSync(join(ROOT, path), 'utf8');
  const cut = Number.isFinite(maxLines) ? `${text.split('\n').slice(0, maxLines).join('\n')}\n` : text;
  return { name: path, bytes: new TextEncoder().encode(cut) };
}

export const SEEDS = {
  metrics: ['examples/metrics.json', 'examples/baseline.json', 'examples/flat-metrics.json'].map((p) => seed(p)),
  gates: [seed('examples/model-gates.yml')],
  release: [seed('examples/release.yaml')],
  predictions: [
    'test/fixtures/predictions/basic.csv',
    'test/fixtures/predictions/weighted.csv',
    'test/fixtures/predictions/string-labels.csv',
    'test/fixtures/predictions/jsonl.jsonl'
  ].map((p) => seed(p, 40)),
  drift: ['test/fixtures/drift/reference.csv', 'test/fixtures/drift/current.csv', 'test/fixtures/drift/current.jsonl'].map((p) => seed(p, 40)),
  manifests: ['test/fixtures/lint/broken-canary.yaml', 'test/fixtures/lint/fixed-canary.yaml'].map((p) => seed(p))
} satisfies Record<string, Seed[]>;

/** One input for a reader: its bytes, and where they came from. Prints as a JavaScript expression of its text (or bytes, when not UTF-8). */
export class Input {
  constructor(
    readonly origin: string,
    readonly bytes: Uint8Array
  ) {}

  static ofText(origin: string, text: string): Input {
    return new Input(origin, new TextEncoder().encode(text));
  }

  /** The bytes as the adapters read a text file: UTF-8, bad sequences replaced. */
  get text(): string {
    return new TextDecoder().decode(this.bytes);
  }

  [fc.toStringMethod](): string {
    const content = isUtf8(this.bytes) ? readable(this.text) : `Buffer.from(${readable(Buffer.from(this.bytes).toString('latin1'))}, 'latin1')`;
    return `${this.origin}: ${content}`;
  }
}

/** JSON.stringify, with long repeats (of up to 8 characters) as .repeat(): a very long name prints in one line. */
function readable(text: string): string {
  const parts = text.split(/((.{1,8}?)\2{31,})/su);
  const pieces: string[] = [];
  for (let i = 0; i < parts.length; i += 3) {
    if (parts[i]) pieces.push(JSON.stringify(parts[i]));
    const run = parts[i + 1];
    if (run) pieces.push(`${JSON.stringify(parts[i + 2])}.repeat(${run.length / (parts[i + 2] as string).length})`);
  }
  return pieces.join(' + ') || '""';
}

const LONG_NAME = 'n'.repeat(100_000);

/** Each level's anchor lists the one before it nine times: nine levels expand to 9⁹ values. */
const BILLION_LAUGHS = Array.from({ length: 9 }, (_, i) => `l${i}: &l${i} [${i === 0 ? 'lol,'.repeat(9) : `*l${i - 1},`.repeat(9)}]`).join('\n');

/** Well-formed, and deeper than a recursive parser's stack. */
const DEEP = ['['.repeat(5000) + ']'.repeat(5000), '{"a":'.repeat(5000) + '1' + '}'.repeat(5000), `${'- '.repeat(3000)}x`];

/** Tokens that have broken parsers before: number edge cases, quoting, YAML aliases and tags, deep nesting, workflow commands, BOM, NUL. */
export const HOSTILE_TOKENS: readonly string[] = [
  'NaN',
  '-NaN',
  'Infinity',
  '.inf',
  '-.inf',
  '.nan',
  '-1',
  '-0',
  '0',
  '1e999',
  '-1e999',
  '1e-999',
  '0x1F',
  '1_000',
  '9007199254740993',
  '1'.repeat(400),
  '.5',
  '5.',
  '+1',
  '"',
  "'",
  '""',
  ',',
  ';',
  '\t',
  '\r',
  '\r\n',
  '\n',
  '\n\n',
  ' ',
  '\\',
  '\\u0000',
  '*a',
  '&a',
  '&a [*a, *a, *a]',
  '<<: *a',
  '!!python/object:os.system',
  '!!binary',
  '!custom',
  '!!str',
  '%YAML 1.1\n---\n',
  '---\n',
  '...\n',
  '? ',
  '- ',
  ': ',
  '|',
  '>',
  '#',
  '~',
  '@',
  'null',
  'true',
  'yes',
  'off',
  '__proto__',
  'constructor',
  'hasOwnProperty',
  '{',
  '}',
  '[',
  ']',
  '{}',
  '[]',
  '{'.repeat(1000),
  '['.repeat(1000),
  ...DEEP,
  BILLION_LAUGHS,
  `\n${BILLION_LAUGHS}\n`,
  '::error::PWNED',
  '\n::error::PWNED\n',
  '##[error]PWNED',
  '\n::stop-commands::PWNED\n',
  '%0A::warning::PWNED',
  LONG_NAME,
  '\ufeff',
  '\u0000',
  '\u2028',
  '\u0085',
  '\ud800',
  '\u202e',
  '😀'
];

/** Bytes no UTF-8 encoder writes: a lone continuation byte, a cut sequence, an encoded surrogate, an overlong slash. */
const BAD_UTF8: readonly number[][] = [[0xff], [0x80], [0xc3], [0xe2, 0x82], [0xed, 0xa0, 0x80], [0xc0, 0xaf]];

const encoder = new TextEncoder();

type Mutation =
  | { kind: 'flip'; at: number; byte: number }
  | { kind: 'delete' | 'duplicate'; at: number; length: number }
  | { kind: 'insert'; at: number; bytes: Uint8Array }
  | { kind: 'truncate'; at: number };

const position = fc.nat({ max: 1 << 20 });
const length = fc.integer({ min: 1, max: 64 });

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: position, byte: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constantFrom('delete' as const, 'duplicate' as const), at: position, length }),
  fc.record({ kind: fc.constant('insert' as const), at: position, bytes: fc.constantFrom(...HOSTILE_TOKENS).map((t) => encoder.encode(t)) }),
  fc.record({ kind: fc.constant('insert' as const), at: position, bytes: fc.constantFrom(...BAD_UTF8).map((b) => Uint8Array.from(b)) }),
  fc.record({ kind: fc.constant('insert' as const), at: position, bytes: fc.string({ maxLength: 8 }).map((t) => encoder.encode(t)) }),
  fc.record({ kind: fc.constant('truncate' as const), at: position })
);

function mutate(bytes: Uint8Array, m: Mutation): Uint8Array {
  const at = m.at % (bytes.length + 1);
  const before = bytes.subarray(0, at);
  switch (m.kind) {
    case 'flip':
      return at === bytes.length ? bytes : Uint8Array.from(bytes, (b, i) => (i === at ? m.byte : b));
    case 'delete':
      return concat(before, bytes.subarray(at + m.length));
    case 'duplicate':
      return concat(bytes.subarray(0, at + m.length), bytes.subarray(at));
    case 'insert':
      return concat(before, m.bytes, bytes.subarray(at));
    case 'truncate':
      return before;
  }
}

function concat(...parts: Uint8Array[]): Uint8Array {
  return Uint8Array.from(Buffer.concat(parts));
}

/** A seed with one to five byte-level mutations: flips, deletions, duplicated slices, hostile tokens, bad UTF-8, a cut. */
export function mutated(seeds: readonly Seed[]): fc.Arbitrary<Input> {
  return fc
    .record({ seed: fc.constantFrom(...seeds), mutations: fc.array(mutation, { minLength: 1, maxLength: 5 }) })
    .map(({ seed, mutations }) => new Input(`${seed.name}, mutated`, mutations.reduce(mutate, seed.bytes)));
}

/** Random bytes and random text, short or with a hostile token or two. */
export const randomInput: fc.Arbitrary<Input> = fc.oneof(
  fc.uint8Array({ maxLength: 512 }).map((bytes) => new Input('random bytes', bytes)),
  fc.string({ unit: 'binary', maxLength: 256 }).map((text) => Input.ofText('random text', text)),
  fc
    .array(fc.oneof(fc.constantFrom(...HOSTILE_TOKENS), fc.string({ maxLength: 6 })), { maxLength: 12 })
    .map((parts) => Input.ofText('random tokens', parts.join('')))
);

export type Format = 'json' | 'yaml' | 'yaml-stream';

function parseSeed(seed: Seed, format: Format): unknown[] {
  const text = new TextDecoder().decode(seed.bytes);
  if (format === 'json') return [JSON.parse(text)];
  const documents = parseAllDocuments(text);
  return Array.isArray(documents) ? documents.map((doc) => doc.toJS()) : [];
}

function serialize(documents: readonly unknown[], format: Format): string {
  if (format === 'json') return JSON.stringify(documents[0], null, 2);
  return documents.map((doc) => yamlText(doc, { aliasDuplicateObjects: false })).join('---\n');
}

/** Values that a valid file would not hold where they land. */
const HOSTILE_VALUES: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(null, true, '', 'NaN', '1e999', '-1', -1, 0, 1.5, 1e308, -1e308, 5e-324, 2 ** 53 + 1, [], {}, LONG_NAME, '::error::PWNED', {
    nested: { deeper: [1, 'x'] }
  }),
  fc.jsonValue({ maxDepth: 3 })
);

type Edit = { at: number; kind: 'replace'; value: unknown } | { at: number; kind: 'delete' } | { at: number; kind: 'add'; key: string; value: unknown };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ at: fc.nat(), kind: fc.constant('replace' as const), value: HOSTILE_VALUES }) },
  fc.record({ at: fc.nat(), kind: fc.constant('delete' as const) }),
  fc.record({
    at: fc.nat(),
    kind: fc.constant('add' as const),
    key: fc.oneof(fc.constantFrom(...HOSTILE_TOKENS), fc.string({ maxLength: 10 })),
    value: HOSTILE_VALUES
  })
);

interface Slot {
  parent: Record<string, unknown> | unknown[];
  key: string | number;
}

/** Every value in a parsed document, as its parent and key, in document order. */
function slots(value: unknown, into: Slot[] = []): Slot[] {
  if (typeof value !== 'object' || value === null) return into;
  for (const key of Array.isArray(value) ? value.keys() : Object.keys(value)) {
    const parent = value as Record<string, unknown>;
    into.push({ parent, key });
    slots(parent[key], into);
  }
  return into;
}

function applyEdit(documents: unknown[], e: Edit): void {
  const all = documents.flatMap((doc) => slots(doc));
  const slot = all[e.at % Math.max(all.length, 1)];
  if (!slot) return;
  const parent = slot.parent as Record<string | number, unknown>;
  if (e.kind === 'replace') parent[slot.key] = e.value;
  else if (e.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(slot.key as number, 1);
    else delete parent[slot.key];
  } else if (!Array.isArray(parent)) Object.defineProperty(parent, e.key, { value: e.value, enumerable: true, writable: true, configurable: true });
}

/** A valid file parsed, with one to three values replaced, deleted or added, written out again. */
export function restructured(seeds: readonly Seed[], format: Format): fc.Arbitrary<Input> {
  return fc.record({ seed: fc.constantFrom(...seeds), edits: fc.array(edit, { minLength: 1, maxLength: 3 }) }).map(({ seed, edits }) => {
    const documents = parseSeed(seed, format);
    for (const e of edits) applyEdit(documents, e);
    return Input.ofText(`${seed.name}, restructured`, serialize(documents, format));
  });
}

/** Any JSON value or object, as a whole document. */
export function anyDocument(format: Format): fc.Arbitrary<Input> {
  return fc.oneof(fc.jsonValue({ maxDepth: 4 }), fc.object({ maxDepth: 3 })).map((value) => Input.ofText(`any ${format} document`, serialize([value], format)));
}

/** Values no numeric field accepts, whatever else it allows. */
const NOT_A_NUMBER: readonly unknown[] = [{}, [], true, { value: 1 }, [1]];

/**
 * A valid file with one number replaced by an object, an array or a boolean: the file is bad
 * whichever number it was, so reading it must fail.
 */
export function numberBroken(seeds: readonly Seed[], format: Format): fc.Arbitrary<Input> {
  return fc.record({ seed: fc.constantFrom(...seeds), at: fc.nat(), value: fc.constantFrom(...NOT_A_NUMBER) }).map(({ seed, at, value }) => {
    const documents = parseSeed(seed, format);
    const numbers = documents.flatMap((doc) => slots(doc)).filter(({ parent, key }) => typeof (parent as Record<string | number, unknown>)[key] === 'number');
    const slot = numbers[at % numbers.length] as Slot;
    (slot.parent as Record<string | number, unknown>)[slot.key] = value;
    return Input.ofText(`${seed.name}, ${JSON.stringify(value)} in a number's place`, serialize(documents, format));
  });
}

/** Every kind of input for one reader: random, mutated seeds, restructured seeds, any document. */
export function inputsFor(seeds: readonly Seed[], format?: Format): fc.Arbitrary<Input> {
  const structural = format ? [restructured(seeds, format), anyDocument(format)] : [];
  return fc.oneof(randomInput, { weight: 3, arbitrary: mutated(seeds) }, ...structural);
}

/** Chunk sizes for a chunked reader: odd and small, down to one byte. */
export const chunking = fc.record({
  sizes: fc.array(fc.integer({ min: 1, max: 97 }), { minLength: 1, maxLength: 4 }),
  buffer: fc.integer({ min: 1, max: 64 })
});
