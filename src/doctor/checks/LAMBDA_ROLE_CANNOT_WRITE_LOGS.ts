// LAMBDA_ROLE_CANNOT_WRITE_LOGS: the execution role cannot create streams and put events in the function's log group.
import { allFunctions, logGroupOf } from '../aws/lambda.js';
import { logGroupsIn, logWriteActions } from '../aws/logs.js';
import { askAll } from '../aws/service-access.js';
import { fill, type Check } from '../types.js';

const FIX = 'Attach arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole to the execution role {role} (aws iam attach-role-policy --role-name {name} --policy-arn arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole), or allow logs:CreateLogStream and logs:PutLogEvents on arn:aws:logs:{region}:{account}:log-group:{group}:*; this is not a function-policy change.';

/** The check. */
export const check: Check = {
  meta: {
    code: 'LAMBDA_ROLE_CANNOT_WRITE_LOGS', severity: 'error', title: 'The execution role cannot write the function\'s logs',
    needs: ['R/lam/list-functions', 'AUTH', 'ORG', 'R/logs/describe-log-groups'],
    fix: fill(FIX, { role: '<role>', name: '<role-name>', region: '<region>', account: '<acct>', group: '/aws/lambda/<fn>' }),
    docs: 'https://docs.aws.amazon.com/lambda/latest/dg/monitoring-cloudwatchlogs.html',
  },
  check({ ctx, report, notChecked }) {
    for (const fn of allFunctions(ctx)) {
      if (!fn.role || !ctx.iam(fn.role.split(':')[4] ?? '')?.roles.has(fn.role)) continue;
      const group = logGroupOf(fn);
      const { file, groups } = logGroupsIn(ctx, fn.ref);
      if (!groups) notChecked(file, `whether log group ${group} of ${fn.name} exists (logs:CreateLogGroup is needed when it does not)`, fn.arn);
      const { refused } = askAll(ctx, fn.role, logWriteActions(fn.region, fn.account, group, groups ? groups.has(group) : undefined));
      if (!refused.length) continue;
      const name = fn.role.split('/').pop() ?? fn.role;
      report({
        message: `Execution role ${name} of function ${fn.name} cannot write its logs to ${group}: refused ${refused.map((r) => r.action).join(', ')}${refused.some((r) => r.why.blocker !== 'no-allow' && r.why.blocker !== 'no-resource-allow') ? ` (${refused[0]?.why.layer ?? refused[0]?.why.blocker})` : ''}.`,
        fix: fill(FIX, { role: fn.role, name, region: fn.region, account: fn.account, group }), resource: fn.role,
        location: { file: fn.file, jsonPath: `${fn.jsonPath}.Role` }, related: refused.flatMap((r) => r.statements), evidence: refused.flatMap((r) => r.evidence),
      });
    }
  },
};
