import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Inputs without end: each is refused with an InputError naming the file (and the line), long
 * before it is read whole, and the process that reads it stays under 256 MB of memory. Each runs
 * in a child process capped at 200 MB of heap, which reports its peak resident memory.
 */
const dir = mkdtempSync(join(tmpdir(), 'model-gate-limits-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes `head`, then `body` repeated to `bytes` (whole repeats), then `tail`, without holding the file in memory. */
function writeLarge(name: string, head: string, body: string, bytes: number, tail = ''): void {
  const fd = openSync(join(dir, name), 'w');
  try {
    writeSync(fd, head);
    const block = Buffer.from(body.repeat(Math.max(1, Math.floor((1 << 20) / body.length))));
    const whole = Math.floor(bytes / body.length) * body.length;
    for (let written = 0; written < whole; written += block.length) writeSync(fd, block, 0, Math.min(block.length, whole - written));
    writeSync(fd, tail);
  } finally {
    closeSync(fd);
  }
}

function readInChild(what: string, file: string): { message: string; inputError: boolean; peakMiB: number } {
  const child = spawnSync(process.execPath, ['--max-old-space-size=200', '--import', 'tsx', 'test/read/read-in-child.ts', what, dir, file], {
    encoding: 'utf8'
  });
  if (child.status !== 0) throw new Error(`the child failed (${child.status}): ${child.stderr.slice(0, 2000)}`);
  return JSON.parse(child.stdout) as { message: string; inputError: boolean; peakMiB: number };
}

const MB = 1 << 20;

describe('unbounded inputs stop with a clear error, in bounded memory', () => {
  test('a predictions CSV without a line break', () => {
    writeLarge('p.csv', 'label,prediction\n1,', '0', 20 * MB);
    const read = readInChild('predictions', 'p.csv');
    expect(read).toMatchObject({
      inputError: true,
      message: 'p.csv: line 2: not valid CSV: the line is longer than 4 MiB: is the file missing its line breaks?'
    });
    expect(read.peakMiB).toBeLessThan(256);
  });

  test('a predictions JSON Lines file without a line break', () => {
    writeLarge('p.jsonl', '', '{"label": 1, "prediction": 1} ', 20 * MB);
    const read = readInChild('predictions', 'p.jsonl');
    expect(read).toMatchObject({
      inputError: true,
      message: 'p.jsonl: line 1: the line is longer than 4 MiB: expected one JSON object per line (is the file missing its line breaks?)'
    });
    expect(read.peakMiB).toBeLessThan(256);
  });

  test('a 200 MB CSV with a quote that is never closed', () => {
    writeLarge('open-quote.csv', 'label,prediction\n1,1\n0,"1\n', '1,0\n', 200 * MB);
    const read = readInChild('predictions', 'open-quote.csv');
    expect(read).toMatchObject({
      inputError: true,
      message: 'open-quote.csv: line 3: not valid CSV: a quoted field opened on line 3 is not closed within 4 MiB: is a closing quote missing?'
    });
    expect(read.peakMiB).toBeLessThan(256);
  });

  test('a drift sample without a line break', () => {
    writeLarge('sample.csv', 'age\n', '4', 20 * MB);
    const read = readInChild('drift', 'sample.csv');
    expect(read).toMatchObject({
      inputError: true,
      message: 'sample.csv: line 2: not valid CSV: the line is longer than 4 MiB: is the file missing its line breaks?'
    });
    expect(read.peakMiB).toBeLessThan(256);
  });

  test('a 200 MB metrics.json is refused by its size, before it is read', () => {
    writeLarge('metrics.json', '{"accuracy": 0.9', ', "m": 0.5', 200 * MB, '}');
    const read = readInChild('metrics', 'metrics.json');
    expect(read.inputError).toBe(true);
    expect(read.message).toMatch(/^metrics\.json: the file is 209,715,2\d\d bytes; metrics files are limited to 2 MiB$/);
    expect(read.peakMiB).toBeLessThan(256);
  });

  test('a gates file with a million nested brackets', () => {
    writeLarge('gates.yml', 'gates: ', '[', 1_000_000);
    const read = readInChild('gates', 'gates.yml');
    expect(read).toMatchObject({ inputError: true, message: 'gates.yml: line 1: nested more than 64 levels deep: too deep to read' });
    expect(read.peakMiB).toBeLessThan(256);
  });

  test('a 50 MB multi-document YAML given to lint is refused by its size', () => {
    writeLarge('manifests.yaml', '', '---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n', 50 * MB);
    const read = readInChild('lint', 'manifests.yaml');
    expect(read.inputError).toBe(true);
    expect(read.message).toMatch(/^manifests\.yaml: the file is 52,42\d,\d{3} bytes; manifest files are limited to 4 MiB$/);
    expect(read.peakMiB).toBeLessThan(256);
  });

  test('a YAML file under the size limit but with too many tokens', () => {
    writeLarge('one-list.yaml', 'apiVersion: v1\nkind: List\nitems:\n', '- 1\n', 4 * MB - 100);
    const read = readInChild('lint', 'one-list.yaml');
    expect(read.inputError).toBe(true);
    expect(read.message).toMatch(
      /^one-list\.yaml: line \d+: more than 100,000 YAML tokens \(values, indicators, spaces and line breaks\) in one document: too large to read$/
    );
    expect(read.peakMiB).toBeLessThan(256);
  });
});
