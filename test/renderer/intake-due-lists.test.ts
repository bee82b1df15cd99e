/**
 * The due lists at scale (policy 3.3f) on real RxDB over Dexie with encryption: they are read by the
 * stored clock key, a page at a time with the whole count, so the other open requests are never read;
 * the key follows every write (status, due date, a migration from before it existed) and never
 * shows in a document the app reads.
 */
import { filter, firstValueFrom } from 'rxjs';
import { afterEach, describe, expect, it } from 'vitest';
import type { RxCollection, RxStorage, RxStorageInstance } from 'rxdb/plugins/core';
import { createWaslDatabase, openDatabase, type WaslDatabase } from '../../renderer/src/db/database';
import { dueListQuery, dueListRanges, readDueLists, watchDueLists } from '../../renderer/src/features/intake/data/due-lists';
import { COLLECTIONS } from '../../shared/db/collections';
import type { CollectionSchema } from '../../shared/db/schema-types';
import type { RequestDoc } from '../../shared/db/schemas/request.schema';
import type { RequestStatus } from '../../shared/intake/request-status';
import { DESK_ID, fakeDexieStorage, uniqueName } from './db-fixtures';

const PASSWORD = 'a-long-storage-secret-for-tests';
const TODAY = '2026-03-02'; // Monday; no holidays in these desks' tables
const NOW = () => new Date(`${TODAY}T07:00:00.000Z`);
const AT = '2026-02-01T08:00:00.000Z';

const toClose: { close(): Promise<unknown> }[] = [];
afterEach(async () => {
  await Promise.all(toClose.splice(0).map((db) => db.close()));
});

function request(i: number, status: RequestStatus, dueDate: string | null): RequestDoc {
  return {
    id: `c0ffee00-0000-4000-8000-${i.toString(16).padStart(12, '0')}`, updatedAt: AT, updatedBy: 'staff-reception', deskId: DESK_ID,
    requestNumber: `RYD1-R2026-${String(i + 1).padStart(6, '0')}`, beneficiaryId: 'b0000000-0000-4000-8000-000000000001',
    requestType: { id: 'food-basket', version: 1, nameAr: 'سلة غذائية', nameEn: 'Food basket', unitId: 'social-research', requirements: [
      { id: 'national-id', kind: 'document', labelAr: 'صورة الهوية', labelEn: 'ID copy', required: true },
    ] },
    status, unitId: 'social-research', completionDate: dueDate === null ? null : '2026-02-01', dueDate, decision: null,
    declarationSigned: status !== 'awaiting-signature', history: [], checklist: { 'national-id': { provided: true, files: [] } },
    notes: 'ملاحظة', createdAt: AT, createdBy: 'staff-reception',
  };
}

/** The storage under the app's stack, counting the documents its queries hand up (read from IndexedDB and then opened). */
function countingStorage(read: { docs: number }): RxStorage<unknown, unknown> {
  const inner = fakeDexieStorage() as unknown as RxStorage<unknown, unknown>;
  return Object.assign({}, inner, {
    async createStorageInstance(params: Parameters<typeof inner.createStorageInstance>[0]) {
      const instance: RxStorageInstance<unknown, unknown, unknown> = await inner.createStorageInstance(params);
      const query = instance.query.bind(instance);
      instance.query = async (prepared) => {
        const result = await query(prepared);
        if (params.collectionName === 'requests') read.docs += result.documents.length;
        return result;
      };
      return instance;
    },
  });
}

// 150 open requests not due for weeks, 60 overdue (2 of them a day each from 2 Feb), 5 due soon, 100 done.
function seedDocs(): RequestDoc[] {
  const docs: RequestDoc[] = [];
  for (let i = 0; i < 150; i += 1) docs.push(request(i, 'under-study', '2026-04-20'));
  for (let i = 0; i < 60; i += 1) docs.push(request(300 + i, 'referred', `2026-02-${String(2 + Math.floor(i / 2)).padStart(2, '0')}`));
  for (let i = 0; i < 5; i += 1) docs.push(request(360 + i, 'signed', '2026-03-04'));
  for (let i = 0; i < 100; i += 1) docs.push(request(365 + i, i % 2 ? 'closed' : 'informed', '2026-02-10'));
  return docs;
}

describe('due lists read by the clock key', () => {
  it('reads only the rows shown (a page of each list) and counts the rest, earliest due first', async () => {
    const read = { docs: 0 };
    const db = await createWaslDatabase({ name: uniqueName('wasl-due-'), storage: countingStorage(read), password: PASSWORD });
    toClose.push(db);
    await db.requests.bulkInsert(seedDocs());

    read.docs = 0;
    const lists = await firstValueFrom(watchDueLists({ db, now: NOW }, 10));
    expect([lists.overdueCount, lists.dueSoonCount]).toEqual([60, 5]);
    expect(lists.overdue.map((row) => row.request.dueDate)).toEqual(['2026-02-02', '2026-02-02', '2026-02-03', '2026-02-03', '2026-02-04', '2026-02-04', '2026-02-05', '2026-02-05', '2026-02-06', '2026-02-06']);
    expect(lists.overdue.map((row) => row.dueState)).toEqual(Array(10).fill('overdue'));
    expect(lists.dueSoon.map((row) => [row.request.status, row.dueState, row.remainingWorkingDays])).toEqual(Array(5).fill(['signed', 'due-soon', 2]));
    // 15 read of 315: none of the 150 open requests not yet due, none of the 100 done.
    expect(read.docs).toBe(15);

    // One index range each, in the lists' order: the store stops at the page.
    const plan = dueListQuery(db, dueListRanges(TODAY, []).overdue, 10).queryPlan;
    expect(plan).toMatchObject({ index: ['_deleted', 'clockDue', 'id'], selectorSatisfiedByIndex: true, sortSatisfiedByIndex: true });
  });

  it('follows writes live, and the key never shows in a document the app reads', async () => {
    const db = await createWaslDatabase({ name: uniqueName('wasl-due-'), storage: fakeDexieStorage(), password: PASSWORD });
    toClose.push(db);
    await db.requests.bulkInsert([request(1, 'referred', '2026-02-20'), request(2, 'under-study', '2026-04-20'), request(3, 'draft', null)]);
    const lists$ = watchDueLists({ db, now: NOW });
    expect((await firstValueFrom(lists$)).overdue.map((row) => row.request.id)).toEqual([request(1, 'referred', null).id]);

    // Told the beneficiary: off the list. Its due date moved closer: on it. Completed: on it.
    await (await db.requests.findOne(request(1, 'referred', null).id).exec())?.incrementalPatch({ status: 'informed' });
    await (await db.requests.findOne(request(2, 'referred', null).id).exec())?.incrementalPatch({ dueDate: '2026-03-03' });
    await (await db.requests.findOne(request(3, 'referred', null).id).exec())?.incrementalPatch({ status: 'awaiting-signature', dueDate: '2026-02-25' });
    const after = await firstValueFrom(lists$.pipe(filter((l) => l.dueSoonCount === 1 && l.overdueCount === 1)));
    expect(after.overdue.map((row) => row.request.id)).toEqual([request(3, 'draft', null).id]);
    expect(after.dueSoon.map((row) => row.request.id)).toEqual([request(2, 'draft', null).id]);

    const shown = (await db.requests.findOne(request(2, 'draft', null).id).exec())?.toJSON() as Record<string, unknown>;
    expect(shown).not.toHaveProperty('clockDue');
    expect(Object.keys(after.dueSoon[0]?.request ?? {}).filter((key) => key.startsWith('_') || key === 'clockDue')).toEqual([]);
  });

  it('a desk with requests stored before the key (schema v1) finds them on its due lists after the migration', async () => {
    const name = uniqueName('wasl-due-v1-');
    const { clockDue: _key, ...v1Properties } = COLLECTIONS.requests.schema.properties;
    const v1: CollectionSchema = { ...COLLECTIONS.requests.schema, version: 1, properties: v1Properties, indexes: ['requestNumber', ['beneficiaryId', 'createdAt'], ['unitId', 'status'], 'status'] };
    const before = await openDatabase<{ requests: RxCollection<RequestDoc> }>({ name, storage: fakeDexieStorage(), password: PASSWORD }, { requests: { schema: v1, migrationStrategies: { 1: (old) => old } } });
    await before.requests.bulkInsert([request(1, 'approved', '2026-02-26'), request(2, 'closed', '2026-02-26')]);
    await before.close();

    const after = (await openDatabase({ name, storage: fakeDexieStorage(), password: PASSWORD }, { requests: COLLECTIONS.requests })) as unknown as WaslDatabase;
    toClose.push(after);
    const lists = await readDueLists(after, TODAY, [], 50);
    expect([lists.overdueCount, lists.overdue.map((row) => row.request.id)]).toEqual([1, [request(1, 'approved', null).id]]);
  });
});
