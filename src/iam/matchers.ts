// Action and Resource element matchers built from the wildcard and variable modules, compiled once.
import type { RequestContext } from './context.js';
import { compileArnPattern, type CompiledPattern } from './variables.js';
import { compileWildcard, type Matcher } from '../core/wildcard.js';

/**
 * A matcher for an Action/NotAction list: case-insensitive, `*` and `?` wildcards; the caller
 * passes the action lower-cased. Exact actions are looked up in a set.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html
 */
export function compileActionMatcher(patterns: readonly string[]): (actionLower: string) => boolean {
  const exact = new Set<string>();
  const globs: Matcher[] = [];
  for (const p of patterns) {
    const lower = p.toLowerCase();
    if (lower === '*') return () => true;
    if (lower.includes('*') || lower.includes('?')) globs.push(compileWildcard(lower));
    else exact.add(lower);
  }
  if (globs.length === 0) return (a) => exact.has(a);
  return (a) => exact.has(a) || globs.some((g) => g(a));
}

/**
 * A matcher for a Resource/NotResource list: case-sensitive and ARN-aware; policy variables are
 * substituted from the request context when `variables` is true (Version 2012-10-17).
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html
 */
export function compileResourceMatcher(patterns: readonly string[], variables: boolean): (resource: string, ctx: RequestContext) => boolean {
  const exact = new Set<string>();
  const compiled: CompiledPattern[] = [];
  for (const p of patterns) {
    if (p === '*') return () => true;
    if (p.includes('*') || p.includes('?') || (variables && p.includes('${'))) compiled.push(compileArnPattern(p, { variables }));
    else exact.add(p);
  }
  if (compiled.length === 0) return (r) => exact.has(r);
  return (r, ctx) => exact.has(r) || compiled.some((c) => c.match(r, ctx));
}
