// Parses repeated --context KEY=VALUE options into a request context; a repeated key is multi-valued.
import { isMultiValuedKey } from '../iam/catalog.js';
import type { ContextValue } from '../iam/context.js';
import { UsageError } from './io.js';

/** Builds context values from `KEY=VALUE` pairs, typing multi-valued keys from the IAM condition-key catalog. */
export async function makeContextFromPairs(pairs: readonly string[]): Promise<Map<string, ContextValue>> {
  const byKey = new Map<string, { key: string; values: string[] }>();
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new UsageError(`--context takes KEY=VALUE, got "${pair}"`);
    const key = pair.slice(0, eq);
    const entry = byKey.get(key.toLowerCase()) ?? { key, values: [] };
    entry.values.push(pair.slice(eq + 1));
    byKey.set(key.toLowerCase(), entry);
  }
  const out = new Map<string, ContextValue>();
  for (const [lower, { key, values }] of byKey) {
    const multi = values.length > 1 || (await isMultiValuedKey(key));
    out.set(lower, { values, multi });
  }
  return out;
}
