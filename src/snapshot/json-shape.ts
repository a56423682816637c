// Small shape checks for AWS responses: every reader validates what it uses and never trusts the file.

/** A reader's outcome: the value it built, or why the file has the wrong shape. */
export type ReadResult<T> = { ok: true; value: T } | { ok: false; reason: string };

/** Reports a problem inside a file that the reader skipped past (an entry of a list), by JSON path. */
export type ProblemSink = (jsonPath: string, reason: string) => void;

/** True for a plain JSON object. */
export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The value when it is a non-empty string. */
export function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}

/** The records of an array-valued key (absent = empty, as the CLI omits empty lists), or a reason. */
export function records(obj: Record<string, unknown>, key: string, path = '$'): ReadResult<Record<string, unknown>[]> {
  const v = obj[key];
  if (v === undefined || v === null) return { ok: true, value: [] };
  if (!Array.isArray(v)) return { ok: false, reason: `${path}.${key} is not an array` };
  const bad = v.findIndex((x) => !isRecord(x));
  if (bad >= 0) return { ok: false, reason: `${path}.${key}[${bad}] is not an object` };
  return { ok: true, value: v as Record<string, unknown>[] };
}

/** The strings of an array-valued key (absent = empty), or a reason. */
export function strings(obj: Record<string, unknown>, key: string, path = '$'): ReadResult<string[]> {
  const v = obj[key];
  if (v === undefined || v === null) return { ok: true, value: [] };
  if (!Array.isArray(v)) return { ok: false, reason: `${path}.${key} is not an array` };
  const bad = v.findIndex((x) => typeof x !== 'string');
  if (bad >= 0) return { ok: false, reason: `${path}.${key}[${bad}] is not a string` };
  return { ok: true, value: v as string[] };
}

/** The response object, or a reason when the file is not a JSON object. */
export function responseObject(v: unknown): ReadResult<Record<string, unknown>> {
  return isRecord(v) ? { ok: true, value: v } : { ok: false, reason: 'the file is not a JSON object' };
}

/** IAM `Tags` (`[{"Key": "k", "Value": "v"}]`) as a record; entries without a string Key are skipped. */
export function tagsRecord(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!Array.isArray(v)) return out;
  for (const t of v) {
    if (isRecord(t) && typeof t.Key === 'string') out[t.Key] = typeof t.Value === 'string' ? t.Value : '';
  }
  return out;
}
