// The regions enabled for an account: ec2:DescribeRegions, else account:ListRegions.
import { paginateListRegions } from '@aws-sdk/client-account';
import { DescribeRegionsCommand } from '@aws-sdk/client-ec2';
import { CallError } from './errors.js';
import { allPages } from './pages.js';
import type { Scope } from './scope.js';

/** The account's enabled regions, sorted; undefined (both failures recorded) when neither call works. */
export async function enabledRegions(scope: Scope): Promise<string[] | undefined> {
  let first: CallError;
  try {
    const res = await scope.client('ec2').send(new DescribeRegionsCommand({}));
    return names((res.Regions ?? []).map((r) => r.RegionName));
  } catch (e) {
    if (!(e instanceof CallError)) throw e;
    first = e;
  }
  try {
    const client = scope.client('account');
    const res = await allPages(paginateListRegions({ client, pageSize: 50 }, { RegionOptStatusContains: ['ENABLED', 'ENABLED_BY_DEFAULT'] }));
    return names((res.Regions ?? []).map((r) => r.RegionName));
  } catch (e) {
    if (!(e instanceof CallError)) throw e;
    scope.fail(first);
    scope.fail(e);
    return undefined;
  }
}

function names(list: (string | undefined)[]): string[] {
  return [...new Set(list.filter((n): n is string => Boolean(n)))].sort();
}
