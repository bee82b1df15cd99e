/**
 * In Chromium: a fresh desk's initial pull of the beneficiaries through the app's own code —
 * createWaslDatabase (RxDB on Dexie, the password wrapper when encrypted) and startSyncManager
 * (replicateCollection, conflict handler, pending recount, one SSE stream) — plus the pieces
 * that say where its time goes: the pages alone (fetch + JSON), raw Dexie bulkPut of the same
 * documents, and the per-document cost of the at-rest cipher (AES-GCM).
 */
import { Dexie } from 'dexie';
import { createWaslDatabase } from '../../renderer/src/db/database';
import { createSearchIndex } from '../../renderer/src/db/search-index';
import { browserOnlineSource } from '../../renderer/src/sync/online-source';
import { startSyncManager } from '../../renderer/src/sync/sync-manager';
import { createSyncClient } from '../../shared/sync/http-client';
import { BENEFICIARY_ENCRYPTED_FIELDS } from '../../shared/db/schemas/beneficiary.schema';
import { initialDocs } from './docs';
import { meteredTransport, type TransportMeter } from './page-transport';
import { BLIND_KEY, searchUntilFound } from './page-ready';

/** The desk's storage secret has this shape (64 hex characters). */
export const PASSWORD = 'c4'.repeat(32);

export type InitialSyncResult = {
  ms: number;
  count: number;
  meter: TransportMeter;
  sample: Record<string, unknown> | null;
  /** ms from the start until the app's search found the last file pulled (when one was named) */
  readyMs: number | null;
  /** ms until the first page's files were searchable, and the status's first progress (done of total) */
  firstFoundMs: number | null;
  progress: { at: number; done: number; total: number; secondsLeft: number | null }[];
};

const GIVE_UP_MS = 10 * 60_000;

/**
 * `lastNationalId`: the last file the server holds (the highest sequence, pulled last); the run
 * also measures until the app's search index (built as pages arrive) finds it: sync.ready100k_s.
 */
export async function initialSync(cfg: { serverUrl: string; token: string; name: string; encrypted: boolean; firstNationalId?: string; lastNationalId?: string }): Promise<InitialSyncResult> {
  // Opened as the desktop app opens it (database.ts getDatabase: one window, one instance).
  const db = await createWaslDatabase({ name: cfg.name, multiInstance: false, ...(cfg.encrypted ? { password: PASSWORD } : {}) });
  // The app opens its search index with the database, before sync starts (search-index.ts).
  const index = cfg.lastNationalId ? createSearchIndex(db, BLIND_KEY) : null;
  await index?.start();
  const { transport, meter } = meteredTransport();
  const t0 = performance.now();
  const manager = startSyncManager({
    db, deskId: 'bench-desk', serverUrl: cfg.serverUrl, token: cfg.token, transport, online: browserOnlineSource, collections: ['beneficiaries'],
  });
  const progress: InitialSyncResult['progress'] = [];
  const watching = manager.status$.subscribe((status) => {
    const pull = status.initialPull;
    if (pull && progress.at(-1)?.done !== pull.done) progress.push({ at: performance.now() - t0, ...pull });
  });
  // A search index that never finds the file ends the run (readyMs null) rather than hanging it.
  const stop = { done: false };
  const giveUp = setTimeout(() => (stop.done = true), GIVE_UP_MS);
  const first = index && cfg.firstNationalId ? searchUntilFound(index, cfg.firstNationalId, t0, stop) : Promise.resolve(null);
  const last = index && cfg.lastNationalId ? searchUntilFound(index, cfg.lastNationalId, t0, stop) : Promise.resolve(null);
  await manager.awaitInSync();
  const ms = performance.now() - t0;
  const [firstFoundMs, readyMs] = await Promise.all([first, last]);
  stop.done = true;
  clearTimeout(giveUp);
  watching.unsubscribe();
  await manager.stop();
  await index?.close();
  const count = await db.beneficiaries.count().exec();
  // Read back through RxDB (decrypted when encrypted): the pulled documents are whole.
  const sample = (await db.beneficiaries.findOne('00000000-0000-4000-8000-000000054321').exec())?.toJSON() ?? null;
  await db.remove();
  if (index) await Dexie.delete(`${cfg.name}-search-index`);
  return { ms, count, meter: { ...meter }, sample: sample as Record<string, unknown> | null, readyMs, firstFoundMs, progress };
}

/** The server + network part alone: every page in turn, as the replication asks for them. */
export async function fetchOnly(cfg: { serverUrl: string; token: string; batch: number }): Promise<{ ms: number; count: number; pages: number }> {
  const client = createSyncClient({ baseUrl: cfg.serverUrl, token: cfg.token, collection: 'beneficiaries', fetch: (input, init) => window.fetch(input, init) });
  const t0 = performance.now();
  let checkpoint = { seq: 0 };
  let count = 0;
  let pages = 0;
  for (;;) {
    const page = await client.pull(checkpoint, cfg.batch);
    pages += 1;
    count += page.documents.length;
    checkpoint = page.checkpoint;
    if (page.documents.length < cfg.batch) break;
  }
  return { ms: performance.now() - t0, count, pages };
}

/** The ceiling of any desk write path: raw Dexie bulkPut of the same plaintext documents. */
export async function rawBulkPut(cfg: { name: string; count: number }): Promise<{ ms: number; generateMs: number }> {
  const g0 = performance.now();
  const docs = initialDocs(cfg.count);
  const generateMs = performance.now() - g0;
  const db = new Dexie(cfg.name);
  // The collection's primary key and index (beneficiary.schema.ts indexes: fileNumber).
  db.version(1).stores({ docs: 'id, fileNumber' });
  await db.open();
  const t0 = performance.now();
  await db.table('docs').bulkPut(docs);
  const ms = performance.now() - t0;
  db.close();
  await Dexie.delete(cfg.name);
  return { ms, generateMs };
}

/**
 * The at-rest cipher (renderer/src/db/at-rest-cipher.ts, AES-GCM) as the storage wrapper calls it
 * for one pulled document, per document (ms), in both stored forms:
 *  - per field (what desks wrote before): each encrypted field present, plus the replication's
 *    meta copy (its whole docData) sealed again; then every value opened again (each change event
 *    went through fromStorage);
 *  - per document (now): the fields sealed together, the meta copy's same fields once more; the
 *    change events reuse the plaintext just written, so a pull opens nothing (openMs: one read).
 * And one AES-GCM call over the whole set's JSON, per document: what call overhead costs.
 */
export async function cipherCost(cfg: { count: number }): Promise<Record<string, number>> {
  const { atRestKey, decryptValue, encryptValue, openFields, sealFields } = await import('../../renderer/src/db/at-rest-cipher');
  const key = await atRestKey(PASSWORD);
  const docs = initialDocs(cfg.count) as unknown as Record<string, unknown>[];
  const present = (doc: Record<string, unknown>) => BENEFICIARY_ENCRYPTED_FIELDS.filter((field) => doc[field] !== undefined);
  const pick = (doc: Record<string, unknown>) => Object.fromEntries(present(doc).map((field) => [field, doc[field]]));
  const per = (ms: number) => ms / docs.length;
  const t0 = performance.now();
  const fields = await Promise.all(docs.map((doc) => Promise.all(present(doc).map((field) => encryptValue(key, doc[field])))));
  const metas = await Promise.all(docs.map((doc) => encryptValue(key, doc)));
  const t1 = performance.now();
  await Promise.all(metas.map((cipher, i) => Promise.all([...(fields[i] ?? []), cipher].map((value) => decryptValue(key, value)))));
  const t2 = performance.now();
  const sealed = await Promise.all(docs.map((doc, i) => Promise.all([sealFields(key, pick(doc), `beneficiaries\u0000${i}\u0000`), sealFields(key, pick(doc), `meta\u0000${i}|0\u0000docData`)])));
  const t3 = performance.now();
  await Promise.all(sealed.map(([value], i) => openFields(key, value, `beneficiaries\u0000${i}\u0000`)));
  const t4 = performance.now();
  await sealFields(key, { docs: docs.map(pick) }, 'all');
  const t5 = performance.now();
  const fieldsPerDoc = fields.reduce((sum, list) => sum + list.length, 0) / docs.length;
  return { legacyEncryptMs: per(t1 - t0), legacyDecryptMs: per(t2 - t1), encryptMs: per(t3 - t2), openMs: per(t4 - t3), oneCallMs: per(t5 - t4), fieldsPerDoc };
}
