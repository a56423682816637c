// Reader of s3/list-buckets.json: bucket names and, when S3 returned it, each bucket's region.
import { records, responseObject, str, type ProblemSink, type ReadResult } from '../json-shape.js';

/** A bucket as list-buckets lists it. */
export interface ListedBucket {
  name: string;
  region?: string;
}

/** Reads `Buckets[].Name` and `Buckets[].BucketRegion`. */
export function readListBuckets(value: unknown, _file: string, problems: ProblemSink): ReadResult<ListedBucket[]> {
  const obj = responseObject(value);
  if (!obj.ok) return obj;
  const list = records(obj.value, 'Buckets');
  if (!list.ok) return list;
  const out: ListedBucket[] = [];
  list.value.forEach((b, i) => {
    const name = str(b.Name);
    const region = str(b.BucketRegion);
    if (name) out.push({ name, ...(region ? { region } : {}) });
    else problems(`$.Buckets[${i}]`, 'a bucket without Name; skipped');
  });
  return { ok: true, value: out };
}
