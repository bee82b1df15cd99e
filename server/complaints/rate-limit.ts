import { isIPv6 } from 'node:net';

/**
 * A per-address sliding-window limit for the public complaint page (policy 3.5a: open to anyone,
 * so one address must not drown the others). Exact sliding window: each address keeps the times of
 * its last `limit` attempts, and an attempt is allowed when fewer than `limit` fall inside the
 * window ending now. IN MEMORY, for one server process: several processes behind a balancer each
 * keep their own windows, so an address gets at most `limit` per process (acceptable for this
 * association's single server; a shared store would be needed to make it exact across processes).
 * Memory is bounded: at most `maxKeys` addresses are tracked, idle ones are swept first.
 */
export type RateLimiter = {
  /** Counts the attempt; null when allowed, else the seconds until one more would be. */
  attempt(address: string): number | null;
};

export type RateLimitOptions = { limit: number; windowMs: number; now: () => number; maxKeys?: number };

const DEFAULT_MAX_KEYS = 100_000;

/** The key of an address: IPv6 by its /64 (one subscriber gets a whole /64 and could rotate within it). */
export function addressKey(address: string): string {
  if (!isIPv6(address)) return address;
  if (address.startsWith('::ffff:')) return address.slice('::ffff:'.length);
  const [head = '', tail = ''] = address.split('::');
  const left = head === '' ? [] : head.split(':');
  const right = tail === '' ? [] : tail.split(':');
  const groups = address.includes('::') ? [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right] : left;
  return `${groups.slice(0, 4).map((group) => group.toLowerCase().replace(/^0+(?=.)/, '')).join(':')}::/64`;
}

export function createRateLimiter(options: RateLimitOptions): RateLimiter {
  const { limit, windowMs, now } = options;
  const maxKeys = options.maxKeys ?? DEFAULT_MAX_KEYS;
  const attempts = new Map<string, number[]>();

  function sweep(at: number): void {
    for (const [key, times] of attempts) if ((times.at(-1) ?? 0) <= at - windowMs) attempts.delete(key);
    // Still full (a flood from very many addresses): forget the oldest-inserted; they start afresh.
    for (const key of attempts.keys()) {
      if (attempts.size < maxKeys) break;
      attempts.delete(key);
    }
  }

  return {
    attempt(address) {
      const at = now();
      const key = addressKey(address);
      let times = attempts.get(key);
      if (!times) {
        if (attempts.size >= maxKeys) sweep(at);
        times = [];
        attempts.set(key, times);
      }
      while (times.length > 0 && (times[0] ?? 0) <= at - windowMs) times.shift();
      if (times.length >= limit) return Math.max(1, Math.ceil(((times[0] ?? at) + windowMs - at) / 1000));
      times.push(at);
      return null;
    },
  };
}
