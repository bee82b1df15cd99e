/**
 * Pushes of one collection in this process take turns for its lock before they take a pooled
 * connection: a push waiting for the advisory lock (document-store.ts) holds a connection, and with
 * every desk's push waiting there the pool had none left for pulls (bench sync, 50 desks: a push
 * spent more time waiting for a connection than for the lock). Now one push per collection waits at
 * PostgreSQL while the holder works; the others wait here, connection-free. The advisory lock still
 * orders pushes across processes and writes that do not come through here; a turn ends as soon as
 * its push holds that lock (or fails), so the next one is already queued at PostgreSQL when it frees.
 */
const turns = new Map<string, Promise<void>>();

/** Runs `work` in this collection's turn; `work` calls its argument once it holds the collection's lock. */
export async function inPushTurn<T>(collection: string, work: (locked: () => void) => Promise<T>): Promise<T> {
  const before = turns.get(collection) ?? Promise.resolve();
  let release!: () => void;
  const mine = new Promise<void>((done) => (release = done));
  const tail = before.then(() => mine);
  turns.set(collection, tail);
  await before;
  try {
    return await work(release);
  } finally {
    release();
    if (turns.get(collection) === tail) turns.delete(collection);
  }
}
