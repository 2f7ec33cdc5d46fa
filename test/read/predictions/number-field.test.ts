import fc from 'fast-check';
import { decimalNumber, parseNumber, parsed } from '../../../src/read/predictions/number-field.js';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Parses `text` placed amid other bytes, as a field of a record is. */
function parseField(text: string): number {
  const bytes = encode(`-9,${text},-9`);
  return parseNumber(bytes, 3, bytes.length - 3);
}

const digits = (max: number) => fc.array(fc.constantFrom(...'0123456789'), { maxLength: max }).map((d) => d.join(''));
const decimal = fc
  .tuple(fc.constantFrom('', '-', '+'), digits(20), fc.constantFrom('', '.'), digits(24), fc.constantFrom('', 'e5', 'E-3'), fc.constantFrom('', ' ', '  '))
  .map(([sign, whole, point, fraction, exponent, space]) => `${space}${sign}${whole}${point}${point ? fraction : ''}${exponent}${space}`);

test('the same double as Number(), for every decimal and non-number', () => {
  fc.assert(
    fc.property(fc.oneof(decimal, fc.string({ maxLength: 12 })), (text) => {
      expect(Object.is(parseField(text), decimalNumber(text))).toBe(true);
    }),
    { numRuns: 5000 }
  );
});

test('the fraction digits of a plain decimal, for the score buckets', () => {
  expect(parseField('0.250')).toBe(0.25);
  expect(parsed).toEqual({ mantissa: 250, decimals: 3 });
  expect(parseField(' -12 ')).toBe(-12);
  expect(parsed.decimals).toBe(0);
  expect(parseField('.5')).toBe(0.5);
  expect(parsed).toEqual({ mantissa: 5, decimals: 1 });
  for (const text of ['1e-3', '9007199254740993', 'NaN', '', '.', '-', '0x1f', '1.2.3'].map(String)) {
    parseField(text);
    expect({ text, decimals: parsed.decimals }).toEqual({ text, decimals: -1 });
  }
  expect(parseField('9007199254740993')).toBe(9007199254740992);
});
