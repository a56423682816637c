// A LoadedPolicy whose document is decoded and shaped on first access, so loading a 100 MB account stays fast.
import type { Finding } from '../core/finding.js';
import { decodePolicy } from '../policy/decode.js';
import type { PolicyDocument } from '../policy/model.js';
import { parsePolicyText, parsePolicyValue } from '../policy/parse.js';
import type { LoadedPolicy } from './model.js';

/** Where a policy came from: everything of a LoadedPolicy except the document. */
export interface PolicySource {
  name: string;
  arn?: string;
  file: string;
  jsonPath: string;
  origin: 'snapshot' | 'bundled';
}

interface Decoded {
  document?: PolicyDocument;
  text?: string;
  problems: Finding[];
}

/** A policy read from a snapshot file, holding the raw value until `document`, `text` or `problems` is first read. */
export class LazyPolicy implements LoadedPolicy {
  readonly name: string;
  readonly arn?: string;
  readonly file: string;
  readonly jsonPath: string;
  readonly origin: 'snapshot' | 'bundled';
  #raw: unknown;
  #decoded: Decoded | undefined;

  constructor(source: PolicySource, raw: unknown) {
    this.name = source.name;
    if (source.arn !== undefined) this.arn = source.arn;
    this.file = source.file;
    this.jsonPath = source.jsonPath;
    this.origin = source.origin;
    this.#raw = raw;
  }

  /** The parsed document; undefined when the text could not be read (see `problems`). */
  get document(): PolicyDocument | undefined {
    return this.#decode().document;
  }

  /** The document text when it was a string in the file. */
  get text(): string | undefined {
    return this.#decode().text;
  }

  /** Problems found decoding or shaping the document. */
  get problems(): Finding[] {
    return this.#decode().problems;
  }

  /** A plain object with the decoded fields, for JSON output. */
  toJSON(): LoadedPolicy {
    const { document, text, problems } = this.#decode();
    return {
      name: this.name,
      ...(this.arn !== undefined ? { arn: this.arn } : {}),
      file: this.file,
      jsonPath: this.jsonPath,
      ...(document ? { document } : {}),
      ...(text !== undefined ? { text } : {}),
      problems,
      origin: this.origin,
    };
  }

  #decode(): Decoded {
    if (this.#decoded) return this.#decoded;
    this.#decoded = decodeRaw(this.#raw, this.file, this.jsonPath);
    this.#raw = undefined;
    return this.#decoded;
  }
}

function decodeRaw(raw: unknown, file: string, jsonPath: string): Decoded {
  const d = decodePolicy(raw);
  if (d.text === undefined) {
    const r = d.ok ? parsePolicyValue(d.value, { file }) : undefined;
    return { ...(r?.document ? { document: r.document } : {}), problems: r?.problems ?? [] };
  }
  if (!d.ok && d.reason.includes('percent-encoding')) {
    return {
      text: d.text,
      problems: [{
        code: 'POLICY_JSON_INVALID',
        severity: 'error',
        message: `${file}: ${jsonPath}: the policy document cannot be read: ${d.reason}`,
        location: { file, jsonPath },
      }],
    };
  }
  const r = parsePolicyText(d.text, { file });
  return { ...(r.document ? { document: r.document } : {}), text: d.text, problems: r.problems };
}
