// Readers of the Organizations files: describe-organization, list-roots, list-accounts, list-parents, describe-policy, list-targets-for-policy.
import type { LoadedPolicy, OrgPolicy } from '../model.js';
import { isRecord, records, responseObject, str, type ProblemSink, type ReadResult } from '../json-shape.js';
import { LazyPolicy } from '../lazy-policy.js';

/** The organization as describe-organization returns it. */
export interface OrganizationInfo {
  id: string;
  arn?: string;
  managementAccountId: string;
}

/** Reads describe-organization.json: `Organization.Id`, `Arn`, `MasterAccountId`. */
export function readDescribeOrganization(value: unknown): ReadResult<OrganizationInfo> {
  if (!isRecord(value) || !isRecord(value.Organization)) return { ok: false, reason: '$.Organization is not an object' };
  const o = value.Organization;
  const id = str(o.Id);
  const managementAccountId = str(o.MasterAccountId) ?? str(o.MasterAccountArn)?.split(':')[4];
  if (!id || !managementAccountId) return { ok: false, reason: '$.Organization has no Id or MasterAccountId' };
  const arn = str(o.Arn);
  return { ok: true, value: { id, managementAccountId, ...(arn ? { arn } : {}) } };
}

function ids(key: string, idKey: string) {
  return (value: unknown, _file: string, problems: ProblemSink): ReadResult<string[]> => {
    const obj = responseObject(value);
    if (!obj.ok) return obj;
    const list = records(obj.value, key);
    if (!list.ok) return list;
    const out: string[] = [];
    list.value.forEach((e, i) => {
      const id = str(e[idKey]);
      if (id) out.push(id);
      else problems(`$.${key}[${i}]`, `no ${idKey}; skipped`);
    });
    return { ok: true, value: out };
  };
}

/** Reads list-roots.json: the root ids. */
export const readListRoots = ids('Roots', 'Id');

/** Reads list-accounts.json: the account ids. */
export const readListAccounts = ids('Accounts', 'Id');

/** Reads list-targets-for-policy.json: the target ids (root, OU or account). */
export const readListTargets = ids('Targets', 'TargetId');

/** Reads parents/<id>.json (list-parents): the parent id. */
export function readListParents(value: unknown, file: string, problems: ProblemSink): ReadResult<string> {
  const r = ids('Parents', 'Id')(value, file, problems);
  if (!r.ok) return r;
  const [parent] = r.value;
  return parent ? { ok: true, value: parent } : { ok: false, reason: '$.Parents is empty' };
}

/** A policy as describe-policy returns it, without targets; `type` is any policy type (the loader keeps SCPs and RCPs). */
export interface DescribedPolicy extends Omit<OrgPolicy, 'targets' | 'type'> {
  type: string;
}

/** Reads describe-policy.json: `Policy.PolicySummary` and `Policy.Content` (a JSON string). */
export function readDescribePolicy(value: unknown, file: string): ReadResult<DescribedPolicy> {
  if (!isRecord(value) || !isRecord(value.Policy)) return { ok: false, reason: '$.Policy is not an object' };
  const s = value.Policy.PolicySummary;
  if (!isRecord(s)) return { ok: false, reason: '$.Policy.PolicySummary is not an object' };
  const id = str(s.Id);
  const type = str(s.Type);
  const name = str(s.Name) ?? id;
  if (!id || !type || !name) return { ok: false, reason: '$.Policy.PolicySummary has no Id or Type' };
  const content = value.Policy.Content;
  if (typeof content !== 'string' && !isRecord(content)) return { ok: false, reason: '$.Policy.Content is not a string' };
  const arn = str(s.Arn) ?? id;
  const policy: LoadedPolicy = new LazyPolicy({ name, arn, file, jsonPath: '$.Policy.Content', origin: 'snapshot' }, content);
  return { ok: true, value: { id, arn, name, type, policy } };
}
