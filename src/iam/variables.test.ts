import { describe, expect, it } from 'vitest';
import { makeContext } from './context.js';
import { compileArnPattern, compilePattern, parseTemplate } from './variables.js';

const ctx = makeContext({
  'aws:username': 'bob',
  'aws:PrincipalTag/team': 'red',
  'aws:PrincipalTag/star': 'a*b',
  'aws:userid': 'AIDAEXAMPLE',
  'aws:TagKeys': ['a', 'b'],
  'aws:PrincipalTag/single-list': ['only'],
  's3:prefix': 'home/bob/',
});
const like = { variables: true, wildcards: true };
const equals = { variables: true, wildcards: false };

// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html#policy-vars-using-variables
describe('policy variables', () => {
  it.each([
    // "the policy variables are replaced with values that come from the conditional context keys"
    ['home/${aws:username}/*', 'home/bob/x', true],
    ['home/${aws:username}/*', 'home/alice/x', false],
    // "Key names are case-insensitive."
    ['home/${AWS:UserName}/*', 'home/bob/x', true],
    ['${aws:PrincipalTag/team}-bucket', 'red-bucket', true],
    ['${aws:username}${aws:PrincipalTag/team}', 'bobred', true],
    // A substituted value is literal text, never a wildcard.
    ['x/${aws:PrincipalTag/star}', 'x/a*b', true],
    ['x/${aws:PrincipalTag/star}', 'x/aXb', false],
    // Malformed references stay literal text.
    ['${aws:username', '${aws:username', true],
    ['${}', '${}', true],
  ])('StringLike %j against %j is %s', (pattern, value, expected) => {
    expect(compilePattern(pattern, like).match(value, ctx)).toBe(expected);
  });

  // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html#policy-vars-no-value
  // "When you use a variable with no value in the condition element ... StringEquals or StringLike do not match"
  // and "You can't use a multivalued condition key as a variable."
  it.each([
    ['home/${aws:PrincipalTag/missing}/*', 'home//x'],
    ['home/${aws:PrincipalTag/missing}/*', 'home/${aws:PrincipalTag/missing}/x'],
    ['${aws:TagKeys}', 'a'],
    ['${aws:PrincipalTag/single-list}', 'only'],
    ['*${aws:nothing}*', 'anything'],
  ])('a variable with no value makes %j match nothing (%j)', (pattern, value) => {
    const p = compilePattern(pattern, like);
    expect(p.match(value, ctx)).toBe(false);
    expect(p.resolve(ctx).ok).toBe(false);
  });

  // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html#policy-vars-default-values
  // "surround the default value with single quotes (' '), and separate the variable text and the default value with a comma and space"
  it.each([
    ["arn:aws:s3:::bucket-${aws:PrincipalTag/team, 'company-wide'}", 'arn:aws:s3:::bucket-red', true],
    ["arn:aws:s3:::bucket-${aws:PrincipalTag/other, 'company-wide'}", 'arn:aws:s3:::bucket-company-wide', true],
    ["arn:aws:s3:::bucket-${aws:PrincipalTag/other, 'company-wide'}", 'arn:aws:s3:::bucket-red', false],
    ["${aws:TagKeys, 'dflt'}", 'dflt', true],
    ["${aws:userid,'anonymous'}", 'AIDAEXAMPLE', true],
    ["${aws:nothing , 'it''s'}", "it's", true],
    ["${aws:nothing, 'a}b'}", 'a}b', true],
    ["${aws:nothing, '*'}", '*', true],
    ["${aws:nothing, '*'}", 'x', false],
    ["${aws:nothing, ''}x", 'x', true],
  ])('default: %j against %j is %s', (pattern, value, expected) => {
    expect(compilePattern(pattern, like).match(value, ctx)).toBe(expected);
  });

  // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html#policy-vars-specialchars
  // "${*} - use where you need an * (asterisk) character", likewise ${?} and ${$}
  it.each([
    ['a${*}b', 'a*b', true],
    ['a${*}b', 'aXb', false],
    ['a${?}b', 'a?b', true],
    ['a${?}b', 'aXb', false],
    ['cost${$}', 'cost$', true],
    ['${$}{aws:username}', '${aws:username}', true],
    ['a${*}*', 'a*anything', true],
  ])('escape %j against %j is %s', (pattern, value, expected) => {
    const p = compilePattern(pattern, like);
    expect(p.hasVariables).toBe(false);
    expect(p.match(value, ctx)).toBe(expected);
  });

  // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html
  // "If you don't include the Version element ... variables like ${aws:username} are treated as literal strings"
  it.each([
    ['home/${aws:username}', 'home/${aws:username}', true],
    ['home/${aws:username}', 'home/bob', false],
    ['a${*}b', 'a${Xanything}b', true],
  ])('without variables %j against %j is %s', (pattern, value, expected) => {
    expect(compilePattern(pattern, { variables: false, wildcards: true }).match(value, ctx)).toBe(expected);
  });

  it('StringEquals treats a written * as literal', () => {
    expect(compilePattern('a*', equals).match('a*', ctx)).toBe(true);
    expect(compilePattern('a*', equals).match('ab', ctx)).toBe(false);
    expect(compilePattern('${aws:username}', equals).match('bob', ctx)).toBe(true);
    expect(compilePattern('${aws:username}', { ...equals, ignoreCase: true }).match('BOB', ctx)).toBe(true);
  });

  it('resolves for explanations', () => {
    expect(compilePattern('home/${aws:username}/*', like).resolve(ctx)).toEqual({ ok: true, text: 'home/bob/*' });
    expect(compilePattern('home/${aws:nope}/*', like).resolve(ctx)).toEqual({ ok: false, missing: 'aws:nope' });
    expect(compilePattern('home/${aws:username}/*', like).variableKeys).toEqual(['aws:username']);
  });

  it('follows the request context from one call to the next', () => {
    const p = compilePattern('${aws:username}', equals);
    expect(p.match('bob', ctx)).toBe(true);
    expect(p.match('alice', makeContext({ 'aws:username': 'alice' }))).toBe(true);
    expect(p.match('bob', makeContext({ 'aws:username': 'alice' }))).toBe(false);
  });

  it('parses templates', () => {
    expect(parseTemplate("a${x:y, 'd'}*${?}", like)).toEqual(['a', { key: 'x:y', lower: 'x:y', fallback: 'd' }, 0, '?']);
  });
});

// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html#reference_policies_elements_resource_variables
// "you can use JSON policy variables in the part of the ARN that identifies the specific resource"
describe('compileArnPattern', () => {
  it.each([
    ['arn:aws:dynamodb:us-east-2:111122223333:table/${aws:username}', 'arn:aws:dynamodb:us-east-2:111122223333:table/bob', true],
    ['arn:aws:dynamodb:us-east-2:111122223333:table/${aws:username}', 'arn:aws:dynamodb:us-east-2:111122223333:table/Bob', false],
    ['arn:aws:s3:::bucket/${aws:PrincipalTag/team}/*', 'arn:aws:s3:::bucket/red/x', true],
    ['arn:aws:s3:::bucket/${aws:PrincipalTag/none}/*', 'arn:aws:s3:::bucket//x', false],
    ['arn:aws:sqs:us-east-2:*:${aws:username}-queue', 'arn:aws:sqs:us-east-2:111122223333:bob-queue', true],
    ['*', 'arn:aws:s3:::x', true],
  ])('%j against %j is %s', (pattern, value, expected) => {
    expect(compileArnPattern(pattern, { variables: true }).match(value, ctx)).toBe(expected);
  });

  it('keeps the ArnLike component rule in condition mode', () => {
    const p = compileArnPattern('arn:aws:dynamodb:*:table/prod-*', { variables: true, mode: 'condition' });
    expect(p.match('arn:aws:dynamodb:us-east-1:111122223333:table/prod-x', ctx)).toBe(false);
    const r = compileArnPattern('arn:aws:dynamodb:*:table/prod-*', { variables: true });
    expect(r.match('arn:aws:dynamodb:us-east-1:111122223333:table/prod-x', ctx)).toBe(true);
  });

  it('shares compiled literal patterns', () => {
    expect(compileArnPattern('arn:aws:s3:::b/*', { variables: true })).toBe(compileArnPattern('arn:aws:s3:::b/*', { variables: true }));
  });
});

describe('hostile pattern text', () => {
  it('parses long runs of unterminated references in bounded time', () => {
    const text = '${'.repeat(50_000);
    expect(compilePattern(text, like).match(text, ctx)).toBe(true);
    const quotes = "${a, '".repeat(20_000);
    expect(compilePattern(quotes, like).match(quotes, ctx)).toBe(true);
    // The last reference closes: its default is the text between the quotes.
    expect(compilePattern(`${quotes}}`, like).resolve(ctx)).toEqual({ ok: true, text: `${"${a, '".repeat(19_998)}\${a, ` });
  });
});
