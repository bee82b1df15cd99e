/**
 * How many of a collection's documents hold a local write the server has not acknowledged:
 * documents changed since the replication's upstream checkpoint whose state differs from the
 * master state the desk last saw (RxDB keeps that "assumed master" in its meta instance).
 * Documents that only came down from the server equal their assumed master, so they do not count.
 */
import { getAssumedMasterState, getChangedDocumentsSince, getLastCheckpointDoc, type RxStorageInstanceReplicationState } from 'rxdb/plugins/core';
import { jsonEqual } from '@shared/sync/deep-equal';

const BATCH = 500;

type Doc = Record<string, unknown>;

function content(doc: Doc): Doc {
  const { _meta: _m, _rev: _r, _attachments: _a, ...rest } = doc;
  return rest;
}

export async function countPendingChanges(state: RxStorageInstanceReplicationState<Doc>): Promise<number> {
  let checkpoint: unknown = await getLastCheckpointDoc(state, 'up');
  const primaryPath = state.primaryPath as string;
  let pending = 0;
  for (;;) {
    const batch = await getChangedDocumentsSince(state.input.forkInstance, BATCH, checkpoint);
    if (batch.documents.length === 0) return pending;
    const ids = batch.documents.map((doc) => String((doc as Doc)[primaryPath]));
    const assumed = await getAssumedMasterState(state, ids);
    for (const doc of batch.documents) {
      const master = assumed[String((doc as Doc)[primaryPath])];
      if (!master || !jsonEqual(content(master.docData as Doc), content(doc as Doc))) pending += 1;
    }
    checkpoint = batch.checkpoint;
    if (batch.documents.length < BATCH) return pending;
  }
}
