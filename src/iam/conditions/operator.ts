// Condition operator names: `[ForAllValues:|ForAnyValue:]Base[IfExists]` parsed into what the evaluator needs.

/** The operator families of the IAM User Guide page "Condition operators". */
export type OperatorFamily = 'String' | 'Numeric' | 'Date' | 'Bool' | 'Binary' | 'IpAddress' | 'Arn' | 'Null';

/** How a Numeric or Date operator compares the request value (left) with a policy value (right). */
export type Comparison = 'eq' | 'lt' | 'lte' | 'gt' | 'gte';

/** A condition set operator. */
export type SetOperator = 'ForAllValues' | 'ForAnyValue';

/** A parsed condition operator. */
export interface OperatorInfo {
  /** The canonical spelling of the whole operator, e.g. `ForAnyValue:StringLikeIfExists`. */
  name: string;
  /** The canonical base operator, e.g. `StringLike`. */
  base: string;
  family: OperatorFamily;
  /** A negated operator (StringNotEquals, NotIpAddress, ...): several policy values are NORed. */
  negated: boolean;
  comparison: Comparison;
  /** StringEqualsIgnoreCase and StringNotEqualsIgnoreCase. */
  ignoreCase: boolean;
  /** `*` and `?` in policy values are wildcards (StringLike, StringNotLike and the Arn operators). */
  wildcards: boolean;
  ifExists: boolean;
  set?: SetOperator;
}

/** The result of parsing an operator name. */
export type ParsedOperator = { ok: true; op: OperatorInfo } | { ok: false; reason: string };

type Base = Omit<OperatorInfo, 'name' | 'ifExists' | 'set'>;

function base(name: string, family: OperatorFamily, more: Partial<Base> = {}): Base {
  return { base: name, family, negated: false, comparison: 'eq', ignoreCase: false, wildcards: false, ...more };
}

const ordered = (family: 'Numeric' | 'Date'): Base[] => [
  base(`${family}Equals`, family),
  base(`${family}NotEquals`, family, { negated: true }),
  base(`${family}LessThan`, family, { comparison: 'lt' }),
  base(`${family}LessThanEquals`, family, { comparison: 'lte' }),
  base(`${family}GreaterThan`, family, { comparison: 'gt' }),
  base(`${family}GreaterThanEquals`, family, { comparison: 'gte' }),
];

// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
const BASES: Base[] = [
  base('StringEquals', 'String'),
  base('StringNotEquals', 'String', { negated: true }),
  base('StringEqualsIgnoreCase', 'String', { ignoreCase: true }),
  base('StringNotEqualsIgnoreCase', 'String', { negated: true, ignoreCase: true }),
  base('StringLike', 'String', { wildcards: true }),
  base('StringNotLike', 'String', { negated: true, wildcards: true }),
  ...ordered('Numeric'),
  ...ordered('Date'),
  base('Bool', 'Bool'),
  base('BinaryEquals', 'Binary'),
  base('IpAddress', 'IpAddress'),
  base('NotIpAddress', 'IpAddress', { negated: true }),
  // "The ArnEquals and ArnLike condition operators behave identically."
  base('ArnEquals', 'Arn', { wildcards: true }),
  base('ArnLike', 'Arn', { wildcards: true }),
  base('ArnNotEquals', 'Arn', { negated: true, wildcards: true }),
  base('ArnNotLike', 'Arn', { negated: true, wildcards: true }),
  base('Null', 'Null'),
];

const BY_NAME = new Map(BASES.map((b) => [b.base.toLowerCase(), b]));

const SETS: Record<string, SetOperator> = { forallvalues: 'ForAllValues', foranyvalue: 'ForAnyValue' };

const parsedCache = new Map<string, ParsedOperator>();

/** Parses an operator name (case-insensitively); unknown names come back with a reason. */
export function parseOperator(text: string): ParsedOperator {
  const hit = parsedCache.get(text);
  if (hit) return hit;
  const parsed = parse(text);
  if (parsedCache.size < 10_000) parsedCache.set(text, parsed);
  return parsed;
}

function parse(text: string): ParsedOperator {
  let rest = text;
  let set: SetOperator | undefined;
  const colon = rest.indexOf(':');
  if (colon >= 0) {
    set = SETS[rest.slice(0, colon).toLowerCase()];
    if (!set) return { ok: false, reason: `unknown set operator "${rest.slice(0, colon)}" in "${text}"` };
    rest = rest.slice(colon + 1);
  }
  let lower = rest.toLowerCase();
  let ifExists = false;
  let b = BY_NAME.get(lower);
  if (!b && lower.endsWith('ifexists')) {
    lower = lower.slice(0, -'ifexists'.length);
    b = BY_NAME.get(lower);
    ifExists = true;
    if (b?.family === 'Null') {
      // "You can add IfExists to the end of any condition operator name except the Null condition."
      return { ok: false, reason: `"${text}": IfExists cannot be added to the Null operator` };
    }
  }
  if (!b) return { ok: false, reason: `unknown condition operator "${text}"` };
  const name = `${set ? `${set}:` : ''}${b.base}${ifExists ? 'IfExists' : ''}`;
  return { ok: true, op: { ...b, name, ifExists, ...(set ? { set } : {}) } };
}
