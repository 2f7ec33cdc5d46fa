import { Float64Blocks } from '../../src/read/growable.js';

describe('Float64Blocks', () => {
  test('gives back every value in order, in blocks that double up to the largest', () => {
    const list = new Float64Blocks(4096);
    const values = Array.from({ length: 20_000 }, (_, i) => i / 7);
    for (const value of values) list.push(value);
    const blocks = list.blocks();
    expect(list.length).toBe(20_000);
    expect(blocks.map((block) => block.length)).toEqual([1024, 2048, 4096, 4096, 4096, 4096, 544]);
    expect(blocks.flatMap((block) => [...block])).toEqual(values);
  });

  test('empty, and one block', () => {
    const list = new Float64Blocks();
    expect(list.blocks().map((block) => block.length)).toEqual([0]);
    list.push(1.5);
    expect(list.blocks()).toEqual([Float64Array.of(1.5)]);
  });
});
