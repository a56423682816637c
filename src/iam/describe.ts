// Names policies and statements the way AWS's own messages do, for summaries and reasons.
import type { PolicyRef } from './inputs.js';
import type { Reason, StatementHit } from './result.js';

const typeLabel: Record<PolicyRef['type'], string> = {
  identity: 'IAM policy',
  boundary: 'permissions boundary',
  session: 'session policy',
  scp: 'SCP',
  rcp: 'RCP',
  endpoint: 'VPC endpoint policy',
  resource: 'resource-based policy',
};

/** `IAM policy \`brian-policy\``, `the bucket policy of \`mylogs\``... */
export function describePolicy(ref: PolicyRef): string {
  if (ref.type === 'resource') return ref.name;
  return `${typeLabel[ref.type]} \`${ref.name}\`${ref.target && (ref.type === 'scp' || ref.type === 'rcp') ? ` (attached to ${ref.target})` : ''}`;
}

/** `IAM policy \`brian-policy\`, statement \`DenyLogs\`` (statement #2 when it has no Sid). */
export function describeStatement(h: StatementHit): string {
  const st = h.sid ? `statement \`${h.sid}\`` : `statement #${h.index + 1}`;
  return `${describePolicy(h.policy)}, ${st}`;
}

/** One line per reason, for text output. */
export function describeReason(r: Reason): string {
  if (r.statement && !r.message) return `the ${r.statement.effect} in ${describeStatement(r.statement)}`;
  if (r.statement) return `${r.message} (${describeStatement(r.statement)})`;
  return r.message;
}
