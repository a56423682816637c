// Table tests of PRINCIPAL_ELEMENT_MISPLACED.
import { identity, ruleTester } from '../rule-tester.js';

// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html
ruleTester('PRINCIPAL_ELEMENT_MISPLACED', {
  valid: [
    { name: 'identity policy without Principal', type: 'identity', policy: identity({ Effect: 'Allow', Action: '*', Resource: '*' }) },
    { name: 'bucket policy with Principal', type: 'resource', policy: identity({ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:root' }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }) },
  ],
  invalid: [
    {
      name: 'Principal in an identity policy',
      type: 'identity',
      policy: identity({ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' }),
      errors: [{ at: '"Principal"', path: '$.Statement[0].Principal', message: 'Principal is not allowed in identity policies', fix: /Identity policies never have Principal/ }],
    },
    {
      name: 'trust policy without Principal',
      type: 'trust',
      policy: identity({ Effect: 'Allow', Action: 'sts:AssumeRole' }),
      errors: [{ path: '$.Statement[0]', message: 'Statement[0] has no Principal, which trust policies require', fix: /naming who may assume the role/ }],
    },
    {
      name: 'NotPrincipal in an SCP',
      type: 'scp',
      policy: identity({ Effect: 'Deny', NotPrincipal: { AWS: 'arn:aws:iam::123456789012:root' }, Action: '*', Resource: '*' }),
      errors: [{ at: '"NotPrincipal"', message: 'NotPrincipal is not allowed in service control policies' }],
    },
  ],
});
