import { closestName, editDistance } from '../../src/read/closest-name.js';

test('edit distance counts insertions, deletions and substitutions', () => {
  expect(editDistance('acuracy', 'accuracy')).toBe(1);
  expect(editDistance('recal', 'recall')).toBe(1);
  expect(editDistance('kitten', 'sitting')).toBe(3);
  expect(editDistance('', 'abc')).toBe(3);
});

test('a suggestion is at most two edits away, and one per four characters', () => {
  const names = ['accuracy', 'recall', 'f1', 'roc_auc', 'demographic_parity_ratio'];
  expect(closestName('acuracy', names)).toBe('accuracy');
  expect(closestName('Accuracy', names)).toBe('accuracy');
  expect(closestName('demographic_parity_ration', names)).toBe('demographic_parity_ratio');
  expect(closestName('f2', names)).toBeUndefined();
  expect(closestName('precision', names)).toBeUndefined();
  expect(closestName('accuracy', names)).toBeUndefined();
});
