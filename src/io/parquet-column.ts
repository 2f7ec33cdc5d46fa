// A flat column chunk of a Parquet file (one value a row: model-gate refuses nested columns),
// decoded page by page with hyparquet's own page decoders. parquetRead would take every OPTIONAL
// column (DuckDB's and pyarrow's default, nulls or not) through its nested-list assembly, one value
// at a time: half of the decoding time and most of the garbage. Here a page's values are placed by
// its definition levels instead, a null where a row has none.
import { parquetHeader } from 'hyparquet/src/column.js';
import { convert, convertWithDictionary, DEFAULT_PARSERS } from 'hyparquet/src/convert.js';
import { decompressPage, readDataPage, readDataPageV2 } from 'hyparquet/src/datapage.js';
import { readPlain } from 'hyparquet/src/plain.js';
import { getMaxDefinitionLevel } from 'hyparquet/src/schema.js';
import type { ColumnDecoder, ColumnMetaData, Compressors, DecodedArray, SchemaTree } from 'hyparquet/src/types.js';
import { quote } from '../read/quote.js';

/** Where a column chunk's bytes are in the file: from its dictionary page, when it has one, to its last data page. */
export function columnChunkRange(meta: ColumnMetaData): [start: number, end: number] {
  // as hyparquet's plan: an offset of 0 is a writer's way of saying there is no dictionary page
  const start = Number(meta.dictionary_page_offset || meta.data_page_offset);
  return [start, start + Number(meta.total_compressed_size)];
}

/**
 * The `rows` values of a flat column chunk, read from `bytes` (its columnChunkRange), with null for
 * a row without one. A page it does not read, or one whose values do not add up to the chunk's
 * rows, is an error naming the column (the file is damaged).
 */
export function readFlatColumn(bytes: ArrayBuffer, meta: ColumnMetaData, schemaPath: SchemaTree[], rows: number, compressors: Compressors): ArrayLike<unknown> {
  const column = quote(meta.path_in_schema.join('.'));
  const element = (schemaPath.at(-1) as SchemaTree).element;
  const decoder: ColumnDecoder = {
    pathInSchema: meta.path_in_schema,
    type: meta.type,
    element,
    schemaPath,
    codec: meta.codec,
    parsers: DEFAULT_PARSERS,
    compressors
  };
  const defined = getMaxDefinitionLevel(schemaPath);
  const reader = { view: new DataView(bytes), offset: 0 };
  let values: unknown[] | undefined;
  let dictionary: DecodedArray | undefined;
  let row = 0;
  while (row < rows) {
    if (reader.offset >= bytes.byteLength) throw new Error(`column ${column} ends after ${row} of its ${rows} values`);
    const header = parquetHeader(reader);
    const page = new Uint8Array(bytes, reader.offset, header.compressed_page_size);
    reader.offset += header.compressed_page_size;
    const size = Number(header.uncompressed_page_size);
    let read: { count: number; decoded: DecodedArray; levels: number[] | undefined };
    if (header.type === 'DICTIONARY_PAGE' && header.dictionary_page_header) {
      const plain = decompressPage(page, size, meta.codec, compressors);
      const dictionaryReader = { view: new DataView(plain.buffer, plain.byteOffset, plain.byteLength), offset: 0 };
      dictionary = convert(readPlain(dictionaryReader, meta.type, header.dictionary_page_header.num_values, element.type_length), decoder);
      continue;
    }
    if (header.type === 'DATA_PAGE' && header.data_page_header) {
      const { definitionLevels, dataPage } = readDataPage(decompressPage(page, size, meta.codec, compressors), header.data_page_header, decoder);
      const decoded = convertWithDictionary(dataPage, dictionary, header.data_page_header.encoding, decoder);
      read = { count: header.data_page_header.num_values, decoded, levels: definitionLevels };
    } else if (header.type === 'DATA_PAGE_V2' && header.data_page_header_v2) {
      const { definitionLevels, dataPage } = readDataPageV2(page, header, decoder);
      const decoded = convertWithDictionary(dataPage, dictionary, header.data_page_header_v2.encoding, decoder);
      read = { count: header.data_page_header_v2.num_values, decoded, levels: definitionLevels };
    } else throw new Error(`column ${column} has a page of type ${String(header.type)} without its header, or of a type not read`);
    // a chunk of one page without nulls keeps its array as decoded (a typed array for numbers)
    if (row === 0 && read.count === rows && !read.levels?.length && read.decoded.length === rows) return read.decoded;
    values ??= new Array<unknown>(rows);
    row = place(values, row, read, defined, column);
  }
  return values ?? [];
}

/** Places a page's rows from `row` on: its values in order, null where a row's definition level is below `defined`. */
function place(
  values: unknown[],
  row: number,
  { count, decoded, levels }: { count: number; decoded: DecodedArray; levels: number[] | undefined },
  defined: number,
  column: string
): number {
  if (row + count > values.length)
    throw new Error(`column ${column} has a page of ${count} values from row ${row}, past the ${values.length} of its row group`);
  let next = 0;
  if (!levels || levels.length === 0) for (; next < count; next++) values[row + next] = decoded[next];
  else for (let i = 0; i < count; i++) values[row + i] = levels[i] === defined ? decoded[next++] : null;
  if (next !== decoded.length) throw new Error(`column ${column} has a page of ${decoded.length} values where its rows hold ${next}`);
  return row + count;
}
