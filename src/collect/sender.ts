// The single send() of the collector: read-only guard, bounded concurrency, throttling retry, call counting.
import { iamAction, operationOf } from './actions.js';
import type { ClientService } from './clients.js';
import { CallError, errorCode, errorMessage, isThrottling } from './errors.js';
import { assertReadOnly } from './guard.js';
import { Semaphore } from './semaphore.js';

/** Which account, region and service a client talks to (the concurrency bucket). */
export interface SendLabel {
  account: string;
  region: string;
  service: ClientService;
}

/** Limits and timing of the sender. */
export interface SenderOptions {
  /** Concurrent calls per account, service and region. */
  perServiceRegion: number;
  /** Concurrent calls in total. */
  total: number;
  /** Retries of a throttled call after the SDK's own adaptive retries gave up. */
  throttleRetries: number;
  /** First backoff delay in milliseconds; doubles on each retry, with jitter. */
  backoffMs: number;
  sleep: (ms: number) => Promise<void>;
}

/** Defaults: 6 calls in flight per service and region, 48 in total, 4 extra throttling retries from 1 s. */
export const defaultSenderOptions: SenderOptions = {
  perServiceRegion: 6,
  total: 48,
  throttleRetries: 4,
  backoffMs: 1000,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

type SendFn = (command: object) => Promise<unknown>;

/** Sends commands for the whole run; every client the collector uses is wrapped by {@link Sender.guard}. */
export class Sender {
  /** API calls sent (each attempt that reached the SDK). */
  calls = 0;
  private readonly buckets = new Map<string, Semaphore>();
  private readonly all: Semaphore;

  constructor(private readonly options: SenderOptions = defaultSenderOptions) {
    this.all = new Semaphore(options.total);
  }

  /** Sends one command through a raw client; refuses any command that is not read-only; throws CallError on failure. */
  async send(label: SendLabel, client: object, command: object): Promise<unknown> {
    const name = assertReadOnly(command);
    const call = iamAction(label.service, operationOf(name));
    const raw = (Reflect.get(client, 'send') as SendFn).bind(client);
    const bucket = this.bucket(label);
    for (let attempt = 0; ; attempt++) {
      try {
        return await bucket.run(() => this.all.run(() => {
          this.calls++;
          return raw(command);
        }));
      } catch (e) {
        if (e instanceof CallError) throw e;
        if (isThrottling(e) && attempt < this.options.throttleRetries) {
          await this.options.sleep(this.delay(attempt));
          continue;
        }
        throw new CallError(call, errorCode(e), errorMessage(e));
      }
    }
  }

  /** A view of the client whose send() (also when called by an SDK paginator) goes through {@link Sender.send}. */
  guard<T extends object>(client: T, label: SendLabel): T {
    const view = Object.create(client) as T;
    const send: SendFn = (command) => this.send(label, client, command);
    Object.defineProperty(view, 'send', { value: send });
    return view;
  }

  private bucket(label: SendLabel): Semaphore {
    const key = `${label.account}/${label.region}/${label.service}`;
    let s = this.buckets.get(key);
    if (!s) this.buckets.set(key, (s = new Semaphore(this.options.perServiceRegion)));
    return s;
  }

  private delay(attempt: number): number {
    const base = Math.min(this.options.backoffMs * 2 ** attempt, 20_000);
    return base / 2 + Math.random() * (base / 2);
  }
}
