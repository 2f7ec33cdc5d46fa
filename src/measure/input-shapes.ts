import { InputError } from '../errors.js';
import type { Problem } from '../model/problem.js';

const EXAMPLE = 'input=1x3x224x224,mask=1x128';

/**
 * Parses the `input-shapes` option: `name=1x3x224x224,mask=1x128` → Map { name → [1, 3, 224, 224], … }.
 * Entries are separated by commas or white space (so a YAML block with one entry a line works too);
 * each gives an input's whole shape, sizes being positive integers joined by `x`. An input name may
 * contain any character but `=`, `,` and white space. Every bad entry is reported, under `source`.
 */
export function parseInputShapes(text: string, source = 'input-shapes'): Map<string, number[]> {
  const shapes = new Map<string, number[]>();
  const problems: Problem[] = [];
  for (const entry of text.split(/[\s,]+/).filter(Boolean)) {
    const equals = entry.indexOf('=');
    const name = equals < 0 ? '' : entry.slice(0, equals);
    const dims = equals < 0 ? '' : entry.slice(equals + 1);
    if (!name || !dims) {
      problems.push({ source: source, message: `expected NAME=SHAPE entries like ${EXAMPLE}; ${JSON.stringify(entry)} is not one` });
    } else if (!/^[1-9]\d*(x[1-9]\d*)*$/i.test(dims)) {
      problems.push({ source: source, message: `${name}: expected its sizes as positive integers joined by x, like 1x3x224x224; got ${JSON.stringify(dims)}` });
    } else if (shapes.has(name)) {
      problems.push({ source: source, message: `${name}: given twice` });
    } else {
      shapes.set(name, dims.split(/x/i).map(Number));
    }
  }
  if (problems.length > 0) throw new InputError(problems);
  return shapes;
}

export function formatShape(shape: readonly (number | string)[]): string {
  return shape.length === 0 ? 'a scalar' : shape.join('x');
}
