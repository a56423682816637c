// Decodes scalar tokens (strings, numbers, literals) strictly as JSON, saying what AWS would reject in each.

/** A decoded scalar and, when the spelling is not strict JSON, why. */
export interface Scalar {
  value: string | number | boolean | null;
  problem?: string;
}

const JSON_NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f]/;

function stringProblem(raw: string): string {
  // eslint-disable-next-line no-control-regex
  const ctl = /[\u0000-\u001f]/.exec(raw);
  if (ctl) return ctl[0] === '\n' || ctl[0] === '\r'
    ? 'Line break inside a string: the string is not closed on its line, or the break must be written \\n'
    : 'Control character (tab) inside a string: write it as \\t';
  return 'Invalid escape sequence in a string: a backslash must be followed by one of " \\ / b f n r t u';
}

/** Decodes a double- or single-quoted string token. */
export function decodeString(raw: string): Scalar {
  if (raw.startsWith("'")) {
    const inner = raw.slice(1, -1);
    let value = inner;
    try { value = JSON.parse(`"${inner.replace(/\\'/g, "'").replace(/"/g, '\\"')}"`) as string; } catch { /* keep the raw text */ }
    return { value, problem: 'Strings must be in double quotes, not single quotes' };
  }
  if (raw.indexOf('\\') < 0 && !CONTROL.test(raw)) return { value: raw.slice(1, -1) };
  try {
    return { value: JSON.parse(raw) as string };
  } catch {
    return { value: raw.slice(1, -1), problem: stringProblem(raw) };
  }
}

/** Decodes a number token (JSON5 spellings such as hex, `.5` or `+1` are reported). */
export function decodeNumber(raw: string): Scalar {
  if (JSON_NUMBER.test(raw)) return { value: Number(raw) };
  return { value: raw, problem: `${raw} is not a JSON number (no leading zeros, hex, leading + or bare decimal point)` };
}

/** Decodes an identifier-like token: a bare word, NaN or Infinity. */
export function decodeWord(raw: string): Scalar {
  const lower = raw.toLowerCase();
  if (lower === 'true' || lower === 'false' || lower === 'null') {
    return { value: lower === 'null' ? null : lower === 'true', problem: `${raw} must be written in lower case: ${lower}` };
  }
  return { value: raw, problem: `Unquoted text ${raw}: JSON strings and property names need double quotes` };
}
