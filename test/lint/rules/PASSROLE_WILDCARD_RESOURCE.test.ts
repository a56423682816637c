// Table tests of PASSROLE_WILDCARD_RESOURCE.
import { identity, ruleTester } from '../rule-tester.js';

// https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html (security warning: pass role with star in resource)
// https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html
ruleTester('PASSROLE_WILDCARD_RESOURCE', {
  valid: [
    { name: 'named roles', policy: identity({ Effect: 'Allow', Action: 'iam:PassRole', Resource: 'arn:aws:iam::123456789012:role/app-*' }) },
    { name: 'iam:* and * are deliberate full grants', policy: identity({ Effect: 'Allow', Action: ['iam:*'], Resource: '*' }) },
    { name: 'a Deny', policy: identity({ Effect: 'Deny', Action: 'iam:PassRole', Resource: '*' }) },
  ],
  invalid: [
    { name: 'PassRole on *', policy: identity({ Effect: 'Allow', Action: ['ec2:RunInstances', 'iam:PassRole'], Resource: '*' }), errors: [{ path: '$.Statement[0].Resource', at: '"*"', severity: 'warning', fix: /iam:PassedToService/ }] },
    { name: 'iam:Pass* with NotResource', policy: identity({ Effect: 'Allow', Action: 'iam:Pass*', NotResource: 'arn:aws:iam::123456789012:role/admin' }), errors: [{ at: '"NotResource"' }] },
  ],
});
