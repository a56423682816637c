// Interface of compiled conditions: the contract between the condition operators and the statement matcher.
import type { ConditionEntry } from '../../policy/model.js';
import type { RequestContext } from '../context.js';

/** The outcome of one condition entry (one operator, one key, its values) on one request. */
export interface ConditionOutcome {
  /** `unknown`: the engine cannot evaluate it (unknown operator, unusable value); never read as match or no match. */
  result: 'match' | 'nomatch' | 'unknown';
  /** Set when the key was absent from the request context (whatever the result). */
  missingKey?: string;
  /** Human explanation: key, operator, the values compared, and why. */
  reason: string;
}

/** A condition entry compiled once and evaluated per request. */
export interface CompiledCondition {
  entry: ConditionEntry;
  evaluate: (ctx: RequestContext) => ConditionOutcome;
}

/** Options of compiling: policy variables are substituted only in policies with Version 2012-10-17. */
export interface CompileConditionOptions {
  variables: boolean;
}
