// Table tests of CONDITION_VALUE_TYPE_MISMATCH.
import { identity, ruleTester } from '../rule-tester.js';

const st = (Condition: object): object => identity({ Effect: 'Deny', Action: '*', Resource: '*', Condition });

// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html (Boolean, numeric, date, IP address, ARN operators)
ruleTester('CONDITION_VALUE_TYPE_MISMATCH', {
  valid: [
    {
      name: 'well-typed values',
      policy: st({
        Bool: { 'aws:SecureTransport': false }, NumericLessThan: { 'aws:MultiFactorAuthAge': '3600' },
        DateGreaterThan: { 'aws:CurrentTime': '2024-01-31T00:00:00Z' }, IpAddress: { 'aws:SourceIp': ['203.0.113.0/24', '2001:db8::/32'] },
        ArnLike: { 'aws:SourceArn': 'arn:aws:events:*:123456789012:rule/*' }, Null: { 'aws:TokenIssueTime': 'true' },
      }),
    },
  ],
  invalid: [
    { name: 'Bool yes', policy: st({ Bool: { 'aws:SecureTransport': 'yes' } }), errors: [{ at: '"yes"', message: 'Bool needs true or false, not "yes"', severity: 'warning' }] },
    { name: 'a bad CIDR', policy: st({ IpAddress: { 'aws:SourceIp': '10.0.0.300/8' } }), errors: [{ message: /IpAddress needs an IPv4 or IPv6 address/ }] },
    { name: 'a date', policy: st({ DateLessThan: { 'aws:CurrentTime': '31/01/2024' } }), errors: [{ message: /ISO 8601/ }] },
    { name: 'an ARN operator on an account id', policy: st({ ArnEquals: { 'aws:SourceAccount': '123456789012' } }), errors: [{ message: /ArnEquals needs an ARN/, fix: /StringEquals for text/ }] },
    { name: 'numeric', policy: st({ NumericGreaterThan: { 's3:max-keys': 'ten' } }), errors: [{ message: /needs a number/ }] },
  ],
});
