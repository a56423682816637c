// LAMBDA_ROLE_TRUST_INVALID: the execution role does not exist, or its trust policy does not let lambda.amazonaws.com assume it.
import { allFunctions } from '../aws/lambda.js';
import { ask } from '../aws/service-access.js';
import { fill, type Check } from '../types.js';

const FIX = 'Set the trust policy of {role} to allow Principal {"Service": "lambda.amazonaws.com"} Action sts:AssumeRole (aws iam update-assume-role-policy --role-name {name}).';

/** The check. */
export const check: Check = {
  meta: {
    code: 'LAMBDA_ROLE_TRUST_INVALID', severity: 'error', title: 'Lambda cannot assume the execution role',
    needs: ['R/lam/list-functions (Role)', 'AUTH'],
    fix: fill(FIX, { role: '<role>', name: '<role-name>' }),
    docs: 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-intro-execution-role.html',
  },
  check({ ctx, report, notChecked }) {
    for (const fn of allFunctions(ctx)) {
      const loc = { file: fn.file, jsonPath: `${fn.jsonPath}.Role` };
      if (!fn.role) {
        report({ message: `Function ${fn.name} has no execution role.`, fix: fill(FIX, { role: 'a new role', name: '<role-name>' }), resource: fn.arn, location: loc });
        continue;
      }
      const account = fn.role.split(':')[4] ?? '';
      const iam = ctx.iam(account);
      if (!iam) { notChecked(`${account}/iam/get-account-authorization-details.json`, `whether execution role ${fn.role} of ${fn.name} exists and trusts Lambda`, fn.arn); continue; }
      const role = iam.roles.get(fn.role);
      const name = fn.role.split('/').pop() ?? fn.role;
      if (!role) {
        report({ message: `Function ${fn.name} uses execution role ${fn.role}, which does not exist in account ${account}.`, fix: `Create role ${name} trusting lambda.amazonaws.com, or point the function at an existing role (aws lambda update-function-configuration --function-name ${fn.name} --role <role-arn>).`, resource: fn.arn, location: loc, evidence: [`${account}/iam/get-account-authorization-details.json: no role ${fn.role}`] });
        continue;
      }
      const a = ask(ctx, 'lambda.amazonaws.com', 'sts:AssumeRole', fn.role, { 'aws:SourceAccount': fn.account, 'aws:SourceArn': fn.arn });
      if (a.kind !== 'refused') continue;
      report({ message: `The trust policy of ${name}, execution role of ${fn.name}, does not allow lambda.amazonaws.com sts:AssumeRole.`, fix: fill(FIX, { role: fn.role, name }), resource: fn.role, location: { file: role.trustPolicy?.file ?? loc.file, jsonPath: role.trustPolicy?.jsonPath ?? loc.jsonPath }, related: [loc, ...a.refusal.statements], evidence: a.refusal.evidence });
    }
  },
};
