// SERVICE_PRINCIPAL_UNSCOPED (--security): a resource policy grants a service principal without aws:SourceArn/SourceAccount (confused deputy).
import { policyTextFindings } from '../aws/policies.js';
import type { Check } from '../types.js';

/** The check. */
export const check: Check = {
  meta: {
    code: 'SERVICE_PRINCIPAL_UNSCOPED', severity: 'warning', title: 'A service principal is granted without aws:SourceArn or aws:SourceAccount',
    needs: ['function, topic, queue and bucket policies'],
    fix: 'Add ArnLike aws:SourceArn <rule or bucket ARN> (or StringEquals aws:SourceAccount) to the statement (confused deputy)',
    docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html',
    optIn: 'security',
  },
  check({ ctx, report }) {
    if (!ctx.security) return;
    for (const f of policyTextFindings(ctx)) {
      if (f.code !== 'SERVICE_PRINCIPAL_UNSCOPED') continue;
      report({ message: f.message, severity: f.severity, ...(f.fix ? { fix: f.fix } : {}), ...(f.resource ? { resource: f.resource } : {}), ...(f.location ? { location: f.location } : {}), evidence: [`lint rule SERVICE_PRINCIPAL_UNSCOPED on ${f.location?.file ?? ''}`] });
    }
  },
};
