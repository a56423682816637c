// Table tests of POLICY_DUPLICATE_KEY.
import { ruleTester } from '../rule-tester.js';

// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html (each Condition operator block holds all keys of that operator)
ruleTester('POLICY_DUPLICATE_KEY', {
  valid: [{ name: 'one block per operator', policy: '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*", "Condition": {"StringEquals": {"aws:PrincipalTag/a": "1", "aws:PrincipalTag/b": "2"}}}]}' }],
  invalid: [
    {
      name: 'two StringEquals blocks',
      policy: '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*",\n "Condition": {"StringEquals": {"aws:PrincipalTag/a": "1"},\n  "StringEquals": {"aws:PrincipalTag/b": "2"}}}]}',
      errors: [{ line: 3, column: 3, path: '$.Statement[0].Condition.StringEquals', severity: 'warning', message: '"StringEquals" is written twice in this object (first at 2:16); only the last one counts', fix: 'Merge the two into one "StringEquals" element' }],
    },
  ],
});
