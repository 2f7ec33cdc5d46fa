import fc from 'fast-check';
import { KeyCache } from '../../../src/read/predictions/key-cache.js';

test('a lookup gives what was stored for the same keys, or −1: never another combination’s value', () => {
  const key = fc.oneof(fc.integer({ min: 0, max: 2 ** 51 }), fc.constantFrom(0, 1, 2 ** 48 + 0x6d, 4 * 2 ** 48 + 0x74736165, -1));
  fc.assert(
    fc.property(fc.array(fc.tuple(key, key), { minLength: 1, maxLength: 3000 }), (rows) => {
      const cache = new KeyCache(2);
      const stored = new Map<string, number>();
      for (const [a, b] of rows) {
        const keys = Float64Array.of(a, b);
        const found = cache.lookup(keys);
        const expected = a < 0 || b < 0 ? undefined : stored.get(`${a},${b}`);
        if (found >= 0) expect(found).toBe(expected);
        else if (a >= 0 && b >= 0) {
          if (!stored.has(`${a},${b}`)) stored.set(`${a},${b}`, stored.size);
          cache.store(keys, stored.get(`${a},${b}`) as number);
        }
      }
    }),
    { numRuns: 300 }
  );
});

test('few combinations are found again after their first row; a row with an unknown key is never cached', () => {
  const cache = new KeyCache(2);
  const combos = [
    [1, 2],
    [1, 3],
    [2 ** 48 + 0x6d, 4 * 2 ** 48 + 0x74736165]
  ];
  combos.forEach((combo, i) => {
    const keys = Float64Array.from(combo);
    expect(cache.lookup(keys)).toBe(-1);
    cache.store(keys, i);
  });
  combos.forEach((combo, i) => expect(cache.lookup(Float64Array.from(combo))).toBe(i));
  const unknown = Float64Array.of(1, -1);
  expect(cache.lookup(unknown)).toBe(-1);
  cache.store(unknown, 9);
  expect(cache.lookup(unknown)).toBe(-1);
  const none = new KeyCache(0);
  expect(none.lookup(new Float64Array(0))).toBe(-1);
  none.store(new Float64Array(0), 0);
  expect(none.lookup(new Float64Array(0))).toBe(0);
});
