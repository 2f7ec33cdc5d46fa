// The process's own peak resident memory, in KiB. On Linux it is VmHWM: ru_maxrss (what
// process.resourceUsage().maxRSS reads) keeps the high-water mark across exec, so a child
// process started by a Jest worker would report at least that worker's size.
const { readFileSync } = require('node:fs');

function peakMemoryKiB() {
  try {
    const match = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (match) return Number(match[1]);
  } catch {
    // not Linux: no /proc
  }
  return process.resourceUsage().maxRSS;
}

module.exports = { peakMemoryKiB };
