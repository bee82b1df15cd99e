import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { createWaslDatabase, type WaslDatabase } from '../../renderer/src/db/database';
import { createSearchIndex, type SearchIndex } from '../../renderer/src/db/search-index';
import type { SaveDeps } from '../../renderer/src/features/beneficiaries/data/save-beneficiary';
import type { BeneficiaryFormInput } from '../../shared/registry/beneficiary-input';
import { completeNationalId } from '../../shared/registry/national-id';
import { DESK_ID, fakeDexieStorage, uniqueName } from './db-fixtures';

export const BLIND_KEY = '0f'.repeat(32);
export const PASSWORD = 'a-long-storage-secret-for-tests';
export const ACTOR = { id: '3f6e2b1c-8a9d-4e7f-b6a5-1c2d3e4f5a6b' };
export const DESK = { deskId: DESK_ID, deskCode: 'KD1' };
/** 2026-03-10 10:00 Riyadh */
export const NOW = new Date('2026-03-10T07:00:00.000Z');

/** Synthetic, valid IDs: never real people's. */
export const ID_A = completeNationalId('100000001');
export const ID_B = completeNationalId('100000002');
export const ID_C = completeNationalId('200000003');

export function formInput(overrides: Partial<BeneficiaryFormInput> = {}): BeneficiaryFormInput {
  return {
    name: { first: 'محمد', father: 'عبدالله', grandfather: 'سعد', family: 'الغامدي' },
    latinName: 'Mohammed Alghamdi',
    nationalId: ID_A,
    birthDate: '1980-05-17',
    gender: 'male',
    nationality: 'SA',
    maritalStatus: 'married',
    familyCount: '4',
    familyMembers: [],
    categoryKey: 'low-income-families',
    city: 'الرياض',
    district: 'النسيم',
    address: 'شارع ١٢',
    mobiles: ['0551234567'],
    noMobileReason: '',
    preferredChannel: { channel: 'phone', subChannel: 'whatsapp', address: '' },
    consent: { given: true, purpose: 'تقديم الخدمات' },
    notes: 'ملاحظة',
    ...overrides,
  };
}

export interface Desk {
  db: WaslDatabase;
  index: SearchIndex;
  deps: SaveDeps;
  name: string;
  close(): Promise<void>;
}

/** A real database (Dexie on fake-indexeddb, encrypted) with its started search index. */
export async function openDesk(name = uniqueName('wasl-reg-'), password: string | undefined = PASSWORD): Promise<Desk> {
  const db = await createWaslDatabase({ name, storage: fakeDexieStorage(), ...(password ? { password } : {}) });
  const index = createSearchIndex(db, BLIND_KEY, { indexedDB, IDBKeyRange });
  await index.start();
  let clock = NOW.getTime();
  const deps: SaveDeps = { db, index, actor: ACTOR, desk: DESK, now: () => new Date((clock += 1000)) };
  return {
    db,
    index,
    deps,
    name,
    async close() {
      await index.close();
      await db.close();
    },
  };
}
