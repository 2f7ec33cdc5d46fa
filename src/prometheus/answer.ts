// What Prometheus answers to an instant query: {"status":"success","data":{"resultType":…,"result":…}},
// or {"status":"error","errorType":…,"error":…}. Values are strings: "0.03", "NaN", "+Inf", "-Inf".
import type { PrometheusError, PrometheusErrorKind } from './error.js';

/** One element of an instant vector; NaN and ±Infinity are kept as such. */
export interface Sample {
  labels: Record<string, string>;
  value: number;
}

type Fail = (kind: PrometheusErrorKind, what: string) => PrometheusError;

const MAX_ERROR_IN_MESSAGE = 300;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const SPECIAL: Readonly<Record<string, number>> = { NaN: NaN, '+Inf': Infinity, Inf: Infinity, '-Inf': -Infinity };

export function parseAnswer(status: number, body: string, fail: Fail): Sample[] {
  const json = parseJson(body);
  if (status < 200 || status > 299) {
    const error = prometheusError(json);
    if (error !== undefined && status >= 400 && status < 500 && status !== 401 && status !== 403)
      throw fail('api', `refused the query (HTTP ${status}): ${error}`);
    throw fail('http', `answered HTTP ${status}${error === undefined ? '' : `: ${error}`}`);
  }
  if (json === undefined) throw fail('malformed', 'answered something that is not JSON');
  if (!isObject(json) || (json.status !== 'success' && json.status !== 'error'))
    throw fail('malformed', 'answered JSON that is not an answer of its query API');
  if (json.status === 'error') throw fail('api', `refused the query: ${prometheusError(json) ?? 'no reason given'}`);
  const data = json.data;
  if (!isObject(data)) throw fail('malformed', 'answered "success" without data');
  switch (data.resultType) {
    case 'vector':
      if (!Array.isArray(data.result)) throw fail('malformed', 'answered a vector whose result is not a list');
      return data.result.map((element, i) => vectorSample(element, i, fail));
    case 'scalar':
      return [{ labels: {}, value: pointValue(data.result, 'a scalar', fail) }];
    case 'matrix':
    case 'string':
      throw fail('malformed', `answered a ${data.resultType} where an instant vector or a scalar was expected`);
    default:
      throw fail('malformed', 'answered a result of no known type (resultType)');
  }
}

function vectorSample(element: unknown, index: number, fail: Fail): Sample {
  const metric = isObject(element) ? element.metric : undefined;
  if (!isObject(metric) || !Object.values(metric).every((v) => typeof v === 'string')) {
    throw fail('malformed', `answered sample ${index + 1} of a vector without labels of strings (metric)`);
  }
  const labels = Object.fromEntries(Object.entries(metric as Record<string, string>));
  return { labels, value: pointValue((element as Record<string, unknown>).value, `sample ${index + 1} of a vector`, fail) };
}

/** The value of a [unix seconds, "value"] pair. */
function pointValue(point: unknown, what: string, fail: Fail): number {
  const text = Array.isArray(point) && point.length === 2 && typeof point[0] === 'number' ? point[1] : undefined;
  if (typeof text !== 'string') throw fail('malformed', `answered ${what} that is not a [time, "value"] pair`);
  if (Object.hasOwn(SPECIAL, text)) return SPECIAL[text]!;
  if (!NUMBER.test(text)) throw fail('malformed', `answered ${what} with a value that is not a number`);
  return Number(text);
}

/** "errorType: error" from Prometheus' error JSON, on one line and cut short; undefined if it is not one. */
function prometheusError(json: unknown): string | undefined {
  if (!isObject(json) || json.status !== 'error' || typeof json.error !== 'string') return undefined;
  const text = (typeof json.errorType === 'string' && json.errorType ? `${json.errorType}: ` : '') + json.error;
  // eslint-disable-next-line no-control-regex
  const line = text.replace(/[\u0000-\u001f\u007f-\u009f\s]+/g, ' ').trim();
  return line.length <= MAX_ERROR_IN_MESSAGE ? line : `${line.slice(0, MAX_ERROR_IN_MESSAGE - 1)}…`;
}

function parseJson(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
