// --expect parsing: every documented form, the README's bare FUNCTION=ACTION shorthand, and errors that name the problem.
import { describe, expect, it } from 'vitest';
import { parseExpectation } from '../../src/doctor/index.js';

describe('parseExpectation', () => {
  it.each([
    ['lambda:terminate-unauthorized-instances=ec2:TerminateInstances', { kind: 'lambda-action', fn: 'terminate-unauthorized-instances', actions: ['ec2:TerminateInstances'], resource: '*' }],
    ['terminate-unauthorized-instances=ec2:TerminateInstances', { kind: 'lambda-action', fn: 'terminate-unauthorized-instances', actions: ['ec2:TerminateInstances'], resource: '*' }],
    ['lambda:f=s3:GetObject,s3:PutObject@arn:aws:s3:::b/*', { kind: 'lambda-action', fn: 'f', actions: ['s3:GetObject', 's3:PutObject'], resource: 'arn:aws:s3:::b/*' }],
    ['lambda:f=secret:prod/db', { kind: 'lambda-secret', fn: 'f', secret: 'prod/db' }],
    ['instance:i-123=logs', { kind: 'instance-logs', instance: 'i-123' }],
    ['instance:i-123=logs:/app/web', { kind: 'instance-logs', instance: 'i-123', logGroup: '/app/web' }],
    ['principal:arn:aws:iam::111122223333:user/a=s3:GetObject@arn:aws:s3:::b/k', { kind: 'principal-action', principal: 'arn:aws:iam::111122223333:user/a', action: 's3:GetObject', resource: 'arn:aws:s3:::b/k' }],
    ['reach:i-1=10.0.0.5:tcp/5432', { kind: 'reach', from: 'i-1', to: '10.0.0.5', protocol: 'tcp', port: 5432 }],
  ])('%s', (text, want) => {
    const r = parseExpectation(text);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value).toMatchObject(want);
  });
  it.each(['lambda:f', 'instance:i-1=metrics', 'reach:a=b:tcp', 'bogus:x=y', 'lambda:f=not an action'])('rejects %s', (text) => {
    const r = parseExpectation(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(text);
  });
});
