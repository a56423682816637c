// Table tests of POLICY_VERSION_MISSING.
import { ruleTester } from '../rule-tester.js';

const st = { Effect: 'Allow', Action: 's3:ListBucket', Resource: 'arn:aws:s3:::b' };

// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_version.html
ruleTester('POLICY_VERSION_MISSING', {
  valid: [{ name: 'Version 2012-10-17', policy: { Version: '2012-10-17', Statement: [st] } }],
  invalid: [
    { name: 'no Version', policy: { Statement: [st] }, errors: [{ line: 1, column: 1, path: '$', severity: 'warning', fix: 'Add "Version": "2012-10-17"' }] },
    {
      name: 'no Version, with a policy variable taken literally',
      policy: { Statement: [{ ...st, Resource: 'arn:aws:s3:::b/${aws:username}/*' }] },
      errors: [{ message: /policy variables in it \(\$\{\.\.\.\}\) are matched as literal text/ }],
    },
    { name: 'the old 2008-10-17', policy: { Version: '2008-10-17', Statement: [st] }, errors: [{ at: '"2008-10-17"', path: '$.Version', severity: 'warning' }] },
    { name: 'an invalid Version', policy: { Version: '2012-10-18', Statement: [st] }, errors: [{ at: '"2012-10-18"', severity: 'error', message: /not a policy language version/ }] },
  ],
});
