// ASSUME_ROLE_TRUST_MISSING: the role's trust policy does not name the caller or its account, or its conditions cannot be met.
import { assumePairs } from '../aws/assume.js';
import { ask } from '../aws/service-access.js';
import { fill, type Check } from '../types.js';

const FIX = 'In the trust policy of {role}, add Principal {"AWS": "{caller}"} (or arn:aws:iam::{account}:root) with Action sts:AssumeRole; pass ExternalId or MFA when the statement requires them.';

/** The check. */
export const check: Check = {
  meta: {
    code: 'ASSUME_ROLE_TRUST_MISSING', severity: 'error', title: 'The role\'s trust policy does not trust the caller',
    needs: ['AUTH (role acct)'],
    fix: fill(FIX, { role: '<role>', caller: '<caller-arn>', account: '<dev>' }),
    docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html#principal-roles',
  },
  check({ ctx, report }) {
    for (const { caller, role, why } of assumePairs(ctx)) {
      const a = ask(ctx, caller, 'sts:AssumeRole', role.arn);
      if (a.kind !== 'refused' || a.refusal.why.resourceAllows || a.refusal.why.blocker === 'explicit-deny') continue;
      const missingKeys = ctx.can(caller, 'sts:AssumeRole', role.arn);
      const keys = missingKeys.ok ? [...new Set(missingKeys.decision.missingKeys.map((k) => k.key))] : [];
      report({
        message: `${caller} cannot assume ${role.arn}: its trust policy does not allow ${caller}${keys.length ? ` without ${keys.join(', ')}` : ''} (${why}).`,
        fix: fill(FIX, { role: role.arn, caller, account: caller.split(':')[4] ?? '' }), resource: role.arn,
        location: { file: role.trustPolicy?.file ?? `${role.account}/iam/get-account-authorization-details.json`, ...(role.trustPolicy ? { jsonPath: role.trustPolicy.jsonPath } : {}) },
        related: a.refusal.statements, evidence: a.refusal.evidence,
      });
    }
  },
};
