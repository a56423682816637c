// POLICY_HAS_COMMENTS: `//` or `/* */` comments, which AWS rejects; whynot strips them only to go on.
import { defineRule } from './define.js';

/** Reports each comment the parser stripped. */
export const rule = defineRule({
  code: 'POLICY_HAS_COMMENTS',
  severity: 'error',
  description: 'The policy holds // or /* */ comments. JSON has no comments and AWS rejects the policy; whynot strips them only to go on checking the rest.',
  messages: { default: '{message}' },
  fix: 'Remove the comment; use a Sid to label a statement',
  docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html',
  fromParser: true,
}, (ctx) => {
  for (const p of ctx.parsed.problems) {
    if (p.code !== 'POLICY_HAS_COMMENTS') continue;
    const loc = p.location;
    ctx.report({ path: '$', data: { message: p.message }, ...(loc?.start && loc.end ? { span: { start: loc.start, end: loc.end } } : {}) });
  }
});
