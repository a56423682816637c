// Reads an engine Decision into doctor terms: which layer blocked (explicit Deny, boundary, SCP, RCP, no Allow) and the evidence.
import { describeStatement } from '../iam/describe.js';
import type { Decision, PolicyResult, StatementHit } from '../iam/result.js';

/** The layer that made a request fail, in the order doctor reports them. */
export type Blocker = 'explicit-deny' | 'scp' | 'rcp' | 'boundary' | 'no-resource-allow' | 'no-identity-allow' | 'no-allow';

/** What the per-policy results say about one failed request. */
export interface WhyNot {
  blocker: Blocker;
  /** The decisive Deny statements, when the blocker is an explicit Deny. */
  denies: StatementHit[];
  /** Allow statements that the decisive layer overrode. */
  allows: StatementHit[];
  /** The SCP/RCP or boundary that lacks an Allow, named as the engine names it. */
  layer?: string;
  identityAllows: boolean;
  resourceAllows: boolean;
}

const of = (d: Decision, types: string[]): PolicyResult[] => d.policies.filter((p) => types.includes(p.ref.type));

/** Classifies a non-Allow decision by its decisive layer. */
export function whyNot(d: Decision): WhyNot {
  const identityAllows = of(d, ['identity']).some((p) => p.allows.length > 0);
  const resourceAllows = of(d, ['resource']).some((p) => p.allows.length > 0);
  const allows = d.policies.filter((p) => p.ref.type === 'identity' || p.ref.type === 'resource').flatMap((p) => p.allows);
  const base = { denies: [] as StatementHit[], allows, identityAllows, resourceAllows };
  if (d.decision === 'ExplicitDeny') {
    const denies = d.reasons.flatMap((r) => (r.statement ? [r.statement] : []));
    const scp = denies.find((h) => h.policy.type === 'scp' || h.policy.type === 'rcp');
    if (scp) return { ...base, denies, blocker: scp.policy.type === 'scp' ? 'scp' : 'rcp', layer: describeStatement(scp) };
    const boundary = denies.find((h) => h.policy.type === 'boundary');
    if (boundary) return { ...base, denies, blocker: 'boundary', layer: describeStatement(boundary) };
    return { ...base, denies, blocker: 'explicit-deny' };
  }
  const missing = d.reasons.find((r) => r.kind === 'missing-allow')?.message ?? '';
  if (/^no service control policy/.test(missing)) return { ...base, blocker: 'scp', layer: missing };
  if (/^no resource control policy/.test(missing)) return { ...base, blocker: 'rcp', layer: missing };
  if (/permissions boundary/.test(missing)) return { ...base, blocker: 'boundary', layer: missing };
  if (identityAllows && !resourceAllows) return { ...base, blocker: 'no-resource-allow' };
  if (resourceAllows && !identityAllows) return { ...base, blocker: 'no-identity-allow' };
  return { ...base, blocker: 'no-allow' };
}

/** Evidence lines for a decision: its summary, then what was not collected. */
export function evidenceOf(d: Decision, question: string): string[] {
  const out = [`${question}: ${d.summary}`];
  for (const n of d.notCollected) out.push(`not collected: ${n.what}${n.file ? ` (${n.file})` : ''}; assumed ${n.assumed}`);
  return [...new Set(out)];
}
