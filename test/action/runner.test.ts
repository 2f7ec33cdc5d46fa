import { inertLog, type Log } from '../../src/action/runner.js';
import { commandsIn } from '../support/workflow-commands.js';

test('a log group title cannot start a line, nor carry a command', () => {
  const written: string[] = [];
  const record = (text: string): void => void written.push(text);
  const log: Log = {
    info: record,
    notice: record,
    warning: record,
    error: record,
    setFailed: record,
    startGroup: (title) => record(`::group::${title}`),
    endGroup: () => record('::endgroup::')
  };
  inertLog(log).startGroup('model-gate: reading a\n::error::owned\r\n##[error]also.csv');
  expect(written).toHaveLength(1);
  expect(written[0]).not.toMatch(/[\r\n]/);
  expect(commandsIn(written[0]!.slice('::group::'.length))).toEqual([]);
});
