// STATEMENT_MISSING_RESOURCE: the lint rule of the same code, run on every policy document of the snapshot.
import { policyTextFindings } from '../aws/policies.js';
import type { Check } from '../types.js';

/** The check. */
export const check: Check = {
  meta: {
    code: 'STATEMENT_MISSING_RESOURCE', severity: 'error', title: 'An identity-policy statement has no Resource',
    needs: ["identity policies"],
    fix: "Add \"Resource\": \"*\" or ARNs (CloudWatch Describe/Get/List actions mostly need *)",
    docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html',
  },
  check({ ctx, report }) {
    for (const f of policyTextFindings(ctx)) {
      if (f.code !== 'STATEMENT_MISSING_RESOURCE') continue;
      report({ message: f.message, severity: f.severity, ...(f.fix ? { fix: f.fix } : {}), ...(f.resource ? { resource: f.resource } : {}), ...(f.location ? { location: f.location } : {}), evidence: [`lint rule STATEMENT_MISSING_RESOURCE on ${f.location?.file ?? ''}`] });
    }
  },
};
