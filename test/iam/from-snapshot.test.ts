// Building the engine input from a snapshot: the context AWS fills, and what was not collected.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluate } from '../../src/iam/evaluate.js';
import { buildFromSnapshot } from '../../src/iam/from-snapshot.js';
import { loadSnapshot } from '../../src/snapshot/index.js';
import type { Snapshot } from '../../src/snapshot/model.js';

let snapshot: Snapshot;
beforeAll(async () => { snapshot = await loadSnapshot(join(import.meta.dirname, '..', '..', 'examples', 'snapshot')); });

const ctx = (principal: string, resource: string): Map<string, string[]> => {
  const b = buildFromSnapshot(snapshot, { principal, action: 's3:GetObject', resource });
  if (!b.ok) throw new Error(b.reason);
  return new Map([...b.input.request.context].map(([k, v]) => [k, v.values]));
};

describe('buildFromSnapshot', () => {
  // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-principalarn
  it('fills the global keys of a role session: PrincipalArn is the role ARN, userid is ROLEID:session', () => {
    const c = ctx('arn:aws:sts::111122223333:assumed-role/ec2-app-role/i-06f85986572718dd3', 'arn:aws:logs:us-east-1:111122223333:log-group:/ec2/x');
    expect(c.get('aws:principalarn')).toEqual(['arn:aws:iam::111122223333:role/ec2-app-role']);
    expect(c.get('aws:principaltype')).toEqual(['AssumedRole']);
    expect(c.get('aws:userid')?.[0]).toMatch(/^AROA[A-Z0-9]+:i-06f85986572718dd3$/);
    expect(c.get('aws:username')).toBeUndefined();
    expect(c.get('aws:principalaccount')).toEqual(['111122223333']);
    expect(c.get('aws:principalorgid')?.[0]).toMatch(/^o-/);
    expect(c.get('aws:requestedregion')).toEqual(['us-east-1']);
    // The snapshot's collection time stands for "now".
    expect(c.get('aws:currenttime')).toEqual(['2026-11-24T09:30:12Z']);
  });

  // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-username
  it('fills aws:username and the org path for a user', () => {
    const c = ctx('arn:aws:iam::111122223333:user/brian', 'arn:aws:s3:::mylogs/x');
    expect(c.get('aws:username')).toEqual(['brian']);
    expect(c.get('aws:principaltype')).toEqual(['User']);
    expect(c.get('aws:principalorgpaths')?.[0]).toMatch(/^o-[a-z0-9]+\/r-[a-z0-9]+\/.*$/);
    expect(c.get('aws:resourceaccount')).toEqual(['111122223333']);
  });

  // ../shared/snapshot-format.md: a failed call recorded in whynot-collect.json becomes the reason.
  it('says why a resource policy is missing, and is then uncertain', () => {
    const b = buildFromSnapshot(snapshot, { principal: 'arn:aws:iam::111122223333:role/customer-db-reader-role', action: 'secretsmanager:GetSecretValue', resource: 'arn:aws:secretsmanager:us-east-1:111122223333:secret:prod/payments/api-key-Qm3ZtR' });
    expect(b.ok).toBe(true);
    if (!b.ok) return;
    const missing = b.input.notCollected?.find((n) => n.what.includes('prod/payments/api-key'));
    expect(missing?.reason).toContain('AccessDenied');
    const d = evaluate(b.input);
    expect(d.certain).toBe(false);
  });

  it('refuses a principal the collected IAM data does not have', () => {
    const b = buildFromSnapshot(snapshot, { principal: 'arn:aws:iam::111122223333:user/nobody', action: 's3:GetObject', resource: '*' });
    expect(b.ok).toBe(false);
    if (!b.ok) expect(b.reason).toContain('nobody');
  });

  // https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps.html
  it('puts the SCP levels of the principal account, root first', () => {
    const b = buildFromSnapshot(snapshot, { principal: 'arn:aws:iam::444455556666:user/dev-alice', action: 's3:GetObject', resource: '*' });
    if (!b.ok) throw new Error(b.reason);
    const targets = b.input.scpLevels?.map((l) => l.target) ?? [];
    expect(targets[0]).toMatch(/^root r-/);
    expect(targets[targets.length - 1]).toBe('account 444455556666');
  });
});
