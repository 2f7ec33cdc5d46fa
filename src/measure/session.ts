// onnxruntime sessions: the runtime loaded on first use (runs without a model never load its native
// library), models opened and described, their runs' errors turned into input errors, sessions released.
import { stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { InferenceSession, Tensor } from 'onnxruntime-node';
import { InputError } from '../errors.js';
import { checkFinite } from './finite-outputs.js';
import { formatShape } from './input-shapes.js';
import { findOnnxRuntime, missingRuntimeMessage, runtimeEntry } from './runtime.js';
import type { ModelInfo, ValueInfo, FiniteCheck } from '../model/latency.js';
import type { InputSpec } from './onnx-inputs.js';

export type Ort = typeof import('onnxruntime-node');

/** Input name → tensor, as session.run takes them. */
export type Feeds = Record<string, Tensor>;

/**
 * onnxruntime-node, imported on first use from where findOnnxRuntime finds a binary for this platform;
 * `workspace` defaults to the working directory. It is CommonJS, so its exports may sit under `default`.
 */
export async function loadOnnxRuntime(workspace = process.cwd()): Promise<Ort> {
  const search = { platform: process.platform, arch: process.arch, beside: dirname(fileURLToPath(import.meta.url)), workspace };
  const found = findOnnxRuntime(search);
  if (!('root' in found)) throw new RuntimeMissingError(missingRuntimeMessage(found, search));
  const module = (await import(pathToFileURL(runtimeEntry(found.root)).href)) as Ort & { default?: Ort };
  return module.InferenceSession ? module : (module.default as Ort);
}

class RuntimeMissingError extends Error {}

/** loadOnnxRuntime, its failure an InputError on `model`. */
export async function loadOnnxRuntimeFor(model: string, workspace: string): Promise<Ort> {
  return loadOnnxRuntime(workspace).catch((error: Error) => {
    const message =
      error instanceof RuntimeMissingError
        ? error.message
        : `onnxruntime-node cannot be loaded on ${process.platform}-${process.arch} (${error.message.split('\n')[0]}); leave the model out, or install an onnxruntime-node that runs here in the workspace`;
    throw new InputError({ source: model, message });
  });
}

/** The session settings of every measurement: CPU, `threads` intra-op threads, one inter-op thread, sequential execution. */
export function sessionOptions(threads: number): InferenceSession.SessionOptions {
  return { executionProviders: ['cpu'], intraOpNumThreads: threads, interOpNumThreads: 1, executionMode: 'sequential', graphOptimizationLevel: 'all' };
}

/** The size of the .onnx file at `path`; a missing file or a folder is an InputError. */
export async function fileSize(path: string, cwd: string): Promise<number> {
  try {
    const info = await stat(resolve(cwd, path));
    if (info.isDirectory()) throw new InputError({ source: path, message: 'is a directory, expected an .onnx file' });
    return info.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError({ source: path, message: code === 'ENOENT' ? `file not found (looked in ${cwd})` : `cannot be read: ${(error as Error).message}` });
  }
}

export interface OpenModel {
  session: InferenceSession;
  info: ModelInfo;
}

/** Creates the model's session, timing its creation; a model onnxruntime cannot load is an InputError. */
export async function openModel(ort: Ort, path: string, cwd: string, threads: number, sizeBytes: number): Promise<OpenModel> {
  const start = process.hrtime.bigint();
  let session: InferenceSession;
  try {
    session = await ort.InferenceSession.create(resolve(cwd, path), sessionOptions(threads));
  } catch (error) {
    // onnxruntime says "Load model from <absolute path> failed:<reason>"; the problem names the file already
    const reason = String((error as Error).message ?? error).replace(/^Load model from .*? failed:\s*/s, '');
    throw new InputError({ source: path, message: `onnxruntime cannot load this model: ${reason}` });
  }
  const sessionCreationMs = Number(process.hrtime.bigint() - start) / 1e6;
  return {
    session,
    info: { path, sizeBytes, sessionCreationMs, inputs: describe(session.inputMetadata), outputs: describe(session.outputMetadata) }
  };
}

function describe(metadata: readonly InferenceSession.ValueMetadata[]): ValueInfo[] {
  return metadata.map((m) => (m.isTensor ? { name: m.name, type: m.type, shape: [...m.shape] } : { name: m.name, type: 'non-tensor', shape: [] }));
}

/** Releases every session, ignoring failures: they come after the measurement, or after the error being reported. */
export async function releaseAll(sessions: readonly InferenceSession[]): Promise<void> {
  await Promise.all(sessions.map((session) => session.release().catch(() => undefined)));
}

export function toFeeds(ort: Ort, specs: readonly InputSpec[]): Feeds {
  const feeds: Feeds = {};
  for (const spec of specs) {
    feeds[spec.name] = new ort.Tensor(spec.type as 'float32', spec.data as Float32Array, spec.shape);
  }
  return feeds;
}

/** One run before the measured ones: its outputs checked for NaN and infinities, its errors naming the model and what it was fed. */
export async function checkOutputs(model: OpenModel, feeds: Feeds, specs: readonly InputSpec[]): Promise<FiniteCheck> {
  let outputs: InferenceSession.ReturnType;
  try {
    outputs = await model.session.run(feeds);
  } catch (error) {
    const fed = specs.map((s) => `${s.name} ${s.type} ${formatShape(s.shape)}`).join(', ');
    throw new InputError({
      source: model.info.path,
      message: `onnxruntime cannot run this model on the generated inputs (${fed}): ${(error as Error).message}`
    });
  }
  return checkFinite(outputs, model.session.outputNames);
}
