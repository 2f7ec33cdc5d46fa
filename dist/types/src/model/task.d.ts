/** What a model predicts: one of two classes, one of several, or a number. */
export declare const TASKS: readonly ["binary", "multiclass", "regression"];
export type Task = (typeof TASKS)[number];
/** The task of a run's predictions, and what it was inferred from when no option named it. */
export interface TaskInfo {
    kind: Task;
    inferredFrom?: string;
}
