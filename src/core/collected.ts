// "Not collected" stays distinct from "empty": every optional snapshot datum is a Collected<T>.

/** A value read from a snapshot file, or why it is absent. */
export type Collected<T> =
  | { state: 'collected'; value: T; file: string }
  | { state: 'missing'; file: string; reason?: string }
  | { state: 'unreadable'; file: string; reason: string };

/** The value when collected, else undefined. */
export function valueOf<T>(c: Collected<T>): T | undefined {
  return c.state === 'collected' ? c.value : undefined;
}

/** A human sentence on why a datum is absent, e.g. "not collected: 1234/s3/... is missing". */
export function absenceReason(c: Collected<unknown>): string | undefined {
  if (c.state === 'collected') return undefined;
  if (c.state === 'missing') return `not collected: ${c.file}${c.reason ? ` (${c.reason})` : ''}`;
  return `unreadable: ${c.file}: ${c.reason}`;
}
