/** One parsed Kubernetes object and where it was read. */
export interface Manifest {
  file: string;
  /** Line where the object's document starts, when known. */
  line?: number;
  doc: unknown;
}
