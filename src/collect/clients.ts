// SDK v3 clients per service, account and region: adaptive retry, injectable for tests, guarded by the read-only sender.
import { AccountClient } from '@aws-sdk/client-account';
import { CloudTrailClient } from '@aws-sdk/client-cloudtrail';
import { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import { EC2Client } from '@aws-sdk/client-ec2';
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { IAMClient } from '@aws-sdk/client-iam';
import { KMSClient } from '@aws-sdk/client-kms';
import { LambdaClient } from '@aws-sdk/client-lambda';
import { OrganizationsClient } from '@aws-sdk/client-organizations';
import { S3Client } from '@aws-sdk/client-s3';
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { SNSClient } from '@aws-sdk/client-sns';
import { SQSClient } from '@aws-sdk/client-sqs';
import { SSMClient, type SSMClientConfig } from '@aws-sdk/client-ssm';
import { STSClient } from '@aws-sdk/client-sts';

/** The SDK client of each service the collector talks to, keyed by IAM service prefix. */
export interface ClientMap {
  account: AccountClient;
  cloudtrail: CloudTrailClient;
  ec2: EC2Client;
  events: EventBridgeClient;
  iam: IAMClient;
  kms: KMSClient;
  lambda: LambdaClient;
  logs: CloudWatchLogsClient;
  organizations: OrganizationsClient;
  s3: S3Client;
  secretsmanager: SecretsManagerClient;
  sns: SNSClient;
  sqs: SQSClient;
  ssm: SSMClient;
  sts: STSClient;
}

/** An IAM service prefix that has a client. */
export type ClientService = keyof ClientMap;

/** Credentials as SDK clients take them: static, or a provider function. */
export type Credentials = NonNullable<SSMClientConfig['credentials']>;

/** What every client is built with. */
export interface ClientConfig {
  region: string;
  credentials: Credentials;
  retryMode: 'adaptive';
  maxAttempts: number;
}

/** Builds the client of a service; tests may pass their own. */
export type ClientFactory = <K extends ClientService>(service: K, config: ClientConfig) => ClientMap[K];

const constructors: { [K in ClientService]: (c: ClientConfig) => ClientMap[K] } = {
  account: (c) => new AccountClient(c),
  cloudtrail: (c) => new CloudTrailClient(c),
  ec2: (c) => new EC2Client(c),
  events: (c) => new EventBridgeClient(c),
  iam: (c) => new IAMClient(c),
  kms: (c) => new KMSClient(c),
  lambda: (c) => new LambdaClient(c),
  logs: (c) => new CloudWatchLogsClient(c),
  organizations: (c) => new OrganizationsClient(c),
  // Buckets live in many regions: follow the 301 to the bucket's region if we guessed wrong.
  s3: (c) => new S3Client({ ...c, followRegionRedirects: true }),
  secretsmanager: (c) => new SecretsManagerClient(c),
  sns: (c) => new SNSClient(c),
  sqs: (c) => new SQSClient(c),
  ssm: (c) => new SSMClient(c),
  sts: (c) => new STSClient(c),
};

/** The real SDK v3 clients. */
export const sdkClientFactory: ClientFactory = (service, config) => constructors[service](config);

/** Client settings: the SDK's adaptive retry (client-side rate limiting on throttling) with more attempts than the default 3. */
export function clientConfig(region: string, credentials: Credentials): ClientConfig {
  return { region, credentials, retryMode: 'adaptive', maxAttempts: 8 };
}
