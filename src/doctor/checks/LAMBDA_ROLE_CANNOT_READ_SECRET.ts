// LAMBDA_ROLE_CANNOT_READ_SECRET: the function names a secret (env var or --expect) its role cannot read or decrypt.
import { findResource } from '../../snapshot/index.js';
import type { PolicyResource } from '../../snapshot/model.js';
import { allFunctions, findFunction, type LambdaFn } from '../aws/lambda.js';
import { askAll } from '../aws/service-access.js';
import { fill, type Check } from '../types.js';

const FIX = 'Allow secretsmanager:GetSecretValue on {secret}-?????? {kms}to the execution role {role}; the secret\'s resource policy must not deny it{keyPolicy}.';

/** Secrets a function's environment names, by ARN or by name. */
function referencedSecrets(fn: LambdaFn): string[] {
  const vars = (fn.config.Environment as { Variables?: Record<string, string> } | undefined)?.Variables ?? {};
  const secrets = fn.ref.data.secrets.state === 'collected' ? fn.ref.data.secrets.value : undefined;
  const out: string[] = [];
  for (const v of Object.values(vars)) {
    if (typeof v !== 'string') continue;
    if (v.startsWith('arn:aws:secretsmanager:')) out.push(v);
    else if (secrets?.has(v)) out.push(secrets.get(v)?.arn ?? v);
  }
  return out;
}

function keyArnOf(s: PolicyResource): string | undefined {
  const k = s.config.KmsKeyId;
  if (typeof k !== 'string' || k === 'alias/aws/secretsmanager' || k.endsWith(':alias/aws/secretsmanager')) return undefined;
  return k.startsWith('arn:') ? k : `arn:aws:kms:${s.region}:${s.account}:${k.startsWith('alias/') ? k : `key/${k}`}`;
}

/** The check. */
export const check: Check = {
  meta: {
    code: 'LAMBDA_ROLE_CANNOT_READ_SECRET', severity: 'error', title: 'The execution role cannot read the function\'s secret',
    needs: ['R/lam/list-functions', 'R/sm/list-secrets', 'R/sm/secrets/<s>/get-resource-policy', 'key policy', 'AUTH'],
    fix: fill(FIX, { secret: 'arn:aws:secretsmanager:<region>:<acct>:secret:<name>', kms: 'and kms:Decrypt on its customer managed key ', role: '<role>', keyPolicy: '; the key policy must allow it as well' }),
    docs: 'https://docs.aws.amazon.com/secretsmanager/latest/userguide/auth-and-access_examples.html',
  },
  check({ ctx, report, notChecked }) {
    const fns = allFunctions(ctx);
    const pairs = new Map<string, { fn: LambdaFn; secret: string; why: string }>();
    for (const fn of fns) for (const s of referencedSecrets(fn)) pairs.set(`${fn.arn} ${s}`, { fn, secret: s, why: 'an environment variable names it' });
    for (const e of ctx.expectations) {
      if (e.kind !== 'lambda-secret') continue;
      const fn = findFunction(fns, e.fn);
      if (fn) pairs.set(`${fn.arn} ${e.secret}`, { fn, secret: e.secret.startsWith('arn:') ? e.secret : `arn:aws:secretsmanager:${fn.region}:${fn.account}:secret:${e.secret}`, why: `--expect ${e.text}` });
    }
    for (const { fn, secret, why } of pairs.values()) {
      if (!fn.role || !ctx.iam(fn.role.split(':')[4] ?? '')?.roles.has(fn.role)) continue;
      const f = findResource(ctx.snapshot, secret);
      const res = f.kind === 'secret' ? f.resource : undefined;
      if (!res) { notChecked(`${fn.ref.dir}/secretsmanager/list-secrets.json`, `secret ${secret} of ${fn.name}: ${f.kind === 'unknown' ? f.reason : 'not a secret'}`, fn.arn); continue; }
      if (res.policy.state !== 'collected') notChecked(res.policy.file, `whether the resource policy of secret ${res.name} denies ${fn.name}`, res.arn);
      const key = keyArnOf(res);
      const { refused } = askAll(ctx, fn.role, [
        { action: 'secretsmanager:GetSecretValue', resource: res.arn },
        ...(key ? [{ action: 'kms:Decrypt', resource: key, context: { 'kms:ViaService': `secretsmanager.${res.region}.amazonaws.com`, 'kms:EncryptionContext:SecretARN': res.arn } }] : []),
      ]);
      if (!refused.length) continue;
      const base = res.arn.replace(/-[A-Za-z0-9]{6}$/, '');
      report({
        message: `Function ${fn.name} reads secret ${res.name} (${why}), but its execution role is refused ${refused.map((r) => `${r.action} on ${r.resource}`).join(' and ')}.`,
        fix: fill(FIX, { secret: base, kms: key ? `and kms:Decrypt on ${key} ` : '', role: fn.role, keyPolicy: key ? `; the key policy of ${key} must allow it as well` : '' }),
        resource: fn.role, location: { file: fn.file, jsonPath: `${fn.jsonPath}.Environment` }, related: refused.flatMap((r) => r.statements), evidence: refused.flatMap((r) => r.evidence),
      });
    }
  },
};
