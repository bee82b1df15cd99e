/**
 * Runs writes that must not interleave one after another: per key inside this window (a promise
 * chain), and across windows of the same desk through the Web Locks API where the runtime has it
 * (Chromium, Electron, Node 24), so two tabs cannot hand out the same request number or both
 * validate a holiday table against a state the other is changing.
 */
const chains = new Map<string, Promise<unknown>>();

type LockManagerLike = { request<T>(name: string, callback: () => Promise<T>): Promise<T> };

function lockManager(): LockManagerLike | null {
  const nav = (globalThis as { navigator?: { locks?: LockManagerLike } }).navigator;
  return nav?.locks && typeof nav.locks.request === 'function' ? nav.locks : null;
}

/** Runs `task` after every task queued earlier under `key` has settled (whatever its outcome). */
export function serialized<T>(key: string, task: () => Promise<T>): Promise<T> {
  const previous = chains.get(key) ?? Promise.resolve();
  const locks = lockManager();
  const run = previous
    .catch(() => undefined)
    .then(() => (locks ? locks.request(`wasl:${key}`, task) : task()));
  chains.set(key, run);
  // Forget a settled chain so the map does not grow with every request ever edited.
  void run.catch(() => undefined).then(() => {
    if (chains.get(key) === run) chains.delete(key);
  });
  return run;
}
