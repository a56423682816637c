// CLOUDTRAIL_DATA_EVENTS_ALL_RESOURCES: event selectors log S3 object or Lambda invoke data events for every bucket or function.
import { eventSelectors, uniqueTrails } from '../aws/cloudtrail.js';
import type { Check } from '../types.js';

interface DataResource { Type?: string; Values?: string[] }
interface FieldSelector { Field?: string; Equals?: string[]; StartsWith?: string[]; NotEquals?: string[]; NotStartsWith?: string[] }

const ALL: Record<string, string[]> = { 'AWS::S3::Object': ['arn:aws:s3', 'arn:aws:s3:::'], 'AWS::Lambda::Function': ['arn:aws:lambda'] };

/** The check. */
export const check: Check = {
  meta: {
    code: 'CLOUDTRAIL_DATA_EVENTS_ALL_RESOURCES', severity: 'info', title: 'Data events are logged for all buckets or functions',
    needs: ['R/ct/trails/<t>/get-event-selectors'],
    fix: 'Data events are high-volume and billed per event: narrow to bucket, prefix or function ARNs, or use advanced selectors (eventName, readOnly).',
    docs: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/logging-data-events-with-cloudtrail.html',
  },
  check({ ctx, report, notChecked }) {
    for (const t of uniqueTrails(ctx)) {
      const { file, selectors } = eventSelectors(ctx, t);
      if (!selectors) {
        notChecked(file, `which data events trail ${t.name} logs`, t.arn);
        continue;
      }
      const basic = Array.isArray(selectors.EventSelectors) ? (selectors.EventSelectors as { DataResources?: DataResource[] }[]) : [];
      basic.forEach((s, i) => (s.DataResources ?? []).forEach((d, j) => {
        const all = d.Type ? ALL[d.Type] : undefined;
        if (!all || !(d.Values ?? []).some((v) => all.includes(v))) return;
        report({
          message: `Trail ${t.name} logs ${d.Type === 'AWS::S3::Object' ? 'S3 object-level events for all buckets' : 'Lambda Invoke events for all functions'} (${d.Type} = ${(d.Values ?? []).join(', ')}).`,
          fix: `Narrow ${d.Type ?? ''} to specific ${d.Type === 'AWS::S3::Object' ? 'bucket or prefix ARNs (arn:aws:s3:::<bucket>/<prefix>)' : 'function ARNs'}, or use advanced event selectors filtering eventName or readOnly: data events are high-volume and billed per event.`,
          resource: t.arn, location: { file, jsonPath: `$.EventSelectors[${i}].DataResources[${j}]` }, evidence: [`${file}: ${JSON.stringify(d)}`],
        });
      }));
      const advanced = Array.isArray(selectors.AdvancedEventSelectors) ? (selectors.AdvancedEventSelectors as { Name?: string; FieldSelectors?: FieldSelector[] }[]) : [];
      advanced.forEach((s, i) => {
        const f = s.FieldSelectors ?? [];
        const data = f.some((x) => x.Field === 'eventCategory' && x.Equals?.includes('Data'));
        const type = f.find((x) => x.Field === 'resources.type')?.Equals?.find((v) => v in ALL);
        const narrowed = f.some((x) => x.Field === 'resources.ARN' || x.Field === 'eventName' || x.Field === 'readOnly');
        if (!data || !type || narrowed) return;
        report({
          message: `Trail ${t.name} advanced selector ${s.Name ?? `#${i + 1}`} logs every ${type} data event (no resources.ARN, eventName or readOnly filter).`,
          fix: `Add a resources.ARN StartsWith filter (bucket, prefix or function ARNs) or an eventName/readOnly filter to selector ${s.Name ?? `#${i + 1}`}: data events are high-volume and billed per event.`,
          resource: t.arn, location: { file, jsonPath: `$.AdvancedEventSelectors[${i}]` }, evidence: [`${file}: ${JSON.stringify(f)}`],
        });
      });
    }
  },
};
