/**
 * - unreachable: no connection (refused, DNS, reset);
 * - timeout: no whole answer within the time limit;
 * - http: an answer other than 2xx, with Prometheus' error message when it sent one (5xx, or a proxy's 401);
 * - api: Prometheus refused the query (a 4xx with its error JSON: bad_data, execution), or said "error";
 * - malformed: a 2xx that is not JSON, not Prometheus' answer, or not an instant vector or a scalar.
 */
export type PrometheusErrorKind = 'unreachable' | 'timeout' | 'http' | 'api' | 'malformed';

/** A query that got no usable answer. The message names the server (without credentials) and the query. */
export class PrometheusError extends Error {
  readonly kind: PrometheusErrorKind;
  readonly query?: string;

  constructor(kind: PrometheusErrorKind, message: string, query?: string) {
    super(message);
    this.name = 'PrometheusError';
    this.kind = kind;
    this.query = query;
  }
}
