// What one authorization decision consults: the request and every policy that applies, by type.
import type { Finding } from '../core/finding.js';
import type { PolicyDocument } from '../policy/model.js';
import type { Request } from './request.js';

/** The policy types of AWS's evaluation logic. */
export type PolicyType = 'scp' | 'rcp' | 'endpoint' | 'resource' | 'identity' | 'boundary' | 'session';

/** Where a policy came from, as answers name it. */
export interface PolicyRef {
  type: PolicyType;
  /** e.g. `brian-policy`, `bucket policy of mylogs`, `SCP DenyLeaveOrg`. */
  name: string;
  arn?: string;
  /** Snapshot file (or the file given on the command line) and JSON path of the document. */
  file?: string;
  jsonPath?: string;
  origin?: 'snapshot' | 'bundled' | 'file';
  /** For SCPs and RCPs: the root, OU or account the policy is attached to. */
  target?: string;
  /** For identity policies: how the principal got it, e.g. `inline`, `managed`, `group admins`. */
  via?: string;
}

/** A policy to consult: its reference and its parsed document (undefined when unreadable). */
export interface PolicyInput {
  ref: PolicyRef;
  document: PolicyDocument | undefined;
  problems?: Finding[];
}

/** The kind of resource policy, which decides how a grant to the account is read. */
export type ResourcePolicyKind =
  /** Bucket, queue, topic, secret, function...: a grant to an ARN stands on its own in the same account. */
  | 'generic'
  /** KMS key policy: the key policy must allow, directly or by delegating to the account. */
  | 'kms-key'
  /** Role trust policy for sts:AssumeRole*: the trust policy must allow. */
  | 'role-trust';

/** A KMS grant as list-grants returns it (the fields the engine reads). */
export interface KmsGrant {
  GrantId?: string;
  Name?: string;
  GranteePrincipal?: string;
  RetiringPrincipal?: string;
  Operations?: string[];
  Constraints?: { EncryptionContextSubset?: Record<string, string>; EncryptionContextEquals?: Record<string, string> };
}

/** A datum the answer depends on that was not collected (or could not be read). */
export interface NotCollected {
  what: string;
  file?: string;
  reason: string;
  /** What the answer assumed in its absence. */
  assumed: string;
}

/** The bucket ACL grants that count, when the bucket's ownership controls leave ACLs enabled. */
export interface AclGrant {
  /** `CanonicalUser` id, or a group URI. */
  grantee: { type: 'CanonicalUser'; id: string; account?: string } | { type: 'Group'; uri: string };
  permission: 'READ' | 'WRITE' | 'READ_ACP' | 'WRITE_ACP' | 'FULL_CONTROL';
}

/** Everything one decision consults. Absent optional parts do not apply to this request. */
export interface AuthorizationInput {
  request: Request;
  identity: PolicyInput[];
  boundary?: PolicyInput;
  session?: PolicyInput[];
  /** SCP levels, root first, each level's attached policies. Undefined: SCPs do not apply. */
  scpLevels?: { target: string; policies: PolicyInput[] }[];
  /** RCP levels, root first. Undefined: RCPs do not apply. */
  rcpLevels?: { target: string; policies: PolicyInput[] }[];
  endpoint?: PolicyInput;
  resource?: PolicyInput;
  resourceKind?: ResourcePolicyKind;
  grants?: KmsGrant[];
  acl?: AclGrant[];
  notCollected?: NotCollected[];
  notes?: string[];
}
