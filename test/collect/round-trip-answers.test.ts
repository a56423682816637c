// Round trip to answers: collect with mocked AWS, load the snapshot, then ask can, reach and doctor.
import {
  DescribeInstancesCommand, DescribeInternetGatewaysCommand, DescribeNetworkAclsCommand, DescribeNetworkInterfacesCommand,
  DescribeRouteTablesCommand, DescribeSecurityGroupsCommand, DescribeSubnetsCommand,
} from '@aws-sdk/client-ec2';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect } from '../../src/collect/index.js';
import { runDoctor } from '../../src/doctor/index.js';
import { evaluate } from '../../src/iam/evaluate.js';
import { buildFromSnapshot } from '../../src/iam/from-snapshot.js';
import { reach } from '../../src/net/reach.js';
import { buildTopology } from '../../src/net/topology.js';
import { loadNetwork } from '../../src/snapshot/ec2.js';
import { loadSnapshot, type Snapshot } from '../../src/snapshot/index.js';
import { testDeps } from './helpers.js';
import { ACCOUNT, installWorld, KEY2, type World } from './world.js';

const meta = { $metadata: { httpStatusCode: 200 } };
type GetClient = () => { config: { region: () => Promise<string> } };
const inUsEast1 = async (getClient: unknown): Promise<boolean> => (await (getClient as GetClient)().config.region()) === 'us-east-1';

let world: World;
let dir: string;
let snapshot: Snapshot;

beforeAll(async () => {
  world = installWorld();
  // A public web server in us-east-1: subnet routed to an attached IGW, default NACL, 443 open, a public IP.
  const { ec2 } = world.mocks;
  const vpc = 'vpc-0a1b2c3d';
  const only = <T>(value: T, empty: T) => async (_i: unknown, getClient: unknown): Promise<T> => ((await inUsEast1(getClient)) ? value : empty);
  ec2.on(DescribeSubnetsCommand).callsFake(only({ ...meta, Subnets: [{ SubnetId: 'subnet-0web', VpcId: vpc, CidrBlock: '10.0.1.0/24', AvailabilityZone: 'us-east-1a', State: 'available', MapPublicIpOnLaunch: true, OwnerId: ACCOUNT }] }, { ...meta, Subnets: [] }));
  ec2.on(DescribeInternetGatewaysCommand).callsFake(only({ ...meta, InternetGateways: [{ InternetGatewayId: 'igw-0web', Attachments: [{ State: 'available', VpcId: vpc }], OwnerId: ACCOUNT }] }, { ...meta, InternetGateways: [] }));
  ec2.on(DescribeRouteTablesCommand).callsFake(only({ ...meta, RouteTables: [{
    RouteTableId: 'rtb-0web', VpcId: vpc, OwnerId: ACCOUNT, PropagatingVgws: [],
    Associations: [{ Main: false, RouteTableAssociationId: 'rtbassoc-1', RouteTableId: 'rtb-0web', SubnetId: 'subnet-0web', AssociationState: { State: 'associated' } }],
    Routes: [
      { DestinationCidrBlock: '10.0.0.0/16', GatewayId: 'local', Origin: 'CreateRouteTable', State: 'active' },
      { DestinationCidrBlock: '0.0.0.0/0', GatewayId: 'igw-0web', Origin: 'CreateRoute', State: 'active' },
    ],
  }] }, { ...meta, RouteTables: [] }));
  ec2.on(DescribeNetworkAclsCommand).callsFake(only({ ...meta, NetworkAcls: [{
    NetworkAclId: 'acl-0web', VpcId: vpc, IsDefault: true, OwnerId: ACCOUNT,
    Associations: [{ NetworkAclAssociationId: 'aclassoc-1', NetworkAclId: 'acl-0web', SubnetId: 'subnet-0web' }],
    Entries: [
      { RuleNumber: 100, Protocol: '-1', RuleAction: 'allow', Egress: false, CidrBlock: '0.0.0.0/0' },
      { RuleNumber: 32767, Protocol: '-1', RuleAction: 'deny', Egress: false, CidrBlock: '0.0.0.0/0' },
      { RuleNumber: 100, Protocol: '-1', RuleAction: 'allow', Egress: true, CidrBlock: '0.0.0.0/0' },
      { RuleNumber: 32767, Protocol: '-1', RuleAction: 'deny', Egress: true, CidrBlock: '0.0.0.0/0' },
    ],
  }] }, { ...meta, NetworkAcls: [] }));
  ec2.on(DescribeSecurityGroupsCommand).callsFake(only({ ...meta, SecurityGroups: [{
    GroupId: 'sg-1', GroupName: 'web', VpcId: vpc, OwnerId: ACCOUNT, Description: 'web',
    IpPermissions: [{ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, IpRanges: [{ CidrIp: '0.0.0.0/0' }], Ipv6Ranges: [], PrefixListIds: [], UserIdGroupPairs: [] }],
    IpPermissionsEgress: [{ IpProtocol: '-1', IpRanges: [{ CidrIp: '0.0.0.0/0' }], Ipv6Ranges: [], PrefixListIds: [], UserIdGroupPairs: [] }],
  }] }, { ...meta, SecurityGroups: [] }));
  const eni = {
    NetworkInterfaceId: 'eni-0web', SubnetId: 'subnet-0web', VpcId: vpc, Status: 'in-use', InterfaceType: 'interface', OwnerId: ACCOUNT,
    PrivateIpAddress: '10.0.1.10', Groups: [{ GroupId: 'sg-1', GroupName: 'web' }], SourceDestCheck: true,
    Association: { PublicIp: '54.1.2.3', IpOwnerId: 'amazon' },
    PrivateIpAddresses: [{ Primary: true, PrivateIpAddress: '10.0.1.10', Association: { PublicIp: '54.1.2.3', IpOwnerId: 'amazon' } }],
    Attachment: { InstanceId: 'i-0web', DeviceIndex: 0, Status: 'attached' },
  };
  ec2.on(DescribeNetworkInterfacesCommand).callsFake(only({ ...meta, NetworkInterfaces: [eni] }, { ...meta, NetworkInterfaces: [] }));
  ec2.on(DescribeInstancesCommand).callsFake(only({ ...meta, Reservations: [{ ReservationId: 'r-1', OwnerId: ACCOUNT, Instances: [{
    InstanceId: 'i-0web', State: { Code: 16, Name: 'running' }, SubnetId: 'subnet-0web', VpcId: vpc, PrivateIpAddress: '10.0.1.10', PublicIpAddress: '54.1.2.3',
    SecurityGroups: [{ GroupId: 'sg-1', GroupName: 'web' }], NetworkInterfaces: [{ ...eni, Attachment: { ...eni.Attachment, AttachmentId: 'eni-attach-1' } }],
  }] }] }, { ...meta, Reservations: [] }));
  dir = await mkdtemp(join(tmpdir(), 'whynot-roundtrip-answers-'));
  await collect({ out: join(dir, 'snap') }, testDeps());
  snapshot = await loadSnapshot(join(dir, 'snap'));
});

afterAll(async () => {
  world.restore();
  await rm(dir, { recursive: true, force: true });
});

describe('collect -> load -> answers', () => {
  // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-basics.html
  it('can: the collected inline policy allows alice to read app-data', () => {
    const b = buildFromSnapshot(snapshot, { principal: `arn:aws:iam::${ACCOUNT}:user/alice`, action: 's3:GetObject', resource: 'arn:aws:s3:::app-data/report.csv' });
    if (!b.ok) throw new Error(b.reason);
    const d = evaluate(b.input);
    expect(d.decision).toBe('Allow');
    expect(d.reasons.some((r) => r.statement?.policy.name === 'read-app-data')).toBe(true);
  });

  // ../shared/snapshot-format.md: a failed call becomes the reason, and the answer is not a guess.
  it('can: the key policy that AccessDenied kept from us makes the answer uncertain, with the reason', () => {
    const b = buildFromSnapshot(snapshot, { principal: `arn:aws:iam::${ACCOUNT}:role/AppRole`, action: 'kms:Decrypt', resource: `arn:aws:kms:us-east-1:${ACCOUNT}:key/${KEY2}` });
    if (!b.ok) throw new Error(b.reason);
    const d = evaluate(b.input);
    expect(d.decision).toBe('ImplicitDeny');
    expect(d.certain).toBe(false);
    expect(d.notCollected.map((n) => n.reason).join(' ')).toContain('AccessDenied on kms:GetKeyPolicy');
  });

  // https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Internet_Gateway.html
  it('reach: the internet reaches the collected web server on 443, and not on 22', async () => {
    const net = await loadNetwork(join(dir, 'snap'));
    const t = buildTopology(net.regions);
    const ok = reach(t, { from: 'internet', to: 'i-0web', protocol: 'tcp', port: 443 });
    expect(ok.ok && ok.answer.reachable).toBe(true);
    const ssh = reach(t, { from: 'internet', to: 'i-0web', protocol: 'tcp', port: 22 });
    expect(ssh.ok && ssh.answer.reachable).toBe(false);
    expect(ssh.ok && ssh.answer.blockedBy).toMatchObject({ type: 'security-group', id: 'sg-1', direction: 'inbound' });
  });

  // https://docs.aws.amazon.com/lambda/latest/dg/lambda-intro-execution-role.html : the execution role must trust lambda.amazonaws.com.
  it('doctor: finds that the collected functions run with a role that trusts only EC2', () => {
    const report = runDoctor(snapshot, {});
    expect(report.findings.filter((f) => f.code === 'SNAPSHOT_FILE_UNREADABLE')).toEqual([]);
    const trust = report.findings.filter((f) => f.code === 'LAMBDA_ROLE_TRUST_INVALID');
    expect(trust.length).toBeGreaterThan(0);
    expect(trust.every((f) => f.resource === `arn:aws:iam::${ACCOUNT}:role/AppRole`)).toBe(true);
  });
});
