// EVENTS_RULE_INACTIVE: the rule is disabled, has no target, or matches CloudTrail API calls on a bus that never receives them.
import { allRules } from '../aws/events.js';
import type { Check } from '../types.js';

/** The check. */
export const check: Check = {
  meta: {
    code: 'EVENTS_RULE_INACTIVE', severity: 'error', title: 'The EventBridge rule can never trigger its target',
    needs: ['R/ev/list-rules', 'R/ev/rules/<r>/list-targets-by-rule'],
    fix: 'aws events enable-rule --name <r>; add a target with put-targets',
    docs: 'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-service-event.html',
  },
  check({ ctx, report, notChecked }) {
    for (const r of ctx.regions()) {
      const c = ctx.raw(r, 'events/list-rules.json');
      if (c.state !== 'collected' && r.data.raw.has('cloudtrail/describe-trails.json')) notChecked(c.file, `the EventBridge rules of ${r.region}`);
    }
    for (const { rule, targets, targetsFile } of allRules(ctx)) {
      const loc = { file: rule.file, jsonPath: rule.jsonPath };
      if (rule.state.startsWith('DISABLED')) {
        report({ message: `Rule ${rule.name} is ${rule.state}: it matches no events, so its targets are never invoked.`, fix: `aws events enable-rule --name ${rule.name}${rule.bus !== 'default' ? ` --event-bus-name ${rule.bus}` : ''}`, resource: rule.arn, location: { ...loc, jsonPath: `${rule.jsonPath}.State` }, evidence: [`${rule.file}: State ${rule.state}`] });
      }
      if (!targets) notChecked(targetsFile, `whether rule ${rule.name} has a target`, rule.arn);
      else if (targets.length === 0) {
        report({ message: `Rule ${rule.name} has no target: matching events go nowhere.`, fix: `aws events put-targets --rule ${rule.name} --targets Id=1,Arn=<target-arn>`, resource: rule.arn, location: { file: targetsFile, jsonPath: '$.Targets' }, related: [loc], evidence: [`${targetsFile}: Targets []`] });
      }
      if (rule.bus !== 'default' && !rule.bus.endsWith(':event-bus/default') && rule.pattern && /AWS API Call via CloudTrail/.test(rule.pattern)) {
        report({ message: `Rule ${rule.name} matches "AWS API Call via CloudTrail" events on bus ${rule.bus}, but AWS services deliver those events only to the default event bus.`, fix: `Create the rule on the default event bus (aws events put-rule --name ${rule.name} --event-pattern ...), or add a default-bus rule that forwards to ${rule.bus}.`, resource: rule.arn, location: { ...loc, jsonPath: `${rule.jsonPath}.EventBusName` }, evidence: [`${rule.file}: EventBusName ${rule.bus}`] });
      }
    }
  },
};
