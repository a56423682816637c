// SERVICE_PRINCIPAL_UNSCOPED: a resource policy grants a service principal without aws:SourceArn/SourceAccount (confused deputy).
import { defineRule } from './define.js';
import { principalValues } from './walk.js';

const SOURCE_KEYS = new Set(['aws:sourcearn', 'aws:sourceaccount', 'aws:sourceorgid', 'aws:sourceorgpaths', 'aws:sourceowner']);

/** Reports Allow statements to a service principal with no source condition (opt-in: `--security`). */
export const rule = defineRule({
  code: 'SERVICE_PRINCIPAL_UNSCOPED',
  severity: 'warning',
  description: 'A function, topic, queue, bucket or key policy that allows a service principal (events.amazonaws.com, s3.amazonaws.com, sns.amazonaws.com, ...) without aws:SourceArn or aws:SourceAccount lets that service act for any customer\'s resource: the confused deputy problem.',
  messages: { default: 'Service principal {service} is allowed without aws:SourceArn or aws:SourceAccount: any account\'s {service} resource can use this grant' },
  fix: 'Add a condition: "ArnLike": {"aws:SourceArn": "<rule, bucket or topic ARN>"} and/or "StringEquals": {"aws:SourceAccount": "<account>"}',
  docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html',
  types: ['resource', 'key'],
  optIn: 'security',
}, (ctx) => {
  for (const st of ctx.doc.statements) {
    if (st.effect !== 'Allow') continue;
    if (st.conditions.some((c) => SOURCE_KEYS.has(c.key.toLowerCase()))) continue;
    for (const p of principalValues(st)) {
      if (p.type === 'Service' && !p.not) ctx.report({ path: p.path, data: { service: p.value } });
    }
  }
});
