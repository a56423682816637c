// IAM: iam/get-account-authorization-details.json, all five filters, every page merged into one object.
import { paginateGetAccountAuthorizationDetails } from '@aws-sdk/client-iam';
import { allPages } from '../pages.js';
import type { ServiceCollector } from './types.js';

/** Users, groups, roles, their inline and attached policies, and the managed policies (customer and AWS) of an account. */
export const iamCollector: ServiceCollector = {
  name: 'iam',
  level: 'account',
  async collect(scope) {
    const client = scope.client('iam');
    await scope.file('iam/get-account-authorization-details.json', () =>
      allPages(paginateGetAccountAuthorizationDetails({ client, pageSize: 1000 }, {
        Filter: ['User', 'Role', 'Group', 'LocalManagedPolicy', 'AWSManagedPolicy'],
      })),
    );
  },
};
