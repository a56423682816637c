// POLICY_PRINCIPAL_DELETED: a principal written as a unique id (AIDA…, AROA…): the user or role was deleted.
import { isUniqueId } from './arn-analysis.js';
import { defineRule } from './define.js';
import { principalValues } from './walk.js';

/** Reports AWS principals that IAM has replaced by the deleted entity's unique id. */
export const rule = defineRule({
  code: 'POLICY_PRINCIPAL_DELETED',
  severity: 'warning',
  description: 'IAM shows a unique id (AIDA… for a user, AROA… for a role) in place of an ARN when the principal was deleted. Recreating a user or role with the same name does not restore access: the new one has another id.',
  messages: { default: 'Principal {value} is the unique id of a deleted {kind}: this statement matches nobody' },
  fix: 'Put the principal\'s ARN back into the policy (arn:aws:iam::<account>:{kind}/<name>) and save it',
  docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html',
}, (ctx) => {
  for (const st of ctx.doc.statements) {
    for (const p of principalValues(st)) {
      if (p.type !== 'AWS' || !isUniqueId(p.value)) continue;
      const kind = p.value.startsWith('AIDA') ? 'user' : 'role';
      ctx.report({ path: p.path, data: { value: p.value, kind } });
    }
  }
});
