import { parseMetricsFile } from '../../src/read/metrics-file.js';
import { inputErrorOf } from '../support/errors.js';

const problemsOf = (text: string, file = 'model/metrics.json'): string => inputErrorOf(() => parseMetricsFile(text, file));

describe('metrics.json, flat form', () => {
  test('every top-level number is a metric; samples also sets the sample size', () => {
    const parsed = parseMetricsFile('{"accuracy": 0.93, "latency_ms": 42, "samples": 5000}', 'm.json');
    expect(parsed.form).toBe('flat');
    expect(Object.fromEntries(parsed.metrics)).toEqual({ accuracy: 0.93, latency_ms: 42, samples: 5000 });
    expect(parsed.samples).toBe(5000);
  });

  test('accepts a UTF-8 byte order mark', () => {
    expect(parseMetricsFile('\ufeff{"accuracy": 0.9}', 'm.json').metrics.get('accuracy')).toBe(0.9);
  });

  test('a string where a number belongs names the file, the path and what was expected', () => {
    expect(problemsOf('{"accuracy": "0.93"}')).toBe('model/metrics.json: /accuracy: expected a number, got the string "0.93"');
  });

  test('an accuracy of 1.7 is out of range', () => {
    expect(problemsOf('{"accuracy": 1.7}')).toBe('model/metrics.json: /accuracy: expected a proportion between 0 and 1, got 1.7');
  });

  test('negative latencies and fractional sample counts are refused', () => {
    const message = problemsOf('{"latency_p99_ms": -3, "samples": 10.5}');
    expect(message).toContain('/latency_p99_ms: expected a value ≥ 0, got -3');
    expect(message).toContain('/samples: expected an integer, got 10.5');
  });

  test('NaN and Infinity, which Python writes, are named with their line', () => {
    expect(problemsOf('{\n  "accuracy": NaN\n}')).toBe(
      'model/metrics.json: line 2: column 15: NaN is not a number in JSON: every value must be a finite number'
    );
    expect(problemsOf('{"latency_ms": -Infinity}')).toContain('-Infinity is not a number in JSON');
  });

  test('invalid JSON gives line and column', () => {
    expect(problemsOf('{"accuracy": 0.9,}')).toMatch(/^model\/metrics\.json: line 1: column \d+: not valid JSON/);
    expect(problemsOf('')).toBe('model/metrics.json: the file is empty: expected a JSON object');
  });

  test('a JSON value that is not an object is refused', () => {
    expect(problemsOf('[0.9]')).toBe('model/metrics.json: /: expected a JSON object of metrics');
    expect(problemsOf('{}')).toContain('no metrics');
  });

  test('metric names that could not be shown safely are refused', () => {
    expect(problemsOf('{"<img src=x>": 1}')).toContain('the name "<img src=x>" is not allowed');
  });

  test('every problem is reported at once', () => {
    const message = problemsOf('{"accuracy": 2, "recall": -1, "f1": "x"}');
    expect(message.split('\n')).toHaveLength(3);
  });
});

describe('metrics.json, structured form', () => {
  const structured = {
    model: { name: 'fraud', version: '2.0.0' },
    samples: 20,
    metrics: { accuracy: 0.9 },
    groups: {
      sex: { f: { tp: 4, fp: 1, tn: 4, fn: 1 }, m: { tp: 5, fp: 0, tn: 5, fn: 0 } }
    }
  };

  test('reads model, samples, metrics and group counts', () => {
    const parsed = parseMetricsFile(JSON.stringify(structured), 'm.json');
    expect(parsed.form).toBe('structured');
    expect(parsed.model).toEqual({ name: 'fraud', version: '2.0.0' });
    expect(parsed.samples).toBe(20);
    expect(parsed.groups.get('sex')?.get('f')).toEqual({ tp: 4, fp: 1, tn: 4, fn: 1 });
  });

  test('unknown top-level fields are refused with the allowed ones listed', () => {
    expect(problemsOf(JSON.stringify({ ...structured, extra: 1 }))).toContain(
      '/extra: unknown field "extra"; expected one of: $schema, model, samples, metrics, task, counts, groups'
    );
  });

  test('counts must be non-negative integers and complete', () => {
    const bad = { metrics: {}, groups: { sex: { f: { tp: -1, fp: 1.5, tn: 0 } } } };
    const message = problemsOf(JSON.stringify(bad));
    expect(message).toContain('/groups/sex/f: missing required field "fn"');
    expect(message).toContain('/groups/sex/f/tp: expected a non-negative integer, got -1');
    expect(message).toContain('/groups/sex/f/fp: expected an integer, got 1.5');
  });

  test('features whose groups do not add up to the same rows are refused', () => {
    const bad = { ...structured, groups: { ...structured.groups, region: { n: { tp: 1, fp: 1, tn: 1, fn: 1 } } } };
    expect(problemsOf(JSON.stringify(bad))).toContain("/groups/region: the groups' counts add up to 4 rows, but /samples has 20");
  });

  test('samples given twice must agree', () => {
    const bad = { samples: 10, metrics: { samples: 12 } };
    expect(problemsOf(JSON.stringify(bad))).toContain('/metrics/samples: is 12 but /samples is 10');
  });
});

test('a key written twice is an error, not silently the last value', () => {
  expect(problemsOf('{\n  "accuracy": 0.91,\n  "accuracy": 0.95\n}')).toBe(
    'model/metrics.json: line 3: column 3: the key "accuracy" appears twice in one object: JSON.parse would keep the last one silently'
  );
});
