// POLICY_JSON_INVALID: the lint rule of the same code, run on every policy document of the snapshot.
import { policyTextFindings } from '../aws/policies.js';
import type { Check } from '../types.js';

/** The check. */
export const check: Check = {
  meta: {
    code: 'POLICY_JSON_INVALID', severity: 'error', title: 'The policy text is not valid JSON or is a fragment',
    needs: ["any policy"],
    fix: "Fix JSON at L:C. Each statement is an object inside Statement: [ \u2026 ], separated by commas; wrap fragments in {\"Version\":\"2012-10-17\",\"Statement\":[\u2026]}",
    docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html',
  },
  check({ ctx, report }) {
    for (const f of policyTextFindings(ctx)) {
      if (f.code !== 'POLICY_JSON_INVALID') continue;
      report({ message: f.message, severity: f.severity, ...(f.fix ? { fix: f.fix } : {}), ...(f.resource ? { resource: f.resource } : {}), ...(f.location ? { location: f.location } : {}), evidence: [`lint rule POLICY_JSON_INVALID on ${f.location?.file ?? ''}`] });
    }
  },
};
