// Reads flow log files, groups REJECTs by flow and explains each against the snapshot: the `whynot flowlogs` report.
import type { Topology } from '../topology.js';
import { explainFlow, type FlowExplanation } from './explain.js';
import { FlowGrouper } from './group.js';
import { readFlowLog, type ReadOptions, type ReadStats } from './read.js';

/** The report of `whynot flowlogs`. */
export interface FlowLogReport {
  files: ({ path: string } & ReadStats)[];
  records: number;
  rejectedRecords: number;
  flows: number;
  rejectedFlows: number;
  /** Records of flows not tracked because the flow limit was reached (memory stays bounded). */
  untrackedRecords: number;
  /** The explained rejected flows, most rejected first (at most `limit`). */
  explained: FlowExplanation[];
  /** Rejected flows left out by `limit`. */
  notExplained: number;
}

/** Options of the analysis. */
export interface AnalyzeOptions extends ReadOptions {
  /** Explain at most this many rejected flows (default 100). */
  limit?: number;
  maxFlows?: number;
}

/** The LogFormats of the flow logs in the snapshot: candidate formats for files without a header. */
export function snapshotFormats(t: Topology): string[][] {
  const out: string[][] = [];
  for (const r of t.regions) {
    if (r.flowLogs.state !== 'collected') continue;
    for (const f of r.flowLogs.value) {
      if (f.LogFormat) out.push(f.LogFormat.trim().split(/\s+/).map((x) => x.replace(/^\$\{(.*)\}$/, '$1')));
    }
  }
  return out;
}

/** Streams every file through one grouper, then explains the rejected flows. */
export async function analyzeFlowLogs(paths: readonly string[], t: Topology, opts: AnalyzeOptions = {}): Promise<FlowLogReport> {
  const grouper = new FlowGrouper(opts.maxFlows);
  const files: FlowLogReport['files'] = [];
  const candidates = [...(opts.candidates ?? []), ...snapshotFormats(t)];
  for (const path of paths) {
    const stats = await readFlowLog(path, (r) => grouper.add(r), { ...opts, candidates });
    files.push({ path, ...stats });
  }
  const rejected = grouper.rejected();
  const limit = opts.limit ?? 100;
  return {
    files, records: files.reduce((n, f) => n + f.records, 0), rejectedRecords: grouper.rejectedRecords,
    flows: grouper.size, rejectedFlows: rejected.length, untrackedRecords: grouper.untracked,
    explained: rejected.slice(0, limit).map((g) => explainFlow(t, g)), notExplained: Math.max(0, rejected.length - limit),
  };
}
