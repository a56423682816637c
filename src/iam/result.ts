// The engine's answer: plain data that serializes to JSON (Cedar's Response: decision, reasons, errors).
import type { Span } from '../policy/model.js';
import type { ConditionOutcome } from './conditions/types.js';
import type { NotCollected, PolicyRef } from './inputs.js';
import type { PrincipalMatch } from './principal-match.js';

/** AWS's three outcomes. */
export type DecisionValue = 'Allow' | 'ExplicitDeny' | 'ImplicitDeny';

/** A statement that applied to the request (or might have, when `certain` is false). */
export interface StatementHit {
  policy: PolicyRef;
  index: number;
  sid?: string;
  effect: 'Allow' | 'Deny';
  /** In resource-based policies: the Principal entry that named the caller. */
  principal?: PrincipalMatch;
  /** Set when a condition could not be evaluated: the statement may or may not apply. */
  uncertainReason?: string;
  span?: Span;
  conditions?: ConditionOutcome[];
}

/** Why a statement did not apply (explain full). */
export interface StatementMiss {
  policy: PolicyRef;
  index: number;
  sid?: string;
  effect?: string;
  /** The element that did not match. */
  element: 'Effect' | 'Action' | 'NotAction' | 'Resource' | 'NotResource' | 'Principal' | 'NotPrincipal' | 'Condition';
  reason: string;
  conditions?: ConditionOutcome[];
  missingKeys?: string[];
}

/** A condition key the request did not carry, named by the statement that needed it. */
export interface MissingKey {
  key: string;
  policy: PolicyRef;
  index: number;
  sid?: string;
  effect: 'Allow' | 'Deny';
}

/** One policy's outcome for the request. */
export interface PolicyResult {
  ref: PolicyRef;
  allows: StatementHit[];
  denies: StatementHit[];
  /** Statements whose applicability could not be decided (unknown operator, invalid statement). */
  unknown: StatementHit[];
  missingKeys: MissingKey[];
  /** Non-matching statements with the reason; only with explain `full`. */
  misses?: StatementMiss[];
  /** Set when the document could not be read: it was not treated as allowing or denying anything. */
  unreadable?: string;
}

/** A decisive reason: a statement, or a sentence naming what was missing. */
export interface Reason {
  kind: 'statement' | 'missing-allow' | 'grant' | 'acl' | 'root' | 'not-collected';
  message: string;
  statement?: StatementHit;
}

/** The answer to "may this principal do this action on this resource?". */
export interface Decision {
  decision: DecisionValue;
  /** False when an unknown condition, an unreadable policy, or uncollected data could change the decision. */
  certain: boolean;
  /** One sentence in AWS's own words naming the decisive statements. */
  summary: string;
  reasons: Reason[];
  missingKeys: MissingKey[];
  uncertain: string[];
  notCollected: NotCollected[];
  notes: string[];
  /** Per-policy results (always present; `misses` only with explain full). */
  policies: PolicyResult[];
}
