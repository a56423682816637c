// Table tests of ACCOUNT_ID_INVALID.
import { identity, ruleTester } from '../rule-tester.js';

// https://docs.aws.amazon.com/accounts/latest/reference/manage-acct-identifiers.html (a 12-digit number)
ruleTester('ACCOUNT_ID_INVALID', {
  valid: [
    { name: '12 digits, wildcards, aws', policy: identity({ Effect: 'Allow', Action: '*', Resource: ['arn:aws:iam::012345678901:role/r', 'arn:aws:iam::*:role/r', 'arn:aws:iam::aws:policy/ReadOnlyAccess'] }) },
  ],
  invalid: [
    {
      name: 'eight digits in a principal (seed S9 bucket policy)',
      type: 'resource',
      policy: identity({ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::11223344:user/brian' }, Action: 's3:*', Resource: 'arn:aws:s3:::b/*' }),
      errors: [{ at: '"arn:aws:iam::11223344:user/brian"', message: 'Account id "11223344" in arn:aws:iam::11223344:user/brian is not 12 digits', fix: 'Use the 12-digit account ID, keeping leading zeros' }],
    },
    {
      name: 'a placeholder in a resource (seed S11)',
      policy: identity({ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: 'arn:aws:iam::PRODUCTION_ACCOUNT-ID:role/ROLE-NAME' }),
      errors: [{ path: '$.Statement[0].Resource', message: /is a placeholder/ }],
    },
    {
      name: 'a bare number principal and an account condition',
      type: 'resource',
      policy: identity({ Effect: 'Allow', Principal: { AWS: '1234' }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*', Condition: { StringEquals: { 'aws:SourceAccount': '98765' } } }),
      errors: [{ at: '"1234"' }, { at: '"98765"', message: /Account id "98765"/ }],
    },
  ],
});
