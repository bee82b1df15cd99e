/**
 * The server's generation as this desk last saw it (ARCHITECTURE.md, "Sync"; server/sync/generation.ts).
 * The server sends it on every answer; when it changes, the server's database was restored or
 * recreated: the desk's checkpoints point past what the server now holds, and its "already pushed"
 * marks name writes the server may have lost. The sync manager then starts every collection's
 * replication over under a new identifier (the epoch): RxDB re-pulls from the start and re-pushes
 * every document whose server state it does not know, so whatever the server lost comes back from the
 * desks. Human numbers are the documents' own fields and each desk continues from the highest it has
 * seen (shared/numbers/human-number.ts), so starting over numbers nothing again.
 *
 * The mark is a local document of the desk's database, on disk: a desk closed before it met the new
 * generation still starts over when it opens. First contact with a server only records its generation
 * (a desk that synced before generations existed, or a new desk, has nothing to start over).
 */
import { GENERATION_HEADER } from '@shared/sync/protocol';
import type { WaslDatabase } from '../db/database';
import type { SyncTransport } from './replicate-collection';

const MARK_ID = 'sync-generation';

/** Per collection: the last sequence pulled from the history before the restore (KNOWN_THROUGH_HEADER). */
export type KnownThrough = Record<string, number>;

type Mark = { serverUrl: string; generation: string | null; epoch: number; knownThrough: KnownThrough };

export type GenerationTracker = {
  /** the epoch the replications run under now (0 until the first change was seen), and what they knew before it */
  load(): Promise<{ epoch: number; knownThrough: KnownThrough }>;
  /** a generation heard from the server; resolves to the new epoch when it changed, else null */
  heard(generation: string): Promise<number | null>;
  /** what the replications knew of the old history, kept for their re-send (even across a reload) */
  remember(knownThrough: KnownThrough): Promise<void>;
};

export function generationTracker(db: WaslDatabase, serverUrl: string): GenerationTracker {
  let mark: Mark | null = null;
  let chain: Promise<unknown> = Promise.resolve();
  const inOrder = <T>(step: () => Promise<T>): Promise<T> => {
    const run = chain.then(step);
    chain = run.catch(() => undefined);
    return run;
  };
  const read = async (): Promise<Mark> => {
    if (mark) return mark;
    const data = (await db.getLocal<Mark>(MARK_ID))?.toJSON().data;
    mark =
      data?.serverUrl === serverUrl
        ? { serverUrl, generation: data.generation ?? null, epoch: Number(data.epoch) || 0, knownThrough: { ...data.knownThrough } }
        : { serverUrl, generation: null, epoch: 0, knownThrough: {} };
    return mark;
  };
  return {
    load: () => inOrder(async () => {
      const { epoch, knownThrough } = await read();
      return { epoch, knownThrough };
    }),
    remember: (knownThrough) =>
      inOrder(async () => {
        mark = { ...(await read()), knownThrough };
        if (!db.closed) await db.upsertLocal<Mark>(MARK_ID, mark);
      }),
    heard: (generation) =>
      inOrder(async () => {
        const known = await read();
        if (known.generation === generation || db.closed) return null;
        const changed = known.generation !== null;
        mark = { ...known, generation, epoch: known.epoch + (changed ? 1 : 0) };
        await db.upsertLocal<Mark>(MARK_ID, mark);
        return changed ? mark.epoch : null;
      }),
  };
}

/** The transport, telling `onGeneration` the generation of every answer that carries one. */
export function hearGeneration(inner: SyncTransport, onGeneration: (generation: string) => void): SyncTransport {
  return {
    openEventSource: inner.openEventSource,
    async fetch(input, init) {
      const response = await inner.fetch(input, init);
      const generation = response.headers.get(GENERATION_HEADER);
      if (generation) onGeneration(generation);
      return response;
    },
  };
}

/** The replication identifier's suffix for an epoch: none for 0, so desks that never met a restore keep their checkpoints. */
export const epochSuffix = (epoch: number): string => (epoch > 0 ? `#generation-${epoch}` : '');
