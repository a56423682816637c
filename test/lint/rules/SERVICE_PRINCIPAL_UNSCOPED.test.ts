// Table tests of SERVICE_PRINCIPAL_UNSCOPED (opt-in with --security).
import { identity, ruleTester } from '../rule-tester.js';

const fn = 'arn:aws:lambda:us-east-1:123456789012:function:f';

// https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html (aws:SourceArn, aws:SourceAccount)
ruleTester('SERVICE_PRINCIPAL_UNSCOPED', {
  valid: [
    { name: 'scoped by aws:SourceArn', type: 'resource', security: true, policy: identity({ Effect: 'Allow', Principal: { Service: 'events.amazonaws.com' }, Action: 'lambda:InvokeFunction', Resource: fn, Condition: { ArnLike: { 'aws:SourceArn': 'arn:aws:events:us-east-1:123456789012:rule/r' } } }) },
    { name: 'not reported without --security', type: 'resource', policy: identity({ Effect: 'Allow', Principal: { Service: 'events.amazonaws.com' }, Action: 'lambda:InvokeFunction', Resource: fn }) },
  ],
  invalid: [
    {
      name: 'events.amazonaws.com without a source',
      type: 'resource', security: true,
      policy: identity({ Effect: 'Allow', Principal: { Service: 'events.amazonaws.com' }, Action: 'lambda:InvokeFunction', Resource: fn }),
      errors: [{ at: '"events.amazonaws.com"', severity: 'warning', fix: /aws:SourceArn/ }],
    },
  ],
});
