import { describe, expect, it } from 'vitest';
import { inPushTurn } from '../../server/sync/push-turns';

/**
 * Pushes of one collection take turns before they take a pooled connection (push-turns.ts): the
 * next push starts once the one before holds the collection's lock, a failed push never keeps the
 * others waiting, and another collection's pushes do not wait at all.
 */
const tick = () => new Promise((done) => setTimeout(done, 5));

describe('push turns', () => {
  it('lets the next push of a collection start only once the one before holds its lock', async () => {
    const log: string[] = [];
    let lockFirst!: () => void;
    const first = inPushTurn('beneficiaries', async (locked) => {
      log.push('first starts');
      await new Promise<void>((done) => (lockFirst = done));
      locked();
      log.push('first locked');
      await tick();
      log.push('first ends');
    });
    const second = inPushTurn('beneficiaries', async (locked) => {
      log.push('second starts');
      locked();
    });
    const other = inPushTurn('requests', async () => void log.push('other collection'));
    await other;
    await tick();
    expect(log).toEqual(['first starts', 'other collection']);
    lockFirst();
    await Promise.all([first, second]);
    expect(log.indexOf('second starts')).toBeGreaterThan(log.indexOf('first locked'));
  });

  it('passes the turn on when a push fails before it holds the lock', async () => {
    const failed = inPushTurn('beneficiaries', async () => {
      await tick();
      throw new Error('no connection');
    });
    const next = inPushTurn('beneficiaries', async (locked) => {
      locked();
      return 'written';
    });
    await expect(failed).rejects.toThrow('no connection');
    await expect(next).resolves.toBe('written');
  });
});
