// SID_DUPLICATE: two statements of one policy share a Sid; IAM requires Sids to be unique within a policy.
import { defineRule } from './define.js';
import { statementPath } from './walk.js';

/** Reports every statement whose Sid an earlier statement already used. */
export const rule = defineRule({
  code: 'SID_DUPLICATE',
  severity: 'error',
  description: 'In IAM the Sid value must be unique within a policy; AWS rejects duplicate statement ids.',
  messages: { default: 'Sid "{sid}" is already used by Statement[{first}]' },
  fix: 'Give each statement its own Sid, or merge the two statements',
  docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_sid.html',
}, (ctx) => {
  const seen = new Map<string, number>();
  for (const st of ctx.doc.statements) {
    if (st.sid === undefined || st.sid === '') continue;
    const first = seen.get(st.sid);
    if (first === undefined) seen.set(st.sid, st.index);
    else ctx.report({ path: `${statementPath(st)}.Sid`, data: { sid: st.sid, first } });
  }
});
