// S3: list-buckets.json, then per bucket its location, policy, ACL, public access block, ownership controls and encryption.
import {
  GetBucketAclCommand,
  GetBucketEncryptionCommand,
  GetBucketLocationCommand,
  GetBucketOwnershipControlsCommand,
  GetBucketPolicyCommand,
  GetPublicAccessBlockCommand,
  paginateListBuckets,
  type Bucket,
  type GetBucketLocationCommandOutput,
} from '@aws-sdk/client-s3';
import { allPages } from '../pages.js';
import { encodeName } from '../paths.js';
import type { Scope } from '../scope.js';
import type { ServiceCollector } from './types.js';

/** The region of a bucket: BucketRegion of list-buckets, else its location constraint (empty = us-east-1, EU = eu-west-1). */
export function bucketRegion(bucket: Bucket, location: Pick<GetBucketLocationCommandOutput, 'LocationConstraint'> | undefined): string | undefined {
  if (bucket.BucketRegion) return bucket.BucketRegion;
  if (!location) return undefined;
  const c = location.LocationConstraint;
  if (!c) return 'us-east-1';
  return c === 'EU' ? 'eu-west-1' : c;
}

async function collectBucket(scope: Scope, bucket: Bucket): Promise<void> {
  const name = bucket.Name;
  if (!name) return;
  const dir = `s3/buckets/${encodeName(name)}`;
  const input = { Bucket: name, ExpectedBucketOwner: scope.account };
  const home = scope.client('s3');
  const location = await scope.file(`${dir}/get-bucket-location.json`, () => home.send(new GetBucketLocationCommand(input)));
  const s3 = scope.client('s3', bucketRegion(bucket, location) ?? scope.region);
  await Promise.all([
    scope.file(`${dir}/get-bucket-policy.json`, () => s3.send(new GetBucketPolicyCommand(input)), { none: ['NoSuchBucketPolicy'] }),
    scope.file(`${dir}/get-bucket-acl.json`, () => s3.send(new GetBucketAclCommand(input))),
    scope.file(`${dir}/get-public-access-block.json`, () => s3.send(new GetPublicAccessBlockCommand(input)), {
      none: ['NoSuchPublicAccessBlockConfiguration'],
    }),
    scope.file(`${dir}/get-bucket-ownership-controls.json`, () => s3.send(new GetBucketOwnershipControlsCommand(input)), {
      none: ['OwnershipControlsNotFoundError'],
    }),
    scope.file(`${dir}/get-bucket-encryption.json`, () => s3.send(new GetBucketEncryptionCommand(input)), {
      none: ['ServerSideEncryptionConfigurationNotFoundError'],
    }),
  ]);
}

/** Every bucket of the account (S3 is global: files go under the account folder, calls go to each bucket's region). */
export const s3Collector: ServiceCollector = {
  name: 's3',
  level: 'account',
  async collect(scope) {
    const client = scope.client('s3');
    const list = await scope.file('s3/list-buckets.json', () => allPages(paginateListBuckets({ client, pageSize: 10_000 }, {})));
    await Promise.all((list?.Buckets ?? []).map((b) => collectBucket(scope, b)));
  },
};
