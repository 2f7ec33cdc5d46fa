import { formatProblem, InputError } from '../src/errors.js';

describe('InputError', () => {
  test('names the file, the line and the field before the message', () => {
    expect(formatProblem({ source: 'g.yml', line: 3, path: '/gates/accuracy', message: 'sets no bound' })).toBe(
      'g.yml: line 3: /gates/accuracy: sets no bound'
    );
    expect(
      new InputError([
        { source: 'a', message: 'x' },
        { source: 'b', message: 'y' }
      ]).message
    ).toBe('a: x\nb: y');
  });

  test('instanceof holds for a copy of the class from another bundle, and only for it', () => {
    // what a lazily loaded bundle's own copy of InputError produces
    const copy = Object.assign(new Error('m'), { [Symbol.for('model-gate.InputError')]: true });
    expect(copy).toBeInstanceOf(InputError);
    expect(new Error('m')).not.toBeInstanceOf(InputError);
    expect((null as unknown as object) instanceof InputError).toBe(false);
    expect(new InputError({ source: 'f', message: 'm' })).toBeInstanceOf(Error);
  });
});
