// What scoring a model on evaluation rows takes: types only.

/** How to run the model(s) on eval-data, every value given: the options front ends validate and complete them. */
export interface ScoringSettings {
  /** The evaluation rows, CSV or JSON Lines, relative to the working folder. */
  evalData: string;
  /** The candidate's .onnx file, and the baseline's, scored on the same rows. */
  model: string;
  baselineModel?: string;
  labelColumn: string;
  /** The columns fed to the model, in order; undefined: every column but the label, id, weight and sensitive features. */
  featureColumns?: readonly string[];
  batchSize: number;
  /** A model with a single probability output predicts the positive class at or above it. */
  threshold: number;
  /** Where to write the candidate's scored rows; a temporary file when absent. */
  predictionsOut?: string;
  /** Intra-op threads of the sessions. */
  threads: number;
  /** How the options named in messages are called where the user wrote them. */
  labels: { featureColumns: string; labelColumn: string; threshold: string; predictionsOut: string };
}
