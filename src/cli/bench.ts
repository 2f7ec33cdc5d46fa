import { InputError } from '../errors.js';
import { stderrProgress } from './progress.js';
import { parseOptions } from '../options/parse.js';
import { cliLabel } from '../options/table.js';
import { renderLatencyText } from '../report/latency-text.js';
import { neutralizeJson } from '../report/workflow-commands.js';
import { EXIT, parseFlags, type Io } from './io.js';

/** `model-gate bench --model F`: measure only, no gates. */
export async function bench(args: readonly string[], io: Io): Promise<number> {
  const { values } = parseFlags('bench', args);
  const { json, ...latencyFlags } = values;
  const options = parseOptions(latencyFlags, cliLabel);
  if (!options.latency) throw new InputError({ source: cliLabel('model'), message: 'required: the ONNX model to measure' });
  const { measureLatency } = await import('../measure/harness.js');
  const latency = await measureLatency(options.latency, io.cwd, stderrProgress(io));
  io.stdout(json ? neutralizeJson(`${JSON.stringify(latency, null, 2)}\n`) : renderLatencyText(latency));
  return EXIT.ok;
}
