import { stderrProgress } from '../../src/cli/progress.js';
import { commandsIn } from '../support/workflow-commands.js';

test('on a terminal one status line is redrawn in place, and cleared before lines to keep', () => {
  const clock = { t: 0 };
  let stderr = '';
  const progress = stderrProgress({ stderr: () => undefined, stderrTerminal: (text) => void (stderr += text) }, () => clock.t);
  progress.start('model-gate: reading big.csv');
  clock.t = 600;
  progress.update('65,536 rows read');
  clock.t = 650;
  progress.update('131,072 rows read'); // within 100 ms of the last: not drawn
  clock.t = 800;
  progress.update('196,608 rows read');
  clock.t = 1200;
  progress.done('200,000 rows read');
  expect(stderr).toBe(
    '\r\u001b[Kmodel-gate: reading big.csv: 65,536 rows read, 600 ms' +
      '\r\u001b[Kmodel-gate: reading big.csv: 196,608 rows read, 800 ms' +
      '\r\u001b[Kmodel-gate: reading big.csv: 200,000 rows read in 1.2 s\n'
  );
});

test('piped, statuses are plain lines, ten seconds apart', () => {
  const clock = { t: 0 };
  let stderr = '';
  const progress = stderrProgress({ stderr: (text) => void (stderr += text) }, () => clock.t);
  progress.start('model-gate: scoring eval.csv with model.onnx');
  for (const t of [1000, 2000, 5000, 12_000]) {
    clock.t = t;
    progress.update(`${t} rows scored`);
  }
  progress.done('12,345 rows scored');
  expect(stderr).toBe(
    'model-gate: scoring eval.csv with model.onnx: 2000 rows scored, 2.0 s\n' +
      'model-gate: scoring eval.csv with model.onnx: 12000 rows scored, 12.0 s\n' +
      'model-gate: scoring eval.csv with model.onnx: 12,345 rows scored in 12.0 s\n'
  );
  expect(stderr).not.toContain('\r');
});

test('on a terminal, a workflow command in a name is neutralized, and a line break cannot end the status line', () => {
  const clock = { t: 0 };
  let terminal = '';
  const progress = stderrProgress({ stderr: () => undefined, stderrTerminal: (text) => void (terminal += text) }, () => clock.t);
  progress.start('model-gate: reading a\n::error::owned.csv');
  clock.t = 600;
  progress.update('1 rows read');
  expect(terminal).not.toContain('\n');
  expect(commandsIn(terminal.replaceAll('\r\u001b[K', '\n'))).toEqual([]);
});
