// Complete pagination: all pages of a response merged into one object, as the AWS CLI prints it.

/** Keys that only carry pagination state; the merged response drops them. */
const PAGINATION_KEYS: ReadonlySet<string> = new Set([
  '$metadata',
  'NextToken',
  'nextToken',
  'Marker',
  'NextMarker',
  'IsTruncated',
  'Truncated',
  'ContinuationToken',
]);

/** Merges response pages: list fields concatenated, other fields from the first page that has them, pagination keys and `$metadata` dropped. */
export function mergePages<P extends object>(pages: readonly P[]): P {
  const merged: Record<string, unknown> = {};
  for (const page of pages) {
    for (const [key, value] of Object.entries(page)) {
      if (PAGINATION_KEYS.has(key) || value === undefined) continue;
      const prev = merged[key];
      if (Array.isArray(value)) merged[key] = Array.isArray(prev) ? [...(prev as unknown[]), ...(value as unknown[])] : [...(value as unknown[])];
      else if (!(key in merged)) merged[key] = value;
    }
  }
  return merged as P;
}

/** Reads every page of an SDK paginator and merges them. */
export async function allPages<P extends object>(pages: AsyncIterable<P>): Promise<P> {
  const list: P[] = [];
  for await (const page of pages) list.push(page);
  return mergePages(list);
}

/** Pages of an operation that has no SDK paginator: calls fetch with each NextToken until there is none. */
export async function allTokenPages<P extends { NextToken?: string | undefined }>(fetch: (token: string | undefined) => Promise<P>): Promise<P> {
  const list: P[] = [];
  let token: string | undefined;
  const seen = new Set<string>();
  do {
    const page = await fetch(token);
    list.push(page);
    token = page.NextToken;
    if (token !== undefined && seen.has(token)) break;
    if (token !== undefined) seen.add(token);
  } while (token);
  return mergePages(list);
}

/** A response without `$metadata`, ready to be written. */
export function stripMetadata<P extends object>(response: P): P {
  if (!('$metadata' in response)) return response;
  const { $metadata: _m, ...rest } = response as P & { $metadata: unknown };
  return rest as P;
}
