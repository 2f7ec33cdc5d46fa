import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parquetMetadata, parquetSchema } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { parquetHeader } from 'hyparquet/src/column.js';
import { getTreePath } from 'hyparquet/src/schema.js';
import type { ColumnMetaData } from 'hyparquet/src/types.js';
import { columnChunkRange, readFlatColumn } from '../../src/io/parquet-column.js';
import { ROOT } from '../support/fixtures.js';

/** A fixture's first row group: its rows, and each column chunk read with readFlatColumn (for `rows` rows), and its data pages counted. */
function firstGroup(name: string) {
  const bytes = readFileSync(join(ROOT, 'test/fixtures/parquet', name));
  const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  const metadata = parquetMetadata(file);
  const group = metadata.row_groups[0]!;
  const meta = (column: string): ColumnMetaData => group.columns.find((c) => c.meta_data?.path_in_schema[0] === column)!.meta_data!;
  const chunk = (column: string): ArrayBuffer => file.slice(...columnChunkRange(meta(column)));
  return {
    rows: Number(group.num_rows),
    read: (column: string, rows = Number(group.num_rows)): unknown[] =>
      Array.from(readFlatColumn(chunk(column), meta(column), getTreePath(parquetSchema(metadata), meta(column).path_in_schema), rows, compressors)),
    dataPages(column: string): number {
      const reader = { view: new DataView(chunk(column)), offset: 0 };
      let pages = 0;
      while (reader.offset < reader.view.byteLength) {
        const header = parquetHeader(reader);
        reader.offset += header.compressed_page_size;
        if (header.type !== 'DICTIONARY_PAGE') pages++;
      }
      return pages;
    }
  };
}

/** basic.csv's column `name`, row by row (it has no quotes). */
function csvColumn(name: string): string[] {
  const [header, ...lines] = readFileSync(join(ROOT, 'test/fixtures/predictions/basic.csv'), 'utf8').trim().split('\n');
  const at = header!.split(',').indexOf(name);
  return lines.map((line) => line.split(',')[at]!);
}

describe('a flat column chunk, page by page', () => {
  test('one page a chunk (DATA_PAGE, DuckDB): the values in row order', () => {
    const basic = firstGroup('basic.parquet');
    expect(basic.dataPages('sex')).toBe(1);
    expect(basic.read('sex')).toEqual(csvColumn('sex').slice(0, basic.rows));
  });

  test('many pages a chunk (DATA_PAGE_V2, arrow-rs), dictionary-encoded and PLAIN: each page at its rows, a null where a row has none', () => {
    const v2 = firstGroup('pages-v2.parquet');
    expect(v2.dataPages('sex')).toBeGreaterThan(2);
    expect(v2.dataPages('score')).toBeGreaterThan(2);
    const sex = csvColumn('sex')
      .slice(0, v2.rows)
      .map((value, i) => (i % 97 === 4 ? null : value));
    expect(v2.read('sex')).toEqual(sex);
    expect(v2.read('score')).toEqual(csvColumn('score').slice(0, v2.rows).map(Number));
  });

  test('a chunk with fewer values than its row group, or a page past it, is an error naming the column', () => {
    const basic = firstGroup('basic.parquet');
    expect(() => basic.read('sex', basic.rows + 1)).toThrow(`column "sex" ends after ${basic.rows} of its ${basic.rows + 1} values`);
    expect(() => basic.read('sex', 10)).toThrow(/^column "sex" has a page of \d+ values from row 0, past the 10 of its row group$/);
  });

  test('its bytes start at the dictionary page, or at the first data page when a writer gives the dictionary offset as 0', () => {
    const meta = { ...({} as ColumnMetaData), data_page_offset: 200n, total_compressed_size: 50n };
    expect(columnChunkRange({ ...meta, dictionary_page_offset: 100n })).toEqual([100, 150]);
    expect(columnChunkRange({ ...meta, dictionary_page_offset: 0n })).toEqual([200, 250]);
    expect(columnChunkRange({ ...meta, dictionary_page_offset: undefined })).toEqual([200, 250]);
  });
});
