/**
 * Follows the replications for the status book: activity as it changes, failures outside the
 * handlers, the first sync's progress and its end, and the pending count — recounted from the desk's own
 * ledger of unacknowledged writes (db/pending-ledger.ts) a moment after anything moves, the ledger itself
 * included (a write's change event comes before its ledger entry). The
 * ledger is on disk and small (only what waits for the server), so the count is right from the
 * start, offline too, and costs nothing during the first sync.
 */
import { bufferTime, filter, merge, type Subscription } from 'rxjs';
import type { CollectionName } from '@shared/db/collections';
import { jsonCollection, type JsonDoc, type WaslDatabase } from '../db/database';
import { countPending, ledgerChanges$ } from '../db/pending-ledger';
import type { CollectionReplication } from './replicate-collection';
import type { StatusBook } from './sync-status-book';

const RECOUNT_DELAY_MS = 250;
const ARRIVALS_EVERY_MS = 250;

export type ReplicationWatch = { stop(): void };

type Recounter = { schedule(replication: CollectionReplication): void; stop(): void };

/** Recounts a collection's pending writes a moment after it moves (one timer a collection). */
function pendingRecounter(db: WaslDatabase, book: StatusBook, keepLocal: (collection: CollectionName, doc: JsonDoc) => boolean): Recounter {
  let stopped = false;
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  // Recounts of a collection may overlap and finish out of order: a result is shown unless a later-started
  // one is already shown (not only the latest started: under steady events that one is always replaced).
  const started = new Map<string, number>();
  const shown = new Map<string, number>();
  const recount = async (replication: CollectionReplication): Promise<number> => {
    const name = replication.name as CollectionName;
    await replication.settle();
    return countPending(jsonCollection(db, name), (doc) => keepLocal(name, doc));
  };
  const run = (replication: CollectionReplication) => {
    timers.delete(replication.name);
    if (stopped) return;
    const thisRun = (started.get(replication.name) ?? 0) + 1;
    started.set(replication.name, thisRun);
    recount(replication).then(
      (pending) => {
        if (stopped || thisRun < (shown.get(replication.name) ?? 0)) return;
        shown.set(replication.name, thisRun);
        book.update(replication.name, { pending });
      },
      (error: unknown) => {
        if (!stopped) console.error('sync: pending count failed', error);
      },
    );
  };
  return {
    schedule(replication) {
      if (timers.has(replication.name) || stopped) return;
      timers.set(replication.name, setTimeout(() => run(replication), RECOUNT_DELAY_MS));
    },
    stop() {
      stopped = true;
      for (const timer of timers.values()) clearTimeout(timer);
    },
  };
}

/** `keepLocal`: documents of a collection that never leave the desk, so never pending. */
export function watchReplications(
  db: WaslDatabase,
  replications: readonly CollectionReplication[],
  book: StatusBook,
  keepLocal: (collection: CollectionName, doc: JsonDoc) => boolean,
): ReplicationWatch {
  const recounter = pendingRecounter(db, book, keepLocal);
  const scheduleRecount = (replication: CollectionReplication) => recounter.schedule(replication);
  const subscriptions: Subscription[] = replications.flatMap((replication) => {
    const collection = jsonCollection(db, replication.name as CollectionName);
    return [
      replication.state.active$.subscribe((active) => {
        book.update(replication.name, { active });
        scheduleRecount(replication);
      }),
      merge(ledgerChanges$(collection), collection.$, replication.state.sent$, replication.state.received$).subscribe(() => scheduleRecount(replication)),
      // The first sync's progress counts documents once written here (searchable), not as pages
      // come in: RxDB fetches the next page while the last is still being written. Gathered a
      // moment at a time, so a 1,000-document page is one status update, not 1,000.
      replication.state.received$.pipe(bufferTime(ARRIVALS_EVERY_MS), filter((docs) => docs.length > 0)).subscribe((docs) => book.arrived(replication.name, docs.length)),
      // Errors outside the handlers (e.g. writing a conflict record) show too; a handler's own
      // failure was already classified from the original error, which RxDB's wrapper has lost.
      replication.state.error$.subscribe(() => {
        if (book.part(replication.name)?.error === null) book.update(replication.name, { error: 'sync.failed' });
      }),
    ];
  });
  // A conflict settles after the push that met it; while anything is pending, look again every
  // second so the count reaches 0 without a new event.
  const recountTimer = setInterval(() => {
    for (const replication of replications) if ((book.part(replication.name)?.pending ?? 0) > 0) scheduleRecount(replication);
  }, 1000);
  for (const replication of replications) scheduleRecount(replication);

  void Promise.all(replications.map((r) => r.state.awaitInitialReplication())).then(() => {
    book.markInitialDone();
    for (const replication of replications) scheduleRecount(replication);
  }, () => undefined);

  return {
    stop() {
      recounter.stop();
      clearInterval(recountTimer);
      for (const subscription of subscriptions) subscription.unsubscribe();
    },
  };
}
