import { Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { join } from 'node:path';
import { layersRule } from '../../eslint/layers.mjs';
import { ROOT } from '../support/fixtures.js';

// The layer rule that `npm run lint` applies to src/ and infra/ (eslint/layers.mjs).
function messages(file: string, code: string): string[] {
  const linter = new Linter({ cwd: ROOT });
  const config = [
    {
      files: ['**/*.ts'],
      languageOptions: { parser: tseslint.parser },
      plugins: { 'model-gate': { rules: { layers: layersRule } } },
      rules: { 'model-gate/layers': 'error' as const }
    }
  ];
  return linter.verify(code, config, { filename: join(ROOT, file) }).map((m) => m.message);
}

describe('the layer rule', () => {
  test('a folder may import the layers before it, and itself', () => {
    expect(
      messages(
        'src/decide/engine.ts',
        "import { parseGatesFile } from '../read/gates-file.js';\nimport type { Report } from '../model/report.js';\nimport { decide } from './policy.js';"
      )
    ).toEqual([]);
    expect(messages('src/cli/evaluate.ts', "import { prepareGateRun } from '../io/run-gate.js';\nconst m = await import('../report/text.js');")).toEqual([]);
    expect(messages('infra/synthesize.ts', "import { planRelease } from '../src/synthesize/plan.js';")).toEqual([]);
  });

  test('a folder may not import a layer after it, nor a sibling on its own layer', () => {
    expect(messages('src/read/outcome.ts', "import type { Decision } from '../decide/policy.js';")).toEqual([
      'read (layer 2) may not import decide (layer 4): a folder imports only the layers before it. Move the shared type to src/model/, or pass it in.'
    ]);
    expect(messages('src/model/report.ts', "export { x } from '../errors.js';")).toHaveLength(1);
    expect(messages('src/lint/index.ts', "const s = await import('../synthesize/plan.js');")).toHaveLength(1);
    expect(messages('src/io/load.ts', "import { run } from '../action/main.js';")).toHaveLength(1);
  });

  test('a folder the rule does not know is an error, so a new folder gets a place', () => {
    expect(messages('src/util/x.ts', "import { a } from '../read/yaml.js';")).toEqual(['util is in no layer: add it to LAYERS in eslint/layers.mjs.']);
  });
});
