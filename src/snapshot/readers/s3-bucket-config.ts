// Readers of the per-bucket configuration files (ACL, public access block, ownership controls, encryption), kept as AWS returned them.
import { isRecord, type ReadResult } from '../json-shape.js';

/** A per-bucket configuration file: its file name, the keys of which its response must hold one, and the error code meaning "none configured". */
export interface BucketConfigFile {
  file: string;
  keys: readonly string[];
  noneCode?: string;
}

/** The configuration files by Bucket field. */
export const BUCKET_CONFIG_FILES = {
  acl: { file: 'get-bucket-acl.json', keys: ['Grants', 'Owner'] },
  publicAccessBlock: { file: 'get-public-access-block.json', keys: ['PublicAccessBlockConfiguration'], noneCode: 'NoSuchPublicAccessBlockConfiguration' },
  ownershipControls: { file: 'get-bucket-ownership-controls.json', keys: ['OwnershipControls'], noneCode: 'OwnershipControlsNotFoundError' },
  encryption: { file: 'get-bucket-encryption.json', keys: ['ServerSideEncryptionConfiguration'], noneCode: 'ServerSideEncryptionConfigurationNotFoundError' },
} as const satisfies Record<string, BucketConfigFile>;

/** Builds a reader that checks the response holds one of `keys` and returns the whole response. */
export function bucketConfigReader(keys: readonly string[]) {
  return (value: unknown): ReadResult<Record<string, unknown>> => {
    if (!isRecord(value)) return { ok: false, reason: 'the file is not a JSON object' };
    if (!keys.some((k) => k in value)) return { ok: false, reason: `no ${keys.join(' or ')} in the response` };
    return { ok: true, value };
  };
}
