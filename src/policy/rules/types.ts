// The shape of a lint rule: typed meta (code, severity, messages, fix, doc) and a check over one policy.
import type { Severity } from '../../core/finding.js';
import type { ParseResult, PolicyDocument, Span } from '../model.js';

/** The policy types lint knows; each decides which rules apply. */
export type PolicyType = 'identity' | 'resource' | 'trust' | 'scp' | 'rcp' | 'key' | 'endpoint';

/** Every policy type, in CLI order. */
export const POLICY_TYPES: readonly PolicyType[] = ['identity', 'resource', 'trust', 'scp', 'rcp', 'key', 'endpoint'];

/** Where an identity policy lives, for size quotas: AWS managed policies are exempt. */
export type PolicyOrigin = 'aws-managed' | 'customer-managed' | 'inline-user' | 'inline-group' | 'inline-role';

/** A rule's static description (ESLint `meta`). Message and fix templates use `{name}` placeholders. */
export interface RuleMeta {
  code: string;
  severity: Severity;
  description: string;
  /** Message templates by id; `default` is used when a report names none. */
  messages: { default: string } & Record<string, string>;
  fix: string;
  /** The AWS documentation page that pins the rule. */
  docs: string;
  /** Policy types the rule applies to; all when absent. */
  types?: readonly PolicyType[];
  /** Opt-in rules run only when asked for (`--security`). */
  optIn?: 'security';
  /** Rules that read the parser's problems run even when no policy model could be built. */
  fromParser?: boolean;
}

/** One problem a rule reports. */
export interface Report {
  /** JSON path of the element (`$.Statement[0].Resource[1]`). */
  path: string;
  messageId?: string;
  data?: Record<string, string | number>;
  /** Start the location at the element's key rather than its value. */
  key?: boolean;
  /** Overrides the meta fix (templates allowed). */
  fix?: string;
  severity?: Severity;
  /** An explicit span (the parser's problems carry their own). */
  span?: Span;
  resource?: string;
}

/** What a check sees: the policy, how it is used, and a report function. */
export interface RuleContext {
  readonly doc: PolicyDocument;
  readonly parsed: ParseResult;
  readonly type: PolicyType;
  /** True when the type was inferred from the content rather than given. */
  readonly typeInferred: boolean;
  readonly file: string;
  /** The bucket a bucket policy belongs to (`--bucket`), if known. */
  readonly bucket?: string;
  /** True when the policy is an S3 bucket policy (given `--bucket`, or inferred from s3-only actions). */
  readonly isBucketPolicy: boolean;
  readonly origin?: PolicyOrigin;
  report(r: Report): void;
}

/** A lint rule: one file per code under src/policy/rules/. */
export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): void;
}
