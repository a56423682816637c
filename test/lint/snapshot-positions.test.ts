// whynot lint --snapshot: findings of embedded policies carry the line, column and end in the snapshot file itself.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/finding.js';
import { bufferIo } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';

const repo = new URL('../../', import.meta.url).pathname;
const tmp = mkdtempSync(join(tmpdir(), 'whynot-lint-positions-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function lintSnapshot(dir: string): Promise<Finding[]> {
  const io = bufferIo(repo);
  await main(['lint', '--snapshot', dir, '--json', '--fail-on', 'none'], io);
  return (JSON.parse(io.out.join('')) as { findings: Finding[] }).findings;
}

/** Code, file, start line:column, end line:column, JSON path and the text the span covers in the file. */
function where(f: Finding, root = repo): [string, string, string, string, string | undefined, string] {
  const l = f.location;
  const text = l ? readFileSync(join(root, l.file), 'utf8').slice(l.start?.offset, l.end?.offset) : '';
  return [f.code, l?.file ?? '', `${l?.start?.line}:${l?.start?.column}`, `${l?.end?.line}:${l?.end?.column}`, l?.jsonPath, text];
}

const FIXTURE = 'test/fixtures/lint-snapshot';
const IAM = `${FIXTURE}/111122223333/iam/get-account-authorization-details.json`;

describe('whynot lint --snapshot positions', () => {
  it('points each finding at its line and column in the snapshot file', async () => {
    const found = (await lintSnapshot(FIXTURE)).map((f) => where(f));
    expect(found).toEqual([
      // An inline policy held as a JSON object: the span of the element's full JSON path.
      ['STATEMENT_MISSING_EFFECT', IAM, '17:43', '17:49',
        '$.UserDetailList[0].UserPolicyList[0].PolicyDocument.Statement[0].Effect', '"Alow"'],
      // The default version of a customer managed policy (the v1 below it is not linted).
      ['ARN_MALFORMED', IAM, '82:45', '82:85',
        '$.Policies[0].PolicyVersionList[0].Document.Statement[0].Resource', '"arn:aws:s3::::example-bucket/reports/*"'],
      // A bucket policy held as a JSON string: the position inside the string, escapes counted.
      ['ACCOUNT_ID_INVALID', `${FIXTURE}/111122223333/s3/buckets/example-bucket/get-bucket-policy.json`, '2:126', '2:162',
        '$.Policy.Statement[0].Principal.AWS', String.raw`\"arn:aws:iam::11223344:user/brian\"`],
      // An SCP whose Content string holds \n escapes: still on the one line of the file.
      ['ARN_MALFORMED', `${FIXTURE}/organizations/policies/p-denys3ssl1/describe-policy.json`, '11:204', '11:238',
        '$.Policy.Content.Statement[0].Resource', String.raw`\"arn:aws:s3::::example-bucket/*\"`],
    ]);
  });

  it('maps through URL-encoding, and indexes pages written one after another as $[0], $[1]', async () => {
    const policy = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3::::b/*' }] });
    const page = (body: object): string => JSON.stringify(body, null, 4);
    const role = {
      Path: '/', RoleName: 'raw-api', RoleId: 'AROAEXAMPLERAWAPI001', Arn: 'arn:aws:iam::111122223333:role/raw-api',
      AssumeRolePolicyDocument: encodeURIComponent(JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }] })),
      RolePolicyList: [{ PolicyName: 'encoded', PolicyDocument: encodeURIComponent(policy) }],
      AttachedManagedPolicies: [], InstanceProfileList: [],
    };
    const text = `${page({ UserDetailList: [], GroupDetailList: [], RoleDetailList: [], Policies: [], IsTruncated: true, Marker: 'm1' })}\n`
      + `${page({ UserDetailList: [], GroupDetailList: [], RoleDetailList: [role], Policies: [], IsTruncated: false })}\n`;
    const file = join(tmp, 'snap/111122223333/iam/get-account-authorization-details.json');
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, text);

    const found = (await lintSnapshot(join(tmp, 'snap'))).filter((f) => f.code === 'ARN_MALFORMED').map((f) => where(f, '/'));
    const line = text.split('\n').findIndex((l) => l.includes('"PolicyDocument"')) + 1;
    const column = (text.split('\n')[line - 1]?.indexOf('%22arn') ?? 0) + 1;
    expect(found).toEqual([[
      'ARN_MALFORMED', file, `${line}:${column}`, `${line}:${column + '%22arn%3Aaws%3As3%3A%3A%3A%3Ab%2F*%22'.length}`,
      '$[1].RoleDetailList[0].RolePolicyList[0].PolicyDocument.Statement[0].Resource', '%22arn%3Aaws%3As3%3A%3A%3A%3Ab%2F*%22',
    ]]);
  });
});
