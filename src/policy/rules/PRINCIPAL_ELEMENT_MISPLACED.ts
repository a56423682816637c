// PRINCIPAL_ELEMENT_MISPLACED: Principal in an identity policy or SCP, or missing from a resource, trust or key policy.
import { defineRule, label } from './define.js';
import { statementPath } from './walk.js';

const NEEDS_PRINCIPAL = new Set(['resource', 'trust', 'key', 'rcp']);
const NO_PRINCIPAL = new Set(['identity', 'scp']);

/** Reports Principal where the policy type forbids it, and its absence where the type requires it. */
export const rule = defineRule({
  code: 'PRINCIPAL_ELEMENT_MISPLACED',
  severity: 'error',
  description: 'Identity policies and SCPs never have Principal or NotPrincipal (the principal is whoever the policy is attached to); resource, trust, key policies and RCPs must name one.',
  messages: {
    default: '{element} is not allowed in {type} policies',
    missing: '{statement} has no Principal, which {type} policies require',
  },
  fix: 'Identity policies never have Principal; resource and trust policies must. Remove it here, or put the statement in the resource\'s policy',
  docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html',
}, (ctx) => {
  const typeName = ctx.type === 'scp' ? 'service control' : ctx.type;
  for (const st of ctx.doc.statements) {
    const p = statementPath(st);
    if (NO_PRINCIPAL.has(ctx.type)) {
      if (st.principal) ctx.report({ path: `${p}.Principal`, key: true, data: { element: 'Principal', type: typeName } });
      if (st.notPrincipal) ctx.report({ path: `${p}.NotPrincipal`, key: true, data: { element: 'NotPrincipal', type: typeName } });
    } else if (NEEDS_PRINCIPAL.has(ctx.type) && !st.principal && !st.notPrincipal) {
      ctx.report({
        path: p, messageId: 'missing', data: { statement: label(st), type: typeName },
        fix: ctx.type === 'trust'
          ? 'Add "Principal": {"AWS": "arn:aws:iam::<account>:root"} (or {"Service": "<service>.amazonaws.com"}) naming who may assume the role'
          : 'Add "Principal": {"AWS": "arn:aws:iam::<account>:root"} naming who the statement applies to',
      });
    }
  }
});
