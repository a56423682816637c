// EC2 instance facts for the log checks: region, SSM registration and inventory, instance role, log streams named after it.
import { seg, type DoctorContext, type RegionRef } from '../context.js';
import type { InstanceNode } from '../../net/topology.js';
import type { IamRole } from '../../snapshot/model.js';
import { listIn } from './files.js';
import { allStreams, type LogStream } from './logs.js';
import { policyNames } from './principals.js';
import { regionRef } from './files.js';

/** An instance with its region folder. */
export interface Ec2Instance { node: InstanceNode; id: string; ref: RegionRef; file: string }

/** Every instance of the network model with its region, sorted by id. */
export function allInstances(ctx: DoctorContext): Ec2Instance[] {
  const out: Ec2Instance[] = [];
  for (const node of ctx.topology().instances.values()) {
    const data = node.primaryEni?.vpc?.data ?? node.enis[0]?.vpc?.data;
    const ref = data ? regionRef(ctx, data.account, data.region) : undefined;
    if (ref) out.push({ node, id: node.id, ref, file: `${ref.dir}/ec2/describe-instances.json` });
  }
  return out.sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** SSM registration of an instance: undefined when describe-instance-information was not collected, null when not managed. */
export function ssmInfo(ctx: DoctorContext, i: Ec2Instance): { file: string; info: Record<string, unknown> | null | undefined } {
  const c = ctx.raw(i.ref, 'ssm/describe-instance-information.json');
  const list = listIn<Record<string, unknown>>(c, 'InstanceInformationList');
  return { file: c.file, info: list === undefined ? undefined : list.find((x) => x.InstanceId === i.id) ?? null };
}

/** Whether SSM inventory lists the CloudWatch agent: undefined when the inventory was not collected. */
export function agentInstalled(ctx: DoctorContext, i: Ec2Instance): { file: string; installed: boolean | undefined } {
  const c = ctx.raw(i.ref, `ssm/inventory/${seg(i.id)}/applications.json`);
  const entries = listIn<{ Name?: string }>(c, 'Entries');
  return { file: c.file, installed: entries === undefined ? undefined : entries.some((e) => /amazon-cloudwatch-agent|cloudwatch agent/i.test(e.Name ?? '')) };
}

/** The role of the instance profile attached to the instance, or why there is none. */
export function instanceRole(ctx: DoctorContext, i: Ec2Instance): { role?: IamRole; profile?: string; reason?: string } {
  const profile = i.node.raw.IamInstanceProfile?.Arn;
  if (!profile) return { reason: 'no instance profile' };
  const iam = ctx.iam(profile.split(':')[4] ?? '');
  if (!iam) return { profile, reason: 'IAM not collected' };
  const ip = iam.instanceProfiles.get(profile) ?? [...iam.instanceProfiles.values()].find((p) => p.arn === profile || p.name === profile.split('/').pop());
  const roleArn = ip?.roleArns[0];
  const role = roleArn ? iam.roles.get(roleArn) : undefined;
  return role ? { role, profile } : { profile, reason: ip ? 'the instance profile has no role' : 'the instance profile is not in the IAM data' };
}

/** The log streams named after the instance (the agent's default `{instance_id}`), with their group. */
export function instanceStreams(i: Ec2Instance): { group: string; stream: LogStream }[] {
  const out: { group: string; stream: LogStream }[] = [];
  for (const [group, streams] of allStreams(i.ref)) for (const s of streams) if (s.logStreamName?.includes(i.id)) out.push({ group, stream: s });
  return out;
}

/** Instances meant to ship logs: `--expect instance:I=logs`, the agent in inventory, or a CloudWatch agent policy on the role. */
export function logShippers(ctx: DoctorContext): { i: Ec2Instance; group?: string; why: string }[] {
  const out: { i: Ec2Instance; group?: string; why: string }[] = [];
  for (const i of allInstances(ctx)) {
    if (i.node.state !== 'running') continue;
    const e = ctx.expectations.find((x) => x.kind === 'instance-logs' && x.instance === i.id);
    if (e?.kind === 'instance-logs') { out.push({ i, ...(e.logGroup ? { group: e.logGroup } : {}), why: `--expect ${e.text}` }); continue; }
    if (agentInstalled(ctx, i).installed) { out.push({ i, why: 'SSM inventory lists amazon-cloudwatch-agent' }); continue; }
    const role = instanceRole(ctx, i).role;
    if (role && policyNames(ctx, role).some((n) => /CloudWatchAgent/i.test(n))) out.push({ i, why: `role ${role.name} has a CloudWatch agent policy` });
  }
  return out;
}
