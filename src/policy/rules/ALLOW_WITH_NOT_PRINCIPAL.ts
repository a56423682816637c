// ALLOW_WITH_NOT_PRINCIPAL: "Effect": "Allow" with NotPrincipal grants access to everyone except the listed principals.
import { defineRule } from './define.js';
import { statementPath } from './walk.js';

/** Reports Allow statements that use NotPrincipal. */
export const rule = defineRule({
  code: 'ALLOW_WITH_NOT_PRINCIPAL',
  severity: 'warning',
  description: 'An Allow with NotPrincipal allows every principal except those listed, including anonymous users; AWS strongly recommends against it.',
  messages: { default: '{statement} allows everyone except the NotPrincipal list, anonymous users included' },
  fix: 'Use "Principal" with the principals to allow, or a Deny with NotPrincipal (better: a Deny with an aws:PrincipalArn condition)',
  docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notprincipal.html',
}, (ctx) => {
  for (const st of ctx.doc.statements) {
    if (st.effect === 'Allow' && st.notPrincipal) {
      ctx.report({ path: `${statementPath(st)}.NotPrincipal`, key: true, data: { statement: `Statement[${st.index}]` } });
    }
  }
});
