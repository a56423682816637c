// CONDITION_KEY_UNKNOWN: a condition key that is neither a global key nor a key of its service.
import { globalKeyNames, lookupConditionKey } from '../catalog/condition-keys.js';
import { service } from '../catalog/services.js';
import { closest } from '../catalog/similar.js';
import { deadElementSeverity, defineRule } from './define.js';
import { statementPath } from './walk.js';

/** Reports condition keys the catalog does not know (aws:… keys and keys of known services). */
export const rule = defineRule({
  code: 'CONDITION_KEY_UNKNOWN',
  severity: 'error',
  description: 'A condition key must be a global key (aws:…) or a key its service defines. An unknown key is never present in the request, so the condition never matches (or always does, with IfExists or a negated operator).',
  messages: {
    default: '{key} is not a global condition key{suggestion}',
    service: '{key} is not a condition key of {service}{suggestion}',
  },
  fix: 'Use a key of the global condition key list or of the service\'s condition key table',
  docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html',
}, (ctx) => {
  for (const st of ctx.doc.statements) {
    for (const c of st.conditions) {
      const k = lookupConditionKey(c.key);
      const path = c.path ?? `${statementPath(st)}.Condition.${c.operator}.${c.key}`;
      if (k.kind === 'unknown-global') {
        const s = closest(c.key, globalKeyNames());
        ctx.report({ path, key: true, severity: deadElementSeverity(ctx), data: { key: c.key, suggestion: s ? `; did you mean ${s}?` : '' }, ...(s ? { fix: `Did you mean ${s}?` } : {}) });
      } else if (k.kind === 'unknown-service-key') {
        const names = [...(service(k.service)?.conditionKeys.values() ?? [])].map((x) => x.key);
        const s = closest(c.key, names);
        ctx.report({
          path, key: true, messageId: 'service', severity: deadElementSeverity(ctx), data: { key: c.key, service: k.service, suggestion: s ? `; did you mean ${s}?` : '' },
          fix: s ? `Did you mean ${s}?` : `Use a key of ${k.service}'s condition key table`,
        });
      }
    }
  }
});
