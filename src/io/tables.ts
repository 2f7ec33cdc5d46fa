import { predictionsFileReader, type RowReader } from '../read/predictions/file-reader.js';
import { isParquet, readParquetRows } from './parquet.js';
import { readFileInChunks } from './predictions.js';

/** A table of rows at `path`: Parquet (by extension or magic bytes), else CSV or JSON Lines, streamed through `rows`. */
export async function readTable<Sink, Result>(path: string, cwd: string, rows: RowReader<Sink, Result>, name = path): Promise<Result> {
  if (await isParquet(path, cwd)) return readParquetRows(path, cwd, name, rows);
  return readFileInChunks(path, cwd, predictionsFileReader(name, rows));
}
