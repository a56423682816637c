// Table tests of FEDERATION_ACTION_MISMATCH.
import { identity, ruleTester } from '../rule-tester.js';

const saml = 'arn:aws:iam::123456789012:saml-provider/ADFS';
const oidc = 'arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com';

// https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-idp_saml.html (sts:AssumeRoleWithSAML)
// https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-idp_oidc.html (sts:AssumeRoleWithWebIdentity)
ruleTester('FEDERATION_ACTION_MISMATCH', {
  valid: [
    { name: 'SAML with AssumeRoleWithSAML and TagSession', type: 'trust', policy: identity({ Effect: 'Allow', Principal: { Federated: saml }, Action: ['sts:AssumeRoleWithSAML', 'sts:TagSession'] }) },
    { name: 'OIDC with AssumeRoleWithWebIdentity', type: 'trust', policy: identity({ Effect: 'Allow', Principal: { Federated: oidc }, Action: 'sts:AssumeRoleWithWebIdentity' }) },
    { name: 'a service with AssumeRole', type: 'trust', policy: identity({ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }) },
  ],
  invalid: [
    {
      name: 'SAML provider with AssumeRole',
      type: 'trust',
      policy: identity({ Effect: 'Allow', Principal: { Federated: saml }, Action: 'sts:AssumeRole' }),
      errors: [{ at: '"sts:AssumeRole"', message: `sts:AssumeRole cannot be used by a SAML provider: ${saml} needs sts:AssumeRoleWithSAML`, fix: /Use "Action": "sts:AssumeRoleWithSAML"/ }],
    },
    {
      name: 'web identity with AssumeRoleWithSAML',
      type: 'trust',
      policy: identity({ Effect: 'Allow', Principal: { Federated: 'accounts.google.com' }, Action: 'sts:AssumeRoleWithSAML' }),
      errors: [{ message: /needs sts:AssumeRoleWithWebIdentity/ }],
    },
    {
      name: 'an AWS principal with AssumeRoleWithWebIdentity',
      type: 'trust',
      policy: identity({ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:root' }, Action: 'sts:AssumeRoleWithWebIdentity' }),
      errors: [{ message: /needs sts:AssumeRole$/ }],
    },
  ],
});
