// IAM wildcard matching (`*` any run, `?` one character) for the lint rules: the linear-time globs of core/wildcard, case-insensitive, cached.
import { compileWildcard, type Matcher } from '../../core/wildcard.js';

const compiled = new Map<string, Matcher>();

/** A case-insensitive matcher for an IAM wildcard pattern (no regular expression: linear on hostile patterns). */
export function wildcardMatcher(pattern: string): Matcher {
  let m = compiled.get(pattern);
  if (!m) {
    m = compileWildcard(pattern, { ignoreCase: true });
    if (compiled.size > 10_000) compiled.clear();
    compiled.set(pattern, m);
  }
  return m;
}

/** True when the text holds an IAM wildcard. */
export function hasWildcard(text: string): boolean {
  return text.includes('*') || text.includes('?');
}
