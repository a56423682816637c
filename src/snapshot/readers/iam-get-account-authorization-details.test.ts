import { describe, expect, it } from 'vitest';
import { iamAuthorizationDetailsReader } from './iam-get-account-authorization-details.js';

const A = '111122223333';
const read = iamAuthorizationDetailsReader(A);
const doc = (sid: string) => ({ Version: '2012-10-17', Statement: [{ Sid: sid, Effect: 'Allow', Action: '*', Resource: '*' }] });

function run(value: unknown) {
  const problems: string[] = [];
  const r = read(value, `${A}/iam/get-account-authorization-details.json`, (path, reason) => problems.push(`${path}: ${reason}`));
  return { r, problems };
}

describe('iamAuthorizationDetailsReader', () => {
  it.each([
    ['a string', '"x"'],
    ['an unrelated object', { Buckets: [] }],
    ['a list that is not an array', { UserDetailList: {} }],
    ['an entry that is not an object', { RoleDetailList: [1] }],
    ['an empty array', []],
  ])('rejects %s', (_name, value) => {
    expect(run(value).r.ok).toBe(false);
  });

  // https://docs.aws.amazon.com/IAM/latest/APIReference/API_ManagedPolicyDetail.html: PolicyVersionList with IsDefaultVersion.
  it.each([
    ['IsDefaultVersion', [{ VersionId: 'v1', IsDefaultVersion: false, Document: doc('v1') }, { VersionId: 'v2', IsDefaultVersion: true, Document: doc('v2') }], undefined, 'v2'],
    ['DefaultVersionId when no version is flagged', [{ VersionId: 'v1', Document: doc('v1') }, { VersionId: 'v2', Document: doc('v2') }], 'v1', 'v1'],
  ])('selects the default version by %s', (_name, versions, defaultId, sid) => {
    const arn = `arn:aws:iam::${A}:policy/p`;
    const { r } = run({ Policies: [{ PolicyName: 'p', Arn: arn, Path: '/', DefaultVersionId: defaultId, PolicyVersionList: versions }] });
    expect(r.ok && r.value.iam.policies.get(arn)?.policy.document?.statements[0]?.sid).toBe(sid);
  });

  it('skips bad entries with a problem and keeps the rest', () => {
    const { r, problems } = run({
      UserDetailList: [{ UserName: 'no-arn' }, { UserName: 'ok', Arn: `arn:aws:iam::${A}:user/ok`, UserPolicyList: [{ PolicyName: 'x' }], GroupList: 'g' }],
      Policies: [{ PolicyName: 'p', Arn: `arn:aws:iam::${A}:policy/p`, PolicyVersionList: [{ VersionId: 'v1', IsDefaultVersion: false, Document: doc('x') }] }],
    });
    expect(r.ok && [...r.value.iam.users.keys()]).toEqual([`arn:aws:iam::${A}:user/ok`]);
    expect(r.ok && r.value.iam.policies.size).toBe(0);
    expect(problems).toEqual([
      '$.UserDetailList[0]: no UserName or Arn; entry skipped',
      '$.UserDetailList[1].UserPolicyList[0]: an inline policy without PolicyName or PolicyDocument; skipped',
      '$.UserDetailList[1].GroupList: $.UserDetailList[1].GroupList is not an array',
      `$.Policies[0].PolicyVersionList: no default version with a Document for arn:aws:iam::${A}:policy/p; policy skipped`,
    ]);
  });

  it('flags a file whose last page is truncated', () => {
    const { r } = run([{ UserDetailList: [], IsTruncated: true, Marker: 'm' }]);
    expect(r.ok && r.value.truncated).toBe(true);
  });

  it('does not decode documents while loading', () => {
    const { r } = run({ RoleDetailList: [{ RoleName: 'r', Arn: `arn:aws:iam::${A}:role/r`, AssumeRolePolicyDocument: '%7Bbroken' }] });
    const trust = r.ok ? r.value.iam.roles.get(`arn:aws:iam::${A}:role/r`)?.trustPolicy : undefined;
    expect(trust?.name).toBe('trust policy of role r');
    expect(trust?.problems[0]?.code).toBe('POLICY_JSON_INVALID');
  });
});
