// ACCOUNT_ID_INVALID: an account id in an ARN, a Principal or an account condition that is not 12 digits.
import { isAccountId } from '../../core/arn.js';
import { analyzeArn, analyzeAwsPrincipal } from './arn-analysis.js';
import { defineRule } from './define.js';
import { principalValues, resourceValues, statementPath } from './walk.js';

const ACCOUNT_KEYS = new Set(['aws:sourceaccount', 'aws:principalaccount', 'aws:resourceaccount', 'aws:vpceaccount']);

/** Reports account ids that are not 12 digits (placeholders such as PRODUCTION_ACCOUNT-ID included). */
export const rule = defineRule({
  code: 'ACCOUNT_ID_INVALID',
  severity: 'error',
  description: 'An AWS account id is exactly 12 digits. A shorter number (11223344) or a placeholder (PRODUCTION_ACCOUNT-ID) matches no account.',
  messages: {
    default: 'Account id "{account}" in {value} is not 12 digits',
    placeholder: 'Account id "{account}" in {value} is a placeholder, not a 12-digit account id',
  },
  fix: 'Use the 12-digit account ID, keeping leading zeros',
  docs: 'https://docs.aws.amazon.com/accounts/latest/reference/manage-acct-identifiers.html',
}, (ctx) => {
  const report = (path: string, value: string, account: string, placeholder: boolean): void => {
    ctx.report({ path, messageId: placeholder ? 'placeholder' : 'default', data: { account, value } });
  };
  for (const st of ctx.doc.statements) {
    for (const r of resourceValues(st)) {
      const v = analyzeArn(r.value);
      if (!v.ok && v.code === 'ACCOUNT_ID_INVALID') report(r.path, r.value, v.account, v.placeholder);
    }
    for (const p of principalValues(st)) {
      const v = p.type === 'AWS' ? analyzeAwsPrincipal(p.value) : p.type === 'Federated' && p.value.startsWith('arn:') ? analyzeArn(p.value) : undefined;
      if (v && !v.ok && v.code === 'ACCOUNT_ID_INVALID') report(p.path, p.value, v.account, v.placeholder);
    }
    for (const c of st.conditions) {
      if (!ACCOUNT_KEYS.has(c.key.toLowerCase()) || c.operator.startsWith('Arn') || c.operator.startsWith('Null')) continue;
      c.values.forEach((value, i) => {
        if (/[*?$]/.test(value) || isAccountId(value)) return;
        const path = c.valuePaths?.[i] ?? `${statementPath(st)}.Condition.${c.operator}.${c.key}`;
        report(path, `${c.key}`, value, /[A-Za-z_]/.test(value));
      });
    }
  }
});
