// Loads one account's S3 buckets: list-buckets plus each bucket's policy, ACL, public access block, ownership, encryption, location.
import type { Collected } from '../core/collected.js';
import type { LoadContext } from './context.js';
import type { Bucket } from './model.js';
import { BUCKET_CONFIG_FILES, bucketConfigReader } from './readers/s3-bucket-config.js';
import { readBucketLocation } from './readers/s3-get-bucket-location.js';
import { policyFieldReader } from './readers/policy-field.js';
import { readListBuckets, type ListedBucket } from './readers/s3-list-buckets.js';

async function loadBucket(ctx: LoadContext, account: string, listed: ListedBucket, onDisk: string): Promise<Bucket> {
  const dir = `${account}/s3/buckets/${onDisk}`;
  const config = <K extends keyof typeof BUCKET_CONFIG_FILES>(k: K): Promise<Collected<unknown>> => {
    const f: { file: string; keys: readonly string[]; noneCode?: string } = BUCKET_CONFIG_FILES[k];
    return ctx.readOrNone(`${dir}/${f.file}`, bucketConfigReader(f.keys), f.noneCode ? [f.noneCode] : []);
  };
  const [policy, acl, publicAccessBlock, ownershipControls, encryption, location] = await Promise.all([
    ctx.readOrNone(`${dir}/get-bucket-policy.json`, policyFieldReader(`bucket policy of ${listed.name}`, 'Policy'), ['NoSuchBucketPolicy']),
    config('acl'),
    config('publicAccessBlock'),
    config('ownershipControls'),
    config('encryption'),
    ctx.read(`${dir}/get-bucket-location.json`, readBucketLocation),
  ]);
  const region = location.state === 'collected' ? location.value : listed.region;
  return {
    name: listed.name,
    arn: `arn:aws:s3:::${listed.name}`,
    account,
    ...(region ? { region } : {}),
    policy, acl, publicAccessBlock, ownershipControls, encryption,
  };
}

/** Loads the buckets of an account; folders under s3/buckets/ that list-buckets does not name are loaded too. */
export async function loadS3(ctx: LoadContext, account: string): Promise<Collected<Map<string, Bucket>>> {
  const listFile = `${account}/s3/list-buckets.json`;
  const [list, folders] = await Promise.all([ctx.read(listFile, readListBuckets), ctx.dirs(`${account}/s3/buckets`)]);
  if (list.state === 'unreadable') return list;
  if (list.state === 'missing' && folders.length === 0) return list;
  const listed: ListedBucket[] = list.state === 'collected' ? [...list.value] : [];
  if (list.state === 'missing') ctx.notes.push(`${listFile} is missing: the buckets of account ${account} are taken from the s3/buckets/ folders`);
  const onDiskByName = new Map(folders.map((f) => [f.name, f.onDisk]));
  const names = new Set(listed.map((b) => b.name));
  for (const f of folders) if (!names.has(f.name)) listed.push({ name: f.name });
  const buckets = await Promise.all(listed.map((b) => loadBucket(ctx, account, b, onDiskByName.get(b.name) ?? encodeURIComponent(b.name))));
  return { state: 'collected', value: new Map(buckets.map((b) => [b.name, b])), file: listFile };
}
