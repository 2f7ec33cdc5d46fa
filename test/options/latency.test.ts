import { parseOptions } from '../../src/options/parse.js';
import { actionLabel, cliLabel } from '../../src/options/table.js';
import { inputErrorOf } from '../support/errors.js';

const model = 'm.onnx';

describe('latency options', () => {
  test('complete settings from the table when only a model is given', () => {
    expect(parseOptions({ model }, cliLabel).latency).toEqual({
      model,
      batchSizes: [1],
      warmup: 20,
      iterations: 300,
      durationSeconds: null,
      threads: 1,
      labels: { batchSizes: '--latency-batch-sizes', inputShapes: '--input-shapes' }
    });
  });

  test('400 runs of each model with a baseline model, unless given', () => {
    expect(parseOptions({ model, 'baseline-model': 'b.onnx' }, cliLabel).latency).toMatchObject({ iterations: 400 });
    expect(parseOptions({ model, 'baseline-model': 'b.onnx', 'latency-iterations': '50' }, cliLabel).latency).toMatchObject({ iterations: 50 });
    expect(parseOptions({ model, 'latency-duration': '2.5' }, cliLabel).latency).toMatchObject({ iterations: null, durationSeconds: 2.5 });
  });

  test('settings out of range, all at once', () => {
    const message = inputErrorOf(() =>
      parseOptions(
        { model, 'latency-batch-sizes': '0,2.5', 'latency-warmup': '-1', 'latency-iterations': '0', 'latency-threads': '0', 'input-shapes': 'x' },
        cliLabel
      )
    );
    expect(message.split('\n')).toEqual([
      '--latency-batch-sizes: expected comma-separated positive integers like 1,8,32; "0" is not one',
      '--latency-batch-sizes: expected comma-separated positive integers like 1,8,32; "2.5" is not one',
      '--latency-warmup: expected an integer ≥ 0, got "-1"',
      '--latency-threads: expected an integer ≥ 1, got "0"',
      '--latency-iterations: expected an integer ≥ 1, got "0"',
      '--input-shapes: expected NAME=SHAPE entries like input=1x3x224x224,mask=1x128; "x" is not one'
    ]);
    expect(inputErrorOf(() => parseOptions({ model, 'latency-duration': '0' }, cliLabel))).toBe(
      '--latency-duration: expected seconds between 0 and 3600, got "0"'
    );
  });

  test('one label for one mistake, whichever front end or command', () => {
    expect(inputErrorOf(() => parseOptions({ model, 'latency-batch-sizes': '1,1' }, cliLabel))).toBe(
      '--latency-batch-sizes: a batch size is given twice: 1, 1'
    );
    expect(inputErrorOf(() => parseOptions({ model, 'latency-batch-sizes': '1,1' }, actionLabel))).toBe(
      'input "latency-batch-sizes": a batch size is given twice: 1, 1'
    );
  });

  test('a latency option without a model, and iterations with a duration', () => {
    expect(inputErrorOf(() => parseOptions({ metrics: 'm.json', 'latency-warmup': '3' }, cliLabel))).toBe(
      '--latency-warmup: applies to --model: the ONNX model to measure'
    );
    expect(inputErrorOf(() => parseOptions({ model, 'latency-iterations': '3', 'latency-duration': '1' }, cliLabel))).toBe(
      '--latency-duration: give --latency-iterations or --latency-duration, not both'
    );
  });
});

describe('drift options', () => {
  const samples = { 'reference-data': 'r.csv', 'current-data': 'c.csv' };

  test('an empty list of features is refused by the options, and the features carry their label', () => {
    expect(inputErrorOf(() => parseOptions({ ...samples, 'drift-features': ' , ' }, cliLabel))).toBe(
      '--drift-features: no features listed: expected at least one column name'
    );
    expect(parseOptions({ ...samples, 'drift-features': 'age,plan' }, actionLabel).drift).toEqual({
      reference: 'r.csv',
      current: 'c.csv',
      features: ['age', 'plan'],
      alpha: 0.05,
      featuresLabel: 'input "drift-features"'
    });
  });
});
