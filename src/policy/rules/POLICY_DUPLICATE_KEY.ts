// POLICY_DUPLICATE_KEY: a key written twice in one JSON object; JSON keeps only the last, so the first is silently lost.
import { defineRule } from './define.js';

/** Reports each repeated key, pointing at the repetition. */
export const rule = defineRule({
  code: 'POLICY_DUPLICATE_KEY',
  severity: 'warning',
  description: 'A key appears twice in one JSON object, typically two "StringEquals" blocks in one Condition. JSON readers keep only the last one, so the first block is silently ignored.',
  messages: { default: '"{key}" is written twice in this object (first at {line}:{column}); only the last one counts' },
  fix: 'Merge the two into one "{key}" element',
  docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html',
  fromParser: true,
}, (ctx) => {
  for (const d of ctx.parsed.duplicateKeys ?? []) {
    const key = d.key ?? d.path.slice(d.path.lastIndexOf('.') + 1);
    ctx.report({
      path: d.path, key: true, ...(d.span ? { span: d.span } : {}),
      data: { key, line: d.first?.start.line ?? '?', column: d.first?.start.column ?? '?' },
      fix: `Merge the two into one "${key}" element`,
    });
  }
});
