import { readText } from '../../support/chunks.js';
import { taskInference } from '../../../src/read/predictions/task-inference.js';

const infer = (text: string) => readText(taskInference('p.csv'), text, 5);

test('numbers that are not all integers are a regression; more than two values, a multiclass classifier', () => {
  expect(infer('label,prediction\n1.5,1\n2,2\n3,3\n')).toEqual({ kind: 'regression', inferredFrom: 'the labels are numbers, not all integers' });
  expect(infer('label,prediction\ncat,cat\ndog,cat\nbird,dog\n')).toEqual({ kind: 'multiclass', inferredFrom: 'the labels have 3 distinct values' });
  expect(infer('label,prediction\n0,0\n1,2\n')).toEqual({ kind: 'binary', inferredFrom: 'the labels have 2 distinct values' });
  const many = ['label,prediction', ...Array.from({ length: 1500 }, (_, i) => `${i},${i}`)].join('\n');
  expect(infer(many)).toEqual({ kind: 'multiclass', inferredFrom: 'the labels have more than 1000 distinct values' });
});

test('JSON Lines too, and a label that is text makes the numbers a classifier’s', () => {
  expect(infer('{"label": 0.5, "prediction": 1}\n{"label": 2.25, "prediction": 2}\n')).toMatchObject({ kind: 'regression' });
  expect(infer('label,prediction\n1.5,1\nn/a,2\n3,3\n')).toMatchObject({ kind: 'multiclass' });
});
