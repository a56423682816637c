// FEDERATION_ACTION_MISMATCH: the lint rule of the same code, run on every policy document of the snapshot.
import { policyTextFindings } from '../aws/policies.js';
import type { Check } from '../types.js';

/** The check. */
export const check: Check = {
  meta: {
    code: 'FEDERATION_ACTION_MISMATCH', severity: 'error', title: 'A trust statement pairs a principal with the wrong STS API',
    needs: ["AUTH (trust policies)"],
    fix: "Use AssumeRoleWithSAML for SAML, AssumeRoleWithWebIdentity for OIDC or web identity, AssumeRole for AWS principals; add the matching :aud condition",
    docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-idp.html',
  },
  check({ ctx, report }) {
    for (const f of policyTextFindings(ctx)) {
      if (f.code !== 'FEDERATION_ACTION_MISMATCH') continue;
      report({ message: f.message, severity: f.severity, ...(f.fix ? { fix: f.fix } : {}), ...(f.resource ? { resource: f.resource } : {}), ...(f.location ? { location: f.location } : {}), evidence: [`lint rule FEDERATION_ACTION_MISMATCH on ${f.location?.file ?? ''}`] });
    }
  },
};
