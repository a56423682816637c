// SCP_BLOCKS_ACTION: an SCP on the root, OU or account path denies the action, or a level has no Allow for it.
import { refusedProbes } from '../aws/probes.js';
import type { Check } from '../types.js';

/** The check. */
export const check: Check = {
  meta: {
    code: 'SCP_BLOCKS_ACTION', severity: 'error', title: 'A service control policy blocks the action',
    needs: ['ORG (parents, describe-policy, targets)'],
    fix: 'Edit SCP <id> at <level>; SCPs need an Allow at every level and any Deny wins',
    docs: 'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_evaluation.html',
  },
  check({ ctx, report }) {
    for (const p of refusedProbes(ctx)) {
      const w = p.refusal.why;
      if (w.blocker !== 'scp' || !(w.identityAllows || w.resourceAllows)) continue;
      const deny = w.denies.find((d) => d.policy.type === 'scp');
      const where = deny ? `SCP ${deny.policy.name}${deny.policy.target ? ` at ${deny.policy.target}` : ''}` : w.layer ?? 'an SCP level';
      report({
        message: `${p.principal} is allowed ${p.refusal.action} on ${p.refusal.resource} (${p.origin}), but ${deny ? `the Deny in ${where} matches` : w.layer ?? 'an SCP level has no Allow for it'}.`,
        fix: deny ? `Edit ${where}: narrow the Deny so that it does not match ${p.refusal.action}; any Deny in an SCP wins.` : `Edit the SCPs: ${w.layer ?? 'a level'}; add ${p.refusal.action} to an SCP attached there (SCPs need an Allow at every level from the root to the account).`,
        resource: p.principal, ...(p.file ? { location: { file: p.file, ...(p.jsonPath ? { jsonPath: p.jsonPath } : {}) } } : {}),
        related: p.refusal.statements, evidence: p.refusal.evidence,
      });
    }
  },
};
