// EC2_ROLE_CANNOT_WRITE_LOGS: an instance meant to ship logs has no instance profile, or its role cannot write to CloudWatch Logs.
import { instanceRole, instanceStreams, logShippers } from '../aws/ec2.js';
import { logWriteActions } from '../aws/logs.js';
import { askAll } from '../aws/service-access.js';
import { fill, type Check } from '../types.js';

const FIX = 'Attach an instance profile whose role has arn:aws:iam::aws:policy/CloudWatchAgentServerPolicy, or allow logs:CreateLogStream, logs:PutLogEvents, logs:DescribeLogStreams (and logs:CreateLogGroup) on arn:aws:logs:{region}:{account}:log-group:{group}:*{role}';

/** The check. */
export const check: Check = {
  meta: {
    code: 'EC2_ROLE_CANNOT_WRITE_LOGS', severity: 'error', title: 'The instance role cannot write to CloudWatch Logs',
    needs: ['R/ec2/describe-instances', 'describe-iam-instance-profile-associations', 'AUTH', 'ORG'],
    fix: fill(FIX, { region: '<region>', account: '<acct>', group: '<group>', role: '' }),
    docs: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/create-iam-roles-for-cloudwatch-agent.html',
  },
  check({ ctx, report }) {
    for (const { i, group: expected, why } of logShippers(ctx)) {
      const loc = { file: i.file, jsonPath: `$.Reservations[*].Instances[?(@.InstanceId=='${i.id}')].IamInstanceProfile` };
      const r = instanceRole(ctx, i);
      const group = expected ?? instanceStreams(i)[0]?.group ?? 'whynot-probe';
      const fix = (role: string): string => fill(FIX, { region: i.ref.region, account: i.ref.account, group, role });
      if (!r.role) {
        if (r.reason === 'IAM not collected') continue;
        report({ message: `Instance ${i.id} ships logs (${why}) but has ${r.reason}${r.profile ? ` (${r.profile})` : ''}.`, fix: fix(''), resource: i.id, location: loc });
        continue;
      }
      const { refused } = askAll(ctx, r.role.arn, logWriteActions(i.ref.region, i.ref.account, group, undefined, true));
      if (!refused.length) continue;
      report({
        message: `Role ${r.role.name} of instance ${i.id} (${why}) cannot write to log group ${group}: refused ${refused.map((x) => x.action).join(', ')}.`,
        fix: fix(` in role ${r.role.arn}`), resource: i.id, location: loc, related: refused.flatMap((x) => x.statements), evidence: refused.flatMap((x) => x.evidence),
      });
    }
  },
};
