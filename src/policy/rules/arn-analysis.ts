// Checks one ARN against the catalog's ARN templates: its fields, its account id, and a corrected spelling.
import { isAccountId } from '../../core/arn.js';
import { arnMatchesTemplate, compileTemplate, splitPolicyArn, type Template } from '../catalog/arn-match.js';
import { service, serviceKeys } from '../catalog/services.js';
import { closest } from '../catalog/similar.js';

/** The AWS partitions. */
export const PARTITIONS = ['aws', 'aws-cn', 'aws-us-gov', 'aws-iso', 'aws-iso-b', 'aws-iso-e', 'aws-iso-f', 'aws-eusc'];

/** What is wrong with an ARN, if anything. */
export type ArnVerdict =
  | { ok: true }
  | { ok: false; code: 'ACCOUNT_ID_INVALID'; account: string; placeholder: boolean }
  | { ok: false; code: 'ARN_MALFORMED'; reason: string; suggestion?: string; rejected: boolean };

const verdicts = new Map<string, ArnVerdict>();

/** The ARN templates of a service (cached). */
export function serviceTemplates(prefix: string): Template[] {
  const svc = service(prefix);
  if (!svc) return [];
  const out: Template[] = [];
  for (const rt of svc.resourceTypes.values()) {
    const t = compileTemplate(rt.arn);
    if (t) out.push(t);
  }
  return out;
}

function hasWild(s: string): boolean {
  return s.includes('*') || s.includes('?');
}

function matchesSome(text: string, templates: Template[]): boolean {
  const a = splitPolicyArn(text);
  return a !== undefined && templates.some((t) => arnMatchesTemplate(a, t));
}

/** Spellings to try when an ARN matches no template: extra colons removed, a region or account dropped. */
function corrections(text: string): string[] {
  const a = splitPolicyArn(text);
  if (!a) return [];
  const head = `arn:${a.partition}:${a.service}`;
  const out = [
    `${head}::${a.account}:${a.resource}`,
    `${head}:${a.region}::${a.resource}`,
    `${head}:::${a.resource}`,
  ];
  return [...new Set(out)].filter((c) => c !== text);
}

/** Why the Region or account field cannot fit any template of the service (wildcards fit anything). */
function fieldReason(svc: string, region: string, account: string, templates: Template[]): string | undefined {
  const regionAllowed = templates.some((t) => t.region !== '');
  const regionNeeded = templates.every((t) => t.region !== '');
  const accountAllowed = templates.some((t) => t.account !== '');
  if (region !== '' && !hasWild(region) && !regionAllowed) return `has a Region, but ${svc} ARNs have none`;
  if (region === '' && regionNeeded) return `has no Region, but ${svc} ARNs need one`;
  if (account !== '' && !hasWild(account) && !accountAllowed) return `has an account, but ${svc} ARNs have none`;
  return undefined;
}

function analyze(text: string): ArnVerdict {
  if (text === '*') return { ok: true };
  if (!text.startsWith('arn:')) return { ok: false, code: 'ARN_MALFORMED', reason: 'is not an ARN (arn:partition:service:region:account:resource) nor *', rejected: true };
  const a = splitPolicyArn(text);
  if (!a) {
    if (hasWild(text)) return { ok: true };
    const parts = text.split(':').length;
    return { ok: false, code: 'ARN_MALFORMED', reason: `has ${parts} of the 6 colon-separated fields arn:partition:service:region:account:resource`, rejected: true };
  }
  if (!hasWild(a.partition) && !PARTITIONS.includes(a.partition)) {
    const suggestion = closest(a.partition, PARTITIONS);
    return { ok: false, code: 'ARN_MALFORMED', reason: `has an unknown partition ${a.partition}`, rejected: true, ...(suggestion ? { suggestion: text.replace(`arn:${a.partition}:`, `arn:${suggestion}:`) } : {}) };
  }
  if (a.account !== '' && !hasWild(a.account) && a.account !== 'aws' && !isAccountId(a.account)) {
    return { ok: false, code: 'ACCOUNT_ID_INVALID', account: a.account, placeholder: /[A-Za-z_]/.test(a.account) };
  }
  if (a.resource.startsWith(':')) {
    const fixed = `arn:${a.partition}:${a.service}:${a.region}:${a.account}:${a.resource.replace(/^:+/, '')}`;
    return { ok: false, code: 'ARN_MALFORMED', reason: 'has an extra colon: the resource part starts with ":"', suggestion: fixed, rejected: false };
  }
  if (hasWild(a.service)) return { ok: true };
  const svc = service(a.service);
  if (!svc) {
    const suggestion = closest(a.service, serviceKeys());
    return suggestion
      ? { ok: false, code: 'ARN_MALFORMED', reason: `names an unknown service ${a.service}`, suggestion: text.replace(`:${a.service}:`, `:${suggestion}:`), rejected: false }
      : { ok: true };
  }
  const templates = serviceTemplates(a.service);
  if (templates.length === 0 || templates.some((t) => arnMatchesTemplate(a, t))) return { ok: true };
  const fixed = corrections(text).find((c) => matchesSome(c, templates));
  if (a.resource === '') return { ok: false, code: 'ARN_MALFORMED', reason: 'has an empty resource part', rejected: false };
  const reason = fieldReason(a.service, a.region, a.account, templates);
  if (reason) return { ok: false, code: 'ARN_MALFORMED', reason, rejected: false, ...(fixed ? { suggestion: fixed } : {}) };
  if (fixed) return { ok: false, code: 'ARN_MALFORMED', reason: `matches no ${a.service} resource type as written`, suggestion: fixed, rejected: false };
  return { ok: true };
}

/** Checks a Resource or NotResource ARN (cached by text). */
export function analyzeArn(text: string): ArnVerdict {
  let v = verdicts.get(text);
  if (!v) {
    v = analyze(text);
    verdicts.set(text, v);
  }
  return v;
}

/** What is wrong with an AWS principal value (`*`, account id, IAM or STS ARN, unique id). */
export type PrincipalVerdict =
  | { ok: true }
  | { ok: false; code: 'ACCOUNT_ID_INVALID'; account: string; placeholder: boolean }
  | { ok: false; code: 'ARN_MALFORMED'; reason: string; suggestion?: string; rejected: boolean }
  | { ok: false; code: 'POLICY_PRINCIPAL_DELETED' };

/** True for an IAM unique id of a user (AIDA…) or role (AROA…). */
export function isUniqueId(text: string): boolean {
  return /^A(?:IDA|ROA)[A-Z0-9]{12,}$/.test(text);
}

/** Checks one value of `"Principal": {"AWS": ...}`. */
export function analyzeAwsPrincipal(text: string): PrincipalVerdict {
  if (text === '*') return { ok: true };
  if (isUniqueId(text)) return { ok: false, code: 'POLICY_PRINCIPAL_DELETED' };
  if (/^\d+$/.test(text)) return isAccountId(text) ? { ok: true } : { ok: false, code: 'ACCOUNT_ID_INVALID', account: text, placeholder: false };
  if (!text.startsWith('arn:')) {
    return { ok: false, code: 'ARN_MALFORMED', reason: 'is not an IAM ARN, a 12-digit account id or *', rejected: true };
  }
  const v = analyzeArn(text);
  if (!v.ok) return v.code === 'ARN_MALFORMED' ? { ...v, rejected: true } : v;
  const a = splitPolicyArn(text);
  if (a && a.service !== 'iam' && a.service !== 'sts') {
    return { ok: false, code: 'ARN_MALFORMED', reason: `names service ${a.service}: an AWS principal is an iam or sts ARN`, rejected: true };
  }
  return { ok: true };
}
