// The single send(): the guard runs before any call (also inside SDK paginators), throttling is retried, failures become CallError.
import { DeleteAliasCommand, KMSClient, KMSServiceException, ListKeysCommand, paginateListKeys } from '@aws-sdk/client-kms';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { CallError } from './errors.js';
import { ReadOnlyViolation } from './guard.js';
import { allPages } from './pages.js';
import { Sender } from './sender.js';

const kmsMock = mockClient(KMSClient);
afterEach(() => kmsMock.reset());

const label = { account: '111122223333', region: 'us-east-1', service: 'kms' as const };
const fast = { perServiceRegion: 2, total: 4, throttleRetries: 3, backoffMs: 1, sleep: () => Promise.resolve() };
const throttled = (): Error => new KMSServiceException({ name: 'ThrottlingException', $fault: 'client', $metadata: {}, message: 'Rate exceeded' });

function client(sender: Sender): KMSClient {
  return sender.guard(new KMSClient({ region: 'us-east-1', credentials: { accessKeyId: 'AKID', secretAccessKey: 'S' } }), label);
}

describe('Sender', () => {
  it('refuses a write command before it reaches the client', async () => {
    const sender = new Sender(fast);
    await expect(client(sender).send(new DeleteAliasCommand({ AliasName: 'alias/x' }))).rejects.toBeInstanceOf(ReadOnlyViolation);
    expect(kmsMock.calls()).toHaveLength(0);
    expect(sender.calls).toBe(0);
  });

  it('routes SDK paginators through the guard and counts every page', async () => {
    kmsMock.on(ListKeysCommand).callsFake((i: { Marker?: string }) => (i.Marker ? { Keys: [{ KeyId: 'b' }] } : { Keys: [{ KeyId: 'a' }], Truncated: true, NextMarker: 'm' }));
    const sender = new Sender(fast);
    const merged = await allPages(paginateListKeys({ client: client(sender) }, {}));
    expect(merged).toEqual({ Keys: [{ KeyId: 'a' }, { KeyId: 'b' }] });
    expect(sender.calls).toBe(2);
  });

  it('retries throttling, then gives up with a CallError naming the IAM action and the code', async () => {
    kmsMock.on(ListKeysCommand).rejectsOnce(throttled()).resolves({ Keys: [] });
    const sender = new Sender(fast);
    await expect(client(sender).send(new ListKeysCommand({}))).resolves.toMatchObject({ Keys: [] });
    expect(sender.calls).toBe(2);

    kmsMock.reset();
    kmsMock.on(ListKeysCommand).rejects(throttled());
    const err = await client(sender).send(new ListKeysCommand({})).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CallError);
    expect(err).toMatchObject({ call: 'kms:ListKeys', code: 'ThrottlingException', message: 'Rate exceeded' });
    expect(kmsMock.calls()).toHaveLength(4);
  });

  it('does not retry other errors', async () => {
    kmsMock.on(ListKeysCommand).rejects(new KMSServiceException({ name: 'AccessDeniedException', $fault: 'client', $metadata: {}, message: 'no' }));
    const sender = new Sender(fast);
    await expect(client(sender).send(new ListKeysCommand({}))).rejects.toMatchObject({ code: 'AccessDeniedException' });
    expect(kmsMock.calls()).toHaveLength(1);
  });

  it('keeps at most perServiceRegion calls in flight', async () => {
    let active = 0;
    let peak = 0;
    kmsMock.on(ListKeysCommand).callsFake(async () => {
      active++;
      peak = Math.max(peak, active);
      await new Promise((r) => setTimeout(r, 2));
      active--;
      return { Keys: [] };
    });
    const sender = new Sender(fast);
    const c = client(sender);
    await Promise.all(Array.from({ length: 10 }, () => c.send(new ListKeysCommand({}))));
    expect(peak).toBe(2);
  });
});
