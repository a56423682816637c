// The policy model: what the parser (parse.ts) produces from policy text and what iam/ compiles.
import type { Position, Finding } from '../core/finding.js';

/** A source span inside the policy text (1-based lines and columns). */
export interface Span {
  start: Position;
  end: Position;
}

/**
 * A Principal or NotPrincipal element. `wildcard` is `"Principal": "*"`; otherwise the
 * values by type, in the order written (`AWS`, `Service`, `Federated`, `CanonicalUser`;
 * `AWS: "*"` appears as the string `*` in `AWS`).
 */
export type PrincipalElement =
  | { kind: 'wildcard'; span?: Span }
  | {
    kind: 'map'; AWS: string[]; Service: string[]; Federated: string[]; CanonicalUser: string[]; other: Record<string, string[]>; span?: Span;
    /** The values of each principal type as written, with their JSON paths (set by shape.ts). */
    lists?: Record<string, StringList>;
  };

/** One condition: `"Operator": { "Key": [values] }` expands to one entry per key. */
export interface ConditionEntry {
  /** The operator as written, e.g. `ForAnyValue:StringLikeIfExists`. */
  operator: string;
  /** The condition key as written, e.g. `aws:PrincipalTag/team`. */
  key: string;
  /** Values as strings: JSON numbers and booleans are turned into their text (`true`, `10`). */
  values: string[];
  span?: Span;
  /** JSON path of the key (`$.Statement[0].Condition.StringEquals.aws:SourceAccount`). */
  path?: string;
  /** JSON path of each value, parallel to `values`. */
  valuePaths?: string[];
  /** The values as JSON wrote them (strings, numbers, booleans), parallel to `values`. */
  raw?: unknown[];
}

/** A string list element (Action, Resource, ...): the values and the span of each. */
export interface StringList {
  values: string[];
  spans?: Span[];
  span?: Span;
  /** JSON path of each value, parallel to `values` (`$.Statement[0].Action[1]`, or the element's path for a single string). */
  paths?: string[];
}

/** One statement of a policy. Elements absent from the text are undefined. */
export interface Statement {
  /** 0-based index in the Statement array (0 for a single-object Statement). */
  index: number;
  sid?: string;
  /** As written; anything but Allow or Deny is a validation error. */
  effect?: string;
  action?: StringList;
  notAction?: StringList;
  resource?: StringList;
  notResource?: StringList;
  principal?: PrincipalElement;
  notPrincipal?: PrincipalElement;
  conditions: ConditionEntry[];
  span?: Span;
  /** JSON path of the statement (`$.Statement[1]`, or `$.Statement` for a single object). */
  path?: string;
}

/** A parsed policy document. */
export interface PolicyDocument {
  version?: string;
  id?: string;
  statements: Statement[];
  /** Span of the whole document. */
  span?: Span;
}

/**
 * The outcome of parsing policy text. `document` is present whenever a (possibly tolerant) parse
 * produced a usable model; `problems` lists every syntax or shape problem found (with positions),
 * coded as in ../shared/doctor-codes.md (POLICY_JSON_INVALID, POLICY_HAS_COMMENTS, ...).
 * `strictOk` is true only when AWS itself would accept the JSON syntax and shape.
 */
export interface ParseResult {
  document?: PolicyDocument;
  problems: Finding[];
  strictOk: boolean;
  /** Span of each JSON value by JSON path, when parsed from text. */
  spans?: ReadonlyMap<string, Span>;
  /** Span of each object key by the JSON path of its value, when parsed from text. */
  keySpans?: ReadonlyMap<string, Span>;
  /** Policy size as IAM counts it for quotas: characters without white space outside strings. */
  size?: number;
  /** Keys written twice in one object (JSON keeps the last), with both spans. */
  duplicateKeys?: { path: string; key?: string; span?: Span; first?: Span }[];
}
