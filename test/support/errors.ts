import { InputError } from '../../src/errors.js';

/** The message of the InputError `run` throws; fails the test when it throws nothing or something else. */
export function inputErrorOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error('expected an InputError');
}
