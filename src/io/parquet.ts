// Parquet files, read row group by row group with hyparquet (pure JavaScript; Snappy built in,
// Zstandard, gzip, Brotli and LZ4 from hyparquet-compressors): each row is handed to the same row
// handlers as a JSON Lines object, so every format is checked by one code path.
import { open } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { asyncBufferFromFile, parquetMetadataAsync, parquetRead, parquetSchema, type FileMetaData } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { InputError } from '../errors.js';
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

/**
 * Reads a Parquet file's rows, one row group at a time (memory holds one group's rows), through
 * `rows`. A problem found in a row names it (`row 12`); a file that is not Parquet, is truncated,
 * or uses a codec hyparquet cannot read is bad input that says so.
 */
export async function readParquetRows<Sink, Result>(path: string, cwd: string, name: string, rows: RowReader<Sink, Result>): Promise<Result> {
  const fail = (message: string): never => {
    throw new InputError({ source: name, message });
  };
  let metadata: FileMetaData;
  let file: Awaited<ReturnType<typeof asyncBufferFromFile>>;
  try {
    file = await asyncBufferFromFile(resolve(cwd, path));
    metadata = await parquetMetadataAsync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return fail(`file not found (looked in ${cwd})`);
    if (code === 'EISDIR') return fail('is a directory, expected a file');
    return fail(`is not a readable Parquet file (${(error as Error).message}): is it truncated?`);
  }
  const columns = parquetSchema(metadata).children.map((child) => {
    if (child.children.length > 0) fail(`column ${JSON.stringify(child.element.name)} is nested (a list, map or struct): expected one value a row`);
    return child.element.name;
  });
  let sink: Sink;
  try {
    sink = rows.start(columns, 1);
  } catch (error) {
    // the columns are the file's schema, not a row's
    if (error instanceof InputError) throw new InputError(error.problems.map(({ line: _line, ...problem }) => problem));
    throw error;
  }
  try {
    let first = 0;
    for (const group of metadata.row_groups) {
      const count = Number(group.num_rows);
      let rowsOfGroup: Array<Record<string, unknown>> = [];
      await parquetRead({
        file,
        metadata,
        compressors,
        rowStart: first,
        rowEnd: first + count,
        rowFormat: 'object',
        onComplete: (read) => (rowsOfGroup = read)
      });
      rowsOfGroup.forEach((row, i) => rows.jsonRow(sink, jsonFields(name, row, columns, first + i + 1), first + i + 1));
      first += count;
    }
    return rows.finish(sink, columns);
  } catch (error) {
    if (error instanceof InputError) throw asRows(error);
    return fail(`cannot be read: ${(error as Error).message}`);
  }
}

/** A Parquet file has rows, not lines: problems name the row. */
function asRows(error: InputError): InputError {
  return new InputError(error.problems.map(({ line, ...problem }) => (line === undefined ? problem : { ...problem, path: `row ${line}` })));
}
