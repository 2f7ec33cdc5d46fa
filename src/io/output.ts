import { access, constants, copyFile, mkdir, stat, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { InputError } from '../errors.js';

/**
 * Creates the folder of a file the run will write and checks that the file can be written, so a
 * run finds an unwritable destination before it writes any of its outputs.
 */
export async function checkWritable(path: string, option: string): Promise<void> {
  try {
    await mkdir(dirname(path), { recursive: true });
    const existing = await stat(path).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined;
      throw error;
    });
    if (existing?.isDirectory()) throw Object.assign(new Error('is a folder'), { code: 'EISDIR' });
    await access(existing ? path : dirname(path), constants.W_OK);
  } catch (error) {
    throw new InputError({ source: option, message: `${path} ${why(error as NodeJS.ErrnoException)}` });
  }
}

/** Writes a file the user asked for, creating its folder; a path that cannot be written is bad input. */
export async function writeOutput(path: string, content: string, option: string): Promise<void> {
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, content);
  } catch (error) {
    throw new InputError({ source: option, message: `${path} ${why(error as NodeJS.ErrnoException)}` });
  }
}

/**
 * A file the run made in a temporary folder, copied to where the user asked when the run writes its
 * outputs: a run that stops on bad input leaves nothing behind.
 */
export interface PendingFile {
  from: string;
  to: string;
  option: string;
  /** Removes the temporary file. */
  dispose(): Promise<void>;
}

export async function copyPending({ from, to, option }: PendingFile): Promise<void> {
  try {
    await mkdir(dirname(to), { recursive: true });
    await copyFile(from, to);
  } catch (error) {
    throw new InputError({ source: option, message: `${to} ${why(error as NodeJS.ErrnoException)}` });
  }
}

function why(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'EISDIR':
      return 'is a folder: expected a file path';
    case 'ENOTDIR':
    case 'EEXIST':
      return 'cannot be created: a part of the path is a file, not a folder';
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return 'cannot be written: permission denied';
    default:
      return `cannot be written: ${error.message}`;
  }
}
