import { InputError } from '../../errors.js';
import { quote, quoteList } from '../quote.js';

export interface PredictionColumns {
  label: number;
  prediction: number;
  score: number;
  id: number;
  weight: number;
  /** Index of each sensitive feature's column, in the order the user listed them. */
  sensitive: number[];
  names: readonly string[];
}

/** Finds the columns a predictions file needs; an error names what is missing and lists what is there. */
export function resolveColumns(names: readonly string[], sensitiveFeatures: readonly string[], file: string, line = 1): PredictionColumns {
  const seen = new Set<string>();
  for (const name of names) {
    if (seen.has(name)) throw new InputError({ source: file, line, message: `the column ${quote(name)} appears twice in the header` });
    seen.add(name);
  }
  const found = `columns found: ${quoteList(names)}`;
  const missing = ['label', 'prediction', ...sensitiveFeatures].filter((name) => !seen.has(name));
  if (missing.length > 0) {
    const what = quoteList(missing);
    const role = missing.every((m) => sensitiveFeatures.includes(m)) ? 'sensitive feature column' : 'required column';
    throw new InputError({ source: file, line, message: `${role}${missing.length > 1 ? 's' : ''} ${what} not found; ${found}` });
  }
  return {
    label: names.indexOf('label'),
    prediction: names.indexOf('prediction'),
    score: names.indexOf('score'),
    id: names.indexOf('id'),
    weight: names.indexOf('weight'),
    sensitive: sensitiveFeatures.map((f) => names.indexOf(f)),
    names
  };
}
