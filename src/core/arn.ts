// ARN parsing: arn:partition:service:region:account:resource, split exactly at the first five colons.

/** The six parts of an ARN. */
export interface Arn {
  partition: string;
  service: string;
  region: string;
  account: string;
  /** Everything after the fifth colon (may contain colons and slashes). */
  resource: string;
}

/** Splits an ARN, or returns undefined when the text has fewer than six colon-separated parts. */
export function parseArn(text: string): Arn | undefined {
  if (!text.startsWith('arn:')) return undefined;
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < 5; i++) {
    const idx = text.indexOf(':', start);
    if (idx < 0) return undefined;
    parts.push(text.slice(start, idx));
    start = idx + 1;
  }
  const [, partition, service, region, account] = parts as [string, string, string, string, string];
  return { partition, service, region, account, resource: text.slice(start) };
}

/** True for a 12-digit AWS account id. */
export function isAccountId(text: string): boolean {
  return /^\d{12}$/.test(text);
}
