// Runs the registered checks over a snapshot and returns the sorted findings and what could not be checked.
import { sortFindings } from '../core/finding.js';
import type { Snapshot } from '../snapshot/model.js';
import { DoctorContext, type DoctorOptions } from './context.js';
import { precomputePolicyText } from './aws/parallel-lint.js';
import { checks } from './registry.js';
import { fill, type Check, type CheckApi, type DoctorFinding, type NotChecked } from './types.js';

/** Options of {@link runDoctor}: the context options plus which codes to run. */
export interface RunOptions extends DoctorOptions {
  only?: readonly string[];
  skip?: readonly string[];
  /** Called before each check (for a progress line). */
  onProgress?: (done: number, total: number, code: string) => void;
}

/** The doctor's report: findings sorted by location then code, the SNAPSHOT_DATA_MISSING entries, and the loader's notes. */
export interface DoctorReport {
  findings: DoctorFinding[];
  notChecked: NotChecked[];
  /** Info notes, e.g. "AWS managed policy X resolved from bundled data". */
  notes: string[];
}

/** The checks a run executes, in registry order. */
export function selectChecks(opts: Pick<RunOptions, 'only' | 'skip' | 'security'>): Check[] {
  return [...checks.values()].filter((c) => {
    if (opts.only?.length && !opts.only.includes(c.meta.code)) return false;
    if (opts.skip?.includes(c.meta.code)) return false;
    return c.meta.optIn !== 'security' || opts.security === true;
  });
}

function byLocation(a: DoctorFinding, b: DoctorFinding): number {
  const ja = a.location?.jsonPath ?? '';
  const jb = b.location?.jsonPath ?? '';
  if (ja !== jb) return ja < jb ? -1 : 1;
  const ra = a.resource ?? '';
  const rb = b.resource ?? '';
  if (ra !== rb) return ra < rb ? -1 : 1;
  return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}

/** Runs doctor: every selected check over one snapshot. Deterministic: same snapshot and options, same report. */
export function runDoctor(snapshot: Snapshot, opts: RunOptions = {}): DoctorReport {
  const selected = selectChecks(opts);
  return execute(new DoctorContext(snapshot, { ...opts, selected: new Set(selected.map((c) => c.meta.code)) }), selected, opts);
}

/** Same report as {@link runDoctor}; on large snapshots the lint pass runs on worker threads first. */
export async function runDoctorAsync(snapshot: Snapshot, opts: RunOptions & { threads?: number; parallelMinPolicies?: number } = {}): Promise<DoctorReport> {
  const selected = selectChecks(opts);
  const ctx = new DoctorContext(snapshot, { ...opts, selected: new Set(selected.map((c) => c.meta.code)) });
  await precomputePolicyText(ctx, opts.threads, opts.parallelMinPolicies);
  return execute(ctx, selected, opts);
}

function execute(ctx: DoctorContext, selected: Check[], opts: RunOptions): DoctorReport {
  const findings: DoctorFinding[] = [];
  const notChecked: NotChecked[] = [];
  selected.forEach((c, i) => {
    opts.onProgress?.(i, selected.length, c.meta.code);
    ctx.current = c.meta.code;
    const api: CheckApi = {
      ctx,
      report: (f) => findings.push({ ...f, code: c.meta.code, severity: f.severity ?? c.meta.severity }),
      notChecked: (file, what, resource) => notChecked.push({
        code: 'SNAPSHOT_DATA_MISSING', check: c.meta.code, file,
        message: `not checked: needs ${file} (${what})`, ...(resource ? { resource } : {}),
      }),
    };
    c.check(api);
  });
  const seen = new Set<string>();
  const unique = findings.filter((f) => {
    const k = `${f.code}\n${f.resource ?? ''}\n${f.message}\n${f.location?.file ?? ''}\n${f.location?.jsonPath ?? ''}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  for (const m of ctx.missing) {
    notChecked.push({ code: 'SNAPSHOT_DATA_MISSING', check: m.check, file: m.file, message: `not checked: needs ${m.file} (${m.what})`, ...(m.resource ? { resource: m.resource } : {}) });
  }
  const nc = new Map<string, NotChecked>();
  for (const n of notChecked) if (!nc.has(`${n.check}\n${n.file}\n${n.resource ?? ''}`)) nc.set(`${n.check}\n${n.file}\n${n.resource ?? ''}`, n);
  return {
    findings: sortFindings([...unique].sort(byLocation)),
    notes: [...ctx.snapshot.notes].sort(),
    notChecked: [...nc.values()].sort((a, b) => (a.file !== b.file ? (a.file < b.file ? -1 : 1) : a.check < b.check ? -1 : a.check > b.check ? 1 : 0)),
  };
}

export { fill };
