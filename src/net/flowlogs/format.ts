// VPC Flow Logs record formats: the default version 2 fields, custom formats from a header line or a LogFormat.

/** The fields of the default format (version 2), in order. */
export const DEFAULT_FIELDS = [
  'version', 'account-id', 'interface-id', 'srcaddr', 'dstaddr', 'srcport', 'dstport', 'protocol',
  'packets', 'bytes', 'start', 'end', 'action', 'log-status',
] as const;

/** Every field name AWS documents for flow log records (versions 2 to 8). */
export const KNOWN_FIELDS = new Set<string>([
  ...DEFAULT_FIELDS, 'vpc-id', 'subnet-id', 'instance-id', 'tcp-flags', 'type', 'pkt-srcaddr', 'pkt-dstaddr', 'region',
  'az-id', 'sublocation-type', 'sublocation-id', 'pkt-src-aws-service', 'pkt-dst-aws-service', 'flow-direction',
  'traffic-path', 'ecs-cluster-arn', 'ecs-cluster-name', 'ecs-container-instance-arn', 'ecs-container-instance-id',
  'ecs-container-id', 'ecs-second-container-id', 'ecs-service-name', 'ecs-task-definition-arn', 'ecs-task-arn',
  'ecs-task-id', 'reject-reason', 'resource-id', 'encryption-status',
]);

/** Positions of the fields whynot reads; -1 when the format lacks the field. */
export interface FieldIndex {
  count: number;
  interfaceId: number;
  srcaddr: number;
  dstaddr: number;
  srcport: number;
  dstport: number;
  protocol: number;
  packets: number;
  bytes: number;
  start: number;
  end: number;
  action: number;
  logStatus: number;
  tcpFlags: number;
  vpcId: number;
  instanceId: number;
  flowDirection: number;
}

/** Builds the index of a field list; undefined when a field whynot needs (addresses, protocol, action) is absent. */
export function indexFields(fields: readonly string[]): FieldIndex | undefined {
  const at = (f: string): number => fields.indexOf(f);
  const ix: FieldIndex = {
    count: fields.length, interfaceId: at('interface-id'), srcaddr: at('srcaddr'), dstaddr: at('dstaddr'), srcport: at('srcport'),
    dstport: at('dstport'), protocol: at('protocol'), packets: at('packets'), bytes: at('bytes'), start: at('start'), end: at('end'),
    action: at('action'), logStatus: at('log-status'), tcpFlags: at('tcp-flags'), vpcId: at('vpc-id'), instanceId: at('instance-id'),
    flowDirection: at('flow-direction'),
  };
  return ix.srcaddr < 0 || ix.dstaddr < 0 || ix.protocol < 0 || ix.action < 0 ? undefined : ix;
}

/** Reads a format as AWS writes it in LogFormat (`${version} ${srcaddr} ...`) or as a plain header line. */
export function parseFormat(text: string): string[] {
  return text.trim().split(/\s+/).map((f) => f.replace(/^\$\{(.*)\}$/, '$1'));
}

/** True when a first line is a header: every token is a known field name. */
export function isHeader(line: string): boolean {
  const tokens = line.trim().split(/\s+/);
  return tokens.length > 0 && tokens.every((t) => KNOWN_FIELDS.has(t));
}
