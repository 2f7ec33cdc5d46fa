export interface Confusion {
    tp: number;
    fp: number;
    tn: number;
    fn: number;
}
/** Sensitive feature → group → confusion counts. */
export type GroupCounts = ReadonlyMap<string, ReadonlyMap<string, Confusion>>;
export interface Interval {
    low: number;
    high: number;
}
/** A rate with its numerator and denominator; `value` is null when the denominator is 0. */
export interface Rate {
    value: number | null;
    successes: number;
    trials: number;
    /** 95% Wilson interval; absent for weighted counts, where the binomial model does not hold. */
    interval?: Interval;
}
/** The per-group rates Fairlearn's MetricFrame reports, with scikit-learn's definitions. */
export interface GroupRates {
    /** Rows in the group (unweighted). */
    count: number;
    /** Fewer rows than the minimum group size: too few for a fairness gate to pass on. */
    small?: boolean;
    accuracy: Rate;
    selection_rate: Rate;
    true_positive_rate: Rate;
    false_positive_rate: Rate;
}
/** One class's precision, recall, F1 and support (the weight of its true rows), as classification_report gives them. */
export interface ClassReport {
    precision: number;
    recall: number;
    f1: number;
    support: number;
}
/** A multiclass classifier's classes: scikit-learn's labels (sorted), the confusion matrix in their order, and each class's scores. */
export interface ClassesSummary {
    labels: readonly string[];
    /** Rows: the true class; columns: the predicted; weighted when the rows are. */
    confusion: readonly (readonly number[])[];
    perClass: Readonly<Record<string, ClassReport>>;
}
/** One group of a multiclass classifier: its accuracy, its selection rate of each class (one-vs-rest), its confusion matrix. */
export interface GroupClasses {
    count: number;
    small?: boolean;
    accuracy: number | null;
    selection_rate: Readonly<Record<string, number | null>>;
    confusion: readonly (readonly number[])[];
}
/** One group's errors, as a regression's per-group MetricFrame reports them; weighted when the rows are. */
export interface GroupErrors {
    /** Rows in the group (unweighted). */
    count: number;
    /** Fewer rows than the minimum group size: too few for a fairness gate to pass on. */
    small?: boolean;
    /** The mean of prediction − label: above 0, the model overestimates the group. */
    mean_error: number | null;
    mean_absolute_error: number | null;
    root_mean_squared_error: number | null;
    /** The largest |prediction − label| (unweighted, as scikit-learn's max_error). */
    max_error: number;
}
