import { describe, expect, it } from 'vitest';
import { keepSamples, recentRate, secondsLeft, timeLeftParts, type ProgressSample } from '../../shared/sync/sync-progress';

/** Samples of a sync that ran at `perSecond` documents a second, one a second. */
const steady = (seconds: number, perSecond: number, start = 0): ProgressSample[] =>
  Array.from({ length: seconds + 1 }, (_, i) => ({ at: (start + i) * 1000, done: i * perSecond }));

describe('first sync: time left', () => {
  it('is what remains at the recent rate, rounded up to whole seconds', () => {
    expect(secondsLeft(10_000, steady(10, 2000))).toBe(5);
    expect(secondsLeft(10_001, steady(10, 2000))).toBe(6);
    expect(secondsLeft(0, [])).toBe(0);
  });

  it('is unknown before two samples apart, and while nothing arrives', () => {
    expect(secondsLeft(500, [])).toBeNull();
    expect(secondsLeft(500, [{ at: 1000, done: 10 }])).toBeNull();
    expect(secondsLeft(500, [{ at: 1000, done: 10 }, { at: 1000, done: 20 }])).toBeNull();
    expect(secondsLeft(500, [{ at: 0, done: 10 }, { at: 5000, done: 10 }])).toBeNull();
  });

  it('follows the recent rate, not the average since the start', () => {
    // 60 s at 3,000/s, then 20 s at 1,000/s: the window (20 s) sees only the slow part.
    const fast = steady(60, 3000);
    const slow = Array.from({ length: 20 }, (_, i) => ({ at: (61 + i) * 1000, done: 180_000 + (i + 1) * 1000 }));
    const samples = [...fast, ...slow].reduce<ProgressSample[]>((kept, sample) => keepSamples(kept, sample), []);
    expect(recentRate(samples)).toBe(1000);
    expect(secondsLeft(30_000, samples)).toBe(30);
    // Only the window and the sample before it are kept.
    expect(samples.length).toBeLessThanOrEqual(22);
  });

  it('starts over when the count goes back (the sync restarted)', () => {
    const kept = keepSamples(steady(5, 100), { at: 6000, done: 20 });
    expect(kept).toEqual([{ at: 6000, done: 20 }]);
    expect(recentRate(kept)).toBeNull();
  });

  it('is said in seconds under two minutes, in whole minutes after', () => {
    expect(timeLeftParts(45)).toEqual({ unit: 'seconds', count: 45 });
    expect(timeLeftParts(119)).toEqual({ unit: 'seconds', count: 119 });
    expect(timeLeftParts(121)).toEqual({ unit: 'minutes', count: 3 });
  });
});
