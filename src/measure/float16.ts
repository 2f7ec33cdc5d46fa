// IEEE 754 half precision, which onnxruntime takes as the bits in a Uint16Array
// (Node has no Float16Array before version 24).

/** The float16 bits nearest to `value` (ties to even), as numpy's `np.float16(value)` rounds. */
export function float16Bits(value: number): number {
  if (Number.isNaN(value)) return 0x7e00;
  const sign = value < 0 || Object.is(value, -0) ? 0x8000 : 0;
  const magnitude = Math.abs(value);
  // 65504 is the largest float16; from halfway to the next power of two on, it rounds to infinity
  if (magnitude >= 65520) return sign | 0x7c00;
  if (magnitude < 2 ** -14) return sign | roundHalfToEven(magnitude * 2 ** 24); // subnormal, in units of 2^-24
  let exponent = Math.floor(Math.log2(magnitude));
  if (2 ** exponent > magnitude)
    exponent--; // log2 can be off by one next to a power of two
  else if (2 ** (exponent + 1) <= magnitude) exponent++;
  // a significand that rounds up to 2048 carries into the exponent, which is right
  const significand = roundHalfToEven((magnitude / 2 ** exponent) * 1024);
  return sign | (((exponent + 15) << 10) + significand - 1024);
}

/** The number that float16 bits stand for. */
export function float16Value(bits: number): number {
  const sign = bits & 0x8000 ? -1 : 1;
  const exponent = (bits >> 10) & 0x1f;
  const fraction = bits & 0x3ff;
  if (exponent === 0x1f) return fraction === 0 ? sign * Infinity : Number.NaN;
  if (exponent === 0) return sign * fraction * 2 ** -24;
  return sign * (1024 + fraction) * 2 ** (exponent - 25);
}

export function isFiniteFloat16(bits: number): boolean {
  return (bits & 0x7c00) !== 0x7c00;
}

function roundHalfToEven(x: number): number {
  const floor = Math.floor(x);
  const rest = x - floor;
  if (rest !== 0.5) return rest < 0.5 ? floor : floor + 1;
  return floor % 2 === 0 ? floor : floor + 1;
}
