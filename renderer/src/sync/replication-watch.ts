/**
 * Follows the replications for the status book: activity as it changes, failures outside the
 * handlers, the end of the first sync, and the pending count — recounted (pending-changes.ts) a moment after anything moves,
 * never during the first sync (every recount reads each document changed since the upstream
 * checkpoint, which then is every document pulled so far: bench sync, quadratic at 100k).
 */
import { merge, type Subscription } from 'rxjs';
import type { CollectionName } from '@shared/db/collections';
import { jsonCollection, type WaslDatabase } from '../db/database';
import { countPendingChanges } from './pending-changes';
import type { CollectionReplication } from './replicate-collection';
import type { StatusBook } from './sync-status-book';

const RECOUNT_DELAY_MS = 250;

export type ReplicationWatch = { stop(): void };

export function watchReplications(db: WaslDatabase, replications: readonly CollectionReplication[], book: StatusBook): ReplicationWatch {
  let stopped = false;
  const recountTimers = new Map<string, ReturnType<typeof setTimeout>>();
  function scheduleRecount(replication: CollectionReplication): void {
    if (recountTimers.has(replication.name) || stopped) return;
    recountTimers.set(
      replication.name,
      setTimeout(() => {
        recountTimers.delete(replication.name);
        const state = replication.state.internalReplicationState;
        if (!state || stopped) return;
        countPendingChanges(state as never).then(
          (pending) => book.update(replication.name, { pending }),
          () => undefined,
        );
      }, RECOUNT_DELAY_MS),
    );
  }
  const recountLater = (replication: CollectionReplication) => {
    if (book.isInitialDone()) scheduleRecount(replication);
  };

  const subscriptions: Subscription[] = replications.flatMap((replication) => {
    const collection = jsonCollection(db, replication.name as CollectionName);
    return [
      replication.state.active$.subscribe((active) => {
        book.update(replication.name, { active });
        recountLater(replication);
      }),
      merge(collection.$, replication.state.sent$, replication.state.received$).subscribe(() => recountLater(replication)),
      // Errors outside the handlers (e.g. writing a conflict record) show too; a handler's own
      // failure was already classified from the original error, which RxDB's wrapper has lost.
      replication.state.error$.subscribe(() => {
        if (book.part(replication.name)?.error === null) book.update(replication.name, { error: 'sync.failed' });
      }),
    ];
  });
  // RxDB writes the acknowledged state after the replication already reported "idle"; while
  // anything is pending, look again every second so the count reaches 0 without a new event.
  const recountTimer = setInterval(() => {
    for (const replication of replications) if ((book.part(replication.name)?.pending ?? 0) > 0) scheduleRecount(replication);
  }, 1000);

  void Promise.all(replications.map((r) => r.state.awaitInitialReplication())).then(() => {
    book.markInitialDone();
    for (const replication of replications) scheduleRecount(replication);
  }, () => undefined);

  return {
    stop() {
      stopped = true;
      clearInterval(recountTimer);
      for (const timer of recountTimers.values()) clearTimeout(timer);
      for (const subscription of subscriptions) subscription.unsubscribe();
    },
  };
}
