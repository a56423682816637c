// The shared state of one doctor run: the snapshot, "now", the asked-for principals and flows, and cached engine answers.
import type { Collected } from '../core/collected.js';
import { buildFromSnapshot } from '../iam/from-snapshot.js';
import { evaluate } from '../iam/evaluate.js';
import type { ContextValue } from '../iam/context.js';
import type { Decision } from '../iam/result.js';
import { buildTopology, type Topology } from '../net/topology.js';
import type { IamData, RegionData, Snapshot } from '../snapshot/model.js';
import type { Expectation } from './expect.js';

/** One region of one account, with its folder relative to the snapshot root. */
export interface RegionRef {
  account: string;
  region: string;
  data: RegionData;
  /** e.g. `111122223333/us-east-1`. */
  dir: string;
}

/** An authorization answer, or why the question could not be asked of the snapshot. */
export type CanAnswer = { ok: true; decision: Decision } | { ok: false; reason: string };

/** Options of a doctor run that checks read. */
export interface DoctorOptions {
  /** Principals for per-principal checks (`--principal`); inferred when empty. */
  principals?: readonly string[];
  expectations?: readonly Expectation[];
  /** "Now" (`--now`); defaults to the snapshot's collectedAt, else the current time. */
  now?: Date;
  /** Run the opt-in security checks. */
  security?: boolean;
  /** The codes this run executes (set by runDoctor; all when absent). */
  selected?: ReadonlySet<string>;
}

/** Encodes one path segment as the snapshot stores it (names with `/` are percent-encoded). */
export function seg(name: string): string {
  return encodeURIComponent(name);
}

/** The shared, read-only state of a run plus memoized engine calls. */
export class DoctorContext {
  readonly snapshot: Snapshot;
  readonly now: Date;
  readonly principals: readonly string[];
  readonly expectations: readonly Expectation[];
  readonly security: boolean;
  readonly selected: ReadonlySet<string> | undefined;
  #regions: RegionRef[] | undefined;
  #topology: Topology | undefined;
  readonly #can = new Map<string, CanAnswer>();
  /** The check running now (set by the runner), for attributing what an engine answer could not see. */
  current = '';
  /** Files an engine answer depended on that were not collected: check, file, what was assumed. */
  readonly missing: { check: string; file: string; what: string; resource?: string }[] = [];

  constructor(snapshot: Snapshot, opts: DoctorOptions = {}) {
    this.snapshot = snapshot;
    const collectedAt = snapshot.collect?.collectedAt ? new Date(snapshot.collect.collectedAt) : undefined;
    this.now = opts.now ?? (collectedAt && !Number.isNaN(collectedAt.getTime()) ? collectedAt : new Date());
    this.principals = opts.principals ?? [];
    this.expectations = opts.expectations ?? [];
    this.security = opts.security ?? false;
    this.selected = opts.selected;
  }

  /** Every region of every account, sorted by account then region. */
  regions(): RegionRef[] {
    if (!this.#regions) {
      const out: RegionRef[] = [];
      for (const a of [...this.snapshot.accounts.values()].sort((x, y) => (x.id < y.id ? -1 : 1))) {
        for (const r of [...a.regions.values()].sort((x, y) => (x.region < y.region ? -1 : 1))) {
          out.push({ account: a.id, region: r.region, data: r, dir: `${a.id}/${r.region}` });
        }
      }
      this.#regions = out;
    }
    return this.#regions;
  }

  /** A raw region file by its path below the region folder (segments already encoded); missing when absent. */
  raw(r: RegionRef, path: string): Collected<unknown> {
    return r.data.raw.get(path) ?? { state: 'missing', file: `${r.dir}/${path}` };
  }

  /** The IAM data of an account, when collected. */
  iam(account: string): IamData | undefined {
    const a = this.snapshot.accounts.get(account);
    return a?.iam.state === 'collected' ? a.iam.value : undefined;
  }

  /** The network model of the whole snapshot (built once). */
  topology(): Topology {
    this.#topology ??= buildTopology(this.regions().flatMap((r) => (r.data.ec2 ? [r.data.ec2] : [])));
    return this.#topology;
  }

  /** Asks the authorization engine (memoized unless `memo` is false): may `principal` do `action` on `resource` with this context? */
  can(principal: string, action: string, resource: string, context: Record<string, string> = {}, memo = true): CanAnswer {
    const key = `${principal}\n${action}\n${resource}\n${JSON.stringify(context)}`;
    const hit = this.#can.get(key);
    if (hit) return hit;
    const ctx = new Map<string, ContextValue>(Object.entries(context).map(([k, v]) => [k.toLowerCase(), { values: [v], multi: false }]));
    const built = buildFromSnapshot(this.snapshot, { principal, action, resource, context: ctx });
    const answer: CanAnswer = built.ok ? { ok: true, decision: evaluate(built.input) } : { ok: false, reason: built.reason };
    if (memo) this.#can.set(key, answer);
    return answer;
  }
}
