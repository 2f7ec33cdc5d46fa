import type { Rule } from 'eslint';
export declare const LAYERS: readonly (readonly string[])[];
export declare function unitOf(file: string, root: string): string | undefined;
export declare const layersRule: Rule.RuleModule;
