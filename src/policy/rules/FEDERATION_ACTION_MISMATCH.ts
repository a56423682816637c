// FEDERATION_ACTION_MISMATCH: a trust statement pairs a principal with the wrong sts API (SAML, web identity, AWS).
import { defineRule } from './define.js';
import { actionValues, principalValues } from './walk.js';

type Kind = 'saml' | 'oidc' | 'aws';

const WEB_IDENTITY_HOSTS = new Set(['cognito-identity.amazonaws.com', 'accounts.google.com', 'graph.facebook.com', 'www.amazon.com']);
const API: Record<Kind, string> = { saml: 'sts:AssumeRoleWithSAML', oidc: 'sts:AssumeRoleWithWebIdentity', aws: 'sts:AssumeRole' };
const ACTION_KIND: Record<string, Kind> = { 'sts:assumerolewithsaml': 'saml', 'sts:assumerolewithwebidentity': 'oidc', 'sts:assumerole': 'aws' };
const NAMES: Record<Kind, string> = { saml: 'a SAML provider', oidc: 'an OIDC or web identity provider', aws: 'an AWS or service principal' };

function kindOf(type: string, value: string): Kind | undefined {
  if (type === 'AWS' || type === 'Service') return 'aws';
  if (type !== 'Federated') return undefined;
  if (value.includes(':saml-provider/')) return 'saml';
  if (value.includes(':oidc-provider/') || WEB_IDENTITY_HOSTS.has(value)) return 'oidc';
  return undefined;
}

/** Reports sts:AssumeRole* actions that no principal of the statement can use. */
export const rule = defineRule({
  code: 'FEDERATION_ACTION_MISMATCH',
  severity: 'error',
  description: 'Each kind of principal assumes a role through its own STS API: a SAML provider with sts:AssumeRoleWithSAML, an OIDC or web identity provider with sts:AssumeRoleWithWebIdentity, an AWS or service principal with sts:AssumeRole. A trust statement pairing them otherwise never matches.',
  messages: { default: '{action} cannot be used by {principals}: {principal} needs {api}' },
  fix: 'Use AssumeRoleWithSAML for SAML, AssumeRoleWithWebIdentity for OIDC or web identity, AssumeRole for AWS principals; add the matching :aud condition',
  docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-idp.html',
  types: ['trust', 'resource'],
}, (ctx) => {
  for (const st of ctx.doc.statements) {
    if (!st.principal) continue;
    const kinds = new Map<Kind, string>();
    for (const p of principalValues(st)) {
      const k = p.not ? undefined : kindOf(p.type, p.value);
      if (k && !kinds.has(k)) kinds.set(k, p.value);
    }
    if (kinds.size === 0) continue;
    for (const a of actionValues(st)) {
      const want = ACTION_KIND[a.value.toLowerCase()];
      if (a.not || !want || kinds.has(want)) continue;
      const [kind, principal] = [...kinds.entries()][0] as [Kind, string];
      ctx.report({
        path: a.path,
        data: { action: a.value, principals: NAMES[kind], principal, api: API[kind] },
        fix: `Use "Action": "${API[kind]}" for ${principal}${kind === 'aws' ? '' : ' and add the provider\'s :aud condition'}`,
      });
    }
  }
});
