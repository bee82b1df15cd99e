import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBackoffGate } from '../../renderer/src/sync/backoff-gate';

const DAY = 24 * 60 * 60 * 1000;
const within = (promise: Promise<void>, ms: number) =>
  Promise.race([promise.then(() => 'open'), new Promise((done) => setTimeout(() => done('still waiting'), ms))]);

describe('backoff gate', () => {
  afterEach(() => vi.restoreAllMocks());

  it('waits the backoff after a failure, and not after a success', async () => {
    const gate = createBackoffGate({ baseMs: 200 });
    gate.failed();
    expect(await within(gate.wait(), 50)).toBe('still waiting');
    gate.succeeded();
    expect(await within(gate.wait(), 50)).toBe('open');
  });

  // Regression: the delay was measured with Date.now(), so a desk clock set back a day after a
  // failure held every request for a day (the sync fault matrix runs desks a day slow).
  it('a desk clock set back a day does not stretch the wait', async () => {
    const gate = createBackoffGate({ baseMs: 100 });
    gate.failed();
    const now = Date.now();
    vi.spyOn(Date, 'now').mockReturnValue(now - DAY);
    expect(await within(gate.wait(), 2_000)).toBe('open');
  });

  it('a desk clock set a day ahead does not skip the wait', async () => {
    const gate = createBackoffGate({ baseMs: 300 });
    gate.failed();
    const now = Date.now();
    vi.spyOn(Date, 'now').mockReturnValue(now + DAY);
    expect(await within(gate.wait(), 50)).toBe('still waiting');
  });

  it('offline holds every request until the gate is let go; "sync now" does not open a held gate', async () => {
    const gate = createBackoffGate({ baseMs: 100 });
    gate.hold();
    const waiting = gate.wait();
    expect(await within(waiting, 100)).toBe('still waiting');
    gate.release();
    expect(await within(waiting, 50)).toBe('still waiting');
    gate.letGo();
    expect(await within(waiting, 50)).toBe('open');
    expect(await within(gate.wait(), 50)).toBe('open');
  });

  it('a stopped desk fails the held requests and every later one', async () => {
    const gate = createBackoffGate();
    gate.hold();
    const waiting = gate.wait();
    gate.close();
    await expect(waiting).rejects.toThrow('sync stopped');
    await expect(gate.wait()).rejects.toThrow('sync stopped');
  });
});
