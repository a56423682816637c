// Credentials: the SDK v3 default chain (env, profiles with SSO, container, instance metadata), and AssumeRole into each account.
import { AssumeRoleCommand, type STSClient } from '@aws-sdk/client-sts';
import { fromNodeProviderChain } from '@aws-sdk/credential-providers';
import type { Credentials } from './clients.js';
import { CallError } from './errors.js';

/** A function that returns credentials. */
export type CredentialProvider = Extract<Credentials, (...args: never[]) => unknown>;
type Identity = Awaited<ReturnType<CredentialProvider>>;

/** Refresh credentials this long before they expire. */
const REFRESH_MS = 5 * 60_000;

/** Caches a provider's credentials until 5 minutes before they expire; concurrent callers share one fetch. */
export function memoizeCredentials(fetch: () => Promise<Identity>, now: () => Date): CredentialProvider {
  let cached: Identity | undefined;
  let pending: Promise<Identity> | undefined;
  return async () => {
    if (cached && (!cached.expiration || cached.expiration.getTime() - now().getTime() > REFRESH_MS)) return cached;
    pending ??= fetch().finally(() => {
      pending = undefined;
    });
    cached = await pending;
    return cached;
  };
}

/** The SDK's default credential chain, for a named profile when given. */
export function defaultCredentials(profile: string | undefined, now: () => Date): CredentialProvider {
  const chain = fromNodeProviderChain(profile ? { profile } : {});
  return memoizeCredentials(() => chain(), now);
}

/** The role ARN of `roleName` (a name, or a path and name) in an account of the caller's partition. */
export function roleArn(partition: string, account: string, roleName: string): string {
  return `arn:${partition}:iam::${account}:role/${roleName.replace(/^\/+/, '')}`;
}

/** Credentials of a role assumed with sts:AssumeRole through the guarded STS client (refreshed before they expire; never written). */
export function assumeRoleCredentials(sts: STSClient, arn: string, now: () => Date): CredentialProvider {
  return memoizeCredentials(async () => {
    const res = await sts.send(new AssumeRoleCommand({ RoleArn: arn, RoleSessionName: 'whynot-collect', DurationSeconds: 3600 }));
    const c = res.Credentials;
    if (!c?.AccessKeyId || !c.SecretAccessKey) throw new CallError('sts:AssumeRole', 'NoCredentials', `sts:AssumeRole on ${arn} returned no credentials`);
    return {
      accessKeyId: c.AccessKeyId,
      secretAccessKey: c.SecretAccessKey,
      ...(c.SessionToken ? { sessionToken: c.SessionToken } : {}),
      ...(c.Expiration ? { expiration: c.Expiration } : {}),
    };
  }, now);
}
