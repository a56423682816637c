// Readers of the KMS files: list-keys, describe-key, get-key-policy, list-grants.
import { isRecord, records, responseObject, type ReadResult } from '../json-shape.js';
import { policyFieldReader } from './policy-field.js';
import { listReader } from './resource-list.js';

/** Reads list-keys.json: `Keys[].KeyId` and `KeyArn`. */
export const readListKeys = listReader({ listKey: 'Keys', nameKey: 'KeyId', arnKey: 'KeyArn' });

/** Reads describe-key.json: the `KeyMetadata` object. */
export function readDescribeKey(value: unknown): ReadResult<Record<string, unknown>> {
  if (!isRecord(value) || !isRecord(value.KeyMetadata)) return { ok: false, reason: '$.KeyMetadata is not an object' };
  return { ok: true, value: value.KeyMetadata };
}

/** Builds the reader of get-key-policy.json (`{"Policy": "<string>"}`). */
export function keyPolicyReader(keyId: string) {
  return policyFieldReader(`key policy of ${keyId}`, 'Policy');
}

/** Reads list-grants.json: the `Grants` array. */
export function readListGrants(value: unknown): ReadResult<Record<string, unknown>[]> {
  const obj = responseObject(value);
  if (!obj.ok) return obj;
  return records(obj.value, 'Grants');
}
