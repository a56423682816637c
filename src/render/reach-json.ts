// Renders a reachability answer as JSON (the shape documented in docs/reach.md).
import type { ReachAnswer } from '../net/trace.js';

/** The answer as pretty-printed JSON. */
export function renderReachJson(a: ReachAnswer): string {
  return JSON.stringify(a, null, 2) + '\n';
}
