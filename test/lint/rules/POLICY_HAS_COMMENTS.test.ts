// Table tests of POLICY_HAS_COMMENTS.
import { ruleTester } from '../rule-tester.js';

// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html (JSON has no comments; AWS rejects them)
ruleTester('POLICY_HAS_COMMENTS', {
  valid: [
    { name: 'no comments; // inside a string is text', policy: '{"Version": "2012-10-17", "Statement": [{"Sid": "x", "Effect": "Allow", "Action": "*", "Resource": "arn:aws:s3:::b//k"}]}' },
  ],
  invalid: [
    {
      name: 'line and block comments, each reported',
      policy: '{"Version": "2012-10-17", // note\n"Statement": [ /* a */ {"Effect": "Allow", "Action": "*", "Resource": "*"}]}',
      errors: [
        { at: '// note', message: /^Comment "\/\/ note": AWS rejects comments/, fix: 'Remove the comment; use a Sid to label a statement' },
        { at: '/* a */', message: /^Comment "\/\* a \*\/"/ },
      ],
    },
  ],
});
