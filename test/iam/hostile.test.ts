// Hostile inputs: huge policies, pathological wildcards, absurd shapes. A clear answer, never a crash or a hang.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/iam/evaluate.js';
import { inputFromDocuments } from '../../src/iam/from-documents.js';

const A = '111122223333';
const USER = `arn:aws:iam::${A}:user/alice`;

describe('hostile inputs', () => {
  it('decides on a policy of 20,000 statements', () => {
    const Statement = Array.from({ length: 20_000 }, (_, i) => ({ Effect: 'Allow', Action: `s3:GetObject`, Resource: `arn:aws:s3:::bucket-${i}/*` }));
    const d = evaluate(inputFromDocuments({ principal: USER, action: 's3:GetObject', resource: 'arn:aws:s3:::bucket-19999/k', resourceAccount: A }, { identity: [{ Version: '2012-10-17', Statement }] }));
    expect(d.decision).toBe('Allow');
  });

  // Backtracking matchers take exponential time on these; ours are linear (no regex).
  it('matches pathological wildcards against long resources', () => {
    const pattern = `arn:aws:s3:::${'a*'.repeat(40)}b`;
    const resource = `arn:aws:s3:::${'a'.repeat(50_000)}`;
    const d = evaluate(inputFromDocuments({ principal: USER, action: 's3:GetObject', resource, resourceAccount: A }, {
      identity: [{ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: pattern }] }],
    }));
    expect(d.decision).toBe('ImplicitDeny');
    const hit = evaluate(inputFromDocuments({ principal: USER, action: 's3:GetObject', resource: `${resource}b`, resourceAccount: A }, {
      identity: [{ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: pattern }] }],
    }));
    expect(hit.decision).toBe('Allow');
  });

  it('matches pathological StringLike values and action wildcards', () => {
    const d = evaluate(inputFromDocuments({ principal: USER, action: 's3:GetObject', resource: '*', context: { 's3:prefix': 'x'.repeat(100_000) } }, {
      identity: [{ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: `s3:${'*?'.repeat(200)}`, Resource: '*', Condition: { StringLike: { 's3:prefix': `${'*x'.repeat(300)}y` } } }] }],
    }));
    expect(d.decision).toBe('ImplicitDeny');
  });

  it.each([
    ['a number', 42],
    ['an array', [1, 2]],
    ['Statement as a string', { Version: '2012-10-17', Statement: 'Allow everything' }],
    ['Action as an object', { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: { s3: '*' }, Resource: '*' }] }],
    ['Condition as a list', { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*', Condition: ['x'] }] }],
    ['deeply nested values', { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*', Condition: { StringEquals: { k: [[[[[['v']]]]]] } } }] }],
  ])('never reads %s as allowing', (_name, doc) => {
    const d = evaluate(inputFromDocuments({ principal: USER, action: 's3:GetObject', resource: 'arn:aws:s3:::b/k', resourceAccount: A }, { identity: [doc] }));
    expect(d.decision).not.toBe('Allow');
  });
});
