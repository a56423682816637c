// CloudTrail facts from describe-trails, get-trail-status and get-event-selectors, per region folder.
import { seg, type DoctorContext, type RegionRef } from '../context.js';
import { listIn, recordIn } from './files.js';

/** A trail as describe-trails lists it in one region (shadow trails included). */
export interface Trail {
  name: string;
  arn: string;
  account: string;
  homeRegion: string;
  multiRegion: boolean;
  organization: boolean;
  bucket?: string;
  prefix?: string;
  kmsKeyId?: string;
  /** The region folder that lists it, its describe-trails file and JSON path. */
  ref: RegionRef;
  file: string;
  jsonPath: string;
}

interface RawTrail {
  Name?: string; TrailARN?: string; HomeRegion?: string; IsMultiRegionTrail?: boolean; IsOrganizationTrail?: boolean;
  S3BucketName?: string; S3KeyPrefix?: string; KmsKeyId?: string;
}

/** The trails listed in a region, or undefined (with the file) when describe-trails was not collected. */
export function trailsIn(ctx: DoctorContext, r: RegionRef): { file: string; trails: Trail[] | undefined } {
  const c = ctx.raw(r, 'cloudtrail/describe-trails.json');
  const list = listIn<RawTrail>(c, 'trailList');
  if (!list) return { file: c.file, trails: undefined };
  const trails = list.flatMap((t, i): Trail[] => {
    if (!t.Name && !t.TrailARN) return [];
    const arn = t.TrailARN ?? `arn:aws:cloudtrail:${r.region}:${r.account}:trail/${t.Name ?? ''}`;
    const name = t.Name ?? arn.split('/').pop() ?? arn;
    return [{
      name, arn, account: arn.split(':')[4] ?? r.account, homeRegion: t.HomeRegion ?? r.region, multiRegion: t.IsMultiRegionTrail === true,
      organization: t.IsOrganizationTrail === true, ref: r, file: c.file, jsonPath: `$.trailList[${i}]`,
      ...(t.S3BucketName ? { bucket: t.S3BucketName } : {}), ...(t.S3KeyPrefix ? { prefix: t.S3KeyPrefix } : {}), ...(t.KmsKeyId ? { kmsKeyId: t.KmsKeyId } : {}),
    }];
  });
  return { file: c.file, trails };
}

/** True when the trail records events of the region it is listed in. */
export function coversRegion(t: Trail): boolean {
  return t.multiRegion || t.homeRegion === t.ref.region;
}

/** A per-trail file from the region folder that lists the trail, else from the trail's home region in its own account (shadow and organization trails). */
function trailFile(ctx: DoctorContext, t: Trail, name: string): { file: string; value: Record<string, unknown> | undefined } {
  const path = `cloudtrail/trails/${seg(t.name)}/${name}`;
  const here = ctx.raw(t.ref, path);
  if (here.state === 'collected' || (t.ref.region === t.homeRegion && t.ref.account === t.account)) return { file: here.file, value: recordIn(here) };
  const home = ctx.regions().find((r) => r.account === t.account && r.region === t.homeRegion);
  const c = home ? ctx.raw(home, path) : undefined;
  return c?.state === 'collected' ? { file: c.file, value: recordIn(c) } : { file: here.file, value: undefined };
}

/** get-trail-status of a trail (the listing region's copy, else the home region's). */
export function trailStatus(ctx: DoctorContext, t: Trail): { file: string; status: Record<string, unknown> | undefined } {
  const f = trailFile(ctx, t, 'get-trail-status.json');
  return { file: f.file, status: f.value };
}

/** get-event-selectors of a trail (the listing region's copy, else the home region's). */
export function eventSelectors(ctx: DoctorContext, t: Trail): { file: string; selectors: Record<string, unknown> | undefined } {
  const f = trailFile(ctx, t, 'get-event-selectors.json');
  return { file: f.file, selectors: f.value };
}

/** Every trail listed in every region, each trail once per region folder. */
export function allTrails(ctx: DoctorContext): Trail[] {
  return ctx.regions().flatMap((r) => trailsIn(ctx, r).trails ?? []);
}

/** Each trail once: the copy listed in its home region when collected, else the first. */
export function uniqueTrails(ctx: DoctorContext): Trail[] {
  const byArn = new Map<string, Trail>();
  for (const t of allTrails(ctx)) {
    const seen = byArn.get(t.arn);
    if (!seen || (seen.ref.region !== seen.homeRegion && t.ref.region === t.homeRegion)) byArn.set(t.arn, t);
  }
  return [...byArn.values()];
}

/** The KMS key ARN of a trail's KmsKeyId (a key ARN, or an alias/key id completed with the trail's region and account). */
export function trailKeyArn(t: Trail): string | undefined {
  const k = t.kmsKeyId;
  if (!k) return undefined;
  if (k.startsWith('arn:')) return k;
  return `arn:aws:kms:${t.homeRegion}:${t.account}:${k.startsWith('alias/') ? k : `key/${k}`}`;
}
