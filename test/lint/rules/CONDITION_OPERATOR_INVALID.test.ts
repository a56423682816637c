// Table tests of CONDITION_OPERATOR_INVALID.
import { identity, ruleTester } from '../rule-tester.js';

const st = (Condition: object): object => identity({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Condition });

// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
ruleTester('CONDITION_OPERATOR_INVALID', {
  valid: [
    { name: 'operators with qualifiers and IfExists', policy: st({ 'ForAnyValue:StringLikeIfExists': { 'aws:TagKeys': 'a*' }, Bool: { 'aws:SecureTransport': 'true' }, Null: { 'aws:TokenIssueTime': 'true' } }) },
  ],
  invalid: [
    { name: 'a typo', policy: st({ StringEqual: { 'aws:PrincipalTag/team': 'a' } }), errors: [{ at: '"StringEqual"', message: 'Unknown condition operator StringEqual' }] },
    { name: 'wrong case', policy: st({ stringequals: { 'aws:PrincipalTag/team': 'a' } }), errors: [{ message: /did you mean StringEquals\?/, fix: 'Write StringEquals (operator names are case-sensitive)' }] },
    { name: 'NullIfExists', policy: st({ NullIfExists: { 'aws:TokenIssueTime': 'true' } }), errors: [{ message: /NullIfExists is not an operator/, fix: 'Use "Null"' }] },
    { name: 'a bad qualifier', policy: st({ 'ForAnyValues:StringEquals': { 'aws:TagKeys': 'a' } }), errors: [{ message: /Unknown set qualifier "ForAnyValues"/ }] },
  ],
});
