// Table tests of ACTION_INVALID_FOR_RESOURCE.
import { identity, ruleTester } from '../rule-tester.js';

// https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazons3.html (ListBucket: bucket; GetObject: object)
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html
ruleTester('ACTION_INVALID_FOR_RESOURCE', {
  valid: [
    { name: 'known actions and wildcards', policy: identity({ Effect: 'Allow', Action: ['s3:GetObject', 'ec2:Describe*', 'logs:*', '*', 'STS:AssumeRole'], Resource: '*' }) },
    { name: 'each action on its resource type', policy: identity({ Effect: 'Allow', Action: ['s3:ListBucket', 's3:GetObject'], Resource: ['arn:aws:s3:::b', 'arn:aws:s3:::b/*'] }) },
    {
      name: 'an action on the wrong type here but granted by another statement',
      policy: identity(
        { Effect: 'Allow', Action: ['s3:ListBucket', 's3:GetObject'], Resource: 'arn:aws:s3:::b/*' },
        { Effect: 'Allow', Action: 's3:ListBucket', Resource: 'arn:aws:s3:::b' },
      ),
    },
    { name: 'sts:AssumeRole on a role (an iam resource type)', policy: identity({ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: 'arn:aws:iam::123456789012:role/r' }) },
  ],
  invalid: [
    {
      name: 'an unknown action with a did-you-mean',
      policy: identity({ Effect: 'Allow', Action: ['s3:GetObjects'], Resource: '*' }),
      errors: [{ at: '"s3:GetObjects"', path: '$.Statement[0].Action[0]', message: 'Unknown action s3:GetObjects; did you mean s3:GetObject?', fix: 'Did you mean s3:GetObject?', severity: 'warning' }],
    },
    {
      name: 'an unknown action in a bucket policy, which S3 validates',
      type: 'resource',
      policy: identity({ Effect: 'Allow', Principal: '*', Action: 's3:GetObjekt', Resource: 'arn:aws:s3:::b/*' }),
      errors: [{ severity: 'error', fix: 'Did you mean s3:GetObject?' }],
    },
    {
      name: 'an unknown service prefix',
      policy: identity({ Effect: 'Allow', Action: 'cloudwatchs:GetMetricData', Resource: '*' }),
      errors: [{ message: /^Unknown service prefix "cloudwatchs" in cloudwatchs:GetMetricData; did you mean cloudwatch\?$/, fix: 'Did you mean cloudwatch:GetMetricData?' }],
    },
    {
      name: 'a wildcard matching no action',
      policy: identity({ Effect: 'Allow', Action: 's3:Gett*', Resource: '*' }),
      errors: [{ message: 's3:Gett* matches no s3 action' }],
    },
    {
      name: 'not service:action',
      policy: identity({ Effect: 'Allow', Action: 'GetObject', Resource: '*' }),
      errors: [{ severity: 'error', message: 'Action "GetObject" is not written service:action' }],
    },
    {
      name: 's3:GetObject on a bucket ARN',
      policy: identity({ Effect: 'Allow', Action: ['s3:GetObject'], Resource: 'arn:aws:s3:::b' }),
      errors: [{ at: '"s3:GetObject"', severity: 'warning', message: /^s3:GetObject cannot apply to arn:aws:s3:::b: it needs .*object \(arn:aws:s3:::<BucketName>\/<ObjectName>\); did you mean arn:aws:s3:::b\/\*\?$/, fix: 'Add arn:aws:s3:::b/* to Resource (or move s3:GetObject to a statement with that resource)' }],
    },
    {
      name: 's3:ListBucket on an object ARN',
      policy: identity({ Effect: 'Allow', Action: ['s3:ListBucket'], Resource: 'arn:aws:s3:::b/*' }),
      errors: [{ message: /^s3:ListBucket cannot apply to arn:aws:s3:::b\/\*: it needs .*bucket \(arn:aws:s3:::<BucketName>\); did you mean arn:aws:s3:::b\?$/ }],
    },
  ],
});
