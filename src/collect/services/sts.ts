// STS: <region>/sts/get-caller-identity.json, who collected the region.
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import type { ServiceCollector } from './types.js';

/** The identity that collected the region (through the regional STS endpoint). */
export const stsCollector: ServiceCollector = {
  name: 'sts',
  level: 'region',
  async collect(scope) {
    const client = scope.client('sts');
    await scope.file('sts/get-caller-identity.json', () => client.send(new GetCallerIdentityCommand({})));
  },
};
