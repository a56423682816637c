// Names as path segments: percent-encoded, case preserved, never `.` or `..`.
import { describe, expect, it } from 'vitest';
import { encodeName, lastSegment } from './paths.js';

describe('encodeName', () => {
  it.each([
    ['prod/db/password', 'prod%2Fdb%2Fpassword'],
    ['/aws/lambda/MyFunc', '%2Faws%2Flambda%2FMyFunc'],
    ['My.Bucket-Name', 'My.Bucket-Name'],
    ['a b:c', 'a%20b%3Ac'],
    ['star*', 'star%2A'],
    ['.', '%2E'],
    ['..', '%2E%2E'],
  ])('%s -> %s', (name, encoded) => {
    expect(encodeName(name)).toBe(encoded);
    expect(decodeURIComponent(encoded)).toBe(name);
  });
});

describe('lastSegment', () => {
  it('takes the topic name of an ARN and the queue name of a URL', () => {
    expect(lastSegment('arn:aws:sns:us-east-1:111122223333:alerts')).toBe('alerts');
    expect(lastSegment('https://sqs.us-east-1.amazonaws.com/111122223333/jobs.fifo')).toBe('jobs.fifo');
  });
});
