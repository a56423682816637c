// Numeric and Date operator families: values parsed once, compared by the operator's comparison.
import type { Comparison } from './operator.js';
import { parsedTest, type ValueTest } from './truth.js';

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** Parses an integer or decimal ("comparing a key to an integer or decimal value"), or undefined. */
export function parseNumber(text: string): number | undefined {
  return NUMBER.test(text) ? Number(text) : undefined;
}

/** True when `request <comparison> policy`. */
export function compare(comparison: Comparison, request: number, policy: number): boolean {
  switch (comparison) {
    case 'eq':
      return request === policy;
    case 'lt':
      return request < policy;
    case 'lte':
      return request <= policy;
    case 'gt':
      return request > policy;
    case 'gte':
      return request >= policy;
  }
}

/** Compiles the values of a Numeric operator. */
export function compileNumericTest(values: readonly string[], comparison: Comparison): ValueTest {
  return parsedTest(values, parseNumber, 'a number', (r, p) => compare(comparison, r, p));
}

const EPOCH = /^[+-]?\d+(\.\d+)?$/;
// W3C profile of ISO 8601: YYYY, YYYY-MM, YYYY-MM-DD, then Thh:mm, :ss, .s and a time zone.
const W3C = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[Tt](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?([Zz]|[+-]\d{2}:?\d{2})?)?)?)?$/;

/**
 * Parses a date as AWS documents for Date operators: epoch (UNIX) seconds, or a W3C ISO 8601
 * date; returns milliseconds since the epoch, or undefined. All-digit text is read as epoch
 * seconds. A time without a zone is read as UTC.
 */
export function parseDate(text: string): number | undefined {
  if (EPOCH.test(text)) return Math.round(Number(text) * 1000);
  const m = W3C.exec(text);
  if (!m) return undefined;
  const [, y, mo = '01', d = '01', h = '00', mi = '00', s = '00', frac, zone] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s);
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 24 || minute > 59 || second > 60) return undefined;
  let ms = Date.UTC(year, month - 1, day, hour, minute, second) + (frac ? Math.round(Number(frac) * 1000) : 0);
  if (new Date(Date.UTC(year, month - 1, day)).getUTCDate() !== day) return undefined;
  if (zone && zone !== 'Z' && zone !== 'z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    ms -= sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000;
  }
  return ms;
}

/** Compiles the values of a Date operator. */
export function compileDateTest(values: readonly string[], comparison: Comparison): ValueTest {
  return parsedTest(values, parseDate, 'a date (ISO 8601 or epoch seconds)', (r, p) => compare(comparison, r, p));
}
