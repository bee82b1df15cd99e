/**
 * In Chromium: one online desk of the propagation test (each in its own browser context, so
 * its own IndexedDB): the app's encrypted database and sync manager with its live SSE stream.
 * Times are wall-clock (performance.timeOrigin + now): both pages run on one machine's clock.
 */
import { filter, firstValueFrom } from 'rxjs';
import { createWaslDatabase, type WaslDatabase } from '../../renderer/src/db/database';
import { browserOnlineSource } from '../../renderer/src/sync/online-source';
import { startSyncManager, type SyncManager } from '../../renderer/src/sync/sync-manager';
import { browserTransport } from '../../renderer/src/sync/browser-transport';
import { deskDoc, initialDocs } from './docs';
import { PASSWORD } from './page-initial';

let desk: { db: WaslDatabase; manager: SyncManager } | null = null;
const arrivals = new Map<string, Promise<number>>();
const wallNow = () => performance.timeOrigin + performance.now();

function opened() {
  if (!desk) throw new Error('desk not open');
  return desk;
}

export async function openDesk(cfg: { serverUrl: string; token: string; name: string }): Promise<void> {
  const db = await createWaslDatabase({ name: cfg.name, password: PASSWORD });
  const manager = startSyncManager({
    db, deskId: cfg.name, serverUrl: cfg.serverUrl, token: cfg.token, transport: browserTransport(), online: browserOnlineSource, collections: ['beneficiaries'],
  });
  await manager.awaitInSync();
  // Online means the stream is open: wait for the manager's first "synced".
  await firstValueFrom(manager.status$.pipe(filter((s) => s.phase === 'synced')));
  desk = { db, manager };
}

/** Starts watching for a document before it is written elsewhere; arrival() gives the time. */
export function watchFor(id: string): void {
  const { db } = opened();
  arrivals.set(id, firstValueFrom(db.beneficiaries.$.pipe(filter((event) => event.documentId === id))).then(() => wallNow()));
}

export function arrival(cfg: { id: string; timeoutMs: number }): Promise<number | null> {
  const waiting = arrivals.get(cfg.id);
  if (!waiting) throw new Error(`not watching ${cfg.id}`);
  return Promise.race([waiting, new Promise<null>((done) => setTimeout(() => done(null), cfg.timeoutMs))]);
}

const templates = initialDocs(64);

/** Saves a new file on this desk, as the form's save does (one insert); returns when it started. */
export async function writeFile(cfg: { n: number }): Promise<{ id: string; at: number }> {
  const { db } = opened();
  const doc = deskDoc(templates[cfg.n % templates.length]!, 900, cfg.n, 'PRP1', new Date().toISOString());
  const at = wallNow();
  await db.beneficiaries.insert(doc);
  return { id: doc.id, at };
}

export function docId(n: number): string {
  return deskDoc(templates[0]!, 900, n, 'PRP1', '').id;
}

export async function closeDesk(): Promise<void> {
  const { db, manager } = opened();
  await manager.stop();
  await db.remove();
  desk = null;
}
