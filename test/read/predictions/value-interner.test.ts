import { ValueInterner } from '../../../src/read/predictions/value-interner.js';

const encoder = new TextEncoder();

/** Interns `values` by their bytes, each inside a larger buffer as a CSV field is: the indices. */
function byBytes(interner: ValueInterner, values: readonly string[]): number[] {
  return values.map((value) => {
    const bytes = encoder.encode(`,${value},`);
    return interner.internBytes(bytes, 1, bytes.length - 1);
  });
}

test('by their bytes, values of every length get the index their text gets, in the order met', () => {
  // empty, packed (up to 6 bytes), cached by their bytes (7 to 32), and longer; some differ in one byte only
  const distinct = ['', 'f', 'north', 'female', 'northeast', 'southwest', 'northwesT', 'a'.repeat(32), 'a'.repeat(31) + 'b', 'x'.repeat(33), 'zoë-ünï'];
  const values = Array.from({ length: 2000 }, (_, i) => distinct[(i * 7) % distinct.length] as string);
  const interner = new ValueInterner();
  const indices = byBytes(interner, values);
  const byText = new ValueInterner();
  expect(indices).toEqual(values.map((value) => byText.internText(value)));
  expect(interner.names).toEqual(byText.names);
});

test('many values that share cache slots: each keeps its own index', () => {
  // 5,000 values of 7 to 12 bytes, seen twice in different orders: every slot of the bytes cache is contended
  const values = Array.from({ length: 5000 }, (_, i) => `group-${i}`);
  const interner = new ValueInterner();
  const first = byBytes(interner, values);
  expect(first).toEqual(values.map((_, i) => i));
  const reversed = [...values].reverse();
  expect(byBytes(interner, reversed)).toEqual(reversed.map((value) => values.indexOf(value)));
  expect(interner.names).toEqual(values);
});

test('the limit on distinct values holds whatever the path', () => {
  const interner = new ValueInterner({
    max: 3,
    exceeded() {
      throw new Error('too many');
    }
  });
  expect(byBytes(interner, ['a', 'northeast', 'a', 'northeast', 'b'])).toEqual([0, 1, 0, 1, 2]);
  expect(() => byBytes(interner, ['southwest'])).toThrow('too many');
});
