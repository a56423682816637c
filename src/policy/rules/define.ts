// Helpers shared by rule files: typed definition, statement labels, and message formatting.
import type { Severity } from '../../core/finding.js';
import type { Statement } from '../model.js';
import type { Rule, RuleContext, RuleMeta } from './types.js';

/** Declares a rule with its meta and check (keeps each rule file to its logic). */
export function defineRule(meta: RuleMeta, check: (ctx: RuleContext) => void): Rule {
  return { meta, check };
}

/** Fills `{name}` placeholders of a template. */
export function format(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in data ? String(data[k]) : m));
}

/** A short label for a statement: `Statement[1] (Sid "DenyLogs")`. */
export function label(st: Statement): string {
  return `Statement[${st.index}]${st.sid ? ` (Sid "${st.sid}")` : ''}`;
}

/**
 * The severity of an element that AWS accepts but that can never match. IAM stores identity policies,
 * SCPs, RCPs and endpoint policies with unknown actions, keys or oddly shaped ARNs (AWS managed
 * policies contain some), so there it is a warning; services that own resource, key and trust
 * policies validate them and reject the policy, so there it is an error.
 */
export function deadElementSeverity(ctx: RuleContext): Severity {
  return ctx.type === 'resource' || ctx.type === 'key' || ctx.type === 'trust' ? 'error' : 'warning';
}
