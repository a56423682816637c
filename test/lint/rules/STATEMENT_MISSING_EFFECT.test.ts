// Table tests of STATEMENT_MISSING_EFFECT.
import { identity, ruleTester } from '../rule-tester.js';

// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_effect.html
ruleTester('STATEMENT_MISSING_EFFECT', {
  valid: [
    { name: 'Allow', policy: identity({ Effect: 'Allow', Action: '*', Resource: '*' }) },
    { name: 'Deny', policy: identity({ Effect: 'Deny', Action: '*', Resource: '*' }) },
  ],
  invalid: [
    {
      name: 'no Effect (the seed dashboard policy)',
      policy: identity({ Action: ['cloudwatch:Get*'], Resource: '*' }),
      errors: [{ path: '$.Statement[0]', line: 4, column: 5, message: 'Statement[0] has no Effect', fix: 'Add "Effect": "Allow" (or "Deny")' }],
    },
    {
      name: 'wrong case',
      policy: identity({ Sid: 'A', Effect: 'allow', Action: '*', Resource: '*' }),
      errors: [{ at: '"allow"', path: '$.Statement[0].Effect', message: /case-sensitive: Allow/, fix: 'Write "Effect": "Allow"' }],
    },
  ],
});
