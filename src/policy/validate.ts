// Runs the lint rules over one parsed policy and returns its findings, sorted by position then code.
import { sortFindings, type Finding, type Location } from '../core/finding.js';
import { inferPolicyType, looksLikeBucketPolicy } from './infer.js';
import type { ParseResult, PolicyDocument } from './model.js';
import { parsePolicyText } from './parse.js';
import { format } from './rules/define.js';
import { rules } from './rules/index.js';
import type { PolicyOrigin, PolicyType, Report, Rule, RuleContext } from './rules/types.js';

/** Options of {@link validatePolicy}. */
export interface ValidateOptions {
  /** How the policy is used; inferred from its content when absent. */
  type?: PolicyType;
  /** The file name reported in findings. */
  file: string;
  /** The bucket of a bucket policy (enables BUCKET_POLICY_RESOURCE_OUTSIDE_BUCKET for other buckets). */
  bucket?: string;
  /** Where an identity policy lives, for size quotas. */
  origin?: PolicyOrigin;
  /** Also run the opt-in security rules (SERVICE_PRINCIPAL_UNSCOPED). */
  security?: boolean;
  /** Run only these codes. */
  only?: readonly string[];
  /** The resource the policy is attached to, copied into each finding. */
  resource?: string;
}

const EMPTY: PolicyDocument = { statements: [] };

function applies(rule: Rule, type: PolicyType, opts: ValidateOptions, hasDoc: boolean): boolean {
  const m = rule.meta;
  if (opts.only && !opts.only.includes(m.code)) return false;
  if (m.optIn === 'security' && !opts.security) return false;
  if (m.types && !m.types.includes(type)) return false;
  return hasDoc || m.fromParser === true;
}

function locate(parsed: ParseResult, file: string, r: Report): Location {
  const value = r.span ?? parsed.spans?.get(r.path);
  const key = r.key ? parsed.keySpans?.get(r.path) : undefined;
  const start = key?.start ?? value?.start;
  const end = value?.end ?? key?.end;
  return { file, ...(start ? { start } : {}), ...(end ? { end } : {}), jsonPath: r.path };
}

/**
 * Validates a parsed policy: runs every applicable rule of the registry and returns the findings
 * (parser problems included), sorted by position then code. The type is inferred when not given.
 */
export function validatePolicy(parsed: ParseResult, opts: ValidateOptions): Finding[] {
  const doc = parsed.document ?? EMPTY;
  const type = opts.type ?? inferPolicyType(doc);
  const findings: Finding[] = [];
  const isBucketPolicy = type === 'resource' && (opts.bucket !== undefined || looksLikeBucketPolicy(doc));
  for (const rule of rules.values()) {
    if (!applies(rule, type, opts, parsed.document !== undefined)) continue;
    const meta = rule.meta;
    const ctx: RuleContext = {
      doc, parsed, type, typeInferred: opts.type === undefined, file: opts.file, isBucketPolicy,
      ...(opts.bucket ? { bucket: opts.bucket } : {}),
      ...(opts.origin ? { origin: opts.origin } : {}),
      report: (r) => {
        const template = meta.messages[r.messageId ?? 'default'] ?? meta.messages.default;
        const resource = r.resource ?? opts.resource;
        findings.push({
          code: meta.code,
          severity: r.severity ?? meta.severity,
          message: format(template, r.data),
          fix: format(r.fix ?? meta.fix, r.data),
          ...(resource ? { resource } : {}),
          location: locate(parsed, opts.file, r),
        });
      },
    };
    rule.check(ctx);
  }
  return sortFindings(findings);
}

/** Parses and validates policy text in one call. */
export function lintPolicyText(text: string, opts: ValidateOptions): Finding[] {
  return validatePolicy(parsePolicyText(text, { file: opts.file }), opts);
}
