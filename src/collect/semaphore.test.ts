// The semaphore never runs more than its size at once and frees slots on failure.
import { describe, expect, it } from 'vitest';
import { Semaphore } from './semaphore.js';

describe('Semaphore', () => {
  it('bounds concurrency', async () => {
    const s = new Semaphore(3);
    let active = 0;
    let peak = 0;
    await Promise.all(
      Array.from({ length: 20 }, () =>
        s.run(async () => {
          active++;
          peak = Math.max(peak, active);
          await new Promise((r) => setTimeout(r, 1));
          active--;
        }),
      ),
    );
    expect(peak).toBe(3);
    expect(s.running).toBe(0);
  });

  it('releases the slot when the task throws', async () => {
    const s = new Semaphore(1);
    await expect(s.run(() => Promise.reject(new Error('x')))).rejects.toThrow('x');
    await expect(s.run(() => Promise.resolve(1))).resolves.toBe(1);
    expect(() => new Semaphore(0)).toThrow(RangeError);
  });
});
