// EXPLICIT_DENY_OVERRIDES_ALLOW: an Allow (identity or resource policy) is shadowed by a Deny elsewhere for the same principal, action and resource.
import { describeStatement } from '../../iam/describe.js';
import { refusedProbes } from '../aws/probes.js';
import type { Check } from '../types.js';

/** The check. */
export const check: Check = {
  meta: {
    code: 'EXPLICIT_DENY_OVERRIDES_ALLOW', severity: 'error', title: 'An explicit Deny overrides an Allow',
    needs: ['AUTH', 'bucket, key and function policies', 'ORG'],
    fix: 'Explicit deny always wins: the Deny in <policy> statement <sid/idx> matches. Narrow its Resource or Condition, or drop the overlapping Allow.',
    docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html',
  },
  check({ ctx, report }) {
    for (const p of refusedProbes(ctx)) {
      const w = p.refusal.why;
      const allow = w.allows[0];
      if (w.blocker !== 'explicit-deny' || !allow) continue;
      const deny = w.denies[0];
      const denyText = deny ? describeStatement(deny) : 'a Deny statement';
      report({
        message: `${p.principal} is refused ${p.refusal.action} on ${p.refusal.resource} although ${describeStatement(allow)} allows it: the Deny in ${denyText} matches.`,
        fix: `Explicit deny always wins: the Deny in ${denyText} matches ${p.refusal.action} on ${p.refusal.resource}. Narrow its Resource or Condition, or drop the overlapping Allow.`,
        resource: p.principal, ...(p.file ? { location: { file: p.file, ...(p.jsonPath ? { jsonPath: p.jsonPath } : {}) } } : {}),
        related: p.refusal.statements, evidence: [`asked because ${p.origin}`, ...p.refusal.evidence],
      });
    }
  },
};
