// CloudTrail: describe-trails.json (shadow trails included), then per trail get-trail-status and get-event-selectors.
import { DescribeTrailsCommand, GetEventSelectorsCommand, GetTrailStatusCommand } from '@aws-sdk/client-cloudtrail';
import { encodeName } from '../paths.js';
import type { ServiceCollector } from './types.js';

/** Every trail visible in the region (calls name trails by ARN, so shadow trails of other regions work too). */
export const cloudtrailCollector: ServiceCollector = {
  name: 'cloudtrail',
  level: 'region',
  async collect(scope) {
    const client = scope.client('cloudtrail');
    const list = await scope.file('cloudtrail/describe-trails.json', () => client.send(new DescribeTrailsCommand({ includeShadowTrails: true })));
    await Promise.all(
      (list?.trailList ?? []).map(async ({ Name, TrailARN }) => {
        if (!Name) return;
        const dir = `cloudtrail/trails/${encodeName(Name)}`;
        const id = TrailARN ?? Name;
        await Promise.all([
          scope.file(`${dir}/get-trail-status.json`, () => client.send(new GetTrailStatusCommand({ Name: id }))),
          scope.file(`${dir}/get-event-selectors.json`, () => client.send(new GetEventSelectorsCommand({ TrailName: id }))),
        ]);
      }),
    );
  },
};
