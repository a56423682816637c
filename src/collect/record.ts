// whynot-collect.json: when, who, which regions, which tool, and every call that did not produce its file.

/** The file name of the record at the snapshot root. */
export const RECORD_FILE = 'whynot-collect.json';

/** sts:GetCallerIdentity of the collecting identity. */
export interface CallerIdentity {
  Arn: string;
  Account: string;
  UserId: string;
}

/** One call that did not produce its file; `file` is absent when the failure concerns a whole account or region. */
export interface CollectFailure {
  file?: string;
  call: string;
  error: string;
  message: string;
  at: string;
}

/** The content of whynot-collect.json (docs/snapshot-format.md). */
export interface CollectRecord {
  version: 1;
  collectedAt: string;
  caller: CallerIdentity;
  regions: string[];
  toolVersion: string;
  failures: CollectFailure[];
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The failures and start time of a previous record (for --resume); unreadable parts are ignored. */
export function readPrevious(value: unknown): { collectedAt?: string; regions: string[]; failures: CollectFailure[] } {
  if (!isObject(value)) return { regions: [], failures: [] };
  const regions = Array.isArray(value.regions) ? value.regions.filter((r): r is string => typeof r === 'string') : [];
  const failures: CollectFailure[] = [];
  for (const f of Array.isArray(value.failures) ? value.failures : []) {
    if (!isObject(f) || typeof f.call !== 'string' || typeof f.error !== 'string') continue;
    failures.push({
      ...(typeof f.file === 'string' ? { file: f.file } : {}),
      call: f.call,
      error: f.error,
      message: typeof f.message === 'string' ? f.message : '',
      at: typeof f.at === 'string' ? f.at : '',
    });
  }
  return { ...(typeof value.collectedAt === 'string' ? { collectedAt: value.collectedAt } : {}), regions, failures };
}

/** Failures in a stable order: by file (fileless first), then call, then error. */
export function sortFailures(failures: readonly CollectFailure[]): CollectFailure[] {
  const key = (f: CollectFailure): string => `${f.file ?? ''}\u0000${f.call}\u0000${f.error}\u0000${f.message}`;
  return [...failures].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
