// S3 bucket ACL grants, which count only while the bucket's Object Ownership leaves ACLs enabled.
// https://docs.aws.amazon.com/AmazonS3/latest/userguide/acl-overview.html#permissions
import type { AclGrant } from './inputs.js';
import type { Request } from './request.js';
import type { Reason } from './result.js';

/** Bucket-level actions each ACL permission grants (acl-overview "Mapping of ACL permissions and access policy permissions"). */
const bucketActions: Record<AclGrant['permission'], readonly string[]> = {
  READ: ['s3:listbucket', 's3:listbucketversions', 's3:listbucketmultipartuploads'],
  WRITE: ['s3:putobject', 's3:deleteobject', 's3:deleteobjectversion'],
  READ_ACP: ['s3:getbucketacl'],
  WRITE_ACP: ['s3:putbucketacl'],
  FULL_CONTROL: [],
};

const ALL_USERS = 'http://acs.amazonaws.com/groups/global/AllUsers';
const AUTH_USERS = 'http://acs.amazonaws.com/groups/global/AuthenticatedUsers';
const LOG_DELIVERY = 'http://acs.amazonaws.com/groups/s3/LogDelivery';

function permits(permission: AclGrant['permission'], actionLower: string): boolean {
  if (permission === 'FULL_CONTROL') return Object.values(bucketActions).some((l) => l.includes(actionLower));
  return bucketActions[permission].includes(actionLower);
}

/** The reasons the bucket ACL grants the request (resource side only; identity side still applies). */
export function aclReasons(grants: readonly AclGrant[], req: Request): Reason[] {
  const action = req.action.toLowerCase();
  const p = req.principal;
  const out: Reason[] = [];
  for (const g of grants) {
    if (!permits(g.permission, action)) continue;
    let ok: boolean;
    if (g.grantee.type === 'Group') {
      ok = g.grantee.uri === ALL_USERS
        || (g.grantee.uri === AUTH_USERS && p.type !== 'anonymous' && p.type !== 'service')
        || (g.grantee.uri === LOG_DELIVERY && p.type === 'service' && p.service === 'logging.s3.amazonaws.com');
    } else {
      ok = g.grantee.account !== undefined && 'account' in p && p.account === g.grantee.account;
    }
    if (ok) out.push({ kind: 'acl', message: `the bucket ACL grants ${g.permission} to ${g.grantee.type === 'Group' ? g.grantee.uri : `canonical user ${g.grantee.id}`}` });
  }
  return out;
}
