import type { GatesConfig } from '../model/gates.js';
/** Parses a gates file (YAML or JSON; JSON is YAML) and checks that every gate makes sense. */
export declare function parseGatesFile(text: string, source: string, fromFile?: boolean): GatesConfig;
