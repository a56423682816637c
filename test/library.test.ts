// The package's library API: loadSnapshot and evaluate, usable without the CLI.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFromSnapshot, evaluate, inputFromDocuments, loadSnapshot } from '../src/index.js';

describe('library API', () => {
  it('evaluates plain documents', () => {
    const d = evaluate(inputFromDocuments(
      { principal: 'arn:aws:iam::111122223333:user/a', action: 's3:GetObject', resource: 'arn:aws:s3:::b/k', resourceAccount: '111122223333' },
      { identity: [{ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:Get*', Resource: 'arn:aws:s3:::b/*' }] }] },
    ));
    expect(d.decision).toBe('Allow');
  });

  // https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html
  it('loads a snapshot and answers from it: AdministratorAccess through a group, stopped by the boundary', async () => {
    const snapshot = await loadSnapshot(join(import.meta.dirname, 'fixtures', 'snapshots', 'basic'));
    const built = buildFromSnapshot(snapshot, { principal: 'arn:aws:iam::111122223333:user/alice', action: 'iam:CreateUser', resource: 'arn:aws:iam::111122223333:user/x' });
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    const d = evaluate(built.input);
    expect(d.decision).toBe('ImplicitDeny');
    expect(d.summary).toContain('permissions boundary');
    expect(d.policies.find((p) => p.ref.name === 'AdministratorAccess')?.allows.length).toBe(1);
  });
});
