// Readers of the Secrets Manager files: list-secrets and get-resource-policy.
import { policyFieldReader } from './policy-field.js';
import { listReader } from './resource-list.js';

/** Reads list-secrets.json: `SecretList[].Name` and `ARN`. */
export const readListSecrets = listReader({ listKey: 'SecretList', nameKey: 'Name', arnKey: 'ARN' });

/** Builds the reader of get-resource-policy.json; no `ResourcePolicy` key means the secret has no policy. */
export function secretPolicyReader(name: string) {
  return policyFieldReader(`resource policy of secret ${name}`, 'ResourcePolicy', { absentIsNone: true });
}
