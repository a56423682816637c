// Loads the regional resources that carry a resource-based policy: Lambda functions, secrets, SNS topics, SQS queues.
import type { Collected } from '../core/collected.js';
import type { LoadContext, Reader } from './context.js';
import type { LoadedPolicy, PolicyResource } from './model.js';
import { attributesReader } from './readers/attributes.js';
import { functionPolicyReader, readListFunctions } from './readers/lambda.js';
import type { ListedResource } from './readers/resource-list.js';
import { readListSecrets, secretPolicyReader } from './readers/secretsmanager.js';
import { readListTopics, topicAttributesReader } from './readers/sns.js';
import { queueAttributesReader, readListQueues } from './readers/sqs.js';

interface ItemData {
  policy: Collected<LoadedPolicy | null>;
  attributes?: Record<string, unknown>;
}

/** How one service lays out its files and reads its per-resource file. */
interface ResourceSpec {
  kind: PolicyResource['kind'];
  service: string;
  listFile: string;
  itemsFolder: string;
  itemFile: string;
  readList: Reader<ListedResource[]>;
  arnOf: (account: string, region: string, name: string) => string;
  readItem: (ctx: LoadContext, file: string, name: string) => Promise<ItemData>;
}

async function policyOnly(ctx: LoadContext, file: string, reader: Reader<LoadedPolicy | null>, noneCodes: string[]): Promise<ItemData> {
  return { policy: await ctx.readOrNone(file, reader, noneCodes) };
}

async function withAttributes(ctx: LoadContext, file: string, reader: ReturnType<typeof attributesReader>): Promise<ItemData> {
  const c = await ctx.read(file, reader);
  if (c.state !== 'collected') return { policy: c };
  return { policy: { state: 'collected', value: c.value.policy, file }, attributes: c.value.attributes };
}

/** The four services, keyed by the RegionData field they fill. */
export const RESOURCE_SPECS = {
  lambdaFunctions: {
    kind: 'lambda-function', service: 'lambda', listFile: 'list-functions.json', itemsFolder: 'functions', itemFile: 'get-policy.json',
    readList: readListFunctions,
    arnOf: (a, r, n) => `arn:aws:lambda:${r}:${a}:function:${n}`,
    readItem: (ctx, file, name) => policyOnly(ctx, file, functionPolicyReader(name), ['ResourceNotFoundException']),
  },
  secrets: {
    kind: 'secret', service: 'secretsmanager', listFile: 'list-secrets.json', itemsFolder: 'secrets', itemFile: 'get-resource-policy.json',
    readList: readListSecrets,
    arnOf: (a, r, n) => `arn:aws:secretsmanager:${r}:${a}:secret:${n}`,
    readItem: (ctx, file, name) => policyOnly(ctx, file, secretPolicyReader(name), ['ResourceNotFoundException']),
  },
  topics: {
    kind: 'sns-topic', service: 'sns', listFile: 'list-topics.json', itemsFolder: 'topics', itemFile: 'get-topic-attributes.json',
    readList: readListTopics,
    arnOf: (a, r, n) => `arn:aws:sns:${r}:${a}:${n}`,
    readItem: (ctx, file, name) => withAttributes(ctx, file, topicAttributesReader(name)),
  },
  queues: {
    kind: 'sqs-queue', service: 'sqs', listFile: 'list-queues.json', itemsFolder: 'queues', itemFile: 'get-queue-attributes.json',
    readList: readListQueues,
    arnOf: (a, r, n) => `arn:aws:sqs:${r}:${a}:${n}`,
    readItem: (ctx, file, name) => withAttributes(ctx, file, queueAttributesReader(name)),
  },
} as const satisfies Record<string, ResourceSpec>;

/** Loads one service's resources in a region folder (`<account>/<region>` on disk); folders the list omits are loaded too. */
export async function loadPolicyResources(
  ctx: LoadContext, spec: ResourceSpec, account: string, region: string, regionDir: string,
): Promise<Collected<Map<string, PolicyResource>>> {
  const base = `${regionDir}/${spec.service}`;
  const listFile = `${base}/${spec.listFile}`;
  const [list, folders] = await Promise.all([ctx.read(listFile, spec.readList), ctx.dirs(`${base}/${spec.itemsFolder}`)]);
  if (list.state === 'unreadable') return list;
  if (list.state === 'missing' && folders.length === 0) return list;
  if (list.state === 'missing') ctx.notes.push(`${listFile} is missing: the resources are taken from the ${spec.itemsFolder}/ folders`);
  const listed: ListedResource[] = list.state === 'collected' ? [...list.value] : [];
  const onDisk = new Map(folders.map((f) => [f.name, f.onDisk]));
  const names = new Set(listed.map((l) => l.name));
  for (const f of folders) if (!names.has(f.name)) listed.push({ name: f.name, entry: {} });
  const items = await Promise.all(listed.map(async (l): Promise<PolicyResource> => {
    const file = `${base}/${spec.itemsFolder}/${onDisk.get(l.name) ?? encodeURIComponent(l.name)}/${spec.itemFile}`;
    const item = await spec.readItem(ctx, file, l.name);
    const attrArn = item.attributes?.QueueArn ?? item.attributes?.TopicArn;
    const arn = l.arn ?? (typeof attrArn === 'string' ? attrArn : spec.arnOf(account, region, l.name));
    return { kind: spec.kind, name: l.name, arn, account, region, config: item.attributes ?? l.entry, policy: item.policy };
  }));
  return { state: 'collected', value: new Map(items.map((i) => [i.name, i])), file: listFile };
}
