// Instance rules: only a running instance sends or receives traffic.
import type { BlockerDraft } from './trace.js';

/** The instance is not running (stopped, pending, terminated...). */
export function instanceNotRunning(id: string, state: string): BlockerDraft {
  return {
    type: 'instance', id, rule: `${id} is ${state}`,
    reason: `Only a running instance sends or receives traffic, and ${id} is ${state}.`,
    fix: `Start ${id} (aws ec2 start-instances --instance-ids ${id}).`, explanation: 'INSTANCE_NOT_RUNNING',
  };
}
