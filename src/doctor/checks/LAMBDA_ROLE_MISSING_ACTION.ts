// LAMBDA_ROLE_MISSING_ACTION: the execution role cannot do what the function needs (--expect, VpcConfig, KMSKeyArn, DeadLetterConfig).
import { allFunctions, findFunction, type LambdaFn } from '../aws/lambda.js';
import { askAll } from '../aws/service-access.js';
import { fill, type Check } from '../types.js';

const FIX = 'Add {actions} on {resource} to the execution role {role} (an inline or attached identity policy){vpc}.';

interface Need { action: string; resource: string; why: string }

/** What the function's configuration needs its role to do. */
function configNeeds(fn: LambdaFn): Need[] {
  const out: Need[] = [];
  const vpc = fn.config.VpcConfig as { SubnetIds?: string[] } | undefined;
  if (vpc?.SubnetIds?.length) {
    for (const a of ['ec2:CreateNetworkInterface', 'ec2:DescribeNetworkInterfaces', 'ec2:DeleteNetworkInterface']) out.push({ action: a, resource: '*', why: 'VpcConfig' });
  }
  if (typeof fn.config.KMSKeyArn === 'string') out.push({ action: 'kms:Decrypt', resource: fn.config.KMSKeyArn, why: 'KMSKeyArn' });
  const dlq = (fn.config.DeadLetterConfig as { TargetArn?: string } | undefined)?.TargetArn;
  if (dlq) out.push({ action: dlq.startsWith('arn:aws:sns:') ? 'sns:Publish' : 'sqs:SendMessage', resource: dlq, why: 'DeadLetterConfig' });
  return out;
}

/** The check. */
export const check: Check = {
  meta: {
    code: 'LAMBDA_ROLE_MISSING_ACTION', severity: 'error', title: 'The execution role cannot do an action the function needs',
    needs: ['R/lam/list-functions', 'AUTH', 'ORG'],
    fix: fill(FIX, { actions: '<action>', resource: '<resource>', role: '<role>', vpc: '; for VPC functions attach AWSLambdaVPCAccessExecutionRole' }),
    docs: 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-intro-execution-role.html',
  },
  check({ ctx, report }) {
    const fns = allFunctions(ctx);
    const needs = new Map<LambdaFn, Need[]>();
    for (const fn of fns) needs.set(fn, configNeeds(fn));
    for (const e of ctx.expectations) {
      if (e.kind !== 'lambda-action') continue;
      const fn = findFunction(fns, e.fn);
      if (!fn) {
        report({ message: `--expect ${e.text}: function ${e.fn} is not in the snapshot's list-functions.`, fix: 'Check the function name or ARN, or collect the region that holds it.', resource: e.fn, severity: 'warning' });
        continue;
      }
      for (const a of e.actions) needs.get(fn)?.push({ action: a, resource: e.resource, why: `--expect ${e.text}` });
    }
    for (const [fn, list] of needs) {
      if (!list.length || !fn.role || !ctx.iam(fn.role.split(':')[4] ?? '')?.roles.has(fn.role)) continue;
      const { refused } = askAll(ctx, fn.role, list);
      if (!refused.length) continue;
      const why = (a: string): string => list.find((n) => n.action === a)?.why ?? '';
      const vpc = refused.some((r) => r.action.startsWith('ec2:'));
      report({
        message: `Execution role ${fn.role.split('/').pop() ?? fn.role} of function ${fn.name} cannot ${refused.map((r) => `${r.action}${r.resource === '*' ? '' : ` on ${r.resource}`} (${why(r.action)})`).join(', ')}.`,
        fix: fill(FIX, { actions: [...new Set(refused.map((r) => r.action))].join(', '), resource: [...new Set(refused.map((r) => r.resource))].join(', '), role: fn.role, vpc: vpc ? '; for VPC functions attach arn:aws:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole' : '' }),
        resource: fn.role, location: { file: fn.file, jsonPath: `${fn.jsonPath}.Role` }, related: refused.flatMap((r) => r.statements), evidence: refused.flatMap((r) => r.evidence),
      });
    }
  },
};
