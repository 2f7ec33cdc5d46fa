#!/usr/bin/env node
import { main } from './cli/main.js';

declare const MODEL_GATE_VERSION: string;

process.exitCode = await main(
  process.argv.slice(2),
  {
    cwd: process.cwd(),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    ...(process.stderr.isTTY ? { stderrTerminal: (text: string) => void process.stderr.write(text) } : {})
  },
  typeof MODEL_GATE_VERSION === 'string' ? MODEL_GATE_VERSION : undefined
);
