// ACTION_INVALID_FOR_RESOURCE: the lint rule of the same code, run on every policy document of the snapshot.
import { policyTextFindings } from '../aws/policies.js';
import type { Check } from '../types.js';

/** The check. */
export const check: Check = {
  meta: {
    code: 'ACTION_INVALID_FOR_RESOURCE', severity: 'error', title: 'An action is unknown or cannot apply to the listed resource type',
    needs: ["action database (bundled)"],
    fix: "Unknown action x, did you mean y? / s3:ListBucket needs arn:aws:s3:::b, s3:GetObject needs arn:aws:s3:::b/*",
    docs: 'https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html',
  },
  check({ ctx, report }) {
    for (const f of policyTextFindings(ctx)) {
      if (f.code !== 'ACTION_INVALID_FOR_RESOURCE') continue;
      report({ message: f.message, severity: f.severity, ...(f.fix ? { fix: f.fix } : {}), ...(f.resource ? { resource: f.resource } : {}), ...(f.location ? { location: f.location } : {}), evidence: [`lint rule ACTION_INVALID_FOR_RESOURCE on ${f.location?.file ?? ''}`] });
    }
  },
};
