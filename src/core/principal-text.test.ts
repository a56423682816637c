import { describe, expect, it } from 'vitest';
import { classifyPrincipal } from './principal-text.js';

// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html
describe('classifyPrincipal', () => {
  it.each([
    ['*', { kind: 'anonymous' }],
    ['111122223333', { kind: 'root', account: '111122223333' }],
    ['events.amazonaws.com', { kind: 'service', service: 'events.amazonaws.com' }],
    ['arn:aws:iam::111122223333:root', { kind: 'root', account: '111122223333' }],
    ['arn:aws:iam::111122223333:user/ops/bob', { kind: 'user', name: 'bob' }],
    ['arn:aws:iam::111122223333:role/aws-service-role/elasticloadbalancing.amazonaws.com/AWSServiceRoleForElasticLoadBalancing', { kind: 'role', name: 'AWSServiceRoleForElasticLoadBalancing', serviceLinked: true }],
    ['arn:aws:iam::111122223333:role/app', { kind: 'role', name: 'app', serviceLinked: false }],
    ['arn:aws:sts::111122223333:assumed-role/app/i-0123', { kind: 'assumed-role', roleName: 'app', sessionName: 'i-0123' }],
    ['arn:aws:sts::111122223333:federated-user/carol', { kind: 'federated-user', name: 'carol' }],
    ['arn:aws:iam::111122223333:saml-provider/CorpADFS', { kind: 'saml-provider' }],
    ['arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com', { kind: 'oidc-provider' }],
  ])('%s', (text, expected) => {
    expect(classifyPrincipal(text)).toMatchObject(expected);
  });

  it.each([
    ['alice', 'is not an ARN'],
    ['arn:aws:iam::11223344:user/brian', 'not 12 digits'],
    ['arn:aws:sts::111122223333:assumed-role/NoSession', 'assumed-role/ROLE/SESSION'],
    ['arn:aws:s3:::bucket', 'not 12 digits'],
  ])('refuses %s', (text, reason) => {
    const c = classifyPrincipal(text);
    expect(c.kind).toBe('invalid');
    if (c.kind === 'invalid') expect(c.reason).toContain(reason);
  });
});
