// CLOUDTRAIL_DUPLICATE_MANAGEMENT_TRAILS: more than one trail records management events in a region; only the first copy is free.
import { coversRegion, eventSelectors, trailsIn } from '../aws/cloudtrail.js';
import type { Check } from '../types.js';

/** True, false, or undefined when the selectors were not collected. */
function recordsManagement(sel: Record<string, unknown> | undefined): boolean | undefined {
  if (!sel) return undefined;
  const basic = Array.isArray(sel.EventSelectors) ? (sel.EventSelectors as { IncludeManagementEvents?: boolean }[]) : [];
  const adv = Array.isArray(sel.AdvancedEventSelectors) ? (sel.AdvancedEventSelectors as { FieldSelectors?: { Field?: string; Equals?: string[] }[] }[]) : [];
  if (adv.length) return adv.some((s) => (s.FieldSelectors ?? []).some((f) => f.Field === 'eventCategory' && f.Equals?.includes('Management')));
  return basic.some((s) => s.IncludeManagementEvents !== false);
}

/** The check. */
export const check: Check = {
  meta: {
    code: 'CLOUDTRAIL_DUPLICATE_MANAGEMENT_TRAILS', severity: 'info', title: 'Several trails record management events in one region',
    needs: ['R/ct/describe-trails', 'R/ct/trails/<t>/get-event-selectors'],
    fix: 'Keep one management-event trail per region; exclude management events from the others (IncludeManagementEvents=false).',
    docs: 'https://aws.amazon.com/cloudtrail/pricing/',
  },
  check({ ctx, report, notChecked }) {
    for (const r of ctx.regions()) {
      const { file, trails } = trailsIn(ctx, r);
      if (!trails) continue;
      const mgmt = trails.filter(coversRegion).filter((t) => {
        const s = eventSelectors(ctx, t);
        const m = recordsManagement(s.selectors);
        if (m === undefined) notChecked(s.file, `whether trail ${t.name} records management events`, t.arn);
        return m === true;
      });
      if (mgmt.length < 2) continue;
      const [keep, ...others] = mgmt;
      report({
        message: `${mgmt.length} trails record management events in ${r.region} of ${r.account}: ${mgmt.map((t) => t.name).join(', ')}. Only the first copy of management events is free.`,
        fix: `Keep ${keep?.name ?? 'one trail'} for management events; set IncludeManagementEvents=false on ${others.map((t) => t.name).join(', ')} (aws cloudtrail put-event-selectors).`,
        resource: `arn:aws:cloudtrail:${r.region}:${r.account}:trail/*`, location: { file, jsonPath: '$.trailList' },
        related: mgmt.map((t) => ({ file: t.file, jsonPath: t.jsonPath })), evidence: mgmt.map((t) => `${t.name}: management events recorded`),
      });
    }
  },
};
