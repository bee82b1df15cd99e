import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import type { StaffDoc } from '../../shared/db/schemas/staff.schema';

/** Dexie storage on fake-indexeddb: the real storage code path, in Node. */
export const fakeDexieStorage = () => getRxStorageDexie({ indexedDB, IDBKeyRange });

let n = 0;
/** A fresh database name per test: fake-indexeddb keeps databases for the whole file. */
export const uniqueName = (prefix: string) => `${prefix}${Date.now().toString(36)}${(n++).toString(36)}`;

export const DESK_ID = '6c1b0a2e-4f7d-4a55-9d8e-0f1e2d3c4b5a';

export function staffDoc(overrides: Partial<StaffDoc> = {}): StaffDoc {
  const now = '2025-06-01T08:00:00.000Z';
  return {
    id: '3f6e2b1c-8a9d-4e7f-b6a5-1c2d3e4f5a6b',
    displayName: 'مدير المكتب',
    username: 'admin',
    roles: ['admin'],
    passwordHash: { algorithm: 'scrypt', N: 32768, r: 8, p: 1, salt: 'AAECAwQFBgcICQoLDA0ODw==', hash: 'c2FtcGxlLWhhc2gtc2FtcGxlLWhhc2gtMzJieXRlcw==' },
    active: true,
    failedAttempts: 0,
    lockedUntil: null,
    unitIds: [],
    createdAt: now,
    updatedAt: now,
    updatedBy: '3f6e2b1c-8a9d-4e7f-b6a5-1c2d3e4f5a6b',
    deskId: DESK_ID,
    ...overrides,
  };
}
