/**
 * One backoff for all of a desk's requests to its server: after n failures in a row every pull
 * and push first waits backoffDelayMs(n) (1 s, 2 s, 4 s … 60 s), so a server that is down is
 * not hammered by a dozen collections each retrying on its own. A success, coming back online
 * or "sync now" opens the gate at once.
 *
 * Offline holds the gate shut before RxDB's replications are paused (sync-manager.ts): a pause drops the
 * answer to a push already on its way (RxDB then keeps no note that the server took it), and the desk's next
 * edit of that document went up against a state the server no longer had: a conflict, and on a new document
 * (nothing to merge against) the edit lost to the server's copy. Held first, a request in flight finishes
 * and is noted; one that failed is retried with the same rows once online (the server takes a replayed
 * push as already stored).
 */
import { backoffDelayMs } from '@shared/sync/server-url';

export type BackoffGate = {
  /** resolves when a request may go out */
  wait(): Promise<void>;
  succeeded(): void;
  failed(): void;
  /** skip the current wait (online again, sync now) without forgetting nothing worked */
  release(): void;
  /** offline: every request waits until the gate is let go (online again) */
  hold(): void;
  letGo(): void;
  /** the desk stopped syncing: every waiting and later request fails */
  close(): void;
  readonly failures: number;
};

/**
 * Elapsed time from a monotonic clock, not the wall clock: a desk's clock may be set back (by a
 * person, or NTP correcting a clock a day off) between a failure and the next wait, and a
 * wall-clock delay would then hold every request back by that much, with nothing pending shown
 * as wrong.
 */
const monotonicNow = () => performance.now();

export function createBackoffGate(options: { baseMs?: number; maxMs?: number } = {}): BackoffGate {
  let failures = 0;
  let releaseWaiters: (() => void)[] = [];
  let releasedAt = 0;
  let failedAt = 0;
  let held = false;
  let closed = false;
  let heldWaiters: { resolve(): void; reject(error: Error): void }[] = [];
  const stoppedError = () => new Error('sync stopped');
  return {
    get failures() {
      return failures;
    },
    wait() {
      if (closed) return Promise.reject(stoppedError());
      if (held) return new Promise<void>((resolve, reject) => heldWaiters.push({ resolve, reject }));
      const delay = backoffDelayMs(failures, options.baseMs, options.maxMs);
      const remaining = failedAt + delay - monotonicNow();
      if (failures === 0 || remaining <= 0 || releasedAt > failedAt) return Promise.resolve();
      return new Promise<void>((resolve) => {
        const timer = setTimeout(done, remaining);
        function done() {
          clearTimeout(timer);
          releaseWaiters = releaseWaiters.filter((waiter) => waiter !== done);
          resolve();
        }
        releaseWaiters.push(done);
      });
    },
    succeeded() {
      failures = 0;
    },
    failed() {
      failures += 1;
      failedAt = monotonicNow();
    },
    release() {
      releasedAt = monotonicNow() + 1;
      for (const waiter of [...releaseWaiters]) waiter();
    },
    hold() {
      held = true;
    },
    letGo() {
      held = false;
      const waiters = heldWaiters;
      heldWaiters = [];
      for (const waiter of waiters) waiter.resolve();
    },
    close() {
      closed = true;
      const waiters = heldWaiters;
      heldWaiters = [];
      for (const waiter of waiters) waiter.reject(stoppedError());
    },
  };
}
