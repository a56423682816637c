// Table tests of SID_DUPLICATE.
import { identity, ruleTester } from '../rule-tester.js';

const st = (Sid: string): object => ({ Sid, Effect: 'Allow', Action: 's3:ListBucket', Resource: 'arn:aws:s3:::b' });

// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_sid.html ("the Sid value must be unique within a JSON policy")
ruleTester('SID_DUPLICATE', {
  valid: [{ name: 'distinct Sids', policy: identity(st('A'), st('B')) }],
  invalid: [
    { name: 'the same Sid twice', policy: identity(st('A'), st('B'), st('A')), errors: [{ path: '$.Statement[2].Sid', line: 17, column: 14, message: 'Sid "A" is already used by Statement[0]' }] },
  ],
});
