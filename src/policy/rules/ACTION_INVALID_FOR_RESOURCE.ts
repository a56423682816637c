// ACTION_INVALID_FOR_RESOURCE: an unknown action or service, a wildcard matching nothing, or an action that cannot apply to the listed resources.
import { resolveAction } from '../catalog/actions.js';
import { arnMatchesTemplate, compileTemplate, splitPolicyArn } from '../catalog/arn-match.js';
import { service, type ActionInfo } from '../catalog/services.js';
import { hasWildcard } from '../catalog/wildcard.js';
import { analyzeArn } from './arn-analysis.js';
import { deadElementSeverity, defineRule } from './define.js';
import type { PolicyDocument, Statement } from '../model.js';
import { actionValues, located, statementPath, type Located } from './walk.js';

const templateCache = new WeakMap<ActionInfo, { name: string; arn: string }[]>();
const applyCache = new WeakMap<ActionInfo, Map<string, boolean>>();

/** The ARN templates an action accepts, with their resource type names. */
function actionTemplates(a: ActionInfo): { name: string; arn: string }[] {
  let t = templateCache.get(a);
  if (!t) {
    const svc = service(a.service);
    t = a.resourceTypes.flatMap((rt) => {
      const def = svc?.resourceTypes.get(rt.name);
      return def ? [{ name: rt.name, arn: def.arn }] : [];
    });
    templateCache.set(a, t);
  }
  return t;
}

function canApplyUncached(a: ActionInfo, arnText: string): boolean {
  const arn = splitPolicyArn(arnText);
  if (!arn) return true;
  if (a.resourceTypes.length === 0) return hasWildcard(arnText);
  const templates = actionTemplates(a);
  if (templates.length === 0) return true;
  return templates.some((t) => {
    const c = compileTemplate(t.arn);
    return c === undefined || arnMatchesTemplate(arn, c);
  });
}

/** Whether an action can apply to a resource ARN (actions without resource types accept only "*"-like ARNs). */
export function canApply(a: ActionInfo, arnText: string): boolean {
  let m = applyCache.get(a);
  if (!m) {
    m = new Map();
    applyCache.set(a, m);
  }
  let r = m.get(arnText);
  if (r === undefined) {
    r = canApplyUncached(a, arnText);
    m.set(arnText, r);
  }
  return r;
}

/** The resource formats an action needs, for the message: `object (arn:aws:s3:::<BucketName>/<ObjectName>)`. */
function needs(a: ActionInfo, partition: string): string {
  const t = actionTemplates(a);
  if (a.resourceTypes.length === 0) return '"Resource": "*" (it supports no resource-level permissions)';
  return t.slice(0, 3).map((x) => `${x.name} (${x.arn.replace('${Partition}', partition).replace(/\$\{(\w+)\}/g, '<$1>')})`).join(' or ');
}

/** A nearby resource the action does apply to (`b` ↔ `b/*`), for a did-you-mean. */
function nearby(a: ActionInfo, arnText: string): string | undefined {
  const slash = arnText.indexOf('/');
  const candidates = [`${arnText}/*`, ...(slash > 0 ? [arnText.slice(0, slash)] : [])];
  return candidates.find((c) => canApply(a, c));
}

const grantIndex = new WeakMap<PolicyDocument, Map<ActionInfo, Statement[]>>();

/** The statements naming each action (wildcards expanded; `*` under a null key), built once per document. */
function grants(doc: PolicyDocument): Map<ActionInfo, Statement[]> {
  let index = grantIndex.get(doc);
  if (!index) {
    index = new Map();
    for (const t of doc.statements) {
      for (const v of t.action?.values ?? []) {
        const r = resolveAction(v);
        if (r.kind !== 'ok') continue;
        for (const a of r.actions) {
          const list = index.get(a);
          if (!list) index.set(a, [t]); else if (list[list.length - 1] !== t) list.push(t);
        }
      }
    }
    grantIndex.set(doc, index);
  }
  return index;
}

/** True when another statement of the same Effect grants the action on a resource it applies to (then this one is only redundant). */
function coveredElsewhere(doc: PolicyDocument, self: Statement, a: ActionInfo): boolean {
  const all = doc.statements.filter((t) => t !== self && t.effect === self.effect && t.action?.values.some((v) => resolveAction(v).kind === 'all'));
  return [...(grants(doc).get(a) ?? []), ...all].some((t) => {
    if (t === self || t.effect !== self.effect) return false;
    if (t.notResource) return true;
    return (t.resource?.values ?? []).some((r) => r === '*' || canApply(a, r));
  });
}

/** Reports unknown actions and actions that can never apply to the statement's resources. */
export const rule = defineRule({
  code: 'ACTION_INVALID_FOR_RESOURCE',
  severity: 'error',
  description: 'An action or service prefix is unknown (a typo, or a wildcard that matches no action), or an action cannot apply to any listed resource (s3:GetObject on a bucket ARN, s3:ListBucket on an object ARN), so the statement never matches it.',
  messages: {
    default: '{action} cannot apply to {resources}: it needs {needs}{suggestion}',
    unknownAction: 'Unknown action {action}{suggestion}',
    unknownService: 'Unknown service prefix "{service}" in {action}{suggestion}',
    noMatch: '{action} matches no {service} action',
    malformed: 'Action "{action}" is not written service:action',
    many: '{count} actions of this statement apply to none of its resources ({resources}), and no other statement grants them: {actions}',
  },
  fix: 'Use an action of the service authorization reference, and a Resource of the type that action needs',
  docs: 'https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html',
}, (ctx) => {
  const dead = deadElementSeverity(ctx);
  for (const st of ctx.doc.statements) {
    const singles: { action: Located; info: ActionInfo }[] = [];
    for (const a of actionValues(st)) {
      if (a.value.includes('${')) continue;
      const r = resolveAction(a.value);
      switch (r.kind) {
        case 'malformed':
          ctx.report({ path: a.path, messageId: 'malformed', data: { action: a.value }, fix: 'Write actions as service:ActionName, e.g. s3:GetObject' });
          break;
        case 'unknown-service':
          ctx.report({
            path: a.path, messageId: 'unknownService', severity: dead, data: { service: r.service, action: a.value, suggestion: r.suggestion ? `; did you mean ${r.suggestion}?` : '' },
            fix: r.suggestion ? `Did you mean ${a.value.replace(/^[^:]*/, r.suggestion)}?` : 'Use the service prefix of the service authorization reference',
          });
          break;
        case 'unknown-action':
          ctx.report({
            path: a.path, messageId: 'unknownAction', severity: dead, data: { action: a.value, suggestion: r.suggestion ? `; did you mean ${r.suggestion}?` : '' },
            fix: r.suggestion ? `Did you mean ${r.suggestion}?` : `Check the action list of ${r.service} in the service authorization reference`,
          });
          break;
        case 'no-match':
          ctx.report({ path: a.path, messageId: 'noMatch', severity: dead, data: { action: a.value, service: r.service }, fix: `Check the wildcard against the action list of ${r.service}` });
          break;
        case 'ok':
          if (!a.not && !hasWildcard(a.value) && r.actions[0]) singles.push({ action: a, info: r.actions[0] });
          break;
        default:
          break;
      }
    }
    const resources = located(st.resource, `${statementPath(st)}.Resource`).filter((r) => analyzeArn(r.value).ok);
    if (resources.length === 0 || resources.some((r) => r.value === '*')) continue;
    const inapplicable = singles.filter(({ info }) => !resources.some((r) => canApply(info, r.value)) && !coveredElsewhere(ctx.doc, st, info));
    if (inapplicable.length > 3) {
      const names = inapplicable.map((d) => d.action.value);
      ctx.report({
        path: `${statementPath(st)}.Action`, key: true, severity: 'warning', messageId: 'many',
        data: { count: names.length, actions: `${names.slice(0, 5).join(', ')}${names.length > 5 ? ', …' : ''}`, resources: resources.map((r) => r.value).join(', ') },
        fix: 'Move these actions to a statement whose Resource has the types they need (or "*" for those without resource-level permissions)',
      });
      continue;
    }
    for (const { action, info } of inapplicable) {
      const first = resources[0] as Located;
      const partition = splitPolicyArn(first.value)?.partition ?? 'aws';
      const near = resources.length === 1 ? nearby(info, first.value) : undefined;
      ctx.report({
        path: action.path,
        severity: 'warning',
        data: {
          action: action.value, resources: resources.map((r) => r.value).join(', '), needs: needs(info, partition.includes('*') ? 'aws' : partition),
          suggestion: near ? `; did you mean ${near}?` : '',
        },
        fix: near ? `Add ${near} to Resource (or move ${action.value} to a statement with that resource)` : `Give ${action.value} a Resource of the type it needs, or move it to its own statement`,
      });
    }
  }
});
