// STATEMENT_MISSING_EFFECT: a statement without Effect, or with a value other than Allow or Deny.
import { defineRule, label } from './define.js';
import { statementPath } from './walk.js';

/** Reports statements whose Effect is absent or not exactly Allow or Deny. */
export const rule = defineRule({
  code: 'STATEMENT_MISSING_EFFECT',
  severity: 'error',
  description: 'Every statement needs "Effect": "Allow" or "Effect": "Deny" (case-sensitive).',
  messages: {
    default: '{statement} has no Effect',
    invalid: 'Effect "{effect}" is not valid: use Allow or Deny{hint}',
  },
  fix: 'Add "Effect": "Allow" (or "Deny")',
  docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_effect.html',
}, (ctx) => {
  for (const st of ctx.doc.statements) {
    const p = statementPath(st);
    if (st.effect === undefined) {
      ctx.report({ path: p, data: { statement: label(st) } });
    } else if (st.effect !== 'Allow' && st.effect !== 'Deny') {
      const fixed = ['Allow', 'Deny'].find((e) => e.toLowerCase() === st.effect?.toLowerCase());
      ctx.report({
        path: `${p}.Effect`, messageId: 'invalid',
        data: { effect: st.effect, hint: fixed ? ` (the value is case-sensitive: ${fixed})` : '' },
        fix: fixed ? `Write "Effect": "${fixed}"` : 'Use "Effect": "Allow" or "Effect": "Deny"',
      });
    }
  }
});
