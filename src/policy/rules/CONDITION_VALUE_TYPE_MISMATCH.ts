// CONDITION_VALUE_TYPE_MISMATCH: a condition value that cannot be of its operator's type (Bool, Numeric, Date, IP, ARN, Binary).
import { parseOperator, type OperatorType } from '../catalog/operators.js';
import { deadElementSeverity, defineRule } from './define.js';
import { statementPath } from './walk.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

function ipv4(s: string): boolean {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?:\/(\d{1,2}))?$/.exec(s);
  return !!m && m.slice(1, 5).every((o) => Number(o) <= 255) && (m[5] === undefined || Number(m[5]) <= 32);
}

function ipv6(s: string): boolean {
  const [addr, prefix, extra] = s.split('/');
  if (extra !== undefined || !addr || !/^[0-9a-fA-F:.]+$/.test(addr) || !addr.includes(':')) return false;
  if (prefix !== undefined && !(/^\d{1,3}$/.test(prefix) && Number(prefix) <= 128)) return false;
  const halves = addr.split('::');
  if (halves.length > 2) return false;
  const groups = halves.flatMap((h) => (h ? h.split(':') : []));
  return groups.every((g) => /^[0-9a-fA-F]{1,4}$/.test(g) || ipv4(g)) && (halves.length === 2 ? groups.length < 8 : groups.length === 8);
}

const CHECKS: Partial<Record<OperatorType, { ok: (v: string) => boolean; what: string }>> = {
  Bool: { ok: (v) => /^(true|false)$/i.test(v), what: 'true or false' },
  Null: { ok: (v) => /^(true|false)$/i.test(v), what: 'true (the key is absent) or false (it is present)' },
  Numeric: { ok: (v) => /^-?\d+(?:\.\d+)?$/.test(v), what: 'a number' },
  Date: { ok: (v) => ISO_DATE.test(v) || /^\d+$/.test(v), what: 'an ISO 8601 date (2024-01-31T00:00:00Z) or epoch seconds' },
  IpAddress: { ok: (v) => ipv4(v) || ipv6(v), what: 'an IPv4 or IPv6 address or CIDR block (203.0.113.0/24)' },
  Arn: { ok: (v) => v.startsWith('arn:') || /^[*?]+$/.test(v), what: 'an ARN (arn:partition:service:region:account:resource)' },
  Binary: { ok: (v) => /^[A-Za-z0-9+/]*={0,2}$/.test(v), what: 'base64-encoded bytes' },
};

/** Reports condition values whose format cannot match the operator's type. */
export const rule = defineRule({
  code: 'CONDITION_VALUE_TYPE_MISMATCH',
  severity: 'error',
  description: 'Each condition operator compares one type of value: Bool and Null take true or false, Numeric a number, Date an ISO 8601 date or epoch seconds, IpAddress an IP or CIDR, Arn an ARN. A value of another form never matches.',
  messages: { default: '{operator} needs {what}, not "{value}"' },
  fix: 'Write the value as {what}, or use an operator of the value\'s type (StringEquals for text)',
  docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html',
}, (ctx) => {
  for (const st of ctx.doc.statements) {
    for (const c of st.conditions) {
      const op = parseOperator(c.operator);
      if ('problem' in op) continue;
      const check = CHECKS[op.type];
      if (!check) continue;
      c.values.forEach((value, i) => {
        if (value.includes('${') || check.ok(value)) return;
        ctx.report({
          path: c.valuePaths?.[i] ?? c.path ?? `${statementPath(st)}.Condition.${c.operator}.${c.key}`,
          severity: deadElementSeverity(ctx),
          data: { operator: c.operator, what: check.what, value },
          fix: `Write the value as ${check.what}, or use an operator of the value's type (StringEquals for text)`,
        });
      });
    }
  }
});
