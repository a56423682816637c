// EVENTS_TARGET_NOT_AUTHORIZED: EventBridge cannot deliver to an SNS/SQS target (resource policy) or through the target's RoleArn.
import { findResource } from '../../snapshot/index.js';
import { allRules, TARGET_ACTION, targetService } from '../aws/events.js';
import { ask, type Asked } from '../aws/service-access.js';
import { fill, type Check } from '../types.js';

const FIX = 'Allow Service events.amazonaws.com {action} in the policy of {target} (Condition ArnEquals aws:SourceArn={rule}), or set a target RoleArn whose role trusts events.amazonaws.com and allows {action} on {target}.';
const POLICY_TARGETS = new Set(['sns', 'sqs']);
const ROLE_OPTIONAL = new Set(['lambda', 'sns', 'sqs', 'logs']);

/** The check. */
export const check: Check = {
  meta: {
    code: 'EVENTS_TARGET_NOT_AUTHORIZED', severity: 'error', title: 'EventBridge is not authorized to deliver to the target',
    needs: ['R/ev/rules/<r>/list-targets-by-rule', 'R/sns/topics/<t>/get-topic-attributes', 'R/sqs/queues/<q>/get-queue-attributes', 'AUTH'],
    fix: fill(FIX, { action: '<action>', target: '<target>', rule: '<rule-arn>' }),
    docs: 'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-use-resource-based.html',
  },
  check({ ctx, report, notChecked }) {
    for (const { rule, targets } of allRules(ctx)) {
      for (const t of targets ?? []) {
        const svc = targetService(t.arn);
        const action = TARGET_ACTION[svc];
        if (!action) continue;
        const fix = fill(FIX, { action, target: t.arn, rule: rule.arn });
        const loc = { file: t.file, jsonPath: t.jsonPath };
        const fail = (message: string, a?: Asked): void => report({ message, fix, resource: t.arn, location: loc, related: a?.kind === 'refused' ? a.refusal.statements : [], evidence: a?.kind === 'refused' ? a.refusal.evidence : [] });
        if (t.roleArn) {
          const trust = ask(ctx, 'events.amazonaws.com', 'sts:AssumeRole', t.roleArn, { 'aws:SourceArn': rule.arn, 'aws:SourceAccount': rule.ref.account });
          if (trust.kind === 'unknown') notChecked(`${t.roleArn.split(':')[4] ?? ''}/iam/get-account-authorization-details.json`, `whether role ${t.roleArn} of rule ${rule.name} trusts events.amazonaws.com: ${trust.reason}`, t.arn);
          else if (trust.kind === 'refused') fail(`Rule ${rule.name} delivers to ${t.arn} through role ${t.roleArn}, whose trust policy does not allow events.amazonaws.com sts:AssumeRole.`, trust);
          else {
            const act = ask(ctx, t.roleArn, action, t.arn);
            if (act.kind === 'refused') fail(`Rule ${rule.name} delivers to ${t.arn} through role ${t.roleArn}, which is not allowed ${action} on it.`, act);
          }
          continue;
        }
        if (POLICY_TARGETS.has(svc)) {
          const f = findResource(ctx.snapshot, t.arn);
          if (f.kind === 'unknown' || f.kind === 'iam-role') { notChecked(`${rule.ref.dir}/${svc}/`, `whether ${t.arn} lets rule ${rule.name} deliver`, t.arn); continue; }
          if (f.policy.state !== 'collected') { notChecked(f.policy.file, `whether ${t.arn} lets rule ${rule.name} deliver`, t.arn); continue; }
          const a = ask(ctx, 'events.amazonaws.com', action, t.arn, { 'aws:SourceArn': rule.arn, 'aws:SourceAccount': rule.ref.account });
          if (a.kind === 'refused') fail(`Rule ${rule.name} targets ${t.arn} without a RoleArn, and its ${svc === 'sns' ? 'topic' : 'queue'} policy does not allow events.amazonaws.com ${action} from ${rule.arn}.`, a);
          continue;
        }
        if (!ROLE_OPTIONAL.has(svc)) fail(`Rule ${rule.name} targets ${t.arn} (${svc}) without a RoleArn: EventBridge needs an execution role to call ${action}.`);
      }
    }
  },
};
