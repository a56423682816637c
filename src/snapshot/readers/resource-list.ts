// Shared reader for list-* responses: an array of entries, each with a name and an ARN (or a name derived from one).
import { isRecord, responseObject, str, type ProblemSink, type ReadResult } from '../json-shape.js';

/** A resource as a list-* call returned it. */
export interface ListedResource {
  name: string;
  arn?: string;
  /** The list entry as AWS returned it. */
  entry: Record<string, unknown>;
}

/** How to read a list response: the array key, and where the name and ARN are. */
export interface ListSpec {
  listKey: string;
  arnKey?: string;
  nameKey?: string;
  /** Derives the name when the entry has only an ARN or URL (SNS topics, SQS queue URLs). */
  nameOf?: (entry: Record<string, unknown>) => string | undefined;
  /** The list holds strings (SQS QueueUrls); each becomes `{ [stringKey]: value }`. */
  stringKey?: string;
}

/** Builds the reader of a list-* response. */
export function listReader(spec: ListSpec) {
  return (value: unknown, _file: string, problems: ProblemSink): ReadResult<ListedResource[]> => {
    const obj = responseObject(value);
    if (!obj.ok) return obj;
    const raw = obj.value[spec.listKey];
    if (raw === undefined || raw === null) return { ok: true, value: [] };
    if (!Array.isArray(raw)) return { ok: false, reason: `$.${spec.listKey} is not an array` };
    const out: ListedResource[] = [];
    raw.forEach((item, i) => {
      const entry = spec.stringKey && typeof item === 'string' ? { [spec.stringKey]: item } : item;
      if (!isRecord(entry)) {
        problems(`$.${spec.listKey}[${i}]`, 'not an object; skipped');
        return;
      }
      const name = (spec.nameKey ? str(entry[spec.nameKey]) : undefined) ?? spec.nameOf?.(entry);
      const arn = spec.arnKey ? str(entry[spec.arnKey]) : undefined;
      if (!name) problems(`$.${spec.listKey}[${i}]`, 'no name; skipped');
      else out.push({ name, ...(arn ? { arn } : {}), entry });
    });
    return { ok: true, value: out };
  };
}

/** The last `:`-separated part of an ARN. */
export function lastArnPart(arn: unknown): string | undefined {
  return typeof arn === 'string' ? arn.split(':').pop() || undefined : undefined;
}
