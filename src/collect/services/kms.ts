// KMS: list-keys.json, then per key describe-key, get-key-policy (the default policy) and list-grants.
import { DescribeKeyCommand, GetKeyPolicyCommand, paginateListGrants, paginateListKeys } from '@aws-sdk/client-kms';
import { allPages } from '../pages.js';
import { encodeName } from '../paths.js';
import type { ServiceCollector } from './types.js';

/** Every KMS key of the region (customer and AWS managed) with its metadata, key policy and grants. */
export const kmsCollector: ServiceCollector = {
  name: 'kms',
  level: 'region',
  async collect(scope) {
    const client = scope.client('kms');
    const list = await scope.file('kms/list-keys.json', () => allPages(paginateListKeys({ client, pageSize: 1000 }, {})));
    await Promise.all(
      (list?.Keys ?? []).map(async ({ KeyId }) => {
        if (!KeyId) return;
        const dir = `kms/keys/${encodeName(KeyId)}`;
        await Promise.all([
          scope.file(`${dir}/describe-key.json`, () => client.send(new DescribeKeyCommand({ KeyId }))),
          scope.file(`${dir}/get-key-policy.json`, () => client.send(new GetKeyPolicyCommand({ KeyId, PolicyName: 'default' }))),
          scope.file(`${dir}/list-grants.json`, () => allPages(paginateListGrants({ client, pageSize: 100 }, { KeyId }))),
        ]);
      }),
    );
  },
};
