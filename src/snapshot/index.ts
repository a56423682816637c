// The snapshot loader's public surface: loadSnapshot, principal and resource resolution, Organizations helpers.
export { loadSnapshot } from './load.js';
export { resolvePrincipal, roleByName, type ResolvedPrincipal, type PrincipalMiss } from './principals.js';
export { findResource, type FoundResource } from './resources.js';
export { orgPathOf, policiesAt, policiesWithUnknownTargets } from './org.js';
export { LazyPolicy, type PolicySource } from './lazy-policy.js';
export { isAwsManagedPolicyArn } from './resolve-managed.js';
export type * from './model.js';
