// Parses `--expect` flows: intended access or connectivity that the snapshot alone cannot reveal.

/** One intended flow, as the user states it with `--expect`. */
export type Expectation =
  /** `lambda:FUNCTION=ACTION[,ACTION...][@RESOURCE]`: the function's execution role must be able to call the actions. */
  | { kind: 'lambda-action'; text: string; fn: string; actions: string[]; resource: string }
  /** `lambda:FUNCTION=secret:NAME-OR-ARN`: the function must read the secret. */
  | { kind: 'lambda-secret'; text: string; fn: string; secret: string }
  /** `instance:INSTANCE-ID=logs[:LOG-GROUP]`: the instance must ship logs to CloudWatch Logs. */
  | { kind: 'instance-logs'; text: string; instance: string; logGroup?: string }
  /** `principal:ARN=ACTION@RESOURCE`: the principal must be allowed the action on the resource. */
  | { kind: 'principal-action'; text: string; principal: string; action: string; resource: string }
  /** `reach:FROM=TO:PROTOCOL/PORT`: traffic must flow from FROM to TO (reach's endpoints). */
  | { kind: 'reach'; text: string; from: string; to: string; protocol: 'tcp' | 'udp' | 'icmp'; port?: number };

/** The expectation, or why the text is not one. */
export type ExpectResult = { ok: true; value: Expectation } | { ok: false; error: string };

const ACTION = /^[a-z0-9-]+:[A-Za-z0-9*?]+$/;

/** Parses one `--expect` value (syntax in docs/doctor.md); `FUNCTION=ACTION` without a kind is read as `lambda:FUNCTION=ACTION`. */
export function parseExpectation(text: string): ExpectResult {
  const bare = /^([A-Za-z0-9_-]+)=([a-z0-9-]+:[A-Za-z0-9*?]+(?:,[a-z0-9-]+:[A-Za-z0-9*?]+)*(?:@.+)?)$/.exec(text);
  if (bare && !['lambda', 'instance', 'principal', 'reach'].includes(bare[1] ?? '')) return parseExpectation(`lambda:${text}`);
  const eq = text.indexOf('=');
  const colon = text.indexOf(':');
  if (colon < 0 || eq < colon) return { ok: false, error: `--expect "${text}": expected KIND:SUBJECT=WHAT (lambda:, instance:, principal: or reach:)` };
  const kind = text.slice(0, colon);
  const subject = text.slice(colon + 1, eq);
  const what = text.slice(eq + 1);
  if (!subject || !what) return { ok: false, error: `--expect "${text}": both sides of = are needed` };
  switch (kind) {
    case 'lambda': {
      if (what.startsWith('secret:')) return { ok: true, value: { kind: 'lambda-secret', text, fn: subject, secret: what.slice(7) } };
      const at = what.indexOf('@');
      const actions = (at < 0 ? what : what.slice(0, at)).split(',').filter(Boolean);
      const bad = actions.find((a) => !ACTION.test(a));
      if (bad || actions.length === 0) return { ok: false, error: `--expect "${text}": "${bad ?? what}" is not an action such as ec2:TerminateInstances` };
      return { ok: true, value: { kind: 'lambda-action', text, fn: subject, actions, resource: at < 0 ? '*' : what.slice(at + 1) } };
    }
    case 'instance': {
      if (what !== 'logs' && !what.startsWith('logs:')) return { ok: false, error: `--expect "${text}": instances support "logs" or "logs:LOG-GROUP"` };
      const logGroup = what.length > 5 ? what.slice(5) : undefined;
      return { ok: true, value: { kind: 'instance-logs', text, instance: subject, ...(logGroup ? { logGroup } : {}) } };
    }
    case 'principal': {
      const at = what.indexOf('@');
      const action = at < 0 ? what : what.slice(0, at);
      if (!ACTION.test(action)) return { ok: false, error: `--expect "${text}": "${action}" is not an action` };
      return { ok: true, value: { kind: 'principal-action', text, principal: subject, action, resource: at < 0 ? '*' : what.slice(at + 1) } };
    }
    case 'reach': {
      const m = /^(.+):(tcp|udp|icmp)(?:\/(\d{1,5}))?$/i.exec(what);
      if (!m?.[1] || !m[2]) return { ok: false, error: `--expect "${text}": reach needs FROM=TO:tcp/PORT` };
      const protocol = m[2].toLowerCase() as 'tcp' | 'udp' | 'icmp';
      const port = m[3] === undefined ? undefined : Number(m[3]);
      if (protocol !== 'icmp' && (port === undefined || port > 65535)) return { ok: false, error: `--expect "${text}": ${protocol} needs a port 0-65535` };
      return { ok: true, value: { kind: 'reach', text, from: subject, to: m[1], protocol, ...(port !== undefined ? { port } : {}) } };
    }
    default:
      return { ok: false, error: `--expect "${text}": unknown kind "${kind}" (lambda, instance, principal, reach)` };
  }
}
