// Table tests of MANAGED_POLICY_DEPRECATED.
import { identity, ruleTester } from '../rule-tester.js';

// https://docs.aws.amazon.com/awscloudtrail/latest/userguide/security-iam-awsmanpol.html (AWSCloudTrail_ReadOnlyAccess)
ruleTester('MANAGED_POLICY_DEPRECATED', {
  valid: [{ name: 'the successor', policy: identity({ Effect: 'Allow', Action: 'iam:AttachUserPolicy', Resource: '*', Condition: { ArnEquals: { 'iam:PolicyARN': 'arn:aws:iam::aws:policy/AWSCloudTrail_ReadOnlyAccess' } } }) }],
  invalid: [
    {
      name: 'the seed S7 policy name in a condition',
      policy: identity({ Effect: 'Allow', Action: 'iam:AttachUserPolicy', Resource: '*', Condition: { ArnEquals: { 'iam:PolicyARN': 'arn:aws:iam::aws:policy/AWSCloudTrailReadOnlyAccess' } } }),
      errors: [{ at: '"arn:aws:iam::aws:policy/AWSCloudTrailReadOnlyAccess"', severity: 'warning', message: 'AWS managed policy AWSCloudTrailReadOnlyAccess is deprecated; its successor is AWSCloudTrail_ReadOnlyAccess', fix: 'Use arn:aws:iam::aws:policy/AWSCloudTrail_ReadOnlyAccess' }],
    },
    {
      name: 'as a Resource',
      policy: identity({ Effect: 'Allow', Action: 'iam:GetPolicy', Resource: 'arn:aws:iam::aws:policy/AWSLambdaFullAccess' }),
      errors: [{ message: /successor is AWSLambda_FullAccess/ }],
    },
  ],
});
