// Table tests of STATEMENT_MISSING_ACTION.
import { identity, ruleTester } from '../rule-tester.js';

// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html
ruleTester('STATEMENT_MISSING_ACTION', {
  valid: [
    { name: 'Action', policy: identity({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }) },
    { name: 'NotAction', policy: identity({ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }) },
  ],
  invalid: [
    { name: 'neither', policy: identity({ Sid: 'S', Effect: 'Allow', Resource: '*' }), errors: [{ path: '$.Statement[0]', line: 4, column: 5, message: 'Statement[0] (Sid "S") has no Action or NotAction' }] },
  ],
});
