/**
 * The requests schema v0 -> v1 (the 'signed' status and the history's declarationNumber) on real
 * RxDB over Dexie with encryption: a request stored by a desk at v0 opens unchanged at v1, and can
 * then take the signing step.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { RxCollection } from 'rxdb/plugins/core';
import { openDatabase } from '../../renderer/src/db/database';
import { COLLECTIONS } from '../../shared/db/collections';
import type { CollectionSchema, JsonSchemaProperty } from '../../shared/db/schema-types';
import type { RequestDoc } from '../../shared/db/schemas/request.schema';
import { DESK_ID, fakeDexieStorage, uniqueName } from './db-fixtures';

const toClose: { close(): Promise<unknown> }[] = [];
afterEach(async () => {
  await Promise.all(toClose.splice(0).map((db) => db.close()));
});

// The requests schema as it shipped in version 0: no 'signed' status, no declarationNumber in the history.
const v1 = COLLECTIONS.requests.schema;
const withoutSigned = (property: JsonSchemaProperty): JsonSchemaProperty => ({ ...property, enum: (property.enum ?? []).filter((s) => s !== 'signed') });
const v1Entry = (v1.properties.history as { items: JsonSchemaProperty }).items;
const { declarationNumber: _number, ...v0EntryProperties } = v1Entry.properties ?? {};
const requestsV0: CollectionSchema = {
  ...v1,
  version: 0,
  properties: {
    ...v1.properties,
    status: withoutSigned(v1.properties.status as JsonSchemaProperty),
    history: {
      ...(v1.properties.history as JsonSchemaProperty),
      items: { ...v1Entry, properties: { ...v0EntryProperties, from: withoutSigned(v0EntryProperties.from as JsonSchemaProperty), to: withoutSigned(v0EntryProperties.to as JsonSchemaProperty) } },
    },
  },
};

const AT = '2026-02-18T09:00:00.000Z';
const stored: RequestDoc = {
  id: 'c0ffee00-0000-4000-8000-000000000001', updatedAt: AT, updatedBy: 'staff-reception', deskId: DESK_ID,
  requestNumber: 'RYD1-R2026-000001', beneficiaryId: 'b0000000-0000-4000-8000-000000000001',
  requestType: { id: 'food-basket', version: 1, nameAr: 'سلة غذائية', nameEn: 'Food basket', unitId: 'social-research', requirements: [
    { id: 'national-id', kind: 'document', labelAr: 'صورة الهوية', labelEn: 'ID copy', required: true },
  ] },
  status: 'awaiting-signature', unitId: 'social-research', completionDate: '2026-02-18', dueDate: '2026-03-12', decision: null,
  declarationSigned: false,
  history: [{ from: 'draft', to: 'awaiting-signature', by: 'staff-reception', at: AT, completionDate: '2026-02-18', dueDate: '2026-03-12' }],
  checklist: { 'national-id': { provided: true, files: [] } }, notes: 'ملاحظة', createdAt: AT, createdBy: 'staff-reception',
};

describe('requests schema v0 -> v1 (signing step)', () => {
  it('keeps a stored request as it was, and lets it be signed afterwards', async () => {
    const name = uniqueName('wasl-requests-v1-');
    const password = 'a-long-storage-secret-for-tests';
    const before = await openDatabase<{ requests: RxCollection<RequestDoc> }>({ name, storage: fakeDexieStorage(), password }, { requests: { schema: requestsV0, migrationStrategies: {} } });
    await before.requests.insert(stored);
    await expect(before.requests.insert({ ...stored, id: 'c0ffee00-0000-4000-8000-000000000002', status: 'signed' })).rejects.toThrow();
    await before.close();

    const after = await openDatabase<{ requests: RxCollection<RequestDoc> }>({ name, storage: fakeDexieStorage(), password }, { requests: COLLECTIONS.requests });
    toClose.push(after);
    const found = await after.requests.findOne(stored.id).exec();
    expect(found?.toJSON()).toEqual(stored);
    const entry = { from: 'awaiting-signature', to: 'signed', by: 'staff-reception', at: AT, declarationNumber: 'RYD1-D2026-000001' } as const;
    await found?.incrementalPatch({ status: 'signed', declarationSigned: true, history: [...stored.history, entry] });
    expect((await after.requests.findOne(stored.id).exec())?.toJSON()).toMatchObject({ status: 'signed', history: [stored.history[0], entry] });
  });
});
