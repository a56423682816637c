// compileCondition: one condition entry compiled once (operator, values) and evaluated per request.
import type { ConditionEntry } from '../../policy/model.js';
import type { RequestContext } from '../context.js';
import { compileNull } from './null.js';
import { compileDateTest, compileNumericTest } from './numeric.js';
import { compileIpTest } from './ip.js';
import { parseOperator, type OperatorInfo } from './operator.js';
import { compileBinaryTest, compileBoolTest } from './scalar.js';
import { compileArnTest, compileStringTest } from './string.js';
import { allOf, anyOf, not, quoteAll, type Truth, type ValueTest } from './truth.js';
import type { CompileConditionOptions, CompiledCondition, ConditionOutcome } from './types.js';

function valueTest(op: OperatorInfo, values: readonly string[], options: CompileConditionOptions): ValueTest {
  switch (op.family) {
    // Policy variables: "You can use a policy variable for Condition values in any condition that
    // involves the string operators or the ARN operators" (and with no other operator).
    case 'String':
      return compileStringTest(values, op, options.variables);
    case 'Arn':
      return compileArnTest(values, options.variables);
    case 'Numeric':
      return compileNumericTest(values, op.comparison);
    case 'Date':
      return compileDateTest(values, op.comparison);
    case 'Bool':
      return compileBoolTest(values);
    case 'Binary':
      return compileBinaryTest(values);
    case 'IpAddress':
      return compileIpTest(values);
    case 'Null':
      throw new Error('Null is compiled by compileNull');
  }
}

/** Why an absent key (or one with no values) gives the result it gives. */
function absentRule(op: OperatorInfo): { match: boolean; why: string } {
  if (op.ifExists) return { match: true, why: '...IfExists matches when the key is absent' };
  if (op.set === 'ForAllValues') return { match: true, why: 'ForAllValues matches when the key is absent or empty' };
  if (op.set === 'ForAnyValue') return { match: false, why: 'ForAnyValue does not match when the key is absent or empty' };
  if (op.negated) return { match: true, why: 'a negated operator matches when the key is absent' };
  return { match: false, why: 'a condition on an absent key does not match' };
}

/**
 * Combines the per-value tests. ForAllValues: every request value satisfies the operator;
 * ForAnyValue: at least one does. Without a set operator a single value is tested directly; for
 * a multivalued key (undocumented) a positive operator matches when any request value matches
 * and a negated one when none does.
 */
function combine(op: OperatorInfo, test: ValueTest, values: readonly string[], ctx: RequestContext): Truth {
  if (values.length === 1 && op.set === undefined) {
    const t = test.test(values[0] as string, ctx);
    return op.negated ? not(t) : t;
  }
  const positive = (v: string): Truth => test.test(v, ctx);
  const sensed = op.negated ? (v: string): Truth => not(test.test(v, ctx)) : positive;
  if (op.set === 'ForAllValues') return allOf(values, sensed);
  if (op.set === 'ForAnyValue') return anyOf(values, sensed);
  const any = anyOf(values, positive);
  return op.negated ? not(any) : any;
}

/**
 * Compiles one condition entry. Several values for the key are ORed (NORed for a negated
 * operator); the caller ANDs the entries. An unknown operator or an unusable value gives
 * `unknown`, never a match or a no-match.
 */
export function compileCondition(entry: ConditionEntry, options: CompileConditionOptions): CompiledCondition {
  const lower = entry.key.toLowerCase();
  const parsed = parseOperator(entry.operator);
  if (!parsed.ok) {
    const reason = `${entry.operator} ${entry.key}: cannot evaluate: ${parsed.reason}`;
    return {
      entry,
      evaluate: (ctx) => (ctx.has(lower) ? { result: 'unknown', reason } : { result: 'unknown', missingKey: entry.key, reason }),
    };
  }
  const op = parsed.op;
  if (op.family === 'Null') return compileNull(entry, op);
  const test = valueTest(op, entry.values, options);
  const head = `${op.name} ${entry.key}`;
  const absent = absentRule(op);
  return {
    entry,
    evaluate(ctx): ConditionOutcome {
      const cv = ctx.get(lower);
      if (cv === undefined || cv.values.length === 0) {
        const state = cv === undefined ? 'is not in the request context' : 'has no values';
        const result = absent.match ? 'match' : 'nomatch';
        const reason = `${head}: the key ${state}; ${absent.why}`;
        return cv === undefined ? { result, missingKey: entry.key, reason } : { result, reason };
      }
      const t = combine(op, test, cv.values, ctx);
      // A policy variable with no value is a key nobody supplied, too.
      const variable = test.missingVariable?.(ctx);
      const missing = variable === undefined ? {} : { missingKey: variable };
      if (t !== true && t !== false) return { result: 'unknown', ...missing, reason: `${head}: cannot evaluate: ${t.unknown}` };
      return {
        result: t ? 'match' : 'nomatch',
        ...missing,
        reason: `${head}: request ${quoteAll(cv.values)} vs policy ${test.describe(ctx)}: ${t ? 'matches' : 'does not match'}`,
      };
    },
  };
}
