// Loads one account's IAM data from iam/get-account-authorization-details.json.
import type { Collected } from '../core/collected.js';
import type { LoadContext } from './context.js';
import type { IamData } from './model.js';
import { iamAuthorizationDetailsReader } from './readers/iam-get-account-authorization-details.js';

/** Loads the account's authorization details; a file whose last page says IsTruncated is loaded with a warning. */
export async function loadIam(ctx: LoadContext, account: string): Promise<Collected<IamData>> {
  const file = `${account}/iam/get-account-authorization-details.json`;
  const c = await ctx.read(file, iamAuthorizationDetailsReader(account), { concatenated: true });
  if (c.state !== 'collected') return c;
  if (c.value.truncated) {
    ctx.problems.push({
      code: 'SNAPSHOT_DATA_MISSING',
      severity: 'warning',
      message: `${file}: the last page says IsTruncated: true, so some users, groups, roles or policies may be missing`,
      fix: 'Collect with the AWS CLI (it merges all pages) or append the remaining pages',
      location: { file },
    });
  }
  return { state: 'collected', value: c.value.iam, file };
}
