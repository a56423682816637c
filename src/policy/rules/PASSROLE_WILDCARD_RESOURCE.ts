// PASSROLE_WILDCARD_RESOURCE: Allow iam:PassRole on Resource "*" lets the holder hand any role to a service.
import { wildcardMatcher } from '../catalog/wildcard.js';
import { defineRule } from './define.js';
import { located, statementPath } from './walk.js';

/** True for iam:PassRole and iam-scoped wildcards that match it (not iam:* nor *: those grant all of IAM knowingly). */
function namesPassRole(action: string): boolean {
  const a = action.toLowerCase();
  if (a === 'iam:passrole') return true;
  return a.startsWith('iam:') && a !== 'iam:*' && wildcardMatcher(a)('iam:PassRole');
}

/** Reports an Allow of iam:PassRole whose Resource is "*" (or a NotResource). */
export const rule = defineRule({
  code: 'PASSROLE_WILDCARD_RESOURCE',
  severity: 'warning',
  description: 'iam:PassRole on Resource "*" lets the holder pass any role of the account, including admin roles, to a service such as EC2 or Lambda: a privilege escalation path.',
  messages: { default: '{action} is allowed on every role ({resource}): the holder can pass any role, including admin roles, to a service' },
  fix: 'List the role ARNs that may be passed (arn:aws:iam::<account>:role/<name>), and add an iam:PassedToService condition',
  docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html',
  types: ['identity'],
}, (ctx) => {
  for (const st of ctx.doc.statements) {
    if (st.effect !== 'Allow' || !st.action) continue;
    const action = located(st.action, `${statementPath(st)}.Action`).find((a) => namesPassRole(a.value));
    if (!action) continue;
    const star = located(st.resource, `${statementPath(st)}.Resource`).find((r) => r.value === '*');
    if (star) ctx.report({ path: star.path, data: { action: action.value, resource: '"Resource": "*"' } });
    else if (st.notResource) ctx.report({ path: `${statementPath(st)}.NotResource`, key: true, data: { action: action.value, resource: 'NotResource' } });
  }
});
