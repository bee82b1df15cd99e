import { describe, expect, it, vi } from 'vitest';
import { saveBeneficiary } from '../../renderer/src/features/beneficiaries/data/save-beneficiary';
import { createPullWindow } from '../../renderer/src/sync/pull-window';
import { boundsFirstPull } from '../../renderer/src/sync/replicate-collection';
import { formInput, openDesk } from './registry-fixtures';

/** The first sync's bound on pages fetched ahead of what is written (renderer/src/sync/pull-window.ts). */
const settled = async (promise: Promise<void>, withinMs = 20): Promise<boolean> =>
  Promise.race([promise.then(() => true), new Promise<boolean>((done) => setTimeout(() => done(false), withinMs))]);

describe('pull window', () => {
  it('asks for pages until the bound, then waits for writes to make room', async () => {
    const window = createPullWindow({ aheadDocs: 2000, stallMs: 60_000 });
    expect(await settled(window.room())).toBe(true);
    window.fetched(1000);
    expect(await settled(window.room())).toBe(true);
    window.fetched(1000);
    // Two pages wait to be written: the third is asked for once one of them is (a page is written as one).
    const third = window.room();
    expect(await settled(third)).toBe(false);
    for (let i = 0; i < 1000; i += 1) window.written();
    expect(await settled(third)).toBe(true);
    window.fetched(1000);
    expect(await settled(window.room())).toBe(false);
    window.close();
  });

  it('a live change written here does not widen the window', async () => {
    const window = createPullWindow({ aheadDocs: 1000, stallMs: 60_000 });
    for (let i = 0; i < 500; i += 1) window.written();
    window.fetched(1000);
    expect(await settled(window.room())).toBe(false);
    window.close();
  });

  it('goes on when nothing is written for a while (documents RxDB does not write again), and after close', async () => {
    const window = createPullWindow({ aheadDocs: 1000, stallMs: 150 });
    window.fetched(1000);
    const started = Date.now();
    await window.room();
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    // The stall counted what was fetched as done: the next page may be asked for at once.
    expect(await settled(window.room())).toBe(true);

    const closing = createPullWindow({ aheadDocs: 1000, stallMs: 60_000 });
    closing.fetched(5000);
    const waiting = closing.room();
    closing.close();
    expect(await settled(waiting)).toBe(true);
    expect(await settled(closing.room())).toBe(true);
  });

  it('every write restarts the stall clock: a slow, steady write is waited for', async () => {
    vi.useFakeTimers();
    try {
      const window = createPullWindow({ aheadDocs: 10, stallMs: 100 });
      window.fetched(20);
      let released = false;
      void window.room().then(() => (released = true));
      for (let i = 0; i < 5; i += 1) {
        await vi.advanceTimersByTimeAsync(60);
        window.written();
      }
      // 300 ms in, never 100 ms without a write: still waiting (15 of 20 wait to be written).
      await vi.advanceTimersByTimeAsync(60);
      expect(released).toBe(false);
      for (let i = 0; i < 6; i += 1) window.written();
      await vi.advanceTimersByTimeAsync(0);
      expect(released).toBe(true);
      window.close();
    } finally {
      vi.useRealTimers();
    }
  });

  it('bounds only a first pull into a collection that holds nothing yet', async () => {
    const desk = await openDesk();
    try {
      const beneficiaries = desk.db.beneficiaries as unknown as Parameters<typeof boundsFirstPull>[0];
      expect(await boundsFirstPull(beneficiaries, undefined)).toBe(true);
      // Starting over after a server restore: the whole history comes again, already held here.
      expect(await boundsFirstPull(beneficiaries, 120)).toBe(false);
      const saved = await saveBeneficiary(desk.deps, formInput(), { acknowledged: [] });
      expect(saved.ok).toBe(true);
      // Files of its own: its pushes come back in the pull, and RxDB does not write them again.
      expect(await boundsFirstPull(beneficiaries, undefined)).toBe(false);
    } finally {
      await desk.close();
    }
  });
});
