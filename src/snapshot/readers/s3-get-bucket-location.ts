// Reader of get-bucket-location.json: LocationConstraint null or empty is us-east-1, "EU" is eu-west-1.

import { responseObject, type ReadResult } from '../json-shape.js';

/** Reads the bucket's region from `LocationConstraint`. */
export function readBucketLocation(value: unknown): ReadResult<string> {
  const obj = responseObject(value);
  if (!obj.ok) return obj;
  const lc = obj.value.LocationConstraint;
  if (lc === null || lc === undefined || lc === '') return { ok: true, value: 'us-east-1' };
  if (typeof lc !== 'string') return { ok: false, reason: '$.LocationConstraint is not a string' };
  return { ok: true, value: lc === 'EU' ? 'eu-west-1' : lc };
}
