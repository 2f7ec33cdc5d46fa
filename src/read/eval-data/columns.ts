import { InputError } from '../../errors.js';
import { quote, quoteList } from '../quote.js';

/** The columns of an eval-data file that scoring reads, by index into the header. */
export interface EvalColumns {
  names: readonly string[];
  label: number;
  id: number;
  weight: number;
  sensitive: number[];
  /** The feature columns' names and indexes, in the order fed to the model. */
  features: readonly string[];
  featureIndexes: number[];
}

export interface EvalColumnSpec {
  file: string;
  labelColumn: string;
  /** Explicit feature columns; undefined: every named column but the label, id, weight and sensitive features. */
  featureColumns?: readonly string[];
  sensitiveFeatures: readonly string[];
  /** How the options are called where the user wrote them, for messages. */
  labels: { featureColumns: string; labelColumn: string };
}

/** Finds the label, id, weight, sensitive and feature columns; an error names what is missing and lists what is there. */
export function resolveEvalColumns(names: readonly string[], spec: EvalColumnSpec, line: number): EvalColumns {
  const fail = (message: string): never => {
    throw new InputError({ source: spec.file, line, message });
  };
  const seen = new Set<string>();
  for (const name of names) {
    if (seen.has(name)) fail(`the column ${quote(name)} appears twice in the header`);
    seen.add(name);
  }
  const found = `columns found: ${quoteList(names)}`;
  if (!seen.has(spec.labelColumn)) fail(`the label column ${quote(spec.labelColumn)} (${spec.labels.labelColumn}) is not found; ${found}`);
  const missingSensitive = spec.sensitiveFeatures.filter((name) => !seen.has(name));
  if (missingSensitive.length > 0) fail(`sensitive feature column${missingSensitive.length > 1 ? 's' : ''} ${quoteList(missingSensitive)} not found; ${found}`);
  const missingFeatures = (spec.featureColumns ?? []).filter((name) => !seen.has(name));
  if (missingFeatures.length > 0)
    fail(`feature column${missingFeatures.length > 1 ? 's' : ''} ${quoteList(missingFeatures)} (${spec.labels.featureColumns}) not found; ${found}`);
  const reserved = new Set([spec.labelColumn, 'id', 'weight', ...spec.sensitiveFeatures]);
  // a nameless column is most often a pandas index written by to_csv
  const features = spec.featureColumns ?? names.filter((name) => name !== '' && !reserved.has(name));
  if (features.length === 0) fail(`no feature columns: every column is the label, id, weight or a sensitive feature; ${found}`);
  return {
    names,
    label: names.indexOf(spec.labelColumn),
    id: spec.labelColumn === 'id' ? -1 : names.indexOf('id'),
    weight: spec.labelColumn === 'weight' ? -1 : names.indexOf('weight'),
    sensitive: spec.sensitiveFeatures.map((name) => names.indexOf(name)),
    features,
    featureIndexes: features.map((name) => names.indexOf(name))
  };
}
