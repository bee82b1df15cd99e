/**
 * The browser build's storage secret. A non-extractable HMAC key is generated once and kept as a
 * CryptoKey object in its own database 'wasl-keys'. The secret is HMAC(key, label): stable for this
 * origin, and script cannot read the key out, only use it. But Chromium writes the key's raw bytes into
 * the profile's IndexedDB folder, beside the data: a copied profile decrypts. So the browser build is
 * for trying Wasl (the shell shows a standing notice; README); desks run the desktop app, where main keeps
 * the secret in the OS keychain (safeStorage) and the renderer holds it only in memory.
 */
export const KEYS_DB_NAME = 'wasl-keys';
const STORE = 'keys';
const KEY_ID = 'storage-secret-key';
export const SECRET_LABEL = 'wasl-storage-secret-v1';
/** The blind-index key is HMAC(same key, this label): another label, so it reveals nothing of the secret. */
export const BLIND_INDEX_LABEL = 'wasl-blind-index-v1';

export type SecretEnvironment = { indexedDB: IDBFactory; crypto: Crypto };

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

function openKeysDb(indexedDB: IDBFactory): Promise<IDBDatabase> {
  const open = indexedDB.open(KEYS_DB_NAME, 1);
  open.onupgradeneeded = () => open.result.createObjectStore(STORE);
  return request(open);
}

/**
 * Returns the stored key, or stores `candidate` when there is none. Get-or-add runs in one
 * transaction so two tabs opening at once end up with the same key.
 */
async function getOrAddKey(db: IDBDatabase, candidate: CryptoKey): Promise<CryptoKey> {
  const tx = db.transaction(STORE, 'readwrite');
  const store = tx.objectStore(STORE);
  const done = new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
  });
  const existing: unknown = await request(store.get(KEY_ID));
  let key = candidate;
  if (existing instanceof CryptoKey) key = existing;
  else store.put(candidate, KEY_ID);
  await done;
  return key;
}

export async function loadOrCreateSecretKey(env: SecretEnvironment): Promise<CryptoKey> {
  // Generated before the transaction: awaiting WebCrypto inside it would let it auto-commit.
  const candidate = await env.crypto.subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const db = await openKeysDb(env.indexedDB);
  try {
    return await getOrAddKey(db, candidate);
  } finally {
    db.close();
  }
}

/** HMAC(desk key, label) as 64 hex characters: stable per origin and label. */
export async function deriveFromLabel(env: SecretEnvironment, label: string): Promise<string> {
  const key = await loadOrCreateSecretKey(env);
  const mac = await env.crypto.subtle.sign('HMAC', key, new TextEncoder().encode(label));
  return Array.from(new Uint8Array(mac), (b) => b.toString(16).padStart(2, '0')).join('');
}

export function deriveStorageSecret(env: SecretEnvironment): Promise<string> {
  return deriveFromLabel(env, SECRET_LABEL);
}

/** A revoked desk's wipe: the key goes, so nothing derived from it can be made again. */
export function deleteSecretKey(indexedDB: IDBFactory): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(KEYS_DB_NAME);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error('could not delete the key store'));
  });
}
