// Table tests of CONDITION_KEY_UNKNOWN.
import { identity, ruleTester } from '../rule-tester.js';

const st = (Condition: object, Action = 's3:GetObject'): object => identity({ Effect: 'Allow', Action, Resource: '*', Condition });

// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html (global condition context keys)
ruleTester('CONDITION_KEY_UNKNOWN', {
  valid: [
    { name: 'global keys, tag keys, service keys, OIDC provider keys', policy: st({ StringEquals: { 'aws:PrincipalTag/team': 'a', 'aws:SourceVpce': 'vpce-1', 's3:prefix': 'x', 'token.actions.githubusercontent.com:sub': 'repo:o/r:*' } }) },
  ],
  invalid: [
    {
      name: 'a misspelt global key',
      policy: st({ StringEquals: { 'aws:SourceAcount': '123456789012' } }),
      errors: [{ at: '"aws:SourceAcount"', severity: 'warning', message: 'aws:SourceAcount is not a global condition key; did you mean aws:SourceAccount?', fix: 'Did you mean aws:SourceAccount?' }],
    },
    {
      name: 'an unknown service key, in a bucket policy (S3 validates)',
      type: 'resource',
      policy: identity({ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*', Condition: { StringEquals: { 's3:prefixx': 'a' } } }),
      errors: [{ severity: 'error', message: /s3:prefixx is not a condition key of s3; did you mean s3:prefix\?/ }],
    },
  ],
});
