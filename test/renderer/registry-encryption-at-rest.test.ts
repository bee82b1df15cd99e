import { indexedDB } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { saveBeneficiary } from '../../renderer/src/features/beneficiaries/data/save-beneficiary';
import { completeNationalId } from '../../shared/registry/national-id';
import { formInput, openDesk, type Desk } from './registry-fixtures';

const desks: Desk[] = [];
afterEach(async () => {
  await Promise.all(desks.splice(0).map((d) => d.close()));
});

const toArabicIndic = (digits: string) => digits.replace(/\d/g, (d) => String.fromCharCode(0x0660 + Number(d)));

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

/** Every record of every object store of the given databases, as text (keys included). */
async function dumpDatabases(names: readonly string[]): Promise<string> {
  const parts: string[] = [];
  for (const name of names) {
    const db = await request(indexedDB.open(name));
    for (const store of [...db.objectStoreNames]) {
      const tx = db.transaction(store, 'readonly');
      const values = await request(tx.objectStore(store).getAll());
      const keys = await request(tx.objectStore(store).getAllKeys());
      parts.push(JSON.stringify({ name, store, values, keys }));
    }
    db.close();
  }
  return parts.join('\n');
}

describe('encryption at rest', () => {
  it('keeps no national ID and no mobile digits (Latin or Arabic-Indic) in any IndexedDB store of the desk', async () => {
    const d = await openDesk();
    desks.push(d);
    const ids = [completeNationalId('187654321'), completeNationalId('276543210')];
    const mobiles = ['0581234567', '0597654321', '0533334444'];
    const first = await saveBeneficiary(d.deps, formInput({ nationalId: ids[0] ?? '', mobiles: [mobiles[0] ?? '', mobiles[1] ?? ''], address: 'حي ٥٨١٢٣٤٥٦٧', notes: 'سري جدا' }), { acknowledged: [] });
    expect(first.ok).toBe(true);
    const second = await saveBeneficiary(d.deps, formInput({ nationalId: toArabicIndic(ids[1] ?? ''), name: { first: 'نورة', father: 'علي', grandfather: 'سعد', family: 'الدوسري' }, mobiles: [toArabicIndic(mobiles[2] ?? '')], preferredChannel: { channel: 'website-email', subChannel: 'email', address: 'x@example.com' } }), { acknowledged: [] });
    expect(second.ok).toBe(true);
    // Edited once, so old revisions (if any store kept them) would show up too.
    if (first.ok) await saveBeneficiary(d.deps, formInput({ nationalId: ids[0] ?? '', mobiles: [mobiles[0] ?? ''], district: 'العليا' }), { editingId: first.value.id, acknowledged: [] });

    const names = (await indexedDB.databases()).map((info) => info.name ?? '').filter((name) => name.includes(d.name));
    // The RxDB collections (one Dexie database per collection with Dexie storage) and the search index.
    expect(names.some((name) => name.includes('search-index'))).toBe(true);
    expect(names.some((name) => name.includes('beneficiaries'))).toBe(true);
    const dump = await dumpDatabases(names);
    expect(dump).toContain('KD1-2026-000001'); // the dump really holds the files
    const secrets = [...ids, ...mobiles.map((m) => m.slice(1))]; // 10-digit IDs, 9-digit mobile cores
    for (const secret of secrets) {
      expect(dump).not.toContain(secret);
      expect(dump).not.toContain(toArabicIndic(secret));
    }
    // Any standalone 10-digit number starting 1/2 or 9-digit one starting 5 (timestamps are longer;
    // digit runs inside hex hashes such as RxDB's schema hashes are not standalone).
    const ascii = dump.replace(/[\u0660-\u0669]/g, (c) => String(c.charCodeAt(0) - 0x0660));
    expect(ascii.match(/(?<![\da-zA-Z.])[12]\d{9}(?![\da-zA-Z.])/g)).toBeNull();
    expect(ascii.match(/(?<![\da-zA-Z.])5\d{8}(?![\da-zA-Z.])/g)).toBeNull();
    expect(dump).not.toContain('سري جدا');
    expect(dump).not.toContain('x@example.com');
  });
});
