import type { InferenceSession } from 'onnxruntime-node';
import { isFiniteFloat16 } from './float16.js';
import type { FiniteCheck } from '../model/latency.js';

/** Checks a run's floating-point outputs (float32, float64, float16) for NaN and infinities. */
export function checkFinite(outputs: InferenceSession.ReturnType, outputNames: readonly string[]): FiniteCheck {
  const nonFiniteOutputs = outputNames.filter((name) => {
    const value = outputs[name];
    return value !== undefined && 'type' in value && !allFinite(value.type, value.data);
  });
  return { finite: nonFiniteOutputs.length === 0, nonFiniteOutputs };
}

function allFinite(type: string, data: unknown): boolean {
  if (type === 'float16' && data instanceof Uint16Array) {
    // float16 as its bits (Node without Float16Array)
    for (const bits of data) if (!isFiniteFloat16(bits)) return false;
    return true;
  }
  if (type === 'float32' || type === 'float64' || type === 'float16') {
    for (const x of data as Iterable<number>) if (!Number.isFinite(x)) return false;
  }
  return true;
}
