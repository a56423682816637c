// PRINCIPAL_ELEMENT_MISPLACED: the lint rule of the same code, run on every policy document of the snapshot.
import { policyTextFindings } from '../aws/policies.js';
import type { Check } from '../types.js';

/** The check. */
export const check: Check = {
  meta: {
    code: 'PRINCIPAL_ELEMENT_MISPLACED', severity: 'error', title: 'Principal in an identity policy, or missing from a resource or trust policy',
    needs: ["any"],
    fix: "Identity policies never have Principal; resource and trust policies must",
    docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html',
  },
  check({ ctx, report }) {
    for (const f of policyTextFindings(ctx)) {
      if (f.code !== 'PRINCIPAL_ELEMENT_MISPLACED') continue;
      report({ message: f.message, severity: f.severity, ...(f.fix ? { fix: f.fix } : {}), ...(f.resource ? { resource: f.resource } : {}), ...(f.location ? { location: f.location } : {}), evidence: [`lint rule PRINCIPAL_ELEMENT_MISPLACED on ${f.location?.file ?? ''}`] });
    }
  },
};
