// Every policy document of the snapshot with how it is used, and the lint rules' findings on each (run once per doctor run).
import type { Finding } from '../../core/finding.js';
import type { ParseResult, PolicyDocument } from '../../policy/model.js';
import { parsePolicyText } from '../../policy/parse.js';
import type { PolicyOrigin, PolicyType } from '../../policy/rules/types.js';
import { validatePolicy, type ValidateOptions } from '../../policy/validate.js';
import type { LoadedPolicy } from '../../snapshot/model.js';
import type { DoctorContext } from '../context.js';

/** A snapshot policy and its use, as lint needs it. */
export interface SnapshotPolicy {
  policy: LoadedPolicy;
  type: PolicyType;
  resource?: string;
  bucket?: string;
  origin?: PolicyOrigin;
}

/** Every policy document the snapshot holds (bundled AWS managed policies excluded), in file order. */
export function snapshotPolicies(ctx: DoctorContext): SnapshotPolicy[] {
  const out: SnapshotPolicy[] = [];
  const add = (p: LoadedPolicy | null | undefined, type: PolicyType, extra: Omit<SnapshotPolicy, 'policy' | 'type'> = {}): void => {
    if (p && p.origin === 'snapshot') out.push({ policy: p, type, ...extra });
  };
  for (const a of ctx.snapshot.accounts.values()) {
    const iam = ctx.iam(a.id);
    if (iam) {
      for (const u of iam.users.values()) for (const p of u.inlinePolicies) add(p, 'identity', { resource: u.arn, origin: 'inline-user' });
      for (const g of iam.groups.values()) for (const p of g.inlinePolicies) add(p, 'identity', { resource: g.arn, origin: 'inline-group' });
      for (const r of iam.roles.values()) {
        for (const p of r.inlinePolicies) add(p, 'identity', { resource: r.arn, origin: 'inline-role' });
        add(r.trustPolicy, 'trust', { resource: r.arn });
      }
      for (const m of iam.policies.values()) if (!m.arn.startsWith('arn:aws:iam::aws:')) add(m.policy, 'identity', { resource: m.arn, origin: 'customer-managed' });
    }
    if (a.buckets.state === 'collected') {
      for (const b of a.buckets.value.values()) if (b.policy.state === 'collected') add(b.policy.value, 'resource', { resource: b.arn, bucket: b.name });
    }
    for (const r of a.regions.values()) {
      if (r.kmsKeys.state === 'collected') for (const k of r.kmsKeys.value.values()) if (k.policy.state === 'collected') add(k.policy.value, 'key', { resource: k.arn });
      for (const list of [r.lambdaFunctions, r.secrets, r.topics, r.queues]) {
        if (list.state === 'collected') for (const x of list.value.values()) if (x.policy.state === 'collected') add(x.policy.value, 'resource', { resource: x.arn });
      }
    }
  }
  if (ctx.snapshot.organization.state === 'collected') {
    for (const p of ctx.snapshot.organization.value.policies.values()) add(p.policy, p.type === 'SERVICE_CONTROL_POLICY' ? 'scp' : 'rcp', { resource: p.arn });
  }
  return out.sort((x, y) => (x.policy.file !== y.policy.file ? (x.policy.file < y.policy.file ? -1 : 1) : x.policy.jsonPath < y.policy.jsonPath ? -1 : 1));
}

const cache = new WeakMap<DoctorContext, Finding[]>();

/** The lint rules doctor reports as its own codes (doctor-codes.md 26, 30, 39-48 and the opt-in security code). */
export const LINT_CODES: readonly string[] = [
  'FEDERATION_ACTION_MISMATCH', 'POLICY_PRINCIPAL_DELETED', 'POLICY_JSON_INVALID', 'POLICY_HAS_COMMENTS', 'POLICY_VERSION_MISSING',
  'STATEMENT_MISSING_EFFECT', 'STATEMENT_MISSING_RESOURCE', 'PRINCIPAL_ELEMENT_MISPLACED', 'ARN_MALFORMED', 'ACCOUNT_ID_INVALID',
  'ACTION_INVALID_FOR_RESOURCE', 'BUCKET_POLICY_RESOURCE_OUTSIDE_BUCKET', 'SERVICE_PRINCIPAL_UNSCOPED',
];

/** One policy as the lint pass needs it: plain data, so that a worker thread can take it. */
export interface LintJob {
  name: string;
  jsonPath: string;
  text?: string;
  document?: PolicyDocument;
  problems: Finding[];
  opts: ValidateOptions;
}

/** The lint jobs of a run: every snapshot policy, with only the selected codes' rules. */
export function lintJobs(ctx: DoctorContext): LintJob[] {
  const only = LINT_CODES.filter((c) => !ctx.selected || ctx.selected.has(c));
  return snapshotPolicies(ctx).map((sp) => {
    const p = sp.policy;
    const doc = p.text === undefined ? p.document : undefined;
    return {
      name: p.name, jsonPath: p.jsonPath, problems: p.problems, ...(p.text !== undefined ? { text: p.text } : {}), ...(doc ? { document: doc } : {}),
      opts: { type: sp.type, file: p.file, security: ctx.security, only, ...(sp.bucket ? { bucket: sp.bucket } : {}), ...(sp.origin ? { origin: sp.origin } : {}), ...(sp.resource ? { resource: sp.resource } : {}) },
    };
  });
}

/** Runs lint jobs and locates each finding at the policy's snapshot file and JSON path. */
export function runLintJobs(jobs: readonly LintJob[]): Finding[] {
  const out: Finding[] = [];
  for (const j of jobs) {
    const parsed: ParseResult = j.text !== undefined ? parsePolicyText(j.text, { file: j.opts.file }) : { ...(j.document ? { document: j.document } : {}), problems: j.problems, strictOk: j.problems.length === 0 };
    for (const f of validatePolicy(parsed, j.opts)) {
      const inner = f.location?.jsonPath;
      const jsonPath = inner && inner !== '$' ? (j.text !== undefined ? `${j.jsonPath} -> ${inner}` : `${j.jsonPath}${inner.slice(1)}`) : j.jsonPath;
      out.push({ ...f, message: `${j.name}: ${f.message}`, location: { ...f.location, file: j.opts.file, jsonPath } });
    }
  }
  return out;
}

/** The lint findings of every snapshot policy (memoized per run; computed here unless precomputed in parallel). */
export function policyTextFindings(ctx: DoctorContext): Finding[] {
  let hit = cache.get(ctx);
  if (!hit) {
    hit = runLintJobs(lintJobs(ctx));
    cache.set(ctx, hit);
  }
  return hit;
}

/** Stores lint findings computed elsewhere (worker threads) for this run. */
export function setPolicyTextFindings(ctx: DoctorContext, findings: Finding[]): void {
  cache.set(ctx, findings);
}
