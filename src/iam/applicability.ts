// Which organization policies apply to a request: the exemptions of the SCP and RCP pages, in one place.
import type { RequestPrincipal } from './request.js';

/** Services whose resources RCPs restrict (AWS Organizations "Resource control policies": supported services). */
export const RCP_SERVICES: ReadonlySet<string> = new Set(['s3', 'sts', 'kms', 'sqs', 'secretsmanager', 'cognito-identity', 'logs', 'dynamodb', 'ecr', 'es', 'aoss', 's3tables']);

/**
 * Whether SCPs restrict this principal. SCPs limit IAM users and roles (and the root user) of member
 * accounts; they do not affect the management account, service-linked roles, or AWS service principals.
 * https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps.html
 */
export function scpsApply(p: RequestPrincipal, managementAccount: string | undefined): boolean {
  if (p.type === 'service' || p.type === 'anonymous' || p.type === 'web-identity' || p.type === 'saml') return false;
  if (managementAccount !== undefined && p.account === managementAccount) return false;
  if (p.type === 'role-session' && p.serviceLinked) return false;
  return true;
}

/**
 * Whether RCPs restrict a request on this resource. RCPs apply to resources of member accounts, for
 * the supported services only, never to the management account's resources, service-linked roles,
 * or AWS managed KMS keys.
 * https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps.html
 * https://docs.aws.amazon.com/kms/latest/developerguide/resource-control-policies.html
 */
export function rcpsApply(p: RequestPrincipal, action: string, resourceAccount: string | undefined, managementAccount: string | undefined, awsManagedKey = false): boolean {
  const service = action.slice(0, action.indexOf(':')).toLowerCase();
  if (!RCP_SERVICES.has(service)) return false;
  if (resourceAccount !== undefined && resourceAccount === managementAccount) return false;
  if (p.type === 'role-session' && p.serviceLinked) return false;
  if (awsManagedKey) return false;
  return true;
}
