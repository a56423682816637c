// SSM: describe-instance-information.json, then per managed node its AWS:Application inventory.
import { ListInventoryEntriesCommand, paginateDescribeInstanceInformation } from '@aws-sdk/client-ssm';
import { allPages, allTokenPages } from '../pages.js';
import { encodeName } from '../paths.js';
import type { ServiceCollector } from './types.js';

/** Every managed node of the region and its installed applications (inventory type AWS:Application). */
export const ssmCollector: ServiceCollector = {
  name: 'ssm',
  level: 'region',
  async collect(scope) {
    const client = scope.client('ssm');
    const list = await scope.file('ssm/describe-instance-information.json', () =>
      allPages(paginateDescribeInstanceInformation({ client, pageSize: 50 }, {})),
    );
    await Promise.all(
      (list?.InstanceInformationList ?? []).map(async ({ InstanceId }) => {
        if (!InstanceId) return;
        await scope.file(`ssm/inventory/${encodeName(InstanceId)}/applications.json`, () =>
          allTokenPages((NextToken) =>
            client.send(new ListInventoryEntriesCommand({ InstanceId, TypeName: 'AWS:Application', NextToken, MaxResults: 50 })),
          ),
        );
      }),
    );
  },
};
