import { InputError } from '../../src/errors.js';
import { parseInputShapes } from '../../src/measure/input-shapes.js';

function problemsOf(text: string, source?: string): string {
  try {
    parseInputShapes(text, source);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error('expected an InputError');
}

describe('the input-shapes option', () => {
  test('maps each input name to its whole shape', () => {
    expect(parseInputShapes('input=1x3x224x224,mask=1x128')).toEqual(
      new Map([
        ['input', [1, 3, 224, 224]],
        ['mask', [1, 128]]
      ])
    );
  });

  test('entries may be separated by white space or line breaks, as a YAML block writes them', () => {
    expect(parseInputShapes('  tokens=1X128x8\n memory=1x16x4 ,\n')).toEqual(
      new Map([
        ['tokens', [1, 128, 8]],
        ['memory', [1, 16, 4]]
      ])
    );
  });

  test('names keep the characters exporters use (TensorFlow writes "input_ids:0")', () => {
    expect(parseInputShapes('input_ids:0=1x64,encoder/hidden.1=1x64x768').get('input_ids:0')).toEqual([1, 64]);
  });

  test('an empty option means no shapes', () => {
    expect(parseInputShapes(' ').size).toBe(0);
  });

  test('an entry without NAME=SHAPE says what was expected', () => {
    expect(problemsOf('1x3x224x224')).toBe('input-shapes: expected NAME=SHAPE entries like input=1x3x224x224,mask=1x128; "1x3x224x224" is not one');
    expect(problemsOf('input=')).toContain('"input=" is not one');
  });

  test('sizes must be positive integers joined by x; every bad entry is reported under the option as the user called it', () => {
    const message = problemsOf('a=1x0,b=1xx2,c=1x-3,d=2.5,e=1*2,f=1x2', '--input-shapes');
    for (const [name, dims] of [
      ['a', '1x0'],
      ['b', '1xx2'],
      ['c', '1x-3'],
      ['d', '2.5'],
      ['e', '1*2']
    ]) {
      expect(message).toContain(`--input-shapes: ${name}: expected its sizes as positive integers joined by x, like 1x3x224x224; got "${dims}"`);
    }
    expect(message).not.toContain('f:');
  });

  test('an input given twice is refused', () => {
    expect(problemsOf('x=1x2,x=1x3')).toBe('input-shapes: x: given twice');
  });
});
