// Whether a policy ARN pattern (with `*`, `?`, `${vars}`) can name a resource of a catalog ARN template.
import { parseArn, type Arn } from '../../core/arn.js';

type UTok = number; // a char code, or STAR / QMARK
type TTok = number; // a char code, or VAR / NAME_VAR
const STAR = -1;
const QMARK = -2;
const VAR = -3;
const NAME_VAR = -4;
const SLASH = 47;
const COLON = 58;

/** Template variables whose values never hold a slash or colon (so `bucket/key` is an object, not a bucket). */
const NAME_VARS = new Set(['BucketName', 'TableName', 'FunctionName', 'TopicName', 'QueueName', 'KeyId', 'Account', 'Region', 'Partition']);

/** A catalog ARN template split into its fields, the resource part tokenized. */
export interface Template {
  text: string;
  partition: string;
  service: string;
  region: string;
  account: string;
  resource: TTok[];
}

const templates = new Map<string, Template | undefined>();
const resourceCache = new Map<string, boolean>();

function isVar(field: string): boolean {
  return /^\$\{[^}]*\}$/.test(field);
}

/** Parses a catalog ARN template (cached). */
export function compileTemplate(text: string): Template | undefined {
  if (templates.has(text)) return templates.get(text);
  const a = parseArn(text);
  let t: Template | undefined;
  if (a) {
    const resource: TTok[] = [];
    for (let i = 0; i < a.resource.length; i++) {
      if (a.resource.startsWith('${', i)) {
        const end = a.resource.indexOf('}', i);
        const name = a.resource.slice(i + 2, end < 0 ? a.resource.length : end);
        resource.push(NAME_VARS.has(name) ? NAME_VAR : VAR);
        i = end < 0 ? a.resource.length : end;
      } else {
        resource.push(a.resource.charCodeAt(i));
      }
    }
    t = { text, partition: a.partition, service: a.service, region: a.region, account: a.account, resource };
  }
  templates.set(text, t);
  return t;
}

/** Replaces policy variables (`${aws:username}`) by `*`: at request time they stand for some value. */
export function withoutVariables(text: string): string {
  return text.includes('${') ? text.replace(/\$\{[^}]*\}/g, '*') : text;
}

/** Splits a policy ARN for matching (variables become `*`), or undefined when it is not a full ARN. */
export function splitPolicyArn(text: string): Arn | undefined {
  return parseArn(withoutVariables(text));
}

/** ASCII lower case of a char code (the catalog's and AWS's spellings of ARN literals differ in case at times). */
function lower(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

function userTokens(text: string): UTok[] {
  const out: UTok[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out.push(c === 42 ? STAR : c === 63 ? QMARK : c);
  }
  return out;
}

/** Whether some string matches both the user glob and the template tokens. */
function intersects(u: UTok[], t: TTok[]): boolean {
  const U = u.length;
  const T = t.length;
  const memo = new Int8Array((U + 1) * (T + 1));
  const go = (i: number, j: number): boolean => {
    const k = i * (T + 1) + j;
    const m = memo[k];
    if (m) return m === 1;
    let r: boolean;
    if (i === U) r = j === T;
    else if (u[i] === STAR) r = go(i + 1, j) || (j < T && go(i, j + 1));
    else if (j === T) r = false;
    else {
      const ui = u[i] as number;
      const tj = t[j] as number;
      if (tj === VAR || tj === NAME_VAR) r = !(tj === NAME_VAR && (ui === SLASH || ui === COLON)) && (go(i + 1, j) || go(i + 1, j + 1));
      else r = (ui === QMARK || ui === tj || lower(ui) === lower(tj)) && go(i + 1, j + 1);
    }
    memo[k] = r ? 1 : 2;
    return r;
  };
  return go(0, 0);
}

/** Whether a user field (possibly a glob) can equal a template field (empty, `${Var}` or literal). */
export function fieldMatches(user: string, template: string, caseInsensitive = false): boolean {
  const wild = user.includes('*') || user.includes('?');
  // AWS-owned resources (public SSM documents and parameters, AMIs, snapshots) have an empty account.
  if (template === '${Account}') return true;
  if (isVar(template)) return user.length > 0;
  if (template === '') return user === '' || /^\*+$/.test(user);
  if (!wild) return caseInsensitive ? user.toLowerCase() === template.toLowerCase() : user === template;
  return intersects(userTokens(caseInsensitive ? user.toLowerCase() : user), [...(caseInsensitive ? template.toLowerCase() : template)].map((c) => c.charCodeAt(0)));
}

/** Whether the literal starts of a user pattern and a template (up to the first wildcard or variable) can agree. */
function literalPrefixesAgree(user: string, t: readonly TTok[]): boolean {
  const n = Math.min(user.length, t.length);
  for (let i = 0; i < n; i++) {
    const u = user.charCodeAt(i);
    const c = t[i] as number;
    if (u === 42 || u === 63 || c < 0) return true;
    if (u !== c && lower(u) !== lower(c)) return false;
  }
  return true;
}

/** Whether a policy ARN (already split by {@link splitPolicyArn}) can name a resource of the template. */
export function arnMatchesTemplate(arn: Arn, template: Template): boolean {
  if (!fieldMatches(arn.service, template.service, true)) return false;
  if (!fieldMatches(arn.partition, template.partition, true)) return false;
  if (!fieldMatches(arn.region, template.region)) return false;
  if (!fieldMatches(arn.account, template.account)) return false;
  // Most templates start with a literal resource type (`table/`, `function:`): when the user's literal
  // prefix already disagrees with it, no string matches both, and the full search is skipped.
  if (!literalPrefixesAgree(arn.resource, template.resource)) return false;
  const key = `${template.text}\u0000${arn.resource}`;
  let r = resourceCache.get(key);
  if (r === undefined) {
    r = intersects(userTokens(arn.resource), template.resource);
    resourceCache.set(key, r);
  }
  return r;
}
