// SQS: list-queues.json, then per queue get-queue-attributes with every attribute (Policy, QueueArn...).
import { GetQueueAttributesCommand, paginateListQueues } from '@aws-sdk/client-sqs';
import { allPages } from '../pages.js';
import { encodeName, lastSegment } from '../paths.js';
import type { ServiceCollector } from './types.js';

/** Every queue of the region and its attributes, named by the last segment of its URL. */
export const sqsCollector: ServiceCollector = {
  name: 'sqs',
  level: 'region',
  async collect(scope) {
    const client = scope.client('sqs');
    // Without MaxResults, ListQueues stops at 1000 queues and returns no NextToken.
    const list = await scope.file('sqs/list-queues.json', () => allPages(paginateListQueues({ client, pageSize: 1000 }, {})));
    await Promise.all(
      (list?.QueueUrls ?? []).map(async (QueueUrl) => {
        await scope.file(`sqs/queues/${encodeName(lastSegment(QueueUrl))}/get-queue-attributes.json`, () =>
          client.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['All'] })),
        );
      }),
    );
  },
};
