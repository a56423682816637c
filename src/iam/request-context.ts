// Fills the request context as AWS does from what is known of the principal and the resource.
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html
import type { ContextValue } from './context.js';
import type { RequestPrincipal } from './request.js';

/** What the snapshot knows beyond the principal itself. */
export interface ContextFacts {
  principalTags?: Record<string, string>;
  /** Unique id of the user (AIDA...) or role (AROA...). */
  principalId?: string;
  principalOrgId?: string;
  /** `o-xxx/r-xxx/ou-xxx/` paths, one per level chain. */
  principalOrgPaths?: string[];
  resourceAccount?: string;
  resourceOrgId?: string;
  resourceTags?: Record<string, string>;
  /** The region the request is sent to (the resource's region). */
  requestedRegion?: string;
  /** The time of the request, ISO 8601. */
  currentTime?: string;
}

function set(m: Map<string, ContextValue>, key: string, value: string | string[]): void {
  m.set(key.toLowerCase(), Array.isArray(value) ? { values: value, multi: true } : { values: [value], multi: false });
}

/**
 * The global condition keys AWS puts in every request for this principal: aws:PrincipalArn,
 * aws:PrincipalAccount, aws:PrincipalType, aws:userid, aws:username, aws:PrincipalTag/*,
 * aws:PrincipalOrgID, aws:PrincipalOrgPaths, aws:PrincipalIsAWSService, aws:ResourceAccount,
 * aws:ResourceOrgID, aws:ResourceTag/*, aws:RequestedRegion, aws:CurrentTime, aws:EpochTime.
 * User-supplied keys are merged over these by the caller.
 */
export function principalContext(p: RequestPrincipal, facts: ContextFacts = {}): Map<string, ContextValue> {
  const m = new Map<string, ContextValue>();
  switch (p.type) {
    case 'user':
      set(m, 'aws:PrincipalArn', p.arn);
      set(m, 'aws:PrincipalAccount', p.account);
      set(m, 'aws:PrincipalType', 'User');
      set(m, 'aws:username', p.name);
      if (facts.principalId ?? p.userId) set(m, 'aws:userid', (facts.principalId ?? p.userId) as string);
      break;
    case 'role-session':
      // The role session's aws:PrincipalArn is the role's ARN, not the session's.
      set(m, 'aws:PrincipalArn', p.roleArn);
      set(m, 'aws:PrincipalAccount', p.account);
      set(m, 'aws:PrincipalType', 'AssumedRole');
      if (facts.principalId ?? p.roleId) set(m, 'aws:userid', `${(facts.principalId ?? p.roleId) as string}:${p.sessionName}`);
      break;
    case 'federated-user':
      set(m, 'aws:PrincipalArn', p.arn);
      set(m, 'aws:PrincipalAccount', p.account);
      set(m, 'aws:PrincipalType', 'FederatedUser');
      break;
    case 'root':
      set(m, 'aws:PrincipalArn', p.arn);
      set(m, 'aws:PrincipalAccount', p.account);
      set(m, 'aws:PrincipalType', 'Account');
      set(m, 'aws:userid', p.account);
      break;
    case 'service':
      set(m, 'aws:PrincipalIsAWSService', 'true');
      set(m, 'aws:PrincipalServiceName', p.service);
      break;
    case 'anonymous':
      set(m, 'aws:PrincipalType', 'Anonymous');
      set(m, 'aws:userid', 'anonymous');
      break;
    case 'web-identity':
    case 'saml':
      break;
  }
  if (p.type !== 'service') set(m, 'aws:PrincipalIsAWSService', 'false');
  for (const [k, v] of Object.entries(facts.principalTags ?? {})) set(m, `aws:PrincipalTag/${k}`, v);
  if (facts.principalOrgId) set(m, 'aws:PrincipalOrgID', facts.principalOrgId);
  if (facts.principalOrgPaths) set(m, 'aws:PrincipalOrgPaths', facts.principalOrgPaths);
  if (facts.resourceAccount) set(m, 'aws:ResourceAccount', facts.resourceAccount);
  if (facts.resourceOrgId) set(m, 'aws:ResourceOrgID', facts.resourceOrgId);
  for (const [k, v] of Object.entries(facts.resourceTags ?? {})) set(m, `aws:ResourceTag/${k}`, v);
  if (facts.requestedRegion) set(m, 'aws:RequestedRegion', facts.requestedRegion);
  if (facts.currentTime) {
    const ms = Date.parse(facts.currentTime);
    if (!Number.isNaN(ms)) {
      set(m, 'aws:CurrentTime', new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z'));
      set(m, 'aws:EpochTime', String(Math.floor(ms / 1000)));
    }
  }
  return m;
}
