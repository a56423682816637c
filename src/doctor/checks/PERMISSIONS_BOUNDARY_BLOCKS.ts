// PERMISSIONS_BOUNDARY_BLOCKS: an identity policy allows the action, but the principal's permissions boundary does not (or denies it).
import { refusedProbes } from '../aws/probes.js';
import type { Check } from '../types.js';

/** The check. */
export const check: Check = {
  meta: {
    code: 'PERMISSIONS_BOUNDARY_BLOCKS', severity: 'error', title: 'The permissions boundary blocks an allowed action',
    needs: ['AUTH (PermissionsBoundary)'],
    fix: 'Add the action to boundary <arn>, or change the boundary; a boundary limits permissions and never grants them',
    docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html',
  },
  check({ ctx, report }) {
    for (const p of refusedProbes(ctx)) {
      const w = p.refusal.why;
      if (w.blocker !== 'boundary' || !w.identityAllows) continue;
      const entity = ctx.snapshot.accounts.get(p.principal.split(':')[4] ?? '');
      const iam = entity?.iam.state === 'collected' ? entity.iam.value : undefined;
      const boundary = iam?.users.get(p.principal)?.permissionsBoundaryArn ?? iam?.roles.get(p.principal)?.permissionsBoundaryArn ?? 'the boundary';
      report({
        message: `${p.principal} is allowed ${p.refusal.action} on ${p.refusal.resource} by its identity policy (${p.origin}), but its permissions boundary ${boundary} does not allow it.`,
        fix: `Add ${p.refusal.action} (on ${p.refusal.resource}) to boundary ${boundary}, or change the boundary; a boundary limits permissions and never grants them.`,
        resource: p.principal, ...(p.file ? { location: { file: p.file, ...(p.jsonPath ? { jsonPath: p.jsonPath } : {}) } } : {}),
        related: p.refusal.statements, evidence: p.refusal.evidence,
      });
    }
  },
};
