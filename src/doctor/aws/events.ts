// EventBridge facts: rules from list-rules and their targets from list-targets-by-rule, per region.
import { seg, type DoctorContext, type RegionRef } from '../context.js';
import { listIn } from './files.js';

/** An EventBridge rule. */
export interface Rule {
  name: string;
  arn: string;
  state: string;
  bus: string;
  pattern?: string;
  ref: RegionRef;
  file: string;
  jsonPath: string;
}

/** A rule target. */
export interface Target {
  id: string;
  arn: string;
  roleArn?: string;
  file: string;
  jsonPath: string;
}

/** Rules of a region, or undefined when list-rules was not collected. */
export function rulesIn(ctx: DoctorContext, r: RegionRef): { file: string; rules: Rule[] | undefined } {
  const c = ctx.raw(r, 'events/list-rules.json');
  const list = listIn<{ Name?: string; Arn?: string; State?: string; EventBusName?: string; EventPattern?: string }>(c, 'Rules');
  if (!list) return { file: c.file, rules: undefined };
  return {
    file: c.file,
    rules: list.flatMap((x, i) => (x.Name ? [{
      name: x.Name, arn: x.Arn ?? `arn:aws:events:${r.region}:${r.account}:rule/${x.Name}`, state: x.State ?? 'ENABLED', bus: x.EventBusName ?? 'default',
      ...(x.EventPattern ? { pattern: x.EventPattern } : {}), ref: r, file: c.file, jsonPath: `$.Rules[${i}]`,
    }] : [])),
  };
}

/** Targets of a rule, or undefined when list-targets-by-rule was not collected. */
export function targetsOf(ctx: DoctorContext, rule: Rule): { file: string; targets: Target[] | undefined } {
  const c = ctx.raw(rule.ref, `events/rules/${seg(rule.name)}/list-targets-by-rule.json`);
  const list = listIn<{ Id?: string; Arn?: string; RoleArn?: string }>(c, 'Targets');
  if (!list) return { file: c.file, targets: undefined };
  return {
    file: c.file,
    targets: list.flatMap((t, i) => (t.Arn ? [{ id: t.Id ?? String(i), arn: t.Arn, ...(t.RoleArn ? { roleArn: t.RoleArn } : {}), file: c.file, jsonPath: `$.Targets[${i}]` }] : [])),
  };
}

/** Every rule of every region with its targets (undefined targets: not collected). */
export function allRules(ctx: DoctorContext): { rule: Rule; targets: Target[] | undefined; targetsFile: string }[] {
  return ctx.regions().flatMap((r) => (rulesIn(ctx, r).rules ?? []).map((rule) => {
    const t = targetsOf(ctx, rule);
    return { rule, targets: t.targets, targetsFile: t.file };
  }));
}

/** The service of a target ARN (`lambda`, `sns`, `sqs`, `kinesis`, `states`, `ecs`, `events`...). */
export function targetService(arn: string): string {
  return arn.split(':')[2] ?? '';
}

/** The action EventBridge calls on a target of this service. */
export const TARGET_ACTION: Record<string, string> = {
  lambda: 'lambda:InvokeFunction', sns: 'sns:Publish', sqs: 'sqs:SendMessage', kinesis: 'kinesis:PutRecord',
  states: 'states:StartExecution', ecs: 'ecs:RunTask', events: 'events:PutEvents', firehose: 'firehose:PutRecord',
  logs: 'logs:PutLogEvents', ssm: 'ssm:SendCommand', codebuild: 'codebuild:StartBuild', codepipeline: 'codepipeline:StartPipelineExecution',
};
