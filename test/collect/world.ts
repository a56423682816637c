// A mocked AWS world for the collector tests: realistic responses (real shapes), pages, throttling, AccessDenied.
import { AccountClient } from '@aws-sdk/client-account';
import { CloudTrailClient, DescribeTrailsCommand, GetEventSelectorsCommand, GetTrailStatusCommand } from '@aws-sdk/client-cloudtrail';
import { CloudWatchLogsClient, DescribeLogGroupsCommand, DescribeLogStreamsCommand } from '@aws-sdk/client-cloudwatch-logs';
import {
  DescribeEgressOnlyInternetGatewaysCommand,
  DescribeFlowLogsCommand,
  DescribeIamInstanceProfileAssociationsCommand,
  DescribeInstancesCommand,
  DescribeInternetGatewaysCommand,
  DescribeManagedPrefixListsCommand,
  DescribeNatGatewaysCommand,
  DescribeNetworkAclsCommand,
  DescribeNetworkInterfacesCommand,
  DescribeRegionsCommand,
  DescribeRouteTablesCommand,
  DescribeSecurityGroupsCommand,
  DescribeSubnetsCommand,
  DescribeTransitGatewayAttachmentsCommand,
  DescribeVpcEndpointsCommand,
  DescribeVpcPeeringConnectionsCommand,
  DescribeVpcsCommand,
  DescribeVpnConnectionsCommand,
  DescribeVpnGatewaysCommand,
  EC2Client,
  EC2ServiceException,
  GetManagedPrefixListEntriesCommand,
} from '@aws-sdk/client-ec2';
import { EventBridgeClient, ListRulesCommand, ListTargetsByRuleCommand } from '@aws-sdk/client-eventbridge';
import { GetAccountAuthorizationDetailsCommand, IAMClient } from '@aws-sdk/client-iam';
import { DescribeKeyCommand, GetKeyPolicyCommand, KMSClient, KMSServiceException, ListGrantsCommand, ListKeysCommand } from '@aws-sdk/client-kms';
import { GetPolicyCommand, LambdaClient, LambdaServiceException, ListFunctionsCommand } from '@aws-sdk/client-lambda';
import { DescribeOrganizationCommand, OrganizationsClient, OrganizationsServiceException } from '@aws-sdk/client-organizations';
import {
  GetBucketAclCommand,
  GetBucketEncryptionCommand,
  GetBucketLocationCommand,
  GetBucketOwnershipControlsCommand,
  GetBucketPolicyCommand,
  GetPublicAccessBlockCommand,
  ListBucketsCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { GetResourcePolicyCommand, ListSecretsCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { GetTopicAttributesCommand, ListTopicsCommand, SNSClient } from '@aws-sdk/client-sns';
import { GetQueueAttributesCommand, ListQueuesCommand, SQSClient } from '@aws-sdk/client-sqs';
import { DescribeInstanceInformationCommand, ListInventoryEntriesCommand, SSMClient } from '@aws-sdk/client-ssm';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { mockClient, type AwsClientStub } from 'aws-sdk-client-mock';

export const ACCOUNT = '111122223333';
export const CALLER = { Arn: `arn:aws:iam::${ACCOUNT}:user/alice`, Account: ACCOUNT, UserId: 'AIDAEXAMPLEALICE0001' };
export const KEY1 = '1234abcd-12ab-34cd-56ef-1234567890ab';
export const KEY2 = '0987dcba-09fe-87dc-65ba-ab0987654321';
export const SECRET = 'prod/db/password';
export const LOG_GROUP = '/vpc/flow-logs';
const T = new Date('2025-01-15T10:20:30.000Z');

interface ErrorCtor {
  new (o: { name: string; $fault: 'client' | 'server'; $metadata: { httpStatusCode: number }; message: string }): Error;
}

/** An SDK service exception as the SDK throws it (name = AWS error code). */
export function awsError(Ctor: ErrorCtor, name: string, message: string, status = 400): Error {
  return new Ctor({ name, $fault: 'client', $metadata: { httpStatusCode: status }, message });
}

const enc = (doc: object): string => encodeURIComponent(JSON.stringify(doc));
const trust = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }] };
const readBucket = {
  Version: '2012-10-17',
  Statement: [{ Sid: 'Read', Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::app-data/*' }],
};

/** Page 1 of get-account-authorization-details. */
export const IAM_PAGE1 = {
  UserDetailList: [
    {
      Path: '/',
      UserName: 'alice',
      UserId: 'AIDAEXAMPLEALICE0001',
      Arn: `arn:aws:iam::${ACCOUNT}:user/alice`,
      CreateDate: T,
      UserPolicyList: [{ PolicyName: 'read-app-data', PolicyDocument: enc(readBucket) }],
      GroupList: [],
      AttachedManagedPolicies: [{ PolicyName: 'ReadOnlyAccess', PolicyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }],
      Tags: [],
    },
  ],
  GroupDetailList: [],
  RoleDetailList: [
    {
      Path: '/',
      RoleName: 'AppRole',
      RoleId: 'AROAEXAMPLEAPPROLE01',
      Arn: `arn:aws:iam::${ACCOUNT}:role/AppRole`,
      CreateDate: T,
      AssumeRolePolicyDocument: enc(trust),
      InstanceProfileList: [],
      RolePolicyList: [],
      AttachedManagedPolicies: [{ PolicyName: 'AppPolicy', PolicyArn: `arn:aws:iam::${ACCOUNT}:policy/AppPolicy` }],
      Tags: [{ Key: 'team', Value: 'payments' }],
    },
  ],
  Policies: [],
  IsTruncated: true,
  Marker: 'page-2',
};

/** Page 2 of get-account-authorization-details. */
export const IAM_PAGE2 = {
  UserDetailList: [],
  GroupDetailList: [{ Path: '/', GroupName: 'admins', GroupId: 'AGPAEXAMPLEADMINS001', Arn: `arn:aws:iam::${ACCOUNT}:group/admins`, CreateDate: T, GroupPolicyList: [], AttachedManagedPolicies: [] }],
  RoleDetailList: [],
  Policies: [
    {
      PolicyName: 'AppPolicy',
      PolicyId: 'ANPAEXAMPLEAPPPOLICY',
      Arn: `arn:aws:iam::${ACCOUNT}:policy/AppPolicy`,
      Path: '/',
      DefaultVersionId: 'v1',
      AttachmentCount: 1,
      PermissionsBoundaryUsageCount: 0,
      IsAttachable: true,
      CreateDate: T,
      UpdateDate: T,
      PolicyVersionList: [
        { Document: enc({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sqs:SendMessage', Resource: '*' }] }), VersionId: 'v1', IsDefaultVersion: true, CreateDate: T },
      ],
    },
  ],
  IsTruncated: false,
};

/** The bucket policy of app-data, as GetBucketPolicy returns it (a JSON string). */
export const BUCKET_POLICY = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Sid: 'DenyInsecure', Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: ['arn:aws:s3:::app-data', 'arn:aws:s3:::app-data/*'], Condition: { Bool: { 'aws:SecureTransport': 'false' } } }],
});

const KEY_POLICY = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Sid: 'Enable IAM User Permissions', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: 'kms:*', Resource: '*' }],
});

const meta = { $metadata: { httpStatusCode: 200, requestId: 'req-1', attempts: 1, totalRetryDelay: 0 } };

/** The mock of each client. */
export interface WorldMocks {
  sts: AwsClientStub<STSClient>;
  org: AwsClientStub<OrganizationsClient>;
  account: AwsClientStub<AccountClient>;
  ec2: AwsClientStub<EC2Client>;
  iam: AwsClientStub<IAMClient>;
  s3: AwsClientStub<S3Client>;
  kms: AwsClientStub<KMSClient>;
  lambda: AwsClientStub<LambdaClient>;
  secrets: AwsClientStub<SecretsManagerClient>;
  sns: AwsClientStub<SNSClient>;
  sqs: AwsClientStub<SQSClient>;
  cloudtrail: AwsClientStub<CloudTrailClient>;
  events: AwsClientStub<EventBridgeClient>;
  logs: AwsClientStub<CloudWatchLogsClient>;
  ssm: AwsClientStub<SSMClient>;
}

/** Names of the commands a mock received. */
export function commandsSent(mock: { calls: () => { args: unknown[] }[] }): string[] {
  return mock.calls().map((c) => (c.args[0] as object).constructor.name);
}

/** All mocks of a test, to reset them and read what was sent. */
export interface World {
  mocks: WorldMocks;
  /** Clears the recorded calls of every mock. */
  resetHistory: () => void;
  restore: () => void;
  /** Names of the commands sent, over every mocked client. */
  sent: () => string[];
}

async function regionOf(getClient: () => { config: { region: () => Promise<string> } }): Promise<string> {
  return getClient().config.region();
}

/** Installs the mocks of one account with two regions (us-east-1 has data, eu-west-1 is almost empty). */
export function installWorld(): World {
  const sts = mockClient(STSClient);
  sts.on(GetCallerIdentityCommand).resolves({ ...meta, ...CALLER });

  const org = mockClient(OrganizationsClient);
  org.on(DescribeOrganizationCommand).rejects(awsError(OrganizationsServiceException, 'AWSOrganizationsNotInUseException', 'Your account is not a member of an organization.'));

  const account = mockClient(AccountClient);

  const ec2 = mockClient(EC2Client);
  ec2.on(DescribeRegionsCommand).resolves({ ...meta, Regions: [
    { Endpoint: 'ec2.us-east-1.amazonaws.com', RegionName: 'us-east-1', OptInStatus: 'opt-in-not-required' },
    { Endpoint: 'ec2.eu-west-1.amazonaws.com', RegionName: 'eu-west-1', OptInStatus: 'opt-in-not-required' },
  ] });
  let vpcCalls = 0;
  ec2.on(DescribeVpcsCommand).callsFake(async (_input, getClient) => {
    const region = await regionOf(getClient);
    if (region === 'us-east-1' && vpcCalls++ === 0) throw awsError(EC2ServiceException, 'RequestLimitExceeded', 'Request limit exceeded.', 503);
    return { ...meta, Vpcs: region === 'us-east-1' ? [{ VpcId: 'vpc-0a1b2c3d', CidrBlock: '10.0.0.0/16', State: 'available', OwnerId: ACCOUNT, IsDefault: false }] : [] };
  });
  ec2.on(DescribeSubnetsCommand).resolves({ ...meta, Subnets: [] });
  ec2.on(DescribeRouteTablesCommand).resolves({ ...meta, RouteTables: [] });
  ec2.on(DescribeNetworkAclsCommand).resolves({ ...meta, NetworkAcls: [] });
  ec2.on(DescribeSecurityGroupsCommand).callsFake((input: { NextToken?: string }) =>
    input.NextToken === undefined
      ? { ...meta, SecurityGroups: [{ GroupId: 'sg-1', GroupName: 'web', VpcId: 'vpc-0a1b2c3d', OwnerId: ACCOUNT, IpPermissions: [], IpPermissionsEgress: [] }], NextToken: 'sg-page-2' }
      : { ...meta, SecurityGroups: [{ GroupId: 'sg-2', GroupName: 'db', VpcId: 'vpc-0a1b2c3d', OwnerId: ACCOUNT, IpPermissions: [], IpPermissionsEgress: [] }] },
  );
  ec2.on(DescribeInternetGatewaysCommand).resolves({ ...meta, InternetGateways: [] });
  ec2.on(DescribeEgressOnlyInternetGatewaysCommand).resolves({ ...meta, EgressOnlyInternetGateways: [] });
  ec2.on(DescribeNatGatewaysCommand).resolves({ ...meta, NatGateways: [] });
  ec2.on(DescribeVpnGatewaysCommand).resolves({ ...meta, VpnGateways: [] });
  ec2.on(DescribeVpnConnectionsCommand).resolves({ ...meta, VpnConnections: [] });
  ec2.on(DescribeManagedPrefixListsCommand).resolves({ ...meta, PrefixLists: [{ PrefixListId: 'pl-63a5400a', PrefixListName: 'com.amazonaws.us-east-1.s3', AddressFamily: 'IPv4', OwnerId: 'AWS', State: 'create-complete' }] });
  ec2.on(GetManagedPrefixListEntriesCommand).resolves({ ...meta, Entries: [{ Cidr: '52.216.0.0/15' }, { Cidr: '3.5.0.0/19' }] });
  ec2.on(DescribeVpcPeeringConnectionsCommand).resolves({ ...meta, VpcPeeringConnections: [] });
  ec2.on(DescribeVpcEndpointsCommand).resolves({ ...meta, VpcEndpoints: [] });
  ec2.on(DescribeTransitGatewayAttachmentsCommand).resolves({ ...meta, TransitGatewayAttachments: [] });
  ec2.on(DescribeInstancesCommand).resolves({ ...meta, Reservations: [] });
  ec2.on(DescribeNetworkInterfacesCommand).resolves({ ...meta, NetworkInterfaces: [] });
  ec2.on(DescribeFlowLogsCommand).callsFake(async (_i, getClient) =>
    (await regionOf(getClient)) === 'us-east-1'
      ? { ...meta, FlowLogs: [{ FlowLogId: 'fl-1', ResourceId: 'vpc-0a1b2c3d', LogDestinationType: 'cloud-watch-logs', LogGroupName: LOG_GROUP, TrafficType: 'ALL', FlowLogStatus: 'ACTIVE' }] }
      : { ...meta, FlowLogs: [] },
  );
  ec2.on(DescribeIamInstanceProfileAssociationsCommand).resolves({ ...meta, IamInstanceProfileAssociations: [] });

  const iam = mockClient(IAMClient);
  iam.on(GetAccountAuthorizationDetailsCommand).callsFake((input: { Marker?: string }) => ({ ...meta, ...(input.Marker === 'page-2' ? IAM_PAGE2 : IAM_PAGE1) }));

  const s3 = mockClient(S3Client);
  s3.on(ListBucketsCommand).resolves({ ...meta, Buckets: [
    { Name: 'app-data', CreationDate: T, BucketRegion: 'eu-west-1' },
    { Name: 'logs.example', CreationDate: T },
  ], Owner: { DisplayName: 'alice', ID: 'abc123canonical' } });
  s3.on(GetBucketLocationCommand, { Bucket: 'app-data' }).resolves({ ...meta, LocationConstraint: 'eu-west-1' });
  s3.on(GetBucketLocationCommand, { Bucket: 'logs.example' }).resolves({ ...meta });
  s3.on(GetBucketPolicyCommand, { Bucket: 'app-data' }).resolves({ ...meta, Policy: BUCKET_POLICY });
  s3.on(GetBucketPolicyCommand, { Bucket: 'logs.example' }).rejects(awsError(S3ServiceException, 'NoSuchBucketPolicy', 'The bucket policy does not exist', 404));
  s3.on(GetBucketAclCommand).resolves({ ...meta, Owner: { ID: 'abc123canonical' }, Grants: [{ Grantee: { ID: 'abc123canonical', Type: 'CanonicalUser' }, Permission: 'FULL_CONTROL' }] });
  s3.on(GetPublicAccessBlockCommand, { Bucket: 'app-data' }).resolves({ ...meta, PublicAccessBlockConfiguration: { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true } });
  s3.on(GetPublicAccessBlockCommand, { Bucket: 'logs.example' }).rejects(awsError(S3ServiceException, 'NoSuchPublicAccessBlockConfiguration', 'The public access block configuration was not found', 404));
  s3.on(GetBucketOwnershipControlsCommand).resolves({ ...meta, OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] } });
  s3.on(GetBucketEncryptionCommand).resolves({ ...meta, ServerSideEncryptionConfiguration: { Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' }, BucketKeyEnabled: false }] } });

  const kms = mockClient(KMSClient);
  let listKeysPage2 = 0;
  kms.on(ListKeysCommand).callsFake(async (input: { Marker?: string }, getClient) => {
    if ((await regionOf(getClient)) !== 'us-east-1') return { ...meta, Keys: [], Truncated: false };
    if (input.Marker === undefined) return { ...meta, Keys: [{ KeyId: KEY1, KeyArn: `arn:aws:kms:us-east-1:${ACCOUNT}:key/${KEY1}` }], Truncated: true, NextMarker: 'keys-2' };
    if (listKeysPage2++ === 0) throw awsError(KMSServiceException, 'ThrottlingException', 'Rate exceeded');
    return { ...meta, Keys: [{ KeyId: KEY2, KeyArn: `arn:aws:kms:us-east-1:${ACCOUNT}:key/${KEY2}` }], Truncated: false };
  });
  kms.on(DescribeKeyCommand).callsFake((input: { KeyId: string }) => ({ ...meta, KeyMetadata: {
    AWSAccountId: ACCOUNT, KeyId: input.KeyId, Arn: `arn:aws:kms:us-east-1:${ACCOUNT}:key/${input.KeyId}`, CreationDate: T, Enabled: true,
    KeyUsage: 'ENCRYPT_DECRYPT', KeyState: 'Enabled', Origin: 'AWS_KMS', KeyManager: 'CUSTOMER', KeySpec: 'SYMMETRIC_DEFAULT',
  } }));
  kms.on(GetKeyPolicyCommand, { KeyId: KEY1 }).resolves({ ...meta, Policy: KEY_POLICY, PolicyName: 'default' });
  kms.on(GetKeyPolicyCommand, { KeyId: KEY2 }).rejects(
    awsError(KMSServiceException, 'AccessDeniedException', `User: ${CALLER.Arn} is not authorized to perform: kms:GetKeyPolicy on resource: arn:aws:kms:us-east-1:${ACCOUNT}:key/${KEY2} because no resource-based policy allows the kms:GetKeyPolicy action`),
  );
  kms.on(ListGrantsCommand).resolves({ ...meta, Grants: [], Truncated: false });

  const lambda = mockClient(LambdaClient);
  lambda.on(ListFunctionsCommand).callsFake(async (_i, getClient) => ({ ...meta, Functions: (await regionOf(getClient)) === 'us-east-1'
    ? [
        { FunctionName: 'process-orders', FunctionArn: `arn:aws:lambda:us-east-1:${ACCOUNT}:function:process-orders`, Runtime: 'nodejs20.x', Role: `arn:aws:iam::${ACCOUNT}:role/AppRole`, LastModified: '2025-01-10T08:00:00.000+0000' },
        { FunctionName: 'no-policy', FunctionArn: `arn:aws:lambda:us-east-1:${ACCOUNT}:function:no-policy`, Runtime: 'python3.12', Role: `arn:aws:iam::${ACCOUNT}:role/AppRole` },
      ]
    : [] }));
  lambda.on(GetPolicyCommand, { FunctionName: `arn:aws:lambda:us-east-1:${ACCOUNT}:function:process-orders` }).resolves({
    ...meta,
    Policy: JSON.stringify({ Version: '2012-10-17', Id: 'default', Statement: [{ Sid: 'sns', Effect: 'Allow', Principal: { Service: 'sns.amazonaws.com' }, Action: 'lambda:InvokeFunction', Resource: `arn:aws:lambda:us-east-1:${ACCOUNT}:function:process-orders` }] }),
    RevisionId: 'rev-1',
  });
  lambda.on(GetPolicyCommand, { FunctionName: `arn:aws:lambda:us-east-1:${ACCOUNT}:function:no-policy` }).rejects(awsError(LambdaServiceException, 'ResourceNotFoundException', 'The resource you requested does not exist.', 404));

  const secrets = mockClient(SecretsManagerClient);
  const secretArn = `arn:aws:secretsmanager:us-east-1:${ACCOUNT}:secret:${SECRET}-AbCdEf`;
  secrets.on(ListSecretsCommand).callsFake(async (_i, getClient) => ({ ...meta, SecretList: (await regionOf(getClient)) === 'us-east-1' ? [{ ARN: secretArn, Name: SECRET, LastChangedDate: T }] : [] }));
  secrets.on(GetResourcePolicyCommand).resolves({ ...meta, ARN: secretArn, Name: SECRET, ResourcePolicy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Deny', Principal: '*', Action: 'secretsmanager:GetSecretValue', Resource: '*' }] }) });

  const sns = mockClient(SNSClient);
  sns.on(ListTopicsCommand).resolves({ ...meta, Topics: [{ TopicArn: `arn:aws:sns:us-east-1:${ACCOUNT}:alerts` }] });
  sns.on(GetTopicAttributesCommand).callsFake((input: { TopicArn: string }) => ({ ...meta, Attributes: { TopicArn: input.TopicArn, Owner: ACCOUNT, Policy: '{"Version":"2008-10-17","Statement":[]}' } }));

  const sqs = mockClient(SQSClient);
  sqs.on(ListQueuesCommand).callsFake(async (_i, getClient) => ((await regionOf(getClient)) === 'us-east-1' ? { ...meta, QueueUrls: [`https://sqs.us-east-1.amazonaws.com/${ACCOUNT}/jobs`] } : { ...meta }));
  sqs.on(GetQueueAttributesCommand).resolves({ ...meta, Attributes: { QueueArn: `arn:aws:sqs:us-east-1:${ACCOUNT}:jobs`, Policy: '{"Version":"2012-10-17","Statement":[]}' } });

  const cloudtrail = mockClient(CloudTrailClient);
  cloudtrail.on(DescribeTrailsCommand).resolves({ ...meta, trailList: [{ Name: 'main', TrailARN: `arn:aws:cloudtrail:us-east-1:${ACCOUNT}:trail/main`, HomeRegion: 'us-east-1', IsMultiRegionTrail: true, S3BucketName: 'logs.example' }] });
  cloudtrail.on(GetTrailStatusCommand).resolves({ ...meta, IsLogging: true, LatestDeliveryTime: T });
  cloudtrail.on(GetEventSelectorsCommand).resolves({ ...meta, TrailARN: `arn:aws:cloudtrail:us-east-1:${ACCOUNT}:trail/main`, EventSelectors: [{ ReadWriteType: 'All', IncludeManagementEvents: true, DataResources: [] }] });

  const events = mockClient(EventBridgeClient);
  events.on(ListRulesCommand).callsFake((input: { NextToken?: string }) =>
    input.NextToken === undefined
      ? { ...meta, Rules: [{ Name: 'nightly', Arn: `arn:aws:events:us-east-1:${ACCOUNT}:rule/nightly`, State: 'ENABLED', ScheduleExpression: 'cron(0 2 * * ? *)', EventBusName: 'default' }], NextToken: 'rules-2' }
      : { ...meta, Rules: [{ Name: 'on-upload', Arn: `arn:aws:events:us-east-1:${ACCOUNT}:rule/on-upload`, State: 'ENABLED', EventPattern: '{"source":["aws.s3"]}', EventBusName: 'default' }] },
  );
  events.on(ListTargetsByRuleCommand).resolves({ ...meta, Targets: [{ Id: 'lambda', Arn: `arn:aws:lambda:us-east-1:${ACCOUNT}:function:process-orders` }] });

  const logs = mockClient(CloudWatchLogsClient);
  logs.on(DescribeLogGroupsCommand).resolves({ ...meta, logGroups: [
    { logGroupName: '/aws/lambda/process-orders', arn: `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:/aws/lambda/process-orders:*`, creationTime: 1736500000000, storedBytes: 1024 },
    { logGroupName: LOG_GROUP, arn: `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:${LOG_GROUP}:*`, creationTime: 1736500000000, storedBytes: 2048 },
  ] });
  logs.on(DescribeLogStreamsCommand).resolves({ ...meta, logStreams: [{ logStreamName: 'eni-0123456789abcdef0-all', creationTime: 1736500000000, lastEventTimestamp: 1736900000000 }] });

  const ssm = mockClient(SSMClient);
  ssm.on(DescribeInstanceInformationCommand).resolves({ ...meta, InstanceInformationList: [{ InstanceId: 'i-0123456789abcdef0', PingStatus: 'Online', PlatformType: 'Linux', AgentVersion: '3.3.0.0' }] });
  ssm.on(ListInventoryEntriesCommand).resolves({ ...meta, TypeName: 'AWS:Application', InstanceId: 'i-0123456789abcdef0', SchemaVersion: '1.1', CaptureTime: '2025-01-15T00:00:00Z', Entries: [{ Name: 'openssl', Version: '3.0.2' }] });

  const mocks: WorldMocks = { sts, org, account, ec2, iam, s3, kms, lambda, secrets, sns, sqs, cloudtrail, events, logs, ssm };
  const all = Object.values(mocks) as { restore: () => void; resetHistory: () => void; calls: () => { args: unknown[] }[] }[];
  return {
    mocks,
    resetHistory: () => all.forEach((m) => m.resetHistory()),
    restore: () => all.forEach((m) => m.restore()),
    sent: () => all.flatMap(commandsSent),
  };
}

