import fc from 'fast-check';
import { neutralizeCommands, neutralizeJson } from '../../src/report/workflow-commands.js';
import { commandsIn, HOSTILE_NAMES } from '../support/workflow-commands.js';

describe('neutralizeCommands', () => {
  test.each(HOSTILE_NAMES)('%j issues no command', (name) => {
    expect(commandsIn(neutralizeCommands(`value: ${name}`))).toEqual([]);
    expect(commandsIn(neutralizeCommands(name))).toEqual([]);
  });

  test('keeps ordinary text as it is, with line breaks normalized', () => {
    expect(neutralizeCommands('accuracy 0.94 ≥ 0.9\r\nf1: 0.8 :: ok\rlast')).toBe('accuracy 0.94 ≥ 0.9\nf1: 0.8 :: ok\nlast');
  });

  test('no text of any shape issues a command', () => {
    const pieces = fc.constantFrom('::', '##[', '#', '[', ':', '\n', '\r', '\r\n', ' ', '\t', '\u0085', '\u00a0', 'error', 'stop-commands', ']', 'x');
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 30 }), (parts) => {
        expect(commandsIn(neutralizeCommands(parts.join('')))).toEqual([]);
      }),
      { numRuns: 2000 }
    );
  });
});

describe('neutralizeJson', () => {
  test('parses to the same value and issues no command', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...HOSTILE_NAMES, '##[', '###[x]'), fc.string()), { maxLength: 8 }), (names) => {
        const json = neutralizeJson(JSON.stringify({ names }, null, 2));
        expect(JSON.parse(json)).toEqual({ names });
        expect(commandsIn(json)).toEqual([]);
      }),
      { numRuns: 500 }
    );
  });
});
