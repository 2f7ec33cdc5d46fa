// The `prometheus-headers` and `prometheus-url` options. Headers often carry a secret (Authorization,
// a tenant's token), so a message names a header only by its name, and never shows a value, nor an
// entry that does not parse (it may be a pasted token).
import { InputError } from '../errors.js';
import type { Problem } from '../model/problem.js';

/** RFC 7230's token: the characters of a header name. */
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
// a value is visible characters, spaces and tabs: no CR, LF or other control character
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f]/;
/** A comma that starts the next `Name:` pair, not one inside a value ("Accept: a, b"). */
const PAIR_SEPARATOR = /,(?=\s*[!#$%&'*+.^_`|~0-9A-Za-z-]+\s*:)/;

/**
 * `Name: value` pairs, one a line or separated by commas, into a record. A comma followed by anything
 * but `Name:` stays in the value ("Accept: a, b"). Blank lines and empty entries are skipped; an entry without a colon, a name that is not a token, an empty value or one with a
 * control character, and a name given twice (in any case) are errors naming `source`.
 */
export function parsePrometheusHeaders(text: string, source: string): Record<string, string> {
  const problems: Problem[] = [];
  const entries: [string, string][] = [];
  const seen = new Set<string>();
  const lines = text.split(/\r?\n/);
  lines.forEach((line, lineIndex) => {
    const at = lines.length > 1 ? { line: lineIndex + 1 } : {};
    line
      .replace(/,\s*$/, '')
      .split(PAIR_SEPARATOR)
      .forEach((entry, entryIndex) => {
        if (!entry.trim()) return;
        const problem = (message: string) => problems.push({ source, ...at, message });
        const colon = entry.indexOf(':');
        const which = `entry ${entryIndex + 1}`;
        if (colon < 0) return problem(`${which} is not a "Name: value" pair (its text is not shown: it may be a secret)`);
        const name = entry.slice(0, colon).trim();
        const value = entry.slice(colon + 1).trim();
        if (!TOKEN.test(name)) return problem(`${which}: the header name is not a token (letters, digits and !#$%&'*+-.^_\`|~; not shown)`);
        if (!value) return problem(`header "${name}" has an empty value`);
        if (CONTROL.test(value)) return problem(`header "${name}" has a control character (such as CR) in its value (not shown)`);
        if (seen.has(name.toLowerCase())) return problem(`header "${name}" is given twice`);
        seen.add(name.toLowerCase());
        entries.push([name, value]);
      });
  });
  if (problems.length > 0) throw new InputError(problems);
  return Object.fromEntries(entries);
}

/** An http or https URL, as given; the message never shows it, as its `user:pass@` may be a secret. */
export function parsePrometheusUrl(text: string, source: string): string {
  const value = text.trim();
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (url === undefined || (url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname) {
    throw new InputError({ source, message: 'expected an http or https URL, such as http://prometheus.monitoring:9090 (the value is not shown)' });
  }
  return value;
}

/** The URL as reports and messages show it: no `user:pass@`, query or fragment. */
export function withoutCredentials(url: string): string {
  const parsed = new URL(url);
  return parsed.origin + parsed.pathname.replace(/\/+$/, '');
}
