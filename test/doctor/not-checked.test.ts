// A missing file is "not checked: needs FILE" (SNAPSHOT_DATA_MISSING), never a silent pass; an unreadable one is a finding.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { doctorOn } from './helpers.js';
import { brokenTwin } from './mutate.js';

describe('not checked', () => {
  it('a missing function policy becomes a notChecked entry naming the file', async () => {
    const dir = brokenTwin([]);
    rmSync(join(dir, '111122223333/us-east-1/lambda/functions/terminate-unauthorized-instances/get-policy.json'));
    const r = await doctorOn(dir);
    const n = r.notChecked.find((x) => x.check === 'LAMBDA_POLICY_MISSING_SERVICE_INVOKE');
    expect(n?.code).toBe('SNAPSHOT_DATA_MISSING');
    expect(n?.message).toMatch(/^not checked: needs 111122223333\/us-east-1\/lambda\/functions\/terminate-unauthorized-instances\/get-policy\.json/);
    expect(r.findings.filter((f) => f.code === 'LAMBDA_POLICY_MISSING_SERVICE_INVOKE')).toEqual([]);
  }, 60_000);
  it('an engine answer that leaned on an uncollected bucket policy is listed as not checked, even when it allows', async () => {
    const dir = brokenTwin([]);
    rmSync(join(dir, '111122223333/s3/buckets/cloudtrail-logs-111122223333/get-bucket-policy.json'));
    const r = await doctorOn(dir);
    const n = r.notChecked.filter((x) => x.check === 'AUDITOR_CANNOT_READ_TRAIL' && x.file === '111122223333/s3/buckets/cloudtrail-logs-111122223333/get-bucket-policy.json');
    expect(n.length).toBeGreaterThan(0);
    expect(n[0]?.message).toContain('assumed no resource-based policy applies');
  }, 60_000);
  it('a missing trail status is not taken as logging', async () => {
    const dir = brokenTwin([]);
    rmSync(join(dir, '111122223333/us-east-1/cloudtrail/trails/management-events/get-trail-status.json'));
    rmSync(join(dir, '111122223333/us-east-1/cloudtrail/trails/security-audit/get-trail-status.json'));
    rmSync(join(dir, '111122223333/us-east-1/cloudtrail/trails/data-events-all/get-trail-status.json'));
    const r = await doctorOn(dir);
    expect(r.notChecked.some((x) => x.check === 'CLOUDTRAIL_NOT_ENABLED' && x.file.endsWith('management-events/get-trail-status.json'))).toBe(true);
  }, 60_000);
  it('an unreadable file is a SNAPSHOT_FILE_UNREADABLE finding with the path, and its rules are not invented', async () => {
    const dir = brokenTwin([{ file: '111122223333/us-east-1/events/list-rules.json', text: '{"Rules": [' }]);
    const r = await doctorOn(dir);
    const f = r.findings.find((x) => x.code === 'SNAPSHOT_FILE_UNREADABLE');
    expect(f?.location?.file).toBe('111122223333/us-east-1/events/list-rules.json');
    expect(r.findings.filter((x) => x.code === 'EVENTS_RULE_INACTIVE')).toEqual([]);
  }, 60_000);
});
