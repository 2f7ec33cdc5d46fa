// Parquet files, read row group by row group with hyparquet (pure JavaScript; Snappy built in,
// Zstandard, gzip, Brotli and LZ4 from hyparquet-compressors): each row is handed on as a JSON Lines
// row is, so every format is checked by the same code.
import { resolve } from 'node:path';
import { asyncBufferFromFile, parquetMetadataAsync, parquetSchema, type AsyncBuffer, type FileMetaData } from 'hyparquet';
import { getTreePath } from 'hyparquet/src/schema.js';
import type { SchemaTree } from 'hyparquet/src/types.js';
import { compressors } from 'hyparquet-compressors';
import { InputError } from '../errors.js';
import { quote } from '../read/quote.js';
import { columnChunkRange, readFlatColumn } from './parquet-column.js';
import type { ObjectRows } from '../read/chunk-reader.js';
import { valueNumber, valueText, type JsonFields, type RowReader } from '../read/predictions/file-reader.js';

/** Reads a Parquet file's rows through a predictions row reader; its columns are the file's schema. */
export async function readParquetRows<Sink, Result>(path: string, cwd: string, name: string, rows: RowReader<Sink, Result>): Promise<Result> {
  const table = await openParquet(path, cwd, name);
  let sink: Sink;
  try {
    sink = rows.start(table.columns, 1);
  } catch (error) {
    // the columns are the file's schema, not a row's
    if (error instanceof InputError) throw new InputError(error.problems.map(({ line: _line, ...problem }) => problem));
    throw error;
  }
  const fields = new ColumnFields(name, table.columns);
  await eachGroup(table, name, (group, first) => {
    fields.group = group;
    for (let i = 0; i < group.rows; i++) {
      fields.index = i;
      fields.line = first + i + 1;
      rows.jsonRow(sink, fields, fields.line);
    }
  });
  return rows.finish(sink, table.columns);
}

/** Reads a Parquet file's rows as objects; `afterGroup` hears when a row group is done. */
export async function readParquetObjects<T>(path: string, cwd: string, name: string, objects: ObjectRows<T>, afterGroup?: () => void): Promise<T> {
  const table = await openParquet(path, cwd, name);
  await eachGroup(
    table,
    name,
    (group, first) => {
      for (let i = 0; i < group.rows; i++) {
        const row: Record<string, unknown> = {};
        for (const [column, values] of group.columns) row[column] = values[i];
        objects.add(row, first + i + 1);
      }
    },
    afterGroup
  );
  try {
    return objects.result();
  } catch (error) {
    throw error instanceof InputError ? asRows(error) : error;
  }
}

interface Table {
  file: AsyncBuffer;
  metadata: FileMetaData;
  schema: SchemaTree;
  columns: string[];
}

/** The file's metadata and columns; a file that is not Parquet, is truncated or nests its columns is bad input. */
async function openParquet(path: string, cwd: string, name: string): Promise<Table> {
  const fail = (message: string): never => {
    throw new InputError({ source: name, message });
  };
  let file: AsyncBuffer;
  let metadata: FileMetaData;
  try {
    file = await asyncBufferFromFile(resolve(cwd, path));
    metadata = await parquetMetadataAsync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return fail(`file not found (looked in ${cwd})`);
    if (code === 'EISDIR') return fail('is a directory, expected a file');
    return fail(`is not a readable Parquet file (${(error as Error).message}): is it truncated?`);
  }
  const schema = parquetSchema(metadata);
  const columns = schema.children.map((child) =>
    child.children.length > 0
      ? fail(`column ${JSON.stringify(child.element.name)} is nested (a list, map or struct): expected one value a row`)
      : child.element.name
  );
  return { file, metadata, schema, columns };
}

/** A row group's values, column by column. */
interface Group {
  rows: number;
  columns: Map<string, ArrayLike<unknown>>;
}

/**
 * Every row group in turn, its columns read whole (memory holds one group), with the number of its
 * first row (0-based); a problem the visitor throws names the row. Columns, not row objects: building
 * an object a row cost as much as decoding the file.
 */
async function eachGroup(table: Table, name: string, visit: (group: Group, first: number) => void, afterGroup?: () => void): Promise<void> {
  const { file, metadata, schema } = table;
  let first = 0;
  for (const rowGroup of metadata.row_groups) {
    const count = Number(rowGroup.num_rows);
    const columns = new Map<string, ArrayLike<unknown>>();
    try {
      for (const chunk of rowGroup.columns) {
        const meta = chunk.meta_data;
        if (!meta || chunk.file_path)
          throw new Error(meta ? `a column's data is in another file, ${quote(chunk.file_path ?? '')}` : 'a column has no metadata');
        const [start, end] = columnChunkRange(meta);
        columns.set(
          meta.path_in_schema.join('.'),
          readFlatColumn(await file.slice(start, end), meta, getTreePath(schema, meta.path_in_schema), count, compressors)
        );
      }
    } catch (error) {
      throw new InputError({ source: name, message: `cannot be read: ${(error as Error).message}` });
    }
    try {
      visit({ rows: count, columns }, first);
    } catch (error) {
      throw error instanceof InputError ? asRows(error) : error;
    }
    afterGroup?.();
    first += count;
  }
}

/** The fields of one row of a group, as JSON Lines rows give theirs: one object, moved from row to row. */
class ColumnFields implements JsonFields {
  group: Group = { rows: 0, columns: new Map() };
  /** The row in the group. */
  index = 0;
  /** The row in the file, from 1. */
  line = 0;

  constructor(
    private readonly file: string,
    private readonly names: readonly string[]
  ) {}

  // arrow functions: readers may take them off the object
  readonly text = (name: string): string => valueText(this.file, this.group.columns.get(name)?.[this.index], name, this.names, this.line);
  readonly number = (name: string): number => valueNumber(this.group.columns.get(name)?.[this.index]);
}

/** A Parquet file has rows, not lines: problems name the row. */
function asRows(error: InputError): InputError {
  return new InputError(error.problems.map(({ line, ...problem }) => (line === undefined ? problem : { ...problem, path: `row ${line}` })));
}
