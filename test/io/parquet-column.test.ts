import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parquetMetadata, parquetSchema } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { getTreePath } from 'hyparquet/src/schema.js';
import type { ColumnMetaData } from 'hyparquet/src/types.js';
import { columnChunkRange, readFlatColumn } from '../../src/io/parquet-column.js';
import { ROOT } from '../support/fixtures.js';

const bytes = readFileSync(join(ROOT, 'test/fixtures/parquet/basic.parquet'));
const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
const metadata = parquetMetadata(file);
const group = metadata.row_groups[0]!;
const rows = Number(group.num_rows);
const chunk = group.columns.find((c) => c.meta_data?.path_in_schema[0] === 'sex')!.meta_data!;
const path = getTreePath(parquetSchema(metadata), chunk.path_in_schema);
const read = (meta: ColumnMetaData, count: number): ArrayLike<unknown> => readFlatColumn(file.slice(...columnChunkRange(meta)), meta, path, count, compressors);

describe('a flat column chunk, page by page', () => {
  test('gives one value a row, dictionary strings as strings', () => {
    const values = Array.from(read(chunk, rows));
    expect(values).toHaveLength(rows);
    expect(new Set(values)).toEqual(new Set(['female', 'male']));
  });

  test('a chunk with fewer values than its row group, or a page past it, is an error', () => {
    expect(() => read(chunk, rows + 1)).toThrow(`column "sex" ends after ${rows} of its ${rows + 1} values`);
    expect(() => read(chunk, 10)).toThrow(/^a page holds \d+ values past the 10 of its row group$/);
  });

  test('its bytes start at the dictionary page, or at the first data page when a writer gives the dictionary offset as 0', () => {
    expect(columnChunkRange({ ...chunk, dictionary_page_offset: 100n, data_page_offset: 200n, total_compressed_size: 50n })).toEqual([100, 150]);
    expect(columnChunkRange({ ...chunk, dictionary_page_offset: 0n, data_page_offset: 200n, total_compressed_size: 50n })).toEqual([200, 250]);
    expect(columnChunkRange({ ...chunk, dictionary_page_offset: undefined, data_page_offset: 200n, total_compressed_size: 50n })).toEqual([200, 250]);
  });
});
