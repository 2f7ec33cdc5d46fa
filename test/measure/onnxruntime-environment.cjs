// Jest's node environment runs each test file in its own realm, with its own Float32Array and the
// other typed arrays. onnxruntime-node's native binding creates its output arrays in Node's main
// realm, and onnxruntime-common then rejects them ("A float32 tensor's data must be type of
// Float32Array"). Test files that run models use this environment (docblock
// `@jest-environment ./test/measure/onnxruntime-environment.cjs`), which hands them the main
// realm's typed arrays.
const { TestEnvironment } = require('jest-environment-node');

const SHARED = [
  'ArrayBuffer',
  'Float32Array',
  'Float64Array',
  'Int8Array',
  'Int16Array',
  'Int32Array',
  'BigInt64Array',
  'Uint8Array',
  'Uint8ClampedArray',
  'Uint16Array',
  'Uint32Array',
  'BigUint64Array',
  'Float16Array' // Node 24 on
];

class OnnxRuntimeEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    for (const name of SHARED) if (name in globalThis) this.global[name] = globalThis[name];
  }
}

module.exports = OnnxRuntimeEnvironment;
