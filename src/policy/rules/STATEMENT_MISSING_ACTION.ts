// STATEMENT_MISSING_ACTION: a statement without Action or NotAction never matches a request.
import { defineRule, label } from './define.js';
import { statementPath } from './walk.js';

/** Reports statements with neither Action nor NotAction. */
export const rule = defineRule({
  code: 'STATEMENT_MISSING_ACTION',
  severity: 'error',
  description: 'Every statement needs an Action or NotAction element; AWS rejects a statement without one.',
  messages: { default: '{statement} has no Action or NotAction' },
  fix: 'Add "Action": ["service:Action", ...] naming the API calls the statement allows or denies',
  docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html',
}, (ctx) => {
  for (const st of ctx.doc.statements) {
    if (!st.action && !st.notAction) ctx.report({ path: statementPath(st), data: { statement: label(st) } });
  }
});
