// Renders a Decision as text (decision first, in AWS's words) or as the documented JSON object.
import { describePolicy, describeStatement } from '../iam/describe.js';
import type { Request } from '../iam/request.js';
import { principalLabel } from '../iam/request.js';
import type { Decision, PolicyResult, StatementHit } from '../iam/result.js';

/** What the engine was asked to explain: `decisive` (default) or `full` (every statement and why it did or did not apply). */
export type ExplainMode = 'decisive' | 'full';

function requestJson(req: Request): Record<string, unknown> {
  return { principal: principalLabel(req.principal), action: req.action, resource: req.resource, ...(req.resourceAccount ? { resourceAccount: req.resourceAccount } : {}) };
}

function hitJson(h: StatementHit): Record<string, unknown> {
  return {
    policy: h.policy.name, policyType: h.policy.type, ...(h.policy.file ? { file: h.policy.file } : {}),
    ...(h.policy.arn ? { policyArn: h.policy.arn } : {}),
    statement: h.index, ...(h.sid !== undefined ? { sid: h.sid } : {}), effect: h.effect,
    ...(h.principal ? { principalMatch: h.principal } : {}),
    ...(h.span ? { line: h.span.start.line, column: h.span.start.column } : {}),
    ...(h.uncertainReason ? { uncertainReason: h.uncertainReason } : {}),
    ...(h.conditions ? { conditions: h.conditions } : {}),
  };
}

function policyJson(r: PolicyResult): Record<string, unknown> {
  return {
    type: r.ref.type, name: r.ref.name, ...(r.ref.file ? { file: r.ref.file } : {}), ...(r.ref.origin ? { origin: r.ref.origin } : {}),
    ...(r.ref.target ? { target: r.ref.target } : {}), ...(r.ref.via ? { via: r.ref.via } : {}),
    allows: r.allows.map(hitJson), denies: r.denies.map(hitJson), unknown: r.unknown.map(hitJson),
    ...(r.unreadable ? { unreadable: r.unreadable } : {}),
    ...(r.misses ? { notMatched: r.misses.map((m) => ({ statement: m.index, ...(m.sid !== undefined ? { sid: m.sid } : {}), element: m.element, reason: m.reason, ...(m.conditions ? { conditions: m.conditions } : {}) })) } : {}),
  };
}

/** The stable JSON object of `whynot can --json` (docs/can.md). */
export function decisionToJson(d: Decision, req: Request): Record<string, unknown> {
  return {
    decision: d.decision,
    certain: d.certain,
    summary: d.summary,
    request: requestJson(req),
    reasons: d.reasons.map((r) => ({ kind: r.kind, ...(r.message ? { message: r.message } : {}), ...(r.statement ? { statement: hitJson(r.statement) } : {}) })),
    missingContextKeys: d.missingKeys.map((m) => ({ key: m.key, policy: m.policy.name, statement: m.index, ...(m.sid !== undefined ? { sid: m.sid } : {}), effect: m.effect })),
    uncertain: d.uncertain,
    notCollected: d.notCollected,
    notes: d.notes,
    policies: d.policies.map(policyJson),
  };
}

function conditionLines(h: { conditions?: StatementHit['conditions'] }, indent: string): string[] {
  return (h.conditions ?? []).map((c) => `${indent}${c.result === 'match' ? '✓' : c.result === 'nomatch' ? '✗' : '?'} ${c.reason}`);
}

/** The text answer: the decision and its sentence, then per policy what matched or not and why. */
export function decisionToText(d: Decision, req: Request): string {
  const lines: string[] = [];
  lines.push(`${d.decision}${d.certain ? '' : ' (uncertain)'}: ${principalLabel(req.principal)} → ${req.action} on ${req.resource}`);
  lines.push(d.summary);
  for (const u of d.uncertain) lines.push(`  uncertain: ${u}`);
  for (const n of d.notCollected) lines.push(`  not collected: ${n.what}${n.file ? ` (${n.file})` : ''}: ${n.reason}; ${n.assumed}`);
  const seen = new Set<string>();
  for (const m of d.missingKeys) {
    const k = `${m.key}|${m.policy.name}|${m.index}`;
    if (seen.has(k)) continue;
    seen.add(k);
    lines.push(`  missing context: the ${m.effect} in ${describePolicy(m.policy)}, statement ${m.sid ? `\`${m.sid}\`` : `#${m.index + 1}`} needs ${m.key}; none was given (--context ${m.key}=...)`);
  }
  for (const n of d.notes) lines.push(`  note: ${n}`);
  lines.push('');
  lines.push('Policies consulted:');
  for (const p of d.policies) {
    const where = p.ref.file ? ` [${p.ref.file}]` : '';
    const origin = p.ref.origin === 'bundled' ? ' (AWS managed, from bundled data)' : '';
    lines.push(`  ${describePolicy(p.ref)}${p.ref.via ? ` via ${p.ref.via}` : ''}${origin}${where}`);
    if (p.unreadable) lines.push(`    unreadable: ${p.unreadable}`);
    for (const h of [...p.denies, ...p.allows, ...p.unknown]) {
      lines.push(`    ${h.uncertainReason ? '?' : h.effect === 'Deny' ? '✗' : '✓'} ${h.effect} ${describeStatement(h).replace(`${describePolicy(p.ref)}, `, '')} applies${h.principal ? ` (Principal ${h.principal.entry})` : ''}${h.uncertainReason ? `, uncertain: ${h.uncertainReason}` : ''}`);
      lines.push(...conditionLines(h, '        '));
    }
    if (p.misses?.length) {
      for (const m of p.misses) {
        lines.push(`    · statement ${m.sid ? `\`${m.sid}\`` : `#${m.index + 1}`} does not apply: ${m.reason}`);
        lines.push(...conditionLines(m, '        '));
      }
    } else if (!p.allows.length && !p.denies.length && !p.unknown.length && !p.unreadable) {
      lines.push('    no statement applies');
    }
  }
  return lines.join('\n') + '\n';
}
