/**
 * In Chromium, on a persistent profile: the app's encrypted database on the real IndexedDB, its
 * search index, the registry save and the sync manager (case 3 of the sync fault matrix). Each
 * file the registry saved is reported to Node (window.acked, a Playwright binding) only after the
 * save resolved: that is the write the desk showed as saved.
 */
import { createWaslDatabase, type WaslDatabase } from '@renderer/db/database';
import { createSearchIndex } from '@renderer/db/search-index';
import { saveBeneficiary } from '@renderer/features/beneficiaries/data/save-beneficiary';
import { browserTransport } from '@renderer/sync/browser-transport';
import { manualOnlineSource } from '@renderer/sync/online-source';
import { isUnchangedSeed } from '@renderer/db/catalog-seed';
import { startSyncManager, type SyncManager } from '@renderer/sync/sync-manager';
import { completeNationalId } from '@shared/registry/national-id';
import { ACTOR, BLIND_KEY, DESK, formInput, PASSWORD } from '../../renderer/registry-fixtures';

type Doc = Record<string, unknown>;
declare global {
  interface Window {
    acked(id: string): Promise<void>;
  }
}

const online = manualOnlineSource(false);
let desk: { db: WaslDatabase; manager: SyncManager; save: (n: number) => Promise<string> } | null = null;

function opened() {
  if (!desk) throw new Error('desk not open');
  return desk;
}

async function open(cfg: { serverUrl: string; token: string }): Promise<void> {
  const db = await createWaslDatabase({ name: 'wasl-kill', password: PASSWORD });
  const index = createSearchIndex(db, BLIND_KEY);
  await index.start();
  const deps = { db, index, actor: ACTOR, desk: DESK, now: () => new Date() };
  const manager = startSyncManager({ db, deskId: DESK.deskId, serverUrl: cfg.serverUrl, token: cfg.token, transport: browserTransport(), online, backoffBaseMs: 100, keepLocal: (_collection, doc) => isUnchangedSeed(doc) });
  const save = async (n: number) => {
    const input = formInput({ nationalId: completeNationalId(`15${String(n).padStart(7, '0')}`), mobiles: [`0581${String(n).padStart(6, '0')}`], birthDate: new Date(Date.UTC(1970, 0, n)).toISOString().slice(0, 10) });
    const saved = await saveBeneficiary(deps, input, { acknowledged: [] });
    if (!saved.ok) throw new Error(JSON.stringify(saved.error));
    return saved.value.id;
  };
  desk = { db, manager, save };
}

/** Saves files one after another, never pausing, until the page dies. */
async function writeForever(): Promise<never> {
  const { save } = opened();
  for (let n = 1; ; n += 1) await window.acked(await save(n));
}

async function files(): Promise<Doc[]> {
  const docs = await opened().db.beneficiaries.find().exec();
  return docs.map((doc) => Object.fromEntries(Object.entries(doc.toJSON() as Doc).filter(([key]) => !key.startsWith('_'))));
}

async function syncOnline(): Promise<void> {
  online.set(true);
  await opened().manager.awaitInSync();
}

Object.assign(globalThis, { deskKill: { open, writeForever, files, syncOnline } });
