import { describe, expect, it } from 'vitest';
import { locateJsonError, positionAt } from './json-locate.js';

describe('locateJsonError', () => {
  it.each([
    ['{"a": 1}', undefined],
    ['[1, 2.5e3, -0, true, false, null, "x\\u00e9\\n"]', undefined],
    ['  {"a": {"b": [ ]}}  \n', undefined],
  ])('accepts valid JSON %s', (text, expected) => {
    expect(locateJsonError(text)).toBe(expected);
  });

  it.each([
    ['{"a":}', 1, 6, /where a value was expected/],
    ['{\n  "a": [1,\n  2,,]\n}', 3, 5, /where a value was expected/],
    ['{"a" 1}', 1, 6, /':' was expected/],
    ['{"a": 1 "b": 2}', 1, 9, /',' or '}' was expected/],
    ['{a: 1}', 1, 2, /property name in double quotes/],
    ['{"a": "x\ny"}', 1, 9, /unescaped character U\+000A/],
    ['{"a": "\\q"}', 1, 8, /bad escape/],
    ['{"a": 01}', 1, 8, /',' or '}' was expected/],
    ['{"a": [1, 2}', 1, 12, /',' or ']' was expected/],
    ['{"a": 1', 1, 8, /unexpected end/],
    ['"abc', 1, 5, /unterminated string/],
    ['\u0000\u0001garbage', 1, 1, /character U\+0000/],
  ])('locates the error in %j at line %i, column %i', (text, line, column, message) => {
    const err = locateJsonError(text);
    expect(err?.start.line).toBe(line);
    expect(err?.start.column).toBe(column);
    expect(err?.message).toMatch(message);
    expect(err?.trailing).toBe(false);
  });

  it('marks text after a complete value as trailing', () => {
    const err = locateJsonError('{"a": 1}\n{"b": 2}');
    expect(err).toMatchObject({ trailing: true, start: { line: 2, column: 1, offset: 9 } });
  });

  it('scans deeply nested input without recursion', () => {
    const deep = '['.repeat(200_000) + ']'.repeat(199_999);
    expect(locateJsonError(deep)?.message).toMatch(/unexpected end/);
  });

  it('computes 1-based positions', () => {
    expect(positionAt('ab\ncd', 4)).toEqual({ line: 2, column: 2, offset: 4 });
  });
});
