// Secrets Manager: list-secrets.json, then per secret its resource policy (never the secret value).
import { GetResourcePolicyCommand, paginateListSecrets } from '@aws-sdk/client-secrets-manager';
import { allPages } from '../pages.js';
import { encodeName } from '../paths.js';
import type { ServiceCollector } from './types.js';

/** Every secret's metadata and resource policy; a response without ResourcePolicy means "no policy". */
export const secretsManagerCollector: ServiceCollector = {
  name: 'secretsmanager',
  level: 'region',
  async collect(scope) {
    const client = scope.client('secretsmanager');
    const list = await scope.file('secretsmanager/list-secrets.json', () => allPages(paginateListSecrets({ client, pageSize: 100 }, {})));
    await Promise.all(
      (list?.SecretList ?? []).map(async ({ Name, ARN }) => {
        if (!Name) return;
        await scope.file(
          `secretsmanager/secrets/${encodeName(Name)}/get-resource-policy.json`,
          () => client.send(new GetResourcePolicyCommand({ SecretId: ARN ?? Name })),
          { none: ['ResourceNotFoundException'] },
        );
      }),
    );
  },
};
