// Whether a file is Parquet, without loading the Parquet reader: runs on CSV or JSON Lines never load
// hyparquet and its codecs (parquet.ts, imported when a file is Parquet).
import { open } from 'node:fs/promises';
import { extname, resolve } from 'node:path';

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
