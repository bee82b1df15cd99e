/**
 * The desk's Ed25519 key pair, which seals data-accuracy declarations (policy 3.3d). The private key
 * is a NON-extractable WebCrypto key: its bytes never reach JavaScript, so nothing in the page
 * (or a copy of the IndexedDB files) can export it; IndexedDB keeps the CryptoKey object itself
 * (structured clone), in a database of its own that is desk-local and never synced. The public
 * half is published as a catalog document (kind 'desk-key') so every desk that syncs the
 * catalog can check this desk's declarations.
 */
import type { Digest } from '@shared/declaration/canonical';
import { fromBase64, toBase64 } from '@shared/declaration/encoding';
import { publicKeyId, type DeclarationSigner } from '@shared/declaration/signing';
import type { CatalogDoc } from '@shared/db/schemas/catalog.schema';
import type { WaslDatabase } from './database';

export const DESK_KEY_DB_NAME = 'wasl-desk-key';
const STORE = 'keys';
export const DESK_KEY_KIND = 'desk-key';

export type DeskKey = { keyId: string; publicKeyRaw: string; privateKey: CryptoKey; publicKey: CryptoKey };
export type DeskKeyEnvironment = { indexedDB: IDBFactory; crypto: Crypto; name?: string };

type StoredKey = { keyId: string; publicKeyRaw: string; privateKey: CryptoKey; publicKey: CryptoKey };

/** SHA-256 through WebCrypto (the same digest every desk uses for declarations). */
export function webDigest(crypto: Crypto = globalThis.crypto): Digest {
  return async (bytes) => new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

function openStore(env: DeskKeyEnvironment): Promise<IDBDatabase> {
  const open = env.indexedDB.open(env.name ?? DESK_KEY_DB_NAME, 1);
  open.onupgradeneeded = () => open.result.createObjectStore(STORE);
  return request(open);
}

async function readKey(db: IDBDatabase, slot: string): Promise<StoredKey | undefined> {
  return (await request(db.transaction(STORE, 'readonly').objectStore(STORE).get(slot))) as StoredKey | undefined;
}

/**
 * The key of desk `deskId`, created on first use. Two windows creating at once: `add` lets only
 * the first one in, the other reads the winner back, so a desk never ends up with two keys.
 */
export async function loadOrCreateDeskKey(env: DeskKeyEnvironment, deskId: string): Promise<DeskKey> {
  const db = await openStore(env);
  try {
    const existing = await readKey(db, deskId);
    if (existing) return existing;
    const pair = (await env.crypto.subtle.generateKey({ name: 'Ed25519' }, false, ['sign', 'verify'])) as CryptoKeyPair;
    // A public key is always exportable, whatever `extractable` says for the pair.
    const raw = new Uint8Array(await env.crypto.subtle.exportKey('raw', pair.publicKey));
    const created: StoredKey = { keyId: await publicKeyId(raw, webDigest(env.crypto)), publicKeyRaw: toBase64(raw), privateKey: pair.privateKey, publicKey: pair.publicKey };
    try {
      await request(db.transaction(STORE, 'readwrite').objectStore(STORE).add(created, deskId));
      return created;
    } catch {
      const winner = await readKey(db, deskId);
      if (!winner) throw new Error('desk key could not be stored');
      return winner;
    }
  } finally {
    db.close();
  }
}

/**
 * A joining desk makes its key before the server has named it (the public half goes with the
 * registration), under a provisional slot; once registered, the same key moves to the desk's id.
 */
export async function moveDeskKey(env: DeskKeyEnvironment, from: string, to: string | null): Promise<void> {
  const db = await openStore(env);
  try {
    const key = await readKey(db, from);
    const store = db.transaction(STORE, 'readwrite').objectStore(STORE);
    if (key && to !== null) await request(store.put(key, to));
    await request(store.delete(from));
  } finally {
    db.close();
  }
}

export function deskSigner(key: DeskKey, crypto: Crypto = globalThis.crypto): DeclarationSigner {
  return {
    keyId: key.keyId,
    sign: async (message) => new Uint8Array(await crypto.subtle.sign('Ed25519', key.privateKey, message as Uint8Array<ArrayBuffer>)),
  };
}

export type PublishDeps = { db: WaslDatabase; actor: { id: string }; desk: { deskId: string; deskCode: string }; now: () => Date };

/** Publishes the public key in the catalog (once: a key id never changes its key). */
export async function publishDeskKey(deps: PublishDeps, key: DeskKey): Promise<void> {
  const existing = await deps.db.catalog.findOne({ selector: { kind: DESK_KEY_KIND, key: key.keyId } }).exec();
  if (existing) return;
  const at = deps.now().toISOString();
  const doc: CatalogDoc = {
    id: crypto.randomUUID(),
    kind: DESK_KEY_KIND,
    key: key.keyId,
    labelAr: `مفتاح المكتب ${deps.desk.deskCode}`,
    labelEn: `Desk key ${deps.desk.deskCode}`,
    active: true,
    order: 0,
    data: { deskId: deps.desk.deskId, deskCode: deps.desk.deskCode, publicKey: key.publicKeyRaw },
    updatedAt: at,
    updatedBy: deps.actor.id,
    deskId: deps.desk.deskId,
  };
  await deps.db.catalog.insert(doc);
}

/** Every desk public key the catalog knows, imported for verification, by key id. */
export async function readPublishedKeys(db: WaslDatabase, crypto: Crypto = globalThis.crypto): Promise<Map<string, CryptoKey>> {
  const docs = await db.catalog.find({ selector: { kind: DESK_KEY_KIND } }).exec();
  const keys = new Map<string, CryptoKey>();
  for (const doc of docs) {
    const raw = typeof doc.data?.publicKey === 'string' ? fromBase64(doc.data.publicKey) : null;
    if (raw === null || raw.length !== 32) continue; // a damaged entry verifies nothing
    // The key id is recomputed, not trusted: a catalog entry cannot lend its name to another key.
    if ((await publicKeyId(raw, webDigest(crypto))) !== doc.key) continue;
    keys.set(doc.key, await crypto.subtle.importKey('raw', raw as Uint8Array<ArrayBuffer>, { name: 'Ed25519' }, true, ['verify']));
  }
  return keys;
}

let memo: { deskId: string; key: Promise<DeskKey> } | null = null;

/** This desk's key in the app (window.indexedDB), memoised per desk. */
export function getDeskKey(deskId: string): Promise<DeskKey> {
  if (memo?.deskId !== deskId) {
    const key = loadOrCreateDeskKey({ indexedDB: globalThis.indexedDB, crypto: globalThis.crypto }, deskId);
    memo = { deskId, key };
    key.catch(() => {
      if (memo?.key === key) memo = null;
    });
  }
  return memo.key;
}
