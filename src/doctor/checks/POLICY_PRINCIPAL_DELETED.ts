// POLICY_PRINCIPAL_DELETED: the lint rule of the same code, run on every policy document of the snapshot.
import { policyTextFindings } from '../aws/policies.js';
import type { Check } from '../types.js';

/** The check. */
export const check: Check = {
  meta: {
    code: 'POLICY_PRINCIPAL_DELETED', severity: 'warning', title: 'A policy names a deleted user or role by its unique ID',
    needs: ["trust and resource policies, AUTH"],
    fix: "Put the principal's ARN back into the policy and save it",
    docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html#principal-roles',
  },
  check({ ctx, report }) {
    for (const f of policyTextFindings(ctx)) {
      if (f.code !== 'POLICY_PRINCIPAL_DELETED') continue;
      report({ message: f.message, severity: f.severity, ...(f.fix ? { fix: f.fix } : {}), ...(f.resource ? { resource: f.resource } : {}), ...(f.location ? { location: f.location } : {}), evidence: [`lint rule POLICY_PRINCIPAL_DELETED on ${f.location?.file ?? ''}`] });
    }
  },
};
