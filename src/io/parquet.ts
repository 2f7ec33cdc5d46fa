// Parquet files, read row group by row group with hyparquet (pure JavaScript; Snappy built in,
// Zstandard, gzip, Brotli and LZ4 from hyparquet-compressors): each row is handed on as an object,
// as a JSON Lines line is, so every format is checked by the same code.
import { open } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { asyncBufferFromFile, parquetMetadataAsync, parquetRead, parquetSchema, type AsyncBuffer, type FileMetaData } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { InputError } from '../errors.js';
import type { ObjectRows } from '../read/chunk-reader.js';
import { jsonFields, type RowReader } from '../read/predictions/file-reader.js';

const MAGIC = 'PAR1';

/** A Parquet file: by its extension, or by its first four bytes. */
export async function isParquet(path: string, cwd: string): Promise<boolean> {
  if (extname(path).toLowerCase() === '.parquet') return true;
  let handle;
  try {
    handle = await open(resolve(cwd, path), 'r');
    const head = Buffer.alloc(4);
    await handle.read(head, 0, 4, 0);
    return head.toString('latin1') === MAGIC;
  } catch {
    // the reader that follows says what is wrong with the file
    return false;
  } finally {
    await handle?.close();
  }
}

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
  await eachRow(table, name, (row, number) => rows.jsonRow(sink, jsonFields(name, row, table.columns, number), number));
  return rows.finish(sink, table.columns);
}

/** Reads a Parquet file's rows as objects; `afterGroup` hears when a row group is done. */
export async function readParquetObjects<T>(path: string, cwd: string, name: string, objects: ObjectRows<T>, afterGroup?: () => void): Promise<T> {
  const table = await openParquet(path, cwd, name);
  await eachRow(table, name, (row, number) => objects.add(row, number), afterGroup);
  try {
    return objects.result();
  } catch (error) {
    throw error instanceof InputError ? asRows(error) : error;
  }
}

interface Table {
  file: AsyncBuffer;
  metadata: FileMetaData;
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
  const columns = parquetSchema(metadata).children.map((child) =>
    child.children.length > 0
      ? fail(`column ${JSON.stringify(child.element.name)} is nested (a list, map or struct): expected one value a row`)
      : child.element.name
  );
  return { file, metadata, columns };
}

/** Every row, one row group at a time (memory holds one group's rows), numbered from 1; problems name the row. */
async function eachRow(table: Table, name: string, visit: (row: Record<string, unknown>, number: number) => void, afterGroup?: () => void): Promise<void> {
  const { file, metadata } = table;
  let first = 0;
  for (const group of metadata.row_groups) {
    const count = Number(group.num_rows);
    let rows: Array<Record<string, unknown>> = [];
    try {
      await parquetRead({ file, metadata, compressors, rowStart: first, rowEnd: first + count, rowFormat: 'object', onComplete: (read) => (rows = read) });
    } catch (error) {
      throw new InputError({ source: name, message: `cannot be read: ${(error as Error).message}` });
    }
    try {
      rows.forEach((row, i) => visit(row, first + i + 1));
    } catch (error) {
      throw error instanceof InputError ? asRows(error) : error;
    }
    afterGroup?.();
    first += count;
  }
}

/** A Parquet file has rows, not lines: problems name the row. */
function asRows(error: InputError): InputError {
  return new InputError(error.problems.map(({ line, ...problem }) => (line === undefined ? problem : { ...problem, path: `row ${line}` })));
}
