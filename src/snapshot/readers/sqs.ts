// Readers of the SQS files: list-queues and get-queue-attributes.
import { attributesReader } from './attributes.js';
import { listReader } from './resource-list.js';

/** Reads list-queues.json: `QueueUrls`, the name being the URL's last path part. */
export const readListQueues = listReader({
  listKey: 'QueueUrls',
  stringKey: 'QueueUrl',
  nameOf: (e) => (typeof e.QueueUrl === 'string' ? e.QueueUrl.split('/').pop() || undefined : undefined),
});

/** Builds the reader of get-queue-attributes.json (Attributes.Policy, Attributes.QueueArn). */
export function queueAttributesReader(name: string) {
  return attributesReader(`queue policy of ${name}`);
}
