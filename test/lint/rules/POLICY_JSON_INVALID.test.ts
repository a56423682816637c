// Table tests of POLICY_JSON_INVALID.
import { identity, ruleTester } from '../rule-tester.js';

// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html (the policy language and JSON)
ruleTester('POLICY_JSON_INVALID', {
  valid: [
    { name: 'a well-formed policy', policy: identity({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }) },
    { name: 'a single statement object', policy: { Version: '2012-10-17', Statement: { Effect: 'Allow', Action: '*', Resource: '*' } } },
  ],
  invalid: [
    {
      name: 'missing comma between statements',
      policy: '{"Version": "2012-10-17", "Statement": [\n{"Effect": "Allow", "Action": "*", "Resource": "*"}\n{"Effect": "Deny", "Action": "*", "Resource": "*"}\n]}',
      errors: [{ line: 3, column: 1, path: '$.Statement[1]', message: /^Missing comma between statements: add a comma after the } at 2:51$/, fix: /separated by commas|Separate elements with commas/ }],
    },
    {
      name: 'key/value pairs straight inside the Statement array',
      policy: '{"Version": "2012-10-17", "Statement": [\n"Effect": "Allow", "Action": "*", "Resource": "*"\n]}',
      errors: [{ at: '"Effect"', path: '$.Statement[0]', message: /directly inside \[ \]/, fix: /Wrap the statement's elements in braces/ }],
    },
    {
      name: 'a bare fragment',
      policy: '"Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]',
      errors: [{ line: 1, column: 1, path: '$', message: /fragment/, fix: 'Wrap the fragment in {"Version":"2012-10-17","Statement":[ ... ]}' }],
    },
    {
      name: 'every error, not only the first',
      policy: '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*",},]}',
      errors: [{ message: 'Trailing comma before }' }, { message: 'Trailing comma before ]' }],
    },
    {
      name: 'an unknown element, with the case hint',
      policy: identity({ effect: 'Allow', Action: '*', Resource: '*' }),
      errors: [{ at: '"effect"', path: '$.Statement[0].effect', message: /did you mean Effect\?/ }],
    },
  ],
});
