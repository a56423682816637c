// ACCOUNT_ID_INVALID: the lint rule of the same code, run on every policy document of the snapshot.
import { policyTextFindings } from '../aws/policies.js';
import type { Check } from '../types.js';

/** The check. */
export const check: Check = {
  meta: {
    code: 'ACCOUNT_ID_INVALID', severity: 'error', title: 'An account ID is not 12 digits',
    needs: ["any"],
    fix: "Use the 12-digit account ID, keeping leading zeros",
    docs: 'https://docs.aws.amazon.com/accounts/latest/reference/manage-acct-identifiers.html',
  },
  check({ ctx, report }) {
    for (const f of policyTextFindings(ctx)) {
      if (f.code !== 'ACCOUNT_ID_INVALID') continue;
      report({ message: f.message, severity: f.severity, ...(f.fix ? { fix: f.fix } : {}), ...(f.resource ? { resource: f.resource } : {}), ...(f.location ? { location: f.location } : {}), evidence: [`lint rule ACCOUNT_ID_INVALID on ${f.location?.file ?? ''}`] });
    }
  },
};
