// POLICY_JSON_INVALID: the text is not valid policy JSON (every syntax and shape error the parser found).
import { defineRule } from './define.js';

/** Reports the parser's syntax and shape problems, each at its line and column. */
export const rule = defineRule({
  code: 'POLICY_JSON_INVALID',
  severity: 'error',
  description: 'The text is not a valid JSON policy document: a syntax error, a fragment, key/value pairs straight inside a Statement array, a missing comma, or an element of the wrong shape.',
  messages: { default: '{message}' },
  fix: 'Fix the JSON at this position. Each statement is an object inside "Statement": [ ... ], separated by commas; wrap fragments in {"Version":"2012-10-17","Statement":[ ... ]}',
  docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html',
  fromParser: true,
}, (ctx) => {
  for (const p of ctx.parsed.problems) {
    if (p.code !== 'POLICY_JSON_INVALID') continue;
    const loc = p.location;
    ctx.report({
      path: loc?.jsonPath ?? '$',
      data: { message: p.message },
      ...(p.fix ? { fix: p.fix } : {}),
      ...(loc?.start && loc.end ? { span: { start: loc.start, end: loc.end } } : {}),
    });
  }
});
