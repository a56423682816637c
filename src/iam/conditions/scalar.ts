// Bool and BinaryEquals operator families.
import { parsedTest, type ValueTest } from './truth.js';

/** Parses `true` or `false` (any case), or undefined. */
export function parseBool(text: string): boolean | undefined {
  const t = text.toLowerCase();
  return t === 'true' ? true : t === 'false' ? false : undefined;
}

/** Compiles the values of a Bool operator. */
export function compileBoolTest(values: readonly string[]): ValueTest {
  return parsedTest(values, parseBool, 'true or false', (r, p) => r === p);
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}(?:==)?|[A-Za-z0-9+/]{3}=?)?$/;

/** Decodes base-64 text, or undefined when it is not base 64. */
export function parseBase64(text: string): Buffer | undefined {
  return BASE64.test(text) ? Buffer.from(text, 'base64') : undefined;
}

/**
 * Compiles the values of BinaryEquals: "compares the value of the specified key byte for byte
 * against a base-64 encoded representation of the binary value in the policy". Request values
 * of binary keys are given as base-64 text too.
 */
export function compileBinaryTest(values: readonly string[]): ValueTest {
  return parsedTest(values, parseBase64, 'base-64 data', (r, p) => r.equals(p));
}
