import type { CanaryAnalysisConfig } from '../model/canary.js';
import type { Bounds, Severity } from '../model/gates.js';
import { type Direction } from '../model/metric-info.js';
import type { Problem } from '../model/problem.js';
import type { YamlDocument } from './yaml.js';
export interface AnalysisJson {
    prometheus?: string;
    namespace?: string;
    app?: string;
    'stable-version'?: string;
    'canary-version'?: string;
    window?: string | 0;
    interval?: string | 0;
    duration?: string | 0;
    timeout?: string | 0;
    'failure-limit'?: number;
    'min-requests'?: number;
    metrics: Record<string, Bounds & {
        metric?: string;
        query?: string;
        direction?: Direction;
        severity?: Severity;
        description?: string;
    }>;
}
/** The placeholders a custom query may hold; each is replaced by a validated value. */
export declare const PLACEHOLDERS: readonly ["namespace", "app", "version", "window"];
/** `canary.analysis` of a gates file (already valid against the schema), and what the schema cannot check. */
export declare function parseCanaryAnalysis(raw: AnalysisJson, yaml: YamlDocument, source: string): {
    config: CanaryAnalysisConfig;
    problems: Problem[];
};
