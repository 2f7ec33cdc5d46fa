import { parsePrometheusHeaders, parsePrometheusUrl } from '../../src/read/prometheus-options.js';
import { inputErrorOf } from '../support/errors.js';

const SOURCE = 'input "prometheus-headers"';

describe('parsePrometheusHeaders', () => {
  it('reads one pair a line, or pairs separated by commas, keeping commas and colons inside values', () => {
    expect(parsePrometheusHeaders('Authorization: Bearer abc\r\n\n  X-Scope-OrgID:tenant-1  \n', SOURCE)).toEqual({
      Authorization: 'Bearer abc',
      'X-Scope-OrgID': 'tenant-1'
    });
    expect(parsePrometheusHeaders('X-Scope-OrgID: a, Accept: application/json, text/plain, X-Url: http://x:1/,', SOURCE)).toEqual({
      'X-Scope-OrgID': 'a',
      Accept: 'application/json, text/plain',
      'X-Url': 'http://x:1/'
    });
    expect(parsePrometheusHeaders('  ', SOURCE)).toEqual({});
  });

  it('keeps a header named __proto__ as a header', () => {
    const headers = parsePrometheusHeaders('__proto__: x', SOURCE);
    expect(Object.keys(headers)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(headers)).toBe(Object.prototype);
  });

  it.each([
    ['an entry without a colon', 'Bearer s3cret', `${SOURCE}: entry 1 is not a "Name: value" pair (its text is not shown: it may be a secret)`],
    ['a name that is not a token', 'X Token: s3cret', `${SOURCE}: entry 1: the header name is not a token`],
    ['an empty value', 'Authorization:', `${SOURCE}: header "Authorization" has an empty value`],
    ['a control character', 'X-Token: s3c\u0000ret', `${SOURCE}: header "X-Token" has a control character (such as CR) in its value (not shown)`],
    ['a lone CR', 'X-Token: s3c\rret', `${SOURCE}: header "X-Token" has a control character`],
    ['a name given twice', 'X-Token: s3cret, x-token: other', `${SOURCE}: header "x-token" is given twice`]
  ])('refuses %s, naming the source and never showing a value', (_, text, message) => {
    const error = inputErrorOf(() => parsePrometheusHeaders(text, SOURCE));
    expect(error).toContain(message);
    expect(error).not.toMatch(/s3c|other/);
  });

  it('names the line of each bad entry and reports them all at once', () => {
    const error = inputErrorOf(() => parsePrometheusHeaders('Authorization: Bearer s3cret\nnothing here\nX-A: 1\nbad name: 2', SOURCE));
    expect(error).toBe(
      [
        `${SOURCE}: line 2: entry 1 is not a "Name: value" pair (its text is not shown: it may be a secret)`,
        `${SOURCE}: line 4: entry 1: the header name is not a token (letters, digits and !#$%&'*+-.^_\`|~; not shown)`
      ].join('\n')
    );
  });
});

describe('parsePrometheusUrl', () => {
  it('accepts an http or https URL, path prefix and credentials included', () => {
    expect(parsePrometheusUrl(' http://prometheus.monitoring:9090 ', SOURCE)).toBe('http://prometheus.monitoring:9090');
    expect(parsePrometheusUrl('https://u:p@example.com/prometheus', SOURCE)).toBe('https://u:p@example.com/prometheus');
  });

  it.each(['', 'prometheus:9090', 'ftp://u:s3cret@host', 'http://'])('refuses %j without showing it', (text) => {
    const error = inputErrorOf(() => parsePrometheusUrl(text, SOURCE));
    expect(error).toBe(`${SOURCE}: expected an http or https URL, such as http://prometheus.monitoring:9090 (the value is not shown)`);
  });
});
