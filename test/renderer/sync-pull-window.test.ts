import { describe, expect, it } from 'vitest';
import { createPullWindow } from '../../renderer/src/sync/pull-window';

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
    const window = createPullWindow({ aheadDocs: 10, stallMs: 100 });
    window.fetched(20);
    const waiting = window.room();
    for (let i = 0; i < 5; i += 1) {
      await new Promise((done) => setTimeout(done, 60));
      window.written();
    }
    expect(await settled(waiting, 10)).toBe(false);
    for (let i = 0; i < 6; i += 1) window.written();
    expect(await settled(waiting)).toBe(true);
    window.close();
  });
});
