import { NO_PROGRESS, type Progress } from '../model/progress.js';
import { countedRows } from '../read/predictions/csv-lane.js';
import { predictionsFileReader, type RowReader } from '../read/predictions/file-reader.js';
import { formatCount } from '../format.js';
import type { RegressionRead } from '../read/predictions/regression-reader.js';
import { rowsOfTask, type RowTask, type TaskRead } from '../read/predictions/row-task.js';
import { settleMedian } from './median-passes.js';
import { isParquet } from './parquet-file.js';
import { readFileInChunks } from './predictions.js';
import { SPLIT, type SplitOptions } from './split-plan.js';
import { readInChunks } from './chunk-table.js';
import { readInParts } from './split-table.js';

/** A table of rows at `path`: Parquet (by extension or magic bytes), else CSV or JSON Lines, streamed through `rows`. */
export function readTable<Sink, Result>(path: string, cwd: string, rows: RowReader<Sink, Result>, name = path, progress = NO_PROGRESS): Promise<Result> {
  return readCounting(path, cwd, name, rows, progress, async () => undefined);
}

/**
 * A predictions table read as `task`, as readTable reads it; a large plain CSV file is read in two
 * parts at once when the task's tallies merge exactly (split-table.ts), a regression's in chunks
 * (chunk-table.ts).
 */
export async function readPredictionsTable<T extends RowTask>(
  path: string,
  cwd: string,
  task: T,
  progress = NO_PROGRESS,
  split: SplitOptions = SPLIT
): Promise<TaskRead<T>> {
  const { rows, parts, chunks } = rowsOfTask(task);
  const read = await readCounting(path, cwd, task.spec.file, rows, progress, async (counted) => {
    if (chunks) return readInChunks(path, cwd, task, counted, chunks, split, counted.also);
    return parts ? readInParts(path, cwd, task, counted, parts, split, counted.also) : undefined;
  });
  // a regression's median takes more passes when its errors drift along the file
  if (task.kind === 'regression') await settleMedian(read as RegressionRead, task.spec, (again, name) => readTable(path, cwd, again, name, progress));
  return read;
}

/** Reads the table with its rows counted for the progress; `inParts` may read a CSV file in parts, else it is read in one pass. */
async function readCounting<Sink, Result>(
  path: string,
  cwd: string,
  name: string,
  rows: RowReader<Sink, Result>,
  progress: Progress,
  inParts: (counted: CountedRows<Sink, Result>) => Promise<Result | undefined>
): Promise<Result> {
  const counted = countingRows(rows, progress);
  progress.start(`model-gate: reading ${name}`);
  try {
    if (await isParquet(path, cwd)) return await (await import('./parquet.js')).readParquetRows(path, cwd, name, counted);
    return (await inParts(counted)) ?? readFileInChunks(path, cwd, predictionsFileReader(name, counted));
  } finally {
    progress.done(`${formatCount(counted.count())} rows read`);
  }
}

type CountedRows<Sink, Result> = RowReader<Sink, Result> & { count(): number; also(rows: number): void };

/** Every 65,536th row tells the progress how many were read; `also` counts rows read elsewhere. */
function countingRows<Sink, Result>(rows: RowReader<Sink, Result>, progress: Progress): CountedRows<Sink, Result> {
  let count = 0;
  const add = (records: number): void => {
    const before = count;
    count += records;
    if (Math.floor(before / 0x10000) !== Math.floor(count / 0x10000)) progress.update(`${formatCount(count)} rows read`);
  };
  return {
    ...countedRows(rows, add),
    count: () => count,
    also: (rows) => (count += rows)
  };
}
