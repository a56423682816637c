// POLICY_VERSION_MISSING: no Version, or 2008-10-17, so policy variables such as ${aws:username} are literal text.
import { defineRule } from './define.js';

/** Reports a missing or old Version (warning) and an invalid one (error). */
export const rule = defineRule({
  code: 'POLICY_VERSION_MISSING',
  severity: 'warning',
  description: 'The policy has no Version, or Version 2008-10-17: IAM then takes policy variables such as ${aws:username} literally. Any other value is rejected.',
  messages: {
    default: 'The policy has no Version element: IAM reads it as version 2008-10-17{variables}',
    old: 'Version 2008-10-17 is the old policy language{variables}',
    invalid: 'Version "{version}" is not a policy language version: AWS accepts only 2012-10-17 and 2008-10-17',
  },
  fix: 'Add "Version": "2012-10-17"',
  docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_version.html',
}, (ctx) => {
  const v = ctx.doc.version;
  const hasVars = ctx.doc.statements.some((st) => [...(st.resource?.values ?? []), ...(st.notResource?.values ?? []), ...st.conditions.flatMap((c) => c.values)]
    .some((v) => v.includes('${')));
  const variables = hasVars ? ', so the policy variables in it (${...}) are matched as literal text' : '';
  if (v === undefined) ctx.report({ path: '$', data: { variables } });
  else if (v === '2008-10-17') ctx.report({ path: '$.Version', messageId: 'old', data: { variables }, fix: 'Use "Version": "2012-10-17"' });
  else if (v !== '2012-10-17') ctx.report({ path: '$.Version', messageId: 'invalid', data: { version: v }, severity: 'error', fix: 'Use "Version": "2012-10-17"' });
});
