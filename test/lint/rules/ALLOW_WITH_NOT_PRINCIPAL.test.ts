// Table tests of ALLOW_WITH_NOT_PRINCIPAL.
import { identity, ruleTester } from '../rule-tester.js';

// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notprincipal.html (NotPrincipal with Allow: strongly recommended against)
ruleTester('ALLOW_WITH_NOT_PRINCIPAL', {
  valid: [{ name: 'Deny with NotPrincipal', type: 'resource', policy: identity({ Effect: 'Deny', NotPrincipal: { AWS: 'arn:aws:iam::123456789012:root' }, Action: 's3:*', Resource: 'arn:aws:s3:::b/*' }) }],
  invalid: [
    {
      name: 'Allow with NotPrincipal',
      type: 'resource',
      policy: identity({ Effect: 'Allow', NotPrincipal: { AWS: 'arn:aws:iam::123456789012:root' }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }),
      errors: [{ at: '"NotPrincipal"', severity: 'warning', message: /anonymous users included/ }],
    },
  ],
});
