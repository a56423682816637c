// Readers of the SNS files: list-topics and get-topic-attributes.
import { attributesReader } from './attributes.js';
import { lastArnPart, listReader } from './resource-list.js';

/** Reads list-topics.json: `Topics[].TopicArn`, the name being the ARN's last part. */
export const readListTopics = listReader({ listKey: 'Topics', arnKey: 'TopicArn', nameOf: (e) => lastArnPart(e.TopicArn) });

/** Builds the reader of get-topic-attributes.json (Attributes.Policy). */
export function topicAttributesReader(name: string) {
  return attributesReader(`topic policy of ${name}`);
}
