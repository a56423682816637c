// Decodes the three spellings of a policy document found in AWS output: object, JSON string, URL-encoded JSON string.

/** The decoded value, or why it could not be decoded (with the text to report positions against). */
export type DecodeResult =
  | { ok: true; value: unknown; text?: string }
  | { ok: false; reason: string; text: string };

/** Decodes a policy as it appears in a snapshot file: an object, a JSON string, or a URL-encoded JSON string. */
export function decodePolicy(raw: unknown): DecodeResult {
  if (typeof raw !== 'string') return { ok: true, value: raw };
  let text = raw;
  const trimmed = text.trimStart();
  if (trimmed.startsWith('%7B') || trimmed.startsWith('%7b') || (!trimmed.startsWith('{') && /%[0-9A-Fa-f]{2}/.test(trimmed))) {
    try {
      text = decodeURIComponent(text);
    } catch {
      return { ok: false, reason: 'the policy looks URL-encoded but is not valid percent-encoding', text: raw };
    }
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown, text };
  } catch (e) {
    return { ok: false, reason: e instanceof Error ? e.message : String(e), text };
  }
}
