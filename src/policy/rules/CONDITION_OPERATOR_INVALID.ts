// CONDITION_OPERATOR_INVALID: a condition operator IAM does not know (a typo, a bad qualifier, or NullIfExists).
import { parseOperator } from '../catalog/operators.js';
import { defineRule } from './define.js';
import { statementPath } from './walk.js';

/** Reports each unknown condition operator once per statement. */
export const rule = defineRule({
  code: 'CONDITION_OPERATOR_INVALID',
  severity: 'error',
  description: 'A Condition operator must be one of the IAM operators (StringEquals, ArnLike, Bool, IpAddress, ...), optionally prefixed by ForAnyValue: or ForAllValues: and suffixed by IfExists (except Null). AWS rejects any other.',
  messages: {
    default: 'Unknown condition operator {operator}{suggestion}',
    nullIfExists: 'NullIfExists is not an operator: Null already tests whether the key exists',
    qualifier: 'Unknown set qualifier "{qualifier}" in {operator}: use ForAnyValue or ForAllValues',
  },
  fix: 'Use an operator of the IAM condition operator list{suggestion}',
  docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html',
}, (ctx) => {
  for (const st of ctx.doc.statements) {
    const seen = new Set<string>();
    for (const c of st.conditions) {
      if (seen.has(c.operator)) continue;
      seen.add(c.operator);
      const op = parseOperator(c.operator);
      if (!('problem' in op)) continue;
      const path = `${statementPath(st)}.Condition.${c.operator}`;
      if (op.problem === 'null-if-exists') ctx.report({ path, key: true, messageId: 'nullIfExists', fix: 'Use "Null"' });
      else if (op.problem === 'bad-qualifier') ctx.report({ path, key: true, messageId: 'qualifier', data: { qualifier: op.qualifier, operator: c.operator }, fix: 'Use ForAnyValue: or ForAllValues:' });
      else {
        ctx.report({
          path, key: true, data: { operator: c.operator, suggestion: op.suggestion ? `; did you mean ${op.suggestion}?` : '' },
          fix: op.suggestion ? `Write ${op.suggestion} (operator names are case-sensitive)` : 'Use an operator of the IAM condition operator list',
        });
      }
    }
  }
});
