import { formatCount } from '../src/format.js';

test('counts are written as toLocaleString("en-US") writes them, without ICU', () => {
  const counts = [0, 1, 999, 1000, 65_536, 999_999, 1_000_000, 10_000_000, 209_715_200, -1234, -999, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER];
  for (let n = 1; n < 1e15; n = n * 7 + 3) counts.push(n);
  for (const count of counts) expect({ count, text: formatCount(count) }).toEqual({ count, text: count.toLocaleString('en-US') });
  // anything that is not a safe integer is left to toLocaleString
  for (const other of [1234.5678, 1e21, Infinity, Number.NaN]) expect(formatCount(other)).toBe(other.toLocaleString('en-US'));
});
