// ARN_MALFORMED: the lint rule of the same code, run on every policy document of the snapshot.
import { policyTextFindings } from '../aws/policies.js';
import type { Check } from '../types.js';

/** The check. */
export const check: Check = {
  meta: {
    code: 'ARN_MALFORMED', severity: 'error', title: 'An ARN does not split as arn:partition:service:region:account:resource',
    needs: ["any"],
    fix: "Did you mean arn:aws:s3:::mybucket/* ?",
    docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html',
  },
  check({ ctx, report }) {
    for (const f of policyTextFindings(ctx)) {
      if (f.code !== 'ARN_MALFORMED') continue;
      report({ message: f.message, severity: f.severity, ...(f.fix ? { fix: f.fix } : {}), ...(f.resource ? { resource: f.resource } : {}), ...(f.location ? { location: f.location } : {}), evidence: [`lint rule ARN_MALFORMED on ${f.location?.file ?? ''}`] });
    }
  },
};
