// Asks the engine whether a service principal (or a role) may act on a resource, with the context the service sends.
import type { DoctorContext } from '../context.js';
import { evidenceOf, whyNot, type WhyNot } from '../why.js';

/** A failed engine answer: the classified reason and the evidence lines. */
export interface Refusal {
  action: string;
  resource: string;
  why: WhyNot;
  evidence: string[];
  /** Decisive statements as file + JSON path, for `related`. */
  statements: { file: string; jsonPath: string }[];
}

/** The result of asking: allowed, refused (with why), or not askable (with the reason). */
export type Asked = { kind: 'allowed' } | { kind: 'refused'; refusal: Refusal } | { kind: 'unknown'; reason: string };

/** Asks whether `principal` may do `action` on `resource` with the given context; uncertain Allows count as allowed. */
export function ask(ctx: DoctorContext, principal: string, action: string, resource: string, context: Record<string, string> = {}, memo = true): Asked {
  const a = ctx.can(principal, action, resource, context, memo);
  if (!a.ok) return { kind: 'unknown', reason: a.reason };
  const d = a.decision;
  // An answer that leaned on an uncollected file is reported as not checked, whatever the decision.
  for (const n of d.notCollected) {
    if (n.file) ctx.missing.push({ check: ctx.current, file: n.file, what: `${principal} ${action} on ${resource}: ${n.what} ${n.reason.startsWith('unreadable') ? 'is ' : 'was '}${n.reason.replace(/^not collected: .*/, 'not collected')}; assumed ${n.assumed}`, resource });
  }
  if (d.decision === 'Allow') return { kind: 'allowed' };
  const statements = d.reasons.flatMap((r) => (r.statement?.policy.file ? [{ file: r.statement.policy.file, jsonPath: `${r.statement.policy.jsonPath ?? '$'}.Statement[${r.statement.index}]` }] : []));
  return { kind: 'refused', refusal: { action, resource, why: whyNot(d), evidence: evidenceOf(d, `${principal} ${action} on ${resource}`), statements } };
}

/** Asks several actions and returns the refusals (unknown answers are returned separately). */
export function askAll(ctx: DoctorContext, principal: string, items: { action: string; resource: string; context?: Record<string, string> }[]): { refused: Refusal[]; unknown: string[] } {
  const refused: Refusal[] = [];
  const unknown: string[] = [];
  for (const it of items) {
    const r = ask(ctx, principal, it.action, it.resource, it.context);
    if (r.kind === 'refused') refused.push(r.refusal);
    else if (r.kind === 'unknown') unknown.push(r.reason);
  }
  return { refused, unknown };
}
