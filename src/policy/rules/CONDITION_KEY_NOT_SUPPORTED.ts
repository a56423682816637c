// CONDITION_KEY_NOT_SUPPORTED: a service condition key that none of the statement's actions supports.
import { resolveAction } from '../catalog/actions.js';
import { actionSupportsKey, lookupConditionKey } from '../catalog/condition-keys.js';
import type { ActionInfo } from '../catalog/services.js';
import { defineRule } from './define.js';
import { statementPath } from './walk.js';

/** The resolved actions of a statement's Action element, or undefined when one is `*` or unresolved. */
function statementActions(values: string[]): ActionInfo[] | undefined {
  const out: ActionInfo[] = [];
  for (const v of values) {
    const r = resolveAction(v);
    if (r.kind !== 'ok') return undefined;
    out.push(...r.actions);
  }
  return out;
}

/** Reports service-specific keys the statement's actions never set in their requests. */
export const rule = defineRule({
  code: 'CONDITION_KEY_NOT_SUPPORTED',
  severity: 'warning',
  description: 'A service-specific condition key is only present in requests for the actions (and resource types) that support it. When none of the statement\'s actions does, the condition never matches: an Allow never applies, a Deny never applies.',
  messages: { default: 'None of the actions of this statement ({actions}) supports {key}: the condition never matches, so this {effect} never applies' },
  fix: 'Use a key the actions support (see their Condition keys column), a global aws: key, or move the condition to the statement of the actions that support it',
  docs: 'https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html',
}, (ctx) => {
  for (const st of ctx.doc.statements) {
    if (!st.action || st.conditions.length === 0) continue;
    const actions = statementActions(st.action.values);
    if (!actions || actions.length === 0) continue;
    for (const c of st.conditions) {
      const k = lookupConditionKey(c.key);
      if (k.kind !== 'service' || c.operator.endsWith('IfExists') || c.operator === 'Null') continue;
      if (actions.some((a) => actionSupportsKey(a, c.key))) continue;
      const names = st.action.values.slice(0, 3).join(', ') + (st.action.values.length > 3 ? ', …' : '');
      ctx.report({ path: c.path ?? `${statementPath(st)}.Condition.${c.operator}.${c.key}`, key: true, data: { actions: names, key: c.key, effect: st.effect ?? 'statement' } });
    }
  }
});
