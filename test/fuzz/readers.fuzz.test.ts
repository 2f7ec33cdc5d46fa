import fc from 'fast-check';
import { InputError } from '../../src/errors.js';
import { metricSetFromFile } from '../../src/evaluate/metric-set.js';
import { feedInChunks } from '../../src/io/predictions.js';
import { lintManifests } from '../../src/lint/index.js';
import type { ChunkReader } from '../../src/read/chunk-reader.js';
import { driftSampleReader } from '../../src/read/drift/sample-reader.js';
import type { DriftSample } from '../../src/model/drift.js';
import { parseGatesFile } from '../../src/read/gates-file.js';
import { parseManifests } from '../../src/read/manifests.js';
import { parseMetricsFile } from '../../src/read/metrics-file.js';
import { predictionsReader, type PredictionsRead } from '../../src/read/predictions/reader.js';
import { parseReleaseFile } from '../../src/read/release-file.js';
import { ASSERT_OPTIONS, chunking, inputsFor, numberBroken, PROPERTY_TIMEOUT_MS, runs, SEEDS, type Input } from './generators.js';

// Every reader, in-process, fed random and mutated input: it returns, or it throws an InputError
// that names the file; never another exception, and never slowly. FUZZ_RUNS=… (npm run fuzz) runs
// each property that many times.

const SLOW_MS = 2000;
const RUNS = runs(100);

type Outcome<T> = { value: T } | { error: InputError };

/** Runs `read`; fails on anything but a result or an InputError naming `file`, and on a slow read. */
function outcomeOf<T>(file: string, read: () => T): Outcome<T> {
  const started = performance.now();
  let outcome: Outcome<T>;
  try {
    outcome = { value: read() };
  } catch (error) {
    if (!(error instanceof InputError))
      throw new Error(`crashed (not an InputError): ${error instanceof Error ? error.stack : String(error)}`, { cause: error });
    outcome = { error };
  }
  const took = performance.now() - started;
  if (took > SLOW_MS) throw new Error(`took ${Math.round(took)} ms (limit ${SLOW_MS} ms)`);
  if ('error' in outcome) {
    const elsewhere = outcome.error.problems.filter((p) => p.source !== file);
    if (!outcome.error.message.startsWith(`${file}:`) || elsewhere.length > 0) throw new Error(`the message does not name ${file}: ${outcome.error.message}`);
  }
  return outcome;
}

function expectFinite(value: number | null | undefined, what: string): void {
  if (value !== null && value !== undefined && !Number.isFinite(value)) throw new Error(`${what} is ${value}: accepted, but not a finite number`);
}

/** Feeds `bytes` to a chunked reader as the file reader does, in chunks of the given sizes. */
function feed<T>(reader: ChunkReader<T>, bytes: Uint8Array, { sizes, buffer }: { sizes: number[]; buffer: number }): T {
  let at = 0;
  let k = 0;
  return feedInChunks(
    reader,
    (target, offset) => {
      const size = Math.min(sizes[k++ % sizes.length] as number, target.length - offset, bytes.length - at);
      target.set(bytes.subarray(at, at + size), offset);
      at += size;
      return size;
    },
    buffer
  );
}

const WHOLE = { sizes: [1 << 30], buffer: 1 << 16 };

/** What must not depend on how the file was cut into chunks. */
function summary<T>(outcome: Outcome<T>, describe: (value: T) => unknown): string {
  return 'error' in outcome ? `error: ${outcome.error.message}` : JSON.stringify(describe(outcome.value));
}

function check<Ts extends [Input, ...unknown[]]>(property: fc.IProperty<Ts>): void {
  fc.assert(property, { ...ASSERT_OPTIONS, numRuns: RUNS });
}

describe('readers fed random and mutated input return or throw an InputError naming the file', () => {
  test(
    'metrics file',
    () => {
      check(
        fc.property(inputsFor(SEEDS.metrics, 'json'), (input) => {
          const outcome = outcomeOf('fuzz-metrics.json', () => metricSetFromFile(parseMetricsFile(input.text, 'fuzz-metrics.json')));
          if ('value' in outcome) for (const [name, metric] of outcome.value.values) expectFinite(metric.value, `metric ${JSON.stringify(name)}`);
        })
      );
    },
    PROPERTY_TIMEOUT_MS
  );

  test.each([
    ['a gates file', 'fuzz-gates.yml', true],
    ['inline gates', 'inline gates', false]
  ])(
    'gates: %s',
    (_, source, fromFile) => {
      check(
        fc.property(inputsFor(SEEDS.gates, 'yaml'), (input) => {
          const outcome = outcomeOf(source, () => parseGatesFile(input.text, source, fromFile));
          if ('error' in outcome) return;
          for (const gate of outcome.value.gates) for (const [key, bound] of Object.entries(gate.bounds)) expectFinite(bound, `gate ${gate.id}: ${key}`);
          for (const step of outcome.value.steps ?? []) expectFinite(step, 'a canary step');
        })
      );
    },
    PROPERTY_TIMEOUT_MS
  );

  test(
    'release file',
    () => {
      check(
        fc.property(inputsFor(SEEDS.release, 'yaml'), (input) => void outcomeOf('fuzz-release.yaml', () => parseReleaseFile(input.text, 'fuzz-release.yaml')))
      );
    },
    PROPERTY_TIMEOUT_MS
  );

  test(
    'manifests, then the linter',
    () => {
      check(
        fc.property(inputsFor(SEEDS.manifests, 'yaml-stream'), (input) => {
          const outcome = outcomeOf('fuzz-manifests.yaml', () => lintManifests(parseManifests(input.text, 'fuzz-manifests.yaml')));
          if ('error' in outcome) return;
          for (const finding of outcome.value)
            if (typeof finding.message !== 'string' || typeof finding.rule !== 'string') throw new Error(`a malformed finding: ${JSON.stringify(finding)}`);
        })
      );
    },
    PROPERTY_TIMEOUT_MS
  );

  const predictionsSpec = fc.record({
    positiveLabel: fc.constantFrom('1', 'fraud', ''),
    sensitiveFeatures: fc.constantFrom([], ['sex'], ['sex', 'region']),
    intersectional: fc.boolean(),
    keepRows: fc.boolean(),
    featuresOptional: fc.boolean()
  });

  const describePredictions = (read: PredictionsRead): unknown => ({
    rows: read.tally.rows,
    weight: read.tally.totalWeight,
    overall: Array.from(read.tally.overall),
    columns: read.columns,
    ids: read.ids?.length
  });

  test(
    'predictions, CSV and JSON Lines, fed in odd chunks: the same outcome as in one chunk',
    () => {
      check(
        fc.property(inputsFor(SEEDS.predictions), predictionsSpec, chunking, (input, spec, chunks) => {
          const file = 'fuzz-predictions.csv';
          const read = (cut: typeof chunks): Outcome<PredictionsRead> => outcomeOf(file, () => feed(predictionsReader({ ...spec, file }), input.bytes, cut));
          const inChunks = read(chunks);
          if ('value' in inChunks && inChunks.value.tally.rows < 1) throw new Error('read a predictions file with no rows');
          expect(summary(inChunks, describePredictions)).toBe(summary(read(WHOLE), describePredictions));
        })
      );
    },
    PROPERTY_TIMEOUT_MS
  );

  const describeSample = (sample: DriftSample): unknown => ({
    rows: sample.rows,
    columns: sample.columns,
    values: [...sample.values].map(([name, column]) => [
      name,
      column.kind,
      column.missing,
      column.kind === 'numeric' ? Array.from(column.values) : column.kind === 'categorical' ? [...column.counts] : 0
    ])
  });

  test(
    'drift samples, CSV and JSON Lines, fed in odd chunks: the same outcome as in one chunk',
    () => {
      const features = fc.constantFrom(undefined, ['age'], ['plan', 'score', 'age']);
      check(
        fc.property(inputsFor(SEEDS.drift), features, chunking, (input, wanted, chunks) => {
          const file = 'fuzz-sample.csv';
          const read = (cut: typeof chunks): Outcome<DriftSample> =>
            outcomeOf(file, () => feed(driftSampleReader({ file, features: wanted }), input.bytes, cut));
          const inChunks = read(chunks);
          if ('value' in inChunks) {
            for (const [name, column] of inChunks.value.values)
              if (column.kind === 'numeric') column.values.forEach((v) => expectFinite(v, `a value of ${name}`));
          }
          expect(summary(inChunks, describeSample)).toBe(summary(read(WHOLE), describeSample));
        })
      );
    },
    PROPERTY_TIMEOUT_MS
  );
});

describe('a number replaced by an object, an array or a boolean is always rejected', () => {
  test.each([
    ['metrics', SEEDS.metrics, 'json', 'fuzz-metrics.json', parseMetricsFile],
    ['gates', SEEDS.gates, 'yaml', 'fuzz-gates.yml', parseGatesFile],
    ['release', SEEDS.release, 'yaml', 'fuzz-release.yaml', parseReleaseFile]
  ] as const)(
    '%s',
    (_, seeds, format, file, read) => {
      check(
        fc.property(numberBroken(seeds, format), (input) => {
          if ('value' in outcomeOf(file, () => read(input.text, file))) throw new Error('accepted');
        })
      );
    },
    PROPERTY_TIMEOUT_MS
  );
});
