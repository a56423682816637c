// Infers how a policy is used (identity, trust, resource, key) from its content when --type is not given.
import { resolveAction } from './catalog/actions.js';
import type { PolicyDocument } from './model.js';
import type { PolicyType } from './rules/types.js';

const TRUST_ACTIONS = /^sts:(assumerole\w*|tagsession|setsourceidentity|setcontext)$/i;

function actionServices(doc: PolicyDocument): Set<string> {
  const out = new Set<string>();
  for (const st of doc.statements) {
    for (const v of [...(st.action?.values ?? []), ...(st.notAction?.values ?? [])]) {
      const r = resolveAction(v);
      out.add(r.kind === 'ok' || r.kind === 'unknown-action' || r.kind === 'no-match' ? r.service : '*');
    }
  }
  return out;
}

/**
 * Infers the policy type: a Principal makes it a trust policy when every action is sts:AssumeRole*
 * (or TagSession, SetSourceIdentity, SetContext), a key policy when every action is kms:, else a
 * resource policy; no Principal makes it an identity policy.
 */
export function inferPolicyType(doc: PolicyDocument): PolicyType {
  const withPrincipal = doc.statements.some((s) => s.principal || s.notPrincipal);
  if (!withPrincipal) return 'identity';
  const actions = doc.statements.flatMap((s) => s.action?.values ?? []);
  if (actions.length > 0 && actions.every((a) => TRUST_ACTIONS.test(a))) return 'trust';
  const services = actionServices(doc);
  if (services.size === 1 && services.has('kms')) return 'key';
  return 'resource';
}

/** True when a resource policy is an S3 bucket policy: every action is an s3 action. */
export function looksLikeBucketPolicy(doc: PolicyDocument): boolean {
  const services = actionServices(doc);
  return services.size === 1 && services.has('s3');
}
