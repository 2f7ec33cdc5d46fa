import { InputError } from '../errors.js';
import { TASKS, type Task } from '../model/task.js';
import { cliLabel } from '../options/table.js';
import { countsQuery, DIALECTS, type Dialect } from '../synthesize/counts-sql.js';
import { EXIT, parseFlags, type Io } from './io.js';

/** `model-gate sql --dialect D --table T …`: prints the aggregation query for evaluate --counts. */
export async function sql(args: readonly string[], io: Io): Promise<number> {
  const { values } = parseFlags('sql', args);
  const fail = (name: 'dialect' | 'table' | 'task', message: string): never => {
    throw new InputError({ source: cliLabel(name), message });
  };
  const dialect = (values.dialect ?? fail('dialect', `required: one of ${DIALECTS.join(', ')}`)) as Dialect;
  if (!DIALECTS.includes(dialect)) fail('dialect', `expected one of ${DIALECTS.join(', ')}, got ${JSON.stringify(dialect)}`);
  const table = values.table ?? fail('table', 'required: the table of predictions (project.dataset.table)');
  // auto, the option's default for evaluate, cannot be inferred before the query runs: a binary classifier
  const task = (values.task === undefined || values.task === 'auto' ? 'binary' : values.task) as Task;
  if (!TASKS.includes(task)) fail('task', `expected one of ${TASKS.join(', ')}, got ${JSON.stringify(task)}`);
  io.stdout(
    countsQuery({
      dialect,
      table,
      task,
      label: values.label ?? 'label',
      prediction: values.prediction ?? 'prediction',
      ...(values.score ? { score: values.score } : {}),
      sensitiveFeatures: (values['sensitive-features'] ?? '')
        .split(',')
        .map((f) => f.trim())
        .filter(Boolean),
      positiveLabel: values['positive-label'] ?? '1',
      labels: { table: cliLabel('table'), column: `${cliLabel('label')}, ${cliLabel('prediction')} or ${cliLabel('sensitive-features')}` }
    })
  );
  return EXIT.ok;
}
