// Table tests of BUCKET_POLICY_RESOURCE_OUTSIDE_BUCKET.
import { identity, ruleTester } from '../rule-tester.js';

const st = (Resource: unknown): object => identity({ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:root' }, Action: 's3:GetObject', Resource });

// https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucket-policies.html (a bucket policy grants access to the bucket and the objects in it)
ruleTester('BUCKET_POLICY_RESOURCE_OUTSIDE_BUCKET', {
  valid: [
    { name: 'the bucket and its objects', type: 'resource', bucket: 'logs', policy: st(['arn:aws:s3:::logs', 'arn:aws:s3:::logs/*']) },
    { name: 'a wildcard that matches the bucket', type: 'resource', bucket: 'logs-prod', policy: st('arn:aws:s3:::logs-*/*') },
    { name: 'not a bucket policy (KMS actions)', type: 'resource', policy: identity({ Effect: 'Allow', Principal: '*', Action: 'kms:Decrypt', Resource: '*' }) },
  ],
  invalid: [
    { name: 'Resource "*" (seed S9), bucket unknown', type: 'resource', policy: st('*'), errors: [{ at: '"*"', message: /^Resource "\*" in a bucket policy/, fix: 'Use arn:aws:s3:::<bucket> and/or arn:aws:s3:::<bucket>/*' }] },
    {
      name: 'another bucket, with --bucket',
      type: 'resource', bucket: 'logs',
      policy: st(['arn:aws:s3:::logs/*', 'arn:aws:s3:::other/*']),
      errors: [{ at: '"arn:aws:s3:::other/*"', message: 'Resource arn:aws:s3:::other/* is outside bucket logs: S3 rejects it ("Policy has invalid resource")', fix: 'Use arn:aws:s3:::logs and/or arn:aws:s3:::logs/*' }],
    },
    { name: 'not an S3 ARN', type: 'resource', bucket: 'logs', policy: st('arn:aws:sqs:us-east-1:123456789012:q'), errors: [{ message: /is not an S3 ARN/ }] },
  ],
});
