// The layer rule: each folder of src/ may import only the folders before it in LAYERS (and
// itself). The order is the flow of a run: the domain types, reading, evaluating, deciding,
// synthesizing, reporting, then the adapters that do I/O, and last the front ends.
import { dirname, relative, resolve, sep } from 'node:path';

/** Each entry: the folders (under src/, or infra at the top) that sit at that level. */
export const LAYERS = [
  ['model'],
  ['errors.ts', 'format.ts'],
  ['read'],
  ['evaluate'],
  ['decide'],
  ['synthesize', 'lint'],
  ['report'],
  ['measure'],
  ['options'],
  ['infra'],
  ['prometheus'],
  ['io', 'github'],
  ['action', 'cli'],
  ['index.ts', 'cli.ts']
];

const levelOf = new Map(LAYERS.flatMap((names, level) => names.map((name) => [name, level])));

/** 'read' for src/read/yaml.ts, 'errors.ts' for src/errors.ts (or errors.js), 'infra' for infra/synthesize.ts. */
export function unitOf(file, root) {
  const parts = relative(root, file).split(sep);
  if (parts[0] === 'infra') return 'infra';
  if (parts[0] !== 'src') return undefined;
  // a file directly in src/ is named as a file (errors.ts), also when imported as errors.js
  return parts.length === 2 ? parts[1].replace(/\.js$/, '.ts') : parts[1];
}

export const layersRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Each folder imports only the folders of the layers before it (see eslint/layers.mjs).' },
    schema: [],
    messages: {
      upward:
        '{{from}} (layer {{fromLevel}}) may not import {{to}} (layer {{toLevel}}): a folder imports only the layers before it. Move the shared type to src/model/, or pass it in.',
      unknown: '{{unit}} is in no layer: add it to LAYERS in eslint/layers.mjs.'
    }
  },
  create(context) {
    const root = context.cwd;
    const from = unitOf(context.filename, root);
    if (from === undefined) return {};
    const fromLevel = levelOf.get(from);
    const check = (node, source) => {
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const to = unitOf(resolve(dirname(context.filename), source), root);
      if (to === undefined || to === from) return;
      const toLevel = levelOf.get(to);
      if (fromLevel === undefined || toLevel === undefined) {
        context.report({ node, messageId: 'unknown', data: { unit: fromLevel === undefined ? from : to } });
        return;
      }
      if (toLevel > fromLevel || (toLevel === fromLevel && to !== from)) {
        context.report({ node, messageId: 'upward', data: { from, to, fromLevel: String(fromLevel), toLevel: String(toLevel) } });
      }
    };
    return {
      ImportDeclaration: (node) => check(node.source, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value),
      ExportAllDeclaration: (node) => check(node.source, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value)
    };
  }
};
