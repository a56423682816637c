// CloudWatch Logs facts: log groups of a region, their streams, and the ARNs the logs actions are authorized against.
import { seg, type DoctorContext, type RegionRef } from '../context.js';
import { listIn } from './files.js';

/** The log group names of a region, or undefined when describe-log-groups was not collected. */
export function logGroupsIn(ctx: DoctorContext, r: RegionRef): { file: string; groups: Set<string> | undefined } {
  const c = ctx.raw(r, 'logs/describe-log-groups.json');
  const list = listIn<{ logGroupName?: string }>(c, 'logGroups');
  return { file: c.file, groups: list ? new Set(list.flatMap((g) => (g.logGroupName ? [g.logGroupName] : []))) : undefined };
}

/** A log stream as describe-log-streams returns it. */
export interface LogStream { logStreamName?: string; lastIngestionTime?: number; lastEventTimestamp?: number; creationTime?: number }

/** The streams of a log group, or undefined when describe-log-streams was not collected. */
export function streamsOf(ctx: DoctorContext, r: RegionRef, group: string): { file: string; streams: LogStream[] | undefined } {
  const c = ctx.raw(r, `logs/log-groups/${seg(group)}/describe-log-streams.json`);
  return { file: c.file, streams: listIn<LogStream>(c, 'logStreams') };
}

/** Every collected describe-log-streams of a region, by log group name. */
export function allStreams(r: RegionRef): Map<string, LogStream[]> {
  const out = new Map<string, LogStream[]>();
  for (const [path, c] of r.data.raw) {
    const m = /^logs\/log-groups\/([^/]+)\/describe-log-streams\.json$/.exec(path);
    if (!m?.[1]) continue;
    const list = listIn<LogStream>(c, 'logStreams');
    if (list) out.set(decodeURIComponent(m[1]), list);
  }
  return out;
}

/** The ARN CreateLogStream and PutLogEvents are authorized against (a stream of the group). */
export function streamArn(region: string, account: string, group: string, stream = 'whynot-probe'): string {
  return `arn:aws:logs:${region}:${account}:log-group:${group}:log-stream:${stream}`;
}

/** The ARN CreateLogGroup is authorized against. */
export function groupArn(region: string, account: string, group: string): string {
  return `arn:aws:logs:${region}:${account}:log-group:${group}`;
}

/** The logs actions a writer needs on a group, CreateLogGroup only when the group does not exist yet. */
export function logWriteActions(region: string, account: string, group: string, groupExists: boolean | undefined, describe = false): { action: string; resource: string }[] {
  const s = streamArn(region, account, group);
  return [
    { action: 'logs:CreateLogStream', resource: s },
    { action: 'logs:PutLogEvents', resource: s },
    ...(describe ? [{ action: 'logs:DescribeLogStreams', resource: groupArn(region, account, group) + ':*' }] : []),
    ...(groupExists === false ? [{ action: 'logs:CreateLogGroup', resource: groupArn(region, account, group) }] : []),
  ];
}
