// What the eval-data worker and the main thread say to each other.
import type { Problem } from '../model/problem.js';
import type { EvalColumns } from '../read/eval-data/columns.js';
import type { FeedNeeds, EvalBatch, EvalDataSpec } from '../read/eval-data/reader.js';

/** Slots of the shared control array: whether the columns were answered, and how many batches await scoring. */
export const ANSWERED = 0;
export const IN_FLIGHT = 1;
/** Batches read ahead of the scoring at most: enough that a burst of slow batches does not stall the reading. */
export const MAX_IN_FLIGHT = 32;

export interface WorkerInput {
  path: string;
  cwd: string;
  spec: Omit<EvalDataSpec, 'onColumns'>;
  /** Two Int32 slots: ANSWERED and IN_FLIGHT. */
  control: SharedArrayBuffer;
}

export type FromWorker =
  | { kind: 'columns'; columns: EvalColumns }
  | { kind: 'batch'; batch: PackedBatch }
  | { kind: 'done'; rows: number; sha256: string }
  | { kind: 'failed'; problems: readonly Problem[] }
  | { kind: 'crashed'; message: string };

/** The main thread's answer to the columns: how to read each feature column, or none (the run stops). */
export interface NeedsAnswer {
  needs?: FeedNeeds;
}

/** A batch as posted: its text columns each packed into one string, which crosses threads in one copy. */
export type PackedBatch = Omit<EvalBatch, 'labels' | 'ids' | 'sensitive' | 'texts'> & {
  labels: Packed | undefined;
  ids: Packed | undefined;
  sensitive: Packed[];
  texts: (Packed | undefined)[];
};

/** Texts joined by NUL, or, when one holds a NUL, the array itself. */
type Packed = string | string[];

export function packBatch(batch: EvalBatch): PackedBatch {
  const pack = (texts: string[] | undefined): Packed | undefined => {
    if (texts === undefined) return undefined;
    const rows = texts.length === batch.rows ? texts : texts.slice(0, batch.rows);
    const joined = rows.join('\0');
    let separators = 0;
    for (let at = joined.indexOf('\0'); at >= 0; at = joined.indexOf('\0', at + 1)) separators++;
    return separators === rows.length - 1 ? joined : rows;
  };
  return {
    ...batch,
    labels: pack(batch.labels),
    ids: pack(batch.ids),
    sensitive: batch.sensitive.map((texts) => pack(texts) as Packed),
    texts: batch.texts.map(pack)
  };
}

export function unpackBatch(batch: PackedBatch): EvalBatch {
  const unpack = (packed: Packed | undefined): string[] | undefined => (typeof packed === 'string' ? packed.split('\0') : packed);
  return {
    ...batch,
    labels: unpack(batch.labels),
    ids: unpack(batch.ids),
    sensitive: batch.sensitive.map((packed) => unpack(packed) as string[]),
    texts: batch.texts.map(unpack)
  };
}
