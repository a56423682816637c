// ARN_MALFORMED: an ARN that does not split as arn:partition:service:region:account:resource for its service.
import { analyzeArn, analyzeAwsPrincipal } from './arn-analysis.js';
import { deadElementSeverity, defineRule } from './define.js';
import { principalValues, resourceValues } from './walk.js';

/** Reports malformed Resource, NotResource and principal ARNs, with a corrected ARN when one fits. */
export const rule = defineRule({
  code: 'ARN_MALFORMED',
  severity: 'error',
  description: 'An ARN does not split as arn:partition:service:region:account:resource the way its service writes it: a missing field, an extra colon (arn:aws:s3::::bucket), or a Region or account where the service has none.',
  messages: { default: '{value} {reason}{effect}{suggestion}' },
  fix: 'Write the ARN as arn:partition:service:region:account:resource in the format the service authorization reference gives for its resource type',
  docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html',
}, (ctx) => {
  const report = (path: string, value: string, reason: string, suggestion: string | undefined, rejected: boolean): void => {
    ctx.report({
      path, severity: rejected ? 'error' : deadElementSeverity(ctx),
      data: { value, reason, effect: rejected ? '' : '; as written it names no resource, so the statement never applies to it', suggestion: suggestion ? `; did you mean ${suggestion}?` : '' },
      fix: suggestion ? `Did you mean ${suggestion} ?` : 'Write the ARN as arn:partition:service:region:account:resource; the service authorization reference gives each resource type\'s format',
    });
  };
  for (const st of ctx.doc.statements) {
    for (const r of resourceValues(st)) {
      const v = analyzeArn(r.value);
      if (!v.ok && v.code === 'ARN_MALFORMED') report(r.path, r.value, v.reason, v.suggestion, v.rejected);
    }
    for (const p of principalValues(st)) {
      if (p.type === 'AWS') {
        const v = analyzeAwsPrincipal(p.value);
        if (!v.ok && v.code === 'ARN_MALFORMED') report(p.path, p.value, v.reason, v.suggestion, v.rejected);
      } else if (p.type === 'Federated' && p.value.startsWith('arn:')) {
        const v = analyzeArn(p.value);
        if (!v.ok && v.code === 'ARN_MALFORMED') report(p.path, p.value, v.reason, v.suggestion, true);
      }
    }
  }
});
