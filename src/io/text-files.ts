// Text files read whole, with a size limit, and the files a list of files and folders names.
import { open, readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { InputError } from '../errors.js';
import { formatCount } from '../format.js';
import { formatSize, MAX_TEXT_FILE_BYTES } from '../read/limits.js';

/** How large a kind of file may be, and its name in the message that says so. */
export interface SizeLimit {
  bytes: number;
  /** "metrics files" */
  what: string;
}

const TEXT_FILES: SizeLimit = { bytes: MAX_TEXT_FILE_BYTES, what: 'files read whole' };

/**
 * Reads a UTF-8 text file of at most `limit.bytes`: a larger one is refused from its size before
 * anything is read, and a pipe or a growing file is read no further than one byte past the limit.
 */
export async function readText(path: string, cwd: string, limit: SizeLimit = TEXT_FILES): Promise<string> {
  const tooLarge = (size: string): InputError =>
    new InputError({ source: path, message: `the file is ${size}; ${limit.what} are limited to ${formatSize(limit.bytes)}` });
  try {
    const handle = await open(resolve(cwd, path), 'r');
    try {
      const info = await handle.stat();
      if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
      if (info.size > limit.bytes) throw tooLarge(`${formatCount(info.size)} bytes`);
      const buffer = Buffer.alloc(info.isFile() ? info.size + 1 : limit.bytes + 1);
      let filled = 0;
      for (;;) {
        const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, null);
        if (bytesRead === 0) break;
        filled += bytesRead;
        if (filled > limit.bytes) throw tooLarge(`more than ${formatCount(limit.bytes)} bytes`);
        if (filled === buffer.length) break; // a regular file that grew while read: what was read is the file
      }
      return buffer.toString('utf8', 0, filled);
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const message =
      code === 'ENOENT'
        ? `file not found (looked in ${cwd})`
        : code === 'EISDIR'
          ? 'is a directory, expected a file'
          : `cannot be read: ${(error as Error).message}`;
    throw new InputError({ source: path, message });
  }
}

/** Which files of a folder are read: the pattern their names match, and how a message says it. */
export interface FileKind {
  pattern: RegExp;
  /** ".yaml, .yml or .json" */
  extensions: string;
}

/**
 * The files named by `paths`, in their order: a file as given, a folder's files of `kind`
 * (recursively, in name order, skipping hidden folders), each path joined to its folder's.
 */
export async function filesIn(paths: readonly string[], cwd: string, kind: FileKind): Promise<string[]> {
  return (await Promise.all(paths.map((path) => filesAt(path, cwd, kind)))).flat();
}

async function filesAt(path: string, cwd: string, kind: FileKind): Promise<string[]> {
  const info = await stat(resolve(cwd, path)).catch(() => undefined);
  if (!info) throw new InputError({ source: path, message: `file or folder not found (looked in ${cwd})` });
  if (!info.isDirectory()) return [path];
  const found = await walk(path, cwd, kind.pattern);
  if (found.length === 0) throw new InputError({ source: path, message: `the folder holds no ${kind.extensions} file` });
  return found;
}

async function walk(folder: string, cwd: string, pattern: RegExp): Promise<string[]> {
  const entries = (await readdir(resolve(cwd, folder), { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  const nested = await Promise.all(
    entries.map(async (entry): Promise<string[]> => {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) return entry.name.startsWith('.') ? [] : walk(path, cwd, pattern);
      return entry.isFile() && pattern.test(entry.name) ? [path] : [];
    })
  );
  return nested.flat();
}
