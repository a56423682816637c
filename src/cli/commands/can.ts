// whynot can: may this principal do this action on this resource? The decision, and why.
import { parseArgs } from 'node:util';
import { makeContextFromPairs } from '../context-args.js';
import { evaluate } from '../../iam/evaluate.js';
import type { AuthorizationInput, PolicyInput } from '../../iam/inputs.js';
import { parsePrincipal } from '../../iam/principal-parse.js';
import { principalContext } from '../../iam/request-context.js';
import { decisionToJson, decisionToText, type ExplainMode } from '../../render/decision.js';
import { EXIT, UsageError, type Command } from '../io.js';
import { readPolicyFile } from '../policy-file.js';
import { buildFromSnapshot } from '../../iam/from-snapshot.js';
import { loadSnapshot } from '../../snapshot/index.js';
import { parseArn } from '../../core/arn.js';

const usage = `Usage:
  whynot can --snapshot DIR --principal P --action svc:Action --resource ARN
             [--context KEY=VALUE]... [--session-policy FILE] [--endpoint-policy FILE]
             [--json] [--explain decisive|full]
  whynot can --principal P --action svc:Action --resource ARN            (policy-only mode)
             [--identity-policy FILE]... [--resource-policy FILE] [--boundary FILE]
             [--session-policy FILE] [--endpoint-policy FILE]
             [--scp FILE[,FILE...]]... [--rcp FILE[,FILE...]]...  (one option per level, root first)
             [--resource-account ID] [--resource-kind generic|kms-key|role-trust]

P is a user or role ARN, an assumed-role session ARN (arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION),
an account id or root ARN, a service principal (events.amazonaws.com) or * (anonymous).
Exit status: 0 allowed, 1 denied, 2 bad input or usage.`;

async function levels(specs: string[], type: 'scp' | 'rcp'): Promise<{ target: string; policies: PolicyInput[] }[]> {
  const out: { target: string; policies: PolicyInput[] }[] = [];
  for (const [i, spec] of specs.entries()) {
    const target = i === 0 ? 'the root' : `level ${i + 1}`;
    const files = spec.split(',').filter(Boolean);
    out.push({ target, policies: await Promise.all(files.map((f) => readPolicyFile(f, type, { target }))) });
  }
  return out;
}

/** The `can` command. */
export const canCommand: Command = {
  name: 'can',
  summary: 'may this principal do this action on this resource? Allow, ExplicitDeny or ImplicitDeny, and why',
  usage,
  run: async (argv, io) => {
    const { values } = parseArgs({
      args: argv,
      strict: true,
      options: {
        snapshot: { type: 'string' },
        principal: { type: 'string' },
        action: { type: 'string' },
        resource: { type: 'string' },
        context: { type: 'string', multiple: true },
        'session-policy': { type: 'string', multiple: true },
        'identity-policy': { type: 'string', multiple: true },
        'resource-policy': { type: 'string' },
        boundary: { type: 'string' },
        'endpoint-policy': { type: 'string' },
        scp: { type: 'string', multiple: true },
        rcp: { type: 'string', multiple: true },
        'resource-account': { type: 'string' },
        'resource-kind': { type: 'string' },
        json: { type: 'boolean' },
        explain: { type: 'string' },
      },
    });
    if (!values.principal) throw new UsageError('--principal is required');
    if (!values.action || !/^[A-Za-z0-9-]+:[A-Za-z0-9*?]+$/.test(values.action)) throw new UsageError('--action svc:Action is required (e.g. s3:GetObject)');
    const resource = values.resource ?? '*';
    const explain = (values.explain ?? 'decisive') as ExplainMode;
    if (explain !== 'decisive' && explain !== 'full') throw new UsageError('--explain is decisive or full');
    const userContext = await makeContextFromPairs(values.context ?? []);
    const sessionPolicies = await Promise.all((values['session-policy'] ?? []).map((f) => readPolicyFile(f, 'session')));

    let input: AuthorizationInput;
    if (values.snapshot) {
      const snapshot = await loadSnapshot(values.snapshot);
      if (snapshot.accounts.size === 0 && snapshot.organization.state !== 'collected') {
        const why = snapshot.problems.map((p) => p.message).join('; ');
        throw new UsageError(`${values.snapshot} holds no account folder (twelve digits), so there is nothing to answer from${why ? `: ${why}` : ''}`);
      }
      for (const p of snapshot.problems) io.stderr(`warning: ${p.message}\n`);
      const built = buildFromSnapshot(snapshot, { principal: values.principal, action: values.action, resource, context: userContext });
      if (!built.ok) throw new UsageError(built.reason);
      input = built.input;
      if (sessionPolicies.length) input.session = sessionPolicies;
      if (values['endpoint-policy']) input.endpoint = await readPolicyFile(values['endpoint-policy'], 'endpoint');
    } else {
      const parsed = parsePrincipal(values.principal);
      if (!parsed.ok) throw new UsageError(parsed.reason);
      const principal = parsed.principal;
      const resourceAccount = values['resource-account'] ?? (parseArn(resource)?.account || undefined);
      const context = principalContext(principal, resourceAccount ? { resourceAccount } : {});
      for (const [k, v] of userContext) context.set(k, v);
      const kind = values['resource-kind'];
      if (kind !== undefined && kind !== 'generic' && kind !== 'kms-key' && kind !== 'role-trust') throw new UsageError('--resource-kind is generic, kms-key or role-trust');
      const resourcePolicy = values['resource-policy'] ? await readPolicyFile(values['resource-policy'], 'resource') : undefined;
      input = {
        request: { principal, action: values.action, resource, ...(resourceAccount ? { resourceAccount } : {}), context },
        identity: await Promise.all((values['identity-policy'] ?? []).map((f) => readPolicyFile(f, 'identity'))),
        ...(values.boundary ? { boundary: await readPolicyFile(values.boundary, 'boundary') } : {}),
        ...(sessionPolicies.length ? { session: sessionPolicies } : {}),
        ...(values.scp?.length ? { scpLevels: await levels(values.scp, 'scp') } : {}),
        ...(values.rcp?.length ? { rcpLevels: await levels(values.rcp, 'rcp') } : {}),
        ...(values['endpoint-policy'] ? { endpoint: await readPolicyFile(values['endpoint-policy'], 'endpoint') } : {}),
        ...(resourcePolicy ? { resource: resourcePolicy } : {}),
        resourceKind: kind ?? (/^kms:/i.test(values.action) ? 'kms-key' : /^sts:AssumeRole/i.test(values.action) ? 'role-trust' : 'generic'),
      };
    }
    for (const p of [...input.identity, ...(input.resource ? [input.resource] : []), ...(input.boundary ? [input.boundary] : [])]) {
      for (const f of p.problems ?? []) {
        const at = f.location?.start ? `:${f.location.start.line}:${f.location.start.column}` : '';
        io.stderr(`${f.location?.file ?? p.ref.name}${at}: ${f.code}: ${f.message}\n`);
      }
    }
    const decision = evaluate(input, { explain });
    io.stdout(values.json ? JSON.stringify(decisionToJson(decision, input.request), null, 2) + '\n' : decisionToText(decision, input.request));
    return decision.decision === 'Allow' ? EXIT.ok : EXIT.denied;
  },
};
