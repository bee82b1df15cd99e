/**
 * A first sync's progress as the sync screen shows it: documents arrived of the total the server
 * announced, and the time left at the recent rate. Pure: the clock's readings are passed in.
 */

/** How many documents had arrived at a moment (ms since any fixed origin). */
export type ProgressSample = { at: number; done: number };

/** The rate is taken over this much of the recent past: it follows a slowdown, yet a page's jitter is smoothed. */
export const RATE_WINDOW_MS = 20_000;

/**
 * The samples worth keeping after `next`: those inside the window, and the last one before it
 * (so the window's rate always has a start). A count that went back (a sync started over) drops
 * everything before it.
 */
export function keepSamples(samples: readonly ProgressSample[], next: ProgressSample, windowMs = RATE_WINDOW_MS): ProgressSample[] {
  const last = samples.at(-1);
  if (last && next.done < last.done) return [next];
  const all = [...samples, next];
  const firstInside = all.findIndex((sample) => sample.at >= next.at - windowMs);
  return all.slice(Math.max(0, firstInside - 1));
}

/** Documents per second over the recent window (from its last sample before it); null before two samples a moment apart. */
export function recentRate(samples: readonly ProgressSample[], windowMs = RATE_WINDOW_MS): number | null {
  const last = samples.at(-1);
  const from = samples.findLast((sample) => last !== undefined && sample.at <= last.at - windowMs) ?? samples[0];
  if (!last || !from || last.at <= from.at) return null;
  return ((last.done - from.done) * 1000) / (last.at - from.at);
}

/** Whole seconds left for `remaining` documents at the recent rate; null while it is not known (or nothing moves). */
export function secondsLeft(remaining: number, samples: readonly ProgressSample[], windowMs = RATE_WINDOW_MS): number | null {
  if (remaining <= 0) return 0;
  const rate = recentRate(samples, windowMs);
  if (rate === null || rate <= 0) return null;
  return Math.ceil(remaining / rate);
}

/** How the screen says it: seconds under two minutes, whole minutes (rounded up) after. */
export function timeLeftParts(seconds: number): { unit: 'seconds' | 'minutes'; count: number } {
  return seconds < 120 ? { unit: 'seconds', count: seconds } : { unit: 'minutes', count: Math.ceil(seconds / 60) };
}
