// Preloaded (NODE_OPTIONS=--require) into each process the end-to-end fuzz test starts: writes the
// process id at start, so a run that hangs can be killed, and the peak memory (KiB) at exit.
const { writeFileSync } = require('node:fs');
const { peakMemoryKiB } = require('../support/peak-memory.cjs');

const file = process.env.FUZZ_PROBE_FILE;
if (file) {
  writeFileSync(`${file}.pid`, String(process.pid));
  process.on('exit', () => writeFileSync(`${file}.rss`, String(peakMemoryKiB())));
}
