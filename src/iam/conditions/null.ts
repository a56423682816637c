// The Null operator: `true` when the key must be absent, `false` when it must be present.
import type { ConditionEntry } from '../../policy/model.js';
import type { CompiledCondition } from './types.js';
import type { OperatorInfo } from './operator.js';
import { parseBool } from './scalar.js';
import { found, parseAll, quoteAll } from './truth.js';

/**
 * Compiles a Null condition. A key with no values counts as absent. A set operator in front of
 * Null (a validation warning) does not change the existence check.
 */
export function compileNull(entry: ConditionEntry, op: OperatorInfo): CompiledCondition {
  const lower = entry.key.toLowerCase();
  const { parsed, invalid } = parseAll(entry.values, parseBool, 'true or false');
  const head = `${op.name} ${entry.key}`;
  const policy = quoteAll(entry.values);
  const note = op.set ? ` (${op.set} does not change a Null check)` : '';
  return {
    entry,
    evaluate(ctx) {
      const cv = ctx.get(lower);
      const absent = cv === undefined || cv.values.length === 0;
      const t = found(parsed.includes(absent), invalid);
      const state = cv === undefined ? 'is not in the request context' : absent ? 'has no values' : 'is present';
      const missing = cv === undefined ? { missingKey: entry.key } : {};
      if (t !== true && t !== false) return { result: 'unknown', ...missing, reason: `${head}: cannot evaluate: ${t.unknown}` };
      return {
        result: t ? 'match' : 'nomatch',
        ...missing,
        reason: `${head}: the key ${state}; policy ${policy}${note}: ${t ? 'matches' : 'does not match'}`,
      };
    },
  };
}
