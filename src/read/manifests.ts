import { InputError } from '../errors.js';
import { parseYamlStream } from './yaml.js';
import type { Manifest } from '../model/manifest.js';

/**
 * The Kubernetes objects in a multi-document YAML text (a `kind: List` is unpacked). Every
 * document must be an object with apiVersion and kind; empty documents are skipped.
 */
export function parseManifests(text: string, file: string): Manifest[] {
  // one document at a time, keeping only its objects: the YAML syntax trees are the larger part
  return Array.from(parseYamlStream(text, file), (doc): Manifest[] => {
    const data = doc.data;
    const problem = objectProblem(data);
    if (problem) throw new InputError({ source: file, line: doc.line, message: problem });
    const object = data as Record<string, unknown>;
    if (object.kind === 'List' && Array.isArray(object.items)) {
      return object.items.map((item, index) => {
        const itemProblem = objectProblem(item);
        if (itemProblem) throw new InputError({ source: file, line: doc.lineOf(['items', String(index)]), path: `/items/${index}`, message: itemProblem });
        return { file, line: doc.lineOf(['items', String(index)]) ?? doc.line, doc: item };
      });
    }
    return [{ file, line: doc.line, doc: data }];
  }).flat();
}

function objectProblem(data: unknown): string | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return 'expected a Kubernetes object (a mapping with apiVersion and kind)';
  const object = data as Record<string, unknown>;
  const missing = ['apiVersion', 'kind'].filter((key) => typeof object[key] !== 'string' || object[key] === '');
  return missing.length ? `expected a Kubernetes object: missing ${missing.join(' and ')}` : undefined;
}
