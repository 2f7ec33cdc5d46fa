/** x·2^exponent without the intermediate 2^exponent over- or underflowing (C's ldexp). */
export function ldexp(x: number, exponent: number): number {
  let result = x;
  let rest = exponent;
  while (rest > 1000) {
    result *= 2 ** 1000;
    rest -= 1000;
  }
  while (rest < -1000) {
    result *= 2 ** -1000;
    rest += 1000;
  }
  return result * 2 ** rest;
}
