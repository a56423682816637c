// STATEMENT_MISSING_EFFECT: the lint rule of the same code, run on every policy document of the snapshot.
import { policyTextFindings } from '../aws/policies.js';
import type { Check } from '../types.js';

/** The check. */
export const check: Check = {
  meta: {
    code: 'STATEMENT_MISSING_EFFECT', severity: 'error', title: 'A statement has no valid Effect',
    needs: ["any"],
    fix: "Add \"Effect\": \"Allow\" (or Deny)",
    docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_effect.html',
  },
  check({ ctx, report }) {
    for (const f of policyTextFindings(ctx)) {
      if (f.code !== 'STATEMENT_MISSING_EFFECT') continue;
      report({ message: f.message, severity: f.severity, ...(f.fix ? { fix: f.fix } : {}), ...(f.resource ? { resource: f.resource } : {}), ...(f.location ? { location: f.location } : {}), evidence: [`lint rule STATEMENT_MISSING_EFFECT on ${f.location?.file ?? ''}`] });
    }
  },
};
