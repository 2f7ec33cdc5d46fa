import fc from 'fast-check';
import { KeyCache } from '../../../src/read/predictions/key-cache.js';

/** Two values' keys, as PlainRecord packs them: four bytes, then length · 2¹⁶ + two more (−1: not packed). */
const keysOf = (a: readonly [number, number], b: readonly [number, number]): Int32Array => Int32Array.of(...a, ...b);

test('a lookup gives what was stored for the same keys, or −1: never another combination’s value, for one value, two or three', () => {
  const value = fc.oneof(
    fc.tuple(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), fc.integer({ min: 0, max: 6 << 16 })),
    fc.constantFrom<[number, number]>([0x6d, 1 << 16], [0x66, 1 << 16], [0x74736165, 4 << 16], [0x74736165, (5 << 16) | 0x6d], [0, -1])
  );
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 3 }), fc.array(fc.tuple(value, value, value), { minLength: 1, maxLength: 3000 }), (width, rows) => {
      const cache = new KeyCache(width);
      const stored = new Map<string, number>();
      for (const row of rows) {
        const values = row.slice(0, width);
        const keys = Int32Array.from(values.flat());
        const packed = values.every((value) => value[1] >= 0);
        const name = keys.join(',');
        const found = cache.lookup(keys);
        if (found >= 0) expect(found).toBe(packed ? stored.get(name) : undefined);
        else if (packed) {
          if (!stored.has(name)) stored.set(name, stored.size);
          cache.store(keys, stored.get(name) as number);
        }
      }
    }),
    { numRuns: 300 }
  );
});

test('combinations that differ in their last value only, more than the slots: never another one’s value', () => {
  for (const width of [1, 2, 3]) {
    const cache = new KeyCache(width);
    const same = Array.from({ length: 2 * (width - 1) }, (_, i) => (i % 2 ? 1 << 16 : 0x6d));
    const keysOfLast = (last: number): Int32Array => Int32Array.of(...same, last, 4 << 16);
    for (let last = 0; last < 5000; last++) {
      expect(cache.lookup(keysOfLast(last))).toBe(-1);
      cache.store(keysOfLast(last), last);
    }
    for (let last = 0; last < 5000; last++) expect([-1, last]).toContain(cache.lookup(keysOfLast(last)));
  }
});

test('few combinations are found again after their first row; a row with a value not packed is never cached', () => {
  const cache = new KeyCache(2);
  const combos = [
    keysOf([0x6d, 1 << 16], [0x74736165, 4 << 16]),
    keysOf([0x66, 1 << 16], [0x74736165, 4 << 16]),
    keysOf([0x6d, 1 << 16], [0x74736165, (5 << 16) | 0x6d])
  ];
  combos.forEach((keys, i) => {
    expect(cache.lookup(keys)).toBe(-1);
    cache.store(keys, i);
  });
  combos.forEach((keys, i) => expect(cache.lookup(keys)).toBe(i));
  const unpacked = keysOf([0x6d, 1 << 16], [0, -1]);
  expect(cache.lookup(unpacked)).toBe(-1);
  cache.store(unpacked, 9);
  expect(cache.lookup(unpacked)).toBe(-1);
  const none = new KeyCache(0);
  expect(none.lookup(new Int32Array(0))).toBe(-1);
  none.store(new Int32Array(0), 0);
  expect(none.lookup(new Int32Array(0))).toBe(0);
});
