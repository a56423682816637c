// Reader of iam/get-account-authorization-details.json: users, groups, roles, managed policies (default version), instance profiles.
import type { IamData, IamGroup, IamRole, IamUser, InstanceProfile, LoadedPolicy, ManagedPolicy } from '../model.js';
import { isRecord, records, str, strings, tagsRecord, type ProblemSink, type ReadResult } from '../json-shape.js';
import { LazyPolicy } from '../lazy-policy.js';

const LISTS = ['UserDetailList', 'GroupDetailList', 'RoleDetailList', 'Policies'] as const;

interface Page {
  body: Record<string, unknown>;
  /** JSON path prefix of the page: `$` for one response, `$[i]` for an array of pages. */
  path: string;
}

/** The pages of the file: one response, an array of responses, or responses written one after another. */
function pagesOf(value: unknown): ReadResult<Page[]> {
  if (isRecord(value)) return { ok: true, value: [{ body: value, path: '$' }] };
  if (Array.isArray(value) && value.length > 0 && value.every(isRecord)) {
    return { ok: true, value: value.map((body, i) => ({ body: body as Record<string, unknown>, path: `$[${i}]` })) };
  }
  return { ok: false, reason: 'expected the get-account-authorization-details response object (or an array of its pages)' };
}

class IamBuilder {
  readonly data: IamData = { users: new Map(), groups: new Map(), roles: new Map(), policies: new Map(), instanceProfiles: new Map() };

  constructor(private readonly account: string, private readonly file: string, private readonly problems: ProblemSink) {}

  policy(name: string, raw: unknown, jsonPath: string, arn?: string): LoadedPolicy {
    return new LazyPolicy({ name, file: this.file, jsonPath, origin: 'snapshot', ...(arn ? { arn } : {}) }, raw);
  }

  inline(entry: Record<string, unknown>, key: string, path: string): LoadedPolicy[] {
    const list = records(entry, key, path);
    if (!list.ok) {
      this.problems(`${path}.${key}`, `${list.reason}; inline policies skipped`);
      return [];
    }
    const out: LoadedPolicy[] = [];
    list.value.forEach((p, i) => {
      const name = str(p.PolicyName);
      if (!name || p.PolicyDocument === undefined) this.problems(`${path}.${key}[${i}]`, 'an inline policy without PolicyName or PolicyDocument; skipped');
      else out.push(this.policy(name, p.PolicyDocument, `${path}.${key}[${i}].PolicyDocument`));
    });
    return out;
  }

  attached(entry: Record<string, unknown>, path: string): string[] {
    const list = records(entry, 'AttachedManagedPolicies', path);
    if (!list.ok) {
      this.problems(`${path}.AttachedManagedPolicies`, list.reason);
      return [];
    }
    return list.value.map((p) => str(p.PolicyArn)).filter((a): a is string => a !== undefined);
  }

  boundary(entry: Record<string, unknown>): string | undefined {
    return isRecord(entry.PermissionsBoundary) ? str(entry.PermissionsBoundary.PermissionsBoundaryArn) : undefined;
  }

  base(entry: Record<string, unknown>, path: string, nameKey: string, idKey: string, policyKey: string) {
    const name = str(entry[nameKey]);
    const arn = str(entry.Arn);
    if (!name || !arn) {
      this.problems(path, `no ${nameKey} or Arn; entry skipped`);
      return undefined;
    }
    const boundary = this.boundary(entry);
    return {
      arn,
      name,
      id: str(entry[idKey]) ?? '',
      path: str(entry.Path) ?? '/',
      account: this.account,
      tags: tagsRecord(entry.Tags),
      inlinePolicies: this.inline(entry, policyKey, path),
      managedPolicyArns: this.attached(entry, path),
      ...(boundary ? { permissionsBoundaryArn: boundary } : {}),
    };
  }

  user(entry: Record<string, unknown>, path: string): void {
    const b = this.base(entry, path, 'UserName', 'UserId', 'UserPolicyList');
    if (!b) return;
    const groups = strings(entry, 'GroupList', path);
    if (!groups.ok) this.problems(`${path}.GroupList`, groups.reason);
    const user: IamUser = { kind: 'user', ...b, groups: groups.ok ? groups.value : [] };
    this.data.users.set(user.arn, user);
  }

  group(entry: Record<string, unknown>, path: string): void {
    const b = this.base(entry, path, 'GroupName', 'GroupId', 'GroupPolicyList');
    if (!b) return;
    const group: IamGroup = {
      kind: 'group', arn: b.arn, name: b.name, id: b.id, path: b.path, account: b.account,
      inlinePolicies: b.inlinePolicies, managedPolicyArns: b.managedPolicyArns,
    };
    this.data.groups.set(group.arn, group);
  }

  role(entry: Record<string, unknown>, path: string): void {
    const b = this.base(entry, path, 'RoleName', 'RoleId', 'RolePolicyList');
    if (!b) return;
    const profiles = records(entry, 'InstanceProfileList', path);
    if (!profiles.ok) this.problems(`${path}.InstanceProfileList`, profiles.reason);
    const profileArns: string[] = [];
    for (const p of profiles.ok ? profiles.value : []) {
      const arn = str(p.Arn);
      if (!arn) continue;
      profileArns.push(arn);
      const roleArns = Array.isArray(p.Roles) ? p.Roles.map((r) => (isRecord(r) ? str(r.Arn) : undefined)).filter((a): a is string => a !== undefined) : [];
      const known = this.data.instanceProfiles.get(arn);
      const profile: InstanceProfile = { arn, name: str(p.InstanceProfileName) ?? arn.split('/').pop() ?? arn, roleArns: [...new Set([...(known?.roleArns ?? []), ...roleArns, b.arn])] };
      this.data.instanceProfiles.set(arn, profile);
    }
    const trust = entry.AssumeRolePolicyDocument;
    const role: IamRole = {
      kind: 'role',
      ...b,
      ...(trust !== undefined && trust !== null ? { trustPolicy: this.policy(`trust policy of role ${b.name}`, trust, `${path}.AssumeRolePolicyDocument`) } : {}),
      instanceProfileArns: profileArns,
      serviceLinked: b.path.startsWith('/aws-service-role/'),
    };
    this.data.roles.set(role.arn, role);
  }

  managed(entry: Record<string, unknown>, path: string): void {
    const arn = str(entry.Arn);
    const name = str(entry.PolicyName);
    if (!arn || !name) {
      this.problems(path, 'no PolicyName or Arn; policy skipped');
      return;
    }
    const versions = records(entry, 'PolicyVersionList', path);
    if (!versions.ok) {
      this.problems(`${path}.PolicyVersionList`, `${versions.reason}; policy ${arn} skipped`);
      return;
    }
    let index = versions.value.findIndex((v) => v.IsDefaultVersion === true);
    if (index < 0 && typeof entry.DefaultVersionId === 'string') index = versions.value.findIndex((v) => v.VersionId === entry.DefaultVersionId);
    const version = versions.value[index];
    if (!version || version.Document === undefined) {
      this.problems(`${path}.PolicyVersionList`, `no default version with a Document for ${arn}; policy skipped`);
      return;
    }
    const policy: ManagedPolicy = {
      arn, name, path: str(entry.Path) ?? '/',
      policy: this.policy(name, version.Document, `${path}.PolicyVersionList[${index}].Document`, arn),
    };
    this.data.policies.set(arn, policy);
  }
}

/** Builds the reader of one account's authorization details. */
export function iamAuthorizationDetailsReader(account: string) {
  return (value: unknown, file: string, problems: ProblemSink): ReadResult<{ iam: IamData; truncated: boolean }> => {
    const pages = pagesOf(value);
    if (!pages.ok) return pages;
    const b = new IamBuilder(account, file, problems);
    for (const { body, path } of pages.value) {
      if (!LISTS.some((k) => k in body)) return { ok: false, reason: `${path} has none of ${LISTS.join(', ')}` };
      const lists: Partial<Record<(typeof LISTS)[number], Record<string, unknown>[]>> = {};
      for (const key of LISTS) {
        const r = records(body, key, path);
        if (!r.ok) return r;
        lists[key] = r.value;
      }
      lists.UserDetailList?.forEach((e, i) => b.user(e, `${path}.UserDetailList[${i}]`));
      lists.GroupDetailList?.forEach((e, i) => b.group(e, `${path}.GroupDetailList[${i}]`));
      lists.RoleDetailList?.forEach((e, i) => b.role(e, `${path}.RoleDetailList[${i}]`));
      lists.Policies?.forEach((e, i) => b.managed(e, `${path}.Policies[${i}]`));
    }
    const last = pages.value[pages.value.length - 1];
    return { ok: true, value: { iam: b.data, truncated: last?.body.IsTruncated === true } };
  };
}
