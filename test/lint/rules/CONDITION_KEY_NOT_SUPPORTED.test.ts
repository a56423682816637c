// Table tests of CONDITION_KEY_NOT_SUPPORTED.
import { identity, ruleTester } from '../rule-tester.js';

// https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazons3.html (condition keys per action)
ruleTester('CONDITION_KEY_NOT_SUPPORTED', {
  valid: [
    { name: 's3:prefix with ListBucket', policy: identity({ Effect: 'Allow', Action: 's3:ListBucket', Resource: 'arn:aws:s3:::b', Condition: { StringLike: { 's3:prefix': 'home/*' } } }) },
    { name: 'IfExists is not reported', policy: identity({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*', Condition: { StringLikeIfExists: { 's3:prefix': 'home/*' } } }) },
    { name: 'global keys are not checked', policy: identity({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Condition: { StringEquals: { 'aws:PrincipalTag/a': 'b' } } }) },
  ],
  invalid: [
    {
      name: 's3:prefix with GetObject',
      policy: identity({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*', Condition: { StringLike: { 's3:prefix': 'home/*' } } }),
      errors: [{ at: '"s3:prefix"', severity: 'warning', message: 'None of the actions of this statement (s3:GetObject) supports s3:prefix: the condition never matches, so this Allow never applies' }],
    },
  ],
});
