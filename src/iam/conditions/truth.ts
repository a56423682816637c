// Three-valued truth for conditions (true, false, unknown-with-a-reason) and the per-value test contract.
import type { RequestContext } from '../context.js';

/** A truth value that could not be decided, and why. */
export interface Unknown {
  unknown: string;
}

/** true, false, or unknown (Kleene logic: unknown never turns into a match or a no-match by itself). */
export type Truth = boolean | Unknown;

/** Tests one request value against all the policy values of a condition (ORed), in the positive sense. */
export interface ValueTest {
  /** Does the request value match one of the policy values? */
  test(value: string, ctx: RequestContext): Truth;
  /** The policy values as they read for this request (variables replaced), for explanations. */
  describe(ctx: RequestContext): string;
  /** The first policy variable that has no value in this request (it makes its policy value match nothing). */
  missingVariable?(ctx: RequestContext): string | undefined;
}

/** Negation: unknown stays unknown. */
export function not(t: Truth): Truth {
  return typeof t === 'boolean' ? !t : t;
}

/** OR over request values: any true wins; otherwise the first unknown; otherwise false. */
export function anyOf(values: readonly string[], f: (v: string) => Truth): Truth {
  let unknown: Unknown | undefined;
  for (const v of values) {
    const t = f(v);
    if (t === true) return true;
    if (t !== false && !unknown) unknown = t;
  }
  return unknown ?? false;
}

/** AND over request values: any false wins; otherwise the first unknown; otherwise true. */
export function allOf(values: readonly string[], f: (v: string) => Truth): Truth {
  let unknown: Unknown | undefined;
  for (const v of values) {
    const t = f(v);
    if (t === false) return false;
    if (t !== true && !unknown) unknown = t;
  }
  return unknown ?? true;
}

/** The outcome of OR over policy values: found, else unknown when some policy value was unusable, else false. */
export function found(hit: boolean, invalid: string | undefined): Truth {
  if (hit) return true;
  return invalid === undefined ? false : { unknown: invalid };
}

/** Quotes a value for explanations. */
export function quote(v: string): string {
  return JSON.stringify(v);
}

/** Quotes a list of values for explanations: `"a"` or `["a", "b"]`. */
export function quoteAll(values: readonly string[]): string {
  return values.length === 1 ? quote(values[0] as string) : `[${values.map(quote).join(', ')}]`;
}

/**
 * Parses every policy value once: the usable ones, and a reason naming the unusable ones
 * (undefined when all are usable).
 */
export function parseAll<T>(
  values: readonly string[],
  parse: (v: string) => T | undefined,
  what: string,
): { parsed: T[]; invalid: string | undefined } {
  const parsed: T[] = [];
  const bad: string[] = [];
  for (const v of values) {
    const p = parse(v);
    if (p === undefined) bad.push(v);
    else parsed.push(p);
  }
  const invalid = bad.length === 0 ? undefined : `policy value ${quoteAll(bad)} is not ${what}`;
  return { parsed, invalid };
}

/** Wraps a parser with a bounded memo (request values repeat across conditions and requests). */
export function memoized<T>(parse: (v: string) => T | undefined, limit = 4096): (v: string) => T | undefined {
  const memo = new Map<string, T | undefined>();
  return (v) => {
    if (memo.has(v)) return memo.get(v);
    const p = parse(v);
    if (memo.size >= limit) memo.clear();
    memo.set(v, p);
    return p;
  };
}

/** A ValueTest over policy values parsed once; the request value is parsed per call (by `parseRequest`, default `parse`). */
export function parsedTest<T>(
  values: readonly string[],
  parse: (v: string) => T | undefined,
  what: string,
  matches: (request: T, policy: T) => boolean,
  parseRequest: (v: string) => T | undefined = parse,
  requestWhat: string = what,
): ValueTest {
  const { parsed, invalid } = parseAll(values, parse, what);
  const text = quoteAll(values);
  const request = memoized(parseRequest);
  return {
    test(value) {
      const r = request(value);
      if (r === undefined) return { unknown: `request value ${quote(value)} is not ${requestWhat}` };
      let hit = false;
      for (const p of parsed) {
        if (matches(r, p)) {
          hit = true;
          break;
        }
      }
      return found(hit, invalid);
    },
    describe: () => text,
  };
}
