// Table tests of POLICY_PRINCIPAL_DELETED.
import { identity, ruleTester } from '../rule-tester.js';

// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html (a deleted role shows as its unique ID)
ruleTester('POLICY_PRINCIPAL_DELETED', {
  valid: [{ name: 'an ARN', type: 'trust', policy: identity({ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:role/r' }, Action: 'sts:AssumeRole' }) }],
  invalid: [
    {
      name: 'a role unique id',
      type: 'trust',
      policy: identity({ Effect: 'Allow', Principal: { AWS: 'AROAJQABLZS4A7QSZZZZZ' }, Action: 'sts:AssumeRole' }),
      errors: [{ at: '"AROAJQABLZS4A7QSZZZZZ"', severity: 'warning', message: /deleted role/, fix: /arn:aws:iam::<account>:role\/<name>/ }],
    },
  ],
});
