// Reader of get-*-attributes responses (SNS topics, SQS queues): the Attributes map and its Policy.
import type { LoadedPolicy } from '../model.js';
import { isRecord, type ReadResult } from '../json-shape.js';
import { policyFieldReader } from './policy-field.js';

/** The attributes and the policy held in Attributes.Policy (null when there is none). */
export interface Attributes {
  attributes: Record<string, unknown>;
  policy: LoadedPolicy | null;
}

/** Builds the reader of a get-*-attributes response whose policy is named `name`. */
export function attributesReader(name: string) {
  const policyOf = policyFieldReader(name, 'Policy', { objectKey: 'Attributes', absentIsNone: true });
  return (value: unknown, file: string): ReadResult<Attributes> => {
    if (!isRecord(value) || !isRecord(value.Attributes)) return { ok: false, reason: '$.Attributes is not an object' };
    const policy = policyOf(value, file);
    if (!policy.ok) return policy;
    return { ok: true, value: { attributes: value.Attributes, policy: policy.value } };
  };
}
