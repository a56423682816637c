// Table tests of STATEMENT_MISSING_RESOURCE.
import { identity, ruleTester } from '../rule-tester.js';

// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html
ruleTester('STATEMENT_MISSING_RESOURCE', {
  valid: [
    { name: 'Resource', policy: identity({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }) },
    { name: 'NotResource', policy: identity({ Effect: 'Deny', Action: 's3:*', NotResource: 'arn:aws:s3:::b/*' }) },
    { name: 'a trust policy has none', type: 'trust', policy: identity({ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }) },
  ],
  invalid: [
    {
      name: 'identity statement without Resource, actions that need "*"',
      policy: identity({ Effect: 'Allow', Action: ['ec2:DescribeInstances', 'logs:DescribeLogGroups'] }),
      errors: [{ path: '$.Statement[0]', line: 4, column: 5, fix: 'Add "Resource": "*" or the ARNs it applies to (these actions support no resource-level permissions: use "*")' }],
    },
    {
      name: 'identity statement without Resource, other actions',
      policy: identity({ Effect: 'Allow', Action: 's3:GetObject' }),
      errors: [{ message: 'Statement[0] has no Resource or NotResource', fix: /Describe, Get and List actions mostly need "\*"/ }],
    },
  ],
});
