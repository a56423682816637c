// Builds an AuthorizationInput from a loaded snapshot: the principal's policies, the resource's policy, SCPs and RCPs.
import { absenceReason, type Collected } from '../core/collected.js';
import { parseArn } from '../core/arn.js';
import { findResource, orgPathOf, policiesAt, policiesWithUnknownTargets, resolvePrincipal, type FoundResource } from '../snapshot/index.js';
import type { IamData, IamGroup, IamIdentityBase, LoadedPolicy, OrgData, Snapshot } from '../snapshot/model.js';
import { rcpsApply, scpsApply } from './applicability.js';
import type { ContextValue } from './context.js';
import type { AclGrant, AuthorizationInput, KmsGrant, NotCollected, PolicyInput, PolicyRef, ResourcePolicyKind } from './inputs.js';
import { parsePrincipal } from './principal-parse.js';
import type { RequestPrincipal } from './request.js';
import { principalContext, type ContextFacts } from './request-context.js';

/** A question asked of a snapshot. */
export interface SnapshotQuestion {
  principal: string;
  action: string;
  resource: string;
  /** User-supplied context keys (lower-cased), merged over the keys the snapshot fills. */
  context?: ReadonlyMap<string, ContextValue>;
  /** The request time (ISO 8601); default: the snapshot's collection time, else now. */
  now?: string;
}

/** The engine input, or why the question cannot be asked of this snapshot. */
export type BuildResult = { ok: true; input: AuthorizationInput } | { ok: false; reason: string };

/** Services whose resources can carry a resource-based policy that a snapshot may hold. */
const RESOURCE_POLICY_SERVICES = new Set(['s3', 'kms', 'lambda', 'secretsmanager', 'sns', 'sqs']);

function policyInput(p: LoadedPolicy, ref: Omit<PolicyRef, 'name' | 'file' | 'jsonPath' | 'origin'>, name = p.name): PolicyInput {
  return {
    ref: { ...ref, name, file: p.file, jsonPath: p.jsonPath, origin: p.origin, ...(p.arn ? { arn: p.arn } : {}) },
    document: p.document,
    problems: p.problems,
  };
}

/** The identity-based policies of a user (with its groups) or a role, and what could not be found. */
function identityPolicies(iam: IamData, entity: IamIdentityBase & { groups?: string[] }, notCollected: NotCollected[]): PolicyInput[] {
  const out: PolicyInput[] = [];
  const managed = (arns: string[], via: string): void => {
    for (const arn of arns) {
      const m = iam.policies.get(arn);
      if (m) out.push(policyInput(m.policy, { type: 'identity', via, arn }, m.name));
      else notCollected.push({ what: `managed policy ${arn} attached to ${entity.name}`, reason: 'its document is neither in the snapshot nor in the bundled AWS managed policies', assumed: 'it was treated as granting nothing' });
    }
  };
  for (const p of entity.inlinePolicies) out.push(policyInput(p, { type: 'identity', via: 'inline' }));
  managed(entity.managedPolicyArns, 'attached');
  for (const g of entity.groups ?? []) {
    const group: IamGroup | undefined = [...iam.groups.values()].find((x) => x.name === g || x.arn === g);
    if (!group) {
      notCollected.push({ what: `group ${g} of ${entity.name}`, reason: 'the group is not in the snapshot', assumed: 'its policies were treated as granting nothing' });
      continue;
    }
    for (const p of group.inlinePolicies) out.push(policyInput(p, { type: 'identity', via: `group ${group.name}` }));
    managed(group.managedPolicyArns, `group ${group.name}`);
  }
  return out;
}

function boundaryOf(iam: IamData, entity: IamIdentityBase, notCollected: NotCollected[]): PolicyInput | undefined {
  if (!entity.permissionsBoundaryArn) return undefined;
  const m = iam.policies.get(entity.permissionsBoundaryArn);
  if (m) return policyInput(m.policy, { type: 'boundary', arn: m.arn }, m.name);
  notCollected.push({ what: `permissions boundary ${entity.permissionsBoundaryArn} of ${entity.name}`, reason: 'its document is not in the snapshot', assumed: 'the boundary was treated as allowing nothing' });
  // An unknown boundary allows nothing we can prove: an empty document keeps every Allow from standing.
  return { ref: { type: 'boundary', name: entity.permissionsBoundaryArn, arn: entity.permissionsBoundaryArn }, document: undefined };
}

interface PrincipalPart {
  principal: RequestPrincipal;
  identity: PolicyInput[];
  boundary?: PolicyInput;
  facts: ContextFacts;
}

function principalPart(snapshot: Snapshot, text: string, notCollected: NotCollected[]): PrincipalPart | { reason: string } {
  const r = resolvePrincipal(snapshot, text);
  switch (r.kind) {
    case 'user': {
      const iam = (snapshot.accounts.get(r.account)?.iam as Collected<IamData> & { state: 'collected' }).value;
      const u = r.user;
      const boundary = boundaryOf(iam, u, notCollected);
      return {
        principal: { type: 'user', arn: u.arn, account: u.account, name: u.name, userId: u.id, ...(u.permissionsBoundaryArn ? { hasBoundary: true } : {}) },
        identity: identityPolicies(iam, u, notCollected), ...(boundary ? { boundary } : {}),
        facts: { principalTags: u.tags, principalId: u.id },
      };
    }
    case 'role':
    case 'assumed-role': {
      const iam = (snapshot.accounts.get(r.account)?.iam as Collected<IamData> & { state: 'collected' }).value;
      const role = r.role;
      const sessionName = r.kind === 'assumed-role' ? r.sessionName : 'whynot';
      const boundary = boundaryOf(iam, role, notCollected);
      return {
        principal: {
          type: 'role-session', arn: `arn:aws:sts::${role.account}:assumed-role/${role.name}/${sessionName}`, account: role.account,
          roleArn: role.arn, roleName: role.name, sessionName, roleId: role.id,
          ...(role.serviceLinked ? { serviceLinked: true } : {}), ...(role.permissionsBoundaryArn ? { hasBoundary: true } : {}),
        },
        identity: identityPolicies(iam, role, notCollected), ...(boundary ? { boundary } : {}),
        facts: { principalTags: role.tags, principalId: role.id },
      };
    }
    case 'root': return { principal: { type: 'root', arn: r.arn, account: r.account }, identity: [], facts: {} };
    case 'service': return { principal: { type: 'service', service: r.service }, identity: [], facts: {} };
    case 'anonymous': return { principal: { type: 'anonymous' }, identity: [], facts: {} };
    case 'federated-user': {
      notCollected.push({ what: `the policies of federated user ${r.name}`, reason: 'a GetFederationToken session carries the policies passed when it was created, which no snapshot holds', assumed: 'no identity-based policy allows' });
      return { principal: { type: 'federated-user', arn: r.arn, account: r.account, name: r.name }, identity: [], facts: {} };
    }
    case 'not-found': {
      const parsed = parsePrincipal(text);
      if (!parsed.ok) return { reason: r.reason };
      if (r.why === 'not-in-snapshot') return { reason: `${r.reason}: check the ARN (names are case-sensitive)` };
      if (r.why === 'account-not-collected' || r.why === 'iam-not-collected') {
        notCollected.push({ what: `the identity-based policies of ${text}`, reason: r.reason, assumed: 'no identity-based policy allows, and no boundary applies' });
      }
      return { principal: parsed.principal, identity: [], facts: {} };
    }
  }
}

function orgFacts(org: OrgData | undefined, account: string | undefined): { orgId?: string; paths?: string[] } {
  if (!org || !account) return {};
  const path = orgPathOf(org, account);
  if (!path) return org.accounts.has(account) ? { orgId: org.id } : {};
  return { orgId: org.id, paths: [`${org.id}/${path.slice(0, -1).join('/')}/`] };
}

function orgLevels(org: OrgData, account: string, type: 'SERVICE_CONTROL_POLICY' | 'RESOURCE_CONTROL_POLICY', notCollected: NotCollected[]): { target: string; policies: PolicyInput[] }[] | undefined {
  const label = type === 'SERVICE_CONTROL_POLICY' ? 'SCP' : 'RCP';
  if (!org.accounts.has(account) && !org.parents.has(account)) return undefined;
  const path = orgPathOf(org, account);
  if (!path) {
    notCollected.push({ what: `the ${label}s of account ${account}`, file: `organizations/parents/${account}.json`, reason: 'the path from the root to the account was not collected', assumed: `no ${label} applies` });
    return undefined;
  }
  for (const p of policiesWithUnknownTargets(org, type)) {
    notCollected.push({ what: `the targets of ${label} ${p.name} (${p.id})`, file: p.targets.file, reason: absenceReason(p.targets) ?? 'absent', assumed: `it was treated as attached nowhere` });
  }
  return path.map((id) => {
    const target = id.startsWith('r-') ? `root ${id}` : id.startsWith('ou-') ? `OU ${id}` : `account ${id}`;
    return { target, policies: policiesAt(org, id, type).map((p) => policyInput(p.policy, { type: type === 'SERVICE_CONTROL_POLICY' ? 'scp' : 'rcp', target }, p.name)) };
  });
}

interface ResourcePart {
  account?: string;
  region?: string;
  policy?: PolicyInput;
  kind: ResourcePolicyKind;
  grants?: KmsGrant[];
  acl?: AclGrant[];
  awsManagedKey?: boolean;
  notes: string[];
}

function resourcePolicyLabel(f: FoundResource): string {
  switch (f.kind) {
    case 's3-bucket': return `the bucket policy of \`${f.bucket.name}\``;
    case 'kms-key': return `the key policy of \`${f.key.keyId}\``;
    case 'lambda-function': return `the function policy of \`${f.resource.name}\``;
    case 'secret': return `the resource policy of secret \`${f.resource.name}\``;
    case 'sns-topic': return `the topic policy of \`${f.resource.name}\``;
    case 'sqs-queue': return `the queue policy of \`${f.resource.name}\``;
    case 'iam-role': return `the trust policy of role \`${f.role.name}\``;
    case 'unknown': return `the resource policy of ${f.arn}`;
  }
}

function aclGrants(acl: unknown, bucketAccount: string): AclGrant[] {
  const grants = (acl as { Grants?: unknown[] } | undefined)?.Grants;
  if (!Array.isArray(grants)) return [];
  const ownerId = (acl as { Owner?: { ID?: string } }).Owner?.ID;
  const out: AclGrant[] = [];
  for (const g of grants as { Grantee?: { Type?: string; ID?: string; URI?: string }; Permission?: string }[]) {
    const perm = g.Permission;
    if (perm !== 'READ' && perm !== 'WRITE' && perm !== 'READ_ACP' && perm !== 'WRITE_ACP' && perm !== 'FULL_CONTROL') continue;
    if (g.Grantee?.Type === 'Group' && g.Grantee.URI) out.push({ grantee: { type: 'Group', uri: g.Grantee.URI }, permission: perm });
    else if (g.Grantee?.Type === 'CanonicalUser' && g.Grantee.ID) {
      out.push({ grantee: { type: 'CanonicalUser', id: g.Grantee.ID, ...(g.Grantee.ID === ownerId ? { account: bucketAccount } : {}) }, permission: perm });
    }
  }
  return out;
}

function resourcePart(snapshot: Snapshot, resource: string, action: string, notCollected: NotCollected[]): ResourcePart {
  const notes: string[] = [];
  if (resource === '*') return { kind: 'generic', notes };
  const f = findResource(snapshot, resource);
  const isAssume = /^sts:(AssumeRole|AssumeRoleWithSAML|AssumeRoleWithWebIdentity|TagSession|SetSourceIdentity|SetContext)$/i.test(action);
  const kind: ResourcePolicyKind = f.kind === 'kms-key' ? 'kms-key' : f.kind === 'iam-role' && isAssume ? 'role-trust' : 'generic';
  if (f.kind === 'unknown') {
    const service = parseArn(resource)?.service ?? '';
    if (RESOURCE_POLICY_SERVICES.has(service) || (service === 'iam' && isAssume)) {
      notCollected.push({ what: resourcePolicyLabel(f), reason: f.reason, assumed: 'no resource-based policy applies' });
    }
    return { ...(f.account ? { account: f.account } : {}), ...(f.region ? { region: f.region } : {}), kind: service === 'kms' ? 'kms-key' : service === 'iam' && isAssume ? 'role-trust' : 'generic', notes };
  }
  if (f.kind === 'iam-role' && !isAssume) return { account: f.account, kind: 'generic', notes };
  const region = 'region' in f && typeof f.region === 'string' && f.region ? f.region : undefined;
  const label = resourcePolicyLabel(f);
  let policy: PolicyInput | undefined;
  if (f.policy.state === 'collected') {
    if (f.policy.value) policy = policyInput(f.policy.value, { type: 'resource' }, label);
  } else {
    notCollected.push({ what: label, file: f.policy.file, reason: absenceReason(f.policy) ?? 'absent', assumed: 'no resource-based policy applies' });
  }
  const part: ResourcePart = { account: f.account, ...(region ? { region } : {}), kind, ...(policy ? { policy } : {}), notes };
  if (f.kind === 'kms-key') {
    const meta = f.key.metadata.state === 'collected' ? f.key.metadata.value : undefined;
    if (meta?.KeyManager === 'AWS') part.awsManagedKey = true;
    if (meta && typeof meta.KeyState === 'string' && meta.KeyState !== 'Enabled') {
      notes.push(`key ${f.key.keyId} is ${meta.KeyState}: cryptographic operations fail whatever the policies allow`);
    }
    if (f.key.grants.state === 'collected') part.grants = f.key.grants.value as KmsGrant[];
    else if (/^kms:/i.test(action)) notCollected.push({ what: `the grants of key ${f.key.keyId}`, file: f.key.grants.file, reason: absenceReason(f.key.grants) ?? 'absent', assumed: 'no grant applies' });
  }
  if (f.kind === 's3-bucket') {
    const oc = f.bucket.ownershipControls;
    const ownership = oc.state === 'collected' ? ((oc.value as { OwnershipControls?: { Rules?: { ObjectOwnership?: string }[] } }).OwnershipControls?.Rules?.[0]?.ObjectOwnership) : undefined;
    // With BucketOwnerEnforced, ACLs are disabled and grant nothing (S3 "Controlling ownership of objects").
    if (ownership !== 'BucketOwnerEnforced' && f.bucket.acl.state === 'collected') part.acl = aclGrants(f.bucket.acl.value, f.account);
  }
  return part;
}

/**
 * Builds the engine input for a question asked of a snapshot, recording every datum the answer
 * depends on that the snapshot does not hold.
 */
export function buildFromSnapshot(snapshot: Snapshot, q: SnapshotQuestion): BuildResult {
  const notCollected: NotCollected[] = [];
  const pp = principalPart(snapshot, q.principal, notCollected);
  if ('reason' in pp) return { ok: false, reason: pp.reason };
  const rp = resourcePart(snapshot, q.resource, q.action, notCollected);
  const principal = pp.principal;
  const pAccount = 'account' in principal ? principal.account : undefined;
  const resourceAccount = rp.account ?? (q.resource === '*' ? pAccount : undefined);
  const org = snapshot.organization.state === 'collected' ? snapshot.organization.value : undefined;
  const mgmt = org?.managementAccountId;

  let scpLevels: AuthorizationInput['scpLevels'];
  let rcpLevels: AuthorizationInput['rcpLevels'];
  if (org) {
    if (pAccount && scpsApply(principal, mgmt)) scpLevels = orgLevels(org, pAccount, 'SERVICE_CONTROL_POLICY', notCollected);
    if (resourceAccount && rcpsApply(principal, q.action, resourceAccount, mgmt, rp.awsManagedKey)) rcpLevels = orgLevels(org, resourceAccount, 'RESOURCE_CONTROL_POLICY', notCollected);
  } else if (scpsApply(principal, undefined)) {
    notCollected.push({ what: 'AWS Organizations data (SCPs and RCPs)', file: 'organizations/', reason: absenceReason(snapshot.organization) ?? 'not collected', assumed: 'no SCP or RCP applies' });
  }

  const requestedRegion = rp.region ?? (parseArn(q.resource)?.region || undefined);
  const po = orgFacts(org, pAccount);
  const ro = orgFacts(org, resourceAccount);
  const facts: ContextFacts = {
    ...pp.facts,
    ...(po.orgId ? { principalOrgId: po.orgId } : {}),
    ...(po.paths ? { principalOrgPaths: po.paths } : {}),
    ...(resourceAccount ? { resourceAccount } : {}),
    ...(ro.orgId ? { resourceOrgId: ro.orgId } : {}),
    // AWS sends every request to the resource's region and stamps it with the time; the snapshot's
    // collection time stands for "now" so that answers are reproducible.
    ...(requestedRegion ? { requestedRegion } : {}),
    currentTime: q.now ?? snapshot.collect?.collectedAt ?? new Date().toISOString(),
  };
  const context = principalContext(principal, facts);
  for (const [k, v] of q.context ?? []) context.set(k, v);

  const input: AuthorizationInput = {
    request: { principal, action: q.action, resource: q.resource, ...(resourceAccount ? { resourceAccount } : {}), context },
    identity: pp.identity,
    ...(pp.boundary ? { boundary: pp.boundary } : {}),
    ...(scpLevels ? { scpLevels } : {}),
    ...(rcpLevels ? { rcpLevels } : {}),
    ...(rp.policy ? { resource: rp.policy } : {}),
    resourceKind: rp.kind,
    ...(rp.grants ? { grants: rp.grants } : {}),
    ...(rp.acl ? { acl: rp.acl } : {}),
    notCollected,
    notes: [...rp.notes, ...snapshot.notes.filter((n) => pp.identity.some((p) => p.ref.origin === 'bundled' && n.includes(p.ref.name)))],
  };
  return { ok: true, input };
}
