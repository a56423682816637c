// POLICY_HAS_COMMENTS: the lint rule of the same code, run on every policy document of the snapshot.
import { policyTextFindings } from '../aws/policies.js';
import type { Check } from '../types.js';

/** The check. */
export const check: Check = {
  meta: {
    code: 'POLICY_HAS_COMMENTS', severity: 'error', title: 'The policy text contains comments, which AWS rejects',
    needs: ["policy text"],
    fix: "Remove the comments; use Sid for notes",
    docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html',
  },
  check({ ctx, report }) {
    for (const f of policyTextFindings(ctx)) {
      if (f.code !== 'POLICY_HAS_COMMENTS') continue;
      report({ message: f.message, severity: f.severity, ...(f.fix ? { fix: f.fix } : {}), ...(f.resource ? { resource: f.resource } : {}), ...(f.location ? { location: f.location } : {}), evidence: [`lint rule POLICY_HAS_COMMENTS on ${f.location?.file ?? ''}`] });
    }
  },
};
