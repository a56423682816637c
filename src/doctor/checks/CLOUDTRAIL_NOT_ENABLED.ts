// CLOUDTRAIL_NOT_ENABLED: no trail records the region, or every trail that does has stopped logging.
import { coversRegion, trailStatus, trailsIn } from '../aws/cloudtrail.js';
import { fill, type Check } from '../types.js';

const FIX_NONE = 'aws cloudtrail create-trail --name {name} --s3-bucket-name <bucket> --is-multi-region-trail && aws cloudtrail start-logging --name {name}';
const FIX_STOPPED = 'aws cloudtrail start-logging --name {name}';

/** The check. */
export const check: Check = {
  meta: {
    code: 'CLOUDTRAIL_NOT_ENABLED', severity: 'error', title: 'No CloudTrail trail records this region',
    needs: ['R/ct/describe-trails (all regions)', 'R/ct/trails/<t>/get-trail-status'],
    fix: `${FIX_NONE} / ${FIX_STOPPED}`,
    docs: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-create-and-update-a-trail.html',
  },
  check({ ctx, report, notChecked }) {
    const stopped = new Set<string>();
    for (const r of ctx.regions()) {
      const { file, trails } = trailsIn(ctx, r);
      if (!trails) {
        notChecked(file, `whether a trail records ${r.region} of ${r.account}`);
        continue;
      }
      const covering = trails.filter(coversRegion);
      if (covering.length === 0) {
        report({
          message: `No CloudTrail trail records API calls in ${r.region} of account ${r.account}: describe-trails lists ${trails.length ? trails.map((t) => t.name).join(', ') + ' (none multi-region or homed here)' : 'no trail'}.`,
          fix: fill(FIX_NONE, { name: 'management-events' }), resource: `arn:aws:cloudtrail:${r.region}:${r.account}:trail/*`,
          location: { file, jsonPath: '$.trailList' }, evidence: [`${file}: trailList has ${trails.length} trail(s)`],
        });
        continue;
      }
      const statuses = covering.map((t) => ({ t, ...trailStatus(ctx, t) }));
      if (statuses.some((s) => s.status?.IsLogging === true)) continue;
      for (const s of statuses) {
        if (!s.status) notChecked(s.file, `whether trail ${s.t.name} is logging`, s.t.arn);
        else if (s.status.IsLogging === false && !stopped.has(s.t.arn)) {
          stopped.add(s.t.arn);
          report({
            message: `Trail ${s.t.name} records ${s.t.multiRegion ? 'every region' : r.region} but is not logging (IsLogging=false)${typeof s.status.StopLoggingTime === 'string' ? `, stopped at ${s.status.StopLoggingTime}` : ''}.`,
            fix: fill(FIX_STOPPED, { name: s.t.name }), resource: s.t.arn, location: { file: s.file, jsonPath: '$.IsLogging' },
            related: [{ file: s.t.file, jsonPath: s.t.jsonPath }], evidence: [`${s.file}: IsLogging false`],
          });
        }
      }
    }
  },
};
