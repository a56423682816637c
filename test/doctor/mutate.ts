// Builds a broken twin of examples/snapshot-fixed in a temporary folder: copy it, then edit one file (verbatim AWS shapes).
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const FIXED = resolve(import.meta.dirname, '../../examples/snapshot-fixed');

/** An edit of one snapshot file: its path relative to the snapshot root and a function of its JSON (or text). */
export interface Edit { file: string; json?: (v: Record<string, unknown>) => void; text?: string }

/** Copies snapshot-fixed to a new temporary folder and applies the edits; returns the folder. */
export function brokenTwin(edits: Edit[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'whynot-doctor-'));
  cpSync(FIXED, dir, { recursive: true });
  for (const e of edits) {
    const path = join(dir, e.file);
    if (e.text !== undefined) writeFileSync(path, e.text);
    else if (e.json) {
      const v = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
      e.json(v);
      writeFileSync(path, JSON.stringify(v, null, 4));
    }
  }
  return dir;
}

/** An edit of a policy held as a JSON string under `field` (get-bucket-policy `Policy`, get-key-policy `Policy`). */
export function editPolicyString(file: string, edit: (doc: Record<string, unknown>) => void, field = 'Policy'): Edit {
  return { file, json: (v) => { const doc = JSON.parse(v[field] as string) as Record<string, unknown>; edit(doc); v[field] = JSON.stringify(doc, null, 2); } };
}

/** An edit that replaces a policy string with the given text verbatim (comments, fragments). */
export function replacePolicyText(file: string, text: string, field = 'Policy'): Edit {
  return { file, json: (v) => { v[field] = text; } };
}

/** An edit of an inline policy document of an IAM user in get-account-authorization-details. */
export function editUserPolicy(account: string, user: string, policy: string, edit: (doc: { Statement: Record<string, unknown>[] } & Record<string, unknown>) => void): Edit {
  return {
    file: `${account}/iam/get-account-authorization-details.json`,
    json: (v) => {
      const u = (v.UserDetailList as { UserName: string; UserPolicyList?: { PolicyName: string; PolicyDocument: { Statement: Record<string, unknown>[] } & Record<string, unknown> }[] }[]).find((x) => x.UserName === user);
      const p = u?.UserPolicyList?.find((x) => x.PolicyName === policy);
      if (!p) throw new Error(`no inline policy ${policy} on ${user}`);
      edit(p.PolicyDocument);
    },
  };
}
