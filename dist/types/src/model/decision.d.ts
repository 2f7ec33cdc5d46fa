export type Decision = 'rollback' | 'hold' | 'advance' | 'promote';
/** What is deployed: the JSON report carries it, `synth` and the cdk8s constructs take it. */
export interface Outcome {
    decision: Decision;
    /** The canary's new share of traffic, an integer from 0 to 100. */
    canaryWeight: number;
}
