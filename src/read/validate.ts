import type { ErrorObject, ValidateFunction } from 'ajv';
import { InputError } from '../errors.js';
import { quote } from './quote.js';
import type { Problem } from '../model/problem.js';

/**
 * Validates `data` with a schema's compiled validator (src/read/schemas/compiled/);
 * throws one InputError naming every offending path and what was expected there.
 */
export function validateWith<T>(validate: ValidateFunction, data: unknown, file: string): T {
  if (validate(data)) return data as T;
  const problems = relevant(validate.errors ?? []).map((error): Problem => ({ source: file, path: pathOf(error), message: explain(error) }));
  throw new InputError(problems);
}

/** if/then/else adds a summary error ("must match then schema") on top of the real ones. */
function relevant(errors: ErrorObject[]): ErrorObject[] {
  return errors.filter((e) => e.keyword !== 'if' && e.keyword !== 'propertyNames');
}

function pathOf(error: ErrorObject): string {
  const base = error.instancePath || '/';
  if (error.keyword === 'additionalProperties') {
    return join(base, String(error.params.additionalProperty));
  }
  if (error.keyword === 'pattern' && error.propertyName !== undefined) return join(base, error.propertyName);
  return base;
}

/** A key in a pointer is cut to 100 characters, as in messages: the problem's line is then its object's. */
function join(base: string, key: string): string {
  const escaped = (key.length > 100 ? `${key.slice(0, 100)}…` : key).replace(/~/g, '~0').replace(/\//g, '~1');
  return base === '/' ? `/${escaped}` : `${base}/${escaped}`;
}

function explain(error: ErrorObject): string {
  const schema = (error.parentSchema ?? {}) as Record<string, unknown>;
  const got = describeValue(error.data);
  switch (error.keyword) {
    case 'type':
      return `expected ${article(String(error.params.type))}, got ${got}`;
    case 'minimum':
    case 'maximum':
      if (schema.minimum === 0 && schema.maximum === 1) return `expected a proportion between 0 and 1, got ${got}`;
      if (schema.type === 'integer' && schema.minimum === 0 && schema.maximum === undefined) return `expected a non-negative integer, got ${got}`;
      return `expected a value ${error.keyword === 'minimum' ? '≥' : '≤'} ${String(error.params.limit)}, got ${got}`;
    case 'required':
      return `missing required field "${String(error.params.missingProperty)}"`;
    case 'additionalProperties': {
      const allowed = Object.keys((schema.properties as object | undefined) ?? {});
      return `unknown field ${quote(String(error.params.additionalProperty))}${allowed.length ? `; expected one of: ${allowed.join(', ')}` : ''}`;
    }
    case 'enum':
      return `expected one of ${(error.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}, got ${got}`;
    // A schema says in words what its pattern accepts with `$comment` (see schemas/release.ts).
    case 'pattern': {
      const expected = typeof schema.$comment === 'string' ? schema.$comment : undefined;
      if (error.propertyName !== undefined) {
        return `the name ${quote(error.propertyName)} is not allowed: ${expected ?? 'use letters, digits and _ . : / - (at most 128 characters, starting with a letter or _)'}`;
      }
      return expected ? `expected ${expected}, got ${got}` : `${got} does not match the pattern ${String(error.params.pattern)}`;
    }
    case 'exclusiveMinimum':
      return `expected a value > ${String(error.params.limit)}, got ${got}`;
    case 'uniqueItems':
      return `expected no duplicates, but ${describeItem((error.data as unknown[])[Number(error.params.i)])} appears more than once`;
    case 'minProperties':
      return 'expected at least one entry';
    case 'minItems':
      return `expected at least ${String(error.params.limit)} item(s)`;
    case 'minLength':
    case 'maxLength':
      return `expected a string of ${error.keyword === 'minLength' ? 'at least' : 'at most'} ${String(error.params.limit)} characters`;
    default:
      return error.message ?? 'invalid value';
  }
}

function article(type: string): string {
  if (type.includes(',')) return type.split(',').map(article).join(' or ');
  if (type === 'integer') return 'an integer';
  if (type === 'object') return 'an object';
  if (type === 'array') return 'an array';
  return `a ${type}`;
}

function describeItem(item: unknown): string {
  return typeof item === 'string' ? quote(item) : JSON.stringify(item);
}

export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === 'object') return 'an object';
  return String(value);
}
