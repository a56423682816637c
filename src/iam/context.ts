// The request context: condition keys and their values, as AWS fills them for one request.

/** The values of one context key. A single-valued key has exactly one value and `multi: false`. */
export interface ContextValue {
  values: string[];
  multi: boolean;
}

/** Context keys by lower-cased name (condition key names are case-insensitive). */
export type RequestContext = ReadonlyMap<string, ContextValue>;

/** Builds a RequestContext from plain pairs; an array value makes the key multi-valued. */
export function makeContext(entries: Record<string, string | string[]>): Map<string, ContextValue> {
  const m = new Map<string, ContextValue>();
  for (const [k, v] of Object.entries(entries)) {
    m.set(k.toLowerCase(), Array.isArray(v) ? { values: v, multi: true } : { values: [v], multi: false });
  }
  return m;
}
