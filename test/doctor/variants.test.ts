// More shapes of the same checks, each on snapshot-fixed with one file broken: the other ways a flow breaks per doctor-codes.md.
import { describe, expect, it } from 'vitest';
import { parseExpectation } from '../../src/doctor/index.js';
import { doctorOn } from './helpers.js';
import { brokenTwin, editPolicyString } from './mutate.js';

const P = '111122223333';
const codesOn = async (dir: string, code: string, opts = {}): Promise<{ resource?: string; fix?: string; message: string }[]> =>
  (await doctorOn(dir, opts)).findings.filter((f) => f.code === code);

describe('variants', () => {
  // https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-create-and-update-a-trail.html
  it('CLOUDTRAIL_NOT_ENABLED: a region no trail records', async () => {
    const dir = brokenTwin([{ file: `${P}/us-west-2/cloudtrail/describe-trails.json`, json: (v) => { v.trailList = []; } }]);
    const f = await codesOn(dir, 'CLOUDTRAIL_NOT_ENABLED');
    expect(f.map((x) => x.resource)).toContain(`arn:aws:cloudtrail:us-west-2:${P}:trail/*`);
    expect(f[0]?.fix).toContain('--is-multi-region-trail');
  }, 60_000);

  // https://docs.aws.amazon.com/awscloudtrail/latest/userguide/create-kms-key-policy-for-cloudtrail.html (Granting encrypt permissions for trails)
  it('CLOUDTRAIL_KMS_BLOCKS_DELIVERY: the key policy lost the CloudTrail statements', async () => {
    const dir = brokenTwin([editPolicyString(`${P}/us-east-1/kms/keys/ee68d8d6-953f-4513-a917-caed8f22acca/get-key-policy.json`, (d) => {
      d.Statement = (d.Statement as { Sid?: string }[]).filter((s) => !s.Sid?.startsWith('Allow CloudTrail'));
    })]);
    const f = await codesOn(dir, 'CLOUDTRAIL_KMS_BLOCKS_DELIVERY');
    expect(f[0]?.message).toContain('kms:GenerateDataKey');
    expect(f[0]?.fix).toContain('kms:EncryptionContext:aws:cloudtrail:arn = arn:aws:cloudtrail:*:111122223333:trail/*');
  }, 60_000);

  // https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingKMSEncryption.html ("To upload an object encrypted with an AWS KMS key
  // to Amazon S3, you need kms:GenerateDataKey permissions on the key"): the writer of the trail's log files is cloudtrail.amazonaws.com.
  it('CLOUDTRAIL_KMS_BLOCKS_DELIVERY: the bucket default SSE-KMS key does not allow CloudTrail', async () => {
    const dir = brokenTwin([{ file: `${P}/s3/buckets/cloudtrail-data-events-${P}/get-bucket-encryption.json`, json: (v) => {
      v.ServerSideEncryptionConfiguration = { Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: `arn:aws:kms:us-east-1:${P}:key/232299af-a3f9-4c5f-a43e-a1fc0212ea56` }, BucketKeyEnabled: true }] };
    } }]);
    const f = await codesOn(dir, 'CLOUDTRAIL_KMS_BLOCKS_DELIVERY');
    expect(f.map((x) => x.resource)).toEqual([`arn:aws:kms:us-east-1:${P}:key/232299af-a3f9-4c5f-a43e-a1fc0212ea56`]);
    expect(f[0]?.message).toContain(`the default encryption of bucket cloudtrail-data-events-${P}`);
  }, 60_000);

  // https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-use-identity-based.html (targets that need a role: Kinesis)
  it('EVENTS_TARGET_NOT_AUTHORIZED: a Kinesis target without RoleArn', async () => {
    const dir = brokenTwin([{ file: `${P}/us-east-1/events/rules/ec2-state-change-alerts/list-targets-by-rule.json`, json: (v) => { (v.Targets as unknown[]).push({ Id: 'stream', Arn: `arn:aws:kinesis:us-east-1:${P}:stream/audit` }); } }]);
    const f = await codesOn(dir, 'EVENTS_TARGET_NOT_AUTHORIZED');
    expect(f.map((x) => x.resource)).toEqual([`arn:aws:kinesis:us-east-1:${P}:stream/audit`]);
    expect(f[0]?.message).toContain('needs an execution role');
  }, 60_000);

  // https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutTargets.html
  it('EVENTS_RULE_INACTIVE: a rule without targets', async () => {
    const dir = brokenTwin([{ file: `${P}/us-east-1/events/rules/ec2-state-change-alerts/list-targets-by-rule.json`, json: (v) => { v.Targets = []; } }]);
    const f = await codesOn(dir, 'EVENTS_RULE_INACTIVE');
    expect(f[0]?.fix).toContain('aws events put-targets --rule ec2-state-change-alerts');
  }, 60_000);

  // https://docs.aws.amazon.com/lambda/latest/dg/configuration-vpc.html#configuration-vpc-permissions
  it('LAMBDA_ROLE_MISSING_ACTION: a VPC function whose role lost AWSLambdaVPCAccessExecutionRole', async () => {
    const dir = brokenTwin([{ file: `${P}/iam/get-account-authorization-details.json`, json: (v) => {
      const r = (v.RoleDetailList as { RoleName: string; AttachedManagedPolicies: unknown[] }[]).find((x) => x.RoleName === 'customer-db-reader-role');
      if (r) r.AttachedManagedPolicies = [];
    } }]);
    const f = await codesOn(dir, 'LAMBDA_ROLE_MISSING_ACTION');
    expect(f[0]?.message).toContain('ec2:CreateNetworkInterface (VpcConfig)');
    expect(f[0]?.fix).toContain('AWSLambdaVPCAccessExecutionRole');
  }, 60_000);

  // https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/troubleshooting-CloudWatch-Agent.html
  it('CW_AGENT_NOT_REPORTING: --expect names a log group that does not exist', async () => {
    const e = parseExpectation('instance:i-0c71ab45342b21adb=logs:/ec2/app-3/missing');
    const r = await doctorOn('examples/snapshot-fixed', { expectations: e.ok ? [e.value] : [] });
    const f = r.findings.filter((x) => x.code === 'CW_AGENT_NOT_REPORTING');
    expect(f.map((x) => x.resource)).toEqual(['i-0c71ab45342b21adb']);
    expect(f[0]?.message).toContain('log group /ec2/app-3/missing');
  }, 60_000);

  // https://docs.aws.amazon.com/vpc/latest/privatelink/create-interface-endpoint.html ("The security group must allow ... HTTPS (443) from the resources in the VPC")
  it('SUBNET_NO_PATH_TO_AWS_SERVICE: the interface endpoint security group does not admit 443 from the function', async () => {
    const dir = brokenTwin([{ file: `${P}/us-east-1/ec2/describe-security-groups.json`, json: (v) => {
      const g = (v.SecurityGroups as { GroupId: string; IpPermissions: unknown[] }[]).find((x) => x.GroupId === 'sg-0d3885bab18906d3d');
      if (g) g.IpPermissions = [];
    } }]);
    const f = await codesOn(dir, 'SUBNET_NO_PATH_TO_AWS_SERVICE');
    expect(f.map((x) => x.resource)).toContain(`arn:aws:lambda:us-east-1:${P}:function:customer-db-reader`);
    expect(f[0]?.message).toContain('only through endpoint vpce-08adb052bb8c5cade');
    expect(f[0]?.fix).toContain('sg-0d3885bab18906d3d');
  }, 60_000);

  // https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-basics.html#vpc-peering-limitations ("does not support transitive peering relationships")
  it('PEERING_INCOMPLETE: a route through the peering to a CIDR outside the peer VPC', async () => {
    const dir = brokenTwin([{ file: `${P}/us-east-1/ec2/describe-route-tables.json`, json: (v) => {
      const rt = (v.RouteTables as { VpcId: string; Routes: unknown[] }[]).find((x) => x.VpcId === 'vpc-0c85be1190b798fe8');
      rt?.Routes.push({ DestinationCidrBlock: '172.31.0.0/16', VpcPeeringConnectionId: 'pcx-0498cc98cfb29ff5c', Origin: 'CreateRoute', State: 'active' });
    } }]);
    const f = await codesOn(dir, 'PEERING_INCOMPLETE');
    expect(f.map((x) => x.resource)).toEqual(['pcx-0498cc98cfb29ff5c']);
    expect(f[0]?.message).toContain('peering is not transitive');
  }, 60_000);

  // https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html
  it('KMS_KEY_NOT_USABLE: a key pending deletion that a secret uses', async () => {
    const dir = brokenTwin([{ file: `${P}/us-east-1/kms/keys/232299af-a3f9-4c5f-a43e-a1fc0212ea56/describe-key.json`, json: (v) => { (v.KeyMetadata as Record<string, unknown>).KeyState = 'PendingDeletion'; } }]);
    const f = await codesOn(dir, 'KMS_KEY_NOT_USABLE');
    expect(f[0]?.fix).toBe('aws kms cancel-key-deletion --key-id 232299af-a3f9-4c5f-a43e-a1fc0212ea56 && aws kms enable-key --key-id 232299af-a3f9-4c5f-a43e-a1fc0212ea56');
  }, 60_000);

  // https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#aws-managed-key ("You cannot ... change their key policies")
  it('KMS_KEY_NOT_USABLE: an AWS managed key used from another account', async () => {
    const dir = brokenTwin([{ file: `${P}/us-west-2/kms/keys/1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d/describe-key.json`, json: (v) => { (v.KeyMetadata as Record<string, unknown>).KeyManager = 'AWS'; } }]);
    const f = await codesOn(dir, 'KMS_KEY_NOT_USABLE');
    expect(f.map((x) => x.resource)).toContain(`arn:aws:kms:us-west-2:${P}:key/1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d`);
    expect(f[0]?.fix).toContain('customer managed key');
  }, 60_000);

  // https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/create-iam-roles-for-cloudwatch-agent.html
  it('EC2_ROLE_CANNOT_WRITE_LOGS: --expect instance:I=logs on an instance without an instance profile', async () => {
    const e = parseExpectation('instance:i-0bc1447f97f4e556e=logs');
    const dir = brokenTwin([{ file: `${P}/us-east-1/ec2/describe-instances.json`, json: (v) => {
      for (const r of v.Reservations as { Instances: Record<string, unknown>[] }[]) for (const i of r.Instances) if (i.InstanceId === 'i-0bc1447f97f4e556e') delete i.IamInstanceProfile;
    } }]);
    const r = await doctorOn(dir, { expectations: e.ok ? [e.value] : [] });
    const f = r.findings.filter((x) => x.code === 'EC2_ROLE_CANNOT_WRITE_LOGS');
    expect(f.map((x) => x.resource)).toEqual(['i-0bc1447f97f4e556e']);
    expect(f[0]?.message).toContain('no instance profile');
  }, 60_000);
});
