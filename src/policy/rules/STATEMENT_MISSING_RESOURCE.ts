// STATEMENT_MISSING_RESOURCE: a statement of an identity (or resource or key) policy without Resource or NotResource.
import { resolveAction } from '../catalog/actions.js';
import { defineRule, label } from './define.js';
import { actionValues, statementPath } from './walk.js';

/** True when every action of the statement supports no resource-level permissions (so "*" is the only fit). */
function onlyStarActions(values: string[]): boolean {
  return values.length > 0 && values.every((v) => {
    const r = resolveAction(v);
    return r.kind === 'ok' && r.actions.every((a) => a.resourceTypes.length === 0);
  });
}

/** Reports statements that need a Resource element and have none. */
export const rule = defineRule({
  code: 'STATEMENT_MISSING_RESOURCE',
  severity: 'error',
  description: 'A statement of an identity, resource or key policy needs Resource or NotResource; AWS rejects it otherwise. (Trust policies have none.)',
  messages: { default: '{statement} has no Resource or NotResource' },
  fix: 'Add "Resource": "*" or the ARNs it applies to{hint}',
  docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html',
  types: ['identity', 'resource', 'key', 'rcp'],
}, (ctx) => {
  for (const st of ctx.doc.statements) {
    if (st.resource || st.notResource) continue;
    const actions = actionValues(st).map((a) => a.value);
    const hint = onlyStarActions(actions) ? ' (these actions support no resource-level permissions: use "*")' : ' (Describe, Get and List actions mostly need "*")';
    ctx.report({ path: statementPath(st), data: { statement: label(st) }, fix: `Add "Resource": "*" or the ARNs it applies to${hint}` });
  }
});
