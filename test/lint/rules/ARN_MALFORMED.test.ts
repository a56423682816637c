// Table tests of ARN_MALFORMED.
import { identity, ruleTester } from '../rule-tester.js';

// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html (ARN format; S3 bucket ARNs have no Region or account)
ruleTester('ARN_MALFORMED', {
  valid: [
    { name: 'S3 bucket and objects', policy: identity({ Effect: 'Allow', Action: 's3:*', Resource: ['arn:aws:s3:::b', 'arn:aws:s3:::b/*', 'arn:aws:s3:::*log/*'] }) },
    { name: 'wildcards and variables', policy: identity({ Effect: 'Allow', Action: '*', Resource: ['*', 'arn:aws:iam::${aws:PrincipalAccount}:role/x', 'arn:aws:ec2:*::image/ami-*', 'arn:*'] }) },
    { name: 'a principal account id', type: 'resource', policy: identity({ Effect: 'Allow', Principal: { AWS: ['123456789012', 'arn:aws:iam::123456789012:role/r'] }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }) },
  ],
  invalid: [
    {
      name: 'four colons in an S3 ARN (seed S9), identity policy: accepted but never matches',
      policy: identity({ Effect: 'Allow', Action: 's3:*', Resource: ['arn:aws:s3::::mybucket/*'] }),
      errors: [{ at: '"arn:aws:s3::::mybucket/*"', path: '$.Statement[0].Resource[0]', severity: 'warning', message: /extra colon.*did you mean arn:aws:s3:::mybucket\/\*\?$/, fix: 'Did you mean arn:aws:s3:::mybucket/* ?' }],
    },
    {
      name: 'the same in a bucket policy, which S3 validates',
      type: 'resource',
      policy: identity({ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3::::mybucket/*' }),
      errors: [{ severity: 'error', fix: 'Did you mean arn:aws:s3:::mybucket/* ?' }],
    },
    {
      name: 'a Region in an S3 bucket ARN',
      policy: identity({ Effect: 'Allow', Action: 's3:ListBucket', Resource: 'arn:aws:s3:us-east-1::mybucket' }),
      errors: [{ message: /did you mean arn:aws:s3:::mybucket\?$/ }],
    },
    {
      name: 'too few fields, rejected everywhere',
      policy: identity({ Effect: 'Allow', Action: 's3:*', Resource: 'arn:aws:s3:mybucket' }),
      errors: [{ severity: 'error', message: /has 4 of the 6 colon-separated fields/ }],
    },
    {
      name: 'an unknown partition',
      policy: identity({ Effect: 'Allow', Action: 's3:*', Resource: 'arn:amz:s3:::b' }),
      errors: [{ severity: 'error', message: /unknown partition amz.*did you mean arn:aws:s3:::b\?/ }],
    },
    {
      name: 'not an ARN',
      policy: identity({ Effect: 'Allow', Action: 's3:*', Resource: 'mybucket/*' }),
      errors: [{ severity: 'error', message: /is not an ARN/ }],
    },
    {
      name: 'a principal that is not an ARN',
      type: 'resource',
      policy: identity({ Effect: 'Allow', Principal: { AWS: 'brian' }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }),
      errors: [{ at: '"brian"', path: '$.Statement[0].Principal.AWS', severity: 'error' }],
    },
  ],
});
