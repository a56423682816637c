// LAMBDA_POLICY_MISSING_SERVICE_INVOKE: a rule targets a function (no RoleArn) whose function policy does not let events.amazonaws.com invoke it.
import { findResource } from '../../snapshot/index.js';
import { allRules, targetService } from '../aws/events.js';
import { ask } from '../aws/service-access.js';
import { fill, type Check } from '../types.js';

const FIX = 'aws lambda add-permission --function-name {fn} --statement-id {sid} --action lambda:InvokeFunction --principal events.amazonaws.com --source-arn {rule}. The execution role does not control who can invoke.';

/** The check. */
export const check: Check = {
  meta: {
    code: 'LAMBDA_POLICY_MISSING_SERVICE_INVOKE', severity: 'error', title: 'The function policy does not let EventBridge invoke the function',
    needs: ['R/ev/rules/<r>/list-targets-by-rule', 'R/lam/functions/<f>/get-policy', 'R/lam/list-functions'],
    fix: fill(FIX, { fn: '<f>', sid: '<id>', rule: '<rule-arn>' }),
    docs: 'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-use-resource-based.html',
  },
  check({ ctx, report, notChecked }) {
    for (const { rule, targets } of allRules(ctx)) {
      for (const t of targets ?? []) {
        if (targetService(t.arn) !== 'lambda' || t.roleArn) continue;
        const f = findResource(ctx.snapshot, t.arn);
        if (f.kind !== 'lambda-function') {
          notChecked(`${rule.ref.dir}/lambda/list-functions.json`, `whether ${t.arn} (target of rule ${rule.name}) lets EventBridge invoke it: ${f.kind === 'unknown' ? f.reason : 'not a function'}`, t.arn);
          continue;
        }
        if (f.policy.state !== 'collected') {
          notChecked(f.policy.file, `whether function ${f.resource.name} lets rule ${rule.name} invoke it`, t.arn);
          continue;
        }
        const a = ask(ctx, 'events.amazonaws.com', 'lambda:InvokeFunction', t.arn, { 'aws:SourceArn': rule.arn, 'aws:SourceAccount': rule.ref.account });
        if (a.kind !== 'refused') continue;
        const name = f.resource.name;
        report({
          message: `Rule ${rule.name} targets function ${name}, but its function policy does not allow events.amazonaws.com lambda:InvokeFunction from ${rule.arn}${f.policy.value ? '' : ' (the function has no resource-based policy)'}.`,
          fix: fill(FIX, { fn: name, sid: `${rule.name}-invoke`.slice(0, 100), rule: rule.arn }), resource: f.resource.arn,
          location: { file: f.policy.file, jsonPath: '$.Policy' }, related: [{ file: t.file, jsonPath: t.jsonPath }, ...a.refusal.statements],
          evidence: a.refusal.evidence,
        });
      }
    }
  },
};
