// Readers of the Lambda files: list-functions and get-policy.
import { policyFieldReader } from './policy-field.js';
import { listReader } from './resource-list.js';

/** Reads list-functions.json: `Functions[].FunctionName` and `FunctionArn`. */
export const readListFunctions = listReader({ listKey: 'Functions', nameKey: 'FunctionName', arnKey: 'FunctionArn' });

/** Builds the reader of get-policy.json (`{"Policy": "<string>", "RevisionId": "..."}`). */
export function functionPolicyReader(name: string) {
  return policyFieldReader(`function policy of ${name}`, 'Policy');
}
