// SNS: list-topics.json, then per topic get-topic-attributes (Attributes.Policy is the topic policy).
import { GetTopicAttributesCommand, paginateListTopics } from '@aws-sdk/client-sns';
import { allPages } from '../pages.js';
import { encodeName, lastSegment } from '../paths.js';
import type { ServiceCollector } from './types.js';

/** Every topic of the region and its attributes, named by the last segment of its ARN. */
export const snsCollector: ServiceCollector = {
  name: 'sns',
  level: 'region',
  async collect(scope) {
    const client = scope.client('sns');
    const list = await scope.file('sns/list-topics.json', () => allPages(paginateListTopics({ client }, {})));
    await Promise.all(
      (list?.Topics ?? []).map(async ({ TopicArn }) => {
        if (!TopicArn) return;
        await scope.file(`sns/topics/${encodeName(lastSegment(TopicArn))}/get-topic-attributes.json`, () =>
          client.send(new GetTopicAttributesCommand({ TopicArn })),
        );
      }),
    );
  },
};
