// Finds the resource an ARN names in the snapshot: which account owns it and its resource-based policy (or why none is known).
import { absenceReason, type Collected } from '../core/collected.js';
import { parseArn, type Arn } from '../core/arn.js';
import type { Bucket, IamRole, KmsKey, LoadedPolicy, PolicyResource, RegionData, Snapshot } from './model.js';

/** A resource found in the snapshot with its resource-based policy, or the account from the ARN and why no policy is known. */
export type FoundResource =
  | { kind: 's3-bucket'; arn: string; account: string; region?: string; bucket: Bucket; objectKey?: string; policy: Collected<LoadedPolicy | null> }
  | { kind: 'kms-key'; arn: string; account: string; region: string; key: KmsKey; policy: Collected<LoadedPolicy | null> }
  | { kind: PolicyResource['kind']; arn: string; account: string; region: string; resource: PolicyResource; qualifier?: string; policy: Collected<LoadedPolicy | null> }
  | { kind: 'iam-role'; arn: string; account: string; role: IamRole; policy: Collected<LoadedPolicy | null> }
  | { kind: 'unknown'; arn: string; account?: string; region?: string; reason: string };

const NO_POLICY = 'no resource policy collected';
const KEY_ID = /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|mrk-[0-9a-f]{32})$/;

function unknown(arn: string, reason: string, account?: string, region?: string): FoundResource {
  return { kind: 'unknown', arn, reason, ...(account ? { account } : {}), ...(region ? { region } : {}) };
}

function findBucket(snapshot: Snapshot, text: string, resource: string): FoundResource {
  const slash = resource.indexOf('/');
  const name = slash < 0 ? resource : resource.slice(0, slash);
  const objectKey = slash < 0 ? undefined : resource.slice(slash + 1);
  const uncollected: string[] = [];
  for (const account of snapshot.accounts.values()) {
    if (account.buckets.state !== 'collected') {
      uncollected.push(absenceReason(account.buckets) ?? account.id);
      continue;
    }
    const bucket = account.buckets.value.get(name);
    if (bucket) {
      return {
        kind: 's3-bucket', arn: text, account: account.id, bucket, policy: bucket.policy,
        ...(bucket.region ? { region: bucket.region } : {}), ...(objectKey !== undefined ? { objectKey } : {}),
      };
    }
  }
  const why = uncollected.length ? `; the bucket lists of some accounts are ${uncollected.join(', ')}` : '';
  return unknown(text, `bucket ${name} is not in the list-buckets of any account in the snapshot${why}: ${NO_POLICY}`);
}

/** A lookup step: the value, or the unknown result saying what is not collected. */
type Step<T> = { ok: true; value: T } | { ok: false; miss: FoundResource };

function regionOf(snapshot: Snapshot, arn: Arn, text: string): Step<RegionData> {
  const account = snapshot.accounts.get(arn.account);
  if (!account) return { ok: false, miss: unknown(text, `account ${arn.account} is not in the snapshot: ${NO_POLICY}`, arn.account, arn.region) };
  const region = account.regions.get(arn.region);
  if (!region) return { ok: false, miss: unknown(text, `region ${arn.region} of account ${arn.account} is not in the snapshot: ${NO_POLICY}`, arn.account, arn.region) };
  return { ok: true, value: region };
}

/** Looks a resource up in one of a region's lists. */
function inRegion<T>(
  snapshot: Snapshot, arn: Arn, text: string, what: string,
  listOf: (r: RegionData) => Collected<Map<string, T>>, pick: (m: Map<string, T>) => T | undefined,
): Step<T> {
  const region = regionOf(snapshot, arn, text);
  if (!region.ok) return region;
  const list = listOf(region.value);
  const where = `${arn.account}/${arn.region}`;
  if (list.state !== 'collected') return { ok: false, miss: unknown(text, `the ${what} of ${where} are ${absenceReason(list) ?? 'absent'}: ${NO_POLICY}`, arn.account, arn.region) };
  const found = pick(list.value);
  if (found === undefined) return { ok: false, miss: unknown(text, `${arn.resource} is not among the collected ${what} of ${where}: ${NO_POLICY}`, arn.account, arn.region) };
  return { ok: true, value: found };
}

function fromResource(step: Step<PolicyResource>, text: string, qualifier?: string): FoundResource {
  if (!step.ok) return step.miss;
  const r = step.value;
  return { kind: r.kind, arn: text, account: r.account, region: r.region, resource: r, policy: r.policy, ...(qualifier ? { qualifier } : {}) };
}

function findKey(snapshot: Snapshot, text: string, arn: Arn): FoundResource {
  if (!arn.resource.startsWith('key/')) return unknown(text, `KMS ${arn.resource.split('/')[0] ?? ''} ARNs are not resolved (aliases are not collected): ${NO_POLICY}`, arn.account, arn.region);
  const step = inRegion(snapshot, arn, text, 'KMS keys', (r) => r.kmsKeys, (m) => m.get(arn.resource.slice(4)));
  if (!step.ok) return step.miss;
  const key = step.value;
  return { kind: 'kms-key', arn: text, account: key.account, region: key.region, key, policy: key.policy };
}

function findKeyById(snapshot: Snapshot, keyId: string): FoundResource {
  for (const account of snapshot.accounts.values()) {
    for (const region of account.regions.values()) {
      const key = region.kmsKeys.state === 'collected' ? region.kmsKeys.value.get(keyId) : undefined;
      if (key) return { kind: 'kms-key', arn: key.arn, account: key.account, region: key.region, key, policy: key.policy };
    }
  }
  return unknown(keyId, `KMS key ${keyId} is not among the collected keys: ${NO_POLICY}`);
}

function findSecret(m: Map<string, PolicyResource>, text: string, rest: string): PolicyResource | undefined {
  for (const s of m.values()) if (s.arn === text) return s;
  const exact = m.get(rest);
  if (exact) return exact;
  return /-[A-Za-z0-9]{6}$/.test(rest) ? m.get(rest.slice(0, -7)) : undefined;
}

/** Finds the resource an ARN (or a bare KMS key id) names: bucket or object, KMS key, Lambda function (any qualifier), secret, topic, queue, IAM role (trust policy). */
export function findResource(snapshot: Snapshot, text: string): FoundResource {
  const t = text.trim();
  if (KEY_ID.test(t)) return findKeyById(snapshot, t);
  const arn = parseArn(t);
  if (!arn) return unknown(t, 'not an ARN');
  switch (arn.service) {
    case 's3':
      if (arn.account === '' && arn.region === '') return findBucket(snapshot, t, arn.resource);
      break;
    case 'kms':
      return findKey(snapshot, t, arn);
    case 'lambda': {
      const [type, name, qualifier] = arn.resource.split(':');
      if (type !== 'function' || !name) break;
      return fromResource(inRegion(snapshot, arn, t, 'Lambda functions', (r) => r.lambdaFunctions, (m) => m.get(name)), t, qualifier);
    }
    case 'secretsmanager': {
      if (!arn.resource.startsWith('secret:')) break;
      return fromResource(inRegion(snapshot, arn, t, 'secrets', (r) => r.secrets, (m) => findSecret(m, t, arn.resource.slice(7))), t);
    }
    case 'sns':
    case 'sqs': {
      const sns = arn.service === 'sns';
      return fromResource(inRegion(snapshot, arn, t, sns ? 'SNS topics' : 'SQS queues', (r) => (sns ? r.topics : r.queues), (m) => m.get(arn.resource)), t);
    }
    case 'iam': {
      if (!arn.resource.startsWith('role/')) break;
      const account = snapshot.accounts.get(arn.account);
      if (!account) return unknown(t, `account ${arn.account} is not in the snapshot: ${NO_POLICY}`, arn.account);
      if (account.iam.state !== 'collected') return unknown(t, `the IAM data of account ${arn.account} is ${absenceReason(account.iam) ?? 'absent'}: ${NO_POLICY}`, arn.account);
      const role = account.iam.value.roles.get(t);
      if (!role) return unknown(t, `role ${arn.resource.slice(5)} is not in the IAM data of account ${arn.account}: ${NO_POLICY}`, arn.account);
      return { kind: 'iam-role', arn: t, account: arn.account, role, policy: { state: 'collected', value: role.trustPolicy ?? null, file: account.iam.file } };
    }
  }
  return unknown(t, NO_POLICY, arn.account || undefined, arn.region || undefined);
}
