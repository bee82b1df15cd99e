/**
 * The desktop app's key path keeps the keys out of the profile (policy 6b, encryption at rest): main makes
 * the storage secret and the blind-index key, stores them only as safeStorage (OS keychain) blobs under
 * userData, and hands them to the renderer over IPC. Every file under a temporary userData is searched for
 * each key in every form it could be written in: raw bytes, hex (both cases), base64, base64url, UTF-16.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WebContents } from 'electron';
import { createIpcDispatcher, type IpcSenderEvent } from '../../electron/main/ipc';
import { createIpcHandlers } from '../../electron/main/ipc-handlers';
import { createKeyStores } from '../../electron/main/key-stores';
import { fakeSafeStorage } from './fake-safe-storage';

vi.mock('electron', () => import('./electron-fake'));

let userData: string;
beforeEach(async () => {
  userData = await mkdtemp(join(tmpdir(), 'wasl-user-data-'));
});
afterEach(async () => rm(userData, { recursive: true, force: true }));

/** Every byte pattern a 32-byte key (given as 64 hex characters) could be stored as. */
function forms(hex: string): Buffer[] {
  const raw = Buffer.from(hex, 'hex');
  return [
    raw,
    Buffer.from(hex, 'latin1'),
    Buffer.from(hex.toUpperCase(), 'latin1'),
    Buffer.from(raw.toString('base64'), 'latin1'),
    Buffer.from(raw.toString('base64url'), 'latin1'),
    Buffer.from(Buffer.from(hex, 'latin1').toString('base64'), 'latin1'),
    Buffer.from(hex, 'utf16le'),
  ];
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

/** The files holding any form of `hex`. */
async function filesHolding(dir: string, hex: string): Promise<string[]> {
  const found: string[] = [];
  for (const file of await filesUnder(dir)) {
    const bytes = await readFile(file);
    if (forms(hex).some((form) => bytes.includes(form))) found.push(file);
  }
  return found;
}

/** The renderer's side of IPC as main sees it: calls from the main frame of the Wasl window. */
function rendererChannel(stores: ReturnType<typeof createKeyStores>) {
  const contents = {} as WebContents;
  const handlers = createIpcHandlers({ version: '1', platform: 'linux', setLocale: vi.fn(), ...stores, pdf: { save: vi.fn(), print: vi.fn() }, backup: { save: vi.fn(), getFolder: vi.fn(), chooseFolder: vi.fn(), writeToFolder: vi.fn() } });
  const dispatch = createIpcDispatcher(handlers, { trustedContents: () => contents, devUrl: undefined });
  const event = { sender: contents, senderFrame: { parent: null, url: 'app://wasl/index.html' } } as unknown as IpcSenderEvent;
  return (channel: string) => dispatch(event, channel, undefined);
}

describe('desktop key path', () => {
  it('stores only the safeStorage blobs under userData: no form of either key in any file', async () => {
    const safeStorage = fakeSafeStorage();
    // A profile beside the keys, as Electron keeps one in userData (IndexedDB, Local Storage, Cache).
    await mkdir(join(userData, 'IndexedDB', 'app_wasl_0.indexeddb.leveldb'), { recursive: true });
    await writeFile(join(userData, 'IndexedDB', 'app_wasl_0.indexeddb.leveldb', '000003.log'), 'encrypted documents');
    const invoke = rendererChannel(createKeyStores(userData, { safeStorage, platform: 'linux', warn: vi.fn() }));
    const { secret, protection } = (await invoke('keys:get-storage-secret')) as { secret: string; protection: string };
    const { key } = (await invoke('keys:get-blind-index-key')) as { key: string };
    expect(protection).toBe('os');
    expect(secret).toMatch(/^[0-9a-f]{64}$/);
    expect(key).toMatch(/^[0-9a-f]{64}$/);

    expect((await filesUnder(userData)).length).toBeGreaterThanOrEqual(3);
    expect(await filesHolding(userData, secret)).toEqual([]);
    expect(await filesHolding(userData, key)).toEqual([]);
    // The self-check of the search: the same scan finds a key that was written in the clear.
    await writeFile(join(userData, 'leak.txt'), Buffer.from(secret, 'hex').toString('base64'));
    expect(await filesHolding(userData, secret)).toEqual([join(userData, 'leak.txt')]);
  });

  it('answers the same keys after a restart, read back from the keychain blobs alone', async () => {
    const safeStorage = fakeSafeStorage();
    const first = rendererChannel(createKeyStores(userData, { safeStorage, platform: 'linux', warn: vi.fn() }));
    const secret = await first('keys:get-storage-secret');
    const key = await first('keys:get-blind-index-key');
    const again = rendererChannel(createKeyStores(userData, { safeStorage, platform: 'linux', warn: vi.fn() }));
    expect(await again('keys:get-storage-secret')).toEqual(secret);
    expect(await again('keys:get-blind-index-key')).toEqual(key);
    // Another OS account (another keychain) reads nothing out of the copied files.
    const copied = rendererChannel(createKeyStores(userData, { safeStorage: fakeSafeStorage(), platform: 'linux', warn: vi.fn() }));
    await expect(copied('keys:get-storage-secret')).rejects.toThrow(/could not be decrypted/);
  });
});
