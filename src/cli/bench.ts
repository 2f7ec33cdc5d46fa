import { InputError } from '../errors.js';
import { parseOptions, type OptionName } from '../options.js';
import { renderLatencyText } from '../report/latency-text.js';
import { neutralizeJson } from '../report/workflow-commands.js';
import { EXIT, parseFlags, text, type FlagSpec, type Io } from './io.js';

const LATENCY_FLAGS: readonly OptionName[] = ['model', 'baseline-model', 'latency-batch-sizes', 'latency-warmup', 'latency-iterations', 'latency-duration', 'latency-threads', 'input-shapes'];

/** `model-gate bench --model F`: measure only, no gates. */
export async function bench(args: readonly string[], io: Io): Promise<number> {
  const flags: FlagSpec = { json: { type: 'boolean' } };
  for (const name of LATENCY_FLAGS) flags[name] = { type: 'string' };
  const { values } = parseFlags('bench', args, flags);
  const options = parseOptions(Object.fromEntries(LATENCY_FLAGS.map((name) => [name, text(values[name])])), (name) => `--${name}`);
  if (!options.latency) throw new InputError({ file: '--model', message: 'required: the ONNX model to measure' });
  const { measureLatency } = await import('../measure/harness.js');
  const latency = await measureLatency({ ...options.latency, cwd: io.cwd });
  io.stdout(values.json ? neutralizeJson(`${JSON.stringify(latency, null, 2)}\n`) : renderLatencyText(latency));
  return EXIT.ok;
}
