// The condition operators of the IAM policy language, their value type, and the ForAnyValue/ForAllValues/IfExists forms.

/** The kind of value an operator compares. */
export type OperatorType = 'String' | 'Numeric' | 'Date' | 'Bool' | 'Binary' | 'IpAddress' | 'Arn' | 'Null';

const BASE: Record<string, OperatorType> = {
  StringEquals: 'String', StringNotEquals: 'String', StringEqualsIgnoreCase: 'String', StringNotEqualsIgnoreCase: 'String',
  StringLike: 'String', StringNotLike: 'String',
  NumericEquals: 'Numeric', NumericNotEquals: 'Numeric', NumericLessThan: 'Numeric', NumericLessThanEquals: 'Numeric',
  NumericGreaterThan: 'Numeric', NumericGreaterThanEquals: 'Numeric',
  DateEquals: 'Date', DateNotEquals: 'Date', DateLessThan: 'Date', DateLessThanEquals: 'Date', DateGreaterThan: 'Date', DateGreaterThanEquals: 'Date',
  Bool: 'Bool', BinaryEquals: 'Binary', IpAddress: 'IpAddress', NotIpAddress: 'IpAddress',
  ArnEquals: 'Arn', ArnLike: 'Arn', ArnNotEquals: 'Arn', ArnNotLike: 'Arn',
  Null: 'Null',
};

/** Every base operator name, as AWS spells it. */
export const BASE_OPERATORS: readonly string[] = Object.keys(BASE);

/** A parsed condition operator. */
export interface ParsedOperator {
  base: string;
  type: OperatorType;
  qualifier?: 'ForAnyValue' | 'ForAllValues';
  ifExists: boolean;
}

/** Why an operator is invalid. */
export type OperatorProblem = { problem: 'unknown'; suggestion?: string } | { problem: 'null-if-exists' } | { problem: 'bad-qualifier'; qualifier: string };

const baseByLower = new Map(BASE_OPERATORS.map((b) => [b.toLowerCase(), b]));

/** Parses an operator such as `ForAnyValue:StringLikeIfExists`; names are matched as AWS writes them. */
export function parseOperator(text: string): ParsedOperator | OperatorProblem {
  let rest = text;
  let qualifier: ParsedOperator['qualifier'];
  const colon = rest.indexOf(':');
  if (colon >= 0) {
    const q = rest.slice(0, colon);
    if (q !== 'ForAnyValue' && q !== 'ForAllValues') return { problem: 'bad-qualifier', qualifier: q };
    qualifier = q;
    rest = rest.slice(colon + 1);
  }
  let ifExists = false;
  if (rest.endsWith('IfExists')) {
    ifExists = true;
    rest = rest.slice(0, -'IfExists'.length);
  }
  const type = BASE[rest];
  if (!type) {
    const suggestion = baseByLower.get(rest.toLowerCase());
    return { problem: 'unknown', ...(suggestion ? { suggestion: text.replace(rest, suggestion) } : {}) };
  }
  if (type === 'Null' && ifExists) return { problem: 'null-if-exists' };
  return { base: rest, type, ifExists, ...(qualifier ? { qualifier } : {}) };
}
