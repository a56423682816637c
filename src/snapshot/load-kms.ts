// Loads the KMS keys of one region: list-keys plus each key's describe-key, key policy and grants.
import type { Collected } from '../core/collected.js';
import type { LoadContext } from './context.js';
import type { KmsKey } from './model.js';
import { keyPolicyReader, readDescribeKey, readListGrants, readListKeys } from './readers/kms.js';
import type { ListedResource } from './readers/resource-list.js';

/** Loads the keys of a region folder (`<account>/<region>` on disk); key folders that list-keys omits are loaded too. */
export async function loadKms(ctx: LoadContext, account: string, region: string, regionDir: string): Promise<Collected<Map<string, KmsKey>>> {
  const listFile = `${regionDir}/kms/list-keys.json`;
  const [list, folders] = await Promise.all([ctx.read(listFile, readListKeys), ctx.dirs(`${regionDir}/kms/keys`)]);
  if (list.state === 'unreadable') return list;
  if (list.state === 'missing' && folders.length === 0) return list;
  if (list.state === 'missing') ctx.notes.push(`${listFile} is missing: the keys are taken from the kms/keys/ folders`);
  const listed: ListedResource[] = list.state === 'collected' ? [...list.value] : [];
  const names = new Set(listed.map((l) => l.name));
  for (const f of folders) if (!names.has(f.name)) listed.push({ name: f.name, entry: {} });
  const onDisk = new Map(folders.map((f) => [f.name, f.onDisk]));
  const keys = await Promise.all(listed.map(async (l): Promise<KmsKey> => {
    const dir = `${regionDir}/kms/keys/${onDisk.get(l.name) ?? encodeURIComponent(l.name)}`;
    const [metadata, policy, grants] = await Promise.all([
      ctx.read(`${dir}/describe-key.json`, readDescribeKey),
      ctx.read(`${dir}/get-key-policy.json`, keyPolicyReader(l.name)),
      ctx.read(`${dir}/list-grants.json`, readListGrants),
    ]);
    const metaArn = metadata.state === 'collected' ? metadata.value.Arn : undefined;
    const arn = l.arn ?? (typeof metaArn === 'string' ? metaArn : `arn:aws:kms:${region}:${account}:key/${l.name}`);
    return { keyId: l.name, arn, account, region, metadata, policy, grants };
  }));
  return { state: 'collected', value: new Map(keys.map((k) => [k.keyId, k])), file: listFile };
}
