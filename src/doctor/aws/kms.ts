// KMS facts: a key found from an ARN, its state, and the bucket default encryption key.
import { findResource } from '../../snapshot/index.js';
import type { Bucket, KmsKey } from '../../snapshot/model.js';

/** The key an ARN or id names, when collected. */
export function keyOf(snapshot: Parameters<typeof findResource>[0], arnOrId: string): KmsKey | undefined {
  const f = findResource(snapshot, arnOrId);
  return f.kind === 'kms-key' ? f.key : undefined;
}

/** describe-key KeyState, or undefined when describe-key was not collected. */
export function keyState(k: KmsKey): string | undefined {
  return k.metadata.state === 'collected' && typeof k.metadata.value.KeyState === 'string' ? k.metadata.value.KeyState : undefined;
}

/** True when describe-key says KeyManager=AWS. */
export function awsManaged(k: KmsKey): boolean {
  return k.metadata.state === 'collected' && k.metadata.value.KeyManager === 'AWS';
}

/** The SSE-KMS key of a bucket's default encryption, when the bucket uses aws:kms with a key id. */
export function bucketKmsKey(b: Bucket): string | undefined {
  if (b.encryption.state !== 'collected') return undefined;
  const rules = (b.encryption.value as { ServerSideEncryptionConfiguration?: { Rules?: { ApplyServerSideEncryptionByDefault?: { SSEAlgorithm?: string; KMSMasterKeyID?: string } }[] } })
    .ServerSideEncryptionConfiguration?.Rules ?? [];
  for (const r of rules) {
    const d = r.ApplyServerSideEncryptionByDefault;
    if (d?.SSEAlgorithm?.startsWith('aws:kms') && d.KMSMasterKeyID) return d.KMSMasterKeyID;
  }
  return undefined;
}
