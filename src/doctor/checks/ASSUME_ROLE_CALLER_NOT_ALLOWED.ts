// ASSUME_ROLE_CALLER_NOT_ALLOWED: the caller's own identity policies (after boundary and SCP) do not allow sts:AssumeRole on the role.
import { assumePairs } from '../aws/assume.js';
import { ask } from '../aws/service-access.js';
import { fill, type Check } from '../types.js';

const FIX = 'In account {account}, allow sts:AssumeRole on {role} in an identity policy of {caller}.';

/** The check. */
export const check: Check = {
  meta: {
    code: 'ASSUME_ROLE_CALLER_NOT_ALLOWED', severity: 'error', title: 'The caller may not call sts:AssumeRole on the role',
    needs: ['AUTH (caller acct)', 'ORG'],
    fix: fill(FIX, { account: '<dev>', role: 'arn:aws:iam::<prod>:role/<name>', caller: '<caller>' }),
    docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_common-scenarios_aws-accounts.html',
  },
  check({ ctx, report }) {
    for (const { caller, role, why } of assumePairs(ctx)) {
      const a = ask(ctx, caller, 'sts:AssumeRole', role.arn);
      if (a.kind !== 'refused' || a.refusal.why.identityAllows || !a.refusal.why.resourceAllows) continue;
      report({
        message: `${caller} cannot assume ${role.arn}: the role's trust policy allows it, but no identity policy of ${caller} allows sts:AssumeRole on the role (${why}).`,
        fix: fill(FIX, { account: caller.split(':')[4] ?? '', role: role.arn, caller }), resource: caller,
        location: { file: `${caller.split(':')[4] ?? ''}/iam/get-account-authorization-details.json` }, related: a.refusal.statements, evidence: a.refusal.evidence,
      });
    }
  },
};
