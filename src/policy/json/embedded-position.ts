// Maps positions in a policy text embedded as a JSON string (optionally URL-encoded) back to the file that holds the string.
import type { Span } from '../model.js';
import type { LineIndex } from './lines.js';

/** A decoded text and, for each of its UTF-16 units, the offset in the source where that unit is written. */
export interface OffsetMap {
  value: string;
  /** `offsets[k]`: source offset of unit k; `offsets[value.length]`: source offset just after the last unit. */
  offsets: number[];
}

const SIMPLE_ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
const HEX4 = /^[0-9a-fA-F]{4}$/;
const HEX2 = /^[0-9a-fA-F]{2}$/;

/** Decodes a double-quoted JSON string literal (quotes included), keeping the offset of each unit; undefined when it is not one. */
export function decodeStringLiteral(literal: string): OffsetMap | undefined {
  if (literal.length < 2 || literal[0] !== '"' || literal[literal.length - 1] !== '"') return undefined;
  const units: string[] = [];
  const offsets: number[] = [];
  const last = literal.length - 1;
  let i = 1;
  while (i < last) {
    const c = literal[i] as string;
    if (c === '"') return undefined;
    if (c !== '\\') {
      units.push(c);
      offsets.push(i);
      i += 1;
      continue;
    }
    const e = literal[i + 1];
    if (e === 'u') {
      const hex = literal.slice(i + 2, i + 6);
      if (!HEX4.test(hex) || i + 6 > last) return undefined;
      units.push(String.fromCharCode(parseInt(hex, 16)));
      offsets.push(i);
      i += 6;
    } else if (e !== undefined && i + 1 < last && e in SIMPLE_ESCAPES) {
      units.push(SIMPLE_ESCAPES[e] as string);
      offsets.push(i);
      i += 2;
    } else {
      return undefined;
    }
  }
  offsets.push(last);
  return { value: units.join(''), offsets };
}

function byteAt(text: string, i: number): number | undefined {
  if (text[i] !== '%') return undefined;
  const hex = text.slice(i + 1, i + 3);
  return HEX2.test(hex) ? parseInt(hex, 16) : undefined;
}

/** Decodes %XX sequences (UTF-8) as decodeURIComponent does, keeping the offset of each unit; undefined on bad percent-encoding. */
export function decodePercent(text: string): OffsetMap | undefined {
  const units: string[] = [];
  const offsets: number[] = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] !== '%') {
      units.push(text[i] as string);
      offsets.push(i);
      i += 1;
      continue;
    }
    const lead = byteAt(text, i);
    if (lead === undefined) return undefined;
    const n = lead < 0x80 ? 1 : lead >= 0xc2 && lead < 0xe0 ? 2 : lead >= 0xe0 && lead < 0xf0 ? 3 : lead >= 0xf0 && lead < 0xf5 ? 4 : 0;
    if (n === 0) return undefined;
    let cp = n === 1 ? lead : lead & (0xff >> (n + 1));
    for (let k = 1; k < n; k++) {
      const b = byteAt(text, i + 3 * k);
      if (b === undefined || (b & 0xc0) !== 0x80) return undefined;
      cp = (cp << 6) | (b & 0x3f);
    }
    if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return undefined;
    for (const unit of String.fromCodePoint(cp).split('')) {
      units.push(unit);
      offsets.push(i);
    }
    i += 3 * n;
  }
  offsets.push(text.length);
  return { value: units.join(''), offsets };
}

/**
 * The map from offsets in `policyText` to offsets in `literal`, the JSON string literal (quotes included)
 * that holds it as JSON text or as URL-encoded JSON text; undefined when the literal decodes to another text.
 */
export function embeddedOffsets(literal: string, policyText: string): ((offset: number) => number | undefined) | undefined {
  const json = decodeStringLiteral(literal);
  if (!json) return undefined;
  if (json.value === policyText) return (k) => json.offsets[k];
  const url = decodePercent(json.value);
  if (!url || url.value !== policyText) return undefined;
  return (k) => {
    const inString = url.offsets[k];
    return inString === undefined ? undefined : json.offsets[inString];
  };
}

/**
 * Translates a span of the policy text into the file: `literalStart` is the file offset of the literal's
 * opening quote, `map` comes from {@link embeddedOffsets}; undefined when an offset is out of range.
 */
export function spanInFile(inner: Span, literalStart: number, map: (offset: number) => number | undefined, lines: LineIndex): Span | undefined {
  const start = map(inner.start.offset);
  const end = map(inner.end.offset);
  if (start === undefined || end === undefined) return undefined;
  return lines.span(literalStart + start, literalStart + end);
}
