// Table tests of POLICY_SIZE_EXCEEDED.
import { identity, ruleTester } from '../rule-tester.js';

function big(n: number): object {
  return identity({ Effect: 'Allow', Action: 's3:GetObject', Resource: Array.from({ length: n }, (_, i) => `arn:aws:s3:::bucket-${String(i).padStart(5, '0')}/*`) });
}

// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html (managed policy 6,144; role trust policy 2,048; white space not counted)
ruleTester('POLICY_SIZE_EXCEEDED', {
  valid: [
    { name: 'a small policy', policy: big(10) },
    { name: 'an AWS managed policy is exempt', origin: 'aws-managed', policy: big(400) },
  ],
  invalid: [
    { name: 'over the managed-policy quota', policy: big(230), errors: [{ line: 1, column: 1, severity: 'warning', message: /over the 6144 allowed for a managed policy/ }] },
    { name: 'over any identity policy', policy: big(400), errors: [{ severity: 'error', message: /over the 10240 allowed/ }] },
    { name: 'a customer managed policy', origin: 'customer-managed', policy: big(230), errors: [{ severity: 'error', message: /6144 allowed for a customer managed policy/ }] },
  ],
});
