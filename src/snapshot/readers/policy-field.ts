// Shared reader for responses that carry a policy document in one field ({"Policy": "<json string>"}).
import type { LoadedPolicy } from '../model.js';
import { isRecord, type ReadResult } from '../json-shape.js';
import { LazyPolicy } from '../lazy-policy.js';

/** Reads `field` of the response (at `objectKey` when nested, e.g. Attributes.Policy) as a policy; absent field = `null` when `absentIsNone`. */
export function policyFieldReader(name: string, field: string, opts: { objectKey?: string; absentIsNone?: boolean } = {}) {
  return (value: unknown, file: string): ReadResult<LoadedPolicy | null> => {
    if (!isRecord(value)) return { ok: false, reason: 'the file is not a JSON object' };
    let holder: Record<string, unknown> = value;
    let path = '$';
    if (opts.objectKey) {
      const inner = value[opts.objectKey];
      if (!isRecord(inner)) return { ok: false, reason: `$.${opts.objectKey} is not an object` };
      holder = inner;
      path = `$.${opts.objectKey}`;
    }
    const raw = holder[field];
    if (raw === undefined || raw === null || raw === '') {
      return opts.absentIsNone ? { ok: true, value: null } : { ok: false, reason: `${path}.${field} is missing` };
    }
    if (typeof raw !== 'string' && !isRecord(raw)) return { ok: false, reason: `${path}.${field} is neither a string nor an object` };
    return { ok: true, value: new LazyPolicy({ name, file, jsonPath: `${path}.${field}`, origin: 'snapshot' }, raw) };
  };
}
