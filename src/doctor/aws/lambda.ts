// Lambda facts: every function of list-functions with its configuration, execution role and log group.
import type { PolicyResource } from '../../snapshot/model.js';
import type { DoctorContext, RegionRef } from '../context.js';

/** A function and where list-functions holds it. */
export interface LambdaFn {
  name: string;
  arn: string;
  account: string;
  region: string;
  role?: string;
  config: Record<string, unknown>;
  resource: PolicyResource;
  ref: RegionRef;
  file: string;
  jsonPath: string;
}

/** Every function of every region; regions whose list-functions is absent are reported through `missing`. */
export function allFunctions(ctx: DoctorContext, missing?: (file: string, region: RegionRef) => void): LambdaFn[] {
  const out: LambdaFn[] = [];
  for (const r of ctx.regions()) {
    const l = r.data.lambdaFunctions;
    if (l.state !== 'collected') {
      if (missing && l.state === 'missing' && hasAnyData(r)) missing(l.file, r);
      continue;
    }
    for (const fn of l.value.values()) {
      const role = typeof fn.config.Role === 'string' ? fn.config.Role : undefined;
      out.push({ name: fn.name, arn: fn.arn, account: fn.account, region: fn.region, ...(role ? { role } : {}), config: fn.config, resource: fn, ref: r, file: l.file, jsonPath: `$.Functions[?(@.FunctionName=='${fn.name}')]` });
    }
  }
  return out.sort((a, b) => (a.arn < b.arn ? -1 : 1));
}

/** True when the region holds any service data, so a missing list-functions is worth reporting. */
function hasAnyData(r: RegionRef): boolean {
  return r.data.raw.size > 0 || r.data.kmsKeys.state === 'collected' || r.data.secrets.state === 'collected';
}

/** The function's log group: LoggingConfig.LogGroup, else /aws/lambda/<name>. */
export function logGroupOf(fn: LambdaFn): string {
  const lc = fn.config.LoggingConfig as { LogGroup?: string } | undefined;
  return lc?.LogGroup ?? `/aws/lambda/${fn.name}`;
}

/** The function named by `--expect` text (a name or an ARN). */
export function findFunction(fns: LambdaFn[], text: string): LambdaFn | undefined {
  return fns.find((f) => f.arn === text || f.name === text || text.startsWith(`${f.arn}:`));
}
