// Snapshot paths: names percent-encoded into one safe path segment, joined with `/`.

/** Encodes a resource name as one path segment: encodeURIComponent, plus `*` and dot-only names (`.`, `..`) escaped. */
export function encodeName(name: string): string {
  const e = encodeURIComponent(name).replace(/\*/g, '%2A');
  return /^\.+$/.test(e) ? e.replace(/\./g, '%2E') : e;
}

/** Joins snapshot-relative path parts with `/`, skipping empty parts. */
export function joinPath(...parts: string[]): string {
  return parts.filter((p) => p !== '').join('/');
}

/** The last segment of an ARN's resource (a topic name) or of a URL path (a queue name). */
export function lastSegment(arnOrUrl: string): string {
  const parts = arnOrUrl.split(/[:/]/);
  return parts[parts.length - 1] ?? arnOrUrl;
}
