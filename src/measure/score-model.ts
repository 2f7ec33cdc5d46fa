// A model opened for scoring: its outputs planned when opened, its feeds once eval-data's columns are known.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { resolve } from 'node:path';
import type { InferenceSession } from 'onnxruntime-node';
import { InputError } from '../errors.js';
import type { EvalColumns } from '../read/eval-data/columns.js';
import type { EvalBatch } from '../read/eval-data/reader.js';
import { buildFeeds, planFeeds, type FeedPlan } from './score-inputs.js';
import { OutputReader, planOutputs, type OutputPlan, type ScoredRows } from './score-outputs.js';
import { fileSize, openModel, type Ort } from './session.js';

export interface ScoringModelOptions {
  threads: number;
  positiveLabel: string;
  threshold: number;
}

export class ScoringModel {
  private feeds: FeedPlan | undefined;
  private readonly reader: OutputReader;

  private constructor(
    private readonly ort: Ort,
    readonly path: string,
    readonly session: InferenceSession,
    readonly outputs: OutputPlan,
    options: ScoringModelOptions
  ) {
    this.reader = new OutputReader(outputs, path, options.positiveLabel, options.threshold);
  }

  /** Opens the model and plans which outputs to read; the session is the caller's to release. */
  static async open(ort: Ort, path: string, cwd: string, options: ScoringModelOptions): Promise<ScoringModel> {
    const { session } = await openModel(ort, path, cwd, options.threads, await fileSize(path, cwd));
    try {
      return new ScoringModel(ort, path, session, planOutputs(session.outputMetadata, path), options);
    } catch (error) {
      await session.release().catch(() => undefined);
      throw error;
    }
  }

  planFeeds(columns: EvalColumns, evalData: string, explicitFeatures: boolean, featureColumnsLabel: string): FeedPlan {
    this.feeds = planFeeds(this.session.inputMetadata, columns.features, { model: this.path, evalData, explicitFeatures, featureColumnsLabel });
    return this.feeds;
  }

  async score(batch: EvalBatch, evalData: string): Promise<ScoredRows> {
    if (!this.feeds) throw new Error('scored before the feeds were planned');
    let outputs: InferenceSession.ReturnType;
    try {
      outputs = await this.session.run(buildFeeds(this.ort, this.feeds, batch), this.outputs.fetch);
    } catch (error) {
      const lines = `${batch.lines[0]}–${batch.lines[batch.rows - 1]}`;
      throw new InputError({ source: this.path, message: `onnxruntime cannot run this model on ${evalData}, lines ${lines}: ${(error as Error).message}` });
    }
    return this.reader.read(outputs, batch.rows);
  }
}

/** The SHA-256 of a file, in hex. */
export async function sha256File(path: string, cwd: string): Promise<string> {
  const hash = createHash('sha256');
  try {
    for await (const chunk of createReadStream(resolve(cwd, path))) hash.update(chunk as Buffer);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError({ source: path, message: code === 'ENOENT' ? `file not found (looked in ${cwd})` : `cannot be read: ${(error as Error).message}` });
  }
  return hash.digest('hex');
}
