// Reader of whynot-collect.json (our own file; see docs/snapshot-format.md): when, who, regions, failed calls.
import type { CollectInfo } from '../model.js';
import { isRecord, records, str, strings, type ProblemSink, type ReadResult } from '../json-shape.js';

/** Reads whynot-collect.json; failure records without `call` or `error` are skipped with a problem. */
export function readWhynotCollect(value: unknown, _file: string, problems: ProblemSink): ReadResult<CollectInfo> {
  if (!isRecord(value)) return { ok: false, reason: 'the file is not a JSON object' };
  if (value.version !== undefined && value.version !== 1) return { ok: false, reason: `unsupported version ${JSON.stringify(value.version)} (this whynot reads version 1)` };
  const list = records(value, 'failures');
  if (!list.ok) return list;
  const regions = strings(value, 'regions');
  if (!regions.ok) return regions;
  const failures: CollectInfo['failures'] = [];
  list.value.forEach((f, i) => {
    const call = str(f.call);
    const error = str(f.error);
    if (!call || !error) {
      problems(`$.failures[${i}]`, 'a failure without call or error; skipped');
      return;
    }
    const file = str(f.file);
    const message = str(f.message);
    const at = str(f.at);
    failures.push({ call, error, ...(file ? { file } : {}), ...(message ? { message } : {}), ...(at ? { at } : {}) });
  });
  const caller = isRecord(value.caller) ? str(value.caller.Arn) : undefined;
  const collectedAt = str(value.collectedAt);
  const toolVersion = str(value.toolVersion);
  return {
    ok: true,
    value: {
      ...(collectedAt ? { collectedAt } : {}),
      ...(caller ? { callerArn: caller } : {}),
      ...(value.regions !== undefined ? { regions: regions.value } : {}),
      ...(toolVersion ? { toolVersion } : {}),
      failures,
    },
  };
}
