import { inPushTurn } from './push-turns';

/**
 * Group commit for pushes of one collection in this process. A push holds its collection's lock
 * (document-store.ts) across a few round trips, so one push at a time capped a collection at ~30
 * pushes a second (bench sync, 200 desks offering 200 a second: pushes queued for 80 s). Now the
 * push whose turn it is (push-turns.ts), once it holds the lock, takes every push queued behind it
 * and writes them all in its one transaction: the lock is held once for the group, not once per push.
 *
 * What each push gets is as if they ran one after another in queue order (the writer judges them so:
 * document-store.ts); this module only forms the groups:
 *  - the group closes when its writer holds the lock: pushes that arrive while it waits join it;
 *  - the next group starts waiting for the lock as soon as this one holds it (as turns did);
 *  - when a group of several fails, each of its pushes is tried again alone, first in the queue, so a
 *    push PostgreSQL refuses fails by itself and the others are written;
 *  - a push that cannot share (`joins` says no: other options, or a collection judged against what
 *    the database holds) is written alone; a group holds at most GROUP_ROWS rows (its first push
 *    always goes, however many rows it has). Kept small: a desk that pulls right after its push reads
 *    its whole group again (bench sync, 50 desks, 20 s: pulls read 232k files with groups of up to
 *    1,000 rows, 125k with 100, 27k one push at a time).
 */
const GROUP_ROWS = 100;

export type GroupRunner<P, R> = {
  /** whether `next` may be written in one transaction with `first` */
  joins(first: P, next: P): boolean;
  rows(push: P): number;
  /**
   * Writes one group in one transaction: calls `take` once it holds the collection's lock, which
   * closes the group and returns its pushes, and answers them index for index.
   */
  run(collection: string, take: () => P[]): Promise<R[]>;
};

type Waiting<P, R> = { push: P; alone: boolean; resolve: (outcome: R) => void; reject: (error: unknown) => void };
type Queue<P, R> = { waiting: Waiting<P, R>[]; writerWaiting: boolean };

/** Per runner (one per database: two servers in one process never share a group) and collection. */
const queues = new WeakMap<object, Map<string, Queue<unknown, unknown>>>();

/** Queues `push` behind its collection's others and resolves with its own outcome once its group committed. */
export function inPushGroup<P, R>(runner: GroupRunner<P, R>, collection: string, push: P): Promise<R> {
  let byCollection = queues.get(runner);
  if (!byCollection) queues.set(runner, (byCollection = new Map()));
  let queue = byCollection.get(collection) as Queue<P, R> | undefined;
  if (!queue) byCollection.set(collection, (queue = { waiting: [], writerWaiting: false }) as Queue<unknown, unknown>);
  const current = queue;
  return new Promise<R>((resolve, reject) => {
    current.waiting.push({ push, alone: false, resolve, reject });
    if (!current.writerWaiting) startWriter(collection, current, runner);
  });
}

/** The pushes of the next group, in queue order: the first, and those that may join it. */
function takeGroup<P, R>(queue: Queue<P, R>, runner: GroupRunner<P, R>): Waiting<P, R>[] {
  const [first] = queue.waiting;
  if (!first) return [];
  let count = 1;
  let rows = runner.rows(first.push);
  if (!first.alone) {
    for (let i = 1; i < queue.waiting.length; i += 1) {
      const next = queue.waiting[i] as Waiting<P, R>;
      rows += runner.rows(next.push);
      if (next.alone || rows > GROUP_ROWS || !runner.joins(first.push, next.push)) break;
      count += 1;
    }
  }
  return queue.waiting.splice(0, count);
}

function startWriter<P, R>(collection: string, queue: Queue<P, R>, runner: GroupRunner<P, R>): void {
  queue.writerWaiting = true;
  let group: Waiting<P, R>[] | null = null;
  const close = (): Waiting<P, R>[] => {
    group = takeGroup(queue, runner);
    queue.writerWaiting = false;
    if (queue.waiting.length > 0) startWriter(collection, queue, runner);
    return group;
  };
  inPushTurn(collection, (locked) => runner.run(collection, () => {
    const pushes = close().map((entry) => entry.push);
    locked();
    return pushes;
  })).then(
    (outcomes) => group!.forEach((entry, index) => entry.resolve(outcomes[index]!)),
    (error: unknown) => {
      // Failed before it held the lock (no connection): the group it would have taken is tried as one that failed.
      const failed = group ?? close();
      if (failed.length === 1) return failed[0]!.reject(error);
      queue.waiting.unshift(...failed.map((entry) => ({ ...entry, alone: true })));
      if (!queue.writerWaiting) startWriter(collection, queue, runner);
    },
  );
}
