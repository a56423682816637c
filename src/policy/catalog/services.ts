// The IAM action catalog by service prefix: actions, resource types (ARN templates) and condition keys.
import { readCatalogFile } from './data.js';

/** A resource type an action can apply to. */
export interface ActionResourceType {
  name: string;
  required: boolean;
  conditionKeys: string[];
}

/** One action of the catalog. */
export interface ActionInfo {
  service: string;
  name: string;
  resourceTypes: ActionResourceType[];
  conditionKeys: string[];
}

/** A resource type of a service with its ARN template (`arn:${Partition}:s3:::${BucketName}`). */
export interface ResourceTypeInfo {
  key: string;
  arn: string;
  conditionKeys: string[];
}

/** A condition key of a service and its type (String, ARN, Bool, ...). */
export interface ConditionKeyInfo {
  key: string;
  type: string;
}

/** Everything the catalog knows about one service prefix. */
export interface ServiceInfo {
  prefix: string;
  /** Actions by lower-cased name. */
  actions: Map<string, ActionInfo>;
  /** Resource types by key. */
  resourceTypes: Map<string, ResourceTypeInfo>;
  /** Condition keys by lower-cased name (names with `${Var}` kept as written). */
  conditionKeys: Map<string, ConditionKeyInfo>;
}

interface RawAction { name: string; resourceTypes?: ActionResourceType[]; conditionKeys?: string[] }
interface RawResourceType { key: string; arn: string; conditionKeys?: string[] }

let serviceList: string[] | undefined;
const services = new Map<string, ServiceInfo | undefined>();

/** Every service prefix of the catalog. */
export function serviceKeys(): readonly string[] {
  serviceList ??= readCatalogFile<string[]>('services.json') ?? [];
  return serviceList;
}

/** The catalog entry of a service prefix (case-insensitive), or undefined for an unknown prefix. */
export function service(prefix: string): ServiceInfo | undefined {
  const key = prefix.toLowerCase();
  if (services.has(key)) return services.get(key);
  let info: ServiceInfo | undefined;
  if (serviceKeys().includes(key)) {
    const rawActions = readCatalogFile<Record<string, RawAction>>('actions', `${key}.json`) ?? {};
    const rawTypes = readCatalogFile<Record<string, RawResourceType>>('resourceTypes', `${key}.json`) ?? {};
    const rawKeys = readCatalogFile<Record<string, ConditionKeyInfo>>('conditionKeys', `${key}.json`) ?? {};
    info = {
      prefix: key,
      actions: new Map(Object.entries(rawActions).map(([k, a]) => [k, {
        service: key, name: a.name, resourceTypes: a.resourceTypes ?? [], conditionKeys: a.conditionKeys ?? [],
      }])),
      resourceTypes: new Map(Object.values(rawTypes).map((r) => [r.key, { key: r.key, arn: r.arn, conditionKeys: r.conditionKeys ?? [] }])),
      conditionKeys: new Map(Object.entries(rawKeys)),
    };
  }
  services.set(key, info);
  return info;
}
