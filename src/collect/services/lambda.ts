// Lambda: list-functions.json, then per function its resource-based policy (get-policy).
import { GetPolicyCommand, paginateListFunctions } from '@aws-sdk/client-lambda';
import { allPages } from '../pages.js';
import { encodeName } from '../paths.js';
import type { ServiceCollector } from './types.js';

/** Every function of the region and its resource-based policy; ResourceNotFoundException on get-policy means "no policy". */
export const lambdaCollector: ServiceCollector = {
  name: 'lambda',
  level: 'region',
  async collect(scope) {
    const client = scope.client('lambda');
    const list = await scope.file('lambda/list-functions.json', () => allPages(paginateListFunctions({ client, pageSize: 50 }, {})));
    await Promise.all(
      (list?.Functions ?? []).map(async ({ FunctionName, FunctionArn }) => {
        if (!FunctionName) return;
        await scope.file(
          `lambda/functions/${encodeName(FunctionName)}/get-policy.json`,
          () => client.send(new GetPolicyCommand({ FunctionName: FunctionArn ?? FunctionName })),
          { none: ['ResourceNotFoundException'] },
        );
      }),
    );
  },
};
