// POLICY_VERSION_MISSING: the lint rule of the same code, run on every policy document of the snapshot.
import { policyTextFindings } from '../aws/policies.js';
import type { Check } from '../types.js';

/** The check. */
export const check: Check = {
  meta: {
    code: 'POLICY_VERSION_MISSING', severity: 'warning', title: 'The policy has no Version 2012-10-17',
    needs: ["any"],
    fix: "Add \"Version\": \"2012-10-17\"",
    docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_version.html',
  },
  check({ ctx, report }) {
    for (const f of policyTextFindings(ctx)) {
      if (f.code !== 'POLICY_VERSION_MISSING') continue;
      report({ message: f.message, severity: f.severity, ...(f.fix ? { fix: f.fix } : {}), ...(f.resource ? { resource: f.resource } : {}), ...(f.location ? { location: f.location } : {}), evidence: [`lint rule POLICY_VERSION_MISSING on ${f.location?.file ?? ''}`] });
    }
  },
};
